# ruff: noqa: E501, S311
"""Write the hundred-and-fifty-eighth sealed blind slice for issue 11 (blind-slice-158.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 157; slice 157 and later never read; our side printed)
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

SEED = 1581581
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-158.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 158
SKIP_FROM = 157  # slice 157 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday

RECIPIENTS = [
    "Thorfinn Rendall", "Isatou Ceesay", "Rosario Fernandes", "Shanice Ebanks", "Dalton Hegge",
    "Oksana Hrytsenko", "Anushka Pandey", "Sigrid Flett", "Lamin Jallow", "Cletus Menezes",
    "Keisha Bodden", "Brody Lindquist", "Taras Melnyk", "Ritika Saxena", "Inga Harcus",
    "Fatoumata Bah", "Glenda D'Souza", "Marvin Scott-Ebanks", "Kaylee Overby", "Iryna Bondar",
    "Devansh Trivedi", "Magnus Drever", "Ousman Touray", "Sheldon Rodrigues", "Jolene Solberg",
    "Yulia Savchuk", "Pallavi Chaturvedi", "Tamsin Linklater", "Ebrima Sanneh", "Royston McLaughlin",
    "Halvard Thompson", "Nilufar Qureshi", "Kerry-Ann Whittaker", "Darragh Culhane", "Wiremu Tane",
]
REGION_SIGNERS = {
    "uk": ["Erlend Rousay", "Marjory Tulloch", "Hamish Isbister", "Morven Spence"],
    "ie": ["Clodagh Brennan", "Fiachra Doyle", "Aoibheann Kiely"],
    "us": ["Lorraine Haugen", "Curtis Bjornstad", "Delphine Marsh", "Wade Ostlie"],
    "au": ["Kirrily Duggan", "Brodie Mcphee", "Anneliese Voss"],
    "nz": ["Aroha Whaanga", "Fergus Tiplady", "Mere Paewai"],
    "za": ["Lindiwe Shabalala", "Johan Steyn", "Thandeka Zulu"],
    "gm": ["Haddy Njie", "Momodou Jobe", "Awa Camara"],
    "in": ["Savio Pereira", "Conceicao Gomes", "Neha Bhargava", "Alok Srivastava", "Prashant Dubey"],
    "ky": ["Dwayne Bush", "Marcia Connolly-Ebanks", "Travis Welcome"],
    "ua": ["Olena Kravets", "Bohdan Shevchuk", "Natalia Lysenko"],
    "sg": ["Goh Mei Xin", "Rajan Pillai"], "ca": ["Sylvie Gagnon", "Duncan Fraser"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca"}
LANG_SIGNERS = {
    "ar": ["سلمى العبيدي", "ماهر قاسم"], "de": ["Henrike Laufer", "Volker Stempel"],
    "es": ["Pilar Urquiza", "Gonzalo Ferrán"], "fr": ["Maëlle Rouxel", "Gaspard Lemoine"],
    "hi": ["शालिनी अग्रवाल", "विनोद मिश्रा"], "it": ["Ornella Gatti", "Fabrizio Conte"],
    "ja": ["高橋 真理子", "松本 隆"], "ko": ["이수진", "한동훈"], "pt": ["Beatriz Moura", "Tiago Sequeira"],
    "ru": ["Ольга Белова", "Игорь Жуков"], "sw": ["Neema Lyimo", "Juma Haji"],
    "th": ["สุภาพร ศรีสุข", "ธนากร วงศ์ไทย"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["رخسانہ ملک", "عمران شیخ"], "zh": ["李秀英", "赵建国"],
    "jav": ["Sri Rahayu", "Bambang Wicaksono"], "sun": ["Euis Nurhayati", "Asep Saepudin"],
    "ceb": ["Maricel Cabahug", "Junrey Tampus"], "hmn": ["Pa Nyia Vang", "Txawj Xyooj"],
    "tir": ["ሳባ ተስፋይ", "ዳዊት ገብረሂወት"], "orm": ["Caaltuu Guddataa", "Boruu Tolasaa"],
    "wol": ["Ndèye Fall", "Modou Diop"], "twi": ["Akosua Mensah", "Kwabena Boateng"],
    "smo": ["Lupe Faleolo", "Sione Tuiasosopo"], "mri": ["Hine Te Awa", "Rawiri Ngata"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سعيد", "يوسف الشامي"], "de": ["Johanna Riedl", "Felix Kranz"],
    "es": ["Lucía Barrenechea", "Diego Salcedo"], "fr": ["Apolline Girard", "Mathis Perrot"],
    "hi": ["अंकिता राठौर", "रोहित सक्सेना"], "it": ["Sofia Marchesi", "Andrea Ruggeri"],
    "ja": ["中村 美咲", "伊藤 大輔"], "ko": ["최유나", "윤성민"], "pt": ["Inês Matos", "Duarte Pinheiro"],
    "ru": ["Анна Волкова", "Сергей Лебедев"], "sw": ["Asha Mwinyi", "Hamisi Kombo"],
    "th": ["กานต์ธิดา ทองดี", "ภูมิพัฒน์ แก้วมณี"], "tr": ["Derya Koç", "Onur Aydın"],
    "ur": ["سائرہ نقوی", "بلال چوہدری"], "zh": ["张敏", "黄俊杰"],
    "jav": ["Dewi Lestari", "Agus Santoso"], "sun": ["Neng Rina", "Ujang Hidayat"],
    "ceb": ["Rhea Villamor", "Jomar Dacanay"], "hmn": ["Maiv Yaj", "Tswv Lis"],
    "tir": ["ሃና ኪዳነ", "ሚካኤል ብርሃነ"], "orm": ["Hawwii Dabalaa", "Gammachuu Fufaa"],
    "wol": ["Awa Ndiaye", "Cheikh Sarr"], "twi": ["Ama Owusu", "Yaw Asante"],
    "smo": ["Malia Leota", "Tavita Aumua"], "mri": ["Anahera Pōmare", "Tamati Rēweti"],
}
GIVEN = {"Goh Mei Xin": "Mei Xin"}
PROVIDERS = ["skuamail", "voepost", "haarbox", "tangmail", "noustbox", "geopost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "ky": ("-0500", None, ""),
    "gm": ("+0000", None, ""), "sn": ("+0000", None, ""), "gh": ("+0000", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "er": ("+0300", None, ""), "et": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "sa": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "id": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "ws": ("+1300", None, ""),
}

US_STYLE = ("use", "usc", "usp", "cae", "ky")
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
    sig: str = ""


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", y: str | tuple[str, ...] = "", lang: str = "en", sig: str = "") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    for key, block in QUOTES.items():
        body = body.replace(key, block)
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang, sig))


KIND_CODE = {"application_received": "ack", "interview": "int", "next_steps": "nxt", "offer": "off", "other_job": "job", "job_alert": "alr", "recruiter_outreach": "out", "non_job_rejection_words": "nj"}


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]



# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, ta for the harbour walk-round. Boat licence renews in May; skipper Wylie answers after evening tide.\n{n}"
FOOT = ("\n\n+++ {CO} HIRING NOTICEBOARD +++\nFresh openings go up each Thursday at noon on our noticeboard page. "
        "Sign up to 'Tidelines', our monthly crew letter, for yard stories and open-day dates. "
        "Vacancy pings by text: reply PINGOFF to stop. This mailbox takes nothing in; messages sent here go unread. "
        "Your data stays with our recruiting desk for a year, then is wiped.")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-wd", "Your candidacy for {role} ({ref})", "Hello {n},\n\nYour Candidate Home shows a new state for requisition {ref}, {role}: Closed – Filled by Another Candidate. Ta for the hours ye put into it all.\n\n{co} Talent Acquisition", ("Kirkwall Airfield Handling", "Fargo Grain Exchange"), ("kirkwallairfield", "fargograinx"), role=("Ramp Agent", "Elevator Operator"), tz=("uk", "usc"))
mr("ats-gh", "{co}: update on {role}", "Hi {n},\n\nCheers for finishing the take-home brief for {role}. The hiring huddle met Friday and the nod went to other folks for this opening. Your name on a later post would be welcome.\n\n{sig}\nRecruiting, {co}", ("Brinkstone Data", "Lviv Loop Software"), ("brinkstonedata", "lvivloop"), role=("Data Analyst", "QA Engineer"), tz=("usc", "ua"))
mr("ats-lv", "Re: {role} at {co}", "Hi {n},\n\nGrateful you looked at {co}. For {role} the team picked other candidates, so your file is closed out. Talent Circle keeps your profile nine months; reply LEAVECIRCLE to drop off it.\n\n{sig}", ("Seven Mile Photo Studio", "Stromness Creel Co"), ("sevenmilephoto", "stromnesscreel"), role=("Photo Booth Host", "Boat Hand"), tz=("ky", "uk"))
mr("ats-sr", "{co} – {role} application", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – another applicant appointed</td></tr></table><p>With thanks, {co} People Team</p></body></html>", ("Serrekunda Soap Works", "Margao Cashew Works"), ("serrekundasoap", "margaocashew"), role=("Forklift Driver", "Grading Supervisor"), tz=("gm", "in"))
mr("ats-ic", "Application status – {role}", "Dear {n},\n\nAt screening {co} had to stop your {role} application here: the post calls for a live PCV entitlement, and none appeared on the form. Ta for your effort.\n\nTalent Team", ("Minot Bus Lines", "Bakau Coach Company"), ("minotbus", "bakaucoach"), role=("Coach Driver", "Minibus Driver"), tz=("usc", "gm"))
mr("ats-tl", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) was scrapped when two depots merged into one, so each application filed to it, yours included, is shut. Other listings stay open to you.\n\n{co} Careers", ("Prairie Rim Appliance Stores", "Harrowgate Office Furniture"), ("prairierimappliance", "harrowgatefurniture"), role=("Parts Counter Clerk", "Assembly Operative"), tz=("usc", "uk"))
mr("ats-wk", "{role} – after your trial day", "Hi {n},\n\nCheers for the trial day at {co}. The crew liked your hustle, but the {role} spot goes to someone free for the dawn shifts too. Good hunting out there.\n\n{sig}", ("Bodden Town Car Wash", "Scapa Car Valeting"), ("boddencarwash", "scapavaleting"), role=("Valeter", "Detailer"), tz=("ky", "uk"))
mr("ats-bh", "Your application to {co}", "Hi {n},\n\nShort word: the {role} role at {co} is taken by one of our own shifting over from another branch, so it closes without outside hires. We were glad to read your application.\n\n{sig}", ("Panjim Ice Factory", "Kyiv Left Bank Laundries"), ("panjimice", "leftbanklaundry"), role=("Ice Plant Assistant", "Laundry Shift Lead"), tz=("in", "ua"))
mr("ats-tt", "{co} | {role}", "Dear {n},\n\nWe inform that on the {role} vacancy decision is made in favour of other candidate, whose experience sits nearer our tasks. Thank you for attention, wish you strength.\n\nRecruitment, {co}", ("Dnipro Grid Tools", "Odesa Port Software"), ("dniprogrid", "odesaportsw"), role=("Embedded Developer", "Support Engineer"), tz=("ua", "ua"))
mr("ats-pp", "Outcome of your {role} application", "Dear {n},\n\nAll {role} forms got marked on the posted criteria. Yours came to {x}; shortlisting needed {y}, so no interview call this round.\n\nRegards,\n{co} Recruitment", ("Noida Switchgear Parts", "Bismarck Health Lab"), ("noidaswitchgear", "bismarckhealthlab"), role=("Quality Inspector", "Lab Technician"), x=("19 of 35", "58%"), y=("24 of 35", "70%"), tz=("in", "usc"))
mr("ats-jz", "{co}: {role}", "Hi {n},\n\nHuge thanks for trying for our {role} post. A volunteer of many years has taken up the paid post, so the search is wrapped. We hope you'll still come to a beach clean some Saturday.\n\n{sig}, {co}", ("Cayman Turtle Friends", "Brikama Youth Football Trust"), ("turtlefriendsky", "brikamayouthft"), role=("Education Officer", "Programme Coordinator"), tz=("ky", "gm"))
mr("ats-ab", "{role} at {co}", "Hey {n},\n\nPost founders' chat, the {role} pick landed on a different candidate. You were easy company; hope we bump into each other down the line.\n\n{sig}\n{co}", ("Velvet Rank Labs", "Kharkiv Pixel Foundry"), ("velvetrank", "kharkivpixel"), role=("Product Designer", "Frontend Engineer"), tz=("use", "ua"))
mr("ats-season", "{co} {role} crew 2026", "Hi {n},\n\nEach berth on this season's {role} crew went to returners from last year, roster's packed and you're left off. Holler early next season.\n\n{sig}, {co}", ("Red River Beet Campaign", "Orkney Tattie Squad"), ("redriverbeet", "orkneytatties"), role=("Beet Pile", "Potato Grading"), tz=("usc", "uk"))
mr("ats1-ork", "Yer application for {role}", "Hi {n},\n\nThoo'll ken we had a fair puckle o' folk efter the {role} job. The boss has gien it tae a lass fae Deerness that's worked wi' us afore, so we'll no be takkan thee on this time. Keep peedie and keep trying.\n\n{sig}, {co}", "Deerness Joinery", "deernessjoinery", role="Yard Hand", tz="uk")
mr("ats1-gm", "{role} – Application", "Dear {n},\n\nWe write concerning {role}: another applicant has been appointed. Our thanks, and we pray God grant you good fortune as you seek work.\n\nYours faithfully,\n{sig}\n{co}", "Tanji Batik Cooperative", "tanjibatik", role="Store Keeper", tz="gm")
mr("ats1-goa", "{role} post at {co}", "Dear {n},\n\nRef your application, please be informed the {role} post got filled by one Mapusa candidate itself. Hence we are unable to proceed further with your candidature. Do keep applying, men.\n\n{sig}", "Calangute Shack Supplies", "calangutesupply", role="Store Assistant", tz="in")
mr("ats1-ky", "{co} – your application", "Hi {n},\n\nTanks for reaching out bout di {role} job. We went wid somebody already on island holdin a work permit, so dis one ain't yours. Take care, keep ya head up.\n\n{sig}", "West Bay Thatch Rope Makers", "westbaythatch", role="Rope Shop Assistant", tz="ky")
mr("ats1-nd", "{role} opening", "Hi {n},\n\nUff da, we had a pile of folks apply for the {role} spot. Wound up hirin' a fella from Devils Lake who's hung these signs forever, so you're out this go. You betcha we'll keep your name handy.\n\n{sig}, {co}", "Williston Sign Company", "willistonsigns", role="Sign Installer", tz="usc")
mr("ats1-ua", "Application {role}", "Dear {n},\n\nWe inform you that for position {role} the choice was made for other specialist. Thank you for time given, we wish big career success and peaceful sky above you.\n\n{sig}\n{co}", "Poltava Agro Drones", "poltavadrones", role="Drone Pilot", tz="ua")
mr("ats1-hi", "Regarding {role} application", "Dear {n},\n\nThis is with regards to your candidature for {role}. Kindly note the management has finalised another candidate having prior exposure in FMCG distribution. Your resume is not being taken forward. Best wishes for your future endeavours.\n\n{sig}\nHR, {co}", "Kanpur Leather Exports", "kanpurleather", role="Area Sales Officer", tz="in")
mr("ats1-ie", "{role} with {co}", "Hi {n},\n\nA thousand thanks for chasing the {role} job. A local in Ennistymon who's been covering for us has it now, so this one's wrapped up. Go n-éirí leat.\n\n{sig}", "Burren Soap Makers", "burrensoap", role="Soap Packer", tz="ie")
mr("ats1-au", "Your {role} application", "G'day {n},\n\nTa heaps for your shot at the {role} job. A bloke who's done a season here already got it, so no go this time. Cheers, mate.\n\n{sig}, {co}", "Margaret River Truffle Farm", "mrtrufflefarm", role="Harvest Hand", tz="au")
mr("ats1-nz", "{co} – {role}", "Kia ora {n},\n\nCheers for applying for {role}. Our pick went to a person with a forklift ticket already sorted, so yours stops here. Ka kite anō.\n\n{sig}", "Napier Paper Mill", "napierpaper", role="Reel Hand", tz="nz")
mr("ats1-za", "{role} vacancy", "Dear {n},\n\nThanks for the {role} application. Kindly note it was unsuccessful; a candidate holding a locksmith trade test got the post. Go well.\n\n{sig}\nHR Office, {co}", "Durban Locksmiths", "durbanlocksmiths", role="Locksmith", tz="za")
mr("ats1-us", "About {role}", "Hello {n},\n\nMuch obliged for waiting while we hunted for a {role}. We talked to several strong folks, picked one, and closed the posting; your application ends here.\n\n{sig}, {co}", "Savannah Candle Works", "savannahcandles", role="Plant Electrician", tz="use")
mr("ats1-uk", "{role} at {co}", "Dear {n},\n\nTa for applying for {role}. Alas, you're off the shortlist; it went to cooks with longer spells in commercial kitchens. We wish you well.\n\n{sig}\n{co}", "Ludlow Canteen Services", "ludlowcanteens", role="Canteen Chef", tz="uk")
mr("ats1-ork2", "{role} wi' {co}", "Hi {n},\n\nSorry we were slow gettan back. The {role} post is been filled by a young lad fae Shapinsay, so thu'll no be needed this time roond. We're blyde thu applied.\n\n{sig}", "Shapinsay Egg Farm", "shapinsayeggs", role="Egg Packer", tz="uk")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-a", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThe pier walk was a treat; your story about the winter crossings made the whole panel smile. We have offered the {role} post to a candidate from Stromness who starts in March.\n\nWarm regards,\n{sf}\n\n{OUT}", ("Stromness Marine Observatory", "Caymanas Weather Station"), ("stromnessobservatory", "caymanasweather"), role=("Tide Gauge Technician", "Weather Observer"), tz=("uk", "ky"))
mr("th-b", "RE: [EXT] Re: Follow-up – {role}", "Hello {n},\n\nTuesday's chat had such a spark to it; the team kept quoting your point about cold-chain audits. Our Grand Forks branch colleague took the {role} offer yesterday.\n\nAll good things,\n{sf}\n\n{ORIG}", ("Dakota Frozen Foods", "Gambia Ice Cream Works"), ("dakotafrozen", "gambiaicecream"), role=("Warehouse Lead", "Freezer Technician"), tz=("usc", "gm"))
mr("th-c", "RE: [EXT] Re: {role} – thanks", "Dear {n},\n\nIt was lovely to speak with you, and your knowledge of Konkani liturgy impressed the parish board. The board has appointed a music teacher from Verna to the {role} position, beginning in June.\n\nGod bless,\n{sf}\n\n{RULE}", ("St Anne's Parish School Verna", "Holy Cross School Aldona"), ("stannesverna", "holycrossaldona"), role=("Choir Master", "Music Teacher"), tz="in")
mr("th-d", "RE: [EXT] Re: Next steps – {role}", "Hi {n},\n\nWe enjoyed the whiteboard session a lot; your sketch of the sensor mesh is still pinned up. The team picked another finalist for {role}, someone who has run field trials in sub-zero yards.\n\nTake care,\n{sf}\n\n{GM}", ("Plainsfield Sensors", "Kyiv Mesh Robotics"), ("plainsfieldsensors", "kyivmesh"), role=("Hardware Engineer", "Firmware Engineer"), tz=("usc", "ua"))
mr("th-e", "RE: [EXT] Re: {role} panel", "Dear {n},\n\nMany thanks for your warm presence at the panel and the samples of your cookery you brought along. The kitchen has given the {role} place to a chef who trained with our head cook in Panaji.\n\nWith every good wish,\n{sf}\n\n{OUT}", ("Fontainhas Catering School", "Anjuna Catering Co"), ("fontainhascatering", "anjunacatering"), role=("Sous Chef", "Tandoor Chef"), tz="in")
mr("th-f", "RE: [EXT] Re: {role} – our talk", "Hi {n},\n\nYour tasting notes were a joy and your time was freely given. The distillery has brought in a cellar hand from Burray for the {role} job, joining the crew next month.\n\nCheers,\n{sf}\n\n{ORIG}", ("Hoy Sound Gin", "Burray Whisky Vaults"), ("hoysoundgin", "burrayvaults"), role=("Cellar Hand", "Tour Host"), tz="uk")
mr("th-g", "RE: [EXT] Re: Interview feedback – {role}", "Hello {n},\n\nThe partners loved your offshore-desk stories and your take on client trust. The {role} seat goes to an associate who transferred from our Bermuda office, from the first.\n\nKind regards,\n{sf}\n\n{RULE}", ("George Town Fund Services", "Seven Mile Trust Co"), ("gtfundservices", "sevenmiletrust"), role=("Fund Administrator", "Trust Officer"), tz="ky")
mr("th-h", "RE: [EXT] Re: {role} discussion", "Dear {n},\n\nThank you for a cheerful and thoughtful conversation; the director valued your ideas on school meals. The committee has chosen a nutritionist from Banjul for the {role} contract, who signs this week.\n\nPeace be with you,\n{sf}\n\n{GM}", ("Kombo School Feeding Project", "Gambia River Health Trust"), ("kombofeeding", "gambiariverhealth"), role=("Nutrition Officer", "Field Officer"), tz="gm")

# ---- 8 clear refusals under long footers
mr("ft-a", "Your application: {role}", "Hi {n},\n\nTa for applying for {role}. We've picked others and your file is shut. All the best.\n{FOOT}", ("Skara Brae Heritage Café", "Dakota Prairie Bridal"), ("skarabraecafe", "dakotaprairiebridal"), role=("Café Supervisor", "Fitting Room Associate"), tz=("uk", "usc"))
mr("ft-b", "{co}: {role} update", "Dear {n},\n\nYour {role} application was unsuccessful this time. Grateful you thought of us.\n{FOOT}", ("Camana Bay Chandlery", "Bakau Fabric Market"), ("camanachandlery", "bakaufabric"), role=("Sales Associate", "Stall Supervisor"), tz=("ky", "gm"))
mr("ft-c", "Regarding {role}", "Hello {n},\n\nWith regret, the {role} position goes elsewhere. Ta for the interest regardless.\n{FOOT}", ("Vasco Spectacle House", "Chernihiv Florist Depot"), ("vascospecs", "chernihivflorist"), role=("Showroom Advisor", "Warehouse Picker"), tz=("in", "ua"))
mr("ft-d", "{role} – decision", "Hi {n},\n\nSorry, it's a no for {role}. Ta for having a bash.\n{FOOT}", ("Kirkwall Jewellery Loft", "Bismarck Bowling Supply"), ("kirkwalljewels", "bismarckbowl"), role=("Shop Assistant", "Lane Mechanic"), tz=("uk", "usc"))

# ---- 9 hedged refusals
mr("hd-a", "{role} at {co}", "Hi {n},\n\nTa for applying for {role}. Other folk sit nearer what the crew wants just now, wi' more nights on a working trawler, so it's them that go on.\n\n{sig}", ("Westray Trawler Co", "North Sound Conch Farm"), ("westraytrawl", "northsoundconch"), role=("Deckhand", "Farm Hand"), tz=("uk", "ky"))
mr("hd-b", "Your {role} application", "Dear {n},\n\nThanks for your patience. The practice has gone another way with the {role} hire and is taking on someone who already knows our records system.\n\nBest,\n{sig}, {co}", ("Jamestown Dental Partners", "Salcete Eye Clinic"), ("jamestowndental", "salceteeye"), role=("Dental Receptionist", "Optometry Assistant"), tz=("usc", "in"))
mr("hd-c", "{co} – {role}", "Hello {n},\n\nWe read every form with care. For {role}, a few people's backgrounds fit our brief a touch more closely, and the hiring manager is continuing with them.\n\nRegards,\n{sig}", ("Lviv Puppet Theatre", "Gunjur Bee Farm"), ("lvivpuppets", "gunjurbees"), role=("Stage Assistant", "Hive Assistant"), tz=("ua", "gm"))
mr("hd-d", "{role}", "Hi {n},\n\nAppreciate you applying. For the {role} job we're tilting to folks with a CDL-A already in their wallet; those are who we'll ring.\n\n{sig}, {co}", ("Minot Ag Aviation", "Valley City Seed Cleaners"), ("minotagair", "valleycityseed"), role=("Ground Crew", "Plant Hand"), tz="usc")
mr("hd-e", "Search for {role}", "Dear {n},\n\nHaving reviewed the shortlist with our client, the fit leans to people who have run export compliance for a port, and the client is going with that profile for {role}.\n\n{sig}\n{co}", "Harbourline Executive Search", "harbourlinesearch", role="Compliance Manager", tz="ie")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-a", "Following our call – {role}", "Hi {n},\n\nGood visiting Tuesday. The client slotted an internal person into the {role} seat, so scratch that one. But I've got a {x} opening at a Fargo insurer that suits you nicely. Free for ten minutes Thursday?\n\n{sig}, {co}", "Northern Plains Talent", "nptalent", role="Underwriting Manager", x="Senior Underwriter", tz="usc")
mr("rc-b", "{role} update + something else", "Hello {n},\n\nThanks for the chat. The bank picked someone else for {role}. Different news: a George Town fund administrator wants a {x}, and you'd slot right in. Shall I send your CV?\n\n{sig}\n{co}", "Cayman Career Partners", "caymancareers", role="Compliance Officer", x="KYC Analyst", tz="ky")
mr("rc-c", "After our call", "Hi {n},\n\nQuick update: the {role} role went to someone with more SAP years, so we won't take that one further. The same client also has a {x} post open which fits your background, can we talk tomorrow?\n\n{sig}, {co}", "Goa Coast Staffing", "goacoaststaff", role="Treasury Manager", x="Cash Management Lead", tz="in")
mr("rc-d", "{role} – news", "Dear {n},\n\nThank you for our call. The employer decided to proceed with another person for {role}. Meanwhile I have a {x} vacancy in Lviv with a remote option, shall I put you forward?\n\n{sig}, {co}", "Carpathian Hire Partners", "carpathianhire", role="Team Lead", x="Senior Developer", tz="ua")
mr("rc-e", "Re: our call on {role}", "Hi {n},\n\nGood talking earlier. Word came back: another applicant took the {role} job. On the bright side, a Banjul NGO wants a {x}, and your reports are just what they want. Keen?\n\n{sig}\n{co}", "Smiling Coast Recruitment", "smilingcoastrec", role="Programme Manager", x="M&E Officer", tz="gm")
mr("rc-f", "{role} follow-up", "Hi {n},\n\nTa for the phone time. No luck on the {role} job, the firm grabbed a candidate already in Perth. Got a {x} role in Fremantle I'd love to float past you though.\n\n{sig}, {co}", "Swan River Recruitment", "swanriverrec", role="Site Engineer", x="Project Engineer", tz="au")
mr("rc-g", "Your {role} application via us", "Hey {n},\n\nSo the {role} role at the Noida plant is closed to you, they chose someone with line experience. But there is a {x} role in Greater Noida, same company, shall I forward your profile today itself?\n\n{sig}, {co}", "NCR Talent Bridge", "ncrtalent", role="Production Manager", x="Shift In-charge", tz="in")

# ---- 8 public-sector notices
mr("ps-a", "Notice of results: {role}", "Dear {n},\n\nFor {role}, announcement {ref}, you met eligibility, yet the list of best-qualified names sent to the selecting official left yours out. You need take no further step.\n\n{co} Human Resources", ("North Dakota Department of Roads", "Bureau of Reclamation – Bismarck"), ("ndroads", "reclamationbis"), role=("Highway Technician", "Hydrologic Aid"), tz="usc")
mr("ps-b", "Application for {role}", "Dear {n},\n\nReviewed: the {role} application is ineligible, because {x}. It will not proceed further in this competition.\n\n{co}", ("Personnel Management Office, Banjul", "Cayman Islands Civil Service"), ("pmobanjul", "kycivilservice"), role=("Clerical Officer", "Customs Officer"), x=("the WASSCE certificate was not attested", "the age limit for entry grade was exceeded"), tz=("gm", "ky"))
mr("ps-c", "Vacancy {ref} cancelled", "Dear {n},\n\nPlease be informed that vacancy {ref}, {role}, has been withdrawn after the service budget review. Applications in hand, yours among them, won't be assessed.\n\n{co}", ("Orkney Islands Council", "Goa Public Service Commission"), ("orkneycouncil", "goapsc"), role=("Harbour Officer", "Assistant Engineer"), tz=("uk", "in"))
mr("ps-d", "Written examination result – {role}", "Dear {n},\n\nWritten paper, {role}: you scored {x}; qualifying needed {y}, so the next stage won't include you.\n\nExaminations Section, {co}", ("Kyiv City Administration", "Uttar Pradesh Subordinate Services Board"), ("kyivcityadmin", "upssboard"), role=("Specialist, Transport Dept", "Junior Assistant"), x=("41 of 80", "92 of 200"), y=("48 of 80", "110 of 200"), tz=("ua", "in"))

# ---- 6 bare ATS status updates
mr("st-a", "Status update for your application", "Hi {n},\n\nRef {ref}, {role}: application status updated to no longer being considered.\n\n{co}", ("Fargo Parks District", "Banjul City Library"), ("fargoparks", "banjullibrary"), role=("Groundskeeper", "Library Clerk"), tz=("usc", "gm"))
mr("st-b", "Application status changed", "<html><body><p>{n},</p><p>Requisition: {role}</p><p>Status: <b>No longer under consideration</b></p><p>{co} Careers</p></body></html>", ("Grand Cayman Telecom", "Mormugao Shipyard"), ("gctelecom", "mormugaoyard"), role=("Line Apprentice", "Rigger"), tz=("ky", "in"))
mr("st-c", "Update: {role}", "Dear {n},\n\nYour application {ref} for {role} now shows status: Not Proceeding. This is an automated message.\n\n{co}", ("Zaporizhzhia Steel Service", "Kirkwall Grammar Trust"), ("zapsteel", "kirkwallgrammar"), role=("Crane Operator", "Technician"), tz=("ua", "uk"))

# ---- 6 internship / graduate decisions
mr("in-a", "{co} Summer Internship 2026", "Dear {n},\n\nThanks for entering the {role} round. Selectors are done, and the 2026 cohort is settled without you. Have another go next year.\n\n{co} Early Careers", ("Dakota Wind Cooperative", "Flotta Wave Energy Centre"), ("dakotawindcoop", "flottawave"), role=("Summer Field Internship", "Wave Lab Internship"), tz=("usc", "uk"))
mr("in-b", "Graduate programme decision", "Dear {n},\n\nPost assessment centre, the panel holds no {role} place for you. This intake was fiercely contested.\n\nGraduate Recruitment, {co}", ("Goa Bridges and Roads", "Kyiv Rail Systems"), ("goabridges", "kyivrail"), role=("Graduate Engineer Trainee scheme", "Graduate Rotation"), tz=("in", "ua"))
mr("in-c", "Internship application – {role}", "Hi {n},\n\nTa for trying for the {role}. Every place is allocated now and yours wasn't picked. Good luck with the coursework.\n\n{co}", ("Cayman Reef Lab", "Gambia Bird Survey"), ("caymanreeflab", "gambiabirds"), role=("Marine Science Internship", "Ornithology Internship"), tz=("ky", "gm"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "We've received your application: {role}", "Hello {n},\n\nRequisition {ref}, {role}, shows as Received in Candidate Home. Down the line it could flip to In Review, Interview, or Closed – Filled by Another Candidate; peek in whenever.\n\n{co} Talent Acquisition", ("Kirkwall Airfield Handling", "Fargo Grain Exchange"), ("kirkwallairfield", "fargograinx"), role=("Baggage Handler", "Scale House Clerk"), tz=("uk", "usc"))
mo(A, "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application landed. Each gets read by a human recruiter; go or no-go, a living person emails you within three weeks.\n\n{sig}\n{co}", ("Brinkstone Data", "Lviv Loop Software"), ("brinkstonedata", "lvivloop"), role=("Analytics Engineer", "Test Automation Engineer"), tz=("usc", "ua"))
mo(A, "lv", "{co} got your application", "Hi {n},\n\nTa for applying for {role}! Should this one fizzle, your profile still joins our Talent Circle nine months, handy for later openings.\n\n{sig}", ("Seven Mile Photo Studio", "Stromness Creel Co"), ("sevenmilephoto", "stromnesscreel"), role=("Print Runner", "Creel Repairer"), tz=("ky", "uk"))
mo(A, "sr", "{co} – application received", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Current step</td><td>Received</td></tr><tr><td>Could become</td><td>Interview / Offer / Unsuccessful</td></tr></table><p>{co} People Team</p></body></html>", ("Serrekunda Soap Works", "Margao Cashew Works"), ("serrekundasoap", "margaocashew"), role=("Line Checker", "Roasting Operator"), tz=("gm", "in"))
mo(A, "ic", "Application submitted: {role}", "Dear {n},\n\nYour {role} application is logged. Mind: anyone lacking a live PCV entitlement drops out at screening, and our system emails them to say so.\n\nTalent Team, {co}", ("Minot Bus Lines", "Bakau Coach Company"), ("minotbus", "bakaucoach"), role=("Route Driver", "Relief Driver"), tz=("usc", "gm"))
mo(A, "tl", "Requisition {ref} – thanks for applying", "Dear {n},\n\nGot your {role} application. While depots merge, a requisition may get paused or scrapped; should this one be, a notice follows and other listings stay open.\n\n{co} Careers", ("Prairie Rim Appliance Stores", "Harrowgate Office Furniture"), ("prairierimappliance", "harrowgatefurniture"), role=("Delivery Driver", "Packing Operative"), tz=("usc", "uk"))
mo(A, "wk", "Got your application!", "Hi {n},\n\nYour {role} form reached {co}, cheers. Usual next bit is a paid trial shift. Ten days with no ring from us, the spot's gone elsewhere.\n\n{sig}", ("Bodden Town Car Wash", "Scapa Car Valeting"), ("boddencarwash", "scapavaleting"), role=("Cashier", "Yard Hand"), tz=("ky", "uk"))
mo(A, "bh", "Application for {role} received", "Hi {n},\n\nYour {role} application reached us. Staff here see each opening first; should a colleague shift into it, a note will tell you it's closed.\n\n{sig}, {co}", ("Panjim Ice Factory", "Kyiv Left Bank Laundries"), ("panjimice", "leftbanklaundry"), role=("Block Ice Loader", "Washer Operator"), tz=("in", "ua"))
mo(A, "tt", "{co} | application registered", "Dear {n},\n\nWe inform that application on {role} is registered. In 14 days answer comes, positive or negative, on this e-mail.\n\nRecruitment, {co}", ("Dnipro Grid Tools", "Odesa Port Software"), ("dniprogrid", "odesaportsw"), role=("Backend Developer", "DevOps Engineer"), tz=("ua", "ua"))
mo(A, "pp", "Thanks for your {role} application", "Dear {n},\n\n{role} form received. All forms get marked on posted criteria; a score under the shortlist cut gets an email instead of an invite.\n\n{co} Recruitment", ("Noida Switchgear Parts", "Bismarck Health Lab"), ("noidaswitchgear", "bismarckhealthlab"), role=("Store Incharge", "Phlebotomist"), tz=("in", "usc"))
mo(A, "jz", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is here! Fair warning: volunteers often go for paid posts, and now and then one lands it. Whichever way, we'll write.\n\n{sig}, {co}", ("Cayman Turtle Friends", "Brikama Youth Football Trust"), ("turtlefriendsky", "brikamayouthft"), role=("Outreach Assistant", "Coach"), tz=("ky", "gm"))
mo(A, "ab", "{co} – we have your application", "Hey {n},\n\nTa for the {role} application. Contact happens only where you line up with the team's needs; then a founder writes direct.\n\n{sig}\n{co}", ("Velvet Rank Labs", "Kharkiv Pixel Foundry"), ("velvetrank", "kharkivpixel"), role=("Growth Marketer", "Illustrator"), tz=("use", "ua"))
mo(A, "season", "{co} {role} crew – signed up", "Hi {n},\n\nName's down for the {role} crew. Returners get first berths; should they fill it, a straight word from us follows and you're held over for next year.\n\n{sig}, {co}", ("Red River Beet Campaign", "Orkney Tattie Squad"), ("redriverbeet", "orkneytatties"), role=("Beet Truck", "Tattie Packing"), tz=("usc", "uk"))
mo(A, "ork", "Got thee form", "Hi {n},\n\nWe got thee form for the {role} job. The boss'll look through them come Monday. Aye or no, I'll gie thee a phone by the week's end.\n\n{sig}, {co}", ("Deerness Joinery", "Shapinsay Egg Farm"), ("deernessjoinery", "shapinsayeggs"), role=("Painter", "Packer"), tz="uk")
mo(A, "gm", "{role} – Acknowledgement", "Dear {n},\n\nThanks, {role} application received. Shortlisted ones alone get a call. Three weeks of silence should be taken as unsuccessful.\n\n{sig}\n{co}", ("Tanji Batik Cooperative", "Smiling Coast Recruitment"), ("tanjibatik", "smilingcoastrec"), role=("Accounts Clerk", "Driver"), tz="gm")
mo(A, "goa", "Application received – {role}", "Dear {n},\n\nYour {role} application stands acknowledged. Result, selected or not selected, shall be intimated by mail only. Kindly do not call the office.\n\n{sig}", ("Calangute Shack Supplies", "Goa Coast Staffing"), ("calangutesupply", "goacoaststaff"), role=("Cashier", "Housekeeping Supervisor"), tz="in")
mo(A, "ky", "{co} got your info", "Hi {n},\n\nTanks for di {role} application. If two weeks pass an you ain't hear from we, dat mean somebody else land it. Eida way we hold on to ya details.\n\n{sig}", ("West Bay Thatch Rope Makers", "Cayman Career Partners"), ("westbaythatch", "caymancareers"), role=("Van Driver", "Receptionist"), tz="ky")
mo(A, "nd", "Got your application", "Hi {n},\n\nThanks a heap for the {role} application. Pile gets sorted after harvest. Yea or nay, I'll scribble you a note, don'tcha know.\n\n{sig}, {co}", ("Williston Sign Company", "Northern Plains Talent"), ("willistonsigns", "nptalent"), role=("Dispatcher", "Recruiting Coordinator"), tz="usc")
mo(A, "ua", "Application {role} received", "Dear {n},\n\nCV for {role} is received. If profile not match, separate contact will not be, but CV is kept in our base half a year.\n\n{sig}\n{co}", ("Poltava Agro Drones", "Carpathian Hire Partners"), ("poltavadrones", "carpathianhire"), role=("Agronomist", "Recruiter"), tz="ua")
mo(A, "hi", "Resume received – {role}", "Dear {n},\n\nYour resume for {role} is received. If not shortlisted, the same will be retained in our databank for upcoming openings.\n\n{sig}\nHR, {co}", ("Kanpur Leather Exports", "NCR Talent Bridge"), ("kanpurleather", "ncrtalent"), role=("Merchandiser", "Plant Accountant"), tz="in")
mo(A, "ie", "Thanks for applying to {co}", "Hi {n},\n\nThanks a mill for the {role} application. Word comes one way or t'other before month's end, so no chasing needed.\n\n{sig}", ("Burren Soap Makers", "Harbourline Executive Search"), ("burrensoap", "harbourlinesearch"), role=("Café Assistant", "Research Associate"), tz="ie")
mo(A, "au", "Application in – {role}", "G'day {n},\n\nTa for having a go at {role}. Shortlisted folks get rung inside a fortnight. No ring means others got picked this round; your details get kept till next harvest.\n\n{sig}, {co}", ("Margaret River Truffle Farm", "Swan River Recruitment"), ("mrtrufflefarm", "swanriverrec"), role=("Packing Hand", "Consultant"), tz="au")
mo(A, "nz", "Kia ora – application received", "Kia ora {n},\n\nCheers for the {role} application. From here it could go: interview, on hold, or not progressed. Every change comes by email.\n\n{sig}, {co}", ("Napier Paper Mill", "Napier Paper Mill"), ("napierpaper", "napierpaper"), role=("Dryer Operator", "Lab Assistant"), tz="nz")
mo(A, "za", "Acknowledgement: {role}", "Dear {n},\n\n{role} application received. No contact within 30 days means kindly regard it as unsuccessful.\n\n{sig}\nHR Office, {co}", ("Durban Locksmiths", "Durban Locksmiths"), ("durbanlocksmiths", "durbanlocksmiths"), role=("Key Cutter", "Counter Sales"), tz="za")
mo(A, "us", "We received your application", "Hello {n},\n\nYour {role} application arrived fine. Every applicant hears, glad tidings or bad, roughly three weeks after the posting shuts.\n\n{sig}, {co}", ("Savannah Candle Works", "Jamestown Dental Partners"), ("savannahcandles", "jamestowndental"), role=("Sanitation Lead", "Hygienist"), tz=("use", "usc"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "wd", "Interview: {role}", "Hello {n},\n\nCould we interview you for {role} on {dl} at 10:00? Unfortunately the terminal lift is broken; take the stairs, second floor.\n\n{sig}, {co}", ("Kirkwall Airfield Handling", "Fargo Grain Exchange"), ("kirkwallairfield", "fargograinx"), role=("Ramp Agent", "Elevator Operator"), tz=("uk", "usc"))
mo(IV, "gh", "{co}: let's talk about {role}", "Hi {n},\n\nLoved the take-home; can we meet {dl}? Sadly the office coffee machine's dead, bring a flask.\n\n{sig}\nRecruiting, {co}", ("Brinkstone Data", "Lviv Loop Software"), ("brinkstonedata", "lvivloop"), role=("Data Analyst", "QA Engineer"), tz=("usc", "ua"))
mo(IV, "wk", "Trial shift for {role}", "Hi {n},\n\nPaid trial shift on offer: {dl}, from 11. Suit you? Unfortunately the staff lot's getting resurfaced; roadside parking's fine.\n\n{sig}, {co}", ("Bodden Town Car Wash", "Scapa Car Valeting"), ("boddencarwash", "scapavaleting"), role=("Valeter", "Detailer"), tz=("ky", "uk"))
mo(IV, "tt", "{co} | interview invitation", "Dear {n},\n\nInvite you on technical interview for {role}, {dl}. Unfortunately at air alert the call can move; then we write new time.\n\nRecruitment, {co}", ("Dnipro Grid Tools", "Odesa Port Software"), ("dniprogrid", "odesaportsw"), role=("Embedded Developer", "Support Engineer"), tz="ua")
mo(IV, "th", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nGrand to hear back. The panel wants a second talk with you on {dl}. Regrettably the pier café is shut for repairs; lunch in town on us.\n\n{sf}\n\n{OUT}", ("Stromness Marine Observatory", "Caymanas Weather Station"), ("stromnessobservatory", "caymanasweather"), role=("Tide Gauge Technician", "Weather Observer"), tz=("uk", "ky"))
mo(IV, "gm", "Invitation to interview – {role}", "Dear {n},\n\nKindly attend interview for {role}, {dl}, 10 a.m. Unfortunately the main road is under repair, come early. Bring original certificates.\n\n{sig}\n{co}", ("Tanji Batik Cooperative", "Kombo School Feeding Project"), ("tanjibatik", "kombofeeding"), role=("Store Keeper", "Nutrition Officer"), tz="gm")
mo(IV, "goa", "Interview call – {role}", "Dear {n},\n\nShortlisted! Interview for {role} on {dl}, 11 a.m. Sadly compound parking is closed for construction; kindly park by the church.\n\n{sig}", ("Calangute Shack Supplies", "Panjim Ice Factory"), ("calangutesupply", "panjimice"), role=("Store Assistant", "Ice Plant Assistant"), tz="in")
mo(IV, "nd", "Interview – {role}", "Hi {n},\n\nWe'd sure like to visit about the {role} spot {dl}. Bad news: Highway 2's got a detour, add half an hour.\n\n{sig}, {co}", ("Williston Sign Company", "Minot Ag Aviation"), ("willistonsigns", "minotagair"), role=("Sign Installer", "Ground Crew"), tz="usc")
mo(NX, "pp", "Next step: assessment for {role}", "Dear {n},\n\nShortlisted for {role}! Finish the online assessment by {dl}. Unfortunately it runs nonstop once started; set aside 50 quiet minutes.\n\n{co} Recruitment", ("Noida Switchgear Parts", "Bismarck Health Lab"), ("noidaswitchgear", "bismarckhealthlab"), role=("Quality Inspector", "Lab Technician"), tz=("in", "usc"))
mo(NX, "ic", "Action needed: documents for {role}", "Dear {n},\n\nNext for {role}: upload your licence scan plus two references by {dl}. Sadly the portal bounces files over 4 MB; scan in black and white.\n\nTalent Team, {co}", ("Minot Bus Lines", "Bakau Coach Company"), ("minotbus", "bakaucoach"), role=("Coach Driver", "Minibus Driver"), tz=("usc", "gm"))
mo(NX, "ua", "Test task – {role}", "Dear {n},\n\nFollowing step on {role} is test task. Send solution till {dl}. Unfortunately RAR archives we cannot open, only ZIP.\n\n{sig}\n{co}", ("Kharkiv Pixel Foundry", "Poltava Agro Drones"), ("kharkivpixel", "poltavadrones"), role=("Frontend Engineer", "Drone Pilot"), tz="ua")
mo(NX, "hi", "Next round – {role}", "Dear {n},\n\nKindly report for {role} aptitude round on {dl}. Unfortunately latecomers won't be let in the hall. Carry a photo ID.\n\n{sig}\nHR, {co}", ("Kanpur Leather Exports", "Noida Switchgear Parts"), ("kanpurleather", "noidaswitchgear"), role=("Area Sales Officer", "Production Supervisor"), tz="in")
mo(NX, "ky", "Background check – {role}", "Hi {n},\n\nGood news, we movin ahead on {role}. Send a police clearance by {dl}. Unfortunately George Town station shuts Fridays, plan for dat.\n\n{sig}", ("West Bay Thatch Rope Makers", "George Town Fund Services"), ("westbaythatch", "gtfundservices"), role=("Rope Shop Assistant", "Fund Administrator"), tz="ky")
mo(NX, "th", "RE: [EXT] Re: Next steps – {role}", "Hi {n},\n\nTeam loved the session; next we'd like brief reference calls with two past managers by {dl}. Sadly our scheduler is down, just reply with times.\n\n{sf}\n\n{GM}", ("Plainsfield Sensors", "Kyiv Mesh Robotics"), ("plainsfieldsensors", "kyivmesh"), role=("Hardware Engineer", "Firmware Engineer"), tz=("usc", "ua"))
mo(OF, "bh", "Offer: {role}", "Hi {n},\n\nThrilled to offer you the {role} job at {co}. Signed letter back to us by {dl}, please. Unfortunately the canteen's shut for refitting your first week.\n\n{sig}", ("Panjim Ice Factory", "Kyiv Left Bank Laundries"), ("panjimice", "leftbanklaundry"), role=("Block Ice Loader", "Laundry Shift Lead"), tz=("in", "ua"))
mo(OF, "season", "You're on the {role} crew", "Hi {n},\n\nA berth opened and it's yours, {role} crew. Start {dl}. Sorry, bunkhouse showers run cold till the plumber comes.\n\n{sig}, {co}", ("Red River Beet Campaign", "Orkney Tattie Squad"), ("redriverbeet", "orkneytatties"), role=("Beet Pile", "Potato Grading"), tz=("usc", "uk"))
mo(OF, "th", "RE: [EXT] Re: {role} – thanks", "Dear {n},\n\nThe board joyfully offers you the {role} position from {dl}. Unfortunately the hall is being painted; first practice is in the chapel.\n\nGod bless,\n{sf}\n\n{RULE}", ("St Anne's Parish School Verna", "Holy Cross School Aldona"), ("stannesverna", "holycrossaldona"), role=("Choir Master", "Music Teacher"), tz="in")
mo(OF, "au", "Offer – {role}", "G'day {n},\n\nGood news, {role} job's yours. Kick off {dl}? Unfortunately the ute's at the mechanic that week, so arrange a lift to the farm.\n\n{sig}, {co}", "Margaret River Truffle Farm", "mrtrufflefarm", role="Harvest Hand", tz="au")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wd", "Status update for your application", "Hi {n},\n\nRef {ref}, {role}: Withdrawn by candidate is the new status. Wrong? Reply inside seven days.\n\n{co}", ("Fargo Parks District", "Banjul City Library"), ("fargoparks", "banjullibrary"), role=("Groundskeeper", "Library Clerk"), tz=("usc", "gm"))
mo("other_job", "hold", "Application status changed", "<html><body><p>{n},</p><p>Requisition: {role}</p><p>Status: <b>On hold – budget approval pending</b></p><p>{co} Careers</p></body></html>", ("Grand Cayman Telecom", "Mormugao Shipyard"), ("gctelecom", "mormugaoyard"), role=("Line Apprentice", "Rigger"), tz=("ky", "in"))
mo("job_alert", "ft", "New at {co}: this week's openings", "Hi {n},\n\nThree new roles near you: Shop Assistant, Stock Runner and Weekend Supervisor. Tap into the noticeboard to read more.\n{FOOT}", ("Kirkwall Jewellery Loft", "Camana Bay Chandlery", "Vasco Spectacle House"), ("kirkwalljewels", "camanachandlery", "vascospecs"), tz=("uk", "ky", "in"))
mo("recruiter_outreach", "a", "A {role} role you might like", "Hi {n},\n\nSpotted your profile; a Banjul logistics firm wants a {role} and you'd suit. Quick call this week?\n\n{sig}, {co}", "Smiling Coast Recruitment", "smilingcoastrec", role="Operations Manager", tz="gm")
mo("recruiter_outreach", "b", "{role} opportunity in Fargo", "Hi {n},\n\nHope the week's going good. A Fargo manufacturer's after a {role}, hybrid, solid benefits. Up for a chat?\n\n{sig}, {co}", "Northern Plains Talent", "nptalent", role="Plant Controller", tz="usc")
mo("other_job", "moved", "Interview moved – {role}", "Hi {n},\n\nThe {role} interview moves to {dl} because of the Cayman public holiday. Time and room unchanged. Reply if that clashes.\n\n{sig}", "Cayman Career Partners", "caymancareers", role="KYC Analyst", tz="ky")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nAfter credit review your {role} request is declined. Written main reasons can be requested within 30 days.\n\n{co} Lending", ("Orkney Mutual Savings", "Goa Urban Co-op Bank"), ("orkneymutual", "goaurbancoop"), role=("personal loan", "two-wheeler loan"), tz=("uk", "in"))
mo("non_job_rejection_words", "ballot", "Folk Festival ticket ballot", "Hi {n},\n\nCheers for trying this year's weekend-ticket ballot. Unfortunately your name missed the draw. Day tickets remain on sale.\n\n{co}", "Kirkwall Folk Festival", "kirkwallfolkfest", tz="uk")
mo("non_job_rejection_words", "flat", "Re: the flat on Albert Street", "Hi {n},\n\nTa for viewing the flat. Landlord picked a different tenant, flat's taken. Similar listings coming your way.\n\n{sig}, {co}", "Kirkwall Lettings", "kirkwalllettings", tz="uk")
mo("non_job_rejection_words", "club", "Membership application – {co}", "Dear {n},\n\nThanks for your bid to join {co}. Sadly the committee can't give you a rink place this season; the waiting list is full. Your name stays on it.\n\nHon. Secretary", "Stromness Bowling Club", "stromnessbowling", tz="uk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    pool = REGION_SIGNERS[REGION.get(tz, tz)]
    sig = pool[len(TEMPLATES) % len(pool)]
    frm = "{sig}, {co} (via Skerryvale" + ch + ") <{sl}@{dom}>"
    tail = "\n\n-- passed along by Skerryvale" + ch + " --"
    wr(fam, rej[0], rej[1] + tail, co, dom, frm=frm, tz=tz, sig=sig)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, dom, frm=frm, tz=tz, sig=sig)


pair("trug", "Tern", "Hollowmere Trugs", "hollowmeretrugs", "uk", ("Trug weaving apprentice", "Dear {n},\n\nThanks for asking after our trug-weaving apprenticeship. A lad who already cleaves sweet chestnut has the bench, so yours stops there.\n\n{sig}"), ("interview", "Trug weaving – come and see us", "Dear {n},\n\nPop over to the workshop {dl} at ten? Sadly the lane floods after rain; boots advised.\n\n{sig}"))
pair("sealwax", "Puffin", "Ambergate Seal Wax", "ambergatewax", "uk", ("Seal wax maker post", "Hello {n},\n\nYour letter about sealing-wax making charmed us, yet a former chandler now holds the job. We'll stop yours there.\n\n{sig}"), ("application_received", "Seal wax maker – letter received", "Hello {n},\n\nYour letter's arrived. Every letter gets an answer within a month, place or no place.\n\n{sig}"))
pair("oarloom", "Fulmar", "Ness Oar Works", "nessoars", "uk", ("Oar loom shaping", "Hi {n},\n\nTa for wanting to shape oar looms here. Someone with boatyard years got chosen; your name missed the shortlist.\n\n{sig}"), ("next_steps", "Oar loom shaping – a sample", "Hi {n},\n\nPost us a spruce offcut you shaped, by {dl}. Unfortunately postage isn't refunded.\n\n{sig}"))
pair("creel", "Gannet", "Sanday Creel Menders", "sandaycreels", "uk", ("Creel mending job", "Hi {n},\n\nA retired fisherman fae Kettletoft has the creel-mending job. Ta for asking, and good luck.\n\n{sig}"), ("offer", "Creel mending – the job's yours", "Hi {n},\n\nCreel-mending job's yours, if ye'll have it, from {dl}. Sorry, the shed heater's bust till spring.\n\n{sig}"))
pair("firebrick", "Shag", "Redfern Kiln Care", "redfernkiln", "use", ("Firebrick pointing technician", "Dear {n},\n\nThanks for applying for firebrick pointing. A candidate with foundry kiln hours got the nod; we'll stop your file here.\n\n{sig}"), ("interview", "Firebrick pointing – interview", "Dear {n},\n\nMeet us {dl} at 9:00? Unfortunately the kiln yard's dusty, wear old clothes.\n\n{sig}"))
pair("hopdry", "Eider", "Copperbine Hop Kilns", "copperbinehops", "usp", ("Hop drying seasonal role", "Hi {n},\n\nThis harvest's hop-drying crew is full; your form missed out. Thanks for looking us up.\n\n{sig}"), ("application_received", "Hop drying – we got your form", "Hi {n},\n\nTa for applying to dry hops. Should the crew fill ahead of your name, an email will say.\n\n{sig}"))
pair("vane", "Curlew", "Spireline Weathervanes", "spirelinevanes", "ie", ("Vane casting assistant", "Dear {n},\n\nThanks for your vane-casting application. Sorry, an apprentice from our Athlone foundry took the place.\n\n{sig}"), ("next_steps", "Vane casting – drawings please", "Dear {n},\n\nSend two drawings of vanes you cast by {dl}. Sadly the scanner's broke, photos are grand.\n\n{sig}"))
pair("slip", "Plover", "Pendle Slipware", "pendleslip", "uk", ("Slip casting vacancy", "Hi {n},\n\nTa for applying for slip casting. A potter already part-time here gets it, so your application ends now.\n\n{sig}"), ("offer", "Slip casting – an offer", "Hi {n},\n\nThe slip-casting post is offered you, {dl} onward. Unfortunately the tea urn's broken, bring a flask.\n\n{sig}"))
pair("casket", "Dunlin", "Quiet Oak Casket Makers", "quietoakcaskets", "use", ("Casket lining position", "Dear {n},\n\nThanks for your casket-lining application. Careful review led us to a different applicant, upholstery-trained.\n\n{sig}"), ("interview", "Casket lining – meeting", "Dear {n},\n\nJoin us {dl}, 2 p.m., for a short talk. Unfortunately the side door's locked; come in the front.\n\n{sig}"))
pair("lantern", "Skua", "Brightwick Lantern Works", "brightwicklanterns", "au", ("Lantern soldering job", "G'day {n},\n\nTa for eyeing lantern soldering. A bloke with ten years soldering tin got it, so we'll call it quits there.\n\n{sig}"), ("application_received", "Lantern soldering – got it", "G'day {n},\n\nForm's landed. Inside two weeks expect a ring or an email, good or bad.\n\n{sig}"))
pair("tack", "Merlin", "Saddleback Tack Stitchers", "saddlebacktack", "nz", ("Tack stitching role", "Kia ora {n},\n\nCheers for applying to stitch tack. A local saddler's been picked; your application ends here.\n\n{sig}"), ("next_steps", "Tack stitching – sample", "Kia ora {n},\n\nBring a stitched sample strap by {dl}? Sorry, the shop dog's loud but harmless.\n\n{sig}"))
pair("boot", "Kestrel", "Vlei Bootmakers", "vleiboots", "za", ("Boot lasting vacancy", "Dear {n},\n\nThanks for the boot-lasting application. An experienced laster filled the post; yours was unsuccessful.\n\n{sig}"), ("interview", "Boot lasting – interview", "Dear {n},\n\nInterview {dl}, 10:00, at the factory. Unfortunately load-shedding could black it out, bring a torch.\n\n{sig}"))
pair("well", "Osprey", "Dry Creek Well Boring", "drycreekwells", "usc", ("Well boring helper", "Hi {n},\n\nThanks for applying as well-boring helper. We hired a guy holding a drill rig ticket; you weren't picked.\n\n{sig}"), ("offer", "Well boring – offer", "Hi {n},\n\nYou're hired as well-boring helper from {dl}. Bad news: crew truck AC's busted.\n\n{sig}"))
pair("netbark", "Heron", "Tideline Net Barkers", "tidelinenets", "ie", ("Net barking job", "Hi {n},\n\nA Killybegs lad has the net-barking job now. Ta for applying, best of luck.\n\n{sig}"), ("application_received", "Net barking – form in", "Hi {n},\n\nTa for applying. Everyone hears, yes or no, once season hires are sorted.\n\n{sig}"))
pair("cordwain", "Wren", "Mayfair Cordwainers", "mayfaircordwain", "uk", ("Cordwainer's bench", "Dear {n},\n\nThanks for seeking our cordwaining bench. A graduate of our evening class took the seat; yours stops there.\n\n{sig}"), ("interview", "Cordwainer's bench – visit", "Dear {n},\n\nVisit the bench {dl} at eleven? Unfortunately the shop lift's broken; three flights up.\n\n{sig}"))
pair("smoke", "Linnet", "Cedar Hollow Smokehouse", "cedarhollowsmoke", "cae", ("Smokehouse tending", "Hi {n},\n\nTa for the smokehouse-tending interest. A returning worker has the spot; yours won't proceed.\n\n{sig}"), ("next_steps", "Smokehouse tending – food handler card", "Hi {n},\n\nSend your food handler card by {dl}. Unfortunately blurry phone snaps get bounced.\n\n{sig}"))
pair("flag", "Siskin", "Banner Bright Flag Dyers", "bannerbrightflags", "sg", ("Flag dyeing assistant", "Dear {n},\n\nThanks for applying for flag dyeing. Another candidate was selected; regretfully you missed the shortlist.\n\n{sig}"), ("offer", "Flag dyeing – offer letter", "Dear {n},\n\nPleased to offer you the flag-dyeing post from {dl}. Unfortunately the dye room lacks aircon still.\n\n{sig}"))
pair("horn", "Twite", "Longhorn Turners", "longhornturners", "uk", ("Horn turning apprentice", "Hi {n},\n\nTa for writing about horn turning. An applicant already turning bone on a lathe got it; yours goes no further.\n\n{sig}"), ("interview", "Horn turning – a chat", "Hi {n},\n\nPop by {dl} at half nine for a chat. Sadly the shop reeks of burnt horn.\n\n{sig}"))
pair("comb", "Whimbrel", "Tortoiseline Comb Cutters", "tortoiselinecombs", "au", ("Comb cutting role", "G'day {n},\n\nTa for applying for comb cutting. Another applicant got picked; yours is done.\n\n{sig}"), ("application_received", "Comb cutting – thanks", "G'day {n},\n\nTa for applying. No phone call in ten days likely means it went elsewhere.\n\n{sig}"))
pair("barrel", "Godwit", "Charwell Barrel Co", "charwellbarrels", "usc", ("Barrel charring operator", "Hello {n},\n\nThanks for applying to char barrels. Someone with cooperage time was selected; your application halts here.\n\n{sig}"), ("next_steps", "Barrel charring – safety quiz", "Hello {n},\n\nFinish the fire-safety quiz by {dl}. Unfortunately it needs a laptop, phones fail.\n\n{sig}"))
pair("tray", "Knot", "Pontypool Tray Japanners", "pontypooltrays", "uk", ("Tray japanning post", "Dear {n},\n\nThanks for asking after tray japanning. I'm afraid a lacquer-trained applicant has the post.\n\n{sig}"), ("offer", "Tray japanning – welcome", "Dear {n},\n\nThe tray-japanning post is offered to you, starting {dl}. Regrettably the stove room is cramped.\n\n{sig}"))
pair("kite", "Redshank", "Windward Kite Fitters", "windwardkites", "nz", ("Kite fitting role", "Kia ora {n},\n\nCheers for applying to fit kites. A Raglan rider got the role; yours ends there.\n\n{sig}"), ("interview", "Kite fitting – meet up", "Kia ora {n},\n\nKeen to meet {dl} at the beach shed. Unfortunately parking on the sand's banned.\n\n{sig}"))
pair("quern", "Sanderling", "Millstone Quern Dressers", "millstonequern", "ie", ("Quern dressing trainee", "Dear {n},\n\nThanks for wanting to learn quern dressing. Another applicant got the place; yours stops here.\n\n{sig}"), ("application_received", "Quern dressing – received", "Dear {n},\n\nApplication's here. Whatever comes of it, a letter goes out before month's end.\n\n{sig}"))
pair("sailrope", "Turnstone", "Halyard Sail Ropers", "halyardropers", "za", ("Sail roping vacancy", "Dear {n},\n\nThanks for applying for sail roping. Another candidate is appointed; yours was unsuccessful.\n\n{sig}"), ("next_steps", "Sail roping – splice test", "Dear {n},\n\nSplice test {dl}, please attend. Unfortunately the loft's cold, wear a jersey.\n\n{sig}"))
pair("hoop", "Petrel", "Greenwood Hoop Shavers", "greenwoodhoops", "uk", ("Hoop shaving job", "Hi {n},\n\nTa for asking about hoop shaving. A coppice worker we know well got taken on; yours ends here.\n\n{sig}"), ("offer", "Hoop shaving – yours if you want it", "Hi {n},\n\nHoop-shaving job's yours from {dl}. Sorry, the wood's wet this year.\n\n{sig}"))
wo("job_alert", "alert", "Skerryvale weekly: hoop shaving and more", "Hi {n},\n\nThis week on SkerryvaleTern: 4 hoop-shaving posts, 2 trug-weaving apprenticeships and a comb-cutting bench. Change alert settings in your profile.", "SkerryvaleTern", "skerryvaletern", tz="uk")
wo("non_job_rejection_words", "allot", "Allotment waiting list", "Dear {n},\n\nThanks for seeking a plot at Brodgar Road allotments. This year every plot is taken; your name stays queued.\n\n{sig}, {co}", "Brodgar Road Allotments", "brodgarallot", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    sig = LANG_SIGNERS[lang][len(TEMPLATES) % 2]
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang, sig=sig)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang, sig=sig)


lp("ar", "ar", "مشغل النحاس في جدة", "jeddahcopper", "sa", ("بخصوص طلبكم", "السيد/ة {n}،\n\nشكراً لتقدمكم لوظيفة نقّاش النحاس في مشغلنا. اخترنا حِرفياً آخر أمضى سنوات أكثر في الصنعة، ولن يستمر النظر في طلبكم.\n\nمع التحية،\n{sig}"), ("interview", "دعوة لمقابلة", "السيد/ة {n}،\n\nيسعدنا دعوتكم لمقابلة يوم {dl} الساعة العاشرة. للأسف موقف السيارات مغلق، فنرجو الحضور مبكراً.\n\n{sig}"))
lp("de", "de", "Glockengießerei Amberg", "glockenamberg", "de", ("Ihre Bewerbung als Gießereihelfer", "Hallo {n},\n\ndanke, dass Sie sich als Gießereihelfer beworben haben. Die Stelle bekommt jemand, der schon mit Formsand gearbeitet hat; Ihre Bewerbung ruht damit.\n\nFreundliche Grüße\n{sig}"), ("next_steps", "Nächster Schritt: Probearbeit", "Hallo {n},\n\nbitte sagen Sie uns bis {dl}, wann Sie zur Probearbeit kommen. Leider fehlt bei uns ein Umkleideraum.\n\nGrüße\n{sig}"))
lp("es", "es", "Taller de Abanicos Aldaia", "abanicosaldaia", "es", ("Su candidatura: pintor de abanicos", "Hola {n}:\n\nqué alegría recibir tu carta para pintar abanicos. Al final contratamos a una pintora veterana del barrio, de modo que tu solicitud queda cerrada.\n\nAbrazos desde Aldaia,\n{sig}"), ("offer", "Oferta: pintor de abanicos", "Hola {n}:\n\nNos alegra ofrecerte el puesto a partir del {dl}. Por desgracia, el aparcamiento del taller está en obras.\n\n{sig}"))
lp("fr", "fr", "Atelier de Plumasserie Lemarié-Roux", "plumasserieroux", "fr", ("Votre candidature – plumassier", "Bonjour {n},\n\nvos mots sur le travail des plumes nous ont touchés. L'atelier a choisi une personne déjà rompue à nos gestes ; votre dossier s'arrête ici.\n\nCordialement,\n{sig}"), ("application_received", "Candidature bien reçue", "Bonjour {n},\n\nVotre dossier est arrivé. Oui ou non, l'atelier vous écrit d'ici trois semaines.\n\n{sig}"))
lp("hi", "hi", "जयपुर नीली मिट्टी कार्यशाला", "jaipurbluepottery", "in", ("आपका आवेदन – कुम्हार सहायक", "नमस्ते {n},\n\nनीली मिट्टी का काम सीखने की चाह रखने हेतु आभार। सहायक का काम रामदीन जी के भांजे को सौंपा गया, अतः आपकी फ़ाइल अब बंद है।\n\nसादर,\n{sig}"), ("interview", "मिलने का न्योता", "नमस्ते {n},\n\n{dl}, सुबह दस बजे, बातचीत हेतु कार्यशाला आइए। अफ़सोस, गाड़ी रखने की जगह नहीं मिलेगी।\n\n{sig}"))
lp("it", "it", "Bottega dei Mosaici Ravenna", "mosaiciravenna", "it", ("Candidatura: mosaicista", "Gentile {n},\n\nabbiamo letto volentieri le sue righe sul mosaico. La bottega ha preferito chi ha già lavorato nei restauri, perciò chiudiamo qui la sua pratica.\n\nCordiali saluti,\n{sig}"), ("next_steps", "Prova pratica", "Gentile {n},\n\nle chiediamo di inviare le foto di tre lavori entro il {dl}. Purtroppo la nostra casella accetta solo 5 MB.\n\n{sig}"))
lp("ja", "ja", "有田絵付工房", "aritaetsuke", "jp", ("選考結果のお知らせ（絵付け職人）", "{n}様\n\nこの度は絵付け職人の募集にご応募いただき、誠にありがとうございました。慎重に検討しました結果、今回は他の方を採用することになりました。\n\n{sig}"), ("offer", "内定のご連絡", "{n}様\n\n絵付け職人として採用させていただきたく、ご連絡いたします。初出勤は{dl}です。あいにく駐車場はございません。\n\n{sig}"))
lp("ko", "ko", "통영 나전칠기 공방", "tongyeongnajeon", "kr", ("지원 결과 안내", "{n}님께\n\n나전칠기 공방에 편지를 보내 주어 반가웠습니다. 보조 자리는 자개를 오래 다뤄 온 장인에게 돌아갔습니다. 앞날에 좋은 일이 가득하길 바랍니다.\n\n{sig} 드림"), ("interview", "면접 안내", "{n}님께\n\n{dl} 오전 10시에 공방에서 면접을 보고자 합니다. 아쉽게도 주차 공간이 없습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Azulejos Coimbra", "azulejoscoimbra", "pt", ("Candidatura a pintor de azulejos", "Olá {n},\n\na sua carta alegrou a oficina. O lugar vai para quem já pinta azulejo há anos; aqui se encerra a sua candidatura.\n\nCumprimentos,\n{sig}"), ("application_received", "Candidatura recebida", "Olá {n},\n\nrecebemos a sua candidatura. Todos recebem resposta, boa ou má, antes do dia 30.\n\n{sig}"))
lp("ru", "ru", "Мастерская жостовской росписи", "zhostovomaster", "ru", ("Ваш отклик на вакансию", "Здравствуйте, {n}!\n\nваше письмо о подносах нас порадовало. Мастерская взяла художницу, которая уже писала жостовские букеты, поэтому вашу заявку мы закрываем.\n\nС уважением,\n{sig}"), ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, эскиз букета к {dl}. Увы, крупные архивы почта режет.\n\n{sig}"))
lp("sw", "sw", "Karakana ya Vinyago Makonde", "vinyagomakonde", "tz", ("Maombi yako ya kazi", "Habari {n},\n\nShukrani kwa nia yako ya kuchonga vinyago nasi. Nafasi imepewa fundi aliyekaa karakana miaka mingi; tunafunga ombi lako sasa.\n\nWako,\n{sig}"), ("interview", "Mwaliko wa usaili", "Habari {n},\n\nKaribu kwa mazungumzo tarehe {dl}, asubuhi. Samahani, njia ya kuingia karakana ina matengenezo.\n\n{sig}"))
lp("th", "th", "โรงงานร่มบ่อสร้าง", "borsangumbrella", "th", ("ผลการสมัครงาน", "เรียนคุณ{n}\n\nขอบคุณที่สนใจงานวาดลายร่มกับเรา ตำแหน่งนี้มอบให้ช่างที่เคยวาดร่มกระดาษสามาหลายปีแล้ว ใบสมัครของท่านจึงสิ้นสุดเพียงเท่านี้\n\n{sig}"), ("offer", "ยินดีต้อนรับ", "เรียนคุณ{n}\n\nยินดีด้วย ท่านได้งานวาดลายร่ม เริ่ม {dl} ขออภัย ลานจอดรถของโรงงานกำลังซ่อม\n\n{sig}"))
lp("tr", "tr", "Kütahya Çini Atölyesi", "kutahyacini", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nçini ustalığı için yazdığınıza sevindik. Atölye, fırında yıllarını geçirmiş bir ustayı seçti; dosyanız burada kapanıyor.\n\nSaygılarımızla,\n{sig}"), ("application_received", "Başvurunuz alındı", "Merhaba {n},\n\nDosyanız geldi. Cevap evet de çıksa hayır da, on beş gün içinde haber vereceğiz.\n\n{sig}"))
lp("ur", "ur", "ملتان کاشی گری ورکشاپ", "multankashi", "pk", ("آپ کی درخواست", "محترم {n}،\n\nکاشی گری میں دلچسپی دکھانے پر شکر گزار ہیں۔ ہمارے بزرگ کاریگر نے یہ کام اپنے بھتیجے کو سونپ دیا، سو آپ کی فائل بند کر رہے ہیں۔\n\n{sig}"), ("interview", "انٹرویو کی دعوت", "محترم {n}،\n\nملاقات کی تاریخ {dl} ہے، وقت دس بجے۔ معذرت، ورکشاپ کے باہر پارکنگ بند ہے۔\n\n{sig}"))
lp("zh", "zh", "景德镇青花作坊", "jingdezhenqinghua", "cn", ("应聘结果通知", "{n}您好：\n\n谢谢您想来作坊学画青花。学徒名额已给了一位在窑口干过多年的师傅，您的报名就到此为止。\n\n{sig}"), ("next_steps", "下一步：交作品照片", "{n}您好：\n\n请于{dl}前提交三件青花作品的照片。很遗憾，我们邮箱的附件不能超过五兆。\n\n{sig}"))
lp("jav", "jav", "Pabrik Wayang Kulit Sukoharjo", "wayangsukoharjo", "id", ("Lamaran panjenengan", "Sugeng enjing {n},\n\nMatur nuwun kersa dados penatah wayang ing pabrik kita. Papan menika sampun dipun paringaken dhateng juru tatah sepuh, dados lamaran panjenengan mandheg wonten mriki.\n\nNuwun,\n{sig}"), ("interview", "Undangan wawancara", "Sugeng enjing {n},\n\nPanjenengan kaundang wawancara tanggal {dl} jam sedasa. Nyuwun pangapunten, parkiran saweg dipun dandosi.\n\n{sig}"))
lp("sun", "sun", "Kriya Angklung Saung Bambu", "angklungsaung", "id", ("Lamaran damel", "Wilujeng {n},\n\nNuhun kana minat janten tukang angklung di saung. Padamelan éta tos dipasihkeun ka juru awi anu tos lami, lamaran anjeun ngan dugi ka dieu.\n\nHormat,\n{sig}"), ("application_received", "Lamaran katampi", "Wilujeng {n},\n\nLamaran anjeun parantos katampi. Naha ditampi atanapi henteu, kami bakal ngabéjaan dina dua minggu.\n\n{sig}"))
lp("ceb", "ceb", "Tabuan Ukay Weaving Cebu", "tabuanweaving", "ph", ("Bahin sa imong aplikasyon", "Maayong adlaw {n},\n\nSalamat sa imong pag-apply isip manghahabol sa among balay-habolanan. Ang puwesto gihatag na sa usa ka tigulang nga magbubuhat, mao nga hangtod ra dinhi ang imong aplikasyon.\n\nSalamat,\n{sig}"), ("offer", "Tanyag sa trabaho", "Maayong adlaw {n},\n\nImo na ang trabaho sa habolanan, sugod {dl}. Pasayloa, guba ang aircon sa among workshop.\n\n{sig}"))
lp("hmn", "hmn", "Paj Ntaub Stitching Studio", "pajntaubstudio", "usc", ("Koj daim ntawv thov haujlwm", "Nyob zoo {n},\n\nUa tsaug rau koj lub siab xav los xaws paj ntaub nrog peb. Txoj haujlwm no muab rau ib tug niam tais uas xaws tau ntev lawm, koj daim ntawv xaus rau ntawm no.\n\n{sig}"))
lp("tir", "tir", "ኣስመራ ናይ ሽቕ ዕዮ ቤት", "asmarabaskets", "er", ("ብዛዕባ መመልከቲኹም", "ሰላም {n}፣\n\nሰፌድ ንምስራሕ ስለ ዝሓሰብኩምና የቐንየልና። እቲ ቦታ ንነዊሕ ዓመታት ዝሰርሓት ኣደ ተዋሂቡ፣ መመልከቲኹም ኣብዚ ይውዳእ።\n\n{sig}"))
lp("orm", "orm", "Hojii Harkaa Jimmaa", "hojiiharkaajimma", "et", ("Iyyannoo keessan", "Akkam {n},\n\nHojii gaagura dhaabuu nu waliin hojjechuuf fedha agarsiiftaniif galatoomaa. Bakki sun ogeessa waggoota dheeraa hojjeteef kennameera; iyyannoon keessan asumatti dhaabbata.\n\n{sig}"), ("interview", "Affeerraa gaaffii fi deebii", "Akkam {n},\n\nGuyyaa {dl} sa'aatii afur irratti gaaffii fi deebiif isin affeerra. Gaddisiisaa, karaan hojii irra jira.\n\n{sig}"))
lp("wol", "wol", "Atelier Tëggkat Soumbedioune", "soumbediounetegg", "sn", ("Sa bataaxal bu liggéey", "Salaam aleekum {n},\n\nJërejëf ci sa bataaxal ngir liggéeyu tëgg. Tànn nanu beneen nit ku am xam-xam bu ëpp, kon sa bataaxal duñu ko topp.\n\n{sig}"), ("next_steps", "Yoonu ci topp", "Salaam aleekum {n},\n\nYónnee nu nataal yu sa liggéey ba {dl}. Baal nu, sunu imeel du nangu dosiye yu rëy.\n\n{sig}"))
lp("twi", "twi", "Bonwire Kente Adwumayɛbea", "bonwirekente", "gh", ("Wo adwuma abisadeɛ", "Maakye {n},\n\nYɛda wo ase sɛ wobisaa kente nwene adwuma no. Yɛapaw obi foforɔ a ɔwɔ osuahunu pii, enti yɛrenkɔ so ne wo abisadeɛ no.\n\n{sig}"), ("offer", "Adwuma a yɛde ma wo", "Maakye {n},\n\nYɛde kente nwene adwuma no ma wo, fi {dl}. Kafra, yɛn kwan no so nsuo ayɛ ma.\n\n{sig}"))
lp("smo", "smo", "Fale Siapo Apia", "falesiapoapia", "ws", ("Lau talosaga", "Talofa {n},\n\nFa'afetai i lou fia galue fa'atasi ma i matou i le fai siapo. O le avanoa ua tu'uina atu i se tina matua ua leva ona fai siapo, o lea ua uma ai iinei lau talosaga.\n\nMa le fa'aaloalo,\n{sig}"), ("interview", "Vala'aulia i se fa'atalanoaga", "Talofa {n},\n\nSau i le fale i le {dl}, itula sefulu, e talanoa ai. Fa'amalie atu, ua tapuni le ala i tua o le fale.\n\n{sig}"))
lp("mri", "mri", "Te Whare Raranga o Rotorua", "wharerarangarotorua", "nz", ("Tō tono mahi", "Tēnā koe {n},\n\nTēnā rawa atu i tō hiahia ki te raranga i tō mātou whare. Kua riro te tūranga i tētahi kuia kua roa e raranga ana, ā, ka mutu tō tono ki konei.\n\nNāku noa,\n{sig}"), ("application_received", "Kua tae mai tō tono", "Tēnā koe {n},\n\nKua tae mai tō pukapuka tono. Āe, kāo rānei, ka tae atu he reta i tēnei marama tonu.\n\n{sig}"))
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
            sig = t.sig or rng.choice([s for s in signer_pool(t.lang, zone) if s not in signers])
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
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, 1 if t.sig else rng.randrange(3)), "sf": GIVEN.get(sig, sig.split()[0]),
            }
            if not ascii_fold(sig).strip(" .-"):
                slots["sl"] = f"staff{sum(map(ord, sig)) % 900 + 100}" if t.sig else f"staff{rng.randint(100, 999)}"
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
    """Every .jsonl in data/ and data/blind/ below slice 157; slice 157, this slice and any later one are skipped by number."""
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
