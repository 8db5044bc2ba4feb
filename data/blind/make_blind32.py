# ruff: noqa: E501, S311
"""Write the thirty-second sealed blind slice for issue 11 (blind-slice-32.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 32 and later never read; our side printed)
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

SEED = 320321
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-32.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 32

RECIPIENTS = [
    "Ifeoluwa Brennan-Okoro", "Tamsin Varcoe", "Kieran Ó Dálaigh", "Lindiwe Vermaak", "Aditya Banerjee",
    "Nyokabi Lutterworth", "Padraig Hennessy", "Yaw Ofori-Mensah", "Rowena Macapagal", "Obinna Carrington",
    "Sefa Tuilagi", "Wiremu Hadfield", "Aisling Gormley", "Meghna Krishnan", "Ruan du Preez",
    "Ngozi Harcourt", "Siddharth Venkat", "Temitope Blackwood", "Cormac Dunleavy", "Nomsa Khumalo",
    "Lavanya Subramaniam", "Juma Ochieng", "Peregrine Aske", "Shari-Ann Mohammed", "Chukwuemeka Ifeanyi",
    "Palesa Motaung", "Mei Xin Lim", "Fiifi Acquah", "Kezia Ramdin", "Imran Patel",
    "Odessa Greaves", "Keoni Albright", "Mereana Tuhoe", "Orla Cassidy", "Kipchoge Rono",
    "Anusha Thomas", "Babajide Wolstenholme", "Auma Otieno", "Jonalyn Dizon", "Fraser McGillivray",
    "Ama Serwaa", "Takeshi Fonseca", "Farai Holloway", "Kavya Menon", "Kwame Boateng-Hart",
    "Chisomo Banda", "Mariama Sesay", "Haziq Rahman", "Lagi Toleafoa", "Bernadette Quigley",
]
SIGNERS = [
    "Henrietta Bulstrode", "Adebola Ogunleye", "Cosima Threlfall", "Wangari Muriuki", "Ebenezer Tetteh",
    "Roshni Chatterjee", "Fergal Mulcahy", "Elmarie Steyn", "Georgina Hattersley", "Uchenna Okafor",
    "Marivic Bautista", "Rawiri Paki", "Lerato Mahlangu", "Nana Yaa Owusu", "Gurpreet Dhillon",
    "Siobhan Keogh", "Mumbi Njoroge", "Octavia Penrose", "Kofi Amoako", "Annelise Bruwer",
    "Niamh Costello", "Sipho Ndlovu", "Leonora Villanueva", "Hamish Drummond", "Felicity Oakes",
    "Tunde Bakare", "Delphine Arceneaux", "Ritesh Malhotra", "Candace Joseph", "Talia Seumanu",
    "Desmond Achterberg", "Zodwa Mthembu", "Winifred Carrow", "Abena Darko", "Lionel Fernandes",
    "Tendai Marufu", "Rosalie Ng", "Augustin Lagarde", "Beatrix Wolcott", "Kelvin Phiri",
]
SIGNERS_IN = ["Lakshmi Narayanan", "Anirudh Saxena", "Pooja Deshmukh", "Harish Gowda", "Shalini Mathur", "Tarun Bose"]
LANG_SIGNERS = {
    "ar": ["هالة الشريف", "مازن العتيبي"], "de": ["Friederike Lorenz", "Jonas Albrecht"],
    "es": ["Ximena Cárdenas", "Andrés Quintero"], "fr": ["Aminata Diallo", "Gaspard Leroux"],
    "hi": ["कविता शर्मा", "मनोज तिवारी"], "it": ["Giulia Marchetti", "Lorenzo Gatti"],
    "ja": ["山本 千尋", "中村 大輔"], "ko": ["이지은", "최민준"], "pt": ["Inês Carvalho", "Tiago Mendes"],
    "ru": ["Наталья Белова", "Игорь Соколов"], "sw": ["Zawadi Mwangi", "Hamisi Juma"],
    "th": ["สุดารัตน์ ศรีสุข", "ธนพล วงศ์ใหญ่"], "tr": ["Elif Aydın", "Murat Kaplan"],
    "ur": ["عائشہ ملک", "فیصل چوہدری"], "zh": ["林美华", "周建国"],
    "awa": ["सुनीता मिश्रा", "रामकिशोर पाण्डेय"], "bem": ["Mutale Chanda", "Bwalya Mulenga"],
    "bo": ["བསྟན་འཛིན་སྒྲོལ་མ།", "ཚེ་རིང་དོན་གྲུབ།"], "kab": ["Tassadit Ait Ali", "Mokrane Oulhadj"],
    "lus": ["Lalremruati", "Zoramthanga Ralte"], "mwr": ["भंवरी देवी राठौड़", "गोपाल सिंह भाटी"],
    "skr": ["نسیم اختر", "غلام فرید"], "syl": ["রুকসানা বেগম", "আব্দুল মালিক"],
    "ve": ["Mashudu Netshiongolwe", "Tshilidzi Ramabulana"], "wuu": ["沈雅琴", "陆志明"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الخطيب", "سامر حداد"], "de": ["Leonie Brandt", "Felix Vogel"],
    "es": ["Lucía Restrepo", "Mateo Galindo"], "fr": ["Océane Girard", "Moussa Traoré"],
    "hi": ["पूजा वर्मा", "अमित चौहान"], "it": ["Francesca Russo", "Davide Conti"],
    "ja": ["田中 美咲", "伊藤 陸"], "ko": ["윤서아", "강도현"], "pt": ["Beatriz Nunes", "Rafael Sousa"],
    "ru": ["Анна Кузнецова", "Максим Фёдоров"], "sw": ["Neema Kiprono", "Baraka Ally"],
    "th": ["กมลวรรณ ทองดี", "ณัฐวุฒิ แสงทอง"], "tr": ["Zeynep Korkmaz", "Emre Yıldız"],
    "ur": ["ثنا خان", "بلال احمد"], "zh": ["张雨欣", "黄志伟"],
    "awa": ["अंजलि यादव", "विनोद शुक्ला"], "bem": ["Chileshe Mwansa", "Mwila Kabwe"],
    "bo": ["པདྨ་ལྷ་མོ།", "བཀྲ་ཤིས་རྡོ་རྗེ།"], "kab": ["Lynda Amrouche", "Yanis Hamdani"],
    "lus": ["Lalhmingsangi", "Vanlalruata"], "mwr": ["सीमा कंवर", "महेंद्र चौधरी"],
    "skr": ["رابعہ بتول", "محمد عمران"], "syl": ["শাহানা আক্তার", "জুবায়ের হোসেন"],
    "ve": ["Rudzani Mudau", "Khathutshelo Nemukula"], "wuu": ["顾晓雯", "徐俊杰"],
}
GIVEN = {"Mei Xin Lim": "Mei Xin", "Shari-Ann Mohammed": "Shari-Ann", "Nana Yaa Owusu": "Nana Yaa"}
PROVIDERS = ["tidewrite", "acaciapost", "kiwibox", "sunbirdmail", "heronpost", "mangroveline"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"), "usm": ("-0700", "-0600", "n"),
    "usp": ("-0800", "-0700", "n"), "usa": ("-0900", "-0800", "n"), "cae": ("-0500", "-0400", "n"),
    "cat": ("-0400", "-0300", "n"), "cap": ("-0800", "-0700", "n"), "in": ("+0530", None, ""),
    "au": ("+1000", "+1100", "s"), "auw": ("+0800", None, ""), "auq": ("+1000", None, ""),
    "za": ("+0200", None, ""), "ng": ("+0100", None, ""), "sg": ("+0800", None, ""),
    "gh": ("+0000", None, ""), "ke": ("+0300", None, ""), "ph": ("+0800", None, ""),
    "nz": ("+1200", "+1300", "s"), "tt": ("-0400", None, ""), "bb": ("-0400", None, ""),
    "mw": ("+0200", None, ""), "sl": ("+0000", None, ""), "gm": ("+0000", None, ""),
    "my": ("+0800", None, ""), "bn": ("+0800", None, ""), "pg": ("+1000", None, ""),
    "cm": ("+0100", None, ""), "ls": ("+0200", None, ""), "kn": ("-0400", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "ru": ("+0300", None, ""),
    "cn": ("+0800", None, ""), "sa": ("+0300", None, ""), "co": ("-0500", None, ""),
    "pt": ("+0000", "+0100", "n"), "tr": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "th": ("+0700", None, ""), "sn": ("+0000", None, ""), "dz": ("+0100", None, ""),
    "zm": ("+0200", None, ""), "bd": ("+0600", None, ""), "tz": ("+0300", None, ""),
    "hk": ("+0800", None, ""), "aun": ("+0930", None, ""),
}


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
    copies: int
    lang: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", lang: str = "en") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    cos, doms, roles, tzs = _tup(co), _tup(dom), _tup(role), _tup(tz)
    copies = max(len(cos), len(doms), len(roles))
    TEMPLATES.append(T(part, label, kind, f"blind32-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]



# ---------------------------------------------------------------- mix: 40 ordinary template rejections

mr("wd-lift", "Candidate Home update: {role} (R-{ref})",
   "Hello {n},\n\nA change has been made to your candidate record with {co}.\n\nRequisition: R-{ref} {role}\nPosition in process: Not Proceeding\n\nEach submission was held up against the listed minimums by the recruiters; this requisition ends here for yours. Separate applications on your account are unaffected.\n\nCareers at {co}\nNobody reads this inbox. Your candidate home lists every step.",
   ("Stannard Lift Services", "Kettle River Hydro"), ("stannardlifts.example", "kettleriverhydro.example"), frm="{co} Careers <workday-noreply@{dom}>", role=("Lift Service Engineer Apprentice", "Substation Technologist"), tz=("uk", "cap"))
mr("gh-hearing", "{co}: about the {role} position",
   "Dear {n},\n\nI'm writing on behalf of the clinic team at {co} about the {role} opening. The field was strong, and, having gone through it with the audiologists, the team has settled on candidates who will continue on to interviews, and your application is not one of them this round.\n\nWe appreciate the hour you put into the form and the cover note.\n\n{sig}\nPeople Team, {co}\nSent via Greenhouse",
   ("Clearwave Hearing", "Hushbank Audiology"), ("clearwavehearing.example", "hushbank.example"), frm="{sig} <no-reply@{dom}>", role=("Hearing Aid Dispenser", "Clinic Receptionist"), tz=("ie", "au"))
mr("lv-cards", "{role} at {co}",
   "Hi {n} - short note from me: we're going ahead with other people for {role}, so today your application ends. Your portfolio had lovely lettering in it, by the way.\n\n{sig}, {co}",
   ("Pennywhistle Cards", "Little Sprouts Learning"), ("pennywhistlecards.example", "littlesprouts.example"), frm="{sig} <{sl}@hire.{dom}>", role=("Junior Card Designer", "Centre Administrator"), tz=("uk", "sg"))
mr("sr-card", "Application status – {role}",
   "<html><body><div style=\"border:1px solid #d0d0d0;padding:14px\"><p>Dear {n},</p><p>The status on your application for <b>{role}</b> at {co} has changed.</p><table><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Stage reached</td><td>Screening</td></tr><tr><td>Decision</td><td>Not advanced</td></tr></table><p>Other applicants were moved forward for this role. You can browse current openings from your account.</p><p>{co} Talent</p></div></body></html>",
   ("Pitch Lake Surfacing", "Coralstone Insurance Brokers"), ("pitchlakesurfacing.example", "coralstonebrokers.example"), frm="{co} <notifications@{dom}>", role=("Plant Operator", "Claims Assistant"), tz=("tt", "bb"))
mr("ic-zoo", "Your {co} application (job {ref})",
   "Dear {full},\n\nYour application to {role}, job {ref}, was looked at by the hiring department, which has chosen not to carry it into the next step, and your profile now shows this.\n\nOpenings are posted on the careers page each week.\n\nHuman Resources\n{co}",
   ("Riverbend Zoological Society", "Larkspur Botanical Garden"), ("riverbendzoo.example", "larkspurgarden.example"), frm="{co} Human Resources <donotreply@{dom}>", role=("Keeper Aide - Primates", "Horticulture Technician I"), tz=("usc", "use"))
mr("tl-ferry", "Submission status for {role}",
   "Dear {n},\n\nThe posting for {role} (requisition {ref}) is now filled, and the person appointed has said yes. Your submission has therefore been set to closed.\n\nThis decision concerns only this posting. Where you have applied to other postings, those remain under review.\n\nTalent Acquisition, {co}\nMerit-based selection applies to every posting.",
   ("Gulf Islands Ferry Corporation", "Tri-County Dairy Cooperative"), ("gulfislandsferry.example", "tricountydairy.example"), frm="{co} <taleo-noreply@{dom}>", role=("Deckhand, Relief", "Milk Receiving Clerk"), tz=("cap", "usc"))
mr("ab-founder", "Re: {role} conversation",
   "{n},\n\nPlain answer, as requested: {role} is a no from us. The gap is field trial design; the job needs plots run through two seasons, and your work so far has been in the greenhouse.\n\nI liked the talk; write to me again in a year if you like.\n\n{sig}\nCo-founder, {co}",
   ("Rootline Genomics", "Farmgate Analytics Lagos"), ("rootline.example", "farmgate-ng.example"), frm="{sig} <{sl}@{dom}>", role=("Agronomy Lead", "Field Data Associate"), tz=("usm", "ng"))
mr("wk-hostel", "{co} | {role}",
   "Kia ora {n},\n\nThanks heaps for wanting to join the desk at {co}. We've read through everybody who applied for {role} and yours stops before the trial shift. Rosters for summer are full now.\n\nCheers,\n{sig}\nVia Workable",
   ("Kōwhai Backpackers", "Atlantic Tongue Language School"), ("kowhaibackpackers.example", "atlantictongue.example"), frm="{sig} at {co} <jobs@{dom}>", role=("Night Desk", "English Teacher (Summer Camps)"), tz=("nz", "ie"))
mr("bh-ortho", "Your application at {co}",
   "Hi {n},\n\nWe've filled our {role} post, as of this week, from our shortlist. Your application has been closed on our side, and you deserve to hear that from us directly and not simply stop hearing.\n\nBest,\n{sig}\nPractice Manager, {co}",
   ("Brightbrace Orthodontics", "Smilecrest Ortho Group"), ("brightbrace.example", "smilecrest.example"), frm="{sig} <{sl}@{dom}>", role=("Orthodontic Therapist", "Treatment Coordinator"), tz=("uk", "za"))
mr("tt-bikes", "{role} – where things stand",
   "Hey {n}!\n\nWe've now talked through all of the {role} applications at {co}. A few other people go on to the workshop, so yours stops with this message. Thanks for the time spent on it, we know it's not nothing.\n\n{sig} and the {co} crew\n\nPowered by Teamtailor",
   ("Spokesmith Cycles", "Wickfield Candle Co."), ("spokesmith.example", "wickfield.example"), frm="{co} <no-reply@{dom}>", role=("Wheel Builder", "Pouring Room Assistant"), tz=("uk", "au"))
mr("ps-glass", "Your application / Ihre Bewerbung – {role}",
   "Dear {n},\n\nmany thanks for applying as {role} at {co}. After checking all documents, we decided for a different applicant for this position.\n\nPer GDPR we erase your documents half a year after the process ends, in any case.\n\nWith friendly greetings\n{sig}\nHR, {co}",
   ("Glashütte Rauhenstein GmbH", "Holzwerk Spielwaren Tirol GmbH"), ("rauhenstein-glas.example", "holzwerk-tirol.example"), frm="{sig} <{sl}@{dom}>", role=("Glass Cutter (m/f/d)", "Export Sales Assistant (m/f/d)"), tz=("eu", "eu"))
mr("pp-canal", "{role} – shortlisting outcome",
   "Dear {n},\n\nShortlisting for {role} has now happened. Each application was marked against the person specification out of 40, and our interview threshold this time was 29. Your score was 22, which falls short of an interview.\n\nIf you want the criteria breakdown, answer this email inside a fortnight.\n\n{sig}\n{co}",
   ("Wyvern Canals Trust", "Fenland Wildlife Trust"), ("wyverncanals.example", "fenlandwildlife.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Volunteer Coordinator", "Reserve Warden"), tz=("uk", "uk"))
mr("plain-macadamia", "{role} application",
   "Dear {n},\n\nManagement of {co} has gone through the applications that came in for {role}. Yours did not make the list for the next stage, we are sorry to say.\n\nThank you for thinking of {co} as a place to work.\n\nYours faithfully,\n{sig}\nHuman Resources Officer",
   ("Nkhata Nut Growers Ltd", "Makuyu Avocado Packers"), ("nkhatanuts.example", "makuyuavocado.example"), role=("Orchard Supervisor", "Packhouse Quality Clerk"), tz=("mw", "ke"))
mr("plain-cashew", "RE: APPLICATION FOR {role}",
   "Dear {n},\n\nThis letter is about the {role} application you sent us. The company received many applications for a small number of places and the selection has been concluded. You were not selected.\n\nPlease do not be discouraged. Future vacancies are posted at our gate and on our page.\n\nFor: Head, Human Resource\n{co}",
   ("Volta Cashew Processing Ltd", "Ogbomoso Cassava Mills"), ("voltacashew.example", "ogbomosomills.example"), frm="{co} HR <hr@{dom}>", role=("Shift Supervisor", "Lab Technician (Starch)"), tz=("gh", "ng"))
mr("once-penang", "Application {ref}: {role}",
   "Dear {n},\n\nThank you for sending your resume. We have compared your background with what the {role} job needs, and our engineering manager did not select your profile to go on to the technical interview.\n\nYour resume is kept in our database for 12 months. Please check our site for other openings.\n\nRegards,\n{sig}\n{co}, Bayan Lepas",
   "Seberang Test Labs Sdn Bhd", "seberangtest.example", role="Test Engineer (Burn-in)", tz="my")
mr("once-png", "Your application – {role}",
   "Dear {n},\n\nThe interview list for {role} at our Porgera camp has been finalised and it leaves your name off. Camp rotation roles draw a lot of applications and we took on people with remote-site catering tickets.\n\nThanks, and good luck.\n\n{sig}\nHR Advisor, {co}",
   "Highlands Camp Catering Ltd", "highlandscamp.example", role="Camp Cook (4/2 rotation)", tz="pg")
mr("once-mas", "Workshop crew – {role}",
   "Good evening {n},\n\nMas camp here. We got your message and the photos of your wirework. For this season the {role} places are all given out already, the crew is full up, so we cannot take you on.\n\nCome by the camp for J'ouvert anyway!\n\n{sig}\n{co}",
   "Paramin Mas Productions", "paraminmas.example", role="Costume Wirebender", tz="tt")
mr("once-kitts", "{role} – {co}",
   "Dear {n},\n\nThe search committee has completed interviews for {role}. Another candidate received the offer and took it, so the search is closed with your file in it.\n\nThe Office of Human Resources appreciates your time.\n\n{sig}\n{co}, Basseterre",
   "Liamuiga School of Medicine", "liamuigamed.example", role="Student Affairs Coordinator", tz="kn")
mr("once-forge", "Application for {role} – Status",
   "Dear {n},\n\nThis is with reference to the application you made for {role} at our Chakan plant. Your profile was screened by the plant HR team, and it cannot move ahead at present as the post requires hands-on experience with closed-die forging presses.\n\nWe thank you and wish you well.\n\nWarm regards,\n{sig}\nHR, {co}",
   "Bhima Precision Forgings Pvt Ltd", "bhimaforgings.example", role="Production Engineer (Forge Shop)", tz="in")
mr("once-spice", "Regarding your application – {role}",
   "Dear {n},\n\nYour application for the {role} post reached us. The vacancy has since been filled by a candidate from our Kochi warehouse, so your candidature is closed.\n\nWe appreciate your interest in {co}.\n\nRegards,\n{sig}\nAdministration",
   "Malabar Coast Spice Exports", "malabarspice.example", role="Export Documentation Executive", tz="in")
mr("once-banana", "{role} application",
   "Hi {n},\n\nGood day! This is {sig} from the HR office of {co}. We already chose the applicant for {role} so there's no interview call for you. Thank you po for applying with us and God bless.\n\n{co}, Davao City",
   "Tagum Fruit Exporters Inc.", "tagumfruit.example", role="Packing Plant Checker", tz="ph")
mr("once-lesotho", "Application: {role}",
   "Dear {n},\n\nWe acknowledge your letter for the position of {role}. We have to advise that the post is now filled, so your application went no further.\n\nKind regards\n{sig}\nHuman Resources, {co}, Maseru",
   "Thaba Bosiu Garments (Pty) Ltd", "thababosiu.example", role="Line Supervisor", tz="ls")
mr("once-slate", "{role} – your application",
   "Dear {n},\n\nWe had thirty-odd people apply for {role} at the quarry and the two going through the blasting course are now picked. You're not among them this time.\n\nDiolch for applying.\n\n{sig}\n{co}, Blaenau",
   "Chwarel Moelwyn Slate", "moelwynslate.example", role="Trainee Shotfirer", tz="uk")
mr("once-knit", "{role} application",
   "Dear {n},\n\nYou applied to us for the {role} job. We've had to give the place to someone with linking-machine experience, so we shan't ask you to come in.\n\nThe mill runs an open day in spring; you'd be welcome.\n\n{sig}\n{co}, Hawick",
   "Teviotdale Knitwear Mill", "teviotdaleknit.example", role="Knitwear Finisher", tz="uk")
mr("once-kiwi", "Season application – {role}",
   "Kia ora {n},\n\nWe've placed all our {role} positions for this picking season and your application missed out. We took people who could commit to the full ten weeks.\n\nNgā mihi,\n{sig}\n{co}, Te Puke",
   "Kaimai Kiwifruit Packhouse", "kaimaikiwi.example", role="Grader", tz="nz")
mr("once-roadhouse", "{role} at {co}",
   "G'day {n},\n\nAppreciate you applying for {role} out here. We've gone with a couple who've done a wet season up north before, so no job for you this go.\n\nSafe travels,\n{sig}\n{co}",
   "Ngarla Creek Roadhouse", "ngarlacreek.example", role="Live-in Cook/Fuel Attendant", tz="auw")


# ---------------------------------------------------------------- mix: thread replies after interviews (16)

mr("thr-conservator", "RE: [EXT] Re: Conservator interview on Thursday",
   "Hi {n},\n\nWalking the stores with you was a real treat, and the team keeps quoting your answer on the beetle damage in the tapestry room. I promised you news before Friday.\n\nThe panel has offered the {role} post to the textile conservator who led our loan exhibition last spring, and she signed this morning.\n\nWarmly,\n{sig}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: [EXT] Re: Conservator interview on Thursday\n\nThank you again for the tour. Hoping to hear soon.",
   ("Harewood Vale Museum", "Chesapeake Maritime Museum"), ("harewoodvale.example", "chesmaritime.example"), role=("Assistant Conservator", "Collections Conservator"), tz=("uk", "use"))
mr("thr-dpo", "RE: [EXT] Re: {role} - follow up",
   "Dear {n},\n\nMany thanks for the visit to meet Priya and me, and for the thoughtful points on subject access requests; we borrowed one of them for our staff training already.\n\nAfter our final discussions, the trust has chosen to make the {role} appointment permanent for our interim, who has been covering since January.\n\nKind regards,\n{sig}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: Re: {role} - follow up\n\nHello, Any news on timings?",
   ("Oakmere Schools Trust", "Northshore University"), ("oakmeretrust.example", "northshore-u.example"), role=("Data Protection Officer", "Privacy Officer"), tz=("uk", "cae"))
mr("thr-gardener", "Re: [EXT] Re: Walled garden – second visit",
   "Hello {n},\n\nWhat a morning that was, even with the rain. Your pruning demonstration on the espaliered pears was the best we saw.\n\nWe have offered the {role} role to our own apprentice, who finished her Level 3 with us in July, and she starts with us next month.\n\nAll best,\n{sig}\nHead Gardener, {co}\n\nOn {q}, {full} wrote:\n> Thank you for having me back. I hope the pears survive my efforts!",
   ("Ashcombe Park Estate Gardens", "Lismacloon House Gardens"), ("ashcombepark.example", "lismacloon.example"), role=("Gardener (Walled Garden)", "Kitchen Garden Gardener"), tz=("uk", "ie"))
mr("thr-radio", "RE: [EXT] Re: Producer interview",
   "Hi {n},\n\nThanks for sitting through that long studio tour and the mock rundown; you kept calm when the phones went mad, which is exactly the job.\n\nManagement has settled on moving our producer from the {co} coastal station up into the {role} slot, and she'll take over the breakfast show from next month.\n\nWarmly,\n{sig}\nProgrammes Manager\n\n________________________________\nFrom: {full}\nSent: {q}\nSubject: Re: Producer interview\n\nThank you, I enjoyed meeting the team.",
   ("Pwani Sauti FM", "Eko Waves 96.3"), ("pwanisauti.example", "ekowaves.example"), role=("Breakfast Show Producer", "Drive-time Producer"), tz=("ke", "ng"))
mr("thr-fleet", "RE: [EXT] RE: Fleet manager final interview",
   "Morning {n},\n\nGood to chat on Tuesday, and thanks for the notes you sent through on telematics afterwards, very useful.\n\nWe've appointed the transport planner who has sat in the {role} seat as acting lead since March. She knows the depots inside out and the drivers asked for her.\n\nCheers,\n{sig}\nOperations Director, {co}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: RE: Fleet manager final interview\n\nAs promised, my notes on the telematics rollout are attached.",
   ("Brolga Freight Lines", "Karoo Cold Chain"), ("brolgafreight.example", "karoocold.example"), role=("Fleet Manager", "Fleet and Compliance Manager"), tz=("au", "za"))
mr("thr-audit", "RE: [EXT] Re: Audit senior - discussion",
   "Dear {n},\n\nMeeting you at our Andheri office was a pleasure. The partners enjoyed the discussion on the stock-audit case.\n\nThe partners have decided to take the article assistant who completed her training with us last month into the {role} role.\n\nWith regards,\n{sig}\nPartner, {co}\n\nOn {q}, {full} wrote:\n> Respected Sir, grateful for the time today.",
   "Kothari Desai & Associates", "kotharidesai.example", role="Audit Senior", tz="in")
mr("thr-bim", "RE: [EXT] Re: BIM Coordinator - next steps",
   "Hi {n},\n\nThank you for the Revit walkthrough last week, the family library you built was impressive.\n\nWe've since agreed that a colleague returning from our Kuala Lumpur studio will take on the {role} position, as she already runs our standards.\n\nBest regards,\n{sig}\nAssociate Director, {co}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: Re: BIM Coordinator - next steps\n\nHappy to share the model files if useful.",
   "Tanglin Hart Architects", "tanglinhart.example", role="BIM Coordinator", tz="sg")
mr("thr-guidance", "Re: [EXT] Re: Demo session",
   "Hello {n},\n\nSalamat for the demo session with our Grade 10 advisory class, the students were really engaged with your activity.\n\nOur principal has named Ma'am Reyes, who has handled our senior high guidance desk since last year, as our {role}.\n\nGod bless and all the best,\n{sig}\nHR Coordinator, {co}\n\nOn {q}, {full} wrote:\n> Good evening po, may I ask about the result.",
   "St. Gabriel Academy of Marikina", "stgabrielmarikina.example", role="Guidance Counselor", tz="ph")
mr("thr-chambers", "RE: [EXT] Re: Pupillage interview",
   "Dear {n},\n\nThank you for attending chambers and for your submissions on the land case; the Head of Chambers noted your clarity.\n\nChambers has taken on the lawyer who did her national service in our registry for the {role} place this year.\n\nYours sincerely,\n{sig}\nChambers Clerk\n\n________________________________\nFrom: {full}\nSent: {q}\nSubject: Re: Pupillage interview\n\nI remain grateful for the opportunity.",
   "Osu Castle Road Chambers", "osuchambers.example", role="Junior Associate", tz="gh")
mr("thr-stage", "Re: [EXT] Re: SM chat",
   "Hi {n},\n\nLovely to have coffee and go through the tour schedule with you. Thanks for being so honest about the get-outs!\n\nWe've asked Niamh back, who stage-managed our last tour, and she's said yes for the {role} job.\n\nTake care and stay in touch,\n{sig}\n{co}\n\nOn {q}, {full} wrote:\n> Such a nice coffee, thank you!",
   "Blackwater Touring Theatre", "blackwatertheatre.example", role="Company Stage Manager", tz="ie")
mr("thr-grants", "RE: [EXT] RE: Grant Writer position",
   "Hi {n},\n\nThank you for the writing sample and for sitting with the program team on Monday. Several of us kept your logic-model diagram.\n\nOur board voted last night to bring on the consultant who drafted last year's federal proposal as our {role}.\n\nWarmly,\n{sig}\nExecutive Director, {co}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: RE: Grant Writer position\n\nAttaching the sample as requested.",
   "Sunflower Valley Family Services", "sunflowervalley.example", role="Grant Writer", tz="usc")


# ---------------------------------------------------------------- mix: refusals under long footers (8)

mr("foot-books", "Your application to {co}",
   "Dear {n},\n\nWe read your application for {role} with interest. This time no interview slot comes your way; the shop has appointed from the people already on its relief list.\n\nWith thanks,\n{sig}\nPeople Services\n\n----\nFind your nearest shop | Gift cards | Reader rewards: a stamp for every book\nGet our job alerts by shop and by week: sign up at https://careers.{dom}/alerts\nWe welcome applications from everyone, and we make adjustments at interview on request.\n{co} Ltd. Registered office: 14 Quire Lane, Leeds. Registered number 04418207.\nWritten for the bookseller-to-be named at the top; anyone else, kindly bin it and tell the sender.",
   ("Marginalia Booksellers", "Inkwell & Quire Stationers"), ("marginalia-books.example", "inkwellquire.example"), frm="{co} People Services <people@{dom}>", role=("Bookseller (Christmas Relief)", "Sales Assistant, Saturday"), tz=("uk", "uk"))
mr("foot-insure", "{role} – application outcome",
   "Dear {n},\n\nOur review for {role} is complete, and you were not shortlisted, we regret to say.\n\nRegards,\nTalent Team, {co}\n\n__\nFRAUD NOTICE: {co} never asks for payment at any step of hiring. Report requests for money to ethics@{dom}.\nFollow us for vacancies and graduate programmes | Download our app to manage your policies\n{co} is an authorised financial services provider (FSP 48817). Complaints: complaints@{dom}.\nPrivacy: your personal information is processed for recruitment purposes only and retained as our policy states. See https://www.{dom}/privacy",
   ("Umoya Life Assurance", "Bedrock Mutual Insurance Plc"), ("umoyalife.example", "bedrockmutual.example"), frm="{co} Careers <careers@{dom}>", role=("Client Service Consultant", "Underwriting Trainee"), tz=("za", "ng"))
mr("foot-cinema", "About your application – {role}",
   "Hi {n},\n\nQuick word: we've filled the {role} vacancy at our site. Your application didn't make our interview list, so we're closing it now.\n\nSee you at the movies,\n{co} Recruitment\n\nNOW SHOWING at {co}: this week's premieres, parent & baby screenings on Wednesdays and Bargain Tuesdays.\nJoin {co} Unlimited for free popcorn upgrades. Manage your emails | Unsubscribe from marketing\nVacancies in other venues: https://jobs.{dom}. Find us on every social network you can think of.\n{co} Cinemas Ltd, company no. 09377142. Replies to this automated mailbox go nowhere.",
   ("Lumiere Lanes", "Picturedrome Cinemas"), ("lumierelanes.example", "picturedrome.example"), frm="{co} Jobs <jobs-noreply@{dom}>", role=("Projection & Floor Team Member", "Team Member (Bar)"), tz=("uk", "au"))
mr("foot-coop", "{role}: update on your application",
   "Hi {n},\n\nThe store team has made its picks for {role} and that closes your application. Glad you thought of the co-op.\n\n{sig}\nStaffing, {co}\n\n--\nMember-owners get 10% off during Member Days, 14–17 of this month.\nRent a canoe, book a clinic, or read our trail blog at https://www.{dom}\nWe are an equal opportunity employer. Accommodation is available at every stage of recruitment.\nSent by {co}, 2210 Portage Street, after your application on our careers site.",
   "Timberline Outfitters Co-op", "timberlineco-op.example", frm="{co} Staffing <staffing@{dom}>", role="Paddlesports Sales Associate", tz="cae")
mr("foot-it", "Update on your application {ref}",
   "Dear {n},\n\nYour application for {role} has been reviewed by our hiring panel. Your candidature stops here for this requirement.\n\nBest wishes,\nTalent Acquisition Group\n{co}\n\n---\nBeware of fake job offers. Hiring at {co} is free of charge from first click to joining day and does not send offers from free email accounts. Verify at https://careers.{dom}/verify.\nCIN: U72200KA2009PTC051873 | Registered Office: Outer Ring Road, Bengaluru\nDisclaimer: This e-mail may contain confidential or privileged information. Unauthorised use, copying or distribution is prohibited.",
   "Veloxis Digital Services Pvt Ltd", "veloxisdigital.example", frm="{co} Careers <noreply@{dom}>", role="Associate Consultant - SAP FICO", tz="in")

# ---------------------------------------------------------------- mix: hedged refusals (9)

mr("hedge-outdoor", "{role}",
   "Dear {n},\n\nApologies for the wait as we read the applications for {role}. Others had experience with school-age residential groups that came through a little stronger against our brief, and they are the ones we'll be meeting.\n\nWe enjoyed reading about your expedition work.\n\n{sig}\nCentre Manager, {co}",
   ("Glenshee Outdoor Centre", "Kaikōura Adventure Education"), ("glensheeoutdoor.example", "kaikouraedu.example"), role=("Outdoor Instructor", "Outdoor Education Instructor"), tz=("uk", "nz"))
mr("hedge-agency", "{role} at {co}",
   "Hey {n},\n\nI appreciate you taking the design challenge seriously. After a long team chat, we're heading another way with the {role} hire for now.\n\nBest,\n{sig}\nDesign Director, {co}",
   ("Northpaw Studio", "Fiddlehead Digital"), ("northpaw.example", "fiddlehead.example"), role=("Product Designer", "UX Designer"), tz=("cap", "use"))
mr("hedge-consult", "Application: {role}",
   "Dear {n},\n\nThanks for sending in your application for {role}. Our panel felt that some other candidates, with site supervision on water supply schemes, suited the brief a little better, and those are the people going ahead.\n\nBest regards,\n{sig}\nHR, {co}",
   ("Akuse Consulting Engineers", "Jos Plateau Engineering Partners"), ("akuseconsult.example", "josplateau.example"), role=("Site Engineer (Water)", "Resident Engineer"), tz=("gh", "ng"))
mr("hedge-ecom", "Your application - {role}",
   "Hi {n},\n\nGrateful for the interview hours. Our pick was a profile somewhat closer to what the marketplace team needs right now, someone who has handled seller onboarding in Indonesia as well as Malaysia.\n\nAll the best,\n{sig}\nTalent Partner, {co}",
   "Kedai Pantas Sdn Bhd", "kedaipantas.example", role="Seller Success Executive", tz="my")
mr("hedge-arch", "{role} - {co}",
   "Dear {n},\n\nGood to meet you. Having thought on it, the partners are leaning towards a candidate who has seen a few more buildings through planning in Port of Spain, and we will proceed on that basis.\n\nKind regards,\n{sig}\n{co}",
   "Savannah Row Architects", "savannahrow.example", role="Project Architect", tz="tt")
mr("hedge-edtech", "Regarding your candidature - {role}",
   "Hi {n},\n\nThank you for the demo class. A few other candidates matched our requirement for Class 11 physics content a bit more closely, and they go ahead for {role}.\n\nRegards,\n{sig}\nAcademic Hiring, {co}",
   "Vidyaverse Learning", "vidyaverse.example", role="Physics Content Developer", tz="in")

# ---------------------------------------------------------------- mix: recruiter follow-ups with another role (7)

mr("rec-qs", "{role} - feedback and another one",
   "Hi {n},\n\nGood to talk earlier. Recapping the phone call: {co}'s client has gone for their internal candidate on the {role} job, so that one's closed.\n\nSeparately, I've a fit-out contractor needing an intermediate QS for a data-centre job, 12 months. Happy for your CV to go over? Rates around what we discussed.\n\n{sig}\n{co}",
   ("Keystone Build Recruitment", "Shannonside Construction Talent"), ("keystonebuild.example", "shannonside.example"), role=("Senior QS (Main Contractor)", "Quantity Surveyor"), tz=("uk", "ie"))
mr("rec-nurse", "Following our call – {role}",
   "Hi {n},\n\nThanks for taking my call. In writing: the hospital chose another nurse for the {role} contract, mostly because she could start Monday.\n\nThere is a 13-week ICU contract in Thunder Bay opening the 2nd that your ACLS ticks. If you want it, reply with your availability and I'll submit tonight.\n\n{sig}\nTravel Nurse Recruiter, {co}",
   ("Aurora Clinical Staffing", "Prairie Wings Nurse Travel"), ("auroraclinical.example", "prairiewings.example"), role=("ICU RN (Kenora)", "Med-Surg RN"), tz=("cae", "usc"))
mr("rec-fmcg", "{role} update",
   "Hello {n},\n\nFurther to our call, the client picked another candidate for the {role} slot in Ibadan. They liked you but felt the other person knew the distributors.\n\nHowever, they also have a route sales role in Kano with the same package. Are you open to relocating? Let me know by Friday.\n\nBest,\n{sig}\n{co}",
   "Sterling Gate Recruiters", "sterlinggate.example", role="Area Sales Representative", tz="ng")
mr("rec-blr", "Update on {role}",
   "Hi {n},\n\nAs discussed over the phone, the client has closed the {role} position with another profile. Another opening is live with a retail analytics client in Chennai, Spark and Airflow, 4-7 years. If interested, kindly share your current and expected CTC.\n\nThanks & regards,\n{sig}\n{co}",
   "Talentbridge Search Partners", "talentbridgesearch.example", role="Data Engineer", tz="in")
mr("rec-za", "Re our chat – {role}",
   "Hi {n},\n\nPutting the phone call in writing: the firm took another clerk for {role}. The partner mentioned your tax paper was good.\n\nI do have an articles position at a Durban practice with a February intake. I can send the details through today if you want to look.\n\nRegards,\n{sig}\n{co}",
   "Springbok Finance Recruiters", "springbokfinance.example", role="Trainee Accountant (SAICA)", tz="za")


# ---------------------------------------------------------------- mix: public-sector notices (8)

mr("pub-list", "Notice of Eligible List Standing – {role}",
   "Dear {full}:\n\nYou passed the examination for {role}, Announcement {ref}, with a final score of 81.40 and rank 47 on the eligible list. The appointing authority has filled all current vacancies from ranks 1 through 12, and your name was not reached for certification.\n\nThe list remains in effect for one year; no further notice is sent unless your name is reached.\n\nState Personnel Office\n{co}",
   ("State of Ossining Civil Service Department", "Commonwealth of Tamarack Human Resources Division"), ("civilservice.ossining.example", "hrd.tamarack.example"), frm="{co} <exams@{dom}>", role=("Environmental Program Aide", "Motor Vehicle Representative"), tz=("use", "usc"))
mr("pub-sift", "{role} (ref {ref}): outcome of sift",
   "Dear {n},\n\nThe panel has completed the sift for {role}. Your evidence against the essential criteria fell below the level required, so your application stops before assessment.\n\nAsk the recruitment team if you want feedback.\n\nRecruitment Team\n{co}",
   ("Moorcroft Fire and Rescue Service", "Langdale National Park Authority"), ("moorcroftfire.example", "langdalenpa.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("On-call Firefighter", "Ranger (Access)"), tz=("uk", "uk"))
mr("pub-cancel", "Job competition {ref} – cancelled",
   "Dear {n},\n\nCompetition {ref} for {role} is cancelled. Owing to a change in program funding, no appointment is to be made. All applications received under this competition are closed.\n\nStaffing Services\n{co}",
   ("Province of Nova Cambria Public Service", "Department of Regional Water, Western Australia"), ("careers.novacambria-gov.example", "jobs.regionalwater-wa.example"), frm="{co} <staffing@{dom}>", role=("Program Analyst", "Catchment Officer"), tz=("cat", "auw"))
mr("pub-ineligible", "RE: APPLICATION FOR THE POST OF {role}",
   "Dear {n},\n\nThe Commission has screened applications for the post of {role}. Your application was found INELIGIBLE for the following reason: NYSC discharge or exemption certificate not uploaded.\n\nThe CBT is for eligible applicants only.\n\nSigned\nDirector, Human Resources\n{co}",
   "Federal Agency for Inland Waterways Transport", "fait-gov.example", frm="{co} Recruitment Portal <portal@{dom}>", role="Administrative Officer II", tz="ng")
mr("pub-lgu", "Result of the assessment – {role}",
   "Dear {n},\n\nThe HR Merit Promotion and Selection Board (HRMPSB) has completed the initial assessment for {role}. You were not included in the shortlist for the comparative assessment.\n\nWe appreciate your wish to serve the municipality.\n\n{sig}\nHRMO, {co}",
   "Municipal Government of Sta. Lucia, Pangasinan", "stalucia-pang.example", role="Administrative Aide IV", tz="ph")

# ---------------------------------------------------------------- mix: bare ATS status updates (6)

mr("ats-line", "Application status update",
   "{co}\n\nApplicant: {full}\nPosition: {role}\nStatus: No longer in consideration\n\nView your applications at https://jobs.{dom}",
   ("Redfern Utilities", "Canterbury Seed Co"), ("redfernutilities.example", "canterburyseed.example"), frm="{co} Jobs <no-reply@{dom}>", role=("Meter Reader", "Seed Lab Assistant"), tz=("usp", "nz"))
mr("ats-table", "Status changed: {role}",
   "<html><body><p>Hello {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Job</th><th>Req</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Rejected &ndash; position closed</td></tr></table><p>{co} Careers</p></body></html>",
   ("Halden Pumps Inc.", "Karri Timber Products"), ("haldenpumps.example", "karritimber.example"), frm="{co} Careers <careers@{dom}>", role=("Assembly Technician", "Sawmill Operator"), tz=("usc", "auw"))
mr("ats-nmf", "{co}: your application",
   "Hi {n}, your application status for {role} changed to: Not moving forward. No reply needed.\n\n{co}",
   "Lakeshore Plastics", "lakeshoreplastics.example", frm="{co} <talent@{dom}>", role="Quality Inspector", tz="cae")
mr("ats-ke", "Candidate update - {role}",
   "Dear {n},\nApplication ID: {ref}\nVacancy: {role}\nStage: Initial screening\nResult: Candidate not progressed\n\n{co} HR System",
   "Rift Valley Horticulture Exports", "riftvalleyhort.example", frm="{co} HR <hrsystem@{dom}>", role="Cold Store Supervisor", tz="ke")

# ---------------------------------------------------------------- mix: internship / graduate decisions (6)

mr("int-insight", "{co} {role} – your application",
   "Dear {n},\n\nWe had more than 1,900 applications for 60 places on our {role} this year, and we have now made our selections. This year you're without a place.\n\nOur penultimate-year programme opens next autumn, and you're welcome to try for it.\n\nEarly Careers Team\n{co}",
   ("Harcastle Infrastructure Partners", "Liffeyside Engineering"), ("harcastle.example", "liffeyside.example"), frm="{co} Early Careers <earlycareers@{dom}>", role=("Spring Insight Week", "Summer Placement Programme"), tz=("uk", "ie"))
mr("int-coop", "{role} – update",
   "Hi {n},\n\nThanks for the interview. Our {role} class for the upcoming term is now complete, and we have filled all of the positions with other students.\n\nBest wishes for the placement hunt.\n\n{sig}\nUniversity Recruiting, {co}",
   ("Maplebrook Energy", "Silverline Transit Authority"), ("maplebrook.example", "silverlinetransit.example"), role=("Co-op Student, Asset Data", "Summer Engineering Intern"), tz=("cae", "usp"))
mr("int-bschool", "Summer Internship 2026 – result",
   "Dear {n},\n\nAppreciate your taking part in the group discussion and personal interview rounds for the {role} with {co}. We regret to say the final selected list does not include you.\n\nWe wish you the best for the rest of placement week.\n\nCampus Relations\n{co}",
   "Sahyadri Consumer Products Ltd", "sahyadriconsumer.example", frm="{co} Campus Relations <campus@{dom}>", role="Summer Internship (Sales & Marketing)", tz="in")
mr("int-siwes", "SIWES placement request",
   "Dear {n},\n\nWe received your letter from your institution requesting industrial training placement. Every SIWES slot in this cycle is taken, so we cannot accept you this time. You may reapply for the next cycle.\n\nRegards,\n{sig}\nTraining Unit, {co}",
   "Onitsha Pharmaceutical Industries", "onitshapharma.example", role="SIWES Trainee", tz="ng")


# ---------------------------------------------------------------- mix: confirmations with refusal talk (50)

mo("application_received", "ack-lift", "We've got your application: {role} (R-{ref})",
   "Hello {n},\n\nYour application for {role} is in, and the recruiters now hold it against the listed minimums. If it meets them, a recruiter phones to book a screening call; if it doesn't, your candidate home will show the requisition as Not Proceeding and an email goes out as well.\n\nCareers at {co}\nNobody reads this inbox.",
   ("Stannard Lift Services", "Kettle River Hydro"), ("stannardlifts.example", "kettleriverhydro.example"), frm="{co} Careers <workday-noreply@{dom}>", role=("Lift Service Engineer", "Protection & Control Technologist"), tz=("uk", "cap"))
mo("application_received", "ack-hearing", "{co} – application received",
   "Dear {n},\n\nThank you for applying to {co} for {role}. Our clinic team will go through every application after the closing date. Whether you're asked to interview or the team decides to continue with others, I'll write to you personally so you aren't left wondering.\n\n{sig}\nPeople Team\nSent via Greenhouse",
   ("Clearwave Hearing", "Hushbank Audiology"), ("clearwavehearing.example", "hushbank.example"), frm="{sig} <no-reply@{dom}>", role=("Audiology Assistant", "Clinic Manager"), tz=("ie", "au"))
mo("application_received", "ack-cards", "Got it – {role}",
   "Hi {n}, your application for {role} reached me. I'm the one reading them, and my reply comes either with a time to chat or with a short note if we end up going ahead with other people. Probably two weeks.\n\n{sig}, {co}",
   ("Pennywhistle Cards", "Little Sprouts Learning"), ("pennywhistlecards.example", "littlesprouts.example"), frm="{sig} <{sl}@hire.{dom}>", role=("Studio Assistant", "Preschool Teacher"), tz=("uk", "sg"))
mo("application_received", "ack-card", "Application received – {role}",
   "<html><body><div style=\"border:1px solid #d0d0d0;padding:14px\"><p>Dear {n},</p><p>Your application for <b>{role}</b> at {co} was submitted.</p><table><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Stage</td><td>Screening</td></tr><tr><td>Decision</td><td>Pending</td></tr></table><p>When a decision is made this card will change: Moved forward, or Not advanced if other applicants go on instead.</p><p>{co} Talent</p></div></body></html>",
   ("Pitch Lake Surfacing", "Coralstone Insurance Brokers"), ("pitchlakesurfacing.example", "coralstonebrokers.example"), frm="{co} <notifications@{dom}>", role=("Weighbridge Clerk", "Motor Claims Handler"), tz=("tt", "bb"))
mo("application_received", "ack-zoo", "We received your application (job {ref})",
   "Dear {full},\n\nYour application to {role}, job {ref}, has been received and sent to the hiring department. If the department does not progress your application, your profile will be updated and a notice will go to this address. Please allow three to four weeks.\n\nHuman Resources\n{co}",
   ("Riverbend Zoological Society", "Larkspur Botanical Garden"), ("riverbendzoo.example", "larkspurgarden.example"), frm="{co} Human Resources <donotreply@{dom}>", role=("Education Docent Coordinator", "Greenhouse Grower"), tz=("usc", "use"))
mo("application_received", "ack-ferry", "Submission received for {role}",
   "Dear {n},\n\nYour submission for {role} (requisition {ref}) has been received. Once the posting is filled, every submission not selected is set to closed automatically and you will see it in your profile; selected applicants are contacted by telephone.\n\nTalent Acquisition, {co}",
   ("Gulf Islands Ferry Corporation", "Tri-County Dairy Cooperative"), ("gulfislandsferry.example", "tricountydairy.example"), frm="{co} <taleo-noreply@{dom}>", role=("Terminal Attendant", "Cheese Plant Operator"), tz=("cap", "usc"))
mo("application_received", "ack-founder", "Re: {role} application",
   "{n},\n\nGot your note and CV, thanks. I read everything myself. I'll reply within ten days either way, and a no arrives with the real reason, not a form letter.\n\n{sig}\nCo-founder, {co}",
   ("Rootline Genomics", "Farmgate Analytics Lagos"), ("rootline.example", "farmgate-ng.example"), frm="{sig} <{sl}@{dom}>", role=("Lab Operations Lead", "Backend Engineer"), tz=("usm", "ng"))
mo("application_received", "ack-hostel", "{co} | we've got your application",
   "Kia ora {n},\n\nCheers for applying for {role} at {co}. We look at applications on Mondays. Good fits get a trial shift; if not, we'll drop you a quick message so you're not refreshing your inbox.\n\n{sig}\nVia Workable",
   ("Kōwhai Backpackers", "Atlantic Tongue Language School"), ("kowhaibackpackers.example", "atlantictongue.example"), frm="{sig} at {co} <jobs@{dom}>", role=("Housekeeping & Desk", "Activity Leader"), tz=("nz", "ie"))
mo("application_received", "ack-ortho", "Thanks for applying – {co}",
   "Hi {n},\n\nYour application for {role} arrived. Dr Osei reviews applications on Thursdays. When the post is filled, applications are closed the same day and a note from me follows; nobody is kept hanging.\n\nBest,\n{sig}\nPractice Manager",
   ("Brightbrace Orthodontics", "Smilecrest Ortho Group"), ("brightbrace.example", "smilecrest.example"), frm="{sig} <{sl}@{dom}>", role=("Dental Nurse (Ortho)", "Receptionist"), tz=("uk", "za"))
mo("application_received", "ack-bikes", "We've got it! – {role}",
   "Hey {n}!\n\nYour application for {role} at {co} has landed. We'll talk them all through in the month's final week, and you'll hear back regardless: an invite to the workshop or a note that we're carrying on with others.\n\n{co} crew\nPowered by Teamtailor",
   ("Spokesmith Cycles", "Wickfield Candle Co."), ("spokesmith.example", "wickfield.example"), frm="{co} <no-reply@{dom}>", role=("Frame Painter", "Online Orders Packer"), tz=("uk", "au"))
mo("application_received", "ack-glass", "Confirmation of application / Eingangsbestätigung – {role}",
   "Dear {n},\n\nmany thanks for applying as {role}. The documents arrived which we go through over the coming weeks. Should we decide for another applicant, a message from us comes to you; per GDPR your documents are erased half a year later, in any case.\n\nWith friendly greetings\n{sig}\nHR, {co}",
   ("Glashütte Rauhenstein GmbH", "Holzwerk Spielwaren Tirol GmbH"), ("rauhenstein-glas.example", "holzwerk-tirol.example"), frm="{sig} <{sl}@{dom}>", role=("Furnace Operator (m/f/d)", "Product Designer (m/f/d)"), tz=("eu", "eu"))
mo("application_received", "ack-canal", "{role} – application acknowledged",
   "Dear {n},\n\nWe have your application for {role}. After the closing date each application is scored out of 40 against the job profile. Whether your mark reaches the interview threshold or stays below it, you will hear the outcome from us by email.\n\n{co} Recruitment",
   ("Wyvern Canals Trust", "Fenland Wildlife Trust"), ("wyverncanals.example", "fenlandwildlife.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Towpath Ranger", "Education Officer"), tz=("uk", "uk"))
mo("application_received", "ack-macadamia", "Acknowledgement: {role}",
   "Dear {n},\n\nYour application for {role} has reached us. Management will go through applications once they close. Only people picked for interviews will get a call; a month of silence means you were not picked.\n\n{sig}\nHuman Resources Officer, {co}",
   ("Nkhata Nut Growers Ltd", "Makuyu Avocado Packers"), ("nkhatanuts.example", "makuyuavocado.example"), role=("Irrigation Technician", "Grading Line Operator"), tz=("mw", "ke"))
mo("application_received", "ack-books", "Application received – {co}",
   "Dear {n},\n\nThanks for applying for {role}. The shop manager reads applications weekly. If you aren't invited to interview, we'll still email you, so nobody waits in the dark.\n\nPeople Services\n\n----\nFind your nearest shop | Gift cards | Reader rewards\nGet our job alerts by shop and by week: https://careers.{dom}/alerts\n{co} Ltd. Registered office: 14 Quire Lane, Leeds.",
   ("Marginalia Booksellers", "Inkwell & Quire Stationers"), ("marginalia-books.example", "inkwellquire.example"), frm="{co} People Services <people@{dom}>", role=("Children's Bookseller", "Store Supervisor"), tz=("uk", "uk"))
mo("application_received", "ack-insure", "We received your application – {role}",
   "Dear {n},\n\nYour application for {role} was received. Our talent team will review it; should you not be shortlisted, an email will follow once the role closes.\n\nTalent Team, {co}\n\n__\nFRAUD NOTICE: {co} never asks for payment at any step of hiring.\nPrivacy: your information is used for recruitment only. See https://www.{dom}/privacy",
   ("Umoya Life Assurance", "Bedrock Mutual Insurance Plc"), ("umoyalife.example", "bedrockmutual.example"), frm="{co} Careers <careers@{dom}>", role=("Broker Support Administrator", "Actuarial Analyst"), tz=("za", "ng"))
mo("application_received", "ack-cashew", "ACKNOWLEDGEMENT OF APPLICATION",
   "Dear {n},\n\nYour application for {role} is with the Human Resource unit. Shortlisted applicants will be invited by phone. Where an applicant is not selected, the company may not write individually, owing to the volume.\n\nFor: Head, Human Resource\n{co}",
   "Volta Cashew Processing Ltd", "voltacashew.example", frm="{co} HR <hr@{dom}>", role="Maintenance Electrician", tz="gh")
mo("application_received", "ack-penang", "Application {ref} received",
   "Dear {n},\n\nWe received your resume for {role}. Our engineering manager will screen it. Should your profile not be selected for the technical interview, we keep it on file a year for other openings.\n\nRegards,\n{sig}\n{co}",
   "Seberang Test Labs Sdn Bhd", "seberangtest.example", role="Equipment Technician", tz="my")
mo("application_received", "ack-png", "We have your application – {role}",
   "Dear {n},\n\nYour application for {role} at our camp has been received. We shortlist when the month closes. If two weeks after that nobody has rung you, please assume the role went elsewhere this time.\n\n{sig}\nHR Advisor, {co}",
   "Highlands Camp Catering Ltd", "highlandscamp.example", role="Camp Utility Worker", tz="pg")
mo("application_received", "ack-kitts", "Application received: {role}",
   "Dear {n},\n\nThe Office of Human Resources has received your application for {role}. The search committee begins review on the closing date. Every applicant will be told the outcome when the search closes, selected or not.\n\n{sig}\n{co}",
   "Liamuiga School of Medicine", "liamuigamed.example", role="Simulation Lab Technician", tz="kn")
mo("application_received", "ack-forge", "Thank you for applying – {role}",
   "Dear {n},\n\nYour application for {role} at the Chakan plant is now logged with us. Our HR team will screen profiles over the next 15 days. Only shortlisted candidates will receive a call; others may consider the application closed.\n\nWarm regards,\n{sig}\nHR, {co}",
   "Bhima Precision Forgings Pvt Ltd", "bhimaforgings.example", role="Maintenance Engineer", tz="in")
mo("application_received", "ack-spice", "Application received – {role}",
   "Dear {n},\n\nYour {role} application is with us. If your profile is suitable, Administration will call you for a discussion at our Kochi office; if the post gets filled in between, we shall inform you by mail.\n\nRegards,\n{sig}\n{co}",
   "Malabar Coast Spice Exports", "malabarspice.example", role="Warehouse Supervisor", tz="in")
mo("application_received", "ack-banana", "{role} application received",
   "Hi {n},\n\nGood day! We received your application for {role}. HR will call the applicants for interview next week. Pass or not, we will text you po so you know. Thank you and God bless!\n\n{sig}\n{co}",
   "Tagum Fruit Exporters Inc.", "tagumfruit.example", role="Forklift Operator", tz="ph")
mo("application_received", "ack-lesotho", "Receipt of application: {role}",
   "Dear {n},\n\nYour application for {role} is here with us. If we stay silent for 21 days after closing, your application did not succeed. Thanks for applying to {co}.\n\n{sig}\nHuman Resources, {co}",
   "Thaba Bosiu Garments (Pty) Ltd", "thababosiu.example", role="Sewing Machine Mechanic", tz="ls")
mo("application_received", "ack-kiwi", "Season application received – {role}",
   "Kia ora {n},\n\nYour application for {role} this season is in. We place people in order of availability. If we fill up before we reach you, we'll flick you a text so you can look elsewhere.\n\nNgā mihi,\n{sig}\n{co}",
   "Kaimai Kiwifruit Packhouse", "kaimaikiwi.example", role="Packer", tz="nz")
mo("application_received", "ack-roadhouse", "Re: {role}",
   "G'day {n},\n\nGot your application for {role}. We'll ring the folks we want to talk to this weekend. If no call's come by next Friday, we've probably gone another way, no hard feelings.\n\n{sig}\n{co}",
   "Ngarla Creek Roadhouse", "ngarlacreek.example", role="Bar & Kitchen Hand", tz="auw")
mo("application_received", "ack-coop", "{role}: application received",
   "Hi {n},\n\nYour {role} application is in. The store team reviews applications weekly. If the team makes other picks, an email from us tells you.\n\nStaffing, {co}\n\n--\nMember-owners get 10% off during Member Days.\nWe are an equal opportunity employer. Accommodation is available at every stage of recruitment.",
   "Timberline Outfitters Co-op", "timberlineco-op.example", frm="{co} Staffing <staffing@{dom}>", role="Bike Shop Technician", tz="cae")
mo("application_received", "ack-it", "Application {ref} submitted",
   "Dear {n},\n\nYour application for {role} went through without errors. Our hiring panel will review it; if your candidature stops at this requirement, the careers portal will say so.\n\nTalent Acquisition Group, {co}\n\n---\nBeware of fake job offers. Hiring at {co} is free of charge from first click to joining day.",
   "Veloxis Digital Services Pvt Ltd", "veloxisdigital.example", frm="{co} Careers <noreply@{dom}>", role="Senior Consultant - SAP MM", tz="in")
mo("application_received", "ack-list", "Application received – Announcement {ref}",
   "Dear {full}:\n\nYour application for the {role} examination, Announcement {ref}, has been received. After scoring you will receive a Notice of Results with your final score and list rank. Being on the list does not guarantee an appointment, and candidates not reached during the life of the list receive no further notice.\n\nState Personnel Office\n{co}",
   "State of Ossining Civil Service Department", "civilservice.ossining.example", frm="{co} <exams@{dom}>", role="Park Ranger Trainee", tz="use")
mo("application_received", "ack-sift", "{role} (ref {ref}): application received",
   "Dear {n},\n\nThank you for applying for {role}. The sift will take place two weeks after closing. Candidates who do not demonstrate the essential criteria at the required level will be told by email and may request feedback.\n\nRecruitment Team\n{co}",
   "Moorcroft Fire and Rescue Service", "moorcroftfire.example", frm="{co} Recruitment <recruitment@{dom}>", role="Fire Control Operator", tz="uk")
mo("application_received", "ack-ineligible", "APPLICATION SUBMITTED – {role}",
   "Dear {n},\n\nYour application for {role} has been submitted on the recruitment portal. Applications will be screened for eligibility. Ineligible applicants get no CBT slot. Keep checking your portal dashboard.\n\nDirector, Human Resources\n{co}",
   "Federal Agency for Inland Waterways Transport", "fait-gov.example", frm="{co} Recruitment Portal <portal@{dom}>", role="Marine Engineer II", tz="ng")
mo("application_received", "ack-lgu", "Application received – {role}",
   "Dear {n},\n\nThe Human Resource Management Office has received your documents for {role}. The HRMPSB will conduct the initial assessment. Applicants not included in the shortlist shall be informed in writing.\n\n{sig}\nHRMO, {co}",
   "Municipal Government of Sta. Lucia, Pangasinan", "stalucia-pang.example", role="Municipal Engineering Aide", tz="ph")
mo("application_received", "ack-insight", "{co} {role} – application received",
   "Dear {n},\n\nYour {role} application is in. We usually get around 1,900 applications for 60 places, so a long wait means nothing. You'll have an email with the outcome before March, good or bad.\n\nEarly Careers Team\n{co}",
   "Harcastle Infrastructure Partners", "harcastle.example", frm="{co} Early Careers <earlycareers@{dom}>", role="Spring Insight Week", tz="uk")
mo("application_received", "ack-bschool", "Summer Internship 2026 – registration confirmed",
   "Dear {n},\n\nYour registration for the {co} {role} process is confirmed. The group discussion is on day one. Students not selected after the GD will be informed by the placement committee the same evening.\n\nCampus Relations\n{co}",
   "Sahyadri Consumer Products Ltd", "sahyadriconsumer.example", frm="{co} Campus Relations <campus@{dom}>", role="Summer Internship (Finance)", tz="in")
mo("application_received", "ack-nurse", "Submitted you – {role}",
   "Hi {n},\n\nDone: I've submitted your profile for the {role} contract. The manager usually decides in 48 hours. Should they pass, my call comes before any email, and we pick the next one together.\n\n{sig}\n{co}",
   "Aurora Clinical Staffing", "auroraclinical.example", role="ER RN (Sudbury)", tz="cae")
mo("application_received", "ack-ke", "Application received - {role}",
   "Dear {n},\nApplication ID: {ref}\nVacancy: {role}\nStage: Initial screening\nResult: Pending\n\nYou will receive an update when screening is completed, whether progressed or not.\n\n{co} HR System",
   "Rift Valley Horticulture Exports", "riftvalleyhort.example", frm="{co} HR <hrsystem@{dom}>", role="Pack Line Supervisor", tz="ke")


# ---------------------------------------------------------------- mix: interviews, next steps, offers (35)

mo("interview", "inv-conservator", "RE: [EXT] Re: Conservator interview",
   "Hi {n},\n\nApologies for my slow reply. We'd very much like a second conversation with you about the {role} post, with a practical in the lab: {dl} at 10:30.\n\nUnfortunately the staff entrance is closed for building works that week, so please come to the main desk and ask for me.\n\nBest wishes,\n{sig}\n\nOn {q}, {full} wrote:\n> Many thanks for the first interview; I'd love to hear next steps.",
   ("Harewood Vale Museum", "Chesapeake Maritime Museum"), ("harewoodvale.example", "chesmaritime.example"), role=("Paper Conservator", "Objects Conservator"), tz=("uk", "use"))
mo("interview", "inv-radio", "Interview – {role}",
   "Hi {n},\n\nYou've been shortlisted for {role} at {co}. Come in for a studio interview on {dl}, 2pm; you'll put together a ten-minute segment with our team.\n\nUnfortunately the car park is dug up for new tarmac; park at the public lot by the market.\n\n{sig}\nProgrammes Manager",
   ("Pwani Sauti FM", "Eko Waves 96.3"), ("pwanisauti.example", "ekowaves.example"), role=("Weekend Presenter", "News Producer"), tz=("ke", "ng"))
mo("interview", "inv-outdoor", "{role}: practical day",
   "Dear {n},\n\nYou're invited to our practical selection day for {role} on {dl}. Expect a river session and a short group facilitation; bring kit for all weathers.\n\nUnfortunately travel costs are yours, but lunch is on us.\n\n{sig}\nCentre Manager, {co}",
   ("Glenshee Outdoor Centre", "Kaikōura Adventure Education"), ("glensheeoutdoor.example", "kaikouraedu.example"), role=("Paddlesport Instructor", "Field Instructor"), tz=("uk", "nz"))
mo("interview", "inv-stage", "Re: [EXT] Re: coffee?",
   "Hi {n},\n\nLovely chat last week. Would you come and meet our artistic director about the {role} job? {dl}, 11am at the rehearsal room. Does that suit?\n\n{sig}\n{co}\n\nOn {q}, {full} wrote:\n> It was great to talk, thanks for the coffee.",
   "Blackwater Touring Theatre", "blackwatertheatre.example", role="Deputy Stage Manager", tz="ie")
mo("interview", "inv-kitts", "Interview invitation – {role}",
   "Dear {n},\n\nThe search committee invites you to a video interview for {role} on {dl} at 9:00 AM Atlantic time. The panel has three members and the interview lasts 45 minutes. Please confirm by reply.\n\n{sig}\nOffice of Human Resources, {co}",
   "Liamuiga School of Medicine", "liamuigamed.example", role="Library Services Assistant", tz="kn")
mo("interview", "inv-lgu", "Invitation: comparative assessment – {role}",
   "Dear {n},\n\nYou are included in the shortlist for {role}. Please appear for the written exam and panel interview on {dl}, 8 in the morning, Sangguniang Bayan session hall. Bring your original PDS and diploma.\n\nUnfortunately the main stairs are under repair, so use the side entrance.\n\n{sig}\nHRMO, {co}",
   "Municipal Government of Sta. Lucia, Pangasinan", "stalucia-pang.example", role="Administrative Aide III", tz="ph")
mo("interview", "inv-fmcg", "Kano role – client interview",
   "Hello {n},\n\nThe client asks to meet you for the {role} role in Kano. They've proposed {dl} at 11am at their Ikeja office. Confirm and the brief follows.\n\nBest,\n{sig}\n{co}",
   "Sterling Gate Recruiters", "sterlinggate.example", role="Route Sales Representative", tz="ng")
mo("interview", "inv-mas", "Come to the camp – {role}",
   "Good evening {n},\n\nWe saw your wirework photos and like them. Come to the mas camp on {dl} after 6pm, we will give you a headpiece frame to try.\n\n{sig}\n{co}",
   "Paramin Mas Productions", "paraminmas.example", role="Costume Wirebender", tz="tt")
mo("interview", "inv-penang", "Technical interview – {role}",
   "Dear {n},\n\nOur engineering manager would like to invite you for a technical interview for {role} on {dl}, 10:00 AM at our Bayan Lepas plant. Please bring your IC and your academic transcript.\n\nRegards,\n{sig}\n{co}",
   "Seberang Test Labs Sdn Bhd", "seberangtest.example", role="Test Engineer (Handler)", tz="my")
mo("interview", "inv-fleet", "RE: [EXT] Re: Depot manager",
   "Morning {n},\n\nThanks for the CV. I'd like to get you in to meet me and our ops manager for the {role} job: {dl} at 9am at the Laverton depot. Wear boots, we'll do a yard walk.\n\nCheers,\n{sig}\n{co}\n\nFrom: {full}\nSent: {q}\nSubject: Re: Depot manager\n\nCV attached as promised.",
   "Brolga Freight Lines", "brolgafreight.example", role="Depot Manager", tz="au")
mo("interview", "inv-chambers", "Invitation to interview – {role}",
   "Dear {n},\n\nChambers invites you to an interview for {role} on {dl} at 3 p.m. Prepare a ten-minute submission on the problem attached.\n\nYours sincerely,\n{sig}\nChambers Clerk, {co}",
   "Osu Castle Road Chambers", "osuchambers.example", role="Pupil", tz="gh")
mo("next_steps", "ns-list", "Canvass letter – {role}",
   "Dear {full}:\n\nYour name has been reached on the eligible list for {role}. To remain under consideration, complete the enclosed canvass form and return it by {dl}. Candidates who do not reply by then will be considered not interested in this appointment.\n\nState Personnel Office\n{co}",
   ("State of Ossining Civil Service Department", "Commonwealth of Tamarack Human Resources Division"), ("civilservice.ossining.example", "hrd.tamarack.example"), frm="{co} <exams@{dom}>", role=("Environmental Program Aide", "Clerk Typist II"), tz=("use", "usc"))
mo("next_steps", "ns-insure", "Next step: online assessment – {role}",
   "Dear {n},\n\nYou have progressed to the assessment stage for {role}. Complete the numerical and verbal tests by {dl} (about 40 minutes).\n\nUnfortunately the link cannot be reopened once it expires, so please set aside time early.\n\nTalent Team, {co}",
   ("Umoya Life Assurance", "Bedrock Mutual Insurance Plc"), ("umoyalife.example", "bedrockmutual.example"), frm="{co} Careers <careers@{dom}>", role=("Client Service Consultant", "Underwriting Trainee"), tz=("za", "ng"))
mo("next_steps", "ns-founder", "Take-home for {role}",
   "{n},\n\nEnjoyed the call. Next up, a short exercise: the brief is in the shared folder. Send it back by {dl}, and cap it at four hours; we'll pay for your time.\n\n{sig}\nCo-founder, {co}",
   ("Rootline Genomics", "Farmgate Analytics Lagos"), ("rootline.example", "farmgate-ng.example"), frm="{sig} <{sl}@{dom}>", role=("Agronomy Lead", "Field Data Associate"), tz=("usm", "ng"))
mo("next_steps", "ns-ortho", "Pre-employment checks – {role}",
   "Hi {n},\n\nGood news: the practice is keen to proceed. Before we can confirm, please send two referees and complete the background-check form by {dl}. I'll chase the referees myself once I have them.\n\nBest,\n{sig}\nPractice Manager, {co}",
   ("Brightbrace Orthodontics", "Smilecrest Ortho Group"), ("brightbrace.example", "smilecrest.example"), role=("Orthodontic Therapist", "Treatment Coordinator"), tz=("uk", "za"))
mo("next_steps", "ns-forge", "Aptitude test at plant – {role}",
   "Dear {n},\n\nYou have been shortlisted for {role}. Please report at the Chakan plant gate on {dl} at 9:30 AM for the aptitude test and shop-floor round. Carry your ID, resume and safety shoes.\n\nWarm regards,\n{sig}\nHR, {co}",
   "Bhima Precision Forgings Pvt Ltd", "bhimaforgings.example", role="Production Engineer (Machining)", tz="in")
mo("next_steps", "ns-ineligible", "CBT SCHEDULE – {role}",
   "Dear {n},\n\nScreening result: ELIGIBLE for {role}. Your computer-based test is scheduled for {dl}. Print your slip from the portal. Candidates who miss their slot cannot be rescheduled.\n\nDirector, Human Resources\n{co}",
   "Federal Agency for Inland Waterways Transport", "fait-gov.example", frm="{co} Recruitment Portal <portal@{dom}>", role="Administrative Officer II", tz="ng")
mo("next_steps", "ns-it", "Action required: documents for {role}",
   "Dear {n},\n\nYou have cleared the technical and managerial rounds for {role}. Upload degree certificates, three recent payslips and the relieving letter to the portal before {dl} so we can release the offer.\n\nTalent Acquisition Group, {co}",
   "Veloxis Digital Services Pvt Ltd", "veloxisdigital.example", frm="{co} Careers <noreply@{dom}>", role="Associate Consultant - SAP SD", tz="in")
mo("offer", "of-fleet", "RE: [EXT] RE: {role} – offer",
   "Hi {n},\n\nPleased to say the {role} job is yours. Formal paperwork follows from HR today; start date to suit your notice.\n\nCheers,\n{sig}\n{co}\n\nFrom: {full}\nSent: {q}\nSubject: RE: {role}\n\nThanks again for the yard walk, I'd be keen.",
   ("Brolga Freight Lines", "Karoo Cold Chain"), ("brolgafreight.example", "karoocold.example"), role=("Transport Planner", "Warehouse Shift Manager"), tz=("au", "za"))
mo("offer", "of-bikes", "Welcome to {co}!",
   "Hey {n}!\n\nWe loved having you in the workshop, and the {role} job is there for you, should you want it. Contract attached: 4 days a week, starting the 1st. Sign by {dl} if you're in.\n\n{sig} and the crew\nPowered by Teamtailor",
   ("Spokesmith Cycles", "Wickfield Candle Co."), ("spokesmith.example", "wickfield.example"), frm="{co} <no-reply@{dom}>", role=("Wheel Builder", "Pouring Room Assistant"), tz=("uk", "au"))
mo("offer", "of-hearing", "Offer of employment – {role}",
   "Dear {n},\n\nFollowing your interview, I'm delighted to confirm an offer for {role} at {co}. Attached: the letter setting out salary and start date. Please reply by {dl}.\n\n{sig}\nPeople Team\nSent via Greenhouse",
   ("Clearwave Hearing", "Hushbank Audiology"), ("clearwavehearing.example", "hushbank.example"), frm="{sig} <no-reply@{dom}>", role=("Hearing Aid Dispenser", "Clinic Receptionist"), tz=("ie", "au"))
mo("offer", "of-roadhouse", "You're in – {role}",
   "G'day {n},\n\nGood yarn on the phone. Job's yours if you're keen: {role}, room and meals included, start whenever you can get up here. Let me know by {dl}.\n\n{sig}\n{co}",
   "Ngarla Creek Roadhouse", "ngarlacreek.example", role="Live-in Cook/Fuel Attendant", tz="auw")
mo("offer", "of-za", "Articles offer – {role}",
   "Hi {n},\n\nThe Durban practice made an offer for {role}, starting with the February intake. I've attached their letter. They'd like your signature by {dl}.\n\nRegards,\n{sig}\n{co}",
   "Springbok Finance Recruiters", "springbokfinance.example", role="Trainee Accountant (SAICA)", tz="za")
mo("offer", "of-banana", "Job offer – {role}",
   "Hi {n},\n\nGood day! Happy news, you are hired as {role}. Come to the HR office on {dl} for your contract signing and orientation. Bring your NBI clearance po.\n\n{sig}\n{co}",
   "Tagum Fruit Exporters Inc.", "tagumfruit.example", role="Packing Plant Checker", tz="ph")
mo("offer", "of-grants", "RE: [EXT] Re: {role} - next chapter",
   "Hi {n},\n\nThe board approved it last night: we're offering you the {role} position. The letter attached has the details. Can you let me know by {dl}?\n\nWarmly,\n{sig}\nExecutive Director, {co}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: Re: {role}\n\nGreat to talk this afternoon.",
   "Sunflower Valley Family Services", "sunflowervalley.example", role="Development Associate", tz="usc")


# ---------------------------------------------------------------- mix: other (15)

mo("other_job", "oth-status", "Application status update",
   "{co}\n\nApplicant: {full}\nPosition: {role}\nStatus: Sitting with the hiring team\n\nNo action from you for now. View your applications at https://jobs.{dom}",
   ("Redfern Utilities", "Canterbury Seed Co"), ("redfernutilities.example", "canterburyseed.example"), frm="{co} Jobs <no-reply@{dom}>", role=("Water Treatment Operator", "Seed Cleaning Operator"), tz=("usp", "nz"))
mo("other_job", "oth-withdrawn", "Withdrawal confirmed: {role}",
   "<html><body><p>Hello {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Job</th><th>Req</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Withdrawn at candidate's request</td></tr></table><p>Done: at your request the application is withdrawn. Applying again later is always open to you.</p><p>{co} Careers</p></body></html>",
   ("Halden Pumps Inc.", "Karri Timber Products"), ("haldenpumps.example", "karritimber.example"), frm="{co} Careers <careers@{dom}>", role=("Machinist", "Kiln Operator"), tz=("usc", "auw"))
mo("other_job", "oth-hold", "{role} – a short delay",
   "Hi {n},\n\nQuick heads-up: the {role} vacancy is being re-graded by our pay team, and shortlisting has moved back about three weeks. Nothing's decided and your application stays open.\n\n{sig}\n{co}",
   "Lakeshore Plastics", "lakeshoreplastics.example", role="Process Technician", tz="cae")
mo("job_alert", "alert-books", "New jobs near you this week",
   "Hi {n},\n\nYour saved search at {co} found three new jobs:\n- Bookseller, 16 hrs, city centre\n- Café Assistant, weekends\n- Stockroom Assistant, early starts\n\nSee all and apply at https://careers.{dom}/alerts\nTo change your alert, sign in. {co} Ltd, 14 Quire Lane, Leeds.",
   ("Marginalia Booksellers", "Inkwell & Quire Stationers"), ("marginalia-books.example", "inkwellquire.example"), frm="{co} Job Alerts <alerts@{dom}>", tz=("uk", "uk"))
mo("job_alert", "alert-cinema", "Jobs at your favourite {co} venues",
   "Hi {n},\n\nNew roles you might like:\n* Duty Manager, Fremantle\n* Team Member (Bar), Subiaco\n* Cleaner, overnight\n\nApply at https://jobs.{dom}. Manage your alerts | Unsubscribe",
   "Picturedrome Cinemas", "picturedrome.example", frm="{co} Jobs <jobs-noreply@{dom}>", tz="auw")
mo("recruiter_outreach", "pitch-nurse", "ICU contracts this winter",
   "Hi {n},\n\nYour profile caught my eye: we have 13-week ICU and step-down contracts across northern Ontario this winter with housing covered. Free for a 10-minute call this week?\n\n{sig}\nTravel Nurse Recruiter, {co}",
   "Prairie Wings Nurse Travel", "prairiewings.example", tz="cae")
mo("recruiter_outreach", "pitch-qs", "QS roles - Munster",
   "Hi {n},\n\nHope you don't mind the cold message. I look after QS hiring for a few main contractors around Cork and Limerick, and two of them are looking for intermediates right now. Fancy a chat?\n\n{sig}\n{co}",
   "Shannonside Construction Talent", "shannonside.example", tz="ie")
mo("non_job_rejection_words", "nonjob-flat", "Rondebosch flat – viewing follow-up",
   "Hi {n},\n\nGood to show you the flat on Saturday. In the end the owner picked a different applicant's offer, so the unit is off the market. I'll ping you if something similar comes up in Rondebosch.\n\n{sig}\n{co}",
   "Lion's Head Lettings", "lionsheadlettings.example", tz="za")
mo("non_job_rejection_words", "nonjob-loan", "Your student loan application",
   "Dear {n},\n\nYour application for a student loan for the coming academic year has been assessed. It cannot be approved because the guarantor's documents could not be verified. You may reapply with new documents within 30 days.\n\nLoans Office\n{co}",
   "Adinkra Education Loan Trust", "adinkraloans.example", tz="gh")
mo("non_job_rejection_words", "nonjob-grant", "Project grant round – decision",
   "Dear {n},\n\nThe Project Grant panel has met. Sadly your proposal for a community printmaking series was not funded this time. Requests totalled four times the money available.\n\nArts Team\n{co}",
   "Midlands Arts Fund", "midlandsartsfund.example", tz="ie")
mo("non_job_rejection_words", "nonjob-sailing", "Learn to Sail – summer course",
   "Hi {n},\n\nThanks for registering for the summer Learn to Sail course. We're afraid all places are now taken, and you're sixth on the waiting list.\n\n{sig}\n{co}",
   "Okahu Bay Sailing Club", "okahubaysailing.example", tz="nz")
mo("non_job_rejection_words", "nonjob-ballot", "Your ballot result",
   "Hi {n},\n\nThe ballot for next year's race has been drawn, and sadly your entry was not successful. Over 80,000 people entered for a few thousand places. Charity entries remain an option.\n\n{co}",
   "Riverside Half Marathon", "riversidehalf.example", frm="{co} <entries@{dom}>", tz="uk")


# ---------------------------------------------------------------- wide: 25 English refusals, new trades and channels

wr("croc", "Re: your response to \"Farm hand wanted - crocodile pens\"",
   "[Classifieds message] {co} replied to you:\n\nHey {n}, cheers for answering the ad. The pen-cleaning job's gone to a bloke who's done two wet seasons with us before, so we're right for now. Ad comes down tonight.\n\n{sig}\n\nReply in the app. Never send money to anyone you meet here.",
   "Daintree Croc Farm", "daintreecroc.example", frm="Classifieds Messages <messages@{dom}>", tz="auq")
wr("zamboni", "Zoom chat saved: Rink staff interview",
   "Chat transcript saved from your meeting\n\n10:42 {sig}: thanks for jumping on {n}\n10:58 {sig}: so for the ice resurfacer driver spot we're going with Marcel, he has his propane cert already\n10:58 {sig}: you can still sign up for public skate shifts if you want hours\n10:59 {full}: ok thanks\n\n{co} Arena",
   "Coteau Community", "coteauarena.example", frm="Meeting Chat <no-reply@{dom}>", tz="cae")
wr("smith", "New message about your order enquiry",
   "{co} sent a new message to your shop inbox:\n\n\"Hi {n}, lovely of you to ask about striking for me at the forge. I've taken on my neighbour's son for the summer, he's strong and local, so I haven't a place. Try the heritage forge at Ironbridge, they train people.\"\n\nView conversation | Shop policies",
   "Hollow Anvil Forge", "hollowanvil.example", frm="Shop Messages <shopmail@{dom}>", tz="uk")
wr("bindery", "{sig} commented on record: Apprentice applications",
   "{sig} left a comment on the record \"{full} - apprentice bookbinder\":\n\n\"Decided: not offering. We've taken the apprentice who finished the City & Guilds course, and we can only fund one place. Sending {n} a note from my own account too.\"\n\nStatus field changed: Shortlist → Declined\n\nOpen base",
   "Quarto & Calf Bindery", "quartocalf.example", frm="Base Notifications <notify@{dom}>", tz="uk")
wr("hatter", "Re: Hatter's assistant (Brooklyn)",
   "Hi {n},\n\nThanks for the reply to my listing and the photos of your felt work. I've hired somebody who can already block on a steam table, so the job's taken. Good luck!\n\n{sig}\n\n-- replied via anonymised classifieds relay. Do not share personal details.",
   "Finch & Brim Hats", "finchbrim.example", frm="{sig} <reply-{ref}@relay.{dom}>", tz="use")
wr("venom", "[Task] Keeper trainee shortlist – comment from {sig}",
   "{sig} commented on \"Venom lab keeper trainee – shortlist\":\n\n@recruitment we're closing {full}'s application, no interview. We need someone with documented elapid handling hours for insurance and {n} has none yet. Please send the standard reply.\n\nTask marked complete by {sig}.",
   "Kimberley Reptile Venom Lab", "kimberleyvenom.example", frm="Task Updates <tasks@{dom}>", tz="auw")
wr("mahout", "Your form response: Volunteer mahout trainee 2026",
   "Thank you for completing the form. This is the response from the sanctuary team:\n\nDear {n}, the mahout trainee places for 2026 are now filled by young people from the villages near the sanctuary, as our community policy requires. We cannot accept foreign trainees this year.\n\n{co}, Chiang Mai",
   "Mae Taeng Elephant Haven", "maetaenghaven.example", frm="Forms <forms-receipts@{dom}>", tz="th")
wr("erickshaw", "{co}: driver registration",
   "{co}: Dear {n}, your e-rickshaw driver registration {ref} is REJECTED. Reason: driving licence category not valid for e-rickshaw. Visit the depot with the correct licence to apply again. Tap to open.",
   "Chalo Green Rickshaw Fleet", "chalogreen.example", frm="{co} <rbm-{ref}@{dom}>", tz="in")
wr("tinsmith", "Skype chat history",
   "Conversation with {sig}\n\n[{q}] {sig}: hey {n}, about the tinsmith trainee spot\n[{q}] {sig}: we had the fella from the museum village come in and he's taking it\n[{q}] {sig}: sorry, nothing else open in the shop now\n[{q}] {full}: understood, thank you\n\n{co}",
   "Lantern & Dipper Tinworks", "lanterndipper.example", frm="Chat History <history@{dom}>", tz="usc")
wr("copper", "Message board: Hiring – retinning bench",
   "{sig} posted on the message board in \"Workshop\":\n\nHiring update: the retinning bench assistant goes to Ruth, who did copper pots at her old restaurant. {n}, thanks for your try-out; I'm closing your application, we won't need a second person this year.\n\nApplaud | Comment",
   "Verdigris Copperworks", "verdigriscopper.example", frm="Message Board <notifications@{dom}>", tz="usm")
wr("pewter", "Casting room places – this year's result",
   "Hi {n},\n\nThis email goes to everybody who applied to the pewter casting room this spring. We had 74 of you for two places, and those two places have now been taken. If this reaches you, you are not one of the two.\n\nUnsubscribe from casting room news\n{co}, Sheffield",
   "Burrowlee Pewter", "burrowleepewter.example", frm="{co} <news@{dom}>", tz="uk")
wr("paper", "[Ticket #{ref}] Papermaking apprenticeship",
   "Your request #{ref} has been updated.\n\n{sig} (Mill office):\nHello {n}, thanks for your patience. I've checked with the vat room and the apprenticeship went to a candidate who already works our beater. Your application is closed and I'm marking this ticket solved.\n\nReply to reopen this ticket.",
   "Wookey Vale Paper Mill", "wookeyvale.example", frm="Mill Office <support@{dom}>", tz="uk")
wr("broom", "A neighbour replied to your post",
   "{sig} from Pine Hollow answered your post \"Craft work wanted\":\n\n\"Hi {n}, we did need a hand in the broom shop at the craft village but my nephew's taken it for the season. Will shout on here if that changes.\"\n\nSent since you posted in your neighbourhood.",
   "Pine Hollow Craft Village", "pinehollow.example", frm="Neighbourhood <notify@{dom}>", tz="use")
wr("rock", "Declined: Trial shift – rock kitchen",
   "{sig} has declined this invitation.\n\nTrial shift – rock kitchen\nWhen: {dl}, 07:00\n\nNote from {sig}: \"{n}, I'm cancelling this one. We've given the sugar boiler's job to Tasha from the front shop, she's been asking for a year. Sorry to mess you about.\"\n\nInvitation from shared calendar",
   "Scarborough Sea Rock Co", "searock.example", frm="Calendar <calendar-notification@{dom}>", tz="uk")
wr("floss", "New message in Fairground Crew group",
   "Organiser {sig} sent a message to the group:\n\nCheers to all who put names down for the candy floss stall at the Ballinasloe fair. The three spots are taken by people who've worked it before. {n} and the others on the list, not this year, but the group stays open.\n\nLeave group | Mute",
   "Ballinasloe Fair Crew", "fairgroundcrew.example", frm="Group Messages <group@{dom}>", tz="ie")
wr("icesculpt", "{sig} replied to your comment",
   "{sig} replied in \"Winterlude swan – carving plan\":\n\n\"@{n} thanks for the drawing notes. We've picked the carving assistant for the festival though: Dana, who worked chainsaw on last year's block. Your comments are still in the file if that's useful.\"\n\nView in file",
   "Frostline Ice Sculpture", "frostlineice.example", frm="Design File <comments@{dom}>", tz="cae")
wr("groomer", "Staff hub notice: winter recruitment",
   "Notice posted to your staff hub account\n\nDear {n},\nYour application for Snow Groomer Operator (nights) has been assessed. We've filled both night cat positions with operators holding a current heavy vehicle endorsement. Your hub account stays active for lift and café roles.\n\n{co} Mountain Ops",
   "Tūroa Ridge Ski Area", "turoaridge.example", frm="{co} Staff Hub <hub@{dom}>", tz="nz")
wr("zipline", "{co} replied to your message",
   "{co} replied to your message:\n\n\"Hello {n}! Salamat for wanting to be a zipline guide with us. We already have our guides for this peak season, all of them from Loboc. Keep following our page for future hiring!\"\n\nReply | Page inbox",
   "Loboc River Zipline Adventures", "lobocziplines.example", frm="Page Messages <page@{dom}>", tz="ph")
wr("rigger", "Comment on \"Rigger trainee candidates\"",
   "{sig} resolved a comment in \"Rigger trainee candidates\":\n\n\"{full}: no. FAA senior rigger course is required before we can train on reserves, and the two seats went to jumpers who hold it. I'll email {n}.\"\n\nOpen document",
   "High Desert Skydive Center", "highdesertskydive.example", frm="Documents <comments-noreply@{dom}>", tz="usm")
wr("sari", "New message from {co}",
   "{co} sent you a message:\n\n\"Namaste {n}, thank you for asking about the sari draping job for the wedding season. We have already booked the drapers we need for November and December, so no opening now. We will message if a bride books extra.\"\n\nReply in business chat",
   "Mayur Bridal Studio", "mayurbridal.example", frm="Business Messages <messages@{dom}>", tz="in")
wr("knife", "Your answers to \"Knife sharpening van - driver/sharpener\"",
   "Thanks for your answers, {n}!\n\nHere's what happens next: based on your responses, you're short of the two years of edge work we ask for, so this ends here. We read every form ourselves.\n\n{co}",
   "Keen Edge Mobile Sharpening", "keenedge.example", frm="{co} via Forms <notifications@{dom}>", tz="usp")
wr("window", "{sig} in Rounds & Staff",
   "{sig} posted in Rounds & Staff:\n\n@{full} cheers for coming out on the ladders Tuesday. Dev and I talked it over and we're taking Leon on for the Harrogate round, he's got his own van. Nothing for you at the moment mate.\n\nReply in space",
   "Crystal Pane Window Cleaning", "crystalpane.example", frm="Chat <chat-noreply@{dom}>", tz="uk")
wr("gutter", "{sig} mentioned you in Crew hiring",
   "{sig} mentioned you in Crew hiring → Applicants:\n\n\"@{n} thanks for the test day on the roof. We're going with Brodie, he's got a heights ticket already. Archived your row.\"\n\nGo to page",
   "Downpipe Gutter Crew", "downpipecrew.example", frm="Workspace <notify@{dom}>", tz="au")
wr("bamboo", "Site app: apprentice intake update",
   "{co} Site App\n\nDear {n}, your registration for the bamboo scaffolding apprentice intake was reviewed. This intake is full. You were not selected. You may register again for the next intake.\n\nOpen app for details",
   "Kowloon Bamboo Scaffolding Works", "kowloonbamboo.example", frm="{co} Site App <push@{dom}>", tz="hk")
wr("borehole", "{co} SMS",
   "{co}: {n}, ombi lako la kazi ya msaidizi wa kuchimba visima / your application for driller's helper: NOT SUCCESSFUL. The rig team is full this season. Reply 1 for other jobs.",
   "Kitui Borehole Drillers", "kituiboreholes.example", frm="{co} SMS <sms@{dom}>", tz="ke")


# ---------------------------------------------------------------- wide: 25 refusals in other languages

wr("de-werft", "Ihre Bewerbung in der Bootswerft",
   "Moin {n},\n\nIhre Mappe für die Helferstelle im Bootsbau haben wir in Ruhe gelesen. Die Stelle haben wir inzwischen an einen Gesellen aus unserem letzten Lehrjahr vergeben, daher wird es mit uns diesmal nichts.\n\nGrüße von der Förde\n{sig}\n{co}",
   "Bootswerft Laboe", "werft-laboe.example", tz="eu", lang="de")
wr("fr-imprimerie", "Votre candidature – conducteur offset",
   "Bonjour {n},\n\nVotre dossier de conducteur offset a été lu avec attention. L'imprimerie a retenu un autre candidat, déjà formé sur notre presse quatre couleurs ; votre dossier ne va donc pas plus loin cette saison.\n\nCordialement,\n{sig}\n{co}, Dakar",
   "Imprimerie du Cap-Vert", "imprimeriecapvert.example", tz="sn", lang="fr")
wr("es-buses", "Convocatoria conductor – resultado",
   "Hola {n}:\n\nLa convocatoria para conductor de la ruta alimentadora ya se cerró. Escogimos a otra persona que tenía la licencia C2 vigente, así que tu hoja de vida no continúa en este proceso.\n\nUn saludo,\n{sig}\nGestión Humana, {co}",
   "Transportes Sabana Norte", "sabananorte.example", tz="co", lang="es")
wr("pt-cortica", "Candidatura – operador de rolhas",
   "Olá {n},\n\nA vaga de operador na linha de rolhas já foi preenchida por outra pessoa, que já trabalhava connosco como temporária. Por isso não vamos avançar com a sua candidatura.\n\nObrigada pelo interesse,\n{sig}\n{co}, Santa Maria da Feira",
   "Corticeira do Vouga", "corticeiravouga.example", tz="pt", lang="pt")
wr("it-rifugio", "Stagione al rifugio",
   "Ciao {n},\n\ngrazie del messaggio e del curriculum. Per la stagione estiva al rifugio la squadra è già fatta: abbiamo preso due ragazzi della valle che conoscono i sentieri. Quest'estate, quindi, niente posto per te.\n\nUn caro saluto,\n{sig}\n{co}",
   "Rifugio Passo delle Marmotte", "rifugiomarmotte.example", tz="eu", lang="it")
wr("ru-banya", "Вакансия банщика",
   "Здравствуйте, {n}!\n\nСпасибо за отклик на вакансию банщика. На это место мы взяли человека с опытом парения веником, поэтому продолжать рассмотрение вашей кандидатуры не будем.\n\nС уважением,\n{sig}\n{co}",
   "Баня на Таганке", "banya-taganka.example", tz="ru", lang="ru")
wr("ar-tumour", "بخصوص طلبك لوظيفة مشرف تعبئة",
   "مرحباً {n}،\n\nشكراً لاهتمامك بالعمل في مصنع التمور لدينا. بعد مراجعة الطلبات اخترنا مرشحاً آخر لوظيفة مشرف خط التعبئة، لذلك لن نمضي في طلبك هذه المرة.\n\nمع التحية،\n{sig}\n{co}، القصيم",
   "مصنع واحة القصيم للتمور", "qassimdates.example", tz="sa", lang="ar")
wr("hi-thappa", "ठप्पा छपाई सहायक – आपका आवेदन",
   "नमस्ते {n} जी,\n\nब्लॉक छपाई वाले हमारे कारख़ाने में हाथ बँटाने की जगह को लेकर आपका संदेश मिला था। यह जगह बगरू के एक पुराने कारीगर के बेटे को मिल चुकी है; सो अभी आपको बुलाना संभव न होगा।\n\nधन्यवाद,\n{sig}\n{co}, जयपुर",
   "रंगरेज़ ब्लॉक प्रिंट्स", "rangrezprints.example", tz="in", lang="hi")
wr("ja-ryokan", "仲居職へのご応募について",
   "{n}様\n\nこのたびは当館の仲居職にご応募いただき、ありがとうございました。女将とも話し合いました結果、今回は地元で接客経験のある方をお迎えすることとなりました。まことに恐縮ながら、{n}様のご採用は見送りとさせていただきます。\n\n{co}\n{sig}",
   "湯の花旅館", "yunohana-ryokan.example", tz="jp", lang="ja")
wr("ko-webtoon", "어시스턴트 모집 결과 안내",
   "{n}님 안녕하세요.\n\n웹툰 채색 어시스턴트 모집에 포트폴리오를 보내 주셔서 고마웠습니다. 작가님과 상의한 끝에 배경 작업 경력이 더 긴 분과 이번 연재를 함께하게 되어, {n}님께는 기회를 드리지 못하게 되었습니다.\n\n{sig} 드림\n{co}",
   "달빛칸 스튜디오", "dalbitkan.example", tz="kr", lang="ko")
wr("zh-hotpot", "后厨帮工应聘结果",
   "{n}你好：\n\n感谢你来应聘我们火锅店的后厨帮工。这个岗位我们已经招到一位做过串串的师傅，这次就不安排你来试工了。\n\n{sig}\n{co}（成都）",
   "老码头火锅", "laomatou-hotpot.example", tz="cn", lang="zh")
wr("tr-simit", "Simitçi çırak başvurusu",
   "Merhaba {n},\n\nFırınımızdaki simitçi çıraklığı için gönderdiğin başvuruya baktık. Bu pozisyona mahalleden, daha önce tezgâhta çalışmış bir arkadaşı aldık; bu yüzden seninle devam edemiyoruz.\n\nKolay gelsin,\n{sig}\n{co}",
   "Karaköy Taş Fırın", "karakoytasfirin.example", tz="tr", lang="tr")
wr("sw-jahazi", "Nafasi ya mwanafunzi wa ujenzi wa majahazi",
   "Habari {n},\n\nTumepokea ombi lako la kujifunza ujenzi wa majahazi hapa karakana. Tumeshampata kijana mwingine kutoka Nungwi kwa msimu huu, kwa hiyo hatutaweza kukuchukua sasa.\n\nKila la heri,\n{sig}\n{co}",
   "Karakana ya Majahazi Nungwi", "nungwidhows.example", tz="tz", lang="sw")
wr("th-nuad", "ผลการสมัครงานผู้ช่วยร้านนวด",
   "เรียนคุณ{n}\n\nขอบคุณที่สนใจมาร่วมงานกับร้านนวดแผนไทยของเรา ทางร้านได้เลือกผู้ที่มีใบประกาศนวดไทยครบ 150 ชั่วโมงแล้ว จึงขอแจ้งว่ารอบนี้ยังรับคุณเข้าทำงานไม่ได้\n\n{sig}\n{co}",
   "ร้านนวดบ้านสบายใจ", "baansabaijai.example", tz="th", lang="th")
wr("ur-truckart", "ٹرک آرٹ ورکشاپ – شاگردی کی درخواست",
   "محترم {n}،\n\nٹرک آرٹ ورکشاپ میں شاگرد کی جگہ کے لیے آپ کا پیغام ملا۔ یہ جگہ ہم نے استاد جی کے بھتیجے کو دے دی ہے، اس لیے فی الحال آپ کو نہیں رکھ سکتے۔\n\nشکریہ،\n{sig}\n{co}، راولپنڈی",
   "رنگ محل ٹرک آرٹ", "rangmahaltruckart.example", tz="pk", lang="ur")
wr("awa-chikan", "चिकनकारी कारीगर कै जगह",
   "राम राम {n},\n\nचिकनकारी कारखाना मा कारीगर कै जगह खातिर तोहार अर्जी मिलि गै रही। ऊ जगह पै हम पुरान कारीगर कै बिटिया का रख लिहेन है, यहि बदे अबकी बार तोहका नाहीं रख पाउब।\n\n{sig}\n{co}, लखनऊ",
   "नवाबी चिकन कारखाना", "nawabichikan.example", tz="in", lang="awa")
wr("mwr-furniture", "थांरी अरजी रै बाबत",
   "खम्मा घणी {n} सा,\n\nपुराणा फर्नीचर री कारखाने में कारीगर री जगा सारू थांरी अरजी मिळगी। म्हें इण बार दूजा कारीगर नै राख लियो है, इण वास्ते थांनै काम कोनी दे सकां।\n\nराम राम,\n{sig}\n{co}, जोधपुर",
   "मरुधर एंटीक कारखानो", "marudharantique.example", tz="in", lang="mwr")
wr("skr-pottery", "نیلی مٹی دے کارخانے دی نوکری",
   "{n} صاحب،\n\nتہاݙی درخواست نیلی مٹی دے کارخانے کیتے ملی ہے۔ اساں ایں واری ٻئے کاریگر کوں رکھ گھدا ہے، ایں سانگے تہاکوں ایہ نوکری نہیں ݙے سڳدے۔\n\nمہربانی،\n{sig}\n{co}، ملتان",
   "ملتانی نیلی مٹی کارخانہ", "multanbluepottery.example", tz="pk", lang="skr")
wr("syl-tandoor", "তন্দুরি শেফর কাম",
   "আসসালামু আলাইকুম {n} ভাই,\n\nআমরার রেস্টুরেন্টো তন্দুরি শেফর লাগি আফনার দরখাস্ত পাইছি। ই কামর লাগি আমরা আরেকজনরে রাখি লাইছি, এরলাগি ইবার আফনারে রাখা যাইতো নায়। মাফ করবা।\n\n{sig}\n{co}",
   "সুরমা তন্দুরি হাউস", "surmatandoori.example", tz="uk", lang="syl")
wr("bo-thangka", "ཐང་ཀ་འབྲི་སློབ་ཀྱི་ལས་ཀ།",
   "{n}ལགས།\n\nཐང་ཀ་འབྲི་ཁང་གི་རོགས་པའི་ལས་ཀའི་ཆེད་དུ་ཞུ་ཡིག་ཕུལ་བར་ཐུགས་རྗེ་ཆེ། ལས་ཀ་འདི་སློབ་ཕྲུག་རྙིང་པ་ཞིག་ལ་སྤྲད་ཟིན་པས། ཐེངས་འདིར་ཁྱེད་རང་ལས་ཀར་འཛུལ་ཐབས་མི་འདུག\n\n{sig}\n{co}",
   "ཐང་ཀ་འབྲི་ཁང་། དྷ་རམ་ས་ལ།", "dharamsalathangka.example", tz="in", lang="bo")
wr("wuu-shengjian", "学徒应聘个回音",
   "{n}侬好：\n\n谢谢侬来应聘阿拉生煎馒头店个学徒。格只位子阿拉已经寻着人了，是隔壁弄堂里个小囡，搿趟就勿请侬来试工了。\n\n{sig}\n{co}",
   "老弄堂生煎", "laonongtang.example", tz="cn", lang="wuu")
wr("kab-tazemmurt", "Asuter-ik n uxeddim deg tmeɛṣert",
   "Azul a {n},\n\nTanemmirt ɣef usuter-ik n uxeddim deg tmeɛṣert n uzemmur. Nextar yiwen nniḍen i umkan-a, d mmi-s n yiwen seg yiferrekan n taddart, ihi ur k-d-nessawal ara i temlilit.\n\nS tezmert,\n{sig}\n{co}, Tizi Wezzu",
   "Tameɛṣert n Ait Yenni", "aityenni-oil.example", tz="dz", lang="kab")
wr("bem-musika", "Incito ku musika",
   "Mwapoleni ba{n},\n\nNatotela pa kutuma ukulomba kwenu kwa ncito ya kushitisha ifisabo ku musika. Twasala kale umuntu umbi uwaishibe ababomba pano, e ico tatwakwata incito iyi kuli imwe pali ino nshita.\n\n{sig}\n{co}, Lusaka",
   "Soweto Fresh Produce Stand", "sowetoproduce.example", tz="zm", lang="bem")
wr("ve-pottery", "Mushumo wa u vhumba mbiya",
   "Ndaa {n},\n\nRi a livhuwa nga u ḓiṋekedza kha mushumo wa u vhumba mbiya fhano kha tshigwada tshashu. Ro no nanga muṅwe muthu we a vha e na tshenzhemo, ngauralo a ri nga koni u ni dzhenisa kha mushumo uyu zwino.\n\n{sig}\n{co}, Thohoyandou",
   "Tshigwada tsha Mbiya tsha Ha-Mutale", "hamutalepottery.example", tz="za", lang="ve")
wr("lus-puan", "Puan tah hna dilna chungchang",
   "Chibai {n},\n\nKan puan tah hmunah hna dil i thawn avangin kan lawm e. Hna hi mi dang, kum tam puan tah thiam tawh kan thlang tawh a, tum ah hi chuan nangmah kan la thei lo.\n\n{sig}\n{co}, Aizawl",
   "Zo Puan Tah Hmun", "zopuantah.example", tz="in", lang="lus")


# ---------------------------------------------------------------- wide: English twins (34)

wo("application_received", "ack-croc", "Re: your response to \"Farm hand wanted\"",
   "[Classifieds message] {co} replied to you:\n\nHey {n}, got your reply, cheers. A few people are coming out this weekend. If I go with someone else I'll message you here, so you aren't left hanging.\n\n{sig}\n\nReply in the app. Never send money to anyone you meet here.",
   ("Daintree Croc Farm", "Adelaide River Croc Park"), ("daintreecroc.example", "adelaidecroc.example"), frm="Classifieds Messages <messages@{dom}>", tz=("auq", "aun"))
wo("application_received", "ack-knife", "Your answers to \"Driver/sharpener\"",
   "Thanks for your answers, {n}!\n\nHere's what happens next: we read every form ourselves within a week. If your answers don't match the two years of edge work we need, a short reply tells you so; if they do, we'll set up a ride-along.\n\n{co}",
   ("Keen Edge Mobile Sharpening", "Whetstone Wagon"), ("keenedge.example", "whetstonewagon.example"), frm="{co} via Forms <notifications@{dom}>", tz=("usp", "usc"))
wo("application_received", "ack-floss", "New message in Fairground Crew group",
   "Organiser {sig} sent a message to the group:\n\nThanks everyone who put a name down for the stalls this year. Picks will be made on the 1st. Whether you're in or not, I'll message each of you on here.\n\nLeave group | Mute",
   ("Ballinasloe Fair Crew", "Puck Fair Stall Crew"), ("fairgroundcrew.example", "puckfaircrew.example"), frm="Group Messages <group@{dom}>", tz=("ie", "ie"))
wo("application_received", "ack-gutter", "{sig} mentioned you in Crew hiring",
   "{sig} mentioned you in Crew hiring → Applicants:\n\n\"@{n} added your row, thanks for the CV. Test days are next fortnight. If we pick someone else, I'll archive the row and ping you here.\"\n\nGo to page",
   ("Downpipe Gutter Crew", "Clearflow Gutters"), ("downpipecrew.example", "clearflowgutters.example"), frm="Workspace <notify@{dom}>", tz=("au", "nz"))
wo("interview", "inv-smith", "New message about your enquiry",
   "{co} sent a new message to your shop inbox:\n\n\"Hi {n}, thanks for asking about striking at the forge. Can you come for a half-day on {dl}? Wear cotton, not synthetics, and bring boots. Unfortunately the forge has no parking, use the village hall.\"\n\nView conversation",
   ("Hollow Anvil Forge", "Red Hearth Forge"), ("hollowanvil.example", "redhearth.example"), frm="Shop Messages <shopmail@{dom}>", tz=("uk", "uk"))
wo("next_steps", "ns-rigger", "Comment on \"Rigger trainee candidates\"",
   "{sig} commented in \"Rigger trainee candidates\":\n\n\"@{n} you've made the next step. Please upload your senior rigger certificate and logbook pages to this doc by {dl} so we can confirm your training slot.\"\n\nOpen document",
   ("High Desert Skydive Center", "Coastal Drop Zone"), ("highdesertskydive.example", "coastaldz.example"), frm="Documents <comments-noreply@{dom}>", tz=("usm", "use"))
wo("application_received", "ack-zamboni", "Zoom chat saved: Rink staff interview",
   "Chat transcript saved from your meeting\n\n14:10 {sig}: thanks {n}, good chat\n14:11 {sig}: two more people are coming in this week for the resurfacer spot\n14:11 {sig}: yes or no, I'll email you by Friday\n14:12 {full}: sounds good\n\n{co} Arena",
   "Coteau Community", "coteauarena.example", frm="Meeting Chat <no-reply@{dom}>", tz="cae")
wo("application_received", "ack-bindery", "New record: Apprentice applications",
   "A new record was added to \"Apprentice applications\":\n\nName: {full}\nStatus: Received\nNote from {sig}: \"Replied to {n}: we'll decide after the bench tests. If it's not an offer, I'll write personally.\"\n\nOpen base",
   "Quarto & Calf Bindery", "quartocalf.example", frm="Base Notifications <notify@{dom}>", tz="uk")
wo("application_received", "ack-hatter", "Re: Hatter's assistant (Brooklyn)",
   "Hi {n},\n\nThanks for replying to the listing. I'm looking at felt work samples through next week. If somebody else ends up a better fit, I'll still come back to you here.\n\n{sig}\n\n-- replied via anonymised classifieds relay.",
   "Finch & Brim Hats", "finchbrim.example", frm="{sig} <reply-{ref}@relay.{dom}>", tz="use")
wo("application_received", "ack-venom", "[Task] New applicant – keeper trainee",
   "{sig} created a task \"Reply to {full}\":\n\n@recruitment please acknowledge {n}'s application. Shortlisting is on the 20th; applicants without documented elapid hours will get the standard reply then, others an interview slot.\n\nDue: this week",
   "Kimberley Reptile Venom Lab", "kimberleyvenom.example", frm="Task Updates <tasks@{dom}>", tz="auw")
wo("application_received", "ack-mahout", "Your form response: Volunteer mahout trainee 2026",
   "Thank you for completing the form. A copy of your answers is below.\n\nThe sanctuary team reads every form. Our trainee places go first to young people from nearby villages; if places are filled that way, we will email you to say so.\n\n{co}",
   "Mae Taeng Elephant Haven", "maetaenghaven.example", frm="Forms <forms-receipts@{dom}>", tz="th")
wo("next_steps", "ns-erickshaw", "{co}: verification",
   "{co}: Dear {n}, your e-rickshaw driver registration {ref} is received. Bring original licence and Aadhaar to the depot for verification before {dl}. Tap to open.",
   "Chalo Green Rickshaw Fleet", "chalogreen.example", frm="{co} <rbm-{ref}@{dom}>", tz="in")
wo("interview", "inv-tinsmith", "Skype chat history",
   "Conversation with {sig}\n\n[{q}] {sig}: hey {n}, got your photos of the lanterns\n[{q}] {sig}: swing by the shop {dl} around 10? bring your snips\n[{q}] {full}: yes, I'll be there\n\n{co}",
   "Lantern & Dipper Tinworks", "lanterndipper.example", frm="Chat History <history@{dom}>", tz="usc")
wo("interview", "inv-copper", "Message board: Try-outs",
   "{sig} posted on the message board in \"Workshop\":\n\nTry-outs for the retinning bench: {n}, you're on {dl} at 8. Wear long sleeves. Unfortunately the extractor fan is loud, earplugs are by the door.\n\nApplaud | Comment",
   "Verdigris Copperworks", "verdigriscopper.example", frm="Message Board <notifications@{dom}>", tz="usm")
wo("application_received", "ack-pewter", "Casting room places – we have your name",
   "Hi {n},\n\nThis goes to everybody who applied to the casting room this spring. We have 74 names for two places. By next month's end each of you has an answer, yes or no.\n\nUnsubscribe from casting room news\n{co}",
   "Burrowlee Pewter", "burrowleepewter.example", frm="{co} <news@{dom}>", tz="uk")
wo("other_job", "oth-paper", "[Ticket #{ref}] Papermaking apprenticeship",
   "Your request #{ref} has been updated.\n\n{sig} (Mill office):\nHello {n}, no news yet, sorry. The vat room hasn't looked at applications because of the order backlog. Status: pending. Nothing has been decided.\n\nReply to add a comment.",
   "Wookey Vale Paper Mill", "wookeyvale.example", frm="Mill Office <support@{dom}>", tz="uk")
wo("offer", "of-broom", "A neighbour replied to your post",
   "{sig} from Pine Hollow answered your post \"Craft work wanted\":\n\n\"Hi {n}, my nephew's off to college after all, so the broom shop spot at the craft village has your name on it now, weekends only (Saturdays and Sundays), starting next month. Let me know by {dl}.\"",
   "Pine Hollow Craft Village", "pinehollow.example", frm="Neighbourhood <notify@{dom}>", tz="use")
wo("interview", "inv-rock", "Invitation: Trial shift – rock kitchen",
   "{sig} has invited you.\n\nTrial shift – rock kitchen\nWhen: {dl}, 07:00\nWhere: back door, West Pier\n\nNote: \"Unfortunately it's very hot by the boiling pans, so bring water and wear cotton.\"\n\nAccept | Decline",
   "Scarborough Sea Rock Co", "searock.example", frm="Calendar <calendar-notification@{dom}>", tz="uk")
wo("next_steps", "ns-icesculpt", "{sig} mentioned you",
   "{sig} mentioned you in \"Winterlude swan – carving plan\":\n\n\"@{n} before we decide on the assistant, please add a sketch of how you'd cut the neck from a single block. Drop it in this file by {dl}.\"\n\nView in file",
   "Frostline Ice Sculpture", "frostlineice.example", frm="Design File <comments@{dom}>", tz="cae")
wo("application_received", "ack-groomer", "Staff hub notice: application received",
   "Notice posted to your staff hub account\n\nDear {n},\nYour application for Snow Groomer Operator (nights) is in. Operators without a heavy vehicle endorsement won't go further; everyone will see a notice here when we decide.\n\n{co} Mountain Ops",
   "Tūroa Ridge Ski Area", "turoaridge.example", frm="{co} Staff Hub <hub@{dom}>", tz="nz")
wo("interview", "inv-zipline", "{co} replied to your message",
   "{co} replied to your message:\n\n\"Hello {n}! Come meet us for a guide try-out on {dl}, 9 AM at the river station. Wear closed shoes. Unfortunately the jeepney from town only runs hourly, so plan ahead!\"\n\nReply | Page inbox",
   "Loboc River Zipline Adventures", "lobocziplines.example", frm="Page Messages <page@{dom}>", tz="ph")
wo("offer", "of-sari", "New message from {co}",
   "{co} sent you a message:\n\n\"Namaste {n}, a bride has booked extra drapers for December. We would like to take you for the full season at the rate we discussed. Please confirm by {dl}.\"\n\nReply in business chat",
   "Mayur Bridal Studio", "mayurbridal.example", frm="Business Messages <messages@{dom}>", tz="in")
wo("interview", "inv-window", "{sig} in Rounds & Staff",
   "{sig} posted in Rounds & Staff:\n\n@{full} fancy a morning on the ladders with us? {dl}, 7.30 at the yard. Let's see how you go. Unfortunately it's supposed to rain, so bring a coat.\n\nReply in space",
   "Crystal Pane Window Cleaning", "crystalpane.example", frm="Chat <chat-noreply@{dom}>", tz="uk")
wo("next_steps", "ns-bamboo", "Site app: safety course",
   "{co} Site App\n\nDear {n}, you are selected for the bamboo scaffolding apprentice intake. Book your mandatory safety course before {dl} to keep your place.\n\nOpen app for details",
   "Kowloon Bamboo Scaffolding Works", "kowloonbamboo.example", frm="{co} Site App <push@{dom}>", tz="hk")
wo("offer", "of-borehole", "{co} SMS",
   "{co}: {n}, you are HIRED as driller's helper on Rig 3. Report to the yard on {dl} at 7am with your ID. Reply 1 to accept.",
   "Kitui Borehole Drillers", "kituiboreholes.example", frm="{co} SMS <sms@{dom}>", tz="ke")
wo("job_alert", "alert-classifieds", "New farm jobs near you",
   "[Classifieds] New ads matching \"farm hand\":\n- Cattle station hand, Cooktown\n- Banana packer, Innisfail\n- Croc pen cleaner, Mossman\n\nSee all ads | Turn off alerts",
   "Daintree Croc Farm", "daintreecroc.example", frm="Classifieds Alerts <alerts@{dom}>", tz="auq")
wo("non_job_rejection_words", "nonjob-tandem", "Your tandem booking",
   "Hi {n},\n\nThanks for booking a tandem jump. Sorry: the booking can't go ahead: our harness weight limit is 100 kg and the form shows you above it. Your deposit is refunded in full.\n\n{co}",
   "High Desert Skydive Center", "highdesertskydive.example", frm="{co} Bookings <bookings@{dom}>", tz="usm")
wo("application_received", "ack-smith", "New message about your enquiry",
   "{co} sent a new message to your shop inbox:\n\n\"Hi {n}, message received. I'm deciding about a striker when this month ends. Yes or no, I'll answer you here.\"\n\nView conversation",
   "Red Hearth Forge", "redhearth.example", frm="Shop Messages <shopmail@{dom}>", tz="uk")

# ---------------------------------------------------------------- wide: twins in other languages (16)

wo("application_received", "ack-de-werft", "Eingang Ihrer Bewerbung – Bootswerft",
   "Moin {n},\n\nIhre Unterlagen sind bei uns angekommen. Wir sehen uns alles bis Monatsende an. Ob Einladung zum Probetag oder Absage: Sie hören in jedem Fall von uns.\n\nGrüße von der Förde\n{sig}\n{co}",
   "Bootswerft Laboe", "werft-laboe.example", tz="eu", lang="de")
wo("next_steps", "ns-fr-imprimerie", "Essai sur presse – pièces à fournir",
   "Bonjour {n},\n\nVotre dossier nous intéresse. Merci d'envoyer une copie de votre attestation de formation offset avant le {dl} ; nous fixerons ensuite une demi-journée d'essai sur la presse.\n\nCordialement,\n{sig}\n{co}",
   "Imprimerie du Cap-Vert", "imprimeriecapvert.example", tz="sn", lang="fr")
wo("interview", "inv-es-buses", "Citación a entrevista – conductor",
   "Hola {n}:\n\nPasaste el primer filtro para conductor de ruta alimentadora. Te esperamos el {dl} a las 8:00 en el patio de la calle 170 para entrevista y prueba de manejo. Trae tu licencia C2.\n\n{sig}\nGestión Humana, {co}",
   "Transportes Sabana Norte", "sabananorte.example", tz="co", lang="es")
wo("offer", "of-pt-cortica", "Proposta – operador de rolhas",
   "Olá {n},\n\nTemos uma vaga na linha de rolhas e gostaríamos de lhe fazer uma proposta: contrato de seis meses, turno da manhã. Diga-nos até {dl} se aceita.\n\n{sig}\n{co}",
   "Corticeira do Vouga", "corticeiravouga.example", tz="pt", lang="pt")
wo("application_received", "ack-ja-ryokan", "ご応募受付のお知らせ",
   "{n}様\n\n当館の仲居職へのご応募を受け付けました。書類を拝見のうえ、二週間以内に面接のご案内、またはお見送りのご連絡のいずれかを差し上げます。\n\n{co}\n{sig}",
   "湯の花旅館", "yunohana-ryokan.example", tz="jp", lang="ja")
wo("interview", "inv-ko-webtoon", "어시스턴트 테스트 안내",
   "{n}님 안녕하세요.\n\n보내 주신 포트폴리오 잘 봤습니다. {dl} 오후 2시에 스튜디오에서 채색 테스트를 진행하려고 하는데 가능하실까요? 태블릿은 저희 것을 쓰시면 됩니다.\n\n{sig} 드림\n{co}",
   "달빛칸 스튜디오", "dalbitkan.example", tz="kr", lang="ko")
wo("next_steps", "ns-awa-chikan", "कढ़ाई कै नमूना भेजौ",
   "राम राम {n},\n\nतोहार अर्जी देखि लिहेन। {dl} तक आपन हाथ कै कढ़ाई कै दुइ नमूना कारखाना पै पहुँचाय देव, तब आगे बात होई।\n\n{sig}\n{co}",
   "नवाबी चिकन कारखाना", "nawabichikan.example", tz="in", lang="awa")
wo("application_received", "ack-mwr-furniture", "थांरी अरजी मिळगी",
   "खम्मा घणी {n} सा,\n\nथांरी अरजी म्हांनै मिळगी। म्हें आगला हफ्ता में सगळी अरजियां देखांला। काम मिळै चाहे कोनी मिळै, म्हें थांनै फोन कर'र बता देवांला।\n\n{sig}\n{co}",
   "मरुधर एंटीक कारखानो", "marudharantique.example", tz="in", lang="mwr")
wo("next_steps", "ns-skr-pottery", "کاریگری دا نمونہ",
   "{n} صاحب،\n\nتہاݙی درخواست ݙٹھی اے۔ {dl} تئیں آپݨے ہتھ دا بݨیا ہویا نیلا بھانڈا کارخانے گھن آؤ، ول اڳلی ڳالھ تھیسی۔\n\n{sig}\n{co}",
   "ملتانی نیلی مٹی کارخانہ", "multanbluepottery.example", tz="pk", lang="skr")
wo("interview", "inv-syl-tandoor", "তন্দুরি শেফর লাগি আইবা",
   "আসসালামু আলাইকুম {n} ভাই,\n\nআফনার দরখাস্ত পাইছি। {dl} বিকাল চাইরটাত রেস্টুরেন্টো আইবা, তন্দুরো দুইটা নান আর একটা টিক্কা বানাই দেখাইবা।\n\n{sig}\n{co}",
   "সুরমা তন্দুরি হাউস", "surmatandoori.example", tz="uk", lang="syl")
wo("application_received", "ack-bo-thangka", "ཞུ་ཡིག་འབྱོར་སོང་།",
   "{n}ལགས།\n\nཐང་ཀ་འབྲི་ཁང་གི་རོགས་པའི་ལས་ཀའི་ཞུ་ཡིག་འབྱོར་སོང་། ཟླ་བ་འདིའི་མཇུག་ཏུ་ཐག་གཅོད་བྱས་རྗེས། འོས་འདེམས་བྱུང་ཡང་མ་བྱུང་ཡང་ཡི་གེ་ཞིག་སྐུར་རྒྱུ་ཡིན།\n\n{sig}\n{co}",
   "ཐང་ཀ་འབྲི་ཁང་། དྷ་རམ་ས་ལ།", "dharamsalathangka.example", tz="in", lang="bo")
wo("application_received", "ack-wuu-shengjian", "收着侬个应聘了",
   "{n}侬好：\n\n侬个应聘阿拉收着了。下礼拜阿拉会得一个一个看过来，成功勿成功，侪会打只电话拨侬。\n\n{sig}\n{co}",
   "老弄堂生煎", "laonongtang.example", tz="cn", lang="wuu")
wo("application_received", "ack-kab-tazemmurt", "Nerra-d asuter-ik",
   "Azul a {n},\n\nNerra-d asuter-ik n uxeddim deg tmeɛṣert. Ad nefren deg taggara n wayyur. Ma tettwafreneḍ neɣ ala, ad ak-d-nazen izen.\n\nS tezmert,\n{sig}\n{co}",
   "Tameɛṣert n Ait Yenni", "aityenni-oil.example", tz="dz", lang="kab")
wo("offer", "of-bem-musika", "Incito ku musika – twamisenda",
   "Mwapoleni ba{n},\n\nTulefwaya ukumisenda pa ncito ya kushitisha ifisabo ku musika. Kuti mwatampa pa {dl}. Mukatwebe nga mwasumina.\n\n{sig}\n{co}",
   "Soweto Fresh Produce Stand", "sowetoproduce.example", tz="zm", lang="bem")
wo("interview", "inv-ve-pottery", "U ṱangana na tshigwada",
   "Ndaa {n},\n\nRi ṱoḓa u ṱangana naṋwi nga ḽa {dl} nga iri ya fumi, fhano kha tshigwada tshashu, uri ni ri sumbedze musi ni tshi vhumba mbiya.\n\n{sig}\n{co}",
   "Tshigwada tsha Mbiya tsha Ha-Mutale", "hamutalepottery.example", tz="za", lang="ve")
wo("interview", "inv-lus-puan", "Puan tah hmunah lo kal rawh",
   "Chibai {n},\n\nI hna dilna kan dawng e. {dl} zing dar 10-ah kan puan tah hmunah lo kal la, i puan tah dan min lo entir dawn nia.\n\n{sig}\n{co}",
   "Zo Puan Tah Hmun", "zopuantah.example", tz="in", lang="lus")


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


def offset_for(zone: str, day: dt.date) -> dt.timezone:
    std, dst, hemi = ZONES[zone]
    text = std
    if dst and ((hemi == "n" and 4 <= day.month <= 10) or (hemi == "s" and (day.month >= 10 or day.month <= 3))):
        text = dst
    sign = -1 if text[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[3:5])))


def when_sent(rng: random.Random, zone: str) -> dt.datetime:
    start = dt.date(2025, 1, 6)
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 28) - start).days))
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), tzinfo=offset_for(zone, day))


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(t: T) -> list[str]:
    if t.lang != "en":
        return LANG_SIGNERS[t.lang]
    return SIGNERS_IN if t.tz[0] == "in" else SIGNERS


def day_text(day: dt.datetime, lang: str, zone: str) -> str:
    if lang in {"ja", "zh", "wuu"}:
        return f"{day.month}月{day.day}日"
    if lang == "ko":
        return f"{day.month}월 {day.day}일"
    if lang in {"de", "ru", "tr"}:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if lang != "en":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if zone.startswith(("us", "ca", "ph")):
        return f"{day:%A, %B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for t in TEMPLATES:
        people = rng.sample(RECIPIENTS if t.lang == "en" else LANG_RECIPIENTS[t.lang], t.copies)
        pool = signer_pool(t)
        signers = rng.sample(pool, min(t.copies, len(pool)))
        for i in range(t.copies):
            who = people[i]
            sig = signers[i % len(signers)]
            zone = t.tz[i % len(t.tz)]
            sent = when_sent(rng, zone)
            quoted = sent - dt.timedelta(days=rng.randint(2, 9), hours=rng.randint(0, 5))
            later = sent + dt.timedelta(days=rng.randint(4, 12))
            while later.weekday() >= 5:
                later += dt.timedelta(days=1)
            slots = {
                "n": GIVEN.get(who, who.split()[0]), "full": who, "sig": sig,
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)],
                "q": f"{quoted:%d %B %Y} {quoted:%H:%M}", "dl": day_text(later, t.lang, zone),
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, rng.randrange(3)),
            }
            if not ascii_fold(sig).strip(" .-"):
                slots["sl"] = f"staff{rng.randint(100, 999)}"
            box = local_part(who, rng.randrange(3)) if ascii_fold(who).strip(" .-") else f"user{rng.randint(100, 999)}"
            slots["box"] = box
            to_addr = f"{box}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(PROVIDERS)}.example"
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
        rec["id"] = f"blind32:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ except this slice and any later (sealed) one."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= THIS_SLICE:
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
