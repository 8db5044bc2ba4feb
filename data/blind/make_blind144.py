# ruff: noqa: E501, S311
"""Write the hundred-and-forty-fourth sealed blind slice for issue 11 (blind-slice-144.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 142; slice 143 and later never read; our side printed)
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

SEED = 1441441
HERE = Path(__file__).resolve().parent
THIS_SLICE = 144
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
SKIP_FROM = 143  # slice 143 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 7, 20)
LAST_DRAW = dt.date(2026, 12, 11)  # a Friday, the last day that can be drawn; a weekend before it moves to Monday 7 December at the latest

RECIPIENTS = [
    "Thorfinn Rendall", "Ingagarth Flett", "Chikondi Banda", "Tadala Mwale", "Shahnaz Begum",
    "Rumel Miah", "Kezia Ollivierre", "Deron Quashie", "Aalasi Kilabuk", "Pauloosie Akavak",
    "Siriporn Chaiyasit", "Anucha Thongdee", "Eleni Papadaki", "Stavros Karamanlis", "Orla Nic Giolla",
    "Brodie Vercoe", "Lerato Sithole", "Mereana Tapsell", "Jolene Hazlitt", "Teodor Vasquez-Lind",
    "Yusra Chowdhury", "Kwabena Asiedu", "Isla Spence", "Lindiwe Phiri", "Marlon Cupid",
    "Nattapong Saelim", "Katerina Vlachou", "Colm Breathnach", "Ruthie Szabo", "Arnav Bhattacharjee",
]
REGION_SIGNERS = {
    "uk": ["Fenella Wragge", "Ambrose Kitching", "Hester Pallister", "Jory Trethewey"],
    "ork": ["Sigrid Linklater", "Magnus Drever", "Elspeth Harcus"],
    "syl": ["Abdul Muqit", "Sufia Khanom", "Jubair Uddin"],
    "ie": ["Clodagh Furlong", "Tadhg Moriarty", "Saoirse Kinsella"],
    "us": ["Rosalind Pettibone", "Otis Varga", "Juanita Beltrán", "Cordell Ames"],
    "nu": ["Leesee Ootova", "Jonah Kunuk", "Martha Arnatsiaq"],
    "au": ["Lachie Dunstan", "Georgia Pappas", "Wendell Hume"],
    "nz": ["Aroha Paewai", "Fraser McKinnell", "Sione Latu"],
    "za": ["Thandeka Zulu", "Riaan Basson", "Nomsa Dlamini"],
    "mw": ["Chisomo Phiri", "Yamikani Nkhoma", "Mphatso Kachale"],
    "vc": ["Glenroy Stapleton", "Andrea Browne-Lewis", "Kimron Sutherland"],
    "th": ["Kanokwan Srisuk", "Prasert Wongsa"],
    "gr": ["Dimitra Raptou", "Yannis Kostopoulos"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى العمري", "طارق النابلسي"], "de": ["Heike Rümelin", "Volker Stiegler"],
    "es": ["Begoña Llorente", "Ramiro Cuesta"], "fr": ["Maëlle Guérin", "Édouard Pichon"],
    "hi": ["मीनल खन्ना", "विनीत चौहान"], "it": ["Ornella Scarpa", "Fabrizio Melis"],
    "ja": ["松本 恵", "石井 達也"], "ko": ["최은정", "한도윤"], "pt": ["Inês Moura", "Duarte Sequeira"],
    "ru": ["Ольга Лебедева", "Игорь Зуев"], "sw": ["Neema Lyimo", "Juma Mfinanga"],
    "th": ["สุภาพร ทองคำ", "ธีรวัฒน์ ศรีสุข"], "tr": ["Gülşen Aydın", "Kerem Özkan"],
    "ur": ["ثمینہ رشید", "عمران ملک"], "zh": ["李秀梅", "赵建国"],
    "nor": ["Solveig Haugland", "Øystein Brekke"], "isl": ["Hildur Baldursdóttir", "Einar Gunnarsson"],
    "hrv": ["Ivana Matić", "Zoran Babić"], "srp": ["Snežana Ilić", "Vladimir Marković"],
    "bul": ["Десислава Петрова", "Стоян Георгиев"], "ukr": ["Оксана Бондаренко", "Тарас Кравчук"],
    "pol": ["Agnieszka Wróbel", "Paweł Zając"], "lit": ["Aušra Žukauskienė", "Darius Stankevičius"],
    "heb": ["מיכל לוי", "אבי כהן"], "fas": ["مریم رضایی", "بهرام کریمی"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة سليمان", "يزن الحوراني"], "de": ["Franziska Lechner", "Jonas Hüttl"],
    "es": ["Amaia Zubiri", "Gonzalo Prieto"], "fr": ["Anaïs Lefebvre", "Quentin Rolland"],
    "hi": ["कविता सक्सेना", "अमित राठौर"], "it": ["Serena Galli", "Davide Conti"],
    "ja": ["高橋 美咲", "中村 蓮"], "ko": ["이수민", "강민호"], "pt": ["Beatriz Pinto", "Tiago Lourenço"],
    "ru": ["Анна Смирнова", "Павел Воронин"], "sw": ["Upendo Massawe", "Hamisi Shirima"],
    "th": ["อรอุมา จันทร์เพ็ญ", "ภานุวัฒน์ สายทอง"], "tr": ["Elif Şahin", "Burak Çelik"],
    "ur": ["حنا عباسی", "سعد جاوید"], "zh": ["孙悦", "何俊杰"],
    "nor": ["Ingrid Solberg", "Henrik Aasen"], "isl": ["Katrín Magnúsdóttir", "Arnar Stefánsson"],
    "hrv": ["Petra Knežević", "Luka Horvat"], "srp": ["Jovana Pavlović", "Marko Đorđević"],
    "bul": ["Мария Иванова", "Николай Димитров"], "ukr": ["Юлія Мельник", "Андрій Шевчук"],
    "pol": ["Zofia Kamińska", "Jakub Lewandowski"], "lit": ["Eglė Jonaitytė", "Mantas Butkus"],
    "heb": ["נועה פרידמן", "יונתן שפירא"], "fas": ["زهرا حسینی", "امیر جعفری"],
}
GIVEN: dict[str, str] = {"Orla Nic Giolla": "Orla", "Andrea Browne-Lewis": "Andrea"}
PROVIDERS = ["skuamail", "puffinpost", "lochbox", "tidewire", "heronmail", "boxkite"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ork": ("+0000", "+0100", "eu"), "syl": ("+0000", "+0100", "eu"),
    "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "hr": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "gr": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "lt": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "nu": ("-0500", "-0400", "us"),
    "vc": ("-0400", None, ""), "mw": ("+0200", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "nu")
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
GMAIL = "On {gq}, {full} <{addr}> wrote:\n> "
QNOTE = "\n{sf} - ta for the mug of tea and the walk round. Referee sheet attached.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role} - after Thursday" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + "Subject: RE: {role} visit" + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Your Candidate Home: {role} (REQ-{ref})", "Hello {n},\n\nThe status of requisition REQ-{ref}, {role}, now reads: Inactive - Position Filled Externally.\n\nThose forms and that questionnaire ate hours of your evening, and we noticed. You may keep browsing {co} openings from Candidate Home.\n\nTalent Acquisition, {co}", ("Stennabreck Salmon Hatchery", "Lilongwe Turbine Servicing"), ("stennabreck", "lilongweturbine"), frm="{co} Candidate Home <noreply@{dom}>", role=("Hatchery Technician", "Field Service Engineer"), tz=("ork", "mw"))
mr("gh", "{co} - {role} update", "Hi {n},\n\nThe coding exercise and both calls with our platform folks are done. Having compared notes, the panel is progressing two other people for {role} rather than you.\n\nIt was close, and your parser write-up drew praise. Good hunting out there.\n\n{sig}\nRecruiting, {co}", ("Quirrelsoft", "Pellowbank Ledger"), ("quirrelsoft", "pellowbank"), role=("Backend Engineer", "Site Reliability Engineer"), tz=("usp", "nz"))
mr("lv", "About your application to {co}", "{n},\n\nA quick, honest note: the {role} opening at {co} went to someone else. Your profile would stay in our pipeline for eighteen months so a recruiter can reach you for a later opening; to be removed, reply FORGETME.\n\n- the {co} hiring team", ("Arrowroot Mill Kingstown", "Thanarat Rubber Gloves"), ("arrowrootmill", "thanaratgloves"), role=("Quality Officer", "Shift Chemist"), tz=("vc", "th"))
mr("sr", "{role} | Application outcome", "<html><body><p>Dear {n},</p><p>Thank you for applying to {co}.</p><table border='1'><tr><td>Position</td><td>{role}</td></tr><tr><td>Outcome</td><td>Not shortlisted - role filled</td></tr></table><p>Kind regards,<br>{co} Talent Team</p></body></html>", ("Kapitan Olive Press", "Nyika Tea Estates"), ("kapitanolive", "nyikatea"), frm="{co} Talent Team <careers@{dom}>", role=("Press Operator", "Factory Clerk"), tz=("gr", "mw"))
mr("ic", "Your {co} application ({ref})", "Dear {n},\n\n{role} calls for {x}. Your form shows none, so it stops here at screening.\n\nKind regards,\n{co} Recruitment", ("Iqaluit Sealift Logistics", "Hoy Sound Ferries"), ("iqsealift", "hoysound"), role=("Marine Loader", "Deckhand"), x=("a valid reach-truck certificate", "STCW basic safety training"), tz=("nu", "ork"))
mr("tl", "Requisition {ref} closed", "Dear {n},\n\n{co} has pulled the {role} requisition while next year's staffing plan is redrawn. Each application on it, including yours, is closed with no further action.\n\nWith thanks,\nHR Services, {co}", ("Gravesby Mutual Insurance", "Limbe Macadamia Growers"), ("gravesbymutual", "limbemacadamia"), role=("Claims Handler", "Orchard Supervisor"), tz=("uk", "mw"))
mr("wk", "{role} - after your trial shift", "Hi {n},\n\nCheers for Saturday - the regulars took to you. {role} went to somebody with more till and stock-take years behind them; sorry, it's not you on this go.\n\n{sig}\n{co}", ("Brinkhall Books", "Pyrgos Taverna Supplies"), ("brinkhallbooks", "pyrgossupplies"), role=("Bookseller", "Counter Assistant"), tz=("uk", "gr"))
mr("bb", "{co}: {role}", "Hello {n}, it's {sf} from {co}. We had a strong set of applicants for {role} and in the end offered the hours to an existing part-timer who asked for more shifts. Sorry the news is this flavour. Grateful for your time all the same.", ("Skelderay Knitwear", "Sawtooth Solar Fitters"), ("skelderayknit", "sawtoothsolar"), role=("Machine Knitter", "Solar Installer"), tz=("ork", "usm"))
mr("tt", "Application for {role} at {co}", "Dear {n},\n\nMany thank for your application. We check every applicant carefully and we regret, for {role} we cannot go on with you. Wishing you to find nice position quickly and much success.\n\nBest regards,\n{sig}\n{co}", ("Chanthaburi Orchid Export", "Lamphun Circuit Works"), ("chanorchid", "lamphuncircuit"), role=("Packing Lead", "Test Operator"), tz="th")
mr("pp", "Outcome of your application: {role}", "Dear {n},\n\nScoring of your {role} form is complete. The shortlisting line sat at {x} and you scored {y}; that falls short, so you are off the shortlist this round.\n\nWith thanks,\n{co} Recruitment Team", ("Harlowden Housing Association", "Qikiqtani Housing Services"), ("harlowdenha", "qikiqhousing"), role=("Tenancy Officer", "Maintenance Coordinator"), x=("24 of 36", "68%"), y=("19", "61%"), tz=("uk", "nu"))
mr("jz", "{role} position", "Hi {n},\n\nThe {role} job was tied to a client contract that {co} did not renew, so we have closed the posting and are not hiring for it. Your application closes with it.\n\nThanks,\n{sig}", ("Kestevan Call Solutions", "Bequia Water Taxi Co"), ("kestevancall", "bequiataxi"), role=("Team Leader", "Boat Captain"), tz=("za", "vc"))
mr("ab", "Next steps on {role}", "Hi {n},\n\nThree interviews and a panel - grateful you stayed the course. For {role} the team has landed on a no for your candidacy, and it was a hard call. Fifteen minutes of feedback is yours whenever you want it.\n\nBest,\n{sig}\n{co}", ("Brackenhowe Health Analytics", "Orvane Grid Storage"), ("brackenhowe", "orvanegrid"), role=("Product Manager", "Battery Systems Engineer"), tz=("use", "au"))
mr("sb", "Summer roster at {co}", "Hi {n},\n\nEvery {role} slot on this summer's {co} roster has been claimed by returning staff. With none left over, you won't get a place from us this year.\n\nCheers,\n{sig}", ("Skaramanga Island Cruises", "Mistwater Trout Lodge"), ("skaracruise", "mistwatertrout"), role=("Deck Steward", "Fishing Guide"), tz=("gr", "nz"))
mr("o1", "yer application", "Aye {n},\n\nThanks for coming in aboot the {role} job at {co}. Wir Magnus has given it tae a lass fae Sanday that's done the work afore, so it's no you this time. Keep an eye on the board at the shop.\n\nAll the best,\n{sig}", "Birsay Egg Packers", "birsayeggs", role="Egg Packer", tz="ork")
mr("o2", "YOUR APPLICATION - {role}", "Dear {n},\n\nGreetings from {co}. Kindly be advised that in respect of your application as {role}, you were unsuccessful in the final selection. May God bless your future endeavours abundantly.\n\nYours faithfully,\n{sig}\nAdministration Manager", "Mzuzu Coffee Growers Union", "mzuzucoffee", role=("ACCOUNTS ASSISTANT",), tz="mw")
mr("o3", "{role} job", "Salaam {n},\n\nWas good you came by the shop for the {role} chat. Bhai is taking his cousin's lad, he already knows all the Brick Lane suppliers, so the job is gone from us. Inshallah something good comes soon.\n\n{sig}\n{co}", "Surma Spice Importers", "surmaspice", role="Warehouse Assistant", tz="syl")
mr("o4", "Your application - {role}", "Morning {n},\n\nThanks for the interest in {role}. We went with somebody from Georgetown side who done the work before, so we cah take you on right now. Good luck, keep trying.\n\n{sig}\n{co}", "Owia Arrowroot Cooperative", "owiaarrowroot", role="Machine Minder", tz="vc")
mr("o5", "{role} - decision", "Hi {n},\n\nThank you for applying for {role} with {co}. Lots of folks in Rankin Inlet put in for this one and a different applicant got the nod. Your file is closed on our end. Take care.\n\n{sig}", "Kivalliq Northern Air", "kivalliqair", role="Ramp Agent", tz="nu")
mr("o6", "Application {role}", "Dear Khun {n},\n\nThank you for apply to {co}. All candidate are considered already and for {role} your profile is not matching what we need now. We are sorry and hope you success in the future.\n\nBest regards,\nHR Department", "Ayutthaya Durian Processing", "ayutdurian", role="Production Planner", tz="th")
mr("o7", "Regarding the {role} position", "Dear {n},\n\nMany thanks that you showed interest for our company. Unfortunately for {role} we decided for another person, he has more years with the Greek customs procedures. Your CV stays with us and maybe we speak again some day.\n\nWarm regards,\n{sig}\n{co}", "Piraeus Feta Exporters", "piraeusfeta", role="Export Coordinator", tz="gr")
mr("o8", "Your CV", "Hi {n}, ta for sending the CV for {role}. Position's gone - we filled it the same week. Best of luck, {sf} @ {co}", "Carrow Lane Car Sales", "carrowlanecars", role="Sales Executive", tz="uk")
mr("o9", "{role}, {co}", "Dear {n},\n\nShortlisting for {role} wrapped up yesterday. Over ninety people applied, and regrettably you weren't shortlisted for interview.\n\nKind regards,\n{sig}\n{co}", "Dunleary Solicitors LLP", "dunlearylaw", role="Legal Secretary", tz="ie")
mr("o10", "Thanks for applying, {n}", "Hey {n}, appreciate you putting in for {role} at {co}. We've picked someone else for this hire; your application stops. All the best out there!\n\n{sig}", "Prairie Pulse Cold Press", "prairiepulse", role="Juice Barista", tz="usc")
mr("o11", "{role} at {co}", "G'day {n},\n\nTa for the {role} application. Our pick's a shearer who's already done three seasons on the station, so nothing doing this year. Good luck.\n\n{sig}\n{co}", "Wandilla Merino Station", "wandillamerino", role="Station Hand", tz="au")
mr("o12", "Your application for {role}", "Kia ora {n},\n\nInterviews for {role} at {co} finished Friday; the role's been accepted by another applicant. We valued your time; best of luck.\n\nNgā mihi,\n{sig}", "Rangitoto Deer Velvet", "rangitotodeer", role="Farm Assistant", tz="nz")
mr("o13", "{role} application", "Dear {n},\n\nApplications for {role} at {co} were measured against the job requirements, and yours was unsuccessful. This mail closes our correspondence on the post.\n\nHR, {co}", "Franschhoek Ridge Wine Estate", "franschridge", role="Cellar Hand", tz="za")
mr("o14", "Re: {role}", "Hi {n},\n\nGood to talk {role} with you on Tuesday. We have decided to hire internally for this one - Jenna from the night desk is moving across. Your application is closed now, but thanks again for your time.\n\n{sig}\n{co}", "Gilchrist Overnight Laundry", "gilchristlaundry", role="Day Supervisor", tz="use")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role}", "Hi {n},\n\nA treat meeting you Thursday; your smolt-tank answer stuck with everyone. Sigrid has offered the post to Ruaridh, who ran the Eday site four seasons, starting March. Your name is on my spring list.\n\nWarm wishes,\n{sf}\n\n{OUT}", ("Stronsay Salmon Farm", "Kirkwall Sea Cage Ltd"), ("stronsaysalmon", "kirkwallcage"), role=("Farm Technician", "Cage Operative"), tz="ork")
mr("th2", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nSuch a pleasure having you at the estate, rain and all. Our directors have appointed Mr Chimwemwe Gondwe, who already supervises the Thyolo pluckers, as {role}. Please greet your family for us.\n\nRegards,\n{sf}\n\n{ORIG}", ("Thyolo Highlands Tea", "Mulanje Leaf Co"), ("thyololeaf", "mulanjeleaf"), role=("Field Supervisor", "Weighbridge Clerk"), tz="mw")
mr("th3", "RE: [EXT] Re: {role} - thanks", "Hi {n},\n\nWas a pleasure having you at the shop, hearing about your days at the cash-and-carry. My uncle has chosen Shamim, who has worked our Whitechapel counter for two years, for the {role} place. Give my salaam to your amma.\n\n{sf}\n\n{GM}", ("Moulvibazar Sweet Centre", "Sylhet Cash and Carry"), ("moulvisweet", "sylhetcash"), role=("Counter Manager", "Stock Controller"), tz="syl")
mr("th4", "RE: [EXT] Re: {role}", "Morning {n},\n\nNice having you by the factory asking sharp things about the starch dryers. Management pick Kelvin from Layou for {role}; he did that job in the old mill. Wishing you all the best with everything.\n\n{sf}\n\n{OUT}", ("Layou Valley Starch", "Mesopotamia Agro Processing"), ("layoustarch", "mesoagro"), role=("Dryer Operator", "Line Lead"), tz="vc")
mr("th5", "RE: [EXT] Re: {role} follow up", "Hi {n},\n\nGreat meeting you in Iqaluit, and your grandfather's carving stories stayed with us. The committee has selected Lucassie, who has led our print workshops since 2019, as {role}. Take care and say hello to Elisapee.\n\n{sf}\n\n{ORIG}", ("Qimmiktuq Inuit Art Cooperative", "Frobisher Print Studio"), ("qimmiktuqart", "frobisherprint"), role=("Studio Coordinator", "Gallery Assistant"), tz="nu")
mr("th6", "RE: [EXT] Re: {role} meeting", "Dear {n},\n\nVery thank you for visit our Rayong plant and for your kind gift of mango sticky rice for the team. Khun Somchai decide to give the {role} job to Khun Piyada who is working with the line since long time. We wish you every happiness.\n\n{sf}\n\n{GM}", ("Rayong Polymer Pellets", "Map Ta Phut Resin Works"), ("rayongpellet", "mtpresin"), role=("Process Engineer", "Lab Supervisor"), tz="th")
mr("th7", "RE: [EXT] Re: {role}", "Dear {n},\n\nWas very nice meeting you in Heraklion, your booking-desk ideas were fresh. Mr Manolakis finally chose Mrs Sofia from our Chania office for {role}. Kalo kalokairi to you!\n\n{sf}\n\n{OUT}", ("Minoan Coast Ferries", "Lefka Ori Coach Tours"), ("minoanferries", "lefkaoricoach"), role=("Booking Supervisor", "Tour Desk Officer"), tz="gr")
mr("th8", "RE: [EXT] Re: {role} catch-up", "Hi {n},\n\nThanks again for Tuesday - you were a delight across the table, and the crematorium grounds tour ran long because of all your questions. Our trustees appointed Gareth, our longstanding chapel attendant, to {role}. Wishing you a calm run-up to the new year.\n\n{sf}\n\n{GM}", ("Hollinsby Crematorium", "Westerby Memorial Park"), ("hollinsbycrem", "westerbymemorial"), role=("Grounds Supervisor", "Bereavement Officer"), tz=("uk", "ie"))

# ---- 8 clear refusals under long footers
FOOT = "\n\n*** {CO} JOBS CORNER ***\nFresh openings every Tuesday: search by shop, shift pattern or distance from home.\nSign up for 'The Shelf Edge', our monthly staff-stories letter, or text SHELFOFF to stop alerts.\nFollow us for open-day dates.\nThis mailbox is unattended; messages sent here are auto-deleted.\n{co} Ltd, registered office in {x}."
mr("ft1", "Your application for {role}", "Dear {n},\n\nThe {role} vacancy at {co} is now filled; your application did not succeed." + FOOT, ("Gildersome Wallpaper Store", "Patterncroft Wallcoverings"), ("gildersomewall", "patterncroft"), role="Store Assistant", x=("Leeds", "Hull"), tz="uk")
mr("ft2", "{role}: application outcome", "Hi {n}, {co} is passing on your {role} application. Thanks all the same." + FOOT, ("Tilebarn Flooring", "Oakvane Floors"), ("tilebarn", "oakvanefloors"), role="Flooring Adviser", x=("Derby", "Preston"), tz="uk")
mr("ft3", "{co} - {role}", "Dear {n},\n\nRegretfully, {co} will make you no offer for the {role} position this time round." + FOOT, ("Kettlewick Kitchen Shop", "Copperbrook Cookware"), ("kettlewick", "copperbrook"), role="Sales Associate", x=("Norwich", "Exeter"), tz="uk")
mr("ft4", "Update: {role}", "Hello {n},\n\nAnother candidate now holds the {role} post at {co}; your application is closed." + FOOT, ("Moorbright Lighting", "Lumenhurst Lamps"), ("moorbright", "lumenhurst"), role="Showroom Assistant", x=("Carlisle", "Swindon"), tz="uk")

# ---- 9 hedged refusals
mr("hd1", "{role} - thank you", "Hi {n},\n\nKind of you to spend an afternoon here. A couple of applicants had run wet-lab quality systems for longer, which lines up with where the lab sits just now, and we've gone ahead with one of those two.\n\nBest,\n{sig}\n{co}", ("Selkiebrae Diagnostics", "Brodgar Biotech"), ("selkiebraediag", "brodgarbio"), role="QA Analyst", tz="ork")
mr("hd2", "Your {role} application", "Dear {n},\n\nWe've had the chance to talk to everyone now. In the end the partners went another way for {role}, towards someone whose audit background matched our client list a little more closely.\n\nWarm regards,\n{sig}\n{co}", ("Fennimore Accountants", "Threlbarrow & Cosh Accountants"), ("fennimoreacc", "threlbarrowcosh"), role="Audit Semi-Senior", tz=("uk", "ie"))
mr("hd3", "{role} at {co}", "Hi {n}, thank you for meeting the crew. Other divers in the group logged more hours on commercial hull work, which this contract wants, so we continue with them.\n\nRegards,\n{sig}", ("Kalymnos Hull Services", "Aegina Underwater Works"), ("kalymnoshull", "aeginauw"), role="Commercial Diver", tz="gr")
mr("hd4", "About {role}", "Good day {n},\n\nOur thanks. Other candidates sat closer to the {role} profile at {co}, with more experience in tobacco-free crop extension work, and have moved ahead with them.\n\nRegards,\n{sig}", ("Kasungu Legume Project", "Dedza Soya Outgrowers"), ("kasungulegume", "dedzasoya"), role="Extension Officer", tz="mw")
mr("hd5", "{role} role", "Hi {n},\n\nThanks for speaking with us. Our client found the other finalists better aligned with the hospital's EHR migration and is going ahead with them. Appreciate your patience throughout.\n\n{sig}\n{co}", "Bluewillow Health Search", "bluewillowsearch", role="Clinical Informatics Lead", tz="usc")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up - {role}", "Hi {n},\n\nGood talking on the phone yesterday. The client's filled {role} from inside, but a {x} opening lands in January and you'd be spot on for it. Fancy a chat on Thursday?\n\n{sig}\n{co}", "Skerrymoor Recruitment", "skerrymoorrec", role="Operations Manager", x="Shift Manager", tz="ork")
mr("rc2", "{role} - outcome and a new one", "Hi {n}, quick update: the {role} job went to another candidate. Separately, a {x} post came in this morning with the same company, 20 minutes closer to you. OK to forward your CV?\n\n{sig}, {co}", "Lilongwe Talent Partners", "lltalent", role="Finance Manager", x="Senior Accountant", tz="mw")
mr("rc3", "After our call", "Hi {n},\n\nGood to speak earlier. The hospital isn't taking you forward for {role} - they chose someone with night-shift lead experience - but there is a {x} vacancy I can submit you for today if you're keen.\n\n{sig}\n{co}", "Tamesworth Medical Staffing", "tamesworthmed", role="Ward Manager", x="Deputy Ward Sister", tz="uk")
mr("rc4", "{role} update + another idea", "Hey {n}, the client passed on your profile for {role}; they wanted someone with Kubernetes on-call. On the upside, their sister team needs a {x} and I reckon you'd fly through it. Let me know?\n\n{sig}\n{co}", "Pivotline Tech Talent", "pivotline", role="Platform Engineer", x="Build Engineer", tz="usp")
mr("rc5", "Re: {role}", "Hi {n},\n\nI heard back: the owners are passing on you for {role}. They do have a {x} spot at their Kingstown branch though, same money, and they're keen to know if you'd look at it. Call me when you can.\n\n{sig}\n{co}", "Windward Careers Agency", "windwardcareers", role="Branch Supervisor", x="Customer Service Lead", tz="vc")
mr("rc6", "{role} feedback", "Hi {n},\n\nThanks for the call today. The firm has decided on another candidate for {role}. A {x} opening would suit you well though, with a freight client in Johannesburg. Shall we set up a quick call for Monday?\n\n{sig}\n{co}", "Kloofmere Recruitment", "kloofmere", role="Logistics Planner", x="Transport Controller", tz="za")
mr("rc7", "Bangkok role update", "Dear {n},\n\nThanks for phone interview yesterday. Client has selected other candidate for {role}. However, I have one more position {x} at a hotel group in Pattaya which I think suit you very much. Are you interested?\n\n{sig}\n{co}", "Siam Bridge Recruitment", "siambridgerec", role="Front Office Manager", x="Guest Relations Manager", tz="th")

# ---- 8 public-sector notices
mr("ps1", "Notice of Results - {role} - Announcement {ref}", "Dear {n},\n\nRating for {role}: eligible and qualified. Candidates in a higher category filled the referral certificate, so the selecting official will not see your name.\n\nHuman Resources Office\n{co}", ("Nunavut Department of Community Services", "County of Belmarsh Human Resources"), ("nucommunity", "belmarshcounty"), frm="{co} <hr-notices@{dom}>", role=("Municipal Planner", "Records Clerk"), tz=("nu", "usc"))
mr("ps2", "Application {ref}: eligibility", "Dear {n},\n\nYour {role} application lacks {x}, which is an eligibility requirement. It is therefore rejected at screening.\n\nRecruitment Section\n{co}", ("Ministry of Lands, Lilongwe", "St Vincent Public Service Commission"), ("mwlands", "svgpsc"), frm="{co} <recruitment@{dom}>", role=("Land Surveyor", "Customs Clerk"), x=("a Malawi Surveyors Institute registration", "five CSEC passes including Mathematics"), tz=("mw", "vc"))
mr("ps3", "Cancellation of competition: {role}", "Dear {n},\n\nThe {role} competition is cancelled after {x} came under review. No post will be filled from it. Your application is closed too.\n\n{co}", ("Orkney Islands Council", "Dunmanway County Council"), ("orkcouncil", "dunmanwaycc"), frm="{co} HR <jobs@{dom}>", role=("Harbour Assistant", "Library Assistant"), x=("the harbours budget", "library hours"), tz=("ork", "ie"))
mr("ps4", "Written examination result - {role}", "Dear {n},\n\n{role} written examination: your mark {x}, pass mark {y}. You are therefore left off this competition's eligible list.\n\nExaminations Unit\n{co}", ("Hellenic Regional Authority Attica", "Northern Territory Public Sector"), ("atticaregion", "ntpublic"), frm="{co} <exams@{dom}>", role=("Administrative Officer", "Field Officer"), x=("54/100", "47 of 80"), y=("60/100", "52"), tz=("gr", "au"))

# ---- 6 bare ATS status updates
mr("st1", "Status change for your application", "Application {ref} - {role}\nCurrent status: Not considered further\n\n{co} Careers", ("Wendleholt Careers", "Wendleholt Careers"), ("wendleholt", "wendleholt"), frm="Wendleholt Careers <noreply@{dom}>", role=("Warehouse Operative", "Picker Packer"), tz=("uk", "za"))
mr("st2", "Application status", "<html><body><p>Hello {n},</p><p>Update on <b>{role}</b>.</p><p>Status: <b>Not progressing</b></p><p>{co}</p></body></html>", ("Quendlow Jobs", "Quendlow Jobs"), ("quendlowjobs", "quendlowjobs"), frm="Quendlow Jobs <status@{dom}>", role=("Barista", "Kitchen Porter"), tz=("au", "nz"))
mr("st3", "{role}: your application", "Hi {n}, your application to {role} (#{ref}) is no longer active; closed by the hiring team. - {co}", ("Marrowvane Hire", "Marrowvane Hire"), ("marrowvanehire", "marrowvanehire"), frm="Marrowvane Hire <alerts@{dom}>", role=("Delivery Driver", "Van Driver"), tz=("use", "usm"))

# ---- 6 internship / graduate decisions
mr("in1", "{x} - your application", "Dear {n},\n\nThe {x} drew a record field. No place in the coming cohort is being offered to you; try again next autumn if you'd like.\n\nEarly Careers Team\n{co}", ("Hexwell Water Utilities", "Caldervale Rail Engineering"), ("hexwellwater", "caldervalerail"), x=("2026 Graduate Engineering Programme", "Rail Systems Graduate Scheme"), tz="uk")
mr("in2", "{x}: decision", "Hi {n},\n\nWe read every {x} submission; yours won't advance to the summer cohort. All the best for the term ahead.\n\n{co} University Programs", ("Larchpoint Software", "Meridale Biosciences"), ("larchpoint", "meridalebio"), x=("Summer Software Internship", "Summer Research Internship"), tz=("usp", "use"))
mr("in3", "Your application: {x}", "Dear {n},\n\nAssessment for the {x} with {co} is complete, and regretfully no placement is being offered to you. Good luck securing one elsewhere.\n\nStudent Programmes", ("Tarnbrook Aerospace", "Kilnsey Pharmaceuticals"), ("tarnbrookaero", "kilnseypharma"), x=("Industrial Placement Year", "Sandwich Placement"), tz=("uk", "ie"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application received: {role} (REQ-{ref})", "Hello {n},\n\nWe have your application for {role}. Candidate Home tracks it; later on the status could change to 'Interview Scheduled' or 'Inactive - Position Filled Externally'.\n\nTalent Acquisition, {co}", ("Stennabreck Salmon Hatchery", "Lilongwe Turbine Servicing"), ("stennabreck", "lilongweturbine"), frm="{co} Candidate Home <noreply@{dom}>", role=("Hatchery Operative", "Wind Technician"), tz=("ork", "mw"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nA real recruiter queues up your {role} application. A no, if that's how it ends, arrives by email - zero guessing games.\n\n{co} Recruiting", ("Quirrelsoft", "Pellowbank Ledger"), ("quirrelsoft", "pellowbank"), role=("Frontend Engineer", "Data Engineer"), tz=("usp", "nz"))
mo("application_received", "lv", "{co}: we got your application", "{n}, your {role} application landed. Whatever the outcome of this opening, we keep your profile for eighteen months for later roles (reply FORGETME to opt out).\n\n- {co} hiring team", ("Arrowroot Mill Kingstown", "Thanarat Rubber Gloves"), ("arrowrootmill", "thanaratgloves"), role=("Lab Assistant", "Maintenance Fitter"), tz=("vc", "th"))
mo("application_received", "sr", "Application confirmation: {role}", "<html><body><p>Dear {n},</p><p>Your application is in.</p><table border='1'><tr><td>Position</td><td>{role}</td></tr><tr><td>Possible next statuses</td><td>Interview / Not shortlisted</td></tr></table><p>{co} Talent Team</p></body></html>", ("Kapitan Olive Press", "Nyika Tea Estates"), ("kapitanolive", "nyikatea"), frm="{co} Talent Team <careers@{dom}>", role=("Bottling Operator", "Estate Driver"), tz=("gr", "mw"))
mo("application_received", "ic", "We received your application ({ref})", "Dear {n},\n\n{role} form received. Check it shows {x}: forms missing one get screened out ahead of interviews.\n\n{co} Recruitment", ("Iqaluit Sealift Logistics", "Hoy Sound Ferries"), ("iqsealift", "hoysound"), role=("Yard Loader", "Ferry Steward"), x=("a reach-truck certificate", "STCW basic safety training"), tz=("nu", "ork"))
mo("application_received", "tl", "Requisition {ref}: application logged", "Dear {n},\n\n{role}: application logged. Please note that {co} is reviewing next year's staffing plan; if the requisition is withdrawn, every application to it will be closed and you will be told.\n\nHR Services", ("Gravesby Mutual Insurance", "Limbe Macadamia Growers"), ("gravesbymutual", "limbemacadamia"), role=("Underwriting Assistant", "Nursery Supervisor"), tz=("uk", "mw"))
mo("application_received", "wk", "Got your application - {co}", "Hi {n}, got your {role} form. A paid trial shift comes next; skipped for a trial? A message still comes, promise.\n\n{sig}", ("Brinkhall Books", "Pyrgos Taverna Supplies"), ("brinkhallbooks", "pyrgossupplies"), role=("Weekend Bookseller", "Delivery Helper"), tz=("uk", "gr"))
mo("application_received", "bb", "{co}: application received", "Hello {n}, {sf} here from {co}. Got your form for {role}. Heads up: any part-timer wanting the extra hours gets first dibs - you'll hear from me whichever way it lands.", ("Skelderay Knitwear", "Sawtooth Solar Fitters"), ("skelderayknit", "sawtoothsolar"), role=("Finisher", "Roofer's Mate"), tz=("ork", "usm"))
mo("application_received", "tt", "Thank you for application - {co}", "Dear {n},\n\nWe got your {role} application already. Team check every applicant. If you are not choose this time, profile keep in our database for another chance.\n\nBest regards,\n{co}", ("Chanthaburi Orchid Export", "Lamphun Circuit Works"), ("chanorchid", "lamphuncircuit"), role=("Grading Assistant", "SMT Operator"), tz="th")
mo("application_received", "pp", "Application acknowledged: {role}", "Dear {n},\n\nYour {role} form is in. Forms get scored on the criteria, and anybody below the shortlisting line is emailed within three weeks of closing.\n\n{co} Recruitment", ("Harlowden Housing Association", "Qikiqtani Housing Services"), ("harlowdenha", "qikiqhousing"), role=("Income Officer", "Housing Clerk"), tz=("uk", "nu"))
mo("application_received", "jz", "Application for {role}", "Hi {n},\n\nGot it, ta. Worth knowing: {role} hangs on a client contract renewing in spring; should that lapse, the posting shuts. Fingers crossed!\n\n{sig}", ("Kestevan Call Solutions", "Bequia Water Taxi Co"), ("kestevancall", "bequiataxi"), role=("Inbound Agent", "Deck Hand"), tz=("za", "vc"))
mo("application_received", "ab", "Application received - {co}", "Hi {n},\n\n{role} application received. Process: screen, take-home, panel. We report back at every stage, a stop included.\n\n{co} Talent", ("Brackenhowe Health Analytics", "Orvane Grid Storage"), ("brackenhowe", "orvanegrid"), role=("Data Scientist", "Controls Engineer"), tz=("use", "au"))
mo("application_received", "sb", "{co} summer roster - application in", "Hi {n}, the summer {role} roster has your name. Returning crew pick first; should they fill it, a mail follows, otherwise an interview slot does.\n\n{sig}", ("Skaramanga Island Cruises", "Mistwater Trout Lodge"), ("skaracruise", "mistwatertrout"), role=("Cabin Steward", "Lodge Host"), tz=("gr", "nz"))
mo("application_received", "ft", "Thanks for applying to {co}", "Dear {n},\n\nYour {role} application has reached us. Three silent weeks past closing day = unsuccessful on this round." + FOOT, ("Gildersome Wallpaper Store", "Tilebarn Flooring"), ("gildersomewall", "tilebarn"), role="Store Assistant", x=("Leeds", "Derby"), tz="uk")
mo("application_received", "hd", "Application received", "Hi {n},\n\nYour {role} application is here. Once the advert shuts we weigh everyone up; should others edge it, the news comes straight from my own keyboard.\n\n{sig}\n{co}", ("Selkiebrae Diagnostics", "Fennimore Accountants"), ("selkiebraediag", "fennimoreacc"), role=("Lab Technician", "Payroll Assistant"), tz=("ork", "uk"))
mo("application_received", "hd2", "Your application", "Good day {n},\n\nKindly note we have acknowledged your application as {role} at {co}. Shortlisted persons alone shall be contacted; kindly take a month of silence as unsuccessful.\n\nRegards,\n{sig}", ("Kasungu Legume Project", "Mzuzu Coffee Growers Union"), ("kasungulegume", "mzuzucoffee"), role=("Field Assistant", "Stores Clerk"), tz="mw")
mo("application_received", "rc", "Thanks for your CV", "Hi {n},\n\nCV for {role} received with thanks. This week the client gets it. Should they pass, it stays on my desk for lookalike roles - either answer comes from me directly.\n\n{sig}\n{co}", ("Skerrymoor Recruitment", "Kloofmere Recruitment"), ("skerrymoorrec", "kloofmere"), role=("Site Manager", "Fleet Planner"), tz=("ork", "za"))
mo("application_received", "ps1", "Application received - Announcement {ref}", "Dear {n},\n\nWe have your {role} application. Once reviewed, you'll get a notice stating whether you were put forward to the selecting official or held back from referral.\n\nHuman Resources Office, {co}", ("Nunavut Department of Community Services", "County of Belmarsh Human Resources"), ("nucommunity", "belmarshcounty"), frm="{co} <hr-notices@{dom}>", role=("By-law Officer", "Permit Technician"), tz=("nu", "usc"))
mo("application_received", "ps2", "Acknowledgement: {role}", "Dear {n},\n\nYour {role} application is acknowledged. Ineligible ones get rejected at screening; the eligible go on to a written test.\n\n{co}", ("Ministry of Lands, Lilongwe", "St Vincent Public Service Commission"), ("mwlands", "svgpsc"), frm="{co} <recruitment@{dom}>", role=("Draughtsman", "Revenue Officer"), tz=("mw", "vc"))
mo("application_received", "ps3", "{co}: application received", "Dear {n},\n\nThank you for applying for {role}. Please note the council may cancel a competition following a budget review; should that happen, all candidates will be told in writing.\n\n{co} HR", ("Orkney Islands Council", "Dunmanway County Council"), ("orkcouncil", "dunmanwaycc"), frm="{co} HR <jobs@{dom}>", role=("Ranger", "Clerical Officer"), tz=("ork", "ie"))
mo("application_received", "st", "Application submitted", "Application {ref} - {role}\nStatus: Submitted\nStatuses that may follow: Interview / No longer under consideration.\n\n{co}", ("Wendleholt Careers", "Marrowvane Hire"), ("wendleholt", "marrowvanehire"), frm="{co} <noreply@{dom}>", role=("Forklift Driver", "Courier"), tz=("uk", "use"))
mo("application_received", "in", "Application received: {x}", "Dear {n},\n\nYour {x} application is logged. Online tests follow in a fortnight. Place or no place, the result reaches you before April.\n\nEarly Careers Team, {co}", ("Hexwell Water Utilities", "Tarnbrook Aerospace"), ("hexwellwater", "tarnbrookaero"), x=("Graduate Engineering Programme", "Industrial Placement Year"), tz="uk")
mo("application_received", "o3", "application", "Salaam {n}, got your CV for the {role} job, thank you. Bhai decides after Eid. Even if he pick someone else, we tell you, no worry.\n\n{sig}", ("Surma Spice Importers", "Moulvibazar Sweet Centre"), ("surmaspice", "moulvisweet"), role=("Driver", "Sweet Maker"), tz="syl")
mo("application_received", "o4", "Got your application", "Morning {n}, we get your application for {role}. Yes or no, we go phone you back. Bless.\n\n{sig}\n{co}", ("Owia Arrowroot Cooperative", "Layou Valley Starch"), ("owiaarrowroot", "layoustarch"), role=("Packer", "Yard Hand"), tz="vc")
mo("application_received", "o5", "Application received - {co}", "Hi {n},\n\n{co} got your {role} application. We reach out only to folks picked for interview; four quiet weeks means the spot got filled. Take care.\n\n{sig}", ("Kivalliq Northern Air", "Qimmiktuq Inuit Art Cooperative"), ("kivalliqair", "qimmiktuqart"), role=("Cargo Agent", "Shop Assistant"), tz="nu")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invitation - {role}", "Dear {n},\n\nCould you come in about {role} on {dl}, half ten? Unfortunately tarmac crews have the front yard that week; come by the side gate off the harbour road.\n\n{sig}\n{co}", ("Stennabreck Salmon Hatchery", "Hoy Sound Ferries"), ("stennabreck", "hoysound"), role=("Hatchery Technician", "Deckhand"), tz="ork")
mo("interview", "i2", "Interview: {role}", "Hi {n},\n\nCan you do a video interview on {dl}? Sadly our scheduling tool insists on UTC, so convert before you join. It's 45 minutes with two engineers.\n\n{sig}\n{co}", ("Quirrelsoft", "Brackenhowe Health Analytics"), ("quirrelsoft", "brackenhowe"), role=("Backend Engineer", "Product Manager"), tz=("usp", "use"))
mo("interview", "i3", "Invitation to interview", "Dear {n},\n\nKindly attend interview for {role} on {dl} at 9 am at our Limbe office. Regrettably we cannot refund transport, but tea will be served.\n\nRegards,\n{sig}\n{co}", ("Limbe Macadamia Growers", "Nyika Tea Estates"), ("limbemacadamia", "nyikatea"), role=("Orchard Supervisor", "Factory Clerk"), tz="mw")
mo("interview", "i4", "Interview {role}", "Dear {n},\n\nWe are please to invite you for interview {role} on {dl} 14.00. Sorry, the lift in building B is not working, please use stairs, third floor.\n\nRegards,\n{co}", ("Lamphun Circuit Works", "Chanthaburi Orchid Export"), ("lamphuncircuit", "chanorchid"), role=("Test Operator", "Packing Lead"), tz="th")
mo("interview", "i5", "Shortlisted - {role}", "Dear {n},\n\nYou have been shortlisted for {role}. Interviews are on {dl}. I'm afraid visitors can't park at the office; the nearest bus stop is two minutes away.\n\n{co} Recruitment Team", ("Harlowden Housing Association", "Qikiqtani Housing Services"), ("harlowdenha", "qikiqhousing"), role=("Tenancy Officer", "Maintenance Coordinator"), tz=("uk", "nu"))
mo("interview", "i6", "RE: [EXT] Re: {role} - second meeting", "Hi {n},\n\nA pleasure meeting you last week. Would {dl} suit for a second meeting with our chair? Unfortunately the chapel is booked, so the lodge it is.\n\n{sf}\n\n{OUT}", ("Hollinsby Crematorium", "Westerby Memorial Park"), ("hollinsbycrem", "westerbymemorial"), role=("Grounds Supervisor", "Bereavement Officer"), tz=("uk", "ie"))
mo("interview", "i7", "Interview - {co}", "Hi {n},\n\nWe'd love to chat about {role}. Are you free {dl} around 2? Bad news, the portacabin heater's packed in, wrap up.\n\n{sig}", ("Skelderay Knitwear", "Sawtooth Solar Fitters"), ("skelderayknit", "sawtoothsolar"), role=("Machine Knitter", "Solar Installer"), tz=("ork", "usm"))
mo("interview", "i8", "Interview invitation", "Dear {n},\n\nPlease come for interview for {role}, {dl}. Unfortunately the ferries run a new timetable that week - check crossings before travelling.\n\n{sig}\n{co}", ("Minoan Coast Ferries", "Skaramanga Island Cruises"), ("minoanferries", "skaracruise"), role=("Booking Supervisor", "Deck Steward"), tz="gr")
mo("next_steps", "n1", "Next step: online assessment for {role}", "Hi {n},\n\nThe {role} online assessment closes {dl}. Sadly once started it runs straight through; keep 50 minutes free.\n\n{co} Talent", ("Orvane Grid Storage", "Pellowbank Ledger"), ("orvanegrid", "pellowbank"), role=("Battery Systems Engineer", "Site Reliability Engineer"), tz=("au", "nz"))
mo("next_steps", "n2", "Documents needed by {dl}", "Dear {n},\n\nFor {role} we need {x} scanned by {dl}. Unfortunately tilted phone photos get bounced; scan it flat.\n\n{co} Recruitment", ("Iqaluit Sealift Logistics", "Hoy Sound Ferries"), ("iqsealift", "hoysound"), role=("Marine Loader", "Deckhand"), x=("your reach-truck certificate", "your STCW certificate"), tz=("nu", "ork"))
mo("next_steps", "n3", "Reference forms - {role}", "Dear {n},\n\nPlease ask two referees to return the attached forms by {dl}. Regrettably relatives are barred as referees.\n\nRegards,\n{sig}\n{co}", ("Gravesby Mutual Insurance", "Dunleary Solicitors LLP"), ("gravesbymutual", "dunlearylaw"), role=("Claims Handler", "Legal Secretary"), tz=("uk", "ie"))
mo("next_steps", "n4", "Written test - {role}", "Dear {n},\n\nYou are invited to sit the written test for {role} on {dl}. Unfortunately programmable calculators are banned from the hall. Bring your national ID.\n\n{co}", ("Ministry of Lands, Lilongwe", "St Vincent Public Service Commission"), ("mwlands", "svgpsc"), frm="{co} <recruitment@{dom}>", role=("Land Surveyor", "Customs Clerk"), tz=("mw", "vc"))
mo("next_steps", "n5", "Trial shift booking", "Hi {n}, can you pick a trial shift slot for {role} by {dl}? No rush, but sadly the weekend ones are gone.\n\n{sig}\n{co}", ("Brinkhall Books", "Pyrgos Taverna Supplies"), ("brinkhallbooks", "pyrgossupplies"), role=("Bookseller", "Counter Assistant"), tz=("uk", "gr"))
mo("next_steps", "n6", "Video task - {x}", "Hi {n},\n\nNext stage of the {x}: record a two-minute video answer by {dl}. Unfortunately uploads over 100 MB fail, so keep it short.\n\n{co} University Programs", ("Larchpoint Software", "Meridale Biosciences"), ("larchpoint", "meridalebio"), x=("Summer Software Internship", "Summer Research Internship"), tz=("usp", "use"))
mo("offer", "f1", "Offer of employment - {role}", "Dear {n},\n\nDelighted news: the board appoints you {role}, starting {dl}. Unfortunately the staff houses are all occupied, so a list of rentals nearby is attached.\n\nWarm regards,\n{sig}\n{co}", ("Thyolo Highlands Tea", "Kivalliq Northern Air"), ("thyololeaf", "kivalliqair"), role=("Field Supervisor", "Ramp Agent"), tz=("mw", "nu"))
mo("offer", "f2", "RE: [EXT] Re: {role} - offer", "Hi {n},\n\nGood news: say the word and {role} is yours. I'm afraid your laptop won't arrive until your second week, so day one is induction and safety walks. Start date {dl}.\n\n{sf}\n\n{GM}", ("Rayong Polymer Pellets", "Qimmiktuq Inuit Art Cooperative"), ("rayongpellet", "qimmiktuqart"), role=("Process Engineer", "Studio Coordinator"), tz=("th", "nu"))
mo("offer", "f3", "Your offer - {co}", "Hi {n},\n\nYou got it! Start as {role} on {dl}? Sadly the uniform supplier is running late, so wear dark clothes for the first week.\n\n{sig}", ("Wandilla Merino Station", "Rangitoto Deer Velvet"), ("wandillamerino", "rangitotodeer"), role=("Station Hand", "Farm Assistant"), tz=("au", "nz"))
mo("offer", "f4", "Offer letter", "Dear {n},\n\nPlease find attached your offer for {role} at {co}, starting {dl}. Regrettably the canteen shuts for a refit that month.\n\nKind regards,\n{sig}", "Franschhoek Ridge Wine Estate", "franschridge", role="Cellar Hand", tz="za")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "w1", "Application withdrawn", "Application {ref} - {role}\nStatus: Withdrawn by candidate\nFeel free to reapply later.\n\n{co}", ("Wendleholt Careers", "Wendleholt Careers"), ("wendleholt", "wendleholt"), frm="Wendleholt Careers <noreply@{dom}>", role=("Night Picker", "Loader"), tz=("uk", "za"))
mo("other_job", "w2", "Requisition on hold", "<html><body><p>Hello {n},</p><p>The <b>{role}</b> requisition is paused till next financial year; your application remains live.</p><p>{co}</p></body></html>", ("Quendlow Jobs", "Quendlow Jobs"), ("quendlowjobs", "quendlowjobs"), frm="Quendlow Jobs <status@{dom}>", role=("Barista", "Cook"), tz=("au", "nz"))
mo("other_job", "w3", "Interview moved", "Hi {n},\n\nYour interview for {role} falls on Heroes Day, so it shifts to the next working day, same hour.\n\n{sig}\n{co}", "Bequia Water Taxi Co", "bequiataxi", role="Boat Captain", tz="vc")
mo("job_alert", "a1", "3 new jobs near you - {co}", "Hi {n},\n\nNew this week: Store Assistant (Leeds), Showroom Assistant (Hull), Weekend Cashier (Derby). Apply in two minutes." + FOOT, ("Gildersome Wallpaper Store", "Gildersome Wallpaper Store", "Gildersome Wallpaper Store"), "gildersomewall", x="Leeds", tz="uk")
mo("recruiter_outreach", "r1", "Opportunity: {role}", "Hi {n},\n\nA Blantyre bottling plant wants a {role} and your background looks right to me. Free to natter by phone one evening?\n\n{sig}\n{co}", "Lilongwe Talent Partners", "lltalent", role="Production Manager", tz="mw")
mo("recruiter_outreach", "r2", "{role} - Athens", "Dear {n},\n\nI'm recruiting a {role} for a logistics firm in Athens, hybrid, good package. Your background looks very suitable. Shall I send details?\n\n{sig}\n{co}", "Acropolis Talent Search", "acropolistalent", role="Warehouse Operations Lead", tz="gr")
mo("non_job_rejection_words", "j1", "Your loan application", "Dear {n},\n\nYour {x} application has been assessed. Unfortunately it falls outside our lending criteria and has been declined.\n\n{co} Lending Team", ("Kirkbay Credit Union", "Kirkbay Credit Union"), ("kirkbaycu", "kirkbaycu"), x=("boat engine loan", "caravan loan"), tz="ork")
mo("non_job_rejection_words", "j2", "Allotment plot waiting list", "Dear {n},\n\nEvery plot at {x} is let this season, so we regret there's none for you; the waiting list keeps your name.\n\n{co}", ("Harlowden Allotment Society", "Harlowden Allotment Society"), ("harlowdenallot", "harlowdenallot"), x=("Mill Lane", "Brookside"), tz="uk")
mo("non_job_rejection_words", "j3", "Ballot result", "Hi {n},\n\nThe Kirkwall Ba' viewing stand ballot is drawn. Sadly your name did not come out this year.\n\n{co}", "Kirkwall Ba' Committee", "kirkwallba", tz="ork")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"Vantlebury{ch}"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig}, {co} (via " + via(ch) + ") <{sl}@{dom}>"
    full_dom = f"{dom}.{via(ch).lower()}"
    tail = f"\n\n-- passed on by {via(ch)} · {trade} listings --"
    wr("en-" + fam, rej[0], rej[1] + tail, co, full_dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], "en-" + fam + "-" + KIND_CODE[twin[0]], twin[1], twin[2] + tail, co, full_dom, frm=frm, tz=tz)


pair("a", "Gale", "sealskinpiping", "Nanook Sealskin Piping", "nanookpiping", "nu", ("Sealskin piping apprentice", "Hi {n},\nYour note about learning sealskinpiping reached us with us. Both places went to sewers from Pangnirtung; this winter we have none left to give you.\n{sf}"), ("application_received", "Sealskin piping - got it", "Hi {n},\nWe have your note about sealskinpiping. A yes or a no follows once the elders have met, before Christmas whichever.\n{sf}"))
pair("b", "Squall", "snowgogglecarving", "Tasiujaq Goggle Works", "tasiujaqgoggle", "nu", ("Goggle carver post", "Hello {n},\nThe snowgogglecarving bench has been filled by a carver from Clyde River. Thank you for the sketches you sent.\n{sf}"), ("interview", "Come and meet us", "Hello {n},\nCould you visit the snowgogglecarving bench on {dl}? Sadly the workshop road is icy, so the truck will pick you up.\n{sf}"))
pair("c", "Drizzle", "ulupolishing", "Arviat Ulu Finishers", "arviatulu", "nu", ("Ulu finishing job", "Dear {n},\nAnother applicant was picked for ulupolishing, so your application is closed.\n{sf}"), ("next_steps", "Send a finished blade", "Dear {n},\nFor the ulupolishing job, please post one finished blade to us by {dl}. Unfortunately postage is on you.\n{sf}"))
pair("d", "Sleet", "qamutiktying", "Igloolik Sled Lashers", "igloolikqamutik", "nu", ("Qamutik lashing", "Hi {n}, the qamutiktying crew for the season is complete; you're left out this year. Thank you.\n{sf}"), ("offer", "Qamutik crew - welcome", "Hi {n}, you're on the qamutiktying crew from {dl}. Sadly the heated shed is small, so dress warm.\n{sf}"))
pair("e", "Haar", "kayakribsteaming", "Deerness Kayak Frames", "deernessframes", "ork", ("Rib steamer vacancy", "Hello {n},\nThanks for your interest in kayakribsteaming. A Westray boatbuilder has the job, which ends your application here.\n{sf}"), ("application_received", "Rib steamer - application logged", "Hello {n},\nKayakribsteaming application logged. A no would reach you too - nobody sits waiting.\n{sf}"))
pair("f", "Mizzle", "soapstonefiling", "Kinngait Stone Finishers", "kinngaitstone", "nu", ("Soapstone finisher", "Dear {n},\nSoapstonefiling is filled now; regretfully you were unsuccessful.\n{sf}"), ("interview", "Visit on {dl}", "Dear {n},\nPlease come to talk about soapstonefiling on {dl}. Unfortunately the dust extractor's broken that week, so bring a mask.\n{sf}"))
pair("g", "Flurry", "drumframelacing", "Kugluktuk Drum Makers", "kugluktukdrum", "nu", ("Drum frame lacer", "Hi {n},\nAnother lacer got the drumframelacing role, leaving no offer for you.\n{sf}"), ("next_steps", "Sample lacing", "Hi {n},\nA photo of a laced frame for drumframelacing, by {dl}, please. Sadly we can't judge blurry shots.\n{sf}"))
pair("h", "Gust", "tartancrimping", "Halkirk Tartan Finishing", "halkirktartan", "uk", ("Tartan crimping post", "Dear {n},\nYour tartancrimping application stops here; we have chosen elsewhere.\n{sf}"), ("offer", "Crimping post offer", "Dear {n},\nThe tartancrimping post is yours from {dl}. Unfortunately the car park is full on Mondays.\n{sf}"))
pair("i", "Zephyr", "ledgerruling", "Cranleigh Ledger Rulers", "cranleighledger", "uk", ("Ruling bench", "Hello {n},\nA printer with more ruling-machine hours takes the ledgerruling bench, so you go no further.\n{sf}"), ("application_received", "Ruling bench - received", "Hello {n},\nYour ledgerruling application is here. Everyone gets a written answer inside two weeks, good or bad.\n{sf}"))
pair("j", "Breeze", "shovelhafting", "Ballybrack Shovel Co", "ballybrackshovel", "ie", ("Hafting job", "Hi {n},\nShovelhafting job's filled; it went to a lad from Bray.\n{sf}"), ("interview", "Chat about hafting", "Hi {n},\nFree on {dl} to talk shovelhafting? Sorry, the yard gate sticks - push hard.\n{sf}"))
pair("k", "Thaw", "bellclappering", "Whitchurch Bell Fitters", "whitchurchbell", "uk", ("Clapper fitter", "Dear {n},\nRegrettably the bellclappering post went to another candidate.\n{sf}"), ("next_steps", "Tower safety form", "Dear {n},\nFor bellclappering work please return the tower safety form by {dl}. Unfortunately we can't take photocopies.\n{sf}"))
pair("l", "Frost", "tilletching", "Ashcombe Till Etchers", "ashcombetill", "uk", ("Etching role", "Hi {n}, tilletching went to a different candidate. Thanks for your time.\n{sf}"), ("application_received", "Etching role - thanks", "Hi {n}, tilletching application logged. Chosen or passed by, you'll get word - no ghosting.\n{sf}"))
pair("m", "Rime", "fiddlepegging", "Nashcroft Fiddle Shop", "nashcroftfiddle", "usc", ("Peg fitter", "Hi {n},\nWe hired a Memphis luthier for fiddlepegging, so your application ends here.\n{sf}"), ("interview", "Bench interview", "Hi {n},\nCan you come by {dl} for a fiddlepegging bench test? Unfortunately parking out front is metered.\n{sf}"))
pair("n", "Fog", "kiltpinforging", "Thurso Kilt Pin Forge", "thursoforge", "uk", ("Kilt pin forger", "Dear {n},\nKiltpinforging is filled; your application was unsuccessful.\n{sf}"), ("offer", "Forge offer", "Dear {n},\nWe offer you the kiltpinforging post from {dl}. Sadly the forge canteen is shut for repairs.\n{sf}"))
pair("o", "Hail", "oarloompainting", "Hokianga Oar Painters", "hokiangaoar", "nz", ("Oar loom painting", "Kia ora {n},\nAnother applicant took the oarloompainting job. Cheers for applying.\n{sf}"), ("next_steps", "Colour test", "Kia ora {n},\nFor oarloompainting, please send a painted sample by {dl}. Unfortunately courier costs are yours.\n{sf}"))
pair("p", "Dew", "trowelforging", "Ravensworth Trowel Works", "ravensworthtrowel", "uk", ("Trowel forging", "Hello {n},\nSomeone with more press experience got the trowelforging job, not you.\n{sf}"), ("application_received", "Trowel forging - received", "Hello {n},\nTrowelforging application received; we ring everyone, yes or no.\n{sf}"))
pair("q", "Mist", "tambourinezilling", "Pinewood Percussion", "pinewoodperc", "use", ("Zill fitter", "Hi {n},\nTambourinezilling got filled Tuesday; your application closes with that.\n{sf}"), ("interview", "Phone interview", "Hi {n},\nCan we call you {dl} about tambourinezilling? Sorry, our line drops sometimes.\n{sf}"))
pair("r", "Cloud", "netsinkercasting", "Mossel Bay Net Weights", "mosselweights", "za", ("Sinker casting", "Dear {n},\nRegretfully the netsinkercasting post went elsewhere.\n{sf}"), ("next_steps", "Medical check", "Dear {n},\nFor netsinkercasting, please book a lead-exposure medical by {dl}. Unfortunately the fee is yours.\n{sf}"))
pair("s", "Rainbow", "lobstercreeling", "Stromness Creel Makers", "stromnesscreel", "ork", ("Creel making", "Hi {n},\nOur skipper has decided against you for lobstercreeling this season.\n{sf}"), ("offer", "Creel job - yours", "Hi {n},\nLobstercreeling starts for you on {dl}. Sadly the shed heater is broken, so layers please.\n{sf}"))
pair("t", "Thunder", "peatspading", "Rousay Peat Cutters", "rousaypeat", "ork", ("Peat spading", "Hello {n},\nPeatspading crew's full up; nae start for you this spring. Good luck.\n{sf}"), ("application_received", "Peat spading - noted", "Hello {n},\nPeatspading application here. Should the crew fill, you'll be told that as well.\n{sf}"))
pair("u", "Storm", "stoolrushing", "Ludlow Rush Seats", "ludlowrush", "uk", ("Rush seating", "Dear {n},\nAnother maker was appointed to stoolrushing; no place for you this time.\n{sf}"), ("interview", "Workshop visit", "Dear {n},\nPlease visit on {dl} to talk stoolrushing. Unfortunately it's up two flights.\n{sf}"))
pair("v", "Calm", "brushbristling", "Ballarat Brush Works", "ballaratbrush", "au", ("Bristling job", "G'day {n},\nBrushbristling went to someone else, mate; it's a no.\n{sf}"), ("next_steps", "Trial day", "G'day {n},\nBook a brushbristling trial day by {dl}. Sadly we can't do weekends.\n{sf}"))
pair("w", "Monsoon", "spoonbilling", "Hawkes Spoon Carvers", "hawkesspoon", "nz", ("Spoon billing", "Kia ora {n},\nSpoonbilling is filled; your application stops here.\n{sf}"), ("application_received", "Spoon billing - received", "Kia ora {n},\nThanks for the spoonbilling application. Whatever we decide, we'll email you.\n{sf}"))
pair("x", "Sirocco", "maplespiling", "Nashoba Maple Spiles", "nashobamaple", "use", ("Spile fitter", "Hi {n},\nAnother person was hired for maplespiling this season; no job for you.\n{sf}"), ("offer", "Spile crew offer", "Hi {n},\nJoin the maplespiling crew from {dl}? Unfortunately the bunkhouse is full.\n{sf}"))
pair("y", "Doldrum", "rakehafting", "Coldharbour Rake Makers", "coldharbourrake", "uk", ("Rake hafting", "Dear {n},\nRakehafting: another applicant was chosen, so the role won't be yours.\n{sf}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New on VantleburyGale this week", "Hi {n},\nThis week: sealskinpiping helper (Iqaluit), soapstonefiling apprentice (Kinngait), drumframelacing part-time (Kugluktuk).\nOpen the board to apply.\n\n-- VantleburyGale weekly --", "VantleburyGale", "vantleburygale", frm="VantleburyGale <weekly@{dom}>", tz="nu")
wo("non_job_rejection_words", "nj", "Community freezer share", "Hi {n},\nCommunity freezer shares are all taken this winter, sadly. Your name heads next year's list.\n{sf}", "Pond Inlet Freezer Committee", "pondinletfreezer", tz="nu")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], lang + "-" + fam + "-" + KIND_CODE[twin[0]], twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("a", "ar", "ورشة الخزف الأزرق", "bluepottery-amman", "jo", ("بخصوص طلبك", "عزيزتي {n}،\nشكراً لرغبتك في الانضمام إلى ورشتنا. بعد المفاضلة وقع اختيارنا على مرشحة أخرى لوظيفة الرسم على الفخار، ولن نتمكن من قبولك هذه المرة.\nمع التحية،\n{sig}"), ("application_received", "استلمنا طلبك", "عزيزتي {n}،\nوصلنا طلبك لوظيفة الرسم على الفخار. سنرد عليك بالقبول أو بالاعتذار خلال ثلاثة أسابيع.\nمع التحية،\n{sig}"))
lp("b", "de", "Glockengießerei Rümelin", "glocken-ruemelin", "de", ("Ihre Bewerbung als Gießereihelfer", "Hallo {n},\nIhr Interesse an der Stelle als Gießereihelfer hat uns gefreut. Die Wahl fiel auf einen Mitbewerber; eine Zusage können wir Ihnen daher nicht geben.\nFreundliche Grüße\n{sig}"), ("interview", "Einladung zum Gespräch", "Hallo {n},\nhätten Sie Zeit, am {dl} um zehn, bei uns vorbeizuschauen? Leider ist unser Hof an dem Tag zugeparkt, der Bus hält direkt vor dem Tor.\nFreundliche Grüße\n{sig}"))
lp("c", "es", "Taller de Abanicos Llorente", "abanicos-llorente", "es", ("Sobre tu candidatura", "Hola {n}:\nNos alegró que quisieras pintar abanicos en el taller. Hemos elegido a otra persona y no podemos seguir con tu candidatura.\nUn saludo,\n{sig}"), ("next_steps", "Muestra de trabajo", "Hola {n}:\nPor favor, envíanos un abanico pintado antes del {dl}. Por desgracia, los gastos de envío corren de tu cuenta.\nUn saludo,\n{sig}"))
lp("d", "fr", "Atelier de Vannerie Guérin", "vannerie-guerin", "fr", ("Votre candidature", "Bonjour {n},\nMerci d'avoir postulé comme vannier. Un autre candidat a été retenu, et nous clôturons votre dossier.\nCordialement,\n{sig}"), ("offer", "Proposition d'embauche", "Bonjour {n},\nBonne nouvelle : le poste de vannier est à vous, début le {dl}. Malheureusement, la cantine sera fermée ce mois-là.\nCordialement,\n{sig}"))
lp("e", "hi", "अग्रवाल दरी बुनाई केंद्र", "agarwal-dari", "in", ("दरी बुनकर पद पर निर्णय", "नमस्ते {n} जी,\nबुनकर पद जयपुर के रमेश जी को मिला। क्षमा कीजिए, अबकी बार आपका नाम चुना नहीं गया।\nधन्यवाद,\n{sig}"), ("application_received", "अर्ज़ी मिल गई", "नमस्ते {n} जी,\nबुनकर पद वाली अर्ज़ी मिल चुकी है। हाँ कहें या ना, तीन हफ़्ते के अंदर उत्तर आएगा।\nधन्यवाद,\n{sig}"))
lp("f", "it", "Liuteria Scarpa", "liuteria-scarpa", "it", ("Candidatura apprendista liutaio", "Gentile {n},\ngrazie per essersi proposto come apprendista. Abbiamo preferito un altro profilo e non possiamo offrirle il posto.\nCordiali saluti,\n{sig}"), ("interview", "Colloquio in bottega", "Gentile {n},\npuò venire a trovarci il {dl} verso le 11? Purtroppo non c'è parcheggio davanti alla bottega.\nCordiali saluti,\n{sig}"))
lp("g", "ja", "石井和傘工房", "ishii-wagasa", "jp", ("応募結果のお知らせ", "{n}様\n和傘職人見習いへのご応募ありがとうございました。慎重に検討した結果、今回は採用を見送らせていただくことになりました。\n{sig}"), ("next_steps", "作品提出のお願い", "{n}様\n{dl}までに作品の写真をお送りください。残念ながら郵送での提出は受け付けておりません。\n{sig}"))
lp("h", "ko", "한지 공방 은정", "hanji-eunjeong", "kr", ("지원 결과 안내", "{n} 님께,\n한지 공방 보조로 지원하신 것 잘 받아 보았습니다. 다른 분을 모시기로 하여 이번에는 채용이 어렵게 되었습니다.\n{sig} 드림"), ("interview", "면접 안내", "{n} 님께,\n{dl} 오후 2시 공방으로 와 주실 수 있을까요? 아쉽게도 공방 앞은 주차가 안 되니 버스를 타고 오세요.\n{sig} 드림"))
lp("i", "pt", "Olaria Moura", "olaria-moura", "pt", ("A sua candidatura", "Olá {n},\nObrigada pela candidatura ao lugar de oleiro. Optámos por outra pessoa e encerramos agora a sua candidatura.\nCumprimentos,\n{sig}"), ("offer", "Proposta de trabalho", "Olá {n},\nFicamos contentes: o lugar de oleiro é seu, com início a {dl}. Infelizmente o refeitório estará em obras.\nCumprimentos,\n{sig}"))
lp("j", "ru", "Мастерская берестяных изделий", "beresta-zuev", "ru", ("Ответ на ваш отклик", "Здравствуйте, {n}!\nБлагодарим, что откликнулись на место мастера по бересте. Мы остановились на другом человеке, поэтому сейчас работу предложить вам не сможем.\nС уважением,\n{sig}"), ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\nПришлите, пожалуйста, фото своих работ до {dl}. К сожалению, архивы больше 20 МБ не принимаются.\nС уважением,\n{sig}"))
lp("k", "sw", "Karakana ya Vinyago Lyimo", "vinyago-lyimo", "tz", ("Kuhusu ombi lako", "Habari {n},\nTumefurahi kupata ombi lako la uchongaji vinyago. Tumemchagua mgombea mwingine, hivyo hatutaweza kukupa nafasi hii.\nWako,\n{sig}"), ("application_received", "Ombi lako limepokelewa", "Habari {n},\nTumepokea ombi lako. Ukichaguliwa au usipochaguliwa, jibu litakufikia kabla ya wiki mbili kwisha.\nWako,\n{sig}"))
lp("l", "th", "โรงทอผ้าไหมทองคำ", "silk-thongkham", "th", ("ผลการสมัครงาน", "เรียนคุณ{n}\nตำแหน่งช่างทอผ้ามีผู้ได้รับเลือกแล้ว ครั้งนี้คุณไม่ผ่านการคัดเลือก\nขอแสดงความนับถือ\n{sig}"), ("interview", "นัดสัมภาษณ์", "เรียนคุณ{n}\nเชิญมาพูดคุยที่โรงทอวันที่ {dl} ช่วงสิบโมงเช้า ที่จอดรถหน้าโรงทอปิดซ่อมอยู่ ขออภัยด้วย\nขอแสดงความนับถือ\n{sig}"))
lp("m", "tr", "Özkan Bakır Atölyesi", "ozkan-bakir", "tr", ("Başvurunuz hakkında", "Merhaba {n},\nBakır ustası yardımcılığı ilanına gösterdiğiniz ilgiye teşekkürler. Bu sefer başka bir adayı seçtik.\nSaygılarımızla,\n{sig}"), ("offer", "İş teklifi", "Merhaba {n},\n{dl} tarihinden itibaren ekibimize katılmanızı teklif ediyoruz. Maalesef yemekhane o ay kapalı olacak.\nSaygılarımızla,\n{sig}"))
lp("n", "ur", "ملک قالین گھر", "malik-qaleen", "pk", ("آپ کی درخواست", "محترمہ {n}،\nقالین بافی کی آسامی پر درخواست بھیجنے کا شکریہ۔ یہ جگہ کسی دوسرے فرد کو دے دی گئی ہے، چنانچہ اس مرتبہ آپ کا انتخاب نہیں ہو سکا۔\nخیر اندیش،\n{sig}"), ("next_steps", "کاغذات درکار ہیں", "محترمہ {n}،\nشناختی کارڈ کی صاف کاپی {dl} تک ارسال فرمائیں۔ افسوس، دھندلی کاپی واپس کر دی جائے گی۔\nخیر اندیش،\n{sig}"))
lp("o", "zh", "秀梅刺绣坊", "xiumei-cixiu", "cn", ("关于您的应聘", "{n}您好：\n感谢您应聘刺绣学徒一职。经过慎重考虑，我们已选择了其他候选人，很遗憾这次无法录用您。\n此致\n{sig}"), ("interview", "面试邀请", "{n}您好：\n诚邀您于{dl}上午十点来绣坊面谈。很遗憾，绣坊附近没有停车位，建议您乘坐公交车前来。\n此致\n{sig}"))
lp("p", "nor", "Brekke Båtbyggeri", "brekke-baat", "no", ("Søknaden din", "Hei {n},\ndet var hyggelig å få søknaden din som lærling. Vi gikk for en annen søker, og kan dessverre ikke tilby deg plassen.\nVennlig hilsen\n{sig}"), ("application_received", "Vi har mottatt søknaden", "Hei {n},\nsøknaden din er mottatt. Du får svar fra oss uansett utfall, senest om tre uker.\nVennlig hilsen\n{sig}"))
lp("q", "isl", "Ullarverkstæðið Hildur", "ull-hildur", "is", ("Umsókn þín", "Sæl {n},\ntakk fyrir umsóknina um starf við prjón. Við höfum ráðið annan umsækjanda og getum því ekki boðið þér starfið.\nKveðja,\n{sig}"), ("interview", "Boð í viðtal", "Sæl {n},\nvið bjóðum þér í viðtal {dl} klukkan 10. Því miður eru engin bílastæði við verkstæðið.\nKveðja,\n{sig}"))
lp("r", "hrv", "Radionica Matić", "radionica-matic", "hr", ("Vaša prijava", "Poštovana {n},\nhvala na zanimanju za posao pomoćnika klesara. Odabrali smo drugog kandidata i nažalost vam posao ovaj put nije za vas.\nSrdačan pozdrav,\n{sig}"), ("next_steps", "Potrebni dokumenti", "Poštovana {n},\nmolimo pošaljite presliku svjedodžbe do {dl}. Nažalost, fotografije mobitelom ne prihvaćamo.\nLijep pozdrav,\n{sig}"))
lp("s", "srp", "Grnčarska radionica Ilić", "grncar-ilic", "rs", ("Odgovor na prijavu", "Poštovani {n},\nhvala vam na prijavi za posao grnčara. Posao je dobio drugi kandidat, pa ovog puta ništa od saradnje.\nSrdačno,\n{sig}"), ("offer", "Ponuda za posao", "Poštovani {n},\nsa zadovoljstvom vam nudimo posao grnčara od {dl}. Nažalost, menza će tada biti zatvorena.\nSrdačno,\n{sig}"))
lp("t", "bul", "Работилница за рози Петрова", "rozi-petrova", "bg", ("Относно кандидатурата Ви", "Здравейте, {n},\nблагодарим Ви за кандидатурата за работа в розоварната. Избрахме друг кандидат и за съжаление не можем да Ви предложим мястото.\nПоздрави,\n{sig}"), ("interview", "Покана за интервю", "Здравейте, {n},\nзаповядайте на разговор при нас на {dl}, около десет сутринта. За съжаление паркингът е затворен.\nПоздрави,\n{sig}"))
lp("u", "ukr", "Гончарня Бондаренко", "honcharnia-b", "ua", ("Щодо вашої заявки", "Добрий день, {n}!\nДякуємо за заявку на посаду помічника гончаря. Ми обрали іншого кандидата і, на жаль, не можемо запропонувати вам цю роботу.\nЗ повагою,\n{sig}"), ("next_steps", "Пробне завдання", "Добрий день, {n}!\nНадішліть, будь ласка, фото ваших виробів до {dl}. На жаль, файли понад 15 МБ не приймаємо.\nЗ повагою,\n{sig}"))
lp("v", "pol", "Pracownia Witraży Wróbel", "witraze-wrobel", "pl", ("Twoja aplikacja", "Dzień dobry {n},\ndziękujemy za zgłoszenie na stanowisko witrażysty. Wybraliśmy innego kandydata i niestety nie możemy zaproponować Ci tej pracy.\nPozdrawiam,\n{sig}"), ("offer", "Oferta pracy", "Dzień dobry {n},\nz radością proponujemy Ci stanowisko witrażysty od {dl}. Niestety stołówka będzie wtedy w remoncie.\nPozdrawiam,\n{sig}"))
lp("w", "lit", "Gintaro dirbtuvės Aušra", "gintaras-ausra", "lt", ("Dėl jūsų paraiškos", "Laba diena, {n},\ndėkojame už paraišką gintaro šlifuotojo vietai. Pasirinkome kitą kandidatą, todėl šįkart darbo vietos jums nesiūlome.\nPagarbiai,\n{sig}"), ("application_received", "Paraiška gauta", "Laba diena, {n},\nparaiška pas mus. Per dvi savaites parašysime, kad ir koks bus sprendimas.\nPagarbiai,\n{sig}"))
lp("x", "heb", "סדנת הקרמיקה של מיכל", "keramika-michal", "il", ("בנוגע למועמדותך", "שלום {n},\nתודה על הגשת המועמדות לתפקיד עוזר/ת בסדנה. בחרנו במועמד אחר, והפעם התפקיד לא יוצע לך.\nבברכה,\n{sig}"), ("application_received", "מועמדותך התקבלה", "שלום {n},\nקיבלנו את מועמדותך לתפקיד בסדנה. נעדכן אותך בכל מקרה, גם אם התשובה תהיה שלילית, בתוך שבועיים.\nבברכה,\n{sig}"))
lp("y", "fas", "کارگاه قلم‌زنی کریمی", "qalamzani-karimi", "ir", ("درباره درخواست شما", "{n} عزیز،\nاز درخواست شما برای همکاری در کارگاه قلم‌زنی سپاسگزاریم. متقاضی دیگری را برگزیدیم و این بار نمی‌توانیم این کار را به شما پیشنهاد کنیم.\nبا احترام،\n{sig}"))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "bul": "{dd}.{mm}.{y} г.", "heb": "{d}.{m}.{y}",
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
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q.day} {q:%B} {q.year}, {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 142; slice 143, this slice and any later one are skipped by number."""
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
