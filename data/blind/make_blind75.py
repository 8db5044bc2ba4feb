# ruff: noqa: E501, S311
"""Write the seventy-fifth sealed blind slice for issue 11 (blind-slice-75.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 75 and later never read; our side printed)
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

SEED = 750751
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-75.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 75
SKIP_FROM = 75  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 13)
LAST_DRAW = dt.date(2026, 10, 31)  # a Saturday; moved to Monday 2 November at the latest

RECIPIENTS = [
    "Harriet Ashdown", "Cillian Daly", "Sushmita Rajan", "Fraser Buchanan", "Nokuthula Dube",
    "Anahera Paki", "Jolyon Pemberton", "Aoife Carolan", "Obinna Ezeh", "Bryony Chalcraft",
    "Temitope Adebayo", "Karabo Nkosi", "Lavanya Krishnan", "Caoimhe Ward", "Ngozi Obi",
    "Rupert Ainsworth", "Hemi Waaka", "Niamh Hegarty", "Debashish Sen", "Orlaith Kinsella",
    "Boitumelo Seane", "Hamish Gillespie", "Tejas Apte", "Njeri Kamau", "Ruairi Mulhern",
    "Kwame Boateng", "Lwazi Ndlovu", "Ishita Bhowmik", "Grainne Tully", "Ikenna Umeh",
    "Philippa Goodchild", "Priyanka Chauhan", "Chebet Langat", "Federica Longo", "Senan Cody",
    "Adaeze Okonkwo", "Clemency Rowe", "Rawiri Tane", "Akinyi Otieno", "Josephine Bartlett",
]
REGION_SIGNERS = {
    "uk": ["Felicity Ormerod", "Gethin Prosser", "Shabana Akhtar", "Duncan Lockhart", "Jennifer Polglase", "Malcolm Thwaite"],
    "ie": ["Bríd Ní Chonaill", "Ciarán Moynihan", "Una Lenihan", "Fergal Tierney"],
    "us": ["Rosalind Ybarra", "Amos Stoltzfus", "LaKeisha Pruitt", "Soren Lindqvist", "Dorota Nowicki"],
    "ca": ["Josée Bergeron", "Harjit Sandhu", "Halyna Bilyk", "Ewan MacLellan"],
    "au": ["Tegan Ashcroft", "Dimitri Kallis", "Bronwyn Feeney", "Thuy Pham"],
    "nz": ["Hone Tipene", "Glenys Ruddock", "Losa Faleolo", "Ngaire Horomona"],
    "za": ["Nomvula Khoza", "Pieter Swanepoel", "Sipho Mthembu", "Elsabe Venter"],
    "in": ["Sharmila Venkatesan", "Prasad Gokhale", "Nazia Ansari", "Basavaraj Hiremath"],
    "ng": ["Modupe Akinola", "Emeka Onwuzulike"], "ke": ["Nyokabi Wachira", "Kiprono Keter"],
    "ph": ["Rowena Macaraeg", "Danilo Tolentino"], "sg": ["Ong Siew Ling", "Murugan Selvam"],
    "np": ["Sabina Shrestha", "Bikash Gurung"], "pl": ["Agnieszka Wrona", "Tadeusz Kmieć"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["سلمى الشمري", "خالد الدوسري"], "de": ["Gudrun Pfeiffer", "Ansgar Wittmann"],
    "es": ["Montserrat Vidal", "Eusebio Prieto"], "fr": ["Solène Marchand", "Gaëtan Leroux"],
    "hi": ["कविता श्रीवास्तव", "राजीव त्रिपाठी"], "it": ["Ornella Bruni", "Fabrizio Conti"],
    "ja": ["佐々木 真理", "松本 浩二"], "ko": ["정미경", "한상우"], "pt": ["Filipa Antunes", "Nuno Barros"],
    "ru": ["Людмила Фёдорова", "Виктор Лебедев"], "sw": ["Zawadi Mrisho", "Bakari Omari"],
    "th": ["วันเพ็ญ แก้วมณี", "พรทิพย์ จันทร์เพ็ญ"], "tr": ["Aysel Korkmaz", "Hakan Öztürk"],
    "ur": ["نسرین ملک", "عمران چودھری"], "zh": ["陈秀英", "赵建国"],
    "tgl": ["Luzviminda Dela Cruz", "Rogelio Manalo"], "bos": ["Amra Hodžić", "Senad Begić"],
    "afr": ["Marietjie Steyn", "Hennie Pretorius"], "fas": ["مریم رضایی", "بهرام کاظمی"],
    "cat": ["Montse Puig", "Jordi Ferrer"], "nor": ["Ingrid Solberg", "Torbjørn Haugen"],
    "hun": ["Bodnár Ildikó", "Szabó Tamás"], "fin": ["Päivi Laaksonen", "Jukka Heikkinen"],
    "ell": ["Δέσποινα Παπαδάκη", "Γιώργος Νικολάου"], "vie": ["Nguyễn Thị Hồng", "Trần Văn Dũng"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم القحطاني", "هيفاء السبيعي"], "de": ["Henrike Vogt", "Jannik Brandt"],
    "es": ["Nerea Ibáñez", "Gonzalo Reyes"], "fr": ["Clémence Aubert", "Bastien Gilles"],
    "hi": ["शालिनी मिश्रा", "विवेक चौहान"], "it": ["Chiara Marino", "Lorenzo Ricci"],
    "ja": ["高橋 恵", "中村 翔"], "ko": ["윤지혜", "강민수"], "pt": ["Beatriz Lopes", "Tiago Mendes"],
    "ru": ["Дарья Орлова", "Максим Кузнецов"], "sw": ["Rehema Mushi", "Athumani Kombo"],
    "th": ["ปิยะนุช สายทอง", "ชยพล ศรีสุข"], "tr": ["Zeynep Arslan", "Emre Doğan"],
    "ur": ["عائشہ رحمان", "فرحانہ ناز"], "zh": ["周敏", "吴磊"],
    "tgl": ["Maricris Santos", "Jomar Villanueva"], "bos": ["Lejla Mehić", "Adnan Karić"],
    "afr": ["Annelie du Plessis", "Wian Kotzé"], "fas": ["نگار احمدی", "آرش صادقی"],
    "cat": ["Núria Soler", "Pau Serra"], "nor": ["Silje Berg", "Eirik Dahl"],
    "hun": ["Tóth Réka", "Nagy Bence"], "fin": ["Noora Virtanen", "Antti Mäkelä"],
    "ell": ["Ελένη Κωνσταντίνου", "Νίκος Δημητρίου"], "vie": ["Lê Thu Trang", "Phạm Minh Khoa"],
}
GIVEN = {
    "Darragh Mac Giolla": "Darragh", "Gráinne Ó Laoire": "Gráinne", "Tan Hui Min": "Hui Min",
    "Bodnár Ildikó": "Ildikó", "Szabó Tamás": "Tamás", "Tóth Réka": "Réka", "Nagy Bence": "Bence",
    "Nguyễn Thị Hồng": "Hồng", "Trần Văn Dũng": "Dũng", "Lê Thu Trang": "Trang", "Phạm Minh Khoa": "Khoa",
    "Ong Siew Ling": "Siew Ling",
}
PROVIDERS = ["kestrelmail", "plovernet", "linnetbox", "whimbrelpost", "turnstonemail", "garganeybox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"), "is": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "il": ("+0200", "+0300", "il"), "ba": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"), "ir": ("+0330", None, ""), "vn": ("+0700", None, ""), "np": ("+0545", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ec": ("-0500", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "et": ("+0300", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "pk": ("+0500", None, ""), "kz": ("+0500", None, ""),
    "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
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
    TEMPLATES.append(T(part, label, kind, f"blind75-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, cheers for showing me the cold room Tuesday. Forklift card expiry and a second referee pasted beneath.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: update", "Dear {n},\n\nRequisition {ref} ({role}) at {co} closed, nobody appointed: {x}. All candidates attached to it have been released, and your profile stays searchable for other openings.\n\nTalent Acquisition, {co}", ("Brackwater Dairies", "Pellow Foods"), ("brackwater", "pellowfoods"), role=("Cheese Vat Operator", "Brine Room Lead"), tz=("uk", "cae"), x=("the curd line is moving to our sister site", "the brining work is being contracted out"))
mr("gh", "About your {co} application", "Hi {n},\n\nWe offered the {role} role and the candidate has said yes. She {x}, which carried the day for the hiring group. Grateful for the hours spent on the task and the call with our team.\n\n{sig}\nPeople team, {co}", ("Quillon Bindery", "Harrow & Tack"), ("quillonbind", "harrowtack"), role=("Marbled Paper Finisher", "Saddle Leather Cutter"), tz=("use", "au"), x=("has run a paper-marbling bath for six years", "has cut bridle leather for a polo yard"))
mr("lv", "{co}: {role}", "Hello {n},\n\nI have read through your answers for the {role} post carefully. We will be going on with other people for this round; {x}. Your details stay with me nine months and look back at them if the bench grows.\n\n{sig}, {co}", ("Waxwing Candle Works", "Thimbleby Tins"), ("waxwingworks", "thimblebytins"), role=("Wick Dipper", "Tin Seamer"), tz=("usp", "nz"), x=("the shift needs someone who already knows the dip vats", "the seaming press wants a person with press tickets"))
mr("sr", "Application status – {role}", '<html><body><p>Dear {n},</p><table border="1"><tr><td>Job</td><td>{role}</td></tr><tr><td>State</td><td>{x}</td></tr></table><p>With thanks from {co}.</p></body></html>', ("Ferrous Lane Foundry", "Kettlewell Ferries"), ("ferrouslane", "kettlewellferries"), role=("Core Maker", "Deck Hand (Seasonal)"), tz=("uk", "ie"), x=("Closed – post filled by someone else", "Finished – another applicant accepted the offer"))
mr("ic", "{co} candidate update: {role}", "Dear {n},\n\nYour candidacy for {role} (ref {ref}) now shows: Not Selected – {x}. This posting is final, but you may apply to others in the portal.\n\nRecruiting Operations\n{co}", ("Ostler Rail Services", "Tarnside Haulage"), ("ostlerrail", "tarnside"), role=("Track Patroller", "Tipper Driver"), tz=("usc", "za"), x=("Track Safety Card Missing", "Professional Driving Permit Not Uploaded"))
mr("tl", "Req {ref} {role} – status changed", "Dear {n},\n\nThe job you applied for, {role}, has changed status: {x}. Nothing further is needed on your side.\n\n{co} Careers", ("Bellrope Hotels", "Cinderford Linen"), ("bellropehotels", "cinderfordlinen"), role=("Night Porter", "Press Ironer"), tz=("usm", "in"), x=("Cancelled – night cover moved to a security firm", "Withdrawn – the ironing room closes in spring"))
mr("wk", "Your application to {co}", "Hi {n},\n\n{role} drew {x} applications. We phoned nine and asked four in for a trial morning; you were not in that group. We know that is a letdown after the effort you made, and we wish you well.\n\n{sig}\n{co}", ("Puddock Paddleboards", "Larchfield Tents"), ("puddock", "larchfield"), role=("Board Glasser", "Canvas Stitcher"), tz=("nz", "cae"), x=("one hundred and twenty-nine", "sixty-four"))
mr("bb", "{role} – {co}", "Dear {n},\n\nLovely that {co} caught your eye. {x}, so the {role} opening no longer exists and we are closing every application to it. Wish I had brighter news.\n\n{sig}", ("Tallow & Wick", "Bramblecote Preserves"), ("tallowwick", "bramblecote"), role=("Pouring Assistant", "Jar Filler"), tz=("uk", "au"), x=("Our weekend staff asked for the extra hours and took them", "Two of our part-timers have stepped up to full days"))
mr("tt", "{co} – about {role}", "Hello {n},\n\nThanks you for the nice talk on phone. The owner decide to take {x}. So for now this job is finish for you, but please stay in touch with us.\n\nBest greetings,\n{sig}\n{co}", ("Kmieć Pierogi Bar", "Zielony Ogród Catering"), ("kmiecpierogi", "zielonyogrod"), role=("Kitchen Helper", "Event Waiter"), tz=("pl",), x=("his neighbour who make dumplings in his mother restaurant twelve years", "a lady who serve weddings in Kraków long time"))
mr("ps", "Your application – {role}", "Dear {n},\n\nWe thank you kindly for applying. After discussing with whole team, our choice is {x}. We hope you will find soon good place.\n\nWith regards,\n{sig}\n{co}", ("Himal Thangka Studio", "Annapurna Trek Supplies"), ("himalthangka", "annapurnatrek"), role=("Studio Assistant", "Store Helper"), tz=("np",), x=("one candidate who is already painting thangka with us as trainee", "one person from our own Bandipur branch"))
mr("pp", "{co}: outcome for {role}", "Dear {n},\n\nYour written answers scored {x}. Only candidates at the higher score go to interview, so we will stop your application at this point. Kind of you to consider {co}.\n\n{sig}", ("Dunmore Clock Trust", "Orrery House"), ("dunmoreclock", "orreryhouse"), role=("Winding Assistant", "Gallery Technician"), tz=("uk", "ie"), x=("16 of 40, against an interview bar of 24", "12 of 35, against an interview bar of 21"))
mr("jz", "{co} roster update", "Hi {n},\n\nTa for the showreel. This season our clients have asked for {x} by name, so we have no space on the roster for a new act right now. Break a leg out there.\n\n{sig}\n{co}", ("Lanternfish Entertainments", "Kookaburra Acts"), ("lanternfishents", "kookaburraacts"), role=("Performer",), tz=("uk", "au"), x=("the fire jugglers from last summer", "the same two stilt walkers"))
mr("ab", "{co} – {role}", "Hi {n}!\n\nThank you po for joining our screening. We went ahead na with {x}. Please do apply ulit next hiring season, okay? Ingat always!\n\n{sig}\n{co}", ("Bibingka ni Aling Nena", "Tablea House Bantayan"), ("alingnena", "tableahouse"), role=("Baker Assistant", "Cacao Roaster Helper"), tz=("ph",), x=("an applicant who baked in an Ilagan bakery before", "a roaster trained at a Siquijor farm"))
mr("s1", "The Saturday job", "Hi {n},\n\nTa for handing your CV in at the chip shop. My sister's lad is done with school and wants Saturdays, so the job's his. Good luck with it.\n\n{sig}", "Hobson's Fish Bar", "hobsonsfish", tz="uk")
mr("s2", "Shop job", "Hi {n},\n\nWe got your note about the counter job. A chain has bought the garden centre and they bring their own people, so no new start here. Mind yourself.\n\n{sig}", "Cullen's Garden Centre", "cullensgarden", tz="ie")
mr("s3", "counter help", "Hey {n},\n\nThanks for stopping by the taffy stand. Marge is coming back for her eleventh summer so the counter's covered. Come say hi when you're in town.\n\n{sig}", "Saltmarsh Taffy", "saltmarshtaffy", tz="use")
mr("s4", "Re: summer help", "Hi {n},\n\nAppreciate you asking about the chip truck. Turns out my wife and our two boys are running it ourselves this year, so there's no spot. All the best, eh.\n\n{sig}", "Lakeview Fry Truck", "lakeviewfry", tz="cam")
mr("s5", "The yard job", "G'day {n},\n\nTa for ringing about the timber yard. My brother-in-law lost his mine job, so he's on the yard from Monday. Sorry mate.\n\n{sig}", "Wattle Creek Timber", "wattlecreek", tz="au")
mr("s6", "Picking", "Kia ora {n},\n\nCheers for asking about picking. Last year's pickers are all returning, so the block is full. Keep an eye on us next season.\n\n{sig}", "Totara Flats Apples", "totaraflats", tz="nz")
mr("s7", "Stall job", "Hi {n},\n\nThanks for stopping at the vetkoek stall. My husband's niece finished matric and she helps me now, so the stall has enough hands. Good luck hey.\n\n{sig}", "Auntie Bea's Vetkoek", "auntiebea", tz="za")
mr("s8", "Regarding salesman post", "Dear {n},\n\nReceived your biodata for salesman post. Sir has given the post to his wife's nephew who just completed B.Com. Kindly excuse.\n\n{sig}", "Venkatesa Brass Emporium", "venkatesabrass", tz="in")
mr("s9", "Sales girl position", "Dear {n},\n\nThanks for submitting your CV at the boutique. Madam's younger sister has resumed after her service year, so the position is taken. God bless you.\n\n{sig}", "Adire Grace Boutique", "adiregrace", tz="ng")
mr("s10", "Shop attendant", "Hi {n},\n\nAsante for visiting the farm-inputs counter last week. Mzee has brought his son-in-law to help, so we are full. Stay blessed.\n\n{sig}", "Kamau Farm Inputs", "kamaufarm", tz="ke")
mr("s11", "Crew position", "Hi {n},\n\nGood of you to apply. Sad to say our Pateros branch is closing by end of month, so we stopped hiring na. Thank you for understanding po.\n\n{sig}", "Empanadahan sa Plaza", "empanadahan", tz="ph")
mr("s12", "Stall helper", "Hi {n},\n\nThanks for asking. From next month the kaya toast stall opens Thursday to Sunday only, so my auntie and I can manage. Sorry ah.\n\n{sig}", "Ah Seng Kopi", "ahsengkopi", tz="sg")
mr("s13", "About the job", "Dear {n},\n\nThank you that you visit bakery. My cousin son come from Lublin and work with us now, so no place for you now. I am sorry.\n\n{sig}", "Piekarnia Wrona", "piekarniawrona", tz="pl")
mr("s14", "Helper job", "Dear {n},\n\nThank you for come to shop. Our uncle's grandson came from Dhulikhel and he will help in pottery, so no more vacancy now. Namaste.\n\n{sig}", "Thimi Clay Pots", "thimiclay", tz="np")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} – second chat", "Hi {n},\n\nLovely to walk the cold room with you. The committee sat on Wednesday evening and asked {x} to take up the {role} post, and she starts next month. Glad we met.\n\n{sig}\n{co}\n\n{OUT}", ("Fellside Cheese Co-op", "Larkhill Honey Collective"), ("fellsidecheese", "larkhillhoney"), role=("Store Coordinator",), tz=("uk", "au"), x=("Rhiannon, our long-time volunteer,", "Bettina from the Saturday market"))
mr("th2", "Re: [EXT] Re: {role}", "Dear {n},\n\nThanks again for travelling in. The practice partners talked it over yesterday and {x} is joining as {role} on the first. You were a delight to chat with.\n\nWarmly,\n{sig}\n\n{GM}", ("Oakhollow Vets", "Riverbend Chiropody"), ("oakhollowvets", "riverbendchiro"), role=("Practice Receptionist",), tz=("ie", "nz"), x=("Deirdre", "Tania"))
mr("th3", "RE: [EXT] RE: {role} interview", "Hi {n},\n\nThanks for your patience. The board met on Monday and appointed {x} as our {role}. He starts in spring. Thanks for your thoughtful answers.\n\n{sig}\n{co}\n\n{ORIG}", ("Cedar Bluff School", "Marshfield Library Board"), ("cedarbluff", "marshfieldlib"), role=("Office Manager",), tz=("usc", "cae"), x=("a parent who ran the PTA books for years", "a retired branch clerk"))
mr("th4", "Re: [EXT] RE: {role}", "Dear {n},\n\nGood to speak with you last week. Management has selected {x} for the {role} job and she took it. Grateful you made the long trip to site.\n\nRegards,\n{sig}\n{co}\n\n{RULE}", ("Ogbomoso Agro Cold Store", "Kitengela Maize Silos"), ("ogbocold", "kitengelasilos"), role=("Store Supervisor",), tz=("ng", "ke"), x=("an internal candidate from our other depot", "our Mumias weighbridge clerk"))
mr("th5", "RE: [EXT] Re: {role} – audition", "Hi {n},\n\nWhat a fun audition. The director cast {x}, and rehearsals begin in a fortnight. Loved your energy.\n\n{sig}\n{co}\n\n{OUT}", ("Lamplight Players", "Harbourside Youth Theatre"), ("lamplightplayers", "harboursideyt"), role=("the Innkeeper", "the Ferryman"), tz=("uk", "za"), x=("a member who read it at the first workshop", "one of last year's leads"))
mr("th6", "Re: [EXT] Re: {role}", "Hi {n},\n\nThanks for coming to the shed. Last night the members chose {x} as our new {role}. He knows most of us already and starts in the new year. Cheers for your time.\n\n{sig}\n{co}\n\n{GM}", ("Bike Kitchen Bulls", "Quernstone Repair Shed"), ("bikekitchenbulls", "quernstoneshed"), role=("Workshop Coordinator",), tz=("nz", "cat"), x=("Jonah", "Marcel"))
mr("th7", "RE: [EXT] RE: {role}", "Dear {n},\n\nThank you for meeting both partners. We have offered the {role} position to {x}, who said yes this morning. Thanks for the care you showed.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}", ("Clearwater Speech Clinic", "Banksia Physio"), ("clearwaterspeech", "banksiaphysio"), role=("Clinic Assistant",), tz=("in", "au"), x=("a therapist who interned with us", "an applicant from up the coast"))
mr("th8", "Re: [EXT] RE: {role}", "Hi {n},\n\nThanks for sitting with the group. The co-op met again on Saturday and {x} is now our {role}. You were very good company on the tour.\n\n{sig}\n{co}\n\n{RULE}", ("Umoja Tailoring Co-op", "Shongololo Crafts"), ("umojatailoring", "shongololo"), role=("Bookkeeper",), tz=("ke", "za"), x=("Mama Achieng's daughter", "Thandi from the bead table"))
# ---- 8 clear refusals under long footers
FOOT_A = "\n\n—\nGearbarn Outdoor · Jackets from {x}\nRead The Quernstone Letter every Friday\nGet Store Jobs alerts: Account > Alerts\nWe keep applicant data for twelve months, then delete it.\nLanded here in error? Bin it, no harm done."
FOOT_B = "\n\n—\nFirst Cast Tackle · Reels from {x}\nThe Float & Feather newsletter, monthly\nText CASTJOBS to get openings by SMS\nPrivacy: privacy@firstcast.example\nMeant for whoever it's addressed to, nobody else."
mr("ft1", "Your Gearbarn application", "Hi {n},\n\nTa for wanting to work in our {y} store. This time round your application goes no further." + FOOT_A, "Gearbarn Outdoor", "gearbarn", tz=("uk", "ie"), x=("£45", "€52"), y=("Kirkoswald", "Castlepollard"))
mr("ft2", "Store job: {y}", "Hi {n},\n\nHaving looked at your {y} store application, we are not moving it ahead. Thanks for thinking of us." + FOOT_A, "Gearbarn Outdoor", "gearbarn", tz=("use", "cap"), x=("$59", "C$69"), y=("Baraboo", "Hinterwick"))
mr("ft3", "First Cast Tackle – application", "Hi {n},\n\nCheers for applying for the {y} shop. You have not been selected this time, and we wish you tight lines." + FOOT_B, "First Cast Tackle", "firstcast", tz=("au", "nz"), x=("$24", "NZ$27"), y=("Eden", "Taupo"))
mr("ft4", "Shop role at {y}", "Dear {n},\n\nYour {y} branch application reached us, thanks. Unfortunately you were not successful on this occasion." + FOOT_B, "First Cast Tackle", "firstcast", tz=("za", "ng"), x=("R299", "₦18,000"), y=("Hermanus", "Ijero"))
# ---- 9 hedged refusals
mr("hd1", "{role} – our decision", "Dear {n},\n\nThank you for interviewing with {co}. We have gone with someone whose {x} sits a little nearer the practice's plans. Grateful for your time.\n\n{sig}", ("Lathbury & Crane Solicitors", "Mossgiel Conveyancing"), ("lathburycrane", "mossgiel"), role=("Trainee Paralegal",), tz=("uk", "ie"), x=("grounding in probate files", "run of house-sale files"))
mr("hd2", "{role} update", "Hi {n},\n\nThanks for talking with us. Another applicant's {x} matched the clients we serve a touch more closely, so that is the way we have decided. All the best.\n\n{sig}\n{co}", ("Bellweather Ledger Accounting", "Kōwhai Audit"), ("bellweatherledger", "kowhaiaudit"), role=("Junior Bookkeeper",), tz=("usm", "nz"), x=("background with grain farms", "time with iwi trusts"))
mr("hd3", "{role}", "Dear {n},\n\nWe appreciated your interview. The firm has leaned towards an engineer {x}, which fits the current workload slightly better, and has gone that way.\n\nRegards,\n{sig}\n{co}", ("Brackmoor Structural Partners", "Kajiado Water Engineers"), ("brackmoorstructural", "kajiadowater"), role=("Site Engineer",), tz=("ng", "ke"), x=("with more footbridge work behind her", "who has laid more gravity water mains"))
mr("hd4", "Thank you from {co}", "Hi {n},\n\nThanks for meeting us. Our pick: a candidate {x}, which suits the bookings on our books a shade better. Warm wishes.\n\n{sig}", ("Signline Interpreting", "Captionwell"), ("signline", "captionwell"), role=("Interpreter",), tz=("uk", "au"), x=("with more courtroom hours", "who has captioned more live sport"))
mr("hd5", "Care assistant role", "Dear {n},\n\nThank you for the interview. We are taking things another way, with carers who have done more night shifts beside older clients. Take care.\n\n{sig}\n{co}", "Lion City Home Care", "lioncitycare", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}", "Hi {n},\n\nGood talking earlier. Like I mentioned, {x} landed the {role} job with the client. I have another one that suits you though: {y}. Shall I put you forward? Reply today if yes.\n\n{sig}\n{co}", ("Northgate Staffing", "Hirecrake Talent"), ("northgatestaff", "hirecrake"), role=("Production Supervisor",), tz=("uk", "usc"), x=("their own night-shift lead", "a supervisor from a cheese plant"), y=("a chutney kitchen near Pateley", "a tortilla plant outside Baraboo"))
mr("rc2", "{role} – update and something else", "Hi {n},\n\nQuick one after our chat: the {role} seat has gone to {x}. There's a similar job at {y} I reckon you'd suit. Keen?\n\n{sig}\n{co}", ("Sandgate Recruitment", "Matai People"), ("sandgaterec", "matai"), role=("Shift Lead",), tz=("au", "nz"), x=("the packing-floor leading hand", "the owner's niece"), y=("a macadamia roaster near Mullumbimby", "a kiwifruit coolstore in Puddleby"))
mr("rc3", "Following our call", "Dear {n},\n\nAppreciated the call. {x} got the {role} post, the client decided. I do have a {y} opening which fits your CV. Can I send it across?\n\n{sig}\n{co}", ("Kitengela Search", "Jobmoth Talent"), ("kitengelasearch", "jobmothtalent"), role=("Maintenance Technician",), tz=("ke", "ng"), x=("an on-site technician", "their senior fitter"), y=("dairy in Kajiado", "cassava mill in Ijero"))
mr("rc4", "The packhouse role", "Hi {n},\n\nAppreciated the phone time. The client picked their own forklift supervisor for that post. Another client, a table-grape packhouse near De Doorns, needs a shift lead. Want me to pass your CV on?\n\n{sig}\nHiresnipe", "Hiresnipe", "hiresnipe", tz="za")
# ---- 8 public-sector notices
mr("pb1", "Notice of rating – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: we have screened your file. It does not show {x}, so the file is marked ineligible and stops here.\n\nHR Office\n{co}", ("Ashtabula County", "Town of Ferrybright Landing"), ("ashtabulaco", "ferrybright"), role=("Water Plant Operator",), tz=("use", "cat"), x=("a Class II water licence", "a Level 1 treatment certificate"))
mr("pb2", "Referral outcome – {role}", "Dear {n},\n\nThe top {x} eligible applicants for {role} were referred to the hiring official. That referral left your name off. You remain on the list for twelve months.\n\n{co} Personnel", ("City of Stonehatch Flats", "City of Nelson Ridge"), ("stonehatchflats", "nelsonridge"), role=("Parks Technician",), tz=("usm", "cap"), x=("five", "three"))
mr("pb3", "Vacancy {ref}: cancelled", "Dear {n},\n\nCouncil has reviewed {x} and cancelled vacancy {ref} for {role}. No appointment will be made.\n\n{co}", ("Brackmoor Shire Council", "Puddleby Plains Council"), ("brackmoorshire", "puddlebyplains"), role=("Library Officer",), tz=("au", "nz"), x=("library opening hours", "building control staffing"))
mr("pb4", "Result of screening test – {role}", "Dear {n},\n\nThe {role} screening cut-off stood at {x}. As your mark is below the cut-off, your candidature ends here.\n\n{co}", ("Belagavi District Selection Committee", "Ijero Local Government Service Commission"), ("belagaviselect", "ijerolgsc"), role=("Junior Assistant",), tz=("in", "ng"), x=("61 of 100; you scored 54", "45 of 75; you scored 39"))
# ---- 6 bare ATS status updates
mr("at1", "Status update: {role}", "Hi {n},\n\nYour application for {role} at {co} now reads: Not under consideration any more.\n\nWrenhire", ("Quarry Lane Bakery", "Tidewell Marine"), ("wrenhire",), frm="Wrenhire <status@{dom}>", role=("Baker", "Marina Hand"), tz=("uk", "au"))
mr("at2", "{co} – application status", '<html><body><p>{n},</p><table><tr><td>{role}</td><td>Closed · not moving forward</td></tr></table></body></html>', ("Pinegrove Lodge", "Stonechat Mills"), ("pinegrovelodge", "stonechatmills"), role=("Housekeeper", "Loom Tender"), tz=("cam", "uk"))
mr("at3", "{role}: progress", "{n}, your tracker, as of today.\n\nApplied ✓  Reviewed ✓  Result: Not shortlisted\n\n{co} via Trackfern", ("Gannet Bay Seafoods", "Holloway Print"), ("trackfern",), frm="Trackfern <noreply@{dom}>", role=("Filleter", "Press Assistant"), tz=("ie", "nz"))
# ---- 6 internship / graduate decisions
mr("in1", "{role} – decision", "Dear {n},\n\nWe received {x} applications for the two {role} places this summer. Both places now belong to other students. Kind of you to look our way.\n\n{sig}\n{co}", ("Dunes Ecology Trust", "Bog Restoration Project"), ("dunesecology", "bogrestore"), role=("water-vole survey studentship", "peat-probe studentship"), tz=("uk", "ie"), x=("97", "58"))
mr("in2", "Internship decision", "Hi {n},\n\nCheers for applying to the {role}. Every intern spot for this season is now held by another applicant. Try us once more next year, do.\n\n{sig}\n{co}", ("Raptor Count Station", "Coastal Bird Observatory"), ("raptorcount", "coastalbirdobs"), role=("hawk-watch internship", "shorebird-banding internship"), tz=("usm", "cap"))
mr("in3", "Graduate programme {ref}", "Dear {n},\n\nYour graduate-programme form reached us, with thanks. Other graduates have accepted this intake's {x} places between them. Go well; the next intake opens in autumn.\n\nGraduate Recruitment\n{co}", ("Stonehatch Port Terminals", "Stonehatch Freight Yard"), ("portterminals", "freightyard"), role=("Graduate",), tz=("za", "ke"), x=("six", "four"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "Requisition {ref} – application received", "Dear {n},\n\nWe have your application for {role}. Should an outside contractor take the work, this requisition closes and every applicant will hear by email.\n\nTalent Acquisition, {co}", ("Brackwater Dairies", "Pellow Foods"), ("brackwater", "pellowfoods"), role=("Cheese Vat Operator", "Brine Room Lead"), tz=("uk", "cae"))
mo(A, "gh", "We got your application – {co}", "Hi {n},\n\nYour application for {role} is in. If the team offers the job elsewhere, a personal note comes from me, so no news is just no news yet.\n\n{sig}", ("Quillon Bindery", "Harrow & Tack"), ("quillonbind", "harrowtack"), role=("Marbled Paper Finisher", "Saddle Leather Cutter"), tz=("use", "au"))
mo(A, "lv", "{co}: thanks for applying", "Hello {n},\n\nThanks for your answers for {role}. Good news or not, somebody from the workshop floor will reply to you personally.\n\n{sig}, {co}", ("Waxwing Candle Works", "Thimbleby Tins"), ("waxwingworks", "thimblebytins"), role=("Wick Dipper", "Tin Seamer"), tz=("usp", "nz"))
mo(A, "sr", "Application status – {role}", '<html><body><p>Dear {n},</p><table border="1"><tr><td>Job</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Next</td><td>Interview, else Closed when someone else is hired</td></tr></table></body></html>', ("Ferrous Lane Foundry", "Kettlewell Ferries"), ("ferrouslane", "kettlewellferries"), role=("Core Maker", "Deck Hand (Seasonal)"), tz=("uk", "ie"))
mo(A, "ic", "{co}: we have your candidacy", "Dear {n},\n\nCheers for applying for {role} (ref {ref}). Please upload your certificate within ten days; candidacies without it move automatically to Not Selected.\n\nRecruiting Operations\n{co}", ("Ostler Rail Services", "Tarnside Haulage"), ("ostlerrail", "tarnside"), role=("Track Patroller", "Tipper Driver"), tz=("usc", "za"))
mo(A, "tl", "Req {ref} {role} – submitted", "Dear {n},\n\nYour submission for {role} is complete. If this job is paused or scrapped down the line, the system will tell every linked applicant.\n\n{co} Careers", ("Bellrope Hotels", "Cinderford Linen"), ("bellropehotels", "cinderfordlinen"), role=("Night Porter", "Press Ironer"), tz=("usm", "in"))
mo(A, "wk", "Cheers for applying to {co}", "Hi {n},\n\n{role}: your form is in. We ring our shortlist; everybody else gets an email after we decide.\n\n{sig}", ("Puddock Paddleboards", "Larchfield Tents"), ("puddock", "larchfield"), role=("Board Glasser", "Canvas Stitcher"), tz=("nz", "cae"))
mo(A, "bb", "{role} – received", "Dear {n},\n\nCheers for applying. If our part-timers claim these hours pre-interview, you hear it from me that very day rather than leave you waiting.\n\n{sig}, {co}", ("Tallow & Wick", "Bramblecote Preserves"), ("tallowwick", "bramblecote"), role=("Pouring Assistant", "Jar Filler"), tz=("uk", "au"))
mo(A, "tt", "{co} – we get your CV", "Hello {n},\n\nThank you, your CV is with us. Maybe the owner take somebody from family, then also we write you, don't worry.\n\n{sig}\n{co}", ("Kmieć Pierogi Bar", "Zielony Ogród Catering"), ("kmiecpierogi", "zielonyogrod"), role=("Kitchen Helper",), tz=("pl",))
mo(A, "ps", "Application received – {role}", "Dear {n},\n\nWe received your application. If answer is negative, also we send small message, no need to wait with no news.\n\n{sig}\n{co}", ("Himal Thangka Studio", "Annapurna Trek Supplies"), ("himalthangka", "annapurnatrek"), role=("Studio Assistant",), tz=("np",))
mo(A, "pp", "{co}: application in", "Dear {n},\n\nCheers for applying for {role}. After scoring you'll get either an interview slot or a short note closing things off.\n\n{sig}", ("Dunmore Clock Trust", "Orrery House"), ("dunmoreclock", "orreryhouse"), role=("Winding Assistant", "Gallery Technician"), tz=("uk", "ie"))
mo(A, "jz", "{co} – showreel received", "Hi {n},\n\nGot your showreel, thanks. I answer every act who sends one, whether I have bookings for them or not, usually within three weeks.\n\n{sig}", ("Lanternfish Entertainments", "Kookaburra Acts"), ("lanternfishents", "kookaburraacts"), tz=("uk", "au"))
mo(A, "ab", "{co} – application received", "Hi {n}!\n\nThanks po for applying. Pasa ka man o hindi, may email ka from us talaga. Ingat!\n\n{sig}", ("Bibingka ni Aling Nena", "Tablea House Bantayan"), ("alingnena", "tableahouse"), tz=("ph",))
mo(A, "th", "Re: {role}", "Hi {n},\n\nCheers for applying. A couple of our long-standing volunteers may put their names in too, so it could be close. I'll email everyone once the committee decides.\n\n{sig}\n{co}", ("Fellside Cheese Co-op", "Larkhill Honey Collective"), ("fellsidecheese", "larkhillhoney"), role=("Store Coordinator",), tz=("uk", "au"))
mo(A, "ft1", "Your Gearbarn application", "Hi {n},\n\nCheers for applying to our {y} store. If three weeks pass without word from us, take it that this vacancy has gone elsewhere." + FOOT_A, "Gearbarn Outdoor", "gearbarn", tz=("uk", "ie"), x=("£45", "€52"), y=("Kirkoswald", "Castlepollard"))
mo(A, "ft3", "First Cast Tackle – application", "Hi {n},\n\nCheers for applying for the {y} shop. Only interviewees hear back from us." + FOOT_B, "First Cast Tackle", "firstcast", tz=("au", "nz"), x=("$24", "NZ$27"), y=("Eden", "Taupo"))
mo(A, "pb1", "Application received – {role}", "Dear {n},\n\n{role}: your file has come in. Please attach your licence by the closing date; files without it are rated ineligible.\n\nHR Office\n{co}", ("Ashtabula County", "Town of Ferrybright Landing"), ("ashtabulaco", "ferrybright"), role=("Water Plant Operator",), tz=("use", "cat"))
mo(A, "pb2", "Acknowledgement – {role}", "Dear {n},\n\nGood of you to apply for {role}. Once applications close, each applicant receives a letter stating whether the hiring official was sent their name.\n\n{co} Personnel", ("City of Stonehatch Flats", "City of Nelson Ridge"), ("stonehatchflats", "nelsonridge"), role=("Parks Technician",), tz=("usm", "cap"))
mo(A, "pb3", "Vacancy {ref} – acknowledgement", "Dear {n},\n\nWe acknowledge your application for {role}. Should Council withdraw this vacancy, each applicant will receive a letter by post.\n\n{co}", ("Brackmoor Shire Council", "Puddleby Plains Council"), ("brackmoorshire", "puddlebyplains"), role=("Library Officer",), tz=("au", "nz"))
mo(A, "pb4", "Application registered – {role}", "Dear {n},\n\n{role}: application registered. Screening scores under the cut-off end things there, with no later letter.\n\n{co}", ("Belagavi District Selection Committee", "Ijero Local Government Service Commission"), ("belagaviselect", "ijerolgsc"), role=("Junior Assistant",), tz=("in", "ng"))
mo(A, "at1", "Status update: {role}", "Hi {n},\n\n{co}, {role}: status now Submitted – awaiting review.\n\nWrenhire", ("Quarry Lane Bakery", "Tidewell Marine"), ("wrenhire",), frm="Wrenhire <status@{dom}>", role=("Baker", "Marina Hand"), tz=("uk", "au"))
mo(A, "in1", "{role} – application received", "Dear {n},\n\nGood of you to apply for the {role}. Picked or passed over, our mail goes to you and every other applicant before April closes.\n\n{sig}\n{co}", ("Dunes Ecology Trust", "Bog Restoration Project"), ("dunesecology", "bogrestore"), role=("water-vole survey studentship", "peat-probe studentship"), tz=("uk", "ie"))
mo(A, "in3", "Graduate programme – received", "Dear {n},\n\nWe have your application. The online test comes next; anyone under the pass mark stops there, before assessment days.\n\nGraduate Recruitment\n{co}", ("Stonehatch Port Terminals", "Stonehatch Freight Yard"), ("portterminals", "freightyard"), tz=("za", "ke"))
mo(A, "hd2", "{role} – application received", "Hi {n},\n\nCheers for applying for {role}. Should another person's background match our clients more snugly, I'll still write to you myself before we close the round.\n\n{sig}\n{co}", ("Bellweather Ledger Accounting", "Kōwhai Audit"), ("bellweatherledger", "kowhaiaudit"), role=("Junior Bookkeeper",), tz=("usm", "nz"))
mo(A, "rc1", "Your CV – {role}", "Hi {n},\n\n{role}: the client is reading your CV now. Yes or no, I'll ring you as soon as they get back to me.\n\n{sig}\n{co}", ("Northgate Staffing", "Hirecrake Talent"), ("northgatestaff", "hirecrake"), role=("Production Supervisor",), tz=("uk", "usc"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "th2", "Re: [EXT] Re: {role}", "Dear {n},\n\nThe partners want a second chat, {dl}, 10.50. Unfortunately the car park has fresh tar going down; street parking only, sorry.\n\n{sig}\n{co}", ("Oakhollow Vets", "Riverbend Chiropody"), ("oakhollowvets", "riverbendchiro"), role=("Practice Receptionist",), tz=("ie", "nz"))
mo(IV, "th3", "RE: [EXT] RE: {role} interview", "Hi {n},\n\nCould you meet the board {dl}, 4.10 pm? Unfortunately painters have the main office, so it's the library.\n\n{sig}\n{co}", ("Cedar Bluff School", "Marshfield Library Board"), ("cedarbluff", "marshfieldlib"), role=("Office Manager",), tz=("usc", "cae"))
mo(IV, "th5", "RE: [EXT] Re: {role} – recall", "Hi {n},\n\nFree for a recall on {dl} at 6 pm? Unfortunately the hall is unheated; wrap up warm.\n\n{sig}\n{co}", ("Lamplight Players", "Harbourside Youth Theatre"), ("lamplightplayers", "harboursideyt"), role=("the Innkeeper", "the Ferryman"), tz=("uk", "za"))
mo(IV, "th7", "Interview – {role}", "Dear {n},\n\nCould you come to interview on {dl}, 11.20 am. Unfortunately our lift is out for repairs, so it is two flights of stairs.\n\n{sig}\n{co}", ("Clearwater Speech Clinic", "Banksia Physio"), ("clearwaterspeech", "banksiaphysio"), role=("Clinic Assistant",), tz=("in", "au"))
mo(IV, "hd1", "Interview – {role}", "Dear {n},\n\nPlease come in {dl}, 2.40 pm, to meet two partners. Unfortunately the front door swells when it rains; shove hard.\n\n{sig}", ("Lathbury & Crane Solicitors", "Mossgiel Conveyancing"), ("lathburycrane", "mossgiel"), tz=("uk", "ie"))
mo(IV, "hd3", "Interview invitation", "Dear {n},\n\nYou are invited to a technical interview, {dl}, 9.45 am. Unfortunately power at the office may go off, so we may sit in the yard.\n\n{sig}\n{co}", ("Brackmoor Structural Partners", "Kajiado Water Engineers"), ("brackmoorstructural", "kajiadowater"), tz=("ng", "ke"))
mo(IV, "tt", "{co} – talk with owner", "Hello {n},\n\nThe owner want meet you {dl} at 15:00. Unfortunately kitchen is small, so we sit in café next door.\n\n{sig}", ("Kmieć Pierogi Bar", "Zielony Ogród Catering"), ("kmiecpierogi", "zielonyogrod"), tz=("pl",))
mo(IV, "jz", "{co} – live audition", "Hi {n},\n\nCome and show us live on {dl} at 7 pm. Unfortunately we share the studio with a dance class, so it's a tight twenty minutes.\n\n{sig}", ("Lanternfish Entertainments", "Kookaburra Acts"), ("lanternfishents", "kookaburraacts"), tz=("uk", "au"))
mo(NX, "pb1", "Documents needed – {role}", "Dear {n},\n\nBring your licence and ID to the HR desk by {dl}. Unfortunately the desk closes at noon on Fridays.\n\n{co}", ("Ashtabula County", "Town of Ferrybright Landing"), ("ashtabulaco", "ferrybright"), tz=("use", "cat"))
mo(NX, "rc2", "References – next step", "Hi {n},\n\nThe client wants two referees by {dl}. Unfortunately their form can't be saved partway, so have the details ready first.\n\n{sig}\n{co}", ("Sandgate Recruitment", "Matai People"), ("sandgaterec", "matai"), tz=("au", "nz"))
mo(NX, "pp", "{co}: next step", "Dear {n},\n\nFilm one repair of yours (a short clip) and upload it by {dl}. Unfortunately our upload limit is 150 MB.\n\n{sig}", ("Dunmore Clock Trust", "Orrery House"), ("dunmoreclock", "orreryhouse"), tz=("uk", "ie"))
mo(NX, "pb4", "Certificate verification", "Dear {n},\n\nBring original certificates for verification by {dl}. Unfortunately a single counter serves everyone.\n\n{co}", ("Belagavi District Selection Committee", "Ijero Local Government Service Commission"), ("belagaviselect", "ijerolgsc"), tz=("in", "ng"))
mo(NX, "in3", "Medical check", "Dear {n},\n\nBook the pre-employment medical ahead of {dl}. Unfortunately the clinic only sees walk-ins before noon.\n\nGraduate Recruitment\n{co}", ("Stonehatch Port Terminals", "Stonehatch Freight Yard"), ("portterminals", "freightyard"), tz=("za", "ke"))
mo(NX, "at3", "{role}: progress", "{n}, your tracker, as of today.\n\nApplied ✓  Reviewed ✓  Next: Skills quiz (20 min), due {dl}\n\n{co} via Trackfern", ("Gannet Bay Seafoods", "Holloway Print"), ("trackfern",), frm="Trackfern <noreply@{dom}>", role=("Filleter", "Press Assistant"), tz=("ie", "nz"))
mo(OF, "bb", "Your hours – {co}", "Dear {n},\n\nGood news: Tuesday to Friday is yours, first shift {dl}. Unfortunately the staff kettle died, so bring a flask.\n\n{sig}", ("Tallow & Wick", "Bramblecote Preserves"), ("tallowwick", "bramblecote"), tz=("uk", "au"))
mo(OF, "ft3", "Job offer – {y}", "Hi {n},\n\nGood news, {n}: the {y} shop job is yours from {dl}. Unfortunately uniform shirts are back-ordered." + FOOT_B, "First Cast Tackle", "firstcast", tz=("au", "nz"), x=("$24", "NZ$27"), y=("Eden", "Taupo"))
mo(OF, "th8", "Re: [EXT] RE: Bookkeeper", "Hi {n},\n\nThe co-op offers you the part-time bookkeeper post; start {dl}. Unfortunately the office roof leaks, so we meet in the hall for now.\n\n{sig}\n{co}", ("Umoja Tailoring Co-op", "Shongololo Crafts"), ("umojatailoring", "shongololo"), tz=("ke", "za"))
mo(OF, "rc4", "Offer – shift lead", "Hi {n},\n\nThe grape packhouse wants you leading the shift from {dl}. Unfortunately their canteen is closed for a refit.\n\n{sig}\nHiresnipe", "Hiresnipe", "hiresnipe", tz="za")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at1", "Status update: {role}", "Hi {n},\n\nYour application for {role} at {co} now reads: Sitting with hiring manager.\n\nWrenhire", ("Quarry Lane Bakery", "Tidewell Marine"), ("wrenhire",), frm="Wrenhire <status@{dom}>", role=("Baker", "Marina Hand"), tz=("uk", "au"))
mo("other_job", "at2", "{co} – application status", '<html><body><p>{n},</p><table><tr><td>{role}</td><td>Withdrawn · as you asked</td></tr></table></body></html>', ("Pinegrove Lodge", "Stonechat Mills"), ("pinegrovelodge", "stonechatmills"), role=("Housekeeper", "Loom Tender"), tz=("cam", "uk"))
mo("other_job", "pb2", "Scoring delayed", "Dear {n},\n\n{role} scoring is slow; two panellists are on leave. Expect our letter by {dl}.\n\n{co} Personnel", "City of Stonehatch Flats", "stonehatchflats", role="Parks Technician", tz="usm")
mo("job_alert", "ft1", "New Store Jobs near you", "Hi {n},\n\nNew this week: Sales Assistant (Kirkoswald), Stockroom Lead (Pontypool)." + FOOT_A, "Gearbarn Outdoor", "gearbarn", tz=("uk", "ie"), x=("£45", "€52"))
mo("job_alert", "ft3", "Jobs at First Cast", "Hi {n},\n\nOpen now: Shop Assistant (Eden), Weekend Counter (Mullumbimby)." + FOOT_B, "First Cast Tackle", "firstcast", tz="au", x="$24")
mo("recruiter_outreach", "rc3", "A role you might like", "Dear {n},\n\nI'm recruiting for a {y} and your CV caught my eye. Could we speak by phone in the coming days?\n\n{sig}\n{co}", ("Kitengela Search", "Jobmoth Talent"), ("kitengelasearch", "jobmothtalent"), tz=("ke", "ng"), y=("dairy in Kajiado", "cassava mill in Ijero"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nOur lenders looked at your request for {x} and has declined it.\n\n{sig}\n{co}", ("Millbrook Credit Union", "Harbourtown Savings Co-op"), ("millbrookcu", "harbourtownsavings"), tz=("ie", "cae"), x=("€4,200 for a van", "$6,100 for a horse float"))
mo("non_job_rejection_words", "flat", "Cottage on Ferry Row", "Hi {n},\n\nNice meeting you when you viewed the cottage. Another applicant was picked by the landlord, and the cottage is let.\n\n{sig}\nKeel Lettings", "Keel Lettings", "keellettings", tz="uk")
mo("non_job_rejection_words", "ballot", "Ballot result", "Hi {n},\n\nThanks for entering the Mt Tamborine trail-race ballot. The draw did not pick your entry this year.\n\nRace Office", "Tamborine Trail Race", "tamborinetrail", tz="au")
mo("non_job_rejection_words", "grant", "Community grant outcome", "Dear {n},\n\nYour bid missed out on panel funding for a community seed library this round.\n\n{sig}\n{co}", "Ridgeway Community Fund", "ridgewayfund", tz="uk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


W = [
    # (fam, channel, zone, company, domain, role, refusal body, twin kind, twin body)
    ("kay", "Hotcourses", "uk", "Skerry Kayaks", "skerrykayaks", "kayakmaker's laminator", "Hi {n},\n\nTa for answering the {role} ad. A lad who's built two boats in his garage is starting, and one pair of hands is all the workshop needs this spring.\n\n{sig}", "application_received", "Hi {n},\n\nGot your reply to the {role} ad. Picked or not, my answer reaches you the day I decide.\n\n{sig}"),
    ("pil", "Retailchoice", "uk", "Downy Lane Pillows", "downylane", "pillowmaker's filler", "Dear {n},\n\nGood of you to apply as {role}. A Saturday staffer who wanted more days has the post. Sorry to disappoint.\n\n{sig}", "interview", "Dear {n},\n\nCould you pop by {dl}, 10.15ish, for a chat about the {role} job? Unfortunately there are roadworks in the lane; walk over from the church.\n\n{sig}"),
    ("pas", "Jobsgopublic", "uk", "Fresca Pasta Kitchen", "frescapasta", "pastamaker's assistant", "Hi {n},\n\nGood of you to look at our {role} post. We've filled it from our own kitchen porters. Hope something good turns up.\n\n{sig}", "next_steps", "Hi {n},\n\nFor the {role} post, please send your food hygiene certificate by {dl}.\n\n{sig}"),
    ("noo", "Jobvine", "ie", "Hand-Pulled Noodle Bar", "handpulled", "noodlemaker's trainee", "Hi {n},\n\nThanks a million for your {role} application. The chef's nephew is starting, so that's the place taken. All the best.\n\n{sig}", "application_received", "Hi {n},\n\nThanks a million for applying to be a {role}. I'll text you Friday either way.\n\n{sig}"),
    ("tof", "Staffmeup", "ie", "Bean & Curd Dublin", "beancurd", "tofumaker's helper", "Hi {n},\n\nYour {role} application reached us, thanks. The wholesale order fell through, so there's no hire for now.\n\n{sig}", "offer", "Hi {n},\n\nCan you start as {role} on {dl}? Unfortunately the press room heater is acting up, so wear layers.\n\n{sig}"),
    ("sau", "Jobsdirectusa", "use", "Lehigh Sausage Works", "lehighsausage", "sausagemaker's linker", "Hi {n},\n\nCheers for applying for the {role} job. Someone from our retail counter got it, meaning your application stops here.\n\n{sig}", "next_steps", "Hi {n},\n\nPlease drop off your I-9 documents for the {role} job by {dl}.\n\n{sig}"),
    ("jam", "Wayup", "usc", "Baraboo Jar Jams", "baraboojar", "jammaker's helper", "Hi {n},\n\nThanks for your application for {role}. Last summer's helper has the role again. Good luck out there.\n\n{sig}", "interview", "Hi {n},\n\nCan you come by the kitchen {dl} at 9? Unfortunately the lot is gravel and muddy after rain.\n\n{sig}"),
    ("sca", "Getwork", "usm", "High Mesa Scarves", "highmesa", "scarfmaker's knitter", "Hi {n},\n\nGood of you to apply as a {role}. We went with a knitter who already runs our machines part-time.\n\n{sig}", "application_received", "Hi {n},\n\nCheers for applying as a {role}. Hired or not, my email comes before the month ends.\n\n{sig}"),
    ("ham", "Jobrack", "usp", "Coastline Hammocks", "coastlinehammocks", "hammockweaver", "Hi {n},\n\nGood of you to look at the {role} job. We decided to keep the work in-house with our current weavers.\n\n{sig}", "offer", "Hi {n},\n\nGood news, {n}: the {role} job starting {dl}. Unfortunately the shop van is with the mechanic; bring your own wheels.\n\n{sig}"),
    ("key", "Jobhire", "use", "Brass Bell Keys", "brassbellkeys", "keymaker's trainee", "Hi {n},\n\nCheers for your {role} application. The owner's grandson is taking the spot this year.\n\n{sig}", "next_steps", "Hi {n},\n\nFor the {role} spot, please email your driver's license (both sides) by {dl}.\n\n{sig}"),
    ("sho", "Jobsearchnz", "nz", "Southern Spade Co", "southernspade", "shovelmaker's grinder", "Kia ora {n},\n\nCheers for applying for the {role} role. We've gone with a grinder from the local engineering shop. All the best.\n\n{sig}", "interview", "Kia ora {n},\n\nKeen to meet you {dl} at 8am for the {role} role. Unfortunately the grinding bay is dusty, so wear old gear.\n\n{sig}"),
    ("hoe", "Seasonaljobsnz", "nz", "Paddock Tools", "paddocktools", "hoemaker's helper", "Hi {n},\n\nGood of you to look at the {role} job. We're not taking anyone on until winter now, sorry.\n\n{sig}", "application_received", "Hi {n},\n\nCheers for applying for {role}. Yes or no, my email will find you before the month ends.\n\n{sig}"),
    ("bag", "Jobsinsg", "sg", "Kampong Bagel House", "kampongbagel", "bagelmaker's assistant", "Hi {n},\n\nCheers for applying as {role}. We have taken someone from our Tanjong branch. Sorry ah, all the best.\n\n{sig}", "application_received", "Hi {n},\n\nCheers for applying as {role}. Selected or not, a WhatsApp from us comes within one week.\n\n{sig}"),
    ("dum", "Hirebook", "cap", "Harbour Dumplings", "harbourdumplings", "dumplingmaker's folder", "Hi {n},\n\nCheers for your {role} application. We've hired two folders from our own catering team.\n\n{sig}", "interview", "Hi {n},\n\nWant to come for a folding trial on {dl} at 2? Unfortunately the back room fits three at most.\n\n{sig}"),
    ("fud", "Backpackerjobboard", "au", "Wombat Gully Fudge", "wombatgully", "fudgemaker's helper", "G'day {n},\n\nGood on ya for the {role} application. A backpacker already on the farm got it. Cheers.\n\n{sig}", "next_steps", "G'day {n},\n\nFor the {role} job, please send your tax file number form by {dl}.\n\n{sig}"),
    ("pre", "Gumtreejobs", "au", "Bavarian Knot Pretzels", "bavarianknot", "pretzelmaker's twister", "Hi {n},\n\nCheers for applying for the {role} job. The owner's son has taken it over the holidays.\n\n{sig}", "offer", "Hi {n},\n\nThe {role} job is yours from {dl}. Unfortunately the staff fridge has broken, bring an esky.\n\n{sig}"),
    ("pic", "Careers360", "in", "Amma's Pickle Kitchen", "ammaspickle", "picklemaker's helper", "Dear {n},\n\nYour {role} application reached us, thanks. One of our packers got the post. Best wishes.\n\n{sig}", "next_steps", "Dear {n},\n\nKindly mail an Aadhaar photocopy by {dl} for the {role} post.\n\n{sig}"),
    ("chu", "Freshersworld", "in", "Kesar Chutney Works", "kesarchutney", "chutneymaker's trainee", "Dear {n},\n\nGood of you to apply for {role}. A candidate from Belagavi has filled the post. We wish you success.\n\n{sig}", "interview", "Dear {n},\n\nKindly attend interview on {dl}, 11.30 am sharp. Unfortunately the approach road is under repair.\n\n{sig}"),
    ("mus", "Jobscan", "za", "Klein Hoek Mustard Co", "kleinhoekmustard", "mustardmaker's mixer", "Hi {n},\n\nCheers for applying as {role}. The job went to someone from our other store.\n\n{sig}", "application_received", "Hi {n},\n\nCheers for applying as {role}. Successful or not, our SMS will come.\n\n{sig}"),
    ("sak", "Hiremeph", "ph", "Batangas Rice Wine", "batangaswine", "sakemaker's helper", "Hi {n},\n\nGood of you to apply as {role}. We have chosen an applicant from Tanjay na. God bless!\n\n{sig}", "next_steps", "Hi {n},\n\nPlease submit your barangay clearance by {dl} for the {role} post.\n\n{sig}"),
    ("kom", "Jobsplusph", "ph", "Ferment Manila", "fermentmanila", "kombuchamaker's brewer", "Hi {n},\n\nCheers for applying as {role}. Hiring is on hold until after the rainy season po.\n\n{sig}", "interview", "Hi {n},\n\nInterview on {dl} at 1 pm. Unfortunately brownout is scheduled that morning.\n\n{sig}"),
    ("waf", "Picknz", "nz", "Stroopwafel Aotearoa", "stroopwafelnz", "wafflemaker's baker", "Hi {n},\n\nCheers for applying as {role}. Our baker's partner is starting with us, so the role is filled.\n\n{sig}", "offer", "Hi {n},\n\nHappy to offer you the {role} job from {dl}. Unfortunately the bakehouse has no aircon.\n\n{sig}"),
    ("cri", "Jobsnepal", "np", "Gorkha Cricket Bats", "gorkhabats", "cricketbatmaker's shaper", "Dear {n},\n\nGood of you to apply as {role}. We selected one shaper already working in our Jhapa unit. Best wishes.\n\n{sig}", "application_received", "Dear {n},\n\nGood of you to apply as {role}. Selected or not selected, we call you surely.\n\n{sig}"),
    ("obo", "Workhere", "ng", "Reedsong Instruments", "reedsong", "oboemaker's apprentice", "Dear {n},\n\nGood of you to apply as {role}. The master has chosen an apprentice from his church choir.\n\n{sig}", "next_steps", "Dear {n},\n\nKindly send your guarantor form by {dl} for the {role} role.\n\n{sig}"),
    ("tro", "Harvesthub", "ke", "Ndovu Tools", "ndovutools", "trowelmaker's welder", "Dear {n},\n\nGood of you to apply as {role}. The job went to a welder from our Kitengela workshop.\n\n{sig}", "", ""),
]
for fam, ch, zone, co, dom, role, rbody, tkind, tbody in W:
    wr(fam, "Your application – " + role, rbody, co, dom, frm=via(ch), role=role, tz=zone)
    if tkind:
        wo(tkind, fam, "Re: " + role, tbody, co, dom, frm=via(ch), role=role, tz=zone)
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Trades digest: new jobs this week", "Hi {n},\n\nNew this week: kayakmaker's laminator, fudgemaker's helper, trowelmaker's welder. Update your alerts any time.\n\nWorkshop Jobs Weekly", "Workshop Jobs Weekly", "workshopjobsweekly", frm="Workshop Jobs Weekly <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "class", "Pottery course", "Hi {n},\n\nSorry, the Sunday pottery course filled up before your form arrived.\n\n{sig}", "Clayhouse Studio", "clayhouse", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 more the writer knows well; 24 twins
L = [
    ("ar", "sau", "مصنع نخيل القصيم للتمور", "qassimdates",
     "بخصوص طلب التوظيف", "الأستاذة {n} المحترمة،\n\nنشكر لكِ اهتمامكِ بوظيفة مشرفة التعبئة لدينا. بعد دراسة الطلبات وقع الاختيار على مرشحة أخرى تعمل معنا منذ موسمين، ونتمنى لكِ كل التوفيق في مسيرتكِ.\n\nمع التحية،\n{sig}",
     "interview", "دعوة لمقابلة", "الأستاذة {n}،\n\nيسعدنا أن ندعوكِ لمقابلة يوم {dl} في تمام العاشرة صباحًا. ومع الأسف مدخل المصنع الرئيسي مغلق للصيانة، فالرجاء استخدام البوابة الجانبية.\n\n{sig}"),
    ("de", "de", "Spreewälder Gurkenhof", "gurkenhof",
     "Ihre Bewerbung als Aushilfe", "Guten Tag {full},\n\ndanke, dass Sie in unserer Einlegerei mitarbeiten möchten. Genommen haben wir eine Bewerberin, die schon zwei Sommer lang bei uns Gurken eingelegt hat. Wir wünschen Ihnen anderswo einen guten Start.\n\nViele Grüße\n{sig}",
     "next_steps", "Unterlagen bis {dl}", "Guten Tag {full},\n\nIhr Gesundheitszeugnis und Ihre Steuer-ID bräuchten wir bis {dl}, dann setzen wir den Vertrag auf.\n\nFreundliche Grüße\n{sig}"),
    ("es", "es", "Azafranes de La Mancha", "azafranmancha",
     "Sobre tu candidatura", "Hola, {n}:\n\nGracias por apuntarte a la campaña de la rosa del azafrán. Al final hemos cubierto los puestos con vecinos que ya sabían hacerlo. Ojalá coincidamos otro otoño.\n\nUn abrazo,\n{sig}",
     "application_received", "Hemos recibido tu solicitud", "Hola, {n}:\n\nNos ha llegado tu solicitud. Tanto si entras como si no, te llamamos antes del {dl} para decírtelo.\n\nSaludos,\n{sig}"),
    ("fr", "fr", "Biscuiterie de la Baie", "biscuiteriebaie",
     "Votre candidature", "Bonjour {n},\n\nun grand merci pour votre intérêt envers le poste d'aide-pâtissier. Nous l'avons confié à quelqu'un qui connaît déjà nos fours, si bien que votre dossier s'arrête ici. Bonne route à vous.\n\nCordialement,\n{sig}",
     "interview", "Entretien le {dl}", "Bonjour {n},\n\nPourriez-vous passer le {dl} vers 14 h 30 ? Malheureusement, la cour de la biscuiterie est en chantier ; garez-vous place de l'église.\n\nCordialement,\n{sig}"),
    ("hi", "in", "बनारसी पान भंडार", "banarasipaan",
     "आपके आवेदन के संबंध में", "नमस्ते {n} जी,\n\nगुमटी पर काम के सिलसिले में आपने संपर्क किया, बहुत मेहरबानी। सेठ जी के भतीजे ने यह ज़िम्मेदारी संभाल ली है, तो फ़िलहाल कोई जगह नहीं बची। आपको अच्छा काम जल्द मिले।\n\n{sig}",
     "offer", "नियुक्ति की सूचना", "नमस्ते {n} जी,\n\nख़ुशख़बरी: गुमटी का काम आपका है, {dl} से आ जाइए। अफ़सोस, छत वाला पंखा अभी ठीक नहीं हुआ, कुछ दिन उमस रहेगी।\n\n{sig}"),
    ("it", "it", "Torronificio Valle Sannita", "torronesannita",
     "La sua candidatura", "Gentile {n},\n\ngrazie davvero per aver scritto al nostro laboratorio. Per la stagione natalizia abbiamo preferito confermare le persone dell'anno scorso, per cui non possiamo accogliere la sua domanda. Cordiali saluti.\n\n{sig}",
     "next_steps", "Documenti entro il {dl}", "Gentile {n},\n\nper preparare il contratto, entro il {dl} mandateci codice fiscale e attestato HACCP.\n\nCordiali saluti,\n{sig}"),
    ("ja", "jp", "柚子工房たかはし", "yuzutakahashi",
     "ご応募の件", "{n}様\n\nこのたびは柚子加工スタッフにご応募いただき、ありがとうございました。社内で慎重に検討しました結果、今回は地元の経験者の方にお願いすることとなりました。何卒ご了承ください。\n\n{sig}",
     "interview", "面接日程のご案内", "{n}様\n\n{dl}午後二時より面接をお願いしたく存じます。あいにく工房前の道が工事中のため、裏口からお入りください。\n\n{sig}"),
    ("ko", "kr", "담양 죽세공방", "damyangbamboo",
     "지원 결과 안내", "{n}님, 안녕하세요.\n\n저희 공방 보조 자리에 지원해 주셔서 고맙습니다. 아쉽게도 이번에는 이미 대나무 작업을 해 본 분과 함께하기로 했습니다. 앞으로 좋은 일 있으시길 바랍니다.\n\n{sig} 드림",
     "application_received", "지원서 접수 확인", "{n}님, 안녕하세요.\n\n지원서 잘 받았습니다. 합격이든 아니든 {dl}까지 꼭 문자로 알려 드리겠습니다.\n\n{sig} 드림"),
    ("pt", "pt", "Conservas Ria Formosa", "conservasria",
     "A sua candidatura", "Olá {n},\n\nObrigada pelo interesse em trabalhar na nossa fábrica de conservas. Desta vez optámos por uma pessoa que já trabalhou connosco na última safra. Desejamos-lhe muita sorte.\n\nCumprimentos,\n{sig}",
     "offer", "Proposta de trabalho", "Olá {n},\n\nO lugar é seu, se quiser, e começa no dia {dl}. Infelizmente o vestiário ainda está em obras nas primeiras semanas.\n\nCumprimentos,\n{sig}"),
    ("ru", "ru", "Вологодское кружево", "vologdalace",
     "Ответ на ваш отклик", "Здравствуйте, {n}!\n\nБлагодарим, что откликнулись на вакансию нашей мастерской. Место помощницы кружевницы мы отдали выпускнице нашего же кружка, так что сейчас предложить ничего не можем. Удачи вам!\n\nС уважением,\n{sig}",
     "next_steps", "Документы до {dl}", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, до {dl} копию паспорта и СНИЛС, чтобы мы оформили договор.\n\nС уважением,\n{sig}"),
    ("sw", "tz", "Karafuu Pemba Spice", "karafuupemba",
     "Kuhusu maombi yako", "Habari {n},\n\nAsante kwa kuomba kazi ya kupanga karafuu. Tumeamua kumchukua mfanyakazi aliyekuwa nasi msimu uliopita, kwa hiyo nafasi imejaa. Tunakutakia kila la heri.\n\nWako,\n{sig}",
     "interview", "Mwaliko wa mahojiano", "Habari {n},\n\nTunakualika kwa mahojiano tarehe {dl} saa nne kamili asubuhi. Samahani, njia ya kufika ghalani ina matope, vaa viatu imara.\n\n{sig}"),
    ("th", "th", "ร้านผ้าไหมบ้านครัว", "bankruasilk",
     "ผลการสมัครงาน", "คุณ{n} คะ\n\nร้านเราซาบซึ้งมากค่ะที่ส่งใบสมัครช่างทอมา ตอนนี้ร้านได้ช่างทอที่เคยมาช่วยงานแล้ว ตำแหน่งนี้จึงเต็มค่ะ หวังว่าจะมีโอกาสร่วมงานกันรอบหน้านะคะ\n\n{sig}",
     "next_steps", "เอกสารที่ต้องส่ง", "เรียนคุณ{n}\n\nรบกวนส่งสำเนาบัตรประชาชนภายในวันที่ {dl} นะคะ\n\n{sig}"),
    ("tr", "tr", "Gaziantep Fıstık Atölyesi", "fistikatolyesi",
     "Başvurunuz hakkında", "Sayın {full},\n\nAtölyemize başvurduğunuz için teşekkürler. Bu sezon kavurma ustası yardımcılığına daha önce bizimle çalışmış bir adayı aldık. İleride yeniden görüşmek dileğiyle.\n\nSaygılarımızla,\n{sig}",
     "offer", "İş teklifi", "Sayın {full},\n\n{dl} tarihinden itibaren ekibimize katılmanızı istiyoruz. Maalesef kavurma odasının havalandırması henüz tamir edilmedi.\n\nSaygılarımızla,\n{sig}"),
    ("ur", "pk", "ملتان کاشی گھر", "multankashi",
     "آپ کی درخواست", "محترمہ {n}،\n\nکاشی کاری میں معاون بننے کی خواہش ظاہر کرنے پر شکر گزار ہیں۔ البتہ یہ کام اس لڑکی کو دیا گیا ہے جو گزشتہ برس سے یہاں سیکھ رہی تھی۔ آپ کے لیے دعائیں۔\n\n{sig}",
     "application_received", "درخواست موصول ہوئی", "محترمہ {n}،\n\nآپ کا فارم ہمارے پاس پہنچ چکا ہے۔ چاہے نام چنا جائے یا نہیں، {dl} سے پہلے ہم فون کر کے بتا دیں گے۔\n\n{sig}"),
    ("zh", "cn", "宜兴紫砂壶坊", "yixingpots",
     "关于您的应聘", "{n}您好：\n\n感谢您应聘我们壶坊的学徒岗位。经过商量，这次我们留用了在本坊实习过的一位同学。祝您早日找到合适的工作。\n\n{sig}",
     "interview", "面试通知", "{n}您好：\n\n请于{dl}上午十点来壶坊参加面试，届时请带上身份证和一件您的作品。很遗憾门口正在修路，请从后门进来。\n\n{sig}"),
    ("tgl", "ph", "Habihan ni Mang Celso", "habihancelso",
     "Tungkol sa iyong aplikasyon", "Magandang araw, {n}!\n\nSalamat sa pag-apply bilang katulong sa habihan. Pinili na namin ang pamangkin ng may-ari na matagal nang marunong maghabi, kaya wala na kaming bakanteng puwesto ngayon. Pagpalain ka.\n\n{sig}",
     "next_steps", "Mga kailangang dokumento", "Magandang araw, {n}!\n\nPakipasa ang iyong NBI clearance bago mag-{dl}. Salamat po.\n\n{sig}"),
    ("bos", "ba", "Kazandžijska radnja Baščaršija", "kazandzije",
     "Vaša prijava", "Poštovani/a {n},\n\nhvala na prijavi za pomoćnika u radnji. Odlučili smo da posao damo momku koji već dvije godine kod nas uči zanat. Želimo Vam puno sreće.\n\nSrdačan pozdrav,\n{sig}",
     "interview", "Poziv na razgovor", "Poštovani/a {n},\n\npozivamo Vas na razgovor {dl} u 11 sati. Nažalost, ulica ispred radnje je zatvorena, pa dođite sa sporedne strane.\n\n{sig}"),
    ("afr", "za", "Rooiberg Beskuitbakkery", "rooibergbeskuit",
     "Jou aansoek", "Hallo {n},\n\nBaie dankie vir jou aansoek by die bakkery. Ons het besluit om die pos aan iemand te gee wat al twee jaar by ons oom se winkel werk. Sterkte met die soektog.\n\nGroete,\n{sig}",
     "application_received", "Ons het jou aansoek", "Hallo {n},\n\nJou aansoek het by ons aangekom. Kry jy die pos of nie, ons sê vir jou voor {dl}.\n\nGroete,\n{sig}"),
    ("fas", "ir", "کارگاه قلمکار اصفهان", "ghalamkar",
     "درباره درخواست شما", "{n} عزیز، سلام\n\nممنون که خواستید در کارگاه قلمکار ما کار کنید. این بار یکی از شاگردان قدیمی خودمان این جا را گرفت. امیدواریم کار خوبی پیدا کنید.\n\nبا احترام،\n{sig}",
     "", "", ""),
    ("cat", "es", "Celler Cal Ferrer", "calferrer",
     "La teva candidatura", "Hola, {n}:\n\nMoltes gràcies per apuntar-te a la verema. Enguany hem pogut cobrir tots els llocs amb la colla de l'any passat, així que no et podem agafar. Esperem veure't una altra temporada.\n\nSalutacions,\n{sig}",
     "offer", "Et volem a la colla", "Hola, {n}:\n\nEt podem oferir la feina a partir del {dl}. Malauradament la cuina del celler encara està en obres.\n\nSalutacions,\n{sig}"),
    ("nor", "no", "Brunost-ysteriet i dalen", "ysteriet",
     "Søknaden din", "Hei {n},\n\ntusen takk for søknaden til sommerjobben på ysteriet. Denne gangen ble det en som har vært hos oss tidligere somre, så du når ikke opp i år. Lykke til!\n\nHilsen {sig}",
     "next_steps", "Papirer innen {dl}", "Hei {n},\n\nKan du sende oss skattekort og kontonummer innen {dl}?\n\nHilsen {sig}"),
    ("hun", "hu", "Kalocsai Paprika Manufaktúra", "kalocsaipaprika",
     "Jelentkezése", "Kedves {n}!\n\nKöszönjük, hogy jelentkezett hozzánk. A szezonális munkára végül olyan jelöltet választottunk, aki tavaly is nálunk dolgozott. Sok sikert kívánunk!\n\nÜdvözlettel:\n{sig}",
     "interview", "Meghívás beszélgetésre", "Kedves {n}!\n\nSzeretnénk, ha {dl} délelőtt tízkor bejönne egy beszélgetésre. Sajnos a bejáratnál építkezés van, a hátsó kaput használja.\n\n{sig}"),
    ("fin", "fi", "Saariston Savustamo", "saaristonsavu",
     "Hakemuksesi", "Hei {n},\n\nKiitos hakemuksestasi kesätöihin savustamolle. Valitsimme tällä kertaa henkilön, joka on ollut meillä töissä jo aiempina kesinä. Onnea jatkoon!\n\nTerveisin\n{sig}",
     "application_received", "Hakemus vastaanotettu", "Hei {n},\n\nHakemuksesi on tullut perille. Valitaan sinut tai ei, saat meiltä vastauksen viimeistään {dl}.\n\nTerveisin\n{sig}"),
    ("ell", "gr", "Ελαιουργείο Μεσσηνίας", "elaiourgeio",
     "Σχετικά με την αίτησή σας", "Καλησπέρα {n},\n\nπολλά ευχαριστώ που μας γράψατε για το ελαιουργείο. Φέτος τη θέση την πήρε ένας συγχωριανός που δούλεψε μαζί μας και πέρυσι. Καλή τύχη σε ό,τι κάνετε.\n\nΜε φιλικούς χαιρετισμούς,\n{sig}",
     "next_steps", "Δικαιολογητικά έως {dl}", "Καλησπέρα {n},\n\nπαρακαλούμε στείλτε μας έως τις {dl} τον ΑΦΜ και τον ΑΜΚΑ σας.\n\nΜε εκτίμηση,\n{sig}"),
    ("vie", "vn", "Xưởng nước mắm Phan Thiết", "nuocmamphanthiet",
     "Về đơn ứng tuyển của bạn", "Chào {n},\n\nXưởng rất cảm kích vì bạn đã gửi hồ sơ. Lần này xưởng nhận một người đã làm cùng mùa trước. Mong bạn sớm có việc như ý.\n\nTrân trọng,\n{sig}",
     "offer", "Thư mời nhận việc", "Chào {n},\n\nXưởng mời bạn bắt đầu làm từ ngày {dl}. Tiếc là phòng thay đồ đang sửa, mong bạn thông cảm.\n\nTrân trọng,\n{sig}"),
]
for lang, zone, co, dom, rsub, rbody, tkind, tsub, tbody in L:
    wr(lang, rsub, rbody, co, dom, tz=zone, lang=lang)
    if tkind:
        wo(tkind, lang, tsub, tbody, co, dom, tz=zone, lang=lang)



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
    "ar": "{d}/{m}/{y}", "tgl": "{m}/{d}/{y}", "bos": "{d}. {m}. {y}.", "afr": "{d}/{m}/{y}", "cat": "{d}/{m}/{y}",
    "nor": "{d}.{m}.{y}", "hun": "{y}. {mm}. {dd}.", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
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
            while later.weekday() >= 5:
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
        rec["id"] = f"blind75:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 74; this slice and any later one are skipped by number."""
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
