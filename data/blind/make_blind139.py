# ruff: noqa: E501, S311
"""Write the hundred-and-thirty-ninth sealed blind slice for issue 11 (blind-slice-139.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 138; slice 139 and later never read; our side printed)
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

SEED = 1391391
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-139.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 139
SKIP_FROM = 139  # this slice, slice 140 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 7, 10)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Kerris Mabbett", "Efua Quansah", "Sai Keerthana Reddy", "Tavares Knowles", "Brendan Kavanagh-Pike",
    "Duygu Aksoy", "Lê Quỳnh Anh", "Jolene Tibbetts", "Kwabena Asamoah-Boadu", "Mohammed Zubair Quadri",
    "Shantell Rolle", "Dervla Fitzmaurice", "Orhan Yıldırım", "Trần Gia Huy", "Marlon Cartwright",
    "Adjoa Ofori-Atta", "Ravali Kondapalli", "Kenrick Ferguson", "Noreen Squibb", "Hoàng Minh Thư",
    "Tobiah Whitcombe", "Selin Karataş", "Akosua Frimpong", "Vamshi Goud", "Desiree Pinder",
    "Gwyneth Harnum", "Caoimhe Brannigan", "Jarrah Whitfield", "Thembeka Dlamini", "Ruairí Mac Giolla",
    "Aroha Tamihana", "Priscilla Ng Hui Min", "Dashiell Okonkwo", "Imogen Stallard", "Yusuf Bilgin",
]
REGION_SIGNERS = {
    "bc": ["Darren Homer", "Sharon Pardoe", "Kelvin Round", "Tracey Bissell", "Wayne Hickinbottom"],
    "uk": ["Philippa Arkwright", "Cormac Delaney-Hurst", "Nadia Choudhury", "Rupert Ainsworth"],
    "gh": ["Abena Owusu-Ansah", "Kofi Boateng", "Esi Mensah-Bonsu", "Yaw Darko"],
    "hyd": ["Srinivas Rao Pulluri", "Farhana Begum Siddiqui", "Lakshmi Prasanna Vemula", "Syed Imtiaz Hussaini"],
    "bs": ["Latrice McKenzie", "Dwayne Sturrup", "Vernita Cargill", "Anthon Bethel"],
    "nf": ["Bernadette Hiscock", "Clayton Pittman", "Shirley Fudge", "Gerard Kinden"],
    "tr": ["Ebru Şahin", "Kaan Özdemir", "Hande Arslan"],
    "vn": ["Nguyễn Thị Lan Hương", "Phan Đức Thắng", "Võ Thanh Tâm"],
    "ie": ["Orla Geraghty", "Fionnán Breathnach", "Mairéad Cullinane"],
    "us": ["Lorraine Szymanski", "Tyrell Whitaker", "Augustina Pham", "Rusty Kimbrough"],
    "au": ["Shaun Lovegrove", "Keely Marchetti", "Warrick Dunstan"],
    "nz": ["Mereana Paewai", "Fergus Tolhurst", "Sione Havili"],
    "za": ["Lindiwe Mabaso", "Johan du Plessis", "Refilwe Molefe"],
    "sg": ["Goh Li Ting", "Harinder Singh Gill", "Nurul Huda Rahmat"],
}
REGION = {"use": "us", "usc": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى العبادي", "طارق النجار"], "de": ["Annegret Hollweg", "Volker Stiebritz"],
    "es": ["Candela Ruiz-Olmedo", "Gonzalo Ibarrola"], "fr": ["Maëlle Rocheteau", "Gaspard Lemercier"],
    "hi": ["सुनीता खंडेलवाल", "विकास चौहान"], "it": ["Ilaria Scognamiglio", "Federico Mancuso"],
    "ja": ["高橋 美咲", "森田 浩二"], "ko": ["윤서연", "한도윤"], "pt": ["Beatriz Saraiva", "Tiago Monteiro"],
    "ru": ["Ольга Берёзкина", "Игорь Самойлов"], "sw": ["Neema Lyimo", "Juma Makame"],
    "th": ["สุนันทา ทองดี", "ธนากร ศรีสุข"], "tr": ["Gülşen Aydın", "Serkan Polat"],
    "ur": ["شازیہ ملک", "عمران چودھری"], "zh": ["李秀英", "张伟东"],
    "nld": ["Marieke de Groot", "Joost van Leeuwen"], "swe": ["Ingrid Lundqvist", "Mattias Berglund"],
    "nor": ["Solveig Haugen", "Eirik Lunde"], "dan": ["Mette Kjærgaard", "Rasmus Holm"],
    "fin": ["Aino Heikkinen", "Juha Lehtonen"], "ind": ["Sri Wahyuni", "Agus Setiawan"],
    "msa": ["Siti Aishah Kamarudin", "Faizal Othman"], "vie": ["Trương Thị Mai", "Lý Quốc Bảo"],
    "heb": ["מיכל לוי", "יואב כהן"], "fas": ["مریم رضایی", "بهرام کریمی"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سعيد", "يوسف عبد الله"], "de": ["Franziska Kehl", "Moritz Albers"],
    "es": ["Lucía Carmona", "Pablo Echeverría"], "fr": ["Anaïs Perrot", "Hugo Delmas"],
    "hi": ["नेहा अग्रवाल", "रोहित सक्सेना"], "it": ["Giulia Esposito", "Davide Rinaldi"],
    "ja": ["佐藤 遥", "伊藤 大輝"], "ko": ["이수민", "최지훈"], "pt": ["Inês Correia", "Duarte Nogueira"],
    "ru": ["Анна Волкова", "Сергей Миронов"], "sw": ["Amina Salum", "Hamisi Mwinyi"],
    "th": ["พิมพ์ชนก ใจดี", "กิตติพงษ์ มั่นคง"], "tr": ["Elif Çelik", "Burak Şen"],
    "ur": ["حنا رشید", "کامران اقبال"], "zh": ["王芳", "赵明轩"],
    "nld": ["Sanne Visser", "Bram Jansen"], "swe": ["Elsa Nyström", "Oskar Lindgren"],
    "nor": ["Ingrid Bakke", "Sindre Moen"], "dan": ["Freja Mortensen", "Mikkel Dahl"],
    "fin": ["Veera Mäkinen", "Eetu Koskinen"], "ind": ["Dewi Lestari", "Rizky Pratama"],
    "msa": ["Nur Aina Zulkifli", "Hafiz Rosli"], "vie": ["Đặng Thu Hà", "Bùi Quang Minh"],
    "heb": ["נועה אברהם", "איתי שפירא"], "fas": ["زهرا حسینی", "امید جعفری"],
}
GIVEN = {
    "Lê Quỳnh Anh": "Quỳnh Anh", "Trần Gia Huy": "Huy", "Hoàng Minh Thư": "Thư", "Priscilla Ng Hui Min": "Priscilla",
    "Sai Keerthana Reddy": "Keerthana", "Mohammed Zubair Quadri": "Zubair", "Nguyễn Thị Lan Hương": "Hương",
    "Phan Đức Thắng": "Thắng", "Võ Thanh Tâm": "Tâm", "Goh Li Ting": "Li Ting", "Srinivas Rao Pulluri": "Srinivas",
    "Farhana Begum Siddiqui": "Farhana", "Lakshmi Prasanna Vemula": "Lakshmi", "Syed Imtiaz Hussaini": "Imtiaz",
    "Harinder Singh Gill": "Harinder", "Nurul Huda Rahmat": "Nurul",
}
PROVIDERS = ["quarrymail", "fernpost", "slatebox", "heronmail", "cobblepost", "driftbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "bc": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "nl": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "bs": ("-0500", "-0400", "us"), "nf": ("-0330", "-0230", "us"), "br": ("-0300", None, ""),
    "gh": ("+0000", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "ir": ("+0330", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "hyd": ("+0530", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "my": ("+0800", None, ""),
    "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "bs", "nf")


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


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nDear {sf}, ta for the loading-bay tour Friday. Forklift card renewal's booked for May; Mr Nunoo (old gaffer) answers evenings.\n{n}"
GNOTE = "\n> Hiya {sf}, ta for the loading-bay tour Friday. Forklift\n> card renewal's booked for May; Mr Nunoo (old gaffer)\n> answers evenings.\n> {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role} – following up on the visit" + QNOTE, "{GM}": GMAIL + GNOTE, "{ORIG}": ORIGINAL + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Update on your {role} application – ref JR{ref}", "Hello {n},\n\nReq JR{ref}, {role}: the hiring panel went through every profile and is progressing others whose track record sits nearer the job brief. Candidate Home now shows \"Closed – Position Filled\" against your entry.\n\nThanks for all your effort.\n\nTalent Acquisition, {co}", ("Cradley Link Works", "Tema Cocoa Processors"), ("cradleylinkworks", "temacocoaproc"), role=("Chain Welder", "Roasting Line Operator"), tz=("bc", "gh"), frm="{co} Careers <careers-noreply@{dom}>")
mr("gh", "{co} — {role} outcome", "Hi {n},\n\nThe paired exercise and both video calls were appreciated. Our {role} search has wrapped up; your candidacy closes along with it. It was a close shortlist, honestly.\n\nGood luck out there,\n{sig}\nRecruiting at {co}", ("Banjara Fintech Labs", "Cormorant Key Payments"), ("banjarafintech", "cormorantkeypay"), role=("Backend Engineer (Payments)", "Mobile Developer"), tz=("hyd", "bs"))
mr("lv", "Re: {role} at {co}", "Hey {n} — appreciated your application. The crew picked a different applicant for this opening. We'd like to file your details in our talent circle for two years, in case something else crops up; reply FORGETME and they're wiped.\n\n{sig}, People team", ("Gander Cod Processors", "Kumasi Adinkra Collective"), ("gandercod", "kumasiadinkra"), role=("Plant Quality Tech", "Loom Supervisor"), tz=("nf", "gh"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><p>Please see the current outcome for your application below.</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Not successful – post has been filled</td></tr></table><p>Cheers for thinking of {co}.</p><p>Regards,<br>{sig}</p></body></html>", ("Istanbul Carpet Export House", "Old Hill Skip Hire"), ("istcarpetexport", "oldhillskips"), role=("Export Sales Assistant", "Yard Operative"), tz=("tr", "bc"))
mr("ic", "Your application to {co} (Req {ref})", "Dear {n},\n\nThank you for applying for {role}. Holding {x} is a must for this post; your form showed none, so screening stopped it before the hiring manager's desk. Once you've got it, do send a fresh one.\n\nKind regards,\n{co} Recruitment", ("Nassau Harbour Pilots Co.", "Mount Pearl Fuel Haulage"), ("nassaupilots", "mtpearlfuel"), role=("Pilot Boat Deckhand", "Tanker Driver"), x=("an in-date STCW basic safety ticket", "a current TDG certificate"), tz=("bs", "nf"))
mr("tl", "{role} – requisition {ref}", "Dear {n},\n\nRequisition {ref} ({role}) got pulled during an internal restructure, so this recruitment is over. Every application, yours too, closes here without progressing.\n\nWith appreciation from {co}.\n\nHuman Resources", ("Secunderabad Cooperative Urban Credit", "Hai Phong Seafood Export JSC"), ("secbadcoopcredit", "haiphongseafood"), role=("Branch Cashier", "Cold Chain Coordinator"), tz=("hyd", "vn"))
mr("wk", "About your trial evening at {co}", "Hi {n},\n\nTa for doing the trial evening ({role}). It goes to a person with more nights in a packed dining room behind them. Grab a free starter next time you're passing — on us.\n\nCheers,\n{sig}", ("Tipton Balti Corner", "Osu Chop Bar"), ("tiptonbalti", "osuchopbar"), role=("Waiting Staff", "Kitchen Porter"), tz=("bc", "gh"))
mr("bh", "{role} at {co}", "Hi {n},\n\nTwo weekend staffers wanted full-time work and took up the {role} hours between them, so outside applications are now shut.\n\nThanks for thinking of us,\n{sig}\n{co}", ("Paradise Island Kayak Hire", "Petty Harbour Tackle and Bait"), ("pikayakhire", "pettyhbait"), role=("Beach Attendant", "Counter Clerk"), tz=("bs", "nf"))
mr("tt", "Ihre Bewerbung / your application – {role}", "Hello {n},\n\nbig thanks for your interest as {role}. The decision fell now on one other applicant, whose profile matches nearer to what we search. For your further path we wish you every good.\n\nFriendly greetings\n{sig}\n{co}", ("Gemlik Silk Looms Ltd.", "Manisa Fig Packers"), ("gemliksilklooms", "manisafigpack"), role=("Production Planner", "Warehouse Clerk"), tz=("tr",))
mr("pp", "Outcome: {role} screening", "Dear {n},\n\nScreening questions for {role}: you scored {x}; the bar for interview was {y}. Your application therefore stops here.\n\n{co} Resourcing", ("Walsall Saddle and Harness", "Danang Resort Linen Services"), ("walsallharness", "danangresortlinen"), role=("Stitcher", "Laundry Shift Lead"), x=("21/40", "48/100"), y=("27", "61"), tz=("bc", "vn"))
mr("jz", "{role} vacancy withdrawn", "Hello {n},\n\nBad news on {role}: the opening is pulled. Its funding came from a client contract that finished early, leaving nothing to fill. Ta for your interest regardless.\n\n{sig}\n{co}", ("Grand Bahama Pool Services", "Achimota Security Patrols"), ("gbpoolservice", "achimotapatrol"), role=("Pool Technician", "Patrol Supervisor"), tz=("bs", "gh"))
mr("ab", "Your conversations with {co}", "{n}, hi —\n\nThree conversations about {role} — thank you. Once the interviewers compared notes, another finalist received the offer. You spoke about your work with real candour and I noticed.\n\n{sig}", ("Madhapur Speech AI", "Saigon Agritech Drones"), ("madhapurspeech", "saigonagridrone"), role=("ML Engineer", "Field Operations Lead"), tz=("hyd", "vn"))
mr("sm", "Summer crew {role} – {co}", "Hi {n},\n\nThanks for putting in for {role} this summer. Returning crew from last summer filled every slot, which leaves no room this season for anyone new.\n\nAll the best,\n{sig}\n{co}", ("Bonavista Gannet Walks", "Exuma Sandspit Excursions"), ("bonavistagannet", "exumasandspit"), role=("Trail Guide", "Excursion Host"), tz=("nf", "bs"))
mr("o1", "That fitter's job", "Ow bist {n},\n\nThanks for comin down the works Tuesday. Ar kid Darren's took on a chap from Netherton what's done fifteen year on the presses, so the fitter's job's gone, bab. Keep yer pecker up an' pop in if yer passin.\n\n{sig}\n{co}", "Lye Bucket and Hollowware", "lyehollowware", tz="bc")
mr("o2", "RE: APPLICATION FOR ACCOUNTS CLERK", "Dear {n},\n\nReceipt of your letter is acknowledged. After due consideration management has given the vacancy to another applicant. May God direct you.\n\nYours faithfully,\n{sig}\nAdministration, {co}", "Kasoa Block Factory Ltd", "kasoablocks", tz="gh")
mr("o3", "Regarding your profile – Biryani Kitchen Supervisor", "Dear {n} garu,\n\nKindly note management has gone ahead and finalised another candidate for Kitchen Supervisor at {co}. Hence your profile stands closed for now. Please be in touch regarding future openings.\n\nThanks & regards,\n{sig}", "Charminar Biryani House", "charminarbiryani", tz="hyd")
mr("o4", "Straw market stall assistant", "Morning {n},\n\nNice of you to come by the stall askin' about the job. We gone with somebody who know the cruise-ship crowd already. God bless, and keep pushing, ya hear?\n\n{sig}\n{co}", "Bay Street Straw Crafts", "baystraw", tz="bs")
mr("o5", "Deckhand position", "Hi {n}, b'y,\n\nThanks for comin' down to the wharf. Skipper's after hirin' his nephew, so the boat's crewed up till fall. All the best to ya.\n\n{sig}\n{co}", "Trinity Bight Capelin Co.", "trinitycapelin", tz="nf")
mr("o6", "Your application result", "Dear Mr./Ms. {n},\n\nWe thank for your interest. After our evaluation, decision is to go on with another candidate for Sales Representative position. Success in your career we wish.\n\nBest regards,\n{sig}\nHR Department, {co}", "Anatolia Copperware Trading", "anatoliacopper", tz="tr")
mr("o7", "Result of your application", "Dear {n},\n\nMany thank for apply to {co}. We review carefully already. Sorry that you are not select for Tour Guide position in this round. Hope to meet you in other chance.\n\nBest regards,\n{sig}", "Hoi An Lantern Tours", "hoianlanterntours", tz="vn")
mr("o8", "Locksmith apprentice", "Hi {n},\n\nThe apprentice post drew heaps of interest and another applicant has now accepted it. Your neat handwritten letter was a nice touch, mind.\n\nRegards,\n{sig}, {co}", "Willenhall Padlock Makers", "willenhallpadlock", tz="bc")
mr("o9", "Removals porter – thanks", "{n},\n\nJust a line: the porter vacancy is filled. Ta, and best of luck.\n\n{sig}\n{co}", "Liffey Valley Removals", "liffeyremovals", tz="ie")
mr("o10", "Your application, Tattoo Studio Receptionist", "Hi {n},\n\nAppreciate you applying. The front desk is now staffed, so no meeting will be set up. Good luck with the hunt.\n\n{sig}\n{co}", "Ink and Anchor Tattoo Parlor", "inkanchortattoo", tz="usc")
mr("o11", "Scaffolder's labourer", "G'day {n},\n\nThanks for the call. The labourer's spot has been filled by a bloke with his white card and a few years on the tools. Your number's on the board in case work picks up after Christmas.\n\n{sig}\n{co}", "Bayside Scaffold Hire", "baysidescaffold", tz="au")
mr("o12", "Funeral arranger vacancy", "Kia ora {n},\n\nHaving met the applicants for Funeral Arranger, we've appointed a person with longer experience alongside grieving whānau, and the role is closed.\n\nNgā mihi,\n{sig}\n{co}", "Flaxbourne Memorial Chapels", "flaxbournechapels", tz="nz")
mr("o13", "Application: Solar Installer", "Hi {n},\n\nThanks for applying to {co}. Your application stops here, because we need installers who already hold electrical registration.\n\nKind regards,\n{sig}", "Sunwold Sunroof Solar", "sunwoldsunroof", tz="za")
mr("o14", "Bowling centre – duty manager", "Hi {n},\n\nAppreciate you meeting us about Duty Manager. Regret to say your application did not succeed; another candidate has since been appointed.\n\nBest wishes,\n{sig}\n{co}", "Tampines Strike Lanes", "tampinesstrike", tz="sg")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – following up on the visit", "Hi {n},\n\nYour note made my morning, thanks. Dave has appointed Jolanda from the Stourbridge site; she's with us from next month. Honestly, meeting you was a genuine pleasure.\n\nWarmly,\n{sig}\n\n{OUT}", ("Dudley Crystal Engravers", "Akosombo Lake Ferries Catering"), ("dudleycrystal", "akosombocatering"), role=("Bench Engraver", "Galley Cook"), tz=("bc", "gh"))
mr("th2", "RE: [EXT] Re: Chat on Thursday", "Hello {n},\n\nSo nice to get your message; certificates arrived quickly, thanks. Our director has chosen Rohan for the {role} post; he'll be stepping in next week. Wishing you everything good.\n\n{sig}\n\n{ORIG}", ("Hitech City Coworking Hub", "Nassau Wedding Planners"), ("hitechcowork", "nassauweddings"), role=("Community Manager", "Event Coordinator"), tz=("hyd", "bs"))
mr("th3", "RE: [EXT] Re: {role}", "Hey {n},\n\nGreat to get your message. The owners picked Kayla, who ran the shop floor at their Corner Brook branch, for the {role} job. Thanks again for coming all that way in the snow.\n\nTake care,\n{sig}\n\n{GM}", ("Gander Upholstery and Drapes", "Mersin Citrus Packhouse"), ("ganderupholstery", "mersincitrus"), role=("Workshop Lead", "Line Supervisor"), tz=("nf", "tr"))
mr("th4", "RE: [EXT] Re: Follow-up after Tuesday", "Dear {n},\n\nYour warm message lifted the office. Monday's board picked Ms. Thảo for the {role} position. Every success to you.\n\nSincerely,\n{sig}\n\n{OUT}", ("Hue Language Institute", "Accra Dance Academy"), ("huelanginst", "accradanceacad"), role=("Programme Coordinator", "Studio Manager"), tz=("vn", "gh"))
mr("th5", "RE: [EXT] Re: Thanks!", "{n} —\n\nCheers for the thank-you card, it's pinned up in the office. Our head groundsman went with Callum, who did the apprenticeship here, for the {role} role. Look after yourself.\n\n{sig}\n\n{GM}", ("Wolverhampton Caravan Park", "Halden Mushroom Farm"), ("wolvcaravanpark", "haldenmushroom"), role=("Site Warden", "Picking Supervisor"), tz=("bc", "uk"))
mr("th6", "RE: [EXT] Re: {role} – next steps?", "Hi {n},\n\nThanks for checking in. Our client has made their pick: they're bringing on a candidate who's worked their own plant before. Good fun getting to know you across those calls.\n\nBest,\n{sig}\n\n{ORIG}", ("Banjara Hills Tile Showrooms", "Freeport Water Bottling"), ("banjaratiles", "freeportwater"), role=("Showroom Manager", "Bottling Line Lead"), tz=("hyd", "bs"))
mr("th7", "RE: [EXT] Re: Visit last week", "Dear {n},\n\nThank you for writing. The family gave the {role} job to their cousin's daughter, who has minded the shop since spring. Customers liked you on the trial day.\n\nWith thanks,\n{sig}\n\n{OUT}", ("Fogo Island Quilt Shop", "Kadıköy Upholstery Atelier"), ("fogoquilts", "kadikoyatelier"), role=("Shop Assistant", "Apprentice"), tz=("nf", "tr"))
mr("th8", "RE: [EXT] Re: Thank you", "Hello {n},\n\nHow kind to write. Mr Long gave the {role} post to a colleague from our Hanoi office, who accepted yesterday. Lovely to have met you.\n\nKind regards,\n{sig}\n\n{GM}", ("Mekong Rice Millers", "Takoradi Port Chandlery"), ("mekongrice", "takoradistores"), role=("Mill Shift Engineer", "Stores Supervisor"), tz=("vn", "gh"))

# ---- 8 clear refusals under long footers
FOOT = "\n\n::::: {CO} · CAREERS PAGE :::::\nJoin 'The Shop Window', our monthly letter of new openings, staff stories and store news. Job alerts go out every Tuesday; change how often in your profile. To stop this letter reply WINDOWOFF. We look after personal details under our privacy notice. Nobody sits behind this address, so answers vanish. © {co}. All rights reserved."
mr("ft1", "Your application – {role}", "Dear {n},\n\nYour application for {role} has been read; it goes no further.\n\n{sig}" + FOOT, ("Brierley Hill Bridal Rooms", "Osu Fabric Emporium"), ("brierleybridal", "osufabrics"), role=("Bridal Consultant", "Cutting Counter Assistant"), tz=("bc", "gh"))
mr("ft2", "{role}: application outcome", "Hi {n},\n\nThanks for your interest. Unfortunately {role} went to other applicants.\n\n{sig}" + FOOT, ("Ameerpet Toy Bazaar", "Long Island Bahamas Charity Shop"), ("ameerpettoys", "lisbcharity"), role=("Floor Assistant", "Donations Sorter"), tz=("hyd", "bs"))
mr("ft3", "About {role}", "Dear {n},\n\nHaving looked at your {role} application, we're closing it here.\n\n{sig}" + FOOT, ("Water Street Wool and Yarn", "Nişantaşı Shoe Gallery"), ("waterstwool", "nisantasishoes"), role=("Sales Associate", "Store Assistant"), tz=("nf", "tr"))
mr("ft4", "Update – {role}", "Hello {n},\n\nThanks. This time round your {role} application was unsuccessful.\n\n{sig}" + FOOT, ("Ben Thanh Bridal House", "Halesowen Tile Warehouse"), ("benthanhbridal", "halesowentiles"), role=("Stylist", "Warehouse Picker"), tz=("vn", "bc"))

# ---- 9 hedged refusals
mr("hd1", "{role} – an update", "Hi {n},\n\nThank you for your patience. Two others on the list had more seasons crewing funeral corteges, and the team felt they were a closer fit for where we are right now. {sig} from the office will return your references by post.\n\nKind regards,\n{co}", ("Stourbridge Horse-Drawn Funerals", "Winton Heights Carriage Hire"), ("stourhorsefunerals", "wintoncarriage"), role=("Groom and Driver", "Coachman"), tz=("bc", "bs"))
mr("hd2", "Your application for {role}", "Dear {n},\n\nTa for sitting with our panel. Others in the group had more years on commercial laundry machinery, nearer the brief, and we've followed that.\n\nBest,\n{sig}\n{co}", ("Kumasi Industrial Laundries", "Kukatpally Linen Works"), ("kumasilaundry", "kukatpallylinen"), role=("Maintenance Fitter", "Machine Technician"), tz=("gh", "hyd"))
mr("hd3", "Re: {role}", "Hi {n},\n\nAppreciate your patience. In the end this one went another way.\n\nAll the best,\n{sig}\n{co}", ("Conception Bay Climbing Wall", "Moda Bouldering Gym"), ("cbclimbwall", "modaboulder"), role=("Route Setter", "Floor Coach"), tz=("nf", "tr"))
mr("hd4", "{role} follow-up", "Dear {n},\n\nKind of you to travel over. Our panel leaned towards a candidate with experience running a bus depot's night shift, as that suits our timetable changes better.\n\nRegards,\n{sig}\n{co}", ("Vung Tau Coach Lines", "Black Country Bus Co-operative"), ("vungtaucoach", "bcbuscoop"), role=("Depot Controller", "Night Duty Inspector"), tz=("vn", "bc"))
mr("hd5", "Regarding your profile", "Dear {n},\n\nThis is to update you that the client has preferred profiles with stronger exposure in pharma packaging lines and shall be moving ahead with them. We shall reach out if something matching comes up.\n\nRegards,\n{sig}\n{co}", "Jubilee Hills Talent Partners", "jubileetalent", tz="hyd")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}", "Hi {n},\n\nGood chat earlier. As I said I'd confirm: for {role} they picked the other shortlisted person. They've just opened a {x} post on earlies that I reckon suits you more; okay to forward your CV?\n\n{sig}\n{co}", ("Tividale Staffing Solutions", "Accra Talent Bridge"), ("tividalestaff", "accratalent"), role=("Quarry Weighbridge Clerk", "Logistics Coordinator"), x=("Plant Dispatcher", "Fleet Scheduler"), tz=("bc", "gh"))
mr("rc2", "{role} feedback + something else", "Hello {n},\n\nFor {role} the hiring manager chose from inside the company. However, I have a {x} opening with a restaurant group in the same area, starting next month. Can we talk tomorrow?\n\n{sig}, {co}", ("Gachibowli Hospitality Recruiters", "Nassau Careers Connect"), ("gachibowlirecruit", "nassaucareers"), role=("Banquet Manager", "Guest Services Manager"), x=("Outlet Manager", "Events Supervisor"), tz=("hyd", "bs"))
mr("rc3", "Quick update and a new role", "Hi {n},\n\n{role} went to a fella with more fish-plant time, sorry. There's a {x} role at a seafood processor in Clarenville I can put you forward for today if you'd like.\n\n{sig}\n{co}", ("Avalon Workforce", "Avalon Workforce"), ("avalonworkforce", "avalonworkforce"), role=("Production Supervisor", "Sanitation Lead"), x=("Shift Supervisor", "Hygiene Coordinator"), tz=("nf",))
mr("rc4", "Your application – Import Coordinator", "Dear {n},\n\nOur client chose another candidate for the Import Coordinator role. In the same company a Customs Documentation Specialist is also needed; with your background I want to present your CV. Please confirm by Friday.\n\nBest regards,\n{sig}\n{co}", "Bosphorus Executive Search", "bosphorusexec", tz="tr")

# ---- 8 public-sector notices
mr("ps1", "Notice of results – {role}, announcement {ref}", "Dear {n},\n\nYour {role} application met the eligibility and qualification standard. On the ranked list it sat below the referral cut for the selecting official. No action on your part is required.\n\n{co}", ("County of Sandhurst Human Resources", "Town of Paradise Personnel Office"), ("sandhurstcounty", "paradisetown"), role=("Parks Maintenance Worker", "Recreation Programmer"), tz=("use", "nf"), frm="{co} <hr-notices@{dom}>")
mr("ps2", "Application {ref}: eligibility decision", "Dear {n},\n\nThe {role} application you lodged is ineligible: by the closing date {x} hadn't arrived. It will receive no further consideration.\n\n{co}", ("Ghana Public Services Recruitment Unit", "Telangana District Health Society"), ("gpsrecruitunit", "tgdistricthealth"), role=("Records Officer", "Data Entry Operator"), x=("the certified degree copy", "the caste/income certificate"), tz=("gh", "hyd"), frm="{co} <noreply@{dom}>")
mr("ps3", "Competition {ref} cancelled", "Dear {n},\n\nAfter a departmental funding review, the {role} competition is cancelled: no appointment, every application closed. We value your interest in public service.\n\n{co}", ("Public Service Commission of The Bahamas", "Dudley Metropolitan Borough Council"), ("psc-bahamas", "dudleymbc"), role=("Customs Clerk", "Highways Inspector"), tz=("bs", "bc"), frm="{co} <recruitment@{dom}>")
mr("ps4", "Written examination result – {role}", "Dear {n},\n\nYour written examination mark for {role} was {x}. With a qualifying mark of {y}, your candidacy ends before the interview stage.\n\n{co}", ("Istanbul Municipal Personnel Directorate", "Da Nang City Department of Home Affairs"), ("istmunipersonnel", "danangdoha"), role=("Technical Assistant", "Administrative Officer"), x=("57", "44/100"), y=("65", "50/100"), tz=("tr", "vn"), frm="{co} <exam@{dom}>")

# ---- 6 bare ATS status updates
mr("ba1", "Status update – {role}", "Hi {n},\n\nFenwick Hire status change.\n\nPosition: {role}\nStatus: No longer under consideration\n\nFenwick Hire", ("Fenwick Hire", "Fenwick Hire"), ("fenwickhire", "fenwickhire"), role=("Warehouse Associate", "Driver Helper"), tz=("usc", "bs"), frm="Fenwick Hire <notify@{dom}>")
mr("ba2", "Your application has been updated", "<html><body><p>{n},</p><p>Your application for <b>{role}</b> moved to: <b>Closed – not advancing</b>.</p><p>Sign in to Larchmoor Careers to see all your applications.</p></body></html>", ("Larchmoor Careers", "Larchmoor Careers"), ("larchmoor", "larchmoor"), role=("Customer Care Agent", "Claims Handler"), tz=("uk", "ie"), frm="Larchmoor Careers <updates@{dom}>")
mr("ba3", "{role}: application status", "Hello {n}, your application for {role} ({ref}) is now marked Not selected. Automated notice. – Tarnbeck Jobs", ("Tarnbeck Jobs", "Tarnbeck Jobs"), ("tarnbeck", "tarnbeck"), role=("Retail Stock Assistant", "Call Centre Adviser"), tz=("za", "sg"), frm="Tarnbeck Jobs <noreply@{dom}>")

# ---- 6 internship / graduate decisions
mr("in1", "{x} – decision", "Dear {n},\n\nAfter the {x} assessment day, this year's intake is full without you. Competition was strong; do think of us next year.\n\nEarly Careers Team\n{co}", ("Sandwell Foundry Group", "Volta Cocoa Board Ventures"), ("sandwellfoundry", "voltacocoa"), x=("2026 Metallurgy Graduate Programme", "National Service Internship in Cocoa Research"), tz=("bc", "gh"))
mr("in2", "Summer internship outcome", "Hi {n},\n\nYour {x} summer internship application arrived among many, for very few places, and this summer you're not among those placed.\n\nBest wishes,\n{sig}\n{co}", ("Hyderabad Heritage Conservation Trust", "Saigon Architecture Studio"), ("hydheritage", "saigonarchstudio"), x=("Heritage Documentation", "Architecture"), tz=("hyd", "vn"))
mr("in3", "Cadet programme application", "Dear {n},\n\nThe {x} selection board has met; you were unsuccessful, and no programme place was allocated.\n\n{co}", ("Bahamas Aviation Cadet Scheme", "Marine Institute Cadet Scheme"), ("bahamascadets", "micadets"), x=("Aviation Maintenance Cadetship", "Nautical Cadet Programme"), tz=("bs", "nf"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "We've got your application – {role}", "Hello {n},\n\nYour application for {role} (JR{ref}) has arrived. On Candidate Home its status will move to \"Interview\" or to \"Closed – Position Filled\" once the team has looked at it; until then it reads \"Received\".\n\nTalent Acquisition, {co}", ("Cradley Link Works", "Tema Cocoa Processors"), ("cradleylinkworks", "temacocoaproc"), role=("Press Operator", "Warehouse Loader"), tz=("bc", "gh"), frm="{co} Careers <careers-noreply@{dom}>")
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application landed! Each and every one gets opened by a real recruiter here. If the fit's wrong, we email to say so — no ghosting; if it's right, you'll be booked for a first call.\n\n{sig}, Recruiting", ("Banjara Fintech Labs", "Cormorant Key Payments"), ("banjarafintech", "cormorantkeypay"), role=("Data Engineer", "QA Analyst"), tz=("hyd", "bs"))
mo("application_received", "a3", "{co} – application in", "Hey {n}, {role}: application in. However this one turns out, your details go into our talent circle for two years (FORGETME wipes them).\n\n{sig}", ("Gander Cod Processors", "Kumasi Adinkra Collective"), ("gandercod", "kumasiadinkra"), role=("Forklift Operator", "Dye House Assistant"), tz=("nf", "gh"))
mo("application_received", "a4", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Later shows</td><td>Interview · Not successful</td></tr></table><p>{co}</p></body></html>", ("Istanbul Carpet Export House", "Old Hill Skip Hire"), ("istcarpetexport", "oldhillskips"), role=("Showroom Host", "Skip Lorry Driver"), tz=("tr", "bc"))
mo("application_received", "a5", "We have your application (Req {ref})", "Dear {n},\n\nYour {role} application is logged. Any form missing {x} gets screened out before the hiring manager sees them, so please check your upload. We'll write again after screening.\n\n{co} Recruitment", ("Nassau Harbour Pilots Co.", "Mount Pearl Fuel Haulage"), ("nassaupilots", "mtpearlfuel"), role=("Launch Engineer", "Yard Fueller"), x=("a valid STCW certificate", "a TDG certificate"), tz=("bs", "nf"))
mo("application_received", "a6", "{role} – application acknowledged", "Dear {n},\n\n{role}: safely logged. If the requisition is withdrawn during the ongoing reorganisation, all applicants will be informed. Otherwise shortlisting completes within three weeks.\n\nHuman Resources, {co}", ("Secunderabad Cooperative Urban Credit", "Hai Phong Seafood Export JSC"), ("secbadcoopcredit", "haiphongseafood"), role=("Loan Officer", "Export Documentation Clerk"), tz=("hyd", "vn"))
mo("application_received", "a7", "Got your CV!", "Hi {n},\n\nTa for the CV ({role}). Make the list and we'll phone about a trial evening; two weeks of quiet says somebody else got the nod.\n\n{sig}, {co}", ("Tipton Balti Corner", "Osu Chop Bar"), ("tiptonbalti", "osuchopbar"), role=("Bar Staff", "Grill Cook"), tz=("bc", "gh"))
mo("application_received", "a8", "Thanks for applying – {co}", "Hi {n},\n\nGot your {role} application. Our weekend staff can claim extra hours first, and if one does we'll email. Whatever happens, we keep your details on file till next season.\n\n{sig}", ("Paradise Island Kayak Hire", "Petty Harbour Tackle and Bait"), ("pikayakhire", "pettyhbait"), role=("Rental Desk Clerk", "Stock Assistant"), tz=("bs", "nf"))
mo("application_received", "a9", "Your application has arrived – {role}", "Hello {n},\n\ntoday your papers as {role} arrived by us. Evaluation needs around two weeks. Be it yes or be it no, an answer from us comes to you.\n\nFriendly greetings\n{sig}, {co}", ("Gemlik Silk Looms Ltd.", "Manisa Fig Packers"), ("gemliksilklooms", "manisafigpack"), role=("Quality Inspector", "Packing Supervisor"), tz=("tr",))
mo("application_received", "a10", "Screening questions received", "Dear {n},\n\nYour {role} screening answers are in. Scores below the cut-off stop there; higher scorers get a short call. Word reaches you within ten working days.\n\n{co} Resourcing", ("Walsall Saddle and Harness", "Danang Resort Linen Services"), ("walsallharness", "danangresortlinen"), role=("Leather Cutter", "Ironing Operator"), tz=("bc", "vn"))
mo("application_received", "a11", "Application received", "Hello {n},\n\nYour {role} application is in. The job hangs on a client renewing their contract; should they walk away, we shut the vacancy and email you the same day.\n\n{sig}\n{co}", ("Grand Bahama Pool Services", "Achimota Security Patrols"), ("gbpoolservice", "achimotapatrol"), role=("Chemical Tech", "Control Room Operator"), tz=("bs", "gh"))
mo("application_received", "a12", "Thanks, {n} – we've got it", "{n}, hi —\n\n{role}: application received. You'll get a reply whatever we decide, usually inside a week, and a no would be said plainly.\n\n{sig}, {co}", ("Madhapur Speech AI", "Saigon Agritech Drones"), ("madhapurspeech", "saigonagridrone"), role=("Speech Data Annotator", "Drone Pilot"), tz=("hyd", "vn"))
mo("application_received", "a13", "Summer crew – application in", "Hi {n},\n\n{role} application noted. Last year's crew choose slots first; should none be left once they confirm, expect a brief note in April.\n\n{sig}, {co}", ("Bonavista Gannet Walks", "Exuma Sandspit Excursions"), ("bonavistagannet", "exumasandspit"), role=("Boardwalk Host", "Snorkel Guide"), tz=("nf", "bs"))
mo("application_received", "a14", "Application acknowledgement", "Dear {n},\n\n{role} post: application hereby acknowledged. Kindly be informed we reach out to shortlisted persons only. One month without word from this office signals an unsuccessful application.\n\n{co}", ("Kasoa Block Factory Ltd", "Takoradi Port Chandlery"), ("kasoablocks", "takoradistores"), role=("Storekeeper", "Accounts Assistant"), tz=("gh",))
mo("application_received", "a15", "Profile received – {role}", "Dear {n},\n\nThank you for sharing your profile for {role}. The same is under review with the client. In case of no revert within fifteen days, kindly treat the requirement as closed from our end. Your CV shall stay on our records.\n\nRegards,\n{sig}", ("Jubilee Hills Talent Partners", "Jubilee Hills Talent Partners"), ("jubileetalent", "jubileetalent"), role=("Production Chemist", "Packaging Engineer"), tz=("hyd",))
mo("application_received", "a16", "Application received – {role}", "Dear {n},\n\nWe receive already your application for {role}. In case you are not choose for interview, your CV stay with us for other position later. Please wait our contact.\n\nBest regards,\n{sig}", ("Hoi An Lantern Tours", "Mekong Rice Millers"), ("hoianlanterntours", "mekongrice"), role=("Booking Officer", "Warehouse Keeper"), tz=("vn",))
mo("application_received", "a17", "Başvurunuz / Your application", "Dear {n},\n\nYour application to {role} position is in system now. If profile is not suitable, it stays in our pool six months. Thanks for interest to {co}.\n\n{sig}\nHR", ("Anatolia Copperware Trading", "Mersin Citrus Packhouse"), ("anatoliacopper", "mersincitrus"), role=("Logistics Assistant", "Forklift Operator"), tz=("tr",))
mo("application_received", "a18", "Application for {role} – received", "Dear {n},\n\nYour entry to the {role} competition is registered. After the closing date, eligibility letters go to each applicant. Ineligible applications are not assessed further, so make sure your documents are complete.\n\n{co}", ("Public Service Commission of The Bahamas", "Town of Paradise Personnel Office"), ("psc-bahamas", "paradisetown"), role=("Clerk II", "Library Assistant"), tz=("bs", "nf"), frm="{co} <recruitment@{dom}>")
mo("application_received", "a19", "Application submitted: {role}", "Hi {n},\n\nApplication status: Submitted.\nCan later read: In review · Interview · No longer considered.\n\nFenwick Hire", ("Fenwick Hire", "Fenwick Hire"), ("fenwickhire", "fenwickhire"), role=("Order Picker", "Yard Spotter"), tz=("usc", "bs"), frm="Fenwick Hire <notify@{dom}>")
mo("application_received", "a20", "Thanks for applying", "<html><body><p>{n}, your <b>{role}</b> application is in.</p><p>If it closes without advancing, Larchmoor Careers will show <i>Closed – not advancing</i>. Nothing for you to do now.</p></body></html>", ("Larchmoor Careers", "Larchmoor Careers"), ("larchmoor", "larchmoor"), role=("Renewals Adviser", "Team Leader"), tz=("uk", "ie"), frm="Larchmoor Careers <updates@{dom}>")
mo("application_received", "a21", "Graduate programme – application received", "Dear {n},\n\nYour {x} application is in. Online tests follow within a fortnight. Below the pass mark means no assessment-day invite, though everybody receives a results email.\n\nEarly Careers Team, {co}", ("Sandwell Foundry Group", "Volta Cocoa Board Ventures"), ("sandwellfoundry", "voltacocoa"), x=("2026 Process Engineering Graduate Programme", "Agronomy Internship"), tz=("bc", "gh"))
mo("application_received", "a22", "Internship application – confirmed", "Hi {n},\n\nYour {x} summer internship application has reached us. With few places, all applicants get a letter before March ends, whatever the result.\n\n{sig}, {co}", ("Hyderabad Heritage Conservation Trust", "Saigon Architecture Studio"), ("hydheritage", "saigonarchstudio"), x=("Archive Digitisation", "Interior Design"), tz=("hyd", "vn"))
mo("application_received", "a23", "{role} – we've received your application", "Hi {n},\n\n{role} application received. Should another applicant get it, a brief email follows so nobody's left guessing. Your references are only contacted after an interview.\n\n{sig}\n{co}", ("Dudley Crystal Engravers", "Freeport Water Bottling"), ("dudleycrystal", "freeportwater"), role=("Packing Operative", "Delivery Driver"), tz=("bc", "bs"))
mo("application_received", "a24", "Your application to {co}", "Hello {n},\n\n{role} application logged. Screening ends Friday. The nearest matches get interview invites, and we write only to those people.\n\n{sig}", ("Vung Tau Coach Lines", "Conception Bay Climbing Wall"), ("vungtaucoach", "cbclimbwall"), role=("Ticketing Agent", "Front Desk Staff"), tz=("vn", "nf"))
mo("application_received", "a25", "Application {ref} received", "Dear {n},\n\nYour application for {role} sits under number {ref}. Next comes a written examination, and a qualifying mark is needed to reach interview. You will be informed of your result by email.\n\n{co}", ("Istanbul Municipal Personnel Directorate", "Ghana Public Services Recruitment Unit"), ("istmunipersonnel", "gpsrecruitunit"), role=("Survey Technician", "Revenue Clerk"), tz=("tr", "gh"), frm="{co} <exam@{dom}>")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invitation – {role}", "Hi {n},\n\nCould we see you about {role}, {dl}, half ten? Unfortunately contractors are relaying the car park tarmac; come through the canal-road side gate.\n\n{sig}\n{co}", ("Cradley Link Works", "Tema Cocoa Processors"), ("cradleylinkworks", "temacocoaproc"), role=("Chain Welder", "Roasting Line Operator"), tz=("bc", "gh"))
mo("interview", "i2", "Next round: panel call", "Hi {n},\n\nGood news — panel call for {role}, {dl}. Sadly our video tool refuses phones; use a laptop.\n\n{sig}, {co}", ("Banjara Fintech Labs", "Cormorant Key Payments"), ("banjarafintech", "cormorantkeypay"), role=("Backend Engineer (Payments)", "Mobile Developer"), tz=("hyd", "bs"))
mo("interview", "i3", "Come for a chat?", "Hey {n},\n\nFree at two on {dl} for a chat about {role}? I'm afraid the lift's broken — third floor by the stairs.\n\n{sig}", ("Gander Cod Processors", "Istanbul Carpet Export House"), ("gandercod", "istcarpetexport"), role=("Plant Quality Tech", "Export Sales Assistant"), tz=("nf", "tr"))
mo("interview", "i4", "Trial evening – {co}", "Hi {n},\n\nTrial evening {dl}, six o'clock, any good? Bad news: decorators have the staff room, so bring a bag for your bits.\n\nCheers,\n{sig}", ("Tipton Balti Corner", "Osu Chop Bar"), ("tiptonbalti", "osuchopbar"), tz=("bc", "gh"))
mo("interview", "i5", "RE: [EXT] Re: {role} – following up on the visit", "Hi {n},\n\nThanks for writing. The manager wants a second meeting, {dl} at 9:00. Regrettably second-round travel isn't reimbursed.\n\n{sig}\n\n{OUT}", ("Dudley Crystal Engravers", "Hitech City Coworking Hub"), ("dudleycrystal", "hitechcowork"), role=("Bench Engraver", "Community Manager"), tz=("bc", "hyd"))
mo("interview", "i6", "Interview – {role}", "Dear {n},\n\nInterview for {role}: {dl}. Unfortunately visitors can't park on site, but the bus stops by the main gate.\n\n{sig}\n{co}", ("Vung Tau Coach Lines", "Mount Pearl Fuel Haulage"), ("vungtaucoach", "mtpearlfuel"), role=("Depot Controller", "Tanker Driver"), tz=("vn", "nf"))
mo("interview", "i7", "Shortlisted: {role}", "Dear {n},\n\nYou have been shortlisted for {role}. Interview: {dl}. Sorry, our office air-conditioner is down this week, so dress light.\n\n{co}", ("Kasoa Block Factory Ltd", "Charminar Biryani House"), ("kasoablocks", "charminarbiryani"), role=("Accounts Clerk", "Kitchen Supervisor"), tz=("gh", "hyd"))
mo("interview", "i8", "Interview call – {role}", "Dear {n},\n\nWe invite you with pleasure for {role} interview on {dl}, 14:00. Unfortunately main entrance has only steps; security guard can open ramp door.\n\n{sig}", ("Anatolia Copperware Trading", "Saigon Agritech Drones"), ("anatoliacopper", "saigonagridrone"), role=("Sales Representative", "Field Operations Lead"), tz=("tr", "vn"))
mo("next_steps", "n1", "Next step: documents by {dl}", "Dear {n},\n\nNext for {role}: {x}, scanned, by {dl}. Unfortunately tilted snaps bounce; lay the card flat.\n\n{co} Recruitment", ("Nassau Harbour Pilots Co.", "Mount Pearl Fuel Haulage"), ("nassaupilots", "mtpearlfuel"), role=("Pilot Boat Deckhand", "Tanker Driver"), x=("your STCW certificate", "your TDG certificate"), tz=("bs", "nf"))
mo("next_steps", "n2", "Assessment link – {role}", "Hi {n},\n\n{role} online assessment due {dl}. Sadly no pausing once the clock starts, so find a quiet forty minutes.\n\n{sig}, {co}", ("Madhapur Speech AI", "Walsall Saddle and Harness"), ("madhapurspeech", "walsallharness"), role=("ML Engineer", "Stitcher"), tz=("hyd", "bc"))
mo("next_steps", "n3", "Reference details needed", "Hi {n},\n\nTwo referees for {role} please, by {dl}. I'm afraid relatives don't count.\n\n{sig}\n{co}", ("Bonavista Gannet Walks", "Exuma Sandspit Excursions"), ("bonavistagannet", "exumasandspit"), role=("Trail Guide", "Excursion Host"), tz=("nf", "bs"))
mo("next_steps", "n4", "Written test – {role}", "Dear {n},\n\nYou may sit the {role} written test on {dl}; photo ID required. Regrettably, late arrivals are turned away.\n\n{co}", ("Istanbul Municipal Personnel Directorate", "Da Nang City Department of Home Affairs"), ("istmunipersonnel", "danangdoha"), role=("Technical Assistant", "Administrative Officer"), tz=("tr", "vn"), frm="{co} <exam@{dom}>")
mo("next_steps", "n5", "Your assessment day", "Dear {n},\n\nWell done — the {x} assessment day is yours, {dl}. Unfortunately builders have the canteen, so pack lunch.\n\nEarly Careers Team, {co}", ("Sandwell Foundry Group", "Volta Cocoa Board Ventures"), ("sandwellfoundry", "voltacocoa"), x=("Metallurgy Graduate Programme", "Cocoa Research Internship"), tz=("bc", "gh"))
mo("next_steps", "n6", "Medical and police check", "Dear {n},\n\nThe next step for {role} is a medical and a police character certificate, both by {dl}. Unfortunately we cannot extend this date.\n\n{sig}\n{co}", ("Public Service Commission of The Bahamas", "Telangana District Health Society"), ("psc-bahamas", "tgdistricthealth"), role=("Customs Clerk", "Data Entry Operator"), tz=("bs", "hyd"))
mo("offer", "f1", "Offer – {role}", "Hi {n},\n\n{role} — start {dl} if you want it! Unfortunately uniforms are delayed; dark trousers will do at first.\n\n{sig}\n{co}", ("Paradise Island Kayak Hire", "Willenhall Padlock Makers"), ("pikayakhire", "willenhallpadlock"), role=("Beach Attendant", "Apprentice Locksmith"), tz=("bs", "bc"))
mo("offer", "f2", "RE: [EXT] Re: Thank you", "Hello {n},\n\nAppreciate your patience. Our offer for {role} stands confirmed; is {dl} good for a start? Sadly no staff-bus seat free before January.\n\n{sig}\n\n{GM}", ("Mekong Rice Millers", "Accra Dance Academy"), ("mekongrice", "accradanceacad"), role=("Mill Shift Engineer", "Studio Manager"), tz=("vn", "gh"))
mo("offer", "f3", "Job offer: {role}", "Dear {n},\n\nOur {role} offer is attached; kindly sign and return by {dl}. Unfortunately the hostel has no bed, but we can assist with a nearby room.\n\n{sig}", ("Hai Phong Seafood Export JSC", "Jubilee Hills Talent Partners"), ("haiphongseafood", "jubileetalent"), role=("Cold Chain Coordinator", "Production Chemist"), tz=("vn", "hyd"))
mo("offer", "f4", "You got it, {n}", "Hi {n},\n\nThe deckhand job's yours from {dl}. Bad news: bunkhouse heater's acting up, so pack a warm sleeping bag.\n\n{sig}, {co}", "Trinity Bight Capelin Co.", "trinitycapelin", tz="nf")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "Status update – {role}", "Hi {n},\n\nFenwick Hire status change.\n\nPosition: {role}\nStatus: Withdrawn by candidate\n\nFenwick Hire", ("Fenwick Hire", "Fenwick Hire"), ("fenwickhire", "fenwickhire"), role=("Warehouse Associate", "Driver Helper"), tz=("usc", "bs"), frm="Fenwick Hire <notify@{dom}>")
mo("other_job", "j2", "Your application is on hold", "<html><body><p>{n},</p><p>Hiring for <b>{role}</b> is paused until the new financial year. Your application stays open with status <b>On hold</b>.</p><p>Larchmoor Careers</p></body></html>", ("Larchmoor Careers", "Larchmoor Careers"), ("larchmoor", "larchmoor"), role=("Customer Care Agent", "Claims Handler"), tz=("uk", "ie"), frm="Larchmoor Careers <updates@{dom}>")
mo("other_job", "j3", "Interview moved – Majority Rule Day", "Hi {n},\n\nYour interview falls on Majority Rule Day, so we've moved it to the next morning, same time, same place.\n\n{sig}\n{co}", "Nassau Wedding Planners", "nassauweddings", tz="bs")
mo("job_alert", "al1", "New openings this week – {co}", "Hi {n},\n\nNew this week: Floor Assistant (Saturdays), Bridal Consultant, Stockroom Assistant (evenings).\n\n{sig}" + FOOT, ("Brierley Hill Bridal Rooms", "Osu Fabric Emporium", "Halesowen Tile Warehouse"), ("brierleybridal", "osufabrics", "halesowentiles"), tz=("bc", "gh", "bc"))
mo("recruiter_outreach", "ro1", "Warehouse manager role near Oldbury", "Hi {n},\n\nCame across your profile — a metals distributor near Oldbury needs a warehouse manager and you'd fit. Free for a quick call?\n\n{sig}\n{co}", "Tividale Staffing Solutions", "tividalestaff", tz="bc")
mo("recruiter_outreach", "ro2", "Opportunity: Operations Lead, Tema", "Hello {n},\n\nA packaging plant in Tema is hiring an Operations Lead and your background stood out to me. Keen to talk?\n\n{sig}\n{co}", "Accra Talent Bridge", "accratalent", tz="gh")
mo("non_job_rejection_words", "nj1", "Your flat application", "Dear {n},\n\nThanks for coming round {x}. The landlord chose another tenant, so yours stops here.\n\n{sig}\n{co}", ("Rowley Regis Lettings", "Banjara Hills Homes"), ("rowleylettings", "banjarahomes"), x=("the two-bed flat on Hawes Lane", "the 2BHK in Road No. 12"), tz=("bc", "hyd"))
mo("non_job_rejection_words", "nj2", "Ballot result", "Dear {n},\n\nBallot for {x}: sorry, this year the draw skipped you.\n\n{co}", ("the Junkanoo Fun Run", "the Regatta Day rowing race"), ("junkanoorun", "regattarace"), x=("the Junkanoo Fun Run", "the Royal St. John's Regatta fixed-seat race"), tz=("bs", "nf"))
mo("non_job_rejection_words", "nj3", "Loan application decision", "Dear {n},\n\nHaving assessed your personal loan request, we have declined it for now.\n\n{co}", "Kumasi Savings and Loans", "kumasisavings", tz="gh")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
ACK, INV, NXT, OFF = "application_received", "interview", "next_steps", "offer"


def via(ch: str, trade: str) -> tuple[str, str]:
    """The relay channel's sender line and closing line."""
    return "{sig}, {co} (via Pebblefold" + ch + ") <{sl}@{dom}>", "\n\n— sent through Pebblefold" + ch + " · " + trade + " board"


