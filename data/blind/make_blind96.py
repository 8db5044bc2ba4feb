# ruff: noqa: E501, S311
"""Write the ninety-sixth sealed blind slice for issue 11 (blind-slice-96.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 94; slice 95 and later never read; our side printed)
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

SEED = 960961
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-96.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 96
SKIP_FROM = 95  # slice 95 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 3, 3)
LAST_DRAW = dt.date(2026, 11, 27)  # a Friday; a weekend drawn before it moves to Monday 23 November at the latest

RECIPIENTS = [
    "Ailsa Drummond", "Neema Mwakalinga", "Sushila Gurung", "Litia Vunibola", "Ravindra Persaud",
    "Giulia Santoro", "Eleni Papadaki", "Fraser McInnes", "Juma Kaaya", "Prabin Shrestha",
    "Sakiusa Tuisawau", "Tiffany Ramsaroop", "Alessio Gargano", "Dimitris Karalis", "Kirsty Lamont",
    "Halima Mrisho", "Anjali Thapa Magar", "Mereoni Qalo", "Shondell Fraser", "Federica Cipolla",
    "Stavros Economou", "Callan Ritchie", "Tumaini Massawe", "Roshan Adhikari", "Asenaca Koroi",
    "Devon Singh-Bacchus", "Chiamaka Eze", "Jonah Whitcombe", "Rutendo Moyo", "Lucía Benavides",
    "Orla Keaveney", "Thabo Dlamini", "Kavya Raghunathan", "Wanjiru Kamau", "Darragh Fennelly",
    "Marisa Quintanilla",
]
REGION_SIGNERS = {
    "uk": ["Philippa Treharne", "Graham Oakeshott", "Imogen Strawbridge", "Naveed Chaudhry"],
    "sc": ["Morven Baird", "Euan Cruickshank", "Catriona Mowat", "Alasdair Geddes"],
    "ie": ["Aoife Brannigan", "Cathal Rooney", "Úna Devlin"],
    "us": ["Lorraine Kubiak", "Terrence Maddox", "Yolanda Esquivel", "Walt Lindqvist"],
    "ca": ["Sylvie Thibodeau", "Gurpreet Dhillon", "Angus MacAskill"],
    "au": ["Kylie Brennan", "Stelios Andrianakis", "Merrin Coote"],
    "nz": ["Tui Paewai", "Hamish Dunnet", "Sina Leaupepe"],
    "za": ["Lindiwe Mabaso", "Johan Steenkamp", "Palesa Mokoena"],
    "in": ["Lakshmi Narayanan", "Amandeep Bhullar", "Sourav Ghoshal"],
    "ng": ["Ngozi Okafor", "Tunde Adeyemi"], "ke": ["Nafula Wekesa", "Kibet Langat"],
    "ph": ["Ma. Teresa Villanueva", "Rommel Cabrera"], "sg": ["Lim Hui Min", "Rajesh Pillai"],
    "tz": ["Rehema Kilonzo", "Emmanuel Shirima", "Mwanaisha Said"],
    "np": ["Sarita Maharjan", "Bikash Tamang", "Pemba Sherpa"],
    "fj": ["Losana Ravuvu", "Ratu Jone Naivalu", "Priya Lata Prasad"],
    "gy": ["Nadira Bacchus", "Clyde Fredericks", "Sharmila Deonarine"],
    "it": ["Valentina Corradi", "Massimo Lupo", "Ornella Sgarbi"],
    "gr": ["Katerina Vlachou", "Giorgos Mitsotakis", "Despina Alexiou"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca", "caa": "ca", "cac": "ca", "cam": "ca", "usa": "us", "qld": "au", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["منى الشامسي", "ريم الكعبي"], "de": ["Hannelore Kessler", "Matthias Vogl"],
    "es": ["Marisol Etxeberria", "Fermín Lozano"], "fr": ["Anaïs Perrotin", "Guillaume Lefebvre"],
    "hi": ["कमला बिष्ट", "योगेश पांडे"], "it": ["Serena Maffei", "Davide Orsini"],
    "ja": ["佐々木 美穂", "高橋 亮"], "ko": ["이서연", "한동훈"], "pt": ["Beatriz Lacerda", "Inês Quaresma"],
    "ru": ["Ольга Белова", "Сергей Ветров"], "sw": ["Amina Mfinanga", "Yusufu Mrema"],
    "th": ["อรทัย มณีวงศ์", "จันทร์เพ็ญ พรหมมา"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["شبانہ ملک", "رخسانہ انصاری"], "zh": ["林雪梅", "黄建国"],
    "swe": ["Karin Lindgren", "Magnus Holmqvist"], "msa": ["Nurul Aisyah Rahman", "Faizal Hamzah"],
    "slv": ["Mojca Kralj", "Matej Zupančič"], "aze": ["Günel Əliyeva", "Rəşad Quliyev"],
    "hat": ["Nadège Joseph", "Wilfrid Pierre-Louis"], "nep": ["अम्बिका घिमिरे", "दीपक खनाल"],
    "tam": ["வள்ளி நாச்சியார்", "இளங்கோ பாண்டியன்"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى العامري", "نورة الهاشمي"], "de": ["Franziska Huber", "Jonas Aigner"],
    "es": ["Ainhoa Bengoetxea", "Rodrigo Salvatierra"], "fr": ["Maëlle Coutant", "Hugo Delattre"],
    "hi": ["पल्लवी सक्सेना", "निखिल भारद्वाज"], "it": ["Elisa Carbone", "Federico Rinaldi"],
    "ja": ["中村 千尋", "松本 拓海"], "ko": ["최유진", "윤재민"], "pt": ["Catarina Pimentel", "Tiago Brandão"],
    "ru": ["Анна Громова", "Игорь Лебедев"], "sw": ["Neema Kisanga", "Hamisi Mwinyi"],
    "th": ["กมลชนก ทองดี", "ธนากร วงศ์สุข"], "tr": ["Derya Çelik", "Onur Arslan"],
    "ur": ["حنا صدیقی", "ماریہ شیخ"], "zh": ["赵欣怡", "孙浩"],
    "swe": ["Elin Sjöberg", "Oskar Nyström"], "msa": ["Siti Hajar Ismail", "Amirul Hakim"],
    "slv": ["Nina Kovač", "Luka Horvat"], "aze": ["Leyla Məmmədova", "Tural Həsənov"],
    "hat": ["Mirlande Étienne", "Jean-Robert Louis"], "nep": ["सुजाता थापा", "अनिल गुरुङ"],
    "tam": ["தேன்மொழி சேகர்", "கதிர் வேலன்"],
}
GIVEN = {
    "Anjali Thapa Magar": "Anjali", "Devon Singh-Bacchus": "Devon", "Ma. Teresa Villanueva": "Tess",
    "Lim Hui Min": "Hui Min", "Ratu Jone Naivalu": "Jone", "Priya Lata Prasad": "Priya",
}
PROVIDERS = ["wrackmail", "sedgepost", "larkbox", "heronmail", "tidepost", "burnmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sc": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usa": ("-0900", "-0800", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "caa": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"), "cam": ("-0700", "-0600", "us"),
    "ht": ("-0500", "-0400", "us"), "gy": ("-0400", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "ae": ("+0400", None, ""), "az": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "np": ("+0545", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "my": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "qld": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "usa", "cae", "cap", "caa", "cac", "cam")
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
    TEMPLATES.append(T(part, label, kind, f"blind96-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHi {sf}, cheers for Thursday's walkabout. Police clearance arrived today; Mr Okonjo-Barrett picks up before nine.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "Requisition {ref} – {role} – update", "Hello {n},\n\nRequisition {ref} ({role}) is closed and nobody is being appointed. {x}\n\nYour candidacy for it ends here; your candidate home stays live for anything else.\n\n{co} Talent Acquisition",
   ("Kelvinhaugh Bowling Centres", "Demerara Rice Company Ltd"), ("kelvinhaugh-bowl", "demerara-ricemills"), frm="{co} <workday-noreply@{dom}>", role=("Lane Technician (Nights)", "Paddy Intake Clerk"), tz=("sc", "gy"),
   x=("The pinsetter maintenance has been contracted to the machine supplier instead.", "Intake at the Mahaicony site will be covered by the weighbridge team for this crop."))
mr("gh-fin", "Your application to {co}", "Hi {n},\n\nYou stuck with us through every {role} round, thank you. Another finalist took the offer and signed on Friday, so your application closes here.\n\n{x} Good hunting.\n\n{sig}\nRecruiting, {co}",
   ("Lumi Lucca Illuminazione", "Kalamaki Tilehouse"), ("lumilucca", "kalamaki-tile"), frm="{sig} <{sl}@greenhouse-mail.{dom}>", role=("Showroom Designer", "Slab Yard Coordinator"), tz=("it", "gr"),
   x=("It was close, and the quality of your mood boards was mentioned by everyone on the panel.", "Your knowledge of Naxian marble stood out in the second round."))
mr("lv-keep", "{co} – {role}", "Dear {n},\n\nQuick update on {role}: your application stops here. Your profile sits with us {x} should something nearer your background turn up; reply DELETE to wipe it.\n\nKind regards,\n{co} People Team",
   ("Kilimanjaro Hospital Caterers", "Rakiraki Seaview Resort"), ("kili-caterers", "rakiraki-seaview"), frm="{co} <jobs@hire.{dom}>", role=("Diet Kitchen Supervisor", "Banquet Captain"), tz=("tz", "fj"), x=("nine months", "fourteen months"))
mr("sr-tbl", "Application status: {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Closed – position filled</td></tr></table><p>This vacancy has been filled {x}. We appreciate your interest in {co}.</p></body></html>",
   ("Tilicho Trails Pvt Ltd", "Hellas Ferryline Catering"), ("tilicho-trails", "hellas-catering"), frm="{co} Careers <careers@{dom}>", role=("Trek Logistics Officer", "Galley Stores Assistant"), tz=("np", "gr"),
   x=("by a guide returning from the Manaslu season", "from our seasonal crew list"))
mr("ic-ns", "Update on {role} – {co}", "Dear {n},\n\nReference {ref}: {role}\nDisposition: Not Selected – {x}\n\nThe hiring team has reviewed the file and it ends here. Other openings can still be applied for via your profile.\n\n{co} Talent Services",
   ("Tawas Funeral Homes", "Assiniboine Bottling"), ("tawas-funeral", "assiniboine-bottling"), frm="{co} <icims-noreply@{dom}>", role=("Funeral Attendant", "Line Sanitation Lead"), tz=("use", "cac"),
   x=("Chauffeur Licence Missing", "Allergen Training Missing"))
mr("tl-pull", "{role} (Req {ref}) withdrawn", "Dear {n},\n\nThank you for applying to {co}. The posting for {role} has been withdrawn: {x}. As the position is no longer open, all applications for it have been closed, yours included.\n\nOther openings appear on the careers page as they come.\n\nTalent Acquisition",
   ("Moreton Bay Swimhouse", "Coastal Health Food Services"), ("moretonbay-swimhouse", "coastalhealth-food"), frm="{co} <taleo@{dom}>", role=("Swim School Coordinator", "Tray Line Cook"), tz=("qld", "cap"),
   x=("the swim school is being handed to the council's own team", "patient meals are moving to the central production kitchen"))
mr("wk-trial", "About your {co} application", "Hi {n},\n\n{x} people went for {role}; eight are coming in for a paid trial day. Reading them all, yours didn't make the eight this time, sorry.\n\nCheers for thinking of our kitchen.\n\n{sig}, {co}",
   ("Speyside Ember Kitchen", "Nabukalou Grill"), ("speyside-ember", "nabukalou-grill"), role=("Sous Chef", "Grill Cook"), tz=("sc", "fj"), x=("112", "67"))
mr("bb-hours", "{role} at {co}", "Hi {n},\n\nLovely to chat about {role}. {x} is getting the extra hours, which leaves no spot for you right now.\n\nIt was lovely meeting you.\n{sig}",
   ("Ponsonby Print & Frame", "Cape Agulhas Wavecrest Lodge"), ("ponsonby-frame", "agulhas-wavecrest"), role=("Framing Assistant", "Front Desk Host"), tz=("nz", "za"),
   x=("our Saturday framer, who wanted more days", "a housekeeper moving up from the rooms team"))
mr("tt-eng", "Your candidature – {role}", "Dear {n},\n\n{x}\n\nGreetings from all of {co}, and many successes.\n\nWith regards,\n{sig}\nHuman Resources",
   ("Cartiera Lunigiana", "Kassandra Growers' Union"), ("cartiera-lunigiana", "kassandra-growers"), frm="{sig} <{sl}@teamtailor.{dom}>", role=("Pulper Operator", "Press Hall Technician"), tz=("it", "gr"),
   x=("We have evaluated with attention your candidature for Pulper Operator and we must communicate that the selection is concluded in favour of another profile.", "With regret we inform that for Press Hall Technician the committee preferred somebody with more pressing seasons behind."))
mr("pp-score", "{role}: shortlisting result", "Dear {n},\n\nScores for {role} are in. Your mark: {x}. Interview cut-off: {y}. That leaves you short of an interview.\n\nMany thanks from {co}.\n\n{co} Recruitment",
   ("Stromness Booking Office", "Karatu Water Board"), ("stromness-booking", "karatu-waterboard"), frm="{co} <pinpoint@{dom}>", role=("Booking Clerk", "Meter Reader"), tz=("sc", "tz"), x=("17 out of 40", "11 out of 30"), y=("24", "18"))
mr("jz-down", "{co} – the {role} opening", "Hello {n},\n\nHeads up: the {role} listing came down {x}. Your application is closed as a result. Thanks for the interest, and take care.\n\n{sig}\n{co}",
   ("Tahoe Driftwood Rentals", "Banff Tramline Café"), ("tahoe-driftwood", "banff-tramline"), frm="{sig} via JazzHR <{sl}@{dom}>", role=("Rental Desk Lead", "Barista"), tz=("usp", "cam"),
   x=("since the dock repairs push our opening back to July", "because a returning seasonal barista took it"))
mr("ab-gy", "Re your application – {role}", "Good day {n},\n\nRe {role} at {co}: {x} Do look out for future postings.\n\nRegards\n{sig}",
   ("Berbice River Lodge", "Namaste Himalaya Guest House"), ("berbice-lodge", "namaste-guesthouse"), frm="{sig} <{sl}@ashbyhq.{dom}>", role=("Boat Captain", "Guest Relations Officer"), tz=("gy", "np"),
   x=("After careful look at all applicants, the post given to someone else.", "After discussing among the management, other candidate is selected for this post, as they are having more years with foreigner guests."))
mr("cncl", "{role} – {co}", "Dear {n},\n\nRe: {role}, {co}. The field was big; the panel sifted it last week and left your name off its shortlist. With so many forms, personal feedback can't be given.\n\n{co}, Human Resources",
   ("Glenesk District Council", "Tavuya Town Council"), ("glenesk-hr", "tavuya-hr"), role=("Waste Services Driver", "Market Master Assistant"), tz=("sc", "fj"))
mr("s-chipper", "your job enquiry", "Hi {n}\n\nAwfy sorry, but I've gave the Saturday shift to my sister's boy for now. If it changes I'll mind you.\n\nMorven\n{co}", "Portsoy Ice Cream Hoose", "portsoy-hoose", frm="Morven Baird <morven@{dom}>", tz="sc")
mr("s-sign", "Signwriting apprenticeship", "Hi {n}, portfolio received, ta. Really nice brush lettering. I'm going to hold off taking anyone on this year, work's just too thin since the council signage contract ended. Sorry mate.\n\n{sig}\n{co}", "Letterbrush Signcraft", "letterbrush-signs", tz="nz")
mr("s-tz", "RE: Application for Driver post", "Dear {n},\n\nGreetings from {co}. Kindly be informed that the post of driver has already been filled by another person. Asante for your interest, and best wishes in the search.\n\nYours faithfully,\n{sig}\nOffice Manager", "Marangu Coffee Curing Co.", "marangu-curing", tz="tz")
mr("s-np", "Regarding vacancy", "Namaste {n} ji,\n\nWe received your CV for accountant vacancy. Another candidate with audit experience already has been selected. Sorry for this time, please keep applying.\n\nWith regards,\n{sig}\n{co}", "Thamel Gallicha Traders", "thamel-gallicha", tz="np")
mr("s-fj", "Your application", "Bula {n},\n\nVinaka for your application for the housekeeping job. Sorry, we've already taken on a girl from the village and the team is full for now. Moce mada and all the best.\n\n{sig}\n{co}", "Sigatoka Riverbank Backpackers", "sigatoka-riverbank", tz="fj")
mr("s-gy", "Re: Cashier job", "Morning {n},\n\nThanks for coming by the store last week. Boss decide to keep the position in the family, his niece coming back from Berbice to take it. Sorry bout that, all the best.\n\n{sig}\n{co}", "Bourda Building & Variety", "bourda-variety", tz="gy")
mr("s-it", "Candidatura cameriere", "Dear {n},\n\nmany thanks for your wish to work in our osteria this summer. Unfortunately we have already completed the team for the season, we took two boys from the hotel school. We hope to meet you another time.\n\nCordial greetings,\n{sig}\n{co}", "Osteria Il Gabbiano", "osteria-gabbiano", tz="it")
mr("s-gr", "Your application for the season", "Dear {n},\n\nMany thanks for wishing to work at our taverna. For this season the staff is complete, mostly the same people of last year. We are sorry, kalo kalokairi.\n\nBest regards,\n{sig}\n{co}", "Psarotaverna Ta Kymata", "tavernakymata", tz="gr")
mr("s-ie", "Barista role", "Hi {n},\n\nGreat to get the CV in person. We're going to leave the role for now, the new roaster set us back a fair bit and we can't stretch to another wage till spring. Sorry about that.\n\n{sig}\n{co}", "Leeside Coffee Hatch", "leeside-hatch", tz="ie")
mr("s-us", "The stock clerk opening", "Hey {n},\n\nAppreciate you stopping by the hardware counter. We ended up hiring a retired contractor from the neighborhood for the stock clerk spot. Wishing you luck.\n\n{sig}\n{co}", "Fenwick Toolbarn", "fenwick-toolbarn", tz="usm")
mr("s-au", "Farmhand position", "G'day {n},\n\nRang you back but no answer, so writing instead. We've gone with a local bloke who knows the mob already, so the farmhand job's filled. Good luck with it all.\n\n{sig}\n{co}", "Wattlebrook Station", "wattlebrook-station", tz="au")
mr("s-za", "Your CV", "Hi {n}\n\nGot your CV for the butchery counter. Sorry hey, Sipho's cousin started Monday and nothing else is open right now. Sharp.\n\n{sig}\n{co}", "Bloemhof Slaghuis", "bloemhof-slaghuis", tz="za")
mr("s-in", "Regarding your application", "Dear {n},\n\nThis has reference to your application for receptionist at our clinic. Kindly note the said post now stands filled. Your resume will remain with us for future requirement, if any.\n\nThanking you,\n{sig}\n{co}", "Shree Ayur Vaidyashala", "shreeayur", tz="in")
mr("s-ng", "RE: Sales Girl Application", "Dear {n},\n\nYour application got to us. Please note Oga has already employed someone for the boutique, a lady from church. We shall contact you if anything opens.\n\nRegards,\n{sig}\n{co}", "Ada Aso-ebi House", "ada-asoebi", tz="ng")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-bowl", "RE: [EXT] Re: {role}", "Hi {n},\n\nCheers for coming in, and for all the tour questions. Ailsa and I talked it through on Friday and {x} takes the post from the first.\n\nBrilliant to meet you.\n\n{sig}\n{co}\n\n{OUT}",
   ("Tollcross Strikes", "Riverdale Lanes"), ("tollcross-strikes", "riverdale-lanes"), role=("Duty Manager", "Front Counter Supervisor"), tz=("sc", "use"), x=("one of our own shift leaders", "a candidate from our league staff"))
mr("th-fun", "RE: [EXT] RE: {role} interview", "{n},\n\nWriting myself after Tuesday. The directors have chosen {x} for the role. Thank you for speaking so thoughtfully about families on the hardest day of their lives; it stayed with me.\n\nWarmly,\n{sig}\n\n{ORIG}",
   ("Brannigan & Sons Funeral Directors", "Thibodeau Family Chapel"), ("brannigan-funerals", "thibodeau-chapel"), role=("Funeral Arranger", "Family Liaison"), tz=("ie", "cae"), x=("a celebrant we have worked beside for years", "an applicant with embalming credentials"))
mr("th-sign", "Re: [EXT] Re: {role}", "Hey {n},\n\nGreat to meet you properly last week. We've gone with {x} for this one. Love the sketchbook, keep at it!\n\nCheers,\n{sig}\n\n{GM}",
   ("Brightline Signs", "Coolgardie Sign Co"), ("brightline-signs", "coolgardie-signco"), role=("Sign Installer", "Vinyl Cutter"), tz=("nz", "wa"), x=("Manaia, who has her crane ticket", "a fella who did his time with Donnybrook Signs"))
mr("th-cater", "RE: [EXT] Re: {role}", "Dear {n},\n\nAsante for coming to head office. Management has appointed {x} to the position and the matter is now closed.\n\nWe appreciated your patience throughout the process.\n\nRegards,\n{sig}\n{co}\n\n{RULE}",
   ("Mwika Hospital Caterers", "Lakeview Institutional Catering"), ("mwika-caterers", "lakeview-institutional"), role=("Catering Supervisor", "Stores Controller"), tz=("tz", "ke"), x=("a supervisor transferred from our Dodoma unit", "an officer from our lakeside contract"))
mr("th-trek", "Re: [EXT] RE: {role}", "Dear {n} ji,\n\nNice discussing the Langtang routes with you. After consulting our partners, the company has given this role to {x}.\n\nWishing you good progress.\n\n{sig}\n{co}\n\n{OUT}",
   ("Gaurishankar Summit Treks", "Doon Valley Expeditions"), ("gaurishankar-treks", "doonvalley-exp"), role=("Operations Executive", "Trip Coordinator"), tz=("np", "in"), x=("a senior guide from our own team", "a coordinator who ran our Spiti batches"))
mr("th-spa", "RE: [EXT] Re: {role} – interview", "Bula {n},\n\nVinaka vakalevu for the treatment demonstration on Monday, the team enjoyed it. After much talanoa, the GM has picked {x} for the therapist role.\n\nThinking of you, and go well.\n\n{sig}\n{co}\n\n{ORIG}",
   ("Denarau Bure Retreat", "Boracay Sands Hilot House"), ("denarau-retreat", "boracay-hilot"), role=("Spa Therapist", "Senior Therapist"), tz=("fj", "ph"), x=("a therapist already with our Savusavu property", "Ate Joy from our Dauin branch"))
mr("th-mill", "Re: [EXT] Re: {role}", "Good afternoon {n},\n\nThank you for taking the trip up to the mill and for the good talk with the foreman. The owners have settled on {x} for the post and he will be starting shortly.\n\nAll the best going forward.\n\n{sig}\n{co}\n\n{GM}",
   ("Essequibo Paddy Works", "Jega Rice Processing"), ("essequibo-paddy", "jega-rice"), role=("Mill Supervisor", "Dryer Operator"), tz=("gy", "ng"), x=("the foreman's deputy", "an operator from our Yauri site"))
mr("th-marble", "RE: [EXT] RE: {role}", "Dear {n},\n\ngrazie for your visit; the talk about Calacatta slabs was a pleasure. The owner has decided for {x}, and the contract is already signed.\n\nIt was a pleasure to know you.\n\nBest regards,\n{sig}\n{co}\n\n{RULE}",
   ("Marmi Apuani Showroom", "Pentelikon Lithos Showroom"), ("marmi-apuani", "pentelikon-lithos"), role=("Sales Consultant", "Showroom Assistant"), tz=("it", "gr"), x=("a colleague from our Massa warehouse", "the daughter of our longest client"))

# ---- 8 clear refusals under long footers
FOOT = ("\n\n—\nReplies here land in a mailbox no one opens. Profile, saved searches and Monday alerts sit on the careers site."
        "\nThe Sideline, our newsletter every other Friday: store openings, crew stories, peak-season dates."
        "\nAll backgrounds welcome here; ask us for adjustments at any stage."
        "\n© Harbourgate Retail Holdings, Unit 4 Harbourgate Park. Cookie choices and privacy terms online.")
mr("ft-sport", "Your {co} application", "Hi {n},\n\nA decision on {role}: your application won't progress.{x}" + FOOT,
   ("Sideline Superstores", "Fairway & Field Megastore"), ("sideline-superstores", "fairwayfield"), frm="{co} Careers <no-reply@{dom}>", role=("Footwear Advisor", "Racquet Stringer"), tz=("uk", "au"), x=("", " We'd like to wish you luck elsewhere."))
mr("ft-toy", "{role} – application outcome", "Dear {n},\n\nAn update on {role} at {co}: we're closing your application now.{x}" + FOOT,
   ("Marbleworks Toyhouse", "Kiteflyer Playshop"), ("marbleworks-toyhouse", "kiteflyer-playshop"), frm="{co} Recruitment <careers@{dom}>", role=("Christmas Temp – Tills", "Demo Floor Host"), tz=("ie", "usm"), x=(" Thank you for your interest.", ""))
mr("ft-book", "Thanks for applying to {co}", "Hello {n},\n\nEvery {role} application got read; yours won't be going further, sorry.{x}" + FOOT,
   ("Quarto Page & Spine", "Cornerfold Pages"), ("quarto-spine", "cornerfold-pages"), frm="{co} Careers <jobs@{dom}>", role=("Bookseller (Children's)", "Events Bookseller"), tz=("sc", "cae"), x=(" Keep reading!", " Here's hoping the right shelf finds you."))
mr("ft-cine", "Application update – {co}", "Dear {n},\n\nYour {role} application has been looked at. Unfortunately it was unsuccessful this time.{x}" + FOOT,
   ("Roxy Picturehouses", "Starlight Screenhouse"), ("roxy-pictures", "starlight-screens"), frm="{co} <noreply@careers.{dom}>", role=("Projection Assistant", "Concessions Team Member"), tz=("nz", "za"), x=(" Enjoy the film season.", ""))

# ---- 9 hedged refusals
mr("hd-mkt", "{role} – where things landed", "Hi {n},\n\nGrateful for the chats these last weeks. {role} drew some strong people, and a couple fitted the accounts landing next quarter that bit more snugly, so one of them gets it.\n\nSure we'll bump into each other.\n{sig}\n{co}",
   ("Saltire Brandworks", "Ionian Clickworks"), ("saltire-brandworks", "ionian-clickworks"), role=("Account Executive", "Social Media Lead"), tz=("sc", "gr"))
mr("hd-log", "Your application – {role}", "Dear {n},\n\nSorry for the wait. Weighing everyone up, other applicants' backgrounds sat a touch better with the corridors our trucks cover, so {role} is going another way.\n\nRegards,\n{sig}",
   ("Mikocheni Freightlines", "Bharat Cold Chain Logistics"), ("mikocheni-freight", "bharat-coldchain"), role=("Fleet Planner", "Dispatch Controller"), tz=("tz", "in"))
mr("hd-physio", "{role} at {co}", "Hi {n},\n\nLoved chatting with you. {role} is heading a different direction, towards someone whose caseload leans to post-surgical rehab.\n\nWishing you well,\n{sig}",
   ("Kingsway Physio Rooms", "Rimutaka Sports Physio"), ("kingsway-physio", "rimutaka-physio"), role=("Junior Physiotherapist", "Clinic Physio"), tz=("uk", "nz"))
mr("hd-hotel", "Following up: {role}", "Dear {n},\n\nGrazie for your visit. The team is proceeding with people whose years fit a house of twelve rooms more closely, and the hire will go in that direction.\n\nKindest regards,\n{sig}\n{co}",
   ("Villa Oleandri Relais", "Georgetown Promenade Hotel"), ("villa-oleandri", "gt-promenade"), role=("Reservations Manager", "Night Auditor"), tz=("it", "gy"))
mr("hd-school", "Teaching post – {co}", "Bula {n},\n\nVinaka for your interest in the Year 9 science post. The board has felt another applicant was better placed for our boarding programme this term, and has gone that way.\n\nGod bless,\n{sig}\nPrincipal, {co}", "Draiba Methodist College", "draiba-mc", tz="fj")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-hosp", "Following our call – {role}", "Hi {n},\n\nGood to talk this arvo. As said, the {role} client picked someone else. Better news: {x} Reckon it's right up your street; want me to submit you?\n\n{sig}\n{co}",
   ("Cuisinier Recruitment", "Quayfront Hospitality Staffing"), ("cuisinier", "quayfront-staff"), role=("Head Chef", "Restaurant Manager"), tz=("uk", "sg"),
   x=("a care group needs a kitchen manager, Monday to Friday.", "there's an F&B manager opening at a new hotel on Sentosa."))
mr("rc-it", "{role} update + another one", "Hey {n},\n\nFollowing our call at nine, in writing: the bank is passing on you for {role}. That said, {x} Let me know by Friday and I'll send your CV.\n\n{sig}\n{co}",
   ("Byteline Talent", "Lavington Tech Search"), ("byteline-talent", "lavington-search"), role=("Cloud Support Engineer", "Data Analyst"), tz=("usc", "ke"),
   x=("a logistics firm near you has a support engineer contract and they liked your profile.", "a fintech in Westlands wants a reporting analyst, and you'd fit."))
mr("rc-care", "Re our phone call – {role}", "Dear {n},\n\nLovely speaking this afternoon. The facility gave the {role} roster to another nurse, so that one's gone. However, {x} If you want it I can book you in for an interview this week.\n\nKind regards,\n{sig}\n{co}",
   ("Eucalypt Nurse Bank", "Raupo Care Staffing"), ("eucalypt-nurse", "raupo-staff"), role=("Night Nurse", "Aged Care RN"), tz=("au", "nz"),
   x=("a hospice in the same suburb needs an RN on weekdays.", "a rest home two suburbs over needs someone for days."))
mr("rc-mine", "Your application via us – {role}", "Hi {n},\n\nSpoke with the site today. They've filled the {role} spot with someone already on the roster, so that's off the table. Different site, same company: haul truck operator, two weeks on one off, if you're keen. Give me a ring.\n\n{sig}\n{co}", "Pannawonica Site Crews", "pannawonica-crews", role="Drill Offsider", tz="wa")

# ---- 8 public-sector notices
mr("ps-inel", "Eligibility outcome – {role} (Ref {ref})", "Dear {n},\n\nScreening for {role} has ended. Your application was ineligible, as {x}; it takes no further part in this round.\n\n{co}",
   ("Mjimwema Quays Board – Recruitment Unit", "Viti Civil Service Board"), ("mjimwema-quays", "viti-civilservice"), frm="{co} <recruitment@{dom}>", role=("Tally Clerk II", "Clerical Officer"), tz=("tz", "fj"),
   x=("the Form Four certificate was not attached", "a valid police clearance was not submitted by the closing date"))
mr("ps-nref", "Notice of Results – Announcement {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}: you were rated qualified, though the shortlist our panel forwarded for selection went without your name. {x}\n\nThis notice was sent on behalf of {co}.",
   ("the Office of Basin Hydrology", "the Demerara Civil Service Office"), ("obh-hiring", "demerara-cso"), frm="{co} <hiring@{dom}>", role=("Hydrologic Technician", "Senior Clerk"), tz=("usm", "gy"),
   x=("No action on your side.", "You may apply to future vacancies on the ministry's portal."))
mr("ps-cncl", "Vacancy {ref} – cancelled", "Dear {n},\n\nThe {co} advises that the recruitment for {role} (ref. {ref}) has been called off {x}. Every application received is closed; interviews are off.\n\nOur thanks for wanting to serve the public.",
   ("Chobhar Municipal Office", "Municipality of Kalyvaki"), ("chobhar-office", "kalyvaki-municipality"), frm="{co} <vacancies@{dom}>", role=("Ward Engineer", "Beach Services Officer"), tz=("np", "gr"),
   x=("following a revised staffing plan from the ministry", "because the budget line was moved to the wildfire reserve"))
mr("ps-mark", "Written test result – {role}", "Dear {n},\n\nMarks for the {role} written paper are out. Yours was {x}, short of the qualifying {y}, so the next round goes ahead without you.\n\nYours sincerely,\n{co}",
   ("Vembanad Fisheries Board", "Halladale Health Board"), ("vembanad-fisheries", "halladale-health"), frm="{co} <results@{dom}>", role=("Field Assistant", "Medical Records Clerk"), tz=("in", "sc"), x=("38 of 100", "21 of 50"), y=("45", "28"))

# ---- 6 bare ATS status updates
mr("st-rd", "Application status changed", "Hi {n},\n\n{co} · {role}\nUpdated status – No longer under consideration.\n\nRoledock", ("Glenbervie Seed Potatoes", "Tchefuncte Marine Supply"), ("glenbervie-seedpotatoes", "tchefuncte-marine"), frm="Roledock <status@roledock.example>", role=("Warehouse Operative", "Parts Counter Clerk"), tz=("sc", "usc"))
mr("st-gp", "{co}: your application", "<html><body><p>{n},</p><p><b>{role}</b> · {co}</p><p>Status: <b>Inactive · Other candidates selected</b></p><p>Gatepost</p></body></html>", ("Subukia Flower Growers", "Palawan Island Resorts"), ("subukia-flowers", "palawan-resorts"), frm="Gatepost <updates@gatepost.example>", role=("Greenhouse Scout", "Front Office Agent"), tz=("ke", "ph"))
mr("st-ql", "Update on {role}", "{n}, {co} posted an update via Queuelark:\n\n{role} – application no longer being considered.\n\nQueuelark keeps your other applications as they are.", ("Cape Winelands Stud Farm", "Te Teko Wool Store"), ("capewinelands", "teteko-woolstore"), frm="Queuelark <notify@queuelark.example>", role=("Stable Groom", "Wool Handler"), tz=("za", "nz"))

# ---- 6 internship / graduate decisions
mr("in-hyd", "{co} – Internship decision", "Dear {n},\n\nYour form for the {role} was one of {x} chasing eight places. The selectors have filled the cohort and your name sits outside the final eight. The next call opens in January should you fancy another go.\n\nInternship Office, {co}",
   ("Speke Gulf Basin Institute", "Institute of Himalayan Hydrology"), ("spekegulf-intern", "ihh-intern"), role=("Hydrology Summer Internship", "Glacier Monitoring Internship"), tz=("tz", "np"), x=("214", "189"))
mr("in-act", "{role} – application outcome", "Dear {n},\n\nYou finished every {role} assessment, thank you. After review, this year's intake goes ahead without you.\n\n{x}\n\nGraduate Recruitment, {co}",
   ("Hadrian Pensions Trust", "Aegean Shipping Finance"), ("hadrian-pensions", "aegean-shipfin"), role=("Actuarial Graduate Scheme", "Graduate Chartering Programme"), tz=("uk", "gr"),
   x=("Feedback from the online tests is on your candidate dashboard.", "We kindly thank you for your effort."))
mr("in-hot", "Management Trainee Programme – result", "Dear {n},\n\nWell done on reaching the final panel of the {role}. Sorry to say the trainee places have gone to others this intake. {x}\n\nWarm regards,\n{sig}\n{co}",
   ("Pacific Atoll Hotels Group", "Demerara Hospitality Group"), ("pacatoll-hotels", "demerara-hospitality"), role=("Hotel Management Trainee Programme", "Hospitality Trainee Scheme"), tz=("fj", "gy"),
   x=("The panel valued your energy.", "Kindly look out for our next intake."))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application submitted: {role}", "Hello {n},\n\n{role}, requisition {ref}: we've logged your application. A requisition shut ahead of interviews shows up as Closed in your candidate home; otherwise expect a recruiter's call once screening is done.\n\n{co} Talent Acquisition",
   ("Kelvinhaugh Bowling Centres", "Demerara Rice Company Ltd"), ("kelvinhaugh-bowl", "demerara-ricemills"), frm="{co} <workday-noreply@{dom}>", role=("Mechanic (Days)", "Warehouse Tally Clerk"), tz=("sc", "gy"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour application for {role} came through! Our team reads every one. Interview or pass, a human tells you, never a bot.\n\n{co} Recruiting",
   ("Lumi Lucca Illuminazione", "Kalamaki Tilehouse"), ("lumilucca", "kalamaki-tile"), frm="{co} <recruiting@greenhouse-mail.{dom}>", role=("Showroom Coordinator", "Tile Estimator"), tz=("it", "gr"))
mo("application_received", "lv", "{co}: application received", "Dear {n},\n\n{role}: application safely in. However it turns out, profiles are kept twelve months for later openings; reply DELETE to opt out.\n\n{co} People Team",
   ("Kilimanjaro Hospital Caterers", "Rakiraki Seaview Resort"), ("kili-caterers", "rakiraki-seaview"), frm="{co} <jobs@hire.{dom}>", role=("Cook II", "Pool Attendant"), tz=("tz", "fj"))
mo("application_received", "sr", "We received your application", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>Filled before your turn? Then this table reads \"Closed\" and we'll email you.</p></body></html>",
   ("Tilicho Trails Pvt Ltd", "Hellas Ferryline Catering"), ("tilicho-trails", "hellas-catering"), frm="{co} Careers <careers@{dom}>", role=("Porter Team Leader", "Deck Café Assistant"), tz=("np", "gr"))
mo("application_received", "ic", "Thank you for applying – {role}", "Dear {n},\n\n{co} has your {role} application. Screening tags any file lacking a required licence or certificate as Not Selected, so upload yours soon if it's still missing.\n\n{co} Talent Services",
   ("Tawas Funeral Homes", "Assiniboine Bottling"), ("tawas-funeral", "assiniboine-bottling"), frm="{co} <icims-noreply@{dom}>", role=("Hearse Driver", "Forklift Operator"), tz=("use", "cac"))
mo("application_received", "tl", "Application acknowledgement – {role}", "Dear {n},\n\nThis confirms we received your application for {role}. If the posting is pulled, each applicant is emailed; until then yours stays live.\n\nTalent Acquisition, {co}",
   ("Moreton Bay Swimhouse", "Coastal Health Food Services"), ("moretonbay-swimhouse", "coastalhealth-food"), frm="{co} <taleo@{dom}>", role=("Pool Lifeguard", "Diet Aide"), tz=("qld", "cap"))
mo("application_received", "wk", "Got it – {role}", "Hi {n},\n\nYour application for {role} is in. We'll pick about eight for a paid trial day. Picked or passed over, expect word from the kitchen within three weeks.\n\n{sig}, {co}",
   ("Speyside Ember Kitchen", "Nabukalou Grill"), ("speyside-ember", "nabukalou-grill"), role=("Commis Chef", "Kitchen Porter"), tz=("sc", "fj"))
mo("application_received", "bb", "Thanks for your application", "Hi {n},\n\nApplication for {role}: got it. Honest heads-up: current crew get first call on spare hours; should they grab them I'd message you the same day. Whichever way, you'll hear.\n\n{sig}",
   ("Ponsonby Print & Frame", "Cape Agulhas Wavecrest Lodge"), ("ponsonby-frame", "agulhas-wavecrest"), role=("Weekend Framer", "Housekeeper"), tz=("nz", "za"))
mo("application_received", "tt", "Confirmation of your candidature", "Dear {n},\n\nyour candidature for {role} is arrived. In the case the selection concludes with another profile, we will communicate it by email; otherwise we will contact you for a colloquium.\n\nHuman Resources, {co}",
   ("Cartiera Lunigiana", "Kassandra Growers' Union"), ("cartiera-lunigiana", "kassandra-growers"), frm="{sig} <{sl}@teamtailor.{dom}>", role=("Reel Line Operator", "Quality Lab Assistant"), tz=("it", "gr"))
mo("application_received", "pp", "{role}: application received", "Dear {n},\n\nYour {role} form is in. Scoring against the person spec starts once applications close, and anybody under the shortlist line hears by email within ten working days.\n\n{co} Recruitment",
   ("Stromness Booking Office", "Karatu Water Board"), ("stromness-booking", "karatu-waterboard"), frm="{co} <pinpoint@{dom}>", role=("Linkspan Operative", "Billing Assistant"), tz=("sc", "tz"))
mo("application_received", "jz", "We got your application!", "Hey {n},\n\nThanks for applying for {role}. FYI: if the listing gets pulled or someone else lands it, we'll shoot you a note so there's no guessing.\n\n{sig}, {co}",
   ("Tahoe Driftwood Rentals", "Banff Tramline Café"), ("tahoe-driftwood", "banff-tramline"), frm="{sig} via JazzHR <{sl}@{dom}>", role=("Dock Hand", "Line Cook"), tz=("usp", "cam"))
mo("application_received", "ab", "Application received – {role}", "Good day {n},\n\nYour application for {role} has reached us. Only those on the shortlist get a call; four weeks past closing with no call means your application was unsuccessful.\n\n{sig}, {co}",
   ("Berbice River Lodge", "Namaste Himalaya Guest House"), ("berbice-lodge", "namaste-guesthouse"), frm="{sig} <{sl}@ashbyhq.{dom}>", role=("Boat Hand", "Kitchen Helper"), tz=("gy", "np"))
mo("application_received", "cn", "Acknowledgement: {role}", "Dear {n},\n\nYour form for {role} has come in. Shortlisting runs a fortnight after closing. Those missing the shortlist get a letter, though feedback can't come at that stage.\n\nHuman Resources, {co}",
   ("Glenesk District Council", "Tavuya Town Council"), ("glenesk-hr", "tavuya-hr"), role=("Grounds Maintenance Operative", "Revenue Clerk"), tz=("sc", "fj"))
mo("application_received", "thb", "Re: {role}", "Hi {n},\n\nCV received, ta! Interviews run this fortnight. Whatever the call, I'll phone with it personally, no dangling.\n\n{sig}\n{co}",
   ("Tollcross Strikes", "Riverdale Lanes"), ("tollcross-strikes", "riverdale-lanes"), role=("Duty Manager", "Front Counter Supervisor"), tz=("sc", "use"))
mo("application_received", "thf", "Your application – {role}", "Dear {n},\n\nYour letter and CV for {role} arrived safely. Interview or none, a personal letter from me follows before the month is over.\n\nWith kind regards,\n{sig}\n{co}",
   ("Brannigan & Sons Funeral Directors", "Thibodeau Family Chapel"), ("brannigan-funerals", "thibodeau-chapel"), role=("Funeral Arranger", "Family Liaison"), tz=("ie", "cae"))
mo("application_received", "thc", "Application received", "Dear {n},\n\nYour application for {role} is acknowledged. Applicants with no contact 30 days from today may take their application as unsuccessful.\n\nRegards,\n{sig}\n{co}",
   ("Mwika Hospital Caterers", "Lakeview Institutional Catering"), ("mwika-caterers", "lakeview-institutional"), role=("Catering Supervisor", "Stores Controller"), tz=("tz", "ke"))
mo("application_received", "tht", "Your CV – {role}", "Dear {n} ji,\n\nNamaste, your CV for {role} is with us. Our partners look at all profiles after Dashain holiday. Chosen or not, everybody gets our reply on email.\n\n{sig}\n{co}",
   ("Gaurishankar Summit Treks", "Doon Valley Expeditions"), ("gaurishankar-treks", "doonvalley-exp"), role=("Operations Executive", "Trip Coordinator"), tz=("np", "in"))
mo("application_received", "ths", "Vinaka for applying", "Bula {n},\n\nVinaka for your application for {role}. Shortlisted therapists get a call for a treatment demonstration. No word from us once the month is out means other therapists got this round.\n\n{sig}\n{co}",
   ("Denarau Bure Retreat", "Boracay Sands Hilot House"), ("denarau-retreat", "boracay-hilot"), role=("Spa Therapist", "Senior Therapist"), tz=("fj", "ph"))
mo("application_received", "thm", "Re: {role} application", "Good morning {n},\n\nYour application for {role} reach us, thank you. The owners will go through them after the crop. If you ain't hear from us in three weeks, take it that the post gone to somebody else.\n\n{sig}\n{co}",
   ("Essequibo Paddy Works", "Jega Rice Processing"), ("essequibo-paddy", "jega-rice"), role=("Mill Supervisor", "Dryer Operator"), tz=("gy", "ng"))
mo("application_received", "ftb", "Thanks for applying, {n}", "Hi {n},\n\nYour {role} application is safely in. A manager reads each one; should yours stop there, a short email says so within a fortnight." + FOOT,
   ("Quarto Page & Spine", "Cornerfold Pages"), ("quarto-spine", "cornerfold-pages"), frm="{co} Careers <jobs@{dom}>", role=("Bookseller (Weekends)", "Stockroom Assistant"), tz=("sc", "cae"))
mo("application_received", "ftc", "Application received – {co}", "Dear {n},\n\nThanks for applying for {role}. Your application status in your profile will change to \"Unsuccessful\" or \"Interview\" once a manager has looked at it." + FOOT,
   ("Roxy Picturehouses", "Starlight Screenhouse"), ("roxy-pictures", "starlight-screens"), frm="{co} <noreply@careers.{dom}>", role=("Front of House", "Cleaner (Late)"), tz=("nz", "za"))
mo("application_received", "hm", "Thanks, {n}", "Hi {n},\n\nPortfolio for {role} received, thank you. Shortlisting's next week. A no comes from me personally with a sentence of why; a yes comes as a ring.\n\n{sig}\n{co}",
   ("Saltire Brandworks", "Ionian Clickworks"), ("saltire-brandworks", "ionian-clickworks"), role=("Account Executive", "Social Media Lead"), tz=("sc", "gr"))
mo("application_received", "hl", "Application received – {role}", "Dear {n},\n\n{role}: application logged, asante. Contact comes only where a profile matches our routes; your details stay on file six months whatever happens.\n\nRegards,\n{sig}\n{co}",
   ("Mikocheni Freightlines", "Bharat Cold Chain Logistics"), ("mikocheni-freight", "bharat-coldchain"), role=("Fleet Planner", "Dispatch Controller"), tz=("tz", "in"))
mo("application_received", "ps", "Application received – Ref {ref}", "Dear {n},\n\n{role}: your application is logged for screening against the minimum requirements. Those found ineligible get a written notice; those eligible get a written-test call.\n\n{co}",
   ("Mjimwema Quays Board – Recruitment Unit", "Viti Civil Service Board"), ("mjimwema-quays", "viti-civilservice"), frm="{co} <recruitment@{dom}>", role=("Tally Clerk II", "Clerical Officer"), tz=("tz", "fj"))
mo("application_received", "in", "We've received your internship application", "Dear {n},\n\nYour form for the {role} has landed. Decisions leave by email roughly six weeks from now; successful or unsuccessful, all applicants are written to, so no chasing.\n\nInternship Office, {co}",
   ("Speke Gulf Basin Institute", "Institute of Himalayan Hydrology"), ("spekegulf-intern", "ihh-intern"), role=("Hydrology Summer Internship", "Glacier Monitoring Internship"), tz=("tz", "np"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "bowl", "Interview – {role}", "Hi {n},\n\nCan we meet about {role} on {dl}, 11am? Unfortunately the car park will be shut for relining; the number 22 stops outside.\n\nSee you then,\n{sig}\n{co}",
   ("Tollcross Strikes", "Riverdale Lanes"), ("tollcross-strikes", "riverdale-lanes"), role=("Shift Leader", "Party Host"), tz=("sc", "use"))
mo("interview", "fun", "RE: [EXT] Re: {role}", "Dear {n},\n\nGrateful for your quick answer. Might you call to the chapel {dl} at 2pm to meet the directors? Unfortunately the side door is out of use, so please ring at the front.\n\nKind regards,\n{sig}\n\n{ORIG}",
   ("Brannigan & Sons Funeral Directors", "Thibodeau Family Chapel"), ("brannigan-funerals", "thibodeau-chapel"), role=("Funeral Arranger", "Family Liaison"), tz=("ie", "cae"))
mo("interview", "trek", "Interview call – {role}", "Dear {n} ji,\n\nWe are pleased to call you for interview for {role} on {dl}, 10 AM, at our office. Unfortunately there is load-shedding in the afternoon, so kindly be on time.\n\n{sig}\n{co}",
   ("Gaurishankar Summit Treks", "Doon Valley Expeditions"), ("gaurishankar-treks", "doonvalley-exp"), role=("Operations Executive", "Trip Coordinator"), tz=("np", "in"))
mo("interview", "spa", "Treatment demonstration – {co}", "Bula {n},\n\nCome do a treatment demonstration for us on {dl}, 9.30am. Sadly the staff shuttle is off for repairs, so please arrange your own transport from Savusavu town.\n\nVinaka,\n{sig}",
   ("Denarau Bure Retreat", "Boracay Sands Hilot House"), ("denarau-retreat", "boracay-hilot"), tz=("fj", "ph"))
mo("interview", "mill", "Interview at the mill", "Good morning {n},\n\nThe owners want to meet for {role} on {dl}, ten o'clock. Unfortunately the road by the koker is flooded, so come through the back dam.\n\nRegards,\n{sig}\n{co}",
   ("Essequibo Paddy Works", "Jega Rice Processing"), ("essequibo-paddy", "jega-rice"), role=("Mill Supervisor", "Dryer Operator"), tz=("gy", "ng"))
mo("interview", "marble", "Invitation to colloquium", "Dear {n},\n\nwith pleasure we invite you to a colloquium for {role}, {dl} at 15:00. Unfortunately the showroom lift is blocked, please use the marble staircase.\n\nBest regards,\n{sig}\n{co}",
   ("Marmi Apuani Showroom", "Pentelikon Lithos Showroom"), ("marmi-apuani", "pentelikon-lithos"), role=("Sales Consultant", "Showroom Assistant"), tz=("it", "gr"))
mo("interview", "mkt", "Next chat – {role}", "Hi {n},\n\nFancy a second natter on {dl} at 4pm? Sadly the espresso machine died last week, so BYO coffee, ha.\n\n{sig}\n{co}",
   ("Saltire Brandworks", "Ionian Clickworks"), ("saltire-brandworks", "ionian-clickworks"), role=("Account Executive", "Social Media Lead"), tz=("sc", "gr"))
mo("interview", "cater", "Interview invitation – {role}", "Dear {n},\n\nKindly report for an oral interview ({role}) at head office on {dl}, 9:00 am. Unfortunately the compound parking is full; use the roadside by the gate.\n\nRegards,\n{sig}\n{co}",
   ("Mwika Hospital Caterers", "Lakeview Institutional Catering"), ("mwika-caterers", "lakeview-institutional"), role=("Catering Supervisor", "Stores Controller"), tz=("tz", "ke"))
mo("next_steps", "ps", "Written test – {role}", "Dear {n},\n\nYour application for {role} passed eligibility screening. Written test: {dl}, 9:00 sharp. Bring your national ID and the original certificates. Regrettably, late arrivals cannot be admitted.\n\n{co}",
   ("Mjimwema Quays Board – Recruitment Unit", "Viti Civil Service Board"), ("mjimwema-quays", "viti-civilservice"), frm="{co} <recruitment@{dom}>", role=("Tally Clerk II", "Clerical Officer"), tz=("tz", "fj"))
mo("next_steps", "ic", "Action needed – {role}", "Dear {n},\n\n{role} moves on. Sign the background check consent (candidate portal) no later than {dl}. Unfortunately 20 idle minutes and the portal logs out, so keep the documents handy.\n\n{co} Talent Services",
   ("Tawas Funeral Homes", "Assiniboine Bottling"), ("tawas-funeral", "assiniboine-bottling"), frm="{co} <icims-noreply@{dom}>", role=("Hearse Driver", "Forklift Operator"), tz=("use", "cac"))
mo("next_steps", "act", "Online assessment – {role}", "Dear {n},\n\nNext up for the {role}: a numerical reasoning exercise online, done by {dl}. Sadly that date is fixed, so carve out 40 quiet minutes soon.\n\nGraduate Recruitment, {co}",
   ("Hadrian Pensions Trust", "Aegean Shipping Finance"), ("hadrian-pensions", "aegean-shipfin"), role=("Actuarial Graduate Scheme", "Graduate Chartering Programme"), tz=("uk", "gr"))
mo("next_steps", "rc", "Before I send you over – {role}", "Hi {n},\n\nThe client wants to see you for {role}. Before I confirm, I need two referees' details and your right-to-work document by {dl}. Unfortunately they won't accept phone photos, scans only.\n\n{sig}\n{co}",
   ("Eucalypt Nurse Bank", "Raupo Care Staffing"), ("eucalypt-nurse", "raupo-staff"), role=("Night Nurse", "Aged Care RN"), tz=("au", "nz"))
mo("next_steps", "in", "Internship – documents required", "Dear {n},\n\nThe {role} panel has put you into the final round. Please upload your transcript and a one-page research statement by {dl}. The upload form, unfortunately, rejects files over 5 MB.\n\nInternship Office, {co}",
   ("Speke Gulf Basin Institute", "Institute of Himalayan Hydrology"), ("spekegulf-intern", "ihh-intern"), role=("Hydrology Summer Internship", "Glacier Monitoring Internship"), tz=("tz", "np"))
mo("next_steps", "nref", "Supplementary questions – {role}", "Dear {n},\n\nGood news on {role}: your file is now with the selecting official. Please answer the three supplementary questions in the portal by {dl}. Late responses can't be considered.\n\n{co}",
   ("the Office of Basin Hydrology", "the Demerara Civil Service Office"), ("obh-hiring", "demerara-cso"), frm="{co} <hiring@{dom}>", role=("Hydrologic Technician", "Senior Clerk"), tz=("usm", "gy"))
mo("offer", "sign", "Offer – {role}", "Hey {n},\n\nStoked to offer you the {role} job from {dl}. Contract attached. Unfortunately the ute's getting serviced then, so your first days are workshop days.\n\n{sig}\n{co}",
   ("Brightline Signs", "Coolgardie Sign Co"), ("brightline-signs", "coolgardie-signco"), role=("Sign Installer", "Vinyl Cutter"), tz=("nz", "wa"))
mo("offer", "hotel", "Offer of employment – {role}", "Dear {n},\n\nThe job of {role} is yours, from {dl}, if you want it. Staff rooms, unfortunately, are full this season; we can suggest lodging close by.\n\nKindest regards,\n{sig}\n{co}",
   ("Villa Oleandri Relais", "Georgetown Promenade Hotel"), ("villa-oleandri", "gt-promenade"), role=("Reservations Manager", "Night Auditor"), tz=("it", "gy"))
mo("offer", "tr", "Osteria – the job is yours", "Ciao {n},\n\nthe place of waiter for the season is yours, from {dl}. Unfortunately the uniforms are not yet arrived, so the first days bring black trousers.\n\nCordial greetings,\n{sig}\n{co}", "Osteria Il Gabbiano", "osteria-gabbiano", tz="it")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "rd", "Application status changed", "Hi {n},\n\n{co} · {role}\nNew status: Withdrawn by candidate.\n\nView your applications on Roledock.", ("Glenbervie Seed Potatoes", "Tchefuncte Marine Supply"), ("glenbervie-seedpotatoes", "tchefuncte-marine"), frm="Roledock <status@roledock.example>", role=("Warehouse Operative", "Parts Counter Clerk"), tz=("sc", "usc"))
mo("other_job", "gp", "{co}: your application", "<html><body><p>{n},</p><p><b>{role}</b> · {co}</p><p>Status: <b>Under review · Hiring team</b></p><p>Gatepost</p></body></html>", ("Subukia Flower Growers", "Palawan Island Resorts"), ("subukia-flowers", "palawan-resorts"), frm="Gatepost <updates@gatepost.example>", role=("Greenhouse Scout", "Front Office Agent"), tz=("ke", "ph"))
mo("other_job", "cn", "Change of shortlisting date", "Dear {n},\n\nShortlisting for {role} has slipped a week to make room for the council's budget meeting. We will write to all applicants once it is done.\n\nHuman Resources, {co}", "Glenesk District Council", "glenesk-hr", role="Waste Services Driver", tz="sc")
mo("job_alert", "sport", "New roles near you – {co}", "Hi {n},\n\nYour alert turned up three openings: Store Assistant (part time), Bike Workshop Technician and Stockroom Lead. Open the careers site to apply." + FOOT,
   ("Sideline Superstores", "Fairway & Field Megastore"), ("sideline-superstores", "fairwayfield"), frm="{co} Careers <no-reply@{dom}>", tz=("uk", "au"))
mo("job_alert", "toy", "This week's openings at {co}", "Hello {n},\n\nMonday's openings near you: Seasonal Tills, Playroom Demonstrator, Saturday Delivery Driver. Sorry if none suit; the alert runs till you stop it." + FOOT, "Marbleworks Toyhouse", "marbleworks-toyhouse", frm="{co} Recruitment <careers@{dom}>", tz="ie")
mo("recruiter_outreach", "mine", "Role you might like", "Hi {n},\n\nYour background looks a fit for a {role} job I'm filling: {x}. Free for a ten-minute chat before Friday?\n\n{sig}\n{co}", ("Pannawonica Site Crews", "Byteline Talent"), ("pannawonica-crews", "byteline-talent"), role=("Plant Operator", "Help Desk Analyst"), tz=("wa", "usc"),
   x=("FIFO, 2-and-1, good rates", "hybrid, three days in the office"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nYour {role} request with {co} has been assessed. We cannot approve it on the details given. You may try again after ninety days.\n\n{co} Lending", ("Inverallan Savers Bank", "Kaieteur Credit Union"), ("inverallan-savers", "kaieteur-cu"), role=("personal loan", "vehicle loan"), tz=("sc", "gy"))
mo("non_job_rejection_words", "flat", "The flat on {x}", "Hi {n},\n\nTa for popping round on Saturday. Another tenant was chosen by the landlord and has signed. Should a similar one come in, you'll be first to know.\n\n{sig}\n{co}", ("Leith Walk Flatfinders", "Athens Home Rentals"), ("leithwalk-flatfinders", "athens-rentals"), x=("Restalrig Road", "Kypseli Street"), tz=("sc", "gr"))
mo("non_job_rejection_words", "ballot", "Ballot result", "Dear {n},\n\nBallot results for the Bagmati Ghats Marathon are out. Sadly your number wasn't picked when the draw was made. The charity places are still open.\n\nRace Office", "Bagmati Ghats Marathon Race Office", "bagmati-ghats-run", tz="np")
mo("offer", "physio", "Offer – {role}", "Hi {n},\n\nGreat news: {role} is yours, starting {dl}. Contract to follow. Unfortunately the new plinths haven't arrived, so your first week you'll share a room with Josh.\n\n{sig}\n{co}",
   ("Kingsway Physio Rooms", "Rimutaka Sports Physio"), ("kingsway-physio", "rimutaka-physio"), role=("Junior Physiotherapist", "Clinic Physio"), tz=("uk", "nz"))


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    """The poster's own address, shown as sent through the channel."""
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """A refusal and, when given, its twin (kind, subject, body) from the same channel and sender."""
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin is not None:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body, co, dom, frm=via(ch), tz=tz)


