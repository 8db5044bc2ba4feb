# ruff: noqa: E501, S311
"""Write the hundred-and-twentieth sealed blind slice for issue 11 (blind-slice-120.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 118; slice 119 and later never read; our side printed)
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

SEED = 1201201
THIS_SLICE = 120
SKIP_FROM = 119  # slice 119 (written at the same time, unseen), this slice and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 4, 21)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Oonagh Brereton", "Chileshe Mwamba", "Sachini Wijesekera", "Timoci Nawalu", "Brayden Culpepper",
    "Henrike Vosskamp", "Rania Al-Shami", "Ciarán Mac Giolla", "Devika Raghunathan", "Mthunzi Dlamini",
    "Harriet Pennycook", "Lwazi Ngcobo", "Kapembwa Chanda", "Ravindu Senanayake", "Adi Litia Tuivaga",
    "Colby Mayfield", "Felix Oberhauser", "Yasmin Haddad", "Paddy Costigan", "Anjali Kulkarni",
    "Mei-Lin Ashcombe", "Joaquín Barreda", "Natasha Ferreira", "Ruairí Conlon", "Kirra Whitlock",
    "Tevita Fonua", "Mirela Stanciu", "Obafemi Aluko", "Georgina Lathbury", "Wiremu Tahuri",
    "Sunil Rajapaksha", "Mwila Bwalya", "Jolene Tatum", "Ines Wachtmeister", "Karim Nassar",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Thwaite", "Gideon Parfitt", "Yvette Armitage", "Lorcan Beale"],
    "liv": ["Kelly-Ann Dooley", "Gaz McCartan", "Shannon Rimmer", "Terry Fazakerley"],
    "ie": ["Órla Fennessy", "Colm Ó Briain", "Niamh Garrihy"],
    "us": ["Dolores Kaminski", "Trent Whitacre", "Yolanda Breaux", "Garrett Lindqvist"],
    "al": ["Lurleen Hollis", "Beau Tillman", "Darlene McWhorter"],
    "ca": ["Solange Pelletier", "Gurdeep Bains", "Fiona MacIsaac"],
    "au": ["Shaz Donnelly", "Marcus Papadakis", "Kylie Brennan"],
    "nz": ["Mere Parata", "Hamish Ferrier", "Sina Faleolo"],
    "za": ["Thandeka Zulu", "Riaan du Plessis", "Nomsa Radebe"],
    "in": ["Lakshmi Narayanan", "Rohit Deshpande", "Swati Bhandari"],
    "zm": ["Mutale Kapasa", "Bwalya Mulenga", "Chanda Musonda", "Precious Zulu"],
    "lk": ["Dilrukshi Jayawardena", "Chaminda Herath", "Nadeesha Gunasekara"],
    "fj": ["Mereani Tuilau", "Ratu Isoa Vakacegu", "Shalini Devi Prasad"],
    "de": ["Sabine Kohlhaas", "Matthias Grünwald", "Anke Rosenthal"],
    "ae": ["Huda Al Marzouqi", "Omar Haddadin", "Reem Saleh"],
    "it": ["Marta Colombo-Reed", "Stefano Valli"],
}
REGION = {
    "use": "us", "usp": "us", "cae": "ca", "cap": "ca", "jo": "ae",
}
LANG_SIGNERS = {
    "ar": ["سلمى العبادي", "ياسر القضاة"], "de": ["Ute Hellweg", "Bernd Stöckl"],
    "es": ["Guadalupe Arriaga", "Rodrigo Zamudio"], "fr": ["Margaux Vandenbroucke", "Cédric Lambotte"],
    "hi": ["मधुबाला श्रीवास्तव", "विनीत खंडेलवाल"], "it": ["Rossella Piccirillo", "Davide Montanari"],
    "ja": ["石田 由美子", "松本 亮介"], "ko": ["윤서연", "한동훈"], "pt": ["Filipa Magalhães", "Nuno Sequeira"],
    "ru": ["Ольга Белоусова", "Игорь Ковалёв"], "sw": ["Neema Wanjiru", "Juma Kiptoo"],
    "th": ["พิมพ์ชนก เรือนแก้ว", "อรวรรณ ใจบุญ"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["شازیہ ملک", "رخسانہ ناز"], "zh": ["林雪梅", "黄建国"],
    "msa": ["Nurul Aisyah Kamarudin", "Faizal Hashim"], "ind": ["Dewi Lestari Santoso", "Agus Wibowo", "Ratna Kusumawati"],
    "vie": ["Nguyễn Thị Lan Anh", "Trần Quốc Bảo", "Lê Thu Hà"], "bul": ["Десислава Петкова", "Христо Маринов"],
    "heb": ["מיכל לוי", "אבי כהן"], "epo": ["Zofia Wiśniewska", "Mateo Ferreiro", "Ilka Brandt"],
    "tgl": ["Maricel Villanueva", "Jonathan Dela Cruz"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى الطراونة", "لمى الزعبي"], "de": ["Franziska Lindauer", "Tobias Kessler"],
    "es": ["Ximena Olvera", "Emiliano Cárdenas"], "fr": ["Amandine Derycke", "Loïc Verhaegen"],
    "hi": ["रश्मि बघेल", "देवांश ठाकुर"], "it": ["Federica Scognamiglio", "Simone Carraro"],
    "ja": ["中村 美咲", "高橋 大輝"], "ko": ["이수진", "최민재"], "pt": ["Beatriz Antunes", "Tiago Mourão"],
    "ru": ["Анна Григорьева", "Сергей Лебедев"], "sw": ["Halima Chepkoech", "Baraka Otieno"],
    "th": ["ศศิกานต์ พลอยงาม", "วรเมธ ทองประเสริฐ"], "tr": ["Seda Yurt", "Onur Kılıç"],
    "ur": ["مہوش رضا", "سعدیہ انور"], "zh": ["赵雨欣", "孙浩"],
    "msa": ["Siti Zulaikha Rahman", "Amirul Hakim Yusof"], "ind": ["Putri Ayu Maharani", "Rizky Pratama", "Wulan Sari"],
    "vie": ["Phạm Minh Thư", "Võ Hoàng Long", "Đặng Thu Trang"], "bul": ["Гергана Илиева", "Николай Стоянов"],
    "heb": ["נועה פרידמן", "יונתן ברק"], "epo": ["Agata Nowicka", "Jarosław Zieliński", "Henrik Lundqvist"],
    "tgl": ["Kristine Mae Santos", "Paolo Reyes"],
}
GIVEN = {
    "Adi Litia Tuivaga": "Litia", "Ratu Isoa Vakacegu": "Isoa", "Shalini Devi Prasad": "Shalini",
    "Ciarán Mac Giolla": "Ciarán", "Mei-Lin Ashcombe": "Mei-Lin", "Kelly-Ann Dooley": "Kelly-Ann",
    "Nurul Aisyah Kamarudin": "Aisyah", "Siti Zulaikha Rahman": "Zulaikha", "Amirul Hakim Yusof": "Amirul",
    "Dewi Lestari Santoso": "Dewi", "Putri Ayu Maharani": "Putri", "Nguyễn Thị Lan Anh": "Lan Anh",
    "Trần Quốc Bảo": "Bảo", "Lê Thu Hà": "Hà", "Phạm Minh Thư": "Thư", "Võ Hoàng Long": "Long",
    "Đặng Thu Trang": "Trang", "Kristine Mae Santos": "Kristine", "Maricel Villanueva": "Maricel",
    "Jonathan Dela Cruz": "Jonathan", "Paolo Reyes": "Paolo",
}
PROVIDERS = ["quaymail", "heronpost", "slatebox", "finchmail", "burrowpost", "ripplebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "liv": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "bg": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "al": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "mx": ("-0600", None, ""),
    "zm": ("+0200", None, ""), "za": ("+0200", None, ""), "jo": ("+0300", None, ""), "ke": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ae": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "id": ("+0700", None, ""), "my": ("+0800", None, ""), "ph": ("+0800", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"),
    "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""), "wita": ("+0800", None, ""),
}

US_STYLE = ("use", "al", "usp", "cae", "cap")


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


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", y: str | tuple[str, ...] = "", lang: str = "en", copies: int = 0) -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    for key, block in QUOTES.items():
        body = body.replace(key, block)
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = copies or max(len(cos), len(doms), len(roles), len(xs), len(ys))
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


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale;
# the quoted note is the applicant's own earlier mail to the signer
QNOTE = "Hi {sf},\nGreat walking the floor with everyone after the panel. Referees: page 3 of my CV, free after five.\n{n}"
OUTLOOK = "\n\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role}\n\n" + QNOTE
ORIGINAL = "\n\n-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\nSubject: {role}\n\n" + QNOTE
RULE = "\n\n________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n\n" + QNOTE
GMAIL = "\n\nOn {gq} {full} <{addr}> wrote:\n\n" + "\n".join("> " + line for line in QNOTE.split("\n"))
FOOTER = (
    "\n\n· · · · ·\n{CO} JOBS & NEWS\nThis note reaches you since a candidate profile exists under your address. "
    "Till Roll, our fortnightly bulletin, carries store openings; {role}-type openings "
    "within 15 miles land each Thursday. Reply MANAGE to alter alerts or close the profile. {co}, Brindle Park 4. Co. {ref}."
)
QUOTES = {"{OUT}": OUTLOOK, "{GM}": GMAIL, "{ORIG}": ORIGINAL, "{RULE}": RULE, "{FOOT}": FOOTER}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-closed", "Candidate account update – {role} (Req {ref})",
   "Hello {n},\n\nThere is a change in your {co} candidate account. Requisition {ref}, {role}, now carries the status \"Closed – Another Candidate Hired\" and this application will not move further.\n\nUploaded documents stay in the account; you can withdraw them or apply elsewhere from the Jobs Hub tile.\n\n{co} Talent Acquisition",
   ("Kestrelmoor Brewing Co.", "Tawalife Assurance"), ("kestrelmoorbrewing", "tawalife-zm"), role=("Packaging Line Technician", "Claims Assessor"), tz=("liv", "zm"))
mr("gh-finalist", "Your {role} application at {co}",
   "Hi {n},\n\nThanks for working through the {x} case study with us last week. A different finalist accepted our offer on Monday, so the remaining candidates for this opening are being closed out today, yours included.\n\nThe way you laid out your assumptions was noticed by the panel. We'd gladly see your name again when the team grows.\n\n{sig}\nRecruiting, {co}",
   ("Ledgerfinch", "Kinnock Lane Telehealth"), ("ledgerfinch", "kinnocklane"), role=("Pricing Analyst", "Product Designer"), x=("freight-pricing", "triage-routing"), tz=("uk", "cae"))
mr("lever-community", "{co} · {role}",
   "Hi {n} — all {role} applications got read by two of us, and the ones going through have backgrounds closer to this year's brief, so yours stops here.\n\nOur talent community would keep your details two years. Prefer it didn't? Reply LEAVE and they're deleted.\n\n— {sig}, People team, {co}",
   ("Uvaleaf Direct", "Nadroga Reef Charters"), ("uvaleaf", "nadrogareef"), role=("E-commerce Executive", "Boat Crew Member"), tz=("lk", "fj"))
mr("sr-table", "Application outcome: {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Site</td><td>{x}</td></tr><tr><td>Outcome</td><td><b>Unsuccessful – only shortlisted applicants progressed</b></td></tr></table><p>With thanks from everyone at {co}.</p><p>{co} Careers</p></body></html>",
   ("Tensaw Precision Machining", "Wapping Quay Rehearsal Studios"), ("tensawprecision", "wappingquaystudios"), role=("CNC Setter", "Studio Runner"), x=("Huntsville, AL", "Seel Street, L1"), tz=("al", "liv"))
mr("icims-dispo", "Application {ref}: {role}",
   "Dear {n},\n\n{co} Recruitment – system message.\n\nDisposition: Not Selected\nReason code: {x}\n\nApplicants whose file lacks a required qualification at the screening date are closed without interview. Reapplying is welcome as soon as the document is in hand.\n\nRecruitment Systems, {co}",
   ("Merseyvale Leisure Trust", "Camellia Row Salons"), ("merseyvaleleisure", "camelliarowsalons"), role=("Pool Lifeguard", "Senior Stylist"), x=("pool lifeguard award not held", "Alabama cosmetology licence not on file"), tz=("liv", "al"))
mr("taleo-cancel", "Requisition {ref} – {role}",
   "Dear {n},\n\nRequisition {ref} ({role}) was cancelled by the hiring organisation following {x}. All applications made to it are now closed, including yours.\n\nOther postings can be searched from your candidate profile at {co}.\n\nThis mailbox is unattended.",
   ("Mazabuka Ridge Haulage", "Hallertau Pumpentechnik"), ("mazabukaridge", "hallertau-pumpen"), role=("Fleet Controller", "Service Technician (m/f/d)"), x=("the merger of the Kabwe and Mazabuka depots", "a decision to move field service to an external partner"), tz=("zm", "de"))
mr("workable-trial", "Lunch service trial – {co}",
   "Hi {n},\n\nThanks for jumping on the pass for Friday's trial lunch. {x} people trialled and the head chef has picked two others for the brigade.\n\nNext time you're passing, the bowl's on the house.\n\n{sig}, {co}",
   ("Tonkotsu Quarter", "Savusavu Kava Lounge"), ("tonkotsuquarter", "savusavukava"), role=("Line Cook", "Bar Attendant"), x=("Seven", "Five"), tz=("liv", "fj"))
mr("bamboo-hours", "Re your application – {role}",
   "Hi {n},\n\nI've been through the rota with our shift leads, and the {x} hours we advertised are now covered by our existing crew picking up extra. That leaves no {role} opening, so interviews are off.\n\nThank you for the interest,\n{sig}\n{co}",
   ("Bounce Barn Tuscaloosa", "Nuwara Heights Tea Visitor Centre"), ("bouncebarn", "nuwaraheightstea"), role=("Party Host", "Tasting Room Guide"), x=("weekend", "morning"), tz=("al", "lk"))
mr("tt-variety", "Your application as {role}",
   "Dear {n},\n\n{x}\n\n{sig}\n{co}",
   ("Rheinhöhe Antriebe GmbH", "Al Rumaila Facilities Management"), ("rheinhoehe-antriebe", "alrumaila-fm"), role=("Purchaser", "HSE Officer"),
   x=("Many thanks for the friendly conversation. After intensive examination we have decided for an applicant whose profile fits more exactly to our requirements. For your further professional way much success.", "Greetings. Kindly note the HSE Officer selection is finalised by management with a different candidate holding a level 6 safety diploma. May Allah grant you success in the coming career. Thanks and best regards."), tz=("de", "ae"))
mr("pinpoint-marks", "{role}: shortlisting result",
   "Dear {n},\n\nAt {co} two markers scored each form answer separately. Your total came to {x} of 30; the {role} shortlist began at {y}, so an interview invitation can't follow.\n\nWith best wishes,\n{sig}",
   ("Northend Food Share", "Mazabuka Youth Orchestra Trust"), ("northendfoodshare", "mazabukayouthorchestra"), role=("Volunteer Coordinator", "Programme Administrator"), x=("16", "18"), y=("21", "23"), tz=("liv", "zm"))
mr("jazz-pulled", "About the {role} ad",
   "Hi {n},\n\nQuick note from {co}: we've taken the {role} ad down. {x}, so the hire is off for now and the applications go unread.\n\nAppreciated you sending yours all the same.\n\n{sig}",
   ("Lowndes Auto Tint", "Chisamba Borehole Drilling"), ("lowndesautotint", "chisambaborehole"), role=("Tint Installer", "Rig Assistant"), x=("A dealership contract we were counting on went to another shop", "The second rig is sold and the crew stays at one team"), tz=("al", "zm"))
mr("ashby-loop", "{co} – {role} final round",
   "Hi {n},\n\nThank you for the full afternoon you gave us for the {role} final round, including the system-design pairing with {x}. The hiring committee met yesterday; another candidate gets the role.\n\nLater openings may bring your profile back up.\n\n{sig}\nTalent, {co}",
   ("Gatekeeper Ticketing", "Sprayline Agritech"), ("gatekeeperticketing", "sprayline"), role=("Backend Engineer", "Flight Software Engineer"), x=("our seat-map team", "the drone autonomy lead"), tz=("ie", "au"))
mr("internal-promo", "{role} vacancy – outcome",
   "Dear {n},\n\nRegarding {role}: our {x} has been promoted into the post, which closes this recruitment.\n\n{co} appreciates your interest.\n\nYours sincerely,\n{sig}\nHuman Resources",
   ("Rathmalana Bay Hotels", "Yasawa Fresh Supermarkets"), ("rathmalanabay", "yasawafresh"), role=("Front Office Manager", "Store Supervisor"), x=("night manager", "deputy supervisor at the Ba branch"), tz=("lk", "fj"))
# once
mr("liv-salon", "the assistant job",
   "Alright {n},\n\nTa for coming in Tuesday la, you were dead good with Mrs Kearney's colour. Boss has given the chair to a girl from Walton who's already got her level 3 though, so that's that one gone.\n\nMade up you came down. Keep at it yeah, someone'll snap you up.\n\nTa-ra,\n{sf}\n{co}",
   "Strand Street Hair Studio", "strandstreethair", tz="liv")
mr("zm-school", "Your application – {role}",
   "Greetings {n}.\n\nHope you are keeping fine. The post of {role} at {co} has gone to a teacher transferred from our Mufulira campus, as the director wanted someone the pupils already know.\n\nWe are thanking you for applying. Be blessed.\n\n{sig}\nAdministration Block",
   "Chelstone Heights Academy", "chelstoneheights", role="Grade 7 Mathematics Teacher", tz="zm")
mr("lk-travel", "Application for {role}",
   "Ayubowan {n},\n\nAbout the interview at our Colpetty office: management has gone for a candidate having more German-speaking tour-group experience. Aney, it was a close decision, no?\n\nKindly check our page for future vacancies.\n\nThanking you,\n{sig}\n{co}",
   "Sigiriya Trails Travels", "sigiriyatrails", role="Tour Consultant", tz="lk")
mr("fj-dive", "Dive shop job",
   "Bula {n}!\n\nVinaka vakalevu for coming out on the boat Saturday. The boss decided to take Semi, he has his divemaster card already and knows the reef passages well. Only one place this season, sorry.\n\nSee you at the market, moce mada.\n{sf}\n{co}",
   "Malolo Passage Divers", "malolopassage", tz="fj")
mr("al-sports", "sales floor job",
   "Hey {n},\n\nAppreciate you coming by the store Thursday. Mr. Tillman went with a fella who worked the register at the Northport location last summer, so the fall crew is complete. Bless your heart for sitting through that long interview.\n\nRoll Tide, and holler if you see another opening.\n{sf}\n{co}",
   "Black Warrior Sporting Goods", "blackwarriorsports", tz="al")
mr("de-machines", "Your application at {co}",
   "Dear {full},\n\nthank you for the detailed documents and the visit. After long consideration we have decided ourselves for another applicant, whose knowledge in PLC programming is stronger.\n\nThe documents are deleted by us after six months, as data protection demands.\n\nBest greetings from Esslingen\n{sig}\nPersonnel department",
   "Neckartal Sondermaschinen GmbH", "neckartal-sondermaschinen", role="Automation Engineer", tz="de")
mr("ae-events", "Application status – {role}",
   "Dear {full},\n\nGreetings from {co}.\n\nKindly be informed that the {role} vacancy is closed, the position being filled. Your CV remains with our HR for suitable openings in the coming season.\n\nWishing you good luck ahead.\n\nThanks and best regards,\n{sig}\nHR Department",
   "Sahara Pearl Events", "saharapearlevents", role="Event Coordinator", tz="ae")
mr("us-cart", "cart job",
   "hey {n} – thx for coming by the cart on weds. we ended up going w someone who can do the 6am prep, our mornings are the crunch. good luck w the search, and swing by for a breakfast burrito sometime\n\n– {sf}\n{co}",
   "Mesa Sunup Cart", "mesasunup", tz="usp")
mr("ie-courier", "Courier position",
   "Hi {n},\n\nThanks a million for the ride-along on Wednesday. Both cargo-bike slots went to lads who already know the city centre drop points, and that's us full till Christmas.\n\nBest of luck, and mind yourself on the quays.\n{sf}\n{co}",
   "Liffey Pedal Couriers", "liffeypedal", tz="ie")
mr("au-banana", "Picker job",
   "G'day {n},\n\nThanks for ringing about the picking work. We've taken on a full crew from the hostel in Tully this week, so there's nothing going till the next flush. Might be worth trying the mob up the road.\n\nCheers,\n{sf}\n{co}",
   "Murray Flats Bananas", "murrayflatsbananas", tz="au")
mr("nz-cellar", "Cellar door role",
   "Kia ora {n},\n\nThanks heaps for the visit to the tasting room last week. Someone who did last vintage with us has taken the cellar door role, so it's been filled.\n\nAll the best for the hunt – hope something good turns up over summer.\n\nNgā mihi,\n{sf}\n{co}",
   "Kawarau Terraces Wines", "kawarauterraces", tz="nz")
mr("za-surf", "Instructor post",
   "Hi {n},\n\nShot for coming through to Muizenberg for the water session. We've decided on two instructors who already hold a level 2 instructor card, so the season's staffed without you, sorry.\n\nKeep paddling, hey. Sharp,\n{sf}\n{co}",
   "Kalk Bay Barrel Surf School", "kalkbaybarrel", tz="za")
mr("in-ca-firm", "Articleship application",
   "Dear {n},\n\nRegarding articleship at {co}: we regret that every seat in the current batch is taken, hence your candidature stands closed.\n\nAll the best for the CA journey ahead.\n\nRegards,\n{sig}\nPartner, T. Nagar office",
   "Venkatram & Iyer Associates", "venkatramiyer", tz="in")
mr("ca-sugarshack", "Spring season job",
   "Hi {n},\n\nMerci for driving up to the sugar shack Saturday. We hired back the whole crew from last spring, so the dining-room server spots are full for this season.\n\nHope to see you for pancakes anyway.\n\n{sf}\n{co}",
   "Érablière Ruisseau-Clair", "ruisseauclair", tz="cae")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-water", "RE: [EXT] Re: {role} – after Thursday",
   "Hi {n},\n\nThanks for Thursday at the treatment works and the questions about the filter beds. The plant manager has picked {x} for the {role} post; she begins next month.\n\nWishing you well,\n{sig}{OUT}",
   ("Mersey Basin Water Services", "Kelani Valley Water Board"), ("merseybasinwater", "kelanivalleywater"), role=("Process Scientist", "Water Quality Chemist"), x=("Nicola Halsall", "Hiruni Abeykoon"), tz=("liv", "lk"))
mr("th-museum", "RE: [EXT] Re: {role}",
   "Dear {n},\n\nthanks again for visiting our conservation studio. The director has chosen {x} for the {role} position; she joins us from the Franconian collections.\n\nAll the best to you,\n{sig}{ORIG}",
   ("Museum am Hopfenmarkt", "Cahaba River Heritage Museum"), ("museum-hopfenmarkt", "cahabaheritage"), role=("Textile Conservator", "Collections Technician"), x=("Dr. Lena Brauer", "Savannah Pickett"), tz=("de", "al"))
mr("th-dispatch", "Re: [EXT] RE: {role} panel",
   "Hi {n},\n\nIt was great to have you sit in on the dispatch floor after the panel. The clinical lead went with {x}, who has run our night desk as a casual for a year, and he's accepted.\n\nThanks again for the afternoon,\n{sig}{RULE}",
   ("Coral Coast Air Ambulance", "Fundy Shore Air Medical"), ("coralcoastairambulance", "fundyshoreair"), role=("Flight Coordinator", "Medical Dispatcher"), x=("Jarrod Keene", "Étienne Comeau"), tz=("au", "cae"))
mr("th-geology", "RE: [EXT] RE: {role} interview",
   "Dear {n},\n\nThank you for the site visit and the core-shed session. The chief geologist has selected {x} for the {role} position after Monday's final discussion.\n\nWe enjoyed meeting you.\n\nRegards,\n{sig}{OUT}",
   ("Lumwana Chingola Exploration", "Northern Cape Iron Prospects"), ("lumwanachingola", "ncapeironprospects"), role=("Mine Geologist", "Exploration Geologist"), x=("Mr. Kabwe Nkonde", "Ms. Lerato Mokoena"), tz=("zm", "za"))
mr("th-library", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for the conversation with Aoibhinn and me about the discovery layer. Our University Librarian has appointed {x} to the {role} post; he takes it up in the new term.\n\nWarm wishes,\n{sig}{GM}",
   ("Shannonvale University Library", "Ōtākou Polytechnic Library"), ("shannonvale-library", "otakou-library"), role=("Library Systems Officer", "Digital Services Librarian"), x=("Darragh Keogh", "Tamati Rewi"), tz=("ie", "nz"))
mr("th-catering", "RE: [EXT] Re: {role} – following up",
   "Dear {n},\n\nThank you for visiting the production kitchen, badge troubles and all. The executive chef has offered the {role} position to {x}, who knows the halal line already.\n\nBest regards,\n{sig}{ORIG}",
   ("Gulf Skies Flight Kitchens", "Nadi Air Catering Services"), ("gulfskieskitchens", "nadiaircatering"), role=("Sous Chef – Production", "Kitchen Supervisor"), x=("Chef Ahmad Rahal", "Chef Jone Vuki"), tz=("ae", "fj"))
mr("th-wind", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nthanks for climbing the training tower with us and for staying on for the safety briefing. Our site lead has decided on {x} for the {role} role; his working-at-height tickets were a plus for the crew.\n\nKind regards,\n{sig}{RULE}",
   ("Jadebusen Windservice GmbH", "Currituck Wind Operations"), ("jadebusen-wind", "currituckwind"), role=("Wind Turbine Technician", "Blade Repair Technician"), x=("Jannik Ahlers", "Cody Pruett"), tz=("de", "use"))
mr("th-stage", "RE: [EXT] Re: {role}",
   "Hiya {n},\n\nThanks for sticking around after the panel and watching the get-in, you saw us at our messiest. The producer has gone for {x} as {role} for the spring tour.\n\nBest,\n{sig}{GM}",
   ("Baltic Triangle Theatre Company", "Prithvi Lane Repertory"), ("baltictriangletheatre", "prithvilane"), role=("Deputy Stage Manager", "Company Stage Manager"), x=("Cerys Mulhearn", "Ritika Dhawan"), tz=("liv", "in"))

# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application to {co}",
   "Hi {n},\n\n{role} at {co}: filled now, with your application left behind this round.{FOOT}",
   ("Gorsebrook Garden Centres", "Gorsebrook Garden Centres"), ("gorsebrookgardens", "gorsebrookgardens"), role=("Plant Area Assistant", "Café Team Member"), tz=("uk", "liv"))
mr("ft-craft", "{role} – application outcome",
   "Dear {n},\n\nYour {role} application was read by the store manager. It stops at this stage: someone with more shop-floor years got the job.{FOOT}",
   ("Threadnest Craft Supplies", "Threadnest Craft Supplies"), ("threadnest", "threadnest"), role=("Sales Advisor", "Workshop Host"), tz=("uk", "ie"))
mr("ft-linen", "Update from {co}",
   "Hello {n},\n\nAbout {role}: having gone through everyone who applied, we're sorry, but no interview is coming your way.{FOOT}",
   ("Linenloft Home", "Linenloft Home"), ("linenloft", "linenloft"), role=("Visual Merchandiser", "Stockroom Assistant"), tz=("uk", "uk"))
mr("ft-bikes", "{role} at {co}",
   "Hi {n},\n\nYour {role} application was unsuccessful and the vacancy has closed.{FOOT}",
   ("Spokehaus Cycles", "Spokehaus Cycles"), ("spokehaus", "spokehaus"), role=("Cycle Mechanic", "Sales Colleague"), tz=("liv", "uk"))

# ---- 9 hedged refusals
mr("hg-drone", "{role} – where we've landed",
   "Hi {n},\n\nThanks for flying the practical with us. A couple of the other pilots came in with far more thermal-inspection hours on solar farms, which is most of next year's bookings – they got the roles.\n\nGood luck out there,\n{sig}\n{co}",
   ("Skyward Survey Drones", "Chililabombwe Aerial Mapping"), ("skywardsurvey", "chililabombweaerial"), role=("Drone Pilot", "UAV Survey Pilot"), tz=("uk", "zm"))
mr("hg-podcast", "About the {role} role",
   "Hi {n},\n\nThank you for sending the edit test. Others in the process brought longer narrative-audio credits, the kind of six-part series work we're commissioning, so we've taken those people forward.\n\nWarmly,\n{sig}\n{co}",
   ("Fernweh Audio Productions", "Backporch Story Audio"), ("fernwehaudio", "backporchstory"), role=("Audio Producer", "Podcast Editor"), tz=("ie", "use"))
mr("hg-ortho", "{role} opening",
   "Hi {n},\n\nWe appreciated you visiting the practice. We went another way – someone already trained on intraoral scanning for clear aligners, which is most of our new patient work.\n\nBest wishes,\n{sig}\n{co}",
   ("Cotaco Creek Orthodontics", "Bayside Bright Orthodontics"), ("cotacocreekortho", "baysidebright"), role=("Orthodontic Assistant", "Treatment Coordinator"), tz=("al", "au"))
mr("hg-hydro", "{role} – selection",
   "Dear {n},\n\nThank you for the technical interview. Other candidates in the pool matched the flood-modelling brief more closely, particularly on two-dimensional river-basin models, and the panel felt they suited the current projects better.\n\nKind regards,\n{sig}\n{co}",
   ("Mahaweli Hydro Consult", "Braided Rivers Hydrology"), ("mahawelihydro", "braidedrivers"), role=("Hydrologist", "Water Resources Engineer"), tz=("lk", "nz"))
mr("hg-de-auto", "Your application – {role}",
   "Dear {full},\n\nthanks for the pleasant talk at our site. Meanwhile the decision fell in favour of candidates whose experience fits better to our automotive projects. We hope for your understanding.\n\nFriendly greetings\n{sig}\n{co}",
   "Filderstadt Prüftechnik GmbH", "filderstadt-prueftechnik", role="Test Engineer", tz="de")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-hosp", "After our call – {role}",
   "Hi {n},\n\nGood chatting earlier. As flagged, {x} picked their internal person for {role}. I've a supervisor job at a waterfront hotel that looks a closer fit – same hours, a bit more money. Shall your CV go over?\n\n{sig}\n{co}",
   ("Quayward Talent Partners", "Coral Isle Recruitment"), ("quaywardtalent", "coralislerecruit"), role=("Restaurant Manager", "F&B Manager"), x=("the Salthouse Dock group", "the Natadola resort"), tz=("liv", "fj"))
mr("rc-logistics", "{role} – client feedback and another one",
   "Hi {n},\n\nThe client came back: {role} is offered to the other finalist, who has cross-border experience at Chirundu. Separately, a mining supplier in Chingola wants a stores controller by month-end and your profile suits. Free for a call tomorrow?\n\nRegards,\n{sig}\n{co}",
   ("Luangwa Talent Search", "Highveld Logistics Recruitment"), ("luangwatalent", "highveldrecruit"), role=("Transport Planner", "Depot Manager"), tz=("zm", "za"))
mr("rc-health", "Following up – {role}",
   "Hi {n},\n\nThe manager rang back: a nurse already on their bank list gets {role}. That said, I'm recruiting for a day-surgery unit nearby with no nights – it may suit you even better. Want me to submit you?\n\n{sig}\n{co}",
   ("Northstar Health Staffing", "Maplecrest Nursing Search"), ("northstarhealth", "maplecrestnursing"), role=("Ward Nurse", "Clinic RN"), tz=("uk", "cap"))
mr("rc-ae", "Feedback – {role}",
   "Dear {n},\n\nGreetings. As discussed by phone, the client finalised {role} with a different profile. Meanwhile we have a new requirement for a Procurement Officer with a contracting company in Abu Dhabi, and your profile is matching. Kindly share your updated CV at the earliest.\n\nBest regards,\n{sig}\n{co}",
   "Gulfbridge Manpower Consultants", "gulfbridgemanpower", role="Logistics Coordinator", tz="ae")

# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results – Announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: minimum qualifications – met. Because it did not rank in the best-qualified category, your name has not gone forward to the selecting official.\n\nA copy sits in your application record.\n\n{co}",
   ("Baldwin Bay Veterans Clinic Office", "Cascade Foothills Forest District"), ("baldwinbayvco", "cascadefoothillsfd"), role=("Medical Support Assistant", "Forestry Technician"), tz=("al", "usp"))
mr("ps-inelig", "Application {ref} – eligibility",
   "Dear {n},\n\nYour {role} application was checked against the advertisement and judged ineligible, since {x} had not arrived when applications closed. Ineligible applications proceed no further.\n\n{sig}\nfor Secretary, {co}",
   ("Mukwa Hills Municipal Council", "Uva Hills Provincial Staffing Board"), ("mukwahillscouncil", "uvahillsstaffing"), role=("Assistant Accountant", "Management Assistant"), x=("your NRC, certified", "your G.C.E. (A/L) certificate, certified"), tz=("zm", "lk"))
mr("ps-cancel", "{role} – vacancy withdrawn",
   "Dear {n},\n\nRe: {role}. {x}, the vacancy is withdrawn and will stay unfilled; applications lapse with it.\n\nYours faithfully,\n{sig}\n{co}",
   ("Croxteth Vale Borough Council", "Western Division Public Service Board"), ("croxtethvalebc", "wdpsb-fiji"), role=("Parks Development Officer", "Senior Policy Analyst"), x=("After councillors cut the parks budget on 14 October", "Following a restructure of the Ministry's policy unit"), tz=("liv", "fj"))
mr("ps-mark", "Written examination – {role}",
   "Dear {n},\n\n{role} written examination, final results: your score {x}; board's qualifying mark {y}. Accordingly you do not proceed to interview.\n\n{co}",
   ("Malnad Cooperative Bank", "Southern Provincial Recruitment Board"), ("malnadcoopbank", "sprb-lk"), role=("Junior Assistant", "Development Officer"), x=("41", "46"), y=("50", "55"), tz=("in", "lk"))

# ---- 6 bare ATS status updates
mr("ats-quill", "Status update: {role}",
   "Hi {n},\n\n{role} – {co}\nStatus: No longer under consideration\n\nQuillmere Candidate Portal",
   ("Saltinge Foods", "Sandfield Energy"), ("quillmere", "quillmere"), frm="Quillmere Notifications <status@{dom}>", role=("Quality Technician", "Meter Reader"), tz=("uk", "za"))
mr("ats-hatch", "Your application",
   "<html><body><p>Hello {n},</p><p>{co} · <b>{role}</b></p><p>Where it stands: <b>Not progressing</b></p><p style=\"color:#777\">Hatchlane Hiring</p></body></html>",
   ("Oldham Row Dental", "Tallgrove Logistics"), ("hatchlane", "hatchlane"), frm="Hatchlane Hiring <noreply@{dom}>", role=("Receptionist", "Warehouse Operative"), tz=("uk", "use"))
mr("ats-sedge", "{role} application status",
   "{n},\n\nYour application for {role} at {co} has been moved to: Closed – not selected.\n\nSedgeworth ATS",
   ("Kandawala Garments", "Rewa Delta Shipping"), ("sedgeworth", "sedgeworth"), frm="Sedgeworth ATS <alerts@{dom}>", role=("Merchandiser", "Ship Chandler Clerk"), tz=("lk", "fj"))

# ---- 6 internship / graduate decisions
mr("in-zoo", "{role} – decision",
   "Dear {n},\n\nMore than {x} people applied for {y} places on the {role}. After review, the intake has been settled with others.\n\nApplications reopen next cycle.\n\n{sig}\n{co}",
   ("Perdido Dunes Wildlife Park", "Mersey Estuary Engineering"), ("perdidodunes", "merseyestuaryeng"), role=("Summer Keeper Internship", "Graduate Engineering Scheme 2026"), x=("400", "900"), y=("six", "twelve"), tz=("al", "liv"))
mr("in-news", "{role} 2026",
   "Hi {n},\n\nThanks for sitting the news-writing test for the {role}. The selection panel has filled every place, yours not among them. Ask within two weeks if you want your score and comments.\n\nBest,\n{sig}\n{co}",
   ("Luangwa Morning Courier", "Harbourline Tax Partners"), ("luangwamorning", "harbourlinetax"), role=("Newsroom Internship", "Graduate Tax Programme"), tz=("zm", "ie"))
mr("in-hort", "Your application – {role}",
   "Kia ora {n},\n\nKa pai on the phone interview. The {role} places are all allocated now, and the panel chose other applicants. Do keep us in mind.\n\nNgā mihi,\n{sig}\n{co}",
   ("Tūī Gardens Trust", "Tamavua Bay Hospital"), ("tuigardens", "tamavuabay-hospital"), role=("Horticulture Internship", "Graduate Nurse Programme"), tz=("nz", "fj"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application received – {role} (Req {ref})",
   "Hello {n},\n\nYour application for {role} is in your {co} candidate account. The status reads \"Submitted\" for now; screening then flips it to \"Interview\" or \"Closed – Another Candidate Hired\", each flip announced by email.\n\n{co} Talent Acquisition",
   ("Kestrelmoor Brewing Co.", "Tawalife Assurance"), ("kestrelmoorbrewing", "tawalife-zm"), role=("Brewhouse Operator", "Underwriting Assistant"), tz=("liv", "zm"))
mo("application_received", "gh", "Thanks for applying to {co}",
   "Hi {n},\n\n{role}: application in. A person on the hiring team reads every one. Should the team pick others, that news comes by email too – nobody gets left hanging.\n\n{sig}\nRecruiting, {co}",
   ("Ledgerfinch", "Kinnock Lane Telehealth"), ("ledgerfinch", "kinnocklane"), role=("Data Engineer", "Clinical Content Writer"), tz=("uk", "cae"))
mo("application_received", "lever", "{co}: application for {role}",
   "Hi {n} — your application for {role} arrived safely. Yes or no on this one, your details then rest in our talent community for two years for later openings; reply LEAVE to opt out.\n\n— People team, {co}",
   ("Uvaleaf Direct", "Nadroga Reef Charters"), ("uvaleaf", "nadrogareef"), role=("Customer Care Executive", "Deckhand"), tz=("lk", "fj"))
mo("application_received", "sr", "We received your application: {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Next possible status</td><td>Shortlisted · Unsuccessful</td></tr></table><p>We will email whenever the status changes.</p><p>{co} Careers</p></body></html>",
   ("Tensaw Precision Machining", "Wapping Quay Rehearsal Studios"), ("tensawprecision", "wappingquaystudios"), role=("Quality Inspector", "Front of House Assistant"), tz=("al", "liv"))
mo("application_received", "icims", "Application {ref} submitted",
   "Dear {n},\n\nThank you for applying for {role}. Screening looks for the {x} in every file. Missing it means the disposition Not Selected, with an email saying so; complete files pass to the hiring manager.\n\nRecruitment Systems, {co}",
   ("Merseyvale Leisure Trust", "Camellia Row Salons"), ("merseyvaleleisure", "camelliarowsalons"), role=("Swim Teacher", "Nail Technician"), x=("swim teaching certificate", "state nail technician licence"), tz=("liv", "al"))
mo("application_received", "taleo", "Requisition {ref}: application complete",
   "Dear {n},\n\nYour application for {role} (requisition {ref}) is complete. Cancelled or frozen requisitions get a note from this mailbox to all their applicants within ten working days.\n\n{co} Careers\nThis mailbox is unattended.",
   ("Mazabuka Ridge Haulage", "Hallertau Pumpentechnik"), ("mazabukaridge", "hallertau-pumpen"), role=("Workshop Foreman", "Sales Engineer (m/f/d)"), tz=("zm", "de"))
mo("application_received", "workable", "Trial shift sign-up – {co}",
   "Hi {n},\n\nThanks for applying to cook with us. We run trial services on Fridays; if this month's services are full, a message says so – no wondering.\n\n{sig}, {co}",
   ("Tonkotsu Quarter", "Savusavu Kava Lounge"), ("tonkotsuquarter", "savusavukava"), role=("Prep Cook", "Barback"), tz=("liv", "fj"))
mo("application_received", "bamboo", "Got your application – {role}",
   "Hi {n},\n\nThis is {sig} at {co}. Your application for {role} came through. If the current team ends up covering the hours, I'll say so personally – a reply comes inside two weeks regardless.\n\nThanks!",
   ("Bounce Barn Tuscaloosa", "Nuwara Heights Tea Visitor Centre"), ("bouncebarn", "nuwaraheightstea"), role=("Birthday Party Host", "Gift Shop Assistant"), tz=("al", "lk"))
mo("application_received", "tt", "Confirmation of your application",
   "Dear {n},\n\n{x}\n\n{sig}\n{co}",
   ("Rheinhöhe Antriebe GmbH", "Al Rumaila Facilities Management"), ("rheinhoehe-antriebe", "alrumaila-fm"), role=("Buyer", "Facilities Supervisor"),
   x=("many thanks for your application, which arrived completely by us. We examine all documents in the next three weeks. Also by a cancellation a message comes from us, this is for us a question of fairness.", "Greetings. Your CV for the Facilities Supervisor post is received. Kindly note, non-shortlisted profiles also receive intimation on this same email. Thanks and regards."), tz=("de", "ae"))
mo("application_received", "pinpoint", "We've received your application – {role}",
   "Dear {n},\n\nYour form for {co} is in. Two markers score it separately. Anyone under the shortlisting line gets their score emailed, so a reply arrives whatever the result.\n\nWith best wishes,\n{sig}",
   ("Northend Food Share", "Mazabuka Youth Orchestra Trust"), ("northendfoodshare", "mazabukayouthorchestra"), role=("Warehouse Volunteer Lead", "Music Outreach Officer"), tz=("liv", "zm"))
mo("application_received", "jazz", "Thanks for applying – {role}",
   "Hi {n},\n\nYour details for {role} landed. Small outfit here, so I read them myself. Should the job get pulled for any reason, everyone who applied gets an email that same week.\n\n{sig}\n{co}",
   ("Lowndes Auto Tint", "Chisamba Borehole Drilling"), ("lowndesautotint", "chisambaborehole"), role=("Detailer", "Pump Fitter"), tz=("al", "zm"))
mo("application_received", "ashby", "Application received: {role}",
   "Hi {n},\n\n{role} at {co}: a recruiter opens each application within five working days, yours included. Other candidates chosen? A plain email says so. Keen to talk? A booking link arrives.\n\nTalent, {co}",
   ("Gatekeeper Ticketing", "Sprayline Agritech"), ("gatekeeperticketing", "sprayline"), role=("Frontend Engineer", "Embedded Engineer"), tz=("ie", "au"))
mo("application_received", "promo", "Acknowledgement – {role}",
   "Dear {n},\n\nYour application for {role} is acknowledged with thanks. Internal staff may also apply; should an internal promotion fill the post, external applicants hear in writing.\n\nHuman Resources\n{co}",
   ("Rathmalana Bay Hotels", "Yasawa Fresh Supermarkets"), ("rathmalanabay", "yasawafresh"), role=("Reservations Executive", "Bakery Section Leader"), tz=("lk", "fj"))
mo("application_received", "water", "Your application – {role}",
   "Hi {n},\n\n{role} application safely in. Shortlisting finishes on {dl}. If it stops there, an email from me follows that week; if it goes on, I'll phone about the plant visit.\n\n{sig}\n{co}",
   ("Mersey Basin Water Services", "Kelani Valley Water Board"), ("merseybasinwater", "kelanivalleywater"), role=("Laboratory Analyst", "Process Operator"), tz=("liv", "lk"))
mo("application_received", "geo", "Application acknowledged – {role}",
   "Dear {n},\n\n{co} has your {role} application. Site-visit calls go to the shortlist alone; four quiet weeks after closing equal an unsuccessful outcome.\n\nRegards,\n{sig}",
   ("Lumwana Chingola Exploration", "Northern Cape Iron Prospects"), ("lumwanachingola", "ncapeironprospects"), role=("Field Assistant", "Core Logger"), tz=("zm", "za"))
mo("application_received", "footer", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application is with our store team. No interview to offer? We'd still write and tell you.{FOOT}",
   ("Gorsebrook Garden Centres", "Spokehaus Cycles"), ("gorsebrookgardens", "spokehaus"), role=("Seasonal Till Assistant", "Workshop Assistant"), tz=("uk", "liv"))
mo("application_received", "footer2", "Application received – {role}",
   "Dear {n},\n\n{role} – your application arrived. Whatever happens with it, someone from the store replies within 14 days.{FOOT}",
   ("Threadnest Craft Supplies", "Linenloft Home"), ("threadnest", "linenloft"), role=("Weekend Sales Advisor", "Customer Service Advisor"), tz=("ie", "uk"))
mo("application_received", "drone", "{role} – thanks for applying",
   "Hi {n},\n\nApplication received. Practical flying days run later this month; uninvited applicants get a message from me as well, nobody's left in the dark.\n\n{sig}\n{co}",
   ("Skyward Survey Drones", "Chililabombwe Aerial Mapping"), ("skywardsurvey", "chililabombweaerial"), role=("Junior Drone Pilot", "GIS Technician"), tz=("uk", "zm"))
mo("application_received", "ortho", "We received your application",
   "Hi {n},\n\nYour {role} application reached {co}. Dr. Hollis reviews applications on Fridays. Should someone else be picked, an email tells you – only courteous.\n\nBest,\n{sig}",
   ("Cotaco Creek Orthodontics", "Bayside Bright Orthodontics"), ("cotacocreekortho", "baysidebright"), role=("Front Desk Coordinator", "Dental Assistant"), tz=("al", "au"))
mo("application_received", "ps-usa", "Application received – Announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: application on file. Once it closes, your record shows a Notice of Results – eligible or ineligible, referred or held back.\n\n{co}",
   ("Baldwin Bay Veterans Clinic Office", "Cascade Foothills Forest District"), ("baldwinbayvco", "cascadefoothillsfd"), role=("Program Support Assistant", "Fire Engine Operator"), tz=("al", "usp"))
mo("application_received", "ps-zmlk", "Receipt of application – {role}",
   "Dear {n},\n\n{role}: application received. Any application lacking a required certified document is declared ineligible, and its applicant is emailed within thirty days of closing.\n\n{sig}\n{co}",
   ("Mukwa Hills Municipal Council", "Uva Hills Provincial Staffing Board"), ("mukwahillscouncil", "uvahillsstaffing"), role=("Revenue Clerk", "Development Assistant"), tz=("zm", "lk"))
mo("application_received", "ps-exam", "Admission to written examination – {role}",
   "Dear {n},\n\n{role}: you are admitted to the written examination. Anyone below the qualifying mark gets marks by email; qualifiers get an interview call letter.\n\n{co}",
   ("Malnad Cooperative Bank", "Southern Provincial Recruitment Board"), ("malnadcoopbank", "sprb-lk"), role=("Clerk", "Field Officer"), tz=("in", "lk"))
mo("application_received", "intern", "Application received – {role}",
   "Dear {n},\n\n{role}: application logged. Selection runs until {dl}. A decision reaches every applicant by email, place or no place.\n\n{sig}\n{co}",
   ("Perdido Dunes Wildlife Park", "Mersey Estuary Engineering"), ("perdidodunes", "merseyestuaryeng"), role=("Education Internship", "Graduate Civil Engineering Scheme"), tz=("al", "liv"))
mo("application_received", "ats-q", "Application submitted: {role}",
   "Hi {n},\n\n{role} – {co}\nStatus: Submitted\nLater statuses you may see: In review · Interview · No longer under consideration\n\nQuillmere Candidate Portal",
   ("Saltinge Foods", "Sandfield Energy"), ("quillmere", "quillmere"), frm="Quillmere Notifications <status@{dom}>", role=("Hygiene Operative", "Field Technician"), tz=("uk", "za"))
mo("application_received", "recruit", "Thanks for registering – {co}",
   "Hi {n},\n\nGood to have your CV at {co}. Nothing goes to a client without your say-so. Client says no? I ring the same day and we line up another.\n\n{sig}",
   ("Quayward Talent Partners", "Luangwa Talent Search"), ("quaywardtalent", "luangwatalent"), role=("", ""), tz=("liv", "zm"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview invitation – {role}",
   "Hello {n},\n\nInterview for {role}: {dl}, 10:30, reception on the ground floor. Our visitor bays are being retarmacked then, unfortunately – park streetside, east end.\n\nReply to confirm.\n{sig}\n{co}",
   ("Kestrelmoor Brewing Co.", "Tawalife Assurance"), ("kestrelmoorbrewing", "tawalife-zm"), role=("Brewhouse Operator", "Underwriting Assistant"), tz=("liv", "zm"))
mo("interview", "gh", "Let's talk – {role} at {co}",
   "Hi {n},\n\nNext: a 45-minute video interview about {role}. Could {dl} work? Sadly our calendar tool blocks outside bookings, so reply with two possible times.\n\n{sig}",
   ("Ledgerfinch", "Kinnock Lane Telehealth"), ("ledgerfinch", "kinnocklane"), role=("Data Engineer", "Clinical Content Writer"), tz=("uk", "cae"))
mo("interview", "ortho", "Interview at {co}",
   "Hi {n},\n\nCould you come in for an interview on {dl}? Unfortunately we've no parking of our own, but the lot behind the bank is free after 9.\n\nPlease bring a photo ID.\n\n{sig}\n{co}",
   ("Cotaco Creek Orthodontics", "Bayside Bright Orthodontics"), ("cotacocreekortho", "baysidebright"), role=("Front Desk Coordinator", "Dental Assistant"), tz=("al", "au"))
mo("interview", "drone", "Practical flying day – invitation",
   "Hi {n},\n\nPractical flying day, {dl}, 9am – your name's down. Bad news is forecasts – gusts above 25 knots move it, and a text comes the night before.\n\nBring your A2 CofC.\n{sig}\n{co}",
   ("Skyward Survey Drones", "Chililabombwe Aerial Mapping"), ("skywardsurvey", "chililabombweaerial"), role=("Junior Drone Pilot", "GIS Technician"), tz=("uk", "zm"))
mo("interview", "geo", "Interview and site visit – {role}",
   "Dear {n},\n\nShortlisted for {role}: interview at the camp office on {dl}, then a core-shed visit. Regrettably the camp canteen is closed for renovation, so please bring lunch.\n\nRegards,\n{sig}\n{co}",
   ("Lumwana Chingola Exploration", "Northern Cape Iron Prospects"), ("lumwanachingola", "ncapeironprospects"), role=("Field Assistant", "Core Logger"), tz=("zm", "za"))
mo("interview", "th-int", "RE: [EXT] Re: {role} – next stage",
   "Hi {n},\n\nThanks for the note. Second interview: {dl}, 2pm, with the operations director. Unfortunately the lift is out again – third floor by stairs.\n\n{sig}{OUT}",
   ("Mersey Basin Water Services", "Kelani Valley Water Board"), ("merseybasinwater", "kelanivalleywater"), role=("Laboratory Analyst", "Process Operator"), tz=("liv", "lk"))
mo("interview", "hydro", "Technical interview – {role}",
   "Dear {n},\n\nTechnical interview set for {dl}, if that suits. Sadly our meeting room projector is broken, so please send any slides in advance as a PDF.\n\nKind regards,\n{sig}\n{co}",
   ("Mahaweli Hydro Consult", "Braided Rivers Hydrology"), ("mahawelihydro", "braidedrivers"), role=("Graduate Hydrologist", "GIS Analyst"), tz=("lk", "nz"))
mo("interview", "podcast", "Come in for a chat – {role}",
   "Hi {n},\n\nLoved the sample. Free on {dl} to meet the team? Studio's in the old mill. Unfortunately our doorbell's kaput – ring my mobile outside.\n\n{sig}\n{co}",
   ("Fernweh Audio Productions", "Backporch Story Audio"), ("fernwehaudio", "backporchstory"), role=("Assistant Producer", "Sound Editor"), tz=("ie", "use"))
mo("next_steps", "icims", "Action needed: upload documents – {role}",
   "Dear {n},\n\n{role}: you've moved forward. Upload your {x} to the portal by {dl} – a flat scan, please. Unfortunately the system bounces tilted phone photos.\n\nRecruitment Systems, {co}",
   ("Merseyvale Leisure Trust", "Camellia Row Salons"), ("merseyvaleleisure", "camelliarowsalons"), role=("Swim Teacher", "Nail Technician"), x=("swim teaching certificate and DBS update number", "nail technician licence and photo ID"), tz=("liv", "al"))
mo("next_steps", "ps-docs", "Document verification – {role}",
   "Dear {n},\n\nYou have passed the written stage for {role}. Bring originals and two certified copies of your certificates for verification on {dl}. Regrettably, uncertified photocopies cannot be accepted.\n\n{co}",
   ("Mukwa Hills Municipal Council", "Uva Hills Provincial Staffing Board"), ("mukwahillscouncil", "uvahillsstaffing"), role=("Revenue Clerk", "Development Assistant"), tz=("zm", "lk"))
mo("next_steps", "ashby", "Take-home exercise – {role}",
   "Hi {n},\n\nStage two ({role}): a small take-home, three hours or so, due {dl}. Sadly take-homes are unpaid here, hence kept small.\n\nTalent, {co}",
   ("Gatekeeper Ticketing", "Sprayline Agritech"), ("gatekeeperticketing", "sprayline"), role=("Frontend Engineer", "Embedded Engineer"), tz=("ie", "au"))
mo("next_steps", "refs", "References – {role}",
   "Hi {n},\n\nTime for {role} references: two referees' work emails by {dl}, please. Unfortunately personal addresses for referees won't do.\n\n{sig}\n{co}",
   ("Rathmalana Bay Hotels", "Yasawa Fresh Supermarkets"), ("rathmalanabay", "yasawafresh"), role=("Reservations Executive", "Bakery Section Leader"), tz=("lk", "fj"))
mo("next_steps", "assess", "Online assessment – {role}",
   "Hello {n},\n\n{role} step two: a 30-minute numeracy and reasoning assessment, done by {dl}. Sadly there's no pause button, so pick a quiet half hour.\n\n{co} Talent Acquisition",
   ("Kestrelmoor Brewing Co.", "Tawalife Assurance"), ("kestrelmoorbrewing", "tawalife-zm"), role=("Brewhouse Operator", "Underwriting Assistant"), tz=("liv", "zm"))
mo("next_steps", "intern-form", "{role} – forms to complete",
   "Dear {n},\n\nProvisional selection for the {role} – well done. Health form and background-check consent due {dl}. One snag: twenty idle minutes end the session, keep ID handy.\n\n{sig}\n{co}",
   ("Perdido Dunes Wildlife Park", "Mersey Estuary Engineering"), ("perdidodunes", "merseyestuaryeng"), role=("Education Internship", "Graduate Civil Engineering Scheme"), tz=("al", "liv"))
mo("offer", "th-off", "RE: [EXT] Re: {role} – offer",
   "Hi {n},\n\nGreat news – the panel wants you as {role}, from {dl}; contract attached. The staff café, unfortunately, is shut for a refit until spring; the kettle on level 2 works.\n\n{sig}{GM}",
   ("Baltic Triangle Theatre Company", "Shannonvale University Library"), ("baltictriangletheatre", "shannonvale-library"), role=("Assistant Stage Manager", "Library Assistant"), tz=("liv", "ie"))
mo("offer", "wd", "Offer of employment – {role}",
   "Dear {n},\n\nDelighted to confirm an offer: {role} at {co}, from {dl}. Regrettably every staff-housing room is taken this season; a list of nearby rentals is attached.\n\nSigned offer letter back when you can.\n\n{sig}",
   ("Nadroga Reef Charters", "Murray Flats Bananas"), ("nadrogareef", "murrayflatsbananas"), role=("Deckhand", "Packing Shed Supervisor"), tz=("fj", "au"))
mo("offer", "de", "Contract offer – {role}",
   "Dear {n},\n\ngladly we offer you the position as {role} from {dl}. Unfortunately our bicycle cellar is being rebuilt, so for the first weeks please use the public racks at the station.\n\nBest greetings\n{sig}\n{co}",
   ("Hallertau Pumpentechnik", "Rheinhöhe Antriebe GmbH"), ("hallertau-pumpen", "rheinhoehe-antriebe"), role=("Sales Engineer (m/f/d)", "Buyer"), tz=("de", "de"))
mo("offer", "al", "Offer – {role}",
   "Hey {n},\n\nJob's yours – {role} starting {dl}. Bad news is the break room AC is busted till the repair guy comes, so bring a water bottle.\n\nSign the letter and shoot it back.\n{sig}\n{co}",
   "Black Warrior Sporting Goods", "blackwarriorsports", role="Sales Associate", tz="al")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "quill", "Status update: {role}",
   "Hi {n},\n\n{role} – {co}\nStatus: Withdrawn by candidate\n\nQuillmere Candidate Portal",
   ("Saltinge Foods", "Sandfield Energy"), ("quillmere", "quillmere"), frm="Quillmere Notifications <status@{dom}>", role=("Quality Technician", "Meter Reader"), tz=("uk", "za"))
mo("other_job", "hatch", "Your application",
   "<html><body><p>Hello {n},</p><p>{co} · <b>{role}</b></p><p>Current status: <b>Paused – interviews resume after stocktake</b></p><p style=\"color:#777\">Hatchlane Hiring</p></body></html>",
   ("Oldham Row Dental", "Tallgrove Logistics"), ("hatchlane", "hatchlane"), frm="Hatchlane Hiring <noreply@{dom}>", role=("Receptionist", "Warehouse Operative"), tz=("uk", "use"))
mo("other_job", "fj", "Interview date moved",
   "Bula {n},\n\nPanel interview for {role} shifts a week, on account of the Fiji Day holidays. Same time, same place. Vinaka for understanding.\n\n{sig}\n{co}",
   "Yasawa Fresh Supermarkets", "yasawafresh", role="Store Supervisor", tz="fj")
mo("job_alert", "footer", "New roles near you at {co}",
   "Hi {n},\n\nThree fresh openings fit the search you keep with us: weekend till assistant, van delivery driver, plant area assistant. Apply from your profile before they close.{FOOT}",
   ("Gorsebrook Garden Centres", "Gorsebrook Garden Centres", "Gorsebrook Garden Centres"), ("gorsebrookgardens", "gorsebrookgardens", "gorsebrookgardens"), role=("Plant Area Assistant", "Delivery Driver", "Café Team Member"), tz=("uk", "liv", "uk"))
mo("recruiter_outreach", "pitch", "{role} opportunity",
   "Hi {n},\n\nSpotted your profile – I'm filling a {role} role with a client near {x}, permanent, hybrid two days. Got a spare quarter-hour for a call soon?\n\n{sig}\n{co}",
   ("Northstar Health Staffing", "Highveld Logistics Recruitment"), ("northstarhealth", "highveldrecruit"), role=("Clinical Governance Lead", "Warehouse Systems Analyst"), x=("Warrington", "Kempton Park"), tz=("uk", "za"))
mo("non_job_rejection_words", "flat", "The flat on {x}",
   "Hi {n},\n\nRe the two-bed on {x} you viewed: unfortunately the landlord took a different offer and it's gone. Similar places will come your way.\n\n{sig}\nLettings",
   ("Lark Lane Lettings", "Olympia Road Rentals"), ("larklanelettings", "olympiaroad"), x=("Aigburth Road", "Kabulonga Road"), tz=("liv", "zm"))
mo("non_job_rejection_words", "ballot", "Ballot result",
   "Dear {n},\n\nBallot for {x}: demand was high and, unfortunately, luck went elsewhere this time. No fee has been charged.\n\n{co}",
   ("Ratnapura Esala Viewing Stands", "Fairhope Bayfront Fun Run"), ("esala-stands", "fairhopefunrun"), x=("grandstand seats", "race places"), tz=("lk", "al"))
mo("non_job_rejection_words", "grant", "Your grant application",
   "Dear {n},\n\nYour community fund request (netballs and bibs for the youth club) was unsuccessful this round, we regret; the panel had far more requests than money.\n\n{sig}\n{co}",
   "Ba Town Community Fund", "batowncommunityfund", tz="fj")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} · {co} (via Pennyrill" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    host = f"{dom}.pennyrill{ch.lower()}"
    wr(fam, rej[0], rej[1], co, host, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, host, frm=via(ch), tz=tz)


AK, IV, NX, OF = "application_received", "interview", "next_steps", "offer"

pair("canoe", "Anise", "Thwartbay Canoe Works", "thwartbaycanoe", "cae",
     ("Canoecaulking apprentice", "Hi {n},\n\nThanks for the morning in the shed working the seams on the old cedar-strip. A young fella with two summers at the boat livery takes the canoecaulking apprenticeship; that's this year sorted.\n\nPaddle safe,\n{sf}"),
     (AK, "Your note about the caulking bench", "Hi {n},\n\nGot your letter about the canoecaulking bench. I read these on Sundays. Should the apprenticeship go elsewhere, a letter back says so; no one waits on me for nothing.\n\n{sf}"))
pair("birdhouse", "Borage", "Wrenhaven Birdhouse Joinery", "wrenhavenbirdhouses", "uk",
     ("Birdhousebuilding bench hand", "Dear {n},\n\nAbout the birdhousebuilding bench: a fellow from the village woodwork club, who already cuts entry holes to the standard sizes, has started there, so it's filled and no start can be offered to you.\n\nKind regards,\n{sig}"),
     (IV, "Bench trial – birdhousebuilding", "Dear {n},\n\nBench trial on {dl} at ten – can you make it? You'll build one tit box from a cutting list. Unfortunately the workshop heater has packed up, so a jumper is advised.\n\n{sig}"))
pair("chimebar", "Caraway", "Bellwether Percussion Co.", "bellwetherpercussion", "usp",
     ("Chimebarcutting position", "Hi {n},\n\nThanks for tuning the test bars on Tuesday – your ear is good. A former machinist is getting the chimebarcutting position since the new saw needs CNC set-up; your application stops there.\n\nBest,\n{sf}"),
     (NX, "Tuning sample – chimebarcutting", "Hi {n},\n\nNext step: cut and tune three aluminium bars to C, E and G from the stock we post you, and send them back by {dl}. Sadly we can't cover return postage, so keep the receipt and we'll add it to your first pay.\n\n{sf}"))
pair("quiver", "Dill", "Nockpoint Archery Leather", "nockpoint", "nz",
     ("Quiverstitching vacancy", "Kia ora {n},\n\nCheers for posting the sample quiver. An applicant from Ōtaki who's stitched saddlery for years got it, so the quiverstitching vacancy is filled.\n\nAll the best,\n{sf}"),
     (OF, "Offer – quiverstitching", "Kia ora {n},\n\nThe quiverstitching role is yours, four days weekly from {dl}. Bad news: the good stitching horse is on loan to a show, so the old one it is for a fortnight.\n\nNgā mihi,\n{sf}"))
pair("mandolin", "Fennel", "Cotaco Hollow Mandolins", "cotacohollow", "al",
     ("Mandolinbracing job", "Hey {n},\n\nThank you kindly for driving up to the shop. Hired a young man who's been X-bracing tops at a guitar factory, so the mandolinbracing job is taken.\n\nY'all take care,\n{sf}"),
     (AK, "Got your mandolinbracing application", "Hey {n},\n\nYour application for the mandolinbracing job came through just fine. Pick or no pick, you'll hear before the month's out, so don't sit by the phone.\n\n{sf}"))
pair("accordion", "Galangal", "Stradella Reedblock Repairs", "stradellareedblock", "it",
     ("Accordionbellowing technician", "Dear {n},\n\nFor the accordionbellowing technician place our choice is a candidate experienced in re-gluing bellows gaskets on old Italian instruments; your application therefore closes here.\n\nBest regards,\n{sig}"),
     (IV, "Workshop interview – accordionbellowing", "Dear {n},\n\nWorkshop interview: {dl} at 15:00. Unfortunately the market closes our street that day, so walk over from the piazza.\n\nBest regards,\n{sig}"))
pair("organ", "Hyssop", "St Anselm Pipe Organ Builders", "stanselmorgans", "uk",
     ("Organvoicing assistant", "Dear {n},\n\nA candidate trained with a cathedral builder is our new organvoicing assistant; I must tell you your own application did not succeed.\n\nYours sincerely,\n{sig}"),
     (NX, "Organvoicing – listening test", "Dear {n},\n\nAhead of interview there is a short listening test; book a slot by {dl}. Regrettably the church is unheated in the week, so wrap up.\n\nYours sincerely,\n{sig}"))
pair("tentpeg", "Mace", "Ironstake Forge", "ironstakeforge", "au",
     ("Tentpegforging job", "G'day {n},\n\nTa for the call and the photos. A bloke off the farrier course has the tentpegforging job now.\n\nCheers mate,\n{sf}"),
     (OF, "Tentpegforging – you're in", "G'day {n},\n\nHappy to offer you the tentpegforging job from {dl}, Monday to Thursday. Bad news, the shed's got no aircon, so start's at 6 in summer.\n\nCheers,\n{sf}"))
pair("rockinghorse", "Oregano", "Dapplegrey Rocking Horses", "dapplegreyrocking", "uk",
     ("Rockinghorsecarving trainee", "Dear {n},\n\nYour carving photographs were admired. The rockinghorsecarving traineeship drew dozens; a carver with more limewood behind them accepted it, and your application closes here.\n\nWith best wishes,\n{sig}"),
     (AK, "Rockinghorsecarving traineeship – received", "Dear {n},\n\nYour photographs arrived safely. Each rockinghorsecarving applicant gets my answer by post or email, however the decision falls.\n\nWith best wishes,\n{sig}"))
pair("parasol", "Rue", "Kollupitiya Parasol House", "kollupitiyaparasol", "lk",
     ("Parasolpainting position", "Dear {n},\n\nRegarding parasolpainting, the post is now given to a painter from our Moratuwa workshop. The designs you sent were much liked.\n\nThanking you,\n{sig}"),
     (NX, "Parasolpainting – design sample", "Dear {n},\n\nKindly send a painted sample panel, 30 cm, lotus motif, by {dl}. Unfortunately we are unable to return samples after selection.\n\nThanking you,\n{sig}"))
pair("quilling", "Sorrel", "Coilwork Paper Studio", "coilworkpaper", "za",
     ("Paperquilling maker", "Hi {n},\n\nTa for the quilled card samples. The paperquilling post goes to a home-based maker able to take the bulk wedding orders, so yours goes no further.\n\nGo well,\n{sf}"),
     (IV, "Paperquilling – come and meet us", "Hi {n},\n\nLoved the samples. Can you pop into the studio on {dl} at 11? Sadly parking is a nightmare on Long Street, so rather take a taxi.\n\n{sf}"))
pair("beeskep", "Yarrow", "Strawhive Skeps", "strawhiveskeps", "ie",
     ("Beeskepweaving apprenticeship", "Hi {n},\n\nGrand having you out to the yard. The beeskepweaving apprenticeship has gone to a woman from the local beekeepers' association who already does lip-work, and one apprentice is all I can manage.\n\nAll the best,\n{sf}"),
     (OF, "Beeskepweaving – offer", "Hi {n},\n\nI'd be delighted to offer you the beeskepweaving apprenticeship from {dl}, Tuesdays to Thursdays. Unfortunately the Laois straw is late this year, so we begin with bramble-splitting.\n\n{sf}"))
pair("horseshoe", "Zaatar", "Hoofbeat Lane Forge", "hoofbeatlaneforge", "use",
     ("Horseshoenailing helper", "Hi {n},\n\nObliged you drove out to the barn. A helper holding his journeyman card took the horseshoenailing spot.\n\nTake care,\n{sf}"),
     (AK, "Horseshoenailing helper – application", "Hi {n},\n\nGot your application for the horseshoenailing helper. If somebody else gets picked, I'll phone – no guessing games.\n\n{sf}"))
pair("spokeshave", "Marjoram", "Hollow Oak Chairmakers", "hollowoakchairs", "uk",
     ("Spokeshaving bench", "Dear {n},\n\nThank you for shaving a spindle for us. The spokeshaving bench has gone to an applicant with three years of green-wood chairmaking; the place is therefore filled.\n\nKind regards,\n{sig}"),
     (NX, "Spokeshaving – references", "Dear {n},\n\nTwo references for the spokeshaving bench, please, by {dl}. Regrettably we exclude relatives as referees.\n\nKind regards,\n{sig}"))
pair("bagatelle", "Lovage", "Tiltbumper Parlour Games", "tiltbumpergames", "liv",
     ("Bagatellemaking job", "Alright {n},\n\nTa for coming in to the workshop. A fella who's done pub-game repairs for years has got the bagatellemaking job. Sound of you to come down.\n\nTa-ra,\n{sf}"),
     (IV, "Bagatellemaking – come in for a chat", "Alright {n},\n\nPop in {dl} about the bagatellemaking job? Bad news is the buzzer's broke, so knock loud on the shutter.\n\n{sf}"))
pair("marble", "Tarragon", "Swirlglass Marbles", "swirlglassmarbles", "usp",
     ("Marblerolling position", "Hi {n},\n\nThe marblerolling position is now filled by someone already working a glory hole at our sister studio, so yours ends here.\n\nBest,\n{sf}"),
     (OF, "Offer: marblerolling", "Hi {n},\n\nThe marblerolling position is yours from {dl}. Unfortunately there's zero studio parking; use the lot on 4th.\n\nBest,\n{sf}"))
pair("domino", "Sumac", "Spotted Tile Games", "spottedtilegames", "fj",
     ("Dominocutting work", "Bula {n},\n\nVinaka for coming by the workshop. We have taken my cousin's boy for the dominocutting work, he has been helping since school holidays. Sorry about that.\n\nMoce,\n{sf}"),
     (AK, "Dominocutting – your application", "Bula {n},\n\nVinaka, your letter for the dominocutting work reached us. Yes or no, word comes by end of the month.\n\n{sf}"))
pair("skittle", "Cumin", "Ninepin Turnery", "ninepinturnery", "de",
     ("Skittleturning position", "Dear {n},\n\nthanks for the application as skittleturning craftsman. The choice fell on someone who already turned for a bowling club. For the future all good.\n\nFriendly greetings\n{sig}"),
     (NX, "Skittleturning – work sample", "Dear {n},\n\nuntil {dl} please send a turned sample skittle in beech. Unfortunately we cannot pay material costs for the sample.\n\nFriendly greetings\n{sig}"))
pair("oar", "Cardamom", "Feathered Blade Oars", "featheredblade", "nz",
     ("Oarleathering post", "Kia ora {n},\n\nCheers for the boatshed visit. The oarleathering post has gone to a rower from the club who's done our repairs for two seasons.\n\nCheers,\n{sf}"),
     (IV, "Oarleathering – interview", "Kia ora {n},\n\nCan you come to the boatshed on {dl} about the oarleathering post? Unfortunately the road's closed for the regatta in the morning, so come after 1.\n\n{sf}"))
pair("lure", "Chervil", "Shallow Reef Lures", "shallowreeflures", "za",
     ("Lurepainting post", "Hi {n},\n\nThe painted sample lures were lekker. Lurepainting goes to an airbrusher who can do full days; yours is closed off.\n\nTight lines,\n{sf}"),
     (AK, "Lurepainting – application in", "Hi {n},\n\nYour lurepainting application is in. Cut or no cut, a WhatsApp from me by Friday week.\n\n{sf}"))
pair("kaleidoscope", "Nigella", "Prism Lane Kaleidoscopes", "prismlanekaleido", "cap",
     ("Kaleidoscopemaking assistant", "Hi {n},\n\nAbout our kaleidoscopemaking assistant: a stained-glass artist from Qualicum took the role.\n\nWarmly,\n{sf}"),
     (IV, "Kaleidoscopemaking – studio visit", "Hi {n},\n\nStudio visit on {dl}? Sadly the ferry schedule shifts that week – check sailings first.\n\n{sf}"))
pair("telescope", "Savory", "Darksky Mirror Grinders", "darkskymirrors", "au",
     ("Telescopegrinding apprenticeship", "Hi {n},\n\nAfter the interviews, the telescopegrinding apprenticeship has gone to a physics graduate from Toowong, so yours stops there.\n\nClear skies,\n{sf}"),
     (NX, "Telescopegrinding – practical test", "Hi {n},\n\nGrinding test on {dl} – okay? One snag: the polishing machine is being rebuilt, so it'll be by hand.\n\n{sf}"))
pair("barometer", "Angelica", "Aneroid & Sons", "aneroidsons", "uk",
     ("Barometerfilling technician", "Dear {n},\n\nFor barometerfilling we have appointed a restorer with mercury-handling training; your application was unsuccessful.\n\nYours sincerely,\n{sig}"),
     (OF, "Barometerfilling technician – offer", "Dear {n},\n\nWe offer you the barometerfilling technician post, beginning {dl}. Unfortunately materials go upstairs by hand, there being no lift.\n\nYours sincerely,\n{sig}"))
pair("bookclasp", "Perilla", "Gilt Edge Bindery", "giltedgebindery", "in",
     ("Bookclasping post", "Dear {n},\n\nKindly note the bookclasping post is allotted to a senior binder from our Ahmednagar unit. Hence your application is closed.\n\nRegards,\n{sig}"),
     (AK, "Bookclasping – application received", "Dear {n},\n\nYour application for bookclasping is received. Result will be intimated by mail in either case within fifteen days.\n\nRegards,\n{sig}"))
pair("ocarina", "Tansy", "Claybird Ocarinas", "claybirdocarinas", "zm",
     ("Ocarinafiring assistant", "Greetings {n},\n\nThank you for visiting our pottery. For ocarinafiring assistant, a young man already trained at the kiln in Kabwe was taken. We wish you well.\n\nBe blessed,\n{sf}"))


# ---- a job alert and a non-job refusal
wo("job_alert", "alr-pennyrill", "Pennyrill weekly: bench and workshop jobs",
   "Hi {n},\n\nThis week on Pennyrill: a canoe-shed helper by Kejimkujik, a chair-bodger's mate in the Chilterns, a reed-organ restorer in the Wabash valley and two marble-studio assistants on the Umpqua. Open each listing from your Pennyrill inbox.\n\nPennyrill Jobs",
   "Pennyrill", "digest.pennyrill", frm="Pennyrill Jobs <weekly@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-kiln", "Your equipment loan application",
   "Dear {n},\n\nYour Makers' Equipment Loan Scheme request for a second-hand electric kiln was declined by the committee this round, unfortunately; the fund was oversubscribed. Spring applications reopen in March.\n\n{sig}\nMakers' Equipment Loan Scheme",
   "Makers' Equipment Loan Scheme", "makersloanscheme", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (ind 2, vie 2, epo 2, msa, bul, heb, tgl); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} · {co} <{sl}@{dom}>"
    wr(f"{lang}-{fam}", rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], f"{KIND_CODE[twin[0]]}-{lang}-{fam}", twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("sandbottle", "ar", "مشغل رمال البتراء الملوّنة", "petrasandbottles", "jo",
   ("عن زيارتك لمشغل الرمل الملوّن", "السيدة {full} المحترمة،\n\nسعدنا بزيارتك لمشغلنا في وادي موسى، وأعجبتنا الزجاجة التي رسمتِ فيها الجمل بالرمل. بعد تشاور طويل وقع اختيارنا على حرفيّة تعمل معنا منذ موسمين، ولهذا لا مكان شاغراً لكِ عندنا الآن.\n\nدمتِ بخير،\n{sig}\n{co}"),
   (AK, "طلبك وصل إلى المشغل", "السيدة {full} المحترمة،\n\nوصل طلبك مع صور أعمالك، وستنظر فيها صاحبة المشغل خلال أسبوعين. قبولاً كان الجواب أم اعتذاراً، ستجدينه في بريدك هذا.\n\nمع خالص التحية،\n{sig}"))
lp("brushes", "de", "Bürstenmanufaktur Hasenhorn", "hasenhorn-buersten", "de",
   ("Rückmeldung aus der Bürstenwerkstatt", "Guten Tag {full},\n\nschön, dass Sie bei uns im Wiesental vorbeigeschaut und gleich Borsten eingezogen haben. Den Platz an der Werkbank bekommt nun eine Kollegin, die Rosshaarbürsten schon seit Jahren von Hand fertigt. Eine zweite Stelle gibt es diesmal leider nicht.\n\nMit herzlichem Gruß\n{sig}\n{co}"),
   (IV, "Probetag in der Werkstatt", "Guten Tag {full},\n\npasst Ihnen der {dl}, ab 9 Uhr, für einen Probetag an der Werkbank? Leider gleicht unser Hof momentan einer Baustelle; am besten nehmen Sie den Bus bis Rathaus und laufen die letzten fünf Minuten.\n\nViele Grüße\n{sig}"))
lp("alebrijes", "es", "Taller Alebrijes Copal Vivo", "copalvivo", "mx",
   ("Sobre la plaza en el taller de alebrijes", "Hola {n}:\n\nQué gusto que vinieras hasta San Martín, en los Valles Centrales y pintaras el coyotito de prueba. Lo platicamos en familia y al final la plaza se la dimos a un muchacho de aquí que ya nos ayuda a tallar copal los sábados. Ojalá encuentres pronto algo bonito.\n\nCon cariño,\n{sig}\n{co}"),
   (NX, "Fotos de tus figuras, antes de la fecha", "Hola {n}:\n\nPara seguir adelante, mándanos por correo unas fotos de alguna figura que hayas pintado, a más tardar el {dl}. Por desgracia las piezas por paquetería no las podemos recibir.\n\nSaludos del taller,\n{sig}"))
lp("dinanderie", "fr", "Dinanderie des Bords de Meuse", "dinanderie-meuse", "be",
   ("Suite à votre passage à l'atelier", "Bonjour {full},\n\nVotre plateau martelé a fait forte impression à l'atelier, merci de l'avoir apporté. Nous avons finalement engagé un artisan qui repousse le laiton depuis une dizaine d'années ; la place est donc prise et votre candidature s'arrête là.\n\nAu plaisir de vous croiser à Dinant,\n{sig}\n{co}"),
   (OF, "Une place de dinandier pour vous", "Bonjour {full},\n\nBonne nouvelle : un contrat de dinandier vous attend dès le {dl}. Malheureusement, le vestiaire reste en chantier jusqu'à la fin du mois : un casier provisoire vous attendra près de la porte.\n\nÀ bientôt,\n{sig}"))
lp("brass", "hi", "रामगंगा धातु शिल्पशाला", "pitalkala", "in",
   ("शिल्पशाला में उस्ताद की जगह", "प्रिय {n},\n\nथाली पर आपकी उकेरी बेल देखकर सेठजी ख़ुश हुए। फिर भी यह जगह उन्हीं पुराने ठेकेदार उस्ताद को सौंपी गई है जो दस बरस से हमारा माल बनाते आए हैं। इसलिए अभी आपको शिल्पशाला में जगह देना संभव नहीं।\n\nसादर,\n{sig}\n{co}"),
   (AK, "अर्ज़ी और तस्वीरें मिल गईं", "प्रिय {n},\n\nअर्ज़ी और थालियों की तस्वीरें शिल्पशाला पहुँच चुकी हैं। सेठजी का फ़ैसला जो भी रहे, पखवाड़े भर में इसी ईमेल पर लिख भेजेंगे।\n\nशुभेच्छु,\n{sig}"))
lp("masks", "it", "Bottega Volto d'Oro", "voltodoro", "it",
   ("Dopo la prova in bottega", "Gentile {full},\n\ngrazie della visita a Venezia e per la maschera che ha dipinto con tanta cura. Il posto, alla fine, l'abbiamo affidato a una decoratrice esperta di foglia d'oro che collabora con noi da anni: stavolta, dunque, l'assunzione non è per lei.\n\nUn caro saluto,\n{sig}\n{co}"),
   (IV, "Colloquio in bottega", "Gentile {full},\n\nci farebbe piacere vederla in bottega il {dl}, verso le 10:30. Purtroppo quel giorno il vaporetto passa meno spesso: meglio muoversi con un certo margine.\n\nUn caro saluto,\n{sig}"))
lp("washi", "ja", "美濃紙すき工房 こうぞ舎", "kouzosha", "jp",
   ("紙すき職人募集へのご応募について", "{full} 様\n\nこのたびは当工房の職人募集にご応募いただき、紙すきの体験にもお越しいただきありがとうございました。工房で話し合った結果、長年楮の下ごしらえを手伝ってくださっている地元の方をお迎えすることになりました。ご期待に沿えず申し訳ございません。\n\n{co}\n{sig}"),
   (NX, "作品写真ご提出のお願い", "{full} 様\n\n書類選考を通過されましたので、これまでにすいた紙の写真を{dl}までにお送りください。あいにく実物の郵送はお受けできませんので、ご了承ください。\n\n{co}\n{sig}"))
lp("onggi", "ko", "숨쉬는독 옹기공방", "sumswineundok", "kr",
   ("옹기 공방 지원 결과 안내", "{full}님께\n\n저희 옹기 공방에 지원해 주시고 흙 반죽 실습까지 함께해 주셔서 감사합니다. 여러 차례 논의한 끝에 가마 관리 경험이 있는 다른 지원자와 함께하기로 했습니다. 이번에는 좋은 소식을 전해 드리지 못해 아쉽습니다.\n\n{co} {sig} 드림"),
   (OF, "함께 일하자는 제안을 드립니다", "{full}님께\n\n오는 {dl}부터 저희 공방 식구가 되어 주시기를 청합니다. 다만 아쉽게도 숙소 지붕을 고치는 중이라 첫 달은 읍내 여관에서 지내셔야 합니다.\n\n{sig} 드림"))
lp("cork", "pt", "Oficina Sobreiro Vivo", "sobreirovivo", "pt",
   ("Depois da sua visita à oficina", "Olá {n},\n\nGostámos muito da visita a Coruche e ver as tigelas de cortiça que trouxe. A vaga acabou por ficar com uma artesã que já nos faz encomendas à peça há uns anos, de modo que desta vez fica sem lugar connosco.\n\nUm abraço,\n{sig}\n{co}"),
   (AK, "A candidatura chegou", "Olá {n},\n\nChegou-nos a candidatura e as fotografias das suas peças de cortiça. Sim ou não, a resposta segue por e-mail antes do fim do mês.\n\nAté breve,\n{sig}"))
lp("shawls", "ru", "Мастерская «Пуховая нить»", "pukhovayanit", "ru",
   ("По поводу места в мастерской", "Здравствуйте, {full}!\n\nБлагодарим за визит и за пробный образец — петли у вас ровные. Место всё же отдали мастерице, которая давно вяжет для нас паутинки из козьего пуха, так что взять вас на эту работу мы не можем.\n\nВсего вам светлого,\n{sig}\n{co}"),
   (IV, "Встреча в мастерской", "Здравствуйте, {full}!\n\nЖдём вас для разговора в мастерской {dl} к 11:00. Увы, лифт в нашем доме сломан, поэтому на четвёртый этаж придётся идти по лестнице.\n\nДо встречи,\n{sig}"))
lp("baskets", "sw", "Viondo vya Mama Wambui", "viondowambui", "ke",
   ("Kuhusu nafasi ya kusuka viondo", "Habari {n},\n\nTulifurahi ulipofika Makadara na kusuka kipande cha majaribio. Mama Wambui ameamua kumpa nafasi hii fundi ambaye ametusukia viondo kwa miaka mitatu sasa, hivyo hatuna nafasi kwako kwa sasa.\n\nMungu akubariki,\n{sig}\n{co}"),
   (NX, "Picha za viondo vyako", "Habari {n},\n\nTafadhali tutumie picha za viondo ulivyosuka mwenyewe kabla ya tarehe {dl}. Kwa bahati mbaya vikapu halisi vya posta hatuvipokei.\n\nAsante sana,\n{sig}"))
lp("silver", "th", "เงินงามวัวลาย", "ngoenngam", "th",
   ("เรื่องตำแหน่งช่างเครื่องเงิน", "ถึง คุณ{n}\n\nขอบคุณที่แวะมาลองตอกลายสลุงเงินที่ร้านบนถนนวัวลายนะคะ เจ้าของร้านเลือกช่างที่เคยรับงานจากร้านเราอยู่แล้ว ตำแหน่งนี้เลยมีคนแล้วค่ะ\n\n{sig}\n{co}"),
   (OF, "ชวนมาร่วมงานที่ร้าน", "ถึง คุณ{n}\n\nร้านอยากชวนคุณมาเป็นช่างเครื่องเงิน เริ่มวันที่ {dl} ค่ะ ส่วนลานจอดรถหน้าร้านกำลังเทพื้นใหม่ ช่วงแรกรบกวนจอดที่วัดข้างๆ ก่อนนะคะ\n\n{sig}"))
lp("ebru", "tr", "Kitre Ebru Evi", "kitreebru", "tr",
   ("Atölyedeki deneme gününüzden sonra", "Merhaba {full},\n\nDeneme günü teknenin başında geçirdiğiniz saatler için çok teşekkürler. Ustamız, kitreyi ve boyaları kendisi hazırlayabilen bir adayı seçti; bu yüzden şimdilik size yer açamıyoruz.\n\nİyi dileklerimizle,\n{sig}\n{co}"),
   (IV, "Atölyede görüşme", "Merhaba {full},\n\nSizinle {dl} tarihinde, öğleden sonra ikide atölyede sohbet etmek isteriz. Maalesef asansör bakımda; üçüncü kata merdivenle çıkmanız gerekecek.\n\nGörüşmek üzere,\n{sig}"))
lp("truckart", "ur", "رنگیلا ٹرک آرٹ ورکشاپ", "rangeelatruckart", "pk",
   ("ورکشاپ میں جگہ کے بارے میں", "محترمہ {full}،\n\nآپ ورکشاپ تشریف لائیں اور پھول بوٹوں والی تختی بنائی، بہت اچھا لگا۔ استاد جی نے یہ کام ہمارے پرانے نقاش کے حوالے کیا ہے، جو برسوں سے ہماری بسیں سجاتا آیا ہے۔ یوں ابھی ورکشاپ میں مزید جگہ نہیں رہی۔\n\nخوش رہیں،\n{sig}\n{co}"),
   (NX, "اپنی بنائی تختیوں کی تصاویر", "محترمہ {full}،\n\nبراہ مہربانی {dl} تک اپنی رنگی ہوئی تختیوں کی تصاویر ای میل کر دیں۔ افسوس، اصل تختیاں ڈاک کے ذریعے نہیں لی جاتیں۔\n\nوالسلام،\n{sig}"))
lp("teapots", "zh", "丁蜀紫泥坊", "dingshuzini", "cn",
   ("关于紫砂壶作坊学徒岗位的回复", "{full}您好：\n\n感谢您专程来丁蜀参观作坊，并现场拍了一块泥片。几位师傅商量之后，决定录用一位在本地陶瓷学校学过三年成型的同学，这次就不能请您加入了。祝您一切顺利。\n\n{co}\n{sig}"),
   (OF, "学徒录用通知", "{full}您好：\n\n很高兴通知您，我们决定录用您为学徒，{dl}起上班。遗憾的是宿舍还在装修，第一个月需要您自己在镇上租房。\n\n{co}\n{sig}"))
lp("batik", "msa", "Bengkel Batik Sutera Pantai Timur", "batikpantaitimur", "my",
   ("Tentang jawatan pelukis batik", "Salam sejahtera {n},\n\nSeronok sungguh saudara/saudari singgah di bengkel kami di Tumpat dan mencuba canting. Mak Long akhirnya memilih pelukis yang sudah bertahun-tahun menyiapkan batik lukis untuk kedai kami, jadi buat masa ini tiada kekosongan untuk saudara/saudari.\n\nSelamat maju jaya,\n{sig}\n{co}"),
   (AK, "Borang anda sudah sampai", "Salam sejahtera {n},\n\nBorang dan gambar kain batik anda sudah sampai ke bengkel. Lulus atau tidak, jawapan kami akan dihantar ke e-mel ini sebelum hujung bulan.\n\nSalam mesra,\n{sig}"))
lp("ikat", "ind", "Sanggar Tenun Marapu Indah", "tenunmarapu", "wita",
   ("Soal tempat di sanggar tenun", "Halo {n},\n\nSenang sekali Kakak mampir ke sanggar di Waingapu dan ikut mengikat benang bersama mama-mama penenun. Setelah rembuk, tempat itu kami berikan kepada penenun dari kampung sebelah yang sudah fasih memakai pewarna akar mengkudu. Untuk sementara belum ada tempat lagi.\n\nSalam dari Sumba,\n{sig}\n{co}"),
   (IV, "Ajakan wawancara di sanggar", "Halo {n},\n\nBisakah Kakak datang ke sanggar pada {dl} pukul 09.00 WITA untuk ngobrol? Sayangnya jalan menuju sanggar sedang dicor, jadi lebih mudah naik ojek dari pasar.\n\nSalam,\n{sig}"))
lp("gamelan", "ind", "Besalen Gamelan Laras Wangi", "larasgamelan", "id",
   ("Kabar dari besalen", "Yth. {full},\n\nMatur nuwun sudah berkunjung ke besalen kami di Sukoharjo dan ikut menabuh bilah percobaan. Pak Empu akhirnya memilih calon yang pernah menempa bonang perunggu, sehingga lamaran Bapak/Ibu berhenti sampai di sini.\n\nHormat kami,\n{sig}\n{co}"),
   (NX, "Berkas yang perlu dikirim", "Yth. {full},\n\nTolong kirimkan pindaian KTP dan surat sehat dari dokter sebelum {dl}. Maaf, berkas lewat pesan WhatsApp tidak kami terima.\n\nHormat kami,\n{sig}"))
lp("pottery", "vie", "Xưởng Gốm Men Rạn Hồng Hà", "gomhongha", "vn",
   ("Về buổi thử việc ở xưởng gốm", "Chào {n},\n\nCảm ơn bạn đã về Bát Tràng và ngồi bàn xoay cả buổi chiều với anh em trong xưởng. Bác chủ xưởng đã chọn một thợ lâu năm chuyên men rạn, nên đợt này xưởng chưa nhận thêm người.\n\nChúc bạn mọi điều tốt lành,\n{sig}\n{co}"),
   (AK, "Xưởng đã nhận thư của bạn", "Chào {n},\n\nThư và ảnh sản phẩm gốm của bạn đã đến xưởng. Nhận hay không, xưởng cũng hồi âm cho bạn chậm nhất sau mười ngày.\n\nThân,\n{sig}"))
lp("nonla", "vie", "Nón Lá Hương Giang", "nonhuonggiang", "vn",
   ("Thông báo về vị trí thợ chằm nón", "Chào {n},\n\nCảm ơn bạn đã ghé làng nón và chằm thử một chiếc nón bài thơ. Cô chủ đã giao việc này cho một chị hàng xóm, người chằm nón cho xưởng từ hồi còn nhỏ. Mong bạn thông cảm nhé.\n\nThân mến,\n{sig}\n{co}"),
   (OF, "Thư mời nhận việc", "Chào {n},\n\nXưởng xin mời bạn vào làm thợ chằm nón từ ngày {dl}. Tiếc là phòng nghỉ cho thợ đang sửa mái, nên tháng đầu bạn phải tự lo chỗ ở.\n\nThân mến,\n{sig}"))
lp("roses", "bul", "Розоварна „Росна капка“", "rosnakapka", "bg",
   ("След пробния ден в розоварната", "Здравейте, {full},\n\nБлагодарим, че дойдохте край Казанлък и брахте цвят с нас от зори. Изборът падна на човек, който вече два сезона стои на казаните, така че за Вас място този път няма.\n\nВсичко хубаво,\n{sig}\n{co}"),
   (AK, "Кандидатурата Ви е при нас", "Здравейте, {full},\n\nПисмото Ви за сезонна работа пристигна. Да или не, отговорът ще дойде на този имейл до две седмици.\n\nПоздрави,\n{sig}"))
lp("olivewood", "heb", "נגריית גזע וענף", "geza-vaanaf", "il",
   ("אחרי יום הניסיון בנגרייה", "שלום {n},\n\nנהנינו לארח אותך ביפו ולראות את הקערה מעץ זית שגילפת. בסוף בחרנו בנגר שכבר שנה מגיע אלינו כעצמאי, כך שהמקום התמלא ואין לנו משרה להציע לך כרגע.\n\nכל טוב,\n{sig}\n{co}"),
   (IV, "בואו ניפגש בנגרייה", "שלום {n},\n\nנשמח לשיחה בנגרייה ב-{dl} בעשר בבוקר. לצערנו החניון הסמוך סגור לרגל שיפוצים, אז כדאי לבוא באוטובוס.\n\nנתראה,\n{sig}"))
lp("toys", "epo", "Metiejo Ligna Sciuro", "lignasciuro", "pl",
   ("Post via vizito en la metiejo", "Saluton, {n}!\n\nEstis plezuro vidi vin torni lignan ĉevaleton ĉe ni en Krakovo. Tamen la laboron ricevis metiisto, kiu jam delonge pentras niajn ludilojn, kaj por vi momente restas neniu loko.\n\nĈion bonan,\n{sig}\n{co}"),
   (IV, "Ĉu renkontiĝo en la metiejo?", "Saluton, {n}!\n\nĈu vi povus veni al la metiejo en la tago {dl}, je la 11-a? Bedaŭrinde la lifto estas rompita, do oni grimpas piede ĝis la tria etaĝo.\n\nĜis baldaŭ,\n{sig}"))
lp("amber", "epo", "Sukcenejo Balta Ora Guto", "baltaoraguto", "pl",
   ("Respondo pri la posteno de sukcen-poluristo", "Estimata {full},\n\nKoran dankon pro la specimenoj, kiujn vi sendis al nia sukcenejo en Gdańsk. La estraro dungis urbanon, kiu jam poluras sukcenon dum dek jaroj, do via kandidatiĝo finiĝas ĉi tie.\n\nAmike,\n{sig}\n{co}"))
lp("jeepney", "tgl", "Talyer Karosa Bituin", "karosabituin", "ph",
   ("Tungkol sa iyong aplikasyon bilang tagapintura", "Magandang araw, {n}!\n\nSalamat sa pagdalaw mo sa talyer namin sa Las Piñas at sa pagsubok mong magpinta ng disenyo sa gilid ng dyip. Napagkasunduan naming kunin ang pintor na matagal na naming kasama sa mga order, kaya wala muna kaming bakante para sa iyo.\n\nIngat palagi,\n{sig}\n{co}"),
   (NX, "Mga dokumentong kailangan", "Magandang araw, {n}!\n\nPakipadala ang iyong police clearance at barangay clearance bago mag-{dl}. Pasensya na, hindi namin tinatanggap ang litrato lang ng dokumento.\n\nSalamat,\n{sig}"))


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
    "ar": "{d}/{m}/{y}", "de": "{dd}.{mm}.{y}", "es": "{d}/{m}/{y}", "fr": "{dd}/{mm}/{y}", "hi": "{d}/{m}/{y}",
    "it": "{d}/{m}/{y}", "ja": "{m}月{d}日", "ko": "{m}월 {d}일", "pt": "{dd}/{mm}/{y}", "ru": "{dd}.{mm}.{y}",
    "sw": "{d}/{m}/{y}", "th": "{d}/{m}/{be}", "tr": "{dd}.{mm}.{y}", "ur": "{d}/{m}/{y}", "zh": "{m}月{d}日",
    "msa": "{d}/{m}/{y}", "ind": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}", "bul": "{dd}.{mm}.{y} г.", "heb": "{d}.{m}.{y}",
    "epo": "{y}-{mm}-{dd}", "tgl": "{m}/{d}/{y}",
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
    """Outlook's Sent: line and Gmail's "On ... X wrote:" date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%A, %B} {q.day}, {q.year} {clock}", f"{q:%a, %b} {q.day}, {q.year} at {clock}"
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q.day} {q:%B %Y}, {q:%H:%M},"


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
    """Every .jsonl in data/ and data/blind/ up to slice 118; slice 119, this slice and any later one are skipped by number."""
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
