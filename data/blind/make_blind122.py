# ruff: noqa: E501, S311
"""Write the hundred-and-twenty-second sealed blind slice for issue 11 (blind-slice-122.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 120; slice 121 and later never read; our side printed)
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

SEED = 1221221
THIS_SLICE = 122
SKIP_FROM = 121  # slice 121 (written at the same time, unseen), this slice and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 4, 28)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Oonagh Brannigan", "Tebogo Kgosietsile", "Sadaf Rizvi", "Jonah Maetia", "Wyatt Coldiron",
    "Seo-yeon Bae", "Amandine Roux-Fabre", "Hamish Dunlop", "Kagiso Motsumi", "Hira Siddiqui",
    "Ezekiel Tanito'o", "Delaney Briscoe", "Ji-hoon Ryu", "Capucine Lefort", "Ailsa McCartney",
    "Boitumelo Sebina", "Zainab Qazi", "Florence Ha'aomea", "Colton Rainwater", "Min-ji Seong",
    "Perpetua Okafor", "Rangi Tawhiri", "Siobhán Furlong", "Anneliese Vos", "Rohan Deshpande",
    "Thandiwe Ngcobo", "Marisa Escobedo", "Callum Petrie", "Yaw Boateng", "Imogen Carstairs",
    "Fenella Drummond", "Kunal Bhattacharjee", "Leilani Kahale", "Dario Mancuso", "Nokuthula Dube",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Ebbage", "Crispin Haworth", "Tamsin Pengelly", "Gideon Foxley"],
    "gl": ["Morag Kerrigan", "Stevie McIlwraith", "Jolene Baird", "Drew Fairlie"],
    "ie": ["Fionnuala Kehoe", "Cathal Breen", "Orla Nagle"],
    "us": ["Bettina Haldane", "Marcus Oyelaran", "Renata Vukovich", "Clint Ashby-Moore"],
    "tx": ["Lacey Wofford", "Dub Tankersley", "Raylene Pruett", "Kasey Bledsoe"],
    "ca": ["Genevieve Paquin", "Harjit Dhillon", "Ingrid Sorley"],
    "au": ["Shannon Keevil", "Nikos Papadakis", "Bree Cattermole"],
    "nz": ["Aroha Ngata", "Fergus Lindqvist", "Mele Fonoti"],
    "za": ["Lindiwe Zungu", "Riaan van der Berg", "Palesa Mofokeng"],
    "in": ["Lakshmi Narayanan", "Gurpreet Bains", "Sudipta Ghosh"],
    "bw": ["Mpho Seretse", "Keabetswe Ramotswa", "Onalenna Gabaake", "Tshepo Masire"],
    "pk": ["Farhan Memon", "Sana Baloch", "Imran Shaikh", "Rubina Soomro"],
    "sb": ["Jerry Houanihau", "Grace Tovosia", "Wilson Kiriau", "Ruth Sade"],
    "fr": ["Hélène Castagnier", "Thibaut Morvan", "Sandrine Peyrol"],
    "kr": ["Park Eun-ji", "Choi Dong-hyun", "Han Soo-min"],
}
REGION = {"use": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["ريم العبادي", "سلمى الحوراني"], "de": ["Henrike Stoltenberg", "Malte Ruppert"],
    "es": ["Maite Urrutia", "Joaquín Cordero"], "fr": ["Éloïse Chabert", "Gaspard Leclercq"],
    "hi": ["सुनंदा पाठक", "मनोरमा सिन्हा"], "it": ["Ornella Cattaneo", "Fabrizio Gallo"],
    "ja": ["藤井 美穂", "森本 大輔"], "ko": ["윤서진", "강민호"], "pt": ["Luana Cavalcanti", "Thiago Bezerra"],
    "ru": ["Ольга Белова", "Сергей Громов"], "sw": ["Neema Kisanga", "Juma Mrisho"],
    "th": ["สุภาพร ทองดี", "อรุณี ศรีสุข"], "tr": ["Elif Aksoy", "Burak Çelik"],
    "ur": ["شازیہ نقوی", "عمرانہ جعفری"], "zh": ["李静", "张伟明"],
    "srp": ["Snežana Marković", "Vladimir Ilić"], "cym": ["Elin Puw", "Dafydd ap Gwilym Rowlands"],
    "est": ["Triin Kuusk", "Andres Kivi"], "slv": ["Mojca Zupan", "Matej Kranjc"],
    "nep": ["सरिता थापा", "बिकास श्रेष्ठ"], "uzb": ["Dilnoza Karimova", "Sherzod Tursunov"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الشريف", "هبة قاسم"], "de": ["Franziska Lindner", "Jonas Wiegand"],
    "es": ["Alba Sarmiento", "Rodrigo Quintana"], "fr": ["Margaux Delorme", "Quentin Barbier"],
    "hi": ["अनुराधा सेठी", "विवेक कुलकर्णी"], "it": ["Beatrice Rinaldi", "Stefano Moretti"],
    "ja": ["中村 千尋", "高橋 悠斗"], "ko": ["이수아", "최현우"], "pt": ["Camila Drummond", "Felipe Araújo"],
    "ru": ["Анна Лебедева", "Илья Морозов"], "sw": ["Aisha Mwinyi", "Emmanuel Temba"],
    "th": ["กมลชนก วงศ์ใหญ่", "ธนากร มีสุข"], "tr": ["Selin Öztürk", "Kaan Arslan"],
    "ur": ["فاطمہ رضوی", "مریم انصاری"], "zh": ["赵晓燕", "孙浩"],
    "srp": ["Jovana Đorđević", "Nikola Pavlović"], "cym": ["Catrin Pritchard", "Gethin Tudur"],
    "est": ["Kertu Lepik", "Mihkel Rebane"], "slv": ["Nika Horvat", "Žiga Kos"],
    "nep": ["प्रतिमा अधिकारी", "सुजन गुरुङ"], "uzb": ["Malika Yusupova", "Jasur Rahimov"],
}
GIVEN = {"Park Eun-ji": "Eun-ji", "Choi Dong-hyun": "Dong-hyun", "Han Soo-min": "Soo-min", "Dafydd ap Gwilym Rowlands": "Dafydd"}
PROVIDERS = ["thistlebox", "quailpost", "brackenmail", "ferrybox", "sedgepost", "lintmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "gl": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "fr": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "ee": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "tx": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "br": ("-0300", None, ""),
    "bw": ("+0200", None, ""), "za": ("+0200", None, ""), "jo": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "uz": ("+0500", None, ""),
    "in": ("+0530", None, ""), "np": ("+0545", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "sb": ("+1100", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "tx", "usp", "cae", "cap")


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
OUTLOOK = "From: {full} <{addr}>\nDate: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nTo: {sig}\nDate: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, grand tour after the panel – ta. Mr Ferrie (referee) answers after five.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOTER = "\n\n— — —\nTHE WORKROOM · careers and news from {co}\nOpenings go up every Tuesday; the 'Bench Notes' letter lands monthly.\nPrefer texts? Send ROTA to get shifts near your postcode.\nNot for you any more? Reply QUIET and both stop.\nThis box is not read by people."
QUOTES["{FOOT}"] = FOOTER



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Update on requisition R-{ref}: {role}", "Hello {n},\n\nAutomatic notice, {co} candidate portal.\n\nRequisition: R-{ref} – {role}\nStatus: Position Filled\n\nSomebody else has been hired into this post and your file for it is closed. The portal account itself stays open for whatever we advertise next.\n\n{co} Talent Acquisition", ("Lochend Boltmakers", "Quitaque Grain Cooperative"), ("lochendbolt", "quitaquegrain"), frm="{co} Careers <portal@{dom}>", role=("Maintenance Fitter", "Scale House Clerk"), tz=("gl", "tx"))
mr("gh", "Your {role} application at {co}", "Hi {n},\n\nFour interviews in one day is a lot to ask, so thanks. Another finalist accepted our {role} offer on Wednesday, so the search is over.\n\nYour systems exercise got real praise in the debrief. Onwards and upwards.\n\n{sig}\nRecruiting, {co}", ("Shearwater Shoal Analytics", "Kgale Hill Payments"), ("shearwatershoal", "kgalehill"), role=("Data Engineer", "Fraud Analyst"), tz=("use", "bw"))
mr("lv", "{co} – {role}", "Hey {n},\n\nReviews for {role} are wrapped up; the skipper picked folks whose backgrounds sit nearer the brief.\n\nYour profile rests on our Lagoonlist for eighteen months. Text back ERASE to wipe it.\n\nAll the best,\n{sig}", ("Kazukuru Lagoon Charters", "Clifton Harbourline Paints"), ("kazukurulagoon", "harbourlinepaints"), role=("Deckhand / Guide", "Colour Matching Technician"), tz=("sb", "pk"))
mr("sr", "Application outcome: {role}", "<html><body><p>Dear {n},</p><p>Your application with {co} has been reviewed.</p><table border='1'><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Outcome</td><td>Not shortlisted – other applicants were progressed</td></tr></table><p>Appreciated – thanks for thinking of us.</p><p>{co} Recruitment Team</p></body></html>", ("Hanbit Lensworks", "Maison Verlaine Textiles"), ("hanbitlens", "maisonverlaine"), frm="{co} Recruitment <careers@{dom}>", role=("QA Inspector", "Export Assistant"), tz=("kr", "fr"))
mr("ic", "{co}: {role} (Req {ref})", "Dear {n},\n\nThank you for applying to {co}.\n\nDisposition: Not Selected\nReason: {x} not provided with the application\n\nOnly licence holders go on to the road test. Once yours is uploaded, a fresh application is welcome.\n\n{co} Human Resources", ("Llano Estacado Freight", "Clydeside Tipper Haulage"), ("llanofreight", "clydesidetipper"), frm="{co} HR <hr-noreply@{dom}>", role=("Regional Driver", "Tipper Driver"), x=("CDL Class A", "Category C+E licence"), tz=("tx", "gl"))
mr("tl", "Requisition {ref} has been cancelled", "Dear {n},\n\nYou applied for {role} (requisition {ref}). Because of {x}, {co} has withdrawn the requisition, and hiring has stopped for everyone on it.\n\nAny similar post would go up as a brand-new advert.\n\nRegards,\nPeople Services, {co}", ("Khwai Fly-in Safaris", "Moreton Tidal Energy"), ("khwaiflyin", "moretontidal"), frm="People Services <jobs@{dom}>", role=("Reservations Lead", "Site Electrician"), x=("the merger of our two Shorobe offices", "a review of the pilot plant's funding"), tz=("bw", "au"))
mr("wk", "Trial shift at {co}", "Hiya {n},\n\nThanks for doing the lunch trial on {x}. Chef's picked a cook with more wok-station hours, so that's the trial done for this job.\n\nYour prep was quick, mind, and the crew rated you.\n\n{sig}\n{co}", ("Whiteinch Cross Jiaozi", "Saddar Chai Khana"), ("whiteinchjiaozi", "saddarchai"), role="Line Cook", x=("Thursday", "Saturday"), tz=("gl", "pk"))
mr("bh", "Your application – {role}", "Hi {n},\n\nYou put your name down for {role} – appreciated. Looked at the rota again and our current part-timers are soaking up those hours, meaning no new start this season.\n\nThanks a bunch.\n\n{sig}, {co}", ("Canyon Rim Feed & Tack", "Phakalane Little Tumblers Gym"), ("canyonrimfeed", "littletumblers"), role=("Counter Help", "Weekend Coach"), tz=("tx", "bw"))
mr("tt", "{co} – follow-up of your candidature", "{x}\n\n{sig}\n{co}", ("Atelier Brisevent", "Daon Mobility"), ("brisevent", "daonmobility"), role=("Stylist Assistant", "Firmware Tester"), x=("Dear {n},\n\nMany thanks for the attention you carry to Atelier Brisevent. After reflexion, the studio has retained one other candidature, nearer to the need on this post.\n\nGood continuation in your search of employment.\n\nCordially,", "Dear {n},\n\nDaon Mobility thanks your applying. After careful review, our team selected other candidate having more fitted experience of BLE module testing.\n\nWe are cheering your bright career.\n\nBest regards,"), tz=("fr", "kr"))
mr("pp", "Shortlisting result – {role}", "Dear {n},\n\nTwo of our panel marked every {role} statement against the essentials list. You got {x} of a possible 28, and interviews start at {y}.\n\nSo {co} isn't inviting you to interview this round. Your statement was plainly worked on, and that showed.\n\n{sig}\n{co}", ("Drumoyne Tenants' Law Centre", "Auki Community Health Trust"), ("drumoynetenants", "aukihealth"), role=("Casework Officer", "Outreach Nurse"), x=("14", "16"), y=("19", "20"), tz=("gl", "sb"))
mr("jz", "{role} posting withdrawn", "Hello {n},\n\nWe pulled the {role} ad. {x}, which leaves no job to fill for now. Sorry for the bother, and cheers for the details you sent.\n\n{sig}\n{co}", ("Palo Duro Fence & Gate", "Korangi Print House"), ("paloduro-fence", "korangiprint"), role=("Welder Helper", "Offset Press Operator"), x=("The ranch contract we were hiring for fell through last week", "The packaging order from our export client was cancelled"), tz=("tx", "pk"))
mr("ab", "Next steps – {role}", "Hi {n},\n\nThe final round is behind us and the team talked it through at length. We're stopping your {role} candidacy here.\n\nThe debrief called your incident write-up sharp. Reach out again whenever something else of ours catches your eye.\n\n{sig} · {co}", ("Ledgerlight", "Tidewhistle Robotics"), ("ledgerlight", "tidewhistle"), role=("Site Reliability Engineer", "Controls Engineer"), tz=("use", "cap"))
mr("in", "About the {role} vacancy", "Dear {n},\n\nA colleague from {x} has moved into the {role} post at {co}, so the vacancy was filled internally. The external campaign, and your application in it, now closes.\n\nWith thanks for applying.\n\n{sig}\nHuman Resources", ("Broomielaw Hotel Group", "Thamalakane Riverside Lodge"), ("broomielawhotels", "thamalakanelodge"), role=("Front Office Manager", "Food and Beverage Supervisor"), x=("our Paisley property", "the Kazungula camp"), tz=("gl", "bw"))
# once (14)
mr("gla", "that job", "Hiya {n},\n\nCheers fur poppin in on Saturday. The boss has gave the job to a lassie fae Shettleston that's worked a till afore, so we're full up the now. Sorry hen.\n\nMind and come back if you're still looking after the new year.\n\nCheers,\n{sig}\n{co}", "Dennistoun Bagel Hoose", "dennistounbagel", tz="gl")
mr("bw1", "Re: application for shop assistant", "Dumela Mma {n},\n\nThank you for bringing your letter to the shop. We have already taken another lady from Mogoditshane who is staying close to us, so the post is now full.\n\nGo well with the looking. Pula!\n\n{sig}\n{co}", "Mogobane Road Hardware", "mogobaneroad", tz="bw")
mr("pk1", "Regarding your CV for Accounts Officer", "Dear Sir/Madam {n},\n\nWith reference to your application, management has already finalised one other candidate on the Accounts Officer seat at our Shahrah-e-Faisal office. Kindly do not take it otherwise; your CV is kept with us for future need.\n\nJazakAllah,\n{sig}\n{co}", "Tariq Road Traders & Co.", "tariqroadtraders", tz="pk")
mr("sb1", "Job at the store", "Hello {n},\n\nThank you tumas for coming to see us. The store manager has give the cashier job to one girl from Auki who is already known to the family, so the place is filled now. Sorry about that one.\n\nGod bless you and all at home.\n\n{sig}\n{co}", "Rove Family Store", "rovefamilystore", tz="sb")
mr("tx1", "Ranch hand position", "Howdy {n},\n\nAppreciate you driving out Tuesday. We ended up hiring a young man from Dumas who's worked cattle on his granddad's place, so the bunkhouse is full up for winter. Sorry, partner.\n\nY'all take care now,\n{sig}\n{co}", "Tascosa Creek Cattle Co.", "tascosacreek", tz="tx")
mr("fr1", "Your candidature – Sommelier Assistant", "Dear {n},\n\nYour candidature arrived well, thank you. With regret, it was not retained for the post of Sommelier Assistant; the choice was made for a profile having already one season in a starred house.\n\nWe stay at your disposition for any future occasion.\n\nCordially,\n{sig}\n{co}", "Domaine des Neuf Collines", "neufcollines", tz="fr")
mr("kr1", "[Document screening result] Marketing Intern", "Dear {n},\n\n{co} thanks for your applying. Regretfully you are not passed document screening of this recruitment. It was very hard decision because many excellent applicants were applied.\n\nWe wish you have a good luck for your career.\n\n{co} HR Team", "Sejong Bright Cosmetics", "sejongbright", frm="{co} HR <recruit@{dom}>", tz="kr")
mr("nz1", "Pruning gang", "Kia ora {n},\n\nThanks heaps for ringing about the winter pruning gang. We've filled all eight spots with last season's crew, so there's nothing going this year. Try us again in May.\n\nCheers,\n{sig}\n{co}", "Wairau Elbow Vine Services", "wairauelbow", tz="nz")
mr("za1", "Tour guide application", "Hi {n},\n\nThank you for riding along on the test tour. In the end the team chose two guides who also speak German, as most of our summer bookings are from Munich groups. We're really sorry, you were lovely with the riders.\n\nShap,\n{sig}\n{co}", "Bo-Kaap Pedal Tours", "bokaappedal", tz="za")
mr("ca1", "Dog walker application", "Hi {n},\n\nThanks for meeting the pack on Sunday. Someone who lives in Leslieville got the job, so the morning route is covered. Sorry! Your number stays on our list for the summer rush.\n\n{sig}\n{co}", "Don Valley Leash Co-op", "donvalleyleash", tz="cae")
mr("in1", "Application – Guest Relations Executive", "Dear {n},\n\nGreetings from {co}. After going through all profiles, the HR desk has finalised one candidate having prior ayurveda-resort experience; kindly treat your application as closed for this opening.\n\nWarm regards,\n{sig}\nHR Desk", "Vembanad Backwater Retreat", "vembanadretreat", tz="in")
mr("ie1", "Bindery apprentice", "Dear {n},\n\nYour letter and the marbled sheet both arrived, with thanks. Our apprenticeship is Cian Dowd's; he has a year done already at the college in Dún Laoghaire. I am sorry to disappoint you.\n\nKind regards,\n{sig}\n{co}", "Liffey Quay Bindery", "liffeyquaybindery", tz="ie")
mr("us1", "re: barista position", "hey {n},\n\nthanks for coming by the cart. we hired someone who can open at 5 on weekdays so the spot's gone. sorry about that!\n\n{sf}\n{co}", "Gowanus Steam Coffee Cart", "gowanussteam", tz="use")
mr("au1", "Swim instructor role", "Hi {n},\n\nThanks for jumping in for the in-water assessment. The Saturday classes are going to an instructor who holds the infant aquatics add-on, which wraps up your application.\n\nCheers,\n{sig}\n{co}", "Coogee Splash Swim School", "coogeesplash", tz="au")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-quarry", "RE: [EXT] Re: {role} – after Thursday", "Hi {n},\n\nNice note, ta. {x} has chosen Mhairi Gourlay for the role; she starts at the crusher plant on the 1st.\n\nShowing you the benches was a pleasure. Keep in touch.\n\n{sig}\n\n{OUT}", ("Dalmally Aggregates", "Canadian River Sand & Rock"), ("dalmallyagg", "canadianriversand"), role=("Plant Supervisor", "Plant Supervisor"), x=("Our operations director", "Our plant owner"), tz=("gl", "tx"))
mr("th-diamond", "RE: [EXT] RE: Sorting Analyst interview", "Dear {n},\n\nAppreciate your patience since the panel is appreciated. The selection committee has appointed Onkemetse Dintwa as Sorting Analyst; head office confirmed it on Friday.\n\nA good morning with you in the sort house. Go well,\n{sig}\n\n{ORIG}", ("Jwaneng Rough Valuators", "Kimberley Parcel Assessors"), ("jwanengrough", "kimberleyparcel"), tz=("bw", "za"))
mr("th-port", "Re: [EXT] Re: Terminal Planner", "Dear {n},\n\nYour kind follow-up reached me. Our terminal manager has picked a planner from the {x} team, who joins us {y}.\n\nWe enjoyed hearing about your yard-planning ideas and will remember them.\n\nWarm regards,\n{sig}\n\n{GM}", ("Keamari Box Terminal", "Mataniko Quay Services"), ("keamaribox", "matanikoquay"), x=("Port Qasim", "Buala cannery"), y=("after Eid", "after the independence holidays"), tz=("pk", "sb"))
mr("th-lab", "RE: [EXT] Re: Formulation Chemist – our meeting", "Hello {n},\n\nThank you again for the exchange with our team. The direction has made its choice: the post goes to {x}, who already led our supplier audits last year.\n\nThe exchange with you was a true pleasure.\n\nBest regards,\n{sig}\n\n{RULE}", ("Laboratoires Sauvinière", "Gaon Cell Materials"), ("sauviniere-labs", "gaoncell"), x=("Mme Ludivine Ferrand", "Mr. Jeong Tae-yang"), tz=("fr", "kr"))
mr("th-pharm", "RE: [EXT] Re: Aseptic Pharmacist – panel on the 12th", "Hi {n},\n\nLovely to hear from you. Quick update: the chief pharmacist's choice for the aseptic post was {x}, who has accepted; she'd been covering the unit as a locum.\n\nThe panel enjoyed your hour.\n\n{sig}\n\n{OUT}", ("St Brendan's Hospital Pharmacy", "Fraser Valley Health Pharmacy"), ("stbrendans-pharm", "fraservalleypharm"), role=("Aseptic Pharmacist", "Aseptic Pharmacist"), x=("Dr Aisling Moran", "Dr Priya Gill"), tz=("ie", "cap"))
mr("th-radio", "Re: [EXT] Re: Breakfast Producer chat", "{y} {n},\n\nCheers for the follow-up. Our programme director went with {x} for the breakfast producer gig; he starts when the ratings period closes.\n\nReally enjoyed the studio tour with you.\n\n{sig}\n\n{GM}", ("Waikanae Coast FM", "Barwon Swanbourne Radio"), ("waikanaecoastfm", "barwonswanbourne"), x=("Tama Rewiti", "Josh Pettigrew"), y=("Kia ora", "G'day"), tz=("nz", "au"))
mr("th-aqua", "RE: [EXT] RE: Aquarist II – interview", "Hi {n},\n\nLoved your note after the dive check. The curator's pick for Aquarist II was {x}, a two-year volunteer on our shark tunnel.\n\nGreat company on the tank walk!\n\nAll best,\n{sig}\n\n{ORIG}", ("Chesapeake Lantern Aquarium", "Firth of Forth Sea Life Trust"), ("lanternaquarium", "forthsealife"), x=("Dana Whitlock", "Euan Sproat"), tz=("use", "uk"))
mr("th-school", "RE: [EXT] Re: Bursar post", "Dear {n},\n\nYour message reached us, and your visit to the school was appreciated. The board of governors has appointed {x} as Bursar from next term.\n\nEvery blessing on your path.\n\nYours in service,\n{sig}\n\n{RULE}", ("Tenaru Christian High School", "Moeding Hills Secondary School"), ("tenaruhigh", "moedinghills"), x=("Mr Derrick Pitakaka", "Mrs Gaone Mmusi"), tz=("sb", "bw"))
# ---- 8 clear refusals under long footers
mr("ft-iron", "Your application with {co}", "Hi {n},\n\nYou applied to be a {role} at our {x} branch. We've said no to this application, we're afraid.{FOOT}", ("Rivetdown Ironmongers", "Rivetdown Ironmongers"), ("rivetdown", "rivetdown"), frm="{co} Jobs <workroom@{dom}>", role=("Trade Counter Assistant", "Key Cutting Assistant"), x=("Motherwell", "Ayr"), tz=("gl", "gl"))
mr("ft-camp", "Update from {co}", "Dear {n},\n\nYour {role} application for {x} has been read through. It was unsuccessful.{FOOT}", ("Stilecroft Kit Co.", "Stilecroft Kit Co."), ("stilecroftkit", "stilecroftkit"), frm="{co} Jobs <workroom@{dom}>", role=("Tent Hall Adviser", "Boot Fitter"), x=("Ambleside", "Penruddock"), tz="uk")
mr("ft-kitch", "{role} – {co}", "Hello {n},\n\nAbout {role} at {x}: the store team has decided your application goes no further.{FOOT}", ("Copperpan Kitchenstore", "Copperpan Kitchenstore"), ("copperpan", "copperpan"), frm="{co} Jobs <workroom@{dom}>", role=("Sales Assistant", "Demo Cook"), x=("Lubbock", "Amarillo"), tz=("tx", "tx"))
mr("ft-stat", "About your application", "Hi {n},\n\nYour application for {role} ({x}) was reviewed and it has not been successful.{FOOT}", ("Quire & Ream", "Quire & Ream"), ("inkwellream", "inkwellream"), frm="{co} Jobs <workroom@{dom}>", role=("Christmas Temp", "Print Desk Assistant"), x=("Cork", "Galway"), tz="ie")
# ---- 9 hedged refusals
mr("hd-seis", "{role} – where things landed", "Hi {n},\n\nYour field-campaign walkthrough was clear. Several candidates had logged more hands-on time processing passive seismic arrays, and the panel judged that a closer match to the project, so those are the people going forward.\n\nBest,\n{sig}\n{co}", ("Rannoch Subsurface", "Tule Canyon Geophysics"), ("rannochsub", "tulecanyongeo"), role=("Geophysicist", "Geophysicist"), tz=("gl", "tx"))
mr("hd-sign", "Interpreter panel", "Dear {n},\n\nThanks for sitting the assessment. Other interpreters brought more court and medical hours, and the agency has gone their way for this intake.\n\nWarm regards,\n{sig}\n{co}", ("Handshape Interpreting", "Clearsign Access"), ("handshapeint", "clearsignaccess"), tz=("uk", "nz"))
mr("hd-ground", "{role} outcome", "Hello {n},\n\nWe appreciate your time at the airside day. The hiring managers leaned towards applicants who already hold airside driving permits, and chose among them.\n\nKind regards,\n{sig}\n{co}", ("Sir Seretse Ground Handling", "Henderson Field Aviation Services"), ("seretseground", "hendersonfield"), role=("Ramp Agent", "Ramp Agent"), tz=("bw", "sb"))
mr("hd-tomato", "Grower role", "Hi {n},\n\nAppreciate the drive out to the glasshouses. A grower who has taken a hydroponic block through a whole season got the nod; others were a closer fit this time.\n\nCheers,\n{sig}\n{co}", ("Kalkie Undercover Growers", "Leeston Vine Tomatoes"), ("kalkieundercover", "leestonvine"), tz=("au", "nz"))
mr("hd-pk", "Merchandiser position", "Dear {n},\n\nThanks for giving the interview at our SITE office. Management feels few candidates are having more exposure with denim buyers in Europe, so the preference has been given to them.\n\nBest of luck,\n{sig}\n{co}", "Orangi Denim Exports", "orangidenim", tz="pk")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-build", "Following our call – {role}", "Hi {n},\n\nGood speaking earlier. As promised, in writing: their own internal person has landed the {role} job. Mind you, a main contractor has a {x} opening I reckon fits you even better – shall I send you in for it?\n\n{sig}\n{co}", ("Gantry Search", "Gantry Search"), ("gantrysearch", "gantrysearch"), role=("Site Manager", "Site Manager"), x=("Contracts Manager", "Project Planner"), tz=("gl", "ie"))
mr("rc-it", "Re: today's call", "Hi {n},\n\nGood chat this morning. To confirm: another shortlisted person took the {role} vacancy. I have a {x} role at a logistics firm – same band, hybrid – and can pass your CV over today if you give me the nod.\n\n{sig}\n{co}", ("Bytequarry Recruitment", "Bytequarry Recruitment"), ("bytequarry", "bytequarry"), role=("Service Desk Analyst", "Network Engineer"), x=("Desktop Support", "Infrastructure Engineer"), tz=("use", "cae"))
mr("rc-av", "{role} update", "Hi {n},\n\nAs discussed, the airline has picked a different engineer for the {role} contract. Separately, a {x} post has come in from a charter operator and your licence fits it exactly. Can we talk tomorrow?\n\n{sig}\n{co}", ("Winglet Talent", "Winglet Talent"), ("winglettalent", "winglettalent"), role=("B1 Licensed Engineer", "Avionics Technician"), x=("line maintenance", "hangar planning"), tz=("au", "za"))
mr("rc-bw", "Feedback on Finance Officer", "Dumela {n},\n\nAs per our phone call, the client went for another applicant on the Finance Officer post. There is however a Payroll Administrator opening with a mining contractor in Selebi-Phikwe; shall I submit your CV?\n\nRegards,\n{sig}\n{co}", "Kalahari Talent Partners", "kalaharitalent", tz="bw")
# ---- 8 public-sector notices
mr("ps-ref", "Notice of results – announcement {ref}", "Dear {n},\n\nRating of your {role} application is complete. Result: qualified. Referral: not referred – the selecting official received the top-ranked group only.\n\nFuture announcements remain open to you.\n\n{co}\nStaffing Office", ("Yellowhouse County Personnel Board", "Hudson Bluffs County Civil Service Office"), ("lubbockcountyhr", "saratogacivil"), frm="{co} <staffing@{dom}>", role=("Records Technician", "Water Plant Operator Trainee"), tz=("tx", "use"))
mr("ps-inel", "Eligibility decision – {role}", "Dear {n},\n\nYour application for {role} was checked by the commission and declared ineligible: {x}. It is therefore out of this exercise.\n\n{co}", ("District Councils Staffing Unit", "Provincial Public Service Board"), ("dcstaffing", "provpsb"), frm="{co} <recruitment@{dom}>", role=("Assistant Planning Officer", "Field Clerk"), x=("no certified diploma copy was attached", "on the closing date you exceeded the upper age limit"), tz=("bw", "sb"))
mr("ps-canc", "Vacancy {ref} cancelled", "Dear {n},\n\nNotice: {role} competition cancelled {x}. No appointment follows; all applications lapse.\n\n{co}", ("Ayrshire Coastal Council", "Malir Municipal Services Cell"), ("ayrshirecoastal", "malirmunicipal"), frm="{co} HR <vacancies@{dom}>", role=("Harbour Officer", "Assistant Engineer (Roads)"), x=("following a service redesign", "due to withdrawal of the development budget"), tz=("gl", "pk"))
mr("ps-mark", "Written test result", "Dear {n},\n\nWritten test – {role}\nMark obtained: {x}\nQualifying mark: {y}\n\nYour mark falls short of the qualifying mark, and the candidature ends at this stage.\n\n{co}", ("Regional Recruitment Board", "State Subordinate Services Board"), ("regionalrecboard", "subservicesboard"), frm="{co} <results@{dom}>", role=("Revenue Inspector", "Junior Assistant"), x=("38/100", "44/120"), y=("45/100", "60/120"), tz=("za", "in"))
# ---- 6 bare ATS status updates
mr("st-a", "Application status changed", "Hi {n},\n\nOne of your Wrenlark applications moved.\n\nRole: {role}\nStatus: No longer under consideration\n\nWrenlark · My Jobs keeps the full history.", ("Wrenlark", "Wrenlark"), ("wrenlark", "wrenlark"), frm="Wrenlark <status@{dom}>", role=("Warehouse Lead – Irving", "Payroll Clerk – Leeds"), tz=("tx", "uk"))
mr("st-b", "Status update", "<html><body><p>{n},</p><p><b>{role}</b></p><p>Now showing: <b>Closed · Not progressing</b></p><p>Stilemoor Candidate Centre</p></body></html>", ("Stilemoor", "Stilemoor"), ("stilemoor", "stilemoor"), frm="Stilemoor <updates@{dom}>", role=("Graphic Designer", "Lab Assistant"), tz=("au", "za"))
mr("st-c", "Your application: {role}", "Application update\n\n{role}\nThis job has stopped considering your application.\n\nSent automatically by Quenchbury Jobs.", ("Quenchbury", "Quenchbury"), ("quenchbury", "quenchbury"), frm="Quenchbury Jobs <noreply@{dom}>", role=("Customer Success Associate", "Barista"), tz=("use", "nz"))
# ---- 6 internship / graduate decisions
mr("ig-a", "{co} – selection decision", "Dear {n},\n\nThe {co} had eleven places this year and well over four hundred applicants. Yours is among those we can't place in the cohort.\n\nNext cycle's window opens in autumn, should you want another go.\n\nEarly Careers Team", ("Aerialmast Broadcast Engineering Internship", "Claimsette Graduate Patent Trainee Scheme"), ("mastheadbroadcast", "claimsettepatent"), frm="Early Careers <earlycareers@{dom}>", tz=("uk", "ie"))
mr("ig-b", "Your {co} application", "Hi {n},\n\nSelection for the {co} is complete. Your application was read in full; a place was not awarded to you.\n\nThank you for your interest,\n{sig}", ("Harbour Philharmonic Orchestra Management Internship", "Groundtruth Graduate Geotechnical Programme"), ("harbourphilharmonic", "groundtruthgeo"), frm="{sig} <{sl}@{dom}>", tz=("au", "za"))
mr("ig-c", "Decision: {co}", "Dear {n},\n\nEvery exercise from the {co} assessment centre is now scored. Places have gone to other candidates; yours was among those without one this year.\n\nBest wishes,\n{sig}", ("Northern Seedbank Research Internship", "Railmark Graduate Signalling Scheme"), ("seedvaultresearch", "railsignalgrads"), tz=("cae", "in"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've received your application: {role}", "Hello {n},\n\nYour {role} application (R-{ref}) is logged in the {co} candidate portal.\n\nToday it shows Submitted. Screening may turn that into Interview, or into Position Filled should another person be hired. Whichever it becomes, an email follows the change.\n\n{co} Talent Acquisition", ("Lochend Boltmakers", "Quitaque Grain Cooperative"), ("lochendbolt", "quitaquegrain"), frm="{co} Careers <portal@{dom}>", role=("Stores Person", "Grain Sampler"), tz=("gl", "tx"))
mo("application_received", "gh", "Thanks for applying to {co}!", "Hi {n},\n\nYour {role} application landed. A recruiter reads everything within a week or so. Should we pick other people, a human tells you – we don't do ghosting.\n\n{sig}\nRecruiting, {co}", ("Shearwater Shoal Analytics", "Kgale Hill Payments"), ("shearwatershoal", "kgalehill"), role=("Analytics Engineer", "Product Analyst"), tz=("use", "bw"))
mo("application_received", "lv", "{co} has your application", "Hey {n},\n\n{role} application: in. Hired or not, your profile rests on our Lagoonlist for eighteen months afterwards (reply ERASE to opt out).\n\nSpeak soon,\n{sig}", ("Kazukuru Lagoon Charters", "Clifton Harbourline Paints"), ("kazukurulagoon", "harbourlinepaints"), role=("Boat Mechanic", "Tinting Assistant"), tz=("sb", "pk"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><p>Your application is with us.</p><table border='1'><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Can become</td><td>Interview · Not shortlisted</td></tr></table><p>{co} Recruitment Team</p></body></html>", ("Hanbit Lensworks", "Maison Verlaine Textiles"), ("hanbitlens", "maisonverlaine"), frm="{co} Recruitment <careers@{dom}>", role=("Lens Coater", "Sample Room Assistant"), tz=("kr", "fr"))
mo("application_received", "ic", "{co}: we got your application (Req {ref})", "Dear {n},\n\n{role}: application logged. Screening begins next week, and any file missing a {x} gets the Not Selected disposition there – upload it to your profile before then.\n\n{co} Human Resources", ("Llano Estacado Freight", "Clydeside Tipper Haulage"), ("llanofreight", "clydesidetipper"), frm="{co} HR <hr-noreply@{dom}>", role=("Yard Jockey", "Shunter Driver"), x=("current DOT medical card", "valid CPC card"), tz=("tx", "gl"))
mo("application_received", "tl", "Application confirmation – requisition {ref}", "Dear {n},\n\nYour application for {role} is confirmed. If the requisition is ever cancelled or frozen, every applicant is emailed within the day.\n\nRegards,\nPeople Services, {co}", ("Khwai Fly-in Safaris", "Moreton Tidal Energy"), ("khwaiflyin", "moretontidal"), frm="People Services <jobs@{dom}>", role=("Camp Host", "Instrument Technician"), tz=("bw", "au"))
mo("application_received", "wk", "Got your CV", "Hiya {n},\n\nGot your CV for the kitchen, ta. Chef picks who comes in for a trial lunch. If he's got enough cooks lined up already, I'll message and say – nobody gets left dangling here.\n\n{sig}\n{co}", ("Whiteinch Cross Jiaozi", "Saddar Chai Khana"), ("whiteinchjiaozi", "saddarchai"), tz=("gl", "pk"))
mo("application_received", "bh", "Thanks for applying – {role}", "Hi {n},\n\nGot your name on the {role} list. Rota gets looked at after the holidays. Part-timers cover it, no hire, and I'll email to say; they can't, and I'll phone you about a sit-down.\n\n{sig}, {co}", ("Canyon Rim Feed & Tack", "Phakalane Little Tumblers Gym"), ("canyonrimfeed", "littletumblers"), role=("Delivery Driver", "Reception"), tz=("tx", "bw"))
mo("application_received", "tt", "{co} – reception of your candidature", "{x}\n\n{sig}\n{co}", ("Atelier Brisevent", "Daon Mobility"), ("brisevent", "daonmobility"), x=("Dear {n},\n\nWe accuse reception of your candidature. The studio studies it in the two next weeks. In case of negative answer, you receive equally a message, because we answer to every person.\n\nCordially,", "Dear {n},\n\nYour documents are well arrived. Document screening result will be notified through this email in 2 weeks, pass or fail both.\n\nBest regards,"), tz=("fr", "kr"))
mo("application_received", "pp", "Application received – {role}", "Dear {n},\n\nYour {role} application at {co} is in. A pair of panel members marks every statement; below the interview line means an email after the shortlisting meeting, above it an invitation.\n\n{sig}\n{co}", ("Drumoyne Tenants' Law Centre", "Auki Community Health Trust"), ("drumoynetenants", "aukihealth"), role=("Debt Adviser", "Community Health Worker"), tz=("gl", "sb"))
mo("application_received", "jz", "Application in – {role}", "Hello {n},\n\nYour {role} application came through fine. Fair warning: the job hangs on a contract we're still signing. Should that fall over, the ad comes down and everyone hears.\n\n{sig}\n{co}", ("Palo Duro Fence & Gate", "Korangi Print House"), ("paloduro-fence", "korangiprint"), role=("Post Hole Digger Operator", "Bindery Helper"), tz=("tx", "pk"))
mo("application_received", "ab", "Thanks, {n} – {co}", "Hi {n},\n\n{role} application in. Process: a short intro call, a technical session, a team afternoon. If we stop at any stage, you'll hear quickly, with reasons if you want them.\n\n{sig} · {co}", ("Ledgerlight", "Tidewhistle Robotics"), ("ledgerlight", "tidewhistle"), role=("Platform Engineer", "Robotics Software Engineer"), tz=("use", "cap"))
mo("application_received", "in", "Application for {role}", "Dear {n},\n\n{role}: application reached us. Colleagues inside the group are applying too; should one be appointed, the external campaign closes and a letter goes to you.\n\n{sig}\nHuman Resources", ("Broomielaw Hotel Group", "Thamalakane Riverside Lodge"), ("broomielawhotels", "thamalakanelodge"), role=("Night Manager", "Guest Relations Officer"), tz=("gl", "bw"))
mo("application_received", "quarry", "Application logged – {role}", "Hi {n},\n\n{role} application received. Shortlisting happens the Friday after closing. We ring shortlisted people only, so silence to the month's end means we went another way.\n\n{sig}\n{co}", ("Dalmally Aggregates", "Canadian River Sand & Rock"), ("dalmallyagg", "canadianriversand"), role=("Weighbridge Operator", "Loader Operator"), tz=("gl", "tx"))
mo("application_received", "diamond", "Acknowledgement of application", "Dear {n},\n\nYour Sorting Analyst application is acknowledged. Anyone unsuccessful at the paper sift receives a letter; those who pass are called for a practical test.\n\nKind regards,\n{sig}", ("Jwaneng Rough Valuators", "Kimberley Parcel Assessors"), ("jwanengrough", "kimberleyparcel"), tz=("bw", "za"))
mo("application_received", "port", "Your application to {co}", "Dear {n},\n\nYour CV for Yard Controller has reached HR and is under review with the others. A reply comes within three weeks, whatever the outcome.\n\nWarm regards,\n{sig}", ("Keamari Box Terminal", "Mataniko Quay Services"), ("keamaribox", "matanikoquay"), tz=("pk", "sb"))
mo("application_received", "pharm", "Application received: {role}", "Hi {n},\n\n{role} application received. Shortlisting is the 14th; anybody the panel leaves out gets a system email that afternoon, and details are held six months.\n\n{sig}", ("St Brendan's Hospital Pharmacy", "Fraser Valley Health Pharmacy"), ("stbrendans-pharm", "fraservalleypharm"), role=("Pharmacy Technician", "Clinical Pharmacist"), tz=("ie", "cap"))
mo("application_received", "radio", "Got it – {role}", "Hey {n},\n\nShowreel for {role} received, cheers. Our programme director hears every one, and whatever she decides, she replies herself.\n\n{sig}\n{co}", ("Waikanae Coast FM", "Barwon Swanbourne Radio"), ("waikanaecoastfm", "barwonswanbourne"), role=("Weekend Announcer", "Panel Operator"), tz=("nz", "au"))
mo("application_received", "ftiron", "Thanks for applying to {co}", "Hi {n},\n\n{role} application: received. Shortlisted? The branch manager rings you. Not shortlisted? An email says so – and do try us again.{FOOT}", ("Rivetdown Ironmongers", "Rivetdown Ironmongers"), ("rivetdown", "rivetdown"), frm="{co} Jobs <workroom@{dom}>", role=("Paint Mixing Assistant", "Saturday Assistant"), tz=("gl", "uk"))
mo("application_received", "ftcamp", "Application received – {co}", "Dear {n},\n\nYour {role} application is in the queue. Reviews take roughly ten days, whatever the result.{FOOT}", ("Stilecroft Kit Co.", "Stilecroft Kit Co."), ("stilecroftkit", "stilecroftkit"), frm="{co} Jobs <workroom@{dom}>", role=("Climbing Wall Supervisor", "Stock Assistant"), tz="uk")
mo("application_received", "seis", "Received: {role}", "Hi {n},\n\n{role} application in. If project funding slips, hiring may pause and we'd let you know; otherwise a call comes inside two weeks.\n\nBest,\n{sig}\n{co}", ("Rannoch Subsurface", "Tule Canyon Geophysics"), ("rannochsub", "tulecanyongeo"), role=("Field Technician", "Seismic Processor"), tz=("gl", "tx"))
mo("application_received", "ground", "Application acknowledgement", "Hello {n},\n\nBaggage Handler application acknowledged. Anyone short of the airside permit requirement gets an email saying so; the rest are booked for a medical.\n\nKind regards,\n{sig}\n{co}", ("Sir Seretse Ground Handling", "Henderson Field Aviation Services"), ("seretseground", "hendersonfield"), tz=("bw", "sb"))
mo("application_received", "rcbuild", "CV received", "Hi {n},\n\nCV received, ta. It goes in front of the client Monday. Should they say no, I'll ring that afternoon and dig out what else I have.\n\n{sig}\n{co}", ("Gantry Search", "Bytequarry Recruitment"), ("gantrysearch", "bytequarry"), tz=("gl", "use"))
mo("application_received", "psref", "Application received – announcement {ref}", "Dear {n},\n\n{role}: application received. After closing, Personnel rates each file on the minimum qualifications; your Notice of Results will then state eligibility and referral status.\n\n{co}\nStaffing Office", ("Yellowhouse County Personnel Board", "Hudson Bluffs County Civil Service Office"), ("lubbockcountyhr", "saratogacivil"), frm="{co} <staffing@{dom}>", role=("Clerk III", "Park Ranger"), tz=("tx", "use"))
mo("application_received", "sta", "Application submitted", "Hi {n},\n\nWrenlark sent your {role} application.\n\nStatus: Submitted\nIt may later show: In review · Interviewing · No longer under consideration\n\nFull history sits under My Jobs.", ("Wrenlark", "Wrenlark"), ("wrenlark", "wrenlark"), frm="Wrenlark <status@{dom}>", role=("Picker – Irving", "Receptionist – Leeds"), tz=("tx", "uk"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview invitation: {role}", "Hello {n},\n\nInterview for {role}: {dl}, 10:00, with the hiring manager. Unfortunately the visitors' lot is getting new tarmac; there are bays on the street east of the gate.\n\nPlease confirm in the portal.\n\n{co} Talent Acquisition", ("Lochend Boltmakers", "Quitaque Grain Cooperative"), ("lochendbolt", "quitaquegrain"), frm="{co} Careers <portal@{dom}>", role=("Maintenance Fitter", "Elevator Operator"), tz=("gl", "tx"))
mo("interview", "gh", "Onsite for {role}", "Hi {n},\n\nGood news – team wants you onsite for {role}: {dl}. Sadly the office lift is broken till month end: three flights. If stairs are tricky, tell me and the lobby meeting room works too.\n\n{sig}", ("Shearwater Shoal Analytics", "Kgale Hill Payments"), ("shearwatershoal", "kgalehill"), role=("Data Engineer", "Fraud Analyst"), tz=("use", "bw"))
mo("interview", "quarry", "RE: [EXT] Re: {role} – next chat", "Hi {n},\n\nTa for the quick reply. Our operations lead wants a second chat – {dl}, two o'clock. Regrettably no canteen that week; bring a piece.\n\n{sig}\n\n{OUT}", ("Dalmally Aggregates", "Canadian River Sand & Rock"), ("dalmallyagg", "canadianriversand"), role=("Shift Foreman", "Shift Foreman"), tz=("gl", "tx"))
mo("interview", "wk", "Trial lunch", "Hiya {n},\n\nChef wants you for a trial lunch, {dl}, 11 till 3. Bad news: staff toilet's being redone, use the customers' one. Own knives welcome.\n\n{sig}\n{co}", ("Whiteinch Cross Jiaozi", "Saddar Chai Khana"), ("whiteinchjiaozi", "saddarchai"), tz=("gl", "pk"))
mo("interview", "pp", "Interview – {role}", "Dear {n},\n\nYour score cleared the line, so: interview for {role}, {dl}. Unfortunately the accessible entrance is being repaired – phone on arrival and we'll bring you round the back.\n\n{sig}\n{co}", ("Drumoyne Tenants' Law Centre", "Auki Community Health Trust"), ("drumoynetenants", "aukihealth"), role=("Casework Officer", "Outreach Nurse"), tz=("gl", "sb"))
mo("interview", "port", "Interview call – Yard Controller", "Dear {n},\n\nKindly attend interview at main gate office, {dl}, 11 am sharp. Unfortunately no visitor parking is there inside the port; a rickshaw to Gate 3 is best.\n\nRegards,\n{sig}", ("Keamari Box Terminal", "Mataniko Quay Services"), ("keamaribox", "matanikoquay"), tz=("pk", "sb"))
mo("interview", "seis", "Panel interview – {role}", "Hi {n},\n\nPanel interview for {role}: {dl}. Unfortunately our video tool chokes on phone signal – wifi and a laptop are safest.\n\nBest,\n{sig}\n{co}", ("Rannoch Subsurface", "Tule Canyon Geophysics"), ("rannochsub", "tulecanyongeo"), role=("Geophysicist", "Seismic Processor"), tz=("gl", "tx"))
mo("interview", "tt", "{co} – invitation to interview", "{x}\n\n{sig}\n{co}", ("Atelier Brisevent", "Daon Mobility"), ("brisevent", "daonmobility"), x=("Dear {n},\n\nYour candidature retained our attention; we receive you with pleasure the {dl} at 14h. Unfortunately the studio is in works, so the meeting happens at the café in front.\n\nCordially,", "Dear {n},\n\nCongratulation, document screening is passed. 1st interview: {dl} 10:00, Pangyo office. Unfortunately parking is not supported, so please come by subway or bus.\n\nBest regards,"), tz=("fr", "kr"))
mo("next_steps", "ic", "Action needed: licence upload (Req {ref})", "Dear {n},\n\n{role}: first review passed. Upload a clear scan of your {x}; the deadline is {dl}. Tilted phone photos get bounced by the uploader, unfortunately, so lay it flat.\n\n{co} Human Resources", ("Llano Estacado Freight", "Clydeside Tipper Haulage"), ("llanofreight", "clydesidetipper"), frm="{co} HR <hr-noreply@{dom}>", role=("Regional Driver", "Tipper Driver"), x=("CDL Class A", "Category C+E licence"), tz=("tx", "gl"))
mo("next_steps", "ab", "Take-home exercise – {role}", "Hi {n},\n\nNext for {role}: a take-home, designing a log pipeline, around three hours, due {dl}. Sadly this stage is unpaid – hence short.\n\n{sig} · {co}", ("Ledgerlight", "Tidewhistle Robotics"), ("ledgerlight", "tidewhistle"), role=("Site Reliability Engineer", "Controls Engineer"), tz=("use", "cap"))
mo("next_steps", "diamond", "Practical test and documents", "Dear {n},\n\nYou are invited to the practical colour-grading test. Bring your Omang, certified certificates and two passport photos; documents are due {dl}. Regrettably plain photocopies will be turned away.\n\nKind regards,\n{sig}", ("Jwaneng Rough Valuators", "Kimberley Parcel Assessors"), ("jwanengrough", "kimberleyparcel"), tz=("bw", "za"))
mo("next_steps", "pharm", "References and registration – {role}", "Hi {n},\n\nOn to pre-employment checks for {role}. Send two referees' emails plus your registration number by {dl}. Unfortunately relatives don't count as referees.\n\n{sig}", ("St Brendan's Hospital Pharmacy", "Fraser Valley Health Pharmacy"), ("stbrendans-pharm", "fraservalleypharm"), role=("Aseptic Pharmacist", "Clinical Pharmacist"), tz=("ie", "cap"))
mo("next_steps", "psref", "Written test schedule – {role}", "Dear {n},\n\nEligible – {role}. The online written test opens {dl} for 48 hours. Unfortunately once started it runs without a pause; keep 90 minutes free.\n\n{co}\nStaffing Office", ("Yellowhouse County Personnel Board", "Hudson Bluffs County Civil Service Office"), ("lubbockcountyhr", "saratogacivil"), frm="{co} <staffing@{dom}>", role=("Records Technician", "Park Ranger"), tz=("tx", "use"))
mo("next_steps", "ground", "Medical and permit forms", "Hello {n},\n\nKindly fill in the medical questionnaire and airside permit form, due {dl}. Unfortunately it logs off anyone idle for 20 minutes; keep your ID number handy.\n\nKind regards,\n{sig}\n{co}", ("Sir Seretse Ground Handling", "Henderson Field Aviation Services"), ("seretseground", "hendersonfield"), tz=("bw", "sb"))
mo("offer", "th", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nDelighted: the panel is offering you the {role} post. Contract attached, signature due {dl}. Staff flats are full till spring, unfortunately; I've listed some lets nearby.\n\n{sig}\n\n{OUT}", ("Broomielaw Hotel Group", "Thamalakane Riverside Lodge"), ("broomielawhotels", "thamalakanelodge"), role=("Night Manager", "Guest Relations Officer"), tz=("gl", "bw"))
mo("offer", "bh", "Job offer – {role}", "Hi {n},\n\nHow about {role}? 20 hours a week, starting {dl}. Sad news, break-room air con is busted, so it's sweaty till the repair man shows. You in?\n\n{sig}, {co}", ("Canyon Rim Feed & Tack", "Phakalane Little Tumblers Gym"), ("canyonrimfeed", "littletumblers"), role=("Counter Help", "Weekend Coach"), tz=("tx", "bw"))
mo("offer", "za", "Offer – Tour Guide", "Hi {n},\n\nCome guide with us from {dl}! Unfortunately every workshop bike is booked that first week, so you'll shadow on foot. Contract coming.\n\nShap,\n{sig}\n{co}", "Bo-Kaap Pedal Tours", "bokaappedal", tz="za")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "stw", "Application withdrawn", "Hi {n},\n\nYour withdrawal went through.\n\nRole: {role}\nStatus: Withdrawn (by you)\n\nA fresh application is possible while the job's live.", ("Wrenlark", "Wrenlark"), ("wrenlark", "wrenlark"), frm="Wrenlark <status@{dom}>", role=("Warehouse Lead – Irving", "Payroll Clerk – Leeds"), tz=("tx", "uk"))
mo("other_job", "stp", "Status update", "<html><body><p>{n},</p><p><b>{role}</b></p><p>Current status: <b>On hold – hiring manager travelling</b></p><p>Stilemoor Candidate Centre</p></body></html>", ("Stilemoor", "Stilemoor"), ("stilemoor", "stilemoor"), frm="Stilemoor <updates@{dom}>", role=("Graphic Designer", "Lab Assistant"), tz=("au", "za"))
mo("other_job", "sb", "Interview date moved", "Hello {n},\n\nRamp Supervisor panel interview is shifted by one week, due to the 7 July Independence Day holiday. Same time, same room at the airport office.\n\nThank you tumas,\n{sig}\n{co}", "Henderson Field Aviation Services", "hendersonfield", tz="sb")
mo("job_alert", "foot", "3 new roles near you", "Hi {n},\n\nNew at {co} this week:\n• Key Cutting Assistant – Paisley\n• Trade Counter Assistant – Hamilton\n• Delivery Driver – Falkirk{FOOT}", ("Rivetdown Ironmongers", "Rivetdown Ironmongers", "Rivetdown Ironmongers"), ("rivetdown", "rivetdown", "rivetdown"), frm="{co} Jobs <workroom@{dom}>", tz="gl")
mo("recruiter_outreach", "a", "Quarry manager role near Callander", "Hi {n},\n\nSaw your profile. I'm hiring a Quarry Manager for an independent aggregates firm near Callander, strong package plus a vehicle. Worth a quick call this week?\n\n{sig}\n{co}", "Gantry Search", "gantrysearch", tz="gl")
mo("recruiter_outreach", "b", "Opportunity – Grain Merchandiser", "Hi {n},\n\nHope you're well. A grain cooperative in the Panhandle is looking for a merchandiser with elevator experience. Fancy a chat about it?\n\n{sig}\n{co}", "Quitaque Talent Partners", "quitaquetalent", tz="tx")
mo("non_job_rejection_words", "flat", "Re: the flat on {x}", "Hi {n},\n\nRe the {x} flat you viewed: landlord's chosen another tenant and it's let. Sorry, {n}.\n\n{sig}\n{co}", ("Merchant City Lettings", "Block 8 Lettings"), ("merchantcitylet", "block8lettings"), x=("Ingram Street", "Broadhurst"), tz=("gl", "bw"))
mo("non_job_rejection_words", "ballot", "Your ballot entry", "Dear {n},\n\nBallot for {x}: thousands entered, and yours wasn't drawn this time.\n\n{co}", ("Caprock Canyon Rodeo Tickets", "Frere Hall Book Fair Passes"), ("rodeoballot", "litfestballot"), x=("the Saturday rodeo finals", "the closing night session"), tz=("tx", "pk"))
mo("non_job_rejection_words", "grant", "Small grant application", "Dear {n},\n\nKukum Community Fund panel has met on the netball bibs request. Sadly your bid wasn't funded this round.\n\n{sig}\nKukum Community Fund", "Kukum Community Fund", "kukumfund", tz="sb")
mo("offer", "radio", "Offer: {role}", "{y} {n},\n\nThe {role} job is yours from {dl}. Paperwork attached. Unfortunately the studio has no car park; the bus stop out front is your friend.\n\n{sig}\n{co}", ("Waikanae Coast FM", "Barwon Swanbourne Radio"), ("waikanaecoastfm", "barwonswanbourne"), role=("Weekend Announcer", "Panel Operator"), y=("Kia ora", "G'day"), tz=("nz", "au"))


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} for {co} (via Corrieloop" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    box = f"{dom}.corrieloop{ch.lower()}"
    wr(fam, rej[0], rej[1], co, box, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, box, frm=via(ch), tz=tz)


ACK, INV, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("hourglass", "Agate", "Trickle & Sons", "trickleandsons", "uk", ("Hourglassfilling apprentice", "Dear {n},\n\nYour hourglassfilling test piece came via CorrieloopAgate. It ran four seconds slow across the hour; our tolerance is one, so the application stops there.\n\nBest wishes,\n{sig}"), (ACK, "Hourglassfilling apprentice – received", "Dear {n},\n\nYour hourglassfilling application arrived via CorrieloopAgate. Your sample glass gets timed this week, and pass or fail, the answer comes in writing.\n\n{sig}"))
pair("sundial", "Beryl", "Shadowline Foundry", "shadowlinefoundry", "tx", ("Sundialcasting helper", "Howdy {n},\n\nGot your note on the sundialcasting helper spot. A fella who's poured bronze at the county fairgrounds for years has it now. Sorry, friend.\n\n{sig}"), (INV, "Sundialcasting helper – come by", "Howdy {n},\n\nSwing by the foundry {dl} around nine to talk sundialcasting. Bad news: the pour shed AC quit, so dress light.\n\n{sig}"))
pair("snowglobe", "Calcite", "Flurrybulb Studio", "flurrybulb", "usp", ("Snowglobesealing technician", "Hi {n},\n\nAbout our snowglobesealing bench: the role went to a sealer with resin-gasket experience, and your application closes here.\n\nWarmly,\n{sig}"), (NXT, "Snowglobesealing – leak test", "Hi {n},\n\nSeal the two practice globes from your kit and mail them back; due {dl}. Unfortunately we can't refund the stamps.\n\n{sig}"))
pair("quill", "Dolomite", "Swanfeather Pens", "swanfeather", "gl", ("Quillpointing", "Hiya {n},\n\nCheers for the quillpointing samples. The nibs came oot a wee bit soft for oor calligraphers, so it's a naw fae us. Keep at it.\n\nAll the best,\n{sig}"), (OFF, "Quillpointing – job's yours", "Hiya {n},\n\nQuillpointing job's yours, start {dl}. Downside: the workshop's baltic till the new boiler's in. Bring a jumper.\n\n{sig}"))
pair("waxseal", "Epidote", "Waxmark Studio", "waxmarkstudio", "ie", ("Waxsealcarving engraver", "Dear {n},\n\nOn the waxsealcarving post: Maura Quigley, an engraver from Inistioge, has it. Your application stops with that.\n\nKind regards,\n{sig}"), (ACK, "Waxsealcarving engraver – application", "Dear {n},\n\nYour waxsealcarving application is here. Either you'll be asked in to carve a test die, or we'll write to say someone else was chosen.\n\n{sig}"))
pair("chess", "Fluorite", "Rookery Turnings", "rookeryturn", "nz", ("Chesspieceturning role", "Kia ora {n},\n\nThe chesspieceturning samples were a treat – those knights! – but the team chose a turner already working in boxwood. Not this time, sorry.\n\nNgā mihi,\n{sig}"), (INV, "Chesspieceturning – come in", "Kia ora {n},\n\nPop in {dl} and turn a pawn and a rook for us? Unfortunately there are roadworks on the way out; allow 15 minutes more.\n\n{sig}"))
pair("marionette", "Garnet", "Stringfellow & Daughters", "stringfellow", "cae", ("Marionettestringing assistant", "Hi {n},\n\nMarionettestringing assistant: the pile of applications was strong and we've chosen someone else. Best of luck with the strings.\n\n{sig}"), (NXT, "Marionettestringing – portfolio", "Hi {n},\n\nNext: a short clip of a marionette you strung, due {dl}. Unfortunately uploads cap at 200 MB – two minutes max.\n\n{sig}"))
pair("harmonica", "Halite", "Reedplate Instruments", "reedplate", "usp", ("Harmonicareeding tech", "Hi {n},\n\nOn harmonicareeding: we chose somebody with brass-reed gapping experience, and your application ends here.\n\n{sig}"), (OFF, "Harmonicareeding – offer", "Hi {n},\n\nHarmonicareeding tech position offered, start date {dl}. Sadly the lot gets repaved that month; street spots are free after 9.\n\n{sig}"))
pair("bagpipe", "Iolite", "Pibroch Drone Works", "pibrochdrone", "gl", ("Bagpipedroning job", "Dear {n},\n\nThe bagpipedroning workshop has taken on a maker from Benbecula, and there's no place left to offer you.\n\nYours aye,\n{sig}"), (ACK, "Bagpipedroning – got it", "Dear {n},\n\nBagpipedroning application received. Before the month's out we write, whichever maker we pick.\n\n{sig}"))
pair("espadrille", "Jasper", "Jute Sole Collective", "jutesole", "fr", ("Espadrillestitching", "Dear {n},\n\nRegarding espadrillestitching, with regret your candidature is not retained; we chose a person already formed on the jute sole.\n\nCordially,\n{sig}"), (INV, "Espadrillestitching – meeting", "Dear {n},\n\nFor espadrillestitching we meet you with pleasure the {dl} at 10h. Unfortunately the workshop stays unheated in this season, think to a warm pullover.\n\n{sig}"))
pair("moccasin", "Kyanite", "Prairie Lodge Leatherworks", "prairielodge", "tx", ("Moccasinbeading artisan", "Hi {n},\n\nMoccasinbeading update: two artisans from the reservation craft co-op got both spots, so they're closed. Sorry to disappoint.\n\n{sig}"), (NXT, "Moccasinbeading – sample due", "Hi {n},\n\nMail a beaded vamp sample by {dl}. Unfortunately samples stay here, so pick one you can part with.\n\n{sig}"))
pair("buckle", "Lazurite", "Champion Buckle Forge", "championbuckle", "tx", ("Bucklecasting", "Hey {n},\n\nAppreciate the bucklecasting application. We're passing – the job needs someone who's already run lost-wax silver. Good luck out there.\n\n{sig}"), (OFF, "Bucklecasting – welcome aboard", "Hey {n},\n\nBucklecasting bench is yours from {dl}. Unfortunately the coffee machine died – thermos for now.\n\n{sig}"))
pair("teacosy", "Malachite", "Woolly Pot Company", "woollypot", "uk", ("Teacosyknitting homeworker", "Dear {n},\n\nYour teacosyknitting samples were lovely. We've homeworkers enough for this winter, so none are being added. Try us in spring.\n\n{sig}"), (ACK, "Teacosyknitting – samples arrived", "Dear {n},\n\nTeacosyknitting samples safely here. Decision at month end; whatever it is, they're posted back to you.\n\n{sig}"))
pair("bobbin", "Nephrite", "Pillowlace Supplies", "pillowlace", "uk", ("Lacebobbinturning", "Dear {n},\n\nThe lacebobbinturning role has gone to an experienced spangler; we'll stop your application there.\n\n{sig}"), (INV, "Lacebobbinturning – visit", "Dear {n},\n\nCould you turn a few bobbins for us at the workshop, {dl}? Regrettably the upstairs lathe is broken; it'll be the small one.\n\n{sig}"))
pair("whorl", "Onyx", "Fleecefold Spindles", "fleecefold", "nz", ("Spindlewhorlcarving", "Hi {n},\n\nSpindlewhorlcarving news: a carver who works in native timbers got the job, so yours goes no further.\n\nCheers,\n{sig}"), (NXT, "Spindlewhorlcarving – photos please", "Hi {n},\n\nSend photos of three whorls you've carved, by {dl}. Unfortunately big files bounce – under 5 MB each.\n\n{sig}"))
pair("birdcage", "Pyrite", "Perchwire Cages", "perchwire", "za", ("Birdcagewiring assistant", "Hi {n},\n\nBirdcagewiring: someone with galvanised mesh experience took the post, so yours stops here, sorry.\n\n{sig}"), (OFF, "Birdcagewiring – offer", "Hi {n},\n\nBirdcagewiring job offer: start {dl}. Bad news: load-shedding hits at two most days, so we start early.\n\n{sig}"))
pair("lantern", "Quartz", "Tinplate Gali Lanterns", "tinplategali", "in", ("Lanterntinning karigar", "Dear {n},\n\nFor the lanterntinning unit, one more experienced solderer is selected; your application therefore stands closed.\n\nRegards,\n{sig}"), (ACK, "Lanterntinning – received", "Dear {n},\n\nLanterntinning application received. Selected or not, intimation comes on this mail inside 15 days.\n\nRegards,\n{sig}"))
pair("keyblank", "Rhodonite", "Bitting Row Locks", "bittingrow", "au", ("Keyblankcutting", "Hi {n},\n\nKeyblankcutting job's gone to someone who already runs a duplicator, so your application's done, mate.\n\nCheers,\n{sig}"), (INV, "Keyblankcutting – chat", "Hi {n},\n\nKeen to chat keyblankcutting {dl}, 3pm. Unfortunately the shopfront's scaffolded – use the lane.\n\n{sig}"))
pair("clockhand", "Sodalite", "Escapement Row", "escapementrow", "ie", ("Clockhandpiercing", "Dear {n},\n\nYour clockhandpiercing sample was neat, but the role is Siobhan's – she has more fretsaw years.\n\nKind regards,\n{sig}"), (NXT, "Clockhandpiercing – test piece", "Dear {n},\n\nPierce the enclosed hand pattern and post it back, due {dl}. Unfortunately the blanks snap easily; pack it well.\n\n{sig}"))
pair("spectacle", "Topaz", "Rimwright Eyecraft", "rimwright", "bw", ("Spectaclerimming technician", "Dumela {n},\n\nSpectaclerimming post: given to another technician. Your application is unsuccessful.\n\nRegards,\n{sig}"), (ACK, "Spectaclerimming – acknowledgement", "Dumela {n},\n\nSpectaclerimming application acknowledged. Successful or unsuccessful, a letter will come.\n\n{sig}"))
pair("pennib", "Ulexite", "Tipgrind Works", "tipgrind", "kr", ("Fountainpennibbing", "Dear {n},\n\nAbout fountainpennibbing position, regretfully you are not selected; we chose candidate who has more grinding experience.\n\nBest regards,\n{sig}"), (OFF, "Fountainpennibbing – offer", "Dear {n},\n\nCongratulation! Fountainpennibbing position is offered from {dl}. Unfortunately dormitory is full, so company supports monthly rent.\n\n{sig}"))
pair("inkwell", "Variscite", "Blotter & Well", "blotterwell", "use", ("Inkwellturning", "Hi {n},\n\nInkwellturning: we're hiring a turner with glass-insert experience, which closes your application.\n\n{sig}"), (INV, "Inkwellturning – interview", "Hi {n},\n\nCome in for inkwellturning, {dl}. Unfortunately the front door sticks – shove hard.\n\n{sig}"))
pair("soldier", "Wulfenite", "Parade Ground Castworks", "paradeground", "uk", ("Toysoldiercasting", "Dear {n},\n\nToysoldiercasting bench: a pewter caster has been taken on; your file is closed.\n\n{sig}"), (ACK, "Toysoldiercasting – application in", "Dear {n},\n\nToysoldiercasting application in. Should another caster be chosen, a letter says so.\n\n{sig}"))
pair("dollhouse", "Xenotime", "Tiny Eaves Workshop", "tinyeaves", "pk", ("Dollhouseshingling", "Dear {n},\n\nFor dollhouseshingling, management finalised one other candidate, and your file is closed.\n\nRegards,\n{sig}"), (NXT, "Dollhouseshingling – documents", "Dear {n},\n\nKindly send CNIC copy plus two references, last date {dl}. Unfortunately incomplete files are not processed.\n\nRegards,\n{sig}"))
pair("tuningfork", "Zircon", "Hertz & Tine", "hertztine", "sb", ("Tuningforkfiling", "Hello {n},\n\nThank you tumas for the tuningforkfiling application. The job has go to another person with more filing experience, so no room for you this time.\n\nGod bless,\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New workshop jobs on Corrieloop this week", "Hi {n},\n\nJust posted:\n• Hourglassfilling apprentice – Bath\n• Buckle polisher – Canyon\n• Lantern solderer – Tonk\n\nFollowing Workshop jobs is why this arrived.", "Corrieloop", "corrieloop", frm="Corrieloop Jobs <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "loan", "Equipment loan request", "Dear {n},\n\nYour bench-lathe request to the makers' tool-loan scheme was declined this round; the fund is fully allocated.\n\n{sig}\nCorrieloop Makers Fund", "Corrieloop Makers Fund", "corrieloopfund", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (srp 2, cym 2, est 2, slv 2, nep, uzb); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مشغل فسيفساء مادبا", "madabamosaic", "jo",
   ("بخصوص طلبك لوظيفة حِرَفي فسيفساء", "السيدة {full} المحترمة،\n\nشكراً لاهتمامكِ بمشغلنا. استقر رأي اللجنة على حِرفية أمضت سنوات في ترميم أرضيات الكنائس القديمة بمادبا، وبهذا يُغلق ملف طلبكِ لدينا.\n\nكل الود،\n{sig}"),
   ("application_received", "تأكيد استلام طلبكِ", "السيدة {full} المحترمة،\n\nطلبكِ لوظيفة حِرَفي فسيفساء بين أيدينا الآن. ستنظر اللجنة في الطلبات خلال أسبوعين، وستصلكِ رسالة منا بالنتيجة، قبولاً كانت أم اعتذاراً.\n\nتحياتنا،\n{sig}"))
lp("de", "de", "Zinnfigurenwerkstatt Gostenhof", "zinnfiguren-gostenhof", "de",
   ("Ihre Bewerbung als Zinngießer/in", "Guten Tag {full},\n\nherzlichen Dank für Ihr Schreiben. Die Stelle erhält eine Gießerin, die schon lange mit Schieferformen arbeitet. Für Ihre Bewerbung heißt das leider eine Absage.\n\nAlles Gute für Ihre weitere Suche\n{sig}"),
   ("interview", "Einladung zum Probetag", "Guten Tag {full},\n\nhätten Sie Lust auf einen Probetag bei uns? Vorschlag: {dl}, Beginn 9 Uhr. Leider ist die Hofeinfahrt gerade eine Baustelle, kommen Sie daher bitte vorn durch den Laden.\n\nBis bald\n{sig}"))
lp("es", "es", "Taller de Vidrio Soplado La Granja", "vidriolagranja", "es",
   ("Tu candidatura para soplador de vidrio", "Hola {n}:\n\nMil gracias por tu carta. El puesto lo ocupa un soplador que lleva media vida junto al horno, de modo que por ahora lo tuyo no sigue.\n\nSuerte y un abrazo,\n{sig}"),
   ("next_steps", "Documentación pendiente", "Hola {n}:\n\nSeguimos adelante contigo. Mándanos una copia del DNI y tres fotos de piezas sopladas por ti; la fecha límite es el {dl}. Por desgracia el correo rechaza archivos de más de 10 MB.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Atelier de Vitrail Sainte-Clotilde", "vitrail-steclotilde", "fr",
   ("Votre candidature – peintre verrier", "Bonjour {full},\n\nVotre intérêt nous touche. Le poste sera confié à une peintre verrière rompue à la restauration des verrières anciennes ; cette fois, votre dossier ne passe pas l'étape suivante.\n\nBonne continuation,\n{sig}"),
   ("offer", "Proposition d'embauche – peintre verrier", "Bonjour {full},\n\nBonne nouvelle : le poste de peintre verrier vous est proposé, début le {dl}. Hélas, la cour de l'atelier est en chantier ce mois-là, donc pas de stationnement ; le tram dessert la porte.\n\nÀ très vite,\n{sig}"))
lp("hi", "hi", "बांधनी कला केंद्र जयपुर", "bandhanijaipur", "in",
   ("बांधनी कारीगर पद – परिणाम", "प्रिय {n} जी,\n\nजयपुर केंद्र की ओर से आभार। लहरिया और बारीक बांधनी में बरसों से रमी एक कारीगरिन इस पद पर आ रही हैं; ऐसे में फ़िलहाल आपकी अर्ज़ी पर विराम है।\n\nमंगलकामनाएँ,\n{sig}"),
   ("application_received", "अर्ज़ी मिल गई", "प्रिय {n} जी,\n\nबांधनी कारीगर पद वाली अर्ज़ी केंद्र को मिली। चुनाव हो चाहे न हो, हम पखवाड़े भर में लिखेंगे।\n\nसस्नेह,\n{sig}"))
lp("it", "it", "Bottega del Mosaico Classe", "mosaicoclasse", "it",
   ("La sua candidatura come mosaicista", "Gentile {full},\n\ngrazie del pensiero rivolto alla bottega. Il posto è stato dato a una mosaicista che taglia smalti veneziani da molti anni; per lei, quindi, niente da fare stavolta.\n\nUn caro saluto,\n{sig}"),
   ("interview", "Invito a un colloquio in bottega", "Gentile {full},\n\nle andrebbe di passare in bottega il {dl} verso le 10? Purtroppo il campanello non funziona: ci faccia uno squillo quando arriva.\n\nA presto,\n{sig}"))
lp("ja", "ja", "江戸切子工房 すみだ硝光", "sumidashoko", "jp",
   ("選考結果のご連絡", "{full} 様\n\nこの度は当工房の切子職人見習いにご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。\n\n今後のご活躍をお祈り申し上げます。\n{sig}"),
   ("next_steps", "作品写真ご提出のお願い", "{full} 様\n\n次の選考に進んでいただくため、これまでの作品写真を{dl}までにお送りください。あいにく郵送での受付は行っておりませんので、メールでお願いいたします。\n\n{sig}"))
lp("ko", "ko", "나전칠기 공방 달빛자개", "dalbitjagae", "kr",
   ("지원 결과 안내", "{full}님께\n\n달빛자개에 관심 가져 주셔서 고맙습니다. 여러 분의 작품을 오래 살펴본 끝에, 끊음질을 십 년 넘게 해 온 장인과 일하기로 했습니다. 이번에는 인연이 닿지 않았네요.\n\n앞으로의 작업을 응원합니다.\n{sig} 드림"),
   ("offer", "채용 제안 안내", "{full}님께\n\n나전 보조 장인 자리를 기쁜 마음으로 제안드립니다. 첫 출근은 {dl}입니다. 아쉽게도 공방 앞 주차 공간은 보수 공사로 막혀 있으니 버스나 지하철로 와 주세요.\n\n{sig} 드림"))
lp("pt", "pt", "Ateliê de Renda de Bilro Aquiraz", "rendaaquiraz", "br",
   ("Sua candidatura – rendeira", "Olá {n},\n\nQue bom que você pensou no nosso ateliê! Depois de muita conversa, escolhemos uma rendeira que mexe com bilros desde menina; desta vez, então, não seguimos com você.\n\nUm abraço,\n{sig}"),
   ("offer", "Proposta de trabalho – rendeira", "Olá {n},\n\nA vaga de rendeira é sua, com início em {dl}! Infelizmente a copa está em reforma, então o almoço vai ser no pátio por umas semanas; traga sua marmita.\n\nUm abraço,\n{sig}"))
lp("ru", "ru", "Мастерская хохломской росписи «Жар-древо»", "zhardrevo", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nБлагодарим за письмо. Мы взяли мастерицу, которая много лет пишет травную роспись, так что в этот раз сотрудничество не сложится.\n\nВсего доброго,\n{sig}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {full}!\n\nБудем рады видеть вас в мастерской: {dl}, в одиннадцать утра. Увы, лифт в доме сломан, а мы на третьем этаже.\n\nДо встречи,\n{sig}"))
lp("sw", "sw", "Karakana ya Vinyago vya Makonde Kinondoni", "makondemwenge", "tz",
   ("Majibu ya maombi yako", "Habari {n},\n\nShukrani kwa kutufikiria. Nafasi ya mchongaji imechukuliwa na fundi aliyechonga mpingo miaka mingi pale Kinondoni, hivyo ombi lako linaishia hapa safari hii.\n\nMungu akujalie,\n{sig}"),
   ("next_steps", "Nyaraka zinahitajika", "Habari {n},\n\nTunaendelea nawe. Tutumie nakala ya kitambulisho pamoja na picha za vinyago vitatu ulivyochonga, mwisho ni {dl}. Kwa bahati mbaya karatasi za mkono hazipokelewi ofisini.\n\nAsante sana,\n{sig}"))
lp("th", "th", "โรงทอผ้าไหมสุรินทร์ศรีงาม", "surinsilk", "th",
   ("แจ้งผลการสมัครงาน", "ถึง คุณ{n}\n\nตำแหน่งช่างทอรอบนี้ ทางโรงทอเลือกช่างที่ทอลายอัมปรมมาหลายปี ใบสมัครของคุณจึงไปต่อไม่ได้ในรอบนี้ค่ะ\n\nขอให้โชคดี\n{sig}"),
   ("offer", "ยินดีต้อนรับสู่โรงทอ", "เรียน คุณ{n}\n\nโรงทอขอเสนอตำแหน่งช่างทอให้คุณ เริ่มงาน {dl} ค่ะ น่าเสียดายที่บ้านพักช่างเต็ม แต่เรามีรายชื่อห้องเช่าแถวตลาดให้นะคะ\n\n{sig}"))
lp("tr", "tr", "Kütahya Çini Atölyesi Lale", "cinilale", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nAtölyemizi düşündüğünüz için sağ olun. Yıllardır sır altı fırça işi yapan bir usta ekibe katılıyor; bu sefer başvurunuz burada kalıyor.\n\nİyi dileklerimizle,\n{sig}"),
   ("interview", "Görüşme daveti", "Sayın {full},\n\nAtölyede tanışmak için {dl}, öğleden sonra ikiyi öneriyoruz. Maalesef kapı önünde park yeri yok; otobüs en rahatı.\n\nGörüşmek üzere,\n{sig}"))
lp("ur", "ur", "ملتان نیلی کاشی کاری ورکشاپ", "multanblue", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nہمیں یاد رکھنے کا شکریہ۔ ملتانی نیلی کاشی پر برسوں سے نقش بنانے والی ایک استاد کاریگر نے یہ نشست سنبھال لی ہے، سو آپ کی درخواست اس بار آگے نہیں چلے گی۔\n\nدعاؤں کے ساتھ،\n{sig}"),
   ("next_steps", "دستاویزات درکار ہیں", "محترمہ {full}،\n\nآپ آگے بڑھ رہی ہیں۔ شناختی کارڈ کی نقل اور اپنی بنائی تین ٹائلوں کے فوٹو {dl} تک بھیج دیجیے۔ افسوس، ادھوری فائل پر کارروائی ممکن نہیں۔\n\nوالسلام،\n{sig}"))
lp("zh", "zh", "苏州绣云刺绣工作室", "xiuyunembroidery", "cn",
   ("关于您的应聘结果", "{full}您好：\n\n感谢您应聘我们工作室的绣娘岗位。经过认真评估，我们最终选择了一位在双面绣方面经验更丰富的候选人，因此这次无法与您合作。\n\n祝您一切顺利！\n{sig}"),
   ("offer", "录用通知", "{full}您好：\n\n很高兴通知您，我们决定录用您担任绣娘，入职日期为{dl}。遗憾的是员工宿舍已经住满，我们可以帮您联系附近的房源。\n\n{sig}"))
lp("srp1", "srp", "Pirotski ćilimi Nišava", "pirotcilim", "rs",
   ("Odgovor na vašu prijavu", "Dobar dan, {full},\n\nhvala što ste se setili naše radionice. Mesto je na kraju pripalo tkalji koja godinama tka stare pirotske šare, pa se vaša prijava ovde zaustavlja.\n\nSve najbolje,\n{sig}"),
   ("application_received", "Potvrda prijema prijave", "Dobar dan, {full},\n\nprijava za tkalju je kod nas. Kakva god odluka bila, stići će vam mejl za dve nedelje.\n\nPozdrav iz Pirota,\n{sig}"))
lp("srp2", "srp", "Grnčarska radionica Zlakusa", "zlakusagrnc", "rs",
   ("Odgovor na prijavu za grnčara", "Dobar dan, {full},\n\nhvala vam na prijavi. Odlučili smo da posao ponudimo grnčaru koji već radi na nožnom vitlu, pa vaša prijava ovoga puta nije prihvaćena.\n\nSrdačno,\n{sig}"),
   ("interview", "Poziv na razgovor", "Dobar dan, {full},\n\npozivamo vas u radionicu {dl} u 10 časova. Nažalost, put do sela se popravlja, pa računajte na malo dužu vožnju.\n\nSrdačno,\n{sig}"))
lp("cym1", "cym", "Gweithdy Llwyau Caru Nant Gwrtheyrn", "llwyaucaru", "uk",
   ("Eich cais – cerfiwr llwyau caru", "Annwyl {full},\n\nDiolch o galon am feddwl amdanom ni. Cerfiwr sydd wedi gweithio gyda sycamorwydd ers blynyddoedd sydd wedi cael y swydd, felly dyna ddiwedd eich cais y tro hwn.\n\nPob hwyl,\n{sig}"),
   ("interview", "Gwahoddiad i gyfweliad", "Annwyl {full},\n\nDewch draw i'r gweithdy am sgwrs ar {dl}, tua deg y bore. Mae'r lôn ar gau ar hyn o bryd, gwaetha'r modd, felly gadewch y car yn y pentref a cherdded i lawr.\n\nCofion,\n{sig}"))
lp("cym2", "cym", "Melin Wlân Dyffryn Teifi Isaf", "melinwlanisaf", "uk",
   ("Swydd gwehydd – canlyniad", "Annwyl {full},\n\nDiolch am alw heibio'r felin i weld y gwyddiau. Gwehydd sydd eisoes yn gyfarwydd â gwŷdd Dobcross gafodd y swydd yn y diwedd, felly does dim cynnig i chi y tro yma.\n\nPob dymuniad da,\n{sig}"),
   ("next_steps", "Dogfennau ar gyfer y swydd", "Annwyl {full},\n\nA fyddech cystal ag anfon copi o'ch pasbort a manylion dau ganolwr erbyn {dl}? Yn anffodus ni allwn dderbyn lluniau aneglur o ffôn.\n\nDiolch,\n{sig}"))
lp("est1", "est", "Kihnu Tikandi Koda", "kihnutikand", "ee",
   ("Vastus teie kandideerimisele", "Tere, {n}!\n\nSuur aitäh, et meie koja peale mõtlesite. Koha saab tikkija, kes on aastaid saarte lilltikandit teinud, nii et teie avaldus jääb seekord siia pidama.\n\nKõike head\n{sig}"),
   ("application_received", "Avaldus kätte saadud", "Tere, {n}!\n\nAvaldus jõudis meieni. Kahe nädala pärast kirjutame, olgu otsus jah või ei.\n\nTervitades\n{sig}"))
lp("est2", "est", "Saaremaa Kadakatöö OÜ", "kadakatoo", "ee",
   ("Puutööline – otsus", "Tere, {n}!\n\nAitäh avalduse eest. Töökoht läks puutöölisele, kes on kadakaga varemgi palju nokitsenud, ja teie kandidatuur siin edasi ei liigu.\n\nParimat\n{sig}"),
   ("interview", "Kutse vestlusele", "Tere, {n}!\n\nOotame teid vestlusele töökotta {dl} kell 11. Kahjuks on praamiühendus hommikul hõre, nii et tulge varasema laevaga.\n\nLugupidamisega\n{sig}"))
lp("slv1", "slv", "Suha roba Ribnica", "suharobaribnica", "si",
   ("Odgovor na vašo prijavo", "Pozdravljeni, {full},\n\nhvala, ker ste pomislili na našo delavnico. Mesto je na koncu dobil strugar, ki leseno posodo izdeluje že vrsto let, zato se vaša prijava tu ustavi.\n\nVse dobro,\n{sig}"),
   ("application_received", "Potrdilo o prejemu prijave", "Pozdravljeni, {full},\n\nprijava je prispela. Kakorkoli se odločimo, čez dva tedna dobite od nas sporočilo.\n\nLep dan,\n{sig}"))
lp("slv2", "slv", "Idrijska čipka Zala", "cipkazala", "si",
   ("Klekljarica – izid izbora", "Pozdravljeni, {full},\n\nhvala za vaše zanimanje. Izbrali smo klekljarico, ki že ima izkušnje z idrijskim risom, zato vam delovnega mesta žal ne moremo ponuditi.\n\nLep pozdrav,\n{sig}"),
   ("next_steps", "Manjkajoči dokumenti", "Pozdravljeni, {full},\n\nprosimo, da nam do {dl} pošljete fotografije treh čipk, ki ste jih naredili. Žal ne sprejemamo datotek, večjih od 5 MB.\n\nLep pozdrav,\n{sig}"))
lp("nep", "nep", "भक्तपुर थाङ्का चित्रशाला", "bhaktapurthangka", "np",
   ("चित्रशालाको निर्णय", "आदरणीय {n} जी,\n\nभक्तपुरको चित्रशालालाई सम्झिनुभएकोमा आभार। मण्डल र बुद्धचित्र कोर्दै वर्षौं बिताएका एक चित्रकारले यो ठाउँ पाउनुभयो, अतः यसपालि तपाईंको अर्जी यहीँ टुङ्गिन्छ।\n\nसद्भावसहित,\n{sig}"),
   ("application_received", "निवेदन आइपुग्यो", "आदरणीय {n} जी,\n\nचित्रशालामा निवेदन आइपुग्यो। उत्तर हो होस् वा होइन, चौध दिनमा इमेल लेख्नेछौं।\n\nनमस्कार,\n{sig}"))
lp("uzb", "uzb", "Rishton Kulolchilik Ustaxonasi", "rishtonkulol", "uz",
   ("Arizangiz bo'yicha javob", "Hurmatli {full},\n\nUstaxonamizga ariza topshirganingiz uchun rahmat. Barcha arizalarni diqqat bilan ko'rib chiqib, ishqor sirlash bo'yicha tajribasi ko'proq bo'lgan nomzodni tanladik. Afsuski, bu safar arizangizni davom ettira olmaymiz.\n\nHurmat bilan,\n{sig}"))
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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "th": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}",
    "es": "{d}/{m}/{y}", "ar": "{d}/{m}/{y}", "srp": "{d}. {m}. {y}.", "cym": "{d}/{m}/{y}", "est": "{dd}.{mm}.{y}",
    "slv": "{d}. {m}. {y}", "nep": "{y}-{mm}-{dd}", "uzb": "{dd}.{mm}.{y}",
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
        return f"{q:%A, %B} {q.day}, {q.year} at {clock}", f"{q:%b} {q.day}, {q.year}, at {clock}"
    return f"{q:%A}, {q.day} {q:%B %Y} at {q:%H:%M}", f"{q.day} {q:%b %Y}, at {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 120; slice 121, this slice and any later one are skipped by number."""
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