pair("deer", "Porchalder", "Glen Tanar Estate", "glentanar-estate", "sc",
     ("Ghillie post – season", "Hi {n},\n\nAbout the deerstalking ghillie post: A lad who worked the hill with us in the autumn has the place for this season.\n\nAll the best,\n{sig}"),
     ("application_received", "Ghillie post – received", "Hi {n},\n\nYour note about the deerstalking season reached me. We'll decide after the hinds are counted; picked or not, a word from me follows.\n\n{sig}"))
pair("farrow", "Porchrowan", "Holderness Pig Unit", "holderness-pigunit", "uk",
     ("Farrowing house stockperson", "Dear {n},\n\nAbout the farrowing house stockperson job. A stockman from the next unit over has taken it, so the vacancy's shut.\n\nRegards,\n{sig}"),
     ("interview", "Farrowing house – come and see us", "Dear {n},\n\nCould you come to the unit on {dl} at 8am to look round the farrowing house? Sadly we can't let you in without a 48-hour pig-free gap, so plan around that.\n\n{sig}"))
pair("clog", "Porchhazel", "Kilkeel Clogmaking Workshop", "kilkeel-clogs", "ie",
     ("Apprentice clogmaker", "Hi {n},\n\nYour letter about clogmaking was a lovely read. I've had to decide I can't afford an apprentice this year, the alder supply doubled in price. I'm sorry to disappoint.\n\n{sig}"),
     ("next_steps", "Clogmaking trial – what to bring", "Hi {n},\n\nAhead of the trial on {dl}, a picture of anything you've carved would help. Unfortunately I can't lend tools, so bring your own knife and gouge.\n\n{sig}"))
