# ruff: noqa: E501, S311
"""Write the hundred-and-ninety-second sealed blind slice for issue 11 (blind-slice-192.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 190; slice 191 and later never read; our side printed)
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

SEED = 1921921
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-192.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 192
SKIP_FROM = 191  # slice 191 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Fenella Ogilvie", "Deng Malual Garang", "Hetvi Desai", "Shondelle Persaud", "Brody Kowalchuk",
    "Sachini Wijesekara", "Austėja Paulauskaitė", "Torquil Baird", "Nyibol Akech", "Parth Vyas",
    "Ravindra Boodhoo", "Kaylee Szczepanski", "Kasun Abeysinghe", "Dovilė Navickaitė", "Isla Coutts",
    "Lual Mabior", "Jinal Patel", "Natoya Fraser", "Colton Dyck", "Pavithra Senanayake",
    "Justas Mockus", "Morven Cargill", "Achol Deng", "Krupa Mehta", "Tevin McKenzie",
    "Shaelyn Friesen", "Ishara Dissanayake", "Ugnė Stankevičiūtė", "Aoife Brannigan", "Cormac Lenehan",
    "Tessa Vandermolen", "Luthando Mabaso", "Harriet Pembury", "Jaxon Whitford", "Maia Rangitāne",
    "Darcy Holcombe", "Wesley Tremblay", "Priyanshi Gandhi", "Abuk Majok", "Rajesh Ramcharran",
]
REGION_SIGNERS = {
    "dd": ["Kirsty Mathieson", "Euan Lindores", "Shona Braid", "Calum Fyffe"],
    "ss": ["Mary Ayen Kuol", "James Lado Wani", "Grace Poni Keji", "Peter Majak Aguer"],
    "sur": ["Nilesh Kapadia", "Foram Shah", "Bhavik Modi", "Dipali Jariwala"],
    "gy": ["Shonette Gonsalves", "Vishnu Latchman", "Odessa Hinds", "Marlon Bourne"],
    "mb": ["Kendra Lachance", "Tyson Wiebe", "Marnie Kozak", "Garrett Ironstand"],
    "lk": ["Dilrukshi Kodikara", "Chanaka Ranasinghe", "Nimesha Pathirana", "Roshan Weerakoon"],
    "lt": ["Rasa Žemaitienė", "Vytautas Grigonis", "Indrė Baltrušaitė", "Karolis Urbonas"],
    "uk": ["Philippa Alcock", "Nathaniel Guest", "Rosalind Fairclough"],
    "ie": ["Bláthnaid Cusack", "Ruairí Gaffney", "Orlaith Kinsella"],
    "use": ["Loretta Haskins", "Curtis Mayfield-Oyelaran", "Dana Szabo"],
    "usc": ["Wendell Ruhl", "Jolene Kasprzak", "Tomas Villarreal"],
    "usp": ["Marisa Okabe", "Grant Lindqvist", "Yesenia Parra"],
    "au": ["Kirra Whitlam", "Declan Ptolemy", "Fiona Castellano"],
    "nz": ["Mereana Tipene", "Angus Harcourt", "Sefo Lemalu"],
    "za": ["Thandiwe Zungu", "Riaan du Plessis", "Lerato Mokoena"],
}
GENERAL = ["Imogen Thackeray", "Kwesi Amankwah", "Rosa Delacroix-Hume", "Bevan Tregarthen", "Sunita Ramkissoon"]
REGION = {"usm": "usp", "cae": "use", "ca": "mb"}
LANG_SIGNERS = {
    "ar": ["منى الحارثي", "سالم البلوشي"], "de": ["Henrike Vollmer", "Cornelius Abt"],
    "es": ["Maite Olmedo", "Fermín Cuadrado"], "fr": ["Maëlle Quéré", "Gildas Le Bihan"],
    "hi": ["सुमेधा खरे", "प्रकाश डोभाल"], "it": ["Ornella Pizzuti", "Gianmarco Serra"],
    "ja": ["松田 千尋", "岡本 大輔"], "ko": ["윤서진", "한도윤"], "pt": ["Inês Gouveia", "Duarte Calado"],
    "ru": ["Ольга Белоусова", "Степан Гаврилов"], "sw": ["Neema Kiwelu", "Juma Salim"],
    "th": ["บุษบา ไชยมงคล", "กิตติพงษ์ ทองดี"], "tr": ["Elif Aydın", "Burak Çelik"],
    "ur": ["سدرہ ملک", "عمران شیخ"], "zh": ["林雅婷", "黄建国"],
    "cat": ["Montserrat Puig", "Jordi Casals"], "glg": ["Uxía Bouzas", "Xoán Lema"],
    "afr": ["Marietjie Botha", "Hennie Steyn"], "isl": ["Hrafnhildur Einarsdóttir", "Gunnar Björnsson"],
    "nor": ["Solveig Haugen", "Eirik Bakke"], "dan": ["Mette Kjærgaard", "Søren Lund"],
    "fin": ["Riikka Laaksonen", "Juhani Mäkelä"], "est": ["Maarja Kuusk", "Tõnu Lepik"],
    "slv": ["Mojca Zupančič", "Matjaž Kranjc"], "srp": ["Ивана Марковић", "Милош Тодоровић"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الكندي", "خالد الرواحي"], "de": ["Franziska Lorenz", "Jannik Hübner"],
    "es": ["Lucía Barranco", "Iker Salvatierra"], "fr": ["Anaïs Roux", "Corentin Mahé"],
    "hi": ["अनामिका जोशी", "हिमांशु पंत"], "it": ["Federica Rinaldi", "Tommaso Gallo"],
    "ja": ["高橋 美咲", "中村 悠斗"], "ko": ["이수민", "강민재"], "pt": ["Carolina Brandão", "Tiago Quintela"],
    "ru": ["Анна Зайцева", "Илья Морозов"], "sw": ["Halima Mrisho", "Baraka Lyimo"],
    "th": ["รัชนีกร วงศ์ทอง", "ภูริพัฒน์ แก้วมณี"], "tr": ["Selin Arslan", "Kaan Öztürk"],
    "ur": ["حنا رضوی", "بلال چودھری"], "zh": ["张雨桐", "李俊杰"],
    "cat": ["Laia Ferrer", "Pau Vidal"], "glg": ["Antía Mosquera", "Brais Outeiro"],
    "afr": ["Annelie Pretorius", "Wouter Fourie"], "isl": ["Katrín Halldórsdóttir", "Snorri Pálsson"],
    "nor": ["Ingrid Solberg", "Magnus Dahl"], "dan": ["Freja Holm", "Mikkel Vestergaard"],
    "fin": ["Aino Heikkinen", "Eetu Salminen"], "est": ["Kertu Raud", "Siim Kallas"],
    "slv": ["Tjaša Novak", "Luka Horvat"], "srp": ["Јована Илић", "Стефан Ђорђевић"],
}
GIVEN = {"Deng Malual Garang": "Deng", "Mary Ayen Kuol": "Mary", "James Lado Wani": "James", "Grace Poni Keji": "Grace", "Peter Majak Aguer": "Peter"}
PROVIDERS = ["quillpost", "heronbox", "saltmail", "birchpost", "otterbox", "pinmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "dd": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "mt": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"),
    "is": ("+0000", None, ""), "gh": ("+0000", None, ""), "ss": ("+0200", None, ""), "za": ("+0200", None, ""), "bw": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "om": ("+0400", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "sur": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "fj": ("+1200", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "ns": ("-0400", "-0300", "us"), "mb": ("-0600", "-0500", "us"), "gy": ("-0400", None, ""), "bb": ("-0400", None, ""), "jm": ("-0500", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "ns", "mb")
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
QNOTE = "\n{sf}, grand meeting you Thursday and seeing the mezzanine stores. My scaffold pass runs to August; my old gaffer takes calls after lunch.\n{n}"
FOOT = "\n\n== {CO} | QUORLBY CAREERS HUB ==\nNew openings land on the Quorlby hub each Wednesday at noon. Build a Fennimoss alert by postcode, or read the Quorlby Lantern, our quarterly round-up of staff quiz nights, sponsored swims and retirement teas. Text TARNSTOP to stop these notices. Nobody reads replies sent here; dormant files get shredded in month thirty-one."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} – status changed", "Hi {n},\n\nYour Candidate Home tile for {role} (REQ-{ref}) has moved to \"Closed – Filled Elsewhere\". Hiring leads at {co} chose somebody else here. Your Candidate Home login keeps working for fresh postings.\n\n{co} Talent Acquisition", ("Tayside Panel Press", "Assiniboine Canola Crushers"), ("taysidepanel", "assiniboinecanola"), role=("Layout Artist", "Shift Millwright"), tz=("dd", "mb"))
mr("gh", "Your application to {co}", "Dear {n},\n\nOur interviewers have finished their scorecards for the {role} post. Your application halts ahead of round two; the shortlist favoured people with more hands-on bench years. Grateful for those hours across our interview table.\n\n{sig}\nRecruiting, {co}", ("Nanpura Diamond Polishers", "Kaunas Cloudforge"), ("nanpuradiam", "cloudforge-kaunas"), role=("Quality Grader", "Backend Developer"), tz=("sur", "lt"))
mr("lv", "{role} at {co}", "Hello {n},\n\nAppreciated your note about {role}. After reading every application we decided to go ahead with others for now. With your agreement we'd like to park your profile in the Fennimoss pool until next autumn; reply FENNOUT and we'll delete it.\n\nRegards,\n{sig}", ("Konyo Konyo Wholesale Depot", "Demerara Rice Millers"), ("konyowholesale", "demerarice"), role=("Stores Clerk", "Dryer Operator"), tz=("ss", "gy"))
mr("sr", "Update: {role}", "<html><body><p>Hi {n},</p><table border=\"1\"><tr><th>Job</th><th>Reference</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed – another person hired</td></tr></table><p>We appreciated your patience while {co} reviewed applications.</p><p>{sig}</p></body></html>", ("Galle Spice Exporters", "Wheat City Aviation School"), ("gallespice", "wheatcityaviation"), role=("Warehouse Picker", "Flight Dispatcher"), tz=("lk", "mb"))
mr("ic", "{co}: {role} application", "Dear {n},\n\nEach application for {role} was scored against the listed must-haves. Your form shows no {x}, which is compulsory for the post, so it cannot go further. Reapplying is fine once you hold it.\n\nKind regards,\n{co} Careers", ("Stabroek Gold Supply", "Klaipėda Cranes Service"), ("stabroekgold", "klaipedacranes"), role=("Counter Salesperson", "Crane Mechanic"), x=("Guyana driver's permit for heavy vehicles", "EU crane operator certificate"), tz=("gy", "lt"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) at {co} is filled and closed. For this job your candidate record now shows Inactive. Your login still lets you apply to future postings.\n\nThis is an automated message.", ("Ring Road Pharma Distributors", "Broughty Ferry Ice Cream Parlour"), ("ringroadpharma", "broughtyices"), role=("Delivery Executive", "Counter Assistant"), tz=("sur", "dd"))
mr("wk", "Your trial shift at {co}", "Hi {n},\n\nCheers for the Saturday trial shift on our floor; you were calm when the rush came. The position went to somebody with longer till experience, so {role} ends there. Good luck with the search.\n\n{sig}", ("Kandy Road Coconut Mill", "Juba Wave FM"), ("kandycoconut", "jubawavefm"), role=("Packing Hand", "Studio Assistant"), tz=("lk", "ss"))
mr("bh", "{role} – outcome", "Hi {n},\n\nA quick note from {co}: the {role} role now belongs to an existing {co} employee, who applied internally that same week. Your application ends here, though your name is welcome again.\n\nCheers,\n{sig}", ("Tay Bridge Games Studio", "Berbice Outboard Repairs"), ("taybridgegames", "berbiceoutboard"), role=("Junior Tester", "Workshop Hand"), tz=("dd", "gy"))
mr("tt", "Tavo kandidatūra – {role}", "Laba diena, {n},\n\nAčiū for applying to {co}. We are decided to continue with other person for {role}, whose experience matches closer. We wish you sėkmės in next steps and have a nice day.\n\nPagarbiai,\n{sig}", ("Vilnius Oak Furniture", "Palanga Amberlight Spa"), ("vilniusoak", "amberlightspa"), role=("CNC Operator", "Spa Receptionist"), tz=("lt", "lt"))
mr("pp", "Your {role} assessment result", "Hello {n},\n\nYour written exercise for {role} at {co} scored {x}. Interviews go only to those above the pass line, so your application ends with the exercise. Thanks for sitting the exercise.\n\n{sig}", ("Colombo Ledgerworks", "Adajan Chartered Accountants"), ("colomboledger", "adajanca"), role=("Accounts Trainee", "Audit Assistant"), x=("22/50 against a pass line of 30", "48% against a pass line of 60%"), tz=("lk", "sur"))
mr("jz", "Re yuh application – {role}", "Morning {n},\n\nThanks fuh coming in to see we at {co}. De boss pick a next person fuh de {role} work, so dis one close off. Tek care an' keep trying, yuh hear?\n\n{sig}", ("Regent Street Hardware", "Parika Minibus Garage"), ("regenthardware", "parikagarage"), role=("Shop Assistant", "Mechanic Helper"), tz=("gy", "gy"))
mr("ab", "{co} — {role}", "Hi {n},\n\nYou met both founders of {co} and they enjoyed the conversation. Their offer went to someone with longer experience shipping similar products, which closes the {role} search. Happy to stay in touch.\n\n{sig}", ("Overgate Pixel Labs", "Osborne Street Apps"), ("overgatepixel", "osborneapps"), role=("Product Designer", "Mobile Developer"), tz=("dd", "mb"))
mr("sc", "{co} season crew – {role}", "Hi {n},\n\nNext season's {role} crew is full up. Nearly every spot went to returners, so new names missed the list this time. Have a good season wherever you land.\n\n{sig}\n{co}", ("Riverbank Pumpkin Patch", "Kerikeri Kiwifruit Packhouse"), ("riverbankpatch", "kerikerikiwi"), role=("Field Hand", "Packhouse Grader"), tz=("mb", "nz"))
mr("o1", "{role} with {co}", "Hiya {n},\n\nCheers for popping down the Seagate office. The lads have gone for someone wi' mair on-site experience for {role}, so that's you finished wi' us this time. Braw meeting you though.\n\n{sig}", "Seagate Scaffold Hire", "seagatescaffold", role="Labourer", tz="dd")
mr("o2", "Application – {role}", "Greetings {n},\n\nWe thank you so much; your papers reached {co}. The Management has gone through all of them and regrets that your name is outside the list selected for {role}. May God bless your efforts.\n\n{sig}\nAdministration", "Gudele Borehole Drillers", "gudeleborehole", role="Driller's Assistant", tz="ss")
mr("o3", "Reg: {role} application", "Respected {n},\n\nRef your {role} candidature at {co}; kindly note your profile is not shortlisted at present. We shall revert if any matching post arises. Jai Shri Krishna.\n\nThanks & Regards,\n{sig}\nHR Dept.", "Varachha Diamond Tools", "varachhatools", role="Machine Operator", tz="sur")
mr("o4", "Your application: {role}", "Hey there {n},\n\nThanks for putting in for {role} at {co}, eh. We filled the spot with someone from the Wheat City who'd done the job before. Take 'er easy and watch our board for next spring.\n\n{sig}", "Rosser Avenue Pawn & Loan", "rosserpawn", role="Sales Associate", tz="mb")
mr("o5", "{role} – {co}", "Ayubowan {n},\n\nThank you for applying to {co}. We regret to inform that another candidate is selected for {role}. Anyway best wishes for career, isn't it.\n\nBohoma sthuthi,\n{sig}", "Ratnapura Gem Cutters", "ratnapuragems", role="Gem Polisher", tz="lk")
mr("o6", "{role}: atsakymas", "Laba diena {n},\n\nThank you for time at interview. Unfortunately other candidate is chosen for {role} at {co}. We keep good memory of you.\n\nPagarbiai,\n{sig}", "Žalgiris Court Merchandise", "zalgiriscourt", role="Store Lead", tz="lt")
mr("o7", "{role} at {co}", "Dear {n},\n\nYour note about {role} was lovely. After careful thought the job was given to another applicant. Reading about your bookbinding projects was a treat.\n\nWarm wishes,\n{sig}", "Walcot Bindery", "walcotbindery", role="Bindery Apprentice", tz="uk")
mr("o8", "{role} – {co}", "Hi {n},\n\nLoved the chat about {role}, honestly. We've gone with another person this time round, so we'll be letting it rest. Mind yourself.\n\n{sig}", "Claddagh Harp Works", "claddaghharp", role="Finishing Technician", tz="ie")
mr("o9", "Regarding {role}", "Hi {n},\n\nAppreciate your note about {role} at {co}. We'll pass this round; our hiring manager picked a candidate who has hung signs off bucket trucks before. Good luck out there.\n\n{sig}", "Tulsa Neon Sign Co", "tulsaneon", role="Sign Installer", tz="usc")
mr("o10", "{co}: your application", "G'day {n},\n\nCheers for your interest in {role} at {co}. The trust offered it to someone else; this note closes your file. All the best.\n\n{sig}", "Sovereign Hill Heritage Trust", "sovhilltrust", role="Costumed Guide", tz="au")
mr("o11", "{role} – outcome", "Kia ora {n},\n\nThanks for your korero with the {co} crew. Another applicant got {role}, and your application stops there. Ngā mihi.\n\n{sig}", "Motueka Hop Gardens", "motuekahops", role="Kiln Hand", tz="nz")
mr("o12", "{role} application", "Hi {n},\n\nThank you for applying to {co} for {role}. Sadly you were unsuccessful this time. Sharp, and good luck.\n\n{sig}", "Maydon Wharf Sugar Terminal", "maydonsugar", role="Weighbridge Clerk", tz="za")
mr("o13", "Your {role} application", "Hi {n},\n\nHeaps of folks applied for {role} at {co}. After review, yours isn't advancing. Thanks for thinking of our greenhouses.\n\n{sig}", "Boise Foothills Plant Nursery", "boisefoothills", role="Nursery Hand", tz="usm")
mr("o14", "{role} — decision", "Dear {n},\n\nMany thanks for stopping by our deli counter. We appointed another candidate for {role} at {co}. Every success to you.\n\n{sig}", "Hoboken Station Deli", "hobokendeli", role="Line Cook", tz="use")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nShowing you round was grand; the press room loved your basement yarn. The partners offered {role} to Ishbel Kerr; she accepted on Tuesday and joins at the month's turn.\n\nAll best,\n{sig}\n\n{OUT}", ("Tayside Panel Press", "Galle Spice Exporters"), ("taysidepanel", "gallespice"), role=("Proofreader", "Export Coordinator"), tz=("dd", "lk"))
mr("th2", "RE: [EXT] Re: Follow-up – {role}", "Dear {n},\n\nThank you for the good spirit you brought to the panel; Mr Lado enjoyed your questions about the generators. The Management has given the {role} post to Rebecca Nyandeng, who has taken it up this week.\n\nGod bless,\n{sig}\n\n{GM}", ("Juba Wave FM", "Demerara Rice Millers"), ("jubawavefm", "demerarice"), role=("Sound Technician", "Lab Assistant"), tz=("ss", "gy"))
mr("th3", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nYour walkthrough of the pricing sheet was sharp and we all learned something. The board went with Hiren Dalal for {role}; he signed on Monday and joins next month.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Nanpura Diamond Polishers", "Assiniboine Canola Crushers"), ("nanpuradiam", "assiniboinecanola"), role=("Pricing Analyst", "Shift Chemist"), tz=("sur", "mb"))
mr("th4", "RE: [EXT] Re: Interview for {role}", "Hello {n},\n\nBig thanks for the visit; that whiteboard session made our week. Our director chose Mantas Jurgaitis for {role}, who said yes that Friday.\n\nSėkmės,\n{sig}\n\n{RULE}", ("Kaunas Cloudforge", "Overgate Pixel Labs"), ("cloudforge-kaunas", "overgatepixel"), role=("Platform Engineer", "Level Designer"), tz=("lt", "dd"))
mr("th5", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nMeeting you made our week, and your loading-ramp tip is already in use. The owners settled on Samantha Ramroop for {role}; she accepted and is in from Monday.\n\nTek care,\n{sig}\n\n{GM}", ("Regent Street Hardware", "Kandy Road Coconut Mill"), ("regenthardware", "kandycoconut"), role=("Yard Supervisor", "Shift Lead"), tz=("gy", "lk"))
mr("th6", "RE: [EXT] Re: {role} next steps", "Hey {n},\n\nGreat sitting down with you in Brandon; those hangar-heater tips paid off. The chief pilot picked Dallas Neufeld for {role}; he's accepted and begins after Thanksgiving.\n\nCheers,\n{sig}\n\n{OUT}", ("Wheat City Aviation School", "Klaipėda Cranes Service"), ("wheatcityaviation", "klaipedacranes"), role=("Ground Instructor", "Service Planner"), tz=("mb", "lt"))
mr("th7", "RE: [EXT] Re: {role} panel", "Dear {n},\n\nThe panel valued the care in your sample reports and the calm way you spoke. The committee appointed Nimali Fonseka to {role}, and she has confirmed her start date.\n\nWith warm wishes,\n{sig}\n\n{RULE}", ("Colombo Ledgerworks", "Gudele Borehole Drillers"), ("colomboledger", "gudeleborehole"), role=("Reporting Officer", "Site Clerk"), tz=("lk", "ss"))
mr("th8", "RE: [EXT] Re: Thanks – {role}", "Hi {n},\n\nYour portfolio got passed round the whole studio, and it made Aarav laugh. The founders gave {role} to Tanvi Joshi, who accepted on Wednesday and begins in a fortnight.\n\nWarmly,\n{sig}\n\n{ORIG}", ("Adajan Chartered Accountants", "Broughty Ferry Ice Cream Parlour"), ("adajanca", "broughtyices"), role=("Article Clerk", "Shop Supervisor"), tz=("sur", "dd"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your application for {role}", "Hi {n},\n\n{co} has read your {role} application and decided against taking it further. Good wishes for the hunt ahead.{FOOT}", ("Seagate Scaffold Hire", "Rosser Avenue Pawn & Loan"), ("seagatescaffold", "rosserpawn"), role=("Yard Driver", "Cashier"), tz=("dd", "mb"))
mr("ft2", "{role} — application outcome", "Dear {n},\n\nRegarding {role}: unsuccessful, this time round. {co} thanks you for the work behind it.{FOOT}", ("Ring Road Pharma Distributors", "Stabroek Gold Supply"), ("ringroadpharma", "stabroekgold"), role=("Billing Clerk", "Purchasing Assistant"), tz=("sur", "gy"))
mr("ft3", "{co} — {role}", "Hi {n},\n\nA short word: {role} has gone elsewhere; you were passed over this time. Cheers for giving {co} a thought.{FOOT}", ("Vilnius Oak Furniture", "Ratnapura Gem Cutters"), ("vilniusoak", "ratnapuragems"), role=("Upholsterer", "Sorter"), tz=("lt", "lk"))
mr("ft4", "Re your {role} application", "Dear {n},\n\nThis confirms {co} will make no offer to you for the {role} position. Grateful you wrote to us.{FOOT}", ("Juba Wave FM", "Tay Bridge Games Studio"), ("jubawavefm", "taybridgegames"), role=("News Reader", "Community Manager"), tz=("ss", "dd"))
# ---- 9 hedged refusals
mr("hd1", "{role} – update", "Hi {n},\n\nThanks for waiting. Having met everybody, the panel felt others sat snugger against the daily {role} brief. Do try {co} again some day.\n\n{sig}", ("Kaunas Cloudforge", "Berbice Outboard Repairs"), ("cloudforge-kaunas", "berbiceoutboard"), role=("QA Engineer", "Parts Counter"), tz=("lt", "gy"))
mr("hd2", "About {role}", "Dear {n},\n\n{co} is steering the {role} work down a different road, sharing its tasks among present staff. Thanks for the interest shown.\n\n{sig}", ("Galle Spice Exporters", "Osborne Street Apps"), ("gallespice", "osborneapps"), role=("Marketing Executive", "Content Lead"), tz=("lk", "mb"))
mr("hd3", "{role} – where things stand", "Hello {n},\n\nOther shortlisted people had backgrounds sitting a little closer to the {role} brief, and the panel leaned their way. Thanks for giving {co} your time.\n\n{sig}", ("Varachha Diamond Tools", "Gudele Borehole Drillers"), ("varachhatools", "gudeleborehole"), role=("Sales Engineer", "Logbook Keeper"), tz=("sur", "ss"))
mr("hd4", "{role}", "Hiya {n},\n\nAfter a long blether we reckon other folk's experience suits the {role} job a wee bit better. Cheers for your time, {co}.\n\n{sig}", "Tayside Panel Press", "taysidepanel", role="Colourist", tz="dd")
mr("hd5", "Your {role} application", "Morning {n},\n\nDe company decide to go another way wid {role} an' hand it to a contractor. Thanks fuh yuh interest in {co}.\n\n{sig}", "Demerara Rice Millers", "demerarice", role="Electrician", tz="gy")
mr("hd6", "{role} at {co}", "Hello {n},\n\nOther candidates' profiles matched the {role} needs more closely, in our view. Thank you and have a nice day.\n\n{sig}", "Palanga Amberlight Spa", "amberlightspa", role="Massage Therapist", tz="lt")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nGood speaking earlier. Following up our call: for {role}, {x} settled on another applicant. Now, a {y} vacancy with a client near Perth Road looks a neat fit; may I pass your CV over?\n\n{sig}\n{co}", ("Firth Recruitment Partners", "Demerara Staffing House"), ("firthrecruit", "demerarastaffing"), role=("Site Supervisor", "Accounts Clerk"), x=("the client", "the rice company"), y=("Contracts Manager", "Payroll Officer"), tz=("dd", "gy"))
mr("rc2", "After our chat", "Hello {n},\n\nGood to talk just now. In the end {role} went elsewhere. Brighter news: a {y} job landed today with kinder hours; will I pop your name forward?\n\n{sig}\n{co}", ("Baltic Talent Bridge", "Ghod Dod Road Placements"), ("baltictalent", "ghoddodplace"), role=("Data Analyst", "Store Manager"), y=("BI Developer", "Area Supervisor"), tz=("lt", "sur"))
mr("rc3", "Quick update + another role", "Greetings {n},\n\nAs we talked this morning, the NGO picked another applicant for Logistics Assistant. But a Fleet Officer post is open with a partner in Munuki; kindly tell me whether to submit you.\n\n{sig}\n{co}", "Nile Crest Recruiters", "nilecrestrec", tz="ss")
mr("rc4", "Your application + a new one", "Hey {n},\n\nGood chatting earlier. The dealership hired someone else as Parts Advisor, eh. I've got a Service Writer role in Virden paying a bit more; want me to pitch you?\n\n{sig}\n{co}", "Westman Job Connect", "westmanjobs", tz="mb")
mr("rc5", "Post-call note", "Ayubowan {n},\n\nAs discussed, the client selected another candidate for Front Office Executive. However there is a Reservations Officer vacancy at a Bentota property; shall I forward your CV?\n\n{sig}\n{co}", "Lanka Career Link", "lankacareerlink", tz="lk")
# ---- 8 public-sector notices
mr("ps1", "Notice of results – {role}", "Dear {n},\n\nRef {ref}: you were found eligible for {role}. Referral to the hiring official went only to the top-ranked group, which excluded you. With this notice the file is closed.\n\n{co}", ("Dundee City Council Recruitment", "City of Brandon Human Resources"), ("dundeecity-jobs", "brandoncity-hr"), role=("Parks Officer", "Transit Operator"), tz=("dd", "mb"))
mr("ps2", "Eligibility decision – {role}", "Dear {n},\n\nScreening marked your {role} papers ineligible for want of {x}. A new advert will allow a fresh attempt.\n\n{co}", ("Ministry of Public Service, Juba", "Surat Municipal Corporation Establishment Cell"), ("mps-juba", "smc-estab"), role=("Records Clerk", "Junior Engineer"), x=("a certified copy of your South Sudan Certificate of Secondary Education", "the domicile certificate"), tz=("ss", "sur"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nVacancy {ref} ({role}, {co}) is withdrawn by the Commission and stays unfilled. Every file lodged for it closes without any merit ruling.\n\nPublic Service Commission", ("Public Service Commission of Guyana", "Lithuanian State Service Agency"), ("psc-gy", "vtd-lt"), role=("Clerk III", "Senior Specialist"), tz=("gy", "lt"))
mr("ps4", "Examination result – {role}", "Dear {n},\n\nWritten paper, {role}: you scored {x}. Interviews are reserved for scores at the cut-off or higher, so your candidature ends here.\n\n{co}", ("Public Service Commission Sri Lanka", "Scottish Fire Service Recruitment"), ("psc-lk", "sfs-recruit"), role=("Management Assistant", "Firefighter"), x=("58 against a cut-off of 65", "41 out of 80 against a cut-off of 52"), tz=("lk", "dd"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hi {n},\n\nRef {ref}, {role}: status moved. {co} is no longer considering this candidacy.\n\n{co} Careers", ("Assiniboine Canola Crushers", "Stabroek Gold Supply"), ("assiniboinecanola", "stabroekgold"), role=("Lab Technician", "Store Clerk"), tz=("mb", "gy"))
mr("st2", "Application status changed", "<html><body><p>{n},</p><p>Job: <b>{role}</b> · Ref {ref}</p><p>Status: <b>No longer under consideration</b></p><p>— {co} applicant portal</p></body></html>", ("Kaunas Cloudforge", "Colombo Ledgerworks"), ("cloudforge-kaunas", "colomboledger"), role=("SRE", "Tax Associate"), tz=("lt", "lk"))
mr("st3", "Your application has been updated", "<html><body><p>Hello {n},</p><p>{co} portal notice for {role}: this candidacy is marked inactive; {co} is no longer considering it.</p></body></html>", ("Ring Road Pharma Distributors", "Tay Bridge Games Studio"), ("ringroadpharma", "taybridgegames"), role=("Pharmacist", "Audio Designer"), tz=("sur", "dd"))
# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship – decision", "Dear {n},\n\nThe {co} summer internship drew far more students than desks, and your name falls outside the final intake list. Next January the form reopens.\n\nEarly Careers desk", ("Overgate Pixel Labs", "Galle Spice Exporters"), ("overgatepixel", "gallespice"), tz=("dd", "lk"))
mr("in2", "Graduate Programme {ref}", "Dear {n},\n\nAfter the assessment centre, the {co} Graduate Programme intake is fixed, and your name sits beyond its edge. Notes on your group exercise can be sent if you ask.\n\nGraduate Recruitment", ("Vilnius Oak Furniture", "Adajan Chartered Accountants"), ("vilniusoak", "adajanca"), tz=("lt", "sur"))
mr("in3", "Co-op placement outcome", "Hi {n},\n\nThanks for applying for a co-op term with {co}. Every co-op placement filled up and yours missed this round. Best of luck with your term.\n\n{sig}", ("Wheat City Aviation School", "Regent Street Hardware"), ("wheatcityaviation", "regenthardware"), tz=("mb", "gy"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: application received", "Hi {n},\n\nREQ-{ref}, {role}: your form reached us. Candidate Home tracks it; the tile can switch between Submitted, Reviewing, Interview, Offer or \"Closed – Filled Elsewhere\" as the weeks go.\n\n{co} Talent Acquisition", ("Tayside Panel Press", "Assiniboine Canola Crushers"), ("taysidepanel", "assiniboinecanola"), role=("Inker", "Loader Operator"), tz=("dd", "mb"))
mo("application_received", "a2", "Thanks for applying to {co}", "Dear {n},\n\n{role}: form in. Should the interview list leave you out, our email says so plainly; both ways, your details sit twelve months in our candidate ledger.\n\n{sig}", ("Nanpura Diamond Polishers", "Kaunas Cloudforge"), ("nanpuradiam", "cloudforge-kaunas"), role=("Cleaver", "Data Engineer"), tz=("sur", "lt"))
mo("application_received", "a3", "{role}: we have your application", "Hello {n},\n\nYour {role} form reached our Konyo desk. Should we go ahead with others, we'd still park you in the Fennimoss pool until autumn; reply FENNOUT anytime.\n\n{sig}", ("Konyo Konyo Wholesale Depot", "Demerara Rice Millers"), ("konyowholesale", "demerarice"), role=("Cashier", "Bagging Hand"), tz=("ss", "gy"))
mo("application_received", "a4", "Application received – {role}", "<html><body><p>Hi {n},</p><table border=\"1\"><tr><th>Stage</th><th>Status</th></tr><tr><td>Received</td><td>Done</td></tr><tr><td>Review</td><td>Waiting</td></tr><tr><td>Possible later</td><td>Interview / Offer / Closed – another person hired</td></tr></table><p>{co}</p></body></html>", ("Galle Spice Exporters", "Wheat City Aviation School"), ("gallespice", "wheatcityaviation"), role=("Quality Checker", "Ramp Agent"), tz=("lk", "mb"))
mo("application_received", "a5", "{co}: application logged", "Dear {n},\n\nLogged: {role}. Forms lacking {x} get shut at first sift; complete ones get a screening call inside ten days.\n\n{co} Careers", ("Stabroek Gold Supply", "Klaipėda Cranes Service"), ("stabroekgold", "klaipedacranes"), role=("Driver", "Rigger"), x=("a heavy-vehicle permit", "a crane certificate"), tz=("gy", "lt"))
mo("application_received", "a6", "We received your application ({ref})", "Dear {n},\n\nReq {ref} ({role}) now holds your form. Should someone else fill it, your record flips to Inactive unprompted and the login shows it. Until then it stays live.\n\nThis is an automated message.", ("Ring Road Pharma Distributors", "Broughty Ferry Ice Cream Parlour"), ("ringroadpharma", "broughtyices"), role=("Van Driver", "Scooper"), tz=("sur", "dd"))
mo("application_received", "a7", "Got it – {role}", "Hi {n},\n\nYour {role} form landed with {co}. Promising folk get a paid trial shift; when a trial ends without an offer we say so inside two days.\n\n{sig}", ("Kandy Road Coconut Mill", "Juba Wave FM"), ("kandycoconut", "jubawavefm"), role=("Boiler Hand", "Producer"), tz=("lk", "ss"))
mo("application_received", "a8", "{role} – application in", "Hi {n},\n\nForm received. Heads-up: staff may also go for {role}, and if one of them wins it a note follows. Either outcome, {co} writes back.\n\nCheers,\n{sig}", ("Tay Bridge Games Studio", "Berbice Outboard Repairs"), ("taybridgegames", "berbiceoutboard"), role=("Animator", "Welder"), tz=("dd", "gy"))
mo("application_received", "a9", "Gavome tavo paraišką – {role}", "Laba diena {n},\n\nAčiū, your {role} form came to {co}. Selected or not selected, everybody gets our answer in two weeks. Have a nice day.\n\nPagarbiai,\n{sig}", ("Vilnius Oak Furniture", "Palanga Amberlight Spa"), ("vilniusoak", "amberlightspa"), role=("Sander", "Pool Attendant"), tz=("lt", "lt"))
mo("application_received", "a10", "Next: online exercise for {role}", "Hello {n},\n\n{co} has your form. A written exercise follows; scores under the pass line stop there, and every candidate sees their mark. The link comes in a separate mail.\n\n{sig}", ("Colombo Ledgerworks", "Adajan Chartered Accountants"), ("colomboledger", "adajanca"), role=("Bookkeeper", "Tax Intern"), tz=("lk", "sur"))
mo("application_received", "a11", "We get yuh application", "Morning {n},\n\nWe get yuh form fuh {role} at {co}. Two weeks pass an' de phone quiet? Den de boss pick a next body. Tek care.\n\n{sig}", ("Regent Street Hardware", "Parika Minibus Garage"), ("regenthardware", "parikagarage"), role=("Stock Boy", "Tyre Hand"), tz=("gy", "gy"))
mo("application_received", "a12", "{co} — application received", "Hi {n},\n\n{role}: your form is in. Both founders read every form themselves; each applicant gets a personal yes or no inside twenty-one days.\n\n{sig}", ("Overgate Pixel Labs", "Osborne Street Apps"), ("overgatepixel", "osborneapps"), role=("UX Writer", "QA Tester"), tz=("dd", "mb"))
mo("application_received", "a13", "Season crew form received", "Hi {n},\n\n{co} has your {role} form. Returners pick first, so newcomers hear only when a spot frees; otherwise the form carries into the season after.\n\n{sig}", ("Riverbank Pumpkin Patch", "Kerikeri Kiwifruit Packhouse"), ("riverbankpatch", "kerikerikiwi"), role=("Picker", "Stacker"), tz=("mb", "nz"))
mo("application_received", "a14", "Application acknowledged – {role}", "Dear {n},\n\nRef {ref} ({role}) is acknowledged. Referral to the hiring official covers only the top-ranked eligible group; every applicant gets the result on paper.\n\n{co}", ("Dundee City Council Recruitment", "City of Brandon Human Resources"), ("dundeecity-jobs", "brandoncity-hr"), role=("Library Assistant", "Bylaw Officer"), tz=("dd", "mb"))
mo("application_received", "a15", "Receipt of application", "Dear {n},\n\n{role}: file received. Incomplete files get declared ineligible at screening, so see that {x} is attached ahead of the closing date.\n\n{co}", ("Ministry of Public Service, Juba", "Surat Municipal Corporation Establishment Cell"), ("mps-juba", "smc-estab"), role=("Office Assistant", "Sanitary Inspector"), x=("your certificate copy", "the domicile certificate"), tz=("ss", "sur"))
mo("application_received", "a16", "Your application – {role}", "Respected {n},\n\nKindly note {role} candidature is received. Profile not shortlisted? Same shall remain in Adajan data bank for future requirement. We shall revert.\n\nRegards,\n{sig}", ("Varachha Diamond Tools", "Adajan Chartered Accountants"), ("varachhatools", "adajanca"), role=("Fitter", "Accounts Executive"), tz=("sur", "sur"))
mo("application_received", "a17", "Application received with thanks", "Greetings {n},\n\nWe thank you for the papers for {role}. The Management calls shortlisted people only; after thirty silent days, kindly take it as unsuccessful. God bless.\n\n{sig}", ("Gudele Borehole Drillers", "Juba Wave FM"), ("gudeleborehole", "jubawavefm"), role=("Pump Mechanic", "Driver"), tz=("ss", "ss"))
mo("application_received", "a18", "We've got your CV", "Hiya {n},\n\nCheers for your CV for {role}. Three weeks wi' nae word means some other body got it. Otherwise we'll ring ye.\n\n{sig}", ("Seagate Scaffold Hire", "Tayside Panel Press"), ("seagatescaffold", "taysidepanel"), role=("Scaffolder", "Letterer"), tz=("dd", "dd"))
mo("application_received", "a19", "Thanks for your application, eh", "Hey {n},\n\n{role} form came in, thanks. Hired or passed over, we phone you ourselves, no form letter. Take 'er easy.\n\n{sig}", ("Rosser Avenue Pawn & Loan", "Westman Job Connect"), ("rosserpawn", "westmanjobs"), role=("Appraiser", "Recruiter"), tz=("mb", "mb"))
mo("application_received", "a20", "Application received", "Ayubowan {n},\n\nWe are pleased to inform {role} papers are received. Selected or not, the email will come, isn't it. Bohoma sthuthi.\n\n{sig}", ("Ratnapura Gem Cutters", "Lanka Career Link"), ("ratnapuragems", "lankacareerlink"), role=("Lapidary", "Consultant"), tz=("lk", "lk"))
mo("application_received", "a21", "Application in – {role}", "Hi {n},\n\n{role}: your form is in. Contact follows only where experience matches; if nothing matches, the details stay filed half a year.\n\n{sig}", ("Walcot Bindery", "Claddagh Harp Works"), ("walcotbindery", "claddaghharp"), role=("Finisher", "Stringer"), tz=("uk", "ie"))
mo("application_received", "a22", "{co}: application confirmation", "Hi {n},\n\n{role} form received. Now and then the manager picks someone before interviews; in that case a short note follows. Otherwise expect a call.\n\n{sig}", ("Tulsa Neon Sign Co", "Boise Foothills Plant Nursery"), ("tulsaneon", "boisefoothills"), role=("Fabricator", "Greenhouse Tech"), tz=("usc", "usm"))
mo("application_received", "a23", "Application received – {co}", "G'day {n},\n\n{role}: your form is with us. Win or lose, every applicant hears from {co}. Cheers.\n\n{sig}", ("Sovereign Hill Heritage Trust", "Motueka Hop Gardens"), ("sovhilltrust", "motuekahops"), role=("Blacksmith Guide", "Tractor Driver"), tz=("au", "nz"))
mo("application_received", "a24", "Your application", "Hi {n},\n\n{role} at {co}: form received. A no would reach you inside 21 days. Sharp.\n\n{sig}", ("Maydon Wharf Sugar Terminal", "Hoboken Station Deli"), ("maydonsugar", "hobokendeli"), role=("Tallyman", "Prep Cook"), tz=("za", "use"))
mo("application_received", "a25", "Receipt: graduate programme", "Dear {n},\n\nYour {co} graduate programme form arrived. Aptitude puzzles come next; anyone stopping there hears by email, and every applicant may ask for feedback.\n\nEarly Careers", ("Overgate Pixel Labs", "Vilnius Oak Furniture"), ("overgatepixel", "vilniusoak"), tz=("dd", "lt"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} – second interview", "Hi {n},\n\nLovely meeting you last week. Round two is pencilled for {dl}, ten sharp, if that suits. Unfortunately the front lift is kaput, so climb the side stair.\n\n{sig}\n\n{OUT}", ("Tayside Panel Press", "Galle Spice Exporters"), ("taysidepanel", "gallespice"), role=("Proofreader", "Export Coordinator"), tz=("dd", "lk"))
mo("interview", "i2", "Interview invitation – {role}", "Dear {n},\n\nYour {role} interview slot: {dl}, half past two. Sadly the visitor car park is getting fresh tarmac; use street parking.\n\n{sig}\n{co}", ("Nanpura Diamond Polishers", "Kaunas Cloudforge"), ("nanpuradiam", "cloudforge-kaunas"), role=("Quality Grader", "Backend Developer"), tz=("sur", "lt"))
mo("interview", "i3", "Come in fuh a chat", "Morning {n},\n\nDe boss want see yuh {dl} at nine fuh {role}. Unfortunately de wharf road bruk up bad, so walk in by de back.\n\n{sig}\n{co}", ("Regent Street Hardware", "Demerara Rice Millers"), ("regenthardware", "demerarice"), role=("Shop Assistant", "Dryer Operator"), tz=("gy", "gy"))
mo("interview", "i4", "Interview – {role}", "Greetings {n},\n\nKindly come for {role} interview on {dl} at 11:00. Regrettably the main hall has no power, so the panel meets in the annex.\n\n{sig}\n{co}", ("Gudele Borehole Drillers", "Juba Wave FM"), ("gudeleborehole", "jubawavefm"), role=("Driller's Assistant", "Studio Assistant"), tz=("ss", "ss"))
mo("interview", "i5", "Let's meet – {role}", "Hey {n},\n\nSwing by about {role} on {dl}, 1 pm. Bad news: our coffee maker croaked, so grab a double-double on the way, eh.\n\n{sig}\n{co}", ("Wheat City Aviation School", "Rosser Avenue Pawn & Loan"), ("wheatcityaviation", "rosserpawn"), role=("Flight Dispatcher", "Sales Associate"), tz=("mb", "mb"))
mo("interview", "i6", "Interview call – {role}", "Respected {n},\n\nKindly attend {role} interview on {dl}, 11 AM, with originals. Unfortunately lift is under maintenance; office is 3rd floor.\n\nRegards,\n{sig}", ("Varachha Diamond Tools", "Ring Road Pharma Distributors"), ("varachhatools", "ringroadpharma"), role=("Machine Operator", "Delivery Executive"), tz=("sur", "sur"))
mo("interview", "i7", "Pokalbio kvietimas – {role}", "Laba diena {n},\n\nPlease come to {role} interview {dl} at 10:00. Sadly the gate parking is closed because of road works.\n\nPagarbiai,\n{sig}", ("Vilnius Oak Furniture", "Klaipėda Cranes Service"), ("vilniusoak", "klaipedacranes"), role=("CNC Operator", "Crane Mechanic"), tz=("lt", "lt"))
mo("interview", "i8", "Interview – {role}", "Ayubowan {n},\n\nKindly come for {role} interview on {dl} at 9.30 a.m. Unfortunately our canteen will be shut that day, so bring some short eats.\n\n{sig}", ("Kandy Road Coconut Mill", "Ratnapura Gem Cutters"), ("kandycoconut", "ratnapuragems"), role=("Packing Hand", "Gem Polisher"), tz=("lk", "lk"))
mo("interview", "i9", "Second round – {role}", "Hiya {n},\n\nFancy coming back in on {dl} at 2 for {role}? Sadly the heating's bust in the wee meeting room so wrap up warm.\n\n{sig}", ("Tay Bridge Games Studio", "Seagate Scaffold Hire"), ("taybridgegames", "seagatescaffold"), role=("Junior Tester", "Labourer"), tz=("dd", "dd"))
mo("next_steps", "n1", "Next step: skills test for {role}", "Hi {n},\n\nThe {role} skills test is due {dl}. Unfortunately its timer ticks on once begun, so keep an hour free.\n\n{sig}\n{co}", ("Colombo Ledgerworks", "Adajan Chartered Accountants"), ("colomboledger", "adajanca"), role=("Accounts Trainee", "Audit Assistant"), tz=("lk", "sur"))
mo("next_steps", "n2", "Documents needed by {dl}", "Dear {n},\n\nFor {role}, upload ID and two references before {dl}. Sorry, the portal chokes on files above 4 MB.\n\n{sig}\n{co}", ("Stabroek Gold Supply", "Konyo Konyo Wholesale Depot"), ("stabroekgold", "konyowholesale"), role=("Counter Salesperson", "Stores Clerk"), tz=("gy", "ss"))
mo("next_steps", "n3", "Take-home task – {role}", "Hi {n},\n\nA short take-home task for {role} comes next, due {dl}. Annoyingly our shared drive is down, so email the files.\n\n{sig}", ("Overgate Pixel Labs", "Osborne Street Apps"), ("overgatepixel", "osborneapps"), role=("Product Designer", "Mobile Developer"), tz=("dd", "mb"))
mo("next_steps", "n4", "Medical check – {role}", "Dear {n},\n\nBook the {role} pre-start medical before {dl}. Regrettably our clinic closes at midday Fridays.\n\n{sig}\n{co}", ("Assiniboine Canola Crushers", "Demerara Rice Millers"), ("assiniboinecanola", "demerarice"), role=("Shift Millwright", "Lab Assistant"), tz=("mb", "gy"))
mo("next_steps", "n5", "Reference forms – {role}", "Hello {n},\n\nKindly send two referee contacts for {role} by {dl}. Sadly our fax machine died, so email them.\n\n{sig}\n{co}", ("Galle Spice Exporters", "Juba Wave FM"), ("gallespice", "jubawavefm"), role=("Warehouse Picker", "News Reader"), tz=("lk", "ss"))
mo("offer", "f1", "Offer – {role}", "Hi {n},\n\n{role} at {co} is yours; first day {dl}. Unfortunately {co}'s canteen has builders in, so week-one lunches get paid by us at the corner café.\n\n{sig}", ("Walcot Bindery", "Claddagh Harp Works"), ("walcotbindery", "claddaghharp"), role=("Bindery Apprentice", "Finishing Technician"), tz=("uk", "ie"))
mo("offer", "f2", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nGood news from Kaunas: the role is yours. Contract attached; please sign it by {dl}. Sadly the e-sign tool is broken, so a scan will do.\n\n{sig}\n\n{GM}", ("Kaunas Cloudforge", "Wheat City Aviation School"), ("cloudforge-kaunas", "wheatcityaviation"), role=("Platform Engineer", "Ground Instructor"), tz=("lt", "mb"))
mo("offer", "f3", "Job offer – {role}", "Dear {n},\n\nHappy to offer {role} to you. Kindly confirm before {dl}. Unfortunately HR shifted floors, so collect badge at reception.\n\n{sig}\n{co}", ("Nanpura Diamond Polishers", "Ratnapura Gem Cutters"), ("nanpuradiam", "ratnapuragems"), role=("Pricing Analyst", "Sorter"), tz=("sur", "lk"))
mo("offer", "f4", "Offer letter", "Greetings {n},\n\nThe Management offers you the Site Clerk post, reporting {dl}. Unfortunately the compound gate is being repaired; enter by the small side gate.\n\n{sig}\nGudele Borehole Drillers", "Gudele Borehole Drillers", "gudeleborehole", tz="ss")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Status update: {role}", "Hi {n},\n\nRef {ref}, {role}: status now With Hiring Manager. No action from your side at present.\n\n{co} Careers", ("Assiniboine Canola Crushers", "Colombo Ledgerworks"), ("assiniboinecanola", "colomboledger"), role=("Lab Technician", "Tax Associate"), tz=("mb", "lk"))
mo("other_job", "s2", "Withdrawal confirmed – {role}", "Hello {n},\n\nDone: {role} is withdrawn at your request. Other {co} openings remain open to you any time.\n\n{sig}", ("Kaunas Cloudforge", "Tay Bridge Games Studio"), ("cloudforge-kaunas", "taybridgegames"), role=("SRE", "Audio Designer"), tz=("lt", "dd"))
mo("other_job", "s3", "{role}: hiring on hold", "Dear {n},\n\n{role} hiring is on pause till the board signs the new budget. Your file remains open and resumes once that happens.\n\n{sig}\n{co}", ("Ring Road Pharma Distributors", "Stabroek Gold Supply"), ("ringroadpharma", "stabroekgold"), role=("Pharmacist", "Store Clerk"), tz=("sur", "gy"))
mo("job_alert", "al1", "3 new roles near Dundee", "Hi {n},\n\nNew on the hub this week: Forklift Driver (Dundee), Warehouse Lead (Arbroath), Night Cleaner (Perth). Sorry for the late send; our mailer was down.{FOOT}", "Quorlby Careers Hub", "quorlbyhub", tz="dd")
mo("recruiter_outreach", "ro1", "A role that might suit you", "Hi {n},\n\nYour profile surfaced as I filled a {role} brief for a client of mine. Fancy a quick ten-minute natter on Thursday?\n\n{sig}\n{co}", ("Baltic Talent Bridge", "Ghod Dod Road Placements"), ("baltictalent", "ghoddodplace"), role=("Scrum Master", "Branch Manager"), tz=("lt", "sur"))
mo("non_job_rejection_words", "nj1", "Your car loan application", "Dear {n},\n\nYour car loan request to {co} went before the lending panel. Our lending panel has declined this car loan request. Our Nethergate branch posts the chief reasons free if you ask.\n\n{sig}", ("Tayside Mutual Credit", "Westman Prairie Credit Union"), ("taysidemutual", "westmancu"), tz=("dd", "mb"))
mo("non_job_rejection_words", "nj2", "Mashramani float ballot", "Morning {n},\n\nThanks fuh entering de ballot fuh a float slot. Unfortunately yuh entry wasn't drawn dis year. Try again next time.\n\n{sig}\nMashramani Committee", "Mashramani Committee", "mashcommittee", tz="gy")
mo("non_job_rejection_words", "nj3", "Flat on Ghod Dod Road", "Dear {n},\n\nRegret to inform the 2BHK flat you enquired about is given to another family. Kindly check our other listings.\n\n{sig}", "Athwalines Homes", "athwahomes", tz="sur")
mo("non_job_rejection_words", "nj4", "Rowing club membership", "Hi {n},\n\nYour request to join {co} arrived when the novice squad was already full, so no seat in the boat this season. Your name is added to the Nemunas reserve list.\n\n{sig}", "Nemunas Rowing Club", "nemunasrowing", tz="lt")
mo("non_job_rejection_words", "nj5", "Sports ground booking", "Greetings {n},\n\nYour request to book the Juba Stadium pitch for a Saturday tournament has not been approved. The date is already reserved.\n\n{sig}", "Juba Youth Sports Office", "jubasports", tz="ss")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Listed on Quorlby{ch}, a Quorlby trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Hiring <hiring@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("bristle", "Alder", "Kidderminster Brushworks", "kiddibrush", "uk", ("Bristlesetting bench – your application", "Hi {n},\n\nThanks for applying to our bristlesetting bench. A setter trained at the Bewdley brush shop got the stool, so that closes it.\n\n{sig}"), ("application_received", "Bristlesetting bench – received", "Hi {n},\n\nBristlesetting form safely here. Hired or turned away, either way the foreman phones everybody by Friday week.\n\n{sig}"))
pair("slate", "Birch", "Blaenau Roofslate Yard", "blaenauslate", "uk", ("Slatepegging post", "Dear {n},\n\nOur slatepegging post went to a Ffestiniog man with ten quarry years behind him. Diolch for your interest.\n\n{sig}"), ("interview", "Slatepegging – come and see us", "Dear {n},\n\nSlatepegging chat at the yard, {dl}, mid-morning. Unfortunately the top track got washed away, so park up by the chapel.\n\n{sig}"))
pair("bucket", "Cedar", "Spanish Town Tinsmiths", "spanishtowntin", "jm", ("Bucketriveting job", "Hi {n},\n\nYuh bucketriveting application reach we, but di work give to a next man who did apprentice here. Bless up.\n\n{sig}"), ("next_steps", "Bucketriveting trial", "Hi {n},\n\nCome do a bucketriveting trial piece before {dl}. Sorry, di workshop fan mash up, so it hot.\n\n{sig}"))
pair("barrow", "Damson", "Holetown Barrow & Cart", "holetownbarrow", "bb", ("Barrowmending vacancy", "Hi {n},\n\nDe barrowmending vacancy filled by a fella from St James who had he own tools. Thanks for trying we.\n\n{sig}"), ("offer", "Barrowmending – you're hired", "Hi {n},\n\nThe barrowmending job is yours, start {dl}. Sadly the shed roof leaking, so bring a jacket.\n\n{sig}"))
pair("flywheel", "Elm", "Kumasi Flywheel Works", "kumasiflywheel", "gh", ("Flywheeling technician application", "Dear {n},\n\nThank you for writing in as flywheeling technician. Management has chosen somebody whose Suame workshop years fit better. Wishing you well.\n\n{sig}"), ("application_received", "Flywheeling technician – received", "Dear {n},\n\nYour flywheeling letter reached Kumasi. Should Management pick another person, a letter informs you; if we phone, come ready for a practical.\n\n{sig}"))
pair("pipe", "Fir", "Maun Pipestem Carvers", "maunpipestem", "bw", ("Pipestemming role", "Dumela {n},\n\nPipestemming went to a Maun cooperative member. Good of you to write to us.\n\n{sig}"), ("interview", "Pipestemming – interview", "Dumela {n},\n\nPipestemming interview {dl}, nine. Unfortunately the borehole pump is broken, so bring water.\n\n{sig}"))
pair("tile", "Gean", "Lautoka Tileworks", "lautokatile", "fj", ("Tilesnapping crew", "Bula {n},\n\nVinaka for your tilesnapping note. Somebody else from Nadi got this opening.\n\n{sig}"), ("next_steps", "Tilesnapping – paperwork", "Bula {n},\n\nTilesnapping crew tax number due {dl}. Sorry, our printer is dead, so phone photos of documents are fine.\n\n{sig}"))
pair("ribbon", "Hazel", "Birgu Ribbon House", "birguribbon", "mt", ("Ribbonpleating apprenticeship", "Hi {n},\n\nThe ribbonpleating apprenticeship is taken by another applicant from Cospicua. Grazzi for waiting.\n\n{sig}"), ("offer", "Ribbonpleating – offer", "Hi {n},\n\nYou're our ribbonpleating apprentice from {dl}. Unfortunately the old loom room is closed, so you'll start upstairs.\n\n{sig}"))
pair("bell", "Ilex", "Loughborough Bell Tuners", "loughbells", "uk", ("Belltuning assistant", "Dear {n},\n\nYour belltuning application stops here; another candidate had foundry hours at the furnace. Thank you.\n\n{sig}"), ("application_received", "Belltuning assistant – acknowledgement", "Dear {n},\n\nYour belltuning application is received. Whatever the outcome, a letter from us follows within three weeks.\n\n{sig}"))
pair("quay", "Juniper", "Clarke Quay Ropers", "clarkequayropers", "sg", ("Quayroping hand", "Hi {n},\n\nQuayroping hand: this application is closed. Thanks for trying, ah.\n\n{sig}"), ("interview", "Quayroping hand – chat", "Hi {n},\n\nQuayroping chat on {dl}, 3pm, can? Sadly jetty office aircon spoil already.\n\n{sig}"))
pair("corn", "Larch", "Iloilo Cornshelling Co-op", "iloilocorn", "ph", ("Cornshelling operator", "Hi {n},\n\nSalamat for your cornshelling letter. The co-op board handed it to a member's son.\n\n{sig}"), ("next_steps", "Cornshelling operator – requirements", "Hi {n},\n\nBarangay clearance for cornshelling is due {dl}. Unfortunately our office stays shut Saturdays.\n\n{sig}"))
pair("drystack", "Medlar", "Kendal Drystack Walling", "kendaldrystack", "uk", ("Drystacking waller", "Hi {n},\n\nTa for your drystacking interest. A lad off the Howgills got the place, so that's it for now.\n\n{sig}"), ("offer", "Drystacking – start date", "Hi {n},\n\nThe drystacking job's yours from {dl}. Bad news: the van's knackered, so meet us at the field gate.\n\n{sig}"))
pair("cooper", "Nutmeg", "Speyside Coopertrussing Shop", "speysidetruss", "uk", ("Coopertrussing trainee", "Dear {n},\n\nThe coopertrussing trainee place was offered elsewhere, to a lad from Craigellachie. Thanks for asking.\n\n{sig}"), ("application_received", "Coopertrussing trainee – we've got it", "Dear {n},\n\nCoopertrussing form in hand. Shortlisted folk hear by phone; a silent month means we went elsewhere.\n\n{sig}"))
pair("jam", "Olive", "Nakuru Jar & Lid", "nakurujar", "ke", ("Jamlidding line", "Hello {n},\n\nJamlidding line, Nakuru: regrettably you were not picked.\n\n{sig}"), ("interview", "Jamlidding line – interview", "Hello {n},\n\nJamlidding interview {dl}, ten a.m.. Regrettably roadworks block the main gate; use gate 2.\n\n{sig}"))
pair("lathe", "Poplar", "Hamilton Lathe Shop", "hamiltonlathe", "cae", ("Lathetrueing machinist", "Hi {n},\n\nLathetrueing spot went to a guy already on our second shift. Thanks anyway.\n\n{sig}"), ("next_steps", "Lathetrueing – safety quiz", "Hi {n},\n\nLathetrueing safety quiz due {dl}. Unfortunately the quiz needs a desktop.\n\n{sig}"))
pair("forge", "Quince", "Pittsburgh Forgeblowing Guild", "pghforge", "use", ("Forgeblowing assistant", "Hi {n},\n\nForgeblowing assistant: the Guild went with other applicants. Appreciate your time.\n\n{sig}"), ("offer", "Forgeblowing assistant – offer", "Hi {n},\n\nForgeblowing assistant offer attached, start {dl}. Sorry, the break room fridge quit on us.\n\n{sig}"))
pair("mop", "Rowan", "Wairarapa Mopwringing Works", "wairarapamop", "nz", ("Mopwringing operator", "Kia ora {n},\n\nMopwringing operator went to someone with Masterton plant years. Thanks heaps for applying.\n\n{sig}"), ("application_received", "Mopwringing operator – got it", "Kia ora {n},\n\nMopwringing form received. Yes, no or maybe, Mereana rings before the month ends.\n\n{sig}"))
pair("bolt", "Sallow", "Geelong Bolt Sorters", "geelongbolt", "au", ("Boltsorting hand", "G'day {n},\n\nBoltsorting spot is filled now, mate. Thanks for having a go.\n\n{sig}"), ("interview", "Boltsorting hand – meet us", "G'day {n},\n\nBoltsorting yarn {dl}, 7:30. Sadly our car park's under water; use Moorabool St.\n\n{sig}"))
pair("crock", "Teak", "Stellenbosch Crocksealers", "stellcrock", "za", ("Crocksealing post", "Hi {n},\n\nCrocksealing post: another applicant got it. Thank you and good luck.\n\n{sig}"), ("next_steps", "Crocksealing – documents", "Hi {n},\n\nCrocksealing ID copy due {dl}. Sorry, the fax line is down.\n\n{sig}"))
pair("lid", "Ulmus", "Athlone Lidhinging Works", "athlonelid", "ie", ("Lidhinging operative", "Hi {n},\n\nLidhinging job went to a Moate lad. Thanks a million for trying.\n\n{sig}"), ("offer", "Lidhinging – welcome aboard", "Hi {n},\n\nLidhinging is yours from {dl}. Unfortunately the canteen's shut while painters are in.\n\n{sig}"))
pair("peg", "Vine", "Grand Rapids Pegsanding Shop", "grpegsand", "use", ("Pegsanding role", "Hi {n},\n\nPegsanding application: not moving on with it. Thank you for applying.\n\n{sig}"), ("application_received", "Pegsanding role – received", "Hi {n},\n\nPegsanding form here. A pass arrives by email; a yes arrives by text.\n\n{sig}"))
pair("tank", "Walnut", "Halifax Tankcaulking Ltd", "halifaxtank", "ns", ("Tankcaulking helper", "Hi {n},\n\nTankcaulking helper went to another candidate from Dartmouth.\n\n{sig}"), ("interview", "Tankcaulking helper – interview", "Hi {n},\n\nTankcaulking interview {dl}, eleven. Sadly the shop door is jammed; come via the loading bay.\n\n{sig}"))
pair("silo", "Yew", "Lethbridge Siloscraping Crew", "lethsilo", "usm", ("Siloscraping crew", "Hi {n},\n\nSiloscraping crew is full; returning hands took every spot.\n\n{sig}"), ("next_steps", "Siloscraping crew – harness fitting", "Hi {n},\n\nSiloscraping harness fitting must be booked before {dl}. Unfortunately the office phone died, so text.\n\n{sig}"))
pair("pewter", "Zelkova", "Sheffield Pewterbuffing Rooms", "sheffpewter", "uk", ("Pewterbuffing bench", "Dear {n},\n\nPewterbuffing bench place: another applicant got it. Thank you for applying.\n\n{sig}"), ("application_received", "Pewterbuffing bench – received", "Dear {n},\n\nPewterbuffing application received. Hired or not, our letter follows in a fortnight.\n\n{sig}"))
pair("mat", "Kauri", "Rotorua Matweaving Studio", "rotoruamat", "nz", ("Matweaving tutor", "Kia ora {n},\n\nMatweaving tutor went to a kuia from our marae. Ngā mihi for applying.\n\n{sig}"))
wo("job_alert", "alert", "New trade jobs this week", "Hi {n},\n\nFresh on Quorlby boards: slatepegging (Gwynedd), tilesnapping (Lautoka), bolt sorting (Geelong). Sorry this alert was late; our server was down.", "Quorlby Boards", "quorlbyboards", tz="uk")
wo("non_job_rejection_words", "mooring", "Mooring permit request", "Hi {n},\n\nRhu Pier Trust declined the summer mooring you asked for; every berth is already allocated. Sorry we can't help this year.\n\n{sig}", "Rhu Pier Trust", "rhupier", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <talent@{dom}>"
    wr(fam + "-" + lang, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam + "-" + lang, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("nizwa", "ar", "مشغل نزوى للفضة", "nizwasilver", "om", ("بخصوص طلب وظيفة صائغ", "عزيزتي {n}،\n\nشكراً لرسالتك إلى مشغل نزوى. ذهب مكان الصائغ إلى شاب من بهلاء يتقن نقش الخناجر، وبهذا يُغلق طلبك.\n\nمع التحية،\n{sig}"), ("application_received", "وصلنا طلبك", "عزيزتي {n}،\n\nاستلمنا طلبك لوظيفة صائغ. سواء قُبلت أم لا، سنرسل لك الجواب خلال أسبوعين.\n\n{sig}"))
lp("bamberg", "de", "Orgelbau Regnitz Bamberg", "orgelbau-regnitz", "de", ("Ihre Bewerbung als Orgelbauer", "Hallo {n},\n\ndanke, dass Sie an die Regnitzwerkstatt geschrieben haben. Die Stelle am Pfeifenstock geht an einen Mitbewerber mit Intonationspraxis; für Sie wird es diesmal eine Absage.\n\nFreundliche Grüße\n{sig}"), ("interview", "Einladung zum Werkstattgespräch", "Hallo {n},\n\nGesprächstermin am Pfeifenstock: {dl}, vormittags gegen zehn. Leider bleibt unser Hof wegen Kanalarbeiten zu, also bitte durch das Gartentor.\n\n{sig}"))
lp("toledo", "es", "Forja Tajo de Toledo", "forjatajo", "es", ("Tu candidatura de forjador", "Hola {n}:\n\nGracias por tu carta a la fragua. La plaza de forjador la ocupa ya un aprendiz de Sonseca, y con esta carta cerramos tu candidatura en Toledo.\n\nUn saludo,\n{sig}"), ("next_steps", "Prueba práctica de forja", "Hola {n}:\n\nToca una prueba de yunque; avísanos como tarde el {dl}. Por desgracia la estufa de la fragua se ha roto, así que trae jersey.\n\n{sig}"))
lp("grasse", "fr", "Laboratoire Parfums Bellevue Grasse", "bellevuegrasse", "fr", ("Votre candidature : assistant·e de laboratoire", "Bonjour {n},\n\nMerci d'avoir écrit au labo Bellevue. Une diplômée de l'école de Grasse prend ce poste d'assistant·e, et ce courriel referme votre dossier chez Bellevue.\n\nBien cordialement,\n{sig}"), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nExcellente nouvelle côté Bellevue : ce poste d'assistant·e vous attend, début le {dl}. Malheureusement la cour du labo est fermée pour travaux.\n\n{sig}"))
lp("agra", "hi", "आगरा संगमरमर जड़ाई कार्यशाला", "agrainlay", "in", ("जड़ाई कुर्सी के बारे में", "नमस्ते {n} जी,\n\nताजगंज पच्चीकारी घर आपकी चिट्ठी पाकर ख़ुश हुआ। जड़ाई वाली कुर्सी फ़तेहाबाद वाले मुनव्वर मियाँ को मिली, और आपकी चिट्ठी फ़ाइल में बंद हो गई।\n\nराम राम,\n{sig}"), ("interview", "ताजगंज में मुलाक़ात", "नमस्ते {n} जी,\n\nपच्चीकारी पर गपशप {dl} को ताजगंज घर में। मुश्किल यह कि बड़े गेट का कुंडा टूटा पड़ा है, गली चार वाले दरवाज़े से आइएगा।\n\n{sig}"))
lp("parma", "it", "Telai Bici Parma", "telaiparma", "it", ("La tua candidatura come saldatore", "Ciao {n},\n\ngrazie della mail alla bottega. La saldatura dei telai passa a un ragazzo di Fidenza, quindi la tua domanda si chiude qui.\n\nA presto,\n{sig}"), ("application_received", "Candidatura ricevuta", "Ciao {n},\n\nla tua domanda per la saldatura dei telai è arrivata in bottega. Sì oppure no, Ornella o Gianmarco ti scrivono entro dieci giorni.\n\n{sig}"))
lp("sakai", "ja", "堺刃物工房", "sakaiblades", "jp", ("研ぎ師募集へのご応募について", "{n}様\n\n堺の工房へお便りをありがとうございました。研ぎ場の席は、長年包丁を研いできた別の方にお願いすることになりました。\n\n{sig}"), ("next_steps", "実技課題のご案内", "{n}様\n\n次の段階として実技課題をお送りします。{dl}までにご提出ください。あいにく工房の電話が故障中のため、メールでご連絡ください。\n\n{sig}"))
lp("daegu", "ko", "대구 안경테 공방", "daegueyewear", "kr", ("안경테 제작직 지원 결과", "{n}님께,\n\n대구 안경테 공방에 보내 주신 편지 잘 받았습니다. 이번 자리는 칠성시장 근처에서 오래 일한 분께 돌아갔습니다. 앞날에 행운을 빕니다.\n\n{sig}"), ("offer", "채용 제안", "{n}님께,\n\n대구 공방에서 함께 안경테를 만들어요. 첫 출근은 {dl}입니다. 아쉽게도 공방 앞 골목이 파헤쳐져 있어 지하철로 오시는 게 편합니다.\n\n{sig}"))
lp("evora", "pt", "Selaria Alentejana de Évora", "selariaevora", "pt", ("Candidatura a seleiro", "Olá {n},\n\nObrigado pela carta à selaria. O lugar de seleiro ficou com um rapaz de Estremoz, e a sua carta fica arquivada na selaria de Évora.\n\nCumprimentos,\n{sig}"), ("offer", "Proposta de trabalho – seleiro", "Olá {n},\n\nBem-vindo à selaria: começa a {dl}. Infelizmente a cafeteira da oficina avariou de vez.\n\n{sig}"))
lp("tula", "ru", "Тульская самоварная мастерская", "tulasamovar", "ru", ("Ваш отклик на вакансию лудильщика", "Здравствуйте, {n}!\n\nсамоварная мастерская получила ваше письмо, спасибо. Место лудильщика занял мастер из Алексина, так что ваш отклик на этом закрыт.\n\nС уважением,\n{sig}"), ("application_received", "Ваш отклик получен", "Здравствуйте, {n}!\n\nписьмо про место лудильщика дошло до Тулы. Возьмём или нет — Ольга или Степан напишут через две недели.\n\n{sig}"))
lp("arusha", "sw", "Gereji ya Magari ya Safari Arusha", "arushagarage", "tz", ("Maombi ya kazi ya fundi", "Habari {n},\n\nAsante kwa barua yako kwa gereji. Nafasi ya fundi wa Land Cruiser imechukuliwa na kijana wa Usa River, kwa hiyo maombi yako yanaishia hapa.\n\nWako,\n{sig}"), ("next_steps", "Hatua inayofuata", "Habari {n},\n\nVyeti vya ufundi vinahitajika kabla ya {dl}. Kwa bahati mbaya simu ya gereji imekufa, tuma kwa barua pepe.\n\n{sig}"))
lp("chiangmai", "th", "โรงแกะสลักไม้เชียงใหม่", "cmwoodcarve", "th", ("ผลการสมัครตำแหน่งช่างแกะสลัก", "สวัสดีค่ะ น้อง{n}\n\nขอบคุณที่ส่งจดหมายถึงโรงแกะสลักบ้านถวาย ตำแหน่งช่างแกะได้ช่างจากหางดงไปแล้ว\n\nขอให้โชคดีนะคะ\n{sig}"), ("interview", "เชิญสัมภาษณ์", "สวัสดีค่ะ น้อง{n}\n\nนัดคุยเรื่องงานแกะสลักวันที่ {dl} ช่วงสาย น่าเสียดายลานหน้าโรงแกะสลักกำลังเทปูน จอดรถที่วัดข้างๆได้\n\n{sig}"))
lp("antep", "tr", "Gaziantep Bakırcılar Atölyesi", "antepbakir", "tr", ("Bakırcı kalfa başvurunuz", "Merhaba {n},\n\nBakırcılar çarşısına yazdığınız için sağ olun. Kalfalık yeri Nizip'ten bir ustaya verildi, başvurunuz burada kapanıyor.\n\nSaygılarımızla,\n{sig}"), ("offer", "İş teklifi", "Merhaba {n},\n\nKalfalık yeri sizin; ilk gün {dl}. Maalesef çarşıdaki atölyenin vantilatörü bozuldu.\n\n{sig}"))
lp("lahore", "ur", "لاہور ٹرک آرٹ اسٹوڈیو", "lahoretruckart", "pk", ("پینٹر کی اسامی کے لیے درخواست", "محترمہ {n}،\n\nٹرک آرٹ اسٹوڈیو کو خط لکھنے کا شکریہ۔ پینٹر کی جگہ بادامی باغ کے ایک کاریگر کو مل گئی ہے، چنانچہ اسٹوڈیو آپ کی فائل بند کر رہا ہے۔\n\nخیر اندیش،\n{sig}"))
lp("yiwu", "zh", "义乌玩具批发行", "yiwutoys", "cn", ("关于您应聘仓库主管一事", "{n}您好：\n\n谢谢您给义乌批发行来信。仓库主管的位子已经给了一位在篁园市场干了多年的同事，您的申请到此结束。\n\n祝好，\n{sig}"), ("next_steps", "下一步：在线测评", "{n}您好：\n\n请于{dl}前完成在线测评。很遗憾，我们的办公电话线路故障，有问题请发邮件。\n\n{sig}"))
lp("olot", "cat", "Joguines de Fusta d'Olot", "joguinesolot", "es", ("La teva candidatura de fuster", "Hola {n},\n\nGràcies pel correu al taller de joguines. La plaça de fuster l'ocupa un noi de Castellfollit, i amb aquest correu tanquem la teva candidatura d'Olot.\n\nSalutacions,\n{sig}"), ("application_received", "Hem rebut la teva candidatura", "Hola {n},\n\nEl teu correu per a la plaça de fuster ha arribat a Olot. Sigui sí o sigui no, la Montserrat o en Jordi t'escriuran d'aquí a quinze dies.\n\n{sig}"))
lp("compostela", "glg", "Obradoiro de Azabache Compostela", "azabachecompostela", "es", ("A túa candidatura de xoieiro", "Ola {n},\n\nGrazas polo correo ao obradoiro. O banco de xoieiro quedou para un rapaz de Padrón, e pechamos a túa candidatura con este correo.\n\nSaúdos,\n{sig}"), ("interview", "Entrevista no obradoiro", "Ola {n},\n\nConversa no obradoiro de azabache o {dl}, media mañá. Por desgraza a porta grande está en obras; entra pola rúa da Troia.\n\n{sig}"))
lp("oudtshoorn", "afr", "Oudtshoorn Volstruisplaas", "oudtshoornvolstruis", "za", ("Jou aansoek as plaaswerker", "Hallo {n},\n\nDankie vir jou brief aan die volstruisplaas. Die plaaswerkerpos het na 'n jong man van De Rust gegaan, en ons sluit jou aansoek met hierdie brief af.\n\nVriendelike groete,\n{sig}"), ("next_steps", "Volgende stap", "Hallo {n},\n\nOns het jou ID-afskrif nodig voor {dl}. Ongelukkig is die plaasfaks stukkend, e-pos dit eerder.\n\n{sig}"))
lp("akureyri", "isl", "Bókabúð Akureyrar", "bokabudak", "is", ("Umsókn um starf afgreiðslumanns", "Góðan dag {n},\n\nTakk fyrir bréfið til bókabúðarinnar. Afgreiðslustarfið fékk ungur maður frá Dalvík, svo umsókn þín endar hér.\n\nKveðja,\n{sig}"), ("offer", "Starfstilboð", "Góðan dag {n},\n\nAfgreiðslustarfið í bókabúðinni er þitt frá {dl}. Því miður er kaffivélin í kaffistofunni biluð.\n\n{sig}"))
lp("alesund", "nor", "Ålesund Urmakerverksted", "alesundur", "no", ("Din søknad som urmakerlærling", "Hei {n},\n\nTakk for brevet til urmakerverkstedet. Lærlingplassen gikk til en ung mann fra Sykkylven, og vi lukker søknaden din med dette brevet.\n\nHilsen\n{sig}"), ("interview", "Invitasjon til intervju", "Hei {n},\n\nVi tar en prat på verkstedet {dl}, formiddag. Dessverre står heisen i Kongens gate stille, så bruk trappa.\n\n{sig}"))
lp("aalborg", "dan", "Aalborg Møbelrestaurering", "aalborgmobel", "dk", ("Din ansøgning som møbelpolstrer", "Hej {n},\n\nVærkstedet takker for dit brev. Polstrerpladsen gik til en ung kvinde fra Nørresundby, og vi lukker din ansøgning med denne mail.\n\nVenlig hilsen\n{sig}"), ("offer", "Jobtilbud", "Hej {n},\n\nPolstrerpladsen i Aalborg er din fra {dl}. Desværre er frokoststuen lukket, mens gulvet lægges om.\n\n{sig}"))
lp("tampere", "fin", "Tampereen Saunarakentajat", "tamperesauna", "fi", ("Hakemuksesi kirvesmieheksi", "Hei {n},\n\nKiitos kirjeestä saunaveistämölle. Kirvesmiehen paikka meni nuorelle miehelle Orivedeltä, joten hakemuksesi päättyy tähän.\n\nTerveisin,\n{sig}"), ("application_received", "Hakemuksesi on vastaanotettu", "Hei {n},\n\nKirjeesi kirvesmiehen paikasta tuli perille. Valitaan tai ei, Riikka tai Juhani vastaa kahden viikon päästä.\n\n{sig}"))
lp("tallinn", "est", "Tallinna Suusameistrid", "tallinnasuusk", "ee", ("Sinu kandideerimine suusameistriks", "Tere {n},\n\nAitäh kirja eest suusatöökotta. Meistri koha sai noormees Otepäält, nii et sinu avaldus lõpeb siin.\n\nParimat,\n{sig}"), ("next_steps", "Järgmine samm", "Tere {n},\n\nSoovitajate nimed palun enne {dl}. Töökoja telefon on kahjuks katki, seega saada kiri.\n\n{sig}"))
lp("ljubljana", "slv", "Harmonike Ljubljana", "harmonikelj", "si", ("Vaša prijava za izdelovalca harmonik", "Pozdravljeni {n},\n\nHvala za pismo delavnici harmonik. Mesto izdelovalca je dobil mladenič iz Begunj, in s tem pismom vašo prijavo zaključujemo.\n\nLep pozdrav,\n{sig}"), ("interview", "Vabilo na razgovor", "Pozdravljeni {n},\n\nPogovor v delavnici harmonik bo {dl}, dopoldne. Žal je dvorišče za delavnico razkopano.\n\n{sig}"))
lp("kragujevac", "srp", "Ауто-делови Крагујевац", "autodelovikg", "rs", ("Ваша пријава за магационера", "Поштовани {n},\n\nХвала на писму продавници ауто-делова. Место магационера добио је момак из Баточине, и овим писмом затварамо вашу пријаву у Крагујевцу.\n\nСрдачан поздрав,\n{sig}"), ("application_received", "Пријава је примљена", "Поштовани {n},\n\nВаше писмо за место магационера стигло је у Крагујевац. Примљени или не, Ивана или Милош пишу вам за две недеље.\n\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
    "glg": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 190; slice 191, this slice and any later one are skipped by number."""
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