def pair(trade: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm, tail = via(ch, trade)
    dom = dom + ".pebblefold" + ch.lower()
    wr(trade, rej[0], rej[1] + tail, co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + trade, twin[1], twin[2] + tail, co, dom, frm=frm, tz=tz)


pair("lampwicktrimming", "Rowan", "Fornham Oil Lamp Restorers", "fornhamlamps", "uk",
     ("Wick trimmer post", "Hi {n},\n\nThanks for the sample wicks you sent in. We've taken on a trimmer who has worked railway lamps for years; the bench is filled.\n\n{sig}"),
     (ACK, "Wick trimmer post – received", "Hi {n},\n\nSample wicks and letter arrived. Every applicant hears back inside three weeks, yes or no.\n\n{sig}"))
pair("drumheadstretching", "Alder", "Belturbet Bodhrán Skins", "belturbetbodhran", "ie",
     ("Skin stretcher vacancy", "Dia dhuit {n},\n\nThe stretching job went to a young lad, he's been soaking and tacking goatskin with us part-time since last winter. Go raibh maith agat, truly.\n\n{sig}"),
     (INV, "Come in and stretch a skin?", "Dia dhuit {n},\n\nCould you manage {dl}, eleven, to try the bench? Unfortunately the yard's a mudbath, so wear boots.\n\n{sig}"))
pair("bellclappercasting", "Hazel", "Shepshed Clapper Foundry", "lboroclapper", "uk",
     ("Casting hand application", "Dear {n},\n\nYour casting-floor application was read with care. An applicant with green-sand moulding behind them has been appointed; the vacancy is closed.\n\nRegards,\n{sig}"),
     (NXT, "Casting hand – certificates", "Dear {n},\n\nPlease send your manual-handling certificate by {dl}. Regrettably we can't accept handwritten copies.\n\n{sig}"))
pair("thimbleknurling", "Aspen", "Attleboro Thimble Works", "attleborothimble", "use",
     ("Knurling machinist", "Hi {n},\n\nFor the knurling machinist spot we moved ahead with another candidate who already runs our kind of lathe.\n\nBest,\n{sig}"),
     (OFF, "Offer – knurling machinist", "Hi {n},\n\nKnurling machinist job's yours, start {dl}. Sadly the break room coffee machine died, so bring a thermos.\n\n{sig}"))
pair("accordionbellowsing", "Larch", "Ozarkwood Bellowsbox Repair", "ozarkwoodbellowsbox", "usc",
     ("Bellows maker opening", "Hi {n},\n\nBellows maker opening: filled by a repairer from our Omaha shop.\n\nAll the best,\n{sig}"),
     (ACK, "We received your bellows application", "Hi {n},\n\nApplication and photos arrived. Should another maker be chosen, an email tells you; if not, we phone to fix a bench day.\n\n{sig}"))
pair("pipetamperturning", "Linden", "Mystic Cragmoor Accessories", "mysticcragmoor", "use",
     ("Tamper turner – update", "Dear {n},\n\nRegarding the tamper turner position: your application won't progress.\n\nSincerely,\n{sig}"),
     (INV, "Tamper turner – bench test", "Dear {n},\n\nPlease come in for a short bench test on {dl} at 1 PM. Unfortunately our front door jams; the loading dock's open.\n\n{sig}"))
pair("canoeribbending", "Hornbeam", "Tarawera Cedar Strip Canoes", "taraweracedarstrip", "nz",
     ("Rib bender role", "Kia ora {n},\n\nRib bender role update: we've appointed someone who's steamed ash ribs for a boatbuilder down south, so the role is filled.\n\nNgā mihi,\n{sig}"),
     (NXT, "Rib bender – a sample, please", "Kia ora {n},\n\nCould you send photos of a steamed rib you've bent by {dl}? I'm afraid videos over 20 MB bounce.\n\n{sig}"))
pair("saddletreefitting", "Juniper", "Allora Cantle Saddlery", "allorasaddlery", "au",
     ("Tree fitter job", "G'day {n},\n\nTree fitter job went to a bloke from Cambooya who's fitted trees for twenty years.\n\nCheers,\n{sig}"),
     (OFF, "Tree fitter job – yours if you want it", "G'day {n},\n\nHappy to offer you the tree fitter job from {dl}. Bad news, shed's still without aircon.\n\n{sig}"))
pair("pewterspooning", "Spindle", "Tudhoe Pewter Spoonmakers", "tudhoepewter", "uk",
     ("Spooner position", "Dear {n},\n\nThe spooner position went internal, so regretfully no offer this time.\n\n{sig}"),
     (ACK, "Spooner position – application logged", "Dear {n},\n\nApplication logged. An unsuccessful one gets a letter; a successful one gets asked in for a casting morning.\n\n{sig}"))
pair("lanyardbraiding", "Wych", "Kalahari Lanyard and Cord", "kalaharilanyard", "za",
     ("Braider vacancy", "Hi {n},\n\nBraider post update: we chose a person longer on the eight-strand machines. We wish you luck.\n\n{sig}"),
     (INV, "Braider vacancy – interview", "Hi {n},\n\nCome see us {dl}, nine o'clock. Unfortunately load-shedding might kill the lights, in which case it's the yard.\n\n{sig}"))
pair("hobbyhorsecarving", "Sallow", "Catskill Hobby Horse Carvers", "vthobbyhorse", "use",
     ("Carver application", "Hi {n},\n\nYour carving photos were lovely. We've filled the carver spot with someone who's done a lot of painted toys, and we're not hiring again until spring.\n\n{sig}"),
     (NXT, "Carver – finishing sample due", "Hi {n},\n\nPlease mail us a finished head carving by {dl}. Sadly samples stay with us.\n\n{sig}"))
pair("compassneedling", "Holly", "Singapore Marine Compass Co.", "sgmarinecompass", "sg",
     ("Needling technician", "Dear {n},\n\nYour needling technician application was reviewed; another candidate, nearer our requirements, was selected.\n\nBest regards,\n{sig}"),
     (OFF, "Offer of employment – needling technician", "Dear {n},\n\nThe role is yours, commencing {dl}. Unfortunately canteen renovation runs all month.\n\n{sig}"))
pair("dollseyeglazing", "Elder", "Burslem Porcelain Doll Parts", "burslemdollparts", "uk",
     ("Eye glazer role", "Hi {n},\n\nEye glazer role: one of our finishers got it who's been training on it, so we're closing the advert.\n\n{sig}"),
     (ACK, "Eye glazer role – thanks", "Hi {n},\n\nApplication noted. Yes or no, word comes after the 30th, our closing date.\n\n{sig}"))
pair("telescopetubing", "Yew", "Pasadena Optical Tube Shop", "pasadenaopticaltube", "usp",
     ("Tube roller position", "Hi {n},\n\nTube roller position: we picked a candidate with carbon-fiber layup experience.\n\nTake care,\n{sig}"),
     (INV, "Tube roller – shop visit", "Hi {n},\n\nShop visit {dl}, 10 AM — works for you? Unfortunately street parking is tight; the lot on Green St is cheapest.\n\n{sig}"))
pair("sealingringcutting", "Blackthorn", "Hatton Garden Intaglio Engravers", "hattonintaglio", "uk",
     ("Ring cutter vacancy", "Dear {n},\n\nRing cutter vacancy: unsuccessful this time.\n\nKind regards,\n{sig}"),
     (NXT, "Ring cutter – trial piece", "Dear {n},\n\nPlease send a cut sample on brass by {dl}. Regrettably postage is on you.\n\n{sig}"))
pair("chandelierdropping", "Whitebeam", "Sambhal Chandelier House", "sambhalchandelier", "hyd",
     ("Crystal dropper post", "Dear {n},\n\nThanks for applying. The management has filled the crystal dropper post with a senior artisan from our own unit.\n\nRegards,\n{sig}"),
     (OFF, "Appointment letter – crystal dropper", "Dear {n},\n\nAppointment confirmed; kindly report on {dl}. Unfortunately staff quarters have no vacancy presently.\n\n{sig}"))
pair("lanternslidepainting", "Willow", "Flatbush Magic Lantern Studio", "bklynlantern", "use",
     ("Slide painter application", "Hey {n},\n\nLoved the portfolio; we've hired a painter who's restored Victorian slides before. Thanks so much for applying.\n\n{sig}"),
     (ACK, "Slide painter – application received", "Hey {n},\n\nPortfolio received. A yes or a no arrives before month end; no chasing needed.\n\n{sig}"))
pair("oarlockbrazing", "Cedar", "Bay Roberts Bronze Oarlock Co.", "bayrobertsoarlock", "nf",
     ("Brazier job", "Hi {n},\n\nBrazier job: we've hired a welder from Mount Pearl, so it's filled for now.\n\n{sig}"),
     (INV, "Brazier job – come by?", "Hi {n},\n\nDrop by {dl} around 2? I'm afraid the shop's cold, the furnace is off Mondays.\n\n{sig}"))
pair("butterchurnhooping", "Medlar", "Lancaster County Churn Works", "lancochurn", "use",
     ("Hooper position", "Dear {n},\n\nThe hooper position has gone to another applicant.\n\n{sig}"),
     (NXT, "Hooper position – paperwork", "Dear {n},\n\nPlease return the signed W-4 and a copy of your ID by {dl}. Unfortunately we can't take forms by text.\n\n{sig}"))
pair("skatebladehoning", "Quince", "Wishart Blade Honing", "wpgbladehoning", "usc",
     ("Honer opening", "Hi {n},\n\nAnother honer, one who's worked figure blades, got it; yours ends here.\n\n{sig}"),
     (OFF, "Honer opening – offer", "Hi {n},\n\nStart {dl}? Sadly the staff lockers aren't in yet, so keep your gear light.\n\n{sig}"))
pair("barrelorganpinning", "Sorb", "Aalst Street Organ Restorers", "aalststreetorgan", "uk",
     ("Pinner vacancy", "Dear {n},\n\nPinner vacancy: we've appointed someone who trained in the Low Countries, and the vacancy is closed.\n\n{sig}"),
     (ACK, "Pinner vacancy – received", "Dear {n},\n\nApplication safely in. Not shortlisted? An email will say; shortlisted folk pin a short tune on a practice barrel.\n\n{sig}"))
pair("pianohammerfelting", "Damson", "Accra Piano Rebuilders", "accrapianorebuild", "gh",
     ("Felting technician", "Dear {n},\n\nManagement has offered the felting technician post to another candidate. Stay well.\n\n{sig}"),
     (INV, "Felting technician – interview", "Dear {n},\n\nInterview: {dl}, 10am. Unfortunately the generator roars, so the talk happens in the showroom.\n\n{sig}"))
pair("inkstonegrinding", "Sloe", "Katong Inkstone Studio", "katonginkstone", "sg",
     ("Grinder application", "Dear {n},\n\nThis grinder position now has someone appointed.\n\n{sig}"),
     (NXT, "Grinder – sample stone", "Dear {n},\n\nA finished-stone photo by {dl}, please. Sorry, we cannot accept files over 5 MB.\n\n{sig}"))
pair("tiffinboxtinning", "Bramble", "Secunderabad Tiffin Carrier Works", "secbadtiffin", "hyd",
     ("Tinning operator", "Dear {n},\n\nKindly note the tinning operator post is filled. Regards to you.\n\n{sig}"),
     (ACK, "Tinning operator – received", "Dear {n},\n\nWe have received your application. In case you are not shortlisted, your CV shall remain with us for later openings.\n\n{sig}"))
pair("cueshafting", "Myrtle", "Smethwick Snooker Cue Makers", "smethwickcue", "bc",
     ("Shafting bench", "Ow do {n},\n\nThanks for coming down. We've give the shafting bench to Gaz, who's been splicing cues for donkey's years.\n\n{sig}"))


# ---- a job alert and a non-job refusal
wo("job_alert", "alr-board", "This week on the Pebblefold boards", "Hi {n},\n\nNew: wick trimmer (Leicester), bellows maker (Lincoln), ring cutter (Birmingham). Open your saved search to apply.\n\n— Pebblefold weekly digest", "Pebblefold", "digest.pebblefold", frm="Pebblefold Boards <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-allot", "Allotment waiting list", "Dear {n},\n\nEvery plot at Rowley Hill allotments is taken this year, so your plot application did not succeed; we'll keep you on the waiting list.\n\n{sig}\nAllotment Secretary", "Rowley Hill Allotment Society", "rowleyallotments", tz="bc")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} — " + co + " <{sl}@{dom}>"
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + lang + "-" + fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("sadu", "ar", "مشغل السدو للنسيج", "saduweave", "jo",
   ("بخصوص طلب التوظيف – حائك سدو", "مرحباً {n}،\n\nشكراً لرغبتك في الانضمام إلى مشغلنا. راجعنا كل الطلبات، واخترنا لوظيفة الحائك مرشحة غيرك.\n\nمع أطيب التمنيات،\n{sig}"),
   (ACK, "تم استلام طلبك", "مرحباً {n}،\n\nطلبك لوظيفة الحائك بين أيدينا. ستصلك رسالة منا في غضون أسبوعين، بالموافقة كانت أم بالرفض.\n\n{sig}"))
