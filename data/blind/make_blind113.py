# ruff: noqa: E501, S311
"""Write the hundred-and-thirteenth sealed blind slice for issue 11 (blind-slice-113.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 112; slice 113 and later never read; our side printed)
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

SEED = 1131131
THIS_SLICE = 113
SKIP_FROM = 113  # this slice, slice 114 (written at the same time, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 3, 31)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Oyelaran Adebimpe", "Tarquin Ashdown", "Mwanaisha Athumani", "Ximena Quispe", "Pawel Grzelak",
    "Fenella Murchison", "Dineo Ramokgopa", "Kofi Boateng-Mensah", "Ishbel Drummond", "Arnav Kulkarni",
    "Yusra Haddadi", "Teodora Vlaicu", "Brannagh Keogh", "Jomo Wambugu-Otieno", "Leilani Kahale",
    "Osvaldo Brites", "Ruqayyah Sultana", "Eilidh McCorquodale", "Tiberiu Moldovan", "Keturah Alleyne",
    "Sefa Tavita", "Marisa Dallimore", "Nuno Saldanha", "Haruto Ishikawa", "Bethia Crossley",
    "Rangi Tawhiri", "Shirin Ghaffari", "Ciarán Ó Gríofa", "Anneliese Vorster", "Mehmet Karadag",
    "Priscilla Owusu-Ansah", "Dov Lefkowitz", "Ngozi Iheanacho", "Cressida Pettifer", "Wirihana Paki",
]
REGION_SIGNERS = {
    "uk": ["Hermione Gatley", "Bartholomew Yeo", "Philippa Crane-Lacey", "Jubal Ashworth"],
    "mcr": ["Shaz Brierley", "Dean Ollerenshaw", "Kelly-Ann Swindells", "Gaz Pilkington", "Roisin Cheetham"],
    "ie": ["Fiachra Dolan", "Aoibheann Nestor", "Colm Tiernan"],
    "us": ["Lorraine Kubiak", "Tremaine Woodson", "Graciela Ontiveros", "Wendell Haskins"],
    "ca": ["Solange Theriault", "Gurpreet Bhullar", "Duncan McIsaac"],
    "au": ["Kirrily Stanton", "Nikos Papadakis", "Jarrah Whitlock"],
    "nz": ["Mereana Tuhoe", "Fergus Ratana", "Sione Fifita"],
    "za": ["Thandeka Mabuza", "Riaan Swanepoel", "Busisiwe Zungu"],
    "in": ["Lalitha Raghavan", "Gurinder Chahal", "Sudipta Mitra"],
    "ke": ["Mwanajuma Said", "Athman Bakari", "Fatma Mbaruk", "Omar Shee"],
    "bn": ["Dayang Nurul Huda", "Awang Hazwan", "Siti Aqilah Yahya", "Pengiran Amirul"],
    "tv": ["Tapugao Falefou", "Seluka Niuatui", "Malaki Tinilau", "Feue Tepou"],
    "gd": ["Marcelle Antoine", "Kerwin Noel", "Deslyn Charles", "Alvin Frederick"],
    "cat": ["Montserrat Puigvert", "Jordi Casals", "Núria Ferrer", "Pau Vilaró"],
    "bd": ["Nazneen Chowdhury", "Rafiqul Alam", "Tahmina Begum", "Sabbir Hossain"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["سلمى البلوشي", "منى الحارثي"], "de": ["Regula Zimmerli", "Urs Brunner"],
    "es": ["Maricielo Huamán", "Teófilo Ccori"], "fr": ["Gisèle Tremblay", "Réjean Bouchard"],
    "hi": ["सरोज कनौजिया", "मनोहर बिष्ट"], "it": ["Rosalba Cuomo", "Gennaro Esposito"],
    "ja": ["松田 由美子", "岡本 大輔"], "ko": ["윤서연", "최민호"], "pt": ["Filomena Rebelo", "Artur Meireles"],
    "ru": ["Ольга Зайцева", "Тимур Латыпов"], "sw": ["Mwanaidi Juma", "Hamisi Mrisho"],
    "th": ["อัมพิกา ลิ้มประเสริฐ", "ศศิธร วงศ์บุญมี"], "tr": ["Gülşen Arslan", "Orhan Çelik"],
    "ur": ["شاہدہ پروین", "نگہت سلطانہ"], "zh": ["林美玲", "黄建国"],
    "nor": ["Solveig Haugland", "Eirik Nordbø"], "fin": ["Riikka Heinonen", "Jukka Lehtinen"],
    "cat": ["Roser Bonet", "Marcel Riera"], "ell": ["Ελένη Παπαδοπούλου", "Γιώργος Κωνσταντίνου"],
    "afr": ["Marietjie du Toit", "Johan Pretorius"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الكندي", "ريم العامري"], "de": ["Corinne Baumgartner", "Reto Frei"],
    "es": ["Yesenia Condori", "Rodrigo Paucar"], "fr": ["Maude Lavoie", "Étienne Gagnon"],
    "hi": ["पल्लवी रावत", "दीपक नेगी"], "it": ["Assunta Russo", "Ciro Marino"],
    "ja": ["高田 美咲", "森 亮介"], "ko": ["한지민", "배성훈"], "pt": ["Inês Valadares", "Tiago Sobral"],
    "ru": ["Анастасия Белова", "Ринат Хабибуллин"], "sw": ["Neema Kileo", "Saidi Mfaume"],
    "th": ["กนกพร ใจดี", "ธนวัฒน์ รุ่งเรือง"], "tr": ["Sevgi Kurt", "Burak Aydın"],
    "ur": ["ثمینہ ملک", "رابعہ نقوی"], "zh": ["蔡佳颖", "郑宇航"],
    "nor": ["Ingrid Fossum", "Håkon Lie"], "fin": ["Aino Virtanen", "Tuomas Kallio"],
    "cat": ["Laia Comas", "Arnau Sala"], "ell": ["Κατερίνα Νικολάου", "Δημήτρης Αλεξίου"],
    "afr": ["Annelie Steyn", "Wikus Botha"],
}
GIVEN = {"Dayang Nurul Huda": "Nurul", "Awang Hazwan": "Hazwan", "Siti Aqilah Yahya": "Aqilah", "Pengiran Amirul": "Amirul"}
PROVIDERS = ["quernmail", "sloepost", "dunnockbox", "larchpost", "fennelmail", "shalebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "mcr": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "ch": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "cat": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"),
    "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "qc": ("-0500", "-0400", "us"),
    "gd": ("-0400", None, ""), "pe": ("-0500", None, ""), "za": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "om": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "bn": ("+0800", None, ""), "tw": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "tv": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usp", "cae", "cap")


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
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\nSubject: forklift scan\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq} {full} <{addr}> wrote:"
QNOTE = "\n{sf}, Thursday's sorting-floor tour was brilliant, ta. Renewed forklift licence attached.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE.replace("\n", "\n> "), "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOTER = ("\n\n~~~~\n{CO} CAREERS HUB · sign in to tweak which teams email you · weekly openings digest every Tuesday "
          "· store-floor, depot and head-office vacancies in one list · to stop these mails, change Preferences in your profile "
          "· {co}, Registered office: Unit 4, Keld Lane · ref {ref}")
QUOTES["{FOOT}"] = FOOTER


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate profile update – {role} (R-{ref})", "Hello {n},\n\nA change has been logged on your Candidate Home page for {role}, requisition R-{ref}: the record now reads Closed. The hiring team completed its shortlist from the first review round and the requisition will be filled from that list.\n\nYour login keeps working for any other opening you fancy.\n\n{co} Recruiting Operations", ("Seria Galley Services", "Trafford Tramcar Engineering"), ("seriagalley", "traffordtramcar"), frm="{co} <workday-notices@{dom}>", role=("Catering Supervisor (Offshore Rotation)", "Bogie Overhaul Fitter"), tz=("bn", "mcr"))
mr("gh", "Following up: {role} at {co}", "Hi {n},\n\nThe portfolio pieces and last week's panel review gave us plenty to chew on, thank you. After going through everything side by side, the team is extending the offer to another finalist whose work lines up closer with the spring range.\n\nWe'd be pleased to see your name again on a future {co} listing.\n\nWarmly,\n{sig}\nPeople Team, {co}", ("Pinkerfold Cards", "Loudvale Audio Network"), ("pinkerfold", "loudvale"), frm="{sig} <no-reply@greenhouse.{dom}>", role=("Junior Greetings Illustrator", "Podcast Producer"), tz=("uk", "use"))
mr("lv", "{co}: your application for {role}", "Hey {n},\n\nClosing the loop on {role}: the process has wrapped up and we offered it to another person.\n\nYour profile now moves into our talent pool for 18 months, where a recruiter might spot it for something else. Two words, REMOVE ME, in a reply will take it out.\n\n— {sig}, Talent at {co}", ("Anemoscope Instruments", "Spokewise Rentals"), ("anemoscope", "spokewise"), frm="{sig} via Lever <hire@{dom}>", role=("Calibration Technician", "Fleet Mechanic"), tz=("uk", "nz"))
mr("sr", "Application status: {role}", "<html><body><p>Dear {n},</p><p>Your application record, updated.</p><table border=\"1\"><tr><td>Job</td><td>{role}</td></tr><tr><td>Ref</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful · post given to another applicant</td></tr></table><p>{co} Recruitment, Hall Lane</p></body></html>", ("Glaciarium Skate Hall", "Coronet Skyline Co"), ("glaciarium", "coronetskyline"), frm="{co} Jobs <smartrecruiters@{dom}>", role=("Ice Technician", "Lift Attendant"), tz=("mcr", "nz"))
mr("ic", "Your {co} application: update", "Dear {n},\n\nRequisition {ref} – {role}\nCurrent stage: Not Selected\nReason recorded: {x}\n\nEvery posting lists its mandatory requirements and our screeners may only progress applications that meet all of them. You may reapply to future postings once the item above can be evidenced.\n\nTalent Acquisition, {co}", ("Halvergate Tyre & Exhaust", "Bluebottle School Coaches"), ("halvergatetyre", "bluebottlecoaches"), frm="{co} Careers <icims-mailer@{dom}>", role=("Mobile Tyre Fitter", "Route Driver (School Runs)"), x=("HGV Category C licence not uploaded", "enhanced DBS check not evidenced"), tz="uk")
mr("tl", "Requisition {ref} has been closed", "Dear {n},\n\nThis message concerns your application to {role} (Req. {ref}) with {co}.\n\nFollowing {x}, the requisition was closed before interviews and the role will not be advertised again in this cycle. Your application has therefore ended at this point.\n\nWe appreciate your interest.\n\nHuman Resources – {co}", ("Grand Roy Spice Processors", "Shimanzi Cargo Handling"), ("grandroyspice", "shimanzicargo"), frm="{co} <taleo-noreply@{dom}>", role=("Quality Control Assistant", "Reefer Stack Clerk"), x=("a re-baselining of the packing-shed budget", "the merger of two berth teams"), tz=("gd", "ke"))
mr("wk", "{role} – after your trial shift", "Hi {n},\n\nTa for grafting the Saturday trial, the regulars reckoned you kept your head. We had {x} people trial for {role} and in the end we've given the spot to someone who can do every closing shift, which was the thing we most needed.\n\nAll the best,\n{sig}\n{co} (hiring via Workable)", ("Vermut del Rec", "Oldham Street Noodle Counter"), ("vermutdelrec", "oldhamnoodle"), role=("Barback", "Wok Cook"), x=("nine", "eleven"), tz=("cat", "mcr"))
mr("bb", "About the {role} opening", "Hello {n},\n\nBit of news on {role}. The weekend rota got reshuffled and the hours that post was meant to cover have been folded into contracts of two of our current hosts, so the vacancy has been pulled.\n\nGood to have met you.\n\n{sig}\nManager, {co}", ("Lockbound Escape Rooms", "Boingfield Trampoline Park"), ("lockbound", "boingfield"), frm="{sig} <{sl}@{dom}> (sent with BambooHR)", role=("Games Host", "Jump Marshal"), tz=("mcr", "au"))
mr("tt", "Your candidature to {co}", "Dear {n},\n\n{x}\n\n{sig}\n{co}", ("Estampats Ter Vell", "Turag Sourcing House"), ("estampatstervell", "turagsourcing"), role=("Screen Printing Assistant", "Merchandiser"), x=("Thanks a lot for presenting you to our offer. After valuing all the profiles, at the end the workshop stays with another person who adjusts more to the necessities of this moment. Keep attentive to the next offers we publish. A hug,", "Kindly note the management of our buying house has finalised the Merchandiser position with another candidate, whose export-order handling is more matching. Your resume is preserved in our databank. Best wishes for your bright career. With regards,"), tz=("cat", "bd"))
mr("pp", "{role}: interview outcome", "Dear {n},\n\nInterview outcome, {role}. Each panellist marked your answers alone, using the person specification, and the marks were moderated afterwards. You totalled {x} of 50. The highest score, {y}, secured the appointment.\n\nA short feedback call can be arranged; just ask.\n\nKind regards\n{sig}, {co}", ("St Wilfrid's Hospice", "Irwell Homes Partnership"), ("lanternhospice", "irwellhomes"), frm="{sig} <{sl}@{dom}> via Pinpoint", role=("Fundraising Officer", "Tenancy Sustainment Officer"), x=("31", "27"), y=("42", "38"), tz=("uk", "mcr"))
mr("jz", "Re: {role}", "Hi {n} – a quick one so you're in the picture: we've filled the {role} job and pulled the advert. Ta, and best of luck.\n\n{sig}\n{co}", ("Pestaway Coastal Services", "Clearpane Window Co."), ("pestawaycoastal", "clearpane"), role=("Pest Control Technician", "Window Cleaner"), tz=("ke", "ie"))
mr("ab", "Update on {role}", "Hi {n},\n\nThanks again for the onsite loop on {x}. On Friday the hiring committee picked a candidate with a deeper background in {y} and the offer went out to them.\n\nWe genuinely enjoyed the conversations, and the interviewers' notes stay on your profile should another role open here.\n\nBest,\n{sig}\nRecruiting, {co} (via Ashby)", ("Paystream Ledgerworks", "Turnstyle Ticketing"), ("paystream", "turnstyle"), role=("Backend Engineer", "Product Designer"), x=("Tuesday", "Wednesday"), y=("tax-rules engines", "checkout flows"), tz=("usp", "cae"))
mr("cas", "{role}", "Hi {n},\n\nWas good meeting you down at the jetty. A few off our casual list got in before you, and the skipper has taken one of them on for the season, so the {role} spot is gone for now.\n\nCheers,\n{sig}\n{co}", ("Tudor Creek Dhow Cruises", "Grand Mal Dive Centre"), ("tudorcreekdhow", "grandmaldive"), role=("Deckhand", "Dive Shop Assistant"), tz=("ke", "gd"))
mr("mcr1", "the Saturday job", "Alright {n},\n\nTa for popping by the stall Tuesday love. Bad news I'm afraid, our kid's mate from Levenshulme has took the Saturday job, she's done the cutting table before so it made sense. Don't be a stranger, come and have a mooch at the offcuts sometime.\n\nShaz\nLongsight Market Offcuts", "Longsight Market Offcuts", "longsightoffcuts", frm="Shaz Brierley <shaz@{dom}>", tz="mcr")
mr("ke1", "Kuhusu kazi ya duka / shop job", "Jambo {n},\n\nSalaam from Old Town. Asante for coming by the shop Monday with your papers. The mzee has already given the position to his nephew from Shanzu, so it is closed now. Pole sana. Inshallah something else will come for you.\n\nFatma\nBakari Textiles & Kikoi", "Bakari Textiles", "bakarikikoi", frm="Fatma Mbaruk <fatma@{dom}>", tz="ke")
mr("bn1", "Jawatan Pembantu Kedai", "Assalamualaikum {n},\n\nThank you for offering to help at our Gadong kuih stall. Sorry to inform you the vacancy is already taken by another applicant from Beribi. InsyaAllah there is other rezeki for you. Terima kasih banyak.\n\nDayang Nurul Huda\nGerai Mak Limah Gadong", "Gerai Mak Limah Gadong", "geraimaklimah", frm="Dayang Nurul Huda <nurul@{dom}>", tz="bn")
mr("tv1", "Store assistant", "Talofa {n},\n\nYour letter came about the store assistant at Vaiaku. The committee picked a young man from Nanumea who already helps unload the Tuesday boat, so the job is his. Fakafetai lasi and God bless.\n\nSeluka\nFunafuti Island Co-op Store", "Funafuti Island Co-op Store", "funafuticoop", frm="Seluka Niuatui <seluka@{dom}>", tz="tv")
mr("gd1", "Job at the rum shop", "Good day {n},\n\nI hope all is well by you. The boss give the cashier work to a girl from Gouyave he know from long time, so we done hire. Sorry eh, and thanks for passing by. Keep a eye on the board by the church, we does post there.\n\nDeslyn\nSauteurs Sunset Rum Shop", "Sauteurs Sunset Rum Shop", "sauteurssunset", frm="Deslyn Charles <deslyn@{dom}>", tz="gd")
mr("cat1", "Your application – cook helper", "Hello {n},\n\nMany thanks for coming and for the test in the kitchen. At the end we stay with a person of the village and can make the shifts of the weekend. It has been a pleasure to know you, really. Much luck!\n\nPau\nMasia Can Roquetes", "Masia Can Roquetes", "masiacanroquetes", frm="Pau Vilaró <pau@{dom}>", tz="cat")
mr("bd1", "Regarding your application", "Dear Sir/Madam,\n\nKindly refer to your Accounts Assistant application dated last month. Regret to inform your candidature could not be considered further since the vacancy stands filled. Please do not take it otherwise. Thanking you.\n\nYours sincerely,\nRafiqul Alam\nSylhet Tea Brokers Ltd.", "Sylhet Tea Brokers", "sylhetteabrokers", frm="Rafiqul Alam <rafiqul@{dom}>", tz="bd")
mr("us1", "re: lot porter", "hey {n} - thx for dropping off the resume. we filled the lot porter spot with a guy who detailed cars at the old dealership, so we're full up. appreciate you swinging by\n\nwendell\nhaskins auto lot", "Haskins Auto Lot", "haskinsautolot", frm="Wendell Haskins <wendell@{dom}>", tz="usc")
mr("ca1", "Bar staff – Curling club", "Hi {n},\n\nGood of you to offer to tend bar through bonspiel season. The board gave it to a member's daughter who worked it last winter and knows the till. Sorry, {n}. Good curling,\n\nDuncan McIsaac\nHeatherton Curling Club", "Heatherton Curling Club", "heathertoncurling", frm="Duncan McIsaac <duncan@{dom}>", tz="cae")
mr("ie1", "Tea room job", "Hi {n},\n\nThanks a mill for dropping into the tea rooms. I'm after giving the job to a young one from Kinvara who was with us at Easter, so that's the summer covered. Sorry now. Mind yourself,\n\nAoibheann\nThe Flaggy Shore Tea Rooms", "The Flaggy Shore Tea Rooms", "flaggyshoretea", frm="Aoibheann Nestor <aoibheann@{dom}>", tz="ie")
mr("au1", "Shop assistant position", "Hi {n},\n\nThanks heaps for the yarn at the shop. It's gone to a local who already knows her black opal from her crystal, so that's us done. All the best out there,\n\nKirrily\nLightning Ridge Opal Counter", "Lightning Ridge Opal Counter", "ridgeopalcounter", frm="Kirrily Stanton <kirrily@{dom}>", tz="au")
mr("nz1", "Cellar door role", "Kia ora {n},\n\nKa pai that you drove out past Clive to see the vines. The cellar door job went to a picker from last vintage, so it's filled now. Ngā mihi and all the best,\n\nMereana\nTe Awanga Hillside Wines", "Te Awanga Hillside Wines", "teawangahillside", frm="Mereana Tuhoe <mereana@{dom}>", tz="nz")
mr("za1", "Yard assistant vacancy", "Morning {n},\n\nGot your CV for the yard job, thanks. Sorry hey, the job went to the oke who already drives our bakkie for deliveries. We'll keep your number if something comes up.\n\nRiaan\nKameeldoring Braaihout", "Kameeldoring Braaihout", "kameeldoring", frm="Riaan Swanepoel <riaan@{dom}>", tz="za")
mr("in1", "Delivery executive post", "Dear {n},\n\nGreetings from our tiffin kitchen. Delivery executive post is already closed, one boy from Thane side has joined. Hence we are not processing your profile further. All the best.\n\nRegards,\nSudipta Mitra\nDabbaghar Home Tiffins", "Dabbaghar Home Tiffins", "dabbaghar", frm="Sudipta Mitra <sudipta@{dom}>", tz="in")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-rec", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nCheers for your note and the licence scan. Our plant manager has now chosen {x} for the {role} post; {y}. Lovely to have you on the floor.\n\nRegards,\n{sig}\n{co}\n\n{OUT}", ("Clayton Vale Materials Recovery", "Reciclatges del Besòs"), ("claytonvalemrf", "reciclatgesbesos"), role=("Shift Supervisor", "Line Lead"), x=("Imran, who ran the night shift at Bredbury", "Marta, who already leads the glass line"), y=("he starts on the 1st", "she moves across next month"), tz=("mcr", "cat"))
mr("th-post", "RE: [EXT] RE: {role}", "Dear {n},\n\nThank you for visiting and for the prompt scan. The Director has appointed {x} to the {role} position, and the appointment takes effect from next week.\n\nWith best wishes,\n{sig}\n{co}\n\n{RULE}", ("Tuvalu Post and Philatelic Bureau", "Pos Muara Sorting Centre"), ("tuvalupost", "posmuara"), role=("Mail Sorting Officer", "Parcel Counter Officer"), x=("the officer from the Nukufetau sub-office", "Awang Faris from the Tutong counter"), tz=("tv", "bn"))
mr("th-food", "Re: [EXT] Re: {role}", "{n},\n\nSo good to meet you Thursday. Quick word on {role}: our board went with {x}, who has coordinated our Saturday drives for two years. The volunteers all enjoyed having you on the floor.\n\n{sig}\n{co}\n\nOn {gq} {full} <{addr}> wrote:\n> {sf}, Thursday's sorting-floor tour was brilliant, ta. Renewed forklift licence attached.\n> {n}", ("Gouyave Food Share", "Eastside Harvest Pantry"), ("gouyavefood", "eastsideharvest"), role=("Warehouse Coordinator", "Intake Lead"), x=("Rondell", "Latoya"), tz=("gd", "usc"))
mr("th-tex", "RE: [EXT] Re: {role} – follow up", "Dear {n},\n\nThank you for your mail. After the interview round, our Chairman has selected {x} for the {role} post and the joining letter is issued.\n\nRegards,\n{sig}\n{co}\n\n{ORIG}", ("Savar Fibre Reclaim", "Changamwe Textile Recovery"), ("savarfibre", "changamwerecovery"), role=("Sorting Floor In-charge", "Grading Supervisor"), x=("the candidate from our Gazipur unit", "Mr Athumani from the Mtongwe yard"), tz=("bd", "ke"))
mr("th-pharm", "Re: [EXT] RE: {role}", "Dear {n},\n\nThanks for Thursday's interview and the licence copy. The regional head picked {x} for the {role} post, and {y}. Good meeting you.\n\nKind regards,\n{sig}\n{co}\n\n{OUT}", ("Kaveri Pharma Distributors", "Inanda Medical Wholesale"), ("kaveripharma", "inandamedical"), role=("Dispatch Supervisor", "Cold Chain Controller"), x=("Ravi from our Denkanikottai warehouse", "Sipho from the Hammarsdale depot"), y=("he has accepted", "the paperwork is signed"), tz=("in", "za"))
mr("th-book", "RE: [EXT] Re: {role}", "Hello {n},\n\nLovely to see you last week. I've just come from the panel wash-up: Tom has picked {x} for {role}, who's moving over from our returns team in May.\n\nThanks again,\n{sig}\n{co}\n\n{RULE}", ("Wychbold Book Distribution", "Kiltormer Page & Parcel"), ("wychboldbooks", "kiltormerpage"), role=("Goods-In Team Leader", "Pick Face Supervisor"), x=("Danielle", "Siobhán"), tz=("uk", "ie"))
mr("th-air", "Re: [EXT] Re: {role}", "Hi {n},\n\nThanks for your Thursday. Our station manager chose {x} for the {role} role and the roster starts {y}.\n\nBest,\n{sig}\n{co}\n\nOn {gq} {full} <{addr}> wrote:\n> {sf}, Thursday's sorting-floor tour was brilliant, ta. Renewed forklift licence attached.\n> {n}", ("Moi Airport Freight Handlers", "Rongotai Air Cargo"), ("moifreight", "rongotaicargo"), role=("Cargo Build-up Agent", "Ramp Loader"), x=("the agent from our Kanamai station", "Wiremu, who has crewed our overnight flights since 2023"), y=("on the 3rd", "next Monday"), tz=("ke", "nz"))
mr("th-seed", "RE: [EXT] RE: {role}", "Hi {n},\n\nCheers for the tour and the follow-up. The curator has gone with {x} for the {role} job; she already manages the drying room at the Rylstone annex.\n\nAll the best,\n{sig}\n{co}\n\n{ORIG}", ("Mount Annan Seed Vault", "Pasqueflower Seed Library"), ("annanseedvault", "pasqueflowerseeds"), role=("Seed Processing Officer", "Collections Technician"), x=("Brooke", "Marisol"), tz=("au", "cae"))

# ---- 8 clear refusals under long footers
mr("ft-camp", "Your application at {co}", "Hi {n},\n\nAbout {role}: recruitment for it has finished and your file has been marked unsuccessful.\n\nThe {co} team{FOOT}", ("Bivvyland Outdoor", "Guyline & Trail"), ("bivvyland", "guylinetrail"), frm="{co} Careers <careers@{dom}>", role=("Store Colleague (Camping)", "Weekend Sales Adviser"), tz=("uk", "nz"))
mr("ft-stat", "Update from {co} Careers", "Hello {n},\n\nYou recently applied for {role}. We're sorry, but you haven't made our interview shortlist.\n\nWith thanks, {co}.{FOOT}", ("Quillnib & Ream", "Papercourt Stationers"), ("quillnibream", "papercourt"), frm="{co} Careers <jobs@{dom}>", role=("Retail Assistant", "Stockroom Colleague"), tz=("mcr", "au"))
mr("ft-kit", "{role}: application outcome", "Dear {n},\n\nWe're writing about {role}. Unfortunately the answer is no on this occasion, and the vacancy has closed.\n\nBest wishes from everyone at {co}{FOOT}", ("Whiskwell Kitchen Goods", "Skilletgate"), ("whiskwell", "skilletgate"), frm="{co} <recruitment@{dom}>", role=("Kitchenware Sales Assistant", "Visual Merchandiser"), tz=("ie", "za"))
mr("ft-opt", "About your {co} application", "Hi {n},\n\nThanks for applying for {role}. We've appointed someone else and won't progress your application.\n\n{co} Recruitment{FOOT}", ("Lensmith Opticians", "Irisgate Eyewear"), ("lensmith", "irisgateeyewear"), frm="{co} Careers <no-reply@{dom}>", role=("Optical Assistant", "Dispensing Trainee"), tz=("uk", "cae"))

# ---- 9 hedged refusals
mr("hd-qs", "{role} – your interview", "Dear {n},\n\nThank you for your interview for {role}. The field was tight; in the end two others had run more {x} jobs, and that's a bit nearer to what next year's pipeline of schemes looks like. Happy to keep in touch.\n\nBest regards,\n{sig}\n{co}", ("Turnpike Cost Consultants", "Quayhead Surveying Partnership"), ("turnpikecost", "quayheadsurveying"), role=("Assistant Quantity Surveyor", "Cost Manager"), x=("hospital refurbishments", "marine works"), tz=("uk", "au"))
mr("hd-anim", "Re: {role}", "Hi {n},\n\nThanks so much for the test animation. The directors went another way and brought on someone whose reel leans more towards {x}, which is what the new series needs. We loved the walk cycle.\n\nCheers,\n{sig}\n{co}", ("Paperkite Animation", "Wobblehat Studios"), ("paperkiteanim", "wobblehat"), role=("Junior 2D Animator", "Storyboard Assistant"), x=("stop-motion textures", "pre-school comedy"), tz=("ie", "cap"))
mr("hd-trans", "Your application: {role}", "Dear {n},\n\nMany thanks for the sample translation. Our reviewers felt that two other applicants matched the agency's {x} work somewhat more closely, so we have offered the contracts to them. We'd welcome a fresh application next year.\n\nKind regards,\n{sig}\n{co}", ("Babelhouse Language Services", "Bamburi Coast Translation Bureau"), ("babelhouselang", "bamburitranslation"), role=("In-house Translator (FR>EN)", "Swahili Localiser"), x=("legal", "medical"), tz=("uk", "ke"))
mr("hd-sport", "{role} at {co}", "Hi {n},\n\nGreat to chat last week. The coaching staff felt another candidate's background with {x} was a better fit for where the club is heading this season, and they've gone with that. Thanks for your enthusiasm.\n\n{sig}\n{co}", ("Salford Reds Community Trust", "Harbour City Netball"), ("salfordredstrust", "harbourcitynetball"), role=("Community Rugby Coach", "Academy Analyst"), x=("schools programmes", "video-coding tools"), tz=("mcr", "nz"))
mr("hd-jute", "Your application for Production Officer", "Dear {n},\n\nGreetings. Thank you for appearing in the interview. The board has observed that the profile of another candidate is more nearer to the requirement of our spinning section, hence we are proceeding with him. Wishing you every success.\n\nRegards,\nSabbir Hossain\nDaulatpur Jute Spinners", "Daulatpur Jute Spinners", "daulatpurjute", frm="Sabbir Hossain <sabbir@{dom}>", tz="bd")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-hosp", "Following our call – {role}", "Hi {n},\n\nGood speaking earlier. Following our call, {x} picked someone else for {role}. But I've got a {y} going live this week, same patch, nicer hours, and it suits you even better. Can I forward your CV? Let me know by Thursday.\n\n{sig}\n{co}", ("Silverservice Recruitment", "Tablebook Staffing"), ("silverservicerec", "tablebookstaff"), role=("Front of House Manager", "Events Coordinator"), x=("the hotel", "the venue"), y=("Restaurant General Manager role", "Conference Sales role"), tz=("mcr", "au"))
mr("rc-energy", "{role} update + another option", "Hi {n},\n\nThanks for bearing with me. The client has picked a candidate with more {x} hours behind them, so {role} won't be progressing for you. Meanwhile another client of mine needs a {y} and your CV fits it well. Give me a bell when convenient?\n\n{sig}\n{co}", ("Gridstone Energy Talent", "Megawattage Search Partners"), ("gridstonetalent", "megawattagesearch"), role=("Substation Engineer", "Wind Turbine Technician"), x=("HV switching", "blade repair"), y=("Protection Engineer", "Site Supervisor"), tz=("uk", "za"))
mr("rc-edu", "{role} – the school's decision", "Hi {n},\n\nThe head rang me first thing: {role} has gone to an internal candidate. Gutted for you. I have got a {x} at a school ten minutes further up the road, starting after half term, which I reckon you'd love. Shall I pass your profile across today?\n\n{sig}\n{co}", ("Chalkface Supply", "Satchel Education Agency"), ("chalkfacesupply", "satcheledu"), role=("Year 4 Teacher", "SENCO"), x=("maternity cover in Year 3", "SEN teacher vacancy"), tz=("mcr", "ie"))
mr("rc-cat", "About the position of Sales Engineer", "Hello {n},\n\nAs we spoke by telephone, the client stays with another profile that has more years in the sector. Even so, I have in my hands another position of Technical Commercial in a firm of Sabadell that fits very well with you. If it interests you, send me the updated CV and I present it tomorrow.\n\nA greeting,\nNúria Ferrer\nTalentum Vallès Selecció", "Talentum Vallès Selecció", "talentumvalles", frm="Núria Ferrer <nuria@{dom}>", tz="cat")

# ---- 8 public-sector notices
mr("ps-ref", "Notice of Results – Vacancy {ref}", "Applicant: {full}\nVacancy: {ref} – {role}\n\nQualification review: you met the minimum qualifications. Referral: not referred to the selecting manager, since {x}.\n\nThis notice closes your application to this vacancy.\n\n{co}", ("Office of Personnel Administration, County of Hollis", "Public Service Commission Secretariat, St George's"), ("hollispersonnel", "psc-stgeorges"), frm="{co} <hr-notices@{dom}>", role=("Program Analyst", "Clerical Officer"), x=("higher-ranked qualified applicants filled the referral list", "a limited number of qualified applicants were referred"), tz=("use", "gd"))
mr("ps-inel", "Application {ref}: eligibility", "Dear {full},\n\nThe selection panel has screened your application for {role} and found it ineligible: {x}. It is accordingly withdrawn from this recruitment round.\n\n{co}", ("Department of Human Resource Management, Funafuti", "Public Service Department, Bandar Seri Begawan"), ("dhrm-funafuti", "psd-bsb"), frm="{co} <recruitment@{dom}>", role=("Assistant Fisheries Officer", "Administrative Assistant"), x=("no certified copy of Form 7 results was attached", "no copy of the yellow identity card reached us before closing"), tz=("tv", "bn"))
mr("ps-canc", "Competition {ref} cancelled", "Dear {full},\n\nPlease be advised that competition {ref} for {role} is cancelled because of {x}. All applications lodged under it, yours among them, are closed.\n\n{co}", ("Provincial Staffing Services", "Pwani Kusini County Public Service Board"), ("provstaffing", "pwanikusinicpsb"), frm="{co} <competitions@{dom}>", role=("Program Officer", "Ward Administrator"), x=("a reorganisation of the branch", "the withdrawal of funding for the position"), tz=("cae", "ke"))
mr("ps-mark", "Result of written examination – {role}", "Dear {full},\n\nWritten test, post code {ref}: marks declared. Your score {x}; qualifying mark {y}. Since your score falls short of it, your candidature is not carried to the viva.\n\n{co}", ("District Recruitment Cell, Ettayapuram", "Divisional Recruitment Committee, Rajshahi"), ("drc-ettayapuram", "drc-rajshahi"), frm="{co} <results@{dom}>", role=("Junior Assistant", "Office Assistant cum Computer Typist"), x=("38 marks", "41 marks"), y=("45", "50"), tz=("in", "bd"))

# ---- 6 bare ATS status updates
mr("st-trow", "Your application status has changed", "{role} ({ref})\nStatus: No longer under consideration\n\nTrowmere applicant portal – {co}", ("Hawkshead Dairy Foods", "Ledgemoor Facilities"), ("hawksheaddairy", "ledgemoorfm"), frm="{co} via Trowmere <status@trowmere-mail.{dom}>", role=("Production Operative", "Helpdesk Coordinator"), tz=("uk", "mcr"))
mr("st-quil", "Status update – {role}", "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b><br>Stage: <b>Inactive – not progressing</b></p><p>Quillet · {co}</p></body></html>", ("Dunecrest Holiday Parks", "Reefview Resorts Brunei"), ("dunecrestparks", "reefviewbn"), frm="Quillet for {co} <notify@{dom}>", role=("Park Warden", "Guest Relations Agent"), tz=("au", "bn"))
mr("st-gant", "Application {ref}", "Hello {n},\n{role} – stage changed to: Unsuccessful.\nGantrell Hiring · {co}", ("Brightwater Utilities Grenada", "Coastline Telecoms Kenya"), ("brightwatergd", "coastlinetelke"), frm="{co} Hiring <gantrell@{dom}>", role=("Meter Reader", "Field Technician"), tz=("gd", "ke"))

# ---- 6 internship / graduate decisions
mr("in-act", "{x} – application decision", "Dear {n},\n\nThis year's {x} drew a record number of applicants and, after careful review, yours has not been successful. Best wishes with your degree.\n\nEarly Careers Team\n{co}", ("Threadneedle Mutual Assurance", "Gnomon Broadcast"), ("threadneedlemutual", "gnomonbroadcast"), frm="{co} Early Careers <grads@{dom}>", x=("Actuarial Graduate Scheme 2026", "Broadcast Engineering Summer Internship"), tz=("uk", "uk"))
mr("in-zoo", "Your {x} application", "Hi {n},\n\nThanks for applying for the {x}. With over two hundred applicants for six places, we haven't picked yours this time. The autumn round reopens in October.\n\n{sig}\nLearning & Placements, {co}", ("Mossbrook Wildlife Park", "Kebun Botani Sengkurong"), ("mossbrookwildlife", "botanisengkurong"), x=("Keeping Internship", "Horticulture Student Placement"), tz=("mcr", "bn"))
mr("in-law", "{x}: outcome", "Dear {n},\n\nYour application to our {x} has now been reviewed by two partners. Regretfully it hasn't succeeded in this year's round, though we'd welcome you applying again later on.\n\nGraduate Recruitment\n{co}", ("Ballast & Lading LLP", "Swartland Cellars"), ("ballastlading", "swartlandcellars"), x=("Shipping Law Vacation Scheme", "Vintage Winemaking Internship"), tz=("uk", "za"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application received: {role} (R-{ref})", "Hello {n},\n\n{role} has been added to your Candidate Home tile with the label Under Review. Two labels can follow it, Interview or Closed, and either one triggers an automatic email.\n\n{co} Recruiting Operations", ("Seria Galley Services", "Trafford Tramcar Engineering"), ("seriagalley", "traffordtramcar"), frm="{co} <workday-notices@{dom}>", role=("Galley Steward", "Overhead Line Technician"), tz=("bn", "mcr"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nThanks for applying for {role}! A member of the People Team reads every portfolio. Yes, no or maybe-later, a real human will type the reply, normally inside three weeks.\n\n{sig}, {co}", ("Pinkerfold Cards", "Loudvale Audio Network"), ("pinkerfold", "loudvale"), frm="{sig} <no-reply@greenhouse.{dom}>", role=("Lettering Artist", "Audio Editor"), tz=("uk", "use"))
mo("application_received", "lv", "We've got your application – {co}", "Hey {n}, we've queued your {role} application. Whoever we pick, you get a note from us at the end, and your profile sits in our talent pool 18 months unless you answer REMOVE ME.\n\n— {sig}, {co}", ("Anemoscope Instruments", "Spokewise Rentals"), ("anemoscope", "spokewise"), frm="{sig} via Lever <hire@{dom}>", role=("Test Engineer", "Hire Desk Assistant"), tz=("uk", "nz"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Job</td><td>{role}</td></tr><tr><td>Current status</td><td>Received</td></tr><tr><td>Next possible statuses</td><td>Interview · Unsuccessful</td></tr></table><p>{co} Recruitment</p></body></html>", ("Glaciarium Skate Hall", "Coronet Skyline Co"), ("glaciarium", "coronetskyline"), frm="{co} Jobs <smartrecruiters@{dom}>", role=("Skate Coach", "Ticket Office Assistant"), tz=("mcr", "nz"))
mo("application_received", "ic", "{co}: application submitted ({ref})", "Dear {n},\n\n{role}: submission logged. Screeners tick mandatory items before anything else, and a file missing {x} gets flagged Not Selected right there, so upload it today if it's still outstanding.\n\nTalent Acquisition, {co}", ("Halvergate Tyre & Exhaust", "Bluebottle School Coaches"), ("halvergatetyre", "bluebottlecoaches"), frm="{co} Careers <icims-mailer@{dom}>", role=("Tyre Bay Technician", "Passenger Assistant"), x=("a driving licence check code", "an enhanced DBS certificate"), tz="uk")
mo("application_received", "tl", "Thank you for applying – Req. {ref}", "Dear {n},\n\n{role}: application logged against the requisition. Applicants hear within five working days by email whenever a requisition is frozen or pulled.\n\nHuman Resources – {co}", ("Grand Roy Spice Processors", "Shimanzi Cargo Handling"), ("grandroyspice", "shimanzicargo"), frm="{co} <taleo-noreply@{dom}>", role=("Laboratory Assistant", "Gate Clerk"), tz=("gd", "ke"))
mo("application_received", "wk", "Got your application!", "Hi {n},\n\nTa for the {role} CV. Trial-shift calls go out by Friday evening; if your phone stays quiet past then, assume the shift's gone elsewhere, though your CV stays clipped behind the bar.\n\n{sig}\n{co}", ("Vermut del Rec", "Oldham Street Noodle Counter"), ("vermutdelrec", "oldhamnoodle"), role=("Waiter", "Kitchen Porter"), tz=("cat", "mcr"))
mo("application_received", "bb", "Application for {role} received", "Hello {n},\n\nCheers for the {role} form. Heads up: the rota's being rebuilt this month, and in case the shifts get soaked up by people already on payroll, I'll ping you the day it's decided rather than ghost you.\n\n{sig}\n{co}", ("Lockbound Escape Rooms", "Boingfield Trampoline Park"), ("lockbound", "boingfield"), frm="{sig} <{sl}@{dom}> (sent with BambooHR)", role=("Game Master", "Party Host"), tz=("mcr", "au"))
mo("application_received", "tt", "We have received your candidature", "Dear {n},\n\n{x}\n\n{sig}\n{co}", ("Estampats Ter Vell", "Turag Sourcing House"), ("estampatstervell", "turagsourcing"), x=("We have received well your CV for the offer of the workshop. Be it positive or negative the resolution, we will write you an email in the next weeks, so stay tranquil. A hug,", "Your CV has reached our Gulshan office. Kindly note that if your profile does not make the shortlist, intimation will come through email alone; please avoid phoning the front desk. With regards,"), tz=("cat", "bd"))
mo("application_received", "pp", "Application acknowledgement – {role}", "Dear {n},\n\nYour {role} form has arrived. The panel meets to shortlist across two mornings after closing. Those left off the list get an email; those on it get an invitation naming the three panellists.\n\nKind regards\n{sig}, {co}", ("St Wilfrid's Hospice", "Irwell Homes Partnership"), ("lanternhospice", "irwellhomes"), frm="{sig} <{sl}@{dom}> via Pinpoint", role=("Ward Housekeeper", "Neighbourhood Officer"), tz=("uk", "mcr"))
mo("application_received", "jz", "Thanks – got your CV", "Hi {n}, thanks for the CV for {role}. Fourteen days of silence from us means somebody else got the van seat; there's only four of us and replies get lost.\n\n{sig}\n{co}", ("Pestaway Coastal Services", "Clearpane Window Co."), ("pestawaycoastal", "clearpane"), role=("Trainee Technician", "Round Assistant"), tz=("ke", "ie"))
mo("application_received", "ab", "Application received: {role}", "Hi {n},\n\nThe {role} pile gets read every Thursday by two engineers. Should they pass on you, the email says so and gives one honest sentence of reasoning; should they want more, you'll get a calendar link.\n\nBest,\n{sig}\nRecruiting, {co} (via Ashby)", ("Paystream Ledgerworks", "Turnstyle Ticketing"), ("paystream", "turnstyle"), role=("Data Engineer", "QA Analyst"), tz=("usp", "cae"))
mo("application_received", "cas", "Thanks for your message", "Hi {n},\n\nGot your message about {role}. Skipper always rings round his casual list before anyone new; should one of them grab it, I'll text you and your number stays pinned on the galley board till next season.\n\n{sig}\n{co}", ("Tudor Creek Dhow Cruises", "Grand Mal Dive Centre"), ("tudorcreekdhow", "grandmaldive"), role=("Cabin Host", "Boat Hand"), tz=("ke", "gd"))
mo("application_received", "th-rec", "Your application – {role}", "Hi {n},\n\nCheers for the {role} application. The plant manager draws up the shortlist himself; should your name miss it, I'll still email you myself.\n\n{sig}\n{co}", ("Clayton Vale Materials Recovery", "Reciclatges del Besòs"), ("claytonvalemrf", "reciclatgesbesos"), role=("Baler Operator", "Weighbridge Clerk"), tz=("mcr", "cat"))
mo("application_received", "th-post", "Acknowledgement of application", "Dear {n},\n\nRegistered: one application, {role}, number {ref}. Every applicant gets the Director's decision on paper, good or bad.\n\n{sig}\n{co}", ("Tuvalu Post and Philatelic Bureau", "Pos Muara Sorting Centre"), ("tuvalupost", "posmuara"), role=("Philatelic Clerk", "Postal Assistant"), tz=("tv", "bn"))
mo("application_received", "th-tex", "Application received", "Dear {n},\n\nHR desk has received one application from you ({role}). Interview calls go out to the short list by phone; everybody else receives an email once the selection board has signed off.\n\nRegards,\n{sig}\n{co}", ("Savar Fibre Reclaim", "Changamwe Textile Recovery"), ("savarfibre", "changamwerecovery"), role=("Quality Inspector", "Store Keeper"), tz=("bd", "ke"))
mo("application_received", "ft-camp", "We've received your application", "Hi {n},\n\nYour form for {role} is with the store manager (about ten days). If it's an interview, expect the manager to ring; if it's a no, it comes by email from this address.\n\nThe {co} team{FOOT}", ("Bivvyland Outdoor", "Guyline & Trail"), ("bivvyland", "guylinetrail"), frm="{co} Careers <careers@{dom}>", role=("Bike Workshop Assistant", "Christmas Temp"), tz=("uk", "nz"))
mo("application_received", "ft-opt", "Thanks for applying to {co}", "Hi {n},\n\n{role}: form safely received by our recruiters. Whichever way the decision falls it arrives in your inbox, and your record is kept six months for lookalike vacancies.\n\n{co} Recruitment{FOOT}", ("Lensmith Opticians", "Irisgate Eyewear"), ("lensmith", "irisgateeyewear"), frm="{co} Careers <no-reply@{dom}>", role=("Contact Lens Assistant", "Receptionist"), tz=("uk", "cae"))
mo("application_received", "hd-trans", "Sample received", "Dear {n},\n\nYour sample for {role} is logged. Two reviewers mark it without seeing your name, and whatever they conclude, their merged comments land in your inbox.\n\nKind regards,\n{sig}\n{co}", ("Babelhouse Language Services", "Bamburi Coast Translation Bureau"), ("babelhouselang", "bamburitranslation"), role=("Subtitler", "Proofreader"), tz=("uk", "ke"))
mo("application_received", "rc-edu", "Registration complete", "Hi {n},\n\nYou're registered with us for {role} work. When a school passes on a profile I send, I'll tell you which school and why, so nothing disappears into thin air.\n\n{sig}\n{co}", ("Chalkface Supply", "Satchel Education Agency"), ("chalkfacesupply", "satcheledu"), role=("primary supply", "cover supervisor"), tz=("mcr", "ie"))
mo("application_received", "ps-ref", "Application received – Vacancy {ref}", "Applicant: {full}\nVacancy: {ref} – {role}\n\nApplication filed. After the posting period, a Notice of Results arrives stating whether your name reached the certificate forwarded to the hiring manager.\n\n{co}", ("Office of Personnel Administration, County of Hollis", "Public Service Commission Secretariat, St George's"), ("hollispersonnel", "psc-stgeorges"), frm="{co} <hr-notices@{dom}>", role=("Budget Technician", "Registry Clerk"), tz=("use", "gd"))
mo("application_received", "ps-inel", "Application {ref} received", "Dear {full},\n\nWe acknowledge your application for {role}. Applications missing required certified documents are found ineligible, and the applicant is told in writing which document was missing.\n\n{co}", ("Department of Human Resource Management, Funafuti", "Public Service Department, Bandar Seri Begawan"), ("dhrm-funafuti", "psd-bsb"), frm="{co} <recruitment@{dom}>", role=("Lands Officer", "Clerk Typist"), tz=("tv", "bn"))
mo("application_received", "ps-mark", "Registration for written examination", "Dear {full},\n\nApplication for {role} accepted; roll number {ref} allotted. Those whose paper marks fall under the cut-off receive an email and stop there; the rest get a viva call.\n\n{co}", ("District Recruitment Cell, Ettayapuram", "Divisional Recruitment Committee, Rajshahi"), ("drc-ettayapuram", "drc-rajshahi"), frm="{co} <results@{dom}>", role=("Record Clerk", "Data Entry Operator"), tz=("in", "bd"))
mo("application_received", "st-trow", "Application submitted", "{role} ({ref})\nStatus: Submitted\nPossible next steps shown here later: Interview booked / Offer made / Closed without progression\n\nTrowmere applicant portal – {co}", ("Hawkshead Dairy Foods", "Ledgemoor Facilities"), ("hawksheaddairy", "ledgemoorfm"), frm="{co} via Trowmere <status@trowmere-mail.{dom}>", role=("Hygiene Operative", "Mobile Engineer"), tz=("uk", "mcr"))
mo("application_received", "in-act", "{x}: application received", "Dear {n},\n\nThanks for applying to the {x}. Numerical and situational tests reach you within a week. Anyone who drops out at any stage is emailed within ten working days of it.\n\nEarly Careers Team\n{co}", ("Threadneedle Mutual Assurance", "Gnomon Broadcast"), ("threadneedlemutual", "gnomonbroadcast"), frm="{co} Early Careers <grads@{dom}>", x=("Actuarial Graduate Scheme 2026", "Broadcast Engineering Summer Internship"), tz=("uk", "uk"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Interview invite: {role}", "Hi {n},\n\nThe team wants a conversation about {role} on {dl}; grab a slot in the scheduler. Unfortunately our lift's being swapped out, which means 48 steps up; if that's tricky, we'll move downstairs to the café.\n\n{sig}, {co}", ("Pinkerfold Cards", "Loudvale Audio Network"), ("pinkerfold", "loudvale"), frm="{sig} <no-reply@greenhouse.{dom}>", role=("Junior Greetings Illustrator", "Podcast Producer"), tz=("uk", "use"))
mo("interview", "pp", "Invitation to interview – {role}", "Dear {n},\n\nYou're shortlisted for {role}; panel day is {dl}, six questions plus a short presentation. Sadly our car park is being retarmacked that week; the Mill Street meters are nearest.\n\nKind regards\n{sig}, {co}", ("St Wilfrid's Hospice", "Irwell Homes Partnership"), ("lanternhospice", "irwellhomes"), frm="{sig} <{sl}@{dom}> via Pinpoint", role=("Fundraising Officer", "Tenancy Sustainment Officer"), tz=("uk", "mcr"))
mo("interview", "th-air", "Re: [EXT] Re: {role}", "Hi {n},\n\nGot the licence scan, ta. Next bit is a practical on the ramp, {dl} at 9am. Unfortunately the crew shuttle isn't running that week, so sort a lift or a taxi.\n\nBest,\n{sig}\n{co}\n\n{GM}", ("Moi Airport Freight Handlers", "Rongotai Air Cargo"), ("moifreight", "rongotaicargo"), role=("Cargo Build-up Agent", "Ramp Loader"), tz=("ke", "nz"))
mo("interview", "hd-qs", "Interview – {role}", "Dear {n},\n\nFollowing your application for {role}, kindly join two partners at our office on {dl}. Regrettably the meeting rooms are mid-decoration, hence the top-floor boardroom.\n\nBest regards,\n{sig}\n{co}", ("Turnpike Cost Consultants", "Quayhead Surveying Partnership"), ("turnpikecost", "quayheadsurveying"), role=("Assistant Quantity Surveyor", "Cost Manager"), tz=("uk", "au"))
mo("interview", "hd-sport", "Come and meet us – {role}", "Hi {n},\n\nFancy coming down on {dl}? Half an hour's chat, then you run a warm-up for the under-14s. Bad news: the clubhouse showers are knackered, bring spare kit.\n\n{sig}\n{co}", ("Salford Reds Community Trust", "Harbour City Netball"), ("salfordredstrust", "harbourcitynetball"), role=("Community Rugby Coach", "Academy Analyst"), tz=("mcr", "nz"))
mo("interview", "th-seed", "RE: [EXT] RE: {role}", "Hi {n},\n\nThanks for the scan. The curator would like a second interview on {dl}. Unfortunately the annex road is closed for repairs, so use the north gate.\n\nAll the best,\n{sig}\n{co}\n\n{ORIG}", ("Mount Annan Seed Vault", "Pasqueflower Seed Library"), ("annanseedvault", "pasqueflowerseeds"), role=("Seed Processing Officer", "Collections Technician"), tz=("au", "cae"))
mo("interview", "ps-canc", "Invitation to interview – Competition {ref}", "Dear {full},\n\nCompetition {ref}, {role}: interview scheduled for {dl}. Unfortunately visitors cannot park on the grounds; use the municipal lot two blocks east. Photo ID required at reception.\n\n{co}", ("Provincial Staffing Services", "Pwani Kusini County Public Service Board"), ("provstaffing", "pwanikusinicpsb"), frm="{co} <competitions@{dom}>", role=("Program Officer", "Ward Administrator"), tz=("cae", "ke"))
mo("interview", "ab", "Onsite loop – {role}", "Hi {n},\n\nGreat news: four back-to-back conversations onsite on {dl}. Unfortunately the building's badge system is being swapped, so check in at the front desk with ID.\n\nBest,\n{sig}\nRecruiting, {co} (via Ashby)", ("Paystream Ledgerworks", "Turnstyle Ticketing"), ("paystream", "turnstyle"), role=("Backend Engineer", "Product Designer"), tz=("usp", "cae"))
mo("next_steps", "ic", "Action needed: documents for {role}", "Dear {n},\n\nYou've been shortlisted for {role}. Upload {x} before {dl}. Sadly skewed phone snaps get bounced by the system, so lay it flat and scan.\n\nTalent Acquisition, {co}", ("Halvergate Tyre & Exhaust", "Bluebottle School Coaches"), ("halvergatetyre", "bluebottlecoaches"), frm="{co} Careers <icims-mailer@{dom}>", role=("Mobile Tyre Fitter", "Route Driver (School Runs)"), x=("your licence check code", "your DBS certificate"), tz="uk")
mo("next_steps", "in-act", "Next step: online assessment", "Dear {n},\n\nYou've passed the first sift for the {x}. The online test closes {dl}. Unfortunately deadlines stand unless an adjustment was agreed beforehand.\n\nEarly Careers Team\n{co}", ("Threadneedle Mutual Assurance", "Gnomon Broadcast"), ("threadneedlemutual", "gnomonbroadcast"), frm="{co} Early Careers <grads@{dom}>", x=("Actuarial Graduate Scheme 2026", "Broadcast Engineering Summer Internship"), tz=("uk", "uk"))
mo("next_steps", "ps-inel", "Application {ref}: further documents", "Dear {full},\n\nApplication {ref} ({role}) is on hold pending certified copies of your {x}, due {dl}. Regrettably plain photocopies are returned unprocessed.\n\n{co}", ("Department of Human Resource Management, Funafuti", "Public Service Department, Bandar Seri Begawan"), ("dhrm-funafuti", "psd-bsb"), frm="{co} <recruitment@{dom}>", role=("Assistant Fisheries Officer", "Administrative Assistant"), x=("Form 7 results", "identity card and school certificates"), tz=("tv", "bn"))
mo("next_steps", "hd-anim", "Test brief for {role}", "Hi {n},\n\nNext up for {role}: animate ten seconds off the attached board and send it by {dl}. Sadly test work is unpaid, so rough pencils are fine.\n\nCheers,\n{sig}\n{co}", ("Paperkite Animation", "Wobblehat Studios"), ("paperkiteanim", "wobblehat"), role=("Junior 2D Animator", "Storyboard Assistant"), tz=("ie", "cap"))
mo("next_steps", "rc-energy", "Client wants references – {role}", "Hi {n},\n\nThe client liked you for {role}. I need two referees' details from you by {dl}. Unfortunately friends and family don't count for them; line managers only.\n\n{sig}\n{co}", ("Gridstone Energy Talent", "Megawattage Search Partners"), ("gridstonetalent", "megawattagesearch"), role=("Protection Engineer", "Site Supervisor"), tz=("uk", "za"))
mo("next_steps", "ps-mark", "Admit card – written examination", "Dear {full},\n\nAdmit card attached: {role}, roll no. {ref}, paper on {dl}. Unfortunately latecomers after 9.30 am are barred from the hall, bring the card and a photo ID.\n\n{co}", ("District Recruitment Cell, Ettayapuram", "Divisional Recruitment Committee, Rajshahi"), ("drc-ettayapuram", "drc-rajshahi"), frm="{co} <results@{dom}>", role=("Junior Assistant", "Office Assistant cum Computer Typist"), tz=("in", "bd"))
mo("offer", "wk", "Offer – {role}", "Hi {n},\n\nJob's yours! {role}, starting {dl}; the contract's attached for a signature. Unfortunately every locker's spoken for till the new batch turns up.\n\n{sig}\n{co}", ("Vermut del Rec", "Oldham Street Noodle Counter"), ("vermutdelrec", "oldhamnoodle"), role=("Barback", "Wok Cook"), tz=("cat", "mcr"))
mo("offer", "th-book", "RE: [EXT] Re: {role}", "Hello {n},\n\nTom's asked me to offer you {role}, start date {dl}. Unfortunately the canteen's being gutted and refitted during your first two weeks, so pack sandwiches.\n\nThanks again,\n{sig}\n{co}\n\n{RULE}", ("Wychbold Book Distribution", "Kiltormer Page & Parcel"), ("wychboldbooks", "kiltormerpage"), role=("Goods-In Team Leader", "Pick Face Supervisor"), tz=("uk", "ie"))
mo("offer", "hd-trans", "Contract offer: {role}", "Dear {n},\n\nA freelance contract as {role} is on offer, first job landing {dl}. Unfortunately our invoicing portal is down for maintenance this week, so please email the signed terms instead.\n\nKind regards,\n{sig}\n{co}", ("Babelhouse Language Services", "Bamburi Coast Translation Bureau"), ("babelhouselang", "bamburitranslation"), role=("Subtitler", "Swahili Localiser"), tz=("uk", "ke"))
mo("offer", "in-zoo", "Placement offer: {x}", "Hi {n},\n\nA place on the {x} is yours, beginning {dl}. Sadly our volunteer house is full this year; the induction pack lists nearby digs.\n\n{sig}\nLearning & Placements, {co}", "Mossbrook Wildlife Park", "mossbrookwildlife", x="Keeping Internship", tz="mcr")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-trow", "Your application status has changed", "{role} ({ref})\nStatus: Withdrawn by candidate\n\nTrowmere applicant portal – {co}", ("Hawkshead Dairy Foods", "Ledgemoor Facilities"), ("hawksheaddairy", "ledgemoorfm"), frm="{co} via Trowmere <status@trowmere-mail.{dom}>", role=("Packing Operative", "Porter"), tz=("uk", "mcr"))
mo("other_job", "st-quil", "Status update – {role}", "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b><br>Stage: <b>On hold – hiring manager travelling until the 20th</b></p><p>Quillet · {co}</p></body></html>", ("Dunecrest Holiday Parks", "Reefview Resorts Brunei"), ("dunecrestparks", "reefviewbn"), frm="Quillet for {co} <notify@{dom}>", role=("Pool Attendant", "Spa Receptionist"), tz=("au", "bn"))
mo("other_job", "tv-date", "Shortlisting meeting moved", "Talofa {n},\n\nThe shortlisting meeting for the Assistant Fisheries Officer post is moved one week later because of the Independence Day holidays. Applicants will hear after the new date.\n\n{sig}\n{co}", "Department of Human Resource Management, Funafuti", "dhrm-funafuti", tz="tv")
mo("job_alert", "alert", "New at {co}: jobs for you", "Hi {n},\n\nThis week three fresh openings match what you saved: Store Colleague (Horbury), Customer Service Adviser (remote), Warehouse Operative (nights).\n\nTap through in the app to see more.{FOOT}", ("Bivvyland Outdoor", "Papercourt Stationers", "Whiskwell Kitchen Goods"), ("bivvyland", "papercourt", "whiskwell"), frm="{co} Job Alerts <alerts@{dom}>", tz=("uk", "au", "ie"))
mo("recruiter_outreach", "pitch", "Role you might like: {role}", "Hi {n},\n\nA client of mine in {x} needs a {role}, and your profile fits the brief nicely. Permanent, three office days, decent pension. Ten minutes on a call this week, maybe Thursday?\n\n{sig}\n{co}", ("Silverservice Recruitment", "Gridstone Energy Talent"), ("silverservicerec", "gridstonetalent"), role=("Guest Experience Manager", "Grid Connections Planner"), x=("Chorlton", "Cannock"), tz=("mcr", "uk"))
mo("non_job_rejection_words", "flat", "Your application for {x}", "Dear {n},\n\nAbout {x}: unfortunately it's been let to another household, and your application was unsuccessful. We'll email when a similar place comes up.\n\n{sig}\n{co}", ("Ancoats Lettings", "Eixample Pisos"), ("ancoatslettings", "eixamplepisos"), x=("the two-bed flat on Blossom Street", "the studio on Carrer del Consell"), tz=("mcr", "cat"))
mo("non_job_rejection_words", "ballot", "Ticket ballot result", "Hi {n},\n\nThe ballot for {x} has been run and the draw passed you by. We're sorry. Returned tickets get offered to unsuccessful entrants first.\n\n{co}", ("Halle Winter Season", "Grenada Spicemas Pavilion"), ("hallewinter", "spicemaspavilion"), frm="{co} Box Office <boxoffice@{dom}>", x=("the New Year's Day concert", "the Carnival Monday stand"), tz=("mcr", "gd"))
mo("non_job_rejection_words", "grant", "Small grants decision", "Dear {n},\n\nThe Small Grants panel met on Tuesday about your bid for Kanamai beach clean-up kit. Regrettably it was turned down this round; March is the next window for a fresh bid.\n\n{sig}\n{co}", "Kanamai Shore Community Fund", "kanamaishorefund", tz="ke")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    low = ch.lower()
    return "{sig} at {co} via " + ch + " <relay@" + low + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("thimble", "CorvastleAsh", "Pennistow Thimble Works", "pennistowthimble", "uk",
     ("Your thimblestamping application", "Hello {n},\n\nAbout learning thimblestamping here: we only had the one bench, and an applicant who already runs a fly press has taken it. Good luck finding the right workshop.\n\n{sig}\nPennistow Thimble Works"),
     ("application_received", "Thimblestamping bench – received", "Hello {n},\n\nYour note about the thimblestamping bench reached us. The foreman reads the lot over the final week, then everybody hears yes or no.\n\n{sig}\nPennistow Thimble Works"))
pair("wick", "CorvastleBirch", "Gorton Wickhouse", "gortonwickhouse", "mcr",
     ("wicktwisting trainee", "Hiya {n},\n\nTa for writing about the wicktwisting trainee spot. We've give it to a lad as did a fortnight's trial with us last spring, so it's sorted. Best of luck, love.\n\n{sig}"),
     ("interview", "wicktwisting – come see us", "Hiya {n},\n\nCan you come in {dl} at ten to have a go on the wicktwisting frame? Bad news is the kettle's bust, so bring a flask.\n\n{sig}"))
pair("hinge", "CorvastleCedar", "Oxley Hingeforge", "oxleyhingeforge", "use",
     ("Hingeforging apprenticeship", "Hi {n},\n\nOur one hingeforging apprenticeship went to a student out of the county trade school. Best wishes in your search.\n\n{sig}\nOxley Hingeforge"),
     ("next_steps", "Hingeforging – before your trial day", "Hi {n},\n\nAhead of the hingeforging trial we need your tetanus record and a signed shop safety sheet, both by {dl}. Unfortunately there are no spare boots here, so bring steel toes.\n\n{sig}\nOxley Hingeforge"))
pair("gourd", "CorvastleDamson", "Sauteurs Gourdworks", "sauteursgourd", "gd",
     ("Gourdcarving helper", "Good day {n},\n\nThanks for asking about the gourdcarving helper job. Miss Antoine give it to a young fella from River Sallee who was helping already. Blessings.\n\n{sig}"),
     ("offer", "Gourdcarving helper – we want you", "Good day {n},\n\nWe would like you for the gourdcarving helper job starting {dl}, mornings only. Sadly the van broke down, so we can't pick you up the first week.\n\n{sig}"))
pair("horn", "CorvastleElm", "Pembridge Hornware", "pembridgehornware", "uk",
     ("Hornpressing workshop role", "Dear {n},\n\nRegarding the hornpressing role: another applicant with press-room experience has been appointed and the vacancy is closing. Thank you for your interest.\n\n{sig}\nPembridge Hornware"),
     ("application_received", "Hornpressing role: application logged", "Dear {n},\n\nHornpressing role: your form is logged. Whatever the foreman decides, a letter reaches you inside three weeks of closing.\n\n{sig}\nPembridge Hornware"))
pair("tassel", "CorvastleFir", "Trimwell Passementerie", "trimwellpass", "ie",
     ("Tasselknotting position", "Hi {n},\n\nThanks for your interest in tasselknotting. A maker with years on curtain trims has taken the job. Wishing you luck.\n\n{sig}\nTrimwell Passementerie"),
     ("interview", "Tasselknotting – trial morning", "Hi {n},\n\nAre you free {dl} to have a go at tasselknotting at the long bench? Unfortunately there's a trench across our road, so walk up from the square.\n\n{sig}\nTrimwell Passementerie"))
pair("pewter", "CorvastlePine", "Rothwaite Pewter Spinners", "rothwaitepewter", "uk",
     ("Pewterspinning lathe operator", "Dear {n},\n\nRe pewterspinning: The lathe job has been offered to a former employee returning to the area, so we won't progress your application.\n\nRegards,\n{sig}"),
     ("next_steps", "Pewterspinning – trade test", "Dear {n},\n\nPlease book a pewterspinning trade test before {dl}. Regrettably we cannot reimburse travel for the test.\n\nRegards,\n{sig}"))
pair("abacus", "CorvastleGorse", "Sempoa Seria Frames", "sempoaseria", "bn",
     ("Abacusframing assistant", "Assalamualaikum {n},\n\nAbout the abacusframing assistant post: the owner has chosen a candidate staying in Kampong Ayer, near the shop. Semoga berjaya.\n\n{sig}"),
     ("offer", "Abacusframing assistant – offer", "Assalamualaikum {n},\n\nAlhamdulillah, we offer you the abacusframing assistant post from {dl}. Sadly the aircon is under servicing that first week, so wear something cool.\n\n{sig}"))
pair("harp", "CorvastleHazel", "Clwyd Harp Workshop", "clwydharp", "uk",
     ("Harpstringing technician", "Dear {n},\n\nRe our harpstringing technician post: someone who has regulated concert harps before has been appointed. Your application stops here, with thanks.\n\n{sig}\nClwyd Harp Workshop"),
     ("interview", "Harpstringing technician – interview", "Dear {n},\n\nCome and meet us about harpstringing on {dl}. Unfortunately the workshop sits at the top of a steep farm lane, and the loft is up a ladder.\n\n{sig}\nClwyd Harp Workshop"))
pair("clog", "CorvastleIvy", "Hebden Clog Soles", "hebdenclogsoles", "mcr",
     ("Clogsoling job", "Alright {n},\n\nCheers for the CV. We've give the clogsoling job to someone who's done shoe repairs for ten year, so that's that. Ta for thinking of us.\n\n{sig}"),
     ("application_received", "Clogsoling job – got it", "Alright {n},\n\nGot your CV for the clogsoling job. Whoever gets it, I'll text you either road, promise.\n\n{sig}"))
pair("compass", "CorvastleJuniper", "Harbourline Compass Boxes", "harbourlinecompass", "cae",
     ("Compassboxing bench hand", "Hi {n},\n\nRe the compassboxing bench hand role. The owner hired a cabinetmaker he worked with before, and the job is now closed. Best wishes.\n\n{sig}"),
     ("next_steps", "Compassboxing – sample dovetail", "Hi {n},\n\nFor the compassboxing role, please send photos of a dovetail joint you've cut by {dl}. Sadly we can't accept work in softwood.\n\n{sig}"))
pair("lantern", "CorvastleKelp", "Kettlewell Lantern Glaziers", "kettlewelllantern", "uk",
     ("Lanternglazing vacancy", "Dear {n},\n\nOn lanternglazing: we've chosen an applicant with leaded glass experience. Grateful you thought of us.\n\n{sig}"),
     ("interview", "Lanternglazing – interview day", "Dear {n},\n\nLanternglazing interview: {dl}, at the workshop behind the chapel. Unfortunately the heating is off that week, so wrap up.\n\n{sig}"))
pair("pipeclay", "CorvastleLinden", "Broseley Pipeclay Studio", "broseleypipeclay", "uk",
     ("Pipeclaying studio assistant", "Hello {n},\n\nRe pipeclaying work. We have filled the studio assistant post with a ceramics graduate from the college. Best of luck.\n\n{sig}"),
     ("offer", "Pipeclaying studio assistant – offer", "Hello {n},\n\nCome and be our pipeclaying studio assistant, starting {dl}. Sadly the kiln is being relined, so your first week is glazing only.\n\n{sig}"))
pair("quilt", "CorvastleMaple", "Amish Valley Quilt Frames", "amishvalleyframes", "usc",
     ("Quiltframing shop opening", "Hi {n},\n\nThanks for applying for the quiltframing shop opening. We hired a gentleman from church who's built frames for years, so we're all set. Blessings on your search.\n\n{sig}"),
     ("application_received", "Quiltframing application", "Hi {n},\n\nThanks for writing about quiltframing work. Whichever way we go, I'll phone you myself before the month's out.\n\n{sig}"))
pair("shuttle", "CorvastleNettle", "Innerleithen Shuttle Makers", "innerleithenshuttle", "uk",
     ("Shuttlecarving apprentice", "Dear {n},\n\nOur shuttlecarving apprenticeship is filled. The place has been given to a student from the textiles college. We wish you well.\n\n{sig}"),
     ("interview", "Shuttlecarving apprentice – visit", "Dear {n},\n\nPop over {dl} and see the shuttlecarving shop floor. Unfortunately the mill café has closed its doors for winter, so have breakfast first.\n\n{sig}"))
pair("spindle", "CorvastleOak", "Naseby Spindle Turners", "nasebyspindle", "nz",
     ("Spindleturning position", "Kia ora {n},\n\nRe spindleturning: a turner from Outram got the role and she's said yes. All the best.\n\n{sig}"),
     ("next_steps", "Spindleturning – bring a piece", "Kia ora {n},\n\nBefore {dl}, please send photos of a spindle or chair leg you've turned. Unfortunately we can't view work in person this month.\n\n{sig}"))
pair("wig", "CorvastleQuince", "Stagelight Wig Dressers", "stagelightwigs", "au",
     ("Wigdressing assistant", "Hi {n},\n\nThe wigdressing assistant role is filled; it went to someone who dressed wigs on the last touring musical. Best of luck.\n\n{sig}"),
     ("interview", "Wigdressing assistant – interview", "Hi {n},\n\nDrop by the theatre on {dl} to talk wigdressing? Sadly the stage door's boarded up for rebuilding, so come round through the foyer.\n\n{sig}"))
pair("veneer", "CorvastleReed", "Karatara Veneer Slicers", "karataraveneer", "za",
     ("Veneerslicing operator", "Morning {n},\n\nThe veneerslicing operator post is filled by a man who ran a slicer at the Sedgefield mill. Good luck with your search.\n\n{sig}"),
     ("application_received", "Veneerslicing operator – application", "Morning {n},\n\nVeneerslicing: your form's in. Shortlisted or not, we SMS everyone by the 25th.\n\n{sig}"))
pair("chess", "CorvastleSorrel", "Hoshiarpur Chessman Carvers", "hoshiarpurchess", "in",
     ("Chessmancarving artisan post", "Dear {n},\n\nRe chessmancarving unit vacancy. The post is already filled by a carver from Gurdaspur side. Wishing you all success.\n\nRegards,\n{sig}"),
     ("offer", "Chessmancarving artisan – offer", "Dear {n},\n\nKindly note you are selected for the chessmancarving artisan post, joining {dl}. Unfortunately the hostel rooms are all occupied, so please arrange own lodging.\n\nRegards,\n{sig}"))
pair("drum", "CorvastleTansy", "Takaungu Ngoma Drum Lacers", "takaungungoma", "ke",
     ("Drumlacing job", "Jambo {n},\n\nAsante for asking about drumlacing. We already took one young man from Mnarani who was helping before. Karibu again next season.\n\n{sig}"),
     ("interview", "Drumlacing – come on Saturday", "Jambo {n},\n\nCome {dl} in the morning and lace one ngoma for us to see. Sadly the rains have turned our lane to mud, so old shoes.\n\n{sig}"))
pair("flag", "CorvastleUmber", "Funafuti Flag & Sail Loft", "funafutiflag", "tv",
     ("Flagsewing helper", "Talofa {n},\n\nWe got your letter about flagsewing. The loft has taken a woman from Nukulaelae who sewed for the church. Fakafetai for your interest.\n\n{sig}"),
     ("next_steps", "Flagsewing – send sample", "Talofa {n},\n\nPlease bring one sewn sample hem by {dl} for the flagsewing job. Unfortunately the loft machine is broken, so hand stitching only.\n\n{sig}"))
pair("gaiter", "CorvastleVetch", "Cerdanya Gaiter Stitchers", "cerdanyagaiter", "cat",
     ("Gaiterstitching workshop", "Hello {n},\n\nThanks a lot for wanting the gaiterstitching post. Finally we have chosen a person from Puigcerdà who already works leather. Much luck in your search.\n\n{sig}"),
     ("interview", "Gaiterstitching – meeting", "Hello {n},\n\nCome please on {dl} so we talk about the gaiterstitching post. Unfortunately the bell of the workshop is broken, so call my mobile from the street.\n\n{sig}"))
pair("nib", "CorvastleWillow", "Fountainhead Nib Grinders", "fountainheadnib", "usp",
     ("Nibgrinding technician", "Hi {n},\n\nRe nibgrinding work. We've brought on a technician who's tuned vintage pens for years, so the role is closed. Good luck.\n\n{sig}"),
     ("next_steps", "Nibgrinding – skills test", "Hi {n},\n\nPlease mail us three ground nibs by {dl} for the nibgrinding test. Unfortunately we can't return the samples.\n\n{sig}"))
pair("pencil", "CorvastleYarrow", "Tongi Pencil Casing Works", "tongipencil", "bd",
     ("Pencilcasing supervisor", "Dear {n},\n\nKindly note the pencilcasing supervisor post is filled; management has appointed another candidate. Best wishes.\n\nRegards,\n{sig}"),
     ("application_received", "Pencilcasing supervisor – received", "Dear {n},\n\nApplication received for pencilcasing supervisor. Selected or not selected, intimation goes to all applicants by email within 15 days.\n\nRegards,\n{sig}"))
pair("saddle", "CorvastleZinnia", "Lambourn Saddle Stitchers", "lambournsaddle", "uk",
     ("Saddlestitching bench", "Dear {n},\n\nRe the saddlestitching bench: a qualified saddler from the racing yards has taken it. Best wishes for your search.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Corvastle weekly: new workshop jobs", "Hi {n},\n\nSeven new bench and studio openings were posted on Corvastle this week, including two apprenticeships near you. Open the app to browse them.\n\nThe Corvastle board", "Corvastle", "corvastle", frm="Corvastle Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "garage", "Your garage tenancy application", "Hi {n},\n\nThanks for applying to rent a lock-up at Swinton Court. Unfortunately your application was unsuccessful: all twelve garages went to residents on the estate priority list.\n\n{sig}\n{co}", "Grassmere Estate Management", "grassmereestates", tz="mcr")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nor 2, fin 2, cat 2, ell 2, afr 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مشغل الخنجر الفضي", "khanjarnizwa", "om",
   ("بخصوص طلبك للعمل في المشغل", "السيدة {full} المحترمة،\n\nشكراً لرسالتك حول العمل في نقش فضة الخناجر. اخترنا للوظيفة صائغة من سمائل عملت في صياغة الخناجر سنوات طويلة، ولهذا يتوقف طلبك عند هذا الحد.\n\nمع خالص التقدير،\n{sig}"),
   ("application_received", "تم استلام طلبك", "السيدة {full} المحترمة،\n\nوصلنا طلبك للعمل في نقش الفضة. سنراسلك بالنتيجة أياً كانت، بالقبول أو بالاعتذار، قبل نهاية الشهر.\n\nمع التحية،\n{sig}"))
lp("de", "de", "Treichlerei Appenzell Mettler", "treichlerei", "ch",
   ("Ihre Bewerbung als Treichelschmied", "Guten Tag {full}\n\nBesten Dank für Ihre Zeilen zur Lehrstelle in der Treichelschmiede. Die Stelle haben wir einem jungen Mann aus Urnäsch zugesagt, der schon zwei Sommer als Ferienhilfe bei uns gehämmert hat. Wir wünschen Ihnen trotzdem viel Glück bei der Suche.\n\nFreundliche Grüsse\n{sig}"),
   ("interview", "Einladung in die Werkstatt", "Guten Tag {full}\n\nWir möchten Sie am {dl} gegen neun Uhr zum Schnuppern in die Treichelschmiede einladen. Leider wird vor dem Haus gerade die Strasse aufgerissen, also nehmen Sie am besten das Postauto bis zur Haltestelle Chäseren.\n\nFreundliche Grüsse\n{sig}"))
lp("es", "es", "Taller de Retablos Huamanga", "retabloshuamanga", "pe",
   ("Sobre tu postulación al taller", "Hola, {n}:\n\nGracias por escribirnos para el taller de retablos. El maestro revisó las figuras que nos mandaste, pero escogió a un muchacho de Quinua que ya pintaba santitos en yeso, y con eso el puesto quedó cubierto. Éxitos en lo que venga.\n\nUn abrazo,\n{sig}"),
   ("next_steps", "Pieza de prueba para el taller", "Hola, {n}:\n\nPara seguir con tu postulación, trae una pieza pintada por ti antes del {dl}. Lamentablemente no podemos recibir fotos por WhatsApp.\n\nSaludos,\n{sig}"))
lp("fr", "fr", "Atelier de ceinture fléchée du Richelieu", "flecheerichelieu", "qc",
   ("Votre candidature à l'atelier", "Bonjour {full},\n\nVotre lettre pour l'atelier de fléché nous est bien parvenue. Nous avons finalement choisi une artisane de Saint-Ours qui tisse au doigt depuis une dizaine d'années; le poste est donc comblé. Bon succès pour la suite.\n\nCordialement,\n{sig}"),
   ("offer", "Offre d'emploi – atelier de fléché", "Bonjour {full},\n\nBonne nouvelle : l'atelier vous propose le poste d'apprentie-tisserande dès le {dl}. Malheureusement, le stationnement est payant dans la rue, pensez à l'autobus.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "रिंगाल बाँस कारीगरी केंद्र", "ringalkendra", "in",
   ("आपके आवेदन के संबंध में", "प्रिय {full} जी,\n\nरिंगाल टोकरी केंद्र में जगह को लेकर आपका पत्र पहुँचा। वह काम अब कपकोट गाँव के कारीगर रमेश दानू सँभालेंगे, जो बरसों से सूप और डलिया बुनते आए हैं। इस कारण आपका नाम अगले दौर में नहीं जाएगा।\n\nसादर,\n{sig}"),
   ("application_received", "अर्ज़ी दर्ज हो गई", "प्रिय {full} जी,\n\nकेंद्र के रजिस्टर में आपका नाम चढ़ा दिया है। रखें या न रखें, दशहरे से पहले मोबाइल पर ख़बर भेजेंगे।\n\nसादर,\n{sig}"))
lp("it", "it", "Bottega di Pastori San Gregorio", "pastorisangregorio", "it",
   ("La sua candidatura in bottega", "Gentile {full},\n\ngrazie della sua lettera per il posto di aiuto in bottega. Il maestro ha preso un ragazzo dei Quartieri che d'estate veniva già a modellare pastori con noi, per cui il posto è occupato. Tanti auguri per la sua ricerca.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Colloquio in bottega", "Gentile {full},\n\nla aspettiamo in bottega il {dl} alle 10 per conoscerci. Purtroppo in quei giorni la via è chiusa per il mercatino, quindi entri dal vicolo laterale.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "輪島漆工房さかた", "wajimasakata", "jp",
   ("選考結果のご連絡", "{full} 様\n\nこのたびは当工房の漆塗り見習いにご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は他の方を採用することとなりました。末筆ながら、今後のご活躍をお祈り申し上げます。\n\n{sig}"),
   ("next_steps", "提出書類のお願い", "{full} 様\n\n次の選考に進んでいただくため、{dl}までに作品の写真三点をお送りください。なお、あいにく工房見学は今月受け付けておりません。\n\n{sig}"))
lp("ko", "ko", "옹기마을 흙가마", "onggikiln", "kr",
   ("지원 결과 안내", "{full} 님께\n\n옹기 공방 보조 자리에 지원해 주신 것 잘 받았습니다. 이번 자리는 외고산에서 가마 불을 오래 땐 분이 맡게 되어 더 진행하기 어렵게 되었습니다. 하시는 일마다 잘 풀리시길 빕니다.\n\n{sig} 드림"),
   ("offer", "함께 일하게 되어 기쁩니다", "{full} 님께\n\n옹기 공방 보조로 모시고 싶습니다. {dl}부터 출근 가능하신지 알려 주세요. 아쉽게도 공방 기숙사는 지금 자리가 없습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Azulejo Rua do Sol", "azulejoruadosol", "pt",
   ("A sua candidatura à oficina", "Olá, {n},\n\nRecebemos o seu postal a propósito da oficina. O mestre ficou com uma pintora de Borba que restaura painéis de igreja há anos, e assim o lugar fica preenchido. Desejamos-lhe tudo de bom.\n\nCom os melhores cumprimentos,\n{sig}"),
   ("offer", "Proposta para a oficina", "Olá, {n},\n\nA oficina quer contar consigo para pintar azulejo, começando a {dl}. O forno maior, infelizmente, só volta a cozer daqui a um mês.\n\nCom os melhores cumprimentos,\n{sig}"))
lp("ru", "ru", "Валяльная мастерская «Тёплый след»", "teplysled", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nСпасибо за письмо насчёт места помощника в валяльной мастерской. Место уже занял мастер из Мышкина, который катал валенки лет десять, так что набор закрыт. Всего доброго вам.\n\nС уважением,\n{sig}"),
   ("application_received", "Ваш отклик получен", "Здравствуйте, {full}!\n\nВаше письмо дошло до мастерской. Мастер посмотрит все отклики после ярмарки и ответит каждому, и тем, кого берём, и тем, кого нет.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Studio ya Tingatinga Msasani", "tingatingamsasani", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nBarua pepe yako juu ya kazi ya msaidizi studio ya Tingatinga imefika. Nafasi hiyo amepewa kijana wa Mbagala ambaye amekuwa akipaka rangi nasi tangu mwaka jana, hivyo hatuwezi kukuchukua sasa. Mungu akujalie.\n\nWako,\n{sig}"),
   ("next_steps", "Leta picha zako", "Habari {n},\n\nTafadhali lete picha mbili ulizochora mwenyewe kabla ya {dl}. Kwa bahati mbaya hatupokei picha kwa simu.\n\nWako,\n{sig}"))
lp("th", "th", "บ้านเบญจรงค์ดอนไก่ดี", "benjarongdonkaidee", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{full}\n\nได้รับใบสมัครงานเขียนลายเบญจรงค์ของคุณแล้วค่ะ ตำแหน่งนี้ร้านให้ช่างจากอัมพวาซึ่งลงลายน้ำทองมาสิบปีแล้วค่ะ รอบนี้เลยรับคุณไม่ได้ ขอให้ได้งานดี ๆ ในเร็ววันค่ะ\n\n{sig}"),
   ("interview", "นัดสัมภาษณ์", "เรียน คุณ{full}\n\nขอเชิญมาที่ร้านวันที่ {dl} เวลา 10 โมงเพื่อคุยเรื่องงานเขียนลายค่ะ น่าเสียดายที่ที่จอดรถหน้าร้านกำลังซ่อม รบกวนจอดที่วัดนะคะ\n\n{sig}"))
lp("tr", "tr", "Eskişehir Lületaşı Atölyesi", "luletasiatolye", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nLületaşı oymacılığı için yazdığınız mektup elimize ulaştı. Değerlendirme sonunda, daha önce pipo oymuş bir adayla çalışmaya karar verdik. İlerideki çalışmalarınızda başarılar dileriz.\n\nSaygılarımızla,\n{sig}"),
   ("next_steps", "Örnek iş talebi", "Sayın {full},\n\nBaşvurunuzun devamı için {dl} tarihine kadar oyduğunuz bir parçanın fotoğrafını gönderiniz. Maalesef atölye ziyareti bu ay mümkün değil.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "ملتان نیلی ظروف کارخانہ", "multanblue", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nنیلی کاشی پر نقاشی والی آسامی پر آپ کی چٹھی پہنچی۔ یہ آسامی حسین آگاہی کی ایک استاد کاریگر کو مل چکی ہے جو برسوں سے ہماری بھٹی پر رنگ بھرتی آئی ہیں، یوں گنجائش ختم ہو گئی۔ اللہ آپ کے لیے بہتر راستہ کھولے۔\n\nوالسلام،\n{sig}"),
   ("application_received", "درخواست موصول ہو گئی", "محترمہ {full}،\n\nکارخانے کے دفتر میں آپ کا خط درج ہو گیا ہے۔ ہاں ہو یا ناں، عید سے پہلے منشی صاحب آپ کو خود فون کریں گے۔\n\nوالسلام،\n{sig}"))
lp("zh", "zh", "三義木雕工作室", "sanyiwoodcarve", "tw",
   ("應徵結果通知", "{full}您好：\n\n謝謝您應徵本工作室的木雕學徒。經過討論，我們決定錄取另一位已有樟木雕刻經驗的應徵者，這次無法與您合作，祝您求職順利。\n\n{sig} 敬上"),
   ("offer", "錄取通知", "{full}您好：\n\n很高興通知您，我們希望您自{dl}起擔任木雕學徒。可惜工作室附近沒有停車位，建議搭火車前來。\n\n{sig} 敬上"))
lp("nor1", "nor", "Setesdal Bunadsølv", "setesdalsolv", "no",
   ("Svar på søknaden din", "Hei {n},\n\nLærlingplassen i sølvsmia har gått til en jente fra Valle som har tatt første året på gullsmedlinja, så plassen er besatt. Takk for brevet ditt, og lykke til med letinga!\n\nVennlig hilsen\n{sig}"),
   ("interview", "Velkommen til en prat", "Hei {n},\n\nVi vil gjerne treffe deg i sølvsmia {dl} klokka ti. Dessverre er bussen innstilt den uka, så du må nok kjøre selv.\n\nVennlig hilsen\n{sig}"))
lp("nor2", "nor", "Hardanger Bunadbroderi", "hardangerbroderi", "no",
   ("Stillingen som brodøse", "Hei {n},\n\nBrevet ditt om brodøsejobben kom fram. Vi har gitt jobben til en som har sydd bunader for husflidslaget i mange år. Vi ønsker deg alt godt.\n\nHilsen\n{sig}"),
   ("next_steps", "Send oss en prøve", "Hei {n},\n\nFør vi går videre, ber vi deg sende en liten broderiprøve innen {dl}. Dessverre kan vi ikke betale porto.\n\nHilsen\n{sig}"))
lp("fin1", "fin", "Kauhavan Puukkopaja", "kauhavanpuukko", "fi",
   ("Hakemuksesi puukkopajalle", "Hei {n},\n\nPuukkopajan harjoittelupaikka on nyt annettu alajärveläiselle nuorelle, joka on jo takonut teriä kaksi kesää. Paikka on siis täynnä. Kiitos kiinnostuksesta ja onnea jatkoon!\n\nYstävällisin terveisin\n{sig}"),
   ("application_received", "Hakemus vastaanotettu", "Hei {n},\n\nHakemuksesi on saapunut. Kerromme päätöksen sähköpostilla jokaiselle hakijalle, oli se myönteinen tai kielteinen.\n\nYstävällisin terveisin\n{sig}"))
lp("fin2", "fin", "Saunarakentajat Kuusela", "saunakuusela", "fi",
   ("Saunapuusepän paikka", "Hei {n},\n\nKiitos kiinnostuksestasi saunapuusepän paikkaan. Paikka on nyt täytetty kokeneella hirsirakentajalla. Toivotamme sinulle hyvää jatkoa.\n\nTerveisin\n{sig}"),
   ("offer", "Työtarjous", "Hei {n},\n\nTarjoamme sinulle saunapuusepän paikkaa {dl} alkaen. Valitettavasti työmaaruokala on suljettu ensimmäisen viikon.\n\nTerveisin\n{sig}"))
lp("cat1", "cat", "Taller de Vidre Bufat del Poblenou", "vidrepoblenou", "cat",
   ("Resposta a la teva candidatura", "Hola, {n},\n\nLa plaça d'ajudant al taller de vidre se l'ha quedada en Quim, que ja bufava amb nosaltres els estius, i per això la teva sol·licitud s'acaba aquí. Gràcies per escriure'ns i molts ànims!\n\nSalutacions,\n{sig}"),
   ("application_received", "Hem rebut la teva candidatura", "Hola, {n},\n\nEns ha arribat el teu correu per al taller de vidre. Sigui bona o dolenta la notícia, te la farem saber abans de Sant Joan.\n\nSalutacions,\n{sig}"))
lp("cat2", "cat", "Cistelleria Cal Vimet", "calvimet", "cat",
   ("Plaça d'aprenent de cistelleria", "Hola, {n},\n\nGràcies pel teu interès a aprendre cistelleria amb nosaltres. Hem donat la plaça a un noi del poble que ja venia a les tardes a fer cistells. Et desitgem el millor.\n\nUna abraçada,\n{sig}"),
   ("next_steps", "Porta'ns una peça", "Hola, {n},\n\nPer continuar, porta'ns un cistell fet per tu abans del {dl}. Malauradament el taller tanca els dimarts.\n\nUna abraçada,\n{sig}"))
lp("ell1", "ell", "Εργαστήριο Αγιογραφίας Ο Άγιος Λουκάς", "agiosloukas", "gr",
   ("Σχετικά με την αίτησή σας", "{full}, καλησπέρα σας.\n\nΛάβαμε το γράμμα σας για τη θέση στο εργαστήριο αγιογραφίας. Τη θέση την πήρε ένας αγιογράφος από τη Βέροια που δουλεύει με αυγοτέμπερα χρόνια, οπότε η αίτησή σας σταματά εδώ. Καλή συνέχεια.\n\nΜε εκτίμηση,\n{sig}"),
   ("interview", "Πρόσκληση σε συνάντηση", "{full}, καλησπέρα σας.\n\nΘα θέλαμε να σας γνωρίσουμε στο εργαστήριο στις {dl}, στις 11:00. Δυστυχώς ο δρόμος μπροστά είναι κλειστός για έργα.\n\nΜε εκτίμηση,\n{sig}"))
lp("ell2", "ell", "Υφαντουργείο Ανωγείων", "yfantanogeia", "gr",
   ("Θέση βοηθού υφάντριας", "{full}, καλημέρα σας.\n\nΠήραμε το μήνυμά σας για τον αργαλειό. Η θέση καλύφθηκε από υφάντρια του χωριού. Σας ευχόμαστε ό,τι καλύτερο.\n\nΦιλικά,\n{sig}"))
lp("afr1", "afr", "Riempiestoel Werkswinkel Prins Albert", "riempieprinsalbert", "za",
   ("Jou aansoek by die werkswinkel", "Goeie dag {n},\n\nJou brief oor die werk by die riempiestoele het ons bereik. Oom Frikkie het die pos aan 'n jong man van Klaarstroom gegee wat al jare velle brei, so die plek is gevul. Alle voorspoed.\n\nVriendelike groete\n{sig}"),
   ("application_received", "Ons het jou aansoek ontvang", "Goeie dag {n},\n\nOns het jou brief gekry. Ja of nee, Oom Frikkie bel jou self voor die skoolvakansie.\n\nVriendelike groete\n{sig}"))
lp("afr2", "afr", "Potjiepot Gietery Ventersdorp", "potjiegietery", "za",
   ("Pos as gietery-assistent", "Beste {n},\n\nOns het jou e-pos oor die gietery ontvang. Die pos is reeds gevul deur 'n kandidaat met gietwerkondervinding. Alles van die beste vir die toekoms.\n\nGroete\n{sig}"),
   ("offer", "Aanbod van werk", "Beste {n},\n\nOns bied jou graag die pos van gietery-assistent aan; jy kan {dl} begin. Ongelukkig is die kantien vir die eerste week gesluit.\n\nGroete\n{sig}"))


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
        return f"{q:%A}, {q:%B} {q.day}, {q.year} {clock}", f"{q:%a}, {q:%b} {q.day}, {q.year} at {clock}"
    return f"{q:%Y-%m-%d} {q:%H:%M}", f"{q:%a} {q.day} {q:%b} {q.year}, {q:%H:%M},"


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
    """Every .jsonl in data/ and data/blind/ up to slice 112; this slice, slice 114 and any later one are skipped by number."""
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
