# ruff: noqa: E501, S311
"""Write the thirty-third sealed blind slice for issue 11 (blind-slice-33.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 33 and later never read; our side printed)
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

SEED = 330331
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-33.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 33

RECIPIENTS = [
    "Oluwaseun Pemberton", "Clodagh Fennelly", "Thandeka Mokoena", "Rhys Llewellyn-Price", "Ishaan Kulkarni",
    "Wanjiru Kamau", "Declan Moriarty", "Efua Mensah-Bonsu", "Ma. Cristina Lualhati", "Ikechukwu Nwosu",
    "Tevita Fifita", "Aroha Whaanga", "Saoirse Kinsella", "Priyanka Iyer", "Jandre Swanepoel",
    "Adaeze Okonkwo", "Rohan D'Souza", "Tolulope Ashworth", "Eoghan Breathnach", "Busisiwe Zulu",
    "Deepika Raghunathan", "Otieno Wafula", "Barnaby Thistlewood", "Nadira Persaud", "Chiamaka Eze",
    "Refilwe Molefe", "Hui Ling Tan", "Kojo Asante", "Rochelle Baptiste", "Zubair Hussain",
    "Marcia Thompson-Reid", "Kalani Brightwater", "Huia Rangitaawa", "Grainne Tierney", "Kiprotich Langat",
    "Merin Varghese", "Adewale Hargreaves", "Akinyi Odhiambo", "Lovely Magbanua", "Callum Strachan",
    "Akosua Frimpong", "Renato Dimaculangan", "Tatenda Mapfumo", "Sneha Pillai", "Yaw Darko-Stevens",
    "Limbani Phiri", "Fatmata Kamara", "Arif Shamsuddin", "Ioana Leota", "Philomena Rafferty",
]
SIGNERS = [
    "Hyacinth Worsley", "Babatunde Adeyemi", "Perpetua Calloway", "Njeri Gathoni", "Kwabena Ansah",
    "Sudeshna Mukherjee", "Donal Scanlon", "Marlize Coetzee", "Imogen Fairweather", "Chinedu Obi",
    "Rosalinda Pangilinan", "Tamati Ngata", "Kgomotso Sithole", "Afua Boakye", "Jaspreet Sandhu",
    "Roisin Delaney", "Wairimu Kinyua", "Cressida Lomax", "Yaw Boadu", "Lizelle Pretorius",
    "Maeve Garrity", "Themba Dube", "Concepcion Abad", "Ewan Mackintosh", "Harriet Pell",
    "Segun Oladipo", "Colette Broussard", "Vikram Sethi", "Janelle Alleyne", "Losa Faleolo",
    "Pieter van der Walt", "Ntombi Cele", "Agatha Blenkinsop", "Esi Quaye", "Wendell Ramkissoon",
    "Rudo Chikwanha", "Serene Goh", "Matthieu Deschamps", "Philippa Ashdown", "Mphatso Nyirenda",
]
SIGNERS_IN = ["Meenakshi Sundaram", "Rajat Khanna", "Swati Kulkarni", "Prakash Hegde", "Nandini Rao", "Abhijit Sen"]
LANG_SIGNERS = {
    "ar": ["سلمى النجار", "طارق الزعبي"], "de": ["Henrike Pohl", "Matthias Kern"],
    "es": ["Valentina Ocampo", "Rodrigo Salcedo"], "fr": ["Awa Ndiaye", "Clément Morel"],
    "hi": ["रचना सक्सेना", "दीपक अग्रवाल"], "it": ["Chiara Benedetti", "Matteo Ferraro"],
    "ja": ["小林 恵理", "吉田 翔太"], "ko": ["박서연", "정우진"], "pt": ["Mariana Lopes", "João Pereira"],
    "ru": ["Ольга Миронова", "Денис Орлов"], "sw": ["Rehema Said", "Athumani Mfinanga"],
    "th": ["วรรณภา จันทร์เพ็ญ", "กิตติศักดิ์ บุญมา"], "tr": ["Selin Arslan", "Burak Demir"],
    "ur": ["نادیہ قریشی", "کامران بٹ"], "zh": ["王丽娜", "陈志强"],
    "bgc": ["सुमन दहिया", "राजबीर मलिक"], "hne": ["सरिता साहू", "भुनेश्वर वर्मा"],
    "mag": ["रीना कुमारी", "उमेश प्रसाद"], "gbm": ["कमला नेगी", "सुरेंद्र रावत"],
    "prs": ["فریبا احمدی", "نجیب الله صدیقی"], "aeb": ["سنية الطرابلسي", "منير بن سالم"],
    "acm": ["زينب الجبوري", "حيدر الساعدي"], "arq": ["نسيمة بوعزيز", "كريم بلقاسم"],
    "hmn": ["Paj Ntaub Vang", "Tub Nom Xiong"], "luo": ["Atieno Owino", "Omondi Okoth"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الحسيني", "يوسف القاسم"], "de": ["Mira Hoffmann", "Lukas Werner"],
    "es": ["Camila Arango", "Santiago Beltrán"], "fr": ["Léa Fontaine", "Ibrahima Sow"],
    "hi": ["नेहा गुप्ता", "राहुल यादव"], "it": ["Sara Colombo", "Alessandro Greco"],
    "ja": ["佐藤 彩花", "渡辺 健太"], "ko": ["김하은", "이준호"], "pt": ["Larissa Costa", "Gabriel Rocha"],
    "ru": ["Екатерина Волкова", "Артём Зайцев"], "sw": ["Amani Mollel", "Fatuma Hassan"],
    "th": ["ปิยะนุช สมบูรณ์", "อนุชา ศรีวงศ์"], "tr": ["Ayşe Çelik", "Can Öztürk"],
    "ur": ["مریم اعوان", "عثمان شیخ"], "zh": ["刘思琪", "赵文博"],
    "bgc": ["पूनम सांगवान", "अंकित हुड्डा"], "hne": ["गीता ध्रुव", "लखन पटेल"],
    "mag": ["प्रियंका कुमारी", "संतोष यादव"], "gbm": ["दीपा बिष्ट", "मोहन सिंह भंडारी"],
    "prs": ["مریم نوری", "احمد شاه رحیمی"], "aeb": ["أميرة الغربي", "وسيم الجلاصي"],
    "acm": ["رسل العبيدي", "مصطفى الخفاجي"], "arq": ["سارة مزياني", "ياسين حمادي"],
    "hmn": ["Nkauj Hnub Lee", "Txawj Thao"], "luo": ["Adhiambo Ochieng", "Otieno Ouma"],
}
GIVEN = {"Ma. Cristina Lualhati": "Cristina", "Hui Ling Tan": "Hui Ling", "Marcia Thompson-Reid": "Marcia", "Rohan D'Souza": "Rohan"}
PROVIDERS = ["kestrelpost", "baobabmail", "tuimail", "weaverbox", "puffinpost", "jacarandaline"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"), "usm": ("-0700", "-0600", "n"),
    "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"), "cap": ("-0800", "-0700", "n"),
    "cam": ("-0700", "-0600", "n"), "can": ("-0330", "-0230", "n"), "in": ("+0530", None, ""),
    "au": ("+1000", "+1100", "s"), "aus": ("+0930", "+1030", "s"), "auq": ("+1000", None, ""),
    "za": ("+0200", None, ""), "ng": ("+0100", None, ""), "sg": ("+0800", None, ""),
    "gh": ("+0000", None, ""), "ke": ("+0300", None, ""), "ph": ("+0800", None, ""),
    "nz": ("+1200", "+1300", "s"), "jm": ("-0500", None, ""), "bs": ("-0500", "-0400", "n"),
    "bz": ("-0600", None, ""), "lc": ("-0400", None, ""), "gy": ("-0400", None, ""),
    "bm": ("-0400", "-0300", "n"), "ug": ("+0300", None, ""), "zm": ("+0200", None, ""),
    "bw": ("+0200", None, ""), "lk": ("+0530", None, ""), "mt": ("+0100", "+0200", "n"),
    "fj": ("+1200", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "ru": ("+0300", None, ""), "cn": ("+0800", None, ""), "eg": ("+0200", "+0300", "n"),
    "mx": ("-0600", None, ""), "br": ("-0300", None, ""), "tr": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "th": ("+0700", None, ""), "tz": ("+0300", None, ""),
    "af": ("+0430", None, ""), "iq": ("+0300", None, ""), "tn": ("+0100", None, ""),
    "dz": ("+0100", None, ""), "sn": ("+0000", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind33-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- mix: ordinary ATS-shaped refusals

mr("ats-workday-req", "Update on requisition R-{ref}: {role}",
   "Hello {n},\n\nThe hiring group for {role} (R-{ref}) has wrapped up its shortlist. Yours was read in full, and the hiring group has left it off the interview list.\n\nYour candidate home now lists this requisition as: Closed - Not Selected.\nAny saved applications for other openings are untouched.\n\n{co} Talent Acquisition",
   ("Northline Signalling", "Prairie Grain Terminals"), ("northline-signal.example", "prairiegrain.example"), frm="{co} Workday <wd-notify@{dom}>", role=("Signalling Design Technician", "Elevator Operations Lead"), tz=("uk", "cam"))
mr("ats-greenhouse-climb", "Your application to {co}",
   "Hi {n},\n\nStoked that you went for {role}. We had a stack of route-setters and floor staff apply, and after going through them as a team we've landed on a few people whose walls we already know. You aren't among those we'll be calling.\n\nClimb safe, and keep an eye on our board for autumn hires.\n\n{sig}\n{co}",
   ("Cragloft Climbing", "Boulderhaus Gyms"), ("cragloft.example", "boulderhaus.example"), frm="{co} <no-reply@greenhouse-mail.{dom}>", role=("Route Setter", "Floor Supervisor"), tz=("uk", "nz"))
mr("ats-lever-furnish", "{role} at {co}",
   "{n} - short one from me. We picked two other folks for {role} this time around, so we'll stop your process here. Appreciate you spending the time on it.\n\n{sig}, {co}",
   ("Roomlet Furniture Rental", "Nuru Solar Lanterns"), ("roomlet.example", "nurulanterns.example"), frm="{sig} <{sl}@hire.lever-mail.{dom}>", role=("Ops Associate", "Field Sales Rep"), tz=("usp", "ke"))
mr("ats-smart-card", "{co}: application result",
   "<html><body><table style=\"border:1px solid #ccd\"><tr><td><b>{co}</b></td></tr><tr><td>Role: {role}</td></tr><tr><td>Ref: {ref}</td></tr><tr><td>Outcome: <b>Closed - other candidates progressed</b></td></tr><tr><td>Hi {n}, our recruiters finished screening for this role and chose other profiles to continue. Thanks for applying with us.</td></tr></table></body></html>",
   ("Lucayan Marina Group", "Cayo Tours Belize"), ("lucayanmarina.example", "cayotours.example"), frm="{co} via SmartRecruiters <jobs@{dom}>", role=("Dockmaster Assistant", "Reef Tour Coordinator"), tz=("bs", "bz"))
mr("ats-icims-transit", "Regarding your application - {role}",
   "Dear {n},\n\nYour application for {role} (Job ID {ref}) was assessed against the posting's listed qualifications, the required ones and the preferred ones. The department has elected to proceed with a different group of applicants, so this requisition shows your file as closed.\n\nYou may review or withdraw other submissions from your profile.\n\nHuman Resources\n{co}",
   ("Tri-Valley Regional Transit", "Harbourtown Public Library Foundation"), ("trivalleytransit.example", "htplfoundation.example"), frm="{co} Careers <icims@{dom}>", role=("Paratransit Scheduler", "Development Associate"), tz=("usc", "cae"))
mr("ats-taleo-coop", "Job Submission Status Change - {role} ({ref})",
   "Dear {full},\n\nThis is an automated notice regarding Job Number {ref}, {role}.\n\nThis posting is now filled. Submissions that were not chosen have been moved to the status 'Archived - Position Filled'. Where a merit eligibility list applies, only the top-ranked candidates are retained on it.\n\nReplies to this mailbox go unread.\n{co} Employment Services",
   ("Bluestem Rural Electric Cooperative", "Great Lakes Lottery Corporation"), ("bluestemrec.example", "gllottery.example"), frm="{co} <taleo-no-reply@{dom}>", role=("Line Apprentice", "Retailer Support Analyst"), tz=("usc", "cae"))
mr("ats-ashby-founder", "{role} - where we got to",
   "Hi {n},\n\nI'm one of the two founders, and a template felt wrong for this one. We talked it through last night and we're hiring someone who has already wired pick-to-light systems into a warehouse robot fleet, which is the bit we need from week one. Your background is strong on the software side, but that integration experience is what decided it.\n\nGo well,\n{sig}\n{co}",
   "Palletpilot Robotics", "palletpilot.example", frm="{sig} <{sl}@ashbyhq-mail.{dom}>", role="Integration Engineer", tz="usm")
mr("ats-workable-scoop", "{co} - your application",
   "Hey {n},\n\nLoved getting your application to scoop and serve with us. We had heaps of them, and the counter team is now full of folk who can do the early Saturday shifts, so there'll be no taster shift for you this time.\n\nMaybe see you in the queue!\n{sig} @ {co}",
   ("Drumlanrig Ices", "Bells Beach Surf Cafe"), ("drumlanrigices.example", "bellsbeachcafe.example"), frm="{co} <noreply@workablemail.{dom}>", role=("Counter Assistant", "Barista"), tz=("uk", "au"))
mr("ats-bamboo-physio", "{role} position at {co}",
   "Dear {n},\n\nThe {role} opening at {co} has been filled by a clinician we met earlier in the month, and every application from this round, yours included, is now closed.\n\nKind regards,\n{sig}\nPractice Manager",
   ("Kelvinside Physiotherapy", "Riverstone Chiropractic"), ("kelvinsidephysio.example", "riverstonechiro.example"), frm="{co} <notifications@bamboohr-mail.{dom}>", role=("Band 6 Physiotherapist", "Associate Chiropractor"), tz=("uk", "au"))
mr("ats-teamtailor-nursery", "About your application at {co}",
   "Hi {n}!\n\nA quick hello from the team at {co}. We really liked reading about you, but for the {role} spot a couple of other applicants go ahead who've worked in a similar setup before.\n\nDo apply again when we post later in the year.\n\nWarmly,\n{sig}",
   ("Fernhollow Plant Nursery", "Spokesafe Courier Co-op"), ("fernhollow.example", "spokesafe.example"), frm="{co} <jobs@teamtailor-mail.{dom}>", role=("Propagation Assistant", "Cargo Bike Rider"), tz=("uk", "ie"))
mr("ats-personio-alpine", "{role}: our decision",
   "Dear {n},\n\nour team at {co} has now reviewed all documents sent in. The position went to another applicant whose profile matches our requirements more exactly.\n\nUnder data protection law your documents are erased six months after this message.\n\nWith kind regards\n{sig}\nHR, {co}",
   ("Brandtner Bindungen GmbH", "Chocolaterie Aebischer AG"), ("brandtner-bindungen.example", "aebischer-choc.example"), frm="{co} <jobs@personio-mail.{dom}>", role=("Production Planner", "Export Sales Assistant"), tz=("eu", "eu"))
mr("ats-pinpoint-hospice", "{role}: shortlisting result",
   "Dear {n},\n\nShortlisting for {role} finished on Monday. Two panel members marked every application on the six essential criteria. Yours came to 17 out of 36; the lowest score that earned an interview was 25, which leaves you outside the interview list this round.\n\nWe hope this detail is useful.\n\nPeople Team, {co}",
   ("St Brigid's Hospice", "Valley Community Energy"), ("stbrigidshospice.example", "valleyenergy.example"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Fundraising Officer", "Energy Advice Coordinator"), tz=("uk", "uk"))
mr("ats-growers-vanilla", "{role} - applicants list",
   "Dear {n},\n\nThe committee of {co} met on Thursday to pick the people for {role}. Your name was not among the ones picked, and so your application ends here.\n\nYou may try again at the next intake.\n\n{sig}\nSecretary",
   ("Mukono Vanilla Growers", "Mansa Honey Producers"), ("mukonovanilla.example", "mansahoney.example"), role=("Curing Shed Supervisor", "Apiary Field Officer"), tz=("ug", "zm"))
mr("ats-shea-mill", "Application Feedback - {role}",
   "Dear {n},\n\nManagement has reviewed all candidates for {role}; the shortlist went out without your name on it.\n\nMay your next application bring better fortune.\n\nFor: Human Resource Department\n{co}",
   ("Tamale Shea Processing Ltd", "Okomu Palm Oil Mill"), ("tamaleshea.example", "okomupalm.example"), role=("Quality Control Officer", "Boiler Attendant"), tz=("gh", "ng"))
mr("ats-knit-export", "Regarding your application for {role}",
   "Dear {n},\n\nThe selection for {role} has been completed. Your candidature was not taken up for the next round.\n\nWe shall keep your details for similar openings.\n\nRegards,\n{sig}\nHR Department, {co}",
   ("Tiruppur Knitfab Exports", "Surat Synthetic Weaves"), ("tiruppurknitfab.example", "suratweaves.example"), role=("Merchandiser", "Shift Supervisor - Looms"), tz=("in", "in"))
mr("ats-rice-mill", "Your application - {role}",
   "Good day {n},\n\nThe mill manager has made his choice for {role} at {co}; your application stops with this letter.\n\nAll the best.\n{sig}\nAdministration",
   "Essequibo Rice Millers", "essequiborice.example", role="Mill Electrician", tz="gy")
mr("ats-citrus", "{co} - {role}",
   "Hi {n},\n\nWe have filled the {role} role from our shortlist. Our thanks for thinking of {co} and the valley.\n\nRegards,\n{sig}",
   "Stann Creek Citrus Processors", "stanncreekcitrus.example", role="Juice Plant Lab Technician", tz="bz")
mr("ats-igaming", "Your application at {co}",
   "Hi {n},\n\nOur team held your {role} application up against what the squad needs right now, and we've decided to continue without it. We're hiring a lot this year, so feel free to look at other openings.\n\nCheers,\nTalent team | {co}",
   "Spinward Gaming Malta", "spinward.example", role="Payments Risk Analyst", tz="mt")
mr("ats-linen", "{role} vacancy",
   "Dear {n},\n\nInterviews for {role} at {co} took place last week. The finishing room goes to the applicant we offered it to, who said yes on Friday. A pity for you, I know.\n\nYours sincerely,\n{sig}\nOffice Manager",
   "Lagan Linen Works", "laganlinen.example", role="Finishing Room Supervisor", tz="uk")
mr("ats-maple", "Application - {role}",
   "Hello {n},\n\nHiring for the sugar shack crew at {co} is complete for this sugaring season, and every {role} spot is taken.\n\nThank you,\n{sig}",
   "Beauce Maple Co-operative", "beaucemaple.example", role="Sugar Shack Evaporator Hand", tz="cae")
mr("ats-orchard", "Picking season crew - {co}",
   "G'day {n},\n\nThe picking crew at {co} is full for this harvest; no room for you on it. Good luck finding a spot elsewhere in the valley.\n\n{sig}\nCrew Coordinator",
   "Huon Ridge Orchards", "huonridge.example", role="Apple Picker", tz="au")
mr("ats-film-hire", "{role} - {co}",
   "Kia ora {n},\n\nWe've been through everyone for {role}, and a person who knows our lens inventory already gets the job. Your application stops here.\n\nNgā mihi,\n{sig}\n{co}",
   "Matariki Camera Hire", "matarikicamera.example", role="Rental Desk Technician", tz="nz")
mr("ats-reinsurer", "Your application for {role}",
   "Dear {n},\n\nOur underwriting leads went through your {role} file at {co}, and your candidacy ends at this stage. The catastrophe-model samples you sent were noticed.\n\nKind regards,\nHuman Resources\n{co}",
   "Somers Isles Re", "somersislesre.example", frm="{co} HR <careers@{dom}>", role="Catastrophe Modelling Analyst", tz="bm")
mr("ats-dairy-ug", "Application for {role}",
   "Dear {n},\n\nYour papers for the above post were considered at shortlisting and were not successful. {co} appreciates your interest.\n\nYours faithfully,\n{sig}\nHuman Resource Manager",
   "Kiruhura Beef Ranchers", "kiruhurabeef.example", role="Cattle Collection Supervisor", tz="ug")
mr("ats-gloves-lk", "Candidacy for {role}",
   "Dear {n},\n\nOur selection panel evaluated your application for {role}; an interview call will not follow this time.\n\nThank you,\nHR Division\n{co}",
   "Kelani Glove Industries", "kelaniglove.example", role="Process Engineer", tz="lk")
mr("ats-water-fj", "{role} - application",
   "Bula {n},\n\nThe interviews for {role} at {co} are done and a candidate has accepted the job; the job will not be coming your way this time.\n\nVinaka,\n{sig}\nHR Officer",
   "Nadarivatu Spring Water", "nadarivatuspring.example", role="Bottling Line Technician", tz="fj")

# ---------------------------------------------------------------- mix: thread replies, decision as another's hire
mr("thread-bursar", "RE: [EXT] Re: Deputy Bursar - next steps",
   "Hi {n},\n\nTuesday was a pleasure, and your questions about the boarding fees ledger were sharp. The governors met yesterday, and they've asked Marguerite, the deputy bursar at our sister school, to take the post from September. She knows both budgets already, and that tipped it.\n\nWishing you well for the autumn term.\n\nBest wishes,\n{sig}\nHead's PA, {co}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: Deputy Bursar - next steps\n\nHi {sf}, any word yet from Tuesday's panel with the governors? {n}",
   ("Ashcombe College", "St Enda's Grammar"), ("ashcombe.example", "stendas.example"), tz=("uk", "ie"))
mr("thread-podcast", "Re: [EXT] Re: Edit producer chat",
   "{n}, thanks so much for the edit test, that cold open you cut was lovely. We've now gone with Jonty, who freelanced with our showrunner at her last network and can start on the next season straight away.\n\nCan I ping you when we need a guest editor for a week?\n\n{sig}\n\nOn {q}, {full} <{box}@mail.example> wrote:\n> Hi {sf}, attaching the revised edit. Happy to talk through choices. {n}",
   ("Longwave Audio", "Kettle Lane Podcasts"), ("longwaveaudio.example", "kettlelane.example"), tz=("uk", "au"))
mr("thread-groundsman", "RE: [EXT] RE: Head Groundsperson interview",
   "Morning {n},\n\nCheers for walking the square with us on Saturday and for the notes on the outfield drainage. The committee voted last night to give the role to Dylan, who has been our assistant for four seasons and is stepping up.\n\nHope the new season treats you well,\n{sig}\nChair, {co}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: RE: Head Groundsperson interview\n\nThanks {sf}, good to meet the committee. When might I hear? {n}",
   ("Penwortham Cricket Club", "Karori Park Cricket Club"), ("penworthamcc.example", "karoripark.example"), tz=("uk", "nz"))
mr("thread-organist", "Re: [EXT] Re: Director of Music",
   "Dear {n},\n\nYour Sunday evening playing was a gift; the choir talked about your Howells for days. After much prayer and discussion the PCC has appointed Fr. Alban's assistant organist, Ruth, who has kept the music going since Easter.\n\nWith every blessing,\n{sig}\nChurchwarden\n\nOn {q} {full} wrote:\n> Dear {sf}, it was lovely to be made so welcome on Sunday. {n}",
   ("St Aldhelm's Church", "Christ Church Cathedral Choir"), ("staldhelms.example", "christchurchchoir.example"), tz=("uk", "ie"))
mr("thread-gis", "RE: [EXT] Re: GIS Analyst - follow up",
   "Hi {n},\n\nThanks again for the map portfolio; the flood-extent story map was a real highlight. The team has decided to bring in Kwesi, the contractor who built most of our current layers, on a permanent basis.\n\nWishing you well,\n{sig}\n{co}\n\n________________________________\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: GIS Analyst - follow up\n\nHi {sf}, good to talk last week - happy to send more samples. {n}",
   ("Catchment Mapping Ltd", "Westland Survey Partners"), ("catchmentmapping.example", "westlandsurvey.example"), tz=("uk", "cae"))
mr("thread-events", "RE: [EXT] Re: Events Coordinator",
   "Hi {n},\n\nMeeting you last Thursday was a treat. We had a tough call, and in the end the role is going to Precious, who has been temping with the conference office since March and already runs our graduation week.\n\nThe plan you brought was thoughtful, and we noticed.\n\nKind regards,\n{sig}\n{co}\n\nFrom: {full}\nSent: {q}\nSubject: Re: Events Coordinator\n\nDear {sf}, thank you for meeting me. I enjoyed hearing about the graduation season. Best, {n}",
   ("University of Wessex Conference Office", "Rand Institute of Technology Events"), ("wessexconf.example", "randtechevents.example"), tz=("uk", "za"))
mr("thread-procure", "Re: [EXT] Procurement Officer",
   "Hi {n},\n\nApologies for the slow reply after the interview. The post has gone to Hemi from the regional framework team, who has run the last two tenders for us on secondment.\n\nAll the best,\n{sig}\n\nOn {q}, {full} wrote:\n> Kia ora {sf}, wondering where things are at with the procurement role? Ngā mihi, {n}",
   ("Waikato Shared Services", "Southern Lakes Health Procurement"), ("waikatoshared.example", "southernlakesproc.example"), tz=("nz", "nz"))
mr("thread-agronomist", "RE: [EXT] Re: Agronomist interview - Kumasi",
   "Dear {n},\n\nThank you for travelling to Kumasi for the field visit and the interview. Management has now appointed Mr Osei, who ran our outgrower trials in Ejura last season as a consultant.\n\nWe appreciate your interest and the effort you made.\n\nBest regards,\n{sig}\n{co}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: Agronomist interview - Kumasi\n\nDear {sf}, following up kindly on my interview of last week. {n}",
   "Ashanti Grain Partners", "ashantigrain.example", tz="gh")
mr("thread-biomed", "RE: [EXT] Re: Biomedical Engineer",
   "Hi {n},\n\nGood of you to come through to Kisumu and to spend the morning with the theatre equipment. The board has settled on Dr Wekesa's nominee, an engineer who did his attachment here and already services our anaesthesia machines.\n\nRegards,\n{sig}\nHR, {co}\n\nFrom: {full}\nSent: {q}\nSubject: Re: Biomedical Engineer\n\nGood afternoon, kindly update me on the biomedical engineer post. {n}",
   "Lakeside Mission Hospital", "lakesidemission.example", tz="ke")

# ---------------------------------------------------------------- mix: clear refusals under long footers
mr("footer-garden", "Your application to {co}",
   "Hi {n},\n\nEvery seasonal place for this year is now taken, so your application as {role} ends here.\n\n----\nGrow with us: our spring bulb sale is on now in every store.\nGreen Card members earn double points every Tuesday.\nJobs you might like: Weekend Cashier (2 stores), Delivery Driver, Aquatics Assistant.\nManage alerts | Unsubscribe | Store finder\n{co} Ltd, company no. 0488{ref}, Unit 4, Mill Lane Trading Estate.\nYour data is handled under our Candidate Privacy Notice.",
   ("Greenacre Garden Centres", "Bramblewick Garden Centres"), ("greenacregc.example", "bramblewick.example"), frm="{co} Careers <careers@{dom}>", role=("Seasonal Plant Area Assistant", "Seasonal Cafe Assistant"), tz=("uk", "uk"))
mr("footer-rail", "{role} - application outcome",
   "Dear {n},\n\nYour application for {role} was reviewed against our safety-critical screening. It fell below the bar for this intake, and we've closed it.\n\n________\nPlanning a journey? Check live departures before you travel.\nEngineering works: weekend replacement buses on the coast line.\nFollow us for service updates.\nMisdelivered? Erase this mail and tell our Carlisle office; its contents belong to the addressee alone.\n{co} Limited, a company in the Transport Holdings group.",
   ("Coastway Trains", "Northern Lakes Railway"), ("coastwaytrains.example", "nlakesrail.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Trainee Train Dispatcher", "Customer Host"), tz=("uk", "uk"))
mr("footer-bus", "{co}: your application",
   "Hi {n},\n\nBad news, sorry: the {role} intake is full and the seats have gone to other applicants.\n\n=====\nTap on, tap off: contactless caps now apply on every route.\nLost property: call our depot desk within 7 days.\nCareers: new driver academy dates announced monthly.\nPrivacy | Terms | Accessibility\nThis inbox isn't monitored.",
   "Rangitoto Coachlines", "rangitotocoach.example", frm="{co} <jobs@{dom}>", role="Bus Driver Trainee", tz="nz")
mr("footer-uni", "Application update: {role}",
   "Dear {n},\n\nShortlisting for {role} at {co} is complete; the interview invitations have gone to other applicants.\n\nCareers at {co}\nDiversity makes our university stronger, and we hire on merit alone.\nAthena Swan Silver | Disability Confident Leader | Living Wage Employer\nReplies here land in an unwatched inbox. To stop job alerts, update your preferences.\nRead our recruitment privacy statement on our website.",
   "University of the Southern Coast", "southerncoast.example", frm="{co} Jobs <jobs@{dom}>", role="Research Assistant in Coastal Ecology", tz="uk")
mr("footer-fashion", "About your {co} application",
   "Hey {n},\n\nThe {role} hunt is done! We went through everyone, and this round isn't yours.\n\nNEW IN: the autumn knit edit\nFree returns within 30 days | Student discount with ID\nDownload the app for early drops\nThis came to you because of your careers-site application.\n{co} Retail (Pty) Ltd. Terms apply. Unsubscribe.",
   "Kloof Street Clothing", "kloofstreet.example", frm="{co} Careers <hello@{dom}>", role="Visual Merchandiser", tz="za")
mr("footer-pharma-ng", "Re: Application for {role}",
   "Dear {n},\n\nYour application for {role} was unsuccessful. Our thanks for considering us.\n\n--\nNOTICE: meant for the addressee only; privilege not waived. {co} does not request payment from applicants at any stage of recruitment; report any such request to our compliance desk.\nRC 1184{ref}. Head office: 22 Marina Road, Lagos Island.\nStay healthy: our stores open 8am to 9pm daily.",
   "Lagoonside Pharmacy Stores", "lagoonsidepharm.example", frm="{co} HR <hr@{dom}>", role="Pharmacy Technician", tz="ng")

# ---------------------------------------------------------------- mix: hedged refusals
mr("hedge-archive", "Your application for {role}",
   "Dear {n},\n\nThe panel enjoyed meeting you last week. It was a close field. The candidates we are taking forward had handled born-digital records at a larger scale, and the panel felt that fitted the collection's next two years a shade better.\n\nThe archive's blog posts new roles each spring.\n\n{sig}\n{co}",
   ("Thamesmead Heritage Archive", "Limerick Diocesan Records"), ("thamesmeadarchive.example", "limerickrecords.example"), role=("Digital Archivist", "Records Officer"), tz=("uk", "ie"))
mr("hedge-another-way", "{role} - an update",
   "Hi {n},\n\nThree rounds with us is a lot of your time. After much debate we're taking the {role} hire in another direction, toward someone earlier in their career.\n\nReally appreciate you,\n{sig}\n{co}",
   "Ridgeback Studios", "ridgeback.example", role="Community Manager", tz="usp")
mr("hedge-irrigation", "Feedback on {role}",
   "Dear {n},\n\nThe panel found your background strong at interview; however, other candidates had more hands-on experience with drip irrigation design for smallholders, which matched our programme slightly more closely.\n\nGood luck with your next field season.\n\nRegards,\n{sig}\n{co}",
   ("Volta Basin Irrigation Trust", "Rift Valley Water Partners"), ("voltabasin.example", "riftwater.example"), role=("Irrigation Engineer", "Field Engineer"), tz=("gh", "ke"))
mr("hedge-bakery-sg", "{role} at {co}",
   "Hi {n},\n\nThe kaya tarts you brought to the interview were a hit. We've chosen someone whose central-kitchen experience lines up a bit more with our expansion plans.\n\nBest,\n{sig}",
   "Tiong Bahru Bake Lab", "tbbakelab.example", role="Central Kitchen Supervisor", tz="sg")
mr("hedge-school-jm", "{role} - {co}",
   "Good afternoon {n},\n\nThe interview was a pleasure. On balance, the board felt that another applicant's experience with CSEC exam preparation was a little more suited to the needs of the department this year.\n\nBlessings,\n{sig}\nPrincipal",
   "Mandeville Hills High School", "mandevillehills.example", role="Mathematics Teacher", tz="jm")
mr("hedge-botswana", "Application: {role}",
   "Dear {n},\n\n{co} received strong applications, and the profiles that fit our current operational needs most closely came from candidates with cold-chain experience. We have therefore chosen to proceed with them.\n\nKind regards,\n{sig}",
   "Kalahari Fresh Logistics", "kalaharifresh.example", role="Depot Controller", tz="bw")
mr("hedge-edtech-ph", "{role} application",
   "Hi {n},\n\nThanks so much for taking our assessment. We really enjoyed your sample lesson! In the end, we've chosen a tutor whose timezone overlaps with more of our Japanese learners, since that's where most of our bookings are.\n\nTake care po,\n{sig}\n{co}",
   "Lakbay English Online", "lakbayenglish.example", role="Online English Tutor", tz="ph")

# ---------------------------------------------------------------- mix: recruiter follow-up, decision and another role
mr("recruiter-actuarial", "Following up on {co}",
   "Hi {n},\n\nGood to speak just now. Putting it in writing like I said: the client has plumped for the second finalist on the pricing role. Tough after three rounds, I know.\n\nAnd the other one we touched on - a reserving analyst contract with a Lloyd's syndicate, six months, hybrid from Leadenhall Street. Say the word today and your CV goes over this afternoon.\n\n{sig}\nConsultant, {co}",
   ("Castlegate Search", "Liffey Talent Partners"), ("castlegate.example", "liffeytalent.example"), tz=("uk", "ie"))
mr("recruiter-mining-tech", "Update + another role",
   "Hey {n},\n\nThanks for the call. Writing it down so it's clear: the Pilbara client has picked a candidate already on site for the maintenance planner role.\n\nBut there's a shutdown coordinator gig in Kalgoorlie, 8/6 roster, start next month, right up your alley. Keen? I can get you on the phone with the site lead.\n\n{sig}\n{co}",
   ("Redearth Recruitment", "Southern Cross Talent"), ("redearthrec.example", "southerncrosstalent.example"), tz=("au", "au"))
mr("recruiter-ng-bank", "Re: Our conversation today",
   "Dear {n},\n\nAs I said on our call, the Key Account Manager position has gone to a different candidate.\n\nHowever, a haulage firm in Abuja is looking for a Depot Operations Lead and your profile is very relevant. Kindly confirm if I can present you.\n\nWarm regards,\n{sig}\n{co}",
   "Zuma Rock Talent", "zumarocktalent.example", tz="ng")
mr("recruiter-in-pharma", "Status of your profile",
   "Hi {n},\n\nLike I told you on call, the regulatory affairs role went to someone with a shorter notice period.\n\nThere is another opening with a formulations company in Ahmedabad, Regulatory Executive, similar CTC. Please share your go-ahead and I will forward your profile today.\n\nRegards,\n{sig}\n{co}",
   "Sabarmati Staffing", "sabarmatistaffing.example", tz="in")
mr("recruiter-ke-ngo", "Feedback from the client",
   "Hi {n},\n\nGood chatting earlier. The grants officer post in Nairobi has gone to someone else.\n\nA sister NGO in Eldoret wants a Finance and Admin Officer from next month. You'd fit that team. Shall I put you forward?\n\nBest,\n{sig}\n{co}",
   "Savannah People Partners", "savannahpeople.example", tz="ke")

# ---------------------------------------------------------------- mix: public-sector notices
mr("public-merit-order", "{role} (ref {ref}): outcome",
   "Dear {n},\n\nThe {role} assessment round is complete. All candidates who met the standard at interview were placed in merit order. Your position in that order was not high enough to receive an offer, and the reserve list has been filled by higher-scoring candidates.\n\nYour scores are in your account.\n\nResourcing Team, {co}",
   ("Department for Rural Affairs", "Office of the Valuation Agency"), ("ruralaffairs-gov.example", "valuationagency-gov.example"), frm="{co} <noreply@civil-service-jobs.{dom}>", role=("Executive Officer", "Higher Executive Officer"), tz=("uk", "uk"))
mr("public-screened-out", "Selection process {ref} - screening results",
   "Dear {full},\n\nSelection process {ref}, {role}: update on your application.\n\nResult: screened out. Reason: Essential qualification - Experience (EX2) not demonstrated.\n\nThe assessment board's decision is final for this process. You may request informal discussion within 5 days.\n\nStaffing Services, {co}",
   ("Fisheries and Harbour Services Canada", "Parks and Heritage Agency of Canada"), ("fhsc-gc.example", "phac-gc.example"), frm="{co} <no-reply@jobs-gc.{dom}>", role=("Program Officer (PM-02)", "Interpretation Officer (GT-03)"), tz=("cae", "can"))
mr("public-psc-cutoff", "Result of preliminary examination - {role}",
   "Dear Candidate,\n\nPreliminary examination results for {role} are out. Your roll number was not found among the roll numbers qualifying for the main examination, as your marks fall below the category cut-off.\n\nMarks will be available on the candidate portal.\n\nSecretary\n{co}",
   ("State Subordinate Services Board", "State Forest Services Board"), ("sssb-gov.example", "sfsb-gov.example"), frm="{co} <results@{dom}>", role=("Assistant Section Officer", "Forest Guard"), tz=("in", "in"))
mr("public-cancelled-jm", "Vacancy {ref}: {role}",
   "Dear {n},\n\nThe Ministry advises that the vacancy for {role} advertised in June has been withdrawn following a restructuring of the unit. The Permanent Secretary has approved no appointment, and the Ministry has closed the file on every application.\n\nWith appreciation for your readiness to serve the Ministry.\n\nHuman Resource Management Branch\n{co}",
   "Ministry of Water and Housing", "mowh-gov.example", role="Senior Engineer (Water Supply)", tz="jm")
mr("public-ineligible-ug", "Shortlisting results: {role}",
   "Dear Applicant,\n\nThe Appointments Board considered your application for {role}. You were found INELIGIBLE: the post requires a master's degree in a relevant field, and the transcript submitted was for a postgraduate diploma.\n\nSecretary, Appointments Board\n{co}",
   "Mbarara Institute of Science", "mbararascience.example", role="Assistant Lecturer, Agribusiness", tz="ug")

# ---------------------------------------------------------------- mix: bare ATS statuses
mr("status-bare", "Application status changed",
   "Hi {n},\n\nYour application for {role} (ref {ref}) has a new status:\n\nNo longer being reviewed\n\nSign in to {co} Careers to see details.",
   ("Harrowgate Foods", "Ottawa Valley Credit Union"), ("harrowgatefoods.example", "ovcu.example"), frm="{co} Careers <status@{dom}>", role=("Line Leader", "Member Service Rep"), tz=("uk", "cae"))
mr("status-table", "Status update: {role}",
   "<html><body><p>Hello {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Position</th><th>Stage</th><th>Status</th></tr><tr><td>{role}</td><td>Review</td><td>Closed - not progressing</td></tr></table><p>{co} Talent</p></body></html>",
   ("Sunbelt Home Health", "Wellington Harbour Ferries"), ("sunbelthealth.example", "wgtnferries.example"), frm="{co} Talent <talent@{dom}>", role=("Home Health Aide", "Deckhand"), tz=("usc", "nz"))
mr("status-za", "Status: {role}",
   "Dear {n}\n\nYour application for {role} is now at: Declined at screening.\n\nRegards\n{co} Careers",
   "Umhlanga Retail Holdings", "umhlangaretail.example", frm="{co} <careers@{dom}>", role="Store Controller", tz="za")
mr("status-sg", "Application update",
   "Hi {n}, your application for {role} at {co} has been moved to: Inactive - not selected for next stage. Log in to view other roles.",
   "Marina Bay Facilities", "mbfacilities.example", frm="{co} HR <hr-noreply@{dom}>", role="Facilities Executive", tz="sg")

# ---------------------------------------------------------------- mix: internship / graduate programme decisions
mr("intern-law", "{co} Summer Vacation Scheme - decision",
   "Dear {n},\n\nOur Summer Vacation Scheme drew over 2,600 applications for 44 places this year. After looking at your application and test results, we cannot give you one of those places.\n\nNext year's training contracts open in the autumn, should you wish to try.\n\nGraduate Recruitment, {co}",
   ("Harcourt Lyle LLP", "Fitzwilliam Quay Solicitors"), ("harcourtlyle.example", "fitzwilliamquay.example"), frm="{co} Graduate Recruitment <grads@{dom}>", tz=("uk", "ie"))
mr("intern-grad-eng", "{co} Graduate Programme 2026",
   "Hi {n},\n\nOur virtual assessment centre is over and the 2026 graduate cohort is final; the cohort list went out without you this year. Your group-exercise feedback is attached to your profile.\n\nBest of luck with your final semester.\n\nEarly Careers Team, {co}",
   ("Tasman Grid", "Murray Basin Water"), ("tasmangrid.example", "murraybasinwater.example"), frm="{co} Early Careers <earlycareers@{dom}>", tz=("au", "aus"))
mr("intern-ke-attach", "Industrial attachment application",
   "Dear {n},\n\nReference is made to your request for industrial attachment at {co}. Every slot for May to August has already been given out. Kindly apply for the next period.\n\n{sig}\nHuman Resource Office",
   "Kenya Rail Logistics", "kenyaraillog.example", tz="ke")
mr("intern-in-ngo", "Internship 2026 - update",
   "Dear {n},\n\nSelections for the 12 seats in the {co} summer fellowship are complete after the interview round, and the final list of fellows leaves you out.\n\nRegards,\nFellowship Team",
   "Pragati Rural Fellowship", "pragatifellowship.example", tz="in")
# ---------------------------------------------------------------- mix: confirmations with refusal talk (twins)

mo("application_received", "ats-workday-req-ack", "Application received: {role} (R-{ref})",
   "Hello {n},\n\nRequisition R-{ref} ({role}) now has your application on it. The hiring group reads every submission before the shortlist is drawn up.\n\nIf yours isn't picked for interview, your candidate home flips to Closed - Not Selected and an email follows the same day. Until then it will read In Review.\n\n{co} Talent Acquisition",
   ("Northline Signalling", "Prairie Grain Terminals"), ("northline-signal.example", "prairiegrain.example"), frm="{co} Workday <wd-notify@{dom}>", role=("Signal Maintainer", "Grain Inspector Trainee"), tz=("uk", "cam"))
mo("application_received", "ats-greenhouse-climb-ack", "Thanks for applying to {co}",
   "Hi {n},\n\nYour application for {role} landed safely. The whole team looks at applications together on Mondays. Whether we want to chat or we've settled on other climbers, one of the setters writes back personally, never a bot.\n\n{sig}\n{co}",
   ("Cragloft Climbing", "Boulderhaus Gyms"), ("cragloft.example", "boulderhaus.example"), frm="{co} <no-reply@greenhouse-mail.{dom}>", role=("Youth Coach", "Front Desk Host"), tz=("uk", "nz"))
mo("application_received", "ats-lever-furnish-ack", "Got it - {role}",
   "{n}, your {role} application came through. I read every one myself. If I end up picking other folks, a line from me lands here so nobody's left wondering.\n\n{sig}, {co}",
   ("Roomlet Furniture Rental", "Nuru Solar Lanterns"), ("roomlet.example", "nurulanterns.example"), frm="{sig} <{sl}@hire.lever-mail.{dom}>", role=("Delivery Lead", "Warehouse Associate"), tz=("usp", "ke"))
mo("application_received", "ats-smart-card-ack", "{co}: application received",
   "<html><body><table style=\"border:1px solid #ccd\"><tr><td><b>{co}</b></td></tr><tr><td>Role: {role}</td></tr><tr><td>Ref: {ref}</td></tr><tr><td>Outcome: <b>Pending</b></td></tr><tr><td>Hi {n}, we'll update this card once screening ends. If other candidates progress instead, the outcome line will change and we'll email you.</td></tr></table></body></html>",
   ("Lucayan Marina Group", "Cayo Tours Belize"), ("lucayanmarina.example", "cayotours.example"), frm="{co} via SmartRecruiters <jobs@{dom}>", role=("Fuel Dock Attendant", "Snorkel Guide"), tz=("bs", "bz"))
mo("application_received", "ats-icims-transit-ack", "Thank you for applying - {role}",
   "Dear {n},\n\nYour {role} application (Job ID {ref}) is logged in our system. Applications are compared with the posting's minimum qualifications. Should the department decide not to move forward with yours, you will receive a notice by email and your profile will show the requisition as closed.\n\nHuman Resources\n{co}",
   ("Tri-Valley Regional Transit", "Harbourtown Public Library Foundation"), ("trivalleytransit.example", "htplfoundation.example"), frm="{co} Careers <icims@{dom}>", role=("Transit Operator", "Grants Coordinator"), tz=("usc", "cae"))
mo("application_received", "ats-taleo-coop-ack", "Job Submission Confirmation - {role} ({ref})",
   "Dear {full},\n\nYour submission for Job Number {ref}, {role}, is complete.\n\nWhen the posting is filled, submissions that are not chosen move automatically to 'Archived - Position Filled'. Merit eligibility lists, where used, keep the top-ranked candidates only.\n\nReplies to this mailbox go unread.\n{co} Employment Services",
   ("Bluestem Rural Electric Cooperative", "Great Lakes Lottery Corporation"), ("bluestemrec.example", "gllottery.example"), frm="{co} <taleo-no-reply@{dom}>", role=("Member Services Clerk", "Draw Operations Technician"), tz=("usc", "cae"))
mo("application_received", "ats-workable-scoop-ack", "{co} got your application",
   "Hey {n},\n\nYour application to work the counter this summer is in! We read everything ourselves. If we're full up, a quick note still comes your way, so no need to chase.\n\n{sig} @ {co}",
   ("Drumlanrig Ices", "Bells Beach Surf Cafe"), ("drumlanrigices.example", "bellsbeachcafe.example"), frm="{co} <noreply@workablemail.{dom}>", role=("Counter Assistant", "Kitchen Hand"), tz=("uk", "au"))
mo("application_received", "ats-bamboo-physio-ack", "We received your application",
   "Dear {n},\n\nYour {role} application has reached {co}. Our clinical lead goes through new ones each Friday. If the role is filled by someone else, we'll close your application and let you know the same day.\n\nKind regards,\n{sig}\nPractice Manager",
   ("Kelvinside Physiotherapy", "Riverstone Chiropractic"), ("kelvinsidephysio.example", "riverstonechiro.example"), frm="{co} <notifications@bamboohr-mail.{dom}>", role=("Rotational Physiotherapist", "Chiropractic Assistant"), tz=("uk", "au"))
mo("application_received", "ats-teamtailor-nursery-ack", "Thanks for applying to {co}!",
   "Hi {n}!\n\nYour application for {role} is with us. Everyone gets an answer within a fortnight, be it an invite for a trial day or a note that others are going ahead in your place.\n\nWarmly,\n{sig}",
   ("Fernhollow Plant Nursery", "Spokesafe Courier Co-op"), ("fernhollow.example", "spokesafe.example"), frm="{co} <jobs@teamtailor-mail.{dom}>", role=("Glasshouse Assistant", "Dispatcher"), tz=("uk", "ie"))
mo("application_received", "ats-personio-alpine-ack", "Confirmation of your application",
   "Dear {n},\n\nyour documents for the {role} post reached us and our team reviews them in the coming weeks. In case the position goes to another applicant, we write to you and erase the documents six months later.\n\nWith kind regards\n{sig}\nHR, {co}",
   ("Brandtner Bindungen GmbH", "Chocolaterie Aebischer AG"), ("brandtner-bindungen.example", "aebischer-choc.example"), frm="{co} <jobs@personio-mail.{dom}>", role=("Quality Technician", "Shop Assistant"), tz=("eu", "eu"))
mo("application_received", "ats-pinpoint-hospice-ack", "{role}: we have your application",
   "Dear {n},\n\nYour application for {role} is safely in. Once the advert closes, a pair of panel members mark every application on the essential criteria. Interview line cleared or missed, the letter we send states the outcome and the mark itself.\n\nPeople Team, {co}",
   ("St Brigid's Hospice", "Valley Community Energy"), ("stbrigidshospice.example", "valleyenergy.example"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Retail Area Manager", "Community Outreach Worker"), tz=("uk", "uk"))
mo("application_received", "ats-growers-vanilla-ack", "Application received - {role}",
   "Dear {n},\n\nThe secretary's office has received your application for {role}. The committee sits after the vanilla auction. We may not manage to write to everybody who is left out, so please read silence by the 30th as a no.\n\n{sig}\nSecretary",
   ("Mukono Vanilla Growers", "Mansa Honey Producers"), ("mukonovanilla.example", "mansahoney.example"), role=("Store Keeper", "Extension Assistant"), tz=("ug", "zm"))
mo("application_received", "ats-shea-mill-ack", "Acknowledgement - {role}",
   "Dear {n},\n\nYour application for {role} has reached the HR desk. Those shortlisted get a phone call; those who are not will get an email once the exercise ends.\n\nFor: Human Resource Department\n{co}",
   ("Tamale Shea Processing Ltd", "Okomu Palm Oil Mill"), ("tamaleshea.example", "okomupalm.example"), role=("Accounts Officer", "Plantation Supervisor"), tz=("gh", "ng"))
mo("application_received", "ats-knit-export-ack", "Application for {role} - received",
   "Dear {n},\n\nYour application for {role} is with our HR team, who will go through it in 10 working days. In case your candidature is not taken up for the next round, our HR team will hold your details for similar openings.\n\nRegards,\n{sig}\nHR Department, {co}",
   ("Tiruppur Knitfab Exports", "Surat Synthetic Weaves"), ("tiruppurknitfab.example", "suratweaves.example"), role=("Compliance Executive", "Dyeing Master"), tz=("in", "in"))
mo("application_received", "footer-garden-ack", "We've received your application",
   "Hi {n},\n\nYour application as {role} is in. Once the seasonal places are filled, usually in three weeks or so, an email tells you yes or no.\n\n----\nGrow with us: our spring bulb sale is on now in every store.\nGreen Card members earn double points every Tuesday.\nJobs you might like: Weekend Cashier (2 stores), Delivery Driver, Aquatics Assistant.\nManage alerts | Unsubscribe | Store finder\n{co} Ltd, company no. 0488{ref}.",
   ("Greenacre Garden Centres", "Bramblewick Garden Centres"), ("greenacregc.example", "bramblewick.example"), frm="{co} Careers <careers@{dom}>", role=("Seasonal Plant Area Assistant", "Christmas Grotto Host"), tz=("uk", "uk"))
mo("application_received", "ats-rice-mill-ack", "Application received - {role}",
   "Good day {n},\n\nYour {role} application reached {co}. Shortlisted people get a call next week. No call by then means we went with others, though applications are kept six months.\n\n{sig}\nAdministration",
   "Essequibo Rice Millers", "essequiborice.example", role="Dryer Operator", tz="gy")
mo("application_received", "ats-orchard-ack", "Thanks for applying - {co}",
   "G'day {n},\n\nGot your application to pick with {co}. A text comes if a crew place opens for you. If the crew fills up first, you'll get a text about that too.\n\n{sig}\nCrew Coordinator",
   "Huon Ridge Orchards", "huonridge.example", role="Apple Picker", tz="au")
mo("application_received", "ats-film-hire-ack", "Application received - {role}",
   "Kia ora {n},\n\nYour application for {role} is in. We go through them after the 20th. Stopped there: an email. Carried on: a phone call.\n\nNgā mihi,\n{sig}\n{co}",
   "Matariki Camera Hire", "matarikicamera.example", role="Lighting Store Assistant", tz="nz")
mo("application_received", "ats-igaming-ack", "Thanks for applying to {co}",
   "Hi {n},\n\nYour application for {role} reached us. Our team reviews within 10 days. Should it not fit the squad right now, a short email says so, and your profile sits in the talent pool until you delete it.\n\nTalent team | {co}",
   "Spinward Gaming Malta", "spinward.example", role="Fraud Analyst", tz="mt")
mo("application_received", "ats-maple-ack", "Application - {role}",
   "Hello {n},\n\nYour application for the sugaring season at {co} is in. We'll confirm the crew by the end of February. If the shack is already full, we'll still write to tell you.\n\nThank you,\n{sig}",
   "Beauce Maple Co-operative", "beaucemaple.example", role="Tapping Line Crew", tz="cae")
mo("application_received", "ats-reinsurer-ack", "Application acknowledgement - {role}",
   "Dear {n},\n\nYour application for {role} at {co} has been received. We contact interview candidates only; with the number of applications, those not taken forward won't receive a personal reply.\n\nHuman Resources",
   "Somers Isles Re", "somersislesre.example", frm="{co} HR <careers@{dom}>", role="Treaty Accountant", tz="bm")
mo("application_received", "ats-dairy-ug-ack", "Application for {role} received",
   "Dear {n},\n\nThe HR office has your application for {role}. Phone calls go to shortlisted candidates only; silence three weeks past the deadline means your application was unsuccessful.\n\n{sig}\nHuman Resource Manager",
   "Kiruhura Beef Ranchers", "kiruhurabeef.example", role="Abattoir Hygiene Officer", tz="ug")
mo("application_received", "ats-gloves-lk-ack", "Acknowledgement of application",
   "Dear {n},\n\nYour application for {role} has been logged. The selection panel evaluates applications once the advert closes. Should you not be called for interview, your details stay on our file for twelve months.\n\nHR Division\n{co}",
   "Kelani Glove Industries", "kelaniglove.example", role="Maintenance Planner", tz="lk")
mo("application_received", "footer-rail-ack", "{role} - application received",
   "Dear {n},\n\nYour application for {role} is in. An online test comes next, with the link emailed within a week. If you don't progress after it, an email will say so.\n\n________\nPlanning a journey? Check live departures before you travel.\nFollow us for service updates.\nIts contents belong to the addressee alone; misdelivered copies should be erased.\n{co} Limited.",
   "Coastway Trains", "coastwaytrains.example", frm="{co} Recruitment <recruitment@{dom}>", role="Trainee Conductor", tz="uk")
mo("application_received", "footer-uni-ack", "Application received: {role}",
   "Dear {n},\n\nYour application for {role} at {co} is with the department. Shortlisting runs for two weeks once the advert comes down. A silent month after the closing date means it was unsuccessful this time.\n\nCareers at {co}\nWe hire on merit alone.\nReplies here land in an unwatched inbox.",
   "University of the Southern Coast", "southerncoast.example", frm="{co} Jobs <jobs@{dom}>", role="Laboratory Technician", tz="uk")
mo("application_received", "footer-pharma-ng-ack", "Application received - {role}",
   "Dear {n},\n\nYour application for {role} is on file. Shortlist or not, an email reaches you when the exercise closes.\n\n--\n{co} does not request payment from applicants at any stage; report any such request to our compliance desk.\nStay healthy: our stores open 8am to 9pm daily.",
   "Lagoonside Pharmacy Stores", "lagoonsidepharm.example", frm="{co} HR <hr@{dom}>", role="Store Cashier", tz="ng")
mo("application_received", "public-merit-ack", "Application submitted: {role} (ref {ref})",
   "Dear {n},\n\nYour {role} application is submitted. Sift results will be released within three weeks. If you do not meet the standard at sift, we will tell you and give your scores. If you pass, you'll be invited to book an interview.\n\nResourcing Team, {co}",
   "Department for Rural Affairs", "ruralaffairs-gov.example", frm="{co} <noreply@civil-service-jobs.{dom}>", role="Administrative Officer", tz="uk")
mo("application_received", "public-gc-ack", "Application received - selection process {ref}",
   "Dear {full},\n\nYour application for selection process {ref}, {role}, has been received. Screening on the essential qualifications starts once the process closes. Anyone screened out sees the reason posted in their account and gets an email.\n\nStaffing Services, {co}",
   "Parks and Heritage Agency of Canada", "phac-gc.example", frm="{co} <no-reply@jobs-gc.{dom}>", role="Visitor Experience Officer (GT-02)", tz="cae")
mo("application_received", "public-psc-ack", "Online application submitted - {role}",
   "Dear Candidate,\n\nOnline application for {role}: submitted. Application number: {ref}. Admit cards for the preliminary examination will be uploaded on the portal. If scrutiny shows a candidate to be ineligible, the portal will say so.\n\nSecretary\n{co}",
   "State Subordinate Services Board", "sssb-gov.example", frm="{co} <results@{dom}>", role="Junior Assistant", tz="in")
mo("application_received", "public-jm-ack", "Acknowledgement - Vacancy {ref}",
   "Dear {n},\n\nThe Ministry has logged your {role} application. Those not shortlisted get a letter once the process ends.\n\nHuman Resource Management Branch\n{co}",
   "Ministry of Water and Housing", "mowh-gov.example", role="Quantity Surveyor", tz="jm")
mo("application_received", "recruiter-actuarial-ack", "Thanks - CV received",
   "Hi {n},\n\nCV received, cheers. It goes to the pricing client this week. Whatever they say, you get a ring from me first, and if they pass I'll run through what else is on my desk.\n\n{sig}\nConsultant, {co}",
   "Castlegate Search", "castlegate.example", tz="uk")
mo("application_received", "hedge-bakery-sg-ack", "Application for {role}",
   "Hi {n},\n\nYour application reached {co}. A few people get a kitchen trial in two weeks. If we don't shortlist you this time, we'll still send you an email, promise.\n\nBest,\n{sig}",
   "Tiong Bahru Bake Lab", "tbbakelab.example", role="Pastry Cook", tz="sg")
mo("application_received", "intern-law-ack", "{co} Summer Vacation Scheme - application received",
   "Dear {n},\n\nYour Summer Vacation Scheme application is in. Next comes the online situational judgement test, which you must complete within five days. Applicants who are not offered a place will be informed by the end of March.\n\nGraduate Recruitment, {co}",
   "Harcourt Lyle LLP", "harcourtlyle.example", frm="{co} Graduate Recruitment <grads@{dom}>", tz="uk")
mo("application_received", "intern-ke-attach-ack", "Industrial attachment request received",
   "Dear {n},\n\nYour request for industrial attachment at {co} has been received. Placement depends on available slots. If none are available for your period, the office will notify you by email.\n\n{sig}\nHuman Resource Office",
   "Kenya Rail Logistics", "kenyaraillog.example", tz="ke")
mo("application_received", "intern-in-ngo-ack", "Fellowship application received",
   "Dear {n},\n\nThe {co} summer fellowship has your application. We will invite about 40 applicants to a video interview for 12 seats. Either way, every applicant gets an email from us after the interview round, by the end of April.\n\nRegards,\nFellowship Team",
   "Pragati Rural Fellowship", "pragatifellowship.example", tz="in")

# ---------------------------------------------------------------- mix: interviews, next steps, offers
mo("interview", "thread-bursar-int", "RE: [EXT] Re: Deputy Bursar - second interview",
   "Hi {n},\n\nTuesday went well. Our governors want a short second conversation on {dl} at 2pm, with the Head and the Chair of Finance.\n\nUnfortunately the main car park is closed for the summer fete set-up, so please use the sports hall entrance on Church Road.\n\nBest wishes,\n{sig}\nHead's PA, {co}\n\nFrom: {full}\nSent: {q}\nSubject: Re: Deputy Bursar - next steps\n\nHi {sf}, grateful for the panel's time today. {n}",
   ("Ashcombe College", "St Enda's Grammar"), ("ashcombe.example", "stendas.example"), tz=("uk", "ie"))
mo("interview", "thread-groundsman-int", "RE: [EXT] RE: Head Groundsperson - come and see the square",
   "Morning {n},\n\nThe committee enjoyed your application and would like you to walk the square with us on {dl} at 10am, then a half-hour chat.\n\nUnfortunately the pavilion is being re-roofed, so we'll talk in the scorers' hut. Wear boots.\n\n{sig}\nChair, {co}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: Head Groundsperson\n\nHi, please find my CV attached. {n}",
   ("Penwortham Cricket Club", "Karori Park Cricket Club"), ("penworthamcc.example", "karoripark.example"), tz=("uk", "nz"))
mo("interview", "thread-organist-int", "Re: [EXT] Re: Director of Music - audition",
   "Dear {n},\n\nThank you for your letter. We would be delighted if you could play for us at Evensong on {dl} and take the choir through one anthem beforehand, from 5pm.\n\nUnfortunately the swell pedal sticks in cold weather, so you may wish to come early to get used to it.\n\nWith every blessing,\n{sig}\nChurchwarden\n\nOn {q} {full} wrote:\n> Dear {sf}, I enclose my application. {n}",
   ("St Aldhelm's Church", "Christ Church Cathedral Choir"), ("staldhelms.example", "christchurchchoir.example"), tz=("uk", "ie"))
mo("interview", "thread-podcast-int", "Re: [EXT] Re: Edit producer chat",
   "{n}, your edit test made the shortlist. Any chance of a video call with our showrunner on {dl} at 11? It'll be 40 minutes, mostly about how you'd pace a three-part series.\n\n{sig}\n\nOn {q}, {full} wrote:\n> Hi {sf}, attaching my edit test. {n}",
   "Kettle Lane Podcasts", "kettlelane.example", tz="au")
mo("interview", "thread-agronomist-int", "RE: [EXT] Agronomist - interview invitation",
   "Dear {n},\n\nYour application has been shortlisted. Please join us for a field visit and interview at our Ejura site on {dl}, starting 9am.\n\nUnfortunately the road from Ejura junction is rough after the rains, so a 4x4 will meet you at the junction at 8am.\n\nBest regards,\n{sig}\n{co}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: Application - Agronomist\n\nDear Sir/Madam, please find attached my CV. {n}",
   "Ashanti Grain Partners", "ashantigrain.example", tz="gh")
mo("interview", "thread-biomed-int", "RE: [EXT] Biomedical Engineer - interview",
   "Hi {n},\n\nYou have been shortlisted for Biomedical Engineer. Interviews are on {dl} at 10am at the hospital boardroom, followed by a practical in the theatre equipment store.\n\nUnfortunately our generator test runs at 10:30 that day, so the lights may flicker during your session.\n\nRegards,\n{sig}\nHR, {co}",
   "Lakeside Mission Hospital", "lakesidemission.example", tz="ke")
mo("interview", "thread-events-int", "RE: [EXT] Events Coordinator - interview",
   "Dear {n},\n\nYou're on our interview list: {dl} at 1.30pm in the conference office. Please bring a one-page plan for a 300-guest alumni dinner.\n\nKind regards,\n{sig}\n{co}",
   "University of Wessex Conference Office", "wessexconf.example", tz="uk")
mo("interview", "recruiter-mining-int", "Kalgoorlie interview locked in",
   "Hey {n},\n\nGreat news - the Kalgoorlie site lead wants to talk. Video call {dl} at 7am WST (they start early). Unfortunately they can't do later in the day because of the shutdown prep.\n\n{sig}\n{co}",
   "Redearth Recruitment", "redearthrec.example", tz="au")
mo("interview", "hedge-school-jm-int", "Interview - {role}",
   "Good afternoon {n},\n\nThe board will interview you for {role} on {dl} at 9:30 a.m. You will teach a 20-minute lesson to a Grade 10 class.\n\nUnfortunately the projector in the demonstration room is unreliable, so please bring printed materials.\n\nBlessings,\n{sig}\nPrincipal",
   "Mandeville Hills High School", "mandevillehills.example", role="Mathematics Teacher", tz="jm")
mo("interview", "ats-greenhouse-climb-int", "Interview: {role} at {co}",
   "Hi {n},\n\nYour setting portfolio rocks! Any chance you're around on {dl} at 6pm for a half-hour chat and a quick set on the training wall?\n\nBring chalk if you have your own.\n\n{sig}\n{co}",
   "Boulderhaus Gyms", "boulderhaus.example", frm="{co} <no-reply@greenhouse-mail.{dom}>", role="Route Setter", tz="nz")
mo("interview", "ats-lever-lantern-int", "Let's talk - {role}",
   "{n}, your application made my shortlist. Are you around on {dl} at 4pm EAT to talk? 30 mins with me and our sales lead. Unfortunately our office line is down this week, so it'll be a WhatsApp call.\n\n{sig}, {co}",
   "Nuru Solar Lanterns", "nurulanterns.example", frm="{sig} <{sl}@hire.lever-mail.{dom}>", role="Field Sales Rep", tz="ke")

mo("next_steps", "public-merit-next", "Pre-employment checks: {role} (ref {ref})",
   "Dear {n},\n\nWell done at the {role} interview. You have been placed high enough in the merit order to receive a provisional offer. Please complete the pre-employment check forms in your account by {dl}. Applications with missing forms after this date cannot be progressed.\n\nResourcing Team, {co}",
   ("Department for Rural Affairs", "Office of the Valuation Agency"), ("ruralaffairs-gov.example", "valuationagency-gov.example"), frm="{co} <noreply@civil-service-jobs.{dom}>", role=("Executive Officer", "Higher Executive Officer"), tz=("uk", "uk"))
mo("next_steps", "public-gc-next", "Selection process {ref} - second language evaluation",
   "Dear {full},\n\nYou have met the essential qualifications for {role}. Please book your second language evaluation (reading and writing) through your account by {dl}. Without a booking by then, your candidacy stops at this stage.\n\nStaffing Services, {co}",
   ("Fisheries and Harbour Services Canada", "Parks and Heritage Agency of Canada"), ("fhsc-gc.example", "phac-gc.example"), frm="{co} <no-reply@jobs-gc.{dom}>", role=("Program Officer (PM-02)", "Interpretation Officer (GT-03)"), tz=("cae", "can"))
mo("next_steps", "ats-pinpoint-hospice-next", "{role}: references",
   "Dear {n},\n\nYour interview went well. Before anything is confirmed, the panel has to hear from your two referees. Please add your referees' details to your candidate portal by {dl}.\n\nPeople Team, {co}",
   ("St Brigid's Hospice", "Valley Community Energy"), ("stbrigidshospice.example", "valleyenergy.example"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Fundraising Officer", "Energy Advice Coordinator"), tz=("uk", "uk"))
mo("next_steps", "public-psc-next", "Admit card - main examination - {role}",
   "Dear Candidate,\n\nYou have qualified for the main examination for {role}. Download your admit card from the portal before {dl}. Unfortunately no admit cards will be issued at the examination centre.\n\nSecretary\n{co}",
   "State Forest Services Board", "sfsb-gov.example", frm="{co} <results@{dom}>", role="Forest Guard", tz="in")
mo("next_steps", "footer-rail-next", "{role}: your online assessment",
   "Dear {n},\n\nYou're through to the online assessment for {role}. Finish it by midnight on {dl}, when the test link expires for good.\n\n________\nPlanning a journey? Check live departures before you travel.\n{co} Limited.",
   "Northern Lakes Railway", "nlakesrail.example", frm="{co} Recruitment <recruitment@{dom}>", role="Customer Host", tz="uk")
mo("next_steps", "intern-grad-eng-next", "{co} Graduate Programme - psychometric tests",
   "Hi {n},\n\nTwo short online tests are the next stage of the 2026 graduate programme for you (numerical and situational). Please finish both by {dl}. Unfortunately we can't extend deadlines for this stage.\n\nEarly Careers Team, {co}",
   "Tasman Grid", "tasmangrid.example", frm="{co} Early Careers <earlycareers@{dom}>", tz="au")
mo("next_steps", "ats-igaming-next", "Take-home task: {role}",
   "Hi {n},\n\nGood first chat. The next stage is a take-home: a small dataset of card transactions to review for fraud patterns, about three hours of work. Send it back by {dl}.\n\nTalent team | {co}",
   "Spinward Gaming Malta", "spinward.example", role="Payments Risk Analyst", tz="mt")
mo("next_steps", "ats-dairy-ug-next", "Documents required - {role}",
   "Dear {n},\n\nAfter your interview, the next step is to bring certified copies of your academic documents and a police clearance certificate to the HR office by {dl}.\n\n{sig}\nHuman Resource Manager",
   "Kiruhura Beef Ranchers", "kiruhurabeef.example", role="Cattle Collection Supervisor", tz="ug")

mo("offer", "thread-procure-offer", "Re: [EXT] Procurement Officer - offer",
   "Hi {n},\n\nGood news: the Procurement Officer role is yours, the panel agreed unanimously. Formal letter to follow; tell me by {dl} if you're in.\n\nUnfortunately the start date is stuck until the end of the financial year, so it would be 1 July.\n\nAll the best,\n{sig}\n\nOn {q}, {full} wrote:\n> Kia ora {sf}, any news? {n}",
   ("Waikato Shared Services", "Southern Lakes Health Procurement"), ("waikatoshared.example", "southernlakesproc.example"), tz=("nz", "nz"))
mo("offer", "thread-events-offer", "RE: [EXT] Re: Events Coordinator",
   "Hi {n},\n\nSorry for the wait. We want you as Events Coordinator, starting in September. HR posts the contract this week; please reply by {dl}.\n\nKind regards,\n{sig}\n{co}\n\nFrom: {full}\nSent: {q}\nSubject: Re: Events Coordinator\n\nDear {sf}, thank you for meeting me. {n}",
   "Rand Institute of Technology Events", "randtechevents.example", tz="za")
mo("offer", "ats-bamboo-physio-offer", "Offer: {role} at {co}",
   "Dear {n},\n\nGood news from the practice: we want you as our {role}. Your letter sits in the e-signature link; sign there by {dl}.\n\nKind regards,\n{sig}\nPractice Manager",
   ("Kelvinside Physiotherapy", "Riverstone Chiropractic"), ("kelvinsidephysio.example", "riverstonechiro.example"), frm="{co} <notifications@bamboohr-mail.{dom}>", role=("Band 6 Physiotherapist", "Associate Chiropractor"), tz=("uk", "au"))
mo("offer", "ats-orchard-offer", "You're on the crew - {co}",
   "G'day {n},\n\nGood news, the picking crew has room for you. Start is {dl} at 6.30am at the packing shed. Unfortunately there's no accommodation left on site, but the caravan park in town has cabins.\n\n{sig}\nCrew Coordinator",
   "Huon Ridge Orchards", "huonridge.example", tz="au")
mo("offer", "ats-knit-export-offer", "Offer letter - {role}",
   "Dear {n},\n\nHappy to share that {co} is offering you the {role} post. See the attached letter and kindly mail back your joining date before {dl}.\n\nRegards,\n{sig}\nHR Department",
   "Tiruppur Knitfab Exports", "tiruppurknitfab.example", role="Merchandiser", tz="in")
mo("offer", "recruiter-in-pharma-offer", "Offer from the client",
   "Hi {n},\n\nThe Ahmedabad client has released the offer for Regulatory Executive. CTC as discussed. Please accept on the portal by {dl} and share your resignation acknowledgement.\n\nRegards,\n{sig}\n{co}",
   "Sabarmati Staffing", "sabarmatistaffing.example", tz="in")
mo("offer", "ats-lever-furnish-offer", "Offer - {role}",
   "{n}, we want you for {role}. Offer details sit in the attached PDF. A yes or no by {dl} would be grand.\n\n{sig}, {co}",
   "Roomlet Furniture Rental", "roomlet.example", frm="{sig} <{sl}@hire.lever-mail.{dom}>", role="Ops Associate", tz="usp")
mo("offer", "hedge-edtech-offer", "Welcome to {co}!",
   "Hi {n},\n\nCongratulations! You passed the demo and a tutor contract is yours. Please sign the agreement in the portal by {dl}. Unfortunately payouts only go to local bank accounts for now.\n\nTake care po,\n{sig}",
   "Lakbay English Online", "lakbayenglish.example", tz="ph")

# ---------------------------------------------------------------- mix: statuses, alerts, pitches, non-job refusals
mo("other_job", "status-bare-review", "Application status changed",
   "Hi {n},\n\nYour application for {role} (ref {ref}) has a new status:\n\nWith hiring manager\n\nSign in to {co} Careers to see details.",
   ("Harrowgate Foods", "Ottawa Valley Credit Union"), ("harrowgatefoods.example", "ovcu.example"), frm="{co} Careers <status@{dom}>", role=("Hygiene Operative", "Loans Officer"), tz=("uk", "cae"))
mo("other_job", "status-table-withdrawn", "Status update: {role}",
   "<html><body><p>Hello {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Position</th><th>Stage</th><th>Status</th></tr><tr><td>{role}</td><td>Applied</td><td>Withdrawn by you</td></tr></table><p>You can reapply while the posting is open.</p><p>{co} Talent</p></body></html>",
   ("Sunbelt Home Health", "Wellington Harbour Ferries"), ("sunbelthealth.example", "wgtnferries.example"), frm="{co} Talent <talent@{dom}>", role=("Scheduler", "Ticketing Agent"), tz=("usc", "nz"))
mo("other_job", "public-delay", "Vacancy {ref}: shortlisting delayed",
   "Dear {n},\n\nShortlisting for {role} is pushed back a fortnight while the panel chair is overseas. Every application is still open and undecided. We will write again by {dl}.\n\nHuman Resource Management Branch\n{co}",
   "Ministry of Water and Housing", "mowh-gov.example", role="Senior Engineer (Water Supply)", tz="jm")
mo("job_alert", "footer-garden-alert", "New jobs at {co} near you",
   "Hi {n},\n\nNew roles matching your alert:\n- Weekend Cashier, Harrogate\n- Aquatics Assistant, Ripon\n- Delivery Driver, Thirsk\n\nView all | Manage alerts\n{co} Careers",
   ("Greenacre Garden Centres", "Bramblewick Garden Centres"), ("greenacregc.example", "bramblewick.example"), frm="{co} Careers <careers@{dom}>", tz=("uk", "uk"))
mo("job_alert", "footer-bus-alert", "Driver academy dates",
   "Kia ora {n},\n\nNew driver academy intakes: Manukau (March), Albany (April). Applications close on the 28th.\n\nCareers | Unsubscribe\n{co}",
   "Rangitoto Coachlines", "rangitotocoach.example", frm="{co} <jobs@{dom}>", tz="nz")
mo("recruiter_outreach", "recruiter-pitch-uk", "Reserving contract - interested?",
   "Hi {n},\n\nYour profile popped up in my search - I've got a six-month reserving analyst contract with a London market syndicate. Hybrid, day rate competitive. Got ten minutes on Thursday?\n\n{sig}\n{co}",
   "Castlegate Search", "castlegate.example", tz="uk")
mo("recruiter_outreach", "recruiter-pitch-ke", "Finance roles in Eldoret",
   "Hi {n},\n\nI'm hiring for two NGOs in the Rift Valley: a Finance and Admin Officer and a Grants Accountant. Would you like to hear more?\n\nBest,\n{sig}\n{co}",
   "Savannah People Partners", "savannahpeople.example", tz="ke")
mo("non_job_rejection_words", "nonjob-flat-galway", "The flat on Dominick Street",
   "Hi {n},\n\nNice meeting you at Saturday's viewing of the Dominick Street flat. The landlord's going with another couple who can move in sooner. Sorry, and hope the hunt goes well.\n\n{sig}\n{co}",
   "Corrib Lettings", "corriblettings.example", tz="ie")
mo("non_job_rejection_words", "nonjob-loan-zm", "Your vehicle loan application",
   "Dear {n},\n\nYour vehicle loan request with {co} has been assessed and declined for now, because the amount asked for is above your current affordability limit.\n\nCustomer Service",
   "Kafue Savings and Credit", "kafuesavings.example", tz="zm")
mo("non_job_rejection_words", "nonjob-grant-mt", "Creative fund: decision",
   "Dear {n},\n\nThe panel met to consider the applications to this year's creative fund. Your project, a community printmaking workshop, missed out on funding this time. The panel had four euros asked for every one it could give.\n\n{co}",
   "Valletta Arts Fund", "vallettaarts.example", tz="mt")
mo("non_job_rejection_words", "nonjob-kayak", "Beginners' course - waiting list",
   "Hi {n},\n\nThe spring beginners' kayak course filled in a day, so your name is ninth on the reserve list. We'll shout if a space opens.\n\n{sig}\n{co}",
   "Derwent Paddlers", "derwentpaddlers.example", tz="uk")
mo("non_job_rejection_words", "nonjob-school-appeal", "School transfer request",
   "Dear {n},\n\nYour request to transfer your son to Grade 5 at {co} for the coming term has been declined because the class is at capacity. You may apply again next term.\n\nSchool Office",
   "Hillcrest Primary School", "hillcrestprimary.example", tz="za")
# ---------------------------------------------------------------- wide: English, new trades and channels

wr("en-taxidermy-moodboard", "New message on Moodloft",
   "Moodloft | Messages\n\n{sig} ({co}) messaged you about your board \"Specimen prep portfolio\":\n\n\"Hi {n}, thanks for sharing your boards and the mounted wren photos. We've taken on a trainee who already did the museum prep short course, so the apprentice bench is filled for this year. Keep pinning!\"\n\nReply on Moodloft",
   "Bramble & Bone Taxidermy", "brambleandbone.example", frm="Moodloft <messages@moodloft.example>", tz="uk")
wr("en-pigeon-group", "{sig} replied to your post in Fellside Racing Pigeon Club",
   "{sig} replied to your post in Fellside Racing Pigeon Club:\n\n\"{n} - saw your post about the loft hand job. Thanks mate, but I've asked young Callum from the club, he's already basketing for me on Fridays. Good luck finding a loft.\"\n\nView the post | Turn off notifications for this group",
   "Fellside Racing Pigeon Club", "fellsidepigeons.example", frm="Groupwise <notify@groupwise.example>", tz="uk")
wr("en-kitesurf-app", "Message from {co} on Tideclub",
   "Tideclub | Club inbox\n\n{co} - Instructor applications\n\nHi {n}, thanks for the try-out session on the lagoon. Our head coach has filled the two instructor spots with riders who hold the level 2 cert already. Club training stays open to you, of course. - {sig}\n\nOpen in app",
   "Langebaan Kite Club", "langebaankite.example", frm="Tideclub <club@tideclub.example>", tz="za")
wr("en-charcoal-radio", "Reply to your poster response - kiln helper",
   "Posterboard | You scanned the QR code on \"Kiln helper wanted - Wyre Forest\" and left your details.\n\nReply from {sig} ({co}):\n\"Hi {n}, thanks for getting in touch off the poster in the village shop. The boss has given the kiln job to Ade from the next valley, he's burnt charcoal before. You can still come to the log-splitting days if you want.\"\n\nPosterboard - replies to QR posters",
   "Wyre Forest Charcoal", "wyrecharcoal.example", frm="Posterboard <replies@posterboard.example>", tz="uk")
wr("en-polisher-resale", "{co} wrote to you on Relove",
   "Relove | Inbox\n\nSeller {co} wrote:\n\"Hi {n}! Thanks for asking about the apprentice French polisher role we mentioned in our listing. We've already taken on someone who's done shellac work on pianos, so the bench is full. Happy hunting!\"\n\nReply | Report",
   "Oakhaven Restorations", "oakhavenrestore.example", frm="Relove <noreply@relove.example>", tz="uk")
wr("en-piano-tasks", "Your offer on 'Piano crew helper - Saturdays' wasn't accepted",
   "Hi {n},\n\nThe poster of 'Piano crew helper - Saturdays' has assigned the task to another Tasker. Your offer has been withdrawn automatically and no money was taken.\n\nNote from the poster: \"Thanks for offering. Went with someone who has moved uprights up stairs before.\"\n\nBrowse more tasks",
   "Handyhop", "handyhop.example", frm="Handyhop <tasks@{dom}>", tz="au")
wr("en-coracle-tickets", "Message from the organiser: Coracle Building Weekend",
   "Sent to you after your note to the organiser of Coracle Building Weekend.\n\n{sig} of {co} says:\n\"Hello {n}, thank you for offering to be our course assistant. We've asked a former student who lives near the river to help this year. Come and paddle one of our coracles on a course sometime.\"\n\nSent via Ticketfern",
   "Teifi Coracle School", "teificoracle.example", frm="Ticketfern <organisers@ticketfern.example>", tz="uk")
wr("en-banjo-video", "{co} replied to your comment",
   "{co} replied to your comment on \"Carving a banjo neck, part 3\":\n\n@{n} thanks for asking about the apprentice spot! We filled it last month with a luthiery graduate, sorry. Keep watching, part 4 is the fretboard.\n\nReply | Manage notifications",
   "Blue Ridge Banjo Works", "blueridgebanjo.example", frm="Vidplex <noreply@vidplex.example>", tz="use")
wr("en-taco-dm", "{co} sent you a Flash",
   "Flashchat | {co} sent you a Flash. It disappears after you view it.\n\nSaved text: \"yo {n} thx for hitting us up about working the truck!! summer crew is full tho, hired two cousins of the owner lol. watch our story for the fall hiring post\"",
   "lupitastacotruck", "lupitastacos.example", frm="Flashchat <flash@flashchat.example>", tz="usc")
wr("en-aquascape-forum", "Instructor answered your question in 'Aquascaping for Beginners'",
   "Learnloop | Course Q&A\n\nYour question in \"Aquascaping for Beginners\", lesson 12: \"Are you still hiring a tech for the Leeds studio?\"\n\n{sig} (instructor, {co}) answered:\n\"Thanks {n}, appreciate you applying. The tech job's been filled by someone who's maintained commercial reef systems. Keep going with the course!\"\n\nView answer",
   "Riverbed Aquascapes", "riverbedaqua.example", frm="Learnloop <qa@learnloop.example>", tz="uk")
wr("en-peat-speaker", "Voice message from {sig}",
   "You have a voice message on your Homecall speaker from {sig} ({co}).\n\nTranscript: \"Hiya {n}, it's {sig} from the turf bank. Just to say we've got the cutting crew sorted for May, went with lads who've worked the slane before. Thanks for asking though. Bye now.\"\n\nPlay message | Delete",
   "Bellacorick Turf Co-op", "bellacorickturf.example", frm="Homecall <voice@homecall.example>", tz="ie")
wr("en-petsit-doorbell", "Message left at your door",
   "Doorly | Front door camera\n\nA visitor left a message at 16:42.\n\nTranscript: \"Hi {n}, it's {sig} from number 12. Thanks for the note about minding Biscuit while we're away. My sister's going to stay with him in the end, so Biscuit's sorted. Thanks a million though!\"\n\nView clip",
   "Doorly", "doorly.example", frm="Doorly <alerts@{dom}>", tz="ie")
wr("en-netmender-telex", "TLX MSG FROM MFV {co}",
   "ZCZC 0412\nFM MFV {co} / SKIPPER {sig}\nTO {n}\nRE NET MENDER BERTH\nTHANKS FOR APPLICATION. BERTH NOW TAKEN BY CREWMAN FROM KILLYBEGS WHO SAILED WITH US LAST SEASON. REGRET. GOOD LUCK.\nNNNN\n\n-- relayed by Seawire ship messaging",
   "GOLDEN TERN", "goldentern.example", frm="Seawire Relay <relay@seawire.example>", tz="ie")
wr("en-rodeo-esign", "New message on Ranchline",
   "Ranchline | Stock sales and yards\n\n{sig} ({co}) messaged you about your listing \"Arena and yard hand, available summer 2026\":\n\"Sorry {n}, the committee gave the arena hand spot to a hand from last year's rodeo. We've got our crew. See you at the spring bull sale maybe.\"\n\nReply in Ranchline",
   "Calgary Creek Stampede", "calgarycreek.example", frm="Ranchline <messages@ranchline.example>", tz="cam")
wr("en-mapmaker-filerequest", "File request closed: 'Cartography assistant - samples'",
   "The file request \"Cartography assistant - samples\" from {sig} ({co}) has been closed.\n\nMessage from {sig}: \"Thanks {n} for uploading your hand-drawn maps. We've chosen another illustrator for the assistant job, so I'm closing uploads. Your uploads get wiped after a month.\"\n\nDropcrate",
   "Inkwell Maps", "inkwellmaps.example", frm="Dropcrate <no-reply@dropcrate.example>", tz="nz")
wr("en-juggling-payapp", "You received $40.00 from {co}",
   "You received $40.00 from {co}.\n\nNote: \"Refund of your prop-hire deposit, {n}. We didn't pick you for the festival troupe this time, but the clubs act was fun to watch. - {sig}\"\n\nThe money is in your Zapcash balance.",
   "Fringe Flyers Juggling", "fringeflyers.example", frm="Zapcash <payments@zapcash.example>", tz="cae")
wr("en-headstone-drive", "{sig} removed you from a shared folder",
   "{sig} ({co}) removed your access to the folder \"Letter cutting - applicants\".\n\nMessage: \"Hi {n}, thanks for sending the slate sample photos. We've offered the bench to someone with a stone-carving diploma, so I'm tidying up the applicant folder. All the best.\"\n\nCloudshelf",
   "Carrow Memorial Masons", "carrowmasons.example", frm="Cloudshelf <share@cloudshelf.example>", tz="uk")
wr("en-dumpling-lark", "[Workbench] Message from {sig}",
   "Workbench | {co} - Kitchen hiring\n\n{sig}: @{n} thanks for the trial pleating this morning. We decided to give the dumpling station to Auntie Mei's nephew, he started on the dough already. You can still join as a dishwasher if you like.\n\nReply in Workbench",
   "Golden Pleat Dumpling House", "goldenpleat.example", frm="Workbench <notify@workbench.example>", tz="sg")
wr("en-orchid-matrix", "New message in #hiring:orchidworks",
   "#hiring:orchidworks\n\n{sig}: {n}, thanks for coming to the potting shed. We've given the potting hand job to a student from the horticulture college, so the room's done for this round. I'll archive this room next week.\n\nSent from Lattice chat",
   "Orchid Works Nursery", "orchidworks.example", frm="Lattice <notices@lattice.example>", tz="nz")
wr("en-chaircane-freelance", "Your quote was declined",
   "Hi {n},\n\n{co} has declined your quote for the job \"Re-caning 24 bistro chairs\" on Tradefinder.\n\nTheir note: \"Thank you for the quote. We went with a caner who can start this week. Best of luck.\"\n\nTradefinder - the directory of local trades",
   "Ravello Bistro Group", "ravellobistro.example", frm="Tradefinder <quotes@tradefinder.example>", tz="usp")
wr("en-cob-meetup", "Message from the organiser of Earth Builders Devon",
   "{sig} (organiser, Earth Builders Devon) sent you a message:\n\n\"Hi {n}, cheers for volunteering yourself for the paid crew lead on the roundhouse build. We've asked Tamsin, who led the last two builds, to take it. Please do keep coming to the volunteer days!\"\n\nReply | Group settings",
   "Earth Builders Devon", "earthbuilders.example", frm="Groupgather <messages@groupgather.example>", tz="uk")
wr("en-koi-stream", "Whisper from {co}",
   "Streamhall | Whisper\n\n{co}: hey {n}, saw your application in the stream chat for auction-day handler. We've gone with a netter who's worked the Niigata shipments before. Thanks for watching!\n\nReply | Block",
   "SwimsafeKoiAuctions", "swimsafekoi.example", frm="Streamhall <whispers@streamhall.example>", tz="usp")
wr("en-undertaker-bulletin", "Re: Funeral assistant (parish bulletin notice)",
   "Dear {n},\n\nThank you for replying to our notice in the St Columba's bulletin. Mr Harrington's son has come home to join the business, and he will take the assistant post. Your letter was much appreciated by us all.\n\nYours sincerely,\n{sig}\n{co}",
   "Harrington & Daughters Funeral Directors", "harringtonfunerals.example", tz="uk")
wr("en-toffee-ordernote", "Note added to your order #{ref}",
   "{co} added a note to order #{ref} (1 x Salted Treacle Toffee, 200g):\n\n\"Hi {n}, thanks for your order - and for asking about the kettle job in your checkout note! We've filled the toffee kitchen for the Christmas rush with folk who've boiled sugar before. Your toffee ships Monday.\"\n\nView order",
   "Knockbrae Toffee", "knockbraetoffee.example", frm="{co} <orders@{dom}>", tz="uk")
wr("en-kente-video", "{co} replied to your comment",
   "Snapgrid | {co} replied to your comment on their photo \"New strip cloth off the loom\":\n\n\"@{n} we were glad you visited the looms and asked after the apprentice place. We have decided to train Kwaku from Bonwire this year, because he already weaves strip cloth. Please come again next season.\"\n\nView comment",
   "Adinkra Loom Studio", "adinkraloom.example", frm="Snapgrid <notify@snapgrid.example>", tz="gh")
# ---------------------------------------------------------------- wide: other languages (15 widely spoken)
wr("ar-dairy-lab", "بخصوص طلب التوظيف - مساعد مختبر",
   "السيد/ة {n}،\n\nنشكرك على تقدمك لوظيفة مساعد مختبر الألبان لدى {co}. بعد دراسة الطلبات وقع اختيار اللجنة على متقدم آخر لديه خبرة أطول في فحوص الجودة، ولن يمضي طلبك إلى المرحلة التالية.\n\nمع أطيب التمنيات،\n{sig}",
   "ألبان الوادي الأخضر", "greenvalleydairy.example", tz="eg", lang="ar")
wr("de-roastery", "Ihre Bewerbung in unserer Rösterei",
   "Hallo {n},\n\ndanke, dass Sie sich als Aushilfe bei uns in der Rösterei gemeldet haben. Wir haben den Platz inzwischen an jemanden vergeben, der schon an einem Trommelröster stand. Ihre Unterlagen löschen wir in den kommenden Wochen.\n\nHerzliche Grüße aus dem Röstraum\n{sig}, {co}",
   "Röstwerk Süderelbe", "roestwerk.example", tz="eu", lang="de")
wr("es-oaxaca-kiln", "Sobre el puesto de ayudante de horno",
   "Hola {n}:\n\nGracias por escribirnos por lo del puesto de ayudante de horno. Ya elegimos a una persona del barrio que puede llegar a las seis de la mañana para encender la leña. Te deseamos mucha suerte.\n\nUn abrazo,\n{sig}\n{co}",
   "Taller Barro Negro", "tallerbarronegro.example", tz="mx", lang="es")
wr("fr-dakar-bakery", "Votre candidature - vendeuse du matin",
   "Bonjour {n},\n\nmerci pour votre dossier pour la vente du matin. Le poste est allé à une voisine qui tenait déjà notre caisse l'an dernier. Nous gardons votre numéro au cas où un créneau se libère.\n\nBien à vous,\n{sig}\n{co}",
   "Boulangerie Le Baobab", "boulangeriebaobab.example", tz="sn", lang="fr")
wr("hi-dhaba-cook", "सहायक रसोइया - आवेदन के बारे में",
   "नमस्ते {n},\n\nहमारे ढाबे की रसोई में सहायक रसोइए के लिए आवेदन भेजने का धन्यवाद। इस बार हमने ऐसे व्यक्ति को चुना है जो पहले से तंदूर संभालते आए हैं।\n\nआपको ढेर सारी मंगलकामनाएँ,\n{sig}\n{co}",
   "शेरे पंजाब ढाबा", "sherepunjabdhaba.example", tz="in", lang="hi")
wr("it-pasta-lab", "La tua candidatura al laboratorio",
   "Ciao {n},\n\ngrazie di averci scritto per il posto di aiuto nel nostro laboratorio di pasta fresca. Abbiamo scelto una persona che tira già la sfoglia a mano da qualche anno. In bocca al lupo!\n\n{sig}\n{co}",
   "Sfoglia d'Oro", "sfogliadoro.example", tz="eu", lang="it")
wr("ja-pottery-paint", "絵付け補助スタッフ ご応募の件",
   "{n}様\n\nこの度は当窯の絵付け補助スタッフにご応募くださり、ありがとうございました。社内で検討を重ねました結果、今回は経験者の方にお願いすることになりました。ご期待に沿えず恐縮ですが、何卒ご了承ください。\n\n{co}\n{sig}",
   "有田 青峰窯", "seihougama.example", tz="jp", lang="ja")
wr("ko-woodshop", "공방 목공 보조 지원 관련",
   "{n}님, 안녕하세요.\n\n저희 공방 목공 보조 자리에 관심 가져 주셔서 고맙습니다. 지원서를 하나하나 읽어 본 끝에, 이번에는 짜맞춤 경험이 있는 분과 일하기로 정했습니다. 좋은 소식을 드리지 못해 아쉽습니다.\n\n{co} {sig} 드림",
   "나무결 공방", "namugyeol.example", tz="kr", lang="ko")
wr("pt-bike-shop", "Vaga de ajudante na oficina",
   "Oi {n}, tudo bem?\n\nValeu por se candidatar à vaga de ajudante aqui na oficina. Fechamos com outra pessoa que já mexia com freio hidráulico. Boa sorte por aí!\n\n{sig}\n{co}",
   "Pedal Paulista Bikes", "pedalpaulista.example", tz="br", lang="pt")
wr("ru-banya", "Ответ по вакансии пармейстера",
   "Здравствуйте, {n}!\n\nБлагодарим за интерес к месту пармейстера в нашей бане. На эту должность мы взяли человека, который уже несколько сезонов работает у нас по выходным. Желаем удачи в поисках.\n\n{sig}\n{co}",
   "Баня на Заречной", "banyazarechnaya.example", tz="ru", lang="ru")
wr("sw-tailor", "Kuhusu ombi lako la kazi",
   "Habari {n},\n\nAsante kwa kuomba nafasi ya msaidizi wa fundi cherehani dukani kwetu. Tumemchagua mtu mwingine ambaye ameshashona vitenge kwa miaka mingi. Tunakutakia kila la heri.\n\n{sig}\n{co}",
   "Cherehani Bora Arusha", "cherehanibora.example", tz="tz", lang="sw")
wr("th-massage", "ผลการสมัครงานผู้ช่วยนวด",
   "เรียนคุณ{n}\n\nขอบคุณที่สนใจร่วมงานกับร้านนวดแผนไทยของเรา หลังจากพิจารณาแล้ว ทางร้านได้เลือกผู้สมัครที่มีใบรับรองครบถ้วนแล้ว จึงไม่สามารถรับคุณได้ในรอบนี้ ขอให้โชคดีค่ะ\n\n{sig}\n{co}",
   "ร้านนวดบ้านสบาย", "baansabaimassage.example", tz="th", lang="th")
wr("tr-simit", "Simitçi yardımcısı başvurunuz",
   "Merhaba {n},\n\nFırınımızdaki simitçi yardımcılığı ilanına başvurduğunuz için teşekkürler. Sabah dörtte işe başlayabilecek başka bir arkadaşla yola çıkmaya karar verdik. Bol şans dileriz.\n\n{sig}\n{co}",
   "Karaköy Simit Fırını", "karakoysimit.example", tz="tr", lang="tr")
wr("ur-carpet", "سیلز اسسٹنٹ کی درخواست",
   "محترم {n}،\n\nہماری قالینوں کی دکان میں سیلز اسسٹنٹ کی اسامی کے لیے درخواست بھیجنے کا شکریہ۔ اس بار ہم نے ایسے امیدوار کو رکھا ہے جو پہلے سے قالینوں کی مرمت جانتے ہیں۔ آپ کے لیے نیک تمنائیں۔\n\n{sig}\n{co}",
   "لاہور قالین گھر", "lahoreqaleen.example", tz="pk", lang="ur")
wr("zh-teahouse", "关于评弹助理一职",
   "{n}您好：\n\n感谢您应聘本茶馆评弹演员助理一职。面试之后，我们最终选了一位更熟悉苏州话、能即刻上台的同学。祝您一切顺利！\n\n{co}\n{sig}",
   "听雨茶馆", "tingyuteahouse.example", tz="cn", lang="zh")

# ---------------------------------------------------------------- wide: ten languages new to the slices
wr("bgc-dairy-van", "दूध गाड्डी आळे काम की बाबत",
   "राम राम {n} जी,\n\nम्हारी डेयरी म्ह दूध की गाड्डी चलाण खात्तर थारी अर्जी आई, घणा धन्यवाद। इबकै म्हामनै गाम के एक छोरे नै राख लिया, जो पहल्यां तै ए म्हारी गाड्डी चलावै सै।\n\nथारा भला हो,\n{sig}\n{co}",
   "चौधरी डेयरी फार्म", "chaudharydairy.example", tz="in", lang="bgc")
wr("hne-rice-mill", "मुंसी के काम के बारे म",
   "जय जोहार {n},\n\nहमर राइस मिल म मुंसी के काम बर तोर अरजी मिलिस, धन्यवाद। ए पइत हमन दूसर मनखे ल रख डारे हन, जउन पहिली ले इहें हिसाब-किताब देखत रहिस।\n\nतोर बर सुभकामना,\n{sig}\n{co}",
   "महानदी राइस मिल", "mahanadiricemill.example", tz="in", lang="hne")
wr("mag-sweets", "तिलकुट कूटे वाला जगह ला",
   "प्रणाम {n} जी,\n\nहमनी के तिलकुट दोकान पर कूटे वाला जगह ला अपने के अर्जी मिलल, बहुत धन्यवाद। ई बेर हमनी दोसर आदमी के रख लेली हे, जेकरा तिलकुट बनावे के पुरान अनुभव हइ।\n\nभगवान अपने के भला करथ,\n{sig}\n{co}",
   "गया तिलकुट भंडार", "gayatilkut.example", tz="in", lang="mag")
wr("gbm-homestay", "रस्वैया क काम बाबत",
   "सेवा सौंली {n} जी,\n\nहमरा होमस्टे मा रस्वैया क काम खुणि तुमरि अर्जी मिलि, भौत धन्यवाद। यीं दौं हमुन गौं कि एक दीदी तैं रखि याल, जु पैलि बटि यख रोटी-साग बणौंदि छै।\n\nतुमतैं भलि शुभकामना,\n{sig}\n{co}",
   "बुरांस होमस्टे", "buranshomestay.example", tz="in", lang="gbm")
wr("prs-carpet-wash", "در مورد وظیفه دستیار",
   "سلام {n} جان،\n\nتشکر از درخواست تان برای وظیفه دستیار در دکان قالین‌شویی ما. این دفعه یک نفر دیگر را گرفتیم که از پیش با ماشین‌های شستشو کار کرده بود.\n\nبرای تان موفقیت آرزو داریم،\n{sig}\n{co}",
   "قالین‌شویی پامیر", "pamircarpetwash.example", tz="af", lang="prs")
wr("aeb-nut-roaster", "على الخدمة في الحمّاص",
   "عسلامة {n}،\n\nيعيشك على الطلب متاعك باش تخدم معانا في الحمّاص. المرة هاذي اخترنا واحد آخر يعرف يخدم على الفرّان متاع الكاكاوية من قبل.\n\nربي يوفقك،\n{sig}\n{co}",
   "حمّاص باب سويقة", "babsouika-nuts.example", tz="tn", lang="aeb")
wr("acm-masgouf", "بخصوص شغلة مساعد الشوّاي",
   "هلا {n}،\n\nمشكور على طلبك حتى تشتغل ويانا بالمطعم مساعد شوّاي سمك مسگوف. هالمرة اخترنا واحد ثاني عنده خبرة بالشوي على الحطب من سنين.\n\nالله يوفقك،\n{sig}\n{co}",
   "مطعم أبو نؤاس للمسگوف", "abunuwasmasgouf.example", tz="iq", lang="acm")
wr("arq-sweets", "على الخدمة في الحانوت",
   "صحّيت {n}،\n\nيعطيك الصحة على الطلب تاعك باش تخدم عندنا في حانوت الحلويات. هاد المرة ختارينا واحد آخر عندو الخبرة في المقروط والقلب اللوز.\n\nربي يسهّل عليك،\n{sig}\n{co}",
   "حلويات القصبة", "casbahsweets.example", tz="dz", lang="arq")
wr("hmn-market-stall", "Txog txoj haujlwm ntawm peb lub khw zaub",
   "Nyob zoo {n},\n\nUa tsaug uas koj thov tuaj pab peb muag zaub ntawm lub khw. Zaum no peb twb xaiv lwm tus neeg uas paub hais lus Hmoob thiab lus Askiv zoo lawm.\n\nThov kom koj muaj hmoov zoo,\n{sig}\n{co}",
   "Vang Family Farm Stand", "vangfarmstand.example", tz="usc", lang="hmn")
wr("luo-fish-trader", "Wach kuom tich mar jakony",
   "Misawa {n},\n\nErokamano kuom kwayo tich mar jakony e ohala mar rech mwa. Kinde ni waseyiero ng'at machielo ma osetiyo e dho nam kodwa chon.\n\nWagombo ni Nyasaye omiyi gueth,\n{sig}\n{co}",
   "Dunga Beach Fish Traders", "dungafish.example", tz="ke", lang="luo")

# ---------------------------------------------------------------- wide: twins (confirmations, invitations, next steps, offers)
wo("application_received", "en-piano-tasks-ack", "You made an offer on '{role}'",
   "Hi {n},\n\nYour offer on '{role}' has been sent to the poster. They'll either assign the task to you or to another Tasker; if it goes to someone else, your offer is withdrawn automatically and nothing is charged.\n\nHandyhop",
   ("Handyhop", "Handyhop"), ("handyhop.example", "handyhop.example"), frm="Handyhop <tasks@{dom}>", role=("Piano crew helper - Sundays", "Upright piano move - 2 helpers"), tz=("au", "nz"))
wo("application_received", "en-undertaker-bulletin-ack", "Re: Office assistant (parish bulletin notice)",
   "Dear {n},\n\nThank you for your letter in reply to our notice in the bulletin. We will see a small number of people after Easter. If we choose someone else, I will write to you myself.\n\nYours sincerely,\n{sig}\n{co}",
   "Harrington & Daughters Funeral Directors", "harringtonfunerals.example", tz="uk")
wo("application_received", "en-pigeon-group-ack", "{sig} replied to your post in Fellside Racing Pigeon Club",
   "{sig} replied to your post in Fellside Racing Pigeon Club:\n\n\"{n} ta for the message about helping at the winter loft. Give me till Sunday, I'll post on here whether it's you or one of the others.\"\n\nView the post",
   "Fellside Racing Pigeon Club", "fellsidepigeons.example", frm="Groupwise <notify@groupwise.example>", tz="uk")
wo("application_received", "en-kitesurf-app-ack", "Message from {co} on Tideclub",
   "Tideclub | Club inbox\n\nHi {n}, got your instructor application. Try-outs are on the next windy Saturday. Whatever the head coach decides afterwards, you'll get the answer here in the club inbox. - {sig}",
   "Langebaan Kite Club", "langebaankite.example", frm="Tideclub <club@tideclub.example>", tz="za")
wo("application_received", "en-coracle-tickets-ack", "Message from the organiser: Coracle Building Weekend",
   "{sig} of {co} says:\n\"Hello {n}, thank you for offering to assist on the summer course. I'll decide before the month is out; if I ask someone else, you'll still get word here.\"\n\nSent via Ticketfern",
   "Teifi Coracle School", "teificoracle.example", frm="Ticketfern <organisers@ticketfern.example>", tz="uk")
wo("application_received", "en-aquascape-forum-ack", "Instructor answered your question in 'Aquascaping for Beginners'",
   "Learnloop | Course Q&A\n\n{sig} (instructor, {co}) answered your question in lesson 9:\n\"Thanks {n}, got your CV through the course inbox. I'll interview a few people next week and post here when the Bristol tech job is filled, so anyone who doesn't get it knows.\"\n\nView answer",
   "Riverbed Aquascapes", "riverbedaqua.example", frm="Learnloop <qa@learnloop.example>", tz="uk")
wo("application_received", "en-netmender-telex-ack", "TLX MSG FROM MFV {co}",
   "ZCZC 0388\nFM MFV {co} / SKIPPER {sig}\nTO {n}\nRE DECKHAND BERTH\nAPPLICATION RECEIVED. WILL DECIDE ON RETURN TO PORT FRIDAY. ANSWER BY SEAWIRE EITHER WAY.\nNNNN",
   "GOLDEN TERN", "goldentern.example", frm="Seawire Relay <relay@seawire.example>", tz="ie")
wo("application_received", "en-mapmaker-filerequest-ack", "Files received: 'Cartography assistant - samples'",
   "{sig} ({co}) has received your 4 files in \"Cartography assistant - samples\".\n\nMessage from {sig}: \"Thanks {n}! Uploads close on Friday. After that I'll reply to everyone who sent work, picked or not.\"\n\nDropcrate",
   "Inkwell Maps", "inkwellmaps.example", frm="Dropcrate <no-reply@dropcrate.example>", tz="nz")
wo("application_received", "en-headstone-drive-ack", "{sig} shared a folder with you",
   "{sig} ({co}) shared the folder \"Letter cutting - applicants\" with you.\n\nMessage: \"Hi {n}, please drop your sample photos in here. If we go with another cutter I'll remove your access and tell you in a note.\"\n\nCloudshelf",
   "Carrow Memorial Masons", "carrowmasons.example", frm="Cloudshelf <share@cloudshelf.example>", tz="uk")
wo("application_received", "en-dumpling-lark-ack", "[Workbench] Message from {sig}",
   "Workbench | {co} - Kitchen hiring\n\n{sig}: @{n} welcome to the hiring channel. Trials are Tuesday. Yes or no, I'll post the answer to you in here by Thursday.",
   "Golden Pleat Dumpling House", "goldenpleat.example", frm="Workbench <notify@workbench.example>", tz="sg")
wo("application_received", "en-orchid-matrix-ack", "You were invited to #hiring:orchidworks",
   "#hiring:orchidworks\n\n{sig}: Hi {n}, this room is for the potting hand applicants. I'll post times for shed visits here. If the job goes to someone else, I'll say so in here before I archive the room.\n\nSent from Lattice chat",
   "Orchid Works Nursery", "orchidworks.example", frm="Lattice <notices@lattice.example>", tz="nz")
wo("application_received", "en-cob-meetup-ack", "Message from the organiser of Earth Builders Devon",
   "{sig} (organiser) sent you a message:\n\n\"Hi {n}, glad you fancy the paid crew role on the cob barn. I'll choose after the volunteer day on the 14th and message you here whichever way it goes.\"",
   "Earth Builders Devon", "earthbuilders.example", frm="Groupgather <messages@groupgather.example>", tz="uk")
wo("application_received", "en-rodeo-esign-ack", "New message on Ranchline",
   "Ranchline | Stock sales and yards\n\n{sig} ({co}) messaged you about your listing \"Arena and yard hand\":\n\"Hi {n}, we saw your listing and your note. The committee picks arena hands after the spring bull sale. Picked: expect my call. Passed over: a note here from me with the reason.\"\n\nReply in Ranchline",
   "Calgary Creek Stampede", "calgarycreek.example", frm="Ranchline <messages@ranchline.example>", tz="cam")
wo("interview", "en-taxidermy-moodboard-int", "New message on Moodloft",
   "Moodloft | Messages\n\n{sig} ({co}) sent you a message:\n\n\"Hi {n}, loved your boards. Are you free on {dl} at 10am to try skinning a pheasant in the workshop? Unfortunately the workshop does smell strongly, so wear old clothes.\"\n\nReply on Moodloft",
   "Bramble & Bone Taxidermy", "brambleandbone.example", frm="Moodloft <messages@moodloft.example>", tz="uk")
wo("interview", "en-charcoal-radio-int", "Reply to your poster response - kiln helper",
   "Posterboard | You scanned the QR code on \"Kiln helper wanted - Wyre Forest\".\n\nReply from {sig} ({co}):\n\"Hi {n}, the boss wants to see you at the kiln on {dl}, eight sharp, for a burn. Unfortunately the track's flooded, so park at the top gate and walk down.\"\n\nPosterboard - replies to QR posters",
   "Wyre Forest Charcoal", "wyrecharcoal.example", frm="Posterboard <replies@posterboard.example>", tz="uk")
wo("interview", "en-banjo-video-int", "{co} replied to your comment",
   "{co} replied to your comment on \"Carving a banjo neck, part 4\":\n\n@{n} great question! We are hiring again - email us and come to the shop on {dl} for a bench try-out.\n\nReply",
   "Blue Ridge Banjo Works", "blueridgebanjo.example", frm="Vidplex <noreply@vidplex.example>", tz="use")
wo("interview", "en-taco-dm-int", "{co} sent you a Flash",
   "Flashchat | {co} sent you a Flash. It disappears after you view it.\n\nSaved text: \"hey {n}! fall crew spot is open, can u come by the truck {dl} at 3 for a tryout on the plancha? unfortunately the AC in the truck is broken so bring water lol\"",
   "lupitastacotruck", "lupitastacos.example", frm="Flashchat <flash@flashchat.example>", tz="usc")
wo("interview", "en-koi-stream-int", "Whisper from {co}",
   "Streamhall | Whisper\n\n{co}: hi {n}, we'd like you to try handling at the pond house on {dl}, 9am. Unfortunately the trial day is unpaid, though the sushi van comes by at noon.\n\nReply",
   "SwimsafeKoiAuctions", "swimsafekoi.example", frm="Streamhall <whispers@streamhall.example>", tz="usp")
wo("interview", "en-kente-video-int", "{co} replied to your comment",
   "Snapgrid | {co} replied to your comment on their photo \"Weavers wanted\":\n\n\"@{n} please come to the studio on {dl} in the morning and sit at the loom with us for a day. Unfortunately there is no bus to Bonwire that early, so take a taxi from the junction.\"\n\nView comment",
   "Adinkra Loom Studio", "adinkraloom.example", frm="Snapgrid <notify@snapgrid.example>", tz="gh")
wo("interview", "en-toffee-ordernote-int", "Note added to your order #{ref}",
   "{co} added a note to order #{ref}:\n\n\"Hi {n}, thanks for asking about work! Could you pop into the toffee kitchen on {dl} at 11 to talk and try the copper pan? Your order ships today.\"\n\nView order",
   "Knockbrae Toffee", "knockbraetoffee.example", frm="{co} <orders@{dom}>", tz="uk")

wo("next_steps", "en-polisher-resale-next", "{co} wrote to you on Relove",
   "Relove | Inbox\n\nSeller {co} wrote:\n\"Hi {n}, before we fix a trial day, could you send photos of two pieces you've finished yourself? Please send them by {dl}.\"\n\nReply",
   "Oakhaven Restorations", "oakhavenrestore.example", frm="Relove <noreply@relove.example>", tz="uk")
wo("next_steps", "en-juggling-payapp-next", "{co} requested $40.00",
   "{co} requested $40.00 from you.\n\nNote: \"Prop-hire deposit for the festival troupe audition, {n}. Please pay by {dl} to keep your audition slot; it's refunded afterwards. - {sig}\"\n\nPay | Decline",
   "Fringe Flyers Juggling", "fringeflyers.example", frm="Zapcash <payments@zapcash.example>", tz="cae")
wo("next_steps", "en-chaircane-freelance-next", "The customer replied to your quote",
   "Hi {n},\n\n{co} replied to your quote for \"Re-caning 24 bistro chairs\" on Tradefinder:\n\n\"Before we hire, could you re-cane one sample seat? We'll ship the frame. Please return it by {dl}.\"\n\nTradefinder - the directory of local trades",
   "Ravello Bistro Group", "ravellobistro.example", frm="Tradefinder <quotes@tradefinder.example>", tz="usp")
wo("next_steps", "en-rodeo-esign-next", "New message on Ranchline",
   "Ranchline | Stock sales and yards\n\n{sig} ({co}):\n\"Welcome aboard, {n}. Before you start, upload your first-aid card and a copy of your ranch-hand insurance to the committee's folder by {dl}.\"\n\nReply in Ranchline",
   "Calgary Creek Stampede", "calgarycreek.example", frm="Ranchline <messages@ranchline.example>", tz="cam")
wo("next_steps", "en-peat-speaker-next", "Voice message from {sig}",
   "You have a voice message on your Homecall speaker from {sig} ({co}).\n\nTranscript: \"Hiya {n}, you're on the cutting crew. Can you drop your boots size and your safe-pass card into the co-op office by {dl}? Thanks, bye.\"",
   "Bellacorick Turf Co-op", "bellacorickturf.example", frm="Homecall <voice@homecall.example>", tz="ie")
wo("next_steps", "en-mapmaker-filerequest-next", "File request: 'Cartography assistant - test map'",
   "{sig} ({co}) asks you to upload files to \"Cartography assistant - test map\".\n\nMessage: \"Hi {n}, you're on the shortlist. Please draw the attached village plan in your own style and upload it by {dl}.\"\n\nDropcrate",
   "Inkwell Maps", "inkwellmaps.example", frm="Dropcrate <no-reply@dropcrate.example>", tz="nz")

wo("offer", "en-cob-meetup-offer", "Message from the organiser of Earth Builders Devon",
   "{sig} (organiser) sent you a message:\n\n\"Hi {n}, good news - I'd like you as crew lead on the cob barn. Start {dl}. Unfortunately the pay is weekly in arrears for the first month.\"",
   "Earth Builders Devon", "earthbuilders.example", frm="Groupgather <messages@groupgather.example>", tz="uk")
wo("offer", "en-pigeon-group-offer", "{sig} replied to your post in Fellside Racing Pigeon Club",
   "{sig} replied to your post:\n\n\"{n} - loft job's yours mate. Start {dl}, six in the morning, Sundays off.\"\n\nView the post",
   "Fellside Racing Pigeon Club", "fellsidepigeons.example", frm="Groupwise <notify@groupwise.example>", tz="uk")
wo("offer", "en-kitesurf-app-offer", "Message from {co} on Tideclub",
   "Tideclub | Club inbox\n\nHi {n}, the head coach would like you as an instructor from {dl}. Unfortunately we can only do weekend shifts until December. Reply here to accept. - {sig}",
   "Langebaan Kite Club", "langebaankite.example", frm="Tideclub <club@tideclub.example>", tz="za")

wo("job_alert", "en-piano-tasks-alert", "New tasks near you",
   "Hi {n},\n\nNew tasks match your skills:\n- Move a pool table, 2 helpers\n- Flat-pack wardrobe assembly\n- Garden shed removal\n\nBrowse tasks | Alert settings\nHandyhop",
   "Handyhop", "handyhop.example", frm="Handyhop <tasks@{dom}>", tz="au")
wo("other_job", "en-dumpling-lark-status", "[Workbench] Message from {sig}",
   "Workbench | {co} - Kitchen hiring\n\n{sig}: @{n} small delay - the owner is travelling, so we'll decide on the dumpling station next week. Nothing decided yet for anyone.",
   "Golden Pleat Dumpling House", "goldenpleat.example", frm="Workbench <notify@workbench.example>", tz="sg")
wo("non_job_rejection_words", "en-koi-show-entry", "Koi show entry",
   "Hi {n},\n\nThanks for entering your kohaku in the spring show. Unfortunately the entry arrived after the deadline and the tanks are allocated, so we can't accept it this year.\n\n{sig}\n{co}",
   "Pacific Koi Society", "pacifickoi.example", tz="usp")
wo("non_job_rejection_words", "en-toffee-wholesale", "Wholesale enquiry",
   "Hi {n},\n\nThanks for asking about stocking our toffee in your café. We're not taking on new wholesale accounts until after Christmas, so we're declining for the moment.\n\n{sig}\n{co}",
   "Knockbrae Toffee", "knockbraetoffee.example", tz="uk")

wo("application_received", "de-roastery-ack", "Ihre Bewerbung ist angekommen",
   "Hallo {n},\n\ndanke, Ihre Bewerbung als Aushilfe in der Rösterei liegt bei uns. Bis Ende nächster Woche melden wir uns – auch dann, wenn wir den Platz an jemand anderen geben.\n\nHerzliche Grüße\n{sig}, {co}",
   "Röstwerk Süderelbe", "roestwerk.example", tz="eu", lang="de")
wo("application_received", "fr-dakar-bakery-ack", "Candidature bien reçue",
   "Bonjour {n},\n\nle dossier que vous avez envoyé pour la vente du matin est bien arrivé à la boulangerie. Réponse positive ou non, vous aurez notre coup de fil avant samedi.\n\n{sig}\n{co}",
   "Boulangerie Le Baobab", "boulangeriebaobab.example", tz="sn", lang="fr")
wo("application_received", "ja-pottery-paint-ack", "ご応募ありがとうございます",
   "{n}様\n\n絵付け補助スタッフへのご応募、誠にありがとうございます。書類を拝見し、二週間以内に結果をご連絡いたします。次の選考に進まれない場合も、必ずメールでお知らせします。\n\n{co}\n{sig}",
   "有田 青峰窯", "seihougama.example", tz="jp", lang="ja")
wo("application_received", "zh-teahouse-ack", "简历已收到",
   "{n}您好：\n\n我们已收到您应聘评弹演员助理的简历。无论是否进入面试，十天之内都会给您答复。\n\n{co}\n{sig}",
   "听雨茶馆", "tingyuteahouse.example", tz="cn", lang="zh")
wo("application_received", "bgc-dairy-van-ack", "थारी अर्जी आ गी",
   "राम राम {n} जी,\n\nथारी अर्जी म्हारै धोरै आ गी। हफ्ते भर म्ह बता द्यांगे, काम मिलै चाहे ना मिलै।\n\n{sig}\n{co}",
   "चौधरी डेयरी फार्म", "chaudharydairy.example", tz="in", lang="bgc")
wo("application_received", "aeb-nut-roaster-ack", "وصلنا الطلب متاعك",
   "عسلامة {n}،\n\nوصلنا الطلب متاعك. باش نكلموك قبل نهار الجمعة، قبلناك ولا ما قبلناكش.\n\n{sig}\n{co}",
   "حمّاص باب سويقة", "babsouika-nuts.example", tz="tn", lang="aeb")
wo("application_received", "hmn-market-stall-ack", "Peb twb txais koj daim ntawv",
   "Nyob zoo {n},\n\nPeb twb txais koj daim ntawv thov lawm. Peb yuav hu rau koj hauv ib lub lim tiam, txawm peb xaiv koj los yog tsis xaiv.\n\n{sig}\n{co}",
   "Vang Family Farm Stand", "vangfarmstand.example", tz="usc", lang="hmn")
wo("application_received", "luo-fish-trader-ack", "Wasenwang'o kwayo mari",
   "Misawa {n},\n\nWasenwang'o kwayo mari mar tich. Wabiro goyoni simu e kind jumbe ariyo, bed ni oyieri kata ok.\n\n{sig}\n{co}",
   "Dunga Beach Fish Traders", "dungafish.example", tz="ke", lang="luo")
wo("interview", "es-oaxaca-kiln-int", "Prueba en el taller",
   "Hola {n}:\n\nNos gustó tu mensaje. ¿Puedes venir al taller el {dl} a las siete de la mañana para una prueba con el horno? Por desgracia no hay dónde estacionar, mejor llega en colectivo.\n\n{sig}\n{co}",
   "Taller Barro Negro", "tallerbarronegro.example", tz="mx", lang="es")
wo("interview", "ko-woodshop-int", "공방 면접 안내",
   "{n}님, 안녕하세요.\n\n목공 보조 지원서 잘 받았습니다. {dl} 오후 2시쯤 공방에 들러 주시면 차 한잔하며 이야기해요. 아쉽게도 건물에 승강기가 없어서 3층까지 계단으로 올라오셔야 합니다.\n\n{co} {sig} 드림",
   "나무결 공방", "namugyeol.example", tz="kr", lang="ko")
wo("interview", "prs-carpet-wash-int", "برای گفتگو تشریف بیاورید",
   "سلام {n} جان،\n\nدرخواست تان را دیدیم. لطفاً روز {dl} ساعت ده صبح برای گفتگو به دکان ما بیایید.\n\n{sig}\n{co}",
   "قالین‌شویی پامیر", "pamircarpetwash.example", tz="af", lang="prs")
wo("interview", "acm-masgouf-int", "تعال جرّب ويانا",
   "هلا {n}،\n\nعجبنا طلبك. تگدر تجي للمطعم يوم {dl} الساعة أربعة العصر حتى تجرّب الشوي ويانا؟\n\n{sig}\n{co}",
   "مطعم أبو نؤاس للمسگوف", "abunuwasmasgouf.example", tz="iq", lang="acm")
wo("next_steps", "ru-banya-next", "Медицинская книжка",
   "Здравствуйте, {n}!\n\nСпасибо за собеседование. Следующий шаг — медицинская книжка. Пришлите, пожалуйста, её скан до {dl}, иначе мы не сможем поставить вас в график.\n\n{sig}\n{co}",
   "Баня на Заречной", "banyazarechnaya.example", tz="ru", lang="ru")
wo("next_steps", "hne-rice-mill-next", "कागज भेजे बर",
   "जय जोहार {n},\n\nतोर संग गोठ-बात होगे। अब अपन आधार कारड अउ बैंक पासबुक के फोटू {dl} तक भेज देबे, तभे काम सुरू हो पाही।\n\n{sig}\n{co}",
   "महानदी राइस मिल", "mahanadiricemill.example", tz="in", lang="hne")
wo("offer", "pt-bike-shop-offer", "A vaga é sua!",
   "Oi {n}!\n\nA vaga de ajudante na oficina é sua! Consegue começar no dia {dl}? Me responde até sexta, beleza?\n\n{sig}\n{co}",
   "Pedal Paulista Bikes", "pedalpaulista.example", tz="br", lang="pt")
wo("offer", "mag-sweets-offer", "काम पर आ जाथ",
   "प्रणाम {n} जी,\n\nतिलकुट कूटे के काम अपने के मिल गेल। {dl} से दोकान पर आ जाथ, भोरे सात बजे।\n\n{sig}\n{co}",
   "गया तिलकुट भंडार", "gayatilkut.example", tz="in", lang="mag")


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
    if lang in {"ja", "zh"}:
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
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, rng.randrange(3)), "sf": sig.split()[0],
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
        rec["id"] = f"blind33:{short}-{counters[short]:03d}"
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