lp("geigen", "de", "Geigenbau Werkstatt Ostermeier", "geigenbauostermeier", "de",
   ("Ihre Bewerbung als Geigenbauer/in", "Guten Tag {n},\n\ndanke, dass Sie sich bei uns beworben haben. Für die Werkstatt haben wir eine andere Bewerberin gewählt. Ihre Mappe schicken wir Ihnen per Post wieder zu.\n\nMit freundlichen Grüßen\n{sig}"),
   (INV, "Einladung zum Probearbeiten", "Hallo {n},\n\npasst Ihnen der {dl}, 9 Uhr, für einen Probetag? Leider fährt der Aufzug gerade nicht; wir sitzen ganz oben unterm Dach.\n\nViele Grüße\n{sig}"))
lp("guitarra", "es", "Taller de Guitarras Tepoztlan Sur", "tepoztlansur", "es",
   ("Sobre su candidatura de lutier", "Hola {n}:\n\nTe agradecemos la candidatura para el taller. Finalmente el taller se queda con otro candidato de lutier, más cercana a lo que pide el taller esta temporada.\n\nUn saludo,\n{sig}"),
   (NXT, "Pieza de muestra para el puesto de lutier", "Hola {n}:\n\nMándanos fotos de una tapa armónica ya terminada antes del {dl}. Por desgracia, el correo rechaza adjuntos que pasen de 10 MB.\n\nUn saludo,\n{sig}"))
