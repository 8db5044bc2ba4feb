# ruff: noqa: E501, S311
"""Write the ninetieth sealed blind slice for issue 11 (blind-slice-90.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 88; slice 89 and later never read; our side printed)
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

SEED = 900901
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-90.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 90
SKIP_FROM = 89  # slice 89 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 20)
LAST_DRAW = dt.date(2026, 11, 7)  # a Saturday; moved to Monday 9 November at the latest

RECIPIENTS = [
    "Philippa Larkworthy", "Donnacha Keohane", "Aparna Venkatesan", "Lachie McTavish", "Mandla Khoza",
    "Manaaki Tawhai", "Clementine Ashdown", "Siobhán Ní Bhriain", "Obinna Nwachukwu", "Harriet Dunmore",
    "Funmilayo Adebisi", "Zanele Mthembu", "Karthik Raman", "Eimear Cosgrave", "Ngozi Umeh",
    "Brandon Kowalczyk", "Anahera Tawhiri", "Cormac Tierney", "Meenakshi Pillai", "Darragh Feeney",
    "Thabiso Radebe", "Hamza Qureshi", "Nikhil Bhatnagar", "Achieng Otieno", "Gráinne Mulcahy",
    "Marivic Dizon", "Emeka Ogbonna", "Divya Krishnan", "Tamsin Polglase", "Adaeze Obi",
    "Marjorie Entwistle", "Kavya Shenoy", "Chebet Kiprono", "Étienne Bouchard", "Seán Mac Giolla",
    "Lourdes Pangilinan", "Georgina Ravenscroft", "Tevita Havili", "Preethi Natarajan", "Euan Sutherland",
]
REGION_SIGNERS = {
    "uk": ["Marigold Thwaite", "Gethin Rowlands", "Shabana Akhtar", "Barnaby Quennell", "Morag Lindsay", "Kofi Mensah-Hart"],
    "ie": ["Caoimhe Lynott", "Diarmuid Crowe", "Nuala Hegarty", "Eoghan Tobin"],
    "us": ["Maribel Quintanilla", "Earl Stoltzfus", "Shaniqua Boyd", "Lars Engstrom", "Miriam Katz"],
    "ca": ["Geneviève Paquette", "Harjit Sandhu", "Oksana Hrytsenko", "Murdoch MacIsaac"],
    "au": ["Tahnee Oakley", "Nikos Papadakis", "Bronwyn Tulloch", "Thanh Vo"],
    "nz": ["Mereana Tuhiwai", "Ngaire Bickerstaff", "Losa Tuilagi", "Hemi Rātana"],
    "za": ["Nokuthula Zungu", "Pieter Botha", "Refilwe Maseko", "Annelie du Plessis"],
    "in": ["Vasanthi Raghavan", "Alok Srivastava", "Rukhsana Hashmi", "Prakash Hegde"],
    "ng": ["Folasade Ogunleye", "Ikenna Obiora"], "ke": ["Wairimu Njoroge", "Kipchumba Rotich"],
    "ph": ["Maricel Bautista", "Bong Villareal"], "sg": ["Tan Hui Min", "Muthu Krishnan"],
    "br": ["Luana Figueiredo", "Thiago Nogueira"], "kr": ["Park Ji-yeon", "Seo Min-jun"], "jp": ["Okada Yumiko", "Fujita Kenji"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca", "qld": "au", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["لمى الخطيب", "سوسن الحوراني"], "de": ["Annegret Vogt", "Lukas Brugger"],
    "es": ["Rocío Alcaraz", "Álvaro Medina"], "fr": ["Solène Girard", "Baptiste Roussel"],
    "hi": ["कविता राठौड़", "अनिल खत्री"], "it": ["Chiara Benassi", "Davide Fontana"],
    "ja": ["山口 由美", "石田 健一"], "ko": ["한지민", "정우성"], "pt": ["Camila Rezende", "Juliana Prado"],
    "ru": ["Ольга Кузнецова", "Дмитрий Орлов"], "sw": ["Zuhura Salim", "Abdalla Juma"],
    "th": ["พรทิพย์ แก้วมณี", "อรุณี สายทอง"], "tr": ["Zeynep Arslan", "Emre Kaya"],
    "ur": ["فرزانہ اقبال", "طارق جمیل"], "zh": ["王丽华", "陈志强"],
    "swe": ["Karin Lindgren", "Per Östlund", "Ingrid Sjöberg"], "msa": ["Noraini Abdullah", "Faizal Ismail", "Siti Hajar Rahman"],
    "slv": ["Mojca Kranjc", "Tadej Zupan", "Nataša Horvat"], "aze": ["Günel Məmmədova", "Rəşad Əliyev", "Səbinə Hüseynova"],
    "hat": ["Roselène Jean-Baptiste", "Wilner Pierre", "Nadège Alexis"],
}
LANG_RECIPIENTS = {
    "ar": ["دانة الزعبي", "هبة النجار"], "de": ["Friederike Lange", "Tobias Brandt"],
    "es": ["Nerea Ugarte", "Pablo Cifuentes"], "fr": ["Clémence Faure", "Antoine Mercier"],
    "hi": ["नेहा भार्गव", "अमित चौहान"], "it": ["Giulia Ferraresi", "Lorenzo Baldini"],
    "ja": ["吉田 彩", "松本 翔太"], "ko": ["김하늘", "박준영"], "pt": ["Larissa Monteiro", "Rafael Campos"],
    "ru": ["Екатерина Смирнова", "Алексей Фёдоров"], "sw": ["Rehema Mushi", "Baraka Nyerere"],
    "th": ["ณัฐธิดา อินทรสุวรรณ", "ธนวัฒน์ จันทร์เพ็ญ"], "tr": ["Selin Öztürk", "Kerem Demir"],
    "ur": ["ثمینہ رشید", "نادیہ عباس"], "zh": ["刘佳怡", "周子轩"],
    "swe": ["Elin Bergström", "Oskar Nyberg", "Maja Holmqvist"], "msa": ["Nurul Aina Hashim", "Amirul Hakim", "Farah Nadia Yusof"],
    "slv": ["Urška Novak", "Matic Kos", "Petra Golob"], "aze": ["Aysel Quliyeva", "Elvin Nəsirov", "Nərmin Rzayeva"],
    "hat": ["Mirlande Joseph", "Jean-Robert Désir", "Fabienne Louis"],
}
GIVEN = {
    "Siobhán Ní Bhriain": "Siobhán", "Seán Mac Giolla": "Seán", "Tan Hui Min": "Hui Min", "Park Ji-yeon": "Ji-yeon",
    "Seo Min-jun": "Min-jun", "Okada Yumiko": "Yumiko", "Fujita Kenji": "Kenji", "Siti Hajar Rahman": "Siti Hajar",
    "Nurul Aina Hashim": "Nurul Aina", "Farah Nadia Yusof": "Farah Nadia", "Jean-Robert Désir": "Jean-Robert",
    "Annelie du Plessis": "Annelie", "Thanh Vo": "Thanh",
}
PROVIDERS = ["fernpost", "lanternmail", "teasel", "burrowbox", "kelpmail", "wickerpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "az": ("+0400", None, ""), "my": ("+0800", None, ""), "ht": ("-0500", "-0400", "us"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jo": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "br": ("-0300", None, ""),
    "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "wa": ("+0800", None, ""), "nz": ("+1200", "+1300", "nz"),
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
    TEMPLATES.append(T(part, label, kind, f"blind90-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf} – cheers for Tuesday's walk-round. St John card serial and Mrs Adeyinka-Holm's mobile below.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: update", "Hello {n},\n\nRe requisition {ref}, {role}: {x}, and so the requisition is shut with nobody appointed. Your candidate record stays put in the Workday portal, where any other opening is open to you.\n\nRegards,\nTalent Acquisition\n{co}", ("Cirrus Freight Terminals", "Stratus Cordials Co."), ("cirrus-freight", "stratus-bottling"), role=("Reach Truck Operator", "Capping Line Technician"), tz=("uk", "usc"), x=("Night loading has been handed over to our Felixstowe contractor", "The capping line is being replaced by a robotic cell"))
mr("gh", "Your application to {co}", "Hi {n},\n\nThanks for all those evenings on the {role} process. A fellow finalist accepted our offer on Tuesday, which closes your application on our side. Your bench task impressed us; please think of us again.\n\nWarm wishes,\n{sig}\nPeople team, {co}", ("Cumulus Instruments", "Mistral Optics"), ("cumulus-instruments", "mistral-optics"), role=("Calibration Technician", "Lens Polisher"), tz=("cae", "ie"))
mr("lv", "{co} – {role}", "Hi {n},\n\nEvery {role} form is read now; yours is not among the interview invites this round. If you're fine with it, your profile sits with us for {x}; reply FORGET and it's wiped at once.\n\nAll the best,\n{sig}\n{co}", ("Sirocco Spice Mill", "Monsoon Achaar Works"), ("sirocco-spice", "monsoon-pickles"), role=("Grinding Room Operative", "Achaar Room Assistant"), tz=("uk", "in"), x=("nine months", "sixteen months"))
mr("sr", "Status change: {role}", "<html><body><p>Dear {n},</p><p>There's news on your application.</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Current status</td><td>Closed – {x}</td></tr></table><p>{co} appreciates your interest.</p></body></html>", ("Gale Ferries", "Rime Lodge Hotels"), ("gale-ferries", "rime-lodge"), role=("Car Deck Marshal", "Night Porter"), tz=("nz", "cam"), x=("position given to a rating from the northern crossing", "position given to a porter from our lakeside hotel"))
mr("ic", "{co}: application {ref}", "Dear {n},\n\nApplication {ref} ({role}) sits at Not Selected now – {x}.\n\nThe advert set out the minimum requirements. Other vacancies stay open to you whenever.\n\nRecruitment Services\n{co}", ("Hoarfrost Haulage", "Sleet Road Services"), ("hoarfrost-haulage", "sleet-roads"), role=("Tanker Driver", "Winter Roads Driver"), tz=("usm", "cat"), x=("ADR Card Not Held", "Class 3 Air Brake Not Shown"))
mr("tl", "Job posting {ref} cancelled", "Dear {n},\n\nPosting {ref} ({role}) is cancelled. {x}. Nobody will be interviewed or hired, so this notice closes your application.\n\nWith thanks.\n{co} Human Resources", ("Thaw County Leisure", "Dewpoint Community Trust"), ("thaw-leisure", "dewpoint-trust"), role=("Ice Pad Attendant", "Community Bus Driver"), tz=("use", "ie"), x=("The ice pad stays shut this winter after the chiller plant failed", "The bus route is being taken over by the county council"))
mr("wk", "{role} at {co}", "Hi {n},\n\n{x} people went for {role}; {y} got a paid trial day. You weren't among those {y} this time round, so it's goodbye for now. Cheers for having a go.\n\n{sig}, {co}", ("Sunhaze Taqueria", "Fogbow Biangbiang Bar"), ("sunhaze-taqueria", "fogbow-noodles"), role=("Line Cook", "Wok Cook"), tz=("usp", "au"), x=("ninety-four", "one hundred and thirty"), y=("five", "seven"))
mr("bh", "About the {role} opening", "Hello {n},\n\nBad news, sorry: the {role} opening won't be filled after all. {x}. Appreciate you hanging on while we sorted it.\n\n{sig}\n{co}", ("Rainshadow Bikes", "Isobar Sailing Club"), ("rainshadow-bikes", "isobar-sailing"), role=("Workshop Mechanic", "Optimist Coach"), tz=("cap", "nz"), x=("Our two part-timers have asked for more hours and will cover the workshop", "A returning instructor has taken on the weekend sessions"))
mr("tt", "{co}: your application", "Dear {n},\n\nMany thank for {role} application. Sadly we stop the process for you in this point. So many good people came and we must choose only few. Good luck for the next search.\n\nKind regards,\n{sig}\n{co}", ("Haboob Earthenware", "Bora Bellowsmiths"), ("haboob-ceramics", "bora-organs"), role=("Firing Assistant", "Pipe Maker"), tz=("br", "kr"))
mr("pp", "{role} – shortlisting result", "Dear {n},\n\n{role} shortlisting has finished. Against the essential criteria you scored {x}; interviews began at {y}, so you aren't being invited this round.\n\nWith thanks,\n{sig}\n{co}", ("Foehn Moorland Trust", "Tradewind Estuary Partnership"), ("foehn-trust", "tradewind-estuary"), role=("Hill Ranger", "Estuary Warden"), tz=("uk", "uk"), x=("15 out of 42", "11 out of 35"), y=("26", "22"))
mr("jz", "{co} – {role}", "Hi {n},\n\nGot your {role} reel and watched it twice. We're passing for this season's line-up. Keep training, all the best.\n\n{sig}\n{co}", ("Doldrums Circus", "Mackerel Sky Theatre"), ("doldrums-circus", "mackerel-sky"), role=("Highwire Artiste", "Fly-Tower Crew"), tz=("usc", "za"))
mr("ab", "{co} recruitment", "Dear {n},\n\nWe appreciate very much your {role} application to {co}. After checking all candidates, sorry, we cannot go ahead together with you. This does not mean about your value as person. Wishing you luck.\n\n{sig}", ("Graupel Tea Estate", "Virga Bean Farm"), ("graupel-tea", "virga-cocoa"), role=("Leaf Sorter", "Bean Sweating Hand"), tz=("ph", "kr"))
mr("cc", "{role} – outcome of shortlisting", "Dear {n},\n\nThe {role} shortlisting panel has sat. Your name is off the shortlist. With so many forms in, the council can't offer one-to-one feedback.\n\nHuman Resources\n{co}", ("Petrichor District Council", "Brume Valley Education Authority"), ("petrichor-dc.gov", "brume-valley-ea.gov"), role=("Parks Apprentice", "School Crossing Patroller"), tz=("uk", "ie"))
# once each: small employers
mr("s1", "The shop job", "Hi {n},\n\nCheers, love, for bringing your CV round on Tuesday. My sister-in-law's girl has finished college and she's going to help out on the counter, so I won't be needing anyone after all. Sorry about that.\n\n{sig}\nSmirr Trimmings", "Smirr Trimmings", "smirr-haberdashery", tz="uk")
mr("s2", "Yard position", "{n},\n\nSorry, slow reply. The brother's young lad is back off the mines, so he's on the van with me now, so the van seat's taken. Thanks for your interest all the same.\n\n{sig}\nHaar Sand & Chippings", "Haar Sand & Chippings", "haar-gravel", tz="ie")
mr("s3", "Server spot", "Hey {n},\n\nNice of ya to swing by. My nephew lost his warehouse gig so he grabbed the weekend shifts, meaning no hiring for a while. Good luck out there.\n\n{sig}\nWilliwaw Eats", "Williwaw Eats", "williwaw-diner", tz="usm")
mr("s4", "Deckhand job", "Hi {n},\n\nGot your note. Me and Dave will run the boat ourselves this summer, so no deckhand after all. Fair winds with the job hunt.\n\n{sig}\nEasterly Cetacean Tours", "Easterly Cetacean Tours", "easterly-tours", tz="cat")
mr("s5", "Picking work", "G'day {n},\n\nGot your message re picking, mate. The neighbours' twins are back from uni for the holidays and they'll fill the spots, so we're right for pickers this season.\n\n{sig}\nFirn Creek Cherries", "Firn Creek Cherries", "firncreek-cherries", tz="au")
mr("s6", "Café role", "Kia ora {n},\n\nThanks heaps for the trial shift. My partner's cousin has moved down from Whangārei and needs the work, so we've given her the hours. Really sorry.\n\n{sig}\nFrazil Flatwhite", "Frazil Flatwhite", "frazil-espresso", tz="nz")
mr("s7", "Shop assistant post", "Hi {n},\n\nNgiyabonga for bringing your CV in. Gogo Nomsa's grandson finished his studies and he starts at the till on Monday, so we have our person. Sala kahle.\n\n{sig}\nSastrugi Hardware", "Sastrugi Hardware", "sastrugi-hardware", tz="za")
mr("s8", "Accountant vacancy", "Dear {n},\n\nPapa and I were glad you came to meet us. Our old munim ji has recovered from his surgery and is rejoining from the first, so we will not be filling the vacancy. Please excuse the trouble.\n\n{sig}\nCirrus Brass Utensils", "Cirrus Brass Utensils", "cirrus-brass", tz="in")
mr("s9", "Sales girl position", "Good afternoon {n},\n\nGod bless you for coming to the shop. Madam is bringing her husband's niece down from the village to assist, so the vacancy is closed. God bless.\n\n{sig}\nStratus Asooke & Fabrics", "Stratus Asooke & Fabrics", "stratus-lace", tz="ng")
mr("s10", "Shop attendant", "Hello {n},\n\nWe received your application, asante. The boss's nephew has finished his certificate and is taking the counter job. Pole sana, and blessings.\n\n{sig}\nMonsoon Seeds & Sprays", "Monsoon Seeds & Sprays", "monsoon-agrovet", tz="ke")
mr("s11", "Crew application", "Hi {n},\n\nSalamat for applying as crew. Sad news po, our highway branch is closing on the 30th, so no more hiring of new crew. Ingat!\n\n{sig}\nSleet Merienda House", "Sleet Merienda House", "sleet-merienda", tz="ph")
mr("s12", "Stall helper", "Hi {n},\n\nThanks ah for asking about helper. Uncle decided to open the stall only for lunch from next month, so he can manage alone. Sorry ah.\n\n{sig}\nMistral Hawker Stall", "Mistral Hawker Stall", "mistral-fishball", tz="sg")
mr("s13", "Bakery job", "Hello {n},\n\nThank you for your visit at the bakery. My son returned from his military service and he bakes with me at the oven, so I do not need another person now. Sorry and good luck.\n\n{sig}\nGale Biscoitaria", "Gale Biscoitaria", "gale-paodequeijo", tz="br")
mr("s14", "Kitchen helper", "Dear {n},\n\nThanks for interesting in our kitchen. My cousin from Daegu will come and help, so we already have the person. I am sorry for this and wish you good job soon.\n\n{sig}\nRime Kimbap Kitchen", "Rime Kimbap Kitchen", "rime-kimbap", tz="kr")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} – follow-up", "Hi {n},\n\nLovely meeting you Thursday, and ta for the tea tin. The {role} post has gone to someone who ran a surgery front desk for years, and she begins next month. Our page gets new posts now and then, so have a look.\n\nBest,\n{sig}\n\n{OUT}", ("Cumulus Dental Care", "Stratus Family Dentists"), ("cumulus-dental", "stratus-dentists"), role=("Dental Receptionist", "Dental Nurse"), tz=("uk", "ie"))
mr("th2", "Re: [EXT] Re: {role}", "Hey {n},\n\nSo nice talking with you at the shelter last week, and the dogs clearly agreed. We went with a volunteer who has handled our weekend walks for two years for the {role} job; she knows every animal by name already. Come by the open day in spring if you can.\n\n{sig}\n{co}\n\n{GM}", ("Gale Animal Shelter", "Monsoon Cat Rescue"), ("gale-shelter", "monsoon-catrescue"), role=("Kennel Attendant", "Cattery Assistant"), tz=("usc", "cae"))
mr("th3", "RE: [EXT] RE: {role} interview", "Dear {n},\n\nThanks once more for visiting, and for that Year 2 lesson; the paper boats were a hit. The governors appointed a colleague from our partner school to the {role} post, who will join in September. Warm wishes.\n\n{sig}\nHeadteacher, {co}\n\n{RULE}", ("Thaw Lane Primary School", "Rime Hill Infant School"), ("thawlane-primary", "rimehill-infants"), role=("Teaching Assistant", "Learning Support Assistant"), tz=("uk", "nz"))
mr("th4", "Re: [EXT] RE: {role}", "Hello {n},\n\nThanks for coming for Monday's interview and bearing with our noisy loading bay. Management has handed the {role} position to one of our cashiers, acting in it since April. We appreciate you and wish you well.\n\n{sig}\n{co}\n\n{ORIG}", ("Sirocco Supermarket", "Foehn Fresh Mart"), ("sirocco-supermarket", "foehn-freshmart"), role=("Floor Supervisor", "Stock Controller"), tz=("ng", "ke"))
mr("th5", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nThanks heaps for running the Saturday group's improv warm-up. After plenty of umming and ahhing, a facilitator who's been here since day one is taking on {role}. Festival hugs!\n\nCheers,\n{sig}\n{co}\n\n{OUT}", ("Isobar Youth Theatre", "Fogbow Young Company"), ("isobar-theatre", "fogbow-youngco"), role=("Youth Drama Leader", "Outreach Facilitator"), tz=("au", "usp"))
mr("th6", "Re: [EXT] Re: {role} chat", "Hi {n},\n\nGreat to have you in the workshop on Wednesday, and thanks for fixing that stubborn hub while you were there. We've taken on {x} as our {role}; he has been volunteering on Thursday nights since the place opened. Drop in for a cuppa any time.\n\n{sig}\n{co}\n\n{GM}", ("Rainshadow Bike Kitchen", "Dewpoint Repair Café"), ("rainshadow-bikekitchen", "dewpoint-repair"), role=("Workshop Coordinator", "Repair Lead"), tz=("uk", "nz"), x=("Tomos", "Rangi"))
mr("th7", "RE: [EXT] RE: {role} interview", "Dear {n},\n\nThanks for Friday with the partners. The practice is appointing an audiologist who did her student training here; she's accepted. Such a pleasure meeting you.\n\nKind regards,\n{sig}\nPractice Manager, {co}\n\n{ORIG}", ("Sunhaze Hearing Clinic", "Haar Physiotherapy"), ("sunhaze-hearing", "haar-physio"), role=("Audiology Assistant", "Physiotherapy Assistant"), tz=("za", "sg"))
mr("th8", "Re: [EXT] RE: {role}", "Dear {n},\n\nWe thank you for visiting the weavers' shed. The committee picked a founding member's daughter as {role}, since she has kept our records for three seasons. Stay blessed and keep in touch.\n\n{sig}\nSecretary, {co}\n\n{RULE}", ("Virga Women's Weaving Group", "Graupel Woven Basket Group"), ("virga-weavers", "graupel-baskets"), role=("Group Coordinator", "Sales Coordinator"), tz=("ke", "in"))
# ---- 8 clear refusals under long footers
FOOT1 = "\n\n— — —\nStore openings, seasonal deals and careers chatter on our socials. This mail reached you since you once applied on the {co} careers hub; tweak these emails from your candidate login. {co} hires folk of all sorts. Replies to this inbox go nowhere."
FOOT2 = "\n\n=====\nCAREERS AT {CO}\nFresh roles weekly across shops, depots and HQ • Switch on alerts • Meet our crew stories • Perks: team discount, pension top-up, bike loan • Need an adjustment? Just ask, any stage • Privacy notice lives in your profile\nSent by our careers robot, unattended."
mr("ft1", "Your application for {role}", "Dear {n},\n\nThanks for going for {role} at our {x} store. This time your application is unsuccessful and goes no further.\n\n{co} Recruitment" + FOOT1, ("Gale DIY & Garden", "Cirrus Home Hardware"), ("gale-diy", "cirrus-homehardware"), role=("Garden Centre Assistant", "Paint Desk Assistant"), tz=("uk", "ie"), x=("Hemsworth", "riverside"))
mr("ft2", "{role} – application update", "Hi {n},\n\nAppreciate you applying for {role}. Regretfully your application closes here with no next step.\n\n{co} Talent Team" + FOOT2, ("Stratus Trail Outfitters", "Mistral Camp & Paddle"), ("stratus-trail", "mistral-camp"), role=("Rental Shop Technician", "Boat Rental Associate"), tz=("usm", "cat"))
mr("ft3", "Application update: {role}", "Hi {n},\n\nCheers for applying for {role}. We've been through your application and this time round it's a no.\n\n{co} Careers" + FOOT1, ("Sleet Appliance Warehouse", "Thaw Sleep Store"), ("sleet-appliances", "thaw-sleep"), role=("Delivery Installer", "Sleep Consultant"), tz=("au", "nz"))
mr("ft4", "{role} application outcome", "Dear {n},\n\nYour {role} application has been looked at. Regrettably it won't progress to round two.\n\n{co} HR" + FOOT2, ("Sirocco Cash & Carry", "Foehn Wholesale"), ("sirocco-cashcarry", "foehn-wholesale"), role=("Warehouse Checker", "Pallet Picker"), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hd1", "{role} – your application", "Dear {n},\n\nThanks for wishing to join as {role}. Several strong people came through, and others' family-law casework sits nearer the practice's plans for the coming years. Every success.\n\nYours sincerely,\n{sig}\n{co}", ("Halden & Cirrus Solicitors", "Stratus Legal LLP"), ("cirrus-solicitors", "stratus-legal"), role=("Legal Secretary", "Paralegal"), tz=("uk", "ie"))
mr("hd2", "{co} – {role}", "Hi {n},\n\nThanks for the {role} conversation. We've veered elsewhere, towards someone who has steered timber-frame jobs from planning to handover. Really enjoyed chatting.\n\n{sig}\n{co}", ("Sunhaze Architects", "Fogbow Design Studio"), ("sunhaze-architects", "fogbow-design"), role=("Project Architect", "Architectural Technologist"), tz=("use", "cam"))
mr("hd3", "Your application – {role}", "Hi {n},\n\nTa for the {role} application. Other applicants bring a longer track record with vineyard and orchard clients, and that suits our client base a bit better at present. Best wishes with your next move.\n\n{sig}\n{co}", ("Rime Rural Accountants", "Haar Farm Accounts"), ("rime-accountants", "haar-farmaccounts"), role=("Accounts Assistant", "Payroll Officer"), tz=("au", "nz"))
mr("hd4", "{role} recruitment", "Dear {n},\n\nOur thanks for considering {role}. Comparing applications, others' borehole upkeep experience in dryland counties lined up more neatly with the programme. Asante for your time.\n\n{sig}\n{co}", ("Virga Water Trust", "Graupel Clean Water Initiative"), ("virga-water", "graupel-water"), role=("Field Officer", "WASH Programme Assistant"), tz=("ke", "za"))
mr("hd5", "{role} at {co}", "Dear {n},\n\nGood of you to come by about {role}. On reflection the job is tilting elsewhere, to people with more contact-lens fitting behind them.\n\nBest regards,\n{sig}\n{co}", "Easterly Eye Centre", "easterly-eye", role="Optical Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up on our call – {role}", "Hi {n},\n\nNice chatting earlier. Feedback from {x}, as promised: they picked someone with more night-shift leadership, so that door's shut. But there's a {y} role at a sister site that fits you nicely; want the spec?\n\n{sig}\n{co}", ("Williwaw Recruitment", "Tradewind Staffing"), ("williwaw-recruit", "tradewind-staffing"), role=("Shift Manager", "Production Supervisor"), tz=("uk", "use"), x=("the bakery", "the frozen-food plant"), y=("Day Team Leader", "Quality Technician"))
mr("rc2", "{role} – where we landed", "Hey {n},\n\nTa for this morning's natter. The packhouse has picked someone else for {role}, sorry mate. On the bright side, the same grower is after a {y} for the kiwifruit season – give me a bell and I'll pop your name in.\n\n{sig}\n{co}", ("Sunhaze Rural Recruitment", "Petrichor Seasonal Staff"), ("sunhaze-rural", "petrichor-staff"), role=("Packhouse Supervisor", "Grading Line Lead"), tz=("au", "nz"), y=("forklift coordinator", "bin-hand supervisor"))
mr("rc3", "After our call: {role}", "Dear {n},\n\nThanks for picking up today. The client chose another candidate for {role}. They also have a {y} opening at factory number two, and with your go-ahead I'll send your CV across.\n\nRegards,\n{sig}\n{co}", ("Mackerel HR Consultants", "Cumulus Talent Africa"), ("mackerel-hr", "cumulus-talent"), role=("Maintenance Fitter", "Boilerhouse Attendant"), tz=("ke", "ng"), y=("Stores Clerk", "Shift Electrician"))
mr("rc4", "{role} – update and another option", "Hi {n},\n\nLike we said on the phone, the farm gave the {role} job to the foreman's brother, so that's done. On my desk there's also a pack-shed supervisor post near Makhado that fits your background. Let me know by Friday.\n\n{sig}\n{co}", "Doldrums Agri Recruitment", "doldrums-agri", role="Orchard Foreman", tz="za")
# ---- 8 public-sector notices
mr("ps1", "Vacancy {ref}: eligibility", "Dear {n},\n\nVacancy {ref}, {role}: your application was checked and rated ineligible, as {x} had not reached us by the closing date. It is not considered any further.\n\nHuman Resources Office\n{co}", ("Department of Rivers and Harbours", "State Fisheries Agency"), ("rivers-harbours.gov", "fisheries-agency.gov"), role=("Lock Keeper", "Fisheries Inspector"), tz=("usc", "au"), x=("proof of a current boat operator licence", "a valid first-aid certificate"))
mr("ps2", "Announcement {ref} – referral notice", "Dear {n},\n\nAnnouncement {ref}, {role}: after review, the selecting official's certificate was issued without your name, often as others rated higher. You need do nothing further.\n\nStaffing Branch\n{co}", ("Federal Parks Service", "National Archives Office"), ("parks-service.gov", "archives-office.gov"), role=("Visitor Use Assistant", "Archives Technician"), tz=("usp", "cae"))
mr("ps3", "Competition {ref} cancelled", "Dear {n},\n\nCompetition {ref} for {role} is cancelled {x}, and no appointment follows from it. Thank you for considering public service.\n\nRecruitment Unit\n{co}", ("Provincial Ministry of Transport", "County Library Service"), ("transport-ministry.gov", "county-libraries.gov"), role=("Weigh Station Officer", "Mobile Library Driver"), tz=("cam", "ie"), x=("following a hiring freeze", "as the post is being removed in the service review"))
mr("ps4", "{role} – written examination result", "Dear {n},\n\n{role}: written examination marks are published. You scored {x}, under the board's cut-off of {y}, and so no interview call follows.\n\nExaminations Section\n{co}", ("State Public Service Commission", "Municipal Recruitment Board"), ("spsc.gov", "municipal-board.gov"), role=("Junior Assistant", "Revenue Clerk"), tz=("in", "ph"), x=("61", "58"), y=("67", "64"))
# ---- 6 bare ATS status updates
mr("at1", "Your application status has changed", "Hello {n},\n\nStatus update for {role} at {co}:\n\nNo longer being considered\n\nStatusteal · all your applications", ("Gale Logistics", "Thaw Foods"), ("gale-logistics", "thaw-foods"), frm="Statusteal <updates@statusteal.example>", role=("Dispatch Clerk", "Line Operator"), tz=("uk", "usc"))
mr("at2", "{role}: status changed", "<html><body><p>Hi {n},</p><p><b>{co}</b> · {role}</p><p>Status: <b>Closed · not progressing</b></p><p>Applyheron</p></body></html>", ("Sirocco Retail", "Rime Health Group"), ("sirocco-retail", "rime-health"), frm="Applyheron <status@applyheron.example>", role=("Store Associate", "Ward Clerk"), tz=("cae", "au"))
mr("at3", "Application update", "{n}, your application for {role} ({co}) was marked Unsuccessful.\n\nJobmoorhen", ("Cirrus Energy", "Mistral Transit"), ("cirrus-energy", "mistral-transit"), frm="Jobmoorhen <noreply@jobmoorhen.example>", role=("Meter Reader", "Bus Cleaner"), tz=("za", "nz"))
# ---- 6 internship / graduate decisions
mr("in1", "{x} studentship – decision", "Dear {n},\n\nSummer {x} studentship: the panel had a flood of applicants, and all twelve bunks on the boat are now spoken for. Do try again next round.\n\n{sig}\n{co}", ("Foehn Coastal Institute", "Stratus Upland Research Centre"), ("foehn-coastal", "stratus-upland"), x=("kelp-forest survey", "blanket-bog hydrology"), tz=("uk", "ie"))
mr("in2", "{x} internship 2026", "Hi {n},\n\nThanks for going for our {x} internship. You weren't picked for this intake, sorry. Good luck with the degree.\n\n{sig}\n{co}", ("Easterly Wildlife Foundation", "Rainshadow Conservation"), ("easterly-wildlife", "rainshadow-cons"), x=("kākāpō monitoring", "quoll tracking"), tz=("nz", "au"))
mr("in3", "{x} Graduate Programme: outcome", "Dear {n},\n\nCheers for joining the {x} Graduate Programme selection. After the assessment centre, your application is unsuccessful, sadly. Ask us for the day's feedback if useful.\n\nEarly Careers Team\n{co}", ("Graupel Power Networks", "Cumulus Mining"), ("graupel-power", "cumulus-mining"), x=("Substation Engineering", "Mine Surveying"), tz=("za", "in"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Requisition {ref} – application received", "Hello {n},\n\nRequisition {ref} ({role}): logged. In case the requisition shuts ahead of interviews, your portal status flips and an automated note lands here. No action for you today.\n\nTalent Acquisition\n{co}", ("Cirrus Freight Terminals", "Stratus Cordials Co."), ("cirrus-freight", "stratus-bottling"), role=("Yard Shunter", "Palletiser Operator"), tz=("uk", "usc"))
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is with the lab team now. Offer or no offer, a human here writes back, typically inside three weeks.\n\n{sig}\nPeople team, {co}", ("Cumulus Instruments", "Mistral Optics"), ("cumulus-instruments", "mistral-optics"), role=("Test Engineer", "Thin-Film Technician"), tz=("cae", "ie"))
mo("application_received", "a3", "We've got your application – {role}", "Hi {n},\n\nYour {role} form is in the mill office. Should this one fall through, may we keep your profile for later openings? Say no any time.\n\n{sig}\n{co}", ("Sirocco Spice Mill", "Monsoon Achaar Works"), ("sirocco-spice", "monsoon-pickles"), role=("Packing Operative", "Quality Checker"), tz=("uk", "in"))
mo("application_received", "a4", "Application submitted: {role}", "<html><body><p>Dear {n},</p><p>Thank you, your application is in.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Submitted</td></tr></table><p>This status flips to Closed in case a crew member transfers in first.</p></body></html>", ("Gale Ferries", "Rime Lodge Hotels"), ("gale-ferries", "rime-lodge"), role=("Cabin Steward", "Housekeeping Attendant"), tz=("nz", "cam"))
mo("application_received", "a5", "{co}: application {ref} received", "Dear {n},\n\nApplication {ref} for {role} was received. Applications without the licences listed in the advert are automatically set to Not Selected, so please check that your documents are uploaded before the closing date.\n\nRecruitment Services\n{co}", ("Hoarfrost Haulage", "Sleet Road Services"), ("hoarfrost-haulage", "sleet-roads"), role=("Class 1 Driver", "Road Crew Operative"), tz=("usm", "cat"))
mo("application_received", "a6", "Posting {ref} – application acknowledged", "Dear {n},\n\nThis acknowledges your application for posting {ref} ({role}). Occasionally a posting is cancelled before it closes; should that happen, every applicant is told by email. Otherwise, shortlisting begins after the closing date.\n\n{co} Human Resources", ("Thaw County Leisure", "Dewpoint Community Trust"), ("thaw-leisure", "dewpoint-trust"), role=("Lifeguard", "Minibus Driver"), tz=("use", "ie"))
mo("application_received", "a7", "Got it – {role}", "Hi {n},\n\nWoohoo, a {role} application! Chef reads them this week. Trial day or no trial day, everyone gets an email by the 28th, no guessing.\n\n{sig}, {co}", ("Sunhaze Taqueria", "Fogbow Biangbiang Bar"), ("sunhaze-taqueria", "fogbow-noodles"), role=("Prep Cook", "Kitchen Porter"), tz=("usp", "au"))
mo("application_received", "a8", "{role} – received", "Hello {n},\n\nYour {role} application arrived. If the current lot mop up those extra hours we might not hire anyone, though you'll get a text whichever way.\n\n{sig}\n{co}", ("Rainshadow Bikes", "Isobar Sailing Club"), ("rainshadow-bikes", "isobar-sailing"), role=("Sales Assistant", "Boat Park Helper"), tz=("cap", "nz"))
mo("application_received", "a9", "{co}: we received your application", "Dear {n},\n\nYour {role} papers came to our workshop. Every papers we look with care. Good result or not, we will write to you personally after the selection.\n\nKind regards,\n{sig}\n{co}", ("Haboob Earthenware", "Bora Bellowsmiths"), ("haboob-ceramics", "bora-organs"), role=("Clay Mixer", "Voicing Assistant"), tz=("br", "kr"))
mo("application_received", "a10", "{role} – application received", "Dear {n},\n\nYour {role} form is safely in. Our ranger team scores forms once the advert shuts. Anyone under the shortlisting line misses out on interview, and sadly the trust has no staff to write to each of them in turn.\n\n{sig}\n{co}", ("Foehn Moorland Trust", "Tradewind Estuary Partnership"), ("foehn-trust", "tradewind-estuary"), role=("Volunteer Coordinator", "Education Ranger"), tz=("uk", "uk"))
mo("application_received", "a11", "Reel received – {role}", "Hi {n},\n\nReel landed safe – {role} folder, tagged. We'll watch everything after the deadline. Call-back or no call-back, you'll have an answer before the season line-up is announced.\n\n{sig}\n{co}", ("Doldrums Circus", "Mackerel Sky Theatre"), ("doldrums-circus", "mackerel-sky"), role=("Aerial Ring Artist", "Stage Rigger"), tz=("usc", "za"))
mo("application_received", "a12", "Application to {co}", "Dear {n},\n\nYour {role} application reached {co} safe, many thanks. We check all candidates and answer you inside two weeks, good result or bad result both.\n\n{sig}", ("Graupel Tea Estate", "Virga Bean Farm"), ("graupel-tea", "virga-cocoa"), role=("Field Clerk", "Drying Shed Hand"), tz=("ph", "kr"))
mo("application_received", "a13", "{role} – application acknowledged", "Dear {n},\n\nThe council has logged your {role} form. Shortlisted people alone hear back by phone or post; six quiet weeks after the closing date usually means your form didn't make the shortlist.\n\nHuman Resources\n{co}", ("Petrichor District Council", "Brume Valley Education Authority"), ("petrichor-dc.gov", "brume-valley-ea.gov"), role=("Grounds Maintenance Operative", "Catering Assistant"), tz=("uk", "ie"))
mo("application_received", "a14", "RE: [EXT] {role} – application received", "Hi {n},\n\nCV for {role} safely in! Chair-side interviews run over the next fortnight. If this one passes you by, might your details stay on our locum cover list?\n\nBest,\n{sig}\n{co}", ("Cumulus Dental Care", "Stratus Family Dentists"), ("cumulus-dental", "stratus-dentists"), role=("Dental Receptionist", "Dental Nurse"), tz=("uk", "ie"))
mo("application_received", "a15", "We got your application!", "Hey {n},\n\nWoof, your {role} application is in! Heaps of interest so far. We only phone folks we want to meet, so three silent weeks means the spot went to someone else.\n\n{sig}\n{co}", ("Gale Animal Shelter", "Monsoon Cat Rescue"), ("gale-shelter", "monsoon-catrescue"), role=("Animal Care Aide", "Adoption Assistant"), tz=("usc", "cae"))
mo("application_received", "a16", "{role} – application", "Dear {n},\n\nYour {role} form reached the school office. The governors shortlist on {dl}, and whichever way the panel goes, each applicant gets a letter.\n\n{sig}\nSchool Office, {co}", ("Thaw Lane Primary School", "Rime Hill Infant School"), ("thawlane-primary", "rimehill-infants"), role=("Midday Supervisor", "Teaching Assistant"), tz=("uk", "nz"))
mo("application_received", "a17", "Application received – {role}", "Hello {n},\n\nWe've collected your {role} form at {co} customer service. Successful or unsuccessful, each applicant gets feedback from the HR desk after interviews.\n\n{sig}\n{co}", ("Sirocco Supermarket", "Foehn Fresh Mart"), ("sirocco-supermarket", "foehn-freshmart"), role=("Cashier", "Butchery Assistant"), tz=("ng", "ke"))
mo("application_received", "a18", "Thanks – {role} application", "Hi {n},\n\nBrilliant, your {role} form is in! The panel sits Wednesday week. Should it not be the match this round, we'd still love you on the volunteer facilitator list.\n\n{sig}\n{co}", ("Isobar Youth Theatre", "Fogbow Young Company"), ("isobar-theatre", "fogbow-youngco"), role=("Drama Assistant", "Front-of-House Lead"), tz=("au", "usp"))
mo("application_received", "a19", "{role} – thanks for applying", "Hi {n},\n\nTa for the {role} form. Tiny crew here, so replies are slow. Yes or no, one of us will email you before month's end.\n\n{sig}\n{co}", ("Rainshadow Bike Kitchen", "Dewpoint Repair Café"), ("rainshadow-bikekitchen", "dewpoint-repair"), role=("Volunteer Mechanic", "Tool Library Assistant"), tz=("uk", "nz"))
mo("application_received", "a20", "Application received: {role}", "Dear {n},\n\nYour {role} application reached the practice. We sift forms after {dl}; people not shortlisted get a brief email, so nobody sits wondering.\n\n{sig}\n{co}", ("Sunhaze Hearing Clinic", "Haar Physiotherapy"), ("sunhaze-hearing", "haar-physio"), role=("Clinic Receptionist", "Rehab Assistant"), tz=("za", "sg"))
mo("application_received", "a21", "{role} application received", "Dear {n},\n\nYour {role} application for our {x} store landed. A manager reads it within ten working days. Not taken forward? You stay on our talent list six months unless you opt out.\n\n{co} Recruitment" + FOOT1, ("Gale DIY & Garden", "Cirrus Home Hardware"), ("gale-diy", "cirrus-homehardware"), role=("Timber Yard Assistant", "Customer Service Assistant"), tz=("uk", "ie"), x=("Wetherby", "retail-park"))
mo("application_received", "a22", "Received: {role}", "Hi {n},\n\nYour {role} application is in the queue. The hiring manager will go through them, then you'll hear if you're moving on or not.\n\n{co} Talent Team" + FOOT2, ("Stratus Trail Outfitters", "Mistral Camp & Paddle"), ("stratus-trail", "mistral-camp"), role=("Bike Technician", "Stockroom Associate"), tz=("usm", "cat"))
mo("application_received", "a23", "{role} – your application", "Dear {n},\n\nYour {role} application has reached the practice. Given the volume, the firm writes only to those it asks to interview.\n\nYours sincerely,\n{sig}\n{co}", ("Halden & Cirrus Solicitors", "Stratus Legal LLP"), ("cirrus-solicitors", "stratus-legal"), role=("Conveyancing Assistant", "Receptionist"), tz=("uk", "ie"))
mo("application_received", "a24", "Application acknowledgement – {role}", "Dear {n},\n\nVacancy {ref}, {role}: application logged. Rated ineligible or not referred? Then a notice is emailed here. Nothing to do for now.\n\nStaffing Branch\n{co}", ("Federal Parks Service", "National Archives Office"), ("parks-service.gov", "archives-office.gov"), role=("Maintenance Worker", "Records Clerk"), tz=("usp", "cae"))
mo("application_received", "a25", "{x} – application received", "Dear {n},\n\nApplication logged for {x}. Shortlisted people get an assessment-day invite; the rest get one email once the cohort is full.\n\nEarly Careers Team\n{co}", ("Graupel Power Networks", "Cumulus Mining"), ("graupel-power", "cumulus-mining"), x=("the Substation Engineering Graduate Programme", "the Mine Surveying Graduate Programme"), tz=("za", "in"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nBrilliant, ta for replying. Interview for {role}: {dl}, 10am. Unfortunately there's retarmacking outside that week; the library car park is free.\n\nBest,\n{sig}\n{co}", ("Cumulus Dental Care", "Stratus Family Dentists"), ("cumulus-dental", "stratus-dentists"), role=("Dental Receptionist", "Dental Nurse"), tz=("uk", "ie"))
mo("interview", "i2", "Re: [EXT] Re: {role} – come meet the dogs", "Hey {n},\n\nWorking interview for {role}: {dl}, 9am–12pm. Boots on. Unfortunately the staff microwave died, so pack a cold lunch.\n\n{sig}\n{co}", ("Gale Animal Shelter", "Monsoon Cat Rescue"), ("gale-shelter", "monsoon-catrescue"), role=("Kennel Attendant", "Cattery Assistant"), tz=("usc", "cae"))
mo("interview", "i3", "Interview invitation – {role}", "Dear {n},\n\nPlease come to interview for {role} on {dl} at 1.30pm; you'll share a picture book with four children. Unfortunately the hall is taken by nativity practice, so we're in the library corner.\n\n{sig}\nHeadteacher, {co}", ("Thaw Lane Primary School", "Rime Hill Infant School"), ("thawlane-primary", "rimehill-infants"), role=("Teaching Assistant", "Learning Support Assistant"), tz=("uk", "nz"))
mo("interview", "i4", "Interview: {role}", "Hello {n},\n\nKindly attend interview for {role}, {dl}, 11am, head office. Unfortunately our lift has packed up, so take the stairs to floor three. Bring original certificates.\n\n{sig}\n{co}", ("Sirocco Supermarket", "Foehn Fresh Mart"), ("sirocco-supermarket", "foehn-freshmart"), role=("Floor Supervisor", "Stock Controller"), tz=("ng", "ke"))
mo("interview", "i5", "RE: [EXT] Re: {role} – workshop session", "Hi {n},\n\nWe'd love you to run a 30-minute session with the Saturday group for {role} on {dl}. Unfortunately the rehearsal room heating is playing up, so layers are a good idea.\n\nCheers,\n{sig}\n{co}", ("Isobar Youth Theatre", "Fogbow Young Company"), ("isobar-theatre", "fogbow-youngco"), role=("Youth Drama Leader", "Outreach Facilitator"), tz=("au", "usp"))
mo("interview", "i6", "Interview for {role}", "Hi {n},\n\nFancy a chat about the {role} job on {dl}, 6pm? Unfortunately our truing stand snapped, so your hands-on test is a tube patch.\n\n{sig}\n{co}", ("Rainshadow Bike Kitchen", "Dewpoint Repair Café"), ("rainshadow-bikekitchen", "dewpoint-repair"), role=("Workshop Coordinator", "Repair Lead"), tz=("uk", "nz"))
mo("interview", "i7", "{role} – interview with the partners", "Dear {n},\n\nThe partners invite you to discuss the {role} post on {dl}, 2pm. Unfortunately first-round travel isn't refunded.\n\nKind regards,\n{sig}\nPractice Manager, {co}", ("Sunhaze Hearing Clinic", "Haar Physiotherapy"), ("sunhaze-hearing", "haar-physio"), role=("Audiology Assistant", "Physiotherapy Assistant"), tz=("za", "sg"))
mo("interview", "i8", "Invitation to meet the committee", "Dear {n},\n\nThe committee invites you to meet the members on {dl} at 10am at the weavers' shed, about the {role} post. Unfortunately the murram road is slippery since the rains; gumboots advised.\n\n{sig}\nSecretary, {co}", ("Virga Women's Weaving Group", "Graupel Woven Basket Group"), ("virga-weavers", "graupel-baskets"), role=("Group Coordinator", "Sales Coordinator"), tz=("ke", "in"))
mo("next_steps", "n1", "{role} – background check consent", "Hello {n},\n\nNext stage for {role}: please e-sign the background-check consent and add right-to-work papers by {dl}. Unfortunately our portal boots people after a quarter hour idle, so scan beforehand.\n\nTalent Acquisition\n{co}", ("Cirrus Freight Terminals", "Stratus Cordials Co."), ("cirrus-freight", "stratus-bottling"), role=("Reach Truck Operator", "Capping Line Technician"), tz=("uk", "usc"))
mo("next_steps", "n2", "{co}: licence upload needed", "Dear {n},\n\nTo continue your application {ref} for {role}, upload your licence and a current driving record by {dl}. Applications missing these on that date cannot proceed.\n\nRecruitment Services\n{co}", ("Hoarfrost Haulage", "Sleet Road Services"), ("hoarfrost-haulage", "sleet-roads"), role=("Tanker Driver", "Winter Roads Driver"), tz=("usm", "cat"))
mo("next_steps", "n3", "Announcement {ref}: supplemental questionnaire", "Dear {n},\n\nAnnouncement {ref}, {role}: you're referred. Fill the extra questionnaire in your account by {dl}. Unfortunately emailed answers can't be taken.\n\nStaffing Branch\n{co}", ("Federal Parks Service", "National Archives Office"), ("parks-service.gov", "archives-office.gov"), role=("Visitor Use Assistant", "Archives Technician"), tz=("usp", "cae"))
mo("next_steps", "n4", "{role} – document verification", "Dear {n},\n\n{role}: you cleared the written paper. Come for document checking {dl}, 9.30am, with originals and two photos. Unfortunately the compound has no parking.\n\nExaminations Section\n{co}", ("State Public Service Commission", "Municipal Recruitment Board"), ("spsc.gov", "municipal-board.gov"), role=("Junior Assistant", "Revenue Clerk"), tz=("in", "ph"))
mo("next_steps", "n5", "{x} – assessment centre", "Dear {n},\n\nGreat news: {x} assessment centre, {dl}. Transcript upload due beforehand.\n\nEarly Careers Team\n{co}", ("Graupel Power Networks", "Cumulus Mining"), ("graupel-power", "cumulus-mining"), x=("the Substation Engineering Graduate Programme", "the Mine Surveying Graduate Programme"), tz=("za", "in"))
mo("next_steps", "n6", "CV and references – {role}", "Hi {n},\n\nThe client rates you for {role} and wants round two. Please send an updated CV and two referees by {dl} so I can get it over to them.\n\n{sig}\n{co}", ("Williwaw Recruitment", "Tradewind Staffing"), ("williwaw-recruit", "tradewind-staffing"), role=("Shift Manager", "Production Supervisor"), tz=("uk", "use"))
mo("offer", "f1", "Offer of employment – {role}", "Dear {n},\n\nDelighted: the {role} job is yours from {dl}; contract attached. Unfortunately our break room is mid-refit, so induction happens at the sister site.\n\n{sig}\n{co}", ("Cumulus Instruments", "Mistral Optics"), ("cumulus-instruments", "mistral-optics"), role=("Calibration Technician", "Lens Polisher"), tz=("cae", "ie"))
mo("offer", "f2", "Job offer – {role}", "Hi {n},\n\n{role} job's yours! First shift {dl}. Unfortunately aprons are stuck in shipping, so wear black that first week.\n\n{sig}, {co}", ("Sunhaze Taqueria", "Fogbow Biangbiang Bar"), ("sunhaze-taqueria", "fogbow-noodles"), role=("Line Cook", "Wok Cook"), tz=("usp", "au"))
mo("offer", "f3", "Your offer – {role}", "Hi {n},\n\nRipper news, the packhouse wants you as {role}, start {dl}. Paperwork is on its way. Unfortunately the smoko shed roof is off, so bring a flask.\n\n{sig}\n{co}", ("Sunhaze Rural Recruitment", "Petrichor Seasonal Staff"), ("sunhaze-rural", "petrichor-staff"), role=("Packhouse Supervisor", "Grading Line Lead"), tz=("au", "nz"))
mo("offer", "f4", "Welcome aboard – {role}", "Hello {n},\n\nGood news: the committee offers you the {role} place for the coming season, starting {dl}. We look forward to working together.\n\n{sig}\n{co}", "Easterly Wildlife Foundation", "easterly-wildlife", role="Field Intern", tz="nz")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "{role}: status changed", "<html><body><p>Hi {n},</p><p><b>{co}</b> · {role}</p><p>Status: <b>Withdrawn · by applicant</b></p><p>Applyheron</p></body></html>", ("Sirocco Retail", "Rime Health Group"), ("sirocco-retail", "rime-health"), frm="Applyheron <status@applyheron.example>", role=("Store Associate", "Ward Clerk"), tz=("cae", "au"))
mo("other_job", "j2", "Your application status has changed", "Hello {n},\n\nStatus update for {role} at {co}:\n\nWith the hiring manager\n\nStatusteal · all your applications", ("Gale Logistics", "Thaw Foods"), ("gale-logistics", "thaw-foods"), frm="Statusteal <updates@statusteal.example>", role=("Dispatch Clerk", "Line Operator"), tz=("uk", "usc"))
mo("other_job", "j3", "{role} – shortlisting date moved", "Dear {n},\n\nShortlisting for {role} has moved to {dl} because the panel chair is at a flood-defence meeting. Nothing is needed from you.\n\nHuman Resources\n{co}", "Petrichor District Council", "petrichor-dc.gov", role="Parks Apprentice", tz="uk")
mo("job_alert", "l1", "New roles near you", "Hi {n},\n\nNew this week: {x}. Tap through in your profile to apply.\n\n{co} Careers" + FOOT1, ("Gale DIY & Garden", "Thaw Sleep Store"), ("gale-diy", "thaw-sleep"), x=("Kitchen Planner, Paint Desk Assistant, Night Replenishment", "Bed Consultant, Delivery Driver"), tz=("uk", "nz"))
mo("job_alert", "l2", "Jobs you might like", "Hi {n},\n\nYour saved search found 3 fresh roles: Rental Technician, Store Associate, Warehouse Lead.\n\n{co} Talent Team" + FOOT2, "Stratus Trail Outfitters", "stratus-trail", tz="usm")
mo("recruiter_outreach", "o1", "A {role} role you might like", "Hi {n},\n\nYour profile popped up and you look a solid match for a {role} brief at a fast-growing firm I look after. Any chance of a quick ring, say Thursday lunchtime?\n\n{sig}\n{co}", ("Mackerel HR Consultants", "Williwaw Recruitment"), ("mackerel-hr", "williwaw-recruit"), role=("Stores Supervisor", "Transport Planner"), tz=("ke", "uk"))
mo("non_job_rejection_words", "x1", "Your {x} application", "Dear {n},\n\nRegarding your {x} request: having looked over your details, the credit committee has turned it down on this occasion. Try again after a quarter.\n\nLending Team\n{co}", ("Cumulus Credit Union", "Stratus Bank"), ("cumulus-cu", "stratus-bank"), x=("personal loan", "car loan"), tz=("ie", "au"))
mo("non_job_rejection_words", "x2", "The flat on {x}", "Hi {n},\n\nTa for viewing the {x} flat. The owner has picked other tenants, sorry. We'll ping you if a similar place lists.\n\n{sig}\n{co}", "Fogbow Rentals", "fogbow-rentals", x="Puriri Street", tz="nz")
mo("non_job_rejection_words", "x4", "Half-marathon ballot result", "Hi {n},\n\nNext spring's harbour half-marathon ballot is done, and your ticket stayed in the drum. Any entry fee held has been released to your card.\n\nRace Office\n{co}", "Isobar Running Events", "isobar-running", tz="uk")
mo("non_job_rejection_words", "x3", "Community grant decision", "Dear {n},\n\nRegarding the Small Community Grants round for your seed library. Unfortunately your project was not funded this time; the fund was heavily oversubscribed.\n\n{sig}\n{co}", "Dewpoint Community Trust", "dewpoint-trust", tz="ie")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("e1", "Taskwren", "Stratus Moor Estate", "stratus-moor", "uk",
     ("Underkeeper post", "Dear {n},\n\nHad your note re the underkeeper post on the grouse moor. Strong field; it went to a local lad who beat for us last season, so yours goes no further.\n\n{sig}\nHeadkeeper"),
     ("application_received", "Underkeeper post – received", "Dear {n},\n\nYour underkeeper letter for the grouse moor reached me. I'll ring the likely ones after the shooting season ends; keeper or not, a letter comes back from me.\n\n{sig}\nHeadkeeper"))
pair("e2", "Taskheron", "Cirrus Bellfoundry", "cirrus-bellfoundry", "uk",
     ("Moulder apprentice", "Hello {n},\n\nTa for writing about the moulder apprenticeship at the bellfoundry. The place goes to a taster-week graduate, so yours stops here this year.\n\nBest,\n{sig}"),
     ("interview", "Moulder apprentice – visit", "Hello {n},\n\nWe'd like you to visit the bellfoundry on {dl} at 9am to see a casting and talk about the apprenticeship. Unfortunately the tuning shed is closed that day for a floor repair.\n\n{sig}"))
pair("e3", "Taskplover", "Rime Japanning", "rime-restoration", "uk",
     ("Japanning assistant", "Hi {n},\n\nHaving mulled it over, there'll be no japanning assistant after all; lacquered tea caddy orders have dried up. Sorry to have kept you hanging.\n\n{sig}"),
     ("next_steps", "Japanning assistant – sample piece", "Hi {n},\n\nAhead of meeting, photos of a japanned or gilded piece of yours by {dl}, please? Unfortunately I can't return posted samples, so photos only please.\n\n{sig}"))
pair("e4", "Taskcurlew", "Gale Sailloft", "gale-sailloft", "ie",
     ("Sailloft helper", "Hi {n},\n\nThanks a million for calling into the sailloft. The helper's job went to a lad who crewed our own boat all summer, so that's that for this one. Best of luck.\n\n{sig}"),
     ("offer", "Helper's job at the sailloft", "Hi {n},\n\nDelighted: the sailloft helper's job is yours, starting {dl}. Unfortunately the heater in the loft is on its last legs, so wrap up.\n\n{sig}"))
pair("e5", "Taskegret", "Thaw Tapdance Academy", "thaw-tapdance", "ie",
     ("Assistant teacher", "Dear {n},\n\nThanks for your tapdance academy audition for assistant teacher. The role goes to a senior student of ours finishing her diploma. We wish you well.\n\n{sig}"),
     ("application_received", "Assistant teacher – received", "Dear {n},\n\nYour tapdance academy application for assistant teacher arrived. Auditions are by invitation; where there's no invitation, a short note follows all the same.\n\n{sig}"))
pair("e6", "Taskosprey", "Sunhaze Bachata Studio", "sunhaze-bachata", "use",
     ("Instructor opening", "Hi {n},\n\nThank you for the demo video for our bachata instructor opening. The role goes to an instructor already teaching our Tuesday social, so it's a pass on you this round.\n\n{sig}"),
     ("interview", "Instructor opening – demo class", "Hi {n},\n\nLoved the video! Teach us a 20-minute bachata demo for the instructor opening, {dl} at 7pm? Unfortunately new mirrors are going in, so it's the back room.\n\n{sig}"))
pair("e7", "Taskmerlin", "Fogbow Popsicle Co.", "fogbow-popsicle", "usc",
     ("Cart driver job", "Hey {n},\n\nThanks for applying to drive one of our popsicle carts. All three routes are filled by last summer's drivers, so no cart for you this year.\n\n{sig}"),
     ("offer", "Cart driver job – you're in", "Hey {n},\n\nYes! The lakefront popsicle cart is yours this summer from {dl}. Unfortunately its bell is busted, so week one's a quiet one.\n\n{sig}"))
pair("e8", "Taskkestrel", "Haboob Teff Mill", "haboob-teff", "usm",
     ("Mill hand position", "Hi {n},\n\nYour note about the mill hand position at our teff mill. We're hiring an applicant who has run a stone mill before, which closes your application.\n\n{sig}"),
     ("next_steps", "Mill hand – forms", "Hi {n},\n\nTeff mill here: good news on mill hand, next step. Please send your I-9 documents and a reference by {dl}.\n\n{sig}"))
pair("e9", "Taskpetrel", "Mistral Guilloche Works", "mistral-engraving", "usp",
     ("Bench engraver role", "Hi {n},\n\nThank you for sending your guilloche samples. They were lovely, but we have chosen another engraver who has worked on our rose engine model before. Wishing you luck.\n\n{sig}"),
     ("application_received", "Bench engraver – samples received", "Hi {n},\n\nYour guilloche samples arrived safely. Whatever we decide, we'll post them back insured within a month.\n\n{sig}"))
pair("e10", "Taskavocet", "Graupel Viol Workshop", "graupel-viol", "cae",
     ("Apprentice maker", "Dear {n},\n\nYour letter about apprenticing at the viol workshop arrived. After much thought the place goes to a bow-making student, so I can't take you on.\n\n{sig}"),
     ("interview", "Apprentice maker – bench visit", "Dear {n},\n\nPlease come to the viol workshop on {dl} at 10am and bring a piece you have carved. Unfortunately the parking behind the building is reserved that morning.\n\n{sig}"))
pair("e11", "Taskdunlin", "Virga Gooseberries", "virga-berries", "cat",
     ("Picking supervisor", "Hi {n},\n\nTa for your picking supervisor application at the gooseberry farm. A returning supervisor has the job, so there's no gooseberry season for you this time.\n\n{sig}"),
     ("offer", "Picking supervisor – offer", "Hi {n},\n\nPicking supervisor's yours: at the gooseberry farm, starting {dl}. Unfortunately our bunkhouse is at capacity, so find digs nearby.\n\n{sig}"))
pair("e12", "Tasktern", "Easterly Huskies", "easterly-sled", "cam",
     ("Dog handler", "Hi {n},\n\nThanks for wanting to handle our huskies this winter. Last year's mushers have filled the handler roles, so the answer this winter is no.\n\n{sig}"),
     ("next_steps", "Dog handler – paperwork", "Hi {n},\n\nYou're moving forward for husky handler. Email your first-aid ticket and avalanche course card by {dl}.\n\n{sig}"))
pair("e13", "Taskgannet", "Firn Hops", "firn-hops", "cap",
     ("Harvest crew", "Hi {n},\n\nTa for your hops harvest crew application. We ended up hiring the neighbouring farm's folk who know the picker, so it's a no this August.\n\n{sig}"),
     ("application_received", "Harvest crew – received", "Hi {n},\n\nGot your application for the hops harvest. Should August pass without a call, your name stays on next year's list unless you say otherwise.\n\n{sig}"))
pair("e14", "Taskfulmar", "Cumulus Ballooning", "cumulus-ballooning", "au",
     ("Retrieve crew", "Hi {n},\n\nCheers for volunteering for retrieve crew at Cumulus Ballooning. It went to a bloke already holding a heavy vehicle licence, so yours ends here.\n\n{sig}"),
     ("interview", "Retrieve crew – come out on a flight", "Hi {n},\n\nJoin a dawn flight on {dl} as your retrieve crew trial. Meet at 5am. Unfortunately there's no breakfast on trial days.\n\n{sig}"))
pair("e15", "Taskshrike", "Dewpoint Guineafowl Farm", "dewpoint-guineafowl", "qld",
     ("Farm hand", "Hi {n},\n\nThanks for your application for farm hand. We're keeping it in the family, my nephew's taking it, so you're not needed. Good luck.\n\n{sig}"),
     ("next_steps", "Farm hand – references", "Hi {n},\n\nCould you send me two references and your tax file declaration by {dl}? Then we'll sort a start day at the guineafowl farm.\n\n{sig}"))
pair("e16", "Taskbittern", "Isobar Koto School", "isobar-koto", "wa",
     ("Teaching assistant", "Dear {n},\n\nMany thanks for wishing to assist at the koto school. We picked a former student who can also tune and string the instruments, so your application stops here.\n\n{sig}"),
     ("offer", "Teaching assistant – offer", "Dear {n},\n\nThe koto school is glad to have you as teaching assistant from {dl}. Unfortunately we cannot pay for travel to weekend concerts.\n\n{sig}"))
pair("e17", "Taskpipit", "Sleet Goldfish Ponds", "sleet-goldfish", "nz",
     ("Hatchery assistant", "Kia ora {n},\n\nThanks for applying to the goldfish hatchery. A trout hatchery worker got the job, so it's a pass from the hatchery.\n\n{sig}"),
     ("application_received", "Hatchery assistant – thanks", "Kia ora {n},\n\nGoldfish hatchery here, your form arrived. We'll ring folk for a look around next week. No call means it went elsewhere, sorry.\n\n{sig}"))
pair("e18", "Taskstint", "Haar Repousse", "haar-metalart", "za",
     ("Repousse assistant", "Hi {n},\n\nYour repousse plates were a pleasure to see. An art-school assistant gets the post, so I won't offer it to you.\n\n{sig}"),
     ("interview", "Repousse assistant – studio visit", "Hi {n},\n\nCome through on {dl} at 10:00 and hammer a small repousse panel with me. Unfortunately load-shedding might hit, so we'll sit by the window.\n\n{sig}"))
pair("e19", "Taskwhimbrel", "Monsoon Peppercorn Estate", "monsoon-pepper", "in",
     ("Estate supervisor", "Dear {n},\n\nGreetings from the peppercorn estate regarding estate supervisor. The estate management has promoted an internal person, hence your application is closed.\n\n{sig}"),
     ("next_steps", "Estate supervisor – documents", "Dear {n},\n\nKindly send your ID proof, last salary slip and relieving letter by {dl} so we can proceed with the peppercorn estate supervisor post.\n\n{sig}"))
pair("e20", "Taskgodwit", "Bora Bellydance Studio", "bora-bellydance", "in",
     ("Instructor", "Hi {n},\n\nSo kind of you to take the trial class at our bellydance studio. We are taking an instructor who can handle the morning batches, so regretfully we pass.\n\n{sig}"),
     ("offer", "Instructor – offer", "Hi {n},\n\nThe evening instructor slot at the bellydance studio is yours from {dl}. Unfortunately the AC in hall two is under repair this week.\n\n{sig}"))
pair("e21", "Taskredstart", "Foehn Zumba Fitness", "foehn-zumba", "ng",
     ("Instructor vacancy", "Good day {n},\n\nWe appreciate you for the zumba instructor vacancy application. After the audition another instructor was selected; your application ends here. God be with you.\n\n{sig}"),
     ("interview", "Instructor vacancy – audition", "Good day {n},\n\nAudition for the zumba instructor vacancy: {dl}, 4pm. Unfortunately the gen is with the mechanic, so come early while there's daylight.\n\n{sig}"))
pair("e22", "Taskbunting", "Tradewind Birding Safaris", "tradewind-birding", "ke",
     ("Birding guide", "Dear {n},\n\nAsante for your birding guide application. A guide who knows the forest routes by heart has the job; pole, your application ends here.\n\n{sig}"),
     ("next_steps", "Birding guide – certificates", "Dear {n},\n\nKindly send your guiding certificate and a good conduct certificate by {dl} for the birding guide post.\n\n{sig}"))
pair("e23", "Taskdipper", "Petrichor Rendang House", "petrichor-rendang", "sg",
     ("Kitchen helper", "Hi {n},\n\nThanks for coming for the trial at our rendang kitchen. We decided to take someone with more experience on the big woks, so we won't proceed. Take care.\n\n{sig}"),
     ("application_received", "Kitchen helper – got it", "Hi {n},\n\nGot your message about the rendang kitchen job. Boss will call those shortlisted this week. If no call, means not this time, but you can try again next month.\n\n{sig}"))
pair("e24", "Taskrail", "Williwaw Kubing Crafts", "williwaw-kubing", "ph",
     ("Craft assistant", "Hi {n},\n\nSalamat for wanting to help make jawharp instruments with us. We already chose a relative of our master craftsman, so your application won't push through.\n\n{sig}"),
     ("interview", "Craft assistant – visit", "Hi {n},\n\nPlease visit the workshop on {dl} at 9am so we can see you carve a jawharp reed. Unfortunately the barangay road is being cemented, so leave early.\n\n{sig}"))
pair("e25", "Tasksiskin", "Doldrums Dango Stand", "doldrums-dango", "jp",
     ("Part-time staff", "Dear {n},\n\nMany thanks for the apply to our dango stand. We are sorry, but this time we decided on a person who can work early mornings. We pray for your success.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week on Taskwagtail", "Hi {n},\n\nNew craft and outdoor jobs: sailloft hand (Lairg), bellfoundry moulder (Tebay), orchard pruner (Warkworth), guilloche bench hand (Hemsworth).\n\nTaskwagtail Weekly", "Taskwagtail", "taskwagtail", frm="Taskwagtail Weekly <alerts@taskwagtail.example>", tz="uk")
wo("non_job_rejection_words", "nj", "Allotment waiting list", "Dear {n},\n\nAbout your allotment request: each plot has a tenant this season, none is free to give you. Your waiting-list spot stays as it is.\n\n{sig}\nAllotments Officer", "Rime Parish Council", "rime-parish.gov", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool (two each in five); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "دار الواحة لتعبئة التمور", "wahadates", "jo",
   ("بخصوص طلبك لوظيفة مشرفة التعبئة", "السيدة {full} المحترمة،\n\nنشكرك على اهتمامك بالعمل لدى دار الواحة لتعبئة التمور. بعد دراسة الطلبات، تقرر إسناد الوظيفة إلى زميلة عملت سنوات في فرز تمور المجهول بمزارع الغور، ولذا نعتذر عن عدم استكمال طلبك حاليًا. نتمنى لك كل التوفيق.\n\nمع خالص التحية،\n{sig}\nقسم الموارد البشرية"),
   ("application_received", "تم استلام طلبك", "السيدة {full} المحترمة،\n\nيسعدنا إعلامك بأن طلبك لوظيفة مشرفة التعبئة قد وصلنا. وفي الحالتين، قبولًا كان الرد أو اعتذارًا، سنتصل بك خلال أسبوعين من إغلاق باب التقديم.\n\nمع التحية،\n{sig}\nقسم الموارد البشرية"))
lp("de", "de", "Uhrenwerkstatt Brugger", "uhren-brugger", "de",
   ("Ihre Bewerbung als Uhrmacher/in", "Guten Tag {full},\n\ndas Fachsimpeln über alte Schwarzwälder Uhrwerke neulich hat uns Freude gemacht. Besetzen werden wir den Platz am Werktisch aber mit einer Kollegin aus Schönwald, die Kuckucksuhren restauriert. Für Ihre Suche drücken wir Ihnen fest die Daumen.\n\nHerzliche Grüße aus Hornberg\n{sig}\nUhrenwerkstatt Brugger"),
   ("interview", "Einladung zum Probearbeiten", "Guten Tag {full},\n\nwir würden Sie gern am {dl} um 9 Uhr zu einem Probetag in unsere Werkstatt einladen. Leider wird gerade unser Hof neu gepflastert; Parkplätze finden Sie beim Rathaus.\n\nFreundliche Grüße\n{sig}\nUhrenwerkstatt Brugger"))
lp("es", "es", "Guitarrería Alcaraz", "guitarreria-alcaraz", "es",
   ("Tu candidatura para el taller", "Hola, {n}:\n\nQué gusto conocerte el otro día en el taller. Después de pensarlo bastante, para el puesto de aprendiz hemos elegido a una chica que ya barnizaba guitarras en un taller de Granada, así que por esta vez lo dejamos aquí contigo. Ojalá volvamos a coincidir.\n\nUn abrazo,\n{sig}\nGuitarrería Alcaraz"),
   ("next_steps", "Antes de la entrevista", "Hola, {n}:\n\n¿Nos podrías mandar antes del {dl} unas fotos de algún trabajo de carpintería tuyo y tu número de afiliación a la Seguridad Social? Con eso cerramos el día de la entrevista.\n\nUn saludo,\n{sig}\nGuitarrería Alcaraz"))
lp("fr", "fr", "Fruitière des Hautes Combes", "fruitiere-hautescombes", "fr",
   ("Votre candidature – aide-fromager", "Bonjour {full},\n\nMerci de votre visite à la fruitière pour la place d'aide-fromager. C'est finalement un jeune du village, qui retournait déjà les meules en cave chez nos voisins, qui prendra la place ; on ne pourra pas vous embaucher cette saison. Bonne continuation à vous.\n\nCordialement,\n{sig}\nFruitière des Hautes Combes"),
   ("offer", "Proposition d'embauche – aide-fromager", "Bonjour {full},\n\nBonne nouvelle : la fruitière vous embauche comme aide-fromager dès le {dl}. Malheureusement, on refait les vestiaires en ce moment ; venez donc directement en bottes.\n\nCordialement,\n{sig}\nFruitière des Hautes Combes"))
lp("hi", "hi", "नीलगगन छापाघर", "rangrez-prints", "in",
   ("कारीगर पद – आपके आवेदन के बारे में", "नमस्ते {full} जी,\n\nनीलगगन छापाघर की ओर से राम-राम। ठप्पा छपाई वाली नौकरी पर सेठ जी सांगानेर के रमेश चाचा को ले आए हैं; वे चालीस बरस से दाबू छाप रहे हैं। सो इस दफ़ा आप नहीं चुने गए, बुरा न मानिएगा।\n\nशुभेच्छु,\n{sig}\nनीलगगन छापाघर"),
   ("application_received", "चिट्ठी पहुँची", "नमस्ते {full} जी,\n\nठप्पा लगाने वाले की जगह हेतु आपकी चिट्ठी छापेघर तक पहुँची है। बात बने या न बने, दो हफ़्तों में फ़ोन पर खबर कर देंगे।\n\nसादर,\n{sig}\nनीलगगन छापाघर"))
lp("it", "it", "Laboratorio Sfoglia d'Oro", "sfogliadoro", "it",
   ("Esito della prova in laboratorio", "Gentile {full},\n\nche bella mattinata a tirare la sfoglia insieme! Abbiamo però scelto la signora Rina, che sotto Natale ci aiuta coi tortellini da anni, perciò questa volta non se ne fa nulla. In bocca al lupo.\n\nUn caro saluto,\n{sig}\nLaboratorio Sfoglia d'Oro"),
   ("offer", "Proposta di assunzione", "Gentile {full},\n\nlavorerà con noi al banco della sfoglia, a partire dal {dl}. Purtroppo il citofono fa i capricci: appena arriva ci faccia uno squillo al fisso.\n\nCordiali saluti,\n{sig}\nLaboratorio Sfoglia d'Oro"))
lp("ja", "ja", "そば処 更科庵", "sarashinaan", "jp",
   ("採用についてのご連絡", "{full} 様\n\nこの度は、そば処 更科庵のホールスタッフ募集にご応募いただきありがとうございました。店主と相談のうえ、今回は平日の早朝から勤務できる方を採用することにいたしました。せっかく面接にお越しいただいたのに申し訳ございません。またご縁がありましたら、よろしくお願いいたします。\n\nそば処 更科庵\n{sig}"),
   ("next_steps", "二次面接の前に", "{full} 様\n\n二次面接に進んでいただくにあたり、{dl}までに履歴書の原本と通勤経路をメールでお送りください。ご不明な点があればお気軽にどうぞ。\n\nそば処 更科庵\n{sig}"))
lp("ko", "ko", "흙빛옹기공방", "heukbit-onggi", "kr",
   ("공방 보조 지원 결과 안내", "{full} 님께\n\n지난주 옹기 공방에 찾아와 흙 반죽까지 함께해 주셔서 고마웠습니다. 고민 끝에 이번 보조 자리는 가마 불 때기를 오래 해 온 분께 맡기게 되었습니다. 좋은 소식을 전하지 못해 마음이 무겁네요. 늘 건강하시고 원하시는 일 꼭 찾으시길 빕니다.\n\n{sig} 드림\n흙빛옹기공방"),
   ("offer", "공방 보조로 모시고 싶습니다", "{full} 님께\n\n{dl}부터 저희 공방 보조로 함께해 주셨으면 합니다. 아쉽게도 작업실 난방기가 고장 나서 첫 주는 두꺼운 옷을 챙겨 오세요.\n\n{sig} 드림\n흙빛옹기공방"))
lp("pt", "pt", "Sorveteria Jabuticaba", "sorveteria-jabuticaba", "br",
   ("Sobre o teste na sorveteria", "Oi, {n}, tudo bem?\n\nValeu demais pela tarde de teste aqui na sorveteria. No fim, a vaga ficou com uma menina que já fazia picolé artesanal em Pirenópolis, então por agora não rola com você. Boa sorte e aparece pra tomar um sorvete!\n\nAbraço,\n{sig}\nSorveteria Jabuticaba"),
   ("application_received", "Recebemos seu currículo", "Oi, {n}!\n\nRecebemos seu currículo, obrigada. Passando ou não para a próxima etapa, a gente te dá um retorno pelo WhatsApp até o fim do mês.\n\nAbraço,\n{sig}\nSorveteria Jabuticaba"))
lp("ru", "ru", "Мастерская «Тёплый валенок»", "teply-valenok", "ru",
   ("Ваш отклик на вакансию валяльщика", "Здравствуйте, {full}!\n\nБлагодарим, что написали нам про место в валяльне. На место валяльщика мы позвали мастера, который десять лет катал валенки на фабрике, так что с вами, к сожалению, дальше не пойдём. Удачи вам!\n\nС уважением,\n{sig}\nМастерская «Тёплый валенок»"),
   ("next_steps", "Документы для оформления", "Здравствуйте, {full}!\n\nПросим до {dl} прислать скан паспорта и СНИЛС, чтобы мы успели подготовить договор. Если что-то неясно, звоните в мастерскую.\n\nС уважением,\n{sig}\nМастерская «Тёплый валенок»"))
lp("sw", "sw", "Shamba la Viungo Jambiani", "viungo-jambiani", "tz",
   ("Ombi lako la kazi ya msimamizi", "Ndugu {full},\n\nTunashukuru kwa barua yako kuhusu nafasi ya msimamizi shambani kwetu. Tumeamua kumpa nafasi hiyo mzee mmoja wa hapa kijijini ambaye amekausha karafuu kwa miaka mingi, hivyo ombi lako halitaendelea. Mungu akujalie mafanikio.\n\nWako,\n{sig}\nShamba la Viungo Jambiani"),
   ("interview", "Mwaliko wa usaili", "Ndugu {full},\n\nTunakualika kwenye usaili tarehe {dl} saa tatu asubuhi hapa shambani. Kwa bahati mbaya barabara kuu inatengenezwa, hivyo pita njia ya sokoni.\n\nWako,\n{sig}\nShamba la Viungo Jambiani"))
lp("th", "th", "บ้านทอผ้าไหมแม่คำ", "maekham-silk", "th",
   ("ผลการสมัครงานช่างทอผ้า", "เรียน คุณ{full}\n\nขอบคุณมากที่แวะมาลองนั่งกี่ทอผ้ากับเรา ตำแหน่งช่างทอครั้งนี้ แม่คำตัดสินใจให้หลานสาวจากชัยภูมิมาทำแทน เพราะเธอช่วยย้อมเส้นไหมที่บ้านมาหลายปี รอบนี้จึงขอไม่รับคุณไว้ก่อนนะคะ หวังว่าจะได้เจอกันอีก\n\n{sig}\nบ้านทอผ้าไหมแม่คำ"),
   ("offer", "ยินดีต้อนรับเข้าทำงาน", "สวัสดีค่ะ คุณ{full}\n\nทางบ้านทอผ้ายินดีรับคุณเข้าทำงานตำแหน่งช่างทอผ้า เริ่มงานวันที่ {dl} ค่ะ น่าเสียดายที่ห้องพักพนักงานกำลังซ่อมอยู่ ช่วงแรกขอให้นำข้าวกล่องมาเองนะคะ\n\n{sig}\nบ้านทอผ้าไหมแม่คำ"))
lp("tr", "tr", "Safranlı Şekerleme İmalathanesi", "safranli-sekerleme", "tr",
   ("Başvurunuz hakkında", "Merhaba {full},\n\nŞekerleme imalathanemizdeki üretim elemanı ilanına başvurduğunuz için teşekkür ederiz. Değerlendirmemiz sonucunda daha önce şekerleme üretiminde çalışmış bir adayla devam etmeye karar verdik. Kısmet başka bahara artık.\n\nSaygılarımızla,\n{sig}\nSafranlı Şekerleme İmalathanesi"),
   ("next_steps", "Evrak talebi", "Merhaba {full},\n\nİşe giriş işlemleri için {dl} tarihine kadar kimlik fotokopinizi ve portör muayene raporunuzu iletmenizi rica ederiz.\n\nSaygılarımızla,\n{sig}\nSafranlı Şekerleme İmalathanesi"))
lp("ur", "ur", "نقش ٹرک آرٹ ورکشاپ", "naqsh-truckart", "pk",
   ("نقاش کی آسامی کے بارے میں", "محترمہ {full}،\n\nنقاش والی جگہ کے بارے میں آپ کا خط ملا، شکریہ۔ استاد صاحب نے نقاشی کا یہ کام اپنے ایک پرانے شاگرد کے حوالے کر دیا ہے جو مدت سے بیڈفورڈ گاڑیوں پر مور اور چڑیاں بناتا آیا ہے، اسی لیے فی الوقت آپ کو بلانا ممکن نہیں۔ آپ کے لیے نیک خواہشات۔\n\n{sig}\nنقش ٹرک آرٹ ورکشاپ"),
   ("interview", "انٹرویو کی دعوت", "محترمہ {full}،\n\nانٹرویو {dl} کو صبح ساڑھے دس بجے ورکشاپ میں ہوگا۔ بدقسمتی سے سامنے سیوریج کا کام چل رہا ہے، مہربانی کر کے مسجد والی گلی سے آئیں۔\n\n{sig}\nنقش ٹرک آرٹ ورکشاپ"))
lp("zh", "zh", "青篾竹编工坊", "qingmie-bamboo", "cn",
   ("关于学徒岗位的面试结果", "{full}您好：\n\n感谢您应聘我们竹编工坊的学徒岗位。经过面试和比较，我们最终选择了一位已有竹编基础的应聘者。很遗憾这次不能与您合作，祝您早日找到合适的工作。\n\n{sig}\n青篾竹编工坊"),
   ("application_received", "简历已收到", "{full}您好：\n\n您的简历我们已经收到。不管最后是否录用，我们都会在两周内打电话告诉您结果。\n\n{sig}\n青篾竹编工坊"))
lp("swe1", "swe", "Råg & Ved Knäckebrödsbageri", "ragochved", "se",
   ("Angående jobbet som bagare", "Hej {n}!\n\nStort tack för att du hörde av dig om bagarjobbet. Det blev en sökande som har bakat i vedugn i många år, och därför får vi tacka nej till dig i den här omgången. Hoppas vi ses på marknaden i Leksand!\n\nVänliga hälsningar\n{sig}\nRåg & Ved Knäckebrödsbageri"),
   ("interview", "Välkommen på intervju", "Hej {n}!\n\nKan du komma förbi bageriet {dl} kl. 10? Tyvärr är gården avstängd för asfaltering, så ställ bilen vid kyrkan.\n\nVänliga hälsningar\n{sig}\nRåg & Ved Knäckebrödsbageri"))
lp("swe2", "swe", "Tjärnås Sågverk", "tjarnas-sagverk", "se",
   ("Din ansökan till Tjärnås Sågverk", "Hej {n},\n\nVi har nu läst igenom alla ansökningar till truckförarjobbet på sågen. Vi har gått igenom alla ansökningar och bestämt oss för en person med längre erfarenhet av virkeshantering. Du är alltså inte aktuell för tjänsten just nu, men vi önskar dig all lycka.\n\nMed vänlig hälsning\n{sig}\nTjärnås Sågverk"),
   ("offer", "Erbjudande om anställning", "Hej {n},\n\nVi vill erbjuda dig tjänsten som truckförare med start {dl}. Anställningsavtalet kommer med posten, skriv under och skicka tillbaka ett exemplar.\n\nMed vänlig hälsning\n{sig}\nTjärnås Sågverk"))
lp("msa1", "msa", "Teratak Seri Bayu", "seribayu-kuih", "my",
   ("Permohonan jawatan pembantu kedai", "Salam sejahtera {full},\n\nTerima kasih sudi singgah ke kedai dan mencuba membuat kuih bersama kami. Jawatan pembantu itu akhirnya diberikan kepada anak saudara tuan kedai yang sudah lama menolong membuat kuih lapis, jadi permohonan anda tidak kami teruskan buat masa ini. Harap maklum.\n\nYang benar,\n{sig}\nTeratak Seri Bayu"),
   ("next_steps", "Dokumen yang diperlukan", "Salam sejahtera {full},\n\nMohon kirimkan salinan MyKad serta sijil suntikan tifoid sebelum {dl} supaya kami boleh menetapkan tarikh mula bekerja.\n\nYang benar,\n{sig}\nTeratak Seri Bayu"))
lp("msa2", "msa", "Tenun Pesisir Sdn. Bhd.", "teratak-songket", "my",
   ("Keputusan permohonan penenun", "Assalamualaikum {full},\n\nKami berbesar hati menerima surat anda tentang kerja menenun di bengkel songket kami. Dukacita dimaklumkan bahawa anda tidak terpilih kerana kami memerlukan penenun yang sudah mahir dengan corak tampuk manggis. Kami doakan anda murah rezeki.\n\nSekian, terima kasih.\n{sig}\nTenun Pesisir Sdn. Bhd."),
   ("application_received", "Permohonan diterima", "Assalamualaikum {full},\n\nPermohonan anda sudah kami terima. Berjaya atau tidak, kami akan maklumkan melalui telefon dalam masa dua minggu.\n\nSekian, terima kasih.\n{sig}\nTenun Pesisir Sdn. Bhd."))
lp("slv1", "slv", "Čebelarstvo Pod Storžičem", "cebelarstvo-storzic", "si",
   ("Vaša prijava na delovno mesto", "Pozdravljeni,\n\nlepa hvala, ker ste se oglasili na naš oglas za pomoč pri čebelah. Letos bo z nami vozil panje na akacijevo pašo sosedov sin, ki to dela že nekaj let, zato vam tokrat žal ne moremo ponuditi dela. Veliko sreče pri iskanju!\n\nLep pozdrav,\n{sig}\nČebelarstvo Pod Storžičem"),
   ("interview", "Vabilo na razgovor", "Pozdravljeni,\n\nvabimo vas na razgovor dne {dl} ob 9. uri pri čebelnjaku. Žal je dovoz zaradi del zaprt, zato parkirajte pri gasilskem domu in pridite peš.\n\nLep pozdrav,\n{sig}\nČebelarstvo Pod Storžičem"))
lp("slv2", "slv", "Klekljarska delavnica Nit", "klekljanje-nit", "si",
   ("Odgovor na vašo prijavo", "Spoštovani,\n\nhvala za vaše pismo in prijavo na prosto delovno mesto v naši klekljarski delavnici. Izbrali smo osebo, ki je končala čipkarsko šolo, zato vam žal ne moremo ponuditi zaposlitve. Hvala za vaše zanimanje.\n\nS spoštovanjem,\n{sig}\nKlekljarska delavnica Nit"),
   ("offer", "Ponudba za zaposlitev", "Spoštovani,\n\nz veseljem vam sporočamo, da vam ponujamo delo v klekljarski delavnici z začetkom dne {dl}. Pogodbo boste prejeli po pošti.\n\nS spoštovanjem,\n{sig}\nKlekljarska delavnica Nit"))
lp("aze1", "aze", "Qırmızı Kənd Xalça Emalatxanası", "qirmizikend-xalca", "az",
   ("Müraciətinizlə bağlı", "Hörmətli {full},\n\nXalça emalatxanamıza göndərdiyiniz məktub üçün sağ olun. Toxucu yerinə Qubada uzun illər xalça toxumuş bir ustanı götürməyi qərara aldıq, buna görə də bu dəfə sizə müsbət cavab verə bilmirik. İşlərinizdə uğur diləyirik.\n\nHörmətlə,\n{sig}\nQırmızı Kənd Xalça Emalatxanası"),
   ("next_steps", "Sənədlər barədə", "Hörmətli {full},\n\nXahiş edirik, {dl} tarixinədək vəsiqənizin surətini, bir də tibbi arayışı bizə çatdırın ki, sənədləri vaxtında hazırlayaq.\n\nHörmətlə,\n{sig}\nQırmızı Kənd Xalça Emalatxanası"))
lp("aze2", "aze", "Şəki Paxlava Sexi", "seki-paxlava", "az",
   ("Köməkçi işi haqqında", "Salam {full},\n\nPaxlava sexində köməkçi işinə göstərdiyiniz marağa görə çox sağ olun. Biz artıq bu işə öz qohumumuzu götürmüşük, ona görə də müraciətinizə müsbət cavab verə bilmirik. Uğurlar!\n\n{sig}\nŞəki Paxlava Sexi"),
   ("application_received", "Müraciətiniz çatdı", "Salam {full},\n\nMüraciətiniz bizə çatdı. Nəticə müsbət olsa da, olmasa da, iki həftə ərzində sizə zəng edəcəyik.\n\n{sig}\nŞəki Paxlava Sexi"))
lp("hat1", "hat", "Boulanjri Lakay Jakmèl", "boulanjri-lakay", "ht",
   ("Travay asistan boulanje a", "Bonjou {n},\n\nNou resevwa aplikasyon w lan pou travay asistan boulanje a, mèsi anpil. Men patwon an deja pran yon neve l ki te konn fè pen avè l nan fou bwa a, donk pou kounye a nou pa bezwen lòt moun. Bon kouraj nan rechèch ou.\n\n{sig}\nBoulanjri Lakay Jakmèl"))
lp("hat2", "hat", "Kooperativ Kafe Mòn Nwa", "kafe-monnwa", "ht",
   ("Pòs responsab triyaj la", "Bonjou {full},\n\nKooperativ la remèsye w pou enterè ou genyen pou pòs responsab triyaj kafe a. Apre nou fin gade tout dosye yo, komite a deside bay pòs la yon manm kooperativ la ki gen plis eksperyans. Nou regrèt sa, men nou p ap ka kontinye ak aplikasyon w lan.\n\nMèsi anpil,\n{sig}\nKooperativ Kafe Mòn Nwa"),
   ("offer", "Ofri pou pòs la", "Bonjou {full},\n\nKomite kooperativ la kontan ofri w pòs responsab triyaj kafe a apati {dl}. Tanpri pase nan biwo a pou siyen kontra a.\n\nMèsi anpil,\n{sig}\nKooperativ Kafe Mòn Nwa"))
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
        rec["id"] = f"blind90:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 88; slice 89, this slice and any later one are skipped by number."""
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
