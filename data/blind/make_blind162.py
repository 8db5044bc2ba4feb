# ruff: noqa: E501, S311
"""Write the hundred-and-sixty-second sealed blind slice for issue 11 (blind-slice-162.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 161; slice 161, this slice and later never read; our side printed)
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

SEED = 1621621
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-162.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 162
SKIP_FROM = 161  # slice 161 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Voirrey Cregeen", "Chikondi Banda", "Lim Siew Mei", "Dorla Usher", "Teslin McRae", "Zofia Wróblewska",
    "Seung-gi Baek", "Finlo Quayle", "Tiwonge Phiri", "Kavitha Pillai", "Delroy Flowers", "Aurora Tremblay-Hart",
    "Bartosz Kamiński", "Ga-eun Hwang", "Ealish Kermode", "Kondwani Chirwa", "Ooi Boon Keat", "Shanice Gillett",
    "Maksymilian Dudek", "Hye-jin Yoon", "Muirne Fitzmaurice", "Kayden Brooksbank", "Thandeka Mokoena", "Riley Ngata",
    "Perpetua Latchford", "Tavita Faleolo", "Mercy Nyirenda", "Cheah Wen Hui", "Emeka Oduya", "Clemency Blackwood",
    "Nuala Breathnach", "Jolene Castañeda", "Rāwiri Tapsell", "Bláithín Kinsella", "Dev Raghunathan", "Bożena Majewska",
]
REGION_SIGNERS = {
    "uk": ["Philippa Grange", "Jarrod Ashworth", "Lowri Ingham"],
    "im": ["Breesha Corlett", "Juan Cannell", "Moirrey Kewley"],
    "ie": ["Clodagh Brennan", "Fiachra Doyle", "Úna Guerin"],
    "us": ["LaToya Whitcomb", "Garrett Lindqvist", "Rosalind Okafor"],
    "yt": ["Shauna Dickson", "Travis Lepage", "Marnie Sidney"],
    "au": ["Kirsty Dunleavy", "Nikos Papadakis", "Shelley Ward-Burns"],
    "nz": ["Aroha Kereama", "Hamish Strachan", "Mele Taufa"],
    "za": ["Lerato Dlamini", "Johan Visagie", "Nokuthula Zulu"],
    "mw": ["Grace Mwale", "Limbani Kachale", "Chisomo Gondwe"],
    "my": ["Tan Mei Ling", "Rajesh Subramaniam", "Nurul Aina Hashim"],
    "bz": ["Marisela Tzul", "Kenrick Gentle", "Yolanda Pandy"],
    "pl": ["Agnieszka Zielińska", "Marek Szczepański", "Katarzyna Wilk"],
    "kr": ["Seok Ha-neul", "Yeom Ji-ho", "Byeon Da-som"],
    "in": ["Sunita Rao", "Vikram Bhalla"], "sg": ["Goh Li Ting", "Arjun Menon"],
    "ng": ["Bolanle Adeyemi", "Chinedu Eze"], "ke": ["Wanjiru Kamau", "Otieno Oduor"],
    "jm": ["Shereen Brissett", "Damion Lawes"], "gh": ["Akosua Mensah", "Kwabena Owusu"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "sco": "uk", "wa": "au"}
LANG_SIGNERS = {
    "ar": ["نوال العتيبي", "فيصل الغامدي"], "de": ["Henrike Lohmann", "Falk Reinders"],
    "es": ["Mercedes Ballester", "Xabier Urrutia"], "fr": ["Maëlle Lefebvre", "Gaspard Rolland"],
    "hi": ["शालिनी सक्सेना", "नरेंद्र चौहान"], "it": ["Loredana Piras", "Fabrizio Conte"],
    "ja": ["松田 恵美", "石井 大輔"], "ko": ["한소희", "윤재석"], "pt": ["Inês Cardoso", "Tiago Moura"],
    "ru": ["Зульфия Гарипова", "Игорь Смирнов"], "sw": ["Neema Mollel", "Juma Kombo"],
    "th": ["สุนิสา ทองดี", "อนุชา ศรีสุข"], "tr": ["Elif Aksoy", "Burak Çelik"],
    "ur": ["صائمہ ملک", "عمران شیخ"], "zh": ["林雪梅", "黄建军"],
    "swe": ["Ingrid Lundqvist", "Per Åberg"], "cym": ["Eirlys Griffiths", "Dafydd ap Rhys"],
    "gle": ["Máire Ní Bhriain", "Seán Ó Catháin"], "eus": ["Amaia Etxeberria", "Unai Zubizarreta"],
    "sqi": ["Arta Hoxha", "Besnik Krasniqi"], "mkd": ["Марија Стојановска", "Горан Трајковски"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "hye": ["Անի Հովհաննիսյան", "Արմեն Սարգսյան"],
    "tam": ["கவிதா சுந்தரம்", "முருகன் ராஜா"], "yor": ["Adebisi Olatunji", "Funmilayo Akande"],
}
LANG_RECIPIENTS = {
    "ar": ["منى الشهري", "خالد الحربي"], "de": ["Jana Wiesner", "Moritz Kessler"],
    "es": ["Lucía Pardo", "Héctor Villalba"], "fr": ["Anaïs Perrin", "Bastien Moreau"],
    "hi": ["ऋतंभरा अग्रवाल", "अनिरुद्ध मिश्रा"], "it": ["Sara Gallo", "Davide Marchi"],
    "ja": ["高橋 美咲", "中村 拓也"], "ko": ["이서진", "배민수"], "pt": ["Beatriz Lopes", "Diogo Pires"],
    "ru": ["Ульяна Егорова", "Павел Зайцев"], "sw": ["Asha Njoroge", "Mwanaidi Salim"],
    "th": ["พิมพ์ชนก วงศ์ใหญ่", "ภูริ มีสุข"], "tr": ["Selin Arslan", "Can Öztürk"],
    "ur": ["حنا رضوی", "بلال احمد"], "zh": ["张雨婷", "李明轩"],
    "swe": ["Tyra Holmberg", "Oskar Nyström"], "cym": ["Nia Pritchard", "Iolo Lloyd"],
    "gle": ["Caoimhe Ní Fhlatharta", "Oisín Mac Giolla"], "eus": ["Ane Goikoetxea", "Ander Arrieta"],
    "sqi": ["Elira Shehu", "Dritan Gashi"], "mkd": ["Ана Петровска", "Никола Димитров"],
    "kat": ["თამარ გელაშვილი", "ლევან მაისურაძე"], "hye": ["Նարե Գրիգորյան", "Դավիթ Պետրոսյան"],
    "tam": ["பிரியா வெங்கடேசன்", "இளங்கோ வேலன்"], "yor": ["Temitope Ogunbiyi", "Oluwaseun Adebayo"],
}
GIVEN = {
    "Lim Siew Mei": "Siew Mei", "Ooi Boon Keat": "Boon Keat", "Cheah Wen Hui": "Wen Hui", "Tan Mei Ling": "Mei Ling",
    "Seok Ha-neul": "Ha-neul", "Yeom Ji-ho": "Ji-ho", "Byeon Da-som": "Da-som", "Goh Li Ting": "Li Ting",
    "Nurul Aina Hashim": "Nurul", "Dafydd ap Rhys": "Dafydd",
}
PROVIDERS = ["quillmail", "harepost", "lindenbox", "coralpost", "brackmail", "sloepost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sco": ("+0000", "+0100", "eu"), "im": ("+0000", "+0100", "eu"),
    "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"), "gh": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"),
    "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"), "ng": ("+0100", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "yt": ("-0700", None, ""), "bz": ("-0600", None, ""), "jm": ("-0500", None, ""),
    "za": ("+0200", None, ""), "mw": ("+0200", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "ge": ("+0400", None, ""), "am": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "wa": ("+0800", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "yt")
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
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nCheers {sf} for the stores tour Thursday. Forklift card valid till April; referee Mr Kaluwa answers before nine.\n{n}"
FOOT = "\n\n+++ {CO} JOBS DESK +++\nFresh openings get pinned to the careers noticeboard each Thursday. Flick on a Vacancy Beacon and fitting posts drift into your inbox. 'Open Door', our monthly round-up, mixes staff yarns with hiring gossip. Reply BEACONOFF to silence job mail. Nobody staffs this mailbox. Candidate records get shredded after twelve months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wday", "Candidate Home: {role} (Req {ref})", "Hello {n},\n\nA change has been posted on your Candidate Home page at {co}.\n\nRequisition: {role} – {ref}\nStatus: Closed – Other Candidate Hired\n\nSign in to Candidate Home to view every application you have on file with us.\n\n{co} Talent Systems", ("Laxey Woollen Mills", "Poznań Oak Furniture S.A."), ("laxeywoollen", "poznanoak"), role=("Mill Shift Supervisor", "CNC Operator"), tz=("im", "pl"))
mr("grnh", "Your {role} application at {co}", "Dear {n},\n\nOur hiring panel prized the hour it spent with you. Having mulled it over together, we've handed the {role} job to somebody whose track record sat a touch closer to this opening, which closes your file here.\n\nKind regards,\n{sig}\nPeople Team, {co}", ("Zomba Plateau Printers", "Daejeon Cell Labs"), ("zombaprinters", "daejeoncell"), role=("Pre-press Technician", "Battery Test Engineer"), tz=("mw", "kr"))
mr("levr", "{co} – {role}", "Hi {n},\n\nGrateful for every minute you spared us. The {role} seat is now taken, which ends your application. If you agree, your profile goes into our Talent Reserve a year; reply RESERVEOUT if you'd like it deleted sooner.\n\n{sig}, Recruiting at {co}", ("Bayan Lepas Chiptest Sdn Bhd", "Klondike Tire & Lube"), ("chiptestbl", "klondiketire"), role=("Test Floor Lead", "Seasonal Tire Technician"), tz=("my", "yt"))
mr("smrt", "Application update – {role}", "<html><body><p>Dear {n},</p><p>Today's position on your application:</p><table border='1'><tr><th>Position</th><th>Location</th><th>Status</th></tr><tr><td>{role}</td><td>{x}</td><td>Not selected – role filled</td></tr></table><p>{co} appreciates your interest.</p><p>{co} Recruitment</p></body></html>", ("Orange Walk Sugar Co.", "Harrowgate Print Finishers"), ("owsugar", "harrowgateprint"), role=("Boiler House Attendant", "Guillotine Operator"), x=("Orange Walk Town", "Leeds LS9"), tz=("bz", "uk"))
mr("icms", "Re: {role} – job ID {ref}", "Dear {n},\n\nThank you for applying for {role}. Every form is marked off against the must-haves, and yours lacked {x}, which the advert flagged as a must-have. Hence it stops before interview.\n\nRecruitment Services\n{co}", ("Gdańsk Hull Welding Sp. z o.o.", "Nelson Mandela Bay Auto Spares"), ("gdanskhull", "nmbspares"), role=("TIG Welder", "Parts Interpreter"), x=("a valid EN ISO 9606 welding certificate", "a Code 8 driving licence"), tz=("pl", "za"))
mr("tleo", "Job number {ref}: {role}", "Dear {n},\n\nWe are writing about job number {ref}, {role}. Hiring on this requisition is done and someone now holds the post. That closes your application. Do browse our careers section again sometime.\n\nTalent Acquisition\n{co}", ("Busan Glow Cosmetics Export", "Ballincollig Veterinary Group"), ("busanglow", "ballincolligvets"), role=("Export Documentation Officer", "Veterinary Nurse"), tz=("kr", "ie"))
mr("wkbl", "{co}: your application", "Hi {n},\n\nCheers for turning up to the working interview for {role}. Another candidate got the nod, and that wraps up your application. Watch our page; we usually hire each spring.\n\n{sig}\n{co}", ("Carcross Dog Mushing Kennels", "Fremantle Mining Camp Catering"), ("carcrosskennels", "fmccatering"), role=("Kennel Hand", "Camp Cook"), tz=("yt", "wa"))
mr("bmbo", "{role} – update from {co}", "Hello {n},\n\nThank you for applying to {co}. The {role} position has now been filled by a colleague who moved across from another team, so we are closing the external applications, yours included.\n\nWarm wishes,\n{sig}", ("Lilongwe Sun Power Installers", "Dunedin Student Digs Ltd"), ("lilongwesun", "dunedindigs"), role=("Solar Installer", "Hall Warden"), tz=("mw", "nz"))
mr("ttlr", "About your application, {n}", "Hi {n}!\n\nSo nice that you fancied joining {co} as {role}. Our pick for the post is made, and another applicant got it. Thanks for considering us; happy job-hunting.\n\n{sig} & the {co} crew", ("Ramsey Harbour Bakehouse", "Georgetown Kuih Kitchen"), ("ramseybakehouse", "kuihkitchen"), role=("Early Shift Baker", "Kitchen Helper"), tz=("im", "my"))
mr("pnpt", "{co} – outcome of your application", "Dear {n},\n\nWe marked each {role} applicant against the job profile. Yours got {x}, short of the {y} that the shortlist required, so it goes no further.\n\nRegards,\n{co} Hiring Team", ("Chesapeake Duct & Comfort", "Belize City Shrimp Holdings"), ("chesapeakeduct", "bzshrimp"), role=("HVAC Apprentice", "Pond Technician"), x=("24 out of 50", "58%"), y=("31", "70%"), tz=("use", "bz"))
mr("jazz", "{role} at {co}", "Hi {n},\n\nQuick heads-up: {co} has hired its {role}. Cheers for applying, and go well.\n\nSincerely,\n{sig}\nHiring Manager", ("Soweto Print & Sign", "Szczecin Port Logistics"), ("sowetoprint", "szczecinport"), role=("Vinyl Applicator", "Forwarding Clerk"), tz=("za", "pl"))
mr("ashb", "{co} × {n}", "Hey {n},\n\nThanks for the chats with our founders last week. We decided that the {role} seat goes to a person who's built this kind of product before, so we'll close things out on our side. Genuinely enjoyed talking with you.\n\n{sig}\n{co}", ("Shelfsense (seed stage)", "Pinecone Robotics Seoul"), ("shelfsense", "pineconerobotics"), role=("Founding Backend Engineer", "Robotics Software Engineer"), tz=("usp", "kr"))
mr("seas", "{co} summer crew – your application", "{y} {n},\n\nCheers for volunteering as {role} this season. The crew list is full already, mostly last summer's folk coming back, so this year you're not on it.\n\nCheers,\n{sig}\n{co}", ("Whakarewarewa Thermal Walks", "Dawson Gaslight Follies"), ("thermalwalks", "gaslightfollies"), role=("Summer Guide", "Summer Cast Member"), y=("Kia ora", "Hi"), tz=("nz", "yt"))
mr("s-im", "Your application for {role}", "Now then {n},\n\nTa for sending in for {role}. There's been a terrible rush of folk after this one and the job's gone to somebody from the south of the Island who's done the job before. Dreadful sorry, so it is. Traa dy liooar, there'll be others.\n\n{sig}\n{co}", "Castletown Heritage Rail Shop", "castletownrailshop", role="Shop Assistant", tz="im")
mr("s-mw", "REF: YOUR APPLICATION – {x}", "Dear {n},\n\nGreetings from {co}.\n\nYour letter applying as {role} reached our office at Mzimba and was considered. Regrettably the Cooperative cannot take you up for this post. Be blessed as you keep on searching.\n\nYours faithfully,\n{sig}\nHUMAN RESOURCES OFFICER", "Mzimba Dairy Cooperative", "mzimbadairy", role="Milk Collection Clerk", x="MILK COLLECTION CLERK", tz="mw")
mr("s-my", "Application for {role}", "Hi {n},\n\nThank you ya for your interest in {role} with {co}. Kindly be informed the post already got someone lah, so your application stop here. Take care ya!\n\nRegards,\n{sig}\nHR Dept", "Butterworth Cold Chain Sdn Bhd", "bwcoldchain", role="Warehouse Admin", tz="my")
mr("s-bz", "Di {role} job", "Gud day {n},\n\nThanks fi apply fi di {role} job at {co}. Di manager pick one nex person weh live close to di lodge, so we cannot tek yu dis time. Gud luck out deh.\n\n{sig}", "Cockscomb Jaguar Lodge", "cockscomblodge", role="Front Desk Agent", tz="bz")
mr("s-yt", "{co} – {role} posting", "Hi {n},\n\nThanks for sending your resume up our way for the {role} job. The job went to somebody already living in the Territory and can start before freeze-up, so yours stops here. Take care out there, eh.\n\n{sig}\n{co}", "Whitehorse Placer Supply", "placersupply", role="Counter Sales", tz="yt")
mr("s-pl", "Information regarding recruitment – {role}", "Dear Mr/Ms {n},\n\nWe would like to inform that the recruitment process for the position {role} is finished. The company has decided to continue cooperation talks with other candidate. Thank you for participation and we hold thumbs for your career.\n\nBest greetings,\n{sig}\nHR Department, {co}", "Łódź Textile Dyeing Works", "lodzdyeing", role="Shift Colourist", tz="pl")
mr("s-kr", "[{co}] Result of document screening", "Hello {n}, this is {sig} from {co} HR team.\n\nThank you for your hard work preparing the documents for {role}. Regretfully, result of document screening is fail this round. Please kindly understand, and we cheer for your bright future.\n\n{co} HR", "Ulsan Marine Coatings", "ulsancoatings", role="Coating Inspector", tz="kr")
mr("s-uk", "{role} vacancy", "Dear {n},\n\nThanks for sending in your {role} application. Interviews ran last week and, I'm afraid, the panel didn't put you through. Lovely that you thought of us.\n\nBest,\n{sig}\n{co}", "Kirkstall Lithographic", "kirkstalllitho", role="Print Estimator", tz="uk")
mr("s-ie", "{role} competition", "Dear {n},\n\nThe interview board for the {role} competition has completed its work. Regrettably, the panel from which offers will be drawn does not include you. With thanks for your interest,\n\nYours sincerely,\n{sig}", "Shannonside Veterinary Practice", "shannonsidevets", role="Practice Manager", tz="ie")
mr("s-us", "Your {role} application", "Hi {n},\n\nThank you for interviewing for {role} at {co}. No offer will be coming from the team. Thanks for your patience right through.\n\nRegards,\n{sig}\nHR Generalist", "Toledo Comfort Air Mechanical", "toledocomfort", role="Service Dispatcher", tz="use")
mr("s-au", "{co} – {role}", "G'day {n},\n\nThanks heaps for having a crack at {role}. Big response this time, and yours missed out. Good luck with it all.\n\n{sig}\n{co}", "Pilbara Camp Linen Services", "pilbaralinen", role="Linen Room Attendant", tz="wa")
mr("s-nz", "{role} with {co}", "Kia ora {n},\n\nThanks for applying for {role}. Shortlisting's wrapped up and you've missed the interview lot. Ngā mihi, and good luck out there.\n\n{sig}\n{co}", "Ōtepoti Flatting Agency", "otepotiflatting", role="Property Assistant", tz="nz")
mr("s-za", "Application: {role}", "Hi {n},\n\nThank you for applying for {role} at {co}. Usually we only write to shortlisted people, but in your case we can confirm now that you missed the shortlist. Sterkte with the search.\n\n{sig}", "Gqeberha Auto Parts Depot", "gqautoparts", role="Stores Controller", tz="za")
mr("s-bz2", "{co} harvest crew", "Hello {n},\n\nThank you for applying as {role} this cane season. Every crew place for this harvest is filled, and you missed out. Try us again when next season opens.\n\n{sig}\nField Office, {co}", "Corozal Cane Growers", "corozalcane", role="Cane Cutter", tz="bz")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation or apology
mr("thr-out1", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nTuesday was great; {x} still raves about your events-calendar idea. Having weighed it all, we offered the {role} post to someone who ran a venue this size before, and she accepted. So glad we met.\n\n{sig}\n\n{OUT}", ("Villa Marina Events Hall", "Vistula Code Partners"), ("villamarinaevents", "vistulacode"), role=("Events Coordinator", "QA Team Lead"), x=("Kerry", "Oskar"), tz=("im", "pl"))
mr("thr-orig1", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nGood to host you at {co}. For the {role} post our panel appointed {x}. Many thanks for the care shown at each stage; warm wishes onward.\n\n{sig}\n\n{ORIG}", ("Thyolo Highlands Tea Estate", "Incheon Harbour Forwarders"), ("thyolotea", "incheonforwarders"), role=("Factory Clerk", "Customs Coordinator"), x=("a colleague from our Mulanje estate", "an applicant from our partner office"), tz=("mw", "kr"))
mr("thr-rule1", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nSo glad you could visit, the team loved your energy on the tour. After the last round our choice for {role} fell on another applicant, someone who has guided here for a few years already. Wishing you every success, truly.\n\n{sig}\n\n{RULE}", ("Armenian Street Heritage Inn", "Barton Creek Cave Trips"), ("armenianstreetinn", "bartoncreektrips"), role=("Guest Relations Officer", "Cave Guide"), tz=("my", "bz"))
mr("thr-gm1", "RE: [EXT] Re: Thursday", "Hey {n},\n\nWhat a great conversation on Thursday, thanks for making the trip. The {role} job goes to another candidate, one who has run programming for a space like ours. Stay in touch; drop by any time.\n\n{sig}\n\n{GM}", ("Riverdale Arts Centre Whitehorse", "Onderstepoort Animal Diagnostics"), ("riverdalearts", "opdiagnostics"), role=("Programme Coordinator", "Lab Technologist"), tz=("yt", "za"))
mr("thr-out2", "RE: [EXT] Re: {role} – next steps", "Hi {n},\n\nThanks a million for your time and for the sample work you sent over. For the {role} post our panel picked a colleague with long bench experience, and she starts next month. Lovely meeting you.\n\nWarmly,\n{sig}\n\n{OUT}", ("Sheaf Valley Cutlers", "Strandhill Surf School"), ("sheafcutlers", "strandhillsurf"), role=("Finishing Technician", "Head Instructor"), tz=("uk", "ie"))
mr("thr-gm2", "RE: [EXT] Re: Afternoon at {co}", "Hi {n},\n\nThat afternoon with you was a treat for the crew. We extended the {role} offer to another candidate, who accepted yesterday. Every good wish, truly.\n\n{sig}\n\n{GM}", ("Casco Bay Lobster Pound", "Derwent Wooden Toy Co."), ("cascolobster", "derwenttoys"), role=("Pound Supervisor", "Workshop Assistant"), tz=("use", "au"))
mr("thr-orig2", "RE: [EXT] Re: {role} interview", "{y} {n},\n\nSo good meeting you last week, and thanks for those thoughtful questions. The {role} role went to another applicant who knows the local story inside out. We really appreciated the time you gave us.\n\n{sig}\n\n{ORIG}", ("Napier Deco Walks", "Mapo Webtoon Studio"), ("napierdecowalks", "mapowebtoon"), role=("Tour Host", "Background Artist"), y=("Kia ora", "Hello"), tz=("nz", "kr"))
mr("thr-rule2", "RE: [EXT] RE: Meeting on Monday", "Dear {n},\n\nThank you for the pleasant meeting and your curiosity about our work. After the final stage the company selected another candidate for {role}, who joins us from next month. We enjoyed the talk.\n\n{sig}\n\n{RULE}", ("Wrocław City Bikes", "Balik Pulau Durian Orchard"), ("wroclawbikes", "balikpulaudurian"), role=("Fleet Planner", "Orchard Supervisor"), tz=("pl", "my"))

# ---- 8 clear refusals under the long footer
mr("foot1", "{co}: {role}", "Dear {n},\n\nThanks for trying for {role}. Sorry, but the application has been unsuccessful.\n\n{sig}, {co}{FOOT}", ("Manx Telecom Retail", "Leeds Tile Warehouse"), ("manxretail", "leedstile"), role=("Store Adviser", "Showroom Adviser"), tz=("im", "uk"))
mr("foot2", "Application outcome", "Hello {n},\n\nReview of {role} candidates is complete, and no offer will be made to you. Thanks for your time.\n\n{co} Recruitment{FOOT}", ("Blantyre Bottling Company", "Polokwane Fresh Produce Market"), ("blantyrebottling", "polokwanefresh"), role=("Line Operator", "Market Clerk"), tz=("mw", "za"))
mr("foot3", "Regarding {role}", "Hi {n},\n\nThanks for the {role} application. Unfortunately you were unsuccessful for this one.\n\nRegards, {sig}{FOOT}", ("Penang Hill Funicular Services", "Suwon Smart Appliance"), ("penanghillfs", "suwonappliance"), role=("Station Attendant", "After-sales Engineer"), tz=("my", "kr"))
mr("foot4", "Your application to {co}", "Hi {n},\n\nThanks for your interest in {role}. Having reviewed it, we're closing your application.\n\n{co} Talent{FOOT}", ("Bozeman Trailhead Outfitters", "Hawke Bay Honey Co."), ("bozemantrailhead", "hawkebayhoney"), role=("Retail Associate", "Extraction Hand"), tz=("usm", "nz"))

# ---- 9 hedged refusals: others fit better, or the company went another way
mr("hedg1", "{role} – update", "Dear {n},\n\nThanks for the {role} application. Some applicants' backgrounds sat nearer the brief, so it's those people we're moving forward with.\n\nKind regards,\n{sig}\n{co}", ("Kraków Finance Shared Services", "Athlone Pharma Packaging"), ("krakowfss", "athlonepharmapack"), role=("Accounts Payable Specialist", "Packaging Technician"), tz=("pl", "ie"))
mr("hedg2", "Re: {role}", "Hi {n},\n\nThanks for hanging on. For this hire {co} chose another way, and other people carry on for {role}.\n\nBest,\n{sig}", ("Ambergris Caye Golf Cart Rentals", "Broome Pearl Tours"), ("ambergriscarts", "broomepearl"), role=("Rentals Clerk", "Tour Coordinator"), tz=("bz", "wa"))
mr("hedg3", "{co} application", "Dear {n},\n\nThank you for the {role} interview. Other candidates' experience fitted today's needs more closely, so they carry on.\n\nBest regards,\n{sig}\n{co}", ("Gumi Display Parts", "Stockport Signwriters"), ("gumidisplay", "stockportsigns"), role=("Process Engineer", "Sign Fitter"), tz=("kr", "uk"))
mr("hedg4", "About {role}", "Hi {n},\n\nAppreciate your time over these weeks. We've steered the {role} search in another direction and are carrying on with profiles closer to it.\n\n{sig}\n{co}", ("Yukon River Cabins Reservations", "Salima Lakeshore Resort"), ("yukonrivercabins", "salimaresort"), role=("Reservations Agent", "Guest Services Agent"), tz=("yt", "mw"))
mr("hedg5", "Application for {role}", "Hi {n},\n\nThanks for coming by to meet us. Our hiring manager felt other profiles suit the team better for now, so {role} proceeds with them.\n\nRegards,\n{sig}\n{co}", "Seberang Jaya Medical Supplies", "sjmedsupplies", role="Sales Coordinator", tz="my")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-im", "Following our call", "Hi {n},\n\nGood to talk earlier. Like I said, for {role} the client picked another person. That firm just opened a Payroll Assistant post in Douglas, a nice fit for you, fancy me putting you forward?\n\n{sig}\nMannin Staffing", "Mannin Staffing", "manninstaffing", role="Payroll Officer", tz="im")
mr("rec-mw", "Feedback on {role}", "Dear {n},\n\nFurther to our phone call, the client is not proceeding with you for {role}. However, a Stores Assistant vacancy is open at their Kanengo site. Kindly advise if I may forward your CV there.\n\n{sig}\nNyasa Recruitment Partners", "Nyasa Recruitment Partners", "nyasarecruit", role="Procurement Officer", tz="mw")
mr("rec-my", "Update after our call", "Hi {n},\n\nThanks for the call just now. For {role}, the client already choose another candidate. But they also open a Production Planner role in Prai, more match your experience. Okay I forward your profile?\n\n{sig}\nStraits Talent Search", "Straits Talent Search", "straitstalent", role="Supply Chain Executive", tz="my")
mr("rec-bz", "Di {role} job", "Hi {n},\n\nLike I told yu pan di phone, di hotel gone wid a nex person fi {role}. But dem need one Night Auditor from next month. Yu want mi send yu name?\n\n{sig}\nJewel Staffing Belize", "Jewel Staffing Belize", "jewelstaffing", role="Front Office Supervisor", tz="bz")
mr("rec-yt", "Quick follow-up", "Hey {n},\n\nThanks for the phone chat. The mine camp filled {role} with a local, so that's done. They do have a Heavy Duty Apprentice spot opening at Mayo though, want me to pass your name along?\n\n{sig}\nNorth of Sixty Recruiting", "North of Sixty Recruiting", "northofsixtyrec", role="Camp Maintenance Lead", tz="yt")
mr("rec-pl", "After our conversation", "Dear {n},\n\nThank you for today's conversation. The client has decided for other candidate in {role} process. At the same time I have a Junior Controller project in Katowice which fits your profile. Are you interested?\n\nBest regards,\n{sig}\nVistula HR Consulting", "Vistula HR Consulting", "vistulahr", role="Financial Analyst", tz="pl")
mr("rec-kr", "Result and new position", "Hello {n}, this is {sig} from Hanbit Search.\n\nLike our phone talk, client selected another candidate for {role}. Instead, in Cheonan a Quality Engineer position is opened. If you agree, I will recommend you.\n\nThank you.", "Hanbit Search", "hanbitsearch", role="Process Engineer", tz="kr")

# ---- 8 public-sector notices
mr("pub1", "Notice of Results – {role}, {x}", "Dear {n},\n\nWe reviewed your application for {role} ({x}). You were eligible and met the qualifications, yet HR did not pass you on to the selecting official. This announcement is closed for you.\n\n{co}", ("US Forest Service – Region 1 HR", "Yukon Government – Public Service Commission"), ("fsregion1hr", "yukonpsc"), role=("Recreation Technician", "Highways Labourer"), x=("Announcement R1-" + "{ref}", "Competition YG-{ref}"), tz=("usm", "yt"))
mr("pub2", "{co}: application for {role}", "Dear {n},\n\nYour {role} application was assessed. It is ineligible, since {y}, and ends at this point.\n\n{sig}\nfor Secretary, {co}", ("Malawi Civil Service Commission", "Belize Public Service Commission"), ("mwcsc", "bzpsc"), role=("Assistant Accountant", "Customs Examiner"), y=("you did not attach a certified copy of your MSCE", "the post is open to Belizean nationals only"), tz=("mw", "bz"))
mr("pub3", "{role} – vacancy cancelled", "Dear {n},\n\nThank you for your {role} application. Please be advised this vacancy is withdrawn, staffing in the service having been reviewed; no appointment follows and applications are closed.\n\n{co}", ("Isle of Man Government Office of Human Resources", "Cork County Council"), ("iomohr", "corkcoco"), role=("Harbour Assistant", "Library Assistant"), tz=("im", "ie"))
mr("pub4", "Notice of written examination result", "Dear {n},\n\nMarking of the {role} written examination is complete. You scored {x}; the qualifying mark for the next stage is {y}. As a result you will not continue in this recruitment.\n\n{co}", ("Gangwon Provincial Office – Personnel Division", "Voivodeship Office in Szczecin – Civil Service Directorate"), ("gangwonpersonnel", "szczecinvoivodeship"), role=("Grade 9 Administrative Officer", "Junior Clerk"), x=("62 points", "18 of 30"), y=("70 points", "20 of 30"), tz=("kr", "pl"))

# ---- 6 bare ATS status updates
mr("stat1", "Status update: {role}", "Hi {n},\n\n{co} has updated your {role} application.\n\nWhere it stands: No longer being considered\n\nAutomated notice, replies unread.", ("Leeds Dock Logistics", "Prai Industrial Coatings"), ("leedsdock", "praicoatings"), role=("Transport Planner", "QC Inspector"), tz=("uk", "my"))
mr("stat2", "Application status changed", "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> is no longer under consideration.</p><p>— {co} Careers</p></body></html>", ("Wichita Freight Systems", "Rustenburg Platinum Services"), ("wichitafreight", "rustenburgplat"), role=("Billing Clerk", "Shaft Timekeeper"), tz=("usc", "za"))
mr("stat3", "{co}: application {ref}", "<html><body><div style='font-family:Arial'><p>{n},</p><p>Application {ref} – {role}</p><p>Current stage: <span style='color:#888'>Not progressing</span></p></div></body></html>", ("Katowice Steel Trading", "Geelong Container Park"), ("katowicesteel", "geelongcontainers"), role=("Logistics Specialist", "Reach Stacker Driver"), tz=("pl", "au"))

# ---- 6 internship / graduate decisions
mr("intern1", "{co} {x} – result", "Dear {n},\n\nAbout the {x}: we read a great many applications and cannot give you a place among this year's interns. Do try again next year.\n\n{co} Early Careers", ("Hanriver Semiconductor", "Sierra Hydro Partners"), ("hanriversemi", "sierrahydro"), x=("Summer Internship 2026", "Summer Engineering Internship"), tz=("kr", "usp"))
mr("intern2", "Your {x} application", "Hi {n},\n\nThanks for attending the {x} selection day. The programme won't have room for you in this intake. Good luck finishing your studies.\n\n{sig}\nGraduate Recruitment, {co}", ("Mzansi Rail Engineering", "Liffey Water Services"), ("mzansirail", "liffeywater"), x=("Graduate Engineer Programme", "Graduate Development Programme"), tz=("za", "ie"))
mr("intern3", "Industrial training placement", "Dear {n},\n\nThank you for applying for industrial training at {co}. We regret that every {x} placement is filled, so your application did not succeed.\n\n{sig}\nTraining Unit", ("Penang Precision Tooling", "Kanengo Agro-Processing"), ("penangtooling", "kanengoagro"), x=("March", "September"), tz=("my", "mw"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wday", "Candidate Home: application received – {role}", "Hello {n},\n\nYour application for {role} (Req {ref}) is in.\n\nStatus: Received\nLater statuses may read In Review, Interview, Offer or Closed – Other Candidate Hired.\n\nTrack it any time on Candidate Home.\n\n{co} Talent Systems", ("Laxey Woollen Mills", "Poznań Oak Furniture S.A."), ("laxeywoollen", "poznanoak"), role=("Dyehouse Operative", "Upholstery Cutter"), tz=("im", "pl"))
mo("application_received", "grnh", "We've got your application – {co}", "Dear {n},\n\nThanks for applying for {role}. Our team reads every application itself. Should a first conversation not come your way, a brief note still follows; we dislike leaving folk in limbo.\n\n{sig}\nPeople Team, {co}", ("Zomba Plateau Printers", "Daejeon Cell Labs"), ("zombaprinters", "daejeoncell"), role=("Bindery Hand", "Cell Stacking Technician"), tz=("mw", "kr"))
mo("application_received", "levr", "Thanks for applying to {co}", "Hi {n},\n\nYour application for {role} has reached us. Hired or not hired, your profile goes into our Talent Reserve twelve months for future roles; reply RESERVEOUT to opt out.\n\n{sig}, Recruiting at {co}", ("Bayan Lepas Chiptest Sdn Bhd", "Klondike Tire & Lube"), ("chiptestbl", "klondiketire"), role=("Equipment Technician", "Shop Helper"), tz=("my", "yt"))
mo("application_received", "smrt", "Application received – {role}", "<html><body><p>Dear {n},</p><table border='1'><tr><th>Position</th><th>Status</th><th>Possible next</th></tr><tr><td>{role}</td><td>Received</td><td>Interview / Not selected – role filled</td></tr></table><p>{co} Recruitment</p></body></html>", ("Orange Walk Sugar Co.", "Harrowgate Print Finishers"), ("owsugar", "harrowgateprint"), role=("Lab Sampler", "Finishing Operative"), tz=("bz", "uk"))
mo("application_received", "icms", "Thank you – {role}, job ID {ref}", "Dear {n},\n\nYour {role} application has arrived safely. Forms lacking any must-have from the advert stop before interview, so do check yours covers each one.\n\nRecruitment Services\n{co}", ("Gdańsk Hull Welding Sp. z o.o.", "Nelson Mandela Bay Auto Spares"), ("gdanskhull", "nmbspares"), role=("Pipe Fitter", "Counter Salesperson"), tz=("pl", "za"))
mo("application_received", "tleo", "Job number {ref}: application submitted", "Dear {n},\n\nYour application for {role}, job number {ref}, has been submitted. Only the closest-matching profiles get a call from us. Four silent weeks mean your name missed the shortlist.\n\nTalent Acquisition, {co}", ("Busan Glow Cosmetics Export", "Ballincollig Veterinary Group"), ("busanglow", "ballincolligvets"), role=("Overseas Sales Assistant", "Receptionist"), tz=("kr", "ie"))
mo("application_received", "wkbl", "Got it – {co}", "Hi {n},\n\nWoohoo, {role} application received! Reading happens this week. Whether it's thumbs up or down, a real human writes back before next Friday's out, promise.\n\n{sig}\n{co}", ("Carcross Dog Mushing Kennels", "Fremantle Mining Camp Catering"), ("carcrosskennels", "fmccatering"), role=("Tour Musher", "Kitchen Hand"), tz=("yt", "wa"))
mo("application_received", "bmbo", "{co} – application received", "Hello {n},\n\nNoted, {role}, thank you. Internal applicants come first here; should a colleague be appointed, a message from us closes your application.\n\nWarm wishes,\n{sig}", ("Lilongwe Sun Power Installers", "Dunedin Student Digs Ltd"), ("lilongwesun", "dunedindigs"), role=("Stores Clerk", "Maintenance Hand"), tz=("mw", "nz"))
mo("application_received", "ttlr", "Hi {n}, it's in!", "Hi {n}!\n\nYour application for {role} has landed with {co}. We read everything ourselves, and whatever the outcome, you'll get a reply from us, never silence.\n\n{sig} & the {co} crew", ("Ramsey Harbour Bakehouse", "Georgetown Kuih Kitchen"), ("ramseybakehouse", "kuihkitchen"), role=("Counter Assistant", "Delivery Rider"), tz=("im", "my"))
mo("application_received", "pnpt", "Application received: {role}", "Dear {n},\n\nThanks for applying for {role}. Every application gets a mark against the job profile; those under the shortlist mark stop there. Results follow within three weeks.\n\n{co} Hiring Team", ("Chesapeake Duct & Comfort", "Belize City Shrimp Holdings"), ("chesapeakeduct", "bzshrimp"), role=("Sheet Metal Helper", "Hatchery Assistant"), tz=("use", "bz"))
mo("application_received", "jazz", "Thanks for applying – {co}", "Hi {n},\n\nWe received your application for {role}. Good match? Expect a call invite. Should the role go elsewhere, expect a note all the same.\n\nSincerely,\n{sig}", ("Soweto Print & Sign", "Szczecin Port Logistics"), ("sowetoprint", "szczecinport"), role=("Print Operator", "Dispatch Clerk"), tz=("za", "pl"))
mo("application_received", "ashb", "{co} got your application", "Hey {n},\n\nOur founders personally read every {role} form that lands. Match or miss, ten days at most before we reply.\n\n{sig}\n{co}", ("Shelfsense (seed stage)", "Pinecone Robotics Seoul"), ("shelfsense", "pineconerobotics"), role=("Product Designer", "Firmware Engineer"), tz=("usp", "kr"))
mo("application_received", "seas", "{co} – summer crew application in", "{y} {n},\n\nSweet, your name's down as {role}. Returners get first dibs; if the list fills before your turn, an email lets you know.\n\nCheers,\n{sig}", ("Whakarewarewa Thermal Walks", "Dawson Gaslight Follies"), ("thermalwalks", "gaslightfollies"), role=("Ticket Office Assistant", "Usher"), y=("Kia ora", "Hi"), tz=("nz", "yt"))
mo("application_received", "thr1", "Application received – {role}", "Hi {n},\n\nYour {role} application reached {co}. We sift the pile next week. Shortlisted or not, a reply reaches everybody.\n\n{sig}", ("Villa Marina Events Hall", "Vistula Code Partners"), ("villamarinaevents", "vistulacode"), role=("Box Office Assistant", "Test Automation Engineer"), tz=("im", "pl"))
mo("application_received", "thr2", "Acknowledgement of application", "Dear {n},\n\nYour {role} application has reached the estate office. Kindly note the estate replies to shortlisted people alone; thirty quiet days mean it did not succeed.\n\n{sig}\n{co}", ("Thyolo Highlands Tea Estate", "Incheon Harbour Forwarders"), ("thyolotea", "incheonforwarders"), role=("Weighbridge Clerk", "Sea Freight Assistant"), tz=("mw", "kr"))
mo("application_received", "foot1", "{co}: we have your application", "Dear {n},\n\nYour {role} application is in. Shortlist or no shortlist, expect word from us inside three weeks.\n\n{co}{FOOT}", ("Manx Telecom Retail", "Leeds Tile Warehouse"), ("manxretail", "leedstile"), role=("Store Adviser", "Warehouse Operative"), tz=("im", "uk"))
mo("application_received", "foot3", "Application for {role} received", "Hi {n},\n\nThe {role} application is with us. If selection passes you by, we hold onto the CV for later openings.\n\nRegards, {sig}{FOOT}", ("Penang Hill Funicular Services", "Suwon Smart Appliance"), ("penanghillfs", "suwonappliance"), role=("Ticketing Clerk", "Field Service Engineer"), tz=("my", "kr"))
mo("application_received", "hedg1", "Your application – {role}", "Dear {n},\n\nYour {role} application arrived. Every application gets compared with the brief. Progress or no progress, we retain your details six months; write to us for earlier deletion.\n\nKind regards,\n{sig}", ("Kraków Finance Shared Services", "Athlone Pharma Packaging"), ("krakowfss", "athlonepharmapack"), role=("Payroll Specialist", "Line Leader"), tz=("pl", "ie"))
mo("application_received", "hedg2", "Thanks, {n}", "Hi {n},\n\n{role} application received, ta! Hiring here runs a few weeks. Should we go another way, a quick line from us saves you waiting.\n\n{sig}\n{co}", ("Ambergris Caye Golf Cart Rentals", "Broome Pearl Tours"), ("ambergriscarts", "broomepearl"), role=("Cart Desk Greeter", "Reservations Assistant"), tz=("bz", "wa"))
mo("application_received", "pub1", "Application received – {role}", "Dear {n},\n\nYour {role} application is logged. Ratings begin when the announcement closes; afterwards a Notice of Results explains whether HR passed you on to the selecting official.\n\n{co}", ("US Forest Service – Region 1 HR", "Yukon Government – Public Service Commission"), ("fsregion1hr", "yukonpsc"), role=("Fire Lookout", "Office Administrator"), tz=("usm", "yt"))
mo("application_received", "pub2", "Receipt of application – {role}", "Dear {n},\n\nYour {role} application is received. Any application missing certified copies of certificates is declared ineligible, so attach yours ahead of closing day.\n\n{sig}\n{co}", ("Malawi Civil Service Commission", "Belize Public Service Commission"), ("mwcsc", "bzpsc"), role=("Clerical Officer", "Assistant Statistician"), tz=("mw", "bz"))
mo("application_received", "pub4", "Application registered – {role}", "Dear {n},\n\nThe {role} application is registered. A written examination comes next; those scoring under the qualifying mark leave the process at that point. Details of the exam follow by e-mail.\n\n{co}", ("Gangwon Provincial Office – Personnel Division", "Voivodeship Office in Szczecin – Civil Service Directorate"), ("gangwonpersonnel", "szczecinvoivodeship"), role=("Grade 9 Technical Officer", "Records Clerk"), tz=("kr", "pl"))
mo("application_received", "stat1", "Status update: {role}", "Hi {n},\n\n{co} has updated your {role} application.\n\nNew status: Under review\nLater on it could show: Interview, Offer, No longer being considered.\n\nAutomated notice, replies unread.", ("Leeds Dock Logistics", "Prai Industrial Coatings"), ("leedsdock", "praicoatings"), role=("Fleet Administrator", "Lab Assistant"), tz=("uk", "my"))
mo("application_received", "intern1", "{co} {x}: application received", "Dear {n},\n\nThe {x} form arrived. With few places and many hopefuls, not everyone lands one; those selected sit an online test next month.\n\n{co} Early Careers", ("Hanriver Semiconductor", "Sierra Hydro Partners"), ("hanriversemi", "sierrahydro"), x=("Winter Internship 2026", "Field Operations Internship"), tz=("kr", "usp"))
mo("application_received", "intern2", "Application received – {x}", "Hi {n},\n\nThe {x} form arrived. Online tests open shortly. Pass or fail at each stage, an e-mail reaches you within a fortnight of finishing it.\n\nGraduate Recruitment, {co}", ("Mzansi Rail Engineering", "Liffey Water Services"), ("mzansirail", "liffeywater"), x=("Graduate Technologist Programme", "Graduate Programme in Water Engineering"), tz=("za", "ie"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "thr-out2", "RE: [EXT] Re: {role} – next steps", "Hi {n},\n\nThanks for the sample work, it went down very well. Could you meet the panel, say {dl}, ten sharp? Unfortunately the front gate is blocked by roadworks, so please use the side entrance.\n\n{sig}\n\n{OUT}", ("Sheaf Valley Cutlers", "Strandhill Surf School"), ("sheafcutlers", "strandhillsurf"), role=("Polishing Technician", "Surf Instructor"), tz=("uk", "ie"))
mo("interview", "thr-gm2", "RE: [EXT] Re: Afternoon at {co}", "Hi {n},\n\nGreat to hear from you. Fancy a chat-style interview around two o'clock, {dl}? Sadly our espresso gadget broke recently, so a flask is wise.\n\n{sig}\n\n{GM}", ("Casco Bay Lobster Pound", "Derwent Wooden Toy Co."), ("cascolobster", "derwenttoys"), role=("Pound Hand", "Toy Finisher"), tz=("use", "au"))
mo("interview", "wday", "Interview invitation – {role}", "Hello {n},\n\nPlease come and interview for {role}: {dl}, eleven o'clock. Unfortunately our visitor bays get new tarmac that week; there is street parking on the main road.\n\n{sig}\n{co}", ("Laxey Woollen Mills", "Poznań Oak Furniture S.A."), ("laxeywoollen", "poznanoak"), role=("Mill Shift Supervisor", "Assembly Line Leader"), tz=("im", "pl"))
mo("interview", "grnh", "Let's talk – {role}", "Dear {n},\n\nYour application impressed us; let's meet about {role}, {dl}. Sadly our lift is broken, meaning two flights of stairs; shout if stairs are tricky.\n\n{sig}\nPeople Team, {co}", ("Zomba Plateau Printers", "Daejeon Cell Labs"), ("zombaprinters", "daejeoncell"), role=("Press Minder", "Materials Analyst"), tz=("mw", "kr"))
mo("interview", "tleo", "Interview scheduled – job number {ref}", "Dear {n},\n\nAn interview for {role} is booked for you, {dl}. Regrettably our reception desk is unstaffed before nine, so please ring the bell on arrival.\n\nTalent Acquisition, {co}", ("Busan Glow Cosmetics Export", "Ballincollig Veterinary Group"), ("busanglow", "ballincolligvets"), role=("Export Documentation Officer", "Veterinary Nurse"), tz=("kr", "ie"))
mo("interview", "foot2", "Interview – {role}", "Hello {n},\n\nKindly attend an interview for {role}, {dl}, half past nine. Unfortunately builders have our canteen shut, so do bring water.\n\n{sig}, {co}", ("Blantyre Bottling Company", "Polokwane Fresh Produce Market"), ("blantyrebottling", "polokwanefresh"), role=("Line Operator", "Cashier"), tz=("mw", "za"))
mo("interview", "hedg3", "{co} – interview for {role}", "Dear {n},\n\nThanks for applying. An interview slot for {role} is yours, {dl}. Bad news on parking: the yard is full during shift change, so please arrive by bus if you can.\n\n{sig}", ("Gumi Display Parts", "Stockport Signwriters"), ("gumidisplay", "stockportsigns"), role=("Process Engineer", "Sign Fitter"), tz=("kr", "uk"))
mo("interview", "rec-yt", "Mayo interview", "Hey {n},\n\nGood news, the camp wants to talk to you about the Heavy Duty Apprentice spot on {dl}, by video. Unfortunately the camp wifi drops a lot, so keep your phone handy as a backup.\n\n{sig}\nNorth of Sixty Recruiting", "North of Sixty Recruiting", "northofsixtyrec", tz="yt")
mo("interview", "s-bz", "Interview fi di {role} job", "Gud day {n},\n\nDi manager want talk to yu fi {role} pan {dl}, ten o'clock. Sorry, di road to di lodge rough after di rain, so come early.\n\n{sig}", "Cockscomb Jaguar Lodge", "cockscomblodge", role="Night Porter", tz="bz")
mo("next_steps", "icms", "Action needed – {role}, job ID {ref}", "Dear {n},\n\nYour application for {role} has moved forward. Upload {x}, scanned, before {dl}, please. Unfortunately the portal refuses files above 5 MB, so scan at a low resolution.\n\nRecruitment Services\n{co}", ("Gdańsk Hull Welding Sp. z o.o.", "Nelson Mandela Bay Auto Spares"), ("gdanskhull", "nmbspares"), role=("TIG Welder", "Parts Interpreter"), x=("your welding certificate", "your driving licence"), tz=("pl", "za"))
mo("next_steps", "pnpt", "Next step: online assessment", "Dear {n},\n\nYou've passed the first screen for {role}. Finish the online assessment ahead of {dl}. Sorry, the timer can't be stopped once you start, so block out forty minutes.\n\n{co} Hiring Team", ("Chesapeake Duct & Comfort", "Belize City Shrimp Holdings"), ("chesapeakeduct", "bzshrimp"), role=("HVAC Apprentice", "Pond Technician"), tz=("use", "bz"))
mo("next_steps", "pub4", "Written examination – {role}", "Dear {n},\n\nYour seat at the {role} written examination is confirmed for {dl} (start 10:00). Bring photo ID. Regrettably the exam hall has no parking.\n\n{co}", ("Gangwon Provincial Office – Personnel Division", "Voivodeship Office in Szczecin – Civil Service Directorate"), ("gangwonpersonnel", "szczecinvoivodeship"), role=("Grade 9 Administrative Officer", "Junior Clerk"), tz=("kr", "pl"))
mo("next_steps", "intern2", "Next stage: online test", "Hi {n},\n\nThanks for applying for the {x}. Stage two: a reasoning test online, open until {dl}. Unfortunately it refuses to load on mobiles, so grab a laptop.\n\nGraduate Recruitment, {co}", ("Mzansi Rail Engineering", "Liffey Water Services"), ("mzansirail", "liffeywater"), x=("Graduate Engineer Programme", "Graduate Development Programme"), tz=("za", "ie"))
mo("next_steps", "thr-rule1", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nThe team loved meeting you! Next, may we have two referees' details before {dl}? Sadly Mr Kaluwa's number bounced when we tried it, so please double-check it.\n\n{sig}\n\n{RULE}", ("Armenian Street Heritage Inn", "Barton Creek Cave Trips"), ("armenianstreetinn", "bartoncreektrips"), role=("Guest Relations Officer", "Cave Guide"), tz=("my", "bz"))
mo("next_steps", "s-kr", "[{co}] Document screening passed", "Hello {n}, this is {sig} from {co} HR team.\n\nCongratulations, document screening for {role} is passed. Next please finish personality test until {dl}. Unfortunately test site become slow at night, so we recommend daytime.\n\n{co} HR", "Ulsan Marine Coatings", "ulsancoatings", role="Coating Inspector", tz="kr")
mo("next_steps", "rec-im", "Payroll Assistant – next step", "Hi {n},\n\nThe firm liked your CV for the Payroll Assistant post. They'd like a short Excel task back by {dl}. Annoyingly their file won't open on a Mac, so use a PC if you can.\n\n{sig}\nMannin Staffing", "Mannin Staffing", "manninstaffing", tz="im")
mo("offer", "thr-orig2", "RE: [EXT] Re: {role} interview", "{y} {n},\n\nSo good meeting you last week. We'd love you in the {role} role, starting {dl}. Unfortunately every staff parking bay is taken, so we'll sort you a bus pass.\n\n{sig}\n\n{ORIG}", ("Napier Deco Walks", "Mapo Webtoon Studio"), ("napierdecowalks", "mapowebtoon"), role=("Tour Host", "Background Artist"), y=("Kia ora", "Hello"), tz=("nz", "kr"))
mo("offer", "levr", "Offer – {role} at {co}", "Hi {n},\n\nPlease join us as our {role}; proposed start {dl}; the contract is attached. Sadly the staff lockers are still on order, so bring a small bag for now.\n\n{sig}, Recruiting at {co}", ("Bayan Lepas Chiptest Sdn Bhd", "Klondike Tire & Lube"), ("chiptestbl", "klondiketire"), role=("Test Floor Lead", "Seasonal Tire Technician"), tz=("my", "yt"))
mo("offer", "seas", "You're on the {co} crew!", "{y} {n},\n\nGreat news, you're our {role} this season; first shift falls on {dl}. Less great: the crew hut shower is being redone, so the first fortnight is at the pool.\n\nCheers,\n{sig}", ("Whakarewarewa Thermal Walks", "Dawson Gaslight Follies"), ("thermalwalks", "gaslightfollies"), role=("Summer Guide", "Summer Cast Member"), y=("Kia ora", "Hi"), tz=("nz", "yt"))
mo("offer", "s-pl", "Job offer – {role}", "Dear Mr/Ms {n},\n\nWe have pleasure to offer you position {role} from {dl}. Unfortunately our canteen for staff is in renovation until spring, so lunch vouchers are provided.\n\nBest greetings,\n{sig}\nHR Department, {co}", "Łódź Textile Dyeing Works", "lodzdyeing", role="Shift Colourist", tz="pl")

# ---- 15 other: neutral statuses, withdrawals, a job alert, outreach, non-job refusals
mo("other_job", "wdrw", "Withdrawal confirmed – {role}", "Hi {n},\n\nDone: your {role} application is withdrawn, as requested. No further action on your side. Re-apply whenever suits.\n\n{co} Careers", ("Leeds Dock Logistics", "Prai Industrial Coatings"), ("leedsdock", "praicoatings"), role=("Transport Planner", "QC Inspector"), tz=("uk", "my"))
mo("other_job", "hold", "Application status changed", "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> shows <b>On hold</b>. Hiring is paused while the new budget awaits approval; your application stays open.</p><p>— {co} Careers</p></body></html>", ("Wichita Freight Systems", "Rustenburg Platinum Services"), ("wichitafreight", "rustenburgplat"), role=("Billing Clerk", "Shaft Timekeeper"), tz=("usc", "za"))
mo("other_job", "move", "Interview moved – {role}", "Good day {n},\n\nOur office will be shut for the National Heroes and Benefactors Day holiday, so your interview for {role} moves to {dl}, same time. See you then.\n\n{sig}\n{co}", "Orange Walk Sugar Co.", "owsugar", role="Boiler House Attendant", tz="bz")
mo("job_alert", "alrt", "New jobs at {co} this week", "Hi {n},\n\nThree new posts match your Vacancy Beacon: {role}, Stores Person and Shift Fitter. Apply by the dates on each listing.{FOOT}", ("Manx Telecom Retail", "Leeds Tile Warehouse", "Blantyre Bottling Company"), ("manxretail", "leedstile", "blantyrebottling"), role=("Store Adviser", "Forklift Driver", "Line Operator"), tz=("im", "uk", "mw"))
mo("recruiter_outreach", "pitch1", "Operations role near Douglas", "Hi {n},\n\nYour profile surfaced as I hunted for an Operations Manager at a fintech firm near Douglas. Hybrid, good salary. Free for a chat this week?\n\n{sig}\nMannin Staffing", "Mannin Staffing", "manninstaffing", tz="im")
mo("recruiter_outreach", "pitch2", "Opportunity in Bayan Lepas", "Hi {n},\n\nI am {sig} from Straits Talent Search. We have a Planning Manager opening at an electronics plant in Bayan Lepas, and your background looks quite suitable. Can we talk by phone?\n\nThanks!", "Straits Talent Search", "straitstalent", tz="my")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nAbout your {x} request: sadly the bank cannot approve it at present. Reply here to learn the main reasons.\n\n{co}", ("Mannin Savings Bank", "Lakeside Microfinance Malawi"), ("manninsavings", "lakesidemf"), x=("personal loan", "small business loan"), tz=("im", "mw"))
mo("non_job_rejection_words", "ballot", "Half-marathon ballot result", "Hi {n},\n\nWe've pulled names for the Yukon River Trail Half, and sadly yours stayed out of it this time. Any place freed up goes to you first.\n\nRace Office", "Yukon River Trail Half", "yrthalf", tz="yt")
mo("non_job_rejection_words", "flat", "Flat in Jelutong", "Hi {n},\n\nThanks for viewing the flat in Jelutong. Sorry, the owner decided to rent it to another family. I'll message you if another unit comes up.\n\n{sig}\nIsland Homes Realty", "Island Homes Realty", "islandhomes", tz="my")
mo("non_job_rejection_words", "club", "Junior squad places", "Dear {n},\n\nThanks for bringing your son along to junior rugby trials. Sorry, squad numbers are maxed out, so he misses a place this season. He is welcome at the open Saturday sessions.\n\n{sig}\nKraków Bulls RFC", "Kraków Bulls RFC", "krakowbulls", tz="pl")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice names, with their twins (same sender)
def wp(fam: str, lang: str, ch: str, co: str, dom: str, tz: str, who: tuple[str, str], rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """One wide refusal and its twin, both from one literal sender (who = signer, mailbox)."""
    signer, box = who
    if ch:
        frm = f"{signer}, {co} (via Corrowvale{ch}) <{box}@{dom}.example>"
        tail = f"\n\n{signer}\n— passed on by Corrowvale{ch} —"
    else:
        frm = f"{signer} <{box}@{dom}.example>"
        tail = f"\n\n{signer}"
    wr(lang + "-" + fam, rej[0], rej[1].rstrip() + tail, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + lang + "-" + fam, twin[1], twin[2].rstrip() + tail, co, dom, frm=frm, tz=tz, lang=lang)


wp("sieve", "en", "Finch", "Holmfirth Sieve Menders", "holmfirthsieve", "uk", ("Gail Pickersgill", "gail"), ("Sieve-mending bench post", "Hi {n},\n\nTa for asking after the bench post. Somebody who already knows brass mesh has started in it, I'm afraid."), ("application_received", "Sieve-mending bench post", "Hi {n},\n\nYour note about the bench post came through fine. We'll read everything by Friday and reply to each person, yes or no."))
wp("peat", "en", "Wren", "Barvas Peat Cutters", "barvaspeat", "sco", ("Murdo MacLeod", "murdo"), ("Peat stacking crew", "Hello {n},\n\nKind of you to offer yourself for the stacking crew. Every bank is spoken for this spring, and the crew is full."), ("interview", "Peat stacking crew", "Hello {n},\n\nCome out to the moor road on {dl} at nine to meet the crew. Unfortunately there's no signal out there, so don't count on the phone."))
wp("quern", "en", "Lark", "Cader Quern Works", "caderquern", "uk", ("Bethan Rowlands", "bethan"), ("Your quern chiselling application", "Dear {n},\n\nThanks for wanting to chisel querns here. Having looked through your portfolio, the bench place is going elsewhere."), ("next_steps", "Your quern chiselling application", "Dear {n},\n\nWould you e-mail photos of a couple of your stone pieces before {dl}? Sadly the post here is slow, so e-mail is best."))
wp("rush", "en", "Plover", "Shannon Rush Mats", "shannonrush", "ie", ("Pádraig Hanley", "padraig"), ("Rush matting job", "Hi {n},\n\nThanks a lot for asking about the matting job. A neighbour who has plaited rush for years has it now, I'm sorry to say."), ("offer", "Rush matting job", "Hi {n},\n\nThe matting table is yours; first day {dl}. Bad news is the shed roof leaks, so bring boots."))
wp("quill", "en", "Curlew", "Brandywine Quill Works", "brandywinequill", "use", ("Prudence Hale", "prudence"), ("Quill dressing apprentice", "Hi {n},\n\nThanks for wanting to dress quills with us. The apprentice place is filled; your application closes with that."), ("application_received", "Quill dressing apprentice", "Hi {n},\n\nYour application is here. Chosen or passed over, expect our reply inside a fortnight."))
wp("horn", "en", "Heron", "Kisii Horn Combs", "kisiihorn", "ke", ("Moraa Nyaboke", "moraa"), ("Horn combing vacancy", "Dear {n},\n\nAsante for applying to comb horn with us. Regretfully, your application was not selected."), ("interview", "Horn combing vacancy", "Dear {n},\n\nKindly come for interview, {dl}, ten o'clock. Sorry, the workshop gate is being painted, so use the back entrance."))
wp("net", "en", "Swift", "Elmina Net Braiders", "elminanets", "gh", ("Kojo Asante", "kojo"), ("Net braiding work", "Hello {n},\n\nThanks for asking about braiding work. Our braiders are enough for this season, and no new person is needed."), ("next_steps", "Net braiding work", "Hello {n},\n\nBefore {dl}, kindly send a small video of you tying a mesh knot. Unfortunately our phone struggles with large files, so make it brief."))
wp("clap", "en", "Martin", "Prairie Clapboard Co.", "prairieclapboard", "usc", ("Wade Hollister", "wade"), ("Clapboarding crew", "Hi {n},\n\nThanks for applying to the clapboarding crew. We're going with installers who have more siding years behind them; sorry."), ("offer", "Clapboarding crew", "Hi {n},\n\nYou're on the crew, starting {dl}. Unfortunately our pickup's getting fixed, so find your own ride that first week."))
wp("gild", "en", "Thrush", "Fitzroy Frame Gilders", "fitzroygilders", "au", ("Belinda Kouris", "belinda"), ("Gilding and sizing role", "Hi {n},\n\nTa for applying for the sizing role. It's not going ahead, as we need someone with water gilding under their belt."), ("application_received", "Gilding and sizing role", "Hi {n},\n\nThanks, your application has arrived. Yes or no, we'll reply before the month ends."))
wp("wattle", "en", "Linnet", "Akaroa Earth Builders", "akaroaearth", "nz", ("Tane Horomona", "tane"), ("Wattle and daub labourer", "Kia ora {n},\n\nCheers for asking about labouring on our wattle and daub builds. No new starters for now."), ("interview", "Wattle and daub labourer", "Kia ora {n},\n\nCome see us on site on {dl} at 8 am. Unfortunately it's muddy after the rain, so wear gumboots."))
wp("bell", "en", "Siskin", "Karoo Sheep Bell Foundry", "karoobells", "za", ("Elmarie du Toit", "elmarie"), ("Bell casting post", "Hi {n},\n\nThanks for applying for the casting post. Another applicant has been appointed, so yours ends here."), ("next_steps", "Bell casting post", "Hi {n},\n\nBefore {dl}, e-mail us the trade test certificate. Sorry, our scanner is broken, so a clear photo will do."))
wp("patten", "en", "Dunlin", "Jodhpur Patten Makers", "jodhpurpattens", "in", ("Anil Rathore", "anil"), ("Patten making artisan", "Dear {n},\n\nThank you kindly for writing to the Jodhpur workshop. We regret, the artisan post application is unsuccessful."), ("offer", "Patten making artisan", "Dear {n},\n\nHappy to inform that the artisan post is yours; joining date {dl}. Unfortunately the workshop fan is not working, so mornings may be warm."))
wp("ferret", "en", "Godwit", "Fenland Ferret Breeders", "fenlandferrets", "uk", ("Rosie Whitmore", "rosie"), ("Ferret breeding assistant", "Hi {n},\n\nTa for offering a hand with the breeding. A local lad got the job, so not this time."), ("application_received", "Ferret breeding assistant", "Hi {n},\n\nThanks, got it! Match or not, we'll write."))
wp("coppice", "en", "Merlin", "Wicklow Coppice Workers", "wicklowcoppice", "ie", ("Niamh Kavanagh", "niamh"), ("Coppice cutting season", "Hi {n},\n\nThanks for wanting to cut with us this winter. The team is full up, sorry."), ("interview", "Coppice cutting season", "Hi {n},\n\nMeet us at the wood, {dl}, ten-ish? Sadly the parking area is under water, so use the church lot."))
wp("mill", "en", "Kestrel", "Willamette Millstone Dressers", "willamettemill", "usp", ("Dale Ketterman", "dale"), ("Millstone dressing helper", "Hi {n},\n\nThanks for applying as helper. Someone's been hired; yours is closed."), ("next_steps", "Millstone dressing helper", "Hi {n},\n\nBefore we talk, fill in the safety form before {dl}. Unfortunately it's paper only, no online signing."))
wp("eel", "en", "Osprey", "Badagry Eel Basket Makers", "badagryeel", "ng", ("Tunde Bakare", "tunde"), ("Eel basket weaving", "Dear {n},\n\nThank you for applying to weave eel baskets here. Sorry, somebody has filled the position."), ("offer", "Eel basket weaving", "Dear {n},\n\nThe weaving job is yours; resumption date {dl}. Unfortunately our generator is being repaired, so work stops at sunset."))
wp("cheese", "en", "Egret", "Bitterroot Cheese Pressers", "bitterrootcheese", "usm", ("Heidi Sorensen", "heidi"), ("Cheese pressing position", "Hi {n},\n\nThanks for your press room application. The position's filled, and yours ends there."), ("application_received", "Cheese pressing position", "Hi {n},\n\nThanks, your application's here. Hired or not, three weeks at most till we answer."))
wp("buckle", "en", "Grebe", "Spanish Town Buckle Forge", "spanishtownforge", "jm", ("Marcia Gordon", "marcia"), ("Buckle forging job", "Hi {n},\n\nTanks fi apply fi di forging work. We give it to a man who work forge already, so we nah tek yu dis time."), ("interview", "Buckle forging job", "Hi {n},\n\nCome talk wid us {dl}, eleven o'clock. Sorry, di forge hot and no fan deh, so dress light."))
wp("rake", "en", "Bittern", "Gippsland Rake Makers", "gippslandrakes", "au", ("Trent Maddox", "trent"), ("Rake shaving work", "Hi {n},\n\nTa for your interest in shaving rake handles. Someone else has the work this season."), ("next_steps", "Rake shaving work", "Hi {n},\n\nCan you flick us your white card number before {dl}? Unfortunately no one starts without it."))
wp("vellum", "en", "Shrike", "Tiong Bahru Bindery", "tiongbahrubindery", "sg", ("Jasmine Koh", "jasmine"), ("Vellum scraping assistant", "Hi {n},\n\nThanks for applying. For the vellum assistant role, another applicant is going ahead."), ("offer", "Vellum scraping assistant", "Hi {n},\n\nThe assistant role is yours; report on {dl}. The bindery aircon is weak, unfortunately, so dress cool."))
wp("wax", "en", "Pipit", "Varanasi Seal Wax Works", "varanasiwax", "in", ("Pooja Tiwari", "pooja"), ("Seal wax rolling post", "Dear {n},\n\nThank you for applying. Regretfully, the wax rolling post shortlist does not include you."), ("application_received", "Seal wax rolling post", "Dear {n},\n\nYour application has reached us. Shortlist or not, each applicant is e-mailed."))
wp("cane", "en", "Bunting", "Lancaster County Chair Caners", "lancastercaners", "use", ("Ruth Zimmerman", "ruth"), ("Chair caning apprentice", "Hi {n},\n\nThanks for applying. Another apprentice was chosen, so yours stops here."), ("interview", "Chair caning apprentice", "Hi {n},\n\nPlease visit the shop on {dl} at 1 pm. Unfortunately our lot is small, so park on the street."))
wp("barrow", "en", "Redstart", "Tema Wheelbarrow Works", "temabarrows", "gh", ("Efua Boateng", "efua"), ("Welding job", "Hello {n},\n\nThanks for your welding job application. Someone is already taken, so your application ends."), ("next_steps", "Welding job", "Hello {n},\n\nCome with your ID card before {dl} for a welding test. Sorry, we have no changing room, so come in work clothes."))
wp("stove", "en", "Chiffchaff", "Klondike Stovepipe & Chimney", "klondikestovepipe", "yt", ("Bruce Kerrigan", "bruce"), ("Stovepipe bending job", "Hi {n},\n\nThanks for applying for the bending job. A guy with sheet metal time already got it; sorry."), ("offer", "Stovepipe bending job", "Hi {n},\n\nThe bending job is yours; you start {dl}. Unfortunately the shop heater is slow in the mornings, so layer up."))
wp("gate", "en", "Nuthatch", "Nanyuki Gate Hangers", "nanyukigates", "ke", ("Wambui Karanja", "wambui"), ("Gate hanging helper", "Dear {n},\n\nAsante for applying as gate hanging helper. Sorry, another person is chosen for this job."))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-en-sieve", "This week on CorrowvaleFinch", "Hi {n},\n\nFour new workshop jobs near Holmfirth match your saved search: bench hand, sieve mender, wire weaver and packer. Open CorrowvaleFinch to read them and apply.\n\nCorrowvaleFinch job digest", "Holmfirth Sieve Menders", "holmfirthsieve", frm="CorrowvaleFinch digest <digest@holmfirthsieve.example>", tz="uk")
wo("non_job_rejection_words", "nj-en-hall", "Hall booking request", "Dear {n},\n\nThanks for asking to book the village hall for a Saturday craft fair. I'm sorry, but the committee cannot accept the booking, as the hall is already taken that weekend.\n\nBooking Secretary, Akaroa Village Hall", "Akaroa Village Hall", "akaroahall", frm="Bookings <bookings@akaroahall.example>", tz="nz")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
wp("dates", "ar", "", "مصنع تمور البلد", "albaladdates", "sa", ("نوال العتيبي", "nawal"), ("بخصوص طلب التوظيف", "عزيزي/عزيزتي {n}،\n\nشكرًا لتقديمك على العمل معنا في جدة. نأسف لإبلاغك بأنه تم اختيار متقدم آخر لوظيفة مشرف خط التعبئة.\n\nمع أطيب التحيات،"), ("interview", "دعوة لمقابلة شخصية", "عزيزي/عزيزتي {n}،\n\nنود مقابلتك يوم {dl} في تمام العاشرة. للأسف موقف المصنع مغلق بسبب أعمال صيانة، فاستخدم الموقف المجاور من فضلك.\n\nمع أطيب التحيات،"))
wp("kurier", "de", "", "Elbkurier Hamburg", "elbkurier", "de", ("Henrike Lohmann", "henrike.lohmann"), ("Ihre Bewerbung als Fahrradkurier", "Hallo {n},\n\ndanke, dass Sie bei Elbkurier mitfahren wollten. Die Stelle ist inzwischen an jemand anderen vergeben, für Sie bleibt es deshalb bei einer Absage.\n\nViele Grüße"), ("application_received", "Bewerbung eingegangen", "Hallo {n},\n\nIhre Kurier-Bewerbung ist angekommen. Zusage oder Absage – spätestens in zwei Wochen melden wir uns.\n\nViele Grüße"))
wp("horchata", "es", "", "Horchatería Sant Vicent", "santvicent", "es", ("Mercedes Ballester", "mercedes"), ("Tu candidatura", "Hola, {n}:\n\nQué ilusión que quisieras trabajar este verano en la horchatería. La plaza ya la ocupa otra persona, así que tu solicitud no sigue adelante.\n\nUn saludo,"), ("next_steps", "Siguiente paso", "Hola {n}:\n\nComo siguiente paso, mándanos foto de tu certificado de manipulador antes del {dl}, porfa. Por desgracia, el correo de la tienda no admite archivos pesados.\n\nUn saludo,"))
wp("bouchon", "fr", "", "Bouchon des Canuts", "bouchoncanuts", "fr", ("Gaspard Rolland", "gaspard"), ("Votre candidature", "Bonjour {n},\n\nMerci d'avoir pensé au Bouchon des Canuts pour un poste en cuisine. Au bout du compte, c'est une autre candidate qui rejoint la cuisine ; votre demande prend fin ici.\n\nCordialement,"), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle : la place en cuisine vous attend, premier service le {dl}. Malheureusement, notre vestiaire reste fermé pour travaux, apportez donc un sac.\n\nCordialement,"))
wp("pottery", "hi", "", "जयपुर नीली पॉटरी कार्यशाला", "jaipurbluepottery", "in", ("कादम्बरी जोशी", "kadambari"), ("आवेदन के संबंध में", "प्रिय {n},\n\nजयपुर की नीली पॉटरी से जुड़ने की आपकी ललक देखकर खुशी हुई, किंतु कारीगर की यह जगह अब किसी दूसरे हुनरमंद के पास है।\n\nभवदीया,"), ("interview", "मुलाक़ात का बुलावा", "प्रिय {n},\n\n{dl} को दस बजे भट्ठी वाले आँगन में मिलिए। वहाँ गाड़ी रखने की जगह इन दिनों मरम्मत में है, माफ़ कीजिए।\n\nभवदीया,"))
wp("sfoglia", "it", "", "Laboratorio Sfoglia Felsinea", "sfogliafelsinea", "it", ("Loredana Piras", "ornella"), ("La sua candidatura", "Gentile {n},\n\ngrazie per aver scritto al Laboratorio Felsinea. Il posto di sfoglina è andato a un'altra persona, perciò la candidatura termina qui.\n\nCordiali saluti,"), ("application_received", "Candidatura ricevuta", "Gentile {n},\n\nla sua candidatura da sfoglina è arrivata. Sì o no, entro dieci giorni le scriviamo.\n\nCordiali saluti,"))
wp("ramen", "ja", "", "札幌味噌らーめん北斗", "sapporohokuto", "jp", ("松田 恵美", "matsuda"), ("選考結果のお知らせ", "{n}様\n\n北斗の厨房スタッフ募集にお声がけくださり、感謝申し上げます。残念ながら、この枠は別の方に決まりました。\n\n"), ("next_steps", "次の選考について", "{n}様\n\n次の選考として、{dl}までに履歴書の原本を郵送してください。あいにく店舗の電話は営業中につながりにくいため、ご質問はメールでお願いいたします。\n\n"))
wp("kiln", "ko", "", "경주 토함요", "tohamyo", "kr", ("한소희", "sohee"), ("지원 결과 안내", "{n}님 안녕하세요.\n\n도예 보조 모집에 토함요 도예 보조 모집에 마음을 보내 주셔서 고맙습니다. 아쉽지만 그 자리는 다른 분께 돌아갔습니다.\n\n"), ("offer", "채용 안내", "{n}님 안녕하세요.\n\n도예 보조로 모시고자 합니다. 첫 출근일은 {dl}입니다. 안타깝게도 공방 앞 주차 공간이 보수 중이니 버스를 타고 오시면 좋겠습니다.\n\n"))
wp("azulejo", "pt", "", "Oficina de Azulejos da Ribeira", "azulejosribeira", "pt", ("Tiago Moura", "tiago"), ("A sua candidatura", "Olá {n},\n\nObrigado por querer pintar azulejos connosco. A vaga acabou por ser preenchida por outra pessoa; damos o seu processo por encerrado.\n\nCumprimentos,"), ("interview", "Convite para entrevista", "Olá {n},\n\nPode vir conversar connosco a {dl}, pelas dez? Infelizmente o elevador avariou e a oficina fica num terceiro andar.\n\nCumprimentos,"))
wp("chakchak", "ru", "", "Кондитерская «Казанский чак-чак»", "kazanchakchak", "ru", ("Зульфия Гарипова", "olga"), ("Ваш отклик на вакансию", "Здравствуйте, {n}!\n\nБлагодарим, что откликнулись на место кондитера в нашей кондитерской. Увы, на это место уже взят другой человек.\n\nС уважением,"), ("next_steps", "Следующий этап", "Здравствуйте, {n}!\n\nДальше — пробная смена. До {dl} пришлите, пожалуйста, медкнижку. Сканер у нас, к сожалению, сломался, так что можно фотографию.\n\nС уважением,"))
wp("viungo", "sw", "", "Shamba la Viungo Kizimbani", "kizimbanispice", "tz", ("Neema Mollel", "neema"), ("Ombi lako la kazi", "Habari {n},\n\nAsante kwa kutaka kuwaongoza wageni katika shamba letu la viungo. Nafasi hiyo amepewa mtu mwingine, hivyo ombi lako limeishia hapa.\n\nWako,"), ("offer", "Umepata kazi", "Habari {n},\n\nHabari njema: kazi ya kuongoza wageni ni yako kuanzia {dl}. Kwa bahati mbaya, basi dogo la wafanyakazi limeharibika; wiki ya kwanza panda daladala.\n\nWako,"))
wp("tuktuk", "th", "", "อู่ตุ๊กตุ๊กบางลำพู", "banglamphutuktuk", "th", ("อนุชา ศรีสุข", "anucha"), ("ผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบคุณที่อยากมาเป็นช่างซ่อมตุ๊กตุ๊กที่อู่บางลำพู ตำแหน่งนี้มีช่างคนอื่นได้ไปแล้ว ใบสมัครของคุณจึงจบไว้เท่านี้\n\nด้วยความนับถือ"), ("interview", "เชิญสัมภาษณ์งาน", "เรียน คุณ{n}\n\nอยากให้แวะมาคุยกันที่อู่ วันที่ {dl} ช่วงสิบโมง ขออภัย ลานจอดรถหน้าอู่กำลังซ่อม ช่วยจอดในซอยข้างๆ\n\nด้วยความนับถือ"))
wp("simit", "tr", "", "Karaköy Simit Fırını", "karakoysimit", "tr", ("Burak Çelik", "burak"), ("Başvurunuz hakkında", "Merhaba {n},\n\nFırınımıza yardımcı olarak katılmak istediğiniz için sağ olun. Bu pozisyon başka birine verildi, başvurunuz burada kapanıyor.\n\nSaygılarımızla,"), ("application_received", "Başvurunuz alındı", "Merhaba {n},\n\nFırıncı yardımcısı başvurunuz bize ulaştı. Olumlu ya da olumsuz, iki hafta içinde size dönüş yapacağız.\n\nSaygılarımızla,"))
wp("truckart", "ur", "", "لاہور ٹرک آرٹ ورکشاپ", "lahoretruckart", "pk", ("عمران شیخ", "imran"), ("آپ کی درخواست", "محترم {n}،\n\nٹرک آرٹ کی اس ورکشاپ کو یاد کرنے کا شکریہ۔ افسوس، یہ جگہ ایک دوسرے کاریگر کو مل چکی ہے۔\n\nوالسلام،"), ("next_steps", "اگلا مرحلہ", "محترم {n}،\n\nاگلا قدم: {dl} سے قبل ٹرک پر بنائے گئے اپنے پھول بوٹوں کی تصاویر ای میل کر دیجیے۔ بدقسمتی سے ہمارا لینڈ لائن فون ان دنوں خاموش ہے۔\n\nوالسلام،"))
wp("tea", "zh", "", "杭州龙井茶庄", "longjingteahouse", "cn", ("林雪梅", "linxuemei"), ("应聘结果通知", "{n}您好：\n\n谢谢您有意来龙井茶庄做茶艺师。这个位置已经由别人接任，您的申请就到此为止。\n\n此致"), ("offer", "录用通知", "{n}您好：\n\n我们很高兴通知您，您已被录用为茶艺师，入职日期为{dl}。遗憾的是员工宿舍正在维修，前两周需自行安排住宿。\n\n此致"))
wp("dalahast", "swe", "", "Nusnäs Hästslöjd", "nusnashast", "se", ("Ingrid Lundqvist", "ingrid"), ("Din ansökan", "Hej {n},\n\nTack för ditt intresse för hästmålning i Nusnäs. Platsen har gått till någon annan, så här tar din ansökan slut.\n\nVänliga hälsningar,"), ("application_received", "Vi har fått din ansökan", "Hej {n},\n\nDin ansökan till målarbänken ligger hos oss nu. Ja eller nej – besked får du inom fjorton dagar.\n\nVänliga hälsningar,"))
wp("defaid", "cym", "", "Fferm Defaid Pen Llŷn", "ffermpenllyn", "uk", ("Eirlys Griffiths", "eirlys"), ("Eich cais am swydd", "Annwyl {n},\n\nDiolch yn fawr am holi am waith bugeilio ym Mhen Llŷn. Mae'n ddrwg gennym ddweud bod y swydd wedi'i chynnig i rywun arall.\n\nCofion,"), ("interview", "Gwahoddiad i gyfweliad", "Annwyl {n},\n\nDewch draw i sgwrsio ar {dl}, tua deg. Yn anffodus, mae'n fwd i gyd ar lôn y fferm, felly sgidiau cadarn amdani.\n\nCofion,"))
wp("marmar", "gle", "", "Ceardlann Marmair Chonamara", "marmarchonamara", "ie", ("Seán Ó Catháin", "sean"), ("D'iarratas", "A {n}, a chara,\n\nBuíochas leat as ucht suim a léiriú i bpost snoíodóra sa cheardlann. Is oth linn nach bhfuil an post le tairiscint duit.\n\nLe meas,"), ("next_steps", "An chéad chéim eile", "A chara,\n\nA {n}, cuir grianghraif de do chuid snoíodóireachta chugainn roimh {dl}. Faraor, tá fón na ceardlainne briste.\n\nLe meas,"))
wp("pintxo", "eus", "", "Parte Zaharreko Pintxo Taberna", "pintxotaberna", "es", ("Amaia Etxeberria", "amaia"), ("Zure eskaera", "Kaixo {n},\n\nEskerrik asko sukaldari laguntzaile lanposturako izena emateagatik. Beste hautagai bat aukeratu dugu, eta ez dugu zure eskaerarekin jarraituko.\n\nOndo izan,"), ("application_received", "Eskaera jaso dugu", "Kaixo {n},\n\nZure eskaera jaso dugu. Erantzuna baiezkoa edo ezezkoa izan, bi asteren buruan jakinaraziko dizugu.\n\nOndo izan,"))
wp("libraria", "sqi", "", "Libraria e Bllokut", "librariabllok", "al", ("Arta Hoxha", "arta"), ("Aplikimi juaj", "Përshëndetje {n},\n\nJu faleminderit për aplikimin për vendin e shitësit në librarinë tonë. Vendi iu dha dikujt tjetër, prandaj aplikimi juaj nuk vazhdon më tej.\n\nMe respekt,"), ("interview", "Ftesë për intervistë", "Përshëndetje {n},\n\nJu ftojmë në një intervistë më {dl} në orën 11:00. Fatkeqësisht ashensori nuk punon, prandaj zyra është në katin e tretë me shkallë.\n\nMe respekt,"))
wp("biser", "mkd", "", "Работилница Охридски бисер", "ohridbiser", "mk", ("Горан Трајковски", "goran"), ("Вашата пријава", "Почитувани {n},\n\nВи благодариме што сакате да нижете бисери со нас во Охрид. За жал, местото му припадна на друг мајстор.\n\nСо почит,"), ("application_received", "Пријавата е примена", "Почитувани {n},\n\nЈа примивме вашата пријава. Без разлика дали одговорот е да или не, ќе ви се јавиме во рок од две недели.\n\nСо почит,"))
wp("tone", "kat", "", "თონის საცხობი", "tonebakery", "ge", ("ნინო ბერიძე", "nino"), ("თქვენი განაცხადი", "ძვირფასო {n},\n\nგმადლობთ, რომ ჩვენს საცხობში მცხობელის ვაკანსიაზე განაცხადი გამოგზავნეთ. სამწუხაროდ, ამჯერად სხვა კანდიდატი შევარჩიეთ.\n\nპატივისცემით,"))
wp("voski", "hye", "", "Երևանյան ոսկերչական արհեստանոց", "yerevangold", "am", ("Արմեն Սարգսյան", "armen"), ("Ձեր դիմումը", "Հարգելի {n},\n\nՇնորհակալություն մեր արհեստանոցում աշխատելու դիմումի համար։ Ցավոք, տեղը արդեն զբաղեցրել է մեկ ուրիշ վարպետ։\n\nՀարգանքով,"), ("offer", "Աշխատանքի առաջարկ", "Հարգելի {n},\n\nՈւրախ ենք առաջարկել ձեզ ոսկերչի օգնականի պաշտոնը՝ սկսած {dl}-ից։ Ցավոք, արհեստանոցի ավտոկայանատեղին փակ է, ուստի խնդրում ենք գալ հասարակական տրանսպորտով։\n\nՀարգանքով,"))
wp("press", "tam", "", "சென்னை அச்சகம்", "chennaiachagam", "in", ("செல்வி நடராசன்", "selvi"), ("அச்சகப் பணி பற்றி", "வணக்கம் {n},\n\nஅச்சகப் பணிக்கு நீங்கள் எழுதியது கண்டோம். அந்தப் பணியிடம் இப்போது நிரம்பிவிட்டது.\n\nஇப்படிக்கு,"), ("next_steps", "அடுத்த கட்டம்", "வணக்கம் {n},\n\n{dl} தேதிக்கு முன் உங்கள் சான்றிதழ் படங்களை மின்னஞ்சலில் போடுங்கள். அச்சகத் தொலைபேசி பழுதாகிக் கிடக்கிறது.\n\nஇப்படிக்கு,"))
wp("adire", "yor", "", "Ilé Iṣẹ́ Àdìrẹ Abẹ́òkúta", "abeokutaadire", "ng", ("Funmilayo Akande", "funmilayo"), ("Nípa ìbéèrè iṣẹ́ yín", "Ẹ n lẹ́ o {n},\n\nẸ ṣé fún ìbéèrè iṣẹ́ tí ẹ fi ránṣẹ́ sí ilé iṣẹ́ àdìrẹ wa. Ó dùn wá láti sọ pé a ti yan ẹlòmíràn fún iṣẹ́ náà.\n\nẸ ṣé,"), ("offer", "Ẹ ti rí iṣẹ́ náà", "Ẹ n lẹ́ o {n},\n\nInú wa dùn láti fún yín ní iṣẹ́ náà; ẹ ó bẹ̀rẹ̀ ní {dl}. Ó ṣe ni láàánú pé ẹ̀rọ amúnáwá wa ti bàjẹ́, nítorí náà iṣẹ́ yóò parí kí ilẹ̀ tó ṣú.\n\nẸ ṣé,"))


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
    "afr": "{y}/{mm}/{dd}", "cym": "{d}/{m}/{y}", "mkd": "{d}.{m}.{y}", "hye": "{dd}.{mm}.{y}", "yor": "{d}/{m}/{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
        return f"{q:%A}, {q:%B} {q.day}, {q.year} {clock}", f"{q:%a}, {q:%b} {q.day}, {q.year} at {clock}"
    return f"{q:%A}, {q.day} {q:%B} {q.year} {q:%H:%M}", f"{q:%a} {q.day:02d}/{q.month:02d}/{q.year}, {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ below slice 161; slice 161, this slice and any later one are skipped by number."""
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