lp("vitrail", "fr", "Atelier du Vitrail Roussel", "vitrailroussel", "fr",
   ("Votre candidature – vitrailliste", "Bonjour {n},\n\nMerci d'avoir postulé chez nous. Le poste de l'atelier revient finalement à une autre personne. Tous nos vœux pour vos projets.\n\nCordialement,\n{sig}"),
   (OFF, "Proposition d'embauche – vitrailliste", "Bonjour {n},\n\nLe poste est à vous si vous le souhaitez, dès le {dl}. Malheureusement, on refait les casiers du personnel en ce moment.\n\nCordialement,\n{sig}"))
lp("bandhani", "hi", "जयपुर बंधेज कार्यशाला", "jaipurbandhej", "in",
   ("आवेदन के संबंध में", "नमस्ते {n},\n\nबंधेज की नौकरी किसी दूसरे को मिली। धन्यवाद।\n\n{sig}"),
   (ACK, "अर्ज़ी मिली", "नमस्ते {n},\n\nचिट्ठी आ गई, शुक्रिया। जवाब दो हफ़्ते में ईमेल से।\n\n{sig}"))
lp("cartapesta", "it", "Bottega della Cartapesta Leccese", "cartapestalecce", "it",
   ("Esito della candidatura", "Gentile {n},\n\ngrazie di aver scritto alla bottega. Abbiamo preso un altro candidato, più esperto nella modellatura della carta.\n\nCordiali saluti,\n{sig}"),
   (INV, "Colloquio in bottega", "Gentile {n},\n\npuò venire il {dl} alle 10? Purtroppo il portone principale è chiuso per lavori: entri dal cortile.\n\nCordiali saluti,\n{sig}"))
