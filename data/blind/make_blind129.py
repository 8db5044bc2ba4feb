# ruff: noqa: E501, S311
"""Write the hundred-and-twenty-ninth sealed blind slice for issue 11 (blind-slice-129.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 128; slice 129 and later never read; our side printed)
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

SEED = 1291291
THIS_SLICE = 129
SKIP_FROM = 129  # this slice, the one written at the same time (130) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 5, 26)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Loveday Pascoe", "Efua Asantewaa Boateng", "Chiranjeevi Gowda", "Litia Naivalu", "Brody Wiebe",
    "Inês Carvalhal", "Seo-yeon Hwang", "Tamsyn Rowse", "Kojo Ansah-Mensah", "Pavithra Hegde",
    "Sereana Vakarau", "Dallas Kowalchuk", "Rodrigo Meireles", "Ji-hoon Baek", "Jory Trelawny-Hicks",
    "Akosua Owusu-Afriyie", "Nandini Kulkarni", "Josaia Ratu", "Kenzie Friesen", "Beatriz Sarmento",
    "Min-ji Cha", "Demelza Kitto", "Yaw Darko", "Raghavendra Shetty", "Mereani Tuilau",
    "Cody Zacharias", "Tiago Brandão", "Hye-rin Jang", "Orla Fennelly", "Marcus Delacroix-Hunt",
    "Wiremu Tapsell", "Siobhan McCreesh", "Aaliyah Broussard", "Hendrik du Plooy", "Ruby Galbraith",
]
SIGNERS = {
    "uk": ["Gwyneth Ashworth", "Piers Lindqvist-Shaw", "Harriet Okonjo"],
    "cw": ["Morwenna Tregear", "Jago Penrose", "Kerensa Hocking"],
    "ie": ["Fionnuala Breathnach", "Cathal Ó Duinn"],
    "gh": ["Abena Serwaa Ofori", "Kwabena Adjei-Boadu", "Esi Quansah"],
    "blr": ["Shwetha Ramaiah", "Manjunath Gowda", "Deepika Ranganath"],
    "in": ["Anupama Menon", "Vikrant Chaudhary"],
    "fj": ["Salote Tuivaga", "Eroni Delai", "Priya Lal-Narayan"],
    "mb": ["Darcy Hiebert", "Lorraine Sawatzky", "Travis Bergen"],
    "use": ["Rosalind Pettigrew", "Desmond Okafor-Reilly"],
    "usc": ["LaToya Whitfield-Barnes", "Garrett Lindahl"],
    "usp": ["Yesenia Calderón", "Brent Nakashima"],
    "cae": ["Mireille Gagnon-Roy", "Jaspreet Dhillon"],
    "au": ["Kylie Braithwaite", "Nikos Papadakis"],
    "nz": ["Aroha Ngata", "Fergus McLachlan"],
    "za": ["Thandeka Mabuza", "Riaan Oosthuizen"],
    "pt": ["Helena Quaresma", "Duarte Figueiredo"],
    "kr": ["Kang Min-seo", "Yoon Jae-won"],
}
LANG_SIGNERS = {
    "ar": ["سلمى البلوشي", "خالد الرواحي"], "de": ["Waltraud Eichinger", "Florian Haidacher"],
    "es": ["Guadalupe Ocampo", "Rubén Tirado"], "fr": ["Anaïs Verhaegen", "Grégoire Dumont"],
    "hi": ["वसुंधरा खरे", "प्रकाश मिश्रा"], "it": ["Ornella Pugliese", "Davide Santoro"],
    "ja": ["松本 由美", "中村 大輔"], "ko": ["이수진", "최동현"], "pt": ["Fernanda Rocha", "Gilberto Nunes"],
    "ru": ["Гульнара Хабибуллина", "Ильдар Сафин"], "sw": ["Neema Wanjiru", "Juma Otieno"],
    "th": ["รัชนีกร ใจบุญ", "พิมพ์ชนก วงศ์ใหญ่"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["شگفتہ درانی", "نگہت سلطانہ"], "zh": ["李秀英", "杨建国"],
    "swe": ["Ingrid Lindqvist", "Mats Holmberg"], "dan": ["Mette Kjærgaard", "Søren Thygesen"],
    "pol": ["Agnieszka Wróblewska", "Paweł Zieliński"], "ces": ["Hana Dvořáková", "Petr Kučera"],
    "ron": ["Ioana Munteanu", "Radu Ciobanu"], "msa": ["Nurul Aisyah binti Rahman", "Faizal bin Osman"],
}
LANG_RECIPIENTS = {
    "ar": ["مريم الحارثي", "نورة الكندي"], "de": ["Magdalena Hofer", "Stefan Gruber"],
    "es": ["Ximena Villalobos", "Joaquín Barragán"], "fr": ["Margaux Lefèvre", "Quentin Peeters"],
    "hi": ["ऋतंभरा जोशी", "हिमांशु बिष्ट"], "it": ["Federica Galli", "Simone Marchi"],
    "ja": ["高橋 美咲", "伊藤 拓海"], "ko": ["윤서아", "임도윤"], "pt": ["Camila Azevedo", "Thiago Moraes"],
    "ru": ["Алсу Гарипова", "Тимур Валиев"], "sw": ["Amani Chebet", "Halima Njeri"],
    "th": ["อรพรรณ ศักดิ์สิทธิ์ชัย", "ภูมิรพี ทองประเสริฐ"], "tr": ["Selin Koç", "Kaan Öztürk"],
    "ur": ["سدرہ نواز", "ماہ نور عباسی"], "zh": ["赵雨桐", "孙嘉怡"],
    "swe": ["Elsa Bergström", "Oskar Lundgren"], "dan": ["Freja Østergaard", "Mikkel Vestergaard"],
    "pol": ["Zofia Kamińska", "Jakub Szymański"], "ces": ["Tereza Horáková", "Ondřej Svoboda"],
    "ron": ["Andreea Stoica", "Mihai Lungu"], "msa": ["Siti Hajar binti Yusof", "Amirul bin Hakim"],
}
GIVEN = {
    "Efua Asantewaa Boateng": "Efua", "Seo-yeon Hwang": "Seo-yeon", "Ji-hoon Baek": "Ji-hoon", "Min-ji Cha": "Min-ji",
    "Hye-rin Jang": "Hye-rin", "Kang Min-seo": "Min-seo", "Yoon Jae-won": "Jae-won", "Cathal Ó Duinn": "Cathal",
    "Nurul Aisyah binti Rahman": "Nurul", "Faizal bin Osman": "Faizal", "Siti Hajar binti Yusof": "Siti Hajar",
    "Amirul bin Hakim": "Amirul", "Hendrik du Plooy": "Hendrik",
}
PROVIDERS = ["larchpost", "ottermail", "quaybox", "hedgepost", "sorrelmail", "pebblebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "cw": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "gh": ("+0000", None, ""), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "om": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "blr": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "mb": ("-0600", "-0500", "us"), "mx": ("-0600", None, ""), "br": ("-0300", None, ""),
}
US_STYLE = ("use", "usc", "usp", "cae", "mb")


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


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", y: str | tuple[str, ...] = "", lang: str = "en", n: int = 0) -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    for key, block in QUOTES.items():
        body = body.replace(key, block)
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = n or max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


KIND_CODE = {"application_received": "ack", "interview": "int", "next_steps": "nxt", "offer": "off", "other_job": "job", "job_alert": "alr", "recruiter_outreach": "out", "non_job_rejection_words": "nj"}


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nDate: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role}\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, ta for Thursday and the stores tour. Mr Trevithick (referee) picks up after four.\n{n}"
QNOTE_GT = "\n> {sf}, ta for Thursday and the stores tour. Mr Trevithick (referee) picks up after four.\n> {n}"
FOOTER = (
    "\n\n=== {CO} · JOBS DESK & DIGEST ===\nFresh openings land on our careers pages every Thursday noon. "
    "The fortnightly 'Quoitbell Courier' carries shifts, open days and staff picks: text QUOITJOBS to join, "
    "QUOITHALT to leave. This mailbox only sends. Pause alerts from your candidate account for up to ninety days."
)
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + QNOTE_GT, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOTER}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-closed", "Candidate Home: update on R-{ref}", "Hello {n},\n\nThe posting {role} (R-{ref}) at {co} now shows the stage 'Closed – Another Candidate Hired'. Your profile stays in Candidate Home for browsing and saving later openings.\n\nTalent Acquisition\n{co}", ("Kernow Plant Hire & Haulage", "Tesano Cold Chain Ltd"), ("kernowplanthire", "tesanocoldchain"), role=("Plant Fitter", "Reefer Technician"), tz=("cw", "gh"))
mr("gh-offer", "Your application to {co}", "Hi {n},\n\nThanks for the hours poured into the take-home task and the panel. After weighing up the finalists, the team offered the job to another person, who said yes, so your {role} application closes today.\n\nDo apply to us again.\n{sig}, Recruiting at {co}", ("Hebbal Route Analytics", "Winkler Seedstock Software"), ("hebbalroute", "winklerseedsoft"), role=("Data Engineer", "QA Analyst"), tz=("blr", "mb"))
mr("lv-pool", "{co} – {role}", "{n}, hello from {co}.\n\nHiring for {role} is finished; we picked a candidate whose background hugged the brief more tightly. With your consent your CV is held on our books for a year; reply PURGE any time and it's gone.\n\nAll the best,\n{sig}", ("Savusavu Pearl Traders", "Braga Footwear Lasts Lda"), ("savusavupearl", "bragalasts"), role=("Export Clerk", "Pattern Cutter"), tz=("fj", "pt"))
mr("sr-table", "Application status – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Unsuccessful – vacancy filled</td></tr></table><p>Thank you for applying to {co}. Other roles are listed on our careers page.</p><p>{co} Careers</p></body></html>", ("Porthleven Boatyard", "Daejeon Precision Optics"), ("porthlevenyard", "daejeonoptics"), role=("Shipwright's Mate", "Lens Polishing Operator"), tz=("cw", "kr"))
mr("ic-licence", "Re: {role} requisition {ref}", "Dear {n},\n\nYour submission for {role} was reviewed against the minimum qualifications. The requisition requires {x}, and your file lacked that, so it has been set to 'Did Not Meet Minimum Qualifications' and will go no further.\n\nRegards,\n{co} Talent Team", ("Altona Grain Terminal", "Legon Fuel Logistics"), ("altonagrain", "legonfuel"), role=("Bin Operator", "Tanker Driver"), x=("a Class 1 licence with a current driver medical", "an ADR hazardous-goods certificate"), tz=("mb", "gh"))
mr("tl-withdrawn", "{role}: requisition update", "Dear {n},\n\nRequisition {ref}, {role}: after a headcount review, {co} withdrew it before interviews began, and all applications under it are closed. Other postings on our site remain open to you.\n\nYours sincerely,\nHR Department", ("Coimbra Mutual Assurance", "Malleswaram Civic Bank"), ("coimbramutual", "malleswarambank"), role=("Claims Handler", "Branch Teller"), tz=("pt", "blr"))
mr("wk-trial", "Trial shift at {co}", "Hey {n},\n\nTa for doing the Saturday trial. Customers liked you, but another trialist got the job, who can also open up on weekday mornings. Good luck with the search.\n\n{sig}\n{co}", ("The Levuka Kava Bar & Grill", "Indiranagar Dosa Co."), ("levukakava", "indiranagardosa"), role=("Floor Staff", "Counter Staff"), tz=("fj", "blr"))
mr("bb-hours", "Re: part-time {role}", "Hi {n}, cheers for asking after the part-time {role} job. Two of our own team wanted the extra shifts and took the hours, meaning we're hiring nobody from outside this round. Take care, {sig} ({co})", ("Adabraka Print & Copy", "Tavua Hardware Depot"), ("adabrakaprint", "tavuahardware"), role=("Print Assistant", "Yard Hand"), tz=("gh", "fj"))
mr("tt-ptkr", "{co} | your application", "Dear {n},\n\n{x}\n\nWith best regards,\n{sig}\n{co}", ("Setubal Salt & Seafood Exporters", "Yelahanka-Daejeon Robotics (Korea office)"), ("setubalsalt", "ydrobotics"), role=("Quality Assistant", "Firmware Intern"), tz=("pt", "kr"), x=("We inform that the selection process for Quality Assistant is concluded. After analysing all candidatures, our option went to a profile with more cold storage practice. We stay at your disposal for future opportunities.", "We sincerely thank for your applying to Firmware Intern position. After careful review, our team chose other candidate whose experience is more fit. Please understand our decision. We will be happy if you apply again next time!"))
mr("pp-marks", "Shortlisting result: {role}", "Dear {n},\n\nPanel marking of written applications is complete. You scored {x}; {role} needed {y} to shortlist, so you haven't been shortlisted.\n\n{co} Recruitment", ("Ashgrove Credit Union", "Open Doors Wildlife Rescue"), ("ashgrovecu", "opendoorsrescue"), role=("Member Services Officer", "Rescue Volunteer Coordinator"), x=("19 of 35", "44 of 90"), y=("24", "57"), tz=("uk", "ie"))
mr("jz-contract", "{role} opening – update", "Hi {n},\n\nA quick update on the {role} ad. The contract the role was tied to ({y}) ended early, so we've taken the ad down and we aren't hiring for it. Appreciate you thinking of {co}.\n\n– {sig}", ("Ledgerwell School Meals", "Thornback Car Park Services"), ("ledgerwellmeals", "thornbackparking"), role=("Kitchen Assistant", "Car Park Attendant"), y=("a council school-meals tender", "a hospital car-park contract"), tz=("use", "au"))
mr("ab-rounds", "{role} at {co}", "Hi {n},\n\nThree rounds with us, systems design included – thanks for sticking with it. A photo finish, and the {role} offer is going to someone else. I'm happy to share feedback on the design round if that's useful.\n\n{sig}\nTalent, {co}", ("Castcradle Podcast Hosting", "Timetabler Schools Software"), ("castcradle", "timetabler"), role=("Backend Engineer", "Product Designer"), tz=("nz", "usp"))
mr("seasonal", "Summer crew {y}", "Hi {n},\n\nThanks for wanting to crew with {co} this summer. Returners took every slot for the {y} season; the roster is complete. Applications reopen each February.\n\n{sig}", ("Lakeview Canoe Outfitters", "Porthcurno Surf School"), ("lakeviewcanoe", "porthcurnosurf"), y=("2026", "2026"), tz=("mb", "cw"))
# once each
mr("cw-dialect", "That job at the farm shop", "Alright my 'ansum,\n\nThanks for popping in about the counter job. Proper job CV, but 'tis a maid from up Ponsanooth we've took on, who's worked the till at the Saturday market for years. Watch the board by the door mind, more'll go up dreckly.\n\nCheers,\n{sig}\n{co}", "Trewartha Farm Shop", "trewarthafarm", tz="cw")
mr("gh-pharm", "Application for the post of Parts Counter Clerk", "Dear {n},\n\nReceipt is acknowledged of your papers for the said post. Please, management has since settled on another candidate. {co} appreciates your interest and wish you God's guidance as you search.\n\nYours faithfully,\n{sig}\nAdministration", "Abossey Okai Auto Spares", "abosseyspares", tz="gh")
mr("blr-startup", "Regarding your application – Ops Associate", "Hi {n},\n\nNamaskara! Thanks for the interest in {co}. We have closed the Ops Associate role with one candidate who already handled our vendor side before only. We'll keep you posted if anything opens in Bellandur ops.\n\nRegards,\n{sig}", "Namma Tiffin Logistics", "nammatiffin", tz="blr")
mr("fj-resort", "Housekeeping Attendant – Savusavu", "Bula {n},\n\nVinaka vakalevu for applying for the Housekeeping Attendant role at {co}. The manager picked a lady from the village beside the resort. Isa, good luck for the search ahead.\n\nVinaka,\n{sig}\nHR", "Koro Sea Retreat", "kororetreat", tz="fj")
mr("mb-snow", "snow crew", "Hi {n}, thanks for asking about running a plow for us this winter. Guys from last season filled every seat, so nothing open right now. Stay warm out there. {sig}, {co}", "Red River Lot Clearing", "redriverlots", tz="mb")
mr("pt-eng", "Candidature – Draughtsman", "Dear {n},\n\nWe appreciate your candidature to the Draughtsman vacancy. After analysis, we inform that the choice fell on another candidate with more years in road-design CAD. We wish you much success.\n\nCumprimentos,\n{sig}\n{co}", "Mondego Engenharia Lda", "mondegoeng", tz="pt")
mr("kr-hagwon", "Result of Application", "Dear {n},\n\nThank you so much to apply at {co}. After reviewing, we decided to hire other teacher who can start on March. We are sorry for not good news. We hope you find good school soon.\n\nBest regards,\n{sig}", "Bright Tree English Academy", "brighttreeacademy", tz="kr")
mr("uk-garage", "MOT tester vacancy", "Morning {n},\n\nTa for your details re the MOT tester job. A chap already on the DVSA register for class 4 and 7 got it.\n\nAll the best,\n{sig}\n{co}", "Hollybush Motors", "hollybushmotors", tz="uk")
mr("ie-dairy", "Relief milker", "Hi {n}, thanks a mil for the call about the relief milking. We've a lad from the next parish sorted for the spring, so we're grand for now. Best of luck, {sig}, {co}", "Glenbride Dairy Farm", "glenbridedairy", tz="ie")
mr("us-lower", "re: line cook", "hey {n} thanks for applying to line cook. we hired a guy last week so its taken. good luck with the search - {sig}, {co}", "Hickorysmoke Taco Truck", "hickorysmoke", tz="usc")
mr("au-fence", "Fencing labourer", "G'day {n},\n\nTa for the ring re the fencing job. We've started a bloke who's done ringlock and post driving out west, and that fills the crew till autumn. Cheers for your interest.\n\n{sig}\n{co}", "Wattlegum Creek Rural Fencing", "wattlegumfence", tz="au")
mr("nz-hire", "Application – Hire Counter", "Kia ora {n},\n\nThanks for applying for the counter role at {co}. The role went to someone with trade-counter years behind them, and they've accepted. Appreciate your time.\n\nNgā mihi,\n{sig}", "Tickhill Road Tool & Trailer Hire", "tickhillhire", tz="nz")
mr("za-salon", "Nail technician post", "Hi {n}\n\nLovely meeting you and seeing the portfolio. The owner has chosen a technician who does gel extensions and acrylics both, so the chair is taken now. All the best with your hunt!\n\n{sig}\n{co}", "Blush & Buff Nail Bar", "blushbuff", tz="za")
mr("cae-arena", "Ice resurfacer operator", "Good afternoon {n},\n\nThank you for applying to drive the ice resurfacer at {co}. We have filled the position with an applicant who holds the ice-technician level 1 certificate. We appreciate your interest.\n\n{sig}\nFacilities", "Bayridge Community Arena", "bayridgearena", tz="cae")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-radio", "RE: [EXT] Re: {role}", "Hi {n},\n\nYour follow-up was kind. The station committee met on Monday and chose {x}, who has produced the breakfast programme as a volunteer since 2023; {y} takes the chair in the new month. The studio crew enjoyed your visit.\n\nWarmly,\n{sig}\n\n{OUT}", ("Penwith Community Radio", "Legon Campus FM"), ("penwithradio", "legoncampusfm"), role=("Producer interview", "Producer interview"), x=("Wenna", "Adwoa"), y=("she", "she"), tz=("cw", "gh"))
mr("th-lab", "RE: [EXT] Re: Research Assistant – panel on {role}", "Dear {n},\n\nYour message arrived, and the seminar last week was thoughtful. Dr Kamath has offered the post to Ravi, whose sequencing work lines up with the grant's second aim, and he accepted yesterday. The lab enjoyed meeting you.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Hebbal Cell Biology Lab", "Tailevu Cane Research Station"), ("hebbalcellbio", "tailevucane"), role=("Tuesday", "Wednesday"), tz=("blr", "fj"))
mr("th-utility", "RE: [EXT] Re: Line technician – next steps?", "Hi {n},\n\nYour note after the yard visit came in. The crew supervisor picked {x} for the spot, a journeyman who worked the storm restoration last spring, and the paperwork went through this week. Good luck out there.\n\n{sig}\n\n{RULE}", ("Interlake Power Co-op", "Ulsan-Gimhae Grid Services"), ("interlakepower", "ugridservices"), x=("Dale", "Mr. Oh"), tz=("mb", "kr"))
mr("th-events", "RE: [EXT] Re: Event coordinator", "Olá {n},\n\nYour message made us smile, and so did the energy at the interview. The directors decided to give the role to {x}, who ran the wine fair logistics with us last autumn, so the team is complete for this season. A pleasure to meet you.\n\nCumprimentos,\n{sig}\n\n{GM}", ("Fontainhas Eventos Lda", "Harbourside Occasions"), ("tamegaeventos", "harboursideocc"), x=("Marta", "Priyesh"), tz=("pt", "uk"))
mr("th-library", "RE: [EXT] Re: Branch librarian interview", "Dear {n},\n\nGood to get your check-in. The library board made its appointment last night: {x}, our acting branch lead for the past year, takes the post from next month. The panel liked your outreach ideas.\n\nBest,\n{sig}\n\n{OUT}", ("Kilmacud Public Library", "Harlan Falls Public Library"), ("kilmacudlibrary", "harlanfallslib"), x=("Aoife", "Mrs. Dunleavy"), tz=("ie", "use"), role=("Branch librarian interview", "Branch librarian interview"))
mr("th-camp", "RE: [EXT] Re: Camp chef – Pilbara rotation", "Hey {n},\n\nTa for chasing mate. The client picked {x} for the 2-and-1 roster, someone they've used on the shutdowns before, and the flights are already booked for him. Cheers for giving up your arvo for the chat.\n\n{sig}\n\n{ORIG}", ("Redbank Remote Catering", "Southern Alps Lodge Kitchens"), ("redbankcatering", "alpslodgekitchens"), x=("Gazza", "Tane"), tz=("au", "nz"))
mr("th-post", "RE: [EXT] Re: Assistant editor – thank you", "Hi {n},\n\nYour note came through. The producers chose {x}, who cut the pilot episode with us, to assist on the series, and she begins on the grade next week. Thank you for the reel and the time in the suite.\n\nBest wishes,\n{sig}\n\n{RULE}", ("Kloofnek Post Production", "Rideau Frame Works"), ("kloofnekpost", "rideauframe"), x=("Naledi", "Geneviève"), tz=("za", "cae"))
mr("th-ground", "RE: [EXT] Re: Ramp supervisor interview", "Dear {n},\n\nYour follow-up mail arrived. The station manager has selected {x}, who supervised the night turnaround shift for two years, and the appointment letter went out on Friday. The panel valued the afternoon with you at the airport.\n\nRegards,\n{sig}\n\n{GM}", ("Skyport Ground Handling", "Pacific Ramp Services"), ("skyportground", "pacificramp"), x=("Mr. Sandeep", "Ms. Ramirez"), tz=("in", "usp"))
# ---- 8 clear refusals under long footers
mr("ft-hardware", "Your application: {role}", "Dear {n},\n\n{role}: filled. Your application ends here.\n\n{sig}{FOOT}", ("Brannock Hardware", "Coldharbour Tool & Paint"), ("brannockhardware", "coldharbourtool"), role=("Trade Counter Assistant", "Paint Mixing Assistant"), tz=("uk", "ie"))
mr("ft-stationer", "{role} – outcome", "Hi {n},\n\nAbout {role}: unsuccessful this time, I'm afraid.\n\n{sig}, Store Manager{FOOT}", ("Nibsworth & Ledger Stationers", "Penline Office Supplies"), ("nibsworth", "penlinesupplies"), role=("Sales Associate", "Stockroom Associate"), tz=("au", "nz"))
mr("ft-sports", "Re: {role}", "Hello {n},\n\nYour {role} application isn't going through to the next stage.\n\n{sig}{FOOT}", ("Topspin Racket & Run", "Goalmouth Sports Outfitters"), ("topspinracket", "goalmouthsports"), role=("Footwear Fitter", "Weekend Sales Advisor"), tz=("use", "za"))
mr("ft-furniture", "About your application", "Dear {n},\n\nAbout {role}: you won't be called for interview.\n\n{sig}{FOOT}", ("Oakhollow Furniture Showroom", "Inglenook Sofas & Beds"), ("oakhollowfurniture", "inglenooksofas"), role=("Showroom Consultant", "Delivery Driver's Mate"), tz=("uk", "cae"))
# ---- 9 hedged refusals
mr("hd-drone", "{role} – our decision", "Hi {n},\n\nGood flying on the practical. A few other pilots had logged far more hours over open water, and the chief pilot felt that matched the coastal survey contract better, so we've gone their way.\n\nAll the best,\n{sig}\n{co}", ("Skerrylark Aerial Survey", "Marlin Point Drone Mapping"), ("skerrylark", "marlinpointdrone"), role=("Survey Drone Pilot", "Survey Drone Pilot"), tz=("cw", "au"))
mr("hd-riding", "Riding instructor post", "Dear {n},\n\nYour Saturday lesson went nicely. The yard owners felt some other applicants suited the young-riders programme a little more closely, given their pony club coaching, and have chosen among them.\n\nKind regards,\n{sig}\n{co}", ("Boscawen Riding School", "Waimea Equestrian Centre"), ("boscawenriding", "waimeaequestrian"), tz=("cw", "nz"))
mr("hd-conserv", "{role} application", "Dear {n},\n\nApologies for the wait. There were many strong people, and the committee felt others' hands-on time with waterlogged wood fitted the current project more closely, so they went that way.\n\nBest regards,\n{sig}\n{co}", ("Tamar Estuary Conservation Studio", "Crowland Archaeology Lab"), ("tamarconservation", "crowlandarch"), role=("Conservation Technician", "Finds Technician"), tz=("uk", "mb"))
mr("hd-sound", "Re: FOH engineer", "Hi {n},\n\nAppreciate you coming down for the soundcheck. We had people in with a lot more touring on digital desks, and the production manager leaned toward them for the autumn run. Keep sending us your dates.\n\n{sig}\n{co}", ("Lowlight Live Sound", "Amplitude Touring Audio"), ("lowlightsound", "amplitudetouring"), tz=("usp", "za"))
mr("hd-blr-erp", "Your profile for ERP Finance Consultant", "Hi {n},\n\nThanks for attending the techno-functional round. Client side they felt some other profiles are having more cloud ERP migration exposure, so they have gone with those profiles only. Will ping you for the next opening.\n\nRegards,\n{sig}\n{co}", "Lalbagh Consulting Services", "lalbaghconsult", tz="blr")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-health", "Following up – {role}", "Hi {n},\n\nGood speaking earlier. As I mentioned, the ward manager has chosen another nurse for the {role} post. Separately, a clinic nearer you wants a {x} nurse, days only – want me to send your name over?\n\n{sig}\n{co}", ("Carefield Nurse Staffing", "Kestrelbrook Health Recruit"), ("carefieldstaff", "kestrelbrook"), role=("Band 6 Theatre", "ICU night"), x=("practice nurse", "day-surgery recovery"), tz=("uk", "usc"))
mr("rc-mining", "{role} – client feedback and another option", "{n},\n\nClient's come back: the {role} job went to someone with longer underground time, so that door's shut. Their sister site wants a maintenance planner on an 8/6 roster though. Keen? A one-word yes and I'll book a call.\n\n{sig}, {co}", ("Blackbutt Mining Talent", "Shield Resources Recruitment"), ("blackbutttalent", "shieldresources"), role=("Shift Boss", "Shift Boss"), tz=("au", "za"))
mr("rc-retail", "After our call", "Hey {n},\n\nGood chatting just now. The brand promoted from inside for the area merchandiser job, so that's done, but their flagship store is also after a visual merchandising lead – should I pitch you for that one instead?\n\n{sig}\n{co}", ("Shopfloor Talent Partners", "Northlight Retail Search"), ("shopfloortalent", "northlightretail"), tz=("cae", "mb"))
mr("rc-gh", "Feedback on the Site Engineer role", "Dear {n},\n\nGreetings. Per our call, the client has picked another engineer for the Tema site. However, they are also looking for a QA/QC Inspector for the Kasoa road project. Please, if you are interested, kindly send your updated CV by Friday.\n\nRegards,\n{sig}\n{co}", "Akwaaba Talent Solutions", "akwaabatalent", tz="gh")
# ---- 8 public-sector notices
mr("ps-referral", "Notice of Results – {role}, announcement {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}: your application was rated qualified. Your name was not sent forward to the hiring manager, because the certificate went to applicants with higher scores. No further step is needed on your side.\n\n{co}\nHuman Resources Office", ("Bureau of Watershed Management", "Coastal Survey Administration"), ("watershedbureau", "coastalsurveyadmin"), role=("Hydrologic Technician, GS-7", "Cartographer, GS-9"), tz=("use", "usp"))
mr("ps-mb-inelig", "Competition {ref} – eligibility", "Dear {n},\n\nCompetition {ref}, Environment Officer 2, asked for proof of a completed natural-resources degree. No transcript came with your file, which has therefore been screened out as ineligible.\n\nManitoba Public Service Careers (Winnipeg Region)", "Manitoba Public Service", "mbpublicservice", tz="mb")
mr("ps-fj-inelig", "Vacancy No. {ref} – Clerical Officer", "Dear {n},\n\nYour application for Clerical Officer was screened by the Ministry. It lacked a valid police clearance certificate and was therefore deemed ineligible under the vacancy conditions, so the Ministry has closed it.\n\nYours sincerely,\n{sig}\nfor Permanent Secretary", "Ministry of Rural and Maritime Services", "ruralmaritime", tz="fj")
mr("ps-cw-cancel", "Vacancy withdrawn: Countryside Ranger", "Dear {n},\n\nCountryside Ranger post (ref {ref}): after the council's in-year budget review, the post is withdrawn and will stay vacant. We are sorry for the disappointment this may cause.\n\nPeople Services\nKernow Unitary Council", "Kernow Unitary Council", "kernowcouncil", tz="cw")
mr("ps-gh-cancel", "Cancellation of recruitment exercise", "Dear {n},\n\nThe Assembly wishes to inform applicants that the recruitment exercise for Revenue Collectors advertised in May has been cancelled, following a directive from the Head of Local Government Service. Applications received shall not be processed.\n\nSigned,\n{sig}\nCoordinating Director", "Ayawaso Municipal Assembly", "ayawasoassembly", tz="gh")
mr("ps-blr-mark", "Result: written test for Junior Assistant", "Dear Candidate {n},\n\nIn the written test held for Junior Assistant posts, you secured 38 marks out of 100. The minimum qualifying mark for your category is 45. Hence you are not eligible for the document verification stage.\n\nRecruitment Cell\n{co}", "Bengaluru Metropolitan Water Board", "bmwaterboard", tz="blr")
mr("ps-pt-mark", "Public tender – Administrative Technician", "Dear {n},\n\nWe inform that in the knowledge test of the procedure {ref}, you obtained 8.4 values, lower than the minimum of 9.5 values. In this way, you are excluded from the following method of selection. You may present a hearing within 10 working days.\n\n{co}", "Braga Municipal Services", "bragamunicipal", tz="pt")
# ---- 6 bare ATS status updates
mr("ats-fern", "Status update: {role}", "Hello {n},\n\nSomething on your application just changed.\n\nPosition: {role}\nStatus now → Closed for this candidate\n\nFerncaddy Candidate Portal on behalf of {co}", ("Stenalees Builders", "Gallowgate Cinemas Ltd"), ("stenaleesbuild", "gallowgatecinemas"), role=("Site Administrator", "Projectionist"), tz=("uk", "usc"))
mr("ats-lint", "Update on {role}", "<html><body><p>Hi {n},</p><p>{co} changed the stage of your <b>{role}</b> application.</p><p>Current stage: <b>Archived – not moving forward</b></p><p style='color:#888'>Sent via Lintwhistle</p></body></html>", ("Copperkettle Foods", "Bluefin Aquarium Supplies"), ("copperkettle", "bluefinaquarium"), role=("Line Lead", "Store Assistant"), tz=("au", "cae"))
mr("ats-brass", "{co}: application {ref}", "{n},\n\nApplication {ref} ({role}) – status: Declined.\n\nFull history: your Brassock profile.", ("Cormorant Ferries", "Tinbox Logistics"), ("cormorantferries", "tinboxlogistics"), role=("Deckhand", "Warehouse Picker"), tz=("nz", "za"))
# ---- 6 internship / graduate decisions
mr("in-news", "{y} summer newsroom internship", "Dear {n},\n\nThe {y} summer internship at {co} drew more than 600 applications for 8 places, and your application wasn't picked this year. Next year's scheme opens in the autumn.\n\nThe Internship Team", ("The Carrick Herald", "Prairie Wire News"), ("carrickherald", "prairiewire"), y=("2026", "2026"), tz=("uk", "mb"))
mr("in-rail", "Graduate Programme {y}: application outcome", "Dear {n},\n\nYou completed the {co} Graduate Programme assessment centre ({x}), and the assessors have now met. You are unsuccessful for the {y} intake. Their written feedback sits in your candidate portal.\n\nEarly Careers Team", ("Westcountry Rail Engineering", "Northfield Actuarial Partners"), ("westcountryrail", "northfieldactuarial"), x=("Civil Engineering stream", "Actuarial stream"), y=("2026", "2026"), tz=("cw", "ie"))
mr("in-games", "Internship application", "Hi {n},\n\nThanks so much for sending your portfolio for the {x} internship. Picking was tough, and this round the places went to other applicants. Keep making things!\n\n{sig}\n{co}", ("Pixelgrove Studios", "Feeding Hands Food Bank"), ("pixelgrove", "feedinghands"), x=("game art", "community logistics"), tz=("kr", "usc"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Candidate Home: we received your application", "Hello {n},\n\n{co} has logged your {role} application (R-{ref}). Stage now: 'Under Review'. Later it moves on to 'Interview' or to 'Closed – Another Candidate Hired'. Check Candidate Home for the latest.\n\nTalent Acquisition", ("Kernow Plant Hire & Haulage", "Tesano Cold Chain Ltd"), ("kernowplanthire", "tesanocoldchain"), role=("Workshop Apprentice", "Forklift Operator"), tz=("cw", "gh"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application has arrived! A human recruiter reads them all. Spot a match and we book an intro call; pass on it and you get an email anyway, so chasing is pointless.\n\n{co} Recruiting", ("Hebbal Route Analytics", "Winkler Seedstock Software"), ("hebbalroute", "winklerseedsoft"), role=("Analytics Engineer", "Support Engineer"), tz=("blr", "mb"))
mo("application_received", "lv", "We've got your application – {co}", "{n}, your {role} form is here.\n\nWhichever way this round goes, afterwards your details rest in our pearl-room file for twelve months so a similar opening can find you. Send PURGE to be removed.\n\n{sig}", ("Savusavu Pearl Traders", "Braga Footwear Lasts Lda"), ("savusavupearl", "bragalasts"), role=("Shipping Clerk", "Sole Finisher"), tz=("fj", "pt"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Next possible</td><td>Interview booked / Unsuccessful</td></tr></table><p>{co} Careers</p></body></html>", ("Porthleven Boatyard", "Daejeon Precision Optics"), ("porthlevenyard", "daejeonoptics"), role=("Yard Labourer", "Assembly Technician"), tz=("cw", "kr"))
mo("application_received", "ic", "Requisition {ref}: submission confirmed", "Dear {n},\n\nWe have your submission for {role}. Screening kicks off at the advert's close. Heads-up: files that do not show {x} are marked 'Did Not Meet Minimum Qualifications' at this step, so upload it now if you have it.\n\n{co} Talent Team", ("Altona Grain Terminal", "Legon Fuel Logistics"), ("altonagrain", "legonfuel"), role=("Scale Operator", "Depot Driver"), x=("a Class 1 licence", "an ADR certificate"), tz=("mb", "gh"))
mo("application_received", "tl", "Thank you for applying: {role}", "Dear {n},\n\nThis confirms your application for {role}. Note that {co} sometimes pulls a requisition after a headcount review; if so, each applicant gets an email. If not, our next message is about assessment.\n\nHuman Resources", ("Coimbra Mutual Assurance", "Malleswaram Civic Bank"), ("coimbramutual", "malleswarambank"), role=("Underwriting Assistant", "Loan Officer"), tz=("pt", "blr"))
mo("application_received", "wk", "Got your application!", "Hey {n},\n\nSo you fancy working the floor at {co}? Great. We run paid trial shifts on Saturdays. If you haven't heard about a trial within two weeks, take it that we've filled up for now.\n\n{sig}", ("The Levuka Kava Bar & Grill", "Indiranagar Dosa Co."), ("levukakava", "indiranagardosa"), tz=("fj", "blr"))
mo("application_received", "bb", "Re: part-time {role}", "Hi {n}, cheers for asking after the part-time {role} job. Extra hours go to our own team first; we only look outside if nobody grabs them. Yay or nay, you'll get my text or email by the 30th. {sig}", ("Adabraka Print & Copy", "Tavua Hardware Depot"), ("adabrakaprint", "tavuahardware"), role=("Print Assistant", "Yard Hand"), tz=("gh", "fj"))
mo("application_received", "tt", "{co} | confirmation", "Dear {n},\n\n{x}\n\n{sig}", ("Setubal Salt & Seafood Exporters", "Yelahanka-Daejeon Robotics (Korea office)"), ("setubalsalt", "ydrobotics"), tz=("pt", "kr"), x=("Your candidature arrived to us. The process has three phases. If you are not selected in one phase, this email address informs you, so you always know the situation.", "We received your application well. Our team will review in two weeks. Even if the result is not pass, we will surely send you email. Thank you for waiting!"))
mo("application_received", "pp", "Application received: {role}", "Dear {n},\n\nYour {role} form is in. Each one gets marked against the person spec; anyone under the shortlisting line receives an email saying so within twenty-one days of the deadline.\n\n{co} Recruitment", ("Ashgrove Credit Union", "Open Doors Wildlife Rescue"), ("ashgrovecu", "opendoorsrescue"), role=("Lending Officer", "Animal Care Coordinator"), tz=("uk", "ie"))
mo("application_received", "jz", "Thanks – {role}", "Hi {n},\n\nGot your application for {role}, thanks. Quick warning: the role hangs on {y} being renewed. If the renewal falls through we'll pull the ad and let everyone know.\n\n{sig}", ("Ledgerwell School Meals", "Thornback Car Park Services"), ("ledgerwellmeals", "thornbackparking"), role=("Lunchtime Server", "Barrier Attendant"), y=("a school-meals contract", "a stadium parking contract"), tz=("use", "au"))
mo("application_received", "ab", "We received your application", "Hi {n},\n\nThanks for applying to {co} for {role}. Our process: recruiter chat, technical round, systems design, team chat. After every step a real person emails you to say go or stop – we never ghost.\n\n{sig}", ("Castcradle Podcast Hosting", "Timetabler Schools Software"), ("castcradle", "timetabler"), role=("Platform Engineer", "UX Researcher"), tz=("nz", "usp"))
mo("application_received", "seasonal", "Summer crew application", "Hi {n},\n\nThanks for applying for the {co} summer crew. Returning staff get first pick of slots. If we haven't called you by the first of May, the season has filled without you, but we hang on to your form till next spring.\n\n{sig}", ("Lakeview Canoe Outfitters", "Porthcurno Surf School"), ("lakeviewcanoe", "porthcurnosurf"), tz=("mb", "cw"))
mo("application_received", "thread", "Re: {role} application", "Hi {n},\n\nYour CV for {role} came through. Committee sits on the 12th. Whether or not you make the interview list, I'll write to you that same week.\n\nWarmly,\n{sig}", ("Penwith Community Radio", "Legon Campus FM"), ("penwithradio", "legoncampusfm"), role=("Producer", "Evening Presenter"), tz=("cw", "gh"))
mo("application_received", "lab", "Research Assistant application – received", "Dear {n},\n\nYour application to {co} is in. Dr Kamath shortlists within a fortnight; if you're not shortlisted, the lab manager sends a short note rather than leaving you wondering.\n\n{sig}", ("Hebbal Cell Biology Lab", "Tailevu Cane Research Station"), ("hebbalcellbio", "tailevucane"), tz=("blr", "fj"))
mo("application_received", "footer", "We've received your application", "Dear {n},\n\nThe store manager sifts the {role} forms weekly, yours included. Even a no gets emailed.\n\n{sig}{FOOT}", ("Brannock Hardware", "Nibsworth & Ledger Stationers"), ("brannockhardware", "nibsworth"), role=("Trade Counter Assistant", "Sales Associate"), tz=("uk", "au"))
mo("application_received", "drone", "Application received – {role}", "Hi {n},\n\nYour {role} application with {co} is logged. Pilots on the shortlist fly a practical at the airfield; anyone off it gets an email from me within twenty-one days.\n\n{sig}", ("Skerrylark Aerial Survey", "Marlin Point Drone Mapping"), ("skerrylark", "marlinpointdrone"), role=("Survey Drone Pilot", "Survey Drone Pilot"), tz=("cw", "au"))
mo("application_received", "recruit", "Your CV is with me", "Hi {n},\n\nCV received, ta. Today you go forward for {role}. Should the client say no, I'll say it straight and hunt for the next one – I keep going until you're placed.\n\n{sig}\n{co}", ("Carefield Nurse Staffing", "Blackbutt Mining Talent"), ("carefieldstaff", "blackbutttalent"), role=("the theatre post", "the shift boss role"), tz=("uk", "au"))
mo("application_received", "ps", "Application received – announcement {ref}", "Dear {n},\n\nAnnouncement {ref} ({role}): application logged. At closing, a Notice of Results is issued to everyone, giving the rating and stating if the file went on to the hiring desk.\n\n{co}", ("Bureau of Watershed Management", "Coastal Survey Administration"), ("watershedbureau", "coastalsurveyadmin"), role=("Hydrologic Technician", "Cartographer"), tz=("use", "usp"))
mo("application_received", "civil", "Acknowledgement of application", "Dear {n},\n\nYour application has reached this office. Kindly note that any file lacking the required {x} shall be deemed ineligible at screening, and letters go out solely to shortlisted persons.\n\n{sig}\nfor {co}", ("Ministry of Rural and Maritime Services", "Ayawaso Municipal Assembly"), ("ruralmaritime", "ayawasoassembly"), x=("police clearance", "academic certificates"), tz=("fj", "gh"))
mo("application_received", "fern", "Application submitted", "Hello {n},\n\nYour application for {role} was submitted.\n\nCurrent status: Submitted\nPossible later statuses: Reviewing → Interview booked → No longer being considered\n\nFerncaddy Candidate Portal for {co}", ("Stenalees Builders", "Gallowgate Cinemas Ltd"), ("stenaleesbuild", "gallowgatecinemas"), role=("Estimator", "Usher"), tz=("uk", "usc"))
mo("application_received", "intern", "{y} internship – application received", "Dear {n},\n\nYour form for the {y} summer internship at {co} is safely in. Hundreds more are expected. Place or no place, an answer reaches you before March is out.\n\nThe Internship Team", ("The Carrick Herald", "Prairie Wire News"), ("carrickherald", "prairiewire"), y=("2026", "2026"), tz=("uk", "mb"))
mo("application_received", "grad", "Graduate Programme: application received", "Dear {n},\n\nThanks for applying to the {co} Graduate Programme. Next comes an online test. Anyone scoring under the benchmark hears within five working days; everyone above it moves to a recorded video interview.\n\nEarly Careers Team", ("Westcountry Rail Engineering", "Northfield Actuarial Partners"), ("westcountryrail", "northfieldactuarial"), tz=("cw", "ie"))
mo("application_received", "kr-pt", "Application confirmation", "Dear {n},\n\n{x}\n\n{sig}\n{co}", ("Bright Tree English Academy", "Mondego Engenharia Lda"), ("brighttreeacademy", "mondegoeng"), tz=("kr", "pt"), x=("Thank you to apply at our academy. We check resume and call for demo class. If we don't call in 10 days, please understand that we choose other teacher. Thank you!", "We confirm that your CV arrived well. If your profile is not adequate for this function, with your authorisation it stays in our archive for other openings."))
mo("application_received", "local", "Thanks for applying", "Hi {n},\n\nTa for leaving your CV at {co}. Phone calls go only to those picked for a natter – we get piles of forms.\n\n{sig}", ("Hollybush Motors", "Hickorysmoke Taco Truck"), ("hollybushmotors", "hickorysmoke"), tz=("uk", "usc"))
# ---- 35 interviews / next steps / offers, most with an unrelated negative word
mo("interview", "radio", "RE: [EXT] Re: Producer interview", "Hi {n},\n\nA quick one from the studio. Round two, please: {dl}, 11:00, in the studio. Unfortunately parking by the building is mid re-tarmac – harbour road is your best bet.\n\n{sig}\n\n{OUT}", ("Penwith Community Radio", "Legon Campus FM"), ("penwithradio", "legoncampusfm"), role=("Producer interview", "Producer interview"), tz=("cw", "gh"))
mo("interview", "gh", "Interview invitation – {role}", "Hi {n},\n\nNext up for {role}: a technical interview on {dl}. Sadly the slot picker runs on UTC only, so convert carefully before choosing.\n\n{sig}, {co}", ("Hebbal Route Analytics", "Winkler Seedstock Software"), ("hebbalroute", "winklerseedsoft"), role=("Data Engineer", "QA Analyst"), tz=("blr", "mb"))
mo("interview", "library", "Interview: Branch librarian", "Dear {n},\n\nInterview slot: {dl}, 2 pm, main library. Unfortunately the lift will be out of action all that week; if stairs are hard, say so and the panel moves downstairs to the reading room.\n\n{sig}\n{co}", ("Kilmacud Public Library", "Harlan Falls Public Library"), ("kilmacudlibrary", "harlanfallslib"), tz=("ie", "use"))
mo("interview", "drone", "Practical flight – {dl}", "Hi {n},\n\nPractical booked: {dl}, 9:30 at the airfield. Grim forecast so far – above 25 knots we move it, decided that morning. Bring your logbook.\n\n{sig}\n{co}", ("Skerrylark Aerial Survey", "Marlin Point Drone Mapping"), ("skerrylark", "marlinpointdrone"), tz=("cw", "au"))
mo("interview", "utility", "Yard visit and interview", "Hi {n},\n\nCome out to the yard {dl}, 8 am, for a visit and interview. Unfortunately the lunchroom is torn up for renovation, so pack a lunch. Steel toes required.\n\n{sig}\n{co}", ("Interlake Power Co-op", "Ulsan-Gimhae Grid Services"), ("interlakepower", "ugridservices"), tz=("mb", "kr"))
mo("interview", "riding", "Teaching lesson", "Dear {n},\n\nCould you take a trial lesson for us, {dl} at 10:00? Regrettably the indoor school is being re-surfaced, so it will be outside – dress for the weather.\n\n{sig}\n{co}", ("Boscawen Riding School", "Waimea Equestrian Centre"), ("boscawenriding", "waimeaequestrian"), tz=("cw", "nz"))
mo("interview", "retail", "Interview with the brand – {dl}", "Hey {n},\n\nGood news: the brand has asked for you, {dl} at 3pm, for the visual merchandising lead role. Apologies for the rush, their area boss is only in town then.\n\n{sig}\n{co}", ("Shopfloor Talent Partners", "Northlight Retail Search"), ("shopfloortalent", "northlightretail"), tz=("cae", "mb"))
mo("interview", "kr-pt", "Interview schedule", "Dear {n},\n\n{x}\n\n{sig}", ("Bright Tree English Academy", "Mondego Engenharia Lda"), ("brighttreeacademy", "mondegoeng"), tz=("kr", "pt"), x=("We want to invite you for demo class on {dl}, 4 PM. Unfortunately our projector is broken now, so please prepare paper materials. See you!", "It is our pleasure to receive you for interview in our office, {dl} at 10h00. Unfortunately the building has no garage; use the public park in front."))
mo("next_steps", "tl", "Next step: online assessment", "Dear {n},\n\nYour next stage is an online numbers-and-judgement assessment, due {dl}. Unfortunately its clock keeps running once begun, so reserve 45 quiet minutes.\n\nHuman Resources\n{co}", ("Coimbra Mutual Assurance", "Malleswaram Civic Bank"), ("coimbramutual", "malleswarambank"), tz=("pt", "blr"))
mo("next_steps", "ic", "Documents needed – requisition {ref}", "Dear {n},\n\nNext, upload a scan showing {x} before {dl}. Unfortunately tilted phone snaps get bounced; a flatbed or scanner app works.\n\n{co} Talent Team", ("Altona Grain Terminal", "Legon Fuel Logistics"), ("altonagrain", "legonfuel"), x=("your Class 1 licence", "your ADR certificate"), tz=("mb", "gh"))
mo("next_steps", "civil", "Document verification", "Dear {n},\n\nKindly report on {dl} for verification of documents, bringing all originals and two passport photos (white background). Regrettably, photocopies alone will be refused.\n\n{sig}\n{co}", ("Bengaluru Metropolitan Water Board", "Ministry of Rural and Maritime Services"), ("bmwaterboard", "ruralmaritime"), tz=("blr", "fj"))
mo("next_steps", "ab", "Take-home task", "Hi {n},\n\nThanks for the chat! Step two is a small take-home; return it by {dl}. Sadly this stage is unpaid, so we cap it at three hours.\n\n{sig}\n{co}", ("Castcradle Podcast Hosting", "Timetabler Schools Software"), ("castcradle", "timetabler"), tz=("nz", "usp"))
mo("next_steps", "grad", "Assessment centre booking", "Dear {n},\n\nBravo on clearing the online test. Grab an assessment-centre seat before {dl}. Unfortunately fares come out of your pocket; lunch is provided.\n\nEarly Careers Team\n{co}", ("Westcountry Rail Engineering", "Northfield Actuarial Partners"), ("westcountryrail", "northfieldactuarial"), tz=("cw", "ie"))
mo("next_steps", "health", "Compliance documents", "Hi {n},\n\nTo get you on the books, please send your registration PIN, two references and immunisation records by {dl}. Annoyingly, relatives won't do as referees, so pick two managers.\n\n{sig}\n{co}", ("Carefield Nurse Staffing", "Kestrelbrook Health Recruit"), ("carefieldstaff", "kestrelbrook"), tz=("uk", "usc"))
mo("offer", "events", "RE: [EXT] Re: Event coordinator", "Olá {n},\n\nThanks for your email! The directors want you as Event coordinator. First day: {dl}. Unfortunately the office parking is full, but there is a metro stop at the door. Contract attached.\n\nCumprimentos,\n{sig}\n\n{GM}", ("Fontainhas Eventos Lda", "Harbourside Occasions"), ("tamegaeventos", "harboursideocc"), tz=("pt", "uk"))
mo("offer", "camp", "Offer – camp cook", "Hey {n},\n\nGood news mate: the client wants you on the 2-and-1 roster starting {dl}. Unfortunately the camp gym is closed for repairs this swing. Letter's attached – sign it and fire it back.\n\n{sig}\n{co}", ("Redbank Remote Catering", "Southern Alps Lodge Kitchens"), ("redbankcatering", "alpslodgekitchens"), tz=("au", "nz"))
mo("offer", "gh-fj", "Offer of employment", "Dear {n},\n\n{x}\n\n{sig}\n{co}", ("Abossey Okai Auto Spares", "Koro Sea Retreat"), ("abosseyspares", "kororetreat"), tz=("gh", "fj"), x=("Management offers you the post of Parts Counter Clerk with effect from {dl}. Unfortunately every staff room is occupied, so you will find your own lodging for now.", "Bula! The Housekeeping Attendant role is yours. Start date {dl}. Sadly the staff bus is in the garage this week; carpool or taxi for the first days."))
mo("offer", "mb-snow", "welcome aboard", "Hi {n}, you're hired for the plow crew starting {dl}. Bad news is our second truck is still in the shop so first week is shovel and blower work. Bring warm gear. {sig}, {co}", "Red River Lot Clearing", "redriverlots", tz="mb")
# ---- other mix mail: statuses, alerts, outreach, non-job refusals
mo("other_job", "fern", "Status update: {role}", "Hello {n},\n\nSomething on your application just changed.\n\nPosition: {role}\nStatus now → Withdrawn by you\n\nFerncaddy Candidate Portal on behalf of {co}", ("Stenalees Builders", "Gallowgate Cinemas Ltd"), ("stenaleesbuild", "gallowgatecinemas"), role=("Site Administrator", "Projectionist"), tz=("uk", "usc"))
mo("other_job", "lint", "Update on {role}", "<html><body><p>Hi {n},</p><p>{co} changed the stage of your <b>{role}</b> application.</p><p>Current stage: <b>On hold – hiring paused until next quarter</b></p><p style='color:#888'>Sent via Lintwhistle</p></body></html>", ("Copperkettle Foods", "Bluefin Aquarium Supplies"), ("copperkettle", "bluefinaquarium"), role=("Line Lead", "Store Assistant"), tz=("au", "cae"))
mo("other_job", "fj-moved", "Interview moved", "Bula {n},\n\nYour interview has moved from Friday to Monday, because Friday is the Fiji Day public holiday. Same time, same place. Vinaka!\n\n{sig}\n{co}", "Koro Sea Retreat", "kororetreat", tz="fj")
mo("job_alert", "footer", "New this week at {co}", "Hi {n},\n\nA new role matches your saved search: Weekend Stock Assistant (16 hrs, Saturdays and Sundays). Apply from your candidate account.{FOOT}", ("Brannock Hardware", "Coldharbour Tool & Paint", "Topspin Racket & Run"), ("brannockhardware", "coldharbourtool", "topspinracket"), tz=("uk", "ie", "use"), n=3)
mo("recruiter_outreach", "gh", "Opportunity: Terminal Operations Lead", "Dear {n},\n\nA cold-storage client near Tema harbour wants a Terminal Operations Lead, and your background fits. Might you have ten minutes by phone, say Thursday?\n\nBest,\n{sig}\n{co}", "Akwaaba Talent Solutions", "akwaabatalent", tz="gh")
mo("recruiter_outreach", "blr", "Lead role – Bengaluru", "Hi {n},\n\nHope all good. One client in Hoskote needs a Warehouse Automation Lead and your profile fits nicely. Free to talk tomorrow?\n\nRegards,\n{sig}\n{co}", "Lalbagh Consulting Services", "lalbaghconsult", tz="blr")
mo("non_job_rejection_words", "flat", "Re: the flat on {x}", "Hi {n},\n\nTa for looking round the flat on {x}. Unfortunately the landlord took another tenant's offer, so it's gone. Similar ones will come your way from us.\n\n{sig}\n{co}", ("Harbour Lettings", "Prairie Home Rentals"), ("harbourlettings", "prairiehomerentals"), x=("Coinagehall Street", "Corydon Avenue"), tz=("cw", "mb"))
mo("non_job_rejection_words", "ballot", "Ballot result", "Dear {n},\n\nThe draw for {x} is done, and your ticket wasn't pulled this year. Sorry. Expect the fee back on your card inside ten days.\n\n{co}", ("Kernow Coast Half Marathon", "Busan Lantern Festival Seats"), ("kernowcoasthalf", "lanternseats"), x=("the coast half marathon", "the festival grandstand seats"), tz=("cw", "kr"))
mo("non_job_rejection_words", "grant", "Community grant decision", "Dear {n},\n\nYour Small Grants Fund bid for the youth rugby kit was read by the panel. We regret it was unsuccessful this round; asks ran far beyond the money in the pot.\n\n{sig}\n{co}", "Ba Province Community Trust", "baprovincetrust", tz="fj")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} (via Cindervane" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tag = f"\n\n[Cindervane{ch} · {fam}]"
    full = f"{dom}.cindervane{ch.lower()}"
    wr(fam, rej[0], rej[1] + tag, co, full, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tag, co, full, frm=via(ch), tz=tz)


pair("sealingwaxpouring", "Alder", "Wickmoor Seals & Stationery", "wickmoorseals", "uk", ("Wax pourer vacancy", "Hi {n},\n\nThanks for the sample seals you posted. We needed someone who could pour and stamp wax in a steady hand at 200 a day for the wedding season, and took on a pourer who did precisely that at a print shop. Best of luck.\n\n{sig}"), ("application_received", "Wax pourer – we have your samples", "Hi {n},\n\nYour sample seals arrived safe. We'll try you at the bench within a fortnight; if the wedding orders dry up before then, the role may lapse and we'll say so plainly.\n\n{sig}"))
pair("abacusbeadturning", "Birch", "Kesari Counting Frames", "kesariframes", "blr", ("Bead turner post", "Dear {n},\n\nThank you for applying to turn abacus beads at our Malleswaram unit. We have engaged an artisan from Channapatna who already works the lathe with lac colours, and the lathe seat is taken. Best wishes from the unit.\n\n{sig}"), ("interview", "Lathe trial – {dl}", "Dear {n},\n\nPlease come for a lathe trial on {dl}, 10 AM, at the Malleswaram unit. Unfortunately the power cuts are frequent in the afternoons, so we start early.\n\n{sig}"))
pair("tuningforkgrinding", "Cedar", "Heddon Acoustic Instruments", "heddonacoustic", "usc", ("Fork grinder position", "Hi {n},\n\nWe appreciate your interest in grinding tuning forks for our clinical and music lines. After the bench test we hired a machinist with more experience holding frequency to a tenth of a hertz. We wish you well.\n\n{sig}"), ("next_steps", "Bench test sample", "Hi {n},\n\nBefore the bench test, please grind and send one C512 blank by {dl}. Sadly postage is on you for now; hang on to the receipt and it's refunded if you're hired.\n\n{sig}"))
pair("lanternhornpressing", "Damson", "Trewinnard Lantern Works", "trewinnardlantern", "cw", ("Horn presser – our answer", "Alright {n},\n\nGood of 'ee to visit the horn press. 'Tis Jowan we're taking on, from St Just, who has pressed horn panes for a museum replica run before. Wishing 'ee all the best.\n\n{sig}"), ("offer", "Horn presser – the job's yours", "Alright {n},\n\nHorn presser's yours from {dl}. Unfortunately our heater's given up the ghost, so wrap up warm till it's mended.\n\n{sig}"))
pair("rockingchairrushing", "Elder", "Bluegum Rush Seating", "bluegumrush", "au", ("Chair rusher role", "G'day {n},\n\nNice photos of the rush seats. The job's gone to an applicant who can twist seagrass and rush both, since half our orders are seagrass now. Good luck with it.\n\n{sig}"), ("application_received", "Chair rushing – photos received", "G'day {n},\n\nPhotos in, cheers. I go through the lot by Friday, and either answer gets a reply from me.\n\n{sig}"))
pair("sledrunnerbending", "Fir", "Pinawa Sled Shop", "pinawasled", "mb", ("Runner bending job", "Hi {n},\n\nThanks for applying to steam and bend sled runners this winter. We filled the spot with a fellow from Lac du Bonnet who's bent ash for toboggans for years. Take care out there.\n\n{sig}"), ("interview", "Come by the shop", "Hi {n},\n\nSwing by {dl} around 1 pm to try a runner on the steamer? Unfortunately the road in isn't plowed past the gate yet, so park at the end.\n\n{sig}"))
pair("quiltframejoining", "Gorse", "Amish Lane Quilt Frames", "amishlanequilt", "use", ("Frame joiner", "Dear {n},\n\nAbout joining quilt frames with us: We have hired a woodworker who has already made mortise-and-tenon frames in cherry. We wish you every success.\n\n{sig}"), ("next_steps", "Frame joint sample", "Dear {n},\n\nPhotos of one mortise-and-tenon joint of yours, please, before {dl}. Unfortunately video won't open on our system – stills only.\n\n{sig}"))
pair("birdhousepegging", "Hazel", "Fennwick Nestbox Co.", "fennwicknestbox", "uk", ("Birdbox pegger", "Hello {n},\n\nThanks for applying for the nestbox pegging role. Someone who already pegs boxes got it, for the wildlife trust, so that post is now filled. Good luck.\n\n{sig}"), ("offer", "Nestbox pegging – offer", "Hello {n},\n\nThe nestbox pegging role is yours from {dl}. Sadly the workshop van is in for repairs, so catch the bus to the yard for now.\n\n{sig}"))
pair("stiltturning", "Ilex", "Big Top Stilt Makers", "bigtopstilts", "nz", ("Stilt turner – outcome", "Kia ora {n},\n\nThanks heaps for applying to turn stilts for our circus school orders. We chose a turner who's already worked aluminium and ash both. All the best.\n\n{sig}"), ("application_received", "Stilt turner – got it", "Kia ora {n},\n\nThanks, your stilt-turning application is in. If another turner gets picked, a quick note from me goes out – no silent treatment here.\n\n{sig}"))
pair("dartfletching", "Juniper", "Bullseye Flight Works", "bullseyeflight", "za", ("Fletching job", "Hi {n}\n\nThanks for the flights you sent. We hired a fletcher who knows our nylon and feather lines already. Good hunting.\n\n{sig}"), ("interview", "Fletching trial", "Hi {n}\n\nPlease come in for a fletching trial on {dl} at 9:00. Unfortunately parking on site is limited, use the street.\n\n{sig}"))
pair("thermosflaskfitting", "Kauri", "Kettlebrook Vacuum Flasks", "kettlebrookflask", "ie", ("Flask fitter", "Hi {n},\n\nThanks for coming to the factory trial. We've filled the flask fitting role with a candidate who's done vacuum-seal fitting in a brewery. Best of luck.\n\n{sig}"), ("next_steps", "Medical form", "Hi {n},\n\nThe attached medical form needs to come back by {dl}. Unfortunately nobody starts on the line until it's in.\n\n{sig}"))
pair("lacrosseweaving", "Larch", "Stickhandle Pocket Co.", "stickhandlepocket", "cae", ("Pocket weaver", "Hi {n},\n\nWe appreciate your application to string lacrosse pockets. We picked a stringer who's strung traditional leather pockets for a league. All the best.\n\n{sig}"), ("interview", "Stringing test", "Hi {n},\n\nCome string a test pocket on {dl}, 10 am. Unfortunately the shop's loaner heads are all out, so bring your own head.\n\n{sig}"))
pair("pennywhistledrilling", "Maple", "Marsham Whistle Makers", "marshamwhistle", "uk", ("Whistle driller post", "Dear {n},\n\nAbout the whistle drilling post: we picked a maker who's bored tin and brass whistles for a decade. Best wishes.\n\n{sig}"), ("application_received", "Whistle driller application", "Dear {n},\n\nApplication safely in. Answer due in about two weeks, whatever it is.\n\n{sig}"))
pair("doorknockercasting", "Nutmeg", "Ashanti Bronze Casting Guild", "ashantibronze", "gh", ("Caster position", "Dear {n},\n\nWe thank you for applying to cast door knockers. Please, the guild has engaged a caster who already works the lost-wax method at Krofofrom. We wish you well.\n\n{sig}"), ("offer", "Caster position – offer", "Dear {n},\n\nThe guild offers you the caster position from {dl}. Unfortunately the furnace is being relined; you'll start on finishing and polishing.\n\n{sig}"))
pair("rollerskatetruing", "Olive", "Truewheel Skate Repair", "truewheelskate", "usp", ("Skate tech", "Hey {n},\n\nTa for wanting to true skate wheels with us. We hired a tech who's already rebuilt trucks and plates for the roller derby team. Best of luck out there.\n\n{sig}"), ("next_steps", "Skills check", "Hey {n},\n\nAhead of meeting, fill out the skills checklist by {dl}. Unfortunately the shop phone is down, email only.\n\n{sig}"))
pair("mousetrapsetting", "Poplar", "Trapline Pest Products", "traplinepest", "nz", ("Trap setter", "Kia ora {n},\n\nThanks for applying to set and test our snap traps. We've hired a tester who did DOC trap lines in Fiordland. Ngā mihi.\n\n{sig}"), ("application_received", "Trap tester – received", "Kia ora {n},\n\nThanks for your application. We'll shortlist by Friday; miss the cut and a short note from me follows.\n\n{sig}"))
pair("spectacleframebending", "Quince", "Opticraft Frame Studio", "opticraftframe", "in", ("Frame bender opening", "Dear {n},\n\nThank you for applying to bend spectacle frames. We have selected a technician with prior acetate and titanium experience. Our best wishes to you.\n\n{sig}"), ("interview", "Trial on {dl}", "Dear {n},\n\nKindly come for a trial on {dl}, 11 AM. Unfortunately the lift has a technician in it; climb to floor two.\n\n{sig}"))
pair("tinwhistletuning", "Rowan", "Tollcross Whistle Co.", "tollcrosswhistle", "ie", ("Whistle tuner", "Hi {n},\n\nThanks for the whistles you tuned for us. The job went to a tuner who's voiced low whistles for session players. Best of luck.\n\n{sig}"), ("next_steps", "Tuning test", "Hi {n},\n\nThree tuned whistles to us by {dl}, please. Unfortunately samples stay with us.\n\n{sig}"))
pair("cuckooclockpainting", "Spruce", "Kitto Wall-Clock Painters", "kittoclock", "cw", ("Clock painter", "Alright {n},\n\nThanks for sending your painted clock faces. We've taken on a painter who's done the carved-leaf style before. All the best.\n\n{sig}"), ("application_received", "Clock painter application", "Alright {n},\n\nApplication's in. Good or bad, you get an answer, promise.\n\n{sig}"))
pair("corkscrewtwisting", "Teak", "Tamega Wire Tools Lda", "tamegawire", "pt", ("Twister position", "Dear {n},\n\nWe thank your interest in the corkscrew twister vacancy. We inform that we selected a candidate with experience in spring wire. We wish you success.\n\n{sig}"), ("offer", "Proposal – corkscrew twister", "Dear {n},\n\nWe have the pleasure to propose you the corkscrew twister function from {dl}. Unfortunately the canteen is closed in August.\n\n{sig}"))
pair("nutcrackerturning", "Ulmus", "Hwangnam Wood Turning", "hwangnamwood", "kr", ("Turner application", "Dear {n},\n\nThank you for applying for nutcracker turner. After review, we decided to hire other turner who has more experience with walnut. Thank you for understanding.\n\n{sig}"), ("interview", "Interview invitation", "Dear {n},\n\nWe invite you for interview on {dl} at 2 PM. Unfortunately our building has no elevator.\n\n{sig}"))
pair("teacosyquilting", "Vine", "Cosy Corner Textiles", "cosycorner", "uk", ("Tea cosy quilter", "Dear {n},\n\nThank you for applying to quilt tea cosies. We've chosen a quilter who's already done our hexagon pattern. All the best.\n\n{sig}"), ("next_steps", "Sample cosy", "Dear {n},\n\nPost us one sample cosy before {dl}. Sadly samples go unpaid.\n\n{sig}"))
pair("bootjackcutting", "Willow", "Saddleback Leather & Wood", "saddlebackleather", "usc", ("Bootjack cutter", "Howdy {n},\n\nThanks for applying to cut bootjacks. We took on a fella that's run a scroll saw for the ranch store. Best of luck.\n\n{sig}"), ("application_received", "Bootjack cutter – got it", "Howdy {n},\n\nYour application's here. Whichever way we jump, I'll write and say.\n\n{sig}"))
pair("spurrowelfiling", "Yew", "Prairie Spur Smiths", "prairiespur", "mb", ("Rowel filer", "Hi {n},\n\nThanks for applying to file spur rowels. We hired a smith who's done rowels for the rodeo crowd. Best of luck.\n\n{sig}"), ("offer", "Rowel filer – offer", "Hi {n},\n\nRowel filer job's yours, starting {dl}. Unfortunately the forge is closed Mondays.\n\n{sig}"))
pair("hatpinsharpening", "Zelkova", "Flemington Hatpin Works", "flemingtonhatpin", "au", ("Hatpin sharpener", "G'day {n},\n\nThanks for applying to sharpen hatpins. A sharpener who's done our racing-carnival pins got the job. Cheers.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "cindervane", "Cindervane weekly: new bench jobs", "Hi {n},\n\nNew this week on Cindervane: a sled runner bender (Manitoba), a whistle tuner (Ireland), a quilt frame joiner (Pennsylvania). Log in to see all.\n\nCindervane Jobs", "Cindervane Jobs", "cindervanejobs", frm="Cindervane Jobs <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "market", "Craft fair pitch", "Hi {n},\n\nAbout your winter craft fair pitch request: unfortunately stallholders outnumbered pitches and yours wasn't allocated this year.\n\n{sig}\n{co}", "Kernow Winter Craft Fair", "kernowcraftfair", tz="cw")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (swe 2, dan 2, pol 2, ces 2, ron, msa); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(f"{lang}-{fam}", rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], f"{lang}-{fam}", twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("khanjar", "ar", "ورشة الوادي للفضيات", "wadisilver", "om", ("بخصوص طلبك لوظيفة صائغ خناجر", "الأستاذة {n} المحترمة،\n\nنشكر لكِ اهتمامك بالعمل في ورشتنا لصياغة الخناجر الفضية. وبعد المقارنة بين المتقدمين، اخترنا صائغًا يتقن النقش اليدوي منذ زمن، ولهذا سيتوقف طلبك عند هذه المرحلة.\n\nدمتِ بخير،\n{sig}"), ("application_received", "استلمنا طلبك", "الأستاذة {n} المحترمة،\n\nطلبك بين أيدينا الآن، وسنراجع جميع الطلبات خلال أسبوعين. وسواء كان الرد بالقبول أو بالاعتذار، فسنكتب إليكِ في الحالتين.\n\nمع التحية،\n{sig}"))
lp("tracht", "de", "Trachtenschneiderei Almrausch", "almrausch", "at", ("Ihre Bewerbung als Trachtenschneiderin", "Guten Tag {full},\n\nschön, dass Sie mit Ihren Nähproben bei uns waren. Die Stelle geht an eine Schneiderin, die bereits Dirndlmieder nach Maß gefertigt hat, und können Ihnen die Stelle daher nicht anbieten.\n\nAlles Gute weiterhin,\n{sig}"), ("interview", "Einladung zum Probenähen", "Guten Tag {full},\n\nkommen Sie bitte am {dl} um 9 Uhr zum Probenähen in unsere Werkstatt. Leider wird unser Innenhof derzeit neu gepflastert; parken Sie am besten in der Garage am Hauptplatz.\n\nFreundliche Grüße\n{sig}"))
lp("pinata", "es", "Taller de Piñatas La Estrella", "pinataslaestrella", "mx", ("Tu solicitud en el taller", "Hola {n}:\n\nQué gusto que vinieras a armar la piñata de prueba. Nos quedamos con una artesana que ya domina el papel china y el engrudo en grandes cantidades, y por eso tu solicitud termina aquí.\n\nSaludos cordiales,\n{sig}"), ("next_steps", "Fotos de tus trabajos", "Hola {n}:\n\nPara seguir, mándanos fotos de tres piñatas tuyas antes del {dl}. Lamentablemente no podemos recibir piezas en persona esta semana.\n\nSaludos,\n{sig}"))
lp("vitrail", "fr", "Atelier du Vitrail Mosan", "vitrailmosan", "be", ("Votre candidature – atelier de vitrail", "Bonjour {full},\n\nMerci d'être passé(e) nous voir avec vos esquisses. Le poste de vitrailliste revient toutefois à une restauratrice qui connaît déjà les verrières d'église ; votre dossier est donc clos de notre côté.\n\nBien cordialement,\n{sig}"), ("offer", "Proposition de poste", "Bonjour {full},\n\nLe poste de vitrailliste est à vous à compter du {dl}, si vous l'acceptez. Hélas, le four de cuisson est en révision ce mois-ci : vous commencerez par le sertissage au plomb.\n\nBien cordialement,\n{sig}"))
lp("bluepottery", "hi", "जयपुर नीली मिट्टी कला केंद्र", "jaipurbluepottery", "in", ("ब्लू पॉटरी चित्रकार – आपकी अर्ज़ी", "{n} जी,\n\nब्लू पॉटरी चित्रकारी हेतु आपके भेजे नमूने हमने देखे। यह जगह एक वरिष्ठ चितेरे ने पाई है, जो बरसों से क्वार्ट्ज़ के घोल पर कोबाल्ट की बेलें उकेरते हैं। सो बेल-बूटे वाले इस काम में इस मौसम आपकी बारी नहीं आएगी।\n\nजयपुर कारखाने की ओर से,\n{sig}"), ("application_received", "अर्ज़ी कारखाने पहुँची", "{n} जी,\n\nब्लू पॉटरी कारखाने को आपका पत्र मिला। फ़ैसला जैसा भी हो, चौदह दिनों में ईमेल पर लिखेंगे।\n\n{sig}"))
lp("marmo", "it", "Laboratorio Marmi Apuani", "marmiapuani", "it", ("La sua candidatura come scalpellino", "Gentile {full},\n\ngrazie dell'interesse e della prova di sbozzatura svolta con noi. Abbiamo scelto uno scalpellino che lavora già lo statuario con il pantografo, perciò chiudiamo qui il suo percorso con noi.\n\nUn cordiale saluto,\n{sig}"), ("interview", "Colloquio in laboratorio", "Gentile {full},\n\nle chiediamo di passare in laboratorio per un colloquio il {dl} alle ore 10. Purtroppo la strada della cava è chiusa per lavori, quindi salga dal lato del paese.\n\nCordiali saluti,\n{sig}"))
lp("kiriko", "ja", "江戸切子工房 すみだ硝", "sumidakiriko", "jp", ("選考結果のご連絡", "{full}様\n\nこのたびは江戸切子職人の求人にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、誠に残念ながら今回は採用を見送らせていただくことになりました。\n\n今後のご活躍をお祈り申し上げます。\n{sig}"), ("next_steps", "作品写真のご提出のお願い", "{full}様\n\n次の選考として、これまでの作品の写真を{dl}までにお送りください。あいにく郵送での作品受付は行っておりませんので、データでお願いいたします。\n\n{sig}"))
lp("najeon", "ko", "한빛 나전칠기 공방", "hanbitnajeon", "kr", ("지원 결과 안내", "{n}님께,\n\n저희 공방의 나전 보조 모집에 응해 주어 고맙습니다. 여러 분을 살펴본 끝에 자개 끊음질 경력이 있는 다른 지원자와 함께하기로 결정하였습니다. 아쉽게도 이번에는 함께하지 못하게 되었습니다.\n\n앞날에 좋은 일만 있기를 바랍니다.\n{sig} 드림"), ("offer", "채용 확정 안내", "{n}님께,\n\n나전칠기 공방 보조로 채용되셨음을 알려 드립니다. 첫 출근일은 {dl}입니다. 다만 작업실 환기 장치가 수리 중이라 첫 주에는 마스크를 꼭 챙겨 주세요.\n\n{sig} 드림"))
lp("berimbau", "pt", "Oficina de Berimbaus Ginga", "berimbausginga", "br", ("Sua candidatura na oficina", "Olá {n},\n\nAgradecemos o interesse na vaga de artesão de berimbaus. A escolha ficou com uma pessoa que lida com biriba e cabaça há muitos anos, e encerramos aqui o seu processo.\n\nUm abraço,\n{sig}"), ("interview", "Convite para conversa", "Olá {n},\n\nQueremos conversar com você na oficina no dia {dl}, às 14h. Infelizmente a porta grande está em reforma; use o acesso lateral.\n\nUm abraço,\n{sig}"))
lp("ichigi", "ru", "Мастерская кожаной мозаики «Ичиги»", "ichigimaster", "ru", ("Ответ по вашей заявке", "Добрый день, {n}!\n\nПризнательны за ваш отклик: вакансия в мастерской кожаной мозаики. Выбор сделан в пользу мастера, который уже шил ичиги по традиционной технике, поэтому вынуждены отказать вам.\n\nС уважением,\n{sig}"), ("next_steps", "Фотографии работ", "Здравствуйте, {n}!\n\nПожалуйста, пришлите фотографии трёх ваших изделий до {dl}. К сожалению, посылки с образцами мы сейчас не принимаем.\n\nС уважением,\n{sig}"))
lp("dhowmodel", "sw", "Karakana ya Mashua za Mfano Lamu", "lamumashua", "ke", ("Kuhusu maombi yako", "Habari {n},\n\nAsante kwa kuomba kazi ya kuchonga mashua za mfano. Tumemchagua fundi ambaye amechonga jahazi za mfano kwa miaka mingi, hivyo hatutaendelea na maombi yako.\n\nKila la heri,\n{sig}"), ("interview", "Mwaliko wa mahojiano", "Habari {n},\n\nKaribu karakanani kwa mahojiano tarehe {dl}, saa nne asubuhi. Kwa masikitiko gati linakarabatiwa, hivyo shuka upande wa kusini wa ufuo.\n\nWako,\n{sig}"))
lp("khon", "th", "บ้านหัวโขนศิลป์ไทย", "huakhonsilp", "th", ("ผลใบสมัครช่างหัวโขน", "ถึง {full}\n\nบ้านหัวโขนได้ดูชิ้นงานที่คุณส่งมาแล้ว ตำแหน่งนี้เราให้ครูช่างที่ลงรักปิดทองมากว่าสิบปี ใบสมัครของคุณจึงขอยุติไว้เพียงเท่านี้ค่ะ\n\nจากบ้านหัวโขน\n{sig}"), ("application_received", "บ้านหัวโขนได้รับใบสมัคร", "ถึง {full}\n\nใบสมัครช่างหัวโขนของคุณส่งถึงบ้านเราครบถ้วนแล้ว จะได้หรือไม่ได้ ทางบ้านจะตอบกลับทางอีเมลก่อนสิ้นเดือนค่ะ\n\n{sig}"))
lp("bakir", "tr", "Gaziantep Bakırcılar Atölyesi", "antepbakir", "tr", ("Başvurunuz hakkında", "Sayın {full},\n\nBakır işleme ustalığı ilanımıza ilginiz bizi memnun etti. Yapılan değerlendirmede kalaycılıkta tecrübeli bir usta tercih edildi; bu yüzden başvurunuz bu aşamada kapanmıştır.\n\nSaygılarımızla,\n{sig}"), ("interview", "Görüşme daveti", "Sayın {full},\n\n{dl} günü, öğleden önce 11'de, sizinle atölyede tanışmak isteriz. Maalesef çarşının girişi tadilatta; lütfen arka kapıyı kullanın.\n\nSaygılarımızla,\n{sig}"))
lp("football", "ur", "سیالکوٹ دستی فٹبال ورکشاپ", "sialkotball", "pk", ("آپ کی درخواست کے بارے میں", "محترمہ {n} صاحبہ،\n\nورکشاپ میں فٹبال سینے کی جگہ کی بابت آپ کا پیغام ملا، بہت مہربانی۔ وہ جگہ سیالکوٹ کی ایک تجربہ کار سلائی کار نے سنبھال لی ہے، چنانچہ آپ کی درخواست پر مزید غور نہیں ہوگا۔\n\nدعاؤں کے ساتھ،\n{sig}"), ("next_steps", "نمونہ بھیجیں", "محترمہ {n} صاحبہ،\n\n{dl} تک اپنا سلا ہوا ایک نمونہ ورکشاپ کو روانہ کر دیجیے۔ افسوس، ڈاک کا کرایہ آپ کے ذمے ہوگا۔\n\nشکریہ،\n{sig}"))
lp("yixing", "zh", "宜兴紫砂壶工作室", "yixingzisha", "cn", ("关于您的应聘结果", "{n}您好：\n\n感谢您应聘我们工作室的紫砂壶制作助理一职。经过综合考虑，我们选择了一位已有多年打身筒经验的师傅，因此这次无法录用您。\n\n祝您一切顺利！\n{sig}"), ("offer", "录用通知", "{n}您好：\n\n很高兴通知您，我们决定录用您为紫砂壶制作助理，入职日期为{dl}。遗憾的是，员工宿舍目前已满，请您暂时自行安排住处。\n\n{sig}"))
lp("dalahast", "swe", "Dalarnas Hästmåleri", "dalahastmaleri", "se", ("Angående din ansökan", "Hej {n},\n\nRoligt att du ville måla hästar hos oss. Vi anställer en sökande som har kurbitsmålat i många år, och därför stannar din ansökan här.\n\nHälsningar från verkstaden,\n{sig}"), ("interview", "Inbjudan till provmålning", "Hej {n},\n\nVälkommen på provmålning i verkstaden den {dl} kl. 10. Tyvärr är parkeringen avstängd, så ta bussen till torget.\n\nVänliga hälsningar,\n{sig}"))
lp("glasbruk", "swe", "Kosterviks Glasbruk", "kostervikglas", "se", ("Svar på din ansökan", "Hej {n},\n\nStort tack för intresset för glasblåsarjobbet. Platsen går till en annan sökande med fler år vid ugnen. Allt gott!\n\nHälsningar,\n{sig}"), ("application_received", "Vi har fått din ansökan", "Hej {n},\n\nTack, din ansökan har kommit fram. Oavsett om svaret blir ja eller nej hör vi av oss inom tre veckor.\n\nMed vänlig hälsning,\n{sig}"))
lp("papirsnor", "dan", "Snorevævernes Værksted", "snorevaevning", "dk", ("Vedrørende din ansøgning", "Kære {n},\n\nTak for din ansøgning om stillingen som snorevæver. Vi ansætter en kandidat med mange års erfaring i papirsnor, så din ansøgning stopper her.\n\nMed venlig hilsen\n{sig}"), ("next_steps", "Prøvearbejde", "Kære {n},\n\nSend os venligst billeder af et sæde, du har flettet, senest {dl}. Desværre kan vi ikke modtage pakker i værkstedet lige nu.\n\nVenlig hilsen\n{sig}"))
lp("keramik", "dan", "Bornholms Lerværksted", "bornholmler", "dk", ("Svar på ansøgning", "Hej {n},\n\nTak fordi du søgte plads ved drejeskiven. Pladsen går til en ansøger, der allerede kender vores glasurer. Alt godt.\n\nVenlige hilsner\n{sig}"), ("offer", "Tilbud om ansættelse", "Hej {n},\n\nStillingen som drejer er din fra den {dl}, hvis du vil have den. Desværre er ovnen til reparation den første uge, så du starter med glasering.\n\nBedste hilsner\n{sig}"))
lp("ceramika", "pol", "Pracownia Ceramiki Bolesławieckiej", "boleslawceramika", "pl", ("Odpowiedź na Pani zgłoszenie", "Dzień dobry {full},\n\ncieszymy się z zainteresowania pracą przy malowaniu ceramiki. Po namyśle wybraliśmy osobę, która od lat pracuje techniką stempelkową, dlatego nie będziemy kontynuować rekrutacji w tej sprawie.\n\nZ poważaniem,\n{sig}"), ("interview", "Zaproszenie na rozmowę", "Dzień dobry {full},\n\nzapraszamy na rozmowę do pracowni w dniu {dl} o godz. 10:00. Niestety parking przed budynkiem jest w remoncie.\n\nZ poważaniem,\n{sig}"))
lp("bursztyn", "pol", "Gdańska Pracownia Bursztynu", "gdanskbursztyn", "pl", ("Rekrutacja – szlifierz bursztynu", "Dzień dobry {full},\n\nmiło nam, że zgłosił(a) się Pan/Pani do naszej pracowni. Posadę szlifierza otrzymuje osoba, która zna oprawę w srebrze. Życzymy powodzenia.\n\nPozdrawiamy,\n{sig}"), ("application_received", "Potwierdzenie zgłoszenia", "Dzień dobry {full},\n\notrzymaliśmy zgłoszenie. Niezależnie od decyzji odpowiemy w ciągu dwóch tygodni.\n\nPozdrawiamy,\n{sig}"))
lp("koralky", "ces", "Jablonecká korálkovna", "jabloneckoralky", "cz", ("Odpověď na Vaši žádost", "Dobrý den, {n},\n\nVáš zájem o práci navlékačky korálků nás potěšil. Vybrali jsme uchazečku, která již pracovala s vinutými perlemi, a proto Vaši žádost dále nebudeme posuzovat.\n\nS pozdravem\n{sig}"), ("next_steps", "Ukázka práce", "Dobrý den, {n},\n\npošlete nám prosím fotografie svých prací nejpozději do {dl}. Bohužel vzorky poštou nepřijímáme.\n\nS pozdravem\n{sig}"))
lp("loutky", "ces", "Loutkářská dílna U Kašpárka", "loutkydilna", "cz", ("Výběrové řízení – řezbář loutek", "Dobrý den, {n},\n\njsme rádi za Vaši přihlášku na místo řezbáře. Rozhodli jsme se pro řezbáře, který už vyřezával marionety pro divadlo. Přejeme hodně štěstí.\n\nS pozdravem\n{sig}"))
lp("horezu", "ron", "Atelierul de Ceramică Horezu", "horezuceramica", "ro", ("Răspuns la candidatura dvs.", "Bună ziua, {n},\n\nNe bucură interesul pentru postul de olar. Am ales un meșter care pictează de mult timp cocoșul de Horezu, așa că nu vom continua cu dosarul dvs.\n\nCu stimă,\n{sig}"), ("offer", "Ofertă de angajare", "Bună ziua, {n},\n\nAvem plăcerea să vă oferim postul de olar începând cu {dl}. Din păcate, cuptorul este în reparație, așa că veți începe cu pictura.\n\nCu stimă,\n{sig}"))
lp("batik", "msa", "Bengkel Batik Kelantan Seri", "batikkelantanseri", "my", ("Keputusan permohonan anda", "Salam sejahtera {n},\n\nKami gembira anda berminat melukis batik di Kelantan. Bengkel telah memilih seorang calon yang mahir menggunakan canting dan blok, jadi permohonan anda berhenti di sini.\n\nSekian, terima kasih.\n{sig}"), ("application_received", "Permohonan diterima", "Salam sejahtera {n},\n\nKami telah menerima permohonan anda. Apa pun keputusannya, anda akan menerima e-mel daripada kami dalam tempoh empat belas hari.\n\nTerima kasih,\n{sig}"))


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
    return SIGNERS[zone]


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


DIGITS: dict[str, dict[int, str]] = {}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
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
        return f"{q:%A, %B} {q.day}, {q.year} {clock}", f"{q:%a, %b} {q.day}, {q.year} at {clock}"
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q:%a}, {q.day} {q:%b %Y} at {q:%H:%M}"


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
            slots["x"], slots["y"] = fill(slots["x"], slots), fill(slots["y"], slots)
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
    """Every .jsonl in data/ and data/blind/ up to slice 128; this slice and any later one are skipped by number."""
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
