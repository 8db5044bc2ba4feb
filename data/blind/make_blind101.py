# ruff: noqa: E501, S311
"""Write the hundred-and-first sealed blind slice for issue 11 (blind-slice-101.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 100; slice 101 and later never read; our side printed)
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

SEED = 1011011
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-101.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 101
SKIP_FROM = 101  # slice 102 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Eilidh MacAskill", "Wanjiku Kamau", "Litia Qalo", "Jun Hao Teo", "Shamika Greaves", "Iker Sarasola",
    "Seo-yeon Baek", "Torquil Gunn", "Nafula Wekesa", "Vilisi Tuilau", "Khairul Anwar", "Rhea Cumberbatch",
    "Pilar Ochandiano", "Dong-hyun Ryu", "Catriona Baird", "Otieno Owuor", "Sainimere Rokotuiwai", "Priyanka Sivalingam",
    "Jahmal Bynoe", "Ainhoa Etxeberria", "Min-ji Seong", "Fergus Lindsay", "Chebet Langat", "Ravinesh Prasad",
    "Hui Min Low", "Tamara Alleyne", "Oriol Bassas", "Hye-won Noh", "Morven Strachan", "Kagwe Mburu",
    "Adi Salote Vunivalu", "Clement Yeo", "Deandra Weekes", "Larraitz Uriarte", "Ga-eun Hwang", "Ciaran Lennox",
]
REGION_SIGNERS = {
    "uk": ["Philippa Thornycroft", "Dominic Ashworth", "Marisa Kettlewell", "Yusuf Hamid"],
    "sc": ["Isla Drummond", "Alasdair Munro", "Kirsty Cowan", "Euan Macrae"],
    "ie": ["Aoibheann Keogh", "Tadhg Moriarty", "Nuala Breen"],
    "us": ["Corinne Lafferty", "Desmond Whitacre", "Rosalind Okafor", "Tyrell Haskins"],
    "ca": ["Mireille Gagnon", "Gurpreet Dhaliwal", "Shauna MacIsaac"],
    "au": ["Kylie Pemberton", "Stavros Kounelis", "Jacinta Murrell"],
    "nz": ["Aroha Tipene", "Graeme Pickering", "Sione Fifita"],
    "za": ["Lindiwe Dube", "Hennie van Wyk", "Refilwe Mokoena"],
    "in": ["Lakshmi Narayanan", "Gurdeep Bains", "Sudipta Ghosh"],
    "ng": ["Temitope Adeyemi", "Chiamaka Eze"],
    "ke": ["Njeri Wambui", "Kipchumba Koech", "Auma Ochieng", "Mutua Musyoka"],
    "sg": ["Goh Siew Lan", "Muthu Krishnan", "Nur Aisyah Rahim", "Lim Boon Keng"],
    "fj": ["Mereseini Naivalu", "Jone Ratu", "Shalini Devi", "Viliame Tuivaga"],
    "bb": ["Marcia Blackman", "Desiree Trotman", "Carlisle Worrell", "Ricardo Boyce"],
    "es": ["Begoña Arrieta", "Javier Montalbán", "Rocío Peñalver", "Xabier Goñi"],
    "kr": ["Kim Soo-jin", "Park Jae-hoon", "Lee Eun-ji", "Choi Min-seok"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["رنا العبادي", "سهى الشريف"], "de": ["Heike Vollmer", "Matthias Gruber"],
    "es": ["Inmaculada Berrocal", "Gonzalo Villaseñor"], "fr": ["Maëlle Kerbrat", "Gaëtan Roussel"],
    "hi": ["सरोज खन्ना", "अनुराधा पाठक"], "it": ["Ornella Cattaneo", "Stefano Brambilla"],
    "ja": ["中村 由美", "高橋 誠"], "ko": ["윤서연", "한동훈"], "pt": ["Inês Magalhães", "Joana Pestana"],
    "ru": ["Ольга Белова", "Сергей Ковалёв"], "sw": ["Neema Mrisho", "Juma Athumani"],
    "th": ["สุนันทา ศรีสุข", "มาลี วงศ์ใหญ่"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["رخسانہ ملک", "شازیہ نقوی"], "zh": ["李秀英", "张建国"],
    "nld": ["Marloes de Vries", "Joost van Dijk"], "pol": ["Agnieszka Wróblewska", "Krzysztof Zając"],
    "swe": ["Ingrid Lundqvist", "Mattias Ekström"], "ces": ["Lenka Horáková", "Petr Dvořák"],
    "ron": ["Ioana Popescu", "Mihai Dumitrescu"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى القاسم", "منى الحسيني"], "de": ["Franziska Köhler", "Jonas Reuter"],
    "es": ["Lucía Carrasco", "Diego Montoya"], "fr": ["Anaïs Lefebvre", "Quentin Morel"],
    "hi": ["दीपिका सहगल", "मनीष राठौर"], "it": ["Federica Rinaldi", "Davide Esposito"],
    "ja": ["松本 千尋", "井上 大輝"], "ko": ["이수민", "최지훈"], "pt": ["Beatriz Correia", "Tiago Nogueira"],
    "ru": ["Анна Смирнова", "Игорь Васильев"], "sw": ["Halima Salim", "Peter Mwangi"],
    "th": ["กนกพร ทองดี", "ธนวัฒน์ ใจดี"], "tr": ["Selin Arslan", "Kerem Öztürk"],
    "ur": ["سمیرا حسین", "حنا رضوی"], "zh": ["赵敏", "孙磊"],
    "nld": ["Femke Bakker", "Daan Visser"], "pol": ["Magdalena Kowal", "Paweł Nowicki"],
    "swe": ["Elin Sjöberg", "Oskar Holm"], "ces": ["Tereza Králová", "Jakub Veselý"],
    "ron": ["Andreea Stan", "Radu Ionescu"],
}
GIVEN = {
    "Jun Hao Teo": "Jun Hao", "Hui Min Low": "Hui Min", "Adi Salote Vunivalu": "Salote", "Clement Yeo": "Clement",
    "Goh Siew Lan": "Siew Lan", "Lim Boon Keng": "Boon Keng", "Kim Soo-jin": "Soo-jin", "Park Jae-hoon": "Jae-hoon",
    "Lee Eun-ji": "Eun-ji", "Choi Min-seok": "Min-seok", "Nur Aisyah Rahim": "Aisyah",
}
PROVIDERS = ["quernmail", "slatebox", "fernpost", "ospreymail", "tidebox", "heathpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sc": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "bb": ("-0400", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "fj": ("+1200", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap")
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
    TEMPLATES.append(T(part, label, kind, f"blind101-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, thanks for the tour on Thursday. Tuesdays free up for me from next month.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-internal", "Requisition {ref} – {role}: update", "Dear {n},\n\nThe {role} requisition at {co} is going to an existing colleague from within the business, so today your application closes.\n\nFeel free to keep using your candidate home for later requisitions.\n\nTalent Acquisition\n{co}", ("Kirkwall Seafoods Processing", "Bridgetown Yacht Electrics"), ("kirkwallseafoods", "bridgetownyachtelec"), role=("Line Supervisor", "Stores Clerk"), tz=("sc", "bb"))
mr("gh-finalist", "Your application to {co}", "Hi {n},\n\nThanks so much for interviewing for {role}. One of our finalists said yes this week, so the search is closed.\n\nIt was a treat to get to know you – go well.\n\nWarmly,\n{sig}\nPeople Team, {co}", ("Gwangju Battery Labs", "Tampa Bay Airboat Tours"), ("gwangjubattery", "tampaairboat"), role=("Process Technician", "Guide Coordinator"), tz=("kr", "use"))
mr("lever-pool", "{co} – {role}", "Hello {n},\n\nThe {role} application you sent was clearly done with care. For this opening the team has picked other profiles.\n\nYour details stay on file eighteen months; REMOVE as a reply gets them deleted sooner.\n\n{co} Recruiting", ("Malaga Sunshade Awnings", "Rakiraki Cane Logistics"), ("malagasunshade", "rakirakicane"), role=("Installer", "Yard Dispatcher"), tz=("es", "fj"))
mr("sr-table", "Application status: {role}", "<html><body><p>Dear {n},</p><p>Your file was just updated.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Closed – another applicant appointed</td></tr></table><p>{co} wishes you well.</p></body></html>", ("Oistins Craft Market Co-op", "Stirling Campus Print Shop"), ("oistinscoop", "stirlingprint"), role=("Market Porter", "Print Finisher"), tz=("bb", "sc"))
mr("icims-missing", "{co}: {role} (Req {ref})", "Dear {n},\n\nRe your {role} application with {co}: screening has marked it Not Selected – {x}.\n\nThis requirement is set out in the posting and we are unable to waive it. You may reapply once you hold it.\n\nRecruitment Operations", ("Sagana Dairy Cooperative", "Speightstown Ferry Services"), ("saganadairy", "speightstownferry"), role=("Milk Tanker Driver", "Deckhand"), x=("Valid Class CE Licence Not Supplied", "STCW Basic Safety Certificate Missing"), tz=("ke", "bb"))
mr("taleo-cancel", "Job Posting {ref} Withdrawn", "Dear {n},\n\nWe are writing regarding your application for {role} ({ref}). Following {x}, {co} has pulled this requisition; nobody will be hired under it.\n\nEvery application on the posting is therefore closed.\n\nHuman Resources Shared Services", ("Zaragoza Rail Components", "Lami Harbour Stevedoring"), ("zaragozarail", "lamistevedore"), role=("Quality Inspector", "Crane Signaller"), x=("a review of our production forecast", "a change to the port roster"), tz=("es", "fj"))
mr("workable-trial", "{role} at {co}", "Hi {n},\n\n{x} people wanted the {role} spot and there were five paid trial days to give. Those five are spoken for, which closes your application.\n\nCheers,\n{sig}", ("Incheon Night Market Noodles", "Mallaig Harbour Crêperie"), ("incheonnoodles", "mallaigcreperie"), role=("Wok Cook", "Counter Assistant"), x=("134", "58"), tz=("kr", "sc"))
mr("bamboo-hours", "About your application – {co}", "Hi {n},\n\nAbout {role}: our regulars have snapped up the advertised hours, leaving nothing spare right now, so I've closed your file.\n\nThanks,\n{sig}\n{co}", ("Holetown Ice Cream Parlour", "Wendani Road Phone Repairs"), ("holetownicecream", "wendaniphones"), role=("Scooper", "Repair Technician"), tz=("bb", "ke"))
mr("tt-korean", "[{co}] Result of your application", "Dear {n}\n\nWe appreciate for your applying to {role} position. After careful review of many applicant, sorry to inform we decided proceeding with other candidate more matching to our team need.\n\nWishing your success.\n\n{sig} (HR)\n{co}", ("Hanbit Cosmetics Seoul", "Daon Semiconductor Packaging"), ("hanbitcos", "daonpack"), role=("Export Assistant", "QC Inspector"), tz=("kr", "kr"))
mr("tt-spanish", "{co} | Your candidature", "Hello {n},\n\nWe thank very much your candidature for {role}. Finished the selection process, we lament to communicate you that your profile do not pass to the next phase.\n\nIf you permit it, we conserve your CV for future offers.\n\nA cordial greeting,\n{sig}\n{co}", ("Bilbao Ironworks Tours", "Murcia Citrus Packers"), ("bilbaoirontours", "murciacitrus"), role=("Tour Guide", "Line Operator"), tz=("es", "es"))
mr("pinpoint-score", "Your {role} application", "Dear {n},\n\nYour {role} application at {co} was marked on the shortlisting criteria: {x} of a possible 50, with the interview line at {y}. It goes no further.\n\nRegards,\nRecruitment, {co}", ("Aberdeen Tenants' Advice Service", "Mbita Lakeside Women's Savings Group"), ("abdntenants", "mbitasavings"), role=("Advice Worker", "Records Officer"), x=("24", "29"), y=("31", "35"), tz=("sc", "ke"))
mr("jazz-closed", "{role} vacancy closed", "Hello {n},\n\nQuick update on {role}: we've hired, the advert is down, and every application still open is being closed, yours included.\n\n{sig}", ("Namaka Airport Shuttle Co", "Tengah Pet Grooming Studio"), ("namakashuttle", "tengahgroom"), role=("Driver", "Groomer Assistant"), tz=("fj", "sg"))
mr("ashby-debrief", "Following up: {role}", "Hi {n},\n\nThanks for all the conversations this past week. The panel sat down to debrief on {role}, and the decision was to stop your candidacy here.\n\nMuch appreciated.\n\n{sig}\n{co}", ("Kelpwise Analytics", "Brightfold Payroll Software"), ("kelpwise", "brightfold"), role=("Data Engineer", "Implementation Consultant"), tz=("sc", "sg"))
mr("once-scot", "yer application", "Hiya {n},\n\nTa for handing yer CV in for the kitchen porter job. Sorry pal, the boss gave it tae a laddie that's done summers wi' us, so there's nae job going the now.\n\nAll the best,\n{sig}\n{co}", "Glen Shiel Howff Cafe", "glenshielhowff", tz="sc")
mr("once-kenya", "Your application", "Dear {n},\n\nGreetings. Your application for the shop attendant post reached us. Regrettably it was not successful since the vacancy has already been taken up.\n\nWishing you God's blessings in your search.\n\nYours faithfully,\n{sig}\nManager, {co}", "Kariuki Hardware and General Stores", "kariukihardware", tz="ke")
mr("once-fiji", "Vacancy – Housekeeping", "Bula {n},\n\nVinaka for your application for housekeeping. Sori, the manager has already filled the post with someone from the village who started last week. We will keep your name for next season.\n\nVinaka vakalevu,\n{sig}\n{co}", "Coral Coast Bure Resort", "coralcoastbure", tz="fj")
mr("once-sg", "Re: Application for Retail Assistant", "Hi {n},\n\nThanks for applying ah. Weekday shift already got people liao, so this round cannot take you. Sorry hor. If got new opening we post on our page.\n\nRegards,\n{sig}\n{co}", "Kukoh Coffeeshop Corner", "kukohcoffeeshop", tz="sg")
mr("once-bajan", "Your application", "Morning {n},\n\nThanks for passing by with the application. I had to give the job to somebody who could start right away, so I cyah take you on this time. Keep looking, you will get through.\n\n{sig}\n{co}", "Boyce's Roti Shop", "boycesrotishop", tz="bb")
mr("once-spanish", "Candidature – Waiter", "Dear {n},\n\nThanks for thinking in our restaurant. Unfortunately the waiter place is already covered for all the summer season. Much luck in your search.\n\nA greeting,\n{sig}\n{co}", "Asador La Brasa Zaragoza", "asadorlabrasa", tz="es")
mr("once-korean", "Notice of application result", "Dear {n},\n\nWe appreciate your interest for our company. Regretfully you are not passed the document screening of this recruitment. Hope to see you again in good chance.\n\nBest regards,\n{sig}\n{co}", "Mirae Logistics Changwon", "miraelogistics", tz="kr")
mr("once-us", "Your application with {co}", "Hi {n},\n\nLifeguard hiring for this summer wrapped up last week and every chair is filled. Do try again when spring sign-ups open.\n\n{sig}\nAquatics Director, {co}", "Cedar Hollow Municipal Pool", "cedarhollowpool", tz="usc")
mr("once-ca", "Re: Seasonal hire", "Hello {n},\n\nAppreciate you wanting to work the pumpkin patch this fall. Our crew's already sorted for the season, so we're giving your application a miss.\n\nTake care,\n{sig}\n{co}", "Marigold Lane Family Farm", "marigoldlanefarm", tz="cae")
mr("once-au", "Application – farmhand", "G'day {n},\n\nTa for sending your details for the farmhand job. The boss picked a fella from town who knows the header and the sprayer, so nothing for you this round.\n\nCheers,\n{sig}\n{co}", "Wirrabara Downs Grazing", "wirrabaradowns", tz="au")
mr("once-nz", "Your application – orchard", "Kia ora {n},\n\nThanks heaps for wanting to pick with us. The strawberry crew is full up now, so this year's a no for you. Kia kaha with the hunt.\n\nNgā mihi,\n{sig}\n{co}", "Te Puna Strawberry Gardens", "tepunastrawberry", tz="nz")
mr("once-in", "Regarding your application", "Dear {n},\n\nRef: your application for accounts assistant. Regret to intimate your candidature did not reach the shortlist this time. Kindly accept our thanks.\n\nYours sincerely,\n{sig}\nFor {co}", "Ganesh Agarbatti Works Bhiwandi", "ganeshagarbatti", tz="in")
mr("once-za", "Application received – not successful", "Hi {n},\n\nThanks for wanting to work on our shop floor. The manager has appointed someone with more till experience, so your application stops here. Sharp, and best of luck.\n\n{sig}\n{co}", "Khoza Spaza Supplies", "khozaspaza", tz="za")
mr("once-ng", "Your application", "Dear {n},\n\nThe receptionist position you applied for is now filled. We are grateful you considered us; God bless your search.\n\nRegards,\n{sig}\nAdmin Manager, {co}", "Adeyemi Printing Press Okeho", "adeyemiprinting", tz="ng")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr-hatchery", "RE: [EXT] Re: {role} – interview follow-up", "Hi {n},\n\nThanks for your patience; your years on the rearing tanks were a joy to hear about.\n\nOur operations director has appointed the colleague who covered the tanks over summer; he accepted yesterday.\n\nAll the best,\n{sig}\n{co}\n\n{OUT}", ("Speyside Trout Hatchery", "Mountgay Ridge Pottery"), ("speysidehatchery", "mountgaypottery"), role=("Hatchery Lead", "Kiln Room Lead"), tz=("sc", "bb"))
mr("thr-railway", "RE: [EXT] RE: {role}", "Dear {n},\n\nThe trustees loved your talk on the old locomotive logbooks – what a morning.\n\nThey have now appointed a volunteer of many years who restored the brake van last winter; he starts after New Year.\n\nWarmly,\n{sig}\n\n{RULE}", ("Kirkwall Tapestry Collection", "Fiji Cane Railway Preservation Trust"), ("kirkwalltapestry", "fijicanerailway"), role=("Collections Officer", "Rolling Stock Assistant"), tz=("sc", "fj"))
mr("thr-dance", "Re: [EXT] Re: {role} chat", "Hey {n},\n\nLovely to catch up last week – your warm-up class had the whole studio grinning.\n\nThe artistic director went with a dancer who already leads our Saturday youth company, and that's been announced to the cast today.\n\nKeep in touch,\n{sig}\n{co}\n\n{GM}", ("Elgeyo Valley Dance Company", "Bajan Beat Dance Theatre"), ("elgeyovalleydance", "bajanbeatdance"), role=("Rehearsal Director", "Company Manager"), tz=("ke", "bb"))
mr("thr-hawker", "RE: [EXT] Re: Interview – {role}", "Hi {n},\n\nTuesday was great, noise and all!\n\nOur board chose a stallholders' association member who has quietly run the rota since 2023, and she has accepted.\n\nTake care,\n{sig}\n\n{ORIG}", ("Eunos Hawker Centre Management", "Chinatown Food Street Trust"), ("eunoshawker", "chinatownfoodst"), role=("Centre Coordinator", "Operations Officer"), tz=("sg", "sg"))
mr("thr-sugar", "Re: [EXT] RE: {role}", "Dear {n},\n\nFriday at the mill was a pleasure, so thank you.\n\nManagement has selected a colleague from our Labasa site who will transfer across for the role in March.\n\nKind regards,\n{sig}\n{co}\n\n{OUT}", ("Rarawai Cane Milling", "Nausori Estate Sugar Works"), ("rarawaicane", "nausoriestate"), role=("Shift Chemist", "Boiler House Supervisor"), tz=("fj", "fj"))
mr("thr-climbing", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nHalvorsen and I both enjoyed meeting you; you came over as calm and thoughtful.\n\nThe owners have given the post to a route setter who has set our walls freelance since April; she said yes on Monday.\n\nBest wishes,\n{sig}\nCentre Manager\n\n{GM}", ("Stirling Bridge Climbing Wall", "Gwangju Bouldering Gym"), ("stirlingclimb", "gwangjuboulder"), role=("Route Setter", "Centre Coordinator"), tz=("sc", "kr"))
mr("thr-vineyard", "RE: [EXT] RE: Harvest {role}", "Hola {n},\n\nWhat a good visit to the bodega, and a good conversation over the tasting.\n\nThe family has decided to give the post to a cousin who worked the last vintage with us, and he will start with the pruning.\n\nA warm hug,\n{sig}\n{co}\n\n{RULE}", ("Bodegas Arrieta Navarra", "Viñedos Peñalver Jumilla"), ("bodegasarrieta", "vinedospenalver"), role=("Cellar Hand", "Vineyard Assistant"), tz=("es", "es"))
mr("thr-school", "Re: [EXT] Re: {role} – thank you", "Dear {n},\n\nYear 4 adored your sample lesson; the volcano is still the talk of the class.\n\nThe governors have given the post to a teacher returning from maternity leave, and she is delighted.\n\nWarm regards,\n{sig}\nHeadteacher\n\n{ORIG}", ("St Lucy Primary Barbados", "Jacaranda Hill Academy"), ("stlucyprimary", "jacarandahillacad"), role=("Class Teacher", "Science Teacher"), tz=("bb", "ke"))

# ---- 8 clear refusals under long footers
FOOT = "\n\n— — —\nCareers at {co}: search roles by store, set job alerts, read colleague stories. Monthly newsletter for offers. Sent to holders of a candidate account – adjust alert settings under My Profile. Registered office 4 Quarry Row. This mailbox is unattended."
mr("foot-garden", "{role} – decision", "Dear {n},\n\nWe read your {role} application carefully and, sorry to say, it hasn't made it." + FOOT, ("Thistle and Spade Garden Centres", "Greenhaven Nurseries Kenya"), ("thistlespade", "greenhavenke"), role=("Plant Area Assistant", "Nursery Hand"), tz=("sc", "ke"))
mr("foot-pharm", "{role}: outcome", "Hi {n},\n\nAbout your application to {co}: after review, it won't progress beyond this stage." + FOOT, ("Harbourline Pharmacies", "Unity Drug Mart"), ("harbourlinepharm", "unitydrugmart"), role=("Dispensary Assistant", "Counter Assistant"), tz=("bb", "sg"))
mr("foot-diy", "Update on your application", "Hello {n},\n\nYour application for {role} was considered carefully, and the decision is to decline it." + FOOT, ("Bolt and Beam DIY", "Fixright Home Stores"), ("boltbeamdiy", "fixrighthome"), role=("Timber Cutting Colleague", "Trade Counter Colleague"), tz=("uk", "nz"))
mr("foot-shoe", "{co} – your application", "Dear {n},\n\nRegrettably, {co} has decided your {role} application stops before interview." + FOOT, ("Stridewell Footwear", "Pacer Shoe Outlets"), ("stridewell", "pacershoes"), role=("Fitting Specialist", "Store Assistant"), tz=("au", "fj"))

# ---- 9 hedged refusals
mr("hedge-pianos", "{role} – thank you", "Hi {n},\n\nLovely chatting about {role}. The field was strong, and in the end others brought experience sitting a touch nearer the concert season ahead, so we leaned their way.\n\nBest,\n{sig}\n{co}", ("Oleander Piano Hire", "Silk Cotton Translation Bureau"), ("oleanderpiano", "silkcottontrans"), role=("Piano Mover Lead", "Project Coordinator"), tz=("bb", "fj"))
mr("hedge-fintech", "{co}: {role}", "Hi {n},\n\nAppreciate your time with the team. For this hire we're heading another way, towards someone who has already scaled a support desk.\n\nGood luck out there,\n{sig}", ("Ledgerbird", "Coinreef Payments"), ("ledgerbird", "coinreef"), role=("Support Lead", "Ops Analyst"), tz=("sg", "ke"))
mr("hedge-engineer", "{role} – update", "Dear {n},\n\nThe panel valued meeting you. On balance others matched the brief slightly better, offshore hours especially, so they go through instead.\n\nKind regards,\n{sig}\n{co}", ("Northsound Subsea", "Fathomline Engineering"), ("northsoundsubsea", "fathomline"), role=("Project Engineer", "Field Technician"), tz=("sc", "sc"))
mr("hedge-charity", "Your application", "Dear {n},\n\nShortlisting at {co} is done. On balance, other candidates sat nearer to the programme's direction this year.\n\nWith best wishes,\n{sig}", ("Waterbridge Refugee Support", "Kindling Literacy Project"), ("waterbridgerefugee", "kindlinglit"), role="Project Worker", tz=("ke", "za"))
mr("hedge-es", "Selection process – {role}", "Dear {n},\n\nGrateful for your participation in the selection. The committee valued other profiles that adjust better to the project's needs in this moment, and continues with those.\n\nCordial greetings,\n{sig}\n{co}", "Cooperativa Olivarera del Segura", "olivarerasegura", role="Export Administrator", tz="es")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-logistics", "Following our call – {role}", "Hi {n},\n\nGood talking earlier. {co} came back to me as promised: the {role} post goes to another candidate. That said, I have a {x} role with a client near the airport that I think suits you – can I send your CV across?\n\nSpeak soon,\n{sig}\nQuayline Recruitment", ("Pelican Freight", "Anchorpoint Logistics"), ("quaylinerec", "quaylinerec"), role=("Transport Planner", "Warehouse Supervisor"), x=("night shift planner", "inventory controller"), tz=("bb", "sg"))
mr("rec-hospitality", "{role} – feedback and another option", "Hi {n},\n\nFeedback from the hotel is in: they've offered {role} to someone with more banqueting exposure. Don't be disheartened – I'm recruiting a {x} at a boutique place in the city and you'd be perfect. Free for a quick chat tomorrow?\n\n{sig}\nGaff Hospitality Search", ("Gaff Hospitality Search", "Gaff Hospitality Search"), ("gaffsearch", "gaffsearch"), role=("Events Manager", "Front Office Manager"), x=("guest experience lead", "reservations manager"), tz=("sc", "fj"))
mr("rec-tech", "Re: {role} with the client", "Hi {n},\n\nQuick one after my call with the hiring manager – they've picked someone who was a stage ahead of you. A {x} contract kicks off next month and plays to your strengths – nod and the CV travels onward today.\n\nCheers,\n{sig}\nByteharbour Talent", ("Byteharbour Talent", "Byteharbour Talent"), ("byteharbour", "byteharbour"), role=("QA Engineer", "Backend Developer"), x=("test automation", "API integration"), tz=("kr", "sg"))
mr("rec-ke", "Feedback – {role}", "Dear {n},\n\nThanks for the phone time today. The client has closed the {role} slot with another candidate. Also, I have a Field Sales Executive opening upcountry that suits your profile well. Kindly revert so I forward your CV.\n\nRegards,\n{sig}\nMsingi Talent Partners", "Msingi Talent Partners", "msingitalent", role="Credit Officer", tz="ke")

# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results – Announcement {ref}", "Dear {n},\n\nYour application for {role}, Announcement {ref}, was rated qualified. Your name, however, is absent from the list forwarded for selection.\n\nRetain this notice; no action is needed.\n\nHuman Resources Office\n{co}", ("Department of Inland Waterways", "Regional Water Authority"), ("inlandwaterways.gov", "regionalwater.gov"), role=("Lock Operator", "Hydrology Technician"), tz=("use", "usc"))
mr("ps-inelig", "Application {ref}: eligibility", "Dear {n},\n\nScreening has declared your application for {role} ineligible because {x}.\n\nThis recruitment exercise therefore proceeds without it.\n\nPublic Service Commission\n{co}", ("Ministry of Fisheries", "County Public Service Board"), ("fisheriesmin.gov", "countypsb.go"), role=("Fisheries Assistant", "Ward Administrator"), x=("the Form Seven certificate you sent carried no certification stamp", "your KCSE certificate was not certified as required"), tz=("fj", "ke"))
mr("ps-cancel", "Vacancy {ref} – cancelled", "Dear {n},\n\nWe write regarding vacancy {ref}, {role}. Following {x}, the department has cancelled this vacancy, and the campaign closes without an appointment.\n\nResourcing Team\n{co}", ("Scottish Rural Roads Agency", "Barbados Parks Commission"), ("ruralroads.gov", "bbparks.gov"), role=("Depot Administrator", "Grounds Officer"), x=("a change in funding", "a reorganisation of the division"), tz=("sc", "bb"))
mr("ps-mark", "Written examination result – {role}", "Dear {n},\n\n{role} – written paper results: your mark was {x}%. The qualifying mark was {y}%, and candidates below it do not proceed to interview.\n\nExamination Section\n{co}", ("Civil Service Commission", "Municipal Services Board"), ("civilsvc.gov", "municipalsvc.gov"), role=("Clerical Officer", "Revenue Inspector"), x=("48", "53"), y=("55", "60"), tz=("bb", "sg"))

# ---- 6 bare ATS status updates
mr("ats-hirequay", "Application status changed", "Hi {n},\n\n{role} · {co}\nStatus now reads: No longer under consideration\n\nYour Hirequay dashboard lists the rest.\n\nHirequay on behalf of {co}", ("Millbrook Supply", "Kilnford Ceramics"), ("hirequay", "hirequay"), frm="Hirequay <status@{dom}>", role=("Inventory Associate", "Glaze Technician"), tz=("usc", "uk"))
mr("ats-rostertide", "Status update: {role}", "<html><body><p>Hello {n},</p><p>Position: <b>{role}</b><br>Employer: {co}<br>Stage: <b>Closed · Not moving forward</b></p><p>Sent automatically by Rostertide.</p></body></html>", ("Cedarline Hotels", "Pacific Reef Resorts"), ("rostertide", "rostertide"), frm="Rostertide <noreply@{dom}>", role=("Night Auditor", "Spa Attendant"), tz=("cap", "fj"))
mr("ats-sifterly", "{co}: application update", "Dear {n},\n\n{role} – application inactive. Status: Not progressed.\n\nSifterly Candidate Notifications", ("Maplestone Home Care", "Grainhouse Flour Mills"), ("sifterly", "sifterly"), frm="Sifterly Notifications <alerts@{dom}>", role=("Care Scheduler", "Production Operative"), tz=("cae", "au"))

# ---- 6 internship / graduate decisions
mr("intern-lab", "{co} Summer Internship – decision", "Dear {n},\n\nThe {co} Summer Research Internship drew over 600 applications for 18 places, and yours is one we cannot offer a place to this year.\n\nDo try the next cycle.\n\nInternship Programme Office", ("Marine Biology Station Millport", "Institute of Tropical Meteorology"), ("millportmbs", "tropmet"), role="intern", tz=("sc", "ke"))
mr("grad-bank", "{co} Graduate Programme 2026", "Hi {n},\n\nYour online assessment for the {co} Graduate Programme has been marked. Scores land below the cut for the assessment centre, so your application ends here.\n\nEarly Careers Team", ("Straits Retail Group", "Coralstone Supermarkets"), ("straitsretail", "coralstonesuper"), role="graduate", tz=("sg", "bb"))
mr("intern-keeper", "Your internship application", "Dear {n},\n\nKeepers have finished picking this year's summer interns, and your application was unsuccessful. Future intakes are open to you.\n\n{sig}\n{co}", ("Carse Wildlife Park", "Pacific Islands Bird Sanctuary"), ("carsewildlife", "pibirdsanctuary"), role="intern", tz=("sc", "fj"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition {ref}: application received", "Dear {n},\n\n{role} at {co}: application logged. Your candidate home reads In Review until the hiring team decides; the status then changes to either Interview or Closed.\n\nTalent Acquisition\n{co}", ("Kirkwall Seafoods Processing", "Bridgetown Yacht Electrics"), ("kirkwallseafoods", "bridgetownyachtelec"), role=("Line Supervisor", "Stores Clerk"), tz=("sc", "bb"))
mo("application_received", "gh", "Thanks for applying to {co}!", "Hi {n},\n\nYour {role} application landed safely. Human eyes read each one here; if it turns out there's no match, expect a note anyway – nobody here gets left hanging.\n\n{sig}\nPeople Team, {co}", ("Gwangju Battery Labs", "Tampa Bay Airboat Tours"), ("gwangjubattery", "tampaairboat"), role=("Process Technician", "Guide Coordinator"), tz=("kr", "use"))
mo("application_received", "lever", "{co} – we got your application", "Hello {n},\n\n{role}: application confirmed. Whatever the decision turns out to be, your details sit on file eighteen months unless you reply REMOVE.\n\n{co} Recruiting", ("Malaga Sunshade Awnings", "Rakiraki Cane Logistics"), ("malagasunshade", "rakirakicane"), role=("Installer", "Yard Dispatcher"), tz=("es", "fj"))
mo("application_received", "sr", "Application submitted: {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Submitted</td></tr></table><p>Should another applicant take the vacancy, this row turns to Closed; otherwise an invitation follows.</p></body></html>", ("Oistins Craft Market Co-op", "Stirling Campus Print Shop"), ("oistinscoop", "stirlingprint"), role=("Market Porter", "Print Finisher"), tz=("bb", "sc"))
mo("application_received", "icims", "{co}: we received your application (Req {ref})", "Dear {n},\n\nQuick note on {role}: screening flags anyone missing {x} as Not Selected. If you hold it, upload a copy to your profile now.\n\nRecruitment Operations", ("Sagana Dairy Cooperative", "Speightstown Ferry Services"), ("saganadairy", "speightstownferry"), role=("Milk Tanker Driver", "Deckhand"), x=("a valid Class CE licence", "an STCW basic safety certificate"), tz=("ke", "bb"))
mo("application_received", "taleo", "Job Posting {ref}: confirmation", "Dear {n},\n\nYour application for {role} ({ref}) is in our system. Were the requisition ever pulled, each applicant would get an email that same day.\n\nHuman Resources Shared Services\n{co}", ("Zaragoza Rail Components", "Lami Harbour Stevedoring"), ("zaragozarail", "lamistevedore"), role=("Quality Inspector", "Crane Signaller"), tz=("es", "fj"))
mo("application_received", "workable", "{co} – application in", "Hi {n},\n\nGot your {role} application, thanks! Five people get paid trial days. Miss out and I'll still send a quick line – promise, zero ghosting.\n\n{sig}", ("Incheon Night Market Noodles", "Mallaig Harbour Crêperie"), ("incheonnoodles", "mallaigcreperie"), role=("Wok Cook", "Counter Assistant"), tz=("kr", "sc"))
mo("application_received", "bamboo", "Thanks for applying – {co}", "Hi {n},\n\nCheers for the {role} application. Heads up: regulars on the crew get first dibs at spare hours. Should they grab the lot, I'll message and close things off properly.\n\n{sig}\n{co}", ("Holetown Ice Cream Parlour", "Wendani Road Phone Repairs"), ("holetownicecream", "wendaniphones"), role=("Scooper", "Repair Technician"), tz=("bb", "ke"))
mo("application_received", "tt-kr", "[{co}] Application is received", "Dear {n}\n\nWe appreciate to apply {role}. Your document is well received. After screening, result will be informed to every applicant, pass or fail, by this email in two weeks.\n\n{sig} (HR)\n{co}", ("Hanbit Cosmetics Seoul", "Daon Semiconductor Packaging"), ("hanbitcos", "daonpack"), role=("Export Assistant", "QC Inspector"), tz=("kr", "kr"))
mo("application_received", "tt-es", "{co} | We have received your candidature", "Hello {n},\n\nYour candidature for {role} has arrived correctly. Be the result positive or negative, we communicate it to you at the finish of the process.\n\nA cordial greeting,\n{sig}\n{co}", ("Bilbao Ironworks Tours", "Murcia Citrus Packers"), ("bilbaoirontours", "murciacitrus"), role=("Tour Guide", "Line Operator"), tz=("es", "es"))
mo("application_received", "pinpoint", "Application acknowledged – {role}", "Dear {n},\n\n{role} at {co}: application received. Every one gets marked on the shortlisting criteria, and anybody landing below the interview line is sent their mark when shortlisting wraps up.\n\nRecruitment, {co}", ("Aberdeen Tenants' Advice Service", "Mbita Lakeside Women's Savings Group"), ("abdntenants", "mbitasavings"), role=("Advice Worker", "Records Officer"), tz=("sc", "ke"))
mo("application_received", "jazz", "We received your application", "Hello {n},\n\n{role} at {co} – application in. Once we hire, the advert comes down and everybody still waiting gets an email, so you'll hear either way.\n\n{sig}", ("Namaka Airport Shuttle Co", "Tengah Pet Grooming Studio"), ("namakashuttle", "tengahgroom"), role=("Driver", "Groomer Assistant"), tz=("fj", "sg"))
mo("application_received", "ashby", "You applied to {co}", "Hi {n},\n\n{role}: your application is with our recruiter, who reviews within ten working days. Should we decide against it, expect an email written by a person, never silence.\n\n{sig}\n{co}", ("Kelpwise Analytics", "Brightfold Payroll Software"), ("kelpwise", "brightfold"), role=("Data Engineer", "Implementation Consultant"), tz=("sc", "sg"))
mo("application_received", "thr", "Re: {role} application", "Hi {n},\n\nYour note and CV are now with our director for the {role} post. Should she pick someone already on staff, I'll phone on the day.\n\n{sig}\n{co}", ("Speyside Trout Hatchery", "Mountgay Ridge Pottery"), ("speysidehatchery", "mountgaypottery"), role=("Hatchery Lead", "Kiln Room Lead"), tz=("sc", "bb"))
mo("application_received", "foot", "We've received your application", "Dear {n},\n\n{role} at {co}: application logged. Should it not go forward, an email follows after the role closes." + FOOT, ("Thistle and Spade Garden Centres", "Greenhaven Nurseries Kenya"), ("thistlespade", "greenhavenke"), role=("Plant Area Assistant", "Nursery Hand"), tz=("sc", "ke"))
mo("application_received", "foot2", "Application confirmed – {co}", "Hi {n},\n\nYour application for {role} is in. Store managers only reach out where experience lines up with what their branch wants." + FOOT, ("Bolt and Beam DIY", "Fixright Home Stores"), ("boltbeamdiy", "fixrighthome"), role=("Timber Cutting Colleague", "Trade Counter Colleague"), tz=("uk", "nz"))
mo("application_received", "hedge", "Thanks for your interest – {co}", "Hi {n},\n\nYour {role} application arrived. If the pick goes to someone whose background fits the concert season more closely, I'll tell you myself.\n\n{sig}\n{co}", ("Oleander Piano Hire", "Silk Cotton Translation Bureau"), ("oleanderpiano", "silkcottontrans"), role=("Piano Mover Lead", "Project Coordinator"), tz=("bb", "fj"))
mo("application_received", "hedge2", "Application received", "Dear {n},\n\nApplication for {co} received. Shortlisting closes {dl}; successful or otherwise, each applicant gets word inside two weeks of it.\n\n{sig}", ("Waterbridge Refugee Support", "Kindling Literacy Project"), ("waterbridgerefugee", "kindlinglit"), role="Project Worker", tz=("ke", "za"))
mo("application_received", "rec", "Your CV – {role}", "Hi {n},\n\nCV received with thanks and submitted for {role} at {co}. Should the client pass, I'll phone – never a cold email – and we'll comb through other openings.\n\n{sig}\nQuayline Recruitment", ("Pelican Freight", "Anchorpoint Logistics"), ("quaylinerec", "quaylinerec"), role=("Transport Planner", "Warehouse Supervisor"), tz=("bb", "sg"))
mo("application_received", "ps-inelig", "Acknowledgement – Application {ref}", "Dear {n},\n\nYour application for {role} is received. Screening may rule some applications ineligible; each such applicant receives a written reason by post. Eligible applicants will be contacted for the written examination.\n\nPublic Service Commission\n{co}", ("Ministry of Fisheries", "County Public Service Board"), ("fisheriesmin.gov", "countypsb.go"), role=("Fisheries Assistant", "Ward Administrator"), tz=("fj", "ke"))
mo("application_received", "ps-ref", "Application received – Announcement {ref}", "Dear {n},\n\nApplication for {role} on file. When the announcement period ends, a results notice states for each applicant whether the selecting official received their name.\n\nHuman Resources Office\n{co}", ("Department of Inland Waterways", "Regional Water Authority"), ("inlandwaterways.gov", "regionalwater.gov"), role=("Lock Operator", "Hydrology Technician"), tz=("use", "usc"))
mo("application_received", "ats", "Application received", "Hi {n},\n\n{role} · {co}\nStatus: Received. After review it switches to Interview, or else to No longer under consideration.\n\nHirequay on behalf of {co}", ("Millbrook Supply", "Kilnford Ceramics"), ("hirequay", "hirequay"), frm="Hirequay <status@{dom}>", role=("Inventory Associate", "Glaze Technician"), tz=("usc", "uk"))
mo("application_received", "intern", "{co} Internship – application received", "Dear {n},\n\n{co} Summer Research Internship: application received. Only 18 places exist, and most applicants will be turned down; whatever the outcome, everyone hears before April.\n\nInternship Programme Office", ("Marine Biology Station Millport", "Institute of Tropical Meteorology"), ("millportmbs", "tropmet"), tz=("sc", "ke"))
mo("application_received", "grad", "{co} Graduate Programme – next, the online test", "Hi {n},\n\n{co} Graduate Programme: application in. Six silent weeks would mean it is not going further, so watch your inbox for the test link.\n\nEarly Careers Team", ("Straits Retail Group", "Coralstone Supermarkets"), ("straitsretail", "coralstonesuper"), tz=("sg", "bb"))
mo("application_received", "es-coop", "Reception of candidature", "Dear {n},\n\nYour CV for {role} arrived to us. In case you are not selected, with your consent we conserve the data one year for next processes.\n\nCordial greetings,\n{sig}\n{co}", ("Cooperativa Olivarera del Segura", "Asador La Brasa Zaragoza"), ("olivarerasegura", "asadorlabrasa"), role=("Export Administrator", "Waiter"), tz=("es", "es"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Interview invitation – {role}", "Hi {n},\n\nCould you meet the team for {role} on {dl}, 10:30? Unfortunately resurfacing shuts our car park that week – try the multi-storey on Harbour Street.\n\nWarmly,\n{sig}\n{co}", ("Gwangju Battery Labs", "Tampa Bay Airboat Tours"), ("gwangjubattery", "tampaairboat"), role=("Process Technician", "Guide Coordinator"), tz=("kr", "use"))
mo("interview", "thr", "RE: [EXT] Re: {role} – next chat", "Hi {n},\n\nGreat speaking Thursday. Can you return for round two on {dl}? Sadly the lift's broken, so we'll use the downstairs room by reception.\n\n{sig}\n{co}", ("Speyside Trout Hatchery", "Mountgay Ridge Pottery"), ("speysidehatchery", "mountgaypottery"), role=("Hatchery Lead", "Kiln Room Lead"), tz=("sc", "bb"))
mo("interview", "hawker", "Interview – {role}", "Hi {n},\n\nYour application reached us. Are you free for interview {dl}, 3pm? Regret to say the office aircon spoil this month, so dress light can already.\n\n{sig}\n{co}", ("Eunos Hawker Centre Management", "Chinatown Food Street Trust"), ("eunoshawker", "chinatownfoodst"), role=("Centre Coordinator", "Operations Officer"), tz=("sg", "sg"))
mo("interview", "ps", "Invitation to interview – {role}", "Dear {n},\n\nShortlisted: {role}. Interview date {dl}, 9:00 a.m. Unfortunately travel costs cannot be refunded. Carry your original certificates.\n\nPublic Service Commission\n{co}", ("Ministry of Fisheries", "County Public Service Board"), ("fisheriesmin.gov", "countypsb.go"), role=("Fisheries Assistant", "Ward Administrator"), tz=("fj", "ke"))
mo("interview", "clinic", "Interview: {role}", "Hi {n},\n\nInterview invitation for {dl}. Bad news on parking – roadworks outside – so leave a few minutes early.\n\nBest wishes,\n{sig}\nCentre Manager", ("Stirling Bridge Climbing Wall", "Gwangju Bouldering Gym"), ("stirlingclimb", "gwangjuboulder"), role=("Route Setter", "Centre Coordinator"), tz=("sc", "kr"))
mo("interview", "tt-es", "{co} | Interview", "Hello {n},\n\nIt is a pleasure to invite you to personal interview the {dl} at 11:00. Unfortunately the street entrance is closed for works, so enter please by the back door.\n\nA cordial greeting,\n{sig}\n{co}", ("Bilbao Ironworks Tours", "Murcia Citrus Packers"), ("bilbaoirontours", "murciacitrus"), role=("Tour Guide", "Line Operator"), tz=("es", "es"))
mo("interview", "workable", "Trial day booked – {role}", "Hi {n},\n\nOne of the five trial days is yours! Come along {dl} at 8am. Sadly staff meals start after trial day, so pack a snack.\n\nCheers,\n{sig}", ("Incheon Night Market Noodles", "Mallaig Harbour Crêperie"), ("incheonnoodles", "mallaigcreperie"), role=("Wok Cook", "Counter Assistant"), tz=("kr", "sc"))
mo("interview", "school", "Re: [EXT] Re: {role} – sample lesson", "Dear {n},\n\nCould you teach a short sample lesson on {dl}? Unfortunately that classroom's projector is broken, so bring printouts.\n\nWarm regards,\n{sig}\nHeadteacher", ("St Lucy Primary Barbados", "Jacaranda Hill Academy"), ("stlucyprimary", "jacarandahillacad"), role=("Class Teacher", "Science Teacher"), tz=("bb", "ke"))
mo("next_steps", "icims", "{co}: action needed (Req {ref})", "Dear {n},\n\n{role} next step: upload {x} by {dl}. Unfortunately a blurry phone snap gets bounced by the system, so a flatbed scan works best.\n\nRecruitment Operations", ("Sagana Dairy Cooperative", "Speightstown Ferry Services"), ("saganadairy", "speightstownferry"), role=("Milk Tanker Driver", "Deckhand"), x=("your Class CE licence", "your STCW certificate"), tz=("ke", "bb"))
mo("next_steps", "grad", "{co} Graduate Programme – online assessment", "Hi {n},\n\nNext step: the online assessment, due {dl}. Regrettably it breaks on phones – open it on a laptop.\n\nEarly Careers Team", ("Straits Retail Group", "Coralstone Supermarkets"), ("straitsretail", "coralstonesuper"), tz=("sg", "bb"))
mo("next_steps", "ps-mark", "Written examination – {role}", "Dear {n},\n\nYour written examination for {role} takes place {dl}. Unfortunately the doors close on time and latecomers are turned away. Photo ID required.\n\nExamination Section\n{co}", ("Civil Service Commission", "Municipal Services Board"), ("civilsvc.gov", "municipalsvc.gov"), role=("Clerical Officer", "Revenue Inspector"), tz=("bb", "sg"))
mo("next_steps", "pinpoint", "References and right to work – {role}", "Dear {n},\n\nTwo referees and right-to-work papers, please, by {dl}. Sadly Fridays the office is locked, so hand-delivered papers need to arrive Monday to Thursday.\n\nRecruitment, {co}", ("Aberdeen Tenants' Advice Service", "Mbita Lakeside Women's Savings Group"), ("abdntenants", "mbitasavings"), role=("Advice Worker", "Records Officer"), tz=("sc", "ke"))
mo("next_steps", "ashby", "Take-home task – {role}", "Hi {n},\n\nGreat call! The next stage is a small take-home exercise, due back {dl}. Unfortunately there's zero wiggle room on that date because the panel sits the following morning.\n\n{sig}\n{co}", ("Kelpwise Analytics", "Brightfold Payroll Software"), ("kelpwise", "brightfold"), role=("Data Engineer", "Implementation Consultant"), tz=("sc", "sg"))
mo("next_steps", "rec", "Client paperwork – {role}", "Hi {n},\n\nGreat news – the client is keen to proceed. Please get your ID and bank details to me by {dl}. Sadly pay is monthly only there, in case weekly mattered.\n\n{sig}\nQuayline Recruitment", ("Pelican Freight", "Anchorpoint Logistics"), ("quaylinerec", "quaylinerec"), role=("Transport Planner", "Warehouse Supervisor"), tz=("bb", "sg"))
mo("offer", "bamboo", "Offer – {role}", "Hi {n},\n\n{role} – it's yours, from {dl}. Unfortunately the polo shirts are still on a ship somewhere – plain black clothes till they land.\n\n{sig}\n{co}", ("Holetown Ice Cream Parlour", "Wendani Road Phone Repairs"), ("holetownicecream", "wendaniphones"), role=("Scooper", "Repair Technician"), tz=("bb", "ke"))
mo("offer", "hedge", "Offer of employment", "Dear {n},\n\nDelighted to confirm the {role} post is yours – start {dl}. Regrettably the staff hostel has no beds free, so HR will help hunt for lodgings.\n\nKind regards,\n{sig}\n{co}", ("Northsound Subsea", "Rarawai Cane Milling"), ("northsoundsubsea", "rarawaicane"), role=("Project Engineer", "Shift Chemist"), tz=("sc", "fj"))
mo("offer", "jazz", "You're hired!", "Hello {n},\n\nCongratulations – the {role} job is yours! First shift {dl}. Bad news: painters have the staff room, so lockers live in the back office for a bit.\n\n{sig}\n{co}", "Namaka Airport Shuttle Co", "namakashuttle", role="Driver", tz="fj")
mo("offer", "lever", "{co}: your offer for {role}", "Hello {n},\n\nGood news – {role} is yours. Please have the contract signed and back with us by {dl}, please. Sadly your van is in the garage for week one, so ride along with Paco or Jone till it's fixed.\n\n{sig}\n{co} Recruiting", ("Malaga Sunshade Awnings", "Rakiraki Cane Logistics"), ("malagasunshade", "rakirakicane"), role=("Installer", "Yard Dispatcher"), tz=("es", "fj"))

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ats-wd", "Application status changed", "Hi {n},\n\n{role} · {co}\nNew status: Withdrawn by candidate.\n\nHirequay on behalf of {co}", ("Millbrook Supply", "Kilnford Ceramics"), ("hirequay", "hirequay"), frm="Hirequay <status@{dom}>", role=("Inventory Associate", "Glaze Technician"), tz=("usc", "uk"))
mo("other_job", "ats-rev", "Status update: {role}", "<html><body><p>Hello {n},</p><p>Position: <b>{role}</b><br>Employer: {co}<br>Stage: <b>Under review · Hiring manager</b></p><p>Sent automatically by Rostertide.</p></body></html>", ("Cedarline Hotels", "Pacific Reef Resorts"), ("rostertide", "rostertide"), frm="Rostertide <noreply@{dom}>", role=("Night Auditor", "Spa Attendant"), tz=("cap", "fj"))
mo("other_job", "ps-move", "Change of date – {role} shortlisting", "Dear {n},\n\nThe budget session has pushed {role} shortlisting back by seven days. Your application stays live; nothing for you to do.\n\nResourcing Team\n{co}", "Barbados Parks Commission", "bbparks.gov", role="Grounds Officer", tz="bb")
mo("job_alert", "foot", "New roles near you at {co}", "Hi {n},\n\nYour alert found three roles: {role}, weekend cashier, delivery driver." + FOOT, "Thistle and Spade Garden Centres", "thistlespade", role="Plant Area Assistant", tz="sc")
mo("job_alert", "foot2", "Your job alert: {co}", "Hello {n},\n\nNew this week: {role} and stockroom colleague, both part time." + FOOT, "Harbourline Pharmacies", "harbourlinepharm", role="Dispensary Assistant", tz="bb")
mo("job_alert", "foot3", "Jobs you might like", "Hi {n},\n\nBased on your saved searches: {role} and fitting specialist roles are open in two stores." + FOOT, "Stridewell Footwear", "stridewell", role="Store Assistant", tz="au")
mo("recruiter_outreach", "pitch1", "Opportunity – Port Operations Supervisor", "Hi {n},\n\nSpotted your profile on my search – any appetite for a Port Operations Supervisor job with a Rakiraki client? Solid package plus housing. Chat?\n\n{sig}\nGaff Hospitality Search", "Gaff Hospitality Search", "gaffsearch", tz="fj")
mo("recruiter_outreach", "pitch2", "Senior Analyst role – confidential", "Hi {n},\n\nI'm working on a confidential Senior Analyst search for a payments firm in Singapore. Your background looks relevant. Could we speak this week?\n\n{sig}\nByteharbour Talent", "Byteharbour Talent", "byteharbour", tz="sg")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nYour personal loan request has been assessed against your credit file and declined. Six months from today you can try again.\n\nLending Team\n{co}", ("Coralstone Credit Union", "Straits Credit Union"), ("coralstonecu", "straitscu"), tz=("bb", "sg"))
mo("non_job_rejection_words", "ballot", "Hogmanay street party ballot", "Hi {n},\n\nHogmanay street party wristband ballot – Sadly your entry wasn't picked. The resale list opens in December.\n\n{sig}\n{co}", ("Stirling Winter Festival", "Aberdeen Harbour Gala"), ("stirlingwinterfest", "abdnharbourgala"), tz=("sc", "sc"))
mo("non_job_rejection_words", "stall", "Market stall application", "Dear {n},\n\nSaturday craft market stall request: every pitch is taken, so your request was unsuccessful. We've pencilled your name onto the waiting list.\n\n{sig}\n{co}", "Oistins Craft Market Co-op", "oistinscoop", tz="bb")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <relay@" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body, co, dom, frm=via(ch), tz=tz)


ACK, INV, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("neonbending", "Skerrowjet", "Glowtube Neon Works", "glowtubeneon", "uk",
     ("Neonbending apprentice – your application", "Dear {n},\n\nAbout the neonbending apprenticeship: it has gone to someone already trained on the ribbon burner, so your application rests there.\n\nYours,\n{sig}\n{co}"),
     (ACK, "Neonbending apprentice – received", "Dear {n},\n\nYour neonbending application has arrived. Should the bench go elsewhere, a line from me follows, so no guessing.\n\n{sig}\n{co}"))
pair("quarrying", "Skerrowagate", "Cairnmore Granite Quarry", "cairnmoregranite", "sc",
     ("Quarrying operative vacancy", "Hi {n},\n\nLoads of folk wanted the quarrying operative job, and the gaffer's taking those with a current shotfirer's ticket. Yours is closed off.\n\n{sig}\n{co}"),
     (INV, "Quarrying operative – interview", "Hi {n},\n\nCome up {dl} at 7:30, weighbridge office. Unfortunately the site canteen is shut that week, so bring your piece.\n\n{sig}\n{co}"))
pair("slating", "Skerrowbasalt", "Penrhos Roofing and Slating", "penrhosroofing", "uk",
     ("Slating apprentice – outcome", "Dear {n},\n\nBoth places on our slating apprenticeship are now taken, so there's no start for you this year. Spring intake is worth a go.\n\n{sig}\n{co}"),
     (NXT, "Slating apprentice – documents", "Dear {n},\n\nSend your CSCS card number and maths certificate copy by {dl}. Sadly the place can't be held beyond then.\n\n{sig}\n{co}"))
pair("leadlighting", "Skerrowchert", "Amberpane Glass Studio", "amberpane", "au",
     ("Leadlighting assistant", "Hi {n},\n\nLoved the photos of your glass. The leadlighting assistant role went to a maker with restoration work behind her, so no interview this time.\n\nCheers,\n{sig}\n{co}"),
     (OFF, "Leadlighting assistant – offer", "Hi {n},\n\nThe leadlighting assistant job is yours – start {dl}! Bad news: the kiln's being relined, so week one is cutting and foiling.\n\n{sig}\n{co}"))
pair("mosaicking", "Skerrowgneiss", "Tessera Lane Mosaic Works", "tesseralane", "use",
     ("Mosaicking studio hand", "Hi {n},\n\nFor the mosaicking studio role we picked someone able to start installing on the hotel lobby job next week.\n\nBest,\n{sig}\n{co}"),
     (ACK, "Thanks for applying – mosaicking", "Hi {n},\n\nApplication to the studio received. Yea or nay, I'll write myself once the lobby schedule firms up.\n\n{sig}\n{co}"))
pair("toffeemaking", "Skerrowmica", "Cairnie Row Toffee Kitchen", "cairnierow", "sc",
     ("Toffeemaking assistant", "Dear {n},\n\nOur head boiler has been through the applications for the toffeemaking assistant job and chosen instead someone with sugar-work at a seaside rock shop behind him.\n\n{sig}\n{co}"),
     (INV, "Toffee kitchen trial – {dl}", "Dear {n},\n\nKitchen trial and chat: {dl}. Unfortunately the copper pans run hot all morning, so long sleeves please.\n\n{sig}\n{co}"))
pair("haymaking", "Skerrowopal", "Lowburn Hay and Forage", "lowburnhay", "nz",
     ("Haymaking crew", "Kia ora {n},\n\nCheers for keen interest in the haymaking crew. The baler and rake seats are all filled for summer, leaving nothing for you this season.\n\nCheers,\n{sig}\n{co}"),
     (NXT, "Haymaking crew – tractor licence", "Kia ora {n},\n\nBefore we lock it in, flick us a photo of your class 2 licence by {dl}. Sadly the road runs need it.\n\n{sig}\n{co}"))
pair("pollarding", "Skerrowquartz", "Willowbank Tree Surgeons", "willowbanktrees", "uk",
     ("Climber – pollarding season", "Hi {n},\n\nRe climbing for the pollarding season: two climbers we already know have the spots, and nobody else is being added this winter.\n\n{sig}\n{co}"),
     (OFF, "Pollarding season – offer", "Hi {n},\n\nA climber's place for the pollarding season is yours – start {dl}. Unfortunately the chipper's off the road till then – first job is hand-stacking brash.\n\n{sig}\n{co}"))
pair("puppeteering", "Skerrowshale", "Lanternfold Puppet Theatre", "lanternfold", "cae",
     ("Touring puppeteering role", "Dear {n},\n\nCasting for the winter puppeteering tour is complete, and other performers got the parts you read for. Loved having you audition.\n\nWarmly,\n{sig}\n{co}"),
     (INV, "Puppeteering callback", "Dear {n},\n\nCallback: {dl}, 2pm. Regrettably riggers have the main stage, so we'll use the rehearsal hall.\n\n{sig}\n{co}"))
pair("stagehanding", "Skerrowtalc", "Regent Arcade Theatre", "regentarcade", "ie",
     ("Casual stagehanding pool", "Hi {n},\n\nThe casual stagehanding pool has hit the number we can train this autumn, so your application's been closed for now.\n\n{sig}\n{co}"),
     (ACK, "Stagehanding pool – got it", "Hi {n},\n\nStagehanding pool form received. In or out, my answer lands before the month ends.\n\n{sig}\n{co}"))
pair("draughting", "Skerrowtuff", "Kestrelmoor Architects", "kestrelmoorarch", "za",
     ("Draughting technician – outcome", "Dear {n},\n\nApplications for the draughting technician post have been compared, and a candidate with deeper Revit experience was chosen; yours will not proceed.\n\n{sig}\n{co}"),
     (NXT, "Draughting test – please return", "Dear {n},\n\nThe draughting test attached is due back {dl}. Unfortunately phone-scanned hand drawings are unmarkable.\n\n{sig}\n{co}"))
pair("basketmaking", "Skerrowflint", "Sallow Bend Basketmakers", "sallowbend", "uk",
     ("Basketmaking assistant", "Dear {n},\n\nAbout the basketmaking assistant post: I gave it to a weaver who worked willow beside us at the summer fairs. Sorry to disappoint.\n\n{sig}\n{co}"),
     (OFF, "Basketmaking assistant – offer", "Dear {n},\n\nThe basketmaking assistant post is yours – start {dl}. Sadly the soaking tank leaks, so the old bath does duty meanwhile.\n\n{sig}\n{co}"))
pair("knifesharpening", "Skerrowjasper", "Keenedge Mobile Sharpening", "keenedgemobile", "au",
     ("Knifesharpening van driver", "Hi {n},\n\nThe knifesharpening van job has gone to someone living out in the western suburbs, so that's a no from us.\n\n{sig}\n{co}"),
     (ACK, "Got your application", "Hi {n},\n\nKnifesharpening van application in. Should the run go to somebody closer, I'll text rather than go quiet.\n\n{sig}\n{co}"))
pair("barrelmaking", "Skerrowonyx", "Oakhaven Barrelmaking", "oakhavenbarrels", "usc",
     ("Barrelmaking trainee", "Hi {n},\n\nThis barrelmaking trainee cohort went to folks with shop experience, so your application stops here.\n\n{sig}\n{co}"),
     (INV, "Barrelmaking trainee – shop visit", "Hi {n},\n\nShop visit {dl}, 9am. Unfortunately toasting fires run that morning – closed shoes, and expect smoke.\n\n{sig}\n{co}"))
pair("flintknapping", "Skerrowgarnet", "Ashlode Living History Centre", "ashlodehistory", "uk",
     ("Flintknapping demonstrator", "Dear {n},\n\nOur flintknapping demonstrator post has gone to a knapper who ran school sessions here before. Every good wish to you.\n\n{sig}\n{co}"),
     (NXT, "Flintknapping demonstrator – DBS", "Dear {n},\n\nDBS form due {dl}. Unfortunately school groups can't be booked with you till it clears.\n\n{sig}\n{co}"))
pair("rugmaking", "Skerrowberyl", "Ben Ledi Rugmaking Studio", "benledirugs", "sc",
     ("Rugmaking studio hand", "Hi {n},\n\nTa for the note about helping in the rugmaking studio. The frames are all spoken for this season, so it's a pass.\n\n{sig}\n{co}"),
     (ACK, "Rugmaking – note received", "Hi {n},\n\nGot yer note about the rugmaking studio. Frames full or no, I'll phone afore the month's out.\n\n{sig}\n{co}"))
pair("gatemaking", "Skerrowcobalt", "Forgefield Gatemaking", "forgefieldgates", "ke",
     ("Gatemaking welder", "Dear {n},\n\nThe workshop manager has filled the gatemaking welder post with a welder from our Sagana branch. Asante for your interest.\n\n{sig}\n{co}"),
     (OFF, "Gatemaking welder – offer", "Dear {n},\n\nCongratulations on the gatemaking welder post, starting {dl}. Regrettably power is rationed Tuesdays, so those days are grinding and fitting.\n\n{sig}\n{co}"))
pair("signpainting", "Skerrowgalena", "Goldleaf Signpainting Co", "goldleafsigns", "usp",
     ("Signpainting apprentice", "Hi {n},\n\nYour lettering samples for the signpainting apprenticeship were fun to see. We chose an apprentice whose brushwork is further along, so that's a pass.\n\n{sig}\n{co}"),
     (INV, "Signpainting apprentice – trial", "Hi {n},\n\nLetter a panel for us on {dl}? Sadly the lot's being restriped, so park on Elm.\n\n{sig}\n{co}"))
pair("bagpipemaking", "Skerrowpumice", "Glenfarg Bagpipemaking", "glenfargpipes", "sc",
     ("Bagpipemaking workshop", "Dear {n},\n\nThe bench in the bagpipemaking workshop has gone to a turner who plays in a grade one band. Best of luck.\n\n{sig}\n{co}"),
     (NXT, "Bagpipemaking – turning test", "Dear {n},\n\nTurning test: bring your tools, {dl}. Unfortunately the lathe room is tiny, one bag only.\n\n{sig}\n{co}"))
pair("icecarving", "Skerrowmarble", "Frostline Ice Sculpture", "frostlineice", "ie",
     ("Icecarving assistant", "Hi {n},\n\nAfter the icecarving try-outs we went with a carver who has done the hotel buffets all winter, so the bench is covered.\n\n{sig}\n{co}"),
     (ACK, "Icecarving assistant – thanks", "Hi {n},\n\nIcecarving form received. Hired or passed over, my reply reaches you before the Christmas rush.\n\n{sig}\n{co}"))
pair("netmending", "Skerrowslate", "Scalloway Netmending Loft", "scallowaynetloft", "sc",
     ("Netmending loft hand", "Hi {n},\n\nAbout the netmending loft: the skipper's nephew is on for the winter, so nothing doing at present.\n\n{sig}\n{co}"),
     (INV, "Netmending loft – come down", "Hi {n},\n\nCome by the loft {dl} at 8. Sadly the ferry's late running that day, allow time.\n\n{sig}\n{co}"))
pair("tentmaking", "Skerrowschist", "Highveld Canvas and Tentmaking", "highveldcanvas", "za",
     ("Tentmaking machinist", "Dear {n},\n\nThe factory has appointed tentmaking machinists with heavy-canvas experience, and your application was unsuccessful.\n\n{sig}\n{co}"),
     (OFF, "Tentmaking machinist – offer letter", "Dear {n},\n\nA machinist post is yours – start {dl}. Unfortunately the factory bus route changes that month – check the timetable.\n\n{sig}\n{co}"))
pair("mattressmaking", "Skerrowamber", "Restwell Mattressmaking", "restwellmatt", "in",
     ("Mattressmaking supervisor", "Dear {n},\n\nRef. your application for mattressmaking supervisor: management has finalised another candidate. Thanks and regards.\n\n{sig}\n{co}"),
     (ACK, "Acknowledgement – mattressmaking supervisor", "Dear {n},\n\nMattressmaking supervisor application received. Shortlisted or not, intimation goes to each applicant by email.\n\n{sig}\n{co}"))
pair("fireworking", "Skerrowzircon", "Pohutu Display Fireworking", "pohutudisplay", "nz",
     ("Fireworking crew – season", "Kia ora {n},\n\nOur fireworking crew for Matariki and New Year is full of licensed handlers now, so you won't progress this time.\n\n{sig}\n{co}"),
     (NXT, "Fireworking crew – handler course", "Kia ora {n},\n\nBook onto the handler safety course before {dl}. Unfortunately nobody goes near a firing line without it.\n\n{sig}\n{co}"))
pair("fiddlemaking", "Skerrowtopaz", "Ryecroft Fiddlemaking", "ryecroftfiddles", "cap",
     ("Fiddlemaking bench apprentice", "Hi {n},\n\nThe fiddlemaking bench apprenticeship is going to someone fresh off the luthier course in spring, so yours stops with me.\n\n{sig}\n{co}"))


# ---- a job alert and a non-job refusal
wo("job_alert", "alr-skerrowjet", "This week on Skerrowjet: 6 new trade jobs", "Hi {n},\n\nFresh this week: neonbending bench (Worcestershire), slating labourer, rugmaking frame hand, icecarving assistant and two basketmaking bench places. Log in to see details.\n\nSkerrowjet Trades Board", "Skerrowjet Trades Board", "skerrowjet", frm="Skerrowjet Trades Board <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-allotment", "Boat mooring application", "Dear {n},\n\nVisitor mooring on the canal basin, next season: unfortunately every berth is allocated and your request is declined. Your name goes on the reserve list.\n\n{sig}\n{co}", "Basin Moorings Trust", "basinmoorings", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld 2, pol 2, swe 2, ces 2, ron 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body, co, dom, tz=tz, lang=lang)


lp("ar-woodcarving", "ar", "مشغل خشب الزيتون للحرف", "zaytoonwood", "jo",
   ("بخصوص طلبكِ لوظيفة حرفية نحت", "السيدة {n} المحترمة،\n\nسعدنا بطلبكِ للانضمام إلى مشغل نحت خشب الزيتون. وقع اختيار صاحب المشغل على حرفية أخرى أمضت سنوات أطول في النحت اليدوي، وعليه يُغلق طلبكِ في هذه المرة.\n\nمع أطيب التمنيات،\n{sig}\n{co}"),
   (ACK, "تم استلام طلبكِ", "السيدة {n} المحترمة،\n\nطلبكِ بين أيدينا الآن. وأيًّا كان القرار، فسيصلكِ منا جواب مكتوب قبل أن ينقضي الشهر.\n\n{sig}\n{co}"))
lp("de-organ", "de", "Orgelbau Vollmer & Söhne", "orgelbauvollmer", "de",
   ("Ihre Bewerbung als Orgelbauer/in", "Guten Tag {n},\n\ndanke, dass Sie an unsere Orgelbauwerkstatt gedacht haben. Die Stelle geht jedoch an jemanden, der schon jahrelang Pfeifen intoniert hat, sodass Ihre Bewerbung hier endet.\n\nMit freundlichen Grüßen\n{sig}\n{co}"),
   (INV, "Einladung zum Vorstellungsgespräch", "Guten Tag {n},\n\nkommen Sie doch am {dl} um 10 Uhr zum Gespräch in die Werkstatt. Leider gleicht unser Hof gerade einer Baugrube – am besten reisen Sie mit der Regionalbahn an.\n\nMit freundlichen Grüßen\n{sig}\n{co}"))
lp("es-fans", "es", "Abanicos Berrocal Alzira", "abanicosberrocal", "es",
   ("Su candidatura – pintura de abanicos", "Hola {n}:\n\nRecibimos con gusto su candidatura para el taller de pintura de abanicos. Al final la maestra pintora se ha decantado por alguien que ya domina la seda pintada a mano. Mucho ánimo.\n\nUn saludo,\n{sig}\n{co}"),
   (NXT, "Documentación pendiente", "Hola {n}:\n\nPara avanzar, necesitamos fotocopia del DNI y número de afiliación antes del {dl}. Lamentablemente ese plazo es fijo.\n\nUn saludo,\n{sig}\n{co}"))
lp("fr-fromagerie", "fr", "Fromagerie Kerbrat", "fromageriekerbrat", "fr",
   ("Votre candidature – affineur", "Bonjour {n},\n\nvotre envie de rejoindre nos caves d'affinage nous touche. Le poste revient toutefois à un profil rompu aux pâtes pressées, c'est pourquoi votre dossier est classé.\n\nAvec nos salutations fromagères,\n{sig}\n{co}"),
   (OFF, "Proposition d'embauche", "Bonjour {n},\n\nbonne nouvelle : le poste d'affineur est à vous dès le {dl}. Malheureusement les vestiaires sont en chantier : arrivez bottes aux pieds.\n\nBien cordialement,\n{sig}\n{co}"))
lp("hi-blockprint", "hi", "नीलगरान मोहल्ला छपाईख़ाना", "sanganerprint", "in",
   ("आपके आवेदन के बारे में", "{n} जी,\n\nछापेख़ाने में काम की इच्छा जताने के लिए आभार। इस बार मालिकों ने रंगरेज़ी के जानकार एक अनुभवी छीपा भाई को रख लिया, सो आपकी अर्ज़ी यहीं रुकती है।\n\nसादर,\n{sig}\n{co}"),
   (ACK, "आवेदन मिल गया", "{n} जी,\n\nअर्ज़ी मिल गई है। फ़ैसला जो भी रहे, महीना पूरा होते-होते आपको फ़ोन जाएगा।\n\n{sig}\n{co}"))
lp("it-pasta", "it", "Pastificio Cattaneo", "pastificiocattaneo", "it",
   ("Candidatura – addetto trafilatura", "Gentile {n},\n\nconclusi i colloqui per il reparto trafilatura, abbiamo preferito chi usa già da anni le trafile al bronzo; per questa volta chiudiamo qui.\n\nCordiali saluti,\n{sig}\n{co}"),
   (INV, "Invito al colloquio", "Gentile {n},\n\nle va bene un colloquio il {dl} alle 9:30? Purtroppo il portone grande è in rifacimento, si entra dal cancelletto sul retro.\n\nCordiali saluti,\n{sig}\n{co}"))
lp("ja-soba", "ja", "手打ちそば 高橋庵", "takahashian", "jp",
   ("採用選考の結果について", "{n}様\n\nこの度は当店の調理スタッフ募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、誠に残念ながら今回は採用を見送らせていただくことになりました。\n\n今後のご活躍をお祈り申し上げます。\n\n{sig}\n{co}"),
   (NXT, "書類提出のお願い", "{n}様\n\n選考を進めるため、{dl}までに履歴書の原本と健康診断書をご提出ください。あいにく期限の延長はできかねますので、ご了承ください。\n\n{sig}\n{co}"))
lp("ko-hanji", "ko", "전주 한지공방", "jeonjuhanji", "kr",
   ("지원 결과 안내", "{n} 님, 안녕하세요.\n\n한지공방 견습생 자리에 관심 가져 주신 마음 잘 받았습니다. 공방장님께서 닥나무 손질 경험이 많은 분을 먼저 모시기로 하셔서, 이번 모집은 여기서 마무리하게 되었습니다. 늘 건강하세요.\n\n{sig} 드림\n{co}"),
   (OFF, "합격 안내", "{n} 님, 안녕하세요.\n\n견습생으로 합격하셨음을 알려드립니다. 첫 출근은 {dl}입니다. 아쉽게도 작업장 난방이 고장 나서 따뜻한 옷을 준비해 주세요.\n\n{sig} 드림\n{co}"))
lp("pt-cork", "pt", "Corticeira Magalhães", "corticeiramag", "pt",
   ("A sua candidatura", "Olá {n},\n\nfoi bom saber do seu interesse na vaga de operador da corticeira. Ficámos com alguém que já trabalha rolhas naturais há anos; assim, encerramos aqui a candidatura.\n\nCom os melhores cumprimentos,\n{sig}\n{co}"),
   (ACK, "Candidatura recebida", "Olá {n},\n\na sua candidatura chegou bem. Qualquer que seja a decisão, terá notícias nossas por escrito antes de o mês acabar.\n\nCom os melhores cumprimentos,\n{sig}\n{co}"))
lp("ru-valenki", "ru", "Валяльная мастерская «Тёплый след»", "teplysled", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {n}!\n\nСпасибо, что написали нам в мастерскую. Хозяин взял человека, который уже много зим катает валенки вручную, так что на этот раз место занято.\n\nУдачи в поисках.\n\nС уважением,\n{sig}\n{co}"),
   (INV, "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас {dl} к 11 часам. К сожалению, стоянку у ворот перекопали, удобнее добираться автобусом.\n\nС уважением,\n{sig}\n{co}"))
lp("sw-coffee", "sw", "Chama cha Ushirika wa Kahawa Mbinga", "kahawambinga", "ke",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nTumepokea ombi lako la usimamizi wa kiwanda cha kukoboa kahawa. Kamati imempa nafasi hiyo mwanachama aliyesimamia msimu uliopita, hivyo ombi lako halitaendelea. Kila la heri.\n\nWako,\n{sig}\n{co}"),
   (NXT, "Nyaraka zinahitajika", "Habari {n},\n\nTunaomba nakala ya cheti na kitambulisho chako kufikia {dl}. Kwa bahati mbaya tarehe hiyo haibadiliki.\n\n{sig}\n{co}"))
lp("th-pottery", "th", "โรงปั้นหม้อดินเผาศรีสุข", "sriseukpottery", "th",
   ("ผลการสมัครงาน", "เรียน คุณ{n}\n\nดิฉันได้รับใบสมัครตำแหน่งช่างปั้นหม้อดินเผาแล้ว แม่ครูตัดสินใจรับช่างจากหมู่บ้านข้างเคียงที่ขึ้นรูปบนแป้นหมุนได้คล่องอยู่แล้ว จึงไม่มีที่ว่างสำหรับคุณในรอบนี้ ขอเอาใจช่วยนะคะ\n\n{sig}\n{co}"),
   (INV, "เชิญสัมภาษณ์งาน", "เรียน คุณ{n}\n\nขอเชิญมาพูดคุยที่โรงปั้นวันที่ {dl} สิบโมงเช้า เสียดายที่ลานจอดรถกำลังซ่อมอยู่ แนะนำให้นั่งรถสองแถวมาค่ะ\n\n{sig}\n{co}"))
lp("tr-lokum", "tr", "Aydın Lokum ve Şekerleme", "aydinlokum", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nlokum ustası yardımcılığı başvurunuz elimize ulaştı. Usta başı, kazan başında yıllarını vermiş bir adayı seçti; bu nedenle başvurunuz burada kapanıyor. Kolay gelsin.\n\nSaygılarımızla,\n{sig}\n{co}"),
   (NXT, "Eksik belgeler", "Merhaba {n},\n\ndevam edebilmemiz için kimlik fotokopisi ile yerleşim yeri belgesini en geç {dl} günü bize iletin lütfen. Maalesef ek süre verilemiyor.\n\n{sig}\n{co}"))
lp("ur-stitching", "ur", "ملک فٹ بال سلائی کارخانہ", "malikfootball", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {n}،\n\nفٹ بال سلائی کارخانے میں نگرانی کی اسامی میں دلچسپی پر ممنون ہیں۔ مالکان نے وہ جگہ ایک پرانی کاریگر بہن کو دے دی ہے جو برسوں سے سلائی لائن سنبھال رہی ہیں، چنانچہ یہ سلسلہ یہیں ختم ہوتا ہے۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}"),
   (ACK, "درخواست موصول ہو گئی", "محترمہ {n}،\n\nآپ کا فارم موصول ہوا۔ فیصلہ جو بھی ہو، رواں ماہ ختم ہونے سے پہلے فون پر بتا دیا جائے گا۔\n\n{sig}\n{co}"))
lp("zh-tea", "zh", "武夷山张氏茶园", "zhangteagarden", "cn",
   ("关于您的求职申请", "{n}您好：\n\n感谢您应聘我们茶园的制茶助理一职。经过认真考虑，我们决定录用一位有多年炒茶经验的候选人，因此这次无法与您合作。祝您求职顺利！\n\n{sig}\n{co}"),
   (OFF, "录用通知", "{n}您好：\n\n我们很高兴通知您，您已被录用为制茶助理，请于{dl}报到。遗憾的是，员工宿舍正在装修，前两周需要您自行安排住宿。\n\n{sig}\n{co}"))
lp("nld-bulbs", "nld", "Bloembollenkwekerij De Vries", "bollendevries", "nl",
   ("Je sollicitatie", "Hoi {n},\n\nleuk dat je op de bollenkwekerij wilde komen werken. We nemen iemand die vorig jaar al bij ons heeft staan pellen; jij valt deze keer dus af. Succes!\n\nGroeten,\n{sig}\n{co}"),
   (OFF, "Aanbod – seizoenswerk", "Hoi {n},\n\nde plek is van jou, vanaf {dl}. Helaas is de kantine nog dicht, dus boterhammen meenemen.\n\nGroeten,\n{sig}\n{co}"))
lp("nld-mill", "nld", "Stichting Korenmolen De Hoop", "molendehoop", "nl",
   ("Uw aanmelding als vrijwillig molenaar", "Beste {n},\n\nHartelijk dank voor uw aanmelding voor de opleiding tot vrijwillig molenaar. Het bestuur heeft de twee plaatsen inmiddels vergeven aan leden die al langer meedraaien. Wij kunnen u dit jaar dus helaas geen plek bieden.\n\nMet vriendelijke groet,\n{sig}\n{co}"),
   (NXT, "Gegevens voor de opleiding", "Beste {n},\n\nWilt u vóór {dl} een kopie van uw identiteitsbewijs en uw VOG sturen? Helaas kunnen we zonder VOG niet starten.\n\nMet vriendelijke groet,\n{sig}\n{co}"))
lp("pol-amber", "pol", "Jantarowy Warsztat Oliwa", "bursztynwrobel", "pl",
   ("Odpowiedź na zgłoszenie", "Dzień dobry,\n\nWłaścicielka pracowni po rozmowach postawiła na osobę, która od lat oprawia bursztyn w srebro, więc zgłoszenie na szlifierza nie przejdzie dalej. Trzymamy kciuki za kolejne kroki.\n\nZ poważaniem,\n{sig}\n{co}"),
   (ACK, "Potwierdzenie otrzymania zgłoszenia", "Dzień dobry,\n\nzgłoszenie dotarło. Bez względu na wynik odezwiemy się do każdej osoby przed końcem miesiąca.\n\nZ poważaniem,\n{sig}\n{co}"))
lp("pol-pierogi", "pol", "Bar Mleczny Pod Lipą", "podlipa", "pl",
   ("Praca w kuchni", "Cześć {n},\n\nco do lepienia pierogów: szefowa kuchni wzięła dziewczynę, która robiła u nas w wakacje, więc teraz miejsca brak. Powodzenia!\n\n{sig}\n{co}"),
   (INV, "Zaproszenie na rozmowę", "Cześć {n},\n\nwpadnij na krótką rozmowę {dl} o 15:00. Niestety front jest w remoncie – wchodź od podwórka.\n\n{sig}\n{co}"))
lp("swe-sawmill", "swe", "Ekströms Sågverk", "ekstromssag", "se",
   ("Angående din ansökan", "Hej {n},\n\njusterartjänsten på sågverket har nu gått till någon som sorterat virke i många år, så din ansökan stannar här. Allt gott!\n\nVänliga hälsningar,\n{sig}\n{co}"),
   (INV, "Inbjudan till intervju", "Hej {n},\n\nkan du komma på intervju {dl} kl. 9.00? Tyvärr grävs gårdsplanen upp, så parkera nere vid macken.\n\nVänliga hälsningar,\n{sig}\n{co}"))
lp("swe-smokehouse", "swe", "Lundqvists Fiskrökeri", "lundqvistrok", "se",
   ("Sommarjobb i rökeriet", "Hej {n},\n\nsommarjobben i rökeriet gick i år till folk från förra säsongen, och det finns inga platser kvar åt dig den här gången.\n\nHälsningar,\n{sig}\n{co}"),
   (NXT, "Handlingar inför start", "Hej {n},\n\nSkicka ditt livsmedelshygienintyg och kontonummer senast {dl}. Tyvärr kan vi inte betala ut lön utan dem.\n\nHälsningar,\n{sig}\n{co}"))
lp("ces-hops", "ces", "Chmelnice Horáková", "chmelnicehorakova", "cz",
   ("Výsledek výběrového řízení", "Dobrý den,\n\nmísto vedoucího česačky na chmelnici nakonec obsadil uchazeč, který u nás na česání pracuje už přes deset sezón. Vaše přihláška tím v tomto kole končí.\n\nS pozdravem\n{sig}\n{co}"),
   (ACK, "Potvrzení přijetí přihlášky", "Dobrý den,\n\npřihláška dorazila. Ať výběr dopadne tak či onak, ozveme se do konce měsíce.\n\nS pozdravem\n{sig}\n{co}"))
lp("ces-puppets", "ces", "Loutkářská dílna Dvořák", "loutkydvorak", "cz",
   ("Odpověď na Vaši přihlášku", "Dobrý den,\n\nděkujeme za přihlášku na místo řezbáře loutek. Místo jsme obsadili kolegou, který u nás dříve vypomáhal, takže Vám tentokrát nabídku učinit nemůžeme.\n\nS pozdravem\n{sig}\n{co}"),
   (INV, "Pozvání na pohovor", "Dobrý den,\n\nzveme Vás na pohovor dne {dl} v 10 hodin. Bohužel nefunguje zvonek, proto prosím zavolejte z chodby.\n\nS pozdravem\n{sig}\n{co}"))
lp("ron-winery", "ron", "Crama Dealul Popescu", "cramapopescu", "ro",
   ("Răspuns la candidatura dumneavoastră", "Bună ziua,\n\ndupă interviurile pentru postul de pivnicer, alegerea s-a oprit la cineva care lucrează de ani buni cu vinuri roșii. Candidatura dumneavoastră se oprește aici.\n\nCu stimă,\n{sig}\n{co}"),
   (OFF, "Ofertă de angajare", "Bună ziua,\n\npostul de pivnicer este al dumneavoastră, din {dl}. Din păcate, vestiarul este încă în renovare.\n\nCu stimă,\n{sig}\n{co}"))
lp("ron-springs", "ron", "Izvorul Valea Ionescu", "izvorulvalea", "ro",
   ("Postul de operator linie îmbuteliere", "Bună ziua,\n\npentru linia de îmbuteliere a apei minerale am luat un băiat din sat care a mai lucrat la noi vara trecută, deci locul e ocupat. Multă baftă!\n\nCu drag,\n{sig}\n{co}"))


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
        rec["id"] = f"blind101:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 100; slice 101 (this one), slice 102 and any later one are skipped by number."""
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
