# ruff: noqa: E501, S311
"""Write the two-hundred-and-fourth sealed blind slice for issue 11 (blind-slice-204.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 203; slice 203, this slice and later never read; our side printed)
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

SEED = 2042042
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-204.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 204
SKIP_FROM = 203  # slice 203 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Hollie Brassington", "Oluwaseun Adeyinka", "Bhavna Rathore", "Keisha Livingston-Bent", "Tanner Kakegamic",
    "Phonesavanh Inthavong", "Tatenda Chiwenga", "Maddison Greatorex", "Adewale Ogunbiyi", "Devendra Bhati",
    "Rosalind Hooker-Archbold", "Brody Lavallee", "Vilayphone Sisouk", "Rutendo Mavhunga", "Jodie Wragg",
    "Titilope Akande", "Kavita Solanki", "Dwayne Forbes-May", "Kayla Whitecloud", "Somphone Keola",
    "Farai Nyathi", "Callum Swindell", "Yetunde Oladipo", "Mahendra Parihar", "Shanice Robinson-Pomare",
    "Orla Cunnane", "Garrett Vosberg", "Imogen Treadaway", "Tamati Herewini", "Lerato Sebego",
    "Declan Furey", "Jessamy Pryke", "Nkosana Dube", "Anjali Bishnoi", "Colby Reimer",
]
REGION_SIGNERS = {
    "db": ["Lorraine Slack", "Gareth Haslam", "Beverley Outram", "Wayne Hibbert"],
    "ng": ["Olumide Fashola", "Abimbola Oyewole", "Kehinde Alabi", "Folake Adesanya"],
    "in": ["Rajendra Sankhla", "Pushpa Kachhwaha", "Gajendra Bhandari", "Meena Purohit"],
    "co": ["Orlando Howard-Bent", "Marcia Archbold", "Elkin Pomare", "Daisy Newball"],
    "kn": ["Darlene Kowalchuk", "Travis Loon", "Shelby Ratuski", "Monty Kabatay"],
    "la": ["Bounmy Phommachanh", "Khamla Vongsavath", "Souksavanh Keomany", "Noy Chanthavong"],
    "zw": ["Tendai Mupfumira", "Chipo Makoni", "Tinashe Gumbo", "Rumbidzai Moyo"],
    "uk": ["Harriet Coldwell", "Stuart Pennock", "Fern Atherley"],
    "ie": ["Siobhán Rafferty", "Cathal Mulroy", "Niamh Brehony"],
    "us": ["Delores Harnack", "Brent Sveinsson", "Tamika Oyler"],
    "au": ["Kirra Blackwood", "Shane Petrakis", "Leanne Dunstall"],
    "nz": ["Moana Tipene", "Hamish Ardagh", "Sina Faleolo"],
    "za": ["Thabo Mokoena", "Riana van Wyk", "Palesa Masilo"],
}
GENERAL = ["Jordan Ellery", "Sam Okafor-Reid", "Alex Marchbanks", "Robin Tsai"]
REGION = {"use": "us", "usc": "us", "usp": "us", "usm": "us", "cae": "us", "wuk": "uk", "wau": "au", "wnz": "nz", "wie": "ie"}
LANG_SIGNERS = {
    "ar": ["رنا العبادي", "طارق الحوراني"], "de": ["Henrike Lamprecht", "Volker Steinmetz"],
    "es": ["Amparo Villaseñor", "Joaquín Berrocal"], "fr": ["Maëlle Rocheteau", "Gaspard Lefeuvre"],
    "hi": ["सुनीता राठौड़", "विक्रम चौहान"], "it": ["Ornella Sartori", "Fabrizio Cattaneo"],
    "ja": ["松本 美咲", "藤田 大輔"], "ko": ["이수진", "한동훈"], "pt": ["Beatriz Quintela", "Duarte Meireles"],
    "ru": ["Светлана Белова", "Игорь Карпов"], "sw": ["Neema Mwakalinga", "Juma Said"],
    "th": ["สุนิสา ทองคำ", "ธนากร ศรีสุข"], "tr": ["Elif Aksoy", "Burak Çelik"],
    "ur": ["سعدیہ ملک", "عمران شیخ"], "zh": ["林雅婷", "黄建国"],
    "cat": ["Montserrat Puigdollers", "Jordi Casadevall"], "glg": ["Uxía Rodríguez Souto", "Xosé Manuel Lema"],
    "afr": ["Elmarie Swanepoel", "Hendrik du Toit"], "isl": ["Hrafnhildur Bjarnadóttir", "Einar Gunnarsson"],
    "nor": ["Ingrid Solberg", "Torbjørn Haugen"], "dan": ["Mette Kjærgaard", "Rasmus Holm"],
    "fin": ["Aino Lehtonen", "Juha Kettunen"], "est": ["Triin Kuusk", "Priit Lepik"],
    "slv": ["Maja Kovačič", "Rok Zupančič"], "srp": ["Ivana Marković", "Stefan Đorđević"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى النجار", "سامر القاسم"], "de": ["Franziska Wegner", "Jonas Albrecht"],
    "es": ["Lucía Montalvo", "Sergio Carmona"], "fr": ["Anaïs Perrin", "Hugo Delattre"],
    "hi": ["प्रिया शेखावत", "अमित जोशी"], "it": ["Silvia Rinaldi", "Davide Mancuso"],
    "ja": ["佐藤 陽菜", "高橋 蓮"], "ko": ["최유나", "강민재"], "pt": ["Inês Barbosa", "Tiago Moura"],
    "ru": ["Ольга Зайцева", "Никита Фролов"], "sw": ["Amani Kileo", "Halima Omari"],
    "th": ["พิมพ์ชนก วงศ์ใหญ่", "กิตติพัฒน์ จันทร์เพ็ญ"], "tr": ["Selin Yurt", "Kaan Arslan"],
    "ur": ["حنا رضوی", "بلال چوہدری"], "zh": ["张静怡", "李文博"],
    "cat": ["Núria Ferrer", "Pau Vilaplana"], "glg": ["Antía Varela", "Brais Castro"],
    "afr": ["Anke Botha", "Ruan Pretorius"], "isl": ["Katrín Magnúsdóttir", "Arnar Stefánsson"],
    "nor": ["Silje Bakken", "Eirik Dahl"], "dan": ["Freja Lund", "Magnus Skov"],
    "fin": ["Emma Virtanen", "Otto Heikkinen"], "est": ["Kertu Mets", "Siim Raud"],
    "slv": ["Nina Horvat", "Luka Kranjc"], "srp": ["Jovana Ilić", "Marko Pavlović"],
}
GIVEN = {"Uxía Rodríguez Souto": "Uxía", "Xosé Manuel Lema": "Xosé"}
PROVIDERS = ["heronpost", "thistlebox", "marlmail", "quaymail", "larchpost", "pebblebox"]

ZONES = {
    "db": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "wuk": ("+0000", "+0100", "eu"),
    "ie": ("+0000", "+0100", "eu"), "wie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "ng": ("+0100", None, ""), "in": ("+0530", None, ""), "co": ("-0500", None, ""),
    "kn": ("-0600", "-0500", "us"), "la": ("+0700", None, ""), "zw": ("+0200", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "jm": ("-0500", None, ""),
    "au": ("+1000", "+1100", "au"), "wau": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "wnz": ("+1200", "+1300", "nz"),
    "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "sg": ("+0800", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"),
    "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"),
    "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""), "jo": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "tz": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "br": ("-0300", None, ""),
}

US_STYLE = ("kn", "use", "usc", "usp", "cae")
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
QNOTE = "\n{sf} – ta for Thursday's look round the dye house. Forklift refresher card attached; Mrs Oyebanji-Hartshorne picks up her phone after teatime.\n{n}"
FOOT = "\n\n== {CO} · a QUENDLEWICK company ==\nNew openings go up Tuesdays and Fridays. Ottermire Alerts send matches by town and shift; reply OTTERSTOP to pause them. The Tibbledown Times, our quarterly staff letter, covers bake-off winners and canal clean-ups. Nobody reads this inbox. Idle profiles go after thirty-one months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Your application status: {role} (Req R-{ref})", "Hello {n},\n\nYour candidate home page has changed. Requisition R-{ref}, {role}: status Closed – Not Selected. The hiring team compared every profile on the shortlist and chose to move on with others whose background matched it more closely.\n\nThis message came from the {co} Workday tenant.", ("Peak Rail Heritage Works", "Oluyole Cocoa Processing"), ("peakrailworks", "oluyolecocoa"), role=("Carriage Restorer", "Quality Lab Assistant"), tz=("db", "ng"))
mr("gh", "{co} – {role}", "Hi {n},\n\nTa for sitting the written exercise for {role}. Reviewers marked every piece blind and, weighing it all, yours stops here this round. Fresh roles pop up on our board most months.\n\n{sig}\nPeople team, {co}", ("Mandore Garden Tech", "Kenora Float Plane Tours"), ("mandoretech", "kenorafloat"), role=("QA Tester", "Dispatch Coordinator"), tz=("in", "kn"))
mr("lv", "Update from {co}", "Hi {n},\n\nA quick, honest note: {role} is going to other people. Your profile now lives in the Lever pool, where recruiters can find it if something closer turns up.\n\nBest,\n{sig}", ("Hathersage Loaf Co", "Luang Prabang Silk House"), ("hathersageloaf", "lpsilkhouse"), role=("Night Baker", "Weaving Supervisor"), tz=("uk", "la"))
mr("sr", "{co}: application update", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Unsuccessful – position filled</td></tr></table><p>Applied through SmartRecruiters. Best of luck onward.</p><p>{co} Talent</p></body></html>", ("Harare Grain Millers", "North Bay Dock Supply"), ("hararegrain", "northbaydock"), role=("Shift Electrician", "Yard Hand"), tz=("zw", "co"))
mr("ic", "Regarding your {role} application", "Dear {n},\n\nThe {co} posting names a valid {x} as essential, and your file had none, so screening closed the application. Once you hold one, do reapply.\n\nRecruitment, {co}", ("Trent Valley Scaffold Ltd", "Blue Mountain Water Taxi"), ("trentscaffold", "bluemtntaxi"), role=("Scaffolder", "Boat Captain"), x=("CISRS card", "boatmaster licence"), tz=("db", "co"))
mr("tl", "{co} – Submission {ref}", "Dear {n},\n\nAutomated notice, submission {ref}, {role}: requisition filled; submission status set to Declined. Cheers for your effort.\n\nTaleo Recruiting on behalf of {co}", ("Bodija Plastics Ltd", "Rainy River Hydro Services"), ("bodijaplastics", "rainyhydro"), role=("Machine Operator", "Line Technician"), tz=("ng", "kn"))
mr("wk", "{role} at {co}", "Hey {n},\n\nGood chatting on the phone last week. Having slept on it, other applicants are progressing for {role}. Close call, and your market-stall stories went down well.\n\nCheers,\n{sig}\nvia Workable", ("Sardar Market Spice Traders", "Chitungwiza Print Hub"), ("sardarspice", "chitprint"), role=("Stock Clerk", "Press Assistant"), tz=("in", "zw"))
mr("bh", "Your application – {role}", "Hi {n},\n\nAfter a careful look, {role} went to someone with years running a till and a stockroom. Yours was strong; pity there was just a single post.\n\nAll the best,\n{sig}\n{co} (sent with BambooHR)", ("Wirksworth Outdoor Shop", "Vientiane Bike Repair"), ("wirksoutdoor", "vtebikes"), role=("Shop Assistant", "Mechanic"), tz=("db", "la"))
mr("tt", "About {role}, {co}", "Mhoroi {n},\n\nMaita basa for applying to {co}. We are kindly informing you that the team has picked another applicant for {role}. Please do keep looking at our career page, more posts are coming.\n\nNdatenda,\n{sig}", ("Mbare Fresh Produce", "Masvingo Solar Fitters"), ("mbarefresh", "masvingosolar"), role=("Packhouse Supervisor", "Installer"), tz=("zw", "zw"))
mr("pp", "{co}: your assessment result", "Dear {n},\n\nOnline test for {role}: your score {x}; shortlist line this round {y}. Your application therefore closes here. We hold scores twelve months should the line move.\n\n{co} Recruitment (Pinpoint)", ("Ibadan City Couriers", "Lakeside Ontario Motel Group"), ("ibcouriers", "lakesidemotels"), role=("Rider Lead", "Front Desk Agent"), x=("22 out of 50", "44%"), y=("31", "58%"), tz=("ng", "kn"))
mr("jz", "Wi tenk yu, {n}", "Gud maanin {n},\n\nWi tenk yu fi apply fi {role} wid {co}. Di boss dem pick wan nex person dis time. Wi wish yu aal di best an hope fi see yu application again.\n\n{sig}\n(JazzHR)", ("Sound Bay Dive Shop", "North End Bakery San Andrés"), ("soundbaydive", "northendbake"), role=("Dive Guide", "Counter Staff"), tz=("co", "co"))
mr("ab", "{co} – next steps on {role}", "Hi {n},\n\nBoth co-founders appreciated your careful systems case. Our pick is a candidate whose last two jobs sat nearer our warehouse setup, so {role} ends here for you.\n\nWarmly,\n{sig}\nAshby · {co}", ("Blue City Logistics Tech", "Bulawayo Route Apps"), ("bluecitytech", "byoroutes"), role=("Operations Engineer", "Backend Developer"), tz=("in", "zw"))
mr("sc", "{co} picking crew – {role}", "Hi {n},\n\nTa for signing up for {role}. This season's crew is full, mostly with last year's lot coming back, so you've missed out. Shout us next spring.\n\n{sig}\n{co}", ("Hope Valley Pick-Your-Own", "Sioux Narrows Wild Rice Camp"), ("hopevalleypyo", "snwildrice"), role=("Strawberry Picker", "Rice Harvest Hand"), tz=("db", "kn"))
mr("o1", "Application: {role}", "Ay up {n},\n\nTa for going for {role}. We had a right stack of forms and picked a Cromford lad who's crewed boats afore. Hope summat turns up soon, me duck.\n\n{sig}\n{co}", "Derwent Canal Narrowboats", "derwentboats", role="Boat Hand", tz="db")
mr("o2", "RE: {role} Vacancy", "Good day {n},\n\nThis serves to notify you that your application for {role} did not succeed. Many qualified persons applied. God be with you as you search.\n\nYours faithfully,\n{sig}\nHuman Resources, {co}", "Dugbe Textile Merchants", "dugbetextile", role="Sales Representative", tz="ng")
mr("o3", "Regarding your candidature", "Khamma Ghani {n} ji,\n\nPlease be informed the selection committee has not taken your candidature for {role} forward. Thanks for showing interest in {co}; do keep visiting our portal.\n\nThanking you,\n{sig}", "Umaid Heritage Hotels", "umaidheritage", role="Guest Relations Executive", tz="in")
mr("o4", "{role} – outcome", "Hi {n},\n\nBig tenks for applying to {co}. Sadly yu didn't get it dis time. Plenty islanders applied an di manager choose somebody from La Loma.\n\nTenk yu,\n{sig}", "Spratt Bight Beach Kiosk", "sprattkiosk", role="Kiosk Attendant", tz="co")
mr("o5", "Your application with {co}", "Hey {n},\n\nThanks a bunch for your {role} application, eh. We filled it from inside the shop in the end. Good luck out there, and keep a toque handy.\n\n{sig}\n{co}", "Keewatin Marine Repair", "keewatinmarine", role="Outboard Technician", tz="kn")
mr("o6", "Application result", "Sabaidee {n},\n\nKhop chai lai lai for apply {role}. We are sorry, this time your application is not selected. Company choose other person who speak Thai language. Bo pen nyang, please try again later.\n\n{sig}\n{co}", "Mekong Riverside Guesthouse", "mekongriverside", role="Reception Staff", tz="la")
mr("o7", "{role} – decision", "Mhoroi {n},\n\nWe appreciate you coming before the panel for {role}. Regrettably you were unsuccessful; another candidate got the post. Famba zvakanaka in your search.\n\n{sig}\n{co}", "Gweru Agro Dealers", "gweruagro", role="Store Keeper", tz="zw")
mr("o8", "Thank you for applying – {role}", "Dear {n},\n\nShortlisting for {role} has now finished; sadly the picks went elsewhere. Thanks for thinking of {co}.\n\nKind regards,\n{sig}", "Kendal Mint Works", "kendalmint", role="Packing Operative", tz="uk")
mr("o9", "Your {role} application", "Hi {n},\n\nGrand to see your {role} application. The team's full now, so it ends there. Best of luck finding the next thing.\n\n{sig}\n{co}", "Sligo Surf Hire", "sligosurfhire", role="Surf Instructor", tz="ie")
mr("o10", "{co} application update", "Hi {n},\n\nThanks for wanting to cook at {co}. Having looked it over, your {role} application stops with us. Please check back for future openings.\n\nSincerely,\n{sig}", "Omaha Stockyard Diner", "omahadiner", role="Line Cook", tz="usc")
mr("o11", "Re: {role}", "Hi {n},\n\nCheers for putting in. We picked someone with a few ferry seasons under their belt, so no luck this round. All the best, mate.\n\n{sig}\n{co}", "Geelong Bay Ferries", "geelongferry", role="Deckhand", tz="au")
mr("o12", "{role} application", "Kia ora {n},\n\nThanks heaps for applying for {role}. Someone else has taken up the offer, so your application closes. Ngā mihi.\n\n{sig}\n{co}", "Nelson Hop Growers", "nelsonhops", role="Kiln Hand", tz="nz")
mr("o13", "Outcome: {role}", "Dear {n},\n\nThanks for your interest in {co}. Unfortunately you're not on the {role} shortlist. Sterkte with the search.\n\n{sig}", "Polokwane Citrus Packers", "polocitrus", role="Forklift Driver", tz="za")
mr("o14", "Hiring update, {role}", "Hey {n},\n\nThanks for driving out to Rat Portage for the walkaround. We liked you, bud, but the crew's full for {role} this year. Swing by come spring breakup.\n\n{sig}\n{co}", "Lake of the Woods Dock Builders", "lowdocks", role="Dock Carpenter", tz="kn")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} – interview follow-up", "Hi {n},\n\nLovely meeting you, and your practical was tidy. The panel offered the post to Marian Goodall; she said yes yesterday, first shift the 12th. Hope our paths cross again.\n\n{sig}\n\n{OUT}", ("Ashbourne Mill Foods", "Kenora Harbourfront Grill"), ("ashbournemill", "harbourfrontgrill"), role=("Line Leader", "Kitchen Supervisor"), tz=("db", "kn"))
mr("t2", "RE: [EXT] Re: {role} – panel on Tuesday", "Good afternoon {n},\n\nTuesday's session was a joy; the team was full of praise. Management settled on Mr Olaniyan Bamidele for {role}; he resumes after the next public holiday. Greet your family for us.\n\n{sig}\n\n{GM}", ("Iwo Road Auto Spares", "Ratanada Motors"), ("iworoadspares", "ratanadamotors"), role=("Parts Controller", "Service Advisor"), tz=("ng", "in"))
mr("t3", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nGrateful for your thoughtful answers and for staying late to meet the owner. {role} has gone to Anjali Mathur, who joined this week once her notice ended. A pleasure meeting you.\n\nWith warm regards,\n{sig}\n\n{ORIG}", ("Mehrangarh View Travels", "Sandy Hill Tours San Andrés"), ("mehrangarhtravels", "sandyhilltours"), role=("Tour Desk Executive", "Tour Desk Lead"), tz=("in", "co"))
mr("t4", "RE: [EXT] Re: {role} – thanks!", "Hey {n},\n\nGreat meeting you Friday, and ta for those booking-system tips. The partners went with Kevin Archbold; he signed this morning and begins Monday week. Wishing you all the best.\n\n{sig}\n\n{RULE}", ("Johnny Cay Boat Trips", "Kenora Paddle Co"), ("johnnycayboats", "kenorapaddle"), role=("Booking Coordinator", "Booking Lead"), tz=("co", "kn"))
mr("t5", "RE: [EXT] Re: {role} – interview day", "Sabaidee {n},\n\nKhop chai for visiting, your customer care answers were nice. The director chose Ms Keo Daravanh for {role}; she already began training. Good health and good luck.\n\n{sig}\n\n{OUT}", ("Vientiane Coffee Roasters", "Pakse Travel Desk"), ("vtecoffee", "paksetravel"), role=("Shop Supervisor", "Sales Officer"), tz=("la", "la"))
mr("t6", "RE: [EXT] Re: {role} – following up", "Mhoroi {n},\n\nMaita basa, the panel loved how you handled the role play. The board selected Mr Takudzwa Chikore for {role}; induction for him is on the 3rd. Ndatenda, and go well.\n\n{sig}\n\n{GM}", ("Mutare Timber Co-op", "Avondale Clinic Group"), ("mutaretimber", "avondaleclinic"), role=("Yard Supervisor", "Practice Administrator"), tz=("zw", "zw"))
mr("t7", "RE: [EXT] Re: {role} – Thursday", "Hiya {n},\n\nTa ever so for coming over Thursday and braving that soggy tour. The owners gave the job to Sharon Beresford, who's already done two shifts with us. All the best for whatever comes next, duck.\n\n{sig}\n\n{ORIG}", ("Buxton Spring Café", "Matlock Bath Fish Bar"), ("buxtoncafe", "matlockfishbar"), role=("Café Manager", "Fryer Lead"), tz=("db", "db"))
mr("t8", "RE: [EXT] Re: {role} – our chat", "Hi {n},\n\nThe chat was good and your sample impressed us. The committee appointed Abiodun Lawal to {role}; he resumes on the 14th. We enjoyed meeting you and wish you every success.\n\n{sig}\n\n{RULE}", ("Oje Market Traders Union", "Chinhoyi Growers Association"), ("ojetraders", "chinhoyigrowers"), role=("Office Coordinator", "Field Coordinator"), tz=("ng", "zw"))
# ---- 8 clear refusals under the long footer
mr("f1", "Your application: {role}", "Dear {n},\n\nYour {role} application has been read. We are sorry: it ends at this stage.\n\n{co} Careers{FOOT}", ("Quendlewick Belt Works", "Quendlewick Lagos Road Depot"), ("qwbeltworks", "qwlagosroad"), role=("Maintenance Fitter", "Depot Clerk"), tz=("db", "ng"))
mr("f2", "{role}: application outcome", "Hi {n},\n\nYour interest in {role} is appreciated. After review, it's a no; file shut.\n\n{co} Recruitment{FOOT}", ("Quendlewick Jodhpur Handicrafts", "Quendlewick Kenora Boatyard"), ("qwhandicrafts", "qwboatyard"), role=("Export Assistant", "Yard Labourer"), tz=("in", "kn"))
mr("f3", "{co} – {role}", "Hello {n},\n\nWe appreciate your {role} application. This time it hasn't succeeded, so the file for this post is shut.\n\nTalent team{FOOT}", ("Quendlewick Island Stores", "Quendlewick Vientiane"), ("qwislandstores", "qwvientiane"), role=("Stock Controller", "Cashier"), tz=("co", "la"))
mr("f4", "Update on {role}", "Dear {n},\n\nMany thanks for applying. Regrettably your {role} application didn't get through this time.\n\nResourcing, {co}{FOOT}", ("Quendlewick Harare Foods", "Quendlewick Chesterfield"), ("qwhararefoods", "qwchesterfield"), role=("Quality Inspector", "Warehouse Operative"), tz=("zw", "db"))
# ---- 9 hedged refusals
mr("h1", "{role} at {co}", "Hi {n},\n\nWe had some excellent {role} applications, and a few people's experience sits a touch nearer what the job asks day to day. Those applicants continue.\n\nBest wishes,\n{sig}", ("Cromford Mill Tearooms", "Ring Road Ibadan Pharmacy"), ("cromfordtea", "ringroadpharma"), role=("Tearoom Supervisor", "Pharmacy Technician"), tz=("db", "ng"))
mr("h2", "Thanks from {co}", "Hello {n},\n\nThanks for meeting us about {role}. Since then the company has taken the work in a different direction and folded the tasks into the roles we already have, so we'll be going that way for now.\n\nKind regards,\n{sig}", ("Clock Tower Printers Jodhpur", "San Luis Road Hardware"), ("clocktowerprint", "sanluishardware"), role=("Print Coordinator", "Counter Assistant"), tz=("in", "co"))
mr("h3", "Your application for {role}", "Hi {n},\n\nThanks for waiting. Strong field; others brought more of the cold-weather plant experience {role} needs most. They're who we're continuing with.\n\n{sig}\n{co}", ("Kenora Arena Services", "Bulawayo Cold Rooms"), ("kenoraarena", "byocoldrooms"), role=("Ice Plant Operator", "Refrigeration Assistant"), tz=("kn", "zw"))
mr("h4", "{role}", "Sabaidee {n},\n\nThank you for interest in {co}. Some other applicant match more to {role} requirement, so we go on with them. Khop chai for your time.\n\n{sig}", "Nam Ngum Fish Farm", "namngumfish", role="Hatchery Assistant", tz="la")
mr("h5", "Re: {role} application", "Dear {n},\n\nThanks for applying. We've opted to take the hire another way and bring in a firm we already contract for the night cleans. Thanks again for your time.\n\n{sig}\n{co}", "Kendal Leisure Pool", "kendalpool", role="Night Cleaner", tz="uk")
mr("h6", "{co} – your application", "Hi {n},\n\nAppreciate your {role} application. The candidates we're progressing had more time on the trucks in winter, which suits our routes better.\n\n{sig}", "Omaha Snow Haulers", "omahasnow", role="Plough Driver", tz="usc")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nNice speaking earlier. Like I said, {role} went to a different candidate at the client's end. I've got a {x} role opening next week that looks a decent fit though; fancy me sending your CV?\n\n{sig}\n{co}", ("Peak District Recruitment", "Ibadan Talent Partners"), ("peakrecruit", "ibtalent"), role=("Site Administrator", "Accounts Officer"), x=("Transport Planner", "Audit Assistant"), tz=("db", "ng"))
mr("rc2", "{role} – feedback and another option", "Hello {n},\n\nThanks for the phone call. The hiring manager is progressing a candidate with more export years, so {role} is closed for you. I am also recruiting a {x} near Paota circle; shall I forward your profile?\n\n{sig}\n{co}", ("Marwar Staffing Solutions", "Kenora Northwest Staffing"), ("marwarstaffing", "nwstaffing"), role=("Merchandiser", "Logistics Lead"), x=("Sourcing Executive", "Fleet Coordinator"), tz=("in", "kn"))
mr("rc3", "After our chat", "Hi {n},\n\nTa for the chat. {role} at the resort has gone elsewhere, I'm afraid. A different client wants a Bilingual Guest Agent in North End; interested?\n\n{sig}\n{co}", "Seaflower Recruitment", "seaflowerrec", role="Front Office Supervisor", tz="co")
mr("rc4", "{role} update", "Sabaidee {n},\n\nThank you for talk with me. The company decide to hire other candidate for {role}. But I have new Logistics Assistant job in Savannakhet; I send your profile, ok?\n\n{sig}\n{co}", "Lane Xang Job Agency", "lanexangjobs", role="Import Coordinator", tz="la")
mr("rc5", "Re: our call today", "Mhoroi {n},\n\nThanks for the call. The employer has decided against your profile for {role}. Another firm in Msasa wants a Stores Clerk; shall I submit you?\n\n{sig}\n{co}", "Zimworks Placements", "zimworks", role="Procurement Officer", tz="zw")
# ---- 8 public-sector notices
mr("p1", "Notice of Result – {role} ({ref})", "Dear {n},\n\nVacancy {ref}, {role}: you were assessed as qualified. The names sent to the hiring official came from a higher score band, and yours was not referred. Your part in this vacancy has ended.\n\n{co}\nHuman Resources", ("Derbyshire Dales District Council", "City of Kenora"), ("ddalescouncil", "cityofkenora"), role=("Parks Officer", "Water Plant Operator"), tz=("db", "kn"))
mr("p2", "Eligibility decision: {role}", "Dear {n},\n\nThe screening unit examined your {role} application and found you ineligible: the advertised {x} was missing. It is therefore archived.\n\n{co}", ("Oyo State Civil Service Commission", "Jodhpur Development Authority"), ("oyocsc", "jdaoffice"), role=("Administrative Officer II", "Junior Engineer"), x=("NYSC discharge certificate", "Rajasthan domicile certificate"), tz=("ng", "in"))
mr("p3", "Vacancy cancelled – {role}", "Dear {n},\n\nRecruitment for {role} (reference {ref}) is cancelled; the post stays vacant in this exercise. Every application received is closed.\n\n{co}", ("Gobernación de San Andrés Talent Office", "Harare City Council"), ("sanandresgov", "hararecity"), role=("Tourism Officer", "Revenue Clerk"), tz=("co", "zw"))
mr("p4", "Examination result – {role}", "Dear {n},\n\nYour written examination score for {role}: {x}. Cut-off for the next stage: {y}. You therefore do not advance in this recruitment.\n\nExaminations Section, {co}", ("Vientiane Capital Administration", "Derbyshire Fire and Rescue Training"), ("vtecapital", "dfrtraining"), role=("Records Clerk", "Firefighter Trainee"), x=("41 of 100", "52%"), y=("60", "65%"), tz=("la", "db"))
# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}", "Hello {n},\n\nYour {role} application at {co} changed state. It now sits outside consideration.\n\nAutomated message, replies unread.", ("Ibadan Brewing Company", "Kenora Public Library"), ("ibbrewing", "kenoralib"), role=("Brand Activator", "Library Assistant"), tz=("ng", "kn"))
mr("s2", "{co}: application status changed", "<html><body><p>Hi {n},</p><p>Application {ref} – {role}</p><p><b>Status:</b> Not being considered any longer</p><p>Profile: candidate portal.</p></body></html>", ("Jodhpur Textile Exports", "Matlock Care Homes"), ("jtexports", "matlockcare"), role=("Quality Checker", "Care Assistant"), tz=("in", "db"))
mr("s3", "Candidate update from {co}", "<html><body><div>Dear {n},</div><div>Your <i>{role}</i> application now shows: <b>Not progressing</b>.</div><div>{co} Careers</div></body></html>", ("Zimbabwe Tobacco Auctions", "Luang Namtha Eco Lodge"), ("ztauctions", "lnecolodge"), role=("Bale Clerk", "Lodge Host"), tz=("zw", "la"))
# ---- 6 internship / graduate decisions
mr("i1", "{x} – decision", "Dear {n},\n\nAbout our {x}: with so few places this year, we cannot offer you one. Do think about trying again next year.\n\n{sig}\nEarly Careers, {co}", ("Rolls Lane Engineering", "Kenora District Hospital"), ("rollslane", "kenorahospital"), x=("2026 Summer Engineering Internship", "Student Nursing Internship"), tz=("db", "kn"))
mr("i2", "Graduate Trainee Programme outcome", "Dear {n},\n\nRegarding the {co} Graduate Trainee Programme: following the aptitude test and group exercise, you are not in the 2026 cohort. Success in your career.\n\n{sig}", ("Oyo Agro Bank", "Marwar Cement Works"), ("oyoagrobank", "marwarcement"), tz=("ng", "in"))
mr("i3", "Industrial attachment application", "Mhoroi {n},\n\nYour industrial attachment request to {co} was received, but all slots are now filled and it did not succeed. Study hard, famba zvakanaka.\n\n{sig}", ("ZimPower Generation", "Lao Telecom Training Centre"), ("zimpowergen", "laotelecomtc"), tz=("zw", "la"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "We've received your application – {role}", "Hello {n},\n\n{role} (R-{ref}) is logged. Candidate home now says Received; later labels include In Review, Interview, Offer and Closed – Not Selected. An email follows each change.\n\n{co} Workday", ("Peak Rail Heritage Works", "Oluyole Cocoa Processing"), ("peakrailworks", "oluyolecocoa"), role=("Carriage Restorer", "Quality Lab Assistant"), tz=("db", "ng"))
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application landed. A written exercise comes next; should reviewers stop yours there, a brief note tells you, and likewise if it goes on.\n\n{sig}\nPeople team", ("Mandore Garden Tech", "Kenora Float Plane Tours"), ("mandoretech", "kenorafloat"), role=("QA Tester", "Dispatch Coordinator"), tz=("in", "kn"))
mo("application_received", "a3", "Application received – {role}", "Hi {n},\n\nApplication logged. However {role} turns out, your profile joins our Lever pool; details stay twelve months so a recruiter can ping you about nearer matches.\n\n{sig}\n{co}", ("Hathersage Loaf Co", "Luang Prabang Silk House"), ("hathersageloaf", "lpsilkhouse"), role=("Night Baker", "Weaving Supervisor"), tz=("uk", "la"))
mo("application_received", "a4", "{co}: we have your application", "<html><body><p>Dear {n},</p><p>{role}: application logged. Stages it can reach:</p><table border=\"1\"><tr><td>Screening</td><td>Interview</td><td>Offer</td><td>Unsuccessful – position filled</td></tr></table><p>We'll write whenever the stage changes.</p></body></html>", ("Harare Grain Millers", "North Bay Dock Supply"), ("hararegrain", "northbaydock"), role=("Shift Electrician", "Yard Hand"), tz=("zw", "co"))
mo("application_received", "a5", "Your {role} application", "Dear {n},\n\nCheck that your {x} is uploaded: {co} screening shuts any file lacking it. Complete files get a look within ten days.\n\nRecruitment", ("Trent Valley Scaffold Ltd", "Blue Mountain Water Taxi"), ("trentscaffold", "bluemtntaxi"), role=("Scaffolder", "Boat Captain"), x=("CISRS card", "boatmaster licence"), tz=("db", "co"))
mo("application_received", "a6", "Submission {ref} received", "Dear {n},\n\nSubmission {ref}, {role}, received. If another applicant fills the requisition, status becomes Declined and the system notifies you.\n\nTaleo Recruiting for {co}", ("Bodija Plastics Ltd", "Rainy River Hydro Services"), ("bodijaplastics", "rainyhydro"), role=("Machine Operator", "Line Technician"), tz=("ng", "kn"))
mo("application_received", "a7", "Got it – {role}", "Hey {n},\n\nGot your {role} form. Shortlisted folk hear by phone within fourteen days; if yours stays silent, others were picked, though every form truly gets read.\n\n{sig}\n{co} via Workable", ("Sardar Market Spice Traders", "Chitungwiza Print Hub"), ("sardarspice", "chitprint"), role=("Stock Clerk", "Press Assistant"), tz=("in", "zw"))
mo("application_received", "a8", "Application in – {role}", "Hi {n},\n\nYour {role} application's in. Till and stockroom years count most here; a person with more might get it, and you'll be emailed whichever way it lands.\n\n{sig}\n{co} (BambooHR)", ("Wirksworth Outdoor Shop", "Vientiane Bike Repair"), ("wirksoutdoor", "vtebikes"), role=("Shop Assistant", "Mechanic"), tz=("db", "la"))
mo("application_received", "a9", "Maita basa, {n}", "Mhoroi {n},\n\nYour {role} application reached us. If the team chooses elsewhere we will kindly inform you; shortlisted ones are phoned. Ndatenda.\n\n{sig}\n{co}", ("Mbare Fresh Produce", "Masvingo Solar Fitters"), ("mbarefresh", "masvingosolar"), role=("Packhouse Supervisor", "Installer"), tz=("zw", "zw"))
mo("application_received", "a10", "Next: online test for {role}", "Dear {n},\n\n{role} application logged; tomorrow brings your online test link. Below the shortlist line closes the file, above it leads to interview.\n\n{co} Recruitment (Pinpoint)", ("Ibadan City Couriers", "Lakeside Ontario Motel Group"), ("ibcouriers", "lakesidemotels"), role=("Rider Lead", "Front Desk Agent"), tz=("ng", "kn"))
mo("application_received", "a11", "Wi get yu application", "Gud maanin {n},\n\nWi get yu application fi {role}. Di boss dem wi look pan it dis week. If dem pick wan nex person, wi wi sen yu wan likl message too, seen?\n\nTenk yu,\n{sig}", ("Sound Bay Dive Shop", "North End Bakery San Andrés"), ("soundbaydive", "northendbake"), role=("Dive Guide", "Counter Staff"), tz=("co", "co"))
mo("application_received", "a12", "{co} – application received", "Hi {n},\n\nA co-founder reads each {role} application personally. Good news or bad, a human writes your reply.\n\n{sig}\nAshby · {co}", ("Blue City Logistics Tech", "Bulawayo Route Apps"), ("bluecitytech", "byoroutes"), role=("Operations Engineer", "Backend Developer"), tz=("in", "zw"))
mo("application_received", "a13", "Name down for {role}", "Hi {n},\n\nTa, you're down for {role}. Returners get crew places first. Silence from us by the 1st means the crew's full.\n\n{sig}\n{co}", ("Hope Valley Pick-Your-Own", "Sioux Narrows Wild Rice Camp"), ("hopevalleypyo", "snwildrice"), role=("Strawberry Picker", "Rice Harvest Hand"), tz=("db", "kn"))
mo("application_received", "a14", "Application acknowledged", "Dear {n},\n\nYour {role} application is duly received. Please note that shortlisted applicants alone shall hear from us regarding the next stage.\n\n{sig}\n{co}", ("Dugbe Textile Merchants", "Umaid Heritage Hotels"), ("dugbetextile", "umaidheritage"), role=("Sales Representative", "Guest Relations Executive"), tz=("ng", "in"))
mo("application_received", "a15", "Thanks for applying, {n}", "Hi {n},\n\nGot your {role} form. The manager decides in roughly two weeks; yes or no, a message follows.\n\n{sig}\n{co}", ("Spratt Bight Beach Kiosk", "Keewatin Marine Repair"), ("sprattkiosk", "keewatinmarine"), role=("Kiosk Attendant", "Outboard Technician"), tz=("co", "kn"))
mo("application_received", "a16", "We receive your application", "Sabaidee {n},\n\nKhop chai for apply {role}. Manager will check. If not selected, your CV stay with us six month for another position.\n\n{sig}\n{co}", ("Mekong Riverside Guesthouse", "Nam Ngum Fish Farm"), ("mekongriverside", "namngumfish"), role=("Reception Staff", "Hatchery Assistant"), tz=("la", "la"))
mo("application_received", "a17", "Application for {role}", "Dear {n},\n\n{role} application arrived safely. Shortlisting closes Friday. Chosen or passed over, everyone gets a posted letter.\n\n{sig}\n{co}", ("Gweru Agro Dealers", "Kendal Mint Works"), ("gweruagro", "kendalmint"), role=("Store Keeper", "Packing Operative"), tz=("zw", "uk"))
mo("application_received", "a18", "Your application is with us", "Hi {n},\n\nGreat stuff, your {role} application's here. Interview or none, you'll get word within about three weeks.\n\n{sig}\n{co}", ("Sligo Surf Hire", "Omaha Stockyard Diner"), ("sligosurfhire", "omahadiner"), role=("Surf Instructor", "Line Cook"), tz=("ie", "usc"))
mo("application_received", "a19", "Application received: {role}", "Dear {n},\n\nApplication logged. {co} replies only where experience matches; a silent month means we've chosen otherwise.\n\n{sig}", ("Geelong Bay Ferries", "Nelson Hop Growers"), ("geelongferry", "nelsonhops"), role=("Deckhand", "Kiln Hand"), tz=("au", "nz"))
mo("application_received", "a20", "Application received{x}", "Dear {n},\n\nYour {role} application is logged and under review.{FOOT}", ("Quendlewick Belt Works", "Quendlewick Kenora Boatyard"), ("qwbeltworks", "qwboatyard"), role=("Maintenance Fitter", "Yard Labourer"), x=(" – Quendlewick", ""), tz=("db", "kn"))
mo("application_received", "a21", "Application reference {ref}", "Dear {n},\n\nApplication reference {ref}, {role}, received. Any application failing eligibility is rejected without interview and a notice is posted; eligible ones are scored and ranked.\n\n{co}", ("Derbyshire Dales District Council", "Oyo State Civil Service Commission"), ("ddalescouncil", "oyocsc"), role=("Parks Officer", "Administrative Officer II"), tz=("db", "ng"))
mo("application_received", "a22", "Registration for written examination", "Dear {n},\n\n{role} written examination: registration confirmed. Scores beneath the cut-off mean a written notice; others are called to interview.\n\n{co}", ("Jodhpur Development Authority", "Vientiane Capital Administration"), ("jdaoffice", "vtecapital"), role=("Junior Engineer", "Records Clerk"), tz=("in", "la"))
mo("application_received", "a23", "Internship application received", "Dear {n},\n\n{x}: application logged. Applicants far outnumber places, so missing out is common; whichever way it goes, a letter reaches you in March.\n\nEarly Careers, {co}", ("Rolls Lane Engineering", "Kenora District Hospital"), ("rollslane", "kenorahospital"), x=("2026 Summer Engineering Internship", "Student Nursing Internship"), tz=("db", "kn"))
mo("application_received", "a24", "Application for graduate programme", "Dear {n},\n\n{co} Graduate Trainee Programme: application logged. Picked for the aptitude test or not, an email comes before month end.\n\n{sig}", ("Oyo Agro Bank", "ZimPower Generation"), ("oyoagrobank", "zimpowergen"), tz=("ng", "zw"))
mo("application_received", "a25", "Thanks for registering with {co}", "Hi {n},\n\nCV received, cheers. Should a client pass on you after interview, I ring that same day; if nothing fits yet, you stay on my books.\n\n{sig}\n{co}", ("Peak District Recruitment", "Seaflower Recruitment"), ("peakrecruit", "seaflowerrec"), tz=("db", "co"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v1", "RE: [EXT] Re: {role} – second interview", "Hi {n},\n\nThursday went well, so round two: {dl}, 10:00. Unfortunately they're re-tarmacking out front; side gate, please.\n\n{sig}\n\n{OUT}", ("Ashbourne Mill Foods", "Kenora Harbourfront Grill"), ("ashbournemill", "harbourfrontgrill"), role=("Line Leader", "Kitchen Supervisor"), tz=("db", "kn"))
mo("interview", "v2", "RE: [EXT] Re: {role} – meet the owner", "Good afternoon {n},\n\nOur owner wants to see you {dl}, 2pm. Sadly our lift is kaput; climb to floor three.\n\n{sig}\n\n{GM}", ("Iwo Road Auto Spares", "Ratanada Motors"), ("iworoadspares", "ratanadamotors"), role=("Parts Controller", "Service Advisor"), tz=("ng", "in"))
mo("offer", "f1", "RE: [EXT] Re: {role} – offer", "Dear {n},\n\nDelighted: {role} is yours. Contract attached; sign it by {dl}. Regrettably our minibus is getting a new clutch, so week one means your own transport.\n\n{sig}\n\n{RULE}", ("Johnny Cay Boat Trips", "Kenora Paddle Co"), ("johnnycayboats", "kenorapaddle"), role=("Booking Coordinator", "Booking Lead"), tz=("co", "kn"))
mo("interview", "v3", "Interview invitation – {role}", "Hello {n},\n\nYour written exercise impressed; interview slot {dl}. Unfortunately our video tool cuts out at 40 minutes, so expect one reconnect.\n\n{sig}\n{co}", ("Mandore Garden Tech", "Kenora Float Plane Tours"), ("mandoretech", "kenorafloat"), role=("QA Tester", "Dispatch Coordinator"), tz=("in", "kn"))
mo("interview", "v4", "Interview – {role}", "Ay up {n},\n\nFancy a natter about {role}, {dl}, 11 o'clock? Bad news: the jitty by the shop's closed for drain works, so use the front.\n\n{sig}\n{co}", ("Wirksworth Outdoor Shop", "Derwent Canal Narrowboats"), ("wirksoutdoor", "derwentboats"), role=("Shop Assistant", "Boat Hand"), tz=("db", "db"))
mo("interview", "v5", "Invitation for interview", "Good day {n},\n\nKindly come for {role} interview, {dl}, 9am prompt. Unfortunately NEPA has taken light in the area, so carry a hard copy of your CV.\n\n{sig}\n{co}", ("Dugbe Textile Merchants", "Bodija Plastics Ltd"), ("dugbetextile", "bodijaplastics"), role=("Sales Representative", "Machine Operator"), tz=("ng", "ng"))
mo("interview", "v6", "Interview call – {role}", "Khamma Ghani {n} ji,\n\nKindly attend {role} interview, {dl}, 11:30 am. Sorry, main gate repair work is ongoing; use the back entrance by the stepwell.\n\nThanking you,\n{sig}\n{co}", ("Umaid Heritage Hotels", "Sardar Market Spice Traders"), ("umaidheritage", "sardarspice"), role=("Guest Relations Executive", "Stock Clerk"), tz=("in", "in"))
mo("interview", "v7", "Yu interview fi {role}", "Gud maanin {n},\n\nWi want yu come fi interview pan {dl}, ten o'clock. Sorry fi tell yu di road by di shop flood up, so walk roun by di church.\n\nTenk yu,\n{sig}\n{co}", ("Sound Bay Dive Shop", "Spratt Bight Beach Kiosk"), ("soundbaydive", "sprattkiosk"), role=("Dive Guide", "Kiosk Attendant"), tz=("co", "co"))
mo("interview", "v8", "Interview for {role}", "Sabaidee {n},\n\nPlease come to interview, {dl}, 9:00. Unfortunately road near office is dig up for construction, come early please. Khop chai.\n\n{sig}\n{co}", ("Mekong Riverside Guesthouse", "Vientiane Coffee Roasters"), ("mekongriverside", "vtecoffee"), role=("Reception Staff", "Shop Supervisor"), tz=("la", "la"))
mo("interview", "v9", "Interview – {role}", "Mhoroi {n},\n\nYou made the {role} shortlist. Interviews: {dl}, 10am. Sadly ZESA load-shedding hits that morning, so carry a pen; printers may be dead.\n\n{sig}\n{co}", ("Mbare Fresh Produce", "Gweru Agro Dealers"), ("mbarefresh", "gweruagro"), role=("Packhouse Supervisor", "Store Keeper"), tz=("zw", "zw"))
mo("next_steps", "n1", "Next step: online assessment", "Dear {n},\n\nNext for {role}: the online test, due {dl}. Unfortunately its clock runs non-stop once begun, so keep 45 calm minutes free.\n\n{co} Recruitment (Pinpoint)", ("Ibadan City Couriers", "Lakeside Ontario Motel Group"), ("ibcouriers", "lakesidemotels"), role=("Rider Lead", "Front Desk Agent"), tz=("ng", "kn"))
mo("next_steps", "n2", "Action needed: {role}", "Hi {n},\n\n{role}: you've passed screening. Upload your {x} by {dl}, please. Annoyingly the portal chokes past 3 MB, so shrink big photos.\n\n{co}", ("Trent Valley Scaffold Ltd", "Blue Mountain Water Taxi"), ("trentscaffold", "bluemtntaxi"), role=("Scaffolder", "Boat Captain"), x=("CISRS card", "boatmaster licence"), tz=("db", "co"))
mo("next_steps", "n3", "Case task for {role}", "Hi {n},\n\nNext: a short systems case, due {dl}. Sadly our shared drive is playing up this week; email the file instead.\n\n{sig}\nAshby · {co}", ("Blue City Logistics Tech", "Bulawayo Route Apps"), ("bluecitytech", "byoroutes"), role=("Operations Engineer", "Backend Developer"), tz=("in", "zw"))
mo("next_steps", "n4", "Documents required – {role}", "Dear {n},\n\nEligibility screening for {role}: passed. Certified certificate copies are due {dl}. Regrettably the records office shuts on Fridays.\n\n{co}", ("Oyo State Civil Service Commission", "Jodhpur Development Authority"), ("oyocsc", "jdaoffice"), role=("Administrative Officer II", "Junior Engineer"), tz=("ng", "in"))
mo("next_steps", "n5", "Medical check before start", "Hey {n},\n\nGreat news, you're through for {role}. Book the pre-start medical by {dl}, please. Unfortunately the Main Street clinic does mornings only.\n\n{sig}\n{co}", ("Keewatin Marine Repair", "Lake of the Woods Dock Builders"), ("keewatinmarine", "lowdocks"), role=("Outboard Technician", "Dock Carpenter"), tz=("kn", "kn"))
mo("offer", "f2", "Offer of employment – {role}", "Dear {n},\n\nHappy to confirm {role} at {co} is yours, start date {dl}. Sorry, uniform stores have no medium shirts left, so yours comes a week late.\n\n{sig}", ("Polokwane Citrus Packers", "Geelong Bay Ferries"), ("polocitrus", "geelongferry"), role=("Forklift Driver", "Deckhand"), tz=("za", "au"))
mo("offer", "f3", "Your offer – {role}", "Hi {n},\n\nThrilled to offer you {role}. Could you reply by {dl}? Bad luck on timing: payroll's new system goes live that week, so your first payslip may be a day late.\n\n{sig}\n{co}", ("Sligo Surf Hire", "Nelson Hop Growers"), ("sligosurfhire", "nelsonhops"), role=("Surf Instructor", "Kiln Hand"), tz=("ie", "nz"))
mo("offer", "f4", "Offer letter", "Khamma Ghani {n} ji,\n\nGlad to inform you {role} is offered to you. Please sign the letter and return by {dl}. Unfortunately office scanner is spoilt, so hand the signed copy in person.\n\n{sig}\n{co}", "Marwar Cement Works", "marwarcement", role="Shift Chemist", tz="in")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st", "Status update: {role}", "Hello {n},\n\n{role} application stage now reads: With hiring manager. No action needed from you.\n\n{co}", ("Ibadan Brewing Company", "Kenora Public Library"), ("ibbrewing", "kenoralib"), role=("Brand Activator", "Library Assistant"), tz=("ng", "kn"))
mo("other_job", "wd", "Withdrawal confirmed", "Hi {n},\n\nDone: {role} application pulled, as you asked. Reapplying later is fine.\n\n{co} Careers", ("Matlock Care Homes", "Luang Namtha Eco Lodge"), ("matlockcare", "lnecolodge"), role=("Care Assistant", "Lodge Host"), tz=("db", "la"))
mo("other_job", "hd", "{role} – hiring paused", "Dear {n},\n\n{role} hiring waits on February's budget approval. Your application remains open and gets picked up then.\n\n{sig}\n{co}", ("Zimbabwe Tobacco Auctions", "Jodhpur Textile Exports"), ("ztauctions", "jtexports"), role=("Bale Clerk", "Quality Checker"), tz=("zw", "in"))
mo("job_alert", "al", "Ottermire Alerts: 3 new roles near Ashbourne", "Hi {n},\n\nFresh this week: Warehouse Team Leader (Ashbourne), Van Driver (Belper Road), Canteen Assistant (Wirksworth). Sorry, map view's offline for upkeep.{FOOT}", "Quendlewick Careers", "quendlewick", tz="db")
mo("recruiter_outreach", "ro", "A role you might like", "Hi {n},\n\nSpotted your profile; a {role} post I'm filling fits it. Free for a short ring this week?\n\n{sig}\n{co}", ("Marwar Staffing Solutions", "Zimworks Placements"), ("marwarstaffing", "zimworks"), role=("Warehouse Supervisor", "Site Clerk"), tz=("in", "zw"))
mo("non_job_rejection_words", "ln", "Your loan application", "Dear {n},\n\nRegarding your home improvement loan request: we're sorry, but it has been declined after our affordability checks.\n\n{sig}\n{co}", ("Peak Building Society", "Kenora Community Credit Union"), ("peakbs", "kenoracu"), tz=("db", "kn"))
mo("non_job_rejection_words", "bl", "Ballot result", "Dear {n},\n\n{x} draw: demand was enormous, and this year luck went to other entrants.\n\n{co}", ("Bakewell Show Society", "Ibadan Carnival Committee"), ("bakewellshow", "ibcarnival"), x=("grandstand seats", "parade float places"), tz=("db", "ng"))
mo("non_job_rejection_words", "fl", "Stall licence, Sardar Market", "Hi {n},\n\nYour request for a weekend stall licence at Sardar Market was refused: the market board has no pitches to give this year. Next round of licences opens in April.\n\n{sig}\n{co}", "Sardar Market Board", "sardarmarketboard", tz="in")
mo("non_job_rejection_words", "cl", "Junior sailing place", "Hi {n},\n\nThanks for signing your kid up for junior sailing, eh. The summer fleet's full and we couldn't give a spot; they're first on the waitlist.\n\n{sig}\n{co}", "Lake of the Woods Sailing Club", "lowsailing", tz="kn")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice names, each with a twin
def via(ch: str) -> str:
    return f"\n\n(seen on Sarrowmere{ch}, a Sarrowmere trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Recruitment <apply@{dom}>"
    wr(fam, rej[0], rej[1] + "\n\n{sig}\n{co}" + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + "\n\n{sig}\n{co}" + via(ch), co, dom, frm=frm, tz=tz)


AK, IV, NX, OF = "application_received", "interview", "next_steps", "offer"
pair("e1", "Anvilcloud", "Brigg Barometer Makers", "briggbarometer", "wuk", ("Barometerfitting apprentice", "Hi {n},\n\nTa for your barometerfitting bench application. An apprentice with watchmaking hands got the place, so yours rests here."), (AK, "Barometerfitting application received", "Hi {n},\n\nBarometerfitting application logged. Picked for a bench trial or passed over, a reply follows."))
pair("e2", "Bellbrook", "Galway Marquee Crew", "galwaymarquee", "wie", ("Marqueepitching crew", "Hi {n},\n\nThanks a mill for fancying marqueepitching with us. Summer crew's packed out, so this year your application goes no further."), (IV, "Marqueepitching trial", "Hi {n},\n\nPitching trial: {dl}, 8am. Unfortunately our yard becomes a swamp whenever it pours, so wellies please."))
pair("e3", "Cindervale", "Llandudno Pier Trust", "llandudnopier", "wuk", ("Piermending post", "Dear {n},\n\nPiermending applications have been sifted. Regrettably, you're absent from this shortlist."), (NX, "Piermending: safety test", "Dear {n},\n\nWorking-at-height test due {dl}. Sadly the test room heater has died, so bring a jumper."))
pair("e4", "Dovecrest", "Grand Union Towpath Services", "guntowpath", "wuk", ("Canalbankmowing season", "Hi {n},\n\nCanalbankmowing season: we took on folk already holding the brushcutter ticket, so you've lost out."), (AK, "Canalbankmowing: we've got your form", "Hi {n},\n\nCanalbankmowing form arrived, ta. Left out? A fortnight's email will say."))
pair("e5", "Elmsworth", "Columbia River Fishway Co", "crfishway", "usp", ("Fishladderclearing technician", "Hi {n},\n\nFishladderclearing technician search: another candidate was selected, and the search is now closed."), (OF, "Fishladderclearing offer", "Hi {n},\n\nFishladderclearing technician: the job is yours from {dl}. Unfortunately the crew truck's at the shop, so day one happens at the depot."))
pair("e6", "Fernhollow", "Kent Hop Gardens Ltd", "kenthops", "wuk", ("Hopbining team", "Dear {n},\n\nHopbining team's complete for the season, leaving no bine for you this year."), (IV, "Hopbining: come and meet us", "Dear {n},\n\nVisit the gardens {dl}, nine o'clock? Sorry, farm café's closed while it's refitted; a flask helps."))
pair("e7", "Gullridge", "Sydney Harbour Ferry Rigging", "shferryrig", "wau", ("Ferryroping hand", "G'day {n},\n\nFerryroping: we picked a fella with ten years on the wharves, so no dice this time."), (AK, "Ferryroping application", "G'day {n},\n\nFerryroping application's landed. Yes or no, word comes before next week's out."))
pair("e8", "Hazelmoor", "Brockwell Lido Team", "brockwelllido", "wuk", ("Lidoscrubbing shifts", "Hi {n},\n\nLidoscrubbing shifts: the rota's already full, so your application stops here."), (NX, "Lidoscrubbing: DBS form", "Hi {n},\n\nDBS form due {dl}. Annoyingly our scanner's bust; a phone snap will do."))
pair("e9", "Ivybarrow", "Melbourne Tramway Maintenance", "melbtramway", "wau", ("Tramrailoiling crew", "Hi {n},\n\nTramrailoiling night crew: unfortunately you missed out this round."), (OF, "Tramrailoiling – offer", "Hi {n},\n\nTramrailoiling night crew: you're in. Accept by {dl}. Bad news: depot canteen shuts at ten, so pack tucker."))
pair("e10", "Juniperlea", "Manawatu Hay Co", "manawatuhay", "wnz", ("Haybalestacking season", "Kia ora {n},\n\nHaybalestacking crew's filled; sorry, nothing for you this summer."), (IV, "Haybalestacking: yard visit", "Kia ora {n},\n\nPop down the yard {dl}, 7am. Sadly shed lights are gone, so we'll yarn in daylight."))
pair("e11", "Kestrelby", "Duluth Street Plow Office", "duluthplow", "usc", ("Snowplowdispatching role", "Hi {n},\n\nSnowplowdispatching role: a different applicant gets it."), (AK, "Snowplowdispatching: application received", "Hi {n},\n\nSnowplowdispatching application received. Hired or not, everybody hears back."))
pair("e12", "Larkspur", "Westland Glasshouses", "westlandglass", "wuk", ("Glasshouseventing technician", "Dear {n},\n\nGlasshouseventing technician: I'm sorry, your application goes no further."), (NX, "Glasshouseventing: skills check", "Dear {n},\n\nSkills check to book by {dl}. Unfortunately the tomato house bars visitors just now; meet at the boiler shed."))
pair("e13", "Mossgate", "Asheville Treehouse Builders", "ashevilletree", "use", ("Treehouseframing carpenter", "Hi {n},\n\nTreehouseframing: a carpenter with more rope-access hours got it, so yours is passed over."), (IV, "Treehouseframing interview", "Hi {n},\n\nCome in {dl}, 1pm? Sorry, the workshop dust extractor quit, so a mask helps."))
pair("e14", "Nettlecombe", "Sudbury Arena Crew", "sudburyarena", "cae", ("Icerinkflooding operator", "Hi {n},\n\nIcerinkflooding post: filled; your application is shut."), (OF, "Icerinkflooding operator – offer", "Hi {n},\n\nIcerinkflooding operator is yours; first shift {dl}. Regrettably the staff skate rack snapped; gear goes in the office."))
pair("e15", "Oakhurst", "Durban Oil Lamp Works", "durbanlamps", "za", ("Lampwickcutting operator", "Dear {n},\n\nLampwickcutting: unfortunately your application fell short this round."), (AK, "Lampwickcutting application", "Dear {n},\n\nLampwickcutting application received. Month end brings a yes or a no."))
pair("e16", "Pebblewick", "Lake Placid Jump Hill", "lpjumphill", "use", ("Skijumpgrooming crew", "Hi {n},\n\nSkijumpgrooming: people with snowcat hours got the spots; you're out this time."), (NX, "Skijumpgrooming: snowcat check", "Hi {n},\n\nSnowcat check needed by {dl}. Unfortunately the upper lift's shut, so start at the base hut."))
pair("e17", "Quillmere", "Nairobi Seed Vault Trust", "nairobiseed", "ke", ("Seedbanksorting assistant", "Dear {n},\n\nSeedbanksorting assistant: regrettably, the shortlist went to others."), (IV, "Seedbanksorting interview", "Dear {n},\n\nInterview slot: {dl}, 10am. Sadly the gate intercom is faulty; phone on arrival."))
pair("e18", "Rookhaven", "Blue Mountains Zipline Park", "bmzipline", "jm", ("Ziplinerigging technician", "Hi {n},\n\nZiplinerigging: somebody already certified got it; yours ends."), (AK, "Ziplinerigging application in", "Hi {n},\n\nZiplinerigging application in. Should another person be chosen, an email says so."))
pair("e19", "Sedgefield", "Invercargill Velodrome", "invvelodrome", "wnz", ("Velodromesanding contractor", "Kia ora {n},\n\nVelodromesanding quote and CV received; the work went to another applicant."), (OF, "Velodromesanding – offer", "Kia ora {n},\n\nVelodromesanding job's yours from {dl}. Bad luck: track lights are being swapped, so days only."))
pair("e20", "Thornbeck", "Singapore Cable Gondola Services", "sgcablegondola", "sg", ("Gondolacabling technician", "Hi {n},\n\nGondolacabling technician: your application cannot progress further."), (IV, "Gondolacabling interview", "Hi {n},\n\nInterview: {dl}, 3pm. Unfortunately the cable car is under inspection; bus to the base station."))
pair("e21", "Umberfold", "Solent Hovercraft Works", "solenthover", "wuk", ("Hovercraftskirting fitter", "Dear {n},\n\nHovercraftskirting fitter: this time you weren't successful."), (NX, "Hovercraftskirting: practical test", "Dear {n},\n\nConfirm a practical test slot by {dl}. Annoyingly the slipway floods at high tide, so mornings only."))
pair("e22", "Vetchley", "Lagos Pagoda Restorers", "lagospagoda", "ng", ("Pagodagilding craftsperson", "Good day {n},\n\nPagodagilding craftsperson: please be informed that another artisan has been engaged."), (AK, "Pagodagilding application received", "Good day {n},\n\nPagodagilding application duly received. Kindly note only shortlisted persons get a call."))
pair("e23", "Wrenstock", "Mildura Weather Balloon Station", "milduraballoon", "wau", ("Weatherballooning observer", "Hi {n},\n\nWeatherballooning observer: a Bureau veteran got it; all the best elsewhere."), (IV, "Weatherballooning interview", "Hi {n},\n\nInterview {dl}, nine? Sorry, the station track gets rutted after rain; leave early."))
pair("e24", "Yarrowdale", "Hampton Maze Gardens", "hamptonmaze", "wuk", ("Hedgemazetrimming gardener", "Dear {n},\n\nHedgemazetrimming gardener: your application ends here, we've decided."), (OF, "Hedgemazetrimming offer", "Dear {n},\n\nHedgemazetrimming gardener is yours from {dl}. Sadly painters occupy the staff room; lunch happens in the potting shed."))
pair("e25", "Zestmoor", "Cambridge Punt Company", "cambridgepunt", "wuk", ("Puntpoling guide", "Hi {n},\n\nPuntpoling guides: every slot's filled for the season, so none left for you."), (NX, "Puntpoling: river test", "Hi {n},\n\nRiver test to book by {dl}. Unfortunately boathouse showers are out of action."))

# ---- a job alert and a non-job refusal
wo("job_alert", "al", "Sarrowmere weekly: 3 trade jobs", "Hi {n},\n\nThis week on Sarrowmere: lockerkeycutting (Leeds), puntpoling guide (Oxford), hopbining hand (Hereford). Sorry, saved searches are paused during an upgrade.\n\nSarrowmere Boards", "Sarrowmere Boards", "sarrowmere", frm="Sarrowmere Boards <alerts@{dom}>", tz="wuk")
wo("non_job_rejection_words", "nj", "Mooring permit application", "Dear {n},\n\nYour application for a winter mooring permit at Tottington Basin has been refused; unfortunately the basin is full until March.\n\n{sig}\n{co}", "Tottington Basin Moorings", "tottingtonbasin", tz="wuk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 23 twins (none for hi, th)
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <work@{dom}>"
    wr(fam, rej[0], rej[1] + "\n\n{sig}\n{co}", co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + "\n\n{sig}\n{co}", co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مصنع البتراء للفخار", "petrapottery", "jo", ("طلب التوظيف: فني أفران", "مرحباً {n}،\n\nشكراً لتقدمك لوظيفة فني أفران في مصنعنا. نأسف لإبلاغك بأننا اخترنا مرشحاً آخر لهذه الوظيفة."), (IV, "دعوة لمقابلة: فني أفران", "مرحباً {n}،\n\nموعد مقابلتك: {dl}، العاشرة والنصف. للأسف ساحة الوقوف مغلقة لأعمال صيانة، فاركن قرب المسجد المجاور."))
lp("de", "de", "Schwarzwälder Kuckucksuhren Haas", "haasuhren", "de", ("Ihre Bewerbung als Uhrmacher", "Hallo {n},\n\nIhre Bewerbung als Uhrmacher ist geprüft. Leider hat ein anderer Bewerber den Platz bekommen."), (AK, "Bewerbung eingegangen", "Hallo {n},\n\nIhre Unterlagen liegen vor. Ob es klappt oder nicht, erfahren Sie innerhalb von drei Wochen."))
lp("es", "es", "Cerámica Triana Sevilla", "ceramicatriana", "es", ("Su candidatura: pintor de azulejos", "Hola {n}:\n\nGracias por presentar su candidatura al taller. Lamentamos comunicarle que no ha sido seleccionado para el puesto."), (NX, "Prueba práctica: pintor de azulejos", "Hola {n}:\n\nPor desgracia el horno grande se ha estropeado, así que la prueba práctica, que debe hacer antes del {dl}, será sobre bizcocho."))
lp("fr", "fr", "Fromagerie des Alpes Chabert", "fromageriechabert", "fr", ("Votre candidature : affineur", "Bonjour {n},\n\nVotre candidature à la fromagerie a bien été étudiée. Le poste d'affineur est attribué à quelqu'un d'autre."), (OF, "Proposition d'embauche : affineur", "Bonjour {n},\n\nBonne nouvelle : l'affinage, c'est vous, dès le {dl}. Malheureusement la cave du bas est en travaux : vous débuterez au rez-de-chaussée."))
lp("hi", "hi", "मरुधर लहरिया घर", "jodhpurhastshilp", "in", ("आवेदन का परिणाम", "{n} जी,\n\nलहरिया रंगसाज़ बनने की अरज मिली, आभार। अफ़सोस, अबकी बार समिति ने दूसरा नाम चुना।"))
lp("it", "it", "Cantiere Navale Lerici", "cantierelerici", "it", ("Candidatura: carpentiere navale", "Gentile {n},\n\nla ringraziamo per l'interesse. Purtroppo per il posto di carpentiere navale abbiamo scelto qualcun altro."), (IV, "Colloquio: carpentiere navale", "Gentile {n},\n\nci vediamo per il colloquio il {dl}, ore 11. Purtroppo il bar del cantiere resta chiuso, quindi si porti dell'acqua."))
lp("ja", "ja", "金沢箔工房", "kanazawahaku", "jp", ("選考結果のお知らせ", "{n}様\n\nこのたびは金箔職人の求人にご応募いただきありがとうございました。慎重に選考した結果、今回は採用を見送らせていただくことになりました。"), (AK, "応募受付のお知らせ", "{n}様\n\n金箔職人の求人へのご応募を受け付けました。合否にかかわらず、二週間以内にメールでご連絡いたします。"))
lp("ko", "ko", "전주 한옥 목공소", "jeonjuhanok", "kr", ("지원 결과 안내", "{n}님,\n\n한옥 목공소에 연락 주셔서 고맙습니다. 아쉽지만 이번 채용은 다른 분으로 결정되었습니다."), (NX, "실기 평가 안내", "{n}님,\n\n{dl}까지 실기 평가 일정을 회신해 주세요. 안타깝게도 작업장 환풍기가 고장 나서 오전에만 평가합니다."))
lp("pt", "pt", "Conservas Ribeira Matosinhos", "conservasribeira", "pt", ("Candidatura: operador de linha", "Olá {n},\n\nObrigado por pensar na nossa fábrica. Infelizmente a vaga de operador de linha ficou com outra pessoa."), (OF, "Proposta: operador de linha", "Olá {n},\n\nO lugar de operador de linha é seu, com início a {dl}. Infelizmente a cantina anda em remodelação, convém trazer marmita."))
lp("ru", "ru", "Тульская пряничная фабрика", "tulapryanik", "ru", ("Ваш отклик: пекарь", "Здравствуйте, {n}!\n\nСпасибо за отклик на вакансию пекаря. К сожалению, мы выбрали другого кандидата."), (IV, "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас на собеседование {dl}, начало в десять. Лифт, к сожалению, сломан, поэтому поднимайтесь по лестнице."))
lp("sw", "sw", "Kiwanda cha Chai Lushoto", "chailushoto", "tz", ("Maombi ya kazi: msimamizi wa shamba", "Habari {n},\n\nTunashukuru kwa maombi yako ya usimamizi wa shamba la chai. Kwa masikitiko, mtu mwingine amechaguliwa."), (NX, "Hatua inayofuata: vyeti", "Habari {n},\n\nTunaomba nakala za vyeti vyako zifike kabla ya {dl}. Kwa bahati mbaya posta ya Lushoto iko mbali, basi zitume kwa barua pepe."))
lp("th", "th", "โรงงานผ้าไหมสุรินทร์", "surinsilk", "th", ("ผลการสมัครงาน", "คุณ{n}\n\nโรงทอผ้าไหมสุรินทร์พิจารณาใบสมัครช่างทอของคุณแล้ว เสียดายที่รอบนี้เรารับคนอื่นไปก่อน"))
lp("tr", "tr", "İznik Çini Atölyesi", "iznikcini", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nAtölyemizle ilgilendiğiniz için sağ olun. Maalesef çini ustası kadrosu başka bir adaya verildi."), (AK, "Başvurunuz alındı", "Merhaba {n},\n\nÇini ustası başvurunuz elimize geçti. Karar ister evet ister hayır olsun, e-postayla bildireceğiz."))
lp("ur", "ur", "ملتان بلیو پاٹری ورکس", "multanpottery", "pk", ("درخواست کا نتیجہ", "محترم {n}،\n\nملتان کے نیلے برتنوں والی ہماری ورکشاپ سے رابطے کا شکریہ۔ افسوس، اس مرتبہ انتخاب کسی اور امیدوار کا ہوا ہے۔"), (IV, "انٹرویو کی دعوت", "محترم {n}،\n\nانٹرویو کی تاریخ {dl} ہے، وقت ساڑھے دس۔ بدقسمتی سے اس دن لوڈ شیڈنگ ہوگی، لہٰذا اسناد کی نقول ہمراہ رکھیں۔"))
lp("zh", "zh", "景德镇青花瓷坊", "jdzqinghua", "cn", ("应聘结果通知", "{n}您好：\n\n感谢您应聘我们的绘瓷师傅岗位。很遗憾，经过认真考虑，我们已选择了其他候选人。"), (OF, "录用通知", "{n}您好：\n\n我们很高兴录用您为绘瓷师傅，请于{dl}前回复确认。可惜员工宿舍正在装修，第一个月需要自己安排住处。"))
lp("cat", "cat", "Cooperativa Vinícola del Priorat", "vinicolapriorat", "es", ("La vostra candidatura: tècnic de celler", "Hola {n},\n\nGràcies per presentar-vos a la plaça de tècnic de celler. Malauradament hem escollit una altra persona."), (AK, "Candidatura rebuda", "Hola {n},\n\nJa tenim la vostra candidatura. Sigui quina sigui la decisió, us escriurem abans que comenci la verema."))
lp("glg", "glg", "Conserveira da Ría de Arousa", "conserveiraarousa", "es", ("A súa candidatura: operaria de envasado", "Ola {n},\n\nAgradecemos o seu interese na conserveira. Lamentablemente o posto de operaria de envasado foi para outra persoa."), (NX, "Seguinte paso: proba práctica", "Ola {n},\n\nPrégamoslle que confirme a proba práctica antes do {dl}. Por desgraza a cinta dous está avariada, así que a proba será na liña un."))
lp("afr", "afr", "Karoo Skaapboerdery Vermeulen", "vermeulenkaroo", "za", ("Jou aansoek: plaasbestuurder", "Hallo {n},\n\nDankie vir jou aansoek as plaasbestuurder. Ongelukkig het ons iemand anders vir die pos gekies."), (IV, "Onderhoud: plaasbestuurder", "Hallo {n},\n\nKan jy {dl} om tienuur by ons aankom? Ongelukkig het die grondpad plaas toe baie slaggate, so ry stadig."))
lp("isl", "isl", "Fiskvinnslan Ísafirði", "fiskisafirdi", "is", ("Umsókn þín um starf", "Sæl/l {n},\n\nTakk fyrir áhugann á fiskvinnslunni okkar. Því miður fékk annar umsækjandi starfið."), (OF, "Starfstilboð", "Sæl/l {n},\n\nStarfið í fiskvinnslunni býðst þér frá {dl}. Kaffistofan verður því miður lokuð fyrstu vikuna út af viðgerðum."))
lp("nor", "nor", "Lofoten Tørrfisk AS", "lofotentorrfisk", "no", ("Din søknad: fiskehenger", "Hei {n},\n\nTakk for interessen for tørrfisken vår. Dessverre gikk jobben som fiskehenger til en annen."), (AK, "Søknad mottatt", "Hei {n},\n\nSøknaden din har kommet fram. Ja eller nei: svaret kommer innen tre uker."))
lp("dan", "dan", "Bornholms Glaspusteri", "bornholmglas", "dk", ("Din ansøgning: glaspuster", "Hej {n},\n\nDin ansøgning til værkstedet på Bornholm er læst. Desværre gik jobbet som glaspuster til en anden."), (IV, "Samtale: glaspuster", "Hej {n},\n\nKom til en snak {dl} klokken ti. Desværre sejler færgen tit for sent, så vælg en tidlig afgang."))
lp("fin", "fin", "Kuusamon Porotila", "kuusamoporo", "fi", ("Hakemuksesi: porotilan työntekijä", "Hei {n},\n\nKiitos hakemuksestasi. Valitettavasti valitsimme tehtävään toisen hakijan."), (AK, "Hakemus vastaanotettu", "Hei {n},\n\nHakemuksesi on vastaanotettu. Kerromme sinulle valinnasta sähköpostilla, tuli valituksi tai ei."))
lp("est", "est", "Saaremaa Dolomiidikoda", "saaremaadolomiit", "ee", ("Teie kandideerimine: kiviraidur", "Tere {n},\n\nAitäh kandideerimast. Kahjuks valisime kiviraiduri ametikohale teise kandidaadi."), (NX, "Järgmine samm: proovitöö", "Tere {n},\n\nPalun kinnitage proovitöö aeg hiljemalt {dl}. Kahjuks on töökoja kraana katki, nii et töötame väiksemate kividega."))
lp("slv", "slv", "Čebelarstvo Kranjska", "cebelarstvokranjska", "si", ("Vaša prijava: čebelar", "Pozdravljeni {n},\n\nzahvaljujemo se vam za zanimanje. Žal je delo čebelarja dobil drug kandidat."), (OF, "Ponudba za zaposlitev", "Pozdravljeni {n},\n\nz veseljem vam ponujamo delo čebelarja od {dl}. Žal je službeni kombi na servisu, zato prvi teden pridite z avtobusom."))
lp("srp", "srp", "Vinarija Fruška gora", "vinarijafruska", "rs", ("Vaša prijava: podrumar", "Poštovani {n},\n\nhvala na prijavi za posao podrumara. Nažalost, izabrali smo drugog kandidata."), (AK, "Prijava primljena", "Poštovani {n},\n\nvaša prijava je primljena. Bilo da budete izabrani ili ne, javićemo vam se mejlom do kraja meseca."))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}",
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
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ below slice 203; slice 203, this slice and any later one are skipped by number."""
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
