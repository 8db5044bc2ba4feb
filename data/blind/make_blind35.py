# ruff: noqa: E501, S311
"""Write the thirty-fifth sealed blind slice for issue 11 (blind-slice-35.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 35 and later never read; our side printed)
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

SEED = 350351
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-35.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 35

RECIPIENTS = [
    "Adaeze Okonkwo-Reid", "Caoimhe Brannigan", "Sizwe Dlamini", "Rhiannon Powys", "Vikram Iyengar",
    "Wairimu Gathoni", "Declan Fitzmaurice", "Efua Mensah-Bonsu", "Mariel Bautista", "Chidi Nwachukwu",
    "Tevita Fifita", "Aroha Te Rangi", "Saoirse Mulholland", "Ishita Banerjee", "Pieter Kruger",
    "Chiamaka Eze", "Rohan Kulkarni", "Folake Adebisi", "Eoghan Ó Briain", "Nokuthula Zungu",
    "Meenakshi Raman", "Kiprono Langat", "Barnaby Whitlock", "Reshma Persaud", "Tunde Bakare",
    "Dineo Sebego", "Jun Hao Tan", "Yaw Boateng", "Kerry-Ann Forbes", "Imran Qureshi",
    "Marcia Thompson-Ellis", "Keoni Akana", "Manaia Walker", "Fionnuala Hegarty", "Kibet Rotich",
    "Sneha Varghese", "Olamide Ferreira", "Akinyi Odera", "Kristel Manalo", "Hamish Cargill",
    "Adwoa Asantewaa Owusu", "Raymart Dizon", "Tatenda Chikore", "Anjali Pillai", "Kwabena Darko",
    "Mphatso Phiri", "Fatmata Kamara", "Afiq Hakim", "Losana Tuimavave", "Gráinne Tierney",
]
SIGNERS = [
    "Philippa Thorne", "Babatunde Ogundipe", "Rosamund Kerr", "Njeri Mwangi", "Kojo Antwi",
    "Cormac Doherty", "Elsabé van der Merwe", "Harriet Lockwood", "Nnamdi Obi", "Rowena Castillo",
    "Hemi Walker", "Boitumelo Molefe", "Esi Arthur", "Jaspreet Sandhu", "Orlaith Devane",
    "Mugo Kariuki", "Georgiana Pell", "Yaa Frimpong", "Mandla Zwane", "Bronagh Quigley",
    "Tshepo Mahlangu", "Lorna Fairweather", "Alistair Crombie", "Winifred Oduya", "Kayode Adeleke",
    "Gwyneth Llewellyn", "Sharlene Baptiste", "Ioane Faleolo", "Jacobus Pretorius", "Lindiwe Mthethwa",
    "Cressida Vaughan", "Ramesh Seepersad", "Rumbidzai Chidzero", "Mei Ling Goh", "Étienne Gauthier",
    "Maura Kilbride", "Tiwonge Nyirenda", "Dorcas Appiah", "Lachlan McIver", "Perpetua Okeke",
]
ZONE_SIGNERS = {
    "in": ["Shalini Rao", "Vivek Agarwal", "Deepa Menon", "Harish Bhat", "Nandini Iyer", "Abhijit Sen"],
    "pk": ["Ayesha Malik", "Usman Tariq", "Sana Javed"],
    "bd": ["Farhana Akter", "Mahmudul Hasan", "Nusrat Jahan"],
    "np": ["Sunita Gurung", "Bikash Shrestha"],
}
LANG_SIGNERS = {
    "ar": ["هبة النابلسي", "طارق العمري"], "de": ["Ulrike Hainzl", "Matthias Eder"],
    "es": ["Amparo Ferrer", "Vicent Soler"], "fr": ["Mathilde Roux", "Karim Benali"],
    "hi": ["सरिता छीपा", "महेश खत्री"], "it": ["Chiara Bellei", "Stefano Malagoli"],
    "ja": ["佐藤 由紀", "森田 健一"], "ko": ["박지훈", "이수빈"], "pt": ["Raimunda Sousa", "Edivaldo Pinheiro"],
    "ru": ["Ольга Белова", "Сергей Воронин"], "sw": ["Rehema Salum", "Hamisi Mkwawa"],
    "th": ["ชัยวัฒน์ ศรีสุข", "ประเสริฐ บุญมา"], "tr": ["Ayşe Demirtaş", "Hüseyin Güllü"],
    "ur": ["نادیہ شیخ", "عمران بلوچ"], "zh": ["刘建国", "陈晓燕"],
    "acw": ["عبدالله باناجه", "هند القرشي"], "ayn": ["أمة الرحمن الحوثي", "عبدالكريم الصنعاني"],
    "pga": ["Lado Wani", "Keji Lemi"], "hak": ["鍾阿妹", "邱永昌"],
    "new": ["रत्न शाक्य", "सुजाता बज्राचार्य"], "bra": ["गोपाल सिंह", "रामवती देवी"],
    "tcy": ["ಸೀತಾರಾಮ ಶೆಟ್ಟಿ", "ಪ್ರಮೀಳಾ ಪೂಜಾರಿ"], "ctg": ["নুরুল আলম", "রোকসানা বেগম"],
    "nag": ["Vikheto Sumi", "Akala Ao"], "ee": ["Kossi Agbeko", "Abla Dzifa Amegah"],
}
LANG_RECIPIENTS = {
    "ar": ["لينا عوض", "يزن الخطيب"], "de": ["Veronika Huber", "Florian Moser"],
    "es": ["Nerea Llopis", "Pau Martí"], "fr": ["Inès Mercier", "Théo Girard"],
    "hi": ["पूजा शर्मा", "राहुल मीणा"], "it": ["Sara Ferrari", "Matteo Rinaldi"],
    "ja": ["小林 さくら", "渡辺 翔太"], "ko": ["정하은", "김도현"], "pt": ["Larissa Cunha", "Igor Barbosa"],
    "ru": ["Екатерина Орлова", "Дмитрий Лебедев"], "sw": ["Mwanaisha Juma", "Daudi Massawe"],
    "th": ["กมลชนก สายทอง", "ณัฐวุฒิ แสงอรุณ"], "tr": ["Büşra Korkmaz", "Oğuz Tekin"],
    "ur": ["عائشہ نور", "حمزہ علی"], "zh": ["王思雨", "赵宇航"],
    "acw": ["رهف باعشن", "مازن الغامدي"], "ayn": ["سمية المتوكل", "فؤاد الشامي"],
    "pga": ["Poni Kenyi", "Jada Modi"], "hak": ["劉佳蓉", "曾建宏"],
    "new": ["बिनिता महर्जन", "सुमन डंगोल"], "bra": ["कमला चौधरी", "मोहन बघेल"],
    "tcy": ["ಶ್ರೀನಿವಾಸ ಕೋಟ್ಯಾನ್", "ವಿದ್ಯಾ ಸಾಲ್ಯಾನ್"], "ctg": ["মোহাম্মদ সেলিম", "তাসলিমা চৌধুরী"],
    "nag": ["Imtila Longkumer", "Neisatuo Kire"], "ee": ["Yao Kpodo", "Afi Dzramedo"],
}
GIVEN = {"Adwoa Asantewaa Owusu": "Adwoa", "Jun Hao Tan": "Jun Hao", "Eoghan Ó Briain": "Eoghan", "Aroha Te Rangi": "Aroha"}
GMAIL_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
PROVIDERS = ["plovermail", "kauripost", "baobabmail", "sandpipernet", "jacarandabox", "puffinpost"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"), "usm": ("-0700", "-0600", "n"),
    "usp": ("-0800", "-0700", "n"), "ak": ("-0900", "-0800", "n"), "hi": ("-1000", None, ""),
    "cae": ("-0500", "-0400", "n"), "cap": ("-0800", "-0700", "n"), "cam": ("-0700", "-0600", "n"),
    "in": ("+0530", None, ""), "au": ("+1000", "+1100", "s"), "auq": ("+1000", None, ""),
    "auw": ("+0800", None, ""), "nz": ("+1200", "+1300", "s"), "za": ("+0200", None, ""),
    "ng": ("+0100", None, ""), "gh": ("+0000", None, ""), "ke": ("+0300", None, ""),
    "sg": ("+0800", None, ""), "hk": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "tt": ("-0400", None, ""), "pk": ("+0500", None, ""), "bd": ("+0600", None, ""),
    "np": ("+0545", None, ""), "na": ("+0200", None, ""), "rw": ("+0200", None, ""),
    "sl": ("+0000", None, ""), "lr": ("+0000", None, ""), "cm": ("+0100", None, ""),
    "pg": ("+1000", None, ""), "ws": ("+1300", None, ""), "mw": ("+0200", None, ""),
    "ae": ("+0400", None, ""), "jo": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "ye": ("+0300", None, ""), "ss": ("+0200", None, ""), "tw": ("+0800", None, ""),
    "tg": ("+0000", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "ru": ("+0300", None, ""), "cn": ("+0800", None, ""), "br": ("-0300", None, ""),
    "tr": ("+0300", None, ""), "th": ("+0700", None, ""), "tz": ("+0300", None, ""),
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
    x: tuple[str, ...]
    copies: int
    lang: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", lang: str = "en") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    cos, doms, roles, tzs, xs = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x)
    copies = max(len(cos), len(doms), len(roles), len(xs))
    TEMPLATES.append(T(part, label, kind, f"blind35-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# ================================================================ mix: 40 ordinary template rejections
# Workday-like requisition (x2)
mr("wd-eyecare-derm", "{role} (R{ref}) - update from {co}",
   "Hello {n},\n\nThe hiring team for {role}, requisition R{ref}, has reached the end of its review. An offer went out to another applicant and was accepted, so the requisition now reads Concluded in your candidate home and there are no further steps on it for you.\n\nOther openings at {co} stay visible from the same page.\n\nTalent Acquisition\n{co}",
   ("Brightwell Optometry", "Cedarline Dermatology Group"), ("brightwell-optometry.example", "cedarline-derm.example"),
   frm="{co} Talent Acquisition <candidatehome@{dom}>", role=("Optical Dispensing Assistant", "Medical Receptionist - Dermatology"), tz=("uk", "use"))
# Greenhouse-like (x2)
mr("gh-mealkit-cowork", "Your application to {co}",
   "Hi {n},\n\nI've been through the {role} shortlist with the team this week, and we're carrying on with people whose background sits nearer to what the first six months will demand of this hire. That wraps things up on your side for this opening.\n\nI enjoyed reading your screening answers, especially the one about {x}.\n\n{sig}\nPeople team, {co}",
   ("Larder Loop", "Benchmark Lane Workspaces"), ("larderloop.example", "benchmarklane.example"),
   role=("Fulfilment Shift Lead", "Community Host"), tz=("cae", "au"), x=("a chilled box that missed its courier", "a member who kept double-booking the phone booths"))
# Lever-like (x2)
mr("lv-vegan-ebike", "{role} at {co}",
   "Hey {n},\n\nA quick note from me rather than a form: the {role} job has gone to someone who came to us through a referral, and they start on the 1st. I know that's disappointing.\n\nI enjoyed our call and the written task - {x}.\n\n{sig}",
   ("Fernhollow Foods", "Pedalpath"), ("fernhollow.example", "pedalpath.example"),
   role=("Junior Product Developer", "Rider Support Associate"), tz=("uk", "ie"), x=("your shelf-life notes were sharp", "your battery-swap rota idea was clever"))
# SmartRecruiters-like HTML card (x2)
mr("sr-themepark-toll", "{co}: your application for {role}",
   "<html><body><table style=\"border:1px solid #ccc\"><tr><td style=\"background:#1b4d7a;color:#fff\"><b>{co}</b></td></tr><tr><td>Hi {n},</td></tr><tr><td>Position: {role} &middot; Ref {ref}</td></tr><tr><td>Result: <b>Position offered to another applicant</b></td></tr><tr><td>We keep your profile for future openings.</td></tr></table></body></html>",
   ("Ridgeback Adventure Park", "Coastway Tollroads"), ("ridgeback-park.example", "coastway-tollroads.example"),
   frm="{co} Jobs <jobs-noreply@{dom}>", role=("Ride Operations Attendant", "Customer Contact Officer"), tz=("usc", "au"))
# iCIMS-like (x2)
mr("ic-fertility-sleep", "Regarding your application - {role}",
   "Dear {full},\n\nWe're grateful you considered {co}. Every application for {role} (Req #{ref}) has been read closely, and the practice is advancing a narrower group with more direct experience of this work. This search ends here for your application.\n\nFresh openings appear weekly on the careers portal.\n\nSincerely,\nRecruitment Services\n{co}",
   ("Meridian Fertility Partners", "Northbay Sleep Centres"), ("meridianfertility.example", "northbaysleep.example"),
   frm="Recruitment Services <careers@{dom}>", role=("Embryology Lab Assistant", "Polysomnography Technologist"), tz=("usp", "cap"))
# Taleo-like (x2)
mr("tl-terminal-steel", "Job {ref} - {role} - Application Status",
   "Dear {full},\n\nJob Number: {ref}\nJob Title: {role}\n\nSelection for this job has been completed and the posting is closed. Your submission was considered but not chosen; the status in your profile now shows \"Closed - Selection Complete\".\n\nYou may update your candidate profile and apply for other postings at any time.\n\n{co} Human Resources",
   ("Tasman Box Terminal", "Three Forks Steel"), ("tasmanbox.example", "threeforks-steel.example"),
   frm="{co} Careers <taleo-notify@{dom}>", role=("Straddle Carrier Operator Trainee", "Melt Shop Utility Worker"), tz=("nz", "usc"))
# Workable-like (x2)
mr("wk-skydive-campervan", "Your {role} application",
   "Hi {n},\n\nCheers for applying for {role}. We had {x} applications for a handful of places, and they've all gone now to people who can start straight away on the weekend rota. Not you on this occasion, though it was a tough pick.\n\nCheers,\n{sig} at {co}",
   ("Updraft Indoor Skydiving", "Roamward Campervans"), ("updraft-skydive.example", "roamward.example"),
   role=("Flight Desk Host", "Vehicle Handover Agent"), tz=("uk", "nz"), x=("212", "143"))
# BambooHR-like (x2)
mr("bb-cardboard-heatpump", "{co}: {role}",
   "Hello {n},\n\nThanks for considering the {role} opening. We have now hired for it and closed off the other applications, including yours. If a similar vacancy appears, do apply again.\n\nBest regards,\n{sig}\nHR, {co}",
   ("Cordwell Corrugated", "Warmfield Heat Pumps"), ("cordwell-corrugated.example", "warmfield.example"),
   role=("Die-Cutter Operator", "Trainee Heat Pump Installer"), tz=("usc", "ie"))
# Teamtailor-like (x2)
mr("tt-plumbing-brick", "About the {role} role",
   "Hi {n},\n\nA strong field applied for {role} at {co}, and the people joining our {x} branch are now chosen. You weren't among them this time. Our vacancies page lists new roles through the year.\n\nAll the best,\n{sig}\nRecruitment at {co}",
   ("Brassline Plumbing Supplies", "Redkiln Brick Co."), ("brassline.example", "redkiln.example"),
   role=("Trade Counter Assistant", "Green Brick Stacker"), tz="uk", x=("Leeds", "Falkirk"))
# Personio-like, German-English (x2)
mr("ps-toolmaker-hemp", "Your application as {role} - {co}",
   "Dear {full},\n\nwe appreciate your application and the confidence it shows in our firm. The position of {role} has been given to a candidate whose profile fits our present requirements more closely, which means your application cannot be taken any further.\n\nUnder the GDPR, half a year after the procedure ends, your documents are erased.\n\nKind regards\n{sig}\n{co}",
   ("Kessler Werkzeugbau GmbH", "Hanfweberei Lindner GmbH"), ("kessler-werkzeugbau.example", "hanfweberei-lindner.example"),
   frm="{sig} <{sl}@{dom}>", role=("CNC Toolmaker", "Loom Technician"), tz="eu")
# Pinpoint-like (x2)
mr("pp-science-dementia", "Outcome of shortlisting: {role}",
   "Dear {n},\n\nThe panel has finished shortlisting for {role}. The panel marked each application on the essential criteria; your total was {x}, and the interview list was drawn from those scoring 26 and above. Your application goes no further.\n\nIf you would like notes on the scoring, reply within two weeks.\n\n{sig}\nPeople and Culture, {co}",
   ("Glenrigg Science Centre", "Forget-me-not Care Trust"), ("glenrigg-science.example", "forgetmenot-trust.example"),
   role=("Learning Presenter", "Community Support Worker"), tz="uk", x=("19 out of 40", "21 out of 40"))
# Ashby-like founder note (x2)
mr("ab-cyber-hydro", "{role} - where we landed",
   "Hi {n},\n\nWriting this one myself rather than leaving it to the system. The {role} offer went to someone who {x}, and they said yes yesterday. It was close, and your take-home was one of the two I kept going back to.\n\nWhen headcount grows again, I'll look you up first.\n\n{sig}\nCo-founder, {co}",
   ("Tamper Labs", "Rootwell Growing Systems"), ("tamperlabs.example", "rootwell.example"),
   role=("Security Engineer", "Controls Engineer"), tz=("use", "usm"), x=("had run incident response at a payments company", "had commissioned nutrient-dosing rigs before"))
# plain, Namibia / Nigeria (x2)
mr("pl-uranium-asphalt", "Application for {role}",
   "Dear {full},\n\nThe selection exercise for {role} is concluded, and management has filled the vacancy with another applicant. {co} thanks you for applying and wishes you success in your career.\n\nYours faithfully,\n{sig}\nHuman Resources Officer",
   ("Erongo Rock Uranium", "Lagoon Lines Asphalt Ltd"), ("erongo-rock.example", "lagoonlines.example"),
   role=("Haul Truck Operator", "Road Marking Supervisor"), tz=("na", "ng"))
# plain, Pakistan / Bangladesh (x2)
mr("pl-surgical-jute", "{role} position - {co}",
   "Dear {full},\n\nFurther to the trade test held at our premises, the appointment for {role} is final: the selection committee chose another candidate. Your file will remain with us for six months against any future requirement.\n\nRegards,\n{sig}\nAdmin & HR, {co}",
   ("Mehran Surgical Works", "Sonali Fibre Jute Mills"), ("mehran-surgical.example", "sonalifibre.example"),
   role=("Instrument Polisher", "Spinning Supervisor"), tz=("pk", "bd"))

# singles
mr("one-bunkering", "Deckhand berth - {co}",
   "Hi {n},\n\nThe deckhand berth on the barge went to a man who has already done two seasons on the tanker run out of Algeciras. I'd have liked to take two, but the crew list is fixed at six. Good of you to come down to the jetty.\n\n{sig}\nOperations, {co}",
   "Rock Straits Bunkering", "rockstraits.example", tz="eu")
mr("one-noni", "Packing-shed supervisor",
   "Talofa {n},\n\nThe board met on Friday about the packing-shed supervisor job and appointed a supervisor from our Savai'i shed who already knows the line. Fa'afetai for applying and for the phone call.\n\nSoifua,\n{sig}\n{co}",
   "Tala Noni Exports", "talanoni.example", tz="ws")
mr("one-pineapple", "Harvest crew lead - {co}",
   "Aloha {n},\n\nHiring for the harvest crew lead on the upper fields is done. The job was offered to our crew foreman from the lower block, and he accepted on Monday. Mahalo for your interest and for driving out to see the farm.\n\n{sig}\nFarm office, {co}",
   "Ka'ena Pineapple Co.", "kaena-pineapple.example", tz="hi")
mr("one-demolition", "Seward tear-down crew",
   "{n},\n\nInterviews for the labourer spots on the cannery tear-down in Seward are done. All four spots are taken, and you aren't on the crew for this job. Should we win the Kenai contract in spring, watch for the posting.\n\n{sig}\n{co}",
   "Northstar Demolition", "northstar-demo.example", tz="ak")
mr("one-trekking", "Trekking guide application",
   "Namaste {n},\n\nThank you for applying for trekking guide (Annapurna routes). Our owner has selected two guides from licence holders who have worked with us as assistant guides in past seasons. We keep your CV in our file and may contact you for the autumn season if there is need.\n\nDhanyabad,\n{sig}\n{co}, Thamel",
   "Himal Trail Treks", "himaltrail.example", tz="np")
mr("one-cctv", "CCTV Installation Technician - result",
   "Dear {full},\n\nFollowing the practical test for CCTV Installation Technician: The company has settled on two candidates holding a TVET certificate in electronics with field experience on NVR set-ups. Your application has not been retained.\n\nBest regards,\n{sig}\n{co}, Kigali",
   "Inyenyeri Secure Systems", "inyenyeri-secure.example", tz="rw")
mr("one-fireprotection", "Extinguisher Service Technician",
   "Dear {n},\n\nThe post of Extinguisher Service Technician at {co} has been given to an applicant who already holds the refill-station certificate. Your test at the Wilberforce workshop was appreciated; we hold your details until the next intake.\n\nYours sincerely,\n{sig}",
   "Lion Mountain Fire Protection", "lionmountain-fire.example", tz="sl")
mr("one-estateagent", "Sales negotiator - Douglas office",
   "Dear {n},\n\nThanks for the meeting about the sales negotiator post in our Douglas office. We've appointed someone who has sold property on the island for several years and knows the Onchan and Laxey streets well. I'm sorry to bring you this news after a good conversation.\n\nKind regards,\n{sig}\n{co}",
   "Laxey Bay Estate Agents", "laxeybay.example", tz="uk")
mr("one-schoolmeals", "Kitchen Supervisor (Chaguanas)",
   "Good day {n},\n\nThe panel for Kitchen Supervisor at our Chaguanas production kitchen has chosen a candidate with food-safety supervisor certification and four years in bulk cooking. This time your application ends here.\n\nRegards,\n{sig}\nHuman Resources, {co}",
   "Caroni School Meals Ltd", "caroni-meals.example", tz="tt")
mr("one-uniforms", "Sewing room supervisor - Bamenda",
   "Dear {full},\n\nWe acknowledge with thanks your interest in the sewing room supervisor position. After the trial cut on Saturday the directors engaged a tailor who has run a production floor of twenty machines before. The position is now closed.\n\nSincerely,\n{sig}\n{co}",
   "Mankon Uniforms Ltd", "mankon-uniforms.example", tz="cm")
mr("one-guards", "Guard supervisor recruitment",
   "Dear {n},\n\nThe guard supervisor vacancy is now filled. The company picked a candidate who served as shift commander on one of our mining-site contracts. Thank you for applying to {co}.\n\n{sig}\nOperations Manager, Monrovia",
   "Mesurado Guard Services", "mesurado-guard.example", tz="lr")
mr("one-trafficcontrol", "Traffic controller roster - {co}",
   "Hi {n},\n\nThanks for sitting the stop/slow bat assessment last week. Our roster for the Hubert Murray Highway works is now complete with crew who already hold the traffic controller ticket, so this contract's crew is complete without you. Good luck with the ticket course.\n\n{sig}\n{co}, Port Moresby",
   "Kumul Traffic Control", "kumul-traffic.example", tz="pg")

# ================================================================ mix: 60 of issue 11's kinds
# person-written thread replies after interviews: the decision only as someone else's hire, no negation (8 x2)
mr("th-opera", "RE: [EXT] Re: Répétiteur audition - follow-up",
   "Hi {n},\n\nThursday was a joy. The chorus master keeps mentioning your sight-reading of the Britten.\n\nWe have asked {x}, who played for our summer season, to take the répétiteur post from September; he knows the house, which tipped it. I'll happily pass your name to other houses.\n\nWarmly,\n{sf}\n\n-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: Re: Répétiteur audition\n\nDear {sf}, has the panel come to a view? Many thanks, {n}",
   ("Riverside Lyric Opera", "Southern Cross Opera Company"), ("riversidelyric.example", "southerncross-opera.example"), tz=("uk", "au"), x=("Tomasz", "Hamish"))
mr("th-patent", "Re: [EXT] Re: Trainee patent attorney - second interview",
   "Dear {n},\n\nIt was a pleasure talking claim drafting with you on Tuesday; your bicycle-brake answer was the best argued we heard.\n\nThe partners have chosen {x}, our paralegal, who has sat two foundation papers and moves into the trainee seat in October. With your permission I'll hold your CV for next year's intake.\n\nAll best,\n{sig}\n{co}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, thanks again for the second interview. Is there anything more you need from me?",
   ("Hollis & Garrow", "Ward Kemp IP"), ("hollisgarrow.example", "wardkemp-ip.example"), tz=("uk", "nz"), x=("Imogen", "Anahera"))
mr("th-blockmanager", "RE: [EXT] Re: Block manager - Thursday",
   "Hi {n},\n\nThe residents' rep at {x} enjoyed your sinking-fund questions.\n\nWe have asked Precious from our lettings team to step into the block manager job. She has run three of the buildings since spring; the directors chose continuity. Use me as a referee any time.\n\nKind regards,\n{sig}\n{co}\n\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: Re: Block manager\n\nHi {sf}, where do things stand? {n}",
   ("Larchmont Estate Management", "Quayside Block Management"), ("larchmont-em.example", "quayside-bm.example"), tz=("uk", "ie"), x=("Alder Court", "the Grand Canal Dock block"))
mr("th-facilities", "RE: [EXT] RE: Site supervisor - {x}",
   "Hello {n},\n\nYou handled Monday's chiller-failure scenario calmly, thank you.\n\nHaving weighed it up, we have appointed Kelvin, our night-shift lead on site, who steps into the supervisor role next month. Perhaps we'll meet again on another contract.\n\nBest regards,\n{sig}\n{co}\n\n________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: RE: Site supervisor\n\nDear {sf}, is there any decision yet? {n}",
   ("Keystone Integrated FM", "Harbourview FM Services"), ("keystone-fm.example", "hvfm.example"), tz=("sg", "hk"), x=("Jurong campus", "Kwun Tong tower"))
mr("th-cannabis", "Re: [EXT] Re: QA associate interview",
   "Hi {n},\n\nReally appreciated your visit to the grow rooms last week - the head grower says yours was the best question about mould swabs she's heard in a year.\n\nWe've gone with {x}, who has been acting QA associate since the spring audit and knows our SOPs inside out. I'd be glad to pass your résumé to two other licensed producers I trust.\n\nTake care,\n{sig}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, any word from the team on the QA role?",
   ("Boreal Leaf Cannabis", "Front Range Botanicals"), ("borealleaf.example", "frontrange-bot.example"), tz=("cap", "usm"), x=("Dev", "Marisol"))
mr("th-sprinkler", "RE: [EXT] Re: Sprinkler design engineer",
   "Dear {n},\n\nYour pump sizing calcs were very tidy.\n\nThe design engineer post has gone to {x}, the fire-engineering graduate who's spent eighteen months with our installation crews; he accepted on Friday. I'll mention you to our design subcontractor.\n\nRegards,\n{sig}\n{co}\n\n-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: Re: Sprinkler design engineer\n\nHello {sf}, how is the process going? Best, {n}",
   ("Torrent Sprinkler Systems", "Deluge Fire Engineering Inc."), ("torrent-sprinkler.example", "deluge-fire.example"), tz=("uk", "use"), x=("Rhys", "Marcus"))
mr("th-standbuild", "Re: [EXT] Re: Project manager - stand builds",
   "Hi {n},\n\nGreat to meet you, and thanks for sketching that modular booth on the back of a price list.\n\nWe've given the project manager job to {x}, who has run our trade-show installs on contract for three years and can travel from day one. I'd like to keep you on our list for freelance build crews in the autumn, if that appeals.\n\nBest,\n{sig}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, any update since Friday?",
   ("Plinth & Panel Exhibits", "Southern Alps Stand Co."), ("plinthpanel.example", "southernalps-stands.example"), tz=("cae", "nz"), x=("Marguerite", "Wiremu"))
mr("th-bodyshop", "RE: [EXT] Re: Damage assessor - feedback",
   "Morning {n},\n\nThe panel beaters say you priced the test car's bumper closer than anyone.\n\nThe insurer wanted someone already on its approved list, so we've appointed {x} from our parts desk, signed off by them in June. A second seat may follow; I'd ring you.\n\nRegards,\n{sig}\n{co}\n\n-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: Re: Damage assessor\n\nHi {sf}, any news after Tuesday? {n}",
   ("Midleton Crash Repair", "Highveld Body Works"), ("midleton-crash.example", "highveld-body.example"), tz=("ie", "za"), x=("Seán", "Thabo"))

# clear refusals under long footers (4 x2)
mr("ft-autoglass", "Mobile Auto Glass Technician - {x}",
   "Hi {n},\n\nYour application for Mobile Auto Glass Technician ({x}) reached us, thanks. Having read it, we've decided your application stops here.\n\nWishing you the best with your search.\n\n{co} Recruitment\n\n------------------------------\nChipped screen? Book a same-day repair online: {dom}/book\nADAS camera recalibration now at 62 centres\nInsurance claims handled direct with your insurer\nJob alerts: pick roles near you at careers.{dom}/alerts\nSeasonal offers every month in our app\n{co}. Registered office: Unit 4, Halden Park. Company no. 0{ref}\nAnything in or attached to this email is meant for the addressee alone. Got it by accident? Delete it and let us know.\nManage email preferences | Privacy notice | Unsubscribe",
   ("Glazewise Auto Glass Ltd", "Glazewise Auto Glass (Ireland) Ltd"), ("glazewise.example", "glazewise-ie.example"),
   frm="{co} Recruitment <recruitment@{dom}>", tz=("uk", "ie"), x=("Wakefield", "Naas"))
mr("ft-greetingcards", "Store Team Member - {x}",
   "Hi {n},\n\nOur {x} store has filled its team member vacancy, and your application was unsuccessful.\n\nWarm wishes,\nThe {co} team\n\n~ ~ ~\nJoin Card Club: a free card on your birthday and 10% off wrapping\nFree wrapping in store on orders over $30\nClick & collect in two hours from 140 stores\nNew this week: hand-lettered wedding range, pop-up birthday cards\nLooking for work with us? Set up job alerts at {dom}/careers\n{co} Pty Ltd  ABN 53 {ref} 118\nAustralian owned and run since 1994.\nUnsubscribe | Contact us | Privacy",
   ("Paper Lantern Cards", "Paper Lantern Cards NZ"), ("paperlantern.example", "paperlantern-nz.example"),
   frm="{co} Careers <careers@{dom}>", tz=("au", "nz"), x=("Chadstone", "Sylvia Park"))
mr("ft-sportinggoods", "Your application: {role}",
   "Hi {n},\n\nThanks for your interest in {role} at {co}. We're hiring other applicants for this position, so yours ends here.\n\nGood luck out there,\n{co} Talent Team\n\n_____\nStride Rewards: earn points on every purchase | Price match promise | Free curbside pickup\nShop bikes, paddles and camping gear at {dom}\nFind your store: hours, services and bike tune-up booking\n{co} hires on merit alone; who you are, where you come from, whom you love and whether you served have no bearing on our decisions.\nThis mail reached you after an application on our careers site. Mailing address: 2200 Ridgeline Pkwy, Suite {ref}.\nUnsubscribe from recruiting emails",
   ("Summit Stride Sports", "Summit Stride Sports Canada"), ("summitstride.example", "summitstride-ca.example"),
   frm="{co} Talent <talent@{dom}>", role=("Seasonal Bike Technician", "Paddle Sports Associate"), tz=("usm", "cae"))
mr("ft-petfood", "{role}: application outcome",
   "Dear {n},\n\nShortlisting for {role} at {co} is finished. The shortlist went ahead without your name.\n\nKind regards,\nTalent team, {co}\n\n==============================\nNew: grain-free kibble for senior dogs - see our recipes at {dom}/food\nVet advice line open weekdays 8-5\nRecruitment with us is free: no fee is ever charged to applicants. Report suspicious messages to fraud@{dom}\nFollow us for stockist news and puppy-feeding guides\n{x}\nSent from an unattended mailbox. To update your job alert settings visit careers.{dom}",
   ("Whiskerwood Pet Nutrition (Pty) Ltd", "Whiskerwood Pet Nutrition Kenya Ltd"), ("whiskerwood.example", "whiskerwood-ke.example"),
   frm="{co} <talent@{dom}>", role=("Extrusion Operator", "Route Sales Representative"), tz=("za", "ke"),
   x=("We handle personal information as POPIA requires. Reg. no. 2011/{ref}/07", "We handle your personal data as the Data Protection Act, 2019 requires. P.O. Box {ref}, Nairobi"))

# hedged refusals: only that others fit better, or the company went another way (4 x2 + 1)
mr("hd-signage", "Workshop technician - {co}",
   "Hi {n},\n\nI'm glad you made it over to the workshop. We met several people with strong wrap and fabrication skills, and in the end the applicants we are taking on lined up more squarely with the large-format routing this role leans on.\n\nI hope the rest of your search goes well.\n\n{sig}\n{co}",
   ("Boldface Signage", "Kallang Sign Works"), ("boldface-signs.example", "kallangsign.example"), tz=("uk", "sg"))
mr("hd-notarial", "Trainee notarial clerk",
   "Dear {n},\n\nThe partners enjoyed meeting you. They have reflected on the interviews and felt that another applicant's probate background sits nearer to what the practice needs over the coming year.\n\nWith best wishes,\n{sig}\n{co}",
   ("Le Page Notarial", "Vibert & Falle Notaries"), ("lepage-notarial.example", "vibertfalle.example"), tz="uk")
mr("hd-verticalfarm", "Grow technician application",
   "Hi {n},\n\nIt was good to walk the farm floor with you. For the grow technician hire the team has leaned toward applicants whose horticulture under LED lighting runs a little deeper, and they are the ones going through.\n\nBest wishes,\n{sig}\n{co}",
   ("Stacked Greens", "Oasis Tier Farms"), ("stackedgreens.example", "oasistier.example"), tz=("sg", "ae"))
mr("hd-stationery", "Sales Representative - {co}",
   "Dear {full},\n\nFurther to your interview for Sales Representative, management has decided to go a different route with this position and has settled the matter for now.\n\nWe value the interest you have shown.\n\nYours faithfully,\n{sig}\nFor: {co}",
   ("Penmark Stationery Distributors", "Quillstone Office Supplies Ltd"), ("penmark.example", "quillstone.example"), tz=("gh", "ng"))
mr("hd-pestcontrol", "Pest technician role",
   "G'day {n},\n\nGood to chat on Wednesday. Two of the other applicants already hold the timber pest inspection ticket, and that edged them ahead for this round. We've gone ahead and made offers to them.\n\nCheers,\n{sig}\n{co}",
   "Bluegum Pest Management", "bluegum-pest.example", tz="auq")

# recruiter follow-ups after a call: the decision and another role in the same breath (3 x2 + 1)
mr("rc-cosec", "Following our call - company secretary role",
   "Hi {n},\n\nAs promised on the phone: the client chose the other finalist for the assistant company secretary post, largely because she has listed-company board experience. In the same breath, I have an interim company secretarial contract at {x}, six months, hybrid - may I submit you?\n\n{sig}\n{co}",
   ("Calder Governance Recruitment", "Liffey Search Partners"), ("calder-gr.example", "liffeysearch.example"), tz=("uk", "ie"), x=("a family-owned drinks group", "a Dublin shipping agency"))
mr("rc-salvage", "Re: our call today",
   "{n},\n\nAs we discussed: the salvage firm picked their other finalist as project engineer, as he's worked on a wreck removal in the Gulf. Separately, a hovercraft operator in {x} needs a maintenance planner from next month. Interested? A call could happen this week.\n\n{sig}\n{co}",
   ("Bowline Marine Talent", "Gulf Stream Technical Staffing"), ("bowline-talent.example", "gulfstream-staffing.example"), tz=("cae", "use"), x=("Quebec", "Louisiana"))
mr("rc-callcentre", "Call centre ops manager - update",
   "Hi {n},\n\nGood to speak earlier. The client has promoted their own team leader into the operations manager position, so that one is closed. I do have a workforce planning lead role at {x} that suits your forecasting work - tell me by tomorrow and I'll submit you.\n\nRegards,\n{sig}\n{co}",
   ("Meridian Talent Partners", "Lekki Staffing Solutions"), ("meridiantp.example", "lekkistaffing.example"), tz=("za", "ng"), x=("an insurer's claims centre in Durban", "a telecoms contact hub in Ikeja"))
mr("rc-poultry", "QA supervisor role - after our call",
   "Hi {n},\n\nGood talking this afternoon. The poultry integrator has given the QA supervisor job to an internal candidate from their Bulacan plant. There's a QA officer opening at a feed mill in Batangas that matches your HACCP background, though - want me to forward your CV today?\n\n{sig}\n{co}",
   "Agrihire Philippines", "agrihire-ph.example", tz="ph")

# public-sector notices (4 x2)
mr("pb-usfederal", "Notice of Results - Announcement {ref}",
   "Dear {full},\n\nAnnouncement {ref}: {role}.\n\nYour application met the minimum qualification standard. Your name, however, does not appear on the certificate of eligibles issued to the selecting official; the referral slots went to higher-rated applicants. You need take no action.\n\nThis mailbox is unattended.\n{co} Human Resources",
   ("Bureau of Inland Navigation", "Federal Records Center Service"), ("binav.example", "frcs.example"),
   frm="{co} Staffing <staffing-noreply@{dom}>", role=("Lock and Dam Operator, WG-5426-08", "Archives Technician, GS-1421-05"), tz=("usc", "use"))
mr("pb-aps", "Outcome: {role} ({ref})",
   "Dear {n},\n\nYou applied for {role} (vacancy {ref}).\n\nAustralian citizenship at the closing date was a condition of this vacancy, and the information you supplied shows you did not hold it. You have been assessed as ineligible and removed from the process.\n\nRecruitment Team\n{co}",
   ("Australian Bureau of Coastal Survey", "Queensland Department of Inland Waters"), ("abcs.example", "qdiw.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("APS 4 Data Officer", "AO3 Licensing Officer"), tz=("au", "auq"))
mr("pb-cancelled", "Vacancy {ref}: {role}",
   "Dear {full},\n\nYou applied for the vacancy of {role}. The recruitment exercise for this vacancy was called off after {x}; nobody will be appointed from it. All applications received have been closed.\n\nYours sincerely,\n{sig}\nFor the Chief Executive, {co}",
   ("Mzimba District Council", "Southern Health and Social Care Trust"), ("mzimba-dc.example", "shsct.example"),
   role=("Assistant Procurement Officer", "Band 3 Ward Clerk"), tz=("mw", "uk"), x=("a revised staff establishment from the Ministry", "a review of the ward's services"))
mr("pb-cutoff", "Result: {role}",
   "Dear Candidate {full},\n\nRoll No. {ref}\n\nThe final merit list for {role} has been published. Your merit position is {x} only, against the notified posts. Your candidature therefore stands closed for this case.\n\nAssistant Director (Recruitment)\n{co}",
   ("Federal Public Service Commission", "Bangladesh Public Service Commission"), ("fpsc-recruit.example", "bpsc-recruit.example"),
   frm="{co} <results@{dom}>", role=("Inspector, Customs (BS-16)", "Assistant Engineer (non-cadre)"), tz=("pk", "bd"), x=("212, and the Commission has recommended candidates for appointment up to merit position 148", "1,431, and the Commission has recommended candidates for appointment up to merit position 1,180"))

# bare ATS status updates (3 x2)
mr("st-nfa", "Application status changed",
   "Role: {role}\nReference: {ref}\nNew status: No further action\n\nSent automatically by the {co} careers site. Log in to view all your applications.",
   ("Harrowgate Pallet Services", "Brindabella Motor Group"), ("harrowgate-pallets.example", "brindabella-motors.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Yard Operative", "Service Advisor"), tz=("uk", "au"))
mr("st-declined", "Stage change for {role}",
   "<html><body><p>Hi {n},</p><table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><th>Requisition</th><th>Role</th><th>Stage</th></tr><tr><td>{ref}</td><td>{role}</td><td>Declined by hiring team</td></tr></table><p>{co} Careers</p></body></html>",
   ("Lakeshore Ambulatory Surgery Center", "Prairie Rose Propane"), ("lakeshore-asc.example", "prairierose-propane.example"),
   frm="{co} Careers <careers@{dom}>", role=("Sterile Processing Technician", "Delivery Driver (Class 3)"), tz=("usc", "cam"))
mr("st-nolonger", "Application update: {role}",
   "Dear {full},\n\nYour application for {role} (Job ID {ref}) is no longer under consideration.\n\n{co} Recruitment",
   ("Vasundhara Fertilisers", "Luzon Shared Services Hub"), ("vasundhara-fert.example", "luzonssh.example"),
   frm="{co} Recruitment <jobs@{dom}>", role=("Field Sales Officer", "Payroll Associate"), tz=("in", "ph"))

# internship / graduate-programme decisions (3 x2)
mr("in-acoustics", "Summer placement 2026 - decision",
   "Dear {n},\n\nThe {co} summer placement in acoustics drew {x} applications for eight places this year. After the online task and interviews every place has been offered, and yours was one of many strong applications we could not take forward.\n\nGood luck with your studies.\n\nEarly Careers Team\n{co}",
   ("Reverb & Null Acoustic Consultants", "Ceol Acoustics"), ("reverbnull.example", "ceolacoustics.example"), tz=("uk", "ie"), x=("1,150", "640"))
mr("in-forecast", "Your {role} application",
   "Hi {n},\n\nThe {role} class at {co} is full for this year: every seat was offered and taken up, and the cohort starts in May. Your application closes here for this cycle.\n\nApplications for the fall term open in August.\n\nUniversity Recruiting\n{co}",
   ("Ridgewind Meteorological Services", "Maritime Forecast Centre"), ("ridgewind-met.example", "maritimeforecast.example"),
   frm="University Recruiting <campus@{dom}>", role=("Forecasting Internship", "Data Assimilation Co-op"), tz=("usp", "cae"))
mr("in-exchange", "Graduate Internship Programme: outcome",
   "Dear {full},\n\nAfter the assessment day for the {co} Graduate Internship Programme, the selection panel has allocated all {x} internship places. You were not among the graduates selected, and we are sorry to bring this news.\n\nYours sincerely,\n{sig}\nLearning and Development",
   ("Highveld Securities Exchange", "Lagos Commodities Exchange"), ("highveld-sx.example", "lagos-cx.example"), tz=("za", "ng"), x=("24", "30"))

# ================================================================ mix: 50 confirmations, most talking about a refusal that has not happened
# twins of the ATS shapes (14 x2)
mo("application_received", "wd-eyecare-derm-ack", "We have your application: {role} (R{ref})",
   "Hello {n},\n\nRequisition R{ref}, {role}: your submission is now visible to the hiring team. Expect a review within a fortnight or three weeks. Should someone else fill the requisition, your candidate home switches to Concluded and an email goes to you too, so either way you will know where you stand.\n\nTalent Acquisition\n{co}",
   ("Brightwell Optometry", "Cedarline Dermatology Group"), ("brightwell-optometry.example", "cedarline-derm.example"),
   frm="{co} Talent Acquisition <candidatehome@{dom}>", role=("Optometrist (Part-Time)", "Patient Coordinator"), tz=("uk", "use"))
mo("application_received", "gh-mealkit-cowork-ack", "Thanks for applying to {co}",
   "Hi {n},\n\nYour application for {role} is safely with us. I read each one myself, so allow me until {dl}. A chat, or a note that other people are going through: either way it'll be a real reply from me, never silence.\n\n{sig}\nPeople team, {co}",
   ("Larder Loop", "Benchmark Lane Workspaces"), ("larderloop.example", "benchmarklane.example"),
   role=("Menu Planning Coordinator", "Events and Memberships Assistant"), tz=("cae", "au"))
mo("application_received", "lv-vegan-ebike-ack", "Got it - {role}",
   "Hey {n},\n\nYour application for {role} landed in my inbox this morning. I'm talking to people over the next fortnight. If it ends up going to someone else I'll tell you myself, no auto-reply.\n\n{sig}\n{co}",
   ("Fernhollow Foods", "Pedalpath"), ("fernhollow.example", "pedalpath.example"),
   role=("Brand Marketing Assistant", "Workshop Mechanic"), tz=("uk", "ie"))
mo("application_received", "sr-themepark-toll-ack", "{co}: application received",
   "<html><body><table style=\"border:1px solid #ccc\"><tr><td style=\"background:#1b4d7a;color:#fff\"><b>{co}</b></td></tr><tr><td>Hi {n},</td></tr><tr><td>Position: {role} &middot; Ref {ref}</td></tr><tr><td>Status: <b>Received</b></td></tr><tr><td>Should another applicant be offered the position, this card changes and an email follows. Meanwhile, no action needed.</td></tr></table></body></html>",
   ("Ridgeback Adventure Park", "Coastway Tollroads"), ("ridgeback-park.example", "coastway-tollroads.example"),
   frm="{co} Jobs <jobs-noreply@{dom}>", role=("Food and Beverage Host", "Roadside Assistance Patroller"), tz=("usc", "au"))
mo("application_received", "ic-fertility-sleep-ack", "Your application to {co} - {role}",
   "Dear {full},\n\nThe practice has received your application for {role} (Req #{ref}). A recruiter reviews it within ten business days. Applicants who are not advanced are informed through the portal, and we do keep every application on file for twelve months regardless of the result.\n\nSincerely,\nRecruitment Services\n{co}",
   ("Meridian Fertility Partners", "Northbay Sleep Centres"), ("meridianfertility.example", "northbaysleep.example"),
   frm="Recruitment Services <careers@{dom}>", role=("Nurse Coordinator", "Sleep Clinic Receptionist"), tz=("usp", "cap"))
mo("application_received", "tl-terminal-steel-ack", "Job {ref} - {role} - Submission Received",
   "Dear {full},\n\nJob Number: {ref}\nJob Title: {role}\n\nYour submission has been received. After selection, unsuccessful submissions are set to \"Closed\" and an email like this goes out; you need not contact us meanwhile.\n\n{co} Human Resources",
   ("Tasman Box Terminal", "Three Forks Steel"), ("tasmanbox.example", "threeforks-steel.example"),
   frm="{co} Careers <taleo-notify@{dom}>", role=("Reefer Technician", "Crane Maintenance Electrician"), tz=("nz", "usc"))
mo("application_received", "wk-skydive-campervan-ack", "We've got your {role} application",
   "Hi {n},\n\nNice one, your {role} application has landed! Expect word by {dl}. Even if it's a no, a short message comes - nobody should have to guess.\n\nCheers,\n{sig} at {co}",
   ("Updraft Indoor Skydiving", "Roamward Campervans"), ("updraft-skydive.example", "roamward.example"),
   role=("Flight Instructor Trainee", "Fleet Cleaner"), tz=("uk", "nz"))
mo("application_received", "bb-cardboard-heatpump-ack", "{co}: application received",
   "Hello {n},\n\nYour {role} application has reached our hiring manager's desk. Two possible next messages: a phone call, if she wants to meet, or an email from me, if she picks somebody else.\n\nBest regards,\n{sig}\nHR, {co}",
   ("Cordwell Corrugated", "Warmfield Heat Pumps"), ("cordwell-corrugated.example", "warmfield.example"),
   role=("Shipping Clerk", "Service Scheduler"), tz=("usc", "ie"))
mo("application_received", "tt-plumbing-brick-ack", "Thanks for your application, {n}",
   "Hi {n},\n\nYour {role} application at {co} is in. Applications are read once they close on {dl}. Picked for a chat or not, the answer comes here.\n\nAll the best,\n{sig}\nRecruitment at {co}",
   ("Brassline Plumbing Supplies", "Redkiln Brick Co."), ("brassline.example", "redkiln.example"),
   role=("Warehouse Picker", "Forklift Driver"), tz="uk")
mo("application_received", "ps-toolmaker-hemp-ack", "Confirmation of receipt - {role}",
   "Dear {full},\n\nthank you for applying as {role}; your documents arrived complete. Expect news by {dl}. If we decide in favour of another candidate, a short notification follows; under the GDPR your data goes after half a year.\n\nKind regards\n{sig}\n{co}",
   ("Kessler Werkzeugbau GmbH", "Hanfweberei Lindner GmbH"), ("kessler-werkzeugbau.example", "hanfweberei-lindner.example"),
   role=("Industrial Mechanic", "Textile Finishing Operator"), tz="eu")
mo("application_received", "pp-science-dementia-ack", "Application received: {role}",
   "Dear {n},\n\nYour application for {role} is in. Shortlisting happens in the week following the close. Everyone who applied will be told the outcome - shortlisted or below the line - by {dl}.\n\n{sig}\nPeople and Culture, {co}",
   ("Glenrigg Science Centre", "Forget-me-not Care Trust"), ("glenrigg-science.example", "forgetmenot-trust.example"),
   role=("Planetarium Show Operator", "Activities Coordinator"), tz="uk")
mo("application_received", "ab-cyber-hydro-ack", "{role} - thanks for applying",
   "Hi {n} - thanks, the {role} application came through. I'm reading every one personally this week. Should it be a no, I'll write you a couple of lines saying why; that's the least we owe people.\n\n{sig}\nCo-founder, {co}",
   ("Tamper Labs", "Rootwell Growing Systems"), ("tamperlabs.example", "rootwell.example"),
   role=("Detection Engineer", "Field Service Technician"), tz=("use", "usm"))
mo("application_received", "pl-uranium-asphalt-ack", "Acknowledgement: application for {role}",
   "Dear {full},\n\nYour application for {role} has been received. We telephone the shortlist only; if thirty days pass with no call, assume the post has gone elsewhere.\n\nYours faithfully,\n{sig}\nHuman Resources Officer",
   ("Erongo Rock Uranium", "Lagoon Lines Asphalt Ltd"), ("erongo-rock.example", "lagoonlines.example"),
   role=("Radiation Safety Officer", "Paving Machine Operator"), tz=("na", "ng"))
mo("application_received", "pl-surgical-jute-ack", "Application received - {role}",
   "Dear {full},\n\nYour application for {role} has reached us. Candidates selected for the trade test will be called; those not called will be informed in writing once the position is filled. Your file will stay with us in either case.\n\nRegards,\n{sig}\nAdmin & HR, {co}",
   ("Mehran Surgical Works", "Sonali Fibre Jute Mills"), ("mehran-surgical.example", "sonalifibre.example"),
   role=("Quality Inspector", "Loom Fitter"), tz=("pk", "bd"))

# singles: twins of the footers, singles, public, internship, recruiter, hedged, thread and status shapes (22)
mo("application_received", "ft-autoglass-ack", "Application received: Mobile Auto Glass Technician",
   "Hi {n},\n\nYour application for Mobile Auto Glass Technician (Doncaster) has arrived. The regional team reads every one. Not shortlisted? We'll email to tell you.\n\n{co} Recruitment\n\n------------------------------\nChipped screen? Book a same-day repair online: {dom}/book\nJob alerts: pick roles near you at careers.{dom}/alerts\n{co}. Registered office: Unit 4, Halden Park. Company no. 0{ref}\nManage email preferences | Privacy notice | Unsubscribe",
   "Glazewise Auto Glass Ltd", "glazewise.example", frm="{co} Recruitment <recruitment@{dom}>", tz="uk")
mo("application_received", "ft-greetingcards-ack", "Application in - Carindale",
   "Hi {n},\n\nYour application for our Westfield Carindale store arrived safely. Its manager reads applications after {dl}. Successful or not, we'll send you an email either way.\n\nWarm wishes,\nThe {co} team\n\n~ ~ ~\nJoin Card Club: a free card on your birthday\nClick & collect in two hours from 140 stores\n{co} Pty Ltd  ABN 53 {ref} 118\nUnsubscribe | Contact us | Privacy",
   "Paper Lantern Cards", "paperlantern.example", frm="{co} Careers <careers@{dom}>", tz="auq")
mo("application_received", "ft-sportinggoods-ack", "Application received: Fitting Room Associate",
   "Hi {n},\n\nThanks for applying to {co}. Applications for Fitting Room Associate are being read now. If other applicants are picked instead, you'll get word by email, so watch your inbox.\n\n{co} Talent Team\n\n_____\nStride Rewards: earn points on every purchase | Free curbside pickup\n{co} hires on merit.\nUnsubscribe from recruiting emails",
   "Summit Stride Sports", "summitstride.example", frm="{co} Talent <talent@{dom}>", tz="usm")
mo("application_received", "ft-petfood-ack", "Application received: Laboratory Analyst",
   "Dear {n},\n\nYour Laboratory Analyst application is with {co}. Shortlisting closes on {dl}; shortlisted or not, the outcome comes to you by email.\n\nTalent team, {co}\n\n==============================\nRecruitment with us is free: no fee is ever charged to applicants.\nSent from an unattended mailbox.",
   "Whiskerwood Pet Nutrition (Pty) Ltd", "whiskerwood.example", frm="{co} <talent@{dom}>", tz="za")
mo("application_received", "one-bunkering-ack", "Re: deckhand berth",
   "Hi {n},\n\nGot your CV and sea-survival certificate, thanks. I'm picking the crew for the new barge by {dl}. If someone else gets the berth I'll message you, and your papers stay on my desk for the next rotation anyway.\n\n{sig}\nOperations, {co}",
   "Rock Straits Bunkering", "rockstraits.example", tz="eu")
mo("application_received", "one-trekking-ack", "Application received - assistant guide",
   "Namaste {n},\n\nYour application for assistant trekking guide has reached us. Our owner will decide after the Dashain holiday. If you are not chosen, your CV is kept for spring and we write to you by email.\n\nDhanyabad,\n{sig}\n{co}, Thamel",
   "Himal Trail Treks", "himaltrail.example", tz="np")
mo("application_received", "one-cctv-ack", "Application received - Network Technician",
   "Dear {full},\n\nYour application for Network Technician has been received. Shortlisted candidates will be invited for a practical test. If you are not invited by {dl}, please consider your application unsuccessful; your CV remains on file here for six months.\n\nBest regards,\n{sig}\n{co}, Kigali",
   "Inyenyeri Secure Systems", "inyenyeri-secure.example", tz="rw")
mo("application_received", "one-schoolmeals-ack", "Application received - Delivery Driver",
   "Good day {n},\n\nYour application for Delivery Driver (school routes) is with us. The panel sits on {dl}. Those not selected get a letter after the panel, and all applications stay on record for one year.\n\nRegards,\n{sig}\nHuman Resources, {co}",
   "Caroni School Meals Ltd", "caroni-meals.example", tz="tt")
mo("application_received", "one-estateagent-ack", "Lettings negotiator - your application",
   "Dear {n},\n\nYour lettings negotiator application has landed with me. First meetings will be in the week of {dl}. Even a no gets a call or an email from me - I dislike leaving people hanging.\n\nKind regards,\n{sig}\n{co}",
   "Laxey Bay Estate Agents", "laxeybay.example", tz="uk")
mo("application_received", "one-trafficcontrol-ack", "Traffic controller EOI received",
   "Hi {n},\n\nThanks for sending your expression of interest for traffic controller work. We ring people only when a roster opens that fits their tickets. A silence means no such roster has opened yet.\n\n{sig}\n{co}, Port Moresby",
   "Kumul Traffic Control", "kumul-traffic.example", tz="pg")
mo("application_received", "one-fireprotection-ack", "Application received - Alarm Technician",
   "Dear {n},\n\nYour application for Alarm Technician at {co} is in hand. We will shortlist after {dl}. Anyone left off the shortlist gets an SMS, so nobody is left waiting.\n\nYours sincerely,\n{sig}",
   "Lion Mountain Fire Protection", "lionmountain-fire.example", tz="sl")
mo("application_received", "pb-usfederal-ack", "Application Received - Announcement {ref}",
   "Dear {full},\n\nAnnouncement {ref}, Maintenance Mechanic, WG-4749-09: we have your application. Staff rate applications after the closing date. A Notice of Results then tells you two things: your eligibility, and whether your name reached the hiring supervisor's certificate.\n\n{co} Human Resources",
   "Bureau of Inland Navigation", "binav.example", frm="{co} Staffing <staffing-noreply@{dom}>", tz="usc")
mo("application_received", "pb-aps-ack", "Application received: APS 5 Survey Officer ({ref})",
   "Dear {n},\n\nThank you for applying for APS 5 Survey Officer (vacancy {ref}). Applications are assessed once the vacancy closes. A letter will tell you the outcome, progress or not.\n\nRecruitment Team\n{co}",
   "Australian Bureau of Coastal Survey", "abcs.example", frm="{co} Recruitment <recruitment@{dom}>", tz="au")
mo("application_received", "pb-cutoff-ack", "Online application submitted - Case No. {ref}",
   "Dear Candidate {full},\n\nYour online application for Assistant Director (BS-17), Case No. {ref}, has been submitted. Candidates are shortlisted on the basis of the written test; the merit list and the cut-off will be published on the Commission's website, and candidates below the cut-off are not contacted individually.\n\n{co}",
   "Federal Public Service Commission", "fpsc-recruit.example", frm="{co} <results@{dom}>", tz="pk")
mo("application_received", "in-acoustics-ack", "Summer placement 2026 - application received",
   "Dear {n},\n\nYour application for the {co} summer placement in acoustics is in. Shortlisted applicants get the online task by {dl}. Whatever the outcome, every applicant hears from us before Easter.\n\nEarly Careers Team\n{co}",
   "Ceol Acoustics", "ceolacoustics.example", tz="ie")
mo("application_received", "in-forecast-ack", "Forecasting Internship - application received",
   "Hi {n},\n\nYour Forecasting Internship application has arrived at {co}. We read applications on arrival, all through February. Whether an interview follows or not, we'll write.\n\nUniversity Recruiting\n{co}",
   "Ridgewind Meteorological Services", "ridgewind-met.example", frm="University Recruiting <campus@{dom}>", tz="usp")
mo("application_received", "in-exchange-ack", "Graduate Internship Programme - application received",
   "Dear {full},\n\nWe acknowledge your application to the {co} Graduate Internship Programme. An assessment day follows for those shortlisted. Anyone left off the list is emailed when the shortlist is final.\n\nLearning and Development\n{co}",
   "Highveld Securities Exchange", "highveld-sx.example", tz="za")
mo("application_received", "rc-cosec-ack", "Your CV - assistant company secretary",
   "Hi {n},\n\nCV received, thanks. It went to the client for the assistant company secretary role this afternoon. Should they say no, you'll know from me the same day, with whatever feedback they share.\n\n{sig}\n{co}",
   "Calder Governance Recruitment", "calder-gr.example", tz="uk")
mo("application_received", "hd-verticalfarm-ack", "Application received - Harvest Associate",
   "Hi {n},\n\nYour Harvest Associate application is in. Applications get read after {dl}. We phone the people whose experience fits our shortlist; a quiet spell in between is normal.\n\n{sig}\n{co}",
   "Stacked Greens", "stackedgreens.example", tz="sg")
mo("application_received", "hd-stationery-ack", "Receipt of application - Van Sales Driver",
   "Dear {full},\n\nYour application for Van Sales Driver has been received. Interviews are scheduled for the week of {dl}. Should no call reach you by then, kindly take it that the position has gone to other applicants.\n\nYours faithfully,\n{sig}\nFor: {co}",
   "Penmark Stationery Distributors", "penmark.example", tz="gh")
mo("application_received", "th-blockmanager-ack", "Re: Property manager application",
   "Hi {n},\n\nThanks for your application for property manager - I've shared it with our directors. Within a fortnight you'll have my answer: a phone call to book a meeting, or a short note if we pick somebody else.\n\nKind regards,\n{sig}\n{co}\n\nFrom: {full} <{addr}>\nSent: {q}\nTo: careers@{dom}\nSubject: Property manager application\n\nPlease find my CV attached. Best, {n}",
   "Larchmont Estate Management", "larchmont-em.example", tz="uk")
mo("application_received", "st-nfa-ack", "Application status changed",
   "Role: Transport Planner\nReference: {ref}\nNew status: Application received\n\nSent automatically by the {co} careers site. If the status changes to No further action, you will get another notification like this one.",
   "Harrowgate Pallet Services", "harrowgate-pallets.example", frm="{co} Careers <no-reply@{dom}>", tz="uk")

# ================================================================ mix: interviews / next steps / offers under the refusals' senders (14 / 11 / 10)
mo("interview", "th-opera-call", "RE: [EXT] Re: Chorus call pianist",
   "Hi {n},\n\nCould you play for the chorus call on {dl}? Unfortunately the rehearsal-room piano is being tuned until noon, so we'll start at 2 pm; the Act 2 finale will be on the stand. Please confirm by return.\n\nWarmly,\n{sf}\n\n-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: Re: Chorus call pianist\n\nDear {sf}, yes, I'd love to. {n}",
   ("Riverside Lyric Opera", "Southern Cross Opera Company"), ("riversidelyric.example", "southerncross-opera.example"), tz=("uk", "au"))
mo("interview", "th-cannabis-visit", "Re: [EXT] Re: Extraction technician - site visit",
   "Hi {n},\n\nGreat news: the lab lead wants to meet you on site on {dl} at 10. Unfortunately visitors can't take phones past the grow-room airlock, so leave yours in the lockers at reception. Bring photo ID for the security log. Reply by tomorrow?\n\n{sig}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, I'm very interested in the extraction role - happy to visit whenever suits.",
   ("Boreal Leaf Cannabis", "Front Range Botanicals"), ("borealleaf.example", "frontrange-bot.example"), tz=("cap", "usm"))
mo("interview", "th-standbuild-inv", "Re: [EXT] Re: Workshop supervisor",
   "Hi {n},\n\nGlad you're keen. Is {dl} at 3 pm good for meeting the joinery lead at the workshop? Unfortunately the yard gate sticks, so buzz the side door instead. Plan on an hour: talk first, then the CNC router.\n\nBest,\n{sig}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, thanks for the note about the supervisor opening. I'd like to be considered.",
   "Plinth & Panel Exhibits", "plinthpanel.example", tz="cae")
mo("interview", "th-bodyshop-inv", "RE: [EXT] Re: Paint technician - practical",
   "Morning {n},\n\nAre you free for a practical on {dl} at 9? You'll prep and spray a wing panel. Unfortunately our spray booth extractor is being serviced that morning until 8:30, so please don't arrive early. Reply to confirm.\n\nRegards,\n{sig}\n{co}\n\n-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: Re: Paint technician - practical\n\nHi {sf}, I'm available most mornings. {n}",
   "Highveld Body Works", "highveld-body.example", tz="za")
mo("interview", "gh-cowork-inv", "Interview invitation - Community Host",
   "Hi {n},\n\nThanks for applying to {co}. Could you join us for a 30-minute interview on {dl} at 11:00 at our Fitzroy space? Unfortunately the lift is out while the building's being rewired, so it's a climb to the third floor. Pick a slot with the link below or reply with another time.\n\n{sig}\nPeople team, {co}",
   "Benchmark Lane Workspaces", "benchmarklane.example", tz="au")
mo("interview", "wk-skydive-inv", "Trial session - Flight Desk Host",
   "Hi {n},\n\nFancy a trial session on {dl} at 4 pm? It's an hour on the desk and a quick chat with the duty manager. Unfortunately the flight chamber is very loud, so we'll give you ear defenders at the door. Can you confirm by Friday?\n\nCheers,\n{sig} at {co}",
   "Updraft Indoor Skydiving", "updraft-skydive.example", tz="uk")
mo("interview", "ab-cyber-inv", "Security Engineer - panel call",
   "Hi {n},\n\nYour take-home impressed us. Next is a 90-minute panel with our CTO and an engineer on {dl}. Unfortunately our video tool logs people out after an hour, so we'll send a fresh link at the break. Reply with a two-hour window that works.\n\n{sig}\nCo-founder, {co}",
   "Tamper Labs", "tamperlabs.example", tz="use")
mo("interview", "hd-signage-inv", "Workshop visit - Sign Installer",
   "Hi {n},\n\nYour application caught our eye. Are you free on {dl} at 10 am? We'd talk for half an hour and then have you run a short job on the router. Unfortunately parking on our street is pay-and-display only. Please let me know by return.\n\n{sig}\n{co}",
   "Kallang Sign Works", "kallangsign.example", tz="sg")
mo("interview", "th-sprinkler-inv", "RE: [EXT] Re: Sprinkler fitter - interview",
   "Dear {n},\n\nAre you free on {dl} at 2 pm to meet our contracts manager? Unfortunately pipe deliveries fill our yard all week; park in the visitor bays on the road. Confirm by reply.\n\nRegards,\n{sig}\n{co}\n\n-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: Re: Sprinkler fitter - interview\n\nHello {sf}, attached is my CSCS card as requested. Best, {n}",
   "Torrent Sprinkler Systems", "torrent-sprinkler.example", tz="uk")
mo("interview", "one-pineapple-inv", "Field supervisor - farm visit",
   "Aloha {n},\n\nCan you drive out to the farm on {dl} at 7 am? We'd talk, then walk the upper fields together. Unfortunately the dirt road is rough after the rain, so bring a vehicle with some clearance. Please confirm by Thursday.\n\n{sig}\nFarm office, {co}",
   "Ka'ena Pineapple Co.", "kaena-pineapple.example", tz="hi")
mo("interview", "rc-salvage-inv", "Interview set - maintenance planner",
   "{n},\n\nThe hovercraft operator wants to meet you: video interview on {dl} at 1 pm with their chief engineer. Unfortunately they only use their own conferencing app, so install it the day before. Let me know by tonight if the time is good.\n\n{sig}\n{co}",
   "Bowline Marine Talent", "bowline-talent.example", tz="cae")
mo("interview", "one-trekking-inv", "Interview for assistant guide",
   "Namaste {n},\n\nPlease come to our Thamel office on {dl} at 11 am to meet the owner. Unfortunately the lane is closed to taxis for road work, so walk from the Chhetrapati side. Carry your guide licence and a citizenship card copy. Reply to confirm.\n\n{sig}\n{co}",
   "Himal Trail Treks", "himaltrail.example", tz="np")

mo("next_steps", "pb-usfederal-next", "Action Required - Announcement {ref}",
   "Dear {full},\n\nThe selecting official for Maintenance Mechanic, announcement {ref}, has your name on the certificate. To be scheduled for interview, complete the pre-employment questionnaire and upload your license by {dl}. Unfortunately late submissions cannot be accepted by the system.\n\n{co} Human Resources",
   "Bureau of Inland Navigation", "binav.example", frm="{co} Staffing <staffing-noreply@{dom}>", tz="usc")
mo("next_steps", "pb-aps-next", "Next step: security clearance pack ({ref})",
   "Dear {n},\n\nYou have been recommended for the APS 5 Survey Officer role (vacancy {ref}). Please complete the baseline security clearance pack in the portal by {dl}. Unfortunately we can't extend this date, as the merit pool is time-limited.\n\nRecruitment Team\n{co}",
   "Australian Bureau of Coastal Survey", "abcs.example", frm="{co} Recruitment <recruitment@{dom}>", tz="au")
mo("next_steps", "pb-cutoff-next", "Document verification - Case No. {ref}",
   "Dear Candidate {full},\n\nYou are required to appear for verification of original documents at the Commission's Lahore regional office on {dl} at 9:00 a.m. Bring your CNIC, degrees and domicile. Unfortunately latecomers after 10:00 a.m. will be turned away.\n\nAssistant Director (Recruitment)\n{co}",
   "Federal Public Service Commission", "fpsc-recruit.example", frm="{co} <results@{dom}>", tz="pk")
mo("next_steps", "in-forecast-next", "Forecasting Internship - online exercise",
   "Hi {n},\n\nGood news: your Forecasting Internship application has moved on. Please complete the online exercise (about 75 minutes; a synoptic chart and a short write-up) by {dl}. Unfortunately the exercise locks once started, so set aside a quiet block.\n\nUniversity Recruiting\n{co}",
   "Ridgewind Meteorological Services", "ridgewind-met.example", frm="University Recruiting <campus@{dom}>", tz="usp")
mo("next_steps", "in-exchange-next", "Graduate Internship Programme - online assessments",
   "Dear {full},\n\nCongratulations on progressing to the assessment stage of the {co} Graduate Internship Programme. Please complete the numerical and verbal reasoning assessments by {dl}. Unfortunately the platform works only on a laptop or desktop.\n\nLearning and Development\n{co}",
   "Lagos Commodities Exchange", "lagos-cx.example", tz="ng")
mo("next_steps", "ic-fertility-next", "Background check - {role}",
   "Dear {full},\n\nThank you for interviewing for {role}. Before we can proceed, please authorise the background check using the secure link by {dl}. Unfortunately the link expires after five days, so do it soon.\n\nRecruitment Services\n{co}",
   "Meridian Fertility Partners", "meridianfertility.example", frm="Recruitment Services <careers@{dom}>", role="Embryology Lab Assistant", tz="usp")
mo("next_steps", "tl-steel-next", "Job {ref} - Pre-Employment Requirements",
   "Dear {full},\n\nJob Number: {ref}\nJob Title: Melt Shop Utility Worker\n\nYou have advanced to the pre-employment stage. Please attend the medical and drug screen at the plant clinic by {dl}. Unfortunately the clinic is closed on Fridays. Bring steel-toe boots for the fit check.\n\n{co} Human Resources",
   "Three Forks Steel", "threeforks-steel.example", frm="{co} Careers <taleo-notify@{dom}>", tz="usc")
mo("next_steps", "ps-toolmaker-next", "Your application as CNC Toolmaker - test task",
   "Dear {full},\n\nthank you for the pleasant conversation. As the next step we would ask you to work through a short test task (a drawing with tolerances, about two hours) and return it by {dl}. Unfortunately we can only open the files in PDF or STEP format.\n\nKind regards\n{sig}\n{co}",
   "Kessler Werkzeugbau GmbH", "kessler-werkzeugbau.example", tz="eu")
mo("next_steps", "pp-science-next", "References: Learning Presenter",
   "Dear {n},\n\nAfter your interview we'd now like references. Send us the names and emails of two referees by {dl}. Unfortunately relatives can't act as referees.\n\n{sig}\nPeople and Culture, {co}",
   "Glenrigg Science Centre", "glenrigg-science.example", tz="uk")
mo("next_steps", "pl-surgical-next", "Trade test - Instrument Polisher",
   "Dear {full},\n\nYou are invited to a trade test for Instrument Polisher at our Sialkot works on {dl} at 10:00. Unfortunately the test cannot be rescheduled because the buffing line is only free that day. Bring your CNIC and previous experience letters.\n\nRegards,\n{sig}\nAdmin & HR, {co}",
   "Mehran Surgical Works", "mehran-surgical.example", tz="pk")
mo("next_steps", "rc-callcentre-next", "Next stage - psychometrics",
   "Hi {n},\n\nGood news: the client liked your CV for the workforce planning lead. Next is an online psychometric test, about 40 minutes, due {dl}. Unfortunately they won't accept mobile submissions, so use a laptop.\n\nRegards,\n{sig}\n{co}",
   "Lekki Staffing Solutions", "lekkistaffing.example", tz="ng")

mo("offer", "th-patent-offer", "Re: [EXT] Re: Trainee patent attorney - offer",
   "Dear {n},\n\nThe partners have decided: the trainee patent attorney position is yours, starting in October. Contract and written offer attached. Unfortunately our payroll runs only monthly, so the first salary lands at the end of October. Please let us know by {dl}.\n\nAll best,\n{sig}\n{co}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, thank you again for the second interview.",
   "Ward Kemp IP", "wardkemp-ip.example", tz="nz")
mo("offer", "th-facilities-offer", "RE: [EXT] RE: Site supervisor - offer",
   "Hello {n},\n\nWe'd like you as site supervisor at the Jurong campus; the offer letter is attached. Unfortunately the campus induction only runs on the first Monday of the month, so your start date would be then. Kindly reply by {dl}.\n\nBest regards,\n{sig}\n{co}\n\n________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: RE: Site supervisor\n\nDear {sf}, any news? {n}",
   "Keystone Integrated FM", "keystone-fm.example", tz="sg")
mo("offer", "lv-vegan-offer", "Offer - Brand Marketing Assistant",
   "Hey {n},\n\nHappy to say the Brand Marketing Assistant job at {co} is yours. Offer letter attached. Unfortunately our office is up four flights with no lift, so bring comfy shoes on day one. Reply by {dl} with a yes or no?\n\n{sig}\n{co}",
   "Fernhollow Foods", "fernhollow.example", tz="uk")
mo("offer", "bb-heatpump-offer", "Offer of employment - Trainee Heat Pump Installer",
   "Hello {n},\n\nGood news: {co} would like you as Trainee Heat Pump Installer. Contract attached. Unfortunately the van won't be ready until your second week, so you'll ride with a senior installer at first. Please sign and return by {dl}.\n\nBest regards,\n{sig}\nHR, {co}",
   "Warmfield Heat Pumps", "warmfield.example", tz="ie")
mo("offer", "tt-brick-offer", "Offer: Green Brick Stacker",
   "Hi {n},\n\nThe Green Brick Stacker job at our Falkirk works is yours, with a start on the 2nd of next month. Unfortunately the canteen stays shut for refurbishment till then, so bring a packed lunch. Please reply by {dl} to accept.\n\nAll the best,\n{sig}\nRecruitment at {co}",
   "Redkiln Brick Co.", "redkiln.example", tz="uk")
mo("offer", "pl-uranium-offer", "Offer of appointment - Radiation Safety Officer",
   "Dear {full},\n\n{co} offers you appointment as Radiation Safety Officer, subject to a pre-employment medical. Unfortunately the Swakopmund clinic books medicals two weeks ahead. Kindly sign and return the offer by {dl}.\n\nYours faithfully,\n{sig}\nHuman Resources Officer",
   "Erongo Rock Uranium", "erongo-rock.example", tz="na")
mo("offer", "rc-cosec-offer", "Offer - interim company secretarial contract",
   "Hi {n},\n\nGreat news: the shipping agency has offered you the six-month interim company secretarial contract, hybrid, starting the 1st. Unfortunately their day rate is fixed for interims. Terms are attached; they'd like your answer by {dl}.\n\n{sig}\n{co}",
   "Liffey Search Partners", "liffeysearch.example", tz="ie")
mo("offer", "one-fireprotection-offer", "Offer - Alarm Technician",
   "Dear {n},\n\n{co} has approved your appointment as Alarm Technician. Unfortunately our generator is off for repairs this week, so the induction moves to the following Monday. Kindly confirm by {dl}.\n\nYours sincerely,\n{sig}",
   "Lion Mountain Fire Protection", "lionmountain-fire.example", tz="sl")
mo("offer", "hd-stationery-offer", "Offer of employment - Sales Representative",
   "Dear {full},\n\nFollowing your interview, the directors have signed off your appointment to Sales Representative. Unfortunately the company vehicle for your route is still being registered, so you will work from the Ikeja depot for the first week. Kindly accept in writing by {dl}.\n\nYours faithfully,\n{sig}\nFor: {co}",
   "Quillstone Office Supplies Ltd", "quillstone.example", tz="ng")
mo("offer", "in-acoustics-offer", "Summer placement 2026 - offer",
   "Dear {n},\n\nA place on the {co} summer placement in acoustics is yours, from 30 June for ten weeks. Unfortunately we can't help with accommodation this year. Accept in the portal by {dl}, please.\n\nEarly Careers Team\n{co}",
   "Reverb & Null Acoustic Consultants", "reverbnull.example", tz="uk")

# ================================================================ mix: other job mail, alerts, pitches, non-job refusals (5 / 3 / 2 / 5)
mo("other_job", "wd-derm-review", "Status update: {role} (R{ref})",
   "Hello {n},\n\nYour application for {role}, requisition R{ref}, has moved to In Review. The hiring manager is reading applications this week; nothing is decided yet. Your candidate home shows the latest status.\n\nTalent Acquisition\n{co}",
   ("Cedarline Dermatology Group", "Brightwell Optometry"), ("cedarline-derm.example", "brightwell-optometry.example"),
   frm="{co} Talent Acquisition <candidatehome@{dom}>", role=("Patient Coordinator", "Optical Dispensing Assistant"), tz=("use", "uk"))
mo("other_job", "sr-withdrawn", "{co}: you withdrew your application",
   "<html><body><table style=\"border:1px solid #ccc\"><tr><td style=\"background:#1b4d7a;color:#fff\"><b>{co}</b></td></tr><tr><td>Hi {n},</td></tr><tr><td>Position: {role} &middot; Ref {ref}</td></tr><tr><td>Status: <b>Withdrawn by you</b></td></tr><tr><td>Changed your mind? You can apply again while the posting is open.</td></tr></table></body></html>",
   ("Ridgeback Adventure Park", "Coastway Tollroads"), ("ridgeback-park.example", "coastway-tollroads.example"),
   frm="{co} Jobs <jobs-noreply@{dom}>", role=("Games Host", "Incident Response Driver"), tz=("usc", "au"))
mo("other_job", "pb-cancelled-delay", "Vacancy {ref}: shortlisting postponed",
   "Dear {full},\n\nYou applied for the vacancy of Accounts Assistant. Shortlisting, planned for this month, has been postponed by three weeks while the Council awaits approval of its staffing budget. Every application is still undecided. We will write again once a new date is set.\n\nYours sincerely,\n{sig}\nFor the Chief Executive, {co}",
   "Mzimba District Council", "mzimba-dc.example", tz="mw")
mo("job_alert", "ft-sporting-alert", "New jobs near you at {co}",
   "Hi {n},\n\n3 new roles match your alert \"bike\":\n- Bike Technician, Boulder store\n- Service Desk Associate, Fort Collins\n- Seasonal Rental Tech, Vail\n\nApply at careers.{dom}\n\nSent because you saved an alert on our careers site. Unsubscribe anytime.",
   "Summit Stride Sports", "summitstride.example", frm="{co} Talent <talent@{dom}>", tz="usm")
mo("job_alert", "ft-cards-alert", "Jobs you might like at {co}",
   "Hi {n},\n\nNew roles near Sylvia Park this week:\n- Christmas Casual, Sylvia Park\n- Visual Merchandiser, Newmarket\n- Store Team Member, Albany\n\nSee them all at {dom}/careers\n\nManage your job alerts | Unsubscribe",
   "Paper Lantern Cards NZ", "paperlantern-nz.example", frm="{co} Careers <careers@{dom}>", tz="nz")
mo("job_alert", "wk-campervan-alert", "Summer crew jobs at {co}",
   "Kia ora {n},\n\nOur summer crew roles are open: vehicle handover agents in Christchurch and Queenstown, and fleet cleaners in Auckland. Applications close on {dl}.\n\nApply on our careers page.\n\n{co}",
   "Roamward Campervans", "roamward.example", tz="nz")
mo("recruiter_outreach", "rc-salvage-pitch", "Marine engineering roles - quick question",
   "Hi {n},\n\nI saw your profile and your work on barge refits. I'm recruiting for two marine roles at the moment: a maintenance planner for a hovercraft operator and a project engineer at a Gulf Coast salvage firm. Could we grab a quarter of an hour by phone this week?\n\n{sig}\n{co}",
   "Gulf Stream Technical Staffing", "gulfstream-staffing.example", tz="use")
mo("recruiter_outreach", "rc-callcentre-pitch", "Contact centre leadership roles",
   "Hi {n},\n\nI place operations and workforce management people in contact centres across Gauteng and KZN. I have three confidential roles open right now, team manager to head of operations level. Details on request, if a chat appeals.\n\nRegards,\n{sig}\n{co}",
   "Meridian Talent Partners", "meridiantp.example", tz="za")
mo("non_job_rejection_words", "nj-flatshare", "The room in Pontcanna",
   "Hi {n},\n\nSo nice to meet you on Sunday. We've chosen someone who can take the room from the 1st, so we're saying no this time, sorry. Hope you find somewhere great!\n\n{sig}",
   "Pontcanna flat share", "plovermail.example", frm="{sig} <{sl}@plovermail.example>", tz="uk")
mo("non_job_rejection_words", "nj-carfinance", "Your car finance application",
   "Dear {full},\n\nWe've assessed your car finance application with {co} and have declined it. We looked at the details on your application form and at your credit file.\n\nCredit reference agencies will send you your report at no charge.\n\n{co}",
   "Thornbury Motor Finance", "thornbury-mf.example", frm="{co} <decisions@{dom}>", tz="uk")
mo("non_job_rejection_words", "nj-repaircafe", "Community Repair Fund - outcome",
   "Dear {n},\n\nThe Community Repair Fund panel met last week. With 94 applications for 12 awards, your repair café's tool-kit bid was unsuccessful. A new round is planned for spring.\n\n{sig}\nGrants Officer, {co}",
   "Ashwell Community Foundation", "ashwell-cf.example", tz="uk")
mo("non_job_rejection_words", "nj-ballot", "Sales exercise ballot result",
   "Dear {full},\n\nYour application in the recent flat sales exercise (application no. {ref}) was not picked in the computer ballot for a queue number. You may take part in the next sales exercise.\n\n{co}",
   "Housing Sales Office", "hso-sg.example", frm="{co} <noreply@{dom}>", tz="sg")
mo("non_job_rejection_words", "nj-cameraclub", "Your membership application",
   "Dear {n},\n\nMany thanks for wanting to join {co}. Membership is capped at 60 because the darkroom is small, and this season is full, so we must turn your application down for now. Our exhibition evenings are open to all.\n\n{sig}\nMembership Secretary",
   "Kowhai Photographic Society", "kowhai-photo.example", tz="nz")

# ================================================================ wide: 25 English refusals, trades and channels no earlier slice lists
wr("en-ventriloquist-crm", "Note added to your contact record",
   "Clientdesk - contact note\nContact: {full}\nOwner: {sig} ({co})\nStage: Applicant - tour assistant\n\nNote from {sf}: Thanks for the audition reel and for handling Sir Reginald so gently. I've given the tour assistant seat to Priya, who drove our van last autumn and can start on the 3rd. Do keep in touch.\n\nYou are receiving this because a note was shared with you.",
   "Marlowe Voice Shows", "clientdesk.example", frm="{sig} via Clientdesk <notes@{dom}>", tz="uk")
wr("en-popcorn-nfc", "Kettle & Kernel: about the cart job",
   "Hi {n},\n\nYou tapped the hiring tag on our kettle cart at the riverside market and left your email - thank you! We took on two people this week and the popping rota is full through September, so we're not able to add you right now. The tag goes live again if we need another pair of hands.\n\n{sig}\n{co}",
   "Kettle & Kernel Popcorn", "kettlekernel.example", tz="usc")
wr("en-pinata-egift", "{sig} sent you an e-gift card",
   "You've received a $15 e-gift card from {co}.\n\nMessage: \"Hi {n} - your papier-mâché trial piece was lovely, thank you. We've hired Lupita for the workshop helper job; she makes piñatas for her family's parties every month. Please treat yourself to a coffee on us for your time. - {sf}\"\n\nRedeem at giftcards.example/r/{ref}",
   "Fiesta Papel Piñatas", "giftcards.example", frm="{co} via GiftDrop <send@{dom}>", tz="usm")
wr("en-vinyl-locker", "Your parcel is ready at locker 14 - collect by {dl}",
   "Parcel ready for collection\nSender: {co}\nLocker: Northgate Station, bay 14 - code {ref}\nCollect by: {dl}\n\nMessage from sender: Hi {n}, returning your test pressings from the trial shift with thanks. We've hired a press operator with steam-press experience, so the job is going elsewhere. Keep the records!",
   "Groovehaus Pressing Plant", "lockerpost.example", frm="LockerPost <notify@{dom}>", tz="eu")
wr("en-cassette-backer", "Update #7 from {co}: we're fully crewed",
   "Backer update #7\nFrom: {co} (lo-fi cassette reissues)\n\nHi backers! The duplication room is set up and we've hired our two part-time dubbing assistants. To the 31 of you who applied for those spots, {n} included: thank you. We've written to the two people we picked, and everyone else can take this as our answer. Shipping starts in six weeks.\n\nWhy you got this: you pledged to this project.",
   "Tape Loop Records", "pledgepage.example", frm="{co} on PledgePage <updates@{dom}>", tz="use")
wr("en-boomop-sticky", "{sig} replied to your note on 'Crew - Low Tide'",
   "Board: Crew - Low Tide (short film)\nColumn: Sound\n\nYour note: \"Boom op available 12-16 Aug, own pole and blimp. - {n}\"\nReply from {sig}: Thanks {n}! We've pinned Marcus for boom on all five days; he's worked with our mixer before. Moving your note to the 'Thank you' column.\n\nOpen the board to reply.",
   "Low Tide Films", "stickywall.example", frm="StickyWall <boards@{dom}>", tz="uk")
wr("en-colourist-waitingroom", "Message from the host while you were waiting",
   "Meeting: Assist colourist - chat with {sig}\n\nHost message (sent to the waiting room, 10:02): Hi {n}, so sorry to do this here. We had to fill the assist colourist seat this morning because the feature's grade was pulled forward, and we went with Jun, who assisted on our last two films. I'll close the meeting now. Thanks for waiting, and for the reel.\n\nThis message was saved from the meeting chat.",
   "Halide Post", "meetroom.example", frm="MeetRoom <no-reply@{dom}>", tz="usp")
wr("en-dollhospital-webform", "Re: your message through our contact form",
   "Hello {n},\n\nYou wrote through our contact form about the restorer's assistant post. It's taken: we've brought in a student from the conservation course who has been volunteering here on Saturdays. I'll hold on to your note about restringing composition dolls.\n\nWith thanks,\n{sig}\n{co} (doll hospital), Bath\n\n- Your original message -\nName: {full}\nEmail: {addr}\nSubject: Restorer's assistant",
   "The Dolly Ward", "dollyward.example", tz="uk")
wr("en-lapidary-cardscan", "{sig} sent you a follow-up from CardSnap",
   "CardSnap follow-up\nFrom: {sig}, {co}\nMet: Gem & Mineral Fair, Hall B\n\n\"So nice meeting you at the fair, {n}. About the cutting-bench trainee place: I've given it to the apprentice from our polishing line, who's ready to move up. I've saved your card and will write if another bench opens.\"\n\nReply | Save contact",
   "Quartzwell Lapidary", "cardsnap.example", frm="CardSnap <followup@{dom}>", tz="auw")
wr("en-charcuterie-booking", "A message from {co} about your booking",
   "Your booking: {co}, Thursday, 2 guests\nMessage from the venue:\n\nHi {n}, we saw your name on tonight's list and wanted to answer your application for counter slicer here. The job went to a man who ran the slicer at a deli for years. Your table is of course still yours - enjoy the evening.\n\n{sig}, manager\n\nManage or cancel your booking in the app.",
   "Salt & Cure Charcuterie Bar", "tablebook.example", frm="TableBook <messages@{dom}>", tz="ie")
wr("en-poutine-delivery", "New message from {co} (merchant)",
   "Chat with merchant - order #{ref}\n\n{co}: Hey {n}, saw your note on the order asking about the fry cook job. We filled it last week with a cook from the food truck next door. Thanks for ordering and for asking! Extra curds are on us tonight.\n\nReply in app",
   "La Cabane à Poutine", "dashbite.example", frm="DashBite <chat@{dom}>", tz="cae")
wr("en-pasty-shiftswap", "Rota Swap: message from {sig}",
   "Rota Swap - {co}\n\n{sig} (manager) wrote to you:\n\"Hi {n}, thanks for your trial on the crimping bench. We've taken on Kerenza for the weekday baker role, so I'll remove you from the trial group on here tomorrow. Thanks for giving it a go.\"\n\nYou get these messages as a member of a Rota Swap team.",
   "Penhallow Pasty Co.", "rotaswap.example", frm="Rota Swap <team@{dom}>", tz="uk")
wr("en-waffle-wristband", "Message from a trader: {co}",
   "TapBand festival account\nTrader message\n\n{co}: Hi {n}, thanks for applying through the trader crew board. Our crew for the weekend is complete - we picked two people who worked the iron with us at the spring fair. Your wristband credit stays on your account for food and drink.\n\n{sig}",
   "Golden Grid Waffles", "tapband.example", frm="TapBand <accounts@{dom}>", tz="uk")
wr("en-weathervane-makerspace", "Metal shop: message from a member",
   "Millbank Makerspace member portal\nMessage from {sig} ({co})\n\nHi {n}, thanks for the scroll samples you left in the metal shop. I've offered the studio assistant job to Callum, who's been helping me on Tuesday nights for a year. Good luck with your own projects.\n\nThis message was sent through the member portal.",
   "Vane & Arrow Ironwork", "millbank-makers.example", frm="Millbank Makerspace <portal@{dom}>", tz="uk")
wr("en-matcha-stampcard", "{co} sent you a message",
   "StampSquare\n{co} - 7 of 10 stamps\n\nMessage: Hi {n}, thanks for handing in your CV at the counter! The whisking job has gone to someone who trained at a tea house in Uji, so we're all set for now. Your stamps keep counting - three more for a free usucha.\n\n- {sig}",
   "Kumo Matcha Bar", "stampsquare.example", frm="StampSquare <hello@{dom}>", tz="cap")
wr("en-kilt-listserv", "Re: [kiltmakers-l] Apprentice kiltmaker wanted (Perthshire)",
   "On the list, {n} asked whether the apprentice place at {co} was still open. Replying here for everyone who emailed me directly: the place is now filled by a graduate of the textiles course at Galashiels, who started on Monday. Thanks to all who applied.\n\n{sig}\n{co}\n\n--\nkiltmakers-l mailing list. To leave, email kiltmakers-l-leave@{dom}",
   "Tayside Tartan Workshop", "lists.example", frm="{sig} via kiltmakers-l <kiltmakers-l@{dom}>", tz="uk")
wr("en-swordsmith-chatwidget", "Transcript of your chat with {co}",
   "Chat transcript - {co}\n\n{n}: Hi, I applied for the blade-finishing assistant job last week - any news?\n{sig}: Hi {n}! Thanks for checking in. We hired someone who's already heat-treated spring steel for a fencing club, and he starts Monday.\n{n}: Ah, fair enough. Cheers.\n{sig}: Best of luck out there!\n\nThis transcript was emailed at your request.",
   "Crossguard Blades", "crossguard.example", frm="{co} Chat <chat@{dom}>", tz="usc")
wr("en-telescope-bugtracker", "[rivetscope/mount-firmware] Workshop technician applicants (Issue #{ref}) closed",
   "Issue #{ref} was closed by {sig}.\n\n{sig} commented:\n> Thanks to everyone who replied here about the workshop technician job, @{box} included. We've hired Arvid, who has been grinding mirrors for the local astronomy society for ten years. Closing this thread.\n\nSent because you commented on this issue. Answer here or open the tracker.",
   "Rivet Scope Works", "codehaven.example", frm="{sig} <notifications@{dom}>", tz="eu")
wr("en-bowyer-reservation", "Your reservation: have-a-go longbow, Saturday - a note from the bowyer",
   "Reservation confirmed\n{co} - have-a-go longbow session - Saturday 10:00 - 1 person\n\nNote from {sig}: {n}, I saw you'd also written about the workshop apprenticeship. A lad from the village club, who has already tillered two bows with me, is my new apprentice, so the place is spoken for. Your Saturday session stands - see you at the range.\n\nTo change your reservation, use the link in your account.",
   "Weald Yew Bowyers", "bookaslot.example", frm="BookASlot <reservations@{dom}>", tz="uk")
wr("en-wreath-timebank", "TimeBank: message from {co}",
   "Riverside TimeBank\nMessage from member: {co} ({sig})\n\nHi {n}, thanks for offering to help with the December wreath orders as a paid seasonal hand. I've filled the two paid places with members who helped last year. You're still very welcome at the free wiring evening on the 2nd, where you'd earn time credits.\n\nReply via the TimeBank site.",
   "Holly & Ivy Wreaths", "riverside-timebank.example", frm="Riverside TimeBank <members@{dom}>", tz="uk")
wr("en-perfumer-labnotebook", "Comment on 'Trial day - fragrance lab assistant' in LabLedger",
   "LabLedger - notebook: {co} / Recruitment\nEntry: Trial day - fragrance lab assistant\n\n{sig} commented:\n\"{n}, thank you for the blind smelling test and the tidy weighing log. We have hired the candidate from the chemistry master's who trained on our GC. Your access to this notebook ends on Friday.\"\n\nView entry",
   "Atelier Noctiluque", "labledger.example", frm="LabLedger <comments@{dom}>", tz="eu")
wr("en-hammock-voicememo", "Voice memo from {sig} (transcript)",
   "Voice memo - 0:41 - transcribed\n\n\"Hiya {n}, it's {sf} from {co}. Thanks for coming in to try the netting. I'm taking on my neighbour's daughter for the sewing job - she's been doing the ropes for me at weekends. Best of luck, yeah? Cheers.\"\n\nTranscripts may contain errors. Play the memo in the app.",
   "Swaybrook Hammocks", "memomail.example", frm="{sig} via MemoMail <memos@{dom}>", tz="au")
wr("en-treehouse-sitediary", "Site diary update: Oakhanger treehouse - crew",
   "SiteLog - project: Oakhanger treehouse ({co})\nEntry by {sig}, 16:40\n\nCrew for the platform stage is confirmed: Tomos and Ellie start Monday. {n} - thanks for the trial day on the deck frame; the crew place has gone to Ellie, who holds a tree-climbing ticket. I'll remove you from the project diary after this entry.\n\nYou're following this project.",
   "Canopy Craft Builds", "sitelog.example", frm="SiteLog <diary@{dom}>", tz="uk")
wr("en-jukebox-fanclub", "Message from {co} via the club portal",
   "Rock Around Club portal - members' messages\nFrom: {sig}, {co}\n\nDear {n}, thanks for writing about the workshop assistant job. I've given it to a club member who has been restoring valve amps for years. See you on the dance floor at the next hop.\n\nClub portal - manage your notifications in your profile.",
   "Neon Bubble Jukebox Revival", "rockaround-club.example", frm="Club Portal <portal@{dom}>", tz="use")
wr("en-shawarma-friendrequest", "{sig} accepted your friend request and sent you a message",
   "{sig} accepted your friend request.\n\n{sig}: Hey {n}! Got your CV through the page. The grill job is gone - my cousin's mate started yesterday on the spit. Keep an eye on the page, we post when we need people.\n\nReply - View profile",
   "Zaatar Grill House", "friendly-net.example", frm="Friendly <notify@{dom}>", tz="usc")

# ================================================================ wide: 25 refusals in other languages (15 widely spoken, 10 new to the slices)
wr("ar-oud", "بخصوص طلبك للعمل في الورشة",
   "مرحباً {n}،\n\nشكراً لزيارتك الورشة يوم السبت وللقطعة التي جرّبت صقلها أمامنا. بعد التفكير قررنا أن نأخذ متدرباً سبق له العمل في صناعة الآلات الوترية، ولذلك لن نتمكن من ضمّك إلى الورشة في هذه المرحلة.\n\nمع خالص التمنيات،\n{sig}\n{co} - عمّان",
   "ورشة نغم للأعواد", "nagham-oud.example", tz="jo", lang="ar")
wr("de-ofenbau", "Ihre Bewerbung als Helfer im Ofenbau",
   "Hallo {n},\n\nvielen Dank, dass Sie zum Probearbeiten auf die Baustelle nach Rosenheim gekommen sind. Wir haben uns inzwischen für einen Helfer entschieden, der bereits eine Lehre als Fliesenleger abgeschlossen hat. Für Sie ist die Stelle damit leider nicht mehr frei.\n\nAlles Gute und freundliche Grüße\n{sig}\n{co}",
   "Kachelofenbau Reindl", "ofenbau-reindl.example", tz="eu", lang="de")
wr("es-horchateria", "Tu candidatura para la temporada",
   "Hola {n}:\n\nGracias por pasarte por el obrador y por la prueba de la mañana. Para este verano hemos cerrado el equipo con dos personas que ya estuvieron aquí el año pasado, de modo que en esta ocasión el puesto no será para ti.\n\nUn abrazo,\n{sig}\n{co} (Alboraia)",
   "Horchatería La Xufa", "laxufa.example", tz="eu", lang="es")
wr("fr-herboristerie", "Votre candidature - préparateur en herboristerie",
   "Bonjour {n},\n\nMerci de votre intérêt et de notre échange de jeudi au comptoir. Le choix s'est finalement porté sur une personne titulaire du certificat d'herbaliste, déjà formée à nos mélanges. Votre dossier ne sera donc pas retenu pour ce poste.\n\nBien cordialement,\n{sig}\n{co}",
   "Herboristerie du Vieux Quai", "vieuxquai-herbes.example", tz="eu", lang="fr")
wr("hi-blockprint", "छपाई के काम की जगह",
   "{n} जी, नमस्कार।\n\nआप हमारी इकाई में आए और नमूना छापकर दिखाया, उसका शुक्रिया। इस बार दाबू छपाई में माहिर दो अनुभवी छपाईवाले रखे गए हैं, तो यह काम आपको नहीं मिल पाएगा। सर्दियों में फिर भर्ती खुलेगी।\n\nसादर,\n{sig}\n{co}, सांगानेर",
   "सांगानेर छपाई घर", "sanganer-chhapai.example", tz="in", lang="hi")
wr("it-acetaia", "La sua candidatura in acetaia",
   "Gentile {n},\n\ngrazie della visita in acetaia e dell'interesse per il lavoro delle batterie. Per il posto di aiuto cantiniere abbiamo scelto una persona del paese che ci segue già da due vendemmie. Per questa volta, quindi, la sua candidatura non prosegue.\n\nCordiali saluti,\n{sig}\n{co}",
   "Acetaia Ca' dei Tini", "cadeitini.example", tz="eu", lang="it")
wr("ja-soba", "ホール・仕込みスタッフ応募の件",
   "{n}様\n\n先日はお店までお越しいただき、ありがとうございました。検討の結果、今回は以前当店で働いていた方に戻っていただくことになりました。ご希望に沿えず申し訳ございません。\n\n{sig}\n{co}",
   "手打ちそば 石臼庵", "ishiusuan.example", tz="jp", lang="ja")
wr("ko-pcbang", "야간 아르바이트 지원 결과 안내",
   "{n}님 안녕하세요.\n\n저희 PC방 야간 아르바이트에 지원해 주셔서 감사합니다. 이번에는 근처에 사는 경력자 한 분을 채용하기로 했습니다. 좋은 소식 전해 드리지 못해 죄송합니다.\n\n{sig} 드림\n{co}",
   "스타존 PC방", "starzone-pc.example", tz="kr", lang="ko")
wr("pt-acai", "Sua candidatura para batedor de açaí",
   "Oi {n},\n\nValeu por aparecer no sábado pro teste na batedeira. Quem ficou com a vaga foi um rapaz com dois anos de batedeira no bairro, então dessa vez a gente não vai seguir com você.\n\nAbraço,\n{sig}\n{co}, Belém",
   "Batedeira Tucupi Açaí", "tucupi-acai.example", tz="br", lang="pt")
wr("ru-banya", "По поводу вакансии банщика",
   "Здравствуйте, {n}!\n\nСпасибо, что приехали на пробную смену и показали, как работаете с веником. Мы всё-таки взяли банщика с многолетним опытом из соседнего города, так что это место, к сожалению, уже занято.\n\nС уважением,\n{sig}\n{co}",
   "Баня на Заречной", "banya-zarechnaya.example", tz="ru", lang="ru")
wr("sw-mitumba", "Kuhusu nafasi ya muuzaji",
   "Habari {n},\n\nAsante kwa kufika sokoni Karume na kutusaidia kupanga marobota siku ile. Tumeamua kumchukua kijana ambaye amewahi kufanya kazi kwenye meza yetu ya viatu, kwa hiyo safari hii hatutaweza kukupa nafasi hiyo.\n\nKila la heri,\n{sig}\n{co}",
   "Mitumba Bora Karume", "mitumbabora.example", tz="tz", lang="sw")
wr("th-muaythai", "ผลการสมัครตำแหน่งครูมวยผู้ช่วย",
   "สวัสดีครับคุณ{n}\n\nขอบคุณที่มาลองสอนคลาสเช้าวันอังคาร ทางค่ายตัดสินใจรับครูที่เคยชกอาชีพมาก่อน จึงยังไม่สามารถรับคุณเข้าทำงานในรอบนี้ได้ครับ\n\nด้วยความเคารพ\n{sig}\n{co}",
   "ค่ายมวยศิษย์ทองคำ", "sittongkam.example", tz="th", lang="th")
wr("tr-baklava", "Başvurunuz hakkında",
   "Merhaba {n},\n\nİmalathanemize gelip oklava denemesi yaptığınız için teşekkür ederiz. Usta yardımcılığı için daha önce fırında çalışmış bir adayı seçtik; bu yüzden şimdilik sizinle devam edemiyoruz.\n\nİyi dileklerimizle,\n{sig}\n{co}, Gaziantep",
   "Çatalhan Baklava", "catalhan.example", tz="tr", lang="tr")
wr("ur-chappal", "چپل کاریگر کی جگہ",
   "السلام علیکم {n}،\n\nدکان پر آ کر تلا سلائی کا نمونہ دکھانے کا بہت شکریہ۔ استاد نے اس بار اپنے بھانجے کو کاریگر رکھا ہے جو تین سال سے چپل بنا رہا ہے، لہٰذا یہ کام اس دفعہ آپ کو نہیں مل سکا۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}، پشاور",
   "قصہ خوانی چپل ہاؤس", "qissakhwani-chappal.example", tz="pk", lang="ur")
wr("zh-hotpot", "关于后厨帮工岗位的回复",
   "{n}你好，\n\n感谢你上周来店里试工，炒底料的时候很认真。这个岗位我们最后录用了一位在火锅店干过三年的师傅，这次就不能安排你入职了，请见谅。\n\n祝好！\n{sig}\n{co}",
   "山城老灶火锅", "shancheng-hotpot.example", tz="cn", lang="zh")

# ten languages new to the slices
wr("acw-mutabbaq", "بخصوص شغلة البسطة",
   "هلا {n}،\n\nمشكور إنك جيت ووقفت معانا على الصاج ليلة الخميس. بصراحة صاحب البسطة اختار واحد من الحارة يعرف الشغل من زمان، فالشغلة دحين راحت له وما نقدر ناخدك معانا هالمرة. إن شاء الله تتيسر لك في مكان أحسن.\n\nتحياتي،\n{sig}\n{co} - البلد، جدة",
   "بسطة مطبق البلد", "mutabbaq-albalad.example", tz="sa", lang="acw")
wr("ayn-phonerepair", "حول شغلك معانا في المحل",
   "أهلين يا {n}،\n\nكثّر الله خيرك على التجربة يوم السبت، قد شفنا إنك تعرف تفك الشاشات وتركّبها. لكن صاحب المحل قد اختار ابن أخوه يشتغل معه ذلحين، وما عاد فيش مكان ثاني في المحل. شا نبلغك لو فتحنا فرع ثاني.\n\nمع السلامة،\n{sig}\n{co}، صنعاء",
   "محل الصيانة الحديثة للجوالات", "alsiyana-phones.example", tz="ye", lang="ayn")
wr("pga-tanker", "Shokol ta tanker moya",
   "Salam {n},\n\nShukran ketir ashan inta ja fi yard yom Juma, wa inta sawagu tanker kweis. Lakin mudir shilu sawag tani wahid, uwo shokol ma nina sana tinin fi Gudele. Kede shokol de ma fi le inta hassa. Kan fi tanker jedid, ana bi kelem inta.\n\nAllah ma inta,\n{sig}\n{co}, Juba",
   "Nile Water Tanker Services", "nilewater-tankers.example", tz="ss", lang="pga")
wr("hak-leicha", "擂茶店幫手个事情",
   "{n}你好：\n\n恁仔細你禮拜六來店肚試做，擂缽擂到恁好。毋過頭家最後請了隔壁庄个阿妹仔，佢在店肚幫手過兩個暑假，所以這擺就無辦法請你來做。承蒙你，後擺有缺再同你講。\n\n{sig}\n{co}",
   "美濃擂茶坊", "meinong-leicha.example", tz="tw", lang="hak")
wr("new-bronze", "ज्याया खँ",
   "ज्वजलपा {n},\n\nछिं झीगु ज्याकुथिइ वया मैनया मूर्ति दयेकाः क्यनादीगुया लागि सुभाय्। थुगु इलय् झीसं न्हापां निदँ तक झीगु ज्याकुथिइ ज्या याःम्ह छम्ह ल्याय्म्हयात ल्ययागु दु। उकिं आः छितः ज्या बी मफुत। लिपा ज्या दुसा छितः धाये।\n\n{sig}\n{co}, यल",
   "यल धातु कला ज्याकुथि", "yala-dhatu.example", tz="np", lang="new")
wr("bra-marbleinlay", "पच्चीकारी के काम के बारे में",
   "राम राम {n} जी,\n\nतुम कारखाने में आए और संगमरमर पै नमूनौ बनायौ, ताके लिएं बहुत धन्यवाद। उस्ताद जी नें या बेर अपने पुराने सागिर्द कौ भतीजौ रख लियौ है, जो दो बरस ते पत्थर काटबे कौ काम सीख रह्यौ हो। जासों अबकी बेर हम तुमकूँ काम पै नायँ रख सकें। आगें जगह निकरैगी तौ खबर करिंगे।\n\n{sig}\n{co}, आगरा",
   "आगरा पच्चीकारी कारखानौ", "agra-pachchikari.example", tz="in", lang="bra")
wr("tcy-yakshagana", "ಮೇಳದ ಬೇಲೆದ ಬಗ್ಗೆ",
   "ನಮಸ್ಕಾರ {n},\n\nಈರ್ ಐತಾರ ಮೇಳೊಗು ಬತ್ತ್‌ದ್ ಚೆಂಡೆ ಬಾರಿಸಾಯಿನೆಕ್ ಮಸ್ತ್ ಸೊಲ್ಮೆಲು. ಭಾಗವತೆರ್ ಈ ಸರ್ತಿ ದುಂಬುದ ವರ್ಸೊಡು ನಂಕುಲೆನೊಟ್ಟುಗು ಬೇಲೆ ಮಲ್ತಿನ ಒರಿ ಚೆಂಡೆವಾಲೆನ್ ದೆತೊನ್ಯೆರ್. ಅಂಚಾದ್ ಈ ಸರ್ತಿ ಇರೆನ್ ದೆತೊನರೆ ಆಪುಜಿ. ಬೊಕ್ಕದ ತಿರ್ಗಾಟೊಡು ಜಾಗೆ ಇತ್ತ್ಂಡ ತೆರಿಪಾವೊಡು.\n\n{sig}\n{co}, ಮಂಗಳೂರು",
   "ಶ್ರೀ ದುರ್ಗಾ ಯಕ್ಷಗಾನ ಮೇಳ", "durga-mela.example", tz="in", lang="tcy")
wr("ctg-shipbreaking", "ইয়ার্ডর কামর বিষয়ে",
   "সালাম {n},\n\nঅনে ইয়ার্ডত আইয়েরে গ্যাস কাটিংর কাম দেখাইয়ন, এতল্লাই বউত শুকুরিয়া। মালিকে এবার আগর জাহাজত কাম গইজ্জে এন এক্কান ফিটাররে লই ফেলাইয়ে। এল্লাই এবার অনরে কামত লইত ন পারির। নতুন জাহাজ আইলে অনরে খবর দিয়ুম।\n\n{sig}\n{co}",
   "সীতাকুণ্ড মেরিন শিপইয়ার্ড", "sitakunda-marine.example", tz="bd", lang="ctg")
wr("nag-pickle", "Pickle factory laga kaam",
   "{n},\n\nApuni amikhan laga factory te ahi kene bottle bhora laga trial korise, etu nimite bisi dhanyavad. Kintu malik pora ekjon manu ke loise, tai age pora amikhan logot kaam kori thaka manu ase. Etu karone etiya apuni ke kaam dibo na pare. Notun order ahile apuni ke khobor dibo.\n\n{sig}\n{co}, Dimapur",
   "Naga King Chilli Pickles", "kingchilli-pickles.example", tz="in", lang="nag")
wr("ee-waxprint", "Ku ɖe wò dɔbiabia ŋu",
   "Ŋdi {n},\n\nAkpe na wò be èva míaƒe fiase la me hetsɔ avɔ aɖewo ɖe fia mí. Nublanuitɔe, míetia ame bubu si wɔ dɔ le avɔdzraƒe bubu me ƒe eve. Eya ta mímate ŋu axɔ wò fifia o. Ne dɔ bubu va la, míaƒo ka na wò.\n\n{sig}\n{co}, Lomé",
   "Avɔnyo Wax Boutique", "avonyo-wax.example", tz="tg", lang="ee")

# ================================================================ wide: 50 others, twins of the wide refusals (same sender, channel or shape)
# English confirmations with refusal talk (10)
wo("application_received", "en-ventriloquist-crm-ack", "Note added to your contact record",
   "Clientdesk - contact note\nContact: {full}\nOwner: {sig} ({co})\nStage: Applicant - lighting op\n\nNote from {sf}: Thanks {n}, your reel is in. I'll decide on the lighting op by {dl}. Should it be someone else, a note goes on this record - no guessing games.\n\nYou are receiving this because a note was shared with you.",
   "Marlowe Voice Shows", "clientdesk.example", frm="{sig} via Clientdesk <notes@{dom}>", tz="uk")
wo("application_received", "en-vinyl-locker-ack", "Your parcel is ready at locker 9 - collect by {dl}",
   "Parcel ready for collection\nSender: {co}\nLocker: Ostbahnhof, bay 9 - code {ref}\nCollect by: {dl}\n\nMessage from sender: Hi {n}, your application for the packing job arrived - here's one of our test pressings as a thank-you. An answer, either way, within two weeks.",
   "Groovehaus Pressing Plant", "lockerpost.example", frm="LockerPost <notify@{dom}>", tz="eu")
wo("application_received", "en-cassette-backer-ack", "Update #5 from {co}: we're hiring",
   "Backer update #5\nFrom: {co}\n\nHi backers! We need two part-time dubbing assistants. 31 of you have applied so far, {n} included - you're all in the pile. Everyone will hear from us by {dl}, whether you're picked or not.\n\nWhy you got this: you pledged to this project.",
   "Tape Loop Records", "pledgepage.example", frm="{co} on PledgePage <updates@{dom}>", tz="use")
wo("application_received", "en-dollhospital-webform-ack", "Thank you for contacting {co}",
   "Hello {n},\n\nThis confirms we received your message about the Saturday receptionist post. It gets a careful read from me within days. If the post goes to somebody else, I will still reply myself.\n\n{sig}\n{co}, Bath\n\n- Your original message -\nName: {full}\nEmail: {addr}\nSubject: Saturday receptionist",
   "The Dolly Ward", "dollyward.example", tz="uk")
wo("application_received", "en-charcuterie-booking-ack", "A message from {co} about your booking",
   "Your booking: {co}, Saturday, 4 guests\nMessage from the venue:\n\nHi {n}, thanks for handing in your CV with the booking. The manager calls the people she'd like to trial; no call this time means your CV waits in the drawer for the Christmas rush.\n\n{sig}\n\nManage or cancel your booking in the app.",
   "Salt & Cure Charcuterie Bar", "tablebook.example", frm="TableBook <messages@{dom}>", tz="ie")
wo("application_received", "en-pasty-shiftswap-ack", "You've been added to {co}",
   "Rota Swap - {co}\n\n{sig} (manager) added you to the group \"Trial bakers\".\n\"Hi {n}, welcome! You're here so we can sort trial shifts. Hired afterwards or not, you'll find out here.\"\n\nYou get these messages as a member of a Rota Swap team.",
   "Penhallow Pasty Co.", "rotaswap.example", frm="Rota Swap <team@{dom}>", tz="uk")
wo("application_received", "en-kilt-listserv-ack", "Re: [kiltmakers-l] Apprentice kiltmaker wanted (Perthshire)",
   "Many of you have written about the apprentice place, {n} among you - thanks. I'm reading applications until {dl} and will write to everyone, picked or passed over, the week after.\n\n{sig}\n{co}\n\n--\nkiltmakers-l mailing list. To leave, email kiltmakers-l-leave@{dom}",
   "Tayside Tartan Workshop", "lists.example", frm="{sig} via kiltmakers-l <kiltmakers-l@{dom}>", tz="uk")
wo("application_received", "en-perfumer-labnotebook-ack", "Entry shared with you: 'Applicants - evaluation assistant'",
   "LabLedger - notebook: {co} / Recruitment\n{sig} shared an entry with you.\n\n\"{n}, your application is logged here. We'll choose two people for a trial day by {dl}. If we go another way, you'll see a comment here and get an email.\"\n\nView entry",
   "Atelier Noctiluque", "labledger.example", frm="LabLedger <comments@{dom}>", tz="eu")
wo("application_received", "en-jukebox-fanclub-ack", "Message from {co} via the club portal",
   "Rock Around Club portal - members' messages\nFrom: {sig}, {co}\n\nDear {n}, thanks for asking about the cabinet sander job. I'll be choosing someone by {dl}. Yes or no, I'll message you here.\n\nClub portal - manage your notifications in your profile.",
   "Neon Bubble Jukebox Revival", "rockaround-club.example", frm="Club Portal <portal@{dom}>", tz="use")
wo("application_received", "en-treehouse-sitediary-ack", "You've been added to a project: Pendle treehouse",
   "SiteLog - project: Pendle treehouse ({co})\nEntry by {sig}, 08:15\n\n{n} added as a follower. Crew choice for the roof stage will be posted here by {dl}; should the place go elsewhere, this diary shows it first and a message from me follows.\n\nYou're following this project.",
   "Canopy Craft Builds", "sitelog.example", frm="SiteLog <diary@{dom}>", tz="uk")
# English invitations (6)
wo("interview", "en-boomop-sticky-inv", "{sig} replied to your note on 'Crew - Salt Flats'",
   "Board: Crew - Salt Flats (short film)\nColumn: Sound\n\nReply from {sig}: Hi {n}, can you come for a test day on {dl}? Call time 7:30 at the quarry car park. Unfortunately the location has no power, so charge everything the night before. Drop a yes on this note.\n\nOpen the board to reply.",
   "Low Tide Films", "stickywall.example", frm="StickyWall <boards@{dom}>", tz="uk")
wo("interview", "en-colourist-waitingroom-inv", "Meeting invitation: assist colourist - chat with {sig}",
   "You're invited: Assist colourist - chat with {sig} ({co})\nWhen: {dl}, 10:00-10:45\n\nMessage from the host: Hi {n}, looking forward to it. Unfortunately the grading suite has patchy signal, so if I drop out I'll rejoin from my phone. Please accept by tomorrow.\n\nJoin link will appear here 10 minutes before.",
   "Halide Post", "meetroom.example", frm="MeetRoom <no-reply@{dom}>", tz="usp")
wo("interview", "en-lapidary-cardscan-inv", "{sig} sent you a follow-up from CardSnap",
   "CardSnap follow-up\nFrom: {sig}, {co}\n\n\"Hi {n}, great to meet you at the fair. Would {dl} at 10 suit for cutting a cabochon with us at the workshop? Unfortunately the workshop is up a steep gravel drive, so park at the bottom. Let me know by Friday.\"\n\nReply | Save contact",
   "Quartzwell Lapidary", "cardsnap.example", frm="CardSnap <followup@{dom}>", tz="auw")
wo("interview", "en-poutine-delivery-inv", "New message from {co} (merchant)",
   "Chat with merchant - order #{ref}\n\n{co}: Hey {n}, thanks for the note about the fry cook job! Free for a trial shift on {dl} at 4 pm? Unfortunately the back door's blocked by deliveries, so use the front. Reply here to confirm.\n\nReply in app",
   "La Cabane à Poutine", "dashbite.example", frm="DashBite <chat@{dom}>", tz="cae")
wo("interview", "en-waffle-wristband-inv", "Message from a trader: {co}",
   "TapBand festival account\nTrader message\n\n{co}: Hi {n}, thanks for applying through the trader crew board! Could you do a trial hour on the iron on {dl} at noon, at the spring fair site? Unfortunately crew parking is full, so take the shuttle. Reply here by Wednesday.\n\n{sig}",
   "Golden Grid Waffles", "tapband.example", frm="TapBand <accounts@{dom}>", tz="uk")
wo("interview", "en-swordsmith-chatwidget-inv", "Transcript of your chat with {co}",
   "Chat transcript - {co}\n\n{n}: Hi, I applied for the blade-finishing assistant job - any news?\n{sig}: Hi {n}! Yes - come and spend a day at the grinding bench with us on {dl}, 9 to 3. Unfortunately the shop isn't heated, so wear layers.\n{n}: Great, I'll be there.\n{sig}: Please email a quick yes by Monday so I can book the trainer.\n\nThis transcript was emailed at your request.",
   "Crossguard Blades", "crossguard.example", frm="{co} Chat <chat@{dom}>", tz="usc")
# English next steps (4)
wo("next_steps", "en-telescope-bugtracker-next", "[rivetscope/mount-firmware] Optical bench technician - next step (Issue #{ref})",
   "{sig} commented on Issue #{ref}:\n> @{box}, thanks for applying. Next step: please attach photos of a mirror you have figured, with a Foucault or Ronchi test image, by {dl}. Unfortunately we can't look at links to cloud folders, so attach the files here.\n\nSent because you were mentioned. Answer by email or on the tracker.",
   "Rivet Scope Works", "codehaven.example", frm="{sig} <notifications@{dom}>", tz="eu")
wo("next_steps", "en-weathervane-makerspace-next", "Metal shop: message from a member",
   "Millbank Makerspace member portal\nMessage from {sig} ({co})\n\nHi {n}, got your application for the studio assistant job. Before a trial day, you need the hot-work induction - please book a slot by {dl}. Unfortunately our insurer won't let anyone near the hearth without it.\n\nThis message was sent through the member portal.",
   "Vane & Arrow Ironwork", "millbank-makers.example", frm="Millbank Makerspace <portal@{dom}>", tz="uk")
wo("next_steps", "en-wreath-timebank-next", "TimeBank: message from {co}",
   "Riverside TimeBank\nMessage from member: {co} ({sig})\n\nHi {n}, lovely to hear you'd like a paid seasonal place. Could you send me the name of a referee by {dl}? Unfortunately I can't take references from other TimeBank members.\n\nReply via the TimeBank site.",
   "Holly & Ivy Wreaths", "riverside-timebank.example", frm="Riverside TimeBank <members@{dom}>", tz="uk")
wo("next_steps", "en-hammock-voicememo-next", "Voice memo from {sig} (transcript)",
   "Voice memo - 0:37 - transcribed\n\n\"Hi {n}, it's {sf} from {co}. Loved your netting. Can you text me a photo of your ID and proof you can work here by {dl}? Unfortunately I can't get you on the books without it. Ta.\"\n\nTranscripts may contain errors. Play the memo in the app.",
   "Swaybrook Hammocks", "memomail.example", frm="{sig} via MemoMail <memos@{dom}>", tz="au")
# English offers (4)
wo("offer", "en-popcorn-nfc-offer", "Kettle & Kernel: you're hired!",
   "Hi {n},\n\nThanks for tapping our hiring tag and for the trial morning. A spot on the cart is yours, Saturdays and Sundays. Unfortunately the market has no staff parking, so the bus is your friend. A quick yes by {dl} and the details follow.\n\n{sig}\n{co}",
   "Kettle & Kernel Popcorn", "kettlekernel.example", tz="usc")
wo("offer", "en-pinata-egift-offer", "{sig} sent you an e-gift card",
   "You've received a $10 e-gift card from {co}.\n\nMessage: \"{n} - the workshop helper job is yours, if you'll take it! The card is a welcome coffee. Start date {dl}. Unfortunately the workshop gets very dusty, so bring old clothes. Just reply to my email to accept. - {sf}\"\n\nRedeem at giftcards.example/r/{ref}",
   "Fiesta Papel Piñatas", "giftcards.example", frm="{co} via GiftDrop <send@{dom}>", tz="usm")
wo("offer", "en-matcha-stampcard-offer", "{co} sent you a message",
   "StampSquare\n{co} - 4 of 10 stamps\n\nMessage: Hi {n}, we want you for the weekend whisking job! Unfortunately shifts begin at 6:30 am. Let us know by {dl}.\n\n- {sig}",
   "Kumo Matcha Bar", "stampsquare.example", frm="StampSquare <hello@{dom}>", tz="cap")
wo("offer", "en-shawarma-friendrequest-offer", "{sig} sent you a message",
   "{sig}: Hey {n}! Want the evening grill job? It's there for you. Start {dl}, 5 till close. Unfortunately the pay is weekly, cash, first week in arrears. Let me know by Friday.\n\nReply - View profile",
   "Zaatar Grill House", "friendly-net.example", frm="Friendly <notify@{dom}>", tz="usc")
# a job alert and a non-job refusal
wo("job_alert", "en-wristband-alert", "New crew jobs at festivals near you",
   "TapBand crew board\n\nHi {n}, 4 new crew jobs match your saved search:\n- Bar back, Riverside Weekender\n- Waffle iron crew, Harvest Fair\n- Litter picker, Meadow Fest\n- Box office, Folk on the Green\n\nView them in the app.",
   "TapBand", "tapband.example", frm="TapBand <crew@{dom}>", tz="uk")
wo("non_job_rejection_words", "en-stampcard-reward", "Your reward couldn't be redeemed",
   "StampSquare\n\nHi {n}, your request to redeem a free drink at {co} was declined: the stamp card expired on the 30th, and expired cards can't be reinstated. Start a new card on your next visit.\n\nStampSquare support",
   "Kumo Matcha Bar", "stampsquare.example", frm="StampSquare <hello@{dom}>", tz="cap")

# other-language twins: 15 widely spoken
wo("application_received", "de-ofenbau-ack", "Eingangsbestätigung Ihrer Bewerbung",
   "Hallo {n},\n\nIhre Bewerbung als Helfer im Ofenbau ist bei uns angekommen, danke. Wir melden uns bis {dl}, so oder so: Nehmen wir einen anderen Bewerber, bekommen Sie auch darüber Bescheid.\n\nFreundliche Grüße\n{sig}\n{co}",
   "Kachelofenbau Reindl", "ofenbau-reindl.example", tz="eu", lang="de")
wo("application_received", "fr-herboristerie-ack", "Accusé de réception de votre candidature",
   "Bonjour {n},\n\nVotre dossier (vendeur-conseil) nous est bien arrivé. Nous reviendrons vers vous avant le {dl}, que votre profil soit retenu ou non.\n\nBien cordialement,\n{sig}\n{co}",
   "Herboristerie du Vieux Quai", "vieuxquai-herbes.example", tz="eu", lang="fr")
wo("application_received", "ko-pcbang-ack", "아르바이트 지원서 접수 확인",
   "{n}님 안녕하세요.\n\n주말 오후 아르바이트 지원서 잘 받았습니다. {dl}까지 연락드리겠습니다. 채용되지 않더라도 문자로 결과를 꼭 알려 드릴게요.\n\n{sig} 드림\n{co}",
   "스타존 PC방", "starzone-pc.example", tz="kr", lang="ko")
wo("application_received", "zh-hotpot-ack", "应聘信息已收到",
   "{n}你好，\n\n你应聘前厅服务员的资料我们已经收到了。店长会在{dl}前联系你，不管录不录用都会给你回个消息。\n\n{sig}\n{co}",
   "山城老灶火锅", "shancheng-hotpot.example", tz="cn", lang="zh")
wo("application_received", "it-acetaia-ack", "Conferma di ricezione",
   "Gentile {n},\n\nla sua candidatura come addetto alle visite guidate è arrivata. Le daremo una risposta entro il {dl}, in ogni caso, anche se la scelta dovesse cadere su un'altra persona.\n\nCordiali saluti,\n{sig}\n{co}",
   "Acetaia Ca' dei Tini", "cadeitini.example", tz="eu", lang="it")
wo("application_received", "sw-mitumba-ack", "Tumepokea ombi lako",
   "Habari {n},\n\nOmbi lako la kazi ya kupanga mitumba limetufikia. Tutakujulisha kabla ya {dl}, hata kama hutachaguliwa, ili usibaki ukisubiri bure.\n\nKila la heri,\n{sig}\n{co}",
   "Mitumba Bora Karume", "mitumbabora.example", tz="tz", lang="sw")
wo("application_received", "ur-chappal-ack", "درخواست مل گئی",
   "السلام علیکم {n}،\n\nدکان پر سیلز والی نوکری کے سلسلے میں آپ کا پیغام پہنچ گیا ہے۔ استاد {dl} تک فیصلہ کریں گے، اور جگہ کسی اور کو گئی تو بھی آپ کو ضرور اطلاع دی جائے گی۔\n\n{sig}\n{co}، پشاور",
   "قصہ خوانی چپل ہاؤس", "qissakhwani-chappal.example", tz="pk", lang="ur")
wo("interview", "es-horchateria-inv", "Prueba en el obrador",
   "Hola {n}:\n\n¿Puedes venir a hacer una prueba en el obrador el {dl} a las 8:00? Por desgracia no hay aparcamiento cerca, así que mejor ven en tranvía. Confírmame antes del viernes, por favor.\n\nUn abrazo,\n{sig}\n{co}",
   "Horchatería La Xufa", "laxufa.example", tz="eu", lang="es")
wo("interview", "ru-banya-inv", "Приглашение на пробную смену",
   "Здравствуйте, {n}!\n\nПриглашаем вас на пробную смену банщиком {dl} к 10:00. К сожалению, парковка у бани закрыта на ремонт, оставьте машину у магазина. Подтвердите, пожалуйста, до пятницы.\n\nС уважением,\n{sig}\n{co}",
   "Баня на Заречной", "banya-zarechnaya.example", tz="ru", lang="ru")
wo("interview", "hi-blockprint-inv", "नमूना छपाई के लिए बुलावा",
   "नमस्ते {n} जी,\n\nआप {dl} को सुबह 10 बजे हमारी इकाई में नमूना छापने आ सकते हैं। दुर्भाग्य से उस दिन बिजली कटौती है, इसलिए काम धूप में आँगन में होगा। कृपया शुक्रवार तक हाँ या ना बता दें।\n\n{sig}\n{co}, सांगानेर",
   "सांगानेर छपाई घर", "sanganer-chhapai.example", tz="in", lang="hi")
wo("next_steps", "ja-soba-next", "採用前のご提出書類について",
   "{n}様\n\n先日はありがとうございました。採用に向けて、{dl}までに検便の結果と身分証明書のコピーをご提出ください。あいにく店頭での受け取りはできませんので、郵送でお願いいたします。\n\n{sig}\n{co}",
   "手打ちそば 石臼庵", "ishiusuan.example", tz="jp", lang="ja")
wo("next_steps", "ar-oud-next", "الخطوة التالية في طلبك",
   "مرحباً {n}،\n\nيسعدنا أن ننتقل معك إلى الخطوة التالية. نرجو أن ترسل لنا صوراً لثلاث قطع من عملك السابق قبل {dl}. للأسف لا نستطيع فتح الروابط، فأرسل الصور مرفقة بالبريد.\n\n{sig}\n{co} - عمّان",
   "ورشة نغم للأعواد", "nagham-oud.example", tz="jo", lang="ar")
wo("next_steps", "th-muaythai-next", "เอกสารที่ต้องส่งก่อนเริ่มงาน",
   "สวัสดีครับคุณ{n}\n\nทางค่ายขอใบรับรองแพทย์และสำเนาบัตรประชาชนภายในวันที่ {dl} ครับ น่าเสียดายที่ค่ายรับเอกสารทางอีเมลไม่ได้ กรุณานำมาส่งที่ค่ายด้วยตัวเอง\n\n{sig}\n{co}",
   "ค่ายมวยศิษย์ทองคำ", "sittongkam.example", tz="th", lang="th")
wo("offer", "pt-acai-offer", "Proposta de trabalho",
   "Oi {n},\n\nA vaga de atendente no balcão é sua, se quiser! Começa {dl}, das 7h às 15h. Infelizmente não temos vale-transporte no primeiro mês. Me responde até sexta, beleza?\n\nAbraço,\n{sig}\n{co}, Belém",
   "Batedeira Tucupi Açaí", "tucupi-acai.example", tz="br", lang="pt")
wo("offer", "tr-baklava-offer", "İş teklifi",
   "Merhaba {n},\n\nTezgâh satış elemanı olarak sizinle çalışmak istiyoruz. {dl} tarihinde başlayabilirsiniz. Maalesef ilk ay servis yok, kendi ulaşımınızı ayarlamanız gerekecek. Cuma gününe kadar cevabınızı bekliyoruz.\n\nİyi çalışmalar,\n{sig}\n{co}, Gaziantep",
   "Çatalhan Baklava", "catalhan.example", tz="tr", lang="tr")

# other-language twins: 9 of the new languages
wo("application_received", "acw-mutabbaq-ack", "وصلنا كلامك",
   "هلا {n}،\n\nوصلتني رسالتك عن شغلة الكاشير في البسطة، مشكور. بكلمك قبل {dl} إن شاء الله، وإذا راحت الشغلة لغيرك برضو بعلمك عشان ما تقعد تستنى.\n\n{sig}\n{co} - البلد، جدة",
   "بسطة مطبق البلد", "mutabbaq-albalad.example", tz="sa", lang="acw")
wo("interview", "ayn-phonerepair-inv", "تعال نجرّبك في المحل",
   "أهلين يا {n}،\n\nصاحب المحل يشتي يشوفك يوم {dl} الساعة عشر الصبح تجرب تصلّح جوالين قدامه. للأسف الكهرباء تنطفي الصبح، فشا نشتغل على البطارية. رد علي قبل الخميس.\n\n{sig}\n{co}، صنعاء",
   "محل الصيانة الحديثة للجوالات", "alsiyana-phones.example", tz="ye", lang="ayn")
wo("application_received", "hak-leicha-ack", "收到你个資料",
   "{n}你好：\n\n你想來店肚做暑假幫手个資料，𠊎已經收到了，恁仔細。頭家會在{dl}以前決定，請無請你都會同你講，毋使煩惱。\n\n{sig}\n{co}",
   "美濃擂茶坊", "meinong-leicha.example", tz="tw", lang="hak")
wo("next_steps", "new-bronze-next", "ज्याया लिपाया लँपु",
   "ज्वजलपा {n},\n\nछिगु ज्या झीत यःगु दु। {dl} न्ह्यः छिगु नागरिकताया प्रतिलिपि व न्हापा दयेकागु मूर्तिया किपा छ्वयादिसँ। दुर्भाग्यवश झीसं इमेल जक कयाः स्वयेफु।\n\n{sig}\n{co}, यल",
   "यल धातु कला ज्याकुथि", "yala-dhatu.example", tz="np", lang="new")
wo("offer", "bra-marbleinlay-offer", "काम पक्कौ भयौ",
   "राम राम {n} जी,\n\nउस्ताद जी नें कही है कि तुम {dl} ते कारखाने में काम पै आ सकौ। दुख की बात है कि पहलौ महीना तनखा आधी रहैगी, सीखबे के कारन। शुक्रवार तक हाँ कै ना बता दीजौ।\n\n{sig}\n{co}, आगरा",
   "आगरा पच्चीकारी कारखानौ", "agra-pachchikari.example", tz="in", lang="bra")
wo("interview", "tcy-yakshagana-inv", "ಮೇಳಗು ಬಲೆ",
   "ನಮಸ್ಕಾರ {n},\n\nಭಾಗವತೆರ್ ಇರೆನ್ {dl} ಕ್ ಬಯ್ಯ ಆರ್ ಗಂಟೆಗ್ ಚೆಂಡೆ ಬಾರಿಸಾಯರೆ ಲೆಪ್ಪುವೆರ್. ಬೇಜಾರ್‌ದ ಸಂಗತಿ ಪಂಡ, ಆ ದಿನ ಬಸ್ಸ್ ಕಮ್ಮಿ ಉಂಡು, ಬೇಗ ಬಲೆ. ಸುಕ್ರವಾರದ ದುಂಬು ತೆರಿಪಾಲೆ.\n\n{sig}\n{co}, ಮಂಗಳೂರು",
   "ಶ್ರೀ ದುರ್ಗಾ ಯಕ್ಷಗಾನ ಮೇಳ", "durga-mela.example", tz="in", lang="tcy")
wo("next_steps", "ctg-shipbreaking-next", "কামত যোগ দিবার আগে",
   "সালাম {n},\n\nমালিকে অনরে কামত লইবার লাই রাজি অইয়ে। {dl} এর আগে অনর জাতীয় পরিচয়পত্রর কপি আর মেডিকেল সার্টিফিকেট ইয়ার্ডর অফিসত জমা দিবান। দুঃখর কথা, অফিস শুক্কুরবার বন্ধ থাকে।\n\n{sig}\n{co}",
   "সীতাকুণ্ড মেরিন শিপইয়ার্ড", "sitakunda-marine.example", tz="bd", lang="ctg")
wo("application_received", "nag-pickle-ack", "Apuni laga application pai jaise",
   "{n},\n\nApuni laga application amikhan pai jaise, dhanyavad. Malik {dl} bhitorte decide koribo. Apuni ke loile bhi na loile bhi, amikhan phone kori kene apuni ke janibo.\n\n{sig}\n{co}, Dimapur",
   "Naga King Chilli Pickles", "kingchilli-pickles.example", tz="in", lang="nag")
wo("application_received", "ee-waxprint-ack", "Míexɔ wò dɔbiabia",
   "Ŋdi {n},\n\nAkpe, míexɔ wò dɔbiabia ɖe fiasedzikpɔla ƒe dɔ la ŋu. Míaɖo eŋu na wò hafi {dl} naɖo, eɖanye be míetia wò alo ame bubu o.\n\n{sig}\n{co}, Lomé",
   "Avɔnyo Wax Boutique", "avonyo-wax.example", tz="tg", lang="ee")


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
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 29) - start).days))
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), tzinfo=offset_for(zone, day))


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(t: T) -> list[str]:
    if t.lang != "en":
        return LANG_SIGNERS[t.lang]
    return ZONE_SIGNERS.get(t.tz[0], SIGNERS)


def day_text(day: dt.datetime, lang: str, zone: str) -> str:
    if lang in {"ja", "zh", "hak"}:
        return f"{day.month}月{day.day}日"
    if lang == "ko":
        return f"{day.month}월 {day.day}일"
    if lang in {"de", "ru", "tr"}:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if lang != "en":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if zone.startswith(("us", "ca", "ph", "ak", "hi")):
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
            quoted = (sent - dt.timedelta(days=rng.randint(2, 9))).replace(hour=rng.randint(7, 21), minute=rng.randrange(60))
            later = sent + dt.timedelta(days=rng.randint(4, 12))
            while later.weekday() >= 5:
                later += dt.timedelta(days=1)
            slots = {
                "n": GIVEN.get(who, who.split()[0]), "full": who, "sig": sig,
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)], "x": t.x[i % len(t.x)],
                "q": f"{quoted:%A}, {quoted.day} {quoted:%B %Y} {quoted:%H:%M}",
                "gq": f"{quoted:%a}, {quoted.day} {GMAIL_MON[quoted.month - 1]} {quoted.year} at {quoted:%H:%M}",
                "dl": day_text(later, t.lang, zone),
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, rng.randrange(3)), "sf": GIVEN.get(sig, sig.split()[0]),
            }
            slots["x"] = fill(slots["x"], slots)
            if not ascii_fold(sig).strip(" .-"):
                slots["sl"] = f"staff{rng.randint(100, 999)}"
            box = local_part(who, rng.randrange(3)) if ascii_fold(who).strip(" .-") else f"user{rng.randint(100, 999)}"
            slots["box"] = box
            to_addr = f"{box}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(PROVIDERS)}.example"
            slots["addr"] = to_addr
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
        rec["id"] = f"blind35:{short}-{counters[short]:03d}"
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
