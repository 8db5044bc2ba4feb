# ruff: noqa: E501, S311
"""Write the two-hundred-and-tenth sealed blind slice for issue 11 (blind-slice-210.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 209; slice 209, this slice and later never read; our side printed)
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

SEED = 2102102
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-210.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 210
SKIP_FROM = 209  # slice 209 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Pernille Ashdown", "Kofi Amankwaah-Reid", "Yasmin Quraishi", "Tadhg Ó Briain", "Lowenna Carthew",
    "Iolanthe Marsh", "Bongani Dlamuka", "Sefa Pulotu", "Maelys Turcotte", "Ravneet Chahal",
    "Oyelaran Bankole", "Jessamy Threlkeld", "Dumisani Vilakazi", "Hollis Fairweather", "Aroha Pene",
    "Cormac Lydon", "Zarina Ashurova", "Gulnara Berdiyeva", "Ndaye Mbuyi", "Claudine Niyonzima",
    "Tenzin Dolkar", "Ezekiel Okonjo", "Rosalind Penhaligon", "Makoa Tuhega", "Freya Lindqvist-Ames",
    "Shreya Katoch", "Callan Mabey", "Delphine Iradukunda", "Josiah Weatherby", "Mei-Ling Ashcombe",
    "Odhran Kielty", "Priscilla Mutombo", "Wiremu Tautahi", "Hamish Drinkwater", "Nilufar Rahmatova",
]
REGION_SIGNERS = {
    "rt": ["Hester Bellingham", "Crispin Wragg", "Marjorie Tansley", "Ned Ashwell"],
    "bi": ["Aline Ndikumana", "Jean-Bosco Nzeyimana", "Goreth Hakizimana"],
    "dh": ["Pema Tsering", "Anjali Thakur", "Vikrant Guleria"],
    "nu": ["Sione Talagi", "Moka Tukuitonga", "Fiafia Pulehetoa"],
    "kl": ["Réjean Lafrenière", "Brenda Kowalchuk", "Terrence McKinnon"],
    "tm": ["Aýna Orazowa", "Merdan Gurbanow", "Jeren Atayewa"],
    "cd": ["Mbuyi Kalonji", "Nsimba Makiese", "Bijou Lukusa"],
    "uk": ["Philippa Strand", "Gareth Yelland", "Imelda Sowerby"],
    "ie": ["Aoife Cullinane", "Diarmuid Horgan", "Nuala Brophy"],
    "us": ["Shelby Vandermeer", "Augustin Poole", "Keisha Lathrop"],
    "au": ["Kirra Whitlam", "Declan Ferrier", "Joanne Pettigrew"],
    "nz": ["Rangi Tahuri", "Fleur Kingsmill", "Tevita Fonua"],
    "za": ["Lerato Mokoena", "Johan Steenkamp", "Thandeka Zulu"],
}
GENERAL = ["Morwenna Ashby", "Ignatius Keel", "Sabela Ortiz-Hume", "Ferdinand Okafor", "Lilias Crane"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "sc": "uk", "wl": "uk"}
LANG_SIGNERS = {
    "ar": ["سلمى الرفاعي", "طارق النجار"], "de": ["Hildegard Pfannkuch", "Volker Imhof"],
    "es": ["Begoña Arrieta", "Fermín Solano"], "fr": ["Apolline Réaux", "Gaspard Lemonnier"],
    "hi": ["सुलोचना रावत", "प्रदीप नेगी"], "it": ["Ottavia Carbone", "Filippo Sereni"],
    "ja": ["森本 早苗", "石田 亮介"], "ko": ["윤서연", "한동훈"], "pt": ["Graça Lobato", "Nuno Pestana"],
    "ru": ["Светлана Громова", "Игорь Белов"], "sw": ["Neema Kiwelu", "Juma Mfinanga"],
    "th": ["สุภาพร ทองดี", "อนุชา ศรีสุข"], "tr": ["Selin Aktaş", "Burak Güler"],
    "ur": ["ثمینہ ملک", "کاشف رضا"], "zh": ["黄淑芬", "林建国"],
    "swe": ["Ingrid Ålund", "Mattias Berglöf"], "cym": ["Eirlys Prydderch", "Gethin Rowlands"],
    "gle": ["Caitríona Ní Bhraonáin", "Peadar Mac Giolla"], "eus": ["Miren Etxeberria", "Joseba Urrutia"],
    "sqi": ["Lindita Hoxha", "Arben Kola"], "mkd": ["Марија Стојановска", "Горан Трајковски"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "hye": ["Անի Սարգսյան", "Արմեն Պետրոսյան"],
    "tam": ["கவிதா சுந்தரம்", "முருகன் ராஜா"], "yor": ["Adébáyọ̀ Ògúnlànà", "Fúnmiláyọ̀ Àlàbí"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سعيد", "يوسف الحلبي"], "de": ["Annika Brenner", "Moritz Falk"],
    "es": ["Ainhoa Prieto", "Gonzalo Ruiz"], "fr": ["Margaux Delorme", "Bastien Huet"],
    "hi": ["दिव्या बिष्ट", "अमित पंवार"], "it": ["Beatrice Gallo", "Tommaso Riva"],
    "ja": ["高橋 美咲", "中村 大輝"], "ko": ["이수민", "최민재"], "pt": ["Inês Barros", "Tiago Moura"],
    "ru": ["Ольга Зайцева", "Никита Волков"], "sw": ["Halima Said", "Baraka Mollel"],
    "th": ["ณัฐธิดา พูลผล", "วรเมธ แก้วมณี"], "tr": ["Elif Şahin", "Kerem Arslan"],
    "ur": ["حنا شیخ", "عمران چوہدری"], "zh": ["张静", "李明轩"],
    "swe": ["Tindra Vikström", "Algot Rydell"], "cym": ["Gwenno Tudur", "Emrys Pennant"],
    "gle": ["Síle Ní Mhurchú", "Cathal Ó Dálaigh"], "eus": ["Ane Goikoetxea", "Iker Zubiri"],
    "sqi": ["Era Dervishi", "Dritan Shehu"], "mkd": ["Ана Николовска", "Стефан Илиевски"],
    "kat": ["თამარ ლომიძე", "ლევან ხარაიშვილი"], "hye": ["Մարիամ Հակոբյան", "Դավիթ Գրիգորյան"],
    "tam": ["பிரியா கணேசன்", "அருண் குமார்"], "yor": ["Títílayọ̀ Adéyẹmí", "Olúwaseun Bámidélé"],
}
GIVEN = {"Tadhg Ó Briain": "Tadhg", "Kofi Amankwaah-Reid": "Kofi", "Mei-Ling Ashcombe": "Mei-Ling"}
PROVIDERS = ["quillpost", "heronmail", "slatebox", "burrowmail", "larchpost", "cinderbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "rt": ("+0000", "+0100", "eu"), "sc": ("+0000", "+0100", "eu"), "wl": ("+0000", "+0100", "eu"),
    "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "bi": ("+0200", None, ""), "za": ("+0200", None, ""), "cd": ("+0100", None, ""), "ng": ("+0100", None, ""), "gh": ("+0000", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "ge": ("+0400", None, ""), "am": ("+0400", None, ""), "tm": ("+0500", None, ""), "pk": ("+0500", None, ""),
    "dh": ("+0530", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "jm": ("-0500", None, ""), "nu": ("-1100", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "kl": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "kl", "cap")
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
QNOTE = "\n{sf} – ta muchly: Wednesday's stroll by the pallet racking was grand, and the ladder yarn has me grinning yet. Forklift card good till June, and Mr Ketherwold (referee) answers after five.\n{n}"
FOOT = "\n\n== {CO} / FERNACOMBE CAREERS ==\nRoles refresh Mondays and Thursdays. Gorsewhistle Alerts sends matches by town and shift (text HUSH to pause). The Quaverley Bulletin, our staff digest, covers long-service pins and the quiz league. Need interview access help? Wimbleshank Access. This mailbox is unattended."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
ATS = "{co} Hiring <apply@{dom}>"
NOREPLY = "{co} Careers <donotreply@{dom}>"


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("a01", "{role}: where your application stands", "Hello {n},\n\nStatus on your candidate home flipped to Closed – Another Applicant Hired. Requisition for {role} at {co} got filled this week, so this record is archived.\n\nThose hours of yours were noticed and valued.\n{co} Talent Team", ("Ketton Limeworks Laboratory", "Rohero Print House"), ("kettonlime", "roheroprint"), frm=ATS, role=("Lab Sampler", "Press Minder"), tz=("rt", "bi"))
mr("a02", "About your {role} take-home", "Hi {n},\n\nThe panel marked the take-home exercises with names hidden. Yours was read closely, yet the panel will not move it on to the onsite stage. Thanks for the hours it cost you.\n\n{sig}\nRecruiting, {co}", ("Bhagsu Trail Outfitters", "Larder Lake Sled Works"), ("bhagsutrail", "larderslead"), role=("Gear Room Coordinator", "Parts Counter Lead"), tz=("dh", "kl"))
mr("a03", "{co}: the Oakapple pool", "Dear {n},\n\nThe screening call ends your {role} journey with us here. Say yes and your profile rests in our Oakapple pool for twelve months so recruiters can reach you for other openings.\n\nKind regards,\n{sig}", ("Hakupu Honey Co", "Mary Cotton Ginnery"), ("hakupuhoney", "marycotton"), role=("Apiary Hand", "Bale Inspector"), tz=("nu", "tm"))
mr("a04", "Application update – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Not progressed – role awarded to another candidate</td></tr></table><p>{co} Recruitment</p></body></html>", ("Matonge Rumba Studios", "Empingham Osprey Centre"), ("matongerumba", "ospreyempingham"), frm=ATS, role=("Sound Assistant", "Visitor Guide"), tz=("cd", "rt"))
mr("a05", "{role} (ref {ref})", "Dear {n},\n\nA valid Ontario G licence was flagged essential in the posting; none appeared on your form. Under our screening rules it can't go forward for {role}.\n\nRegards,\n{co} Human Resources", ("Swastika Curling Club", "Kinindo Shore Hotel"), ("swastikacurl", "kindoshore"), frm=ATS, role=("Ice Technician", "Room Attendant"), x="", tz=("kl", "bi"))
mr("a06", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) has been filled. Submissions still open against it are marked Inactive, yours included. Thank you for applying to {co}.\n\nCareers Administration", ("Köpetdag Marble Hotel", "Dharamkot Momo Kitchen"), ("kopetdagmarble", "dharamkotmomo"), frm=NOREPLY, role=("Night Auditor", "Line Cook"), tz=("tm", "dh"))
mr("a07", "After our chat – {role}", "Hi {n},\n\nTa for Tuesday's blether on the blower. The three trial shifts have gone to people who trained with us in spring, so this round has no slot left over for you, me duck. Hope the search goes well.\n\n{sig}, {co}", ("Lyddington Tearoom", "Alofi Dive Centre"), ("lyddingtontea", "alofidive"), role=("Counter Assistant", "Dive Shop Hand"), tz=("rt", "nu"))
mr("a08", "{co} – your application", "Hello {n},\n\nYour name in the {role} hat pleased us. Someone else is being appointed, and we are closing your file on our people system today. Good fortune to you.\n\n{sig}\n{co}", ("Limete River Barges", "Teza Tea Estate"), ("limetebarge", "tezatea"), role=("Deckhand", "Factory Clerk"), tz=("cd", "bi"))
mr("a09", "{role} with {co}", "Salam {n},\n\nSag bol for applying. For {role} the team went ahead with another person; your profile is archived now and the post is filled.\n\n{sig}\n{co} People Desk", ("Akhal Stud Stables", "Türkmenbaşy Port Cranes"), ("akhalstud", "tbportcrane"), role=("Groom", "Crane Banksman"), tz="tm")
mr("a10", "{role}: scores from the assessment", "Dear {n},\n\nYour assessment came to {x}, and the shortlist began at {y}. That gap means {co} won't carry your application further for {role}.\n\nRecruitment Team", ("Kangra Valley Tea Growers", "Kirkland Underground Gold"), ("kangratea", "klgold"), frm=ATS, role=("Leaf Supervisor", "Mine Surveyor Trainee"), x=("23 of 40", "49%"), y=("30", "64%"), tz=("dh", "kl"))
mr("a11", "{co}: {role}", "Mbote {n},\n\nMatondo for the application. This time the people team picked another candidate for {role}. We keep your CV six months and you may apply again.\n\n{sig}", ("Gombe Phone Clinic", "Ngaliema Ferry Tickets"), ("gombephone", "ngaliemaferry"), role=("Repair Technician", "Ticket Agent"), tz="cd")
mr("a12", "Founders' review: {role}", "Hi {n},\n\nBoth founders read the case study you sent. It was sharp, but they have asked the candidate whose plan suited our runway better to take the {role} seat. Thanks for the effort.\n\n{sig}, {co}", ("Tanganyika Pay", "Liku Solar Co-op"), ("tanganyikapay", "likusolar"), role=("Product Analyst", "Installer Lead"), tz=("bi", "nu"))
mr("a13", "Seasonal crew – {role}", "Hello {n},\n\nEvery seasonal {role} place for the coming season has been taken up by people returning from last year's crew. We have nothing to offer you at present.\n\nCheers,\n{sig}\n{co}", ("Rutland Water Fishing Lodge", "Naddi Snow Camps"), ("rutlandlodge", "naddisnow"), role=("Boat Hand", "Camp Cook"), tz=("rt", "dh"))
mr("a14", "{role} at {co}", "Dear {n},\n\nHaving sifted every {role} form, the shop carries on with other folks. Cheers for your time.\n\nUppingham Outfitters Recruitment", "Uppingham Outfitters", "uppoutfit", role="Shop Fitter", tz="rt")
mr("a15", "Your {role} application", "Dear {n},\n\nThe {role} opening at our Buyenzi depot is now taken by a mechanic from the neighbourhood. We are grateful you applied and wish you luck elsewhere.\n\n{sig}\n{co}", "Buyenzi Moto Spares", "buyenzimoto", role="Motorbike Mechanic", tz="bi")
mr("a16", "{co} – application closed", "Namaste {n} ji,\n\nOur studio head has given the {role} post to a painter trained in Norbulingka. On our side your file is now shut. Tashi delek.\n\n{sig}", "McLeod Ganj Thangka Atelier", "mcleodthangka", role="Apprentice Painter", tz="dh")
mr("a17", "Re: {role}", "Fakaalofa lahi atu {n},\n\nFakaaue for wanting to join us. The {role} place has gone to a Tamakautoga lady who starts next month, so we'll close your form.\n\n{sig}\n{co}", "Avatele Guest Fale", "avatelefale", role="Housekeeper", tz="nu")
mr("a18", "{role} posting", "Hi {n},\n\nWe filled the {role} spot at the rink canteen from the internal list, eh. So your name stops here, but thanks a bunch.\n\n{sig}\n{co}", "Kenogami Arena Concessions", "kenogamiarena", role="Canteen Cook", tz="kl")
mr("a19", "{co}: {role} outcome", "Salam {n},\n\nThe selection team chose another specialist for {role} in Dashoguz. Please accept our good wishes; your form stays behind at this round.\n\n{sig}", "Dashoguz Melon Fields", "dashoguzmelon", role="Irrigation Foreman", tz="tm")
mr("a20", "{role} – decision", "Mbote {n},\n\nThe bosses took a tailor who already cuts liputa for {role}. Matondo mingi for coming with your book of designs.\n\n{sig}, {co}", "Matonge Liputa Tailors", "matongeliputa", role="Pattern Cutter", tz="cd")
mr("a21", "Our reply about {role}", "Dear {n},\n\nThanks for applying to {co}. We've offered the {role} role to an applicant with a stronger reporting background and they have accepted.\n\nKind regards,\n{sig}", "Strabane Gazette", "strabanegazette", role="Court Reporter", tz="uk")
mr("a22", "{role} in Ennistymon", "Dia dhuit {n},\n\nThe {role} job is going to a candidate from the shortlist who has worked festivals here before. Your details stop at this stage; go raibh maith agat, {n}.\n\n{sig}\n{co}", "Clare Trad Festival Office", "claretradfest", role="Stage Steward", tz="ie")
mr("a23", "{co} - {role}", "Hi {n},\n\nAfter a tight race we've filled the {role} role at our Tucson shop with someone else. Much obliged you gave Saguaro a look.\n\n{sig}\nPeople Ops", "Saguaro Tile & Stone", "saguarotile", role="Showroom Associate", tz="usm")
mr("a24", "Application: {role}", "G'day {n},\n\nThe {role} role at our Mildura packing shed has been filled. Your form halts at the packing-shed door, but cheers for throwing your hat in.\n\n{sig}\n{co}", "Sunraysia Dried Fruit", "sunraysiafruit", role="Grader Operator", tz="au")
mr("a25", "Kia ora {n}", "Kia ora {n},\n\nThanks for the {role} application. The team has appointed another person from Gisborne so your form is closed off.\n\nNgā mihi,\n{sig}\n{co}", "Tūranga Honey Works", "turangahoney", role="Extraction Hand", tz="nz")
mr("a26", "Your {role} application at {co}", "Hi {n},\n\nThank you for applying. The post of {role} went to a candidate who matched our Durban needs more closely, so your application closes here.\n\n{sig}\n{co}", "Umgeni Sugar Terminal", "umgenisugar", role="Weighbridge Clerk", tz="za")
mr("a27", "{co}: {role}", "Dear {n},\n\nThe {role} vacancy in Tivoli was awarded to an external applicant. We'll shut your application now and appreciate the interest you showed.\n\n{sig}\n{co}", "Hudson Valley Piano Rooms", "hvpianorooms", role="Showroom Host", tz="use")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role}", "Hi {n},\n\nOur Tuesday natter was a treat, your card likewise. The partners have given the post to Philippa Grange, joining us on the 2nd.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Oakham Bookbindery", "Kinindo Craft Market"), ("oakhambind", "kinindocraft"), role=("Binding Assistant", "Stall Manager"), tz=("rt", "bi"))
mr("t2", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nYour warmth came through in every answer. The director has chosen Lobsang Wangmo for the post; she moves over from Kangra on Monday.\n\nWith thanks,\n{sig}\n\n{GM}", ("Tibetan Handmade Paper Unit", "Alofi Post Office"), ("tibpaperunit", "alofipost"), role=("Stores Keeper", "Counter Clerk"), tz=("dh", "nu"))
mr("t3", "RE: [EXT] Re: {role}", "Hey {n},\n\nGreat seeing you up at the headframe. The hiring committee settled on Dale Ruokolainen, and he starts underground on the 9th.\n\nTake care,\n{sig}\n\n{ORIG}", ("Timiskaming Mine Rescue", "Kirkland Lake Assay Yard"), ("timismrescue", "klassayyard"), role=("Rescue Station Tech", "Yard Planner"), tz="kl")
mr("t4", "RE: [EXT] Re: {role}", "Salam {n},\n\nSag bol for the tea and the fine talk. The board picked Maral Annayewa for the job; she takes her desk from the 15th.\n\nBest wishes,\n{sig}\n\n{RULE}", ("Ashgabat Carpet Museum Shop", "Mary Bazaar Traders"), ("ashgabatmuseumshop", "marybazaar"), role=("Sales Lead", "Stock Controller"), tz="tm")
mr("t5", "RE: [EXT] Re: {role}", "Mbote {n},\n\nMatondo for Friday, you brought real energy. The owners have gone with Patience Mpiana, who begins with us on the 1st.\n\nWarmly,\n{sig}\n\n{OUT}", ("Kinshasa Fleuve Logistics", "Lingwala Radio Sango"), ("fleuvelog", "lingwalaradio"), role=("Dispatch Officer", "Studio Producer"), tz="cd")
mr("t6", "RE: [EXT] Re: {role} – thank you", "Hello {n},\n\nHaving you round the shop floor was a joy. The family has offered the role to Morag Ellery, who accepted yesterday and is with us from the 4th.\n\nKind regards,\n{sig}\n\n{GM}", ("Cottesmore Airfield Catering", "Burley Wool Loft"), ("cottesmorecater", "burleywool"), role=("Catering Supervisor", "Shop Manager"), tz=("rt", "uk"))
mr("t7", "RE: [EXT] Re: {role}", "Hi {n},\n\nTa again for the long trek in on the Kayanza road. The management team appointed Eric Nshimirimana, who takes up the post on the 7th.\n\nWith best regards,\n{sig}\n\n{RULE}", ("Ngagara Water Kiosks", "Bujumbura Lakeside Clinic"), ("ngagarawater", "bujalakeclinic"), role=("Area Supervisor", "Records Officer"), tz="bi")
mr("t8", "RE: [EXT] Re: {role}", "Kia ora {n},\n\nCheers for such a lively chat. The ops crew went with Tala Hekau, who begins on the 12th.\n\nAll good things,\n{sig}\n\n{ORIG}", ("Niue Taro Growers Union", "Hakupu Fishing Co-op"), ("niuetaro", "hakupufish"), role=("Packhouse Lead", "Boat Coordinator"), tz=("nu", "nz"))
# ---- 8 clear refusals under long footers
mr("f1", "{co}: {role} update", "Dear {n},\n\nThe {role} position goes to someone else, {n}. Our thanks for your time and trouble.{FOOT}", ("Fernacombe Oakham", "Fernacombe Rohero"), ("fernacombe-oak", "fernacombe-roh"), frm=NOREPLY, role=("Till Supervisor", "Stock Runner"), tz=("rt", "bi"))
mr("f2", "Outcome: {role}", "Hello {n},\n\nThis mail is to let you know your {role} application was unsuccessful on this occasion.{FOOT}", ("Fernacombe Dharamshala", "Fernacombe Alofi"), ("fernacombe-dhm", "fernacombe-alo"), frm=NOREPLY, role=("Cashier", "Delivery Driver"), tz=("dh", "nu"))
mr("f3", "{role} – our decision", "Hi {n},\n\nRegrettably you haven't been chosen for the {role} role this time.{FOOT}", ("Fernacombe Kirkland Lake", "Fernacombe Ashgabat"), ("fernacombe-kl", "fernacombe-asg"), frm=NOREPLY, role=("Bakery Clerk", "Night Filler"), tz=("kl", "tm"))
mr("f4", "{role} application", "Dear {n},\n\nSorry – after review we are declining your {role} application.{FOOT}", ("Fernacombe Gombe", "Fernacombe Stamford"), ("fernacombe-gom", "fernacombe-stm"), frm=NOREPLY, role=("Floor Associate", "Click-and-Collect Picker"), tz=("cd", "uk"))
# ---- 9 hedged refusals
mr("h1", "{role}: an update", "Dear {n},\n\nYour letter made a good Friday read. Yet other people's experience sat snugger against the {role} post's needs, so they get the nod.\n\n{sig}\n{co}", ("Ketton Quarry Estates", "Rohero Bookshop"), ("kettonquarry", "rohbooks"), role=("Site Administrator", "Buyer"), tz=("rt", "bi"))
mr("h2", "{co} and the {role} role", "Hi {n},\n\nThe company has chosen to take the {role} work in a different direction, handing it to a partner firm. Cheers for bearing with us while that got sorted.\n\n{sig}", ("Bir Billing Paragliding School", "Kirkland Snowmobile Trails"), ("birbillingfly", "klsledtrails"), role=("Booking Coordinator", "Trail Groomer"), tz=("dh", "kl"))
mr("h3", "Re: your {role} application", "Salam {n},\n\nThe panel felt several candidates had deeper cotton-gin maintenance time, and the {role} post goes their way. Good luck out there.\n\n{sig}\n{co}", ("Dashoguz Gin Works", "Gombe Brewery Yard"), ("dashoguzgin", "gombeyard"), role=("Maintenance Fitter", "Yard Fitter"), tz=("tm", "cd"))
mr("h4", "{role} with {co}", "Hello {n},\n\nThank you for your patience. Candidates with more archive-cataloguing years suited the {role} brief more closely, so we press on with those folk.\n\n{sig}", "Rutland County Museum", "rutlandmuseum", role="Collections Assistant", tz="rt")
mr("h5", "{role}", "Fakaalofa lahi atu {n},\n\nThe council's tourism board has opted to cover the {role} duties through its own staff rather than a new hire. Fakaaue lahi for applying.\n\n{sig}\n{co}", "Niue Visitor Bureau", "niuevisitor", role="Information Officer", tz="nu")
mr("h6", "Your application for {role}", "Dear {n},\n\nAfter reading everything we found that a few applicants brought closer engineering-yard experience to {role}. We'll go with them this round.\n\n{sig}\n{co}", "Waikato Rail Wagon Shop", "waikatowagon", role="Wagon Fitter", tz="nz")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r1", "Following our call", "Hi {n},\n\nGood speaking earlier. For {role} the client chose someone else, though I've got a {x} opening a few miles off that fits your CV. Got ten minutes tomorrow?\n\n{sig}\n{co}", ("Welland Valley Recruitment", "Imbo Staffing Bujumbura"), ("wellandrec", "imbostaff"), role=("Warehouse Lead", "Logistics Assistant"), x=("shift manager", "fleet clerk"), tz=("rt", "bi"))
mr("r2", "Your {role} application", "Namaste {n},\n\nPer our phone natter, the hotel took a local for {role}. A {x} post arrived today and looks made for you – may I pass on your CV?\n\n{sig}\n{co}", ("Dhauladhar Talent", "Northern Ontario Staffing"), ("dhauladhartalent", "noshire"), role=("Front Office Executive", "Camp Coordinator"), x=("guest relations lead", "bunkhouse manager"), tz=("dh", "kl"))
mr("r3", "After our call", "Salam {n},\n\nSag bol for the call. The bank chose a different candidate for {role}. They also have a branch teller opening in Mary; I could send your name across this afternoon – yes?\n\n{sig}\n{co}", "Garagum Recruitment", "garagumrec", role="Loan Officer", tz="tm")
mr("r4", "Quick update", "Mbote {n},\n\nThe NGO has picked someone else for {role}. Yet a procurement assistant role in Limete, open with me now, matches your background well – can we talk Thursday?\n\n{sig}\n{co}", "Kin Talents Partners", "kintalents", role="Programme Assistant", tz="cd")
mr("r5", "Re: our chat", "Fakaalofa {n},\n\nThe resort has filled {role} with an internal staffer. There's a kitchen lead role going in Alofi though – want your name on it?\n\n{sig}\n{co}", "Rock Island Recruitment", "rockislandrec", role="Bar Supervisor", tz="nu")
# ---- 8 public-sector notices
mr("p1", "Vacancy {ref}: {role}", "Dear {n},\n\nYour {role} application cleared the minimum bar. Its rating landed under the best-qualified band, and the referral list bound for the selecting official leaves your name off.\n\n{co} Human Resources", ("Rutland County Council", "Town of Kirkland Lake"), ("rutlandcc", "tkl"), frm=ATS, role=("Highways Inspector", "Water Plant Operator"), tz=("rt", "kl"))
mr("p2", "{role} – eligibility", "Dear {n},\n\nYour application for {role} has been found ineligible: {x} was missing from the papers received by the closing date.\n\n{co}", ("Bujumbura Mayor's Office", "Himachal Pradesh Staff Selection"), ("bujmairie", "hpstaffsel"), frm=ATS, role=("Market Inspector", "Forest Guard"), x=("an authenticated diploma copy", "the bona fide Himachali certificate"), tz=("bi", "dh"))
mr("p3", "Notice: {role} recruitment", "Dear {n},\n\nThe recruitment for {role} (ref {ref}) is cancelled outright and the seat stays vacant; each application lodged is hereby closed.\n\n{co}", ("Government of Niue Public Service", "Ashgabat City Administration"), ("niuegov", "ashgabatcity"), frm=ATS, role=("Records Clerk", "Parks Inspector"), tz=("nu", "tm"))
mr("p4", "Written test result – {role}", "Dear {n},\n\nYour written-test mark for {role} was {x}, the qualifying line being {y}. No interview call will follow.\n\n{co} Examinations Unit", ("Kinshasa Provincial Public Service", "Leicestershire Fire and Rescue"), ("kinprovps", "leicsfirerec"), frm=ATS, role=("Clerk Grade II", "Control Room Operator"), x=("44 of 100", "49%"), y=("58", "63%"), tz=("cd", "rt"))
# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}", "Hello {n},\n\nYour {role} application changed state overnight: no longer being considered.\n\n{co}", ("Oakham Vets Group", "Kirkland Hardware"), ("oakhamvets", "klhardware"), frm=NOREPLY, role=("Practice Receptionist", "Yard Associate"), tz=("rt", "kl"))
mr("s2", "Application status changed", "<html><body><p>Hi {n},</p><p>Role: <b>{role}</b></p><p>Status: <b>No longer under consideration</b></p><p>{co} careers portal</p></body></html>", ("Bujumbura Brasserie Group", "Dharamshala Cricket Stadium"), ("bujbrass", "dhcstadium"), frm=NOREPLY, role=("Sales Rep", "Groundskeeper"), tz=("bi", "dh"))
mr("s3", "Your status for {role}", "<html><body><p>{n},</p><p>The status of your {role} application is now: <i>Not being considered further</i>.</p><p>– {co}</p></body></html>", ("Niue Telecom", "Türkmen Airways Ground"), ("niuetel", "tmairground"), frm=NOREPLY, role=("Network Tech", "Ramp Agent"), tz=("nu", "tm"))
# ---- 6 internship / graduate decisions
mr("g1", "{co} {role} 2026", "Dear {n},\n\nCheers for joining our {role} assessment centre. This year's programme is seated in full, and your chair isn't among them.\n\nEarly Careers Team", ("Rutland Engineering", "Kangra Hydro"), ("rutlandeng", "kangrahydro"), frm=ATS, role=("Graduate Scheme", "Summer Internship"), tz=("rt", "dh"))
mr("g2", "Your {role} application", "Hi {n},\n\nThe {role} at {co} drew crowds of strong students, and the placement list went to press minus your name. Do try again next cycle.\n\n{sig}", ("Kivu Research Institute", "Northern College Co-op Office"), ("kivuresearch", "northcoop"), role=("Research Internship", "Co-op Work Term"), tz=("bi", "kl"))
mr("g3", "{role} decision", "Salam {n},\n\nThe {role} intake is complete, and the board's trainee list leaves your name off. Success in your studies!\n\n{co}", ("Türkmennebit Trainee Programme", "Congo River Bank"), ("tmnebit", "congobank"), frm=ATS, role=("Trainee Engineer Programme", "Graduate Trainee Scheme"), tz=("tm", "cd"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
AR = "application_received"
mo(AR, "c01", "We've got your {role} application", "Hello {n},\n\nYour application is in. Watch your candidate home. Labels there run Received, In Review, then Offer after Interview – or else Closed – Another Applicant Hired.\n\n{co} Talent Team", ("Ketton Limeworks Laboratory", "Rohero Print House"), ("kettonlime", "roheroprint"), frm=ATS, role=("Lab Sampler", "Press Minder"), tz=("rt", "bi"))
mo(AR, "c02", "Take-home for {role} received", "Hi {n},\n\nYour exercise has arrived and goes to the panel with the name hidden. If the panel doesn't move it on, I'll send a short note whichever way it lands.\n\n{sig}, {co}", ("Bhagsu Trail Outfitters", "Larder Lake Sled Works"), ("bhagsutrail", "larderslead"), role=("Gear Room Coordinator", "Parts Counter Lead"), tz=("dh", "kl"))
mo(AR, "c03", "{co}: application safe", "Dear {n},\n\nYour {role} application arrived. Should we not take you forward, your profile can rest in the Oakapple pool for a year – there's a checkbox for that in your account.\n\n{sig}", ("Hakupu Honey Co", "Mary Cotton Ginnery"), ("hakupuhoney", "marycotton"), role=("Apiary Hand", "Bale Inspector"), tz=("nu", "tm"))
mo(AR, "c04", "Application logged – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Today</td><td>Received</td></tr><tr><td>Could become</td><td>Interview / Not progressed – role awarded to another candidate</td></tr></table></body></html>", ("Matonge Rumba Studios", "Empingham Osprey Centre"), ("matongerumba", "ospreyempingham"), frm=ATS, role=("Sound Assistant", "Visitor Guide"), tz=("cd", "rt"))
mo(AR, "c05", "{role} (ref {ref}) received", "Dear {n},\n\nWe have your form for {role}. Screening drops any form without every must-have licence named in the posting, so check yours.\n\n{co} Human Resources", ("Swastika Curling Club", "Kinindo Shore Hotel"), ("swastikacurl", "kindoshore"), frm=ATS, role=("Ice Technician", "Room Attendant"), tz=("kl", "bi"))
mo(AR, "c06", "Requisition {ref}: submission received", "Dear {n},\n\nThanks for your submission to requisition {ref} ({role}). Should another person fill requisition {ref}, your submission turns Inactive.\n\nCareers Administration", ("Köpetdag Marble Hotel", "Dharamkot Momo Kitchen"), ("kopetdagmarble", "dharamkotmomo"), frm=NOREPLY, role=("Night Auditor", "Line Cook"), tz=("tm", "dh"))
mo(AR, "c07", "Thanks for applying, {n}", "Hi {n},\n\nYour {role} application landed, me duck. Trial shifts get a ring from us, nobody else does; a quiet fortnight means they went to others.\n\n{sig}, {co}", ("Lyddington Tearoom", "Alofi Dive Centre"), ("lyddingtontea", "alofidive"), role=("Counter Assistant", "Dive Shop Hand"), tz=("rt", "nu"))
mo(AR, "c08", "{co} – received", "Hello {n},\n\nThe {role} application is with us. Chosen or passed over, you will hear the answer from me personally.\n\n{sig}\n{co}", ("Limete River Barges", "Teza Tea Estate"), ("limetebarge", "tezatea"), role=("Deckhand", "Factory Clerk"), tz=("cd", "bi"))
mo(AR, "c09", "{role}: application in", "Salam {n},\n\nSag bol, your application reached the People Desk. If team choose other candidate, we send small letter; if team choose you, we call your phone.\n\n{sig}", ("Akhal Stud Stables", "Türkmenbaşy Port Cranes"), ("akhalstud", "tbportcrane"), role=("Groom", "Crane Banksman"), tz="tm")
mo(AR, "c10", "{role}: assessment booked", "Dear {n},\n\nApplication received. Every applicant sits our online test; a mark below the shortlist cut closes the application there, with an email to say so.\n\nRecruitment Team", ("Kangra Valley Tea Growers", "Kirkland Underground Gold"), ("kangratea", "klgold"), frm=ATS, role=("Leaf Supervisor", "Mine Surveyor Trainee"), tz=("dh", "kl"))
mo(AR, "c11", "{co}: application received", "Mbote {n},\n\nMatondo, we have your CV for {role}. Picked or not, your details rest in our Gombe files for half a year.\n\n{sig}", ("Gombe Phone Clinic", "Ngaliema Ferry Tickets"), ("gombephone", "ngaliemaferry"), role=("Repair Technician", "Ticket Agent"), tz="cd")
mo(AR, "c12", "Case study received – {role}", "Hi {n},\n\nThe founders will read your case study this week. Whether they invite you in or choose another plan, I'll write by Friday.\n\n{sig}, {co}", ("Tanganyika Pay", "Liku Solar Co-op"), ("tanganyikapay", "likusolar"), role=("Product Analyst", "Installer Lead"), tz=("bi", "nu"))
mo(AR, "c13", "Seasonal {role}: you're on the list", "Hello {n},\n\nGot your form. Last season's returners choose first. Should they take every place, nothing will be left over – an email would then say so.\n\n{sig}\n{co}", ("Rutland Water Fishing Lodge", "Naddi Snow Camps"), ("rutlandlodge", "naddisnow"), role=("Boat Hand", "Camp Cook"), tz=("rt", "dh"))
mo(AR, "c14", "Received: {role}", "Dear {n},\n\nThanks – your form is in. Replies go to the shortlist alone, inside three weeks. Whichever way it falls, your details sit in our Oakham drawer twelve months.{FOOT}", ("Fernacombe Oakham", "Fernacombe Rohero"), ("fernacombe-oak", "fernacombe-roh"), frm=NOREPLY, role=("Till Supervisor", "Stock Runner"), tz=("rt", "bi"))
mo(AR, "c15", "{role} – thanks", "Dear {n},\n\nYour application arrived. Should rivals prove a snugger fit, we'll write; we'll write too if you're through.\n\n{sig}\n{co}", ("Ketton Quarry Estates", "Rohero Bookshop"), ("kettonquarry", "rohbooks"), role=("Site Administrator", "Buyer"), tz=("rt", "bi"))
mo(AR, "c16", "CV received", "Namaste {n},\n\nYour CV for {role} arrived, thanks. If the client passes, I'll still keep you on my books for similar roles.\n\n{sig}\n{co}", ("Dhauladhar Talent", "Northern Ontario Staffing"), ("dhauladhartalent", "noshire"), role=("Front Office Executive", "Camp Coordinator"), tz=("dh", "kl"))
mo(AR, "c17", "Vacancy {ref}: received", "Dear {n},\n\nYour {role} form sits logged with us. Those rated best-qualified go on a referral list for the selecting manager; everyone else gets a notice once that list is out.\n\n{co} Human Resources", ("Rutland County Council", "Town of Kirkland Lake"), ("rutlandcc", "tkl"), frm=ATS, role=("Highways Inspector", "Water Plant Operator"), tz=("rt", "kl"))
mo(AR, "c18", "{role}: papers received", "Dear {n},\n\nYour papers for {role} are received. A file lacking {x} by the close gets ruled ineligible; yours will be checked next week.\n\n{co}", ("Bujumbura Mayor's Office", "Himachal Pradesh Staff Selection"), ("bujmairie", "hpstaffsel"), frm=ATS, role=("Market Inspector", "Forest Guard"), x=("an authenticated diploma copy", "the bona fide Himachali certificate"), tz=("bi", "dh"))
mo(AR, "c19", "{role}: written test", "Dear {n},\n\nApplication accepted. A written test follows; candidates under the qualifying mark will be told by letter and will not be called.\n\n{co} Examinations Unit", ("Kinshasa Provincial Public Service", "Leicestershire Fire and Rescue"), ("kinprovps", "leicsfirerec"), frm=ATS, role=("Clerk Grade II", "Control Room Operator"), tz=("cd", "rt"))
mo(AR, "c20", "Thanks for applying: {role}", "Hello {n},\n\nYour {role} application is in. Its label will shift – Submitted, Reviewed, then No longer under consideration, Interview or Offer.\n\n{co}", ("Oakham Vets Group", "Kirkland Hardware"), ("oakhamvets", "klhardware"), frm=NOREPLY, role=("Practice Receptionist", "Yard Associate"), tz=("rt", "kl"))
mo(AR, "c21", "{role} 2026: application complete", "Dear {n},\n\nYour {role} application is complete. Places fill as we go, so if the cohort fills before your turn we'll tell you so.\n\nEarly Careers Team", ("Rutland Engineering", "Kangra Hydro"), ("rutlandeng", "kangrahydro"), frm=ATS, role=("Graduate Scheme", "Summer Internship"), tz=("rt", "dh"))
mo(AR, "c22", "Application received – {role}", "Hi {n},\n\nThanks for your interest. If we don't contact you within 14 days, please take it that another candidate was chosen.\n\n{sig}\n{co}", ("Strabane Gazette", "Saguaro Tile & Stone"), ("strabanegazette", "saguarotile"), role=("Court Reporter", "Showroom Associate"), tz=("uk", "usm"))
mo(AR, "c23", "{co}: we have your form", "G'day {n},\n\nForm received for {role}. Calls go only to people who match, so watch your phone.\n\n{sig}\n{co}", ("Sunraysia Dried Fruit", "Tūranga Honey Works"), ("sunraysiafruit", "turangahoney"), role=("Grader Operator", "Extraction Hand"), tz=("au", "nz"))
mo(AR, "c24", "Your application to {co}", "Hi {n},\n\nReceived, thank you. Selected or otherwise, every applicant hears yes or no from a human here.\n\n{sig}", ("Umgeni Sugar Terminal", "Clare Trad Festival Office"), ("umgenisugar", "claretradfest"), role=("Weighbridge Clerk", "Stage Steward"), tz=("za", "ie"))
mo(AR, "c25", "{role} application acknowledged", "Dear {n},\n\nThe committee will read applications for {role} after the closing date. Declined or shortlisted, each applicant hears the result in writing.\n\n{co}", ("Rutland County Museum", "Niue Visitor Bureau"), ("rutlandmuseum", "niuevisitor"), role=("Collections Assistant", "Information Officer"), tz=("rt", "nu"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "i01", "RE: [EXT] Re: {role}", "Hi {n},\n\nSwing by for chat number two on {dl}, 10:30 – the front door's being re-hung, unfortunately; use the side gate.\n\n{sig}\n\n{OUT}", ("Oakham Bookbindery", "Kinindo Craft Market"), ("oakhambind", "kinindocraft"), role=("Binding Assistant", "Stall Manager"), tz=("rt", "bi"))
mo(IV, "i02", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nOur director hopes to meet you {dl}, 14:00. Sadly the upper road is washed out, so allow extra time from the bus stand.\n\n{sig}\n\n{GM}", ("Tibetan Handmade Paper Unit", "Alofi Post Office"), ("tibpaperunit", "alofipost"), role=("Stores Keeper", "Counter Clerk"), tz=("dh", "nu"))
mo(IV, "i03", "Interview: {role}", "Hey {n},\n\nCan you come in {dl} at 9? Parking is bad news: snowplough gear fills the lot, so use the street, eh.\n\n{sig}\n{co}", ("Timiskaming Mine Rescue", "Kirkland Lake Assay Yard"), ("timismrescue", "klassayyard"), role=("Rescue Station Tech", "Yard Planner"), tz="kl")
mo(IV, "i04", "Invitation: {role}", "Salam {n},\n\nInterview: {dl}, 11:00 in our office. The building lift has stopped, unfortunately, so it's three floors by stairs.\n\n{sig}\n{co}", ("Ashgabat Carpet Museum Shop", "Mary Bazaar Traders"), ("ashgabatmuseumshop", "marybazaar"), role=("Sales Lead", "Stock Controller"), tz="tm")
mo(IV, "i05", "Interview for {role}", "Mbote {n},\n\nWe want to see you on {dl} at 15:00. Sadly the generator is down that week, so expect a warm room – bring water.\n\n{sig}\n{co}", ("Kinshasa Fleuve Logistics", "Lingwala Radio Sango"), ("fleuvelog", "lingwalaradio"), role=("Dispatch Officer", "Studio Producer"), tz="cd")
mo(IV, "i06", "{role}: meet the team", "Hello {n},\n\nThe family would love a proper chat on {dl} at 10:00. Annoyingly Bea's café next door has its shutters down for a refit, so it'll be our own kettle.\n\n{sig}\n{co}", ("Cottesmore Airfield Catering", "Burley Wool Loft"), ("cottesmorecater", "burleywool"), role=("Catering Supervisor", "Shop Manager"), tz=("rt", "uk"))
mo(IV, "i07", "{role} – interview slot", "Hi {n},\n\nPanel slot: {dl}, 13:30. Unfortunately the wifi in the meeting hut drops often, so bring printed notes.\n\n{sig}\n{co}", ("Ngagara Water Kiosks", "Bujumbura Lakeside Clinic"), ("ngagarawater", "bujalakeclinic"), role=("Area Supervisor", "Records Officer"), tz="bi")
mo(IV, "i08", "Interview – {role}", "Fakaalofa {n},\n\nCould you meet us on {dl} at 9:30? Sorry, roadworks have shut the wharf road; park up by the church.\n\n{sig}\n{co}", ("Niue Taro Growers Union", "Hakupu Fishing Co-op"), ("niuetaro", "hakupufish"), role=("Packhouse Lead", "Boat Coordinator"), tz=("nu", "nz"))
mo(IV, "i09", "Phone interview: {role}", "Dear {n},\n\nWe'd like a 20-minute phone call on {dl} at 16:00. Regrettably our switchboard is being replaced, so the call will come from a mobile number.\n\n{sig}\n{co}", ("Ketton Quarry Estates", "Rohero Bookshop"), ("kettonquarry", "rohbooks"), role=("Site Administrator", "Buyer"), tz=("rt", "bi"))
mo(NX, "n01", "Next step: {role} task", "Hi {n},\n\nSkills task due {dl}. It refuses to load on tablets, unfortunately – laptop please.\n\n{sig}, {co}", ("Bhagsu Trail Outfitters", "Larder Lake Sled Works"), ("bhagsutrail", "larderslead"), role=("Gear Room Coordinator", "Parts Counter Lead"), tz=("dh", "kl"))
mo(NX, "n02", "{role}: references needed", "Salam {n},\n\nPlease send two referees' contacts by {dl}. Sadly our fax number is dead, so email only.\n\n{sig}\n{co}", ("Akhal Stud Stables", "Türkmenbaşy Port Cranes"), ("akhalstud", "tbportcrane"), role=("Groom", "Crane Banksman"), tz="tm")
mo(NX, "n03", "{role}: documents", "Mbote {n},\n\nPlease bring your ID and diploma copies by {dl}. Our copier is jammed, unfortunately, so copy them beforehand.\n\n{sig}", ("Gombe Phone Clinic", "Ngaliema Ferry Tickets"), ("gombephone", "ngaliemaferry"), role=("Repair Technician", "Ticket Agent"), tz="cd")
mo(NX, "n04", "Assessment for {role}", "Dear {n},\n\nThe online assessment link is live until {dl}. Sadly the mobile site is buggy this month, so use a desktop browser.\n\nRecruitment Team", ("Kangra Valley Tea Growers", "Kirkland Underground Gold"), ("kangratea", "klgold"), frm=ATS, role=("Leaf Supervisor", "Mine Surveyor Trainee"), tz=("dh", "kl"))
mo(NX, "n05", "{role}: medical booked", "Hello {n},\n\nYour pre-placement medical is booked for {dl}. Regrettably the clinic car park is closed, so walk in from the market side.\n\n{sig}\n{co}", ("Rutland Engineering", "Kangra Hydro"), ("rutlandeng", "kangrahydro"), role=("Graduate Scheme", "Summer Internship"), tz=("rt", "dh"))
mo(OF, "o01", "RE: [EXT] Re: {role}", "Hi {n},\n\nThe {role} job is yours, beginning {dl}. Sadly our staff kitchen lies gutted for a refit – bring sandwiches for week one.\n\n{sig}\n\n{RULE}", ("Oakham Bookbindery", "Kinindo Craft Market"), ("oakhambind", "kinindocraft"), role=("Binding Assistant", "Stall Manager"), tz=("rt", "bi"))
mo(OF, "o02", "Offer: {role}", "Salam {n},\n\nThe {role} post is yours; we expect you {dl}. The staff bus, unfortunately, is at the garage, so a taxi is paid for your first week.\n\n{sig}\n{co}", ("Dashoguz Gin Works", "Gombe Brewery Yard"), ("dashoguzgin", "gombeyard"), role=("Maintenance Fitter", "Yard Fitter"), tz=("tm", "cd"))
mo(OF, "o03", "{role} – offer letter", "Dear {n},\n\nPlease find the formal offer for {role}; we'd like a signed copy by {dl}. Bad news about the kettle: it finally died, but a new one arrives Monday.\n\n{sig}\n{co}", ("Ketton Limeworks Laboratory", "Rohero Print House"), ("kettonlime", "roheroprint"), role=("Lab Sampler", "Press Minder"), tz=("rt", "bi"))
mo(OF, "o04", "Welcome aboard", "Hi {n},\n\nThe founders are thrilled: the {role} offer is attached, start date {dl}. Sorry the office is tiny right now, the bigger room frees up next month.\n\n{sig}\n{co}", "Tanganyika Pay", "tanganyikapay", role="Product Analyst", tz="bi")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
OJ, JA, RO, NJ = "other_job", "job_alert", "recruiter_outreach", "non_job_rejection_words"
mo(OJ, "x1", "Status update: {role}", "Hello {n},\n\nYour application for {role} now reads: With Hiring Manager. Nothing is needed from you just now.\n\n{co}", ("Oakham Vets Group", "Kirkland Hardware"), ("oakhamvets", "klhardware"), frm=NOREPLY, role=("Practice Receptionist", "Yard Associate"), tz=("rt", "kl"))
mo(OJ, "x2", "{role}: hiring on hold", "Dear {n},\n\n{role} hiring is frozen till April's budget sign-off. Your application remains live and we'll return to it then.\n\n{sig}\n{co}", ("Rutland County Museum", "Bujumbura Lakeside Clinic"), ("rutlandmuseum", "bujalakeclinic"), role=("Collections Assistant", "Records Officer"), tz=("rt", "bi"))
mo(OJ, "x3", "Withdrawal confirmed", "Hi {n},\n\nWithdrawn, as you asked: your {role} application. Hearty congrats – the new job sounds a cracker, and feel free to apply again one day.\n\n{sig}\n{co}", ("Kinindo Shore Hotel", "Dharamkot Momo Kitchen"), ("kindoshore", "dharamkotmomo"), role=("Room Attendant", "Line Cook"), tz=("bi", "dh"))
mo(JA, "x4", "Gorsewhistle Alerts: 3 new roles near Oakham", "Hi {n},\n\nNew this week: Deli Counter Assistant (Oakham), Van Driver (Uppingham), Bakery Supervisor (Stamford). Sorry for yesterday's duplicate alert.{FOOT}", "Fernacombe Oakham", "fernacombe-oak", frm=NOREPLY, tz="rt")
mo(RO, "x5", "A role you might like", "Hi {n},\n\nI was hunting candidates for a {role} opening with a client near {x}, and yours stood out. Fancy a ten-minute natter on Thursday?\n\n{sig}\n{co}", ("Dhauladhar Talent", "Garagum Recruitment"), ("dhauladhartalent", "garagumrec"), role=("Operations Lead", "Warehouse Supervisor"), x=("Palampur", "Ashgabat"), tz=("dh", "tm"))
mo(NJ, "x6", "Your loan application", "Dear {n},\n\nOur lending panel weighed your {x} loan request at Thursday's sitting and cannot approve it. Feel free to try again once six months pass.\n\n{co} Lending", ("Welland Building Society", "Bujumbura Savings Co-operative"), ("wellandbs", "bujsavings"), frm=ATS, x=("home improvement", "small business"), tz=("rt", "bi"))
mo(NJ, "x7", "{x} ballot result", "Hi {n},\n\nThanks for entering the {x} ballot. Sadly the tombola drum skipped your entry this year. There's always next year!\n\n{co}", ("Rutland Half Marathon", "Niue Constitution Day Parade"), ("rutlandhalf", "niueparade"), frm=ATS, x=("race places", "float places"), tz=("rt", "nu"))
mo(NJ, "x8", "The Dharamkot flat", "Hi {n},\n\nThanks for viewing the two-room flat. The owner has let it to another family, so the listing is closed.\n\n{sig}\n{co}", "Dhauladhar Lettings", "dhlettings", tz="dh")
mo(NJ, "x9", "Curling club membership", "Hey {n},\n\nThe novice league is full for the season and the novice sheet has no space left for your name. We'll keep your name for next winter, eh.\n\n{sig}\n{co}", "Swastika Curling Club", "swastikacurl", tz="kl")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(posted through Pimbleworth{ch}, a Pimbleworth listings board for trades)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Workshop Desk <workshop@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("e01", "Floodgate", "Ouse Sluice Engineers", "ousesluice", "uk", ("Sluicegatewelding vacancy", "Hi {n},\n\nThe sluicegatewelding post went to a welder already coded for wet work. Your application stops here; thanks for sending it.\n\n{sig}"), (AR, "Sluicegatewelding application", "Hi {n},\n\nGot it, thanks. If we go with another welder, a line from us follows; if it's you, expect a call.\n\n{sig}"))
pair("e02", "Chimney", "Ayrshire Pot & Flue", "ayrshireflue", "sc", ("Chimneypotglazing role", "Hello {n},\n\nWe've taken on a glazer from Kilmarnock for the chimneypotglazing bench so your form halts with us. Cheers for applying.\n\n{sig}"), (IV, "Chimneypotglazing – come see us", "Hello {n},\n\nCould you come to the kiln shed on {dl} at 10? Unfortunately the storm left the yard a mudbath, so wear boots.\n\n{sig}"))
pair("e03", "Towpath", "Brecon Canal Locks Trust", "breconlocks", "wl", ("Lockkeeperoiling post", "Dear {n},\n\nThe lockkeeperoiling post went to a volunteer who stepped up to paid work. We appreciate your interest.\n\n{sig}"), (NX, "Lockkeeperoiling: safety form", "Dear {n},\n\nPlease return the water-safety form by {dl}. Sadly the lock cottage printer is out, so sign and photograph it.\n\n{sig}"))
pair("e04", "Bounceback", "Kilkenny Rebound Gym", "kkrebound", "ie", ("Trampolinestringing job", "Hi {n},\n\nThanks a mil for the application. We've picked a stringer who trained at our Galway site, so your application closes here.\n\n{sig}"), (OF, "Trampolinestringing offer", "Hi {n},\n\nDelighted to offer you the trampolinestringing job from {dl}. Bad news: the staff shower is still broken, fixed by month's end.\n\n{sig}"))
pair("e05", "Ribbon", "Vermont Maypole Guild", "vtmaypole", "use", ("Maypoleturning apprentice", "Hi {n},\n\nWe've filled the maypoleturning apprenticeship with a local woodturner and can't move you forward. Thanks for your interest.\n\n{sig}"), (AR, "Maypoleturning apprenticeship", "Hi {n},\n\nGot your application. Yes or no, word arrives from our guild secretary within three weeks.\n\n{sig}"))
pair("e06", "Patchwork", "Amish Country Quilt Frames", "amishframes", "usc", ("Quiltframestretching position", "Dear {n},\n\nAfter interviews, the quiltframestretching position went to another applicant. Appreciate your time.\n\n{sig}"), (IV, "Quiltframestretching interview", "Dear {n},\n\nInterview slot: {dl}, 1 PM. Unfortunately our ramp is under repair, please use the back entrance.\n\n{sig}"))
pair("e07", "Perch", "Santa Fe Aviary Works", "santafeaviary", "usm", ("Birdcagesoldering role", "Hi {n},\n\nWe chose a jeweller with fine-solder experience for birdcagesoldering. Your application ends here; thanks so much.\n\n{sig}"), (NX, "Birdcagesoldering: sample piece", "Hi {n},\n\nPlease mail a small solder sample by {dl}. Sadly our courier account lapsed, so post it yourself and we'll refund it.\n\n{sig}"))
pair("e08", "Salmonrun", "Columbia Fishway Builders", "columbiafishway", "usp", ("Fishladderbuilding crew", "Hello {n},\n\nOur fishladderbuilding crew is full for the dam season; we've hired other concrete hands. Thanks for reaching out.\n\n{sig}"), (AR, "Fishladderbuilding application", "Hello {n},\n\nThanks, your form is in. We contact only the hands we need for the crew; after three weeks of quiet, assume the crew is full.\n\n{sig}"))
pair("e09", "Narrowboat", "Stoke Canal Signwriters", "stokesigns", "uk", ("Canalboatsignwriting apprenticeship", "Dear {n},\n\nThe canalboatsignwriting apprenticeship is going to a painter from the Potteries. We enjoyed seeing your lettering samples.\n\n{sig}"), (OF, "Canalboatsignwriting – offer", "Dear {n},\n\nWe'd be chuffed if you'd start the canalboatsignwriting apprenticeship on {dl}. Unfortunately the towpath is closed near the yard, so come via the lane.\n\n{sig}"))
pair("e10", "Glowworm", "Cape Town Lantern Co", "ctlantern", "za", ("Lanternwicktrimming vacancy", "Hi {n},\n\nWe appointed another applicant to the lanternwicktrimming vacancy. Your application is closed with our thanks.\n\n{sig}"), (IV, "Lanternwicktrimming interview", "Hi {n},\n\nPlease pop in on {dl} at 11:00. Sadly load-shedding may hit at noon, so we'll keep it short.\n\n{sig}"))
pair("e11", "Sailcloth", "Norfolk Broads Mill Trust", "broadsmill", "uk", ("Windmillsailmending role", "Hello {n},\n\nThe trustees hired a sailmaker from Wells for windmillsailmending, so your form halts at this point.\n\n{sig}"), (AR, "Windmillsailmending: got your letter", "Hello {n},\n\nYour letter arrived. Shortlisted folk get rung; the others receive a brief email after we choose.\n\n{sig}"))
pair("e12", "Skatehall", "Motor City Rollerdrome", "motorcityroller", "use", ("Rollerrinksanding job", "Hey {n},\n\nThe rollerrinksanding job went to a floor guy who's worked our rink before. Your application stops here. Thanks!\n\n{sig}"), (NX, "Rollerrinksanding trial", "Hey {n},\n\nPaid trial shift needed before {dl}. The rink's air con has packed in, unfortunately – dress light.\n\n{sig}"))
pair("e13", "Chimes", "Ballarat Town Clock Trust", "ballaratclock", "au", ("Clocktowerwinding position", "G'day {n},\n\nThe clocktowerwinding position has gone to a retired horologist from Bendigo. Thanks heaps for applying.\n\n{sig}"), (OF, "Clocktowerwinding – you're in", "G'day {n},\n\nHappy to offer you clocktowerwinding from {dl}. Sorry the tower stairs are a bit grim, new lights are coming.\n\n{sig}"))
pair("e14", "Estuary", "Cebu Mangrove Restoration", "cebumangrove", "ph", ("Mangrovepegging team", "Hi {n},\n\nWe've filled the mangrovepegging team with residents of Olango for this planting cycle. Thank you for your interest.\n\n{sig}"), (IV, "Mangrovepegging interview", "Hi {n},\n\nMeet us at the boat landing on {dl} at 8 AM? Sadly the ferry is off that week, so take the pump boat.\n\n{sig}"))
pair("e15", "Skyline", "Wellington Kite Factory", "wgtnkite", "nz", ("Kitespooling job", "Kia ora {n},\n\nWe picked a flier from Petone for kitespooling. Your application ends here, but thanks.\n\n{sig}"), (AR, "Kitespooling application", "Kia ora {n},\n\nCheers, we have your application. Chosen or not, an email lands within a fortnight.\n\n{sig}"))
pair("e16", "Stirrup", "Alberta Saddletree Shop", "absaddletree", "usm", ("Saddletreecarving apprentice", "Hi {n},\n\nThe saddletreecarving apprenticeship is going to a rancher's son from Cochrane. Thanks for showing interest.\n\n{sig}"), (NX, "Saddletreecarving: tools list", "Hi {n},\n\nPlease send us your tools list by {dl}. Unfortunately the saddle shop phone line is down – email it instead.\n\n{sig}"))
pair("e17", "Millrace", "Lancashire Waterwheel Restorers", "lancswheel", "uk", ("Waterwheelbushing vacancy", "Dear {n},\n\nWe gave the waterwheelbushing vacancy to a fitter with bronze-bearing years. Your application ends here.\n\n{sig}"), (IV, "Waterwheelbushing interview", "Dear {n},\n\nWould {dl} at 2pm suit for an interview? Bad news: the mill leat is drained, so the wheel won't be turning.\n\n{sig}"))
pair("e18", "Juleps", "Louisville Bourbon Bar Crew", "lvilebar", "usc", ("Mintjulepmuddling bartender", "Hi {n},\n\nWe hired a Derby Week veteran for mintjulepmuddling. Your form closes here; thanks for applying.\n\n{sig}"), (OF, "Mintjulepmuddling offer", "Hi {n},\n\nWe're offering you the mintjulepmuddling bartender role from {dl}. Sadly repaving has closed the staff lot; park on Third Street.\n\n{sig}"))
pair("e19", "Postbox", "Valletta Street Furniture", "vallettasf", "mt", ("Pillarboxrepainting role", "Hello {n},\n\nThe pillarboxrepainting role has been given to a painter from Sliema. Thank you for applying.\n\n{sig}"), (AR, "Pillarboxrepainting: application in", "Hello {n},\n\nApplication in. Chosen or passed over, word comes; nobody here is left hanging.\n\n{sig}"))
pair("e20", "Bigtop", "Accra Event Marquees", "accramarquee", "gh", ("Marqueestaking crew", "Hi {n},\n\nOur marqueestaking crew this season is full of riggers we already know. Thanks for applying.\n\n{sig}"), (IV, "Marqueestaking – meet us", "Hi {n},\n\nCome to the yard on {dl} at 9 AM. Unfortunately the main gate is jammed, use the side entrance.\n\n{sig}"))
pair("e21", "Chestnut", "Herefordshire Conker Championships", "herefordconker", "uk", ("Conkerdrilling helper", "Dear {n},\n\nThe conkerdrilling helper post went to a steward from last year. We're grateful you applied.\n\n{sig}"), (NX, "Conkerdrilling – safety briefing", "Dear {n},\n\nPlease watch the short drill-safety video by {dl}. Sadly the link only works on laptops.\n\n{sig}"))
pair("e22", "Wurlitzer", "Kingston Jukebox Revival", "kgnjukebox", "jm", ("Jukeboxrewiring technician", "Hi {n},\n\nWe hired a tech from Spanish Town for jukeboxrewiring and won't be advancing your form. Respect for applying.\n\n{sig}"), (AR, "Jukeboxrewiring: received", "Hi {n},\n\nWe received your application. Picked or passed, a call comes from me within two weeks.\n\n{sig}"))
pair("e23", "Tilt", "Singapore Arcade Works", "sgarcade", "sg", ("Pinballflipping technician", "Hi {n},\n\nThe pinballflipping technician role went to someone already on staff. Thanks for applying.\n\n{sig}"), (IV, "Pinballflipping interview", "Hi {n},\n\nPlease come in {dl} at 3pm. Sorry, the lift at our Geylang unit is under repair.\n\n{sig}"))
pair("e24", "Dunes", "Gold Coast Sand Sculptors", "gcsand", "au", ("Sandcastlesculpting crew", "G'day {n},\n\nThe sandcastlesculpting crew for the festival is locked in with other artists. Ta for giving it a crack.\n\n{sig}"), (NX, "Sandcastlesculpting: sketch due", "G'day {n},\n\nPlease send a concept sketch by {dl} – our upload form, unfortunately, chokes on big files, so keep it under 5 MB.\n\n{sig}"))
pair("e25", "Hovercraft", "Lagos Lagoon Hover Taxis", "lagoshover", "ng", ("Hoverboatpatching mechanic", "Hello {n},\n\nWe've taken on a mechanic from Apapa for hoverboatpatching. Your application ends here. Thanks.\n\n{sig}"), (OF, "Hoverboatpatching offer", "Hello {n},\n\nHappy to hand you the hoverboatpatching mechanic job from {dl}. Sadly the jetty canteen is shut this month.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo(JA, "o-alert", "Pimbleworth alerts: 3 trade jobs", "Hi {n},\n\nFresh on Pimbleworth: gazebopainting (Harrogate), glockenspieltuning (Leeds), kitespooling (Whitby). Sorry the last digest came twice.\n\nPimbleworth Alerts", "Pimbleworth", "pimbleworth", frm=NOREPLY, tz="uk")
wo(NJ, "o-plot", "Allotment plot application", "Dear {n},\n\nThe allotment committee has allocated the vacant plot to someone higher on the waiting list. Your name stays on it for next year.\n\n{sig}\nRipon Allotments Association", "Ripon Allotments", "riponallot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 23 twins (none for Tamil, Armenian)
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <team@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("l-ar", "ar", "معمل ورد الطائف", "taifrose", "sa", ("طلبك لوظيفة مساعد التقطير", "مرحباً {n}،\n\nنشكرك على اهتمامك بوظيفة مساعد التقطير في معملنا. وقع اختيار الإدارة على مرشح آخر، لذلك يتوقف طلبك عند هذه المرحلة.\n\n{sig}\nمعمل ورد الطائف"), (IV, "دعوة لمقابلة", "مرحباً {n}،\n\nندعوك لمقابلة يوم {dl} الساعة العاشرة صباحاً. وللأسف فإن ساحة الوقوف أمام المعمل تخضع لأعمال ترميم، لذا ننصح بسيارة أجرة.\n\n{sig}"))
lp("l-de", "de", "Marzipanmanufaktur Trave", "travemarzipan", "de", ("Ihre Bewerbung als Formgießer/in", "Hallo {n},\n\nschön, dass Sie sich als Formgießer/in gemeldet haben. Genommen haben wir eine Konditorin aus Travemünde, deshalb endet Ihr Verfahren an dieser Stelle.\n\nFreundliche Grüße\n{sig}"), (AR, "Eingangsbestätigung", "Hallo {n},\n\nIhre Unterlagen liegen in unserer Lübecker Backstube. Zusage wie Absage kommt binnen drei Wochen per Brief.\n\n{sig}"))
lp("l-es", "es", "Encajes de Almagro", "encajesalmagro", "es", ("Tu candidatura de encajera", "Hola {n}:\n\nAgradecemos que pensaras en nuestro taller. La plaza de encajera fue para una bolillera del pueblo, y con ello cerramos tu proceso.\n\nUn saludo,\n{sig}"), (NX, "Muestra de bolillos", "Hola {n}:\n\nTe pedimos que nos envíes una muestra de bolillos antes del {dl}. Por desgracia, la oficina de correos del pueblo está cerrada por obras, así que usa mensajería.\n\n{sig}"))
lp("l-fr", "fr", "Imagerie d'Épinal", "imagerie-epinal", "fr", ("Votre candidature de coloriste", "Bonjour {n},\n\nVotre dossier de coloriste nous a fait plaisir. L'atelier a choisi une pochoiriste vosgienne ; votre dossier s'arrête ici, à Épinal.\n\nCordialement,\n{sig}"), (OF, "Proposition d'embauche", "Bonjour {n},\n\nL'atelier vous confie avec joie le poste de coloriste dès le {dl}. Hélas, la cantine est fermée ce mois-ci ; prévoyez votre déjeuner.\n\n{sig}"))
lp("l-hi", "hi", "सहारनपुर नक्काशी कार्यशाला", "saharanpurcarving", "in", ("नक्काशी कारीगर की जगह", "नमस्ते {n},\n\nशीशम नक्काशी घर में 14 तारीख़ वाली ख़ाली जगह देवबंद वाले रहमत मियाँ ने ले ली। सो इस दफ़ा फ़ाइल बंद, {n}।\n\n{sig}"), (OF, "शीशम नक्काशी घर: कुर्सी आपकी", "नमस्ते {n},\n\nशीशम नक्काशी घर ने आपको चुन लिया; {dl} सुबह 9 बजे हाज़िर हों। जनरेटर 3 दिन से ठप, बुरा लगता है।\n\n{sig}"))
lp("l-it", "it", "Bottega Liutaria Cremonese", "liutariacremona", "it", ("Candidatura aiuto liutaio", "Gentile {n},\n\ngrazie di cuore per l'interesse verso la bottega. Il maestro liutaio ha preso un allievo della scuola cremonese di violini, e il suo percorso con noi termina qui.\n\nCordiali saluti,\n{sig}"), (IV, "Invito al colloquio", "Gentile {n},\n\nci vediamo in bottega il {dl} alle 10 per una chiacchierata. Purtroppo l'ascensore è fermo da lunedì: quattro rampe a piedi.\n\n{sig}"))
lp("l-ja", "ja", "京畳 松葉屋", "kyotatami", "jp", ("畳職人見習いのご応募について", "{n} 様\n\n畳職人見習いの募集にご応募いただき、ありがとうございました。慎重に検討した結果、今回は別の方を採用することになりました。\n\n{sig}"), (AR, "ご応募受付のお知らせ", "{n} 様\n\nご応募を受け付けました。採用・不採用にかかわらず、三週間以内にご連絡いたします。\n\n{sig}"))
lp("l-ko", "ko", "부산 어묵공방", "busaneomuk", "kr", ("생산직 지원 결과 안내", "{n}님께,\n\n저희 어묵공방 생산직에 마음을 써 주어 고맙습니다. 그 자리는 영도 토박이 한 분께 돌아갔습니다.\n\n{sig} 드림"), (IV, "면접 안내", "{n}님께,\n\n{dl} 오전 10시에 면접을 보러 와 주시기 바랍니다. 아쉽게도 공방 앞 골목이 공사로 막혀 있으니 지하철로 오시면 편합니다.\n\n{sig} 드림"))
lp("l-pt", "pt", "Bordados do Funchal", "bordadosfunchal", "pt", ("A sua candidatura a bordadeira", "Olá {n},\n\nFicámos contentes com o seu interesse pela nossa casa de bordados. A vaga ficou com uma senhora da Camacha, e o seu processo termina por aqui.\n\nCumprimentos,\n{sig}"), (OF, "Proposta de trabalho", "Olá {n},\n\nQueremos contar consigo nos bastidores de bordar a partir de {dl}. Infelizmente a cafeteira da sala avariou; a nova chega na segunda.\n\n{sig}"))
lp("l-ru", "ru", "Мастерская «Палехская шкатулка»", "palekhbox", "ru", ("Ваш отклик на вакансию", "Здравствуйте, {n}!\n\nСпасибо за отклик на вакансию художника-миниатюриста. Мы выбрали другого кандидата, поэтому ваша заявка дальше не пойдёт.\n\n{sig}"), (IV, "Приглашение на собеседование", "Здравствуйте, {n}!\n\nМастерская ждёт вас {dl} к 11:00, рядом с палехскими лаковыми миниатюрами. Увы, подъёмник сломался, на четвёртый этаж — пешочком.\n\n{sig}"))
lp("l-sw", "sw", "Shamba la Viungo Kizimbani", "kizimbanispice", "tz", ("Ombi lako la kazi", "Habari {n},\n\nTunashukuru kwa kutuandikia kuhusu usimamizi wa mikarafuu huko Kizimbani. Nafasi hiyo imepewa mkulima wa Kizimbani, hivyo safari yako nasi inaishia hapa.\n\n{sig}"), (NX, "Hatua inayofuata", "Habari {n},\n\nTunaomba nakala ya cheti chako cha kilimo ifike kabla ya {dl}. Mtandao wa ofisini umekatika, kwa bahati mbaya, kwa hiyo itume kwa simu.\n\n{sig}"))
lp("l-th", "th", "ร่มบ่อสร้าง", "bosangumbrella", "th", ("ผลการสมัครงาน", "คุณ{n}\n\nร้านร่มบ่อสร้างขอบใจที่ส่งใบสมัครมา ตำแหน่งช่างวาดร่มได้ช่างจากสันกำแพงไปแล้ว\n\n{sig}"), (OF, "ข้อเสนองาน", "คุณ{n}\n\nบ่อสร้างตกลงจ้างคุณวาดลายร่มกระดาษสา เริ่ม {dl} ครัวหลังร้านยังปิดซ่อม ขอโทษด้วย\n\n{sig}"))
lp("l-tr", "tr", "Gaziantep Bakırcılar Atölyesi", "antepbakir", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nBakır ustası yardımcılığına gösterdiğiniz ilgi bizi sevindirdi. Usta, eski bir çırağını seçti; süreciniz burada sona eriyor.\n\nSaygılarımızla,\n{sig}"), (AR, "Başvurunuz alındı", "Merhaba {n},\n\nDosyanız atölyemize ulaştı. Cevap ne olursa olsun, on dört gün içinde Antep'ten telefonunuz çalar.\n\n{sig}"))
lp("l-ur", "ur", "سیالکوٹ اسپورٹس ورکشاپ", "sialkotsports", "pk", ("آپ کی درخواست", "محترم {n}،\n\nفٹ بال سلائی کی جگہ میں دلچسپی پر ممنون ہیں۔ ڈسکہ کے ایک پرانے سلائی گر نے یہ جگہ لے لی، چنانچہ آپ کی فائل یہیں بند سمجھیں۔\n\n{sig}"), (NX, "اگلا مرحلہ", "محترم {n}،\n\nبراہ کرم شناختی کارڈ کی نقل اور تجربے کا خط {dl} سے پہلے بھیجیں۔ افسوس کہ ہماری ڈاک سروس بند ہے، اس لیے ای میل استعمال کریں۔\n\n{sig}"))
lp("l-zh", "zh", "苏州绣坊", "suzhouxiu", "cn", ("关于您的应聘", "{n}您好：\n\n感谢您应聘绣娘一职。经过慎重考虑，我们已录用其他候选人，您的申请到此结束。\n\n{sig}"), (AR, "申请已收到", "{n}您好：\n\n我们已收到您的申请材料，苏州绣坊的老师傅们会仔细阅读。无论结果如何，我们都会在两周内通知您。\n\n{sig}"))
lp("l-swe", "swe", "Nusnäs Hästverkstad", "nusnashast", "se", ("Din ansökan som dalahästmålare", "Hej {n},\n\nKul att du sökte dig till vår dalahästverkstad i Nusnäs. Platsen gick till en målare från Mora, så din ansökan stannar här.\n\nVänliga hälsningar,\n{sig}"), (AR, "Vi har fått din ansökan", "Hej {n},\n\nDin ansökan ligger nu på verkstadsbänken. Ja eller nej – beskedet når dig senast om tre veckor.\n\n{sig}"))
lp("l-cym", "cym", "Gweithdy Llwyau Caru Llanberis", "llwyaucaru", "wl", ("Eich cais am swydd", "Annwyl {n},\n\nDiolch o galon am holi am waith cerfio llwyau. Aeth swydd y cerfiwr i grefftwr o Ddyffryn Nantlle, felly mae eich cais yn dod i ben yma.\n\nCofion,\n{sig}"), (IV, "Gwahoddiad i gyfweliad", "Annwyl {n},\n\nGalwch heibio'r gweithdy llwyau am sgwrs ar {dl} am 10 y bore. Yn anffodus mae gwaith ffordd ger y pentref, felly cymerwch y bws o Gaernarfon.\n\n{sig}"))
lp("l-gle", "gle", "Ceardlann Marmair Chonamara", "marmarchonamara", "ie", ("D'iarratas ar phost", "A {n}, a chara,\n\nBuíochas leat as suim a chur sa cheardlann. Thugamar post an tsnoíodóra do cheardaí ó Chlifden, mar sin críochnaíonn do chuid anseo.\n\nLe meas,\n{sig}"), (AR, "Fuaireamar d'iarratas", "A {n}, a chara,\n\nTá do litir iarratais linn anois. Is cuma más tá nó níl an toradh, scríobhfaimid chugat faoi cheann trí seachtaine.\n\n{sig}"))
lp("l-eus", "eus", "Pilotagintza Tolosa", "pilotatolosa", "es", ("Zure eskaera", "Kaixo {n},\n\nMila esker gure tailerrean pentsatzeagatik. Pilotagile lanpostua Tolosako gazte batek hartu du, beraz zure prozesua hemen amaitzen da.\n\nAgur bero bat,\n{sig}"), (NX, "Hurrengo urratsa", "Kaixo {n},\n\nMesedez, bidali zure lanen argazkiak {dl} baino lehen. Zoritxarrez, tailerreko sarea ez dabil ondo aste honetan.\n\n{sig}"))
lp("l-sqi", "sqi", "Punishtja e Qeleshes Krujë", "qelesheskruje", "al", ("Aplikimi juaj", "Përshëndetje {n},\n\nJu falënderojmë që menduat për punishten tonë. Vendin e mjeshtrit të qeleshes e mori një zanatçi nga Kruja, prandaj procesi juaj mbyllet këtu.\n\nMe respekt,\n{sig}"), (IV, "Ftesë për intervistë", "Përshëndetje {n},\n\nEjani në punishte më {dl}, ora 10, të pimë një kafe. Fatkeqësisht rruga e pazarit po shtrohet me gurë, ndaj hyni nga kalaja.\n\n{sig}"))
lp("l-mkd", "mkd", "Работилница Охридски бисер", "ohridbiser", "mk", ("Вашата пријава", "Почитуван/а {n},\n\nНи беше драго што се јавивте за работа во нашата работилница. Бисерната маса ја доби струшки мајстор, па вашата постапка тука завршува.\n\nСо почит,\n{sig}"), (NX, "Следен чекор", "Почитуван/а {n},\n\nВе молиме испратете ги вашите документи до {dl}. За жал, нашата пошта не работи оваа недела, па користете е-пошта.\n\n{sig}"))
lp("l-kat", "kat", "კახური ქვევრის სახელოსნო", "kakhetiqvevri", "ge", ("თქვენი განაცხადი", "გამარჯობა {n},\n\nგმადლობთ, რომ ქვევრის ოსტატის თანაშემწის ადგილზე განაცხადი გამოგზავნეთ. ადგილი თელაველმა ოსტატმა დაიკავა, ამიტომ თქვენი განაცხადი აქ სრულდება.\n\nპატივისცემით,\n{sig}"), (NX, "შემდეგი ნაბიჯი", "გამარჯობა {n},\n\nგთხოვთ, გამოგვიგზავნოთ თქვენი ნამუშევრების ფოტოები {dl}-მდე. სამწუხაროდ, ჩვენი ტელეფონი ამ კვირას არ მუშაობს.\n\n{sig}"))
lp("l-hye", "hye", "Խաչքարի արհեստանոց", "khachkarshop", "am", ("Ձեր դիմումը", "Բարև {n},\n\nՈւրախ ենք, որ հետաքրքրվեցիք մեր արհեստանոցով։ Օգնականի տեղը տրվեց Գառնիից մի վարպետի, և ձեր դիմումի ճանապարհը մեզ մոտ փակվում է։\n\nՀարգանքով՝\n{sig}"))
lp("l-tam", "tam", "காஞ்சிபுரம் பட்டு நெசவகம்", "kanchisilk", "in", ("பட்டுத் தறி வேலை", "வணக்கம் {n},\n\n2026 பட்டுத் தறி: 1 இடம், ஆரணி அண்ணன் ரங்கன் (34 வருட அனுபவம்) அமர்ந்தார். நன்றி.\n\n{sig}"))
lp("l-yor", "yor", "Ilé Aláró Abẹ́òkúta", "abeokutaadire", "ng", ("Ìbéèrè iṣẹ́ yín", "Ẹ káàárọ̀ {n},\n\nẸ ṣé fún ìwé ìbéèrè iṣẹ́ aláró. Ọ̀gá ilé aláró ti mú akẹ́kọ̀ọ́ àtijọ́ kan láti Ìbàràpá, nítorí náà ìbéèrè yín dúró síbí.\n\n{sig}"), (OF, "Ìfilọ̀ iṣẹ́", "Ẹ káàsán {n},\n\nẸ kú oríire! Iṣẹ́ aláró di tiyín, ẹ ó bẹ̀rẹ̀ ní {dl}. Ó ṣeni láàánú pé iná mànàmáná ti lọ lónìí.\n\n{sig}"))
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
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL)


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
        return f"{q:%B} {q.day}, {q.year} {clock}", f"{q:%b} {q.day}, {q.year}, {clock}"
    return f"{q:%a} {q.day} {q:%B %Y} {q:%H:%M}", f"{q.day}/{q.month}/{q.year} {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ below slice 209; slice 209, this slice and any later one are skipped by number."""
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
