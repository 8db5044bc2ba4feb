# ruff: noqa: E501, S311
"""Write the two-hundred-and-second sealed blind slice for issue 11 (blind-slice-202.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 200; slice 201 and later never read; our side printed)
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

SEED = 2022022
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-202.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 202
SKIP_FROM = 201  # slice 201 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Oonagh Fitzmaurice-Kane", "Tinotenda Mukwashi", "Peigi Quayle", "Yerlan Abenov", "Nomathemba Ndlela",
    "Kwabena Asante-Boateng", "Gwawr Pennant", "Anjali Bhandari", "Teodor Marinescu", "Caoimhe Costigan",
    "Farangis Tashkentova", "Lorcan Moorcroft", "Ugochinyere Chukwudi", "Heledd Tudor-Blake", "Obiajulu Onuoha",
    "Íde Delahunt", "Nilufar Karimova", "Jethro Pengelly", "Whetu Tawhiri", "Bongani Sithole",
    "Tegwen Meredith", "Dinara Sultanova", "Kofi Mensah-Darko", "Elspeth Urquhart", "Huzaifa Qureshi",
    "Tallulah Brannigan", "Vusumuzi Maphosa", "Chinasaokwu Arinze", "Ruairí Breathnach", "Leilani Kahale",
    "Torvald Lindqvist", "Mehwish Anjum", "Fiachra Lydon", "Ebony Carrington", "Zarina Ismailova",
]
REGION_SIGNERS = {
    "lpl": ["Kenny Mulhearn", "Trish Dolan-Hughes", "Macca Fairclough", "Bernie Costello"],
    "cm": ["Ngwa Emmanuel Tanyi", "Bih Florence Achu", "Fru Godlove Ndifor"],
    "dd": ["Rakesh Negi", "Sunita Rawat", "Pushkar Bisht"],
    "hn": ["Delroy Ebanks", "Marvalee Bodden", "Clifton McNab"],
    "nl": ["Gerard Pardy", "Lorraine Tibbo", "Wade Hollett"],
    "gj": ["Hetal Parikh", "Jignesh Trivedi", "Falguni Desai"],
    "az": ["Leyla Mammadova", "Rauf Huseynov", "Gunel Aliyeva"],
    "uk": ["Philippa Entwistle", "Gareth Pimlott", "Beatrix Oldroyd"],
    "ie": ["Fionnuala Brosnan", "Padraig Kielty", "Aoife Mangan"],
    "us": ["Lorna Vandersloot", "Darrell Kubiak", "Yolanda Pettaway"],
    "au": ["Kirsty Hatherley", "Nikos Papadakis", "Shauna Broadbent"],
    "nz": ["Mereana Tamatea", "Hamish Coutts", "Sione Latu"],
    "za": ["Thandeka Mkhize", "Riaan Steenkamp", "Lerato Mokoena"],
}
GENERAL = ["Adaeze Okafor", "Simon Kariuki", "Marisa Delacroix", "Jomo Waweru", "Rhoda Pinnock", "Arvind Menon"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "us", "yk": "us", "qld": "au", "lon": "uk", "dub": "ie"}
LANG_SIGNERS = {
    "ar": ["منى العتيبي", "فهد الشمري"], "de": ["Henrike Vollmer", "Ansgar Thiele"],
    "es": ["Rocío Villalobos", "Ignacio Barrera"], "fr": ["Maëlle Coutard", "Gaspard Leroux"],
    "hi": ["सरिता चौहान", "विनोद पांडे"], "it": ["Ilaria Santoro", "Davide Mancuso"],
    "ja": ["佐藤 美穂", "高橋 誠"], "ko": ["이서연", "최민호"], "pt": ["Beatriz Quintela", "Tiago Moura"],
    "ru": ["Ольга Лебедева", "Игорь Смирнов"], "sw": ["Neema Mollel", "Juma Mfinanga"],
    "th": ["บุษบา พรหมวงศ์", "เกียรติศักดิ์ ละอองทอง"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["ثمینہ نقوی", "عمران ملک"], "zh": ["张晓燕", "李建国"],
    "swe": ["Ingrid Bergström", "Mattias Holm"], "cym": ["Eirlys Pritchard", "Gethin Rowlands"],
    "gle": ["Bríd Ní Cheallaigh", "Tomás Ó Broin"], "eus": ["Miren Etxeberria", "Jon Arrizabalaga"],
    "sqi": ["Arta Krasniqi", "Gentian Hoxha"], "mkd": ["Марија Стојановска", "Горан Трајковски"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "hye": ["Անի Սարգսյան", "Արամ Պետրոսյան"],
    "tam": ["வெண்ணிலா சுந்தரம்", "இளங்கோ வேலுசாமி"], "yor": ["Adéwálé Ògúnṣínà", "Fúnmiláyọ̀ Àjàyí"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الحربي", "ياسر القحطاني"], "de": ["Svenja Kröger", "Malte Hübner"],
    "es": ["Ainhoa Salcedo", "Rubén Cifuentes"], "fr": ["Agathe Perrin", "Yanis Bouchet"],
    "hi": ["पूजा नेगी", "आकाश रावत"], "it": ["Federica Galli", "Simone Rizzo"],
    "ja": ["中村 由紀", "伊藤 大輔"], "ko": ["한지민", "윤재현"], "pt": ["Inês Valadares", "Duarte Pinheiro"],
    "ru": ["Ульяна Зуева", "Тимофей Карпов"], "sw": ["Upendo Massawe", "Hamisi Chande"],
    "th": ["พิมพ์ลดา จันทร์หอม", "ภูริช ทองสุข"], "tr": ["Selin Çelik", "Kaan Öztürk"],
    "ur": ["حنا شیخ", "بلال چوہدری"], "zh": ["黄静", "吴磊"],
    "swe": ["Frida Nyström", "Linus Ekberg"], "cym": ["Elin Haf Jones", "Iwan Llwyd"],
    "gle": ["Clíodhna Ní Mhurchú", "Cathal Mac Giolla"], "eus": ["Nahia Zubizarreta", "Unai Goikoetxea"],
    "sqi": ["Blerta Gashi", "Ardit Berisha"], "mkd": ["Билјана Ристеска", "Дарко Велјановски"],
    "kat": ["მარიამ ჯაფარიძე", "ლევან ცერცვაძე"], "hye": ["Նարե Հակոբյան", "Դավիթ Գրիգորյան"],
    "tam": ["மலர்விழி தங்கராசு", "கதிரவன் பழனிச்சாமி"], "yor": ["Tèmítọ́pẹ́ Adébáyọ̀", "Olúwaṣeun Àdìgún"],
}
GIVEN = {"Ngwa Emmanuel Tanyi": "Emmanuel", "Bih Florence Achu": "Florence", "Fru Godlove Ndifor": "Godlove", "Macca Fairclough": "Macca"}
PROVIDERS = ["quartzpost", "heronmail", "lintelbox", "sorrelmail", "pebbleinbox", "dunlinpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "lpl": ("+0000", "+0100", "eu"), "lon": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "dub": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "ge": ("+0400", None, ""), "am": ("+0400", None, ""), "az": ("+0400", None, ""), "cm": ("+0100", None, ""), "ng": ("+0100", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "cae": ("-0500", "-0400", "us"), "yk": ("-0700", "-0600", "us"), "nl": ("-0330", "-0230", "us"),
    "hn": ("-0600", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "dd": ("+0530", None, ""), "gj": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "cae", "yk", "nl")
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
QNOTE = "\n{sf}, ta muchly for Wednesday's wander past the loading bays. Reach-truck ticket lasts while June; referee Quarshie-Blenkinsop answers after four.\n{n}"
FOOT = "\n\n~~ {CO} / CORRIEWICK OPENINGS ~~\nCorriewick posts fresh roles each Thursday at noon. Lumbfold alerts group those by postcode and shift; the Pellow Courier, a twice-yearly staff paper, prints allotment league tables and charity-row results. Reply CORRIESTOP to end these. Nobody reads this mailbox; twenty-nine idle months and a profile gets wiped."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} (R-{ref}) now marked Closed", "Hiya {n},\n\nQuick one from the {co} careers portal. R-{ref} ({role}) got its person, and your candidate card flipped to \"Closed - Position Went To Another Candidate\". Ta for giving it a go, our kid.\n\n{sig}, Talent Ops", ("Baltic Triangle Print Studio", "Mankon Bookbinding Works"), ("baltictrianglestudio", "mankonbindery"), role=("Screen Printer", "Binding Assistant"), tz=("lpl", "cm"))
mr("gh", "Your {role} application at {co}", "Good evening {n},\n\nOnce the panel had filled in every scorecard for {role}, {co} picked a different person to progress to offer, so your application closes here. How is the family? Greet them for us; the panel wished you well in your search.\n\n{sig}", ("Nkwen Poultry Cooperative", "Rajpur Road Opticians"), ("nkwenpoultry", "rajpuropticians"), role=("Hatchery Supervisor", "Dispensing Optician"), tz=("cm", "dd"))
mr("lv", "{co}: an update on {role}", "Hi {n},\n\nThe hiring group at {co} has picked someone whose background sits nearer this brief, so we shan't take your {role} application further. Reply PELLKEEP and we keep your profile warm on the Corriewick bench for eleven months; reply PELLDROP to remove it.\n\n{sig}", ("Corriewick Locksmiths Anfield", "Corriewick Ice Works Coxen Hole"), ("corriewicklocks", "corriewickice"), role=("Trainee Locksmith", "Plant Operator"), tz=("lpl", "hn"))
mr("sr", "{role} - outcome", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Stage</th><th>Result</th></tr><tr><td>{role}</td><td>Hiring manager review</td><td>Declined - another applicant preferred</td></tr></table><p>Ta for the graft on your form. {co} Recruiting</p></body></html>", ("Surat Gemline Polishing", "Sumgait Pipe Fabrication"), ("suratgemline", "sumgaitpipe"), role=("Diamond Polisher", "Weld Inspector"), tz=("gj", "az"))
mr("ic", "Re: req {ref} {role}", "Hello {n},\n\n{co} here. Every shortlisted {role} needed {x} in hand; screening found your form without it, so the file shut at that step. Good luck from all here.\n\n{sig}", ("Gander Airside Handling", "Sahastradhara Spring Bottlers"), ("ganderairside", "sahastradharaspring"), role=("Ramp Agent", "Line Chemist"), x=("an airside driving permit", "an FSSAI food-handler card"), tz=("nl", "dd"))
mr("tl", "Requisition {ref} - submission now Inactive", "Dear {n},\n\nAutomated note, {co}: requisition {ref} ({role}) got its hire, which flips your submission to Inactive. You may apply to any other posted requisition from your account.\n\n{co} Staffing System", ("Bootle Removals & Storage", "Rajkot Bearingworks"), ("bootleremovals", "rajkotbearings"), role=("Removals Porter", "CNC Setter"), tz=("lpl", "gj"))
mr("wk", "About your trial shift for {role}", "Hey {n},\n\nNice one on the trial shift at {co}. Since then we've offered {role} to somebody else on the shortlist, so this one is done for you. Mind how you go.\n\n{sig}", ("West End Ink Collective", "Wavertree Music School"), ("westendink", "wavertreemusic"), role=("Studio Receptionist", "Front Desk Assistant"), tz=("hn", "lpl"))
mr("bh", "{role}: where things stand", "Dear {n},\n\nA colleague already inside {co} has moved across into {role}, so the opening is taken and your form goes in the closed tray. Your details stay with us eight months in case anything similar opens.\n\n{sig}, People Team", ("Ganja Silk Workshop", "Gander Bay Snowmobile Sales"), ("ganjasilk", "ganderbaysleds"), role=("Loom Technician", "Parts Counter Clerk"), tz=("az", "nl"))
mr("tt", "Your application to {co}", "Dear honourable {n},\n\nBig thanks for interest to {co}. After long consideration, team gave {role} post to other candidate whose experience more matches. Sağ olun, and much luck in career.\n\nRespectfully, {sig}", ("Baku Boulevard Telecom Store", "Sheki Halva Kitchen"), ("bakuboulevardtelecom", "shekihalva"), role=("Sales Consultant", "Kitchen Hand"), tz=("az", "az"))
mr("pp", "{role} screening result", "Hi {n},\n\nYour {role} screening for {co} scored {x}. Interview list cut sat at {y}, which ends it here. The scores are kept six months if you ask for feedback.\n\n{sig}", ("Doon Byteworks", "Vadodara Reagent Labs"), ("doonbyteworks", "vadodarareagent"), role=("Support Engineer", "QC Analyst"), x=("19 of 45", "48%"), y=("28", "61%"), tz=("dd", "gj"))
mr("jz", "{co} - {role}", "Mornin' {n},\n\nAll a we at {co} read the applications for {role}. De boss give de job to a next person, dah's de decision. Tanks plenty for trying wid us.\n\n{sig}", ("French Harbour Fuel Dock", "Utila Language School"), ("frenchharbourfuel", "utilalanguage"), role=("Dock Hand", "Office Assistant"), tz=("hn", "hn"))
mr("ab", "Following your chat with both founders", "Hi {n},\n\nThank you for the two long conversations with our founders about {role} at {co}. They have settled on another person for the seat and wanted you told today. Really enjoyed meeting you.\n\n{sig}", ("Mersey Routeplan Ltd", "Clock Tower Print House"), ("merseyrouteplan", "clocktowerprint"), role=("Product Analyst", "Prepress Operator"), tz=("lpl", "dd"))
mr("sc", "{role} crew for the season", "Hi {n},\n\nEvery bunk on the {co} crew is filled by last year's hands coming back, leaving nowt spare for a new {role}. Keep an eye out next spring.\n\n{sig}", ("Gander Lake Timber Crew", "Timaru Grain Silo Gang"), ("ganderlaketimber", "timarusilo"), role=("Skidder Helper", "Harvest Hand"), tz=("nl", "nz"))
mr("o1", "{role} at {co}", "Alright {n},\n\nBoss of you to come down Garston. The gaffer's took someone else on for {role}, so we're sorted. Ta la.\n\n{sig}", "Garston Skip Hire", "garstonskips", role="Yard Driver", tz="lpl")
mr("o2", "Application for {role}", "Dear {n},\n\nWe greet you. {co} has finish the recruitment for {role} and another applicant was taken. We pray God guide you to a better place. Do not tire.\n\n{sig}", "Commercial Avenue Phone Clinic", "cavphoneclinic", role="Repair Technician", tz="cm")
mr("o3", "Regarding {role} vacancy", "Namaste {n} ji,\n\nThis is to intimate that {co} has finalised another candidate for {role} post after interview round. Your documents shall be kept in our Doon office file for future vacancy.\n\nRegards, {sig}", "Prem Nagar Cold Chain", "premnagarcold", role="Store Incharge", tz="dd")
mr("o4", "{role} - Coxen Hole", "Hey {n},\n\nTank you for comin' by. {co} pick a next fella for {role} dis time. Good luck out dere, ya hear.\n\n{sig}", "Coxen Hole Marine Electric", "coxenholeelectric", role="Electrician Helper", tz="hn")
mr("o5", "Your application, {role}", "Hi {n},\n\nWell b'y, we went through the lot for {role} and a candidate from Appleton got the nod. Some pile of applications this time. All the best to ya.\n\n{sig}", "Trans-Canada Autobody", "transcanadabody", role="Body Tech Apprentice", tz="nl")
mr("o6", "{role} - status", "Dear {n},\n\nKem cho. {co} has selected one other candidate for {role}. Your resume we will keep in databank for next opening. Please do the needful and check our page from time to time.\n\n{sig}", "Ahmedabad Patang Makers", "ahmedabadpatang", role="Accounts Assistant", tz="gj")
mr("o7", "{role} - result of review", "Dear {n},\n\nThe review for {role} at {co} is complete. Other person received the job. We thank for interest and wish success in all things.\n\n{sig}", "Absheron Vineyard Logistics", "absheronvinelog", role="Dispatcher", tz="az")
mr("o8", "Re: {role} in Stockport", "Hi {n},\n\nCheers for the CV. The {role} slot at {co} went to an applicant who knows our steam presses already. Good hunting.\n\n{sig}", "Stockport Felt Hat Works", "stockportfelt", role="Press Operator", tz="uk")
mr("o9", "{role} - Athlone", "Hi {n},\n\nThanks a million. The practice gave {role} to a Monday-ready local, so yours stops here.\n\n{sig}, {co}", "Athlone Large Animal Vets", "athlonelargevets", role="Veterinary Nurse", tz="ie")
mr("o10", "Your {role} application", "Hi {n},\n\nThanks for your note to {co}. The rink manager hired someone for {role} last week, and the posting is now closed.\n\nBest, {sig}", "Duluth Harborview Ice Rink", "duluthharborice", role="Zamboni Driver", tz="usc")
mr("o11", "{role} - Ballarat depot", "G'day {n},\n\nTa heaps, {role} at {co} drew plenty of you. A driver already holding an MR licence got it, and that wraps this round.\n\nCheers, {sig}", "Ballarat Goldfields Buslines", "ballaratbuslines", role="Bus Driver", tz="au")
mr("o12", "{role} - update", "Kia ora {n},\n\nNgā mihi for your application to {co}. The shift lead role went to a current seasonal worker, so we're closing the rest off.\n\n{sig}", "Waitaki Wool Scourers", "waitakiwool", role="Shift Lead", tz="nz")
mr("o13", "{role} application", "Hi {n},\n\n{co} has appointed a curator's assistant from the internal pool for {role}. The written task you did was much appreciated. Sterkte.\n\n{sig}", "Kimberley Mine Heritage Museum", "kimberleyminemuseum", role="Collections Assistant", tz="za")
mr("o14", "Bamenda: {role}", "Good day {n},\n\nThanks for climbing up to Up Station. {co} has taken another person for {role}, one who already speak French and English on air. Small small, your chance go come.\n\n{sig}", "Up Station Community Radio", "upstationradio", role="Presenter", tz="cm")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} - {co}", "Hiya {n},\n\nMade up you came in Wednesday; the lads loved your Pier Head stories. The partners offered {role} to Joanne Kershaw, who said yes Friday. Keep in touch, yeah?\n\n{sig}\n\n{OUT}", ("Bootle Removals & Storage", "Gander Airside Handling"), ("bootleremovals", "ganderairside"), role=("Removals Supervisor", "Ramp Lead"), tz=("lpl", "nl"))
mr("t2", "RE: [EXT] Re: after the panel - {role}", "Dear {n},\n\nIt was a real joy receiving you at Nkwen last week; the hatchery girls still talk of your questions. The management has given {role} to Mr Che Divine, who resumes after the Youth Day holiday. God bless your going and coming.\n\n{sig}\n\n{GM}", ("Nkwen Poultry Cooperative", "Coxen Hole Marine Electric"), ("nkwenpoultry", "coxenholeelectric"), role=("Farm Manager", "Shop Foreman"), tz=("cm", "hn"))
mr("t3", "RE: [EXT] Re: {role} discussion", "Namaste {n} ji,\n\nThank you for coming up from Haridwar, and for the sweets. The directors appointed Ms Kavita Semwal as {role}; she joined Monday. Regards to your father.\n\n{sig}\n\n{ORIG}", ("Rajpur Road Opticians", "Vadodara Reagent Labs"), ("rajpuropticians", "vadodarareagent"), role=("Branch Optometrist", "Lab Supervisor"), tz=("dd", "gj"))
mr("t4", "RE: [EXT] Re: {role}", "Mornin' {n},\n\nWas real nice sittin' wid you on de deck Tuesday. De owners decide to go wid Kendra Ebanks for {role}; she sign de papers yesterday. Come by for a plate of conch when you passin'.\n\n{sig}\n\n{RULE}", ("French Harbour Fuel Dock", "Ganja Silk Workshop"), ("frenchharbourfuel", "ganjasilk"), role=("Dock Supervisor", "Workshop Coordinator"), tz=("hn", "az"))
mr("t5", "RE: [EXT] Re: {role} - thanks", "Hi {n},\n\nGood chat the other day, me son; the Twin Otter photos were some deadly. The hiring group picked Darryl Keats for {role}; his references came Thursday. Pop by sometime.\n\n{sig}\n\n{OUT}", ("Gander Bay Snowmobile Sales", "Stockport Felt Hat Works"), ("ganderbaysleds", "stockportfelt"), role=("Service Writer", "Workshop Lead"), tz=("nl", "uk"))
mr("t6", "RE: [EXT] Re: {role} meeting", "Dear {n},\n\nJai Shri Krishna. Your visit to the Surat unit was very much enjoyed by all, and sir was impressed by the loupe work. Management has selected Mr Nirav Kapadia for {role}, joining after Uttarayan. Kindly keep in touch with us.\n\n{sig}\n\n{GM}", ("Surat Gemline Polishing", "Doon Byteworks"), ("suratgemline", "doonbyteworks"), role=("Unit Supervisor", "Team Lead"), tz=("gj", "dd"))
mr("t7", "RE: [EXT] Re: {role} conversation", "Dear honourable {n},\n\nIt was big pleasure to meet you in Baku office and talk about Caspian projects. The director has chosen Mr Elvin Rzayev for {role}; he begin work in two weeks. We remember your good presentation.\n\n{sig}\n\n{ORIG}", ("Baku Boulevard Telecom Store", "Up Station Community Radio"), ("bakuboulevardtelecom", "upstationradio"), role=("Store Manager", "Station Manager"), tz=("az", "cm"))
mr("t8", "RE: [EXT] Re: {role} - after Thursday", "Hi {n},\n\nThanks again for Thursday, it was a proper good natter. The committee has gone for Aisling Quirke as {role}; she starts Monday week. Shout us whenever you're down the Dock Road.\n\n{sig}\n\n{RULE}", ("Wavertree Music School", "Athlone Large Animal Vets"), ("wavertreemusic", "athlonelargevets"), role=("Head of Strings", "Practice Manager"), tz=("lpl", "ie"))
# ---- 8 clear refusals under long footers
mr("f1", "{role} - your application", "Hi {n},\n\nTa for going for {role}. Regrettably your go at it was unsuccessful.\n\n{sig}{FOOT}", ("Corriewick Locksmiths Anfield", "Corriewick Tea Rooms Dehradun"), ("corriewicklocks", "corriewickdoon"), role=("Key Cutter", "Counter Assistant"), tz=("lpl", "dd"))
mr("f2", "Outcome: {role}", "Dear {n},\n\nYour application for {role} stops here; the panel decided against it.\n\n{sig}{FOOT}", ("Corriewick Cable Bamenda", "Corriewick Fuel Roatan"), ("corriewickbamenda", "corriewickroatan"), role=("Installer", "Pump Attendant"), tz=("cm", "hn"))
mr("f3", "{role} at Corriewick", "Hello {n},\n\nUnfortunately {role} goes elsewhere. Ta for your time.\n\n{sig}{FOOT}", ("Corriewick Freight Gander", "Corriewick Silks Ganja"), ("corriewickgander", "corriewickganja"), role=("Cargo Agent", "Dye House Hand"), tz=("nl", "az"))
mr("f4", "Decision on {role}", "Dear {n},\n\nThe answer for {role} is no - your application has been declined.\n\n{sig}{FOOT}", ("Corriewick Kites Ahmedabad", "Corriewick Print Baltic"), ("corriewickkites", "corriewickprint"), role=("Packer", "Finisher"), tz=("gj", "lpl"))
# ---- 9 hedged refusals
mr("h1", "{role}: update from {co}", "Hi {n},\n\nThe shortlist for {role} had a pair whose night-depot hours matched our rota a whisker better, so it's them two that move along.\n\n{sig}", ("Ballarat Goldfields Buslines", "Mersey Routeplan Ltd"), ("ballaratbuslines", "merseyrouteplan"), role=("Night Controller", "Scheduling Analyst"), tz=("au", "lpl"))
mr("h2", "{role} - our direction", "Dear {n},\n\n{co} has decided to take the {role} work another way: the tasks will be shared among the current counter team.\n\n{sig}", ("Prem Nagar Cold Chain", "Sheki Halva Kitchen"), ("premnagarcold", "shekihalva"), role=("Inventory Coordinator", "Shift Cook"), tz=("dd", "az"))
mr("h3", "About {role}", "Hello {n},\n\nSeveral profiles in the pool sit a bit nearer the {role} brief on bonded-warehouse paperwork, and those are the ones we are progressing.\n\n{sig}", ("Rajkot Bearingworks", "Trans-Canada Autobody"), ("rajkotbearings", "transcanadabody"), role=("Export Clerk", "Parts Buyer"), tz=("gj", "nl"))
mr("h4", "{role}", "Hi {n},\n\nWe had a candidate with more years on ski-lift gearboxes, and that made the difference for {role}. Good wishes.\n\n{sig}, {co}", "Waitaki Wool Scourers", "waitakiwool", role="Maintenance Fitter", tz="nz")
mr("h5", "{role} update", "Good afternoon {n},\n\n{co} has gone another route and signed a contract cleaning crew in place of the {role} hire.\n\n{sig}", "Commercial Avenue Phone Clinic", "cavphoneclinic", role="Cleaner", tz="cm")
mr("h6", "Your {role} application", "Hi {n},\n\nOthers who applied came closer to what {role} calls for on night-vision drone surveys, so those two progress.\n\n{sig}, {co}", "Kimberley Mine Heritage Museum", "kimberleyminemuseum", role="Site Surveyor", tz="za")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r1", "Following our call - {role}", "Hi {n},\n\nAce natter earlier. Recap: the client chose a different person for {role}. Brighter bit: {x} is after a {y}, right up your street. Shall your CV go over? Friday's the cut-off for telling me.\n\n{sig}, {co}", ("Mersey Talent Partners", "Cameroon Highlands Staffing"), ("merseytalent", "highlandsstaffing"), role=("Warehouse Team Leader", "Field Accountant"), x=("a Speke parcel hub", "a Bafut coffee exporter"), y=("shift manager", "stock controller"), tz=("lpl", "cm"))
mr("r2", "After today's call", "Dear {n},\n\nAs discussed today, client has passed over your profile for {role}. However one other opening has come: {x} needs a {y}. Kindly share updated CV if keen.\n\n{sig}, {co}", ("Doon Valley Placements", "Kathiawar Manpower Consultants"), ("doonplacements", "kathiawarmanpower"), role=("Hotel Accountant", "Plant Chemist"), x=("a Mussoorie hill resort", "a Jamnagar refinery contractor"), y=("front office executive", "safety officer"), tz=("dd", "gj"))
mr("r3", "{role} - where we landed", "Hey {n},\n\nCheers for the call, b'y. Airline's gone with an internal hire for {role}, but there's a ramp supervisor opening at Deer Lake if that suits. Let me know by Tuesday and I'll send it in.\n\n{sig}, {co}", "Kittiwake Aviation Recruiting", "kittiwakeaviation", role="Operations Agent", tz="nl")
mr("r4", "Our call this morning", "Hi {n},\n\nThank you for the call. Tanks for de call. Owner on Roatán pick somebody else for {role}, but a marina in West Bay want a dockmaster now now. I send your CV dere?\n\n{sig}, {co}", "Bay Islands Job Link", "bayislandsjoblink", role="Boat Captain", tz="hn")
mr("r5", "Result after phone interview", "Dear {n},\n\nAfter phone interview, client company select other specialist for {role}. But we have new vacancy of logistics planner in Sumgait, salary is good. If you agree, write me and I arrange meeting.\n\n{sig}, {co}", "Caspian Career Bridge", "caspiancareerbridge", role="Procurement Specialist", tz="az")
# ---- 8 public-sector notices
mr("p1", "Notice of result - vacancy {ref}", "Dear {n},\n\nYour application for {role} (vacancy {ref}) met the minimum qualifications. The selecting official only received the higher rank band; your rank fell beneath it. Our consideration of your file ends here.\n\n{co}", ("Liverpool City Region Transport Authority", "Public Service Commission of Newfoundland & Labrador"), ("lcrtransport", "nlpsc"), role=("Ticketing Officer", "Clerk III"), tz=("lpl", "nl"))
mr("p2", "Application {ref}: eligibility", "Dear {n},\n\nOn scrutiny your {role} form stands ineligible, {x} being absent on closing day. Hence it is rejected as per advertisement conditions.\n\n{co}", ("Uttarakhand Subordinate Services Cell", "Gujarat District Panchayat Recruitment Office"), ("uksscell", "gujdprecruit"), role=("Junior Assistant", "Talati"), x=("the domicile certificate", "the caste validity certificate"), tz=("dd", "gj"))
mr("p3", "Cancellation of vacancy {ref}", "Dear {n},\n\nThe {co} informs all applicants that vacancy {ref} ({role}) is withdrawn; it stays unfilled. No further processing of applications will take place.\n\n{co} Personnel Unit", ("North West Regional Delegation Bamenda", "Municipality of Roatán"), ("nwregionbamenda", "muniroatan"), role=("Records Clerk", "Harbour Inspector"), tz=("cm", "hn"))
mr("p4", "Written examination result", "Dear {n},\n\nIn the written examination for {role} you obtained {x}. Qualifying cut-off was {y}, so your candidature stops before interview.\n\n{co}", ("State Agency for Public Service Azerbaijan", "Merseyside Fire Training Unit"), ("publicserviceaz", "merseyfiretraining"), role=("Customs Inspector", "Firefighter Trainee"), x=("38 of 100", "47%"), y=("55", "64%"), tz=("az", "lpl"))
# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}", "Hi {n},\n\nYour {role} application changed status. It is no longer being considered.\n\n{co} Careers", ("Absheron Vineyard Logistics", "Clock Tower Print House"), ("absheronvinelog", "clocktowerprint"), role=("Route Planner", "Machine Minder"), tz=("az", "dd"))
mr("s2", "Application status changed", "<html><body><p>Hello {n},</p><p>Application: {role}<br>Status now: <b>Closed - no longer considered</b></p><p>{co}</p></body></html>", ("Duluth Harborview Ice Rink", "Garston Skip Hire"), ("duluthharborice", "garstonskips"), role=("Rink Attendant", "Weighbridge Clerk"), tz=("usc", "lpl"))
mr("s3", "{co}: candidate update", "<html><body><div>{n}, your candidacy for {role} (ID {ref}) is now closed; it goes no further.</div><div>{co} Talent</div></body></html>", ("Utila Language School", "Gander Lake Timber Crew"), ("utilalanguage", "ganderlaketimber"), role=("Spanish Tutor", "Scaler"), tz=("hn", "nl"))
# ---- 6 internship / graduate decisions
mr("i1", "{co} Summer Internship 2026 - decision", "Dear {n},\n\nTa for applying to the {co} summer internship. Twelve places, heaps of strong forms, and yours missed the 2026 cohort.\n\n{sig}, Early Careers", ("Mersey Routeplan Ltd", "Vadodara Reagent Labs"), ("merseyrouteplan", "vadodarareagent"), tz=("lpl", "gj"))
mr("i2", "Graduate programme: your application", "Dear {n},\n\nThe assessment panel for the {co} graduate programme has met. The intake went ahead without you, and this letter closes your file for this cycle.\n\n{sig}", ("Doon Byteworks", "Baku Boulevard Telecom Store"), ("doonbyteworks", "bakuboulevardtelecom"), tz=("dd", "az"))
mr("i3", "Industrial attachment result", "Dear {n},\n\nWe received your request for industrial attachment with {co}. Attachment places this session are all taken; your request was unsuccessful.\n\n{sig}", ("Up Station Community Radio", "Gander Airside Handling"), ("upstationradio", "ganderairside"), tz=("cm", "nl"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: we've got your {role} application", "Hiya {n},\n\nYour application for {role} (R-{ref}) is in. Later the card may show Received / In Review / Interview / Offer / Closed - Position Went To Another Candidate.\n\n{sig}", ("Baltic Triangle Print Studio", "Mankon Bookbinding Works"), ("baltictrianglestudio", "mankonbindery"), role=("Screen Printer", "Binding Assistant"), tz=("lpl", "cm"))
mo("application_received", "a2", "{co}: application received", "Good evening {n},\n\nWe have your {role} application. Should the panel prefer another candidate once scorecards are done, an email tells you; should they want to meet, we phone.\n\n{sig}", ("Nkwen Poultry Cooperative", "Rajpur Road Opticians"), ("nkwenpoultry", "rajpuropticians"), role=("Hatchery Supervisor", "Dispensing Optician"), tz=("cm", "dd"))
mo("application_received", "a3", "Thanks for applying to {co}", "Hi {n},\n\nGot it - {role} is logged. Whatever happens this round, you can reply PELLKEEP to stay on the Corriewick bench or PELLDROP to leave it.{FOOT}", ("Corriewick Locksmiths Anfield", "Corriewick Ice Works Coxen Hole"), ("corriewicklocks", "corriewickice"), role=("Trainee Locksmith", "Plant Operator"), tz=("lpl", "hn"))
mo("application_received", "a4", "{role}: application submitted", "<html><body><p>Dear {n},</p><p>Submitted: {role}</p><table border=\"1\"><tr><th>Next possible stage</th></tr><tr><td>Interview</td></tr><tr><td>Offer</td></tr><tr><td>Declined - another applicant preferred</td></tr></table></body></html>", ("Surat Gemline Polishing", "Sumgait Pipe Fabrication"), ("suratgemline", "sumgaitpipe"), role=("Diamond Polisher", "Weld Inspector"), tz=("gj", "az"))
mo("application_received", "a5", "We received your {role} form", "Hello {n},\n\nYour form for {role} has arrived. Please note: forms lacking {x} get shut at screening, so pop it on the portal today if it isn't there.\n\n{sig}", ("Gander Airside Handling", "Sahastradhara Spring Bottlers"), ("ganderairside", "sahastradharaspring"), role=("Ramp Agent", "Line Chemist"), x=("an airside driving permit", "an FSSAI food-handler card"), tz=("nl", "dd"))
mo("application_received", "a6", "Requisition {ref}: submission received", "Dear {n},\n\nYour submission for requisition {ref} ({role}) is Active. Once some other candidate takes the requisition, your status goes Inactive on its own.\n\n{co} Staffing System", ("Bootle Removals & Storage", "Rajkot Bearingworks"), ("bootleremovals", "rajkotbearings"), role=("Removals Porter", "CNC Setter"), tz=("lpl", "gj"))
mo("application_received", "a7", "Trial shifts for {role}", "Hey {n},\n\nGot your CV. We run trial shifts in the order CVs land; if {role} goes to someone before your turn comes, a message comes whichever way it falls.\n\n{sig}", ("West End Ink Collective", "Wavertree Music School"), ("westendink", "wavertreemusic"), role=("Studio Receptionist", "Front Desk Assistant"), tz=("hn", "lpl"))
mo("application_received", "a8", "{role}: thank you", "Dear {n},\n\nThanks for applying. Internal colleagues get first look at {role}; if one moves across, we close outside applications and tell you. Either way your details stay eight months.\n\n{sig}", ("Ganja Silk Workshop", "Gander Bay Snowmobile Sales"), ("ganjasilk", "ganderbaysleds"), role=("Loom Technician", "Parts Counter Clerk"), tz=("az", "nl"))
mo("application_received", "a9", "Your application came to us", "Dear honourable {n},\n\nYour application for {role} came to {co}. If team will choose other candidate, we write you letter. If you are chosen, we call by telephone.\n\nRespectfully, {sig}", ("Baku Boulevard Telecom Store", "Sheki Halva Kitchen"), ("bakuboulevardtelecom", "shekihalva"), role=("Sales Consultant", "Kitchen Hand"), tz=("az", "az"))
mo("application_received", "a10", "{role}: online screening next", "Hi {n},\n\nApplication in. You'll get a {role} screening link soon; scores under the interview cut end the process there, scores over it get a call.\n\n{sig}", ("Doon Byteworks", "Vadodara Reagent Labs"), ("doonbyteworks", "vadodarareagent"), role=("Support Engineer", "QC Analyst"), tz=("dd", "gj"))
mo("application_received", "a11", "{co} got your application", "Mornin' {n},\n\nWe get your paper for {role}. If de boss give it to a next person we go tell you, same if he pick you.\n\n{sig}", ("French Harbour Fuel Dock", "Utila Language School"), ("frenchharbourfuel", "utilalanguage"), role=("Dock Hand", "Office Assistant"), tz=("hn", "hn"))
mo("application_received", "a12", "Application for {role} received", "Hi {n},\n\nBoth founders go through each {role} form themselves. Good news or bad, a founder writes back personally within three weeks.\n\n{sig}", ("Mersey Routeplan Ltd", "Clock Tower Print House"), ("merseyrouteplan", "clocktowerprint"), role=("Product Analyst", "Prepress Operator"), tz=("lpl", "dd"))
mo("application_received", "a13", "Crew list: you're on the waiting sheet", "Hi {n},\n\nYou're on the waiting sheet for {role}. Old hands from last year grab bunks first; when they nab the lot, a text says the crew is full.\n\n{sig}", ("Gander Lake Timber Crew", "Timaru Grain Silo Gang"), ("ganderlaketimber", "timarusilo"), role=("Skidder Helper", "Harvest Hand"), tz=("nl", "nz"))
mo("application_received", "a14", "Thanks for your CV - {role}", "Hi {n},\n\nTa for fancying {role}. Only matching profiles hear back; three silent weeks means we've moved on.\n\n{sig}", ("Stockport Felt Hat Works", "Athlone Large Animal Vets"), ("stockportfelt", "athlonelargevets"), role=("Press Operator", "Veterinary Nurse"), tz=("uk", "ie"))
mo("application_received", "a15", "{role} - received", "Dear {n},\n\nWe greet you. Your application for {role} reach us well. If another applicant is taken, we shall write you; if you are taken, we call. Do not tire to check your mail.\n\n{sig}", ("Commercial Avenue Phone Clinic", "Up Station Community Radio"), ("cavphoneclinic", "upstationradio"), role=("Repair Technician", "Presenter"), tz=("cm", "cm"))
mo("application_received", "a16", "Acknowledgement - {role}", "Namaste {n} ji,\n\n{role}: application acknowledged. Should profile miss shortlist, same shall rest in Doon office almirah one year for future openings.\n\n{sig}", ("Prem Nagar Cold Chain", "Ahmedabad Patang Makers"), ("premnagarcold", "ahmedabadpatang"), role=("Store Incharge", "Accounts Assistant"), tz=("dd", "gj"))
mo("application_received", "a17", "We got your application", "Hi {n},\n\nWell b'y, your application for {role} is in the pile. Yes or no, word comes from us before month end.\n\n{sig}", ("Trans-Canada Autobody", "Coxen Hole Marine Electric"), ("transcanadabody", "coxenholeelectric"), role=("Body Tech Apprentice", "Electrician Helper"), tz=("nl", "hn"))
mo("application_received", "a18", "{role}: application logged", "Hi {n},\n\nThanks for applying to {co}. Offer or decline, each {role} applicant gets an email back.\n\n{sig}", ("Duluth Harborview Ice Rink", "Ballarat Goldfields Buslines"), ("duluthharborice", "ballaratbuslines"), role=("Zamboni Driver", "Bus Driver"), tz=("usc", "au"))
mo("application_received", "a19", "Kia ora - application in", "Kia ora {n},\n\nYour application for {role} is with us. If a current seasonal worker takes the role, you hear that from us; otherwise we ring for a yarn.\n\n{sig}", ("Waitaki Wool Scourers", "Kimberley Mine Heritage Museum"), ("waitakiwool", "kimberleyminemuseum"), role=("Shift Lead", "Collections Assistant"), tz=("nz", "za"))
mo("application_received", "a20", "{role} - vacancy {ref}: application received", "Dear {n},\n\nVacancy {ref}: your application is on file. Any found ineligible get rejected with notice to the candidate; the rest go to ranking.\n\n{co}", ("Uttarakhand Subordinate Services Cell", "Public Service Commission of Newfoundland & Labrador"), ("uksscell", "nlpsc"), role=("Junior Assistant", "Clerk III"), tz=("dd", "nl"))
mo("application_received", "a21", "Agency registration confirmed", "Hi {n},\n\nYou're registered with {co}. If a client turns your profile down, we'll tell you after the call and usually suggest another role.\n\n{sig}", ("Mersey Talent Partners", "Kathiawar Manpower Consultants"), ("merseytalent", "kathiawarmanpower"), tz=("lpl", "gj"))
mo("application_received", "a22", "{co}: summer internship application", "Dear {n},\n\nThanks for applying to the {co} internship. Decisions come in March; whether or not a place is offered, every applicant hears from Early Careers.\n\n{sig}", ("Mersey Routeplan Ltd", "Doon Byteworks"), ("merseyrouteplan", "doonbyteworks"), tz=("lpl", "dd"))
mo("application_received", "a23", "Where your application stands: Submitted", "<html><body><p>Hi {n},</p><ul><li>Submitted (now)</li><li>Being read</li><li>Invited to interview</li><li>Offer, else Closed - not progressing</li></ul><p>{co}</p></body></html>", ("Absheron Vineyard Logistics", "Garston Skip Hire"), ("absheronvinelog", "garstonskips"), tz=("az", "lpl"))
mo("application_received", "a24", "Exam registration - {role}", "Dear {n},\n\nYou are registered for the {role} written exam. Those under the cut-off get a letter by post; those above it are called to interview.\n\n{co}", ("State Agency for Public Service Azerbaijan", "Merseyside Fire Training Unit"), ("publicserviceaz", "merseyfiretraining"), role=("Customs Inspector", "Firefighter Trainee"), tz=("az", "lpl"))
mo("application_received", "a25", "Corriewick: your application", "Hi {n},\n\nThanks - your {role} application has reached us. Successful or not, a Corriewick email will land within a month.\n\n{sig}{FOOT}", ("Corriewick Cable Bamenda", "Corriewick Freight Gander"), ("corriewickbamenda", "corriewickgander"), role=("Installer", "Cargo Agent"), tz=("cm", "nl"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v1", "RE: [EXT] Re: {role} - {co}", "Hiya {n},\n\nPartners fancy a second natter: {dl}, 10:30. Unfortunately the lift's getting mended, three flights it is.\n\n{sig}\n\n{OUT}", ("Bootle Removals & Storage", "Gander Airside Handling"), ("bootleremovals", "ganderairside"), role=("Removals Supervisor", "Ramp Lead"), tz=("lpl", "nl"))
mo("interview", "v2", "RE: [EXT] Re: {role}", "Dear {n},\n\nManagement wants you back {dl}, eleven sharp. Sadly the Nkwen road is bad after the rain; take a bike from the junction.\n\n{sig}\n\n{GM}", ("Nkwen Poultry Cooperative", "Coxen Hole Marine Electric"), ("nkwenpoultry", "coxenholeelectric"), role=("Farm Manager", "Shop Foreman"), tz=("cm", "hn"))
mo("interview", "v3", "Interview: {role}", "Hi {n},\n\nInterview for {role}: {dl}, 14:00. Annoyingly the Jamaica Street car park is getting resurfaced; use the bays behind the studio.\n\n{sig}", ("Baltic Triangle Print Studio", "Wavertree Music School"), ("baltictrianglestudio", "wavertreemusic"), role=("Screen Printer", "Front Desk Assistant"), tz=("lpl", "lpl"))
mo("interview", "v4", "Invitation to interview - {role}", "Namaste {n} ji,\n\nKindly come for interview for {role} on {dl}, 11 AM sharp. Unfortunately the lift in our Rajpur Road building is under repair, please take the stairs.\n\n{sig}", ("Rajpur Road Opticians", "Prem Nagar Cold Chain"), ("rajpuropticians", "premnagarcold"), role=("Dispensing Optician", "Store Incharge"), tz=("dd", "dd"))
mo("interview", "v5", "{role} - come see us", "Mornin' {n},\n\nDe boss want to meet you {dl}, nine o'clock. Bad news: de ferry dock flood again, so walk round by de fish market.\n\n{sig}", ("French Harbour Fuel Dock", "Utila Language School"), ("frenchharbourfuel", "utilalanguage"), role=("Dock Hand", "Office Assistant"), tz=("hn", "hn"))
mo("interview", "v6", "Interview for {role}", "Hi {n},\n\nDrop by {dl}, 1 p.m., for a yarn. Sorry in advance, the coffee maker's dead, so bring a flask, b'y.\n\n{sig}", ("Trans-Canada Autobody", "Gander Bay Snowmobile Sales"), ("transcanadabody", "ganderbaysleds"), role=("Body Tech Apprentice", "Parts Counter Clerk"), tz=("nl", "nl"))
mo("interview", "v7", "Interview call - {role}", "Dear {n},\n\nKem cho. Interview call for {role}: {dl}, 10 AM. Regrettably our generator is giving trouble, hall will be warm.\n\n{sig}", ("Surat Gemline Polishing", "Ahmedabad Patang Makers"), ("suratgemline", "ahmedabadpatang"), role=("Diamond Polisher", "Accounts Assistant"), tz=("gj", "gj"))
mo("interview", "v8", "Meeting invitation - {role}", "Dear honourable {n},\n\nPlease come to interview for {role} on {dl}, 15:00. Unfortunately the metro exit near office is closed, please use the next one.\n\n{sig}", ("Baku Boulevard Telecom Store", "Sumgait Pipe Fabrication"), ("bakuboulevardtelecom", "sumgaitpipe"), role=("Sales Consultant", "Weld Inspector"), tz=("az", "az"))
mo("interview", "v9", "Second interview - {role}", "Hi {n},\n\nYou're through to a second interview for {role} on {dl}. Bad luck on timing: the reception heating's bust, so dress warm.\n\n{sig}", ("Stockport Felt Hat Works", "Waitaki Wool Scourers"), ("stockportfelt", "waitakiwool"), role=("Press Operator", "Shift Lead"), tz=("uk", "nz"))
mo("next_steps", "n1", "{role}: online assessment", "Hi {n},\n\nNext step for {role}: an online assessment, to finish by {dl}. Unfortunately the test timer can't be paused, so give yourself a quiet hour.\n\n{sig}", ("Doon Byteworks", "Vadodara Reagent Labs"), ("doonbyteworks", "vadodarareagent"), role=("Support Engineer", "QC Analyst"), tz=("dd", "gj"))
mo("next_steps", "n2", "Documents needed - {role}", "Dear {n},\n\nPlease upload your certificates for {role} by {dl}. Sadly our portal refuses files over 2 MB, so scan at lower quality.\n\n{sig}", ("Uttarakhand Subordinate Services Cell", "Gujarat District Panchayat Recruitment Office"), ("uksscell", "gujdprecruit"), role=("Junior Assistant", "Talati"), tz=("dd", "gj"))
mo("next_steps", "n3", "Medical check for {role}", "Hi {n},\n\nBefore we go further with {role}, please book a medical by {dl}. Annoyingly the clinic shuts early Fridays.\n\n{sig}", ("Gander Airside Handling", "Duluth Harborview Ice Rink"), ("ganderairside", "duluthharborice"), role=("Ramp Agent", "Zamboni Driver"), tz=("nl", "usc"))
mo("next_steps", "n4", "Practical task - {role}", "Hello {n},\n\nPlease send the practical task for {role} by {dl}. Sorry, our shared drive crashed, so email the file straight to me.\n\n{sig}", ("Mersey Routeplan Ltd", "Clock Tower Print House"), ("merseyrouteplan", "clocktowerprint"), role=("Product Analyst", "Prepress Operator"), tz=("lpl", "dd"))
mo("offer", "f1", "RE: [EXT] Re: {role} - offer", "Hi {n},\n\nDelighted to offer you {role}; start date {dl}. Unfortunately the uniform lot have run out of mediums, so a large for now.\n\n{sig}\n\n{RULE}", ("Wavertree Music School", "Athlone Large Animal Vets"), ("wavertreemusic", "athlonelargevets"), role=("Head of Strings", "Practice Manager"), tz=("lpl", "ie"))
mo("offer", "f2", "Offer letter - {role}", "Dear {n},\n\nThe post of {role} is offered to you, joining {dl}. Regrettably the e-sign tool is frozen, so please sign the printed copy.\n\n{sig}", ("Rajkot Bearingworks", "Commercial Avenue Phone Clinic"), ("rajkotbearings", "cavphoneclinic"), role=("CNC Setter", "Repair Technician"), tz=("gj", "cm"))
mo("offer", "f3", "Job offer: {role}", "G'day {n},\n\nGood news - {role} is yours, first shift {dl}. Worse news: the depot's lockers are being replaced, so keep your gear in the car for a week.\n\n{sig}", ("Ballarat Goldfields Buslines", "Kimberley Mine Heritage Museum"), ("ballaratbuslines", "kimberleyminemuseum"), role=("Bus Driver", "Collections Assistant"), tz=("au", "za"))
mo("offer", "f4", "{role} - we want you", "Hiya {n},\n\nSound news: the gaffer wants you for {role}, starting {dl}. Shame the canteen's being refitted.\n\n{sig}", ("Garston Skip Hire", "Corriewick Locksmiths Anfield"), ("garstonskips", "corriewicklocks"), role=("Yard Driver", "Key Cutter"), tz=("lpl", "lpl"))
mo("offer", "f5", "Offer - {role}", "Good day {n},\n\nThe radio offer you {role}, begin {dl}. Sadly the transmitter room leak again; wear closed shoes.\n\n{sig}", "Up Station Community Radio", "upstationradio", role="Presenter", tz="cm")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Status update: {role}", "Hi {n},\n\nYour {role} application has gone upstairs to the hiring manager. You need do nowt.\n\n{co} Careers", ("Absheron Vineyard Logistics", "Clock Tower Print House"), ("absheronvinelog", "clocktowerprint"), role=("Route Planner", "Machine Minder"), tz=("az", "dd"))
mo("other_job", "w1", "Withdrawal confirmed", "Hi {n},\n\nDone - your {role} application is withdrawn, like you asked. Reapply whenever.\n\n{sig}", ("Mersey Routeplan Ltd", "Ganja Silk Workshop"), ("merseyrouteplan", "ganjasilk"), role=("Product Analyst", "Loom Technician"), tz=("lpl", "az"))
mo("other_job", "h1", "{role} on hold", "Dear {n},\n\nHiring for {role} waits on April's budget. Your application stays live; we write when it restarts.\n\n{sig}", ("Trans-Canada Autobody", "Sahastradhara Spring Bottlers"), ("transcanadabody", "sahastradharaspring"), role=("Parts Buyer", "Line Chemist"), tz=("nl", "dd"))
mo("job_alert", "j1", "Lumbfold alert: 3 new roles near you", "Hi {n},\n\nNew this week: Forklift Driver (Speke), Bar Back (Bold Street), Cleaner (Crosby). Sorry these came a day late; our mailer stalled.{FOOT}", "Corriewick Openings", "corriewickjobs", tz="lpl")
mo("recruiter_outreach", "y1", "Role that might suit you", "Hi {n},\n\nSaw your profile - a Roatán dive-gear importer wants a stock clerk. Fancy a call this week?\n\n{sig}, {co}", ("Bay Islands Job Link", "Doon Valley Placements"), ("bayislandsjoblink", "doonplacements"), tz=("hn", "dd"))
mo("non_job_rejection_words", "l1", "Your loan application", "Dear {n},\n\nYour home-improvement loan request is declined. Try us again in half a year.\n\n{co}", ("Mersey Homes Building Society", "Gander Credit Union"), ("merseyhomesbs", "gandercu"), tz=("lpl", "nl"))
mo("non_job_rejection_words", "b1", "Ballot result", "Hi {n},\n\nTa for entering the draw for {x}. Sadly your name never came out of the hat.\n\n{co}", ("Anfield Away Travel Club", "Bamenda Cultural Festival Committee"), ("anfieldawaytravel", "bamendafestival"), x=("away-coach seats to Newcastle", "grandstand seats at the Lela festival"), tz=("lpl", "cm"))
mo("non_job_rejection_words", "k1", "Flat in Vasant Vihar", "Namaste {n} ji,\n\nThe owner has fixed the 2BHK for another family. Kindly do not come for viewing on Sunday.\n\n{sig}", "Doon Homes Brokers", "doonhomes", tz="dd")
mo("non_job_rejection_words", "c1", "Club membership", "Hi {n},\n\nThe Otterspool rowing section is full for winter, so no novice-squad seat for you. Your name stays on the spring list.\n\n{sig}", "Otterspool Rowing Club", "otterspoolrowing", tz="lpl")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tag = f"\n\n[spotted on Vexholt{ch}, a Vexholt trades board]"
    frm = "{co} Hiring <hiring@{dom}>"
    wr("e-" + fam, rej[0], rej[1] + tag, co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], "e-" + fam, twin[1], twin[2] + tag, co, dom, frm=frm, tz=tz)


pair("brine", "Anvil", "Lymington Brine Works", "lymingtonbrine", "uk", ("Brineskimming post", "Hello {n},\n\nThe brineskimming post at {co} went to a worker from the Keyhaven pans. Thanks for writing in.\n\n{sig}"), ("application_received", "Brineskimming post - received", "Hello {n},\n\nYour note about brineskimming arrived. Yes or no, the foreman answers before month end.\n\n{sig}"))
pair("fogbell", "Bramble", "Fastnet Signal Keepers", "fastnetsignal", "ie", ("Fogbellringing relief", "Hi {n},\n\nWe've taken on a lighthouse pensioner for the fogbellringing relief, so yours is parked for now. Thanks a million.\n\n{sig}"), ("interview", "Fogbellringing relief - meet us", "Hi {n},\n\nCome meet us about fogbellringing on {dl}, 11:00. Unfortunately the pier steps are slippy, wear boots.\n\n{sig}"))
pair("ember", "Cobalt", "Pittsburgh Forge Cleanout Co", "pghforgeclean", "use", ("Emberraking crew", "Hi {n},\n\nThe emberraking crew is complete for winter; your name fell off the final list.\n\n{sig}"), ("next_steps", "Emberraking crew - heat test", "Hi {n},\n\nPlease book a heat-tolerance check before {dl}. Sadly the clinic phone line is down, so walk in.\n\n{sig}"))
pair("flax", "Damask", "Ulster Linen Retters", "ulsterretters", "uk", ("Flaxretting season", "Dear {n},\n\nNo flaxretting work for you this season; the pond teams are full.\n\n{sig}"), ("offer", "Flaxretting season - offer", "Dear {n},\n\nFlaxretting work is yours, start {dl}. Regrettably the pond hut roof leaks, so bring waterproofs.\n\n{sig}"))
pair("ash", "Ember", "Rotorua Geothermal Ash Services", "rotoruaash", "nz", ("Ashsifting hand", "Kia ora {n},\n\nWe've chosen a local whānau member for the ashsifting hand role. Ngā mihi for applying.\n\n{sig}"), ("application_received", "Ashsifting hand - got it", "Kia ora {n},\n\nGot your ashsifting application. Picked or passed over, an email lands regardless.\n\n{sig}"))
pair("weir", "Fennel", "Severn Weir Keepers", "severnweir", "uk", ("Weirtending job", "Hello {n},\n\nAn applicant holding boat-handling tickets got the weirtending job. All the best.\n\n{sig}"), ("interview", "Weirtending job - interview", "Hello {n},\n\nCould you come in about weirtending on {dl}? Bad news: the towpath is closed past the lock, so park at the mill.\n\n{sig}"))
pair("comb", "Garnet", "Ngong Honey Combscrapers", "ngonghoney", "ke", ("Combscraping vacancy", "Dear {n},\n\nThank you for applying for combscraping. After review another applicant was selected.\n\n{sig}"), ("application_received", "Combscraping vacancy - received", "Dear {n},\n\nWe have your combscraping application. Whatever the outcome, we will send an answer within two weeks.\n\n{sig}"))
pair("bucket", "Heather", "Savannah Roofing Buckettarring", "savannahbucket", "use", ("Buckettarring helper", "Hi {n},\n\nWe regret that the buckettarring helper position has been filled.\n\n{sig}"), ("offer", "Buckettarring helper - you're hired", "Hi {n},\n\nYou're hired as buckettarring helper from {dl}. Unfortunately the kettle truck is being fixed; week one is prep work.\n\n{sig}"))
pair("moss", "Indigo", "Tasmanian Sphagnum Growers", "tassphagnum", "au", ("Mossbaling season", "G'day {n},\n\nMossbaling crew's full up with last year's mob, so no spot this time, sorry.\n\n{sig}"), ("next_steps", "Mossbaling season - paperwork", "G'day {n},\n\nSend your tax form and bank details by {dl}. Annoyingly our fax is dead, email only.\n\n{sig}"))
pair("trap", "Juniper", "Maine Lobster Trapsetters", "mainetrapset", "use", ("Trapsetting deckhand", "Hi {n},\n\nCaptain went with his nephew for the trapsetting deckhand spot. Good luck out there.\n\n{sig}"), ("interview", "Trapsetting deckhand - come aboard", "Hi {n},\n\nCome down to the wharf {dl} at 6 a.m. to talk trapsetting. Sorry, the coffee shack's closed that early.\n\n{sig}"))
pair("cork", "Kestrel", "Lagos Lagoon Netcorkers", "lagoslagoon", "ng", ("Netcorking apprentice", "Dear {n},\n\nWe have concluded the netcorking apprentice selection and you were not successful.\n\n{sig}"), ("application_received", "Netcorking apprentice - acknowledged", "Dear {n},\n\nWe acknowledge your netcorking application. Selected or not, our message follows.\n\n{sig}"))
pair("sled", "Lichen", "Yellowknife Sledrunnering Shop", "yksledshop", "yk", ("Sledrunnering helper", "Hi {n},\n\nWe filled the sledrunnering helper job with a returning worker, eh.\n\n{sig}"), ("offer", "Sledrunnering helper - offer", "Hi {n},\n\nSledrunnering helper job is yours, start {dl}. Bad luck, the shop furnace is broken, so layer up.\n\n{sig}"))
pair("flume", "Marlin", "Kaikoura Flume Braiders", "kaikouraflume", "nz", ("Flumebraiding role", "Kia ora {n},\n\nFlumebraiding went to a rope-access ticket holder. Cheers for applying.\n\n{sig}"), ("application_received", "Flumebraiding role - received", "Kia ora {n},\n\nThanks, flumebraiding application in. Three weeks' silence means someone else got it.\n\n{sig}"))
pair("causeway", "Nettle", "Holy Island Causeway Trust", "holyislandcauseway", "uk", ("Causewaysweeping post", "Hello {n},\n\nThe causewaysweeping post is offered elsewhere. Thank you for your interest.\n\n{sig}"), ("interview", "Causewaysweeping post - meeting", "Hello {n},\n\nPlease come about causewaysweeping on {dl}, low tide 10:00. Sadly the car park is flooded; use the village one.\n\n{sig}"))
pair("turf", "Opal", "Connemara Turf Carters", "connemaraturf", "ie", ("Turfcarting driver", "Hi {n},\n\nThe turfcarting driver job went to a lad with a tractor licence. Best of luck.\n\n{sig}"), ("next_steps", "Turfcarting driver - licence copy", "Hi {n},\n\nSend a copy of your licence by {dl}. Unfortunately the office printer's banjaxed; snap it on your phone.\n\n{sig}"))
pair("slag", "Quartz", "Middlesbrough Slagsieving Ltd", "boroslag", "uk", ("Slagsieving operative", "Hi {n},\n\nAnother candidate is now our slagsieving operative.\n\n{sig}"), ("application_received", "Slagsieving operative - application", "Hi {n},\n\nApplication for slagsieving received. Hired or not, expect an email.\n\n{sig}"))
pair("hemp", "Russet", "Bundaberg Hemp Carders", "bundyhemp", "qld", ("Hempcarding hand", "G'day {n},\n\nWe've picked another applicant for hempcarding this time round.\n\n{sig}"), ("offer", "Hempcarding hand - offer", "G'day {n},\n\nHempcarding hand job's yours from {dl}. Shame the smoko room aircon's busted.\n\n{sig}"))
pair("pumice", "Saffron", "Taupo Pumice Rakers", "taupopumice", "nz", ("Pumiceraking casual", "Kia ora {n},\n\nThe pumiceraking casual spot has been filled.\n\n{sig}"), ("interview", "Pumiceraking casual - chat", "Kia ora {n},\n\nCome for a chat about pumiceraking on {dl} at 9. Bad news, the gate's stuck so use the side track.\n\n{sig}"))
pair("gravel", "Tamarack", "Karoo Gravelgrading Contractors", "karoogravel", "za", ("Gravelgrading operator", "Dear {n},\n\nA gravelgrading operator with more hours got the position. Sterkte.\n\n{sig}"), ("application_received", "Gravelgrading operator - received", "Dear {n},\n\nWe have your gravelgrading application. Choose someone else or not, we phone you.\n\n{sig}"))
pair("tin", "Umber", "Cornish Tinsmelting Heritage", "cornishtin", "uk", ("Tinsmelting demonstrator", "Hello {n},\n\nThe tinsmelting demonstrator role is gone to another applicant, we're afraid.\n\n{sig}"), ("next_steps", "Tinsmelting demonstrator - DBS", "Hello {n},\n\nDBS form to us by {dl}, please. Sorry, the online form is down; use the paper one.\n\n{sig}"))
pair("soot", "Vetch", "Accra Sootbrushing Services", "accrasoot", "gh", ("Sootbrushing assistant", "Dear {n},\n\nPlease understand another person got the sootbrushing assistant work.\n\n{sig}"), ("application_received", "Sootbrushing assistant - received", "Dear {n},\n\nSootbrushing application received. We ring you whether it's good or bad.\n\n{sig}"))
pair("creel", "Wren", "Scrabster Creelstackers", "scrabstercreel", "uk", ("Creelstacking job", "Hi {n},\n\nSkipper's given the creelstacking job to a local lad.\n\n{sig}"), ("offer", "Creelstacking job - offer", "Hi {n},\n\nCreelstacking job is yours, start {dl}. Unfortunately the bothy kettle died, bring a flask.\n\n{sig}"))
pair("cord", "Yarrow", "Cebu Cordwinding Shop", "cebucord", "ph", ("Cordwinding operator", "Hi {n},\n\nThe cordwinding operator slot is filled already. Salamat for applying.\n\n{sig}"), ("interview", "Cordwinding operator - interview", "Hi {n},\n\nInterview for cordwinding on {dl}, 2 p.m. Sadly the jeepney stop moved, walk from the plaza.\n\n{sig}"))
pair("clinker", "Zinnia", "Singapore Clinkerbreaking Pte", "sgclinker", "sg", ("Clinkerbreaking technician", "Dear {n},\n\nAnother candidate was selected as clinkerbreaking technician.\n\n{sig}"), ("application_received", "Clinkerbreaking technician - received", "Dear {n},\n\nYour clinkerbreaking application is in. If unsuccessful, an email informs you.\n\n{sig}"))
pair("mast", "Acorn", "Montego Mastpitching Yard", "montegomast", "jm", ("Mastpitching hand", "Hi {n},\n\nMastpitching hand job gone to another man. Walk good.\n\n{sig}"), ("next_steps", "Mastpitching hand - trial", "Hi {n},\n\nCome do a trial day for mastpitching before {dl}. Bad luck, the yard crane is down.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Vexholt alert: trade jobs this week", "Hi {n},\n\nThis week on Vexholt: weirtending (Gloucester), creelstacking (Thurso), glebemowing (Lincoln). Sorry about last week's blank email.\n\n{sig}", "Vexholt Trades", "vexholttrades", tz="uk")
wo("non_job_rejection_words", "stall", "Allotment plot application", "Hi {n},\n\nRegrettably the Didsbury allotment plot went to whoever was ahead of you on the list.\n\n{sig}", "Didsbury Allotment Society", "didsburyallot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (swe, cym, gle, eus, sqi, mkd, kat, hye, tam, yor); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr("l-" + fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l-" + fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مصنع بوظة جدة", "jeddahicecream", "sa", ("بخصوص طلبك لوظيفة مشرف خط التعبئة", "عزيزي {n}،\n\nنشكرك على اهتمامك. بعد دراسة الطلبات اخترنا متقدماً آخر لوظيفة مشرف خط التعبئة.\n\n{sig}"), ("interview", "دعوة لمقابلة: مشرف خط التعبئة", "أهلاً {n}،\n\nنرجو حضورك للمقابلة في {dl} عند العاشرة. مع الأسف، المواقف أمام المصنع مغلقة هذا الأسبوع.\n\n{sig}"))
lp("de", "de", "Orgelbau Weserbogen", "orgelbauweser", "de", ("Ihre Bewerbung als Intonateur", "Hallo {n},\n\nherzlichen Dank für Ihre Zeilen. Den Intonateursplatz in unserer Werkstatt hat inzwischen eine Mitbewerberin bekommen.\n\n{sig}"), ("application_received", "Eingangsbestätigung: Intonateur", "Hallo {n},\n\nIhre Mappe ist da; wie es auch ausgeht, der Meister meldet sich binnen drei Wochen.\n\n{sig}"))
lp("es", "es", "Azafranes La Manchuela", "azafraneslamanchuela", "es", ("Puesto de monda de azafrán", "Hola {n}:\n\nGracias por escribirnos. Este otoño las plazas de monda las ocupan las mondadoras de cada año, y para ti no queda hueco.\n\n{sig}"), ("next_steps", "Monda de azafrán: documentos", "Hola {n}:\n\nManda tu número de afiliación hasta el {dl}. Por desgracia el teléfono de la finca no funciona; escribe por correo.\n\n{sig}"))
lp("fr", "fr", "Parapluies du Limousin", "parapluieslimousin", "fr", ("Candidature : monteur de parapluies", "Bonjour {n},\n\nMerci pour votre lettre. Le poste de monteur revient finalement à quelqu'un d'autre.\n\n{sig}"), ("offer", "Proposition d'embauche : monteur", "Bonjour {n},\n\nBonne nouvelle : le poste de monteur est à vous dès le {dl}. Hélas, la cafetière de l'atelier a rendu l'âme.\n\n{sig}"))
lp("hi", "hi", "आगरा पच्चीकारी कारखाना", "agrainlay", "in", ("जड़ाई कारीगर पद के बारे में", "नमस्ते {n},\n\nपच्चीकारी के काम हेतु ख़त भेजा, मेहरबानी। सीट पर मथुरा से आए बड़े मिस्त्री बैठ चुके।\n\n{sig}"))
lp("it", "it", "Liuteria Cremonese Ponchielli", "liuteriaponchielli", "it", ("Candidatura per apprendista liutaio", "Gentile {n},\n\nmille grazie per la lettera. Il posto da apprendista in bottega è andato a un altro ragazzo.\n\n{sig}"), ("interview", "Colloquio: apprendista liutaio", "Gentile {n},\n\nLa aspettiamo per un colloquio il {dl} alle 15. Purtroppo il citofono è guasto, bussi forte.\n\n{sig}"))
lp("ja", "ja", "京畳工房いぐさ屋", "kyotatami", "jp", ("畳職人見習いの応募結果", "{n} 様\n\nご応募ありがとうございました。慎重に検討した結果、今回は別の方を採用いたしました。\n\n{sig}"), ("application_received", "応募受付のお知らせ", "{n} 様\n\n畳職人見習いへのご応募を受け付けました。結果は採否にかかわらず二週間以内にご連絡します。\n\n{sig}"))
lp("ko", "ko", "인천 자전거 조립공장", "incheonbike", "kr", ("조립 기사 지원 결과", "{n} 님, 안녕하세요.\n\n조립 기사 자리에 연락 주셔서 고맙습니다. 그 자리는 결국 다른 분께 돌아갔습니다.\n\n{sig}"), ("next_steps", "조립 기사: 서류 제출", "{n} 님, 안녕하세요.\n\n{dl}까지 건강검진 결과지를 메일로 부탁드립니다. 공교롭게도 사무실 팩스가 망가졌어요.\n\n{sig}"))
lp("pt", "pt", "Azulejaria da Ribeira", "azulejariaribeira", "pt", ("Candidatura a pintor de azulejo", "Olá {n},\n\nAgradecemos o contacto. Para pintar azulejo ficou outra pessoa.\n\n{sig}"), ("offer", "Proposta: pintor de azulejo", "Olá {n},\n\nA vaga é sua, começa a {dl}. Infelizmente o forno pequeno avariou.\n\n{sig}"))
lp("ru", "ru", "Казанская гармонная фабрика", "kazanaccordion", "ru", ("Ваш отклик на вакансию настройщика", "Добрый день, {n}!\n\nБлагодарим, что откликнулись. Настройщиком на фабрику взяли другого человека.\n\n{sig}"), ("interview", "Приглашение на собеседование", "Добрый день, {n}!\n\nПриходите побеседовать {dl}, часам к одиннадцати. Увы, лифт чинят, подниматься придётся пешком.\n\n{sig}"))
lp("sw", "sw", "Gereji ya Magari ya Safari Arusha", "arushasafarigarage", "tz", ("Ombi la kazi ya fundi magari", "Habari {n},\n\nAsante kwa ombi lako. Tumemchagua fundi mwingine kwa nafasi hii.\n\n{sig}"), ("next_steps", "Fundi magari: hatua inayofuata", "Habari {n},\n\nTuma nakala za vyeti hadi {dl}. Kwa bahati mbaya, simu yetu ya gereji haifanyi kazi.\n\n{sig}"))
lp("th", "th", "โรงงานเฟอร์นิเจอร์ไม้ไผ่เชียงราย", "chiangraibamboo", "th", ("ผลการสมัครงานช่างไม้ไผ่", "ถึง {n}\n\nโรงงานไม้ไผ่ของเราขอบใจที่ส่งใบสมัครมา ตำแหน่งช่างสานได้คนอื่นไปแล้ว\n\n{sig}"))
lp("tr", "tr", "İzmir Asansör Bakım", "izmirasansor", "tr", ("Bakım teknisyeni başvurunuz", "Merhaba {n},\n\nYazdığınız için sağ olun. Bakım teknisyenliğine başka birini aldık.\n\n{sig}"), ("application_received", "Başvurunuz elimize ulaştı", "Merhaba {n},\n\nBakım teknisyenliği başvurunuz elimizde. Sonuç ne olursa olsun, yaklaşık iki haftaya haber gelir.\n\n{sig}"))
lp("ur", "ur", "سیالکوٹ فٹبال سلائی گھر", "sialkotfootball", "pk", ("سلائی کاریگر کی درخواست", "السلام علیکم {n}،\n\nسلائی گھر کے نام خط بھیجنے پر مہربانی۔ سیٹ اب بھر چکی، مالک نے ڈسکہ والے استاد کو رکھ لیا۔\n\n{sig}"), ("interview", "انٹرویو کی دعوت", "السلام علیکم {n}،\n\nملاقات کے لیے {dl} کو دس بجے آ جائیں۔ بدقسمتی سے ورکشاپ میں بجلی نہیں ہے۔\n\n{sig}"))
lp("zh", "zh", "义乌玩具仓储", "yiwutoystore", "cn", ("关于仓库管理员职位", "{n}您好：\n\n感谢您投递仓库管理员一职。经过几轮比较，这个岗位已经给了另一位应聘者。祝您早日找到合适的工作。\n\n{sig}"), ("offer", "录用通知：仓库管理员", "{n}您好：\n\n很高兴通知您被录用，入职日期为{dl}。遗憾的是宿舍热水器坏了，请自备热水壶。\n\n{sig}"))
lp("swe", "swe", "Dalahästverkstan i Nusnäs", "dalahastverkstan", "se", ("Din ansökan som målare", "Hej {n},\n\ntusen tack för brevet. Platsen som hästmålare gick till någon annan.\n\n{sig}"), ("application_received", "Vi har fått din ansökan", "Hej {n},\n\nvi har tagit emot dina papper. Ja eller nej, besked kommer inom tre veckor.\n\n{sig}"))
lp("cym", "cym", "Siop Lyfrau'r Maes Caernarfon", "siopymaes", "uk", ("Eich cais am swydd cynorthwyydd", "Annwyl {n},\n\nDiolch am eich cais. Rydym wedi penodi rhywun arall i swydd y cynorthwyydd siop.\n\n{sig}"), ("interview", "Gwahoddiad i gyfweliad", "Annwyl {n},\n\nDewch draw i sgwrsio ar {dl} am ddeg. Gwaetha'r modd, mae'r lle parcio wedi cau.\n\n{sig}"))
lp("gle", "gle", "Coláiste Samhraidh Chois Fharraige", "colaistechoisfharraige", "ie", ("D'iarratas ar phost mar theagascóir", "Dia dhuit {n},\n\nBuíochas leat as scríobh chugainn. Fuair duine eile post an teagascóra i mbliana.\n\n{sig}"), ("next_steps", "Teagascóir: an chéad chéim eile", "Dia dhuit {n},\n\nSeol d'fhoirm ghrinnfhiosrúcháin chugainn roimh {dl}. Ar an drochuair tá an printéir briste.\n\n{sig}"))
lp("eus", "eus", "Tolosako Txapel Lantegia", "tolosatxapel", "es", ("Zure eskaera: txapelgilea", "Kaixo {n},\n\nEskerrik asko zure eskaeragatik. Beste hautagai bat aukeratu dugu txapelgile lanposturako.\n\n{sig}"), ("offer", "Lan eskaintza: txapelgilea", "Kaixo {n},\n\nPozik eskaintzen dizugu lanpostua, {dl} hasita. Zoritxarrez kafe makina hondatuta dago.\n\n{sig}"))
lp("sqi", "sqi", "Autobusët e Tiranës Perëndim", "autobusettiranes", "al", ("Aplikimi juaj për shofer", "Përshëndetje {n},\n\nJu lumtë për letrën. Timonin e autobusit ia dhamë dikujt tjetër.\n\n{sig}"), ("application_received", "Aplikimi juaj u mor", "Përshëndetje {n},\n\nAplikimi juaj arriti. Pozitive apo negative, përgjigjja do t'ju vijë brenda dy javësh.\n\n{sig}"))
lp("mkd", "mkd", "Охридски бисер работилница", "ohridbiser", "mk", ("Вашата пријава за мајстор", "Здраво {n},\n\nФала за интересот за нашата работилница. За мајстор одбравме некој друг.\n\n{sig}"), ("interview", "Покана за интервју", "Здраво {n},\n\nДојдете на разговор на {dl}, во десет. Паркингот, за жал, е затворен.\n\n{sig}"))
lp("kat", "kat", "ქუთაისის ჰიდროსადგური", "kutaisihydro", "ge", ("თქვენი განაცხადი ტექნიკოსის თანამდებობაზე", "გამარჯობა {n},\n\nგმადლობთ განაცხადისთვის. ამ თანამდებობაზე სხვა კანდიდატი შევარჩიეთ.\n\n{sig}"), ("application_received", "განაცხადი მიღებულია", "გამარჯობა {n},\n\nთქვენი განაცხადი მივიღეთ. შედეგის მიუხედავად, ორ კვირაში გიპასუხებთ.\n\n{sig}"))
lp("hye", "hye", "Գյումրիի դարբնոց", "gyumriforge", "am", ("Ձեր դիմումը դարբնի աշակերտի պաշտոնի համար", "Բարև {n},\n\nՇնորհակալ ենք հետաքրքրության համար։ Աշակերտի տեղը արդեն զբաղեցրել է մեկ ուրիշը։\n\n{sig}"), ("next_steps", "Հաջորդ քայլը", "Բարև {n},\n\nԽնդրում ենք ուղարկել փաստաթղթերը մինչև {dl}։ Ցավոք, գրասենյակի հեռախոսը չի աշխատում։\n\n{sig}"))
lp("tam", "tam", "சென்னை வாகன உதிரிபாக நிறுவனம்", "chennaiautoparts", "in", ("கடைசல் பிரிவு வேலை: முடிவு", "வணக்கம் {n},\n\nகடிதத்துக்கு நன்றி. கடைசல் பிரிவு வேலைக்கு ஓசூர் ஆசாமி ஒருவர் வந்தாச்சு.\n\n{sig}"), ("offer", "கடைசல் பிரிவு: நியமனம்", "வணக்கம் {n},\n\nகடைசல் பிரிவு வேலை உமக்கே; {dl} அன்று வரவும். கவலைக்குரிய விஷயம்: கேண்டீன் பூட்டிக் கிடக்கிறது.\n\n{sig}"))
lp("yor", "yor", "Ilé Aṣọ Àdìrẹ Ìbàdàn", "ibadanadire", "ng", ("Nípa ìbéèrè iṣẹ́ rẹ", "Ẹ n lẹ {n},\n\nẸ ṣé gan-an fún lẹ́tà yín. Aláró mìíràn ni ilé iṣẹ́ wa gbà fún ipò yìí.\n\n{sig}"), ("interview", "Ìpè fún ìfọ̀rọ̀wánilẹ́nuwò", "Ẹ n lẹ {n},\n\nẸ jọ̀ọ́ ẹ yọjú sí ọ́fíìsì wa ní {dl}, agogo mẹ́wàá àárọ̀. Ìbànújẹ́ ni pé iná ti lọ ní àdúgbò.\n\n{sig}"))


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
    "swe": "{y}-{mm}-{dd}", "cym": "{d}/{m}/{y}", "mkd": "{d}.{m}.{y}", "hye": "{dd}.{mm}.{y}", "yor": "{d}/{m}/{y}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 200; slice 201, this slice and any later one are skipped by number."""
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
