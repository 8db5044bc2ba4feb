# ruff: noqa: E501, S311
"""Write the hundred-and-sixth sealed blind slice for issue 11 (blind-slice-106.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 104; slice 105 and later never read; our side printed)
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

SEED = 1061061
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-106.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 106
SKIP_FROM = 105  # slice 105 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Demelza Trethowan", "Imani Kisanga", "Prabin Thapa Magar", "Ruthie Vatoko", "Ciaran MacNeil",
    "Olga Pereverzeva", "Aakriti Srivastava", "Benedict Opoku-Mensah", "Siosaia Fifita", "Yesenia Carrasco",
    "Pendle Hoskin", "Rehema Lukumay", "Sujata Bhattarai", "Kalo Molisa", "Mairi Chisholm",
    "Vadim Kholodov", "Garima Pandey", "Tevita Lolohea", "Ingrid Solheim-Tracy", "Obiageli Nwosu",
    "Jowan Carlyon", "Tumaini Mollel", "Rojina Maharjan", "Emeline Harry", "Kenzie Boudreau",
    "Yulia Semyonova", "Ishaan Mehrotra", "Saoirse Kavanagh", "Thandiwe Mabuza", "Callum Renwick",
    "Beatriz Quintanilla", "Hemi Parata", "Nomsa Dlamini", "Rosalind Pengelly", "Dhiraj Lama",
]
REGION_SIGNERS = {
    "uk": ["Morwenna Trewin", "Jago Penhaligon", "Tamsyn Rowe", "Kerensa Pascoe", "Denzil Tregear", "Loveday Hocking"],
    "ie": ["Órla Breathnach", "Fiachra Doyle", "Nessa Fogarty"],
    "us": ["Darlene Kowalczyk", "Marcus Treadwell", "Luz Herrera", "Wendell Ames"],
    "ca": ["Colleen MacIsaac", "Brendan Doucette", "Shelagh Gillis", "Rory LeBlanc"],
    "au": ["Kirra Donnelly", "Bevan Hartigan", "Mei Lin Choo"],
    "nz": ["Anahera Tipoki", "Gareth Whitcombe", "Salote Fonua"],
    "za": ["Lindiwe Dube", "Hennie Visser", "Shireen Adams"],
    "in": ["Sunita Khandelwal", "Rakesh Tiwari", "Neha Saxena", "Vivek Chaturvedi"],
    "ng": ["Chiamaka Eze", "Tunde Bakare"],
    "tz": ["Upendo Massawe", "Juma Mrisho", "Halima Kombo", "Elibariki Lyimo"],
    "np": ["Sarita Gurung", "Bikash Shrestha", "Pasang Sherpa", "Anju Adhikari"],
    "vu": ["Leitak Tari", "Marie-Claire Kalsakau", "Jimmy Natuman", "Serah Tabi"],
    "ru": ["Irina Volkova", "Pavel Smirnov", "Anastasia Belova", "Gleb Orekhov"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca", "caa": "ca",
}
LANG_SIGNERS = {
    "ar": ["نادية السعدي", "سلمى العمري"], "de": ["Hannelore Kübler", "Matthias Sturm"],
    "es": ["Araceli Montoya", "Gonzalo Ibarra"], "fr": ["Margaux Lefèvre", "Yannick Perrot"],
    "hi": ["अनुराधा शुक्ला", "गीता रस्तोगी"], "it": ["Francesca Rinaldi", "Davide Moretti"],
    "ja": ["中村 由美", "石井 隆"], "ko": ["이수진", "한동민"], "pt": ["Inês Cardoso", "Joana Peixoto"],
    "ru": ["Светлана Морозова", "Андрей Лебедев"], "sw": ["Neema Kileo", "Athumani Salim"],
    "th": ["ดวงใจ พึ่งบุญ", "อรอุมา แก้วประเสริฐ"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["شازیہ ملک", "رخسانہ جاوید"], "zh": ["李秀英", "张伟"],
    "fas": ["مریم رضایی", "بهاره کریمی"], "est": ["Triin Kukk", "Andres Lepp"],
    "isl": ["Hildur Magnúsdóttir", "Einar Guðmundsson"], "hat": ["Mirlande Joseph", "Wilner Pierre-Louis"],
    "gle": ["Méabh Ní Dhomhnaill", "Seosamh Ó Flaithearta"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة الشامي", "منى الحسيني"], "de": ["Franziska Hölzl", "Jonas Reimann"],
    "es": ["Lucía Herrán", "Mateo Salcedo"], "fr": ["Amandine Roux", "Quentin Barbier"],
    "hi": ["ऋतंभरा चौबे", "अक्षत बाजपेयी"], "it": ["Alessia Greco", "Simone Bruno"],
    "ja": ["佐藤 美咲", "高橋 大輔"], "ko": ["최유나", "윤성호"], "pt": ["Beatriz Lacerda", "Tiago Moura"],
    "ru": ["Ольга Никитина", "Кирилл Зайцев"], "sw": ["Mwanaisha Juma", "Faraji Mkwawa"],
    "th": ["ณัฐธิดา ใจเย็น", "ภูริต ศิลาทอง"], "tr": ["Selin Arslan", "Kerem Çelik"],
    "ur": ["مہوش رضا", "سعدیہ نقوی"], "zh": ["赵雅琴", "孙明"],
    "fas": ["نگار حسینی", "شیرین اکبری"], "est": ["Kertu Rebane", "Siim Ilves"],
    "isl": ["Katrín Arnardóttir", "Sindri Björnsson"], "hat": ["Nadège Célestin", "Jean-Robert Étienne"],
    "gle": ["Aoife Nic Giolla Bhríde", "Ciarán Mac Aodha"],
}
GIVEN = {
    "Prabin Thapa Magar": "Prabin", "Halima Kombo": "Halima", "Mei Lin Choo": "Mei Lin",
    "Marie-Claire Kalsakau": "Marie-Claire",
}
PROVIDERS = ["quillpost", "pebblebox", "heronmail", "sloepost", "brackmail", "tidewire"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "caa": ("-0400", "-0300", "us"), "ht": ("-0500", "-0400", "us"),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "ir": ("+0330", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "np": ("+0545", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "vu": ("+1100", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap", "caa")
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
    TEMPLATES.append(T(part, label, kind, f"blind106-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf} – cheers again for Wednesday's cold-room wander. Reach-truck card good till August.\n{n}"
FOOT = "\n\n——\nCareers at {co} · Browse openings, set up saved searches and read staff stories on our hiring hub. Monthly digest: switch it off under Preferences. Data held per our applicant privacy notice. Sent from an unattended mailbox."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wday", "{co}: an update on {role} (REQ-{ref})",
   "Hello {n},\n\nOur hiring group has now read every {role} file, yours included. The people going through to interviews have day-to-day backgrounds lying squarely on this post's duties, and yours sits further off.\n\nYou can still see your Candidate Home, and any new posting you save there will reach you by email.\n\nKind regards,\nTalent Acquisition, {co}",
   ("Penwithick China Clay", "Kigoma Cashew Processors"), ("penwithickclay", "kigomacashew"), role=("Quarry Plant Operator", "Grading Line Supervisor"), tz=("uk", "tz"), frm="{co} Careers <candidatehome@{dom}>")
mr("ghouse", "Following up: your {role} interviews at {co}",
   "Hi {n},\n\nThree of us got to meet you across these last two weeks, which we enjoyed. After talking it through on Thursday, the team agreed to make the {role} offer to a different finalist, and that person has said yes.\n\nThanks for the thought you brought to the case exercise. Your name popping up on a later posting would please us.\n\n{sig}\nPeople Team, {co}",
   ("Ghorepani Trails", "Cheticamp Lobster Pound"), ("ghorepanitrails", "cheticamplobster"), role=("Trek Operations Coordinator", "Shipping Desk Lead"), tz=("np", "caa"))
mr("lever", "{co} – {role}",
   "Dear {n},\n\nWe have closed the selection for {role}. Your profile was reviewed attentively, but the team made a decision in favour of a candidate with longer production experience on our stack.\n\nYour CV rests in our candidate base twelve months unless you answer this letter with one word: REMOVE.\n\nWith best wishes,\n{sig}\nRecruitment, {co}",
   ("Volgaline Software", "Noida Testprep Academy"), ("volgalinesoft", "noidatestprep"), role=("Middle Java Developer", "Content Lead – Quantitative Aptitude"), tz=("ru", "in"), frm="{co} Hiring <no-reply@hire.{dom}>")
mr("smart", "Application status: {role}",
   "<html><body><p>Dear {n},</p><p>A stage change on the {co} portal:</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Company</td><td>{co}</td></tr><tr><td>Stage</td><td>Closed – Vacancy filled by another applicant</td></tr></table><p>Grateful you looked our way.</p><p>{co} Recruiting</p></body></html>",
   ("Fundy Isle Ferries", "Hayle Cable and Broadband"), ("fundyisleferries", "haylecable"), role=("Deckhand (Seasonal)", "Field Installation Engineer"), tz=("caa", "uk"), frm="{co} <jobs@{dom}>")
mr("icims", "{co} | {role} | Application decision",
   "Dear {n},\n\nRe: {role}, requisition {ref}\n\nScreening outcome: Not Selected – {x}\n\nThe posting listed this as a minimum requirement on the day of application, so we are unable to advance your file. You may apply again to later postings once it is in place.\n\nRegards,\nHR Shared Services\n{co}",
   ("Tormentine Ferries", "Tsampa Steam Momo House"), ("tormentineferries", "tsampasteam"), role=("Ship's Cook", "Kitchen Shift Lead"), tz=("caa", "np"), x=("Marine Basic First Aid Certificate Not Provided", "Food Handler Card Not Uploaded"), frm="{co} <talent@{dom}>")
mr("taleo", "Requisition {ref} closed – {role}",
   "Dear {n},\n\nThe requisition for {role} that you applied to has been withdrawn by {co} following {x}. Nobody gets appointed under that requisition; every application on it is now shut.\n\nA re-advertised post would mean applying afresh.\n\n(Automated notice.)",
   ("Yamunotri Pharma Distribution", "Musoma Lake Port Authority"), ("yamunotripharma", "musomaport"), role=("Cold-Chain Warehouse Executive", "Marine Pilot Trainee"), tz=("in", "tz"), x=("a consolidation of our Noida and Faridabad depots", "the freezing of the 2025/26 establishment"), frm="{co} <taleo.noreply@{dom}>")
mr("wable", "About the {role} trial shifts",
   "Hi {n},\n\n{x} people put in for {role} this season — miles beyond what we'd braced for. Paid trial shifts are done, our crew for the year is picked, and your application stops here.\n\nCheers for bearing with us.\n{sig}, {co}",
   ("Jungle Wire Zipline Park", "Mousehole Creamery Parlour"), ("junglewirezip", "mouseholecreamery"), role=("Canopy Guide", "Counter Scooper"), tz=("vu", "uk"), x=("96", "61"), frm="{sig} at {co} <{sl}@{dom}>")
mr("bamboo", "{role} at {co}",
   "Hey {n},\n\nQuick one from us. The hours we advertised as {role} got swallowed up by two of our part-timers wanting extra shifts — nothing left over to hire for.\n\nYour cover note made us smile, truly.\n\nCheers,\n{sig}\n{co}",
   ("Granite Jug Climbing Wall", "Lathered Paws Grooming Salon"), ("granitejug", "latheredpaws"), role=("Weekend Route Setter", "Bather & Dryer"), tz=("usm", "au"))
mr("ttail", "Answer about your application – {co}",
   "Dear {n},\n\n{x}\n\nSuccess to you on your professional road.\n\nRespectfully,\n{sig}\nHR department, {co}",
   ("Yaroslavl Cargo Forwarding", "Vaidehi Pharmacy Chain"), ("yarcargo", "vaidehipharma"), role=("Customs Declarant", "Store Pharmacist"), tz=("ru", "in"),
   x=("We inform you that the vacancy of {role} is already closed. The management has stopped the choice on another candidate, whose experience with Chinese suppliers was more suitable for the company now.", "With reference to the post of {role}, this is to intimate that your candidature has not been shortlisted, as the management has finalised the selection with a candidate having more years in retail dispensing. Kindly do not feel disheartened."), frm="{sig} | {co} <{sl}@{dom}>")
mr("pinpt", "Shortlisting result – {role}",
   "Dear {n},\n\nYour screening answers for {role} got double-marked. You totalled {x} of a possible 50, while the interview list began at {y}.\n\nSo no interview invite this round.\n\n{co}",
   ("Dartside Mountain Rescue", "Tenant Helpline Cornwall"), ("dartsiderescue", "tenanthelpline"), role=("Volunteer Coordinator", "Housing Rights Caseworker"), tz="uk", x=("27", "31"), y=("34", "36"), frm="{co} Recruitment <noreply@{dom}>")
mr("jazz", "{co}: {role} posting",
   "Hello {n},\n\nThe {role} ad is down — the spot's taken. Ta for sending your details over; this is our last email about that particular opening.\n\nAll the best,\n{co}",
   ("Holloway & Quoin Landscapes", "Inkwhirl Print Shop"), ("hollowayquoin", "inkwhirlprint"), role=("Landscape Labourer", "Digital Press Operator"), tz=("usc", "use"), frm="{co} <applications@{dom}>")
mr("ashby", "Your {role} process with {co}",
   "Hi {n},\n\nAppreciated the system-design session plus your CTO chat. Yesterday's debrief ended with the panel backing another finalist for {role}.\n\nPanel notes are yours over a quick call if useful.\n\nBest,\n{sig}\n{co}",
   ("Kazan Swiftpay", "Skyledger Climate Data"), ("kazanremit", "skyledgerclimate"), role=("Backend Engineer, Payouts", "Data Engineer, Satellite Pipelines"), tz=("ru", "usp"))
mr("wdclose", "{co}: position update",
   "Dear {n},\n\nAbout {role}: the hiring manager finished reviewing applicants, and the post went by offer to someone else. The portal marks your application closed.\n\nOther {co} vacancies remain open to you.\n\nRecruitment Team",
   ("Penwith Moors National Park Authority", "Arafura Regional Airlines"), ("penwithmoors", "arafuraregional"), role=("Ranger (Fixed Term)", "Ground Handling Agent"), tz=("uk", "au"), frm="{co} <recruitment@{dom}>")
# once
mr("surfshaper", "your application, {n}",
   "Alright {n} my 'andsome,\n\nYour CV turned up on the shaping-bay bench. Bit of a slow reply, sorry — we've took on Jowan's cousin for the sanding and glassing, so the job's gone for now. Give us a shout come spring, proper.\n\nTa,\n{sig}\n{co}, Newquay",
   "Fistral Foam Surfboards", "fistralfoam", tz="uk")
mr("spicefarm", "Kuhusu nafasi ya {role}",
   "Habari {n},\n\nPole sana for the late reply. We have already got a person for {role} at the spice farm, a lady from the village who knows the cloves very well. So this time it will not be possible for you.\n\nMungu akubariki. Asante.\n{sig}\n{co}",
   "Kengeja Clove & Spice Farm", "kengejaspice", role="Farm Tour Guide", tz="tz")
mr("teaest", "{role} – {co}",
   "Namaste {n} ji,\n\nYour application for {role} at our Ilam garden reached us with thanks. After interview round the estate manager has already taken one candidate from Fikkal who has worked two flushes before. So your application could not go forward.\n\nWith best regards,\n{sig}",
   "Kanyam Hills Tea Estate", "kanyamtea", role="Assistant Factory Supervisor", tz="np")
mr("vanilla", "Vanilla job",
   "Halo {n},\n\nTankyu tumas for your letter about the curing shed work. We already find one man from Port-Olry, he start next week, so no more place. Maybe next season when the beans come.\n\nGud dei,\n{sig}\n{co}, Malekula",
   "Lamap Bay Vanilla", "lamapbayvanilla", tz="vu")
mr("blueberry", "Re: rake crew",
   "Hey {n},\n\nSorry bud, the raking crew filled up quicker than we figured this year — mostly fellas back from last summer. Can't fit anyone else in.\n\nTry us again come July, eh?\n\n{sig}\n{co}, near Alberton",
   "Wild Barrens Blueberry Farm", "wildbarrensblue", tz="caa")
mr("itru", "Position Junior QA",
   "Good day, {n}!\n\nYour test task was received and checked. Unfortunately we decided to stop the communication on this vacancy, because the team took the specialist with commercial experience of mobile testing.\n\nWe will be glad to see your resume in the future.\n\nRegards,\n{sig}, HR-manager\n{co}",
   "Kremlevo Digital", "kremlevodigital", tz="ru")
mr("courier", "Regarding your application for {role}",
   "Dear {n},\n\nGreetings from {co}!\n\nWe regret to convey that your profile is not taken forward for {role}. The position has been closed with an internal employee from our Barabanki hub.\n\nBest luck for the road ahead. This mailbox is not monitored.\n\nHR Team",
   "Dakshin Dash Couriers", "dakshindash", role="Hub Operations Executive", tz="in")
mr("laundro", "Attendant job",
   "Hi {n},\n\nAppreciated you swinging by the counter with that form. Evening attendant shift got hired already. Your info stays pinned on our corkboard for spring.\n\n{sig}\nSuds & Tumble Laundromat",
   "Suds & Tumble Laundromat", "sudstumble", tz="usc")
mr("treenursery", "{role} application",
   "Hi {n},\n\nPlanting season at {co} drew quite a crowd. Every {role} spot is now spoken for.\n\nBest of luck out there,\n{sig}",
   "Fraser Bench Tree Nursery", "fraserbenchnursery", role="Seedling Lifter", tz="cap")
mr("caravan", "Caretaker role – {co}",
   "G'day {n},\n\nThanks for applying for the caretaker couple role. A couple who ran a park up near Kalbarri got it, so that's us sorted.\n\nHope you find the right spot soon.\n\nCheers,\n{sig}\n{co}",
   "Bluebush Flats Caravan Park", "bluebushflats", tz="au")
mr("knitwear", "Shop assistant – {co}",
   "Kia ora {n},\n\nLovely you popped by last week. The shop assistant job went to someone who can also work the Sunday market, which tipped it for us. Really appreciated you giving it a go.\n\nNgā mihi,\n{sig}\n{co}",
   "Brushtail Knitwear", "brushtailknit", tz="nz")
mr("spaza", "Re: Driver & packer",
   "Hi {n},\n\nReceived your CV, thanks. The driver & packer post is now taken by somebody from Hammanskraal who already has a PrDP. We will phone if another one comes up.\n\nKind regards,\n{sig}\n{co}",
   "Ekasi Bulk Wholesalers", "ekasibulk", tz="za")
mr("vintage", "Your application – {co}",
   "Hi {n},\n\nGorgeous styling photos, and thanks a million. Our weekend job goes to Niamh, who's bought stock for us on and off for years.\n\nMind yourself,\n{sig}\n{co}, Dublin 8",
   "Liberties Rail Vintage", "libertiesrail", tz="ie")
mr("suya", "Re: Application for Grill Assistant",
   "Dear {n},\n\nYour application to {co} for Grill Assistant was received. Kindly note the post is now occupied by another person. Thank you and best wishes in all you do.\n\nYours faithfully,\n{sig}\nManager",
   "Mallam Sani Suya Spot", "mallamsanisuya", tz="ng")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr-lifeboat", "RE: [EXT] Re: {role} – thanks for Monday",
   "Hi {n},\n\nYour note warmed the crew room. Saturday's committee gave {role} to Tegen Rowse, our inshore cox these six winters; she begins after the refit.\n\nPop in for tea any time.\n\n{sig}\n\n{OUT}",
   ("Porthkerris Lifeboat Station", "Hants Shore Harbour Commission"), ("porthkerrislifeboat", "hantsshoreharbour"), role=("Station Mechanic", "Wharfinger"), tz=("uk", "caa"))
mr("thr-sisal", "RE: [EXT] RE: {role} – after the panel",
   "Dear {n},\n\nYour long journey for the panel is much appreciated. The directors settled on Mr Baraka Lyimo for {role}; a decorticator-line man for years, he reports when the next month opens.\n\nShowing you the estate was a joy.\n\nWarm regards,\n{sig}\n\n{ORIG}",
   ("Korogwe Sisal Estates", "Tanna Copra Cooperative"), ("korogwesisal", "tannacopra"), role=("Processing Supervisor", "Drying Shed Foreman"), tz=("tz", "vu"))
mr("thr-para", "Re: [EXT] Re: {role} – next step?",
   "Hi {n},\n\nYou flew so calmly on tandem day! Our chief pilot has picked Ngima for {role}; he already holds a tandem rating and joins for October.\n\nEnjoy the rest of your trip!\n\n{sig}\n\n{GM}",
   ("Phewa Drift Paragliding", "Trishuli Whitewater"), ("phewadrift", "trishuliwhitewater"), role=("Ground Crew & Booking Assistant", "Safety Kayaker"), tz="np")
mr("thr-radio", "RE: [EXT] Re: {role} conversation",
   "Hi {n},\n\nYour note went straight to the board. Charlene Ruiz, volunteer producer of our Saturday farm report since 2021, took their {role} offer this morning.\n\nThat archive-tape talk was a treat.\n\nBest,\n{sig}\n\n{RULE}",
   ("Prairie Thistle Community Radio", "Gippsland Ledger"), ("prairiethistle", "gippslandledger"), role=("Morning Show Producer", "Cadet Reporter"), tz=("usc", "au"))
mr("thr-observ", "Re: [EXT] RE: {role}",
   "Hello {n},\n\nWhat a kind message after the night tour. Trustees appointed Zinhle Mokoena as {role}; she ran Sutherland's outreach dome three years and starts next term.\n\nCome stargazing again.\n\nRegards,\n{sig}\n\n{OUT}",
   ("Nuweveld Skies Observatory", "Tekapo Starlight Planetarium"), ("nuweveldskies", "tekapostarlight"), role=("Education Officer", "Show Presenter"), tz=("za", "nz"))
mr("thr-choir", "RE: [EXT] Re: {role} – after Thursday",
   "Dear {n},\n\nSuch a warm email after your audition. Our music director asked Aoibheann Hartigan, with the chorus since Christmas, to take {role}; Friday she agreed.\n\nHearing you play was lovely.\n\nKind regards,\n{sig}\n\n{GM}",
   ("Feakle Chamber Orchestra", "Goss Moor Festival Chorus"), ("feakleorch", "gossmoorchorus"), role=("Orchestra Manager", "Rehearsal Accompanist"), tz=("ie", "uk"))
mr("thr-potato", "Re: [EXT] Re: {role} interview",
   "Hi {n},\n\nYou braved the mud like a champ. Over supper the family chose my nephew Dougie for {role}; three falls on our harvester, so he steps in right off.\n\nAll the best to you,\n{sig}\n\n{ORIG}",
   ("Red Soil Seed Potatoes", "Waikato Valley Dairy Co-op"), ("redsoilseed", "waikatovalleydairy"), role=("Storage Manager", "Herd Records Officer"), tz=("caa", "nz"))
mr("thr-logist", "RE: [EXT] RE: {role} – our meeting",
   "Dear {n},\n\nYour letter after our meeting was received. General director approved Timur Galeev for {role}; he worked at Kazan terminal earlier and starts from first day of month.\n\nThe conversation was interesting.\n\nBest regards,\n{sig}\n\n{RULE}",
   ("Vostok Rail Logistics", "Jaipur Block Print Exports"), ("vostokrail", "jaipurblockprint"), role=("Transport Planner", "Merchandiser"), tz=("ru", "in"))
# ---- 8 clear refusals under long footers
mr("ft-pharm", "Your application: {role}",
   "Hi {n},\n\nYour {role} application at our {x} branch was weighed by the store team; it ends here, closed today.\n\n{co} Recruitment{FOOT}",
   ("Wellbrook Pharmacies", "Greenleaf Chemists"), ("wellbrookpharmacy", "greenleafchemists"), role=("Dispensary Assistant", "Healthcare Counter Assistant"), x=("Redruth", "Liskeard"), tz="uk", frm="{co} Careers <careers@{dom}>")
mr("ft-garden", "{co}: update on {role}",
   "Hello {n},\n\nYour application for {role} at {x} was unsuccessful. This closes it from our side.\n\nThe {co} Team{FOOT}",
   ("Bloomfield Garden Centres", "Potting Shed Nurseries"), ("bloomfieldgarden", "pottingshednurseries"), role=("Plant Area Team Member", "Seasonal Cafe Assistant"), x=("our Bude centre", "the Fowey site"), tz="uk", frm="{co} <no-reply@{dom}>")
mr("ft-hard", "Application outcome – {role}",
   "Dear {n},\n\nStore {ref}'s manager will not proceed with your {role} application. It has been closed.\n\n{co} Talent{FOOT}",
   ("Coolibah Hardware", "Spruceknot Home & Hardware"), ("coolibahhardware", "spruceknot"), role=("Trade Counter Associate", "Paint Desk Associate"), tz=("au", "cae"), frm="{co} Jobs <jobs@{dom}>")
mr("ft-pets", "{role}: decision",
   "Hi {n},\n\n{role}: other candidates were chosen, and today your application closes.\n\n{co}{FOOT}",
   ("Wagtail Pet Supplies", "Feather & Fin Pet Stores"), ("wagtailpets", "featherfinpets"), role=("Aquatics Team Member", "Store Associate"), tz=("uk", "use"), frm="{co} Careers <hello@{dom}>")
# ---- 9 hedged refusals
mr("hg-arch", "{role} – {co}",
   "Dear {n},\n\nYour portfolio got a proper look. A handful of others showed recent work lying nearer the coastal housing schemes on our boards right now, and it's those folk we'll take forward.\n\nWith thanks,\n{sig}\n{co}",
   ("Tidewrack Architects", "Kensington Row Studio"), ("tidewrack", "kensingtonrow"), role=("Part II Architectural Assistant", "Architectural Technologist"), tz=("uk", "caa"))
mr("hg-insure", "Your interest in {role}",
   "Hi {n},\n\nAppreciated our {role} conversation. Weighing everyone up, this hire has drifted toward someone steeped in commercial lines.\n\nWishing you well.\n\n{sig}\n{co}",
   ("Hearthstone Insurance Brokers", "Southern Cross Cover Brokers"), ("hearthstonebrokers", "sxcoverbrokers"), role=("Account Handler", "Claims Assistant"), tz=("usm", "au"))
mr("hg-dental", "Re: {role}",
   "Hi {n},\n\nNice to have you visit the practice. Other applicants fitted our surgery's rhythm a touch better, and our offers go their way first.\n\nTake care,\n{sig}\nPractice Manager, {co}",
   ("Bright Harbour Dental", "Wairere Smiles Dental"), ("brightharbourdental", "wairere"), role=("Dental Nurse", "Treatment Coordinator"), tz=("uk", "nz"))
mr("hg-market", "Thanks from {co}",
   "Hi {n},\n\nYour test-brief ideas were sharp. Still, two other people's strengths chimed better with this year's client list, and the team leans toward them.\n\nKeep in touch,\n{sig}",
   ("Rowan & Reed Marketing", "Ember Lane Digital"), ("rowanreed", "emberlane"), role=("Content Executive", "Paid Social Executive"), tz=("ie", "za"))
mr("hg-transl", "About the translator position",
   "Dear {n},\n\nYour test translation was made with quality. However the bureau decided other candidates correspond more to our current orders in technical German, and the process goes on with them.\n\nWe wish you luck.\n\n{sig}\n{co}",
   "Lingvo-Most Translation Bureau", "lingvomost", tz="ru")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-logist", "Following our call – {role}",
   "Hi {n},\n\nGood to catch you earlier. As flagged on our call, the client's progressing others for {role}. Meanwhile I've got a {x} just down the road, right up your street — want in? Reply yes and the spec's yours.\n\n{sig}\n{co}",
   ("Freightline People", "Portside Talent"), ("freightlinepeople", "portsidetalent"), role=("Transport Planner", "Warehouse Team Leader"), x=("night shift supervisor role", "goods-in coordinator job"), tz=("uk", "caa"))
mr("rc-it", "{role} update + another option",
   "Hey {n},\n\nClient feedback on {role}: a candidate with more production Kubernetes got it. Flip side, there's a {x} on my desk matching your background better. Ten minutes tomorrow?\n\n{sig}, {co}",
   ("Stackbridge Recruitment", "Byteharbour Talent"), ("stackbridge", "byteharbour"), role=("Platform Engineer", "SRE"), x=("Python data role at a logistics start-up", "DevOps contract with a utilities firm"), tz=("usp", "au"))
mr("rc-crew", "Re: {role} with the operator",
   "Hi {n},\n\nCheers for the chat. The vessel operator picked someone else for {role}. There's a {x} starting next month, four on four off; one word from you sends your CV across by teatime.\n\n{sig}\n{co}",
   ("Kelpline Crewing Agency", "Seaward Marine Staffing"), ("kelplinecrew", "seawardmarine"), role=("Second Engineer", "Bosun"), x=("relief Third Engineer vacancy on a supply vessel", "deck officer post on a ferry route"), tz=("za", "caa"))
mr("rc-pharma", "Profile status – {role}",
   "Hi {n},\n\nAs discussed over phone, the client has closed {role} with another candidate, so your profile will not move further there. But I have one more opening for Area Sales Manager with a nutraceuticals company in Khargone, package is better also. Shall I share your CV? Please revert by today.\n\nRegards,\n{sig}\n{co}",
   "Aarohan Pharma Placements", "aarohanplacements", role="Medical Representative", tz="in")
# ---- 8 public-sector notices
mr("ps-refer", "Notice of Results – {role}, Announcement {ref}",
   "Dear {n},\n\nYour {role} application was rated qualified against the announcement. Only the top-rated band made the certificate that went to the selecting manager; your rating landed under that band's floor. Announcement {ref} gives you no further consideration.\n\n{co}\nHuman Resources Office",
   ("Bureau of Fisheries Science Center", "Department of Veterans Housing, Region 6"), ("fisheriessci.gov", "vethousing-r6.gov"), role=("Fisheries Biologist, GS-9", "Program Analyst, GS-11"), tz=("use", "usc"), frm="{co} <hr-notices@{dom}>")
mr("ps-inelig", "Application ineligible – {role}",
   "Dear {n},\n\nRe: {role}, advertisement no. {ref}\n\nWe have screened the documents submitted with your application. {x} This being mandatory under the advertisement, the application is ineligible and is removed from the selection.\n\n{co}",
   ("Lok Sewa Screening Cell, Koshi Province", "Public Service Recruitment Secretariat"), ("koshilokseva.gov", "psrs.go"), role=("Nayab Subba (Administration)", "Assistant Accountant II"), tz=("np", "tz"),
   x=("A copy of your Nepali citizenship certificate was not attached.", "Your Form Four certificate could not be verified with the examinations council."), frm="{co} <noreply@{dom}>")
mr("ps-cancel", "Vacancy withdrawn: {role}",
   "Dear {n},\n\nRegarding {role}: {x} The vacancy is therefore cancelled, with nobody appointed. Any re-advertisement will require fresh applications.\n\nRecruitment Office\n{co}",
   ("Public Service Recruitment Office, Luganville", "Cornwall Shire Council"), ("psro-luganville.gov", "cornwallshire.gov"), role=("Senior Statistics Officer", "Coastal Access Officer"), tz=("vu", "uk"),
   x=("Following the mid-year budget review, the post lost its funding line.", "A service redesign approved by Cabinet has removed the post from the establishment."), frm="{co} <recruitment@{dom}>")
mr("ps-mark", "Written examination result – {role}",
   "Dear {n},\n\n{role}: the written test papers have all been marked. You scored {x}; this competition's qualifying mark stood at {y}, and candidates below it leave the competition here.\n\nCopies of marked papers can be requested within thirty days.\n\n{co}",
   ("Provincial Civil Service Commission of Prince Edward Island", "Awadh Subordinate Services Board"), ("peicsc.gov", "awadhssb.gov"), role=("Clerk III", "Junior Assistant"), x=("54", "41 of 100"), y=("65", "45"), tz=("caa", "in"), frm="{co} <exams@{dom}>")
# ---- 6 bare ATS status updates
mr("ats-roleshore", "Status update on your application",
   "Hi {n},\n\n{co} · {role}\nWhere it stands ▸ No longer under consideration\n\nRoleshore",
   ("Tamarside Foods", "Bayside Freight Systems"), ("tamarsidefoods", "baysidefreight"), role=("Production Planner", "Dispatch Clerk"), tz=("uk", "cae"), frm="Roleshore <status@roleshore.example>")
mr("ats-sievely", "{co} — application status",
   "<html><body><p>{n},</p><p><b>{role}</b><br>Status: <b>Not progressing</b><br>Updated by: {co} hiring team</p><p>Sievely</p></body></html>",
   ("Rapti Clinker Industries", "Loonwater Credit Union"), ("rapticlinker", "loonwatercu"), role=("Quality Chemist", "Member Service Rep"), tz=("np", "usc"), frm="Sievely Notifications <notify@sievely.example>")
mr("ats-gleanhire", "Update: {role}",
   "Hello {n},\n\n{co} has moved your application for {role} to the stage: Unsuccessful.\n\nGleanhire",
   ("Coastal Bus Lines", "Dassie Bay Resort Group"), ("coastalbuslines", "dassiebayresort"), role=("Depot Cleaner", "Night Auditor"), tz=("nz", "za"), frm="Gleanhire <updates@gleanhire.example>")
# ---- 6 internship / graduate decisions
mr("int-marine", "{co} Summer Internship – decision",
   "Dear {n},\n\nThe {co} {role} drew 214 applications for nine places. Having reviewed them, we regret yours won't be among this year's nine.\n\nThe autumn call reopens applications.\n\nInternship Committee",
   ("Bay of Fundy Marine Institute", "Falmouth Ocean Lab"), ("fundymarine", "falmouthocean"), role=("Marine Science Internship", "Coastal Survey Internship"), tz=("caa", "uk"), frm="{co} Internships <internships@{dom}>")
mr("int-news", "{role}: outcome of your application",
   "Dear {n},\n\nSelection for the {role} has finished, and this year's scheme, regrettably, has no seat with your name on it.\n\nEvery success ahead.\n\nEarly Careers Team, {co}",
   ("Bushveld Ink Media Group", "Eastern Sentinel Newspapers"), ("bushveldink", "easternsentinel"), role=("Graduate Journalism Programme", "Graduate Reporter Scheme"), tz=("za", "au"), frm="{co} Early Careers <earlycareers@{dom}>")
mr("int-agro", "{role} selection result",
   "Dear {n},\n\nFollowing interviews for the {role}, the limited seats are allotted to other candidates, and the final merit roll carries other names. The next intake is open to you.\n\nProgramme Office\n{co}",
   ("Terai Agronomy Research Station", "Mgeta Horticulture Institute"), ("teraiagro", "mgetahort"), role=("Agronomy Internship 2026", "Graduate Trainee Programme"), tz=("np", "tz"), frm="{co} <programme@{dom}>")
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wday", "{co}: {role} application logged",
   "Hello {n},\n\n{role} (REQ-{ref}) has landed in our system. Candidate Home shows Under Review today; later it switches, Interview being one possibility and No Longer Under Consideration the other, with an email at the switch.\n\nTalent Acquisition, {co}",
   ("Penwithick China Clay", "Kigoma Cashew Processors"), ("penwithickclay", "kigomacashew"), role=("Weighbridge Clerk", "Export Documentation Officer"), tz=("uk", "tz"), frm="{co} Careers <candidatehome@{dom}>")
mo("application_received", "ghouse", "Thanks for applying to {co}",
   "Hi {n},\n\n{role} — got it! Give our recruiter ten-ish days. Whichever way it lands, onward to a call or a polite goodbye, a human writes back.\n\n{co} People Team",
   ("Ghorepani Trails", "Cheticamp Lobster Pound"), ("ghorepanitrails", "cheticamplobster"), role=("Guide Trainer", "Tank Room Attendant"), tz=("np", "caa"), frm="{co} <no-reply@{dom}>")
mo("application_received", "lever", "Application received – {role}",
   "Dear {n},\n\nYour CV for {role} arrived. When the team does not choose the profile for next step, we write anyway; and with consent the CV rests twelve months in our base regardless.\n\nRecruitment, {co}",
   ("Volgaline Software", "Noida Testprep Academy"), ("volgalinesoft", "noidatestprep"), role=("QA Automation Engineer", "Video Lecture Editor"), tz=("ru", "in"), frm="{co} Hiring <no-reply@hire.{dom}>")
mo("application_received", "smart", "We received your application",
   "<html><body><p>Hi {n},</p><p><b>{role}</b> — new applicant record at {co}.</p><table border=\"1\"><tr><td>Current stage</td><td>New</td></tr><tr><td>What comes next</td><td>Interview (or Closed, where a rival applicant is hired)</td></tr></table></body></html>",
   ("Fundy Isle Ferries", "Hayle Cable and Broadband"), ("fundyisleferries", "haylecable"), role=("Ticket Office Clerk", "Network Planner"), tz=("caa", "uk"), frm="{co} <jobs@{dom}>")
mo("application_received", "icims", "Application received | {role}",
   "Dear {n},\n\n{role}: logged. Heads-up — screening tags a file Not Selected whenever the required certificate is absent, so double-check portal attachments ahead of closing.\n\nHR Shared Services, {co}",
   ("Tormentine Ferries", "Tsampa Steam Momo House"), ("tormentineferries", "tsampasteam"), role=("Purser", "Delivery Rider"), tz=("caa", "np"), frm="{co} <talent@{dom}>")
mo("application_received", "taleo", "Confirmation of submission – {role}",
   "Dear {n},\n\n{role} submission logged. Should the requisition get withdrawn or paused, applicants hear that same day.\n\n(Automated by {co}.)",
   ("Yamunotri Pharma Distribution", "Musoma Lake Port Authority"), ("yamunotripharma", "musomaport"), role=("Inventory Controller", "Harbour Security Officer"), tz=("in", "tz"), frm="{co} <taleo.noreply@{dom}>")
mo("application_received", "wable", "Got your application – {co}",
   "Hi {n},\n\nStoked you went for {role}! Paid trial shifts kick off in a fortnight. Crew full before your turn? A message still comes — nobody's left dangling.\n\n{sig}, {co}",
   ("Jungle Wire Zipline Park", "Mousehole Creamery Parlour"), ("junglewirezip", "mouseholecreamery"), role=("Harness Checker", "Weekend Server"), tz=("vu", "uk"), frm="{sig} at {co} <{sl}@{dom}>")
mo("application_received", "bamboo", "Thanks for applying, {n}",
   "Hey {n},\n\n{role} application: received. Fair warning, our current folks claim new hours first; if they gobble the lot, we tell you pronto.\n\nCheers,\n{sig}",
   ("Granite Jug Climbing Wall", "Lathered Paws Grooming Salon"), ("granitejug", "latheredpaws"), role=("Front Desk Staff", "Salon Receptionist"), tz=("usm", "au"))
mo("application_received", "ttail", "Your application is received – {co}",
   "Dear {n},\n\n{x}\n\nRespectfully,\nHR department, {co}",
   ("Yaroslavl Cargo Forwarding", "Vaidehi Pharmacy Chain"), ("yarcargo", "vaidehipharma"), role=("Logistics Operator", "Pharmacy Assistant"), tz=("ru", "in"),
   x=("Resume for {role} is received. Consideration lasts up to two weeks. In case of negative decision we also send answer, so calling the office is not needed.", "Your application for {role} stands received at our end. Only shortlisted persons shall be called; no call within 15 days means you may treat the candidature as not shortlisted."), frm="{sig} | {co} <{sl}@{dom}>")
mo("application_received", "pinpt", "Application received: {role}",
   "Dear {n},\n\n{role}: your screening answers go to two markers. Anyone under the shortlisting score gets an email after marking ends.\n\n{co}",
   ("Dartside Mountain Rescue", "Tenant Helpline Cornwall"), ("dartsiderescue", "tenanthelpline"), role=("Fundraising Assistant", "Advice Line Volunteer Lead"), tz="uk", frm="{co} Recruitment <noreply@{dom}>")
mo("application_received", "jazz", "We got it! – {co}",
   "Hello {n},\n\n{role} — yours arrived. We read every one ourselves. When the spot fills, the ad drops and each applicant receives a short note, hired or not.\n\n{co}",
   ("Holloway & Quoin Landscapes", "Inkwhirl Print Shop"), ("hollowayquoin", "inkwhirlprint"), role=("Irrigation Tech", "Finishing Assistant"), tz=("usc", "use"), frm="{co} <applications@{dom}>")
mo("application_received", "ashby", "Application confirmed – {role}",
   "Hi {n},\n\n{role} at {co}: applied! A hiring manager personally reviews each one. Match means an intro call; mismatch means a straight answer, never silence.\n\n{co} Talent",
   ("Kazan Swiftpay", "Skyledger Climate Data"), ("kazanremit", "skyledgerclimate"), role=("Mobile Engineer", "Product Analyst"), tz=("ru", "usp"), frm="{co} Talent <talent@{dom}>")
mo("application_received", "wdclose", "{co}: application submitted",
   "Dear {n},\n\n{role}: application lodged. Progress shows in the portal; after review, expect Interview Scheduled or Closed there.\n\nRecruitment Team",
   ("Penwith Moors National Park Authority", "Arafura Regional Airlines"), ("penwithmoors", "arafuraregional"), role=("Visitor Centre Assistant", "Cabin Crew"), tz=("uk", "au"), frm="{co} <recruitment@{dom}>")
mo("application_received", "pharm", "We've received your application",
   "Hi {n},\n\n{role} application safely in. Store managers sift after closing; successful or not, replies go out inside three weeks.\n\n{co} Recruitment{FOOT}",
   ("Wellbrook Pharmacies", "Greenleaf Chemists"), ("wellbrookpharmacy", "greenleafchemists"), role=("Pharmacy Driver", "Beauty Advisor"), tz="uk", frm="{co} Careers <careers@{dom}>")
mo("application_received", "garden", "{co}: thanks for applying",
   "Hello {n},\n\n{role}: application received. Contact follows only for shortlisted folk — a silent month means others got picked this time.\n\nThe {co} Team{FOOT}",
   ("Bloomfield Garden Centres", "Potting Shed Nurseries"), ("bloomfieldgarden", "pottingshednurseries"), role=("Houseplant Team Member", "Yard Operative"), tz="uk", frm="{co} <no-reply@{dom}>")
mo("application_received", "arch", "Portfolio received – {co}",
   "Dear {n},\n\nPortfolio for {role} safely here. Batch reviews happen across the fortnight; either way, one of the partners writes to you by month-end.\n\n{sig}\n{co}",
   ("Tidewrack Architects", "Kensington Row Studio"), ("tidewrack", "kensingtonrow"), role=("Architectural Assistant", "BIM Technician"), tz=("uk", "caa"))
mo("application_received", "insure", "Application received – {role}",
   "Hi {n},\n\n{role}: received. Matching experience earns a 20-minute call. A pass means your résumé sits on file six months for lookalike openings.\n\n{sig}, {co}",
   ("Hearthstone Insurance Brokers", "Southern Cross Cover Brokers"), ("hearthstonebrokers", "sxcoverbrokers"), role=("Underwriting Assistant", "Renewals Administrator"), tz=("usm", "au"))
mo("application_received", "dental", "Thank you for your application",
   "Hi {n},\n\n{role} application: safely arrived. Invited to meet or otherwise, our practice manager writes personally after closing.\n\nWarm wishes,\n{co}",
   ("Bright Harbour Dental", "Wairere Smiles Dental"), ("brightharbourdental", "wairere"), role=("Receptionist", "Hygienist"), tz=("uk", "nz"))
mo("application_received", "market", "Your application – {co}",
   "Hi {n},\n\n{role}: application in. Shortlisted folk get a short test brief next. Missing the shortlist? We say so too — every applicant gets an answer.\n\n{sig}",
   ("Rowan & Reed Marketing", "Ember Lane Digital"), ("rowanreed", "emberlane"), role=("Junior Copywriter", "SEO Executive"), tz=("ie", "za"))
mo("application_received", "recr", "Thanks for registering – {role}",
   "Hi {n},\n\nCV for {role} received. Client sees it this week. If they pass, I ring you and we browse my other briefs.\n\n{sig}\n{co}",
   ("Freightline People", "Kelpline Crewing Agency"), ("freightlinepeople", "kelplinecrew"), role=("Fleet Controller", "Chief Cook"), tz=("uk", "za"))
mo("application_received", "psrefer", "Application received – Announcement {ref}",
   "Dear {n},\n\n{role}: application on file. Post-closing, ratings happen and a Notice of Results goes out to each applicant, referred onward or otherwise.\n\n{co}, Human Resources Office",
   ("Bureau of Fisheries Science Center", "Department of Veterans Housing, Region 6"), ("fisheriessci.gov", "vethousing-r6.gov"), role=("Biological Technician, GS-7", "Housing Specialist, GS-9"), tz=("use", "usc"), frm="{co} <hr-notices@{dom}>")
mo("application_received", "psinel", "Acknowledgement of application",
   "Dear {n},\n\nApplication for {role} is received. Document screening is next month; applicants found ineligible get a letter stating the reason.\n\n{co}",
   ("Lok Sewa Screening Cell, Koshi Province", "Public Service Recruitment Secretariat"), ("koshilokseva.gov", "psrs.go"), role=("Kharidar (Account)", "Records Management Assistant"), tz=("np", "tz"), frm="{co} <noreply@{dom}>")
mo("application_received", "roleshore", "Application submitted",
   "Hi {n},\n\n{co} · {role}\nStatus: Submitted\nNext possible statuses: Interview, Offer, No longer under consideration (emailed on change).\n\nRoleshore",
   ("Tamarside Foods", "Bayside Freight Systems"), ("tamarsidefoods", "baysidefreight"), role=("Hygiene Operative", "Customs Broker Assistant"), tz=("uk", "cae"), frm="Roleshore <status@roleshore.example>")
mo("application_received", "sievely", "{co} — application received",
   "<html><body><p>{n},</p><p><b>{role}</b><br>Status: <b>Received</b></p><p>Notification follows when hiring moves it on, or tags it Not progressing.</p><p>Sievely</p></body></html>",
   ("Rapti Clinker Industries", "Loonwater Credit Union"), ("rapticlinker", "loonwatercu"), role=("Electrical Foreman", "Loan Processor"), tz=("np", "usc"), frm="Sievely Notifications <notify@sievely.example>")
mo("application_received", "intern", "Application received – {role}",
   "Dear {n},\n\nThe {role} application is in. Everyone learns by late March whether a place is theirs; kindly hold off contacting us till then.\n\nInternship Committee, {co}",
   ("Bay of Fundy Marine Institute", "Falmouth Ocean Lab"), ("fundymarine", "falmouthocean"), role=("Marine Science Internship", "Coastal Survey Internship"), tz=("caa", "uk"), frm="{co} Internships <internships@{dom}>")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "ghouse", "Interview invitation – {role}",
   "Hi {n},\n\n{role} — keen to talk! Video call {dl}, anywhere 10 till 3 our time? Unfortunately our booking tool hides slots on mobile, so reply with a time.\n\n{sig}, {co}",
   ("Ghorepani Trails", "Cheticamp Lobster Pound"), ("ghorepanitrails", "cheticamplobster"), role=("Guide Trainer", "Tank Room Attendant"), tz=("np", "caa"))
mo("interview", "lifeboat", "RE: [EXT] Re: {role} – a chat?",
   "Hi {n},\n\nCommittee's keen to see you {dl}, 6pm, at the station. Sadly the slipway car park's being resurfaced; park by the harbour and stroll round.\n\n{sig}\n\n{OUT}",
   ("Porthkerris Lifeboat Station", "Hants Shore Harbour Commission"), ("porthkerrislifeboat", "hantsshoreharbour"), role=("Station Mechanic", "Wharfinger"), tz=("uk", "caa"))
mo("interview", "observ", "Interview – {role}",
   "Hello {n},\n\nShortlisted for {role}! Interviews {dl}. Unfortunately the dome lift's broken, so panel sits in the ground-floor library. Bring five minutes on any night-sky object.\n\n{sig}, {co}",
   ("Nuweveld Skies Observatory", "Tekapo Starlight Planetarium"), ("nuweveldskies", "tekapostarlight"), role=("Education Officer", "Show Presenter"), tz=("za", "nz"))
mo("interview", "dental", "Invitation to interview – {co}",
   "Hi {n},\n\n{role} interview: {dl}, 1pm, at the practice. Regrettably travel isn't reimbursed, though parking behind the surgery is free.\n\nWarm wishes,\n{sig}",
   ("Bright Harbour Dental", "Wairere Smiles Dental"), ("brightharbourdental", "wairere"), role=("Receptionist", "Hygienist"), tz=("uk", "nz"))
mo("interview", "arch", "Portfolio review – {role}",
   "Dear {n},\n\nPortfolio review with us {dl}? Bad news on the coffee front — our machine expired last week, tea only.\n\n{sig}\n{co}",
   ("Tidewrack Architects", "Kensington Row Studio"), ("tidewrack", "kensingtonrow"), role=("Architectural Assistant", "BIM Technician"), tz=("uk", "caa"))
mo("interview", "ashby", "Next round: {role}",
   "Hi {n},\n\n{role}: the technical round is next for you! Does {dl} suit? Ninety minutes. Unfortunately our coding pad breaks on Safari; pick another browser.\n\n{sig}\n{co}",
   ("Kazan Swiftpay", "Skyledger Climate Data"), ("kazanremit", "skyledgerclimate"), role=("Mobile Engineer", "Product Analyst"), tz=("ru", "usp"))
mo("interview", "ttail", "Invitation for interview – {co}",
   "Dear {n},\n\n{x}\n\nRespectfully,\n{sig}, HR department",
   ("Yaroslavl Cargo Forwarding", "Vaidehi Pharmacy Chain"), ("yarcargo", "vaidehipharma"), role=("Logistics Operator", "Pharmacy Assistant"), tz=("ru", "in"),
   x=("Interview for {role} is planned {dl} at 11:00, our office. Unfortunately guest parking near building is absent, better come by metro. Take passport with you.", "Kindly attend personal interview for {role} on {dl}, 10:30 AM, head office. Unfortunately lift is under repair work, kindly take stairs to 3rd floor. Originals of certificates required."), frm="{sig} | {co} <{sl}@{dom}>")
mo("interview", "rcit", "Interview booked – {role}",
   "Hey {n},\n\nClient's asked to meet you for {role} on {dl}! Sadly in-person got scrapped, video only. Prep notes coming tonight.\n\n{sig}, {co}",
   ("Stackbridge Recruitment", "Byteharbour Talent"), ("stackbridge", "byteharbour"), role=("Platform Engineer", "SRE"), tz=("usp", "au"))
mo("next_steps", "icims", "Action needed: documents for {role}",
   "Dear {n},\n\n{role}: upload {x} by {dl} to stay in the process. Unfortunately the system bounces slanted photos of documents; scan flat.\n\nHR Shared Services, {co}",
   ("Tormentine Ferries", "Tsampa Steam Momo House"), ("tormentineferries", "tsampasteam"), role=("Purser", "Delivery Rider"), x=("your STCW basic safety certificate", "your two-wheeler licence and citizenship copy"), tz=("caa", "np"), frm="{co} <talent@{dom}>")
mo("next_steps", "pinpt", "Next stage – written exercise",
   "Dear {n},\n\nShortlisted for {role}! Written exercise lands 9am {dl}, due back 1pm. Sadly no extensions, so clear the morning.\n\n{co}",
   ("Dartside Mountain Rescue", "Tenant Helpline Cornwall"), ("dartsiderescue", "tenanthelpline"), role=("Fundraising Assistant", "Advice Line Volunteer Lead"), tz="uk", frm="{co} Recruitment <noreply@{dom}>")
mo("next_steps", "lever", "Test task – {role}",
   "Dear {n},\n\nFor {role} next step is test task, return it until {dl}. Unfortunately file server has maintenance at weekends, upload on weekday please.\n\nRecruitment, {co}",
   ("Volgaline Software", "Noida Testprep Academy"), ("volgalinesoft", "noidatestprep"), role=("QA Automation Engineer", "Video Lecture Editor"), tz=("ru", "in"), frm="{co} Hiring <no-reply@hire.{dom}>")
mo("next_steps", "psinel", "Submission of documents – {role}",
   "Dear {n},\n\nShortlisted for {role}: bring certified copies of academic certificates to our office on or before {dl}. Regrettably posted documents are refused.\n\n{co}",
   ("Lok Sewa Screening Cell, Koshi Province", "Public Service Recruitment Secretariat"), ("koshilokseva.gov", "psrs.go"), role=("Kharidar (Account)", "Records Management Assistant"), tz=("np", "tz"), frm="{co} <noreply@{dom}>")
mo("next_steps", "intern", "Online assessment – {role}",
   "Dear {n},\n\n{role} stage two: online assessment, finish by {dl}. Unfortunately phones can't load it — laptop needed.\n\n{co}",
   ("Bushveld Ink Media Group", "Eastern Sentinel Newspapers"), ("bushveldink", "easternsentinel"), role=("Graduate Journalism Programme", "Graduate Reporter Scheme"), tz=("za", "au"), frm="{co} Early Careers <earlycareers@{dom}>")
mo("next_steps", "crew", "Documents for the {role} booking",
   "Hi {n},\n\nOperator's keen on you for {role}! Medical, passport scan and sea-service testimonials to me by {dl}. Sadly vetting ignores incomplete files.\n\n{sig}\n{co}",
   ("Kelpline Crewing Agency", "Seaward Marine Staffing"), ("kelplinecrew", "seawardmarine"), role=("Second Engineer", "Bosun"), tz=("za", "caa"))
mo("offer", "wable", "You're on the crew! – {co}",
   "Hi {n},\n\nTrial shift: nailed it. {role} is yours for the season from {dl}! Unfortunately uniforms are delayed, so any dark tee works week one.\n\n{sig}, {co}",
   ("Jungle Wire Zipline Park", "Mousehole Creamery Parlour"), ("junglewirezip", "mouseholecreamery"), role=("Canopy Guide", "Counter Scooper"), tz=("vu", "uk"), frm="{sig} at {co} <{sl}@{dom}>")
mo("offer", "roleoffer", "Offer of employment – {role}",
   "Dear {n},\n\nDelighted: {role} is yours. Contract's attached; your countersigned copy is due {dl} at the latest. Unfortunately payroll is monthly, so first pay lands after your first full month.\n\n{sig}\n{co}",
   ("Tamarside Foods", "Bayside Freight Systems"), ("tamarsidefoods", "baysidefreight"), role=("Production Planner", "Dispatch Clerk"), tz=("uk", "cae"))
mo("offer", "psoffer", "Conditional offer – {role}",
   "Dear {n},\n\nSelection concluded: a conditional appointment as {role} is offered to you, pending medical clearance. Regrettably the staff quarters are full this intake, so a housing allowance will apply. Please confirm acceptance by {dl}.\n\n{co}",
   "Public Service Recruitment Office, Luganville", "psro-luganville.gov", role="Senior Statistics Officer", tz="vu", frm="{co} <recruitment@{dom}>")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wdraw", "Status update on your application",
   "Hi {n},\n\n{co} · {role}\nCurrent stage ▸ Withdrawn by candidate\n\nRoleshore",
   ("Tamarside Foods", "Bayside Freight Systems"), ("tamarsidefoods", "baysidefreight"), role=("Hygiene Operative", "Customs Broker Assistant"), tz=("uk", "cae"), frm="Roleshore <status@roleshore.example>")
mo("other_job", "hold", "{co} — application status",
   "<html><body><p>{n},</p><p><b>{role}</b><br>Status: <b>Paused · manager away</b></p><p>Sievely</p></body></html>",
   ("Rapti Clinker Industries", "Loonwater Credit Union"), ("rapticlinker", "loonwatercu"), role=("Electrical Foreman", "Loan Processor"), tz=("np", "usc"), frm="Sievely Notifications <notify@sievely.example>")
mo("other_job", "moved", "Change of date – {role} shortlisting",
   "Dear {n},\n\nShortlisting for {role} has moved back one week because of the Golowan festival road closures. Nothing is needed from you.\n\nRecruitment Office, {co}",
   "Cornwall Shire Council", "cornwallshire.gov", role="Coastal Access Officer", tz="uk", frm="{co} <recruitment@{dom}>")
mo("job_alert", "pharm", "New jobs near {x}",
   "Hi {n},\n\nFresh near your saved area: Pharmacy Assistant, Delivery Driver, Store Supervisor, Stock Assistant (4).\n\n{co} Recruitment{FOOT}",
   "Wellbrook Pharmacies", "wellbrookpharmacy", x="Camborne", tz="uk", frm="{co} Careers <careers@{dom}>")
mo("job_alert", "garden", "This week's openings at {co}",
   "Hello {n},\n\nFresh this week: Christmas Shop Assistant (Bude), Plant Care Apprentice (Looe) and Delivery Driver.\n\nThe {co} Team{FOOT}",
   "Bloomfield Garden Centres", "bloomfieldgarden", tz="uk", frm="{co} <no-reply@{dom}>")
mo("job_alert", "hard", "Jobs you may like",
   "Dear {n},\n\nThree roles near you: Yard Hand, Trade Counter Associate, Key Cutting Associate.\n\n{co} Talent{FOOT}",
   "Coolibah Hardware", "coolibahhardware", tz="au", frm="{co} Jobs <jobs@{dom}>")
mo("recruiter_outreach", "pitch1", "Harbourmaster role – Luganville",
   "Hi {n},\n\nLuganville port operator seeks an assistant harbourmaster — two years, housing included. Your coastguard years jumped out. Fancy a chat?\n\n{sig}\n{co}",
   "Seaward Marine Staffing", "seawardmarine", tz="vu")
mo("recruiter_outreach", "pitch2", "Operations lead – Biratnagar",
   "Namaste {n},\n\nA packaged-food plant near Biratnagar needs an operations lead, and your profile fits. Could we speak this week?\n\n{sig}\n{co}",
   "Aarohan Pharma Placements", "aarohanplacements", tz="in")
mo("non_job_rejection_words", "loan", "Your loan application",
   "Dear {n},\n\nYour personal loan request for {x} has been declined; the present debt-to-income ratio sits above our lending limit.\n\nLending Team\n{co}",
   ("Loonwater Credit Union", "Harbour Mutual Savings"), ("loonwatercu", "harbourmutual"), x=("$8,000", "£5,500"), tz=("usc", "uk"))
mo("non_job_rejection_words", "grant", "Arts grant – outcome",
   "Dear {n},\n\n{co} small grants round: the panel weighed many strong proposals, and regretfully your project misses out on funding.\n\nGrants Office",
   ("Kernow Arts Fund", "Maritime Creative Fund"), ("kernowarts", "maritimecreative"), tz=("uk", "caa"))
mo("non_job_rejection_words", "ballot", "Ballot result: Goss Moor Fell Race",
   "Hi {n},\n\nRace ballot drawn: sadly your entry missed. Fee refunds go out inside ten days.\n\nRace Committee",
   "Goss Moor Fell Runners", "gossmoorfell", tz="uk")
mo("offer", "insoffer", "Offer – {role}",
   "Hi {n},\n\n{role} is yours from {dl}! Letter attached with details. Unfortunately parking permits are gone till spring; bus station's five minutes away.\n\n{sig}, {co}",
   ("Hearthstone Insurance Brokers", "Southern Cross Cover Brokers"), ("hearthstonebrokers", "sxcoverbrokers"), role=("Underwriting Assistant", "Renewals Administrator"), tz=("usm", "au"))
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via Skelbrook" + ch.capitalize() + " <hiring@skelbrook" + ch + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


ACK, INV, NXT, OFR = "application_received", "interview", "next_steps", "offer"
pair("farrier", "finch", "Trelowarren Farriery", "trelowarrenfarriery", "uk",
     ("Farriering apprenticeship – outcome", "Hi {n},\n\nRe the farriering apprenticeship at our forge — a Saturday lad who's shod alongside us all year has got it.\n\nGood luck with it,\n{sig}"),
     (ACK, "Farriering apprenticeship – got your note", "Hi {n},\n\nFarriering apprenticeship note: here safe. Decision comes by month's end, yes or no, with a letter regardless.\n\n{sig}"))
pair("welldig", "wren", "Deepwater Welldigging", "deepwaterwells", "usm",
     ("Crew hand – welldigging", "Hi {n},\n\nOur welldigging crew's complete — two hands out of Rocky Ford signed on, so there's no room this season.\n\n{sig}"),
     (INV, "Welldigging crew – come meet us", "Hi {n},\n\nCome by the yard {dl}, 7am, and we'll talk welldigging. Unfortunately the rig's out on a job that day, shop only.\n\n{sig}"))
pair("kelp", "robin", "Sounds Kelp Co.", "soundskelp", "caa",
     ("Kelpharvesting deckhand", "Hi {n},\n\nAbout a berth on our kelpharvesting boat: the skipper's picked a hand with more seasons afloat, and the boat's crewed up for this year.\n\n{sig}"),
     (NXT, "Kelpharvesting deckhand – paperwork", "Hi {n},\n\nSkipper wants you aboard for a trial run. Marine Emergency Duties card to us by {dl}, please. Sadly nobody sails without it.\n\n{sig}"))
pair("boatpaint", "heron", "Fowey Boatpainting Yard", "foweyboatpaint", "uk",
     ("Boatpainting assistant", "Dear {n},\n\nThe boatpainting assistant post: having met everybody, we've offered it elsewhere.\n\nRegards,\n{sig}"),
     (OFR, "Boatpainting assistant – offer", "Dear {n},\n\nBoatpainting assistant — the yard would love you on the brushes from {dl}. Bring layers: unfortunately the yard heating is feeble come winter.\n\nRegards,\n{sig}"))
pair("luthier", "plover", "Bluegrass Bench Luthiery", "bluegrassbench", "usc",
     ("Apprentice – luthiering shop", "Hi {n},\n\nRegarding the luthiering apprenticeship: a student from the Galax lutherie course takes the bench this year, and it's the only opening I had.\n\n{sig}"),
     (ACK, "Luthiering apprenticeship – received", "Hi {n},\n\nLetter and photos arrived. Choice comes after the fall fair; whatever I decide, a letter follows.\n\n{sig}"))
pair("belt", "linnet", "Saddle Creek Beltmaking", "saddlecreekbelts", "usm",
     ("Beltmaking bench hand", "Hi {n},\n\nOur beltmaking bench spot went to a leatherworker from Meeteetse, so it's filled.\n\nTake care,\n{sig}"),
     (INV, "Beltmaking bench – interview", "Hi {n},\n\nSwing by the beltmaking shop {dl}, about 2pm? Sadly there's zero parking out front; lot across the road works.\n\n{sig}"))
pair("chimpot", "thrush", "Redruth Chimneypotting", "redruthchimneypot", "uk",
     ("Chimneypotting labourer", "Hello {n},\n\nChimneypotting team job: a Camborne roofer we've known for years takes it.\n\nAll the best,\n{sig}"),
     (NXT, "Chimneypotting labourer – working at height", "Hello {n},\n\nChimneypotting team next step — working-at-height certificate to us by {dl}. Unfortunately our insurer insists.\n\n{sig}"))
pair("globe", "curlew", "Meridian Globemaking", "meridianglobe", "uk",
     ("Globemaking studio assistant", "Dear {n},\n\nOur globemaking studio has picked an applicant experienced in gore-cutting for this post.\n\nKind regards,\n{sig}"),
     (OFR, "Globemaking studio – offer", "Dear {n},\n\nGlobemaking studio assistant: yours, starting {dl}. Regrettably there are three flights of stairs up to us.\n\n{sig}"))
pair("puppet", "dipper", "Tinker Lane Puppetmaking", "tinkerlanepuppets", "au",
     ("Puppetmaking workshop – your application", "Hi {n},\n\nPuppetmaking workshop update: a maker who also voices characters for our shows was chosen.\n\nCheers,\n{sig}"),
     (ACK, "Puppetmaking workshop – thanks", "Hi {n},\n\nPortfolio here! Picking happens after school holidays. A no would still come with a letter and reasons.\n\n{sig}"))
pair("mask", "gannet", "Carnival Lane Maskmaking", "carnivalmasks", "za",
     ("Maskmaking assistant", "Hi {n},\n\nMaskmaking assistant: an artist from Woodstock, long our partner on festival pieces, is appointed.\n\nRegards,\n{sig}"),
     (INV, "Maskmaking assistant – studio visit", "Hi {n},\n\nMaskmaking studio visit {dl}, 10am. Unfortunately our gate's jammed; phone on arrival.\n\n{sig}"))
pair("felt", "puffin", "Hillside Feltmaking", "hillsidefelt", "nz",
     ("Feltmaking studio hand", "Kia ora {n},\n\nFeltmaking studio hand — a local who'll also cover our farm shop got the nod.\n\nNgā mihi,\n{sig}"),
     (NXT, "Feltmaking studio – a sample", "Kia ora {n},\n\nSmall felt sample plus a wool-experience note by {dl}, please. Sadly samples stay with us.\n\n{sig}"))
pair("seal", "swift", "Jade Gate Sealcarving", "jadegateseals", "au",
     ("Sealcarving apprentice", "Dear {n},\n\nThis year's sealcarving training place is taken; another student has accepted it.\n\nWith respect,\n{sig}"),
     (ACK, "Sealcarving apprentice – received", "Dear {n},\n\nSealcarving training application arrived. One student gets chosen by spring, and every applicant receives the result.\n\n{sig}"))
pair("stamp", "merlin", "Postmark Stampmaking", "postmarkstamps", "use",
     ("Stampmaking press operator", "Hi {n},\n\nStampmaking shop press job: hired an operator with rubber-press years.\n\n{sig}"),
     (OFR, "Stampmaking press operator – offer", "Hi {n},\n\nPress operator job is yours; first shift {dl}, 8 sharp. Sadly the break room's mid-remodel; pack a lunch.\n\n{sig}"))
pair("scrim", "kite", "Nantucket Light Scrimshawing", "nantucketlight", "use",
     ("Scrimshawing workshop", "Dear {n},\n\nScrimshawing workshop: a carver already familiar with our fossil ivory fills the place.\n\n{sig}"),
     (INV, "Scrimshawing workshop – meet us", "Dear {n},\n\nMeet us at the workshop {dl}? Unfortunately ferries switch schedules that week; verify sailings.\n\n{sig}"))
pair("decoy", "osprey", "Marsh Creek Decoycarving", "marshcreekdecoys", "usc",
     ("Decoycarving helper", "Hi {n},\n\nDecoycarving helper job: my neighbor's boy took it.\n\n{sig}"),
     (NXT, "Decoycarving helper – trial piece", "Hi {n},\n\nAhead of meeting, carve a small trial piece, bring it by {dl}. Unfortunately wood's on you.\n\n{sig}"))
pair("snowshoe", "eider", "Northwoods Snowshoemaking", "northwoodsshoes", "usc",
     ("Snowshoemaking shop – hiring", "Hi {n},\n\nSnowshoemaking shop winter post: a Tofte craftsman has it.\n\n{sig}"),
     (ACK, "Snowshoemaking shop – received", "Hi {n},\n\nSnowshoemaking job letter: received. Decision before lake freeze-up; I'll phone with the answer, whichever it is.\n\n{sig}"))
pair("lantern", "teal", "Paper Moon Lanternmaking", "papermoonlanterns", "cap",
     ("Lanternmaking assistant", "Hi {n},\n\nLanternmaking studio: last fall's lantern-festival helper accepted our role.\n\n{sig}"),
     (OFR, "Lanternmaking assistant – offer", "Hi {n},\n\nLanternmaking assistant job — yours from {dl}! Unfortunately weekends mean no studio heat.\n\n{sig}"))
pair("flag", "shrike", "Pennant Hill Flagmaking", "pennanthill", "uk",
     ("Flagmaking machinist", "Dear {n},\n\nFlagmaking machinist post: a candidate with industrial sewing background is chosen.\n\nRegards,\n{sig}"),
     (INV, "Flagmaking machinist – interview", "Dear {n},\n\nFlagmaking interview {dl}, 11am. Regrettably stairs only, so flag up any access needs.\n\n{sig}"))
pair("awning", "siskin", "Sunshade Awningmaking", "sunshadeawnings", "au",
     ("Awningmaking installer", "Hi {n},\n\nAwningmaking installer: filled by someone holding a white card and truck licence.\n\nCheers,\n{sig}"),
     (NXT, "Awningmaking installer – licence check", "Hi {n},\n\nWhite card plus driver licence by email, {dl} latest. Unfortunately induction waits on both.\n\n{sig}"))
pair("trunk", "twite", "Steamer Trunkmaking Co.", "steamertrunk", "use",
     ("Trunkmaking apprentice", "Hi {n},\n\nTrunkmaking apprenticeship: an applicant already handy with canvas and brass takes it.\n\n{sig}"),
     (ACK, "Trunkmaking apprentice – received", "Hi {n},\n\nTrunkmaking apprenticeship application logged. Outcome emails reach all applicants by next month's first.\n\n{sig}"))
pair("ladder", "avocet", "Orchard Ladderbuilding", "orchardladders", "nz",
     ("Ladderbuilding workshop hand", "Kia ora {n},\n\nLadderbuilding workshop: someone off the orchard crew moved in.\n\nCheers,\n{sig}"),
     (INV, "Ladderbuilding workshop – meet us", "Kia ora {n},\n\nLadderbuilding workshop visit, {dl}, 9am. Sadly the road's loose gravel — ease off.\n\n{sig}"))
pair("spoon", "bunting", "Greenwood Spoonmaking", "greenwoodspoons", "uk",
     ("Spoonmaking tutor", "Dear {n},\n\nSpoonmaking tutor post: a tutor who's led our weekends before takes it.\n\n{sig}"),
     (OFR, "Spoonmaking tutor – offer", "Dear {n},\n\nSpoonmaking tutor — yours, first course {dl}. Unfortunately travel money's gone this season.\n\n{sig}"))
pair("vinegar", "dotterel", "Mother Barrel Vinegarmaking", "motherbarrel", "cae",
     ("Vinegarmaking cellar hand", "Hi {n},\n\nVinegarmaking cellar job: went to someone with cider years.\n\n{sig}"),
     (ACK, "Vinegarmaking cellar – received", "Hi {n},\n\nCellar hand application received. Shortlisted or otherwise, a reply comes inside a fortnight.\n\n{sig}"))
pair("kipper", "redstart", "Looe Kippering Smokehouse", "looekippering", "uk",
     ("Kippering smokehouse", "Hello {n},\n\nKippering smokehouse job: a herring-season regular of ours got it.\n\n{sig}"),
     (NXT, "Kippering smokehouse – food hygiene", "Hello {n},\n\nLevel 2 food hygiene certificate to us by {dl}. Sadly no smokehouse start otherwise.\n\n{sig}"))
pair("banjo", "stonechat", "Holler Banjomaking", "hollerbanjo", "use",
     ("Banjomaking shop helper", "Hi {n},\n\nBanjomaking shop helper: hired a fellow who's picked and built for decades.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-skelbrook", "Skelbrookfinch: new workshop jobs this week",
   "Hi {n},\n\nSkelbrookfinch fresh listings: forge striker, sail loft hand, cooper's helper, glass studio assistant, plus six.\n\nAlert preferences live under Account.",
   "Skelbrookfinch", "skelbrookfinch", frm="Skelbrookfinch <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-pitch", "Your market pitch application",
   "Dear {n},\n\nChristmas craft market pitches were oversubscribed, and sadly your pitch application was unsuccessful this year.\n\nMarkets Team, {co}",
   "Liskeard Town Markets", "liskeardmarkets", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (fas 2, est 2, isl 2, hat 2, gle 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-dates", "ar", "دار النخيل لتعبئة التمور", "daralnakheel", "jo",
   ("بخصوص طلبك لوظيفة مشرفة خط التعبئة", "عزيزتي {n}،\n\nسعدنا بلقائك في مقابلة الأسبوع الماضي. اختارت الإدارة أخيراً السيدة رنا، وهي معنا منذ ثلاثة مواسم في تعبئة التمور، ولذلك أُغلق طلبك لهذه الوظيفة.\n\nتحياتنا،\n{sig}"),
   (ACK, "تم استلام طلبك", "عزيزتي {n}،\n\nطلبك لوظيفة مشرفة خط التعبئة أصبح لدينا. سنراسلك خلال أسبوعين بالقرار، قبولاً كان أم اعتذاراً.\n\n{sig}"))
lp("de-orgel", "de", "Orgelbau Lindenthal", "orgelbau-lindenthal", "de",
   ("Ihre Bewerbung als Orgelbauer/in", "Sehr geehrte/r {full},\n\ndas Gespräch in unserer Werkstatt hat uns gefreut. In der Pfeifenwerkstatt fängt nun ein Geselle aus Landshut an, der schon Intonationserfahrung gesammelt hat. Deshalb erhalten Sie von uns diesmal eine Absage, so leid es uns tut.\n\nMit freundlichen Grüßen\n{sig}"),
   (INV, "Einladung zum Gespräch", "Sehr geehrte/r {full},\n\nkommen Sie doch am {dl} um 10 Uhr zum Vorstellungsgespräch in die Werkstatt. Leider steht im Hof ein Gerüst; nehmen Sie das Tor am Kirchgässle.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es-guitar", "es", "Guitarrería Albaicín", "guitarreriaalbaicin", "es",
   ("Tu candidatura para el taller", "Hola, {n}:\n\nQué buenas fotos de tus instrumentos. El puesto de aprendiz, sin embargo, ya tiene dueño: Rafa, que se ha pasado un año lijando tapas de pino en un taller del Realejo. Lo dejamos aquí de momento.\n\nUn abrazo,\n{sig}"),
   (NXT, "Siguiente paso: prueba práctica", "Hola, {n}:\n\nNos gustaría que hicieras una pequeña prueba de barnizado. Envíanos fotos del resultado antes del {dl}. Lamentablemente no podemos prestarte material.\n\nUn saludo,\n{sig}"))
lp("fr-fromage", "fr", "Fromagerie des Trois Vallons", "troisvallons", "fr",
   ("Votre candidature – affineur", "Bonjour {n},\n\nVotre candidature au poste d'affineur a retenu notre attention. Toutefois, c'est une personne ayant déjà retourné des meules en cave qui rejoindra l'équipe, si bien que nous clôturons votre dossier.\n\nCordialement,\n{sig}"),
   (OFR, "Proposition d'embauche – affineur", "Bonjour {n},\n\nLe poste d'affineur vous revient ! Première journée en cave le {dl}. Malheureusement, le logement sur place n'est pas disponible avant l'été.\n\nBien cordialement,\n{sig}"))
lp("hi-pottery", "hi", "खुर्जा कला मृद्भांड कार्यशाला", "khurjapottery", "in",
   ("आपके आवेदन के बारे में", "{n} जी,\n\nखुर्जा से राम-राम। मटका-सुराही वाली भट्टी पर अब सेठजी का भांजा बैठेगा, सो वह जगह भर गई। अब वहाँ कोई गुंजाइश बची नहीं।\n\nसादर,\n{sig}"),
   (ACK, "भट्टी वाली अर्ज़ी", "{n} जी,\n\nखुर्जा से राम-राम। भट्टी के काम हेतु लिखा आपका ख़त सेठजी ने पढ़ लिया है। हाँ हो या ना, होली से पहले ख़बर भेजेंगे।\n\n{sig}"))
lp("it-mosaico", "it", "Bottega del Mosaico Classe", "mosaicoclasse", "it",
   ("La sua candidatura", "Gentile {full},\n\nla sua domanda per il posto di apprendista mosaicista è arrivata in bottega. Il posto è andato però a una ragazza diplomata alla scuola di restauro di Ravenna, quindi la sua candidatura si chiude qui.\n\nCordiali saluti,\n{sig}"),
   (INV, "Invito a un colloquio", "Gentile {full},\n\nsaremmo lieti di incontrarla in bottega il {dl} alle 15. Purtroppo il parcheggio di fronte è chiuso per lavori.\n\nCordiali saluti,\n{sig}"))
lp("ja-sake", "ja", "北嶺酒造", "hokureishuzo", "jp",
   ("蔵人募集の選考結果について", "{n}様\n\nこの度は北嶺酒造の蔵人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。ご希望に沿えず申し訳ございません。\n\n{sig}"),
   (NXT, "書類提出のお願い", "{n}様\n\n二次選考に進んでいただくため、健康診断書を{dl}までにご郵送ください。恐れ入りますが、メールでの提出は受け付けておりません。\n\n{sig}"))
lp("ko-hanji", "ko", "전주 한지공방 누리", "hanjinuri", "kr",
   ("지원 결과 안내", "{n}님, 안녕하세요.\n\n한지공방 보조 직원 채용에 지원해 주셔서 감사합니다. 공방 사정상 이번에는 한지 뜨기 경험이 많은 분을 모시기로 했습니다. 훗날 공방 전시회에서 뵐 수 있으면 좋겠습니다.\n\n{sig} 드림"),
   (OFR, "채용 합격 안내", "{n}님, 안녕하세요.\n\n한지공방 보조 직원으로 최종 합격하셨음을 알려드립니다. 첫 출근일은 {dl}입니다. 아쉽게도 공방 앞 골목은 차가 들어오기 어려우니 버스를 타고 오시면 편합니다.\n\n{sig} 드림"))
lp("pt-cortica", "pt", "Corticeira do Montado", "corticeiramontado", "pt",
   ("A sua candidatura", "Olá, {n},\n\nRecebemos com gosto a sua candidatura a operador de prensa. Depois de analisar todos os perfis, optámos por outro candidato com experiência na indústria corticeira, pelo que não vamos avançar com o seu processo.\n\nCumprimentos,\n{sig}"),
   (INV, "Convite para entrevista", "Olá, {n},\n\nGostaríamos de conversar consigo numa entrevista no dia {dl}, às 9h30. Infelizmente a entrada principal está em obras; use o portão das traseiras.\n\nCumprimentos,\n{sig}"))
lp("ru-toys", "ru", "Мастерская деревянной игрушки «Берёста»", "beresta-toys", "ru",
   ("Ответ по вакансии резчика", "Здравствуйте, {n}!\n\nСпасибо за отклик на вакансию резчика и за присланные фотографии работ. Место досталось мастеру, который уже расписывал игрушки для ярмарок, так что вакансия закрыта.\n\nС уважением,\n{sig}"),
   (ACK, "Ваш отклик получен", "Здравствуйте, {n}!\n\nМы получили ваш отклик. Решение примем в течение двух недель и сообщим его вам в любом случае, каким бы оно ни было.\n\nС уважением,\n{sig}"))
lp("sw-kahawa", "sw", "Chama cha Ushirika cha Kahawa Uru", "kahawauru", "tz",
   ("Majibu ya maombi yako ya kazi", "Ndugu {n},\n\nMaombi yako ya nafasi ya mwonjaji wa kahawa yalitufikia. Baada ya usaili, kamati ilimpa nafasi hiyo kijana wa hapa Uru ambaye amefanya kazi kiwandani kwa misimu mitatu. Kwa hiyo nafasi imeshajazwa.\n\nWako,\n{sig}"),
   (NXT, "Nyaraka zinazohitajika", "Ndugu {n},\n\nTunaomba ulete nakala za vyeti vyako ofisini kwetu, mwisho ni {dl} saa tisa alasiri. Kwa bahati mbaya nakala za barua pepe haziruhusiwi.\n\nWako,\n{sig}"))
lp("th-silk", "th", "ร้านผ้าไหมบ้านครัว", "baankruasilk", "th",
   ("ผลการสมัครงาน", "ถึงคุณ{n}\n\nกี่ทอผ้าตัวที่ว่างอยู่ ตอนนี้ป้าเจ้าของร้านยกให้หลานสาวที่กลับมาจากเชียงใหม่แล้ว เลยไม่มีที่ว่างเหลือสำหรับรอบนี้ค่ะ\n\n{sig}"),
   (INV, "เชิญสัมภาษณ์งาน", "ถึงคุณ{n}\n\nป้าเจ้าของร้านนัดคุยกับคุณวันที่ {dl} ตอนสาย ๆ หน้าร้านมีรถขุดจอดอยู่ ฝากเอารถไปไว้ลานวัดนะคะ\n\n{sig}"))
lp("tr-hali", "tr", "Konya Halı Atölyesi", "konyahali", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nDokuma ustası ilanı için gönderdiğiniz başvuru bize ulaştı, ilginiz için sağ olun. Ancak Gördes düğümünde yıllarca çalışmış bir ustayı işe aldık; bu nedenle sizinle ilerleyemiyoruz.\n\nİyi dileklerimizle,\n{sig}"),
   (ACK, "Başvurunuz alındı", "Merhaba {n},\n\nHalı atölyesine yolladığınız başvuru elimizde. Karar hangi yönde çıkarsa çıksın, ay sonundan önce size haber vereceğiz.\n\n{sig}"))
lp("ur-football", "ur", "سیالکوٹ اسپورٹس سلائی گھر", "sialkotstitch", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {n}،\n\nکوالٹی انسپکٹر کی اسامی سے متعلق آپ کا خط ملا۔ انٹرویو کے بعد انتظامیہ نے ایک ایسے امیدوار کا انتخاب کیا ہے جو پہلے برآمدی فٹ بال کی جانچ کر چکے ہیں۔\n\nوالسلام،\n{sig}"),
   (OFR, "ملازمت کی پیشکش", "محترمہ {n}،\n\nہمیں خوشی ہے کہ آپ کو کوالٹی انسپکٹر کے عہدے کی پیشکش کی جا رہی ہے۔ براہ کرم {dl} تک جواب دیں۔ افسوس ہے کہ فی الحال ٹرانسپورٹ کی سہولت دستیاب نہیں۔\n\n{sig}"))
lp("zh-porcelain", "zh", "景德镇青瓷工坊", "qingciworkshop", "cn",
   ("关于您的应聘结果", "{n}您好：\n\n感谢您应聘我们工坊的拉坯学徒。经过慎重考虑，我们已录用一位有多年拉坯经验的师傅，这次就不能与您合作了，敬请谅解。\n\n祝好！\n{sig}"),
   (NXT, "请补交材料", "{n}您好：\n\n请于{dl}前把您的作品照片和身份证复印件发给我们。很遗憾，逾期的材料我们无法受理。\n\n{sig}"))
lp("fas-saffron", "fas", "بسته‌بندی زعفران گل‌نرگس", "golnargessaffron", "ir",
   ("نتیجهٔ درخواست همکاری", "با سلام، {n} گرامی\n\nدرخواست شما برای بخش بسته‌بندی زعفران به دست ما رسید؛ سپاس. پس از بررسی، متقاضی دیگری را که سابقهٔ بیشتری در کنترل کیفیت داشت انتخاب کردیم و امکان ادامهٔ همکاری با شما در این مرحله وجود ندارد.\n\nبا احترام،\n{sig}"),
   (ACK, "درخواست شما دریافت شد", "با سلام، {n} گرامی\n\nدرخواست شما به دست ما رسید. نتیجه را، چه مثبت چه منفی، تا دو هفتهٔ دیگر به شما اطلاع می‌دهیم.\n\n{sig}"))
lp("fas-pista", "fas", "باغ پستهٔ دشت‌نور", "dashtnoorpistachio", "ir",
   ("پاسخ به درخواست شما", "{n} عزیز، سلام\n\nممنون از درخواست شما برای سرپرستی باغ پسته. صاحب باغ تصمیم گرفت یکی از اهالی روستا را که چند فصل برداشت با ما بوده استخدام کند؛ و جای خالی دیگری نمانده است.\n\nموفق باشید،\n{sig}"),
   (INV, "دعوت به گفت‌وگو", "{n} عزیز، سلام\n\nخوشحال می‌شویم روز {dl} ساعت ده صبح برای گفت‌وگو به دفتر باغ بیایید. متأسفانه جادهٔ خاکی بعد از باران خراب شده است؛ لطفاً با احتیاط رانندگی کنید.\n\n{sig}"))
lp("est-raba", "est", "Rabarada Matkad OÜ", "rabarada", "ee",
   ("Vastus teie kandideerimisele", "Tere, {n}!\n\nAitäh, et kandideerisite meie rabamatkade giidiks. Giidikoht läks seekord inimesele, kes on rabas matku juhtinud juba viis suve, nii et vaba kohta enam pole.\n\nParimate soovidega\n{sig}"),
   (INV, "Kutse vestlusele", "Tere, {n}!\n\nKutsume teid vestlusele {dl} kell 11 meie kontorisse. Kahjuks on parkla remondis, palun jätke auto tänava äärde.\n\n{sig}"))
lp("est-kadakas", "est", "Kadakakoja Puutöö", "kadakakoja", "ee",
   ("Kandideerimise tulemus", "Tere, {n}!\n\nTäname huvi eest kadakatöökoja abilise koha vastu. Otsustasime võtta tööle puutöö kutsekooli lõpetanu, nii et teie kandidatuuriga me seekord edasi ei liigu.\n\nLugupidamisega\n{sig}"),
   (NXT, "Palun saatke tööproov", "Tere, {n}!\n\nPalun saatke meile hiljemalt {dl} fotod oma puutöödest ja lühike CV. Kahjuks ei saa me hiljem saabunud materjale arvesse võtta.\n\n{sig}"))
lp("isl-hestar", "isl", "Hestabúið Brekkukot", "brekkukot", "is",
   ("Umsókn þín um starf", "Góðan dag, {n},\n\nUmsóknin um starf á hestabúinu barst okkur og við þökkum fyrir hana. Starfið fór til tamningakonu úr sveitinni sem hefur verið hjá okkur á sumrin, svo það er ekki laust lengur.\n\nKær kveðja,\n{sig}"),
   (OFR, "Starfstilboð", "Góðan dag, {n},\n\nOkkur er ánægja að bjóða þér starf á hestabúinu frá og með {dl}. Því miður er starfsmannahúsið fullt, en við hjálpum þér að finna húsnæði í nágrenninu.\n\nKær kveðja,\n{sig}"))
lp("isl-hvalir", "isl", "Hvalaferðir Skjálfanda", "hvalaferdir", "is",
   ("Varðandi umsóknina þína", "Góðan dag, {n},\n\nTakk fyrir að sækja um starf leiðsögumanns í hvalaskoðun hjá okkur. Eftir viðtölin ákváðum við að ráða annan umsækjanda með meiri reynslu á sjó.\n\nBestu kveðjur,\n{sig}"),
   (ACK, "Umsókn móttekin", "Góðan dag, {n},\n\nVið höfum móttekið umsóknina þína. Allir umsækjendur fá svar fyrir lok mánaðarins, hvort sem niðurstaðan er jákvæð eða ekki.\n\n{sig}"))
lp("hat-kafe", "hat", "Kowoperativ Kafe Mòn Zonbi", "kafemonzonbi", "ht",
   ("Repons pou aplikasyon ou", "Bonjou {n},\n\nAplikasyon ou pou pòs kontwolè kalite a rive nan men nou, mèsi. Apre entèvyou yo, komite kowoperativ la pran yon agwonòm ki travay nan pye kafe depi dis lane. Pòs la okipe kounye a.\n\nMèsi anpil,\n{sig}"),
   (INV, "Envitasyon pou yon entèvyou", "Bonjou {n},\n\nKomite a vle wè w jou {dl} a 9è nan maten nan biwo kowoperativ la. Malerezman wout la gen labou apre lapli, se pou w pran prekosyon.\n\n{sig}"))
lp("hat-papye", "hat", "Atelye Papye Mache Jakmèl", "papyemachejakmel", "ht",
   ("Aplikasyon ou nan atelye a", "Bonjou {n},\n\nNou remèsye w pou enterè ou nan atelye papye mache nou an. Nou deja pran yon atis ki te travay avèk nou pou kanaval la, donk plas la pa disponib ankò.\n\nKenbe fèm,\n{sig}"),
   (OFR, "Òf travay", "Bonjou {n},\n\nNou kontan ofri w plas asistan nan atelye a, kòmanse {dl}. Malerezman nou pa ka peye transpò pou kounye a.\n\n{sig}"))
lp("gle-colaiste", "gle", "Coláiste Samhraidh Chnoc na Mara", "cnocnamara", "ie",
   ("Maidir le d'iarratas", "A chara,\n\nBhí áthas orainn d'iarratas ar phost mar cheannaire sa choláiste samhraidh a fháil. Tar éis na n-agallamh, cheap an bord iarrthóir eile a chaith trí shamhradh linn cheana. Mar sin, níl post le tairiscint duit i mbliana.\n\nLe dea-ghuí,\n{sig}"),
   (NXT, "Cáipéisí riachtanacha", "A chara,\n\nSeol chugainn, le do thoil, d'fhoirm ghrinnfhiosrúcháin agus dhá theistiméireacht faoin {dl}. Ar an drochuair, ní féidir linn glacadh le cáipéisí a thagann go déanach.\n\n{sig}"))
lp("gle-oidhreacht", "gle", "Ionad Oidhreachta an Ghleanna", "oidhreachtghleanna", "ie",
   ("Post an treoraí", "A chara,\n\nGabhaimid buíochas leat as suim a léiriú i bpost an treoraí san ionad oidhreachta. Tá duine eile ceaptha againn don séasúr seo, duine ón gceantar a bhfuil Gaeilge agus Fraincis aici.\n\nLe meas,\n{sig}"))

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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
        rec["id"] = f"blind106:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 104; slice 105, this slice and any later one are skipped by number."""
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
