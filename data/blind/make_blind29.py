# ruff: noqa: E501, S311
"""Write the twenty-ninth sealed blind slice for issue 11 (blind-slice-29.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 29 and later never read; our side printed)
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

SEED = 290291
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-29.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 29

RECIPIENTS = [
    "Akosua Pemberton", "Wambui Hetherington", "Joaquin Dela Cruz Ormsby", "Renée Batchelor-Singh", "Kwabena Lister",
    "Siew Ling Hargreaves", "Marisol Abernethy", "Tunde Wickham", "Aoife Radcliffe", "Deepika Holloway",
    "Kipchoge Ashbury", "Maricel Quinlan", "Shanice Braithwaite", "Farhan Aziz Dunmore", "Oisín Mbeki-Carr",
    "Nneka Pilkington", "Hemi Tautahi", "Karishma Pereira", "Leroy Cumberbatch", "Ewurabena Stokes",
    "Cheng Wei Lambourne", "Njeri Castlemaine", "Rizal Bautista", "Keisha Goodridge", "Sunil Kapadia-West",
    "Teodora Ilunga", "Callum Nwachukwu", "Priyanka Seddon", "Yaw Boateng-Hale", "Marguerite Okafor",
    "Nur Aisyah Calloway", "Declan Achieng", "Rosalind Mensah", "Dwayne Lashington", "Anjali Rudd",
    "Jomo Kariuki-Bell", "Precious Ndlovu-Shaw", "Ferdinand Agyeman", "Lourdes Macaraeg", "Travis Winterbourne",
    "Halima Oduya", "Seamus Pillai", "Ama Serwaa Cole", "Brendan Tiongson",
]
SIGNERS = [
    "Philippa Crowhurst", "Emeka Standish", "Griselda Mayhew", "Kwame Ofori-Blake", "Wilhelmina Durrant",
    "Otieno Marsden", "Rosamund Ekpo", "Bernard Fairclough", "Joy Adjei-Parks", "Lucinda Merriweather",
    "Caspian Wynne", "Adwoa Fenton", "Marcus Delacroix-Hill", "Grace Wanjiku Lowe", "Nathaniel Ibe",
    "Imelda Sarmiento", "Horace Bellingham", "Zainab Carrow", "Quentin Abara", "Felicity Nakamura-Dean",
    "Ignatius Boadu", "Portia Gallacher", "Desmond Achterberg", "Rukhsana Pell", "Tobias Kinsella",
    "Esi Manful", "Gideon Mwangi-Short", "Beatrix Holcombe", "Ronan Mbatha", "Clarissa Thorogood",
    "Elvis Danquah", "Marjorie Tan Seng", "Winston Alleyne", "Corazon Villaruel", "Hugo Pemberton-Ash",
]
SIGNERS_IN = ["Vandana Kulkarni", "Harish Raghavan", "Meghna Sarkar", "Kunal Thakore", "Lavanya Iyer", "Devesh Bhandari"]
LANG_SIGNERS = {
    "de": ["Gudrun Weidemann", "Lorenz Ebersbach"], "es": ["Remedios Aguirre", "Fermín Lozano"],
    "fr": ["Maëlle Tournier", "Gaspard Rivoire"], "pt": ["Conceição Barros", "Tiago Esteves"],
    "it": ["Loredana Ferri", "Ottavio Rinaldi"], "nl": ["Femke de Groot", "Joris Hendrikse"],
    "pl": ["Bożena Kaczmarek", "Witold Sobczak"], "sv": ["Ingegerd Holm", "Alvar Lindqvist"],
    "tr": ["Nurten Çelik", "Emre Karaca"], "ru": ["Людмила Березина", "Аркадий Соколов"],
    "ja": ["中島 由美", "松井 健太"], "zh": ["周丽华", "邓志强"], "ko": ["한지은", "오성훈"],
    "ar": ["سلمى الحداد", "طارق منصور"], "id": ["Ratna Kusuma", "Bambang Wicaksono"],
    "bjs": ["Sonia Greaves", "Cecil Boyce"], "svc": ["Janelle Cupid", "Ulric Ollivierre"],
    "gpe": ["Abena Owusu", "Kojo Amponsah"], "lir": ["Musu Kollie", "Varney Sirleaf-Dukuly"],
    "chn": ["Deanna Hudson", "Russell Tom"], "jbo": ["la .alis.", "la .kamil."],
    "bho": ["रामप्रवेश यादव", "सुनीता देवी"], "sa": ["आचार्य विष्णुदत्त", "डॉ. गायत्री शर्मा"],
    "om": ["Caaltuu Tolasaa", "Gammachuu Dirribaa"], "la": ["Lucia Ferraro", "Marcus Vitelli"],
}
LANG_RECIPIENTS = {
    "de": ["Katrin Vogelsang", "Till Reimann"], "es": ["Nerea Olmedo", "Iker Salvatierra"],
    "fr": ["Clémence Aubry", "Yanis Delorme"], "pt": ["Inês Carvalhal", "Rui Mourato"],
    "it": ["Chiara Benvenuti", "Matteo Sarti"], "nl": ["Lotte Bosman", "Daan Visscher"],
    "pl": ["Agnieszka Pawlak", "Kacper Wróbel"], "sv": ["Elin Sandberg", "Oskar Ekström"],
    "tr": ["Zeynep Arslan", "Burak Öztürk"], "ru": ["Полина Карпова", "Денис Гусев"],
    "ja": ["佐藤 美咲", "高橋 翔"], "zh": ["王婷", "刘洋"], "ko": ["김서연", "박준혁"],
    "ar": ["ليلى حسن", "يوسف عبد الله"], "id": ["Dewi Lestari", "Rizky Pratama"],
    "bjs": ["Tamika Greenidge", "Ryan Clarke"], "svc": ["Kimesha Browne", "Andel Ballantyne"],
    "gpe": ["Kwesi Appiah", "Efua Mensah"], "lir": ["Comfort Kpoto", "Prince Weah-Johnson"],
    "chn": ["Kelsey Larsen", "Jordan Leno"], "jbo": ["Mikael Strand", "Rita Halloran"],
    "bho": ["पिंटू कुमार", "रीना कुमारी"], "sa": ["अनन्त जोशी", "मैत्रेयी पाठक"],
    "om": ["Lalisaa Geetahun", "Boonaa Fayisaa"], "la": ["Julia Moretti", "Paulus Lindner"],
}
GIVEN = {"Siew Ling Hargreaves": "Siew Ling", "Cheng Wei Lambourne": "Cheng Wei", "Nur Aisyah Calloway": "Nur Aisyah"}
PROVIDERS = ["kestrelmail", "baobabpost", "coralbox", "harmattan", "mangomail", "pinepost"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"), "usm": ("-0700", "-0600", "n"),
    "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"), "cap": ("-0800", "-0700", "n"),
    "can": ("-0330", "-0230", "n"), "in": ("+0530", None, ""), "au": ("+1000", "+1100", "s"),
    "auq": ("+1000", None, ""), "auw": ("+0800", None, ""), "aus": ("+0930", "+1030", "s"), "aun": ("+0930", None, ""),
    "za": ("+0200", None, ""), "ng": ("+0100", None, ""), "sg": ("+0800", None, ""),
    "gh": ("+0000", None, ""), "ke": ("+0300", None, ""), "ph": ("+0800", None, ""),
    "my": ("+0800", None, ""), "jm": ("-0500", None, ""), "tt": ("-0400", None, ""),
    "bb": ("-0400", None, ""), "bs": ("-0500", "-0400", "n"), "lr": ("+0000", None, ""),
    "et": ("+0300", None, ""), "nz": ("+1200", "+1300", "s"), "pt": ("+0000", "+0100", "n"),
    "jp": ("+0900", None, ""), "cn": ("+0800", None, ""), "kr": ("+0900", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "id": ("+0700", None, ""),
    "ae": ("+0400", None, ""), "mx": ("-0600", None, ""), "br": ("-0300", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind29-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- mix: rejections
# ordinary ATS / recruiter template rejections (15 x2, 10 once)
mr("ats-workday", "Update on Req {ref} - {role}",
   "Hello {n},\n\nReq {ref} ({role}, {co}) is down to its last step, and the recruiting team closed your candidacy at the screening step. The profile you built stays in the candidate home, where new openings can be followed.\n\nTalent Acquisition\n{co}",
   ("Meridian Tileworks", "Kapok Ceramics Sdn Bhd"), ("meridiantile.example", "kapokceramics.example"), frm="{co} Careers <myjobs@{dom}>", role=("Kiln Shift Supervisor", "Glaze Line Technician"), tz=("uk", "my"))
mr("ats-greenhouse", "{role} at {co}",
   "Hi {n},\n\nI'm {sig}, the hiring manager for {role}. Every submission this round crossed my own desk, and I've chosen to leave yours out of the interview group. That is about the particular gap on this team rather than about you.\n\nBest,\n{sig}\n{co}",
   ("Orchard Ledger", "Sandpiper Freight Software"), ("orchardledger.example", "sandpiperfs.example"), role=("Billing Platform Engineer", "Support Operations Lead"), tz=("use", "cae"))
mr("ats-lever", "Your application to {co}",
   "{n}, thanks for applying to {co}. We're taking other people forward for {role} and have marked your application as closed.\n\n- {co} Talent team",
   ("Fernhollow Games", "Quillstream"), ("fernhollow.example", "quillstream.example"), frm="{co} <talent@{dom}>", role=("Level Designer", "Growth Marketer"), tz=("usp", "nz"))
mr("ats-smart", "{role}: application status",
   "<html><body><table width='560'><tr><td><b>{co}</b></td></tr><tr><td>Hello {n},<br><br>Your application for <i>{role}</i> did not make the shortlist, and the file is now closed. We appreciated the effort behind it.</td></tr><tr><td style='font-size:11px;color:#777'>Sent via Brightrecruit | manage your data preferences</td></tr></table></body></html>",
   ("Lagoon Bay Resorts", "Cinnamon Reef Hotels"), ("lagoonbay.example", "cinnamonreef.example"), frm="{co} <jobs@{dom}>", role=("Guest Relations Officer", "Spa Receptionist"), tz=("jm", "sg"))
mr("ats-icims", "{role} (Job ID {ref})",
   "Dear {full},\n\nRe: {role} (Job ID {ref})\n\nWith the applicant pool now assessed, {co} has selected candidates whose backgrounds track the posted requirements more directly. Your application will not advance any further in this process.\n\nOther postings can be browsed from your applicant account.\n\nHuman Resources, {co}",
   ("Prairie Gate Water Authority", "Tidewater Regional Transit"), ("prairiegatewater.example", "tidewatertransit.example"), frm="{co} HR <hr-noreply@{dom}>", role=("Meter Reader II", "Paratransit Scheduler"), tz=("usc", "use"))
mr("ats-taleo", "Requisition {ref}: {role}",
   "Dear {full}:\n\nThank you for applying for requisition {ref}, {role}. A finalist has been appointed and the search is closed; the post goes to that finalist. Your candidate profile remains for later postings.\n\n{co}: EEO/AA employer, veterans and disabled welcome.\n\nTalent Services",
   ("Lakeshore Polytechnic", "St. Brendan's Medical Center"), ("lakeshorepoly.example", "stbrendansmc.example"), frm="{co} Talent Services <careers@{dom}>", role=("Academic Advisor", "Sterile Processing Technician"), tz=("cae", "usm"))
mr("ats-ashby", "{role} - a straight answer",
   "Hey {n},\n\n{sig} here, co-founder at {co}. We wrapped the first pass for {role} yesterday and I'll be direct: the answer for now is no. The two people joining us have shipped something very close to what we're building.\n\nThanks for the thoughtful note with your application.\n{sig}",
   ("Tallowlight", "Pennywort Labs"), ("tallowlight.example", "pennywortlabs.example"), role=("Founding Designer", "First Sales Hire"), tz=("usp", "ie"))
mr("ats-workable", "Regarding your application for {role}",
   "Hi {n},\n\nRegarding {role} at {co}: the team went through your profile and decided to stop here. We've put a note in the calendar to look at the pool again should a role nearer your background open.\n\n{co} hiring team\nvia Hirewell",
   ("Salt & Saffron Catering", "Blue Gum Events"), ("saltsaffron.example", "bluegumevents.example"), frm="{co} <noreply@{dom}>", role=("Events Chef", "Site Crew Coordinator"), tz=("za", "au"))
mr("ats-bamboo", "{role} position at {co}",
   "Hello {n},\n\n{co} has now filled the {role} position, so we're closing every remaining application today, yours included.\n\nNew roles go up on the careers page most months.\n\n{sig}\nOffice Manager",
   ("Harrowgate Hearing", "Copperleaf Dental Group"), ("harrowgatehearing.example", "copperleafdental.example"), role=("Audiology Receptionist", "Treatment Coordinator"), tz=("uk", "usc"))
mr("ats-teamtailor", "About {role} at {co}",
   "Hi {n}!\n\nBig thanks for wanting to join {co}. We've now been through everyone for {role}, and honestly it was a tough pick - you aren't among the people we'll be meeting this time.\n\nOur Connect page is there for news of later roles.\n\nWarmly,\n{sig}",
   ("Mossberry Toys", "Northlight Bikes"), ("mossberrytoys.example", "northlightbikes.example"), role=("Store Lead", "Workshop Mechanic"), tz=("eu", "uk"))
mr("ats-personio", "Your application as {role}",
   "Dear {full},\n\nwe have now finished reviewing the applications for the position {role}. Your application can not be considered further. Under the GDPR we erase your documents six months from now.\n\nBest regards\n{sig}\nPeople & Culture, {co}",
   ("Eisvogel Logistik GmbH", "Brennwald Solartechnik"), ("eisvogel-log.example", "brennwald-solar.example"), role=("Export Clerk", "Installer (m/f/d)"), tz="eu")
mr("ats-pinpoint", "Application update: {role}",
   "Hi {n},\n\nThe panel marked your application against each criterion for this vacancy, and your total came in under our shortlisting cut-off, which ends things for {role}.\n\nRegards,\nRecruitment team, {co}",
   ("Wyvern Housing Partnership", "Calder Valley Leisure"), ("wyvernhousing.example", "caldervalleyleisure.example"), frm="Recruitment at {co} <recruitment@{dom}>", role=("Income Officer", "Swim Teacher"), tz="uk")
mr("ats-tea", "Application for the post of {role}",
   "Dear {n},\n\nFollowing the interviews conducted at our Kericho office, the board's decision is that you were unsuccessful for the {role} post. The effort you made to travel to us is appreciated, and we wish you well.\n\nYours faithfully,\n{sig}\nHuman Resource Manager, {co}",
   ("Chebown Tea Estates Ltd", "Nandi Hills Growers Ltd"), ("chebowntea.example", "nandigrowers.example"), role=("Factory Accountant", "Field Clerk"), tz="ke")
mr("ats-cocoa", "RE: Application - {role}",
   "Dear {n},\n\nManagement of {co} regrets that your {role} application could not be favourably considered.\n\nWe are grateful you thought of us.\n\n{sig}\nFor: Head, Human Resource",
   ("Asante Cocoa Processing Ltd", "Volta Agro Exports"), ("asantecocoa.example", "voltaagro.example"), role=("Quality Control Officer", "Warehouse Supervisor"), tz="gh")
mr("ats-bpo", "{co} - Assessment Result",
   "Hi {n}!\n\nThank you for taking our Versant test and initial interview. Your scores landed under the passing mark for the {role} account. A fresh application is possible 90 days from today.\n\nKeep safe,\n{sig}\nRecruitment, {co}",
   ("Starbridge Contact Solutions", "Luzon Outsourcing Hub"), ("starbridgecs.example", "luzonhub.example"), role=("Inbound Voice Agent", "Technical Support Associate"), tz="ph")
mr("ats-palm", "Application for {role}",
   "Dear {n},\n\nRegarding the {role} vacancy at our Klang refinery: you will not proceed to the next stage. We hold your particulars for six months before disposal.\n\nTerima kasih.\n\n{sig}\nGroup HR, {co}", "Sinar Sawit Refinery Sdn Bhd", "sinarsawit.example", role="Process Engineer", tz="my")
mr("ats-rum", "Your application - {role}",
   "Good day {n},\n\nGood of you to visit {co}. After careful thought the {role} post has gone to another applicant, and your application ends here.\n\nAll the best,\n{sig}\nHR Officer", "Foursquare Cane Distillers", "foursquarecane.example", role="Visitor Centre Guide", tz="bb")
mr("ats-insurer", "{role} - outcome",
   "Dear {full},\n\nWe have completed the selection exercise for {role}. You were not successful, and the file is closed.\n\nRegards,\n{sig}\nHuman Capital, {co}", "Savannah Mutual Assurance", "savannahmutual.example", role="Claims Adjuster", tz="tt")
mr("ats-textile", "Regarding your application for {role}",
   "Dear {n},\n\nWith reference to your application and the interview held on Saturday, we are to inform you that management has decided against you for the {role} post. Our thanks for considering the mill.\n\nRegards,\n{sig}\nHR Department, {co}", "Noyyal Spinning Mills Pvt Ltd", "noyyalmills.example", role="Shift Engineer (Spinning)", tz="in")
mr("ats-seed", "{role} at {co}",
   "Hello {n},\n\nOur phone conversation last week was useful. The screening calls for {role} are done, and we're pursuing other applicants whose agronomy field seasons run longer than yours.\n\nTake care,\n{sig}\nPeople Team, {co}", "Prairie Kernel Seed Co.", "prairiekernel.example", role="Field Trial Assistant", tz="cap")
mr("ats-bus", "Driver recruitment - {role}",
   "Hi {n},\n\nThanks for attending the driving assessment at our depot. On the day your assessed drive didn't reach the standard we need, so we're unable to progress you to the training course for {role}. Another attempt is open to you after six months.\n\n{sig}\nRecruitment, {co}", "Southern Cross Buslines", "scbuslines.example", role="Bus Operator Trainee", tz="au")
mr("ats-solar", "Your application: {role}",
   "Hi {n},\n\nWe received well over two hundred CVs for {role}. After going through them we've picked a small group for site visits and your CV isn't part of it. With this many, individual feedback is beyond us, sorry.\n\nRegards,\n{sig}\n{co}", "Highveld Sunworks", "highveldsun.example", role="PV Installation Electrician", tz="za")
mr("ats-bakery", "{role} application",
   "Hi {n},\n\nCheers for applying with {co}. {role} drew a huge response and others got the nod. Go n-eirí leat with the search.\n\n{sig}\n{co} HR", "Bridgeman's Bakehouse", "bridgemansbakes.example", role="Night Baker", tz="ie")
mr("ats-roaster", "{role} at {co}",
   "Kia ora {n},\n\nThanks heaps for the application. {role} is now filled, so yours stops here. Pop in for a flat white sometime.\n\nCheers,\n{sig}\n{co}", "Kōwhai Street Roasters", "kowhairoast.example", role="Roastery Assistant", tz="nz")
mr("ats-dental-us", "Your application with {co}",
   "Hi {n},\n\nWe reviewed your application to {co} for the {role} opening. The office is moving ahead with candidates whose chairside experience matches its needs more closely.\n\nSincerely,\n{co} Recruiting", "Bright Arch Dental Partners", "brightarch.example", frm="{co} Recruiting <recruiting@{dom}>", role="Dental Assistant (EFDA)", tz="use")

# person-written thread replies after interviews, decision only as someone else chosen (6 x2, 4 once)
mr("th-bursar", "RE: [EXT] Re: {role} - interview follow-up",
   "Hi {n},\n\nTuesday was a pleasure, and the governors enjoyed the conversation about the catering contract. We've offered the {role} post to our deputy bursar, who has been covering since Easter, and she accepted this morning.\n\nWith thanks,\n{sig}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: {role} - interview follow-up\n\nDear {sig}, thank you again for Tuesday. Happy to send any further information.",
   ("Ashcombe Grammar School", "St Aldric's College"), ("ashcombegs.example", "staldrics.example"), role=("School Bursar", "Finance Manager"), tz="uk")
mr("th-qs", "RE: [EXT] RE: {role}",
   "{n},\n\nThanks for coming to the site office. The project director has gone with the contractor's QS who already knows the Phase 2 package, so he'll be joining us from next month.\n\nGood luck with the next thing.\n{sig}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: RE: {role}\n\nThanks {sig}, I'm free any afternoon next week if the director wants a second chat.",
   ("Kestrel Build Ltd", "Northgate Civils"), ("kestrelbuild.example", "northgatecivils.example"), role=("Senior Quantity Surveyor", "Commercial Manager"), tz=("uk", "ie"))
mr("th-radio", "Re: Re: {role} chat",
   "Hey {n},\n\nCheers for coming in and sitting through the mock running order. We've asked Tam, the freelancer producing the breakfast show since spring, to make it permanent, and she's said yes.\n\nThanks for your ideas on the listener segment.\n{sig}\n\nOn {q}, {full} wrote:\n> Thanks for today, I left with a lot of ideas.",
   ("Harbour FM", "Riverside Community Radio"), ("harbourfm.example", "riversidecr.example"), role=("Breakfast Producer", "Station Producer"), tz=("uk", "au"))
mr("th-lab-ke", "RE: [EXT] Re: Interview - {role}",
   "Dear {n},\n\nMonday's panel enjoyed meeting you. The panel settled on one of our own interns, who completed the rotation in the haematology bench, and she has taken up the position.\n\nKind regards,\n{sig}\nLaboratory Manager, {co}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: Interview - {role}\n\nNoted with thanks, I will be there at 9.",
   ("Rift Valley Mission Hospital", "Lakeside Diagnostics"), ("riftvalleymh.example", "lakesidedx.example"), role=("Medical Laboratory Technologist", "Lab Technician"), tz="ke")
mr("th-hotel", "RE: [EXT] Re: {role} - next steps?",
   "Hi {n},\n\nThanks so much for the walk-through of the front desk on Friday. The general manager decided to bring across the duty manager from our sister property in Negril, who knows the PMS inside out, and the transfer is confirmed.\n\nRegards,\n{sig}\n\n________________________________\nFrom: {full}\nSent: {q}\nSubject: Re: {role} - next steps?\n\nHi {sig}, just checking whether there is any update.",
   ("Seagrape Bay Hotel", "Coral Cove Suites"), ("seagrapebay.example", "coralcove.example"), role=("Front Office Manager", "Guest Services Manager"), tz=("jm", "bb"))
mr("th-data", "RE: [EXT] Re: [EXT] Re: {role} panel",
   "Hi {n},\n\nThe pairing session went well, the team liked how you talked through the backfill. In the end we've moved Priya over from the analytics squad, since she built most of the current pipeline, and that's now been announced internally.\n\nCheers,\n{sig}\n\nOn {q} {full} wrote:\n> Hi {sig}, attaching the notebook from the session in case it helps.",
   ("Tamarind Pay", "Baobab Lending"), ("tamarindpay.example", "baobablending.example"), role=("Data Engineer", "Senior Analytics Engineer"), tz=("sg", "ng"))
mr("th-florist", "Re: {role} trial",
   "Hi {n}, lovely having you for the trial morning. I've asked Gemma, who's been doing our Saturdays for two years, to go full time, and she's delighted.\n\nTake care,\n{sig}\n\nOn {q}, {full} wrote:\n> Thanks for the trial! I loved the wedding order.", "Petal & Twine", "petaltwine.example", role="Florist", tz="uk")
mr("th-museum", "RE: [EXT] Re: {role} - thank you",
   "Dear {n},\n\nThank you for the engaging gallery talk you prepared. The panel has appointed a candidate who ran our schools programme on a fixed-term contract last year, and she starts in September.\n\nWith best wishes,\n{sig}\nHead of Learning, {co}\n\nFrom: {full}\nSent: {q}\nSubject: Re: {role} - thank you\n\nDear {sig}, meeting the team was a joy.", "Clydebank Maritime Museum", "clydemaritime.example", role="Learning Officer", tz="uk")
mr("th-procure-gh", "RE: Re: {role} interview",
   "Hello {n},\n\nSorry for the long wait after the interview. Management has confirmed the transfer of an officer from our Takoradi branch into the {role} post, and he resumes on the 1st.\n\nRegards,\n{sig}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: Re: {role} interview\n\nGood afternoon, please any update on the interview?", "Gulf Coast Shipping Ghana", "gulfcoastgh.example", role="Procurement Officer", tz="gh")
mr("th-broker-ph", "RE: [EXT] Re: {role} - final interview",
   "Hi {n},\n\nThank you for meeting our managing partner last Thursday. We have decided to promote our senior liaison officer, who has handled the port accounts for four years, into the role.\n\nBest regards,\n{sig}\n\nOn {q}, {full} wrote:\n> Good morning ma'am, many thanks po for the final interview.", "Manila Bayline Customs Brokerage", "bayline-brokerage.example", role="Customs Operations Supervisor", tz="ph")

# clear refusals under long footers (3 x2, 2 once)
FOOT_RETAIL = "\n\n--\nWorking at {co}\nColleague discount from shift one | Pension we match | Payroll bike scheme\nGet new vacancies by email: careers.{dom}/alerts\nNew store openings are announced on our social channels first.\nLarge-print or audio copies of this message: ask the careers team.\n{co} Limited. Registered office Unit 4, Thornbury Park; company no. {ref}. Addressed to one reader; wrong inbox? Bin it and let us know."
mr("ft-retail", "Your application: {role}",
   "Dear {n},\n\nYou applied to be a {role} with {co}, and we've read your application. It stops at this point." + FOOT_RETAIL,
   ("Hollins Home & Hardware", "Greenacre Garden Stores"), ("hollinshome.example", "greenacregarden.example"), frm="{co} Careers <careers@{dom}>", role=("Customer Adviser", "Plant Area Colleague"), tz="uk")
FOOT_BANK = "\n\n*******\nTalent Circle: a monthly letter on graduate intakes, new branches and campus fairs - join from the careers page.\nBEWARE OF FAKE RECRUITERS: no {co} recruiter will ever ask you to pay a fee, buy a form or fund a medical. Forward any such request to fraud@{dom}.\nAddressed to one reader; stray copies should be wiped and the bank alerted. {co} holds a banking licence from the monetary authority. Email can be intercepted, so never send your PIN.\n*******"
mr("ft-bank", "Outcome of your application - {role}",
   "Dear {full},\n\nRe the {role} vacancy: the bank regrets that you were unsuccessful." + FOOT_BANK,
   ("Equatorial Commercial Bank", "Harambee Savings Bank"), ("equatorialbank.example", "harambeesavings.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Relationship Manager, SME", "Branch Operations Officer"), tz=("ng", "ke"))
FOOT_NEWS = "\n\n==========\nTHIS WEEK AT {co}\n- Our new warehouse in the north opens in March\n- Meet the team: a day with our dispatch crew\n- Podcast: how we plan peak season\nJOBS YOU MIGHT LIKE\n- Forklift Operator (nights)\n- Inventory Controller\n- Transport Planner\nYou receive this email because you applied through our careers site. Manage preferences | Unsubscribe\n=========="
mr("ft-logistics", "{role} - application outcome",
   "Hi {n},\n\nAbout the {role} role: we've chosen not to move your application to interview.\n\n{co} Talent Team" + FOOT_NEWS,
   ("Crossdock Continental", "Ridgeway Fulfilment"), ("crossdockcont.example", "ridgewayful.example"), frm="{co} <talent@{dom}>", role=("Shift Manager", "Inbound Team Leader"), tz=("usc", "cae"))
mr("ft-uni-ph", "Application for {role}",
   "Dear {n},\n\nThe Human Resource Development Office has completed the screening for {role}; you are not included in the shortlist.\n\nThank you and God bless.\n\n{sig}\nHRDO, {co}\n\n---\nPrivileged university correspondence. Misdirected? Kindly alert the writer and remove it from your mailbox. Opinions here belong to the writer, not to the University.\nVisit our admissions portal for the new academic year. Enrolment for Summer Term is now open.\nLike us on Facebook | Follow us on X | Subscribe to the University newsletter",
   "Holy Rosary University", "holyrosary-univ.example", role="Research Assistant", tz="ph")
mr("ft-hotel-my", "{role}: application status",
   "Dear {n},\n\nOur hiring team went through your application; the {role} position will go to someone else.\n\n{sig}\nTalent Acquisition, {co}\n\n______\nJob alert: Commis Chef - Penang | Housekeeping Supervisor - Langkawi | Sales Executive - KL Sentral\nLoyalty members earn double points this month.\nPRIVACY NOTICE: Your personal data is processed under the Personal Data Protection Act 2010. To withdraw consent or request access, write to privacy@{dom}.\nThis email is automatically generated; replies are not monitored.",
   "Straits Heritage Hotels", "straitsheritage.example", frm="{co} Talent <talent@{dom}>", role="Front Desk Agent", tz="my")

# hedged refusals (3 x2, 3 once)
mr("hd-fit", "{role} - where we've landed",
   "Hi {n},\n\nI've enjoyed our conversations these last weeks. A few people we met have recent work nearer the direction our team takes in the new year, and they're the ones we're carrying on with for {role}.\n\nI enjoyed our talk about community pharmacy.\n{sig}",
   ("Amberfield Health", "Kinross Pharmacy Group"), ("amberfieldhealth.example", "kinrosspharm.example"), role=("Clinical Services Lead", "Pharmacy Operations Manager"), tz=("uk", "nz"))
mr("hd-another-way", "Update: {role}",
   "Hello {n},\n\nA quick word on where things are. The leadership team has gone another way with {role}, choosing someone who has run a sales floor in the region.\n\nIt was good to get to know you.\n{sig}\n{co}",
   ("Kingfisher Motors", "Harbourview Autos"), ("kingfishermotors.example", "harbourviewautos.example"), role=("Sales Manager", "Dealer Principal"), tz=("za", "au"))
mr("hd-ng", "{role} - feedback",
   "Dear {n},\n\nWe valued your effort in the {role} assessment. Other applicants presented hands-on experience with cold-chain distribution that suited our immediate plans better, and we have proceeded with them.\n\nWarm regards,\n{sig}\nHR Business Partner, {co}",
   ("Zobo Foods Plc", "Okavango Dairy"), ("zobofoods.example", "okavangodairy.example"), role=("Distribution Manager", "Logistics Supervisor"), tz=("ng", "za"))
mr("hd-ie", "{role}",
   "Hi {n},\n\nI'll keep this short. The partners felt another applicant's tax practice background sat a little more snugly with our client list, and we've offered her the role.\n\nBest of luck,\n{sig}", "Mulcahy & Roe Accountants", "mulcahyroe.example", role="Tax Senior", tz="ie")
mr("hd-ca", "Re: {role} opening",
   "Hi {n},\n\nThanks for chatting with us on Thursday. We've decided to head in a different direction with {role}, leaning toward someone with more union-shop experience. Appreciate your time.\n\n{sig}\n{co}", "Laurentide Millwork", "laurentidemill.example", role="Production Supervisor", tz="cae")
mr("hd-sg", "{role} application",
   "Hi {n},\n\nGood to spend time with you. We've had many strong applicants, and another candidate's background in hawker-centre operations fits the new outlet slightly better. We'll be proceeding with them.\n\nRegards,\n{sig}\n{co}", "Lion City Kopi", "lioncitykopi.example", role="Outlet Manager", tz="sg")

# recruiter follow-ups: decision + another role (2 x2, 3 once)
mr("rc-uk", "Following our call - {role}",
   "Hi {n},\n\nNice to catch you earlier. Confirming what I said: the client picked their second-round candidate for {role}. Silver lining - a 12-month contract at a hospital trust in Leeds that looks made for you. Reply 'Leeds' and their estates director has your CV by teatime.\n\n{sig}\n{co}",
   ("Pennine Search Partners", "Brightwater Recruitment"), ("penninesearch.example", "brightwaterrec.example"), role=("Estates Manager", "Facilities Coordinator"), tz="uk")
mr("rc-ke", "{role} - update and another opening",
   "Hi {n},\n\nFollowing up on this afternoon's call, in writing: the client has closed {role} with an internal candidate. I do have a similar opening with an NGO in Kisumu, six-month renewable. Tell me by Friday whether to submit you.\n\nBest,\n{sig}\n{co}",
   ("Savanna Talent Partners", "Jamhuri Staffing"), ("savannatalent.example", "jamhuristaffing.example"), role=("M&E Officer", "Programme Accountant"), tz="ke")
mr("rc-au", "{role} - as discussed",
   "Hey {n}, thanks for the chat. As discussed, the mine has filled the {role} spot from their own crew, so that one's gone. I've got a 2-and-1 roster at a gold operation outside Kalgoorlie if you're keen - shall I pencil you in?\n\nCheers,\n{sig}", "Red Dirt Recruitment", "reddirtrec.example", role="Maintenance Planner", tz="auw")
mr("rc-in", "{role} - feedback from client",
   "Hi {n},\n\nAs per our call, your profile did not get shortlisted by the client for {role} since they need someone with SAP S/4 exposure. However, I have another opening in Pune for a finance analyst with a 30-day notice. Kindly revert with your latest CV if it suits you.\n\nThanks,\n{sig}\n{co}", "Kaveri Talent Solutions", "kaveritalent.example", role="Finance Controller", tz="in")
mr("rc-ph", "Update re: {role}",
   "Hi {n}! Thanks for the call earlier. Just to recap, the client decided to pursue another candidate for {role}. But I have a new account for a healthcare BPO in Cebu, same shift, and I think you're a good match. Available for a quick call tomorrow?\n\n{sig}\n{co}", "Archipelago Staffing", "archipelagostaff.example", role="Team Leader", tz="ph")

# public-sector notices (3 x2, 2 once)
mr("ps-county", "NOTIFICATION - {role} (Ref {ref})",
   "Dear {full},\n\nThe {co} notifies you that you did not make the shortlist for the {role} post (reference {ref}) because your documents fell short of the minimum requirements in the advert.\n\nThe County values your interest in public service.\n\nSecretary/CEO\n{co}",
   ("Kakamega County Public Service Board", "Nyeri County Public Service Board"), ("kakamega-cpsb.example", "nyeri-cpsb.example"), frm="{co} <cpsb@{dom}>", role=("Ward Administrator", "Revenue Officer"), tz="ke")
mr("ps-council-au", "Vacancy {ref} - {role}",
   "Dear {n},\n\nI am writing about the {role} vacancy (reference {ref}). Following a review of the branch structure, Council has cancelled this vacancy outright; the post stays empty. Every application received, yours too, is now closed.\n\nYours sincerely,\n{sig}\nPeople & Culture, {co}",
   ("Moreton Shire Council", "Darling Downs Regional Council"), ("moretonshire.example", "darlingdowns.example"), role=("Environmental Health Officer", "Parks Team Leader"), tz="auq")
mr("ps-civil-us", "Examination Results - {role}",
   "Dear {full}:\n\nThe Civil Service Commission has reviewed your application for the {role} examination. You have been found ineligible: the bulletin asks for two full years of paid, full-time work, and the application shows less. A written appeal may be filed within 15 calendar days.\n\nCivil Service Commission\n{co}",
   ("City of Harlan Falls", "City of Dorrance"), ("harlanfalls.example", "dorrance.example"), frm="Civil Service Commission <civilservice@{dom}>", role=("Fire Apparatus Operator", "Building Inspector I"), tz=("usc", "use"))
mr("ps-state-us", "Notice of Results: {role}",
   "Applicant: {full}\nPosition: {role}\nAnnouncement: {ref}\n\nYou were rated eligible for this position; however, the list passed to the hiring official left your name off. Nothing is needed from you.\n\nOffice of Human Resources\n{co}", "State Department of Natural Resources", "statednr.example", frm="{co} <hr-notices@{dom}>", role="Fisheries Biologist", tz="usm")
mr("ps-lgu-ph", "Result of Preliminary Evaluation - {role}",
   "Dear {n},\n\nPlease be informed that the Human Resource Merit Promotion and Selection Board has found you not qualified for the position of {role} based on the education requirement under the approved qualification standards.\n\nSalamat for wishing to serve the municipality.\n\n{sig}\nHRMO, {co}", "Municipality of San Isidro", "sanisidro-lgu.example", role="Administrative Aide IV", tz="ph")

# bare ATS status updates (2 x2, 2 once)
mr("st-nolonger", "Your application status has changed",
   "Hi {n},\n\nSomething changed on application {ref} ({role}).\n\nNew status: No longer being considered\n\nDetails are in your candidate account.\n{co} Careers",
   ("Atlas Rail Services", "Pemberly Water"), ("atlasrail.example", "pemberlywater.example"), frm="{co} Careers <donotreply@{dom}>", role=("Signalling Technician", "Network Controller"), tz=("uk", "cae"))
mr("st-table", "Application update - {role}",
   "<html><body><p>Hello {n},</p><table border='1' cellpadding='4'><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Closed - not selected</td></tr></table><p>{co} Recruitment Portal</p></body></html>",
   ("Sunbelt Plastics", "Coastline Packaging"), ("sunbeltplastics.example", "coastlinepack.example"), frm="{co} <portal@{dom}>", role=("Process Technician", "Maintenance Fitter"), tz=("usc", "za"))
mr("st-ng", "Application Status: {role}",
   "Dear {n},\n\nYour application status for {role} has been updated to: NOT SUCCESSFUL.\n\nAutomated notice, do not reply.\n{co} e-Recruitment", "Niger Delta Power Holdings", "ndph.example", frm="{co} e-Recruitment <erecruit@{dom}>", role="Protection Engineer", tz="ng")
mr("st-my", "Status update for job {ref}",
   "Hi {n}, application {ref} ({role}) is now marked as 'Rejected - Other candidate selected'. Thank you for applying.\n\n{co} Jobs", "Perdana Retail Group", "perdanaretail.example", frm="{co} Jobs <jobs@{dom}>", role="Assistant Store Manager", tz="my")

# internship / graduate programme decisions (2 x2, 2 once)
mr("in-summer", "{co} Summer Internship - decision",
   "Dear {n},\n\nYou applied to the {co} Summer Internship Program and completed the video interview. More than 1,800 students applied for 40 places, and this year's cohort is complete without you.\n\nThe next cycle opens in August.\n\nUniversity Recruiting, {co}",
   ("Halverson Capital", "Redwood & Pike Consulting"), ("halversoncap.example", "redwoodpike.example"), frm="{co} University Recruiting <campus@{dom}>", role=("Summer Analyst", "Summer Associate"), tz=("use", "usp"))
mr("in-grad", "{co} Graduate Programme - your application",
   "Dear {n},\n\nThe {co} assessment centre is behind us. The selection panel has now met, and the {role} programme's intake for this year does not include you. A feedback summary is available on request.\n\nEarly Careers Team, {co}",
   ("Tanager Energy", "Millbrook Engineering"), ("tanagerenergy.example", "millbrookeng.example"), frm="{co} Early Careers <earlycareers@{dom}>", role=("Engineering Graduate", "Commercial Graduate"), tz=("uk", "za"))
mr("in-ke-attach", "Industrial Attachment Application",
   "Dear {n},\n\nWe acknowledge your request for industrial attachment in the {role} section. We regret that all attachment slots for the May-August period have been filled and we are unable to accommodate you.\n\nYours faithfully,\n{sig}\nFor: Human Resource Manager, {co}", "Athi River Cement Works", "athiriver.example", role="Electrical Maintenance", tz="ke")
mr("in-gh-nss", "National Service Posting - {co}",
   "Dear {n},\n\nThank you for choosing {co} for your national service. We have received more requests than we can absorb, and your request for placement in the {role} unit has not been accepted. Kindly apply to other user agencies.\n\nHuman Resource Unit\n{co}", "Ghana Grains Development Board", "ghanagrains.example", role="Research", tz="gh")
# ---------------------------------------------------------------- mix: others
# application-received confirmations, most with refusal talk that has not happened (16 x2, 18 once)
AR = "application_received"
mo(AR, "c-workday", "Application received: Req {ref} - {role}",
   "Hello {n},\n\nWe have your application for requisition {ref} ({role}). Should the recruiting team close your candidacy at any step, the candidate home changes and a short email goes out; should you move on, a recruiter phones.\n\nTalent Acquisition\n{co}",
   ("Meridian Tileworks", "Kapok Ceramics Sdn Bhd"), ("meridiantile.example", "kapokceramics.example"), frm="{co} Careers <myjobs@{dom}>", role=("Kiln Operator", "Packing Line Lead"), tz=("uk", "my"))
mo(AR, "c-greenhouse", "Thanks for applying to {co}",
   "Hi {n},\n\nI'm {sig}, hiring manager for {role}. Your application sits in my queue; nobody screens them but me. Call or no call, a short note comes back from me rather than silence.\n\n{sig}",
   ("Orchard Ledger", "Sandpiper Freight Software"), ("orchardledger.example", "sandpiperfs.example"), role=("Platform Engineer", "Support Engineer"), tz=("use", "cae"))
mo(AR, "c-smart", "We've got your application",
   "<html><body><table width='560'><tr><td><b>{co}</b></td></tr><tr><td>Hello {n},<br><br>Your application for <i>{role}</i> has landed with us. Shortlisting runs about three weeks. Not on the shortlist? Then this card will change to 'Closed' - no need to chase us.</td></tr><tr><td style='font-size:11px;color:#777'>Sent via Brightrecruit</td></tr></table></body></html>",
   ("Lagoon Bay Resorts", "Cinnamon Reef Hotels"), ("lagoonbay.example", "cinnamonreef.example"), frm="{co} <jobs@{dom}>", role=("Pool Attendant", "Reservations Agent"), tz=("jm", "sg"))
mo(AR, "c-icims", "Application confirmation - Job ID {ref}",
   "Dear {full},\n\n{co} has your application on record for {role} (Job ID {ref}). Should your application not advance, the status in your candidate portal will be updated; we are not always able to send a separate letter.\n\nHuman Resources",
   ("Prairie Gate Water Authority", "Tidewater Regional Transit"), ("prairiegatewater.example", "tidewatertransit.example"), frm="{co} HR <hr-noreply@{dom}>", role=("Water Treatment Operator", "Bus Dispatcher"), tz=("usc", "use"))
mo(AR, "c-ashby", "Got it - {role}",
   "Hey {n},\n\n{sig} here from {co}. Your application for {role} landed in my inbox. I reply to everyone within ten days; a no would come with a sentence or two of reasons, a yes with a calendar link.\n\n{sig}",
   ("Tallowlight", "Pennywort Labs"), ("tallowlight.example", "pennywortlabs.example"), role=("Product Designer", "Account Executive"), tz=("usp", "ie"))
mo(AR, "c-workable", "Application received: {role}",
   "Hi {n},\n\nYour application for {role} at {co} is in. The team goes through new ones each Monday. Should your background not match this time, we keep your profile and may come back to you later regardless.\n\n{co} hiring team\nvia Hirewell",
   ("Salt & Saffron Catering", "Blue Gum Events"), ("saltsaffron.example", "bluegumevents.example"), frm="{co} <noreply@{dom}>", role=("Sous Chef", "Event Runner"), tz=("za", "au"))
mo(AR, "c-teamtailor", "Thanks, {n}!",
   "Hi {n}!\n\nYour application for {role} is with us. Fair warning: applications pour in, so the next message comes only if we want to meet. If the answer ends up being no, you can still join our Connect page for future roles.\n\nWarmly,\n{co}",
   ("Mossberry Toys", "Northlight Bikes"), ("mossberrytoys.example", "northlightbikes.example"), role=("Sales Assistant", "E-bike Technician"), tz=("eu", "uk"))
mo(AR, "c-personio", "Confirmation of your application",
   "Dear {full},\n\nwe hereby confirm your application for the position {role}. We will check your documents in the next weeks. If it does not go further for you, a short message reaches you and your data are deleted after six months.\n\nBest regards\n{sig}\nPeople & Culture, {co}",
   ("Eisvogel Logistik GmbH", "Brennwald Solartechnik"), ("eisvogel-log.example", "brennwald-solar.example"), role=("Dispatcher", "Roof Installer"), tz="eu")
mo(AR, "c-pinpoint", "We have received your application",
   "Hi {n},\n\nSubmitted: {role}. Once applications close, the panel marks each one against the person spec. Above our shortlisting cut-off or under it, the result appears in your account inside four weeks.\n\nRecruitment team, {co}",
   ("Wyvern Housing Partnership", "Calder Valley Leisure"), ("wyvernhousing.example", "caldervalleyleisure.example"), frm="Recruitment at {co} <recruitment@{dom}>", role=("Tenancy Officer", "Lifeguard"), tz="uk")
mo(AR, "c-tea", "Acknowledgement: {role}",
   "Dear {n},\n\nYour application for the {role} post has reached the HR office. Kindly note that we telephone the shortlisted candidates alone. No telephone call within a month of closing? Then treat the application as unsuccessful.\n\nHuman Resource Manager\n{co}",
   ("Chebown Tea Estates Ltd", "Nandi Hills Growers Ltd"), ("chebowntea.example", "nandigrowers.example"), role=("Assistant Factory Manager", "Payroll Clerk"), tz="ke")
mo(AR, "c-bpo", "{co} - Application Received",
   "Hi {n}!\n\nWe got your application for the {role} account. Next is our online Versant test. Pass or fail, you'll see the result right after; if you don't pass, you can retake it after 90 days.\n\nKeep safe,\n{co} Recruitment",
   ("Starbridge Contact Solutions", "Luzon Outsourcing Hub"), ("starbridgecs.example", "luzonhub.example"), role=("Chat Support Associate", "Billing Specialist"), tz="ph")
mo(AR, "c-footer-retail", "Thanks for applying: {role}",
   "Dear {n},\n\nYou've applied to be a {role} - great. Picked for interview or not, an email comes to you within a fortnight." + FOOT_RETAIL,
   ("Hollins Home & Hardware", "Greenacre Garden Stores"), ("hollinshome.example", "greenacregarden.example"), frm="{co} Careers <careers@{dom}>", role=("Timber Yard Colleague", "Checkout Colleague"), tz="uk")
mo(AR, "c-footer-bank", "Acknowledgement of application - {role}",
   "Dear {full},\n\n{role}: your application is logged. Unsuccessful applicants receive an email once the shortlist is final." + FOOT_BANK,
   ("Equatorial Commercial Bank", "Harambee Savings Bank"), ("equatorialbank.example", "harambeesavings.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Credit Analyst", "Teller"), tz=("ng", "ke"))
mo(AR, "c-county", "ACKNOWLEDGEMENT - {role} (Ref {ref})",
   "Dear {full},\n\nThe {co} has logged your application for {role}, reference {ref}. Shortlisted applicants will be notified by SMS. Those not shortlisted may view the published shortlist on the Board's website.\n\nSecretary/CEO",
   ("Kakamega County Public Service Board", "Nyeri County Public Service Board"), ("kakamega-cpsb.example", "nyeri-cpsb.example"), frm="{co} <cpsb@{dom}>", role=("Enforcement Officer", "Clinical Officer"), tz="ke")
mo(AR, "c-summer", "{co} Summer Internship - application received",
   "Dear {n},\n\nYour {co} Summer Internship Program form is complete. Every applicant hears back by the end of March: a video-interview invitation, a waitlist slot, or word that this year's places are gone to others.\n\nUniversity Recruiting",
   ("Halverson Capital", "Redwood & Pike Consulting"), ("halversoncap.example", "redwoodpike.example"), frm="{co} University Recruiting <campus@{dom}>", role=("Summer Analyst", "Summer Associate"), tz=("use", "usp"))
mo(AR, "c-recruiter", "Your CV - {role}",
   "Hi {n},\n\nGot your CV for {role} - it went to the client this afternoon. Should they pass, I ring you the same day, and then we look at the other contracts I mentioned.\n\n{sig}\n{co}",
   ("Pennine Search Partners", "Savanna Talent Partners"), ("penninesearch.example", "savannatalent.example"), role=("Estates Surveyor", "Grants Officer"), tz=("uk", "ke"))
mo(AR, "c-rum", "Application received", "Good day {n},\n\nYour application for {role} came through. Whoever is selected for interview gets a call. No call by month-end? Then your details go into our file for later openings.\n\n{sig}\nHR Officer, {co}", "Foursquare Cane Distillers", "foursquarecane.example", role="Bartender", tz="bb")
mo(AR, "c-insurer", "Acknowledgement", "Dear {full},\n\nThis acknowledges your application for {role}. So many applications arrive that individual replies aren't possible; contact is made with those meeting the requirements.\n\nHuman Capital, {co}", "Savannah Mutual Assurance", "savannahmutual.example", role="Underwriting Assistant", tz="tt")
mo(AR, "c-textile", "Application received - {role}", "Dear {n},\n\nYour application for {role} is received. Interviews happen on Saturdays at the mill. Whatever the result, HR phones each applicant before the 20th.\n\nRegards,\nHR Department, {co}", "Noyyal Spinning Mills Pvt Ltd", "noyyalmills.example", role="Quality Inspector", tz="in")
mo(AR, "c-seed", "Thanks for applying", "Hello {n},\n\nWe have your application for {role}. We plan to phone-screen in two weeks. Should we decide to pursue other applicants, an email comes from this address, so nobody's kept in the dark.\n\nPeople Team, {co}", "Prairie Kernel Seed Co.", "prairiekernel.example", role="Seed Plant Operator", tz="cap")
mo(AR, "c-bus", "Application received - {role}", "Hi {n},\n\nGreat that you want to drive with {co}. The next step is an assessed drive at the depot. If your drive doesn't reach the standard on the day, you can book another in six months; if it does, training starts soon after.\n\nRecruitment, {co}", "Southern Cross Buslines", "scbuslines.example", role="Bus Operator Trainee", tz="au")
mo(AR, "c-solar", "CV received", "Hi {n},\n\nYour CV for {role} arrived. We pick a small group for site visits and can't reply to everyone; no reply within 21 days means we've gone with others this round.\n\nRegards,\n{co}", "Highveld Sunworks", "highveldsun.example", role="Solar Site Supervisor", tz="za")
mo(AR, "c-bakery", "Thanks for applying", "Hi {n},\n\nYour application for {role} is in, thanks a million. Once the manager has gone through the pile, a yes or a no comes your way, usually inside two weeks.\n\n{co} HR", "Bridgeman's Bakehouse", "bridgemansbakes.example", role="Counter Assistant", tz="ie")
mo(AR, "c-roaster", "Got your application", "Kia ora {n},\n\nCheers for applying for {role}. We'll only get back to the people we want to have in for a trial shift, so no news after a couple of weeks means it hasn't worked out this time.\n\n{co}", "Kōwhai Street Roasters", "kowhairoast.example", role="Barista", tz="nz")
mo(AR, "c-dental-us", "We received your application", "Hi {n},\n\n{co} has your application for {role}. If your experience fits the office, a practice manager calls to set up a working interview. Otherwise we keep the application on file for 12 months.\n\n{co} Recruiting", "Bright Arch Dental Partners", "brightarch.example", frm="{co} Recruiting <recruiting@{dom}>", role="Front Desk Coordinator", tz="use")
mo(AR, "c-palm", "Acknowledgement of application", "Dear {n},\n\nYour application for {role} is received. No notice goes to candidates left off the shortlist; particulars are held six months.\n\nGroup HR, {co}", "Sinar Sawit Refinery Sdn Bhd", "sinarsawit.example", role="Laboratory Chemist", tz="my")
mo(AR, "c-cocoa", "Application - {role}", "Dear {n},\n\nYour application for {role} has been received by the Human Resource Department. Management will contact applicants who are considered suitable. Kindly note that canvassing will lead to disqualification.\n\nFor: Head, Human Resource\n{co}", "Asante Cocoa Processing Ltd", "asantecocoa.example", role="Shipping Clerk", tz="gh")
mo(AR, "c-council-au", "Application received - vacancy {ref}", "Dear {n},\n\nYour application for {role} (vacancy {ref}) is in. Applications close on {dl}. Council writes to each applicant after shortlisting, interview or no interview.\n\nPeople & Culture, {co}", "Moreton Shire Council", "moretonshire.example", role="Library Officer", tz="auq")
mo(AR, "c-civil-us", "Application Received - {role} Examination", "Dear {full}:\n\nThe {role} examination application is on file. Staff check each one against the minimum qualifications. An applicant found ineligible gets an email and has 15 calendar days to appeal.\n\nCivil Service Commission", "City of Harlan Falls", "harlanfalls.example", frm="Civil Service Commission <civilservice@{dom}>", role="Police Dispatcher", tz="usc")
mo(AR, "c-lgu-ph", "Acknowledgement - {role}", "Dear {n},\n\nYour application documents for {role} are with the HRMO. The HRMPSB will conduct the preliminary evaluation. Applicants who do not meet the qualification standards will be informed in writing.\n\nHRMO, {co}", "Municipality of San Isidro", "sanisidro-lgu.example", role="Administrative Assistant II", tz="ph")
mo(AR, "c-grad", "{co} Graduate Programme - application received", "Dear {n},\n\nYour application to the {co} {role} programme is in. Next comes an online numerical test. Below our benchmark means an email saying so; at or above it, an assessment centre invitation.\n\nEarly Careers Team", "Tanager Energy", "tanagerenergy.example", frm="{co} Early Careers <earlycareers@{dom}>", role="Engineering Graduate", tz="uk")
mo(AR, "c-attach", "Attachment request received", "Dear {n},\n\nYour request for industrial attachment has been received. Slots are allocated in the order requests are received; if all slots are taken, we will write to let you know.\n\nFor: Human Resource Manager\n{co}", "Athi River Cement Works", "athiriver.example", role="Mechanical", tz="ke")
mo(AR, "c-hotel-ph", "Thank you for applying", "Hi {n},\n\nSalamat for applying for {role}. Our team will go over your documents. Don't worry if the result isn't in your favour - we'll still keep your CV for the new wing opening next year.\n\nHR, {co}", "Manila Bayline Customs Brokerage", "bayline-brokerage.example", role="Documentation Staff", tz="ph")
mo(AR, "c-hd-sg", "Application received", "Hi {n},\n\nYour application for {role} reached us. Expect a reply within one week. A no still gets a message, and you are welcome to try again when our new outlet opens.\n\n{co}", "Lion City Kopi", "lioncitykopi.example", role="Barista", tz="sg")

# interviews, next steps, offers under the refusals' senders and threads (12 x2, 11 once)
mo("interview", "iv-thread", "RE: [EXT] Re: {role} - interview follow-up",
   "Hi {n},\n\nThanks for sending those figures. The governors have asked for a second interview with you on {dl}, ten sharp. Unfortunately the main car park will be dug up for resurfacing, so park in the Mill Lane lay-by.\n\nWith thanks,\n{sig}\n\nFrom: {full}\nSent: {q}\nSubject: Re: {role} - interview follow-up\n\nDear {sig}, please find attached the figures we discussed.",
   ("Ashcombe Grammar School", "St Aldric's College"), ("ashcombegs.example", "staldrics.example"), role=("School Bursar", "Finance Manager"), tz="uk")
mo("interview", "iv-lab-ke", "RE: [EXT] Re: Interview - {role}",
   "Dear {n},\n\nYou are listed for the {role} interview on {dl} at 9.00 am. Unfortunately late candidates will not be interviewed, so plan to arrive early. Bring original certificates and your KMLTTB licence.\n\nKind regards,\n{sig}\n\nFrom: {full}\nSent: {q}\nSubject: Re: Interview - {role}\n\nThank you, I remain available.",
   ("Rift Valley Mission Hospital", "Lakeside Diagnostics"), ("riftvalleymh.example", "lakesidedx.example"), role=("Medical Laboratory Technologist", "Lab Technician"), tz="ke")
mo("interview", "iv-hotel", "RE: [EXT] Re: {role} - next steps?",
   "Hi {n},\n\nGood news - the general manager wants a sit-down with you on {dl} at 2 pm. Unfortunately our lobby is being renovated, so please come to the side entrance beside the spa.\n\nRegards,\n{sig}\n\nOn {q}, {full} wrote:\n> Hi {sig}, just checking whether there is any update.",
   ("Seagrape Bay Hotel", "Coral Cove Suites"), ("seagrapebay.example", "coralcove.example"), role=("Front Office Manager", "Guest Services Manager"), tz=("jm", "bb"))
mo("interview", "iv-data", "RE: [EXT] Re: [EXT] Re: {role} panel",
   "Hi {n},\n\nThe pairing session went down well, so next is a last conversation with our CTO, on {dl}. It's 45 minutes on video; I'll send the link tomorrow.\n\nCheers,\n{sig}\n\nOn {q} {full} wrote:\n> Attaching the notebook from the session.",
   ("Tamarind Pay", "Baobab Lending"), ("tamarindpay.example", "baobablending.example"), role=("Data Engineer", "Senior Analytics Engineer"), tz=("sg", "ng"))
mo("interview", "iv-county", "INVITATION FOR INTERVIEW - {role}",
   "Dear {full},\n\nShortlisted: {role}. Interview date: {dl} at the Board offices. Bring originals of all certificates and clearance documents. Candidates who fail to present clearances will not be interviewed.\n\nSecretary/CEO, {co}",
   ("Kakamega County Public Service Board", "Nyeri County Public Service Board"), ("kakamega-cpsb.example", "nyeri-cpsb.example"), frm="{co} <cpsb@{dom}>", role=("Ward Administrator", "Revenue Officer"), tz="ke")
mo("interview", "iv-teamtailor", "Let's meet, {n}!",
   "Hi {n}!\n\nTime to meet for {role}! Grab a slot before {dl} with the link below. Unfortunately first-round travel is at your own cost, but the chat takes only 30 minutes.\n\nWarmly,\n{sig}, {co}",
   ("Mossberry Toys", "Northlight Bikes"), ("mossberrytoys.example", "northlightbikes.example"), role=("Store Lead", "Workshop Mechanic"), tz=("eu", "uk"))
mo("next_steps", "ns-bpo", "{co} - Next step: Versant test",
   "Hi {n}!\n\nYou passed the initial interview for the {role} account. Please finish the Versant test through the link below before {dl}, 11:59 pm. Past that hour the link is dead.\n\nKeep safe,\n{sig}",
   ("Starbridge Contact Solutions", "Luzon Outsourcing Hub"), ("starbridgecs.example", "luzonhub.example"), role=("Inbound Voice Agent", "Technical Support Associate"), tz="ph")
mo("next_steps", "ns-greenhouse", "{role} - take-home exercise",
   "Hi {n},\n\nThanks for the call. Stage two: a small take-home, one billing bug plus a design question. Return it by {dl}; we can't review anything that comes in after the panel meets.\n\n{sig}\n{co}",
   ("Orchard Ledger", "Sandpiper Freight Software"), ("orchardledger.example", "sandpiperfs.example"), role=("Billing Platform Engineer", "Support Operations Lead"), tz=("use", "cae"))
mo("next_steps", "ns-bank", "Online assessment - {role}",
   "Dear {full},\n\nYour {role} application moves to an online aptitude assessment. The link closes on {dl}. Unfortunately extensions cannot be granted." + FOOT_BANK,
   ("Equatorial Commercial Bank", "Harambee Savings Bank"), ("equatorialbank.example", "harambeesavings.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Relationship Manager, SME", "Branch Operations Officer"), tz=("ng", "ke"))
mo("next_steps", "ns-civil", "Written Examination Notice - {role}",
   "Dear {full}:\n\nYou have been found eligible for the {role} examination. The written test will be held on {dl} at 8:30 a.m. Bring photo ID. Candidates arriving after the doors close will not be admitted.\n\nCivil Service Commission, {co}",
   ("City of Harlan Falls", "City of Dorrance"), ("harlanfalls.example", "dorrance.example"), frm="Civil Service Commission <civilservice@{dom}>", role=("Fire Apparatus Operator", "Building Inspector I"), tz=("usc", "use"))
mo("offer", "of-tea", "Offer of Employment - {role}",
   "Dear {n},\n\nManagement is pleased to appoint you to the post of {role} at {co} on the terms in the attached letter. Kindly sign one copy and return it by {dl} as your acceptance.\n\nYours faithfully,\n{sig}\nHuman Resource Manager",
   ("Chebown Tea Estates Ltd", "Nandi Hills Growers Ltd"), ("chebowntea.example", "nandigrowers.example"), role=("Factory Accountant", "Field Clerk"), tz="ke")
mo("offer", "of-ashby", "Offer - {role}",
   "Hey {n},\n\nThrilled to say it: {co} wants you as {role}. The offer letter and equity summary are attached. Take the weekend; if you can let me know by {dl}, that'd be great.\n\n{sig}",
   ("Tallowlight", "Pennywort Labs"), ("tallowlight.example", "pennywortlabs.example"), role=("Founding Designer", "First Sales Hire"), tz=("usp", "ie"))
mo("interview", "iv-florist", "Re: {role} trial", "Hi {n}, fancy a trial morning on {dl} from 8? Unfortunately it's our busiest day, wedding flowers everywhere, so wear clothes that can get soaked.\n\n{sig}\n\nOn {q}, {full} wrote:\n> Hello, I'd love to see the shop.", "Petal & Twine", "petaltwine.example", role="Florist", tz="uk")
mo("interview", "iv-radio", "Re: Re: {role} chat", "Hey {n},\n\nCan you pop in on {dl} at 11 to sit through a mock running order with us? We've just lost our studio two to flooding, sadly, so it'll be in the green room.\n\n{sig}\n\nOn {q}, {full} wrote:\n> Thanks, I'd love to come in.", "Harbour FM", "harbourfm.example", role="Breakfast Producer", tz="uk")
mo("interview", "iv-proc-gh", "Invitation to interview - {role}", "Hello {n},\n\nInterview for the {role} post: {dl} at our Tema office, 10 am. Unfortunately we cannot reimburse transport. Please confirm attendance by reply.\n\nRegards,\n{sig}", "Gulf Coast Shipping Ghana", "gulfcoastgh.example", role="Procurement Officer", tz="gh")
mo("interview", "iv-lgu", "Notice of Examination and Interview", "Dear {n},\n\nYou have qualified in the preliminary evaluation for {role}. Please report for the written examination and panel interview on {dl}, 8:00 AM, at the Session Hall. Bring a valid ID.\n\nHRMO, {co}", "Municipality of San Isidro", "sanisidro-lgu.example", role="Administrative Aide IV", tz="ph")
mo("next_steps", "ns-bus", "Your assessed drive", "Hi {n},\n\nYou're booked for the assessed drive on {dl} at 7:30 am at the Wacol depot. Please bring your licence and a copy of your traffic history. If you're more than 10 minutes late, we'll need to rebook you for next month.\n\nRecruitment, {co}", "Southern Cross Buslines", "scbuslines.example", role="Bus Operator Trainee", tz="au")
mo("next_steps", "ns-rc-in", "{role} - documents needed", "Hi {n},\n\nThe client has shortlisted your profile for {role}. Kindly send three recent payslips, the relieving letter and a PAN copy by {dl} so I can schedule the technical round. Without them the slot goes to the next profile.\n\nThanks,\n{sig}\n{co}", "Kaveri Talent Solutions", "kaveritalent.example", role="Finance Controller", tz="in")
mo("next_steps", "ns-grad", "{co} - assessment centre booking", "Dear {n},\n\nOnline tests: passed. Book a seat at the {co} assessment centre by {dl}. Unfortunately places are limited, so unbooked candidates may lose their slot.\n\nEarly Careers Team", "Millbrook Engineering", "millbrookeng.example", frm="{co} Early Careers <earlycareers@{dom}>", role="Commercial Graduate", tz="za")
mo("offer", "of-roaster", "You're in!", "Kia ora {n},\n\nThe trial shift was great. Want the {role} job? It's yours, 30 hours a week, starting {dl}. Sadly the coffee's not free, but it's half price.\n\nCheers,\n{sig}", "Kōwhai Street Roasters", "kowhairoast.example", role="Roastery Assistant", tz="nz")
mo("offer", "of-rc-au", "{role} - offer", "Hey {n}, the site has made you an offer for {role}, 2-and-1 roster, start {dl}. Contract attached - send it back signed and I'll book your flights.\n\nCheers,\n{sig}", "Red Dirt Recruitment", "reddirtrec.example", role="Maintenance Planner", tz="auw")
mo("offer", "of-insurer", "Offer letter - {role}", "Dear {full},\n\n{co} is pleased to appoint you as {role}, subject to satisfactory references. Please confirm acceptance in writing by {dl}.\n\nRegards,\n{sig}\nHuman Capital", "Savannah Mutual Assurance", "savannahmutual.example", role="Claims Adjuster", tz="tt")
mo("offer", "of-hd-ie", "{role} - good news", "Hi {n},\n\nThe partners want you as {role}. Formal offer attached; a reply by {dl} would be great. Sadly there's no parking at the office, but the bus stops at the door.\n\nBest,\n{sig}", "Mulcahy & Roe Accountants", "mulcahyroe.example", role="Tax Senior", tz="ie")

# other: bare in-review statuses, withdrawals, alerts, pitches, non-job refusals (4 x2, 7 once)
mo("other_job", "ot-review", "Your application status has changed",
   "Hi {n},\n\nSomething changed on application {ref} ({role}).\n\nNew status: In review\n\nOpen your candidate account for details.\n{co} Careers",
   ("Atlas Rail Services", "Pemberly Water"), ("atlasrail.example", "pemberlywater.example"), frm="{co} Careers <donotreply@{dom}>", role=("Signalling Technician", "Network Controller"), tz=("uk", "cae"))
mo("other_job", "ot-withdrawn", "Withdrawal confirmed - {role}",
   "Hello {n},\n\nDone: {role} - withdrawn, as you asked; nothing more happens with it. Reapplying is allowed while the posting is live.\n\n{co} Talent",
   ("Fernhollow Games", "Quillstream"), ("fernhollow.example", "quillstream.example"), frm="{co} <talent@{dom}>", role=("Level Designer", "Growth Marketer"), tz=("usp", "nz"))
mo("job_alert", "ot-alert", "New jobs matching 'warehouse'",
   "Hi {n}, your saved search found 4 new jobs:\n\n- Inventory Controller, {co}, 3 days ago\n- Forklift Operator (nights), {co}, 5 days ago\n- Goods-in Clerk, Bramble Foods\n- Yard Marshal, Kestrel Parcels\n\nManage alerts | Unsubscribe",
   ("Crossdock Continental", "Ridgeway Fulfilment"), ("crossdockcont.example", "ridgewayful.example"), frm="Jobs at {co} <alerts@{dom}>", tz=("usc", "cae"))
mo("non_job_rejection_words", "nj-flat", "Flat at {co}",
   "Hi {n},\n\nCheers for coming round Saturday. The landlord picked tenants who could move in a fortnight earlier; it's let. Good luck with the hunt.\n\n{sig}\nLettings",
   ("Harbour Row Lettings", "Greystones Property"), ("harbourrow.example", "greystonesprop.example"), tz=("uk", "ie"))
mo("recruiter_outreach", "ot-pitch", "Open to a chat?", "Hi {n},\n\nSaw your profile - there's a permanent {role} role with a growing food manufacturer in Kiambu. Salary is competitive with a car allowance. Could we talk by phone for ten minutes this week?\n\n{sig}\n{co}", "Jamhuri Staffing", "jamhuristaffing.example", role="Plant Engineer", tz="ke")
mo("recruiter_outreach", "ot-pitch-sg", "{role} role - interested?", "Hi {n}, I'm recruiting a {role} for a regional F&B group expanding into Johor. Glad to share details, no pressure at all.\n\n{sig}\n{co}", "Merlion Talent", "merliontalent.example", role="Regional Operations Manager", tz="sg")
mo("other_job", "ot-delay", "Update on shortlisting - {role}", "Dear {n},\n\nShortlisting for {role} is running roughly a fortnight late while the panel chair is on leave. Every application, yours included, is still undecided.\n\nPeople & Culture, {co}", "Darling Downs Regional Council", "darlingdowns.example", role="Parks Team Leader", tz="auq")
mo("non_job_rejection_words", "nj-loan", "Your loan application", "Dear {n},\n\nDecision on your personal loan: declined, because of your present debt-to-income ratio. You may reapply after three months.\n\n{co} Lending", "Harambee Savings Bank", "harambeesavings.example", tz="ke")
mo("non_job_rejection_words", "nj-grant", "Community fund - outcome", "Dear {n},\n\nThe Neighbourhood Arts Fund panel had 140 bids to weigh, and your mural project was not picked this round. Spring brings another round.\n\n{sig}\n{co}", "Wyvern Community Foundation", "wyvernfoundation.example", tz="uk")
mo("non_job_rejection_words", "nj-club", "Membership waitlist", "Hi {n},\n\nThanks for applying to join {co}. Our senior squad is full for the season, so you can't join just yet. You're on the waitlist at number 6.\n\n{sig}\nMembership Secretary", "Kingston Harbour Sailing Club", "khsailing.example", tz="jm")
mo("non_job_rejection_words", "nj-school", "Admission application", "Dear {n},\n\nSadly there is no place for your son in Primary 1 for the coming term, as the class is full. His name remains on the waiting list.\n\n{sig}\nAdmissions, {co}", "Lakeview Preparatory School", "lakeviewprep.example", tz="ng")
# ---------------------------------------------------------------- wide: rejections
# 25 English, trades and channels no earlier slice lists (one each)
wr("hop", "hop picking crew", "Hi {n}, ta for writing your name down for September's hop picking. Last year's pickers have all come back and filled the crew, so the bines are covered without you this season. Try us again in spring when we post for next year.\n\n{sig}\n{co}", "Ashbourne Hop Gardens", "ashbournehops.example", tz="uk")
wr("tulip", "Bulb sorting line", "Hello {n},\n\nYou came to Monday's sorting-line trial - appreciated. Your speed stayed under the 40 crates an hour we need at peak, so the bulb season job goes to others. Good luck.\n\n{sig}, Line Supervisor\n{co}", "Skagit Flats Bulb Co.", "skagitbulbs.example", tz="usp")
wr("olive", "Comment on 'Harvest crew 2026' sheet", "{sig} commented on row 14 (applicant: {full}):\n\n\"Crew is full - we're going with the six pickers from the Riverland. Sorry {n}, no spot this harvest. Can you let them know, Jess?\"\n\nReply to this email to add a comment.", "Coonawarra Grove Olives", "coonawarraolives.example", frm="{sig} (via Sheets) <comments-noreply@{dom}>", tz="aus")
wr("drivein", "Shift team: message from {co}", "[Team app] {co} posted to Applicants:\n\nHi {n} - thanks for applying to work the ticket booth and concession stand this summer. Hiring for the season is done and your name isn't going on the roster.\n\nYou can leave this team at any time.", "Starlite Drive-In Theatre", "starlitedrivein.example", frm="Crewboard <notify@{dom}>", tz="usc")
wr("facepaint", "Message from the Parents' Association", "New message in the Fete Committee channel:\n\nHi {n}, lovely of you to offer paid face painting at the summer fete. A local painter who's done it three years running is already booked, so we're set this time round.\n\n{sig}, PA Chair", "Holmewood Primary PA", "holmewoodpa.example", frm="ClassLink <no-reply@{dom}>", tz="uk")
wr("hearingdog", "Puppy Socialiser role", "Dear {n},\n\nYour application to become a paid puppy socialiser was read with care. This litter has gone to volunteers living nearer our training centre, since the puppies visit several times a week. So this time the role will not be yours.\n\nKind regards,\n{sig}\nVolunteer & Staff Team, {co}", "Hearing Paws Trust", "hearingpaws.example", tz="uk")
wr("camel", "Meeting notes: call with {full}", "AI summary of your call (auto-generated)\n\nParticipants: {sig}, {full}\nTopic: Camel trek handler, winter season\n\nKey points:\n- {sig} thanked {n} for the call.\n- The station is not hiring {n} for the trek season; the handlers' roster is already complete.\n- {n} may reapply for the 2027 season.\n\nAction items: none.", "Red Centre Camel Treks", "redcentrecamels.example", frm="{sig} <{sl}@{dom}>", tz="aun")
wr("piano", "piano crew", "hey {n} its {sig}. cheers for doing the lift test. two flights with an upright is the job every day and it was too much for your back on the day, so im not putting you on the crew. no hard feelings", "Steinway Street Movers", "steinwaymovers.example", tz="use")
wr("whale", "Naturalist guide - season", "Hi {n},\n\nGood to have you aboard the trial trip. Both naturalist spots went to marine biology grads from last year's acoustic survey. That's every berth gone for the season, and you're not on board.\n\nFair winds,\n{sig}\n{co}", "Kaikōura Deep Sea Tours", "kaikouradeep.example", tz="nz")
wr("lookout", "Fire Lookout - seasonal position", "Dear {full},\n\nYour application for the seasonal fire lookout at Baldy Point was reviewed. The position requires living alone at the tower for 14-day rotations, and based on the medical questionnaire we cannot clear you for the post, and the position will go to another applicant.\n\n{sig}\nFire Management Office, {co}", "Cascade Range Forest District", "cascadeforest.example", tz="usp")
wr("ballkid", "Tournament app: your application", "Ball Crew 2026\nStatus: Not selected\n\nHi {n}, thanks for coming to the ball-crew tryout. Your rolling and feeding times were outside the squad limits, so you are not part of this year's crew.\n\n{co} Tournament App", "Eastbourne Grass Court Open", "eastbournegco.example", frm="{co} <app@{dom}>", tz="uk")
wr("stringer", "Racket stringer", "Hi {n},\n\nThanks for stringing the test frames. Two of the three came off the machine more than two pounds off tension, and with tour players coming in we need it spot on, so the stringing bench job isn't yours.\n\n{sig}\n{co}", "Baseline Racquet Lab", "baselinelab.example", tz="aus")
wr("coin", "Shop assistant", "Dear {n},\n\nIt was a pleasant hour in the shop with you. Your knowledge of British hammered coinage impressed us; the job, though, needs confident grading of milled silver from day one, and another applicant has taken it.\n\nRegards,\n{sig}\n{co}", "Wexcombe Coins & Medals", "wexcombecoins.example", tz="uk")
wr("antiquarian", "Bookshop assistant", "Dear {n},\n\nYour letter and your visit were both much appreciated. I have engaged a former auction-house cataloguer for the position, and so I must disappoint you.\n\nWith kind regards,\n{sig}\n{co}", "Quaritch Lane Books", "quaritchlane.example", tz="uk")
wr("mapshop", "Map shop - part-time", "Hi {n}, thanks for applying to {co}. We only had one part-time spot and it's gone to a former surveyor who knows the topo series inside out. Sorry, {n}.\n\n{sig}", "Contour & Compass Map Shop", "contourcompass.example", tz="cap")
wr("glove", "Apprenticeship - glove cutting", "Dear {n},\n\nThe sample fourchettes you cut arrived safely. Another applicant has been chosen for the cutting-room apprenticeship, which closes your application.\n\nYours sincerely,\n{sig}\n{co}", "Yeovil Leather Gloves", "yeovilgloves.example", tz="uk")
wr("corset", "Workroom assistant", "Hi {n},\n\nYou worked hard on the boning channels in your trial. I need coutil machined at production speed straight away, and I've hired someone who already does that, so the workroom job isn't yours.\n\n{sig}\n{co}", "Laced & Bound Corsetry", "lacedbound.example", tz="uk")
wr("bellfoundry", "Bell tuning assistant", "Dear {n},\n\nTuning bells demands a very strong ear for pitch, and your listening-test result was well under the score we need. The assistant role is therefore closed to you for now.\n\n{sig}\n{co}", "Loughborough Bell Works", "loughbells.example", tz="uk")
wr("carillon", "Carillon Scholar appointment", "Dear {n},\n\nOn Thursday the Carillon Committee went through the applications for the paid Carillon Scholar. The scholarship has been awarded to another student, and the committee thanks you for your recital.\n\nOn behalf of the Committee,\n{sig}", "Hartwell University Chapel", "hartwellchapel.example", tz="cae")
wr("harpsichord", "[Workshop] Apprenticeship - talk page reply", "Reply posted on Talk:Apprenticeship 2026 by {sig}:\n\n@{n} - thanks for the jack-making sample. We're taking on the apprentice who's been helping with quilling since January, so the apprenticeship is filled. You're welcome on Open Workshop Saturdays.", "Ridgeway Harpsichords", "ridgewayharps.example", frm="Workshop Wiki <wiki@{dom}>", tz="uk")
wr("drum", "Drum shop job", "Yo {n}, thanks for coming by the shop. I gave the job to a guy who's been steam-bending shells at the other workshop for years. So no job for you right now, but keep in touch.\n\n{sig}\n{co}", "Backbeat Drumworks", "backbeatdrums.example", tz="usc")
wr("terrazzo", "Pager message", "PAGER 4471 // {co}: {n} - TERRAZZO APPRENTICE: NOT SELECTED. CREW FULL. THANKS FOR COMING TO YARD. - {sig}", "Venetian Floors Inc", "venetianfloors.example", frm="Pager Gateway <pager@{dom}>", tz="use")
wr("enamel", "Studio assistant", "Dear {n},\n\nThank you for the champlevé samples. The studio assistant post has gone to an applicant already firing enamel on silver, and your application closes with this note.\n\nBest wishes,\n{sig}\n{co}", "Tallis Enamel Studio", "tallisenamel.example", tz="uk")
wr("hiringhall", "Dispatch hall: registration", "Dear {full},\n\nThe joint dispatch committee considered your application for casual registration. Only 40 casual slots were opened this year, and the draw passed over your number. You may apply again when the next registration is announced.\n\nDispatch Hall, {co}", "Port of Brightwater Longshore", "brightwaterport.example", tz="cap")
wr("prop", "Issue #218: Props assistant hire", "{sig} closed issue #218 as completed:\n\n> Props assistant hired - thanks to everyone who applied. @{n}, we went with the maker who did our puppets last spring, so you're not on this production.\n\nView it on the production tracker.", "Moth & Lantern Theatre", "mothlantern.example", frm="Production Tracker <tracker@{dom}>", tz="uk")

# 15 widely spoken languages, one each
wr("de", "Ihre Bewerbung als Orgelbauer-Helfer", "Hallo {n},\n\nschön, dass Sie an unsere Werkstatt gedacht haben. Die Stelle geht an einen Bewerber, der schon im Pfeifenbau gearbeitet hat. Für Sie haben wir deshalb diesmal keinen Platz.\n\nFreundliche Grüße\n{sig}\n{co}", "Orgelwerkstatt Hainbuch", "orgel-hainbuch.example", tz="eu", lang="de")
wr("es", "Temporada de vendimia", "Hola {n}:\n\nGracias por presentarte a la prueba de poda. Ya completamos la cuadrilla con gente del pueblo y no podemos ofrecerte un puesto esta temporada. Suerte.\n\n{sig}\n{co}", "Bodegas Peñalba", "penalba-bodegas.example", tz="eu", lang="es")
wr("fr", "Votre candidature - aide-fromager", "Bonjour {n},\n\nMerci d'être passé(e) à la cave d'affinage. Le poste revient à quelqu'un qui sait déjà retourner les meules ; nous ne pouvons pas vous embaucher.\n\nCordialement,\n{sig}\n{co}", "Caves du Haut-Jura", "caves-hautjura.example", tz="eu", lang="fr")
wr("pt", "Candidatura - ajudante de salineiro", "Olá {n},\n\nObrigada pelo interesse nas marinhas. Este ano já temos a equipa completa para a colheita do sal e não vamos poder contar consigo. Boa sorte.\n\n{sig}\n{co}", "Marinhas da Ria Formosa", "marinhas-ria.example", tz="pt", lang="pt")
wr("it", "Candidatura - aiuto liutaio", "Gentile {n},\n\ngrazie di aver pensato alla nostra bottega. Abbiamo scelto un allievo della scuola di liuteria che conosce già la verniciatura a olio, quindi non possiamo proseguire con lei.\n\nCordiali saluti,\n{sig}\n{co}", "Bottega Liutaria Ferrando", "liuteria-ferrando.example", tz="eu", lang="it")
wr("nl", "Sollicitatie molenaarsknecht", "Beste {n},\n\nFijn dat je de proefdag op de molen hebt gedraaid. De plek gaat naar iemand met een vrijwillig molenaarsdiploma; jij valt dus af.\n\nGroet,\n{sig}\n{co}", "Stichting Korenmolen De Hoop", "molen-dehoop.example", tz="eu", lang="nl")
wr("pl", "Rekrutacja - pomocnik bartnika", "Dzień dobry {n},\n\ndziękujemy za zgłoszenie. Po rozmowie zdecydowaliśmy się na inną osobę, która ma już doświadczenie z barciami. Niestety nie możemy zaproponować Pani/Panu tej pracy.\n\nPozdrawiam,\n{sig}\n{co}", "Pasieka Leśny Bartnik", "lesnybartnik.example", tz="eu", lang="pl")
wr("sv", "Din ansökan - stugvärd", "Hej {n}!\n\nRoligt att du ville jobba i fjällstugan. Tjänsten går till någon som har vana av vinterfjället, så den här säsongen blir det tyvärr inte du.\n\nHälsningar\n{sig}\n{co}", "Sarek Fjällstugor", "sarekstugor.example", tz="eu", lang="sv")
wr("tr", "Başvurunuz hakkında", "Merhaba {n},\n\nHalı atölyemize gösterdiğiniz ilgi için teşekkür ederiz. Dokuma denemesinden sonra başka bir adayla çalışmaya karar verdik. Bu nedenle başvurunuzu olumlu değerlendiremiyoruz.\n\nİyi günler,\n{sig}\n{co}", "Kapadokya El Halıları", "kapadokyahali.example", tz="tr", lang="tr")
wr("ru", "Ваша заявка: помощник пасечника", "Здравствуйте, {n}!\n\nСпасибо за отклик. На сезон мы уже взяли помощника из соседнего села, поэтому принять вас на работу не сможем. Удачи в поисках.\n\n{sig}\n{co}", "Пасека Алтайский Мёд", "altaymed.example", tz="ru", lang="ru")
wr("ja", "【選考結果】提灯職人見習い", "{n}様\n\nこの度は当工房の見習い職にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。\n\n{co}\n{sig}", "小田原提灯工房", "odawara-chochin.example", tz="jp", lang="ja")
wr("zh", "关于您应聘茶艺师一事", "{n}您好：\n\n感谢您来我们茶馆参加试工。经过考虑，我们决定录用另一位有评茶证书的应聘者，这次就不能与您合作了。祝您顺利。\n\n{sig}\n{co}", "云雾茶馆", "yunwu-tea.example", tz="cn", lang="zh")
wr("ko", "[결과 안내] 한지 공방 보조", "{n}님 안녕하세요.\n\n저희 한지 공방에 지원해 주셔서 감사합니다. 검토 끝에 이번에는 함께하지 못하게 되었습니다. 다른 좋은 기회가 있기를 바랍니다.\n\n{sig} 드림\n{co}", "전주 한지 공방", "jeonju-hanji.example", tz="kr", lang="ko")
wr("ar", "بخصوص طلبك لوظيفة مساعد خطاط", "السيد/السيدة {n}،\n\nنشكرك على تقديم طلبك للعمل في مرسمنا. بعد المراجعة، قررنا اختيار متقدم آخر لديه خبرة في خط الثلث، ولذلك لن نتمكن من قبول طلبك.\n\nمع التحية،\n{sig}\n{co}", "مرسم القلم للخط العربي", "alqalam-studio.example", tz="ae", lang="ar")
wr("id", "Lamaran pembatik", "Halo {n},\n\nTerima kasih sudah datang ke uji coba membatik. Kami sudah memilih pembatik lain yang sudah biasa dengan canting halus, jadi kali ini kami belum bisa menerima Anda.\n\nSalam,\n{sig}\n{co}", "Rumah Batik Laweyan", "batiklaweyan.example", tz="id", lang="id")

# 10 languages new to the slices
wr("bjs", "de counter job", "Hey {n}, wunna did come down Tuesday and we appreciate it. De boss pick a next girl fuh de fish-fry counter, she from Oistins and she know de work already. So dat done fuh now. Doan tek it on, hear?\n\n{sig}\n{co}", "Bay Street Fish Fry", "baystreetfry.example", tz="bb", lang="bjs")
wr("svc", "bout de boat work", "Mornin {n}, is {sig} from {co}. De captain done tek one young fella from Bequia fuh crew de ferry, so we cyah gi yuh de work dis time. Tanks fuh comin down de jetty.", "Grenadines Water Taxi", "grenwatertaxi.example", tz="bb", lang="svc")
wr("gpe", "Driver work", "Chale {n}, sorry o. The oga say he go take another guy for the driver work, the one wey dey drive for the company before. Your own no go fit pass this time. Take heart, God dey.\n\n{sig}\n{co}", "Kantamanto Haulage", "kantamantohaul.example", tz="gh", lang="gpe")
wr("lir", "bout de job", "{n}, how you doin? De people dem say de tailor shop job finish, dey got somebody already. You na get it dis time oh. We tank you for comin to see us.\n\n{sig}\n{co}", "Waterside Stitch House", "watersidestitch.example", tz="lr", lang="lir")
wr("chn", "Wawa kopa mamook", "Klahowya {n},\n\nMahsie kopa maika pepah. Nesika iskum huloima tillikum kopa okoke mamook, kopa canim-house. Wake maika alta. Klonas weght ikt sun.\n\n{sig}\n{co}", "Chinuk Wawa Canoe Family", "wawacanoe.example", tz="usp", lang="chn")
wr("jbo", "le se cuxna be le nu pilno", "coi la .{n}.\n\nki'e do le nu do te cusku le do vreji .i mi'a cuxna lo drata prenu lo nu gunka lo ka fanva .i do na se cuxna ca lo cabna .i co'o\n\n{sig}", "Lojbanic Translators' Guild", "lojbanguild.example", tz="use", lang="jbo")
wr("bho", "आवेदन के बारे में", "{n} जी, प्रणाम।\n\nरउआ चिट्ठी पहुँच गइल। एह बेर केंद्र मधुबनी चित्रकारी जाने वाला एगो दोसर कलाकार के रख लेले बा, एह से रउआ के काम ना मिल पाई। आगे खातिर हमनी के शुभकामना।\n\n{sig}\n{co}", "सोनपुर हस्तशिल्प केंद्र", "sonpurhast.example", tz="in", lang="bho")
wr("sa", "अध्यापकपदाय आवेदनम्", "नमस्ते {n}।\n\nभवतः पत्रं गुरुकुलं प्राप्तम्। खेदेन निवेदयामः यत् अस्मिन् वर्षे व्याकरण-अध्यापकपदाय अन्यः विद्वान् वृतः। अतः भवते पदं दातुं न शक्नुमः। शुभं भूयात्।\n\n{sig}\n{co}", "वेदविद्या गुरुकुलम्", "vedavidya.example", tz="in", lang="sa")
wr("om", "Iyyannoo hojii", "Obbo/Aadde {n},\n\nIyyannoo hojii keessaniif galatoomaa. Gaddaan isin beeksisna: bakka hojii gargaaraa buna qoraniif namni biraa filatameera. Carraa gaarii isiniif hawwina.\n\n{sig}\n{co}", "Gamtaa Qonnaan Bultoota Bunaa Jimmaa", "jimmabuna.example", tz="et", lang="om")
wr("la", "De munere magistri", "Salve, {n}!\n\nGratias tibi agimus quod epistulam ad nos misisti. Doleo quod hoc anno alium magistrum ad scholam aestivam elegimus; locum tibi dare non possumus. Bene vale.\n\n{sig}\n{co}", "Schola Latina Aestiva Tusculana", "scholatusculana.example", tz="eu", lang="la")
# ---------------------------------------------------------------- wide: others (twins of the wide refusals)
wo(AR, "c-hop", "hop picking crew", "Hi {n}, your name's on the hop picking list. Returners get first dibs, and if last year's lot fill the crew you'll get a text saying so; otherwise expect a call in August.\n\n{sig}\n{co}", ("Ashbourne Hop Gardens", "Yakima Bine Farms"), ("ashbournehops.example", "yakimabine.example"), tz=("uk", "usp"))
wo(AR, "c-sheet", "Comment on 'Harvest crew 2026' sheet", "{sig} commented on row 22 (applicant: {full}):\n\n\"Got {n}'s form. Jess, tell them we pick the crew after the pruning count - if we're full, they'll hear from us, no need to ring.\"\n\nReply to this email to add a comment.", ("Coonawarra Grove Olives", "Barossa Ridge Olives"), ("coonawarraolives.example", "barossaridge.example"), frm="{sig} (via Sheets) <comments-noreply@{dom}>", tz="aus")
wo(AR, "c-tulip", "Bulb sorting line - application", "Hello {n},\n\nYou're signed up for bulb season. Everyone does a short sorting-line trial first; fall short of the crate rate on the day and you're welcome to come back next year.\n\n{sig}\n{co}", "Skagit Flats Bulb Co.", "skagitbulbs.example", tz="usp")
wo(AR, "c-drivein", "Shift team: message from {co}", "[Team app] {co} posted to Applicants:\n\nHi {n} - your concession-stand application is in. The summer roster gets confirmed by mid-May. Anyone left off the roster is moved to the waitlist by the app itself.", "Starlite Drive-In Theatre", "starlitedrivein.example", frm="Crewboard <notify@{dom}>", tz="usc")
wo(AR, "c-facepaint", "Message from the Parents' Association", "New message in the Fete Committee channel:\n\nHi {n}, what a kind offer to face paint at the fete! Stalls get decided at the committee meeting; should painters outnumber pitches, we'll post it here.\n\n{sig}, PA Chair", "Holmewood Primary PA", "holmewoodpa.example", frm="ClassLink <no-reply@{dom}>", tz="uk")
wo(AR, "c-hearingdog", "Puppy Socialiser - thank you", "Dear {n},\n\nYour puppy socialiser form has arrived. Placements follow where each litter is born; with no litter near you this spring, your details simply wait for the next one instead of being closed.\n\n{sig}\n{co}", "Hearing Paws Trust", "hearingpaws.example", tz="uk")
wo(AR, "c-camel", "Meeting notes: call with {full}", "AI summary of your call (auto-generated)\n\nParticipants: {sig}, {full}\nTopic: Camel trek handler, winter season\n\nKey points:\n- {n} applied for the trek season.\n- {sig} will decide after the muster in May; either way {n} gets a text.\n\nAction items: {sig} to text {n} by end of May.", "Red Centre Camel Treks", "redcentrecamels.example", tz="aun")
wo(AR, "c-whale", "Naturalist guide - application", "Hi {n},\n\nApplication received. There are only a few berths, and personal replies to all aren't possible; no trial-trip invite by month's end means the crew is full.\n\n{sig}\n{co}", "Kaikōura Deep Sea Tours", "kaikouradeep.example", tz="nz")
wo(AR, "c-lookout", "Fire Lookout - application received", "Dear {full},\n\nYour application for the seasonal fire lookout has been received. All candidates complete a medical questionnaire; if we cannot clear you for solitary duty, you will be told in writing and may ask for a review.\n\nFire Management Office, {co}", "Cascade Range Forest District", "cascadeforest.example", tz="usp")
wo(AR, "c-ballkid", "Tournament app: application received", "Ball Crew 2026\nStatus: Applied\n\nHi {n}, your application is in. Tryouts are on {dl}. Results show here afterwards as Selected, Reserve or Not selected.\n\n{co} Tournament App", "Eastbourne Grass Court Open", "eastbournegco.example", frm="{co} <app@{dom}>", tz="uk")
wo(AR, "c-coin", "Shop assistant - your letter", "Dear {n},\n\nYour letter arrived this morning. A few applicants will visit the shop over the coming fortnight. Should I settle on someone else, a letter from me follows; no one is left waiting.\n\n{sig}\n{co}", "Wexcombe Coins & Medals", "wexcombecoins.example", tz="uk")
wo(AR, "c-glove", "Apprenticeship - glove cutting", "Dear {n},\n\nYour application has reached the cutting room. Please cut the sample fourchettes on the enclosed sheet and post them to us. Whether or not we take you on, we'll return your samples.\n\n{sig}\n{co}", "Yeovil Leather Gloves", "yeovilgloves.example", tz="uk")
wo(AR, "c-carillon", "Carillon Scholar applications", "Dear {n},\n\nThe Carillon Committee has your application for the paid Carillon Scholar. Applicants play a short recital; the committee then writes to every candidate, appointed or not, within a week.\n\n{sig}", "Hartwell University Chapel", "hartwellchapel.example", tz="cae")
wo(AR, "c-harpsichord", "[Workshop] Apprenticeship - talk page reply", "Reply posted on Talk:Apprenticeship 2026 by {sig}:\n\n@{n} - got your application, thanks. Please make a jack from the pattern on the main page. We'll post the decision here for each applicant, yes or no.", "Ridgeway Harpsichords", "ridgewayharps.example", frm="Workshop Wiki <wiki@{dom}>", tz="uk")
wo(AR, "c-hiringhall", "Dispatch hall: registration received", "Dear {full},\n\nYour application for casual registration has been received. Casual slots are drawn by lot. Applicants not drawn are told by post and keep their place for the next registration.\n\nDispatch Hall, {co}", "Port of Brightwater Longshore", "brightwaterport.example", tz="cap")
wo(AR, "c-de", "Eingangsbestätigung Ihrer Bewerbung", "Hallo {n},\n\nIhre Unterlagen für die Orgelwerkstatt liegen uns vor. Sie hören von uns auf jeden Fall, selbst wenn die Stelle an jemand anderen geht.\n\nFreundliche Grüße\n{sig}\n{co}", "Orgelwerkstatt Hainbuch", "orgel-hainbuch.example", tz="eu", lang="de")
wo(AR, "c-fr", "Accusé de réception", "Bonjour {n},\n\nVotre candidature pour la cave d'affinage est arrivée. Même en cas de refus, un petit mot vous parviendra sous trois semaines.\n\n{sig}\n{co}", "Caves du Haut-Jura", "caves-hautjura.example", tz="eu", lang="fr")
wo(AR, "c-ja", "ご応募ありがとうございます", "{n}様\n\n当工房の見習い職へのご応募、ありがとうございます。書類選考の結果は、合否にかかわらず二週間以内にメールでお知らせいたします。\n\n{co}\n{sig}", "小田原提灯工房", "odawara-chochin.example", tz="jp", lang="ja")
wo(AR, "c-gpe", "Driver work", "Chale {n}, we don collect your paper for the driver work. The oga go look am before Friday. Any way wey e turn, I go call you make you no dey wait.\n\n{sig}\n{co}", "Kantamanto Haulage", "kantamantohaul.example", tz="gh", lang="gpe")
wo(AR, "c-om", "Iyyannoo hojii", "Obbo/Aadde {n},\n\nIyyannoon hojii keessanii nu gahee jira, galatoomaa. Murtoon torban lama keessatti isiniif ni ergama.\n\n{sig}\n{co}", "Gamtaa Qonnaan Bultoota Bunaa Jimmaa", "jimmabuna.example", tz="et", lang="om")
wo(AR, "c-la", "De epistula tua", "Salve, {n}!\n\nEpistulam tuam accepimus. Intra duas hebdomadas tibi rescribemus, sive locum tibi dare poterimus sive non.\n\n{sig}\n{co}", "Schola Latina Aestiva Tusculana", "scholatusculana.example", tz="eu", lang="la")
wo(AR, "c-bho", "आवेदन मिलल", "{n} जी, प्रणाम।\n\nरउआ आवेदन हमनी के मिल गइल बा। दू हफ्ता में जवाब भेजल जाई, चाहे चुनाव होखे भा ना।\n\n{sig}\n{co}", "सोनपुर हस्तशिल्प केंद्र", "sonpurhast.example", tz="in", lang="bho")
wo("interview", "iv-whale", "Trial trip", "Hi {n},\n\nWe'd like you on a trial trip on {dl}, departing 8:15 from the South Bay wharf. Unfortunately we can't refund your bus fare, but lunch is on us.\n\n{sig}\n{co}", "Kaikōura Deep Sea Tours", "kaikouradeep.example", tz="nz")
wo("interview", "iv-stringer", "Stringing trial", "Hi {n},\n\nAny chance you'd string three test frames on our machine, {dl} at 10? Sadly the car park's being dug up, so use the street out front.\n\n{sig}\n{co}", "Baseline Racquet Lab", "baselinelab.example", tz="aus")
wo("interview", "iv-antiquarian", "Visit to the shop", "Dear {n},\n\nYour letter arrived safely. Might you call at the shop on {dl} at eleven? I'd like to show you the cataloguing we do and hear about your reading.\n\n{sig}\n{co}", "Quaritch Lane Books", "quaritchlane.example", tz="uk")
wo("interview", "iv-corset", "Trial day", "Hi {n},\n\nCome to the workroom for a trial on {dl}, please. Unfortunately the lift is out, so it's three flights up - bring your own shears if you have them.\n\n{sig}\n{co}", "Laced & Bound Corsetry", "lacedbound.example", tz="uk")
wo("interview", "iv-drum", "Come by the shop", "Yo {n}, come by the shop {dl} at 3 and we'll talk shells. Bring any photos of stuff you've built.\n\n{sig}\n{co}", "Backbeat Drumworks", "backbeatdrums.example", tz="usc")
wo("interview", "iv-es", "Prueba de poda", "Hola {n}:\n\nTe esperamos para la prueba de poda el {dl} a las 8 en la viña de arriba. Lamentablemente no hay transporte desde el pueblo, así que ven en coche.\n\n{sig}\n{co}", "Bodegas Peñalba", "penalba-bodegas.example", tz="eu", lang="es")
wo("interview", "iv-nl", "Proefdag op de molen", "Beste {n},\n\nKom je op {dl} om 9 uur een proefdag draaien op de molen? Trek stevige schoenen aan; helaas is er geen kantine.\n\nGroet,\n{sig}\n{co}", "Stichting Korenmolen De Hoop", "molen-dehoop.example", tz="eu", lang="nl")
wo("interview", "iv-bjs", "come in Tuesday", "Hey {n}, de boss want fuh see yuh {dl} bout de fish-fry counter. Come early, bout four o'clock, before de crowd reach.\n\n{sig}\n{co}", "Bay Street Fish Fry", "baystreetfry.example", tz="bb", lang="bjs")
wo("interview", "iv-jbo", "lo nu penmi", "coi la .{n}.\n\nmi'a djica lo nu penmi do ca la'o gy. {dl} .gy. ti'u li 10 .i ko cusku lo du'u do ka'e tolcliva\n\n{sig}", "Lojbanic Translators' Guild", "lojbanguild.example", tz="use", lang="jbo")
wo("next_steps", "ns-bellfoundry", "Listening test", "Dear {n},\n\nBefore we can consider you for the tuning shop, please take our listening test online by {dl}. The link works once; if it lapses, we can't offer a second attempt this year.\n\n{sig}\n{co}", "Loughborough Bell Works", "loughbells.example", tz="uk")
wo("next_steps", "ns-lookout", "Medical questionnaire - Fire Lookout", "Dear {full},\n\nPlease complete and return the attached medical questionnaire by {dl}. Applications without it cannot be cleared for the lookout post.\n\nFire Management Office, {co}", "Cascade Range Forest District", "cascadeforest.example", tz="usp")
wo("next_steps", "ns-enamel", "Samples, please", "Dear {n},\n\nYour application is in. Please send three champlevé samples by {dl}, along with a note on the kiln you used. We'll look at everything together after that date.\n\n{sig}\n{co}", "Tallis Enamel Studio", "tallisenamel.example", tz="uk")
wo("next_steps", "ns-hiringhall", "Dispatch hall: documents required", "Dear {full},\n\nYour name was drawn for casual registration. Bring proof of identity, a TWIC card and your safety orientation certificate to the hall by {dl}. Registrations not completed by then go to the next name on the list.\n\nDispatch Hall, {co}", "Port of Brightwater Longshore", "brightwaterport.example", tz="cap")
wo("next_steps", "ns-pl", "Dokumenty - pasieka", "Dzień dobry {n},\n\nzapraszamy do dalszego etapu. Prosimy o przesłanie zaświadczenia o braku uczulenia na jad pszczeli do {dl}. Bez niego nie możemy kontynuować rekrutacji.\n\n{sig}\n{co}", "Pasieka Leśny Bartnik", "lesnybartnik.example", tz="eu", lang="pl")
wo("next_steps", "ns-chn", "Pepah kopa mamook", "Klahowya {n},\n\nMahsie. Nesika tikegh maika pepah kopa {dl}. Spose maika wake mamook, nesika wake kumtuks.\n\n{sig}\n{co}", "Chinuk Wawa Canoe Family", "wawacanoe.example", tz="usp", lang="chn")
wo("offer", "of-piano", "crew", "hey {n} its {sig}. you did great on the lift test. want you on the crew starting {dl}, 7am at the yard. bring gloves", "Steinway Street Movers", "steinwaymovers.example", tz="use")
wo("offer", "of-mapshop", "Map shop - offer", "Hi {n}, happy to offer you the part-time spot at {co}, Saturdays and Sundays, starting {dl}. Does that suit you?\n\n{sig}", "Contour & Compass Map Shop", "contourcompass.example", tz="cap")
wo("offer", "of-zh", "录用通知", "{n}您好：\n\n感谢您参加试工。我们很高兴通知您，您已被录用为本茶馆茶艺师，请于{dl}前回复确认。\n\n{sig}\n{co}", "云雾茶馆", "yunwu-tea.example", tz="cn", lang="zh")
wo("offer", "of-lir", "de job", "{n}, good news oh. De tailor shop want you to start work {dl}. Come early to see de boss.\n\n{sig}\n{co}", "Waterside Stitch House", "watersidestitch.example", tz="lr", lang="lir")
wo("offer", "of-sa", "नियुक्तिः", "नमस्ते {n}।\n\nसहर्षं सूचयामः यत् भवान् अस्माकं गुरुकुले अध्यापकपदाय चितः। {dl} दिनाङ्कात् पूर्वं स्वीकृतिं प्रेषयतु।\n\n{sig}\n{co}", "वेदविद्या गुरुकुलम्", "vedavidya.example", tz="in", lang="sa")
wo("other_job", "ot-prop", "Issue #219: Props assistant - applications", "{sig} opened issue #219:\n\n> Collecting applications for props assistant here. @{n}, yours is in; status stays 'open' until we've seen everyone.\n\nView it on the production tracker.", "Moth & Lantern Theatre", "mothlantern.example", frm="Production Tracker <tracker@{dom}>", tz="uk")
wo("other_job", "ot-svc", "bout de boat work", "Mornin {n}, is {sig}. Yuh tell we yuh cyah come fuh de crew work no more, so we tek yuh name off de list. Tanks fuh lettin we know.", "Grenadines Water Taxi", "grenwatertaxi.example", tz="bb", lang="svc")
wo("job_alert", "ot-alert-crafts", "New craft jobs this week", "Hi {n}, new this week on the heritage crafts board:\n\n- Bell tuning assistant, Loughborough\n- Glove cutting apprentice, Yeovil\n- Harpsichord workshop apprentice\n- Enamel studio assistant\n\nManage your alerts in settings.", "Heritage Crafts Jobs Board", "heritagecraftsjobs.example", frm="{co} <alerts@{dom}>", tz="uk")
wo("recruiter_outreach", "ot-pitch-ar", "فرصة عمل في مرسم خط", "مرحباً {n}،\n\nرأينا أعمالك في معرض الخط الأخير ونود أن نعرض عليك فرصة عمل بدوام جزئي في مرسمنا. هل يناسبك اتصال قصير هذا الأسبوع؟\n\n{sig}\n{co}", "مرسم القلم للخط العربي", "alqalam-studio.example", tz="ae", lang="ar")
wo("non_job_rejection_words", "nj-allot", "Stall application - Christmas market", "Hi {n},\n\nChristmas market stalls were three times oversubscribed, and your candle stall didn't get a pitch this year.\n\n{sig}\n{co}", "Harbourside Christmas Market", "harboursidexmas.example", tz="uk")
wo("non_job_rejection_words", "nj-ko", "[안내] 공방 수강 신청 결과", "{n}님 안녕하세요.\n\n한지 공예 주말반 신청해 주셔서 감사합니다. 이번 기수는 정원이 모두 차서 수강이 어렵게 되었습니다. 다음 기수 모집 때 다시 안내드리겠습니다.\n\n{sig} 드림\n{co}", "전주 한지 공방", "jeonju-hanji.example", tz="kr", lang="ko")
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
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 27) - start).days))
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), tzinfo=offset_for(zone, day))


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(t: T) -> list[str]:
    if t.lang != "en":
        return LANG_SIGNERS[t.lang]
    return SIGNERS_IN if t.tz[0] == "in" else SIGNERS


def day_text(day: dt.datetime, lang: str, zone: str) -> str:
    if lang in {"ja", "zh"}:
        return f"{day.month}月{day.day}日"
    if lang == "ko":
        return f"{day.month}월 {day.day}일"
    if lang in {"de", "ru", "pl", "tr"}:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if lang not in {"en", "bjs", "svc", "gpe", "lir"}:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if zone.startswith(("us", "ca", "ph", "lr")):
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
            later = sent + dt.timedelta(days=rng.randint(4, 11))
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
        rec["id"] = f"blind29:{short}-{counters[short]:03d}"
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
    print(f"bodies {lengths[0]}-{lengths[-1]} chars, median {lengths[len(lengths) // 2]}; html {html}")
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