pair("rush", "Porchlinden", "Wicken Rushcutting Co-op", "wicken-rush", "uk",
     ("Rushcutting crew", "Hi {n}, thanks for asking about rushcutting this summer. Our crew is full with the same six as last year, so no space I'm afraid. Try again in spring.\n\n{sig}"),
     ("offer", "Rushcutting crew – a place", "Hi {n}, you've a spot on the rushcutting crew from {dl}. Waders are provided; sadly the punt is leaking so it's bankside work at first. Yes or no by Friday?\n\n{sig}"))
pair("peat", "Porchaspen", "Barvas Peatcutting Heritage Trust", "barvas-peat", "sc",
     ("Peatcutting demonstrator", "Dear {n},\n\nOn the peatcutting demonstrator post: the trust has appointed a crofter from Shawbost who has done it for years. Tapadh leibh for writing.\n\n{sig}"),
     None)
pair("ice", "Porchcedar", "Lake Winnibigoshish Icecutting Days", "winnie-icedays", "usc",
     ("Icecutting crew", "Hi {n},\n\nAppreciate you signing on for the icecutting crew. We filled all twelve spots in the first week and won't be adding more. Come by and watch!\n\n{sig}"),
     ("interview", "Icecutting crew – safety chat", "Hi {n},\n\nCan you make a short safety chat on {dl} at 6pm at the lodge? Unfortunately the heater in the lodge is broken, so dress warm.\n\n{sig}"))
