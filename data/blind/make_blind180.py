# ruff: noqa: E501, S311
"""Write the hundred-and-eightieth sealed blind slice for issue 11 (blind-slice-180.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 178; slice 179 and later never read; our side printed)
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

SEED = 1801801
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-180.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 180
SKIP_FROM = 179  # slice 179 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Tendai Moyo-Ncube", "Sipho Dlodlo", "Aanya Shekhawat", "Ravindra Khandelwal", "Jerlyn Cassell",
    "Dorian Ryan-Greenaway", "Kaylee Skookum", "Brody Tetlichi", "Orsolya Bíró", "Bence Halmágyi",
    "Haruka Nishimoto", "Kenji Ogasawara", "Phoebe Arkwright", "Callum Whitfield-Bate", "Niamh Ó Gadhra",
    "Tyrese Halvorsen", "Maddison Pryke", "Rewi Paraone", "Lindiwe Mbatha", "Esmé Dunthorne",
    "Nokuthula Sibanda", "Pradeep Bairwa", "Shaquille Farrell", "Ingrid Sourdough-Lamb", "Zsófia Kertész",
    "Ren Takahara", "Gethin Oldroyd", "Colm Breathnach", "Darla Mcelhinney", "Thandeka Ntuli",
]
REGION_SIGNERS = {
    "uk": ["Beverley Wrench", "Howard Pennington", "Jacinta Moss", "Lorraine Hough", "Stuart Capper", "Denise Latchford"],
    "ie": ["Bríd Cunnane", "Ciarán Feeney", "Orla Hegarty"],
    "us": ["Lorena Whitcomb", "Travis Duquette", "Marcy Oyelaran", "Dale Froehlich"],
    "au": ["Kirrilee Dawes", "Hamish Pell", "Toula Kyriakou"],
    "nz": ["Mereana Tipene", "Angus Lockhart", "Sela Fifita"],
    "za": ["Busisiwe Zungu", "Riaan Steyn", "Thabo Molefe"],
    "zw": ["Sithembiso Ndlovu", "Nomsa Mpofu", "Farai Chikwanha", "Bongani Khumalo"],
    "in": ["Rajendra Singh Rathore", "Sunita Agarwal", "Manish Saini", "Kavita Mathur"],
    "ms": ["Verna Tuitt", "Desmond Fenton", "Claudette Ryan", "Ishmael Sweeney"],
    "yt": ["Shelby Kanagaratnam", "Wade Ritter", "Joelle Blanchard", "Doug Sidney"],
    "hu": ["Katalin Varga", "Gábor Szalai", "Eszter Molnár"],
    "jp": ["Tomoko Hirai", "Daisuke Morimoto", "Yuki Sakurai"],
    "ca": ["Geneviève Roussel", "Parminder Bains", "Rhoda MacIsaac"],
}
GENERAL_SIGNERS = ["Rosalind Achterberg", "Felix Amankwah", "Priya Lakhani", "Tobias Ferreira", "Marguerite Ennis"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "qld": "au", "wa": "au"}
LANG_SIGNERS = {
    "ar": ["ريم العبادي", "سامر الحوراني"], "de": ["Annegret Wiesmüller", "Florian Kettler"],
    "es": ["Begoña Quintanilla", "Ramiro Solís"], "fr": ["Maëlle Rivoire", "Gaspard Lefranc"],
    "hi": ["सरला खंडेलवाल", "विनीत शर्मा"], "it": ["Ornella Capuzzi", "Gianluca Ferretti"],
    "ja": ["高田 恵美", "森本 大輔"], "ko": ["윤서연", "최민호"], "pt": ["Joana Quintela", "Tiago Bragança"],
    "ru": ["Ульяна Бережкова", "Всеволод Кудрин"], "sw": ["Neema Lyimo", "Juma Shayo"],
    "th": ["ลำดวน ชมชื่น", "เกษม ปิ่นทอง"], "tr": ["Elif Yücel", "Burak Aksoy"],
    "ur": ["ثمینہ خالد", "عمران جاوید"], "zh": ["赵雪梅", "孙建国"],
    "cat": ["Montserrat Puigdomènech", "Jordi Vilaró"], "glg": ["Uxía Castiñeiras", "Brais Otero"],
    "afr": ["Marieke du Toit", "Hennie Bezuidenhout"], "isl": ["Hrafnhildur Björnsdóttir", "Einar Steingrímsson"],
    "nor": ["Solveig Haugland", "Torbjørn Eide"], "dan": ["Mette Kjærgaard", "Rasmus Holmgaard"],
    "fin": ["Aino Kettunen", "Jussi Heikkilä"], "est": ["Piret Laur", "Tarmo Kuusk"],
    "slv": ["Mojca Zupančič", "Matej Kovačič"], "srp": ["Снежана Ђорђевић", "Владимир Илић"],
}
LANG_RECIPIENTS = {
    "ar": ["لمى الشريف", "طارق النابلسي"], "de": ["Johanna Reißig", "Maximilian Stöhr"],
    "es": ["Lucía Barrientos", "Hugo Cifuentes"], "fr": ["Anaïs Berthelot", "Quentin Morvan"],
    "hi": ["नेहा राठौड़", "अंकित जोशी"], "it": ["Beatrice Zanetti", "Davide Moretti"],
    "ja": ["佐藤 美咲", "中村 拓海"], "ko": ["이수진", "강태윤"], "pt": ["Inês Sardinha", "Duarte Meireles"],
    "ru": ["Анна Ефимова", "Кирилл Захаров"], "sw": ["Upendo Massawe", "Hamisi Mrema"],
    "th": ["กนกพร ทองดี", "ภานุวัฒน์ สุขใจ"], "tr": ["Selin Arslan", "Onur Çelik"],
    "ur": ["حنا رشید", "بلال احمد"], "zh": ["李佳怡", "黄子轩"],
    "cat": ["Núria Ferrer", "Pol Casals"], "glg": ["Antía Lousada", "Xoán Rivas"],
    "afr": ["Elmarie Visser", "Wian Joubert"], "isl": ["Katrín Pálsdóttir", "Arnar Gunnarsson"],
    "nor": ["Ingrid Strand", "Sindre Lunde"], "dan": ["Freja Sørensen", "Mads Lauritsen"],
    "fin": ["Emmi Laaksonen", "Ville Niskanen"], "est": ["Kertu Ilves", "Siim Rebane"],
    "slv": ["Tjaša Novak", "Luka Horvat"], "srp": ["Теодора Марковић", "Никола Павловић"],
}
GIVEN = {"Ngaio Te Rangi": "Ngaio", "Niamh Ó Gadhra": "Niamh", "Rajendra Singh Rathore": "Rajendra"}
PROVIDERS = ["sloebox", "quillpost", "gannetmail", "birchbox", "owlpost", "damsonmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"),
    "dk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "yt": ("-0700", None, ""),
    "ms": ("-0400", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "zw": ("+0200", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "br": ("-0300", None, ""),
    "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "wa": ("+0800", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "yt")
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
QNOTE = "\n{sf} – ta muchly for Thursday's wander round the sheds. Forklift card and DBS scans ride along here.\n{n}"
FOOT = "\n\n~~ {CO} · SLOEHARBOUR CAREERS ~~\nFresh openings reach the Sloeharbour board each Wednesday noon; let Plumwhistle ping you when one suits your postcode. Thistlecomb, our quarterly gazette, runs shift swaps and allotment tips. Text HUSHPLUM to mute all this. Replies here go unread; applicant files are wiped after 31 months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Careers <no-reply@{dom}>"
mr("wday", "Update on requisition {ref}: {role}", "Hello {n},\n\nCandidate Hub lists {role} (req. {ref}) as \"Closed – Alternate Applicant Selected\", meaning your file stops at this point and goes no further. Those questionnaire hours were noticed, truly.\n\nTalent Acquisition\n{co}", ("Marbury Salt Packing", "Hillside Textile Mills"), ("marburysalt", "hillsidetextiles"), frm=ATS, role=("Bagging Line Operative", "Loom Fitter"), tz=("uk", "zw"))
mr("ghouse", "{co}: your {role} interviews", "Hi {n},\n\nThanks for lending the panel an afternoon. Once the three interviewers pooled their scribbles, the call on {role} came out against an offer to you. Smooth sailing onward.\n\n{sig}\nRecruiting, {co}", ("Jhotwara Marble Cutters", "Klondike Placer Supply"), ("jhotwaramarble", "klondikeplacer"), role=("CNC Slab Programmer", "Counter Sales Lead"), tz=("in", "yt"))
mr("lever", "About {role} at {co}", "Dear {n},\n\n{role} closed with somebody else now sitting in it, so your application halts. On request your CV idles in the Marrowquist alumni list seven months; answer QUITPARK to skip.\n\nBest,\n{sig}", ("Knutsford Saddle & Feed", "Debrecen Bus Parts Kft."), ("knutsfordfeed", "debrecenbusparts"), role=("Yard Storeperson", "Warranty Clerk"), tz=("uk", "hu"))
mr("smartr", "{role} – result", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – role filled by another candidate</td></tr></table><p>Grateful you took part. {co} People Team</p></body></html>", ("Osaka Bearing Co.", "Nkulumane Clinic Trust"), ("osakabearing", "nkulumaneclinic"), frm=ATS, role=("Quality Inspector", "Dispensary Assistant"), tz=("jp", "zw"))
mr("icims", "Application {ref} – {co}", "Dear {n},\n\nForms for {role} get sifted against the advert's must-haves. Yours lacked {x}, flagged there as essential, so it halts at the sift this round. Reapply any time after you've got one.\n\n{co} Recruitment", ("Whitehorse Northern Aviation", "Plymouth Sands Aggregates"), ("whnorthernair", "plymouthsands"), frm=ATS, role=("Ramp Agent", "Loader Driver"), x=("airside vehicle permit", "heavy plant ticket"), tz=("yt", "ms"))
mr("taleo", "Requisition {ref} closed", "Dear {n},\n\nRequisition {ref} ({role}) is filled and shut. Against this vacancy your candidate profile now reads Inactive, and nobody will revisit it. {co} appreciates the interest shown.\n\nThis is an automated message.", ("Tulsa Lift & Escalator Service", "Ballarat Wool Scourers"), ("tulsalift", "ballaratwool"), frm=ATS, role=("Apprentice Lift Mechanic", "Scour Line Hand"), tz=("usc", "au"))
mr("wkable", "Your trial day at {co}", "Hi {n},\n\nCheers for the trial shift on the {x}. Over a fortnight we watched several hopefuls, and another of them gets the job. Lovely seeing you graft; maybe our paths meet again.\n\n{sig}", ("Tarporley Dairy Labs", "Emerald Isle Volcano Tours"), ("tarporleydairy", "volcanotoursmni"), role=("Lab Technician", "Tour Guide"), x=("milk sampling bench", "Jack Boy Hill viewing deck"), tz=("uk", "ms"))
mr("bamboo", "{role} – outcome", "Dear {n},\n\nThe {role} vacancy went to an in-house applicant already fluent with our kit, which ends your application with us. Thanks for waiting out our deliberations.\n\nKind regards,\n{sig}\nHR, {co}", ("Győr Gearbox Kft.", "Lobengula Motors"), ("gyorgearbox", "lobengulamotors"), role=("Assembly Team Leader", "Parts Interpreter"), tz=("hu", "zw"))
mr("ttailor", "News about {role}", "Hey {n}!\n\nShort and honest: {role} went to somebody else this time. The crew liked your answers; one person's availability just suited the shift pattern better. Watch our page, eh!\n\nCheers,\n{sig} at {co}", ("Riverdale Snow Clearing", "Nelson Bay Bike Hire"), ("riverdalesnow", "nelsonbaybikes"), role=("Plough Driver", "Workshop Mechanic"), tz=("yt", "nz"))
mr("pinpnt", "{role}: scoring result", "Dear {n},\n\nEvery {role} application got marked on the published criteria. You scored {x}; shortlisting began at {y}, so an interview invitation cannot follow. Appreciated the effort put in.\n\n{co} Recruitment Team", ("Mansarovar Software Services", "Kobe Harbour Logistics KK"), ("mansarovarsoft", "kobeharbourlog"), frm=ATS, role=("Junior QA Analyst", "Customs Documentation Clerk"), x=("21 of 40", "52%"), y=("27", "64%"), tz=("in", "jp"))
mr("jazz", "Re your application, {n}", "Alright {n} love,\n\nQuick word: another lad's got {role}, so it's no this round. Ta for popping in for a brew. Ta-ra for now.\n\n{sig}\n{co}", ("Northwich Canal Boatyard Café", "Middlewich Rope Works"), ("northwichcafe", "middlewichrope"), role=("Kitchen Porter", "Rope Winder"), tz=("uk", "uk"))
mr("ashby", "{co} – {role}", "Hi {n},\n\nBoth founders sat with every {role} finalist. Following a long wrangle they picked somebody else, which closes things for you here. Loved the candid chat about your last startup.\n\n{sig}", ("Kimberley Carbon Labs", "Szeged Paprika Mill"), ("kimberleycarbon", "szegedpaprika"), role=("Data Engineer", "Export Coordinator"), tz=("za", "hu"))
mr("season", "{co} crew for the season", "Hi {n},\n\nReturning hands have claimed every bunk in this season's {role} crew, with zero left over for you. Ask and we'll hold your form over till next season.\n\n{sig}", ("Matobo Hills Thatching Crew", "Yukon Dog Mushing Tours"), ("matobothatch", "yukonmushing"), role=("thatching", "kennel"), tz=("zw", "yt"))
mr("once1", "Your application – Macclesfield Canal Trust", "Hiya {n},\n\nThanks ever so for going for Lock Volunteer Coordinator. Loads applied and, after much chinwagging, the committee gave it to somebody else. Don't be nesh about trying again!\n\n{sig}", "Macclesfield Canal Trust", "macccanaltrust", tz="uk")
mr("once2", "Salibonani {n} – Sales Rep post", "Salibonani {n},\n\nSiyabonga for applying as Sales Representative. Kindly note another candidate now occupies the post, hence we cannot consider you. Hamba kahle.\n\n{sig}\nHR Office, Ntabazinduna Milling", "Ntabazinduna Milling", "ntabamilling", tz="zw")
mr("once3", "Regarding your application – Pink City Gem Cutting", "Khamma Ghani {n} ji,\n\nYour candidature for Gem Polisher could not be shortlisted, as management preferred candidates having more faceting exposure. Kindly avoid replying on this mail id.\n\nRegards,\n{sig}", "Pink City Gem Cutting", "pinkcitygems", tz="in")
mr("once4", "Brades Hardware – the counter job", "Hello {n},\n\nWe sorry to tell you the counter job at Brades Hardware gone to somebody else. You did good at the talk, we was just looking for somebody who know plumbing parts. Bless up and tek care.\n\n{sig}", "Brades Hardware", "bradeshardware", tz="ms")
mr("once5", "Heli-Tech Yukon: Hangar Assistant", "Hey {n},\n\nThanks for applying for Hangar Assistant, eh. We ended up hiring someone with AME papers in hand, which wraps it up for you. Günilschish for your interest, and bundle up out there.\n\n{sig}\nHeli-Tech Yukon", "Heli-Tech Yukon", "helitechyukon", tz="yt")
mr("once6", "Information about your application", "Dear Mister {n},\n\nWe inform you our choice for Logistics Planner position fell to other applicant. Thanking the interest toward Pécsi Fuvar Kft., we wish much success.\n\nKind regards:\n{sig}", "Pécsi Fuvar Kft.", "pecsifuvar", tz="hu")
mr("once7", "Result of selection – Sapporo Snow Tires", "Dear {n},\n\nThank you very much for applying to Sapporo Snow Tires KK. After deep consideration, this time we could not answer your hopes, with apology. We sincerely pray for your further success.\n\n{sig}\nHuman Resources", "Sapporo Snow Tires KK", "sapporosnowtires", tz="jp")
mr("once8", "Swindon Brake Parts – Stores Controller", "Dear {n},\n\nThanks for your Stores Controller application. Having read them all, other candidates go forward instead of you. Swindon Brake Parts values your interest.\n\n{sig}", "Swindon Brake Parts", "swindonbrakes", tz="uk")
mr("once9", "Athlone Vet Supplies – application", "Hi {n},\n\nThanks a million, {n}, re Field Sales. The answer's no, I'm afraid; we went for a rep already calling on the midlands farms. Best of luck.\n\n{sig}", "Athlone Vet Supplies", "athlonevet", tz="ie")
mr("once10", "Your application with Bloemfontein Truck Tyres", "Hi {n},\n\nThanks for the Fitment Supervisor application. We appointed somebody with retreading years, so yours ends here. Sterkte, hey.\n\n{sig}", "Bloemfontein Truck Tyres", "bfntrucktyres", tz="za")
mr("once11", "Invercargill Extrusions – Die Setter", "Kia ora {n},\n\nThanks heaps for going for Die Setter. An appointment's been made and it's somebody else. Your details sit with us half a year. Ngā mihi.\n\n{sig}", "Invercargill Aluminium Extrusions", "invercargillext", tz="nz")
mr("once12", "Toowoomba Grain Silos – Weighbridge Operator", "G'day {n},\n\nAppreciate your go at Weighbridge Operator. A local bloke with silo tickets got it; yours stops there. All the best.\n\n{sig}", "Toowoomba Silo Services", "toowoombasilo", tz="qld")
mr("once13", "Your application to Fargo Seed Cleaning", "Hi {n},\n\nThanks for eyeing our Seed Plant Operator role. Another applicant is getting it; yours is declined. Future openings are fair game.\n\n{sig}", "Fargo Seed Cleaning", "fargoseed", tz="usc")
mr("once14", "Bulawayo Bus Company – Conductor vacancy", "Dear {n},\n\nYour application for Conductor refers. Regrettably it was unsuccessful at the selection sitting. Siyabonga for choosing Bulawayo Bus Company.\n\n{sig}\nHuman Resources", "Bulawayo Bus Company", "byobusco", tz="zw")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr-out1", "RE: [EXT] Re: {role} – next steps?", "Hi {n},\n\nSmashing to get your note, scans and all. The lads still mention your brine-pump questions. The directors have given the {role} post to {x}, who ran our {y} line for four years; she starts Monday.\n\nAll the best,\n{sig}\n\n{OUT}", ("Marbury Salt Packing", "Hillside Textile Mills"), ("marburysalt", "hillsidetextiles"), role=("Shift Supervisor", "Weaving Supervisor"), x=("Lorna Pickering", "Ruvimbo Sibanda"), y=("Winsford", "Belmont"), tz=("uk", "zw"))
mr("thr-orig", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nYour warm note arrived; chai with you after the panel brightened our week. The committee has selected {x} from our {y} office for the {role} position.\n\nWith best wishes,\n{sig}\n\n{ORIG}", ("Mansarovar Software Services", "Kobe Harbour Logistics KK"), ("mansarovarsoft", "kobeharbourlog"), role=("Team Lead – Testing", "Forwarding Coordinator"), x=("Mr Harsh Vardhan Meena", "Ms Aiko Fujimura"), y=("Vaishali Nagar", "Rokko Island"), tz=("in", "jp"))
mr("thr-rule", "RE: [EXT] Re: Follow-up – {role}", "Hey {n},\n\nYour message made my morning, and the hangar crew still talk about your energy on the tour. The chief pilot has picked {x}, who flew medevac out of {y} for five winters, for the {role} seat. Stay warm up there.\n\n{sig}\n\n{RULE}", ("Whitehorse Northern Aviation", "Heli-Tech Yukon"), ("whnorthernair", "helitechyukon"), role=("First Officer", "Line Pilot"), x=("Mika Sørlie", "Jared Peterson"), y=("Old Crow", "Inuvik"), tz=("yt", "yt"))
mr("thr-gm1", "RE: [EXT] Re: Thank you!", "Hi {n},\n\nYour thank-you card made the whole office grin. Hearing about the Lisbon project over coffee was a treat. After a long debate, {co} has chosen {x}, a long-time contractor of ours, to take the {role} role forward.\n\nWarmly,\n{sig}\n\n{GM}", ("Kimberley Carbon Labs", "Szeged Paprika Mill"), ("kimberleycarbon", "szegedpaprika"), role=("Data Engineer", "Export Coordinator"), x=("Pieter Louw", "Mrs Réka Farkas"), tz=("za", "hu"))
mr("thr-out2", "RE: [EXT] Re: {role} – quick question", "Hello {n},\n\nSuch a kind message. Desmond was chuffed you remembered his dog's name. The board has appointed {x} to the {role} job; he joins us from the {y} crusher next month.\n\nBless,\n{sig}\n\n{OUT}", ("Plymouth Sands Aggregates", "Emerald Isle Volcano Tours"), ("plymouthsands", "volcanotoursmni"), role=("Site Foreman", "Senior Guide"), x=("Kelvin Daley", "Rochelle Allen"), y=("Trants", "Belham"), tz=("ms", "ms"))
mr("thr-orig2", "RE: [EXT] Re: after Tuesday", "Dear {n},\n\nMany thanks for the second letter. Your presentation delighted the room, as did and the careful answers on gearbox tolerances. Management has offered the {role} position to {x}, and he has accepted it.\n\nKind regards:\n{sig}\n\n{ORIG}", ("Győr Gearbox Kft.", "Debrecen Bus Parts Kft."), ("gyorgearbox", "debrecenbusparts"), role=("Process Engineer", "Purchasing Specialist"), x=("Mr Dániel Tóth", "Mr Ákos Németh"), tz=("hu", "hu"))
mr("thr-rule2", "RE: [EXT] Re: {role}", "Hi {n},\n\nYour follow-up landed safely, drawings too. The yard enjoyed the morning. Our owners have settled on {x}, who already drives for our {y} depot, as the new {role}.\n\nTake care,\n{sig}\n\n{RULE}", ("Tulsa Lift & Escalator Service", "Toowoomba Silo Services"), ("tulsalift", "toowoombasilo"), role=("Field Technician", "Site Coordinator"), x=("Brent Kowalski", "Shane Dwyer"), y=("Broken Arrow", "Oakey"), tz=("usc", "qld"))
mr("thr-gm2", "RE: [EXT] Re: Lovely to meet you", "Hi {n},\n\nYou're very welcome, and it was a pleasure on our side too. Everyone at the stables loved how calm you were with the new pony. The partners have gone with {x}, one of our Saturday riders, for the {role} post.\n\nWarm wishes,\n{sig}\n\n{GM}", ("Knutsford Saddle & Feed", "Nelson Bay Bike Hire"), ("knutsfordfeed", "nelsonbaybikes"), role=("Yard Manager", "Store Manager"), x=("Millie Adshead", "Tama Whaanga"), tz=("uk", "nz"))
# ---- 8 clear refusals under long footers
mr("foot1", "Your application for {role}", "Dear {n},\n\nYour {role} application has been read and stops at this point.\n\n{co} Recruitment{FOOT}", ("Swindon Brake Parts", "Athlone Vet Supplies"), ("swindonbrakes", "athlonevet"), frm=ATS, role=("Buyer", "Warehouse Picker"), tz=("uk", "ie"))
mr("foot2", "{role} – decision", "Hi {n},\n\nHaving looked over your {role} application, we'll pass for now.\n\nThanks,\n{co}{FOOT}", ("Riverdale Snow Clearing", "Fargo Seed Cleaning"), ("riverdalesnow", "fargoseed"), frm=ATS, role=("Grader Operator", "Maintenance Tech"), tz=("yt", "usc"))
mr("foot3", "Application outcome – {co}", "Dear {n},\n\nWith regret: your {role} application did not succeed.\n\nPeople Services, {co}{FOOT}", ("Lobengula Motors", "Bloemfontein Truck Tyres"), ("lobengulamotors", "bfntrucktyres"), frm=ATS, role=("Panel Beater", "Fleet Clerk"), tz=("zw", "za"))
mr("foot4", "{co}: {role}", "Hello {n},\n\nHiring managers have declined your {role} application. Thanks for the time given.\n\n{co} Talent{FOOT}", ("Sapporo Snow Tires KK", "Ballarat Wool Scourers"), ("sapporosnowtires", "ballaratwool"), frm=ATS, role=("Overseas Sales Staff", "Boiler Attendant"), tz=("jp", "au"))
# ---- 9 hedged refusals
mr("hedge1", "{role} at {co}", "Hi {n},\n\nThanks for chatting about {role}. With everyone met, a couple of others sat nearer the crew's winter needs. Enjoyed our talk.\n\n{sig}", ("Klondike Placer Supply", "Invercargill Aluminium Extrusions"), ("klondikeplacer", "invercargillext"), role=("Inventory Lead", "Shift Engineer"), tz=("yt", "nz"))
mr("hedge2", "Following up – {role}", "Dear {n},\n\nThank you for waiting. Since we spoke the organisation has steered {role} elsewhere, and the hire went another route. We valued your thoughtful application.\n\n{sig}, {co}", ("Nkulumane Clinic Trust", "Tarporley Dairy Labs"), ("nkulumaneclinic", "tarporleydairy"), role=("Outreach Nurse", "Lab Manager"), tz=("zw", "uk"))
mr("hedge3", "Your conversation with {co}", "Dear {n},\n\nMeeting you was a pleasure. Other profiles for {role} aligned somewhat better with the client accounts we are building in Kansai. We appreciate your openness and wish you a good season.\n\n{sig}", ("Osaka Bearing Co.", "Pink City Gem Cutting"), ("osakabearing", "pinkcitygems"), role=("Account Manager", "Showroom Executive"), tz=("jp", "in"))
mr("hedge4", "Assistant Harbour Clerk", "Hello {n},\n\nThank you for the chat last week. Another applicant's shipping background suits Little Bay a touch better just now. Do keep well.\n\n{sig}\nMontserrat Port Services", "Montserrat Port Services", "mniportservices", tz="ms")
mr("hedge5", "Product Owner – Szeged", "Dear {n},\n\nWe inform you that the profile of some other applicants corresponds more to our present needs. We thank you the time.\n\nKind regards:\n{sig}\nSzeged Paprika Mill", "Szeged Paprika Mill", "szegedpaprika", tz="hu")
mr("hedge6", "Parts Advisor update", "Hi {n},\n\nQuick one: the owners have decided to fill the Parts Advisor gap differently, through a promotion in the workshop. Thanks for coming by.\n\n{sig}\nBloemfontein Truck Tyres", "Bloemfontein Truck Tyres", "bfntrucktyres", tz="za")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("recr1", "After our call – {role}", "Hi {n},\n\nGood chatting yesterday. {co} came back: {role} is going to another candidate. Meanwhile, a {x} vacancy in {y} matches your background nicely; shall I submit you? Thursday any good?\n\n{sig}\nCheshire Gap Recruitment", ("Marbury Salt Packing", "Middlewich Rope Works"), ("cheshiregaprec", "cheshiregaprec"), role=("Shift Supervisor", "Production Lead"), x=("Warehouse Team Leader", "Maintenance Planner"), y=("Crewe", "Winsford"), tz=("uk", "uk"))
mr("recr2", "{role} feedback and something else", "Hey {n},\n\nThanks for the phone time. Client passed on you for {role}, wanting more winter ops hours. Meanwhile a {x} job turned up this morning that you'd nail. Send your CV across today?\n\n{sig}\nNorth of Sixty Staffing", ("Whitehorse Northern Aviation", "Riverdale Snow Clearing"), ("northofsixtystaff", "northofsixtystaff"), role=("Ramp Lead", "Dispatch Coordinator"), x=("Airport Fuel Handler", "Fleet Scheduler"), tz=("yt", "yt"))
mr("recr3", "Update from Rathore Talent", "Dear {n},\n\nAs discussed telephonically, client closed Senior Tester with another profile, so your candidature stops there. However one Automation Engineer opening is there at a Malviya Nagar firm. Kindly confirm interest by Friday.\n\n{sig}\nRathore Talent Partners", "Rathore Talent Partners", "rathoretalent", tz="in")
mr("recr4", "Your Tokyo application – and an option", "Dear {n},\n\nGrateful for our call. Kobe Harbour Logistics has selected another person as bilingual coordinator. Meanwhile, an import planner vacancy in Yokohama may suit you; may I introduce you?\n\n{sig}\nKansai Bridge Careers", "Kansai Bridge Careers", "kansaibridge", tz="jp")
mr("recr5", "Quick update, {n}", "Hi {n},\n\nAs promised after our chat: Lobengula Motors have given the workshop controller job to another applicant. The good news is a service advisor post at a Famona dealership opened this morning. Shall I send them your details?\n\n{sig}\nMatopos Recruitment", "Matopos Recruitment", "matoposrec", tz="zw")
# ---- 8 public-sector notices
mr("pub1", "Notice of referral outcome – {role}", "Dear {n},\n\nRating placed you eligible for {role} (announcement {ref}), though below the top-ranked group sent to the hiring official; this announcement closes for you.\n\n{co}", ("Yukon Public Service Commission", "Cheshire West Council Resourcing"), ("yukonpsc", "cheshirewestjobs"), frm=ATS, role=("Program Officer", "Licensing Officer"), tz=("yt", "uk"))
mr("pub2", "Application {ref}: eligibility", "Dear {n},\n\nAssessment found your {role} application ineligible, with {x} missing at closing. It cannot move to shortlisting.\n\n{co}", ("Rajasthan Staff Selection Cell", "Bulawayo City Council Human Resources"), ("rajstaffcell", "byocityhr"), frm=ATS, role=("Junior Assistant", "Meter Reader"), x=("a certified copy of your domicile certificate", "a certified copy of your O-Level results"), tz=("in", "zw"))
mr("pub3", "Cancellation of vacancy {ref}", "Dear {n},\n\nVacancy {ref} ({role}) is withdrawn and remains unfilled. All lodged applications, yours too, are closed. Appreciation for wishing to serve Montserrat's public.\n\n{co}", ("Government of Montserrat Human Resources", "Hungarian Customs Regional Office, Győr"), ("gomhr", "vamgyor"), frm=ATS, role=("Customs Clerk", "Border Clerk"), tz=("ms", "hu"))
mr("pub4", "Written examination result – {role}", "Dear {n},\n\nWritten examination, {role}: you scored {x} against a board qualifying mark of {y}. Interviews are closed to you in this recruitment.\n\n{co}", ("Osaka Prefectural Personnel Office", "Western Australian Public Sector Recruitment"), ("osakapersonnel", "wapsrecruit"), frm=ATS, role=("Administrative Staff (Grade 1)", "Court Clerk"), x=("58 points", "61 marks"), y=("66 points", "70 marks"), tz=("jp", "wa"))
# ---- 6 bare ATS status updates
mr("stat1", "Status update: {role}", "Hello {n},\n\nStatus changed for {role} ({ref}): application now marked as no longer being considered.\n\n{co}", ("Fargo Seed Cleaning", "Swindon Brake Parts"), ("fargoseed", "swindonbrakes"), frm=ATS, role=("Forklift Operator", "Parts Picker"), tz=("usc", "uk"))
mr("stat2", "Application status changed", "<html><body><p>{n},</p><p>Application: <b>{role}</b></p><p>Flag set today: <b>No longer under consideration</b></p><p>{co} candidate portal</p></body></html>", ("Kimberley Carbon Labs", "Tulsa Lift & Escalator Service"), ("kimberleycarbon", "tulsalift"), frm=ATS, role=("Analytics Intern", "Dispatch Clerk"), tz=("za", "usc"))
mr("stat3", "{co} – application {ref}", "<html><body><p>Hi {n}, your application {ref} for {role} has changed status.</p><p>Current status: <i>Not progressing</i></p></body></html>", ("Ballarat Wool Scourers", "Nelson Bay Bike Hire"), ("ballaratwool", "nelsonbaybikes"), frm=ATS, role=("Lab Assistant", "Sales Assistant"), tz=("au", "nz"))
# ---- 6 internship / graduate decisions
mr("intern1", "{x} – decision", "Dear {n},\n\nOver 900 people sought 14 seats on the {x}, and yours will not be among this intake's offers. Consider us again once you graduate.\n\n{co} Early Careers", ("Osaka Bearing Co.", "Mansarovar Software Services"), ("osakabearing", "mansarovarsoft"), frm=ATS, x=("2026 Summer Engineering Internship", "Winter Internship Programme"), tz=("jp", "in"))
mr("intern2", "Graduate Programme {ref}", "Dear {n},\n\nPost assessment centre, the panel withheld a {x} place from you. Your results stay on record twelve months.\n\n{co}", ("Hillside Textile Mills", "Pécsi Fuvar Kft."), ("hillsidetextiles", "pecsifuvar"), x=("Graduate Trainee Scheme", "Graduate Logistics Programme"), tz=("zw", "hu"))
mr("intern3", "Your summer placement application", "Hi {n},\n\nSummer placements at {co} are all {x} allocated, none to you this year. Good luck with your studies.\n\n{sig}", ("Yukon Dog Mushing Tours", "Macclesfield Canal Trust"), ("yukonmushing", "macccanaltrust"), x=("six", "four"), tz=("yt", "uk"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Application received: {role} ({ref})", "Hello {n},\n\nYour {role} application sits in Candidate Hub, which tracks each stage: Received, Screening, Interview, Offer, or \"Closed – Alternate Applicant Selected\" if the post goes elsewhere.\n\nTalent Acquisition, {co}", ("Marbury Salt Packing", "Hillside Textile Mills"), ("marburysalt", "hillsidetextiles"), frm=ATS, role=("Forklift Driver", "Spinning Operative"), tz=("uk", "zw"))
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application arrived. Should hiring managers pass on it, a note saying so comes too; nobody here leaves folk guessing.\n\n{sig}, Recruiting", ("Jhotwara Marble Cutters", "Klondike Placer Supply"), ("jhotwaramarble", "klondikeplacer"), role=("Polishing Supervisor", "Yard Hand"), tz=("in", "yt"))
mo("application_received", "a3", "We've got it – {role}", "Dear {n},\n\nYour {role} application landed. Whatever the outcome, your CV idles in the Marrowquist alumni list seven months unless you answer QUITPARK.\n\n{sig}", ("Knutsford Saddle & Feed", "Debrecen Bus Parts Kft."), ("knutsfordfeed", "debrecenbusparts"), role=("Delivery Driver", "Inventory Clerk"), tz=("uk", "hu"))
mo("application_received", "a4", "{role} – application logged", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Where it sits</td><td>Logged</td></tr><tr><td>What may follow</td><td>Shortlisted / Interview / Unsuccessful</td></tr></table><p>{co} People Team</p></body></html>", ("Osaka Bearing Co.", "Nkulumane Clinic Trust"), ("osakabearing", "nkulumaneclinic"), frm=ATS, role=("Machine Operator", "Records Clerk"), tz=("jp", "zw"))
mo("application_received", "a5", "Application {ref} received", "Dear {n},\n\nYour {role} form reached us. Forms missing any essential from the advert get closed at the sift; complete ones get a recruiter's call within ten working days.\n\n{co} Recruitment", ("Whitehorse Northern Aviation", "Plymouth Sands Aggregates"), ("whnorthernair", "plymouthsands"), frm=ATS, role=("Cargo Agent", "Weighbridge Clerk"), tz=("yt", "ms"))
mo("application_received", "a6", "Requisition {ref}: application received", "Dear {n},\n\nApplication for {role} logged. If the requisition goes elsewhere, your profile flips to Inactive and an automated notice follows.\n\nThis is an automated message.", ("Tulsa Lift & Escalator Service", "Ballarat Wool Scourers"), ("tulsalift", "ballaratwool"), frm=ATS, role=("Service Coordinator", "Wool Classer"), tz=("usc", "au"))
mo("application_received", "a7", "Thanks for applying, {n}", "Hi {n},\n\nYour {role} application's here, cheers. Liking it means a paid trial shift invite; otherwise a quick note lands all the same.\n\n{sig}", ("Tarporley Dairy Labs", "Emerald Isle Volcano Tours"), ("tarporleydairy", "volcanotoursmni"), role=("Sampling Technician", "Driver Guide"), tz=("uk", "ms"))
mo("application_received", "a8", "We received your application", "Dear {n},\n\nYour {role} application is logged. Internal applicants get looked at first; if a colleague lands the post, an email tells you.\n\n{sig}, HR", ("Győr Gearbox Kft.", "Lobengula Motors"), ("gyorgearbox", "lobengulamotors"), role=("CNC Setter", "Spray Painter"), tz=("hu", "zw"))
mo("application_received", "a9", "Woohoo, your application landed!", "Hey {n}!\n\nYour {role} application's in. Our crew reads each one; picked or passed over, some real human here writes back, eh.\n\n{sig} at {co}", ("Riverdale Snow Clearing", "Nelson Bay Bike Hire"), ("riverdalesnow", "nelsonbaybikes"), role=("Sander Truck Driver", "Rental Host"), tz=("yt", "nz"))
mo("application_received", "a10", "{role}: application confirmed", "Dear {n},\n\nYour {role} application stands logged. Scoring follows the published criteria; anyone under the shortlist mark gets an email and no interview.\n\n{co} Recruitment Team", ("Mansarovar Software Services", "Kobe Harbour Logistics KK"), ("mansarovarsoft", "kobeharbourlog"), frm=ATS, role=("Support Engineer", "Warehouse Planner"), tz=("in", "jp"))
mo("application_received", "a11", "Got your application, {n}", "Alright {n},\n\nTa for your {role} form. Hear nowt inside three weeks and it's gone elsewhere, love. Fingers crossed though.\n\n{sig}", ("Northwich Canal Boatyard Café", "Middlewich Rope Works"), ("northwichcafe", "middlewichrope"), role=("Counter Assistant", "Splicer"), tz=("uk", "uk"))
mo("application_received", "a12", "Application received – {co}", "Hi {n},\n\nYour {role} application arrived. Both founders read each one; expect yes-or-no word within fourteen days.\n\n{sig}", ("Kimberley Carbon Labs", "Szeged Paprika Mill"), ("kimberleycarbon", "szegedpaprika"), role=("Backend Developer", "Quality Controller"), tz=("za", "hu"))
mo("application_received", "a13", "{co}: crew application received", "Hi {n},\n\nYour {role} crew form is in. Returning hands pick bunks first; should they take them all, your form carries into next season anyhow.\n\n{sig}", ("Matobo Hills Thatching Crew", "Yukon Dog Mushing Tours"), ("matobothatch", "yukonmushing"), role=("thatching", "kennel"), tz=("zw", "yt"))
mo("application_received", "a14", "Thanks for your interest", "Dear {n},\n\nYour {role} application is acknowledged. Kindly note contact comes only to those shortlisted; all papers stay filed six months either way.\n\n{sig}, HR Office", ("Ntabazinduna Milling", "Bulawayo Bus Company"), ("ntabamilling", "byobusco"), role=("Miller Trainee", "Depot Clerk"), tz=("zw", "zw"))
mo("application_received", "a15", "Acknowledgement of your candidature", "Khamma Ghani {n} ji,\n\nCandidature for {role} stands received. If profile misses shortlist, same goes into databank for upcoming openings. Kindly avoid reminder mails.\n\nRegards,\n{sig}", ("Pink City Gem Cutting", "Rathore Talent Partners"), ("pinkcitygems", "rathoretalent"), role=("Gem Sorter", "Payroll Executive"), tz=("in", "in"))
mo("application_received", "a16", "We get your application", "Hello {n},\n\nYour form for {role} reach we, thanks. Month end come and you ain't hear nothing, the job gone, but your name stay by we. Bless up.\n\n{sig}", ("Brades Hardware", "Montserrat Port Services"), ("bradeshardware", "mniportservices"), role=("Stock Boy", "Tally Clerk"), tz=("ms", "ms"))
mo("application_received", "a17", "Application received – {role}", "Hey {n},\n\nApplication's in, eh. Calls go out only on a match, so a silent phone for a month means no. Günilschish and stay warm.\n\n{sig}\n{co}", ("Heli-Tech Yukon", "Klondike Placer Supply"), ("helitechyukon", "klondikeplacer"), role=("Hangar Helper", "Counter Clerk"), tz=("yt", "yt"))
mo("application_received", "a18", "Confirmation of application", "Dear Mister {n},\n\nYour application for {role} position arrived to us. When our choice falls to other applicant, also you get information by this way.\n\nKind regards:\n{sig}", ("Pécsi Fuvar Kft.", "Győr Gearbox Kft."), ("pecsifuvar", "gyorgearbox"), role=("Dispatcher", "Quality Auditor"), tz=("hu", "hu"))
mo("application_received", "a19", "Thank you for your entry", "Dear {n},\n\nYour entry to {co} is gratefully received. Selection result, pass or fail both, reaches you inside three weeks. We ask your kind understanding.\n\n{sig}\nHuman Resources", ("Sapporo Snow Tires KK", "Osaka Bearing Co."), ("sapporosnowtires", "osakabearing"), role=("Sales", "Engineer"), tz=("jp", "jp"))
mo("application_received", "a20", "Application acknowledged", "Dear {n},\n\n{role}: application safely in. Falling short at this stage brings a letter when shortlisting wraps up.\n\n{sig}", ("Swindon Brake Parts", "Athlone Vet Supplies"), ("swindonbrakes", "athlonevet"), role=("Goods-In Clerk", "Telesales Advisor"), tz=("uk", "ie"))
mo("application_received", "a21", "We have your application", "Hi {n},\n\nYour {role} application is in. From here it's a phone screen, a hold, or a short no-thanks email; whichever, word reaches you around {dl}.\n\n{sig}", ("Bloemfontein Truck Tyres", "Invercargill Aluminium Extrusions"), ("bfntrucktyres", "invercargillext"), role=("Tyre Fitter", "Press Operator"), tz=("za", "nz"))
mo("application_received", "a22", "Application received", "G'day {n},\n\nTa for putting in for {role}. Win or lose, every applicant cops an email back, no worries.\n\n{sig}", ("Toowoomba Silo Services", "Fargo Seed Cleaning"), ("toowoombasilo", "fargoseed"), role=("Harvest Casual", "Bagging Operator"), tz=("qld", "usc"))
mo("application_received", "a23", "Announcement {ref}: application received", "Dear {n},\n\nApplication received for {role}. Post-rating, top-qualified names travel onward to the hiring official; you'll learn whether yours travelled.\n\n{co}", ("Yukon Public Service Commission", "Cheshire West Council Resourcing"), ("yukonpsc", "cheshirewestjobs"), frm=ATS, role=("Policy Analyst", "Parking Officer"), tz=("yt", "uk"))
mo("application_received", "a24", "Receipt of application {ref}", "Dear {n},\n\nAcknowledging your {role} application. Any application short of a listed certificate gets ruled ineligible; check yours ahead of closing.\n\n{co}", ("Rajasthan Staff Selection Cell", "Bulawayo City Council Human Resources"), ("rajstaffcell", "byocityhr"), frm=ATS, role=("Stenographer", "Library Assistant"), tz=("in", "zw"))
mo("application_received", "a25", "{x} – application received", "Dear {n},\n\nYour {x} application is in. Volumes mean only those passing the first screen get contacted; six silent weeks mean it went against you.\n\n{co} Early Careers", ("Kobe Harbour Logistics KK", "Hillside Textile Mills"), ("kobeharbourlog", "hillsidetextiles"), frm=ATS, x=("2026 Internship Programme", "Graduate Trainee Scheme"), tz=("jp", "zw"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invitation – {role}", "Dear {n},\n\nCome and meet us about {role} on {dl}, half ten. Unfortunately the visitor car park's getting resurfaced, so pull into the layby down the lane.\n\n{sig}\n{co}", ("Marbury Salt Packing", "Tarporley Dairy Labs"), ("marburysalt", "tarporleydairy"), role=("Shift Supervisor", "Lab Technician"), tz=("uk", "uk"))
mo("interview", "i2", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nScans received, ta. Panel members hope you can come {dl}, at 2pm. Sadly our building's lift has died, meaning three flights up.\n\n{sig}\n\n{OUT}", ("Hillside Textile Mills", "Kimberley Carbon Labs"), ("hillsidetextiles", "kimberleycarbon"), role=("Weaving Supervisor", "Data Engineer"), tz=("zw", "za"))
mo("interview", "i3", "RE: [EXT] Re: follow-up", "Hey {n},\n\nGood news: chief pilot wants you in the sim {dl}. Bad news: hangar heater's on the fritz again, so bring a parka.\n\n{sig}\n\n{GM}", ("Whitehorse Northern Aviation", "Heli-Tech Yukon"), ("whnorthernair", "helitechyukon"), role=("First Officer", "Line Pilot"), tz=("yt", "yt"))
mo("interview", "i4", "Interview call – {role}", "Dear {n},\n\nShortlisted for {role}: kindly report {dl}, 11 AM, with originals. Unfortunately canteen renovation is going on, kindly carry own water bottle.\n\nRegards,\n{sig}", ("Mansarovar Software Services", "Pink City Gem Cutting"), ("mansarovarsoft", "pinkcitygems"), role=("Junior QA Analyst", "Gem Polisher"), tz=("in", "in"))
mo("interview", "i5", "Invitation to interview", "Dear Mister {n},\n\nPersonal interview for {role} is fixed {dl}, 9:00. Unfortunately main gate has works, please enter by gate number 3.\n\nKind regards:\n{sig}", ("Győr Gearbox Kft.", "Debrecen Bus Parts Kft."), ("gyorgearbox", "debrecenbusparts"), role=("Assembly Team Leader", "Warranty Clerk"), tz=("hu", "hu"))
mo("interview", "i6", "Second interview – {co}", "Dear {n},\n\nAfter first interview, pleased to call you for second one on {dl}. Regrettably reception desk has no staff that morning, so kindly phone me from lobby.\n\n{sig}", ("Osaka Bearing Co.", "Sapporo Snow Tires KK"), ("osakabearing", "sapporosnowtires"), role=("Quality Inspector", "Overseas Sales Staff"), tz=("jp", "jp"))
mo("interview", "i7", "Come in for a chat?", "Hello {n},\n\nYour form for {role} look good. Pass by {dl}, ten o'clock, for a talk. Sorry, road by the shop still mash up from rain, park by the church.\n\n{sig}", ("Brades Hardware", "Plymouth Sands Aggregates"), ("bradeshardware", "plymouthsands"), role=("Counter Assistant", "Loader Driver"), tz=("ms", "ms"))
mo("interview", "i8", "Interview for {role}", "Hi {n},\n\nInterview for {role} set for {dl}. I'm afraid the boardroom's taken, so it's the portacabin round back.\n\n{sig}\n{co}", ("Bloemfontein Truck Tyres", "Tulsa Lift & Escalator Service"), ("bfntrucktyres", "tulsalift"), role=("Fitment Supervisor", "Apprentice Lift Mechanic"), tz=("za", "usc"))
mo("interview", "i9", "Interview – Lock Volunteer Coordinator", "Hiya {n},\n\nFancy a natter about coordinating, {dl}, wharf office? Unfortunately towpath's shut past bridge 37, come by road.\n\n{sig}\nMacclesfield Canal Trust", "Macclesfield Canal Trust", "macccanaltrust", tz="uk")
mo("interview", "i10", "Interview – Conductor post", "Dear {n},\n\nInterview for Conductor: {dl}, 0900 hours, Main Depot. Regrettably site parking is unavailable.\n\n{sig}\nHuman Resources", "Bulawayo Bus Company", "byobusco", tz="zw")
mo("next_steps", "n1", "Next step: online assessment for {role}", "Hi {n},\n\nNext for {role}: a 40-minute online test, due {dl}. Unfortunately pausing mid-way is impossible; choose a quiet hour.\n\n{co} Recruiting", ("Kimberley Carbon Labs", "Mansarovar Software Services"), ("kimberleycarbon", "mansarovarsoft"), frm=ATS, role=("Data Engineer", "Support Engineer"), tz=("za", "in"))
mo("next_steps", "n2", "Documents needed – {role}", "Dear {n},\n\nMoving {role} along needs ID plus two referees uploaded, {dl} latest. Sadly the portal bins anything above 3 MB, so shrink scans.\n\n{co}", ("Ballarat Wool Scourers", "Swindon Brake Parts"), ("ballaratwool", "swindonbrakes"), frm=ATS, role=("Scour Line Hand", "Stores Controller"), tz=("au", "uk"))
mo("next_steps", "n3", "Work sample for {role}", "Hey {n},\n\nNext: a take-home one-page winter route plan, due {dl}. Unfortunately our map server's down, any free map works.\n\n{sig}", ("Riverdale Snow Clearing", "Klondike Placer Supply"), ("riverdalesnow", "klondikeplacer"), role=("Dispatch Coordinator", "Inventory Lead"), tz=("yt", "yt"))
mo("next_steps", "n4", "Aptitude test – {role}", "Dear {n},\n\nKindly complete the attached aptitude test, returning it {dl} latest. Unfortunately office printer is broken; print your own copy if called.\n\n{sig}", ("Lobengula Motors", "Nkulumane Clinic Trust"), ("lobengulamotors", "nkulumaneclinic"), role=("Parts Interpreter", "Dispensary Assistant"), tz=("zw", "zw"))
mo("next_steps", "n5", "Medical check before start", "Dear {n},\n\nFor next stage, please visit Szeged clinic for medical check, {dl} latest. Unfortunately their lift is broken, clinic is second floor.\n\nKind regards:\n{sig}\nSzeged Paprika Mill", "Szeged Paprika Mill", "szegedpaprika", tz="hu")
mo("next_steps", "n6", "Reference forms", "Hi {n},\n\nTwo references for Field Sales please, {dl} latest. Sorry, fax machine's given up, so email them.\n\n{sig}\nAthlone Vet Supplies", "Athlone Vet Supplies", "athlonevet", tz="ie")
mo("offer", "f1", "Offer of employment – {role}", "Dear {n},\n\nDelighted to offer you {role}! Contract back signed, {dl} latest. Unfortunately uniform store shuts till month end, boots follow later.\n\n{sig}\n{co}", ("Győr Gearbox Kft.", "Invercargill Aluminium Extrusions"), ("gyorgearbox", "invercargillext"), role=("Process Engineer", "Die Setter"), tz=("hu", "nz"))
mo("offer", "f2", "RE: [EXT] Re: {role}", "Hi {n},\n\nScans received. Great news: {role} is yours, start {dl}. Sadly our minibus is in for repairs; sort a lift first week.\n\n{sig}\n\n{RULE}", ("Toowoomba Silo Services", "Fargo Seed Cleaning"), ("toowoombasilo", "fargoseed"), role=("Site Coordinator", "Seed Plant Operator"), tz=("qld", "usc"))
mo("offer", "f3", "Your offer from {co}", "Dear {n},\n\nPleased to offer you {role}. Kindly confirm acceptance, {dl} latest. Regrettably joining kit is late with courier.\n\n{sig}", ("Kobe Harbour Logistics KK", "Hillside Textile Mills"), ("kobeharbourlog", "hillsidetextiles"), role=("Customs Documentation Clerk", "Loom Fitter"), tz=("jp", "zw"))
mo("offer", "f4", "Job offer – Guide", "Hello {n},\n\nWe want you guiding from {dl}! Sorry, van aircon still broke, bring a hat first days. Bless.\n\n{sig}\nEmerald Isle Volcano Tours", "Emerald Isle Volcano Tours", "volcanotoursmni", tz="ms")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Status update: {role}", "Hello {n},\n\n{role} application stage: With hiring manager. You needn't act yet.\n\n{co}", ("Fargo Seed Cleaning", "Swindon Brake Parts"), ("fargoseed", "swindonbrakes"), frm=ATS, role=("Forklift Operator", "Parts Picker"), tz=("usc", "uk"))
mo("other_job", "s2", "Withdrawal confirmed", "Hi {n},\n\nPer your request, your {role} application is withdrawn. Ta for telling us; good luck in the new post.\n\n{sig}", ("Nelson Bay Bike Hire", "Knutsford Saddle & Feed"), ("nelsonbaybikes", "knutsfordfeed"), role=("Workshop Mechanic", "Yard Storeperson"), tz=("nz", "uk"))
mo("other_job", "s3", "{role} paused", "Dear {n},\n\nRequisition for {role} is paused pending budget review. Your application remains open; news follows once hiring restarts.\n\n{co}", ("Tulsa Lift & Escalator Service", "Kobe Harbour Logistics KK"), ("tulsalift", "kobeharbourlog"), frm=ATS, role=("Dispatch Clerk", "Warehouse Planner"), tz=("usc", "jp"))
mo("recruiter_outreach", "o1", "A role you might like", "Hi {n},\n\nYour profile popped up while a client near {x} hunts for a {role}. Got ten minutes for a natter this week?\n\n{sig}\n{co}", ("Cheshire Gap Recruitment", "Matopos Recruitment"), ("cheshiregaprec", "matoposrec"), role=("Logistics Coordinator", "Workshop Foreman"), x=("Sandbach", "Famona"), tz=("uk", "zw"))
mo("recruiter_outreach", "o2", "Opportunity in Whitehorse", "Hey {n},\n\nI'm filling a heavy-duty mechanic spot for a mine supplier in Whitehorse, with good rotation and a camp bonus. Open to a chat, eh?\n\n{sig}\nNorth of Sixty Staffing", "North of Sixty Staffing", "northofsixtystaff", tz="yt")
mo("job_alert", "j1", "3 new jobs near you", "Hi {n},\n\nSorry for the late alert this week. New on the board: Canal Warden (Middlewich), Salt Line Operative (Winsford), Farm Shop Assistant (Tarporley).{FOOT}", "Sloeharbour Jobs", "sloeharbourjobs", frm="Sloeharbour Jobs <alerts@{dom}>", tz="uk")
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nWe have assessed your personal loan request. Following the credit file review, lending is declined for now.\n\n{co} Lending", ("Weaver Valley Building Society", "Matabeleland Savings Bank"), ("weavervalleybs", "matsavings"), frm="{co} <lending@{dom}>", tz=("uk", "zw"))
mo("non_job_rejection_words", "nj2", "Ballot result – Yukon Quest volunteer bib", "Hi {n},\n\nRace-start volunteer bibs are drawn, and yours missed the cut; you top the wait list.\n\n{sig}", "Yukon Trail Race Society", "yukontrailrace", tz="yt")
mo("non_job_rejection_words", "nj3", "The flat on Bani Park Road", "Dear {n},\n\nThanks for viewing 2BHK flat. Owner let it to another family; your request stands declined.\n\n{sig}\nAmber Estates", "Amber Estates", "amberestates", tz="in")
mo("non_job_rejection_words", "nj4", "Membership – Nantwich Rowing Club", "Hi {n},\n\nTa for wanting to join. Novice squad's full this season, no place for you yet; you're first call in spring.\n\n{sig}", "Nantwich Rowing Club", "nantwichrowing", tz="uk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Spotted on Marrowquist{ch}, a Marrowquist trades listing)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} <jobs@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], "t-" + fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("quiltpinning", "Agate", "Kinross Quilt Loft", "kinrossquilt", "uk",
     ("Quiltpinning bench – your note", "Hi {n},\n\nYour sample square was lovely. A stitcher from Crieff now has the quiltpinning bench, so this winter the loft says no.\n\n{sig}, Kinross Quilt Loft"),
     ("application_received", "Quiltpinning bench – note received", "Hi {n},\n\nYour sample square for the quiltpinning bench arrived Friday. Yes or no, a postcard reaches you inside a fortnight.\n\n{sig}, Kinross Quilt Loft"))
pair("ropeballing", "Beryl", "Port Antonio Cordage", "portantoniocord", "jm",
     ("Ropeballing work", "Yow {n},\n\nRespect for passing through the yard. Ropeballing work gone to a Buff Bay youth who know it already, so nothing for you. Walk good.\n\n{sig}"),
     ("interview", "Ropeballing work – come check we", "Yow {n},\n\nCome by the yard on {dl}, nine o'clock, for the ropeballing work. Unfortunately the front gate lock bruk, so walk round by the side.\n\n{sig}"))
pair("lockoiling", "Citrine", "Llangollen Lockkeepers Co-op", "llanlockcoop", "uk",
     ("Lockoiling rota", "Hello {n},\n\nDiolch for offering yourself for the lockoiling rota. Two retired boaters joined this spring, and the rota stays closed to newcomers.\n\n{sig}"),
     ("next_steps", "Lockoiling rota – one more thing", "Hello {n},\n\nAhead of fixing the lockoiling rota, post us your boat-safety certificate, {dl} latest. Unfortunately our scanner's packed up.\n\n{sig}"))
pair("tinsnipping", "Diamond", "Kumasi Tinware Guild", "kumasitin", "gh",
     ("Tinsnipping apprentice", "Dear {n},\n\nThanks for sitting the tinsnipping test. Master chose another apprentice, so we cannot engage you now. God bless.\n\n{sig}"),
     ("offer", "Tinsnipping apprentice – offer", "Dear {n},\n\nThe master is happy with your tinsnipping test and offers you the apprentice place from {dl}. Sadly our workshop fan is spoilt, so the room is hot.\n\n{sig}"))
pair("hivesmoking", "Emerald", "Kerio Valley Honey", "keriohoney", "ke",
     ("Hivesmoking assistant", "Dear {n},\n\nAsante for seeking the hivesmoking assistant work. An Iten beekeeper with many seasons took it, so yours ends here.\n\n{sig}"),
     ("application_received", "Hivesmoking assistant – received", "Dear {n},\n\nAsante, your application for hivesmoking assistant is here. Chosen or not chosen, we shall send an SMS before the harvest.\n\n{sig}"))
pair("cornhusking", "Fluorite", "Pella Heritage Farms", "pellaheritage", "usc",
     ("Cornhusking demonstrator", "Hi {n},\n\nThanks for trying out as fall cornhusking demonstrator. A longtime volunteer got the nod this year, so no festival job for you.\n\n{sig}"),
     ("interview", "Cornhusking demonstrator tryout", "Hi {n},\n\nCould you try out as cornhusking demonstrator {dl}, 1pm? Unfortunately the barn restroom's busted; gift shop has one.\n\n{sig}"))
pair("bootblacking", "Garnet", "Marina Shine Stands", "marinashine", "ng",
     ("Bootblacking stand", "Hello {n},\n\nThanks for wanting our bootblacking stand at the ferry terminal. Oga gave it to his nephew, so the space is gone.\n\n{sig}"),
     ("offer", "Bootblacking stand – yours", "Hello {n},\n\nOga says bootblacking stand at the ferry terminal is yours from {dl}. Sorry, NEPA took light again, so stand lamp is off.\n\n{sig}"))
pair("clocksetting", "Hematite", "Tanjong Pagar Horology", "tpghorology", "sg",
     ("Clocksetting technician", "Dear {n},\n\nThanks for attending the clocksetting assessment. A candidate with tower-clock years is getting the position instead.\n\n{sig}"),
     ("next_steps", "Clocksetting technician – practical", "Dear {n},\n\nBook a clocksetting practical ahead of {dl} please; unfortunately our Tanjong Pagar workroom lift is servicing, stairs to level 3.\n\n{sig}"))
pair("hoofpicking", "Iolite", "Derwent Valley Stables", "derwentstables", "au",
     ("Hoofpicking hand", "G'day {n},\n\nCheers for driving out. A young fella already mucking out here scored the hoofpicking job; unlucky this time.\n\n{sig}"),
     ("application_received", "Hoofpicking hand – got it", "G'day {n},\n\nGot your note about hoofpicking. Even a no gets a text from us, mate.\n\n{sig}"))
pair("jamboiling", "Jade", "Niagara Preserve Kitchen", "niagarapreserve", "cae",
     ("Jamboiling cook", "Hi {n},\n\nThanks for wanting a jamboiling cook spot this summer. Our kitchen's fully staffed, so we're passing.\n\n{sig}"),
     ("interview", "Jamboiling cook – meet us", "Hi {n},\n\nCome meet us about jamboiling {dl}. Sadly the walk-in cooler died, so the kitchen's cramped.\n\n{sig}"))
pair("wellbucketing", "Kunzite", "Shekhawati Stepwell Trust", "stepwelltrust", "in",
     ("Wellbucketing restoration team", "Dear {n},\n\nThanks for seeking a place on the wellbucketing restoration team. Trust engaged one local mason family, hence yours stands closed.\n\n{sig}"),
     ("application_received", "Wellbucketing restoration team – received", "Dear {n},\n\nApplication for wellbucketing restoration team received. Selected or otherwise, intimation comes inside fifteen days.\n\n{sig}"))
pair("sawsetting", "Lapis", "Willamette Saw Works", "willamettesaw", "usp",
     ("Sawsetting trainee", "Hi {n},\n\nThanks for stopping by the filing room. Another trainee got sawsetting this round; you're out.\n\n{sig}"),
     ("next_steps", "Sawsetting trainee – safety course", "Hi {n},\n\nAhead of sawsetting, finish the online safety course, {dl} latest. Unfortunately the course site crawls on phones.\n\n{sig}"))
pair("amberpolishing", "Malachite", "Whitby Jet & Amber Works", "whitbyjetamber", "uk",
     ("Amberpolishing bench", "Hi {n},\n\nThanks for trialling at the amberpolishing bench. Another polisher got the seat; yours stops here.\n\n{sig}"),
     ("offer", "Amberpolishing bench – offer", "Hi {n},\n\nFrom {dl} the amberpolishing bench is yours. Unfortunately regatta week shuts the harbour parking.\n\n{sig}"))
pair("fishsalting", "Nephrite", "Bantayan Dried Fish Co.", "bantayandried", "ph",
     ("Fishsalting helper", "Hi {n},\n\nSalamat po for applying as fishsalting helper. Owner picked a neighbour with long practice, so no slot for you. God bless!\n\n{sig}"),
     ("interview", "Fishsalting helper – interview", "Hi {n},\n\nFishsalting helper interview {dl}, 8 AM po. Sorry po, the jeepney stop near the pier is closed.\n\n{sig}"))
pair("candlemoulding", "Onyx", "Kinsale Candle House", "kinsalecandle", "ie",
     ("Candlemoulding role", "Hi {n},\n\nThanks a million re candlemoulding. Somebody from our Christmas team got it, so that's that.\n\n{sig}"),
     ("application_received", "Candlemoulding role – thanks", "Hi {n},\n\nYour candlemoulding application arrived, thanks a million. Good or bad, an answer comes before month's end.\n\n{sig}"))
pair("drumtuning", "Peridot", "Boulder Percussion Shop", "boulderperc", "usm",
     ("Drumtuning tech", "Hey {n},\n\nProps for tuning that floor tom. Drumtuning tech spot went to another player; pass from us.\n\n{sig}"),
     ("interview", "Drumtuning tech – audition", "Hey {n},\n\nShow us your drumtuning {dl}, 4pm? Unfortunately the back lot's torn up; park on Pearl.\n\n{sig}"))
pair("pianowiring", "Quartz", "Dunedin Piano Rebuilders", "dunedinpiano", "nz",
     ("Pianowiring apprentice", "Kia ora {n},\n\nThanks for chasing the pianowiring apprenticeship. Another apprentice has started, with zero left over for you.\n\n{sig}"),
     ("next_steps", "Pianowiring apprentice – next step", "Kia ora {n},\n\nNext step for the pianowiring apprenticeship is a short written piece on why you want it, by {dl}. Sadly our email is flaky, so please text when sent.\n\n{sig}"))
pair("loomdressing", "Ruby", "Mbare Handloom Collective", "mbareloom", "zw",
     ("Loomdressing post", "Dear {n},\n\nYour interest in loomdressing is appreciated. Regrettably the collective chose another weaver. Go well.\n\n{sig}"),
     ("application_received", "Loomdressing post – acknowledgement", "Dear {n},\n\nLetter for loomdressing acknowledged. Successful or unsuccessful, every applicant receives word once committee sits.\n\n{sig}"))
pair("cratenailing", "Sapphire", "Stellenbosch Crate Works", "stellcrate", "za",
     ("Cratenailing line", "Hi {n},\n\nThanks for your cratenailing line application. Harvest spots are all filled, none left for you this year.\n\n{sig}"),
     ("offer", "Cratenailing line – you're in", "Hi {n},\n\nJoin the cratenailing line from {dl}! Unfortunately load-shedding means early starts; gate by six.\n\n{sig}"))
pair("bargehauling", "Topaz", "Atchafalaya Barge Line", "atchbarge", "usc",
     ("Bargehauling deckhand", "Hi {n},\n\nThanks for eyeing bargehauling with us. Deckhand slots for high water are filled; no go this time.\n\n{sig}"),
     ("interview", "Bargehauling deckhand – interview", "Hi {n},\n\nBargehauling deckhand interview at the landing {dl}. Unfortunately the gravel road flooded; use the levee.\n\n{sig}"))
pair("rakemending", "Unakite", "Murree Hills Tea Tools", "murreetools", "pk",
     ("Rakemending workshop", "Dear {n},\n\nThanks for approaching our rakemending workshop. An Abbottabad candidate secured the post; yours is unsuccessful.\n\n{sig}"),
     ("interview", "Rakemending workshop – interview", "Dear {n},\n\nRakemending workshop interview fixed {dl}. Regrettably workshop gas is out, so carry tea in flask.\n\n{sig}"))
pair("gumbooting", "Variscite", "Soweto Gumboot Troupe", "sowetogumboot", "za",
     ("Gumbooting dancers", "Sawubona {n},\n\nThanks for stamping at the gumbooting audition. Troupe chose its tour dancers, and you're left off.\n\n{sig}"),
     ("application_received", "Gumbooting dancers – entry received", "Sawubona {n},\n\nYour gumbooting audition entry arrived. Picked or passed, each dancer hears before the tour list goes up.\n\n{sig}"))
pair("bridlepolishing", "Wulfenite", "Lexington Tack Room", "lextackroom", "use",
     ("Bridlepolishing position", "Hi {n},\n\nThanks for your bridlepolishing application. Another applicant who can cover sales weekends is getting it.\n\n{sig}"),
     ("next_steps", "Bridlepolishing position – paperwork", "Hi {n},\n\nBridlepolishing paperwork: tax and eligibility forms back {dl} latest. Sorry, printer's out; fill them online.\n\n{sig}"))
pair("ferrulefitting", "Xenotime", "Kelham Island Cutlers", "kelhamcutlers", "uk",
     ("Ferrulefitting bench", "Now then {n},\n\nTa for coming in. Ferrulefitting bench: a lad from our grinding shop has it; nowt for you this time.\n\n{sig}"),
     ("application_received", "Ferrulefitting bench – got your letter", "Now then {n},\n\nGot your letter re ferrulefitting. Yes or no, expect word end of next week.\n\n{sig}"))
pair("mastgreasing", "Zircon", "Penobscot Schooner Yard", "penobscotyard", "use",
     ("Mastgreasing crew", "Hi {n},\n\nMastgreasing crew is full of returning hands all season; yours is declined.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week on Marrowquist", "Hi {n},\n\nSorry this alert is a day late. New trades listings: saddle stitcher (Kendal), boat varnisher (Falmouth), hedge cutter (Ludlow).\n\nMarrowquist trades listings", "Marrowquist", "marrowquist", frm="Marrowquist <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-allot", "Allotment waiting list", "Dear {n},\n\nAllotments: every plot is let, with nothing spare for you this year; you keep your waiting-list place.\n\n{sig}\nHebden Allotment Society", "Hebden Allotment Society", "hebdenallot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} <info@{dom}>"
    wr(fam + "-" + lang, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "t-" + fam + "-" + lang, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("mosaic", "ar", "مشغل فسيفساء مادبا", "madabamosaic", "jo",
   ("بخصوص طلبك لوظيفة فني فسيفساء", "السيدة/السيد {n} المحترم،\n\nسعدنا بزيارتك للمشغل وبالقطع الصغيرة التي أحضرتها. اختارت الإدارة حرفياً آخر من مادبا لهذا العمل، فطلبك يتوقف هنا.\n\nمع التحية،\n{sig}"),
   ("interview", "دعوة لمقابلة – فني فسيفساء", "السيدة/السيد {n} المحترم،\n\nنرجو حضورك إلى المشغل يوم {dl} عند العاشرة لمقابلة قصيرة. للأسف الساحة الأمامية محفورة هذه الأيام، فاترك سيارتك خلف الكنيسة القريبة.\n\n{sig}"))
lp("toyturn", "de", "Drechslerei Seiffener Holzspielzeug", "seiffendrechsel", "de",
   ("Ihre Bewerbung als Drechsler/in", "Guten Tag {n},\n\nherzlichen Dank für die mitgebrachten Nussknacker-Proben. Die Drechslerstelle geht an eine andere Bewerberin; für Sie bleibt sie diesmal leider verschlossen.\n\nMit freundlichen Grüßen\n{sig}"),
   ("application_received", "Eingangsbestätigung Ihrer Bewerbung", "Guten Tag {n},\n\nIhre Unterlagen für die Drechslerstelle sind bei uns eingetroffen. Ob Zusage oder Absage – Sie bekommen von uns in jedem Fall binnen drei Wochen Bescheid.\n\nHerzliche Grüße aus dem Erzgebirge\n{sig}"))
lp("damasq", "es", "Taller de Damasquinado Toledano", "damasquinadotoledo", "es",
   ("Su candidatura – aprendiz de damasquinado", "Hola, {n}:\n\nFue un gusto ver sus piezas en el taller. La plaza de aprendiz de este curso se la queda otra persona, así que su candidatura termina aquí.\n\nUn saludo,\n{sig}"),
   ("interview", "Entrevista – aprendiz de damasquinado", "Hola, {n}:\n\nLe esperamos en el taller el {dl}, once en punto. Por desgracia la calle del Ángel sigue cortada; suba por la cuesta de San Justo.\n\nUn saludo,\n{sig}"))
lp("parfum", "fr", "Atelier de Parfumerie des Remparts", "parfumremparts", "fr",
   ("Votre candidature – assistant(e) de laboratoire", "Bonjour {n},\n\nMerci pour votre lettre pleine d'élan. Le poste d'assistant(e) revient à une parfumeuse de Mougins ; chez nous, votre dossier se referme.\n\nAu plaisir,\n{sig}"),
   ("next_steps", "Suite de votre candidature – test olfactif", "Bonjour {n},\n\nProchaine étape : un test olfactif en ligne, à terminer avant le {dl}. Malheureusement, notre plateforme ne fonctionne pas sur tablette ; utilisez un ordinateur.\n\nBien cordialement,\n{sig}"))
lp("brass", "hi", "रामगंगा कसेरा कारख़ाना", "moradabadbrass", "in",
   ("आपके आवेदन के संबंध में", "{n} जी, नमस्ते।\n\nझालरदार नक्काशी की कुर्सी पर अब रामपुर के बुज़ुर्ग कसेरे बैठेंगे। सो इस दफ़ा बात बनी नहीं।\n\n— {sig}"),
   ("offer", "नियुक्ति प्रस्ताव – पीतल नक्काशी", "{n} जी, नमस्ते।\n\nझालरदार नक्काशी की कुर्सी आपकी! {dl} तक हामी भरिए। अफ़सोस, भट्ठी का पंखा टूटा है।\n\n{sig}"))
lp("paper", "it", "Cartiera Artigiana di Fabriano", "cartierafabriano", "it",
   ("Esito della sua candidatura", "Gentile {n},\n\ngrazie per la prova di fabbricazione a mano. Al tino lavorerà un ragazzo di Cerreto d'Esi, perciò qui ci fermiamo.\n\nCordiali saluti,\n{sig}"),
   ("application_received", "Abbiamo ricevuto la sua candidatura", "Gentile {n},\n\nla sua candidatura come lavorante al tino è arrivata in cartiera. Sì o no, riceverà due righe prima che il mese finisca.\n\nCordiali saluti,\n{sig}"))
lp("lacquer", "ja", "輪島塗工房 松風", "wajimashofu", "jp",
   ("選考結果のご連絡", "{n} 様\n\n塗師見習いの件、工房一同で話し合い、今回は地元出身の別の方をお迎えすることに決めました。ご縁がなく残念です。\n\n{sig}"),
   ("interview", "面接のご案内", "{n} 様\n\n塗師見習いの面接を{dl}午前十時より工房にて行います。あいにく工房前の駐車場は工事中のため、近くの市営駐車場をご利用ください。\n\n{sig}"))
lp("mask", "ko", "안동 하회탈 공방", "andongmask", "kr",
   ("지원 결과 안내", "{n}님께,\n\n하회탈 조각 보조 자리는 오랫동안 공방에 드나든 다른 분께 돌아갔습니다. 이번 인연은 여기까지입니다.\n\n{sig} 드림"),
   ("next_steps", "다음 단계 안내 – 실기 과제", "{n}님께,\n\n다음 단계로 작은 나무 조각 과제를 {dl}까지 보내 주세요. 아쉽게도 공방 택배 접수처가 당분간 쉬니 우체국을 이용해 주세요.\n\n{sig} 드림"))
lp("hammock", "pt", "Ateliê de Redes do Ceará", "redesceara", "br",
   ("Sua candidatura para tecelã(o) de redes", "Olá, {n},\n\nFoi bom ver suas redes aqui no ateliê. A vaga de tecelagem ficou com outra moça do bairro; desta vez, fica pra próxima.\n\nAbraços,\n{sig}"),
   ("offer", "Proposta para tecelagem de redes", "Olá, {n},\n\nA vaga de tecelagem de redes é sua a partir de {dl}! Infelizmente o ventilador do galpão pifou; venha de roupa fresca.\n\nAbraços,\n{sig}"))
lp("lace", "ru", "Вологодская кружевная мастерская «Снежинка»", "vologdalace", "ru",
   ("Ответ на ваше резюме", "Добрый день, {n}.\n\nМесто кружевницы в «Снежинке» досталось другой мастерице, и наше знакомство пока на этом заканчивается.\n\nВсего доброго,\n{sig}"),
   ("interview", "Приглашение на собеседование", "Добрый день, {n}.\n\nЖдём вас в «Снежинке» {dl}, одиннадцать утра. К сожалению, лифт чинят, подъём пешком.\n\nВсего доброго,\n{sig}"))
lp("carving", "sw", "Karakana ya Vinyago vya Makonde", "makondevinyago", "tz",
   ("Kuhusu ombi lako la kazi", "Ndugu {n},\n\nAsante kwa kuchonga mbele ya fundi mkuu. Nafasi imekwenda kwa kijana wa Newala, hivyo safari yako hapa imeishia.\n\nWako,\n{sig}"),
   ("application_received", "Ombi lako limefika", "Ndugu {n},\n\nBarua yako kuhusu uchongaji imefika karakana. Ndiyo au hapana, ujumbe utakufikia mwezi huu.\n\nWako,\n{sig}"))
lp("umbrella", "th", "ศูนย์ทำร่มบ่อสร้าง", "bosangumbrella", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nตำแหน่งช่างวาดลายร่มมีคนได้ไปแล้ว คราวนี้คุณพลาด\n\n— {sig}"),
   ("offer", "ยินดีรับเข้าทำงาน", "เรียน คุณ{n}\n\nงานวาดลายร่มเป็นของคุณ เริ่ม {dl} เสียดายลานหน้าร้านปิดซ่อม\n\n— {sig}"))
lp("silk", "tr", "Bursa İpek Dokuma Atölyesi", "bursaipek", "tr",
   ("Başvurunuz hakkında", "Sayın {n},\n\nDokuma ustası yardımcılığı için gösterdiğiniz ilgiye teşekkürler. Bu yeri atölyeyi iyi tanıyan başka biri aldı; yolumuz burada ayrılıyor.\n\nSaygılarımızla,\n{sig}"),
   ("next_steps", "Sonraki adım: numune dokuma", "Sayın {n},\n\nSonraki adım olarak küçük bir numune dokumanızı {dl} tarihine kadar atölyeye bırakmanızı rica ederiz. Maalesef kapıdaki zil bozuk, lütfen arayın.\n\nSaygılarımızla,\n{sig}"))
lp("football", "ur", "سیالکوٹ فٹبال سلائی کارخانہ", "sialkotball", "pk",
   ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nفٹبال سلائی والی جگہ پرانے استاد کے بھتیجے کو مل گئی۔ یوں اس بار آپ کا معاملہ یہیں ختم ہوا۔\n\nوالسلام،\n{sig}"),
   ("interview", "انٹرویو کی دعوت", "محترم {n}،\n\nملاقات {dl} طے ہوئی، دن کے دس بجے۔ افسوس، بڑا گیٹ ٹوٹا پڑا ہے، پیچھے والی گلی سے آئیں۔\n\nوالسلام،\n{sig}"))
lp("teapot", "zh", "宜兴紫砂壶工作室", "yixingteapot", "cn",
   ("关于您的求职申请", "{n}您好：\n\n谢谢您带来的几把壶。学徒的位置已给了另一位年轻人，这回就不能请您来了。\n\n此致\n{sig}"),
   ("offer", "录用通知", "{n}您好：\n\n我们很高兴录用您为制壶学徒，请于{dl}前确认。遗憾的是工作室的窑炉正在检修，头两周主要学习泥料。\n\n此致\n{sig}"))
lp("nougat", "cat", "Obrador de Torrons d'Agramunt", "torronsagramunt", "es",
   ("La teva candidatura", "Hola, {n},\n\nGràcies per passar per l'obrador. La plaça de la campanya de Nadal ja és d'algú altre, així que aquí ens aturem.\n\nSalutacions,\n{sig}"),
   ("application_received", "Hem rebut la teva candidatura", "Hola, {n},\n\nLa teva sol·licitud per a la campanya de Nadal ja és aquí. Sí o no, rebràs unes ratlles nostres aquest mes.\n\nSalutacions,\n{sig}"))
lp("gaita", "glg", "Obradoiro de Gaitas de Lugo", "gaitaslugo", "es",
   ("A túa candidatura no obradoiro", "Ola, {n}:\n\nGrazas pola visita ao obradoiro. O posto de aprendiz de torneiro queda para un rapaz de Sarria, e a túa candidatura remata aquí.\n\nSaúdos,\n{sig}"),
   ("interview", "Entrevista no obradoiro", "Ola, {n}:\n\nAgardámoste no obradoiro o {dl}, ás dez. Por desgraza a rúa da Raíña segue pechada; entra pola praza do Campo.\n\nSaúdos,\n{sig}"))
lp("ostrich", "afr", "Oudtshoorn Volstruisplaas", "oudtshoornvolstruis", "za",
   ("Jou aansoek as plaaswerker", "Goeiemôre {n},\n\nBaie dankie vir jou briefie. 'n Buurman se seun het die plek gekry, so vir jou is daar hierdie seisoen niks.\n\nGroete,\n{sig}"),
   ("next_steps", "Volgende stap van jou aansoek", "Goeiemôre {n},\n\nOns het jou identiteitsdokument en twee verwysings nodig teen {dl}. Ongelukkig is die plaas se faks kaput; e-pos maar.\n\nGroete,\n{sig}"))
lp("horse", "isl", "Hrossabúið Skarð", "hrossabuskard", "is",
   ("Umsókn þín um starf", "Sæl/l, {n}.\n\nGaman að fá umsóknina um tamningar. Starfið fór til annars knapa úr sveitinni, svo hér endar þetta í bili.\n\nKveðja,\n{sig}"),
   ("interview", "Boð í viðtal", "Sæl/l, {n}.\n\nKomdu í spjall á búið {dl}, um tíuleytið. Því miður er heimreiðin ófær eftir rigningarnar; leggðu við veginn.\n\nKveðja,\n{sig}"))
lp("bunad", "nor", "Vossabunad Systove", "vossabunad", "no",
   ("Svar på søknaden din", "Hei {n},\n\nPrøvesømmen din var fin. Stillingen som bunadssyer gikk likevel til ei syerske fra Granvin, og her stopper det for deg.\n\nVennlig hilsen\n{sig}"),
   ("application_received", "Søknaden din er i hus", "Hei {n},\n\nSøknaden om å bli bunadssyer ligger hos oss. Uansett utfall sender systova deg ei melding innen tre uker.\n\nVennlig hilsen\n{sig}"))
lp("bike", "dan", "Odense Cykelværksted", "odensecykel", "dk",
   ("Svar på din ansøgning", "Hej {n},\n\nTak for besøget i værkstedet. Mekanikerjobben gik til en fra Dalum, så vores veje skilles her.\n\nVenlig hilsen\n{sig}"),
   ("offer", "Tilbud om ansættelse", "Hej {n},\n\nMekanikerjobben er din fra {dl}! Desværre har kaffemaskinen opgivet ånden; medbring egen kaffe.\n\nVenlig hilsen\n{sig}"))
lp("sauna", "fin", "Jyväskylän Kiuaspaja", "jyvaskylankiuas", "fi",
   ("Hakemuksesi kiuasasentajaksi", "Hei {n},\n\nKiitos kiinnostuksesta kiuaspajaa kohtaan. Asentajan paikka meni toiselle, joten tällä erää tie päättyy tähän.\n\nYstävällisin terveisin\n{sig}"),
   ("next_steps", "Seuraava vaihe: verkkotehtävä", "Hei {n},\n\nSeuraava vaihe on pieni verkkotehtävä, viimeistään {dl}. Valitettavasti se ei aukea puhelimella.\n\nYstävällisin terveisin\n{sig}"))
lp("dolomite", "est", "Saaremaa Dolomiidikarjäär", "saaredolomiit", "ee",
   ("Vastus teie kandideerimisele", "Tere, {n}!\n\nAitäh huvi eest kiviraiduri koha vastu. Koha sai üks Kuressaare mees ja teie teekond siin lõpeb.\n\nLugupidamisega\n{sig}"),
   ("application_received", "Teie avaldus on kohale jõudnud", "Tere, {n}!\n\nTeie avaldus kiviraiduri kohale jõudis karjääri. Jah või ei, sõna tuleb kolme nädala sees.\n\nLugupidamisega\n{sig}"))
lp("saltpan", "slv", "Piranske soline – delavnica", "piranskesoline", "si",
   ("Odgovor na vašo prijavo", "Pozdravljeni, {n},\n\nhvala za zanimanje za delo solinarja. Mesto je dobil domačin iz Sečovelj, zato za vas letos ni prostora.\n\nLep pozdrav,\n{sig}"),
   ("interview", "Vabilo na razgovor", "Pozdravljeni, {n},\n\npridite na pogovor {dl} ob devetih. Na žalost je parkirišče ob solinah zaprto; avto pustite v Seči.\n\nLep pozdrav,\n{sig}"))
lp("kilim", "srp", "Пиротска ћилимарска радионица", "pirotcilim", "rs",
   ("Одговор на вашу пријаву", "Поштовани {n},\n\nхвала што сте се јавили за ткање ћилима. Место је добила једна ткаља из Темске, па ту стајемо.\n\nСрдачан поздрав,\n{sig}"))


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
    if day.weekday() >= 5 and rng.random() < 0.75:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
    while (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # not on Christmas, Boxing Day or New Year's Day
        day += dt.timedelta(days=1)
    return local(day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), zone)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(lang: str, zone: str) -> list[str]:
    if lang != "en":
        return LANG_SIGNERS[lang]
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL_SIGNERS)


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 178; slice 179, this slice and any later one are skipped by number."""
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