lp("sensu", "ja", "京扇子 松風堂", "shofudo", "jp",
   ("選考結果のお知らせ", "{n} 様\n\n扇子職人の募集へのご応募、ありがとうございました。社内で話し合った結果、今回は別の方に来ていただくことになりました。ご理解のほどお願い申し上げます。\n\n{sig}"),
   (NXT, "作品写真のご提出について", "{n} 様\n\n{dl}までに、これまでの作品の写真を三点お送りください。申し訳ありませんが、郵送での受付はしておりません。\n\n{sig}"))
lp("najeon", "ko", "통영 옻칠공방", "tongyeongotchil", "kr",
   ("지원 결과 안내", "{n} 님께,\n\n옻칠 장인 보조 자리에 연락 주셔서 고맙습니다. 이번에는 다른 분을 모시게 되었습니다. 앞날에 좋은 일이 가득하길 바랍니다.\n\n{sig} 드림"),
   (OFF, "채용 제안드립니다", "{n} 님께,\n\n{dl}부터 함께 일하게 되어 기쁩니다. 아쉽게도 기숙사가 꽉 차서 숙소는 따로 구하셔야 합니다.\n\n{sig} 드림"))
lp("azulejo", "pt", "Oficina de Azulejos Lapa", "azulejoslapa", "pt",
   ("Candidatura a pintor de azulejo", "Olá {n},\n\nAgradecemos a sua candidatura. A vaga ficou para outra pessoa, com mais anos de pintura à mão. Tudo de bom.\n\nCumprimentos,\n{sig}"),
   (OFF, "Proposta de trabalho", "Olá {n},\n\nSe aceitar, começa connosco a {dl}. Infelizmente as obras no parque de estacionamento ainda não acabaram.\n\nCumprimentos,\n{sig}"))
