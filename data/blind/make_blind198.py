# ruff: noqa: E501, S311
"""Write the hundred-and-ninety-eighth sealed blind slice for issue 11 (blind-slice-198.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 197; slice 197 (written at the same time, unseen),
         this slice and every later one never read; our side printed)
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

SEED = 1981981
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-198.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 198
SKIP_FROM = 197  # slice 197 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Morven McCubbin", "Tendai Mupfumira", "Sayali Kulkarni", "Chidinma Eze-Okafor", "Marek Hudák",
    "Jocelyn Lachapelle", "Rutendo Chikwanha", "Omkar Deshpande", "Kenrick Hassell", "Lenka Šimonová",
    "Ugochukwu Nwankwo", "Ailsa Kirkpatrick", "Tafadzwa Moyo", "Prajakta Bhosale", "Renée Ouellette",
    "Obinna Chukwuemeka", "Zuzana Kováčová", "Fergus McMinn", "Nyasha Gumbo", "Hrishikesh Patil",
    "Dervla Ní Bhriain", "Tyrese Halloran", "Kirra Lindqvist", "Hemi Tautahi", "Lwazi Dube",
    "Imogen Faulds", "Adaeze Obiora", "Vihaan Gaikwad", "Shona Agnew", "Kudakwashe Ndoro",
    "Carlene Every", "Michal Baláž", "Ngozi Anyanwu", "Brodie Hiscock", "Anouk Levesque",
]
REGION_SIGNERS = {
    "gw": ["Elspeth Maxwell", "Callum Gracie", "Iona Heughan", "Rab McGarva"],
    "zw": ["Chiedza Makoni", "Tinashe Mhlanga", "Rumbidzai Sibanda", "Farai Chigwedere"],
    "ns": ["Madhura Joshi", "Ketan Sonawane", "Rohini Pawar", "Aniket Borse"],
    "sb": ["Carla Hassell", "Glenroy Every", "Maritza Johnson", "Dwayne Zagers"],
    "tm": ["Gisèle Dallaire", "Wade Kurkimaki", "Marcy Beaulne", "Terrance Wabie"],
    "sk": ["Katarína Hrušovská", "Peter Gajdoš", "Silvia Lukáčová", "Juraj Ferenc"],
    "ig": ["Chukwudi Okonkwo", "Nneka Uzoma", "Ikechukwu Ani", "Amarachi Ogbu"],
    "uk": ["Harriet Penhaligon", "Desmond Ashworth", "Priya Lockhart"],
    "ie": ["Clodagh Brennan", "Tadhg Moriarty"],
    "use": ["Wanda Kozlowski", "Everett Shumate"], "usc": ["Marla Hendrickx", "Otis Crabtree"],
    "au": ["Kylie Burgess", "Stavros Pappas"], "nz": ["Aroha Paewai", "Fraser Tennant"],
    "za": ["Thandeka Mabuza", "Riaan du Plessis"],
}
GENERAL = ["Jordan Ellery", "Sam Okoro-Lind", "Alex Tremayne"]
REGION = {"usc": "usc", "usm": "usc", "usp": "usc", "ng": "ig", "in": "ns"}
LANG_SIGNERS = {
    "ar": ["سلمى العبيدي", "مازن الرواحي"], "de": ["Henrike Albrecht", "Wolfram Keil"],
    "es": ["Montserrat Ibarra", "Gonzalo Prieto"], "fr": ["Aurélie Dumont", "Quentin Lemaire"],
    "hi": ["सुनीता गोखले", "राजेश चौहान"], "it": ["Federica Sartori", "Alessio Marchi"],
    "ja": ["高橋 美穂", "中村 大輔"], "ko": ["이수진", "한민호"], "pt": ["Luana Ferreira", "Caio Menezes"],
    "ru": ["Тамара Лыкова", "Степан Жаров"], "sw": ["Neema Lyimo", "Juma Mrisho"],
    "th": ["อรอุมา พึ่งบุญ", "ภูริ วงศ์ใหญ่"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["ثمینہ ملک", "عمران چوہدری"], "zh": ["李雪梅", "黄建国"],
    "swe": ["Ingrid Lundberg", "Per Axelsson"], "cym": ["Eirlys Parri", "Gethin Llwyd"],
    "gle": ["Aoife Ní Mhurchú", "Colm Ó Ceallaigh"], "eus": ["Itziar Etxeberria", "Unai Larrañaga"],
    "sqi": ["Blerina Hoxha", "Arben Krasniqi"], "mkd": ["Весна Ристовска", "Зоран Илиевски"],
    "kat": ["ეკა ჯაფარიძე", "ზურაბ ლომთაძე"], "hye": ["Անի Հովհաննիսյան", "Արամ Պետրոսյան"],
    "tam": ["யாழினி கதிரேசன்", "சேரன் மணிவண்ணன்"], "yor": ["Adéwálé Ògúnlànà", "Fọláṣadé Àjàyí"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهاشمي", "رامي الكندي"], "de": ["Jana Voigt", "Felix Brandl"],
    "es": ["Lucía Carmona", "Iker Salvador"], "fr": ["Manon Leclercq", "Hugo Renard"],
    "hi": ["अनन्या शुक्ला", "विकास यादव"], "it": ["Giulia Pace", "Davide Conti"],
    "ja": ["松本 千尋", "井上 拓海"], "ko": ["최유나", "윤태현"], "pt": ["Beatriz Lopes", "Thiago Ramos"],
    "ru": ["Анна Гусева", "Павел Зайцев"], "sw": ["Upendo Massawe", "Hamisi Mbwana"],
    "th": ["ศศิธร ยอดดี", "ปวริศ ชมภู"], "tr": ["Selin Koç", "Onur Aslan"],
    "ur": ["حنا شیخ", "بلال اعوان"], "zh": ["张敏", "吴磊"],
    "swe": ["Elin Sjöberg", "Oskar Nyström"], "cym": ["Mali Haf Rowlands", "Iestyn Bebb"],
    "gle": ["Niamh Ní Dhonnchadha", "Cathal Mac Giolla"], "eus": ["Ane Zubizarreta", "Mikel Aranburu"],
    "sqi": ["Elira Dervishi", "Dritan Berisha"], "mkd": ["Ивана Петровска", "Бојан Николовски"],
    "kat": ["თამარ გელაშვილი", "ლევან ხუციშვილი"], "hye": ["Լիլիթ Սարգսյան", "Դավիթ Գրիգորյան"],
    "tam": ["தேன்மொழி வேலாயுதம்", "இளங்கோ சேதுபதி"], "yor": ["Títílayọ̀ Adébáyọ̀", "Ṣèyí Olúwọlé"],
}
GIVEN = {"Dervla Ní Bhriain": "Dervla", "Aoife Ní Mhurchú": "Aoife", "Colm Ó Ceallaigh": "Colm"}
PROVIDERS = ["quernmail", "sloebox", "fernpost", "marlmail", "burnbox", "heronpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "gw": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"),
    "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "tm": ("-0500", "-0400", "us"),
    "sb": ("-0400", None, ""), "br": ("-0300", None, ""), "ig": ("+0100", None, ""), "ng": ("+0100", None, ""),
    "zw": ("+0200", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""), "ke": ("+0300", None, ""), "za": ("+0200", None, ""), "jo": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "ge": ("+0400", None, ""), "am": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "ns": ("+0530", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "tm")
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
QNOTE = "\n{sf}, ta for Monday's yard walk. Class 2 card valid to October; referee Mr Dunnachie-Obi rings back after four.\n{n}"
FOOT = "\n\n~~~ {CO} · KESTERMOOR JOBS ~~~\nKestermoor posts new vacancies each Tuesday before lunch. Pollenby alerts group them by district and shift length; the Ambrick Gazette, our seasonal paper, prints staff recipes and charity-walk tallies. Reply KESTSTOP to leave the list. Nobody reads this mailbox, and any account idle for twenty-nine months is wiped."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("a1", "Your Candidate Home: {role} (REQ-{ref})", "Hello {n},\n\nThe status of REQ-{ref}, {role}, at {co} now reads: Closed – Seat Taken (Other Applicant). Candidate Home stays open to you, and its alert bell can ping you about later postings.\n\nTalent Acquisition, {co}", ("Stranraer Creamery Haulage", "Msasa Steel Fabricators"), ("stranraerhaulage", "msasasteel"), frm="{co} Workday <workday-noreply@{dom}>", role=("Shunter Driver", "Plater"), tz=("gw", "zw"))
mr("a2", "{role} at {co} – decision after interviews", "Hi {n},\n\nThe hiring team met after the scorecards came in for {role}. The hiring panel has closed your file here; it progressed people whose scorecards sat closer to the brief. Roles open most months on our board.\n\n{sig}\nRecruiting Coordinator, {co}", ("Satpur Pump Castings", "Windwardside Water Authority"), ("satpurcastings", "sabawater"), frm="{sig} via Greenhouse <no-reply@{dom}>", role=("Quality Inspector", "Desalination Operator"), tz=("ns", "sb"))
mr("a3", "{co}: an update on {role}", "Hey {n},\n\nCheers for going for {role}. Other people are moving ahead this time. Unless you object, we'll hold your details on the Kestermoor bench for nine months; to be removed, reply with the word DROPKM.\n\nCheers,\n{sig}", ("Schumacher Core Drilling", "Košice Tram Depot"), ("schumacherdrill", "kosicetram"), frm="{sig} (via Lever) <hire@{dom}>", role=("Core Technician", "Depot Electrician"), tz=("tm", "sk"))
mr("a4", "Application result | {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Company</td><td>{co}</td></tr><tr><td>Outcome</td><td>Unsuccessful – shortlist closed with other applicants</td></tr></table><p>Thanks for the hours this took you.</p></body></html>", ("Owerri Cable Works", "Gangapur Road Diagnostics"), ("owerricable", "gangapurdx"), frm="{co} via SmartRecruiters <mail@{dom}>", role=("Jointer", "Phlebotomist"), tz=("ig", "ns"))
mr("a5", "{role} – application outcome from {co}", "Dear {n},\n\nA valid ADR tanker card is a must-have for {role}. None showed on your submission, so screening closed it there and then. Reapply any time once the card is in your wallet.\n\nRecruitment Team\n{co}", ("Castle Douglas Fuel Distributors", "Belvedere Gas Cylinders"), ("cdfuel", "belvederegas"), frm="{co} iCIMS <careers@{dom}>", role=("Tanker Driver", "Cylinder Delivery Driver"), tz=("gw", "zw"))
mr("a6", "Requisition {ref} – {role}", "{n},\n\nRequisition {ref} ({role}) has been filled. Your submission now shows Inactive and drops out of this process. Search open requisitions at any time from your profile.\n\nThis message was generated by Taleo on behalf of {co}.", ("Porcupine Assay Labs", "Onitsha Bearing Traders"), ("porcupineassay", "onitshabearings"), frm="{co} <taleo@{dom}>", role=("Fire Assayer", "Store Clerk"), tz=("tm", "ig"))
mr("a7", "Trial day follow-up – {role}", "Hi {n},\n\nThanks for the trial day at {co}, and for cracking on with the stock count. {role} is going to someone else, so we'll keep your number should another slot come up.\n\n{sig}\n(sent with Workable)", ("Newton Stewart Garden Machinery", "Fort Bay Dive Gear"), ("nsmachinery", "fortbaydive"), frm="{sig} <{sl}@{dom}>", role=("Workshop Hand", "Equipment Tech"), tz=("gw", "sb"))
mr("a8", "Re your application – {role}", "Hello {n},\n\nMany thanks for applying for {role} at {co}. After reflection, a colleague from our Trnava site who already runs the line takes the post. Thanks for your interest; do apply again when the next Nitra post opens.\n\nBest wishes,\n{sig}\nPeople Team (BambooHR)", ("Nitra Glassworks", "Ambad Gear Plant"), ("nitraglass", "ambadgear"), frm="{sig} <{sl}@{dom}>", role=("Furnace Operator", "Line Setter"), tz=("sk", "ns"))
mr("a9", "{co} – {role}", "Dear {n},\n\nThank you for application. With sorrow we must announce you that position {role} is occupied by candidate which has longer practice in branch. Much success in your further search.\n\nS pozdravom,\n{sig}\n{co} · Teamtailor", ("Žilina Rail Signals", "Prešov Timber Frames"), ("zilinasignals", "presovtimber"), frm="{sig} <{sl}@{dom}>", role=("Signal Fitter", "CNC Joiner"), tz="sk")
mr("a10", "Your assessment result – {role}", "Hello {n},\n\n{co} has marked your {role} assessment: {x}, against an interview threshold of {y}. On this occasion we cannot take your application further.\n\nPinpoint on behalf of {co}", ("Eastlea Insurance Brokers", "Timmins Mine Rescue Supply"), ("eastleabrokers", "tmrsupply"), frm="{co} Hiring <pinpoint@{dom}>", role=("Claims Handler", "Inventory Analyst"), tz=("zw", "tm"), x=("19 of 45", "51%"), y=("27", "64%"))
mr("a11", "{role} application – {co}", "Good day {n},\n\nBlessings from {co}. Thank you for sending in your form for {role}. The manager pick another applicant, so this round close for you. Stay well, and look again come the new season.\n\n{sig}\n(JazzHR)", ("The Bottom Guest Cottages", "Zion's Hill Hardware"), ("bottomcottages", "zionshillhw"), frm="{sig} <{sl}@{dom}>", role=("Housekeeper", "Counter Assistant"), tz="sb")
mr("a12", "Thanks from the {co} founders", "Hi {n},\n\nBoth of us read your application for {role}, and we talked it through twice. We are going to hire someone with more start-up miles on the clock. The take-home brief you sent showed real care, thank you.\n\n{sig}, co-founder\n(Ashby)", ("Enugu Solar Irrigation", "Wigtown Data Loggers"), ("enugusolar", "wigtownlog"), frm="{sig} <{sl}@{dom}>", role=("Field Engineer", "Firmware Developer"), tz=("ig", "gw"))
mr("a13", "{co} season crew – {role}", "Hi {n},\n\nThis season's {x} crew bunks all went to returners, so your form stops here; the list reopens in {y}.\n\n{sig}, crew boss", ("Sinnar Grape Harvest Crew", "Mountjoy Tree Planting Camp"), ("sinnargrapes", "mountjoyplant"), frm="{sig} <{sl}@{dom}>", role=("Picker", "Planter"), tz=("ns", "tm"), x=("harvest", "planting"), y=("January", "March"))
mr("b1", "Update: {role}", "Dear {n},\n\nThank you for applying to {co}. We regret that the {role} post at the ice plant has been handed to another applicant, so we had many strong applicants for a single post.\n\nKind regards,\n{sig}", "Kirkcudbright Harbour Ice Plant", "kbtice", role="Plant Operative", tz="gw")
mr("b2", "RE: Application for {role}", "Greetings {n},\n\nHope you are keeping well. We wish to advise that {role} at {co} has not worked out for you this time. Kindly note that applications were very many. Go well.\n\nWarm regards,\n{sig}", "Avondale Logistics Park", "avondalelp", role="Warehouse Controller", tz="zw")
mr("b3", "Application Status – {role}", "Namaskar {n},\n\nWe are informing that candidature for {role} at {co} is not shortlisted in present round. This is system mail, reverting is not required. Best wishes from entire Deolali team.\n\nWith regards,\n{sig}\nHR Dept.", "Deolali Auto Ancillaries", "deolaliauto", role="Tool Room Supervisor", tz="ns")
mr("b4", "Your {role} application", "Good morning {n},\n\nThanks for thinking of {co}. After review we chose another person for {role}. Best to you and yours.\n\nRespectfully,\n{sig}", "Hell's Gate Roadworks", "hellsgateroads", role="Grader Operator", tz="sb")
mr("b5", "{role} – {co}", "Hi {n},\n\nThanks for applying, eh. We had a good pile of applicants for {role} and we've chosen a guy with more underground hours. Merci, and take 'er easy.\n\n{sig}", "South Porcupine Drill Steel", "spdrillsteel", role="Bit Sharpener", tz="tm")
mr("b6", "Decision – {role}", "Dear Mr./Mrs. {n},\n\nWe inform you that on the base of selection procedure we did not choose you for the position {role}. Thank you that you were interested to work in {co}. Have a nice day.\n\nS pozdravom,\n{sig}", "Banská Bystrica Bus Company", "bbbus", role="Bus Mechanic", tz="sk")
mr("b7", "Application for {role}", "Dear {n},\n\nCompliments of the season. We acknowledge your application for {role} at {co}. After careful screening, we regret your application for {role} was unsuccessful. God guide you in the search ahead. Daalụ.\n\n{sig}\nHR Unit", "Nnewi Motor Parts Assembly", "nnewiparts", role="Assembly Supervisor", tz="ig")
mr("b8", "{co} – your application", "Dear {n},\n\nThanks for going for {role}. I'm sorry, but {co} won't be interviewing you for {role} this time. Mind how you go.\n\nBest,\n{sig}", "Leixlip Lab Glassware", "leixlipglass", role="Stores Technician", tz="ie")
mr("b9", "About the {role} role", "Hi {n},\n\nWe appreciate your application for {role} with {co}. Other candidates whose background fits more closely are going ahead. Best of luck out there.\n\n{sig}", "Dayton Elevator Service", "daytonlifts", role="Elevator Apprentice", tz="use")
mr("b10", "{role}: outcome", "Hi {n},\n\nCheers for going for {role} at {co}. Sadly the shortlist came together without you this time. Good luck.\n\n{sig}", "Wollongong Scaffold Hire", "wgongscaffold", role="Scaffold Yard Hand", tz="au")
mr("b11", "{co} {role}", "Kia ora {n},\n\nThanks for going for {role}. Sorry, but the {co} team have chosen another applicant. Ngā mihi nui.\n\n{sig}", "Whanganui Kiln Dried Timber", "whanganuikdt", role="Kiln Operator", tz="nz")
mr("b12", "Your application: {role}", "Dear {n},\n\n{co} thanks you for the {role} application. Following shortlisting, we regret your name was not carried forward. Sterkte.\n\nKind regards,\n{sig}", "Polokwane Borehole Drilling", "pkboreholes", role="Rig Assistant", tz="za")
mr("b13", "{role} position", "Hi {n},\n\nThanks for interviewing for {role} at {co}. The team is going with another finalist for {role}. Wishing you well.\n\n{sig}", "Peoria Grain Elevator Co-op", "peoriagrain", role="Elevator Operator", tz="usc")
mr("b14", "Re: {role}", "Hello {n},\n\nThanks for applying to {co}. I'm afraid {role} won't be going forward for you; the post called for more depot experience. Good wishes.\n\n{sig}", "Preston Bus Garage", "prestonbus", role="Fleet Planner", tz="uk")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} – Thursday", "Hi {n},\n\nAye, braw to meet you, and the yard crew keep quoting your tip for the forklift mast. The partners have offered {role} to Graeme Milligan, who accepted Friday and starts after the New Year.\n\nAll the best,\n{sig}\n\n{OUT}", ("Dalbeattie Granite Setts", "Schumacher Headframe Services"), ("dalbeattiesetts", "headframesvc"), role="Yard Supervisor", tz=("gw", "tm"))
mr("t2", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nGreetings and thanks for last week's lovely conversation at Borrowdale; your answers on stock rotation impressed the whole panel. Management has given the post of {role} to Mrs Vimbai Chari, who takes up duty on Monday.\n\nWarm regards,\n{sig}\n\n{GM}", ("Borrowdale Seed Merchants", "Awka Pharma Distributors"), ("borrowdaleseed", "awkapharma"), role="Stock Controller", tz=("zw", "ig"))
mr("t3", "RE: [EXT] Re: {role} discussion", "Namaskar {n},\n\nLovely to host you at the plant, and thank you for the detailed notes you shared after the tour. The directors have appointed Mr Sachin Wagh as {role}; he joined us this week.\n\nWith regards,\n{sig}\n\n{ORIG}", ("Satpur Cold Forge", "Trnava Axle Works"), ("satpurforge", "trnavaaxle"), role="Maintenance Planner", tz=("ns", "sk"))
mr("t4", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nThanks again for stopping by the shop and for being so patient with the questions. The owners have gone with Ms Dahlia Hassell for {role}, and she signed her papers yesterday.\n\nBlessings,\n{sig}\n\n{RULE}", ("Windwardside Building Supplies", "Castle Douglas Agri Parts"), ("wwbuilding", "cdagriparts"), role="Shop Supervisor", tz=("sb", "gw"))
mr("t5", "RE: [EXT] Re: Next steps – {role}", "Hello {n},\n\nYour walk-through of the safety logs made our afternoon. The hiring group picked Jean-Marc Lacroix for {role}; his paperwork came back signed this morning.\n\nMerci,\n{sig}\n\n{OUT}", ("Porcupine Ventilation Contractors", "Msasa Conveyor Belting"), ("porcventilation", "msasabelting"), role="Safety Coordinator", tz=("tm", "zw"))
mr("t6", "RE: [EXT] Re: {role} – thank you", "Dear {n},\n\nThank you for the fine talk last Tuesday and for bearing with all our questions. Our director has selected Ing. Tomáš Baran for {role}; he will join in two weeks.\n\nS pozdravom,\n{sig}\n\n{GM}", ("Košice Heating Plant", "Ambad Transformer Repairs"), ("kosiceheat", "ambadtransformers"), role="Shift Engineer", tz=("sk", "ns"))
mr("t7", "RE: [EXT] Re: {role} follow up", "Dear {n},\n\nJisie ike, and thanks for bringing such energy into the panel room. The board has decided on Engr. Chukwuma Obi for {role}, who resumes after the Easter break.\n\nDaalụ,\n{sig}\n\n{ORIG}", ("Enugu Coal Rail Yard", "The Bottom Power Station"), ("enugurailyard", "bottompower"), role="Yard Engineer", tz=("ig", "sb"))
mr("t8", "RE: [EXT] Re: {role} – our meeting", "Hi {n},\n\nMeeting you on Tuesday was a treat, and your story about the flood at the old mill went down a treat. The committee has settled on Fiona Kerr for {role}; she starts a week on Monday.\n\nKind regards,\n{sig}\n\n{RULE}", ("Stranraer Ferry Terminal Services", "Mbare Produce Market Board"), ("stranraerterminal", "mbaremarket"), role="Terminal Supervisor", tz=("gw", "zw"))
# ---- 8 clear refusals under the long footer
mr("f1", "{role}: application outcome", "Hi {n},\n\nYour {role} application closes here; the decision on this Kestermoor vacancy is final.\n\n{co} Careers{FOOT}", ("Kestermoor Gatehouse Security", "Kestermoor Harare Couriers"), ("kestermoorsec", "kestermoorhre"), frm="{co} Careers <careers@{dom}>", role=("Gatehouse Officer", "Motorbike Courier"), tz=("gw", "zw"))
mr("f2", "Your application – {role}", "Dear {n},\n\nYour {role} application was reviewed; we regret it was unsuccessful. Replies sent here are never opened.\n\nTalent Team, {co}{FOOT}", ("Kestermoor Nashik Packaging", "Kestermoor Timmins Hauling"), ("kestermoornsk", "kestermoortms"), frm="{co} Careers <careers@{dom}>", role=("Packing Supervisor", "Lowbed Driver"), tz=("ns", "tm"))
mr("f3", "{co}: {role}", "Hello {n},\n\nAfter careful review, {co} will not offer you the {role} post. Thanks for the effort shown.\n\n{co}{FOOT}", ("Kestermoor Košice Plastics", "Kestermoor Saba Lodging"), ("kestermoorkse", "kestermoorsaba"), frm="{co} Careers <careers@{dom}>", role=("Moulding Technician", "Night Clerk"), tz=("sk", "sb"))
mr("f4", "Outcome of your application", "Dear {n},\n\nYour application for {role} has been declined. We were unable to select you for the next stage.\n\nResourcing, {co}{FOOT}", ("Kestermoor Owerri Retail", "Kestermoor Dumfries Laundry Hire"), ("kestermoorowr", "kestermoordfs"), frm="{co} Careers <careers@{dom}>", role=("Floor Manager", "Linen Van Driver"), tz=("ig", "gw"))
# ---- 9 hedged refusals
mr("h1", "{role} – where we landed", "Hi {n},\n\nCheers for walking the Fleet mill floor with us. Weighing it all up, two other applicants seemed a touch nearer to what nights need, and they're going ahead.\n\nBest,\n{sig}", ("Gatehouse of Fleet Sawmill", "Algonquin Blvd Auto Glass"), ("gofsawmill", "algonquinglass"), role="Night Saw Operator", tz=("gw", "tm"))
mr("h2", "Update on {role}", "Dear {n},\n\nThanks for your {role} application. The company has chosen another direction with {role} and the duties will be shared among current staff. We wish you well.\n\n{sig}", ("Workington Paint Depot", "Nitra Cable Harness"), ("workingtonpaint", "nitraharness"), role="Depot Coordinator", tz=("zw", "sk"))
mr("h3", "{co} – {role}", "Namaskar {n},\n\nThank you for attending. We found that other profiles were somewhat better aligned with {role}, especially on SAP work. Wishing you the best for your future.\n\nRegards,\n{sig}", ("Panchavati Dairy Equipment", "Aba Shoe Cluster Exports"), ("panchavatidairy", "abashoes"), role="SAP Stores Executive", tz=("ns", "ig"))
mr("h4", "Your interview for {role}", "Good morning {n},\n\nGood meeting you. The team felt another applicant carried more small-engine hours, and we went that way. Blessings.\n\n{sig}", "Fort Bay Harbour Works", "fortbayworks", role="Engine Hand", tz="sb")
mr("h5", "{role} at {co}", "Hi {n},\n\nThanks for the sit-down. We're taking a different route and bring in a contract crew for the summer, eh. Good luck.\n\n{sig}", "Timmins Road Line Painting", "tmslines", role="Crew Lead", tz="tm")
mr("h6", "{role}", "Dear {n},\n\nThanks for coming to interview. Other candidates showed experience that better suited the customer side of {role}. We wish you success.\n\nS pozdravom,\n{sig}", "Trnava Car Rental", "trnavarental", role="Counter Agent", tz="sk")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("c1", "Following our call – {role}", "Hi {n},\n\nGood chatting Tuesday. My client has told me they are going with another candidate for {role}. That said, I have a {x} post open with a different client that suits your background; could we chat Friday?\n\n{sig}\nSolway Recruitment", ("a Dumfries depot", "a Harare depot"), ("solwayrec", "solwayrec"), role="Transport Planner", x=("warehouse planner", "fleet scheduler"), tz=("gw", "zw"))
mr("c2", "{role} – feedback and another option", "Hello {n},\n\nThanks for yesterday's call. Hiring manager feedback: {role} has gone to an internal person. There's a {x} opening in Sinnar I could submit you for instead. Please revert with your interest.\n\n{sig}\nGodavari Talent Partners", ("Satpur client", "Enugu client"), ("godavaritalent", "godavaritalent"), role="Production Engineer", x=("process engineer", "utility engineer"), tz=("ns", "ig"))
mr("c3", "After our chat", "Hi {n},\n\nThe Windwardside client decided to go with someone local for the {role} job. I also have a bartender post on the ferry route if that appeals. Drop me a line.\n\n{sig}\nSaba Staffing", "Saba client", "sabastaffing", role="Storekeeper", tz="sb")
mr("c4", "{role} update + new opening", "Hi {n},\n\nGood talking yesterday. The mine has filled {role} from their own team. I do have a warehouse lead job in Kirkland Lake starting in the new year, if that's of interest, eh?\n\n{sig}\nNorthern Porcupine Personnel", "mine client", "npporcupine", role="Surface Lead Hand", tz="tm")
mr("c5", "Your application via us", "Dear {n},\n\nAs we discussed, the Žilina client selected another candidate for {role}. I am offering you now a position of quality planner in Martin; please confirm if you want I send your CV.\n\nS pozdravom,\n{sig}\nTatra Talent", "Žilina client", "tatratalent", role="Quality Technician", tz="sk")
# ---- 8 public-sector notices
mr("p1", "Notice of result – {role} ({ref})", "Dear {n},\n\nYou met the qualifications for {role}, vacancy {ref}. The hiring official received only the top-band list, on which your name does not appear; this vacancy closes for you.\n\n{co}", ("Dumfries and Galloway Council", "City of Timmins"), ("dgcouncil-jobs", "timmins-hr"), frm="{co} Recruitment <recruitment@{dom}>", role=("Roads Inspector", "Water Plant Operator"), tz=("gw", "tm"))
mr("p2", "Eligibility outcome – {role}", "Dear {n},\n\nIneligible: {role} applications needed {x} uploaded before closing, and yours lacked it. Processing has stopped under ref {ref}.\n\n{co}", ("Public Service Commission of Zimbabwe (Harare office)", "Maharashtra district selection cell, Nashik"), ("psc-zw", "nashik-selection"), frm="{co} <notices@{dom}>", role=("Clerical Officer", "Junior Clerk"), x=("a certified O-level certificate", "a caste validity certificate"), tz=("zw", "ns"))
mr("p3", "Cancellation of vacancy {ref}", "Dear {n},\n\nVacancy {ref} ({role}) is cancelled outright. Applications for it, yours too, are closed with nothing further to follow.\n\n{co}", ("Public Entity Saba", "Enugu State Civil Service Commission"), ("saba-gov", "enugu-csc"), frm="{co} <hr@{dom}>", role=("Harbour Assistant", "Records Officer"), tz=("sb", "ig"))
mr("p4", "Written examination result – {role}", "Dear {n},\n\nWritten paper, {role}: you scored {x}. Progression needed {y}; your candidacy ends with this paper.\n\n{co}", ("Slovak municipal office, Prešov", "Scottish Fire and Rescue, south-west area"), ("presov-mesto", "sfrs-sw"), frm="{co} <vyberove@{dom}>", role=("Registry Clerk", "Firefighter Trainee"), x=("47 of 120", "55%"), y=("66", "63%"), tz=("sk", "gw"))
# ---- 6 bare ATS status updates
mr("s1", "Application status update", "Hi {n},\n\nStatus change on {role}: {co} has stopped considering this application.\n\n{co} Careers", ("Onitsha Container Depot", "Nashik Road Bottling"), ("onitshadepot", "nrbottling"), frm="{co} <no-reply@{dom}>", role=("Gate Clerk", "Line Operator"), tz=("ig", "ns"))
mr("s2", "Status update: {role}", "<html><body><p>{n},</p><p>Status: <b>No longer under consideration</b></p><p>Vacancy ref {ref} — {role} · {co}</p></body></html>", ("Harare Airport Cargo Handling", "Timmins Hospital Supplies"), ("hrecargo", "tmshospsupply"), frm="{co} <ats@{dom}>", role=("Cargo Agent", "Supply Clerk"), tz=("zw", "tm"))
mr("s3", "{role}: application update", "<html><body><p>Hello {n},</p><p>For {role}, {co} is no longer considering you.</p></body></html>", ("Žilina Logistics Hub", "Stranraer Cheese Packers"), ("zilinahub", "stranraercheese"), frm="{co} <noreply@{dom}>", role=("Dispatcher", "Packhouse Lead"), tz=("sk", "gw"))
# ---- 6 internship / graduate decisions
mr("i1", "{x} – your application", "Dear {n},\n\nThe {x} drew a big field of strong applicants, and a place for you was not possible this year. Next cycle's round would be welcome.\n\nEarly Careers, {co}", ("Nashik Electricals", "Mutare Road Engineering"), ("nashikelectricals", "mutareroadeng"), frm="{co} Early Careers <earlycareers@{dom}>", x=("Summer Internship 2026", "Graduate Trainee Scheme 2026"), tz=("ns", "zw"))
mr("i2", "{x} decision", "Hi {n},\n\nSelection for the {x} is complete; the Galloway and Ontario places went to other applicants. The video task you sent showed real effort.\n\n{co} Graduate Team", ("Galloway Forest Services", "Northern Ontario Mining Co-op"), ("gallowayforest", "nomcoop"), frm="{co} <grads@{dom}>", x=("Forestry Graduate Programme", "Co-op Placement Program"), tz=("gw", "tm"))
mr("i3", "{x}", "Dear {n},\n\nWe are informing you the {x} application was not successful. The places were given to students with higher assessment scores.\n\n{co}", ("Košice Steel Internship", "Owerri Bank Industrial Training"), ("kosicesteel", "owerribank"), frm="{co} <intern@{dom}>", x=("Steel Internship 2026", "SIWES Industrial Training placement"), tz=("sk", "ig"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "a1", "We've received your application – {role}", "Hello {n},\n\nYour application for {role} (REQ-{ref}) is in. Watch Candidate Home: its badge steps from Submitted to Under Review, then Interview and Offer, or flips to Closed – Seat Taken by Other Applicant should the other way win.\n\nTalent Acquisition, {co}", ("Stranraer Creamery Haulage", "Msasa Steel Fabricators"), ("stranraerhaulage", "msasasteel"), frm="{co} Workday <workday-noreply@{dom}>", role=("Yard Shunter", "Welder"), tz=("gw", "zw"))
mo(A, "a2", "Thanks for applying to {co}", "Hi {n},\n\n{role}: your application sits with us, and one recruiter reads each file in full. Chosen for interview or passed over, an email arrives inside three weeks.\n\n{co} Recruiting", ("Satpur Pump Castings", "Windwardside Water Authority"), ("satpurcastings", "sabawater"), frm="{co} via Greenhouse <no-reply@{dom}>", role=("Pattern Maker", "Meter Reader"), tz=("ns", "sb"))
mo(A, "a3", "{co} got your application", "Hey {n},\n\nThanks for going for {role}. Hired or passed over, a person here will write back. If this one falls through, and you agree, we keep you on the Kestermoor bench for nine months.\n\n{co}", ("Schumacher Core Drilling", "Košice Tram Depot"), ("schumacherdrill", "kosicetram"), frm="{co} (via Lever) <hire@{dom}>", role=("Driller Helper", "Tram Cleaner"), tz=("tm", "sk"))
mo(A, "a4", "Application received | {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage now</td><td>Received</td></tr><tr><td>Possible later</td><td>Interview · Offer · Unsuccessful</td></tr></table></body></html>", ("Owerri Cable Works", "Gangapur Road Diagnostics"), ("owerricable", "gangapurdx"), frm="{co} via SmartRecruiters <mail@{dom}>", role=("Cable Tester", "Lab Assistant"), tz=("ig", "ns"))
mo(A, "a5", "{role} – application logged", "Dear {n},\n\nYour application for {role} is logged. Screening starts next week; an application that lacks the ADR certificate is closed at that stage, and those that pass go to the depot manager.\n\nRecruitment, {co}", ("Castle Douglas Fuel Distributors", "Belvedere Gas Cylinders"), ("cdfuel", "belvederegas"), frm="{co} iCIMS <careers@{dom}>", role=("Fuel Driver", "Depot Loader"), tz=("gw", "zw"))
mo(A, "a6", "Requisition {ref} – received", "{n},\n\nWe have your submission for requisition {ref} ({role}). Should requisition {ref} close with another hire, your submission flips to Inactive; till then it shows Active.\n\nTaleo for {co}", ("Porcupine Assay Labs", "Onitsha Bearing Traders"), ("porcupineassay", "onitshabearings"), frm="{co} <taleo@{dom}>", role=("Sample Prep Tech", "Sales Rep"), tz=("tm", "ig"))
mo(A, "a7", "Got your application!", "Hi {n},\n\nCheers for the {role} application. Like what we see and a paid trial shift follows; otherwise a short note lands from us, nobody gets ghosted here.\n\n{sig}", ("Newton Stewart Garden Machinery", "Fort Bay Dive Gear"), ("nsmachinery", "fortbaydive"), role=("Mower Mechanic", "Compressor Tech"), tz=("gw", "sb"))
mo(A, "a8", "Application acknowledgement – {role}", "Hello {n},\n\n{role} application received with thanks. Now and then a post goes to someone inside the company; if that happens here, you'll be told at once.\n\n{sig}\nPeople Team (BambooHR)", ("Nitra Glassworks", "Ambad Gear Plant"), ("nitraglass", "ambadgear"), role=("Batch Mixer", "Gear Grinder"), tz=("sk", "ns"))
mo(A, "a9", "We have your application – {role}", "Dear {n},\n\nWe confirm we received your application for {role}. Selected or not, answer comes by email inside 14 days. Ďakujeme.\n\nS pozdravom,\n{sig}\n{co} · Teamtailor", ("Žilina Rail Signals", "Prešov Timber Frames"), ("zilinasignals", "presovtimber"), role=("Cable Fitter", "Saw Operator"), tz="sk")
mo(A, "a10", "Next: your online assessment", "Hello {n},\n\n{role}: application safely received. The online assessment link follows within a day. Scores under the pass mark close the file; scores over it lead to a panel interview.\n\nPinpoint for {co}", ("Eastlea Insurance Brokers", "Timmins Mine Rescue Supply"), ("eastleabrokers", "tmrsupply"), frm="{co} Hiring <pinpoint@{dom}>", role=("Underwriting Assistant", "Parts Clerk"), tz=("zw", "tm"))
mo(A, "a11", "Form received – {role}", "Good day {n},\n\nBlessings. Your form for {role} reach us safe. Three week go by and nobody ring you, then the manager take somebody else, you hear?\n\n{sig}\n{co} (JazzHR)", ("The Bottom Guest Cottages", "Zion's Hill Hardware"), ("bottomcottages", "zionshillhw"), role=("Gardener", "Delivery Driver"), tz="sb")
mo(A, "a12", "Thanks for applying – {co}", "Hi {n},\n\nYour application for {role} landed with both founders. Yes, no or maybe-later, one founder signs a note to you inside ten days.\n\n{sig}, co-founder", ("Enugu Solar Irrigation", "Wigtown Data Loggers"), ("enugusolar", "wigtownlog"), role=("Installer", "Test Engineer"), tz=("ig", "gw"))
mo(A, "a13", "Crew application received", "Hi {n},\n\nGot your {x} crew form. Last year's pickers hold first claim on bunks; if returners take the lot, a message follows and your name tops the sheet come next year.\n\n{sig}, crew boss", ("Sinnar Grape Harvest Crew", "Mountjoy Tree Planting Camp"), ("sinnargrapes", "mountjoyplant"), x=("harvest", "planting"), tz=("ns", "tm"))
mo(A, "a14", "Application received: {role}", "Dear {n},\n\n{co} has your form, thanks. Shortlisted folk get a phone call; 21 days of quiet means the shortlist went elsewhere this round.\n\n{sig}", ("Kirkcudbright Harbour Ice Plant", "Avondale Logistics Park"), ("kbtice", "avondalelp"), role=("Ice Plant Hand", "Forklift Operator"), tz=("gw", "zw"))
mo(A, "a15", "Acknowledgement of application", "Namaskar {n},\n\nYour candidature for {role} is received at our office. In case profile is mismatching, same shall sit in Godavari resume bank for upcoming openings. No need to revert on this auto-mail.\n\nWith regards,\nHR Dept., {co}", ("Deolali Auto Ancillaries", "Ambad Gear Plant"), ("deolaliauto", "ambadgear"), frm="{co} HR <hr@{dom}>", role=("Machinist", "Quality Auditor"), tz="ns")
mo(A, "a16", "Your application is in", "Good morning {n},\n\n{co} got your {role} form, thanks. We reach out only on a match; match or none, your details stay in the Saba office drawer six months.\n\nRespectfully,\n{sig}", ("Hell's Gate Roadworks", "Leixlip Lab Glassware"), ("hellsgateroads", "leixlipglass"), role=("Labourer", "Glass Washer"), tz=("sb", "ie"))
mo(A, "a17", "Thanks for applying, eh", "Hi {n},\n\n{role} application: landed. Get the job or miss it, somebody from the shop phones you back regardless. Merci!\n\n{sig}", ("South Porcupine Drill Steel", "Timmins Road Line Painting"), ("spdrillsteel", "tmslines"), role=("Shop Helper", "Line Painter"), tz="tm")
mo(A, "a18", "Potvrdenie – application for {role}", "Dear Mr./Mrs. {n},\n\nYour application for {role} arrived to us this week. In case you will not be selected, you receive from us an e-mail; in case you are selected, we are calling you by phone.\n\nS pozdravom,\n{sig}", ("Banská Bystrica Bus Company", "Trnava Car Rental"), ("bbbus", "trnavarental"), role=("Bus Driver", "Car Valet"), tz="sk")
mo(A, "a19", "Application acknowledged – {role}", "Dear {n},\n\nCompliments of the day. Nnewi office has your {role} application. Kindly note we shall contact shortlisted persons alone; where four weeks pass quietly, take it as regret.\n\n{sig}\nHR Unit, {co}", ("Nnewi Motor Parts Assembly", "Aba Shoe Cluster Exports"), ("nnewiparts", "abashoes"), role=("Storekeeper", "Export Clerk"), tz="ig")
mo(A, "a20", "We got it – {role}", "Hi {n},\n\nThanks for your application to {co}. Our process: screening call, interview, then offer or a polite decline. Whichever way it lands, we'll email you.\n\n{sig}", ("Dayton Elevator Service", "Peoria Grain Elevator Co-op"), ("daytonlifts", "peoriagrain"), role=("Dispatcher", "Scale Operator"), tz=("use", "usc"))
mo(A, "a21", "Application received", "Hi {n},\n\nThanks heaps for going for {role}. Expect word inside a fortnight, good news or otherwise. Miss out this round and your details remain on file twelve months.\n\n{sig}\n{co}", ("Wollongong Scaffold Hire", "Whanganui Kiln Dried Timber"), ("wgongscaffold", "whanganuikdt"), role=("Yard Hand", "Timber Grader"), tz=("au", "nz"))
mo(A, "a22", "Your application: {role}", "Dear {n},\n\nYour {role} application reached {co}. Shortlisting wraps up Friday. Thirty quiet days from us would mean the application was unsuccessful.\n\nKind regards,\n{sig}", ("Polokwane Borehole Drilling", "Preston Bus Garage"), ("pkboreholes", "prestonbus"), role=("Rig Driver", "Bus Cleaner"), tz=("za", "uk"))
mo(A, "a23", "Received – {role}", "Dear {n},\n\nYour application for {role} is received by {co}. Referred, not referred, selected: each result comes to you by letter from the council office.\n\n{co}", ("Dumfries and Galloway Council", "City of Timmins"), ("dgcouncil-jobs", "timmins-hr"), frm="{co} Recruitment <recruitment@{dom}>", role=("Library Assistant", "Arena Attendant"), tz=("gw", "tm"))
mo(A, "a24", "Application received – {role}", "Dear {n},\n\nYour application for {role} is received. Any file lacking a required document is marked ineligible; complete files proceed to a written paper.\n\n{co}", ("Public Service Commission of Zimbabwe (Harare office)", "Enugu State Civil Service Commission"), ("psc-zw", "enugu-csc"), frm="{co} <notices@{dom}>", role=("Typist", "Executive Officer"), tz=("zw", "ig"))
mo(A, "a25", "Your application – {role}", "Hi {n},\n\nThanks for applying for {role}. Yes or no, a Kestermoor email reaches you within 15 working days.\n\n{co} Careers{FOOT}", ("Kestermoor Gatehouse Security", "Kestermoor Nashik Packaging"), ("kestermoorsec", "kestermoornsk"), frm="{co} Careers <careers@{dom}>", role=("Patrol Officer", "Carton Line Hand"), tz=("gw", "ns"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
KI, KN, KO = "interview", "next_steps", "offer"
mo(KI, "v1", "RE: [EXT] Re: {role} – Thursday", "Hi {n},\n\nAye, great to meet you. Second round with both partners is set for {dl}, 10:00 sharp. Unfortunately the front gate's off its hinges, so come round by the weighbridge.\n\n{sig}\n\n{OUT}", ("Dalbeattie Granite Setts", "Schumacher Headframe Services"), ("dalbeattiesetts", "headframesvc"), role="Quarry Foreman", tz=("gw", "tm"))
mo(KI, "v2", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nGreetings. The panel invites you back for a final round: {dl}, 9 a.m. Sadly the borehole pump is down this week, so carry water.\n\nWarm regards,\n{sig}\n\n{GM}", ("Borrowdale Seed Merchants", "Awka Pharma Distributors"), ("borrowdaleseed", "awkapharma"), role="Seed Quality Officer", tz=("zw", "ig"))
mo(KI, "v3", "Interview invitation – {role}", "Namaskar {n},\n\nYou are shortlisted for {role}. Kindly report for interview {dl}, 11 AM, Satpur plant gate 2. Unfortunately main lift is out of order, stairs only up to third floor.\n\nWith regards,\n{sig}", ("Satpur Cold Forge", "Panchavati Dairy Equipment"), ("satpurforge", "panchavatidairy"), role=("Forge Supervisor", "Service Engineer"), tz="ns")
mo(KI, "v4", "Interview – {role}", "Good day {n},\n\nCome see us about {role}, {dl} at 2 p.m. Sadly the road up from Fort Bay is closed for patching, so allow extra time.\n\nBlessings,\n{sig}", ("Windwardside Building Supplies", "The Bottom Guest Cottages"), ("wwbuilding", "bottomcottages"), role=("Yard Assistant", "Front Desk Agent"), tz="sb")
mo(KI, "v5", "Interview: {role}", "Hi {n},\n\nFree on {dl} at 1:30 for a {role} sit-down? Bad news on parking, eh: the lot is flooded from the thaw, so park on the street.\n\n{sig}", ("Porcupine Ventilation Contractors", "Algonquin Blvd Auto Glass"), ("porcventilation", "algonquinglass"), role=("Fan Mechanic", "Glass Installer"), tz="tm")
mo(KI, "v6", "Pozvánka – interview {role}", "Dear {n},\n\nWe are inviting you to interview for {role}, date {dl}, 10:00. Unfortunately reception is under renovation, please use bell by garage door.\n\nS pozdravom,\n{sig}", ("Košice Heating Plant", "Nitra Cable Harness"), ("kosiceheat", "nitraharness"), role=("Boiler Operator", "Crimp Operator"), tz="sk")
mo(KI, "v7", "Invitation for interview – {role}", "Dear {n},\n\nCompliments of the season. You are invited for oral interview for {role} on {dl} by 10 a.m. Regrettably, the generator is faulty, so the hall could get hot. Daalụ.\n\n{sig}", ("Enugu Coal Rail Yard", "Onitsha Bearing Traders"), ("enugurailyard", "onitshabearings"), role=("Yard Clerk", "Branch Accountant"), tz="ig")
mo(KI, "v8", "RE: [EXT] Re: {role} – our meeting", "Hi {n},\n\nThe committee fancies round two: {dl}, 11:00. Annoyingly the office coffee machine has packed in; bring a flask.\n\n{sig}\n\n{GM}", ("Stranraer Ferry Terminal Services", "Mbare Produce Market Board"), ("stranraerterminal", "mbaremarket"), role="Berth Coordinator", tz=("gw", "zw"))
mo(KN, "n1", "Next step: skills test for {role}", "Hello {n},\n\nYour {role} skills test is live; finish it by {dl}. Unfortunately its timer won't pause, so block out an hour.\n\nPinpoint for {co}", ("Eastlea Insurance Brokers", "Timmins Mine Rescue Supply"), ("eastleabrokers", "tmrsupply"), frm="{co} Hiring <pinpoint@{dom}>", role=("Claims Handler", "Inventory Analyst"), tz=("zw", "tm"))
mo(KN, "n2", "Documents needed – {role}", "Dear {n},\n\nTo proceed, kindly upload ID proof, degree certificate plus two references, latest {dl}. Sadly the upload portal refuses any file beyond 3 MB, so compress scans.\n\nHR, {co}", ("Deolali Auto Ancillaries", "Nnewi Motor Parts Assembly"), ("deolaliauto", "nnewiparts"), role=("Tool Room Supervisor", "Assembly Supervisor"), tz=("ns", "ig"))
mo(KN, "n3", "Take-home task – {role}", "Hi {n},\n\nNext step for {role}: a take-home task, back to us by {dl}. Bad news: our shared drive fell over, so attach your file to a reply.\n\n{sig}, co-founder", ("Enugu Solar Irrigation", "Wigtown Data Loggers"), ("enugusolar", "wigtownlog"), role=("Field Engineer", "Firmware Developer"), tz=("ig", "gw"))
mo(KN, "n4", "Medical check – {role}", "Hi {n},\n\nBook your pre-placement medical before {dl}, please. Unfortunately the works clinic closes at midday Wednesdays.\n\n{sig}\n{co}", ("Porcupine Assay Labs", "Castle Douglas Fuel Distributors"), ("porcupineassay", "cdfuel"), role=("Fire Assayer", "Tanker Driver"), tz=("tm", "gw"))
mo(KN, "n5", "Ďalší krok – {role}", "Dear {n},\n\nPlease fill the attached questionnaire and send it by {dl}. Sadly our fax is broken, so use e-mail only.\n\nS pozdravom,\n{sig}", ("Žilina Rail Signals", "Trnava Axle Works"), ("zilinasignals", "trnavaaxle"), role=("Signal Fitter", "Maintenance Planner"), tz="sk")
mo(KN, "n6", "Next steps – {role}", "Good day {n},\n\nSend us your police certificate of conduct by {dl}. Regrettably the island post office is shut on Thursdays, so email a scan.\n\n{sig}", ("Fort Bay Harbour Works", "Hell's Gate Roadworks"), ("fortbayworks", "hellsgateroads"), role=("Engine Hand", "Grader Operator"), tz="sb")
mo(KN, "n7", "Practical test – {role}", "Hi {n},\n\nA practical test at the yard is next, any day before {dl}. Sorry, the canteen is getting a refit, so pack a piece.\n\n{sig}", ("Gatehouse of Fleet Sawmill", "Workington Paint Depot"), ("gofsawmill", "workingtonpaint"), role=("Saw Doctor", "Tinting Assistant"), tz=("gw", "zw"))
mo(KO, "o1", "Offer of employment – {role}", "Dear {n},\n\n{co} is delighted to offer you {role}, starting {dl}. Unfortunately our e-signing tool keeps freezing, so please print, sign and scan the letter.\n\n{sig}", ("Msasa Conveyor Belting", "Ambad Transformer Repairs"), ("msasabelting", "ambadtransformers"), role=("Belt Splicer", "Winding Technician"), tz=("zw", "ns"))
mo(KO, "o2", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nGreat news: the {role} job is yours, start {dl}. Sadly the staff lockers are getting swapped out, so valuables go in the office for now.\n\nBlessings,\n{sig}\n\n{RULE}", ("Windwardside Building Supplies", "Castle Douglas Agri Parts"), ("wwbuilding", "cdagriparts"), role="Shop Supervisor", tz=("sb", "gw"))
mo(KO, "o3", "Your offer – {role}", "Hi {n},\n\n{role} is yours, starting {dl}, eh! Bad luck on timing: the induction room flooded, so your first day runs from the Mountjoy office.\n\n{sig}", "Schumacher Core Drilling", "schumacherdrill", role="Core Technician", tz="tm")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Status: with the hiring manager", "Hi {n},\n\nYour {role} application has passed to the {co} hiring manager for review. Nothing needed from your side meanwhile.\n\n{co} Careers", ("Onitsha Container Depot", "Harare Airport Cargo Handling"), ("onitshadepot", "hrecargo"), frm="{co} <no-reply@{dom}>", role=("Gate Clerk", "Cargo Agent"), tz=("ig", "zw"))
mo("other_job", "w1", "Withdrawal confirmed – {role}", "Hello {n},\n\nDone: we withdrew the {role} application as you asked. Other {co} roles stay open to you any time.\n\n{co}", ("Nashik Road Bottling", "Žilina Logistics Hub"), ("nrbottling", "zilinahub"), frm="{co} <noreply@{dom}>", role=("Line Operator", "Dispatcher"), tz=("ns", "sk"))
mo("other_job", "z1", "{role} – recruitment paused", "Dear {n},\n\nRecruitment for {role} is on hold while we review the budget. Your file stays live; expect an update in January.\n\n{sig}", ("Timmins Hospital Supplies", "Stranraer Cheese Packers"), ("tmshospsupply", "stranraercheese"), role=("Supply Clerk", "Packhouse Lead"), tz=("tm", "gw"))
mo("job_alert", "j1", "3 new jobs near Dumfries", "Hi {n},\n\nNew this week: Forklift Driver (Lockerbie), Sawmill Hand (Newton Stewart), Yard Clerk (Annan). Sorry, the Dalbeattie listing was pulled by the employer.\n\nKestermoor Jobs{FOOT}", "Kestermoor Jobs", "kestermoorjobs", frm="Kestermoor Alerts <alerts@{dom}>", tz="gw")
mo("recruiter_outreach", "r1", "A {role} role you may like", "Hi {n},\n\nA client near {x} needs a {role}, and your profile fits snugly. Ten-minute phone chat this week?\n\n{sig}", ("Godavari Talent Partners", "Saba Staffing"), ("godavaritalent", "sabastaffing"), role=("Maintenance Lead", "Hotel Supervisor"), x=("Igatpuri", "Windwardside"), tz=("ns", "sb"))
mo("non_job_rejection_words", "l1", "Your loan application", "Dear {n},\n\nYour personal loan request with {co} has been through our credit checks and, I'm sorry, it has been declined.\n\n{sig}", ("Solway Building Society", "Porcupine Credit Union"), ("solwaybs", "porcupinecu"), tz=("gw", "tm"))
mo("non_job_rejection_words", "b1", "Ballot result", "Hi {n},\n\nFar more people entered the {x} ballot than there were places, and your entry drew a blank this year. Thanks for taking part.\n\n{co}", ("Solway Folk Weekend", "Saba Day Festival Committee"), ("solwayfolk", "sabaday"), x=("weekend camping pitches", "grandstand seats"), frm="{co} <ballot@{dom}>", tz=("gw", "sb"))
mo("non_job_rejection_words", "f1", "Re: 1BHK flat on Gangapur Road", "Namaskar {n},\n\nThanks for visiting the Gangapur Road 1BHK. Owner finalised another family, so your request stands closed.\n\n{sig}\nGodavari Realty", "Godavari Realty", "godavarirealty", tz="ns")
mo("non_job_rejection_words", "c1", "Membership application", "Dear {n},\n\nYour request to join {co} arrived, thanks. Regrettably the waiting list is full up, so membership is closed to new riders this season.\n\n{sig}", "Harare Polo and Riding Club", "hrepoloclub", tz="zw")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice names, with their twins
def via(ch: str) -> str:
    return f"\n\n(advertised on Windlemoor{ch}, a Windlemoor trades list)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm="{co} Hiring <hiring@{dom}>", tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm="{co} Hiring <hiring@{dom}>", tz=tz)


pair("e1", "Agate", "Minster Yard Cobblerelaying", "minstercobbles", "uk",
     ("Cobblerelaying improver post", "Hi {n},\n\nCheers for wanting in on the cobblerelaying gang at Minster Yard. The improver post went to a setter with more lime-mortar work behind them, so yours stops here.\n\n{sig}"),
     ("application_received", "Cobblerelaying improver – received", "Hi {n},\n\nYour form for the cobblerelaying improver post is here. Picked or passed over, Minster Yard emails you by month end.\n\n{sig}"))
pair("e2", "Basalt", "Pulteney Sconcepolishing", "pulteneysconce", "uk",
     ("Sconcepolishing assistant", "Dear {n},\n\nSconcepolishing assistant, Bath: after reading everything sent in, we have chosen others for interview.\n\n{sig}"),
     ("interview", "Sconcepolishing assistant – interview", "Dear {n},\n\nCan you interview for the sconcepolishing assistant role on {dl} at 3pm. Unfortunately the side door sticks, so knock loudly.\n\n{sig}"))
pair("e3", "Chert", "Cobh Quayfendering Ltd", "cobhfenders", "ie",
     ("Quayfendering operative", "Hi {n},\n\nQuayfendering operative: thanks a million. We had to pick someone already holding a CSCS card, so not this time.\n\n{sig}"),
     ("application_received", "Quayfendering operative – got it", "Hi {n},\n\nThanks for applying for the quayfendering job. Three weeks without a ring from Cobh would mean the job went elsewhere; your CV stays on our desk regardless.\n\n{sig}"))
pair("e4", "Dolomite", "Allegheny Pulleyreeving Co.", "alleghenyreeving", "use",
     ("Pulleyreeving helper – update", "Hi {n},\n\nThanks for applying for the pulleyreeving helper opening in Pittsburgh. Other applicants are going forward, so interviews for you are off.\n\n{sig}"),
     ("next_steps", "Pulleyreeving helper – rigging quiz", "Hi {n},\n\nNext step: a short rigging quiz, due {dl}. Sadly our scanner is busted, so type your answers into the email.\n\n{sig}"))
pair("e5", "Epidote", "Merrimack Millracedredging", "merrimackrace", "use",
     ("Millracedredging deckhand", "Hello {n},\n\nWe appreciate your application for millracedredging deckhand in Lowell. The post is filled, which closes your candidacy.\n\n{sig}"),
     ("offer", "Millracedredging deckhand – offer", "Hello {n},\n\nThe millracedredging deckhand job is yours, start {dl}. Unfortunately the work barge leaks a bit, so bring rubber boots.\n\n{sig}"))
pair("e6", "Feldspar", "Taieri Sheepdipmixing", "taierisheepdip", "nz",
     ("Sheepdipmixing hand", "Kia ora {n},\n\nSheepdipmixing hand near Dunedin: the Taieri job went to someone holding the chemical handling ticket, so you've missed it this time.\n\n{sig}"),
     ("application_received", "Sheepdipmixing hand – received", "Kia ora {n},\n\nGot your application for the sheepdipmixing role. Successful or not, the Taieri crew messages you within a fortnight.\n\n{sig}"))
pair("e7", "Gneiss", "Darling Downs Cattlegridding", "ddcattlegrids", "au",
     ("Cattlegridding labourer", "G'day {n},\n\nCattlegridding labourer out of Toowoomba: a bloke from Dalby has it, so it's no go for you.\n\n{sig}"),
     ("interview", "Cattlegridding labourer – yarn", "G'day {n},\n\nCome for a cattlegridding yarn, {dl}, 7am at the yard. Bad news: the ute's crook, so no lift from town.\n\n{sig}"))
pair("e8", "Hematite", "Clun Valley Stileclearing", "clunstiles", "uk",
     ("Stileclearing ranger", "Dear {n},\n\nStileclearing ranger: thank you for applying. We regret the post went elsewhere; the panel chose someone holding chainsaw tickets.\n\n{sig}"),
     ("application_received", "Stileclearing ranger application", "Dear {n},\n\nThank you for applying. We only write to those shortlisted, so if you hear nothing by the 20th please assume you were unsuccessful this time.\n\n{sig}"))
pair("e9", "Jasper", "Galveston Ferryramping", "galvestonramps", "usc",
     ("Ferryramping technician", "Hi {n},\n\nFerryramping technician: another candidate was chosen, and Galveston has closed your file.\n\n{sig}"),
     ("next_steps", "Ferryramping technician – background check", "Hi {n},\n\nBackground check form due back {dl}. Unfortunately the office fax is dead, so email it back.\n\n{sig}"))
pair("e10", "Kyanite", "Table Bay Beaconwiring", "tbbeacons", "za",
     ("Beaconwiring apprentice", "Dear {n},\n\nBeaconwiring apprenticeship: thanks for applying. We regret you were unsuccessful in this intake. Sterkte.\n\n{sig}"),
     ("application_received", "Beaconwiring apprentice – received", "Dear {n},\n\nBeaconwiring apprenticeship form received. If a month passes with no word from Table Bay, read it as unsuccessful.\n\n{sig}"))
pair("e11", "Lignite", "Toome Eelnetting Co-op", "toomeeels", "uk",
     ("Eelnetting crew", "Hi {n},\n\nCheers for offering yourself to the eelnetting boats on the lough. Two lads from Ardboe got the places, so the crew is full this season.\n\n{sig}"),
     ("interview", "Eelnetting crew – come down", "Hi {n},\n\nCome down to the Toome quay on {dl} at 6am for a trial on the eelnetting boats. Sadly the slipway light is broke, so mind the step.\n\n{sig}"))
pair("e12", "Marble", "Bluff Cranejibpainting", "bluffcranejib", "za",
     ("Cranejibpainting rope access", "Dear {n},\n\nCranejibpainting rope access, Durban: the post went to a Bluff local, closing your application. Thanks all the same.\n\n{sig}"),
     ("application_received", "Cranejibpainting rope access – received", "Dear {n},\n\nWe have your application for cranejibpainting rope access. Successful or unsuccessful, an email follows in 14 days.\n\n{sig}"))
pair("e13", "Nephrite", "Tema Ventcowling Works", "temaventcowl", "gh",
     ("Ventcowling fabricator", "Dear {n},\n\nVentcowling fabricator: thank you for applying. Regrettably the Tema panel picked another fabricator. Best wishes.\n\n{sig}"),
     ("offer", "Ventcowling fabricator – offer", "Dear {n},\n\nThe ventcowling fabricator post is yours, starting {dl}. Unfortunately there is no power at the annex this week, so report to the main shed.\n\n{sig}"))
pair("e14", "Obsidian", "Platte Grainbinsweeping", "plattebinsweep", "usc",
     ("Grainbinsweeping crew", "Hi {n},\n\nThanks for applying to our grainbinsweeping crew in Omaha. Every spot on the Platte crew is hired, so none remain.\n\n{sig}"),
     ("application_received", "Grainbinsweeping crew – received", "Hi {n},\n\nWe got your grainbinsweeping application. Hired or not, our foreman phones you inside ten days.\n\n{sig}"))
pair("e15", "Pumice", "Egmont Haylofthoisting", "egmonthayloft", "nz",
     ("Haylofthoisting hand", "Kia ora {n},\n\nHaylofthoisting hand, Taranaki: another applicant got the nod. Cheers for applying.\n\n{sig}"),
     ("next_steps", "Haylofthoisting hand – referee details", "Kia ora {n},\n\nTwo referee contacts, please, by {dl}. Sadly our phone line's down after the storm, so email is best.\n\n{sig}"))
pair("e16", "Quartz", "Connemara Turfstacking", "conamaraturf", "ie",
     ("Turfstacking crew", "Hi {n},\n\nTurfstacking crew: we're sorry, but the places are all taken by our regulars this summer.\n\n{sig}"),
     ("application_received", "Turfstacking crew – got your name", "Hi {n},\n\nGot your name for the turfstacking crew. Regulars get first go; if they fill it we'll text you and pencil you in for next summer.\n\n{sig}"))
pair("e17", "Rutile", "Kilindini Slipwaygreasing", "kilindinislip", "ke",
     ("Slipwaygreasing attendant", "Dear {n},\n\nSlipwaygreasing attendant: thank you for applying. Sadly the shortlist did not include you. Be blessed.\n\n{sig}"),
     ("interview", "Slipwaygreasing attendant – interview", "Dear {n},\n\nInterview date for slipwaygreasing: {dl}, 9 a.m. Sadly the gate at Kilindini is congested, so come early.\n\n{sig}"))
pair("e18", "Schist", "Tuas Winchdrumlacing", "tuaswinch", "sg",
     ("Winchdrumlacing technician", "Dear {n},\n\nWinchdrumlacing technician: thanks for applying. Other candidates are going ahead instead.\n\n{sig}"),
     ("application_received", "Winchdrumlacing technician – received", "Dear {n},\n\nWe received your application. Only shortlisted candidates are contacted; others will hear nothing further.\n\n{sig}"))
pair("e19", "Talc", "Port Royal Trawldoorfitting", "portroyaltrawl", "jm",
     ("Trawldoorfitting welder", "Good day {n},\n\nThank you for applying for trawldoorfitting welder. Another applicant got the trawldoorfitting post. Walk good.\n\n{sig}"),
     ("next_steps", "Trawldoorfitting welder – weld test", "Good day {n},\n\nPlease come for a weld test before {dl}. Unfortunately the big grinder is dead, so carry one along.\n\n{sig}"))
pair("e20", "Umber", "Glen Affric Bothyroofing", "affricbothies", "uk",
     ("Bothyroofing labourer", "Hi {n},\n\nBothyroofing labourer: a local roofer has it, and your application ends there.\n\n{sig}"),
     ("application_received", "Bothyroofing labourer – received", "Hi {n},\n\nYour application for bothyroofing is in. Aye or naw, an email comes your way inside two weeks.\n\n{sig}"))
pair("e21", "Vesuvianite", "Hoy Peatbankcutting", "hoypeatbank", "uk",
     ("Peatbankcutting hand", "Hi {n},\n\nThanks for applying for peatbankcutting hand on Hoy. Someone already living on the island got the job.\n\n{sig}"),
     ("offer", "Peatbankcutting hand – offer", "Hi {n},\n\nThe peatbankcutting job is yours, starting {dl}. Sadly the winter ferry times are new, so catch the early boat.\n\n{sig}"))
pair("e22", "Wollastonite", "Bluegrass Bridlepathgrading", "bgbridlepath", "use",
     ("Bridlepathgrading operator", "Hi {n},\n\nBridlepathgrading operator: thanks for applying. Your application will stop at this stage.\n\n{sig}"),
     ("application_received", "Bridlepathgrading operator – received", "Hi {n},\n\nThanks for applying. If you're not selected, we will still email you; if you are, we'll call.\n\n{sig}"))
pair("e23", "Xenotime", "Ikeja Kerbstonesetting", "ikejakerbs", "ng",
     ("Kerbstonesetting supervisor", "Dear {n},\n\nKerbstonesetting supervisor: we thank you, and regret the Ikeja panel chose someone else.\n\n{sig}"),
     ("interview", "Kerbstonesetting supervisor – interview", "Dear {n},\n\nKindly present yourself on {dl} at 10 a.m. Regrettably the road to our yard is flooded, so use the Allen Avenue side.\n\n{sig}"))
pair("e24", "Zircon", "Ballarat Gatepostsinking", "ballaratposts", "au",
     ("Gatepostsinking offsider", "G'day {n},\n\nThanks for going for the gatepostsinking offsider job. A Ballarat local landed it; a miss for you this time.\n\n{sig}"),
     ("application_received", "Gatepostsinking offsider – got it", "G'day {n},\n\nApplication in hand. Yes or no, Ballarat will tell you by Friday week.\n\n{sig}"))
pair("e25", "Beryl", "Pune Culvertrodding Services", "puneculvert", "in",
     ("Culvertrodding supervisor", "Dear {n},\n\nThank you for applying for culvertrodding supervisor. We regret to say the shortlist for Pune excludes your profile. Kindly do not reply.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Windlemoor: 3 new trade jobs", "Hi {n},\n\nNew on Windlemoor this week: fencewirestraining hand (Brecon), hedgeplashing improver (Ludlow), culvertrodding mate (Wrexham). Sorry, the Hereford listing closed early.\n\nWindlemoor Alerts", "Windlemoor", "windlemoor", frm="Windlemoor Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "stall", "Market stall application", "Dear {n},\n\nThanks for asking about a Saturday pitch at Kirkcudbright market. We regret that all pitches are taken for the year and your application has been declined.\n\n{sig}", "Stewartry Market Office", "stewartrymarket", tz="gw")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm="{co} <jobs@{dom}>", tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm="{co} <jobs@{dom}>", tz=tz, lang=lang)


lp("ar", "ar", "مصنع إسمنت الزرقاء", "zarqacement", "jo",
   ("بخصوص طلبك لوظيفة فني صيانة", "السيد/السيدة {n}،\n\nنشكرك على اهتمامك بالعمل لدينا. وقد وقع الاختيار في هذه الجولة على متقدم آخر لوظيفة فني الصيانة، مع خالص الأسف.\n\nمع التحية،\n{sig}"),
   ("offer", "عرض عمل: فني صيانة", "السيد/السيدة {n}،\n\nيسرنا أن نعرض عليك وظيفة فني الصيانة ابتداءً من {dl}. للأسف المصعد معطل، لذا يرجى استخدام الدرج إلى الطابق الثاني.\n\n{sig}"))
lp("de", "de", "Fahrradwerkstatt Elbufer", "elbuferrad", "de",
   ("Ihre Bewerbung als Zweiradmechaniker", "Hallo {n},\n\nvielen Dank für Ihre Bewerbung. Leider ging die Stelle an einen Mechaniker, der schon länger an E-Bikes schraubt.\n\nViele Grüße\n{sig}"),
   ("application_received", "Eingangsbestätigung Zweiradmechaniker", "Hallo {n},\n\nIhre Bewerbung als Zweiradmechaniker liegt uns vor. Ob Zusage, ob Absage: die Werkstatt meldet sich innerhalb von zwei Wochen per Mail.\n\nViele Grüße\n{sig}"))
lp("es", "es", "Hotel Mirador del Cabo", "miradorcabo", "es",
   ("Tu candidatura: recepcionista", "Hola {n}:\n\nTe agradecemos la candidatura para recepción. Tras revisar los perfiles, la plaza se la ha llevado alguien con más noches de hotel a sus espaldas.\n\nUn saludo,\n{sig}"),
   ("interview", "Entrevista: recepcionista", "Hola {n}:\n\nQueremos conocerte el {dl} a las 11:00. Por desgracia, la explanada del hotel está levantada por obras, así que mejor ven en autobús.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Pompes funèbres Lestrade", "lestradepf", "fr",
   ("Votre candidature – conseiller funéraire", "Bonjour {n},\n\nMerci d'avoir postulé chez Lestrade. Le poste de conseiller funéraire revient à un candidat déjà formé chez nous ; nous en sommes navrés pour vous.\n\nCordialement,\n{sig}"),
   ("next_steps", "Étape suivante – conseiller funéraire", "Bonjour {n},\n\nMerci de nous envoyer votre extrait de casier judiciaire avant le {dl}. Malheureusement l'imprimante du bureau a rendu l'âme, un scan suffira.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "गोदावरी कपड़ा मिल", "godavaritextile", "in",
   ("बुनाई पर्यवेक्षक पद के संबंध में", "आदरणीय {n} जी,\n\nबुनाई पर्यवेक्षक पद हेतु गोदावरी मिल को भेजे आवेदन हेतु आभार। समिति ने नासिक के एक अनुभवी प्रत्याशी को चुना, अतः आवेदन यहीं समाप्त माना जाए।\n\n{sig}"))
lp("it", "it", "Ceramiche Val di Sole", "ceramichevds", "it",
   ("Candidatura: addetto al forno", "Gentile {n},\n\nla ringraziamo per la candidatura. Purtroppo il posto è andato a chi lavora da anni sui forni a rulli.\n\nCordiali saluti,\n{sig}"),
   ("next_steps", "Prossimo passo: addetto al forno", "Gentile {n},\n\nci serve il certificato medico entro il {dl}. Purtroppo il nostro centralino è guasto, quindi scriva per email.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "湯けむり旅館 山水", "sansuiryokan", "jp",
   ("仲居職へのご応募について", "{n} 様\n\nこの度は当旅館の仲居職にご応募いただき、誠にありがとうございました。慎重に選考いたしました結果、今回は採用を見送らせていただくことになりました。\n\n{sig}"),
   ("application_received", "ご応募受付のお知らせ", "{n} 様\n\nご応募を受け付けました。選考結果は合否にかかわらず、二週間以内にメールでお知らせいたします。\n\n{sig}"))
lp("ko", "ko", "한빛물류센터", "hanbitlogis", "kr",
   ("물류 관리직 지원 결과 안내", "{n}님께,\n\n저희 물류센터에 관심을 가져 주셔서 고맙습니다. 아쉽게도 이번 채용은 경력이 더 긴 분으로 결정되었습니다.\n\n{sig} 드림"),
   ("interview", "면접 안내: 물류 관리직", "{n}님께,\n\n{dl} 오후 2시에 면접을 보고자 합니다. 안타깝게도 정문이 공사 중이니 후문으로 와 주세요.\n\n{sig} 드림"))
lp("pt", "pt", "Central de Atendimento Vale Verde", "valeverdeatende", "br",
   ("Sua candidatura: operador de atendimento", "Olá, {n}!\n\nAgradecemos sua candidatura. Infelizmente, a vaga de operador ficou com outro candidato.\n\nAbraços,\n{sig}"),
   ("offer", "Proposta: operador de atendimento", "Olá, {n}!\n\nA vaga é sua, com início em {dl}. Um aviso chato: o ar-condicionado do térreo quebrou, então traga roupa leve.\n\nAbraços,\n{sig}"))
lp("ru", "ru", "Мебельная фабрика «Кедр»", "kedrmebel", "ru",
   ("Ваш отклик на вакансию столяра", "Добрый день, {n}!\n\nБлагодарим за отклик на вакансию столяра. К сожалению, место уже занял мастер с большим опытом работы с кедром.\n\nС уважением,\n{sig}"),
   ("application_received", "Ваш отклик получен", "Здравствуйте, {n}!\n\nОтклик на вакансию столяра дошёл до нас. Итог отбора, хороший или плохой, фабрика пришлёт письмом за десять дней.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Kampuni ya Mabasi Kilimanjaro", "kilibasi", "tz",
   ("Ombi la ufundi wa mabasi", "Habari {n},\n\nKilimanjaro imepokea ombi lako la ufundi wa mabasi, ahsante. Kwa masikitiko, tumemchagua mwombaji mwingine safari hii.\n\nWako,\n{sig}"),
   ("interview", "Mwaliko wa usaili: fundi", "Habari {n},\n\nTunakualika kwenye usaili tarehe {dl} saa 3:00 asubuhi. Kwa bahati mbaya barabara ya karakana imeharibika, tafadhali tumia njia ya sokoni.\n\nWako,\n{sig}"))
lp("th", "th", "สวนยางพาราเขาหลวง", "khaoluangrubber", "th",
   ("ผลการสมัครงานหัวหน้าคนงาน", "เรียน คุณ{n}\n\nสวนยางเขาหลวงขอบคุณสำหรับใบสมัครตำแหน่งหัวหน้าคนงาน แต่ตำแหน่งนี้ได้มอบให้คนงานเก่าของสวนแล้ว ต้องขออภัยด้วย\n\nด้วยความนับถือ\n{sig}"),
   ("offer", "ข้อเสนองานหัวหน้าคนงาน", "เรียน คุณ{n}\n\nเรายินดีเสนองานให้คุณ เริ่มงานวันที่ {dl} น่าเสียดายที่รถรับส่งเสีย กรุณาเดินทางมาเอง\n\nด้วยความนับถือ\n{sig}"))
lp("tr", "tr", "Afyon Mermer Ocakları", "afyonmermer", "tr",
   ("Başvurunuz hakkında: ocak operatörü", "Merhaba {n},\n\nOcak operatörlüğü için gösterdiğiniz ilgiye teşekkürler. Maalesef kadroya daha uzun ocak tecrübesi olan bir arkadaşı aldık.\n\nSaygılarımızla,\n{sig}"),
   ("interview", "Mülakat daveti: ocak operatörü", "Merhaba {n},\n\nSizi {dl} sabahı 10:00'da mülakata davet ediyoruz. Ne yazık ki ocak yolu çamurlu, lütfen bot giyin.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "سیالکوٹ سرجیکل ورکس", "sialkotsurgical", "pk",
   ("کوالٹی انسپکٹر کی درخواست", "محترم {n}،\n\nکوالٹی انسپکٹر والی آسامی کے لیے آپ نے لکھا، شکریہ۔ معذرت، یہ آسامی ورکشاپ کے پرانے ہنرمند نے لے لی۔\n\n{sig}"),
   ("next_steps", "اگلا مرحلہ: کوالٹی انسپکٹر", "محترم {n}،\n\nبراہ کرم {dl} تک اپنے تجربے کے سرٹیفکیٹ بھیج دیں۔ بدقسمتی سے سیالکوٹ دفتر کی فون لائن کٹی ہوئی ہے، لہٰذا کاغذات ای میل پر بھیجیں۔\n\n{sig}"))
lp("zh", "zh", "东莞鑫达电子厂", "xindadianzi", "cn",
   ("关于贵方应聘品检员一事", "{n}您好：\n\n感谢您应聘我厂品检员职位。很遗憾，经过综合评估，我们已选择了其他更合适的候选人。祝您求职顺利。\n\n{sig}"),
   ("next_steps", "下一步：品检员岗位资料", "{n}您好：\n\n请于{dl}前提交身份证复印件和体检报告。遗憾的是厂里的打印机坏了，请发电子版到本邮箱。\n\n{sig}"))
lp("swe", "swe", "Norrsågen Sågverk", "norrsagen", "se",
   ("Din ansökan som sågverksoperatör", "Hej {n},\n\nNorrsågen tackar för din ansökan till sågen. Tyvärr fick en sökande med längre vana vid kantverk tjänsten.\n\nVänliga hälsningar,\n{sig}"),
   ("application_received", "Ansökan registrerad – Norrsågen", "Hej {n},\n\nDin ansökan till sågverket är registrerad. Besked, ja eller nej, skickas per mejl inom tre veckor.\n\nVänliga hälsningar,\n{sig}"))
lp("cym", "cym", "Chwarel Lechi Dyffryn Ogwen", "chwarelogwen", "uk",
   ("Eich cais am swydd holltwr llechi", "Annwyl {n},\n\nDiolch am wneud cais am y swydd. Yn anffodus, aeth y swydd holltwr i ymgeisydd arall o Fethesda.\n\nCofion gorau,\n{sig}"),
   ("interview", "Cyfweliad: holltwr llechi", "Annwyl {n},\n\nA allwch chi ddod i sgwrs ffurfiol ddydd {dl}, 10:00? Yn anffodus mae'r iard flaen dan waith, felly dewch i mewn trwy giât y felin.\n\nCofion gorau,\n{sig}"))
lp("gle", "gle", "Leabharlann an Chontae, Trá Lí", "leabharlanntl", "ie",
   ("D'iarratas ar phost cúntóra leabharlainne", "A {n}, a chara,\n\nGabhaimid buíochas leat gur chuir tú isteach ar phost na leabharlainne. Is oth linn a rá gur ceapadh duine eile sa phost.\n\nLe meas,\n{sig}"),
   ("application_received", "Fuarthas d'iarratas", "A {n}, a chara,\n\nFuaireamar d'iarratas. Cibé toradh a bheidh air, cuirfimid scéala chugat laistigh de choicís.\n\nLe meas,\n{sig}"))
lp("eus", "eus", "Altzairutegi Ibaizabal", "ibaizabalaltzairu", "es",
   ("Zure hautagaitza: galdara-operadorea", "Kaixo {n},\n\nEskerrik asko zure hautagaitzagatik. Zoritxarrez, lanpostua beste pertsona batek hartuko du.\n\nAgur bero bat,\n{sig}"),
   ("interview", "Elkarrizketa: galdara-operadorea", "Kaixo {n},\n\nElkarrizketa baterako gonbidatu nahi zaitugu {dl} egunean, 10:00etan. Zoritxarrez, aparkalekua itxita dago, beraz etorri autobusez.\n\nAgur bero bat,\n{sig}"))
lp("sqi", "sqi", "Ndërtimi Adriatik sh.p.k.", "ndertimiadriatik", "al",
   ("Aplikimi juaj për kryepunëtor", "I/E nderuar {n},\n\nJu faleminderit për aplikimin. Për fat të keq, vendin e kryepunëtorit e mori një kandidat tjetër.\n\nMe respekt,\n{sig}"),
   ("application_received", "Aplikimi juaj u mor", "I/E nderuar {n},\n\nE morëm aplikimin tuaj. Çfarëdo qoftë vendimi, përgjigjen do ta merrni me postë elektronike brenda katërmbëdhjetë ditësh.\n\nMe respekt,\n{sig}"))
lp("mkd", "mkd", "Тутунски комбинат Прилеп", "tkprilep", "mk",
   ("Вашата апликација за магационер", "Почитувани {n},\n\nВи благодариме за апликацијата. За жал, позицијата ја доби друг кандидат од Прилеп.\n\nСо почит,\n{sig}"),
   ("next_steps", "Следен чекор: магационер", "Почитувани {n},\n\nВе молиме да ни го испратите лекарското уверение до {dl}. За жал, нашиот факс е расипан, па испратете го по мејл.\n\nСо почит,\n{sig}"))
lp("kat", "kat", "ჭიათურის მანგანუმის მაღარო", "chiaturamine", "ge",
   ("თქვენი განაცხადი ელექტრიკოსის პოზიციაზე", "ბატონო/ქალბატონო {n},\n\nგმადლობთ განაცხადისთვის. სამწუხაროდ, ამ პოზიციაზე არჩეული იქნა სხვა მონაწილე.\n\nპატივისცემით,\n{sig}"),
   ("interview", "გასაუბრების მოწვევა: ელექტრიკოსი", "ბატონო/ქალბატონო {n},\n\nგიწვევთ გასაუბრებაზე {dl}, 11:00 საათზე. სამწუხაროდ, ლიფტი გაფუჭებულია, ამიტომ კიბით ამოდით.\n\nპატივისცემით,\n{sig}"))
lp("hye", "hye", "Երևանի ժամացույցների գործարան", "yerevanwatch", "am",
   ("Ձեր դիմումը հավաքող-տեխնիկի պաշտոնի համար", "Հարգելի {n},\n\nՇնորհակալություն դիմումի համար։ Ցավոք, այս պաշտոնի համար ընտրել ենք մեկ այլ թեկնածուի։\n\nՀարգանքով՝\n{sig}"),
   ("next_steps", "Հաջորդ քայլը՝ հավաքող-տեխնիկ", "Հարգելի {n},\n\nԽնդրում ենք ուղարկել Ձեր դիպլոմի պատճենը մինչև {dl}։ Ցավոք, մեր հեռախոսը չի աշխատում, ուստի գրեք էլ. փոստով։\n\nՀարգանքով՝\n{sig}"))
lp("tam", "tam", "சென்னை வாகன உதிரிபாக ஆலை", "chennaiautoparts", "in",
   ("இயந்திர இயக்குநர் பணி விண்ணப்பம்", "வணக்கம் {n},\n\nசென்னை ஆலை, இயந்திர இயக்குநர் பணியிடம் குறித்த உங்கள் மனுவைப் பெற்றது. இம்முறை அப்பணி வேறொருவருக்கு; மன்னிக்கவும்.\n\nஇப்படிக்கு,\n{sig}"),
   ("offer", "பணி வாய்ப்பு: இயந்திர இயக்குநர்", "வணக்கம் {n},\n\nஇயந்திர இயக்குநர் பணி உங்களுக்கே! {dl} அன்று ஆலைக்கு வந்து சேருங்கள். கெட்ட செய்தி: ஆலை உணவகம் இப்போது மூடல், மதிய உணவு எடுத்து வாருங்கள்.\n\nஇப்படிக்கு,\n{sig}"))
lp("yor", "yor", "Ilé-iṣẹ́ Bíríkì Ìbàdàn", "ibadanbricks", "ng",
   ("Nípa ìbéèrè iṣẹ́ rẹ", "Ẹ káàsán {n},\n\nA dúpẹ́ fún ìbéèrè iṣẹ́ rẹ. Ó bà wá nínú jẹ́ láti sọ fún ọ pé ipò yìí ti lọ sọ́dọ̀ ẹlòmíràn.\n\nTiwa ni,\n{sig}"),
   ("offer", "Ìfilọ̀ iṣẹ́ fún ọ", "Ẹ káàsán {n},\n\nIṣẹ́ náà di tìrẹ, o lè bẹ̀rẹ̀ ní {dl}. Ìròyìn burúkú: jẹnẹrétọ̀ ilé-iṣẹ́ ti bàjẹ́, torí náà mú omi àti fìtílà wá.\n\nTiwa ni,\n{sig}"))


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
    "ar": "{d}/{m}/{y}", "cym": "{d}/{m}/{y}", "mkd": "{d}.{m}.{y}", "hye": "{dd}.{mm}.{y}", "yor": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 197; slice 197 (written at the same time), this slice and any later one are skipped by number."""
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
