# ruff: noqa: E501, S311
"""Write the thirtieth sealed blind slice for issue 11 (blind-slice-30.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 30 and later never read; our side printed)
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

SEED = 300301
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-30.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 30

RECIPIENTS = [
    "Chipo Wetherall", "Mutale Ashcombe", "Nalaka Fernando-Reid", "Saoirse Mulcahy", "Bongani Treadwell",
    "Tahmina Rasheed", "Lindiwe Carrington", "Obinna Featherstone", "Kalani Brightwater", "Ruvimbo Sayers",
    "Tevita Langstone", "Ayesha Siddiqui-Moss", "Marlon Toussaint", "Ingrid Oyelaran", "Dillon Fairweather",
    "Kavya Ramanathan", "Desirée Hollis", "Kofi Blackmore", "Nomvula Pritchard", "Ciarán Devereux",
    "Shirin Alvi", "Rangi Whitcombe", "Abebe Lowther", "Mercy Nakato", "Thulani Beckwith",
    "Jacinta Ferreira-Lowe", "Emmanuel Ssempala", "Harriet Onyango", "Vikram Sethna", "Lorna McTaggart",
    "Kaveh Ashdown", "Tamsin Okoro", "Beatriz Quintal", "Lwazi Hendricks", "Niamh Oduya-Grant",
    "Imran Chaudhry", "Shenelle Alcindor", "Jun Hao Pemberton", "Ravindu Perera", "Faith Namutebi",
    "Gareth Olumide", "Sione Hufanga", "Maeve Kinsella-Park", "Dinesh Wickrama",
]
SIGNERS = [
    "Prudence Oakhurst", "Chanda Mwewa", "Ellery Vance", "Mthunzi Dlamini-Hart", "Georgina Pell",
    "Ruwan Jayasekara", "Isadora Blyth", "Kenneth Mubanga", "Yolanda St. Rose", "Fergal Doherty",
    "Nasreen Qureshi", "Ambrose Kigozi", "Delphine Marchbanks", "Tobenna Eze", "Rhiannon Castell",
    "Wilfred Munthali", "Celestine Joseph", "Hamish Ardagh", "Bushra Ilyas", "Ophelia Rowntree",
    "Sipho Mabaso", "Lavinia Tuilagi", "Everton Knowles", "Moira Lennon", "Aloysius Kato",
    "Florence Achola", "Barnaby Hext", "Kamala Senanayake", "Nkosana Vilakazi", "Thea Brockway",
    "Cuthbert Phiri", "Winsome Gittens", "Reza Farouk", "Penelope Ashgrove", "Olumide Bakare",
]
SIGNERS_PK = ["Sana Mirza", "Usman Tariq", "Hira Naveed", "Faisal Qamar", "Ayesha Rauf", "Bilal Shafiq"]
LANG_SIGNERS = {
    "ar": ["رنا الخطيب", "ماجد العلي"], "bn": ["তানজিলা ইসলাম", "রফিকুল হাসান"],
    "de": ["Irmgard Stöckl", "Valentin Brauer"], "es": ["Ximena Portillo", "Anselmo Ibarra"],
    "fa": ["مریم صادقی", "بهرام رستمی"], "fr": ["Solène Carriat", "Benoît Lavaud"],
    "hi": ["कविता अग्रवाल", "मनोज तिवारी"], "id": ["Sri Handayani", "Agus Setiawan"],
    "it": ["Graziella Conti", "Raffaele Pagano"], "ja": ["森本 千尋", "石川 大輔"],
    "ko": ["윤미경", "장동욱"], "pt": ["Luzia Fontoura", "Caio Rezende"],
    "ru": ["Вера Лапина", "Глеб Орлов"], "tr": ["Sevgi Aydın", "Kaan Demirtaş"],
    "vi": ["Nguyễn Thị Hoa", "Trần Văn Phúc"],
    "yue": ["陳嘉欣", "何志明"], "lzh": ["林伯謙", "蘇文淵"], "grc": ["Ξανθίππη Λαμπράκη", "Νικόδημος Φωτίου"],
    "ang": ["Ælfgifu Hlaford", "Wulfstan Reeve"], "enm": ["Margery Fletcher", "Hugh Attewell"],
    "ary": ["Khadija Bennani", "Youssef Tazi"], "apc": ["Rima Haddad", "Karim Nassar"],
    "mai": ["सुनैना झा", "विनोद मिश्र"], "hwc": ["Leilani Kahale", "Duke Nakamura"],
    "acf": ["Marie-Claire Alexander", "Jn Baptiste Fontenelle"],
}
LANG_RECIPIENTS = {
    "ar": ["هالة يوسف", "سامر العبيدي"], "bn": ["নুসরাত জাহান", "সাকিব হোসেন"],
    "de": ["Franziska Holler", "Jonas Wittmann"], "es": ["Guadalupe Ferrer", "Rodrigo Medina"],
    "fa": ["نگار کریمی", "آرش محمدی"], "fr": ["Anaïs Perrot", "Mathis Guérin"],
    "hi": ["पूजा शर्मा", "अमित वर्मा"], "id": ["Putri Anggraini", "Fajar Nugroho"],
    "it": ["Federica Marino", "Lorenzo Gatti"], "ja": ["山田 彩花", "中村 拓也"],
    "ko": ["이하은", "최민재"], "pt": ["Beatriz Campos", "Thiago Moura"],
    "ru": ["Алина Ковалёва", "Максим Белов"], "tr": ["Elif Yıldız", "Mert Koç"],
    "vi": ["Lê Thu Trang", "Phạm Minh Quân"],
    "yue": ["黃詠詩", "梁浩然"], "lzh": ["張子謙", "王雅文"], "grc": ["Ἀσπασία Κοντού", "Δημήτριος Ἀλεξίου"],
    "ang": ["Eadgyth Mercer", "Osric Thane"], "enm": ["Alys Chaucer-Wood", "Geffrey Tanner"],
    "ary": ["Salma Alaoui", "Hamza Idrissi"], "apc": ["Lara Khoury", "Fadi Saab"],
    "mai": ["प्रियंका ठाकुर", "राहुल झा"], "hwc": ["Keoni Alapai", "Malia Fernandes"],
    "acf": ["Shaniqua Joseph", "Kervin Augustin"],
}
GIVEN = {"Jun Hao Pemberton": "Jun Hao"}
PROVIDERS = ["seabreeze", "msasamail", "jacarandabox", "tilapost", "kitepost", "rainmail"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"), "usm": ("-0700", "-0600", "n"),
    "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"), "cap": ("-0800", "-0700", "n"),
    "in": ("+0530", None, ""), "au": ("+1000", "+1100", "s"), "auq": ("+1000", None, ""),
    "auw": ("+0800", None, ""), "za": ("+0200", None, ""), "ng": ("+0100", None, ""),
    "sg": ("+0800", None, ""), "gh": ("+0000", None, ""), "ke": ("+0300", None, ""),
    "ph": ("+0800", None, ""), "zm": ("+0200", None, ""), "ug": ("+0300", None, ""),
    "bw": ("+0200", None, ""), "lk": ("+0530", None, ""), "pk": ("+0500", None, ""),
    "hk": ("+0800", None, ""), "fj": ("+1200", None, ""), "mt": ("+0100", "+0200", "n"),
    "bs": ("-0500", "-0400", "n"), "lc": ("-0400", None, ""), "gy": ("-0400", None, ""),
    "bz": ("-0600", None, ""), "nz": ("+1200", "+1300", "s"), "hi": ("-1000", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "id": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "ae": ("+0400", None, ""), "eg": ("+0200", None, ""), "mx": ("-0600", None, ""),
    "br": ("-0300", None, ""), "ir": ("+0330", None, ""), "bd": ("+0600", None, ""),
    "ma": ("+0100", None, ""), "lb": ("+0200", "+0300", "n"), "gr": ("+0200", "+0300", "n"),
    "tw": ("+0800", None, ""), "es": ("+0100", "+0200", "n"),
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
    TEMPLATES.append(T(part, label, kind, f"blind30-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- mix: 40 ordinary template rejections

mr("wd-req", "Requisition R-{ref} {role}: candidate update",
   "Hello {n},\n\nRequisition R-{ref} ({role}) has moved to its final stage at {co}, and your candidacy was closed by the recruiting team at screening review. Nothing further is required from you on this requisition.\n\nYour candidate home at https://careers.{dom}/home stays open for other postings.\n\n{co} Talent Acquisition",
   ("Brackenridge Aggregates", "Lusaka Copperline Logistics"), ("brackenridgeagg.example", "copperline-zm.example"), frm="{co} Careers <wd-noreply@{dom}>", role=("Weighbridge Controller", "Fleet Data Analyst"), tz=("uk", "zm"))
mr("gh-mgr", "Your application to {co}",
   "Hi {n},\n\nI'm {sig}, the hiring manager for {role}. I went through every application myself this week, and yours is one I've chosen not to bring into the first interview round. It was a closer read than this email makes it sound.\n\nThe effort showed; thank you.\n\n{sig}\n{co}",
   ("Tidewell Analytics", "Palmgrove Insights"), ("tidewell.example", "palmgrove-insights.example"), frm="{sig} via Greenhouse <no-reply@greenhouse.{dom}>", role=("Marketing Mix Modeller", "Pricing Analyst"), tz=("use", "sg"))
mr("lv-short", "{co} / {role}",
   "Hi {n} - quick note to say we're progressing other people for {role}, so yours ends here. Appreciate you reaching out.\n\n{sig}, {co}",
   ("Quaywise", "Brindle & Fox Studio"), ("quaywise.example", "brindlefox.example"), frm="{sig} <{sl}@hire.lever.{dom}>", role=("Product Designer", "Junior Copywriter"), tz=("usp", "ie"))
mr("sr-card", "Update on {role} at {co}",
   "<html><body><table width=\"560\"><tr><td style=\"padding:16px\"><h3>{co}</h3><p>Dear {n},</p><p>Position: <b>{role}</b><br>Outcome: <b>Not progressed</b></p><p>Our resort team reviewed the applications received for this post and is going ahead with other people.</p><p>Your profile remains at <a href=\"https://jobs.{dom}/me\">jobs.{dom}</a>.</p></td></tr></table></body></html>",
   ("Conch Reef Resort Nassau", "Sugarapple Bay St. Lucia"), ("conchreef-bs.example", "sugarapplebay.example"), frm="{co} <careers@smartr.{dom}>", role=("Guest Experience Agent", "Spa Receptionist"), tz=("bs", "lc"))
mr("icims-auth", "{co}: status of your application ({ref})",
   "Dear {full},\n\nRe: {role}, posting {ref}\n\nYour application will not be moved on to the next step of this recruitment. The authority has taken the decision on the strength of the written applications only.\n\nVisit the {co} job portal to view other openings.\n\nHuman Resources Division\n{co}",
   ("Harbourside Waste Authority", "Three Rivers Transit District"), ("harbourwaste.example", "threeriverstransit.example"), frm="{co} HR <hr-donotreply@{dom}>", role=("Environmental Compliance Officer", "Scheduling Analyst"), tz=("cae", "usc"))
mr("taleo-appt", "{co} – {role} (Job {ref})",
   "Dear {full},\n\nThe search for {role} (Job {ref}) has ended: the chosen applicant signed for the appointment last week. This closes all other applications for this job, yours included.\n\n{co} selects staff on merit and treats every candidate alike whatever their background.\n\nOffice of Human Resources, {co}",
   ("Kingsreach Technical College", "St. Adrian's Regional Health"), ("kingsreach.example", "stadrianshealth.example"), frm="{co} <taleo-notify@{dom}>", role=("Lab Technician - Electrical", "Patient Access Representative"), tz=("cae", "usm"))
mr("ashby-founder", "{role} at {co}",
   "Hey {n},\n\n{sig} here, one of the two founders. Short version: on {role} we're passing on you. Longer version: we're six people, the person in this seat has to have shipped a payments integration solo, and I didn't see that in your history yet.\n\nHappy to look again in a year.\n\n{sig}",
   ("Ledgerbird", "Cowrie Pay"), ("ledgerbird.example", "cowriepay.example"), frm="{sig} <{sl}@{dom}>", role=("Founding Backend Engineer", "Senior Mobile Engineer"), tz=("uk", "ng"))
mr("workable-cater", "Your {role} application – {co}",
   "Dear {n},\n\nWe've now been through the applications for {role} and yours stops before the tasting stage. Our head chef was looking for banqueting numbers above 300 covers.\n\nRegards,\n{sig}\n{co}\n\nSent with Workable",
   ("Saffron & Salt Events", "Greenstead Banqueting"), ("saffronsalt.example", "greenstead-banq.example"), frm="{co} <{sl}@workablemail.{dom}>", role=("Banqueting Sous Chef", "Events Chef de Partie"), tz=("uk", "za"))
mr("bamboo-vet", "{co} - {role}",
   "Hi {n},\n\nThe clinic has finished reviewing applications for {role} and we're closing the ones we won't be taking to interview today; yours is among them.\n\nWith thanks,\n{sig}\nPractice Manager, {co}",
   ("Riverbend Physio & Pilates", "Coastline Podiatry Group"), ("riverbendphysio.example", "coastlinepodiatry.example"), frm="{sig} <{sl}@bamboohr.{dom}>", role=("Front Desk Coordinator", "Clinic Assistant"), tz=("au", "nz"))
mr("tt-shop", "About your application, {n}",
   "Hi {n}!\n\nBig thanks for fancying a spot on the {co} team. The invites for {role} have gone out, and this round yours isn't among them.\n\nCome say hi in the shop any time!\nTeam {co}\n\nPowered by Teamtailor",
   ("Pipit Records", "Wildthyme Garden Centre"), ("pipitrecords.example", "wildthyme-gc.example"), frm="{co} <noreply@teamtailor.{dom}>", role=("Weekend Sales Assistant", "Plant Area Assistant"), tz=("uk", "ie"))
mr("personio-eu", "Your application as {role}",
   "Dear {full},\n\nmany thanks that you want to work with {co}. We examined all documents and must say: for the position {role} our choice fell on other applicants. Your documents we delete six months later, as GDPR asks.\n\nKind regards\n{sig}\nPeople & Culture",
   ("Valletta Yacht Services", "Nordhafen Kühltechnik"), ("vallettayacht.example", "nordhafen-kt.example"), frm="{sig} <{sl}@personio.{dom}>", role=("Marina Administrator", "Service Dispatcher (English)"), tz=("mt", "eu"))
mr("pinpoint-score", "{co}: {role} shortlisting result",
   "Dear {n},\n\nTwo panel members scored every {role} application against the person specification. Interview needed 31 points; yours reached 24, which leaves you off the shortlist.\n\nReply within 14 days for the panel's notes.\n\n{sig}\nRecruitment Team, {co}",
   ("Fernlea Housing Co-operative", "Moorvale Leisure Trust"), ("fernleahousing.example", "moorvale-leisure.example"), frm="{co} Recruitment <recruitment@pinpoint.{dom}>", role=("Tenancy Sustainment Officer", "Swim Programme Coordinator"), tz=("uk", "uk"))
mr("plain-zm", "RE: APPLICATION FOR THE POST OF {role}",
   "Dear {full},\n\nYour papers for this post were laid before the panel. Management wishes to advise that it has not succeeded. The Company appreciates your interest.\n\nYours faithfully,\n\n{sig}\nHUMAN RESOURCES MANAGER\n{co}",
   ("Kafue Flats Sugar Estates", "Mbale Highland Coffee Union"), ("kafueflats.example", "mbalecoffee.example"), frm="{sig} <{sl}@{dom}>", role=("ASSISTANT AGRONOMIST", "QUALITY GRADER"), tz=("zm", "ug"))
mr("plain-lk", "Your application - {role}",
   "Dear Mr/Ms {full},\n\nLast month's application from you for the export documentation post has been weighed by the panel. Your candidature was left off the interview list. Your particulars remain with HR six months.\n\nThank you,\n{sig}\nHR Division, {co}",
   "Kandyan Hills Tea Exports", "kandyanhills.example", frm="{sig} <{sl}@{dom}>", role="Export Documentation Officer", tz="lk")
mr("plain-hk", "Application for {role}",
   "Dear {n},\n\nMany thanks for writing to us about {role}. The vacancy has drawn strong interest and we'll be inviting a small number of candidates only; we are unable to include you in that group.\n\nBest regards,\n{sig}\nTalent Team | {co}",
   "Kowloon Bay Freight Forwarders", "kbfreight-hk.example", frm="{sig} <{sl}@{dom}>", role="Ocean Export Coordinator", tz="hk")
mr("wd-solo", "{co} application status",
   "Dear {n},\n\nWe're writing about the {role} requisition (R-{ref}). The hiring team is now in final conversations with other candidates and has released your application from the process.\n\nYou can track any other applications in your {co} careers account.\n\n{co} Recruiting",
   "Okavango Valley Lodges", "okavangovalley.example", frm="{co} <careers-noreply@{dom}>", role="Reservations Supervisor", tz="bw")
mr("gh-solo", "Following up on {role}",
   "Hi {n},\n\nThanks again for your application to {co}. Our team has decided to pursue candidates whose backgrounds include more time running paid social in-house, and we will not schedule a call with you.\n\nBest,\n{sig}\nRecruiting Coordinator",
   "Loomkit Manila", "loomkit.example", frm="{sig} <no-reply@greenhouse.{dom}>", role="Paid Social Lead", tz="ph")
mr("icims-solo", "Application decision - {role}",
   "{full},\n\nThe hiring panel at {co} finished reviewing {role} applications. Your application has been dispositioned and you are no longer part of this selection.\n\nNobody monitors this mailbox.",
   "Pinecastle County Library District", "pinecastle-library.example", frm="{co} <donotreply@icims.{dom}>", role="Branch Associate II", tz="use")
mr("taleo-solo", "Job {ref}: {role}",
   "Dear {full},\n\nPlease be advised that {co} has completed the selection process for {role}. The post was filled by another applicant.\n\nJob alerts can be set up on our careers page.\n\nTalent Acquisition\n{co}\nAn Affirmative Action / Equal Opportunity Employer",
   "Greyhaven University Medical Campus", "greyhaven-umc.example", frm="{co} <careers@{dom}>", role="Sterile Processing Technician", tz="usm")
mr("plain-belize", "{role} vacancy",
   "Good day {n},\n\nThe interview list for {role} is complete, and you're not among those on it. We had 140 applications for one post.\n\nRespectfully,\n{sig}\nAdministration, {co}",
   "Cayo Citrus Growers", "cayocitrus.example", frm="{sig} <{sl}@{dom}>", role="Packing House Supervisor", tz="bz")
mr("plain-gy", "Your application",
   "Dear {full},\n\nYour application for {role} at {co} was considered by the selection committee at its sitting on {q}. The committee did not recommend you for the post.\n\nSincerely,\n{sig}\nPersonnel Officer",
   "Essequibo Rice Millers Association", "essequiborice.example", frm="{sig} <{sl}@{dom}>", role="Accounts Clerk", tz="gy")
mr("plain-pk", "{role} - {co}",
   "Dear {n},\n\nThank you for your time. We have finalised our hiring for the {role} position and would not be proceeding with your profile at this point. We will reach out if a suitable opening arises in the Karachi office.\n\nRegards,\n{sig}\nTalent Acquisition",
   "Indus Delta Textiles", "indusdelta.example", frm="{sig} <{sl}@{dom}>", role="Supply Planner", tz="pk")
mr("plain-ug", "Feedback on your application",
   "Dear {n},\n\nThe recruitment for {role} is over, and your application stopped before the oral interview. You are encouraged to apply for future advertised posts.\n\nFor: Managing Director\n{co}",
   "Jinja Riverside Brewers", "jinjabrew.example", frm="{sig} <{sl}@{dom}>", role="Packaging Line Technician", tz="ug")
mr("plain-mt", "{role} – {co}",
   "Dear {n},\n\nWe're grateful you considered {co}. Selection for {role} is done; we chose a candidate whose iGaming compliance experience is a little longer. Your application closes at this point.\n\nKind regards,\n{sig}",
   "Grandmaster Gaming Malta", "grandmastergaming.example", frm="{sig} <{sl}@{dom}>", role="AML Analyst", tz="mt")
mr("jazz-fj", "re your application",
   "hi {n}, thanks heaps for applying for {role}. we filled it from our casual pool so no need for a meet. cheers, {sig} - {co}",
   "Nadi Dive & Snorkel", "nadidive.example", frm="{sig} <{sl}@{dom}>", role="Boat Crew", tz="fj")
mr("plain-ca", "{co} - {role} competition",
   "Hello {n},\n\nThe screening board for {role} has met. Applicants were screened against the essential criteria only, and yours did not show the required Class 3 licence. You will not be contacted further about this competition.\n\n{sig}\nHuman Resources, {co}",
   "Northshore Aggregate Haulage", "northshorehaul.example", frm="{sig} <{sl}@{dom}>", role="Tandem Dump Truck Driver", tz="cap")
mr("plain-sg", "Update: {role}",
   "Dear {n},\n\nWe appreciate your application for {role}. Our hiring manager has reviewed it and, measured against the role's requirements, no interview will follow.\n\nYour particulars stay with us 6 months under the PDPA and are then deleted.\n\nWarm regards,\n{sig}\n{co}",
   "Tanjong Pagar Marine Engineering", "tpmarine.example", frm="{sig} <{sl}@{dom}>", role="Marine Electrician", tz="sg")

# ---------------------------------------------------------------- mix: 60 of issue 11's kinds
# thread replies after interviews, someone else chosen, no negation (16)
mr("th-planning", "RE: [EXT] Re: {role} interview - thank you",
   "Hi {n},\n\nLovely meeting you Tuesday; your site-visit write-up was among the sharpest of the day. The panel's choice is Marcia, who has been covering the householder caseload through an agency since last spring, and she took it this morning.\n\nAll the best,\n{sig}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: {role} interview - thank you\n\nThanks for seeing me today, I enjoyed talking through the appeal scenario.",
   ("Wexcombe District Council", "Lochar Vale Council"), ("wexcombe.example", "locharvale.example"), role=("Planning Officer", "Senior Planning Officer"), tz=("uk", "uk"))
mr("th-sre", "RE: [EXT] RE: next steps",
   "{n},\n\nThanks for the architecture session, the team still talks about your queueing diagram. We've gone with Tomasz from the payments platform group; he knows our on-call setup already and can start Monday.\n\nGood luck out there,\n{sig}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: RE: next steps\n\nHi {sig}, any word since Thursday?",
   ("Brightwake Payments", "Harbinger Cloud"), ("brightwake.example", "harbingercloud.example"), role=("Site Reliability Engineer", "Platform Engineer"), tz=("ie", "cae"))
mr("th-science", "Re: Science technician post",
   "Dear {n},\n\nThanks for the visit and the practical; the titration set-up was spot on. The governors have appointed Mrs Okafor, who has been our cover technician in the prep room since September, to the permanent post.\n\nWith best wishes,\n{sig}\nSchool Business Manager, {co}\n\nOn {q}, {full} wrote:\n> Dear {sig}, thank you for the tour of the labs today.",
   ("Hollins Cross Academy", "St. Brigid's Girls' School"), ("hollinscross.example", "stbrigids-school.example"), role=("Science Technician", "Science Technician"), tz=("uk", "ie"))
mr("th-festival", "RE: [EXT] Re: Production coordinator chat",
   "Hey {n},\n\nReally enjoyed our call and your stories from the field-site build. We've asked Dele to step up into the coordinator seat - he ran the artist-liaison cabins for us last year and knows the suppliers.\n\nKeep in touch for the 2027 crew call.\n{sig}\n\n________________________________\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: Production coordinator chat\n\nCheers again, fingers crossed on my side.",
   ("Oxbow Fields Festival", "Kirstenbosch Nights Live"), ("oxbowfields.example", "kbnightslive.example"), role=("Production Coordinator", "Site Coordinator"), tz=("uk", "za"))
mr("th-payroll", "Re: Re: Payroll lead",
   "Hi {n},\n\nA quick update after the second meeting. We've offered the payroll lead job to Priya, who ran our year-end migration as a contractor, and she's said yes.\n\nGood meeting you properly.\n{sig}\n\nOn {q} {full} wrote:\n> Hi {sig}, thanks for the chat, happy to share references if helpful.",
   ("Gumtree Civil Pty Ltd", "Harakeke Constructors"), ("gumtreecivil.example", "harakeke.example"), role=("Payroll Lead", "Payroll Lead"), tz=("au", "nz"))
mr("th-fundraise", "RE: [EXT] Re: Major gifts manager",
   "Dear {n},\n\nThank you for your thoughtful presentation on the legacy campaign. The trustees debated long and chose Ifeoma, our current trusts officer, who has worked with most of the donors on the list.\n\nWarmly,\n{sig}\nDirector of Development, {co}\n\nFrom: {full}\nSent: {q}\nSubject: Major gifts manager\n\nDear {sig}, please find my presentation slides attached.",
   "Kilnworth Hospice", "kilnworth-hospice.example", role="Major Gifts Manager", tz="uk")
mr("th-wardclerk", "Re: Ward clerk interview",
   "Hi {n},\n\nThanks for coming to see us on the ward. The sister has given the post to Jolene from the bank staff list, who has been doing the nights for us since July.\n\nTake care,\n{sig}\n\nOn {q}, {full} wrote:\n> Hi, just confirming I can do the Wednesday at 2pm.",
   "Mater Misericordiae Clinic Dublin", "mater-clinic.example", role="Ward Clerk", tz="ie")
mr("th-boxoffice", "RE: Re: Box office manager",
   "{n} -\n\nThank you for the time on Friday and for the ticketing ideas. We've appointed Colm, who's been deputy since the refurbishment and knows the Spektrix set-up inside out.\n\nBest wishes,\n{sig}, General Manager\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: Re: Box office manager\n\nThanks {sig}, really enjoyed meeting the team.",
   "The Lantern Playhouse", "lanternplayhouse.example", role="Box Office Manager", tz="uk")
mr("th-brewer", "Re: Head brewer",
   "Hey {n},\n\nCheers for the brew day, the pale you suggested is in FV3 now. We've handed the head brewer job to Nils, our assistant brewer of four years.\n\n{sig}\n\nOn {q}, {full} <{box}@mail.example> wrote:\n> Thanks for having me in, keen to do another day if useful.",
   "Salt Lick Brewing Co", "saltlickbrewing.example", role="Head Brewer", tz="cap")
mr("th-grants", "RE: [EXT] RE: [EXT] Re: Grants officer - thank you",
   "Dear {n},\n\nThe interview and your capital-fund exercise were much appreciated. The panel agreed to appoint Sibusiso, who joined us on secondment from the provincial department in March.\n\nKind regards,\n{sig}\n\nFrom: {full}\nSent: {q}\nSubject: Re: Grants officer - thank you\n\nDear {sig}, thank you for confirming receipt of the exercise.",
   "Limpopo Arts Endowment", "limpopoarts.example", role="Grants Officer", tz="za")
mr("th-stores", "Re: Stores controller role",
   "Hi {n},\n\nGood to chat with you on Wednesday at the yard. Management has moved Baraka across from the Thika depot into the stores controller job; he starts on the first.\n\nRegards,\n{sig}\n\nOn {q}, {full} wrote:\n> Dear Sir, thank you for the interview opportunity today.",
   "Tana River Roadworks", "tanaroadworks.example", role="Stores Controller", tz="ke")

# clear refusals under long footers (8)
mr("ft-diy", "Your application for {role}",
   "Hi {n},\n\nThank you for applying to {co}. Your application for {role} has been read by the store team, who've decided to leave it there - no interview slot this round.\n\n---------------------------------------------\nPerks: 20% off in store from your first shift, paid volunteering days, a free DIY course each quarter.\nSet up job alerts: https://jobs.{dom}/alerts\nWant this letter as large type, audio or braille? Ring 0300 000 0000.\n{co} Ltd is registered in England, company no. 09123456. Registered office: Unit 4, Foundry Lane.\nNobody staffs this inbox; write via the careers site.",
   ("Hammer & Hinge Stores", "Plankwise Timber Merchants"), ("hammerhinge.example", "plankwise.example"), frm="{co} Jobs <jobs-noreply@{dom}>", role=("Customer Adviser - Trade Counter", "Yard Operative"), tz=("uk", "uk"))
mr("ft-telco", "{co} Careers: {role}",
   "Dear {n},\n\nYour application for {role} has been reviewed and the panel has decided it stops before the assessment stage.\n\n======================\nFRAUD ALERT: no {co} recruiter will ever ask you for money, airtime or a fee.\nJoin our Talent Circle for tips and events: https://careers.{dom}/circle\nFollow us: Facebook | X | LinkedIn | YouTube\n{co} is licensed by the Communications Authority. Addressed to one named reader only. Misdelivered? Bin it and drop us a line.",
   ("Zambezi Mobile", "Kalahari Telecom"), ("zambezimobile.example", "kalaharitel.example"), frm="{co} Careers <careers@{dom}>", role=("Retail Shop Consultant", "Network Field Technician"), tz=("zm", "bw"))
mr("ft-grocer", "Application update - {role}",
   "Hi {n},\n\nWe appreciate you applying for {role}. Your application has come to a halt at this stage.\n\n----\nThe Fresh Crate | our staff newsletter\n* Our Kamloops store opens in spring - 80 new roles\n* Meet Darnell, from cashier to district manager in six years\n* Jobs you may like: Produce Clerk, Bakery Clerk, Night Stocker\nUnsubscribe | Manage alerts | Privacy\n{co}, 1400 Granary Road",
   ("Okanagan Fresh Markets", "Prairie Pantry Grocers"), ("okfresh.example", "prairiepantry.example"), frm="{co} Talent <talent@{dom}>", role=("Deli Clerk", "Grocery Receiver"), tz=("cap", "usc"))
mr("ft-lawfirm", "Trainee solicitor applications",
   "Dear {n},\n\nYour application for a 2027 training contract was read by two partners, who didn't put it forward to the assessment day.\n\n{co}: an LLP, Irish-registered; partner list kept at our registered office.\nWARNING: We will never change our bank details by email. Always call to confirm.\nThis email may contain privileged information. If received in error, notify the sender and delete.\nOur privacy notice: https://www.{dom}/privacy",
   "Cahill Brennan LLP", "cahillbrennan.example", frm="Graduate Recruitment <graduates@{dom}>", tz="ie")
mr("ft-hotel", "Your application with {co}",
   "Dear {n},\n\nYour application for {role} has, with regret, not been taken forward.\n\n****\nExplore more: Night Auditor (Colombo) | Commis Chef (Galle) | Spa Therapist (Bentota)\nLoyalty: join Lotus Circle and earn nights\nFollow our journey on Instagram @{co}\nYour details are handled in line with Sri Lanka's PDPA (Act No. 9 of 2022).",
   "Serendib Coast Hotels", "serendibcoast.example", frm="{co} Careers <careers@{dom}>", role="Guest Relations Executive", tz="lk")

# hedged refusals (9)
mr("hd-closer", "{role} - update",
   "Hi {n},\n\nSorry for the wait. The field for {role} was deep, and a couple of candidates' backgrounds sat a bit closer to the scale of sites we run, so they're the ones going on.\n\nWarm regards,\n{sig}\n{co}",
   ("Ridgeback Property Services", "Bluegum Facilities"), ("ridgebackps.example", "bluegumfm.example"), role=("Facilities Coordinator", "Building Services Supervisor"), tz=("za", "au"))
mr("hd-otherway", "Your conversation with {co}",
   "Hi {n},\n\nReally appreciated the call. Having thought it through as a team, we're taking {role} another way - someone whose experience fits the shape of the next six months slightly better.\n\nThanks again,\n{sig}",
   ("Inkcap Learning", "Mossline Health Tech"), ("inkcaplearning.example", "mossline.example"), role=("Instructional Designer", "Clinical Product Specialist"), tz=("uk", "cae"))
mr("hd-better", "{co}: {role}",
   "Dear {n},\n\nWe've looked carefully at everyone who applied. Others' grower-liaison experience matched a touch more closely what the buying desk needs this season, so we're progressing those applications instead of yours.\n\nBest wishes,\n{sig}",
   ("Kericho Fresh Exporters", "Volta Basin Produce"), ("kerichofresh.example", "voltabasin.example"), role=("Procurement Coordinator", "Procurement Coordinator"), tz=("ke", "gh"))
mr("hd-pk", "Regarding {role}",
   "Dear {n},\n\nIt was a pleasure speaking to you. Our team felt that other profiles match the requirements of this mandate more closely, therefore we shall be proceeding with those profiles.\n\nRegards,\n{sig}\n{co}",
   "Margalla Consulting Group", "margallacg.example", role="Associate Consultant", tz="pk")
mr("hd-bs", "Thank you, {n}",
   "Hi {n},\n\nWe're heading a different direction on the {role} role and hire someone with more time on the yacht-charter side.\n\nAll best,\n{sig}\n{co}",
   "Exuma Charter House", "exumacharter.example", role="Charter Sales Executive", tz="bs")
mr("hd-ie", "{role}",
   "Hi {n},\n\nGood talking last week. Honestly it was close, but we felt another applicant's audit-software background edges it for where the practice is going, so we'll be going with them.\n\n{sig}\n{co}",
   "Ó Dálaigh & Co Chartered Accountants", "odalaighco.example", role="Audit Semi-Senior", tz="ie")

# recruiter follow-ups: decision and another role in the same breath (7)
mr("rc-pharma", "Following our call - {co} / next options",
   "Hi {n},\n\nFollowing up on our call as promised: the client gave the QA validation job to someone with more sterile-fill time, which ends that one for you. On the other hand, a 9-month contract at a medical-device plant near {role} needs exactly your CSV experience - OK for me to submit you today?\n\n{sig}\nSenior Consultant, {co}",
   ("Shannonside Life Science Recruitment", "Lion City Compliance Search"), ("shannonsiderec.example", "lioncitysearch.example"), role=("Galway", "Jurong"), tz=("ie", "sg"))
mr("rc-mining", "{co} – the Rustenburg shortlist and something else",
   "Morning {n},\n\nGood speaking just now. As I said, the mine picked the internal candidate for the planning superintendent post, so your application there stops. The other thing I mentioned - a short-term scheduling job at a platinum concentrator near {role} - pays well and starts in three weeks. Let me know by tomorrow if I can put you forward.\n\nBest,\n{sig}\n{co}",
   ("Magaliesberg Mining Recruiters", "Copperbelt Talent Partners"), ("magaliesberg-rec.example", "copperbelt-talent.example"), role=("Brits", "Chingola"), tz=("za", "zm"))
mr("rc-apparel", "After our call today",
   "Hi {n}, per our phone call, the factory in Biyagama has chosen another merchandiser. But I do have a sourcing executive opening with a swimwear exporter in Katunayake; same pay band, shorter commute. Shall I share your profile?\n\nThanks,\n{sig}\n{co}",
   "Lanka Apparel Talent", "lankaapparel.example", tz="lk")
mr("rc-halifax", "RE: Port logistics coordinator",
   "Hi {n},\n\nFollowing this morning's call - the terminal picked a person already holding the TWIC-equivalent clearance, so that application's done. Separately, there's a dispatcher job at a trucking outfit in Dartmouth I think you'd suit. Send me a good time tomorrow?\n\n{sig}\n{co}",
   "Bluenose Staffing", "bluenosestaffing.example", tz="cae")
mr("rc-gaborone", "Sorting supervisor role",
   "Dear {n},\n\nFurther to our telephone conversation, the client preferred a candidate with longer diamond-valuation exposure for the sorting supervisor position. Meanwhile an inventory controller role in Gaborone West came in yesterday that matches your background. Please confirm if you would like me to submit you.\n\nRegards,\n{sig}\n{co}",
   "Kgalagadi Executive Search", "kgalagadisearch.example", tz="bw")

# public-sector notices (8)
mr("pb-dsc", "DISTRICT SERVICE COMMISSION - SHORTLISTING RESULTS",
   "Dear {full},\n\nRE: {role}\n\nThe Commission at its meeting held on {q} considered applications for the above post. The shortlist omits your name, for this reason: academic documents not verified by the awarding institution.\n\nThe Commission is grateful for your interest in public service in the district.\n\nSecretary, {co}",
   ("Busoga District Service Commission", "Luapula Local Government Service Commission"), ("busoga-dsc.example", "luapula-lgsc.example"), role=("ENROLLED NURSE", "ASSISTANT ACCOUNTANT"), tz=("ug", "zm"))
mr("pb-withdrawn", "Vacancy {ref} – {role}: withdrawn",
   "Dear {n},\n\nThe vacancy for {role} (ref {ref}) has been pulled after the unit's structure was reviewed. No appointment follows; all applications received, yours included, are closed as of today. If the post comes back, a fresh advert will say so.\n\nPeople and Capability\n{co}",
   ("Horowhenua Regional Council", "Ministry for Gozo Public Works"), ("horowhenua-rc.example", "gozoworks.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Biosecurity Officer", "Clerk of Works"), tz=("nz", "mt"))
mr("pb-county", "Notice of Examination Results - {role}",
   "{full},\n\nExam No. {ref}, {role}\n\nYou passed the written test with a score of 74. Under the rule of three, only the three highest-ranked eligibles were certified to the appointing department for this vacancy; your name was outside those three. Your name will stay on the eligible list for 12 months.\n\n{co} Merit System Office",
   "Sagebrush County", "sagebrushcounty.example", frm="{co} Merit System <merit-noreply@{dom}>", role="Victim Advocate I", tz="usm")
mr("pb-bahamas", "Public Service Commission – application",
   "Dear {full},\n\nThe Commission has examined your application for appointment as {role}. It has been found that you fall outside the eligibility requirement of age (entry between 18 and 30 years). Your application therefore cannot be considered.\n\nSecretary\n{co}",
   "Public Service Commission, Nassau", "psc-nassau.example", role="Customs Trainee Officer", tz="bs")
mr("pb-hk", "Recruitment of {role}",
   "Dear {full},\n\nRegarding your application to be {role}: your qualifications fall short of the entry requirements in the advertisement (a Level 3 result in the Use of Chinese). Processing of your application stops here.\n\nRecruitment Section, {co}",
   "Marine Facilities Department", "marinefac-hk.example", role="Assistant Clerical Officer", tz="hk")
mr("pb-ns", "Competition {ref}: screening result",
   "Hello {n},\n\nFor competition {ref} ({role}), applications were assessed against the screening criteria. Your application did not demonstrate two years of supervisory experience, and it has been screened out and won't go forward to the manager doing the hiring.\n\nAn informal chat about the result can be asked for within 5 business days.\n\nTalent Acquisition, {co}",
   "Province of Nova Scotia Public Service", "ns-publicservice.example", role="Highway Operations Supervisor", tz="cae")

# bare ATS status updates (6)
mr("st-nsc", "Application status changed",
   "{co} Careers\n\nCandidate: {full}\nRequisition: {role} ({ref})\nStatus: Not selected for further consideration\n\nLog in to view your applications.",
   ("Copperhead Energy", "Blue Crane Insurance"), ("copperheadenergy.example", "bluecrane-ins.example"), frm="{co} Careers <notifications@{dom}>", role=("Field Safety Advisor", "Claims Handler"), tz=("usc", "za"))
mr("st-dispo", "Your application: {role}",
   "Hello {n},\n\nSomething moved on your application record.\nJob: {role}\nStage: Application Review\nDisposition: Declined - another applicant hired\n\nSent automatically by the {co} hiring system.",
   ("Harbourlight Credit", "Wattle Mutual"), ("harbourlight.example", "wattlemutual.example"), frm="{co} Jobs <no-reply@{dom}>", role=("Collections Officer", "Member Services Officer"), tz=("cae", "au"))
mr("st-inactive", "Status update",
   "Dear {n}, the status of your application {ref} for {role} has been updated to: INACTIVE - NOT PROGRESSING. {co} HR Portal",
   "Ssese Island Fisheries", "ssesefish.example", frm="{co} HR Portal <portal@{dom}>", role="Cold Room Supervisor", tz="ug")
mr("st-company", "{role} - application update",
   "Status update for {full}\n{role}, {co}\nPrevious stage: Screening\nCurrent stage: Archived\nReason: Withdrawn by company\n\nNo replies, please.",
   "Pasifika Freight Lines", "pasifikafreight.example", frm="{co} <ats@{dom}>", role="Customs Entry Clerk", tz="fj")

# internship / graduate programme decisions (6)
mr("in-vac", "{co} Summer Vacation Program outcome",
   "Hi {n},\n\nThanks for recording your video answers for our {role}. 1,260 students applied for 36 places this summer, and yours is one of the applications that won't receive a place.\n\nGraduate Programs Team\n{co}",
   ("Southern Cross Rail Engineering", "Tasman Energy"), ("southerncrossrail.example", "tasmanenergy.example"), role=("2026-27 Summer Vacation Program", "Summer Internship Program"), tz=("au", "nz"))
mr("in-mt", "Management Trainee Programme - result",
   "Dear {n},\n\nWe have now completed the group exercise and panel interviews for the {role}. Your panel scores landed below our offer threshold for this intake. You may apply for the next intake.\n\nLearning & Development, {co}",
   ("Ceylon Merchant Bank", "Punjab Agro Industries"), ("ceylonmerchant.example", "punjabagro.example"), role=("2026 Management Trainee Programme", "Management Trainee Programme"), tz=("lk", "in"))
mr("in-poly", "Internship placement - {co}",
   "Dear {n},\n\nAbout the 22-week industry attachment with {co}: the intern list is final and it leaves you out. Please contact your polytechnic internship office for other companies.\n\nRegards,\n{sig}",
   "Changi Aerospace Services", "changiaero.example", tz="sg")
mr("in-coop", "Co-op work term: match result",
   "Hi {n},\n\nEmployer interviews for {co}'s Winter co-op term are finished. No match came through for you on the Data Analyst Co-op position. Unmatched students can keep applying in round two through the co-op portal.\n\n{co} University Relations",
   "Fraser Delta Hydro", "fraserdeltahydro.example", frm="{co} <campus@{dom}>", tz="cap")

# ---------------------------------------------------------------- mix: 50 confirmations with refusal talk
mo("application_received", "ac-wd-req", "Requisition R-{ref} {role}: application submitted",
   "Hello {n},\n\nYour application for requisition R-{ref} ({role}) is in, and the recruiting team at {co} will screen it within a fortnight. A candidacy closed at screening shows up in your candidate home with a message; a recruiter's phone call means they want to talk.\n\nhttps://careers.{dom}/home\n\n{co} Talent Acquisition",
   ("Brackenridge Aggregates", "Lusaka Copperline Logistics"), ("brackenridgeagg.example", "copperline-zm.example"), frm="{co} Careers <wd-noreply@{dom}>", role=("Plant Maintenance Planner", "Warehouse Shift Lead"), tz=("uk", "zm"))
mo("application_received", "ac-gh-mgr", "We've got your application - {co}",
   "Hi {n},\n\nThis is {sig}, hiring manager for {role}. Every application gets read by me personally, which takes about ten days. Whether I bring you into the interview round or leave you out of it, you'll get a line from me personally rather than an automated one.\n\n{sig}\n{co}",
   ("Tidewell Analytics", "Palmgrove Insights"), ("tidewell.example", "palmgrove-insights.example"), frm="{sig} via Greenhouse <no-reply@greenhouse.{dom}>", role=("Analytics Engineer", "Customer Insights Analyst"), tz=("use", "sg"))
mo("application_received", "ac-lv", "{co} / got it",
   "Hi {n} - your note about {role} landed, thanks. We'll either set up a chat or tell you we're going with other people, probably within eight working days.\n\n{sig}, {co}",
   ("Quaywise", "Brindle & Fox Studio"), ("quaywise.example", "brindlefox.example"), frm="{sig} <{sl}@hire.lever.{dom}>", role=("Brand Designer", "Content Writer"), tz=("usp", "ie"))
mo("application_received", "ac-sr-card", "Application received: {role}",
   "<html><body><table width=\"560\"><tr><td style=\"padding:16px\"><h3>{co}</h3><p>Dear {n},</p><p>Position: <b>{role}</b><br>Outcome: <b>Awaiting review</b></p><p>If our resort team chooses to continue with other people, this card changes to \"Not progressed\" and you will get an email. Nothing has been decided yet.</p><p><a href=\"https://jobs.{dom}/me\">jobs.{dom}</a></p></td></tr></table></body></html>",
   ("Conch Reef Resort Nassau", "Sugarapple Bay St. Lucia"), ("conchreef-bs.example", "sugarapplebay.example"), frm="{co} <careers@smartr.{dom}>", role=("Watersports Attendant", "Restaurant Host"), tz=("bs", "lc"))
mo("application_received", "ac-icims-auth", "{co}: application {ref} received",
   "Dear {full},\n\nRe: {role}, posting {ref}\n\nYour application is logged. The authority assesses written applications first. If yours is not moved on to the next step, you will receive a notice through this portal; if it is, HR phones to arrange a test.\n\nHuman Resources Division\n{co}",
   ("Harbourside Waste Authority", "Three Rivers Transit District"), ("harbourwaste.example", "threeriverstransit.example"), frm="{co} HR <hr-donotreply@{dom}>", role=("Fleet Mechanic", "Transit Operator Trainee"), tz=("cae", "usc"))
mo("application_received", "ac-taleo", "{co} – application for Job {ref}",
   "Dear {full},\n\nWe have your application for {role} (Job {ref}). Once a successful applicant accepts an appointment, all other applications close and each applicant is told so by email. Until then your application remains active.\n\n{co} hires on merit alone, without regard to protected status.\n\nOffice of Human Resources",
   ("Kingsreach Technical College", "St. Adrian's Regional Health"), ("kingsreach.example", "stadrianshealth.example"), frm="{co} <taleo-notify@{dom}>", role=("Adjunct Instructor - Welding", "Unit Secretary"), tz=("cae", "usm"))
mo("application_received", "ac-ashby", "Got your application for {role}",
   "Hey {n},\n\n{sig} here, co-founder. Got your {role} application; I'll read it this weekend. A no comes with two or three lines on why, because nobody learns anything from silence. If it's a yes, expect a calendar link.\n\n{sig}",
   ("Ledgerbird", "Cowrie Pay"), ("ledgerbird.example", "cowriepay.example"), role=("Founding Designer", "Data Engineer"), tz=("uk", "ng"))
mo("application_received", "ac-workable", "Application received – {co}",
   "Dear {n},\n\nYour application for {role} has arrived. Our head chef shortlists within ten days. Should the kitchen want a different profile, a short email from me explains that, so nobody waits in silence.\n\nRegards,\n{sig}\n{co}\n\nSent with Workable",
   ("Saffron & Salt Events", "Greenstead Banqueting"), ("saffronsalt.example", "greenstead-banq.example"), frm="{co} <{sl}@workablemail.{dom}>", role=("Pastry Commis", "Kitchen Porter"), tz=("uk", "za"))
mo("application_received", "ac-bamboo", "{co} - application received",
   "Hi {n},\n\nThe clinic has your application for {role}. We review in batches on Fridays. Applications we won't take to interview are closed the same day with an email, so you'll always know where you stand.\n\n{sig}\nPractice Manager",
   ("Riverbend Physio & Pilates", "Coastline Podiatry Group"), ("riverbendphysio.example", "coastlinepodiatry.example"), frm="{sig} <{sl}@bamboohr.{dom}>", role=("Pilates Instructor", "Podiatry Assistant"), tz=("au", "nz"))
mo("application_received", "ac-tt", "We've got it, {n}!",
   "Hi {n}!\n\nYour application for {role} at {co} is with us. Heads-up on how we work: a message from us means either 'come and meet us' or 'we've picked other people' - you'll get one of the two.\n\nTeam {co}\n\nPowered by Teamtailor",
   ("Pipit Records", "Wildthyme Garden Centre"), ("pipitrecords.example", "wildthyme-gc.example"), frm="{co} <noreply@teamtailor.{dom}>", role=("Vinyl Buyer's Assistant", "Café Assistant"), tz=("uk", "ie"))
mo("application_received", "ac-personio", "Your application as {role} - received",
   "Dear {full},\n\nmany thanks for applying at {co}. We have received all documents. The department will check them in the next 14 days. In case we should decide for other applicants, you get a message from us, and your data is erased after six months according to GDPR.\n\nKind regards\n{sig}",
   ("Valletta Yacht Services", "Nordhafen Kühltechnik"), ("vallettayacht.example", "nordhafen-kt.example"), frm="{sig} <{sl}@personio.{dom}>", role=("Crew Coordinator", "Sales Assistant (English)"), tz=("mt", "eu"))
mo("application_received", "ac-pinpoint", "{co}: {role} application received",
   "Dear {n},\n\nDone - {role} application complete. After the closing date two panel members will score it against the person specification. Applications scoring above the cut-off are invited to interview; those under it receive a letter, and you can ask for the panel's notes.\n\nRecruitment Team, {co}",
   ("Fernlea Housing Co-operative", "Moorvale Leisure Trust"), ("fernleahousing.example", "moorvale-leisure.example"), frm="{co} Recruitment <recruitment@pinpoint.{dom}>", role=("Repairs Coordinator", "Duty Manager"), tz=("uk", "uk"))
mo("application_received", "ac-zm", "ACKNOWLEDGEMENT: {role}",
   "Dear {full},\n\nThis office has received the application you sent for this post. Kindly note that the Company writes only to those on its shortlist; a month of quiet after the closing date is the Company's answer in the negative.\n\n{sig}\nHUMAN RESOURCES MANAGER, {co}",
   ("Kafue Flats Sugar Estates", "Mbale Highland Coffee Union"), ("kafueflats.example", "mbalecoffee.example"), role=("CANE HAULAGE SUPERVISOR", "WAREHOUSE CLERK"), tz=("zm", "ug"))
mo("application_received", "ac-diy", "We've received your application",
   "Hi {n},\n\nThanks for applying to {co} for {role}. Our store team reads applications within a fortnight: a phone call means interview, an email means they've passed.\n\n---------------------------------------------\nPerks: 20% off in store from your first shift and paid volunteering days.\nSet up job alerts: https://jobs.{dom}/alerts\n{co} Ltd is registered in England, company no. 09123456.",
   ("Hammer & Hinge Stores", "Plankwise Timber Merchants"), ("hammerhinge.example", "plankwise.example"), frm="{co} Jobs <jobs-noreply@{dom}>", role=("Paint Mixing Adviser", "Delivery Driver"), tz=("uk", "uk"))
mo("application_received", "ac-telco", "{co} Careers: application received",
   "Dear {n},\n\nYour application for {role} is registered. Shortlisted candidates receive an SMS invitation to the online assessment. Candidates who do not proceed receive an email from this address once the shortlist is final.\n\n======================\nFRAUD ALERT: no {co} recruiter will ever ask you for money, airtime or a fee.\nJoin our Talent Circle: https://careers.{dom}/circle",
   ("Zambezi Mobile", "Kalahari Telecom"), ("zambezimobile.example", "kalaharitel.example"), frm="{co} Careers <careers@{dom}>", role=("Mobile Money Agent Supervisor", "Billing Analyst"), tz=("zm", "bw"))
mo("application_received", "ac-dsc", "DISTRICT SERVICE COMMISSION - RECEIPT OF APPLICATION",
   "Dear {full},\n\nRE: {role}\n\nYour application has reached the Commission. The Commission will verify academic documents with the awarding institutions before shortlisting. The shortlist will be displayed on the district notice board and website; applicants whose names do not appear should take it that they were not shortlisted.\n\nSecretary, {co}",
   ("Busoga District Service Commission", "Luapula Local Government Service Commission"), ("busoga-dsc.example", "luapula-lgsc.example"), role=("LABORATORY ASSISTANT", "PARISH CHIEF"), tz=("ug", "zm"))
mo("application_received", "ac-vac", "Application received: {co} {role}",
   "Hi {n},\n\nYour application for our {role} is in. Next comes a video interview link within a week. Last year 1,100 students applied for 30 places; whatever the outcome, an email will reach you before October ends.\n\nGraduate Programs Team\n{co}",
   ("Southern Cross Rail Engineering", "Tasman Energy"), ("southerncrossrail.example", "tasmanenergy.example"), role=("Summer Vacation Program", "Summer Internship Program"), tz=("au", "nz"))
mo("application_received", "ac-rc", "Your CV - {co}",
   "Hi {n},\n\nYour CV for the validation contract arrived, and by 3pm the client had it in hand. If they say no thanks, expect a phone call rather than an email, and I'll have other options around {role} ready.\n\n{sig}\n{co}",
   ("Shannonside Life Science Recruitment", "Lion City Compliance Search"), ("shannonsiderec.example", "lioncitysearch.example"), role=("Cork", "Tuas"), tz=("ie", "sg"))
mo("application_received", "ac-okavango", "{co} application received",
   "Dear {n},\n\nWe have your application for {role}. The hiring team reviews in order of receipt. If they release your application from the process, your careers account will show it; if they would like to meet, a recruiter will call from a Maun number.\n\n{co} Recruiting",
   "Okavango Valley Lodges", "okavangovalley.example", frm="{co} <careers-noreply@{dom}>", role="Lodge Chef", tz="bw")
mo("application_received", "ac-loomkit", "Thanks for applying to {co}",
   "Hi {n},\n\n{role}: your application is with us. Our team reads everything; whether we schedule a call or decide to pursue other candidates, you'll hear back within 14 days.\n\nBest,\n{sig}\nRecruiting Coordinator",
   "Loomkit Manila", "loomkit.example", frm="{sig} <no-reply@greenhouse.{dom}>", role="Lifecycle Marketing Manager", tz="ph")
mo("application_received", "ac-greyhaven", "Job {ref}: application received",
   "Dear {full},\n\nThis confirms that {co} has received your application for {role}. Given how many applications land here, those not chosen don't each get a reply. Thirty days without contact means the post went to someone else.\n\nTalent Acquisition",
   "Greyhaven University Medical Campus", "greyhaven-umc.example", frm="{co} <careers@{dom}>", role="Phlebotomist", tz="usm")
mo("application_received", "ac-cayo", "{role} vacancy - received",
   "Good day {n},\n\nYour application for {role} reached us. The interview list will be drawn up on the 15th. Anyone left off it gets a letter from us the same week; we reply to everyone.\n\nRespectfully,\n{sig}\nAdministration, {co}",
   "Cayo Citrus Growers", "cayocitrus.example", role="Field Supervisor", tz="bz")
mo("application_received", "ac-essequibo", "Your application",
   "Dear {full},\n\nYour application for {role} is in our hands. The selection committee sits on the last Friday of the month. Whether or not the committee recommends you, the Personnel Office will write to you after that sitting.\n\nSincerely,\n{sig}\nPersonnel Officer",
   "Essequibo Rice Millers Association", "essequiborice.example", role="Stores Clerk", tz="gy")
mo("application_received", "ac-indus", "Application received - {role}",
   "Dear {n},\n\nThanks for applying to {co}. Your profile is with the hiring team for {role}. Incase the profile is not shortlisted, we will keep it in our database and reach out only if a matching opening comes up.\n\nRegards,\n{sig}\nTalent Acquisition",
   "Indus Delta Textiles", "indusdelta.example", role="Demand Planner", tz="pk")
mo("application_received", "ac-jinja", "Receipt of application",
   "Dear {n},\n\nYour application for {role} reached us. The oral interviews are planned for next month. Anyone who doesn't reach the interview gets an email after the shortlist is approved.\n\nFor: Managing Director\n{co}",
   "Jinja Riverside Brewers", "jinjabrew.example", role="Brewhouse Operator", tz="ug")
mo("application_received", "ac-grandmaster", "{co} – thank you for applying",
   "Dear {n},\n\nThanks for your application for {role}. Our compliance lead reviews applications weekly. If another candidate's experience is chosen over yours, an email tells you; if it goes well, a half-hour call comes next.\n\nKind regards,\n{sig}",
   "Grandmaster Gaming Malta", "grandmastergaming.example", role="Fraud Analyst", tz="mt")
mo("application_received", "ac-northshore", "{co} - {role} competition: received",
   "Hello {n},\n\nWe have your application for {role}. The screening board meets after the closing date and screens on the essential criteria only, including the Class 3 licence. If the board screens you out, an email says so; if in, a call books a road test.\n\n{sig}\nHuman Resources",
   "Northshore Aggregate Haulage", "northshorehaul.example", role="Loader Operator", tz="cap")
mo("application_received", "ac-tanjong", "Application received: {role}",
   "Dear {n},\n\nWe appreciate your application for {role}. Our hiring manager will review it within two weeks. We phone only candidates whose experience matches; either way, your particulars sit with us for 6 months under the PDPA.\n\nWarm regards,\n{sig}\n{co}",
   "Tanjong Pagar Marine Engineering", "tpmarine.example", role="Pipefitter", tz="sg")
mo("application_received", "ac-serendib", "Your application with {co}",
   "Dear {n},\n\nYour application for {role} has reached our talent team. If it is unsuccessful we shall inform you by email; shortlisted candidates are called for a walk-in interview.\n\n****\nExplore more: Night Auditor (Colombo) | Pastry Chef (Galle)\nLoyalty: join Lotus Circle and earn nights\nYour details are handled in line with Sri Lanka's PDPA (Act No. 9 of 2022).",
   "Serendib Coast Hotels", "serendibcoast.example", frm="{co} Careers <careers@{dom}>", role="Front Office Associate", tz="lk")
mo("application_received", "ac-sagebrush", "Application received - Exam No. {ref}",
   "{full},\n\nYour application for {role} (Exam No. {ref}) has been accepted for review. If you meet the minimum qualifications, a written test date follows. Applicants found not to meet them will receive a notice of rejection with appeal rights.\n\n{co} Merit System Office",
   "Sagebrush County", "sagebrushcounty.example", frm="{co} Merit System <merit-noreply@{dom}>", role="Eligibility Technician", tz="usm")
mo("application_received", "ac-ns", "Competition {ref}: application received",
   "Hello {n},\n\nThanks for applying to competition {ref} ({role}). Applications are screened against the posted criteria. If you are screened out, a notice lands in this account; if screened in, it goes on to the manager doing the hiring, who might then call you in.\n\nTalent Acquisition, {co}",
   "Province of Nova Scotia Public Service", "ns-publicservice.example", role="Fisheries Technician", tz="cae")
mo("application_received", "ac-fraser", "Co-op application received",
   "Hi {n},\n\nYour application for the {role} Co-op at {co} is in. Employer interviews run in week six. Matched or not, the co-op portal will update after round one closes, and unmatched students can apply again in round two.\n\n{co} University Relations",
   "Fraser Delta Hydro", "fraserdeltahydro.example", frm="{co} <campus@{dom}>", role="Environmental Field", tz="cap")

# ---------------------------------------------------------------- mix: 35 interviews, next steps, offers
mo("interview", "iv-planning", "RE: [EXT] Re: {role} interview - second stage",
   "Hi {n},\n\nGood news: the panel wants a second stage with you on {dl} at 10:00, a 20-minute presentation on a contentious extension case followed by questions. Unfortunately our reception desk is unstaffed over lunch, so if you arrive early please ring the number on the door.\n\nAll the best,\n{sig}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: {role} interview\n\nThanks for seeing me today.",
   ("Wexcombe District Council", "Lochar Vale Council"), ("wexcombe.example", "locharvale.example"), role=("Planning Officer", "Senior Planning Officer"), tz=("uk", "uk"))
mo("interview", "iv-sre", "RE: [EXT] RE: next steps",
   "{n},\n\nThe team enjoyed the architecture session. Final round next: 45 minutes with our VP Engineering on {dl}. Slots are here: https://cal.{dom}/final. If none of those work, say so and we'll find another.\n\n{sig}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: RE: next steps\n\nHi {sig}, any word since Thursday?",
   ("Brightwake Payments", "Harbinger Cloud"), ("brightwake.example", "harbingercloud.example"), role=("Site Reliability Engineer", "Platform Engineer"), tz=("ie", "cae"))
mo("interview", "iv-festival", "RE: [EXT] Re: Production coordinator chat",
   "Hey {n},\n\nLoved the call. Can you come out to the site office on {dl} for a walk-round with our head of production? Unfortunately there's no signal past the main gate, so text me before you drive in.\n\n{sig}\n\n________________________________\nFrom: {full}\nSent: {q}\nSubject: Re: Production coordinator chat\n\nCheers, fingers crossed on my side.",
   ("Oxbow Fields Festival", "Kirstenbosch Nights Live"), ("oxbowfields.example", "kbnightslive.example"), tz=("uk", "za"))
mo("interview", "iv-dsc", "DISTRICT SERVICE COMMISSION - INVITATION FOR ORAL INTERVIEW",
   "Dear {full},\n\nRE: {role}\n\nYou have been shortlisted; the oral interview is set for {dl} at 9:00 a.m. at the district headquarters. Come with original academic documents and your national ID. Unfortunately the Commission is not able to meet transport costs.\n\nSecretary, {co}",
   ("Busoga District Service Commission", "Luapula Local Government Service Commission"), ("busoga-dsc.example", "luapula-lgsc.example"), role=("LABORATORY ASSISTANT", "PARISH CHIEF"), tz=("ug", "zm"))
mo("interview", "iv-tt", "Come in for a chat, {n}?",
   "Hi {n}!\n\nFancy meeting us about {role}? How's {dl} at 4pm in the shop? It's a relaxed half hour with the owner. Unfortunately travel to first chats is on you, sorry!\n\nTeam {co}\n\nPowered by Teamtailor",
   ("Pipit Records", "Wildthyme Garden Centre"), ("pipitrecords.example", "wildthyme-gc.example"), frm="{co} <noreply@teamtailor.{dom}>", role=("Vinyl Buyer's Assistant", "Café Assistant"), tz=("uk", "ie"))
mo("interview", "iv-brewer", "Re: Head brewer",
   "Hey {n},\n\nCheers again for coming in. Fancy a second brew day on {dl}? Same 7am start; bring steel caps.\n\n{sig}\n\nOn {q}, {full} wrote:\n> Thanks for having me in, keen to do another day if useful.",
   "Salt Lick Brewing Co", "saltlickbrewing.example", role="Head Brewer", tz="cap")
mo("interview", "iv-loomkit", "Let's talk - {co}",
   "Hi {n},\n\nOur Head of Growth wants half an hour with you about {role}. Please grab a time before {dl}: https://cal.{dom}/growth.\n\nBest,\n{sig}\nRecruiting Coordinator",
   "Loomkit Manila", "loomkit.example", frm="{sig} <no-reply@greenhouse.{dom}>", role="Lifecycle Marketing Manager", tz="ph")
mo("interview", "iv-ns", "Competition {ref}: interview invitation",
   "Hello {n},\n\nYour application for competition {ref} ({role}) has gone on to the manager doing the hiring, who wants a video interview with you on {dl}. Please confirm within two business days.\n\nTalent Acquisition, {co}",
   "Province of Nova Scotia Public Service", "ns-publicservice.example", role="Fisheries Technician", tz="cae")
mo("interview", "iv-cayo", "Interview - {role}",
   "Good day {n},\n\nYou are on the interview list for {role}. Please come to the packing house office on {dl} at 8:30. Unfortunately the road past the nursery is washed out, so use the back gate.\n\nRespectfully,\n{sig}",
   "Cayo Citrus Growers", "cayocitrus.example", role="Field Supervisor", tz="bz")
mo("interview", "iv-jinja", "Invitation to oral interview",
   "Dear {n},\n\nFollowing shortlisting for {role}, you are invited to an oral interview at the brewery boardroom on {dl} at 10:00 a.m. Kindly confirm attendance by phone.\n\nFor: Managing Director\n{co}",
   "Jinja Riverside Brewers", "jinjabrew.example", role="Brewhouse Operator", tz="ug")
mo("next_steps", "ns-telco", "{co} Careers: online assessment",
   "Dear {n},\n\nYou have been shortlisted for {role}. Please complete the online numerical and verbal assessment by {dl}, 23:59. The link works once and expires at that time; we cannot reopen it.\n\nhttps://assess.{dom}/start?ref={ref}\n\n======================\nBEWARE OF FRAUD: {co} never asks for payment.",
   ("Zambezi Mobile", "Kalahari Telecom"), ("zambezimobile.example", "kalaharitel.example"), frm="{co} Careers <careers@{dom}>", role=("Mobile Money Agent Supervisor", "Billing Analyst"), tz=("zm", "bw"))
mo("next_steps", "ns-workable", "Tasting invitation – {co}",
   "Dear {n},\n\nOur head chef would like to see you cook. Please confirm by {dl} whether you can do a two-hour tasting the following week; you'll prepare a starter and a main for four. Ingredients provided.\n\nRegards,\n{sig}\n{co}\n\nSent with Workable",
   ("Saffron & Salt Events", "Greenstead Banqueting"), ("saffronsalt.example", "greenstead-banq.example"), frm="{co} <{sl}@workablemail.{dom}>", role=("Pastry Commis", "Kitchen Porter"), tz=("uk", "za"))
mo("next_steps", "ns-vac", "Your video interview: {co} {role}",
   "Hi {n},\n\nNext up for our {role}: a recorded video interview. Answers must be in by {dl} at 5pm. Unfortunately there's no extension possible; the assessment centre follows straight on.\n\nGraduate Programs Team\n{co}",
   ("Southern Cross Rail Engineering", "Tasman Energy"), ("southerncrossrail.example", "tasmanenergy.example"), role=("Summer Vacation Program", "Summer Internship Program"), tz=("au", "nz"))
mo("next_steps", "ns-sagebrush", "Written test scheduled - Exam No. {ref}",
   "{full},\n\nYour application for {role} clears the minimum qualifications. Your written test is on {dl} at 9:00 a.m. at the county annex. Photo ID required; doors close at 9:10.\n\n{co} Merit System Office",
   "Sagebrush County", "sagebrushcounty.example", frm="{co} Merit System <merit-noreply@{dom}>", role="Eligibility Technician", tz="usm")
mo("next_steps", "ns-northshore", "Road test booking - {role}",
   "Hello {n},\n\nYou've been screened in for {role}. Book your road test on the link below before {dl}; slots are first come, first served. Bring your licence and abstract.\n\nhttps://book.{dom}/roadtest\n\n{sig}\nHuman Resources",
   "Northshore Aggregate Haulage", "northshorehaul.example", role="Loader Operator", tz="cap")
mo("next_steps", "ns-greyhaven", "Pre-employment screening - action needed",
   "Dear {full},\n\nAs the next step for {role}, please complete the background check and immunisation record form by {dl}. Your file cannot go to the hiring department until both are in.\n\nTalent Acquisition, {co}",
   "Greyhaven University Medical Campus", "greyhaven-umc.example", frm="{co} <careers@{dom}>", role="Phlebotomist", tz="usm")
mo("next_steps", "ns-grandmaster", "{co} – references and ID",
   "Dear {n},\n\nFollowing your call with our compliance lead, please upload a scan of your ID and two referees' details for {role} - deadline {dl}.\n\nThanks,\n{sig}",
   "Grandmaster Gaming Malta", "grandmastergaming.example", role="Fraud Analyst", tz="mt")
mo("next_steps", "ns-ceylon", "Management Trainee Programme - group exercise",
   "Dear {n},\n\nCongratulations on clearing the aptitude test for the {role}. Please attend the group exercise on {dl}, 8.30 a.m., head office, 4th floor. Your NIC and certificates are needed.\n\nLearning & Development, {co}",
   "Ceylon Merchant Bank", "ceylonmerchant.example", role="2026 Management Trainee Programme", tz="lk")
mo("next_steps", "ns-okavango", "{co}: practical cook-off",
   "Dear {n},\n\nThe hiring team asks for a practical cook-off for {role} at the Maun kitchen. Please confirm a date before {dl}; lodging for the night is provided.\n\n{co} Recruiting",
   "Okavango Valley Lodges", "okavangovalley.example", frm="{co} <careers-noreply@{dom}>", role="Lodge Chef", tz="bw")
mo("offer", "of-ashby", "Offer - {role}",
   "Hey {n},\n\nIt's a yes from both of us - come and be {co}'s {role}. The letter and the option paperwork are attached; an answer by {dl} would be ideal.\n\n{sig}",
   ("Ledgerbird", "Cowrie Pay"), ("ledgerbird.example", "cowriepay.example"), role=("Founding Designer", "Data Engineer"), tz=("uk", "ng"))
mo("offer", "of-rc", "Contract offer - {co}",
   "Hi {n},\n\nGood news - the client rang: the validation contract near {role} is yours. Nine months, start in three weeks, rate as discussed. Paperwork is attached; sign and return by {dl}.\n\n{sig}\n{co}",
   ("Shannonside Life Science Recruitment", "Lion City Compliance Search"), ("shannonsiderec.example", "lioncitysearch.example"), role=("Cork", "Tuas"), tz=("ie", "sg"))
mo("offer", "of-payroll", "Re: Re: Payroll lead",
   "Hi {n},\n\nFollowing the second meeting, the payroll lead job is on the table for you. Contract attached, starting salary as discussed. Please let me know by {dl}.\n\n{sig}\n\nOn {q} {full} wrote:\n> Hi {sig}, thanks for the chat, happy to share references.",
   ("Gumtree Civil Pty Ltd", "Harakeke Constructors"), ("gumtreecivil.example", "harakeke.example"), tz=("au", "nz"))
mo("offer", "of-bamboo", "{co} - offer of employment",
   "Hi {n},\n\nWe were all impressed, and the {role} position at {co} is yours, and I'm delighted. Your letter is in the BambooHR portal; please e-sign it by {dl}.\n\nWith thanks,\n{sig}\nPractice Manager",
   ("Riverbend Physio & Pilates", "Coastline Podiatry Group"), ("riverbendphysio.example", "coastlinepodiatry.example"), frm="{sig} <{sl}@bamboohr.{dom}>", role=("Pilates Instructor", "Podiatry Assistant"), tz=("au", "nz"))

# ---------------------------------------------------------------- mix: 15 other
mo("other_job", "ot-review", "Application status changed",
   "{co} Careers\n\nCandidate: {full}\nRequisition: {role} ({ref})\nStatus: In review\n\nLog in to view your applications.",
   ("Copperhead Energy", "Blue Crane Insurance"), ("copperheadenergy.example", "bluecrane-ins.example"), frm="{co} Careers <notifications@{dom}>", role=("Pipeline Integrity Technician", "Underwriting Assistant"), tz=("usc", "za"))
mo("other_job", "ot-withdraw", "Your application: {role}",
   "Hello {n},\n\nSomething moved on your application record.\nJob: {role}\nStage: Application Review\nDisposition: Withdrawn by candidate\n\nYou asked us to withdraw this application and we have done so. Sent automatically by the {co} hiring system.",
   ("Harbourlight Credit", "Wattle Mutual"), ("harbourlight.example", "wattlemutual.example"), frm="{co} Jobs <no-reply@{dom}>", role=("Lending Officer", "Contact Centre Consultant"), tz=("cae", "au"))
mo("job_alert", "ot-alert", "New jobs near you: {role}",
   "Hi {n},\n\nFresh today for your search \"{role}\":\n- Yard Operative, {co}, 5 miles\n- Forklift Driver (nights), 8 miles\n- Trade Counter Assistant, 11 miles\n\nChange what we send: https://jobs.{dom}/alerts\n\n{co} Jobs",
   ("Hammer & Hinge Stores", "Plankwise Timber Merchants"), ("hammerhinge.example", "plankwise.example"), frm="{co} Jobs <jobs-noreply@{dom}>", role=("warehouse", "yard"), tz=("uk", "uk"))
mo("other_job", "ot-delay", "{co}: {role} timeline",
   "Dear {n},\n\nA quick word on timing: the shortlisting panel for {role} has had to move its meeting by two weeks. Nothing has been decided for anyone yet, and yours remains under consideration.\n\nRecruitment Team, {co}",
   "Moorvale Leisure Trust", "moorvale-leisure.example", frm="{co} Recruitment <recruitment@pinpoint.{dom}>", role="Duty Manager", tz="uk")
mo("recruiter_outreach", "ot-pitch-ug", "Opportunity: Finance Manager, Kampala",
   "Hello {n},\n\nYour profile came up in my search - I'm filling a Finance Manager opening with an agro-processing client in Kampala. Got fifteen minutes on Thursday or Friday?\n\n{sig}\n{co}",
   "Pearl Executive Search", "pearlsearch.example", tz="ug")
mo("recruiter_outreach", "ot-pitch-mt", "Compliance roles in Malta",
   "Hi {n},\n\nI recruit AML and fraud people for gaming operators in Sliema and St Julian's. Relocation packages are strong this year. Fancy a chat about what's out there?\n\n{sig}\n{co}",
   "Azure Window Talent", "azurewindowtalent.example", tz="mt")
mo("non_job_rejection_words", "nj-flat", "Flat 3, 19 Kestrel Road - viewing outcome",
   "Hi {n},\n\nThanks for viewing Flat 3. The landlord went with another applicant, and this property is off the table for you. Two similar flats come on next month; want the details?\n\n{sig}\n{co} Lettings",
   "Ashgrove & Penn", "ashgrovepenn.example", tz="uk")
mo("non_job_rejection_words", "nj-loan", "Your vehicle loan application",
   "Dear {full},\n\nYour vehicle loan request has been assessed and declined: your debt-to-income ratio is above our limit. A new request can be made in three months.\n\nCredit Department\n{co}",
   "Kigezi Savings & Credit", "kigezisacco.example", tz="ug")
mo("non_job_rejection_words", "nj-grant", "Community Heritage Fund - decision",
   "Dear {n},\n\nThe panel met to consider applications to the Community Heritage Fund. Your project, the oral history of the fishing quarter, did not receive funding this round; asks totalled four times the pot.\n\n{sig}\nGrants Officer, {co}",
   "Gozo Heritage Foundation", "gozoheritage.example", tz="mt")
mo("non_job_rejection_words", "nj-club", "Allotment plot waiting list",
   "Hi {n},\n\nSorry - every one of the 40 Mill Lane plots is let for next season, which leaves none for you. You're number 12 on the waiting list.\n\n{sig}\nSecretary, {co}",
   "Mill Lane Allotment Society", "milllane-allot.example", tz="uk")
mo("non_job_rejection_words", "nj-school", "Application for Year 7 place",
   "Dear {full},\n\nThe school was oversubscribed for Year 7, and your child's application fell outside the admission criteria, so no place can be offered. Appeals go to the clerk within 20 school days.\n\nAdmissions, {co}",
   "Glenmore Grammar School", "glenmore-grammar.example", tz="ie")
mo("non_job_rejection_words", "nj-choir", "Auditions - Chamber Choir",
   "Dear {n},\n\nThanks for singing for us. The chamber choir had two alto places and both have gone to other singers. Our open workshops are free to join.\n\n{sig}\nMusic Director, {co}",
   "Kowloon Chamber Singers", "kowloonsingers.example", tz="hk")

# ---------------------------------------------------------------- wide: 25 English refusals, new trades and channels
wr("pinsetter", "Shiftloop: new message from {co}",
   "Shiftloop\n\n{co} (Lanes & Bar) sent you a message:\n\"Hi {n}, thanks for coming in to look at the machines. We're giving the pinsetter mechanic trainee spot to someone who's done A-2 machine resets before. Good luck!\"\n\nReply in the app. Shiftloop sends these because you used it to apply.",
   "Strike Alley Bowl", "shiftloop.example", frm="Shiftloop <messages@{dom}>", tz="usc")
wr("framer", "Message from {co} (till system)",
   "TILLPOINT notification\nStore: {co}\nNote to customer {full}:\nRe your enquiry about the framing assistant job: thank you, but we've filled it with one of our Saturday staff. Your mount-cutting samples are at the counter to collect.\n-- {sig}",
   "Gallery Four Framing", "tillpoint-notify.example", frm="Tillpoint <receipts@{dom}>", tz="uk")
wr("lapidary", "Exhibitor portal: your apprenticeship request",
   "GemFair Exhibitor Portal\n\nRequest from: {full}\nTo exhibitor: {co}\nStatus: Declined by exhibitor\nExhibitor note: \"We only take one cutting trainee each season and that place went to a student from the gemmology course. Come and see the faceting demo anyway.\"",
   "Ironbark Opal Cutters", "gemfair-portal.example", frm="GemFair Portal <no-reply@{dom}>", tz="auq")
wr("silversmith", "Board export: Bench assistant applicants",
   "Exported from Pinwall board \"Bench assistant 2026\" by {sig}\n\nColumn: Not this time\n- {full}: lovely raising on the beaker, but we need someone already confident with soldering hollowware. Told by email 14/5.\n\nColumn: Trial day\n- (2 cards)",
   "Kestrel Lane Silver", "kestrelsilver.example", tz="uk")
wr("coffin", "Scan of note left for you",
   "[Text recognised from a photographed note, Scanly app]\n\n{n} - sorry we missed you at the workshop. The joiner's job is going to Ray's lad, he's done the veneering with us for two summers. Thanks for bringing the dovetail piece. - {sig}, {co}",
   "Greenwood Coffin Makers", "greenwoodcoffins.example", tz="uk")
wr("mirror", "New comment on mirror-cell-v3.step",
   "{sig} commented on mirror-cell-v3.step in project \"{co}\":\n\n\"@{n} thanks for the grinding log and the Foucault photos. We're going with a volunteer who's already figured a 16-inch, so the workshop grinder spot is taken. The cell redesign you suggested is going in, though.\"\n\nView comment | Mute thread",
   "Dark Sky Observatory Workshop", "cadshare.example", frm="CADshare <notify@{dom}>", tz="usm")
wr("scenic", "Crewcall: update on your availability request",
   "Crewcall\n\nProduction: {co} - winter panto\nDepartment: Scenic painting\nYour request to join as assistant scenic painter was not accepted by the head of department.\nMessage: \"Crew's full for this build - the paint frame only fits three.\"",
   "The Marlowe Empire", "crewcall.example", frm="Crewcall <noreply@{dom}>", tz="uk")
wr("liondance", "Chat export - drum team",
   "[Exported chat: {co} drum team]\n[19:02] {sig}: welcome everyone from Saturday's tryout\n[19:04] {sig}: {n}, thank you for coming. we're keeping the drum to people who can hold the rhythm for 20 min, so this year you'll be on the cymbals list for new year, not the drum\n[19:05] {n}: ok understood",
   "Chinatown Harmony Lion Dance", "harmonylions.example", tz="cae")
wr("juicer", "Your Zipcharge charger account",
   "Hi {n},\n\nWe checked your charger application. Your vehicle and storage details don't meet our requirements for an overnight charger in this zone, so your account can't be activated. Reapplying is locked for 90 days.\n\nZipcharge Operations",
   "Zipcharge", "zipcharge.example", frm="Zipcharge <ops@{dom}>", tz="usp")
wr("pooltech", "Dispatch message from {co}",
   "RouteDesk dispatch\nFrom: {co} office\nTo: {full} (applicant)\n\"Thanks for the ride-along on Tuesday. We're taking on a tech who already holds the pool operator certificate, so the route stays without you. - {sig}\"",
   "Clearwater Pool Service", "routedesk.example", frm="RouteDesk <dispatch@{dom}>", tz="use")
wr("ocularist", "Traineeship application",
   "Dear {n},\n\nThanks for writing to {co} about ocularist training. There is one traineeship every three years, and the practice has offered it to someone from dental technology, whose acrylic work is further along. We'll keep your letter in the file.\n\nYours sincerely,\n{sig}",
   "Hartwell Artificial Eye Studio", "hartwelleyes.example", tz="uk")
wr("skitune", "Kiosk application result",
   "SkiShop kiosk - application result\nName: {full}\nRole: Ski tuning bench (winter)\nResult: Unsuccessful\nNote from manager: stone-grinder experience needed this season.\nPrinted copy sent to your email.",
   "Peak Edge Sports", "peakedge.example", frm="{co} Kiosk <kiosk@{dom}>", tz="cap")
wr("resoler", "Repair ticket #{ref} closed",
   "Ticket #{ref} ({full}) - status: Closed\n\nTechnician note: Hi {n}, re your question about an apprentice resoling spot: we've not got room on the bench this year, the two places went to people from our shop floor. Your shoes are ready for pickup too.\n\n{co} Repairs",
   "Crux Resole Works", "cruxresole.example", frm="{co} Repairs <tickets@{dom}>", tz="nz")
wr("tent", "Text message from 01632 960123",
   "You have a text message from a landline (converted to email):\n\"hello {n} its {sig} from {co}. the repair job is gone to my nephew sorry. thanks for coming by with the sample seam\"",
   "Bramble Tent Repairs", "landline2mail.example", frm="Landline2Mail <sms@{dom}>", tz="uk")
wr("eggs", "FWD: SMS from {co}",
   "Forwarded SMS\nFrom: {co}\n\"{co}: Hi {n}, the egg grading floor shifts for next week are filled. You won't be placed at the farm. Reply STOP to opt out.\"",
   "Greenvale Labour Hire", "greenvale-lh.example", frm="{full} <{box}.fwd@tilapost.example>", tz="au")
wr("pasta", "Fwd: from Nonna's shop",
   "---------- Forwarded message ---------\nFrom: Mum\n\nText from Rosa at {co}: 'tell {n} thank you, but we took the girl who does the farmers market with us for the pasta room. she can still come for a coffee'",
   "Pastificio Rosa", "fwdmail.example", frm="{full} <{box}.home@kitepost.example>", tz="au")
wr("tofu", "Carpool group: tofu workshop",
   "[Carpool group \"{co} 5am run\"]\n{sig}: morning all. {n}, about the tofu press job - we picked Huong who already knows the coagulation, so no seat for you in the van from next week. sorry and thank you!",
   "Soy Lantern Tofu Co", "soylantern.example", tz="cae")
wr("vending", "RouteMap message",
   "RouteMap - message for {full}\nSender: {co} operations\n\"The vending restock route you trialled on Monday has been given to a driver with a clean commercial licence record. We will not offer you the route.\"",
   "Snackwell Vending", "routemap.example", frm="RouteMap <notify@{dom}>", tz="usc")
wr("lasertag", "Booking #{ref} - staff note",
   "Booking #{ref} (job trial, 2 hrs)\nCustomer: {full}\nStaff note added by {sig}: Thanks for the trial shift as an arena marshal. We've decided on other marshals for the weekend team. Trial shift paid at the usual rate.",
   "Photon Grid Laser Arena", "photongrid.example", frm="{co} Bookings <bookings@{dom}>", tz="uk")
wr("hotsauce", "Re: bottling line",
   "hey {n} - owner here. we ended up hiring two people from the farm for the bottling line, so I'm out of spots. thanks for the scotch bonnet tips haha. {sig}",
   "Firebrand Pepper Sauce", "firebrandsauce.example", tz="bz")
wr("watertaxi", "Radio log extract - applicant",
   "HARBOUR WATER TAXIS - radio log (transcribed)\n0814 Base to {n}, copy. Deckhand vacancy: you have not been taken on. Skipper needs a powerboat level 2 holder. Base out.\n\nThis extract was emailed at your request.",
   "Harbour Water Taxis", "harbourtaxis.example", frm="{co} Base <base@{dom}>", tz="au")
wr("churros", "Fwd: text from the churros van",
   "Fwd from my phone:\n\"hi {n} its {sig} from {co}. season team is sorted already, we went with people who did last summer. sorry x\"",
   "Churro Loco", "churroloco.example", frm="{full} <{box}@seabreeze.example>", tz="es")
wr("pretzel", "Market portal: stall helper application",
   "Winter Market Trader Portal\n\nTrader: {co}\nPosition: Stall helper, weekends\nApplicant: {full}\nDecision: Not selected\nTrader's note: applicants outnumbered the shifts.",
   "Brezel Haus", "wintermarket-portal.example", frm="Trader Portal <portal@{dom}>", tz="uk")
wr("carwash", "Your application to {co}",
   "Hi {n},\n\nThanks for coming for the valeting trial. Your speed on the interiors was good, but the job involves driving the customers' cars through, and your licence is still provisional. So the answer's no, sorry.\n\n{sig}\n{co}",
   "Sudsy Hand Car Wash", "sudsyhandwash.example", tz="ie")
wr("penbench", "Workshop whiteboard: bench assistant",
   "[Photo of workshop whiteboard, recognised text]\nBENCH ASSISTANT APPLICANTS\n{n} - no (needs nib-grinding experience)\nJess - trial Thurs\nMarco - trial Fri\n\nSent by {sig} from {co} because you asked how it went.",
   "Nibwright Pen Hospital", "nibwright.example", tz="nz")

# ---------------------------------------------------------------- wide: 25 refusals in other languages
wr("ar-laundry", "طلب التوظيف: مشرف المغسلة",
   "السيد/ة {n}،\n\nشكراً لتقدمك لوظيفة مشرف المغسلة في {co}. بعد مراجعة الطلبات قررنا اختيار مرشح لديه خبرة أطول في الفنادق الكبيرة، ولذلك لن نمضي في طلبك.\n\nمع التحية،\n{sig}\nقسم الموارد البشرية",
   "فندق واحة الخليج", "gulfoasis-hotel.example", tz="ae", lang="ar")
wr("bn-knit", "মান যাচাই দল: ফলাফল",
   "প্রিয় {n},\n\n{co}-এর মান যাচাই দলে যোগ দিতে চেয়েছিলেন, সেজন্য কৃতজ্ঞ। নিটিং লাইনে বহু বছর কাজ করা একজনকে দলে নেওয়া হলো, তাই এই দফায় আপনাকে রাখা যাচ্ছে না।\n\n{sig}\n{co}",
   "মেঘনা নিটওয়্যার", "meghnaknit.example", tz="bd", lang="bn")
wr("de-chandler", "Ihre Bewerbung als Lagerhelfer",
   "Hallo {n},\n\ndanke für Ihre Bewerbung als Lagerhelfer in unserem Schiffsausrüstungslager. Die Stelle ging an jemanden mit Staplerschein und ist damit für Sie leider nicht mehr frei.\n\nViele Grüße aus dem Hafen\n{sig}\n{co}",
   "Elbkai Schiffsausrüstung", "elbkai.example", tz="eu", lang="de")
wr("es-hacienda", "Guía de recorridos",
   "Hola {n}:\n\nGracias por venir al recorrido de prueba en la hacienda. Al final escogimos a una guía que ya maneja inglés y francés para los grupos de cruceros, así que esta vez no vas a quedar en el equipo.\n\nSaludos,\n{sig}\n{co}",
   "Hacienda Xcanché", "xcanche.example", tz="mx", lang="es")
wr("fa-books", "درخواست همکاری در کتاب‌فروشی",
   "{n} عزیز،\n\nاز اینکه برای همکاری در کتاب‌فروشی {co} درخواست دادید سپاسگزاریم. این بار نمی‌توانیم با شما همکاری کنیم؛ فردی را انتخاب کردیم که سابقهٔ کار با کتاب‌های کودک دارد.\n\nبا احترام،\n{sig}",
   "کتاب‌سرای نارنج", "narenjbooks.example", tz="ir", lang="fa")
wr("fr-ferry", "Saison d'été – billetterie",
   "Bonjour {n},\n\nMerci d'avoir postulé comme agent de billetterie pour l'été. Les postes sont allés à des personnes déjà formées à notre logiciel de réservation, et la saison se fera donc sans vous, à notre grand regret.\n\nCordialement,\n{sig}\n{co}",
   "Navettes du Frioul", "navettesfrioul.example", tz="eu", lang="fr")
wr("hi-blockprint", "छपाई कार्यशाला – जवाब",
   "नमस्ते {n},\n\nहमारी छपाई कार्यशाला में सीखने आने की आपकी इच्छा हमें अच्छी लगी। पर इस बार जगह ऐसे व्यक्ति को मिली है जो पहले से लकड़ी के ठप्पों पर हाथ साफ़ कर चुके हैं, इसलिए आपको नहीं ले पाएँगे।\n\n{sig}\n{co}",
   "सांगानेर छापा घर", "sanganer-chhapa.example", tz="in", lang="hi")
wr("id-batik", "Asisten pembatik",
   "Halo {n},\n\nTerima kasih sudah datang ke studio dan mencoba mencanting. Untuk posisi asisten pembatik, kami memilih peserta lain yang sudah terbiasa dengan pewarna alam, jadi kali ini kamu belum bisa bergabung.\n\nSalam,\n{sig}\n{co}",
   "Omah Canting Yogya", "omahcanting.example", tz="id", lang="id")
wr("it-bici", "Posto in officina",
   "Ciao {n},\n\ngrazie per la prova in officina. Per il posto di meccanico abbiamo preso un ragazzo che sa già centrare le ruote, quindi per ora non possiamo inserirti.\n\nUn saluto,\n{sig}\n{co}",
   "Ciclofficina Porta Saragozza", "ciclosaragozza.example", tz="eu", lang="it")
wr("ja-ryokan", "【{co}】選考結果のご連絡",
   "{n}様\n\nこの度は{co}の客室係にご応募いただき、誠にありがとうございました。社内で慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。\n\n末筆ながら、{n}様の今後のご健勝をお祈り申し上げます。\n\n{sig}",
   "京の宿 松風", "kyo-matsukaze.example", tz="jp", lang="ja")
wr("ko-auction", "경매 보조원 지원 결과 안내",
   "{n}님, 안녕하세요.\n\n{co} 경매 보조원 채용에 지원해 주셔서 감사합니다. 새벽 경매 경험이 있는 분을 먼저 모시기로 하여, 이번에는 함께하기 어렵게 되었습니다.\n\n{sig} 드림",
   "부산 공동어시장 중매인 7호", "busanfish7.example", tz="kr", lang="ko")
wr("pt-farmacia", "Vaga de atendente",
   "Olá, {n}!\n\nObrigada por participar da entrevista para atendente de farmácia. Escolhemos uma candidata que já tem curso de aplicação de injetáveis, então desta vez a vaga não ficou com você.\n\nAbraços,\n{sig}\n{co}",
   "Drogaria Vila Mariana", "drogariavm.example", tz="br", lang="pt")
wr("ru-print", "Вакансия печатника",
   "Здравствуйте, {n}!\n\nБлагодарим вас за отклик на вакансию печатника в типографии {co}. По итогам пробной смены мы выбрали кандидата с опытом работы на офсетной машине, поэтому предложить вам место не можем.\n\nС уважением,\n{sig}",
   "Казанский печатный двор", "kazanprint.example", tz="ru", lang="ru")
wr("tr-zeytin", "Sezonluk sıkım operatörü",
   "Merhaba {n},\n\nZeytinyağı fabrikamızdaki sezonluk sıkım operatörlüğüne başvurduğunuz için teşekkür ederiz. Bu sezonun ekibini önceki yıllarda çalışan arkadaşlarla tamamladık; size yer açamıyoruz.\n\nSaygılarımızla,\n{sig}\n{co}",
   "Urla Taş Değirmen", "urladegirmen.example", tz="tr", lang="tr")
wr("vi-xemay", "Về việc thợ phụ",
   "Chào {n},\n\nHôm trước em qua tiệm làm thử, anh cảm ơn nhé. Vị trí thợ phụ sửa xe máy anh đã nhận một bạn có kinh nghiệm làm máy rồi, nên lần này em chưa được nhận nhé.\n\n{sig}\n{co}",
   "Tiệm sửa xe Hàng Bạc", "xehangbac.example", tz="vn", lang="vi")
wr("yue-chachaan", "水吧試工",
   "{n}你好，\n\n多謝你嚟我哋{co}試工。水吧個位我哋揀咗一個做開奶茶嘅師傅，所以今次唔請你喇，唔好意思。\n\n{sig}",
   "新記冰室", "sunkeecafe.example", tz="hk", lang="yue")
wr("lzh-seal", "篆刻學徒事",
   "{n}足下：\n\n承蒙應聘本社篆刻學徒之職，感荷良深。今已另擇一人，其刀法已熟，故未能延攬足下，尚祈見諒。\n\n{co}　{sig}　謹啟",
   "金石印社", "jinshiseal.example", tz="tw", lang="lzh")
wr("grc-school", "περὶ τῆς αἰτήσεως",
   "{sig} {n} χαίρειν.\n\nἔπεμψας ἡμῖν τὴν αἴτησιν περὶ τῆς θέσεως τοῦ διδασκάλου ἐν τῇ θερινῇ σχολῇ. ἄλλον δὲ εἱλόμεθα, ὃς πλείω χρόνον Ὅμηρον ἐδίδαξεν· σὲ οὖν οὐ δυνάμεθα προσλαβεῖν.\n\nἔρρωσο.\n{co}",
   "Θερινὴ Σχολὴ τῆς Ναυπλίας", "nafplio-summer.example", tz="gr", lang="grc")
wr("ang-village", "Ymb þā þegnunge",
   "{sig} grēteþ {n} frēondlīce.\n\nWē þanciaþ þē for þīnum ǣrende ymb þā þegnunge on ūrum tūne. Wē habbaþ ōþerne mann gecoren, sē þe ǣr on smiþþan worhte; forþām wē ne magon þē nū underfōn.\n\nBēo þū hāl.\n{co}",
   "Wulfingas Living History Village", "wulfingas.example", tz="uk", lang="ang")
wr("enm-hall", "Of the place of kitchene knave",
   "Dere {n},\n\nWe thanken yow for youre lettre touchinge the place of kitchene knave at oure halle. We han chosen another man, that hath served at festes er this; wherfore we may nat take yow at this tyme.\n\nGod yow kepe,\n{sig}\n{co}",
   "The Olde Guildhalle Banquets", "oldeguildhalle.example", tz="uk", lang="enm")
wr("ary-riad", "الخدمة ديال الاستقبال",
   "السلام {n}،\n\nشكرا بزاف حيت جيتي للرياض ودرتي التجربة. الخدمة ديال الاستقبال عطيناها لواحد كيعرف الإسبانية والإنجليزية، داكشي علاش ما غاديش نخدمو معاك هاد المرة.\n\nبالتوفيق،\n{sig}\n{co}",
   "رياض الياسمين", "riadyasmine.example", tz="ma", lang="ary")
wr("apc-bakery", "شغل الفرن",
   "مرحبا {n}،\n\nيسلمو إيديك عالتجربة بالفرن. بس بصراحة أخدنا حدا بيشتغل عالصاج من زمان، فما رح نقدر ناخدك هالمرة.\n\n{sig}\n{co}",
   "فرن المنقوشة الذهبية", "goldenmanousheh.example", tz="lb", lang="apc")
wr("mai-madhubani", "प्रशिक्षु पदक परिणाम",
   "{n} जी,\n\nमधुबनी चित्रकला सहकारी समितिमे प्रशिक्षु पदक लेल आवेदन करबाक लेल धन्यवाद। एहि बेर समिति दोसर उम्मीदवारकेँ चुनलक अछि, जिनका कचनी शैलीक अनुभव छनि, तेँ अहाँक चयन नहि भेल।\n\n{sig}\n{co}",
   "मिथिला चित्र सहकारी समिति", "mithilachitra.example", tz="in", lang="mai")
wr("hwc-shaveice", "Shave ice job",
   "Howzit {n},\n\nMahalo fo coming try out at da shave ice stand. We wen give da job to one local boy who stay working da machine already, so no mo room fo you dis summer. Sorry ah.\n\n{sig}\n{co}",
   "Uncle Kimo's Shave Ice", "unclekimos.example", tz="hi", lang="hwc")
wr("acf-fishfry", "Travay fish fry",
   "Bonjou {n},\n\nMèsi paski ou vini fè éséyé-a kay {co}. Nou chwazi yon lòt moun ki ja konnèt travay-la, kidonk nou pa kay pwan'w pou sézon-an.\n\n{sig}",
   "Anse La Raye Fish Fry", "anselaraye-fry.example", tz="lc", lang="acf")

# ---------------------------------------------------------------- wide: 50 twins of the wide refusals
wo("application_received", "w-pinsetter", "Shiftloop: application sent to {co}",
   "Shiftloop\n\nYour application for pinsetter mechanic trainee at {co} has been sent. The venue usually answers within a week. If they pick someone else, the job card turns to Closed with a note in your inbox here; if they want to meet you, a time gets booked in the app.",
   ("Strike Alley Bowl", "Tenpin Palace Reno"), ("shiftloop.example", "shiftloop.example"), frm="Shiftloop <messages@{dom}>", tz=("usc", "usp"))
wo("application_received", "w-juicer", "We've got your Zipcharge application",
   "Hi {n},\n\nThanks for applying to charge scooters in the {role} zone. We'll check your vehicle and storage details within five days. Details that fall short get a reply saying so, plus a 90-day wait before reapplying; if they do, you'll get your charger kit order link.\n\nZipcharge Operations",
   ("Zipcharge", "Zipcharge"), ("zipcharge.example", "zipcharge.example"), frm="Zipcharge <ops@{dom}>", role=("Mission Bay", "Capitol Hill"), tz=("usp", "usp"))
wo("application_received", "w-eggs", "FWD: SMS from {co}",
   "Forwarded SMS\nFrom: {co}\n\"{co}: Hi {n}, got your details for farm shifts. If you're not placed this week we'll text again next Thursday when new shifts come in. Reply STOP to opt out.\"",
   ("Greenvale Labour Hire", "Riverina Crew Co"), ("greenvale-lh.example", "riverinacrew.example"), frm="{full} <{box}.fwd@tilapost.example>", tz=("au", "au"))
wo("application_received", "w-lasertag", "Booking #{ref} - job trial requested",
   "Booking #{ref} (job trial, 2 hrs)\nCustomer: {full}\nStatus: Requested\nStaff note: We'll confirm a trial slot within 48 hours. If the weekend marshal team is already full by then, we'll cancel the booking and let you know why.",
   ("Photon Grid Laser Arena", "Blacklight Tag Zone"), ("photongrid.example", "blacklighttag.example"), frm="{co} Bookings <bookings@{dom}>", tz=("uk", "ie"))
wo("application_received", "w-framer", "Message from {co} (till system)",
   "TILLPOINT notification\nStore: {co}\nNote to customer {full}:\nGot your CV for the framing assistant job, thanks. I'll decide after the weekend - yes or no, I'll leave you a note here.\n-- {sig}",
   "Mountcut Framing Co", "tillpoint-notify.example", frm="Tillpoint <receipts@{dom}>", tz="uk")
wo("application_received", "w-lapidary", "Exhibitor portal: request delivered",
   "GemFair Exhibitor Portal\n\nRequest from: {full}\nTo exhibitor: {co}\nStatus: Delivered\nExhibitors accept or decline within 14 days of the fair. Declined requests are listed under My Requests.",
   "Boulder Opal Workshop", "gemfair-portal.example", frm="GemFair Portal <no-reply@{dom}>", tz="auq")
wo("application_received", "w-scenic", "Crewcall: request sent",
   "Crewcall\n\nProduction: {co} - spring musical\nDepartment: Scenic painting\nYour request has been sent to the head of department. Requests not accepted within ten days expire automatically.",
   "The Marlowe Empire", "crewcall.example", frm="Crewcall <noreply@{dom}>", tz="uk")
wo("application_received", "w-ocularist", "Your letter about training",
   "Dear {n},\n\nYour letter about ocularist training came this week. Traineeships come up rarely; the next selection is in the spring. Whether or not we offer you a place then, a letter from me follows.\n\nYours sincerely,\n{sig}\n{co}",
   "Hartwell Artificial Eye Studio", "hartwelleyes.example", tz="uk")
wo("application_received", "w-skitune", "Kiosk application receipt",
   "SkiShop kiosk - application receipt\nName: {full}\nRole: Boot fitting (winter)\nResult: Pending\nThe manager reviews kiosk applications on Mondays. Your result, good or bad, prints here and goes to your email.",
   "Peak Edge Sports", "peakedge.example", frm="{co} Kiosk <kiosk@{dom}>", tz="cap")
wo("application_received", "w-tent", "Text message from 01632 960456",
   "You have a text message from a landline (converted to email):\n\"hi {n} {sig} here at {co}. got your letter about the repair job. I'll ring you friday either way\"",
   "Bramble Tent Repairs", "landline2mail.example", frm="Landline2Mail <sms@{dom}>", tz="uk")
wo("application_received", "w-vending", "RouteMap message",
   "RouteMap - message for {full}\nSender: {co} operations\n\"Application received for the vending restock route. We check commercial licence records first. If yours doesn't clear, we'll say so here; if it does, we'll book a trial day.\"",
   "Snackwell Vending", "routemap.example", frm="RouteMap <notify@{dom}>", tz="usc")
wo("application_received", "w-pretzel", "Market portal: application received",
   "Winter Market Trader Portal\n\nTrader: {co}\nPosition: Stall helper, weekdays\nApplicant: {full}\nDecision: Pending\nTraders decide by 1 November. Applicants not selected see 'Not selected' here.",
   "Brezel Haus", "wintermarket-portal.example", frm="Trader Portal <portal@{dom}>", tz="uk")
wo("application_received", "w-resoler", "Repair ticket #{ref} updated",
   "Ticket #{ref} ({full}) - status: Open\n\nTechnician note: Hi {n}, passed your apprentice question to the owner. Could be a while, bench space is tight, but you'll get a straight answer on this ticket.\n\n{co} Repairs",
   "Crux Resole Works", "cruxresole.example", frm="{co} Repairs <tickets@{dom}>", tz="nz")
wo("application_received", "w-coffin", "Scan of note left for you",
   "[Text recognised from a photographed note, Scanly app]\n\n{n} - got your dovetail piece, it's on the bench. We'll decide on the joiner's job end of the month and let you know which way it goes. - {sig}, {co}",
   "Greenwood Coffin Makers", "greenwoodcoffins.example", tz="uk")
wo("interview", "w-silversmith", "Board export: Bench assistant applicants",
   "Exported from Pinwall board \"Bench assistant 2026\" by {sig}\n\nColumn: Trial day\n- {full}: trial on {dl}, 9:30, bring apron. Soldering hollowware in the afternoon.\n\nColumn: To review\n- (4 cards)",
   "Kestrel Lane Silver", "kestrelsilver.example", tz="uk")
wo("interview", "w-liondance", "Chat export - drum team",
   "[Exported chat: {co} drum team]\n[20:11] {sig}: {n}, can you come to the drum tryout on {dl} at 7pm? 20 minutes of steady rhythm, we'll lend you sticks\n[20:13] {n}: yes I'll be there",
   "Chinatown Harmony Lion Dance", "harmonylions.example", tz="cae")
wo("interview", "w-carwash", "Valeting trial - {co}",
   "Hi {n},\n\nValeting trial on {dl} at 10 - can you make it? Unfortunately the coffee machine is broken, so bring a flask.\n\n{sig}\n{co}",
   "Sudsy Hand Car Wash", "sudsyhandwash.example", tz="ie")
wo("interview", "w-hotsauce", "Re: bottling line",
   "hey {n} - owner here. can you swing by the kitchen {dl} around 2? we'll talk and you can see the line.  {sig}",
   "Firebrand Pepper Sauce", "firebrandsauce.example", tz="bz")
wo("interview", "w-churros", "Fwd: text from the churros van",
   "Fwd from my phone:\n\"hi {n} its {sig} from {co}. can u come to the van {dl} at 6 for a try out? wear trainers x\"",
   "Churro Loco", "churroloco.example", frm="{full} <{box}@seabreeze.example>", tz="es")
wo("interview", "w-penbench", "Workshop whiteboard: bench assistant",
   "[Photo of workshop whiteboard, recognised text]\nBENCH ASSISTANT APPLICANTS\n{n} - trial {dl}\nJess - trial Thurs\n\nSent by {sig} from {co} so you have the date.",
   "Nibwright Pen Hospital", "nibwright.example", tz="nz")
wo("next_steps", "w-mirror", "New comment on mirror-cell-v3.step",
   "{sig} commented on mirror-cell-v3.step in project \"{co}\":\n\n\"@{n} for the workshop grinder spot, please upload your Foucault test photos and grinding log by {dl}. After that date we review what's in.\"\n\nView comment | Mute thread",
   "Dark Sky Observatory Workshop", "cadshare.example", frm="CADshare <notify@{dom}>", tz="usm")
wo("next_steps", "w-pooltech", "Dispatch message from {co}",
   "RouteDesk dispatch\nFrom: {co} office\nTo: {full} (applicant)\n\"Ride-along booked. Before it, please send a photo of your pool operator certificate by {dl}, or we'll have to move your slot. - {sig}\"",
   "Clearwater Pool Service", "routedesk.example", frm="RouteDesk <dispatch@{dom}>", tz="use")
wo("next_steps", "w-watertaxi", "Radio log extract - applicant",
   "HARBOUR WATER TAXIS - radio log (transcribed)\n1522 Base to {n}, copy. Deckhand vacancy: bring powerboat level 2 card and first-aid certificate to the office by {dl}. Base out.\n\nThis extract was emailed at your request.",
   "Harbour Water Taxis", "harbourtaxis.example", frm="{co} Base <base@{dom}>", tz="au")
wo("next_steps", "w-juicer-kit", "Order your Zipcharge kit",
   "Hi {n},\n\nYour charger account is approved in principle. Order your charger kit by {dl}; until the kit is delivered and your first 10 scooters are charged, your account stays in trial.\n\nZipcharge Operations",
   "Zipcharge", "zipcharge.example", frm="Zipcharge <ops@{dom}>", tz="usp")
wo("offer", "w-tofu", "Carpool group: tofu workshop",
   "[Carpool group \"{co} 5am run\"]\n{sig}: morning all. {n}, the tofu press job is yours - say yes! van picks you up at 4:40 from {dl}. let me know today",
   "Soy Lantern Tofu Co", "soylantern.example", tz="cae")
wo("offer", "w-pasta", "Fwd: from Nonna's shop",
   "---------- Forwarded message ---------\nFrom: Mum\n\nText from Rosa at {co}: 'tell {n} the pasta room job is hers, starts {dl}, 7am. she must bring her own apron'",
   "Pastificio Rosa", "fwdmail.example", frm="{full} <{box}.home@kitepost.example>", tz="au")
wo("job_alert", "w-crewcall-alert", "Crewcall: 4 new calls near you",
   "Crewcall\n\nNew calls matching your departments:\n- Scenic painter, {co}, 3 weeks\n- Props maker, touring, 6 weeks\n- Stage crew, one night\n- Wardrobe dayer, panto season\n\nManage alerts in the app.",
   "The Marlowe Empire", "crewcall.example", frm="Crewcall <noreply@{dom}>", tz="uk")
wo("non_job_rejection_words", "w-league", "Tuesday league - team entry",
   "Hi {n},\n\nSorry, the Tuesday league is full for the winter season, and your team's entry misses out. First team to drop out frees the spot for you.\n\n{sig}\nLeague Secretary, {co}",
   "Strike Alley Bowl", "strikealley.example", tz="usc")
wo("application_received", "w-de-chandler", "Ihre Bewerbung ist da",
   "Hallo {n},\n\nIhre Bewerbung als Lagerhelfer ist bei uns angekommen. Wir melden uns bis Ende nächster Woche, auch wenn wir uns für jemand anderen entscheiden sollten. Falls Sie einen Staplerschein haben, schicken Sie ihn gern mit.\n\nViele Grüße aus dem Hafen\n{sig}\n{co}",
   "Elbkai Schiffsausrüstung", "elbkai.example", tz="eu", lang="de")
wo("application_received", "w-fr-ferry", "Candidature reçue – billetterie",
   "Bonjour {n},\n\nVotre candidature pour la billetterie d'été est bien arrivée. Oui ou non, vous aurez de nos nouvelles avant le 15 avril ; en attendant, rien n'est décidé.\n\nCordialement,\n{sig}\n{co}",
   "Navettes du Frioul", "navettesfrioul.example", tz="eu", lang="fr")
wo("application_received", "w-ja-ryokan", "【{co}】ご応募受付のお知らせ",
   "{n}様\n\n{co}の客室係へのご応募を受け付けました。書類選考の結果は、採否にかかわらず二週間以内にメールでお知らせいたします。\n\n{sig}",
   "京の宿 松風", "kyo-matsukaze.example", tz="jp", lang="ja")
wo("application_received", "w-yue-chachaan", "收到你嘅申請",
   "{n}你好，\n\n收到你想嚟{co}做樓面嘅訊息喇。老闆下個禮拜會睇，請唔請都會WhatsApp話你知，唔使擔心冇回覆。\n\n{sig}",
   "新記冰室", "sunkeecafe.example", tz="hk", lang="yue")
wo("application_received", "w-grc-school", "ἐδεξάμεθα τὴν αἴτησιν",
   "{sig} {n} χαίρειν.\n\nἐδεξάμεθα τὴν αἴτησίν σου περὶ τῆς τοῦ διδασκάλου θέσεως. εἴτε ἕλοιμεν σὲ εἴτε ἄλλον, γράψομέν σοι πρὸ τῆς νουμηνίας.\n\nἔρρωσο.\n{co}",
   "Θερινὴ Σχολὴ τῆς Ναυπλίας", "nafplio-summer.example", tz="gr", lang="grc")
wo("application_received", "w-ang-village", "Þīn ǣrende is underfangen",
   "{sig} grēteþ {n} frēondlīce.\n\nWē habbaþ þīn ǣrende underfangen ymb þā weardunge on ūrum tūne. Swā hwæþer swā wē þē ceosen swā ne ceosen, wē sendaþ þē word ǣr þǣre fullan mōnan.\n\nBēo þū hāl.\n{co}",
   "Wulfingas Living History Village", "wulfingas.example", tz="uk", lang="ang")
wo("application_received", "w-ary-riad", "وصلاتنا الطلب ديالك",
   "السلام {n}،\n\nوصلنا الطلب ديالك على الخدمة فالمطبخ ديال الرياض. غادي نجاوبوك قبل آخر الشهر، سواء قبلناك ولا لا، باش ما تبقاش كتسنى.\n\nبالتوفيق،\n{sig}\n{co}",
   "رياض الياسمين", "riadyasmine.example", tz="ma", lang="ary")
wo("application_received", "w-mai-madhubani", "अहाँक चिट्ठी भेटल",
   "{n} जी,\n\nअहाँक आवेदन समितिकेँ भेटि गेल अछि। अगिला मासक बैसकीमे निर्णय होयत; चयन होअय वा नहि, समिति अहाँकेँ चिट्ठी पठाओत।\n\n{sig}\n{co}",
   "मिथिला चित्र सहकारी समिति", "mithilachitra.example", tz="in", lang="mai")
wo("application_received", "w-hwc-shaveice", "We wen get your app",
   "Howzit {n},\n\nMahalo, we wen get your app fo da shave ice stand. Uncle going look um dis week. If get one spot fo you we call you, if no mo, we text you so you not waiting.\n\n{sig}\n{co}",
   "Uncle Kimo's Shave Ice", "unclekimos.example", tz="hi", lang="hwc")
wo("interview", "w-es-hacienda", "Recorrido de prueba",
   "Hola {n}:\n\nNos gustaría que vinieras a un recorrido de prueba en la hacienda el {dl} a las 9:00. Vas a guiar a un grupo pequeño durante una hora. Trae gorra y agua.\n\nSaludos,\n{sig}\n{co}",
   "Hacienda Xcanché", "xcanche.example", tz="mx", lang="es")
wo("interview", "w-ko-auction", "면접 일정 안내",
   "{n}님, 안녕하세요.\n\n{co} 경매 보조원 면접을 {dl} 새벽 5시에 위판장 2층 사무실에서 진행하려고 합니다. 가능 여부를 문자로 알려 주세요.\n\n{sig} 드림",
   "부산 공동어시장 중매인 7호", "busanfish7.example", tz="kr", lang="ko")
wo("interview", "w-apc-bakery", "تجربة بالفرن",
   "مرحبا {n}،\n\nفيك تمرق عالفرن يوم {dl} الساعة ستة الصبح لتجرب عالصاج؟ خبرني إذا بيناسبك.\n\n{sig}\n{co}",
   "فرن المنقوشة الذهبية", "goldenmanousheh.example", tz="lb", lang="apc")
wo("interview", "w-acf-fishfry", "Vini fè éséyé",
   "Bonjou {n},\n\nNou ka envité'w vini fè éséyé kay {co} {dl} a sizè diswè. Mété soulyé fèmé.\n\n{sig}",
   "Anse La Raye Fish Fry", "anselaraye-fry.example", tz="lc", lang="acf")
wo("next_steps", "w-ru-print", "Пробная смена",
   "Здравствуйте, {n}!\n\nПриглашаем вас на пробную смену в типографию {co}. Пожалуйста, до {dl} пришлите копию паспорта и медицинской книжки, иначе мы не сможем оформить пропуск.\n\nС уважением,\n{sig}",
   "Казанский печатный двор", "kazanprint.example", tz="ru", lang="ru")
wo("next_steps", "w-lzh-seal", "試刀之約",
   "{n}足下：\n\n承示印稿，頗見功力。敢請於{dl}以前，另刻姓名印一方寄至本社，以觀刀法。逾期則不復待矣。\n\n{co}　{sig}　謹啟",
   "金石印社", "jinshiseal.example", tz="tw", lang="lzh")
wo("next_steps", "w-enm-hall", "Of youre comyng to the halle",
   "Dere {n},\n\nWe wolde fayn see yow turne a spitte and serve a table. Sende us word of youre comyng er {dl}, for after that day the rolle is shette.\n\nGod yow kepe,\n{sig}\n{co}",
   "The Olde Guildhalle Banquets", "oldeguildhalle.example", tz="uk", lang="enm")
wo("offer", "w-pt-farmacia", "Proposta – atendente",
   "Olá, {n}!\n\nQueremos você na equipe da {co} como atendente. Salário e escala estão no anexo; responda até {dl} para começarmos a documentação.\n\nAbraços,\n{sig}",
   "Drogaria Vila Mariana", "drogariavm.example", tz="br", lang="pt")
wo("offer", "w-vi-xemay", "Nhận việc ở tiệm",
   "Chào {n},\n\nAnh muốn nhận em vào làm thợ phụ ở {co}. Em bắt đầu từ {dl} nhé, 7 giờ sáng có mặt ở tiệm.\n\n{sig}",
   "Tiệm sửa xe Hàng Bạc", "xehangbac.example", tz="vn", lang="vi")


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
    start = dt.date(2025, 1, 8)
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 28) - start).days))
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), tzinfo=offset_for(zone, day))


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(t: T) -> list[str]:
    if t.lang != "en":
        return LANG_SIGNERS[t.lang]
    return SIGNERS_PK if t.tz[0] == "pk" else SIGNERS


def day_text(day: dt.datetime, lang: str, zone: str) -> str:
    if lang in {"ja", "yue", "lzh"}:
        return f"{day.month}月{day.day}日"
    if lang == "ko":
        return f"{day.month}월 {day.day}일"
    if lang in {"de", "ru", "tr"}:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if lang not in {"en", "hwc", "acf", "enm", "ang"}:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if zone.startswith(("us", "ca", "ph", "hi")):
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
        rec["id"] = f"blind30:{short}-{counters[short]:03d}"
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