lp("palekh", "ru", "Мастерская лаковой миниатюры «Жар-птица»", "zharptitsa", "ru",
   ("Ответ по вашей заявке", "Здравствуйте, {n}!\n\nВаш отклик на место художника-миниатюриста мы получили, спасибо. Мастерская остановилась на другом кандидате, у него больше лет работы с лаком.\n\nС уважением,\n{sig}"),
   (INV, "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас {dl} к одиннадцати утра. К сожалению, лифт стоит, подниматься придётся пешком на четвёртый.\n\nС уважением,\n{sig}"))
lp("kiondo", "sw", "Ushirika wa Vikapu Kiondo", "kiondoushirika", "ke",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nTunashukuru kwa ombi lako la kazi ya kusuka vikapu. Nafasi hiyo amepewa mwombaji mwingine aliye na miaka mingi kazini. Mungu akujalie mafanikio.\n\nWako,\n{sig}"),
   (ACK, "Tumepokea ombi lako", "Habari {n},\n\nOmbi lako tumelipata. Jibu letu, ndiyo au hapana, litakufikia kwa barua pepe kabla wiki mbili hazijaisha.\n\n{sig}"))
lp("benjarong", "th", "บ้านเบญจรงค์สมุทรสาคร", "benjarongsk", "th",
   ("แจ้งผลการสมัครงาน", "ถึงคุณ{n}\n\nขอขอบคุณที่สนใจสมัครงานตำแหน่งช่างเขียนลายเบญจรงค์ งานนี้มีคนได้ไปแล้ว ขออวยพรให้โชคดีในการหางาน\n\n{sig}"),
   (OFF, "ยินดีรับเข้าทำงาน", "ถึงคุณ{n}\n\nขอแสดงความยินดี คุณได้งานนี้ เริ่มวันที่ {dl} แต่ห้องพักพนักงานยังซ่อมอยู่\n\n{sig}"))
