# ruff: noqa: E501, S311
"""Write the hundred-and-fifth sealed blind slice for issue 11 (blind-slice-105.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 104; slice 105 and later never read; our side printed)
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

SEED = 1051051
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-105.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 105
SKIP_FROM = 105  # this slice, slice 106 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Imogen Threlfall", "Chukwudi Anyanwu", "Kila Wapi", "Shantelle Ebanks", "Thandiwe Mokoena",
    "Jonas Weidinger", "Pimchanok Srisuk", "Harvey Ackroyd", "Adaeze Okonkwo-Bell", "Gabriel Kaupa",
    "Tiffany Bodden-Rankine", "Sipho Dlamini", "Lena Hofstetter", "Nattapong Wongsa", "Maisie Oldroyd",
    "Oluwaseun Adebayo", "Rosalyn Mond", "Jermaine McLaughlin", "Busisiwe Ndlovu", "Anneliese Kranz",
    "Kanokwan Thongdee", "Declan Fitzmaurice", "Priscilla Hylton", "Ravindra Pillai", "Caitlin Moorcroft",
    "Emeka Obiora", "Wendy Tamarua", "Keisha Conolly", "Lwazi Khoza", "Franziska Brandl",
    "Somchai Rattana", "Eleri Hartigan-Dunn", "Marcus Delgado-Reyes", "Aoife Brennan", "Tevita Moala",
]
REGION_SIGNERS = {
    "uk": ["Philippa Granger", "Nathaniel Coombes", "Harriet Okafor-Lane", "Rupert Sowerby"],
    "yk": ["Brenda Hinchliffe", "Stanley Firth", "Janet Illingworth", "Gareth Sugden"],
    "ie": ["Orla Geraghty", "Cathal Mac Giolla", "Niamh Costigan"],
    "us": ["Deborah Kowalski", "Tyrone Whitfield", "Lucinda Marquez", "Brent Halvorsen"],
    "ca": ["Genevieve Thibodeau", "Amarjit Dhillon", "Fraser MacInnes"],
    "au": ["Kirsty Pemberton", "Nikos Karamanlis", "Jodie Winterbourne-Ross"],
    "nz": ["Hana Te Wheoro", "Blair Cuthbertson", "Sina Faleolo"],
    "za": ["Lindiwe Shabalala", "Johan van der Merwe", "Kagiso Molefe"],
    "in": ["Lakshmi Narayanan", "Gurpreet Bains", "Sudipto Ghosh"],
    "ng": ["Ngozi Eze", "Babatunde Olaniyan", "Halima Bello"],
    "pg": ["Esther Kaupa", "Joseph Wambi", "Rose Tamarua"],
    "ky": ["Delroy Ebanks", "Marcia Bodden", "Kirkland Scott"],
    "dee": ["Sabine Wurzer", "Matthias Kollmann", "Heike Brandner"],
    "the": ["Supaporn Kaewmanee", "Anucha Phromma", "Ratchanee Boonsong"],
    "sg": ["Lim Hui Min", "Rajesh Kumaran"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["سلمى العمري", "ميساء الحوراني"], "de": ["Gudrun Ebersbach", "Tobias Reindl"],
    "es": ["Montserrat Ibáñez", "Lorena Cifuentes"], "fr": ["Hélène Bourdais", "Yannick Le Goff"],
    "hi": ["सुषमा अग्रवाल", "नीलिमा सक्सेना"], "it": ["Ornella Casadei", "Fabrizio Manca"],
    "ja": ["高橋 美穂", "松本 恭子"], "ko": ["이수진", "한지민"], "pt": ["Beatriz Quaresma", "Joana Vilaça"],
    "ru": ["Ольга Веселова", "Светлана Гордеева"], "sw": ["Neema Lyimo", "Upendo Massawe"],
    "th": ["สุภาพร แก้วมณี", "รัชนี บุญส่ง"], "tr": ["Elif Arslan", "Burcu Şahin"],
    "ur": ["شازیہ ملک", "رخسانہ انور"], "zh": ["李秀梅", "张晓燕"],
    "nld": ["Marieke de Vries", "Sanne Bakker"], "swe": ["Karin Lindqvist", "Ebba Sjöberg"],
    "pol": ["Agnieszka Wróbel", "Katarzyna Zielińska"], "ces": ["Lenka Horáková", "Veronika Dušková"],
    "ron": ["Ioana Munteanu", "Raluca Dobre"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى صالح", "لمى الشريف"], "de": ["Miriam Haller", "Jakob Stöckl"],
    "es": ["Ainhoa Prieto", "Rodrigo Salas"], "fr": ["Margaux Pelletier", "Hugo Ferrand"],
    "hi": ["आकांक्षा वर्मा", "दिव्या रस्तोगी"], "it": ["Federica Rinaldi", "Tommaso Greco"],
    "ja": ["佐々木 結衣", "井上 大輔"], "ko": ["최유나", "윤서연"], "pt": ["Inês Barbosa", "Tiago Moura"],
    "ru": ["Анна Лебедева", "Ирина Смирнова"], "sw": ["Halima Juma", "Furaha Mrisho"],
    "th": ["ปภาวรินทร์ ไชยมงคล", "วรัญญา หอมจันทร์"], "tr": ["Deniz Öztürk", "Selin Aydın"],
    "ur": ["ماریہ حسن", "سدرہ نعیم"], "zh": ["赵雨欣", "孙佳怡"],
    "nld": ["Femke Jansen", "Lotte Visser"], "swe": ["Maja Holm", "Elin Nyström"],
    "pol": ["Magdalena Kowal", "Joanna Nowicka"], "ces": ["Tereza Svobodová", "Klára Benešová"],
    "ron": ["Andreea Popa", "Bianca Stoica"],
}
GIVEN = {
    "Supaporn Kaewmanee": "Supaporn", "Lim Hui Min": "Hui Min", "Cathal Mac Giolla": "Cathal",
}
PROVIDERS = ["quokkamail", "heronpost", "sloebox", "puffinmail", "marlinpost", "tussockbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "yk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "dee": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "cz": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "ky": ("-0500", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "the": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "pg": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap")
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
QNOTE = "\n{sf} – grand to be shown round your cold store Thursday. Forklift card's good till May; Mr Oyelaran-Pratt picks up for references most mornings.\n{n}"
QUOTES = {
    "{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE,
    "{FOOT}": "\n\n· · ·\nFind every opening at {co} Careers › Search · Get roles like this by email (Job Alerts, weekly) · Our newsletter, Counter Talk, lands the first Tuesday of each month · You hold a candidate profile with us; change what we send under Profile › Messages · {co}, Unit 9 Ropery Yard",
}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Update on requisition R-{ref}: {role}",
   "Hello {n},\n\nThe recruiting team at {co} has finished reviewing candidates for {role}. This requisition is now closed and another candidate has been hired into it.\n\nYour Candidate Home account remains open for future postings.\n\n{co} Talent Acquisition",
   ("Ackroyd Forced Rhubarb", "Stingray Sound Visitor Centre"), ("ackroydrhubarb", "stingraysoundvc"), frm="{co} Careers <careers-noreply@{dom}>",
   role=("Forcing Shed Picker", "Guest Experience Host"), tz=("yk", "ky"))
mr("gh", "{co} – {role}",
   "Hi {n},\n\nWe really enjoyed hearing about your satellite work. After the final loop the job went to another finalist, whose contract is now signed, and that closes your candidacy for {role}.\n\nAll the best,\n{sig}\nRecruiting, {co}",
   ("Orbitgrain Imaging", "Kobopath Payments"), ("orbitgrain", "kobopath"), role=("Ground Station Engineer", "Customer Risk Analyst"), tz=("usp", "ng"))
mr("lv", "Your application to {co}",
   "Hey {n} –\n\ncheers for going for {role}. Your application comes to a halt here; the team chose people whose experience matched more directly.\n\nYour profile is stored with us twelve months. Reply REMOVE to be deleted earlier.\n\n{co} hiring",
   ("Spokeline Couriers Co-op", "Siam Petal Orchids"), ("spokeline", "siampetal"), role=("Cargo Bike Rider", "Export Packing Supervisor"), tz=("uk", "the"))
mr("sr", "Application status: {role}",
   "<html><body><p>Dear {n},</p><p>Status change below.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Closed – position filled</td></tr></table><p>Thanks for giving {co} your time.</p></body></html>",
   ("Briarwood Garden Centres", "Pawlish Grooming"), ("briarwoodgc", "pawlish"), frm="{co} <jobs@{dom}>", role=("Plant Area Assistant", "Dog Groomer"), tz=("uk", "au"))
mr("ic", "{co}: application {ref}",
   "Dear {n},\n\nApplication {ref} – {role}\nResult: Not Progressed – {x}\n\nScreening for this role requires the document named above at the time of applying. Because it was missing, the application has been closed.\n\nRegards,\n{co} Recruitment Centre",
   ("Girder & Tube Scaffolding", "Kundiawa Camp Catering"), ("girdertube", "kundiawacamp"), frm="{co} <recruitment@{dom}>",
   role=("Scaffolder", "Camp Cook"), x=("CISRS Card Not Evidenced", "Food Handler Certificate Not Supplied"), tz=("yk", "pg"))
mr("tl", "Requisition {ref} – {role}",
   "Dear {n},\n\nRequisition {ref} ({role}) was pulled after {x}, and all open applications against it have been closed. Nobody has been appointed.\n\nOther openings stay visible on our portal.\n\nKind regards\nHR Services, {co}",
   ("Kollmann Fahrzeugteile", "Cayman Port Logistics"), ("kollmannft", "caymanportlog"), frm="HR Services <hr-services@{dom}>",
   role=("Quality Auditor", "Yard Planner"), x=("a reorganisation of our plant structure", "a review of the terminal operating budget"), tz=("dee", "ky"))
mr("wk", "Your {role} application at {co}",
   "Hi {n},\n\n{x} folks went for {role}, a big number for a little outfit like ours. We've now filled both shifts with people who came in for trial sessions, so this is us closing things off with you.\n\nThanks for thinking of us.\n{sig}",
   ("Shoyu Street Ramen", "Crux Bouldering Wall"), ("shoyustreet", "cruxwall"), role=("Line Cook", "Front Desk & Route Setter"), x=("96", "58"), tz=("usc", "nz"))
mr("bh", "{role} at {co}",
   "Hello {n},\n\nAn update on {role}: our existing staff took on the extra hours, which leaves nothing to offer. The post is now closed.\n\nTake care,\n{sig} | {co}",
   ("Waggle Doggy Daycare", "Kestle Museum Shop"), ("waggledoggy", "kestleshop"), role=("Canine Carer", "Retail Assistant"), tz=("cae", "ie"))
mr("tt", "Regarding your application – {role}",
   "Dear {n},\n\n{x}\n\nFor your further search we wish you luck and success.\n{sig}\n{co}",
   ("Brandner Küchentechnik", "Doi Saket Herbal Spa Products"), ("brandnerkt", "doisaketherbal"), role=("Service Technician", "Brand Assistant"),
   x=("many thanks for the sent documents. We have decided us at the end for a candidate whose qualification matches more exactly to the tasks of this job.", "we receive your CV with happiness. We must to inform that the management select other applicant who has experience more match with brand work ka."),
   tz=("dee", "the"))
mr("pp", "{co}: shortlisting result",
   "Dear {n},\n\nThe panel marked every {role} form against the essential criteria. Yours came to {x} of a possible 40, with the shortlist line drawn at {y}, so the shortlist goes ahead without you.\n\nDo watch for future posts.\n\nPeople Team, {co}",
   ("Meadowlark Hospice", "Northgate Money & Rights Advice"), ("meadowlarkhospice", "northgatemra"), frm="People Team <people@{dom}>",
   role=("Ward Housekeeper", "Debt Adviser"), x=("23", "20"), y=("29", "27"), tz=("yk", "uk"))
mr("jz", "{co} – {role} posting",
   "Hi {n},\n\nHeads-up: the {role} listing is down because we've hired. Thanks for the interest.\n\n— {sig}, {co}",
   ("Cutline Landscaping", "QuickFix Phone Kiosk"), ("cutlinelandscaping", "quickfixkiosk"), role=("Crew Member", "Repair Technician"), tz=("usm", "za"))
mr("ab", "Following up: {role}",
   "Hi {n},\n\nIt was good to spend those three interview rounds with you. Post-debrief, the team's pick for {role} is another candidate.\n\nAsk and the panel's notes come your way.\n\n{sig}\nTalent, {co}",
   ("Hailstone Insure", "Fathomline Climate Data"), ("hailstoneinsure", "fathomline"), role=("Senior Backend Engineer", "Data Scientist"), tz=("use", "uk"))
mr("wd2", "An update from {co}",
   "Dear {n},\n\nVacancy {ref}, {role}, is filled and marked closed on our careers portal. The field was large, so individual feedback is beyond us this time.\n\nRegards,\nResourcing, {co}",
   ("Wharfedale Valley Railway", "Seafeather Airport Services"), ("wharfedalerail", "seafeatherair"), frm="Resourcing <resourcing@{dom}>",
   role=("Conductor", "Ramp Agent"), tz=("yk", "ky"))
# once (14)
mr("o1", "Butcher's counter job", "Ta for fetching your CV in, {n}. We've gone wi' a lad from the village in the end, he starts Monday. Good luck wi' t' search, love.\n\n{sig}\n{co}", "Sugden's Pork Pies", "sugdenspies", tz="yk")
mr("o2", "RE: APPLICATION FOR PHARMACY TECHNICIAN", "Dear {n},\n\nYour Pharmacy Technician application dated last month refers. Please be informed that the vacancy has since been taken up by another applicant.\n\nMay God direct your steps going forward.\n\nYours faithfully,\n{sig}\nFor: {co}", "Oyinlola Pharmacy Ltd", "oyinlolapharmacy", tz="ng")
mr("o3", "Security Officer application", "Dear {n},\n\nTenkyu for visiting our office at Boroko. The Security Officer position is taken already by one candidate from our reserve list. Your papers stay on our file.\n\nTenkyu tru,\n{sig}\n{co}", "Garamut Guarding Services", "garamutguard", tz="pg")
mr("o4", "the kitchen job", "Mornin {n}, good you pass by the stand. We done pick somebody else for the grill, she start Friday. You have a good one and walk good.\n\n{sig}\n{co}", "Ackee Yard Jerk", "ackeeyard", tz="ky")
mr("o5", "Stock controller post", "Hi {n}\n\nEish, I'm late replying. The stock controller job has been taken by a guy who already knows our till system.\n\nAll of the best,\n{sig}\n{co}", "Mzansi Wholesale Spaza Supply", "mzansispaza", tz="za")
mr("o6", "Your application as service staff", "Dear {n},\n\nabout your application as service staff in our beer garden: unfortunately we must send you a refusal, because the place is already given away.\n\nWith friendly greetings\n{sig}\n{co}", "Bräustüberl Kranzberg", "braeustueberlkranzberg", tz="dee")
mr("o7", "Receptionist position", "Sawasdee ka {n},\n\nKop khun ka for send CV to guesthouse. Sorry na ka, we have new receptionist already now. Wish you lucky for new job ka.\n\nBest regards,\n{sig}\n{co}", "Baan Suan Guesthouse", "baansuangh", tz="the")
mr("o8", "Saturday sales assistant", "Hi {n},\n\nAbout the weekend job: a lad who worked our summer season has the Saturday spot, so we're covered.\n\nCheers,\n{sig}\n{co}", "Slatted & Sun Garden Furniture", "slattedsun", tz="uk")
mr("o9", "Seaweed baths – attendant role", "Hi {n},\n\nThanks a million for writing in. Someone's been hired as attendant for the season, so the job is gone I'm afraid.\n\nMind yourself,\n{sig}\n{co}", "Carrowmore Seaweed Baths", "carrowmorebaths", tz="ie")
mr("o10", "Pitmaster assistant", "{n},\n\nGlad you swung by the smoker Saturday. We decided to hire from inside, one of our line guys is moving up to the pit. Nothing open right now.\n\n{sig}\n{co}", "Mesquite Holler BBQ", "mesquiteholler", tz="usc")
mr("o11", "Rink attendant", "Hi {n},\n\nWe've now hired for the winter season and the rink attendant job is closed.\n\nSee you on the ice,\n{sig}\n{co}", "Glazebrook Community Arena", "glazebrookarena", tz="cae")
mr("o12", "Camel tour guide application", "G'day {n},\n\nTa for putting your name in for the guide job. A bloke who's run desert treks before got it; we're all staffed this season.\n\nCheers,\n{sig}\n{co}", "Redsand Camel Treks", "redsandcamel", tz="au")
mr("o13", "Application for Sales Executive", "Dear {n},\n\nThis has reference to your candidature for Sales Executive at our showroom. Kindly note the vacancy stands filled, hence we shall not be able to proceed further.\n\nThanking you,\n{sig}\nHR, {co}", "Arani Silk Emporium", "aranisilk", tz="in")
mr("o14", "Pool attendant role", "Kia ora {n},\n\nThanks for applying to join us at the pools. We've now filled the attendant role, so we're letting you know it's closed.\n\nNgā mihi,\n{sig}\n{co}", "Ngawha Springs Hot Pools", "ngawhapools", tz="nz")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: Interview – {role}",
   "Hi {n},\n\nGood to hear from you. The panel met Tuesday and offered the post to our night-sky education officer, who accepted. Your light-pollution talk went down well.\n\nWarmly,\n{sig}\n\n{OUT}",
   ("Kielderhope Observatory", "Harbourlight Planetarium"), ("kielderhope", "harbourlightplan"), role=("Visitor Astronomer", "Show Presenter"), tz=("uk", "au"))
mr("th2", "RE: [EXT] RE: {role} follow up",
   "{n},\n\nThanks for the kind note. The artistic director chose Marguerite for the season; she'd assisted on two of our touring shows. The whole room enjoyed your reading.\n\nBest,\n{sig}\n\n{ORIG}",
   ("Cobbleyard Theatre Company", "Riverside Sinfonia"), ("cobbleyardtheatre", "riversidesinfonia"), role=("Assistant Stage Manager", "Orchestra Librarian"), tz=("yk", "cae"))
mr("th3", "Re: [EXT] Re: Keeper interview",
   "Hi {n},\n\nSuch a pleasure having you in last week. Our curator has appointed the keeper who covered the maternity post here, and she started yesterday. You were great with the otters.\n\nSpeak soon,\n{sig}\n\n{GM}",
   ("Brackenhurst Zoo", "Wildfell Hedgehog Rescue"), ("brackenhurstzoo", "wildfellrescue"), role="Animal Keeper", tz=("yk", "nz"))
mr("th4", "RE: [EXT] Re: {role}",
   "Dear {n},\n\nThanks again for your patience. The board's choice for {role} is a ranger from the eastern district, and she has taken it. Your knowledge of the reef transects impressed the panel.\n\nKind regards,\n{sig}\n\n{RULE}",
   ("Sepik Forest Conservation Trust", "Cayman Heritage & Nature Trust"), ("sepikforest", "caymanheritagetrust"), role=("Field Officer", "Site Ranger"), tz=("pg", "ky"))
mr("th5", "RE: [EXT] RE: Associate interview",
   "Dear {n},\n\nMany thanks for your follow-up. The partners have settled on another associate, who accepted on Monday. It was a pleasure hosting you at the chambers.\n\nWith best regards,\n{sig}\n\n{OUT}",
   ("Adekunle & Ilori Solicitors", "Okafor Chambers"), ("adekunleilori", "okaforchambers"), role="Litigation Associate", tz=("ng", "ng"))
mr("th6", "Re: [EXT] RE: Cellar hand",
   "Hi {n},\n\nLekker to chat at the harvest. The winemaker went with Thabo from our picking team, he's done two vintages in our cellar already. Keep well.\n\n{sig}\n\n{GM}",
   ("Klipdrift Heights Wines", "Bloukrans Vineyards"), ("klipdriftheights", "bloukransvines"), role="Cellar Hand", tz=("za", "za"))
mr("th7", "RE: [EXT] Re: Toolmaker interview",
   "Hello {n},\n\nmany thanks for your mail. Our production manager has chosen a colleague from our Augsburg site for the position, and he has accepted. We were glad to show you our workshop.\n\nWith kind regards\n{sig}\n\n{ORIG}",
   ("Wurzer Präzisionswerkzeuge", "Kollwitz Stanztechnik"), ("wurzerpraezision", "kollwitzstanz"), role="Toolmaker", tz=("dee", "dee"))
mr("th8", "Re: [EXT] Re: Volunteer coordinator",
   "Dear {n},\n\nMany thank for come visit us. The owner has give the position to a staff who work with our elephants for three years already. We are happy to meet you ka.\n\nBest regards,\n{sig}\n\n{RULE}",
   ("Doi Kham Elephant Haven", "Mae Taeng Jumbo Sanctuary"), ("doikhamhaven", "maetaengjumbo"), role="Volunteer Coordinator", tz=("the", "the"))

# ---- 8 clear refusals under long footers
mr("ft1", "Your application: {role}", "Hi {n},\n\nYour {role} application with {co} has been looked over by the store team; it goes no further for this vacancy.{FOOT}",
   ("Crispleaf Supermarkets", "Greenleaf Pharmacy"), ("crispleaf", "greenleafpharm"), frm="{co} Careers <careers@{dom}>", role=("Night Filler", "Counter Assistant"), tz=("uk", "ie"))
mr("ft2", "{co}: {role}", "Hello {n},\n\nThe hiring store has declined your {role} application.{FOOT}",
   ("Voltbay Electronics", "Threadmill Fashion"), ("voltbay", "threadmill"), frm="{co} Recruitment <noreply@{dom}>", role=("Sales Advisor", "Visual Merchandiser"), tz=("au", "za"))
mr("ft3", "Update regarding {role}", "Dear {n},\n\nOur team went through the {role} applications and yours was unsuccessful.{FOOT}",
   ("Hammerhaus Hardware", "Feverfew Pharmacy"), ("hammerhaus", "feverfewrx"), frm="{co} Careers <talent@{dom}>", role=("Trade Counter Assistant", "Dispensary Assistant"), tz=("usc", "cap"))
mr("ft4", "{role} – decision", "Hi {n},\n\nWe're passing on your {role} application, sorry. Cheers for applying.{FOOT}",
   ("Stitchwell Outfitters", "Plugpoint Electricals"), ("stitchwell", "plugpointelec"), frm="{co} Jobs <jobs@{dom}>", role=("Stockroom Associate", "Store Supervisor"), tz=("nz", "yk"))

# ---- 9 hedged refusals
mr("hd1", "{role} at {co}", "Hi {n},\n\nThank you for the drawings you brought in. On balance the partners felt two other applicants' housing portfolios sat nearer to where the practice is going, and they'll be the ones we take forward.\n\nBest wishes,\n{sig}",
   ("Ashlar & Vane Architects", "Quoin Studio"), ("ashlarvane", "quoinstudio"), role="Part II Architectural Assistant", tz=("uk", "nz"))
mr("hd2", "Fundraising Officer", "Dear {n},\n\nYou were one of a strong field. In the end other candidates' experience with legacy giving suited our plans a little better, so the post is heading their way.\n\nWith thanks,\n{sig}\n{co}",
   ("Lantern Hill Children's Charity", "Oceanreach Foundation"), ("lanternhillcc", "oceanreachfdn"), tz=("yk", "ky"))
mr("hd3", "Consultant role", "Hi {n},\n\nAppreciate you working through the case with us. A couple of other people brought sector depth nearer our present clients, and the partners chose to carry on with those two.\n\nRegards,\n{sig}\n{co}",
   ("Brightwater Strategy Partners", "Keystone Operations Advisory"), ("brightwaterstrat", "keystoneops"), tz=("ng", "use"))
mr("hd4", "Cabin crew recruitment", "Dear {n},\n\nThank you for joining our assessment day. Other applicants aligned slightly better with what we need for this intake, and the airline has decided to take those people forward.\n\nKind regards,\n{sig}\n{co}",
   ("Stingwing Air", "Kumul Wings"), ("stingwingair", "kumulwings"), tz=("ky", "pg"))
mr("hd5", "Your application as Software Developer", "Dear {n},\n\nthank you for the good talk. We have seen that other candidates bring more experience with our tech stack, therefore we go in another direction with this position.\n\nBest regards\n{sig}\n{co}", "Sabine Wurzer Softwarehaus", "wurzersoftware", tz="dee")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nCracking to chat earlier. Per our chat, {x} went for a different person for {role}. Flip side: a {y} opening with a client in Morley looks made for you — should I email the spec?\n\nCheers,\n{sig}\n{co}",
   ("Bytewise Tech Recruitment", "Palisade Legal Search"), ("bytewiserec", "palisadelegal"), role=("DevOps Engineer", "Conveyancing Paralegal"), x=("the client", "the firm"), y=("platform engineer", "probate paralegal"), tz=("yk", "uk"))
mr("rc2", "{role} feedback + another one", "Hey {n}, off the back of our call: the warehouse client gave {role} to someone already on their payroll. I do have a shift lead post at their sister site starting next month though, same pay band. Interested?\n\n{sig}, {co}",
   ("Forkline Logistics Recruitment", "Tailgate Staffing"), ("forklinerec", "tailgatestaff"), role=("Inventory Controller", "Transport Planner"), tz=("usc", "au"))
mr("rc3", "RE: Field Engineer opening", "Dear {n},\n\nFurther to today's call, the client will engage a different engineer for the offshore Field Engineer slot. On the other hand, an onshore maintenance planner vacancy in Eleme fits you nicely. Kindly revert whether I should forward your CV.\n\nRegards,\n{sig}\n{co}", "Deltastream Energy Recruitment", "deltastreamrec", tz="ng")
mr("rc4", "After our call: {role}", "Hi {n},\n\nLovely chatting just now. The hotel group has appointed someone already in their team as {role}. Off the back of our call, though, I'm keen to submit you for a conference and banqueting manager post at a coastal resort. Reply yes and an intro gets arranged.\n\n{sig}\n{co}",
   ("Silverspoon Hospitality Search", "Canapé Talent Partners"), ("silverspoonsearch", "canapetalent"), role=("Food and Beverage Manager", "Front Office Manager"), tz=("za", "ky"))
# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role}, announcement {ref}", "Dear {n},\n\nWe rated your application for {role} and placed it in the qualified band. Just the best-qualified band was put on the certificate for the hiring manager; your rating falls under it.\n\nHuman Resources, {co}",
   ("Bureau of Coastal Survey", "Office of Rural Broadband"), ("coastalsurvey.gov", "ruralbroadband.gov"), frm="{co} HR <hr-notices@{dom}>", role=("Hydrographic Technician", "Grants Specialist"), tz=("use", "usm"))
mr("ps2", "Application {ref}: eligibility", "Dear {n},\n\nYour application for {role} was checked against the advertised requirements. It has been ruled ineligible: {x}.\n\nLater advertisements remain open to you.\n\nRecruitment Unit\n{co}",
   ("PNG Public Service Staffing Office", "Cayman Public Appointments Office"), ("pssoffice.gov.pg", "publicappointments.gov.ky"), frm="Recruitment Unit <recruitment@{dom}>", role=("Clerical Officer Grade 6", "Customs Officer"),
   x=("certified copies of academic transcripts were not attached", "only Caymanians or those holding a right to work may be appointed, and your form declared neither"), tz=("pg", "ky"))
mr("ps3", "{role} (ref {ref}) – recruitment withdrawn", "Dear {n},\n\nRecruitment to {role} has been stopped following {x}. No appointment follows, so every application, yours too, lapses.\n\nHR Shared Service\n{co}",
   ("Holmebridge Valleys Council", "Mzintlava Valley Local Municipality"), ("holmebridgevalleys.gov", "mzintlava.gov"), frm="HR Shared Service <hr@{dom}>", role=("Highways Inspector", "Water Meter Reader"), x=("a service restructure", "budget cuts in the adjustment budget"), tz=("yk", "za"))
mr("ps4", "Result of online test – {role}", "Dear {n},\n\nFor {role} your online test came to {x}; the qualifying mark stood at {y}. That closes your part in this exercise.\n\n{co}",
   ("Federal Public Service Recruitment Board", "Regional Employment Agency"), ("fpsrb.gov.ng", "regionalemploy.gov"), frm="{co} <noreply@{dom}>", role=("Administrative Officer", "Assistant Economist"), x=("38/70", "52%"), y=("45/70", "60%"), tz=("ng", "uk"))

# ---- 6 bare ATS status updates
mr("st1", "Status change: {role}", "{n},\n\nYour application for {role} at {co} is no longer under consideration.\n\nTallyloop", ("Bramley Foods", "Copperkettle Hotels"), ("tallyloop", "tallyloop"), frm="Tallyloop <status@{dom}>", role=("Hygiene Operative", "Night Auditor"), tz=("uk", "usp"))
mr("st2", "Application {ref}", "<html><body><p>{co} · {role}</p><p><b>Stage:</b> Closed<br><b>Outcome:</b> Not moving forward</p></body></html>", ("Northbrook Estates", "Sunreef Dental"), ("queuewise", "queuewise"), frm="Queuewise <notify@{dom}>", role=("Lettings Negotiator", "Dental Nurse"), tz=("au", "za"))
mr("st3", "{co} has updated your application", "Hi {n}, {co} marked your application for {role} as Rejected. Open Roleharbor to browse other jobs.", ("Bluefinch Media", "Quarrystone Homes"), ("roleharbor", "roleharbor"), frm="Roleharbor <updates@{dom}>", role=("Video Editor", "Site Administrator"), tz=("cae", "ie"))

# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship 2026", "Dear {n},\n\nOver 600 students chased eight desks on the {co} summer reporting internship, and we're saying no to yours for 2026.\n\nEditorial Development Team",
   ("The Northern Ledger", "Harbour Post Media"), ("northernledger", "harbourpostmedia"), tz=("yk", "nz"))
mr("in2", "Vacation scheme application", "Dear {n},\n\nYour vacation scheme form and online test results have been assessed by the graduate team, and your application closes in this cycle.\n\nGraduate Recruitment\n{co}",
   ("Fenwick Harrow LLP", "Adeyemi Shore & Co"), ("fenwickharrow", "adeyemishore"), tz=("uk", "ng"))
mr("in3", "Graduate Programme – outcome", "Dear {n},\n\nThe {role} Graduate Programme assessment centre has concluded and places are allocated. This time round yours was unsuccessful.\n\nEarly Careers, {co}",
   ("Corvell Pharma", "Medivane Biologics"), ("corvellpharma", "medivanebio"), role=("Quality Control", "Regulatory Affairs"), tz=("uk", "za"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Application received: {role} (R-{ref})",
   "Hello {n},\n\nYour application for {role} is in. You can follow it in Candidate Home, where the status will later read either Interview or Closed – Filled.\n\n{co} Talent Acquisition",
   ("Ackroyd Forced Rhubarb", "Stingray Sound Visitor Centre"), ("ackroydrhubarb", "stingraysoundvc"), frm="{co} Careers <careers-noreply@{dom}>", role=("Packhouse Operative", "Boat Dock Assistant"), tz=("yk", "ky"))
mo("application_received", "a2", "Thanks for applying to {co}",
   "Hi {n},\n\nThanks for applying for {role}. Our team reads every application. If it turns into a no, we'll still email. No ghosting.\n\n{sig}, Recruiting",
   ("Orbitgrain Imaging", "Kobopath Payments"), ("orbitgrain", "kobopath"), role=("Flight Software Engineer", "Compliance Associate"), tz=("usp", "ng"))
mo("application_received", "a3", "We've got your application",
   "Hey {n} – got it, thanks for applying for {role}. However it ends, your profile is stored for twelve months; reply REMOVE any time to be taken off.\n\n{co} hiring",
   ("Spokeline Couriers Co-op", "Siam Petal Orchids"), ("spokeline", "siampetal"), role=("Dispatch Coordinator", "Greenhouse Worker"), tz=("uk", "the"))
mo("application_received", "a4", "Application submitted: {role}",
   "<html><body><p>Hi {n},</p><p>We have your application.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Submitted</td></tr></table><p>A manager will look, and this row then reads Interview or Closed.</p></body></html>",
   ("Briarwood Garden Centres", "Pawlish Grooming"), ("briarwoodgc", "pawlish"), frm="{co} <jobs@{dom}>", role=("Café Assistant", "Salon Receptionist"), tz=("uk", "au"))
mo("application_received", "a5", "{co}: application {ref} received",
   "Dear {n},\n\nApplication {ref} for {role} is on our system. Screening flags any application without the {x} as Not Progressed, so double-check what you uploaded.\n\n{co} Recruitment Centre",
   ("Girder & Tube Scaffolding", "Kundiawa Camp Catering"), ("girdertube", "kundiawacamp"), frm="{co} <recruitment@{dom}>", role=("Labourer", "Kitchen Hand"), x=("CISRS card", "food handler certificate"), tz=("yk", "pg"))
mo("application_received", "a6", "Requisition {ref}: application logged",
   "Dear {n},\n\nWe have logged your application against requisition {ref} ({role}). Should the requisition be frozen or withdrawn, all applicants are told the same day.\n\nHR Services, {co}",
   ("Kollmann Fahrzeugteile", "Cayman Port Logistics"), ("kollmannft", "caymanportlog"), frm="HR Services <hr-services@{dom}>", role=("CNC Operator", "Gate Clerk"), tz=("dee", "ky"))
mo("application_received", "a7", "Got your application!",
   "Hi {n},\n\nThanks for applying for {role}. We run paid trial shifts for the people we like the look of; if we don't call you in for one within a fortnight, take it that we've gone with others.\n\n{sig}",
   ("Shoyu Street Ramen", "Crux Bouldering Wall"), ("shoyustreet", "cruxwall"), role=("Dishwasher", "Kids' Club Instructor"), tz=("usc", "nz"))
mo("application_received", "a8", "{role} – application in",
   "Hello {n},\n\nYour application for {role} has reached us. Our current team gets first pick of any new hours; anything left over comes to applicants, and we'll write either way.\n\n{sig} | {co}",
   ("Waggle Doggy Daycare", "Kestle Museum Shop"), ("waggledoggy", "kestleshop"), role=("Weekend Dog Walker", "Stock Assistant"), tz=("cae", "ie"))
mo("application_received", "a9", "Confirmation of your application",
   "Dear {n},\n\n{x}\n\n{sig}\n{co}",
   ("Brandner Küchentechnik", "Doi Saket Herbal Spa Products"), ("brandnerkt", "doisaketherbal"), role="", tz=("dee", "the"),
   x=("your documents have arrived by us. The checking takes about three weeks; if it is a cancellation, you get from us a short note, if it is interest, an invitation.", "we get your CV already ka. HR team check in 2 weeks. If not pass, HR still send email tell you, so please wait for us na ka."))
mo("application_received", "a10", "{co}: we have your application",
   "Dear {n},\n\nOnce {role} closes, the panel scores every form on the essential criteria. Forms landing below the shortlist line earn an email giving the mark; forms above it lead to an interview.\n\nPeople Team",
   ("Meadowlark Hospice", "Northgate Money & Rights Advice"), ("meadowlarkhospice", "northgatemra"), frm="People Team <people@{dom}>", role=("Fundraising Assistant", "Volunteer Coordinator"), tz=("yk", "uk"))
mo("application_received", "a11", "Thanks for applying – {role}",
   "Hi {n}, thanks for applying for {role}. When the spot's filled the posting comes down and everybody who applied hears from us, one way or the other.\n\n— {sig}, {co}",
   ("Cutline Landscaping", "QuickFix Phone Kiosk"), ("cutlinelandscaping", "quickfixkiosk"), role=("Irrigation Tech", "Weekend Cashier"), tz=("usm", "za"))
mo("application_received", "a12", "Your application to {co}",
   "Hi {n},\n\nYour {role} application is in the queue; a recruiter reads each one within five working days. Move ahead or pass, the reply comes from a human, never a bot.\n\n{sig}\nTalent, {co}",
   ("Hailstone Insure", "Fathomline Climate Data"), ("hailstoneinsure", "fathomline"), role=("Product Designer", "ML Engineer"), tz=("use", "uk"))
mo("application_received", "a13", "Application acknowledgement – ref {ref}",
   "Dear {n},\n\nYour {role} application has arrived. Should it fall at the sift stage, the portal will show a message to that effect; no need to chase us.\n\nResourcing, {co}",
   ("Wharfedale Valley Railway", "Seafeather Airport Services"), ("wharfedalerail", "seafeatherair"), frm="Resourcing <resourcing@{dom}>", role=("Station Assistant", "Baggage Handler"), tz=("yk", "ky"))
mo("application_received", "a14", "Fundraising Officer – application received",
   "Dear {n},\n\nYour form is in. We shortlist a week after closing. In case you're not picked for interview, a short email follows, so nobody sits wondering.\n\n{sig}\n{co}",
   ("Lantern Hill Children's Charity", "Oceanreach Foundation"), ("lanternhillcc", "oceanreachfdn"), tz=("yk", "ky"))
mo("application_received", "a15", "Your CV is with us",
   "Hi {n},\n\nCV received with thanks. Expect a call from us only if a client brief matches your background; otherwise your details rest on our database six months.\n\n{sig}\n{co}",
   ("Bytewise Tech Recruitment", "Palisade Legal Search"), ("bytewiserec", "palisadelegal"), tz=("yk", "uk"))
mo("application_received", "a16", "Application for {role} received",
   "Dear {n},\n\nWe have your {role} application. After the closing date we rate it; a results notice then says if the hiring manager's certificate lists you or leaves you off.\n\n{co} HR",
   ("Bureau of Coastal Survey", "Office of Rural Broadband"), ("coastalsurvey.gov", "ruralbroadband.gov"), frm="{co} HR <hr-notices@{dom}>", role=("Survey Technician", "Program Analyst"), tz=("use", "usm"))
mo("application_received", "a17", "Acknowledgement: application {ref}",
   "Dear {n},\n\nWe acknowledge your application for {role}. Any application found ineligible will be written to with the reason; applications that meet the requirements go to the selection panel.\n\nRecruitment Unit",
   ("PNG Public Service Staffing Office", "Cayman Public Appointments Office"), ("pssoffice.gov.pg", "publicappointments.gov.ky"), frm="Recruitment Unit <recruitment@{dom}>", role=("Records Officer", "Immigration Officer"), tz=("pg", "ky"))
mo("application_received", "a18", "Online test registration – {role}",
   "Dear {n},\n\nRegistration for {role} is complete. The online test opens next week. Scores under the qualifying mark trigger a result email; higher scores go to the interview list.\n\n{co}",
   ("Federal Public Service Recruitment Board", "Regional Employment Agency"), ("fpsrb.gov.ng", "regionalemploy.gov"), frm="{co} <noreply@{dom}>", role=("Executive Officer", "Statistician"), tz=("ng", "uk"))
mo("application_received", "a19", "Application received: {role}",
   "{n},\n\n{co} received your {role} application. Its status will switch to Interview, or otherwise to No longer under consideration.\n\nTallyloop",
   ("Bramley Foods", "Copperkettle Hotels"), ("tallyloop", "tallyloop"), frm="Tallyloop <status@{dom}>", role=("Line Leader", "Housekeeping Supervisor"), tz=("uk", "usp"))
mo("application_received", "a20", "You applied to {co}",
   "Hi {n}, {co} has your {role} application. Roleharbor emails you when the employer sets it to Rejected, and also when they shortlist you.", ("Bluefinch Media", "Quarrystone Homes"), ("roleharbor", "roleharbor"), frm="Roleharbor <updates@{dom}>", role=("Social Producer", "Sales Negotiator"), tz=("cae", "ie"))
mo("application_received", "a21", "Summer internship application",
   "Dear {n},\n\nYour application to the {co} summer reporting internship has arrived. Picked or passed over, everyone gets an answer from the desk before May.\n\nEditorial Development Team",
   ("The Northern Ledger", "Harbour Post Media"), ("northernledger", "harbourpostmedia"), tz=("yk", "nz"))
mo("application_received", "a22", "Graduate Programme application received",
   "Dear {n},\n\nYour Graduate Programme ({role}) application is logged. An online assessment comes next; should you miss the pass mark, an email tells you within ten days.\n\nEarly Careers, {co}",
   ("Corvell Pharma", "Medivane Biologics"), ("corvellpharma", "medivanebio"), role=("Manufacturing", "Clinical Operations"), tz=("uk", "za"))
mo("application_received", "a23", "Thanks – application for {role}",
   "Hi {n},\n\nYour application sits with a {co} store manager now. Heard nothing after three weeks? Then someone else was picked this round.{FOOT}",
   ("Crispleaf Supermarkets", "Greenleaf Pharmacy"), ("crispleaf", "greenleafpharm"), frm="{co} Careers <careers@{dom}>", role=("Bakery Counter Assistant", "Delivery Driver"), tz=("uk", "ie"))
mo("application_received", "a24", "Architectural Assistant – CV received",
   "Hi {n},\n\nPortfolio received, cheers. The partners go through applications together at month end; whatever they decide, a note from us follows right after.\n\n{sig}\n{co}",
   ("Ashlar & Vane Architects", "Quoin Studio"), ("ashlarvane", "quoinstudio"), tz=("uk", "nz"))
mo("application_received", "a25", "Cabin crew application received",
   "Dear {n},\n\nWe now hold your cabin crew application. If screening declines it, an email goes out; if it passes, look for an assessment-day invitation.\n\n{co} Recruitment",
   ("Stingwing Air", "Kumul Wings"), ("stingwingair", "kumulwings"), tz=("ky", "pg"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invitation: {role}", "Hi {n},\n\nCan you join us for a {role} interview at half ten, {dl}? Unfortunately our yard is being re-tarmacked, so park up on the lane behind the depot.\n\nDrop me a line to confirm.\n{sig}",
   ("Ackroyd Forced Rhubarb", "Cayman Port Logistics"), ("ackroydrhubarb", "caymanportlog"), role=("Packhouse Supervisor", "Yard Planner"), tz=("yk", "ky"))
mo("interview", "i2", "RE: [EXT] Re: Next conversation", "Hi {n},\n\nThe panel are keen on a second chat, {dl}. Sadly the dome's shutter is being mended that week; we'll use the education room.\n\n{sig}\n\n{OUT}",
   ("Kielderhope Observatory", "Harbourlight Planetarium"), ("kielderhope", "harbourlightplan"), role=("Visitor Astronomer", "Show Presenter"), tz=("uk", "au"))
mo("interview", "i3", "Let's talk – {role}", "Hey {n},\n\nKeen to book a 45-min video slot about {role}. Bad news first: our calendar tool trips over time zones, so just send two times on {dl} that suit you.\n\n{sig}, {co}",
   ("Orbitgrain Imaging", "Kobopath Payments"), ("orbitgrain", "kobopath"), role=("Ground Station Engineer", "Customer Risk Analyst"), tz=("usp", "ng"))
mo("interview", "i4", "Interview – {role}", "Dear {n},\n\nPlease come and meet two of us about {role} at 2pm on {dl}. Regrettably travel to a first meeting is at your own cost.\n\nPeople Team, {co}",
   ("Meadowlark Hospice", "Northgate Money & Rights Advice"), ("meadowlarkhospice", "northgatemra"), frm="People Team <people@{dom}>", role=("Ward Housekeeper", "Debt Adviser"), tz=("yk", "uk"))
mo("interview", "i5", "Trial shift?", "Hi {n}, fancy a paid trial shift {dl} from 5pm? Unfortunately the back room took on water, so bring an apron of your own.\n\n{sig}, {co}",
   ("Shoyu Street Ramen", "Crux Bouldering Wall"), ("shoyustreet", "cruxwall"), tz=("usc", "nz"))
mo("interview", "i6", "Re: [EXT] Re: Keeper interview – second stage", "Hi {n},\n\nThe curator's asking to meet you again {dl}, out by the enclosures this time. Unfortunately our mess room is closed, so pack a lunch.\n\n{sig}\n\n{GM}",
   ("Brackenhurst Zoo", "Wildfell Hedgehog Rescue"), ("brackenhurstzoo", "wildfellrescue"), role="Animal Keeper", tz=("yk", "nz"))
mo("interview", "i7", "Invitation to interview", "Dear {n},\n\nYou are shortlisted for the {role} post and the panel sits on {dl}. Unfortunately our lift's broken; the panel room is two flights up.\n\nRecruitment Unit",
   ("PNG Public Service Staffing Office", "Cayman Public Appointments Office"), ("pssoffice.gov.pg", "publicappointments.gov.ky"), frm="Recruitment Unit <recruitment@{dom}>", role=("Clerical Officer Grade 6", "Customs Officer"), tz=("pg", "ky"))
mo("interview", "i8", "Interview date for {role}", "Dear {n},\n\nplease come in on {dl}, nine o'clock sharp, for a talk in person. Unfortunately our guest spaces are being dug up, so please leave the car by the railway station.\n\nWith kind regards\n{sig}",
   ("Brandner Küchentechnik", "Wurzer Präzisionswerkzeuge"), ("brandnerkt", "wurzerpraezision"), role=("Service Technician", "Toolmaker"), tz=("dee", "dee"))
mo("next_steps", "n1", "Next step: online assessment", "Hi {n},\n\nStage two for {role} is a 40-minute online numbers test, to be finished by {dl}. Unfortunately phones can't open it, so grab a laptop.\n\nEarly Careers, {co}",
   ("Corvell Pharma", "Medivane Biologics"), ("corvellpharma", "medivanebio"), role=("Quality Control", "Regulatory Affairs"), tz=("uk", "za"))
mo("next_steps", "n2", "Documents needed – {role}", "Dear {n},\n\nTo keep your {role} application moving, upload your {x} before {dl}. Sadly phone snaps of documents get bounced; send a scan.\n\n{co} Recruitment Centre",
   ("Girder & Tube Scaffolding", "Kundiawa Camp Catering"), ("girdertube", "kundiawacamp"), frm="{co} <recruitment@{dom}>", role=("Scaffolder", "Camp Cook"), x=("CISRS card", "food handler certificate"), tz=("yk", "pg"))
mo("next_steps", "n3", "Written exercise – {role}", "Dear {n},\n\nAs the next stage, please return a 500-word case note by {dl}. Unfortunately no extensions can be granted.\n\nGraduate Recruitment, {co}",
   ("Fenwick Harrow LLP", "Adeyemi Shore & Co"), ("fenwickharrow", "adeyemishore"), tz=("uk", "ng"))
mo("next_steps", "n4", "Pre-employment checks", "Hi {n},\n\nNext up: two referees plus a DBS check begun by {dl}. Bad news: the DBS site is crawling this month, so best start it today.\n\n{sig}\n{co}",
   ("Lantern Hill Children's Charity", "Meadowlark Hospice"), ("lanternhillcc", "meadowlarkhospice"), tz=("yk", "uk"))
mo("next_steps", "n5", "Test booking – {role}", "Dear {n},\n\nYour {role} application cleared the sift. Choose a CBT slot no later than {dl}. Regrettably, candidates arriving late are turned away at the door.\n\n{co}",
   ("Federal Public Service Recruitment Board", "Regional Employment Agency"), ("fpsrb.gov.ng", "regionalemploy.gov"), frm="{co} <noreply@{dom}>", role=("Administrative Officer", "Assistant Economist"), tz=("ng", "uk"))
mo("next_steps", "n6", "Portfolio task", "Hi {n},\n\nNext step for {role}: a short take-home brief, due {dl}. Unfortunately our file-sharing tool is down, so email the PDF directly.\n\n{sig}, {co}",
   ("Bluefinch Media", "Ashlar & Vane Architects"), ("bluefinchmedia", "ashlarvane"), role=("Video Editor", "Part II Architectural Assistant"), tz=("cae", "uk"))
mo("offer", "f1", "Offer of employment – {role}", "Dear {n},\n\nThe {role} job is yours – the whole team's chuffed. Contract enclosed; return it signed by {dl}. Uniforms are stuck at the supplier, unfortunately, so wear your own black kit in week one.\n\nHR, {co}",
   ("Wharfedale Valley Railway", "Seafeather Airport Services"), ("wharfedalerail", "seafeatherair"), role=("Conductor", "Ramp Agent"), tz=("yk", "ky"))
mo("offer", "f2", "Offer: {role}", "Hi {n},\n\nGreat news – {role} is on offer to you. Sad to say, the office coffee machine gave up this week, so your first brew here will be instant.\n\nSay yes by {dl}.\n{sig}, {co}",
   ("Hailstone Insure", "Fathomline Climate Data"), ("hailstoneinsure", "fathomline"), role=("Senior Backend Engineer", "Data Scientist"), tz=("use", "uk"))
mo("offer", "f3", "Job offer", "Dear {n},\n\nThe {role} post is yours. Unfortunately staff housing has no free room till next month, so a guesthouse nearby is booked for your first weeks.\n\nKind regards,\n{sig}",
   ("Doi Kham Elephant Haven", "Sepik Forest Conservation Trust"), ("doikhamhaven", "sepikforest"), role=("Volunteer Coordinator", "Field Officer"), tz=("the", "pg"))
mo("offer", "f4", "Your job at the counter", "Ta for popping in, {n}. We'd like you on t' counter from {dl}. Bad news is the van's knackered, so it's the bus to the market stall on Saturdays.\n\n{sig}", "Sugden's Pork Pies", "sugdenspies", tz="yk")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "Status change: {role}", "{n},\n\nYour application for {role} at {co} is now Withdrawn (by candidate).\n\nTallyloop", ("Bramley Foods", "Copperkettle Hotels"), ("tallyloop", "tallyloop"), frm="Tallyloop <status@{dom}>", role=("Hygiene Operative", "Night Auditor"), tz=("uk", "usp"))
mo("other_job", "j2", "Application {ref}", "<html><body><p>{co} · {role}</p><p><b>Stage:</b> Paused<br><b>Note:</b> Manager away until month end</p></body></html>", ("Northbrook Estates", "Sunreef Dental"), ("queuewise", "queuewise"), frm="Queuewise <notify@{dom}>", role=("Lettings Negotiator", "Dental Nurse"), tz=("au", "za"))
mo("other_job", "j3", "Interview dates moved", "Dear {n},\n\nThe Highways Inspector interviews shift by seven days to make way for the Agricultural Show. A new date will follow.\n\nHR Shared Service", "Holmebridge Valleys Council", "holmebridgevalleys.gov", frm="HR Shared Service <hr@{dom}>", tz="yk")
mo("job_alert", "l1", "New at {co}: 6 roles near you", "Hi {n},\n\nNew this week: checkout assistant, night filler, butchery counter, and three more.{FOOT}", "Crispleaf Supermarkets", "crispleaf", frm="{co} Job Alerts <alerts@{dom}>", tz="uk")
mo("job_alert", "l2", "Roles you might like at {co}", "Hi {n},\n\nThis week: stockroom associate, fitting-room host, store supervisor.{FOOT}", "Stitchwell Outfitters", "stitchwell", frm="{co} Job Alerts <alerts@{dom}>", tz="nz")
mo("job_alert", "l3", "{co} jobs this week", "Hi {n},\n\nNew openings: sales advisor (two stores), repairs desk technician.{FOOT}", "Voltbay Electronics", "voltbay", frm="{co} Job Alerts <alerts@{dom}>", tz="au")
mo("recruiter_outreach", "r1", "{x} role – open to a chat?", "Hi {n},\n\nSpotted your profile whilst hunting a {x} for a client near {y}. Decent package, hybrid. Could we talk briefly by phone this week?\n\n{sig}\n{co}",
   ("Forkline Logistics Recruitment", "Deltastream Energy Recruitment"), ("forklinerec", "deltastreamrec"), x=("warehouse operations manager", "HSE coordinator"), y=("Doncaster", "Oghara"), tz=("usc", "ng"))
mo("non_job_rejection_words", "x1", "Your loan application", "Dear {n},\n\nOur lending system has declined your £4,000 request after a look at your credit file. Write to us if you would like the main reasons.\n\n{co}", ("Holmebridge Building Society", "Island Heritage Credit Union"), ("holmebridgebs", "islandheritagecu"), frm="{co} <lending@{dom}>", tz=("yk", "ky"))
mo("non_job_rejection_words", "x2", "Flat at 14 Ormond Road", "Hi {n},\n\nRe Saturday's viewing: the landlord picked a different tenant and the flat is let.\n\n{sig}\n{co}", ("Keystone Lettings", "Harbour Rentals"), ("keystonelettings", "harbourrentals"), tz=("ie", "nz"))
mo("non_job_rejection_words", "x3", "Ballot result: Festival tickets", "Hi {n},\n\nYour ticket ballot entry wasn't drawn this year. Your card was never charged.\n\nFestival Box Office", "Moorland Folk Festival", "moorlandfolk", frm="Box Office <tickets@{dom}>", tz="yk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"{ch} <messages@{ch.lower()}.example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    head = f"{co}, via {ch}\n\n"
    wr(fam, rej[0], head + rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], head + twin[2], co, dom, frm=via(ch), tz=tz)


pair("hat", "Fernhatchauk", "Blockhouse Millinery", "blockhousemill", "uk",
     ("Hatblocking apprentice", "Hi {n},\n\nYour felt samples were lovely to look at. The hatblocking apprenticeship has gone to a wardrobe hand who has steamed crowns for a theatre, and the place is taken.\n\n{sig}"),
     ("application_received", "Hatblocking apprentice – received", "Hi {n},\n\nNote and photos arrived safe. We pick in a fortnight, and a letter reaches you either way.\n\n{sig}"))
pair("pup", "Fernhatchbittern", "Hobbinlow Puppet Works", "hobbinlowpuppets", "yk",
     ("Puppetmaking assistant", "Now then {n},\n\nTa for sending your carving samples. The puppetmaking assistant spot's been given to a lass from the college course, so we're sorted.\n\nAll t' best,\n{sig}"),
     ("application_received", "Puppetmaking assistant – got it", "Now then {n},\n\nGot your samples, ta. We're only ringing folk we want in the workshop; if you hear owt it'll be within three weeks.\n\n{sig}"))
pair("rush", "Fernhatchcurlew", "Inagh Rushwork", "inaghrush", "ie",
     ("Rushweaving post", "Hi {n},\n\nGood of you to call down to the shed. We've given the rushweaving post to a man who's been seating chairs in Quilty for years. Best of luck.\n\n{sig}"),
     ("application_received", "Rushweaving post", "Hi {n},\n\nYour letter arrived grand. If it's not to be, we'll hold your name till the rush is cut next summer.\n\n{sig}"))
pair("chs", "Fernhatchdunlin", "Curdwell & Wedge", "curdwellwedge", "use",
     ("Cheesemongering position", "Hi {n},\n\nYour tasting stint at the counter was fun. We're hiring a monger who has run an aging room, and your application ends with that.\n\n{sig}"),
     ("application_received", "Cheesemongering position", "Hi {n},\n\nApplication in hand. Two quiet weeks means the spot's filled; a call from us means a tasting shift.\n\n{sig}"))
pair("glb", "Fernhatcheider", "Gorecraft Globe Studio", "gorecraftglobe", "uk",
     ("Globemaking trainee", "Dear {n},\n\nThe globemaking traineeship goes to the applicant whose gore-cutting sample sat nearer what the studio needs.\n\n{sig}"),
     ("application_received", "Globemaking trainee", "Dear {n},\n\nYour sample gore reached us intact. Whichever way it goes, the studio answers every applicant before the month is out.\n\n{sig}"))
pair("dol", "Fernhatchfulmar", "Bisque Lane Doll Hospital", "bisquelane", "usc",
     ("Dollmaking repairer", "Hi {n},\n\nWe appreciated seeing your restoration pieces. The dollmaking repairer role went to a restorer who has worked on bisque heads, and we've stopped recruiting.\n\n{sig}"),
     ("application_received", "Dollmaking repairer", "Hi {n},\n\nYour portfolio is with us. Decline or shortlist, an email will say which; there's no need to phone.\n\n{sig}"))
pair("oys", "Fernhatchgannet", "Tuross Inlet Oyster Co", "turossoyster", "au",
     ("Oysterfarming deckhand", "G'day {n},\n\nThanks for your interest. We've hired two local deckhands for the oysterfarming lease this season, so the job's off the board.\n\n{sig}"),
     ("application_received", "Oysterfarming deckhand", "G'day {n},\n\nCheers, got your details. Job or no job, your name goes down for the winter grading crew.\n\n{sig}"))
pair("swd", "Fernhatchheron", "Atlantic Wrack Harvesters", "atlanticwrack", "ie",
     ("Seaweedharvesting crew", "Hi {n},\n\nWe've filled the seaweedharvesting crew for spring tides with people who hold a boat licence. Thanks for applying."),
     ("interview", "Seaweedharvesting crew – meet us", "Hi {n},\n\nCome to the pier on {dl} at low tide, half eight. Unfortunately the slipway toilets are shut, plan accordingly.\n\n{sig}"))
pair("fth", "Fernhatchibis", "Plumeworks Costume", "plumeworks", "uk",
     ("Featherdressing maker", "Dear {n},\n\nThe featherdressing role has been taken by a maker who built carnival headdresses for six seasons, so we're all booked up.\n\n{sig}"),
     ("interview", "Featherdressing maker – interview", "Dear {n},\n\nCould you pop into the studio {dl}, eleven-ish? Sadly the front door jams, so come round by the side gate.\n\n{sig}"))
pair("twd", "Fernhatchjackdaw", "Scalpay Loom Tweeds", "scalpayloom", "uk",
     ("Tweedweaving apprentice", "Hello {n},\n\nThe tweedweaving apprenticeship has gone to an island weaver who can start at once. Thanks for your letter.\n\n{sig}"),
     ("interview", "Tweedweaving apprentice", "Hello {n},\n\nCome and see the loom shed on {dl}. Unfortunately the ferry timetable has been cut, so catch the early boat.\n\n{sig}"))
pair("spr", "Fernhatchkestrel", "Glenbrae Sporrans", "glenbraesporrans", "uk",
     ("Sporranmaking bench role", "Dear {n},\n\nA leatherworker has been taken on for the sporranmaking bench, which closes the vacancy.\n\n{sig}"),
     ("interview", "Sporranmaking bench role", "Dear {n},\n\nPlease come for a bench trial on {dl} at ten. Regrettably we have no parking, but the bus stops outside.\n\n{sig}"))
pair("sld", "Fernhatchlinnet", "Northbound Sled Works", "northboundsled", "cae",
     ("Sledgemaking helper", "Hi {n},\n\nAbout helping with sledgemaking this winter: We've hired someone from the trail club and we're full up.\n\n{sig}"),
     ("interview", "Sledgemaking helper", "Hi {n},\n\nCan you drop by the shop on {dl}? Sadly the heater's broken, so dress warm.\n\n{sig}"))
pair("snw", "Fernhatchmerlin", "Cedar Lacing Snowshoe Co", "cedarlacing", "cap",
     ("Snowshoemaking lacer", "Hi {n},\n\nThe snowshoemaking lacer role is taken; last winter's lacer returns to it.\n\n{sig}"),
     ("interview", "Snowshoemaking lacer", "Hi {n},\n\nCome by for a lacing test on {dl}. Unfortunately the road is gravel, so allow extra time.\n\n{sig}"))
pair("pdl", "Fernhatchnightjar", "Tawhai Blade Paddles", "tawhaiblade", "nz",
     ("Paddlemaking role", "Kia ora {n},\n\nCheers for applying. A member of our waka club is taking the paddlemaking role.\n\n{sig}"),
     ("next_steps", "Paddlemaking role – sample", "Kia ora {n},\n\nNext, we'd need photos of a blade you've shaped, sent by {dl}. Sadly we can't open large video files.\n\n{sig}"))
pair("dcy", "Fernhatchosprey", "Marshlight Decoys", "marshlightdecoys", "usm",
     ("Decoycarving apprentice", "Hi {n},\n\nThanks for the carving photos. We've selected another applicant for the decoycarving apprenticeship.\n\n{sig}"),
     ("next_steps", "Decoycarving apprentice", "Hi {n},\n\nNext step: carve a small teal head and mail it to us by {dl}. Unfortunately we can't cover postage.\n\n{sig}"))
pair("lob", "Fernhatchplover", "Tusket Pot Makers", "tusketpots", "cae",
     ("Lobsterpotting crew", "Hi {n},\n\nThanks for coming to the wharf. We've picked a fellow with his own gear for the lobsterpotting crew.\n\n{sig}"),
     ("next_steps", "Lobsterpotting crew", "Hi {n},\n\nPlease get your marine first aid proof to us by {dl}. Sadly we can't sign anyone on without it.\n\n{sig}"))
pair("spg", "Fernhatchquail", "Anclote Sponge Dock Co", "anclotespongedock", "use",
     ("Spongediving tender", "Hi {n},\n\nAbout tending on our spongediving boat: The captain has chosen his nephew for the season.\n\n{sig}"),
     ("next_steps", "Spongediving tender", "Hi {n},\n\nTo carry on, email your dive card by {dl}. Unfortunately crooked phone pictures get sent back.\n\n{sig}"))
pair("vin", "Fernhatchredstart", "Fynbos Acetic Cellars", "fynbosacetic", "za",
     ("Vinegarmaking cellar role", "Hi {n},\n\nQuick update: the vinegarmaking cellar role has been filled from our own bottling line.\n\n{sig}"),
     ("next_steps", "Vinegarmaking cellar role", "Hi {n},\n\nThe food-safety quiz needs doing by {dl}. Sadly it refuses to open on phones.\n\n{sig}"))
pair("mst", "Fernhatchskylark", "Boroughbridge Stone Mustard Mill", "boroughbridgemustard", "yk",
     ("Mustardmilling operative", "Hi {n},\n\nWe've taken on an operative for mustardmilling who knows stone mills. Thanks for getting in touch.\n\n{sig}"),
     ("next_steps", "Mustardmilling operative", "Hi {n},\n\nDrop two kinds of ID into the mill office by {dl}. Unfortunately copies won't do.\n\n{sig}"))
pair("sake", "Fernhatchtern", "Pacific Koji Brewing", "pacifickoji", "usp",
     ("Sakebrewing assistant", "Hi {n},\n\nThank you for applying. Our toji has hired a brewer from a Niigata kura, and the sakebrewing assistant post is filled.\n\n{sig}"),
     ("offer", "Sakebrewing assistant – offer", "Hi {n},\n\nSakebrewing assistant: the job's yours, first day {dl}. Unfortunately koji weeks mean clocking on at 5am.\n\n{sig}"))
pair("tea", "Fernhatchvireo", "Nilgiri Leaf Blenders", "nilgirileaf", "in",
     ("Teablending trainee", "Dear {n},\n\nKindly note the teablending trainee vacancy now stands filled. We appreciate the interest shown.\n\n{sig}"),
     ("offer", "Teablending trainee – offer letter", "Dear {n},\n\nHappy to confirm the teablending trainee post for you, joining {dl}. Regret that estate quarters are occupied this month.\n\n{sig}"))
pair("wax", "Fernhatchwren", "Igun Street Bronze Foundry", "igunbronze", "ng",
     ("Waxcasting apprentice", "Dear {n},\n\nThank you for visiting the foundry. The waxcasting apprenticeship has been given to a member of the casters' guild.\n\n{sig}"),
     ("offer", "Waxcasting apprentice", "Dear {n},\n\nThe waxcasting apprenticeship is yours from {dl}. Unfortunately the generator's off being fixed, so week one is mould work only.\n\n{sig}"))
pair("hrn", "Fernhatchyellowhammer", "Garsdale Hornware", "garsdalehornware", "uk",
     ("Hornworking bench hand", "Hi {n},\n\nThanks for your interest. We've filled the hornworking bench post with a former apprentice.\n\n{sig}"),
     ("offer", "Hornworking bench hand – offer", "Hi {n},\n\nThe hornworking bench is yours from {dl}. Bad news: the workshop kettle has died, bring a flask.\n\n{sig}"))
pair("qlt", "Fernhatchzebrafinch", "Prairie Star Quilt Co", "prairiestarquilt", "usc",
     ("Quiltmaking stitcher", "Hi {n},\n\nThanks for the sample block. The quiltmaking stitcher job went to a longarm operator, so it's closed.\n\n{sig}"),
     ("offer", "Quiltmaking stitcher", "Hi {n},\n\nCome stitch with us from {dl}. Unfortunately the longarm is booked mornings, so you'd start on afternoons.\n\n{sig}"))
pair("mir", "Fernhatchcormorant", "Silverback Mirror Co", "silverbackmirror", "au",
     ("Mirrormaking silverer", "G'day {n},\n\nAbout the mirrormaking job: a glazier from the Gold Coast has taken the spot.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-fernhatch", "Fernhatchauk weekly: 9 new workshop jobs", "Hi {n},\n\nNew on Fernhatchauk: hat trimmer, leather stitcher, glass polisher, bench joiner and five more.\n\nChange alert settings in your account.", "Fernhatchauk", "fernhatchauk", frm="Fernhatchauk <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-grant", "Community grant decision", "Dear {n},\n\nThe Small Arts Fund panel met on Wednesday. Your bid for the mural workshop won't receive money this round; requests ran to three times the pot.\n\nGrants Team", "Moorside Arts Fund", "moorsidearts", frm="Grants Team <grants@{dom}>", tz="yk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld 2, swe 2, pol 2, ces 2, ron 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "معصرة وادي الزيتون", "wadizaytoun", "jo",
   ("بخصوص طلبك لوظيفة مشرف المعصرة", "عزيزتي {full}،\n\nوصلتنا رسالتك بخصوص العمل في المعصرة، وشكرًا لك. وقع اختيارنا على زميلة عملت معنا في مواسم القطاف السابقة، فأصبحت الوظيفة مشغولة.\n\nمع خالص التحية،\n{sig}"),
   ("application_received", "تم استلام طلبك", "عزيزتي {full}،\n\nوصلنا طلبك لوظيفة مشرف المعصرة. وسنخبرك بالقرار، أيًّا كان، قبل أن يبدأ القطاف.\n\nمع التحية،\n{sig}"))
lp("de", "de", "Orgelbau Ebersbach", "orgelbau-ebersbach", "de",
   ("Ihre Bewerbung als Orgelbauer/in", "Guten Tag {full},\n\nIhre Mappe mit den Arbeitsproben haben wir gern angesehen. Besetzt haben wir die Stelle jedoch mit einer Orgelbauerin, die schon historische Instrumente restauriert hat. Alles Gute für Ihre Suche.\n\nMit freundlichen Grüßen\n{sig}"),
   ("interview", "Einladung in die Werkstatt", "Guten Tag {full},\n\nhätten Sie am {dl} um 10 Uhr Zeit für einen Besuch in der Werkstatt? Leider ist unsere Einfahrt aufgerissen; Parkplätze gibt es beim Friedhof.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es", "es", "Azafranes La Veguilla", "azafranveguilla", "es",
   ("Sobre la monda de la rosa de este año", "Hola {n}:\n\nTe agradecemos el mensaje. Ya hemos completado la cuadrilla para la monda de la rosa de este otoño con gente del pueblo, así que no podemos contar contigo esta vez.\n\nUn saludo,\n{sig}"),
   ("next_steps", "Documentación pendiente", "Hola {n}:\n\nAntes del {dl} mándanos el DNI escaneado y tu número de afiliación. Por desgracia, si la foto sale borrosa no nos vale.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Distillerie des Lavandes du Ventoux", "lavandesventoux", "fr",
   ("Votre candidature – saisonnier distillation", "Bonjour {full},\n\nVotre lettre nous a touchés. Le poste de saisonnier revient à quelqu'un qui coupe déjà la lavande avec nous depuis deux étés. Bon courage pour la suite.\n\nCordialement,\n{sig}"),
   ("offer", "Proposition d'embauche", "Bonjour {full},\n\nLe poste de saisonnier est pour vous, à compter du {dl}. Malheureusement, nos chambres sur place sont toutes prises ; on vous aidera à dénicher un gîte.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "रंगरेज़ ब्लॉक प्रिंट कार्यशाला", "rangrezblockprint", "in",
   ("छपाई सहायक पद के संबंध में", "प्रिय {n} जी,\n\nछपाई सहायक की जगह बगरू से आए एक पुराने छपाईकार को मिल गई है। इस बार यह काम आपको नहीं सौंपा जा सकेगा।\n\nढेरों शुभकामनाएँ,\n{sig}"),
   ("application_received", "कार्यशाला से सूचना", "प्रिय {n} जी,\n\nकार्यशाला में काम के लिए लिखने का शुक्रिया। मालिक जो भी तय करें, हाँ या ना, हम महीने के अंत तक आपको ख़बर कर देंगे।\n\nसादर,\n{sig}"))
lp("it", "it", "Laboratorio Gelati Casadei", "gelaticasadei", "it",
   ("Candidatura come gelatiere", "Gentile {full},\n\ngrazie del curriculum. Abbiamo preso un gelatiere che conosce già il nostro laboratorio dall'estate passata.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Colloquio in laboratorio", "Gentile {full},\n\nci vediamo il {dl} alle 15 per due chiacchiere? Purtroppo il citofono è guasto: ci chiami quando arriva.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "手打ちそば 松本庵", "matsumotoan", "jp",
   ("ホールスタッフ応募の件", "{full} 様\n\nこのたびは当店の求人にご応募いただき、ありがとうございました。慎重に検討いたしましたが、今回は別の方に決定いたしました。ご希望に添えず申し訳ございません。\n\n{sig}"),
   ("next_steps", "書類ご提出のお願い", "{full} 様\n\n採用手続きのため、{dl}までに履歴書の原本をご郵送ください。あいにく当店ではメールでの受付を行っておりません。\n\n{sig}"))
lp("ko", "ko", "한지공방 닥나무", "daknamu", "kr",
   ("공방 보조 지원 결과 안내", "{full} 님께\n\n보내 주신 지원서는 잘 읽었습니다. 공방 보조 자리는 한지 뜨기를 오래 해 온 마을 분께 맡기게 되었습니다. 기대에 부응하지 못해 송구합니다.\n\n{sig} 드림"),
   ("offer", "채용 확정 안내", "{full} 님께\n\n공방 보조 자리를 맡아 주셨으면 합니다. 첫 출근은 {dl}입니다. 공교롭게도 작업실 보일러가 멈춰서 첫 주에는 옷을 두툼하게 입고 오세요.\n\n{sig} 드림"))
lp("pt", "pt", "Corticeira Vale do Sorraia", "corticeirasorraia", "pt",
   ("A sua candidatura a operador de prensa", "Olá {n},\n\nObrigado por ter pensado na nossa fábrica. A vaga de operador de prensa ficou para um colaborador que já tirava cortiça connosco. Boa sorte na procura.\n\nCumprimentos,\n{sig}"),
   ("interview", "Entrevista na fábrica", "Olá {n},\n\nGostaríamos de conversar consigo no dia {dl}, às 9h30. Infelizmente o portão principal está em obras; entre pelo armazém.\n\nCumprimentos,\n{sig}"))
lp("ru", "ru", "Валяльная мастерская «Тёплый след»", "teplysled", "ru",
   ("Ответ по вакансии валяльщика", "Здравствуйте, {n}!\n\nСпасибо за отклик и фотографии ваших работ. На место валяльщика мы пригласили мастера, который уже работал с нами прошлой зимой, поэтому вакансия закрыта.\n\nС уважением,\n{sig}"),
   ("application_received", "Ваш отклик получен", "Здравствуйте, {n}!\n\nМы получили ваше резюме. Каким бы ни было решение, ответим вам до конца месяца.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Shamba la Viungo Kizimbani", "viungokizimbani", "tz",
   ("Jibu kuhusu kazi ya kiongozi wa ziara", "Habari {n},\n\nBarua yako imefika, asante. Tumempa kazi kijana wa kijijini hapa ambaye tayari anaijua mimea yote ya shamba, kwa hiyo nafasi imejazwa.\n\nKila la heri,\n{sig}"),
   ("next_steps", "Nyaraka zinahitajika", "Habari {n},\n\nKabla ya {dl}, tafadhali tuletee nakala ya kitambulisho, pia barua ya mdhamini wako. Kwa bahati mbaya hatupokei picha za simu.\n\nAsante,\n{sig}"))
lp("th", "th", "โรงทอผ้าไหมบ้านท่าสว่าง", "thasawangsilk", "th",
   ("ผลการสมัครงานช่างทอ", "ถึง คุณ{n}\n\nโรงทอได้รับใบสมัครช่างทอของคุณแล้ว ตำแหน่งนี้ตกเป็นของช่างในหมู่บ้านที่ทอผ้ายกดอกมาหลายปี จึงไม่มีที่ว่างแล้วค่ะ\n\n{sig}"),
   ("interview", "นัดสัมภาษณ์ที่โรงทอ", "ถึง คุณ{n}\n\nอยากชวนมาคุยกันที่โรงทอ {dl} สิบโมงเช้า แต่เสียดายที่ลานหน้าโรงทอปิดปรับพื้นอยู่ ฝากจอดรถหน้าวัดแทนนะคะ\n\n{sig}"))
lp("tr", "tr", "Yağcıbedir Halı Atölyesi", "yagcibedirhali", "tr",
   ("Dokuma ustası başvurunuz hakkında", "Merhaba {n},\n\nBaşvurunuz elimize ulaştı, sağ olun. Bu dönem tezgâhta köyden, yıllardır halı dokuyan bir usta çalışacak; sizinle bu iş için devam edemeyeceğiz.\n\nSaygılarımızla,\n{sig}"),
   ("offer", "İş teklifimiz", "Merhaba {n},\n\nSizi dokuma ekibimize almaktan memnuniyet duyarız; {dl} tarihinde başlayabilirsiniz. Ne yazık ki servisimiz tamirde; ilk hafta atölyeye minibüsle gelirsiniz.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "سیالکوٹ اسٹچ ورکس", "sialkotstitch", "pk",
   ("سلائی سپروائزر کی درخواست", "محترمہ {full}،\n\nآپ کی درخواست موصول ہوئی، شکریہ۔ سلائی سپروائزر کے طور پر ہم نے اپنی ہی ایک پرانی کاریگر کو ترقی دے دی ہے، اس لیے اس عہدے پر مزید بھرتی نہیں ہو گی۔\n\nنیک خواہشات،\n{sig}"),
   ("next_steps", "کاغذات جمع کرائیں", "محترمہ {full}،\n\nبراہ مہربانی {dl} تک دفتر میں اپنا قومی شناختی کارڈ (فوٹو کاپی) اور دو عدد تصاویر پہنچائیں۔ افسوس، ای میل سے آئے کاغذات نہیں لیے جاتے۔\n\nشکریہ،\n{sig}"))
lp("zh", "zh", "云雾山茶园", "yunwushantea", "cn",
   ("关于茶园采茶工岗位的回复", "{full}：您好！\n\n感谢您对我们茶园的关注。经过考虑，我们已经录用了一位有多年炒茶经验的师傅，这个岗位目前已满员。祝您早日找到合适的工作。\n\n{sig}"),
   ("application_received", "简历已收到", "{full}：您好！\n\n您投递的采茶工简历我们已经收到，谢谢您。无论结果如何，我们都会在清明节之前通过电话或短信给您答复，请耐心等待。\n\n{sig}"))
lp("nl1", "nld", "Bollenkwekerij De Zandgrond", "dezandgrond", "nl",
   ("Je sollicitatie als seizoenmedewerker", "Hoi {n},\n\nLeuk dat je wilde komen pellen. De plek gaat naar iemand die vorig voorjaar ook al in onze schuur stond, dus hij is bezet.\n\nHartelijke groet,\n{sig}"),
   ("interview", "Kennismaking op de kwekerij", "Hoi {n},\n\nKun je op {dl} om half tien langskomen? Helaas is de oprit opengebroken, dus parkeer aan de dijk.\n\nGroet,\n{sig}"))
lp("nl2", "nld", "Fietsverhuur Het Wiel", "fietsverhuurwiel", "nl",
   ("Over je sollicitatie", "Hallo {n},\n\nFijn dat je bij de verhuur wilde werken. De baan is naar een kandidaat gegaan die al fietsenmaker is. Succes met je zoektocht!\n\n{sig}"),
   ("application_received", "Sollicitatie ontvangen", "Hallo {n},\n\nJe brief is binnen. Hoe het ook uitvalt, binnen veertien dagen mailen we je.\n\n{sig}"))
lp("sv1", "swe", "Hälsinge Sågverk", "halsingesag", "se",
   ("Angående din ansökan som truckförare", "Hej {n},\n\nTack för din ansökan. Vi har valt att anställa en person som redan kör truck hos oss på timmerplanen, så tjänsten är tillsatt.\n\nVänliga hälsningar,\n{sig}"),
   ("next_steps", "Intyg behövs", "Hej {n},\n\nSkicka gärna en kopia av ditt truckkort senast {dl}. Tyvärr kan vi inte gå vidare utan det.\n\nVänliga hälsningar,\n{sig}"))
lp("sv2", "swe", "Kafé Kanelstången", "kanelstangen", "se",
   ("Din ansökan till kaféet", "Hej {n},\n\nKul att du mejlade om jobbet. Vi har nu anställt en bagare som börjar på måndag, så vi söker inte längre.\n\nHälsningar,\n{sig}"),
   ("offer", "Välkommen till oss!", "Hej {n},\n\nVi vill gärna erbjuda dig jobbet från {dl}. Tyvärr är kaffemaskinen trasig, så första veckan blir det bryggkaffe.\n\nHälsningar,\n{sig}"))
lp("pl1", "pol", "Pracownia Bursztynu Jantarek", "jantarek", "pl",
   ("Odpowiedź w sprawie stanowiska szlifierza", "Szanowna Pani,\n\nPani zgłoszenie do nas dotarło. Szlifierzem zostanie osoba, która od lat obrabia bursztyn, więc tym razem nie możemy Pani zatrudnić.\n\nZ pozdrowieniami,\n{sig}"),
   ("interview", "Zaproszenie na rozmowę", "Szanowna Pani,\n\nzapraszamy na rozmowę {dl} o godzinie 11. Niestety winda w budynku nie działa, pracownia jest na trzecim piętrze.\n\nZ pozdrowieniami,\n{sig}"))
lp("pl2", "pol", "Pierogarnia Pod Kogutem", "podkogutem", "pl",
   ("Praca w kuchni", "Szanowna Pani,\n\ndziękujemy za zainteresowanie pracą u nas. Zatrudniliśmy już kucharkę, która zaczyna od przyszłego tygodnia. Życzymy powodzenia.\n\n{sig}"),
   ("next_steps", "Badania sanepidowskie", "Szanowna Pani,\n\nprosimy o dostarczenie orzeczenia sanepidowskiego do {dl}. Niestety bez niego nie możemy podpisać umowy.\n\n{sig}"))
lp("cs1", "ces", "Sklárna Pod Ještědem", "sklarnajested", "cz",
   ("Vaše žádost o místo brusičky skla", "Vážená paní,\n\nVaše žádost k nám dorazila. Brusičkou bude uchazečka, která u nás loni dělala praxi, takže místo už je obsazené.\n\nS pozdravem\n{sig}"),
   ("application_received", "Potvrzení přijetí žádosti", "Vážená paní,\n\nVaši žádost jsme obdrželi. Ať dopadne výběr jakkoli, ozveme se Vám do konce měsíce.\n\nS pozdravem\n{sig}"))
lp("cs2", "ces", "Rodinný pivovar U Dvou Kohoutů", "dvakohouti", "cz",
   ("Místo výčepní", "Dobrý den,\n\nděkujeme za zaslaný životopis. Na místo výčepní jsme přijali kolegyni ze sousední hospody, takže je obsazeno. Přejeme hodně štěstí.\n\n{sig}"),
   ("interview", "Pozvání na pohovor", "Dobrý den,\n\npřijďte se k nám podívat {dl} ve čtyři odpoledne. Bohužel je u pivovaru rozkopaná silnice, přijďte prosím od nádraží.\n\n{sig}"))
lp("ro1", "ron", "Crama Dealul Viilor", "dealulviilor", "ro",
   ("Răspuns la aplicația dumneavoastră", "Stimată doamnă,\n\nNe-a bucurat scrisoarea dumneavoastră. Locul a revenit unei vecine care culege deja strugurii la noi de câțiva ani, deci nu mai este liber.\n\nCu stimă,\n{sig}"),
   ("offer", "Ofertă de angajare", "Stimată doamnă,\n\nVă oferim postul de la cramă începând cu {dl}. Din păcate, cazarea de la podgorie este plină, așa că vă vom ajuta să găsiți o cameră în sat.\n\nCu stimă,\n{sig}"))
lp("ro2", "ron", "Stâna din Poiana Mare", "stanapoiana", "ro",
   ("Postul de la stână", "Bună ziua,\n\nVă mulțumim că ne-ați scris. Pentru vara aceasta am angajat deja un cioban din sat, deci nu mai avem loc liber.\n\nToate cele bune,\n{sig}"))

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
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 104; this slice, slice 106 and any later one are skipped by number."""
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
