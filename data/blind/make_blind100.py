# ruff: noqa: E501, S311
"""Write the hundredth sealed blind slice for issue 11 (blind-slice-100.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 98; slice 99 and later never read; our side printed)
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

SEED = 1001001
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-100.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 100
SKIP_FROM = 99  # slice 99 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 11, 27)  # a Friday; a weekend drawn before it moves to Monday 23 November at the latest

RECIPIENTS = [
    "Harriet Oldroyd", "Ndinelao Amupolo", "Aishath Rifa", "Tavita Aumua", "Latoya Brissett",
    "Sanne Kuipers", "Phương Linh Đào", "Wilfred Holdsworth", "Petrus Haufiku", "Hassan Zareer",
    "Leota Sapolu", "Damion Thelwell", "Bram de Haas", "Quang Huy Vũ", "Imogen Fairbairn",
    "Saara Nangolo", "Mariyam Shaheedha", "Fetu Lemalu", "Tamika Plummer", "Ruben Wijnberg",
    "Thảo Vy Ngô", "Connor Heaton", "Josefina Haimbodi", "Ahmed Shiyam", "Sina Matagi",
    "Jermaine Ricketts", "Lotte Vermeulen", "Kieran Dunphy", "Ayodele Fashola", "Nyambura Kariuki",
    "Rhiannon Cutts", "Sipho Mahlangu", "Deepika Menon", "Mackie Oyelaran", "Caitlin Rourke",
]
REGION_SIGNERS = {
    "yk": ["Hollis Ackroyd", "Maude Sugden", "Ellis Thackray"],
    "na": ["Ndapewa Shikongo", "Tjipee Kavari", "Frieda Goagoses"],
    "mv": ["Aminath Shifaza", "Ibrahim Nashid", "Mariyam Zahira"],
    "ws": ["Salote Faamausili", "Iosefa Leiataua", "Mele Tuimavave"],
    "jm": ["Shanice Grant-Whyte", "Devon Lyttle", "Kerry-Ann Bogle"],
    "nl": ["Marieke van Dijkhuizen", "Joost Verbeek", "Femke Hoogland"],
    "vn": ["Nguyễn Thị Lan Anh", "Trần Quốc Bảo", "Lê Thu Hà"],
    "uk": ["Rosalind Pettifer", "Gideon Marsh", "Philippa Orme"],
    "ie": ["Clodagh Brennan", "Fiachra Lynch"],
    "us": ["Lorraine Szabo", "Terrence Whitfield", "Ines Galarza"],
    "ca": ["Yvette Paquin", "Gurpreet Dhillon"],
    "au": ["Shannon Kirwan", "Rory Papadakis"],
    "nz": ["Mereana Tawhai", "Hamish Goldsworthy"],
    "in": ["Lavanya Raghavan", "Kunal Deshpande"],
    "ng": ["Chiamaka Eze", "Babatunde Adeyemi"], "ke": ["Wanjiru Kamau", "Otieno Ouma"],
    "za": ["Thandeka Dlamini", "Riaan Botha"], "sg": ["Lim Hui Min", "Farid Osman"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["منى البلوشي", "سالم الحارثي"], "de": ["Annegret Vollmer", "Wolfram Huber"],
    "es": ["Montserrat Ibáñez", "Gonzalo Pereda"], "fr": ["Maëlle Guérin", "Arnaud Lefebvre"],
    "hi": ["सुनीता अग्रवाल", "विवेक चौहान"], "it": ["Rossella Gatti", "Piergiorgio Sala"],
    "ja": ["中村 由美", "佐藤 誠"], "ko": ["이수진", "한동훈"], "pt": ["Inês Correia", "Margarida Pinto"],
    "ru": ["Ольга Смирнова", "Игорь Белов"], "sw": ["Neema Mwakilema", "Juma Salim"],
    "th": ["สุภาพร ศรีสุข", "อรุณี ทองดี"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["شازیہ ملک", "عمران چوہدری"], "zh": ["林美玲", "张国栋"],
    "srp": ["Vesna Marković", "Miloš Đorđević"], "fas": ["مریم رضایی", "بهرام کریمی"],
    "est": ["Triin Kuusk", "Andres Lepp"], "isl": ["Hildur Magnúsdóttir", "Einar Gunnarsson"],
    "lit": ["Jurgita Žukauskienė", "Darius Stankevičius"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الشامسي", "أمل الكندي"], "de": ["Franziska Lorenz", "Jonas Kessler"],
    "es": ["Ainhoa Ruiz", "Sergio Navas"], "fr": ["Océane Roux", "Hugo Perrin"],
    "hi": ["अनन्या सक्सेना", "रोहित पांडे"], "it": ["Elisa Moretti", "Andrea Colombo"],
    "ja": ["高橋 美咲", "伊藤 大輝"], "ko": ["최유나", "강민호"], "pt": ["Beatriz Sousa", "Tiago Ribeiro"],
    "ru": ["Анна Волкова", "Сергей Зайцев"], "sw": ["Halima Bakari", "Yusufu Mrisho"],
    "th": ["พิมพ์ชนก แก้วประเสริฐ", "ภูริวัฒน์ ชมภูนุช"], "tr": ["Selin Arslan", "Kaan Öztürk"],
    "ur": ["سمیرا نواز", "حنا رشید"], "zh": ["黄雅婷", "吴俊杰"],
    "srp": ["Ana Ilić", "Stefan Pavlović"], "fas": ["الهام موسوی", "ندا جعفری"],
    "est": ["Kertu Ilves", "Siim Rebane"], "isl": ["Katrín Ragnarsdóttir", "Hrafn Stefánsson"],
    "lit": ["Agnė Paulauskaitė", "Lukas Vasiliauskas"],
}
GIVEN = {
    "Phương Linh Đào": "Phương Linh", "Thảo Vy Ngô": "Thảo Vy", "Quang Huy Vũ": "Huy",
    "Nguyễn Thị Lan Anh": "Lan Anh", "Trần Quốc Bảo": "Bảo", "Lê Thu Hà": "Hà", "Lim Hui Min": "Hui Min",
}
PROVIDERS = ["sloepost", "heronbox", "cobmail", "quinpost", "ferlybox", "dunlinmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "yk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "ee": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "jm": ("-0500", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "na": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ir": ("+0330", None, ""), "om": ("+0400", None, ""), "pk": ("+0500", None, ""), "mv": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "ws": ("+1300", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind100-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, cheers for Wednesday and the brew. Hygiene card scan attached; Mr Pretorius (referee) picks up before nine.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
WD = (("Forcing Shed Growers", "Swakopmund Tyre Depot"), ("forcingshed", "swakoptyre"))
mr("wd-filled", "Update on requisition R-{ref} – {role}", "Dear {n},\n\nRequisition R-{ref} ({role}) at {co} is now closed: the post went to an existing colleague, through internal mobility.\n\nYour candidate profile stays active, so later postings can be applied for with the same login.\n\nTalent Acquisition\n{co}", *WD, frm="{co} Careers <careers@{dom}>", role=("Packhouse Team Leader", "Depot Stock Clerk"), tz=("yk", "na"))
GH = (("Hulhumale Seaplane Handling", "Lucea Rum Works"), ("hulhuseaplane", "lucearum"))
mr("gh-finalist", "{co} – your {role} application", "Hi {n},\n\nYou gave us plenty of hours across the {role} process, thank you. A finalist with longer hands-on time in a comparable setup got our offer and has accepted.\n\nDo apply to future openings on the board.\n\nWarmly,\n{sig}\nPeople Team, {co}", *GH, role=("Ramp Coordinator", "Bottling Line Supervisor"), tz=("mv", "jm"))
LV = (("Haarlem Kite Atelier", "Danang Cashew Roasters"), ("haarlemkite", "danangcashew"))
mr("lv-pool", "Your application to {co}", "Hello {n},\n\nWe read your {role} application closely; others go forward.\n\nWith your permission we hold your profile for twelve months and may write if a closer match turns up. Reply ERASE and it is deleted within five working days.\n\nRegards,\n{sig}, {co}", *LV, role=("Canopy Stitcher", "Quality Sorter"), tz=("nl", "vn"))
SR = (("Rundu Timber Mouldings", "Fuvahmulah Tuna Canners"), ("rundumould", "fuvatuna"))
mr("sr-table", "Application status – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Declined – another applicant appointed</td></tr></table><p>{co} appreciates your interest. This mailbox is unattended.</p></body></html>", *SR, frm="{co} Jobs <noreply@{dom}>", role=("Moulder Operator", "Retort Hand"), tz=("na", "mv"))
IC = (("Keighley Lift Servicing", "Mandeville Bauxite Haulage"), ("keighleylift", "mandevillehaul"))
mr("ic-missing", "Regarding your application: {role} (Req {ref})", "Dear {n},\n\nYour submission for {role} (Req {ref}) now reads: Not Selected – {x}.\n\nThe advert listed this as essential at the point of applying. You may re-apply once it is held.\n\n{co} Recruitment", *IC, frm="{co} Recruitment <talent@{dom}>", role=("Lift Engineer's Mate", "Tipper Driver"), x=("LOLER Familiarisation Certificate Absent", "Class C Licence Absent"), tz=("yk", "jm"))
TL = (("Deventer Clock Repairers", "Savaii Taro Exporters"), ("deventerclocks", "savaiitaro"))
mr("tl-cancelled", "Job {ref}: {role}", "Dear {n},\n\nJob {ref}, {role}, has been cancelled by {co} and will close without an appointment. {x}\n\nAny future vacancy is advertised afresh; applications to this job do not roll over.\n\nKind regards,\nRecruitment Services", *TL, frm="{co} <recruitment@{dom}>", role=("Workshop Apprentice", "Packing Shed Hand"), x=("The workshop is moving to a smaller unit and the bench is being dropped.", "The export quota for the season has been cut and the extra shift has gone with it."), tz=("nl", "ws"))
WK = (("Ocho Rios Glass-Bottom Tours", "Walvis Oyster Shed"), ("ochoglass", "walvisoyster"))
mr("wk-count", "{role} at {co}", "Hi {n},\n\nWe had {x} applications for {role} and could only ask six people in for a day on the water with us. Yours was one of the many we had to pass over this time.\n\nThanks for applying, and go well,\n{sig}\n{co} (sent with Workable)", *WK, role=("Deckhand Guide", "Shucker"), x=("112", "67"), tz=("jm", "na"))
BH = (("Hebden Kayak Hire", "Addu Henna Parlour"), ("hebdenkayak", "adduhenna"))
mr("bh-hours", "{role} – thanks {n}", "Hiya {n},\n\nThanks ever so for applying for {role}. After a natter, the spare hours go to the lads and lasses already on the rota, so nobody new is coming in.\n\nAll the best,\n{sig}\n{co}", *BH, role=("Weekend Hire Assistant", "Salon Helper"), tz=("yk", "mv"))
TT = (("Zwaluw Wafelkraam", "Cuu Long Sewing Cooperative"), ("zwaluwkraam", "cuulongsew"))
mr("tt-dutch-viet", "Your application at {co}", "Dear {n},\n\n{x}\n\nThanks for your time, and much success further.\n\nGreetings,\n{sig}\n{co}", *TT, role=("Market Stall Baker", "Line Sewer"), x=("After good consideration we have decided to go verder with other candidates for the function of Market Stall Baker. That is a pity, because your letter was nice to read.", "We have considered all profiles and we choose another candidate for the Line Sewer position, who knows the overlock machine longer. Sorry that the result is so."), tz=("nl", "vn"))
PP = (("Oarlock Lane Leisure Centre", "Khomas Road Meals-on-Wheels"), ("oarlocklane", "khomasmeals"))
mr("pp-scores", "{role}: shortlisting result", "Dear {n},\n\nShortlisting for {role} used the four published criteria, scored by two people separately. Your total was {x}/40; the interview line fell at {y}.\n\nSo your application stops there. Thanks for the effort.\n\n{sig}\n{co}", *PP, role=("Duty Manager", "Route Driver"), x=("17", "19"), y=("24", "26"), tz=("uk", "na"))
JZ = (("Montego Bay Dive Locker", "Apolima Passage Umu Kitchen"), ("montegodive", "apolimaumu"))
mr("jz-down", "{role} posting", "Hey {n},\n\nQuick one: we took the {role} listing down this week, the spot's been taken. Sorry we couldn't do better for you this round.\n\n{sig}\n{co}", *JZ, role=("Dive Shop Assistant", "Umu Kitchen Hand"), tz=("jm", "ws"))
AS = (("Tsumbo Mobile Money Agents", "Kudahuvadhoo Data Labs"), ("tsumbomoney", "kudadata"))
mr("as-ashby", "{co} | {role}", "Hi {n},\n\nAppreciate you applying to {co}. Having gone through your {role} application, the hiring team is moving ahead with people with experience nearer to current needs.\n\nYour details stay with us twelve months.\n\n— {co} Recruiting", *AS, role=("Agent Network Supervisor", "Junior Data Engineer"), tz=("na", "mv"))
CC = (("Hebden Valley Parish Council", "Falelatai District Committee"), ("hebdenparish", "falelatai-dc"))
mr("council-list", "Vacancy: {role}", "Dear {n},\n\nOur panel has drawn up the {role} interview list and I regret your name is missing from it.\n\nApplicant numbers were high, so we give no individual feedback.\n\nYours sincerely,\n{sig}\nClerk, {co}", *CC, role=("Lengthsman", "Village Office Assistant"), tz=("yk", "ws"))
# once (14)
mr("yk-chippy", "Frying job", "Now then {n},\n\nTa for coming in about frying. Job's taken by a chap that's fried at the seaside for years, so that's that one sorted. Pop in for a fish on us next time you're passing.\n\nTa,\n{sig}\n{co}", "Jubilee Fisheries", "jubileefisheries", tz="yk")
mr("na-shebeen", "Barman position", "Morning {n},\n\nThe barmaid passed your CV to me, thanks. We are sorry, the owner took someone from Katutura who worked with him before, so the position is filled. Keep well and try us again in summer.\n\n{sig}\n{co}", "Omeya Bar & Pool", "omeyabar", tz="na")
mr("mv-guesthouse", "Housekeeping post", "Dear {n},\n\nThanks for your wish to join {co}. After checking applications, management selected a candidate already living on the island, so we close your application.\n\nBest regards,\n{sig}\n{co}", "Maafushi Blue Sand Inn", "bluesandinn", tz="mv")
mr("ws-bus", "Conductor job", "Talofa {n},\n\nFaafetai for applying to be a conductor with us. The boss has chosen his nephew's friend for the Lefaga route, so there is no job for now. God bless and maybe next year.\n\n{sig}\n{co}", "Lefaga Tautai Buses", "lefagabus", tz="ws")
mr("jm-jerk", "Grill cook", "Yes {n},\n\nMi get yuh message bout di grill cook work. Wi full up now, boss tek on a bredda from Old Harbour last week. Sorry bout dat. Stay blessed.\n\n{sig}\n{co}", "Scotchie Drum Pan", "scotchiedrum", tz="jm")
mr("nl-bike", "Your reaction on the vacancy", "Hi {n},\n\nThanks for your reaction on the vacancy for bicycle mechanic. We have spoken with a few people and chose for someone who can start direct. So for you it is unfortunately a no this time.\n\nGroetjes,\n{sig}\n{co}", "Fietsdokter Spaarne", "fietsdokter", tz="nl")
mr("vn-pho", "About kitchen helper job", "Dear {n},\n\nThank you to apply kitchen helper at our restaurant. Our manager already chose other person who can work the night shift. Sorry, and hope you find a good job soon.\n\nBest,\n{sig}\n{co}", "Phở Bà Tư Kitchen", "phobatu", tz="vn")
mr("uk-bowls", "Greenkeeper's assistant", "Dear {n},\n\nThe committee met on Thursday to consider applications for the greenkeeper's assistant. They chose a member's lad, who has done the winter renovations for three years. We thank you sincerely for applying.\n\n{sig}\nHon. Secretary, {co}", "Pitchcroft Bowling Club", "pitchcroftbowls", tz="uk")
mr("ie-chipper", "Counter staff", "Hi {n},\n\nThanks a million, your CV was handed to me at the counter. We're grand for counter staff at the minute, took on two young ones for the summer already. Best of luck with it.\n\n{sig}\n{co}", "Nevin's Chipper Bunmahon", "nevinschipper", tz="ie")
mr("us-carwash", "Detailer application", "Hi {n},\n\nAppreciate you applying as detailer at {co}. We hired someone already certified on ceramic coating. Best of luck out there.\n\n{sig}, Site Manager", "Sudsy Gator Car Wash", "sudsygator", tz="usc")
mr("au-bowling", "Casual position", "G'day {n},\n\nTa for the interest in casual shifts at {co}. Our league bowlers grabbed every one, so no new starters this season. Cheers.\n\n{sig}", "Bilpin Tenpin", "bilpintenpin", tz="au")
mr("in-tiles", "Sales executive post", "Dear {n},\n\nThis is regarding your Sales Executive application at our showroom. A staff member transferred from our other branch has taken up the post. Wishing you all success ahead.\n\nRegards,\n{sig}\nHR, {co}", "Sahyadri Tiles & Sanitaryware", "sahyadritiles", tz="in")
mr("ng-eventhall", "Usher job", "Good afternoon {n},\n\nThanks for coming for the usher screening on Saturday. Oga has picked the ones he needs and sadly your name did not enter. Please don't be discouraged.\n\n{sig}\n{co}", "Covenant Dome Events Hall", "covenantdome", tz="ng")
mr("ke-boda", "Rider vacancy", "Hello {n},\n\nAsante for applying for the delivery rider vacancy. We have already gotten the riders we needed for the northern route. We shall keep your number in case another opening comes.\n\n{sig}\n{co}", "Haraka Deliveries", "harakadeliv", tz="ke")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thread-mason", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nLovely note, thanks. Having slept on it, the partners chose Joanne, who ran the chapel restoration for us last spring. I enjoyed our chat.\n\nAll the very best,\n{sig}\n\n{OUT}", ("Calder Lime & Stone", "Brukkaros Masonry"), ("calderlime", "brukkarosmasonry"), role=("Improver Stonemason", "Site Mason"), tz=("yk", "na"))
mr("thread-dive", "RE: [EXT] Re: Instructor interview", "Dear {n},\n\nThank you for the kind words after your dive day with us. Our base leader has now gone with Ali, a course director already certified on rebreathers, as the guests this season will mostly be tech divers. We wish you happy bubbles.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Vaavu Reef Divers", "Negril Cliffs Dive Co"), ("vaavureef", "negrilcliffs"), tz=("mv", "jm"))
mr("thread-school", "Re: [EXT] Re: Teacher aide interview", "Malo {n},\n\nThank you again for coming to speak with the board. After prayer and discussion the board has appointed Sister Lusia, who has helped with our little ones as a volunteer for two terms. Meeting you was a blessing.\n\nFa'afetai,\n{sig}\n\n{GM}", ("Leulumoega Methodist Preschool", "Siumu Aoga Amata"), ("leulumoegapreschool", "siumuaoga"), tz=("ws", "ws"))
mr("thread-flowers", "RE: [EXT] RE: Florist role", "Hi {n},\n\nThank you for the lovely bouquet you built for the trial. Close call; ultimately the owner has chosen Saskia, who did our wedding work for years before her baby and is coming back on the same days. Thanks so much for the effort.\n\nGroetjes,\n{sig}\n\n{RULE}", ("Bloemerij De Waag", "Aalsmeer Ranunculus Studio"), ("bloemerijwaag", "ranunculusstudio"), tz=("nl", "nl"))
mr("thread-garment", "RE: [EXT] Re: Merchandiser interview", "Dear {n},\n\nThank you for joining the interview with our director last week. The buyer from Nagoya asked to place their own QC person in the merchandiser seat, and the director has accepted her.\n\nBest regards,\n{sig}\n\n{OUT}", ("Sông Hàn Garment Co", "Bình Dương Knitwear"), ("songhangarment", "binhduongknit"), role=("Merchandiser", "Merchandiser – Knits"), tz=("vn", "vn"))
mr("thread-farm", "Re: [EXT] RE: Yard manager visit", "Hi {n},\n\nThanks for driving out and for walking the pens with me in that heat. The family has decided to bring in their son-in-law to run the yards from March, so the manager's job has gone to him. I'll pass on any neighbour looking for help.\n\nCheers,\n{sig}\n\n{GM}", ("Otjiwarongo Crocodile Ranch", "Wisemans Horse Stud"), ("otjicroc", "wisemansstud"), tz=("na", "au"))
mr("thread-brewery", "RE: [EXT] Re: Brewer's assistant", "Morning {n},\n\nGrand meeting you at the brewhouse. Our head brewer has picked Tom for assistant; he has washed our casks for a year and she fancies bringing him on. Enjoyed showing you round the fermenters.\n\nCheers,\n{sig}\n\n{ORIG}", ("Wharfedale Ale Company", "Blue Mountain Craft Brewery"), ("wharfedaleale", "bluemtncraft"), tz=("yk", "jm"))
mr("thread-clinic", "RE: [EXT] RE: Receptionist interview", "Dear {n},\n\nTuesday's meeting was a pleasure, and your follow-up was kind. Dr Moosa has offered the receptionist post to Hawwa, who has covered our evening desk since the rainy season. Many thanks for taking the ferry over.\n\nWith regards,\n{sig}\n\n{RULE}", ("Villingili Family Clinic", "Thinadhoo Health Corner"), ("villingiliclinic", "thinadhoohealth"), tz=("mv", "mv"))

# ---- 8 clear refusals under long footers
FOOT = "\n\n— — —\nMore roles at {co}: search by store or region in our careers hub, or set a job alert and we email every Monday. Privacy notice and cookie settings live in your account. Sent to {addr} because you applied through the hub; change email preferences in Settings. Replies are not read."
mr("foot-stationer", "Your application – {role}", "Dear {n},\n\nRegarding {role}: after review, your application will not progress to interview.\n\n{co} Recruitment" + FOOT, ("Quillnib Stationers", "Paper Trail Stationery"), ("quillnibstat", "papertrailstat"), frm="{co} Careers <jobs@{dom}>", role=("Sales Assistant", "Print Counter Assistant"), tz=("uk", "yk"))
mr("foot-sports", "{role}: application update", "Hi {n},\n\nAbout {role}: your application stops here, as the store picked applicants who better match its needs.\n\nThe Talent Team" + FOOT, ("Trackside Sports Superstore", "Pitch & Court Outlet"), ("tracksidesports", "pitchcourt"), frm="{co} Talent <talent@{dom}>", role=("Footwear Advisor", "Racquet Stringer"), tz=("uk", "ie"))
mr("foot-bsoc", "About your application", "Dear {n},\n\nOur decision on the {role} vacancy: unfortunately the panel has turned your application down.\n\nResourcing Team" + FOOT, ("Harrowgate Building Society", "Northmoor Mutual Savings"), ("harrowgatebs", "northmoormutual"), frm="{co} Resourcing <resourcing@{dom}>", role=("Branch Cashier", "Mortgage Support Officer"), tz=("yk", "uk"))
mr("foot-carhire", "We've reached a decision", "Hello {n},\n\nAbout your {role} application: after careful review other candidates are going forward and yours has been closed.\n\n{co} Hiring" + FOOT, ("Roadrunner Car Hire", "Kerbside Van Rental"), ("roadrunnerhire", "kerbsidevans"), frm="{co} Hiring <hiring@{dom}>", role=("Vehicle Valeter", "Counter Agent"), tz=("uk", "uk"))

# ---- 9 hedged refusals
mr("hedge-lighting", "{role} – where we've landed", "Dear {n},\n\nYour case study clearly took effort, thanks. Having met everyone, two other applicants seemed to sit nearer the festival tours booked for next year, so we have gone their way. Lovely talking to you.\n\nBest,\n{sig}\n{co}", ("Gobo Rigging Hire", "Followspot Lighting Hire"), ("goborig", "followspothire"), role=("Lighting Technician", "Hire Desk Coordinator"), tz=("uk", "nl"))
mr("hedge-broker", "Your interview with {co}", "Hi {n},\n\nWe really valued meeting you. On reflection, the team felt the other shortlisted applicant's book of marine clients fitted our plans a touch better, so the role heads in that direction.\n\nKind regards,\n{sig}\n{co}", ("Vilu Cove Insurance Brokers", "Tradewinds Risk Partners"), ("vilucovebrokers", "tradewindsrisk"), tz=("mv", "jm"))
mr("hedge-software", "Following up – {role}", "Hey {n},\n\nFriday's pairing was fun, thanks. For {role} we're heading another way: the two joining us have spent longer on offline-first mobile apps, which is where the roadmap points.\n\nAll good wishes,\n{sig}\n{co}", ("Lagoonbyte Software", "Saigon Pixel Forge"), ("lagoonbyte", "saigonpixel"), role=("Mobile Developer", "Flutter Engineer"), tz=("ws", "vn"))
mr("hedge-survey", "Research Assistant – outcome", "Dear {n},\n\nYour fieldwork exercise is marked. Other candidates' fluency in Oshiwambo and Otjiherero suits the northern sampling rounds slightly better, so they are the ones we take forward.\n\nRegards,\n{sig}\n{co}", ("Etosha Market Research", "Kalahari Insights"), ("etoshamr", "kalaharinsights"), tz=("na", "na"))
mr("hedge-yk-charity", "Project worker interview", "Dear {n},\n\nThanks for trekking up to the mill. Strong field; the post went to someone whose background leans that bit nearer the youth work side. Watch our noticeboard for more.\n\nWarm wishes,\n{sig}\n{co}", "Dales Youth Outreach", "dalesyouth", tz="yk")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-aviation", "Following our call", "Hi {n},\n\nGood to chat earlier. As I mentioned: the airline picked someone else for {role}. In the same breath: a ground-handling firm at the same airport needs a {x} from next month, and your ramp hours would suit. Shall I put you forward?\n\n{sig}\n{co}", ("Skyward Aviation Recruitment", "Palm Runway Staffing"), ("skywardrecruit", "palmrunway"), role=("Load Controller", "Ramp Agent"), x=("turnaround coordinator", "baggage team lead"), tz=("uk", "mv"))
mr("rec-mining", "Re: your application via us", "Hello {n},\n\nCheers for yesterday's call. The mine's HR replied: they will not be proceeding with you for {role}. There is, however, a {x} role at their processing plant with a closing date next Friday. Okay to forward your CV?\n\nRegards,\n{sig}\n{co}", ("Namib Resources Staffing", "Hardrock Talent Partners"), ("namibstaffing", "hardrocktalent"), role=("Shift Supervisor", "Survey Technician"), x=("Control Room Operator", "Sampling Technician"), tz=("na", "au"))
mr("rec-qa", "{role} feedback", "Dear {n},\n\nAfter we spoke, the client declined your profile for {role}; they wanted more GMP audit history. I have another client, a vaccine fill-finish site, hiring a {x}, which I think suits you better. Are you free to talk on Monday?\n\nBest,\n{sig}\n{co}", ("PharmaBridge Search", "Lowlands Life Science Recruitment"), ("pharmabridge", "lowlandslife"), role=("QA Specialist", "Validation Engineer"), x=("QA Officer", "Documentation Specialist"), tz=("in", "nl"))
mr("rec-callcentre", "Quick update", "Hi {n},\n\nThanks for chatting yesterday. The May Pen client chose another person as Team Lead. They have opened a Customer Service Agent post on the evening shift, though, and I can put you straight through to the final round. Let me know today?\n\n{sig}\n{co}", "Island Voice Staffing", "islandvoice", tz="jm")

# ---- 8 public-sector notices
mr("ps-refer", "Notice of Results – Announcement {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}: you were rated qualified, but your rank fell below the referral cut-off for the selecting manager.\n\nThis notice requires no action.\n\nHuman Resources Office\n{co}", ("Department of Water Affairs", "Ministry of Fisheries Services"), ("waterdept-gov", "fisheries-gov"), frm="{co} HR <hr-notices@{dom}>", role=("Hydrology Technician", "Fisheries Observer"), tz=("na", "mv"))
mr("ps-ineligible", "Application outcome – Ref {ref}", "Dear {n},\n\nWe have assessed your application for {role} against the eligibility conditions in the advert. Your application is ineligible: {x}. It will therefore not proceed to shortlisting.\n\nPublic Service Commission\n{co}", ("Public Service Commission Office", "Public Service Recruitment Unit"), ("psc-office", "psru-gov"), frm="{co} <recruitment@{dom}>", role=("Clerical Officer", "Customs Assistant"), x=("a certified copy of your Year 13 certificate was absent", "your proof of citizenship was absent"), tz=("ws", "jm"))
mr("ps-cancel", "Competition {ref} – cancelled", "Dear {n},\n\nWe regret to advise that competition {ref} for the position of {role} has been cancelled. {x} Every application received is closed, and nothing more happens with them.\n\nRecruitment Section\n{co}", ("Municipality of Rundu", "Borough Council of Hebden Moor"), ("rundu-municipality", "hebdenmoor-council"), frm="{co} <vacancies@{dom}>", role=("Assistant Town Planner", "Waste Services Officer"), x=("The post has been frozen following a budget review.", "The service is being merged with a neighbouring authority."), tz=("na", "yk"))
mr("ps-mark", "Written examination result", "Dear {n},\n\nResults of the {role} written paper: the qualifying mark for the oral interview was {x}, and you scored {y}. You therefore leave this recruitment here.\n\nExaminations Unit\n{co}", ("Civil Service Commission Maldives Office", "Provincial Personnel Office"), ("csc-mv", "personnel-vn"), frm="{co} <exams@{dom}>", role=("Administrative Officer", "Tax Clerk"), x=("55", "60"), y=("48", "51"), tz=("mv", "vn"))

# ---- 6 bare ATS status updates
mr("ats-gigmarrow", "Your application status has changed", "Hi {n},\n\n{role} at {co}\nStage reached: no longer under consideration (closed by employer)\n\nGigmarrow keeps the full list under My applications.\n\nGigmarrow on behalf of {co}", ("Sandbank Logistics", "Merlinford Print Finishing"), ("sandbanklog", "merlinfinish"), frm="Gigmarrow <no-reply@gigmarrow.example>", role=("Yard Marshal", "Guillotine Operator"), tz=("uk", "nl"))
mr("ats-pipewren", "Update: {role}", "<html><body><p>Hello {n},</p><p><b>{role}</b> · {co}</p><p>Stage: <b>Closed – not progressed</b></p><p>Pipewren Candidate Centre</p></body></html>", ("Lodestar Coach Lines", "Harbourview Hearing Centres"), ("lodestarcoach", "harbourviewhearing"), frm="Pipewren <updates@pipewren.example>", role=("Coach Cleaner", "Audiology Assistant"), tz=("ie", "za"))
mr("ats-quillstage", "{co}: application update", "Hi {n},\n\nHiring team at {co} moved your {role} application: Archived.\n\nQuillstage", ("Brightwell Fitness Clubs", "Norland Seed Testing"), ("brightwellfit", "norlandseed"), frm="Quillstage <notify@quillstage.example>", role=("Front Desk Host", "Lab Sampler"), tz=("use", "cae"))

# ---- 6 internship / graduate decisions
mr("intern-museum", "{role} 2026 – decision", "Dear {n},\n\nMore than 300 people applied for eight {role} places. After assessing your written answers, the panel could offer you no place this year.\n\nEarly Careers Team\n{co}", ("Riverside Museum Archives Trust", "National Film Vault"), ("riversidearchives", "filmvault"), frm="{co} Early Careers <earlycareers@{dom}>", role=("Summer Archive Internship", "Preservation Internship"), tz=("uk", "ie"))
mr("intern-port", "Graduate Programme outcome", "Dear {n},\n\nYour assessment day for the {role} is behind us and each place is now taken. Sorry: there is none for you in the September intake.\n\nGraduate Recruitment\n{co}", ("Port of Walvis Authority", "Cockpit Coast Harbour Board"), ("walvisport", "cockpitharbour"), frm="{co} Graduates <graduates@{dom}>", role=("Marine Operations Graduate Programme", "Engineering Graduate Scheme"), tz=("na", "jm"))
mr("intern-news", "Newsroom internship", "Hi {n},\n\nThanks for pitching us three story ideas. Competition for the newsroom internship was fierce and the desk has picked other applicants for the winter placement. Please try again next winter.\n\n{sig}\n{co}", ("Coastline Daily News", "Atoll Times"), ("coastlinedaily", "atolltimes"), tz=("za", "mv"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
ack = "application_received"
mo(ack, "wd", "Requisition R-{ref}: application received", "Dear {n},\n\nWe have your application for {role} (R-{ref}). Internal colleagues get first look; should one of them take it, the requisition reads Closed in your candidate home and a brief email goes out.\n\nTalent Acquisition\n{co}", *WD, frm="{co} Careers <careers@{dom}>", role=("Packhouse Team Leader", "Depot Stock Clerk"), tz=("yk", "na"))
mo(ack, "gh", "We've got your application, {n}", "Hi {n},\n\nJust confirming your {role} application reached us. The hiring manager reads each one herself. Should you be passed over at this step, a human being writes to you, never a bot.\n\nPeople Team, {co}", *GH, role=("Ramp Coordinator", "Bottling Line Supervisor"), tz=("mv", "jm"))
mo(ack, "lv", "Thanks for applying to {co}", "Hello {n},\n\nCheers for the {role} application. Whatever the outcome, we hold your profile for twelve months unless you reply ERASE. We write to every applicant once the shortlist is settled.\n\n{sig}, {co}", *LV, role=("Canopy Stitcher", "Quality Sorter"), tz=("nl", "vn"))
mo(ack, "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>Row turns to Declined if another person gets appointed. This mailbox is unattended.</p></body></html>", *SR, frm="{co} Jobs <noreply@{dom}>", role=("Moulder Operator", "Retort Hand"), tz=("na", "mv"))
mo(ack, "ic", "Req {ref}: we have your submission", "Dear {n},\n\nYour submission for {role} (Req {ref}) is logged. Please note: screening marks applications Not Selected where the essential certificate is absent, so attach it in your profile ahead of closing day.\n\n{co} Recruitment", *IC, frm="{co} Recruitment <talent@{dom}>", role=("Lift Engineer's Mate", "Tipper Driver"), tz=("yk", "jm"))
mo(ack, "tl", "Job {ref}: application logged", "Dear {n},\n\nJob {ref}, {role}: application logged. If {co} were ever to cancel the job, every applicant gets an email that same day.\n\nKind regards,\nRecruitment Services", *TL, frm="{co} <recruitment@{dom}>", role=("Workshop Apprentice", "Packing Shed Hand"), tz=("nl", "ws"))
mo(ack, "wk", "We got it – {role}", "Hi {n},\n\nYour application for {role} landed safely. Only six people get a day out with us, and we email everyone either way once we've picked, usually within a fortnight.\n\n{sig}\n{co} (sent with Workable)", *WK, role=("Deckhand Guide", "Shucker"), tz=("jm", "na"))
mo(ack, "bh", "Thanks for applying, {n}", "Hiya {n},\n\nGot your application for {role}, ta. If the hours end up going to folk already on the rota we'll let you know straight off, so nobody is kept guessing.\n\n{sig}\n{co}", *BH, role=("Weekend Hire Assistant", "Salon Helper"), tz=("yk", "mv"))
mo(ack, "tt", "We received your application", "Dear {n},\n\nYour letter for {role} at {co} is arrived, thanks. In two weeks we look to all letters. Also when we choose somebody else, a message comes from us, then it is clear for you.\n\nGreetings,\n{sig}", *TT, role=("Market Stall Baker", "Line Sewer"), tz=("nl", "vn"))
mo(ack, "pp", "{role}: your application", "Dear {n},\n\nYour application for {role} has arrived. Two people score it separately against the four criteria. Anyone under the interview line receives their score by email, with their score, within ten working days of closing.\n\n{sig}\n{co}", *PP, role=("Duty Manager", "Route Driver"), tz=("uk", "na"))
mo(ack, "jz", "Got your note re {role}", "Hey {n},\n\nThanks, we've got your details for {role}. If the spot goes before we ring, you get a quick text, promise, no ghosting.\n\n{sig}\n{co}", *JZ, role=("Dive Shop Assistant", "Umu Kitchen Hand"), tz=("jm", "ws"))
mo(ack, "as", "Application received: {role}", "Hi {n},\n\nThanks for applying to {co} for {role}. Our team reviews applications weekly. Whether we move ahead or decide on other candidates, you'll get an update here, and we keep details for a year either way.\n\n— {co} Recruiting", *AS, role=("Agent Network Supervisor", "Junior Data Engineer"), tz=("na", "mv"))
mo(ack, "cc", "Vacancy: {role} – receipt", "Dear {n},\n\nThis confirms your application for {role}. Our panel sits after closing day. Whoever is left off its interview list gets a letter from me, though individual feedback is beyond our small office.\n\nYours sincerely,\n{sig}\nClerk, {co}", *CC, role=("Lengthsman", "Village Office Assistant"), tz=("yk", "ws"))
mo(ack, "foot-stationer", "Thanks for applying – {role}", "Dear {n},\n\nYour {role} form is logged. Interview picks get a call within a fortnight; a silent fortnight means it was a no this time round.\n\n{co} Recruitment" + FOOT, ("Quillnib Stationers", "Paper Trail Stationery"), ("quillnibstat", "papertrailstat"), frm="{co} Careers <jobs@{dom}>", role=("Sales Assistant", "Print Counter Assistant"), tz=("uk", "yk"))
mo(ack, "foot-sports", "Application received", "Hi {n},\n\nThanks for applying for {role}. We only get in touch where an application suits the store's needs; the account page shows your status whenever you look.\n\nThe Talent Team" + FOOT, ("Trackside Sports Superstore", "Pitch & Court Outlet"), ("tracksidesports", "pitchcourt"), frm="{co} Talent <talent@{dom}>", role=("Footwear Advisor", "Racquet Stringer"), tz=("uk", "ie"))
mo(ack, "foot-bsoc", "We have your application", "Dear {n},\n\nYour form for the {role} vacancy is safely with us. Successful or unsuccessful, each applicant receives word the week shortlisting wraps up.\n\nResourcing Team" + FOOT, ("Harrowgate Building Society", "Northmoor Mutual Savings"), ("harrowgatebs", "northmoormutual"), frm="{co} Resourcing <resourcing@{dom}>", role=("Branch Cashier", "Mortgage Support Officer"), tz=("yk", "uk"))
mo(ack, "foot-carhire", "Application confirmation", "Hello {n},\n\nYour {role} form is in. If we settle on others, your account changes to Closed, with a short explanatory email.\n\n{co} Hiring" + FOOT, ("Roadrunner Car Hire", "Kerbside Van Rental"), ("roadrunnerhire", "kerbsidevans"), frm="{co} Hiring <hiring@{dom}>", role=("Vehicle Valeter", "Counter Agent"), tz=("uk", "uk"))
mo(ack, "lighting", "{role}: received", "Dear {n},\n\nYour {role} papers arrived safely. Everyone on the longlist gets a short case study; if we feel others line up more closely with the work, we'll tell you before the case study stage rather than after.\n\nBest,\n{sig}\n{co}", ("Gobo Rigging Hire", "Followspot Lighting Hire"), ("goborig", "followspothire"), role=("Lighting Technician", "Hire Desk Coordinator"), tz=("uk", "nl"))
mo(ack, "broker", "Thank you for your application", "Hi {n},\n\nYour CV has landed on my desk. The partners sift newcomers each Thursday. In or out, my verdict reaches you before the month closes.\n\nKind regards,\n{sig}\n{co}", ("Vilu Cove Insurance Brokers", "Tradewinds Risk Partners"), ("vilucovebrokers", "tradewindsrisk"), tz=("mv", "jm"))
mo(ack, "aviation", "Registration with {co}", "Hi {n},\n\nThanks for registering with {co} for the {role} role. I'll send your CV to the airline today. Should the airline pass, expect a ring from me and we go hunting airside openings together.\n\n{sig}\n{co}", ("Skyward Aviation Recruitment", "Palm Runway Staffing"), ("skywardrecruit", "palmrunway"), role=("Load Controller", "Ramp Agent"), tz=("uk", "mv"))
mo(ack, "ps-refer", "Application received – Announcement {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}: your application is in. Rating starts after closing, and the highest-rated are sent on to the selecting manager. Referred or otherwise, a results notice follows for every applicant.\n\nHuman Resources Office\n{co}", ("Department of Water Affairs", "Ministry of Fisheries Services"), ("waterdept-gov", "fisheries-gov"), frm="{co} HR <hr-notices@{dom}>", role=("Hydrology Technician", "Fisheries Observer"), tz=("na", "mv"))
mo(ack, "ps-inelig", "Acknowledgement – Ref {ref}", "Dear {n},\n\nYour {role} form has come in. Forms lacking the certified documents listed in the advert are ruled ineligible, and the applicant is informed in writing. Please check your attachments.\n\nPublic Service Commission\n{co}", ("Public Service Commission Office", "Public Service Recruitment Unit"), ("psc-office", "psru-gov"), frm="{co} <recruitment@{dom}>", role=("Clerical Officer", "Customs Assistant"), tz=("ws", "jm"))
mo(ack, "ps-mark", "Registration for written examination", "Dear {n},\n\nYou are registered to sit the {role} written paper. Results go out to every candidate; anyone under the qualifying mark is told then, anyone over it gets an oral interview date.\n\nExaminations Unit\n{co}", ("Civil Service Commission Maldives Office", "Provincial Personnel Office"), ("csc-mv", "personnel-vn"), frm="{co} <exams@{dom}>", role=("Administrative Officer", "Tax Clerk"), tz=("mv", "vn"))
mo(ack, "gigmarrow", "Application submitted", "Hi {n},\n\nYour application for {role} at {co} was submitted. Once the hiring team has looked, its status flips to either Interview or No longer under consideration.\n\nGigmarrow on behalf of {co}", ("Sandbank Logistics", "Merlinford Print Finishing"), ("sandbanklog", "merlinfinish"), frm="Gigmarrow <no-reply@gigmarrow.example>", role=("Yard Marshal", "Guillotine Operator"), tz=("uk", "nl"))
mo(ack, "port", "Graduate Programme – application complete", "Dear {n},\n\nYour {role} application is complete and locked. Those without an assessment-day invitation hear so by email in early spring, and reapplying next cycle is welcome.\n\nGraduate Recruitment\n{co}", ("Port of Walvis Authority", "Cockpit Coast Harbour Board"), ("walvisport", "cockpitharbour"), frm="{co} Graduates <graduates@{dom}>", role=("Marine Operations Graduate Programme", "Engineering Graduate Scheme"), tz=("na", "jm"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "mason", "Re: {role} – come and see the yard", "Hi {n},\n\nMany thanks. Can you manage {dl}, ten o'clock, for a look round the banker shop and a word with both partners? Unfortunately diggers have our lane up; park at the chapel and stroll the last hundred yards.\n\nAll the best,\n{sig}\n{co}", ("Calder Lime & Stone", "Brukkaros Masonry"), ("calderlime", "brukkarosmasonry"), role=("Improver Stonemason", "Site Mason"), tz=("yk", "na"))
mo("interview", "dive", "Instructor interview and dive day", "Dear {n},\n\nCome for an interview plus check-out dive, {dl}, meeting 8:30 by the jetty. Regrettably the boat cannot carry extra kit that day, so bring only your mask and computer.\n\nKind regards,\n{sig}\n{co}", ("Vaavu Reef Divers", "Negril Cliffs Dive Co"), ("vaavureef", "negrilcliffs"), tz=("mv", "jm"))
mo("interview", "school", "Teacher aide – meeting with the board", "Malo {n},\n\nOur board asks you to come {dl}, 3pm, school hall. Sadly the fan in the hall is broken, so dress cool.\n\nFa'afetai,\n{sig}\n{co}", ("Leulumoega Methodist Preschool", "Siumu Aoga Amata"), ("leulumoegapreschool", "siumuaoga"), tz=("ws", "ws"))
mo("interview", "flowers", "Florist role – trial morning", "Hi {n},\n\nFancy a trial morning? {dl}, nine till twelve, one hand-tied bouquet with us. Unfortunately the tram stop out front is closed for works, so get off one stop earlier.\n\nGroetjes,\n{sig}\n{co}", ("Bloemerij De Waag", "Aalsmeer Ranunculus Studio"), ("bloemerijwaag", "ranunculusstudio"), tz=("nl", "nl"))
mo("interview", "garment", "Merchandiser interview schedule", "Dear {n},\n\nPlease join an interview with our director on {dl} at 14:00 at the factory office. Unfortunately workers are fixing our main gate, so enter by the canteen side gate.\n\nBest regards,\n{sig}\n{co}", ("Sông Hàn Garment Co", "Bình Dương Knitwear"), ("songhangarment", "binhduongknit"), tz=("vn", "vn"))
mo("interview", "software", "{role} – pairing session", "Hey {n},\n\nYour application impressed us; can we book a 90-minute pairing session, {dl}? Bad news on the tooling front: our video tool has been flaky, so we'll send a fallback dial-in too.\n\n{sig}\n{co}", ("Lagoonbyte Software", "Saigon Pixel Forge"), ("lagoonbyte", "saigonpixel"), role=("Mobile Developer", "Flutter Engineer"), tz=("ws", "vn"))
mo("interview", "survey", "Research Assistant – fieldwork exercise", "Dear {n},\n\nPlease join a fieldwork exercise plus interview, {dl}, 09:00, our office. Unfortunately the generator mechanic visits that morning, so we may begin outside under the camelthorn.\n\nRegards,\n{sig}\n{co}", ("Etosha Market Research", "Kalahari Insights"), ("etoshamr", "kalaharinsights"), tz=("na", "na"))
mo("interview", "quill", "Interview request from {co}", "Hi {n},\n\nThe hiring team at {co} wants an interview with you about {role}. Pick a slot before {dl}. Sadly the first two morning slots are gone already.\n\nQuillstage", ("Brightwell Fitness Clubs", "Norland Seed Testing"), ("brightwellfit", "norlandseed"), frm="Quillstage <notify@quillstage.example>", role=("Front Desk Host", "Lab Sampler"), tz=("use", "cae"))
mo("next_steps", "museum", "{role}: written task", "Dear {n},\n\nGood news, the {role} shortlist includes you. Please send a 500-word catalogue note on an object of your choice by {dl}. Unfortunately we cannot accept handwritten scans.\n\nEarly Careers Team\n{co}", ("Riverside Museum Archives Trust", "National Film Vault"), ("riversidearchives", "filmvault"), frm="{co} Early Careers <earlycareers@{dom}>", role=("Summer Archive Internship", "Preservation Internship"), tz=("uk", "ie"))
mo("next_steps", "qa", "Client questionnaire", "Dear {n},\n\nThe client would like you to fill in their competency questionnaire before the interview, returned by {dl}. Regrettably their portal logs people out quickly, so draft answers offline first.\n\nBest,\n{sig}\n{co}", ("PharmaBridge Search", "Lowlands Life Science Recruitment"), ("pharmabridge", "lowlandslife"), tz=("in", "nl"))
mo("next_steps", "farm", "Re: Yard manager – references", "Hi {n},\n\nGood to talk. Next step: names of two referees and your licence scan, in by {dl}. Unfortunately there's no signal at the house, so email rather than ring.\n\nCheers,\n{sig}\n{co}", ("Otjiwarongo Crocodile Ranch", "Wisemans Horse Stud"), ("otjicroc", "wisemansstud"), tz=("na", "au"))
mo("next_steps", "clinic", "Receptionist – documents", "Dear {n},\n\nPlease bring your ID card, police report and O-level certificate to the clinic by {dl}. Sadly the ferry timetable changed, so plan for the 7:30 boat.\n\nWith regards,\n{sig}\n{co}", ("Villingili Family Clinic", "Thinadhoo Health Corner"), ("villingiliclinic", "thinadhoohealth"), tz=("mv", "mv"))
mo("next_steps", "brewery", "Brewer's assistant – food safety test", "Morning {n},\n\nAhead of meeting, please complete the short food-safety quiz online by {dl}. Unfortunately phones choke on it, so a laptop is needed.\n\nCheers,\n{sig}\n{co}", ("Wharfedale Ale Company", "Blue Mountain Craft Brewery"), ("wharfedaleale", "bluemtncraft"), tz=("yk", "jm"))
mo("next_steps", "pipewren", "Action needed: {role}", "<html><body><p>Hello {n},</p><p><b>{role}</b> · {co}</p><p>Stage: <b>Right-to-work check</b> – upload documents by {dl}. Unfortunately photos of screens are rejected by the checker.</p><p>Pipewren Candidate Centre</p></body></html>", ("Lodestar Coach Lines", "Harbourview Hearing Centres"), ("lodestarcoach", "harbourviewhearing"), frm="Pipewren <updates@pipewren.example>", role=("Coach Cleaner", "Audiology Assistant"), tz=("ie", "za"))
mo("offer", "wk", "Offer – {role}", "Hi {n},\n\nGreat news: the {role} job is yours, starting {dl}. Pay plus rota: see attachment. Unfortunately the staff boat is in for repair that week, so the first shifts start from the main jetty.\n\n{sig}\n{co}", *WK, role=("Deckhand Guide", "Shucker"), tz=("jm", "na"))
mo("offer", "jz", "You got it – {role}", "Hey {n},\n\nSpot's yours, mate! First day {dl}. Sadly no uniform shirts in your size till next month, so wear something dark.\n\n{sig}\n{co}", *JZ, role=("Dive Shop Assistant", "Umu Kitchen Hand"), tz=("jm", "ws"))
mo("offer", "mining", "Offer from the client", "Hello {n},\n\nThe client has made you a written offer for {role}; please sign and return by {dl}. Unfortunately site accommodation is full for the first fortnight, so they will pay a housing allowance in town.\n\nRegards,\n{sig}\n{co}", ("Namib Resources Staffing", "Hardrock Talent Partners"), ("namibstaffing", "hardrocktalent"), role=("Control Room Operator", "Sampling Technician"), tz=("na", "au"))
mo("offer", "callcentre", "Offer – Customer Service Agent", "Hi {n},\n\nThe client picked you for the evening Customer Service Agent post. Start date {dl}. Regrettably the training room has no parking, so take the route taxi to Half Way Tree.\n\n{sig}\n{co}", "Island Voice Staffing", "islandvoice", tz="jm")

# ---- 15 other: neutral statuses, alerts, outreach, non-job refusals
mo("other_job", "gig-viewed", "Your application was viewed", "Hi {n},\n\nGood news: the hiring team at {co} has viewed your application for {role}. Status: In review.\n\nGigmarrow on behalf of {co}", ("Sandbank Logistics", "Merlinford Print Finishing"), ("sandbanklog", "merlinfinish"), frm="Gigmarrow <no-reply@gigmarrow.example>", role=("Yard Marshal", "Guillotine Operator"), tz=("uk", "nl"))
mo("other_job", "pipewren-hold", "Update: {role}", "<html><body><p>Hello {n},</p><p><b>{role}</b> · {co}</p><p>Stage: <b>On hold – hiring manager away</b></p><p>Pipewren Candidate Centre</p></body></html>", ("Lodestar Coach Lines", "Harbourview Hearing Centres"), ("lodestarcoach", "harbourviewhearing"), frm="Pipewren <updates@pipewren.example>", role=("Coach Cleaner", "Audiology Assistant"), tz=("ie", "za"))
mo("other_job", "council-delay", "Vacancy: Lengthsman – shortlisting moved", "Dear {n},\n\nThe panel meeting for the lengthsman post is moved back a week because of the village show. You will hear from me after it.\n\nYours sincerely,\n{sig}\nClerk, {co}", "Hebden Valley Parish Council", "hebdenparish", tz="yk")
mo("job_alert", "alert-sports", "Fresh openings, your area", "Hi {n},\n\nSaved search, three fresh matches: Stockroom Colleague (part time), Bike Workshop Assistant, Weekend Cashier.\n\nThe Talent Team" + FOOT, "Trackside Sports Superstore", "tracksidesports", frm="{co} Talent <talent@{dom}>", tz="uk")
mo("job_alert", "alert-bsoc", "Job alert: Customer roles", "Dear {n},\n\nNew this week: Customer Adviser (Keighley branch), Savings Support Officer (hybrid).\n\nResourcing Team" + FOOT, "Harrowgate Building Society", "harrowgatebs", frm="{co} Resourcing <resourcing@{dom}>", tz="yk")
mo("job_alert", "alert-carhire", "Jobs picked for you", "Hello {n},\n\nBased on your alert: Shuttle Driver, Damage Inspector, Night Counter Agent.\n\n{co} Hiring" + FOOT, "Kerbside Van Rental", "kerbsidevans", frm="{co} Hiring <hiring@{dom}>", tz="uk")
mo("recruiter_outreach", "pitch", "Role you might like", "Hi {n},\n\nI'm filling a {role} job and your profile looks a strong match. Is Wednesday or Thursday good for a quick phone chat, ten minutes tops?\n\n{sig}\n{co}", ("Skyward Aviation Recruitment", "PharmaBridge Search"), ("skywardrecruit", "pharmabridge"), role=("Cargo Supervisor", "Batch Record Reviewer"), tz=("uk", "in"))
mo("non_job_rejection_words", "ballot", "{x}: draw result", "Dear {n},\n\nThe {x} draw has been made and your entry was unsuccessful this year; four people chased every bib.\n\n{co}", ("Harbour Half Marathon", "Lagoon Swim Classic"), ("harbourhalf", "lagoonswim"), x=("Harbour Half Marathon", "Lagoon Swim Classic"), tz=("uk", "mv"))
mo("non_job_rejection_words", "appeal", "School place appeal – decision", "Dear {n},\n\nThe independent panel heard your case for a secondary transfer place. The appeal was not upheld, as admitting another pupil would prejudice the school. Your child stays on the waiting list.\n\nAppeals Clerk\n{co}", ("Calder Borough Admissions", "Wharfe Vale Schools Office"), ("calderadmissions", "wharfeschools"), tz=("yk", "yk"))
mo("non_job_rejection_words", "hallhire", "Hall booking request", "Hi {n},\n\nThanks for asking about the hall for your daughter's birthday. Sorry, the booking is refused: choir practice has that evening.\n\n{sig}\n{co}", "Saint Wilfrid's Hall", "stwilfridhall", tz="yk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    """The sender line of a message relayed by a small job channel."""
    return "{sig} via " + ch + " <relay@" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """A refusal sent through a channel, and (mostly) a non-refusal twin from the same sender and channel."""
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin is not None:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body, co, dom, frm=via(ch), tz=tz)


pair("apiculture", "Tussockhive", "Rewarewa Ridge Apiaries", "rewarewaridge", "nz",
     ("Apiculture hand – season staff", "Kia ora {n},\n\nTa for your interest in apiculture work. All six hive-crew spots went to returning staff, so we've none to offer you this round. Keep an eye on Tussockhive in spring.\n\n{sig}\n{co}"),
     ("application_received", "Apiculture hand – got your form", "Kia ora {n},\n\nYour form for the apiculture crew came through Tussockhive. Spot or no spot, we message before month's end; the crew list gets settled once the hives are counted.\n\n{sig}\n{co}"))
pair("stonewalling", "Tussockwall", "Kinvara Drystone Crew", "kinvaradrystone", "ie",
     ("Stonewalling labourer", "Hi {n},\n\nThanks for answering the stonewalling ad on Tussockwall. A fella who's walled on Aran for years has the job. Best of luck.\n\n{sig}\n{co}"),
     ("application_received", "Stonewalling ad – thanks", "Hi {n},\n\nGot your reply to the stonewalling ad. Those we fancy get rung for a day's trial on the wall; no ring by next Friday means someone else got it.\n\n{sig}\n{co}"))
pair("deckhanding", "Tussockdeck", "Sointula Crewboat Charters", "sointulacrewboat", "cap",
     ("Deckhanding position", "Hi {n},\n\nThanks for applying for deckhanding work with {co} through Tussockdeck. Someone holding a valid SVOP and MED A3 got the job, so yours stops here.\n\n{sig}"),
     ("application_received", "Deckhanding – application in", "Hi {n},\n\nYour deckhanding application is in. Heads-up: no SVOP means no hire, so if yours is missing, a short email tells you plainly instead of silence.\n\n{sig}\n{co}"))
pair("reupholstering", "Tussockstitch", "Rappahannock Chair Revival", "rappahannockchair", "use",
     ("Reupholstering apprentice", "Hi {n},\n\nYour photos for the reupholstering apprenticeship were lovely, thank you. The place went to someone who's been stripping frames with us on Saturdays. We wish you the best.\n\n{sig}\n{co}"),
     ("application_received", "Reupholstering apprentice – received", "Hi {n},\n\nThanks, your photos and note for the reupholstering apprenticeship arrived via Tussockstitch. Picked or passed over, I email you; every applicant hears back personally.\n\n{sig}\n{co}"))
pair("mushrooming", "Tussockspore", "Cascade Oyster Mushroom Farm", "cascadeoyster", "usp",
     ("Mushrooming crew – harvest", "Hi {n},\n\nThanks for applying to our mushrooming crew on Tussockspore. All harvest shifts are now filled for the season and we're closing the list. We'll repost in the fall.\n\n{sig}\n{co}"),
     ("application_received", "Mushrooming crew – we got it", "Hi {n},\n\nWe received your mushrooming crew application. Should every shift go before your turn, a note comes your way; otherwise expect a call to tour the grow rooms.\n\n{sig}\n{co}"))
pair("truffling", "Tussocktruffle", "Black Sallee Truffieres", "blacksalleetruf", "au",
     ("Truffling hand – winter dig", "G'day {n},\n\nRe the winter truffling hand role: two locals who've worked dogs on the orchard got the jobs, so yours goes no further.\n\n{sig}\n{co}"),
     ("application_received", "Truffling hand – thanks", "G'day {n},\n\nCheers for putting in for truffling hand. Whatever the answer, we write once the dog handlers have looked it over, likely a fortnight.\n\n{sig}\n{co}"))
pair("pearling", "Tussockpearl", "Koura Pearl Works", "kourapearl", "nz",
     ("Pearling technician", "Kia ora {n},\n\nRe the pearling technician role on Tussockpearl. An applicant with seeding experience got it, so your application ends here.\n\nNgā mihi,\n{sig}\n{co}"),
     ("application_received", "Pearling technician – received", "Kia ora {n},\n\nYour application for the pearling technician job is with us. Only seeders with logged hours go through; if that rules you out we'll let you know quickly.\n\nNgā mihi,\n{sig}\n{co}"))
pair("sponging", "Tussocksponge", "Tarpon Key Sponge Exchange", "tarponsponge", "use",
     ("Sponging boat crew", "Hi {n},\n\nThanks for your interest in sponging with our boats. Crews are full for the summer run and the list is closed; no berth for you this time.\n\n{sig}\n{co}"),
     ("interview", "Sponging boat crew – come down to the dock", "Hi {n},\n\nCould you come by the dock on {dl} at 7am to meet the captain? Unfortunately our ice machine died, so pack drinking water.\n\n{sig}\n{co}"))
pair("trawling", "Tussocknet", "Brixham Beam Trawlers", "brixhambeam", "uk",
     ("Trawling deckie", "Hi {n},\n\nThanks for the message about trawling work. Skipper's filled the berth with a lad from Newlyn who's done the beam for five years, so there's no place going. All the best.\n\n{sig}\n{co}"),
     ("interview", "Trawling deckie – meet the skipper", "Hi {n},\n\nSkipper wants a chat on {dl} at the fish quay office, 11am. Sadly the boat's on the slip that week, so you'll see her out of the water.\n\n{sig}\n{co}"))
pair("seaweeding", "Tussockwrack", "Rosmuc Wrack Harvesters", "rosmucwrack", "ie",
     ("Seaweeding job", "Hi {n},\n\nThanks for the interest in seaweeding with us. We've hired two cutters off the island already and that's us full for the tides this year.\n\n{sig}\n{co}"),
     ("interview", "Seaweeding job – low tide chat", "Hi {n},\n\nMeet us down at the slip {dl}, an hour before low water? Unfortunately there's nowhere to change, so come in waders.\n\n{sig}\n{co}"))
pair("fishmongering", "Tussockslab", "Filey Coble Fishmongers", "fileycoble", "uk",
     ("Fishmongering assistant", "Dear {n},\n\nRe the fishmongering assistant post: someone with filleting experience has been appointed, so your application was unsuccessful.\n\n{sig}\n{co}"),
     ("interview", "Fishmongering assistant – trial", "Dear {n},\n\nShort trial on the slab, {dl}, half six. Unfortunately market days mean staff can't park nearby.\n\n{sig}\n{co}"))
pair("greengrocery", "Tussockcrate", "Matunga Fresh Greengrocery", "matungafresh", "in",
     ("Greengrocery counter staff", "Dear {n},\n\nThank you for applying for counter staff in our greengrocery. A candidate from the same locality has been selected, so your application is closed.\n\nRegards,\n{sig}\n{co}"),
     ("interview", "Greengrocery – interview", "Dear {n},\n\nKindly visit the shop for interview, {dl}, 4pm. Unfortunately our building lift is being mended, so the stairs it is.\n\nRegards,\n{sig}\n{co}"))
pair("chandlering", "Tussockrope", "Simon's Town Chandlery", "simonstownchand", "za",
     ("Chandlering counter", "Hi {n},\n\nThanks for applying to work our chandlering counter. A sailor from the club who knows the stock got it, so your application ends here.\n\n{sig}\n{co}"),
     ("interview", "Chandlering counter – interview", "Hi {n},\n\nCan you pop in on {dl} at 10:00 to chat? Unfortunately load-shedding may hit, so the till demo might be by torch.\n\n{sig}\n{co}"))
pair("currying", "Tussockhide", "Aba Leather Currying Works", "abaleather", "ng",
     ("Currying assistant", "Good morning {n},\n\nRegarding the currying assistant job: management chose someone experienced with vegetable-tanned hides, so your application was not successful.\n\n{sig}\n{co}"),
     ("next_steps", "Currying assistant – documents", "Good morning {n},\n\nSend the guarantor form plus one passport photograph by {dl}. Unfortunately forms without a stamp will be returned.\n\n{sig}\n{co}"))
pair("fellmongering", "Tussockfleece", "Tanekaha Fellmongering Co", "tanekahafell", "nz",
     ("Fellmongering hand", "Kia ora {n},\n\nThanks for applying for the fellmongering hand job. Our waiting list filled it, so yours goes no further.\n\n{sig}\n{co}"),
     ("next_steps", "Fellmongering hand – pre-employment", "Kia ora {n},\n\nNext up: drug screen and site induction slot, both booked before {dl}. Unfortunately the clinic shuts Mondays.\n\n{sig}\n{co}"))
pair("furriery", "Tussockpelt", "Matane Furriery & Repairs", "matanefurriery", "cae",
     ("Furriery apprentice", "Hello {n},\n\nThanks for writing about our furriery apprenticeship. We have selected another applicant and are closing the posting.\n\n{sig}\n{co}"),
     ("next_steps", "Furriery apprentice – sample task", "Hello {n},\n\nPlease send photos of a sample seam by {dl}. Unfortunately we can't return any material mailed to us.\n\n{sig}\n{co}"))
pair("crocheting", "Tussockhook", "Mukuru Crocheting Collective", "mukurucrochet", "ke",
     ("Crocheting trainer", "Hello {n},\n\nAbout the crocheting trainer post: the committee picked a member who already trains our Oloitokitok group, so your file is now shut.\n\n{sig}\n{co}"),
     ("next_steps", "Crocheting trainer – sample", "Hello {n},\n\nKindly bring a finished sample to the office by {dl}. Sadly we cannot pay transport for the visit.\n\n{sig}\n{co}"))
pair("rushseating", "Tussockrush", "Somerset Levels Rushseating", "levelsrush", "uk",
     ("Rushseating maker", "Dear {n},\n\nAbout joining the rushseating workshop: an applicant from last winter's course took the place, so there is none for you.\n\n{sig}\n{co}"),
     ("next_steps", "Rushseating maker – references", "Dear {n},\n\nTwo references by {dl}, please. Unfortunately the workshop phone's dead, so email them.\n\n{sig}\n{co}"))
pair("chairmaking", "Tussockseat", "Ozark Chairmaking Shop", "ozarkchair", "usc",
     ("Chairmaking apprentice", "Hi {n},\n\nThanks for applying for the chairmaking apprenticeship. We picked another applicant this time and the spot is filled.\n\n{sig}\n{co}"),
     ("next_steps", "Chairmaking apprentice – paperwork", "Hi {n},\n\nPlease fill out the W-4 and I-9 before {dl}. Unfortunately we can't start you until they're in.\n\n{sig}\n{co}"))
pair("bodging", "Tussocklathe", "Chiltern Bodging Camp", "chilternbodge", "uk",
     ("Bodging assistant", "Hi {n},\n\nCheers for offering to help at the bodging camp. A long-time pole-lathe regular got the spot, so there isn't room this summer.\n\n{sig}\n{co}"),
     ("offer", "Bodging assistant – offer", "Hi {n},\n\nThe bodging assistant place is yours from {dl}. Unfortunately the camp has no mains water, so pack accordingly.\n\n{sig}\n{co}"))
pair("leadworking", "Tussocklead", "Ilkley Heritage Leadworking", "ilkleylead", "yk",
     ("Leadworking improver", "Now then {n},\n\nTa for applying for leadworking improver. We've taken someone on who's done church roofs, so you've not been successful this time.\n\n{sig}\n{co}"),
     ("offer", "Leadworking improver – job offer", "Now then {n},\n\nLeadworking improver job's yours, start {dl}. Unfortunately our van's being mended, so make your own way to the yard.\n\n{sig}\n{co}"))
pair("kerbing", "Tussockkerb", "Seaview Kerbing Contractors", "seaviewkerb", "sg",
     ("Kerbing supervisor", "Dear {n},\n\nYour application for kerbing supervisor: regretfully, another candidate was selected.\n\n{sig}\n{co}"),
     ("offer", "Kerbing supervisor – offer", "Dear {n},\n\nKerbing supervisor post offered to you, commencing {dl}. Unfortunately the site office has no aircon yet.\n\n{sig}\n{co}"))
pair("asphalting", "Tussockpitch", "Hadapsar Asphalting Works", "hadapsarasphalt", "in",
     ("Asphalting site engineer", "Dear {n},\n\nThank you for applying for asphalting site engineer. Another candidate was selected, and your application closes here.\n\n{sig}\n{co}"),
     ("offer", "Asphalting site engineer – offer", "Dear {n},\n\nOffer letter attached: asphalting site engineer, joining {dl}. Regrettably accommodation at the camp is shared.\n\n{sig}\n{co}"))
pair("tarmacking", "Tussocktar", "Laois Tarmacking Ltd", "laoistarmac", "ie",
     ("Tarmacking operative", "Hi {n},\n\nThanks for applying for the tarmacking operative job. A lad with a roller ticket got the job, so yours ends here.\n\n{sig}\n{co}"),
     ("offer", "Tarmacking operative – offer", "Hi {n},\n\nTarmacking operative job is yours from {dl}. Unfortunately there's no overtime till spring.\n\n{sig}\n{co}"))
pair("undertaking", "Tussockrest", "Bethesda Gate Undertaking", "bethesdagate", "za",
     ("Undertaking assistant", "Dear {n},\n\nRegarding the undertaking assistant role: we appointed someone else and have closed your file.\n\n{sig}\n{co}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert-tussockboard", "This week on Tussockboard", "Hi {n},\n\nNew on Tussockboard: drystone walling days (Kinvara), mushroom grow-room picker (nights), fellmonger (Tanekaha), kerb layer (Seaview).\n\nTussockboard", "Tussockboard", "tussockboard", frm="Tussockboard <alerts@tussockboard.example>", tz="uk")
wo("non_job_rejection_words", "nj-permit", "Residents' parking permit", "Dear {n},\n\nYour residents' parking permit request has been refused: the car's logbook shows an address beyond the zone boundary. Reapply once the logbook carries your present address.\n\nParking Services\n{co}", "Ryedale Parking Services", "ryedaleparking", frm="{co} <permits@{dom}>", tz="yk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (srp 2, est 2, isl 2, lit 2, fas 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """A refusal wholly in one language and (mostly) a non-refusal twin from the same sender."""
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + fam, subject, body, co, dom, tz=tz, lang=lang)


lp("ar-frankincense", "ar", "دار اللبان العماني", "darlubanoman", "om",
   ("بخصوص طلبكِ لوظيفة بائعة", "الأستاذة {full} المحترمة،\n\nشكرًا لرسالتكِ بشأن العمل في محل اللبان والبخور في سوق مطرح. وقع اختيارنا على زميلة عملت سنوات مع زوار السفن السياحية، لذا يتوقف طلبكِ عند هذه المرحلة.\n\nمع أطيب التمنيات،\n{sig}\n{co}"),
   ("application_received", "استلام طلبكِ", "الأستاذة {full} المحترمة،\n\nطلبكِ لوظيفة بائعة في محل اللبان بين أيدينا، ونفرز الطلبات خلال أسبوعين. وفي الحالتين يصلكِ منا رد مكتوب، وتبقى بياناتكِ لدينا ستة أشهر.\n\nمع التحية،\n{sig}\n{co}"))
lp("de-bellfoundry", "de", "Glockengießerei Ammertal", "glocken-ammertal", "de",
   ("Ihre Bewerbung als Formerhelfer/in", "Guten Tag {full},\n\ndanke für Ihr Schreiben an unsere Glockengießerei. Eingestellt wird eine Bewerberin, die schon Lehmformen für Kirchenglocken gebaut hat. Ihre Mappe wird nach einem halben Jahr gelöscht.\n\nMit freundlichen Grüßen\n{sig}\n{co}"),
   ("interview", "Einladung in die Gießerei", "Guten Tag {full},\n\nkommen Sie doch am {dl} gegen 9 Uhr zu uns in die Gießerei. Leider bleibt der Hof an diesem Tag wegen eines Glockengusses zu, nutzen Sie daher das Seitentor am Kirchweg.\n\nMit freundlichen Grüßen\n{sig}\n{co}"))
lp("es-turron", "es", "Turrones La Carrasca", "turroneslacarrasca", "es",
   ("Tu candidatura para campaña de Navidad", "Hola, {n}:\n\nGracias por presentarte a la campaña de Navidad en nuestra fábrica de turrón. Hemos cubierto todos los puestos de envasado con personal de otros años, así que esta vez no contamos contigo.\n\nUn saludo,\n{sig}\n{co}"),
   ("next_steps", "Documentación para la campaña", "Hola, {n}:\n\nSiguiente paso: envíanos el certificado de manipulación de alimentos y el DNI escaneado, como tarde el {dl}. Por desgracia las fotos movidas nos las devuelve la gestoría.\n\nUn saludo,\n{sig}\n{co}"))
lp("fr-cidre", "fr", "Cidrerie du Bocage", "cidreriebocage", "fr",
   ("Votre candidature – pressoir", "Bonjour {n},\n\nVotre lettre pour le pressoir nous a fait plaisir. Une voisine qui a déjà fait trois saisons de pommes chez nous reprend le poste ; votre demande s'arrête donc ici.\n\nBien cordialement,\n{sig}\n{co}"),
   ("offer", "Proposition d'embauche – pressoir", "Bonjour {n},\n\nLe pressoir vous attend : vous commencez le {dl}. Malheureusement, les chambres de la ferme sont toutes prises, prévoyez un gîte au bourg.\n\nBien cordialement,\n{sig}\n{co}"))
lp("hi-pickle", "hi", "अन्नपूर्णा अचार उद्योग", "annapurnaachar", "in",
   ("पैकिंग सहायक पद के बारे में", "{full} जी,\n\nआम और नींबू के अचार की पैकिंग वाली जगह पर आपकी रुचि अच्छी लगी। मालिकों ने मसाला पीसने में माहिर मोहल्ले की एक दीदी को रख लिया है, अतः आपकी अर्ज़ी यहीं बंद की जा रही है।\n\nसादर,\n{sig}\n{co}"),
   ("application_received", "आवेदन मिल गया", "{full} जी,\n\nअचार पैकिंग वाली आपकी अर्ज़ी आज सुबह की डाक से आई। नतीजा जो भी हो, पखवाड़े भर में मुनीमजी सूचना भेजेंगे।\n\nसादर,\n{sig}\n{co}"))
lp("it-murano", "it", "Perle di Vetro Zanon", "perlezanon", "it",
   ("Candidatura – apprendista perlaia", "Gentile {full},\n\nci ha fatto piacere leggerla. Abbiamo preso una giovane che infila e modella perle al lume da due anni, e quindi chiudiamo qui la sua candidatura.\n\nCordiali saluti,\n{sig}\n{co}"),
   ("interview", "Colloquio in laboratorio", "Gentile {full},\n\npassi in laboratorio il {dl} verso le 10 per due chiacchiere. Purtroppo il vaporetto del mattino è soppresso per lavori, consideri la corsa delle 9.\n\nCordiali saluti,\n{sig}\n{co}"))
lp("ja-tatami", "ja", "畳工房 いぐさ屋", "igusaya", "jp",
   ("見習い職人の応募について", "{n}様\n\nこの度は畳工房の見習い職人にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。\n\n今後のご活躍をお祈り申し上げます。\n{sig}\n{co}"),
   ("next_steps", "書類提出のお願い", "{n}様\n\n次の選考に進んでいただくため、履歴書と健康診断書を{dl}までにご郵送ください。あいにく持参での受付はしておりません。\n\n{sig}\n{co}"))
lp("ko-kimchi", "ko", "장독대 김치공방", "jangdokdae", "kr",
   ("생산직 지원 결과 안내", "{full}님, 안녕하세요.\n\n저희 김치공방 생산직에 지원해 주셔서 감사합니다. 검토 결과 이번에는 함께하지 못하게 되었습니다. 더 좋은 인연이 있기를 바랍니다.\n\n{sig} 드림\n{co}"),
   ("offer", "채용 확정 안내", "{full}님, 안녕하세요.\n\n생산직으로 채용이 확정되었습니다. 첫 출근일은 {dl}입니다. 아쉽게도 기숙사는 만실이라 통근하셔야 합니다.\n\n{sig} 드림\n{co}"))
lp("pt-azulejo", "pt", "Oficina de Azulejos Ribeira", "azulejosribeira", "pt",
   ("Candidatura a pintor(a) de azulejo", "Olá {n},\n\nAgradecemos o seu interesse na nossa oficina. Vistos os portefólios, a vaga fica para alguém com mais anos de pintura a cobalto, pelo que fica encerrada a sua candidatura.\n\nObrigada e boa sorte,\n{sig}\n{co}"),
   ("application_received", "Recebemos a sua candidatura", "Olá {n},\n\nChegou-nos o portefólio com a carta. Respondemos a todas as pessoas até ao fim do mês, seja qual for a decisão.\n\nObrigada,\n{sig}\n{co}"))
lp("ru-birchbark", "ru", "Мастерская «Берестяной лад»", "berestalad", "ru",
   ("Ваш отклик на вакансию мастера", "Здравствуйте, {n}!\n\nБлагодарим за письмо в нашу берестяную мастерскую. Мы выбрали кандидата с опытом плетения туесов, поэтому пригласить вас на работу сейчас не можем.\n\nС уважением,\n{sig}\n{co}"),
   ("interview", "Приглашение на встречу", "Здравствуйте, {n}!\n\nПриглашаем вас в мастерскую {dl} в 11:00. К сожалению, лифт в здании не работает, поднимайтесь по лестнице на третий этаж.\n\nС уважением,\n{sig}\n{co}"))
lp("sw-dhow", "sw", "Karakana ya Jahazi Matemwe", "jahazimatemwe", "tz",
   ("Jibu kuhusu kazi ya useremala", "Habari {n},\n\nAsante kwa kuomba kazi ya useremala katika karakana yetu ya majahazi. Nafasi hiyo amepewa fundi wa Matemwe aliyejenga majahazi tangu ujana wake; ombi lako limeishia hapa.\n\nWasalaam,\n{sig}\n{co}"),
   ("next_steps", "Nyaraka zinazohitajika", "Habari {n},\n\nTuma kopi ya kitambulisho pamoja na barua ya mdhamini kabla au ifikapo {dl}. Kwa bahati mbaya ofisi hufungwa saa nane mchana.\n\nKila la heri,\n{sig}\n{co}"))
lp("th-noodle", "th", "โรงเส้นก๋วยเตี๋ยวแม่บุญ", "maeboonnoodle", "th",
   ("ผลการสมัครงานพนักงานฝ่ายผลิต", "สวัสดีค่ะ คุณ{n}\n\nแม่บุญขอบใจมากที่ส่งใบสมัครมาที่โรงเส้นเล็กค่ะ รอบนี้แม่บุญรับหลานสาวจากราชบุรีซึ่งเคยนวดแป้งเส้นมาแล้ว ตำแหน่งเลยเต็มแล้วค่ะ\n\n{sig}\n{co}"),
   ("interview", "นัดสัมภาษณ์งาน", "สวัสดีค่ะ คุณ{n}\n\nแม่บุญอยากคุยด้วยที่โรงเส้น {dl} แปดโมงครึ่งค่ะ เสียดายที่หน้าโรงเส้นกำลังเทปูนใหม่ รถต้องจอดริมคลองไปก่อนนะคะ\n\n{sig}\n{co}"))
lp("tr-copper", "tr", "Bakırcı Usta Atölyesi", "bakirciusta", "tr",
   ("Çırak başvurunuz hakkında", "Merhaba {n},\n\nBakırcılar çarşısındaki atölyemize yazdığınız için sağ olun. Çıraklık yerini kalaycılıkta eli yatkın başka bir gence verdik.\n\nSaygılarımızla,\n{sig}\n{co}"),
   ("application_received", "Başvurunuz bize ulaştı", "Merhaba {n},\n\nBaşvurunuz elimize geçti. Sonuç ne çıkarsa çıksın, usta iki hafta içinde sizi arayıp haber verecek.\n\nSaygılarımızla,\n{sig}\n{co}"))
lp("ur-truckart", "ur", "رنگ محل ٹرک آرٹ", "rangmahal", "pk",
   ("پینٹر کی اسامی کے بارے میں", "محترمہ {full}،\n\nرنگ محل کو خط لکھنے کا شکریہ۔ استاد جی نے یہ جگہ اپنے ایک پرانے شاگرد کو دی ہے، جو راولپنڈی کے اڈے پر رنگ سازی کرتا رہا ہے، چنانچہ آپ کی درخواست آگے نہیں بڑھے گی۔\n\nنیک خواہشات کے ساتھ،\n{sig}\n{co}"),
   ("next_steps", "ضروری کاغذات", "محترمہ {full}،\n\nاگلا قدم: {dl} تک قومی شناختی کارڈ اور اپنے رنگین کام کی چند تصویریں ای میل کیجیے۔ افسوس کہ ہم واٹس ایپ پر کاغذات قبول نہیں کرتے۔\n\n{sig}\n{co}"))
lp("zh-dumpling", "zh", "老街饺子馆", "laojiejiaozi", "cn",
   ("关于您应聘面点师的结果", "{full}您好：\n\n感谢您应聘本店面点师一职。经过认真考虑，我们已录用了一位有多年包饺子经验的师傅，这次就不能与您合作了，敬请谅解。\n\n祝好！\n{sig}\n{co}"),
   ("offer", "录用通知", "{full}您好：\n\n很高兴通知您，本店决定录用您为面点帮工，请于{dl}上午八点到店报到。遗憾的是员工宿舍已满，需要您自行解决住宿。\n\n{sig}\n{co}"))
lp("srp-raspberry", "srp", "Zadruga Malinjak Arilje", "malinjak", "rs",
   ("Vaša prijava za sezonski posao", "Dobar dan, {n},\n\nhvala vam na prijavi za branje i prijem malina. Sva sezonska mesta smo popunili ljudima koji kod nas rade godinama, pa ovog puta ne možemo da vas primimo.\n\nSrdačan pozdrav,\n{sig}\n{co}"),
   ("application_received", "Primili smo vašu prijavu", "Dobar dan, {n},\n\nvaša prijava je stigla. Bez obzira na ishod, javićemo vam se telefonom do kraja meseca, a podatke čuvamo do sledeće sezone.\n\nSrdačan pozdrav,\n{sig}\n{co}"))
lp("srp-toys", "srp", "Radionica Drvena Čigra", "drvenacigra", "rs",
   ("Odgovor na prijavu – pomoćni radnik", "Dobar dan,\n\nzahvaljujemo se na interesovanju za rad u našoj radionici drvenih igračaka. Odlučili smo da primimo kandidata iz okoline koji već radi na strugu, tako da vašu prijavu nećemo razmatrati dalje.\n\nS poštovanjem,\n{sig}\n{co}"),
   ("interview", "Poziv na razgovor", "Dobar dan,\n\ndođite do radionice {dl} oko 10 časova, da se upoznamo. Nažalost, put do dvorišta se popravlja, pa ostavite auto kod crkve.\n\nS poštovanjem,\n{sig}\n{co}"))
lp("est-sauna", "est", "Metsasaun OÜ", "metsasaun", "ee",
   ("Vastus kandideerimisele", "Tere, {n}!\n\nAitäh, et kandideerisid saunaehitaja abiks. Valisime seekord kandidaadi, kellel on palkehituse kogemus, mistõttu me sinu kandideerimisega edasi ei lähe.\n\nParimate soovidega\n{sig}\n{co}"),
   ("application_received", "Kandideerimine kätte saadud", "Tere, {n}!\n\nSinu avaldus jõudis meieni. Olenemata otsusest anname kahe nädala jooksul e-posti teel teada, kuidas edasi.\n\nParimate soovidega\n{sig}\n{co}"))
lp("est-bog", "est", "Rabaretked Soomaa", "rabaretked", "ee",
   ("Matkajuhi konkurss", "Tere, {n}!\n\nTäname huvi eest matkajuhi töö vastu. Otsustasime võtta inimese, kes on Soomaal juba räätsamatku juhtinud, nii et seekord sinuga koostööd ei tule.\n\nKõike head\n{sig}\n{co}"),
   ("next_steps", "Järgmine samm", "Tere, {n}!\n\nPalun saada esmaabikursuse tunnistus ja kaks soovitajat hiljemalt {dl}. Kahjuks paberil dokumente me vastu ei võta.\n\nKõike head\n{sig}\n{co}"))
lp("isl-fishdry", "isl", "Harðfiskvinnslan Vör", "vorhardfiskur", "is",
   ("Umsókn um starf í vinnslu", "Góðan daginn {n},\n\nÞakka þér fyrir að sækja um hjá harðfiskvinnslunni. Starfið fór til manneskju sem hefur hengt upp ýsu í hjöllum í mörg ár, svo umsókn þín fer ekki lengra.\n\nKveðja,\n{sig}\n{co}"),
   ("interview", "Boð í viðtal", "Góðan daginn {n},\n\nVið viljum bjóða þér í viðtal {dl} klukkan 10. Því miður er bílastæðið lokað vegna framkvæmda, leggðu við höfnina.\n\nKveðja,\n{sig}\n{co}"))
lp("isl-horse", "isl", "Hestaleigan Fákur", "fakurhestar", "is",
   ("Svar við umsókn", "Góðan daginn {n},\n\nTakk fyrir áhugann á starfi leiðsögumanns í hestaferðum. Við ákváðum að ráða manneskju sem þekkir leiðirnar vel, svo við getum ekki boðið þér starfið í sumar.\n\nBestu kveðjur,\n{sig}\n{co}"),
   ("next_steps", "Næstu skref", "Góðan daginn {n},\n\nVinsamlegast sendu okkur afrit af skyndihjálparskírteini fyrir {dl}. Því miður getum við ekki tekið við skjölum á pappír.\n\nBestu kveðjur,\n{sig}\n{co}"))
lp("lit-linen", "lit", "Linų audykla Dzūkija", "linuaudykla", "lt",
   ("Dėl jūsų paraiškos", "Laba diena,\n\ndėkojame, kad domitės darbu mūsų linų audykloje. Šį kartą pasirinkome kandidatą, turintį darbo su audimo staklėmis patirties, todėl jūsų kandidatūros toliau nesvarstysime.\n\nPagarbiai\n{sig}\n{co}"),
   ("interview", "Kvietimas į pokalbį", "Laba diena,\n\nkviečiame jus į pokalbį audykloje {dl} 10 val. Deja, pagrindinis įėjimas remontuojamas, todėl prašome eiti per kiemą.\n\nPagarbiai\n{sig}\n{co}"))
lp("lit-boats", "lit", "Marių valčių nuoma", "mariuvaltys", "lt",
   ("Atsakymas dėl sezoninio darbo", "Laba diena,\n\načiū už jūsų paraišką dirbti valčių nuomos punkte šią vasarą. Nusprendėme priimti žmogų, jau turintį laivavedžio pažymėjimą, todėl šiuo metu pasiūlyti darbo negalime.\n\nGeros vasaros\n{sig}\n{co}"),
   ("offer", "Darbo pasiūlymas", "Laba diena,\n\nmaloniai siūlome jums sezoninį darbą valčių nuomos punkte nuo {dl}. Deja, darbuotojų nakvynės namuose vietų nebeliko.\n\nGeros vasaros\n{sig}\n{co}"))
lp("fas-pistachio", "fas", "باغ پسته رفسنجان", "baghpesteh", "ir",
   ("نتیجهٔ درخواست همکاری", "{full} گرامی،\n\nنامهٔ شما دربارهٔ کار در باغ پستهٔ ما به دستمان رسید. جای خالی را به کسی دادیم که سال‌ها سرپرست برداشت و خشک‌کردن پسته بوده است؛ پس این بار همکاری‌مان شکل نمی‌گیرد.\n\nبا احترام،\n{sig}\n{co}"),
   ("offer", "پیشنهاد همکاری", "{full} گرامی،\n\nبا کمال میل شما را برای فصل برداشت پستهٔ امسال می‌پذیریم. لطفاً از تاریخ {dl} در باغ حاضر شوید. متأسفانه خوابگاه کارگران پر شده است.\n\nبا احترام،\n{sig}\n{co}"))
lp("fas-bookshop", "fas", "کتاب‌فروشی چراغ", "ketabcheragh", "ir",
   ("پاسخ به درخواست شما", "{full} گرامی،\n\nنامهٔ گرمتان برای کتاب‌فروشی چراغ خوانده شد. برای این جایگاه کسی را برگزیدیم که پیش‌تر در نشر کار کرده بود؛ بنابراین درخواست شما را ادامه نمی‌دهیم.\n\nبا آرزوی موفقیت،\n{sig}\n{co}"))


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
        rec["id"] = f"blind100:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 98; slice 99, this slice and any later one are skipped by number."""
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
