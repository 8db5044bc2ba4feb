# ruff: noqa: E501, S311
"""Write the thirty-first sealed blind slice for issue 11 (blind-slice-31.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 31 and later never read; our side printed)
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

SEED = 310311
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-31.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 31

RECIPIENTS = [
    "Adaeze Hollingworth", "Tariq Balogun-Shaw", "Roisin Kilbride", "Mandla Everard", "Priyanka Dasgupta",
    "Wanjiru Castellane", "Eamon Fitzsimons", "Kwabena Aldridge", "Maricel Dumalagan", "Jasper Nkemelu",
    "Leota Faleolo", "Hemi Tautahi", "Dervla Coyne", "Anjali Nair-Whitby", "Thabo Rademeyer",
    "Chidinma Osei-Bonsu", "Rohan Kapadia", "Yewande Ashworth", "Declan Moriarty", "Zanele Mokoena",
    "Shreya Iyengar", "Baraka Mwakalinga", "Alistair Penhaligon", "Joy-Ann Baptiste", "Kelechi Umeh",
    "Precious Dlamini", "Wei Ling Tan", "Dominic Asante", "Charmaine Fraser", "Samir Lakhani",
    "Nerissa Boodram", "Ikaika Winslow", "Aroha Pennington", "Fionnuala Breen", "Musa Kiprotich",
    "Rhea Sebastian", "Olamide Castleton", "Grace Achieng", "Marisol Dacanay", "Callum Strachan",
    "Esi Manu", "Hiroshi Pereira", "Tatenda Whitlock", "Deepika Raghavan", "Kojo Annan-Price",
]
SIGNERS = [
    "Philippa Gorringe", "Oluwaseun Adebayo", "Clementine Vass", "Njeri Kamau", "Barnabas Quaye",
    "Sunita Bhattacharya", "Dermot Lally", "Anneliese Coetzee", "Rosalind Fairbairn", "Emeka Chukwu",
    "Jocelyn Abad", "Tamati Walker", "Beverley Nkosi", "Gideon Ansah", "Harpreet Sandhu",
    "Marguerite Doyle", "Wambui Githinji", "Lucinda Pryce", "Ferdinand Mensah", "Ashwini Kulkarni",
    "Caoimhe Nolan", "Siyabonga Zulu", "Imelda Santos", "Godfrey Mushi", "Verity Hallam",
    "Kunle Adeyemi", "Hazel Thibodeaux", "Rajiv Menon", "Ebony Charles", "Tomasina Liufau",
    "Bartholomew Reyes", "Nokuthula Shange", "Edwina Marsh", "Akosua Boateng", "Pradeep Varghese",
]
SIGNERS_IN = ["Meenakshi Iyer", "Arjun Bhatt", "Kavitha Reddy", "Sandeep Chauhan", "Nandini Joshi", "Vivek Pillai"]
LANG_SIGNERS = {
    "ar": ["ليلى منصور", "طارق الحسيني"], "de": ["Hannelore Weißkopf", "Ruben Falkner"],
    "es": ["Catalina Urrutia", "Esteban Villalobos"], "fr": ["Margaux Delorme", "Thibault Renaud"],
    "hi": ["सरिता गुप्ता", "राजेश यादव"], "id": ["Dewi Lestari", "Bambang Susilo"],
    "it": ["Ornella Ferraro", "Massimo Bellini"], "ja": ["小林 恵美", "高橋 誠"],
    "ko": ["박서연", "김태훈"], "nl": ["Marieke Smit", "Joost van Dam"],
    "pl": ["Agnieszka Wróbel", "Tomasz Kaczmarek"], "pt": ["Fernanda Lopes", "Rui Antunes"],
    "ru": ["Ольга Смирнова", "Дмитрий Воронин"], "uk": ["Оксана Гнатюк", "Богдан Мельник"],
    "zh": ["刘晓燕", "赵国强"],
    "bs": ["Amra Hodžić", "Edin Mujić"], "my": ["ခင်မာလာ", "ဇော်မင်း"], "lo": ["ສົມພອນ ແກ້ວມະນີ", "ບຸນມີ ສີສຸວັນ"],
    "ps": ["زرمینه احمدزۍ", "حمید الله ستانکزی"], "or": ["ସୁମିତ୍ରା ପଣ୍ଡା", "ପ୍ରଶାନ୍ତ ମହାନ୍ତି"],
    "as": ["অনুপমা বৰুৱা", "দীপক শইকীয়া"], "kok": ["शिल्पा नायक", "प्रदीप कामत"],
    "ti": ["ሳባ ገብረሚካኤል", "ዳዊት ተስፋይ"], "sd": ["سارا ميمڻ", "عمران سومرو"], "ug": ["گۈلنار ئابدۇللا", "ئەركىن تۇرسۇن"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سالم", "يوسف القاسم"], "de": ["Svenja Riedel", "Lukas Hartmann"],
    "es": ["Valentina Ochoa", "Diego Salazar"], "fr": ["Clémence Aubry", "Hugo Lemaire"],
    "hi": ["नेहा सिंह", "रोहित कुमार"], "id": ["Ayu Wulandari", "Rizky Pratama"],
    "it": ["Chiara Esposito", "Matteo Romano"], "ja": ["佐藤 結衣", "鈴木 翔"],
    "ko": ["정유진", "한승우"], "nl": ["Sanne de Boer", "Daan Mulder"],
    "pl": ["Katarzyna Nowak", "Paweł Zieliński"], "pt": ["Mariana Teixeira", "João Pacheco"],
    "ru": ["Екатерина Орлова", "Артём Козлов"], "uk": ["Соломія Кравець", "Андрій Шевчук"],
    "zh": ["王静怡", "陈宇轩"],
    "bs": ["Lejla Begić", "Adnan Hasanović"], "my": ["နှင်းဝေ", "ကျော်ဇင်"], "lo": ["ນ້ອຍ ພົມມະຈັນ", "ແສງ ວົງສາ"],
    "ps": ["مریم وردګ", "احمد شاه نوري"], "or": ["ଲିପିକା ସାହୁ", "ଅଭିଷେକ ନାୟକ"],
    "as": ["প্ৰিয়ংকা দাস", "ৰাহুল গগৈ"], "kok": ["रिया देसाई", "सागर गावकर"],
    "ti": ["ሄለን ብርሃነ", "ሳሚኤል ኣብርሃ"], "sd": ["زينب لاکو", "فهد ڀٽو"], "ug": ["مەرھابا نىياز", "دىلشات ھەمراھ"],
}
GIVEN = {"Wei Ling Tan": "Wei Ling", "Joy-Ann Baptiste": "Joy-Ann"}
PROVIDERS = ["harbourpost", "baobabmail", "fernbox", "monsoonmail", "kestrelpost", "lagoonmail"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"), "usm": ("-0700", "-0600", "n"),
    "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"), "cap": ("-0800", "-0700", "n"),
    "cam": ("-0700", "-0600", "n"), "in": ("+0530", None, ""), "au": ("+1000", "+1100", "s"),
    "aus": ("+0930", "+1030", "s"), "auw": ("+0800", None, ""), "za": ("+0200", None, ""),
    "ng": ("+0100", None, ""), "sg": ("+0800", None, ""), "gh": ("+0000", None, ""),
    "ke": ("+0300", None, ""), "ph": ("+0800", None, ""), "tz": ("+0300", None, ""),
    "rw": ("+0200", None, ""), "na": ("+0200", None, ""), "mu": ("+0400", None, ""),
    "ky": ("-0500", None, ""), "ag": ("-0400", None, ""), "gd": ("-0400", None, ""),
    "dm": ("-0400", None, ""), "tt": ("-0400", None, ""), "jm": ("-0500", None, ""),
    "nz": ("+1200", "+1300", "s"), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "ru": ("+0300", None, ""), "ua": ("+0200", "+0300", "n"), "id": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ae": ("+0400", None, ""), "mx": ("-0600", None, ""),
    "br": ("-0300", None, ""), "cl": ("-0400", "-0300", "s"), "ba": ("+0100", "+0200", "n"),
    "mm": ("+0630", None, ""), "la": ("+0700", None, ""), "af": ("+0430", None, ""),
    "er": ("+0300", None, ""), "pk": ("+0500", None, ""), "kz": ("+0500", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind31-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]

# ---------------------------------------------------------------- mix: 40 ordinary template rejections

mr("ats-workday", "Update on requisition R{ref} – {role}", "Hello {n},\n\nYour candidate profile for {role} (R{ref}) has now been reviewed by the talent acquisition partner and the hiring leader. The requisition is moving ahead with applicants whose screening answers sat closer to the posted minimums, and your submission has been marked as closed at this stage.\n\nYour candidate home keeps a record of the submission for twelve months.\n\n{co} Talent Acquisition", ("Brackenfield Building Society", "Orrin Paints Ltd"), ("careers.brackenfield-bs.example", "jobs.orrinpaints.example"), frm="{co} Careers <wd-notify@{dom}>", role=("Mortgage Underwriter", "Colour Lab Technician"), tz=("uk", "ie"))
mr("ats-greenhouse", "Your application to {co}", "Hi {n},\n\nThe hiring team for {role} sat down on Tuesday with the whole pile. They've picked a handful of people to speak with first; yours sits outside that handful on this round.\n\nWe know how much effort a tailored application takes, and we read yours properly. If something else on our board catches your eye later, please do put yourself forward.\n\nWarmly,\n{sig}\nPeople Team, {co}", ("Lumenharrow Satellite Imaging", "Cobaltreach Health Data"), ("lumenharrow.example", "cobaltreach.example"), frm="{sig} <no-reply@{dom}>", role=("GIS Analyst", "Clinical Data Coordinator"), tz=("use", "cae"))
mr("ats-lever", "{role} at {co}", "{n} – quick note from me: we've read through everything for {role} and we're going with a couple of other people for the interviews. Grateful you sent it in.\n\n{sig}\n{co}", ("Tidewright Marine Electronics", "Quillfeather Cards"), ("tidewright.example", "quillfeather.example"), frm="{sig} <{sl}@hire.{dom}>", role=("Firmware Engineer", "Greeting Card Illustrator"), tz=("usp", "uk"))
mr("ats-smartrec", "Application status: {role}", "<html><body><div style=\"border:1px solid #ccd\"><h3>{co}</h3><p>Dear {n},</p><p>Position: <b>{role}</b><br>Stage reached: Hiring manager review<br>Result: <b>Not taken further</b></p><p>That closes the file on this opening. Your profile sits in our candidate pool; the link in your account takes it out whenever you like.</p><p>{co} Recruitment</p></div></body></html>", ("Coral Strand Car Rental", "Spicegrove Chandlery"), ("coralstrand-rental.example", "spicegrove-chandlery.example"), frm="{co} <smartr-mail@{dom}>", role=("Rental Sales Agent", "Chandlery Counter Assistant"), tz=("ag", "gd"))
mr("ats-icims", "Regarding your application for {role}", "Dear {n},\n\nThis message concerns job {ref}, {role}. The selection committee has finished its first pass, and yours stops at that pass rather than reaching interview.\n\nYou may continue to browse and apply through the careers portal using the same login.\n\nSincerely,\nHuman Resources\n{co}", ("Marrowby Metropolitan Sewerage District", "Greyhollow Regional Airport Authority"), ("marrowby-msd.example", "greyhollow-airport.example"), frm="{co} <icims-noreply@{dom}>", role=("Instrumentation Technician", "Airfield Operations Officer"), tz=("usc", "use"))
mr("ats-taleo", "{co} – Job Number {ref}", "Dear {n},\n\nReference: {role}, Job Number {ref}\n\nAn appointment has been made and the posting now shows as filled, so your application has been set to inactive.\n\n{co} hires on merit and welcomes applicants of every race, colour, faith, sex, origin, age, disability and veteran background.\n\nOffice of Human Resources", ("Westmarch State University", "Calloway Children's Hospital"), ("westmarch-state.example", "calloway-childrens.example"), frm="{co} HR <taleo@{dom}>", role=("Research Compliance Specialist", "Paediatric Pharmacy Technician"), tz=("usm", "usc"))
mr("ats-ashby", "{role} — where we landed", "Hey {n},\n\nYou wanted a plain answer on the intro call, so here it is: the {role} seat goes to someone else. What tipped it: hands-on usage-based billing, needed from week one.\n\nYou asked sharp questions about our pricing page and I enjoyed that. Thanks for the time.\n\n{sig}, co-founder\n{co}", ("Meterlane", "Paystone Rails"), ("meterlane.example", "paystonerails.example"), frm="{sig} <{sl}@{dom}>", role=("Founding Billing Engineer", "Revenue Operations Lead"), tz=("sg", "ng"))
mr("ats-workable", "Your application for {role}", "Dear {n},\n\nOur kitchen brigade reviewed the applications for {role} this week. We're not inviting you to the trial shift, as we need someone with more time on a busy pastry section.\n\nWe appreciate you applying and hope our paths cross in another kitchen.\n\n{sig}\n{co}\n\nSent with Workable", ("Harbourlight Bistro Group", "Kauri Point Eatery"), ("harbourlight-bistro.example", "kauripoint.example"), frm="{co} <{sl}@{dom}>", role=("Pastry Chef de Partie", "Commis Pastry Cook"), tz=("au", "nz"))
mr("ats-bamboo", "{co}: {role}", "Hi {n},\n\nWe've closed the hiring for {role} and your application ends with this email. We filled the post from three people who had already worked in small-animal practice.\n\nAll the best,\n{sig}\nPractice Manager, {co}", ("Willowbank Veterinary Group", "Sandpiper Animal Clinic"), ("willowbank-vets.example", "sandpipervets.example"), frm="{sig} <{sl}@{dom}>", role=("Veterinary Receptionist", "Animal Care Assistant"), tz=("uk", "za"))
mr("ats-teamtailor", "Thanks for applying to {co}", "Hi {n}!\n\nWe had loads of lovely applications for {role} and honestly it was hard. This time we're continuing with other applicants, so your application closes here.\n\nYou're very welcome in our Connect group, where we post openings first.\n\nHugs from the whole crew,\n{sig} at {co}", ("Plumtree Yarn & Notions", "Foxglove Board Game Café"), ("plumtree-yarn.example", "foxglove-games.example"), frm="{co} <{sl}@{dom}>", role=("Shop Assistant", "Games Host"), tz=("ie", "uk"))
mr("ats-personio", "Your application as {role}", "Dear {n},\n\nmany thanks for the trust you showed in {co} with your application. We have looked at all documents in detail; in this process our choice fell on another candidate.\n\nAccording to GDPR we will erase your data after six months, unless you allow us longer storage.\n\nKind regards\n{sig}\nHR | {co}", ("Oberfeld Pumpentechnik GmbH", "Rheinbogen Solar Services GmbH"), ("oberfeld-pumpen.example", "rheinbogen-solar.example"), frm="{sig} <{sl}@{dom}>", role=("Service Technician (m/f/d)", "Project Engineer (m/f/d)"), tz="eu")
mr("ats-pinpoint", "Application outcome – {role}", "Dear {n},\n\nShortlisting for {role} is complete. The panel scored each application against the person specification; yours received 19 of a possible 40, and interviews went to those scoring 27 or higher.\n\nIf you'd like the panel's written comments, reply within 14 days and we will send them.\n\nRecruitment Team\n{co}", ("Crofthaven Housing Trust", "Medway Vale Almshouses"), ("crofthaven-housing.example", "medwayvale-almshouses.example"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Tenancy Sustainment Officer", "Scheme Warden"), tz="uk")
mr("plain-namibia-fish", "{role} – application", "Dear {n}\n\nThis concerns the {role} vacancy at our Walvis Bay plant. The shortlist for this position does not include you; the number of applications was very high.\n\nThe company thanks you and wishes you well.\n\n{sig}\nHuman Capital\n{co}", ("Benguela Catch Processors", "Skeleton Coast Seafoods"), ("benguela-catch.example", "skeletoncoast-seafoods.example"), role=("Quality Controller", "Cold Store Supervisor"), tz="na")
mr("plain-tz-safari", "Re your application - {role}", "Dear {n},\n\nGreetings from Arusha. We have gone through all applications for {role} for the coming season. Pole sana, you were left off the list of guides we are calling for the field test. We hope you will try us again for the next season.\n\nKaribu sana,\n{sig}\n{co}", ("Ngorongoro Horizon Safaris", "Tarangire Dust Expeditions"), ("ngorongoro-horizon.example", "tarangiredust.example"), role=("Safari Driver Guide", "Camp Host"), tz="tz")
mr("plain-mu-fund", "Your application with {co}", "Dear {n},\n\nFurther to your application for the {role} vacancy, please note that our fund administration team has appointed a candidate with deeper transfer-agency exposure.\n\nWe shall retain your CV for a period of one year.\n\nYours faithfully,\n{sig}\nHuman Resources, {co}", ("Port Louis Fiduciary Partners", "Ebene Fund Services"), ("plfiduciary.example", "ebenefund.example"), role=("Fund Accountant", "Transfer Agency Officer"), tz="mu")
mr("plain-ng-fintech", "{co} application update", "Hi {n},\n\nWe've now finished reviewing applications for {role}. We won't be progressing yours to the technical round — the people we chose had more production experience with card switching.\n\nWe're growing fast in Lagos and Abuja, so check our careers page now and then.\n\n{sig}\nTalent, {co}", "Kobopath", "kobopath.example", role="Backend Engineer (Payments)", tz="ng")
mr("plain-gh-pharmacy", "APPLICATION FOR {role}", "Dear {n},\n\nWe refer to the {role} post at our Kumasi branch. Management has reviewed all applications and regrets that yours will not go further.\n\nThank you.\n\n{sig}\nAdministration\n{co}", "Adom Wellness Pharmacy Ltd", "adomwellness.example", role="Pharmacy Technician", tz="gh")
mr("plain-in-twowheeler", "Application ref {ref} – {role}", "Dear {n},\n\nWe have evaluated your profile against the requirements for {role} at our Hosur plant. Your candidature closes for this opening, since the role calls for hands-on press-shop experience.\n\nThank you for choosing {co}.\n\nRegards,\n{sig}\nTalent Acquisition", "Velocity Motocorp Ltd", "velocitymotocorp.example", role="Press Shop Engineer", tz="in")
mr("plain-au-wine", "{co} vintage crew", "Hi {n},\n\nCheers for your interest in {role}. We've filled the crew now — mostly folks who did last year's vintage with us — so we're full up this round. Happy to hear from you next Feb.\n\nCheers,\n{sig}\n{co}", "Barossa Ridge Growers Co-op", "barossaridge.example", role="Cellar Hand (Vintage 2026)", tz="aus")
mr("plain-ca-ski", "{role} – {co}", "Hello {n},\n\nWe appreciated the chance to look at your application for {role}. After reviewing everyone's certifications, we are staffing the team with instructors who already hold their Level 2, so you're not on our team this winter.\n\nHave a great season wherever you ride,\n{sig}\n{co} Snow School", "Kicking Larch Mountain Resort", "kickinglarch.example", role="Snowboard Instructor", tz="cam")
mr("plain-ky-bank", "Your application - {role}", "Dear {n},\n\nApplications for the {role} role have been reviewed. While your experience is noted, we are closing your file at this stage.\n\nPlease note that {co} does not sponsor work permits for this grade.\n\nRegards,\n{sig}\nHuman Resources\n{co}", "Seven Mile Trust Bank", "sevenmile-trust.example", role="KYC Analyst", tz="ky")
mr("plain-sg-hawker", "{role} application", "Hi {n}, thanks for your interest in {role} with {co}. We regret that another person has been chosen. Your personal data will be handled in accordance with the PDPA and deleted after six months.\n\n{sig}\nHR Executive", "Kampong Table Food Courts", "kampongtable.example", role="Food Court Supervisor", tz="sg")
mr("plain-ph-bakery", "Application Result - {role}", "Good day {n}!\n\nThank you for applying as {role} at {co}. After checking all requirements, we are sorry but you did not qualify for the next step of hiring. You may re-apply after six months.\n\nGod bless and keep safe!\n\n{sig}\nHR Department", "Pandesal Haus Inc.", "pandesalhaus.example", role="Branch Baker", tz="ph")
mr("plain-ke-flowers", "{role}", "Dear {n},\n\nReference is your application for {role} at our Naivasha farm. The post is now filled. Your papers will be kept for consideration when a similar opening arises.\n\nYours sincerely,\n{sig}\nHR Officer, {co}", "Lakeside Stem Growers Ltd", "lakesidestem.example", role="Greenhouse Supervisor", tz="ke")
mr("plain-za-mattress", "{co} | {role}", "Dear {n}\n\nYour application for {role} has been considered. Please take this email as our answer: you were not appointed.\n\nShould you not hear otherwise, please treat any further adverts as new opportunities to apply.\n\nKind regards\n{sig}\n{co} HR", "Restwell Bedding Manufacturers", "restwellbedding.example", role="Production Planner", tz="za")
# ---------------------------------------------------------------- mix: issue 11's miss kinds (60)
# person-written thread replies after interviews, decision given only as someone else chosen

mr("thread-brand", "RE: [EXT] Re: Design lead conversation", "Hi {n},\n\nCheers for the nudge. Maya and I talked it over after your session. We've asked Tobias, the freelancer who built our rebrand last spring, to come in-house as {role}, since he already knows every file in the system.\n\nYour portfolio review was one of the best hours of our week. Coffee's on me sometime.\n\n{sig}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: Design lead conversation\n\nHi {sig}, hope the week's been kind. Any news since Thursday?", ("Ferrule & Finch Studio", "Lantern Quay Creative"), ("ferrulefinch.example", "lanternquay.example"), role=("Design Lead", "Senior Brand Designer"), tz=("uk", "sg"))
mr("thread-repairs", "RE: [EXT] RE: {role} interview", "Hi {n},\n\nSlow reply from me — burst pipes all week. The panel sat yesterday and the job has gone to Ger, one of our operatives who's been doing the scheduling informally since the summer.\n\nIt was a strong interview from you and the panel said so. Mind yourself.\n\n{sig}\nRepairs Manager, {co}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: {role} interview\n\nHi {sig}, I hope all is well. Would you have any news on the planner post? Kind regards, {n}", ("Corrib Homes Association", "Ashby Fold Housing"), ("corribhomes.example", "ashbyfold-housing.example"), role=("Repairs Planner", "Responsive Repairs Scheduler"), tz=("ie", "uk"))
mr("thread-cra", "RE: [EXT] Re: CRA role – following up", "Dear {n},\n\nMany thanks for waiting on us. The sponsor asked us to staff the study with someone already certified on their data-capture platform, so we have brought on Dr. Lavanya from our Chennai team, who completed their training in March.\n\nI enjoyed our discussion about site monitoring visits a great deal, and I'll keep your CV close at hand.\n\nBest regards,\n{sig}\n{co}\n\nOn {q}, {full} wrote:\n> Dear {sig}, following last week's panel, may I ask whether a decision has been reached?", ("Meridian Trialworks", "Pinecrest Clinical Research"), ("meridiantrialworks.example", "pinecrest-cr.example"), role=("Clinical Research Associate", "Clinical Research Associate II"), tz=("in", "use"))
mr("thread-cabin", "RE: [EXT] Re: [EXT] Re: Instructor position", "Dear {n},\n\nGreetings. Management has confirmed the {role} appointment: a senior purser from our Nairobi base, who has run the line checks for three years, takes the post.\n\nWe valued your demonstration lesson on the evacuation drill. Kind regards,\n\n{sig}\nTraining Manager, {co}\n\n____________\nFrom: {full}\nSent: {q}\nSubject: Re: [EXT] Re: Instructor position\n\nDear {sig}, kindly advise the interview result. Regards.", ("Acacia Skyways", "Volta Air Express"), ("acaciaskyways.example", "voltaair.example"), role=("Cabin Crew Instructor", "Safety and Emergency Procedures Instructor"), tz=("ke", "gh"))
mr("thread-cellar", "Re: Re: Tasting room lead", "Hey {n},\n\nReally glad you made it out to the vineyard on Saturday, and for the great chat about wine club numbers. We've offered the {role} job to Jess, who has been running our cellar door on weekends for two summers, and she's said yes this morning.\n\nYou were a proper pleasure to meet — pop in for a tasting on us anytime.\n\n{sig}\n{co}\n\nOn {q} {full} wrote:\n> Hi {sig}, any word yet? Cheers, {n}", ("Stonefly Estate Wines", "Wairau Bend Vineyard"), ("stoneflyestate.example", "wairaubend.example"), role=("Tasting Room Lead", "Cellar Door Manager"), tz=("aus", "nz"))
mr("thread-academy", "RE: [EXT] Re: Head of Academy interview", "Dear {n},\n\nThank you for your message and for the presentation you gave the board. After a long evening's discussion, the board has appointed Sizwe, who coached our U18 side to the provincial final, as {role}.\n\nYour ideas on player welfare were noted down by every board member. Go well.\n\n{sig}\nClub Secretary, {co}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: Head of Academy interview\n\nGood day {sig}, may I ask when the board expects to decide?", ("Highveld Harlequins FC", "Eko Rovers Football Club"), ("highveldharlequins.example", "ekorovers.example"), role=("Head of Academy", "Academy Director"), tz=("za", "ng"))
mr("thread-editor", "Re: [EXT] Re: Editorial position", "Hi {n},\n\nThanks for your patience with me. We've decided to promote Anneke from our production desk into the {role} job; she's been shadowing the list for a year and the authors already trust her.\n\nYour sample edit was genuinely lovely — the note on chapter four made me laugh.\n\nAll best,\n{sig}\nPublisher, {co}\n\n----- Original message -----\nFrom: {full}\nDate: {q}\nSubject: Editorial position\n\nHi {sig}, I hope the launch went well! Any news on the role?", "Lakehead Lantern Press", "lakeheadlantern.example", role="Assistant Editor", tz="cae")
mr("thread-itsupport", "RE: [EXT] RE: [EXT] Re: IT Support Lead - final interview", "Hi {n},\n\nSalamat for following up. The firm has given the {role} role to Jerome, who has been our on-site contractor since January and already handles the Makati office migration.\n\nI really appreciated your walkthrough of the ticket backlog plan. Ingat!\n\n{sig}\nOffice Administrator, {co}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: RE: [EXT] Re: IT Support Lead - final interview\n\nHi Ma'am, good morning! Just following up on the result. Thank you po.", "Dizon Villareal & Partners", "dizonvillareal.example", role="IT Support Lead", tz="ph")
mr("thread-labmgr", "Re: [EXT] Lab Manager interview", "Dear {n},\n\nThank you for travelling to Morogoro for the interview. The institute's board has confirmed Dr. Neema Lyimo, who ran our soil-chemistry lab during the last project phase, as the new {role}.\n\nThe panel liked your work on the quality manual and asked me to tell you.\n\nWith best wishes,\n{sig}\nDeputy Director, {co}\n\nOn {q}, {full} wrote:\n> Dear {sig}, I would be grateful for any information on the outcome.", "Uluguru Agricultural Research Institute", "uluguru-ari.example", role="Laboratory Manager", tz="tz")
mr("thread-property", "RE: [EXT] Re: Property Manager - next steps?", "Hi {n},\n\nNice to get your note. We've now filled the {role} position — the owners went with Marcia, who managed their Seven Mile condos for another agency and knows most of the strata committees.\n\nIt was great meeting you, and I'd happily pass your name to a couple of friends in the industry if that's useful.\n\nBest,\n{sig}\n{co}\n\nFrom: {full}\nSent: {q}\nSubject: Re: Property Manager - next steps?\n\nHi {sig}, checking in on timing after our chat. Best, {n}", "Cayman Tradewinds Realty", "caymantradewinds.example", role="Property Manager", tz="ky")

# clear refusals under long footers
mr("footer-retail", "Your application – {role}", "Hi {n},\n\nThe store team has read your application for {role} at {co}. We'll be interviewing other applicants this time.\n\nThanks for considering us.\n{co} Recruitment\n\n------------------------------\nLIFE AT {co}\nColleague discount from day one | Free eye tests | Cycle-to-work scheme | Paid volunteering days\nJob alerts tell you about fresh vacancies near you before anyone else hears.\nFollow our careers pages on social media for behind-the-scenes stories.\nNeed this email as large type, Braille or an audio file? Call our careers line.\n{co} Limited, a company registered in England (no. 0{ref}31). Registered office: Unit 4, Lockmeadow Way, Northfleet.\nThis mailbox is a dead end for replies.", ("Tilbury Cookshop", "Ravensworth Pet Supplies"), ("tilburycookshop.example", "ravensworth-pets.example"), frm="{co} Careers <careers-noreply@{dom}>", role=("Store Assistant", "Weekend Sales Colleague"), tz="uk")
mr("footer-telco", "{co}: {role} application", "Dear {n},\n\nYour application for {role} has gone through review. Please be advised that it did not succeed in this recruitment exercise.\n\nRegards,\n{co} recruiting desk\n\n=====================================\nPLEASE NOTE — we charge nothing: {co} never asks candidates to pay any fee at any stage. Report suspicious offers to the number on our website.\nJoin our Talent Community to receive updates on graduate intakes, internships and experienced-hire roles.\nThe content of this mail is private to its named recipient. Got it by mistake? Erase it and tell us. {co} holds a licence from the national communications regulator.\n=====================================", ("Savanna Mobile Tanzania", "Kilimo Link Telecom"), ("savannamobile.example", "kilimolink.example"), frm="{co} Talent <talent@{dom}>", role=("Network Planning Engineer", "Retail Shop Supervisor"), tz=("tz", "rw"))
mr("footer-grocer", "About your application at {co}", "Hi {n},\n\nThanks for applying for {role}. We've filled this opening, and your application closes with it.\n\nThe {co} Team\n\n________\nTHE FRESH LIST — our monthly team newsletter\n• New stores opening in spring\n• Meet the bakery team in Brampton\n• Scholarship program for team members' kids\n\nJobs you might like: Deli Clerk · Overnight Stocker · Front End Lead\nUnsubscribe from job alerts | Privacy | Accessibility accommodations: contact our people line\n© {co}. All rights reserved.", ("Maple Orchard Market", "Prairie Basket Foods"), ("mapleorchard-market.example", "prairiebasket.example"), frm="{co} <jobs@{dom}>", role=("Produce Clerk", "Cashier"), tz=("cae", "usc"))
mr("footer-law-ie", "{role} application", "Dear {n},\n\nMany thanks for your {role} application. Having gone through the applications, yours will not go on to interview.\n\nYours sincerely,\n{sig}\nHR Manager\n\n{co} LLP | 14 Merrion Row, Dublin 2 | Regulated by the Law Society of Ireland.\nOur bank details are never changed by email; phone us to check before you pay anything.\nContents are confidential and possibly privileged. Received in error? Please don't copy or share it.\nOur website explains what we do with personal data.", "Harrington Quill Solicitors", "harringtonquill.example", role="Legal Secretary", tz="ie")
mr("footer-hotel-mu", "Application – {role}", "Dear {n},\n\nYour application for {role} has not been retained, we are sorry to say.\n\nWarm regards,\n{sig}\nTalent Team\n\n--\nOther openings this month: Ramp Agent · Reservations Agent · Cabin Crew\nFrequent flyers: earn miles on every island hop and redeem them for lounge access.\nFollow us for island stories. Your data is processed under the Mauritius Data Protection Act 2017.\nThis mailbox is not monitored.", "Lagon Bleu Airways", "lagonbleu-air.example", role="Ground Operations Supervisor", tz="mu")
# hedged refusals
mr("hedge-closer", "{role} – an update", "Hi {n},\n\nWe've now talked to everyone on the shortlist for {role}. A couple of candidates bring mining-sector maintenance planning that lines up a little more squarely with the next two years of our shutdown programme, and we're continuing with them.\n\nYou struck us as thoughtful and well prepared; do get in touch again.\n\n{sig}\n{co}", ("Ironbark Reliability Services", "Kalahari Plant Engineering"), ("ironbark-reliability.example", "kalahariplant.example"), role=("Maintenance Planner", "Reliability Engineer"), tz=("auw", "na"))
mr("hedge-anotherway", "Following up – {role}", "Dear {n},\n\nI appreciate the conversations of the last few weeks. Having reflected as a leadership group, we are going another way on the {role} hire, shaping it around a more commercial background.\n\nI realise that's a change from what we discussed; apologies that it took this long.\n\nWarm regards,\n{sig}\nChief Operating Officer, {co}", ("Brightwater Learning Trust", "Thornbury Lane Foundation"), ("brightwater-learning.example", "thornburylane.example"), role=("Head of Partnerships", "Development Director"), tz=("uk", "use"))
mr("hedge-strongerfit", "{co} – {role}", "Dear {n},\n\nWe appreciated meeting you for the {role} interview. The field was very competitive and other candidates' export-documentation experience suited the needs of our Tema office somewhat better than yours.\n\nWe are grateful for your time.\n\n{sig}\nHR & Admin, {co}", ("Volta Agro Exports", "Rift Valley Horticulture Freight"), ("voltaagro.example", "riftvalleyhf.example"), role=("Export Documentation Officer", "Freight Coordinator"), tz=("gh", "ke"))
mr("hedge-ph", "Feedback on your application", "Hi {n},\n\nWe appreciated meeting you at the final interview for {role}. We felt another applicant's background in hospital billing matched our current gaps slightly more, so we are proceeding with them.\n\nShould an opening fit your profile, HR will message you.\n\nRespectfully,\n{sig}\nHR Department, {co}", "St. Benedict Medical Center Cebu", "stbenedict-cebu.example", role="Billing Supervisor", tz="ph")
mr("hedge-ca", "{role} – decision", "Hi {n},\n\nWednesday's conversation was a pleasure. For {role} the team is steering elsewhere, putting more weight on provincial grant reporting.\n\nGood luck out there,\n{sig}\n{co}", "Northshore Arts Collective", "northshorearts.example", role="Operations Coordinator", tz="cap")
mr("hedge-jm", "RE: {role}", "Good afternoon {n},\n\nWe have considered your application alongside the others received. On balance, the committee felt that the other finalists' experience in hurricane-season logistics was more in keeping with what the role demands this year.\n\nRespectfully,\n{sig}\nOffice of the General Manager\n{co}", "Blue Mountain Relief Network", "bluemountainrelief.example", role="Logistics Officer", tz="jm")

# recruiter follow-ups after a call: decision plus another role in the same breath
mr("recruiter-uk", "Following our call – {role}", "Hi {n},\n\nThanks for the chat earlier. Recapping: the client picked someone else for {role}, so that one's shut. On the brighter side, I'm holding a 9-month contract with a water utility in Bristol, hybrid, three days on site, that wants exactly your NEC4 background. OK for me to forward your CV to them today?\n\n{sig}\nSenior Consultant, {co}", ("Keystone Talent Partners", "Halyard Recruitment"), ("keystonetalent.example", "halyardrec.example"), role=("Commercial Manager", "Contracts Manager"), tz="uk")
mr("recruiter-in", "Post our conversation", "Hi {n},\n\nFurther to our call a few minutes back: the client has closed {role} by moving someone internally, so your profile stops there. Separately I have a Lead QA opening at a Hyderabad product company, 18-22 LPA. Interested? Send me an updated CV plus your notice period.\n\nRegards,\n{sig}\n{co}", ("Trident Search Associates", "Banyan HR Consulting"), ("tridentsearch.example", "banyanhr.example"), role=("QA Manager", "Test Automation Lead"), tz="in")
mr("recruiter-sg", "{role} – quick follow-up", "Hi {n}, thanks for the call this afternoon. Just to recap: the hiring manager won't progress you for {role}, mainly because they want someone who has handled MAS inspections directly. Separately, there's a compliance analyst role at a digital bank in Tanjong Pagar that may suit you more. Want me to submit you?\n\n{sig}\n{co}", "Merlion Talent Bridge", "merliontalent.example", role="Compliance Manager", tz="sg")
mr("recruiter-nz", "Great to chat – {co}", "Kia ora {n},\n\nGood to talk today. Bad news first, as promised: the council's team picked someone else for {role}. Better news: there's a fixed-term parks planner job in Hamilton closing Friday and I reckon it suits you well. Shall I put your name down?\n\nNgā mihi,\n{sig}\n{co}", "Tūī Street Recruitment", "tuistreet.example", role="Asset Planner", tz="nz")
mr("recruiter-rw", "Following our phone call", "Dear {n},\n\nAs we discussed by phone, our client did not retain you for the {role} position; they chose a candidate with French-language grant experience. I still would like to present you for a Monitoring and Evaluation Officer post with another NGO in Kigali. Reply before tomorrow evening so I can proceed.\n\nBest regards,\n{sig}\n{co}", "Thousand Hills Talent", "thousandhills-talent.example", role="Programme Manager", tz="rw")
# public-sector notices
mr("public-usajobs", "{role} – Announcement {ref}: notice of results", "Dear {n},\n\nHR has rated what you submitted for {role} (announcement {ref}). You met the qualification requirements, but your rating placed you below the candidates sent forward, so HR kept your name back from the hiring certificate.\n\nYour profile shows the application's status at any time.\n\nHR Office, {co}", ("Bureau of Coastal Resources", "Federal Grain Inspection Office"), ("coastal-resources.example", "grain-inspection.example"), frm="{co} <hr-notices@{dom}>", role=("Biological Science Technician", "Agricultural Commodity Grader"), tz=("use", "usc"))
mr("public-psrs-tz", "TAARIFA YA MATOKEO / Notice of result – {role}", "Dear {n},\n\nThe Secretariat has completed the screening of applications for the post of {role}. Result: INELIGIBLE — the academic certificates submitted were not verified by the relevant council.\n\nYou may apply for other posts advertised on the recruitment portal.\n\nSecretary\n{co}", "Public Service Recruitment Secretariat", "psrs-portal.example", frm="{co} <noreply@{dom}>", role="Assistant Accountant II", tz="tz")
mr("public-aps", "Outcome: {role} – merit pool", "Dear {n},\n\nThe {role} selection (job ref {ref}) is finished. Measured against the capability requirements, your application was not recommended for placement in the merit pool.\n\nFeedback: ask the contact officer within 21 days.\n\nPeople Branch\n{co}", ("Australian Soils Commission", "Department of Inland Waterways"), ("soilscommission.example", "inland-waterways.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("APS 5 Policy Officer", "APS 6 Project Officer"), tz=("au", "aus"))
mr("public-ie-panel", "Competition {ref}: {role}", "Dear {n},\n\nI refer to the above competition. Following your interview, the board has not placed your name on the panel.\n\nFeedback can be requested by reply within ten working days.\n\nYours sincerely,\n{sig}\nCandidate Services, {co}", "Shannon Regional Health Forum", "shannonrhf.example", role="Clerical Officer (Grade III)", tz="ie")
mr("public-za-cancelled", "Post {ref}: {role}", "Dear {n}\n\nKindly note that the post of {role} (ref {ref}) advertised by the Department has been withdrawn due to the restructuring of the directorate. No appointment follows and the file on every application is closed.\n\nThe Department appreciates your application.\n\nHuman Resource Management\n{co}", ("Gauteng Department of Roads Maintenance", "Western Cape Department of Libraries"), ("gdrm.example", "wcdl.example"), frm="{co} <hrm@{dom}>", role=("Assistant Director: Fleet", "Deputy Director: Library Services"), tz="za")

# bare ATS status updates
mr("status-noconsider", "Status update for {role}", "Hi {n},\n\nSomething changed on your candidate record.\n\nRole: {role}\nReq ID: {ref}\nStatus: No longer under consideration\n\nThe portal holds the particulars.\n\n{co}", ("Carrowmore Logistics", "Ridgeback Freight Systems"), ("carrowmore-logistics.example", "ridgebackfreight.example"), frm="{co} Careers <noreply@{dom}>", role=("Transport Planner", "Yard Supervisor"), tz=("uk", "usc"))
mr("status-table", "Your application status has changed", "<html><body><p>Dear {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Job</th><th>Reference</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Unsuccessful – Closed</td></tr></table><p>{co} Careers Portal</p></body></html>", ("Lakeshore District Energy", "Copperfield Transit"), ("lakeshore-energy.example", "copperfieldtransit.example"), frm="{co} <careers-portal@{dom}>", role=("Energy Analyst", "Bus Operator"), tz=("cae", "cap"))
mr("status-ng", "Application {ref}", "Dear {n},\n\nApplication: {role}\nCurrent status: DECLINED\n\nSent automatically by the {co} recruitment system.", "Onitsha Trade Bank", "onitshatrade.example", frm="{co} eRecruit <erecruit@{dom}>", role="Graduate Trainee", tz="ng")
mr("status-in", "Job application {ref} – status", "Dear {n},\n\nYour application status for {role} at {co} has been updated to: Not shortlisted.\n\nAutomated mail; replies are not read.", "Sahyadri Agritech Pvt Ltd", "sahyadri-agritech.example", frm="{co} Careers <careers@{dom}>", role="Field Agronomist", tz="in")

# internship / graduate programme decisions
mr("intern-summer", "{co} Summer Internship – decision", "Dear {n},\n\nThanks for going through our {role} selection, video interview included. Over 2,300 people applied for 52 places, and we're sorry: none of those places is coming your way.\n\nYour application next cycle would be very welcome.\n\nEarly Careers Team\n{co}", ("Harlow Crane Engineering", "Stillwater Analytics"), ("harlowcrane.example", "stillwater-analytics.example"), frm="{co} Early Careers <earlycareers@{dom}>", role=("2026 Summer Engineering Internship", "Summer Data Internship"), tz=("uk", "use"))
mr("intern-grad", "Graduate Programme – assessment centre outcome", "Dear {n},\n\nWe appreciated your day at the {role} assessment centre. Your overall score sat under the offer threshold, so this year's application closes at this point.\n\nA short feedback report is attached to your candidate account.\n\nGraduate Recruitment, {co}", ("Southern Cross Mining Ltd", "Hauraki Power"), ("southerncross-mining.example", "haurakipower.example"), frm="{co} Graduates <graduates@{dom}>", role=("Graduate Engineering Program", "Graduate Programme 2026"), tz=("auw", "nz"))
mr("intern-ke-attach", "Industrial attachment application", "Dear {n},\n\nYour letter requesting industrial attachment in our {role} section for May–August has been received. Every attachment slot for that period is already taken, so we cannot place you.\n\nYours faithfully,\n{sig}\nHuman Resource Officer, {co}", "Malindi Salt Works", "malindisalt.example", role="Electrical Maintenance", tz="ke")
mr("intern-sg", "{co} Internship Programme", "Dear {n},\n\nYour application and online test results for the {role} have been looked at. The next stage goes ahead without you.\n\nWarm regards,\nCampus Recruitment\n{co}", "Straits Quantum Securities", "straitsquantum.example", frm="{co} Campus <campus@{dom}>", role="Markets Internship (Jun–Aug)", tz="sg")
# ---------------------------------------------------------------- mix: 50 application-received confirmations

mo("application_received", "ack-workday", "We've received your application – {role}", "Hello {n},\n\nYour submission for {role} (R{ref}) is in. The talent acquisition partner screens every candidate profile against the posted minimums, and candidacies that don't meet them are closed at that stage — you'd see that in your candidate home, and we'd email you as well.\n\nShould you move on, one of our recruiters phones you directly.\n\n{co} Talent Acquisition", ("Brackenfield Building Society", "Orrin Paints Ltd"), ("careers.brackenfield-bs.example", "jobs.orrinpaints.example"), frm="{co} Careers <wd-notify@{dom}>", role=("Mortgage Underwriter", "Colour Lab Technician"), tz=("uk", "ie"))
mo("application_received", "ack-greenhouse", "Thanks for applying to {co}!", "Hi {n},\n\nYour {role} application arrived safely. The hiring team goes through applications in batches every two weeks. Whether we'd like to talk or we've decided on others, you'll get a real email from a person, never silence.\n\nWarmly,\nPeople Team, {co}", ("Lumenharrow Satellite Imaging", "Cobaltreach Health Data"), ("lumenharrow.example", "cobaltreach.example"), frm="{sig} <no-reply@{dom}>", role=("GIS Analyst", "Clinical Data Coordinator"), tz=("use", "cae"))
mo("application_received", "ack-lever", "Got it – {role}", "{n}, your application for {role} landed with me. I read these myself, usually within a week. A no comes as a line or two from me; a yes comes with times for a call.\n\n{sig}\n{co}", ("Tidewright Marine Electronics", "Quillfeather Cards"), ("tidewright.example", "quillfeather.example"), frm="{sig} <{sl}@hire.{dom}>", role=("Firmware Engineer", "Greeting Card Illustrator"), tz=("usp", "uk"))
mo("application_received", "ack-smartrec", "Application received: {role}", "<html><body><div style=\"border:1px solid #ccd\"><h3>{co}</h3><p>Dear {n},</p><p>Position: <b>{role}</b><br>Stage: <b>Received</b></p><p>This card updates as your application moves. If the hiring manager decides not to take it further, the stage will read Not taken further and we will write to you. Until then, no action is needed.</p><p>{co} Recruitment</p></div></body></html>", ("Coral Strand Car Rental", "Spicegrove Chandlery"), ("coralstrand-rental.example", "spicegrove-chandlery.example"), frm="{co} <smartr-mail@{dom}>", role=("Rental Sales Agent", "Chandlery Counter Assistant"), tz=("ag", "gd"))
mo("application_received", "ack-icims", "Application confirmation – Job {ref}", "Dear {n},\n\nYour application for job {ref}, {role}, is logged. The selection committee meets for a first review once the posting closes. People not going on to interview get an email when that review ends; those going forward get a phone call.\n\nSincerely,\nHuman Resources\n{co}", ("Marrowby Metropolitan Sewerage District", "Greyhollow Regional Airport Authority"), ("marrowby-msd.example", "greyhollow-airport.example"), frm="{co} <icims-noreply@{dom}>", role=("Instrumentation Technician", "Airfield Operations Officer"), tz=("usc", "use"))
mo("application_received", "ack-taleo", "{co} – Application Submitted, Job Number {ref}", "Dear {n},\n\nYou have successfully applied for {role}, Job Number {ref}. Once an appointment is made, the posting will be marked filled and any applications not selected will be withdrawn from consideration automatically; you may check the status in your profile.\n\n{co} follows affirmative action principles in hiring.\n\nOffice of Human Resources", ("Westmarch State University", "Calloway Children's Hospital"), ("westmarch-state.example", "calloway-childrens.example"), frm="{co} HR <taleo@{dom}>", role=("Research Compliance Specialist", "Paediatric Pharmacy Technician"), tz=("usm", "usc"))
mo("application_received", "ack-ashby", "Re: {role} at {co}", "Hey {n},\n\nThanks for applying — I've got your application for {role} and I'll look properly this weekend. Fair warning: if we pass, I'll tell you the actual reason rather than a form line. If we don't, expect a calendar link.\n\n{sig}, co-founder\n{co}", ("Meterlane", "Paystone Rails"), ("meterlane.example", "paystonerails.example"), frm="{sig} <{sl}@{dom}>", role=("Founding Billing Engineer", "Revenue Operations Lead"), tz=("sg", "ng"))
mo("application_received", "ack-workable", "We got your application for {role}", "Dear {n},\n\nYour {role} application landed safely. Head chef picks trial shifts on Mondays. If your background is wrong for the section at the moment, an email from us says so; nobody is left guessing.\n\n{sig}\n{co}\n\nSent with Workable", ("Harbourlight Bistro Group", "Kauri Point Eatery"), ("harbourlight-bistro.example", "kauripoint.example"), frm="{co} <{sl}@{dom}>", role=("Pastry Chef de Partie", "Commis Pastry Cook"), tz=("au", "nz"))
mo("application_received", "ack-bamboo", "{co}: application received", "Hi {n},\n\nYour application for {role} is with us. We close hiring for a post on the day it's filled, and everyone still waiting hears from us that day, one way or the other.\n\nAll the best,\n{sig}\nPractice Manager, {co}", ("Willowbank Veterinary Group", "Sandpiper Animal Clinic"), ("willowbank-vets.example", "sandpipervets.example"), frm="{sig} <{sl}@{dom}>", role=("Veterinary Receptionist", "Animal Care Assistant"), tz=("uk", "za"))
mo("application_received", "ack-teamtailor", "Yay, your application is here!", "Hi {n}!\n\nYour application for {role} is here and we're so happy you found us. We go through them when the month closes. Yes or no, a real human at {co} writes back, promise.\n\nHugs from the whole crew,\n{sig}", ("Plumtree Yarn & Notions", "Foxglove Board Game Café"), ("plumtree-yarn.example", "foxglove-games.example"), frm="{co} <{sl}@{dom}>", role=("Shop Assistant", "Games Host"), tz=("ie", "uk"))
mo("application_received", "ack-personio", "Your application as {role} – confirmation", "Dear {n},\n\nyour application reached us in good order, many thanks. We will now look at your documents. In case we decide for another candidate, you will receive a message from us; if we wish to meet you, we will suggest dates.\n\nAccording to GDPR your data is stored for six months after the process ends.\n\nKind regards\n{sig}\nHR | {co}", ("Oberfeld Pumpentechnik GmbH", "Rheinbogen Solar Services GmbH"), ("oberfeld-pumpen.example", "rheinbogen-solar.example"), frm="{sig} <{sl}@{dom}>", role=("Service Technician (m/f/d)", "Project Engineer (m/f/d)"), tz="eu")
mo("application_received", "ack-pinpoint", "Application received – {role}", "Dear {n},\n\nThanks — {role}: your form is logged. Once applications close the panel will score every application against the person specification. Whether your score reaches the interview mark or falls below it, we will write to tell you within three weeks.\n\nRecruitment Team\n{co}", ("Crofthaven Housing Trust", "Medway Vale Almshouses"), ("crofthaven-housing.example", "medwayvale-almshouses.example"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Tenancy Sustainment Officer", "Scheme Warden"), tz="uk")
mo("application_received", "ack-namibia", "{role} – acknowledgement", "Dear {n}\n\nYour application for {role} at our Walvis Bay plant is acknowledged with thanks. Kindly note that we contact shortlisted applicants only. Silence for a full month past the closing date is itself our answer: unsuccessful.\n\n{sig}\nHuman Capital\n{co}", ("Benguela Catch Processors", "Skeleton Coast Seafoods"), ("benguela-catch.example", "skeletoncoast-seafoods.example"), role=("Quality Controller", "Cold Store Supervisor"), tz="na")
mo("application_received", "ack-safari", "Your application - {role}", "Dear {n},\n\nJambo and asante for your letter from so far. We have your CV for {role} for the coming season. We pick guides for the field test in two weeks. If you are left off the list we will write you, so you are not left waiting.\n\nKaribu sana,\n{sig}\n{co}", ("Ngorongoro Horizon Safaris", "Tarangire Dust Expeditions"), ("ngorongoro-horizon.example", "tarangiredust.example"), role=("Safari Driver Guide", "Camp Host"), tz="tz")
mo("application_received", "ack-mufund", "Acknowledgement of application", "Dear {n},\n\nYour application for the {role} vacancy has been received. Should your profile not correspond to the requirements of our fund administration team, we shall inform you in writing; in either case your CV will be retained for a period of one year.\n\nYours faithfully,\n{sig}\nHuman Resources, {co}", ("Port Louis Fiduciary Partners", "Ebene Fund Services"), ("plfiduciary.example", "ebenefund.example"), role=("Fund Accountant", "Transfer Agency Officer"), tz="mu")
mo("application_received", "ack-ngfintech", "Application in 🎉", "Hi {n},\n\nYour application for {role} is with our talent team. We reply to everyone within ten working days — if we're not progressing you, we'll say so and tell you which skill tipped it.\n\n{sig}\nTalent, {co}", "Kobopath", "kobopath.example", role="Backend Engineer (Payments)", tz="ng")
mo("application_received", "ack-ghpharm", "RE: APPLICATION FOR {role}", "Dear {n},\n\nYour papers for the Kumasi branch's {role} post are with us. Management reviews applications when the month closes. Applicants who are not taken forward will be informed by SMS.\n\nThank you.\n{sig}\nAdministration, {co}", "Adom Wellness Pharmacy Ltd", "adomwellness.example", role="Pharmacy Technician", tz="gh")
mo("application_received", "ack-inmoto", "Application ref {ref} received", "Dear {n},\n\nYour application for {role} at our Hosur plant has come in. Our team will evaluate your profile. If your candidature is not considered further, an email from us follows within 15 days; otherwise HR will call you to schedule a technical round.\n\nRegards,\n{sig}\nTalent Acquisition, {co}", "Velocity Motocorp Ltd", "velocitymotocorp.example", role="Quality Inspector", tz="in")
mo("application_received", "ack-auwine", "{co} vintage crew – got it", "Hi {n},\n\nCheers for your interest in {role}. We'll sort the crew by mid-January. Returning crew get first dibs, so if we end up full we'll flick you a message, not just go quiet.\n\nCheers,\n{sig}\n{co}", "Barossa Ridge Growers Co-op", "barossaridge.example", role="Forklift Operator (Vintage 2026)", tz="aus")
mo("application_received", "ack-caski", "{role} – application received", "Hello {n},\n\nThanks, your application for {role} is in. We'll check certifications for everyone once applications close on the 30th. Whatever the outcome, the snow school emails you before staff training week.\n\n{sig}\n{co} Snow School", "Kicking Larch Mountain Resort", "kickinglarch.example", role="Ski Instructor", tz="cam")
mo("application_received", "ack-kybank", "Application received – {role}", "Dear {n},\n\nYour application for {role} has arrived. Please note that {co} contacts only those applicants selected for interview, and that we do not sponsor work permits for this grade.\n\nRegards,\nHuman Resources\n{co}", "Seven Mile Trust Bank", "sevenmile-trust.example", role="Compliance Officer", tz="ky")
mo("application_received", "ack-sghawker", "Application received", "Hi {n}, thanks, your application for {role} with {co} is in. If you are not selected, no separate notice is sent; a match is the only thing that brings a call. Your personal data is handled under the PDPA.\n\nHR Executive", "Kampong Table Food Courts", "kampongtable.example", role="Stall Operations Assistant", tz="sg")
mo("application_received", "ack-phbakery", "Application Received - {role}", "Good day {n}!\n\nWe received your application as {role} at {co}. Our HR will check your requirements within 7 working days. Pass or not, we'll text you the result so you can plan ahead.\n\nGod bless!\nHR Department", "Pandesal Haus Inc.", "pandesalhaus.example", role="Delivery Rider", tz="ph")
mo("application_received", "ack-keflowers", "{role}", "Dear {n},\n\nYour application for {role} at our Naivasha farm has been received. Should the post be filled before your application is considered, you will be informed; your papers will in any case be kept for similar openings.\n\nYours sincerely,\nHR Officer, {co}", "Lakeside Stem Growers Ltd", "lakesidestem.example", role="Packhouse Clerk", tz="ke")
mo("application_received", "ack-zamattress", "{co} | application received", "Dear {n}\n\nYour application for {role} has been received. If nobody from us phones you within three weeks after applications close, you can take it that you were unsuccessful this time.\n\nKind regards\n{co} HR", "Restwell Bedding Manufacturers", "restwellbedding.example", role="Maintenance Fitter", tz="za")
mo("application_received", "ack-footer-retail", "Application logged – {role}", "Hi {n},\n\nThanks for applying for {role} at {co}. The store team reads applications within ten days; an email from us follows either way.\n\n{co} Recruitment\n\n------------------------------\nLIFE AT {co}\nColleague discount from day one | Free eye tests | Cycle-to-work scheme\nNeed this email as large type, Braille or an audio file? Call our careers line.\nThis mailbox is a dead end for replies.", "Tilbury Cookshop", "tilburycookshop.example", frm="{co} Careers <careers-noreply@{dom}>", role="Stockroom Assistant", tz="uk")
mo("application_received", "ack-footer-telco", "{co}: application received", "Dear {n},\n\nYour application for {role} has been received. Candidates who are unsuccessful in this recruitment exercise will be advised by email after shortlisting.\n\n{co} recruiting desk\n\n=====================================\nPLEASE NOTE — we charge nothing: {co} never asks candidates to pay any fee at any stage.\nJoin our Talent Community for updates on graduate intakes.\n=====================================", "Savanna Mobile Tanzania", "savannamobile.example", frm="{co} Talent <talent@{dom}>", role="Customer Experience Analyst", tz="tz")
mo("application_received", "ack-footer-grocer", "We got your application!", "Hi {n},\n\nThanks for applying for {role} at {co}. A store leader will look at it this week. Should the opening go elsewhere, we write anyway.\n\nThe {co} Team\n\n________\nJobs you might like: Deli Clerk · Overnight Stocker\nUnsubscribe from job alerts | Privacy", "Prairie Basket Foods", "prairiebasket.example", frm="{co} <jobs@{dom}>", role="Bakery Clerk", tz="usc")
mo("application_received", "ack-law-ie", "{role} application – acknowledgement", "Dear {n},\n\nYour application for {role} reached us. Applications are reviewed together once the closing date passes. Progressed or not, each applicant gets a letter from us within the month.\n\nYours sincerely,\n{sig}\nHR Manager\n\n{co} LLP | Regulated by the Law Society of Ireland.\nOur bank details are never changed by email.", "Harrington Quill Solicitors", "harringtonquill.example", role="Trainee Solicitor", tz="ie")
mo("application_received", "ack-usajobs", "Application received: {role}, Announcement {ref}", "Dear {n},\n\n{co} has your application for {role} under announcement {ref}. Qualifications get checked after the closing date. Best-qualified applicants are forwarded to the selecting official; everybody else gets a notice of results.\n\nHuman Resources Office\n{co}", "Bureau of Coastal Resources", "coastal-resources.example", frm="{co} <hr-notices@{dom}>", role="Fisheries Biologist", tz="use")
mo("application_received", "ack-aps", "Application received – {role}", "Dear {n},\n\nYour application for {role} (job ref {ref}) is in. Assessment should take four weeks, after which every applicant hears whether or not they are in the merit pool.\n\nPeople Branch\n{co}", "Department of Inland Waterways", "inland-waterways.example", frm="{co} Recruitment <recruitment@{dom}>", role="APS 4 Administration Officer", tz="aus")
mo("application_received", "ack-ie-panel", "Competition {ref}: application received", "Dear {n},\n\nThanks, {role}: application logged. A shortlist may be drawn up. Anyone left off the interview list gets an email, and may ask for feedback then.\n\nCandidate Services, {co}", "Shannon Regional Health Forum", "shannonrhf.example", role="Clerical Officer (Grade IV)", tz="ie")
mo("application_received", "ack-intern", "{co} Summer Internship – application received", "Dear {n},\n\nThanks for applying to our {role}. Last year more than 2,000 people applied for around 50 places, so we wanted to be honest about the odds: most applicants won't get an offer, and every applicant — successful or not — gets our answer before February ends.\n\nThe Early Careers Team\n{co}", "Harlow Crane Engineering", "harlowcrane.example", frm="{co} Early Careers <earlycareers@{dom}>", role="2026 Summer Engineering Internship", tz="uk")
mo("application_received", "ack-ke-attach", "Industrial attachment request", "Dear {n},\n\nYour letter requesting attachment in our {role} section has reached this office. Allocation depends on available slots; if they are all taken, we shall write to advise you.\n\nYours faithfully,\n{sig}\nHuman Resource Officer, {co}", "Malindi Salt Works", "malindisalt.example", role="Laboratory", tz="ke")
mo("application_received", "ack-recruiter-uk", "CV sent – {role}", "Hi {n},\n\nQuick one: your CV went over to the client for {role} this morning. They tend to reply inside a week. Bad news would reach you by phone from me, with a couple of other options lined up.\n\n{sig}\nSenior Consultant, {co}", "Halyard Recruitment", "halyardrec.example", role="Commercial Manager", tz="uk")
# ---------------------------------------------------------------- mix: interviews, next steps, offers (35)

mo("interview", "inv-brand", "RE: [EXT] Re: Design lead conversation", "Hi {n},\n\nSorry for the wait! The team hopes to have you in again for a second session with the wider studio for {role} — an hour, mostly you walking us through one project end to end. Could you do {dl}, 2pm?\n\nUnfortunately the building's lift is being serviced that week, meaning three flights of stairs; tell us if that's hard and we'll meet downstairs instead.\n\n{sig}\n\nFrom: {full}\nSent: {q}\nSubject: Re: Design lead conversation\n\nHi {sig}, any news since Thursday?", ("Ferrule & Finch Studio", "Lantern Quay Creative"), ("ferrulefinch.example", "lanternquay.example"), role=("Design Lead", "Senior Brand Designer"), tz=("uk", "sg"))
mo("interview", "inv-cabin", "RE: [EXT] Re: Instructor position – panel invitation", "Dear {n},\n\nFurther to your application for {role}, you are invited to a panel interview and a 15-minute teaching demonstration on {dl} at 09:30 at our training centre. Please reply to confirm you will attend.\n\nKindly bring your licence, passport and original certificates. Unfortunately candidates arriving after 10:00 cannot be slotted in later.\n\n{sig}\nTraining Manager, {co}", ("Acacia Skyways", "Volta Air Express"), ("acaciaskyways.example", "voltaair.example"), role=("Cabin Crew Instructor", "Safety and Emergency Procedures Instructor"), tz=("ke", "gh"))
mo("interview", "inv-telco", "{co}: interview invitation – {role}", "Dear {n},\n\nYou made the {role} shortlist — well done. Your interview is on {dl} at 10:00 at our head office. Please bring your national ID and academic certificates.\n\nUnfortunately parking at head office is for pass holders only, so please use public transport or the mall car park opposite.\n\n{co} recruiting desk\n\n=====================================\nPLEASE NOTE — we charge nothing: {co} never asks candidates to pay any fee.\n=====================================", ("Savanna Mobile Tanzania", "Kilimo Link Telecom"), ("savannamobile.example", "kilimolink.example"), frm="{co} Talent <talent@{dom}>", role=("Network Planning Engineer", "Retail Shop Supervisor"), tz=("tz", "rw"))
mo("next_steps", "next-usajobs", "Action required: {role}, Announcement {ref}", "Dear {n},\n\nHR has put you forward to the hiring office for {role}. Before an interview can be scheduled, please upload your transcripts and the completed OF-306 to your profile by midnight Eastern time on {dl}. Documents after that cannot be accepted.\n\nHR Office, {co}", ("Bureau of Coastal Resources", "Federal Grain Inspection Office"), ("coastal-resources.example", "grain-inspection.example"), frm="{co} <hr-notices@{dom}>", role=("Biological Science Technician", "Agricultural Commodity Grader"), tz=("use", "usc"))
mo("next_steps", "next-greenhouse", "Next step for {role}: take-home exercise", "Hi {n},\n\nGood news on {role}: the hiring team wants to take you further. Next is a take-home exercise of about three hours; brief attached. Return it by 6pm on {dl}. If that timing can't work, say so before then and we'll arrange something else.\n\nWarmly,\n{sig}\nPeople Team, {co}", ("Lumenharrow Satellite Imaging", "Cobaltreach Health Data"), ("lumenharrow.example", "cobaltreach.example"), frm="{sig} <no-reply@{dom}>", role=("GIS Analyst", "Clinical Data Coordinator"), tz=("use", "cae"))
mo("next_steps", "next-grad", "Book your assessment centre – {role}", "Dear {n},\n\nWell done on clearing the online tests for our {role}. Choose an assessment centre slot through your candidate account by midnight on {dl}. Unfortunately slots can't be held or changed once the booking window closes.\n\nGraduate Recruitment, {co}", ("Southern Cross Mining Ltd", "Hauraki Power"), ("southerncross-mining.example", "haurakipower.example"), frm="{co} Graduates <graduates@{dom}>", role=("Graduate Engineering Program", "Graduate Programme 2026"), tz=("auw", "nz"))
mo("offer", "offer-workable", "Offer – {role}", "Dear {n},\n\nThank you for a cracking trial shift. Say the word and the {role} position is yours, starting {dl}, permanent and full-time. The contract's attached; we need it back signed inside five days.\n\n{sig}\n{co}\n\nSent with Workable", ("Harbourlight Bistro Group", "Kauri Point Eatery"), ("harbourlight-bistro.example", "kauripoint.example"), frm="{co} <{sl}@{dom}>", role=("Pastry Chef de Partie", "Commis Pastry Cook"), tz=("au", "nz"))
mo("offer", "offer-bamboo", "Job offer – {role}", "Hi {n},\n\nDelighted to say the {role} post at {co} is yours. Your start date would be {dl}, working four days a week across the rota. Please e-sign the offer letter in the portal; any questions, just ask.\n\nBest,\n{sig}\nPractice Manager", ("Willowbank Veterinary Group", "Sandpiper Animal Clinic"), ("willowbank-vets.example", "sandpipervets.example"), frm="{sig} <{sl}@{dom}>", role=("Veterinary Receptionist", "Animal Care Assistant"), tz=("uk", "za"))
mo("interview", "inv-academy", "RE: [EXT] Re: Head of Academy – board interview", "Dear {n},\n\nThe board asks you to present to them on {dl} at 18:00 at the clubhouse. Please prepare 15 minutes on your plan for the U14 to U18 pathway.\n\nUnfortunately the floodlights on the main pitch are out, so use the side gate by the nets.\n\n{sig}\nClub Secretary, {co}", "Highveld Harlequins FC", "highveldharlequins.example", role="Head of Academy", tz="za")
mo("interview", "inv-cellar", "Re: Re: Tasting room lead", "Hey {n},\n\nThanks for the application! Come out to the vineyard and we'll talk and wander through the cellar door. Does {dl} at 11 work? Wear sensible shoes — the paths are gravel.\n\n{sig}\n{co}", "Wairau Bend Vineyard", "wairaubend.example", role="Cellar Door Manager", tz="nz")
mo("interview", "inv-labmgr", "Invitation for interview: {role}", "Dear {n},\n\nThe post of {role}: you are on the panel's shortlist. Interviews take place on {dl} at 09:00 in the Board Room, Morogoro. Please bring original certificates and a short presentation on laboratory safety.\n\nUnfortunately the institute cannot cover travel costs for this round.\n\n{sig}\nDeputy Director, {co}", "Uluguru Agricultural Research Institute", "uluguru-ari.example", role="Laboratory Manager", tz="tz")
mo("interview", "inv-phbakery", "Interview Schedule - {role}", "Good day {n}!\n\nYou passed our initial screening for {role}. Please come for an on-site interview at nine in the morning of {dl}, at our Mandaue commissary. Bring 2 valid IDs and your NBI clearance.\n\nGod bless!\nHR Department, {co}", "Pandesal Haus Inc.", "pandesalhaus.example", role="Branch Baker", tz="ph")
mo("interview", "inv-ngfintech", "Technical interview – {role}", "Hi {n},\n\nYou're through to the technical round for {role}: 60 minutes with two engineers, pair-programming on a settlement problem. Pick a slot before {dl} using the calendar link. Unfortunately we can't run this round on weekends.\n\n{sig}\nTalent, {co}", "Kobopath", "kobopath.example", role="Backend Engineer (Payments)", tz="ng")
mo("interview", "inv-recruiter-sg", "Interview confirmed – {role}", "Hi {n}, great news: you've got a first meeting with the hiring manager for {role}. First round is on {dl} at 3pm, video call, 45 mins. They'll ask about MAS inspections, so have a couple of examples ready. Calendar invite to follow.\n\n{sig}\n{co}", "Merlion Talent Bridge", "merliontalent.example", role="Compliance Analyst", tz="sg")
mo("interview", "inv-kybank", "Interview – {role}", "Dear {n},\n\nCould you come in about the {role} role at half past ten on {dl}, at our George Town office. The panel will include the Head of Compliance.\n\nRegards,\n{sig}\nHuman Resources, {co}", "Seven Mile Trust Bank", "sevenmile-trust.example", role="KYC Analyst", tz="ky")
mo("interview", "inv-jm", "RE: {role} – interview", "Good afternoon {n},\n\nThe committee would like to meet you regarding the {role} post on {dl} at 2:00 p.m. at our Half Way Tree office. Unfortunately the elevator is out of service, so we will meet in the ground-floor boardroom.\n\nRespectfully,\n{sig}\nOffice of the General Manager, {co}", "Blue Mountain Relief Network", "bluemountainrelief.example", role="Logistics Officer", tz="jm")
mo("next_steps", "next-psrs", "Interview schedule – {role}", "Dear {n},\n\nYour name appears on the shortlist for the written examination for {role}. The examination is at 08:00 on {dl}. Candidates must present original certificates verified by the relevant council. Candidates who arrive without them will not be permitted to sit.\n\nSecretary\n{co}", "Public Service Recruitment Secretariat", "psrs-portal.example", frm="{co} <noreply@{dom}>", role="Community Development Officer II", tz="tz")
mo("next_steps", "next-inmoto", "Documents required – {role}", "Dear {n},\n\nFurther to your technical round, please upload three recent payslips, your relieving letter and PAN card to the candidate portal by {dl}. Your final HR discussion will be scheduled once we receive these.\n\nRegards,\n{sig}\nTalent Acquisition, {co}", "Velocity Motocorp Ltd", "velocitymotocorp.example", role="Press Shop Engineer", tz="in")
mo("next_steps", "next-mufund", "Reference checks – {role}", "Dear {n},\n\nFollowing your interviews, we would like to proceed with reference checks for the {role} position. Kindly send us two referees, each with a phone number, and sign the attached consent form by {dl}.\n\nYours faithfully,\n{sig}\nHuman Resources, {co}", "Ebene Fund Services", "ebenefund.example", role="Fund Accountant", tz="mu")
mo("next_steps", "next-caski", "{role} – on-snow clinic", "Hello {n},\n\nYou're through to the on-snow clinic for {role}. It runs on {dl} from 8:30 at the base lodge. Please bring your certification card and helmet. Spots are held until 5pm the day before; if you haven't confirmed by then, we'll offer yours to the waitlist.\n\n{sig}\n{co} Snow School", "Kicking Larch Mountain Resort", "kickinglarch.example", role="Snowboard Instructor", tz="cam")
mo("next_steps", "next-safari", "Field test - {role}", "Dear {n},\n\nGood news, you are picked for the field test for {role}. Please come to our Arusha yard on {dl} at 7 am with your driving licence and first aid certificate. The test takes the whole day; bring water and a hat.\n\nKaribu,\n{sig}\n{co}", "Ngorongoro Horizon Safaris", "ngorongoro-horizon.example", role="Safari Driver Guide", tz="tz")
mo("offer", "offer-ashby", "Offer: {role}", "Hey {n},\n\nWe want you as our {role}. Numbers are in the attached letter, equity included. Think it over for a few days, and grab time with me or the other co-founder for any questions. We'd like an answer by {dl}.\n\n{sig}, co-founder\n{co}", "Meterlane", "meterlane.example", role="Founding Billing Engineer", tz="sg")
mo("offer", "offer-itsupport", "RE: [EXT] RE: IT Support Lead - final interview", "Hi {n},\n\nGreat news! The partners have approved your appointment as {role}. HR will email the formal offer letter today; kindly sign and return by {dl}. Welcome aboard in advance!\n\n{sig}\nOffice Administrator, {co}", "Dizon Villareal & Partners", "dizonvillareal.example", role="IT Support Lead", tz="ph")
mo("offer", "offer-recruiter-nz", "Offer! {role}", "Kia ora {n},\n\nThe council wants you for the {role} role: fixed term to June, $41 an hour. They'd like a yes or no by {dl}. Give me a call once you've read it.\n\nNgā mihi,\n{sig}\n{co}", "Tūī Street Recruitment", "tuistreet.example", role="Parks Planner", tz="nz")
mo("offer", "offer-auwine", "You're on the crew!", "Hi {n},\n\nYou're on the crew! {role}, mid-February to end of April. Induction is on {dl}. Send through your bank and super details so we can set you up.\n\nCheers,\n{sig}\n{co}", "Barossa Ridge Growers Co-op", "barossaridge.example", role="Cellar Hand (Vintage 2026)", tz="aus")
mo("offer", "offer-keflowers", "Letter of appointment – {role}", "Dear {n},\n\nYou are hereby appointed {role} at our Naivasha farm; the attached letter sets out the terms. Report to the HR office on {dl} at 8:00 am with your ID and KRA PIN certificate.\n\nYours sincerely,\n{sig}\nHR Officer, {co}", "Lakeside Stem Growers Ltd", "lakesidestem.example", role="Greenhouse Supervisor", tz="ke")
mo("offer", "offer-zamattress", "{co} | Offer of employment", "Dear {n}\n\nAfter your interview, the panel chose you for the post of {role}. The offer letter is attached; confirm acceptance by {dl}.\n\nKind regards\n{sig}\n{co} HR", "Restwell Bedding Manufacturers", "restwellbedding.example", role="Production Planner", tz="za")

# ---------------------------------------------------------------- mix: other (15)

mo("other_job", "status-inreview", "Status update for {role}", "Hi {n},\n\nSomething changed on your candidate record.\n\nRole: {role}\nReq ID: {ref}\nStatus: Under review\n\nThe portal holds the particulars.\n\n{co}", ("Carrowmore Logistics", "Ridgeback Freight Systems"), ("carrowmore-logistics.example", "ridgebackfreight.example"), frm="{co} Careers <noreply@{dom}>", role=("Transport Planner", "Yard Supervisor"), tz=("uk", "usc"))
mo("other_job", "withdrawn", "Your application has been withdrawn", "<html><body><p>Dear {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Job</th><th>Reference</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Withdrawn by candidate</td></tr></table><p>As requested, this application is now withdrawn. Other roles remain open to you.</p><p>{co} Careers Portal</p></body></html>", ("Lakeshore District Energy", "Copperfield Transit"), ("lakeshore-energy.example", "copperfieldtransit.example"), frm="{co} <careers-portal@{dom}>", role=("Energy Analyst", "Bus Operator"), tz=("cae", "cap"))
mo("job_alert", "alert-retail", "New jobs near you at {co}", "Hi {n},\n\n3 fresh roles fit your saved search:\n• Store Assistant – Northfleet\n• Click & Collect Colleague – Dartford\n• Weekend Supervisor – Gravesend\n\nView and apply on our careers site.\nYou can change or stop these alerts at any time.\n{co} Careers", ("Tilbury Cookshop", "Ravensworth Pet Supplies"), ("tilburycookshop.example", "ravensworth-pets.example"), frm="{co} Careers <careers-noreply@{dom}>", tz="uk")
mo("recruiter_outreach", "pitch", "Opportunity – {role}", "Hi {n},\n\nYour profile turned up in a search of mine and I wondered whether a {role} role with one of our clients might interest you. Day rate is competitive and it's mostly remote. Any chance of a short call this week?\n\n{sig}\n{co}", ("Keystone Talent Partners", "Banyan HR Consulting"), ("keystonetalent.example", "banyanhr.example"), role=("Interim Commercial Lead", "Senior QA Engineer"), tz=("uk", "in"))
mo("other_job", "shortlist-delay", "{role} – timing update", "Dear {n},\n\nA quick note to say our shortlisting for {role} has slipped two weeks due to staff leave. Nothing is decided. We'll be in touch once the panel has met.\n\n{sig}\n{co}", "Northshore Arts Collective", "northshorearts.example", role="Operations Coordinator", tz="cap")
mo("non_job_rejection_words", "flat", "Re: Viewing at 12 Harcourt Mews", "Hi {n},\n\nNice meeting you on Saturday. The landlord picked someone who can move on the first, so it's let. A similar one-bedroom in Ranelagh comes up next month; want first look?\n\n{sig}\n{co} Lettings", "Baggot Gate Properties", "baggotgate.example", tz="ie")
mo("non_job_rejection_words", "loan", "Your personal loan application", "Dear {n},\n\nYour request for a personal loan of KES 350,000 has been assessed. Under our current lending criteria it has been declined.\n\nReapplication is open to you in 90 days.\n\nCredit Department\n{co}", "Mara Valley Sacco", "maravalley-sacco.example", frm="{co} <credit@{dom}>", tz="ke")
mo("non_job_rejection_words", "grant", "Community Arts Fund – decision", "Dear {n},\n\nThanks for sending your mural project to the Community Arts Fund. Of 140 applications, the panel could fund 18, and yours missed out this time.\n\nRound two opens in March.\n\nGrants Team, {co}", "Port Phillip Arts Council", "portphilliparts.example", frm="{co} <grants@{dom}>", tz="au")
mo("non_job_rejection_words", "rowing", "Novice squad places", "Hi {n},\n\nGreat that you signed up for the autumn novice squad. Interest far outstripped boats this year; the squad has no seats left. You're on the spring waiting list.\n\nRow well,\n{sig}\nCaptain, {co}", "Avonside Rowing Club", "avonside-rc.example", tz="nz")
mo("non_job_rejection_words", "adoption", "Your adoption application for Biscuit", "Hi {n},\n\nThank you for applying to adopt Biscuit. After the home check, the team felt he needs a home without other cats, so we won't be matching him with you. Lots of other dogs are waiting for a visit.\n\n{sig}\n{co}", "Second Chance Paws Rescue", "secondchancepaws.example", tz="cae")
mo("job_alert", "alert-sg", "Jobs for you this week", "Hi {n},\n\nHere are new openings at {co}:\n• Food Court Supervisor – Jurong East\n• Cashier (Part-time) – Tampines\n• Cleaning Supervisor – Woodlands\n\nApply in the app. To stop these emails, update your preferences.\n\n{co} Careers", "Kampong Table Food Courts", "kampongtable.example", frm="{co} Careers <careers@{dom}>", tz="sg")
# ---------------------------------------------------------------- wide: 25 English rejections, trades and channels new to the slices

wr("affineur", "Comment on card: Cave hand applicants", "[Task board] {sig} commented on card \"Cave hand – applicants\" in list \"Hiring\":\n\n@{n} thanks for turning wheels with us on Friday. The cave hand spot is going to someone with a season of rind-washing behind them, so we'll stop there. Card moved to Done.\n\n— {co} board notification", "Hollowmere Cheese Caves", "hollowmere-caves.example", frm="Board notifications <notify@{dom}>", tz="uk")
wr("forager", "New message from {sig}", "{sig} sent you a message:\n\n\"hey {n}! thanks for the sample basket, the wood sorrel was lovely. chef's decided to keep foraging in house with our sous this year, no outside forager needed. sorry mate, keep picking!\"\n\nReply in the app · {co}", "Lichen & Loam Restaurant", "lichenloam.example", frm="Chat notifications <chat@{dom}>", tz="uk")
wr("marionette", "Booking note: audition slot 14", "Staff note added to booking #{ref} ({full}):\n\nAudition for string puppeteer held. Manipulation good but arm stamina too short for the 50-minute show; director not offering a company place. Candidate told in person, this note copied to them by request.\n\n{co} Box Office System", "Little Gantry Marionette Theatre", "littlegantry.example", frm="{co} Bookings <bookings@{dom}>", tz="ie")
wr("drawbridge", "FW: text from county bridges", "Forwarded by SMS relay from +1 555 01{ref}:\n\nHi {n} this is {sig} at County Bridges. We have filled the relief bridge tender slots for the river season, you were not picked this round. Sorry. Text STOP to unsubscribe.", "Tallow River County Bridges", "tallowbridges.example", frm="SMS Relay <relay@{dom}>", tz="use")
wr("salumi", "Fwd: from Nonna's shop", "---------- Forwarded message ---------\nFrom: {sig}\n\n{n} love thanks for helping in the curing room Sat. We decided to keep it family for now, my nephew is taking the job. You did great with the ties tho. Come buy some coppa x\n\n(forwarded from my phone)", "Bottega Ferrante Salumi", "bottegaferrante.example", tz="au")
wr("stargazing", "Booking system: guide trial outcome", "Internal note on trial booking {ref}, shared with guest {full}:\n\nNight guide trial completed. Sky-tour knowledge fine; laser-pointer handling and group pacing below our standard for solo tours. Outcome: not hired for the dark-sky season.\n\n— {sig}, {co}", "Tekapo Dark Sky Walks", "tekapodarksky.example", frm="{co} <system@{dom}>", tz="nz")
wr("tapestry", "{co} – studio assistant", "Dear {n},\n\nThank you for the sample band you wove for us. Your colour sense is lovely, but the beat of the weft was uneven across the band, and we need an assistant who can pick up a cartoon and weave to it straight away. We've therefore chosen another weaver.\n\n{sig}\n{co}", "Cardigan Bay Tapestry Studio", "cardiganbaytapestry.example", tz="uk")
wr("hammam", "Re: attendant application", "Hello {n},\n\nThank you for the trial in the hot room. Our manager has chosen an attendant who already works with kese mitts and foam massage, so we have no position for you at this time.\n\nBest wishes,\n{sig}\n{co}", "Marble Dome Hammam", "marbledome.example", tz="cae")
wr("hockey", "Team chat: equipment room", "[Team chat · Equipment staff]\n{sig}: @{n} thanks for the skate sharpening test yesterday. We're going with the guy from the junior club as second equipment assistant, so nothing for you this season. Appreciate you coming in.\n\nYou were mentioned in a message. Open the app to reply.", "Thunder Bay Ice Hawks", "icehawks.example", frm="Team Chat <noreply@{dom}>", tz="cae")
wr("hurling", "WhatsApp: Kit steward", "Exported from WhatsApp chat with {sig}:\n\n[{q}] {sig}: Howya {n}, the committee sorted the kit steward job last night. They gave it to Mossie's young lad, he's around the pitch every evening anyway. Sorry now, thanks a million for offering.", "Clonmore GAA Club", "clonmoregaa.example", tz="ie")
wr("tortilla", "Fwd: text from the tortilleria", "Begin forwarded message:\n\nFrom: {sig}\n\"Hola {n}, gracias por venir. The press job went to a guy who's run the comal machine for years so we won't hire you now. Sorry! Come eat tacos anytime\"", "Tortilleria La Milpa", "lamilpa-tortillas.example", tz="usm")
wr("noodle", "Partner chat: kitchen trial", "Message from {co} via the delivery partner chat:\n\nHi {n}, thank you for the hand-pulled noodle trial. The dough was breaking at the fourth fold, so chef will keep looking for someone with more experience; the station isn't yours, sorry.\n\n{sig}", "Golden Thread Noodle Bar", "goldenthread-noodles.example", frm="Partner Chat <partners@{dom}>", tz="sg")
wr("kimchi", "Card moved: Fermentation room hire", "{sig} moved your card \"{full} – fermentation hand\" from Trial to Not hired.\n\nComment: thanks for salting cabbage with us. We need someone who can start at 5am on weekdays, which didn't fit your hours, so we're closing this.\n\n{co} project board", "Onggi Street Ferments", "onggistreet.example", frm="Project board <board@{dom}>", tz="usp")
wr("crepe", "SMS from {co}", "[SMS to email] From {co}: Hi {n}, thx for the crêpe stand trial. we found someone who can do all summer weekends so we dont need you this year. Sorry! - {sig}", "Blé Noir Crêpe Cart", "blenoir.example", frm="SMS Gateway <sms@{dom}>", tz="uk")
wr("gelato", "Gelato lab apprenticeship", "Dear {n},\n\nThank you for the morning in our gelato lab. You took careful notes, but an apprentice here lifts 20-litre batches over and over, and with your shoulder as you described it, that isn't a good fit right now. We have offered the place to another applicant.\n\n{sig}\n{co}", "Pistachio & Pine Gelateria", "pistachiopine.example", tz="au")
wr("empanada", "Re: baker position", "Hi {n}, thanks for folding empanadas with us. We went with a baker who can also run the oven alone on Sundays. Sorry, and good luck elsewhere.\n\n{sig}\n{co}", "Repulgue Empanada Bakery", "repulgue.example", tz="usc")
wr("suya", "Suya spot grill hand", "Hello {n},\n\nOga was happy you came to the grill on Saturday evening. Oga says the grill job has gone to his cousin who knows the yaji mix already. We don't have another place now.\n\nThank you,\n{sig}\n{co}", "Mallam Idris Suya Spot", "idris-suya.example", tz="ng")
wr("canyoning", "Guide trial – outcome", "Hi {n},\n\nThanks for joining the canyoning guide trial. Your rope work was sound, but you froze on the eight-metre jump, and every guide has to lead that jump for guests. So there's no guide contract for you this season.\n\n{sig}\nHead Guide, {co}", "Wild Gorge Canyoning", "wildgorge.example", tz="nz")
wr("ostrich", "Farm hand – Oudtshoorn", "Dear {n}\n\nThank you for the day on the ostrich farm. The farm hand position has been given to a local applicant with more experience handling birds at the plucking pens. We are sorry we cannot use you.\n\n{sig}\n{co}", "Klein Karoo Ostrich Ranch", "kleinkaroo-ostrich.example", tz="za")
wr("bison", "Ranch hand application", "Hi {n},\n\nThanks for the call last week about the ranch hand job. We need someone who can ride and rope from day one for the fall roundup, and you said you haven't ridden much. We've hired someone else for the season.\n\n{sig}\n{co}", "Big Open Bison Ranch", "bigopenbison.example", tz="usm")
wr("quilt", "Longarm operator – {co}", "Hi {n},\n\nThank you for the test quilt. The stitching drifted near the borders, and our customers' quilts need a steady hand on the longarm from the first day. We've offered the operator job to another quilter.\n\nKind regards,\n{sig}\n{co}", "Patchwork Lane Quilt Shop", "patchworklane.example", tz="cae")
wr("watchmaker", "Bench trainee position", "Dear {n},\n\nWe were glad to see you at the workshop for the bench test. Your service of the movement was tidy, but the hairspring adjustment took far longer than we can allow, so the bench trainee place goes elsewhere.\n\nYours sincerely,\n{sig}\n{co}", "Hatton Row Watch Repairs", "hattonrow.example", tz="uk")
wr("risograph", "IVR message transcript", "Voicemail-to-text from {co} ({sig}):\n\n\"Hi {n}, it's {sig} from the riso shop. The print assistant job's gone to a person who's run a duplicator before. Sorry! Thanks loads for coming in.\"\n\nTranscribed automatically. Accuracy may vary.", "Inkdrum Riso Press", "inkdrum.example", frm="Phone System <voicemail@{dom}>", tz="aus")
wr("matatu", "Fwd: SMS from Sacco", "Forwarded SMS:\nFrom: {co}\n\"{n}, conductor vacancy on route 46 has been filled. Your name was not picked. Thank you. {sig}, Sacco Office.\"", "Rongai Express Sacco", "rongaiexpress.example", tz="ke")
wr("steelpan", "Pan tuner apprenticeship", "Good day {n},\n\nThanks for coming by the yard to try the apprenticeship. You have a good ear but the hammer work is not there yet, and we need an apprentice who can sink and groove drums on his or her own by Carnival. Another applicant got the place.\n\nRespect,\n{sig}\n{co}", "Laventille Pan Works", "laventillepan.example", tz="tt")
# ---------------------------------------------------------------- wide: 25 rejections in other languages

wr("lang-ar", "بخصوص طلبك: {role}", "مرحباً {n}،\n\nاطّلعنا على ملفك ونماذج التصميم التي أرسلتها لوظيفة {role} في {co}. أعجبتنا الألوان، لكن الفريق اختار مصممة عملت سابقاً على واجهات المتاجر الإلكترونية، لذلك لن نكمل معك في هذه المرحلة.\n\nمع التحية،\n{sig}", "استوديو نخلة للتصميم", "nakhla-studio.example", role="مصمم واجهات", tz="ae", lang="ar")
wr("lang-de", "Ihre Bewerbung als {role}", "Hallo {n},\n\ndanke, dass Sie am Samstag zum Probearbeiten in unsere Fahrradwerkstatt gekommen sind. Die Stelle als {role} geht an jemanden mit Erfahrung an E-Bike-Motoren. Für Sie haben wir derzeit leider keinen Platz.\n\nViele Grüße\n{sig}\n{co}", "Speichenwerk Leipzig", "speichenwerk.example", role="Zweiradmechaniker", tz="eu", lang="de")
wr("lang-es", "Tu postulación – {role}", "Hola {n}:\n\nMil gracias por la prueba en la viña. Al final el puesto de {role} quedó para alguien que ya hizo la vendimia con nosotros, así que por ahora no seguimos contigo.\n\nUn abrazo,\n{sig}\n{co}", "Viña Cerro Azul", "cerroazul-vina.example", role="encargado de bodega", tz="cl", lang="es")
wr("lang-fr", "Votre candidature – {role}", "Bonjour {n},\n\nMerci pour la journée d'essai à l'atelier de reliure. Le poste de {role} ira finalement à quelqu'un déjà formé à la dorure à chaud ; nous refermons donc votre dossier.\n\nBien cordialement,\n{sig}\n{co}", "Atelier Reliure du Marais", "reliure-marais.example", role="assistant relieur", tz="eu", lang="fr")
wr("lang-hi", "{role} पद हेतु आवेदन", "नमस्ते {n} जी,\n\n{co} में {role} पद हेतु आपका आवेदन हमारी चयन समिति ने पढ़ा। इस बार समिति ने ग्रामीण शाखाओं में काम कर चुके एक आवेदक को लिया है, इसलिए आपका नाम आगे नहीं जा रहा।\n\nसादर,\n{sig}\nकार्मिक शाखा", "सतपुड़ा ग्रामीण सहकारी बैंक", "satpuda-bank.example", role="लिपिक", tz="in", lang="hi")
wr("lang-id", "Hasil seleksi {role}", "Halo {n},\n\nMakasih sudah datang ke tes praktik barista di kedai kami. Setelah berdiskusi, kami memilih kandidat lain yang terbiasa dengan mesin manual, jadi posisi {role} tidak kami berikan kepada Anda kali ini.\n\nSalam,\n{sig}\n{co}", "Kopi Tanah Merah", "kopitanahmerah.example", role="barista", tz="id", lang="id")
wr("lang-it", "Candidatura {role}", "Gentile {n},\n\ngrazie della prova in laboratorio. Il ruolo di {role} andrà a un fornaio che conosce meglio la lievitazione naturale; la sua candidatura quindi si ferma qui.\n\nCordiali saluti,\n{sig}\n{co}", "Forno Sant'Ambrogio", "fornosantambrogio.example", role="aiuto fornaio", tz="eu", lang="it")
wr("lang-ja", "【{co}】選考結果のご連絡", "{n} 様\n\n先日は{role}の面接にお越しいただき、ありがとうございました。社内で慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。ご期待に沿えず申し訳ございません。\n\n{co} 採用担当\n{sig}", "株式会社みなと造園", "minato-zoen.example", role="造園スタッフ", tz="jp", lang="ja")
wr("lang-ko", "[{co}] 서류 전형 결과 안내", "{n}님, 안녕하세요.\n\n{co} {role} 채용에 관심을 가지고 지원해 주셔서 감사합니다. 내부 검토 결과 이번 채용에서는 다음 단계로 모시지 못하게 되었습니다. 보내주신 포트폴리오는 잘 보았습니다.\n\n{sig} 드림", "한빛도예공방", "hanbit-pottery.example", role="도예 보조", tz="kr", lang="ko")
wr("lang-nl", "Je sollicitatie als {role}", "Hoi {n},\n\nDank je voor je proefdag op de kwekerij. We nemen een collega aan die al met een heftruck tussen de kassen rijdt; voor de functie {role} stopt het voor jou hier.\n\nGroetjes,\n{sig}\n{co}", "Kwekerij De Zeven Kassen", "zevenkassen.example", role="teeltmedewerker", tz="eu", lang="nl")
wr("lang-pl", "Rekrutacja: {role}", "Dzień dobry {n},\n\ndziękujemy za udział w rozmowie na stanowisko {role}. Po namyśle wybraliśmy osobę z uprawnieniami SEP, dlatego nie zaprosimy Pani/Pana do dalszego etapu.\n\nPozdrawiamy,\n{sig}\n{co}", "Elektro-Wisła Sp. z o.o.", "elektrowisla.example", role="elektryk", tz="eu", lang="pl")
wr("lang-pt", "Candidatura – {role}", "Olá {n},\n\nObrigada por ter vindo ao teste no nosso restaurante. Para a vaga de {role} ficámos com outra pessoa, com mais prática na grelha de carvão; a sua candidatura termina aqui.\n\nCumprimentos,\n{sig}\n{co}", "Churrasqueira do Largo", "churrasqueiradolargo.example", role="ajudante de cozinha", tz="br", lang="pt")
wr("lang-ru", "Ответ по вакансии «{role}»", "Здравствуйте, {n}!\n\nСпасибо, что прошли пробный день в нашей типографии. Мы остановили выбор на другом кандидате, который уже работал на офсетной машине, поэтому пригласить вас на должность «{role}» не сможем.\n\nС уважением,\n{sig}\n{co}", "Типография «Северный лист»", "severny-list.example", role="печатник", tz="ru", lang="ru")
wr("lang-uk", "Щодо вакансії «{role}»", "Добрий день, {n}!\n\nДякуємо за співбесіду та тестове завдання. Команда обрала кандидатку з досвідом роботи з грантовою звітністю, тому на посаду «{role}» ми вас не запрошуємо.\n\nЗ повагою,\n{sig}\n{co}", "Громадська організація «Чисті береги»", "chysti-berehy.example", role="координатор проєктів", tz="ua", lang="uk")
wr("lang-zh", "关于{role}岗位的面试结果", "{n}，你好：\n\n感谢你上周来茶园参加{role}的试岗。经过讨论，我们决定录用一位有炒茶经验的候选人，这次就不和你继续了。\n\n{sig}\n{co}", "云岭茶园", "yunling-tea.example", role="制茶助理", tz="cn", lang="zh")
wr("lang-bs", "Odgovor na prijavu – {role}", "Poštovani/a {n},\n\nhvala Vam na dolasku na probni rad u našu pekaru. Odlučili smo posao {role} dati kandidatu koji već radi na peći na drva, tako da Vas ovaj put ne možemo primiti.\n\nSrdačan pozdrav,\n{sig}\n{co}", "Pekara Baščaršija", "pekara-bascarsija.example", role="pomoćni pekar", tz="ba", lang="bs")
wr("lang-my", "{role} ရာထူး လျှောက်ထားမှု", "{n} ရှင့်\n\n{co} ၏ {role} ရာထူးအတွက် လျှောက်ထားပေးသည့်အတွက် ကျေးဇူးတင်ပါသည်။ ဤအကြိမ်တွင် အတွေ့အကြုံပိုရှိသူ တစ်ဦးကို ရွေးချယ်ပြီးဖြစ်သဖြင့် သင့်ကို ခန့်အပ်နိုင်ခြင်း မရှိပါ။\n\n{sig}", "ရွှေပုဇွန် ထည်ရက်လုပ်ငန်း", "shwe-weaving.example", role="ရက်ကန်းဆရာ", tz="mm", lang="my")
wr("lang-lo", "ຜົນການສະໝັກ {role}", "ສະບາຍດີ {n},\n\nຂອບໃຈທີ່ສະໝັກເຂົ້າເຮັດວຽກຕຳແໜ່ງ {role} ກັບ {co}. ພວກເຮົາໄດ້ເລືອກຜູ້ສະໝັກຄົນອື່ນທີ່ມີປະສົບການຫຼາຍກວ່າ, ສະນັ້ນຄັ້ງນີ້ພວກເຮົາບໍ່ສາມາດຮັບທ່ານໄດ້.\n\n{sig}", "ຮ້ານກາເຟ ພູເພຍ", "phouphia-coffee.example", role="ພະນັກງານຄົ້ວ", tz="la", lang="lo")
wr("lang-ps", "د {role} دندې په اړه", "ګرانه {n}،\n\nد {co} د {role} دندې لپاره ستاسو د غوښتنلیک څخه مننه. موږ یو بل کاندید غوره کړ چې په دې برخه کې ډیره تجربه لري، نو دا ځل تاسو ته دنده نشو درکولای.\n\nپه درنښت،\n{sig}", "د کابل غالۍ اوبدلو شرکت", "kabul-carpets.example", role="غالۍ اوبدونکی", tz="af", lang="ps")
wr("lang-or", "{role} ପଦ ପାଇଁ ଆବେଦନ", "ପ୍ରିୟ {n},\n\n{co}ରେ {role} ପଦ ପାଇଁ ଆପଣଙ୍କ ଆବେଦନ ପାଇଁ ଧନ୍ୟବାଦ। ଆମେ ଅଧିକ ଅଭିଜ୍ଞତା ଥିବା ଅନ୍ୟ ଜଣେ ପ୍ରାର୍ଥୀଙ୍କୁ ବାଛିଛୁ, ତେଣୁ ଏଥର ଆପଣଙ୍କୁ ନିଯୁକ୍ତି ଦେଇ ପାରିବୁ ନାହିଁ।\n\n{sig}", "ପୁରୀ ହସ୍ତତନ୍ତ ସମବାୟ", "puri-handloom.example", role="ତନ୍ତୀ ସହାୟକ", tz="in", lang="or")
wr("lang-as", "{role} পদৰ বাবে আবেদন", "প্ৰিয় {n},\n\n{co}ৰ {role} পদৰ বাবে আবেদন কৰাৰ বাবে ধন্যবাদ। আমি বেছি অভিজ্ঞতা থকা আন এজন প্ৰাৰ্থীক বাছনি কৰিছোঁ, সেয়ে এইবাৰ আপোনাক নিযুক্তি দিব নোৱাৰিম।\n\n{sig}", "ব্ৰহ্মপুত্ৰ চাহ বাগিচা", "brahmaputra-cha.example", role="চাহ কাৰখানাৰ সহায়ক", tz="in", lang="as")
wr("lang-kok", "{role} हुद्द्या खातीर अर्ज", "मोगाचो {n},\n\n{co} हांगा {role} हुद्द्या खातीर अर्ज केल्ल्या खातीर देव बरें करूं। आमी चड अणभव आशिल्ल्या हेर एका मनशाची वेंचणूक केल्या, देखून ह्या फावट तुमकां काम दिवपाक जायना।\n\n{sig}", "मांडवी मासळी बाजार सहकारी", "mandovi-fish.example", role="हिशेब सहायक", tz="in", lang="kok")
wr("lang-ti", "ብዛዕባ ናይ {role} ሕቶ ስራሕ", "ክቡር/ቲ {n}፣\n\nኣብ {co} ናይ {role} ስራሕ ስለ ዘመልከትካ/ኪ ነመስግን። ዝያዳ ተሞክሮ ዘለዎ ካልእ ተወዳዳሪ መሪጽና ስለ ዘሎና፣ ኣብዚ ግዜ እዚ ክንቆጽረካ/ኪ ኣይንኽእልን ኢና።\n\n{sig}", "ኣስመራ ቡን ማሕበር", "asmara-bun.example", role="ሓጋዚ ኣስተናጋዲ", tz="er", lang="ti")
wr("lang-sd", "{role} جي نوڪريءَ بابت", "محترم {n}،\n\n{co} ۾ {role} جي نوڪريءَ لاءِ درخواست ڏيڻ جو مهرباني. اسان وڌيڪ تجربي وارو ٻيو اميدوار چونڊيو آهي، تنهن ڪري هن ڀيري توهان کي نوڪري نٿا ڏئي سگهون.\n\n{sig}", "سنڌ اجرڪ ڪارخانو", "sindh-ajrak.example", role="ڇپائي مددگار", tz="pk", lang="sd")
wr("lang-ug", "{role} خىزمىتى ھەققىدە", "ھۆرمەتلىك {n}،\n\n{co} دىكى {role} خىزمىتىگە ئىلتىماس قىلغىنىڭىزغا رەھمەت. بىز تەجرىبىسى كۆپرەك باشقا بىر ئادەمنى تاللىدۇق، شۇڭا بۇ قېتىم سىزنى ئىشقا ئالالمايمىز.\n\n{sig}", "تارىم نان ئۆيى", "tarim-nan.example", role="ناۋاي ياردەمچىسى", tz="kz", lang="ug")
# ---------------------------------------------------------------- wide: 50 others, twins of the wide refusals

wo("application_received", "ack-affineur", "Card added: {full} – cave hand", "[Task board] {sig} added a card \"{full} – cave hand\" to list \"Applicants\":\n\n@{n} got your note, thanks! We'll pick a couple of people to come turn wheels on a Friday. A no moves the card to Done with a line from me explaining it; you'll know either way.\n\n— {co} board notification", "Hollowmere Cheese Caves", "hollowmere-caves.example", frm="Board notifications <notify@{dom}>", tz="uk")
wo("interview", "inv-forager", "New message from {sig}", "{sig} sent you a message:\n\n\"hi {n}! loved your note about the estuary samphire. can you come out with chef on {dl}, 7am, meet at the car park by the dunes? bring boots and a knife. if the tide's wrong we'll move it a day\"\n\nReply in the app · {co}", "Lichen & Loam Restaurant", "lichenloam.example", frm="Chat notifications <chat@{dom}>", tz="uk")
wo("application_received", "ack-marionette", "Booking confirmed: audition slot", "Booking #{ref} confirmed for {full}.\n\nStaff note: string puppeteer audition, 20 minutes, stage door. The director decides on the day. If she passes on a candidate, we add a note to the booking saying so and copy it to you; if not, a callback date follows.\n\n{co} Box Office System", "Little Gantry Marionette Theatre", "littlegantry.example", frm="{co} Bookings <bookings@{dom}>", tz="ie")
wo("next_steps", "next-drawbridge", "FW: text from county bridges", "Forwarded by SMS relay from +1 555 01{ref}:\n\nHi {n} this is {sig} at County Bridges. You made the list for relief bridge tender. Bring your medical card and 2 forms of ID to the Public Works office by {dl} 3pm or we move down the list. Text STOP to unsubscribe.", ("Tallow River County Bridges", "Mercer Inlet Bridges District"), ("tallowbridges.example", "mercerinlet.example"), frm="SMS Relay <relay@{dom}>", tz=("use", "usp"))
wo("offer", "offer-salumi", "Fwd: from Nonna's shop", "---------- Forwarded message ---------\nFrom: {sig}\n\n{n} love we want you in the curing room!! Tues to Sat, 7 till 3. Start {dl}? Let me know Friday x\n\n(forwarded from my phone)", "Bottega Ferrante Salumi", "bottegaferrante.example", tz="au")
wo("application_received", "ack-stargazing", "Booking system: guide trial booked", "Trial booking {ref} created for guest {full}.\n\nNight guide trial, two hours, meet at the observatory car park at dusk. Hired or not, you'll see the outcome as a note on this booking within three days of the trial.\n\n— {sig}, {co}", ("Tekapo Dark Sky Walks", "Great Barrier Night Sky Tours"), ("tekapodarksky.example", "gbnightsky.example"), frm="{co} <system@{dom}>", tz="nz")
wo("interview", "inv-tapestry", "{co} – sample band", "Dear {n},\n\nYour letter and photographs arrived, thank you. Could you weave a short sample band in the studio on {dl}, from 10 until about 3. We provide the loom, the cartoon and the yarn.\n\nUnfortunately the studio heating is unreliable in the mornings, so bring a warm jumper.\n\n{sig}\n{co}", "Cardigan Bay Tapestry Studio", "cardiganbaytapestry.example", tz="uk")
wo("application_received", "ack-hammam", "Re: attendant application", "Hello {n},\n\nThank you for your application. Our manager will contact you for a trial in the hot room. If we choose someone else, we will tell you by email; we never leave applicants without an answer.\n\nBest wishes,\n{sig}\n{co}", "Marble Dome Hammam", "marbledome.example", tz="cae")
wo("next_steps", "next-hockey", "Team chat: equipment room", "[Team chat · Equipment staff]\n{sig}: @{n} you're our pick for second equipment assistant. Your vulnerable sector check must be in by {dl} before your name goes on the bench staff list. League rules, no exceptions.\n\nYou were mentioned in a message. Open the app to reply.", "Thunder Bay Ice Hawks", "icehawks.example", frm="Team Chat <noreply@{dom}>", tz="cae")
wo("non_job_rejection_words", "hurling-camp", "WhatsApp: Summer camp", "Exported from WhatsApp chat with {sig}:\n\n[{q}] {sig}: Howya {n}, sorry, the U12 summer camp filled up in two days and we couldn't fit your young lad in. He's first on the list if anyone drops out.", "Clonmore GAA Club", "clonmoregaa.example", tz="ie")
wo("interview", "inv-tortilla", "Fwd: text from the tortilleria", "Begin forwarded message:\n\nFrom: {sig}\n\"Hola {n}! Can you come try the press on {dl} at 6am? Wear closed shoes. Parking is behind the shop\"", "Tortilleria La Milpa", "lamilpa-tortillas.example", tz="usm")
wo("application_received", "ack-noodle", "Partner chat: application received", "Message from {co} via the delivery partner chat:\n\nHi {n}, good to hear you want the noodle station. Chef runs trials on Mondays. If he decides you're not the right fit, he'll tell you directly in this chat; otherwise I'll send a trial time.\n\n{sig}", ("Golden Thread Noodle Bar", "Lanzhou Lane Kitchen"), ("goldenthread-noodles.example", "lanzhoulane.example"), frm="Partner Chat <partners@{dom}>", tz=("sg", "auw"))
wo("application_received", "ack-kimchi", "Card created: Fermentation room hire", "{sig} created the card \"{full} – fermentation hand\" in list Applied.\n\nComment: welcome! We'll set up a cabbage-salting trial. If we close the card without hiring, I'll leave a comment saying why.\n\n{co} project board", "Onggi Street Ferments", "onggistreet.example", frm="Project board <board@{dom}>", tz="usp")
wo("offer", "offer-crepe", "SMS from {co}", "[SMS to email] From {co}: Hi {n}, great trial!! we'd love u on the crêpe stand sat+sun all summer, £12.60/hr. start {dl}? reply YES - {sig}", "Blé Noir Crêpe Cart", "blenoir.example", frm="SMS Gateway <sms@{dom}>", tz="uk")
wo("next_steps", "next-gelato", "Gelato lab apprenticeship – paperwork", "Dear {n},\n\nGood news: the apprenticeship is yours. Before your first shift, please complete the online food-safety certificate and send us a copy by {dl}; no certificate, no entry to the lab.\n\n{sig}\n{co}", "Pistachio & Pine Gelateria", "pistachiopine.example", tz="au")
wo("application_received", "ack-empanada", "Re: baker position", "Hi {n}, thanks for the message! We'll have you come fold empanadas one morning. Hired or not, you'll hear that week.\n\n{sig}\n{co}", ("Repulgue Empanada Bakery", "Salteña Corner Bakery"), ("repulgue.example", "saltenacorner.example"), tz=("usc", "use"))
wo("interview", "inv-suya", "Suya spot grill hand", "Hello {n},\n\nOga says you should come to the grill on {dl} by 5pm so he can see how you handle the skewers. Come with your apron.\n\nThank you,\n{sig}\n{co}", "Mallam Idris Suya Spot", "idris-suya.example", tz="ng")
wo("application_received", "ack-canyoning", "Guide trial – booked", "Hi {n},\n\nYou're booked on the canyoning guide trial. It includes the eight-metre jump, which every guide leads. Pass or not, our decision comes face to face before you head home.\n\n{sig}\nHead Guide, {co}", "Wild Gorge Canyoning", "wildgorge.example", tz="nz")
wo("offer", "offer-ostrich", "Farm hand – Oudtshoorn", "Dear {n}\n\nThe farm hand position is yours from {dl}. Housing on the farm is included. Kindly confirm whether you accept.\n\n{sig}\n{co}", "Klein Karoo Ostrich Ranch", "kleinkaroo-ostrich.example", tz="za")
wo("interview", "inv-bison", "Ranch hand – come out?", "Hi {n},\n\nGood talking last week. How about visiting the ranch on {dl} around 9? We'll saddle up and see how you do with the herd. Unfortunately there's no cell signal past the second gate, so follow the printed map.\n\n{sig}\n{co}", "Big Open Bison Ranch", "bigopenbison.example", tz="usm")
wo("application_received", "ack-quilt", "Longarm operator – {co}", "Hi {n},\n\nThanks for applying. We ask every applicant for a small test quilt on our longarm. Either way, we'll tell you what we thought of the stitching, so you learn something from it.\n\nKind regards,\n{sig}\n{co}", ("Patchwork Lane Quilt Shop", "Calico Barn Quilting"), ("patchworklane.example", "calicobarn.example"), tz=("cae", "usc"))
wo("interview", "inv-watchmaker", "Bench test", "Dear {n},\n\nYour letter arrived, many thanks. Please come to the workshop on {dl} at 10 o'clock for a bench test: a service of a simple movement, followed by a short conversation.\n\nYours sincerely,\n{sig}\n{co}", "Hatton Row Watch Repairs", "hattonrow.example", tz="uk")
wo("application_received", "ack-risograph", "IVR message transcript", "Voicemail-to-text from {co} ({sig}):\n\n\"Hi {n}, it's {sig} from the riso shop, got your email. We'll have people in next week to run the duplicator. Expect a call from me whatever we decide.\"\n\nTranscribed automatically. Accuracy may vary.", "Inkdrum Riso Press", "inkdrum.example", frm="Phone System <voicemail@{dom}>", tz="aus")
wo("application_received", "ack-matatu", "Fwd: SMS from Sacco", "Forwarded SMS:\nFrom: {co}\n\"{n}, your name is received for conductor on route 46. Those not picked will get SMS on Friday. Thank you. {sig}, Sacco Office.\"", "Rongai Express Sacco", "rongaiexpress.example", tz="ke")
wo("interview", "inv-steelpan", "Pan tuner apprenticeship", "Good day {n},\n\nCome by the yard on {dl} at 4pm and try a few drums with me. Unfortunately the yard has no shade yet, so bring water and a cap.\n\nRespect,\n{sig}\n{co}", "Laventille Pan Works", "laventillepan.example", tz="tt")

wo("application_received", "ack-lang-de", "Ihre Bewerbung als {role}", "Hallo {n},\n\nIhre Bewerbung ist angekommen, danke. Bewerber laden wir zum Probearbeiten in die Werkstatt ein. Geht die Stelle an jemand anderen, erfahren Sie das per E-Mail – Sie warten nicht ins Leere.\n\nViele Grüße\n{sig}\n{co}", "Speichenwerk Leipzig", "speichenwerk.example", role="Zweiradmechaniker", tz="eu", lang="de")
wo("application_received", "ack-lang-fr", "Votre candidature – {role}", "Bonjour {n},\n\nVotre dossier ({role}) est bien arrivé chez nous. Une journée d'essai à l'atelier sera proposée aux personnes choisies ; les autres recevront un mot de notre part.\n\nBien cordialement,\n{sig}\n{co}", "Atelier Reliure du Marais", "reliure-marais.example", role="assistant relieur", tz="eu", lang="fr")
wo("application_received", "ack-lang-ja", "【{co}】ご応募受付のお知らせ", "{n} 様\n\nこのたびは{role}にご応募いただき、誠にありがとうございます。書類選考の結果は、合否にかかわらず二週間以内にメールでお知らせいたします。\n\n{co} 採用担当\n{sig}", "株式会社みなと造園", "minato-zoen.example", role="造園スタッフ", tz="jp", lang="ja")
wo("application_received", "ack-lang-zh", "{role}岗位报名已收到", "{n}，你好：\n\n我们已收到你的{role}报名。下个月会安排试岗；如果最后没有录用，我们也会告诉你原因。\n\n{sig}\n{co}", "云岭茶园", "yunling-tea.example", role="制茶助理", tz="cn", lang="zh")
wo("application_received", "ack-lang-bs", "Prijava zaprimljena – {role}", "Poštovani/a {n},\n\nzaprimili smo Vašu prijavu za posao {role}. Pozvat ćemo Vas na probni rad u pekari. Ako se odlučimo za nekog drugog, javit ćemo Vam to porukom.\n\nSrdačan pozdrav,\n{sig}\n{co}", "Pekara Baščaršija", "pekara-bascarsija.example", role="pomoćni pekar", tz="ba", lang="bs")
wo("application_received", "ack-lang-my", "{role} လျှောက်လွှာ လက်ခံရရှိပါသည်", "{n} ရှင့်\n\n{co} ၏ {role} ရာထူးအတွက် သင့်လျှောက်လွှာကို လက်ခံရရှိပါသည်။ ရွေးချယ်ခံရသည်ဖြစ်စေ မခံရသည်ဖြစ်စေ နှစ်ပတ်အတွင်း အကြောင်းကြားပါမည်။\n\n{sig}", "ရွှေပုဇွန် ထည်ရက်လုပ်ငန်း", "shwe-weaving.example", role="ရက်ကန်းဆရာ", tz="mm", lang="my")
wo("application_received", "ack-lang-ps", "ستاسو غوښتنلیک ترلاسه شو", "ګرانه {n}،\n\nد {role} دندې لپاره ستاسو غوښتنلیک ترلاسه شو. که تاسو غوره نه شئ، موږ به تاسو ته خبر درکړو؛ که غوره شئ، د مرکې نېټه به درته ولیږو.\n\nپه درنښت،\n{sig}\n{co}", "د کابل غالۍ اوبدلو شرکت", "kabul-carpets.example", role="غالۍ اوبدونکی", tz="af", lang="ps")
wo("application_received", "ack-lang-ti", "ሕቶ ስራሕካ ተቐቢልናዮ", "ክቡር/ቲ {n}፣\n\nናይ {role} ሕቶ ስራሕካ/ኪ ተቐቢልናዮ ኣለና። እንተ ተመረጽካ/ኪ ውን እንተ ዘይተመረጽካ/ኪ ውን፣ ኣብ ክልተ ሰሙን ክንሕብረካ/ኪ ኢና።\n\n{sig}\n{co}", "ኣስመራ ቡን ማሕበር", "asmara-bun.example", role="ሓጋዚ ኣስተናጋዲ", tz="er", lang="ti")
wo("interview", "inv-lang-es", "Prueba en la viña – {role}", "Hola {n}:\n\nGracias por escribirnos. ¿Puedes venir a una prueba en la viña el {dl} a las 8:00? Trae ropa de trabajo y bloqueador.\n\nUn abrazo,\n{sig}\n{co}", "Viña Cerro Azul", "cerroazul-vina.example", role="encargado de bodega", tz="cl", lang="es")
wo("interview", "inv-lang-ko", "[{co}] 면접 일정 안내", "{n}님, 안녕하세요.\n\n{role} 서류 전형에 합격하셨습니다. {dl} 오후 2시에 공방에서 실기 면접을 진행하려고 합니다. 가능 여부를 회신해 주세요.\n\n{sig} 드림", "한빛도예공방", "hanbit-pottery.example", role="도예 보조", tz="kr", lang="ko")
wo("interview", "inv-lang-lo", "ນັດສຳພາດ {role}", "ສະບາຍດີ {n},\n\nພວກເຮົາຢາກເຊີນທ່ານມາສຳພາດຕຳແໜ່ງ {role} ໃນວັນທີ {dl} ເວລາ 9 ໂມງເຊົ້າ ທີ່ຮ້ານ {co}.\n\n{sig}", "ຮ້ານກາເຟ ພູເພຍ", "phouphia-coffee.example", role="ພະນັກງານຄົ້ວ", tz="la", lang="lo")
wo("interview", "inv-lang-sd", "{role} لاءِ انٽرويو", "محترم {n}،\n\nتوهان کي {role} جي نوڪريءَ لاءِ {dl} تي صبح 10 وڳي ڪارخاني ۾ انٽرويو لاءِ سڏيو وڃي ٿو. مهرباني ڪري پنهنجو شناختي ڪارڊ ساڻ آڻجو.\n\n{sig}\n{co}", "سنڌ اجرڪ ڪارخانو", "sindh-ajrak.example", role="ڇپائي مددگار", tz="pk", lang="sd")
wo("next_steps", "next-lang-pl", "Rekrutacja: {role} – dokumenty", "Dzień dobry {n},\n\nzapraszamy do kolejnego etapu na stanowisko {role}. Prosimy o przesłanie skanu uprawnień SEP i orzeczenia lekarskiego do {dl}. Bez tych dokumentów nie możemy umówić jazdy próbnej na budowę.\n\nPozdrawiamy,\n{sig}\n{co}", "Elektro-Wisła Sp. z o.o.", "elektrowisla.example", role="elektryk", tz="eu", lang="pl")
wo("next_steps", "next-lang-ru", "Вакансия «{role}»: следующий шаг", "Здравствуйте, {n}!\n\nПриглашаем вас на пробный день в типографию. Пожалуйста, подтвердите участие и пришлите копию трудовой книжки до {dl}, иначе место на пробный день получит другой кандидат.\n\nС уважением,\n{sig}\n{co}", "Типография «Северный лист»", "severny-list.example", role="печатник", tz="ru", lang="ru")
wo("next_steps", "next-lang-or", "{role} ପଦ: ଆବଶ୍ୟକ କାଗଜପତ୍ର", "ପ୍ରିୟ {n},\n\n{role} ପଦ ପାଇଁ ପରବର୍ତ୍ତୀ ପର୍ଯ୍ୟାୟକୁ ଆପଣଙ୍କୁ ବଛାଯାଇଛି। ଦୟାକରି {dl} ସୁଦ୍ଧା ଆପଣଙ୍କ ପରିଚୟପତ୍ର ଓ ପ୍ରମାଣପତ୍ର ପଠାନ୍ତୁ।\n\n{sig}\n{co}", "ପୁରୀ ହସ୍ତତନ୍ତ ସମବାୟ", "puri-handloom.example", role="ତନ୍ତୀ ସହାୟକ", tz="in", lang="or")
wo("offer", "offer-lang-pt", "Proposta – {role}", "Olá {n},\n\nGostámos muito do teste na cozinha! Queremos oferecer-lhe a vaga de {role}, a começar em {dl}. Diga-nos até sexta se aceita.\n\nCumprimentos,\n{sig}\n{co}", "Churrasqueira do Largo", "churrasqueiradolargo.example", role="ajudante de cozinha", tz="br", lang="pt")
wo("offer", "offer-lang-it", "Proposta di assunzione – {role}", "Gentile {n},\n\nsiamo lieti di proporle il posto di {role} nel nostro forno, con inizio il {dl}. Trova in allegato la lettera con orari e retribuzione.\n\nCordiali saluti,\n{sig}\n{co}", "Forno Sant'Ambrogio", "fornosantambrogio.example", role="aiuto fornaio", tz="eu", lang="it")
wo("offer", "offer-lang-kok", "{role} हुद्द्याची ऑफर", "मोगाचो {n},\n\n{co} हांगा {role} हुद्द्या खातीर तुमची वेंचणूक जाल्या. तुमी {dl} दिसा कामाक येवंक जाय.\n\n{sig}", "मांडवी मासळी बाजार सहकारी", "mandovi-fish.example", role="हिशेब सहायक", tz="in", lang="kok")
wo("recruiter_outreach", "pitch-lang-ar", "فرصة عمل: {role}", "مرحباً {n}،\n\nرأيت أعمالك المنشورة وأعجبتني. لدى أحد عملائنا في دبي وظيفة {role} بعقد سنة قابل للتجديد. هل لديك وقت لمكالمة قصيرة في الأيام القادمة؟\n\n{sig}\n{co}", "استوديو نخلة للتصميم", "nakhla-studio.example", role="مصمم واجهات", tz="ae", lang="ar")
wo("non_job_rejection_words", "loan-lang-as", "ঋণৰ আবেদন", "প্ৰিয় {n},\n\nআপোনাৰ ক্ষুদ্ৰ ঋণৰ আবেদন আমি পৰীক্ষা কৰিলোঁ। এইবাৰ ঋণ মঞ্জুৰ কৰিব পৰা নগ'ল। তিনি মাহৰ পিছত পুনৰ আবেদন কৰিব পাৰে।\n\n{sig}\n{co}", "ব্ৰহ্মপুত্ৰ চাহ বাগিচা কৰ্মচাৰী সমবায়", "brahmaputra-cha.example", role="", tz="in", lang="as")


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
    start = dt.date(2025, 1, 5)
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 30) - start).days))
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
    if lang in {"de", "ru", "uk", "pl", "bs"}:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if lang != "en":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if zone.startswith(("us", "ca", "ph", "ky")):
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
        rec["id"] = f"blind31:{short}-{counters[short]:03d}"
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