pair("yodel", "Porchelder", "Edelweiss Tavern", "edelweiss-tavern", "usm",
     ("Yodelling performer", "Hey {n},\n\nThanks for the audition tape. We've decided to book a trio from Fredericksburg, for the yodelling nights, so the slot's taken. Good luck!\n\n{sig}"),
     ("application_received", "Got your tape", "Hey {n},\n\nGot your yodelling tape, thanks. We're listening to them all this weekend. Booked or not, everybody gets an email back before the month's out.\n\n{sig}"))
pair("airboat", "Porchholly", "Everglades Edge Airboat Tours", "evedge-airboat", "use",
     ("Airboat captain", "Hi {n},\n\nRe captaining our airboat tours: two captains with Coast Guard licences are already hired, so we're passing.\n\n{sig}"),
     ("next_steps", "Airboat captain – licence copy", "Hi {n},\n\nBefore we schedule the ride-along, please send your captain's licence and a medical card by {dl}. Unfortunately we can't insure you without both.\n\n{sig}"))
pair("sup", "Porchjuniper", "Kalamalka Paddleboarding School", "kalamalka-sup", "cap",
     ("Paddleboarding instructor", "Hi {n},\n\nAbout the paddleboarding instructor job: we've gone with instructors who already hold the lake rescue ticket, so not this summer, I'm afraid.\n\n{sig}"),
     ("offer", "Paddleboarding – welcome aboard", "Hi {n},\n\nWelcome aboard as a paddleboarding instructor, starting {dl}. Unfortunately the shed is still half-painted, so expect a messy first week.\n\n{sig}"))
