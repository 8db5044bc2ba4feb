# ruff: noqa: E501, S311
"""Write the hundred-and-thirty-fourth sealed blind slice for issue 11 (blind-slice-134.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 132; slice 133 and later never read; our side printed)
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

SEED = 1341341
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-134.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 134
SKIP_FROM = 133  # slice 133 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 6, 9)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Ailsa McGlashan", "Chifundo Banda", "Tasnim Rahman", "Kila Wambi", "Brodie Kershaw",
    "Federica Colasanti", "Liang Xiaoyu", "Mthunzi Phiri", "Sadia Chowdhury", "Rhys Tamou",
    "Caoimhe Brannigan", "Deshawn Whitlock", "Marguerite Lapointe", "Saoirse Dunleavy", "Thandeka Dlamini",
    "Hamish Lochhead", "Tiwonge Mkandawire", "Nusrat Jahan Mim", "Pauline Kundi", "Jarrah Wilkins",
    "Giulio Panettieri", "Zhou Mengyao", "Kondwani Chirwa", "Arifur Haque", "Isla Drummond",
    "Mele Tupou", "Ravindra Pillai", "Sunniva Carlsen", "Odessa Pritchard", "Lorcan Mulready",
    "Yaw Boateng", "Imogen Scarfe", "Temperance Agyei", "Bryony Heskett", "Wambui Kariuki",
]
REGION_SIGNERS = {
    "uk": ["Perpetua Ashdown", "Gideon Fairclough", "Henrietta Vosper", "Ravi Chaudhry-Lane"],
    "sc": ["Senga McAllister", "Fraser Donnachie", "Morven Baillie"],
    "ie": ["Fionnuala Kearney", "Cathal Ó Duibhir", "Aisling Rourke"],
    "us": ["Latrice Hollingsworth", "Bartholomew Quist", "Yesenia Carrizales", "Dwight Amundsen"],
    "ca": ["Mireille Thibodeau", "Gurpreet Dhaliwal", "Ainsley MacIsaac"],
    "au": ["Kirrily Hodgetts", "Stavros Karamanlis", "Wendell Birchgrove"],
    "qld": ["Shayna Muldoon", "Darcy Treloar", "Leilani Sabatino"],
    "nz": ["Ihaia Tawhiri", "Rosalind Cowper", "Sione Fifita"],
    "za": ["Nokuthula Mabaso", "Hendrik Boshoff", "Lerato Mokoena"],
    "mw": ["Chisomo Kalua", "Madalitso Nyirenda", "Grace Mwale"],
    "bd": ["Farhana Akter", "Mahbubul Alam", "Shirin Sultana"],
    "pg": ["Wapi Kerenga", "Lucy Apa", "Moses Tingke"],
    "it": ["Benedetta Scarpellini", "Raffaele Donadoni", "Ornella Pizzuti"],
    "cn": ["Huang Lijuan", "Deng Wenbo", "Xu Meiling"],
    "sg": ["Jasmine Koh", "Rajesh Menon", "Goh Siew Mei"],
    "in": ["Lalitha Raghavan", "Tejinder Bains", "Sudipta Ghosh"],
}
REGION = {
    "use": "us", "usc": "us", "usp": "us", "cae": "ca",
}
LANG_SIGNERS = {
    "ar": ["سلمى البلوشي", "خالد الحارثي"], "de": ["Theresia Gstrein", "Florian Auer"],
    "es": ["Guadalupe Ortega", "Efraín Mendoza"], "fr": ["Noémie Girardin", "Laurent Chappuis"],
    "hi": ["सुधा राठौर", "महेश पारीक"], "it": ["Elisabetta Zanin", "Davide Cavallin"],
    "ja": ["佐藤 美穂", "高橋 誠"], "ko": ["한미숙", "김도현"], "pt": ["Francisca Holanda", "Raimundo Sales"],
    "ru": ["Ольга Белова", "Сергей Никитин"], "sw": ["Mwanaisha Athman", "Bakari Omar"],
    "th": ["อรุณี จันทร์หอม", "เพ็ญศรี บุญประคอง"], "tr": ["Gülay Aksoy", "Hakan Yıldız"],
    "ur": ["نگہت بخاری", "طاہرہ قاضی"], "zh": ["张秀英", "李建国"],
    "pan": ["ਹਰਪ੍ਰੀਤ ਕੌਰ", "ਗੁਰਵਿੰਦਰ ਸਿੰਘ"], "guj": ["હેતલ પટેલ", "ભાવેશ દેસાઈ"],
    "ltz": ["Josée Hoffmann", "Romain Wagner"], "hye": ["Անահիտ Սարգսյան", "Արամ Հովհաննիսյան"],
    "mon": ["Оюунчимэг Батболд", "Ганбаатар Дорж"],
}
LANG_RECIPIENTS = {
    "ar": ["مريم الرواحي", "يوسف الكندي"], "de": ["Magdalena Pichler", "Johannes Strasser"],
    "es": ["Ximena Ruiz", "Emiliano Salgado"], "fr": ["Océane Rochat", "Mathis Favre"],
    "hi": ["ऋचा कुलश्रेष्ठ", "अम्बरीश दीक्षित"], "it": ["Alessia Rinaldi", "Federico Marchi"],
    "ja": ["中村 葵", "伊藤 大輝"], "ko": ["이서연", "박지훈"], "pt": ["Luana Bezerra", "Thiago Freitas"],
    "ru": ["Анна Морозова", "Игорь Васильев"], "sw": ["Fatuma Salim", "Juma Kassim"],
    "th": ["ปิยฉัตร เหมือนแก้ว", "ธนกร ชัยวิรัตน์"], "tr": ["Elif Şahin", "Burak Özkan"],
    "ur": ["حنا ارشد", "ماریہ نقوی"], "zh": ["王雨桐", "陈思远"],
    "pan": ["ਮਨਪ੍ਰੀਤ ਕੌਰ ਢਿੱਲੋਂ", "ਜਸਕਰਨ ਸਿੰਘ ਗਿੱਲ"], "guj": ["કિંજલ શાહ", "નિરવ મહેતા"],
    "ltz": ["Carole Schmit", "Tom Kieffer"], "hye": ["Լուսինե Պետրոսյան", "Դավիթ Գրիգորյան"],
    "mon": ["Сарангэрэл Батсүх", "Тэмүүлэн Ганзориг"],
}
GIVEN = {
    "Liang Xiaoyu": "Xiaoyu", "Zhou Mengyao": "Mengyao", "Nusrat Jahan Mim": "Nusrat",
    "Huang Lijuan": "Lijuan", "Deng Wenbo": "Wenbo", "Xu Meiling": "Meiling", "Goh Siew Mei": "Siew Mei",
    "Cathal Ó Duibhir": "Cathal",
}
PROVIDERS = ["heronpost", "bothymail", "skerrybox", "gannetmail", "thornpost", "cowriebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sc": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "it": ("+0100", "+0200", "eu"), "ch": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "mx": ("-0600", None, ""), "br": ("-0300", None, ""),
    "za": ("+0200", None, ""), "mw": ("+0200", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "om": ("+0400", None, ""), "am": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "bd": ("+0600", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "mn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "pg": ("+1000", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cae")


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
QNOTE = "\n{sf}, thanks for Thursday – good to see the place. Licence scan attached as promised; Mr Vanterpool (referee) is easiest after four.\n{n}"
FOOTER = "\n\n-- {CO} | careers & news --\nOur vacancy board refreshes every Thursday at eight. Porchlight, our fortnightly letter, carries new-store dates and staff stories; text LAMPON to 60744 to join, LAMPOFF to leave. Set alerts by store, distance or hours in your profile. Nobody reads this mailbox – replies vanish."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOTER}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-filled", "Your application: {role} (REQ-{ref})", "Dear {n},\n\nA quick word from {co}: in your candidate home, REQ-{ref} ({role}) has flipped to \"Closed – Filled by Another Candidate\". Thanks for the evenings you put into that form.\n\nProfile and saved searches stay switched on.\n\nTalent Acquisition\n{co}", ("Clydeside Ferrous Castings", "Mulanje Estate Tea Growers"), ("clydesideferrous", "mulanjeestatetea"), role=("Pattern Shop Trainee", "Field Clerk"), tz=("sc", "mw"), frm="{co} Careers <careers@{dom}>")
mr("gh-finalist", "Update on your {co} application", "Hi {n},\n\nCheers for the pair-programming hour with Dev and Ana last week. Friday's debrief: the panel went for a different finalist, and {role} has been offered to them.\n\nHonestly it was tight – do come back to us when a new opening looks like yours.\n\n{sig}\nRecruiting · {co}", ("Lanternfish Payments", "Brinewood Geodata"), ("lanternfishpay", "brinewoodgeo"), role=("Backend Engineer II", "GIS Developer"), tz=("usp", "nz"))
mr("lv-bank", "{co} – {role}", "Hello {n},\n\nEvery {role} form is read now; yours we're leaving at this stage – no interview this round. A let-down after the effort, we know.\n\nYour CV waits in the {co} candidate bank a twelvemonth, for a closer fit; reply DELETEME and it goes today.\n\nKind regards,\n{sig}", ("Dhaleshwari Jute Exports", "Markham Valley Cocoa Traders"), ("dhaleshwarijute", "markhamcocoa"), role=("Merchandising Executive", "Warehouse Supervisor"), tz=("bd", "pg"))
mr("sr-table", "Application status – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Not progressed – vacancy filled</td></tr></table><p>With thanks from {co}; other openings sit on our jobs board.</p></body></html>", ("Ravello Ceramics Export", "Lianhua Lighting Components"), ("ravelloceramics", "lianhualighting"), role=("Export Sales Assistant", "QA Inspector"), tz=("it", "cn"), frm="{co} <jobs@{dom}>")
mr("ic-minqual", "Regarding your application for {role}", "{n},\n\nJob ID {ref} ({role}): HR compared your form with the posted minimum qualifications. It shows no {x}, so it cannot advance in this recruitment.\n\nAny later posting whose requirements you meet is open to you.\n\nHuman Resources\n{co}", ("Gin Gin Cane Haulage", "Sulphur Point Stevedores"), ("gingincane", "sulphurpointstevedores"), role=("Haulout Driver", "Crane Operator"), x=("current HC heavy-vehicle licence", "valid crane operator ticket"), tz=("qld", "nz"), frm="{co} HR <hr.noreply@{dom}>")
mr("tl-withdrawn", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) was withdrawn this week when the departmental budgets were redrawn, and the seat stays empty. Applications made to it (yours too) are now closed.\n\nWith thanks for thinking of {co}.\n\nCareers Team", ("Thistle Mutual Assurance", "Kinderhook Insurance Group"), ("thistlemutual", "kinderhookins"), role=("Claims Handler", "Underwriting Assistant"), tz=("sc", "use"), frm="{co} Careers <donotreply@{dom}>")
mr("wk-trial", "Your trial shift at {co}", "Hi {n},\n\ncheers for the Saturday trial on the fryers. The spot's went to another trialist with more mad takeaway nights under their belt.\n\nTa for grafting on a mental night,\n{sig}\n{co}", ("Yoker Fish Bar", "Boreen Point Fish Shack"), ("yokerfishbar", "boreenpointfish"), role="Fryer Cook", tz=("sc", "qld"))
mr("bh-hours", "{role} – update", "Hello {n},\n\nAbout {role}: two of our casuals put in for the extra hours and got them, which closes the vacancy without an outside hire.\n\nWith your OK, your CV sits in our drawer till the next round.\n\n{sig}\n{co}", ("Zomba Plateau Guesthouse", "Glebe Point Bookbinders"), ("zombaplateau", "glebepointbind"), role=("Housekeeping Assistant", "Bindery Assistant"), tz=("mw", "au"))
mr("tt-italian", "About your candidacy at {co}", "Dear {n},\n\nwe are grateful for the candidacy sent for the role of {role}. After attentive evaluation our choice has fallen on other profiles, more coherent with what the cellar requires in this moment.\n\nWe remain at your disposition for any clarification and we augur every success for your professional path.\n\nCordial greetings,\n{sig}\n{co}", ("Oleificio Valdichiana", "Cantina Colli Berici"), ("oleificiovaldichiana", "cantinacolliberici"), role=("Export Assistant", "Cellar Hand"), tz="it")
mr("pp-marks", "Outcome of shortlisting – {role}", "Dear {n},\n\nEach form for {role} was marked by the panel against the person specification. Yours got {x}; interview needed {y} or better, so your name sits below the cut.\n\nNotes from the panel can be had on request for 28 days.\n\nRecruitment\n{co}", ("Leverndale Housing Co-operative", "Mdloti Estuary Trust"), ("leverndalehousing", "mdlotiestuary"), role=("Tenancy Officer", "Field Ranger"), x=("19 of 35", "42 of 80"), y=("24", "55"), tz=("sc", "za"))
mr("jz-pulled", "Posting closed: {role}", "Hi {n},\n\nHeads up: the {role} ad is down. The client contract behind it wrapped up early, which leaves us with no position to fill at all.\n\nThanks for your interest in {co},\n{sig}", ("Tamarisk Window Washing", "Kilbirnie Event Marquees"), ("tamariskwindow", "kilbirniemarquees"), role=("Crew Lead", "Marquee Rigger"), tz=("usc", "nz"))
mr("ab-loop", "{co} · {role} interview loop", "Hi {n},\n\nThree conversations with us – thank you. The {role} decision is in and it isn't going your way this time. The panel rated your incident write-up; another candidate matched the on-call depth we're short of right now.\n\nBest,\n{sig}\nTalent, {co}", ("Girderline Labs", "Sablefish Compute"), ("girderlinelabs", "sablefishcompute"), role=("Site Reliability Engineer", "Platform Engineer"), tz=("cae", "sg"))
mr("crew-full", "Picking crew {y}", "Hi {n}, ta for chucking your name in the hat for the picking crew. Every place has gone to pickers back from last season, so we're chockers for {y}. Try again next year.\n\n{sig}\n{co}", ("Euri Creek Mangoes", "Thyolo Macadamia Estate"), ("euricreekmangoes", "thyolomacadamia"), role="Picker", y=("2026", "this season"), tz=("qld", "mw"))
# once (14)
mr("glasgow-bikes", "the mechanic job", "Awright {n},\n\nJust tae let ye know we've gied the bike mechanic job tae a lassie fae Govanhill who's been fixin' up frames in her close for years. It wisnae an easy pick, your wee cover letter was rerr.\n\nMind and pop in if ye need a puncture sorted.\n\n{sig}\n{co}", "Shawlands Pedal Co-op", "shawlandspedal", tz="sc")
mr("malawi-fish", "RE: STORES CLERK VACANCY", "Dear {n},\n\nThe above refers. This serves to advise that your name did not appear among those picked for the interview, owing to the very large number of applicants.\n\nThe cooperative appreciates your interest and wishes you God's blessings in all your future endeavours.\n\nYours faithfully,\n{sig}\nFOR: {co}", "Nkhata Bay Dried Fish Cooperative", "nkhatabaydriedfish", tz="mw")
mr("dhaka-buying", "Regarding interview result", "Dear {n},\n\nGreetings from {co}. Kindly be informed management decided against your candidature for Merchandiser post at this moment. Hope you will understand the situation.\n\nYour CV will be in our database and we will knock you if any suitable opening arise.\n\nBest regards,\n{sig}\nHR & Admin", "Tejgaon Knit Sourcing House", "tejgaonknit", tz="bd")
mr("png-store", "Shop assistant job", "Apinun {n},\n\nTenkyu for coming to the office at Top Town last week. The manager has given the shop assistant job to a meri from Butibam who worked for us before. So this time we cannot take you.\n\nGod bless you,\n{sig}\n{co}", "Huon Gulf Trade Stores", "huongulfstores", tz="pg")
mr("qld-bloke", "Yard hand", "G'day {n},\n\nTa for ringing. We've ended up choosing a young fella from Gympie who's already got his forklift ticket for the yard-hand job, so the spot's filled for now. No worries if you want to try again after the wet.\n\nCheers,\n{sig}\n{co}", "Tiaro Rural Supplies", "tiarorural", tz="qld")
mr("it-gelato", "Your candidature – Lab Assistant", "Good morning {n},\n\nwe thank for the interest demonstrated for our laboratory. We inform you that the selection for the position of Lab Assistant is concluded and we have preferred a candidate who already did the course of pastry in Carpigiani style.\n\nWe keep your curriculum for eventual future necessities.\n\nBest greetings,\n{sig}\n{co}", "Laboratorio Gelati Borgo Panigale", "gelatiborgopanigale", tz="it")
mr("cn-tea", "Result of your interview", "Dear {n},\n\nThanks for attend our interview on last Tuesday. We are very sorry that our company decide to choose other candidate for the Export Sales post, who has more experience with Middle East customer.\n\nHope you can find a satisfied job soon. Wish you everything goes well!\n\n{sig}\n{co}", "Xiping Oolong Packing Co., Ltd.", "xipingoolongpack", tz="cn")
mr("uk-railway", "Saturday assistant", "Dear {n},\n\nMany thanks for popping in about Saturdays. The job has now gone to someone who knows the OO gauge ranges inside out.\n\nDo keep popping in to the shop.\n\nBest wishes,\n{sig}\n{co}", "Tring Model Railway Centre", "tringmodelrailway", tz="uk")
mr("ie-oysters", "Oyster farm job", "Hi {n},\n\nThanks a million for coming out to the trestles on Thursday in that weather. We're going with one of the lads who did the spring grading with us, so we're sorted for hands this year.\n\nMind yourself,\n{sig}\n{co}", "Kilcolgan Oyster Beds", "kilcolganoyster", tz="ie")
mr("us-elevator", "scale house operator", "hi {n} - thanks for coming by the scale house. we filled the operator spot with someone who ran the dump pit here two harvests back, and we're covered for this fall. appreciate you applying.\n\n{sig}\n{co}", "Sheyenne Crossing Grain Elevator", "sheyennecrossing", tz="usc")
mr("ca-sugar", "Sugar shack season", "Hi {n},\n\nThanks for your note about working the boil this spring. The evaporator and tapping crew are all folks from last year, which leaves no spot this season. Come by for pancakes anyway!\n\n{sig}\n{co}", "Frontenac Nord Maple Camp", "frontenacnordmaple", tz="cae")
mr("za-carwash", "Car wash supervisor", "Hi {n}\n\nThanks for pitching up on Friday. We're appointing from inside the team for the supervisor post, which means this one stops here. Sharp, good luck out there.\n\n{sig}\n{co}", "Winterveld Shine Car Wash", "winterveldshine", tz="za")
mr("nz-shearing", "Shed hand work", "Kia ora {n},\n\nChur for your interest in the shed hand job. The gang is full up for the pre-lamb run now, we've taken on two rousies who've been with us before. Give us a yell next season if you're still keen.\n\nCheers,\n{sig}\n{co}", "Porangahau Shearing Gang", "porangahaushearing", tz="nz")
mr("sg-hawker", "Stall assistant position", "Hi {n},\n\nWednesday trial at the stall, thanks for coming. We decided to take another auntie who can start the 5am prep immediately, so this role cannot give to you already. Thank you for your time ah.\n\n{sig}\n{co}", "Ah Seng Braised Duck Rice", "ahsengduckrice", tz="sg")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-planetarium", "RE: [EXT] Re: {role} – thanks for today", "Hi {n},\n\nGrand to have you in, and ta for the licence scan. Our director offered {role} to Morven, who ran our schools dome shows all last winter, and she's said yes. I'll pass your star-lab ideas on to her.\n\n{sig}\n\n{OUT}", ("Kelvinhaugh Planetarium", "Sunshine Coast Star Dome"), ("kelvinhaughdome", "sunshinecoaststardome"), role=("Dome Educator", "Show Presenter"), tz=("sc", "qld"))
mr("th-minigrid", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nGrateful you travelled up for the interview and sent the documents. Our country manager has picked Chikondi, who built the village meters at our pilot site, for {role}; he begins on the first.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Likoma Sun Minigrids", "Sepik Solar Power"), ("likomasun", "sepiksolar"), role=("Field Technician", "Site Technician"), tz=("mw", "pg"))
mr("th-press", "RE: [EXT] Re: {role} – follow-up", "Dear {n},\n\nMany thanks for the editing test and our conversation. The board has appointed Dr Rahela Siddiqua, our longtime series editor, as {role}; she joins on Sunday.\n\nWith best regards,\n{sig}\n\n{RULE}", ("Ramna University Press", "Jiangwan Academic Press"), ("ramnapress", "jiangwanpress"), role=("Commissioning Editor", "Acquisitions Editor"), tz=("bd", "cn"))
mr("th-orchestra", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely meeting you last week, and the licence came through quickly – ta. Our general manager has chosen Ríona, stage manager on the youth orchestra's tour, as {role}; she said yes yesterday.\n\nAll best,\n{sig}\n\n{GM}", ("Orchestra da Camera Lariano", "Camolin Chamber Players"), ("orchestralario", "camolinchamber"), role=("Orchestra Manager", "Tour Coordinator"), tz=("it", "ie"))
mr("th-rugby", "RE: [EXT] Re: {role} chat", "G'day {n},\n\nGood yarn on Tuesday and cheers for the paperwork. The footy manager's gone with Viliami, our under-20s trainer these three seasons, as {role}. He signed this morning.\n\nCheers,\n{sig}\n\n{OUT}", ("Ipswich Stingrays Rugby League", "Lae Bulolo Hornbills RLFC"), ("ipswichstingrays", "laebulolohornbills"), role=("Strength Coach", "Conditioning Coach"), tz=("qld", "pg"))
mr("th-shipyard", "RE: [EXT] Re: {role} – site visit", "Hi {n},\n\nCheers for walking the hull shop with us, and for the ticket scan. The yard manager offered the {role} post to Gregor from the pipe shop, he's taken it, and the vacancy is closed.\n\nRegards,\n{sig}\n\n{RULE}", ("Scotstoun Fabrication Yard", "Tuas Marine Engineering"), ("scotstounfab", "tuasmarine"), role=("Welding Inspector", "Outfitting Supervisor"), tz=("sc", "sg"))
mr("th-library", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nGrateful for the interview and the storytime demo. The library board voted last night: the {role} position goes to Ms Delacroix, who has driven our bookmobile route for two years.\n\nWith appreciation,\n{sig}\n\n{ORIG}", ("Tamarack County Library System", "Buckhorn Lakes Public Library"), ("tamaracklibrary", "buckhornlibrary"), role=("Youth Services Librarian", "Outreach Librarian"), tz=("usc", "cae"))
mr("th-radio", "RE: [EXT] Re: {role}", "Hi {n},\n\nCheers again for the audition tape and Monday's chat. The station manager has handed the {role} slot to Thembeka, producer of our breakfast show, and she goes live in a fortnight.\n\nKind regards,\n{sig}\n\n{GM}", ("Wolwekrans Community Radio", "Waitara Access FM"), ("wolwekransradio", "waitaraaccessfm"), role=("Drive-Time Presenter", "Weekend Presenter"), tz=("za", "nz"))
# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application – {role}", "Dear {n},\n\nAbout {role} at our {x} store: the {x} store team is choosing other applicants.\n\n{sig}, Store Recruitment{FOOT}", ("Birchcombe Garden Furniture", "Birchcombe Garden Furniture"), ("birchcombegarden", "birchcombegarden"), role=("Sales Advisor", "Delivery Driver"), x=("Falkirk", "Ayr"), tz="sc", frm="{co} Recruitment <recruitment@{dom}>")
mr("ft-outdoor", "{role} vacancy", "Hi {n},\n\nRe the {role} role in {x}: {co} won't be interviewing you this round.\n\n{sig}, People Team{FOOT}", ("Dunnart Outdoor & Camping", "Dunnart Outdoor & Camping"), ("dunnartoutdoor", "dunnartoutdoor"), role=("Footwear Fitter", "Tent Hall Assistant"), x=("Toowoomba", "Cairns"), tz="qld", frm="{co} People <people@{dom}>")
mr("ft-music", "Application update", "Hello {n},\n\n{role} at {co} {x}: sorry, you've not been selected.\n\n{sig}{FOOT}", ("Fretline Music Stores", "Fretline Music Stores"), ("fretlinemusic", "fretlinemusic"), role=("Guitar Tech", "Piano Department Assistant"), x=("Leicester", "Swindon"), tz="uk", frm="{co} <jobs@{dom}>")
mr("ft-kitchen", "Your {co} application", "Hi {n},\n\nYour form for {role} in {x} has been looked over, and {co} is passing on it.\n\n{sig}, Talent{FOOT}", ("Copperpot Kitchen & Home", "Copperpot Kitchen & Home"), ("copperpothome", "copperpothome"), role=("Cookware Advisor", "Stockroom Associate"), x=("Cork", "Limerick"), tz="ie", frm="{co} Talent <talent@{dom}>")
# ---- 9 hedged refusals
mr("hd-archaeology", "{role} – {co}", "Hi {n},\n\nCheers for putting in for {role} on the {x} dig. Several applicants had logged a good few more seasons on deep urban stratigraphy, which the project officer felt matched this site better, and she's chosen from among them.\n\nGood trowelling this season,\n{sig}\n{co}", ("Carrick Archaeology Unit", "Darling Downs Heritage Consulting"), ("carrickarchaeology", "darlingdownsheritage"), role=("Site Assistant", "Field Technician"), x=("Trongate", "Warwick"), tz=("sc", "qld"))
mr("hd-hydro", "Hydrographic surveyor role", "Dear {n},\n\nGrateful for your interest in {co}. A strong field; on balance, others brought more multibeam processing hours offshore. The team is taking things forward with them.\n\nBest regards,\n{sig}", ("Fathomline Survey", "Brinefield Hydrographics"), ("fathomlinesurvey", "brinefieldhydro"), tz=("uk", "nz"))
mr("hd-bees", "{role} – our decision", "Hi {n},\n\nGreat to have you at the hives on Saturday. The team's feeling was that two of the others would be up and running with queen rearing a bit quicker, so {role} has gone their way.\n\nWarmly,\n{sig}\n{co}", ("Yarramundi Flat Apiaries", "Tolland Hollow Honey Farm"), ("yarramundiapiaries", "tollandhollowhoney"), role=("Apiary Hand", "Seasonal Beekeeper"), tz=("au", "use"))
mr("hd-piano", "Piano technician apprenticeship", "Dear {n},\n\nYour letter and tuning sample were much appreciated. Others who applied already had bench time on regulation and voicing, and we think they'll suit our rebuild work better just now, so the places are going to them.\n\nYours,\n{sig}\n{co}", ("Hammerrail Piano Workshop", "Cantù Pianoforti Restauro"), ("hammerrailpianos", "cantupianoforti"), tz=("uk", "it"))
mr("hd-dhaka-pharma", "Medical Promotion Officer post", "Dear {n},\n\nThanks for appearing in the viva. Few other candidates have more field exposure with doctors' chambers in Mymensingh region, so management will continue with those ones only.\n\nBest regards,\n{sig}\nHR Department, {co}", "Lalbagh Pharmaceuticals Ltd.", "lalbaghpharma", tz="bd")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-civil", "Following our call – {role}", "Hi {n},\n\nGood to speak this morning. To recap: for {role} the client chose another engineer. I've also got a drainage project engineer contract at {x} starting next month that looks made for you – want the details?\n\n{sig}\n{co}", ("Keystone Civils Recruitment", "Keystone Civils Recruitment"), ("keystonecivils", "keystonecivils"), role=("Site Engineer", "Setting-Out Engineer"), x=("a water utility in Paisley", "a council in Logan"), tz=("sc", "qld"))
mr("rc-payroll", "{role} feedback + something else", "Hi {n},\n\nThanks for bearing with me. Feedback from {x}: {role} has been offered elsewhere – someone who's run multi-country payroll. Better news – their sister company needs an Accounts Payable Lead, hybrid, similar money. Shall I put you forward today?\n\n{sig}\n{co}", ("Ledgerlight Finance Recruitment", "Ledgerlight Finance Recruitment"), ("ledgerlightrec", "ledgerlightrec"), role=("Payroll Accountant", "Payroll Manager"), x=("the logistics client", "the retail group"), tz=("uk", "sg"))
mr("rc-early-years", "Update on {role}", "Hi {n},\n\nFollowing up as promised: the nursery is giving the {role} post to an internal candidate. Their other setting in {x} does want a Room Leader for the toddler room from January, though – fancy a visit?\n\n{sig}\n{co}", ("Little Acorn Education Staffing", "Little Acorn Education Staffing"), ("littleacornstaffing", "littleacornstaffing"), role=("Deputy Manager", "Pre-school Lead"), x=("Bearsden", "Parramatta"), tz=("sc", "au"))
mr("rc-malawi", "Agronomist position – feedback", "Dear {n},\n\nI refer to our phone call of yesterday. Kindly note the client has opted for a different Agronomist candidate. The same client is however recruiting a Farm Manager for their estate in Kasungu, and I believe you fit that profile. Kindly advise if I should forward your CV to the client.\n\nRegards,\n{sig}\n{co}", "Kanengo Talent Partners", "kanengotalent", tz="mw")
# ---- 8 public-sector notices
mr("ps-referral", "Notice of Results – {role}, Announcement {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}: your rating is complete. Rated eligible and qualified, you scored below the band sent to the selecting official; for this announcement, consideration of you ends here.\n\n{co}\nHuman Resources Office", ("Office of Coastal Navigation Aids", "Bureau of Grassland Stewardship"), ("coastalnavaids", "grasslandstewardship"), role=("Program Analyst", "Rangeland Technician"), tz=("use", "usc"), frm="{co} HR <hr-notices@{dom}>")
mr("ps-ineligible", "Your application – {role}", "Dear {n},\n\nThis office has screened your application for {role}. It was declared ineligible: {x}, a requirement in the advertisement, was missing. This office has closed it.\n\nSecretary\n{co}", ("Nyika Region Teaching Service Board", "Huon Coast District Administration"), ("nyikateachingboard", "huoncoastadmin"), role=("Secondary Teacher (Geography)", "Clerical Officer"), x=("your teaching council registration (certified copy)", "a police clearance certificate"), tz=("mw", "pg"))
mr("ps-cancelled", "Vacancy {ref} – {role}: cancelled", "Dear {n},\n\nRef {ref}, {role}: because of {x}, the vacancy is cancelled with no appointee. This recruitment has closed, your application with it.\n\nHR Services\n{co}", ("Cartsdyke Riverside Council", "Department of Inland Waterways, Queensland"), ("cartsdykeriverside", "inlandwaterwaysqld"), role=("Parks Development Officer", "Senior Project Officer"), x=("the council's revised capital programme", "a departmental restructure"), tz=("sc", "qld"))
mr("ps-mark", "Result of {x}", "Dear {n},\n\n{x} results for {role} are out. Your score: {y}. That is under the qualifying mark; the next round will be held without you.\n\n{co}", ("Bangladesh Inland Port Authority", "Comune di Valdirupe"), ("inlandportauthority", "comunevaldirupe"), role=("Assistant Accountant", "Istruttore Amministrativo"), x=("Written examination", "Written test"), y=("38/100 (pass mark 45)", "18/30 (minimum 21/30)"), tz=("bd", "it"))
# ---- 6 bare ATS status updates
mr("ats-hiregannet", "Status update: {role}", "Hi {n},\n\nA status change, logged {ref}.\n\nPosition: {role}\nCompany: {co}\nNow: No longer under consideration\n\nHiregannet – on behalf of {co}", ("Clyde Ropeworks", "Kambaku Haulage"), ("hiregannet", "hiregannet"), role=("Production Planner", "Fleet Controller"), tz=("sc", "za"), frm="Hiregannet <status@{dom}>")
mr("ats-stavewick", "Application {ref}", "<html><body><p>{n},</p><p>Application <b>{ref}</b> for <b>{role}</b> at {co}</p><p>Current stage: <b>Closed – not progressed</b></p><p>Stavewick Candidate Portal</p></body></html>", ("Kimbolton Dairy Co.", "Benoni Tyre Wholesale"), ("stavewick", "stavewick"), role=("Shift Supervisor", "Branch Administrator"), tz=("nz", "za"), frm="Stavewick <portal@{dom}>")
mr("ats-pollardine", "Your application", "{n}, the employer has marked your {role} application at {co} as Unsuccessful.\n\nPollardine Jobs", ("Wynnum Boatyard", "Chipembere Road Joinery"), ("pollardine", "pollardine"), role=("Slipway Hand", "Dispatch Clerk"), tz=("qld", "mw"), frm="Pollardine Jobs <notify@{dom}>")
# ---- 6 internship / graduate decisions
mr("in-met", "{y} summer studentship – decision", "Dear {n},\n\nOur {y} summer studentships in {x} drew a field of real strength; this time we can't place yours.\n\nDo try again for next summer.\n\nStudent Programmes\n{co}", ("Northlight Weather Bureau", "Southern Meteorological Service"), ("northlightweather", "southernmet"), x=("atmospheric modelling", "climate data science"), y=("2026", "2026"), tz=("uk", "nz"))
mr("in-actuarial", "Graduate Actuarial Programme – your application", "Dear {n},\n\nCheers for sitting through our assessment centre for the Graduate Actuarial Programme. Having weighed it up, we'll fill this intake from other candidates.\n\nBest of luck in the CT exams; the effort you brought was noticed.\n\nEarly Careers Team\n{co}", ("Ravensknowe Life Assurance", "Greenpoint Reinsurance"), ("ravensknowelife", "greenpointre"), tz=("uk", "za"))
mr("in-architecture", "Part 1 placement", "Hi {n},\n\nCheers for the portfolio for our Part 1 year-out. A heap of strong ones came in, and this year's places went to other students.\n\nBest of luck finding your year out,\n{sig}\n{co}", ("Saltire Lane Architects", "Petrie Creek Design Studio"), ("saltirelane", "petriecreekdesign"), tz=("sc", "qld"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd-ack", "We've received your application: {role}", "Dear {n},\n\nYour {role} form (REQ-{ref}) is safely with {co}. In your candidate home it says \"Under Review\"; later that label changes – \"Interview\", or else \"Closed – Filled by Another Candidate\", so peek in now and then.\n\nTalent Acquisition", ("Clydeside Ferrous Castings", "Mulanje Estate Tea Growers"), ("clydesideferrous", "mulanjeestatetea"), role=("Foundry Operative", "Estate Storekeeper"), tz=("sc", "mw"), frm="{co} Careers <careers@{dom}>")
mo("application_received", "gh-ack", "Thanks for applying to {co}", "Hi {n},\n\n{role} form: in, and a human on the {co} team reads each. Match: first call. Mismatch: a short note all the same, most often inside three weeks.\n\n{sig}\nRecruiting · {co}", ("Lanternfish Payments", "Brinewood Geodata"), ("lanternfishpay", "brinewoodgeo"), role=("Data Engineer", "Cartographic Analyst"), tz=("usp", "nz"))
mo("application_received", "lv-ack", "{co}: application received", "Hello {n},\n\nYour {role} CV landed fine; we'll go through it over the next fortnight. Forward or not, it then rests a year in the {co} candidate bank – reply DELETEME to stop that.\n\nKind regards,\n{sig}", ("Dhaleshwari Jute Exports", "Markham Valley Cocoa Traders"), ("dhaleshwarijute", "markhamcocoa"), role=("Quality Controller", "Accounts Clerk"), tz=("bd", "pg"))
mo("application_received", "sr-ack", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Received on</td><td>{ref}</td></tr><tr><td>Later shows</td><td>Interview or Not progressed</td></tr></table><p>From {co}, with thanks.</p></body></html>", ("Ravello Ceramics Export", "Lianhua Lighting Components"), ("ravelloceramics", "lianhualighting"), role=("Showroom Assistant", "Purchasing Clerk"), tz=("it", "cn"), frm="{co} <jobs@{dom}>")
mo("application_received", "ic-ack", "Application received: {role} (Job ID {ref})", "{n},\n\n{role}: your form is in. First comes HR's minimum-qualifications screen: forms without {x} close at that gate, with an email to the applicant. Forms clearing it move along to the depot manager.\n\nHuman Resources\n{co}", ("Gin Gin Cane Haulage", "Sulphur Point Stevedores"), ("gingincane", "sulphurpointstevedores"), role=("Tipper Driver", "Straddle Carrier Driver"), x=("an HC licence", "a current forklift certificate"), tz=("qld", "nz"), frm="{co} HR <hr.noreply@{dom}>")
mo("application_received", "tl-ack", "Acknowledgement – requisition {ref}", "Dear {n},\n\nRequisition {ref} ({role}): your form is logged. Budget planning pulls the odd requisition; if this one goes that way, an email reaches every applicant. Otherwise shortlisting lands within a month.\n\nCareers Team", ("Thistle Mutual Assurance", "Kinderhook Insurance Group"), ("thistlemutual", "kinderhookins"), role=("Customer Adviser", "Claims Examiner"), tz=("sc", "use"), frm="{co} Careers <donotreply@{dom}>")
mo("application_received", "wk-ack", "Got your application", "Hi {n}, got your form for the fryer job, ta. We'll text about a Saturday trial if it looks the part. Ten days of silence means the shifts went to somebody else.\n\n{sig}\n{co}", ("Yoker Fish Bar", "Boreen Point Fish Shack"), ("yokerfishbar", "boreenpointfish"), tz=("sc", "qld"))
mo("application_received", "bh-ack", "Application for {role}", "Hello {n},\n\n{role}: form received. Casual staff here have first call on extra hours – should they take them all, the post lapses and you'll be told. Whichever way, we hold your details half a year.\n\n{sig}\n{co}", ("Zomba Plateau Guesthouse", "Glebe Point Bookbinders"), ("zombaplateau", "glebepointbind"), role=("Night Porter", "Finishing Assistant"), tz=("mw", "au"))
mo("application_received", "tt-ack", "Confirmation of your candidacy", "Dear {n},\n\nwe confirm that your candidacy for {role} arrived. Our office will evaluate it in the coming weeks. Also in case of negative outcome a communication will arrive from us, so no waiting in the dark.\n\nCordial greetings,\n{sig}\n{co}", ("Oleificio Valdichiana", "Cantina Colli Berici"), ("oleificiovaldichiana", "cantinacolliberici"), role=("Mill Operator", "Wine Shop Assistant"), tz="it")
mo("application_received", "pp-ack", "Thank you for applying – {role}", "Dear {n},\n\n{role}: your form is here. Panel members score forms on the person specification; anyone over the line is interviewed. Under it, an email follows the panel's sitting.\n\nRecruitment\n{co}", ("Leverndale Housing Co-operative", "Mdloti Estuary Trust"), ("leverndalehousing", "mdlotiestuary"), role=("Repairs Coordinator", "Education Officer"), tz=("sc", "za"))
mo("application_received", "jz-ack", "Application received – {role}", "Hi {n},\n\nGot your {role} form. Fair warning: the post depends on a client renewing next month. No renewal, and the ad comes down with an email to everyone; renewal, and interviews start right after.\n\n{sig} | {co}", ("Tamarisk Window Washing", "Kilbirnie Event Marquees"), ("tamariskwindow", "kilbirniemarquees"), role=("High-Rise Technician", "Yard Hand"), tz=("usc", "nz"))
mo("application_received", "ab-ack", "{co} · application received", "Hi {n},\n\nYour {role} form is in. Should the team want more, a 30-minute recruiter call comes next. Yes or no, a person (no bot) answers within 14 days – ghosting isn't our thing.\n\nBest,\n{sig}\nTalent, {co}", ("Girderline Labs", "Sablefish Compute"), ("girderlinelabs", "sablefishcompute"), role=("Security Engineer", "Developer Advocate"), tz=("cae", "sg"))
mo("application_received", "crew-ack", "Picking crew – you're on the list", "Hi {n}, we've pencilled you onto the picking crew list. Returning pickers get first go. No ring from us by the start of the season means the crew filled up without you.\n\n{sig}\n{co}", ("Euri Creek Mangoes", "Thyolo Macadamia Estate"), ("euricreekmangoes", "thyolomacadamia"), tz=("qld", "mw"))
mo("application_received", "ps-ack", "Application received – {role}, announcement {ref}", "Dear {n},\n\n{role}: application logged. After closing day we rate eligible applicants, and the top band is referred on for selection. Your Notice of Results then shows one of three outcomes – ineligible; eligible, unreferred; referred.\n\nStaffing Office\n{co}", ("Office of Coastal Navigation Aids", "Bureau of Grassland Stewardship"), ("coastalnavaids", "grasslandstewardship"), role=("Budget Analyst", "Soil Conservationist"), tz=("use", "usc"), frm="{co} HR <hr-notices@{dom}>")
mo("application_received", "psi-ack", "Acknowledgement of application – {role}", "Dear {n},\n\nReceipt is acknowledged of your {role} application, which this office logged this week. Any application lacking a document listed in the advertisement gets declared ineligible. Those shortlisted hear from this office; two silent months should be read as a non-selection.\n\nSecretary\n{co}", ("Nyika Region Teaching Service Board", "Huon Coast District Administration"), ("nyikateachingboard", "huoncoastadmin"), role=("Primary Teacher", "Finance Officer"), tz=("mw", "pg"))
mo("application_received", "ft-ack", "Your form reached us", "Hi {n},\n\nForm in for {role}, {x} store. The store manager reads it this week – a yes gets an interview text, a no gets an email.\n\n{sig}{FOOT}", ("Birchcombe Garden Furniture", "Dunnart Outdoor & Camping"), ("birchcombegarden", "dunnartoutdoor"), role=("Weekend Sales Assistant", "Bike Workshop Assistant"), x=("Dundee", "Mackay"), tz=("sc", "qld"), frm="{co} Recruitment <recruitment@{dom}>")
mo("application_received", "rc-ack", "Thanks for registering with {co}", "Hi {n},\n\nCV received, cheers. I'll line you up against live roles and always ask before your details go to a client. Should a client pass, I'll ring and say so straight – no vanishing act.\n\n{sig}\n{co}", ("Keystone Civils Recruitment", "Ledgerlight Finance Recruitment"), ("keystonecivils", "ledgerlightrec"), tz=("sc", "uk"))
mo("application_received", "hiregannet-ack", "Application submitted: {role}", "Hi {n},\n\nSubmitted.\n\nPosition: {role}\nCompany: {co}\nStatus: Submitted\nPossible moves from here: No longer under consideration · In review · Interviewing · Offer\n\nHiregannet", ("Clyde Ropeworks", "Kambaku Haulage"), ("hiregannet", "hiregannet"), role=("Maintenance Fitter", "Workshop Foreman"), tz=("sc", "za"), frm="Hiregannet <status@{dom}>")
mo("application_received", "in-ack", "Your summer studentship application", "Dear {n},\n\nYour summer studentship form reached {co}. Every applicant, placed or unplaced, hears the outcome before April. Hold back further documents until we ask for them.\n\nStudent Programmes\n{co}", ("Northlight Weather Bureau", "Southern Meteorological Service"), ("northlightweather", "southernmet"), tz=("uk", "nz"))
mo("application_received", "glasgow-ack", "yer application", "Awright {n}, got yer form for the mechanic job. The boss'll look at them aw on Monday. If ye hear nowt fae us by Friday week, it'll be cause someone else got it, but we'll keep yer name for the summer rush.\n\n{sig}\n{co}", ("Shawlands Pedal Co-op", "Dennistoun Cycle Works"), ("shawlandspedal", "dennistouncycle"), tz="sc")
mo("application_received", "dhaka-ack", "Acknowledgement of CV", "Dear {n},\n\nGreetings! Your CV for the {role} vacancy has reached us. Please note only shortlisted ones are called for written test. Without any call in 15 days, kindly consider your candidature is not taken forward this time.\n\nBest regards,\n{sig}\nHR & Admin, {co}", ("Tejgaon Knit Sourcing House", "Lalbagh Pharmaceuticals Ltd."), ("tejgaonknit", "lalbaghpharma"), role=("Assistant Merchandiser", "Territory Officer"), tz="bd")
mo("application_received", "png-ack", "Application received", "Apinun {n},\n\nTenkyu for your application for {role}. We check all of them after closing date and we only ring the shortlisted ones. If nobody calls you, please know the position has been filled.\n\n{sig}\n{co}", ("Huon Gulf Trade Stores", "Lae Bulolo Hornbills RLFC"), ("huongulfstores", "laebulolohornbills"), role=("Cashier", "Kit Manager"), tz="pg")
mo("application_received", "cn-ack", "Received your resume", "Dear {n},\n\nThank you for send your resume for the {role} position. Our HR will check it within two weeks. Result is pass or not pass, email will come to you anyway, please pay attention to your mailbox.\n\n{sig}\n{co}", ("Xiping Oolong Packing Co., Ltd.", "Lianhua Lighting Components"), ("xipingoolongpack", "lianhualighting"), role=("Export Sales", "Production Assistant"), tz="cn")
mo("application_received", "qld-ack", "Got your application", "G'day {n},\n\nTa for sending your details through for {role}. We'll have a yarn with a few people next week. Nothing from us by month's end? Reckon we've found someone, but your number stays handy.\n\nCheers,\n{sig}\n{co}", ("Tiaro Rural Supplies", "Wynnum Boatyard"), ("tiarorural", "wynnumboatyard"), role=("Counter Hand", "Antifouling Hand"), tz="qld")
mo("application_received", "malawi-ack", "ACKNOWLEDGEMENT OF APPLICATION", "Dear {n},\n\nYour letter applying for the {role} vacancy is hereby acknowledged. Kindly take note that contact shall be made with shortlisted persons alone. Thirty days of silence from this office should be read as meaning the application did not succeed.\n\nYours faithfully,\n{sig}\nFOR: {co}", ("Nkhata Bay Dried Fish Cooperative", "Kanengo Talent Partners"), ("nkhatabaydriedfish", "kanengotalent"), role=("Accounts Assistant", "Field Supervisor"), tz="mw")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-int", "RE: [EXT] Re: {role} – next step", "Hi {n},\n\nLicence scan arrived, cheers. Our director would like you back on {dl} (half ten) for round two. Unfortunately our lift has conked out again – stairs to the third floor, sorry!\n\nBest,\n{sig}\n\n{OUT}", ("Kelvinhaugh Planetarium", "Scotstoun Fabrication Yard"), ("kelvinhaughdome", "scotstounfab"), role=("Dome Technician", "Planning Engineer"), tz="sc")
mo("interview", "gh-int", "Interview invitation – {role}", "Hi {n},\n\nGood news – {co} wants a pair-programming session with you on {dl}. Grab a slot via your candidate portal. Unfortunately our scheduler only speaks UTC; convert carefully.\n\n{sig}\nRecruiting · {co}", ("Lanternfish Payments", "Brinewood Geodata"), ("lanternfishpay", "brinewoodgeo"), role=("Backend Engineer", "GIS Developer"), tz=("usp", "nz"))
mo("interview", "ic-int", "Interview: {role}", "{n},\n\nYou clear the minimum qualifications for {role}, and the depot manager wants to interview you on {dl}. The visitor yard, sadly, is being resealed – street parking only, then sign in at the gatehouse.\n\nHuman Resources\n{co}", ("Gin Gin Cane Haulage", "Sulphur Point Stevedores"), ("gingincane", "sulphurpointstevedores"), role=("Haulout Driver", "Lashing Gang Hand"), tz=("qld", "nz"))
mo("interview", "bh-int", "Interview for {role}", "Hello {n},\n\nCould you come in about {role} on {dl} at 2pm? Unfortunately the kitchen is mid-refit, so it'll be tea from a flask – apologies in advance!\n\n{sig}\n{co}", ("Zomba Plateau Guesthouse", "Glebe Point Bookbinders"), ("zombaplateau", "glebepointbind"), role=("Front Desk Assistant", "Bindery Assistant"), tz=("mw", "au"))
mo("interview", "pp-int", "Invitation to interview – {role}", "Dear {n},\n\nCongratulations – you're on the {role} shortlist. Interviews run on {dl}; tell us which hour suits. Regrettably the office has no accessible parking, so say if we should book a nearby space.\n\nRecruitment\n{co}", ("Leverndale Housing Co-operative", "Mdloti Estuary Trust"), ("leverndalehousing", "mdlotiestuary"), role=("Tenancy Officer", "Field Ranger"), tz=("sc", "za"))
mo("interview", "ab-int", "{co} · next round", "Hi {n},\n\nThe team enjoyed your first call. Up next: systems design on {dl}. Bad news first – our video tool refuses phones, so use a laptop. Good news – it's the last round before references.\n\n{sig}\nTalent, {co}", ("Girderline Labs", "Sablefish Compute"), ("girderlinelabs", "sablefishcompute"), tz=("cae", "sg"))
mo("interview", "dhaka-int", "Interview call for {role}", "Dear {n},\n\nYou are shortlisted for interview for the post of {role}. Please come on {dl} at 11am with all original certificates. Unfortunately our lift is under maintenance, kindly use the stairs to the 6th floor.\n\nBest regards,\n{sig}\n{co}", ("Tejgaon Knit Sourcing House", "Lalbagh Pharmaceuticals Ltd."), ("tejgaonknit", "lalbaghpharma"), role=("Merchandiser", "Medical Promotion Officer"), tz="bd")
mo("interview", "png-int", "Interview for {role}", "Apinun {n},\n\nPlease come for interview for {role} on {dl}, 9 in the morning, at our office. Sorry, the market road is muddy from the rain, so leave early. Bring your ID and reference letter.\n\n{sig}\n{co}", ("Huon Gulf Trade Stores", "Sepik Solar Power"), ("huongulfstores", "sepiksolar"), role=("Store Supervisor", "Site Technician"), tz="pg")
mo("next_steps", "wd-nxt", "Action needed: assessment for {role}", "Dear {n},\n\n{role} is moving: please finish the online aptitude test by {dl} (midnight). Unfortunately the timer runs on once started, so set aside 45 quiet minutes.\n\nTalent Acquisition\n{co}", ("Clydeside Ferrous Castings", "Mulanje Estate Tea Growers"), ("clydesideferrous", "mulanjeestatetea"), role=("Pattern Shop Trainee", "Field Clerk"), tz=("sc", "mw"), frm="{co} Careers <careers@{dom}>")
mo("next_steps", "tl-nxt", "Documents required – requisition {ref}", "Dear {n},\n\n{role} has reached pre-employment checks. Upload proof of identity and your two latest payslips by {dl}. Sadly, skewed phone photos of documents bounce – flat scans only.\n\nCareers Team", ("Thistle Mutual Assurance", "Kinderhook Insurance Group"), ("thistlemutual", "kinderhookins"), role=("Claims Handler", "Underwriting Assistant"), tz=("sc", "use"), frm="{co} Careers <donotreply@{dom}>")
mo("next_steps", "hd-nxt", "Next step – practical task", "Hi {n},\n\nBefore interviews, everyone is doing a short practical task (attached); return it by {dl}. Unfortunately there's no fee for it, which is why we cap it at two hours or so.\n\n{sig}\n{co}", ("Fathomline Survey", "Carrick Archaeology Unit"), ("fathomlinesurvey", "carrickarchaeology"), tz=("uk", "sc"))
mo("next_steps", "ps-nxt", "Additional documents needed – {role}", "Dear {n},\n\nFor the assessment of your {role} application to be completed, certified copies of your academic certificates must be with this office no later than {dl}. Regrettably, uncertified photocopies are refused.\n\nSecretary\n{co}", ("Nyika Region Teaching Service Board", "Huon Coast District Administration"), ("nyikateachingboard", "huoncoastadmin"), role=("Secondary Teacher", "Clerical Officer"), tz=("mw", "pg"))
mo("next_steps", "in-nxt", "Graduate Actuarial Programme – assessment centre", "Dear {n},\n\nWell done – our assessment centre on {dl} has your name on a seat. Confirm, and send your exam transcripts ahead. Unfortunately travel for this stage isn't refunded.\n\nEarly Careers Team\n{co}", ("Ravensknowe Life Assurance", "Greenpoint Reinsurance"), ("ravensknowelife", "greenpointre"), tz=("uk", "za"))
mo("next_steps", "rc-nxt", "Referee details needed", "Hi {n},\n\nGreat news – offer stage beckons for {role}. Two referees by {dl} to me, please. Sorry, family and close mates are off limits – client rule.\n\n{sig}\n{co}", ("Keystone Civils Recruitment", "Little Acorn Education Staffing"), ("keystonecivils", "littleacornstaffing"), role=("Site Engineer", "Room Leader"), tz=("sc", "au"))
mo("offer", "th-off", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nLicence scan received. Delighted to say the director is offering you the {role} post! Written terms follow this week; an answer by {dl} would be grand. Sadly staff parking is full till spring.\n\nWarm wishes,\n{sig}\n\n{GM}", ("Ramna University Press", "Tamarack County Library System"), ("ramnapress", "tamaracklibrary"), role=("Production Editor", "Outreach Librarian"), tz=("bd", "usc"))
mo("offer", "sr-off", "Offer of employment – {role}", "Dear {n},\n\n{co} would like you as its new {role}. The letter attached wants your signature and return by {dl}. Uniforms are back-ordered, unfortunately; dark trousers and a plain shirt will do for the first weeks.\n\nHR Office", ("Ravello Ceramics Export", "Lianhua Lighting Components"), ("ravelloceramics", "lianhualighting"), role=("Export Sales Assistant", "QA Inspector"), tz=("it", "cn"))
mo("offer", "crew-off", "Picking crew – you're in", "Hi {n}, good news, a spot opened on the picking crew and it's yours. Day one is {dl}, 6am at the packing shed. Unfortunately the crew bus is chockers – you'll need a lift or a ute out to the block.\n\n{sig}\n{co}", ("Euri Creek Mangoes", "Thyolo Macadamia Estate"), ("euricreekmangoes", "thyolomacadamia"), tz=("qld", "mw"))
mo("offer", "qld-off", "Job's yours", "G'day {n},\n\nGood news – it's your job if you'll have it. Start {dl}, 6am at the front gate. Bad news is the smoko room air-con is cactus, so bring a cold water bottle.\n\nCheers,\n{sig}\n{co}", "Tiaro Rural Supplies", "tiarorural", tz="qld")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ats-withdrawn", "Status update: {role}", "Hi {n},\n\nA status change, logged {ref}.\n\nPosition: {role}\nCompany: {co}\nNow: Withdrawn by candidate\n\nWasn't you? Reply here.\n\nHiregannet", ("Clyde Ropeworks", "Kambaku Haulage"), ("hiregannet", "hiregannet"), role=("Rope Splicer", "Depot Clerk"), tz=("sc", "za"), frm="Hiregannet <status@{dom}>")
mo("other_job", "ats-hold", "Application {ref}", "<html><body><p>{n},</p><p>Application <b>{ref}</b> for <b>{role}</b> at {co}</p><p>Current stage: <b>Paused – hiring resumes next financial year</b></p><p>Stavewick Candidate Portal</p></body></html>", ("Kimbolton Dairy Co.", "Benoni Tyre Wholesale"), ("stavewick", "stavewick"), role=("Herd Manager", "Sales Rep"), tz=("nz", "za"), frm="Stavewick <portal@{dom}>")
mo("other_job", "png-moved", "Interview date changed", "Apinun {n},\n\nWe must shift your interview off the Independence Day Monday. New date is {dl}, same time and place. Sorry for the change.\n\n{sig}\n{co}", "Huon Gulf Trade Stores", "huongulfstores", tz="pg")
mo("job_alert", "ft-alert", "New jobs near you at {co}", "Hi {n},\n\nYour saved alert turned up three this week: Sales Advisor (weekends), Delivery Driver (full time), Yard Assistant (seasonal). Sadly vacancies can't be held – apply early.\n\n{sig}{FOOT}", ("Birchcombe Garden Furniture", "Birchcombe Garden Furniture", "Birchcombe Garden Furniture"), ("birchcombegarden", "birchcombegarden", "birchcombegarden"), tz="sc", frm="{co} Jobs <jobs@{dom}>")
mo("recruiter_outreach", "rc-out1", "Project engineer – marine works", "Hi {n},\n\nSaw your profile – you'd fit a project engineer role on a harbour wall job near Gladstone. Twelve-month contract, FIFO possible. Worth a chat this week?\n\n{sig}\n{co}", "Keystone Civils Recruitment", "keystonecivils", tz="qld")
mo("recruiter_outreach", "rc-out2", "Finance systems role", "Hello {n},\n\nI'm recruiting a finance systems analyst for a Glasgow distiller moving to a new ERP, and your payroll background looks a fit. Open to a quick call?\n\n{sig}\n{co}", "Ledgerlight Finance Recruitment", "ledgerlightrec", tz="sc")
mo("non_job_rejection_words", "flat", "{x} – viewing outcome", "Hi {n},\n\nCheers for traipsing round the {x} flat. Unfortunately the landlord went with a rival offer, so the tenancy's gone elsewhere. Another one like it is due on our books soon.\n\n{sig}\n{co}", ("Tradeston Lettings", "Tradeston Lettings"), ("tradestonlets", "tradestonlets"), x=("Great Western Road", "Dumbarton Road"), tz="sc")
mo("non_job_rejection_words", "ballot", "{x} ballot result", "Dear {n},\n\nThe {x} ballot is drawn and, sorry, your entry wasn't pulled this year. The entry fee is back on your card.\n\n{co}", ("Kelvin Way Half Marathon", "Tewantin Triathlon Festival"), ("kelvinwayhalf", "tewantintrifest"), x=("half marathon", "sprint triathlon"), tz=("sc", "qld"), frm="{co} <entries@{dom}>")
mo("non_job_rejection_words", "grant", "Community grant application", "Dear {n},\n\nRe your request for a grant towards new nets for the under-12s netball team: regrettably the panel found no money for it this round, as requests far exceeded the budget.\n\n{sig}\n{co}", "Chileka Youth Sports Fund", "chilekasportsfund", tz="mw")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    """The sender line of a mail relayed through one of the Sprocketmoor channels."""
    return "{sig} at {co} (via Sprocketmoor" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """A wide English refusal and, if given, its twin under the same sender and channel."""
    tail = f"\n\n[Sprocketmoor{ch} · {trade}]"
    full = f"{dom}.sprocketmoor{ch.lower()}"
    wr(fam, rej[0], rej[1] + tail, co, full, frm=via(ch), tz=tz)
    if twin is not None:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, full, frm=via(ch), tz=tz)


pair("busby", "Vega", "busbyblocking", "Knightsbridge Barracks Hatters", "kbbhatters", "uk",
     ("Busby blocker vacancy", "Dear {n},\n\nRe training as a busby blocker: the place goes to a hatter who has already steamed and shaped felt for ceremonial caps. The post is theirs, and your application ends there.\n\nRegards,\n{sig}"),
     ("application_received", "Busby blocker application", "Dear {n},\n\nYour letter about training as a busby blocker is on my bench. Our choice is made by month's end; whatever it is, expect a letter in my own hand.\n\n{sig}"))
pair("shako", "Altair", "shakoplating", "Fort Henry Regimental Replicas", "forthenryreplicas", "cae",
     ("Shako plate finisher", "Hi {n},\n\nCheers for the photos of your plating. The finisher's bench goes to someone with more nickel and brass electroplating behind them, and that closes your file.\n\nBest,\n{sig}"),
     ("interview", "Shako plate finisher – come in?", "Hi {n},\n\nFancy a bench test on {dl} at 9? Unfortunately the tank room still has no heat, so dress warm.\n\nBest,\n{sig}"))
pair("tricorne", "Deneb", "tricornestitching", "Williamsburg Road Hat Company", "wmbgroadhats", "use",
     ("Tricorne stitcher", "Hi {n},\n\nAppreciate your interest in stitching tricornes for our reenactment folks. After the hand-sewing test another applicant got the nod, and we're wrapping things up with you here.\n\n{sig}"),
     ("next_steps", "Tricorne stitcher – sample", "Hi {n},\n\nBefore we choose, mail us a bound brim-edge sample by {dl}. Sadly samples stay with us – keep your best piece at home.\n\n{sig}"))
pair("jabot", "Rigel", "jabotlacing", "Four Courts Legal Outfitters", "fourcourtsoutfitters", "ie",
     ("Jabot maker", "Hi {n},\n\nThanks for wanting to make lace jabots and bands for the Bar. A maker who already supplies two circuits has the job now, which finishes things on your application.\n\nAll the best,\n{sig}"),
     ("offer", "Jabot maker – offer", "Hi {n},\n\nOur jabot maker's post is yours – confirm by {dl}? Unfortunately the workroom kettle has given up the ghost – flasks for now.\n\n{sig}"))
pair("doublet", "Sirius", "doubletquilting", "Southwark Stage Costume Workrooms", "southwarkcostume", "uk",
     ("Doublet quilter", "Dear {n},\n\nAbout quilting doublets for our history plays: the post went to a stitcher with more padded-bodice work, and your application stops.\n\nKind regards,\n{sig}"),
     ("application_received", "Doublet quilter – received", "Dear {n},\n\nYour doublet-quilting letter has arrived. Shortlisted or passed over, you'll hear from me, so save yourself the chasing.\n\n{sig}"))
pair("mantilla", "Arcturus", "mantillaedging", "Noe Valley Lace & Veil", "noevalleylace", "usp",
     ("Mantilla edging", "Hi {n},\n\nAppreciate your note about hand-finishing mantilla edges. We chose someone who's done scalloped Chantilly edging before, and the role is filled.\n\nWarmly,\n{sig}"),
     ("interview", "Mantilla edging – meet us", "Hi {n},\n\nCan you visit the studio on {dl} at 11? Unfortunately street parking vanishes after ten, so arrive early or hop on the bus.\n\n{sig}"))
pair("fascinator", "Spica", "fascinatorwiring", "Moonee Lane Millinery", "mooneelanemillinery", "au",
     ("Fascinator wirer", "Hi {n},\n\nCheers for your interest in wiring fascinators for the spring carnival rush. A milliner with years of sinamay and feather work has the job, so this round it's a no.\n\nCheers,\n{sig}"),
     ("next_steps", "Fascinator wirer – trial piece", "Hi {n},\n\nOne trial base to the attached brief, dropped in by {dl}, please. Sorry, trial materials are on you.\n\nCheers,\n{sig}"))
pair("cassock", "Antares", "cassocktailoring", "Candleriggs Clerical Tailors", "candleriggsclerical", "sc",
     ("Cassock tailor", "Dear {n},\n\nOur cassock tailor vacancy went to a cutter with long clerical experience; your application ends there.\n\nYours sincerely,\n{sig}"),
     ("offer", "Cassock tailor – offer", "Dear {n},\n\nYou are offered the cassock tailor post; please reply by {dl}. Regrettably, stairs are the only way up to the cutting room.\n\nYours sincerely,\n{sig}"))
pair("chasuble", "Pollux", "chasubleembroidering", "Ricami Sacri Bergamo", "ricamisacri", "it",
     ("Chasuble embroiderer", "Dear {n},\n\nwe are grateful for the candidature as chasuble embroiderer. For this period our preference went to a person already expert in gold thread work, so your candidature will not continue.\n\nBest greetings,\n{sig}"),
     ("application_received", "Chasuble embroiderer – reception", "Dear {n},\n\nyour candidature is arrived to us. Positive or negative, the result will be written to you within the month.\n\nBest greetings,\n{sig}"))
pair("mitre", "Regulus", "mitrebeading", "Mtunzini Vestment Beadworks", "mtunzinibeadworks", "za",
     ("Mitre beader", "Hi {n}\n\nCheers for wanting to bead mitres and stoles. A beader who has done church orders before has been taken on, so there's no appointment for you this round.\n\nRegards,\n{sig}"),
     ("interview", "Mitre beader – interview", "Hi {n}\n\nPop in for a chat and a short beading test on {dl} at 10. Unfortunately load-shedding could hit that morning – bring a good lamp if you own one.\n\n{sig}"))
pair("cameo", "Aldebaran", "cameocutting", "Paua Coast Cameo Studio", "pauacoastcameo", "nz",
     ("Cameo cutter", "Kia ora {n},\n\nCheers for wanting to cut shell cameos with us. A carver who's worked paua and conch for a good while now has the role; with thanks, that closes your application.\n\nNgā mihi,\n{sig}"),
     ("next_steps", "Cameo cutter – portfolio", "Kia ora {n},\n\nPhotos of three finished carvings by {dl}, please. Sorry, anything over 10 MB bounces off our inbox.\n\n{sig}"))
pair("gauntlet", "Procyon", "gauntletsewing", "Pentland Saddle & Glove", "pentlandglove", "qld",
     ("Gauntlet sewer", "G'day {n},\n\nTa for your go at the gauntlet sewing job. A sewer who's run a walking-foot machine on heavy hide got it, so this time it's gone elsewhere.\n\nCheers,\n{sig}"),
     ("application_received", "Gauntlet sewer", "G'day {n},\n\nGot your form for the gauntlet sewing. I'll ring by Friday week either way.\n\n{sig}"))
pair("chalice", "Canopus", "chalicegilding", "Callan Altar Plate Restorers", "callanaltarplate", "ie",
     ("Chalice gilder", "Dear {n},\n\nThe gilder's post has gone to a craftsperson with more fire-gilding and burnishing behind them; we're closing your application.\n\nKind regards,\n{sig}"),
     ("interview", "Chalice gilder – visit", "Dear {n},\n\nWould {dl} at 2pm suit for a talk and some burnishing at the workshop? Unfortunately the alarm is being replaced that day, so ring the bell twice.\n\n{sig}"))
pair("lorgnette", "Mira", "lorgnettehinging", "Pasadena Antique Optics", "pasadenaoptics", "usp",
     ("Lorgnette repairer", "Hi {n},\n\nAppreciate your interest in fixing lorgnette hinges and springs. Someone with watchmaking bench hours was hired; your application is closed.\n\nThanks again,\n{sig}"),
     ("offer", "Lorgnette repairer – offer", "Hi {n},\n\nThe repair bench job is yours – confirm by {dl}? Unfortunately our loupe set is stuck on back order, so bring your own the first week.\n\n{sig}"))
pair("rosary", "Polaris", "rosarystringing", "Wahgi Faith Crafts", "wahgifaith", "pg",
     ("Rosary stringer", "Apinun {n},\n\nTenkyu for asking to string rosaries at our shop. The sister chose a woman from the parish who did this work before, so this time the work is given to her.\n\nGod bless,\n{sig}"),
     ("next_steps", "Rosary stringer – sample", "Apinun {n},\n\nPlease bring one rosary you strung to the shop by {dl}. Sorry, the beads are at your own cost.\n\n{sig}"))
pair("corbel", "Bellatrix", "corbelcarving", "Linthouse Stone Conservation", "linthousestone", "sc",
     ("Corbel carver", "Hi {n},\n\nCheers for the carving photos. A mason with more sandstone conservation work has been offered the carver's job, and your application closes here.\n\n{sig}"),
     ("application_received", "Corbel carver – got it", "Hi {n},\n\nForm and photos in. I'll email you after the foreman's look, shortlisted or not.\n\n{sig}"))
pair("spire", "Mizar", "spireleading", "Wessex Spire & Lead", "wessexspire", "uk",
     ("Leadworker (spires)", "Dear {n},\n\nThe leadworker vacancy has gone to someone holding rope-access tickets and heritage lead experience, and the vacancy is closed to further applicants.\n\nRegards,\n{sig}"),
     ("interview", "Leadworker – interview", "Dear {n},\n\nInterview at the yard on {dl}, 8:30. Unfortunately the site cabin lacks a toilet at present; the café next door lets us use theirs.\n\n{sig}"))
pair("transom", "Alcor", "transomglazing", "Tappan Row Leaded Glass", "tappanrowglass", "use",
     ("Transom glazier", "Hi {n},\n\nRe the transom glazier job: someone with more lead came and soldering under their belt was hired, so yours ends here.\n\n{sig}"),
     ("next_steps", "Transom glazier – references", "Hi {n},\n\nTwo work references by {dl}, please. Unfortunately relatives can't be referees.\n\n{sig}"))
pair("plinth", "Electra", "plinthcasting", "Sungei Kadut Bronze & Plinth Works", "sungeikadutbronze", "sg",
     ("Plinth caster", "Hi {n},\n\nThe plinth caster role was offered to someone with more mould-making experience, and this email closes your application.\n\nRegards,\n{sig}"),
     ("offer", "Plinth caster – offer", "Hi {n},\n\nHappy to say the plinth caster role is yours; reply by {dl}. Unfortunately the foundry canteen is shut for renovation until next month.\n\n{sig}"))
pair("wainscot", "Maia", "wainscotgraining", "Rideau Heritage Finishes", "rideaufinishes", "cae",
     ("Wood grainer", "Hi {n},\n\nCheers for the graining samples. We picked a painter who's done oak and walnut graining on heritage wainscoting before, and we'll pass this time.\n\nBest,\n{sig}"),
     ("application_received", "Wood grainer – received", "Hi {n},\n\nSamples arrived safely. We choose next week, and each applicant hears back, good or bad.\n\n{sig}"))
pair("ormolu", "Merope", "ormolumounting", "Chitpur Heritage Furniture Restorers", "chitpurheritagefurn", "in",
     ("Ormolu mounter", "Dear {n},\n\nFor the ormolu mounter post we have selected a candidate having more experience of gilt bronze restoration, hence your candidature is closed from our side.\n\nRegards,\n{sig}"),
     ("interview", "Ormolu mounter – interview", "Dear {n},\n\nInterview is fixed on {dl} at 11am, kindly attend. Unfortunately lift is not working, please use staircase to second floor.\n\nRegards,\n{sig}"))
pair("verdigris", "Achernar", "verdigrispatinating", "Nanzhuang Bronze Patina Workshop", "nanzhuangpatina", "cn",
     ("Patina artisan position", "Dear {n},\n\nThank you for apply the patina artisan position. Our workshop decide to hire other candidate who has more experience of green patina on big sculpture, so this time we cannot hire you.\n\nBest wishes,\n{sig}"),
     ("next_steps", "Patina artisan – test", "Dear {n},\n\nPlease come to do a small patina test before {dl}. Sorry our workshop has no air-condition, please wear light clothes.\n\n{sig}"))
pair("escutcheon", "Fomalhaut", "escutcheonengraving", "Shankhari Bazar Brass Works", "shankharibrass", "bd",
     ("Engraver post", "Dear {n},\n\nRegarding the engraver post, kindly be informed that another candidate having more hand engraving experience on brass fittings is selected. Hope you will understand.\n\nRegards,\n{sig}"),
     ("application_received", "Engraver post – CV received", "Dear {n},\n\nYour CV for engraver post reached. Within 10 days we will inform the result, selected or not.\n\nRegards,\n{sig}"))
pair("finial", "Hadar", "finialspinning", "Chirimba Metal Spinners", "chirimbametalspin", "mw",
     ("Metal spinner vacancy", "Dear {n},\n\nYour Metal Spinner application refers. We wish to advise that the vacancy went to a candidate possessing more lathe experience.\n\nYours faithfully,\n{sig}"),
     ("offer", "Metal spinner – offer of employment", "Dear {n},\n\nThe company hereby offers you the Metal Spinner post. Kindly confirm acceptance by {dl}. Unfortunately staff housing is fully occupied at present.\n\nYours faithfully,\n{sig}"))
pair("bezel", "Shaula", "bezelsetting", "Jeppestown Gem Setters", "jeppestowngems", "za",
     ("Bezel setter", "Hi {n}\n\nThe bezel setter position has gone to a setter with more bench time on rubover settings, and we're marking yours as closed.\n\nKind regards,\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Sprocketmoor weekly: bench and studio jobs", "Hi {n},\n\nThis week on Sprocketmoor: a leadworker near Salisbury, a gem setter in Johannesburg, two costume stitchers in London. Sadly older listings close fast, so apply early.\n\nSprocketmoor Jobs", "Sprocketmoor", "sprocketmoor", frm="Sprocketmoor Jobs <weekly@{dom}>", tz="uk")
wo("non_job_rejection_words", "stall", "Winter makers' fair – stall application", "Dear {n},\n\nThe winter makers' fair drew four times more stall requests than pitches, and sorry, yours wasn't among this year's draws. Sorry – do try again in spring.\n\n{sig}\n{co}", "Greyfriars Makers' Fair", "greyfriarsfair", tz="sc")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (pan 2, guj 2, ltz 2, hye 2, mon 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """A refusal wholly in one language and, if given, its twin under the same sender."""
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-khanjar", "ar", "مشغل نزوى للفضة والخناجر", "nizwasilver", "om",
   ("بخصوص طلبكم لوظيفة صائغ فضة", "السيد/ة {full} المحترم/ة،\n\nالسلام عليكم ورحمة الله،\n\nنشكركم على تقدمكم لوظيفة صائغ فضة في مشغلنا بنزوى. وقد اخترنا صائغًا عمل سنوات طويلة في نقش مقابض الخناجر، ولذلك لن نتمكن من المضي في طلبكم.\n\nمع خالص التقدير،\n{sig}\n{co}"),
   ("application_received", "تأكيد استلام طلبكم", "السيد/ة {full} المحترم/ة،\n\nتسلّمنا طلبكم لوظيفة صائغ فضة. سنراجع الطلبات خلال أسبوعين، وسواء قُبل طلبكم أم لم يُقبل فسنبلغكم بالنتيجة عبر البريد الإلكتروني.\n\nمع التحية،\n{sig}"))
lp("de-loden", "de", "Lodenweberei Stubai Hofer", "lodenstubai", "at",
   ("Ihre Bewerbung als Weber/in", "Grüß Gott {full},\n\ndanke für Ihr Schreiben an die Lodenweberei. Genommen haben wir eine Weberin, die schon jahrelang an mechanischen Webstühlen steht; die Stelle ist damit vergeben, und wir müssen Ihnen leider absagen.\n\nMit freundlichen Grüßen aus dem Stubaital\n{sig}\n{co}"),
   ("interview", "Einladung zum Vorstellungsgespräch", "Grüß Gott {full},\n\nhätten Sie am {dl} um halb elf Zeit für ein Gespräch samt kurzem Probeweben? Leider wird vor der Weberei gerade gebaut – das Auto stellen Sie am besten beim Gemeindeamt ab.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es-alebrijes", "es", "Taller de Alebrijes Tilcajete Vivo", "alebrijesvivo", "mx",
   ("Tu solicitud para el taller", "Hola {n}:\n\nMil gracias por querer pintar alebrijes con nosotros en San Martín Tilcajete. Esta vez nos quedamos con alguien que lleva más años pintando piezas de copal, así que el puesto ya no está disponible para ti.\n\nUn abrazo,\n{sig}\n{co}"),
   ("next_steps", "Muestra de tu trabajo", "Hola {n}:\n\nAntes de decidir, mándanos fotos de tres piezas pintadas por ti antes del {dl}. Lamentablemente, lo que llegue por paquetería se queda en el taller.\n\nSaludos,\n{sig}"))
lp("fr-email", "fr", "Émaillerie des Franches-Montagnes", "emailfranchesmontagnes", "ch",
   ("Votre candidature – émailleur·se de cadrans", "Bonjour {full},\n\nMerci d'avoir postulé comme émailleur·se de cadrans chez nous. Nous engageons une personne qui pratique déjà l'émail grand feu, et le poste n'est donc plus disponible pour vous.\n\nAvec nos meilleures salutations,\n{sig}\n{co}"),
   ("offer", "Offre d'engagement", "Bonjour {full},\n\nBonne nouvelle : le poste d'émailleur·se de cadrans est pour vous, dès le mois prochain. Une réponse d'ici au {dl} nous arrangerait. Malheureusement, la cafétéria de l'atelier reste fermée pour travaux jusqu'au printemps.\n\nMeilleures salutations,\n{sig}"))
lp("hi-chhapai", "hi", "सांगानेर हस्त छपाई उद्योग", "sanganerchhapai", "in",
   ("छापेखाने से जवाब", "नमस्ते {n} जी,\n\nख़त भेजा, बहुत मेहरबानी। दाबू और बगरू की छपाई में पंद्रह बरस से हाथ आज़मा रहे उस्ताद रमज़ान भाई को यह जगह मिल गई है, इसलिए अभी आपको न्योता भेजना मुमकिन नहीं।\n\nसादर,\n{sig}\n{co}"),
   ("application_received", "आपका पत्र पहुँच गया", "नमस्ते {n} जी,\n\nआपकी अर्ज़ी (दाबू कारीगर) हमारे दफ़्तर में मिल गई। चुनाव हो या नहीं, दस रोज़ में ईमेल पर ख़बर दे देंगे।\n\n{sig}"))
lp("it-perle", "it", "Perle Veneziane Fondamenta dei Vetrai", "perlevetrai", "it",
   ("La sua candidatura – perlaia a lume", "Gentile {full},\n\nla ringraziamo per la lettera. Come perlaia a lume abbiamo assunto una persona che da anni lavora la canna di vetro al cannello, e per il momento non abbiamo altri posti in fornace.\n\nCordiali saluti,\n{sig}\n{co}"),
   ("interview", "Invito in fornace", "Gentile {full},\n\nla aspettiamo in fornace il {dl}, ore 10, per due chiacchiere e una breve prova al cannello. Purtroppo quel giorno i vaporetti per Murano saranno ridotti per sciopero: parta con anticipo.\n\nCordiali saluti,\n{sig}"))
lp("ja-kiriko", "ja", "亀戸切子工房", "kameidokiriko", "jp",
   ("選考結果のご連絡（江戸切子職人見習い）", "{full} 様\n\nこのたびは江戸切子職人見習いの募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回はカット加工の経験がより長い方を採用することとなりました。ご希望に沿えず申し訳ございません。\n\n{co}\n{sig}"),
   ("next_steps", "作品写真ご提出のお願い", "{full} 様\n\n選考の次の段階として、これまでに制作されたガラス作品の写真を{dl}までにメールでお送りください。恐れ入りますが、大きなファイルは受信できませんので、一通につき五枚までとしてください。\n\n{co}\n{sig}"))
lp("ko-najeon", "ko", "통영자개공방 윤슬", "tongyeongjagae", "kr",
   ("지원 결과 안내", "{full}님께\n\n나전칠기 견습생 모집에 보내 주신 글 잘 읽었습니다. 고민 끝에 자개 끊음질을 오래 해 온 분과 함께하기로 해서, 이번에는 모시지 못하게 되었습니다.\n\n앞날에 좋은 일이 있기를 바랍니다.\n{sig} 드림\n{co}"),
   ("offer", "채용 제안 드립니다", "{full}님께\n\n반가운 소식 전합니다. 저희 공방 견습생으로 모시고 싶습니다. {dl}까지 수락 여부를 알려 주세요. 아쉽게도 기숙사에 지금은 빈방이 없어 숙소는 직접 구하셔야 합니다.\n\n{sig} 드림"))
lp("pt-renda", "pt", "Cooperativa das Rendeiras do Mucuripe", "rendeirasmucuripe", "br",
   ("Sua candidatura – rendeira", "Olá, {n}!\n\nQue bom que você pensou na nossa cooperativa. Desta vez a vaga de rendeira ficou com uma artesã que faz renda de bilro há muitos anos, e por enquanto não temos outra vaga para você.\n\nUm abraço,\n{sig}\n{co}"),
   ("offer", "Proposta de trabalho", "Olá, {n}!\n\nTemos o prazer de convidar você para entrar na cooperativa como rendeira. Confirme até {dl}, por favor. Infelizmente a sala das almofadas está em reforma, então nas primeiras semanas vamos trabalhar na varanda.\n\nAbraços,\n{sig}"))
lp("ru-finift", "ru", "Мастерская ростовской финифти «Озеро Неро»", "finiftnero", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {n}!\n\nВаше письмо о месте художника-финифтяника мы получили. Мы взяли мастера, который много лет расписывает эмаль, и место уже занято.\n\nВсего доброго,\n{sig}\n{co}"),
   ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\n\nПросим выполнить небольшое тестовое задание — эскиз миниатюры — и прислать его до {dl}. К сожалению, оплатить тестовое задание мы не можем.\n\nС уважением,\n{sig}"))
lp("sw-majahazi", "sw", "Karakana ya Majahazi Shela", "majahazishela", "ke",
   ("Kuhusu maombi yako ya kazi", "Habari {n},\n\nShukrani kwa kutaka kujiunga na karakana yetu ya majahazi hapa Lamu. Tumemchagua fundi mwingine mwenye uzoefu zaidi wa kazi ya mbao za mninga, kwa hivyo nafasi hii si yako safari hii.\n\nKila la heri,\n{sig}\n{co}"),
   ("application_received", "Barua yako imefika", "Habari {n},\n\nOmbi lako la kazi ya fundi majahazi limetufikia salama. Tutapitia maombi yote wiki ijayo, na jibu lolote litakalokuwa, tutakuandikia barua pepe.\n\nAsante,\n{sig}"))
lp("th-khon", "th", "บ้านหัวโขนศาลายา", "huakhonsalaya", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nบ้านหัวโขนศาลายาได้รับใบสมัครช่างทำหัวโขนของคุณแล้ว ครั้งนี้ทางบ้านตัดสินใจรับช่างที่ลงรักปิดทองมานานหลายปี ตำแหน่งช่างจึงไม่ว่างแล้ว ต้องขออภัยด้วยนะคะ\n\nขอแสดงความนับถือ\n{sig}\n{co}"),
   ("offer", "ยินดีต้อนรับเข้าทำงาน", "เรียน คุณ{n}\n\nทางร้านยินดีเสนอตำแหน่งช่างทำหัวโขนให้คุณ กรุณาตอบรับภายในวันที่ {dl} น่าเสียดายที่ตอนนี้ห้องพักพนักงานเต็ม คุณอาจต้องหาที่พักเองในช่วงแรกนะคะ\n\n{sig}"))
lp("tr-lule", "tr", "Odunpazarı Lületaşı Atölyesi", "odunpazarilule", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nLületaşı atölyemizde oymacılık için yazdığınız için çok teşekkürler. Seçimimiz, yıllardır lületaşı işleyen bir ustadan yana oldu; bu sebeple başvurunuza bu kez olumlu yanıt veremiyoruz.\n\nSaygılarımızla,\n{sig}\n{co}"),
   ("interview", "Görüşme daveti", "Sayın {full},\n\nSizi {dl} tarihinde saat 11.00'de atölyemizde görüşmeye ve kısa bir oyma denemesine davet ediyoruz. Maalesef atölyenin önündeki yol kazı nedeniyle kapalı, lütfen arka sokaktan girin.\n\nSaygılarımızla,\n{sig}"))
lp("ur-chiniot", "ur", "چنیوٹ کندہ کاری ورکشاپ", "chiniotkandakari", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nچنیوٹ کے ہمارے کارخانے میں کندہ کاری کا کام سیکھنے کی خواہش ظاہر کرنے پر بہت شکریہ۔ اس مرتبہ شیشم پر برسوں سے نقش بنانے والے ایک کاریگر کو رکھ لیا گیا ہے، لہٰذا اس کام کے لیے کسی اور کو بلا لیا گیا ہے۔\n\nدعاؤں کے ساتھ،\n{sig}\n{co}"),
   ("next_steps", "نمونوں کی تصویریں درکار ہیں", "محترمہ {full}،\n\nبراہِ کرم {dl} تک اپنے ہاتھ کے بنے تین نمونوں کے فوٹو، ساتھ میں قومی شناختی کارڈ کی کاپی، ای میل کر دیجیے۔ معذرت، ڈاک سے آنے والے نمونے ہم لوٹا نہیں پاتے۔\n\nشکریہ،\n{sig}"))
lp("zh-zisha", "zh", "宜兴丁蜀紫泥工作室", "dingshuzini", "cn",
   ("关于您的应聘结果", "{full}，您好：\n\n感谢您应聘我们工作室的紫砂壶制作学徒一职。经过慎重考虑，我们选择了一位拍打成型经验更丰富的候选人，因此这次无法与您合作，敬请谅解。\n\n祝好！\n{sig}\n{co}"),
   ("offer", "录用通知", "{full}，您好：\n\n很高兴通知您，我们决定录用您为紫砂壶制作学徒。请于{dl}前回复是否接受。遗憾的是，工作室宿舍目前已满，前期需要您自行解决住宿。\n\n{sig}\n{co}"))
lp("pan-phulkari", "pan", "ਪਟਿਆਲਾ ਫੁਲਕਾਰੀ ਘਰ", "patialaphulkari", "in",
   ("ਫੁਲਕਾਰੀ ਘਰ ਵੱਲੋਂ ਜਵਾਬ", "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ {n} ਜੀ,\n\nਪਟਿਆਲੇ ਵਾਲੇ ਸਾਡੇ ਫੁਲਕਾਰੀ ਘਰ ਵਿੱਚ ਕੰਮ ਕਰਨ ਦੀ ਇੱਛਾ ਦੱਸਣ ਲਈ ਸ਼ੁਕਰੀਆ। ਇਸ ਵਾਰ ਬਾਗ਼ ਕਢਾਈ ਵਿੱਚ ਵਰ੍ਹਿਆਂ ਦਾ ਤਜਰਬਾ ਰੱਖਣ ਵਾਲੀ ਇੱਕ ਬੀਬੀ ਨੂੰ ਰੱਖ ਲਿਆ ਗਿਆ ਹੈ, ਇਸ ਕਰਕੇ ਇਹ ਕੰਮ ਤੁਹਾਨੂੰ ਨਹੀਂ ਦੇ ਸਕਦੇ।\n\nਸਤਿਕਾਰ ਨਾਲ,\n{sig}\n{co}"),
   ("application_received", "ਤੁਹਾਡੀ ਚਿੱਠੀ ਪਹੁੰਚ ਗਈ", "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ {n} ਜੀ,\n\nਫੁਲਕਾਰੀ ਵਾਲੇ ਕੰਮ ਬਾਰੇ ਤੁਹਾਡੀ ਚਿੱਠੀ ਪਹੁੰਚ ਗਈ। ਗੱਲ ਬਣੇ ਭਾਵੇਂ ਨਾ ਬਣੇ, ਪੰਦਰਾਂ ਦਿਨਾਂ ਅੰਦਰ ਈਮੇਲ ਕਰ ਦਿਆਂਗੇ।\n\n{sig}"))
lp("pan-hockey", "pan", "ਜਲੰਧਰ ਹਾਕੀ ਵਰਕਸ", "jalandharhockey", "in",
   ("ਨੌਕਰੀ ਦੀ ਅਰਜ਼ੀ ਦਾ ਨਤੀਜਾ", "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ {n} ਜੀ,\n\nਹਾਕੀ ਸਟਿੱਕ ਘੜਨ ਵਾਲੇ ਕਾਰੀਗਰ ਦੀ ਨੌਕਰੀ ਵਿੱਚ ਦਿਲਚਸਪੀ ਲਈ ਤੁਹਾਡਾ ਬਹੁਤ ਸ਼ੁਕਰੀਆ। ਪਰ ਇਹ ਥਾਂ ਇੱਕ ਹੋਰ ਕਾਰੀਗਰ ਨੂੰ ਮਿਲ ਗਈ ਹੈ, ਜੋ ਪਹਿਲਾਂ ਸ਼ਹਿਤੂਤ ਦੀ ਲੱਕੜ ਨਾਲ ਕੰਮ ਕਰ ਚੁੱਕਾ ਹੈ।\n\nਸਤਿਕਾਰ ਸਹਿਤ,\n{sig}\n{co}"),
   ("interview", "ਗੱਲਬਾਤ ਲਈ ਬੁਲਾਵਾ", "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ {n} ਜੀ,\n\nਤੁਹਾਨੂੰ {dl} ਨੂੰ ਸਵੇਰੇ 10 ਵਜੇ ਗੱਲਬਾਤ ਲਈ ਸਾਡੀ ਵਰਕਸ਼ਾਪ ਵਿੱਚ ਆਉਣ ਦਾ ਸੱਦਾ ਹੈ। ਅਫ਼ਸੋਸ, ਵਰਕਸ਼ਾਪ ਦੇ ਬਾਹਰ ਪਾਰਕਿੰਗ ਨਹੀਂ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਬੱਸ ਅੱਡੇ ਤੋਂ ਰਿਕਸ਼ਾ ਲੈ ਲਓ।\n\n{sig}"))
lp("guj-bandhani", "guj", "જામનગર બાંધણી ગૃહ", "jamnagarbandhani", "in",
   ("બાંધણી ગૃહ તરફથી જવાબ", "પ્રિય {full},\n\nજામનગરના અમારા બાંધણી ઘરમાં કામ કરવાની ઈચ્છા જણાવવા માટે ધન્યવાદ. આ વખતે ઝીણી બાંધણીમાં વર્ષોનો અનુભવ ધરાવતાં એક બહેનને રાખી લીધાં છે, એટલે આ કામ આપને આપી શકાય એમ નથી.\n\nઆપનો,\n{sig}\n{co}"),
   ("application_received", "અરજી મળી ગઈ છે", "આદરણીય {full},\n\nબાંધણી કારીગરની જગ્યા માટે આપની અરજી અમને મળી ગઈ છે. પસંદગી થાય કે ન થાય, અમે દસ દિવસમાં આપને ઈમેલથી જાણ કરીશું.\n\nઆભાર,\n{sig}"))
lp("guj-patola", "guj", "પાટણ પટોળા વણાટ", "patanpatola", "in",
   ("પસંદગીનું પરિણામ", "નમસ્તે {full},\n\nપાટણના અમારા પટોળા વણાટ એકમમાં તાલીમાર્થી બનવાની આપની ઈચ્છા માટે ધન્યવાદ. આ જગ્યા હવે બીજા ઉમેદવારને સોંપાઈ ગઈ છે, માફ કરશો.\n\nસાદર,\n{sig}\n{co}"),
   ("next_steps", "દસ્તાવેજો મોકલવા વિનંતી", "નમસ્તે {full},\n\nકૃપા કરીને આપનું ઓળખપત્ર અને અગાઉના કામના બે ફોટા {dl} સુધીમાં મોકલી આપશો. દુર્ભાગ્યે, અમે ટપાલથી આવેલા નમૂના પાછા મોકલી શકતા નથી.\n\nઆભાર,\n{sig}"))
lp("ltz-keramik", "ltz", "Nouspelter Keramikatelier", "nouspelterkeramik", "lu",
   ("Är Bewerbung als Keramiker/in", "Moien {n},\n\nMerci, datt Dir Iech bei eisem Atelier zu Nouspelt gemellt hutt. D'Wiel ass op eng Keramikerin gefall, déi scho Joren un der Dréischeif sëtzt, an dofir kënne mir Iech d'Plaz leider net ginn.\n\nMat beschte Gréiss,\n{sig}\n{co}"),
   ("interview", "Invitatioun fir e Gespréich", "Moien {n},\n\nHätt Dir den {dl} um 10 Auer Zäit fir e Gespréich an der Wierkstat? Leider ass de Parkplaz virum Atelier wéinst Bauaarbechte zou; stellt Iech w.e.g. bei d'Kierch.\n\nMat beschte Gréiss,\n{sig}"))
lp("ltz-schrainer", "ltz", "Schräinerei Ettelbréck Weber", "schrainereiettelbreck", "lu",
   ("Äntwert op Är Bewerbung", "Moien {n},\n\nVillmools Merci, datt Dir bei eis an der Schräinerei schaffe wëllt. No laangem Iwwerleeën hu mir en anere Kandidat geholl, deen méi Erfarung mat Massivholz huet. Mir wënschen Iech weiderhin vill Gléck.\n\nMat frëndleche Gréiss,\n{sig}\n{co}"),
   ("next_steps", "Dokumenter nach gebraucht", "Moien {n},\n\nFir den Dossier ofzeschléissen, bräuche mir nach Äre Gesellebréif an zwou Referenzen, spéitstens den {dl}. Leider huele mir keng Handysfotoen un, just gescannten Dokumenter.\n\nMerci,\n{sig}"))
lp("hye-gorg", "hye", "Գյումրու գորգերի արհեստանոց", "gyumrigorg", "am",
   ("Ձեր դիմումի վերաբերյալ", "Հարգելի {full},\n\nՇնորհակալություն մեր գորգագործական արհեստանոցում գործվածքագործի պաշտոնի համար դիմելու համար։ Այս անգամ մենք ընտրել ենք թեկնածուի, ով ավելի մեծ փորձ ունի ձեռքով գործվող գորգերի հետ, ուստի չենք կարող առաջարկել Ձեզ այս պաշտոնը։\n\nՀարգանքով՝\n{sig}\n{co}"),
   ("application_received", "Ձեր դիմումը ստացվել է", "Հարգելի {full},\n\nՄենք ստացել ենք Ձեր դիմումը։ Անկախ արդյունքից՝ երկու շաբաթվա ընթացքում Ձեզ կտեղեկացնենք էլեկտրոնային նամակով։\n\nՇնորհակալություն,\n{sig}"))
lp("hye-duduk", "hye", "Երևանի դուդուկի արհեստանոց", "yerevanduduk", "am",
   ("Պատասխան Ձեր դիմումին", "Հարգելի {full},\n\nՇնորհակալ ենք դուդուկ պատրաստող վարպետի օգնականի պաշտոնի նկատմամբ հետաքրքրության համար։ Ցավոք, պաշտոնն արդեն տրվել է մեկ այլ թեկնածուի, ով ծիրանենու փայտի մշակման փորձ ունի։\n\nԼավագույն մաղթանքներով՝\n{sig}\n{co}"),
   ("interview", "Հրավեր հարցազրույցի", "Հարգելի {full},\n\nՀրավիրում ենք Ձեզ հարցազրույցի {dl}-ին, ժամը 11:00-ին, մեր արհեստանոցում։ Ցավոք, շենքի վերելակը չի աշխատում, խնդրում ենք բարձրանալ աստիճաններով երրորդ հարկ։\n\n{sig}"))
lp("mon-ger", "mon", "Хүрээ гэр урлал", "khureeger", "mn",
   ("Таны өргөдлийн тухай", "Сайн байна уу, {n}?\n\nМанай гэр урлалын цехэд мужааны ажлын байранд өргөдөл гаргасанд баярлалаа. Бид энэ удаад хана, тооно хийх туршлага илүү ихтэй нэр дэвшигчийг сонгосон тул таныг ажилд авах боломжгүй боллоо.\n\nХүндэтгэсэн,\n{sig}\n{co}"),
   ("interview", "Ярилцлагад урих нь", "Сайн байна уу, {n}?\n\nТаныг {dl}-ны өдөр 10 цагт манай цехэд ярилцлагад урьж байна. Харамсалтай нь цехийн зогсоол засвартай байгаа тул автобусаар ирэхийг зөвлөж байна.\n\n{sig}"))
lp("mon-silver", "mon", "Эрдэнэ мөнгөн урлал", "erdenemongon", "mn",
   ("Сонгон шалгаруулалтын хариу", "Сайн байна уу, {n}?\n\nМөнгөн аяга урлах дархны шавийн ажлын байранд сонирхол тавьсанд баярлалаа. Харамсалтай нь энэ ажлын байранд өөр хүнийг сонгосон болно. Танд амжилт хүсье.\n\nХүндэтгэсэн,\n{sig}\n{co}"))


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
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "pan": "{d}/{m}/{y}", "guj": "{d}/{m}/{y}", "hye": "{dd}.{mm}.{y}", "mon": "{y}.{mm}.{dd}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
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
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 132; slice 133, this slice and any later one are skipped by number."""
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
