# ruff: noqa: E501, S311
"""Write the hundred-and-sixtieth sealed blind slice for issue 11 (blind-slice-160.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 159; slice 159 and later never read; our side printed)
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

SEED = 1601601
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-160.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 160
SKIP_FROM = 159  # slice 159 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend is never drawn after it

RECIPIENTS = [
    "Kerensa Trethewey", "Ebenezer Fonkwen", "Karthika Sundaramoorthy", "Tavita Forbes-Gardiner", "Rémi Thibodeau",
    "Ingrid Lindqvist-Okoro", "Maitha Al Suwaidi", "Pasco Widdicombe", "Nkeng Ashu", "Valliammai Ramasamy",
    "Delvano Misick", "Josée LeBlanc", "Oskar Hägglund", "Hessa Al Kuwari", "Wenna Quintrell",
    "Ndifor Tebit", "Murugesan Pandian", "Kendra Handfield", "Gaétan Cormier", "Saga Bergström",
    "Rashid Al Balushi", "Tamsin Huxtable", "Mbah Clementine", "Senthil Kumaravel", "Latoya Dean",
    "Cassius Goguen", "Elin Nordmark", "Noora Al Hammadi", "Fintan Cronnelly", "Marlise van der Walt",
    "Jarrah Pemberton", "Ruihana Tautahi", "Brenton Lusk", "Afua Ntim-Owusu", "Siobhra Kielty",
]
REGION_SIGNERS = {
    "uk": ["Lowenna Pascoe", "Jory Ellacott", "Demelza Stapledon", "Gideon Yeo"],
    "ie": ["Áine Culhane", "Ciarán Mooney", "Bláthnaid Doyle"],
    "us": ["Wilhelmina Szabo", "Royce Bledsoe", "Annaliese Kurtz", "Tobias Ngata-Reed"],
    "nb": ["Yvette Arsenault", "Duncan MacAskill", "Roméo Savoie"],
    "cm": ["Ngo Bisso Odile", "Tabe Egbe Fidelis", "Fonyuy Bernadette"],
    "in": ["Meenakshisundaram Pillai", "Anandhi Karuppasamy", "Thangaraj Velu"],
    "tc": ["Cordelia Missick", "Wendal Gardiner", "Shaneka Robinson"],
    "se": ["Annika Sjöberg", "Pontus Hedlund", "Maja Ekström"],
    "gulf": ["Shamma Al Mansoori", "Khalid Al Harthy", "Mariam Al Sulaiti"],
    "au": ["Brodie McAllister", "Skye Donnellan", "Vasilios Karras"],
    "nz": ["Aroha Paewai", "Hamish Lockyer", "Mele Fonua"],
    "za": ["Thandeka Dube", "Riaan Steyn", "Lerato Mokoena"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "ae": "gulf", "qa": "gulf", "om": "gulf", "kw": "gulf",
}
LANG_SIGNERS = {
    "ar": ["رنا العبادي", "سامر النسور"], "de": ["Wiebke Hansmann", "Falk Rieder"],
    "es": ["Remei Ugarte", "Ximena Roldán"], "fr": ["Aurélie Vasseur-Kone", "Gilles Tremblay"],
    "hi": ["सुनयना कपूर", "दिनेश राठौर"], "it": ["Fiorenza Cattaneo", "Vittorio Sala"],
    "ja": ["松本 由美", "藤田 誠"], "ko": ["한서연", "윤도현"], "pt": ["Graça Monteiro", "Tiago Serrano"],
    "ru": ["Таисия Белова", "Игорь Волков"], "sw": ["Tumaini Kisanga", "Juma Mwinyi"],
    "th": ["ดวงฤทัย เพชรรัตน์", "อนุชา ทองดี"], "tr": ["Nesrin Aksoy", "Burak Şahin"],
    "ur": ["ثمینہ نقوی", "عمران شیخ"], "zh": ["黄美玲", "吴建国"],
    "cat": ["Núria Puigdomènech", "Jordi Vilaró"], "glg": ["Iria Castro", "Brais Lema"],
    "afr": ["Marieta Fourie", "Johan Pretorius"], "isl": ["Hrafnhildur Einarsdóttir", "Kjartan Stefánsson"],
    "nor": ["Solveig Haugland", "Eirik Bratland"], "dan": ["Mette Kjærgaard", "Søren Dalsgaard"],
    "fin": ["Aino Lehtinen", "Juho Mäkelä"], "est": ["Kristiina Rebane", "Tõnu Ilves"],
    "slv": ["Mojca Zupančič", "Matej Kranjc"], "srp": ["Snežana Marković", "Vladimir Ilić"],
}
LANG_RECIPIENTS = {
    "ar": ["لمى الحياري", "يزن العمري"], "de": ["Friederike Lindemann", "Jannik Stolz"],
    "es": ["Itziar Beltrán", "Gonzalo Peñalver"], "fr": ["Maëlle Dufresne", "Yannick Ostermann"],
    "hi": ["अदिति श्रीवास्तव", "करण मल्होत्रा"], "it": ["Beatrice Ruggeri", "Davide Marchesi"],
    "ja": ["高橋 美咲", "中村 拓海"], "ko": ["이수빈", "장민호"], "pt": ["Inês Quaresma", "Duarte Pimentel"],
    "ru": ["Анна Смирнова", "Павел Егоров"], "sw": ["Mwanaisha Said", "Omari Kombo"],
    "th": ["กัญญา รัตนพงษ์", "ธนากร วงศ์ใหญ่"], "tr": ["Cansu Arslan", "Onur Çelik"],
    "ur": ["حنا ملک", "بلال رضا"], "zh": ["孙晓雯", "郑宇航"],
    "cat": ["Laia Ferrer", "Oriol Casals Mir"], "glg": ["Antía Barreiro", "Xoán Piñeiro"],
    "afr": ["Anri du Plessis", "Wikus Venter"], "isl": ["Þórunn Magnúsdóttir", "Arnar Gunnarsson"],
    "nor": ["Ingvild Rønning", "Håkon Vik"], "dan": ["Line Østergaard", "Asger Kristensen"],
    "fin": ["Heli Virtanen", "Ville Niemi"], "est": ["Triin Lepik", "Karl Põder"],
    "slv": ["Tjaša Novak", "Gašper Hribar"], "srp": ["Jovana Đorđević", "Stefan Pavlović"],
}
GIVEN = {"Ngo Bisso Odile": "Odile", "Tabe Egbe Fidelis": "Fidelis", "Fonyuy Bernadette": "Bernadette", "Mbah Clementine": "Clementine", "Nkeng Ashu": "Ashu"}
PROVIDERS = ["heathpost", "sloepost", "quartzbox", "reedmail", "cobblebox", "larkinbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"), "is": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "rs": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "nb": ("-0400", "-0300", "us"), "tc": ("-0500", "-0400", "us"),
    "cm": ("+0100", None, ""), "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "qa": ("+0300", None, ""), "kw": ("+0300", None, ""),
    "ae": ("+0400", None, ""), "om": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "nb")
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
    sg: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", y: str | tuple[str, ...] = "", lang: str = "en", sg: str = "") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    for key, block in QUOTES.items():
        body = body.replace(key, block)
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang, sg))


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
QNOTE = "\n{sf}, grateful for Wednesday's wander round the packing hall. Reach-truck ticket valid to June; Mr Abernethy-Quaye (referee) is free after seven.\n{n}"
FOOT = "\n\n=== {CO} · OPPORTUNITY LANTERN ===\nFresh vacancies glow on our careers page each Tuesday; set a Lantern Watch; a nudge lands whenever one suits you. The Wick, our quarterly bulletin, carries tales from the shop floor. Text LANTERNOUT to stop. This inbox is unattended; replies fade unread. Applicant records are shredded after eighteen months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidacy update – {role} (Req {ref})", "Dear {n},\n\nYour application for {role} (Req {ref}) now shows the status 'Closed – Another Applicant Progressed'. We were glad of the chance to look over your profile and the care you put in.\n\nThe record stays visible under My Candidacies in the {co} Candidate Hub.\n\n{co} Talent Acquisition", ("Okehampton Agri-Machinery", "Limbe Cocoa Traders"), ("okeagri", "limbecocoa"), frm="{co} Careers <workday@{dom}>", role=("Parts Counter Lead", "Export Documentation Clerk"), tz=("uk", "cm"))
mr("gh", "Following up on the {role} exercise", "Hi {n},\n\nBig thanks for the evenings you gave our take-home spreadsheet task for {role}. Yesterday the hiring group sat down with it, and no offer will follow this time. Your formulas were tidy, so please don't take this as a verdict on that part.\n\nWarmly,\n{sig}\nPeople Team, {co}", ("Tamar Valley Ledgerworks", "Nashwaak Accounting Software"), ("tamarledger", "nashwaaksoft"), role=("Revenue Operations Associate", "Support Engineer"), tz=("uk", "nb"))
mr("lv", "Closing the loop – {role}", "{n}, hello —\n\nInterviews for {role} are wrapped up and we've chosen to end your candidacy here. Closing it off plainly seemed kinder than going quiet on you.\n\nYour profile can stay in our pool of talent for twelve months; answer 'nope' if that isn't wanted.\n\n— {sig}, {co}", ("Meenakshi Silks Online", "Providenciales Conch Works"), ("meenakshisilks", "provoconch"), role=("Catalogue Photographer", "Hatchery Supervisor"), tz=("in", "tc"))
mr("sr", "{co}: {role} application", "<html><body><p>Dear {n},</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Not progressed – vacancy filled</td></tr></table><p>Thanks for thinking of {co}. Our other openings are listed on the careers site.</p><p>Recruitment, {co}</p></body></html>", ("Göta Älv Pumps AB", "Al Wakra Facilities Co."), ("gotaalvpumps", "alwakrafm"), frm="{co} <jobs@{dom}>", role=("Service Technician", "Procurement Officer"), tz=("se", "qa"))
mr("ic", "Requisition {ref} – {role}", "Dear {n},\n\nThis message concerns requisition {ref}, {role}. Having gone through every submission, the selection panel identified people whose history lies nearer to what the position demands, so your application halts here.\n\nDo watch the {co} job portal for other postings.\n\nSincerely,\nTalent Services, {co}", ("Bideford Mutual Assurance", "Moncton Contact Centre Group"), ("bidefordmutual", "monctoncontact"), frm="{co} Talent Services <icims@{dom}>", role=("Underwriting Assistant", "Team Lead, Inbound"), tz=("uk", "nb"))
mr("tl", "{co} – Job Number {ref}", "Dear {n},\n\nThank you for your submission for {role} (Job Number {ref}) at {co}.\n\nAfter a thorough evaluation, we have chosen to stop pursuing your candidacy for this job. Your profile remains in our database and you may update it at any time.\n\nBest regards,\n{co} Staffing", ("Hudson Ridge Health System", "Kuwait National Cable Co."), ("hudsonridgehs", "kwcable"), frm="{co} Staffing <taleo@{dom}>", role=("Patient Access Representative", "Quality Inspector"), tz=("use", "kw"))
mr("wk", "About the {role} opening", "Hi {n},\n\nA short note from the {co} hiring crew about {role}: other applicants are going forward this time round. It was a close field and you made it properly tricky for us.\n\nCheers,\n{sig}", ("Newquay Watch Repairs", "Fremantle Tile Studio"), ("watchrepair", "freotile"), role=("Workshop Assistant", "Showroom Consultant"), tz=("uk", "au"))
mr("bb", "Your application for {role}", "Hello {n},\n\nMany thanks for your {role} application. The role now has its person, so no further conversations about it will be arranged with you.\n\nYour details stay with us should something similar turn up at {co}.\n\nKind regards,\n{sig}", ("Ballina Veterinary Group", "Karoo Brickworks"), ("ballinavets", "karoobricks"), role=("Practice Receptionist", "Hygiene Controller"), tz=("ie", "za"))
mr("tt", "Update on {role} at {co}", "Hej {n}!\n\nStort tack for wanting the {role} job here at {co}. We have now made our choice and it fell on another candidate whose experience matched a little closer. We wish you lycka till with the job hunting!\n\nBest regards\n{sig}\n{co}", ("Umeå Snowmobile Service", "Kalmar Candle Factory"), ("umeasnow", "kalmarcandle"), role=("Mechanic", "Webshop Coordinator"), tz=("se", "se"))
mr("pp", "{role} – shortlisting outcome", "Dear {n},\n\nYour application for {role} at {co} has been assessed against the shortlisting criteria. This round, the interview list leaves your application out.\n\nWe don't hold applications for other vacancies, so please apply directly for any future post.\n\n{co} Recruitment", ("Dartmouth Steam Laundry", "Clonakilty Hurley Makers"), ("dartlaundry", "clonhurley"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Finishing Supervisor", "Line Operative"), tz=("uk", "ie"))
mr("jz", "Your candidature – {role}", "Good day {n},\n\nWe acknowledge with gratitude your interest in becoming {role} at {co}. After deliberation, management has retained another profile for this post. Do not be discouraged; your file stays with us.\n\nWe wish you courage in your endeavours.\n\n{sig}\nHuman Resources, {co}", ("Bonabéri Paint Industries", "Bamenda Agro-Inputs"), ("bonaberipaint", "bamendaagro"), role=("Sales Representative", "Store Keeper"), tz=("cm", "cm"))
mr("ab", "{role} at {co}", "Hi {n},\n\nGrateful for every hour you sank into the {role} loop. Following the debrief, the team has decided to pass for now. We realise this is the reply you didn't want.\n\nShould notes from the panel be useful, reply and I'll pass a couple along.\n\n{sig}\nRecruiting @ {co}", ("Brightkettle Payroll", "Cinderline Robotics Lab"), ("brightkettle", "cinderline"), role=("Implementation Consultant", "Firmware Engineer"), tz=("use", "usp"))
mr("sc", "Picking crew this season", "Alright {n},\n\nThanks for offering yourself to the {x} crew at {co}. Every bunk and shift's been claimed this season; we're chock-a-block. Proper shame, mind – your letter made us grin.\n\nMight be a different tale next year.\n\n{sig}", ("Exmoor Cider Orchards", "Teviot Cherry Co-op"), ("exmoorcider", "teviotcherry"), x=("apple-picking", "cherry-picking"), tz=("uk", "nz"))
mr("s1", "Application status – {role}", "Dear {n},\n\nGreetings from {co}! We thank you for applying for {role}. Kindly note that after screening, your profile is not moved to the next round. Do keep watching our careers page for further openings.\n\nWith regards,\n{sig}\nHR Department", "Vaigai Textile Mills", "vaigaitex", role="Weaving Supervisor", tz="in")
mr("s2", "Your application – {role}", "Dear {n},\n\nGreetings of the day. Regarding your {role} application, please note the position is now closed and your profile was not selected. We pray you find the right opening soon, inshallah.\n\nBest regards,\n{sig}\nHR Section, {co}", "Al Seeb Marine Services", "alseebmarine", role="Fleet Coordinator", tz="om")
mr("s3", "{role} – thank you", "Hi {n},\n\nThanks for trying for the {role} job with {co}. We interviewed a good few people and the position now taken. Big appreciation for choosing us.\n\nTake care,\n{sig}\nGrace Bay", "Caicos Car Rentals", "caicoscars", role="Counter Agent", tz="tc")
mr("s4", "{role} posting", "Hi {n},\n\nThanks for applying to the {role} posting with {co}. We picked somebody bilingual who lives up the Miramichi, so your file stops here.\n\nAll the best, eh,\n{sig}", "Miramichi Fiddlehead Cannery", "fiddleheadcan", role="Shift Lead", tz="nb")
mr("s5", "{role} at {co}", "G'day {n},\n\nCheers for applying for {role} at {co}. We had a solid field and decided against progressing your application. No hard feelings we hope – give it another crack when something else pops up.\n\n{sig}", "Toowong Pool Builders", "toowongpools", role="Estimator", tz="au")
mr("s6", "{role} vacancy", "Hi {n}\n\nThanks for going for the {role} vacancy at {co}. Someone has since been appointed, so yours is unsuccessful this round. Sterkte with the search, hey.\n\nKind regards\n{sig}", "Mossel Bay Aloe Products", "aloeproducts", role="Production Planner", tz="za")
mr("s7", "Competition {ref} – {role}", "Dear {n},\n\nRe: {role}, Competition ref {ref}\n\nAfter shortlisting, I regret to say the interview list excludes your name. The standard across the applications was high.\n\nYours sincerely,\n{sig}\nHR, {co}", "Shannon Estuary Harbour Trust", "shannontrust", role="Executive Officer", tz="ie")
mr("s8", "{role} – application update", "Hello {n},\n\nThe {role} opening you applied to at {co} has been filled. Your application therefore closes here; job alerts in our portal can flag future openings.\n\nRespectfully,\nTalent Acquisition", "Prairie Lantern Credit Union", "prairielantern", frm="Talent Acquisition <careers@{dom}>", role="Member Service Specialist", tz="usc")
mr("s9", "{role} – kōrero", "Kia ora {n},\n\nChur for putting in for {role}. After a fair bit of thinking we've chosen to leave your application here this round. Ngā mihi for waiting while we worked it out.\n\n{sig}, {co}", "Whanganui Hearing Clinic", "hearingclinic", role="Audiology Assistant", tz="nz")
mr("s10", "Recruitment for {role} closed", "Hello {n},\n\nWe have now closed the recruitment for {role} at {co}. Unfortunately you are not among those we continue with. We are glad you looked our way, take care!\n\nKind regards\n{sig}", "Jämtland Wooden Toys AB", "jamtlandtoys", role="Lathe Operator", tz="se")
mr("s11", "Recruitment test – {role}", "Dear {n},\n\nFollowing the recruitment test for {role}, we must inform you with regret that your name was not retained on the published list. We thank you for your participation and encourage you to persevere.\n\nFor the Direction,\n{sig}", "Mfoundi Savings Cooperative", "mfoundisavings", role="Loan Officer", tz="cm")
mr("s12", "{role} – our decision", "Hello {n},\n\nCheers for applying to be {role} at {co}. We met a few folk and offered it to someone already down this end of the county, so 'tis a no this time round, my lover. Best of luck out there.\n\n{sig}", "Tavistock Clotted Cream Dairy", "tavicream", role="Delivery Driver", tz="uk")
mr("s13", "Application – {role}", "Dear {n},\n\nPlease note the concerned department reviewed your {role} application and it was not shortlisted. {co} is grateful for your interest; every success to you.\n\nRecruitment Team", "Lusail Events Management", "lusailevents", frm="Recruitment Team <hr@{dom}>", role="Guest Services Executive", tz="qa")
mr("s14", "Crew update from {co}", "Hey {n},\n\nAppreciate you wanting the {role} at {co} this fall. Every crew slot got snapped up, leaving nothing open. Come visit the patch anyway!\n\n{sig}", "Hollister Pumpkin Patch & Corn Maze", "hollisterpatch", role="weekend ticket booth", tz="use")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – thanks for Wednesday", "Hi {n},\n\nTruly enjoyed our meeting. We offered the {role} position to someone who ran our night shift before; they accepted this morning.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Holsworthy Meat Packers", "Sussex Blueberry Growers"), ("holsworthymeat", "sussexberry"), role=("Night Shift Supervisor", "Packhouse Supervisor"), tz=("uk", "nb"))
mr("th2", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nThank you for the lovely exchange and for coming all the way to Bonanjo. Management has chosen another applicant for {role}, one who already holds the customs broker licence.\n\nGod bless your efforts,\n{sig}\n\n{ORIG}", ("Wouri Forwarding SARL", "Akwa Clearing House"), ("wouriforward", "akwaclearing"), role=("Transit Agent", "Declarations Officer"), tz=("cm", "cm"))
mr("th3", "RE: [EXT] Re: {role} discussion", "Hello {n},\n\nI truly enjoyed our chat, and the panel spoke highly of your answer on stock ageing. The {role} role is being filled by an internal colleague from our Tirunelveli branch.\n\nWith warm regards,\n{sig}\n\n{RULE}", ("Thiruparankundram Jewellers", "Anna Nagar Pharmacy Chain"), ("tpkjewels", "annanagarrx"), role=("Inventory Controller", "Store Manager"), tz=("in", "in"))
mr("th4", "RE: [EXT] Re: {role} chat", "Hey {n},\n\nGreat talking boats and budgets with you last week. We ended up choosing a candidate from Grand Turk who begins as {role} on the first.\n\nRespect,\n{sig}\n\n{GM}", ("Chalk Sound Dental Practice", "Blue Hills Laundromat"), ("chalksounddental", "bluehillslaundry"), role=("Operations Lead", "Yard Coordinator"), tz=("tc", "tc"))
mr("th5", "RE: [EXT] Re: Meeting about {role}", "Hi {n},\n\nThanks again for the fika and the good discussion. We have decided on another candidate for {role}, someone with several years inside our ERP system.\n\nHa det bra,\n{sig}\n\n{OUT}", ("Västerås Gear Cutting AB", "Luleå Crane Hire"), ("vasterasgear", "luleacranes"), role=("Planner", "Maintenance Coordinator"), tz=("se", "se"))
mr("th6", "RE: [EXT] Re: {role} – meeting", "Dear {n},\n\nIt was an honour to host you at our office, and the managing director remembers your presentation well. The committee has selected a different candidate for the {role} post, who joins us after Eid.\n\nWarm regards,\n{sig}\n\n{GM}", ("Jumeirah Fit-Out Contracting", "Salmiya Medical Supplies"), ("jumeirahfitout", "salmiyamed"), role=("Site Engineer", "Tender Executive"), tz=("ae", "kw"))
mr("th7", "RE: [EXT] Re: Thanks for the interview", "Hi {n},\n\nLoved meeting you, honestly – your story about the flooded stockroom had us laughing for an hour after. Another applicant took the {role} job when we offered it.\n\nTake care of yourself,\n{sig}\n\n{ORIG}", ("Geelong Party Hire", "Nelson Scaffold Hire"), ("geelongparty", "nelsonscaffold"), role=("Warehouse Lead", "Base Manager"), tz=("au", "nz"))
mr("th8", "RE: [EXT] Re: {role} follow-up", "Hi {n},\n\nThanks for travelling in and for your kind follow-up note. The {role} hire is made: a candidate with six years in municipal permitting accepted on Friday.\n\nBest,\n{sig}\n\n{RULE}", ("Larkspur Permit Services", "Ironwood Land Surveys"), ("larkspurpermit", "ironwoodsurvey"), role=("Permit Coordinator", "Project Coordinator"), tz=("use", "usp"))

# ---- 8 clear refusals under the long footer
mr("ft1", "Your application: {role}", "Dear {n},\n\nThanks for your interest in {role}. Sorry, but this time your application falls short.\n\nKind regards,\n{co} Recruitment{FOOT}", ("Appledore Upholsterers", "Ennis Carpet Warehouse"), ("appledoreuph", "enniscarpet"), frm="{co} Recruitment <noreply@{dom}>", role=("Cutter", "Showroom Supervisor"), tz=("uk", "ie"))
mr("ft2", "{role} – decision", "Hi {n},\n\nWe read your {role} application closely; the job is being handed to another applicant. Cheers for all the graft you showed.\n\n{co} Hiring{FOOT}", ("Saint John Bus Depot", "Nelspruit Citrus Packers"), ("sjbusdepot", "citruspackers"), frm="{co} Hiring <donotreply@{dom}>", role=("Fleet Cleaner", "Grading Clerk"), tz=("nb", "za"))
mr("ft3", "Outcome – {role}", "Dear {n},\n\nRegretfully, {co} has not selected you for {role}. This decision closes the vacancy for you.\n\nHR Desk{FOOT}", ("Hamriyah Steel Fabricators", "Sohar Packaging LLC"), ("hamriyahsteel", "soharpack"), frm="HR Desk <careers@{dom}>", role=("Welding Inspector", "Shift Planner"), tz=("ae", "om"))
mr("ft4", "{co}: about {role}", "Hello {n},\n\nBad news, sorry: your {role} application didn't make it. Good luck with the hunt from all of us.\n\nThe {co} team{FOOT}", ("Brisbane Stationery Wholesale", "Taranaki Mower Centre"), ("brisstationery", "taranakimower"), frm="The {co} team <people@{dom}>", role=("Order Picker", "Small Engines Technician"), tz=("au", "nz"))

# ---- 9 hedged refusals
mr("hd1", "{role} – where things landed", "Hi {n},\n\nThank you for waiting on the {role} process. Having met several strong people, we felt others matched where the team is going next more closely.\n\nBest wishes,\n{sig}", ("Honiton Lace Heritage Trust", "Galway Language Exchange"), ("honitonlace", "galwaylingo"), role=("Learning Officer", "Course Administrator"), tz=("uk", "ie"))
mr("hd2", "Re: {role}", "Dear {n},\n\nWe've now concluded the process for {role} and have gone in a different direction. We valued the conversation and what you shared about your work.\n\nKind regards,\n{sig}\n{co}", ("Calgary Roofing Supply", "Denver Pet Nutrition"), ("calgaryroof", "denverpetfood"), role=("Branch Administrator", "Formulation Technician"), tz=("usm", "usm"))
mr("hd3", "{role} – an update", "Hello {n},\n\nAn update on {role}: our hiring lead is continuing with applicants whose experience more nearly matches the brief.\n\nThanks again,\n{sig}", ("Yaoundé Digital Printing", "Kumba Palm Oil Refinery"), ("yaoundeprint", "kumbapalm"), role=("Prepress Operator", "Lab Analyst"), tz=("cm", "cm"))
mr("hd4", "{role} vacancy", "Dear {n},\n\nWith thanks for your interest, please note the management has opted for candidates better aligned with the requirements of the {role} vacancy.\n\nRegards,\n{sig}", ("Doha Cold Chain Trading", "Ruwi Electrical Contractors"), ("dohacoldchain", "ruwielectric"), role=("Storekeeper", "Estimation Engineer"), tz=("qa", "om"))
mr("hd5", "quick one on {role}", "Hi {n} – quick one. For {role} we picked somebody with more retail banking behind them. Appreciated your time on the call.\n{sig}", "Shediac Bay Credit Union", "shediacbay", role="Member Advisor", tz="nb")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}", "Hi {n},\n\nGood to chat on the phone Tuesday. Client's answer is in: the {role} job goes to another candidate. Mind you, a {x} post with a Barnstaple firm fits you better – fancy me sending you in for it? Give us a bell.\n\n{sig}\n{co}", "Torbay Talent Partners", "torbaytalent", role="Accounts Payable Clerk", x="purchase ledger", tz="uk")
mr("rc2", "{role} feedback + new opening", "Dear {n},\n\nAs we spoke on phone, client side has finalised another candidate for {role}. Meanwhile one more requirement has come for {x} at a Sivakasi firm; shall I forward your profile? Kindly revert by evening.\n\nRegards,\n{sig}\n{co}", "Temple City Staffing", "templecitystaff", role="Plant HR Executive", x="Payroll Executive", tz="in")
mr("rc3", "{role} – news and another one", "Hey {n},\n\nGood talking yesterday. The resort picked a different candidate for {role}, but I have a {x} spot open on North Caicos that fits you nicely. Fine by you if your CV goes over today?\n\n{sig}, {co}", "Islands Placement Agency", "islandsplacement", role="Front Office Supervisor", x="Villa Manager", tz="tc")
mr("rc4", "Following our call", "Hi {n},\n\nFollowing up on the call: the client picked another applicant for {role}. I do have a {x} opportunity in Dieppe that I think you'd like. Can I submit you?\n\nThanks,\n{sig}\n{co}", "Petitcodiac Recruiting", "petitcodiacrec", role="Dispatch Coordinator", x="Inventory Analyst", tz="nb")
mr("rc5", "{role} – the answer", "Hi {n},\n\nNice speaking with you earlier. The customer picked another person for {role}. I'd like to present you instead for a {x} role at a Göteborg company – does that sound interesting?\n\nBest regards,\n{sig}\n{co}", "Nordvik Bemanning", "nordvikbemanning", role="Logistics Planner", x="Purchasing Assistant", tz="se")
mr("rc6", "{role} – client decision", "Dear {n},\n\nFurther to our phone discussion, the client proceeded with another profile for {role}. However, I am handling a {x} mandate in Al Khobar that matches your experience. Kindly confirm whether I can forward your CV.\n\nBest regards,\n{sig}\n{co}", "Gulfstar Search Consultants", "gulfstarsearch", role="HSE Officer", x="HSE Supervisor", tz="ae")
mr("rc7", "After we spoke", "Hi {n}\n\nLekker talking on Monday. The client went with another person for {role}, sadly. There's a {x} vacancy in Stellenbosch I reckon suits you even better – happy if I submit you, hey?\n\nCheers\n{sig}\n{co}", "Boland Recruitment Hub", "bolandhub", role="Cellar Hand", x="Cellar Foreman", tz="za")

# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role}, Announcement {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}: your application has been rated. You met the qualifications, yet the certificate forwarded to the selecting official omits your name.\n\nWith this notice, your candidacy under the announcement closes.\n\nHR Office, {co}", ("Department of Water Resources – Region 4", "Office of State Parks – Personnel"), ("waterres-region4", "stateparks-hr"), frm="{co} <hr-notices@{dom}>", role=("Hydrologic Technician", "Park Ranger I"), tz=("use", "usm"))
mr("ps2", "Competition {ref} – {role}", "Dear {n},\n\nCompetition {ref} – {role}\n\nScreening of your application against the essential qualifications found the education requirement unmet. You are therefore ineligible in this competition.\n\nStaffing, {co}", ("Province of New Brunswick – Service Renewal", "Ministry of Public Service – Recruitment Division, Yaoundé"), ("nb-servicerenewal", "minfopra-recruit"), frm="{co} <staffing@{dom}>", role=("Program Officer", "Assistant Administrator"), tz=("nb", "cm"))
mr("ps3", "{role} – Vacancy {ref}", "Dear {n},\n\n{role} – Vacancy {ref}\n\nAfter a staffing budget review we have pulled this vacancy. No one is being appointed; your application is therefore closed.\n\nPeople Services, {co}", ("Torridge District Council", "Turks and Caicos Islands Public Service Commission"), ("torridge-council", "tci-psc"), frm="{co} <vacancies@{dom}>", role=("Licensing Officer", "Customs Officer II"), tz=("uk", "tc"))
mr("ps4", "Written examination result – {role}", "Dear {n},\n\nResult of written examination for {role} (Notification {ref}): your score of {x} fell below the cut-off of {y} fixed for your category. Accordingly, you are not called for certificate verification.\n\nController of Examinations, {co}", ("Madurai District Recruitment Board", "Littoral Regional Delegation for Public Service"), ("madurai-drb", "littoral-deleg"), frm="{co} <exams@{dom}>", role=("Junior Assistant", "Clerk-Typist"), x=("61.5", "48"), y=("68.25", "55"), tz=("in", "cm"))

# ---- 6 bare ATS status updates
mr("at1", "Status update: {role}", "Hi {n},\n\nUpdate for your {role} application at {co}.\n\nShown in portal – No longer under consideration\n\nDetails sit in the portal.", ("Corbelle Hotels Group", "Whitewater Aquatics Centre"), ("corbellegroup", "whitewateraqua"), frm="{co} <notifications@{dom}>", role=("Reservations Agent", "Lifeguard"), tz=("use", "au"))
mr("at2", "Application status changed", "<html><body><p>Application status changed</p><p>{role} · {co}</p><p><b>No longer being considered</b></p><p>This is an automated notification.</p></body></html>", ("Skerrington Insurance Brokers", "Al Nahda Schools"), ("skerringtonins", "alnahdaschools"), frm="{co} <ats@{dom}>", role=("Claims Handler", "Teaching Assistant"), tz=("uk", "ae"))
mr("at3", "{role} ({ref})", "{role} ({ref}): consideration of this application has ended.\n\n— {co} careers system (automated message, replies go nowhere)", ("Fundy Shores Home Care", "Swan Valley Cleaning Services"), ("fundyhomecare", "swanvalleyclean"), frm="{co} <careers-system@{dom}>", role=("Personal Support Worker", "Team Leader"), tz=("nb", "au"))

# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship Programme – outcome", "Dear {n},\n\nThanks for trying for the {co} Summer Internship Programme 2026 ({x} stream). Competition was fierce, and every 2026 cohort seat went to other students.\n\nDo think of us for graduate roles later on.\n\nEarly Careers Team", ("Exeter Flood Modelling Ltd", "Ottawa Valley Grid Co."), ("exeterflood", "ovgrid"), frm="Early Careers <earlycareers@{dom}>", x=("Hydraulics", "Protection Engineering"), tz=("uk", "use"))
mr("in2", "Graduate Trainee Scheme – assessment centre outcome", "Dear {n},\n\nLovely meeting you on assessment day. Scoring by the panel is complete, and you have missed out on a {x} scheme place this year.\n\nYours sincerely,\n{sig}\n{co}", ("Stockholm Rail Signalling AB", "Abu Dhabi Airport Services"), ("sthlmsignal", "adairportsvc"), x=("Signalling Graduate", "Aviation Management Trainee"), tz=("se", "ae"))
mr("in3", "Industrial attachment – {x}", "Dear {n},\n\nRegarding your request for industrial attachment ({x}) at {co}, we could not accommodate you this session as all slots are filled.\n\nRegards,\nTraining Cell, {co}", ("Madurai Brass Lamps", "Edéa Aluminium Works"), ("madurailamps", "edeaalu"), x=("Mechanical", "Electrical Maintenance"), tz=("in", "cm"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "We've got your application – {role}", "Hi {n},\n\nYour application for {role} (Req {ref}) reached us safely. Over the coming weeks its label might flip – In Review, then maybe Interview, or perhaps Closed – Another Applicant Progressed; whichever it becomes, you'll see it in the {co} Candidate Hub.\n\n{co} Talent Acquisition", ("Okehampton Agri-Machinery", "Limbe Cocoa Traders"), ("okeagri", "limbecocoa"), frm="{co} Careers <workday@{dom}>", role=("Workshop Foreman", "Quality Sampler"), tz=("uk", "cm"))
mo("application_received", "a2", "Thanks for applying – {role}", "Hi {n},\n\nYour {role} application has landed. A real person on our side reads each of them. Should we carry on with you, a spreadsheet task follows; should we stop, you'll get a note to that effect, so there's no guessing.\n\n{sig}\nPeople Team, {co}", ("Tamar Valley Ledgerworks", "Nashwaak Accounting Software"), ("tamarledger", "nashwaaksoft"), role=("Billing Analyst", "QA Tester"), tz=("uk", "nb"))
mo("application_received", "a3", "Application received: {role}", "{n}, hello —\n\nYour {role} application has arrived safe. Yes or no at the end, your profile remains in our candidate pool twelve months unless you answer 'nope'.\n\n— {sig}, {co}", ("Meenakshi Silks Online", "Providenciales Conch Works"), ("meenakshisilks", "provoconch"), role=("Content Writer", "Farm Technician"), tz=("in", "tc"))
mo("application_received", "a4", "{co}: application submitted", "<html><body><p>Dear {n},</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Submitted</td></tr><tr><td>Could later show</td><td>Interview / Not progressed – vacancy filled</td></tr></table><p>Recruitment, {co}</p></body></html>", ("Göta Älv Pumps AB", "Al Wakra Facilities Co."), ("gotaalvpumps", "alwakrafm"), frm="{co} <jobs@{dom}>", role=("Field Engineer", "HSE Coordinator"), tz=("se", "qa"))
mo("application_received", "a5", "Requisition {ref}: submission logged", "Dear {n},\n\nYour submission for requisition {ref}, {role}, is logged. Should the panel decide your background is a weaker match than others', the portal will show that; should it be a strong match, a recruiter will ring you.\n\nTalent Services, {co}", ("Bideford Mutual Assurance", "Moncton Contact Centre Group"), ("bidefordmutual", "monctoncontact"), frm="{co} Talent Services <icims@{dom}>", role=("Claims Assistant", "Bilingual Agent"), tz=("uk", "nb"))
mo("application_received", "a6", "{co} – Job Number {ref} received", "Dear {n},\n\nWe have received your submission for {role} (Job Number {ref}). Given how many applications arrive, we contact only applicants whose profile matches; if you hear nothing within six weeks, assume the position has gone elsewhere.\n\n{co} Staffing", ("Hudson Ridge Health System", "Kuwait National Cable Co."), ("hudsonridgehs", "kwcable"), frm="{co} Staffing <taleo@{dom}>", role=("Unit Secretary", "Cable Test Technician"), tz=("use", "kw"))
mo("application_received", "a7", "Got it – {role}", "Hi {n},\n\nYour application for {role} landed with the {co} hiring crew. We reply to everyone, yes or no, usually inside a fortnight.\n\nCheers,\n{sig}", ("Newquay Watch Repairs", "Fremantle Tile Studio"), ("watchrepair", "freotile"), role=("Bench Apprentice", "Tiler's Mate"), tz=("uk", "au"))
mo("application_received", "a8", "Application in for {role}", "Hello {n},\n\nLovely to get your {role} application. If someone else ends up in the role, we file your details against similar openings at {co}; if you make the shortlist, expect a ring to book a chat.\n\nKind regards,\n{sig}", ("Ballina Veterinary Group", "Karoo Brickworks"), ("ballinavets", "karoobricks"), role=("Kennel Assistant", "Kiln Operator"), tz=("ie", "za"))
mo("application_received", "a9", "Thanks for your application to {co}", "Hej {n}!\n\nThanks for applying for {role} at {co}. We go through applications continuously, and whatever the choice falls on, a message from us follows once the recruitment closes.\n\nBest regards\n{sig}", ("Umeå Snowmobile Service", "Kalmar Candle Factory"), ("umeasnow", "kalmarcandle"), role=("Parts Clerk", "Packer"), tz=("se", "se"))
mo("application_received", "a10", "{role} – application acknowledged", "Dear {n},\n\nYour application for {role} has arrived. We shortlist once the advert comes down; those we skip hear so by e-mail.\n\n{co} Recruitment", ("Dartmouth Steam Laundry", "Clonakilty Hurley Makers"), ("dartlaundry", "clonhurley"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Van Driver", "Ash Sawyer"), tz=("uk", "ie"))
mo("application_received", "a11", "Acknowledgement – {role}", "Good day {n},\n\nWe acknowledge receipt of your file for the post of {role}. Should your profile be retained, you will be invited for a test; otherwise, we keep your file on our shelf for later openings.\n\nHuman Resources, {co}", ("Bonabéri Paint Industries", "Bamenda Agro-Inputs"), ("bonaberipaint", "bamendaagro"), role=("Accountant", "Field Agronomist"), tz=("cm", "cm"))
mo("application_received", "a12", "We received your application", "Hi {n},\n\nYour {role} application at {co} is in our queue. A recruiter will review it this week. Whether we move forward or pass, a human writes back to you, never a bot.\n\nRecruiting @ {co}", ("Brightkettle Payroll", "Cinderline Robotics Lab"), ("brightkettle", "cinderline"), frm="Recruiting <ashby@{dom}>", role=("Payroll Specialist", "Test Engineer"), tz=("use", "usp"))
mo("application_received", "a13", "Picking crew application", "Alright {n},\n\nGot your note about the {x} crew at {co}. Bunks go first-come; if we're full up we'll say so straight, and if there's room we'll send the start date.\n\n{sig}", ("Exmoor Cider Orchards", "Teviot Cherry Co-op"), ("exmoorcider", "teviotcherry"), x=("apple-picking", "cherry-picking"), tz=("uk", "nz"))
mo("application_received", "a14", "Application received – {role}", "Dear {n},\n\nGreetings from {co}! Application for {role} received at our end. Intimation will go only to shortlisted candidates; kindly avoid phoning the office about status.\n\nHR Department", ("Vaigai Textile Mills", "Madurai Brass Lamps"), ("vaigaitex", "madurailamps"), frm="HR Department <hr@{dom}>", role=("Dyeing Master", "Polisher"), tz=("in", "in"))
mo("application_received", "a15", "Your application – {role}", "Dear {n},\n\nGreetings of the day. We confirm receipt of your CV for {role}. If your name stays off the shortlist, kindly treat this mail as our thanks; those shortlisted will get a call inside a fortnight.\n\nHR Section, {co}", ("Al Seeb Marine Services", "Lusail Events Management"), ("alseebmarine", "lusailevents"), role=("Deckhand", "Events Coordinator"), tz=("om", "qa"))
mo("application_received", "a16", "Thanks for applying – {co}", "Hi {n},\n\nAppreciate you sending your {role} application. If you fit we reach out soon; if the position get taken first, we tell you same way, promise.\n\nTake care,\n{sig}", ("Caicos Car Rentals", "Chalk Sound Dental Practice"), ("caicoscars", "chalksounddental"), role=("Shuttle Driver", "Dental Receptionist"), tz=("tc", "tc"))
mo("application_received", "a17", "{role} – we have it", "Hi {n},\n\nThanks for applying to {role} with {co}. We'll look at files after the closing date. If yours stops there, an e-mail comes your way, eh – no ghosting here.\n\n{sig}", ("Miramichi Fiddlehead Cannery", "Shediac Bay Credit Union"), ("fiddleheadcan", "shediacbay"), role=("Seasonal Packer", "Teller"), tz=("nb", "nb"))
mo("application_received", "a18", "Application lodged – {role}", "G'day {n},\n\nYour application for {role} at {co} is lodged. Should you miss out, we'll send a quick note; should you make the shortlist, expect a phone call.\n\n{sig}", ("Toowong Pool Builders", "Brisbane Stationery Wholesale"), ("toowongpools", "brisstationery"), role=("Pool Technician", "Sales Rep"), tz=("au", "au"))
mo("application_received", "a19", "We've received your application", "Hi {n}\n\nThanks for sending your {role} application to {co}. Please note: thirty silent days from our side mean the post has gone to somebody else.\n\nKind regards\n{sig}", ("Mossel Bay Aloe Products", "Nelspruit Citrus Packers"), ("aloeproducts", "citruspackers"), role=("Lab Assistant", "Forklift Driver"), tz=("za", "za"))
mo("application_received", "a20", "Competition {ref} – application received", "Dear {n},\n\nWe have logged your {role} application (Competition ref {ref}). Anyone left off the interview panel hears from us once shortlisting wraps up.\n\nHR, {co}", ("Shannon Estuary Harbour Trust", "Galway Language Exchange"), ("shannontrust", "galwaylingo"), frm="HR <hr@{dom}>", role=("Clerical Officer", "Tutor"), tz=("ie", "ie"))
mo("application_received", "a21", "Application confirmation – {role}", "Hello {n},\n\nLogged: your {role} application at {co}. Statuses that may follow: Under Review, Interview Scheduled, Position Filled. We will e-mail you whenever it changes.\n\nTalent Acquisition", ("Prairie Lantern Credit Union", "Denver Pet Nutrition"), ("prairielantern", "denverpetfood"), frm="Talent Acquisition <careers@{dom}>", role=("Loan Processor", "Warehouse Associate"), tz=("usc", "usm"))
mo("application_received", "a22", "Application received – {co}", "Kia ora {n},\n\nThanks heaps for applying for {role}. Whatever the outcome, expect a note from us, likely inside three weeks.\n\nNgā mihi,\n{sig}, {co}", ("Whanganui Hearing Clinic", "Taranaki Mower Centre"), ("hearingclinic", "taranakimower"), role=("Audiology Assistant", "Parts Interpreter"), tz=("nz", "nz"))
mo("application_received", "a23", "Recruitment test registration – {role}", "Dear {n},\n\nYour registration for the recruitment test for {role} is confirmed. Those scoring under the required mark will receive no further contact; the list of retained candidates will be posted at the head office.\n\nFor the Direction,\n{sig}", ("Mfoundi Savings Cooperative", "Yaoundé Digital Printing"), ("mfoundisavings", "yaoundeprint"), role=("Cashier", "Machine Minder"), tz=("cm", "cm"))
mo("application_received", "a24", "Your application to {co}", "Hello {n},\n\nCheers for applying to be {role} at {co}. We'll have a natter about it next week and tell 'ee yes or no, my lover.\n\n{sig}", ("Tavistock Clotted Cream Dairy", "Holsworthy Meat Packers"), ("tavicream", "holsworthymeat"), role=("Dairy Hand", "Boning Room Operative"), tz=("uk", "uk"))
mo("application_received", "a25", "Application received", "Dear {n},\n\nKindly note your {role} application reached the concerned department. Only candidates meeting the criteria will be contacted; others may consider their application closed after 45 days.\n\nRecruitment Team", ("Doha Cold Chain Trading", "Jumeirah Fit-Out Contracting"), ("dohacoldchain", "jumeirahfitout"), frm="Recruitment Team <hr@{dom}>", role=("Driver", "Draughtsman"), tz=("qa", "ae"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} – second round", "Hi {n},\n\nCheers for last week's chat – could you come back for round two on {dl} at 10:00? Unfortunately the yard lift has packed in, so you'll be climbing to the first floor.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Holsworthy Meat Packers", "Sussex Blueberry Growers"), ("holsworthymeat", "sussexberry"), role=("Quality Lead", "Farm Supervisor"), tz=("uk", "nb"))
mo("interview", "i2", "Interview invitation – {role}", "Dear {n},\n\nKindly present yourself for an interview for {role} on {dl} at 11:00 at our Bonanjo office. Regrettably parking is impossible on the street; kindly come by taxi.\n\n{sig}\nHuman Resources, {co}", ("Wouri Forwarding SARL", "Bonabéri Paint Industries"), ("wouriforward", "bonaberipaint"), role=("Customs Declarant", "Sales Supervisor"), tz=("cm", "cm"))
mo("interview", "i3", "Interview call – {role}", "Dear {n},\n\nYou are shortlisted; please attend a direct interview for {role} on {dl}, 10.30 AM. Sadly our canteen is getting renovated, so kindly carry water and lunch.\n\nWith warm regards,\n{sig}", ("Thiruparankundram Jewellers", "Vaigai Textile Mills"), ("tpkjewels", "vaigaitex"), role=("Billing Executive", "Loom Fitter"), tz=("in", "in"))
mo("interview", "i4", "Let's meet – {role}", "Hey {n},\n\nCome meet us 'bout {role} on {dl} at 2pm. Bad news on the road out to the office – it's being dug up – so leave ten extra minutes.\n\n{sig}", ("Chalk Sound Dental Practice", "Caicos Car Rentals"), ("chalksounddental", "caicoscars"), role=("Practice Manager", "Fleet Supervisor"), tz=("tc", "tc"))
mo("interview", "i5", "Inbjudan – interview for {role}", "Hi {n},\n\nYou are welcome to an interview for {role}, {dl} at 13.00. Unfortunately our entrance is being rebuilt, so please use the door by the loading bay.\n\nHa det bra,\n{sig}", "Västerås Gear Cutting AB", "vasterasgear", role="Production Engineer", tz="se")
mo("interview", "i6", "Interview schedule – {role}", "Dear {n},\n\nWe are pleased to schedule your interview for {role} on {dl} at 9:30 am. Kindly note that, regrettably, visitor parking is closed; please use the mall parking opposite.\n\nWarm regards,\n{sig}", "Ruwi Electrical Contractors", "ruwielectric", role="Site Supervisor", tz="om")
mo("interview", "i7", "Interview – {role}", "Hi {n},\n\nGood news – the crew reckon a yarn with you about {role} is overdue on {dl} at 10am. Sorry in advance, the coffee machine has died, so bring your own flat white.\n\n{sig}", "Geelong Party Hire", "geelongparty", role="Delivery Coordinator", tz="au")
mo("interview", "i8", "Video interview: {role}", "Hi {n},\n\nWould a video interview for {role} work on {dl} at 3pm Eastern? Unfortunately our meeting tool can't handle phone dial-ins, so please join on a laptop.\n\nBest,\n{sig}", "Larkspur Permit Services", "larkspurpermit", role="Permit Analyst", tz="use")
mo("interview", "i9", "Panel interview – {role}", "Dear {n},\n\nPlease join a panel for your {role} interview on {dl} at 11:15. Regrettably the tarmac crew have our main car park; follow signs to the overflow field.\n\nKind regards,\n{sig}", "Appledore Upholsterers", "appledoreuph", role="Cutter", tz="uk")
mo("interview", "i10", "Interview – {role}", "Hi {n},\n\nCan we meet about {role} on {dl} at 9am at the depot? Bad news: painters have taken over our staff room, so the chat happens in dispatch.\n\n{co} Hiring", "Saint John Bus Depot", "sjbusdepot", frm="{co} Hiring <hiring@{dom}>", role="Fleet Technician", tz="nb")
mo("interview", "i11", "Invitation to interview", "Hi {n},\n\nYour {role} application impressed us, and an interview on {dl} would be our next move. Sadly our building lacks step-free access at present; say so if somewhere else would suit you better.\n\n{sig}", "Honiton Lace Heritage Trust", "honitonlace", role="Learning Officer", tz="uk")
mo("interview", "i12", "Phone screen – {role}", "Hi {n},\n\nCould we grab twenty minutes by phone about {role} on {dl} at noon? Unfortunately our recruiter is travelling, so the call may drop once or twice.\n\n{sig}", "Denver Pet Nutrition", "denverpetfood", role="Formulation Technician", tz="usm")
mo("next_steps", "n1", "Next step – assessment for {role}", "Dear {n},\n\nFor {role}, our online aptitude test is your next hurdle; kindly finish it before {dl}. Unfortunately the platform does not work on phones, so use a computer.\n\nTalent Services, {co}", ("Bideford Mutual Assurance", "Moncton Contact Centre Group"), ("bidefordmutual", "monctoncontact"), frm="{co} Talent Services <icims@{dom}>", role=("Underwriting Assistant", "Team Lead, Inbound"), tz=("uk", "nb"))
mo("next_steps", "n2", "Task for {role}", "Hi {n},\n\nNice to speak earlier. Next for {role}: a brief written case study, due {dl}. Sadly our upload portal is down, so just e-mail it to me.\n\n{sig}\nPeople Team, {co}", ("Tamar Valley Ledgerworks", "Nashwaak Accounting Software"), ("tamarledger", "nashwaaksoft"), role=("Revenue Operations Associate", "Support Engineer"), tz=("uk", "nb"))
mo("next_steps", "n3", "Documents required – {role}", "Dear {n},\n\nTo move your {role} candidature ahead, kindly submit attested copies of your certificates by {dl}. Regrettably we cannot accept scans over WhatsApp.\n\nHR Section, {co}", ("Al Seeb Marine Services", "Kumba Palm Oil Refinery"), ("alseebmarine", "kumbapalm"), role=("Fleet Coordinator", "Lab Analyst"), tz=("om", "cm"))
mo("next_steps", "n4", "References for {role}", "Hi {n},\n\nThe hiring manager would like two referees for {role} by {dl}. Unfortunately we can't use family members, so think former supervisors.\n\nCheers,\n{sig}", ("Newquay Watch Repairs", "Toowong Pool Builders"), ("watchrepair", "toowongpools"), role=("Workshop Assistant", "Estimator"), tz=("uk", "au"))
mo("next_steps", "n5", "Next stage – {role}", "Hej {n}!\n\nPlease fill in a short personality questionnaire for {role} before {dl}. Unfortunately it's only available in Swedish and English.\n\nBest regards\n{sig}", ("Jämtland Wooden Toys AB", "Kalmar Candle Factory"), ("jamtlandtoys", "kalmarcandle"), role=("Lathe Operator", "Webshop Coordinator"), tz=("se", "se"))
mo("next_steps", "n6", "RE: [EXT] Re: {role} – skills test", "Hey {n},\n\nGreat talking last week. Next up for {role} is a short practical test at the dock; pick a slot before {dl}. Sadly the ferry timetable changed; check before you set out.\n\n{sig}\n\n{GM}", "Blue Hills Laundromat", "bluehillslaundry", role="Yard Coordinator", tz="tc")
mo("next_steps", "n7", "Background check – {role}", "Hello {n},\n\nYou're moving to the background-check stage for {role}. The consent form is due by {dl}. Unfortunately it kicks idle users after twenty minutes; have your ID beside you.\n\nTalent Acquisition", "Prairie Lantern Credit Union", "prairielantern", frm="Talent Acquisition <careers@{dom}>", role="Member Service Specialist", tz="usc")
mo("offer", "f1", "Offer – {role}", "Dear {n},\n\nIt's a yes: {co} would like you as {role}. Please get the signed contract to us no later than {dl}. Regrettably the start date must be a Monday because of payroll cut-offs.\n\nKind regards,\n{sig}", ("Exeter Flood Modelling Ltd", "Ottawa Valley Grid Co."), ("exeterflood", "ovgrid"), role=("Graduate Modeller", "Protection Technologist"), tz=("uk", "use"))
mo("offer", "f2", "RE: [EXT] Re: Offer for {role}", "Hi {n},\n\nLoved meeting you! We're chuffed to hand you the {role} job. Unfortunately our uniform supplier is slow, so your shirts may arrive a week late. Let me know by {dl}.\n\n{sig}\n\n{ORIG}", ("Geelong Party Hire", "Nelson Scaffold Hire"), ("geelongparty", "nelsonscaffold"), role=("Warehouse Lead", "Yard Manager"), tz=("au", "nz"))
mo("offer", "f3", "Conditional offer – {role}", "Dear {n},\n\nCongratulations! {co} is pleased to extend a conditional offer for {role}. Sadly the medical clinic we use is closed on Fridays, so book your check before {dl}.\n\n{sig}", "Abu Dhabi Airport Services", "adairportsvc", role="Ramp Agent", tz="ae")
mo("offer", "f4", "Offer letter – {role}", "Dear {n},\n\nHappy to say you are selected for the post of {role}. Kindly confirm acceptance by {dl}. Unfortunately the hostel for new joiners is full this month.\n\n{sig}", "Madurai Brass Lamps", "madurailamps", role="Quality Inspector", tz="in")
mo("offer", "f5", "Job offer", "Hi {n}\n\nGreat news – the {role} job at {co} is yours! Reply before {dl}. Bad news only on the parking front: it's limited, so taxi or lift club.\n\nCheers\n{sig}", "Karoo Brickworks", "karoobricks", role="Hygiene Controller", tz="za")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "w1", "Application withdrawn – {role}", "Hi {n},\n\nDone: at your request your {role} application has been withdrawn at {co}. You can apply again any time through the portal.\n\n{co} Careers", ("Corbelle Hotels Group", "Fundy Shores Home Care"), ("corbellegroup", "fundyhomecare"), frm="{co} <notifications@{dom}>", role=("Night Auditor", "Scheduler"), tz=("use", "nb"))
mo("other_job", "w2", "Status: On hold – {role}", "<html><body><p>Dear {n},</p><p>{role} · {co}</p><p>Status: <b>On hold – hiring frozen until the budget is signed</b></p><p>Another update follows when it restarts.</p></body></html>", ("Skerrington Insurance Brokers", "Al Nahda Schools"), ("skerringtonins", "alnahdaschools"), frm="{co} <ats@{dom}>", role=("Account Handler", "Librarian"), tz=("uk", "ae"))
mo("other_job", "w3", "Interview moved – {role}", "Hi {n},\n\nYour interview for {role} moves from {dl} to the following day at the same time since Emancipation Day falls then. Nothing else changes.\n\n{sig}", "Islands Placement Agency", "islandsplacement", role="Concierge", tz="tc")
mo("job_alert", "j1", "New roles at {co} this week", "Hi {n},\n\nThree fresh openings match your Lantern Watch: {role}, Stores Assistant and Night Picker.{FOOT}", ("Brisbane Stationery Wholesale", "Appledore Upholsterers", "Saint John Bus Depot"), ("brisstationery", "appledoreuph", "sjbusdepot"), frm="{co} Careers <alerts@{dom}>", role=("Order Picker", "Sewing Machinist", "Parts Clerk"), tz=("au", "uk", "nb"))
mo("recruiter_outreach", "o1", "A role you might like", "Hi {n},\n\nSpotted your profile today; a {role} post with a Torquay client looks cut out for you. Got ten minutes to natter before Friday?\n\n{sig}\n{co}", "Torbay Talent Partners", "torbaytalent", role="Credit Controller", tz="uk")
mo("recruiter_outreach", "o2", "Opportunity in Muscat", "Dear {n},\n\nWriting regarding a {role} opening with a reputed client in Muscat. If interested, kindly share your updated CV.\n\nBest regards,\n{sig}\n{co}", "Gulfstar Search Consultants", "gulfstarsearch", role="Facilities Manager", tz="ae")
mo("non_job_rejection_words", "x1", "Your personal loan application", "Dear {n},\n\nYour personal loan application ({ref}) has been assessed. Unfortunately we cannot approve it just now, given your current credit profile.\n\n{co} Lending", "Shediac Bay Credit Union", "shediacbay", frm="{co} Lending <lending@{dom}>", tz="nb")
mo("non_job_rejection_words", "x2", "Carol service ticket ballot", "Hi {n},\n\nThanks for entering our Christmas Eve carols draw. Sorry – the lots fell elsewhere in this year's draw, and every seat is now allocated.\n\nVisitor Office, {co}", "Exeter Minster Visitor Office", "minstervisits", frm="{co} <tickets@{dom}>", tz="uk")
mo("non_job_rejection_words", "x3", "Flat viewing – 14 Rothesay Ave", "Hi {n},\n\nCheers for viewing the Rothesay Avenue flat. Its owner signed a lease with another tenant, so the place is let. We'll keep sending comparable flats.\n\n{sig}, {co}", "Harbourview Lettings", "harbourviewlets", tz="nb")
mo("non_job_rejection_words", "x4", "Club membership application", "Dear {n},\n\nThe committee sat last week on your playing-membership request. Regrettably the club is full for the coming season and no place is available; your name now sits on our waiting list.\n\n{sig}, Hon. Secretary, {co}", "Al Qurm Tennis Club", "alqurmtennis", tz="om")
mo("non_job_rejection_words", "x5", "Christmas market pitch", "Dear {n},\n\nThanks for asking after a stall pitch at the Christmas market. We are sorry, but every pitch was snapped up and there's nothing spare this December.\n\n{co} Markets Team", "Crediton Town Council", "crediton-council", frm="{co} Markets <markets@{dom}>", tz="uk")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "\n\n·· forwarded by Brackenhollow" + ch + " jobs board ··"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, sg: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig}, {co} (via Brackenhollow" + ch + ") <{sl}@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz, sg=sg)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz, sg=sg)


pair("marble", "Ash", "Ashgrove Toy Marbles", "ashgrovemarbles", "use", "Wilhelmina Szabo",
     ("Marble Swirler opening", "Hi {n},\n\nGlad you wrote about our marble swirling bench. We picked a candidate who's already run a glory hole for three summers, so yours doesn't go forward this time."),
     ("application_received", "Marble Swirler – got it", "Hi {n},\n\nYour note about the marble swirling bench reached us. We'll write back either way once the owner has read the pile, likely inside two weeks."))
pair("cork", "Alder", "Wexford Cork Stoppers", "wexfordcork", "ie", "Ciarán Mooney",
     ("Cork Shaver post", "Dear {n},\n\nThanks a million for wanting the cork shaving job. We're after giving it to a young fella at the lathe with us on and off, so you won't be hearing more about it."),
     ("interview", "Cork Shaver – come in for a chat", "Dear {n},\n\nWould you call in on {dl} at half ten about the cork shaving job? Unfortunately the front gate jams, so lean on it hard."))
pair("match", "Rowan", "Bellbird Match Co.", "bellbirdmatch", "au", "Skye Donnellan",
     ("Match Splinter Cutter role", "G'day {n},\n\nAppreciate you applying for match splinting on the night line. Someone local to the mill has it now, so no go this round."),
     ("next_steps", "Match Splinter Cutter – trial shift", "G'day {n},\n\nNext up, a paid trial shift on the splint cutter before {dl}. Sadly the tearoom's being gutted, so bring a cut lunch."))
pair("hatpin", "Hazel", "Kettering Millinery Pins", "ketteringpins", "uk", "Gideon Yeo",
     ("Hatpin Forger vacancy", "Dear {n},\n\nThanks for wanting a place at our hatpin forging bench. After meeting the applicants it went to somebody with farriery behind them, so yours ends here."),
     ("offer", "Hatpin Forger – offer", "Dear {n},\n\nThe hatpin forging bench is yours from next month's first Monday. Please confirm by {dl}. Regrettably the forge has no showers yet."))
pair("tintype", "Elder", "Silverpan Portraits", "silverpan", "usp", "Royce Bledsoe",
     ("Tintype Printer position", "Hi {n},\n\nThanks for sending plates with your tintype printing application. The studio went with a printer who already handles collodion daily, so your application closes here."),
     ("interview", "Tintype Printer – studio visit", "Hi {n},\n\nSwing by the studio at 1pm on {dl} to talk tintype printing? Bad news on parking: the lot is closed for a film shoot."))
pair("pegdoll", "Holly", "Wanaka Wooden Dolls", "wanakadolls", "nz", "Hamish Lockyer",
     ("Peg-Doll Turner job", "Kia ora {n},\n\nCheers for applying for peg-doll turning. A woodturner from Cromwell, free to start right off, got the job; that wraps up your application."),
     ("application_received", "Peg-Doll Turner – received", "Kia ora {n},\n\nGot your application for peg-doll turning, ta. Whatever we decide, look out for our email before month's end."))
pair("birchbark", "Yew", "Kouchibouguac Bark Baskets", "barkbaskets", "nb", "Roméo Savoie",
     ("Birch-Bark Stitcher", "Hi {n},\n\nThanks for wanting to do birch-bark stitching with us. We hired an elder's grandson who learned the spruce-root lacing at home, so your application ends here."),
     ("next_steps", "Birch-Bark Stitcher – sample", "Hi {n},\n\nCould you stitch a little sample panel and bring it by {dl}? Unfortunately spring runoff took out the shop road beyond the bridge; use the long route."))
pair("cuckoo", "Birch", "Black Forest Clocks of Vermont", "vtcuckoo", "use", "Annaliese Kurtz",
     ("Cuckoo-Case Carver application", "Dear {n},\n\nThank you for applying for cuckoo-case carving. We selected a carver with ten years of linden work, and your application ends with us here."),
     ("offer", "Cuckoo-Case Carver – offer", "Dear {n},\n\nThe cuckoo-case carving bench is yours. Tell us before {dl}. Unfortunately the workshop heat is still being fixed, so dress warm."))
pair("quill", "Willow", "Cockburn Town Quills", "cockburnquills", "tc", "Wendal Gardiner",
     ("Quill-Pen Knifer job", "Hi {n},\n\nThank you for trying for the quill-pen knifing work. We done pick somebody from Salt Cay who been cutting nibs for years, so this one not going to you."),
     ("interview", "Quill-Pen Knifer – meet us", "Hi {n},\n\nCome by at 9 on {dl} to talk quill-pen knifing. Sorry, de aircon broke, so it hot inside."))
pair("beadloom", "Aspen", "Ndebele Bead Studio", "ndebelebeads", "za", "Thandeka Dube",
     ("Bead-Loom Warper post", "Hi {n}\n\nThank you for applying for bead-loom warping. We have appointed a warper from Mpumalanga who knows our patterns, so your application falls away, hey."),
     ("application_received", "Bead-Loom Warper – received", "Hi {n}\n\nYour application for bead-loom warping came through. Yes or no, we'll phone you by month end."))
pair("pipereed", "Linden", "Glencorrie Pipe Reeds", "glencorriereeds", "uk", "Jory Ellacott",
     ("Bagpipe-Reed Cutter", "Dear {n},\n\nMany thanks for applying for bagpipe-reed cutting. We've taken on a piper from Oban who already gouges cane, so we'll no be going further with you."),
     ("next_steps", "Bagpipe-Reed Cutter – test", "Dear {n},\n\nNext step is a wee cane-gouging test before {dl}. Unfortunately the workshop lights flicker, so bring a head torch."))
pair("drumrim", "Hornbeam", "Bendigo Drum Works", "bendigodrums", "au", "Vasilios Karras",
     ("Drum-Rim Steamer role", "Hi {n},\n\nThanks for applying for drum-rim steaming. A bloke who's bent hoops for a brass band maker got the start, so you've missed the cut."),
     ("offer", "Drum-Rim Steamer – it's yours", "Hi {n},\n\nThe drum-rim steaming job's yours. Let us know before {dl}. Bad news: our steam box leaks, so week one gets soggy."))
pair("flail", "Larch", "Hebridean Threshing Tools", "hebthreshing", "uk", "Demelza Stapledon",
     ("Flail Maker vacancy", "Dear {n},\n\nThanks for your interest in flail making with us. A maker from Uist who knows the swivel joint has been appointed, and yours ends with that."),
     ("interview", "Flail Maker – interview", "Dear {n},\n\nCould you interview for flail making on {dl} at 11. Regrettably the ferry runs late on weekdays, so plan for the later crossing."))
pair("kiln", "Juniper", "Tiruppur Lime Kilns", "tiruppurlime", "in", "Thangaraj Velu",
     ("Kiln Stacker post", "Dear {n},\n\nThank you for applying for kiln stacking. Kindly note the management has appointed a stacker from Karur itself, so your application is closed."),
     ("application_received", "Kiln Stacker – application received", "Dear {n},\n\nYour application for kiln stacking is received. Selected or otherwise, our intimation reaches you in ten days."))
pair("toll", "Spruce", "Hartland Covered Bridge Tolls", "hartlandtolls", "nb", "Duncan MacAskill",
     ("Toll-Booth Keeper", "Hi {n},\n\nThanks for your interest in keeping the toll booth this summer. The post went to a retired teacher from Woodstock, so there'll be no call-in for you."),
     ("next_steps", "Toll-Booth Keeper – cash test", "Hi {n},\n\nBefore {dl}, could you do the short cash-handling quiz online? Sadly it freezes on old browsers."))
pair("lampblack", "Cedar", "Sootworks Pigments", "sootworks", "usc", "Tobias Ngata-Reed",
     ("Lampblack Burner position", "Hello {n},\n\nThanks for your interest in lampblack burning. We chose a candidate who has tended smoke chambers before, and your file is shut."),
     ("interview", "Lampblack Burner – interview", "Hello {n},\n\nWould {dl} at 2pm suit you for a talk about lampblack burning? Unfortunately the visitor lot floods, so park on the street."))
pair("banner", "Maple", "Guildhall Banners", "guildhallbanners", "uk", "Lowenna Pascoe",
     ("Banner Appliquer vacancy", "Hello {n},\n\nThank you for applying for banner appliquéing. We offered it to a stitcher who's made trade-union banners for years, so we're saying no on this one."),
     ("offer", "Banner Appliquer – offer", "Hello {n},\n\nCome and join us doing banner appliquéing! Please say yes or no by {dl}. Sadly our big cutting table is still on order."))
pair("hurdy", "Poplar", "Wheelstring Instruments", "wheelstring", "ie", "Bláthnaid Doyle",
     ("Hurdy-Gurdy Tuner", "Dear {n},\n\nThanks for applying for hurdy-gurdy tuning. We're after offering it to a fiddler from Ennis who already voices our wheels, so this one's gone elsewhere."),
     ("application_received", "Hurdy-Gurdy Tuner – received", "Dear {n},\n\nYour application for hurdy-gurdy tuning is in. A reply comes either way before the month is out."))
pair("jigsaw", "Walnut", "Puzzlecraft Wellington", "puzzlecraftnz", "nz", "Aroha Paewai",
     ("Jigsaw Blanker job", "Kia ora {n},\n\nThanks for applying to do jigsaw blanking. Someone who's already run our laser got the job, so we won't take this any further with you."),
     ("next_steps", "Jigsaw Blanker – try-out", "Kia ora {n},\n\nCould you come for a try-out at the blanking press before {dl}? Unfortunately our lift has carked it; two flights up it is."))
pair("tapestry", "Chestnut", "Parramatta Tapestry Studio", "parratapestry", "au", "Brodie McAllister",
     ("Tapestry-Bobbin Winder", "Hi {n},\n\nThanks heaps for applying for tapestry-bobbin winding. The spot went to a weaver already on our casual list, so you won't hear more on this one."),
     ("interview", "Tapestry-Bobbin Winder – meet", "Hi {n},\n\nPop in at 10 on {dl} to chat tapestry-bobbin winding? Sadly the loading dock is shut, so use the front door."))
pair("trolley", "Beech", "Seattle Transit Overhead", "seattleoverhead", "usp", "Wilhelmina Szabo",
     ("Trolleybus Rewirer position", "Hi {n},\n\nThank you for applying for trolleybus rewiring. We've selected a journeyman lineworker for the post and will not advance your application."),
     ("next_steps", "Trolleybus Rewirer – safety module", "Hi {n},\n\nPlease finish the online electrical-safety module by {dl}. Unfortunately it only runs on desktop browsers."))
pair("shell", "Sycamore", "Margate Shell Follies", "shellfollies", "uk", "Jory Ellacott",
     ("Shell-Grotto Decorator", "Hi {n},\n\nThanks for your shell grotto application. We took on a decorator who restored the Pegwell folly, so we shan't be progressing yours."),
     ("application_received", "Shell-Grotto Decorator – received", "Hi {n},\n\nGot your application for the shell grotto work. Yes or no, a reply follows after closing day."))
pair("bellrope", "Hawthorn", "Loughborough Bellropes", "lboroughropes", "uk", "Gideon Yeo",
     ("Bell-Rope Sally Maker", "Dear {n},\n\nThanks for wanting to make bell-rope sallies. A ringer who has spliced for the guild got the post, and yours stops with us here."),
     ("offer", "Bell-Rope Sally Maker – offer", "Dear {n},\n\nThe sally-making bench awaits you; confirm before {dl}. Regrettably the tower yard is muddy, so bring boots."))
pair("sedan", "Blackthorn", "Charleston Carriage Upholstery", "chscarriage", "use", "Royce Bledsoe",
     ("Sedan-Chair Upholsterer", "Hi {n},\n\nThanks for applying for sedan-chair upholstering. We went with an upholsterer from Savannah who's done horsehair stuffing for museums, so your file closes now."),
     ("interview", "Sedan-Chair Upholsterer – interview", "Hi {n},\n\nWould {dl} at 3pm work for an interview about sedan-chair upholstering? Sorry, our elevator is out, so take the stairs."))
pair("vane", "Cherry", "Prairie Vane Co.", "prairievane", "usc", "Annaliese Kurtz",
     ("Weathervane Riveter", "Hi {n},\n\nThanks for applying for weathervane riveting. We've hired a riveter from Salina who's done copper vanes for barns, so this application is closed."))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-ash", "Brackenhollow weekly: new craft benches", "Hi {n},\n\nThis week on BrackenhollowAsh: marble swirler (Ohio), cork turner (Wexford), peg-doll painter (Otago). Unfortunately two listings expired early.\n\n·· Brackenhollow jobs board ··", "Brackenhollow", "brackenhollow", frm="BrackenhollowAsh <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-garden", "Community garden grant", "Dear {n},\n\nThanks for your community garden grant bid. Regrettably it went unfunded this round; the pot ran dry early.\n\n{co} Grants Team", "Wexford Community Fund", "wexfordfund", frm="{co} <grants@{dom}>", tz="ie")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    sg = LANG_SIGNERS[lang][0]
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang, sg=sg)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang, sg=sg)


lp("ar-soap", "ar", "مصنع صابون السلط البلدي", "saltsoap", "jo",
   ("بخصوص طلبك لوظيفة فني تغليف", "مرحباً {n}،\n\nنقدّر رغبتك بالعمل معنا في {co}. قررت الإدارة منح الوظيفة لمتقدم آخر سبق له العمل في خطوط التغليف، ونتمنى لك التوفيق في خطواتك القادمة.\n\nمع التحية،\n{sig}"),
   ("interview", "دعوة لمقابلة شخصية", "مرحباً {n}،\n\nنود لقاءك بخصوص وظيفة فني تغليف يوم {dl} في العاشرة صباحاً. للأسف ساحة الاصطفاف أمام المصنع تخضع لأعمال ترميم، فالأفضل أن تأتي بسيارة أجرة.\n\n{sig}"))
lp("de-organ", "de", "Orgelbau Wendt & Söhne", "orgelbauwendt", "de",
   ("Ihre Bewerbung als Orgelbauer", "Hallo {n},\n\nherzlichen Dank, dass Sie sich in unserer Orgelwerkstatt beworben haben. Zum Zug kommt eine Kollegin mit langjähriger Erfahrung an barocken Orgeln. Wir wünschen Ihnen für die Suche viel Glück.\n\nBeste Grüße aus der Werkstatt\n{sig}\n{co}"),
   ("next_steps", "Arbeitsprobe Orgelbau", "Hallo {n},\n\nim nächsten Schritt hätten wir gern eine kleine Arbeitsprobe von Ihnen: eine Holzpfeife nach beiliegender Zeichnung, bis zum {dl}. Leider ist die Werkstatt samstags zu, Abgabe also bitte unter der Woche.\n\nViele Grüße\n{sig}"))
lp("es-guitar", "es", "Guitarrería Morales", "guitarreriamorales", "es",
   ("Tu candidatura – aprendiz de guitarrería", "Hola {n}:\n\nMil gracias por tu mensaje y las fotos de tus guitarras. Para el aprendizaje hemos escogido a una chica que ya lleva dos años barnizando guitarras. Ojalá encuentres pronto tu sitio.\n\nAbrazos,\n{sig}\n{co}"),
   ("offer", "Oferta – aprendiz de guitarrería", "Hola {n}:\n\n¡Nos encantaría que te unieras al taller como aprendiz! Confírmanos antes del {dl}. Por desgracia la calle del taller está en obras, así que entra por la plaza.\n\nUn abrazo,\n{sig}"))
lp("fr-hat", "fr", "Chapellerie Dumas", "chapelleriedumas", "fr",
   ("Votre candidature – formier-chapelier", "Bonjour {n},\n\nVotre envie de rejoindre notre atelier de formier-chapelier nous a fait plaisir ; cette place ira toutefois à une apprentie formée chez un chapelier de Montazels. Nous vous souhaitons une belle continuation.\n\nCordialement,\n{sig}\n{co}"),
   ("application_received", "Accusé de réception – chapellerie", "Bonjour {n},\n\nVotre candidature pour l'atelier nous est bien parvenue. Réponse favorable ou pas, un courriel de notre part vous parviendra sous trois semaines.\n\nCordialement,\n{sig}"))
lp("hi-silk", "hi", "काशी रेशम बुनकर सहकारी समिति", "kashisilkcoop", "in",
   ("आपके आवेदन के बारे में", "{n} जी,\n\nकरघा-सहायिका वाली जगह हेतु अर्ज़ी आई, शुक्रिया। अब वह पद ज़रदोज़ी में बरसों से पारंगत किसी और बुनकर को मिल गई है। राह में सफलता मिले।\n\n{sig}\n{co}"),
   ("interview", "मुलाक़ात का न्योता", "{n} जी,\n\nकरघा-सहायिका वाली जगह हेतु मुलाक़ात {dl}, दिन में ग्यारह बजे रखी गई है। अफ़सोस, गली में बरसाती पानी जमा है, सो घूमकर आना होगा।\n\n{sig}"))
lp("it-violin", "it", "Liuteria Conti", "liuteriaconti", "it",
   ("La sua candidatura in liuteria", "Gentile {n},\n\ngrazie del pensiero rivolto alla nostra bottega come apprendista liutaio. Abbiamo preso un ragazzo diplomato alla scuola cremonese. Un caro augurio per quel che verrà.\n\nCordiali saluti,\n{sig}\n{co}"),
   ("next_steps", "Prova pratica in bottega", "Gentile {n},\n\nLe chiediamo di venire in bottega per una prova pratica di intaglio entro il {dl}. Purtroppo in via Platina c'è un cantiere e i posteggi sono vietati.\n\nCordiali saluti,\n{sig}"))
lp("ja-fan", "ja", "京扇子 藤田工房", "kyosensu", "jp",
   ("選考結果のお知らせ", "{n}様\n\nこのたびは扇子職人見習いの募集にご応募くださり、ありがとうございました。慎重に検討した結果、別の方にお願いすることになりました。今後のご健勝を心よりお祈りいたします。\n\n{co}\n{sig}"),
   ("offer", "採用のご連絡", "{n}様\n\n扇子職人見習いとしてお迎えしたく、ご連絡いたします。{dl}までにお返事ください。あいにく工房の駐車場は狭いため、電車でお越しください。\n\n{sig}"))
lp("ko-hanji", "ko", "안동 한지 공방", "andonghanji", "kr",
   ("지원 결과 안내", "{n}님, 안녕하세요.\n\n한지 공방 보조 직무에 공방에 관심 보내 주셔서 고맙습니다. 여러 날 고민하다가 이번에는 다른 분과 함께하게 되었습니다. 앞으로의 길을 응원하겠습니다.\n\n{sig} 드림\n{co}"),
   ("application_received", "지원서 접수 확인", "{n}님, 안녕하세요.\n\n한지 공방 보조 직무 지원서가 잘 접수되었습니다. 합격 여부와 관계없이 2주 안에 결과를 알려 드리겠습니다.\n\n{sig} 드림"))
lp("pt-embroid", "pt", "Bordados Serrano da Madeira", "bordadosserrano", "pt",
   ("A sua candidatura – bordadeira", "Olá {n},\n\nObrigada pelo interesse em trabalhar connosco. Depois de ponderar, escolhemos outra candidata que já domina o ponto de caseado madeirense. Que tudo lhe corra pelo melhor.\n\nAté breve,\n{sig}\n{co}"),
   ("interview", "Convite para entrevista", "Olá {n},\n\nPode vir falar connosco no dia {dl}, às 10h? Infelizmente o nosso ascensor não funciona, terá de subir três lanços a pé.\n\nCumprimentos,\n{sig}"))
lp("ru-lacquer", "ru", "Мастерская лаковой миниатюры «Жар-птица»", "zharptitsa", "ru",
   ("Результат рассмотрения заявки", "Здравствуйте, {n}!\n\nБлагодарим за отклик на место в нашей мастерской. Место отдано художнице, которая уже несколько лет расписывает шкатулки. Пусть поиски работы будут удачными.\n\nВсего доброго,\n{sig}\n{co}"),
   ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\n\nСледующий этап — небольшое тестовое задание: эскиз росписи крышки шкатулки, прислать до {dl}. К сожалению, наша почта не принимает файлы больше 10 МБ.\n\nС уважением,\n{sig}"))
lp("sw-carve", "sw", "Karakana ya Vinyago Mwenge", "mwengecarvers", "tz",
   ("Kuhusu maombi yako", "Habari {n},\n\nShukrani kwa kutuma ombi la kuwa mchongaji msaidizi katika {co}. Tumempa nafasi hiyo fundi mwingine aliyechonga mpingo kwa muda mrefu. Kila la kheri katika utafutaji wako.\n\nWako,\n{sig}"),
   ("offer", "Ofa ya kazi – mchongaji msaidizi", "Habari {n},\n\nTunafurahi kukupa nafasi ya mchongaji msaidizi. Tafadhali thibitisha kabla ya {dl}. Kwa bahati mbaya njia kuu ya karakana inajengwa upya, pita upande wa sokoni.\n\nWako,\n{sig}"))
lp("th-khon", "th", "ร้านหัวโขนบ้านช่างทอง", "khonmasks", "th",
   ("ผลการสมัครงาน", "เรียนคุณ{n}\n\nทาง{co}ขอบใจมากที่ส่งใบสมัครงานผู้ช่วยช่างหัวโขนมา ทางร้านตกลงรับช่างอีกคนซึ่งชำนาญงานลงรักปิดทองแล้ว ขออวยพรให้ได้งานดีในเร็ววันค่ะ\n\n{sig}"),
   ("interview", "นัดสัมภาษณ์", "เรียนคุณ{n}\n\nเชิญคุณแวะมาคุยเรื่องงานผู้ช่วยช่างหัวโขน {dl} เวลาสิบโมงตรง ทั้งนี้ขออภัยที่ลานหน้าร้านกำลังเทปูนใหม่ โปรดฝากรถไว้ที่ลานวัดติดกัน\n\n{sig}"))
lp("tr-pipe", "tr", "Eskişehir Lületaşı Atölyesi", "luletasi", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nLületaşı atölyemize başvurduğunuz için sağ olun. Pipo oymacılığında yıllarını vermiş başka bir adayı seçtik. Aramanızda şans dileriz.\n\nSevgiyle,\n{sig}\n{co}"),
   ("application_received", "Başvurunuz elimize ulaştı", "Merhaba {n},\n\nÇırak oymacı başvurunuz bize ulaştı. Karar hangi yönde çıkarsa çıksın, on dört gün dolmadan e-postamız gelir.\n\nSaygılarımızla,\n{sig}"))
lp("ur-ball", "ur", "سیالکوٹ ہینڈ اسٹچ بال ورکس", "sialkotballs", "pk",
   ("آپ کی درخواست", "محترم {n}،\n\n{co} آپ کی دلچسپی کا ممنون ہے۔ سلائی کار کی یہ نشست ہم نے ایک پرانے کاریگر کو سونپ دی ہے، جن کا ٹانکا برسوں سے پکا ہے۔ دعا ہے جلد اچھی ملازمت ملے۔\n\n{sig}"),
   ("next_steps", "اگلا مرحلہ", "محترم {n}،\n\nاگلے مرحلے میں آپ کو {dl} تک ایک عملی ٹیسٹ دینا ہوگا جس میں ایک پینل سلائی کرنا ہے۔ افسوس کہ ہمارا جنریٹر خراب ہے، اس لیے صبح کے وقت آئیں۔\n\n{sig}"))
lp("zh-embroid", "zh", "苏州绣坊", "suzhouxiu", "cn",
   ("应聘结果通知", "{n}您好：\n\n感谢您应聘我们绣坊的绣娘助理岗位。经过慎重考虑，我们最终选择了另一位有双面绣经验的候选人。祝您求职顺利。\n\n{sig}\n{co}"),
   ("offer", "录用通知", "{n}您好：\n\n很高兴通知您，您已被录用为绣娘助理。请在{dl}前回复确认。遗憾的是，坊里的员工宿舍已满，需要您自行租房。\n\n{sig}"))
lp("cat-espad", "cat", "Espardenyeria Vilaró", "espardenyesvilaro", "es",
   ("La teva candidatura", "Hola {n},\n\nEt volem agrair que t'hagis fixat en la plaça d'aprenent del taller. Hem escollit una altra persona, que ja cosia soles de jute. Que vagi molt bé la cerca de feina!\n\nSalutacions,\n{sig}\n{co}"),
   ("interview", "Entrevista a l'espardenyeria", "Hola {n},\n\nEns agradaria conèixer-te el {dl} a les 11 h al taller d'Olot. Malauradament l'aparcament de davant està tancat per obres.\n\nSalutacions,\n{sig}"))
lp("glg-basket", "glg", "Cestería Lema", "cesterialema", "es",
   ("A túa candidatura", "Ola {n},\n\nGrazas por interesarte no posto de axudante no noso obradoiro de cestería. Despois de valoralo, escollemos outra persoa que xa traballaba o vimbio. Que che vaia moi ben.\n\nUnha aperta,\n{sig}\n{co}"),
   ("next_steps", "Proba práctica", "Ola {n},\n\nO seguinte paso é unha proba práctica: tecer un cesto pequeno antes do {dl}. Por desgraza o obradoiro está pechado os luns.\n\nUnha aperta,\n{sig}"))
lp("afr-riempie", "afr", "Pretorius Riempiestoele", "riempiestoele", "za",
   ("Jou aansoek", "Hallo {n}\n\nDankie vir jou aansoek as leerling-riempiesmaker by {co}. Ná deeglike oorweging het ons iemand anders gekies wat al jare lank met velle werk. Sterkte vorentoe!\n\nGroete\n{sig}"),
   ("offer", "Werksaanbod", "Hallo {n}\n\nOns wil jou graag as leerling-riempiesmaker aanstel! Laat weet ons asseblief voor {dl}. Ongelukkig is die werkswinkel se krag soms af weens beurtkrag.\n\nGroete\n{sig}"))
lp("isl-fish", "isl", "Harðfiskverkun Stefánssonar", "hardfiskur", "is",
   ("Umsókn þín", "Sæl/l {n},\n\nVið hjá {co} þökkum áhugann á starfi í harðfiskverkuninni. Starfið fór til annars umsækjanda sem hefur áralanga reynslu af þurrkhjöllum. Gangi þér vel.\n\nKveðja,\n{sig}"))
lp("nor-rose", "nor", "Haugland Rosemaling", "hauglandrose", "no",
   ("Søknaden din", "Hei {n},\n\nTakk for at du søkte stillingen som rosemaler hos {co}. Vi har landet på en søker som har malt kister i mange år. Lykke til videre!\n\nVennlig hilsen\n{sig}"),
   ("application_received", "Søknad mottatt – rosemaler", "Hei {n},\n\nSøknaden din som rosemaler har kommet fram. Svaret, ja som nei, sender vi deg før tre uker er gått.\n\nVennlig hilsen\n{sig}"))
lp("dan-smorrebrod", "dan", "Kjærgaards Smørrebrød", "kjaergaardsmad", "dk",
   ("Din ansøgning", "Kære {n},\n\nVi siger tak for din interesse i at blive smørrebrødsjomfru hos {co}. Valget faldt på en ansøger, der allerede har stået bag disken i flere år. Alt godt på din vej.\n\nVenlig hilsen\n{sig}"),
   ("interview", "Samtale hos Kjærgaards", "Kære {n},\n\nPasser det dig at komme ind {dl} kl. 10 og snakke? Desværre er indgangen fra gaden lukket, så brug gårdporten.\n\nVenlig hilsen\n{sig}"))
lp("fin-knife", "fin", "Lehtisen Puukkopaja", "puukkopaja", "fi",
   ("Hakemuksesi", "Hei {n},\n\nKiitos hakemuksestasi puukkopajamme oppipojan paikkaan. Paikka meni nyt toiselle hakijalle, jolla on jo kokemusta terien karkaisusta. Onnea työnhakuun!\n\nTerveisin\n{sig}\n{co}"),
   ("next_steps", "Työnäyte", "Hei {n},\n\nSeuraavaksi pyydämme sinulta pientä työnäytettä: veistä koivuinen kahva {dl} mennessä. Valitettavasti paja on suljettu maanantaisin.\n\nTerveisin\n{sig}"))
lp("est-sauna", "est", "Rebase Saunaehitus OÜ", "saunaehitus", "ee",
   ("Teie kandideerimine", "Tere, {n}!\n\nTäname, et kandideerisite saunaehitaja abiks meie ettevõttes. Otsustasime seekord teise kandidaadi kasuks, kellel on palkmajade ehitamise kogemus. Soovime edu!\n\nLugupidamisega\n{sig}\n{co}"),
   ("offer", "Tööpakkumine", "Tere, {n}!\n\nMeil on hea meel pakkuda teile saunaehitaja abi kohta. Palun andke teada hiljemalt {dl}. Kahjuks on meie kontori parkla remondis.\n\nLugupidamisega\n{sig}"))
lp("slv-bees", "slv", "Čebelarstvo Zupančič", "cebelarstvo", "si",
   ("Vaša prijava", "Pozdravljeni, {n},\n\nnajlepša hvala, ker ste se javili za pomočnika v našem čebelarstvu. Izbrali smo kandidata, ki je med že točil več sezon. Želimo vam veliko uspeha.\n\nLep pozdrav,\n{sig}\n{co}"),
   ("application_received", "Prejeli smo vašo prijavo", "Pozdravljeni, {n},\n\nvašo prijavo za pomočnika v čebelarstvu smo prejeli. Ne glede na to, ali bo odločitev pozitivna ali ne, vam pišemo v dveh tednih.\n\nLep pozdrav,\n{sig}"))
lp("srp-kilim", "srp", "Radionica pirotskog ćilima Marković", "pirotcilim", "rs",
   ("Vaša prijava", "Poštovani/a {n},\n\nzahvaljujemo se što ste se javili za pomoćnika u radionici pirotskog ćilima. Nakon razmatranja, izabrali smo drugu kandidatkinju koja već tka na vertikalnom razboju. Srećno u daljoj potrazi.\n\nSrdačan pozdrav,\n{sig}\n{co}"),
   ("interview", "Poziv na razgovor", "Poštovani/a {n},\n\nočekujemo vas na razgovoru {dl} u 10 sati. Nažalost, kapija prema glavnoj ulici je zaključana dok traje popravka, pa koristite dvorišni ulaz.\n\nSrdačan pozdrav,\n{sig}"))


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
    "cat": "{d}/{m}/{y}", "glg": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
            sig = t.sg or rng.choice([s for s in signer_pool(t.lang, zone) if s not in signers])
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
            if t.sg:
                slots["sl"] = local_part(sig, 0) if ascii_fold(sig).strip(" .-") else "hr"
            elif not ascii_fold(sig).strip(" .-"):
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
    """Every .jsonl in data/ and data/blind/ below slice 159; slice 159, this slice and any later one are skipped by number."""
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