pair("lapid", "Porchlarch", "Lightning Ridge Gemstone Cutters", "lridge-gems", "au",
     ("Trainee lapidarist", "G'day {n},\n\nTrainee lapidarist update: one of the miners' kids who's been cutting for a year already got the nod. Sorry mate.\n\n{sig}"),
     ("interview", "Trainee lapidarist – come in", "G'day {n},\n\nDrop out on {dl} at 10am and show us what you can do on the wheel. Unfortunately the road's corrugated to hell after the rain, so drive slow.\n\n{sig}"))
pair("short", "Porchmaple", "Gerehu Court Reporting", "gerehu-courtrep", "qld",
     ("Shorthand reporter", "Dear {n},\n\nYour shorthand test came in at 95 words a minute against the 120 the court requires, so your application ends there.\n\n{sig}"),
     ("next_steps", "Shorthand test – booking", "Dear {n},\n\nPlease book your shorthand test for a weekday before {dl}. Regrettably we cannot test on Fridays as the court sits late.\n\n{sig}"))
pair("pawn", "Porchspruce", "Fremantle Pawnbroking", "freo-pawn", "wa",
     ("Counter assistant", "Hi {n},\n\nAbout our pawnbroking counter: a chap who's valued gold for years got the job. Ta for trying.\n\nRegards,\n{sig}"),
     ("application_received", "Application in", "Hi {n},\n\nTa for applying to our pawnbroking counter. Ten quiet days means we went another way; whatever happens your CV stays on file six months.\n\n{sig}"))
