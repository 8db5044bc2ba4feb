# ruff: noqa: E501, S311
"""Write the thirty-seventh sealed blind slice for issue 11 (blind-slice-37.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 37 and later never read; our side printed)
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

SEED = 370371
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-37.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 37

RECIPIENTS = [
    "Adaeze Okonkwo", "Callum Whitlock", "Naledi Dlamini", "Saoirse Ní Bhriain", "Tendai Chikwanha",
    "Rhiannon Pryce", "Olumide Fashola", "Kiri Tawhiri", "Marisol Agbayani", "Declan Furlong",
    "Nokuthula Zwane", "Amarachi Eze", "Thabo Molefe", "Hamish Pringle", "Esi Mensah-Bonsu",
    "Jun Hao Tan", "Mwajuma Said", "Brendan O'Rourke", "Chanelle Baptiste", "Vikram Bhardwaj",
    "Aroha Te Whata", "Kwabena Darko", "Ifunanya Obi", "Lachlan McAlpine", "Precious Ndlovu",
    "Shreya Iyer", "Tariq Rahman", "Moana Faleolo", "Cormac Dunleavy", "Zodwa Mthembu",
    "Efua Asante", "Arjun Krishnamurthy", "Kamala Wickramasinghe", "Dominic Achterberg", "Nasra Abdi",
    "Patience Mutasa", "Róisín Carragher", "Obinna Nwachukwu", "Hemi Walker", "Mthunzi Khoza",
    "Anjali Raghunathan", "Joaquin Reyes", "Sibusiso Ngcobo", "Marguerite Fontaine", "Yusuf Abubakar",
    "Tiana Robertson", "Ewurabena Quansah", "Gráinne Tierney", "Kelechi Umeh", "Lavinia Tupou",
]
REGION_SIGNERS = {
    "uk": ["Harriet Ogilvie", "Fraser Dunbar", "Gwen Treharne", "Penelope Sayer", "Isla Macrae", "Ross Ferguson",
           "Carys Llewellyn", "Georgina Pell", "Duncan Abernethy", "Simran Bains", "Marlon Ramdass", "Babajide Coker"],
    "ie": ["Conor Breathnach", "Niall Cassidy", "Orlaith Whelan", "Brigid Hanrahan", "Siobhán Keegan"],
    "eu": ["Katrin Vogel", "Jeroen de Vries", "Lieselotte Maes", "Johan Lindqvist", "Sabine Gruber", "Matthias Keller"],
    "us": ["Kerry-Ann Clarke", "Dwight Hollister", "Renata Alvarez", "Marcus Pruitt", "Jolene Whitaker", "Natasha Persaud"],
    "ca": ["Étienne Gagnon", "Geneviève Roy", "Darren Kowalczyk", "Priya Sandhu", "Malia Fifita"],
    "au": ["Bronwyn Skerritt", "Kirsty Balfour", "Nathan Tran", "Shannon Mabo", "Rhys Cavanagh"],
    "nz": ["Tui Henare", "Stacey Ropata", "Grant McKinnon", "Losa Tuimavave", "Rosario Manalo"],
    "za": ["Lindiwe Mahlangu", "Elize van Wyk", "Busisiwe Shabalala", "Mandla Zulu", "Pieter Nel", "Nonhlanhla Cele", "Sizwe Mabuza"],
    "ke": ["Wambui Gathoni", "Otieno Odhiambo", "Njeri Mwangi", "Kiprono Langat"],
    "ng": ["Tunde Adebayo", "Chiamaka Ibe", "Ikenna Okeke", "Yewande Bello"],
    "gh": ["Ama Owusu-Ansah", "Kojo Acquah", "Adjoa Frimpong"],
    "in": ["Deepa Venkatesh", "Rakesh Shetty", "Lavanya Rao", "Girish Kulkarni"],
    "lk": ["Nadeeka Fernando", "Ruwan Jayasuriya"],
    "np": ["Sabina Shrestha", "Bikash Adhikari"],
    "ae": ["Reem Al Suwaidi", "Faisal Qureshi"],
    "my": ["Farah Aziz", "Tan Boon Huat"],
    "sg": ["Kelvin Ong", "Priscilla Teo", "Hui Min Goh"],
    "zw": ["Rudo Mhlanga", "Tatenda Gumbo", "Farai Chigumba"],
    "sz": ["Nomcebo Dlamini", "Sandile Simelane"],
    "mu": ["Anjali Boodhoo", "Jean-Marc Lebon"],
    "ug": ["Grace Namutebi", "Ronald Okello"],
    "jm": ["Shelly-Ann Brown", "Andre McFarlane"],
    "cy": ["Eleni Christodoulou", "Andreas Georgiou"],
}
# the signers' region by the sender's time zone
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca", "yt": "ca", "auq": "au", "nt": "au"}
LANG_SIGNERS = {
    "ar": ["ريتا حداد", "جورج الخوري"], "de": ["Brigitte Hofmeister", "Armin Zettl"],
    "es": ["Rocío Alcántara", "Manuel Vela"], "fr": ["Sandrine Morel", "Thierry Jobard"],
    "hi": ["राजेश मौर्य", "सरिता पांडेय"], "it": ["Carmela Esposito", "Salvatore Aprea"],
    "ja": ["山本 和子", "松田 浩二"], "ko": ["김영숙", "박정호"], "pt": ["Ivete Conceição", "Jorge Bonfim"],
    "ru": ["Галина Воронова", "Сергей Лаптев"], "sw": ["Mwanaisha Bakari", "Omari Shee"],
    "th": ["มาลี สุขสวัสดิ์", "ประเสริฐ บุญมา"], "tr": ["Hatice Demirci", "Yusuf Kaplan"],
    "ur": ["نسرین اختر", "محمد ارشد"], "zh": ["蒋美华", "吴建国"],
    "dcc": ["سلیم پاشا", "رضیہ بیگم"], "mtr": ["भंवरलाल मेघवाल", "गीता कुमावत"],
    "sou": ["จิราพร ทองคำ", "สมพงษ์ แก้วประดิษฐ์"], "hsn": ["谭桂英", "彭志强"],
    "aec": ["حسنين عبد الراضي", "فاطمة الصعيدي"], "acq": ["عبده سيف", "أروى الشرعبي"],
    "phr": ["راجہ ظفر", "شمیم کیانی"], "rkt": ["মমতাজ বেগম", "আব্দুল করিম"],
    "fng": ["Johan Pretorius", "Mpho Sekhukhune"], "spv": ["ସୁଶାନ୍ତ ମେହେର", "ଲକ୍ଷ୍ମୀ ପଧାନ"],
}
LANG_RECIPIENTS = {
    "ar": ["لينا صعب", "طارق المصري"], "de": ["Svenja Roth", "Moritz Pfeiffer"],
    "es": ["Lucía Barrera", "Álvaro Soto"], "fr": ["Manon Lefèvre", "Hugo Perrin"],
    "hi": ["नेहा श्रीवास्तव", "आकाश यादव"], "it": ["Giada Russo", "Marco Cuomo"],
    "ja": ["佐々木 美咲", "高橋 翔"], "ko": ["이수빈", "정민재"], "pt": ["Larissa Santana", "Caio Nascimento"],
    "ru": ["Ксения Белова", "Дмитрий Орлов"], "sw": ["Fatma Athman", "Hamisi Kombo"],
    "th": ["กมลวรรณ ศรีทอง", "ณัฐวุฒิ แสงจันทร์"], "tr": ["Zeynep Aydın", "Emre Çelik"],
    "ur": ["سدرہ نواز", "علی حیدر"], "zh": ["陈思雨", "刘浩然"],
    "dcc": ["فرحان احمد", "عائشہ صدیقہ"], "mtr": ["दीपिका सोनी", "हितेश पालीवाल"],
    "sou": ["อรอุมา ขุนทอง", "ธีรวัฒน์ ชูช่วย"], "hsn": ["周雨婷", "龙俊杰"],
    "aec": ["محمود الطيب", "هبة عبد العال"], "acq": ["نبيل الحكيمي", "سماح المخلافي"],
    "phr": ["عمران ستی", "نائلہ عباسی"], "rkt": ["শারমিন আক্তার", "রাসেল মিয়া"],
    "fng": ["Tshepo Mokgosi", "Lungile Ntuli"], "spv": ["ପ୍ରିୟଙ୍କା ସାହୁ", "ଅମିତ ବାଗ"],
}
GIVEN = {
    "Saoirse Ní Bhriain": "Saoirse", "Jun Hao Tan": "Jun Hao", "Esi Mensah-Bonsu": "Esi", "Aroha Te Whata": "Aroha",
    "Hui Min Goh": "Hui Min", "Siobhán Keegan": "Siobhán", "Geneviève Roy": "Geneviève", "Ama Owusu-Ansah": "Ama", "Elize van Wyk": "Elize", "Reem Al Suwaidi": "Reem",
    "Tan Boon Huat": "Boon Huat", "Kerry-Ann Clarke": "Kerry-Ann", "Shelly-Ann Brown": "Shelly-Ann",
    "Jean-Marc Lebon": "Jean-Marc",
}
PROVIDERS = ["ospreymail", "baobabpost", "kowhaibox", "fernlink", "jacarandanet", "puffinpost"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last
# Sunday of October, us = second Sunday of March to first Sunday of November, au = first
# Sunday of October to first Sunday of April, nz = last Sunday of September to first Sunday of
# April, eg = last Friday of April to last Thursday of October
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "eu": ("+0100", "+0200", "eu"),
    "cy": ("+0200", "+0300", "eu"), "lb": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "yt": ("-0700", None, ""), "jm": ("-0500", None, ""), "br": ("-0300", None, ""),
    "au": ("+1000", "+1100", "au"), "auq": ("+1000", None, ""), "nt": ("+0930", None, ""), "nz": ("+1200", "+1300", "nz"),
    "za": ("+0200", None, ""), "sz": ("+0200", None, ""), "zw": ("+0200", None, ""), "ke": ("+0300", None, ""),
    "ug": ("+0300", None, ""), "ng": ("+0100", None, ""), "gh": ("+0000", None, ""), "mu": ("+0400", None, ""),
    "eg": ("+0200", "+0300", "eg"), "ye": ("+0300", None, ""), "ae": ("+0400", None, ""), "tr": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "np": ("+0545", None, ""), "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "sg": ("+0800", None, ""),
    "my": ("+0800", None, ""), "ph": ("+0800", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""),
}
US_STYLE = ("use", "usc", "usp", "cae", "yt", "ph")


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
    TEMPLATES.append(T(part, label, kind, f"blind37-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail date line, both in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently

mr("r-wd-charging", "Job requisition JR-{ref} ({role}): outcome",
   "Hello {n},\n\nThis message concerns job requisition JR-{ref}, {role}. The hiring manager has now appointed to this requisition and the person appointed has signed their contract. Your application against JR-{ref} sits in a closed state from today, and no further step will be taken on it.\n\nYour profile stays in the {co} talent community, so a later application will reuse what you have already entered. It can be edited or erased from the My Applications tab at any time.\n\n{co} Talent Acquisition",
   ("Voltway Charge", "Gridbank Hydrogen"), ("voltwaycharge.example", "gridbankh2.example"),
   frm="{co} Talent Acquisition <talent.noreply@{dom}>", role=("Site Commissioning Engineer", "Refuelling Station Technician"), tz=("uk", "au"))

mr("r-gh-saas", "Your application to {co}",
   "Hi {n},\n\nYour {role} take-home was properly good, and it cost you real hours; that's appreciated. Weighing the final group against what the team must ship over the next two quarters, we're choosing a candidate whose {x} maps more directly onto that roadmap.\n\nIt was close. Data engineering reopens in spring, and your name turning up then would please me.\n\nAll the best,\n{sig}\nTalent, {co}",
   ("Ledgerleaf", "Keystead"), ("ledgerleaf.example", "keystead.example"),
   role=("Product Analyst", "Integrations Engineer"), tz=("ie", "cae"), x=("emissions-factor modelling", "lease-data integration work"))

mr("r-lv-sauce", "{co}: {role} update",
   "{n}, a quick update from {co} on the {role} search. We extended an offer on Thursday and it came back signed this morning, so the search is closed. Better from me than from a vanished posting.\n\nYou had real fans on the panel, especially after the {x}. We staff up the production floor every autumn; keep us in mind.\n\n{sig}\nPeople & Culture",
   ("Scorchpot Provisions", "Slowdrip Cold Brew Co."), ("scorchpot.example", "slowdrip.example"),
   role=("Production Lead", "Brew Operations Coordinator"), tz=("usc", "usp"), x=("tasting-panel exercise", "cupping session"))

mr("r-sr-card", "{role} | Application outcome",
   "<html><body><div style=\"font-family:Helvetica,Arial;font-size:14px\"><p>Dear {n},</p><table style=\"border:1px solid #ccc;padding:8px\"><tr><td><b>Position</b></td><td>{role}</td></tr><tr><td><b>Reference</b></td><td>SR-{ref}</td></tr><tr><td><b>Outcome</b></td><td>Another applicant has been appointed</td></tr></table><p>The vacancy has been closed. This record stays visible on your candidate profile for twelve months; you can remove it under Settings &gt; Privacy.</p><p>{co} Recruitment</p></div></body></html>",
   ("Carryfold Luggage", "Kenanga Renewable Fuels"), ("carryfold.example", "kenangafuels.example"),
   frm="{co} Recruitment <jobs-noreply@{dom}>", role=("Retail Area Supervisor", "Process Shift Chemist"), tz=("sg", "my"))

mr("r-ic-restaurant", "Regarding {role} (Job ID {ref})",
   "Dear {n},\n\nRe: {role}, Job ID {ref}\n\nEvery application for this opening has now been read by the hiring team, which will continue with candidates whose {x} experience is more extensive than yours at this point. Your application for this opening is therefore closed.\n\nYour careers-portal profile remains active, and you may apply for any other opening that suits you.\n\nSincerely,\n{co} Talent Team",
   ("Crunchline Chicken", "Northsuds Home Care"), ("crunchline.example", "northsuds.example"),
   frm="{co} Talent Team <careers@{dom}>", role=("General Manager in Training", "Packaging Line Supervisor"), tz=("use", "cae"), x=("multi-unit restaurant", "consumer-goods plant"))

mr("r-tl-req", "Requisition {ref}: status change",
   "Dear {full},\n\nRequisition: {ref} - {role}\nCurrent status: Not Selected / Requisition Filled\n\nThe above requisition has been filled and its selection is complete. Candidates who were not chosen, you among them, will see this status when they log in to the Career Section. A reply to this email is not needed.\n\nRegards,\nHuman Resources\n{co}",
   ("Prairie Gold Ethanol", "Kellbridge Gypsum"), ("prairiegoldethanol.example", "kellbridge.example"),
   frm="{co} HR <hr.notifications@{dom}>", role=("Fermentation Operator", "Board Line Shift Manager"), tz=("usc", "uk"))

mr("r-wk-karts", "About the {role} job at {co}",
   "Hi {n},\n\n{x} people applied for the {role} job and we had only two shifts a week to give, so this round was hard to call. Another applicant took the job on Sunday.\n\nCheers for wanting a spot on the crew at {co}. Should you want your details held for the school-holiday roster, reply \"keep me\" and they'll stay on file.\n\n{sig}",
   ("Kartzone Raceway", "Photon Alley"), ("kartzone.example", "photonalley.example"),
   role=("Track Marshal", "Arena Host"), tz=("nz", "au"), x=("118", "87"))

mr("r-bh-sofa", "Your application - {role}",
   "Hello {n},\n\nI'm getting in touch about the {role} opening here at {co}. We have filled it with a person who has several years on a similar line, and they start with us in a fortnight, which closes your application here.\n\nI've kept a note of your details, and if another opening on the workshop floor comes up I'll let you know.\n\nWarm regards,\n{sig}\nHR Manager",
   ("Pendle Sofa Works", "Loughdown Bedding"), ("pendlesofa.example", "loughdown.example"),
   role=("Upholstery Cutter", "Duvet Filling Supervisor"), tz=("uk", "ie"))

mr("r-tt-table", "{role} at {co}",
   "Hi {n}!\n\nThe recruitment for {role} is now finished, and we have chosen to go further with another candidate. We know this is a disappointing message after all your effort, so we want to keep it short and clear.\n\nIt was nice that you wanted to work with {co}. Your information is removed from our career site after 12 months, or earlier if you ask us.\n\nBest regards,\n{sig}\n{co}",
   ("Hallamshire Cutlery", "Kvarnby Knäckebröd"), ("hallamshirecutlery.example", "kvarnbyknacke.example"),
   role=("Grinding Team Leader", "Oven Line Operator"), tz=("uk", "eu"))

mr("r-ps-blades", "Your application as {role}",
   "Dear {n},\n\nmany thanks for applying as {role} and for thinking of {co}. After careful examination of all documents we have decided for a candidate whose experience in {x} corresponds more closely to our present requirements.\n\nWe would have liked to send you a more positive answer. According to data protection rules your documents will be deleted four months after the end of this procedure.\n\nWith kind regards\n{sig}\nHuman Resources\n{co}",
   ("Klingenwerk Solingen GmbH", "Lackfabrik Aichinger GmbH"), ("klingenwerk.example", "aichinger-lacke.example"),
   role=("Quality Inspector (m/f/d)", "Laboratory Assistant Coatings (m/w/d)"), tz="eu", x=("blade grinding", "wood varnish formulation"))

mr("r-pp-scores", "{role}: shortlisting outcome",
   "Dear {n},\n\nShortlisting for {role} is finished. Every application was marked against the five criteria in the person specification; the mark needed for interview was {x}, so yours sits below the line.\n\nIf a few lines of feedback would help, reply within 14 days and the panel chair will send them.\n\nBest wishes,\n{sig}\nPeople Team, {co}",
   ("Northmoor Magnetics", "Strathgair Geology"), ("northmoormagnetics.example", "strathgair.example"),
   role=("Materials Technician", "Graduate Field Geologist"), tz="uk", x=("31 of 40 and yours was 24", "27 of 40 and yours was 22"))

mr("r-jz-paving", "{co} - {role}",
   "Hey {n},\n\nAppreciate you coming out for the {role} interview. We've hired for the spot; it went to someone who's subbed for us for two seasons and already knows our crews.\n\nHolding on to your info though. Busy season starts in May and we usually add a second crew.\n\n{sig}\n{co}",
   ("Buckeye Driveway & Paving", "Clearfield Abatement"), ("buckeyepaving.example", "clearfieldabatement.example"),
   role=("Crew Foreman", "Abatement Supervisor"), tz=("use", "cae"))

mr("r-rc-print", "Update on your application - {role}",
   "Dear {n},\n\nOur selection for {role} took longer than planned, so thanks for waiting. Several strong candidates joined the conversations, and the job has now been offered to someone who uses {x} every day.\n\nWe realise this is disappointing to read. Much success with your further search.\n\nKind regards,\n{sig}\nRecruitment | {co}",
   ("Laagwerk 3D", "Verhaeghe Adhesives"), ("laagwerk.example", "verhaeghe-adhesives.example"),
   role=("Print Farm Operator", "Application Engineer"), tz="eu", x=("powder-bed printers", "hot-melt lines"))

# once each
mr("r-jm-coconut", "Post of {role}",
   "Good day {n},\n\nThis is further to your interview on the {role} post at our Spanish Town plant. The management committee has selected another applicant, and the appointment takes effect on the first.\n\nOur thanks for thinking of {co}; every success to you.\n\nYours sincerely,\n{sig}\nHuman Resource Officer",
   "Blue Shade Coconut Water Ltd", "blueshadecoconut.example", role="Bottling Line Supervisor", tz="jm")

mr("r-lk-batik", "Wax artist position",
   "Dear {n},\n\nThank you for coming to Kandy for the wax-drawing test last week. Our owner decided to take the apprentice who has been with us since last year as the new {role}.\n\nYou are most welcome to visit the studio anytime when you are in the hill country.\n\nWith best regards,\n{sig}\n{co}",
   "Mahaweli Batiks", "mahawelibatiks.example", role="Senior Wax Artist", tz="lk")

mr("r-ug-fish", "RE: APPLICATION FOR {role}",
   "Dear {n},\n\nWe write about the {role} vacancy at our Jinja fillet plant. The recruitment panel sat on Tuesday and chose another candidate, one with longer experience in cold-chain quality control.\n\nPlease look out for our future adverts; your interest is appreciated.\n\nFor: Human Resource Manager\n{co}",
   "Ripon Falls Fish Processors Ltd", "riponfallsfish.example", role="QUALITY CONTROL SUPERVISOR", tz="ug")

mr("r-cy-dairy", "{role} - second interview",
   "Dear {n},\n\nAfter the second interview for {role}, we hired a colleague from our Larnaca depot who knows the production from inside. You made a strong impression on us and it was not an easy choice.\n\nWith your permission we keep your CV for future positions.\n\nKind regards,\n{sig}\n{co}",
   "Troodos Halloumi Dairy", "troodoshalloumi.example", role="Production Planner", tz="cy")

mr("r-gh-peanut", "Your application at {co}",
   "Hello {n},\n\nThanks for applying for {role} at {co}. Interviews finished on Friday and the role went to another applicant.\n\nPlease don't be discouraged. We are growing, and new openings will be posted on our page.\n\nRegards,\n{sig}\nAdmin & HR",
   "Nkatie Spreads", "nkatiespreads.example", role="Sales Van Supervisor", tz="gh")

mr("r-zw-chalk", "POST OF {role}",
   "Dear {n},\n\nYour application dated last month for the {role} vacancy refers. Following interviews held at our Msasa factory, a candidate has been appointed to the post.\n\nMukuvisi thanks you for considering us.\n\nYours faithfully,\n{sig}\nHR Officer, {co}",
   "Mukuvisi Chalk & Crayon (Pvt) Ltd", "mukuvisichalk.example", role="MAINTENANCE FITTER", tz="zw")

mr("r-uk-clay", "{role} - St Austell",
   "Dear {n},\n\nGood to meet you in St Austell for the {role} interview. Having weighed everything up, we've appointed a candidate with several years in mineral processing.\n\nShould a similar role open within six months, your details are still here.\n\nBest regards,\n{sig}\nHR Business Partner, {co}",
   "Hensbarrow Kaolin", "hensbarrowkaolin.example", role="Refining Process Controller", tz="uk")

mr("r-us-pecan", "{role} position",
   "Hi {n},\n\nQuick note: the {role} position at our San Saba plant is filled as of this week, by someone who ran a cracking line for a few seasons at another sheller.\n\nThank you for coming by. Good luck out there.\n\n{sig}\n{co}",
   "Colorado Bend Pecan Co.", "coloradobendpecan.example", role="Shelling Line Lead", tz="usc")

mr("r-us-hazel", "Orchard supervisor job",
   "{n},\n\nSlow reply, apologies. One of our harvest crew leads, six years with us, has the {role} job; the owners wanted to promote from within.\n\nI enjoyed meeting you out at the orchard and hope the right thing comes along.\n\n{sig}\n{co}",
   "Willamette Ridge Hazelnuts", "willametteridge.example", role="Orchard Supervisor", tz="usp")

mr("r-mu-ships", "Application - {role}",
   "Dear {n},\n\nThank you for the rigging sample you sent to our Curepipe workshop. The master builder has chosen to take on a craftsman from our own finishing room as {role}, and that post is now settled.\n\nYour work was a pleasure to look at.\n\nYours faithfully,\n{sig}\n{co}",
   "Île Mauve Model Ships", "ilemauveships.example", role="Rigging Craftsman", tz="mu")

mr("r-in-incense", "Application for the post of {role}",
   "Dear {n},\n\nGreetings from {co}.\n\nMany thanks for travelling to our Peenya unit for the {role} interview. After the final round the management has gone ahead with another candidate for this post. We shall keep your profile with us for future openings.\n\nThanks & Regards,\n{sig}\nHR Department",
   "Sugandha Agarbathi Works", "sugandhaagarbathi.example", role="Production Supervisor", tz="in")

mr("r-np-pashmina", "Loom master trial",
   "Namaste {n},\n\nThank you for visiting our workshop in Kathmandu for the {role} trial. The post goes to a helper who has worked on our looms for two years.\n\nBest of luck to you.\n\nRegards,\n{sig}\n{co}",
   "Himchuli Pashmina Udhyog", "himchulipashmina.example", role="Loom Master", tz="np")

mr("r-ae-trophy", "Your application - {role}",
   "Dear {n},\n\nWith reference to your application for {role}, please note that the vacancy is now taken by a candidate transferring from our Ajman branch. We appreciate your interest in {co}; all the best ahead.\n\nBest Regards,\n{sig}\nHR Coordinator",
   "Falcon Crest Trophies & Awards LLC", "falconcresttrophies.example", role="Laser Engraving Technician", tz="ae")

mr("r-uk-tweed", "Weaver post",
   "Dear {n},\n\nKind of you to travel up for the weaving trial at the mill. We've now offered the {role} post to a weaver from Hawick with fifteen years on the looms.\n\nYou did well on the trial; please do try us again.\n\nBest wishes,\n{sig}\n{co}",
   "Ettrick Water Tweed", "ettrickwatertweed.example", role="Pattern Weaver", tz="uk")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation

mr("r-th-brass", "RE: [EXT] Re: Brass repair technician - any news?",
   "Hi {n},\n\nSorry for the wait. That crumpled bell came out beautifully at the bench test. We've asked {x} to take the bench full-time from next month, so the technician post is settled.\n\nDo call in if you're passing.\n\n{sf}\n\n" + OUTLOOK + "Subject: Re: Brass repair technician - any news?\n\nHi {sf}, any word after the bench test? Thanks, {n}",
   ("Valvecraft Brass Repairs", "Liffey Wind & Brass"), ("valvecraft.example", "liffeybrass.example"),
   tz=("uk", "ie"), x=("Owen (he finished his apprenticeship here in the spring)", "Aisling (she has done our valve work part-time since 2023)"))

mr("r-th-pr", "RE: [EXT] RE: Thank you - Account Executive interview",
   "Hi {n},\n\nReally enjoyed your pitch exercise. {x} has accepted the account executive role starting on the 1st and will run the consumer team's media lists.\n\nWishing you all the best,\n{sf}\n\n" + ORIGINAL + "Subject: Thank you - Account Executive interview\n\nHi {sf}, thanks again for Tuesday. I'd be excited to join the team.",
   ("Brightwater Communications", "Maplelight PR"), ("brightwatercomms.example", "maplelightpr.example"),
   tz=("use", "cae"), x=("Dana, our summer intern,", "Priya from our front desk"))

mr("r-th-design", "Re: [EXT] Re: Junior Designer - follow-up",
   "Hi {n},\n\nApologies, this took a while; we were waiting on a client sign-off. {x} has taken up the junior designer post. She has drawn our joinery packages for two years and the directors felt it was her turn.\n\nLovely to meet you, and your mood boards were gorgeous.\n\n{sf}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, hope all's good in the studio! Any junior designer news?",
   ("Studio Kapok Interiors", "Rumah Lima Design"), ("studiokapok.example", "rumahlima.example"),
   tz=("sg", "my"), x=("Mei Ling, our CAD technician,", "Aida, our CAD technician,"))

mr("r-th-cold", "RE: [EXT] Re: Night shift supervisor interview",
   "Dear {n},\n\nThank you for coming through on Saturday and braving the minus-25 chamber with us. The night-shift supervisor post has gone to {x}, who has covered the shift since the previous supervisor left.\n\nRegards,\n{sf}\n\n________________________________\n" + OUTLOOK + "Subject: Night shift supervisor interview\n\nHi {sf}, the chamber tour was fascinating, many thanks. {full}",
   ("Frostline Cold Stores", "Athi River Cold Chain"), ("frostline.example", "athirivercold.example"),
   tz=("za", "ke"), x=("Themba, our reach-truck lead", "Wekesa, our loading-bay lead"))

mr("r-th-scope", "Re: [EXTERNAL] Re: Field Service Engineer",
   "Hi {n},\n\nNice to get your note. Your questions about the cryo stage at interview were spot on. {x} asked to move to this region for family reasons, and as of this week he is our field service engineer here.\n\nBest,\n{sf}\n{co}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, I hope all is well. Just following up on the field service role, thanks.",
   ("Lumina Microscopy Services", "Corrib Imaging Systems"), ("luminamicro.example", "corribimaging.example"),
   tz=("uk", "ie"), x=("Lukas from our northern patch", "Ciarán from the Belfast office"))

mr("r-th-escalator", "RE: [EXT] RE: Service Technician role",
   "Hi {n},\n\nThanks for the note. The directors have promoted {x} to the service technician job. He has been on the airport escalators for three years, which suits the contract.\n\nCheers for coming in,\n{sf}\n\n" + OUTLOOK + "Subject: RE: Service Technician role\n\nHi {sf}, Friday's chat was great, cheers. {n}",
   ("Steptread Escalator Services", "Kauri Vertical Transport"), ("steptread.example", "kaurivertical.example"),
   tz=("au", "nz"), x=("Rangi from the modernisation crew", "Jarrod from the modernisation crew"))

mr("r-th-caption", "RE: [EXT] Re: Captioning editor test",
   "Hi {n},\n\nThanks for sitting the live test; your accuracy on the fast panel segment was impressive. {x} has come on staff as our captioning editor, and starts on the morning rota next week.\n\nWarm wishes,\n{sf}\n\n" + ORIGINAL + "Subject: Captioning editor test\n\nHello {sf}, I sent the corrected file back this morning. Happy to redo any segment.",
   ("Clearline Captions", "Realtext Access"), ("clearlinecaptions.example", "realtextaccess.example"),
   tz=("uk", "use"), x=("Our freelancer from the election-night shifts", "The freelancer who covered our overnight news"))

mr("r-th-pensions", "Re: [EXT] RE: Senior Pensions Administrator",
   "Hello {n},\n\nThank you for your patience. {x} was appointed to the senior administrator role on Monday. She has run our member queries desk for three years and knows the schemes inside out.\n\nRegards,\n{sf}\n\n" + OUTLOOK + "Subject: Senior Pensions Administrator\n\nDear {sf}, I was wondering whether a decision has been made yet. Best, {full}",
   ("Harcourt Pensions Administration", "Protea Retirement Fund Services"), ("harcourtpensions.example", "proteafunds.example"),
   tz=("uk", "za"), x=("Priya from our member services team", "Lerato from our member services team"))

# ---- 8 clear refusals under long footers

mr("r-ft-grocery", "Your application to {co}",
   "Hi {n},\n\nOur {role} intake for this month is now full with other candidates, and your application stops here.\n\n---\nShop with {co}: order by 10pm for delivery tomorrow, choose a one-hour slot and track your driver live in the app.\nAllergen information is on every product page; please check the label on arrival.\nProduct recalls: see {dom}/recalls for current notices.\nWant alerts for new vacancies nearby? Switch them on in your careers account.\nWhy this email? You applied to work at {co}.\n{x}\nHow we handle your data: {dom}/privacy",
   ("Basketday", "Basketday Ireland"), ("basketday.example", "basketday-ie.example"),
   frm="{co} Careers <careers@{dom}>", role=("Picker", "Delivery Driver"), tz=("uk", "ie"), x=("Basketday Ltd, company no. 11234560 (England & Wales), 2 Viaduct Yard, London.", "Basketday Ireland Ltd, company no. 648211, Unit 4 Cookstown Estate, Dublin."))

mr("r-ft-electronics", "{co} application update",
   "Hi {n},\n\nYour application for {role} has been reviewed. Other applicants are a closer fit, so no interview will be scheduled for you.\n\nPrice Match Guarantee | Protection Plans | Trade-In | Recycle Your Old Tech\nWe'll match a lower advertised price from a qualifying retailer. Protection plans cover drops, spills and cracked screens. Bring in old phones, laptops and cables for free recycling at any store.\nJob alerts live in your candidate profile.\n{x}\n{co}, 4400 Commerce Way, Columbus, OH 43219 (mailing address of record).",
   ("Voltline Electronics", "Voltline Electronics Canada"), ("voltline.example", "voltline-ca.example"),
   frm="{co} Talent <no-reply@{dom}>", role=("Store Tech Specialist", "Sales Associate, Computing"), tz=("use", "cae"),
   x=("California residents may opt out of the sale or sharing of personal data at voltline.example/privacy.", "Commercial electronic messages (CASL): unsubscribe under Preferences."))

mr("r-ft-towels", "Your application with {co}",
   "Hi {n},\n\n{role}: other candidates matched the role more closely right now, so yours won't progress.\n\nFree shipping on orders over $99 | 30-day change-of-mind returns | Gift cards\nCare guide: wash your towels before first use and skip the fabric softener to keep them absorbent.\nBulk orders for hotels and spas: trade@{dom}\nCareers at {co}: new roles are posted every month.\nOrder questions? Our care team answers weekdays, 9am to 5pm.\n{x}\nSent to you as a job applicant.",
   ("Saltbush Towel Co.", "Harakeke Home"), ("saltbushtowel.example", "harakekehome.example"),
   frm="{co} <hello@{dom}>", role=("Warehouse Coordinator", "Customer Care Lead"), tz=("au", "nz"), x=("Saltbush Towel Co. Pty Ltd, ABN 41 612 905 337.", "Harakeke Home Ltd, NZBN 9429 0481 7720 3."))

mr("r-ft-handbags", "{co} | Your application",
   "Dear {n},\n\nYour {role} application has been reviewed, and it will not go further in our process.\n\n{co} Repairs & Warranty: every bag carries a two-year stitching warranty. Bring it to any store or book a courier collection online.\nStore Locator | Loyalty Club | Gift Vouchers | Corporate Gifting\nNew season: the Savanna collection is in stores now; book a styling hour in any flagship store.\n{x}\nConfidential: meant for the named recipient alone.",
   ("Mopane Leather House", "Ngong Road Bags"), ("mopaneleather.example", "ngongroadbags.example"),
   frm="{co} Careers <careers@{dom}>", role=("Store Manager", "Visual Merchandiser"), tz=("za", "ke"),
   x=("We process personal information in line with POPIA. Information Officer: privacy@mopaneleather.example.", "We process personal data in accordance with the Data Protection Act, 2019 of Kenya."))
# ---- 9 hedged refusals

mr("r-hd-thinktank", "{role} - outcome",
   "Dear {n},\n\nThank you for the written exercise and the panel conversation. Others on the shortlist brought somewhat more direct experience of {x}, and the panel has made its offer on that basis.\n\nWe enjoyed your piece on municipal debt and hope you will keep reading our work.\n\nWith best wishes,\n{sig}\nOperations Director, {co}",
   ("Ashgrove Policy Institute", "Umhlaba Policy Institute"), ("ashgrovepolicy.example", "umhlabapolicy.example"),
   role=("Research Fellow, Fiscal Policy", "Researcher, Local Government Finance"), tz=("uk", "za"), x=("fiscal modelling", "municipal budget analysis"))

mr("r-hd-research", "Qualitative Researcher application",
   "Hi {n},\n\nThanks for meeting the team. We felt a couple of candidates were a touch further along with moderating groups on their own, which matters a lot for the projects landing this quarter.\n\nMargins were fine, honestly. Another application from you next year would be welcome.\n\nKind regards,\n{sig}\n{co}",
   ("Tussock Insight", "Quandong Research"), ("tussockinsight.example", "quandongresearch.example"),
   role="Qualitative Researcher", tz=("nz", "au"))

mr("r-hd-jigsaw", "Following up on {role}",
   "Hello {n},\n\nThanks for waiting while we sorted through everything. We've decided to take the {role} role in a slightly different direction than the advert suggested, toward someone with more licensing and artist-relations background.\n\nYour portfolio stood out, and I've passed it to our art buyer.\n\nBest,\n{sig}\n{co}",
   ("Cobblestone Jigsaws", "Thousand Piece Press"), ("cobblestonejigsaws.example", "thousandpiecepress.example"),
   role=("Product Developer", "Range Manager"), tz=("uk", "usc"))

mr("r-hd-brush", "{co}: {role}",
   "Dear {n},\n\nOur thanks for coming in to interview. The panel leaned toward applicants whose background in {x} runs a little deeper, given the changes coming to our packaging over the next year.\n\nWe appreciated the care you took over the case study.\n\nKind regards,\n{sig}\nHR, {co}",
   ("Bristlecone Oral Care", "Tidewater Brush Company"), ("bristlecone.example", "tidewaterbrush.example"),
   role="Regulatory Affairs Specialist", tz=("ie", "cae"), x=("packaging regulation", "medical-device labelling"))

mr("r-hd-matches", "APPLICATION FOR THE POSITION OF {role}",
   "Dear {n},\n\nWe refer to the interview held on Tuesday at our Mbale factory. Other candidates appeared better suited to the position at this time, given the coming changes on the dipping line.\n\nThank you, and success to you in your search.\n\nYours faithfully,\n{sig}\nFor: General Manager, {co}",
   "Elgon Match Industries Ltd", "elgonmatch.example", role="PRODUCTION SUPERVISOR", tz="ug")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail

mr("r-rc-treasury", "Treasury Analyst - feedback and something else",
   "Hi {n},\n\nGood to catch you by phone earlier. Confirming our call: {x} picked the other finalist as treasury analyst; they had a year more on cash forecasting.\n\nSomething else: I'm recruiting a six-month credit control contract with a food manufacturer near you, day rate negotiable and hybrid. Shall I send the spec across?\n\nBest,\n{sig}\n{co}",
   ("Fairlight Finance Recruitment", "Glasnevin Talent Partners"), ("fairlightfinance.example", "glasnevintalent.example"),
   tz=("uk", "ie"), x=("the client", "the hiring team"))

mr("r-rc-controls", "Quick follow-up after our call",
   "Hey {n},\n\nGood talking today. To confirm what I mentioned: the client filled the building-automation controls engineer seat with an internal transfer, so that one's closed.\n\nI do have a commissioning agent role with a mechanical contractor in {x} that fits your BACnet work nicely. Free for 15 minutes on Thursday?\n\n{sig}\nSenior Recruiter, {co}",
   ("Keystone Building Talent", "Laurentian Tech Search"), ("keystonebuilding.example", "laurentiansearch.example"),
   tz=("use", "cae"), x=("Pittsburgh", "Ottawa"))

mr("r-rc-concrete", "Batching plant supervisor - update",
   "Hi {n},\n\nAs promised, an update. The plant manager has offered the supervisor job to a bloke from a competitor's yard who's run batching for eight years.\n\nThere's another one I think suits you better, though: a precast yard foreman in {x}, Monday to Friday, ute supplied. Keen? I'll forward your CV tonight.\n\nCheers,\n{sig}\n{co}",
   ("Aggregate People", "Greywacke Recruitment"), ("aggregatepeople.example", "greywacke.example"),
   tz=("auq", "nz"), x=("Toowoomba", "Hamilton"))

mr("r-rc-mro", "MRO Planner - client decision",
   "Hi {n},\n\nThanks for taking my call. The MRO client has confirmed they're going with another shortlisted candidate for the planner role.\n\nI have a component-shop planner opening at a different hangar in Seletar that I think fits your background. Keen? The job description can be with you this evening.\n\nRegards,\n{sig}\n{co}",
   "Changi Aero Talent", "changiaerotalent.example", tz="sg")

# ---- 8 public-sector notices

mr("r-ps-minquals", "Notice regarding your application: {role}",
   "Dear {full},\n\nRecruitment: {role}, announcement {ref}\n\nWe have reviewed your application against the minimum qualifications for this recruitment. Nothing in your application shows the {x} listed in the announcement, so you have been found not eligible for further consideration in this recruitment.\n\nA review of this finding can be requested in writing within ten calendar days.\n\n{co}\nHuman Resources",
   ("Oregon Department of Rangeland Services", "Yukon Territorial Lands Branch"), ("rangeland-or.example", "ytlands.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Natural Resource Specialist 2", "Lands Officer"), tz=("usp", "yt"),
   x=("two years of field experience", "three years of land-administration experience"))

mr("r-ps-withdrawn", "{role} (ref {ref}): vacancy withdrawn",
   "Dear {n},\n\nThis message goes to all applicants for {role}. The {x} budget has been reviewed and this vacancy withdrawn as a result; no appointment results from this campaign.\n\nYour application will not be assessed further. If the role is advertised again, you would need to apply afresh.\n\nResourcing Team\n{co}",
   ("Scottish Government", "Welsh Government"), ("gov-scot.example", "gov-wales.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Marine Planning Officer", "Rural Payments Officer"), tz="uk", x=("directorate's", "division's"))

mr("r-ps-panel", "Outcome of initial screening - {role}",
   "Dear {n},\n\nRe: {role}, vacancy {ref}. Each application was screened against the selection criteria before any were referred to the selection panel. Yours was not one of those referred, so it ends at this stage.\n\nFeedback on this outcome is offered by the recruitment officer for 14 days.\n\n{co}",
   ("Northern Territory Government", "Shetland Islands Council"), ("nt-gov.example", "shetland-council.example"),
   frm="{co} Recruitment <jobs@{dom}>", role=("Senior Ranger", "Harbour Operations Officer"), tz=("nt", "uk"))

mr("r-ps-exam", "RESULT OF QUALIFYING EXAMINATION",
   "Dear {n},\n\nThe {co} has released results of the qualifying examination ({role}). Your score was {x}. Only candidates at or above the cut-off will be invited for interview, so your candidature for this exercise has ended.\n\nThe next exercise, when advertised, accepts fresh applications.\n\nSecretary\n{co}",
   ("Ogun State Civil Service Commission", "Eswatini Civil Service Commission"), ("ogun-csc.example", "eswatini-csc.example"),
   frm="{co} <noreply@{dom}>", role=("ADMINISTRATIVE OFFICER II", "ASSISTANT TRADE OFFICER"), tz=("ng", "sz"),
   x=("48 against a cut-off of 60", "51 against a cut-off of 58"))

# ---- 6 bare ATS status updates

mr("r-st-rejected", "Application status update",
   "Hi {n},\n\nYour {role} application ({ref}) has a new status.\n\nNew status: Rejected\n\nSign in for the complete timeline.\n\n{co} Careers",
   ("Lessonloop", "Pagebound Book Boxes"), ("lessonloop.example", "pagebound.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Course Producer", "Fulfilment Coordinator"), tz=("uk", "au"))

mr("r-st-screening", "{co}: your application",
   "<html><body><p>Hello {n},</p><p>Here is the latest on your application.</p><table border=\"1\" cellpadding=\"6\"><tr><th>Role</th><th>Stage</th></tr><tr><td>{role}</td><td>Unsuccessful at screening</td></tr></table><p>Sent automatically; this mailbox is unattended.</p></body></html>",
   ("Tallgrass 3D Scanning", "Redgum Macaron Co."), ("tallgrass3d.example", "redgummacarons.example"),
   frm="{co} Jobs <notifications@{dom}>", role=("Scan Technician II", "Store Supervisor"), tz=("usc", "au"))

mr("r-st-closed", "Candidate status notification",
   "Dear {n},\n\nCandidate status: Closed (not shortlisted)\nVacancy: {role}\nReference: {ref}\n\nNothing for you to do.\n\n{co} Human Resources",
   ("Ashlar Skylights", "Sunbird Flatbreads Kenya"), ("ashlarskylights.example", "sunbirdflatbreads.example"),
   frm="{co} HR <hr-system@{dom}>", role=("Skylight Fitter", "Production Shift Supervisor"), tz=("uk", "ke"))

# ---- 6 internship / graduate decisions

mr("r-in-summer", "{x} Summer Internship: outcome",
   "Dear {n},\n\n{role} people applied this year for ten summer places in {x}. Every application has been read, and yours has not been chosen for interview.\n\nApplications for next summer open in October, and a fresh one from you would be welcome.\n\nEarly Careers Team\n{co}",
   ("Kestrel Propulsion", "Lambay Optics"), ("kestrelpropulsion.example", "lambayoptics.example"),
   frm="{co} Early Careers <earlycareers@{dom}>", role=("1,240", "560"), tz=("uk", "ie"), x=("Propulsion", "Optics"))

mr("r-in-field", "{x}",
   "Dear {n},\n\nEvery position in the {role} is now filled for this year, which leaves you without a place in it.\n\nQualified applicants far outnumbered the places we had. Please try again next cycle.\n\nSincerely,\n{sig}\nProgram Coordinator, {co}",
   ("Ohio Valley Geological Survey", "Borealis Fuel Cells"), ("ovgs.example", "borealisfuelcells.example"),
   role=("Summer Field Assistant Program", "fall co-op term"), tz=("use", "cae"), x=("Summer field program decision", "Co-op term decision"))

mr("r-in-graduate", "{co} {role}",
   "Dear {n},\n\nWith the assessment centre over, all {x} places in this year's {role} intake have gone to other applicants.\n\nOur careers page lists further openings through the year.\n\nRegards,\nTalent Development\n{co}",
   ("Coastal Ports Authority", "Kenya Standards Board"), ("coastalports.example", "ksb-ke.example"),
   frm="{co} Talent <graduates@{dom}>", role=("Cadet Programme", "Graduate Trainee Programme"), tz=("za", "ke"), x=("24", "30"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened

mo("application_received", "c-wd-charging", "We've received your application: JR-{ref}",
   "Hello {n},\n\nYour application for job requisition JR-{ref}, {role}, reached us today and now shows as In Review in My Applications.\n\nShould somebody else fill the requisition, the status flips to Closed, with an email to follow; you needn't do anything meanwhile.\n\n{co} Talent Acquisition",
   ("Voltway Charge", "Gridbank Hydrogen"), ("voltwaycharge.example", "gridbankh2.example"),
   frm="{co} Talent Acquisition <talent.noreply@{dom}>", role=("Network Operations Analyst", "Hydrogen Safety Officer"), tz=("uk", "au"))

mo("application_received", "c-gh-saas", "Thanks for applying to {co}",
   "Hi {n},\n\n{role}: application in! A human on our talent team reads each one, and you'll hear within two weeks.\n\nIf we end up moving forward with other people, a short note from one of us still arrives, never silence.\n\nCheers,\nThe {co} team",
   ("Ledgerleaf", "Keystead"), ("ledgerleaf.example", "keystead.example"),
   frm="{co} <no-reply@{dom}>", role=("Customer Success Manager", "Senior Backend Engineer"), tz=("ie", "cae"))

mo("application_received", "c-lv-sauce", "Got your application, {n}",
   "Hey {n},\n\nThis is {sig} from {co}. Your application for {role} landed with me this morning. I read them all personally over the weekend.\n\nWhether it's a chat or a pass, the answer comes from me personally before next Friday, not from an auto-reply.\n\n{sig}",
   ("Scorchpot Provisions", "Slowdrip Cold Brew Co."), ("scorchpot.example", "slowdrip.example"),
   role=("Packing Line Associate", "Cafe Wholesale Rep"), tz=("usc", "usp"))

mo("application_received", "c-sr-card", "Application received | {role}",
   "<html><body><div style=\"font-family:Helvetica,Arial;font-size:14px\"><p>Dear {n},</p><table style=\"border:1px solid #ccc;padding:8px\"><tr><td><b>Position</b></td><td>{role}</td></tr><tr><td><b>Reference</b></td><td>SR-{ref}</td></tr><tr><td><b>Outcome</b></td><td>Pending</td></tr></table><p>The Outcome field changes once the hiring manager decides, whether that is an interview invitation or the post going to someone else.</p><p>{co} Recruitment</p></div></body></html>",
   ("Carryfold Luggage", "Kenanga Renewable Fuels"), ("carryfold.example", "kenangafuels.example"),
   frm="{co} Recruitment <jobs-noreply@{dom}>", role=("E-commerce Executive", "Laboratory Analyst"), tz=("sg", "my"))

mo("application_received", "c-ic-restaurant", "Application received: {role} (Job ID {ref})",
   "Dear {n},\n\nWe have your application for {role}, Job ID {ref}. The hiring team reviews applications against the minimum requirements in the posting; where these aren't met, the application is closed and the candidate is told by email.\n\nYou can follow progress from your careers-portal profile.\n\nSincerely,\n{co} Talent Team",
   ("Crunchline Chicken", "Northsuds Home Care"), ("crunchline.example", "northsuds.example"),
   frm="{co} Talent Team <careers@{dom}>", role=("Shift Manager", "Maintenance Technician"), tz=("use", "cae"))

mo("application_received", "c-tl-req", "Requisition {ref}: application submitted",
   "Dear {full},\n\nRequisition: {ref} - {role}\nCurrent status: Submitted\n\nYour submission is complete. Should another candidate be selected, your status in the Career Section will read \"Not Selected\" once the requisition closes. No reply is required.\n\nHuman Resources\n{co}",
   ("Prairie Gold Ethanol", "Kellbridge Gypsum"), ("prairiegoldethanol.example", "kellbridge.example"),
   frm="{co} HR <hr.notifications@{dom}>", role=("Grain Receiving Technician", "Electrical Engineer"), tz=("usc", "uk"))

mo("application_received", "c-wk-karts", "Thanks for applying to {co}!",
   "Hi {n},\n\nYour {role} application is in. We're reading them this week and will call a handful of people in for a trial shift.\n\nNot picked for a trial this time? We'll still flick you an email; nobody's left guessing.\n\nCheers,\n{sig}",
   ("Kartzone Raceway", "Photon Alley"), ("kartzone.example", "photonalley.example"),
   role=("Party Host", "Weekend Supervisor"), tz=("nz", "au"))

mo("application_received", "c-tt-table", "We got your application!",
   "Hi {n}!\n\nYour application for {role} at {co} has arrived, thank you! We look at all applications after the last day to apply, and you hear back within roughly three weeks.\n\nChosen for interview or not, we write to everyone who applied. You can follow the status on your candidate page.\n\nBest regards,\n{co}",
   ("Hallamshire Cutlery", "Kvarnby Knäckebröd"), ("hallamshirecutlery.example", "kvarnbyknacke.example"),
   frm="{co} <jobs@{dom}>", role=("Polisher", "Rye Dough Mixer"), tz=("uk", "eu"))

mo("application_received", "c-ps-blades", "Confirmation of receipt of your application",
   "Dear {n},\n\nwe confirm that your application as {role} has reached us. Our department head will look through the documents in the coming two weeks.\n\nAlso if another applicant is chosen, a short message from us follows. Your data is stored according to data protection rules.\n\nWith kind regards\nHuman Resources\n{co}",
   ("Klingenwerk Solingen GmbH", "Lackfabrik Aichinger GmbH"), ("klingenwerk.example", "aichinger-lacke.example"),
   frm="{co} <bewerbung@{dom}>", role=("Industrial Mechanic (m/f/d)", "Sales Representative Austria (m/w/d)"), tz="eu")

mo("application_received", "c-pp-scores", "Application received: {role}",
   "Dear {n},\n\nYour application for {role} has arrived. After the closing date the panel scores each one on the person specification.\n\nInterview mark reached or not, we email you within three weeks of closing.\n\nBest wishes,\nPeople Team, {co}",
   ("Northmoor Magnetics", "Strathgair Geology"), ("northmoormagnetics.example", "strathgair.example"),
   frm="People Team <people@{dom}>", role=("Production Engineer", "Senior Hydrogeologist"), tz="uk")

mo("application_received", "c-th-design", "Re: Junior Designer application",
   "Hi {n},\n\nPortfolio received, thanks so much! The directors will go through everything at Friday's studio meeting.\n\nFull honesty: one of our own team has also put her hand up. If the directors decide to go with her, I'll message you that same day.\n\n{sf}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, please find my portfolio attached for the junior designer role.",
   ("Studio Kapok Interiors", "Rumah Lima Design"), ("studiokapok.example", "rumahlima.example"),
   tz=("sg", "my"))

mo("application_received", "c-ps-minquals", "Application received: {role}",
   "Dear {full},\n\nWe received your application for {role}, announcement {ref}.\n\nEach application is reviewed against the minimum qualifications. Applicants who do not meet them will be notified by email; those who do go on to the hiring manager.\n\n{co}\nHuman Resources",
   ("Oregon Department of Rangeland Services", "Yukon Territorial Lands Branch"), ("rangeland-or.example", "ytlands.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Range Technician", "Land Use Planner"), tz=("usp", "yt"))

# once each
mo("application_received", "c-jz-paving", "Got your application",
   "Hey {n},\n\nGot your application for the {role} job, thanks. I'll be calling people in the next week or so.\n\nIf we hire somebody else you'll get a text from me. No ghosting from us.\n\n{sig}\n{co}",
   "Buckeye Driveway & Paving", "buckeyepaving.example", role="Equipment Operator", tz="use")

mo("application_received", "c-bh-sofa", "Application received - {role}",
   "Hello {n},\n\nYour CV for {role} is now with our workshop manager, and interviews will be arranged for late in the month.\n\nNot selected this time? Then I'll write and say so, rather than leave silence.\n\nWarm regards,\n{sig}\nHR Manager",
   "Pendle Sofa Works", "pendlesofa.example", role="Frame Maker", tz="uk")

mo("application_received", "c-rc-print", "We have received your application",
   "Dear {n},\n\nThank you for applying for {role} at {co}. We will review your application within ten working days.\n\nWhen we choose another candidate, we always send a message, so you will not be left without an answer.\n\nKind regards,\nRecruitment | {co}",
   "Laagwerk 3D", "laagwerk.example", frm="{co} Recruitment <jobs@{dom}>", role="Post-processing Technician", tz="eu")

mo("application_received", "c-ft-grocery", "Thanks for applying to {co}",
   "Hi {n},\n\nApplication for {role}: received. Our team reviews it within ten days.\n\nNot shortlisted? Either way, expect an email.\n\n---\nShop with {co}: order by 10pm for next-day delivery and track your driver in the app.\nJob alerts: set them up in your careers account.\n{co} Ltd, registered office London.",
   "Basketday", "basketday.example", frm="{co} Careers <careers@{dom}>", role="Van Loader", tz="uk")

mo("application_received", "c-ft-electronics", "We received your application",
   "Hi {n},\n\n{role}: your application is with our recruiting team now. They reach out when your experience fits what the store needs.\n\nShould we move ahead with others, we'll still email you; your profile stays open for later roles.\n\nPrice Match Guarantee | Protection Plans | Trade-In\nCareer alerts: manage them in your candidate profile.",
   "Voltline Electronics", "voltline.example", frm="{co} Talent <no-reply@{dom}>", role="Home Theater Installer", tz="use")

mo("application_received", "c-ft-towels", "Application received",
   "Hi {n},\n\n{role} with {co}: application received. Applications are read once the closing date passes.\n\nShortlisted or not, you'll have an email within a fortnight.\n\nFree shipping on orders over $99 | Gift cards\nSaltbush Towel Co. Pty Ltd.",
   "Saltbush Towel Co.", "saltbushtowel.example", frm="{co} <hello@{dom}>", role="Dispatch Assistant", tz="au")

mo("application_received", "c-hd-thinktank", "Application: {role}",
   "Dear {n},\n\n{role}: your application is with us. The shortlist goes to a written exercise in the week of the 20th.\n\nAnyone not shortlisted will hear from me by email soon after that week; we answer every applicant.\n\nWith best wishes,\n{sig}\nOperations Director, {co}",
   "Ashgrove Policy Institute", "ashgrovepolicy.example", role="Communications Officer", tz="uk")

mo("application_received", "c-hd-research", "Thanks for your application",
   "Kia ora {n},\n\nYour {role} application has reached us; we're reading this week and next.\n\nA no this round still gets a reply from us, plus a couple of lines of feedback if you want them.\n\nNgā mihi,\n{sig}",
   "Tussock Insight", "tussockinsight.example", role="Project Coordinator", tz="nz")

mo("application_received", "c-rc-treasury", "Your CV - Treasury Analyst",
   "Hi {n},\n\nYour CV went in to the client this afternoon for the treasury analyst job.\n\nI'll chase them on Thursday. If they decide not to take it further, I'll call you myself and tell you why, as far as I'm able to.\n\nBest,\n{sig}\n{co}",
   "Fairlight Finance Recruitment", "fairlightfinance.example", tz="uk")

mo("application_received", "c-ps-withdrawn", "{role} (ref {ref}): application received",
   "Dear {n},\n\nYour application for {role} is logged. Sift follows the closing date.\n\nApplicants below the required standard at sift get word through the recruitment portal; the rest are invited to interview.\n\nResourcing Team\n{co}",
   "Scottish Government", "gov-scot.example", frm="{co} Recruitment <recruitment@{dom}>", role="Marine Data Officer", tz="uk")

mo("application_received", "c-ps-panel", "Application acknowledgement - vacancy {ref}",
   "Dear {n},\n\nThis confirms receipt: {role} (vacancy {ref}). Applications are screened against the selection criteria before being referred to the selection panel.\n\nThe outcome is sent to you either way, referred or not.\n\n{co}",
   "Northern Territory Government", "nt-gov.example", frm="{co} Recruitment <jobs@{dom}>", role="Park Ranger", tz="nt")

mo("application_received", "c-ps-exam", "REGISTRATION FOR QUALIFYING EXAMINATION",
   "Dear {n},\n\nYour registration for the qualifying examination ({role}) has been received. Your examination number is {ref}.\n\nCandidates who score below the cut-off mark will not be invited for interview. The date and venue of the examination will be communicated by SMS.\n\nSecretary\n{co}",
   "Eswatini Civil Service Commission", "eswatini-csc.example", frm="{co} <noreply@{dom}>", role="ASSISTANT STATISTICIAN", tz="sz")

mo("application_received", "c-in-summer", "Summer Internship: application received",
   "Dear {n},\n\nYour application to the {co} summer internship is in. Last year over a thousand people applied for ten places.\n\nEvery applicant hears the outcome by the end of March, selected or not.\n\nEarly Careers Team\n{co}",
   "Kestrel Propulsion", "kestrelpropulsion.example", frm="{co} Early Careers <earlycareers@{dom}>", tz="uk")

mo("application_received", "c-in-field", "Application received: Summer Field Assistant Program",
   "Dear {n},\n\nApplication logged: Summer Field Assistant Program. Selections will be made by April 15.\n\nAll applicants will be notified by email, whether or not they are offered a position.\n\nSincerely,\n{sig}\nProgram Coordinator, {co}",
   "Ohio Valley Geological Survey", "ovgs.example", tz="use")

mo("application_received", "c-in-graduate", "{co} Cadet Programme: application received",
   "Dear {n},\n\nYour {co} Cadet Programme application is complete. An online assessment follows next month for those on the shortlist.\n\nMissing the shortlist would mean an email when the list is final.\n\nTalent Development\n{co}",
   "Coastal Ports Authority", "coastalports.example", frm="{co} Talent <graduates@{dom}>", tz="za")

mo("application_received", "c-st-received", "Application status update",
   "Hi {n},\n\nYour {role} application ({ref}) has a new status.\n\nNew status: Received\n\nSign in for the complete timeline.\n\n{co} Careers",
   "Lessonloop", "lessonloop.example", frm="{co} Careers <no-reply@{dom}>", role="Video Editor", tz="uk")

mo("application_received", "c-jm-coconut", "Application acknowledged",
   "Good day {n},\n\nYour papers for the {role} post reached us safely. The management committee sits once applications close.\n\nKindly note: no word from us within four weeks means the committee did not shortlist you this time.\n\nYours sincerely,\n{sig}\nHuman Resource Officer, {co}",
   "Blue Shade Coconut Water Ltd", "blueshadecoconut.example", role="Quality Assurance Officer", tz="jm")

mo("application_received", "c-ug-fish", "ACKNOWLEDGEMENT OF APPLICATION",
   "Dear {n},\n\nYour application for {role} at our Jinja plant is received with thanks.\n\nInterviews are for shortlisted candidates only. No call from our office by three weeks from today means the Jinja shortlist went ahead without you.\n\nHuman Resource Manager\n{co}",
   "Ripon Falls Fish Processors Ltd", "riponfallsfish.example", role="BOILER OPERATOR", tz="ug")

mo("application_received", "c-zw-chalk", "ACKNOWLEDGEMENT",
   "Dear {n},\n\nYour {role} application is with us and receiving attention.\n\nKindly regard it as unsuccessful if no communication reaches you within a month after the closing date.\n\nYours faithfully,\n{sig}\nHR Officer, {co}",
   "Mukuvisi Chalk & Crayon (Pvt) Ltd", "mukuvisichalk.example", role="STOREKEEPER", tz="zw")

mo("application_received", "c-uk-clay", "Application received: {role}",
   "Dear {n},\n\nYour {role} application has reached {co}. Interviews in St Austell are in the second half of the month.\n\nNot invited? An email from us will follow when the shortlist is settled.\n\nBest regards,\n{sig}\nHR Business Partner",
   "Hensbarrow Kaolin", "hensbarrowkaolin.example", role="Laboratory Technician", tz="uk")

mo("application_received", "c-in-incense", "Acknowledgement of your application",
   "Dear {n},\n\nGreetings from {co}.\n\nYour profile for {role} is received. HR screens the profiles; shortlisted people get a call to interview at our Peenya unit.\n\nThanks & Regards,\n{sig}\nHR Department",
   "Sugandha Agarbathi Works", "sugandhaagarbathi.example", role="Export Documentation Executive", tz="in")

mo("application_received", "c-ae-trophy", "Application received - {role}",
   "Dear {n},\n\nYour CV for {role} at {co} has reached our showroom team.\n\nShould it miss the shortlist, we hold it six months against similar vacancies.\n\nBest Regards,\n{sig}\nHR Coordinator",
   "Falcon Crest Trophies & Awards LLC", "falconcresttrophies.example", role="Showroom Sales Executive", tz="ae")

mo("application_received", "c-np-pashmina", "Your application",
   "Namaste {n},\n\nYour CV for the {role} post reached us, and we are happy you thought of {co}.\n\nSelected people will be called to a trial at the workshop, and the rest get an email once trials are done.\n\nRegards,\n{sig}",
   "Himchuli Pashmina Udhyog", "himchulipashmina.example", role="Dyeing Supervisor", tz="np")

mo("application_received", "c-th-scope", "Re: Field Service Engineer - application",
   "Hi {n},\n\nThe regional manager now has your application. We're also talking to a colleague from another patch who might relocate.\n\nIf he takes it, I'll let you know straight away; if not, an interview date follows.\n\nBest,\n{sf}\n{co}",
   "Corrib Imaging Systems", "corribimaging.example", tz="ie")

mo("application_received", "c-th-cold", "RE: Application - Night shift supervisor",
   "Dear {n},\n\nYour night-shift supervisor application reached me. Interviews at the site are in two weeks.\n\nShould the post go to one of our own team leads, I'll still email you with the outcome.\n\nKind regards,\n{sig}\nSite Manager, {co}",
   "Frostline Cold Stores", "frostline.example", tz="za")

mo("application_received", "c-hd-brush", "Application received: {role}",
   "Dear {n},\n\nHR has your {role} application. The panel reads them during the next fortnight.\n\nEvery applicant gets a reply; no interview invitation means a note from HR instead.\n\nKind regards,\nHR, {co}",
   "Tidewater Brush Company", "tidewaterbrush.example", role="Quality Systems Coordinator", tz="cae")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads

mo("interview", "i-th-brass", "RE: [EXT] Re: Brass repair technician - bench test",
   "Hi {n},\n\nAre you free for a bench test on {dl} at 10am? We'll give you a dented cornet and a sticky valve block; it takes about two hours.\n\nUnfortunately the polishing motor is noisy, so bring ear defenders if you have them.\n\n{sf}\n\n" + OUTLOOK + "Subject: Re: Brass repair technician\n\nHi {sf}, thanks for your reply. Most days next week suit me. {n}",
   ("Valvecraft Brass Repairs", "Liffey Wind & Brass"), ("valvecraft.example", "liffeybrass.example"), tz=("uk", "ie"))

mo("interview", "i-wk-karts", "Trial shift at {co}",
   "Hi {n},\n\nYou're through to a trial shift: {dl}, 4pm to 8pm, shadowing a host and running a briefing or two.\n\nUnfortunately the car park gets resealed that week; street parking, then the side gate. Wear closed shoes.\n\nCheers,\n{sig}",
   ("Kartzone Raceway", "Photon Alley"), ("kartzone.example", "photonalley.example"), tz=("nz", "au"))

mo("next_steps", "n-ps-minquals", "Action required: supplemental questionnaire for {role}",
   "Dear {full},\n\nGood news regarding {role} (announcement {ref}): the minimum qualifications are met, so your file goes forward for further review.\n\nThe supplemental questionnaire now waits in your applicant account; complete it before 5:00 p.m. on {dl}. Applications without a completed questionnaire cannot move to the interview stage.\n\n{co}\nHuman Resources",
   ("Oregon Department of Rangeland Services", "Yukon Territorial Lands Branch"), ("rangeland-or.example", "ytlands.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Range Technician", "Land Use Planner"), tz=("usp", "yt"))

mo("next_steps", "n-rc-concrete", "Next step with the client - site induction",
   "Hi {n},\n\nThe client would like to move you forward for the {x} role. Before the final interview they need a pre-employment medical and copies of your forklift ticket and site safety card by {dl}.\n\nUnfortunately their clinic only books mornings, so grab an early slot. Call me if anything's unclear.\n\nCheers,\n{sig}\n{co}",
   ("Aggregate People", "Greywacke Recruitment"), ("aggregatepeople.example", "greywacke.example"),
   tz=("auq", "nz"), x=("precast yard foreman", "batching plant operator"))

mo("offer", "o-lv-sauce", "Offer: {role} at {co}",
   "Hi {n},\n\nBig news: the {role} role at {co} is yours. Attached is the offer letter with the pay and benefits we talked through; signed copy due back by {dl}.\n\nUnfortunately our uniform supplier is running behind, so for the first week wear dark jeans and closed-toe shoes.\n\nWelcome aboard,\n{sig}\nPeople & Culture",
   ("Scorchpot Provisions", "Slowdrip Cold Brew Co."), ("scorchpot.example", "slowdrip.example"),
   role=("Fermentation Technician", "Route Sales Driver"), tz=("usc", "usp"))

# once each: interviews
mo("interview", "i-th-escalator", "RE: [EXT] RE: Service Technician role - interview",
   "Hi {n},\n\nAre you free for a chat at the depot on {dl} at 7:30am, before the crews head out? It's half an hour with me and the ops manager.\n\nUnfortunately the gate code changed this week, so ring me from the kerb and I'll let you in.\n\n{sf}\n\n" + OUTLOOK + "Subject: Service Technician role\n\nHi, please find my application attached. Regards, {n}",
   "Steptread Escalator Services", "steptread.example", tz="au")

mo("interview", "i-th-pr", "Interview invitation - Account Executive",
   "Hi {n},\n\nAccount executive interview time! Proposed: our office, {dl}, 2 p.m.? Please bring a short pitch, 5 minutes max, for a product of your choice.\n\nUnfortunately our AC is being replaced that week, so dress light.\n\nBest,\n{sig}\n{co}",
   "Brightwater Communications", "brightwatercomms.example", tz="use")

mo("interview", "i-th-caption", "Captioning editor: live test",
   "Hi {n},\n\nNext up for you: a live test, 20 minutes of a recorded panel show, captioned in real time, on {dl} at 11:00.\n\nUnfortunately our remote test platform only works in Chrome, so please check your browser beforehand.\n\nWarm wishes,\n{sig}\n{co}",
   "Clearline Captions", "clearlinecaptions.example", tz="uk")

mo("interview", "i-th-pensions", "Interview: Senior Pensions Administrator",
   "Dear {n},\n\nA panel interview awaits you on {dl}, 10:00, Rosebank office, followed by a short exercise on a transfer calculation.\n\nUnfortunately our visitor parking is full most mornings, so please use the public bays on the next street.\n\nRegards,\n{sig}\n{co}",
   "Protea Retirement Fund Services", "proteafunds.example", tz="za")

mo("interview", "i-tt-table", "Interview at {co}",
   "Hi {n}!\n\nCan you come for an interview about {role} on {dl} at 13:00? A walk through the grinding shop follows.\n\nUnfortunately the shop floor is loud when the hammers are running, so we'll hand out ear protection.\n\nBest regards,\n{sig}",
   "Hallamshire Cutlery", "hallamshirecutlery.example", role="Grinding Team Leader", tz="uk")

mo("interview", "i-wd-charging", "Interview: {role} (JR-{ref})",
   "Hello {n},\n\nYou're invited to a site interview for {role} on {dl}, 09:30 sharp; meet at our hub near junction 15. It includes a walk round two live charger bays.\n\nUnfortunately there's no café on site, so bring your own water. Steel-toe boots are required.\n\n{co} Talent Acquisition",
   "Voltway Charge", "voltwaycharge.example", frm="{co} Talent Acquisition <talent.noreply@{dom}>", role="Site Commissioning Engineer", tz="uk")

mo("interview", "i-hd-thinktank", "Interview: {role}",
   "Dear {n},\n\nYou're shortlisted for {role}. The panel sees you on {dl} at 14:00 in our Braamfontein office, after a 45-minute written exercise (laptop provided).\n\nUnfortunately our building's lift is slow; allow five extra minutes.\n\nWith best wishes,\n{sig}\n{co}",
   "Umhlaba Policy Institute", "umhlabapolicy.example", role="Researcher, Local Government Finance", tz="za")

mo("interview", "i-hd-research", "Let's talk: {role}",
   "Hi {n},\n\nGood news on {role}: a video interview on {dl} at 10am AEST, with a five-minute mock group you moderate for two of us.\n\nUnfortunately our meeting software sometimes drops the first call, so we'll ring back if it does.\n\n{sig}\n{co}",
   "Quandong Research", "quandongresearch.example", role="Qualitative Researcher", tz="au")

mo("interview", "i-jm-coconut", "Invitation to interview",
   "Good day {n},\n\nKindly attend an interview for {role} on {dl}, 10:00 a.m., at our Spanish Town plant. Please bring your certificates and a valid ID.\n\nUnfortunately the road beside the plant is under repair, so allow extra time.\n\nYours sincerely,\n{sig}\nHuman Resource Officer, {co}",
   "Blue Shade Coconut Water Ltd", "blueshadecoconut.example", role="Quality Assurance Officer", tz="jm")

# once each: next steps
mo("next_steps", "n-tl-drug", "Requisition {ref}: pre-employment screening",
   "Dear {full},\n\nRequisition: {ref} - {role}\nCurrent status: Conditional Offer - Screening\n\nPlease complete a drug screen at one of the listed clinics by {dl}. Bring photo ID and the authorization form attached.\n\nUnfortunately the clinics cannot accept walk-ins after 4 p.m.\n\nHuman Resources\n{co}",
   "Prairie Gold Ethanol", "prairiegoldethanol.example", frm="{co} HR <hr.notifications@{dom}>", role="Fermentation Operator", tz="usc")

mo("next_steps", "n-ic-check", "Next step: background check for {role}",
   "Dear {n},\n\nCongratulations on moving forward for {role}. Our background check partner will email you a secure link; finish it no later than {dl} so a start date can be confirmed.\n\nUnfortunately an incomplete check by then means the position can't be held.\n\nSincerely,\n{co} Talent Team",
   "Crunchline Chicken", "crunchline.example", frm="{co} Talent Team <careers@{dom}>", role="Shift Manager", tz="use")

mo("next_steps", "n-ps-task", "Your test task for {role}",
   "Dear {n},\n\nit was a pleasure talking with you. Next, please prepare a short test task: a formulation proposal for a water-based parquet varnish, two pages at most. Please send it to us by {dl}.\n\nUnfortunately we cannot pay for the test task, but it will not take more than three hours.\n\nWith kind regards\n{sig}\n{co}",
   "Lackfabrik Aichinger GmbH", "aichinger-lacke.example", role="Laboratory Assistant Coatings (m/w/d)", tz="eu")

mo("next_steps", "n-pp-refs", "References for {role}",
   "Dear {n},\n\nBefore the panel decides on {role}, references are needed: two referees please, one being your current line manager or, failing that, your last one, by {dl}.\n\nUnfortunately no offer can go out until both references return.\n\nBest wishes,\nPeople Team, {co}",
   "Northmoor Magnetics", "northmoormagnetics.example", frm="People Team <people@{dom}>", role="Materials Technician", tz="uk")

mo("next_steps", "n-ft-rtw", "Next steps for your {co} application",
   "Hi {n},\n\nStage one for {role}: passed! Next come right-to-work documents, uploaded in your careers account by {dl}.\n\nUnfortunately induction can't be booked until that's done.\n\n{co} Careers",
   "Basketday Ireland", "basketday-ie.example", frm="{co} Careers <careers@{dom}>", role="Delivery Driver", tz="ie")

mo("next_steps", "n-ps-admission", "ADMISSION TO QUALIFYING EXAMINATION",
   "Dear {n},\n\nYou have been admitted to sit the qualifying examination ({role}): Mbabane Civic Hall, {dl}, 9:00 a.m. Your examination number is {ref}.\n\nBring this notice and your national ID. Unfortunately candidates arriving after 9:15 a.m. will not be admitted.\n\nSecretary\n{co}",
   "Eswatini Civil Service Commission", "eswatini-csc.example", frm="{co} <noreply@{dom}>", role="ASSISTANT STATISTICIAN", tz="sz")

mo("next_steps", "n-in-test", "Summer Internship: online assessment",
   "Dear {n},\n\nSummer internship, stage two: a 40-minute online assessment, due by {dl}.\n\nUnfortunately the assessment can't be paused once started, so find a quiet spot first.\n\nEarly Careers Team\n{co}",
   "Kestrel Propulsion", "kestrelpropulsion.example", frm="{co} Early Careers <earlycareers@{dom}>", tz="uk")

# once each: offers
mo("offer", "o-th-design", "Re: [EXT] Re: Junior Designer - offer",
   "Hi {n},\n\nSo happy to write this one: the directors want you as our junior designer. The formal letter is attached; reply by {dl}?\n\nUnfortunately our studio is up three flights of stairs, in case anyone asks why we're all so fit.\n\n{sf}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, Monday's interview was such fun!",
   "Studio Kapok Interiors", "studiokapok.example", tz="sg")

mo("offer", "o-th-scope", "Offer of employment: Field Service Engineer",
   "Hi {n},\n\nThe southern region's field service engineer post is yours. Contract and car policy attached; reply by {dl} please.\n\nUnfortunately your company van arrives in week two, so mileage in your own car gets reimbursed until then.\n\nBest,\n{sig}\n{co}",
   "Lumina Microscopy Services", "luminamicro.example", tz="uk")

mo("offer", "o-tt-table", "Offer: {role}",
   "Hi {n}!\n\nYou are our new {role}, if you say yes. Sign the contract on your candidate page digitally before {dl}.\n\nUnfortunately the rye mill is under renovation in your first weeks, so you will start in packing.\n\nBest regards,\n{sig}",
   "Kvarnby Knäckebröd", "kvarnbyknacke.example", role="Oven Line Operator", tz="eu")

mo("offer", "o-bh-duvet", "Your offer from {co}",
   "Hello {n},\n\nThe {role} role is yours, should you accept! Your offer letter waits in the onboarding portal; accept it by {dl}.\n\nUnfortunately the canteen is closed for refit in your first fortnight, so bring a packed lunch.\n\nWarm regards,\n{sig}\nHR Manager",
   "Loughdown Bedding", "loughdown.example", role="Duvet Filling Supervisor", tz="ie")

mo("offer", "o-uk-tweed", "Offer - Pattern Weaver",
   "Dear {n},\n\nAfter your weaving trial the mill would like you as {role}. A written statement of terms is attached; answer by {dl}, if you can.\n\nUnfortunately the mill heating is unreliable until the boiler work is done, so layers are advised.\n\nBest wishes,\n{sig}",
   "Ettrick Water Tweed", "ettrickwatertweed.example", role="Pattern Weaver", tz="uk")

mo("offer", "o-us-pecan", "Offer - {role}",
   "Hi {n},\n\nThe {role} job at our San Saba plant is yours, starting {dl}. Offer letter attached.\n\nUnfortunately harvest means six-day weeks from November; the extra day pays overtime.\n\n{sig}\n{co}",
   "Colorado Bend Pecan Co.", "coloradobendpecan.example", role="Sanitation Lead", tz="usc")

mo("offer", "o-cy-dairy", "Job offer - {role}",
   "Dear {n},\n\n{co} would like you as our new {role}. The contract is attached; confirm by {dl}, please.\n\nUnfortunately the dairy starts early, at six in the morning, so please check the transport options from Nicosia.\n\nKind regards,\n{sig}",
   "Troodos Halloumi Dairy", "troodoshalloumi.example", role="Quality Controller", tz="cy")

mo("offer", "o-rc-contract", "Credit control contract - offer",
   "Hi {n},\n\nGreat news: the food manufacturer would like you for the six-month credit control contract. The day rate is as we discussed and the start date is {dl}.\n\nUnfortunately they need the signed contract and your ID check back by Friday. Can you do that?\n\nBest,\n{sig}\n{co}",
   "Glasnevin Talent Partners", "glasnevintalent.example", tz="ie")

mo("offer", "o-in-coop", "Offer: fall co-op term",
   "Dear {n},\n\nA fall co-op placement at {co} is yours, in our stack testing group, once you accept it in the co-op portal by {dl}.\n\nUnfortunately we cannot provide housing, but we'll send a list of nearby rentals.\n\nSincerely,\n{sig}\nProgram Coordinator",
   "Borealis Fuel Cells", "borealisfuelcells.example", tz="cae")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals

mo("other_job", "s-st-review", "Application status update",
   "Hi {n},\n\nYour {role} application ({ref}) has a new status.\n\nNew status: In review\n\nThe hiring team is looking at applications now; nothing has been decided yet. Sign in for the complete timeline.\n\n{co} Careers",
   ("Lessonloop", "Pagebound Book Boxes"), ("lessonloop.example", "pagebound.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Course Producer", "Fulfilment Coordinator"), tz=("uk", "au"))

mo("other_job", "s-st-withdrawn", "{co}: your application",
   "<html><body><p>Hello {n},</p><p>Here is the latest on your application.</p><table border=\"1\" cellpadding=\"6\"><tr><th>Role</th><th>Stage</th></tr><tr><td>{role}</td><td>Withdrawn (by candidate)</td></tr></table><p>The withdrawal came from your dashboard. Done by accident? Reply inside seven days and it reopens.</p></body></html>",
   ("Tallgrass 3D Scanning", "Redgum Macaron Co."), ("tallgrass3d.example", "redgummacarons.example"),
   frm="{co} Jobs <notifications@{dom}>", role=("Scan Technician II", "Store Supervisor"), tz=("usc", "au"))

mo("other_job", "s-ps-postponed", "Harbour Operations Officer: shortlisting delayed",
   "Dear {n},\n\nShortlisting for {role} (vacancy {ref}) moves back two weeks because several panel members are away. All applications remain under consideration and no decisions have been made.\n\nWe'll write again once shortlisting is complete.\n\n{co}",
   "Shetland Islands Council", "shetland-council.example", frm="{co} Recruitment <jobs@{dom}>", role="Harbour Operations Officer", tz="uk")

mo("job_alert", "a-ft-electronics", "New jobs at {co} near you",
   "Hi {n},\n\n3 new roles match your job alert:\n- Store Tech Specialist, Easton\n- Appliance Delivery Driver, Grove City\n- Inventory Associate, Hilliard\n\nUnfortunately we can't hold openings; apply soon if one fits.\n\nManage alerts in your candidate profile.\n{co}",
   "Voltline Electronics", "voltline.example", frm="{co} Talent <no-reply@{dom}>", tz="use")

mo("job_alert", "a-ft-grocery", "Jobs near you this week",
   "Hi {n},\n\nRoles near you this week:\n- Night-shift Picker (Park Royal)\n- Delivery Driver (Wembley)\n- Customer Fulfilment Lead (Acton)\n\nSet up or change alerts in your careers account.\n\n{co} Careers",
   "Basketday", "basketday.example", frm="{co} Careers <careers@{dom}>", tz="uk")

mo("job_alert", "a-ft-towels", "We're hiring at {co}",
   "Hi {n},\n\nYou asked to hear about new roles. This month we're hiring a Warehouse Team Member in Geelong and a part-time Stylist for our Fitzroy store.\n\nSee the details and apply on our careers page.\n\n{co}",
   "Saltbush Towel Co.", "saltbushtowel.example", frm="{co} <hello@{dom}>", tz="au")

mo("recruiter_outreach", "p-rc-precast", "Precast and batching roles around Waikato",
   "Hi {n},\n\nYour precast experience came up when I searched the Waikato area. I'm working on two precast roles and a batching plant operator job around Waikato, all permanent with overtime.\n\nGot ten minutes this week to talk it through?\n\n{sig}\n{co}",
   "Greywacke Recruitment", "greywacke.example", tz="nz")

mo("recruiter_outreach", "p-rc-mro", "Planner roles in Seletar",
   "Hi {n},\n\nI recruit for maintenance, repair and overhaul shops around Seletar. Two of my clients are hiring production planners, and your profile looks a close fit.\n\nInterested in a short call?\n\nRegards,\n{sig}\n{co}",
   "Changi Aero Talent", "changiaerotalent.example", tz="sg")

mo("non_job_rejection_words", "x-rental", "Your application: 14 Kowhai Terrace",
   "Hi {n},\n\nThanks for viewing the townhouse on Kowhai Terrace and sending in your application. The landlord picked another applicant, and that tenancy is signed.\n\nWe have two other listings in Brooklyn coming up soon; I'll send you the details.\n\nRegards,\n{sig}\n{co}",
   "Harbourview Property Management", "harbourviewpm.example", tz="nz")

mo("non_job_rejection_words", "x-bikeshare", "Reduced-fare pass application {ref}",
   "Dear {n},\n\nYour reduced-fare annual pass application has been checked. Unfortunately the letter you uploaded doesn't show a qualifying benefit, so we can't approve the pass this time.\n\nYou can reapply with an updated letter whenever you like; standard passes stay available in the app.\n\n{co} Customer Team",
   "Spokeway Bike Share", "spokeway.example", frm="{co} <passes@{dom}>", tz="uk")

mo("non_job_rejection_words", "x-garden", "Community garden plot: coming season",
   "Hi {n},\n\nEvery one of the 36 plots at the Ferncliff community garden is now allocated for the coming season, so none is left for you.\n\nYour name carries over to next year's list, and the working bees would love your help in the meantime.\n\n{sig}\nFerncliff Garden Committee",
   "Ferncliff Community Garden", "ferncliffgarden.example", tz="au")

mo("non_job_rejection_words", "x-stall", "Your stall application: Riverlight Night Market",
   "Dear {n},\n\nYour stall application for this year's Riverlight Night Market: food applications far outnumbered spaces, and yours has been declined this time.\n\nA few craft-section spaces remain, should you want to apply there.\n\nMarket Team\n{co}",
   "Riverlight Night Market Committee", "riverlightmarket.example", tz="uk")

mo("non_job_rejection_words", "x-bridge", "Beginners' bridge course - waiting list",
   "Hi {n},\n\nOur Thursday beginners' bridge course filled inside a day, which leaves you without a place on it.\n\nFor the spring course your name heads the waiting list; an email goes out when bookings open.\n\nHappy bidding,\n{sig}\n{co}",
   "Harbour Lane Bridge Club", "harbourlanebridge.example", tz="ie")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, each with a twin

wr("ukulele-stream", "Whisper from @kowhai_ukes during tonight's build stream",
   "Stream chat - private whisper\n\nkowhai_ukes: Hey {n}, saw you were in tonight's stream so figured I'd answer here as well. Thanks heaps for applying to be my bench apprentice. Sione's been sanding bodies with me every Saturday, so the spot is his now. Keep building!\n\nReply in chat | Mute whispers",
   "Kowhai Ukuleles", "streamhall.example", frm="Streamhall <whispers@{dom}>", tz="nz")
wo("application_received", "ukulele-stream", "Whisper from @kowhai_ukes",
   "Stream chat - private whisper\n\nkowhai_ukes: Got your application for the apprentice bench, {n}, cheers! I'm picking after Sunday's stream. Should someone else get the bench, a whisper from me lands here either way.\n\nReply in chat | Mute whispers",
   "Kowhai Ukuleles", "streamhall.example", frm="Streamhall <whispers@{dom}>", tz="nz")

wr("meringue-clockin", "Message waiting at the ClockTap terminal",
   "ClockTap - staff terminal message\nTo: {full} (trial staff)\nFrom: {sig}, {co}\n\nThanks for your two trial shifts on the piping bench, {n}. The permanent role has gone to Lucy from the front counter, so your trial badge closes after today. Your hours are paid on Friday.\n\nTap OK to acknowledge.",
   "Pavlova & Co. Patisserie", "clocktap.example", frm="ClockTap <terminal@{dom}>", tz="au")
wo("interview", "meringue-clockin", "Message waiting at the ClockTap terminal",
   "ClockTap - staff terminal message\nTo: {full} (trial staff)\nFrom: {sig}, {co}\n\nYour trial shift on the piping bench is booked for {dl}, 6am start. Clock in with the badge at the back door. Unfortunately the oven fans are loud, so speak up if you've got questions.\n\nTap OK to acknowledge.",
   "Pavlova & Co. Patisserie", "clocktap.example", frm="ClockTap <terminal@{dom}>", tz="au")

wr("meteorite-auction", "Message from seller stardust_finds",
   "You have a message from seller stardust_finds about: Job enquiry (cataloguing assistant)\n\nHi {n}, thanks for asking about the cataloguing job I mentioned in my listings. I've hired someone from the collectors' club who knows iron meteorites well, so the job's gone. Happy bidding!\n{sig}\n\nReply through the auction site. Never pay outside the site.",
   "Stardust Finds", "bidhollow.example", frm="Bidhollow Messages <messages@{dom}>", tz="usc")
wo("application_received", "meteorite-auction", "Message from seller stardust_finds",
   "You have a message from seller stardust_finds about: Job enquiry (cataloguing assistant)\n\nHi {n}, thanks, your note and CV came through. I'm talking to two people from the collectors' club as well. Either way you'll get a reply in this thread before the 30th.\n{sig}\n\nReply through the auction site.",
   "Stardust Finds", "bidhollow.example", frm="Bidhollow Messages <messages@{dom}>", tz="usc")

wr("rockinghorse-po", "Purchase order PO-{ref}: remarks",
   "PURCHASE ORDER PO-{ref}\nSupplier: {full} (trial restoration, dapple-grey horse)\nAmount: GBP 120.00 (trial day, as agreed)\n\nRemarks: Paid in full with thanks. The apprentice place has gone to the carver from the Dales workshop we mentioned, so this closes our arrangement.\n\nAuthorised: {sig}, {co}",
   "Dappleby Rocking Horses", "dappleby.example", tz="uk")
wo("offer", "rockinghorse-po", "Purchase order PO-{ref}: remarks",
   "PURCHASE ORDER PO-{ref}\nSupplier: {full} (apprentice restorer, first month)\nAmount: GBP 1,850.00\n\nRemarks: After your trial, the apprentice place is offered to you. Start date {dl}; terms in the attached letter. Please confirm by reply.\n\nAuthorised: {sig}, {co}",
   "Dappleby Rocking Horses", "dappleby.example", tz="uk")

wr("woodwind-remit", "Remittance advice from {co}",
   "REMITTANCE ADVICE\nPayee: {full}\nReference: TRIAL-{ref}\nAmount: USD 180.00 (bench trial, 2 days)\n\nNote from {sig}: Thanks for the pad work on the clarinets. The bench job has been given to Marcus, who's just finished his repair course, so this is the last payment from us. All the best.",
   "Reedwright Woodwind Repair", "reedwright.example", tz="use")
wo("next_steps", "woodwind-remit", "Remittance advice from {co}",
   "REMITTANCE ADVICE\nPayee: {full}\nReference: TRIAL-{ref}\nAmount: USD 180.00 (bench trial, 2 days)\n\nNote from {sig}: Nice work on the flute pads. Before your second trial week, please send your tool list and proof of liability cover by {dl}.",
   "Reedwright Woodwind Repair", "reedwright.example", tz="use")

wr("harmonica-speaker", "Voice message from {sig} (transcribed)",
   "Your smart speaker received a voice message.\nAuto-transcript (errors possible):\n\n\"Hi {n}, it's {sf} from {co}. About the reed-plate job, I've offered it to Deb from the blues club, she's been gapping reeds for years. Thanks for coming by the workshop. Take care.\"\n\nPlay message | Reply by voice",
   "Bentnote Harmonicas", "hearthvoice.example", frm="Hearthvoice <voice@{dom}>", tz="uk")
wo("interview", "harmonica-speaker", "Voice message from {sig} (transcribed)",
   "Your smart speaker received a voice message.\nAuto-transcript (errors possible):\n\n\"Hi {n}, {sf} from {co}. Free on {dl} at ten to try gapping a few reed plates? Unfortunately the workshop's up a narrow stair, so travel light.\"\n\nPlay message | Reply by voice",
   "Bentnote Harmonicas", "hearthvoice.example", frm="Hearthvoice <voice@{dom}>", tz="uk")

wr("skate-design", "New comment on your design \"Night Tram\"",
   "DeckLab design tool - comments\nDesign: \"Night Tram\" (8.25 in popsicle, submitted for the {co} press-room job)\n\n{sig}: Love the linework, {n}. Update on the press-room job though: it went to Kai from the Tuesday skate nights, and he started Monday. Keep the design up; it might make the spring run.",
   "Concrete Wave Decks", "decklab.example", frm="DeckLab <comments@{dom}>", tz="usp")
wo("application_received", "skate-design", "New comment on your design \"Night Tram\"",
   "DeckLab design tool - comments\nDesign: \"Night Tram\" (8.25 in popsicle, submitted for the {co} press-room job)\n\n{sig}: Got it, {n}, ta! We're picking for the press room by Friday. No luck this round? I'll still drop a comment here.",
   "Concrete Wave Decks", "decklab.example", frm="DeckLab <comments@{dom}>", tz="usp")

wr("billiard-telematics", "Fleet message delivered to vehicle terminal (Van 3)",
   "FLEETLINK DRIVER TERMINAL\nTo: {full} (trial fitter, Van 3)\nFrom: Office ({sig})\n\nThanks for today's re-cover job at the pub in Ilkley. The fitter's post is going to Gaz, who's been with us on agency since January. Please drop the van keys at the yard by 6pm. Cheers.",
   "Baulkline Table Fitters", "fleetlink.example", frm="FleetLink <terminal@{dom}>", tz="uk")
wo("next_steps", "billiard-telematics", "Fleet message delivered to vehicle terminal (Van 3)",
   "FLEETLINK DRIVER TERMINAL\nTo: {full} (trial fitter, Van 3)\nFrom: Office ({sig})\n\nBefore we put you on the rota, we need your driving licence check code and a photo of your CPC card by {dl}. Unfortunately insurance won't cover you on Van 3 without them.",
   "Baulkline Table Fitters", "fleetlink.example", frm="FleetLink <terminal@{dom}>", tz="uk")

wr("hoof-herdbook", "New note on job: Hoof trimming, Hillcrest",
   "HerdBook - note added to job \"Hoof trimming, Hillcrest Farm\"\n\n{sig} wrote: @{n} cheers for the help with the crush on Tuesday. Jono's coming on full-time as second trimmer; he's done the course and knows the farms. Appreciated your help on the day.",
   "Southland Hoof Care", "herdbook.example", frm="HerdBook <notes@{dom}>", tz="nz")
wo("offer", "hoof-herdbook", "New note on job: Second trimmer",
   "HerdBook - note added to job \"Second trimmer\"\n\n{sig} wrote: @{n} you're our second trimmer from {dl}, if you'll have it. Ute and crush supplied. Unfortunately the early starts are brutal in calving season, so rest up.",
   "Southland Hoof Care", "herdbook.example", frm="HerdBook <notes@{dom}>", tz="nz")

wr("fondue-exchange", "New message on Parlaroo",
   "Parlaroo chat\n\n{sig}: Hallo {n}! Thanks again for practising German with me last week. About the waiting job at the chalet: my boss has hired a student from Lausanne who speaks French and German, so the place is filled. But let's keep our Thursday exchange!",
   "Chalet Edelweiss Fondue", "parlaroo.example", frm="Parlaroo <chat@{dom}>", tz="eu")
wo("interview", "fondue-exchange", "New message on Parlaroo",
   "Parlaroo chat\n\n{sig}: Hallo {n}! My boss would like to meet you about the waiting job on {dl} at 15:00 at the chalet. Unfortunately the cable car is closed for maintenance that week, so take the post bus from the station.",
   "Chalet Edelweiss Fondue", "parlaroo.example", frm="Parlaroo <chat@{dom}>", tz="eu")

wr("candyfloss-sms", "Text message from {co}",
   "SMS from {co} (auto-reply)\n\nSorry we missed your call! If you're ringing about the summer cart job, it's been filled by one of our regulars from last year. Thanks for your interest, {sf}. For party bookings reply BOOK.",
   "Fluffcloud Candy Floss", "fluffcloud.example", frm="{co} <sms@{dom}>", tz="uk")
wo("application_received", "candyfloss-sms", "Text message from {co}",
   "SMS from {co} (auto-reply)\n\nSorry we missed your call! If it's about the summer cart job, text your name and the days you can work. We pick by the end of May; if we go with someone else we'll text you back. {sf}",
   "Fluffcloud Candy Floss", "fluffcloud.example", frm="{co} <sms@{dom}>", tz="uk")

wr("beads-receipt", "Your receipt from {co}",
   "Digital receipt - {co} (stall 42, Saturday market)\n1 x seed bead mix, 1 x beading needles\nTotal EUR 7.50, paid by card\n\nNote from the seller: Thanks for asking about helping out at weekends, {n}. That job now belongs to my niece, threading with us all summer. Come and say hi at the next market! {sf}",
   "Threadbare Beads", "tapcard.example", frm="Tapcard Receipts <receipts@{dom}>", tz="ie")
wo("offer", "beads-receipt", "Your receipt from {co}",
   "Digital receipt - {co} (stall 42, Saturday market)\n1 x glass bead strand\nTotal EUR 4.00, paid by card\n\nNote from the seller: Would you help at the stall for the season, {n}? Saturdays and the odd Sunday, paid by the day, starting {dl}. Reply to this receipt and I'll send the details. {sf}",
   "Threadbare Beads", "tapcard.example", frm="Tapcard Receipts <receipts@{dom}>", tz="ie")

wr("origami-share", "Saved chat: Fold-along demo",
   "Saved chat - screen share session \"Fold-along demo\"\n\n10:42 {sig}: {n}, quick one before we start the crane: the studio assistant job has gone to Haruka from our Tuesday class, she starts next week.\n10:42 {sig}: Thank you for the lovely tessellation sample.\n10:43 {n}: understood, thank you!",
   "Paperfold Studio", "sharescreen.example", frm="ShareScreen <chats@{dom}>", tz="sg")
wo("next_steps", "origami-share", "Saved chat: Fold-along demo",
   "Saved chat - screen share session \"Fold-along demo\"\n\n10:42 {sig}: {n}, before we start: for the studio assistant job, could you send three photos of a modular piece by {dl}?\n10:43 {n}: yes, will do!",
   "Paperfold Studio", "sharescreen.example", frm="ShareScreen <chats@{dom}>", tz="sg")

wr("cactus-order", "Update on your order #{ref}",
   "Order #{ref}: 1 x Echinocactus grusonii (medium), dispatched\n\nMessage from the nursery: Hi {n}, your golden barrel is on its way. About the potting-bench job you asked about in your order notes, we've filled it with a local horticulture student. Thanks for asking! {sig}",
   "Spinewood Cactus Nursery", "spinewood.example", frm="{co} <orders@{dom}>", tz="za")
wo("application_received", "cactus-order", "Update on your order #{ref}",
   "Order #{ref}: 2 x Aloe aristata, packed\n\nMessage from the nursery: Hi {n}, your note on the potting-bench job reached us. We'll read applications after the succulent show; should the answer be no, a note appears here on your order. {sig}",
   "Spinewood Cactus Nursery", "spinewood.example", frm="{co} <orders@{dom}>", tz="za")

wr("parasol-docket", "Scanned docket from {co}",
   "[Scanned carbon docket No. {ref}]\n{co}, Beach Rd kiosk\nTo: {n}\nRe: beach attendant trial\nTrial 3 hrs, paid cash: yes\nJob: given to Liam (last summer's lad)\nThanks for the help on a windy day!\nSigned: {sf}",
   "Shoreline Parasol Hire", "shorelineparasol.example", tz="au")
wo("interview", "parasol-docket", "Scanned docket from {co}",
   "[Scanned carbon docket No. {ref}]\n{co}, Beach Rd kiosk\nTo: {n}\nRe: beach attendant trial\nTrial: {dl}, 9am, 3 hrs paid cash\nBring sunscreen and a hat. Unfortunately the kiosk has no toilet; use the surf club's.\nSigned: {sf}",
   "Shoreline Parasol Hire", "shorelineparasol.example", tz="au")

wr("hoop-feed", "New reply in the {co} club",
   "{co} - club feed\n\n{sig} replied to your post \"Audition footage\":\n\"{n}, thanks for sending this! We've chosen Tilly from the Thursday flow jam for the touring spot, so the troupe is full for this season. Loved your waist-to-chest transitions.\"\n\nLike | Reply",
   "Spin Cycle Hoop Troupe", "stridelog.example", frm="Stridelog Clubs <clubs@{dom}>", tz="uk")
wo("next_steps", "hoop-feed", "New reply in the {co} club",
   "{co} - club feed\n\n{sig} replied to your post \"Audition footage\":\n\"{n}, loved this! Next step for the touring spot: post a 60-second solo with two hoops here by {dl}.\"\n\nLike | Reply",
   "Spin Cycle Hoop Troupe", "stridelog.example", frm="Stridelog Clubs <clubs@{dom}>", tz="uk")

wr("cigar-napkin", "Photo: note from {sf}",
   "[Photo attached: handwritten note on a cocktail napkin]\n\nTranscribed by the sender: \"{n}, thanks for the humidor walk-through tonight. The attendant job is going to Rafael, who's tended bar here three years. Drinks on us next visit. {sf}\"",
   "The Leaf Room", "leafroom.example", tz="use")
wo("offer", "cigar-napkin", "Photo: note from {sf}",
   "[Photo attached: handwritten note on a cocktail napkin]\n\nTranscribed by the sender: \"{n}, the humidor attendant job: take it? Start {dl}, Thursday to Sunday evenings. Come by and we'll sort the paperwork. {sf}\"",
   "The Leaf Room", "leafroom.example", tz="use")

wr("whistle-workorder", "Comment on work order WO-{ref}",
   "Work order WO-{ref}: test batch, pea whistles (trial)\nStatus: Closed\n\nComment from {sig}: Thanks {n}, the trial batch tested clean at 115 dB. We've offered the moulding operator job to Sunita from our packing team, so this work order closes your trial.",
   "Acmefield Whistles", "acmefield.example", frm="{co} Works <workorders@{dom}>", tz="uk")
wo("interview", "whistle-workorder", "Comment on work order WO-{ref}",
   "Work order WO-{ref}: test batch, pea whistles (trial)\nStatus: Scheduled\n\nComment from {sig}: {n}, your trial batch is booked for {dl} at 8:00 on press 2. Unfortunately the press room has no natural light, so bring glasses if you need them for close work.",
   "Acmefield Whistles", "acmefield.example", frm="{co} Works <workorders@{dom}>", tz="uk")

wr("rattan-estimate", "Your repair estimate from {co} (with a note)",
   "[Scanned repair estimate No. {ref}: 1 dining chair, hand-caned seat, MYR 180]\n\nNote written in the margin: \"{n}, thanks for bringing the chair and the seat sample. The cane-weaving job went to Rosa, who trained with my father. Estimate valid 30 days. {sf}\"",
   "Caneworks Rattan Repairs", "caneworks.example", tz="my")
wo("application_received", "rattan-estimate", "Your repair estimate from {co} (with a note)",
   "[Scanned repair estimate No. {ref}: 2 armchairs, re-wrap arms, MYR 260]\n\nNote written in the margin: \"{n}, got your job enquiry and the seat sample, thanks. I'm trying two weavers this month; whichever way I decide, I'll ring you. {sf}\"",
   "Caneworks Rattan Repairs", "caneworks.example", tz="my")

wr("compost-todo", "{sig} completed a task in \"Hiring - route rider\"",
   "Task completed: \"Tell {n} about the route rider job\"\n\nNote: {n}, we've given the route to Bex, who's volunteered on the Tuesday collections since March. Thanks so much for the ride-along! You're still on the volunteer list.\n\nList: Hiring - route rider ({co})",
   "Loamcycle Compost Co-op", "ticklist.example", frm="Ticklist <updates@{dom}>", tz="cae")
wo("next_steps", "compost-todo", "{sig} assigned you a task in \"Hiring - route rider\"",
   "New task for you: \"Upload bike-safety certificate\"\nDue: {dl}\n\nNote: {n}, last step before the Tuesday route. Unfortunately the insurer won't let us add riders without it.\n\nList: Hiring - route rider ({co})",
   "Loamcycle Compost Co-op", "ticklist.example", frm="Ticklist <updates@{dom}>", tz="cae")

wr("diorama-scan", "{sig} left a note on scan \"harbour-scene_v3\"",
   "ScanShelf 3D viewer - note pinned to the quayside crane\n\n{sig}: @{n} thanks for the test figures, great painting. We're bringing on Ines, who built the rigging on our last harbour piece, so the model-maker hire is closed. Do keep in touch.",
   "Tinyworld Dioramas", "scanshelf.example", frm="ScanShelf <notes@{dom}>", tz="eu")
wo("interview", "diorama-scan", "{sig} left a note on scan \"harbour-scene_v3\"",
   "ScanShelf 3D viewer - note pinned to the quayside crane\n\n{sig}: @{n} workshop day on {dl} at 10:00: paint two test figures with us? Unfortunately our heating is patchy, so bring a jumper.",
   "Tinyworld Dioramas", "scanshelf.example", frm="ScanShelf <notes@{dom}>", tz="eu")

wr("tarot-mms", "Picture message from {co}",
   "[Picture message: the cafe chalkboard]\n\nHi {n}, this is {sf} from {co}. The board says STAFF WANTED with a line through it now, because the reader-and-barista job went to Juno from our Wednesday circle. Thanks for your reading; the regulars loved you.",
   "Moon & Cup Tarot Cafe", "moonandcup.example", frm="{co} <mms@{dom}>", tz="ie")
wo("application_received", "tarot-mms", "Picture message from {co}",
   "[Picture message: the cafe chalkboard]\n\nHi {n}, {sf} here. Thanks for the sample reading! We'll decide after Wednesday's circle. If the job goes to one of the regulars I'll text you anyway.",
   "Moon & Cup Tarot Cafe", "moonandcup.example", frm="{co} <mms@{dom}>", tz="ie")

wr("abacus-push", "Beadframe Lessons: message about your tutor application",
   "Push notification (Beadframe Lessons app)\n\n{co} Northgate: Hi {n}, the weekend tutor post has gone to a parent who completed our Level 3 course. This message stays in your app inbox for 30 days. ({sig})",
   "Beadframe Abacus Academy", "beadframe.example", frm="Beadframe Lessons <notify@{dom}>", tz="in")
wo("next_steps", "abacus-push", "Beadframe Lessons: message about your tutor application",
   "Push notification (Beadframe Lessons app)\n\n{co} Northgate: Hi {n}, we'd like to proceed. Please complete the child-safety declaration in the app by {dl}; unfortunately the centre can't schedule a demo class until it's done. ({sig})",
   "Beadframe Abacus Academy", "beadframe.example", frm="Beadframe Lessons <notify@{dom}>", tz="in")

wr("chime-transfer", "You've received $60.00 from {co}",
   "You've received $60.00\nFrom: {co}\nReference: TRIAL DAY THX - BENCH GONE TO RAE\n\nMessage: Hi {n}, paid for Saturday. We gave the tuning-bench job to Rae, who's been tuning our tubes since spring. Thanks heaps! {sf}\n\nThe money is in your Swiftpurse balance.",
   "Windsong Chimes", "swiftpurse.example", frm="Swiftpurse <payments@{dom}>", tz="usp")
wo("offer", "chime-transfer", "You've received $60.00 from {co}",
   "You've received $60.00\nFrom: {co}\nReference: TRIAL PAID - BENCH IS YOURS\n\nMessage: Hi {n}, paid for Saturday, and the tuning-bench job is yours. Start {dl}? {sf}\n\nThe money is in your Swiftpurse balance.",
   "Windsong Chimes", "swiftpurse.example", frm="Swiftpurse <payments@{dom}>", tz="usp")

wr("birdseed-weigh", "Weighbridge ticket {ref}: note",
   "WEIGHBRIDGE TICKET {ref}\nVehicle: trial delivery (white millet)\nDriver: {full}\nGross 7.86 t | Tare 5.46 t | Net 2.40 t\n\nNote from office ({sig}): Thanks for the trial run. The driver's job has gone to Ken from the Wednesday round. Ticket for your records.",
   "Finchfield Seed Mill", "finchfieldmill.example", frm="{co} Weighbridge <weighbridge@{dom}>", tz="za")
wo("interview", "birdseed-weigh", "Weighbridge ticket {ref}: note",
   "WEIGHBRIDGE TICKET {ref}\nVehicle: yard check (no load)\nDriver: {full}\n\nNote from office ({sig}): Your trial run is booked for {dl}, 7am, sunflower seed to the Benoni depot. Unfortunately the weighbridge queue is long on weekdays, so be early.",
   "Finchfield Seed Mill", "finchfieldmill.example", frm="{co} Weighbridge <weighbridge@{dom}>", tz="za")

# ---- one job alert and one non-job refusal in the same channels
wo("job_alert", "hoop-alert", "New gigs in clubs you follow",
   "Stridelog Clubs - weekly gigs\n\n{n}, new posts in clubs you follow:\n- Spin Cycle Hoop Troupe: festival roamers wanted (3 days)\n- Northside Run Crew: pacers for the Sunday 10k\n\nOpen the app to see details.",
   "Stridelog", "stridelog.example", frm="Stridelog Clubs <clubs@{dom}>", tz="uk")
wo("non_job_rejection_words", "cactus-show", "Your entry: Highveld Succulent Show",
   "Dear {n},\n\nThank you for your entry in the Highveld Succulent Show. Unfortunately it reached us after the closing date and can't be judged this year.\n\nDo still visit the show and bring your plant to the advice table.\n\n{sig}\nShow Secretary",
   "Highveld Succulent Society", "highveldsucculents.example", tz="za")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins

wr("ar-knafeh", "بخصوص التجربة في حلويات الميناء",
   "مرحباً {n}،\n\nشكراً لأنك جئت يوم الثلاثاء وجرّبت معنا تحضير الكنافة على الصاج. بعد التجربة اخترنا معلّماً يعمل في المهنة منذ عشر سنوات في محلّ آخر في طرابلس، وسيبدأ معنا أول الشهر.\n\nنتمنى لك التوفيق، وبابنا مفتوح لك دائماً.\n\n{sig}\nحلويات الميناء، طرابلس",
   "حلويات الميناء", "halawiyat-almina.example", tz="lb", lang="ar")
wo("next_steps", "ar-knafeh", "الخطوة التالية: أوراق التجربة المدفوعة",
   "مرحباً {n}،\n\nطلبك انتقل إلى المرحلة التالية لوظيفة مساعد معلّم الكنافة. نرجو أن ترسل صورة عن الشهادة الصحية وبطاقة الهوية قبل {dl}، فلا نستطيع أن نبدأ التجربة المدفوعة من دونها.\n\nللأسف المحلّ مزدحم صباحاً، فالأفضل أن تتصل بعد الساعة الثالثة.\n\n{sig}\nحلويات الميناء",
   "حلويات الميناء", "halawiyat-almina.example", tz="lb", lang="ar")

wr("de-lebkuchen", "Ihre Bewerbung für die Saison in der Lebküchnerei",
   "Hallo {n},\n\nvielen Dank für Ihren Probetag in unserer Backstube. Die Saisonstelle haben wir inzwischen an eine Bäckerin vergeben, die schon drei Winter bei uns am Oblatenband gearbeitet hat.\n\nAlles Gute bei der Suche und herzliche Grüße aus der Altstadt,\n{sig}\nLebküchnerei Kastner, Nürnberg",
   "Lebküchnerei Kastner", "lebkuechnerei-kastner.example", tz="eu", lang="de")
wo("application_received", "de-lebkuchen", "Eingangsbestätigung: Saisonkraft Backstube",
   "Hallo {n},\n\nIhre Bewerbung für die kommende Saison ist bei uns angekommen. Bis Ende des Monats laden wir einige Bewerberinnen und Bewerber zum Probetag ein.\n\nFällt unsere Wahl auf eine andere Person, schreiben wir Ihnen trotzdem kurz.\n\nViele Grüße\n{sig}\nLebküchnerei Kastner",
   "Lebküchnerei Kastner", "lebkuechnerei-kastner.example", tz="eu", lang="de")

wr("es-abanicos", "Sobre la prueba de pintura en el taller",
   "Hola, {n}:\n\nGracias por venir al taller y pintar la prueba sobre el país de seda. Nos quedamos con una pintora que ya trabajaba para nosotros por encargo desde hace dos temporadas, así que el puesto está cubierto.\n\nSuerte con todo, y gracias otra vez.\n{sig}\nAbanicos Giralda, Sevilla",
   "Abanicos Giralda", "abanicosgiralda.example", tz="eu", lang="es")
wo("interview", "es-abanicos", "Prueba de pintura en el taller",
   "Hola, {n}:\n\nNos ha gustado mucho tu portafolio. ¿Puedes venir al taller el {dl} a las 10:00 para una prueba de pintura sobre tela? Son unas dos horas.\n\nPor desgracia la calle está en obras y no se puede aparcar cerca; mejor ven en metro.\n\nUn saludo,\n{sig}\nAbanicos Giralda",
   "Abanicos Giralda", "abanicosgiralda.example", tz="eu", lang="es")

wr("fr-moutarde", "Votre candidature à la moutarderie",
   "Bonjour {n},\n\nMerci d'être venu(e) à la moutarderie pour l'entretien et la visite de l'atelier de broyage. Le poste d'opérateur de meule revient à un intérimaire présent chez nous depuis le printemps.\n\nBonne continuation à vous.\n\nCordialement,\n{sig}\nMoutarderie Vernot, Dijon",
   "Moutarderie Vernot", "moutarderie-vernot.example", tz="eu", lang="fr")
wo("application_received", "fr-moutarde", "Candidature reçue : opérateur de conditionnement",
   "Bonjour {n},\n\nVotre candidature au poste d'opérateur de conditionnement nous est parvenue. Les entretiens auront lieu à la moutarderie dans trois semaines.\n\nRetenue ou non, votre candidature aura une réponse de notre part par courriel.\n\nCordialement,\n{sig}\nMoutarderie Vernot",
   "Moutarderie Vernot", "moutarderie-vernot.example", tz="eu", lang="fr")

wr("hi-saree", "मास्टर बुनकर की जगह के बारे में",
   "नमस्ते {n} जी,\n\nआप करघे पर ट्रायल देने आए, बहुत अच्छा लगा। मास्टर बुनकर की जगह पर हमने लल्लापुरा के एक कारीगर को रख लिया है, जो बीस साल से ज़री का काम कर रहे हैं।\n\nआगे आपका काम बने, यही कामना है।\n\n{sig}\nकाशी रेशम बुनकारी, वाराणसी",
   "काशी रेशम बुनकारी", "kashiresham.example", tz="in", lang="hi")
wo("offer", "hi-saree", "डिज़ाइन सहायक की नौकरी",
   "नमस्ते {n} जी,\n\nखुशी की बात है, हम आपको डिज़ाइन सहायक की नौकरी दे रहे हैं। वेतन वही रहेगा जिस पर बात हुई थी। कृपया {dl} तक बताइए कि काम कब से शुरू करेंगे।\n\nअफ़सोस, हमारी गली में गाड़ी नहीं आती, इसलिए मैदागिन से पैदल आना होगा।\n\n{sig}\nकाशी रेशम बुनकारी",
   "काशी रेशम बुनकारी", "kashiresham.example", tz="in", lang="hi")

wr("it-limoncello", "Esito del colloquio in laboratorio",
   "Gentile {n},\n\nla ringraziamo per essere passato/a in laboratorio per il colloquio. Per il posto di addetto all'imbottigliamento abbiamo scelto una persona che ha già lavorato con noi nelle ultime due estati.\n\nLe auguriamo buona fortuna.\n\nCordiali saluti,\n{sig}\nLimoncelleria Costa d'Oro, Sorrento",
   "Limoncelleria Costa d'Oro", "costadoro-limoncello.example", tz="eu", lang="it")
wo("application_received", "it-limoncello", "Candidatura ricevuta: stagione estiva",
   "Gentile {n},\n\nla sua candidatura per la stagione estiva è arrivata in laboratorio. Entro due settimane ci facciamo vivi.\n\nAnche se scegliessimo qualcun altro, le scriveremo comunque.\n\nCordiali saluti,\n{sig}\nLimoncelleria Costa d'Oro",
   "Limoncelleria Costa d'Oro", "costadoro-limoncello.example", tz="eu", lang="it")

wr("ja-takoyaki", "店長候補の件",
   "{n}様\n\n先日はお店まで来ていただき、焼きの実技もありがとうございました。今回の店長候補は、うちで三年アルバイトを続けてくれている者に決まりました。\n\nまたどこかでお会いできればうれしいです。\n\n{sig}\nたこ焼き まるいち 道頓堀店",
   "たこ焼き まるいち", "takoyaki-maruichi.example", tz="jp", lang="ja")
wo("interview", "ja-takoyaki", "面接と実技のご案内",
   "{n}様\n\nご応募ありがとうございます。{dl}の午後3時に、お店で面接と焼きの実技をお願いできますか。三十分ほどです。\n\nあいにく店の前は人通りが多いので、裏口から入ってください。\n\n{sig}\nたこ焼き まるいち",
   "たこ焼き まるいち", "takoyaki-maruichi.example", tz="jp", lang="ja")

wr("ko-makgeolli", "양조 보조 채용 결과 안내",
   "{n} 님, 안녕하세요.\n\n지난주 양조장 견학과 면접에 와 주셔서 감사합니다. 이번 양조 보조 자리는 작년부터 저희 체험 프로그램을 맡아 온 직원이 맡게 되었습니다.\n\n앞으로 좋은 일 있으시길 바랍니다.\n\n{sig} 드림\n한옥마을 막걸리 양조장",
   "한옥마을 막걸리 양조장", "hanok-makgeolli.example", tz="kr", lang="ko")
wo("application_received", "ko-makgeolli", "지원서 접수 확인",
   "{n} 님, 안녕하세요.\n\n지원서 잘 받았습니다. 서류를 검토한 뒤 다음 주 안에 연락드리겠습니다.\n\n혹시 다른 분으로 결정되더라도 꼭 문자로 알려 드리겠습니다.\n\n{sig} 드림\n한옥마을 막걸리 양조장",
   "한옥마을 막걸리 양조장", "hanok-makgeolli.example", tz="kr", lang="ko")

wr("pt-acaraje", "Sobre a vaga de ajudante",
   "Oi {n}, tudo bem?\n\nObrigado por ter vindo ao tabuleiro no sábado e ajudado na fritura. A vaga de ajudante ficou com uma sobrinha nossa, que já trabalha com a gente nas festas de largo há dois anos.\n\nQue Deus te abençoe na procura.\n\n{sig}\nAcarajé Rio Vermelho, Salvador",
   "Acarajé Rio Vermelho", "acarajeriovermelho.example", tz="br", lang="pt")
wo("offer", "pt-acaraje", "Vaga no tabuleiro",
   "Oi {n}!\n\nQuero te chamar para trabalhar no tabuleiro de sexta a domingo, como a gente conversou. Pode começar no dia {dl}?\n\nInfelizmente o ponto de ônibus mudou de lugar, então desce no Largo de Santana.\n\n{sig}\nAcarajé Rio Vermelho",
   "Acarajé Rio Vermelho", "acarajeriovermelho.example", tz="br", lang="pt")

wr("ru-platki", "По поводу пробного дня в цехе",
   "Здравствуйте, {n}!\n\nСпасибо, что приехали на пробный день в наш цех. На место колориста мы взяли сотрудницу, которая уже пять лет работает у нас на печати и хорошо знает наши узоры.\n\nЖелаем вам удачи.\n\nС уважением,\n{sig}\nПосадская платочная мастерская",
   "Посадская платочная мастерская", "posad-platki.example", tz="ru", lang="ru")
wo("interview", "ru-platki", "Приглашение на собеседование",
   "Здравствуйте, {n}!\n\nБудем рады видеть вас {dl} в 11:00: поговорим о месте технолога печати. Адрес цеха во вложении.\n\nК сожалению, от станции до нас далеко, поэтому лучше заказать такси.\n\nС уважением,\n{sig}\nПосадская платочная мастерская",
   "Посадская платочная мастерская", "posad-platki.example", tz="ru", lang="ru")

wr("sw-uchongaji", "Kuhusu nafasi ya fundi msaidizi",
   "Habari {n},\n\nAsante kwa kuja karakana yetu na kufanya jaribio la kuchonga mlango mdogo. Nafasi ya fundi msaidizi tumempa kijana ambaye amekuwa akijifunza hapa kwetu kwa miaka miwili.\n\nTunakutakia kila la heri.\n\n{sig}\nKarakana ya Uchongaji Shela, Lamu",
   "Karakana ya Uchongaji Shela", "shela-uchongaji.example", tz="ke", lang="sw")
wo("application_received", "sw-uchongaji", "Tumepokea maombi yako",
   "Habari {n},\n\nTumepokea maombi yako ya kazi ya fundi msaidizi. Tutawaita watu wachache kwa jaribio mwezi ujao.\n\nHata kama hutachaguliwa, tutakujulisha kwa ujumbe mfupi.\n\n{sig}\nKarakana ya Uchongaji Shela",
   "Karakana ya Uchongaji Shela", "shela-uchongaji.example", tz="ke", lang="sw")

wr("th-somo", "เรื่องตำแหน่งหัวหน้าคนงานสวน",
   "เรียน คุณ{n}\n\nขอบคุณที่มาช่วยงานที่สวนส้มโอเมื่อวันเสาร์ ตำแหน่งหัวหน้าคนงานสวน เราให้พี่ที่ดูแลแปลงฝั่งตะวันออกมาหลายปีรับไปแล้วนะคะ\n\nขอให้โชคดีค่ะ\n\n{sig}\nสวนส้มโอบ้านท่าจีน นครปฐม",
   "สวนส้มโอบ้านท่าจีน", "baantachin-pomelo.example", tz="th", lang="th")
wo("next_steps", "th-somo", "เอกสารก่อนเริ่มงานช่วงเก็บผล",
   "เรียน คุณ{n}\n\nเราอยากให้คุณมาทำงานช่วงเก็บผลที่สวน ก่อนเริ่มงานรบกวนส่งสำเนาบัตรประชาชนและเลขบัญชีธนาคารภายในวันที่ {dl} นะคะ\n\nเสียดายที่ถนนเข้าสวนยังเป็นลูกรัง ขับรถช้า ๆ ด้วยค่ะ\n\n{sig}\nสวนส้มโอบ้านท่าจีน",
   "สวนส้มโอบ้านท่าจีน", "baantachin-pomelo.example", tz="th", lang="th")

wr("tr-lokum", "Deneme günü hakkında",
   "Merhaba {n},\n\nİmalathanemize gelip deneme gününe katıldığınız için teşekkür ederiz. Kazan ustası yardımcılığı için, üç yıldır bizde paketlemede çalışan bir arkadaşımızla devam etmeye karar verdik.\n\nSize başarılar dileriz.\n\nSaygılarımızla,\n{sig}\nSafranbolu Çarşı Lokumcusu",
   "Safranbolu Çarşı Lokumcusu", "carsilokumcusu.example", tz="tr", lang="tr")
wo("offer", "tr-lokum", "Satış sorumlusu teklifi",
   "Merhaba {n},\n\nSizi satış sorumlusu olarak ekibimize almak istiyoruz. Sözleşme ekte; lütfen {dl} tarihine kadar dönüş yapın.\n\nMaalesef dükkânın önüne araç girmiyor, çarşı otoparkını kullanmanız gerekecek.\n\nSaygılarımızla,\n{sig}\nSafranbolu Çarşı Lokumcusu",
   "Safranbolu Çarşı Lokumcusu", "carsilokumcusu.example", tz="tr", lang="tr")

wr("ur-powerloom", "لوم ماسٹر کی جگہ کے بارے میں",
   "محترم {n}،\n\nشکریہ کہ آپ انٹرویو کے لیے ہماری فیکٹری تشریف لائے۔ لوم ماسٹر کی جگہ ہم نے اپنے ہی ایک پرانے کاریگر کو ترقی دے کر دے دی ہے۔\n\nآپ کے لیے نیک خواہشات۔\n\n{sig}\nچناب پاور لومز، فیصل آباد",
   "چناب پاور لومز", "chenabpowerlooms.example", tz="pk", lang="ur")
wo("application_received", "ur-powerloom", "درخواست موصول ہو گئی",
   "محترم {n}،\n\nآپ کی درخواست ہمیں مل گئی ہے۔ اگلے ہفتے منتخب امیدواروں کو ٹیسٹ کے لیے بلایا جائے گا۔\n\nاگر آپ کا انتخاب نہ ہو سکا تو بھی ہم آپ کو ایس ایم ایس کے ذریعے آگاہ کریں گے۔\n\n{sig}\nچناب پاور لومز",
   "چناب پاور لومز", "chenabpowerlooms.example", tz="pk", lang="ur")

wr("zh-zisha", "关于学徒岗位",
   "{n}您好：\n\n感谢您上周来工作室试做泥片。经过考虑，这次学徒的位置给了一位已经在我们这里帮忙打泥条两年的小伙子。\n\n祝您一切顺利。\n\n{sig}\n宜兴丁蜀紫砂工作室",
   "宜兴丁蜀紫砂工作室", "dingshu-zisha.example", tz="cn", lang="zh")
wo("application_received", "zh-zisha", "申请已收到",
   "{n}您好：\n\n您的申请我们已经收到。下周我们会请几位候选人来工作室试做。\n\n如果最后选了别人，我们也会给您发短信说明。\n\n{sig}\n宜兴丁蜀紫砂工作室",
   "宜兴丁蜀紫砂工作室", "dingshu-zisha.example", tz="cn", lang="zh")

# new to the slices
wr("dcc-bidri", "کاریگر کی جگہ کے بارے میں",
   "سلام {n}،\n\nآپ ہمارے کارخانے کو آئے اور چاندی کی جڑائی کا ٹیسٹ دیے، بہوت شکریہ۔ کاریگر کی جگہ ہم ہمارے ہی پرانے شاگرد کو دے دیے، وو پانچ سال سے ادھرچ کام کرریا۔\n\nآپ کو آگے اچھا کام ملنا، یہی دعا ہے۔\n\n{sig}\nبیدر بدری کارخانہ",
   "بیدر بدری کارخانہ", "bidar-bidri.example", tz="in", lang="dcc")
wo("application_received", "dcc-bidri", "آپ کی درخواست مل گئی",
   "سلام {n}،\n\nآپ کی درخواست ہم کو مل گئی۔ اگلے ہفتے چار پانچ لوگاں کو ٹیسٹ کو بلا رئیں۔\n\nاگر دوسرے کسی کو رکھ لیے تو بھی آپ کو فون کر کو بتا دیتیں، فکر نکو کرو۔\n\n{sig}\nبیدر بدری کارخانہ",
   "بیدر بدری کارخانہ", "bidar-bidri.example", tz="in", lang="dcc")

wr("mtr-chitra", "चितेरा री जगा बाबत",
   "खम्मा घणी {n} जी,\n\nआप म्हारी चित्रशाला में पधारिया अर परख रो चित्र बणायो, घणो आभार। चितेरा री जगा म्हां म्हारा ही एक जूना चेला ने दे दी, वो पांच बरस सूं अठे काम सीख रियो है।\n\nआगे वास्ते घणी शुभकामना।\n\n{sig}\nझील किनारे चित्रशाला, उदयपुर",
   "झील किनारे चित्रशाला", "jheel-chitrashala.example", tz="in", lang="mtr")
wo("application_received", "mtr-chitra", "आपरी अरजी मिलगी",
   "खम्मा घणी {n} जी,\n\nआपरी अरजी म्हांने मिलगी। आवता हफ्ता में दो-तीन जणा ने परख वास्ते बुलावांगा।\n\nजे कोई दूजा ने राखां तो भी थांने फोन पे बता देवांगा।\n\n{sig}\nझील किनारे चित्रशाला",
   "झील किनारे चित्रशाला", "jheel-chitrashala.example", tz="in", lang="mtr")

wr("sou-thom", "เรื่องช่างผู้ช่วยที่ร้าน",
   "ถึงนุ้ย{n}\n\nขอบใจมากที่มาลองลงยาถมที่ร้านเมื่อวันพฤหัสฯ เรื่องช่างผู้ช่วยหนิ ฉานให้บ่าวที่ฝึกกับร้านมาสองปีรับไปแล้ว เขารู้งานร้านดีแล้วหนิ\n\nขอให้โชคดีนะนุ้ย\n\n{sig}\nร้านเครื่องถมเมืองคอน",
   "ร้านเครื่องถมเมืองคอน", "muangkhon-niello.example", tz="th", lang="sou")
wo("interview", "sou-thom", "มาลองงานถมที่ร้าน",
   "ถึงนุ้ย{n}\n\nฉานอยากให้มาลองงานถมที่ร้านวันที่ {dl} แปดโมงเช้า ใช้เวลาสักครึ่งวัน\n\nเสียดายหน้าร้านจอดรถม่ายได้ ให้จอดที่วัดข้าง ๆ หนิ\n\n{sig}\nร้านเครื่องถมเมืองคอน",
   "ร้านเครื่องถมเมืองคอน", "muangkhon-niello.example", tz="th", lang="sou")

wr("hsn-lianzi", "品控岗位的事",
   "{n}你好：\n\n上个礼拜你来厂里试哒一天剥莲子的机器，辛苦你哒。品控的位子我们已经定哒，给哒在厂里搞哒三年质检的一个妹子，她对我们的湘莲蛮熟悉咯。\n\n祝你顺顺利利，以后有机会再联系咯。\n\n{sig}\n湘潭花石湘莲加工厂",
   "湘潭花石湘莲加工厂", "huashi-lianzi.example", tz="cn", lang="hsn")
wo("application_received", "hsn-lianzi", "简历收到哒",
   "{n}你好：\n\n你的简历我们收到哒。下个礼拜会喊几个人来厂里试一天。\n\n要是冇选上你，我们也会发个短信告诉你，莫担心咯。\n\n{sig}\n湘潭花石湘莲加工厂",
   "湘潭花石湘莲加工厂", "huashi-lianzi.example", tz="cn", lang="hsn")

wr("aec-alabaster", "بخصوص الشغلانة في الورشة",
   "أهلاً يا {n}،\n\nمتشكرين جوي إنك جيت الورشة يوم الخميس وجربت معانا في خرط الحجر. الشغلانة دي إدّيناها لواد من البر الغربي بيشتغل معانا بقاله سنتين وعارف الشغل زين.\n\nربنا يوفجك ويكرمك.\n\n{sig}\nورشة ألباستر البر الغربي، الأقصر",
   "ورشة ألباستر البر الغربي", "barrgharbi-alabaster.example", tz="eg", lang="aec")
wo("application_received", "aec-alabaster", "ورقك وصلنا",
   "أهلاً يا {n}،\n\nورقك وصلنا. الأسبوع الجاي هنجيب كام واحد يجربوا في الورشة.\n\nولو اخترنا حد تاني، هنكلمك برضه ونجولك، ما تشيلش هم.\n\n{sig}\nورشة ألباستر البر الغربي",
   "ورشة ألباستر البر الغربي", "barrgharbi-alabaster.example", tz="eg", lang="aec")

wr("acq-salit", "بخصوص الشغلة في المعصرة",
   "أهلين {n}،\n\nتسلم إنك جيت المعصرة وجربت معانا على الجمل والمعصار. الشغلة ذلحين أعطيناها لواحد من الحارة يشتغل معانا من زمان ويعرف السليط زين.\n\nالله يوفقك ويفتح لك أبواب الخير.\n\n{sig}\nمعصرة السليط البلدي، تعز",
   "معصرة السليط البلدي", "salit-taiz.example", tz="ye", lang="acq")

wr("phr-mithai", "کاریگر آلی جگہ",
   "السلام علیکم {n} جی،\n\nتساں ساڈی دکان تے آئے تے حلوائی دے نال کم کر کے ڈٹھا، بہوں شکریہ۔ کاریگر آلی جگہ اساں اپنے ای پرانے منڈے کی دے چھوڑی اے، جیہڑا پنج سال توں ساڈے نال اے۔\n\nاللہ تساں کی اگے چنگا رزق دیوے۔\n\n{sig}\nراجہ بازار مٹھائی گھر، راولپنڈی",
   "راجہ بازار مٹھائی گھر", "rajabazar-mithai.example", tz="pk", lang="phr")
wo("next_steps", "phr-mithai", "اگلا قدم: کاغذ گھلو",
   "السلام علیکم {n} جی،\n\nتساں آلی گل اگے ودھی گئی اے۔ {dl} تک اپنا شناختی کارڈ تے میڈیکل سرٹیفکیٹ دی کاپی گھل دیو، فیر ٹرائل آلا دن رکھساں۔\n\nافسوس اے کہ دکان دے سامنے گڈی نیں کھلوندی، رکشے تے آ جائیو۔\n\n{sig}\nراجہ بازار مٹھائی گھر",
   "راجہ بازار مٹھائی گھر", "rajabazar-mithai.example", tz="pk", lang="phr")

wr("rkt-shataranji", "তাঁতির কামের খবর",
   "{n}, কেমন আছেন বাহে?\n\nতোমরা হামার কারখানাত আসি শতরঞ্জির তাঁতত হাত দিয়া দেখাইলেন, অনেক ধন্যবাদ বাহে। তাঁতির কামখান হামরা হামার পুরান এক শাগরেদক দিছি, উয়ায় তিন বছর ধরি এটে কাম করোছে।\n\nআল্লাহ তোমার ভালো করুক।\n\n{sig}\nনিসবেতগঞ্জ শতরঞ্জি কারখানা, রংপুর",
   "নিসবেতগঞ্জ শতরঞ্জি কারখানা", "nisbetganj-shataranji.example", tz="bd", lang="rkt")
wo("application_received", "rkt-shataranji", "কাগজপাতি হাতত আসছে",
   "{n}, কেমন আছেন বাহে?\n\nতোমার কাগজপাতি হামার হাতত আসছে। সামনের সপ্তাহত কয়জনক তাঁতত পরখ দিবার ডাকমো।\n\nঅন্য কাকো নিলেও তোমাক ফোন করি জানামো, চিন্তা করেন না।\n\n{sig}\nনিসবেতগঞ্জ শতরঞ্জি কারখানা",
   "নিসবেতগঞ্জ শতরঞ্জি কারখানা", "nisbetganj-shataranji.example", tz="bd", lang="rkt")

wr("fng-shaft", "Lo msebenzi ka banksman",
   "Sawubona {n},\n\nLo boss ka lo shaft khuluma: lo msebenzi ka banksman yena tata lo mfana ka thina, yena sebenza lapa na thina lo minyaka mbili. Wena hayikona tola lo msebenzi manje.\n\nSiyabonga wena fika lapa Lwesibili. Hamba kahle.\n\n{sig}\nDeepreef Shaft Sinkers, Carletonville",
   "Deepreef Shaft Sinkers", "deepreef.example", tz="za", lang="fng")

wr("spv-bandha", "ମାଷ୍ଟର ବୁନୁକାରର କାମ",
   "ଜୁହାର {n},\n\nତୁମେ ହାମର ତାନ୍ତ ଘରେ ଆସିକରି ବାନ୍ଧ କାମର ପରଖ ଦେଲ, ବହୁତ ଧନ୍ୟବାଦ। ମାଷ୍ଟର ବୁନୁକାରର କାମଟା ହାମେ ହାମର ପୁରୁନା ଶିଷ୍ୟକେ ଦେଲୁଁ, ସେ ପାଞ୍ଚ ବଛର ହେଲା ଏଠି କାମ୍ କରୁଛେ।\n\nତୁମର ଭଲ୍ ହେଉ।\n\n{sig}\nସମ୍ବଲପୁରୀ ବାନ୍ଧ ତାନ୍ତ ଘର, ସମ୍ବଲପୁର",
   "ସମ୍ବଲପୁରୀ ବାନ୍ଧ ତାନ୍ତ ଘର", "sambalpuri-bandha.example", tz="in", lang="spv")
wo("next_steps", "spv-bandha", "ପରଖ ଦିନ ପାଇଁ କାଗଜ",
   "ଜୁହାର {n},\n\nତୁମର ଦରଖାସ୍ତ ଆଗକୁ ଗଲା। {dl} ଭିତରେ ତୁମର ଆଧାର କାର୍ଡ ଆରୁ ଗୋଟେ ପୁରୁନା କାମର ଫଟୋ ପଠାଅ, ତାର ପରେ ପରଖ ଦିନ ଠିକ୍ କରବୁଁ।\n\nଦୁଃଖର କଥା, ହାମର ଗଲିରେ ଗାଡ଼ି ନାଇଁ ଯାଏ, ଅଟୋରେ ଆସ।\n\n{sig}\nସମ୍ବଲପୁରୀ ବାନ୍ଧ ତାନ୍ତ ଘର",
   "ସମ୍ବଲପୁରୀ ବାନ୍ଧ ତାନ୍ତ ଘର", "sambalpuri-bandha.example", tz="in", lang="spv")

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
    start = dt.date(2025, 1, 8)
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 26) - start).days))
    if day.weekday() >= 5 and rng.random() < 0.75:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
    if (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # and not on Christmas or New Year's Day
        day += dt.timedelta(days=2)
    return local(day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), zone)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(lang: str, zone: str) -> list[str]:
    if lang != "en":
        return LANG_SIGNERS[lang]
    return REGION_SIGNERS[REGION.get(zone, zone)]


DAY_STYLE = {
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "hsn": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "sou": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}",
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
    """Outlook's Sent: line and a Thunderbird-style "On ..., X wrote:" date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%A, %B} {q.day}, {q.year} {clock}", f"{q.month}/{q.day}/{q:%y} {clock}"
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q:%d/%m/%Y %H:%M}"


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
        rec["id"] = f"blind37:{short}-{counters[short]:03d}"
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