lp("ebru", "tr", "Ebru Sanat Atölyesi Üsküdar", "ebruuskudar", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nEbru ustası yardımcılığı için başvurunuza teşekkürler. Bu kez atölyemiz başka bir adayı seçti.\n\nSaygılarımızla,\n{sig}"),
   (INV, "Görüşme daveti", "Merhaba {n},\n\nGörüşme için {dl}, öğleden sonra ikide atölyeye gelebilir misiniz? Maalesef bina girişinde tadilat var, arka kapıyı kullanın.\n\nSaygılarımızla,\n{sig}"))
lp("nilikashi", "ur", "ملتان نیلی ظروف کارخانہ", "multanblue", "pk",
   ("درخواست کے بارے میں", "محترم {n}،\n\nنقاش کی جگہ کے لیے رابطے کا شکریہ۔ ہمارے کارخانے نے یہ کام ایک اور کاریگر کے سپرد کر دیا۔ خوش رہیں۔\n\n{sig}"),
   (NXT, "نمونے کی تصاویر درکار ہیں", "محترم {n}،\n\n{dl} سے پہلے اپنے بنائے ہوئے برتنوں کی تین تصویریں ای میل کر دیں۔ افسوس کہ ڈاک سے بھیجے گئے نمونے قبول نہیں ہوں گے۔\n\n{sig}"))