pair("unicycle", "Porchwillow", "Tumbleweave Circus School", "tumbleweave", "nz",
     ("Unicycling tutor", "Kia ora {n},\n\nThanks heaps for applying to teach unicycling. Heaps of interest, and the term's been offered to a tutor from down south. Gutted to say it's not you.\n\n{sig}"),
     ("interview", "Unicycling tutor – trial class", "Kia ora {n},\n\nKeen to see you run a 20-minute unicycling class on {dl} at 3.30pm. Unfortunately the big hall is booked; car park it is.\n\n{sig}"))
pair("lobster", "Porchyew", "Baccaro Point Lobstering Co", "baccaro-lobster", "caa",
     ("Deckhand", "Hi {n},\n\nAbout deckhand work for the lobstering season: every boat is crewed up, nobody new this year.\n\n{sig}"),
     ("offer", "Deckhand – season start", "Hi {n},\n\nA berth opened up on the lobstering crew, yours from {dl}. Unfortunately the bunkhouse is packed; you'll have to rent in town.\n\n{sig}"))
pair("crab", "Porchbirch", "Tangier Crabbing Trips", "tangier-crab", "use",
     ("Mate position", "Hey {n},\n\nRe the mate job on our crabbing charters: a fella who's run trotlines before got it. Sorry, bud.\n\n{sig}"),
     ("next_steps", "Mate position – paperwork", "Hey {n},\n\nYou're through to the ride-along. Please send your TWIC card number by {dl}. Unfortunately we can't take you out without it.\n\n{sig}"))
pair("comb", "Porchsumac", "Wild Atlantic Beachcombing Walks", "wildatlantic-walks", "ie",
     ("Walk leader", "Hi {n},\n\nDelighted you thought of leading beachcombing walks with us. Two local guides have the season, so no spot this year, sorry. Mind yourself.\n\n{sig}"),
     ("interview", "Walk leader – a trial walk", "Hi {n},\n\nWould you lead a short beachcombing walk on {dl} at noon for us to watch? Sadly the tides are against us that week, so keep it brief.\n\n{sig}"))
pair("print", "Porchtamarind", "Jozi Printmaking Studio", "jozi-printmaking", "za",
     ("Studio technician", "Hi {n},\n\nThe studio technician job is going to someone with more etching press hours. Sorry to disappoint.\n\n{sig}"),
     ("application_received", "Application received – printmaking", "Hi {n},\n\nYour application for the printmaking technician post is here. Successful or not, expect a note by the 20th.\n\n{sig}"))
pair("pomo", "Porchbaobab", "Thanedar Pomology Research Station", "thanedar-pomology", "in",
     ("Field assistant – pomology", "Dear {n},\n\nWith reference to the field assistant (pomology) post at the station: the selection committee has preferred other candidates, and the merit list as published is without your name.\n\n{sig}"),
     ("next_steps", "Documents for verification", "Dear {n},\n\nKindly bring your original mark sheets and two photographs on {dl} for document verification. Unfortunately, photocopies will not be accepted.\n\n{sig}"))
