# ruff: noqa: E501, S311
"""Write the fifty-second sealed blind slice for issue 11 (blind-slice-52.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 52 and later never read; our side printed)
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

SEED = 520521
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-52.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 52
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Morwen Lanyon", "Cillian Dineen", "Aashritha Reddy", "Lysander Pennock", "Boitumelo Sefolo",
    "Hemi Tawhiri", "Clementine Ashworth", "Ruaridh Drummond", "Chidinma Okafor", "Tamsin Penhaligon",
    "Kofi Boateng", "Lindiwe Mahlaba", "Revathi Iyer", "Diarmuid Brannigan", "Adaeze Nwankwo",
    "Imogen Fairclough", "Huia Tamatea", "Eoghan Mac Giolla", "Varun Bhatnagar", "Sorcha Nagle",
    "Refilwe Dlamini", "Elowen Trevorrow", "Siddharth Kapoor", "Ilinca Munteanu", "Jasper Vandermeer",
    "Ekua Quaye", "Mpho Radebe", "Padmaja Raghunathan", "Caoimhe Brady", "Yaw Darko",
    "Tobias Merriweather", "Parisa Tehrani", "Winifred Ollerenshaw", "Desmond Almeida", "Gráinne Moylan",
    "Babajide Ogunleye", "Araminta Cheshire", "Viliami Tupou", "Fiachra Doocey", "Nandi Cele",
    "Navpreet Bajwa", "Murdo Macaulay", "Emeka Ugwu", "Ingrid Solheim", "Kasimir Nowicki",
    "Tui Wiremu", "Cerys Bevan", "Folasade Adeyemi", "Peregrine Hale", "Mehak Sandhu",
]
REGION_SIGNERS = {
    "uk": ["Rosamund Tolley", "Alasdair Gunn", "Nusrat Begum", "Emrys Vaughan", "Lorraine Catterall", "Crawford Boyd",
           "Gurpreet Sahota", "Winsome Gosling", "Torquil MacRae", "Philomena Ridley", "Oluwaseun Bello", "Kirsteen Kerr"],
    "ie": ["Niall Egan", "Ailís Cullinane", "Ronan Kiely", "Bláithín Lally", "Colm Tierney"],
    "us": ["Yesenia Ocampo", "Dwight Haverford", "Lakeisha Granger", "Bjorn Halvorsen", "Colby Whitcomb", "Rochelle Abernathy"],
    "ca": ["Geneviève Thibodeau", "Amrit Dhaliwal", "Taras Kowalchuk", "Rachelle Doiron", "Clayton Bearshield"],
    "au": ["Jarrah Whitford", "Eleni Kostas", "Tahlia McAuliffe", "Quynh Pham", "Kiara Ellery"],
    "nz": ["Ngaire Pōtae", "Hayden Ruscoe", "Losana Vake", "Brendon Macy", "Whetu Kereama"],
    "za": ["Thulani Ndlovu", "Annelie Steyn", "Dineo Motaung", "Gerrit van Wyk", "Zaida Adams"],
    "in": ["Sowmya Krishnan", "Pradeep Kumar Yadav", "Anjali Deshpande", "Harish Bhat", "Rukhsar Qureshi"],
    "md": ["Natalia Rusu", "Victor Ceban"], "me": ["Milica Vuković", "Dragan Raičević"],
    "dz": ["Amina Benali", "Karim Haddad"], "cm": ["Brigitte Mbock", "Emmanuel Tchatchoua"],
    "ve": ["Yusmely Parra", "Rafael Urdaneta Gil"], "pa": ["Itzel Batista", "Omar Castrellón"],
    "cw": ["Shurendy Martina", "Gisella Ras"], "ad": ["Núria Font", "Jordi Cerqueda"],
    "mp": ["Rosalia Camacho", "Jesse Taitano"], "pk": ["Samina Baloch", "Asad Kakar"],
    "fr": ["Gervase Holloway", "Maud Lefèvre"], "es": ["Pilar Montesinos", "Nigel Foxley"],
    "it": ["Renata Sormani", "Piero Valsecchi"], "kw": ["Faisal Mutairi", "Rashid Ajmi"],
    "id": ["Wayan Sudarma", "Dewi Lestari"], "kr": ["Kim Ji-hoon", "Bae Soo-min"],
    "cn": ["Xu Lihua", "Zhang Wei"], "ec": ["Verónica Andrade", "Patricio Salazar"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "sk": "ca", "cac": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "sa": "au", "wa": "au", "nt": "au",
}
LANG_SIGNERS = {
    "ar": ["سعاد القيرواني", "الهادي بن عمر"], "de": ["Waltraud Kiefer", "Eberhard Schlageter"],
    "es": ["Remedios Ballesteros", "Eusebio Carrasco"], "fr": ["Solange Peyrat", "Thierry Dumazeau"],
    "hi": ["सुषमा त्यागी", "राकेश सैनी"], "it": ["Graziella Zennaro", "Ottavio Scarpa"],
    "ja": ["宮腰 典子", "堀田 誠一"], "ko": ["천은숙", "모상훈"], "pt": ["Custódia Antunes", "Albano Teixeira"],
    "ru": ["Евдокия Сысоева", "Родион Белоусов"], "sw": ["Mwanaisha Juma", "Bw. Salum Athumani"],
    "th": ["บุษบา วงศ์คำ", "สมศักดิ์ ปัญญาดี"], "tr": ["Hatice Yıldırım", "Mahmut Aksoy"],
    "ur": ["شگفتہ چوہدری", "ذوالفقار بھٹی"], "zh": ["曾淑芬", "罗志强"],
    "bhb": ["कमली डामोर", "रमेश भाबर"], "gon": ["సోమారి మడావి", "లచ్చు కుమ్ర"],
    "khw": ["نصرت بیگم", "شیر ولی"], "scl": ["بی بی زیتون", "عبدالکریم"],
    "trp": ["Sukhamala Debbarma", "Binoy Jamatia"], "qvi": ["Tránsito Cachiguango", "Segundo Maldonado"],
    "tar": ["Cornelia Ramos", "Erasmo Palma"], "hch": ["Juanita de la Cruz", "Agustín Carrillo"],
    "mrw": ["Sittie Norhaya Macabando", "Abdulmalik Pangandaman"], "yrl": ["Raimunda Baniwa", "Elias Baré"],
}
LANG_RECIPIENTS = {
    "ar": ["رحمة الصفاقسي", "يوسف الزغلامي"], "de": ["Mareike Dold", "Florian Kaltenbach"],
    "es": ["Inmaculada Gallego", "Ismael Cortés"], "fr": ["Clémence Auclair", "Romain Vergnaud"],
    "hi": ["पूजा कश्यप", "अंकित धीमान"], "it": ["Chiara Vianello", "Matteo Bon"],
    "ja": ["西村 彩花", "大橋 拓真"], "ko": ["봉수진", "길태호"], "pt": ["Leonor Bragança", "Tiago Fontes"],
    "ru": ["Ульяна Терехова", "Глеб Самойлов"], "sw": ["Rehema Bakari", "Juma Mfaume"],
    "th": ["อรอุมา ศรีสุข", "ธนากร บุญมา"], "tr": ["Zeynep Aydoğan", "Emre Kocabaş"],
    "ur": ["سائرہ ملک", "حسن رضا"], "zh": ["何佳怡", "林子轩"],
    "bhb": ["सीता मेड़ा", "कालू निनामा"], "gon": ["జంగుబాయి ఆత్రం", "భీము సిడాం"],
    "khw": ["گل ناز", "رحمت ولی"], "scl": ["نسیم اختر", "شمس الدین"],
    "trp": ["Rupali Reang", "Kwplai Debbarma"], "qvi": ["Mercedes Lema", "Luis Anrango"],
    "tar": ["Lupe Batista", "Julián Moreno"], "hch": ["Eufemia Muñoz", "Nicolás Díaz"],
    "mrw": ["Amerah Dimaporo", "Alimoden Lucman"], "yrl": ["Francisca Tariano", "Jonas Kuripako"],
}
GIVEN = {
    "Eoghan Mac Giolla": "Eoghan", "Rafael Urdaneta Gil": "Rafael", "Brigitte Mbock": "Brigitte",
    "Pradeep Kumar Yadav": "Pradeep", "Mwanaisha Juma": "Mwanaisha", "Bw. Salum Athumani": "Salum",
    "Sittie Norhaya Macabando": "Norhaya", "Juanita de la Cruz": "Juanita", "Gerrit van Wyk": "Gerrit",
}
PROVIDERS = ["kestrelmail", "plovernet", "siskinpost", "whimbrel-mail", "stintbox", "shrikemail"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "me": ("+0100", "+0200", "eu"), "ad": ("+0100", "+0200", "eu"),
    "md": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "cw": ("-0400", None, ""), "ve": ("-0400", None, ""), "pa": ("-0500", None, ""), "ec": ("-0500", None, ""),
    "mx": ("-0600", None, ""), "mxp": ("-0700", None, ""), "br": ("-0400", None, ""),
    "dz": ("+0100", None, ""), "cm": ("+0100", None, ""), "tn": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "kw": ("+0300", None, ""), "id": ("+0700", None, ""), "sk": ("-0600", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"), "auq": ("+1000", None, ""),
    "mp": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cac", "cam", "cap", "sk", "mp")
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
    TEMPLATES.append(T(part, label, kind, f"blind52-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
mr("wd-req", "Req {ref} {role}: requisition withdrawn",
   "Hello {n},\n\nReq {ref} – {role}, {co}\n\nThis requisition has been withdrawn. Our {x} site is merging its two hot-end lines in the spring, the work you applied for now sits inside an existing crew, and the post will not be recruited for. Your candidate profile stays active for other postings.\n\nTalent Acquisition | {co}",
   ("Glasswold Carafes", "Stopperhall Decanters"), ("glasswold.example", "stopperhall.example"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Annealing Operator", "Decanter Etching Technician"), tz=("uk", "uk"), x=("Frome", "Coleraine"))
mr("gh-offer", "Your application for {role} at {co}",
   "Hi {n},\n\nThank you for the two conversations about the {role} post. On Tuesday we made an offer to an engineer who spent seven years setting up sheave and block assembly for a hoist hire firm, and she has accepted. I liked our talks and would be glad to run into you at the trade fair.\n\n{sig}\nPeople Team, {co}",
   ("Liftgate Pulleys", "Kerfline Hacksaws"), ("liftgate-pulleys.example", "kerfline.example"),
   role=("Assembly Lead", "Tooth Set-up Lead"), tz=("use", "cae"))
mr("lever-hers", "{co} – {role}",
   "{n},\n\nOnce the last interviews were done, the panel chose a woman who has calibrated cup and vane instruments for a national weather network since 2016; the job is hers now. Your exercise was among the clearest we got.\n\n{sig}, {co}",
   ("Vanecup Meteo", "Dewpoint Gauges"), ("vanecup.example", "dewpoint-gauges.example"),
   role=("Anemometer Test Engineer", "Hygrometer Test Engineer"), tz=("au", "nz"))
mr("sr-table", "Application update: {role}",
   "<html><body><p>Dear {n},</p><p>Here is where your application stands.</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Employer</th><td>{co}</td></tr><tr><th>Outcome</th><td>Role given to a different applicant</td></tr></table><p>You can still browse other openings from your dashboard.</p><p>{co} Hiring</p></body></html>",
   ("Shadeframe Pergolas", "Octagon Gazebos"), ("shadeframe.example", "octagon-gazebos.example"),
   frm="{co} <no-reply@{dom}>", role=("Post and Beam Assembler", "Site Erection Crew Lead"), tz=("usc", "cac"))
mr("icims-crit", "{co}: {role} (Job {ref})",
   "Dear {n},\n\nJob {ref}, {role}. The opening asks for at least two years' experience of {x}. This wasn't shown in your application, so it has been closed with the status \"Not Selected – Minimum Qualifications\".\n\nRecruiting, {co}",
   ("Blackpan Skillets", "Trivetta Kitchenwares"), ("blackpanhollow.example", "trivetta.example"),
   frm="{co} Recruiting <recruiting@{dom}>", role=("Seasoning Line Operator", "Rod Forming Operator"), x=("sand-mould skillet seasoning", "CNC rod forming"), tz=("use", "usm"))
mr("taleo-disp", "Candidacy update – {role}",
   "Candidate: {full}\nRequisition: {ref} – {role}\nRequisition state: Filled / closed\nOutcome for you: Not hired (someone else appointed)\n\nThis notice was generated when the requisition closed. Please do not reply.\n\n{co}",
   ("Linenfold Pillowcases", "Pegline Clotheslines"), ("linenfold.example", "pegline.example"),
   frm="{co} Talent <taleo-notify@{dom}>", role=("Hemming Supervisor", "Line Spooling Supervisor"), tz=("uk", "au"))
mr("workable-hired", "{role} at {co}",
   "Hi {n},\n\n{x} people put themselves forward for {role}. We've taken on {y}, so it's closed on our side.\n\nThanks for being one of them; each one was read by the two of us who run the yard.\n\n{sig}\n{co}",
   ("Splashstone Birdbaths", "Deepsill Planters"), ("splashstone.example", "deepsill.example"),
   role=("Pedestal Pouring Hand", "Laminating Hand"), x=("Seventy-three", "Ninety-eight"),
   y=("a finisher who has poured pedestals for a garden-centre wholesaler since 2020", "a laminator who has laid up planter moulds at a boat-hull shop since 2019"), tz=("nz", "za"))
mr("bamboo-inside", "Re: {role}",
   "Hi {n},\n\nI'd rather tell you this myself. {x}, who has been covering the {role} hours on a temporary basis since the summer, applied the day the advert went up, and we've given it to {y}.\n\nThanks for visiting us and for your good questions about the stopwatch bench.\n\n{sig}\nOffice Manager, {co}",
   ("Lapsplit Stopwatches", "Stridecount Pedometers"), ("lapsplit.example", "stridecount.example"),
   role=("Stopwatch Bench Assistant", "Pedometer Service Technician"), x=("Orla from dispatch", "Tyrone from the repair desk"), y=("her", "him"), tz=("ie", "use"))
mr("tt-local", "Your application – {role}",
   "Dear {n},\n\nThanks for coming to us. For the {role} position we decided for a person from our own {x} workshop, who makes this work with us already four years and knows our machines. So we will continue with this person.\n\nGood luck for next steps.\n\n{sig}\n{co}",
   ("Beechknock Mallets", "Flipwell Spatulas"), ("beechknock.example", "flipwell.example"),
   role=("Mallet Turner", "Spatula Moulding Operator"), x=("Chişinău", "Kotor"), tz=("md", "me"))
mr("personio-exp", "{co} | {role}",
   "Hello {n},\n\nMany thanks for interview with us. After long discussion our team preferred a person having more years of {x}, and the offer was accepted by this person last week. Your documents we keep only six months and then delete them.\n\nBest regards,\n{sig}\nHR, {co}",
   ("Loupe & Prism Oran", "Monocle House Douala"), ("loupe-lens.example", "monocle-douala.example"),
   role=("Loupe Figuring Technician", "Optical Assembly Technician"), x=("loupe figuring by hand", "loupe assembly"), tz=("dz", "cm"))
mr("pinpoint-score", "Assessment result – {role}",
   "Dear {n},\n\nThe written assessment for {role} was scored out of {x}. Interviews go to those scoring {y} or more, and your score came in under that mark. Your application closes here. We're grateful for the effort.\n\n{co} Recruitment",
   ("Woodtone Xylophones", "Breezewheel Pinwheels"), ("woodtone-xylo.example", "breezewheel.example"),
   frm="{co} Recruitment <apply@{dom}>", role=("Xylophone Bar Hand", "Vane Pinning Operator"), x=("40", "60"), y=("27", "38"), tz=("uk", "ie"))
mr("jazz-guy", "{role} spot",
   "Hey {n}, thanks for swinging by the shop. Quick update: the {role} spot got filled by {x}. Thanks for your time, hope the next one's yours.\n\n{sig}\n{co}",
   ("Gatekeeper Carabiners", "Icetooth Crampons"), ("gatekeeper-carabiners.example", "icetooth.example"),
   role=("Latch Spring Assembler", "Tine Forming Helper"), x=("a guy who assembled lock gates for a climbing-gear outfit in Boulder for six years", "a gal who forged ice-axe picks at her dad's forge up in Escanaba"), tz=("usm", "use"))
mr("ashby-final", "{co}: update on {role}",
   "Hello {n},\n\nThank you for arriving to the final stage. For {role}, our hiring team chose other candidate, who has already signed. It was close decision and we appreciate you waited with us.\n\nKind regards,\n{sig}\n{co}",
   ("Corkwell Stoppers Maracaibo", "Istmo Bisagras Panamá"), ("corkwell-mcbo.example", "istmohinges-pa.example"),
   role=("Production Planner", "Test Technician"), tz=("ve", "pa"))
mr("once-tagine", "the kitchen job",
   "Hi {n},\n\nThanks for the trial lunch on Friday, the harira was perfect. As it turned out, Lalla Khadija's nephew Yassine is taking the kitchen job – he's cooked with us every Ramadan for three years.\n\nCome and eat with us any time.\n\n{sig}\nThe Tagine Pot, Hailsham",
   "The Tagine Pot", "tagine-pot.example", tz="uk")
mr("once-arepa", "Arepa grill position",
   "Hola {n}, thank you for coming in Tuesday. The grill position went to Señora Yelitza's son Andrés, who worked our stand at the summer festival. We appreciated meeting you!\n\n{sig}\nArepa Nook, Orillia",
   "Arepa Nook", "arepanook.example", tz="cae")
mr("once-dimsum", "Weekend trolley shifts",
   "Dear {n},\n\nAbout the weekend trolley shifts: Aunty May's granddaughter Jessica is home from university and has taken them.\n\nBest wishes,\n{sig}\nLotusleaf Dumplings, Parkes",
   "Lotusleaf Dumplings", "lotusleaf-yumcha.example", tz="au")
mr("once-pho", "re: counter job",
   "hi {n} – ta for dropping off your CV. Chú Long's nephew Khoa has started on the counter this week so it's sorted for now. cheers, {sig} (Pho Ember, Thames)",
   "Pho Ember", "phoember.example", tz="nz")
mr("once-churrasco", "Passador position",
   "Hi {n},\n\nThank you for the evening at the grill. The passador position has gone to Rodrigo Pires, who carved for our sister restaurant in Calvinia for two seasons.\n\nAll the best,\n{sig}\nBrasa Churrascaria",
   "Brasa Churrascaria", "brasa-churras.example", tz="za")
mr("once-lassi", "Lassi stall helper",
   "Dear {n} ji,\n\nSunday's visit to the stall was nice, thank you. Sharma uncle's son Lucky will be helping at the lassi counter from next month.\n\nRegards,\n{sig}\nMalai Lassi Dukaan, Patiala",
   "Malai Lassi", "malailassi.example", tz="in")
mr("once-flapjack", "Baker's assistant",
   "Hi {n},\n\nThanks for the flapjacks you brought in – the oat and ginger ones went in minutes. Bethan Prosser from the Thursday market has joined us as baker's assistant.\n\nAll best,\n{sig}\nSlab & Crumb, Machynlleth",
   "Slab & Crumb", "slabcrumb.example", tz="uk")
mr("once-yakitori", "Skewer counter",
   "Hi {n}, thanks for the trial shift. Kenji Sato, who ran skewers at a stall in Fukuoka for ten years, is our new grill counter cook. Good luck!\n{sig}\nTorikago Yakitori, Burlington",
   "Torikago Yakitori", "torikago.example", tz="use")
mr("once-cannoli", "Cannoli counter",
   "Ciao {n},\n\nGrazie for the trial morning. Zia Pina's grandson Salvatore has taken the cannoli counter starting next week.\n\nTanti saluti,\n{sig}\nCannoli Nook, Oshkosh",
   "Cannoli Nook", "cannolinook.example", tz="usc")
mr("once-mochi", "mochi shop",
   "Hi {n},\n\nThank you for helping us pound rice at the open day. Emi Takahashi from the Saturday class is joining the shop as our new maker.\n\nWarmly,\n{sig}\nMochi Moon, Kiama",
   "Mochi Moon", "mochimoon.example", tz="au")
mr("once-borscht", "Kitchen hand",
   "Hello {n},\n\nThank you for your visit. Pani Olena's grandson Maksym has come to help us in the kitchen, so that is done.\n\nWith good wishes,\n{sig}\nBorscht & Dill, Sheboygan",
   "Borscht & Dill", "borschtdill.example", tz="usc")
mr("once-baozi", "Bun steaming job",
   "Hi {n},\n\nThanks for coming by. Mrs Zhou's son-in-law Haoran is taking the steamer job from Monday.\n\nRegards,\n{sig}\nSteamcloud Buns, Summerside",
   "Steamcloud Buns", "baobaobuns.example", tz="cat")
mr("once-goulash", "Cook position",
   "Dear {n},\n\nThank you for the cooking day. We have taken on Zsófia Kiss, who cooked at a csárda near Eger for eight years.\n\nKind regards,\n{sig}\nPörkölt Pot, Ely",
   "Pörkölt Pot", "porkoltpot.example", tz="uk")
mr("once-eclair", "Fondant bench",
   "Hi {n},\n\nThank you for the glazing test last week. Our apprentice Mélodie Thériault has finished her papers and moves onto the fondant bench next month.\n\nBest,\n{sig}\nÉclair Lab, Peterborough",
   "Éclair Lab", "eclairlab.example", tz="cae")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thr-ghost", "RE: [EXT] Re: Friday late walk – guide",
   "Hi {n},\n\nThanks for walking the route with me on Wednesday – your gaol bit was spot-on. I've asked {x} to take the Friday late walk starting next month, and {y} accepted over breakfast.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Friday late walk – guide\n\nHi {sf}, thanks for having me along. Free most Fridays.\n{n}",
   ("Murk & Mist Ghost Rambles", "Grey Lady Ghost Rambles"), ("murkmist.example", "greylady-rambles.example"), x=("Barnaby Thewlis", "Deirdre Mangan"), y=("he", "she"), tz=("uk", "ie"))
mr("thr-bathhouse", "Re: [EXT] Re: front desk",
   "Hey {n},\n\nI really enjoyed meeting you, and the girls on the steam floor liked you too. We ended up going with {x} for the front desk – she's been one of our members for years and knows every regular by name.\n\nThanks again,\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for the tour yesterday. Any word yet on the desk job?\n> {n}",
   ("Cedarsteam Bathhouse", "Birchwater Bathhouse"), ("cedarsteam.example", "birchwater.example"), x=("Roxanne Albright", "Solange Beaudoin"), tz=("usp", "cae"))
mr("thr-sandcastle", "RE: [EXT] RE: summer sculpting crew",
   "Hi {n},\n\nGreat having you at the trial build – your turret steps held up better than most. We've signed {x} for the summer crew; {y} carved for us at the festival two years running.\n\nCheers,\n{sig}\nTideline Sandcastle Sculptors\n\n-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\nSubject: RE: summer sculpting crew\n\nHi {sf}, thanks for the trial build. Would love to be part of the crew if there's room.\n{n}",
   ("Tideline Sandcastle Sculptors", "Moatbuilders"), ("tideline-sculpt.example", "moatbuilders.example"), x=("Kurt Engelbrecht", "Mikaere Hohaia"), y=("he", "he"), tz=("za", "nz"))
mr("thr-tango", "Re: [EXT] RE: class assistant",
   "Hola {n},\n\nThank you for dancing with us on Thursday. The class assistant role goes to {x}, who has partnered our beginners on Tuesdays since the winter.\n\nUn abrazo,\n{sig}\nMilonga Norte\n\n" + RULE + "Subject: RE: class assistant\n\nDear {sf}, I really enjoyed the practica. Any news yet on the assistant role?\n{n}",
   ("Milonga Norte", "Abrazo Tango Studio"), ("milonganorte.example", "abrazotango.example"), x=("Lucía Ferraro", "Gustavo Ibarra"), tz=("uk", "au"))
mr("thr-ceilidh", "RE: [EXT] Re: caller for the Saturday nights",
   "Hi {n},\n\nThat was a grand set you called on the trial night – the Gay Gordons never looked tidier. We've given the Saturday nights to {x}, who's been calling for the committee's fundraisers for a while now.\n\nCome and dance soon.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: caller for the Saturday nights\n\nThanks {sf}, it was great craic. Let me know what the committee decides.\n{n}",
   ("Birlinn Ceilidh Nights", "Roundabout Ceilidhs"), ("birlinn-ceilidh.example", "roundabout-ceilidh.example"), x=("Catriona Bain", "Seosamh Ó Néill"), tz=("uk", "ie"))
mr("thr-illusion", "Re: [EXT] Re: stage assistant",
   "{n},\n\nThank you for the audition and for climbing into the cabinet without a single complaint. For the autumn run I've chosen {x}, who toured with me as a dresser last year and already knows the changeovers.\n\nWarmly,\n{sig}\n\n" + GMAIL + "> Hi {sf},\n> thanks again for seeing me. Happy to rehearse evenings if that helps.\n> {n}",
   ("The Vanishing Parlour", "Sleightwell Illusions"), ("vanishingparlour.example", "sleightwell.example"), x=("Delphine Marchetti", "Leilani Kealoha"), tz=("use", "usp"))
mr("thr-sorbet", "RE: [EXT] Re: sorbet trike job",
   "Hi {n},\n\nThanks heaps for coming out on the Saturday run. We've put {x} on the trike for the summer – {y} has scooped at our market stand since it opened.\n\nAll the best,\n{sig}\n\n" + ORIGINAL + "Subject: Re: sorbet trike job\n\nHi {sf}, loved the mango one. Keen for as many days as you need.\n{n}",
   ("Frosted Pip Sorbets", "Chill Quince Sorbet Co"), ("frostedpip.example", "chillquince.example"), x=("Keeley Whitlock", "Kiriana Pou"), y=("she", "she"), tz=("au", "nz"))
mr("thr-raku", "Re: [EXT] RE: studio assistant",
   "Dear {n},\n\nIt was lovely having you at the firing on Sunday. We've asked {x} to join the studio as assistant, and {y} starts when the new glaze shelves go in.\n\nWarm wishes,\n{sig}\n\n" + OUTLOOK + "Subject: RE: studio assistant\n\nHi {sf}, many thanks for the firing. I'm keen if the assistant role is still open.\n{n}",
   ("Smokepit Raku Studio", "Crackle & Reduction"), ("smokepit-raku.example", "crackle-reduction.example"), x=("Nomsa Dube", "Priyanka Rao"), y=("she", "she"), tz=("za", "in"))

# ---- 8 clear refusals under long footers
mr("ft-glasses", "Your application – {role}",
   "Dear {n},\n\nAbout your {role} application at our {x} branch: it has been unsuccessful.\n\n—\nSpecs from £9 · Second pair half price all month\nPeepers Club: points on every pair, birthday voucher in your inbox\nStore roles near you: switch on Fresh Openings in your profile\nWe hold applicant files for eight months and then erase them. To see or correct what we keep, email dataprotection@{dom}.\nRegistered office: 4 Lenswick Mews. Company no. {ref}.\nNot meant for you? Delete this email.",
   ("Peepers Specs", "Specky's"), ("peepers-jobs.example", "speckys-jobs.example"),
   frm="{co} Careers <jobs@{dom}>", role=("Store Assistant", "Sales Assistant"), x=("Bridport", "Wicklow"), tz=("uk", "ie"))
mr("ft-sneakers", "{co} – application result",
   "Hi {n},\n\nYour application for {role} at our {x} store has been looked at; we've decided against it.\n\nFREE lacing on any pair this week · Members get early drops\nText KICKJOBS to {ref} for new store openings (msg frequency varies; text END to stop)\n{co} welcomes all backgrounds and identities.\nManage your data: Account > Privacy > My Info\nThis mailbox isn't watched. Please don't reply.",
   ("Solewise Sneakers", "Lacehouse Sneakers"), ("solewise.example", "lacehouse.example"),
   frm="{co} Jobs <noreply@{dom}>", role=("Sneaker Advisor", "Stockroom Associate"), x=("Keokuk", "Orillia"), tz=("usc", "cae"))
mr("ft-succulents", "Re: {role} application",
   "G'day {n},\n\nAbout the {role} job at {x}: your application ends here.\n\n🌵 Buy two pots, get the third on us\nPrickle Club: monthly care tips and first pick of new plants\nNew roles every second Wednesday – tick 'Plant Jobs' in your profile\nPrivacy: we look after your details as the law requires; ask privacy@{dom} for a copy.\nThis email is for the named recipient only.",
   ("Pricklebox Succulents", "Sillgreen"), ("pricklebox.example", "sillgreen.example"),
   frm="{co} People <people@{dom}>", role=("Plant Care Assistant", "Houseplant Retail Assistant"), x=("Mareeba", "Waihi"), tz=("auq", "nz"))
mr("ft-pickles", "Application for {role}",
   "Dear {n},\n\n{role}, {x} outlet: after review your application has not been accepted.\n\nFestive hamper: five jars, one price\nOrder on our app for same-day delivery\nJob updates by SMS: send PICKLEJOBS to {ref}\nPrivacy: details in our POPIA / DPDP Act, 2023 notice.\nCONFIDENTIAL: for the addressee only.",
   ("Achar Matka", "Tangy Kalash Pickles"), ("acharmatka.example", "tangykalash.example"),
   frm="{co} HR <hr@{dom}>", role=("Counter Sales Executive", "Outlet Supervisor"), x=("Springbok", "Satara"), tz=("za", "in"))

# ---- 9 hedged refusals
mr("hd-medal", "{role} – {co}",
   "Dear {n},\n\nThank you for meeting the partners. A number of applicants had spent longer striking {x}, and the partners felt that gave them the edge for this post.\n\nWith best wishes,\n{sig}\n{co}",
   ("Obverse & Edge", "Laurel Medallists"), ("obverse-edge.example", "laurelmedallists.example"),
   role=("Medal Coining Hand", "Medal Clasp Technician"), x=("regimental medals in bronze", "commemorative medals for county sports bodies"), tz=("uk", "ie"))
mr("hd-jingle", "Following up – {role}",
   "Hi {n},\n\nThanks for the demo tape. The field was strong and we went with writers carrying more {x} on their résumés. Disappointing, I realise.\n\n{sig}\n{co}",
   ("Hooksmith Jingles", "Earworm Jingle Co"), ("hooksmith.example", "earworm-soundco.example"),
   role=("Staff Jingle Writer", "Junior Lyricist"), x=("regional radio spots", "bilingual broadcast campaigns"), tz=("usc", "cae"))
mr("hd-appraise", "Your application – {role}",
   "Hi {n},\n\nAppreciated the chat last week. Some of the other people we spoke with have been {x} for longer, and that tipped it their way.\n\nKind regards,\n{sig}\n{co}",
   ("Hallmark Hunters Appraisals", "Heirloom Reckoners"), ("hallmarkhunters.example", "heirloomtally.example"),
   role=("Junior Appraiser", "Appraisal Assistant"), x=("appraising deceased estates", "cataloguing colonial silver for insurers"), tz=("au", "nz"))
mr("hd-starch", "{co}: {role}",
   "Dear {n},\n\nThank you for presenting your work on modified starches. Others on the shortlist brought more years of {x}, and the panel considered that a slightly better match for our programme.\n\nRegards,\n{sig}\n{co}",
   ("Amylo Labs", "Gelpoint Research"), ("amylolabs.example", "gelpoint.example"),
   role=("Application Scientist", "Formulation Chemist"), x=("pilot-scale drying", "pectin extraction from citrus peel"), tz=("za", "in"))
mr("hd-astro", "Horoscope writer role",
   "Hi {n},\n\nThank you for the sample week of readings. We felt a couple of applicants were a touch nearer to the voice our app uses, so we've chosen between them.\n\nBest,\n{sig}\nStarpath Daily (Delhi)",
   "Starpath Daily", "starpath-daily.example", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-starch", "Following our call",
   "Hi {n},\n\nAs promised when we spoke this morning: the client's other finalist got the {role} job. While I have you – {x} Worth a chat this week?\n\n{sig}\n{co}",
   ("Tillerman Search", "Kinsella Process Recruitment"), ("tillerman.example", "kinsella-process.example"),
   role=("Starch Plant Manager", "Yeast Plant Manager"),
   x=("a dryer line lead job has just come in at a maize starch plant near Huntingdon. Similar money, no night shifts.", "there's a fermentation shift lead going at a yeast plant outside Monaghan, reporting straight to the site head."), tz=("uk", "ie"))
mr("rc-margarine", "Quick update + another one",
   "Hi {n},\n\nThanks for the call. The {role} job went to the night superintendent the client promoted from inside. I do have {x} if that interests you.\n\n{sig}\n{co}",
   ("Lardner Talent", "Muskeg Plant Search"), ("lardner-talent.example", "muskeg-plantsearch.example"),
   role=("Margarine Plant Superintendent", "Pectin Plant Superintendent"),
   x=("a shortening line supervisor role near Sheboygan – shall I forward the spec?", "a emulsion room lead near Orillia that suits your CIP background."), tz=("usc", "cae"))
mr("rc-algae", "Re: {role}",
   "Hi {n},\n\nLike I said when we spoke, the client picked someone already on their floor for {role}. Better news: {x}\n\n{sig}\n{co}",
   ("Saltbush Recruitment", "Kōpere Search"), ("saltbush-rec.example", "kopere-search.example"),
   role=("Algae Farm Production Manager", "Citric Acid Plant Manager"),
   x=("I've got a raceway supervisor vacancy at a spirulina farm near Batchelor – shall I put you forward?", "a fermentation lead role near Paeroa has just opened – it fits you well."), tz=("nt", "nz"))
mr("rc-glucose", "Regarding the plant head position",
   "Dear {n},\n\nFurther to our call: the liquid glucose unit has filled the plant head position by transferring their manager from their Uthal plant. Meanwhile, there is a utilities in-charge opening at a dextrose plant near Lasbela that matches your plant utilities experience. Shall I forward your CV?\n\nRegards,\n{sig}\nIndusway Placements",
   "Indusway Placements", "indusway.example", tz="pk")

# ---- 8 public-sector notices
mr("ps-inelig", "{co}: application {ref}",
   "Dear {n},\n\nVacancy {ref} – {role}\n\n{x} For that reason the application is ineligible, and it is closed for this vacancy.\n\n{co}",
   ("Government of Andorra – Civil Service Recruitment", "Commonwealth Office of Personnel Management, Saipan"), ("govern-ad.example", "opm-saipan.example"),
   frm="{co} <recruitment@{dom}>", role=("Administrative Officer", "Budget Analyst I"),
   x=("This post is open to Andorran nationals only, and the documents you supplied show another nationality.", "Positions in this series require U.S. citizenship or U.S. national status, and neither is shown in your papers."), tz=("ad", "mp"))
mr("ps-notref", "Referral notice – {role}",
   "Dear {n},\n\n{role} – {co}. Only the {x} top-scoring applicants went on the list to the hiring department. It names other candidates; you are outside that group, so your name goes no further for this post.\n\nHuman Resources, {co}",
   ("Wapello County", "Town of Kamsack"), ("wapellocounty.example", "kamsack.example"),
   frm="{co} Human Resources <hr@{dom}>", role=("Deputy Clerk", "Public Works Supervisor"), x=("five", "three"), tz=("usc", "sk"))
mr("ps-cancel", "{role} – vacancy update",
   "Dear {n},\n\nRe: {role}. {x} Recruitment for this post has stopped without anyone being appointed.\n\nPeople & Culture\n{co}",
   ("Cowra Shire Council", "Thames-Coromandel District Council"), ("cowra.example", "tcdc.example"),
   role=("Sportsground Coordinator", "Wharves Officer"),
   x=("Following the budget review, Council has decided not to fill this vacancy.", "After the restructure of the coastal facilities team, the position has been disestablished."), tz=("au", "nz"))
mr("ps-cutoff", "{co} – screening test result",
   "Dear {n},\n\nRoll No. {ref}\n\n{x} The interview list released today does not include your roll number.\n\nController of Examinations\n{co}",
   ("Balochistan Public Service Commission", "Delhi Subordinate Services Selection Board"), ("bpsc-exam.example", "dsssb-exam.example"),
   frm="{co} <exams@{dom}>", x=("You obtained 44 marks out of 100. The qualifying mark for your category was 50.", "Your score in the Tier-I examination is 118.5 of 200 against a cut-off of 127.25 for the General (UR) category."), tz=("pk", "in"))

# ---- 6 bare ATS status updates
mr("st-line", "Status update: {role}",
   "Application: {role} ({ref})\nEmployer: {co}\nStatus: No longer under consideration\n\nAll your other applications are listed under My Jobs.",
   ("Meshfine Sieves", "Pounder Pestles"), ("meshfine.example", "pounder-pestle.example"),
   frm="{co} Applicant Portal <portal@{dom}>", role=("Mesh Stretching Operator", "Pestle Honing Operator"), tz=("uk", "usc"))
mr("st-html", "Your application status has changed",
   "<html><body><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Company</td><td>{co}</td></tr><tr><td>Stage</td><td>Screening</td></tr><tr><td>Status</td><td>Not being considered</td></tr></table></body></html>",
   ("Gripwell Tongs", "Bakeleaf Ramekins"), ("gripwell.example", "bakeleaf.example"),
   frm="{co} <updates@{dom}>", role=("Spring Coiling Hand", "Ramekin Glaze Operator"), tz=("au", "ie"))
mr("st-steps", "{co} – application {ref}",
   "{role}\nSubmitted ✓ → Screened ✓ → Closed ✗\nOutcome: closed – not progressing.\n\n{co} Hiring Portal",
   ("Nodwell Gnomes", "Chimesmith Windchimes"), ("nodwell.example", "chimesmith.example"),
   frm="{co} Hiring <hiring@{dom}>", role=("Gnome Tinting Hand", "Tube Cutting Operator"), tz=("use", "nz"))

# ---- 6 internship / graduate decisions
mr("in-summer", "{co} summer studentship {ref}",
   "Dear {n},\n\n{co} had {x} applications for its five summer studentships this year. Other students have now taken up all five.\n\n{sig}\nStudentship Coordinator",
   ("Mareeba Rainforest Field Station", "Ohakune Tussock Plant Lab"), ("mareeba-station.example", "ohakune-lab.example"),
   x=("187", "142"), tz=("auq", "nz"))
mr("in-coop", "Co-op term placement – {co}",
   "Hi {n},\n\nThe first matching round for the {x} co-op term has finished. Each of our placements was matched with a different student, which leaves {co} without a placement to offer you this term.\n\n{sig}\nCo-op Liaison",
   ("Medford Pome Research Lab", "Summerside Tuber Genetics"), ("medford-pome.example", "summerside-genetics.example"),
   x=("summer", "fall"), tz=("usp", "cat"))
mr("in-grad", "{co} Graduate Programme {ref}",
   "Dear {n},\n\nAfter the graduate assessment day, other graduates have taken all {x} places on the {co} Graduate Programme.\n\nRegards,\nGraduate Recruitment\n{co}",
   ("Phalaborwa Chromium Works", "Dharwad Starchworks"), ("phalaborwa-cr.example", "dharwad-starch.example"),
   frm="{co} Graduates <graduates@{dom}>", x=("ten", "twelve"), tz=("za", "in"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ack-wd", "Req {ref} {role}: application received",
   "Hello {n},\n\nReq {ref} – {role}, {co}\n\nYour application is in. One thing to know: our {x} site is reviewing how its hot-end lines are staffed. If that review moves this work into an existing crew before shortlisting, the requisition would be withdrawn and you would get a message saying so.\n\nTalent Acquisition | {co}",
   ("Glasswold Carafes", "Stopperhall Decanters"), ("glasswold.example", "stopperhall.example"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Melt End Operator", "Stopper Seating Technician"), tz=("uk", "uk"), x=("Frome", "Coleraine"))
mo("application_received", "ack-gh", "We've got your application – {role}",
   "Hi {n},\n\n{role}: the hiring group has your application on its desk. Whatever the answer, one of the nine people at {co} writes it, not software.\n\n{sig}\nPeople Team, {co}",
   ("Liftgate Pulleys", "Kerfline Hacksaws"), ("liftgate-pulleys.example", "kerfline.example"),
   role=("Sheave Shop Lead", "Tooth Setting Technician"), tz=("use", "cae"))
mo("application_received", "ack-sr", "Application received: {role}",
   "<html><body><p>Hi {n},</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Employer</th><td>{co}</td></tr><tr><th>Status</th><td>Received</td></tr></table><p>Each later step shows up here as a new row, including a row that says so if the position goes to someone else.</p></body></html>",
   ("Shadeframe Pergolas", "Octagon Gazebos"), ("shadeframe.example", "octagon-gazebos.example"),
   frm="{co} <no-reply@{dom}>", role=("Louvre Erector", "Cupola Crew Member"), tz=("usc", "cac"))
mo("application_received", "ack-icims", "{co}: thanks for applying (Job {ref})",
   "Dear {n},\n\nYour form for {role} is on file with us. Please note that applicants who cannot show at least two years of {x} are marked \"Not Selected\" when screening takes place. Screening starts after the posting closes.\n\nRecruiting, {co}",
   ("Blackpan Skillets", "Trivetta Kitchenwares"), ("blackpanhollow.example", "trivetta.example"),
   frm="{co} Recruiting <recruiting@{dom}>", role=("Fettling Operator", "Coating Line Operator"), x=("pan fettling", "coating line work"), tz=("use", "usm"))
mo("application_received", "ack-taleo", "Application submitted – {role}",
   "Candidate: {full}\nRequisition: {ref} – {role}\nStatus: Submitted\n\nOnce someone is hired, a disposition notice is sent to all the others. Until then, your candidacy stays open.\n\n{co}",
   ("Linenfold Pillowcases", "Pegline Clotheslines"), ("linenfold.example", "pegline.example"),
   frm="{co} Talent <taleo-notify@{dom}>", role=("Hemstitch Room Lead", "Cord Line Lead"), tz=("uk", "au"))
mo("application_received", "ack-tt", "Thank you for application – {role}",
   "Dear {n},\n\nYour application for {role} came to us, thank you. Maybe we decide for a person from our own {x} workshop; then also we write you a message, so you know. Answer comes in two weeks.\n\n{sig}\n{co}",
   ("Beechknock Mallets", "Flipwell Spatulas"), ("beechknock.example", "flipwell.example"),
   role=("Crating Assistant", "Jig Room Assistant"), x=("Chişinău", "Kotor"), tz=("md", "me"))
mo("application_received", "ack-pinpoint", "Application received – {role}",
   "Dear {n},\n\nThanks for applying for {role}. Next comes a short written assessment, scored out of {x}. Anybody who scores under the interview line gets an email with their result; everyone else gets an interview slot.\n\n{co} Recruitment",
   ("Woodtone Xylophones", "Breezewheel Pinwheels"), ("woodtone-xylo.example", "breezewheel.example"),
   frm="{co} Recruitment <apply@{dom}>", role=("Resonator Assembler", "Vane Stamping Operator"), x=("40", "60"), tz=("uk", "ie"))
mo("application_received", "ack-glasses", "We've received your application",
   "Dear {n},\n\nYour form for our {x} branch has landed. The store manager rings only those they'd like to chat with in person.\n\n—\nSpecs from £9 · Second pair half price all month\nPeepers Club: points on every pair\nWe hold applicant files for eight months and then erase them.\nRegistered office: 4 Lenswick Mews.",
   ("Peepers Specs", "Specky's"), ("peepers-jobs.example", "speckys-jobs.example"),
   frm="{co} Careers <jobs@{dom}>", x=("Bridport", "Wicklow"), tz=("uk", "ie"))
mo("application_received", "ack-notref", "Application received – {role}",
   "Dear {n},\n\nYour application for {role} has been received by {co}. Applications are scored against the posted criteria. Anyone left off the hiring department's list gets a letter explaining that, once the list is issued.\n\nHuman Resources",
   ("Wapello County", "Town of Kamsack"), ("wapellocounty.example", "kamsack.example"),
   frm="{co} Human Resources <hr@{dom}>", role=("Assessor's Clerk", "Holiday Club Coordinator"), tz=("usc", "sk"))
mo("application_received", "ack-cutoff", "Online application submitted – Advt. {ref}",
   "Dear {n},\n\nAdvt. No. {ref}: your online application has been submitted. The screening test will be held as notified. Call letters for interview are issued solely to those whose marks reach their category's qualifying mark.\n\n{co}",
   ("Balochistan Public Service Commission", "Delhi Subordinate Services Selection Board"), ("bpsc-exam.example", "dsssb-exam.example"),
   frm="{co} <exams@{dom}>", tz=("pk", "in"))
mo("application_received", "ack-ceilidh", "Re: [EXT] Re: caller for the Saturday nights",
   "Hi {n},\n\nThanks for putting your name in. The committee meets on the 12th. If they hand the nights to one of the regular callers, I'll tell you that straight, no ghosting.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: caller for the Saturday nights\n\nHi {sf}, put me down for the Saturday nights, please.\n{n}",
   ("Birlinn Ceilidh Nights", "Roundabout Ceilidhs"), ("birlinn-ceilidh.example", "roundabout-ceilidh.example"), tz=("uk", "ie"))
mo("application_received", "ack-summer", "Summer studentship application {ref}",
   "Dear {n},\n\nYour summer studentship form for {co} has arrived. Interviews run in early March, and anyone left without a place hears from us by email before 20 March.\n\n{sig}\nStudentship Coordinator",
   ("Mareeba Rainforest Field Station", "Ohakune Tussock Plant Lab"), ("mareeba-station.example", "ohakune-lab.example"), tz=("auq", "nz"))
mo("application_received", "ack-workable", "Thanks, {n}",
   "Hi {n},\n\nGot your application for our Pedestal Smoothing Hand job. Hired or not, expect a few lines from me when we've chosen.\n\n{sig}\nSplashstone Birdbaths",
   "Splashstone Birdbaths", "splashstone.example", tz="nz")
mo("application_received", "ack-bamboo", "Stopwatch Bench Assistant application",
   "Hi {n},\n\nThanks for applying. Just so you know, if someone already covering these hours puts their name forward, they'd get first refusal. Next week I'll write whichever way it goes.\n\n{sig}\nLapsplit Stopwatches",
   "Lapsplit Stopwatches", "lapsplit.example", tz="ie")
mo("application_received", "ack-personio", "Your application at Loupe & Prism Oran",
   "Hello {n},\n\nWe have received your documents for the Loupe Mounting Technician place. Also if the answer is no, an email comes to you, then nobody waits without news.\n\nBest regards,\n{sig}\nHR, Loupe & Prism Oran",
   "Loupe & Prism Oran", "loupe-lens.example", tz="dz")
mo("application_received", "ack-jazz", "got it",
   "Hey {n}, got your application for the latch spring job. Silent till the 20th means somebody else has it. Thanks!\n{sig}\nGatekeeper Carabiners",
   "Gatekeeper Carabiners", "gatekeeper-carabiners.example", tz="usm")
mo("application_received", "ack-ashby", "Application received",
   "Hello {n},\n\nThank you for applying to Istmo Bisagras Panamá. Positive or negative, each candidate gets personal answer after the first review.\n\nKind regards,\n{sig}",
   "Istmo Bisagras Panamá", "istmohinges-pa.example", tz="pa")
mo("application_received", "ack-tagine", "kitchen job",
   "Hi {n}, cheers for the message re the kitchen job. We only phone people we want in for a trial lunch. {sig}, The Tagine Pot",
   "The Tagine Pot", "tagine-pot.example", tz="uk")
mo("application_received", "ack-lassi", "Application received",
   "Dear {n} ji,\n\nYour application for lassi counter helper is received. Selected or not selected, an SMS will come to all applicants by Friday.\n\n{sig}\nMalai Lassi Dukaan",
   "Malai Lassi", "malailassi.example", tz="in")
mo("application_received", "ack-goulash", "Cook position",
   "Dear {n},\n\nYour letter about the cook job came today. We will be in touch about a cooking day soon.\n\n{sig}\nPörkölt Pot",
   "Pörkölt Pot", "porkoltpot.example", tz="uk")
mo("application_received", "ack-medal", "Medal Coining Hand – received",
   "Dear {n},\n\nThank you for applying. If another applicant's record in die finishing turns out to fit the post better, we will tell you so in plain words.\n\n{sig}\nObverse & Edge",
   "Obverse & Edge", "obverse-edge.example", tz="uk")
mo("application_received", "ack-jingle", "Demo received",
   "Hi {n},\n\nYour application reached us. Heads up: only applications that include a 30-second demo get listened to beyond the cover note, so add one if you haven't.\n\n{sig}\nEarworm Jingle Co",
   "Earworm Jingle Co", "earworm-soundco.example", tz="cae")
mo("application_received", "ack-recruit", "Great to speak today",
   "Hi {n},\n\nGreat speaking this morning. I've passed your CV along for starch plant manager. Should they pick another person, my call comes the same afternoon.\n\n{sig}\nTillerman Search",
   "Tillerman Search", "tillerman.example", tz="uk")
mo("application_received", "ack-saipan", "Application {ref} received",
   "Dear {n},\n\nWe received your application for Program Analyst. Where an applicant does not meet the citizenship requirement, a letter will explain that the application is ineligible. All others move to rating.\n\nCommonwealth Office of Personnel Management",
   "Commonwealth Office of Personnel Management", "opm-saipan.example", frm="Office of Personnel Management <recruitment@{dom}>", tz="mp")
mo("application_received", "ack-cowra", "Application acknowledgement",
   "Dear {n},\n\nThank you for applying for Roads Administration Officer. Should Council decide not to fill this vacancy, a letter goes out to each applicant.\n\nPeople & Culture\nCowra Shire Council",
   "Cowra Shire Council", "cowra.example", tz="au")
mo("application_received", "ack-status", "Application {ref}",
   "Application: Mesh Gauge Operator ({ref})\nEmployer: Meshfine Sieves\nStatus: Received\n\nYour other applications are listed under My Jobs.",
   "Meshfine Sieves", "meshfine.example", frm="{co} Applicant Portal <portal@{dom}>", tz="uk")
mo("application_received", "ack-coop", "Co-op application received",
   "Hi {n},\n\nThanks for applying to Medford Pome Research Lab for the summer co-op term. Matched or not, you'll find the outcome posted in the co-op portal after the first round.\n\n{sig}",
   "Medford Pome Research Lab", "medford-pome.example", tz="usp")
mo("application_received", "ack-grad", "Graduate Programme application {ref}",
   "Dear {n},\n\nYour application to the Dharwad Starchworks Graduate Programme is in. Next is an online numerical test; fall short of its pass mark and the assessment day is off.\n\nGraduate Recruitment",
   "Dharwad Starchworks", "dharwad-starch.example", frm="{co} Graduates <graduates@{dom}>", tz="in")
mo("application_received", "ack-sand", "RE: [EXT] RE: summer sculpting crew",
   "Hi {n},\n\nThanks mate, got your note. We're picking the crew after the trial build on the 3rd, and whoever we sign, I'll let everyone know myself.\n\n{sig}\n\n-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nSubject: RE: summer sculpting crew\n\nHi {sf}, keen to join the summer crew.\n{n}",
   "Moatbuilders", "moatbuilders.example", tz="nz")
mo("application_received", "ack-sorbet", "Re: [EXT] sorbet trike job",
   "Hi {n},\n\nThanks for the message. Trike roster gets sorted after Saturday's run. Even if a stand regular gets it, you'll get a call.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, is the trike job still going?\n> {n}",
   "Frosted Pip Sorbets", "frostedpip.example", tz="au")
mo("application_received", "ack-sneakers", "Application received",
   "Hi {n},\n\nApplication in for Stockroom Associate. Even a no comes by email – check your inbox.\n\nFREE lacing on any pair this week\nThis mailbox isn't watched.",
   "Lacehouse Sneakers", "lacehouse.example", frm="{co} Jobs <noreply@{dom}>", tz="cae")
mo("application_received", "ack-succulents", "Thanks for applying",
   "G'day {n},\n\nThanks for applying to Pricklebox Succulents. We ring the shortlist only.\n\n🌵 Buy two pots, get the third on us\nThis email is for the named recipient only.",
   "Pricklebox Succulents", "pricklebox.example", frm="{co} People <people@{dom}>", tz="auq")
mo("application_received", "ack-dimsum", "Weekend shifts",
   "Dear {n},\n\nYour note about the weekend trolley shifts reached us; we'll read it this week.\n\n{sig}\nLotusleaf Dumplings",
   "Lotusleaf Dumplings", "lotusleaf-yumcha.example", tz="au")
mo("application_received", "ack-mochi", "mochi maker",
   "Hi {n}, good to get your note about the maker job. Everything gets read once the open day's done.\n{sig}, Mochi Moon",
   "Mochi Moon", "mochimoon.example", tz="au")
mo("application_received", "ack-pho", "re: counter",
   "hi {n} – got your CV, thanks. will look at it when Chú Long is back from holiday. {sig}",
   "Pho Ember", "phoember.example", tz="nz")
mo("application_received", "ack-eclair", "Application",
   "Hi {n},\n\nYour letter about our fondant bench arrived – a practical test may follow, and we'll write about it.\n\n{sig}\nÉclair Lab",
   "Éclair Lab", "eclairlab.example", tz="cae")
mo("application_received", "ack-churrasco", "Passador application",
   "Hi {n},\n\nYour CV for Brasa Churrascaria arrived. Your application is with our head chef.\n\n{sig}",
   "Brasa Churrascaria", "brasa-churras.example", tz="za")
mo("application_received", "ack-appraise", "Appraisal Assistant",
   "Hi {n},\n\nThanks for applying. Should one of the other applicants' auction-room years suit us better, we'll say so in plain words, not silence.\n\n{sig}\nHeirloom Reckoners",
   "Heirloom Reckoners", "heirloomtally.example", tz="nz")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "iv-tango", "Re: [EXT] RE: class assistant",
   "Hola {n},\n\nWould you come and assist the beginners' class on {dl} at 7pm as a trial? Unfortunately the studio heating is being serviced that week, so bring a layer.\n\n{sig}\n\n" + RULE + "Subject: RE: class assistant\n\nDear {sf}, I'd be glad to help with classes.\n{n}",
   ("Milonga Norte", "Abrazo Tango Studio"), ("milonganorte.example", "abrazotango.example"), tz=("uk", "au"))
mo("interview", "iv-illusion", "Re: [EXT] Re: stage assistant",
   "{n},\n\nAre you free for a second audition on {dl} at 2pm? I'd like to see you run the quick-change. Unfortunately the rehearsal room lift is broken – stairs only, third floor.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for seeing me on Monday.\n> {n}",
   ("The Vanishing Parlour", "Sleightwell Illusions"), ("vanishingparlour.example", "sleightwell.example"), tz=("use", "usp"))
mo("next_steps", "nx-docs", "{co}: documents needed by {dl}",
   "Dear {n},\n\nVacancy {ref}: your application cleared the first check. Next, certified copies of your identity document and qualifications are needed by {dl}. Unfortunately photographs taken on a phone cannot be accepted.\n\n{co}",
   ("Government of Andorra – Civil Service Recruitment", "Commonwealth Office of Personnel Management, Saipan"), ("govern-ad.example", "opm-saipan.example"),
   frm="{co} <recruitment@{dom}>", tz=("ad", "mp"))
mo("next_steps", "nx-referee", "Next step for the {role} role",
   "Hi {n},\n\nThe client is keen to move you on for {role}. Their referee form needs filling in by {dl}, please. Unfortunately their portal times out quickly, so keep your referees' details to hand.\n\n{sig}\n{co}",
   ("Lardner Talent", "Muskeg Plant Search"), ("lardner-talent.example", "muskeg-plantsearch.example"),
   role=("Shortening Line Supervisor", "Emulsion Room Lead"), tz=("usc", "cae"))
mo("offer", "of-workable", "Offer: {role}",
   "Hi {n},\n\nCome and join {co} as {role} – we'd be delighted. Start date {dl}. Attached: the letter setting out pay and hours. A signed copy back to me is all we need. Unfortunately parking near the yard is tight, so the bus is easier.\n\n{sig}",
   ("Splashstone Birdbaths", "Deepsill Planters"), ("splashstone.example", "deepsill.example"),
   role=("Pedestal Smoothing Hand", "Mould Waxing Hand"), tz=("nz", "za"))
mo("interview", "iv-gh", "Video interview – Sheave Shop Lead",
   "Hi {n},\n\nCould we meet by video on {dl} at 10:00? Unfortunately the speaker in our meeting room crackles, so audio may go over the phone.\n\n{sig}\nLiftgate Pulleys",
   "Liftgate Pulleys", "liftgate-pulleys.example", tz="use")
mo("next_steps", "nx-lever", "Bench exercise – Anemometer Test Engineer",
   "{n},\n\nThe next stage is a two-hour bench exercise in our {x} lab, any weekday up to {dl}. Book a slot with me. Unfortunately the wind tunnel is down for maintenance, so it will be a static test.\n\n{sig}, Vanecup Meteo",
   "Vanecup Meteo", "vanecup.example", x="Kiama", tz="au")
mo("next_steps", "nx-icims", "Action required: pre-employment screen",
   "Dear {n},\n\nNext for Seasoning Line Operator: a drug screen, done at one of the clinics on the list before {dl}. Use code {ref} at reception.\n\nRecruiting, Blackpan Skillets",
   "Blackpan Skillets", "blackpanhollow.example", frm="{co} Recruiting <recruiting@{dom}>", tz="use")
mo("next_steps", "nx-taleo", "Assessment invitation – Hemming Supervisor",
   "Candidate: {full}\nRequisition: {ref}\nStatus: Assessment\n\nPlease complete the online situational test by {dl}. It takes about 25 minutes.\n\nLinenfold Pillowcases",
   "Linenfold Pillowcases", "linenfold.example", frm="{co} Talent <taleo-notify@{dom}>", tz="uk")
mo("interview", "iv-bamboo", "Interview – Pedometer Service Technician",
   "Hi {n},\n\nAre you around {dl} at 11 to meet me and Tyrone? Unfortunately the front buzzer is broken, so knock loudly.\n\n{sig}\nStridecount Pedometers",
   "Stridecount Pedometers", "stridecount.example", tz="use")
mo("next_steps", "nx-pinpoint", "Your written assessment – Xylophone Bar Hand",
   "Dear {n},\n\nPlease complete the written assessment by {dl}. Unfortunately it will not open on a phone; a laptop or tablet works.\n\nWoodtone Xylophones Recruitment",
   "Woodtone Xylophones", "woodtone-xylo.example", frm="{co} Recruitment <apply@{dom}>", tz="uk")
mo("interview", "iv-jazz", "come by the shop",
   "Hey {n}, can you swing by {dl} around 3 to meet the crew? Unfortunately the lot out back is torn up, so park on the street. {sig}, Icetooth Crampons",
   "Icetooth Crampons", "icetooth.example", tz="use")
mo("interview", "iv-ashby", "Final interview invitation",
   "Hello {n},\n\nWith pleasure we invite you for final interview on {dl} at 9:30 by video. Please confirm the time.\n\nKind regards,\n{sig}\nCorkwell Stoppers Maracaibo",
   "Corkwell Stoppers Maracaibo", "corkwell-mcbo.example", tz="ve")
mo("interview", "iv-arepa", "Trial shift",
   "Hola {n}, how's {dl} for a trial, 11 to 3? Unfortunately the flat-top is being replaced, so it'll be griddle pans that day.\n\n{sig}\nArepa Nook",
   "Arepa Nook", "arepanook.example", tz="cae")
mo("interview", "iv-yakitori", "Trial at the grill",
   "Hi {n}, trial at the grill: {dl}, 5pm – does that work? Unfortunately our extractor is noisy, so bring earplugs if it bothers you.\n{sig}, Torikago Yakitori",
   "Torikago Yakitori", "torikago.example", tz="use")
mo("offer", "of-cannoli", "Cannoli counter – offer",
   "Ciao {n},\n\nThe cannoli counter mornings, Tuesday to Saturday, are yours from {dl}, if you'll take them. Unfortunately the espresso machine is in for repair, so no free coffee the first week!\n\n{sig}\nCannoli Nook",
   "Cannoli Nook", "cannolinook.example", tz="usc")
mo("offer", "of-borscht", "Kitchen job",
   "Hello {n},\n\nWe would like you to start in the kitchen on {dl}. Please bring your food handler certificate.\n\n{sig}\nBorscht & Dill",
   "Borscht & Dill", "borschtdill.example", tz="usc")
mo("interview", "iv-baozi", "Trial morning",
   "Hi {n},\n\nPlease come for a trial morning on {dl} at 7. Unfortunately the back door is stuck, use the front.\n\n{sig}\nSteamcloud Buns",
   "Steamcloud Buns", "baobaobuns.example", tz="cat")
mo("offer", "of-flapjack", "Baker's assistant – would you like it?",
   "Hi {n},\n\nThe baker's assistant job is yours, starting {dl}. Unfortunately the big oven's dial is playing up, so the first week may be early starts.\n\n{sig}\nSlab & Crumb",
   "Slab & Crumb", "slabcrumb.example", tz="uk")
mo("interview", "iv-medal", "Interview – Medal Clasp Technician",
   "Dear {n},\n\nThe partners hope to see you {dl} at 14:00 at the office. It's on the second floor; unfortunately our lift is under repair.\n\n{sig}\nLaurel Medallists",
   "Laurel Medallists", "laurelmedallists.example", tz="ie")
mo("next_steps", "nx-appraise", "Cataloguing exercise",
   "Hi {n},\n\nAs the next step, please catalogue the six items in the attached photos and send your notes by {dl}. Unfortunately two images are blurry; describe what you can.\n\n{sig}\nHallmark Hunters Appraisals",
   "Hallmark Hunters Appraisals", "hallmarkhunters.example", tz="au")
mo("offer", "of-algae", "Offer via Saltbush",
   "Hi {n},\n\nThe spirulina farm is offering you the raceway supervisor job, start date {dl}. I've sent the contract through. Unfortunately relocation support is capped, but they'll cover the first month's rent.\n\n{sig}\nSaltbush Recruitment",
   "Saltbush Recruitment", "saltbush-rec.example", tz="nt")
mo("next_steps", "nx-delhi", "Document verification – Roll No. {ref}",
   "Dear {n},\n\nPlease appear for verification of documents on {dl} at 10:00. Bring original certificates plus two photocopies of each, self-attested.\n\nDelhi Subordinate Services Selection Board",
   "Delhi Subordinate Services Selection Board", "dsssb-exam.example", frm="{co} <exams@{dom}>", tz="in")
mo("interview", "iv-thames", "Interview – Wharves Officer",
   "Dear {n},\n\nYou're shortlisted: interview {dl}, 1.30pm, Thames service centre. Unfortunately the roadworks have cut visitor parking to a few spaces.\n\nPeople & Culture\nThames-Coromandel District Council",
   "Thames-Coromandel District Council", "tcdc.example", tz="nz")
mo("interview", "iv-mareeba", "Studentship interview",
   "Dear {n},\n\nYour video interview is set for {dl} at 3pm. If storms knock out the station's internet (unfortunately common), we'll ring your mobile.\n\n{sig}\nMareeba Rainforest Field Station",
   "Mareeba Rainforest Field Station", "mareeba-station.example", tz="auq")
mo("next_steps", "nx-phalaborwa", "Pre-employment medical",
   "Dear {n},\n\nYou've made the final stage. A pre-employment medical must be done by {dl} at the company clinic, which unfortunately opens weekdays only.\n\nGraduate Recruitment\nPhalaborwa Chromium Works",
   "Phalaborwa Chromium Works", "phalaborwa-cr.example", frm="{co} Graduates <graduates@{dom}>", tz="za")
mo("offer", "of-ghost", "RE: [EXT] Re: Tuesday walk",
   "Hi {n},\n\nWould you take the Tuesday walk from {dl}? The pay's per head as we talked about. Unfortunately the gaol cellar is shut till the builders finish, so we skip that stop for now.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Tuesday walk\n\nHi {sf}, I'd happily do weeknights.\n{n}",
   "Grey Lady Ghost Rambles", "greylady-rambles.example", tz="ie")
mo("interview", "iv-bathhouse", "Re: [EXT] Re: front desk",
   "Hey {n},\n\nHow about a paid trial on the desk {dl}, 10 to 2? Unfortunately the plunge pool is drained for cleaning that week – quiet days.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, any chance of a trial?\n> {n}",
   "Cedarsteam Bathhouse", "cedarsteam.example", tz="usp")
mo("offer", "of-raku", "Re: [EXT] RE: studio assistant",
   "Dear {n},\n\nPlease join us as studio assistant from {dl}, three days a week. The first weeks will be glazing: unfortunately the gas kiln is waiting for a part.\n\n{sig}\n\n" + OUTLOOK + "Subject: RE: studio assistant\n\nHi {sf}, any news?\n{n}",
   "Crackle & Reduction", "crackle-reduction.example", tz="in")
mo("interview", "iv-ceilidh", "Re: [EXT] trial night",
   "Hi {n},\n\nWould you call three dances at the trial night on {dl}? Unfortunately the hall's sound desk is on loan, so we'll use the small PA.\n\n{sig}\n\n" + OUTLOOK + "Subject: trial night\n\nHi {sf}, happy to call a few.\n{n}",
   "Birlinn Ceilidh Nights", "birlinn-ceilidh.example", tz="uk")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ot-review", "Status update: {role}",
   "Application: {role} ({ref})\nEmployer: {co}\nStatus: In review\n\nNobody has been chosen or turned down for this job so far. You'll see the next change here.",
   ("Meshfine Sieves", "Pounder Pestles"), ("meshfine.example", "pounder-pestle.example"),
   frm="{co} Applicant Portal <portal@{dom}>", role=("Sieve Rim Operator", "Pestle Boring Operator"), tz=("uk", "usc"))
mo("other_job", "ot-withdrawn", "Application withdrawn",
   "<html><body><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Company</td><td>{co}</td></tr><tr><td>Status</td><td>Withdrawn (at your request)</td></tr></table><p>Feel free to put in a fresh application later.</p></body></html>",
   ("Gripwell Tongs", "Bakeleaf Ramekins"), ("gripwell.example", "bakeleaf.example"),
   frm="{co} <updates@{dom}>", role=("Crating Operator", "Glost Stacker"), tz=("au", "ie"))
mo("other_job", "ot-delay", "Deputy Clerk – timing",
   "Dear {n},\n\nScoring of applications for Deputy Clerk is pushed two weeks later due to budget hearings. Scoring hasn't started on any application.\n\nHuman Resources, Wapello County",
   "Wapello County", "wapellocounty.example", frm="{co} Human Resources <hr@{dom}>", tz="usc")
mo("job_alert", "al-glasses", "New roles near you",
   "Hi {n},\n\nThree new roles match your Fresh Openings alert: Store Assistant (Honiton), Weekend Sales Assistant (Dornoch), Assistant Manager (Banbridge).\n\nSpecs from £9 · Second pair half price\nUnsubscribe in your profile.",
   "Peepers Specs", "peepers-jobs.example", frm="{co} Careers <jobs@{dom}>", tz="uk")
mo("job_alert", "al-sneakers", "This week's store openings",
   "Hi {n}, new at Solewise: Sneaker Advisor (Ottumwa), Stockroom Associate (Mankato), Shift Lead (Texarkana). Tap to apply. Text END to stop alerts.",
   "Solewise Sneakers", "solewise.example", frm="{co} Jobs <noreply@{dom}>", tz="usc")
mo("job_alert", "al-succulents", "Plant Jobs: new this fortnight",
   "G'day {n},\n\nNew Plant Jobs: Repotting Hand (Moree), Plant Care Assistant (Ulladulla), Store Lead (Atherton).\n\nManage alerts in your profile.",
   "Pricklebox Succulents", "pricklebox.example", frm="{co} People <people@{dom}>", tz="auq")
mo("recruiter_outreach", "ro-shortening", "Shortening line supervisor – Sheboygan",
   "Hi {n},\n\nYour name turned up in my search this morning. There's a shortening line supervisor vacancy near Sheboygan: days, union site, relocation help. Have ten minutes for a call?\n\n{sig}\nLardner Talent",
   "Lardner Talent", "lardner-talent.example", tz="usc")
mo("recruiter_outreach", "ro-spirulina", "Raceway supervisor role – NT",
   "Hi {n},\n\nYour name came up as someone with process plant experience. I'm looking for a raceway supervisor at a spirulina farm near Batchelor. Fly-in fly-out possible. Interested?\n\n{sig}\nSaltbush Recruitment",
   "Saltbush Recruitment", "saltbush-rec.example", tz="nt")
mo("non_job_rejection_words", "nj-tango", "Winter marathon registration",
   "Hola {n},\n\nThe winter tango marathon has hit its limit for leaders. You're fifth on the waiting list, and a place may free up.\n\nAbrazo Tango Studio",
   "Abrazo Tango Studio", "abrazotango.example", tz="au")
mo("non_job_rejection_words", "nj-bathhouse", "Membership ballot result",
   "Hi {n},\n\nThanks for entering the founding-membership ballot. Your entry missed out in the draw. You can still buy single visits at the door.\n\nBirchwater Bathhouse",
   "Birchwater Bathhouse", "birchwater.example", tz="cae")
mo("non_job_rejection_words", "nj-plot", "Growing space allocation",
   "Dear {n},\n\nAll twelve growing spaces at the Tonbridge Road garden have been given out, and yours missed out this season; your name carries forward to next year.\n\nTonbridge Road Committee",
   "Tonbridge Road Growers", "tonbridgeroad-plots.example", tz="uk")
mo("non_job_rejection_words", "nj-flat", "Flat at 14 Keene Street",
   "Hi {n},\n\nCheers for coming along to view Keene Street. The owner picked other tenants; it's let now.\n\n{sig}\nGablegate Lets",
   "Gablegate Lets", "gablegate.example", tz="nz")
mo("non_job_rejection_words", "nj-grant", "Community arts grant – outcome",
   "Dear {n},\n\nYour bid for sandcastle festival funding came before the panel last week. Bids far outnumbered the money; yours missed out this round.\n\nPhalaborwa Small Grants Fund",
   "Phalaborwa Small Grants Fund", "phalaborwa-grants.example", tz="za")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("colporteur", "New message on Wattpad",
   "Wattpad · Message from {sig}\n\nHi {n}! Read your sample chapter – loved the pedlar's voice. For the colporteur part at the book fair we've cast Hetty Vance, who did it last spring. Thank you for trying out x",
   "Chapbook Fair", "wattpad-mail.example", frm="Wattpad <messages@{dom}>", tz="uk")
wo("application_received", "colporteur", "New message on Wattpad",
   "Wattpad · Message from {sig}\n\nHi {n}, got your try-out piece for the colporteur part. Cast or not, I'll message every writer here by Sunday.",
   "Chapbook Fair", "wattpad-mail.example", frm="Wattpad <messages@{dom}>", tz="uk")
wr("lorimer", "Re: Annonce « apprenti lorimer »",
   "Leboncoin reply\n\nHello {n}, thanks for answering my ad. A lad from the village who has helped me forge bits and stirrups since Easter will be my apprentice lorimer. Good luck with your search. {sig}",
   "Ferronnerie des Étriers", "leboncoin-mail.example", frm="Leboncoin <messagerie@{dom}>", tz="fr")
wo("application_received", "lorimer", "Re: Annonce « aide à la forge »",
   "Leboncoin reply\n\nHello {n}, your message arrived. Whether I take on a helper or not, I'll reply to everyone through here by Friday. {sig}",
   "Ferronnerie des Étriers", "leboncoin-mail.example", frm="Leboncoin <messagerie@{dom}>", tz="fr")
wr("fewterer", "AIM away message (saved)",
   "[Saved AIM conversation]\n{sig}: hey {n} it's about the fewterer spot at the hound show\n{sig}: we went w/ my cousin Rusty, he's walked the couples for 3 yrs\n{sig}: thx for coming out tho!!",
   "Hartsfield Hound Show", "aim-archive.example", frm="AIM Archive <saved@{dom}>", tz="use")
wo("application_received", "fewterer", "AIM conversation (saved)",
   "[Saved AIM conversation]\n{sig}: hey {n} got ur msg about helping with the hounds\n{sig}: picked or not i'll IM u after the committee meets thurs",
   "Hartsfield Hound Show", "aim-archive.example", frm="AIM Archive <saved@{dom}>", tz="use")
wr("scutcher", "Voicemail transcript (from MiniDisc)",
   "Transcript of a MiniDisc recording, track 4:\n\"Hi {n}, {sig} from the retting weekend. The scutcher's slot at the demo went to Una Kerr – she's done the hand scutching for the scutching society for years. Thanks a million for coming down. Bye now.\"",
   "Scutch & Ret Weekend", "flaxweekend.example", tz="uk")
wo("interview", "scutcher", "Voicemail transcript (from MiniDisc)",
   "Transcript of a MiniDisc recording, track 6:\n\"Hi {n}, {sig} here. Could you come and try the scutching board on {dl} at ten? Unfortunately the tea urn has packed in – a flask is a good idea.\"",
   "Scutch & Ret Weekend", "flaxweekend.example", tz="uk")
wr("hackler", "Clubhouse room notes",
   "Clubhouse · room notes from \"Hackle Natter\"\n\nShout-out to everyone who asked about the hackler's job at the mill demo. Wojtek Zielinski got it – {sig} asked that we pass that on to {n} and the others. Thank you all!",
   "Hackle Natter", "clubhouse-notes.example", frm="Clubhouse <rooms@{dom}>", tz="cae")
wo("application_received", "hackler", "Clubhouse room notes",
   "Clubhouse · room notes from \"Hackle Natter\"\n\n{n}, your name's on the hackler list. Whoever {sig} chooses, she'll tell every applicant in next week's room.",
   "Hackle Natter", "clubhouse-notes.example", frm="Clubhouse <rooms@{dom}>", tz="cae")
wr("vintner", "Wallapop: new chat message",
   "Wallapop chat\n\n{sig}: Hi {n}, about the vintner's helper job I posted. I hired Maripaz, a neighbour who has done the harvest with us for years. Thanks and all the best!",
   "Bodega Cerro Alto", "wallapop-mail.example", frm="Wallapop <chat@{dom}>", tz="es")
wo("interview", "vintner", "Wallapop: new chat message",
   "Wallapop chat\n\n{sig}: Hi {n}, can you come to the barn by the vines on {dl} at 9 to meet me? Unfortunately the road sign fell down – turn left after the chapel.",
   "Bodega Cerro Alto", "wallapop-mail.example", frm="Wallapop <chat@{dom}>", tz="es")
wr("kibbler", "Subito – nuovo messaggio",
   "Subito chat\n\n{sig}: Hello {n}, thanks for writing about the kibbler job at our feed shop. My brother-in-law Piero has taken it. Ciao and good luck.",
   "Mangimi Valtellina", "subito-mail.example", frm="Subito <chat@{dom}>", tz="it")
wo("application_received", "kibbler", "Subito – nuovo messaggio",
   "Subito chat\n\n{sig}: Hello {n}, message received. Taken or not, I write back to everyone before Saturday.",
   "Mangimi Valtellina", "subito-mail.example", frm="Subito <chat@{dom}>", tz="it")
wr("henwife", "Duolingo club message",
   "Duolingo · Club \"Croft Gàidhlig Group\"\n\n{sig} posted: {n}, thanks for offering to be henwife at the croft open day. Morag from the club already said yes, so we're all set. See you at practice!",
   "Croft Gàidhlig Group", "duolingo-clubs.example", frm="Duolingo Clubs <clubs@{dom}>", tz="uk")
wo("interview", "henwife", "Duolingo club message",
   "Duolingo · Club \"Croft Gàidhlig Group\"\n\n{sig} posted: {n}, can you help with the hens at the croft open day trial on {dl}? Unfortunately the bothy has no water, so bring some.",
   "Croft Gàidhlig Group", "duolingo-clubs.example", frm="Duolingo Clubs <clubs@{dom}>", tz="uk")
wr("exciseman", "AirDropped note (saved)",
   "Note received by AirDrop from \"{sig}'s iPhone\":\n\n{n} – the exciseman in period dress for the smugglers' weekend will be Gareth Pascoe, who played him last year. Thanks for coming to read.",
   "Smugglers' Weekend", "airdrop-notes.example", frm="AirDrop Notes <notes@{dom}>", tz="uk")
wo("next_steps", "exciseman", "AirDropped note (saved)",
   "Note received by AirDrop from \"{sig}'s iPhone\":\n\n{n} – for the riding officer part, please send your clothing sizes by {dl}.",
   "Smugglers' Weekend", "airdrop-notes.example", frm="AirDrop Notes <notes@{dom}>", tz="uk")
wr("gauger", "Zwift ride chat",
   "Zwift · group ride chat\n{sig}: {n} good pull today! re the gauger job at the cask works – we hired Ben Achterberg, he's gauged casks for 8 yrs. cheers",
   "Ridgeback Cask Works", "zwift-chat.example", frm="Zwift <chat@{dom}>", tz="sa")
wo("next_steps", "gauger", "Zwift ride chat",
   "Zwift · group ride chat\n{sig}: {n} pls email me a copy of your measuring certificate by {dl} for the gauger job. ta",
   "Ridgeback Cask Works", "zwift-chat.example", frm="Zwift <chat@{dom}>", tz="sa")
wr("checkweighman", "Bebo message",
   "Bebo · new message\n\nhiya {n}, about the checkweighman part at the pit village re-enactment – Dai Probert's son is doing it, he's got the voice for it. ta for trying, {sig}",
   "Pit Village Days", "bebo-mail.example", frm="Bebo <messages@{dom}>", tz="uk")
wo("application_received", "checkweighman", "Bebo message",
   "Bebo · new message\n\nhiya {n}, got ur note. if Dai's lad wants the part again i'll still message u either way by Sunday. {sig}",
   "Pit Village Days", "bebo-mail.example", frm="Bebo <messages@{dom}>", tz="uk")
wr("slaughterman", "Talabat order note",
   "Talabat · note from the restaurant\n\nOrder #{ref}. Dear {n}, about the slaughterman job you asked our driver about: the halal shop took Mr. Faisal's cousin. Thank you. {sig}",
   "Nakheel Shawaya", "talabat-mail.example", frm="Talabat <orders@{dom}>", tz="kw")
wo("next_steps", "slaughterman", "Talabat order note",
   "Talabat · note from the restaurant\n\nOrder #{ref}. Dear {n}, for the slaughterman job please bring your health card to the shop by {dl}. {sig}",
   "Nakheel Shawaya", "talabat-mail.example", frm="Talabat <orders@{dom}>", tz="kw")
wr("whittawer", "MySpace message",
   "MySpace · Message\n\nhey {n}!! thx for the add. the whittawer spot at the alum faire went to my mate Jory who has tawed pelts w/ alum for ages. rock on, {sig}",
   "Alum Hide Faire", "myspace-mail.example", frm="MySpace <messages@{dom}>", tz="usp")
wo("application_received", "whittawer", "MySpace message",
   "MySpace · Message\n\nhey {n}, got ur msg about helping at the faire. whoever gets the spot i'll post to everyone who asked. {sig}",
   "Alum Hide Faire", "myspace-mail.example", frm="MySpace <messages@{dom}>", tz="usp")
wr("jollier", "Minecraft chat log",
   "[MC chat, #jobs]\n<{sig}> {n}: re the jollier job at our plate works IRL – we took on Sunita, she's run a jolley for years. thanks for applying m8",
   "Clayblock Plate Works", "mc-server-log.example", frm="MC Chatlog <log@{dom}>", tz="uk")
wo("interview", "jollier", "Minecraft chat log",
   "[MC chat, #jobs]\n<{sig}> {n}: can u come to the plate works on {dl} at 10 for a trial on the jolley? unfortunately the canteen's shut that week",
   "Clayblock Plate Works", "mc-server-log.example", frm="MC Chatlog <log@{dom}>", tz="uk")
wr("saggar", "Friendster message",
   "Friendster · message from {sig}\n\nHi {n}, for the saggar maker's bench we chose Cyril Bostock, who has thrown saggars for forty years. Take care.",
   "Longton Saggar Days", "friendster-mail.example", frm="Friendster <messages@{dom}>", tz="uk")
wo("next_steps", "saggar", "Friendster message",
   "Friendster · message from {sig}\n\nHi {n}, please send two photos of your marl work by {dl} so I can show the committee.",
   "Longton Saggar Days", "friendster-mail.example", frm="Friendster <messages@{dom}>", tz="uk")
wr("silverer", "Orkut scrap",
   "Orkut · new scrap from {sig}\n\n{n}, about the silverer job at my looking-glass shop: my nephew Rahul has joined, so the post is taken. Thanks ya.",
   "Sheesh Mahal Aina", "orkut-mail.example", frm="Orkut <scraps@{dom}>", tz="in")
wo("application_received", "silverer", "Orkut scrap",
   "Orkut · new scrap from {sig}\n\n{n}, got your scrap. Whether nephew joins or not, I will reply all applicants Monday.",
   "Sheesh Mahal Aina", "orkut-mail.example", frm="Orkut <scraps@{dom}>", tz="in")
wr("hobbler", "Gojek chat",
   "Gojek · chat with driver\n\n{sig}: Mr {n}, about the hobbler work on the towpath, the foreman has chosen Kang Agus. Thank you sir.",
   "Towpath Hobblers", "gojek-chat.example", frm="Gojek <chat@{dom}>", tz="id")
wo("interview", "hobbler", "Gojek chat",
   "Gojek · chat with driver\n\n{sig}: Mr {n}, foreman says come to the towpath {dl} at 6 am for trial. Unfortunately the canteen is closed, bring water.",
   "Towpath Hobblers", "gojek-chat.example", frm="Gojek <chat@{dom}>", tz="id")
wr("hoveller", "Bolt ride chat",
   "Bolt · message from your driver\n\n{sig}: {n}, sorry I forgot to say in the car – the hoveller boat crew is full, Lauri's son took the last place. Have a nice day.",
   "Roadstead Hovellers", "bolt-chat.example", frm="Bolt <rides@{dom}>", tz="md")
wo("offer", "hoveller", "Bolt ride chat",
   "Bolt · message from your driver\n\n{sig}: {n}, the skipper says you can start with the hoveller crew on {dl}. Unfortunately the harbour café is closed, bring lunch.",
   "Roadstead Hovellers", "bolt-chat.example", frm="Bolt <rides@{dom}>", tz="md")
wr("jagger", "Rapido chat",
   "Rapido · captain chat\n\n{sig}: {n} sir, packhorse jagger job with the outings company is given to Bhupen from our village. Thank you for asking.",
   "Hill Packhorse Outings", "rapido-chat.example", frm="Rapido <chat@{dom}>", tz="in")
wo("application_received", "jagger", "Rapido chat",
   "Rapido · captain chat\n\n{sig}: {n} sir, your name I gave to trek owner. Chosen or not, he will call all by Thursday.",
   "Hill Packhorse Outings", "rapido-chat.example", frm="Rapido <chat@{dom}>", tz="in")
wr("tranter", "Nintendo friend message",
   "Nintendo Switch · message from {sig}\n\n{n}! The tranter role for the carrier's cart at the village fair went to Old Wilf again. Thanks for the audition GG",
   "Stow Fair Players", "nintendo-msg.example", frm="Nintendo <friends@{dom}>", tz="uk")
wo("offer", "tranter", "Nintendo friend message",
   "Nintendo Switch · message from {sig}\n\n{n}! You've got the tranter role from {dl}. Unfortunately the old grey has a cold so rehearsals start on foot lol",
   "Stow Fair Players", "nintendo-msg.example", frm="Nintendo <friends@{dom}>", tz="uk")
wr("bondager", "Peloton high-five note",
   "Peloton · note from {sig}\n\nNice ride {n}. Re the bondager's place at the Ettrick show – we've asked Catriona Laidlaw, her gran was one. Thanks for putting yourself forward.",
   "Ettrick Farm Show", "peloton-notes.example", frm="Peloton <notes@{dom}>", tz="uk")
wo("interview", "bondager", "Peloton high-five note",
   "Peloton · note from {sig}\n\nNice ride {n}. Come to the show field on {dl} at 11 to try on the bondager's clothes. Unfortunately the toilets aren't in yet.",
   "Ettrick Farm Show", "peloton-notes.example", frm="Peloton <notes@{dom}>", tz="uk")
wr("orraman", "Kakao message",
   "Kakao · {sig}\n\n{n}, the farm in Aberdeenshire replied: the orraman job's been given to a local lad, Struan. Sorry to pass it on by Kakao!",
   "Mains of Auchterless", "kakao-mail.example", frm="Kakao <talk@{dom}>", tz="kr")
wo("next_steps", "orraman", "Kakao message",
   "Kakao · {sig}\n\n{n}, the farm wants your tractor licence copy by {dl} for the orraman job.",
   "Mains of Auchterless", "kakao-mail.example", frm="Kakao <talk@{dom}>", tz="kr")
wr("needlemaker", "Alipay transfer note",
   "Alipay · transfer note\n\nTo {n}: refund of your sample deposit. The needlemaker post at our workshop was filled by Shifu Xu's apprentice. Thank you. — {sig}",
   "Redditch Needle Heritage Works", "alipay-notes.example", frm="Alipay <notice@{dom}>", tz="cn")
wo("application_received", "needlemaker", "Alipay transfer note",
   "Alipay · transfer note\n\nTo {n}: deposit received for your sample. Pass or not, we reply all applicants within ten days. — {sig}",
   "Redditch Needle Heritage Works", "alipay-notes.example", frm="Alipay <notice@{dom}>", tz="cn")
wr("burler", "Jumia seller message",
   "Jumia · message from seller\n\nHello {n}, regarding the burler job at our burling room: we have engaged Mrs Adaora, who has burled for us before. Thank you. {sig}",
   "Ọkà Weaves", "jumia-mail.example", frm="Jumia <sellers@{dom}>", tz="cm")
wo("offer", "burler", "Jumia seller message",
   "Jumia · message from seller\n\nHello {n}, you can begin as burler on {dl}. Unfortunately our generator is faulty so hours are day only. {sig}",
   "Ọkà Weaves", "jumia-mail.example", frm="Jumia <sellers@{dom}>", tz="cm")
wr("doffer", "Rappi chat",
   "Rappi · chat\n\n{sig}: Hi {n}, about the doffer job at the mill – they hired someone from the night shift. Sorry, thanks!",
   "Hilandería del Valle", "rappi-chat.example", frm="Rappi <chat@{dom}>", tz="ec")
wo("offer", "doffer", "Rappi chat",
   "Rappi · chat\n\n{sig}: Hi {n}, the mill says you can start as doffer on {dl}. Unfortunately the bus route changed so the early shift is hard.",
   "Hilandería del Valle", "rappi-chat.example", frm="Rappi <chat@{dom}>", tz="ec")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص طلبك في ورشة الزرابي",
   "السيد(ة) {n}،\n\nشكرًا على زيارتك للورشة يوم الاثنين. قررنا أن نعطي مكان النسّاجة لابنة أخت الحاجة منوبية، التي تعمل معنا منذ الصيف. نتمنى لك التوفيق.\n\n{sig}\nورشة زرابي القيروان",
   "ورشة زرابي القيروان", "zarbiya-kairouan.example", tz="tn", lang="ar")
wo("application_received", "ar", "وصلنا طلبك",
   "السيد(ة) {n}،\n\nاستلمنا طلبك لمكان النسّاجة. سواء اخترناك أم لا، سنتصل بكل المترشحين قبل نهاية الشهر.\n\n{sig}\nورشة زرابي القيروان",
   "ورشة زرابي القيروان", "zarbiya-kairouan.example", tz="tn", lang="ar")
wr("de", "Ihre Bewerbung als Bürstenmacher/in",
   "Hallo {n},\n\nschön, dass Sie sich die Werkstatt in Todtnau angesehen haben. Die Stelle am Einziehtisch hat inzwischen Frau Gerda Maier übernommen, die schon seit Jahren bei uns aushilft.\n\nFreundliche Grüße\n{sig}\nBürstenmacherei Todtnau",
   "Bürstenmacherei Todtnau", "buersten-todtnau.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Probearbeiten",
   "Hallo {n},\n\nkönnen Sie am {dl} um 8 Uhr zum Probearbeiten kommen? Leider ist der Parkplatz hinter dem Haus gesperrt, bitte an der Kirche parken.\n\nFreundliche Grüße\n{sig}",
   "Bürstenmacherei Todtnau", "buersten-todtnau.example", tz="de", lang="de")
wr("es", "Puesto en el alfar",
   "Hola {n}:\n\nGracias por pasar por el alfar. Al final el puesto de ayudante de torno se lo hemos dado a Rocío, la sobrina de Eulalio, que ya nos echaba una mano los sábados.\n\nUn saludo,\n{sig}\nAlfar de Ocaña",
   "Alfar de Ocaña", "alfar-ocana.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud",
   "Hola {n}:\n\nTenemos tu solicitud para ayudante de torno. Te elijamos o no, llamaremos a cada persona antes del día 20.\n\n{sig}\nAlfar de Ocaña",
   "Alfar de Ocaña", "alfar-ocana.example", tz="es", lang="es")
wr("fr", "Votre candidature – atelier de porcelaine",
   "Bonjour {n},\n\nNous avons eu plaisir à vous recevoir rue de la Céramique. Le poste de garnisseuse est confié à Mme Joëlle Brunet, qui pose les anses chez nous en renfort depuis deux ans.\n\nCordialement,\n{sig}\nMaison Blanc de Limoges",
   "Maison Blanc de Limoges", "blanc-limoges.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Documents à fournir avant le {dl}",
   "Bonjour {n},\n\nPour la suite de votre candidature, il nous faut, avant le {dl}, une photocopie lisible de la carte d'identité ainsi que du CAP.\n\nCordialement,\n{sig}\nMaison Blanc de Limoges",
   "Maison Blanc de Limoges", "blanc-limoges.example", tz="fr", lang="fr")
wr("hi", "नक्काशी कारखाने की नौकरी",
   "नमस्ते {n} जी,\n\nकारखाने में पधारे, बहुत शुक्रिया। नक्काशी की जगह पर उस्ताद जमील के भतीजे आरिफ़ को रख लिया गया है, जो बीते बरस से यहीं हुनर सीखता रहा है।\n\nआपका,\n{sig}\nसहारनपुर लकड़ी कारखाना",
   "सहारनपुर लकड़ी कारखाना", "saharanpur-lakdi.example", tz="in", lang="hi")
wo("application_received", "hi", "अर्ज़ी पहुँची",
   "नमस्ते {n} जी,\n\nनक्काशी के काम हेतु भेजा पत्र कल हाथ आया। चयन होवे या न होवे, शुक्रवार तक सबको फ़ोन जाएगा।\n\n{sig}",
   "सहारनपुर लकड़ी कारखाना", "saharanpur-lakdi.example", tz="in", lang="hi")
wr("it", "La sua candidatura – merletto",
   "Gentile {n},\n\ngrazie per la prova di punto in aria. Abbiamo affidato il posto a Silvana Tagliapietra, che da tre estati ci aiuta in bottega.\n\nCordiali saluti,\n{sig}\nMerletti di Burano",
   "Merletti di Burano", "merletti-burano.example", tz="it", lang="it")
wo("offer", "it", "Proposta di collaborazione",
   "Gentile {n},\n\nle proponiamo con piacere il posto di merlettaia a partire dal {dl}, quattro mattine alla settimana. Purtroppo il vaporetto delle 8 è soppresso per lavori, quindi serve prendere quello delle 7:40.\n\n{sig}",
   "Merletti di Burano", "merletti-burano.example", tz="it", lang="it")
wr("ja", "塗箸職人の募集について",
   "{n} 様\n\n先日は工房までお越しいただき、ありがとうございました。研ぎ出しの担当は、以前から手伝ってくれている地元の方にお願いすることになりました。\n\n{sig}\n若狭塗箸 小浜工房",
   "若狭塗箸 小浜工房", "wakasa-obama.example", tz="jp", lang="ja")
wo("interview", "ja", "面談のご案内",
   "{n} 様\n\n{dl}の午前十時に、工房で面談をお願いできますでしょうか。あいにく駐車場が工事中のため、駅からお越しください。\n\n{sig}",
   "若狭塗箸 小浜工房", "wakasa-obama.example", tz="jp", lang="ja")
wr("ko", "채상 공방 지원 건",
   "{n} 님께,\n\n공방에 와 주셔서 감사합니다. 이번 자리는 작년부터 주말마다 일을 도와주던 군청 공예반 출신 분께 맡기기로 했습니다.\n\n{sig} 드림\n담양 채상공방",
   "담양 채상공방", "damyang-chaesang.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 안내",
   "{n} 님께,\n\n다음 단계를 위해 {dl}까지 이력서 원본과 작품 사진 세 장을 보내 주세요.\n\n{sig} 드림",
   "담양 채상공방", "damyang-chaesang.example", tz="kr", lang="ko")
wr("pt", "Candidatura – oficina de bonecos",
   "Olá {n},\n\nGostámos da sua visita. A Graça, filha da D. Felismina, que já nos ajudava nas feiras, fica com o lugar de pintora.\n\nCumprimentos,\n{sig}\nBonecos de Estremoz",
   "Bonecos de Estremoz", "bonecos-estremoz.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta – pintora de bonecos",
   "Olá {n},\n\nGostávamos que viesse pintar connosco a partir de {dl}. Infelizmente o forno mais pequeno deixou de funcionar; assim, no início vai pintar peças já cozidas.\n\n{sig}",
   "Bonecos de Estremoz", "bonecos-estremoz.example", tz="pt", lang="pt")
wr("ru", "Ваша заявка в кружевную мастерскую",
   "Здравствуйте, {n}!\n\nХорошо, что вы приехали на пробный день. Место кружевницы мы отдали Антонине Сергеевне, которая уже два года берёт у нас заказы на дом.\n\nС уважением,\n{sig}\nВологодская кружевная мастерская",
   "Вологодская кружевная мастерская", "vologda-kruzhevo.example", tz="ru", lang="ru")
wo("application_received", "ru", "Заявка получена",
   "Здравствуйте, {n}!\n\nЗаявка пришла. Примем или откажем — напишем всем до тридцатого числа.\n\n{sig}",
   "Вологодская кружевная мастерская", "vologda-kruzhevo.example", tz="ru", lang="ru")
wr("sw", "Kuhusu kazi ya uchongaji",
   "Ndugu {n},\n\nAsante kwa kufika karakana yetu. Nafasi ya mchongaji imechukuliwa na kijana wa Mzee Rashidi, ambaye amekuwa akitusaidia tangu mwaka jana.\n\nWako,\n{sig}\nSanaa ya Makonde Mtwara",
   "Sanaa ya Makonde Mtwara", "makonde-mtwara.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ya kazi",
   "Ndugu {n},\n\nTunafurahi kukupa nafasi ya mchongaji kuanzia {dl}. Kwa bahati mbaya, mchana umeme hukatikakatika, hivyo tutaanza asubuhi mapema.\n\n{sig}",
   "Sanaa ya Makonde Mtwara", "makonde-mtwara.example", tz="tz", lang="sw")
wr("th", "เรื่องตำแหน่งช่างทอผ้า",
   "ถึง คุณ{n}\n\nขอบใจที่แวะมาลองทอผ้ากับเรา ตำแหน่งนี้ทางเราได้ให้หลานสาวของป้าจันทร์ ซึ่งช่วยงานที่ร้านมาตั้งแต่ปีที่แล้ว\n\n{sig}\nกลุ่มทอผ้าสันกำแพง",
   "กลุ่มทอผ้าสันกำแพง", "sankampong-weave.example", tz="th", lang="th")
wo("interview", "th", "นัดทดลองงาน",
   "เรียน คุณ{n}\n\nรบกวนมาลองทอผ้าวันที่ {dl} ราวเก้านาฬิกา แต่ห้องน้ำชั้นล่างยังซ่อมอยู่ ใช้ห้องน้ำหลังบ้านไปก่อนนะ\n\n{sig}",
   "กลุ่มทอผ้าสันกำแพง", "sankampong-weave.example", tz="th", lang="th")
wr("tr", "Taş atölyesi başvurunuz",
   "Merhaba {n},\n\nAtölyeye uğradığınız için sağ olun. Usta yardımcılığı için, iki yıldır bize yazları yardım eden Mehmet Usta'nın yeğeni Baran'ı aldık.\n\nSaygılarımızla,\n{sig}\nHasankeyf Taş İşleri",
   "Hasankeyf Taş İşleri", "hasankeyf-tas.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Belge talebi",
   "Merhaba {n},\n\nSürecin devamı için {dl} gününe dek kimlik fotokopisi ile sağlık raporunu bize ulaştırın lütfen.\n\n{sig}",
   "Hasankeyf Taş İşleri", "hasankeyf-tas.example", tz="tr", lang="tr")
wr("ur", "پھلکاری کی نوکری کے بارے میں",
   "محترم {n}،\n\nورکشاپ تشریف لانے کا شکریہ۔ کڑھائی کی جگہ پر ہم نے خالہ نسیم کی بیٹی کو رکھ لیا ہے، جو پچھلے سال سے ہمارے ساتھ کام سیکھ رہی تھی۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\nمردان پھلکاری ورکشاپ",
   "مردان پھلکاری ورکشاپ", "mardan-phulkari.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات جمع کروائیں",
   "محترم {n}،\n\nاگلے مرحلے کے لیے شناختی کارڈ کی نقل اور کڑھائی کے دو نمونے {dl} تک بھجوا دیں۔\n\n{sig}",
   "مردان پھلکاری ورکشاپ", "mardan-phulkari.example", tz="pk", lang="ur")
wr("zh", "关于砚台作坊的应聘",
   "{n}您好：\n\n谢谢您来作坊试工。雕砚的位置我们已经给了汪师傅的外甥，他从去年起就在作坊帮忙。\n\n祝好\n{sig}\n歙县砚台作坊",
   "歙县砚台作坊", "shexian-yantai.example", tz="cn", lang="zh")
wo("application_received", "zh", "已收到您的申请",
   "{n}您好：\n\n您寄来的雕砚申请我们已收到，谢谢。无论是否录用，月底前都会给每位应聘者回电话。工坊周日不开门，有事请工作日联系。\n\n{sig}",
   "歙县砚台作坊", "shexian-yantai.example", tz="cn", lang="zh")
# new to the slices
wr("bhb", "पिथोरा चितारा नी नौकरी",
   "राम राम {n},\n\nतमुं आवा मांटे घणो आभार। पिथोरा चितरवा नी जगा अमे बाबूलाल भाई ना पोरिया ने आपी दीदी, जे गया बरस थी आपणा साथे काम सीखे हे।\n\n{sig}\nझाबुआ पिथोरा मंडळ",
   "झाबुआ पिथोरा मंडळ", "jhabua-pithora.example", tz="in", lang="bhb")
wo("application_received", "bhb", "तमारी अरजी मळी",
   "राम राम {n},\n\nतमारी अरजी मळी गई। लेवाय के नी लेवाय, सगळा ने सोमवार तक फोन करसुं।\n\n{sig}",
   "झाबुआ पिथोरा मंडळ", "jhabua-pithora.example", tz="in", lang="bhb")
wr("gon", "గోండు చిత్రాల పని గురించి",
   "జోహార్ {n},\n\nమా కేంద్రానికి వచ్చినందుకు సేవా. చిత్రాల పని జాగాను మా పెద్దాయన మనుమడు భీమ్‌రావ్‌కు ఇచ్చినం, ఆయన పోయిన ఏడు నుండి మాతో నేర్చుకుంటున్నడు.\n\n{sig}\nఉట్నూరు గోండు చిత్రకళా కేంద్రం",
   "ఉట్నూరు గోండు చిత్రకళా కేంద్రం", "utnoor-gond.example", tz="in", lang="gon")
wo("interview", "gon", "పనికి పిలుపు",
   "జోహార్ {n},\n\n{dl} నాడు పొద్దున పది గంటలకు కేంద్రానికి రా, ఒక బొమ్మ గీసి చూపించు. కాని కరెంటు పోతుంది, వెలుగు ఉన్నప్పుడే రా.\n\n{sig}",
   "ఉట్నూరు గోండు చిత్రకళా కేంద్రం", "utnoor-gond.example", tz="in", lang="gon")
wr("khw", "مہمان خانہ اوچے کوری",
   "{n} جان، سلام۔\n\nمہمان خانہ اوچے گیتیتان مہربانی۔ باورچی کوری ہیہ ہمو مردیان دیتی اسوم، کی ہردی ہمو ژاؤ، پروشٹی بوسونار اسپہ سوم کوری کوریکو۔\n\n{sig}\nچترال مہمان خانہ",
   "چترال مہمان خانہ", "chitral-mehmankhana.example", tz="pk", lang="khw")
wo("application_received", "khw", "تہ درخواست گانی بیتی",
   "{n} جان، سلام۔\n\nتہ درخواست اسپہ گانی بیتی۔ گانیمان یا نو گانیمان، جمعہ ای پھار ساری درخواست دیاکان ٹیلیفون کومان۔\n\n{sig}",
   "چترال مہمان خانہ", "chitral-mehmankhana.example", tz="pk", lang="khw")
wr("scl", "ریسٹ ہاؤس نی کمو جاگا",
   "{n} جی، سلام۔\n\nاسور ریسٹ ہاؤسے آلیس شکریہ۔ باورچی نی جاگا اسیں غلام نبی ژو پوچو ڑے دیگیں، رو بیو کالو جیک اسے سے کمو کرے۔\n\n{sig}\nاستور ریسٹ ہاؤس",
   "استور ریسٹ ہاؤس", "astore-resthouse.example", tz="pk", lang="scl")
wr("trp", "Risa kwrwi bwthai",
   "Khulumkha {n},\n\nNo nini thangmani bwthai. Risa kwrwi kamani, chwng Bubuchha Debbarma ni sajwk Sumila no rwkha, bo haphanbai chwng bai sal kaino kam khlai.\n\n{sig}\nKhowai Risa Bwkhreng",
   "Khowai Risa Bwkhreng", "khowai-risa.example", tz="in", lang="trp")
wo("next_steps", "trp", "Kagoj rwdi",
   "Khulumkha {n},\n\nNini aadhar kagoj bai risa wng sa {dl} o rwdi.\n\n{sig}",
   "Khowai Risa Bwkhreng", "khowai-risa.example", tz="in", lang="trp")
wr("qvi", "Awanakapak llankay",
   "Alli puncha {n},\n\nYupaychani ñukanchik wasiman shamushkamanta. Awanakapak llankayta Mama Tránsito Chalampuente ushushiman karashkanchik, paymi ña kunan watamanta ñukanchikwan llankan.\n\n{sig}\nOtavalo Awaykuna",
   "Otavalo Awaykuna", "otavalo-away.example", tz="ec", lang="qvi")
wo("application_received", "qvi", "Kamupaka chayamurka",
   "Alli puncha {n},\n\nKamupak mañayka chayamurkami. Akllashpapash mana akllashpapash, tukuy mañakkunaman viernes punchakaman willashun.\n\n{sig}",
   "Otavalo Awaykuna", "otavalo-away.example", tz="ec", lang="qvi")
wr("tar", "Sipá ko'wari nochama",
   "Kuira ba {n},\n\nMatétera ba mu nawama. Wari nochama, Chabochi Ramona Bustillos a'lá nochali, ko echi ralámuli anayáwari nochasa binoí bami.\n\n{sig}\nGuachochi Wari Nochama",
   "Guachochi Wari Nochama", "guachochi-wari.example", tz="mx", lang="tar")
wo("offer", "tar", "Mu nochama",
   "Kuira ba {n},\n\nMu nochama wari {dl} ba. Ke a'lá echi kochi ba, chabé yúa ikimea.\n\n{sig}",
   "Guachochi Wari Nochama", "guachochi-wari.example", tz="mx", lang="tar")
wr("hch", "Chaquira 'uxa",
   "Kepauxe {n},\n\nPamparius 'ayani pemienerie. Chaquira 'uxa, tame Tatei Ukeme kwiniya 'uxa, yu niwe Eleuterio, mexipaitɨ pɨ 'uxa.\n\n{sig}\nHuejuquilla Chaquira Kiekari",
   "Huejuquilla Chaquira Kiekari", "huejuquilla-chaquira.example", tz="mx", lang="hch")
wo("application_received", "hch", "Pemieme",
   "Kepauxe {n},\n\nPamparius pemieme. Tɨ pe'ukeiyari, tɨ pe'ukeiyarie, tame miyu nuitɨ viernes.\n\n{sig}",
   "Huejuquilla Chaquira Kiekari", "huejuquilla-chaquira.example", tz="mx", lang="hch")
wr("mrw", "So galebek ko malong",
   "Assalamu alaikum {n},\n\nMadakel a salamat ko kiyaoma ka ko kalebekan. So galebek a manenenon sa malong na inibegay ami ki Bai Sittie, so anak o pagari o Ama ami, ka miyakatabang dn siyo sa miyaagi a ragon.\n\n{sig}\nMarawi Malong Kalebekan",
   "Marawi Malong Kalebekan", "marawi-malong.example", tz="ph", lang="mrw")
wo("interview", "mrw", "Kapangangaloy",
   "Assalamu alaikum {n},\n\nPhangangaloyan ka ami sa {dl} sa alas nuebe ko kalebekan. Di phiyakapiya so kuryente, na ombasan ka sa gawii.\n\n{sig}",
   "Marawi Malong Kalebekan", "marawi-malong.example", tz="ph", lang="mrw")
wr("yrl", "Sera upé puraki",
   "Puranga ara {n},\n\nYasú ramé ne ruri yané ruka kití. Aité puraki urupema apuã, yamu me'ẽ Maria Baniwa siwera upé, aé upuraki yandé irũmu ana ariré.\n\n{sig}\nUrupema Santa Isabel do Rio Negro",
   "Urupema Santa Isabel", "urupema-sgc.example", tz="br", lang="yrl")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Yesteryear Work Roundup: three new openings",
   "Hi {n},\n\nThis week in Yesteryear Work Roundup: trainee lorimer near Faversham, flax scutching demonstrator near Ballymena, saggar maker's bench hand near Frome.\n\nUnsubscribe any time.",
   "Yesteryear Work Roundup", "yesteryear-roundup.example", frm="Yesteryear Work Roundup <roundup@{dom}>", tz="uk")
wo("non_job_rejection_words", "nonjob", "Smugglers' weekend boat trip",
   "Hi {n},\n\nThe evening boat trip on the smugglers' weekend has no seats left for your party. Should any come back, you'll hear.\n\nSmugglers' Weekend",
   "Smugglers' Weekend", "smugglers-weekend.example", tz="uk")

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
    "hi": "{d}/{m}/{y}", "bhb": "{d}/{m}/{y}", "gon": "{d}-{m}-{y}", "khw": "{d}/{m}/{y}", "trp": "{d}/{m}/{y}",
    "mrw": "{m}/{d}/{y}",
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
        rec["id"] = f"blind52:{short}-{counters[short]:03d}"
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