lp("zisha", "zh", "宜兴紫砂工坊", "yixingzisha", "cn",
   ("应聘结果通知", "{n}您好：\n\n谢谢您来应聘制壶学徒。这次工坊定下了另一位师傅推荐的人选，名额已满。祝您前程顺遂，身体健康。\n\n{sig}"),
   (NXT, "请提交作品照片", "{n}您好：\n\n请在{dl}之前把三张作品照片发给我们，正面、侧面和壶底各一张。很抱歉，实物样品寄来我们不收。\n\n{sig}"))
lp("klompen", "nld", "Klompenmakerij De Linde", "klompendelinde", "nl",
   ("Uw sollicitatie als klompenmaker", "Beste {n},\n\nDank je voor je brief. De plek in de werkplaats gaat naar iemand die al jaren aan de freesbank staat. Succes met zoeken!\n\nMet vriendelijke groet,\n{sig}"),
   (ACK, "Sollicitatie ontvangen", "Beste {n},\n\nJe brief is aangekomen. Ja of nee: binnen veertien dagen hoor je het.\n\nGroet,\n{sig}"))
lp("dalahast", "swe", "Dalahästverkstaden i Nusnäs", "dalanusnas", "se",
   ("Angående din ansökan", "Hej {n},\n\nKul att du ville jobba i verkstaden. Vi har dock anställt en annan sökande med lång vana av kurbitsmålning.\n\nVänliga hälsningar,\n{sig}"),
   (INV, "Inbjudan till intervju", "Hej {n},\n\nPassar {dl} kl. 10 för en intervju? Tyvärr går det inte att parkera här just nu, så bussen är bäst.\n\nHälsningar,\n{sig}"))
lp("sylv", "nor", "Sølvsmie Bunad og Sølje", "bunadsolje", "no",
   ("Svar på søknaden din", "Hei {n},\n\nTusen takk for interessen for smia vår. Sølvsmedjobben fikk en annen søker denne gangen. Alt godt videre!\n\nMed vennlig hilsen\n{sig}"),
   (INV, "Invitasjon til intervju", "Hei {n},\n\nKan du komme til intervju {dl} kl. 13? Dessverre er heisen ute av drift, verkstedet ligger i tredje etasje.\n\nHilsen\n{sig}"))
lp("kurv", "dan", "Kurvemageriet ved Limfjorden", "kurvelimfjord", "dk",
   ("Vedrørende din ansøgning", "Kære {n},\n\nTak fordi du vil arbejde på værkstedet. Vi har ansat en anden kurvemager, der passer bedre til arbejdet her og nu.\n\nVenlig hilsen\n{sig}"),
   (NXT, "Prøveopgave – frist", "Kære {n},\n\nVi vil gerne se billeder af en færdig kurv senest {dl}. Desværre afviser vores mail filer på over 10 MB.\n\nVenlig hilsen\n{sig}"))
lp("kantele", "fin", "Kanteleverstas Karjalan Sointu", "karjalansointu", "fi",
   ("Hakemuksesi kanteleentekijäksi", "Hei {n},\n\nKiitos kiinnostuksestasi verstasta kohtaan. Valitsimme toisen hakijan, jolla on enemmän vuosia soitinrakennuksen parissa. Onnea jatkoon!\n\nYstävällisin terveisin\n{sig}"),
   (OFF, "Työtarjous", "Hei {n},\n\nTarjoamme sinulle paikkaa alkaen {dl}. Valitettavasti henkilökunnan pukuhuone on vielä remontissa.\n\nTerveisin\n{sig}"))
lp("wayang", "ind", "Sanggar Wayang Kulit Sekar Jagad", "sekarjagad", "id",
   ("Pemberitahuan hasil lamaran", "Halo {n},\n\nKami berterima kasih Anda sudah melamar menjadi penatah wayang. Posisi itu akhirnya diisi pelamar lain. Semoga lancar mencari kerja.\n\nSalam,\n{sig}"),
   (ACK, "Lamaran Anda sudah kami terima", "Halo {n},\n\nLamaran Anda sudah tiba di sanggar. Hasilnya, baik diterima maupun tidak, kami emailkan dalam dua minggu.\n\nSalam,\n{sig}"))
lp("songket", "msa", "Bengkel Tenun Songket Terengganu", "songketterengganu", "my",
   ("Keputusan permohonan jawatan", "Salam sejahtera {n},\n\nTerima kasih kerana memohon jawatan penenun. Jawatan itu sudah diisi oleh calon lain yang lebih lama menenun. Semoga berjaya dalam kerjaya anda.\n\nYang ikhlas,\n{sig}"),
   (INV, "Jemputan temu duga", "Salam sejahtera {n},\n\nAnda dijemput untuk temu duga pada {dl} jam 10 pagi. Malangnya kawasan parkir ditutup buat sementara, jadi naiklah bas.\n\nYang ikhlas,\n{sig}"))
lp("sonmai", "vie", "Xưởng Sơn Mài Tương Bình Hiệp", "sonmaitbh", "vn",
   ("Thông báo kết quả ứng tuyển", "Chào {n},\n\nCảm ơn bạn đã để ý tới công việc thợ sơn mài ở xưởng. Lần này, chỗ đó đã có người khác hợp hơn. Chúc bạn nhiều may mắn.\n\nTrân trọng,\n{sig}"),
   (NXT, "Gửi ảnh sản phẩm mẫu", "Chào {n},\n\nVui lòng gửi ba ảnh sản phẩm của bạn trước ngày {dl}. Rất tiếc, xưởng không nhận hàng mẫu qua đường bưu điện.\n\nTrân trọng,\n{sig}"))
lp("tsurfut", "heb", "סדנת הצורפות בצפת", "tsfatjewelry", "il",
   ("תשובה למועמדותך", "שלום {n},\n\nתודה על פנייתך לתפקיד צורף/ת בסדנה. לאחר שיקול דעת בחרנו במועמד אחר, בעל ניסיון רב יותר בעבודת פיליגרן. בהצלחה בהמשך.\n\nבברכה,\n{sig}"),
   (ACK, "קיבלנו את מועמדותך", "שלום {n},\n\nפנייתך הגיעה אלינו. כן או לא – תוך שבועיים תקבל/י מאיתנו מייל.\n\nבברכה,\n{sig}"))
lp("khatam", "fas", "کارگاه خاتم‌کاری شیراز", "khatamshiraz", "ir",
   ("نتیجه درخواست همکاری", "{n} عزیز،\n\nممنون که برای کار خاتم‌کاری در کارگاه ما درخواست فرستادید. این بار استاد کار کس دیگری را برگزیده است. موفق و پیروز باشید.\n\nبا احترام،\n{sig}"))


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
    "afr": "{y}/{mm}/{dd}", "heb": "{d}.{m}.{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 138; this slice, slice 140 and any later one are skipped by number."""
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