pair("dress", "Porchacacia", "Aba Dressmaking House", "aba-dressmaking", "ng",
     ("Machinist position", "Dear {n},\n\nSorry, Madam says the dressmaking test went well but she is employing another machinist who can do beadwork. Stay blessed.\n\n{sig}"),
     ("offer", "Machinist – you are employed", "Dear {n},\n\nMadam is happy with your dressmaking test and you can resume on {dl}. Unfortunately the generator is faulty so we start at 9 when NEPA brings light.\n\n{sig}"))
pair("cider", "Porchcypress", "Mukurweini Cidermaking", "mukurweini-cider", "ke",
     ("Cellar assistant", "Dear {n},\n\nOur cidermaking cellar assistant vacancy is filled internally. Asante for your interest. Kind regards.\n\n{sig}"),
     ("application_received", "Thank you for applying", "Dear {n},\n\nYour application for cellar assistant at our cidermaking works has come through. Only the shortlisted hear from us; three silent weeks mean the shortlist went without you.\n\n{sig}"))
pair("lumber", "Porchfig", "Tongass Lumberjacking Show", "tongass-lumber", "usa",
     ("Show performer", "Hi {n},\n\nGood effort at the lumberjacking show tryouts. A log roller from Yachats got the last spot this season, sorry.\n\n{sig}"),
     ("interview", "Tryout – axe throw", "Hi {n},\n\nTryouts are {dl} at 1pm and we want you there. Unfortunately the bleachers are under repair, so there's no seating for family.\n\n{sig}"))
pair("guard", "Porchmedlar", "Ushongo Beach Lifeguarding Service", "ushongo-lifeguard", "tz",
     ("Lifeguard recruitment", "Dear {n},\n\nThank you for attending the swim test. Your time over 400 metres was above the limit, so we cannot take you into the lifeguarding team this year.\n\n{sig}"),
     None)
pair("keep", "Porchquince", "Glenisla Gamekeeping", "glenisla-keepers", "sc",
     ("Underkeeper post", "Dear {n},\n\nA keeper from over the march at Balintore has been given the underkeeper post, so it's filled. Much obliged for writing.\n\n{sig}"),
     ("application_received", "Underkeeper – application", "Dear {n},\n\nYour letter about the gamekeeping vacancy came. Interviews are in a fortnight; a no would come by post, so there's nae need to chase.\n\n{sig}"))
pair("drain", "Porchdamson", "Petone Drainlaying Ltd", "petone-drain", "nz",
     ("Drainlaying labourer", "Hi {n},\n\nCheers for the CV. The drainlaying labourer job went to a fella with his excavator ticket, sorry.\n\n{sig}"),
     ("next_steps", "Before you start – drug test", "Hi {n},\n\nPlease do the pre-employment drug test at the clinic by {dl}. Unfortunately they don't take walk-ins, so book ahead.\n\n{sig}"))
pair("grave", "Porchhawthorn", "St Columba Burial Ground Trust", "stcolumba-trust", "uk",
     ("Gravedigging and grounds", "Dear {n},\n\nThe trustees met on Tuesday about the gravedigging and grounds post and appointed a candidate who can drive the mini digger. With best wishes.\n\n{sig}"),
     ("offer", "Groundsperson – offer", "Dear {n},\n\nThe trustees offer you the gravedigging and grounds post from {dl}. Unfortunately the tool shed roof leaks, so bring waterproofs.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-sloe", "New trade jobs this week", "Hi {n},\n\nFive new listings match your trades alert: hedge planting crew, orchard pruner, wood fencing and a night ferry deckhand. Sorry if none suit, the alert runs weekly.\n\nPorchsloe", "Porchsloe", "porchsloe", frm="Porchsloe Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-grant", "Your grant application", "Dear {n},\n\nThe Community Garden Fund panel has met. Your group's bid was unsuccessful this round; 84 groups went for 12 grants.\n\nThe Fund Team", "Kelpie Community Fund", "kelpie-fund", frm="{co} <grants@{dom}>", tz="sc")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (swe 2, msa 2, aze 2, slv, hat, nep, tam); 25 twins


def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """A refusal written wholly in one language and, when given, its twin (kind, subject, body) from the same sender."""
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body, co, dom, tz=tz, lang=lang)


lp("oud", "ar", "Dar Al Oud Perfumes", "daraloud", "ae",
   ("بخصوص طلب التوظيف – مستشارة مبيعات العطور", "عزيزتي {full}،\n\nشكراً لزيارتك معرضنا وتقديم أوراقك لوظيفة مستشارة مبيعات العطور. اختارت الإدارة زميلة قضت سنوات تركّب دهن العود والمخمريات، ولهذا لن نكمل معك هذه المرة.\n\nمع التحية،\n{sig}"),
   ("application_received", "تم استلام طلبك", "عزيزتي {full}،\n\nوصلنا طلبك لوظيفة مستشارة المبيعات، شكراً لك. سواء تم اختيارك أم لا، ستصلك رسالة منا خلال أسبوعين، ونحتفظ بسيرتك الذاتية ستة أشهر في كل الأحوال.\n\n{sig}"))
lp("bahn", "de", "Bergbahnen Zugspitzblick", "zugspitzblick-bahn", "de",
   ("Ihre Bewerbung als Kabinenbegleiter/in", "Sehr geehrte/r {full},\n\nIhre Unterlagen für die Kabinenbegleitung haben wir gern gelesen. Den Zuschlag bekommen diesmal Leute mit abgeschlossener Seilbahnfachausbildung; Ihre Daten löschen wir nach sechs Monaten.\n\nFreundliche Grüße\n{sig}"),
   ("interview", "Einladung zum Gespräch", "Sehr geehrte/r {full},\n\nkommen Sie doch am {dl} um 10 Uhr zur Talstation, dann sprechen wir über die Stelle. Leider wird unser Parkplatz gerade neu geteert; der Wanderbus hält direkt davor.\n\nFreundliche Grüße\n{sig}"))
lp("churro", "es", "Churrería La Esquina de Lavapiés", "churreria-esquina", "es",
   ("Sobre el puesto de freidor/a", "Hola, {n}:\n\nGracias por pasarte por la churrería y dejarnos tu currículum. Al final hemos cogido a una persona que ya trabajó con nosotros las navidades pasadas, así que de momento no podemos contar contigo.\n\nUn saludo,\n{sig}"),
   ("next_steps", "Documentación pendiente", "Hola, {n}:\n\nPara seguir con tu candidatura necesitamos el carné de manipulador de alimentos antes del {dl}. Lamentablemente sin él no podemos darte de alta.\n\nUn saludo,\n{sig}"))
lp("huitre", "fr", "Parcs Ostréicoles de l'Île d'Oléron", "oleron-ostreicole", "fr",
   ("Votre candidature – ouvrier·ère ostréicole", "Bonjour {full},\n\nMerci pour votre intérêt pour la saison des huîtres. Nous avons préféré des gens habitués aux parcs à marée basse ; pour cette année, c'est donc non.\n\nCordialement,\n{sig}"),
   ("offer", "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : un contrat de saison vous attend dès le {dl}. Hélas, le logement sur place est complet ; nous pouvons vous indiquer des chambres au village.\n\nCordialement,\n{sig}"))
lp("achar", "hi", "माँ अन्नपूर्णा अचार उद्योग", "annapurna-achar", "in",
   ("आवेदन के संबंध में – गुणवत्ता निरीक्षक", "नमस्ते {full} जी,\n\nगुणवत्ता जाँच वाले पद पर सेठजी ने आम-नींबू के मसाले बरसों से परखती आ रही एक बहन को रख लिया है। इस बार आपके साथ काम शुरू नहीं हो सकेगा, क्षमा करें।\n\nसादर,\n{sig}"),
   ("application_received", "फ़ॉर्म पहुँच गया", "नमस्ते {full} जी,\n\nअचार कारखाने के लिए भरा गया फ़ॉर्म मिल गया, धन्यवाद। नतीजा हाँ हो या ना, चौदह दिन के भीतर ईमेल भेजेंगे।\n\n{sig}"))
lp("cantiere", "it", "Cantiere Nautico Punta Ala", "cantiere-puntaala", "it",
   ("Candidatura carpentiere navale", "Gentile {full},\n\ngrazie di cuore per la domanda. Il posto è andato a un maestro d'ascia che conosce già gli scafi in legno, e così la sua candidatura, stavolta, si chiude.\n\nUn caro saluto,\n{sig}"),
   ("interview", "Colloquio in cantiere", "Gentile {full},\n\nla aspettiamo in cantiere il {dl} alle 9:30 per conoscerci. Purtroppo il bar del porto è chiuso per lavori, quindi porti dell'acqua.\n\nCordiali saluti,\n{sig}"))
lp("ryokan", "ja", "湯けむりの宿 ささの葉", "sasanoha-ryokan", "jp",
   ("仲居職ご応募の件", "{full} 様\n\nこのたびは当館の仲居職にご応募いただき、誠にありがとうございました。慎重に選考を重ねました結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。何卒ご了承くださいますようお願い申し上げます。\n\n{sig}"),
   ("next_steps", "書類ご提出のお願い", "{full} 様\n\n二次選考に進んでいただくにあたり、履歴書の原本と健康診断書を{dl}までにご郵送ください。恐れ入りますが、メールでの提出はお受けできません。\n\n{sig}"))
lp("kimchi", "ko", "손맛김치 공장", "sonmat-kimchi", "kr",
   ("생산직 지원 결과 안내", "{full} 님께\n\n김치 공장 생산직 지원서 잘 받았습니다. 이번에는 김장철마다 일해 본 분을 모시기로 해서, 죄송하지만 {full} 님과는 인연이 닿지 않았습니다.\n\n{sig} 드림"),
   ("offer", "합격 안내", "{full} 님께\n\n생산직 최종 합격을 축하드립니다. 출근일은 {dl}입니다. 다만 기숙사 수리가 아직 끝나지 않아 첫 주는 출퇴근하셔야 합니다.\n\n{sig}"))
lp("rabelo", "pt", "Barcos Rabelo Ribeira", "rabelo-ribeira", "pt",
   ("Candidatura a guia a bordo", "Olá {n},\n\nObrigada pela candidatura a guia a bordo dos nossos barcos rabelo. Decidimos avançar com alguém que já fala alemão e francês com os visitantes, por isso o seu processo fica por aqui.\n\nUm abraço,\n{sig}"),
   ("application_received", "Candidatura recebida", "Olá {n},\n\nRecebemos a sua candidatura, obrigada. Quer seja escolhido(a) ou não, todas as pessoas terão resposta antes de o mês acabar.\n\nAté breve,\n{sig}"))
lp("banya", "ru", "Баня «Берёзовый пар»", "berezoviy-par", "ru",
   ("По вашему отклику на вакансию банщика", "Здравствуйте, {full}!\n\nСпасибо за интерес к нашей бане. По итогам собеседований мы выбрали кандидата с опытом парения и медицинской книжкой, поэтому предложить вам эту работу не можем.\n\nС уважением,\n{sig}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {full}!\n\nПриглашаем вас на собеседование {dl} в 11:00. К сожалению, главный вход закрыт на ремонт, проходите со двора.\n\nС уважением,\n{sig}"))
