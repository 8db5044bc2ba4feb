# ruff: noqa: E501, S311
"""Write the hundred-and-fiftieth sealed blind slice for issue 11 (blind-slice-150.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 148; slice 149 and later never read; our side printed)
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

SEED = 1501501
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-150.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 150
SKIP_FROM = 149  # slice 149 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 7, 25)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Mahfuza Chowdhury", "Tanvir Hossain Rupom", "Neema Mollel", "Baraka Lyimo", "Shaniqua Gentle",
    "Delroy Usher", "Colby Hatt", "Mairi Falconer-Boutilier", "Yekaterina Lvova", "Timur Galiev",
    "Haruka Oyama", "Daisuke Minami", "Kezia Blomfield", "Tobias Spurgeon", "Saoirse Ní Bhriain",
    "Caelan Rourke", "Jolene Mabry", "Tyrese Coble", "Matilda Ferrier", "Hamish Kerrigan",
    "Ruiha Paewai", "Wiremu Tautahi", "Lindiwe Sithole", "Jurie Botha", "Farzana Akter Mim",
    "Esther Mushi", "Kendra Flowers-Pott", "Rhys Warnes", "Gulnara Sadykova", "Aiko Tsuchiya",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Thirtle", "Barnaby Goffin", "Verity Loades", "Nelson Rix"],
    "ie": ["Órla Keohane", "Cathal Dineen", "Bríd Moynihan"],
    "us": ["Lorraine Beaudry", "Wendell Ashby-Grove", "Pilar Quintanar"],
    "au": ["Kirralee Donovan", "Spiros Karamanlis", "Meg Trethewey"],
    "nz": ["Tui Herewini", "Grant Mackintosh", "Sela Havili"],
    "za": ["Thandeka Zungu", "Riaan Steyn", "Kagiso Molefe"],
    "tz": ["Rehema Kisanga", "Godlisten Massawe", "Anna Mfinanga"],
    "ke": ["Wanjiru Kamau", "Otieno Ouma"],
    "bd": ["Md. Rezaul Karim", "Nasrin Sultana", "Shafiqul Alam Babu"],
    "bz": ["Marisela Cal", "Dwight Usher", "Ines Chun"],
    "ns": ["Darlene MacIsaac", "Gordie Boudreau", "Shauna Comeau"],
    "ru": ["Irina Vasilyeva", "Oleg Zharkov", "Svetlana Rudneva"],
    "jp": ["Keiko Hamasaki", "Takeshi Ozawa", "Yumi Kanda"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "usm": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى الرواحي", "خالد البلوشي"], "de": ["Gesine Hollweg", "Volker Raabe"],
    "es": ["Encarna Molina", "Rafael Heredia"], "fr": ["Apolline Reynaud", "Gaëtan Perrot"],
    "hi": ["सुलोचना मिश्र", "विनोद चौरसिया"], "it": ["Ornella Barovier", "Samuele Tagliapietra"],
    "ja": ["藤原 恵子", "石田 勝也"], "ko": ["류미숙", "권태호"], "pt": ["Josiane Ferreira", "Adriano Lacerda"],
    "ru": ["Галина Шилова", "Вадим Белоусов"], "sw": ["Mwanaisha Bakari", "Athman Shee"],
    "th": ["สมศรี คำแก้ว", "ประเสริฐ ใจดี"], "tr": ["Gülay Aksoy", "Sinan Karaca"],
    "ur": ["ثمینہ رانا", "عمران چیمہ"], "zh": ["沈秀英", "顾建国"],
    "cat": ["Montserrat Puigdollers", "Jordi Casals"], "glg": ["Uxía Rodríguez", "Xoán Piñeiro"],
    "afr": ["Annelie du Plessis", "Hennie Kruger"], "ell": ["Ελένη Μαρκάκη", "Γιώργος Τζανάκης"],
    "cym": ["Eirlys Pritchard", "Gethin ap Dafydd"], "nep": ["सरिता शाक्य", "राजेन्द्र बज्राचार्य"],
}
LANG_RECIPIENTS = {
    "ar": ["ميثاء الحارثي", "يوسف الكندي"], "de": ["Franziska Lindemann", "Jonas Reiter"],
    "es": ["Macarena Ortiz", "Íñigo Salvatierra"], "fr": ["Maëlle Bourdin", "Corentin Lemaire"],
    "hi": ["अनुराधा केसरी", "मनोज यादव"], "it": ["Beatrice Zanon", "Riccardo Vianello"],
    "ja": ["高橋 美咲", "中村 大輔"], "ko": ["이수진", "한민재"], "pt": ["Thaís Moreira", "Caio Nogueira"],
    "ru": ["Дарья Волкова", "Никита Смирнов"], "sw": ["Halima Omar", "Juma Mwinyi"],
    "th": ["กนกพร ศรีสุข", "ธนากร วงศ์ใหญ่"], "tr": ["Elif Şahin", "Burak Öztürk"],
    "ur": ["مریم اعوان", "حمزہ ملک"], "zh": ["林雨桐", "赵明轩"],
    "cat": ["Núria Vilaseca", "Pau Ferrer"], "glg": ["Antía Castro", "Brais Lema"],
    "afr": ["Marlize Venter", "Wikus Louw"], "ell": ["Κατερίνα Παπαδάκη", "Νίκος Σταυρίδης"],
    "cym": ["Mererid Huws", "Iolo Parry"], "nep": ["प्रतिमा गुरुङ", "सुमन थापा"],
}
GIVEN = {
    "Tanvir Hossain Rupom": "Rupom", "Farzana Akter Mim": "Mim", "Md. Rezaul Karim": "Rezaul",
    "Shafiqul Alam Babu": "Babu", "Saoirse Ní Bhriain": "Saoirse",
}
PROVIDERS = ["sedgepost", "marlbox", "tidewrack", "pinfoldmail", "haarmail", "loammail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "ns": ("-0400", "-0300", "us"), "bz": ("-0600", None, ""), "br": ("-0300", None, ""),
    "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "om": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "np": ("+0545", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "ns")
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
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, cheers again – that tour beat any brochure. Boat-handling ticket renews May; Mr Oduya (old gaffer) answers after four.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role} chat" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + "Subject: RE: {role}" + QNOTE}
FOOT = (
    "\n\n=*= {CO} · JOBS & GOINGS-ON =*=\nFresh vacancies drop Thursdays at noon; 'Aislemurmur', our monthly staff bulletin, "
    "flags store openings a week early. For pings, tick 'Knockwise' under My Profile. "
    "To halt these mails answer HUSHNOW. This box goes unread."
)

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-wd", "Careers Portal – {role} ({ref}): status changed", "Hello {n},\n\nCareers Portal notice. Requisition {ref} ({role}) now sits at: Closed – Another Candidate Hired. Profile still live; fresh postings sit behind that same login.\n\n{co} People Services", ("Reedham Thatch Supplies", "Kurasini Port Agencies"), ("reedhamthatch", "kurasiniport"), frm="{co} Careers Portal <noreply@{dom}>", role=("Yard Supervisor", "Shipping Documentation Clerk"), tz=("uk", "tz"))
mr("ats-gh", "Following up on {role}", "Hi {n},\n\nYour take-home and both video rounds showed us how you untangle messy supply data – genuinely useful. The hiring group met Monday and {role} is going to a different finalist.\n\nGood hunting,\n{sig}\nRecruiting, {co}", ("Buriganga River Survey", "Bedford Basin Ocean Systems"), ("burigangasurvey", "bedfordbasinocean"), role=("Hydrographic Data Analyst", "Sensor Data Engineer"), tz=("bd", "ns"))
mr("ats-lever", "{co}: an update on {role}", "Hi {n},\n\nCheers for the {role} application. Having read the lot, we're proceeding with people whose track record hugs the brief tighter, so yours ends.\n\nOur Talent Bench holds profiles 12 months. Rather not? Reply WIPEMYCV; we'll wipe it.\n\n{sig}, {co}", ("Sibun River Cacao Co.", "Volga Byte Outsourcing"), ("sibuncacao", "volgabyte"), frm="{sig} <jobs@{dom}>", role=("Export Coordinator", "QA Automation Engineer"), tz=("bz", "ru"))
mr("ats-sr", "Application {ref} – {role}", "<html><body><p>Dear {n},</p><p>Latest position on your {co} file below.</p><table border=\"1\"><tr><td>Post</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Rejected – position filled</td></tr></table><p>Grateful for the interest.</p><p>{co} Hiring Team</p></body></html>", ("Kanazawa Precision Bearings", "Saxlingham Seed Trials"), ("kanazawabearings", "saxlinghamseed"), frm="{co} via Rekrutello <no-reply@{dom}>", role=("Production Engineer", "Trials Technician"), tz=("jp", "uk"))
mr("ats-icims", "Your {role} application at {co}", "Dear {n},\n\nScreening for {role} checks each file against the advert's essentials. Yours showed no {x}, so it closes here without reaching the hiring manager.\n\nOnce you hold it, do reapply.\n\nTalent Acquisition, {co}", ("Scolt Head Marine Services", "Heacham Food Co."), ("scoltheadmarine", "heachamfood"), frm="Talent Acquisition <careers@{dom}>", role=("Launch Skipper", "Kitchen Supervisor"), x=("RYA Advanced Powerboat", "Level-3 food hygiene"), tz="uk")
mr("ats-taleo", "{role} (Req. {ref}) – requisition withdrawn", "Dear {n},\n\nOur two sites are merging, so requisition {ref} ({role}) has been pulled outright, closing every application logged to it, yours too.\n\nGrateful you considered {co}.\n\nRecruitment Operations", ("Narayanganj Jute Spinners", "Lunenburg Chandlery Ltd."), ("narayanganjjute", "lunenburgchandlery"), frm="Recruitment Operations <taleo-notices@{dom}>", role=("Shift Quality Officer", "Retail Floor Lead"), tz=("bd", "ns"))
mr("ats-workable", "After your working interview – {role}", "Hi {n},\n\nTa for the afternoon – guests took to you and the breakfast pass kept flowing. Having chewed it over together, though, {role} went to a past-season front-desk regular.\n\nAll the best,\n{sig} at {co}", ("Forodhani Spice Trails", "Caye Caulker Driftpalm Guesthouse"), ("forodhanispice", "driftpalmcaye"), role=("Tour Host", "Front Desk Host"), tz=("tz", "bz"))
mr("ats-bamboo", "{role} – where things landed", "Hello {n},\n\nOur own people always get first crack at moves, and {role} now belongs to a colleague out of {x}. The outside search shuts with that.\n\nGrateful for your time.\n\n{sig}\n{co}", ("Wymondham Maltings", "Ngorongoro Slopes Coffee Estate"), ("wymondhammaltings", "ngorongoroslopes"), role=("Kiln Operator", "Cupping Lab Assistant"), x=("packing", "nursery"), tz=("uk", "tz"))
mr("ats-tt", "Update for {role}", "Dear {n},\n\nWe thank for interest to {co} and for time spent on test task. Inform you that on position {role} after consideration other candidate was selected, his experience more corresponds to current project.\n\nWish you success in job search.\n\nWith respect,\n{sig}\nHR department", ("Kazanka Freight Tech", "Neva Tallybook Software"), ("kazankafreight", "nevatallybook"), role=("Go Developer", "Middle iOS Developer"), tz="ru")
mr("ats-pinpoint", "{role}: result of the online assessment", "Dear {n},\n\n{role} online assessment scored. Yours: {x}. Interview threshold: {y}. Application closed accordingly.\n\nRegards,\n{co} Recruitment", ("Annapolis Valley Growers", "Tarime Borehole Drilling"), ("annapolisgrowers", "tarimeborehole"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Orchard Supervisor", "Drill Rig Helper"), x=("19 of 30", "48%"), y=("22", "60%"), tz=("ns", "tz"))
mr("ats-jazz", "{role} search – closing note", "Hi {n},\n\nShort note on the {role} search I ran for our client: they've re-scoped it into a three-month contract sourced through their own network. The permanent search has shut; your file shuts alongside it.\n\nAppreciate your patience,\n{sig}\n{co}", ("Gulshan Talent Partners", "Belmopan Staffing Desk"), ("gulshantalent", "belmopanstaffing"), role=("Merchandising Manager", "Finance Officer"), tz=("bd", "bz"))
mr("ats-ashby", "{co} – {role}", "Hi {n},\n\nYou gave us real hours – systems round, onsite, an hour with our CEO – and we noticed. {role} is now filled by another finalist. Your grasp of {x} stood out; ping me again next year.\n\n{sig}\nTalent, {co}", ("Floodline Risk Labs", "Chalkwise Learning"), ("floodlinerisk", "chalkwise"), role=("Senior Backend Engineer", "Product Designer"), x=("catastrophe modelling", "classroom research"), tz=("uk", "usp"))
mr("ats-season", "{x} crew", "Hi {n},\n\nGot your name for the {x}, ta. Every crew place went to folk who did it alongside us last year – we're full up.\n\nCheers,\n{sig}, {co}", ("Wissington Beet Haulage", "Bear River Blueberry Farm"), ("wissingtonbeet", "bearriverblueberry"), x=("beet campaign", "blueberry harvest"), tz=("uk", "ns"))
mr("norf-crab", "Crab shed job", "Hello {n},\n\nThass wholly good on yer to write in about the dressin' job. Thing is bor, we hev took on a mawther from Overstrand what's dressed crab for har uncle twenty year, so thass done for this season. Keep yew a-lookin'.\n\n{sig}\n{co}", "Runton Gap Crab Shed", "runtongapcrab", tz="uk")
mr("tz-bus", "Booking Agent post", "Greetings {n},\n\nYour letter for Booking Agent at our Moshi office reached us. Kindly note we already got somebody who was casual with us since last year, hence we can't engage you now. Pole sana, God bless the search.\n\n{sig}\n{co}", "Kilimanjaro Starlight Coaches", "starlightcoaches", tz="tz")
mr("bd-pharm", "Regarding your application for Pharmacist (Outlet)", "Dear {n},\n\nYour candidature for Pharmacist (Outlet) could not be considered at present; requirement got fulfilled through internal transfer from Uttara branch. Your good self may apply against future circulars.\n\nRegards,\n{sig}\nHR & Admin, {co}", "Gulshan Lifecare Pharmacy", "gulshanlifecare", tz="bd")
mr("bz-haul", "Driver work", "Hi {n},\n\nTenk yu fi di application. Wi done hire two driva fram San Estevan already fi di cane season, so no space deh right now. Try we again wen di crop staat next year.\n\n{sig}\n{co}", "Orange Walk Cane Haulers", "orangewalkcane", tz="bz")
mr("ns-pound", "Lobster pound job", "Hey {n},\n\nAwful good of you askin' about the pound. Went and hired a Port Mouton fella who's graded lobster forever, so that spot's took. Take care now.\n\n{sig}\n{co}", "Kejimkujik Shore Lobster Pound", "kejishorelobster", tz="ns")
mr("ru-bureau", "Your CV for translator", "Good day, {n}.\n\nThank you for sending CV on vacancy technical translator. Unfortunately at this moment we are not ready to propose cooperation, as project requires minimum 3 years experience with oil and gas documentation.\n\nBest regards,\n{sig}\n{co}", "Kazan Lingvo Bureau", "kazanlingvo", tz="ru")
mr("jp-ramen", "Result of selection (Store Staff)", "Dear {n},\n\nThank you very much for entry to {co}. We considered carefully, but very sorry to say this time we cannot answer to your hope. Praying your more success and health.\n\n{co} Recruitment Section\n{sig}", "Dotonbori Menya Kazeguruma", "menyakazeguruma", tz="jp")
mr("ie-hurley", "Workshop position", "Hi {n},\n\nGrand to get the CV. A young Craughwell lad, shaping ash at his father's elbow since age twelve, has the bench now, so we're full. Mind yourself.\n\n{sig}\n{co}", "Loughrea Ash Hurleys", "loughreaash", tz="ie")
mr("us-sugar", "Sugarhouse helper", "Hi {n},\n\nAppreciate you asking about sugarhouse help this spring. Both spots went to neighbors who've boiled sap alongside us for years, so nothing's open. Check back come February.\n\n{sig}\n{co}", "Lamoille Ridge Sugarworks", "lamoilleridge", tz="use")
mr("au-opal", "Re: noodler / sorter job", "G'day {n},\n\nTa for the details. A bloke who's sorted rough out past the Breakaways ten years running has got it. Job's gone, mate.\n\n{sig}\n{co}", "Stuart Range Opal Diggings", "stuartrangeopal", tz="au")
mr("nz-spa", "Spa Attendant role", "Kia ora {n},\n\nNgā mihi for your Spa Attendant application. A person who has run geothermal pool plant takes the role, so yours closes.\n\n{sig}\n{co}", "Whakarewarewa Steam Baths", "steambathsrotorua", tz="nz")
mr("za-print", "Your application: Press Assistant", "Hi {n},\n\nRe Press Assistant: we appointed a Heidelberg operator, so yours ends here. Sharp sharp.\n\n{sig}\n{co}", "Orlando West Print Works", "orlandowestprint", tz="za")
mr("norw-shoe", "Closing Room Machinist", "Dear {n},\n\nThe Closing Room Machinist vacancy is now appointed to, and I'm afraid the appointee was another applicant.\n\nKind regards,\n{sig}\n{co}", "Wensum Footwear Makers", "wensumfootwear", tz="uk")
mr("cb-fiddle", "Summer tutor post", "Dear {n},\n\nThanks ever so for wanting to tutor at our summer school. A wonderful crop of players applied and two returning tutors from Mabou will take the classes, so there's no staff place for you this year.\n\nAll the best,\n{sig}\n{co}", "Inverness County Fiddle School", "invernessfiddle", tz="ns")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr-skipper", "RE: [EXT] Re: {role}", "Hi {n},\n\nSo nice meeting you properly; the crew keep mentioning your knot demo. Trustees sat Tuesday evening and chose Dwayne from the Wells branch for {role}; he starts on the spring tides.\n\nWarmly,\n{sf}\n\n{OUT}", ("Brancaster Seal Trips", "Morston Quay Seal Cruises"), ("brancasterseal", "morstonquayseal"), role=("Relief Skipper", "Boat Crew Lead"), tz="uk")
mr("thr-clinic", "RE: [EXT] Re: {role} – next steps", "Dear {n},\n\nAsante for coming over to Mikocheni on Friday. The medical director has selected Dr Kiwelu for {role}; she joins us after her rotation at Bugando.\n\nKind regards,\n{sf}\n\n{ORIG}", ("Msasani Physiotherapy Centre", "Mikocheni Sports Medicine Centre"), ("msasaniphysio", "mikochenisports"), role=("Physiotherapist", "Sports Therapist"), tz="tz")
mr("thr-ngo", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nOur chat on the char-land programmes was a real pleasure. Our country director has approved Ms Shirin Akhter for the {role} post, and she takes up Kurigram posting next month.\n\nWarmly,\n{sf}\n\n{GM}", ("Jamuna Char Livelihoods Trust", "Teesta Flood Resilience Forum"), ("jamunachar", "teestaflood"), role=("Field Coordinator", "MEAL Officer"), tz="bd")
mr("thr-reserve", "RE: [EXT] Re: {role}", "Hi {n},\n\nGrateful you came out to the reserve; your jaguar-track story had everybody laughing. The board has picked Evaristo, who did the bird counts with us last dry season, as our {role}.\n\nTake care,\n{sf}\n\n{OUT}", ("Cockscomb Basin Field Station", "Rio Bravo Canopy Reserve"), ("cockscombfield", "riobravocanopy"), role=("Research Ranger", "Canopy Guide"), tz="bz")
mr("thr-coop", "RE: [EXT] Re: {role} conversation", "Hi {n},\n\nOur Tuesday talk was a treat, and your wharf-market idea stuck with me. The hiring committee has settled on Alana Deveau, a longtime member, for {role}.\n\nAll the best,\n{sf}\n\n{ORIG}", ("Digby Neck Fishers' Co-op", "Tusket Islands Growers' Co-op"), ("digbyneckcoop", "tusketgrowers"), role=("Membership Manager", "Operations Coordinator"), tz="ns")
mr("thr-plant", "RE: [EXT] Re: {role} – second interview", "Dear {n},\n\nThank for second interview and for time at plant. Our general director has made his decision for {role} in favour of Mr Yakovlev, who comes from our Samara branch.\n\nRespectfully,\n{sf}\n\n{GM}", ("Zainsk Valve Works", "Kama Polymer Plant"), ("zainskvalve", "kamapolymer"), role=("Maintenance Engineer", "Process Technologist"), tz="ru")
mr("thr-maker", "RE: [EXT] Re: {role} meeting", "Dear {n},\n\nThank you for visit to Sakai factory and for kind talk with our team. After discussion, our section chief has chosen Mr. Hoshino for the {role} position, who moves from Nagoya office.\n\nBest regards,\n{sf}\n\n{OUT}", ("Sakai Blade Industries", "Izumi Loom Machinery"), ("sakaiblade", "izumiloom"), role=("Export Sales Staff", "Overseas Service Engineer"), tz="jp")
mr("thr-firm", "RE: [EXT] Re: {role}", "Hi {n},\n\nWe loved meeting you, and Niamh said your notes on the Ennis case were the sharpest she'd read. The partners have given {role} to Ciarán, our own former apprentice.\n\nAll the best,\n{sf}\n\n{GM}", ("Kilrush Quay Accountants", "Ennistymon Legal Partners"), ("kilrushquay", "ennistymonlegal"), role=("Audit Senior", "Trainee Solicitor"), tz="ie")

# ---- 8 clear refusals under long footers
mr("foot-garden", "Your application – {role}", "Hi {n},\n\n{role} at {co} – filled by someone else, so your application is closed.\n\n{sig}" + FOOT, ("Hoveton Garden Centres", "Sheringham Garden Centres"), ("hovetongarden", "sheringhamgc"), role=("Plant Area Assistant", "Seasonal Till Assistant"), tz="uk")
mr("foot-cycle", "{role} – decision", "Hello {n},\n\n{role} is decided – another candidate was chosen, so your application is closed.\n\n{sig}" + FOOT, ("Glowbay Lighting Stores", "Lumenrow Lighting"), ("glowbaylighting", "lumenrow"), role=("Showroom Assistant", "Delivery Driver"), tz=("ie", "nz"))
mr("foot-hardware", "About your application", "Dear {n},\n\nRe {role}: sorry – unsuccessful this round.\n\nBest wishes,\n{sig}, {co}" + FOOT, ("Nailbox Hardware", "Brasshinge Hardware Stores"), ("nailboxhardware", "brasshinge"), role=("Trade Counter Assistant", "Key Cutting Assistant"), tz=("uk", "au"))
mr("foot-music", "{role} at {co}", "Hi {n},\n\n{role}: filled. Application closed.\n\n{sig}" + FOOT, ("Fretboard Music Stores", "Drumstool Music Shops"), ("fretboardmusic", "drumstool"), role=("Guitar Tech", "Shop Floor Assistant"), tz=("use", "za"))

# ---- 9 hedged refusals
mr("hedge-orchard", "Your application – {role}", "Hi {n},\n\nAbout {role}: we met some lovely folk, and two lined up more neatly with this year's orchard plans; those two carry on.\n\nWarm wishes,\n{sig}\n{co}", ("Aylsham Cider Orchards", "Paje Seaweed Growers"), ("aylshamcider", "pajeseaweed"), role=("Orchard Hand", "Drying Shed Supervisor"), tz=("uk", "tz"))
mr("hedge-tutor", "{role}", "Dear {n},\n\nRe joining {co} as a {role}: having mulled it, we're heading another direction for this hire.\n\nKind regards,\n{sig}", ("Brightleaf Tutoring", "Wordbridge Translation Agency"), ("brightleaftutoring", "wordbridge"), role=("Maths Tutor", "Project Coordinator"), tz=("use", "au"))
mr("hedge-flor", "{role} – thank you", "Hi {n},\n\nThose trial bouquets were gorgeous. A few applicants bring wedding-season miles that suit our diary a touch better, and one of those is who we're picking.\n\nLove,\n{sig}\n{co}", ("Petalcrate Florists", "Veilbright Weddings"), ("petalcrate", "veilbright"), role=("Florist", "Wedding Coordinator"), tz=("uk", "nz"))
mr("hedge-climb", "Instructor role", "Hey {n},\n\nCheers for popping in. Several people matched the kids' sessions we're building a little closer, so {role} is heading their way.\n\n{sig}\n{co}", ("Cruxhouse Climbing Gym", "Stillpoint Yoga Loft"), ("cruxhouse", "stillpointyoga"), role=("Route Setter", "Studio Host"), tz=("ie", "za"))
mr("hedge-search", "Regarding your candidature – GM Operations", "Dear {n},\n\nPlease be informed client preferred CVs carrying deeper exposure of knit composite factory operations. Your good self shall remain in our database for similar mandates.\n\nRegards,\n{sig}\n{co}", "Banani Executive Search", "bananisearch", tz="bd")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-1", "Following our call – Head of Logistics", "Hi {n},\n\nGood talking Tuesday. Client picked an internal person for Head of Logistics, so that's shut. They've just opened Regional Transport Manager though, which has your name on it – chat Friday?\n\n{sig}\n{co}", "Fenreach Talent Partners", "fenreachtalent", tz="uk")
mr("rec-2", "Chief Accountant role – and something else", "Hello {n},\n\nAppreciate your patience. Client selected another candidate for Chief Accountant. But they have opening of Senior Accounts Manager under same CFO. Should I forward your CV?\n\n{sig}\n{co}", "Motijheel Career Bridge", "motijheelcareer", tz="bd")
mr("rec-3", "Re: our call on the Tour Operations Manager post", "Hi {n},\n\nFollowing up like I said: the tour company picked someone local for Tour Operations Manager. Their Karatu depot needs a Safari Fleet Supervisor from January and liked your profile – shall I pass it on?\n\n{sig}\n{co}", "Arusha Tourism Recruiters", "arushatourismrec", tz="tz")
mr("rec-4", "Product Owner – update", "Hi {n},\n\nFeedback's in: Product Owner went to someone with more banking domain. Same team has a Business Analyst vacancy that matches your background nicely. OK to submit you?\n\n{sig}\n{co}", "Halifax Harbour Tech Recruiting", "harbourtechrecruit", tz="ns")
mr("rec-5", "Lead QA – result", "Hello {n},\n\nClient decided in favour of other candidate for Lead QA. At same time they open position QA Engineer in mobile team, salary little lower but remote. If it is interesting, write me and I send your CV today.\n\n{sig}\n{co}", "Uralsk IT Staffing", "uralskitstaff", tz="ru")
mr("rec-6", "Store Manager – following your call", "Hi {n},\n\nGood chatting yesterday. Store Manager went elsewhere, I'm afraid. Same group wants an Assistant Store Manager in Belize City – pass your name along?\n\n{sig}\n{co}", "Jewel Coast Recruiters", "jewelcoastrec", tz="bz")
mr("rec-7", "Bridge Engineer position", "Dear {n},\n\nThank you for phone time. Sorry, client decided other applicant for Senior Bridge Engineer. They have also Bridge Inspector opening in Yokohama and ask if you are interested. Please tell me.\n\n{sig}\n{co}", "Minato Engineering Careers", "minatocareers", tz="jp")

# ---- 8 public-sector notices
mr("ps-refer", "Notice of Results – {role}, Announcement {ref}", "Dear {n},\n\nEligible and qualified for {role}: yes. Referred: no – the selecting official receives only the top-rated names, and your category rating fell beneath that cut.\n\n{co}", ("Bureau of Coastal Fisheries – Human Resources", "Nova Scotia Public Service Commission"), ("coastalfisheries", "nspscjobs"), frm="{co} <hr-notices@{dom}>", role=("Fisheries Biologist", "Policy Analyst"), tz=("use", "ns"))
mr("ps-inelig", "Application status: {role}", "Dear {n},\n\nYour application for {role} stands declared ineligible, since {x}.\n\n{co}", ("Bangladesh Public Service Recruitment Cell", "Tanzania Public Service Recruitment Secretariat"), ("bdpsrcell", "tzpsrs"), frm="{co} <noreply@{dom}>", role=("Assistant Engineer (Civil)", "Assistant Accountant II"), x=("the attested copy of the degree certificate was missing", "NECTA verification of your Form Four result failed"), tz=("bd", "tz"))
mr("ps-cancel", "Vacancy {ref} cancelled – {role}", "Dear {n},\n\nBudget review outcome: vacancy {ref} ({role}) cancelled, post left unfilled, applications (yours too) closed.\n\n{co}", ("Breckland Valley District Council", "Ministry of Rural Works, Belmopan"), ("brecklandvalley", "mrwbelmopan"), frm="{co} Recruitment <jobs@{dom}>", role=("Planning Officer", "Works Supervisor"), tz=("uk", "bz"))
mr("ps-exam", "Results of the written examination – {role}", "Dear {n},\n\n{role} written paper: your mark {x}, qualifying mark {y}, and so the next stage goes ahead minus you.\n\n{co}", ("Sapporo City Personnel Commission", "Chattogram Port Authority Recruitment"), ("sapporocityjobs", "cpajobs"), frm="{co} <exam@{dom}>", role=("Clerical Officer", "Assistant Traffic Officer"), x=("41 / 100", "29 of 50"), y=("45", "33"), tz=("jp", "bd"))

# ---- 6 bare ATS status updates
mr("ats-bare1", "Status update: {role}", "Hello {n},\n\nRole – {role}\nStatus (updated today) – No longer under consideration\n\n{co} Careers", ("Thurne Valley Careers", "Quayhithe Lane Careers"), ("thurnevalley", "quayhithelane"), frm="{co} <status@{dom}>", role=("Payroll Assistant", "Estates Porter"), tz="uk")
mr("ats-bare2", "{role} – status", "<html><body><p>Hi {n},</p><p><b>{role}</b> – now marked <b>Not progressing</b>.</p><p>{co}</p></body></html>", ("Marshgate Jobs", "Saltmead Jobs"), ("marshgatejobs", "saltmeadjobs"), frm="{co} <noreply@{dom}>", role=("Dispatch Clerk", "Care Assistant"), tz=("au", "nz"))
mr("ats-bare3", "Application update", "Hi {n},\n\nApplication: {role}\nCurrent status: Archived – position filled\n\n(automatic notice, {co})", ("Tidewicket Hiring", "Rookfield Hiring"), ("tidewickethiring", "rookfieldhiring"), frm="{co} <ats@{dom}>", role=("Customer Support Agent", "Warehouse Operative"), tz=("usc", "za"))

# ---- 6 internship / graduate decisions
mr("intern-1", "{role} – outcome", "Dear {n},\n\nRecord numbers applied to the {role}; following assessment day, your place hasn't come through.\n\nGraduate Recruitment, {co}", ("Broadland Water Graduate Programme", "Copperleaf Energy Graduate Scheme"), ("broadlandwater", "copperleafenergy"), role=("2026 Hydrology Graduate Programme", "2026 Grid Analytics Graduate Scheme"), tz="uk")
mr("intern-2", "Summer Internship decision", "Hi {n},\n\nTa for interviewing for our {role}. Our places are filled, and there's no internship for you this summer.\n\nEarly Careers Team\n{co}", ("Loonshore Robotics", "Kettlebridge Publishing"), ("loonshorerobotics", "kettlebridgepub"), role=("Summer Firmware Internship", "Summer Editorial Internship"), tz=("usc", "use"))
mr("intern-3", "Placement year application", "Dear {n},\n\nYour application for our {role} has not succeeded, we regret to say.\n\nWith best wishes,\n{sig}\n{co}", ("Fernquill Acoustics", "Gannetbay Records Office"), ("fernquillacoustics", "gannetbayrecords"), role=("Placement Year in Acoustic Engineering", "Placement Year in Archive Conservation"), tz=("uk", "ie"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Careers Portal – {role} ({ref}): received", "Hello {n},\n\nRequisition {ref}, {role}: label reads Submitted. Later it may change – Interview Scheduled, or, if someone else lands the post, Closed – Another Candidate Hired. Each label change sends mail.\n\n{co} People Services", ("Reedham Thatch Supplies", "Kurasini Port Agencies"), ("reedhamthatch", "kurasiniport"), frm="{co} Careers Portal <noreply@{dom}>", role=("Stores Controller", "Customs Entry Clerk"), tz=("uk", "tz"))
mo("application_received", "gh", "We got your application – {role}", "Hi {n},\n\n{role} at {co} – your application's here, and a real recruiter reads each one. Should others get picked, expect a note saying so – we don't do ghosting.\n\n{sig}, Recruiting", ("Buriganga River Survey", "Bedford Basin Ocean Systems"), ("burigangasurvey", "bedfordbasinocean"), role=("Data Steward", "Buoy Field Technician"), tz=("bd", "ns"))
mo("application_received", "lever", "{co}: thanks for applying", "Hi {n},\n\n{role} application: landed safely. Role or no role, profiles sit on our Talent Bench twelve months for later openings. WIPEMYCV, sent any time, removes yours.\n\n{co}", ("Sibun River Cacao Co.", "Volga Byte Outsourcing"), ("sibuncacao", "volgabyte"), frm="{co} <jobs@{dom}>", role=("Fermentation Supervisor", "DevOps Engineer"), tz=("bz", "ru"))
mo("application_received", "sr", "Application {ref} received", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Post</td><td>{role}</td></tr><tr><td>Stage now</td><td>Received</td></tr><tr><td>Later stages</td><td>Interview, or Rejected – position filled</td></tr></table><p>{co} Hiring Team</p></body></html>", ("Kanazawa Precision Bearings", "Saxlingham Seed Trials"), ("kanazawabearings", "saxlinghamseed"), frm="{co} via Rekrutello <no-reply@{dom}>", role=("Quality Inspector", "Glasshouse Assistant"), tz=("jp", "uk"))
mo("application_received", "icims", "Thanks for applying: {role}", "Dear {n},\n\n{role} application logged. Heads-up: files without {x} get closed at screening, unseen by the hiring manager – double-check yours has it. With it, a reply comes inside three weeks.\n\nTalent Acquisition, {co}", ("Scolt Head Marine Services", "Heacham Food Co."), ("scoltheadmarine", "heachamfood"), frm="Talent Acquisition <careers@{dom}>", role=("Deckhand", "Line Cook"), x=("a sea survival certificate", "a Level 2 food hygiene certificate"), tz="uk")
mo("application_received", "taleo", "{role} (Req. {ref}) – acknowledgement", "Dear {n},\n\n{role}: application logged. Because our two sites are merging, a few requisitions could be pulled pre-interview; were this one pulled, each applicant gets emailed.\n\nRecruitment Operations, {co}", ("Narayanganj Jute Spinners", "Lunenburg Chandlery Ltd."), ("narayanganjjute", "lunenburgchandlery"), frm="Recruitment Operations <taleo-notices@{dom}>", role=("Loom Fitter", "Rigging Shop Assistant"), tz=("bd", "ns"))
mo("application_received", "workable", "Got it – {role}", "Hi {n},\n\n{role} application – tick! If it clicks, you'll do a paid working afternoon here. Click or no click, a text reaches you inside seven days; nobody's left dangling.\n\n{sig}, {co}", ("Forodhani Spice Trails", "Caye Caulker Driftpalm Guesthouse"), ("forodhanispice", "driftpalmcaye"), role=("Tour Guide", "Housekeeper"), tz=("tz", "bz"))
mo("application_received", "bamboo", "{role} – received", "Hello {n},\n\n{role} application logged. Worth knowing: staff get first dibs on moves, and should a colleague grab this post, the outside search shuts and all applicants hear. Meanwhile yours stays live.\n\n{sig}, {co}", ("Wymondham Maltings", "Ngorongoro Slopes Coffee Estate"), ("wymondhammaltings", "ngorongoroslopes"), role=("Germination Operator", "Estate Driver"), tz=("uk", "tz"))
mo("application_received", "tt", "Your application received", "Dear {n},\n\nThank for response on vacancy {role}. CV received, passed to tech lead. If experience will not fit for project, anyway we inform, and CV remains in base for next vacancies.\n\nWith respect,\nHR department {co}", ("Kazanka Freight Tech", "Neva Tallybook Software"), ("kazankafreight", "nevatallybook"), role=("Python Developer", "Android Developer"), tz="ru")
mo("application_received", "pinpoint", "Next: your online assessment for {role}", "Dear {n},\n\n{role}: application in. Coming up – a half-hour online assessment. Under {y} means no interview; {y} or better, expect word inside ten days.\n\n{co} Recruitment", ("Annapolis Valley Growers", "Tarime Borehole Drilling"), ("annapolisgrowers", "tarimeborehole"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Packhouse Lead", "Pump Fitter"), y=("22 of 30", "60%"), tz=("ns", "tz"))
mo("application_received", "jazz", "Thanks – {role} with my client", "Hi {n},\n\nCV for {role} received; client gets it this week. Occasionally they fill from their own network – if so, I'll message you that very day.\n\n{sig}, {co}", ("Gulshan Talent Partners", "Belmopan Staffing Desk"), ("gulshantalent", "belmopanstaffing"), role=("Sourcing Manager", "HR Officer"), tz=("bd", "bz"))
mo("application_received", "ashby", "{co} – application for {role}", "Hi {n},\n\nApplication to {co} in. Process: recruiter screen, systems round, onsite, CEO chat. Whatever each gate decides, a human writes.\n\n{sig}, Talent", ("Floodline Risk Labs", "Chalkwise Learning"), ("floodlinerisk", "chalkwise"), role=("Data Engineer", "UX Researcher"), tz=("uk", "usp"))
mo("application_received", "season", "{x} – name's down", "Hi {n},\n\nName's on the {x} list. Last year's lot pick places first; leftovers go out before month's end. Nothing heard by then? Reckon we're full.\n\n{sig}, {co}", ("Wissington Beet Haulage", "Bear River Blueberry Farm"), ("wissingtonbeet", "bearriverblueberry"), x=("beet campaign", "blueberry harvest"), tz=("uk", "ns"))
mo("application_received", "thr", "Your application – {role}", "Hi {n},\n\nNote and CV for {role} received. Trustees choose crew in a fortnight; whichever way it falls, one of us rings you after.\n\n{sf}", ("Brancaster Seal Trips", "Morston Quay Seal Cruises"), ("brancasterseal", "morstonquayseal"), role=("Deck Hand", "Ticket Kiosk Assistant"), tz="uk")
mo("application_received", "clinic", "Acknowledgement of application – {role}", "Dear {n},\n\nYour application for {role} is received. Interview calls go to shortlisted people alone; kindly treat 21 days of silence as a sign your application has not gone through.\n\n{sig}\n{co}", ("Msasani Physiotherapy Centre", "Mikocheni Sports Medicine Centre"), ("msasaniphysio", "mikochenisports"), role=("Physio Assistant", "Clinic Front Desk Officer"), tz="tz")
mo("application_received", "ngo", "Application received – {role}", "Dear {n},\n\nYour application against {role} is received and under review. Kindly note communication goes to shortlisted candidates alone; no response inside one month may be taken as regret.\n\nHR Unit, {co}", ("Jamuna Char Livelihoods Trust", "Teesta Flood Resilience Forum"), ("jamunachar", "teestaflood"), role=("Program Officer", "Finance Assistant"), tz="bd")
mo("application_received", "coop", "Thanks for applying – {role}", "Hi {n},\n\nQuick word – your {role} application came through. Committee gathers the 20th; good news or otherwise, every applicant gets my phone call that week.\n\n{sf}", ("Digby Neck Fishers' Co-op", "Tusket Islands Growers' Co-op"), ("digbyneckcoop", "tusketgrowers"), role=("Bookkeeper", "Dock Coordinator"), tz="ns")
mo("application_received", "maker", "Receipt of your application", "Dear {n},\n\nThank you for entry to {co}. Documents for {role} received. Document screening result, pass or fail both, will be sent to each applicant by mail in two weeks.\n\nRecruitment Section", ("Sakai Blade Industries", "Izumi Loom Machinery"), ("sakaiblade", "izumiloom"), role=("Production Staff", "CAD Operator"), tz="jp")
mo("application_received", "garden", "Application logged", "Hi {n},\n\n{role} at {co} – application logged. Personal replies: shortlist only.\n\n{sig}" + FOOT, ("Hoveton Garden Centres", "Sheringham Garden Centres"), ("hovetongarden", "sheringhamgc"), role=("Cafe Assistant", "Aquatics Assistant"), tz="uk")
mo("application_received", "orchard", "Application in – {role}", "Hi {n},\n\n{role} application received. Should it not work out, we'd keep your details for autumn pressing – shout if you object.\n\n{sig}, {co}", ("Aylsham Cider Orchards", "Paje Seaweed Growers"), ("aylshamcider", "pajeseaweed"), role=("Press Hand", "Farm Assistant"), tz=("uk", "tz"))
mo("application_received", "tutor", "We received your application", "Dear {n},\n\n{role} application with {co} received. Contact follows only where a live need matches you; CVs stay filed six months regardless.\n\n{sig}", ("Brightleaf Tutoring", "Wordbridge Translation Agency"), ("brightleaftutoring", "wordbridge"), role=("Chemistry Tutor", "Proofreader"), tz=("use", "au"))
mo("application_received", "ps", "Application received – {role}, Announcement {ref}", "Dear {n},\n\n{role}: application received. Rating happens once the announcement closes. Referred or unreferred, a Notice of Results appears in your account.\n\n{co}", ("Bureau of Coastal Fisheries – Human Resources", "Nova Scotia Public Service Commission"), ("coastalfisheries", "nspscjobs"), frm="{co} <hr-notices@{dom}>", role=("Fish Hatchery Technician", "Program Coordinator"), tz=("use", "ns"))
mo("application_received", "psb", "Online application submitted – {role}", "Dear {n},\n\nOnline application for {role} submitted (ID {ref}). Any application lacking attested documents shall be declared ineligible at scrutiny. Admit cards go by SMS to eligible candidates.\n\n{co}", ("Bangladesh Public Service Recruitment Cell", "Tanzania Public Service Recruitment Secretariat"), ("bdpsrcell", "tzpsrs"), frm="{co} <noreply@{dom}>", role=("Sub-Assistant Engineer", "Records Management Assistant"), tz=("bd", "tz"))
mo("application_received", "bare", "Application received: {role}", "Hello {n},\n\nRole – {role}\nStatus – Received\n\nAny change – Interview, or perhaps No longer under consideration – triggers an email.\n\n{co} Careers", ("Thurne Valley Careers", "Quayhithe Lane Careers"), ("thurnevalley", "quayhithelane"), frm="{co} <status@{dom}>", role=("Receptionist", "Groundsperson"), tz="uk")
mo("application_received", "intern", "{role} – application received", "Dear {n},\n\nApplication for the {role} received. Successful or otherwise, each applicant hears after February's assessment days.\n\nGraduate Recruitment, {co}", ("Broadland Water Graduate Programme", "Copperleaf Energy Graduate Scheme"), ("broadlandwater", "copperleafenergy"), role=("2027 Hydrology Graduate Programme", "2027 Grid Analytics Graduate Scheme"), tz="uk")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Interview invitation – {role}", "Hi {n},\n\nVideo interview for {role}? We've pencilled {dl}. Unfortunately our booking tool shows UTC only, so convert carefully.\n\n{sig}, Recruiting, {co}", ("Buriganga River Survey", "Bedford Basin Ocean Systems"), ("burigangasurvey", "bedfordbasinocean"), role=("Data Steward", "Buoy Field Technician"), tz=("bd", "ns"))
mo("interview", "workable", "Working interview – {role}", "Hi {n},\n\n{role}: come do a paid working afternoon, {dl}. Sadly the market road is dug up – leave early.\n\n{sig}, {co}", ("Forodhani Spice Trails", "Caye Caulker Driftpalm Guesthouse"), ("forodhanispice", "driftpalmcaye"), role=("Tour Guide", "Housekeeper"), tz=("tz", "bz"))
mo("interview", "tt", "Invitation to technical interview", "Dear {n},\n\nGlad to invite on technical interview, position {role}, date {dl}, 11:00 Moscow. Unfortunately office is in repair, so interview goes online.\n\nWith respect,\n{sig}", ("Kazanka Freight Tech", "Neva Tallybook Software"), ("kazankafreight", "nevatallybook"), role=("Python Developer", "Android Developer"), tz="ru")
mo("interview", "maker", "Interview guidance", "Dear {n},\n\nYou passed document screening. Please come to first interview, {dl}, at our office. Sorry, transportation fee for first interview is not paid.\n\nRecruitment Section, {co}", ("Sakai Blade Industries", "Izumi Loom Machinery"), ("sakaiblade", "izumiloom"), role=("Production Staff", "CAD Operator"), tz="jp")
mo("interview", "clinic", "Interview – {role}", "Dear {n},\n\nOral interview for {role}: {dl}, reporting time nine sharp. Regrettably no waiting area exists, so come punctually with original certificates.\n\n{sig}\n{co}", ("Msasani Physiotherapy Centre", "Mikocheni Sports Medicine Centre"), ("msasaniphysio", "mikochenisports"), role=("Physio Assistant", "Clinic Front Desk Officer"), tz="tz")
mo("interview", "garden", "Interview for {role}", "Hi {n},\n\nFancy meeting about {role}, {dl}? Bad news on parking: tarmac crews own the car park, so use the overflow field.\n\n{sig}, {co}", ("Hoveton Garden Centres", "Sheringham Garden Centres"), ("hovetongarden", "sheringhamgc"), role=("Cafe Assistant", "Aquatics Assistant"), tz="uk")
mo("interview", "coop", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nThanks for your note. Committee wants to meet, {dl}, co-op hall. Sorry, heating's acting up – bring a sweater.\n\n{sf}\n\n{ORIG}", ("Digby Neck Fishers' Co-op", "Tusket Islands Growers' Co-op"), ("digbyneckcoop", "tusketgrowers"), role=("Bookkeeper", "Dock Coordinator"), tz="ns")
mo("interview", "ps", "Interview schedule – {role}", "Dear {n},\n\nShortlisted for {role} interview. Date: {dl}. Unfortunately TA/DA is not admissible. Carry admit card and original testimonials.\n\n{co}", ("Bangladesh Public Service Recruitment Cell", "Chattogram Port Authority Recruitment"), ("bdpsrcell", "cpajobs"), frm="{co} <noreply@{dom}>", role=("Sub-Assistant Engineer", "Harbour Pilot Trainee"), tz="bd")
mo("next_steps", "pinpoint", "Your online assessment – {role}", "Dear {n},\n\n{role} online assessment due {dl}. Unfortunately it can't be paused once begun – find 40 quiet minutes.\n\n{co} Recruitment", ("Annapolis Valley Growers", "Tarime Borehole Drilling"), ("annapolisgrowers", "tarimeborehole"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Packhouse Lead", "Pump Fitter"), tz=("ns", "tz"))
mo("next_steps", "icims", "Documents needed – {role}", "Dear {n},\n\nUpload {x} plus two referees – deadline {dl}. Sadly the portal rejects anything past 4 MB – scan greyscale.\n\nTalent Acquisition, {co}", ("Scolt Head Marine Services", "Heacham Food Co."), ("scoltheadmarine", "heachamfood"), frm="Talent Acquisition <careers@{dom}>", role=("Deckhand", "Line Cook"), x=("your sea survival certificate", "your food hygiene certificate"), tz="uk")
mo("next_steps", "psb", "Written examination – {role}", "Dear {n},\n\nWritten examination, {role}: {dl}. Regretfully, memory calculators stay outside the hall. Admit card downloadable via portal.\n\n{co}", ("Bangladesh Public Service Recruitment Cell", "Tanzania Public Service Recruitment Secretariat"), ("bdpsrcell", "tzpsrs"), frm="{co} <noreply@{dom}>", role=("Sub-Assistant Engineer", "Records Management Assistant"), tz=("bd", "tz"))
mo("next_steps", "ngo", "Next stage – {role}", "Dear {n},\n\nShortlisted for {role}. Kindly submit a 500-word note on flood early warning by {dl}. Sorry, extension is not possible.\n\nHR Unit, {co}", ("Jamuna Char Livelihoods Trust", "Teesta Flood Resilience Forum"), ("jamunachar", "teestaflood"), role=("Program Officer", "Finance Assistant"), tz="bd")
mo("next_steps", "intern", "{role} – assessment day", "Dear {n},\n\nAssessment day: {dl}. Confirm by reply, please. Unfortunately travel refunds cap at £40.\n\nGraduate Recruitment, {co}", ("Broadland Water Graduate Programme", "Copperleaf Energy Graduate Scheme"), ("broadlandwater", "copperleafenergy"), role=("2027 Hydrology Graduate Programme", "2027 Grid Analytics Graduate Scheme"), tz="uk")
mo("next_steps", "ashby", "{co} – take-home for {role}", "Hi {n},\n\n{role} take-home attached; return it by {dl}. I'm afraid our sandbox naps on weekends, so plan around it.\n\n{sig}, Talent", ("Floodline Risk Labs", "Chalkwise Learning"), ("floodlinerisk", "chalkwise"), role=("Data Engineer", "UX Researcher"), tz=("uk", "usp"))
mo("offer", "bamboo", "Offer – {role}", "Hello {n},\n\n{role} is yours – start {dl}. Sadly the canteen's being refitted in your first month; pack sandwiches.\n\n{sig}, {co}", ("Wymondham Maltings", "Ngorongoro Slopes Coffee Estate"), ("wymondhammaltings", "ngorongoroslopes"), role=("Germination Operator", "Estate Driver"), tz=("uk", "tz"))
mo("offer", "thr", "RE: [EXT] Re: {role}", "Hi {n},\n\nTrustees sat Tuesday evening – {role} is yours – first shift falls on {dl}. Bad news: boat shed roof leaks again, so wellies.\n\n{sf}\n\n{GM}", ("Brancaster Seal Trips", "Morston Quay Seal Cruises"), ("brancasterseal", "morstonquayseal"), role=("Deck Hand", "Ticket Kiosk Assistant"), tz="uk")
mo("offer", "lever", "Your offer from {co}", "Hi {n},\n\n{role} offer – yes! Contract attached, sign by {dl}. Unfortunately laptops are delayed; week one runs on a loaner.\n\n{sig}, {co}", ("Sibun River Cacao Co.", "Volga Byte Outsourcing"), ("sibuncacao", "volgabyte"), frm="{sig} <jobs@{dom}>", role=("Fermentation Supervisor", "DevOps Engineer"), tz=("bz", "ru"))
mo("offer", "spa", "Offer of employment", "Kia ora {n},\n\nPool Attendant role is yours from {dl}. Unfortunately uniforms lag a month – dark clothes meanwhile.\n\n{sig}\n{co}", "Whakarewarewa Steam Baths", "steambathsrotorua", tz="nz")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "bare-wd", "Status update: {role}", "Hello {n},\n\nRole – {role}\nStatus – Withdrawn by candidate\n\nWithdrawal noted; ta for telling us.\n\n{co} Careers", ("Thurne Valley Careers", "Quayhithe Lane Careers"), ("thurnevalley", "quayhithelane"), frm="{co} <status@{dom}>", role=("Payroll Assistant", "Estates Porter"), tz="uk")
mo("other_job", "bare-hold", "{role} – status", "<html><body><p>Hi {n},</p><p>The status of <b>{role}</b> is now <b>On hold – hiring paused</b>. Your application stays active.</p><p>{co}</p></body></html>", ("Marshgate Jobs", "Saltmead Jobs"), ("marshgatejobs", "saltmeadjobs"), frm="{co} <noreply@{dom}>", role=("Dispatch Clerk", "Care Assistant"), tz=("au", "nz"))
mo("other_job", "moved", "Interview moved", "Hi {n},\n\nOops – your interview clashed with the September holiday. New date {dl}, same hour. See you!\n\n{sig}, {co}", "Caye Caulker Driftpalm Guesthouse", "driftpalmcaye", tz="bz")
mo("job_alert", "alert", "New at {co} this week", "Hi {n},\n\nFresh roles near you: Plant Area Assistant, Cafe Supervisor, Delivery Driver (Saturdays).\n\nTap Apply on the careers pages." + FOOT, ("Hoveton Garden Centres", "Hoveton Garden Centres", "Hoveton Garden Centres"), ("hovetongarden", "hovetongarden", "hovetongarden"), frm="{co} Jobs <alerts@{dom}>", tz="uk")
mo("recruiter_outreach", "out1", "Operations Manager, cold-chain – open to a chat?", "Hi {n},\n\nCold-chain firm near Halifax needs an Operations Manager, and your port logistics years jumped out. Quick call this week?\n\n{sig}\n{co}", "Halifax Harbour Tech Recruiting", "harbourtechrecruit", tz="ns")
mo("recruiter_outreach", "out2", "Senior Merchandiser opportunity", "Dear {n},\n\nGreetings! Gazipur sweater exporter searching Senior Merchandiser; your profile looks suitable. Kindly send updated CV if interested.\n\n{sig}\n{co}", "Motijheel Career Bridge", "motijheelcareer", tz="bd")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nAbout your {x} loan request: sorry – the assessment came back short of our criteria, so it's declined.\n\n{co} Lending Team", ("Yare Valley Building Society", "Sydney Mines Credit Union"), ("yarevalleybs", "sydneyminescu"), x=("caravan", "woodstove"), tz=("uk", "ns"))
mo("non_job_rejection_words", "plot", "Allotment plot application", "Dear {n},\n\nEvery allotment plot is now allocated, so yours has gone onto the waiting list.\n\n{co}", ("Thorpe Hamlet Allotment Society", "Bedford Hills Community Garden"), ("thorpehamletplots", "bedfordhillsgarden"), tz=("uk", "ns"))
mo("non_job_rejection_words", "grant", "Arts grant – outcome", "Dear {n},\n\nSmall Arts Fund round closed. Unfortunately your project missed out on funding.\n\n{co}", "Stone Town Arts Fund", "stonetownarts", tz="tz")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig}, {co} (via " + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = "\n\n== relayed via " + ch + " · " + trade + " board =="
    box = dom + "." + ch.lower()
    wr(fam, rej[0], rej[1] + tail, co, box, frm=via(ch), tz=tz)
    if twin is not None:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, box, frm=via(ch), tz=tz)


pair("w01", "FellhytheAgate", "paddlewheelcaulking", "Waveney Paddle Steamer Trust", "waveneypaddle", "uk",
     ("Caulking bench", "Hi {n},\n\nTa for asking after the caulking bench. A shipwright who's already worked the old steamer's sponsons has it now; yours stops there."),
     ("application_received", "Caulking bench – got your note", "Hi {n},\n\nYour note about the caulking bench reached us. Yay or nay, word comes before month's end; names get kept for the winter refit regardless."))
pair("w02", "FellhytheJasper", "harnessbelling", "Shire Day Harness Makers", "shiredayharness", "uk",
     ("Bell-fitting apprenticeship", "Dear {n},\n\nHeaps of letters came for the bell-fitting apprenticeship, and a Swaffham lad has been given it. Sorry it's not brighter news."),
     ("application_received", "Bell-fitting apprenticeship – received", "Dear {n},\n\nYour letter's here. If the place goes elsewhere, a line from us says so, and your name stays listed for spring."))
pair("w03", "FellhytheGarnet", "pulleyblockturning", "Clew Line Blockmakers", "clewlineblocks", "ns",
     ("Turner position", "Hi {n},\n\nAppreciate you wanting to turn blocks here. A turner who's done ash sheaves for the tall-ship yards is hired, so we're stopping with you there."),
     ("application_received", "Turner position – application in", "Hi {n},\n\nApplication's in. Our phone rings only for shortlisted turners; a silent phone for two weeks means the post went elsewhere."))
pair("w04", "FellhytheBeryl", "cartwheeldishing", "Hubstone Wheelwrights", "hubstonewheels", "ie",
     ("Wheelwright's mate", "Hi {n},\n\nCheers for the letter about the wheelwright's mate job. A fella who's dished spokes on cart wheels for years is starting, so it's no for now."),
     ("application_received", "Wheelwright's mate – letter received", "Hi {n},\n\nGot your letter. Yea or nay, the yard rings you by Friday week at the outside."))
pair("w05", "FellhytheTopaz", "hurdlegatewattling", "Breckside Wattle Hurdles", "brecksidewattle", "uk",
     ("Hurdle maker", "Hi {n},\n\nTa for asking about hurdle making. Our regular coppice crew has the season covered; nothing's spare."),
     ("application_received", "Hurdle maker – thanks", "Hi {n},\n\nTa for asking about hurdle work. Should the coppice crew cover the season, your number's kept for next winter – otherwise expect a call."))
pair("w06", "FellhytheOnyx", "sealwaxcompounding", "Red Lozenge Sealing Wax Co.", "redlozengewax", "use",
     ("Compounder role", "Hi {n},\n\nAbout compounder: a person with pigment-mixing years has the role, so your application's closed."),
     ("application_received", "Compounder role – received", "Hi {n},\n\nApplication received. Should we pass, your resume stays filed half a year, unless you'd prefer otherwise."))
pair("w07", "FellhytheFlint", "abacusbeadboring", "Counting Frame Workshop", "countingframe", "jp",
     ("About bead boring staff", "Dear {n},\n\nThank you for entry to bead boring staff. After careful review, another person is hired this time. Praying your success."),
     ("application_received", "Application received", "Dear {n},\n\nYour application arrived. Pass or fail, result comes by mail in ten days."))
pair("w08", "FellhytheQuartz", "porcelaindollpainting", "Porcelwink Doll Studio", "porcelwink", "au",
     ("Face painter role", "Hi {n},\n\nTa for the sample faces. Face painter went elsewhere; yours ends there."),
     ("interview", "Face painter role – come in?", "Hi {n},\n\nPop in {dl} and paint a test face? Sadly the kiln's misbehaving, so no firing that day."))
pair("w09", "FellhytheOpal", "cloggingsoleshaping", "Pennine Alder Clogs", "penninealderclogs", "uk",
     ("Sole shaper", "Dear {n},\n\nThe sole shaper post went to an experienced clogger; your application was unsuccessful."),
     ("interview", "Sole shaper – trial", "Dear {n},\n\nBench trial, {dl} – can you make it? I'm afraid our lane's all mud; boots needed."))
pair("w10", "FellhytheBasalt", "saddletreebending", "Ridgebolt Saddle Trees", "ridgebolttrees", "usc",
     ("Tree bender opening", "Hi {n},\n\nAppreciate the application. Someone with more steam-bending hours got hired, so yours is closed."),
     ("interview", "Tree bender – interview", "Hi {n},\n\nMeet us {dl} at the shop? Unfortunately our steam box is broken, so just a talk, no test."))
pair("w11", "FellhytheGneiss", "bowsawsetting", "Timberjack Saw Works", "timberjacksaw", "nz",
     ("Saw setter position", "Kia ora {n},\n\nRe saw setter: another candidate took the offer, so yours goes no further."),
     ("interview", "Saw setter – interview", "Kia ora {n},\n\nMeet us {dl}? Bad news – workshop's unheated so far, so dress warm."))
pair("w12", "FellhytheSchist", "wimbleboring", "Augerwell Cooper Tools", "augerwelltools", "za",
     ("Boring tool maker", "Hi {n},\n\nRe boring tool maker: someone else is appointed, and yours is closed. Good luck."),
     ("interview", "Boring tool maker – interview", "Hi {n},\n\nCome through {dl}, ten o'clock. Sorry – load-shedding might strike, so we'll chat in the yard."))
pair("w13", "FellhytheMarble", "trammelnetbraiding", "Rufiji Delta Nets", "rufijinets", "tz",
     ("Net braider post", "Dear {n},\n\nAbout net braider: kindly note we took another person who braided with us before."),
     ("interview", "Net braider – interview", "Dear {n},\n\nCome for interview {dl}, Kilwa shed. Unfortunately no transport provided."))
pair("w14", "FellhytheChert", "oxbowsteaming", "Yokecraft Oxbow Shop", "yokecraftoxbow", "use",
     ("Steaming hand", "Hi {n},\n\nSteaming hand position: another candidate got it."),
     ("next_steps", "Steaming hand – references", "Hi {n},\n\nTwo references, please, before {dl}. Unfortunately no aunties or brothers as referees."))
pair("w15", "FellhytheObsidian", "pegdollwhittling", "Clothespeg Kin Toymakers", "clothespegkin", "uk",
     ("Whittler vacancy", "Hi {n},\n\nYour letter was lovely. The whittling bench went to a village neighbour, though."),
     ("next_steps", "Whittler vacancy – sample please", "Hi {n},\n\nPost three sample dolls by {dl}? Sadly postage is on you."))
pair("w16", "FellhythePumice", "kettledrumtensioning", "Timpani Rope Works", "timpaniropeworks", "ie",
     ("Drum tensioner role", "Dear {n},\n\nDrum tensioner role: filled by another applicant. Yours is closed."),
     ("next_steps", "Drum tensioner – forms", "Dear {n},\n\nSigned forms back by {dl}, please. Regrettably no fax here; post or scan."))
pair("w17", "FellhytheShale", "crampironforging", "Quarrymouth Forge", "quarrymouthforge", "au",
     ("Forge hand", "G'day {n},\n\nTa for applying. A smith who's done cramps for heritage walls got the nod."),
     ("next_steps", "Forge hand – trial piece", "G'day {n},\n\nOne forged-cramp photo before {dl}. Videos choke our inbox, sorry."))
pair("w18", "FellhytheSlate", "turnspitgearing", "Hearthwheel Restorations", "hearthwheel", "ns",
     ("Gearing restorer", "Hi {n},\n\nRe gearing restorer: another restorer is hired; your application ends."),
     ("next_steps", "Gearing restorer – portfolio", "Hi {n},\n\nPortfolio due {dl}. Unfortunately zips bounce off our server."))
pair("w19", "FellhytheFeldspar", "candlemouldsoldering", "Cinderlane Tinsmiths", "cinderlanetin", "uk",
     ("Solderer", "Dear {n},\n\nSolderer vacancy: we regret your application did not succeed."),
     ("next_steps", "Solderer – test", "Dear {n},\n\nBook your soldering test before {dl}. Sadly Saturdays are gone."))
pair("w20", "FellhytheMica", "gingerbreadmoulding", "Carved Board Biscuit Moulds", "carvedboardmoulds", "usc",
     ("Mould carver", "Hi {n},\n\nMould carver job went to another candidate – sorry."),
     ("offer", "Mould carver – offer", "Hi {n},\n\nMould carver job – yours, from {dl}. Unfortunately parking's street-only."))
pair("w21", "FellhytheGalena", "casementputtying", "Quarrypane Casement Repairs", "quarrypane", "uk",
     ("Glazier's mate", "Hi {n},\n\nGlazier's mate: filled now, so your application's closed."),
     ("offer", "Glazier's mate – offer", "Hi {n},\n\nPost's yours – start {dl}. Bad news: van's at the mechanic's, hence foot patrol for week one."))
pair("w22", "FellhythePyrite", "sashcordhanging", "Pulleystile Sash Windows", "pulleystilesash", "ie",
     ("Sash fitter", "Hi {n},\n\nSash fitter job went to a fitter with more old-sash experience."),
     ("offer", "Sash fitter – offer", "Hi {n},\n\nFitter job's yours from {dl}. Sorry, no company van month one."))
pair("w23", "FellhytheCinnabar", "beehiveskepcoiling", "Strawcoil Skep Makers", "strawcoilskeps", "nz",
     ("Skep coiler", "Kia ora {n},\n\nAnother coiler is hired, so your application's closed."),
     ("offer", "Skep coiler – offer", "Kia ora {n},\n\nCoiler role's yours from {dl}. Sadly straw's late, so week one is prep."))
pair("w24", "FellhytheMalachite", "weirboardsetting", "Millsluit Weir Works", "millsluitweir", "za",
     ("Weir board setter", "Hi {n},\n\nWeir board setter: filled. Your application is closed."),
     ("offer", "Weir board setter – offer", "Hi {n},\n\nPost's yours from {dl}. Regrettably there's no canteen on site."))
pair("w25", "FellhytheAzurite", "milestonelettering", "Waymark Stone Letterers", "waymarkstone", "uk",
     ("Letter cutter", "Dear {n},\n\nAfter careful thought another letter cutter was chosen for the role."))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week on FellhytheAgate", "Hi {n},\n\nNew on the board: caulking hand (Norfolk), bell fitter (Suffolk), block turner (Nova Scotia). Apply through each maker.", "Fellhythe Boards", "boards.fellhytheagate", frm="FellhytheAgate <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Market stall application", "Dear {n},\n\nChristmas craft market: all pitches taken, so your stall application was unsuccessful.\n\n{sig}", "Fellhythe Makers' Market", "market.fellhythejasper", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (cat 2, glg 2, afr 2, ell 2, cym, nep); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("l-ar", "ar", "ورشة الخناجر الفضية في نزوى", "nizwakhanjar", "om",
   ("بشأن وظيفة صائغ الفضة", "الفاضل/الفاضلة {n}،\n\nوصلتنا رسالتك وسُررنا بها. وقع اختيار الورشة في النهاية على صائغ أمضى عمره بين مقابض الخناجر ونقوشها، وبهذا يُطوى طلبك. دمت بخير.\n\n{sig}"),
   ("application_received", "وصلتنا رسالتك", "الفاضل/الفاضلة {n}،\n\nرسالتك بخصوص وظيفة صائغ الفضة بين أيدينا الآن. أيًّا كان القرار، ستصلك كلمة منا قبل نهاية الأسبوعين القادمين، وتبقى بياناتك محفوظة لدينا.\n\n{sig}"))
lp("l-de", "de", "Glockengießerei Hammerstein", "glockenhammerstein", "de",
   ("Formerhelfer – Rückmeldung", "Guten Tag {n},\n\nschön, dass Sie an unsere Gießerei gedacht haben. Den Platz als Formerhelfer bekommt ein Geselle aus Sinn, der seit Jahren Glockenmäntel aus Lehm aufbaut; damit endet Ihre Bewerbung bei uns. Alles Gute!\n\nMit herzlichem Gruß\n{sig}"),
   ("interview", "Kennenlernen in der Gießhalle", "Guten Tag {n},\n\nhätten Sie am {dl} vormittags Zeit für ein Kennenlernen in der Gießhalle? Der Hof ist wegen neuer Leitungen aufgerissen, leider; läuten Sie bitte vorn am Tor.\n\nMit herzlichem Gruß\n{sig}"))
lp("l-es", "es", "Guitarrería del Albaicín", "guitarreriaalbaicin", "es",
   ("Ayudante de taller", "Hola {n}:\n\nNos alegró recibir tu carta. La plaza de ayudante ya la ocupa un maestro de Guadix que encola tapas desde chaval; tu candidatura se queda aquí. ¡Mucho ánimo!\n\nUn abrazo,\n{sig}"),
   ("next_steps", "Fotos de marquetería", "Hola {n}:\n\n¿Nos mandas fotos de alguna pieza de marquetería antes del {dl}? Por desgracia los vídeos no nos llegan bien.\n\nUn abrazo,\n{sig}"))
lp("l-fr", "fr", "Parfumerie des Remparts", "parfumerieremparts", "fr",
   ("Poste de préparateur", "Bonjour {n},\n\nQuel plaisir, votre lettre ! Le poste de préparateur échoit à une distillatrice grassoise aguerrie aux fleurs d'oranger ; votre candidature s'arrête là. Belle suite à vous.\n\nAmitiés,\n{sig}"),
   ("offer", "Le poste de préparateur est pour vous", "Bonjour {n},\n\nExcellente nouvelle : vous voilà préparateur chez nous dès le {dl}. Malheureusement, la cantine reste fermée tout le mois d'août.\n\nBien à vous,\n{sig}"))
lp("l-hi", "hi", "बनारसी ताना-बाना करघा घर", "banarasitana", "in",
   ("बुनकर की जगह", "{n} जी,\n\nतानाबाना घर से नमस्ते। लहरिया करघे वाली कुर्सी अब रहमतुल्ला मियाँ सँभालेंगे; आपकी अर्ज़ी यहीं थमी।\n\n{sig}"),
   ("application_received", "चिट्ठी पहुँची", "{n} जी,\n\nलहरिया करघे वाली अर्ज़ी मदनपुरा पहुँची। हाँ या ना, जवाबी चिट्ठी दो हफ़्ते में।\n\n{sig}"))
lp("l-it", "it", "Fornace Ca' dei Vetrai", "fornacevetrai", "it",
   ("Garzone di fornace", "Gentile {n},\n\nche piacere leggere la sua lettera. Come garzone abbiamo preso un muranese che soffia vetro fin da bambino: per lei, stavolta, niente da fare. Tanti auguri.\n\nUn caro saluto,\n{sig}"),
   ("interview", "Due chiacchiere in fornace", "Gentile {n},\n\nle andrebbe di passare in fornace il {dl} in mattinata? Purtroppo la linea diretta del vaporetto è ferma, conti qualche minuto in più.\n\nUn caro saluto,\n{sig}"))
lp("l-ja", "ja", "関刃物工房 たかね", "sekitakane", "jp",
   ("選考結果のお知らせ", "{n} 様\n\nこのたびは当工房の研ぎ師募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、誠に残念ながら今回はご希望に添いかねることとなりました。今後のご活躍をお祈り申し上げます。\n\n{sig}"),
   ("next_steps", "書類提出のお願い", "{n} 様\n\n{dl}までに履歴書と作品写真をお送りください。あいにく郵送のみの受付となります。\n\n{sig}"))
lp("l-ko", "ko", "하회탈 공방", "hahoetal", "kr",
   ("탈 조각 자리 관련", "{n} 님\n\n편지 잘 받았습니다. 이번 자리는 오랫동안 탈을 깎아 온 분께 맡기기로 하여, 함께하지 못하게 되었습니다. 늘 건강하세요.\n\n{sig}"),
   ("interview", "공방에서 한번 뵙고 싶습니다", "{n} 님\n\n{dl} 오후, 공방 구경 겸 이야기 나누러 오시겠어요? 아쉽게도 골목이 좁아 주차는 어렵습니다.\n\n{sig}"))
lp("l-pt", "pt", "Oficina Pedra-Sabão Ouro Preto", "pedrasabaoop", "br",
   ("Vaga de artesão", "Oi, {n}!\n\nObrigada pela mensagem. A vaga de artesão ficou com um rapaz que já entalha panelas de pedra há anos, então seu cadastro para por aqui. Boa sorte, viu?\n\nUm abraço,\n{sig}"),
   ("offer", "A vaga é sua", "Oi, {n}!\n\nA vaga de artesão é sua, a partir de {dl}, combinado? Infelizmente o vale-transporte só entra no segundo mês.\n\nUm abraço,\n{sig}"))
lp("l-ru", "ru", "Вологодская кружевная мастерская", "vologdalace", "ru",
   ("Место кружевницы", "{n}, добрый день!\n\nСпасибо, что написали нам. Место кружевницы мы отдали мастерице, которая плетёт на коклюшках уже двадцать лет, поэтому дальше вашу анкету не рассматриваем. Всего доброго.\n\n{sig}"),
   ("next_steps", "Пришлите фото работ", "{n}, добрый день!\n\nПришлите, пожалуйста, фото двух-трёх ваших работ до {dl}. К сожалению, большие файлы почта не пропускает, лучше сжать.\n\n{sig}"))
lp("l-sw", "sw", "Karakana ya Majahazi Lamu", "majahazilamu", "ke",
   ("Nafasi ya seremala wa majahazi", "Ndugu {n},\n\nBarua yako tumeipata, shukrani. Nafasi hii amepewa fundi aliyejenga majahazi hapa Lamu tangu ujanani, kwa hiyo barua yako imeishia hapa. Mungu akubariki.\n\n{sig}"),
   ("application_received", "Barua yako imefika", "Ndugu {n},\n\nBarua yako kuhusu useremala imefika salama. Uamuzi wowote utakaokuwa, simu yetu itakufikia ndani ya siku kumi na nne.\n\n{sig}"))
lp("l-th", "th", "โรงงานเครื่องเขินเชียงใหม่", "khruengkhoen", "th",
   ("เรื่องตำแหน่งช่างลงรัก", "คุณ{n}\n\nได้รับจดหมายแล้วค่ะ ตำแหน่งช่างลงรักนี้ทางโรงงานให้ช่างที่ทำงานเขินมานานแล้ว จึงขอปิดใบสมัครของคุณไว้ก่อน\n\n{sig}"),
   ("interview", "ขอนัดพบที่โรงงาน", "คุณ{n}\n\nสะดวกมาคุยที่โรงงานวันที่ {dl} ช่วงสายไหมคะ น่าเสียดายที่หน้าโรงงานไม่มีที่จอด\n\n{sig}"))
lp("l-tr", "tr", "Kütahya Çini Atölyesi Gökmavi", "gokmavicini", "tr",
   ("Nakkaş pozisyonu", "Merhaba {n},\n\nMektubunuz elimize ulaştı. Nakkaş kadrosuna yıllardır sır altı boyayan bir ustayı aldık, bu yüzden başvurunuzla ilerlemiyoruz. Yolunuz açık olsun.\n\n{sig}"),
   ("offer", "İş teklifi", "Merhaba {n},\n\nSize {dl} tarihinden itibaren nakkaş pozisyonunu teklif etmekten memnuniyet duyarız. Maalesef servis aracı ilk ay çalışmıyor.\n\nSaygılarımızla,\n{sig}"))
lp("l-ur", "ur", "سیالکوٹ فٹ بال سلائی گھر", "sialkotsilai", "pk",
   ("سلائی کی جگہ", "{n} صاحب/صاحبہ،\n\nآپ کا خط ملا، مہربانی۔ سلائی کی یہ نشست ڈسکہ کے استاد نذیر کے حصے میں آئی، جو تیس برس سے گیند سیتے ہیں؛ سو اس مرتبہ آپ کے نام قرعہ نہ نکلا۔\n\n{sig}"),
   ("next_steps", "کاغذات بھیجیں", "{n} صاحب/صاحبہ،\n\nبراہِ کرم {dl} تک قومی شناختی کارڈ کی کاپی اور سابقہ مالک کا خط ارسال کیجیے۔ دھندلے عکس ناقابلِ قبول ہیں، معذرت۔\n\n{sig}"))
lp("l-zh", "zh", "苏州锦绣刺绣坊", "jinxiuembroidery", "cn",
   ("关于您的应聘", "{n}您好：\n\n感谢您应聘我们刺绣坊的绣娘岗位。经过认真考虑，我们选择了一位双面绣经验更丰富的候选人。祝您求职顺利。\n\n此致\n{sig}"),
   ("offer", "录用通知", "{n}您好：\n\n很高兴通知您，我们决定录用您为绣娘，{dl}起上班。遗憾的是员工宿舍暂时已满。\n\n此致\n{sig}"))
lp("l-cat1", "cat", "Taller de Trencadís Gaudinet", "trencadisgaudinet", "es",
   ("Plaça al taller", "Hola {n},\n\nQuina alegria rebre la teva carta. La plaça l'ocupa ara una noia que talla rajola des de fa anys, de manera que la teva sol·licitud queda tancada. Molts ànims!\n\nFins aviat,\n{sig}"),
   ("application_received", "Carta rebuda", "Hola {n},\n\nLa teva carta ja és aquí. Sigui quina sigui la decisió, t'avisarem abans que acabi la quinzena.\n\nFins aviat,\n{sig}"))
lp("l-cat2", "cat", "Espardenyeria del Ter", "espardenyeriater", "es",
   ("Sobre la plaça de cosidora", "Bon dia {n},\n\nMercès de tot cor. La feina de cosidora ja és d'una veïna que cus vetes d'espardenya de tota la vida; la teva sol·licitud, doncs, queda aquí. Sort!\n\nUna abraçada,\n{sig}"),
   ("interview", "Ens veiem al taller?", "Bon dia {n},\n\nEt va bé passar pel taller el {dl} al matí? Malauradament l'ascensor torna a fallar i som al tercer pis.\n\nUna abraçada,\n{sig}"))
lp("l-glg1", "glg", "Obradoiro de Palillos Camariñas", "palilloscamarinas", "es",
   ("A praza de palilleira", "Ola {n}:\n\nMoitas grazas pola túa carta. A praza quedou para unha palilleira que leva media vida no oficio, así que a túa solicitude non segue. Ánimo!\n\nUnha aperta,\n{sig}"),
   ("application_received", "Chegou a túa carta", "Ola {n}:\n\nA túa carta xa chegou. Sexa cal sexa a resposta, avisarémoste antes de quince días.\n\nUnha aperta,\n{sig}"))
lp("l-glg2", "glg", "Obradoiro de Gaitas do Ulla", "gaitasulla", "es",
   ("Sobre o posto de aprendiz", "Bos días {n}:\n\nAgradecémosche a túa candidatura. Decidimos contar con outro aprendiz que xa tornea punteiros de buxo, así que non seguiremos coa túa.\n\nSaúdos,\n{sig}"),
   ("next_steps", "Falta unha copia", "Bos días {n}:\n\nMándanos a copia do DNI antes do {dl}, por favor. Por desgraza as fotos tremidas non nos serven.\n\nSaúdos,\n{sig}"))
lp("l-afr1", "afr", "Riempiestoel Werkswinkel Prins Albert", "riempiestoel", "za",
   ("Oor die werkswinkelpos", "Goeiedag {n},\n\nDankie vir jou brief. Die pos is nou gevul deur 'n tannie wat al dekades lank riempies vleg, en daarmee is jou aansoek afgehandel. Alles van die beste.\n\nGroete,\n{sig}"),
   ("application_received", "Jou brief het aangekom", "Goeiedag {n},\n\nJou brief het veilig aangekom. Hoe die besluit ook al uitval, ons bel jou voor die einde van volgende week.\n\nGroete,\n{sig}"))
lp("l-afr2", "afr", "Karoo Windpomp Herstelwerke", "karoowindpomp", "za",
   ("Windpomphersteller", "Hallo {n},\n\nDis gaaf om jou brief te kry. Ongelukkig het 'n ou uit Beaufort-Wes, wat al jare pompe regmaak, reeds die werk gekry.\n\nMooi bly,\n{sig}"),
   ("next_steps", "Dokumente benodig", "Hallo {n},\n\nStuur asseblief jou rybewys en verwysings voor {dl}. Jammer, ons kan nie faksies ontvang nie.\n\nMooi bly,\n{sig}"))
lp("l-ell1", "ell", "Εργαστήριο Ελιάς Χανίων", "elitsaxania", "gr",
   ("Η θέση στο εργαστήριο", "Καλημέρα {n},\n\nΧαρήκαμε με το γράμμα σας. Στη θέση μπήκε ένας μάστορας από τις Βουκολιές που σκαλίζει ξύλο ελιάς χρόνια τώρα, οπότε η αίτησή σας κλείνει εδώ. Καλή συνέχεια.\n\nΦιλικά,\n{sig}"),
   ("interview", "Να τα πούμε από κοντά;", "Καλημέρα {n},\n\nΣας βολεύει να περάσετε από το εργαστήριο στις {dl} το πρωί; Δυστυχώς στο στενό μας δεν παρκάρει κανείς.\n\nΦιλικά,\n{sig}"))
lp("l-ell2", "ell", "Μαρμαράδικο Νάξου", "marmaranaxou", "gr",
   ("Για τη θέση του βοηθού", "Γεια σας {n},\n\nΤη θέση του βοηθού μαρμαρά την έχει ήδη ένας τεχνίτης από το Απείρανθο, άρα το αίτημά σας σταματά εδώ. Καλή τύχη!\n\n{sig}"),
   ("offer", "Η θέση είναι δική σας", "Γεια σας {n},\n\nΗ θέση του βοηθού είναι δική σας από τις {dl}. Δυστυχώς το πλοίο της Δευτέρας έχει κοπεί.\n\n{sig}"))
lp("l-cym", "cym", "Gweithdy Llwyau Caru Ceredigion", "llwyaucaru", "uk",
   ("Swydd cerfiwr llwyau", "Annwyl {n},\n\nRoedd yn braf cael eich llythyr. Cerfiwr o Dregaron, sy'n naddu llwyau caru ers degawdau, sydd wedi cael y swydd; daw eich cais i ben yma. Hwyl fawr.\n\nCofion,\n{sig}"),
   ("interview", "Dewch draw i'r gweithdy", "Annwyl {n},\n\nA fyddai'n gyfleus i chi alw heibio'r gweithdy ar {dl} yn y bore? Gwaetha'r modd, does unman i barcio ger y drws.\n\nCofion,\n{sig}"))
lp("l-nep", "nep", "पाटन धातु मूर्ति कार्यशाला", "patanmurti", "np",
   ("मूर्ति ढलाइको काम", "{n} ज्यू,\n\nपाटनको ढलाइ घरबाट नमस्कार। मूर्ति ढलाइको ठाउँमा ओकुबहालका साहु तीर्थबहादुर बस्नुभयो; हजुरको चिठी यसपालि यहीँ बिसायौं।\n\n{sig}"))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}", "cym": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 148; slice 149, this slice and any later one are skipped by number."""
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
