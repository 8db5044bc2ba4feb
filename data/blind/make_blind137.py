# ruff: noqa: E501, S311
"""Write the hundred-and-thirty-seventh sealed blind slice for issue 11 (blind-slice-137.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 136; slice 137 and later never read; our side printed)
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

SEED = 1371371
THIS_SLICE = 137
SKIP_FROM = 137  # this slice, slice 138 (written at the same time, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 7, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Ottoline Fenwick", "Jethro Armitage-Bell", "Nankunda Patience", "Senthil Kumaran", "Tashauna McFarlane",
    "Brody Kowalchuk", "Hyun-woo Seo", "Friederike Hollmann", "Aurelio Quispe", "Maelle Drummond",
    "Kagiso Moremi", "Yaw Boakye-Ansah", "Lakshmi Narayanaswamy", "Odessa Thibodeaux", "Ruairi Doherty",
    "Temperance Ashby", "Mukasa Joel", "Dwayne Gayle-Henry", "Evangeline Tkachuk", "Jae-eun Bang",
    "Hamish Pettigrew", "Roshni Balakrishnan", "Wilhelmina Strand", "Teodor Vasilescu", "Kahurangi Ellison",
    "Mireille Okonjo", "Cosmo Hartigan", "Anjali Subramaniam", "Sheldon Burrell", "Leocadia Wiebe",
]
REGION_SIGNERS = {
    "uk": ["Alnwick Dodd", "Hilda Charlton", "Geordie Milburn", "Elspeth Robson", "Wilf Shotton", "Lorna Hepple"],
    "ie": ["Fionnuala Breen", "Colm Ahearne", "Deirbhile Nash"],
    "us": ["Lurleen Haskett", "Otis Brannigan", "Yesenia Corral", "Bertram Lindqvist"],
    "sk": ["Darcy Hnatyshyn", "Marlene Wiebe-Klassen", "Clint Oberg", "Shayla Bear"],
    "au": ["Kirrily Waddell", "Stavros Pappas", "Jacinta Moule"],
    "nz": ["Aroha Tūhoe-Bell", "Fergus Dunlop", "Sina Faleolo"],
    "za": ["Lerato Mokoena", "Hennie Kruger", "Thandeka Zulu"],
    "in": ["Kavitha Ramanathan", "Sundar Venugopal", "Meenal Chidambaram", "Arulmozhi Selvan"],
    "ug": ["Namubiru Harriet", "Ssekandi Moses", "Achan Grace", "Tumusiime Edgar"],
    "jm": ["Marcia Bogle", "Delroy Whyte", "Shantelle Bryan", "Errol Lindo"],
    "de": ["Hartmut Kessler", "Annegret Vossberg", "Jens Oltmanns", "Sabine Kreuzkamp"],
    "kr": ["Park Seo-yeon", "Lim Dong-hyun", "Kang Mi-rae", "Yoon Tae-ho"],
    "sg": ["Goh Li Ting", "Ravindran Pillai"],
}
REGION = {"use": "us", "usc": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سهى العمري", "باسل الرفاعي"], "de": ["Gesine Tröndle", "Utz Brämer"],
    "es": ["Amparo Villalba", "Eneko Urrutia"], "fr": ["Ghislaine Peyrot", "Aurélien Tessier"],
    "hi": ["सुनीता खन्ना", "प्रमोद रस्तोगी"], "it": ["Ornella Guidotti", "Fabrizio Manca"],
    "ja": ["松本 恵美", "石井 隆"], "ko": ["최은정", "한승민"], "pt": ["Teresa Valadares", "Duarte Meireles"],
    "ru": ["Ольга Белова", "Виктор Смирнов"], "sw": ["Neema Kombo", "Juma Mwinyi"],
    "th": ["สุภาพร ศรีสุข", "ธนากร มีสุข"], "tr": ["Sevgi Arslan", "Kaan Öztürk"],
    "ur": ["ثمینہ ملک", "عمران شیخ"], "zh": ["李秀英", "张建国"],
    "nld": ["Marjolein de Wit", "Sjoerd Bakker"], "ind": ["Rina Kusumawati", "Agus Prasetyo"],
    "swe": ["Ingrid Lundqvist", "Per Håkansson"], "ron": ["Ioana Popescu", "Mihai Dumitrescu"],
    "ces": ["Lenka Marešová", "Ondřej Kratochvíl"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سالم", "يوسف القاسم"], "de": ["Franziska Lehner", "Moritz Kampe"],
    "es": ["Paloma Serrano", "Íker Beltrán"], "fr": ["Margaux Le Goff", "Bastien Roux"],
    "hi": ["अदिति सक्सेना", "विवेक पांडे"], "it": ["Beatrice Rinaldi", "Tommaso Gallo"],
    "ja": ["高橋 美咲", "中村 大輔"], "ko": ["이서윤", "배준호"], "pt": ["Inês Barreto", "Tiago Correia"],
    "ru": ["Анна Волкова", "Илья Морозов"], "sw": ["Halima Said", "Baraka Njoroge"],
    "th": ["นภัส วงศ์ใหญ่", "กิตติพงษ์ ทองดี"], "tr": ["Elif Çelik", "Burak Aydın"],
    "ur": ["حنا رشید", "علی حیدر"], "zh": ["赵敏", "孙磊"],
    "nld": ["Femke Jansen", "Thijs van Leeuwen"], "ind": ["Dewi Lestari", "Bayu Nugroho"],
    "swe": ["Elsa Nyberg", "Viktor Sjöberg"], "ron": ["Andreea Ionescu", "Radu Stoica"],
    "ces": ["Tereza Nováková", "Vojtěch Dvořák"],
}
GIVEN = {
    "Nankunda Patience": "Patience", "Mukasa Joel": "Joel", "Namubiru Harriet": "Harriet", "Ssekandi Moses": "Moses",
    "Achan Grace": "Grace", "Tumusiime Edgar": "Edgar", "Park Seo-yeon": "Seo-yeon", "Lim Dong-hyun": "Dong-hyun",
    "Kang Mi-rae": "Mi-rae", "Yoon Tae-ho": "Tae-ho", "Goh Li Ting": "Li Ting",
}
PROVIDERS = ["heronpost", "sloemail", "brackbox", "quaymail", "rushlight", "peatpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"),
    "cz": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "sk": ("-0600", None, ""), "jm": ("-0500", None, ""), "za": ("+0200", None, ""),
    "ug": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "jo": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "sk")
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
    add("wide", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role} – after Thursday\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf} – grand to see the storeroom ledger system up close. Both referee names are on page two of the CV now; Mr Obuya answers mornings only.\n"
GQNOTE = "\n> {sf} – grand to see the storeroom ledger system up close.\n> Referee names now on page two; Mr Obuya picks up mornings only.\n"
FOOTER = ("\n\n~~ {CO} careers corner ~~\nEvery Thursday new vacancies land on our careers page. The fortnightly 'Shelf Talk' letter brings "
          "store openings, staff picks and seasonal offers; reply PAUSE to skip it, STOPALL to leave it. Job alerts by area: "
          "reply AREA plus your postcode. This mailbox is a robot and reads nothing.")
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + GQNOTE, "{ORIG}": ORIGINAL + QNOTE, "{FOOT}": FOOTER}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} – position update", "Dear {n},\n\nYour Candidate Home record for {role} (req {ref}) now reads \"Filled – Alternate Candidate Hired\". We are grateful you sat through the questionnaire; selection for this requisition wrapped up in favour of somebody else.\n\nWith regards,\nTalent Operations, {co}", ("Tynedale Timber Frames", "Kampala Grain Handlers"), ("tynedaleframes", "kampalagrain"), role=("Estimator", "Silo Supervisor"), tz=("uk", "ug"))
mr("gh", "{co} – your application for {role}", "Hi {n},\n\nThe take-home and both panel calls were read and discussed carefully. We picked someone whose background sits more squarely on next year's roadmap. Your name would be welcome on a future opening.\n\n{sig}\nRecruiting, {co}", ("Marina Loop Software", "Regina Prairie Analytics"), ("marinaloop", "reginaprairie"), role=("Backend Engineer", "Data Engineer"), tz=("in", "sk"))
mr("lv", "Update from {co}", "Hello {n},\n\nThe {role} search has wrapped up and it brings no offer for you. For two years your profile sits with the talent pool, so the team may reach out later; reply ERASE to be wiped within seven days.\n\nBest,\n{sig} at {co}", ("Blue Mountain Coffee Traders", "Acomb Print Collective"), ("bluemountaintraders", "acombprint"), role=("Export Coordinator", "Studio Assistant"), tz=("jm", "uk"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Unsuccessful (vacancy now filled)</td></tr></table><p>Grateful you applied. – {co}</p><p>{sig}</p></body></html>", ("Busan Harbour Chandlers", "Saskatoon Grain Terminal"), ("busanchandlers", "saskgrainterminal"), role=("Purchasing Clerk", "Scale Operator"), tz=("kr", "sk"))
mr("ic", "{role}: outcome of screening", "Dear {n},\n\nScreening found that your {role} application at {co} lacks an essential item listed in the posting ({x}). It therefore stops here. Do reapply when you've got it.\n\nRegards,\nHR Shared Services", ("Ruhr Valley Castings", "Kisubi Air Cargo"), ("ruhrcastings", "kisubicargo"), role=("Crane Operator", "Ramp Agent"), x=("a valid crane licence", "a dangerous-goods handling certificate"), tz=("de", "ug"))
mr("tl", "Requisition {ref} closed", "Dear {n},\n\nAn internal restructuring review has closed the {role} requisition; nobody is being appointed from this round, and your application shuts along with it. Thanks, truly.\n\nKind regards,\nRecruitment Team", ("Mylapore Shipping Agencies", "Liguanea Sugar Estates"), ("mylaporeshipping", "liguaneasugar"), role=("Documentation Executive", "Estate Payroll Clerk"), tz=("in", "jm"))
mr("wk", "After your trial shift", "Hi {n},\n\nBig thanks for grafting through the trial evening at {co}. The job's gone to one of the other trialists, and it's not coming your way. Come in for a plate some night.\n\n{sig}", ("The Coquet Noodle Bar", "Lake Diefenbaker Pizzeria"), ("coquetnoodle", "diefpizza"), tz=("uk", "sk"))
mr("bh", "{role} at {co}", "Dear {n},\n\nAppreciate the application. The owners are splitting the extra hours among the part-timers already here, meaning no {role} hire for now. All the best.\n\n{sig}\n{co}", ("Longhorsley Key & Lock", "Kitgum Hardware Centre"), ("longhorsleykeys", "kitgumhardware"), role=("Key Cutting Assistant", "Counter Attendant"), tz=("uk", "ug"))
mr("tt", "Your application with {co}", "Hello {n},\n\nHeartfelt thanks for applying as {role}. To our regret we have chosen another applicant. For your further professional path, much success and all good we wish you.\n\nFriendly greetings\n{sig}", ("Gremmelsbach Clockworks", "Vegesack Ropery"), ("gremmelsbachclock", "vegesackropery"), role=("Workshop Assistant", "Warehouse Lead"), tz=("de",))
mr("pp", "{role} – scoring result", "Dear {n},\n\nThe structured interview for {role} gave you {x}. The panel appointed the top scorer, which closes your application here.\n\nWith appreciation,\n{sig}, People Team, {co}", ("Pyeongtaek Logistics Park", "Chennai Metro Feeder Buses"), ("pyeongtaeklogipark", "chennaifeeder"), role=("Yard Planner", "Depot Controller"), x=("24 out of 40, where the threshold was 29", "52/100, with 63 the cut-off"), tz=("kr", "in"))
mr("jz", "Posting withdrawn", "Hi {n},\n\nQuick note from {co}: the client contract behind the {role} posting ended early, so we've pulled the ad and won't be filling the role. Sorry to bring this news.\n\n{sig}", ("Westmoreland Facility Care", "Mortlach Site Services"), ("westmorelandcare", "mortlachsite"), role=("Night Cleaner", "Site Attendant"), tz=("jm", "sk"))
mr("ab", "Following our conversations", "Hi {n},\n\nThree conversations about {role} gave us a good picture, and we've landed on not extending an offer. Close one – we genuinely enjoyed the talks.\n\nWarmly,\n{sig}\n{co}", ("Pangyo Sensor Labs", "Kolonnade Battery Systems"), ("pangyosensor", "kolonnadebattery"), role=("Firmware Engineer", "Controls Engineer"), tz=("kr", "de"))
mr("sc", "Summer crew {co}", "Hiya {n},\n\nTa for asking about guiding this summer. Every returner from last year signed up again, which leaves the roster full with no gap for you. Hope the season treats you kindly.\n\n{sig}", ("Plashetts Bike Trails", "Waskesiu Horse Trails"), ("plashettsbike", "waskesiuhorse"), tz=("uk", "sk"))
# once (14)
mr("nb1", "Re yer letter", "Howay {n},\n\nTa for the letter aboot the hedging job. Wor lass has took on a lad from Thropton who's laid hedges since he was a bairn, so it's nae use keeping ye waiting. Aal the best, pet.\n\n{sig}\nCheviot Edge Farm", "Cheviot Edge Farm", "cheviotedgefarm", tz="uk")
mr("ug1", "Application for the post of Storekeeper", "Dear {n},\n\nReceive greetings from Sironko Coffee Growers Union. Following the interviews held, the committee resolved to appoint another candidate as Storekeeper. Thank you for the interest; may God bless your search.\n\n{sig}\nFor: General Manager", "Sironko Coffee Growers Union", "sironkocoffeeunion", tz="ug")
mr("ch1", "Regarding your candidature", "Dear {n},\n\nKindly note, regarding Junior Accountant, management has closed the said position with another profile. Should anything suitable open, we shall revert.\n\nThanks & regards,\n{sig}\nHR Dept, Adyar Textiles Pvt Ltd", "Adyar Textiles", "adyartextiles", tz="in")
mr("jm1", "Your application", "Good day {n},\n\nThanks for wanting the Front Desk post at Ocho Rios Mammee Bay Villas. After due consideration you were not selected. Your resume stays with us three months.\n\nRespectfully,\n{sig}", "Ocho Rios Mammee Bay Villas", "ochoriosmammeebay", tz="jm")
mr("sk1", "Hauling position", "Hey {n},\n\nAppreciate you calling about the grain hauling job. We hired a fella who already has his Class 1A and knows the Watrous back roads. Good luck out there this harvest.\n\n{sig}\nWiebe Family Farms", "Wiebe Family Farms", "wiebefamilyfarms", tz="sk")
mr("kr1", "Result of document screening", "Dear {n},\n\nWe appreciate your applying to Daejeon Precision Optics. Regretfully, your result in document screening of this recruitment is fail. We hope good result for you in other company.\n\nSincerely,\n{sig}\nHR Team", "Daejeon Precision Optics", "daejeonoptics", tz="kr")
mr("de1", "Your application as sales assistant", "Dear {n},\n\nMany thanks for your application papers. After intensive checking we have to say that you cannot be considered in the further selection. Your papers come back to you per post; we wish you everything good.\n\nWith friendly greetings\n{sig}\nAutohaus Lüneburger Heide", "Autohaus Lüneburger Heide", "autohausheide", tz="de")
mr("us1", "Groundskeeper application", "{n} –\n\nThanks for applying to the groundskeeper opening at Pine Hollow Country Club. The board hired an internal candidate at its October meeting. We appreciate your patience.\n\n{sig}", "Pine Hollow Country Club", "pinehollowcc", tz="use")
mr("ie1", "Kitchen porter", "Hi {n},\n\nCheers for dropping the CV in to us. We're sorted for kitchen porters now for the winter, so nothing going I'm afraid. Best of luck.\n\n{sig}\nDrumcliffe Golf Club", "Drumcliffe Golf Club", "drumcliffegolf", tz="ie")
mr("au1", "Ginning season 2026", "Hi {n},\n\nCotton-season hands: your note re ginning reached us at Auburn Ridge Cotton Gin. We've finalised the press hand team from our returning staff list and won't be progressing new applications this year.\n\nCheers,\n{sig}", "Auburn Ridge Estate", "auburnridge", tz="au")
mr("za1", "Salon therapist vacancy", "Hi {n},\n\nAppreciate you doing the practical. We have chosen another therapist for the position at Melville Brow Bar. We wish you the best going forward.\n\nKind regards,\n{sig}", "Melville Brow Bar", "melvillebrow", tz="za")
mr("nz1", "Packhouse roles", "Kia ora {n},\n\nThanks for applying for winter pruning. Our pruning gangs are full, and you'll miss out this time round. Ngā mihi.\n\n{sig}\nMotunau Vineyard Contractors", "Motunau Vineyard Contractors", "motunauvineyard", tz="nz")
mr("sg1", "Physio Aide application", "Dear {n},\n\nWe appreciate your interest in Bugis Physio Clinic. Having reviewed your application, we are not taking it further. Wishing you well in the job hunt.\n\nBest regards,\n{sig}", "Bugis Physio Clinic", "bugisphysio", tz="sg")
mr("nb2", "Glazier's mate", "Now then {n},\n\nCheers for coming doon to the garage. Gaffer's handed the job to his nephew and there's nae more to it. Keep yer chin up, summat'll turn up.\n\n{sig}\nLynemouth Glass & Glazing", "Lynemouth Glass & Glazing", "lynemouthglass", tz="uk")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – after Thursday", "Hi {n},\n\nSuch a treat meeting you last week. On Monday the trustees appointed Morwenna, who ran the alpine house at her last garden, to the post. I'll remember our chat about the cycads.\n\nWarmly,\n{sig}\n\n{OUT}", ("Woodhorn Botanic Garden", "Bujagali Botanic Garden"), ("woodhorngarden", "bujagaligarden"), role="Glasshouse Supervisor", tz=("uk", "ug"))
mr("th2", "RE: [EXT] Re: Junior valuer interview", "Dear {n},\n\nMany thanks for the hour with the panel. The partners met on Friday and the junior valuer post went to the candidate from the silver department. Your catalogue exercise read beautifully.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Egmore Auction Rooms", "Port Royal Auction Rooms"), ("egmoreauctions", "portroyalauctions"), tz=("in", "jm"))
mr("th3", "RE: [EXT] Re: mechanic chat", "{n},\n\nGreat to have you round the workshop. Head mechanic picked Dougie in the end – he's built wheels for a race team. Pop in for a brew when you're passing.\n\n{sig}\n\n{GM}", ("Catcleugh Cycle Works", "Prince Albert Bike Shed"), ("catcleughcycles", "pabikeshed"), tz=("uk", "sk"))
mr("th4", "RE: [EXT] Re: Bursar", "Dear {n},\n\nThank you for taking the panel through your plan. The board of governors has confirmed Ms Akello as Bursar; she starts next month.\n\nBlessings,\n{sig}\n\n{OUT}", ("Lira Hill Secondary School", "Kodambakkam Matriculation School"), ("lirahillschool", "kodamschool"), role="Bursar", tz=("ug", "in"))
mr("th5", "RE: [EXT] Re: cartographer", "Hello {n},\n\nThanks again for showing the contour sketches. Our partners decided on the other finalist, who drew the trail maps for the national park. It was really fun to look at your work.\n\nBest,\n{sig}\n\n{GM}", ("Kartenwerk Leipzig", "Jamo Map Studio"), ("kartenwerk", "jamomap"), tz=("de", "kr"))
mr("th6", "RE: [EXT] Re: Dental Hygienist", "Dear {n},\n\nThank you for attending on Tuesday. The practice principal has offered the hygienist post to Ms Reid, who trained in our surgery as a student. It was good to talk about your orthodontic rotation.\n\nRegards,\n{sig}\n\n{ORIG}", ("Mandeville Dental Practice", "Royapettah Dental Care"), ("mandevilledental", "royapettahdental"), tz=("jm", "in"))
mr("th7", "RE: [EXT] Re: instructor", "Alright {n},\n\nGood to have you up the zip towers Saturday. Boss has taken Jonty on for the season, he's run the high ropes two summers now. Cheers for mucking in with the harnesses.\n\n{sig}\n\n{GM}", ("Seahouses Zipline Park", "Lake Victoria Zipline Park"), ("seahouseszip", "lakevictoriazip"), tz=("uk", "ug"))
mr("th8", "RE: [EXT] Re: {role}", "Hey {n},\n\nCheers for the Sunday matinee shift. The cinema committee chose Rosalind for the {role} slot; she's volunteered with us since spring.\n\nTake care,\n{sig}\n\n{OUT}", ("Qu'Appelle Valley Picture House", "Irie Valley Picture House"), ("quappellepictures", "irievalleypictures"), role="Weekend Projectionist", tz=("sk", "jm"))

# ---- 8 clear refusals under long footers
mr("ft1", "Your application – {co}", "Dear {n},\n\nWe read your sales adviser application. It does not go further.{FOOT}", ("Tynemouth Tackle & Bait", "Swift Current Outdoor Supply"), ("tynemouthtackle", "swiftcurrentoutdoor"), tz=("uk", "sk"))
mr("ft2", "Weekend stockroom role", "Hi {n},\n\nThe weekend stockroom role went to somebody else. Cheers all the same.{FOOT}", ("Nakasero Stationery Mart", "Mylapore Book House"), ("nakaserostationery", "mylaporebooks"), tz=("ug", "in"))
mr("ft3", "Application outcome", "Hello {n},\n\nNo cashier position for you on this occasion. Thanks for the application.{FOOT}", ("Half Way Tree Music Store", "Gimcheon Instrument House"), ("halfwaytreemusic", "gimcheoninstruments"), tz=("jm", "kr"))
mr("ft4", "Regarding your application", "Dear {n},\n\nSorry – seasonal garden staff: your application was unsuccessful.{FOOT}", ("Gartenhof Münsterland", "Boulmer Garden Centre"), ("gartenhofms", "boulmergarden"), tz=("de", "uk"))

# ---- 9 hedged refusals
mr("hg1", "{role} – thank you", "Hi {n},\n\nThanks for interviewing for {role}. Some of the other candidates had longer hands-on time with rope access on turbines, and the operations manager has gone with one of them.\n\n{sig}, {co}", ("Blyth Offshore Access", "Wadden Wind Services"), ("blythoffshore", "waddenwind"), role="Rope Access Technician", tz=("uk", "de"))
mr("hg2", "Your interview with {co}", "Dear {n},\n\nWe enjoyed meeting you. On balance, others in the pool brought deeper diabetic foot-care experience, and we felt they fitted the clinic's needs a little better.\n\nWith thanks,\n{sig}", ("Kilpauk Foot Clinic", "Seocho Podiatry"), ("kilpaukfoot", "seochopodiatry"), tz=("in", "kr"))
mr("hg3", "Tree surgeon application", "Hi {n},\n\nAppreciate you applying. This one went another way: two applicants had several years climbing with chainsaws, which tipped it.\n\nAll the best,\n{sig}\n{co}", ("Saskatoon Tree Care", "Kampala Arborists"), ("saskatoontree", "kampalaarborists"), tz=("sk", "ug"))
mr("hg4", "Rink crew", "Hi {n},\n\nCheers for coming along. The rink manager leaned towards someone with more time driving an ice resurfacer, so we're going in that direction.\n\n{sig}", ("Tyne Ice Arena", "Montego Bay Skate Hall"), ("tyneicearena", "mobayskate"), tz=("uk", "jm"))
mr("hg5", "Update on your profile", "Dear {n},\n\nThe client has shortlisted other profiles having stronger exposure in SAP treasury modules and shall proceed with those only for the said requirement.\n\nRegards,\n{sig}\nGuindy Talent Partners", "Guindy Talent Partners", "guindytalent", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up on our call", "Hi {n},\n\nGood speaking earlier. For the {role} role the client picked someone already in their building. Also open there: a {x} role that feels like your sort of thing – OK to pass your CV over?\n\n{sig}\n{co}", ("Stephenson Talent", "Wascana Staffing"), ("stephensontalent", "wascanastaffing"), role=("Credit Controller", "GIS Technician"), x=("Collections Team Lead", "Survey Data Officer"), tz=("uk", "sk"))
mr("rc2", "{role} – news and another idea", "Hello {n},\n\nThanks for your patience. The shipowner offered {role} to another applicant after the second round. Meanwhile they're hiring a {x} from January, and your languages would be a real plus there. Free for a call tomorrow?\n\n{sig}, {co}", ("Hellshire Maritime Search", "Seoul Bridge Maritime"), ("hellshiresearch", "seoulbridgehr"), role=("Marine Superintendent", "Port Captain"), x=("Fleet Safety Lead", "Vessel Planner"), tz=("jm", "kr"))
mr("rc3", "About UX Researcher", "Hi {n},\n\nSo for UX Researcher they picked the other finalist. Separately, the same client needs a {x} – similar team, remote-first. Keen?\n\n{sig}\n{co}", ("Rhein Tech Recruiting", "Marina Tech Hire"), ("rheintechrec", "marinatechhire"), x=("Service Designer", "Content Designer"), tz=("de", "in"))
mr("rc4", "Driver post", "Dear {n},\n\nThe client has given the Driver post to another candidate. Same client needs a Stores Assistant in Mukono starting next week; please confirm if interested.\n\n{sig}\nPearl Manpower Agency", "Pearl Manpower Agency", "pearlmanpower", tz="ug")

# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role}", "Dear {n},\n\nYour application for {role} was rated eligible and qualified. Its ranking fell short of the top group sent to the selecting official; under this announcement it goes no further.\n\n{co} Human Resources", ("Rural Municipality of Corman Park", "County of Hennepin Parks Department"), ("rmcormanpark", "hennepinparks"), role=("Parks Labourer", "Maintenance Worker II"), tz=("sk", "usc"))
mr("ps2", "Application ineligible", "Dear {n},\n\nWe assessed your {role} application as ineligible: {x} was missing when applications closed. It will not proceed.\n\n{co}", ("Kampala Capital City Authority Service Board", "Parish Council of St Ann"), ("kccaservice", "stannparish"), role=("Revenue Officer", "Records Clerk"), x=("a certified academic transcript", "a police record"), tz=("ug", "jm"))
mr("ps3", "Vacancy {ref} – cancellation", "Dear {n},\n\nVacancy {ref} ({role}) stands cancelled {x}. There will be no appointment; applications are closed.\n\nResourcing Team\n{co}", ("Northumberland Coast Council", "Greater Chennai Corporation"), ("northumberlandcoast", "chennaicorp"), role=("Coastal Ranger", "Sanitary Inspector"), x=("after the council's mid-year budget round", "on the Commissioner's order"), tz=("uk", "in"))
mr("ps4", "Written test result", "Dear {n},\n\nYour written-test score for {role} was {x}. Candidates under the qualifying mark do not go on to interview.\n\n{co}", ("Busan Metropolitan Personnel Office", "Landkreis Emsland Personalamt"), ("busanpersonnel", "emslandpersonal"), role=("Clerk Grade 9", "Administrative Officer"), x=("58 points; the qualifying mark was 60", "23 of 40 points, below the 26 required"), tz=("kr", "de"))

# ---- 6 bare ATS status updates
mr("at1", "Status update: {role}", "Hello {n},\n\nQuillwren Hire has logged a new status.\n\nPosition: {role}\nStatus: No longer under consideration\n\nQuillwren Hire on behalf of {co}", ("Acomb Mart", "Regina Parts Depot"), ("acombmart.quillwrenhire", "reginaparts.quillwrenhire"), role=("Auction Clerk", "Counter Clerk"), tz=("uk", "sk"))
mr("at2", "Application update", "<html><body><p>Hi {n},</p><p>There is an update on <b>{role}</b> ({co}).</p><p>Current stage: <b>Closed – not progressing</b></p><p>Tollmere Careers</p></body></html>", ("Kitgum Solar Kiosks", "Chromepet Auto Parts"), ("kitgumsolar.tollmere", "chromepetauto.tollmere"), role=("Sales Agent", "Billing Executive"), tz=("ug", "in"))
mr("at3", "{co}: application status", "{n} – {role}: status set to Not selected.\n\nYour other applications are on your Crannog Jobs page.", ("Spanish Town Pharmacy", "Mokpo Ferry Terminal"), ("spanishtownpharm.crannog", "mokpoferry.crannog"), role=("Pharmacy Technician", "Ticketing Agent"), tz=("jm", "kr"))

# ---- 6 internship / graduate decisions
mr("in1", "{x} – decision", "Dear {n},\n\nThe {co} {x} assessment centre was fiercely competitive, and the intake filled before reaching you. Do consider reapplying next cycle.\n\nEarly Careers Team", ("Tyne Bridge Engineering", "Saskatchewan Potash Partners"), ("tynebridgeeng", "skpotash"), x=("Graduate Geology Programme", "Geoscience Graduate Rotation"), tz=("uk", "sk"))
mr("in2", "Summer internship 2026", "Dear {n},\n\nEvery application to our {x} has now been reviewed, and yours was not chosen for this summer's cohort.\n\nUniversity Relations, {co}", ("Chennai Analytics Hub", "Seongsu Chip Design"), ("chennaianalytics", "seongsuchip"), x=("Actuarial Internship", "Acoustics Internship"), tz=("in", "kr"))
mr("in3", "Trainee chef programme", "Dear {n},\n\nCheers for tackling our {x} knife-skills test. All places went to other applicants, so none is coming to you. Keep cooking!\n\n{sig}, {co}", ("Kampala Lakeview Kitchens", "Bluefields Coast Kitchens"), ("kampalakitchens", "bluefieldskitchens"), x=("Trainee Chef Programme", "Kitchen Apprenticeship"), tz=("ug", "jm"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
ACK = "application_received"
mo(ACK, "wd", "Candidate Home: application received – {role}", "Dear {n},\n\nYour {role} application arrived (req {ref}). Your Candidate Home status reads \"Under Review\"; later it may show \"Interview\" or \"Filled – Alternate Candidate Hired\". Nothing is decided yet.\n\nTalent Operations, {co}", ("Tynedale Timber Frames", "Kampala Grain Handlers"), ("tynedaleframes", "kampalagrain"), role=("Quantity Surveyor", "Weighbridge Clerk"), tz=("uk", "ug"))
mo(ACK, "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application landed safely. A real human here reads all of them. Should the fit look wrong to us, you get told that too – nobody gets left dangling.\n\n{sig}", ("Marina Loop Software", "Regina Prairie Analytics"), ("marinaloop", "reginaprairie"), role=("Mobile Engineer", "Analytics Engineer"), tz=("in", "sk"))
mo(ACK, "lv", "We got your application", "Hello {n},\n\n{role}: application logged. Whatever happens next, we hold your details for two years; reply ERASE any time to be removed.\n\n{sig} at {co}", ("Blue Mountain Coffee Traders", "Acomb Print Collective"), ("bluemountaintraders", "acombprint"), role=("Roastery Assistant", "Press Operator"), tz=("jm", "uk"))
mo(ACK, "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Possible outcomes</td><td>Interview / Unsuccessful</td></tr></table><p>{sig}, {co}</p></body></html>", ("Busan Harbour Chandlers", "Saskatoon Grain Terminal"), ("busanchandlers", "saskgrainterminal"), role=("Stock Controller", "Sample Tester"), tz=("kr", "sk"))
mo(ACK, "ic", "We received your application", "Dear {n},\n\nWe have your {role} application. Any application lacking {x} drops out at first screening, so double-check the upload; if so, it goes on to the hiring manager.\n\nHR Shared Services, {co}", ("Ruhr Valley Castings", "Kisubi Air Cargo"), ("ruhrcastings", "kisubicargo"), role=("Furnace Hand", "Cargo Checker"), x=("a forklift card", "a valid ID badge application"), tz=("de", "ug"))
mo(ACK, "tl", "Acknowledgement – requisition {ref}", "Dear {n},\n\nReceipt confirmed for {role}. If budget pressures close the requisition, we email every applicant to say so; if not, expect news inside four weeks.\n\nRecruitment Team, {co}", ("Mylapore Shipping Agencies", "Liguanea Sugar Estates"), ("mylaporeshipping", "liguaneasugar"), role=("Export Documentation Assistant", "Field Payroll Clerk"), tz=("in", "jm"))
mo(ACK, "wk", "Got your CV!", "Hi {n},\n\nTa for the CV. We phone folk for trial shifts next week. Phone silent by Friday week? Then we're full up – no hard feelings.\n\n{sig}, {co}", ("The Coquet Noodle Bar", "Lake Diefenbaker Pizzeria"), ("coquetnoodle", "diefpizza"), tz=("uk", "sk"))
mo(ACK, "bh", "Application received", "Dear {n},\n\nThanks for applying to {co}. If the owners decide to give the hours to current part-timers instead, an email will say so. Otherwise expect a call.\n\n{sig}", ("Longhorsley Key & Lock", "Kitgum Hardware Centre"), ("longhorsleykeys", "kitgumhardware"), tz=("uk", "ug"))
mo(ACK, "tt", "Confirmation of your application", "Hello {n},\n\nWe have received your documents with thanks. Whether positive or negative, our answer reaches you inside three weeks. Until then we ask for a little patience.\n\nFriendly greetings\n{sig}, {co}", ("Gremmelsbach Clockworks", "Vegesack Ropery"), ("gremmelsbachclock", "vegesackropery"), tz=("de",))
mo(ACK, "pp", "Application confirmed: {role}", "Dear {n},\n\nApplication logged. We score every one against the criteria; those under the threshold get a written note saying so, the others an invite to interview.\n\nPeople Team, {co}", ("Pyeongtaek Logistics Park", "Chennai Metro Feeder Buses"), ("pyeongtaeklogipark", "chennaifeeder"), role=("Yard Planner", "Depot Controller"), tz=("kr", "in"))
mo(ACK, "jz", "Application in", "Hi {n},\n\nWe've got your application. Heads-up: if the client contract changes, postings sometimes get pulled, and we'd email you if that happens. For now, all go.\n\n{sig}, {co}", ("Westmoreland Facility Care", "Mortlach Site Services"), ("westmorelandcare", "mortlachsite"), tz=("jm", "sk"))
mo(ACK, "ab", "Thanks, {n}", "Hi {n},\n\nGot your {role} application. Yes or no, a human will write within ten working days.\n\n{sig}, {co}", ("Pangyo Sensor Labs", "Kolonnade Battery Systems"), ("pangyosensor", "kolonnadebattery"), role=("Embedded Engineer", "Motion Engineer"), tz=("kr", "de"))
mo(ACK, "sc", "Guiding applications", "Hiya {n},\n\nGot your form for the summer guiding. First dibs goes to returners, and if every one comes back the roster might fill – you'll know one way or the other by Easter.\n\n{sig}, {co}", ("Plashetts Bike Trails", "Waskesiu Horse Trails"), ("plashettsbike", "waskesiuhorse"), tz=("uk", "sk"))
mo(ACK, "nb", "Yer application", "Howay {n},\n\nGot yer letter about the shepherding job, ta. We'll see folk next week. Hear nowt by month end and we've gone with somebody else, like.\n\n{sig}, {co}", ("Cheviot Edge Farm", "Harbottle Hill Farm"), ("cheviotedgefarm", "harbottlefarm"), tz=("uk",))
mo(ACK, "ug", "Acknowledgement of application", "Dear {n},\n\nReceive greetings. Your application for the {role} post has reached our office. Please note only shortlisted applicants will be called. Not called within a month? Then take it you were unsuccessful.\n\n{sig}, {co}", ("Sironko Coffee Growers Union", "Mpigi Dairy Cooperative"), ("sironkocoffeeunion", "mpigidairy"), role=("Accounts Assistant", "Field Extension Officer"), tz=("ug",))
mo(ACK, "ch", "Acknowledgement", "Dear {n},\n\nYour profile for {role} has reached us. Kindly note, if it is not matching the present need, it shall stay in our folder for upcoming needs.\n\nThanks & regards,\n{sig}, {co}", ("Adyar Textiles", "Perungudi Software Park"), ("adyartextiles", "perungudisoft"), role=("Merchandiser", "Support Engineer"), tz=("in",))
mo(ACK, "jm", "Application received", "Good day {n},\n\nYour application for {role} reach us, thank you. Selected or not, the resume stay on file six months.\n\nRespectfully,\n{sig}, {co}", ("Ocho Rios Mammee Bay Villas", "Negril Cliff Resort"), ("ochoriosmammeebay", "negrilcliff"), role=("Housekeeper", "Lifeguard"), tz=("jm",))
mo(ACK, "sk", "Got your resume", "Hey {n},\n\nGot your resume for the harvest crew. Only folks we're interested in get a call back, so a quiet phone is your answer, eh.\n\n{sig}, {co}", ("Wiebe Family Farms", "Waldheim Seed Cleaning"), ("wiebefamilyfarms", "waldheimseed"), tz=("sk",))
mo(ACK, "kr", "Application complete", "Dear {n},\n\nYour application to {co} is complete. Document screening results will be announced on the recruitment page; pass or fail, each applicant receives an email too.\n\n{sig}, HR Team", ("Daejeon Precision Optics", "Sacheon Marine Coatings"), ("daejeonoptics", "sacheoncoatings"), tz=("kr",))
mo(ACK, "de", "Receipt of your application", "Dear {n},\n\nHereby we confirm your application has arrived. If it comes to a cancellation, your documents go back per post. If there is interest, we call you per phone.\n\nWith friendly greetings\n{sig}, {co}", ("Autohaus Lüneburger Heide", "Ostfriesen Tea Packers"), ("autohausheide", "ostfriesentea"), tz=("de",))
mo(ACK, "us", "Application received", "{n} –\n\nThanks for applying to {co}. The board reviews applications at its next meeting. Every applicant, hired or not, gets a letter afterward.\n\n{sig}", ("Pine Hollow Country Club", "Oakhurst Township Library"), ("pinehollowcc", "oakhurstlibrary"), tz=("use",))
mo(ACK, "au", "Ginning season application received", "Hi {n},\n\nThanks for registering for the ginning season. We fill from returners first; if the team's full, we'll pop you on the reserve list rather than leave you wondering.\n\nCheers,\n{sig}, {co}", ("Auburn Ridge Cotton Gin", "Angaston Flat Cotton"), ("auburnridgegin", "angastoncotton"), tz=("au",))
mo(ACK, "nz", "Thanks for applying", "Kia ora {n},\n\nYour packhouse season form is in. Shortlisted people hear from us within a fortnight. Unsuccessful ones get a short email, so keep an eye out.\n\n{sig}, {co}", ("Pukehina Orchard Packers", "Omokoroa Avocado Co"), ("pukehinapackers", "omokoroaavocado"), tz=("nz",))
mo(ACK, "sg", "Application received", "Dear {n},\n\nYour application to {co} is with us. Note: only those shortlisted are notified, and we erase your data six months on if no suitable role turns up.\n\n{sig}", ("Bugis Physio Clinic", "Lentor Vet Supplies"), ("bugisphysio", "lentorvetsupply"), tz=("sg",))
mo(ACK, "ie", "CV received", "Hi {n},\n\nGot the CV, thanks a million. If nothing comes up we'll hold onto it till the summer rush. You'll hear one way or another.\n\n{sig}, {co}", ("Drumcliffe Golf Club", "Rosses Point Hotel"), ("drumcliffegolf", "rossespointhotel"), tz=("ie",))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INV, NXT, OFF = "interview", "next_steps", "offer"
mo(INV, "gh", "Interview invitation – {role}", "Hi {n},\n\nWe'd love to talk about {role}. Could you do {dl} at 10:00? Unfortunately our meeting tool doesn't work on phones, so please join from a laptop.\n\n{sig}, {co}", ("Marina Loop Software", "Regina Prairie Analytics"), ("marinaloop", "reginaprairie"), role=("Backend Engineer", "Data Engineer"), tz=("in", "sk"))
mo(INV, "wk", "Trial shift", "Hi {n},\n\nFancy a trial evening on {dl} from 5? Sadly they're digging up the staff car park – street parking it is.\n\n{sig}, {co}", ("The Coquet Noodle Bar", "Lake Diefenbaker Pizzeria"), ("coquetnoodle", "diefpizza"), tz=("uk", "sk"))
mo(INV, "th", "RE: [EXT] Re: {role} – second chat", "Hi {n},\n\nLovely to meet you. The trustees want a second chat, {dl} at two. Regrettably the lift has given up, three flights of stairs it is.\n\n{sig}\n\n{OUT}", ("Woodhorn Botanic Garden", "Bujagali Botanic Garden"), ("woodhorngarden", "bujagaligarden"), role="Glasshouse Supervisor", tz=("uk", "ug"))
mo(INV, "ug", "Invitation for oral interview", "Dear {n},\n\nShortlisted! Your oral interview for {role} is set for {dl}, nine o'clock in the morning. Unfortunately transport costs will not be refunded. Come with original certificates.\n\n{sig}, {co}", ("Sironko Coffee Growers Union", "Mpigi Dairy Cooperative"), ("sironkocoffeeunion", "mpigidairy"), role=("Storekeeper", "Quality Officer"), tz=("ug",))
mo(INV, "ch", "Interview schedule", "Dear {n},\n\nYour interview for {role} is scheduled on {dl} at 11 AM at our Guindy office. Unfortunately there is no visitor parking; kindly use the metro.\n\nRegards,\n{sig}, {co}", ("Adyar Textiles", "Perungudi Software Park"), ("adyartextiles", "perungudisoft"), role=("Junior Accountant", "Support Engineer"), tz=("in",))
mo(INV, "jm", "Interview", "Good day {n},\n\nInterview is {dl}, ten in the morning, at the villa office. Sorry to say the office AC mash up, so dress cool.\n\n{sig}, {co}", ("Ocho Rios Mammee Bay Villas", "Negril Cliff Resort"), ("ochoriosmammeebay", "negrilcliff"), tz=("jm",))
mo(INV, "kr", "Interview notice", "Dear {n},\n\nCongratulations on passing the document screening. Your interview is on {dl} at 14:00. Unfortunately the east gate is closed for construction; please use the west gate.\n\n{sig}, {co}", ("Daejeon Precision Optics", "Sacheon Marine Coatings"), ("daejeonoptics", "sacheoncoatings"), tz=("kr",))
mo(INV, "de", "Invitation to a conversation", "Dear {n},\n\nWe gladly invite you to a personal conversation on {dl} at 10 o'clock. The lift is unfortunately in maintenance, and we sit in the 4th floor.\n\nWith friendly greetings\n{sig}, {co}", ("Autohaus Lüneburger Heide", "Ostfriesen Tea Packers"), ("autohausheide", "ostfriesentea"), tz=("de",))
mo(NXT, "pp", "Next step: work sample", "Dear {n},\n\nPlease complete the planning exercise by {dl}, 17:00. Unfortunately once the clock starts there's no pausing it; block out 90 minutes.\n\nPeople Team, {co}", ("Pyeongtaek Logistics Park", "Chennai Metro Feeder Buses"), ("pyeongtaeklogipark", "chennaifeeder"), tz=("kr", "in"))
mo(NXT, "ic", "Documents needed", "Dear {n},\n\nTo continue, upload {x} before {dl}. Sadly the portal rejects skewed scans, so keep it flat.\n\nHR Shared Services, {co}", ("Ruhr Valley Castings", "Kisubi Air Cargo"), ("ruhrcastings", "kisubicargo"), x=("your crane licence", "your dangerous-goods certificate"), tz=("de", "ug"))
mo(NXT, "ps", "Written test – admission", "Dear {n},\n\nAdmission confirmed for the written test on {dl} at 09:00. Regrettably, latecomers cannot be seated. Bring photo ID.\n\n{co}", ("Busan Metropolitan Personnel Office", "Greater Chennai Corporation"), ("busanpersonnel", "chennaicorp"), tz=("kr", "in"))
mo(NXT, "us", "Background check", "{n} –\n\nUp next: a background check. Signed consent back to us by {dl}, please. Unfortunately a phone snap of the form won't do.\n\n{sig}, {co}", ("Pine Hollow Country Club", "Oakhurst Township Library"), ("pinehollowcc", "oakhurstlibrary"), tz=("use",))
mo(NXT, "sg", "Pre-employment medical", "Dear {n},\n\nKindly get the pre-employment medical booked ahead of {dl}. I'm afraid the clinic at level 2 is fully booked, so use the one at Bugis.\n\n{sig}, {co}", ("Bugis Physio Clinic", "Lentor Vet Supplies"), ("bugisphysio", "lentorvetsupply"), tz=("sg",))
mo(NXT, "in", "Assessment centre booking", "Dear {n},\n\nGood news – on to the assessment centre! Slots close {dl}, so grab one. Unfortunately we can't cover hotel stays.\n\nEarly Careers, {co}", ("Tyne Bridge Engineering", "Saskatchewan Potash Partners"), ("tynebridgeeng", "skpotash"), tz=("uk", "sk"))
mo(OFF, "ab", "Offer – {role}", "Hi {n},\n\nDelighted – we pick you for {role}, full stop. Letter attached, signature needed by {dl}. Unfortunately laptops are on back-order; week one means a loaner.\n\n{sig}, {co}", ("Pangyo Sensor Labs", "Kolonnade Battery Systems"), ("pangyosensor", "kolonnadebattery"), role=("Firmware Engineer", "Controls Engineer"), tz=("kr", "de"))
mo(OFF, "th", "RE: [EXT] Re: instructor – offer", "Alright {n},\n\nBoss wants you on for the season! Start {dl}. Bad news: staff fleeces still on order, bring yer own meantime.\n\n{sig}\n\n{GM}", ("Seahouses Zipline Park", "Lake Victoria Zipline Park"), ("seahouseszip", "lakevictoriazip"), tz=("uk", "ug"))
mo(OFF, "tl", "Letter of offer – {role}", "Dear {n},\n\nManagement has signed off on you as our new {role}. Kindly return the signed acceptance by {dl}. Regrettably the canteen is closed for renovation during your first month.\n\nRecruitment Team, {co}", ("Mylapore Shipping Agencies", "Liguanea Sugar Estates"), ("mylaporeshipping", "liguaneasugar"), role=("Documentation Executive", "Estate Payroll Clerk"), tz=("in", "jm"))
mo(OFF, "nz", "Job offer", "Kia ora {n},\n\nThere's a grader spot for you from {dl}. Sadly the staff van's chocka, so sort your own ride in.\n\n{sig}, {co}", "Pukehina Orchard Packers", "pukehinapackers", tz="nz")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at1", "Status update: {role}", "Hello {n},\n\nQuillwren Hire has logged a new status.\n\nPosition: {role}\nStatus: Withdrawn by candidate\n\nQuillwren Hire on behalf of {co}", ("Acomb Mart", "Regina Parts Depot"), ("acombmart.quillwrenhire", "reginaparts.quillwrenhire"), role=("Auction Clerk", "Counter Clerk"), tz=("uk", "sk"))
mo("other_job", "at2", "Application update", "<html><body><p>Hi {n},</p><p>There is an update on <b>{role}</b> ({co}).</p><p>Current stage: <b>On hold – recruitment resumes in spring</b></p><p>Tollmere Careers</p></body></html>", ("Kitgum Solar Kiosks", "Chromepet Auto Parts"), ("kitgumsolar.tollmere", "chromepetauto.tollmere"), role=("Sales Agent", "Billing Executive"), tz=("ug", "in"))
mo("other_job", "jm2", "Interview moved", "Good day {n},\n\nYour interview falls on Independence Day, so we are moving it to {dl}, same time. Apologies for the change.\n\n{sig}, Negril Cliff Resort", "Negril Cliff Resort", "negrilcliff", tz="jm")
mo("job_alert", "ft", "New vacancies this week", "Hi {n},\n\nThree new store roles near you: weekend sales adviser, stockroom assistant, bait counter.{FOOT}", ("Tynemouth Tackle & Bait", "Swift Current Outdoor Supply", "Nakasero Stationery Mart"), ("tynemouthtackle", "swiftcurrentoutdoor", "nakaserostationery"), tz=("uk", "sk", "ug"))
mo("recruiter_outreach", "ro1", "Maintenance planner near Cramlington", "Hi {n},\n\nI came across your profile. A plastics plant near Cramlington needs a maintenance planner, days only. Open to a chat?\n\n{sig}, Stephenson Talent", "Stephenson Talent", "stephensontalent", tz="uk")
mo("recruiter_outreach", "ro2", "Opportunity: plant scheduler, Langenburg", "Hey {n},\n\nI'm filling a plant scheduler role at a canola crusher in Langenburg. Good pay, benefits from day one. Interested?\n\n{sig}, Wascana Staffing", "Wascana Staffing", "wascanastaffing", tz="sk")
mo("non_job_rejection_words", "nj1", "Your rental enquiry", "Hi {n},\n\nFlat on {x}: the landlord picked another tenant; it's gone. New listings follow as they appear.\n\n{sig}, {co}", ("Gosforth Lets", "Walkergate Homes"), ("gosforthlets", "walkergatehomes"), x=("Osborne Road", "Sandyford Road"), tz=("uk",))
mo("non_job_rejection_words", "nj2", "Ballot result", "Hi {n},\n\nDraw done for {x}: your entry wasn't pulled out this time. Fingers crossed for the next one.\n\n{co}", ("Great North Swim Entries", "Regina Marathon Entries"), ("greatnorthswim", "reginamarathon"), x=("the mile swim", "the full marathon"), tz=("uk", "sk"))
mo("non_job_rejection_words", "nj3", "Grant application outcome", "Dear {n},\n\nThe Community Boreholes Fund panel met, and with demand so high your proposal could not be funded this round.\n\n{sig}, Busoga Water Trust", "Busoga Water Trust", "busogawater", tz="ug")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig}, {co} (via Brindleway" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = f"\n\n· Brindleway{ch} · {trade} listings ·"
    d = f"{dom}.brindleway{ch.lower()}"
    wr(fam, rej[0], rej[1] + tail, co, d, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, d, frm=via(ch), tz=tz)


pair("lantern", "Barbel", "lanternpleating", "Paper Moon Lantern Works", "papermoonlanterns", "uk", ("Lantern pleater application", "Hi {n},\n\nLovely photos of your folds. The bench goes to a pleater who already knows our accordion shades; yours stops here for now.\n\n{sig}"), (ACK, "Your lantern pleating application", "Hi {n},\n\nPhotos received. We look at them on Mondays; a reply follows that week, whichever way.\n\n{sig}"))
pair("lute", "Chub", "lutestringing", "Gut & Gallery Early Instruments", "gutgallery", "use", ("Re: stringing position", "{n},\n\nI appreciate your patience. We filled the lute stringer opening from within the shop, so we've closed out your file. The sample course was lovely.\n\n{sig}"), (INV, "Stringing bench – come by?", "{n},\n\nWould you come by {dl} at 1pm to string a test lute? Unfortunately the parking lot is gravel and a mess after rain.\n\n{sig}"))
pair("clog", "Dace", "cloggerysoling", "Pennine Clog Soles", "penninesoles", "uk", ("Clog soler job", "Now then {n},\n\nYour sample sole's been looked over. It falls a touch short on the alder blocks, and we're passing.\n\n{sig}"), (NXT, "Sample sole wanted", "Now then {n},\n\nSample alder sole wanted by {dl}, please – timber's on you, sadly, but we post it back.\n\n{sig}"))
pair("hurdy", "Eelpout", "hurdyrestringing", "Wheel & Drone Workshop", "wheeldrone", "de", ("Your application as restringer", "Dear {n},\n\nThank you for the restringing test on our hurdy-gurdy. We decided for a colleague with more experience on the chien bridge. Alles Gute for your way.\n\n{sig}"), (OFF, "Offer as restringer", "Dear {n},\n\nWe want to take you on as restringer from {dl}. Unfortunately the workshop heating is still not repaired, so bring a thick jumper.\n\n{sig}"))
pair("bat", "Flounder", "cricketbatbinding", "Sabina Park Bat Lashers", "sabinabats", "jm", ("Bat binding post", "Good day {n},\n\nThank you for coming to bind the trial handles. The foreman selected another applicant with more twine work, so the post is not yours.\n\n{sig}"), (ACK, "Binding application received", "Good day {n},\n\nWe got your letter for the bat binding post. Selected or not, expect our call before the month runs out.\n\n{sig}"))
pair("hook", "Gudgeon", "fishhookforging", "Barb & Eye Hook Forge", "barbeye", "sk", ("Hook forge helper", "Hey {n},\n\nThanks for the forge trial. A guy from Tisdale who's tempered hooks for years got the spot, leaving none for you this round.\n\n{sig}"), (INV, "Forge trial Thursday?", "Hey {n},\n\nCan you do a forge trial {dl} at 8? Bad news is the shop washroom is out of order, the gas station next door is fine.\n\n{sig}"))
pair("birch", "Hake", "birchbarking", "Northern Lakes Birchbark", "northernbirchbark", "sk", ("Birchbark harvest crew", "Hi {n},\n\nThe spring birchbark crew is set now minus your name. Thanks for reaching out.\n\n{sig}"), (NXT, "Crew paperwork", "Hi {n},\n\nTo join the spring crew, send your first-aid card by {dl}. Unfortunately we can't take expired ones.\n\n{sig}"))
pair("whistle", "Ide", "tinwhistling", "Corofin Tin Whistles", "corofinwhistles", "ie", ("Whistle voicer job", "Hi {n},\n\nThanks for voicing the test whistles. Sorry – the voicer job's been handed to a maker with more years at the fipple.\n\n{sig}"), (OFF, "Voicer job is yours", "Hi {n},\n\nFancy starting as voicer on {dl}? Sadly the van's broke down, so the first week is bus-only.\n\n{sig}"))
pair("corncob", "Jewfish", "corncobpiping", "Ozark Cob Pipe Co", "ozarkcob", "usc", ("Pipe finishing application", "{n},\n\nFinishing applications are all read, and yours stops here. Thanks for your interest in corncob pipe work.\n\n{sig}"), (ACK, "Application received – cob pipes", "{n},\n\nWe've got your application. We'll answer everyone, hire or no hire, by the 20th.\n\n{sig}"))
pair("bookedge", "Koi", "bookedging", "Gilt Edge Bindery", "giltedgebindery", "uk", ("Edge gilder role", "Hi {n},\n\nThank you for the gilding sample. Another applicant gets the edging bench; your application is closed.\n\n{sig}"), (NXT, "Edging sample please", "Hi {n},\n\nCould you post a marbled edge sample by {dl}? Unfortunately overseas samples stay with us.\n\n{sig}"))
pair("cannon", "Ling", "cannonpolishing", "Fort Charlotte Restorations", "fortcharlotte", "jm", ("Cannon polisher application", "Dear {n},\n\nYour offer to polish the fort cannons was considered. The heritage board gave the contract to another applicant.\n\n{sig}"), (INV, "Interview – cannon polishing", "Dear {n},\n\nMeet us at the fort {dl}, nine sharp. Unfortunately no shade on the battery, so bring a hat.\n\n{sig}"))
pair("hilt", "Minnow", "swordhilting", "Remscheid Hilt Studio", "remscheidhilt", "de", ("Hilt maker application", "Dear {n},\n\nMany thanks for your hilt sample. We will not consider you further; another applicant fits better to our rayskin work.\n\n{sig}"), (OFF, "Contract hilt maker", "Dear {n},\n\nWe offer you the hilt maker contract from {dl}. Unfortunately the wire wrapping machine is defective until March.\n\n{sig}"))
pair("harpoon", "Nase", "harpooncoiling", "Sandfly Bay Line Co", "sandflyline", "nz", ("Line coiler role", "Kia ora {n},\n\nCheers for the application. The harpoon line coiling role's gone to someone off the local fleet.\n\n{sig}"), (ACK, "Got your application", "Kia ora {n},\n\nGot your form for the coiling role. Yes or no, word comes within a fortnight.\n\n{sig}"))
pair("bonnet", "Orfe", "bonnetwiring", "Millinery Row Bonnets", "millineryrow", "au", ("Bonnet wiring job", "Hi {n},\n\nThanks for the wired brim you sent. A milliner with bridal work behind her got the job – sorry, not you this time.\n\n{sig}"), (NXT, "Brim test", "Hi {n},\n\nCould you drop a wired brim to the studio by {dl}? Sadly we're closed Mondays, so Tuesday to Friday only.\n\n{sig}"))
pair("goblin", "Perch", "goblinpuppetry", "Hobgoblin Puppet Theatre", "hobgoblinpuppets", "za", ("Puppeteer audition", "Hi {n},\n\nYour goblin audition was great fun. The director cast another performer for the tour, though, and there's no part for you.\n\n{sig}"), (INV, "Callback", "Hi {n},\n\nCallback! Come back {dl}, 3pm. Unfortunately our rehearsal room lacks air-con, so expect heat.\n\n{sig}"))
pair("quoit", "Quillback", "quoitpainting", "Jarrow Quoit Pitches", "jarrowquoits", "uk", ("Quoit painter", "Howay {n},\n\nCheers for the painted quoits. Job's went to a lass from Blaydon, so nae luck this time.\n\n{sig}"), (OFF, "Painting job", "Howay {n},\n\nJob's yours if ye want it, start {dl}. Bad news is the shed's still got nae heating.\n\n{sig}"))
pair("tallow", "Roach", "tallowdipping", "Old Parish Candle Works", "oldparishcandles", "use", ("Candle dipper position", "{n},\n\nThank you for interviewing. After careful thought we've offered the tallow dipping position to another candidate.\n\n{sig}"), (ACK, "We received your application", "{n},\n\nThanks for applying to dip candles with us. We write back to everyone, hired or not, inside a fortnight.\n\n{sig}"))
pair("sealwax", "Shad", "sealwaxing", "Chancery Seal Wax", "chanceryseal", "uk", ("Seal wax pourer", "Dear {n},\n\nPourer vacancy: filled. That closes your application. Appreciated your interest.\n\n{sig}"), (NXT, "Health form", "Dear {n},\n\nPlease send back the health form by {dl}. Regrettably no form, no start.\n\n{sig}"))
pair("brass", "Tench", "brassrubbing", "Cathedral Rubbings Centre", "cathedralrubbings", "uk", ("Brass rubbing guide", "Hi {n},\n\nThanks for your interest in guiding visitors at the rubbings table. Another guide got the post; that ends your application.\n\n{sig}"), (INV, "Meet us?", "Hi {n},\n\nFree {dl} at 11 to meet? Sadly the crypt café is shut, so no coffee.\n\n{sig}"))
pair("kettledrum", "Ulua", "kettledrumlacing", "Timpani Hall Drum Shop", "timpanihall", "sg", ("Drum lacer application", "Dear {n},\n\nRe your kettledrum lacer application: regretfully it did not make the shortlist.\n\n{sig}"), (ACK, "Application acknowledged", "Dear {n},\n\nWe have received your application. Two weeks from now each applicant hears from us, shortlisted or otherwise.\n\n{sig}"))
pair("snuff", "Vendace", "snuffgrinding", "Howgill Mill Snuff", "howgillmillsnuff", "uk", ("Mill hand", "Hi {n},\n\nTa for the trek up Mill Lane. The grinding job has gone to somebody who's dressed millstones for years, so not you.\n\n{sig}"), (OFF, "Mill hand offer", "Hi {n},\n\nMill hand job starts {dl} – it's yours. Unfortunately the bus stop by the mill is closed for roadworks.\n\n{sig}"))
pair("stirrup", "Wrasse", "stirrupcasting", "Chennai Saddlery Castings", "chennaisaddlery", "in", ("Casting helper post", "Dear {n},\n\nKindly note, for the casting helper post on the stirrup line, another candidate has been finalised.\n\n{sig}"), (NXT, "Documents for joining", "Dear {n},\n\nKindly submit your ID proof and address proof on or before {dl}. Unfortunately photocopies without self-attestation will not be accepted.\n\n{sig}"))
pair("zither", "Yellowtail", "zitherfretting", "Haegeum & Zither House", "haegeumzither", "kr", ("About fretting application", "Dear {n},\n\nThank you for your fretting sample. We are sorry, we select other applicant for this time.\n\n{sig}"), (ACK, "Receive your application", "Dear {n},\n\nWe receive your application well. Pass or not pass, we inform you by email in two weeks.\n\n{sig}"))
pair("banjo", "Zander", "banjoskinning", "Kampala Banjo & Ngoma", "kampalabanjo", "ug", ("Banjo skinning post", "Dear {n},\n\nWe saw your skinning test. The workshop handed the post to another candidate with more years on goat hide.\n\n{sig}"), (INV, "Invitation for practical", "Dear {n},\n\nPractical test for you: {dl}, 10 in the morning. Unfortunately power is off on Tuesdays, so daylight only.\n\n{sig}"))
pair("wig", "Agaric", "wigpowdering", "Restoration Stage Wigs", "restorationwigs", "ie", ("Wig dresser", "Hi {n},\n\nThanks for dressing the test wig. Another dresser has the season, so the role isn't yours.\n\n{sig}"), (OFF, "Wig dresser offer", "Hi {n},\n\nCome join us as wig dresser from {dl}. Sadly the dressing room is tiny, so you'll share a mirror.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Fresh maker listings", "Hi {n},\n\nNew this week on Brindleway: a lantern pleater in Acomb, two candle dippers in Bennington, a wig dresser in Rosmuc.\n\nManage alerts from your Brindleway account.", "Brindleway Listings", "alerts.brindleway", frm="Brindleway Listings <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "stall", "Craft fair stall", "Hi {n},\n\nYour stall entry for the spring craft fair went into the draw. We had three times more applicants than pitches and your stall was not drawn.\n\n{sig}", "Alnwick Craft Fair", "alnwickcraftfair", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld, ind, swe, ron, ces, two each); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} – {co} <{sl}@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "ورشة الصدف الدمشقي", "sadafworkshop", "jo",
   ("بخصوص طلبك للعمل في التطعيم بالصدف", "السيدة/السيد {n} المحترم،\n\nنشكرك على اهتمامك بالعمل في ورشتنا. وقد وقع اختيارنا في النهاية على حرفيّ آخر أمضى سنوات أطول في تطعيم الخشب بالصدف، ولهذا نعتذر عن قبول طلبك هذه المرة.\n\nتحياتنا،\n{sig}"),
   (ACK, "تم استلام طلبك", "السيدة/السيد {n} المحترم،\n\nوصلنا طلبك للعمل في ورشة التطعيم. وأيًّا كانت النتيجة، ستصلك رسالة منا قبل نهاية الأسبوع الثاني.\n\nمع التحية،\n{sig}"))
lp("de", "de", "Krugmalerei Altmühltal", "krugmalerei", "de",
   ("Ihre Bewerbung als Krugmalerin/Krugmaler", "Sehr geehrte/r {n},\n\nvielen Dank für Ihre Probearbeit. Die Wahl fiel auf eine Bewerberin, die schon Zinndeckel bemalt hat; die Stelle geht deshalb nicht an Sie.\n\nMit freundlichen Grüßen\n{sig}"),
   (INV, "Einladung zum Probetag", "Hallo {n},\n\npasst Ihnen ein Probetag am {dl} ab 9 Uhr? Unser Hof ist leider wegen Bauarbeiten dicht – am besten mit dem Bus anreisen.\n\nViele Grüße\n{sig}"))
lp("es", "es", "Avarcas Ciutadella", "avarcasciutadella", "es",
   ("Sobre tu candidatura de costura de avarcas", "Hola, {n}:\n\nTe agradecemos que vinieras a coser a prueba. El puesto se lo damos a un artesano que cose suela de neumático desde hace años, y tu proceso se cierra aquí.\n\nUn saludo,\n{sig}"),
   (NXT, "Documentación pendiente", "Hola, {n}:\n\nPara seguir con el proceso necesitamos tu DNI y el certificado de prevención antes del {dl}. Por desgracia no aceptamos fotos borrosas.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Coutellerie des Monts d'Aubrac", "coutelleriemonts", "fr",
   ("Votre candidature – émouleur", "Bonjour {n},\n\nL'essai à l'atelier nous a plu. Nous engageons toutefois un émouleur déjà rompu au polissage des lames, et votre dossier s'arrête ici.\n\nAvec nos salutations,\n{sig}"),
   (OFF, "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle : le poste d'émouleur vous revient à partir du {dl}. Malheureusement, la cantine reste fermée jusqu'à l'été.\n\nBien cordialement,\n{sig}"))
lp("hi", "hi", "जयपुर नीली मिट्टी कार्यशाला", "jaipurneelipottery", "in",
   ("आपकी अर्ज़ी पर हमारा जवाब", "आदरणीय {n} जी,\n\nचित्रकार वाला पद भरा जा चुका; सांगानेर से एक कारीगर चुना गया। आपका धन्यवाद।\n\nआदर सहित,\n{sig}"),
   (ACK, "अर्ज़ी मिल गई", "आदरणीय {n} जी,\n\nअर्ज़ी मिली। हाँ या ना, जवाब पखवाड़े में ईमेल से।\n\nआदर सहित,\n{sig}"))
lp("it", "it", "Merletti di Pellestrina Sorelle Vio", "merlettivio", "it",
   ("La sua candidatura come merlettaia", "Gentile {n},\n\ngrazie di essere venuta a ricamare il punto in aria con noi. Abbiamo preso una merlettaia con più anni al tombolo, e dunque la sua candidatura non prosegue.\n\nCon stima,\n{sig}"),
   (INV, "Invito a un colloquio", "Gentile {n},\n\nsarebbe disponibile per un colloquio il {dl} alle 10? Purtroppo il vaporetto di linea fa lavori quel giorno, quindi calcoli più tempo.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "京都香房 薫風", "kunpuincense", "jp",
   ("選考結果のご連絡", "{n} 様\n\nこの度は香の調合職にご応募いただき、誠にありがとうございました。慎重に検討した結果、今回は採用を見送らせていただくことになりました。\n\n今後のご活躍をお祈り申し上げます。\n{sig}"),
   (NXT, "書類提出のお願い", "{n} 様\n\n次の選考に進んでいただくため、{dl}までに履歴書の原本をご郵送ください。残念ながら、メールでの提出は受け付けておりません。\n\n{sig}"))
lp("ko", "ko", "안동 하회탈 공방", "andongmask", "kr",
   ("지원 결과 안내", "{n} 님께\n\n탈 조각 보조 자리에 관심을 가져 주셔서 고맙습니다. 여러 지원자를 두고 오래 고민했지만, 이번 자리는 다른 분께 맡기기로 했습니다.\n\n앞으로의 건승을 기원합니다.\n{sig} 드림"),
   (OFF, "채용 제안", "{n} 님께\n\n공방에서 함께 일하게 되어 기쁩니다. 첫 출근은 {dl}입니다. 다만 공방 앞 주차장이 공사 중이라 버스를 타고 오시는 편이 좋겠습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Corticeira do Vale de Alcácer", "corticeiraalcacer", "pt",
   ("A sua candidatura", "Caro/a {n},\n\nAgradecemos o interesse em trabalhar connosco na descortiça. Vistas todas as candidaturas, a escolha recaiu sobre alguém com mais campanhas de tiragem no corpo, e a sua fica por aqui.\n\nCom os melhores cumprimentos,\n{sig}"),
   (ACK, "Candidatura recebida", "Caro/a {n},\n\nRecebemos a sua candidatura. Seja qual for a decisão, receberá resposta nossa antes de o mês acabar.\n\nCumprimentos,\n{sig}"))
lp("ru", "ru", "Вологодское кружево", "vologdalace", "ru",
   ("О вашем отклике", "Здравствуйте, {n}!\n\nСпасибо за пробную работу на коклюшках. Мы выбрали другую кандидатку с большим опытом, поэтому не сможем предложить вам место.\n\nС уважением,\n{sig}"),
   (INV, "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас {dl} к 11:00 для разговора. Увы, подъёмник у нас на ремонте – подниматься на третий этаж придётся пешком.\n\nДо встречи,\n{sig}"))
lp("sw", "sw", "Karakana ya Majahazi Mbegani", "majahazimbegani", "tz",
   ("Kuhusu maombi yako ya kazi", "Habari {n},\n\nTunashukuru kwa nia yako ya kujiunga nasi Mbegani. Nafasi hii amepewa fundi mwingine aliyekwisha tengeneza majahazi zaidi ya kumi; kwa sababu hiyo ombi lako halitaendelea.\n\nWasalaam,\n{sig}"),
   (NXT, "Nyaraka zinazohitajika", "Habari {n},\n\nTafadhali leta nakala ya kitambulisho chako kabla ya {dl}. Kwa bahati mbaya ofisi imefungwa Jumamosi.\n\nWako,\n{sig}"))
lp("th", "th", "โรงงานเครื่องเงินวัวลาย", "wualaisilver", "th",
   ("แจ้งผลการสมัครงาน", "ถึง คุณ{n}\n\nทางโรงงานซาบซึ้งที่คุณสนใจงานช่างดุนลายเงิน รอบนี้ตำแหน่งดังกล่าวตกเป็นของช่างอีกท่านที่ทำงานดุนมานานกว่า เราจึงขอปิดการพิจารณาใบสมัครของท่านไว้ก่อน\n\nขอแสดงความนับถือ\n{sig}"),
   (OFF, "ยินดีต้อนรับเข้าทำงาน", "ถึง คุณ{n}\n\nเรายินดีรับคุณเข้าทำงาน เริ่มงานวันที่ {dl} น่าเสียดายที่ที่จอดรถเต็ม กรุณาเดินทางด้วยรถสาธารณะ\n\nขอแสดงความนับถือ\n{sig}"))
lp("tr", "tr", "Hereke İpek Dokuma Atölyesi", "herekeipek", "tr",
   ("Başvurunuz hakkında", "Sayın {n},\n\nDokumacılık ilanımıza başvurduğunuz için sağ olun. Tezgâhta daha uzun yıllar geçirmiş bir ustayla anlaştık; başvurunuzu burada kapatıyoruz.\n\nİyi dileklerle,\n{sig}"),
   (INV, "Mülakat daveti", "Sayın {n},\n\n{dl} sabahı 10:00'da atölyede tanışmak isteriz. Maalesef otoparkımız tadilatta, toplu taşıma öneririz.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "ملتان نیلی ظروف کارخانہ", "multanblue", "pk",
   ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nنیلے برتنوں کی نقش گری میں آپ کی دلچسپی پر شکرگزار ہیں۔ اس دفعہ یہ کام ملتان کے ایک پرانے استاد کے حوالے ہوا ہے، چنانچہ آپ کی عرضی آگے نہیں بڑھ سکی۔\n\nوالسلام،\n{sig}"),
   (ACK, "درخواست موصول ہو گئی", "محترم {n}،\n\nآپ کا خط ہم تک پہنچ چکا ہے۔ نتیجہ کچھ بھی ہو، دو ہفتے کے اندر آپ کو ای میل آ جائے گی۔\n\nشکریہ،\n{sig}"))
lp("zh", "zh", "苏州绣韵工作室", "suzhouxiuyun", "cn",
   ("关于您的应聘结果", "{n}您好：\n\n感谢您应聘刺绣师一职。经过综合评估，我们最终选择了另一位更有经验的候选人，很遗憾这次无法与您合作。\n\n祝工作顺利！\n{sig}"),
   (NXT, "请补交材料", "{n}您好：\n\n请于{dl}前通过邮件提交身份证复印件和三张近期作品照片，以便我们安排下一轮面试。很遗憾，纸质材料暂不接收，敬请谅解。\n\n{sig}"))
# pool: Dutch, Indonesian, Swedish, Romanian, Czech (two each)
lp("nl1", "nld", "Tegelschilderij De Porceleyne Pauw", "porceleynepauw", "nl",
   ("Uw sollicitatie als tegelschilder", "Beste {n},\n\nDank voor het proeftegeltje dat u schilderde. Er komt een schilder bij die al jaren met kobaltblauw werkt; uw sollicitatie stopt hier.\n\nMet vriendelijke groet,\n{sig}"),
   (INV, "Uitnodiging voor een gesprek", "Beste {n},\n\nSchikt het u om {dl} om 10.00 uur bij ons in de werkplaats te komen? Helaas is ons parkeerterrein dicht; de fiets is handiger.\n\nMet vriendelijke groet,\n{sig}"))
lp("nl2", "nld", "Molen De Windhond", "molenwindhond", "nl",
   ("Vacature molenaarsknecht", "Hoi {n},\n\nLeuk dat je wilde komen malen. We hebben de plek aan iemand anders gegeven die al een molenaarsdiploma heeft. Veel succes verder!\n\nGroet,\n{sig}"),
   (ACK, "Sollicitatie ontvangen", "Hoi {n},\n\nWe hebben je sollicitatie ontvangen. Ja of nee, je hoort binnen twee weken van ons.\n\nGroet,\n{sig}"))
lp("id1", "ind", "Batik Tulis Giriloyo", "batikgiriloyo", "id",
   ("Hasil lamaran Anda", "Yth. {n},\n\nKami berterima kasih atas minat Anda menjadi pembatik di Giriloyo. Akhirnya kami memilih pembatik lain yang lebih lama memegang canting, jadi proses lamaran Anda berhenti di sini.\n\nHormat kami,\n{sig}"),
   (NXT, "Kelengkapan berkas", "Yth. {n},\n\nMohon kirimkan fotokopi KTP dan contoh kain batik sebelum {dl}. Sayangnya berkas yang terlambat tidak dapat kami proses.\n\nHormat kami,\n{sig}"))
lp("id2", "ind", "Ukir Kayu Jepara Mulya", "ukirjepara", "id",
   ("Lamaran tukang ukir", "Halo {n},\n\nMakasih sudah menyempatkan diri ikut tes ukir. Posisi ini sudah diisi pengrajin lain. Semoga rezekinya di tempat lain ya.\n\nSalam,\n{sig}"),
   (INV, "Undangan tes ukir", "Halo {n},\n\nSilakan datang untuk tes ukir pada {dl} pukul 09.00. Sayangnya listrik sering padam siang hari, jadi datanglah pagi.\n\nSalam,\n{sig}"))
lp("sv1", "swe", "Dalahästar i Nusnäs", "dalahastnusnas", "se",
   ("Angående din ansökan", "Hej {n},\n\nTack för hästen du provmålade åt oss. Valet föll på någon som har målat kurbits i många år, och din ansökan stannar därmed här.\n\nVänliga hälsningar\n{sig}"),
   (OFF, "Erbjudande om anställning", "Hej {n},\n\nVi vill gärna anställa dig som målare från {dl}. Tyvärr är personalrummet under ombyggnad hela våren.\n\nVänliga hälsningar\n{sig}"))
lp("sv2", "swe", "Glasbruket i Afors Skog", "glasbruketafors", "se",
   ("Tjänsten som glasblåsarlärling", "Hej {n},\n\nLärlingsplatsen vid ugnen har gått till någon annan. Tack ska du ha för ansökan, och lycka till!\n\nHälsningar\n{sig}"))
lp("ro1", "ron", "Ceramica Vama Meșteșug", "ceramicavama", "ro",
   ("Răspuns la candidatura dumneavoastră", "Stimată/Stimate {n},\n\nVă mulțumim pentru interesul arătat. Am cântărit toate candidaturile și locul a revenit unui olar care lucrează de mai mulți ani la roată.\n\nCu stimă,\n{sig}"),
   (ACK, "Confirmare primire candidatură", "Stimată/Stimate {n},\n\nCandidatura dumneavoastră e înregistrată. Fie da, fie nu, primiți un răspuns în două săptămâni.\n\nCu stimă,\n{sig}"))
lp("ro2", "ron", "Atelierul de Porți Maramureșene", "portimaramures", "ro",
   ("Postul de sculptor în lemn", "Bună ziua, {n},\n\nVă mulțumim că ați venit la proba practică. Am decis să angajăm un alt meșter pentru acest post.\n\nToate cele bune,\n{sig}"),
   (INV, "Invitație la proba practică", "Salutări, {n}.\n\nProba practică are loc pe {dl}, la ora 9. Din păcate, drumul spre atelier e în lucru, așa că veniți mai devreme.\n\nToate cele bune,\n{sig}"))
lp("cs1", "ces", "Sklárna Nový Bor Rytec", "sklarnarytec", "cz",
   ("Vaše žádost o místo rytce", "Dobrý den, {n},\n\nděkujeme za zaslanou ukázku rytiny. Místo nakonec dostal rytec, který u brusného kotouče strávil víc let, a vaše žádost tím končí.\n\nS pozdravem\n{sig}"),
   (NXT, "Doplnění podkladů", "Dobrý den, {n},\n\nprosíme o zaslání výpisu z rejstříku trestů do {dl}. Bohužel bez něj nemůžeme pokračovat.\n\nS pozdravem\n{sig}"))
lp("cs2", "ces", "Loutkárna U Kašpárka", "loutkarnakasparek", "cz",
   ("Místo řezbáře loutek", "Dobrý den, {n},\n\nmísto řezbáře loutek jsme obsadili jiným uchazečem. Díky za zájem, ať se vám daří.\n\nZdraví\n{sig}"))
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
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 136; this slice and any later one are skipped by number."""
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