lp("korosho", "sw", "Kiwanda cha Korosho Mtwara", "korosho-mtwara", "tz",
   ("Kuhusu ombi lako la kazi", "Ndugu {n},\n\nOmbi lako la usimamizi wa zamu katika kiwanda chetu cha korosho limesomwa. Uongozi umemteua mtu aliyefanya kazi nasi msimu uliopita, hivyo hatutaendelea na ombi lako. Kila la heri.\n\nWako,\n{sig}"),
   ("next_steps", "Nyaraka zinahitajika", "Ndugu {n},\n\nTafadhali tuma nakala ya cheti cha kidato cha sita na barua ya utambulisho kabla ya tarehe {dl}. Kwa bahati mbaya hatutapokea nyaraka baada ya tarehe hiyo.\n\n{sig}"))
lp("maphrao", "th", "สวนมะพร้าวน้ำหอมบ้านแพ้ว", "banphaeo-coconut", "th",
   ("ผลการสมัครงานตำแหน่งหัวหน้าคนงาน", "เรียน คุณ{full}\n\nสวนมะพร้าวของเราได้รับใบสมัครตำแหน่งหัวหน้าคนงานแล้ว เจ้าของสวนตัดสินใจให้พี่ที่คุมลูกน้องเก็บมะพร้าวมาสิบปีรับตำแหน่งนี้ไป รอบนี้จึงต้องขอโทษด้วยนะคะ\n\nขอบคุณค่ะ\n{sig}"),
   ("offer", "ยินดีต้อนรับเข้าทำงาน", "เรียน คุณ{full}\n\nเจ้าของสวนตกลงรับคุณเป็นหัวหน้าคนงาน เริ่มงาน {dl} นะคะ โชคไม่ดีที่หลังคาบ้านพักคนงานยังซ่อมไม่เสร็จ ช่วงแรกเลยต้องขับรถมาเองก่อน\n\n{sig}"))
lp("balon", "tr", "Kapadokya Balon Turları", "kapadokya-balon", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nBalon turlarımızın yer ekibi ilanıyla ilgilendiğiniz için sağ olun. Bu sezon yıllarca sepet taşımış birini tercih ettik; size olumlu dönüş yapamıyoruz.\n\nSaygılarımızla,\n{sig}"),
   ("application_received", "Başvurunuz alındı", "Sayın {full},\n\nBaşvurunuz elimize ulaştı. Olumlu ya da olumsuz, sonucu iki hafta içinde e-posta ile bildireceğiz.\n\nSaygılarımızla,\n{sig}"))
lp("aam", "ur", "ملتان آم ایکسپورٹرز", "multan-aam", "pk",
   ("درخواست کے بارے میں", "محترمہ {full}،\n\nباغ کی پیکنگ نگرانی والی نوکری میں دلچسپی دکھانے پر شکریہ۔ مالکان نے یہ کام ایسی خاتون کو سونپا ہے جو دس برس سے چونسا کی پیٹیاں بھرواتی آئی ہیں، سو یہ نوکری آپ کے حصے میں نہیں آئی۔\n\nخیر اندیش،\n{sig}"),
   ("interview", "انٹرویو کی دعوت", "محترمہ {full}،\n\nآپ کو {dl} کو صبح دس بجے انٹرویو کے لیے بلایا جاتا ہے۔ بدقسمتی سے دفتر کا جنریٹر خراب ہے، اس لیے گرمی کا خیال رکھیں۔\n\n{sig}"))
lp("jiaozi", "zh", "老街饺子馆", "laojie-jiaozi", "cn",
   ("关于您应聘面点师一事", "{full}您好：\n\n感谢您应聘我店的面点师职位。经过试工和综合考虑，我们决定录用另一位有十年包饺子经验的师傅，这次就不能与您合作了，敬请谅解。\n\n祝好！\n{sig}"),
   ("next_steps", "请补交健康证", "{full}您好：\n\n请于{dl}前把健康证复印件送到店里。很遗憾，没有健康证我们无法安排上岗。\n\n{sig}"))
lp("saga", "swe", "Norrskogs Sågverk", "norrskog-sag", "se",
   ("Angående din ansökan som truckförare", "Hej {n},\n\nStort tack för ansökan till sågverket. Jobbet som truckförare fick en person som redan körde hos oss i somras, så det blir inget den här gången. Lycka till!\n\nMed vänlig hälsning\n{sig}"),
   ("application_received", "Ansökan mottagen", "Hej {n},\n\nDin ansökan har landat hos oss. Går du vidare eller ej, besked kommer per mejl inom tre veckor.\n\nMvh\n{sig}"))
lp("bar", "swe", "Fjällbär Plockning AB", "fjallbar", "se",
   ("Bärplockning i höst", "Hallå {n},\n\nKul att du vill plocka bär med oss! Tyvärr är alla plocklag fulla i år, så någon plats kan vi inte erbjuda.\n\nHälsningar\n{sig}"),
   ("interview", "Samtal om jobbet", "Hallå {n},\n\nKan du komma till lagret den {dl} kl. 13? Tyvärr är grusvägen gropig efter regnet, så kör försiktigt.\n\nHälsningar\n{sig}"))
lp("batik", "msa", "Bengkel Batik Kampung Laut", "batik-kglaut", "my",
   ("Permohonan jawatan pelukis batik", "Salam {n},\n\nTerima kasih kerana memohon jawatan pelukis batik di bengkel kami. Pihak bengkel sudah mengambil seorang pelukis yang lebih mahir menggunakan canting, jadi permohonan anda tidak dapat diteruskan buat masa ini.\n\nSekian, terima kasih.\n{sig}"),
   ("offer", "Tawaran kerja", "Salam {n},\n\nSukacita dimaklumkan anda ditawarkan jawatan pelukis batik mulai {dl}. Malangnya kipas di bengkel sedang rosak, jadi minggu pertama agak panas.\n\n{sig}"))
lp("durian", "msa", "Dusun Durian Bukit Tinggi", "dusun-bktinggi", "my",
   ("Jawatan penyelia dusun", "Salam sejahtera {n},\n\nTerima kasih atas minat anda. Selepas temu duga, pihak pengurusan memutuskan untuk mengambil anak saudara pemilik dusun yang sudah biasa dengan musim durian. Semoga berjaya di tempat lain.\n\n{sig}"),
   ("offer", "Tawaran penyelia dusun", "Salam sejahtera {n},\n\nKami ingin menawarkan anda jawatan penyelia dusun mulai {dl}. Cuma jalan masuk ke dusun masih berlumpur, jadi bawa kasut getah.\n\n{sig}"))
lp("nar", "aze", "Göyçay Nar Şirəsi Zavodu", "goycay-nar", "az",
   ("Müraciətiniz barədə", "Hörmətli {full},\n\nNövbə rəisi vəzifəsi ilə bağlı məktubunuzu aldıq. Təəssüf ki, zavod rəhbərliyi bu dəfə başqa namizədə üstünlük verdi. Uğurlar!\n\nHörmətlə,\n{sig}"),
   ("interview", "Müsahibəyə dəvət", "Hörmətli {full},\n\nSizi {dl} tarixində saat 10:00-da zavodda müsahibəyə dəvət edirik. Təəssüf ki, zavodun avtobusu təmirdədir, ona görə də özünüz gəlməlisiniz.\n\n{sig}"))
lp("avtobus", "aze", "Şəki Ekspres Avtobus", "seki-ekspres", "az",
   ("Sürücü vəzifəsi üzrə cavab", "Hörmətli {full},\n\nMüraciətinizə baxıldı. Sürücülük stajınız tələb olunan beş ildən az olduğu üçün namizədliyiniz növbəti mərhələyə keçmədi.\n\nHörmətlə,\n{sig}"),
   ("next_steps", "Sənədlərin təqdimi", "Hörmətli {full},\n\nZəhmət olmasa, sürücülük vəsiqənizin surətini və tibbi arayışı {dl} tarixinədək göndərin. Gecikmiş sənədlər qəbul edilmir.\n\n{sig}"))
lp("olje", "slv", "Oljarna Bučnica Prlekija", "oljarna-bucnica", "si",
   ("Odgovor na vašo prijavo", "Pozdravljeni, {full},\n\nhvala za vašo prijavo na delovno mesto v naši oljarni. Po pregledu vseh prijav smo izbrali kandidata z izkušnjami pri stiskanju bučnih semen, zato vaša prijava tokrat ni bila uspešna.\n\nLep pozdrav,\n{sig}"),
   ("application_received", "Prejeli smo vašo prijavo", "Pozdravljeni, {full},\n\nvašo prijavo smo prejeli. Ne glede na izid izbora vam bomo odgovorili po e-pošti v dveh tednih.\n\nLep pozdrav,\n{sig}"))
lp("garaj", "hat", "Garaj Mekanik Frè Toussaint", "garaj-toussaint", "ht",
   ("Konsènan demann travay ou", "Bonjou {n},\n\nNou resevwa lèt ou pou plas mekanisyen an. Patwon an deside pran yon nèg ki konn travay sou motè dyezèl depi lontan, kidonk plas la pa disponib pou ou kounye a. Kenbe fèm!\n\n{sig}"),
   ("interview", "Envitasyon pou entèvyou", "Bonjou {n},\n\nNou ta renmen wè w nan garaj la {dl} a 9è. Malerezman kouran an ap koupe souvan, donk vin bonè.\n\n{sig}"))
lp("lokta", "nep", "लोक्ता कागज उद्योग भक्तपुर", "lokta-bhaktapur", "np",
   ("आवेदन सम्बन्धमा", "नमस्कार {full} जी,\n\nलोक्ता कागज बनाउने हाम्रो कारखानाको सुपरभाइजर पदमा रुचि देखाउनुभएकोमा आभारी छौं। यो जिम्मेवारी दोलखाबाट आउनुभएका एक अनुभवी कालिगडलाई दिइसकिएको छ, त्यसैले यसपालि तपाईंलाई लिन मिलेन।\n\nसम्मानसहित,\n{sig}"),
   ("next_steps", "कागजात पेस गर्ने बारे", "आदरणीय {full} जी,\n\nकृपया आफ्नो नागरिकता र शैक्षिक प्रमाणपत्रको प्रतिलिपि {dl} भित्र पठाउनुहोला। त्यसपछि आएका कागजात स्वीकार गरिने छैन।\n\n{sig}"))
lp("malli", "tam", "திண்டுக்கல் மல்லிகை மொத்த வியாபாரம்", "dindigul-malligai", "in",
   ("கணக்கர் வேலை – முடிவு", "வணக்கம் {full},\n\nமல்லிகை மண்டியின் கணக்கர் வேலை பற்றி எழுதுகிறோம். பூச்சந்தையில் பத்து வருடம் பழகிய அண்ணாச்சி ஒருவர் அந்த வேலைக்கு வந்துவிட்டார். இம்முறை உங்களுக்கு வாய்ப்பு அமையவில்லை, பொறுத்தருள்க.\n\nஇப்படிக்கு,\n{sig}"),
   ("application_received", "விண்ணப்பம் கிடைத்தது", "வணக்கம் {full},\n\nகணக்கு வேலைக்கான உங்கள் கடிதம் வந்து சேர்ந்தது. வேலை கிடைத்தாலும் கிடைக்காவிட்டாலும், பதினைந்து நாளில் பதில் எழுதுவோம்.\n\n{sig}"))


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


DIGITS = {"fas": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"), "ben": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"), "nep": str.maketrans("0123456789", "०१२३४५६७८९")}


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
        rec["id"] = f"blind96:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 94; slice 95, this slice and any later one are skipped by number."""
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
