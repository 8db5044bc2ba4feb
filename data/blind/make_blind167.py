# ruff: noqa: E501, S311
"""Write the hundred-and-sixty-seventh sealed blind slice for issue 11 (blind-slice-167.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 167; slice 167, slice 168 and later never read; our side printed)
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

SEED = 1671671
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-167.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 167
SKIP_FROM = 167  # this slice, slice 168 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday

RECIPIENTS = [
    "Jessamy Ackroyd", "Haroon Latif-Barker", "Mwanajuma Said", "Tendai Makoni", "Anirudh Kulkarni",
    "Chaitra Gowda", "Shavonne Rolle", "Deangelo Cartwright", "Kateryna Hrynchuk", "Brody Lavallee",
    "Lucia Kováčová", "Matúš Hudec", "Siriporn Kaewmanee", "Natthapong Srisuk", "Tamsin Oldroyd",
    "Fionnuala Brannigan", "Jerome Okafor-Wells", "Kirra Delaney", "Ruiha Tamatea", "Lindiwe Mabaso",
    "Ashvin Pillay", "Maryam Abdalla Bakari", "Harriet Sowerby", "Vaishnavi Raghunath", "Kendrick Ferguson",
    "Oleksa Bilyk", "Zuzana Mrázová", "Pimchanok Thongdee", "Callan Whitworth", "Noor Jahan Mwinyi",
]
REGION_SIGNERS = {
    "yk": ["Maud Haigh", "Barnaby Sugden", "Kezia Crowther", "Lewis Thackray"],
    "uk": ["Imogen Pargeter", "Rashid Chowdhury", "Ffion Darby"],
    "ie": ["Clodagh Mannion", "Eoghan Rafferty", "Aoife Kinsella"],
    "us": ["Lorraine Kaczmarek", "Terrence Boudreaux", "Yesenia Quintanilla", "Gideon Marsh"],
    "mb": ["Cheryl Friesen", "Darnell Spence", "Aurèle Gagnon", "Gurpreet Dhaliwal"],
    "bs": ["Latoya Knowles", "Cedric Pinder", "Antoinette Bethel", "Marvin Sands"],
    "ke": ["Fatma Omar Ali", "Kahindi Baya", "Rehema Salim", "Juma Mwakio"],
    "blr": ["Shwetha Narayanaswamy", "Raghavendra Hegde", "Nandini Kamath", "Tejas Murthy"],
    "sk": ["Ivana Kollárová", "Peter Baláž", "Miroslava Danková"],
    "th": ["Kanokwan Ruangsri", "Somchai Wattana", "Jiraporn Phetcharat"],
    "au": ["Shelby Rankin", "Georgios Papas", "Carmel Whitlock"],
    "nz": ["Aroha Te Huia", "Fergus McCaw", "Mele Fifita"],
    "za": ["Thandeka Dube", "Riaan Steyn", "Yusuf Ebrahim"],
}
REGION = {"use": "us", "usc": "us", "usp": "us"}
LANG_SIGNERS: dict[str, list[str]] = {}
LANG_RECIPIENTS = {
    "ar": ["سلمى العتيبي"], "de": ["Annika Vogelsang"], "es": ["Ximena Barrientos"], "fr": ["Maëlys Chauvet"],
    "hi": ["अनुराधा सक्सेना"], "it": ["Beatrice Mancuso"], "ja": ["森本 千尋"], "ko": ["한서윤"],
    "pt": ["Thaís Nogueira"], "ru": ["Полина Гришина"], "sw": ["Neema Kassim"], "th": ["กนกพร ศรีวงศ์"],
    "tr": ["Elif Aksoy"], "ur": ["ثمینہ ملک"], "zh": ["许静怡"], "slk": ["Veronika Hrušovská"],
    "lit": ["Austėja Žukauskaitė"], "lav": ["Dace Strazdiņa"], "ell": ["Δέσποινα Καραγιάννη"],
    "heb": ["נועה ברקוביץ"], "fas": ["مهسا کریمی"], "ben": ["নুসরাত জাহান"], "vie": ["Lê Thị Thu Hà"],
    "ind": ["Putri Rahmawati"], "tgl": ["Kristine Manalastas"],
}
GIVEN = {
    "Maryam Abdalla Bakari": "Maryam", "Noor Jahan Mwinyi": "Noor", "Fatma Omar Ali": "Fatma",
    "Lê Thị Thu Hà": "Hà", "Aroha Te Huia": "Aroha",
}
PROVIDERS = ["heathpost", "ginnelmail", "coralbox", "prairiepost", "lanternmail", "dunebox"]

ZONES = {
    "yk": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "sk": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "mb": ("-0600", "-0500", "us"), "ns": ("-0400", "-0300", "us"), "bs": ("-0500", "-0400", "us"),
    "jm": ("-0500", None, ""), "br": ("-0300", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "bw": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ir": ("+0330", None, ""),
    "pk": ("+0500", None, ""), "blr": ("+0530", None, ""), "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "mb", "ns")
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
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, grand seeing the pallet sheds Wednesday. Counterbalance ticket's good to next May; Mr Ibbotson (old gaffer) picks up after teatime.\n{n}"
FOOT = ("\n\n=== {CO} :: LANTERN ROW CAREERS ===\nFresh roles are pinned to Lantern Row every Monday morning. "
        "Set a Lantern Nudge and we mail you the moment something matches your postcode and shift pattern. "
        "Our quarterly letter 'Tallow & Tin' brings staff stories and open days. Reply HUSHROW and the careers mail halts. "
        "This inbox goes unread. Candidate files are erased after thirty months.")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-wday", "Candidate Portal: update on {role}", "Hello {n},\n\nYour Candidate Portal record for {role} (req {ref}) now reads: Filled by another applicant.\n\nYou can still browse and save openings from the portal whenever you like.\n\nTalent Team, {co}", ("Calder Vale Building Society", "Kisauni Port Logistics"), ("caldervale-bs", "kisauniport"), role=("Mortgage Underwriter", "Yard Planner"), tz=("yk", "ke"), frm="{co} Talent <portal@{dom}>")
mr("ats-ghse", "{co}: your {role} application", "Hi {n},\n\nGrateful for the hour with our panel. Having weighed everyone we met, {role} goes to a different candidate. Good hunting out there.\n\n{sig}\nRecruiting, {co}", ("Hebbal Cellworks", "Assiniboine Canola Crushers"), ("hebbalcell", "assiniboinecrush"), role=("Battery Test Engineer", "Plant Millwright"), tz=("blr", "mb"))
mr("ats-lever", "{role} at {co}", "Hi {n},\n\nOur search for {role} is wrapped, and your candidacy stops here. Cheers for having a go.\n\nCheers,\n{sig}", ("Tallowgate Signalling", "Cable Beach Power Corporation"), ("tallowgate", "cablebeachpower"), role=("Signalling Technician", "Line Crew Apprentice"), tz=("yk", "bs"))
mr("ats-smart", "Application {ref} – outcome", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Stage</th><th>Result</th></tr><tr><td>{role}</td><td>Hiring manager review</td><td>Declined</td></tr></table><p>We appreciate your interest in {co}.</p></body></html>", ("Zvolen Seat Foams", "Lat Krabang Glove Works"), ("zvolenfoam", "latkrabanggloves"), role=("Process Engineer", "QA Inspector"), tz=("sk", "th"), frm="{co} Careers <noreply@{dom}>")
mr("ats-icims", "Re: Requisition {ref} – {role}", "Dear {n},\n\nThis message concerns requisition {ref}, {role}. Reviewing's done, and the hiring team has stopped your application here. The effort shows, and fresh vacancies land on our page most weeks.\n\nHuman Resources\n{co}", ("Red River Mutual Insurance", "Ridgeback Assay Labs"), ("redrivermutual", "ridgebackassay"), role=("Claims Adjuster", "Fire Assayer"), tz=("mb", "au"), frm="{co} HR <hr-notices@{dom}>")
mr("ats-taleo", "{co} – Job Submission {ref}", "Dear {n},\n\nWe refer to your submission for {role}. Your profile will not advance further in the selection. For this opening the decision is final.\n\nRegards,\nStaffing Services, {co}", ("Kalyani Nagar Diagnostics", "Shannonside Medtech"), ("kalyanidiag", "shannonsidemed"), role=("Lab Technologist", "Validation Engineer"), tz=("blr", "ie"), frm="Staffing Services <jobs@{dom}>")
mr("ats-wkbl", "Your application for {role}", "Hey {n},\n\nEvery {role} application got a proper read, yours too, and it was strong, though this hire goes a different way. Thanks heaps.\n\n{sig}, {co}", ("Kaikōura Ridge Orchards", "Wynberg Sugar Millers"), ("kaikouraridge", "wynbergsugar"), role=("Orchard Supervisor", "Mill Boiler Operator"), tz=("nz", "za"))
mr("ats-bamb", "Thanks from {co}", "Hiya {n},\n\nThanks for your interest in {role}. We've had a proper think and decided to go wi' somebody else. Best o' luck, love.\n\n{sig}\n{co}", ("Ossett Biscuit Company", "Marsabit Road Cashew Processors"), ("ossettbiscuit", "cashewcoast"), role=("Line Leader", "Packing Supervisor"), tz=("yk", "ke"))
mr("ats-ttail", "{role} – your application with {co}", "Hi {n},\n\nQuick word: we've picked another candidate for {role} and the post is now closed. Keep our talent community in mind for upcoming roles.\n\nWarm wishes,\n{sig}", ("Petržalka Code Forge", "Nassau Straw Market Co-op"), ("petrzalkacode", "strawmarketcoop"), role=("Junior Tester", "Stall Coordinator"), tz=("sk", "bs"))
mr("ats-pinp", "An update from {co}", "Dear {n},\n\nTa for the {role} form. Your experience sits a bit wide of what the hiring manager wants right now, so it goes no further. Your profile's held six months.\n\n{sig}\nPeople Team", ("Keighley Quarry Products", "Brandon Bus Builders"), ("keighleyquarry", "brandonbus"), role=("Shotfirer", "Chassis Welder"), tz=("yk", "mb"))
mr("ats-jazz", "{role} update", "Hi {n},\n\nThanks for picking {co}. Once we reviewed all applicants for {role} we chose to interview people whose background sits closer to the brief. We're grateful you applied.\n\n{co} Hiring", ("Whitefield Ward Hospital", "Chonburi Cold Chain"), ("whitefieldward", "chonburicold"), role=("Staff Nurse", "Forklift Team Lead"), tz=("blr", "th"), frm="{co} Hiring <hiring@{dom}>")
mr("ats-ashby", "Following up on {role}", "Hi {n},\n\nAppreciate you meeting the team. Decision's made on {role}, and it's somebody else this time. Your questions on shift handovers went down a treat.\n\nAll the best,\n{sig}\n{co}", ("Abaco Ground Handling", "Lakeshore Credit Union"), ("abacoground", "lakeshorecu"), role=("Ramp Agent", "Member Services Rep"), tz=("bs", "usc"))
mr("ats-season", "Winter crew – {co}", "Hi {n},\n\nCheers for signing the winter crew sheet. Intake's full up this season; you miss out this year. We'll send word when spring hiring opens.\n\n{sig}, crew office", ("Snow Lake Grain Elevator", "Bunbury Salt Works"), ("snowlakegrain", "bunburysalt"), role=("Elevator Hand", "Harvest Hand"), tz=("mb", "au"))
mr("ats-wday2", "Your application status – {co}", "Hello {n},\n\nSadly {role} is now filled. Many thanks for thinking of {co}.\n\nCareers Team", "Keshav Rao Fintech", "keshavfin", role="Risk Analyst", tz="blr", frm="Careers <careers@{dom}>")
mr("ats-ghse2", "{role} interview outcome", "Hi {n},\n\nIt was grand chatting on Thursday. We've picked a fitter with more plant hours, so your application stops there. Mind yourself.\n\n{sig}", "Tuam Road Dairies", "tuamroaddairy", role="Maintenance Fitter", tz="ie")
mr("ats-lever2", "Hey {n} – about {role}", "Hey {n},\n\nShort note from the {co} team. We're passing on you for {role} for now. Have a go at the next one, mind.\n\n{sig}", "Exuma Conch Processors", "exumaconch", role="Plant Hygiene Lead", tz="bs")
mr("ats-icims2", "{co}: Position {ref}", "Dear Applicant,\n\nThe {role} position has been awarded to another candidate. Our thanks, and please apply again.\n\nTalent Acquisition", "Pembina Valley Hydro", "pembinahydro", role="Substation Operator", tz="mb", frm="Talent Acquisition <ta@{dom}>")
mr("ats-taleo2", "Your candidacy – {role}", "Dear {n},\n\nOn review of your candidacy for {role}, {co} has determined that other applicants better match the requirements at this time. Your file for this opening is now closed.\n\nKind regards,\nRecruitment Centre", "Malindi Coconut Oil Mills", "malindicoco", role="Shift Chemist", tz="ke", frm="Recruitment Centre <recruit@{dom}>")
mr("ats-wkbl2", "Thanks for applying, {n}", "Hi {n},\n\nWe've wrapped up shortlisting for {role}. Sadly the shortlist's drawn, minus you; ta very much for the effort.\n\n{sig}\n{co}", "Nitra Valley Mills", "nitramills", role="Warehouse Coordinator", tz="sk")
mr("ats-bamb2", "{role} – we've decided", "Hi {n},\n\nWe had loads of great folk apply for {role}. We've gone wi' an applicant who knows our till system already, so it's cheerio for now.\n\n{sig}, {co}", "Huddersfield Tram Depot", "hudtramdepot", role="Depot Cleaner", tz="yk")
mr("ats-ttail2", "About your application ({role})", "Hi {n} ka,\n\nThank you for applying with {co}. We decided to select another applicant for {role}. Please apply with us again next time krub.\n\n{sig}", "Bang Na Dessert House", "bangnadessert", role="Kitchen Supervisor", tz="th")
mr("ats-pinp2", "Closing your application – {role}", "Hello {n},\n\nYour application for {role} stops here. Heaps of people applied and the calls were tough.\n\n{sig}\n{co} Talent", "Durban Harbour Paint Supplies", "dbnpaints", role="Stores Clerk", tz="za")
mr("ats-jazz2", "{co} | {role}", "Hi {n},\n\nThe hiring manager looked over your {role} application and won't be booking an interview. Thanks for waiting.\n\n{co} Recruiting", "Tulsa Prairie Freight", "tulsaprairie", role="Dispatch Coordinator", tz="usc", frm="{co} Recruiting <apply@{dom}>")
mr("ats-ashby2", "{role} at {co}", "Hi {n},\n\nThanks again for the call. The team carries on with folk who've more grant-writing; your application closes here.\n\nBest,\n{sig}", "Otago Soil Trust", "otagosoil", role="Programme Officer", tz="nz")
mr("ats-season2", "Summer pickers list", "G'day {n},\n\nTa for putting your name on the summer picking list. Every spot's gone this season; August is when we next hire. Check back in August.\n\n{sig}", "Stanthorpe Apple Co", "stanthorpeapple", role="Picker", tz="au")
mr("ats-gen", "Your application to {co}", "Dear {n},\n\nYour application for {role} was looked at carefully. Regrettably it was unsuccessful. The Trust thanks you.\n\nYours sincerely,\n{sig}\nHR Officer", "Wetherby Library Trust", "wetherbylib", role="Library Assistant", tz="yk")
mr("ats-gen2", "{role} application", "Hi {n},\n\nTa for going for the {role} post. Unfortunately it's been filled from inside. Do keep applying to us.\n\n{sig}\n{co}", "Brighton Seafront Trust", "seafronttrust", role="Events Assistant", tz="uk")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr-out1", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nThank you for coming over to Ossett and for the biscuits you brought the team, they went in minutes. The panel picked a Morley site colleague for the post, and she has accepted.\n\nAll the very best,\n{sig}\n\n{OUT}", ("Ossett Biscuit Company", "Tallowgate Signalling"), ("ossettbiscuit", "tallowgate"), role=("Shift Manager", "Design Checker"), tz="yk")
mr("thr-out2", "RE: [EXT] Re: Kilindini visit", "Dear {n},\n\nKaribu again for visiting Kilindini. After round two the directors chose someone who ran a container yard in Changamwe, and the appointment is now confirmed.\n\nKind regards,\n{sig}\n\n{OUT}", ("Kisauni Port Logistics", "Malindi Coconut Oil Mills"), ("kisauniport", "malindicoco"), role=("Yard Supervisor", "Quality Lead"), tz="ke")
mr("thr-orig", "RE: [EXT] Re: {role} panel", "Hi {n},\n\nThanks for the wait, and the sharp answers on cell balancing. Preethi got the nod from the team, who joined us this Monday.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Hebbal Cellworks", "Keshav Rao Fintech"), ("hebbalcell", "keshavfin"), role=("Cell Engineer", "Data Analyst"), tz="blr")
mr("thr-rule1", "RE: [EXT] Re: Tuesday's visit", "Hey {n},\n\nReal appreciated the energy Tuesday. The seat went to Miss Darville, from the Freeport branch who was already covering the desk, and everyone is pleased for her.\n\nBless,\n{sig}\n\n{RULE}", ("Abaco Ground Handling", "Cable Beach Power Corporation"), ("abacoground", "cablebeachpower"), role=("Ops Desk", "Billing Lead"), tz="bs")
mr("thr-gm1", "Re: [EXT] Re: thanks for the chat", "Hi {n},\n\nThanks a bunch for driving in from Portage. The crew picked a fella who has run the same crusher model up in Saskatchewan, and he starts next week.\n\nTake care,\n{sig}\n\n{GM}", ("Assiniboine Canola Crushers", "Snow Lake Grain Elevator"), ("assiniboinecrush", "snowlakegrain"), role=("Crush Operator", "Elevator Lead"), tz="mb")
mr("thr-gm2", "RE: [EXT] Re: Meeting on Friday", "Dear {n},\n\nMany thanks for visiting, and the kind words on our foaming line. Management has chosen Mr Kováč, who has been with our sister plant in Martin for some years, for this position.\n\nWith regards,\n{sig}\n\n{GM}", ("Zvolen Seat Foams", "Nitra Valley Mills"), ("zvolenfoam", "nitramills"), role=("Shift Leader", "Logistics Lead"), tz="sk")
mr("thr-rule2", "RE: [EXT] Re: Thank you krub", "Dear {n},\n\nThank you krub for travelling to Lat Krabang in that traffic. The committee has selected khun Warunee from our Rayong site for this role already.\n\nBest regards,\n{sig}\n\n{RULE}", ("Lat Krabang Glove Works", "Chonburi Cold Chain"), ("latkrabanggloves", "chonburicold"), role=("Planner", "Inventory Lead"), tz="th")
mr("thr-orig2", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely meeting you at the open evening. The partners chose a nurse who trained on placement here last year, and she has said yes.\n\nBest wishes,\n{sig}\n\n{ORIG}", ("Shannonside Medtech", "Brighton Seafront Trust"), ("shannonsidemed", "seafronttrust"), role=("Clinical Specialist", "Volunteer Lead"), tz=("ie", "uk"))
# ---- 8 clear refusals under long footers
mr("foot1", "Your application – {role}", "Dear {n},\n\nThank you for applying for {role}. Sorry – your application hasn't got through.\n\n{sig}, Resourcing{FOOT}", ("Calder Vale Building Society", "Keighley Quarry Products"), ("caldervale-bs", "keighleyquarry"), role=("Branch Adviser", "Weighbridge Clerk"), tz="yk", frm="{co} Resourcing <resourcing@{dom}>")
mr("foot2", "{role}: decision", "Hi {n},\n\nWe've given the {role} position to another person. Ta for your time.\n\n{sig}{FOOT}", ("Red River Mutual Insurance", "Pembina Valley Hydro"), ("redrivermutual", "pembinahydro"), role=("Underwriting Assistant", "Meter Reader"), tz="mb")
mr("foot3", "Outcome of your application", "Dear {n},\n\nRegretfully your {role} application goes no further. Every success ahead.\n\n{sig}{FOOT}", ("Whitefield Ward Hospital", "Kalyani Nagar Diagnostics"), ("whitefieldward", "kalyanidiag"), role=("Ward Clerk", "Phlebotomist"), tz="blr")
mr("foot4", "{co} – {role}", "Hello {n},\n\nThere is no {role} place for you at present. Thanks for the application.\n\n{sig}{FOOT}", ("Cable Beach Power Corporation", "Nassau Straw Market Co-op"), ("cablebeachpower", "strawmarketcoop"), role=("Cashier", "Accounts Clerk"), tz="bs")
# ---- 9 hedged refusals
mr("hedge1", "{role} – next steps", "Hi {n},\n\nThanks for your patience. The panel felt a few applicants sat nearer what the {role} brief calls for, and we'll be focusing on them from here.\n\nCheers,\n{sig}", ("Tulsa Prairie Freight", "Lakeshore Credit Union"), ("tulsaprairie", "lakeshorecu"), role=("Route Planner", "Loan Officer"), tz="usc")
mr("hedge2", "Regarding {role}", "Dear {n},\n\nThank you for your interest. After some thought the company went another way on {role}.\n\nSincerely,\n{sig}", ("Kaikōura Ridge Orchards", "Otago Soil Trust"), ("kaikouraridge", "otagosoil"), role=("Packhouse Lead", "Field Technician"), tz="nz")
mr("hedge3", "{role} at {co}", "Dear {n},\n\nWe had strong interest in {role}. Other candidates' profiles fit the current needs more closely of the department, and we are progressing with them.\n\nWith best regards,\n{sig}", ("Petržalka Code Forge", "Zvolen Seat Foams"), ("petrzalkacode", "zvolenfoam"), role=("Java Developer", "EHS Officer"), tz="sk")
mr("hedge4", "Update on your application", "Hello {n},\n\nWe've opted to move in a different direction for {role}, with a focus on candidates based in Mombasa island.\n\nAsante,\n{sig}", "Kisauni Port Logistics", "kisauniport", role="Customs Clerk", tz="ke")
mr("hedge5", "{role} update", "Hi {n},\n\nWe've decided the role suits someone with a bit more site time under their belt, so we're going with others for the moment.\n\nAll the best,\n{sig}", "Ridgeback Assay Labs", "ridgebackassay", role="Sample Prep Tech", tz="au")
mr("hedge6", "Re: {role} application", "Dear {n},\n\nAfter reviewing all profiles, we found other applicants' experience aligns better with the role's requirements.\n\nBest,\n{sig}\n{co}", "Bang Na Dessert House", "bangnadessert", role="Outlet Manager", tz="th")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec1", "Following our call", "Hi {n},\n\nGood talking earlier. Like I said, {co} picked another candidate for {role}. Mind, there's a contract {x} job in Leeds with your name on it – want your CV sending?\n\n{sig}\nAire Talent Partners", ("Tallowgate Signalling", "Calder Vale Building Society"), ("airetalent", "airetalent"), role=("Signalling Designer", "Credit Analyst"), x=("CAD technician", "complaints handler"), tz="yk")
mr("rec2", "Our chat this morning", "Hi {n},\n\nThanks for picking up. Client's passed on you for {role}, but they have one {x} opening in Koramangala itself – shall I submit you? Call tomorrow morning?\n\n{sig}\nNandi Hills Search", ("Hebbal Cellworks", "Keshav Rao Fintech"), ("nandihillssearch", "nandihillssearch"), role=("Module Engineer", "QA Lead"), x=("BMS firmware", "automation tester"), tz="blr")
mr("rec3", "After our phone call", "Hey {n},\n\nAs promised: the Freeport client has passed for {role}. Upside, I got a {x} spot opening on Paradise Island next month. Want me to submit you?\n\n{sig}, Conch Shell Staffing", "Abaco Ground Handling", "conchstaffing", role="Ramp Supervisor", x="guest services lead", tz="bs")
mr("rec4", "Quick follow-up", "Hi {n},\n\nGreat chatting. The Winnipeg client went with an inside hire for {role}. I have a {x} opening in Steinbach that pays about the same – interested?\n\n{sig}\nForks Recruiting", "Brandon Bus Builders", "forksrecruit", role="Paint Shop Lead", x="fleet maintenance planner", tz="mb")
mr("rec5", "Thanks for your time today", "Dear {n},\n\nThanks for the call. Hiring company stops your profile for {role}. However, I have a {x} position with another client in Košice and would like to present you.\n\n{sig}\nDanube Bridge Recruitment", "Nitra Valley Mills", "danubebridge", role="Production Planner", x="supply chain analyst", tz="sk")
# ---- 8 public-sector notices
mr("pub1", "Notice of Results – {role}", "Dear {n},\n\nYou were found qualified for {role}, announcement {ref}, but the selecting official was sent other names. The vacancy has closed.\n\nHuman Resources Office", ("Manitoba Civil Service – Agriculture", "Department of Public Service, The Bahamas"), ("mbcivil", "bsdps"), role=("Program Assistant", "Clerk II"), tz=("mb", "bs"), frm="HR Office <hr-notice@{dom}>")
mr("pub2", "Eligibility decision – {role}", "Dear {n},\n\nYour application for {role} (ref {ref}) was reviewed against the advert. It falls below the minimum eligibility criteria set out in the advert, so your application cannot proceed.\n\nRecruitment Unit\n{co}", ("Kilifi County Public Service Board", "Bruhat Bengaluru Water Board"), ("kilificpsb", "bbwaterboard"), role=("Ward Administrator", "Junior Engineer"), tz=("ke", "blr"), frm="Recruitment Unit <recruitment@{dom}>")
mr("pub3", "Vacancy withdrawn – {role}", "Dear {n},\n\nThe council has cancelled vacancy {ref}, {role}, following a restructure. Applications for this post will not be considered further.\n\nHR Shared Service\n{co}", ("Kirklees Council", "Harrogate District Council"), ("kirklees-hr", "harrogate-hr"), role=("Parks Officer", "Licensing Assistant"), tz="yk", frm="HR Shared Service <jobs@{dom}>")
mr("pub4", "Examination result", "Dear {n},\n\nIn the {role} written test you scored 58; the cut-off was 65. No interview call will follow.\n\nExamination Section\n{co}", "Thai Civil Service Commission Office", "ocsc-th", role="Administrative Officer", tz="th", frm="Examination Section <exam@{dom}>")
mr("pub5", "Application status – {role}", "Dear {n},\n\nYour application for {role} was left off the eligibles list given to the hiring manager.\n\nHR Specialist\n{co}", "Bureau of Reclamation – Great Plains Region", "usbr-gp", role="Hydrologic Technician", tz="usc", frm="HR Specialist <hiring@{dom}>")
# ---- 6 bare ATS status updates
mr("stat1", "Status update", "<html><body><p>Hi {n},</p><p>Your application for <b>{role}</b> is no longer being weighed.</p><p>{co}</p></body></html>", ("Lakeshore Credit Union", "Chonburi Cold Chain"), ("lakeshorecu", "chonburicold"), role=("Teller", "Dock Clerk"), tz=("usc", "th"), frm="{co} <no-reply@{dom}>")
mr("stat2", "Application status changed", "Hi {n},\n\n{role}: your application status changed to No longer being considered.\n\n{co} Careers", ("Wynberg Sugar Millers", "Ridgeback Assay Labs"), ("wynbergsugar", "ridgebackassay"), role=("Electrician", "Lab Assistant"), tz=("za", "au"), frm="{co} Careers <status@{dom}>")
mr("stat3", "{role}: status", "<html><body><div>Dear {n},</div><div>Application {ref} &mdash; {role}: <b>Inactive &ndash; not moving forward</b></div></body></html>", ("Exuma Conch Processors", "Malindi Coconut Oil Mills"), ("exumaconch", "malindicoco"), role=("Freezer Hand", "Boiler Attendant"), tz=("bs", "ke"), frm="{co} <ats@{dom}>")
# ---- 6 internship / graduate decisions
mr("int1", "Summer Internship 2026 – decision", "Dear {n},\n\nThanks for trying for the {co} Summer Internship. Over 900 applied, and the intern cohort filled without you.\n\nEarly Careers Team", ("Calder Vale Building Society", "Keshav Rao Fintech"), ("caldervale-bs", "keshavfin"), tz=("yk", "blr"), frm="Early Careers <earlycareers@{dom}>")
mr("int2", "Graduate Programme: assessment centre result", "Hi {n},\n\nThanks for joining our assessment centre. Your scores fell below the offer bar on the {role} graduate scheme this year.\n\nGraduate Recruitment, {co}", ("Pembina Valley Hydro", "Zvolen Seat Foams"), ("pembinahydro", "zvolenfoam"), role=("Engineering", "Operations"), tz=("mb", "sk"), frm="Graduate Recruitment <grads@{dom}>")
mr("int3", "Industrial attachment application", "Dear {n},\n\nYour industrial attachment request came through. Every January slot is spoken for, so placing you can't happen.\n\nRegards,\n{sig}\nHR, {co}", ("Kisauni Port Logistics", "Lat Krabang Glove Works"), ("kisauniport", "latkrabanggloves"), tz=("ke", "th"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ack1", "Candidate Portal: {role} received", "Hello {n},\n\nYour application for {role} (req {ref}) is in. Later statuses can read Received, Screening, Interview, Offer, or Filled by another applicant.\n\nTalent Team, {co}", ("Calder Vale Building Society", "Kisauni Port Logistics"), ("caldervale-bs", "kisauniport"), role=("Savings Adviser", "Gate Clerk"), tz=("yk", "ke"), frm="{co} Talent <portal@{dom}>")
mo("application_received", "ack2", "Thanks for applying – {role}", "Hi {n},\n\nThanks for applying for {role}. Suppose interview passes you by: your details stay twelve months and shout if a match turns up.\n\n{sig}, {co}", ("Hebbal Cellworks", "Assiniboine Canola Crushers"), ("hebbalcell", "assiniboinecrush"), role=("Test Technician", "Lab Tech"), tz=("blr", "mb"))
mo("application_received", "ack3", "We got it!", "Hi {n},\n\nYour {role} application's landed. However it ends, your details get filed with us.\n\nCheers,\n{sig}", ("Tallowgate Signalling", "Cable Beach Power Corporation"), ("tallowgate", "cablebeachpower"), role=("Cable Jointer", "Call Centre Agent"), tz=("yk", "bs"))
mo("application_received", "ack4", "Application {ref} received", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Stage</th></tr><tr><td>{role}</td><td>Submitted</td></tr></table><p>Later stages: Screening, Interview, Offer, Declined.</p></body></html>", ("Zvolen Seat Foams", "Lat Krabang Glove Works"), ("zvolenfoam", "latkrabanggloves"), role=("Maintenance Tech", "Line Operator"), tz=("sk", "th"), frm="{co} Careers <noreply@{dom}>")
mo("application_received", "ack5", "Requisition {ref} – received", "Dear {n},\n\nWe have your application for {role}. We contact shortlisted people only; four silent weeks means you weren't shortlisted.\n\nHuman Resources, {co}", ("Red River Mutual Insurance", "Ridgeback Assay Labs"), ("redrivermutual", "ridgebackassay"), role=("Claims Clerk", "Crusher Operator"), tz=("mb", "au"), frm="{co} HR <hr-notices@{dom}>")
mo("application_received", "ack6", "{co} – Submission confirmed", "Dear {n},\n\nYour submission for {role} is confirmed. If your profile stops, an e-mail comes; if it moves on, a recruiter rings.\n\nStaffing Services", ("Kalyani Nagar Diagnostics", "Shannonside Medtech"), ("kalyanidiag", "shannonsidemed"), role=("Sample Courier", "Process Technician"), tz=("blr", "ie"), frm="Staffing Services <jobs@{dom}>")
mo("application_received", "ack7", "Application in, {n}", "Hey {n},\n\nCheers for going for {role}. Each one's read by us. Yes or no, it reaches you inside a fortnight.\n\n{sig}, {co}", ("Kaikōura Ridge Orchards", "Wynberg Sugar Millers"), ("kaikouraridge", "wynbergsugar"), role=("Tractor Driver", "Lab Sampler"), tz=("nz", "za"))
mo("application_received", "ack8", "Thanks, {n}", "Hiya {n},\n\nYour {role} form's come, love. We ring just them we're seeing, so a quiet phone's a no.\n\n{sig}\n{co}", ("Ossett Biscuit Company", "Marsabit Road Cashew Processors"), ("ossettbiscuit", "cashewcoast"), role=("Oven Operative", "Grader"), tz=("yk", "ke"))
mo("application_received", "ack9", "Welcome to our talent pool", "Hi {n},\n\nYour application for {role} has landed. Should we pick someone else, your name stays in our talent pool.\n\nWarm wishes,\n{sig}", ("Petržalka Code Forge", "Nassau Straw Market Co-op"), ("petrzalkacode", "strawmarketcoop"), role=("Support Engineer", "Bookkeeper"), tz=("sk", "bs"))
mo("application_received", "ack10", "Application received – {role}", "Dear {n},\n\nThank you for applying for {role}. Contact from us happens only when you tick the hiring manager's boxes.\n\n{sig}\nPeople Team", ("Keighley Quarry Products", "Brandon Bus Builders"), ("keighleyquarry", "brandonbus"), role=("Plant Fitter", "Upholsterer"), tz=("yk", "mb"))
mo("application_received", "ack11", "We've received your application", "Hi {n},\n\nThank you for applying to {co} for {role}. Picked for interview or not, a letter from us follows.\n\n{co} Hiring", ("Whitefield Ward Hospital", "Chonburi Cold Chain"), ("whitefieldward", "chonburicold"), role=("Pharmacist", "Picker"), tz=("blr", "th"), frm="{co} Hiring <hiring@{dom}>")
mo("application_received", "ack12", "Thanks for your interest in {role}", "Hi {n},\n\nThe team has it now. Fit or no fit, an e-mail comes – no ghosting.\n\n{sig}\n{co}", ("Abaco Ground Handling", "Lakeshore Credit Union"), ("abacoground", "lakeshorecu"), role=("Baggage Handler", "Card Services Rep"), tz=("bs", "usc"))
mo("application_received", "ack13", "Crew list – you're on it", "Hi {n},\n\nYou're on our crew list for the season. Places go fast; if there's none for you, word reaches you before shift one.\n\n{sig}, crew office", ("Snow Lake Grain Elevator", "Bunbury Salt Works"), ("snowlakegrain", "bunburysalt"), tz=("mb", "au"))
mo("application_received", "ack14", "Application acknowledgement", "Dear {n},\n\nYour {role} application has arrived. Unsuccessful candidates hear once the whole process closes.\n\nCareers Team", ("Keshav Rao Fintech", "Tuam Road Dairies"), ("keshavfin", "tuamroaddairy"), role=("Compliance Analyst", "Tanker Driver"), tz=("blr", "ie"), frm="Careers <careers@{dom}>")
mo("application_received", "ack15", "Thanks for applying!", "Hey {n},\n\nThe {co} team has your application for {role}. Plenty of good people get a pass from us, so don't take it personal if you do.\n\n{sig}", ("Exuma Conch Processors", "Pembina Valley Hydro"), ("exumaconch", "pembinahydro"), role=("Dock Hand", "Line Worker"), tz=("bs", "mb"))
mo("application_received", "ack16", "Your candidacy – received", "Dear {n},\n\nYour candidacy for {role} has been received by {co}. Should others match better, your file closes and an e-mail says so.\n\nRecruitment Centre", ("Malindi Coconut Oil Mills", "Nitra Valley Mills"), ("malindicoco", "nitramills"), role=("Mill Hand", "Electrician"), tz=("ke", "sk"), frm="Recruitment Centre <recruit@{dom}>")
mo("application_received", "ack17", "We have your form", "Hi {n},\n\nTa for the {role} application. Shortlisting runs ten days or so; an answer comes regardless.\n\n{sig}, {co}", ("Huddersfield Tram Depot", "Bang Na Dessert House"), ("hudtramdepot", "bangnadessert"), role=("Tram Driver", "Barista"), tz=("yk", "th"))
mo("application_received", "ack18", "Received: {role}", "Hello {n},\n\nYour {role} application reached us. If it stops, the portal flags it closed and we mail a line.\n\n{sig}\n{co} Talent", ("Durban Harbour Paint Supplies", "Tulsa Prairie Freight"), ("dbnpaints", "tulsaprairie"), role=("Driver", "Yard Jockey"), tz=("za", "usc"))
mo("application_received", "ack19", "Application received", "Hi {n},\n\nCheers for the {role} application. The hiring manager looks at every application personally; a decline would reach you by mail.\n\n{co} Recruiting", ("Otago Soil Trust", "Stanthorpe Apple Co"), ("otagosoil", "stanthorpeapple"), role=("Field Assistant", "Forklift Driver"), tz=("nz", "au"), frm="{co} Recruiting <apply@{dom}>")
mo("application_received", "ack20", "Your application to {co}", "Dear {n},\n\nMany thanks re {role}. Those unsuccessful at sift get an e-mail once the closing date passes.\n\nHR Officer", ("Wetherby Library Trust", "Brighton Seafront Trust"), ("wetherbylib", "seafronttrust"), role=("Outreach Worker", "Box Office Assistant"), tz=("yk", "uk"))
mo("application_received", "ack21", "Internship application received", "Dear {n},\n\nWe have your internship application. Every decision, offer or regret, is posted before April.\n\nEarly Careers Team", ("Calder Vale Building Society", "Keshav Rao Fintech"), ("caldervale-bs", "keshavfin"), tz=("yk", "blr"), frm="Early Careers <earlycareers@{dom}>")
mo("application_received", "ack22", "Public service application – acknowledged", "Dear {n},\n\nWe acknowledge your application for {role} (ref {ref}). Ineligible applicants get a notice; eligible ones get a test date.\n\nRecruitment Unit", ("Kilifi County Public Service Board", "Bruhat Bengaluru Water Board"), ("kilificpsb", "bbwaterboard"), role=("Clerical Officer", "Meter Inspector"), tz=("ke", "blr"), frm="Recruitment Unit <recruitment@{dom}>")
mo("application_received", "ack23", "Application complete", "Dear {n},\n\nYour application for {role} is complete. Once the certificate issues, you get a results notice, referred or not.\n\nHR Office", ("Manitoba Civil Service – Agriculture", "Department of Public Service, The Bahamas"), ("mbcivil", "bsdps"), role=("Research Technician", "Records Officer"), tz=("mb", "bs"), frm="HR Office <hr-notice@{dom}>")
mo("application_received", "ack24", "Thread: your application", "Hi {n},\n\nThanks for your note and your CV – got both. They're off to the shift manager; bite or no bite, I'll message you.\n\n{sig}\n\n{OUT}", ("Ossett Biscuit Company", "Tallowgate Signalling"), ("ossettbiscuit", "tallowgate"), role=("Hygiene Operative", "Track Worker"), tz="yk")
mo("application_received", "ack25", "Applied – what next?", "<html><body><p>Hi {n},</p><p>We got your application for <b>{role}</b>.</p><ul><li>In review</li><li>Interview</li><li>Closed without offer</li></ul><p>You'll see one of these in your portal.</p></body></html>", ("Lakeshore Credit Union", "Chonburi Cold Chain"), ("lakeshorecu", "chonburicold"), role=("Teller", "Dock Clerk"), tz=("usc", "th"), frm="{co} <no-reply@{dom}>")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "inv1", "Interview – {role}", "Hi {n},\n\nFancy meeting us about {role}? {dl}, ten o'clock. Unfortunately they're resurfacing our car park; use the leisure centre's.\n\n{sig}, {co}", ("Ossett Biscuit Company", "Keighley Quarry Products"), ("ossettbiscuit", "keighleyquarry"), role=("Shift Manager", "Quarry Fitter"), tz="yk")
mo("interview", "inv2", "Invitation to interview", "Dear {n},\n\nKindly attend a {role} interview {dl}, 11am. Sadly our lift is spoilt; the panel is on floor three.\n\nRegards,\n{sig}", ("Kisauni Port Logistics", "Malindi Coconut Oil Mills"), ("kisauniport", "malindicoco"), role=("Yard Planner", "Shift Chemist"), tz="ke")
mo("interview", "inv3", "{role}: interview slot", "Hi {n},\n\nPlease join us for a technical round on {dl} at 2:30 pm. The Outer Ring Road is terrible at that hour, so leave early.\n\n{sig}\n{co}", ("Hebbal Cellworks", "Whitefield Ward Hospital"), ("hebbalcell", "whitefieldward"), role=("Battery Test Engineer", "Staff Nurse"), tz="blr")
mo("interview", "inv4", "RE: [EXT] Re: next chat", "Hey {n},\n\nLoved your answers. Come see us {dl}, 9 sharp? Bad news: coffee machine's packed up, bring a flask.\n\n{sig}\n\n{RULE}", ("Abaco Ground Handling", "Cable Beach Power Corporation"), ("abacoground", "cablebeachpower"), role=("Ops Desk", "Billing Lead"), tz="bs")
mo("interview", "inv5", "Interview at {co}", "Hi {n},\n\nCome see us {dl}, 1 pm. Heads up: the Trans-Canada is down to one lane by the plant, no way around it.\n\n{sig}", ("Assiniboine Canola Crushers", "Brandon Bus Builders"), ("assiniboinecrush", "brandonbus"), role=("Plant Millwright", "Chassis Welder"), tz="mb")
mo("interview", "inv6", "Pozvánka – {role}", "Dear {n},\n\nPlease come for {role} interview {dl}, half past nine. Unfortunately canteen is closed that day, so eat before.\n\nWith regards,\n{sig}", ("Zvolen Seat Foams", "Petržalka Code Forge"), ("zvolenfoam", "petrzalkacode"), role=("Process Engineer", "Junior Tester"), tz="sk")
mo("interview", "inv7", "Interview invitation krub", "Dear {n},\n\nCommittee wish to interview you {dl}, 10:00. Regrettably shuttle van is at garage, so please take the Airport Rail Link.\n\n{sig}", ("Lat Krabang Glove Works", "Chonburi Cold Chain"), ("latkrabanggloves", "chonburicold"), role=("QA Inspector", "Forklift Team Lead"), tz="th")
mo("next_steps", "nxt1", "Next step: online assessment", "Hi {n},\n\nThe next step for {role} is a 40-minute numerical test. Please finish it by {dl}. Sorry, the link can't be reopened once started.\n\n{co} Talent", ("Calder Vale Building Society", "Red River Mutual Insurance"), ("caldervale-bs", "redrivermutual"), role=("Mortgage Underwriter", "Claims Adjuster"), tz=("yk", "mb"), frm="{co} Talent <portal@{dom}>")
mo("next_steps", "nxt2", "Take-home task – {role}", "Hi {n},\n\nNice one getting through. Here's a short coding task, due {dl}. No pressure if it's rough round the edges.\n\n{sig}", ("Keshav Rao Fintech", "Petržalka Code Forge"), ("keshavfin", "petrzalkacode"), role=("Risk Analyst", "Java Developer"), tz=("blr", "sk"))
mo("next_steps", "nxt3", "References and documents", "Dear {n},\n\nTwo referees and an ID scan, please, by {dl}. Our system, unfortunately, bins phone snaps.\n\nHuman Resources, {co}", ("Ridgeback Assay Labs", "Wynberg Sugar Millers"), ("ridgebackassay", "wynbergsugar"), role=("Fire Assayer", "Electrician"), tz=("au", "za"))
mo("next_steps", "nxt4", "Medical check – {role}", "Hi {n},\n\nNext, the pre-employment medical – booked before {dl}, please. The clinic is closed on Wednesdays, sadly.\n\n{sig}, {co}", ("Exuma Conch Processors", "Kisauni Port Logistics"), ("exumaconch", "kisauniport"), role=("Plant Hygiene Lead", "Customs Clerk"), tz=("bs", "ke"))
mo("next_steps", "nxt5", "Trial shift", "Hiya {n},\n\nTrial shift {dl}, six while two – can you manage? No hot food on site that early, I'm afraid.\n\n{sig}\n{co}", ("Huddersfield Tram Depot", "Ossett Biscuit Company"), ("hudtramdepot", "ossettbiscuit"), role=("Depot Cleaner", "Line Leader"), tz="yk")
mo("offer", "off1", "Offer – {role}", "Dear {n},\n\n{role} is yours – delighted! Signed copy back by {dl}, please. Unfortunately parking permits take two weeks, so plan on the bus at first.\n\n{sig}\n{co}", ("Whitefield Ward Hospital", "Shannonside Medtech"), ("whitefieldward", "shannonsidemed"), role=("Staff Nurse", "Validation Engineer"), tz=("blr", "ie"))
mo("offer", "off2", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nGreat news – the panel picked you for {role}. Could you confirm by {dl}? The bad bit: no desk by the window.\n\n{sig}\n\n{GM}", ("Assiniboine Canola Crushers", "Snow Lake Grain Elevator"), ("assiniboinecrush", "snowlakegrain"), role=("Crush Operator", "Elevator Lead"), tz="mb")
mo("offer", "off3", "Your offer letter", "Dear {n},\n\nYour {role} offer is attached. Kindly confirm by {dl}. Unluckily the induction coincides with a public holiday, so it moves one day later.\n\n{sig}", "Lat Krabang Glove Works", "latkrabanggloves", role="Planner", tz="th")
mo("interview", "inv8", "Second interview", "Hi {n},\n\nRound two for {role} is yours: {dl}, 3pm. No parking on the street, I'm afraid.\n\n{sig}, {co}", "Tulsa Prairie Freight", "tulsaprairie", role="Dispatch Coordinator", tz="usc")
mo("interview", "inv9", "Video call – {role}", "Hi {n},\n\nVideo call {dl}, 8am NZ time – suit you? Our meeting room is unavailable, so it'll be from the packhouse office.\n\n{sig}", "Kaikōura Ridge Orchards", "kaikouraridge", role="Orchard Supervisor", tz="nz")
mo("next_steps", "nxt6", "Site visit for {role}", "G'day {n},\n\nCome out for a site walk on {dl}. Steel caps essential; we can't lend boots, unfortunately.\n\n{sig}", "Stanthorpe Apple Co", "stanthorpeapple", role="Picker", tz="au")
mo("offer", "off4", "Offer of employment", "Dear {n},\n\nPleased to say the {role} post is yours. Reply by {dl}. Staff room's shut for works till next month, sadly.\n\n{sig}\n{co}", "Wetherby Library Trust", "wetherbylib", role="Library Assistant", tz="yk")
mo("interview", "inv10", "Assessment day invitation", "Dear {n},\n\nOur graduate assessment day is {dl}; your seat is booked. Unfortunately there is no catering, so bring a packed lunch.\n\nGraduate Recruitment", "Pembina Valley Hydro", "pembinahydro", tz="mb", frm="Graduate Recruitment <grads@{dom}>")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "neu1", "Now with the hiring manager", "Hi {n},\n\nStatus note: {role} now sits in hiring-manager review. Nowt needed from you yet.\n\n{co} Careers", ("Wynberg Sugar Millers", "Ridgeback Assay Labs"), ("wynbergsugar", "ridgebackassay"), role=("Electrician", "Lab Assistant"), tz=("za", "au"), frm="{co} Careers <status@{dom}>")
mo("other_job", "wd1", "Withdrawal confirmed", "Hi {n},\n\nAs asked, your {role} application is withdrawn. Enjoy the new post.\n\n{sig}", ("Hebbal Cellworks", "Nitra Valley Mills"), ("hebbalcell", "nitramills"), role=("Cell Engineer", "Logistics Lead"), tz=("blr", "sk"))
mo("other_job", "neu2", "Interview moved", "Hi {n},\n\nYour interview shifts a week on; the panel chair's poorly. New date: {dl}.\n\n{sig}", ("Kirklees Council", "Harrogate District Council"), ("kirklees-hr", "harrogate-hr"), tz="yk")
mo("job_alert", "alert1", "3 new roles near you", "Hi {n},\n\nNew this week: Weighbridge Clerk, Night Baker, Forklift Driver – all within 10 miles.{FOOT}", "Keighley Quarry Products", "keighleyquarry", tz="yk", frm="Lantern Row <alerts@{dom}>")
mo("recruiter_outreach", "out1", "A role you might like", "Hi {n},\n\nI saw your profile and think a {x} role with a Bengaluru EV startup could suit you. Open to a chat?\n\n{sig}\nNandi Hills Search", ("Nandi Hills Search", "Nandi Hills Search"), ("nandihillssearch", "nandihillssearch"), x=("battery test", "firmware"), tz="blr")
mo("recruiter_outreach", "out2", "Contract work in Winnipeg", "Hey {n},\n\nGot a {x} contract kicking off soon. Any interest?\n\n{sig}\nForks Recruiting", "Forks Recruiting", "forksrecruit", x="maintenance planner", tz="mb")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nSorry, the car loan application is declined for now. Reapplying is possible after ninety days.\n\nLending Team\n{co}", "Lakeshore Credit Union", "lakeshorecu", tz="usc", frm="Lending <lending@{dom}>")
mo("non_job_rejection_words", "ballot", "Great Yorkshire Run ballot", "Hi {n},\n\nThanks for entering the ballot. This year you were unsuccessful and have not been given a place. Better luck next year!\n\nRace Office", "Great Yorkshire Run", "yorkshirerun", tz="yk", frm="Race Office <entries@{dom}>")
mo("non_job_rejection_words", "flat", "Re: the flat on Tyrwhitt Road", "Hi {n},\n\nTa for viewing. The landlord chose another tenant; your application ends there.\n\n{sig}\nHatherley Lettings", "Hatherley Lettings", "hatherleylets", tz="uk")
mo("non_job_rejection_words", "club", "Bowls league – membership", "Hi {n},\n\nSorry, Thursday league's full up, no rink for you this season. Waitlisted you.\n\n{sig}\nSt Vital Lawn Bowls Club", "St Vital Lawn Bowls Club", "stvitalbowls", tz="mb")
mo("non_job_rejection_words", "allot", "Allotment waiting list", "Dear {n},\n\nNo plot at Birkby allotments for you this year, sorry. The queue holds your place.\n\nAllotments Officer", "Kirklees Council", "kirklees-hr", tz="yk", frm="Allotments <allotments@{dom}>")
mo("next_steps", "nxt7", "Driving assessment – {role}", "Hi {n},\n\nPlease book your road assessment for {role} before {dl}. Our usual examiner is away, so it'll be with the Selkirk depot instead.\n\n{sig}", "Brandon Bus Builders", "brandonbus", role="Test Driver", tz="mb")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
BOXES = ("hiring", "jobs", "office", "team", "work", "crew")


def pair(fam: str, ch: str, co: str, dom: str, tz: str, sig: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    box = BOXES[len(TEMPLATES) % len(BOXES)]
    tail = f"\n\n{sig}\n{co}\n-- applied through Wharfeling{ch}"
    frm = f"{sig} <{box}@{{dom}}>"
    wr(fam, rej[0], "Hi {n},\n\n" + rej[1] + tail, co, dom, tz=tz, frm=frm)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], "Hi {n},\n\n" + twin[2] + tail, co, dom, tz=tz, frm=frm)


pair("loomtuning", "Ash", "Skelmanthorpe Loomtuning", "skelmloom", "yk", "Wilf Brearley",
     ("Loomtuning improver", "Ta for coming up to see t'looms. Loomtuning improver went to a lad who served his time at Dewsbury, so that's a no."),
     ("interview", "Loomtuning improver – come in", "Can you pop up {dl}, half nine, to see the loomtuning shop? Unfortunately the side gate's jammed, use the front."))
pair("troughlining", "Birch", "Gwynedd Troughlining", "gwyneddtrough", "uk", "Elin Parry",
     ("Troughlining assistant", "Diolch for the troughlining assistant application. We're offering the position elsewhere."),
     ("application_received", "Troughlining assistant – received", "Your troughlining application is with us. We answer everyone within ten days, whatever the answer."))
pair("gaugeetching", "Cedar", "Ballarat Gaugeetching", "ballaratgauge", "au", "Nerida Quill",
     ("Gaugeetching apprentice", "Your gaugeetching apprenticeship application is declined for this intake."),
     ("next_steps", "Gaugeetching – steady-hand test", "Before {dl}, please do our short steady-hand test at the bench. Sadly the acid room stays locked to visitors."))
pair("vatcoopering", "Damson", "Speyside Vatcoopering", "speysidevat", "uk", "Hamish Gowans",
     ("Vatcoopering hand", "Many thanks for your letter. The vatcoopering hand post is filled, and the cooperage takes nobody else this year."),
     ("offer", "Vatcoopering hand – offer", "Start as vatcoopering hand? Let us know by {dl}. No staff parking, unfortunately, the yard is full of staves."))
pair("oarlockfitting", "Elder", "Lunenburg Oarlockfitting", "lunenburgoar", "ns", "Colleen Rafuse",
     ("Oarlockfitting position", "Thanks for reaching out about oarlockfitting. We're unable to bring you on; the shop is full for the season."),
     ("interview", "Oarlockfitting – meet the shop", "Come by {dl} at 10 to meet the oarlockfitting crew. The coffee's awful, I'm warning you."))
pair("hidefleshing", "Fir", "Karoo Hidefleshing", "karoohide", "za", "Marnus Kotze",
     ("Hidefleshing operator", "Sorry, after the trial your hidefleshing operator application is turned down."),
     ("next_steps", "Hidefleshing – safety induction", "Finish the online safety induction before {dl}. Regrettably the boots store is closed until then."))
pair("lathpinning", "Gean", "Dunedin Lathpinning", "dunedinlath", "nz", "Rory Tait",
     ("Lathpinning job", "Kia ora. We've decided against hiring for lathpinning from your application. Cheers for your interest."),
     ("interview", "Lathpinning – a yarn", "Keen for a yarn on {dl} at 11? Sorry, the workshop has no heating yet."))
pair("weirclearing", "Hazel", "Athlone Weirclearing", "athloneweir", "ie", "Cathal Fahy",
     ("Weirclearing crew", "The weirclearing crew is full for the year. Thanks all the same."),
     ("application_received", "Weirclearing crew – got it", "Got your form for the weirclearing crew. A phone call comes either way."))
pair("ditchlaying", "Holly", "Bedford Ditchlaying", "bedforditch", "uk", "Priya Rudd",
     ("Ditchlaying labourer", "Thanks for applying. The ditchlaying labourer post hasn't come your way."),
     ("offer", "Ditchlaying labourer – job offer", "Ditchlaying labourer: we're offering it you. Confirm by {dl}; no van available the first week, sorry."))
pair("cobwalling", "Juniper", "Bideford Cobwalling", "bidefordcob", "uk", "Tristan Penhale",
     ("Cobwalling trainee", "We've looked at your cobwalling application and regret there's no trainee place for you."),
     ("interview", "Cobwalling trainee – interview", "Please come to the yard {dl} at 2. The lane floods, unfortunately, so come via Northam."))
pair("limewashing", "Larch", "Kingston Limewashing", "kingstonlime", "jm", "Desmond Clarke",
     ("Limewashing crew", "Respect for applying. Limewashing crew cyaan tek you right now."),
     ("next_steps", "Limewashing crew – sample wall", "Do a sample wall for us by {dl}. Sorry, no brushes given, bring yours."))
pair("hurdlebinding", "Linden", "Pontiac Hurdlebinding", "pontiachurdle", "usc", "Wendell Krause",
     ("Hurdlebinding helper", "Thanks for your interest. We have declined your application for hurdlebinding helper."),
     ("application_received", "Hurdlebinding helper – received", "We have your hurdlebinding application. Answers, yes or no, go out by Friday."))
pair("chaincarding", "Maple", "Kumasi Chaincarding", "kumasichain", "gh", "Akosua Boateng",
     ("Chaincarding vacancy", "Thank you. We are sorry, chaincarding selection went to others."),
     ("interview", "Chaincarding – interview", "You are invited on {dl} at 10am. Regrettably the power is off until noon, so bring your own light."))
pair("sluicekeeping", "Oak", "Fenland Sluicekeeping", "fenlandsluice", "uk", "Graham Pocklington",
     ("Sluicekeeping assistant", "This is to say we will not appoint you as sluicekeeping assistant."),
     ("offer", "Sluicekeeping assistant – offer", "Sluicekeeping assistant – will you take it? Please confirm by {dl}. No mobile signal at the sluice, unfortunately."))
pair("stilestraightening", "Pine", "Ulster Stilestraightening", "ulsterstile", "uk", "Roisin McAleese",
     ("Stilestraightening", "Thanks. The stilestraightening post goes to somebody else."),
     ("interview", "Stilestraightening – meet us", "Meet us on {dl} at 9 at the Dungiven depot. The canteen is shut, sadly."))
pair("sackstencilling", "Rowan", "Lagos Sackstencilling", "lagossack", "ng", "Chidinma Eze",
     ("Sackstencilling officer", "We appreciate you. Your sackstencilling application did not succeed."),
     ("next_steps", "Sackstencilling – stencil test", "Please send three stencil samples by {dl}. Unfortunately we cannot reimburse ink."))
pair("cheeseturning", "Sorb", "Wisconsin Cheeseturning", "wicheeseturn", "usc", "Marla Jankowski",
     ("Cheeseturning crew", "Thanks a bunch for applying. The cheeseturning crew has no room for you."),
     ("offer", "Cheeseturning crew – offer", "Cheeseturning crew wants you. Sign by {dl}. Bad news: the cave is cold, bring layers."))
pair("pipebending", "Spruce", "Singapore Pipebending", "sgpipebend", "sg", "Lim Jia Hui",
     ("Pipebending technician", "Thank you. Your pipebending technician application will not proceed."),
     ("interview", "Pipebending technician – interview", "Please attend interview on {dl}, 3pm, Tuas. Unfortunately lift is under repair lah."))
pair("kerbdressing", "Sycamore", "Valletta Kerbdressing", "vallettakerb", "mt", "Josef Grech",
     ("Kerbdressing mason", "Thanks for applying. We decided against you for kerbdressing mason."),
     ("next_steps", "Kerbdressing mason – trial cut", "Please come for a trial cut on {dl}. Sadly the quarry road is closed, go round by Mosta."))
pair("gutterjointing", "Tamarack", "Halifax Gutterjointing", "halifaxgutter", "ns", "Keisha Downey",
     ("Gutterjointing roofer", "Thanks for reaching out. Gutterjointing hire goes elsewhere this time."),
     ("application_received", "Gutterjointing – thanks", "Got your gutterjointing application. An answer either way comes before month end."))
pair("shuttleboring", "Walnut", "Gaborone Shuttleboring", "gaboroneshuttle", "bw", "Kagiso Molefe",
     ("Shuttleboring artisan", "Thank you. The shuttleboring artisan post went elsewhere."),
     ("interview", "Shuttleboring artisan – interview", "Kindly come on {dl} at 10:00. Regrettably there is no water at the workshop this week."))
pair("nettwining", "Willow", "Hobart Nettwining", "hobartnet", "au", "Bridie Salter",
     ("Nettwining hand", "Your nettwining application stops here."),
     ("offer", "Nettwining hand – offer", "Happy to offer you the nettwining hand job. Let us know by {dl}. No heater in the loft, sorry."))
pair("fishboxing", "Yew", "Port Elizabeth Fishboxing", "pefishbox", "za", "Lungile Ndaba",
     ("Fishboxing packer", "Your fishboxing application has been turned down. Thank you for your interest."),
     ("next_steps", "Fishboxing packer – cold-room test", "Do our cold-room test by {dl}. The staff bus is cancelled that week, unfortunately."))
pair("mangletuning", "Alder", "Glasgow Mangletuning", "glasgowmangle", "uk", "Morven Boyle",
     ("Mangletuning fitter", "Ta for the mangletuning fitter application. We're no' taking it further."),
     ("interview", "Mangletuning fitter – interview", "Come in {dl} at 1. The buzzer's broken, sadly, just chap the door."))
pair("bridlestitching", "Beech", "Lexington Bridlestitching", "lexbridle", "use", "Clay Whitfield",
     ("Bridlestitching position", "We appreciate your interest. We'll pass on your bridlestitching application."))

# ---- a job alert and a non-job refusal
wo("job_alert", "wharfeling", "WharfelingAsh: 2 new bench jobs", "Hi {n},\n\nTwo new bench jobs this week: loomtuning improver (Yorkshire) and sluicekeeping assistant (Cambridgeshire). Sorry if you've seen these already.\n\n-- WharfelingAsh alerts", "Wharfeling", "wharfeling", tz="uk", frm="WharfelingAsh <alerts@{dom}>")
wo("non_job_rejection_words", "nj-pavilion", "Pavilion booking request", "Hi {n},\n\nSorry – the pavilion's taken for your date, so your party can't go ahead there.\n\nBookings Office", "Calder Park Pavilion", "calderpavilion", tz="yk", frm="Bookings <bookings@{dom}>")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, sig: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    box = BOXES[len(TEMPLATES) % len(BOXES)]
    frm = f"{sig} <{box}@{{dom}}>"
    wr(fam, rej[0], rej[1] + f"\n\n{sig}\n{co}", co, dom, tz=tz, frm=frm, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + f"\n\n{sig}\n{co}", co, dom, tz=tz, frm=frm, lang=lang)


lp("ar", "ar", "مطبعة الواحة", "wahaprint", "sa", "فيصل القحطاني",
   ("بخصوص طلبك", "الأستاذة {n}،\n\nنشكر اهتمامك بوظيفة فني الطباعة. قررنا اختيار متقدم آخر لهذه الوظيفة."),
   ("interview", "دعوة لمقابلة", "الأستاذة {n}،\n\nننتظرك في المطبعة بتاريخ {dl} صباحاً. للأسف الموقف الأمامي مقفل، فادخلي من الباب الخلفي."))
lp("de", "de", "Orgelbau Grünwald", "orgelgruen", "de", "Henrike Albers",
   ("Ihre Bewerbung als Orgelbauhelferin", "Liebe {n},\n\ndie Stelle in der Orgelwerkstatt geht an eine andere Bewerberin; eine Zusage ist diesmal nicht möglich."),
   ("next_steps", "Probearbeit", "Liebe {n},\n\nbitte vereinbaren Sie bis {dl} einen Tag Probearbeit. Die Kantine ist leider wegen Umbau geschlossen."))
lp("es", "es", "Cerámicas Talavera Sur", "talaverasur", "es", "Gonzalo Ibarra",
   ("Tu candidatura", "Hola {n}:\n\nmil gracias por escribirnos. El taller de esmaltes no continuará con tu candidatura."),
   ("offer", "Oferta de trabajo", "Hola {n}:\n\nEl puesto de esmaltadora es tuyo. Confírmanos antes del {dl}. Por desgracia, el aparcamiento está en obras."))
lp("fr", "fr", "Vitraux de Chartres Nord", "vitrauxnord", "fr", "Armelle Rousseau",
   ("Votre candidature", "Bonjour {n},\n\nl'atelier a choisi une autre personne comme assistante en vitrail. Merci pour votre démarche."),
   ("interview", "Entretien", "Bonjour {n},\n\nvenez nous voir le {dl}, 14 h. Malheureusement, ascenseur hors service : l'atelier se trouve au deuxième."))
lp("hi", "hi", "जयपुर पतंग उद्योग", "jaipurpatang", "in", "महेश खंडेलवाल",
   ("आपका आवेदन", "प्रिय {n},\n\nपतंगशाला में कारीगरों की गिनती पूरी हो चुकी; सूची में आपका नाम न आ सका।"))
lp("it", "it", "Liuteria Cremonese Po", "liuteriapo", "it", "Ottavio Galli",
   ("La sua candidatura", "Gentile {n},\n\ngrazie davvero; il posto di apprendista liutaio va a un'altra persona."),
   ("interview", "Colloquio", "Gentile {n},\n\nl'aspettiamo in bottega il {dl}, ore 10. Purtroppo il parcheggio è chiuso per lavori."))
lp("ja", "ja", "丸栄たたみ工房", "maruei-tatami", "jp", "石田 浩二",
   ("選考結果のご連絡", "{n} 様\n\nこの度は畳職人見習いにご応募いただき、ありがとうございました。慎重に検討した結果、今回は採用を見送らせていただくことになりました。"),
   ("interview", "面接のご案内", "{n} 様\n\n{dl}の午後二時に面接をお願いします。あいにく駐車場が工事中のため、電車でお越しください。"))
lp("ko", "ko", "한빛 목공방", "hanbitwood", "kr", "최민호",
   ("지원 결과 안내", "{n} 님께,\n\n목공방 보조 자리는 다른 분께 돌아갔습니다. 관심 가져 주셔서 고맙습니다."),
   ("next_steps", "실기 과제 안내", "{n} 님께,\n\n{dl}까지 실기 과제를 제출해 주세요. 안타깝게도 작업장은 그날 휴무입니다."))
lp("pt", "pt", "Azulejaria Porto Velho", "azulejopv", "br", "Renata Siqueira",
   ("Sua candidatura", "Olá {n},\n\nobrigada pelo contato. A vaga de pintora de azulejos ficou com outra pessoa."),
   ("offer", "Proposta de emprego", "Olá {n},\n\na vaga de pintora é sua! Responda até {dl}. Infelizmente a copa segue fechada por obras."))
lp("ru", "ru", "Гжельская роспись", "gzhelrospis", "ru", "Ольга Веселова",
   ("Ответ по вакансии", "Здравствуйте, {n}!\n\nмастерская росписи благодарит вас за письмо. Место художника уже занято."),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nПриглашаем вас на собеседование {dl} в 11:00. Увы, парковка у мастерской закрыта."))
lp("sw", "sw", "Karakana ya Vinyago Tanga", "vinyagotanga", "tz", "Hamisi Rajabu",
   ("Kuhusu ombi lako", "Salaam {n},\n\nshukrani sana. Kazi ya kuchonga vinyago imepata fundi mwingine."),
   ("next_steps", "Hatua inayofuata", "Habari {n},\n\nTafadhali leta sampuli ya kinyago kabla ya {dl}. Kwa bahati mbaya, lango kuu limefungwa."))
lp("th", "th", "โรงงานร่มบ่อสร้าง", "borsangumbrella", "th", "สมศักดิ์ ใจดี",
   ("ผลการสมัครงาน", "เรียน คุณ{n}\n\nตำแหน่งช่างวาดร่มมีคนได้ไปแล้ว ขอบคุณมาก"),
   ("interview", "นัดสัมภาษณ์", "เรียน คุณ{n}\n\nเชิญมาพบที่โรงงาน {dl} ช่วงสาย ที่จอดรถซ่อมอยู่"))
lp("tr", "tr", "Kütahya Çini Atölyesi", "kutahyacini", "tr", "Serkan Öztürk",
   ("Başvurunuz hakkında", "Sayın {n},\n\nçini ustası yardımcılığı kadrosu başka birine verildi. Gösterdiğiniz ilgiye teşekkürler."),
   ("offer", "İş teklifi", "Sayın {n},\n\nSize pozisyonu teklif etmekten mutluluk duyarız. Lütfen {dl} tarihine kadar yanıt verin. Ne yazık ki servis aracı o hafta yok."))
lp("ur", "ur", "سیالکوٹ فٹبال ورکس", "sialkotfootball", "pk", "عمران چوہدری",
   ("آپ کی درخواست", "محترمہ {n}،\n\nسلائی کار کی اسامی پُر ہو چکی ہے۔ رابطے کا شکریہ۔"),
   ("interview", "انٹرویو کی دعوت", "محترمہ {n}،\n\nبراہِ کرم {dl} کو ورکشاپ تشریف لائیں۔ افسوس ہے کہ بجلی بند رہے گی۔"))
lp("zh", "zh", "景德镇青花瓷坊", "jdzqinghua", "cn", "黄建国",
   ("应聘结果通知", "{n}您好：\n\n感谢您应聘绘瓷学徒一职。经慎重考虑，我们已选择了其他候选人。"),
   ("next_steps", "下一步安排", "{n}您好：\n\n请于{dl}前提交一件作品照片。很遗憾，工坊那周停电检修。"))
lp("slk", "slk", "Modranská keramika Dolina", "modradolina", "sk", "Katarína Vrabcová",
   ("Vaša žiadosť", "Dobrý deň, {n},\n\nďakujeme za záujem o miesto maliarky keramiky. Rozhodli sme sa pre inú uchádzačku."),
   ("interview", "Pozvánka na pohovor", "Dobrý deň, {n},\n\npozývame Vás na pohovor {dl} o 10:00. Žiaľ, parkovisko je zatvorené."))
lp("lit", "lit", "Gintaro dirbtuvės Nida", "gintaronida", "lt", "Vytautas Butkus",
   ("Dėl Jūsų paraiškos", "Sveiki, {n},\n\načiū, kad norite šlifuoti gintarą pas mus. Šį kartą darbą gavo kitas žmogus."),
   ("offer", "Darbo pasiūlymas", "Sveiki, {n},\n\nmaloniai siūlome Jums šį darbą. Atsakykite iki {dl}. Deja, valgykla remontuojama."))
lp("lav", "lav", "Rīgas Dzintara Darbnīca", "rigasdzintars", "lv", "Andris Kalns",
   ("Par Jūsu pieteikumu", "Labdien, {n},\n\npaldies par interesi. Esam izvēlējušies citu kandidātu meistara palīga amatam."),
   ("application_received", "Pieteikums saņemts", "Labdien, {n},\n\npaldies, pieteikums ir pie mums. Ziņu sūtīsim ne vēlāk kā pēc četrpadsmit dienām."))
lp("ell", "ell", "Εργαστήριο Ψηφιδωτού Κορίνθου", "korinthosmosaic", "gr", "Νίκος Παπαδάκης",
   ("Σχετικά με την αίτησή σας", "Αγαπητή {n},\n\nτο εργαστήριο ευχαριστεί για την αίτηση. Η θέση βοηθού ψηφιδωτού δόθηκε σε άλλο άτομο."),
   ("interview", "Πρόσκληση σε συνέντευξη", "Αγαπητή {n},\n\nσας προσκαλούμε σε συνέντευξη στις {dl} στις 11:00. Δυστυχώς ο ανελκυστήρας δεν λειτουργεί."))
lp("heb", "heb", "סדנת הזכוכית יפו", "jaffaglass", "il", "אורית שגיא",
   ("בנוגע למועמדותך", "שלום {n},\n\nשמחנו לקבל את פנייתך לסדנה. את משרת עוזרת נפח הזכוכית קיבל אדם אחר."),
   ("next_steps", "השלב הבא", "שלום {n},\n\nנא לשלוח תיק עבודות עד {dl}. לצערנו החניה סגורה לשיפוצים."))
lp("fas", "fas", "کارگاه قلمزنی اصفهان", "esfahanqalam", "ir", "رضا توکلی",
   ("درباره درخواست شما", "{n} گرامی،\n\nاز علاقه شما به شغل کارآموز قلمزنی سپاسگزاریم. ما فرد دیگری را برگزیدیم."),
   ("interview", "دعوت به مصاحبه", "{n} گرامی،\n\nلطفاً روز {dl}، ساعت ده، به کارگاه بیایید. متأسفانه آسانسور خراب است."))
lp("ben", "ben", "ঢাকা নকশিকাঁথা ঘর", "dhakakantha", "bd", "তাহমিনা রুবাইয়াত",
   ("আপনার আবেদন প্রসঙ্গে", "সালাম {n},\n\nকাঁথা সেলাইয়ের কাজে আপনাকে এবার নেওয়া গেল না।"),
   ("offer", "কাজের খবর", "সালাম {n},\n\nকাঁথা সেলাইয়ের কাজটা আপনিই পাচ্ছেন। {dl} এর আগে উত্তর দিন। ক্যান্টিন আপাতত বন্ধ।"))
lp("vie", "vie", "Xưởng Sơn Mài Tương Bình Hiệp", "sonmaitbh", "vn", "Trần Văn Phúc",
   ("Kết quả ứng tuyển", "Chào {n},\n\ncảm ơn thư của bạn gửi xưởng. Chỗ thợ sơn mài lần này đã có người nhận."),
   ("interview", "Thư mời phỏng vấn", "Chào {n},\n\nMời bạn phỏng vấn vào {dl} lúc 9 giờ. Rất tiếc bãi xe đang sửa chữa."))
lp("ind", "ind", "Batik Tulis Lasem Jaya", "lasemjaya", "id", "Slamet Riyadi",
   ("Tentang lamaran Anda", "Halo {n},\n\nterima kasih atas minat Anda sebagai pembatik. Kami telah memilih pelamar lain."),
   ("next_steps", "Tahap berikutnya", "Halo {n},\n\nmohon kirim contoh motif sebelum {dl}. Sayangnya bengkel tutup hari Jumat."))
lp("tgl", "tgl", "Paete Ukit Kahoy", "paeteukit", "ph", "Rodel Cagandahan",
   ("Tungkol sa iyong aplikasyon", "Kumusta, {n},\n\nmaraming salamat po sa iyong liham para sa talyer. Iba ang napili ng talyer ngayon."),
   ("interview", "Imbitasyon sa panayam", "Kumusta, {n},\n\niniimbitahan ka namin sa panayam sa {dl}, alas-diyes. Sa kasamaang-palad, sarado ang paradahan."))


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
        return LANG_SIGNERS.get(lang, ["Office"])
    return REGION_SIGNERS.get(REGION.get(zone, zone), ["Hiring Desk"])


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "heb": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 167; this slice, slice 168 and any later one are skipped by number."""
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
