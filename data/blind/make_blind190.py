# ruff: noqa: E501, S311
"""Write the hundred-and-ninetieth sealed blind slice for issue 11 (blind-slice-190.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 189; slice 189, written at the same time, and later never read; our side printed)
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

SEED = 1901901
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-190.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 190
SKIP_FROM = 189  # slice 189 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Morven Cairncross", "Tebogo Sithole", "Anvitha Shenoy", "Delroy Ebanks", "Siobhra Kavanagh",
    "Ngwa Brice Tabi", "Rósa Þorgeirsdóttir", "Sreyneang Chhim", "Solenne Beaudoin", "Ailidh McGarvie",
    "Prajwal Kamath", "Kelsey Bodden", "Fonkem Nadège", "Lachie Trewartha", "Hemi Tawhiri",
    "Yaritza Pereira-Rowe", "Vuthy Keo", "Gunnhildur Arnardóttir", "Craig Baillie", "Shravya Rai",
    "Tavish Lennon-Tatum", "Eithne Scullion", "Nkanyezi Mokoena", "Brennan Whitlock", "Jerusha Conolly",
    "Akwa Mbella", "Dara Ó Ceallaigh", "Nadine Paquette", "Rithy Sok", "Rovel Pinto",
]
GIVEN = {"Ngwa Brice Tabi": "Brice", "Fonkem Nadège": "Nadège", "Sok Chanthou": "Chanthou", "Chea Vannak": "Vannak"}
REGION_SIGNERS = {
    "lan": ["Shona Gilfillan", "Gordon Rennie", "Kirsty Hamill", "Alasdair Tennant"],
    "cm": ["Ebenezer Nkwelle", "Mireille Ekambi", "Tabe Godlove", "Ngole Clarisse"],
    "mng": ["Vinitha D'Souza", "Ganesh Bhat", "Shalini Kini", "Melwyn Lobo"],
    "ky": ["Maureen Ebanks", "Dwayne Bodden", "Tiffany Connolly-Rivers", "Alden Whittaker"],
    "ssm": ["Bryce Lajambe", "Colette Pinard", "Derek Boissoneau", "Tara Agawa"],
    "is": ["Hrafnhildur Jónsdóttir", "Einar Pálsson", "Katrín Eiðsdóttir"],
    "kh": ["Sok Chanthou", "Chea Vannak", "Lim Sreymom"],
    "uk": ["Penelope Ashdown", "Gareth Wilcock", "Imogen Fairley"],
    "ie": ["Clodagh Furlong", "Padraig Culhane", "Aoibheann Dunne"],
    "us": ["Shawna Kirkbride", "Terrence Opdyke", "Luz Villafane"],
    "au": ["Kirra Pemberton", "Declan Moyle", "Sally-Anne Quill"],
    "nz": ["Mereana Parata", "Fergus Elphick", "Tupe Lealaiauloto"],
    "za": ["Nokuthula Dube", "Riaan Steenkamp", "Lerato Mahlangu"],
}
GENERAL = ["Beatrix Holm", "Samson Achterberg", "Yolanda Ferrier", "Kwesi Boakye", "Harriet Lumb"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى العمري", "باسل النجار"], "de": ["Henrike Wolters", "Falk Reinecke"],
    "es": ["Maite Lozano", "Gonzalo Prieto"], "fr": ["Annick Lemaire", "Yannick Tessier"],
    "hi": ["सुनीता कपूर", "अनुराग सिन्हा"], "it": ["Ornella Bassi", "Davide Rinaldi"],
    "ja": ["高橋 美穂", "松本 大輔"], "ko": ["이수진", "최민호"], "pt": ["Beatriz Meireles", "Tiago Sardinha"],
    "ru": ["Ольга Белова", "Игорь Седов"], "sw": ["Neema Mollel", "Juma Kassim"],
    "th": ["สุภาพร ทองดี", "ธนากร ศรีสุข"], "tr": ["Elif Aksoy", "Burak Çelik"],
    "ur": ["ثمینہ ملک", "عمران شیخ"], "zh": ["李秀梅", "赵建国"],
    "swe": ["Maja Lindqvist", "Anders Holmberg"], "cym": ["Eirlys Parri", "Gethin Rowlands"],
    "gle": ["Sadhbh Ní Fhlannagáin", "Colm Mac Giolla"], "eus": ["Ainhoa Etxeberria", "Mikel Zubiri"],
    "sqi": ["Arta Hoxha", "Dritan Shehu"], "mkd": ["Марија Стојановска", "Бојан Трајковски"],
    "kat": ["თამარ ლომიძე", "გიორგი კაპანაძე"], "hye": ["Անի Սարգսյան", "Արամ Պետրոսյան"],
    "tam": ["கவிதா ராஜன்", "மணிமேகலை பாண்டியன்"], "yor": ["Adébáyọ̀ Ọlálékan", "Fúnmiláyọ̀ Àjàyí"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سليمان", "طارق عبيدات"], "de": ["Svenja Kröger", "Malte Ahrens"],
    "es": ["Almudena Carrasco", "Íker Montoya"], "fr": ["Maëlle Girard", "Bastien Roux"],
    "hi": ["रचना तिवारी", "विकास यादव"], "it": ["Federica Conti", "Simone Galli"],
    "ja": ["森 由紀", "佐藤 亮"], "ko": ["한지민", "윤태호"], "pt": ["Inês Cardoso", "Duarte Pimentel"],
    "ru": ["Ярослава Громова", "Павел Зуев"], "sw": ["Halima Said", "Emmanuel Massawe"],
    "th": ["กนกพร วงศ์ใหญ่", "ณัฐพงศ์ แก้วมณี"], "tr": ["Deniz Arslan", "Selin Yurt"],
    "ur": ["حنا اقبال", "بلال احمد"], "zh": ["孙悦", "黄子轩"],
    "swe": ["Elin Sjöberg", "Oskar Dahl"], "cym": ["Nia Hopcyn", "Iolo Bebb"],
    "gle": ["Caoimhe Nic Aodha", "Ruairí Ó Dónaill"], "eus": ["Irati Agirre", "Unai Larrañaga"],
    "sqi": ["Elira Krasniqi", "Ardit Leka"], "mkd": ["Ана Николовска", "Филип Ристов"],
    "kat": ["მარიამ ჯაფარიძე", "ლევან წერეთელი"], "hye": ["Լուսինե Հակոբյան", "Դավիթ Մկրտչյան"],
    "tam": ["பிரியா சுந்தரம்", "இளங்கோ வேலு"], "yor": ["Tèmítọ́pẹ́ Ògúnṣọlá", "Olúwadámiláre Bánkọ́lé"],
}
PROVIDERS = ["curlewnet", "bracken-mail", "tarnpost", "skerrybox", "lintmail", "quoitpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "lan": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "is": ("+0000", None, ""), "gh": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"),
    "mk": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "cm": ("+0100", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "ru": ("+0300", None, ""), "tz": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "ge": ("+0400", None, ""), "am": ("+0400", None, ""), "mu": ("+0400", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "mng": ("+0530", None, ""),
    "kh": ("+0700", None, ""), "yek": ("+0500", None, ""), "sk": ("-0600", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
    "ky": ("-0500", None, ""), "jm": ("-0500", None, ""), "bz": ("-0600", None, ""), "fk": ("-0300", None, ""),
    "ssm": ("-0500", "-0400", "us"), "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"),
    "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"), "ak": ("-0900", "-0800", "us"),
    "ns": ("-0400", "-0300", "us"), "bm": ("-0400", "-0300", "us"),
}

US_STYLE = ("use", "usc", "usm", "usp", "ssm", "ak", "ns", "bm")
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


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, cheers for Wednesday's mezzanine tour. Forklift ticket renews in May; referee Mr Achterberg is free after four.\n{n}"
FOOT = "\n\n~~ {CO} · CORRIEBRAE CAREERS ~~\nCorriebrae posts fresh vacancies each Tuesday evening. Set up Hollowtarn alerts by town, or read Ptarmiwick, our monthly staff digest of darts results and charity bake-offs. Reply BRACKENDRUM to unsubscribe. No one watches this address; candidate files are wiped after twenty-nine months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} (R-{ref}) – status changed", "Hello {n},\n\nRequisition {role} (R-{ref}) at {co} now shows \"Closed – Position Filled by Other Candidate\" in your Candidate Home. The same login still works if other openings catch your eye.\n\nTalent Acquisition, {co}",
   ("Dalzell Sheet Fabrications", "Algoma Hydro Services"), ("dalzellfab", "algomahydro"), frm="{co} Candidate Home <candidatehome@{dom}>", role=("Press Brake Setter", "Line Maintainer Apprentice"), tz=("lan", "ssm"))
mr("gh", "{co}: your {role} application", "Dear {n},\n\nAfter the panel met and compared scorecards from the two interview loops, {co} has chosen to offer the {role} post to a different applicant. The written exercise clearly took effort; the interviewers noted it.\n\nWith best regards,\n{sig}\nPeople Team, {co}",
   ("Bonanjo Maritime Agencies", "Hellisheiði Varmi"), ("bonanjomaritime", "hellisvarmi"), role=("Shipping Documentation Officer", "Process Technician"), tz=("cm", "is"))
mr("lv", "Update from {co}", "Hi {n},\n\nThanks for letting us consider you for {role}. The team chose another candidate whose background lined up closer. Unless you reply TULLYOUT, your name rests in the Tullyvane talent pool for eleven months.\n\n{sig}, {co} hiring",
   ("Kankanady Heart & Lung Centre", "Seven Mile Fund Administration"), ("kankanadyheart", "sevenmilefunds"), role=("Perfusion Assistant", "Fund Accountant II"), tz=("mng", "ky"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Job</th><th>Reference</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed – another applicant appointed</td></tr></table><p>We appreciate your patience and interest in {co}.</p><p>{co} Recruiting</p></body></html>",
   ("Chroy Changvar PayLink", "Kittochside Contact Solutions"), ("paylinkkh", "kittochcontact"), frm="{co} Jobs <jobs-noreply@{dom}>", role=("Agent Network Supervisor", "Inbound Advisor (Evenings)"), tz=("kh", "lan"))
mr("ic", "Regarding requisition {ref} – {role}", "Dear {n},\n\nEvery {role} form is first screened against the must-haves in the posting. Yours did not show {x}, so it stops at this screen for this requisition. Every other posting on our site remains open to you.\n\nRegards,\nRecruitment, {co}",
   ("Great Northern Sleds & Quads", "Bunder Road Freight Forwarders"), ("gnsleds", "bunderfreight"), frm="{co} Recruitment <recruit@{dom}>", role=("Service Technician", "Customs Documentation Clerk"), x=("a valid Ontario DZ licence", "the ability to read and write Kannada"), tz=("ssm", "mng"))
mr("tl", "Job {ref}: {role}", "Dear {n},\n\nJob {ref} ({role}) has been filled. We have set your application record to Inactive. Sent automatically by the {co} hiring system; nobody reads replies.\n\n{co}",
   ("Cayman Island Water & Light", "Port of Douala Logistics Hub"), ("ciwl", "pdlhub"), frm="{co} Careers <taleo-notice@{dom}>", role=("Meter Reader", "Yard Tally Clerk"), tz=("ky", "cm"))
mr("wk", "Your trial day with {co}", "Hi {n},\n\nThanks for giving us your whole Saturday – {x}. We had a blether and offered the {role} job to someone who'd done this exact kind of work for a good few years already. It was close.\n\n{sig}\n{co}",
   ("Hestabú Laxárdals", "Strathaven Joinery Co."), ("hestabulax", "strathavenjoinery"), role=("Stable Hand", "Second-Year Joiner"), x=("the horses were happy with you", "the lads said you're a grafter"), tz=("is", "lan"))
mr("bh", "{role} at {co}", "Dear {n},\n\nThe {role} position at {co} was given to a Sen Sok staffer who came through the internal round. Your letter was a good read all the same.\n\nKind regards,\n{sig}",
   ("Sen Sok Community Water Project", "Canadian Bushplane Heritage Hangar"), ("sensokwater", "bushplanehangar"), role=("Field Coordinator", "Visitor Services Lead"), tz=("kh", "ssm"))
mr("tt", "An update on {role}", "Hello {n},\n\nWe have finished with the candidates for {role} at {co}. We chose to continue with another person for this position. Takk for your time and your interest in us.\n\nBest wishes,\n{sig}\n{co}",
   ("Falnir Cashew Exports", "Lopapeysa Hús"), ("falnircashew", "lopapeysahus"), role=("Quality Supervisor", "Shop Assistant"), tz=("mng", "is"))
mr("pp", "Your assessment result – {role}", "Dear {n},\n\nThank you for completing the {co} online assessment for {role}. You scored {x}; the shortlist was drawn from candidates at {y} and above, so your application closes here.\n\nRecruitment, {co}",
   ("Deido Microfinance Union", "Camana Bay Captive Insurance"), ("deidomicro", "camanacaptive"), frm="{co} via Pinpoint <apply@{dom}>", role=("Loan Officer", "Claims Analyst"), x=("31 of 60", "55%"), y=("40", "70%"), tz=("cm", "ky"))
mr("jz", "Re: {role}", "Hi {n},\n\nThanks for applying to {co}. Our {role} spot is filled, and the ad came down Monday. Good luck out there.\n\n{sig}\n{co}",
   ("Pride Park Removals", "Illawarra Dental Laboratory"), ("prideparkremovals", "illawarradental"), frm="{co} (JazzHR) <{sl}@{dom}>", role=("Removals Porter", "Ceramics Technician"), tz=("uk", "au"))
mr("as", "{co} – {role}", "Hey {n},\n\nBoth founders went through the final round for {role} and have made an offer to someone else, who took it. Thanks for the energy in the pairing session, genuinely.\n\n{sig}\n{co}",
   ("Cumberland Ledgerworks", "Caroline Bay Robotics"), ("ledgerworks", "carolinebayrobotics"), frm="{sig} via Ashby <{sl}@{dom}>", role=("Backend Engineer", "Firmware Engineer"), tz=("use", "nz"))
mr("sc", "Crew list for {x}", "Hi {n},\n\nThe {role} crew for {x} is full now – mostly folk coming back from last year. Cheers for the message, and good luck wi' it.\n\n{sig}\n{co}",
   ("Sauðburður Crew at Hvammur", "Batchewana Bay Blueberry Rakers"), ("hvammurfarm", "batchewanaberries"), role=("lambing", "raking"), x=("lambing season", "the August harvest"), tz=("is", "ssm"))
# once (14)
mr("l1", "Your application – {role}", "Hiya {n},\n\nCheers for applying for the {role} job at {co}. We've no good news the now: a fella fae Wishaw got it and starts next month. Watch the Garrion board outwith this one, there's a wee run of driving jobs coming.\n\n{sig}\n{co}", "Garrion Bridge Skip Hire", "garrionskips", role="Skip Lorry Driver", tz="lan")
mr("c1", "Decision regarding your dossier – {role}", "Good day {n},\n\nThe Management of {co} has closed the file for {role}. After study of all dossiers, another candidate was retained. Courage in the search, and thank you for choosing us.\n\nBest regards,\n{sig}\nHuman Resources, Akwa", "Wouri Timber Export SA", "wouritimber", role="Sawmill Foreman", tz="cm")
mr("m1", "Intimation: {role} at {co}", "Dear {n},\n\nKindly note the vacancy of {role} at our Surathkal unit is filled. Thanks for showing interest in {co}. Kindly apply again for future openings through our website.\n\nThanks and regards,\n{sig}\nHR Department", "Surathkal Fishmeal & Oil Pvt Ltd", "surathkalfishmeal", role="Boiler Operator", tz="mng")
mr("k1", "RE: Application – {role}", "Mornin' {n},\n\nThanks for the application to {co}. We went ahead and hired somebody else for {role}, so dat post is done. All the best to you, an' don't be a stranger.\n\n{sig}\n{co}, North Side", "Rum Point Car & Jeep Rental", "rumpointrentals", role="Counter Agent", tz="ky")
mr("s1", "{role} – {co}", "Hi {n},\n\nThanks for putting in for {role}. We went with someone else this time around, eh – she's from Goulais River and starts after the long weekend. Good luck out there, bud.\n\n{sig}\n{co}, Great Northern Road", "Soo Snowbelt Roofing", "soosnowbelt", role="Roofing Labourer", tz="ssm")
mr("i1", "Umsókn þín / Your application", "Dear {n},\n\nTakk for thinking of {co}. It is decided that another person gets the job as {role}. We wish you good luck, takk fyrir.\n\nKær kveðja,\n{sig}", "Straumsvík Álver", "straumsvikal", role="Potroom Operator", tz="is")
mr("h1", "Result of your application – {role}", "Dear Bong {n},\n\nPlease be informed that {co} has already selected another candidate for {role}. Ar kun for your application and your time to come to our office in Toul Kork.\n\nBest regards,\n{sig}\nHR Unit", "Toul Kork Builders Co., Ltd.", "toulkorkbuilders", role="Site Engineer", tz="kh")
mr("u1", "Your application to {co}", "Dear {n},\n\nYour application for {role} reached the Allestree practice. Having gone through every form, we will not be progressing yours any further on this occasion.\n\nYours sincerely,\n{sig}\n{co}", "Allestree Veterinary Group", "allestreevets", role="Veterinary Receptionist", tz="uk")
mr("e1", "{role} – outcome", "Hi {n},\n\nMany thanks for applying to {co} for {role}. We had a huge response and I'm afraid you aren't on the interview list this round. Go n-éirí leat.\n\n{sig}\n{co}, Kilkenny", "Nore Valley Housing Association", "norevalleyha", role="Tenancy Officer", tz="ie")
mr("a1", "{co} Application Update", "Dear {n},\n\nThanks for considering {co} for the {role} opening. Having gone through everyone's answers, our team picked other people. The Knoxville store posts new openings often.\n\nSincerely,\n{sig}\nHuman Resources", "Smoky Ridge Mobility Scooters", "smokyridgemobility", role="Delivery & Setup Tech", tz="use")
mr("a2", "Thank you from {co}", "Hello {n},\n\nThank you for interviewing for {role}. The hiring manager chose another candidate, who said yes on Friday. We truly appreciate your time.\n\nRegards,\n{sig}\n{co} – Wichita", "Arkansas River Carpet Warehouse", "arkriverfloors", role="Flooring Estimator", tz="usc")
mr("o1", "{role} – {co}", "Hi {n},\n\nThanks heaps for putting in for {role}. Another bloke with more tickets done got the nod. Chin up, mate.\n\nCheers,\n{sig}\n{co}", "Port Kembla Sheet Metal", "pkembla-sm", role="Sheet Metal Apprentice", tz="au")
mr("z1", "Your application for {role}", "Kia ora {n},\n\nThanks for putting in for {role} at the lanes. We've appointed someone with longer on a bowling-centre floor, so this is where your Aoraki application finishes. Ngā mihi nui.\n\n{sig}\n{co}, Timaru", "Aoraki Bowling & Tenpin", "aorakibowl", role="Centre Supervisor", tz="nz")
mr("f1", "{co}: {role} application", "Dear {n},\n\nYour {role} application reached us. Unfortunately you were not shortlisted. Where other posts you applied for go quiet, please regard those as unsuccessful too.\n\nRegards,\n{sig}\n{co}, Polokwane", "Mokopane Road Recycling", "mokopanerecycle", role="Weighbridge Clerk", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nBrilliant to get your email; the mezzanine tour was fun – the lads loved your pallet-jack yarn. On Friday the directors offered the {role} post to Ewan Tolmie, who accepted; he starts on the 2nd.\n\nAll the best,\n{sig}\n\n{OUT}",
   ("Clydesdale Bus Depot", "Derwent Cold Stores"), ("clydesdalebus", "derwentcold"), role=("Depot Controller", "Warehouse Team Leader"), tz=("lan", "uk"))
mr("th2", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nThank you for the kind message. Meeting you was a joy, and you asked sharp things about the loading bay. The Management has now appointed Mrs Ekane Solange to the {role} position; she accepted on Monday and resumes on the first.\n\nCordially,\n{sig}\n\n{GM}",
   ("Bonabéri Port Services", "Pandeshwar Marine Supplies"), ("bonaberiport", "pandeshwarmarine"), role=("Stores Supervisor", "Inventory Executive"), tz=("cm", "mng"))
mr("th3", "RE: [EXT] Re: {role} – follow up", "Hey {n},\n\nGreat to get your note! We all enjoyed meeting you, and the walk round the bay was fun with you asking about the old crane. Management picked Shanice Rivers for the {role} spot and she said yes on Tuesday.\n\nTake care,\n{sig}\n\n{ORIG}",
   ("Bodden Town Marine Supply", "Steelton Industrial Supply"), ("boddenmarine", "steeltonsupply"), role=("Counter Sales", "Inside Sales Rep"), tz=("ky", "ssm"))
mr("th4", "RE: [EXT] Re: {role}", "Hi {n},\n\nThank you so much for writing. Our talk was very nice and the team liked your ideas for the mezzanine shelving. The owners gave the {role} place to Sigrún Ólafsdóttir, who accepted yesterday.\n\nWith warm wishes,\n{sig}\n\n{RULE}",
   ("Kópavogur Vörudreifing", "Sen Sok Distribution Co."), ("kopvoru", "sensokdist"), role=("Warehouse Coordinator", "Logistics Assistant"), tz=("is", "kh"))
mr("th5", "RE: [EXT] Re: {role} – next?", "Hi {n},\n\nA million thanks for the note, and for Wednesday; you were great company on the tour. The hiring group went with Niamh Coady for {role}, and she signed her contract this morning.\n\nMind yourself,\n{sig}\n\n{OUT}",
   ("Kilkenny Fresh Produce Hub", "Shellharbour Produce Depot"), ("kkfreshhub", "shellharbourdepot"), role=("Dispatch Planner", "Night Dispatch Lead"), tz=("ie", "au"))
mr("th6", "RE: [EXT] Re: {role} chat", "Kia ora {n},\n\nGood to get your email and thanks for coming through on the day; Rangi reckons you were the best at spotting the racking fault. The board appointed Aroha Tamatea to the {role} job, and she accepted on Thursday.\n\nNgā mihi,\n{sig}\n\n{GM}",
   ("Washdyke Freight Yard", "Seshego Cold Chain"), ("washdykefreight", "seshegocold"), role=("Yard Supervisor", "Cold Room Controller"), tz=("nz", "za"))
mr("th7", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nAppreciate the thoughtful note. Everybody here enjoyed the visit, and your forklift tips were a hit with the crew. Our director has chosen Marcus Delacroix-Hale for {role}; he signed Friday and starts after Labor Day.\n\nBest,\n{sig}\n\n{GM}",
   ("Tennessee Valley Parts Depot", "Coatbridge Engineering Stores"), ("tvpartsdepot", "coatbridgestores"), role=("Inventory Analyst", "Stores Controller"), tz=("use", "lan"))
mr("th8", "RE: [EXT] Re: {role}", "Dear {n},\n\nMany thanks for your warm email. Hosting you was a joy, and your remarks on the mezzanine layout were sharp. The committee has selected Ms Roshni Fernandes for {role}; she has accepted and joins on the 15th.\n\nKind regards,\n{sig}\n\n{RULE}",
   ("Kodialbail Medical Stores", "George Town Pharmacy Wholesale"), ("kodialbailmed", "gtpharmawholesale"), role=("Stores Officer", "Warehouse Pharmacist Aide"), tz=("mng", "ky"))
# ---- 8 clear refusals under the long footer
mr("ft1", "{role}: application outcome", "Dear {n},\n\n{co} has read your {role} form. We regret to say the application stops here.{FOOT}", ("Motherwell Civic Leisure", "Soo Civic Arena"), ("motherwellleisure", "soocivicarena"), frm="{co} Careers <careers-noreply@{dom}>", role=("Pool Lifeguard", "Ice Resurfacer Operator"), tz=("lan", "ssm"))
mr("ft2", "Outcome: {role}", "Hello {n},\n\nYour application for {role} at {co} was unsuccessful, and it will not move forward. Thank you for applying.{FOOT}", ("Akwa Business Radio", "Hampankatta FM"), ("akwaradio", "hampankattafm"), frm="{co} Careers <careers-noreply@{dom}>", role=("Studio Producer", "Radio Jockey"), tz=("cm", "mng"))
mr("ft3", "{co}: {role}", "Hi {n},\n\nWe're stopping your {role} application at this stage. Thanks for the interest in {co}.{FOOT}", ("West Bay Turtle Centre", "Hafnarfjörður Sundhöll"), ("westbayturtle", "hfjsund"), frm="{co} Careers <careers-noreply@{dom}>", role=("Education Guide", "Swimming Instructor"), tz=("ky", "is"))
mr("ft4", "About {role}", "Dear {n},\n\n{co} did not select you for {role}. Thanks all the same for the effort.{FOOT}", ("Phnom Penh International Academy", "Rathfriland Road Leisure"), ("ppia", "rathfrilandleisure"), frm="{co} Careers <careers-noreply@{dom}>", role=("Library Assistant", "Gym Instructor"), tz=("kh", "uk"))
# ---- 9 hedged refusals (3 twice, 3 once)
mr("hd1", "Your interest in {role}", "Hi {n},\n\nGood to have you in about {role}. Having met everyone, we felt other applicants matched the routes and the passengers' needs more closely, so the panel's backing them instead. Watch the Larkhall board.\n\n{sig}\n{co}", ("Larkhall Community Transport", "Korah Road Accessible Transit"), ("larkhallct", "korahtransit"), role=("Minibus Driver", "Paratransit Driver"), tz=("lan", "ssm"))
mr("hd2", "{role} – where we landed", "Dear {n},\n\nAfter much discussion, {co} has decided to take the {role} work in another direction and share it among the present staff. Meeting you was a delight; may the search go well.\n\nBest regards,\n{sig}", ("Bonapriso Events & Décor", "Savannah Gully Events"), ("bonaprisoevents", "savannahgully"), role=("Event Planner", "Events Coordinator"), tz=("cm", "ky"))
mr("hd3", "Reg: {role}", "Dear {n},\n\nThanks for coming to the Kadri discussion for {role}. The panel found that some other profiles suit the requirement of the Kadri branch better at this time, and we are proceeding with those.\n\nThanks and regards,\n{sig}\n{co}", ("Kadri Cooperative Bank", "Balmatta Diagnostics"), ("kadricoopbank", "balmattadiag"), role=("Clerk cum Cashier", "Lab Technician"), tz=("mng", "mng"))
mr("hd4", "Your application", "Dear {n},\n\nTakk for the meeting in Ísafjörður. Other candidates had more experience of work in the cold, and we think they fit the {role} job better. Gangi þér vel.\n\nKær kveðja,\n{sig}\n{co}", "Ísafjörður Rækjuvinnsla", "isafjordurraekja", role="Processing Line Lead", tz="is")
mr("hd5", "About {role} position", "Dear Bong {n},\n\nAr kun for joining us in Battambang. Our team has chosen to go with a different direction for {role}, and we will work with a partner company for this part. Ar kun very much.\n\nBest regards,\n{sig}\n{co}", "Battambang AgriTech Supplies", "battambangagri", role="Sales Executive", tz="kh")
mr("hd6", "Following up – {role}", "Hi {n},\n\nAppreciated the yarn last week. We had a strong group, and in the end the shortlisted people lined up a little more tightly with what the crew needs in the wet months.\n\nCheers,\n{sig}\n{co}", "Te Moana Drainage Ltd", "temoanadrainage", role="Drainlayer", tz="nz")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail (2 twice, 3 once)
mr("rc1", "Following our call – {role}", "Hi {n},\n\nGood to chat on Tuesday. Client's verdict is in – another candidate gets {role}. Separately, there's a {x} that fits your background well – got ten minutes tomorrow for it?\n\n{sig}\n{co}", ("Clyde Valley Recruitment", "Algoma Staffing Partners"), ("clydevalleyrec", "algomastaffing"), role=("Site Administrator", "Payroll Clerk"), x=("transport planner post in Bellshill", "scheduling coordinator job at the Soo hospital"), tz=("lan", "ssm"))
mr("rc2", "Update after our call", "Dear {n},\n\nNice speaking yesterday. The client says someone else is selected for {role}. However, I have a new mandate for {x}, and I think your profile fits. Kindly mail a fresh CV should it interest you.\n\nRegards,\n{sig}\n{co}", ("Littoral Talent Consult", "Coastal Karnataka Placements"), ("littoraltalent", "ckplacements"), role=("Branch Accountant", "Accounts Executive"), x=("a Finance Assistant in Bonabéri", "an Accounts Officer in Ullal"), tz=("cm", "mng"))
mr("rc3", "{role} + something else", "Hey {n},\n\nThanks for the chat. Heard back: they picked another person for {role}. But I got a {x} opening on Seven Mile Beach that suits you better anyhow – I can send your CV over?\n\n{sig}\n{co}", "Island Talent Cayman", "islandtalentky", role="Front Office Manager", x="guest experience lead", tz="ky")
mr("rc4", "After our phone call", "Hi {n},\n\nThanks for the call on Monday. The company in Garðabær has gone with another applicant for {role}. I also have a role as {x} in Kópavogur that suits your experience – shall I send the details?\n\nKær kveðja,\n{sig}\n{co}", "Norðurljós Ráðningar", "nordurljosradning", role="Office Manager", x="executive assistant", tz="is")
mr("rc5", "{role} feedback and a new role", "Hi {n},\n\nGreat speaking earlier. The client in Johannesburg has offered {role} to another candidate. I do have a {x} role in Polokwane that I'd love to run past you – when suits you for a call?\n\n{sig}\n{co}", "Limpopo Talent Partners", "limpopotalent", role="Procurement Officer", x="buyer", tz="za")
# ---- 8 public-sector notices (4 twice)
mr("ps1", "Vacancy {ref}: {role} – referral outcome", "Dear {n},\n\nWe assessed your {role} application (vacancy {ref}) as qualified. However, only the top-ranked names were passed to the hiring official, but your score sat lower; your part in this vacancy ends here.\n\n{co}", ("South Lanarkshire Council Recruitment", "City of Sault Ste. Marie Human Resources"), ("slanrecruit", "ssmcityhr"), frm="{co} <recruitment@{dom}>", role=("Waste Services Supervisor", "Transit Operator"), tz=("lan", "ssm"))
mr("ps2", "Eligibility decision – {role}", "Dear {n},\n\nFollowing verification of files for the {role} recruitment, your candidature has been declared ineligible: {x} was missing when the file closed.\n\n{co}", ("Littoral Regional Office of the Public Service Ministry", "Dakshina Kannada Zilla Panchayat Recruitment Cell"), ("littoralpublicservice", "dkzprecruit"), frm="{co} <notices@{dom}>", role=("Administrative Secretary", "Second Division Assistant"), x=("a stamped GCE A Level slip", "the Kannada medium study certificate"), tz=("cm", "mng"))
mr("ps3", "Vacancy cancelled: {role}", "Dear {n},\n\nThe vacancy for {role} (reference {ref}) advertised by {co} has been cancelled by the department, which leaves the post empty for now. Your application is therefore closed.\n\n{co}", ("Cayman Islands Government – Portfolio of the Civil Service", "Vinnumálastofnun Ráðningar"), ("civilservice-ky", "vinnumal"), frm="{co} <hr@{dom}>", role=("Customs Officer", "Employment Adviser"), tz=("ky", "is"))
mr("ps4", "Written examination result – {role}", "Dear {n},\n\nYour {role} paper was marked at {x}. To reach interview a candidate needed {y}, which means you are off the interview list.\n\n{co}", ("Ministry of Civil Service Recruitment Office, Phnom Penh", "Public Appointments Service, Kilkenny"), ("mcs-kh", "pas-kk"), frm="{co} <exams@{dom}>", role=("Administrative Officer", "Clerical Officer"), x=("47 of 100", "61%"), y=("55", "68%"), tz=("kh", "ie"))
# ---- 6 bare ATS status updates (3 twice; two pairs HTML)
mr("st1", "Status update: {role}", "Hi {n},\n\nApplication {ref} ({role}): status reads Not Being Considered.\n\n{co} Careers", ("Shotts Logistics Park", "Goulais River Timber"), ("shottslogistics", "goulaistimber"), frm="{co} Careers <noreply@{dom}>", role=("Shunter Driver", "Lumber Grader"), tz=("lan", "ssm"))
mr("st2", "Application status changed", "<html><body><p>{n},</p><p>Application: <b>{role}</b> ({ref})</p><p>Current status: <b>Application no longer being considered</b></p><p>{co}</p></body></html>", ("Ndokoti Beverage Distributors", "Eastern Avenue Broadband"), ("ndokotibev", "eabroadband"), frm="{co} <ats-noreply@{dom}>", role=("Depot Clerk", "Field Installer"), tz=("cm", "ky"))
mr("st3", "Your application at {co}", "<html><body><div>Hello {n},</div><div>We have updated your application for {role}.</div><div>New status: Not moving forward</div><div>{co} Talent</div></body></html>", ("Ullal Seafood Processors", "Siem Reap Heritage Stays"), ("ullalseafood", "srheritagestays"), frm="{co} Talent <talent-noreply@{dom}>", role=("QC Chemist", "Night Auditor"), tz=("mng", "kh"))
# ---- 6 internship / graduate decisions (3 twice)
mr("in1", "{x} – decision", "Dear {n},\n\nYour application to the {co} {x} was read by two engineers. With so many strong forms, yours has not been selected for a place this year. Our 2027 intake opens after Hogmanay.\n\n{sig}\nEarly Careers", ("Clyde Gateway Engineering", "Algoma Steelworks"), ("clydegatewayeng", "algomasteelworks"), x=("Summer Internship 2026", "Co-op Work Term"), tz=("lan", "ssm"))
mr("in2", "{x} outcome", "Dear {n},\n\nYour day at the {co} {x} assessment centre is done. The panel could not give you a place in this cohort.\n\nBest regards,\n{sig}", ("Douala Port Graduate Scheme", "Reykjavík Energy Graduates"), ("dpgraduates", "revgrads"), x=("Graduate Trainee Programme", "Graduate Engineer Programme"), tz=("cm", "is"))
mr("in3", "Internship selection – {x}", "Dear {n},\n\nThe {x} selection at {co} has closed. The final intern list, sadly, is without your name. Thank you for taking part.\n\nRegards,\n{sig}", ("Mangalore Institute of Technology Industry Cell", "Cayman Finance Internship Partnership"), ("mitindustrycell", "caymanfinanceinterns"), x=("Industrial Internship", "Summer Internship Programme"), tz=("mng", "ky"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations (25 twice), most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: {role} (R-{ref}) received", "Hello {n},\n\nYour application for {role} (R-{ref}) is in. From here on the Candidate Home tile flips between Submitted, Panel Sift, Interview Booked, Offer Issued or \"Closed – Position Filled by Other Candidate\", all by itself; no need to chase.\n\nTalent Acquisition, {co}", ("Dalzell Sheet Fabrications", "Algoma Hydro Services"), ("dalzellfab", "algomahydro"), frm="{co} Candidate Home <candidatehome@{dom}>", role=("Plater", "Substation Electrician"), tz=("lan", "ssm"))
mo("application_received", "a2", "We got your application – {role}", "Dear {n},\n\nThank you for applying for {role} at {co}. Our hiring team reads each one. If the panel goes with another applicant, we'll write to you ourselves so that nobody is left wondering.\n\n{sig}\nPeople Team", ("Bonanjo Maritime Agencies", "Hellisheiði Varmi"), ("bonanjomaritime", "hellisvarmi"), role=("Ship Agent Trainee", "Drilling Assistant"), tz=("cm", "is"))
mo("application_received", "a3", "Thanks for applying, {n}", "Hi {n},\n\nThanks for applying for {role}. Whether it leads to a first chat or to a no, your details sit in the Tullyvane talent pool for eleven months so the team can reach you later. Reply TULLYOUT to leave.\n\n{sig}, {co} hiring", ("Kankanady Heart & Lung Centre", "Seven Mile Fund Administration"), ("kankanadyheart", "sevenmilefunds"), role=("Cath Lab Nurse", "Transfer Agency Associate"), tz=("mng", "ky"))
mo("application_received", "a4", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Job</th><th>Reference</th><th>Status now</th><th>Could later read</th></tr><tr><td>{role}</td><td>{ref}</td><td>Received</td><td>Interview / Offer / Closed – another applicant appointed</td></tr></table><p>{co} Recruiting</p></body></html>", ("Chroy Changvar PayLink", "Kittochside Contact Solutions"), ("paylinkkh", "kittochcontact"), frm="{co} Jobs <jobs-noreply@{dom}>", role=("Merchant Support Officer", "Complaints Handler"), tz=("kh", "lan"))
mo("application_received", "a5", "Requisition {ref}: application logged", "Dear {n},\n\nWe have logged your {role} application. Forms are screened first against the must-haves; one that lacks {x} would stop at that point, and you would get an email saying so. Otherwise a recruiter calls within ten working days.\n\nRecruitment, {co}", ("Great Northern Sleds & Quads", "Bunder Road Freight Forwarders"), ("gnsleds", "bunderfreight"), frm="{co} Recruitment <recruit@{dom}>", role=("Parts Counter", "Documentation Assistant"), x=("a valid Ontario DZ licence", "the ability to read and write Kannada"), tz=("ssm", "mng"))
mo("application_received", "a6", "Job {ref}: we have your application", "Dear {n},\n\nThis confirms your application for Job {ref} ({role}). Should the job go to another applicant, this record turns Inactive and an automatic notice follows. Nobody reads this mailbox.\n\n{co}", ("Cayman Island Water & Light", "Port of Douala Logistics Hub"), ("ciwl", "pdlhub"), frm="{co} Careers <taleo-notice@{dom}>", role=("Line Crew Helper", "Reefer Technician"), tz=("ky", "cm"))
mo("application_received", "a7", "Trial day – {co}", "Hi {n},\n\nGot your application for {role}, cheers. The next bit's a paid trial shift, and after that we'll tell you straight, aye or naw, even if we're going with somebody else.\n\n{sig}\n{co}", ("Hestabú Laxárdals", "Strathaven Joinery Co."), ("hestabulax", "strathavenjoinery"), role=("Groom", "Joiner's Mate"), tz=("is", "lan"))
mo("application_received", "a8", "{role}: application received", "Dear {n},\n\nThank you for applying for {role}. We run an internal round first; if a current colleague is appointed from it, the outside applications close and we let everyone know by email. Otherwise interview dates follow from the Sen Sok office.\n\nKind regards,\n{sig}\n{co}", ("Sen Sok Community Water Project", "Canadian Bushplane Heritage Hangar"), ("sensokwater", "bushplanehangar"), role=("Monitoring Officer", "Restoration Volunteer Lead"), tz=("kh", "ssm"))
mo("application_received", "a9", "Your application – {co}", "Hello {n},\n\nYour {role} papers came in safely. We look at all candidates after the closing date. Selected or not selected, each Falnir applicant is written to, normally within three weeks.\n\nBest wishes,\n{sig}", ("Falnir Cashew Exports", "Lopapeysa Hús"), ("falnircashew", "lopapeysahus"), role=("Export Documentation Clerk", "Knitwear Sales"), tz=("mng", "is"))
mo("application_received", "a10", "Next: the {co} online assessment", "Dear {n},\n\nDeido has your {role} papers. Stage two is a thirty-minute Pinpoint numeracy quiz. Anyone landing under the cut mark gets released right there by email; scores above it move on to a panel chat.\n\nRecruitment, {co}", ("Deido Microfinance Union", "Camana Bay Captive Insurance"), ("deidomicro", "camanacaptive"), frm="{co} via Pinpoint <apply@{dom}>", role=("Credit Analyst", "Underwriting Assistant"), tz=("cm", "ky"))
mo("application_received", "a11", "Thanks for applying – {role}", "Hi {n},\n\nYour {role} form has landed in our JazzHR inbox. If a fortnight slips by in silence, assume the role has gone another way – our two-person office can't always reply to each.\n\n{sig}\n{co}", ("Pride Park Removals", "Illawarra Dental Laboratory"), ("prideparkremovals", "illawarradental"), frm="{co} (JazzHR) <{sl}@{dom}>", role=("Van Driver", "Dental Lab Assistant"), tz=("uk", "au"))
mo("application_received", "a12", "{co} – application in", "Hey {n},\n\nGot your {role} application. Both founders read every application themselves. Hired or passed on, the verdict comes from Jess or Theo personally, usually inside ten days.\n\n{sig}\n{co}", ("Cumberland Ledgerworks", "Caroline Bay Robotics"), ("ledgerworks", "carolinebayrobotics"), frm="{sig} via Ashby <{sl}@{dom}>", role=("Product Designer", "Test Engineer"), tz=("use", "nz"))
mo("application_received", "a13", "Season form received", "Hi {n},\n\nGot your form for the {x} crew. Returners get first call on places; if the crew fills up with them, the form simply carries on into next season's pile automatically.\n\n{sig}\n{co}", ("Sauðburður Crew at Hvammur", "Batchewana Bay Blueberry Rakers"), ("hvammurfarm", "batchewanaberries"), x=("lambing", "raking"), tz=("is", "ssm"))
mo("application_received", "a14", "Your application – {role}", "Hiya {n},\n\nCheers for your application for {role}. If three weeks pass wi' nothing from us, the job's away to someone else – we're a wee firm and there's only me in the office.\n\n{sig}\n{co}", ("Garrion Bridge Skip Hire", "Coatbridge Engineering Stores"), ("garrionskips", "coatbridgestores"), role=("Yard Operative", "Storeman"), tz=("lan", "lan"))
mo("application_received", "a15", "Acknowledgement of your dossier", "Good day {n},\n\nWe acknowledge receipt of your dossier for {role}. Should your dossier not be retained after the study of files, the Management will keep it in the Akwa archive for twelve months against future openings.\n\nBest regards,\n{sig}\nHuman Resources", ("Wouri Timber Export SA", "Bonabéri Port Services"), ("wouritimber", "bonaberiport"), role=("Log Scaler", "Crane Signaller"), tz=("cm", "cm"))
mo("application_received", "a16", "Acknowledgement: application for {role}", "Dear {n},\n\nWe acknowledge your application for {role}. In the event your candidature does not reach the shortlist, same shall remain in our Surathkal data bank till next Ugadi. Kindly do not courier originals.\n\nThanks and regards,\n{sig}\n{co}", ("Surathkal Fishmeal & Oil Pvt Ltd", "Kodialbail Medical Stores"), ("surathkalfishmeal", "kodialbailmed"), role=("Shift Chemist", "Billing Assistant"), tz=("mng", "mng"))
mo("application_received", "a17", "Got your application", "Mornin' {n},\n\nGot your application fuh {role}, tanks. We only call de people we short-listin', so if de phone stay quiet fuh two weeks, we gone wid somebody else. All de best.\n\n{sig}\n{co}", ("Rum Point Car & Jeep Rental", "Bodden Town Marine Supply"), ("rumpointrentals", "boddenmarine"), role=("Lot Attendant", "Delivery Driver"), tz=("ky", "ky"))
mo("application_received", "a18", "Thanks for applying, eh", "Hi {n},\n\nThanks for putting in for {role}. Win or lose, an email leaves the Great Northern Road office for you once it's settled – a couple of weeks tops.\n\n{sig}\n{co}", ("Soo Snowbelt Roofing", "Steelton Industrial Supply"), ("soosnowbelt", "steeltonsupply"), role=("Shingler", "Warehouse Picker"), tz=("ssm", "ssm"))
mo("application_received", "a19", "Umsókn móttekin / Application received", "Dear {n},\n\nTakk for the application for {role}. We answer all applicants when the hiring is decided, whether you get the job or another person gets it.\n\nKær kveðja,\n{sig}\n{co}", ("Straumsvík Álver", "Kópavogur Vörudreifing"), ("straumsvikal", "kopvoru"), role=("Casthouse Operator", "Forklift Driver"), tz=("is", "is"))
mo("application_received", "a20", "Received: your application", "Dear Bong {n},\n\nAr kun for applying as {role}. Please be informed we phone the shortlist only. If our HR phone is silent for 15 days after Pchum Ben, please understand that we selected other candidates.\n\nBest regards,\n{sig}\nHR Unit", ("Toul Kork Builders Co., Ltd.", "Sen Sok Distribution Co."), ("toulkorkbuilders", "sensokdist"), role=("Quantity Surveyor", "Driver"), tz=("kh", "kh"))
mo("application_received", "a21", "Application acknowledged – {co}", "Dear {n},\n\nThank you for applying for {role}. We aim to reply within 15 working days. If you are not shortlisted, an email from the Allestree office will say so; unsuccessful forms are shredded after six months under our data policy.\n\nYours sincerely,\n{sig}\n{co}", ("Allestree Veterinary Group", "Derwent Cold Stores"), ("allestreevets", "derwentcold"), role=("Animal Care Assistant", "Picker Packer"), tz=("uk", "uk"))
mo("application_received", "a22", "Thanks – {role}", "Hi {n},\n\nThanks for applying to {co} for {role}. Either way, your details rest in the Kilkenny folder, and we ring only if something matches – so a quiet phone isn't always bad news.\n\n{sig}\n{co}", ("Nore Valley Housing Association", "Kilkenny Fresh Produce Hub"), ("norevalleyha", "kkfreshhub"), role=("Maintenance Operative", "Goods-In Clerk"), tz=("ie", "ie"))
mo("application_received", "a23", "{co}: application received", "Dear {n},\n\nWe received your application for {role}. Statuses ahead may include Phone Screen, Onsite, Offer Extended, or Not Selected. You will be notified at each change.\n\nSincerely,\nHuman Resources, {co}", ("Smoky Ridge Mobility Scooters", "Arkansas River Carpet Warehouse"), ("smokyridgemobility", "arkriverfloors"), frm="{co} HR <hr-noreply@{dom}>", role=("Service Scheduler", "Installer Helper"), tz=("use", "usc"))
mo("application_received", "a24", "Application in – {co}", "Hi {n},\n\nThanks for applying for {role}. We'll be honest: we're a small outfit, so if a fortnight passes with no word, we've likely gone another way. If you get through, expect a call from me.\n\n{sig}\n{co}", ("Port Kembla Sheet Metal", "Te Moana Drainage Ltd"), ("pkembla-sm", "temoanadrainage"), role=("Fabricator", "Labourer"), tz=("au", "nz"))
mo("application_received", "a25", "Application: {role}", "Dear {n},\n\nYour {role} form is with the Mokopane Road office. Applications not shortlisted within thirty days should be considered unsuccessful; we will contact shortlisted applicants only.\n\nRegards,\n{sig}\n{co}", ("Mokopane Road Recycling", "Seshego Cold Chain"), ("mokopanerecycle", "seshegocold"), role=("Sorting Line Supervisor", "Cold Store Picker"), tz=("za", "za"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview: {role} – {dl}", "Hello {n},\n\nDalzell has pencilled a {role} interview with you for {dl} at 10:30. Unfortunately the visitor bays at Dalzell are getting new tarmac, so park along Airbles Lane past the gatehouse.\n\nTalent Acquisition, {co}", ("Dalzell Sheet Fabrications", "Algoma Hydro Services"), ("dalzellfab", "algomahydro"), role=("Welder Fabricator", "Protection Technologist"), tz=("lan", "ssm"))
mo("interview", "i2", "Invitation to interview – {role}", "Dear {n},\n\nPlease come for the {role} interview on {dl}, 9:00, at our office. Sadly the lift is broken since Tuesday, so it is stairs to the boardroom on floor three; tell us if that is a problem.\n\n{sig}\n{co}", ("Bonanjo Maritime Agencies", "Kankanady Heart & Lung Centre"), ("bonanjomaritime", "kankanadyheart"), role=("Ship Agent Trainee", "Cath Lab Nurse"), tz=("cm", "mng"))
mo("interview", "i3", "RE: [EXT] Re: {role} – second round", "Hi {n},\n\nThanks for the lovely note. Round two would be {dl} at 2 pm – does that work? Unfortunately our coffee machine gave up last week, so bring your own brew if you need one.\n\n{sig}\n\n{OUT}", ("Bodden Town Marine Supply", "Steelton Industrial Supply"), ("boddenmarine", "steeltonsupply"), role=("Counter Sales", "Inside Sales Rep"), tz=("ky", "ssm"))
mo("interview", "i4", "Viðtal / Interview {dl}", "Dear {n},\n\nTakk for your application. Come to talk with us {dl}, kl. 13:00. Regrettably the road to the plant has roadworks, so give yourself twenty minutes more.\n\nKær kveðja,\n{sig}\n{co}", ("Straumsvík Álver", "Hellisheiði Varmi"), ("straumsvikal", "hellisvarmi"), role=("Casthouse Operator", "Drilling Assistant"), tz=("is", "is"))
mo("interview", "i5", "Interview schedule – {role}", "Dear Bong {n},\n\nOur team is happy to meet you about {role} on {dl}, 9:30 sharp. Unfortunately the parking in front of our building is closed for repair, so tuk-tuk is the easiest way.\n\nBest regards,\n{sig}\nHR Unit", ("Toul Kork Builders Co., Ltd.", "Chroy Changvar PayLink"), ("toulkorkbuilders", "paylinkkh"), role=("Quantity Surveyor", "Merchant Support Officer"), tz=("kh", "kh"))
mo("interview", "i6", "Interview for {role}", "Hi {n},\n\nFancy coming over to talk about {role} on {dl} at 11? Bad news on the kettle front – it's broken – but there's a café two doors down.\n\n{sig}\n{co}", ("Pride Park Removals", "Nore Valley Housing Association"), ("prideparkremovals", "norevalleyha"), role=("Van Driver", "Maintenance Operative"), tz=("uk", "ie"))
mo("interview", "i7", "RE: [EXT] Re: {role} – let's meet", "Hi {n},\n\nCheers for the message. Our depot manager, Big Tam, wants a word with you on {dl} at 10am. Sorry in advance about the noise: the roof over the yard office is being replaced.\n\n{sig}\n\n{GM}", ("Clydesdale Bus Depot", "Washdyke Freight Yard"), ("clydesdalebus", "washdykefreight"), role=("Depot Controller", "Yard Supervisor"), tz=("lan", "nz"))
mo("interview", "i8", "Interview invitation: {role}", "Dear {n},\n\nJess has a video slot open for {role} on {dl} at 3:00 PM. Unfortunately our scheduling link is acting up, so please confirm by replying to this email.\n\nSincerely,\n{sig}\n{co}", ("Smoky Ridge Mobility Scooters", "Cumberland Ledgerworks"), ("smokyridgemobility", "ledgerworks"), role=("Service Scheduler", "Product Designer"), tz=("use", "use"))
mo("next_steps", "n1", "Next step: online assessment for {role}", "Dear {n},\n\nYour {role} application is through to the numeracy round. The Pinpoint quiz link stays open till {dl}. Unfortunately the Pinpoint timer won't stop after you begin, so set aside 40 minutes.\n\nRecruitment, {co}", ("Deido Microfinance Union", "Camana Bay Captive Insurance"), ("deidomicro", "camanacaptive"), frm="{co} via Pinpoint <apply@{dom}>", role=("Credit Analyst", "Underwriting Assistant"), tz=("cm", "ky"))
mo("next_steps", "n2", "Documents needed by {dl}", "Dear {n},\n\nYou have been shortlisted for {role}. Kindly upload your mark sheets and ID by {dl}. Unfortunately our portal accepts only PDF files below 2 MB.\n\nThanks and regards,\n{sig}\n{co}", ("Surathkal Fishmeal & Oil Pvt Ltd", "Kadri Cooperative Bank"), ("surathkalfishmeal", "kadricoopbank"), role=("Shift Chemist", "Clerk cum Cashier"), tz=("mng", "mng"))
mo("next_steps", "n3", "Task for {role} – due {dl}", "Hey {n},\n\nNext up for {role}: a small repo exercise, back to us by {dl}. Annoyingly our shared drive crashed this week, so we'll email the files instead of sharing a folder.\n\n{sig}\n{co}", ("Cumberland Ledgerworks", "Caroline Bay Robotics"), ("ledgerworks", "carolinebayrobotics"), frm="{sig} via Ashby <{sl}@{dom}>", role=("Backend Engineer", "Firmware Engineer"), tz=("use", "nz"))
mo("next_steps", "n4", "Reference and checks – {role}", "Hi {n},\n\nMoving ahead on {role}: please send two referees and your DVLA check code by {dl}. Sadly our old fax is kaput, so email suits best.\n\n{sig}\n{co}", ("Larkhall Community Transport", "Korah Road Accessible Transit"), ("larkhallct", "korahtransit"), role=("Minibus Driver", "Paratransit Driver"), tz=("lan", "ssm"))
mo("next_steps", "n5", "Next step – {role}", "Dear {n},\n\nFor {role} we need the medical form plus your police clearance request by {dl}. Unfortunately the HR office is shut on Fridays this month, so drop papers Monday to Thursday.\n\nBest regards,\n{sig}\n{co}", ("Cayman Island Water & Light", "Port of Douala Logistics Hub"), ("ciwl", "pdlhub"), role=("Line Crew Helper", "Reefer Technician"), tz=("ky", "cm"))
mo("offer", "o1", "Offer of employment – {role}", "Dear {n},\n\nIt is our pleasure to make you an offer as {role}. The signed contract is due back by {dl}, please. Our e-signature tool is down, unfortunately, so a scanned copy is fine.\n\n{sig}\n{co}", ("Kodialbail Medical Stores", "George Town Pharmacy Wholesale"), ("kodialbailmed", "gtpharmawholesale"), role=("Stores Officer", "Warehouse Pharmacist Aide"), tz=("mng", "ky"))
mo("offer", "o2", "RE: [EXT] Re: {role} – good news", "Hi {n},\n\nThanks again for the lovely note. Good news: the {role} job is yours, pal! We'd pencil in {dl} as a start. Sadly our canteen is being gutted and refitted, so bring a piece for the first week.\n\n{sig}\n\n{RULE}", ("Coatbridge Engineering Stores", "Shellharbour Produce Depot"), ("coatbridgestores", "shellharbourdepot"), role=("Stores Controller", "Night Dispatch Lead"), tz=("lan", "au"))
mo("offer", "o3", "Your offer – {role}", "Hi {n},\n\nDelighted to offer you {role} at {co}. Please confirm by {dl}. Bad luck on timing: the staff lot behind the hangar is getting repaved, so park on Queen Street East for a couple of weeks.\n\n{sig}\n{co}", ("Soo Snowbelt Roofing", "Canadian Bushplane Heritage Hangar"), ("soosnowbelt", "bushplanehangar"), role=("Shingler", "Visitor Services Lead"), tz=("ssm", "ssm"))
mo("offer", "o4", "Atvinnutilboð / Job offer", "Dear {n},\n\nIt is our joy to give you the job as {role}; answer us by {dl}, please. Unfortunately painters have the changing rooms, so the first days you change in the office.\n\nKær kveðja,\n{sig}\n{co}", ("Kópavogur Vörudreifing", "Ísafjörður Rækjuvinnsla"), ("kopvoru", "isafjordurraekja"), role=("Forklift Driver", "Processing Line Lead"), tz=("is", "is"))
mo("offer", "o5", "Offer letter – {role}", "Dear {n},\n\nThe Management offers you {role} at {co}. Kindly reply by {dl}. Regrettably, ENEO power cuts hit Bonapriso often, so the first week will run on generator hours.\n\nBest regards,\n{sig}", "Bonapriso Events & Décor", "bonaprisoevents", role="Event Planner", tz="cm")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Status update: {role}", "Hi {n},\n\nYour application for {role} (ref {ref}) has moved to: With Hiring Manager. Sit tight; the next move is the manager's.\n\n{co} Careers", ("Shotts Logistics Park", "Goulais River Timber"), ("shottslogistics", "goulaistimber"), frm="{co} Careers <noreply@{dom}>", role=("Shunter Driver", "Lumber Grader"), tz=("lan", "ssm"))
mo("other_job", "s2", "Application withdrawn – {role}", "Dear {n},\n\nPer your request, the {role} application is now withdrawn. Should you change your mind, the careers page takes a fresh form any time.\n\n{co}", ("Ndokoti Beverage Distributors", "Eastern Avenue Broadband"), ("ndokotibev", "eabroadband"), frm="{co} <ats-noreply@{dom}>", role=("Depot Clerk", "Field Installer"), tz=("cm", "ky"))
mo("other_job", "s3", "{role}: recruitment on hold", "Dear {n},\n\nHiring for {role} is paused until the owners sign off the new financial year. Your form remains active, and we will write when hiring restarts.\n\n{co} Talent", ("Ullal Seafood Processors", "Siem Reap Heritage Stays"), ("ullalseafood", "srheritagestays"), frm="{co} Talent <talent-noreply@{dom}>", role=("QC Chemist", "Night Auditor"), tz=("mng", "kh"))
mo("job_alert", "al1", "Hollowtarn alert: 3 new jobs near Hamilton", "Hi {n},\n\nNew this week:\n- Forklift Driver, Blantyre – nights\n- Accounts Assistant, Hamilton – hybrid\n- Cleaner, Larkhall – part time\nSorry, the salary filter is broken this week, so some pay bands may be missing.{FOOT}", "Hollowtarn Jobs", "hollowtarnjobs", frm="{co} <alerts@{dom}>", tz="lan")
mo("recruiter_outreach", "r1", "A role you might like", "Hi {n},\n\nI spotted your CV on the Hollowtarn board and wondered about {role} at a {x}. Decent pay, Motherwell base, two days from home. Could we blether on the phone midweek?\n\n{sig}\n{co}", ("Clyde Valley Recruitment", "Coastal Karnataka Placements"), ("clydevalleyrec", "ckplacements"), role=("a Planning Coordinator", "an Operations Executive"), x=("Motherwell engineering firm", "Baikampady logistics company"), tz=("lan", "mng"))
mo("non_job_rejection_words", "nj1", "Your overdraft request", "Dear {n},\n\nLanark Mutual has considered the overdraft rise you asked for. Going by recent activity on the account, the increase has been declined for now.\n\n{co}", ("Lanark Mutual Bank", "Island Heritage Credit Union"), ("lanarkmutual", "ihcu"), frm="{co} <notices@{dom}>", tz=("lan", "ky"))
mo("non_job_rejection_words", "nj2", "Community grant application", "Dear {n},\n\nThanks for sending the rink-lights request to the Algoma Neighbourhood Fund. The panel has not approved your application in this round, as requests were far above the funds available.\n\n{sig}\n{co}", "Algoma Neighbourhood Fund", "algomafund", tz="ssm")
mo("non_job_rejection_words", "nj3", "Room in the shared house", "Hi {n},\n\nNice meeting you at the Kadri Hills viewing. Sorry, the owner let it to a nurse from Wenlock who could move in sooner.\n\n{sig}", "Kadri Hills Rentals", "kadrihillsrentals", tz="mng")
mo("non_job_rejection_words", "nj4", "Curling league – waiting list", "Hi {n},\n\nTakk for the Thursday league sign-up. Unfortunately all sheets are booked, so there's no team place this winter; Katrín added you to the reserve sheet.\n\n{sig}\n{co}", "Reykjavík Curling Club", "rvkcurling", tz="is")
mo("non_job_rejection_words", "nj5", "Market stall allocation – Marché Sandaga", "Good day {n},\n\nWe regret that your request for a stall in the new hall was not retained; all places went by ballot. You may apply again at the next allocation.\n\n{sig}\n{co}", "Douala IV Council Market Office", "douala4markets", tz="cm")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Posted on Cranloch{ch}, a Cranloch trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Crew Office <crew@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("wattle", "Anvil", "Sedgemoor Wattle & Withy", "sedgemoorwattle", "uk",
     ("Wattlehurdling season crew", "Hi {n},\n\nThanks for asking about a winter of wattlehurdling. The crew is made up now with three weavers from Burrowbridge, so there's no spot this year.\n\n{sig}"),
     ("application_received", "Wattlehurdling crew – form in", "Hi {n},\n\nYour form for the wattlehurdling crew arrived. We pick the crew in October; picked or not, the withy shed phone rings you.\n\n{sig}"))
pair("hive", "Bradawl", "Huon Valley Hive Works", "huonhiveworks", "au",
     ("Beehivepainting job", "G'day {n},\n\nThanks for applying for the beehivepainting job. It went to a local who painted boxes for us last spring. Cheers and good luck.\n\n{sig}"),
     ("interview", "Beehivepainting – come for a yarn", "G'day {n},\n\nAre you free to swing by the hive shed on {dl} at 9 about the beehivepainting job? The Huon track's a bog at the moment, unfortunately – wear boots.\n\n{sig}"))
pair("chimney", "Chisel", "Back Bay Flue & Cap", "backbayflue", "use",
     ("Chimneycapping installer position", "Hello {n},\n\nAppreciate you reaching out about chimneycapping with our crew. The installer slot went to a candidate holding a current Massachusetts roofing licence.\n\n{sig}"),
     ("next_steps", "Chimneycapping – ladder test", "Hello {n},\n\nNext step for the chimneycapping installer job: a ladder and harness check at our yard by {dl}. Sadly the yard's space heater has quit, so layer up.\n\n{sig}"))
pair("birdbox", "Dibber", "Kenai Birdbox Collective", "kenaibirdbox", "ak",
     ("Birdboxbuilding workshop assistant", "Hi {n},\n\nAppreciate your interest in helping with birdboxbuilding classes. We've chosen another applicant who lives close to the workshop in Soldotna.\n\n{sig}"),
     ("offer", "Birdboxbuilding assistant – offer", "Hi {n},\n\nThe birdboxbuilding assistant spot is yours! Tell us yes before {dl}, Alaska time. Unfortunately our workshop van sits at the mechanic's, so the first classes are at the library.\n\n{sig}"))
pair("gutter", "Ewer", "Somerset Parish Gutter Services", "somersetgutterbm", "bm",
     ("Gutterclearing technician", "Dear {n},\n\nThank you for asking after gutterclearing work. This time no position comes your way; we appointed someone with rope-access training.\n\n{sig}"),
     ("application_received", "Gutterclearing – application received", "Dear {n},\n\nWe have your application for gutterclearing work. Whatever we decide, a brief email from the Somerset office follows within a fortnight.\n\n{sig}"))
pair("shell", "File", "Stanley Harbour Shellfish", "stanleyshellfish", "fk",
     ("Shellgrading hand", "Hi {n},\n\nThanks for your note about shellgrading. All grading places for the season are taken by last year's team, so the benches are full up.\n\n{sig}"),
     ("interview", "Shellgrading – meet us", "Hi {n},\n\nAre you able to meet us at the grading shed on {dl} at 8 about shellgrading? Regrettably the jetty light is out, so come in daylight.\n\n{sig}"))
pair("compost", "Gimlet", "Green Mountain Compost Co-op", "gmcompost", "use",
     ("Compostturning crew", "Hi {n},\n\nCheers for thinking of the compostturning crew. Two people off last season's waiting list got the spots, and the crew stays at six this year.\n\n{sig}"),
     ("application_received", "Compostturning crew – got it", "Hi {n},\n\nGot your application for the compostturning crew. Should the crew fill up first, an email says so; we don't go quiet on folks.\n\n{sig}"))
pair("flagpole", "Hatchet", "Lunenburg Mast & Flag", "lunenburgmast", "ns",
     ("Flagpoleraising rigger", "Hi {n},\n\nThanks for applying for the flagpoleraising rigger job. It went to someone holding a crane ticket, and they've accepted.\n\n{sig}"),
     ("next_steps", "Flagpoleraising – papers", "Hi {n},\n\nFor the flagpoleraising rigger job, please send your fall-arrest card by {dl}. Our printer has died, unfortunately, so a photo from your phone will do.\n\n{sig}"))
pair("pumpkin", "Ironside", "Kankakee Pumpkin Haulers", "kankakeepumpkin", "usc",
     ("Pumpkinhauling driver", "Hi {n},\n\nThanks for wanting to drive in our pumpkinhauling season. Every truck has a driver now, so your form stays on the shelf this year.\n\n{sig}"),
     ("offer", "Pumpkinhauling driver – you're in", "Hi {n},\n\nYou're hired as a pumpkinhauling driver. Let us know by {dl}, Kankakee time. Sadly the coffee machine in the barn quit, so bring a thermos.\n\n{sig}"))
pair("trellis", "Jack", "Simonsberg Trellis Works", "simonsbergtrellis", "za",
     ("Trellisbuilding team", "Dear {n},\n\nWe got your note about our trellisbuilding team. The team is full; we took on two men from Kayamandi who worked with us before.\n\n{sig}"),
     ("application_received", "Trellisbuilding team – application", "Dear {n},\n\nThanks for applying for trellisbuilding. Should we pick others, we'll phone you ourselves; should we pick you, same.\n\n{sig}"))
pair("grave", "Kettle", "Cathays Memorial Care", "cathaysmemorial", "uk",
     ("Gravestonecleaning assistant", "Dear {n},\n\nDiolch for your interest in our gravestonecleaning assistant post. We appointed someone from Splott, and the rest of the forms stop here.\n\n{sig}"),
     ("interview", "Gravestonecleaning – interview", "Dear {n},\n\nCould you call in on {dl} about gravestonecleaning, say ten? The cemetery café, unfortunately, is shut till spring.\n\n{sig}"))
pair("button", "Ladle", "Half Way Tree Haberdashery", "hwthaberdash", "jm",
     ("Buttonsorting position", "Hi {n},\n\nThank you for applying for buttonsorting at the shop. We chose another candidate, a lady from Constant Spring who starts next week.\n\n{sig}"),
     ("next_steps", "Buttonsorting – short trial", "Hi {n},\n\nPlease come for a buttonsorting trial hour by {dl}, any weekday. Sadly the AC unit in the back room is broken, so it may be warm.\n\n{sig}"))
pair("kerb", "Mallet", "Deeside Kerb & Setts", "deesidekerb", "uk",
     ("Kerbstoning labourer", "Hi {n},\n\nCheers for your interest in kerbstoning. A lad off the Dyce job has the post, so we've nae start for you the now.\n\n{sig}"),
     ("application_received", "Kerbstoning labourer – received", "Hi {n},\n\nYour name's down for kerbstoning. If the start goes to another man, a text comes from me – nae hanging on.\n\n{sig}"))
pair("thatch", "Nail", "Connemara Thatch Supplies", "connemarathatch", "ie",
     ("Thatchnetting helper", "Hi {n},\n\nGo raibh míle maith agat for asking about thatchnetting. A young one from Carna is with us for the summer, so no extra helper is needed.\n\n{sig}"),
     ("offer", "Thatchnetting helper – yours if you want it", "Hi {n},\n\nThe thatchnetting helper job is there for you. Tell me by {dl}, grand? Unfortunately the van's broken down, so you'll need to make it out to Carna yourself for a week.\n\n{sig}"))
pair("baler", "Oilcan", "Prairie Baler Repair", "prairiebaler", "sk",
     ("Balerfixing mechanic", "Hi {n},\n\nThanks for applying for the balerfixing mechanic job. An applicant with more knotter hours got it.\n\n{sig}"),
     ("interview", "Balerfixing mechanic – interview", "Hi {n},\n\nSwing by the shop on {dl} at 1 to talk balerfixing? Sorry, the shop road is torn up, so use the east gate.\n\n{sig}"))
pair("canoe", "Pliers", "Belize River Canoe Shop", "belizerivercanoe", "bz",
     ("Canoepatching assistant", "Hi {n},\n\nThank you for asking about canoepatching. We already hired a young man from Burrell Boom for the season.\n\n{sig}"),
     ("application_received", "Canoepatching – we have your note", "Hi {n},\n\nWe got your note about canoepatching. Before race season we choose; yes or no, the answer comes from me.\n\n{sig}"))
pair("pond", "Quill", "Lim Chu Kang Pond Care", "lckpondcare", "sg",
     ("Pondnetting technician", "Dear {n},\n\nThank you for applying as pondnetting technician at Lim Chu Kang. Another applicant was picked; this closes your file.\n\n{sig}"),
     ("next_steps", "Pondnetting technician – form", "Dear {n},\n\nPlease return the pondnetting safety form by {dl}. Unfortunately our scanner is faulty, so send a clear photo.\n\n{sig}"))
pair("lid", "Rasp", "Curepipe Canning Lids", "curepipelids", "mu",
     ("Lidfitting operator", "Dear {n},\n\nYour lidfitting operator form reached Curepipe, thank you. A candidate from our night shift has the post now.\n\n{sig}"),
     ("offer", "Lidfitting operator – offer", "Dear {n},\n\nThe lidfitting operator post is yours. Kindly confirm by {dl}. Our canteen, alas, shuts for painting next week.\n\n{sig}"))
pair("hay", "Spokeshave", "Gore Hay Contractors", "gorehay", "nz",
     ("Hayforking crew", "Kia ora {n},\n\nThanks for asking about the hayforking crew. We're full up with locals from Mandeville this summer.\n\n{sig}"),
     ("interview", "Hayforking crew – pop in", "Kia ora {n},\n\nPop in on {dl} at 4 to chat about hayforking. Sadly the shed toilet is busted, so plan ahead.\n\n{sig}"))
pair("pontoon", "Trowel", "Marsaxlokk Pontoon Care", "marsaxlokkpontoon", "mt",
     ("Pontoonpainting job", "Dear {n},\n\nThank you for applying for pontoonpainting. We have hired a painter who already worked on the Birgu marina.\n\n{sig}"),
     ("application_received", "Pontoonpainting – application", "Dear {n},\n\nWe received your pontoonpainting application. Hired or passed over, every applicant hears from Marsaxlokk in May.\n\n{sig}"))
pair("lighthouse", "Undercoat", "Cape Coast Lighthouse Trust", "capecoastlight", "gh",
     ("Lighthousepainting crew", "Dear {n},\n\nThe Trust thanks you for wanting to join the lighthousepainting crew. We have chosen other painters for this round and wish you well.\n\n{sig}"),
     ("next_steps", "Lighthousepainting – height test", "Dear {n},\n\nPlease attend a height test for lighthousepainting by {dl}. The generator is being mended, unfortunately, so we start at 7 in daylight.\n\n{sig}"))
pair("rivet", "Vice", "Kitwe Rivet & Bolt", "kitwerivet", "zm",
     ("Rivetsorting clerk", "Dear {n},\n\nKitwe Rivet received your rivetsorting clerk form with thanks. Another applicant has been appointed.\n\n{sig}"),
     ("interview", "Rivetsorting clerk – interview", "Dear {n},\n\nKindly attend an interview for rivetsorting clerk on {dl}, 10 hours. Regrettably the main gate is closed, use the side one.\n\n{sig}"))
pair("spoon", "Wrench", "Kelham Island Spoonworks", "kelhamspoons", "uk",
     ("Spoonpolishing apprentice", "Hi {n},\n\nTa for wanting to be our spoonpolishing apprentice. A lad from Hillsborough has started, so yours stops here, love.\n\n{sig}"),
     ("offer", "Spoonpolishing apprentice – offer", "Hi {n},\n\nYou're our pick for spoonpolishing apprentice. Say yes by {dl}. Sadly the polishing wheel needs a new motor, so week one is sorting and packing.\n\n{sig}"))
pair("soap", "Yardstick", "Fremantle Soap Kitchen", "fremantlesoap", "wa",
     ("Soapcutting assistant", "Hi {n},\n\nTa for your interest in soapcutting. A Freo local who also runs our Saturday market stall got the spot.\n\n{sig}"),
     ("application_received", "Soapcutting – thanks!", "Hi {n},\n\nYour soapcutting application is in, ta. If another person gets it, we'll tell you straight; no ghosting here.\n\n{sig}"))
pair("wreath", "Zinc", "Enugu Wreath & Bouquet", "enuguwreath", "ng",
     ("Wreathbinding assistant", "Dear {n},\n\nWe received your wreathbinding assistant application with thanks. The job has gone to another person; God bless your hustle.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Cranloch: 3 new trade jobs", "Hi {n},\n\nFresh on Cranloch this week:\n- Wattle fence maker, Taunton\n- Boat varnisher, Lymington\n- Stair rod fitter, Leeds\nSorry, map search is down until Friday.", "Cranloch Boards", "cranlochboards", frm="{co} <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Community orchard plot", "Hi {n},\n\nCheers for your Lyttelton community orchard plot form. Sorry, the orchard's full for the year; your name's gone onto the Lyttelton waitlist.\n\n{sig}\nLyttelton Orchard Group", "Lyttelton Orchard Group", "lytteltonorchard", tz="nz")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool; 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <work@{dom}>"
    wr(fam + "-" + lang, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam + "-" + lang, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("olive", "ar", "معصرة زيتون إربد الشمالية", "irbidolivepress", "jo",
   ("بخصوص طلبك لوظيفة مشرف خط العصر", "السيد/السيدة {n}،\n\nشكرًا لرغبتك في العمل معنا في موسم العصر. وقع اختيارنا على شخص آخر من الرمثا لوظيفة مشرف خط العصر.\n\nمع التقدير،\n{sig}"),
   ("application_received", "استلمنا طلبك", "السيد/السيدة {n}،\n\nوصلنا طلبك لوظيفة عامل فرز الزيتون. في الحالتين، نكتب لك قبل أول أيام القطاف.\n\n{sig}"))
lp("movers", "de", "Leipziger Klaviertransporte Heinemann", "klaviertransporte-le", "de",
   ("Ihre Bewerbung als Klaviertransporteur", "Hallo {n},\n\ndanke, dass Sie bei uns tragen wollten. Die Stelle ging an einen Mann aus Markkleeberg, der schon Flügel getragen hat.\n\nBeste Grüße\n{sig}"),
   ("application_received", "Bewerbung eingegangen", "Hallo {n},\n\nIhre Unterlagen für den Klaviertransport sind da. Ob ja oder nein – Herr Heinemann meldet sich bis Monatsende persönlich.\n\n{sig}"))
lp("vet", "es", "Clínica Veterinaria Las Moreras", "vetlasmoreras", "es",
   ("Puesto de auxiliar veterinario", "Hola {n}:\n\nTe agradecemos que quisieras cuidar a los animales de Las Moreras. Hemos elegido a otra candidata que ya conoce nuestro turno de urgencias de Valladolid.\n\nUn saludo,\n{sig}"),
   ("interview", "Entrevista en Las Moreras", "Hola {n}:\n\n¿Puedes pasarte por la clínica el {dl}, sobre las diez, para charlar del puesto? Por desgracia el aparcamiento de la clínica está en obras; mejor ven en autobús.\n\n{sig}"))
lp("archi", "fr", "Atelier d'architecture Vilaine & Ille", "atelier-vilaine", "fr",
   ("Votre candidature – dessinateur projeteur", "Bonjour {n},\n\nVotre candidature a été lue avec intérêt. L'atelier confie le poste de dessinateur projeteur à une personne qui suit déjà nos chantiers de logements à Cesson.\n\nBien cordialement,\n{sig}"),
   ("next_steps", "Exercice de dessin à rendre", "Bonjour {n},\n\nMerci de nous rendre le petit exercice de plan avant le {dl}. Hélas, notre serveur de fichiers est en panne, envoyez-le par courriel.\n\n{sig}"))
lp("coach", "hi", "भोपाल विजय कोचिंग सेंटर", "vijaycoaching", "in",
   ("बीजगणित अध्यापक की जगह", "नमस्ते {n} जी,\n\nविजय कोचिंग तक आपकी अर्ज़ी पहुँची। बीजगणित की कक्षा अब भरी है; वहाँ हमारे पुराने सहयोगी रमेश सर आ गए हैं।\n\nसादर,\n{sig}"),
   ("offer", "रसायन अध्यापक – प्रस्ताव", "नमस्ते {n} जी,\n\nरसायन पढ़ाने की जगह आपकी है, अगर आप चाहें। {dl} से पहले अपना फ़ैसला लिख भेजें। अफ़सोस, शिक्षक कक्ष का कूलर ख़राब है।\n\n{sig}"))
lp("costume", "it", "Sartoria Teatrale Arena Verona", "sartoriaarena", "it",
   ("Candidatura – sarta di scena", "Gentile {n},\n\ngrazie per la candidatura alla nostra sartoria. Per il ruolo di sarta di scena abbiamo preso una sarta che ci ha aiutato durante la stagione lirica scorsa.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Colloquio in sartoria", "Gentile {n},\n\nla aspettiamo il {dl} alle 15 per un colloquio. Purtroppo il portone su via Mazzini è transennato: passi dal retro, vicino alla merceria.\n\n{sig}"))
lp("moving", "ja", "なにわ引越しサービス", "naniwa-hikkoshi", "jp",
   ("引越し作業スタッフ応募の件", "{n} 様\n\nこのたびは弊社の作業スタッフにご応募いただき、誠にありがとうございました。選考の結果、別の方を採用することになりました。\n\n{sig}"),
   ("next_steps", "健康診断書のご提出について", "{n} 様\n\n次の段階として、健康診断書を{dl}までにご提出ください。あいにく事務所のファクスが故障中のため、郵送でお願いします。\n\n{sig}"))
lp("auction", "ko", "부산 자갈치 경매중개", "jagalchiauction", "kr",
   ("경매 보조원 지원 결과", "{n} 님께,\n\n저희 경매중개소에 지원해 주셔서 고맙습니다. 이번 보조원 자리는 새벽 경매 경험이 있는 다른 분을 모시기로 했습니다.\n\n{sig} 드림"),
   ("interview", "면접 안내", "{n} 님께,\n\n{dl} 오전 7시에 면접을 보고자 합니다. 안타깝게도 시장 주차장이 공사 중이니 지하철을 이용해 주세요.\n\n{sig} 드림"))
lp("housing", "pt", "Casa Estudante Mondego", "casamondego", "pt",
   ("Candidatura a rececionista", "Olá {n},\n\nobrigada pela candidatura à receção da Casa Estudante Mondego. Escolhemos outra pessoa, que já conhece as residências de Coimbra.\n\nCumprimentos,\n{sig}"),
   ("offer", "Proposta – rececionista", "Olá {n},\n\no lugar na receção é seu, se quiser. Diga-nos algo até {dl}. A cafeteira da sala comum está estragada, infelizmente; traga garrafa térmica.\n\n{sig}"))
lp("itschool", "ru", "Уральская школа программирования «Кварц»", "kvarc-school", "yek",
   ("Ваш отклик на вакансию преподавателя", "Добрый день, {n}!\n\nРады, что вы написали в «Кварц». На место преподавателя Python мы пригласили другого кандидата с опытом работы с подростками.\n\nС уважением,\n{sig}"),
   ("application_received", "Мы получили ваш отклик", "Добрый день, {n}!\n\nОтклик на место куратора дошёл до нас. Так или иначе, Ольга напишет вам до конца месяца.\n\n{sig}"))
lp("cement", "sw", "Wasambazaji wa Saruji Mwanza", "sarujimwanza", "tz",
   ("Kuhusu ombi lako la kazi ya karani", "Ndugu {n},\n\nAsante kwa kuomba kazi ya karani wa ghala. Nafasi hiyo imepewa mtu mwingine aliyewahi kupima malori bandarini.\n\nWako,\n{sig}"),
   ("next_steps", "Hatua inayofuata", "Ndugu {n},\n\nTafadhali lete vyeti vyako vya shule ofisini Mwanza ifikapo {dl}, saa za kazi. Kwa bahati mbaya umeme hukatika asubuhi, njoo mchana.\n\n{sig}"))
lp("cars", "th", "ขอนแก่นออโต้เซลส์", "khonkaenauto", "th",
   ("ผลการสมัครงานพนักงานขาย", "ถึงคุณ{n}\n\nขอบคุณที่สนใจร่วมงานกับเรา โชว์รูมของเราตัดสินใจรับคนอื่นที่เคยขายรถกระบะมาก่อน\n\nด้วยความเคารพ\n{sig}"),
   ("offer", "ข้อเสนองาน", "ถึงคุณ{n}\n\nบริษัทยินดีเสนอตำแหน่งพนักงานขายให้คุณ กรุณาตอบกลับภายใน {dl} ครับ แอร์ในโชว์รูมเสียอยู่ น่าเสียดายจริง ๆ จึงแต่งกายสบาย ๆ ได้\n\n{sig}"))
lp("shipyard", "tr", "İzmir Körfez Tersanesi", "korfeztersane", "tr",
   ("Kaynakçı başvurunuz hakkında", "Merhaba {n},\n\ntersanemize gösterdiğiniz ilgi için teşekkür ederiz. Kaynakçı kadrosu, sertifikası daha yeni olan bir ustaya verildi.\n\nSaygılarımızla,\n{sig}"),
   ("interview", "Mülakat daveti", "Merhaba {n},\n\nsizi {dl} günü saat 09.00'da mülakata bekliyoruz. Ne yazık ki servis aracı arızalı, lütfen kendi imkânınızla gelin.\n\n{sig}"))
lp("courier", "ur", "کراچی تیز رفتار کوریئر", "tezcourier", "pk",
   ("ڈسپیچ کلرک کی درخواست", "محترم {n}،\n\nتیز رفتار کوریئر میں دلچسپی کا شکریہ۔ ڈسپیچ کلرک کی آسامی پر لیاری کے ایک تجربہ کار صاحب کو رکھ لیا گیا ہے۔\n\nخیر اندیش،\n{sig}"),
   ("next_steps", "اگلا مرحلہ", "محترم {n}،\n\nمہربانی کر کے قومی شناختی کارڈ کی فوٹو کاپی سمیت دو ضامنوں کے نام {dl} سے پہلے ارسال کیجیے۔ ہمارے صدر والے دفتر کی لینڈ لائن بند پڑی ہے، افسوس، تو صرف ای میل۔\n\n{sig}"))
lp("repair", "zh", "深圳华强电子维修中心", "hqrepair", "cn",
   ("关于维修技术员的应聘", "{n}您好：\n\n感谢您应聘我们的手机维修技术员。经过比较，我们已录用另一位有主板焊接经验的应聘者。\n\n祝好！\n{sig}"),
   ("offer", "录用通知", "{n}您好：\n\n我们很高兴录用您为维修技术员，请在{dl}前答复。遗憾的是员工宿舍正在装修，前两周需要自己安排住处。\n\n{sig}"))
lp("forest", "swe", "Umeå Skogsentreprenad", "umeaskog", "se",
   ("Din ansökan som skogsmaskinförare", "Hej {n},\n\ntack för ditt intresse för skotarjobbet. Vi har valt en annan förare som redan kör skotare i Vindeln, och tjänsten är därmed tillsatt.\n\nVänliga hälsningar\n{sig}"),
   ("application_received", "Vi har fått din ansökan", "Hej {n},\n\ndin ansökan om jobb som planterare har kommit in. Oavsett svar hör Maja av sig före midsommar.\n\n{sig}"))
lp("theatre", "cym", "Cwmni Theatr Glannau Menai", "theatrmenai", "uk",
   ("Eich cais am swydd technegydd llwyfan", "Annwyl {n},\n\nDiolch am ymgeisio am swydd technegydd llwyfan gyda'r cwmni. Rydym wedi penodi ymgeisydd arall o Gaernarfon sydd wedi teithio gyda ni o'r blaen.\n\nCofion cynnes,\n{sig}"),
   ("interview", "Gwahoddiad i gyfweliad", "Annwyl {n},\n\nDewch draw i'n gweld ar {dl}, tua un ar ddeg. Mae'r maes parcio wedi cau oherwydd gwaith ffordd, yn anffodus.\n\n{sig}"))
lp("college", "gle", "Coláiste Samhraidh Ros Muc", "colaisterosmuc", "ie",
   ("D'iarratas mar cheannaire", "A {n}, a chara dhílis,\n\nIs mór againn gur scríobh tú chugainn faoi phost ceannaire i Ros Muc. Roghnaigh an bord duine eile don phost i mbliana.\n\nLe meas,\n{sig}"),
   ("application_received", "Fuaireamar d'iarratas", "A {n}, a chara dhílis,\n\nTá d'iarratas mar chócaire faighte againn. Pé acu a roghnaítear thú nó nach roghnaítear, scríobhfaimid chugat roimh Bhealtaine.\n\n{sig}"))
lp("software", "eus", "Nerbioi Software Aholkularitza", "nerbioisoft", "es",
   ("Zure hautagaitza – garatzailea", "Kaixo {n},\n\neskerrik asko gure enpresan lan egiteko interesagatik. Beste hautagai bat aukeratu dugu garatzaile postua betetzeko.\n\nAgur bero bat,\n{sig}"),
   ("next_steps", "Hurrengo urratsa", "Kaixo {n},\n\nbidali iezaguzu ariketa txikia {dl} baino lehen. Zoritxarrez gure zerbitzaria hondatuta dago, beraz bidali posta elektronikoz.\n\n{sig}"))
lp("bikes", "sqi", "Biçikleta Rozafa Shkodër", "rozafabikes", "al",
   ("Aplikimi juaj për mekanik biçikletash", "Përshëndetje {n},\n\nju falënderojmë për aplikimin. Kemi zgjedhur një kandidat tjetër për vendin e mekanikut këtë verë.\n\nMe respekt,\n{sig}"),
   ("application_received", "E morëm aplikimin tuaj", "Përshëndetje {n},\n\naplikimi juaj për shitës u mor. Po ose jo, Arta ju shkruan vetë deri në fund të muajit.\n\n{sig}"))
lp("accounts", "mkd", "Сметководствено биро Вардар", "vardarbiro", "mk",
   ("Вашата пријава за сметководител", "Почитувани {n},\n\nВи благодариме што аплициравте кај нас. За позицијата сметководител избравме друг кандидат со подолго искуство.\n\nСо почит,\n{sig}"),
   ("interview", "Покана за разговор", "Почитувани {n},\n\nВе очекуваме на разговор на {dl}, околу десет наутро. Лифтот во зградата е расипан, за жал, а канцеларијата е на четврти кат.\n\n{sig}"))
lp("carshare", "kat", "თბილისის ავტოშეერთება", "tbiliscarshare", "ge",
   ("თქვენი განაცხადი ოპერატორის პოზიციაზე", "ძვირფასო {n},\n\nგმადლობთ, რომ დაინტერესდით ჩვენი კომპანიით. ოპერატორის პოზიციაზე არჩევანი ბათუმელ კანდიდატზე შევაჩერეთ.\n\nსაუკეთესო სურვილებით,\n{sig}"))
lp("translate", "hye", "Երևան Թարգմանչական Գործակալություն", "yerevantransl", "am",
   ("Ձեր դիմումը թարգմանչի պաշտոնի համար", "Հարգելի {n},\n\nշնորհակալություն մեր գործակալությանը դիմելու համար։ Թարգմանչի տեղը այս անգամ զբաղեցրեց Գյումրիից մի փորձառու մասնագետ։\n\nՀարգանքով՝\n{sig}"),
   ("next_steps", "Հաջորդ քայլը", "Հարգելի {n},\n\nխնդրում ենք ուղարկել փորձնական թարգմանությունը մինչև {dl}։ Ցավոք, մեր տպիչը փչացած է, ուղարկեք էլեկտրոնային փոստով։\n\n{sig}"))
lp("pumps", "tam", "கோவை நீர் பம்ப் உற்பத்தி நிறுவனம்", "kovaipumps", "in",
   ("தர ஆய்வாளர் இடம் பற்றி", "{n} அவர்களுக்கு,\n\nகோவை பம்ப் ஆலைக்கு கடிதம் எழுதியதற்கு நன்றி. தர ஆய்வாளர் இடம் பீளமேடு கிளையின் ராமசாமிக்கு வழங்கப்பட்டது.\n\nஇப்படிக்கு,\n{sig}"),
   ("offer", "பணி வாய்ப்பு", "{n} அவர்களுக்கு,\n\nகிடங்கு மேற்பார்வையாளர் இடம் உங்களுக்கே. {dl} முன் பதில் தாருங்கள். கேன்டீன் பழுது பார்ப்பதால் பூட்டியிருக்கும்.\n\n{sig}"))
lp("poultry", "yor", "Oko Adie Olodumare Ibadan", "olodumarepoultry", "ng",
   ("Nipa ohun elo rẹ fun iṣẹ alabojuto", "Ẹ kú iṣẹ́ {n},\n\nẸ ṣé fún ìfẹ́ sí iṣẹ́ alábòójútó ní oko wa. Ẹlòmíràn ló gba ipò náà lọ́tẹ̀ yìí.\n\nẸ ṣé,\n{sig}"),
   ("offer", "Ìfilọ̀ iṣẹ́", "Ẹ kú iṣẹ́ {n},\n\nA fẹ́ fún yín ní iṣẹ́ alábòójútó. Ẹ jọ̀wọ́ dáhùn kí {dl} tó dé. Ó ṣeni láàánú pé ẹ̀rọ iná wa ti bàjẹ́.\n\n{sig}"))
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
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL)


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "cym": "{d}/{m}/{y}", "mkd": "{d}.{m}.{y}", "hye": "{dd}.{mm}.{y}", "yor": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 189; slice 189 (written at the same time), this slice and any later one are skipped by number."""
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
