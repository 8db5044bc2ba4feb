# ruff: noqa: E501, S311
"""Write the ninety-first sealed blind slice for issue 11 (blind-slice-91.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 90; slice 91 and later never read; our side printed)
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

SEED = 910911
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-91.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 91
SKIP_FROM = 91  # this slice, slice 92 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 2, 10)
LAST_DRAW = dt.date(2026, 11, 14)  # a Saturday; moved to Monday 16 November at the latest


RECIPIENTS = [
    "Rosalind Pettigrew", "Fiachra Dunleavy", "Anjali Sethuraman", "Jarrah Whitlock", "Sipho Ndlovu-Grey",
    "Tamati Kereama", "Imogen Bellweather", "Órlaith Ní Chonaill", "Chidubem Okafor", "Wilhelmina Crabtree",
    "Yetunde Abiodun", "Lindiwe Mabaso", "Harish Subramaniam", "Saoirse Kinsella", "Chinonso Eze",
    "Dakota Brzezinski", "Aroha Whaanga", "Ruairí Brennan", "Lakshmi Iyengar", "Colm Ó Súilleabháin",
    "Kagiso Molefe", "Zainab Chaudhry", "Rohan Deshpande", "Wanjiru Kamau", "Sorcha Fitzmaurice",
    "Jovelyn Macaraeg", "Tochukwu Nnaji", "Pavithra Ramesh", "Kerensa Trevithick", "Amarachi Uzor",
    "Beatrix Hollingworth", "Sneha Kulkarni", "Jeptoo Chelimo", "Mathieu Gagnon", "Pádraig Ó Riain",
    "Rowena Castillo", "Perpetua Aldridge", "Sione Vaipulu", "Nandini Mukherjee", "Fraser McIlwraith",
]
REGION_SIGNERS = {
    "uk": ["Hermione Sadler", "Rhodri Pugh", "Nasreen Bibi", "Ptolemy Garside", "Ailsa Buchanan", "Kwame Asante-Lowe"],
    "ie": ["Bláthnaid Curran", "Tadhg Moynihan", "Ailbhe Keegan", "Fergal Nagle"],
    "us": ["Rosalind Okoye-Baptiste", "Dwayne Hostetler", "Marisol Arredondo", "Gunnar Halvorsen", "Tovah Bernstein"],
    "ca": ["Mélanie Thibodeau", "Gurpreet Dhillon", "Taras Kowalchuk", "Angus MacNeil"],
    "au": ["Kirra Lawson", "Spiros Kalogeropoulos", "Tegan Hallett", "Minh Nguyen"],
    "nz": ["Ngaio Paewai", "Rangi Poutama", "Fetu Leota", "Briar Maclennan"],
    "za": ["Busisiwe Khumalo", "Jaco van Wyk", "Lerato Mokoena", "Marelize Steyn"],
    "in": ["Gayathri Balasubramanian", "Sandeep Malhotra", "Farheen Siddiqui", "Venkatesh Rao"],
    "ng": ["Modupe Adeyemi", "Chukwuemeka Anozie"], "ke": ["Nyambura Gitau", "Kiprop Langat"],
    "ph": ["Rowena Dimaculangan", "Jun-Jun Soriano"], "sg": ["Lim Xiu Ling", "Ravi Shanmugam"],
    "pl": ["Agnieszka Wróbel", "Tomasz Lis"], "it": ["Federica Zanetti", "Matteo Colombo"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["ريم العتيبي", "منى الشمري"], "de": ["Heike Schwarzer", "Jonas Albrecht"],
    "es": ["Montserrat Iglesias", "Íñigo Larrañaga"], "fr": ["Maëlle Le Goff", "Thibault Garnier"],
    "hi": ["सुनीता जोशी", "राजेश त्रिपाठी"], "it": ["Elisa Marchetti", "Paolo Bertolini"],
    "ja": ["佐々木 美穂", "中村 大輔"], "ko": ["이서연", "최민호"], "pt": ["Beatriz Carvalho", "Inês Tavares"],
    "ru": ["Наталья Белова", "Сергей Волков"], "sw": ["Mwanaisha Bakari", "Hamisi Omari"],
    "th": ["สุดารัตน์ ทองดี", "วิไลวรรณ ศรีสุข"], "tr": ["Elif Yıldız", "Burak Şahin"],
    "ur": ["شازیہ خان", "عمران حیدر"], "zh": ["李雪梅", "张建国"],
    "cat": ["Núria Puigdemont", "Jordi Casals", "Montse Vilaró"], "afr": ["Elmarie Coetzee", "Francois Louw", "Riana Bezuidenhout"],
    "nor": ["Ingvild Haugen", "Øystein Berg", "Siri Nygaard"], "fin": ["Riikka Lehtonen", "Jukka Mäkinen"],
    "hun": ["Szabó Katalin", "Tóth Gergely"], "ell": ["Ελένη Παπαδοπούλου", "Νίκος Γεωργίου"],
    "hrv": ["Ivana Marić", "Tomislav Babić"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة القحطاني", "سارة المطيري"], "de": ["Katharina Ebert", "Moritz Hoffmann"],
    "es": ["Lucía Berrocal", "Sergio Olmedo"], "fr": ["Océane Lefèvre", "Julien Perrin"],
    "hi": ["पूजा वर्मा", "विकास सिंह"], "it": ["Martina Guidi", "Alessandro Rinaldi"],
    "ja": ["小林 葵", "高橋 蓮"], "ko": ["윤서아", "강도윤"], "pt": ["Mariana Sousa", "Tiago Moreira"],
    "ru": ["Анна Морозова", "Иван Лебедев"], "sw": ["Neema Massawe", "Juma Mwakyusa"],
    "th": ["กนกวรรณ ใจดี", "ปิยะพงษ์ สุขสวัสดิ์"], "tr": ["Deniz Aydın", "Can Koç"],
    "ur": ["عائشہ ملک", "مریم نواز"], "zh": ["赵晓雯", "孙浩然"],
    "cat": ["Laia Ferrer", "Pol Serra", "Clàudia Soler"], "afr": ["Anri Pretorius", "Wian Joubert", "Lize Malan"],
    "nor": ["Marte Solberg", "Eirik Dahl", "Kari Lunde"], "fin": ["Aino Virtanen", "Eetu Korhonen"],
    "hun": ["Kovács Réka", "Nagy Bence"], "ell": ["Μαρία Κωνσταντίνου", "Γιώργος Αλεξίου"],
    "hrv": ["Petra Kovačević", "Luka Horvat"],
}
GIVEN = {
    "Órlaith Ní Chonaill": "Órlaith", "Colm Ó Súilleabháin": "Colm", "Pádraig Ó Riain": "Pádraig", "Lim Xiu Ling": "Xiu Ling",
    "Sipho Ndlovu-Grey": "Sipho", "Jaco van Wyk": "Jaco", "Szabó Katalin": "Katalin", "Tóth Gergely": "Gergely",
    "Kovács Réka": "Réka", "Nagy Bence": "Bence", "Rosalind Okoye-Baptiste": "Rosalind", "Kwame Asante-Lowe": "Kwame",
}
PROVIDERS = ["mossmail", "pebblepost", "quillbox", "thistlemail", "cairnpost", "ferrymail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "hr": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "sa": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "wa": ("+0800", None, ""), "nz": ("+1200", "+1300", "nz"),
}


US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind91-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHi {sf}, Thursday's look round the store was a treat. Manual-handling card attached (valid to April 2027); Mr Odusanya-Fell, my referee, answers after four.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition R-{ref} ({role}): status change", "Dear {n},\n\nRequisition R-{ref} for {role} has been closed by the hiring team with no appointment made. {x}. Your candidacy for this requisition ends with that closure.\n\nOther requisitions you've applied to carry on as normal.\n\n{co} Talent Operations",
   co=("Brindlecombe Foods", "Harkaway Freight"), dom=("brindlecombe-foods", "harkaway-freight"), role=("Night Hygiene Operative", "Yard Marshal"), tz=("uk", "usc"), frm="{co} Careers <wd-notify@{dom}>",
   x=("Overnight sanitation at the Pensford site passes to a cleaning contractor from next quarter", "The cross-dock shift it belonged to has been folded into the southern depot"))
mr("gh", "Your application to {co}", "Hi {n},\n\nBoth rounds for {role} are done, and thank you for sitting through them. The second finalist took our offer this week ({y} starts soon), which closes the search.\n\n{x}\n\nWarmly,\n{sig}\nPeople Team, {co}",
   co=("Quillfeather Instruments", "Sparrowgate Bakeries"), dom=("quillfeather", "sparrowgate"), role=("Calibration Technician", "Dough Room Lead"), tz=("cae", "au"), y=("she", "he"),
   x=("The notes from your bench test were strong and the panel wanted you to hear that.", "Your proving-schedule answer stuck with everyone on the panel."))
mr("lv", "{role} at {co}", "Hello {n},\n\n{role}: the decision is in, and it's another applicant we're hiring. Your questionnaire answers were thoughtful, truly.\n\nWith your say-so we'll keep your profile {x} months for anything alike. Reply ERASE and it's wiped today.\n\n{sig}, {co}",
   co=("Ajwain Row Spice Co", "Old Flintpit Cyder"), dom=("ajwainrow", "oldflintpitcyder"), role=("Grinding Room Assistant", "Cellar Hand"), tz=("uk", "nz"), x=("eleven", "fourteen"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><p>Latest on your file:</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Closed – filled by {x}</td></tr></table><p>Thank you for applying to {co}.</p></body></html>",
   co=("Sandbar Line Ferries", "Grand Frangipani Hotels"), dom=("sandbarline", "grandfrangipani"), role=("Deckhand (Seasonal)", "Night Porter"), tz=("ie", "sg"), frm="{co} Recruitment <jobs@{dom}>",
   x=("a rating moving across from our upriver crossing", "a colleague transferring from our harbourfront property"))
mr("ic", "{co}: {role} – application outcome", "Dear {n},\n\nYour application for {role} (ref {ref}) has been marked Not Selected – {x}. It is a must-have on the posting, so the file stops at screening.\n\nOnce it's held, a fresh application is welcome.\n\n{co} Recruiting",
   co=("Redgum Haulage", "Northshore Transit"), dom=("redgumhaulage", "northshoretransit"), role=("Tanker Driver", "Coach Operator"), tz=("wa", "cap"), frm="{co} Recruiting <ats-mailer@{dom}>",
   x=("Dangerous Goods Licence Not Provided", "Class 2 Licence With Air Brake Endorsement Not Provided"))
mr("tl", "Posting {ref} cancelled: {role}", "Dear {n},\n\nA message to all {role} applicants. We've pulled the posting since {x}; recruitment stops here, and with it your application.\n\nWith thanks from {co}.\n\nHuman Resources",
   co=("Fernleigh Fairways Estate", "Slough Creek Rec Centre"), dom=("fernleigh-estate", "sloughcreekrec"), role=("Greenkeeper", "Concessions Supervisor"), tz=("za", "cam"), frm="{co} HR <hr@{dom}>",
   x=("the course maintenance contract has been renewed with our current grounds company", "the rec centre board has handed the concession stands to the minor hockey association"))
mr("wk", "Thanks from {co}", "Hi {n},\n\n{x} applications for {role}, a record. We could only bring {y} in for paid trials, and you missed the cut.\n\nGood luck out there,\n{sig}\n{co}",
   co=("Hayfork & Plate", "Copperline Brewhouse"), dom=("hayforkplate", "copperlinebrew"), role=("Line Cook", "Brewhouse Assistant"), tz=("usp", "ie"), x=("Eighty-one", "One hundred and twelve"), y=("six", "four"))
mr("bh", "{role} – update", "Hello {n},\n\nAfter talking it through, {co} won't be hiring for {role} after all. {x}\n\nWe appreciated hearing from you and wish you well.\n\n{sig}",
   co=("Dabchick Bikes", "Brackenridge Crag Hall"), dom=("dabchickbikes", "brackenridgecrag"), role=("Weekend Mechanic", "Route Setter"), tz=("uk", "cae"),
   x=("Our two part-time mechanics asked for the Saturday hours and we've agreed.", "A setter who worked with us before her maternity leave is coming back into the role."))
mr("tt", "Your application at {co}", "Dear {n},\n\nmany thanks for applying as {role}. The selection is finished and we took another candidate, {x}. Sorry to bring you this.\n\nDocuments are held six months, then erased by the system.\n\nKind regards\n{sig}\n{co}",
   co=("Zanetti Liuteria", "Wróbel Ceramika"), dom=("zanetti-liuteria", "wrobel-ceramika"), role=("Varnishing Assistant", "Glost Placer"), tz=("it", "pl"),
   x=("who did already three years in a workshop in Bisignano", "who knows our glazes from an internship last summer"))
mr("pp", "{role} – shortlisting result", "Dear {n},\n\nShortlisting for {role} is done. Yours scored {x}; we interviewed from {y} upward, so there is no interview invitation this time.\n\nFor the panel's short notes on your score, just reply inside ten working days.\n\nRecruitment Team\n{co}",
   co=("Severnside Wetlands Trust", "Tanat Valley Heritage Railway"), dom=("severnside-wetlands", "tanatvalleyrailway"), role=("Reserve Warden", "Carriage Restoration Assistant"), tz=("uk", "uk"), x=("14 of 40", "12 of 36"), y=("25", "21"), frm="{co} Recruitment <notifications@{dom}>")
mr("jz", "{co} – {role}", "Hi {n},\n\nOur hiring crew liked you a lot. Even so, {role} is filled, by {x}, and the search is closed.\n\nThanks again for your time,\n{sig}",
   co=("Highline Air Arts", "Coyote Draw Adventure Park"), dom=("highlineairarts", "coyotedrawpark"), role=("Rigging Assistant", "Zipline Guide"), tz=("usm", "usc"),
   x=("a rigger who toured with us last season", "a guide certified on our exact braking system"))
mr("ab", "Application update – {role}", "Hi {n}! Maraming salamat for applying as {role} with {co}. After looking at everyone, the choice went to {x}. Your sample task was really appreciated.\n\nIngat always,\n{sig}\n{co} Hiring",
   co=("Mabini Kawayan Cooperative", "Sitio Kalamansi Farms"), dom=("mabinikawayan", "kalamansifarms"), role=("Workshop Coordinator", "Packing Supervisor"), tz=("ph", "ph"),
   x=("another applicant from our own barangay", "someone who already supervised a packing line"))
mr("cl", "{role} – outcome of shortlisting", "Dear {n},\n\nRef: {ref} – {role}\n\nThe panel has now shortlisted for the above post, and I must tell you the shortlist does not include your name. Because of the numbers, individual feedback is regrettably impossible.\n\nYours faithfully\n{sig}\nHR Services, {co}",
   co=("Ashcombe District Council", "Lough Sheelin Education and Training Board"), dom=("ashcombe-dc", "loughsheelin-etb"), role=("Parks Officer", "Caretaker Grade 2"), tz=("uk", "ie"))
# once (14 small employers)
mr("s1", "the Saturday job", "Hi {n}, cheers for dropping your CV off. Our Janet's lad is done at college and he'll be doing Saturdays at the record shop now. Sorry to mess you about.\n{sig}\n{co}", co="Grooves & Crackle Records", dom="groovescrackle", tz="uk")
mr("s2", "Re: yard position", "{n}, good talking Friday. The brother's young lad came home from Australia and himself gave him the yard job, so it's gone. Best of luck with it.\n{sig}\n{co}", co="Mulcahy Timber & Slate", dom="mulcahytimber", tz="ie")
mr("s3", "counter job", "Hey {n}, nice meeting you at the deli. My cousin's girl lost her job at the bank and she starts at the counter Monday, so that's that. Good luck, hon.\n{sig}, {co}", co="Dilly's Brinery", dom="dillysbrinery", tz="use")
mr("s4", "Deckhand for the season", "Hi {n}, appreciated your note about the tour boat. It'll be just me and my brother running the boat this season, so no hand needed. All the best.\n{sig}\n{co}", co="Bayfront Murre Tours", dom="bayfrontmurre", tz="cat")
mr("s5", "picking job", "G'day {n}, thanks for ringing about picking. Both of the Pattersons' girls are back from varsity till February and they've nabbed the spots. Cheers and good luck.\n{sig}\n{co}", co="Stringybark Cherries", dom="stringybarkcherries", tz="au")
mr("s6", "barista role", "Kia ora {n}, thanks heaps for the trial chat. The partner's niece is down from Taumarunui now and she's got the mornings, so that's us. Ka kite.\n{sig}\n{co}", co="Piwakawaka Flat White", dom="piwakawakafw", tz="nz")
mr("s7", "shop assistant", "Hi {n}, thanks for your CV. Ma Thandi's grandson has completed the learnership and he's taking the counter, which fills it. Sala kahle.\n{sig}\n{co}", co="Ubuntu Paints & Hardware", dom="ubuntupaints", tz="za")
mr("s8", "Cashier post", "Dear {n}, it was nice that you came to the shop. Ramu bhaiya, our old cashier, is back now that his daughter is married and he will continue. Best wishes for your search.\n{sig}\n{co}", co="Annapurna Steel Vessels", dom="annapurnavessels", tz="in")
mr("s9", "sales girl", "Good afternoon {n}, thanks for coming by. Madam's sister-in-law finished NYSC and is now at the counter, so we are complete. God bless you.\n{sig}\n{co}", co="Adunni Fabrics & Damask", dom="adunnifabrics", tz="ng")
mr("s10", "Shop attendant", "Hello {n}, it was good you came through. Mzee's son has cleared his diploma and he takes over the counter from next week, hence we are fine for now. Wishing you well.\n{sig}\n{co}", co="Kijani Farm Inputs", dom="kijaniinputs", tz="ke")
mr("s11", "re: service crew", "Hi {n}, salamat for applying to our branch. We're sorry but the branch will close by end of month as the mall is renovating, so we're not hiring anymore. Take care po.\n{sig}\n{co}", co="Lola Nena's Champorado", dom="lolanena", tz="ph")
mr("s12", "stall helper", "Hi {n}, thanks for asking about the stall. Uncle decided to cut down to four days a week, so he and Auntie can manage by themselves. All the best ah.\n{sig}\n{co}", co="Ah Seng Minced Meat Stall", dom="ahsengstall", tz="sg")
mr("s13", "Your application in workshop", "Dear {n}, it was nice you visited workshop. My colleague his son is coming back from apprenticeship in September and he takes the place at the bench. I am sorry for this.\n{sig}\n{co}", co="Lis Szczotki", dom="lis-szczotki", tz="pl")
mr("s14", "Kitchen helper", "Dear {n}, thanks that you came to try in our kitchen. My nephew's wife starts with us from Monday, she has made fresh pasta for years in a trattoria. Good luck for your new job.\n{sig}\n{co}", co="Cucina Colombo", dom="cucinacolombo", tz="it")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("t1", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nThursday was a pleasure, and the whole practice liked meeting you. We've appointed {x}, starting with us on the 28th.\n\nWarm wishes,\n{sig}\n\n{OUT}",
   co=("Hollybrook Veterinary Centre", "Dunmore Animal Hospital"), dom=("hollybrookvets", "dunmoreanimal"), role=("Patient Care Assistant", "Kennel Attendant"), tz=("uk", "ie"),
   x=("a nurse who has covered our locum weekends for two years", "a weekend volunteer of ours, who has accepted"))
mr("t2", "Re: [EXT] Re: Following up – {role}", "Hey {n},\n\nAppreciate the nudge, and the trip out to the rink last week. We picked {x}; she accepted yesterday, training Monday.\n\nYou were a joy to talk to.\n{sig}\n\n{GM}",
   co=("Cascade Rollerdrome", "Lakehead Tenpins"), dom=("cascaderollerdrome", "lakeheadtenpins"), role=("Floor Guard", "Front Counter Lead"), tz=("usp", "cae"),
   x=("a skater who has coached our junior derby team", "a long-time league bowler who knows the machines"))
mr("t3", "RE: [EXT] RE: {role} interview", "Hi {n},\n\nThe children loved your morning with them. The committee's choice is {x}, who joins us after the holidays.\n\nAll the very best,\n{sig}\n\n{RULE}",
   co=("Saltbush Early Learning", "Pohutukawa Kindergarten"), dom=("saltbushearly", "pohutukawakindy"), role=("Room Leader", "Teacher Aide"), tz=("au", "nz"),
   x=("a reliever who has covered rooms with us for several terms", "a parent helper who has just completed her qualification"))
mr("t4", "Re: [EXT] RE: {role} – next steps?", "Dear {n},\n\nYour note was kind, and the panel remembered your energy. The board chose {x}, confirmed at Tuesday's meeting.\n\nKind regards,\n{sig}\n\n{ORIG}",
   co=("Ga-Rankuwa Community Library", "Kondele Reading Room"), dom=("garankuwalibrary", "kondelereading"), role=("Library Assistant", "Outreach Librarian"), tz=("za", "ke"),
   x=("a candidate who ran the holiday reading club for three years", "an applicant already running our mobile book box"))
mr("t5", "RE: [EXT] Re: Interview – {role}", "Hi {n},\n\nLovely meeting you; your follow-up note was kind. The doctors picked {x}, who takes over the front desk in two weeks.\n\nBest,\n{sig}\n\n{OUT}",
   co=("Timberline Family Dental", "Harbourview Dental Group"), dom=("timberlinedental", "harbourviewdental"), role=("Dental Receptionist", "Sterilisation Assistant"), tz=("usm", "cap"),
   x=("a coordinator from a practice across town", "an assistant who trained with our hygienist"))
mr("t6", "Re: [EXT] Re: Pharmacy Technician role", "Dear {n},\n\nYour visit to the branch and kind mail afterwards were noted. Our superintendent pharmacist chose {x} for the role; the letter went out this morning.\n\nBest regards,\n{sig}\n{co}\n\n{GM}",
   co=("Olumide Pharmacy", "Tumaini Chemists"), dom=("olumidepharmacy", "tumainichemists"), role=("Pharmacy Technician", "Pharmacy Technician"), tz=("ng", "ke"),
   x=("a technician who did her industrial attachment with us", "a candidate from our upcountry branch"))
mr("t7", "RE: [EXT] RE: Workshop Facilitator", "Hi {n},\n\nThanks for a lovely chat last week, and for the warm-up game, which we've already stolen. We've asked {x} to take the role, and they said yes yesterday.\n\nWith thanks,\n{sig}\n\n{ORIG}",
   co=("Ferryboat Youth Theatre", "Lion City Young Players"), dom=("ferryboattheatre", "lioncityplayers"), role=("Workshop Facilitator", "Workshop Facilitator"), tz=("uk", "sg"),
   x=("a facilitator who has run our summer intensive", "a former member of the company, now trained"))
mr("t8", "Re: [EXT] Re: {role}", "Hi {n},\n\nThanks for the video call and for waiting while round two wrapped. The owners went with {x}, joining at the start of the season.\n\nTake care,\n{sig}\n\n{RULE}",
   co=("Malapascua Reef Divers", "Kovalam Sailing Club"), dom=("malapascuareef", "kovalamsailing"), role=("Dive Shop Assistant", "Boat Handler"), tz=("ph", "in"),
   x=("an instructor who crewed for us last year", "a local fisherman's son who knows the coast"))

# ---- 8 clear refusals under long footers
FOOT = "\n\n—\n{co} Careers · Store-by-store vacancy alerts · Meet the team: short stories from our aisles · Fortnightly newsletter with new store openings and seasonal deals · Emails too frequent? Tweak them under Settings › Messages · We hire on merit, whoever you are."
mr("f1", "Your application to {co}", "Hi {n},\n\n{role}: your application was read carefully and won't go further for this position.\n\nBest wishes,\nThe {co} Recruitment Team" + FOOT,
   co=("Greenacre Garden Centres", "Hillfield Nurseries"), dom=("greenacre-gc", "hillfieldnurseries"), role=("Plant Area Assistant", "Café Team Member"), tz=("uk", "ie"), frm="{co} Careers <careers@{dom}>")
mr("f2", "{role} application", "Hi {n},\n\nAbout {role}: your application won't advance at this time.\n\n{co} Talent Team" + FOOT,
   co=("Summit Trail Outfitters", "Fogwater Gear Co"), dom=("summittrail", "fogwatergear"), role=("Footwear Specialist", "Rental Technician"), tz=("usm", "cat"), frm="{co} Careers <talent@{dom}>")
mr("f3", "Update from {co}", "Hi {n},\n\nAfter weighing up every application for {role}, we won't be offering it to you.\n\nRegards,\n{co} People & Culture" + FOOT,
   co=("Homestead Furniture", "Hīnau Living"), dom=("homesteadfurniture", "hinauliving"), role=("Warehouse Picker", "Showroom Sales"), tz=("au", "nz"), frm="{co} People <people@{dom}>")
mr("f4", "{co}: {role}", "Dear {n},\n\nRegarding {role}: unsuccessful this time. We appreciate you applying.\n\nHuman Resources, {co}" + FOOT,
   co=("Kalahari Cash & Carry", "Oshodi Wholesale Mart"), dom=("kalaharicc", "oshodiwholesale"), role=("Receiving Clerk", "Store Supervisor"), tz=("za", "ng"), frm="{co} HR <recruitment@{dom}>")

# ---- 9 hedged refusals
mr("h1", "{role} – update", "Dear {n},\n\nThe partners enjoyed meeting you. Other shortlisted applicants brought conveyancing caseloads nearer the department's direction of travel, and the partners have made their offer accordingly.\n\nWith kind regards,\n{sig}\n{co}",
   co=("Hargreaves Lowe Solicitors", "Byrne & Kilbride Solicitors"), dom=("hargreaveslowe", "byrnekilbride"), role=("Conveyancing Assistant", "Legal Secretary"), tz=("uk", "ie"))
mr("h2", "Thanks from {co}", "Hi {n},\n\nWe so enjoyed reading your portfolio. In the end the studio is heading another direction with this hire, toward someone who has managed heritage restoration jobs on site.\n\nWarmly,\n{sig}",
   co=("Larkin Hale Architects", "Northgrove Design Studio"), dom=("larkinhale", "northgrove"), role=("Architectural Technologist", "Architectural Technologist"), tz=("use", "cap"))
mr("h3", "{role}", "Hi {n},\n\nCheers for last week. Two other people we met line up more closely with our dairy and sheep-station clients, so that's where we're heading.\n\nCheers,\n{sig}\n{co}",
   co=("Ahuriri Basin Accountants", "Riverina Rural Accounting"), dom=("ahuriribasin", "riverinarural"), role=("Rural Accountant", "Graduate Accountant"), tz=("nz", "au"))
mr("h4", "{role} – the panel's view", "Dear {n},\n\nThank you for your patience. Other applicants' experience with hand-pump repair in dry-season conditions matched what the programme needs a bit more closely, and the panel has proceeded with them.\n\nRegards,\n{sig}\n{co}",
   co=("Maji Tele Trust", "Arewa Wells Initiative"), dom=("majiteletrust", "arewawells"), role=("Field Technician", "Water Point Officer"), tz=("ke", "ng"))
mr("h5", "Audiology Assistant", "Dear {n},\n\nWe valued our conversation. The clinic has chosen a different path for this hire; every good wish for the road ahead.\n\nBest regards,\n{sig}\n{co}", co="Merlion Hearing Care", dom="merlionhearing", tz="sg")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call", "Hi {n},\n\nNice chatting earlier. Like I said, {co} filled the {role} job internally. Separately, I've a {x} role with a client ten minutes up the road that's more your speed. Want me to put you in for it?\n\nThanks,\n{sig}\n{y}",
   co=("Hopstone Brewing", "Bay Seamers Co"), dom=("cobboldrecruit", "switchbackstaffing"), role=("Packaging Operator", "Line Lead"), tz=("uk", "usc"), x=("Shift Supervisor", "Quality Tech"), y=("Cobbold Lane Recruitment", "Switchback Staffing"))
mr("rc2", "{role} – feedback and something else", "Hi {n},\n\nGood yarn earlier. {co} chose a driver with more forklift hours for {role}, sorry. Flip side: a packhouse nearby wants a {x} from next month. Want me to pitch you?\n\nCheers,\n{sig}\n{y}",
   co=("Sunvale Mandarins", "Rangiuru Packers"), dom=("pickfieldrecruit", "orchardlink"), role=("Forklift Driver", "Coolstore Operator"), tz=("au", "nz"), x=("Grader Operator", "Packing Line Supervisor"), y=("Pickfield Recruitment", "Orchardlink People"))
mr("rc3", "Update after our call", "Hi {n},\n\nAppreciate the call. {co} picked a different person for {role}. There's a {x} opening with another client that matches your background; may I forward your CV this week?\n\nRegards,\n{sig}\n{y}",
   co=("Kagumo Millers", "Olumo Bottling"), dom=("acaciatalent", "lagostalentbridge"), role=("Production Supervisor", "Warehouse Lead"), tz=("ke", "ng"), x=("Stores Controller", "Dispatch Officer"), y=("Acacia Talent", "TalentBridge NG"))
mr("rc4", "Quick update", "Hi {n},\n\nThanks for the call. Sadly {co} gave the farm manager role to a man from Villiersdorp. Separately, a packing-shed supervisor job near Grabouw is open, and I could put you up for; shout if keen.\n\n{sig}\nFruitroute Recruitment", co="Kromrivier Orchards", dom="fruitroute", tz="za")

# ---- 8 public-sector notices
mr("p1", "Notice of eligibility: {role}", "Dear {n},\n\nVacancy {ref}: {role}\n\nYour application is ineligible: {x}. We have closed it for this vacancy.\n\nStaffing Services\n{co}",
   co=("Westmere City Council", "Bureau of Parks and Recreation"), dom=("westmere-council", "parks-rec"), role=("Aquatic Centre Supervisor", "Maintenance Worker"), tz=("nz", "usc"),
   x=("the pool plant operator certificate is missing from your documents", "your resume lacked specialized experience at WG-7"))
mr("p2", "Referral notice: {role}", "Dear {n},\n\nAnnouncement {ref} – {role}\n\nYour rating was qualified. The referral certificate that went to the hiring manager does not include you, since {x}.\n\nHuman Resources Office\n{co}",
   co=("Department of Natural Resources", "Ministry of Transportation"), dom=("dnr-hr", "mto-careers"), role=("Forestry Technician", "Highway Inspector"), tz=("usm", "cae"),
   x=("higher-ranked candidates filled the referral list", "the number of top-scoring applicants exceeded the referral limit"))
mr("p3", "Vacancy cancelled – {role}", "Dear {n},\n\nRe: Competition {ref}, {role}\n\nThe above competition is withdrawn after {x}. The board will make no appointment from it, and every application now stands closed.\n\nYours faithfully\nRecruitment Unit, {co}",
   co=("Ballinrath County Council", "Tshwane Metropolitan Municipality"), dom=("ballinrathcoco", "tshwane-hr"), role=("Clerical Officer", "Fire Safety Inspector"), tz=("ie", "za"),
   x=("a recruitment embargo announced by the Department", "the directorate's structure review"))
mr("p4", "Written examination result – {role}", "Dear {n},\n\nExamination for {role}\n\nYour written examination score was {x}. The qualifying mark for interview was fixed at {y}; you are therefore not called to the interview round.\n\nSecretary, Selection Board\n{co}",
   co=("State Public Service Commission", "Civil Service Commission"), dom=("spsc-exams", "csc-exams"), role=("Junior Assistant", "Administrative Aide"), tz=("in", "ph"), x=("58 marks", "71.40"), y=("64", "80.00"))

# ---- 6 bare ATS status updates
mr("a1", "Your application status has changed", "Hi {n},\n\n{co} updated {role}.\nStatus: No longer under consideration as of today.\n\nOpen Trackvole for your other applications.", co=("Harbourline Logistics", "Oakfield Care Homes"), dom=("trackvole", "trackvole"), role=("Transport Planner", "Care Assistant"), tz=("uk", "au"), frm="Trackvole <status@{dom}>")
mr("a2", "Status update: {role}", "<html><body><p>Hello {n},</p><p><b>{co}</b> updated your application.</p><p>{role} &middot; <b>Closed &middot; Not progressing</b></p><p>Candidotter</p></body></html>", co=("Foothills Sky Credit Union", "Westshore Marine"), dom=("candidotter", "candidotter"), role=("Member Service Rep", "Marine Parts Clerk"), tz=("cam", "cap"), frm="Candidotter <updates@{dom}>")
mr("a3", "{co} – application {ref}", "Application {ref}\nRole: {role}\nEmployer: {co}\nStatus: Unsuccessful\n\nSent automatically by Hirebadger.", co=("Rosebank Retail Group", "Coastline Port Services"), dom=("hirebadger", "hirebadger"), role=("Store Cashier", "Cargo Checker"), tz=("za", "ke"), frm="Hirebadger Notifications <noreply@{dom}>")

# ---- 6 internship / graduate decisions
mr("i1", "{role} – 2026 intake", "Dear {n},\n\nThe {role} drew far more applicants than places this year, and yours is not among the ones going forward.\n\nA fresh round is advertised each October.\n\nStudentship Committee, {co}",
   co=("Saltmire Coastal Institute", "Uplands Headwater Research Centre"), dom=("saltmire-institute", "uplandsheadwater"), role=("Sea-Meadow Restoration Studentship", "Headwater Hydrology Studentship"), tz=("uk", "ie"))
mr("i2", "Internship decision", "Kia ora {n},\n\nThe {role} pool was huge this summer, and the intake has been filled by others.\n\nNgā mihi,\n{sig}\n{co}",
   co=("Manu Ngahere Conservation", "Wombat Ridge Wildlife Trust"), dom=("manungahere", "wombatridge"), role=("Whio Monitoring Internship", "Bandicoot Survey Internship"), tz=("nz", "au"))
mr("i3", "Graduate Programme 2026 – your application", "Dear {n},\n\nFollowing the assessment centre for the {co} {role}, you have been unsuccessful and no place will be offered.\n\nGraduate Recruitment Team",
   co=("Spinifex Rail", "Gamsberg Minerals"), dom=("spinifexrail", "gamsbergminerals"), role=("Interlocking Graduate Programme", "Orebody Modelling Graduate Programme"), tz=("wa", "za"), frm="{co} Graduates <graduates@{dom}>")


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application received – R-{ref} {role}", "Dear {n},\n\nWe have your application for {role} (R-{ref}). If the requisition is shut before interviews, the candidate home marks it Closed and you're emailed.\n\n{co} Talent Operations", co=("Brindlecombe Foods", "Harkaway Freight"), dom=("brindlecombe-foods", "harkaway-freight"), role=("Line Sanitation Lead", "Dock Scheduler"), tz=("uk", "usc"), frm="{co} Careers <wd-notify@{dom}>")
mo("application_received", "gh", "Thanks for applying to {co}!", "Hi {n},\n\nYour application for {role} landed safely. A recruiter reads every one. If someone else lands it, we write and say so; no ghosting.\n\n{co} People Team", co=("Quillfeather Instruments", "Sparrowgate Bakeries"), dom=("quillfeather", "sparrowgate"), role=("Metrology Assistant", "Oven Operator"), tz=("cae", "au"))
mo("application_received", "lv", "Application in, {n}", "Hello {n},\n\n{role}: application in. Hired or passed over, your profile may stay on file a year, your call; ERASE as a reply wipes it.\n\n{sig}, {co}", co=("Ajwain Row Spice Co", "Old Flintpit Cyder"), dom=("ajwainrow", "oldflintpitcyder"), role=("Blending Assistant", "Orchard Hand"), tz=("uk", "nz"))
mo("application_received", "sr", "Application confirmation – {role}", "<html><body><p>Dear {n},</p><p>Thanks for applying. Current status:</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>Should an internal transfer fill it first, this line flips to Closed.</p></body></html>", co=("Sandbar Line Ferries", "Grand Frangipani Hotels"), dom=("sandbarline", "grandfrangipani"), role=("Ticket Office Assistant", "Room Attendant"), tz=("ie", "sg"), frm="{co} Recruitment <jobs@{dom}>")
mo("application_received", "ic", "{co}: application received", "Dear {n},\n\nRef {ref}, {role}: logged. Do upload your licence copy; a file lacking any listed requirement flips to Not Selected by itself.\n\n{co} Recruiting", co=("Redgum Haulage", "Northshore Transit"), dom=("redgumhaulage", "northshoretransit"), role=("Road Train Driver", "Bus Operator"), tz=("wa", "cap"), frm="{co} Recruiting <ats-mailer@{dom}>")
mo("application_received", "tl", "Application received – posting {ref}", "Dear {n},\n\nWe acknowledge your application for {role}. Should the posting be pulled before closing, an email goes to each applicant.\n\nHuman Resources, {co}", co=("Fernleigh Fairways Estate", "Slough Creek Rec Centre"), dom=("fernleigh-estate", "sloughcreekrec"), role=("Irrigation Technician", "Ice Technician"), tz=("za", "cam"), frm="{co} HR <hr@{dom}>")
mo("application_received", "wk", "Got it – {role}", "Hi {n},\n\nGot your {role} application! Trial shift or no trial shift, I'll reply before next Friday's close.\n\n{sig}\n{co}", co=("Hayfork & Plate", "Copperline Brewhouse"), dom=("hayforkplate", "copperlinebrew"), role=("Prep Cook", "Taproom Server"), tz=("usp", "ie"))
mo("application_received", "bh", "Thanks, {n}", "Hello {n},\n\n{role} application: arrived. Should our regulars grab the extra hours first, expect a message from me saying so.\n\n{sig}, {co}", co=("Dabchick Bikes", "Brackenridge Crag Hall"), dom=("dabchickbikes", "brackenridgecrag"), role=("Workshop Assistant", "Front Desk Host"), tz=("uk", "cae"))
mo("application_received", "tt", "We received your application", "Dear {n},\n\nmany thanks, the documents for {role} reached us. We read everything in the coming fortnight. Positive or negative, an answer comes to you for sure.\n\nKind regards\n{sig}\n{co}", co=("Zanetti Liuteria", "Wróbel Ceramika"), dom=("zanetti-liuteria", "wrobel-ceramika"), role=("Workshop Helper", "Glaze Mixer"), tz=("it", "pl"))
mo("application_received", "pp", "Application received: {role}", "Dear {n},\n\n{role}: application logged. Shortlisting starts once the advert closes. Scores below the shortlisting line mean no interview, and a brief email says so.\n\nRecruitment Team, {co}", co=("Severnside Wetlands Trust", "Tanat Valley Heritage Railway"), dom=("severnside-wetlands", "tanatvalleyrailway"), role=("Visitor Host", "Booking Office Clerk"), tz=("uk", "uk"), frm="{co} Recruitment <notifications@{dom}>")
mo("application_received", "jz", "Application received!", "Hi {n},\n\nStoked you want to be a {role}. Our crew reads applications Mondays. Yes or no, a person answers, never a bot.\n\n{sig}, {co}", co=("Highline Air Arts", "Coyote Draw Adventure Park"), dom=("highlineairarts", "coyotedrawpark"), role=("Spotter", "Ropes Course Guide"), tz=("usm", "usc"))
mo("application_received", "ab", "We got your application po", "Hi {n}! Your form for {role} arrived na. Whatever the result, we'll message you within two weeks po. Ingat!\n\n{sig}, {co} Hiring", co=("Mabini Kawayan Cooperative", "Sitio Kalamansi Farms"), dom=("mabinikawayan", "kalamansifarms"), role=("Bookkeeper", "Farm Aide"), tz=("ph", "ph"))
mo("application_received", "cl", "Acknowledgement – {role}", "Dear {n},\n\nRef: {ref}\n\nYour form for {role} has been logged. Given the numbers, a month of silence after closing tells you the shortlist left you out.\n\nHR Services, {co}", co=("Ashcombe District Council", "Lough Sheelin Education and Training Board"), dom=("ashcombe-dc", "loughsheelin-etb"), role=("Waste Officer", "School Secretary"), tz=("uk", "ie"))
mo("application_received", "t1", "Your application – {role}", "Hi {n},\n\nCV for {role}: received. Interviews run the second week of the month and we only ring the folk we want in, so a quiet phone by then tells you the answer.\n\n{sig}\n{co}", co=("Hollybrook Veterinary Centre", "Dunmore Animal Hospital"), dom=("hollybrookvets", "dunmoreanimal"), role=("Receptionist", "Animal Care Assistant"), tz=("uk", "ie"))
mo("application_received", "t2", "Thanks for applying!", "Hey {n}, your {role} application's in. Either way, applications stay on our list six months, so even if now's not it we might ping you.\n{sig}, {co}", co=("Cascade Rollerdrome", "Lakehead Tenpins"), dom=("cascaderollerdrome", "lakeheadtenpins"), role=("Skate Rental Attendant", "Party Host"), tz=("usp", "cae"))
mo("application_received", "t3", "Application received – {role}", "Hi {n},\n\nYour form is safely here. The committee sits on the 14th; shortlisted applicants are rung that week, everyone else hears nothing individually.\n\n{sig}\n{co}", co=("Saltbush Early Learning", "Pohutukawa Kindergarten"), dom=("saltbushearly", "pohutukawakindy"), role=("Educator", "Relief Teacher"), tz=("au", "nz"))
mo("application_received", "t5", "We received your resume", "Hi {n},\n\n{role} resume: received. If the doctors like what they see, we'll call to book a time. Either way we hang on to your resume for openings down the road.\n\n{sig}, {co}", co=("Timberline Family Dental", "Harbourview Dental Group"), dom=("timberlinedental", "harbourviewdental"), role=("Hygiene Coordinator", "Treatment Coordinator"), tz=("usm", "cap"))
mo("application_received", "t6", "Application acknowledged", "Dear {n},\n\nThis is to confirm your {role} application got to us. We phone only those shortlisted; three weeks' silence means it did not go through.\n\n{sig}, {co}", co=("Olumide Pharmacy", "Tumaini Chemists"), dom=("olumidepharmacy", "tumainichemists"), role=("Dispensary Assistant", "Sales Representative"), tz=("ng", "ke"))
mo("application_received", "f1", "We've received your application", "Hi {n},\n\n{role} application: in. A real person reads it, and interview or not, a reply comes your way.\n\nThe {co} Recruitment Team" + FOOT, co=("Greenacre Garden Centres", "Hillfield Nurseries"), dom=("greenacre-gc", "hillfieldnurseries"), role=("Aquatics Assistant", "Seasonal Team Member"), tz=("uk", "ie"), frm="{co} Careers <careers@{dom}>")
mo("application_received", "f3", "Application received", "Hi {n},\n\n{role} application: logged. Should it go elsewhere, you get an email saying that, and we'd bear you in mind for later vacancies.\n\n{co} People & Culture" + FOOT, co=("Homestead Furniture", "Hīnau Living"), dom=("homesteadfurniture", "hinauliving"), role=("Delivery Driver", "Visual Merchandiser"), tz=("au", "nz"), frm="{co} People <people@{dom}>")
mo("application_received", "h1", "Your application", "Dear {n},\n\nYour papers for {role} arrived safely. The partners read them next week. Successful or not, a letter from me reaches every applicant.\n\nKind regards,\n{sig}\n{co}", co=("Hargreaves Lowe Solicitors", "Byrne & Kilbride Solicitors"), dom=("hargreaveslowe", "byrnekilbride"), role=("Probate Assistant", "Receptionist"), tz=("uk", "ie"))
mo("application_received", "h4", "Application received – {role}", "Dear {n},\n\nYour form has reached the office. Applicants missing the shortlist receive a brief notice when the panel is through, normally inside a month.\n\nRegards,\n{sig}\n{co}", co=("Maji Tele Trust", "Arewa Wells Initiative"), dom=("majiteletrust", "arewawells"), role=("Hygiene Promoter", "Data Clerk"), tz=("ke", "ng"))
mo("application_received", "p1", "Application received: vacancy {ref}", "Dear {n},\n\nYour {role} application is in. Eligibility is checked first; anyone ruled ineligible gets an email with the reason.\n\nStaffing Services, {co}", co=("Westmere City Council", "Bureau of Parks and Recreation"), dom=("westmere-council", "parks-rec"), role=("Lifeguard", "Groundskeeper"), tz=("nz", "usc"))
mo("application_received", "p2", "Announcement {ref}: application received", "Dear {n},\n\nWe have your {role} application. When the announcement closes, a notice tells you whether you made the referral certificate.\n\nHuman Resources Office, {co}", co=("Department of Natural Resources", "Ministry of Transportation"), dom=("dnr-hr", "mto-careers"), role=("Fire Lookout", "Bridge Technician"), tz=("usm", "cae"))
mo("application_received", "a1", "Application submitted", "Hi {n},\n\n{role} at {co}: applied. Status changes (interview, closed, anything) arrive by email.\n\nTrackvole", co=("Harbourline Logistics", "Oakfield Care Homes"), dom=("trackvole", "trackvole"), role=("Shipping Clerk", "Activities Coordinator"), tz=("uk", "au"), frm="Trackvole <status@{dom}>")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Interview invitation – {role}", "Hi {n},\n\nCould you come and talk {role} with us on {dl} at 10:30? Unfortunately our car park is mid-resurfacing then; the leisure centre across the road has spaces.\n\n{sig}, People Team", co=("Quillfeather Instruments", "Sparrowgate Bakeries"), dom=("quillfeather", "sparrowgate"), role=("Calibration Technician", "Dough Room Lead"), tz=("cae", "au"))
mo("interview", "t1", "Re: [EXT] Re: {role} – interview", "Hi {n},\n\nTa for replying. Would {dl} at 2pm work for a proper interview with the head nurse? Unfortunately our kettle's broken; tea drinkers, bring a flask.\n\n{sig}\n\n{OUT}", co=("Hollybrook Veterinary Centre", "Dunmore Animal Hospital"), dom=("hollybrookvets", "dunmoreanimal"), role=("Patient Care Assistant", "Kennel Attendant"), tz=("uk", "ie"))
mo("interview", "t3", "RE: [EXT] Re: {role}", "Hi {n},\n\nCould you come for interview with the committee, {dl}, 9:15? Unfortunately the side gate jams, so use the office door.\n\nWarmly,\n{sig}\n\n{RULE}", co=("Saltbush Early Learning", "Pohutukawa Kindergarten"), dom=("saltbushearly", "pohutukawakindy"), role=("Room Leader", "Teacher Aide"), tz=("au", "nz"))
mo("interview", "t5", "Interview – {role}", "Hi {n},\n\nCan you interview with the doctors on {dl} at 8am, ahead of patients? Unfortunately the elevator's being serviced; we're up on three.\n\nBest,\n{sig}", co=("Timberline Family Dental", "Harbourview Dental Group"), dom=("timberlinedental", "harbourviewdental"), role=("Dental Receptionist", "Sterilisation Assistant"), tz=("usm", "cap"))
mo("interview", "t7", "Re: [EXT] Re: Workshop Facilitator", "Hi {n},\n\nCould you lead the Tuesday group's warm-up as a trial session on {dl}, if that suits? Unfortunately the rehearsal room is chilly in the mornings; wear layers.\n\n{sig}\n\n{GM}", co=("Ferryboat Youth Theatre", "Lion City Young Players"), dom=("ferryboattheatre", "lioncityplayers"), role=("Workshop Facilitator", "Workshop Facilitator"), tz=("uk", "sg"))
mo("interview", "h2", "Next conversation – {role}", "Hi {n},\n\nYour portfolio landed well; two partners want to interview you on {dl}. Unfortunately the meeting room has fresh paint, and we'll use the model shop.\n\nWarmly,\n{sig}", co=("Larkin Hale Architects", "Northgrove Design Studio"), dom=("larkinhale", "northgrove"), role=("Architectural Technologist", "Architectural Technologist"), tz=("use", "cap"))
mo("interview", "wk", "Trial shift – {role}", "Hi {n},\n\nGood news: you made the paid trial-shift list! Can you do {dl} from 3pm? Unfortunately parking isn't validated here, sorry.\n\n{sig}, {co}", co=("Hayfork & Plate", "Copperline Brewhouse"), dom=("hayforkplate", "copperlinebrew"), role=("Line Cook", "Brewhouse Assistant"), tz=("usp", "ie"))
mo("interview", "pp", "Invitation to interview: {role}", "Dear {n},\n\n{role}: you're shortlisted, with interviews on {dl}. Unfortunately first-stage travel isn't refunded.\n\nRecruitment Team, {co}", co=("Severnside Wetlands Trust", "Tanat Valley Heritage Railway"), dom=("severnside-wetlands", "tanatvalleyrailway"), role=("Reserve Warden", "Carriage Restoration Assistant"), tz=("uk", "uk"), frm="{co} Recruitment <notifications@{dom}>")
mo("next_steps", "ic", "{co}: next steps for {role}", "Dear {n},\n\nLicence received, thanks. Next step: background-check consent and the driving-record release in the portal, done by {dl} at the latest. Unfortunately there's a twenty-minute idle timeout, so Save often.\n\n{co} Recruiting", co=("Redgum Haulage", "Northshore Transit"), dom=("redgumhaulage", "northshoretransit"), role=("Tanker Driver", "Coach Operator"), tz=("wa", "cap"), frm="{co} Recruiting <ats-mailer@{dom}>")
mo("next_steps", "p4", "Document verification – {role}", "Dear {n},\n\nYour name is on the qualified list for {role}. Document verification is fixed for {dl}; bring originals and two passport photographs. Unfortunately xerox copies alone are not enough.\n\nSecretary, Selection Board\n{co}", co=("State Public Service Commission", "Civil Service Commission"), dom=("spsc-exams", "csc-exams"), role=("Junior Assistant", "Administrative Aide"), tz=("in", "ph"))
mo("next_steps", "i3", "Assessment centre – {role}", "Dear {n},\n\nWell done, you're through to the {role} assessment centre. Upload your academic transcript before {dl}. Unfortunately snapshots taken on phones are refused; a proper scan is needed.\n\nGraduate Recruitment Team", co=("Spinifex Rail", "Gamsberg Minerals"), dom=("spinifexrail", "gamsbergminerals"), role=("Interlocking Graduate Programme", "Orebody Modelling Graduate Programme"), tz=("wa", "za"), frm="{co} Graduates <graduates@{dom}>")
mo("next_steps", "rc3", "Next step with {co}", "Hi {n},\n\nGood news: {co} want a pair of referees plus your ID before fixing the panel date. Can you get them to me by {dl}? Unfortunately their HR portal refuses emailed files, so I'll upload on your behalf.\n\n{sig}", co=("Kagumo Millers", "Olumo Bottling"), dom=("acaciatalent", "lagostalentbridge"), role=("Production Supervisor", "Warehouse Lead"), tz=("ke", "ng"))
mo("next_steps", "p2", "Supplemental questionnaire – {role}", "Dear {n},\n\nYou are on the referral list for {role}. Please submit the supplemental questionnaire no later than {dl}. Unfortunately the form cannot be saved halfway; set aside an hour.\n\nHuman Resources Office, {co}", co=("Department of Natural Resources", "Ministry of Transportation"), dom=("dnr-hr", "mto-careers"), role=("Forestry Technician", "Highway Inspector"), tz=("usm", "cae"))
mo("next_steps", "t6", "Re: [EXT] Re: Pharmacy Technician role", "Dear {n},\n\nGood seeing you. Please forward your registration certificate plus your NYSC or attachment letter by {dl} to complete your file. Unfortunately the branch scanner is faulty; email works better.\n\n{sig}\n\n{GM}", co=("Olumide Pharmacy", "Tumaini Chemists"), dom=("olumidepharmacy", "tumainichemists"), role=("Pharmacy Technician", "Pharmacy Technician"), tz=("ng", "ke"))
mo("offer", "t2", "Re: [EXT] Re: Following up – {role}", "Hey {n},\n\nGuess what: the rink wants you as {role}! Pay starts at $19.50 an hour, training from {dl}. Unfortunately staff shirts are back-ordered, so wear black for the first week.\n\n{sig}\n\n{GM}", co=("Cascade Rollerdrome", "Lakehead Tenpins"), dom=("cascaderollerdrome", "lakeheadtenpins"), role=("Floor Guard", "Front Counter Lead"), tz=("usp", "cae"))
mo("offer", "t8", "Re: [EXT] Re: {role} – offer", "Hi {n},\n\nHappy to say {role} is yours for the season; confirm by {dl}. Unfortunately staff quarters are full till November, but we know landlords nearby.\n\n{sig}\n\n{RULE}", co=("Malapascua Reef Divers", "Kovalam Sailing Club"), dom=("malapascuareef", "kovalamsailing"), role=("Dive Shop Assistant", "Boat Handler"), tz=("ph", "in"))
mo("offer", "s6", "barista role – yes!", "Kia ora {n}, you were ace on the machine Saturday. We'd like you on mornings, six till one, Tuesday to Saturday, starting {dl}. Unfortunately the grinder's off being serviced that week, so it's the backup one.\n{sig}", co="Piwakawaka Flat White", dom="piwakawakafw", tz="nz")
mo("offer", "t4", "Offer of appointment – {role}", "Dear {n},\n\nAfter your interview the board has approved your appointment as {role}. Kindly sign the attached letter and send it back before {dl}.\n\nKind regards,\n{sig}\n{co}", co="Kondele Reading Room", dom="kondelereading", role="Outreach Librarian", tz="ke")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "a2", "Status update: {role}", "<html><body><p>Hello {n},</p><p>Your application to <b>{co}</b> was updated.</p><p>{role} &middot; <b>Withdrawn &middot; at your request</b></p><p>Candidotter</p></body></html>", co=("Foothills Sky Credit Union", "Westshore Marine"), dom=("candidotter", "candidotter"), role=("Teller", "Service Writer"), tz=("cam", "cap"), frm="Candidotter <updates@{dom}>")
mo("other_job", "a1", "Your application status has changed", "Hi {n},\n\n{co} updated {role}.\nNew status: With hiring manager.\n\nOpen Trackvole for the timeline.", co=("Harbourline Logistics", "Oakfield Care Homes"), dom=("trackvole", "trackvole"), role=("Customs Clerk", "Kitchen Assistant"), tz=("uk", "au"), frm="Trackvole <status@{dom}>")
mo("other_job", "cl", "Change of shortlisting date – {role}", "Dear {n},\n\nShortlisting for {role} slips a week, since panel members must attend an emergency planning session. You need not do anything.\n\nHR Services, {co}", co="Ashcombe District Council", dom="ashcombe-dc", role="Parks Officer", tz="uk")
mo("job_alert", "f2", "New jobs for you at {co}", "Hi {n},\n\nFresh openings matching your saved search: Footwear Specialist (part time), Rental Technician (seasonal) and Stockroom Associate. Apply in a few minutes with your saved profile.\n\n{co} Careers" + FOOT, co=("Summit Trail Outfitters", "Fogwater Gear Co"), dom=("summittrail", "fogwatergear"), tz=("usm", "cat"), frm="{co} Careers <talent@{dom}>")
mo("job_alert", "f4", "This week's vacancies", "Dear {n},\n\nThis week at {co}: Receiving Clerk, Forklift Operator (night), Merchandiser. Apply before Friday.\n\nHuman Resources" + FOOT, co="Kalahari Cash & Carry", dom="kalaharicc", tz="za", frm="{co} HR <recruitment@{dom}>")
mo("recruiter_outreach", "rc1", "A role you might like", "Hi {n},\n\nSaw your background online. A client brewery needs a {role}; days only and decent pay. Could we speak briefly this week?\n\n{sig}\n{y}", co=("Hopstone Brewing", "Bay Seamers Co"), dom=("cobboldrecruit", "switchbackstaffing"), role=("Packaging Operator", "Line Lead"), tz=("uk", "usc"), y=("Cobbold Lane Recruitment", "Switchback Staffing"))
mo("non_job_rejection_words", "ln", "Your loan application", "Dear {n},\n\nYour {x} request to {co} has been declined. Write to us inside 30 days for the main reasons.\n\n{co} Lending", co=("Merganser Mutual", "Brightwater Credit"), dom=("mergansermutual", "brightwatercredit"), x=("personal loan", "car loan"), tz=("uk", "au"))
mo("non_job_rejection_words", "fl", "The flat on Medlar Terrace", "Hi {n}, thanks for viewing the place. The owner went with a couple who saw it first, so the flat is gone. Good luck house-hunting.\n{sig}, {co}", co="Keystone Lettings", dom="keystonelettings", tz="ie")
mo("non_job_rejection_words", "bl", "Ballot result", "Dear {n},\n\nThe Harbour Bridge Sunrise Walk ballot has run, and your name wasn't picked this year. Nothing has been charged to your card.\n\nEvent Team, {co}", co="Harbourside Events Trust", dom="harboursideevents", tz="au")
mo("non_job_rejection_words", "gr", "Community grant decision", "Dear {n},\n\nThe panel considered the repair café request and could not fund it this time. Applications reopen in spring.\n\n{sig}\n{co}", co="Greenway Community Fund", dom="greenwayfund", tz="uk")
mo("offer", "s7", "Delivery driver job", "Hi {n}, good to see you again. We want you as delivery driver, starting {dl}, Monday to Friday, seven till four. Please bring your PrDP and ID on the first day.\n{sig}\n{co}", co="Ubuntu Paints & Hardware", dom="ubuntupaints", tz="za")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, frm=via(ch))
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, frm=via(ch))


pair("coppice", "Rotaalder", "Hazelbank Woodland Crafts", "hazelbankwoods", "uk",
     ("Coppicing crew – winter season", "Hi {n},\n\nThanks for replying to the advert on Rotaalder. Both coppicing places for this winter's cut have gone to old hands who've been on the hazel with us before, which leaves none spare this time.\n\nAll best,\n{sig}"),
     ("application_received", "Coppicing crew – got your message", "Hi {n},\n\nThanks for your note through Rotaalder about the coppicing crew. Everyone gets a ring once the felling licence is granted, and anyone who misses a spot gets a text from me too, so nobody sits waiting.\n\n{sig}"))
pair("wattle", "Rotarowan", "Longacre Hurdles", "longacrehurdles", "uk",
     ("Wattlework apprentice", "Dear {n},\n\nYour letter asking after the wattlework apprenticeship came Tuesday. A young woman from the village who has split rods with me every Saturday since spring is taking the apprenticeship, so it's spoken for.\n\n{sig}"),
     ("interview", "Wattlework apprentice – come and see the yard", "Dear {n},\n\nThank you for writing. Would you come and weave a panel with me on {dl} from nine? Unfortunately the lane becomes a river whenever it rains; leave the car at the chapel and walk the last bit.\n\n{sig}"))
pair("kipper", "Rotahazel", "Saltcote Fishsmokers", "saltcotefishsmokers", "uk",
     ("Smokehouse hand", "Hi {n},\n\nCheers for the Rotahazel message. One extra pair of hands splitting herring for the kippers is all we needed this season, and the harbourmaster's lass who did it last year has it again.\n\n{sig}"),
     ("next_steps", "Smokehouse hand – paperwork", "Hi {n},\n\nGlad you can start splitting for the kippers. Before your first shift, photo your food hygiene certificate and bank details by {dl}, and pick up wellies your size from the shed.\n\n{sig}"))
pair("kelp", "Rotabirch", "Carrigeen Shore Harvest", "carrigeenshore", "ie",
     ("Shore crew", "Hi {n},\n\nThanks a million for the Rotabirch message. The kelping crew stays at the four who cut with us last summer; no room for a fifth on the boat this year, I'm afraid.\n\n{sig}"),
     ("offer", "Shore crew – you're in", "Hi {n},\n\nTuesday's low tide went grand with you on it. Come and join the kelping crew from {dl}, €15 an hour, tides permitting. Bring waders if you have them.\n\n{sig}"))
pair("roughcast", "Rotawillow", "Ó Dálaigh Plastering", "odalaighplastering", "ie",
     ("Roughcaster wanted", "{n}, good of you to answer on Rotawillow. A roughcaster with ten years of gables behind him rang first and he's started, so I'm covered. Mind yourself.\n{sig}"),
     ("interview", "Roughcaster wanted – site visit", "{n}, thanks for the reply. Can you call out to the job in Kilcolgan on {dl} at eight and throw a bit of dash on the gable for us? Unfortunately the mixer's only a small one till Thursday.\n{sig}"))
pair("rush", "Rotaholly", "Cobblestone Chair Seating", "cobblestoneseating", "use",
     ("Rushweaver position", "Hi {n},\n\nThe photos of your seats were lovely. We've hired a rushweaver who already does chair work for two of our antique dealers, and that fills the bench.\n\nKind regards,\n{sig}"),
     ("application_received", "Rushweaver position – received", "Hi {n},\n\nYour Rotaholly note reached us. Sample photos get looked at over the next ten days, and every applicant, picked or passed over, gets a written answer from me.\n\n{sig}"))
pair("stilt", "Rotaelm", "Lofty Tales Parade Co", "loftytalesparade", "usc",
     ("Stiltwalker – summer parades", "Hi {n},\n\nYour Rotaelm reel made us smile. Our stiltwalker troupe for the summer parades is now cast, though, and there's no spot left for you this year. Keep practicing those turns!\n\n{sig}"),
     ("interview", "Stiltwalker – audition", "Hi {n},\n\nLoved your reel! Can you audition on {dl} at 4pm? Own stilts welcome, loaners available. Unfortunately the gym floor is being waxed, so we'll be out in the parking lot.\n\n{sig}"))
pair("soap", "Rotalarch", "Lodgepole Ridge Soapworks", "lodgepolesoap", "usm",
     ("Soapmaking assistant", "Hi {n},\n\nWe've hired a soapmaker who ran big lye batches at a co-op two states over for the assistant job; thank you for your interest.\n\nBest,\n{sig}"),
     ("next_steps", "Soapmaking assistant – before you start", "Hi {n},\n\nExcited to have you on the soapmaking floor! Please sign the safety sheet for handling lye and return the tax form by {dl}. Goggles are on us.\n\n{sig}"))
pair("lash", "Rotaaspen", "Bellflower Lashes & Brows", "bellflowerbrow", "usp",
     ("Lash tech opening", "Hi {n},\n\nYou were great on Rotaaspen. We picked a lash tech who already brings her own client book from the neighborhood, so we're passing this round. Wishing you lots of luck!\n\n{sig}"),
     ("offer", "Lash tech opening – offer", "Hi {n},\n\nYour practice set was gorgeous. Come be our newest lash tech, commission plus a base of $18/hr, starting {dl}. Unfortunately the parking validation machine is broken, so use the street for now.\n\n{sig}"))
pair("eel", "Rotayew", "Rideau Eelery", "rideaueelery", "cae",
     ("Seasonal eelery hand", "Hi {n},\n\nThanks for reaching out through Rotayew. The eelery crew is full for the fall run; we've rehired last year's two hands. We won't be taking anyone new.\n\nRegards,\n{sig}"),
     ("application_received", "Seasonal eelery hand – received", "Hi {n},\n\nThanks for the application through Rotayew. Crew gets picked when the licence renewal clears, and each applicant hears from me by phone, yes or no.\n\n{sig}"))
pair("scallop", "Rotabeech", "Brier Island Seafoods", "brierisland", "cat",
     ("Scallop shucker", "Hi {n},\n\nAppreciate you applying through Rotabeech. We've got enough shuckers on the line for the scallops this winter, so we're passing on new applications for now. Best of luck.\n\n{sig}"),
     ("next_steps", "Scallop shucker – paperwork", "Hi {n},\n\nWelcome aboard the scallop line. Please send a void cheque and your SIN by {dl} and drop by for your boots and apron. Unfortunately the lunchroom fridge is out, so bring a cooler.\n\n{sig}"))
pair("candle", "Rotalinden", "Bow River Wickworks", "bowriverwickworks", "cam",
     ("Candlemaking helper", "Hi {n},\n\nWe've picked a candlemaking helper who lives a block from the studio and can do the 6am pours, so the role's taken.\n\nCheers,\n{sig}"),
     ("offer", "Candlemaking helper – welcome", "Hi {n},\n\nThe candlemaking helper job starts {dl} if you'd like it, three days a week at $18.50. Unfortunately our wick supplier is late, so week one is mostly labels and packing.\n\n{sig}"))
pair("shiatsu", "Rotamaple", "Kitsilano Shiatsu Clinic", "kitsshiatsu", "cap",
     ("Shiatsu practitioner", "Hi {n},\n\nThanks for applying through Rotamaple. The shiatsu practitioner role went to someone free to take our Sunday clients; that closes it for your application.\n\nWarmly,\n{sig}"),
     ("interview", "Shiatsu practitioner – practical", "Hi {n},\n\nWe'd like you to give a 30-minute practical session on {dl} at 1pm. Unfortunately the treatment room runs cold in the mornings; a sweater helps.\n\n{sig}"))
pair("gas", "Rotacedar", "Harbourside Gas & Plumbing", "harboursidegas", "au",
     ("Gasfitter role", "G'day {n},\n\nAppreciate the Rotacedar reply. A gasfitter already ticketed for LPG conversions rang the same arvo and he's starting Monday, so that's us sorted. Cheers.\n\n{sig}"),
     ("next_steps", "Gasfitter role – docs", "G'day {n},\n\nGood chat yesterday. Before we book your trial day, send through your gasfitting licence and White Card by {dl}. Unfortunately the ute with the spare kit is in for rego, so bring your own gauges.\n\n{sig}"))
pair("fair", "Rotajuniper", "Swan Coast Amusements", "swancoastamuse", "wa",
     ("Ride attendant – helterskelter", "Hi {n},\n\nThanks for applying on Rotajuniper. The helterskelter attendant spots for the show season went to family who travel with the rides; none left over this year.\n\nCheers,\n{sig}"),
     ("interview", "Ride attendant – meet us at the showgrounds", "Hi {n},\n\nCan you come to the showgrounds on {dl} at 11 to meet the boss and see the helterskelter go up? Unfortunately there's no shade on the lot, so bring a hat.\n\n{sig}"))
pair("cobble", "Rotahawthorn", "Awl & Welt Kiosk", "awlweltkiosk", "nz",
     ("Cobbling trainee", "Kia ora {n},\n\nThanks for your message through Rotahawthorn. The cobbling trainee spot has gone to the kid who's swept our floor after school since he was twelve. Ka kite.\n\n{sig}"),
     ("offer", "Cobbling trainee – job's yours", "Kia ora {n},\n\nStoked to offer you the cobbling trainee job, four days a week from {dl}. Unfortunately the heel press is playing up, so you'll start on keys and polish.\n\n{sig}"))
pair("tan", "Rotablackthorn", "Goldcoast Sunbed Solarium", "goldcoastsunbed", "za",
     ("Salon assistant", "Hi {n},\n\nThank you for applying on Rotablackthorn. The solarium assistant post went to a lady from our Boksburg branch, so yours is closed. All the best.\n\n{sig}"),
     ("application_received", "Salon assistant – received", "Hi {n},\n\nThanks for applying at the solarium. The owner is away until the 20th. Yes or no, she'll WhatsApp everyone once she's back.\n\n{sig}"))
pair("ayur", "Rotaelder", "Dhanvantari Ayurveda Nilayam", "dhanvantarinilayam", "in",
     ("Therapist post", "Dear {n},\n\nThank you for applying through Rotaelder for the therapist post at our ayurveda centre. Management has finalised a therapist trained at Kottakkal; your profile will not move ahead.\n\nRegards,\n{sig}"),
     ("next_steps", "Therapist post – documents", "Dear {n},\n\nKindly share your BAMS or diploma certificate and two photographs by {dl} for the ayurveda therapist post. Unfortunately our Wi-Fi is down, so please send on WhatsApp.\n\nRegards,\n{sig}"))
pair("garba", "Rotaspruce", "Rangtaali Dance Academy", "rangtaali", "in",
     ("Garba instructor – Navratri batch", "Hi {n},\n\nThanks for applying on Rotaspruce. For this Navratri batch two instructors who taught garba and dandiya with us last year are confirmed, so your profile is kept aside for now.\n\nRegards,\n{sig}"),
     ("interview", "Garba instructor – demo class", "Hi {n},\n\nKindly take a demo class with us on {dl} at 6 pm with your own dandiya sticks. Unfortunately the studio AC is under repair, so wear something light.\n\n{sig}"))
pair("stone", "Rotapine", "Serenity Hotstone Spa", "serenityhotstone", "ng",
     ("Spa therapist", "Dear {n},\n\nThank you for applying through Rotapine. Recruitment for hotstone therapist has closed, and the management picked another therapist for the island branch. We close your application with thanks.\n\nWarm regards,\n{sig}"),
     ("application_received", "Spa therapist – acknowledged", "Dear {n},\n\nWe acknowledge your application for hotstone therapist. Screening is ongoing; shortlisted or dropped, every applicant gets our call before month end.\n\n{sig}"))
pair("dowse", "Rotasorrel", "Baringo Borehole Services", "baringoborehole", "ke",
     ("Site assistant", "Dear {n},\n\nGreetings from Baringo Borehole Services. Our site assistant post (dowsing plus survey support) has been given to a school-leaver from the village next to our yard. Your application therefore ends at this point.\n\nRegards,\n{sig}"),
     ("offer", "Site assistant – offer", "Dear {n},\n\nKindly take this as our offer of the site assistant job, dowsing and survey support, from {dl}. Unfortunately the survey vehicle is at the garage that week, so report to the yard.\n\n{sig}"))
pair("sherbet", "Rotabracken", "Mang Ador's Sherbet Carts", "mangadorsherbet", "ph",
     ("Cart vendor", "Hi {n}, thanks for applying sa Rotabracken. All sherbet cart routes for summer have drivers na, so sorry po, all full this time. God bless!\n{sig}"),
     ("application_received", "Cart vendor – received", "Hi {n}, thanks po for applying for a sherbet cart route. Pasado ka man o hindi, our message reaches you before Friday.\n{sig}"))
pair("wayang", "Rotaheather", "Hock Teck Wayang Troupe", "hockteckwayang", "sg",
     ("Stage crew for the seventh month", "Hi {n},\n\nThanks for applying through Rotaheather. Stage crew for this seventh month's wayang shows is full liao; cannot add you this year. Thanks and all the best.\n\n{sig}"),
     ("next_steps", "Stage crew – before the shows", "Hi {n},\n\nPlease send your NRIC copy and emergency contact by {dl} for the wayang crew roster. Unfortunately the lorry is full, so please take MRT to the first site.\n\n{sig}"))
pair("lead", "Rotagorse", "Lis Roofing & Leadwork", "lisroofing", "uk",
     ("Leadworker job", "Hello {n},\n\nthank you for answering on Rotagorse. We found leadworker with many years on church roofs, he start already. We are full now, sorry.\n\n{sig}"),
     ("interview", "Leadworker job – meeting", "Hello {n},\n\nthank you for message. Can you come on {dl} early morning to our yard, we show you the flashing job and talk? Unfortunately our van is broken, you need to come with own car.\n\n{sig}"))
pair("elver", "Rotasedge", "Valli di Comacchio Acquacoltura", "vallicomacchio", "it",
     ("Seasonal worker elver farm", "Dear {n},\n\nthank you for your interest through Rotasedge. For the elver season we have already all the workers, they are the same persons of last year. Sorry for this, perhaps another season.\n\nBest regards\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Rotarush weekly: crafts and outdoor jobs", "Hi {n},\n\nThis week on Rotarush: hedge-laying help (Herefordshire), bell-tent pitcher (Kinross), mobile sauna attendant (Somerset), willow-sculpture assistant (remote). Tap Apply on any to send your saved profile.\n\nRotarush", "Rotarush", "rotarush", tz="uk", frm="Rotarush <digest@{dom}>")
wo("non_job_rejection_words", "nj", "Mooring application", "Dear {n},\n\nThanks for applying for a winter mooring for your narrowboat at Tiller Basin. Every berth this season has gone to boaters already waiting, and none is left to allocate. You keep your place on the list for next season.\n\n{sig}\nTiller Basin Moorings", "Tiller Basin Moorings", "tillerbasin", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool (seven languages; two each in Catalan, Afrikaans and Norwegian); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "دار العنبر للعطور", "daralanbar", "sa",
   ("بخصوص طلبك لوظيفة مستشارة عطور", "عزيزتي {full}،\n\nنشكرك على اهتمامك بالانضمام إلى فريقنا وعلى وقتك في المقابلة. استقر رأي الإدارة في النهاية على زميلة عملت سنوات في خلط دهن العود بمحلنا في جدة، فاعتذرنا عن ضمّك إلى الفريق في الوقت الحالي.\n\nدمتِ بخير،\n{sig}\nدار العنبر للعطور"),
   ("application_received", "وصلنا طلبك", "عزيزتي {full}،\n\nوصلنا طلبك لوظيفة مستشارة عطور في فرعنا بالرياض. سنراجع الطلبات خلال أسبوعين، وسواء تم قبولك أم لا فسيصلك منا رد عبر البريد.\n\nمع التحية،\n{sig}"))
lp("de", "de", "Rahmenbau Albrecht", "rahmenbau-albrecht", "de",
   ("Ihre Bewerbung als Rahmenbauer/in", "Guten Tag {full},\n\ndie Fotos Ihrer Muffenlötungen haben uns gut gefallen. Den Platz an der Richtbank bekommt nun aber ein Kollege, der zuvor acht Jahre in Nürnberg Stahlrahmen gefertigt hat – wir müssen Ihnen also absagen.\n\nHerzliche Grüße aus der Werkstatt\n{sig}\nRahmenbau Albrecht"),
   ("interview", "Probearbeit in der Rahmenwerkstatt", "Guten Tag {full},\n\nhätten Sie am {dl} gegen 10 Uhr Zeit, bei uns ein Probestück zu löten? Bitte feste Schuhe mitbringen. Leider streikt gerade der Lastenaufzug, Sie müssen also zwei Stockwerke zu Fuß hoch.\n\nBeste Grüße\n{sig}"))
lp("es", "es", "Azulejos Calle Alfarería", "azulejosalfareria", "es",
   ("Puesto de ayudante de taller", "Hola, {n}:\n\nNos encantó verte con el pincel la otra tarde. Pero Manoli se jubila en junio y su hueco lo va a ocupar una chica que lleva tres años pintando azulejos en Triana, de modo que para ti no tenemos sitio ahora mismo.\n\nUn saludo y mucha suerte,\n{sig}\nAzulejos Calle Alfarería"),
   ("next_steps", "Papeles para tu incorporación", "Hola, {n}:\n\nPara darte de alta en la Seguridad Social nos hace falta una copia de tu DNI y tu número de cuenta antes del {dl}. Con una foto por WhatsApp nos vale.\n\nUn abrazo,\n{sig}"))
lp("fr", "fr", "Domaine des Quatre Bornes", "quatrebornes", "fr",
   ("Votre candidature pour la taille", "Bonjour {full},\n\nMerci d'avoir répondu à notre annonce pour la saison de taille. Cette année, ce sont les tailleurs de l'hiver dernier qui reviennent, ils connaissent chaque rang de nos parcelles ; il n'y aura donc pas de place pour vous dans l'équipe.\n\nBien cordialement,\n{sig}\nDomaine des Quatre Bornes"),
   ("offer", "Proposition de contrat – saison de taille", "Bonjour {full},\n\nÀ la suite de votre journée d'essai dans les vignes, nous vous proposons volontiers un contrat saisonnier à partir du {dl}, à raison de 35 heures par semaine. Merci de nous confirmer votre accord par retour de mail.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "रंगरेज़ बुटीक", "rangrez-boutique", "in",
   ("सिलाई वाली जगह के बारे में", "नमस्ते {full} जी,\n\nबुटीक में सिलाई वाली जगह हेतु आपने जो नमूना भेजा था, वह मालकिन ने बड़े चाव से देखा। पर उस जगह पर अब जयपुर से आए मास्टर जी बैठेंगे, जो बरसों से लहंगे काटते आए हैं। अबकी बार हम आपको न्योता नहीं दे पाएँगे, माफ़ी चाहते हैं।\n\nआपकी शुभचिंतक,\n{sig}\nरंगरेज़ बुटीक"),
   ("application_received", "फ़ॉर्म पहुँच गया", "नमस्ते {full} जी,\n\nसिलाई वाली जगह हेतु आपका फ़ॉर्म बुटीक पहुँच चुका है। मालकिन अगले हफ़्ते नमूने परखेंगी; हाँ कहें या ना, मालकिन ख़ुद आपको फ़ोन मिलाएँगी।\n\n{sig}"))
lp("it", "it", "Frantoio Poggio Santo", "frantoiopoggiosanto", "it",
   ("Candidatura per il frantoio", "Gentile {full},\n\nla ringraziamo per averci scritto. Per la campagna olearia di quest'anno abbiamo già completato la squadra del frantoio con persone che lavorano con noi da diverse stagioni, quindi non possiamo accogliere la sua candidatura.\n\nCordiali saluti,\n{sig}\nFrantoio Poggio Santo"),
   ("interview", "Incontro al frantoio", "Gentile {full},\n\nsarebbe disponibile per un incontro in frantoio il {dl} alle 15? Purtroppo la strada bianca che sale al casale è piena di buche: le consigliamo di lasciare l'auto in piazza, veniamo a prenderla noi.\n\nA presto,\n{sig}"))
lp("ja", "ja", "中村畳店", "nakamura-tatami", "jp",
   ("畳職人見習いの応募について", "{full} 様\n\nこの度は当店の見習い募集にご応募いただき、ありがとうございました。店主とも相談しました結果、今回は経験のある方を採用することになり、{full} 様のご採用は見送らせていただくこととなりました。\n\n今後のご活躍を心よりお祈りいたします。\n\n中村畳店\n{sig}"),
   ("next_steps", "入店前の書類のお願い", "{full} 様\n\n先日はお越しいただきありがとうございました。雇用契約の準備のため、住民票と振込先口座の写しを{dl}までにお送りください。\n\n中村畳店\n{sig}"))
lp("ko", "ko", "닥종이 한지공방", "dakjong-hanji", "kr",
   ("한지 공방 채용 결과 안내", "{full} 님께\n\n닥나무 껍질 벗기는 일부터 해 보셨다는 편지, 공방 식구들이 다 같이 읽었습니다. 그래도 이번 자리는 전주에서 십 년 넘게 종이를 뜬 분께 맡기게 되었어요. 아쉬운 소식이라 마음이 무겁습니다.\n\n늘 건강하시고요.\n{sig} 드림"),
   ("offer", "함께 일하자는 제안을 드립니다", "{full} 님께\n\n지난주 뜨기 시연 잘 봤습니다. {dl}부터 저희 공방에서 함께 일해 주셨으면 합니다. 근무는 평일 오전 9시부터 오후 6시까지이고, 자세한 조건은 첨부한 계약서에 적어 두었습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Pastelaria Largo do Coreto", "largodocoreto", "pt",
   ("Candidatura a pasteleiro(a)", "Olá {n},\n\nGostámos muito dos pastéis que fez na prova. Acontece que o Sr. Armando voltou para a casa depois do verão, e o lugar ao forno fica com ele; para já não temos vaga para si.\n\nTudo de bom,\n{sig}\nPastelaria Largo do Coreto"),
   ("application_received", "A sua candidatura chegou-nos", "Olá {n},\n\nChegou-nos a sua ficha para o balcão da pastelaria. A dona lê tudo até ao fim do mês e, sim ou não, escreve sempre de volta a cada pessoa.\n\nObrigada,\n{sig}"))
lp("ru", "ru", "Переплётная мастерская «Корешок»", "koreshok-bind", "ru",
   ("Ваш отклик на вакансию переплётчика", "Здравствуйте, {full}!\n\nФотографии ваших переплётов мы рассматривали всей мастерской. Мы долго выбирали и в итоге остановились на мастере, который уже реставрировал старые книги в областной библиотеке. Поэтому на этот раз мы вынуждены вам отказать.\n\nС уважением,\n{sig}\nмастерская «Корешок»"),
   ("next_steps", "Документы для оформления", "Здравствуйте, {full}!\n\nЧтобы оформить вас в мастерскую, пришлите, пожалуйста, до {dl} скан паспорта, СНИЛС и ИНН. Оригиналы принесёте в первый рабочий день.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Karakana ya Majahazi Mkokotoni", "majahazimkokotoni", "tz",
   ("Kuhusu ombi lako la kazi ya useremala", "Habari {n},\n\nBarua yako kuhusu useremala wa majahazi tumeipokea na kuisoma kwa furaha. Nafasi hiyo moja imechukuliwa na fundi mzee wa Kendwa aliyeunda majahazi tangu ujana wake, hivyo kwa sasa hatuna nafasi nyingine ya kukupa.\n\nKila la heri,\n{sig}\nKarakana ya Majahazi Mkokotoni"),
   ("offer", "Umepata nafasi karakanani", "Habari {n},\n\nTunafurahi kukujulisha kuwa umepata nafasi ya msaidizi wa fundi katika karakana yetu. Tunaomba uanze kazi tarehe {dl} saa mbili asubuhi. Tafadhali thibitisha kwa kujibu barua pepe hii.\n\nWako,\n{sig}"))
lp("th", "th", "เบญจรงค์บ้านดอนไก่ดี", "bencharong-donkaidee", "th",
   ("ผลการสมัครงานช่างเขียนลายเบญจรงค์", "เรียน คุณ{full}\n\nโรงเผาของเราได้ดูลายที่คุณส่งมาแล้วนะคะ สวยมากค่ะ แต่รอบนี้เจ้าของตัดสินใจให้พี่ช่างลงยาสีจากสมุทรสาครมาทำตำแหน่งนี้แทน เลยต้องบอกคุณว่าไม่ได้ไปต่อค่ะ\n\nขอแสดงความนับถือ\n{sig}"),
   ("interview", "นัดสัมภาษณ์และทดลองเขียนลาย", "เรียน คุณ{full}\n\nทางเราขอเชิญคุณมาสัมภาษณ์และทดลองเขียนลายในวันที่ {dl} ช่วงสิบโมงเช้าค่ะ ต้องขออภัยด้วยนะคะ ลานจอดรถหน้าโรงงานกำลังปรับปรุงอยู่ แนะนำให้จอดที่วัดข้าง ๆ ค่ะ\n\n{sig}"))
lp("tr", "tr", "Bakırcı Usta Atölyesi", "bakirciusta", "tr",
   ("Bakır atölyesi başvurunuz hakkında", "Sayın {full},\n\nDövme bakır tepsi fotoğraflarınızı ustamız da gördü, eline sağlık dedi. Yalnız çırak kontenjanımız tek kişilik ve o yeri kırk yıllık kalaycı Hüsnü Usta'nın yeğenine verdik. Size şimdilik yer açamıyoruz, kusura bakmayın.\n\nSelam ve sevgiyle,\n{sig}\nBakırcı Usta Atölyesi"),
   ("next_steps", "İşe giriş evrakları", "Sayın {full},\n\nİşe girişinizin yapılabilmesi için nüfus cüzdanı fotokopisi, ikametgâh belgesi ve iki adet vesikalık fotoğrafı en geç {dl} tarihine kadar atölyeye bırakabilir misiniz.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "سیالکوٹ اسٹار اسپورٹس", "sialkotstar", "pk",
   ("فٹ بال سلائی کے کام کے بارے میں", "محترمہ {full}،\n\nآپ کا سِلا ہوا نمونہ ہماری سپروائزر باجی نے غور سے دیکھا۔ مگر یہ جگہ اب گاؤں کی ایک خاتون کو دی گئی ہے جو دس برس سے گھر بیٹھے فٹ بال سیتی آئی ہیں، سو اس بار آپ کو کام پر بلانے کی گنجائش نہیں۔\n\nدعاؤں کے ساتھ، فیکٹری کی طرف سے\n{sig}"),
   ("offer", "ملازمت کی پیشکش", "محترمہ {full}،\n\nہمیں یہ بتاتے ہوئے خوشی ہے کہ آپ کو ہمارے سلائی سیکشن میں ملازمت کی پیشکش کی جاتی ہے۔ براہ کرم {dl} کو صبح آٹھ بجے اپنے شناختی کارڈ کے ساتھ فیکٹری تشریف لائیں۔\n\n{sig}"))
lp("zh", "zh", "岩韵茶厂", "yanyun-tea", "cn",
   ("关于制茶学徒岗位的答复", "{full}您好：\n\n感谢您报名我们茶厂的制茶学徒岗位，也谢谢您专程来厂里试做。经过商量，我们最后选了一位在武夷山做过三季岩茶的师傅，这次就不能请您来了，还请谅解。\n\n祝一切顺利！\n{sig}\n岩韵茶厂"),
   ("application_received", "报名已收到", "{full}您好：\n\n您的报名表我们已经收到。春茶开采前我们会统一通知，无论是否录用，都会给您回个电话。\n\n{sig}"))
lp("cat1", "cat", "Celler Cooperatiu de Sant Pere", "cellersantpere", "es",
   ("Plaça a la colla de verema", "Hola, {n}:\n\nGràcies pel missatge sobre la feina a la cooperativa durant la verema; ens va fer gràcia llegir-te. Enguany ja tenim la colla tancada amb la gent que ve cada any, i per això no et podem oferir la plaça.\n\nUna abraçada i sort,\n{sig}\nCeller Cooperatiu de Sant Pere"),
   ("interview", "Entrevista a la cooperativa", "Hola, {n}:\n\nEt podries passar per la cooperativa el {dl} a les deu per fer una entrevista i veure el celler? Malauradament la bàscula de l'entrada està en obres, així que entra per la porta del darrere.\n\nFins aviat,\n{sig}"))
lp("cat2", "cat", "Espardenyeria Vidal", "espardenyeriavidal", "es",
   ("Sobre la teva candidatura", "Bon dia, {n}:\n\nGràcies per venir a fer la prova de cosir espardenyes. Finalment hem triat una persona que ja havia treballat en un taller de Banyoles, de manera que no seguirem endavant amb la teva candidatura.\n\nMolta sort,\n{sig}\nEspardenyeria Vidal"),
   ("offer", "Oferta de feina al taller", "Bon dia, {n}:\n\nEns agradaria que t'incorporessis al taller per cosir espardenyes a partir del {dl}, de dilluns a divendres al matí. Confirma'ns-ho quan puguis, si us plau.\n\nSalutacions,\n{sig}"))
lp("afr1", "afr", "Kleinvlei Teeplaas", "kleinvleiteeplaas", "za",
   ("Jou aansoek as plaasvoorman", "Goeiedag {n},\n\nDankie dat jy die hele ent uitgery het plaas toe. Oom Kobus het uiteindelik 'n man aangestel wat al drie seisoene tee in die Sederberg gesny het, so daar is nie meer plek vir 'n voorman nie.\n\nAlles van die beste,\n{sig}\nKleinvlei Teeplaas"),
   ("application_received", "Ons het jou aansoek ontvang", "Goeiedag {n},\n\nDankie, jou aansoek het by ons uitgekom. Ons gaan deur al die aansoeke ná die oes. Kry jy die werk of kry jy dit nie, Oom Kobus bel jou self voor die einde van volgende maand.\n\nGroete,\n{sig}"))
lp("afr2", "afr", "Kammanassie Volstruisplaas", "kammanassievolstruis", "za",
   ("Pos as toergids op die plaas", "Hallo {n},\n\nDankie vir jou belangstelling in die toergidspos. Ons het intussen 'n gids aangestel wat Duits en Frans praat, want die meeste van ons besoekers kom van oorsee. Jammer dat ons nie beter nuus het nie.\n\nVriendelike groete,\n{sig}\nKammanassie Volstruisplaas"),
   ("next_steps", "Dokumente voor jy begin", "Hallo {n},\n\nStuur asseblief vir ons 'n afskrif van jou ID, jou bankbesonderhede en jou noodhulpsertifikaat voor {dl}, dan kan ons jou kontrak gereed kry.\n\nDankie,\n{sig}"))
lp("nor1", "nor", "Systua i Voss", "systua-voss", "no",
   ("Søknad om stilling som bunadsyer", "Hei {n},\n\nBroderiprøven din ble beundret rundt hele arbeidsbordet. Likevel falt valget på ei som har sydd hardangerbunader på fulltid siden 2011, og dermed blir det dessverre ingen plass til deg hos oss nå.\n\nAlt godt fremover!\n\nVennlig hilsen\n{sig}\nSystua i Voss"),
   ("offer", "Tilbud om stilling i systua", "Hei {n},\n\nNå kan vi endelig si ja: du får 60 % stilling i systua med oppstart {dl}. Kontrakten er vedlagt – si fra innen en uke om den ser grei ut.\n\nVennlig hilsen\n{sig}"))
lp("nor2", "nor", "Sunnfjord Trebåtbyggeri", "sunnfjord-trebat", "no",
   ("Lærlingplass i båtbyggeriet", "Hei {n},\n\nHyggelig å høre fra deg. Vi har bare plass til én lærling i år, og den har gått til en gutt fra bygda som har hjulpet oss i sommerferiene. Beklager at det ble nei denne gangen.\n\nHilsen\n{sig}\nSunnfjord Trebåtbyggeri"))
lp("fin", "fin", "Kelopirtti Oy", "kelopirtti", "fi",
   ("Hakemuksesi hirsirakentajan tehtävään", "Hei {n},\n\nKiitos hakemuksestasi ja kiinnostuksestasi yritystämme kohtaan. Veistämön paikka meni lopulta kirvesmiehelle, joka on salvonut käsin hirsirunkoja Kuusamossa jo vuosia, eli meiltä ei nyt löydy sinulle töitä.\n\nOnnea työnhakuun!\n\nTerveisin\n{sig}\nKelopirtti Oy"),
   ("interview", "Kutsu haastatteluun veistämölle", "Hei {n},\n\nKutsumme sinut haastatteluun veistämölle {dl} klo 13. Valitettavasti pihatie on kelirikon takia huonossa kunnossa, joten jätä auto maantien varteen ja kävele viimeiset sata metriä.\n\nTerveisin\n{sig}"))
lp("hun", "hun", "Szilvás Pálinkafőzde", "szilvas-palinka", "hu",
   ("Jelentkezése a pálinkafőzdébe", "Kedves {n}!\n\nÖrültünk a levelének, amelyben főzősegédnek ajánlkozott. A helyet végül olyan jelöltnek ajánlottuk fel, aki már két szezont dolgozott egy szatmári főzdében, ezért most nem tudunk Önnel tovább haladni.\n\nSok sikert kívánunk!\n\nÜdvözlettel:\n{sig}\nSzilvás Pálinkafőzde"),
   ("application_received", "Megkaptuk a jelentkezését", "Kedves {n}!\n\nKöszönjük a jelentkezését, rendben megérkezett. A szüret után nézzük át az összeset, és akár igen, akár nem a válasz, mindenkinek írunk.\n\nÜdvözlettel:\n{sig}"))
lp("ell", "ell", "Αρτοποιείο Το Προζύμι", "artopoieio-prozymi", "gr",
   ("Σχετικά με την αίτησή σας", "Καλησπέρα σας,\n\nχαρήκαμε πολύ που ήρθατε στον φούρνο το Σάββατο. Η θέση όμως δόθηκε τελικά σε έναν φούρναρη από τη Νάουσα που δουλεύει το προζύμι είκοσι χρόνια, έτσι προς το παρόν δεν έχουμε θέση για εσάς.\n\nΜε εκτίμηση,\n{sig}\nΑρτοποιείο Το Προζύμι"),
   ("next_steps", "Δικαιολογητικά για την πρόσληψη", "Καλησπέρα σας,\n\nγια να ολοκληρωθεί η πρόσληψή σας, παρακαλούμε στείλτε μας έως τις {dl} αντίγραφο της ταυτότητας, τον ΑΜΚΑ και το πιστοποιητικό υγείας.\n\nΕυχαριστούμε,\n{sig}"))
lp("hrv", "hrv", "Škver Betina", "skver-betina", "hr",
   ("Vaša prijava za posao u škveru", "Poštovani,\n\nzahvaljujemo na prijavi za posao pomoćnog brodograditelja. Odlučili smo se za kandidata koji je već nekoliko sezona radio na obnovi drvenih pasara, pa je mjesto za sada popunjeno i za vas ga nemamo.\n\nSrdačan pozdrav,\n{sig}\nŠkver Betina"),
   ("offer", "Ponuda za posao u škveru", "Poštovani,\n\ns veseljem vam nudimo posao pomoćnog brodograditelja u našem škveru. Posao biste počeli {dl}, a radno vrijeme je od 7 do 15 sati. Molimo potvrdite do kraja tjedna.\n\nSrdačan pozdrav,\n{sig}"))


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
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.",
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
        rec["id"] = f"blind91:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 90; this slice, slice 92 and any later one are skipped by number."""
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
