# ruff: noqa: E501, S311
"""Write the fifty-sixth sealed blind slice for issue 11 (blind-slice-56.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 56 and later never read; our side printed)
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

SEED = 560561
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-56.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 56
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Persephone Wragg", "Fachtna Ó Laoghaire", "Tanvika Raghunathan", "Osric Pelham", "Yolisa Mthethwa",
    "Ngaio Te Kani", "Marigold Eversleigh", "Fiachra Mac Giolla", "Nkechi Umeh", "Thaddeus Tottle",
    "Akosua Boateng", "Xolani Mabuza", "Bhavna Iyengar", "Oisín Kehoe", "Chidinma Okafor",
    "Rosalind Penwarden", "Wiremu Parata", "Caitríona Cullinane", "Vihaan Malhotra", "Dervla Treacy",
    "Nandipha Mokgadi", "Piran Trevithick", "Kavya Raman", "Ivanka Constantin", "Wouter Bakker",
    "Keziah Quansah", "Ayanda Khumalo", "Deepika Sundaram", "Onóra Fennelly", "Kojo Appiah",
    "Ambrose Pennyfeather", "Roxana Farahani", "Lavinia Cresswell", "Tiago Amaral", "Gráinne Ní Bhriain",
    "Olumide Adeyemi", "Imogen Fairweather", "Mele Fifita", "Ruadhán Keogh", "Olwethu Nkosi",
    "Harpreet Dhillon", "Tudur Drummond", "Ignatius Chukwu", "Astrid Lindqvist", "Bartosz Zieliński",
    "Rēwi Hakaraia", "Bronwen Prothero-Hughes", "Adewale Ogundipe", "Horatio Blenkinsop", "Manpreet Sekhon",
]
REGION_SIGNERS = {
    "uk": ["Winifred Loxley", "Idris Penhallow", "Nasreen Akhtar", "Osmund Buchan", "Tabitha Corrigan", "Gwion Lamont",
           "Kulwant Bains", "Henrietta Gosling", "Eira McPhee", "Peregrine Hollis", "Tunde Bakare", "Kerensa Guthrie"],
    "ie": ["Senan Furey", "Síle Kinnane", "Peadar Lyne", "Lasairíona Hession", "Tiernan Ó Dálaigh"],
    "us": ["Esmé Ybarra", "Delbert Tuttle", "Velma Burrell", "Lars Nygaard", "Colby Whitacre", "Bettina Scarpelli"],
    "ca": ["Monique Pelletier", "Gurpreet Sidhu", "Taras Kowalchuk", "Brigitte Thibert", "Ellery Bearspaw"],
    "au": ["Brodie Kennard", "Cosima Papadakis", "Shanae Pullen", "Quoc Thinh Vu", "Merryn Osborne"],
    "nz": ["Mahina Kereama", "Callum Dodds", "Sefo Leota", "Ailsa Rutherford", "Ihaia Pōhatu"],
    "za": ["Zodwa Mahlangu", "Elmarie du Plessis", "Lerato Moloi", "Pieter Venter", "Naeema Adams"],
    "in": ["Padmavathi Rao", "Anil Kumar Joshi", "Moumita Ghosh", "Vineeth Menon", "Rukhsana Qureshi"],
    "np": ["Sabina Gurung", "Bikash Shrestha"], "ws": ["Faamanu Leiataua", "Tavita Sapolu"],
    "zm": ["Mutinta Hamoonga", "Chanda Mwila"], "zw": ["Rutendo Chikwanha", "Tafadzwa Moyo"],
    "ke": ["Wanjiru Kamau", "Otieno Wafula"], "ph": ["Rowena Castillo", "Jerome Villanueva"],
    "my": ["Ong Siew Hwa", "Kumaresan Pillai"], "lk": ["Nirosha Fernando", "Chaminda Perera"],
    "ng": ["Ngozi Eze", "Babatunde Alabi"], "gh": ["Abena Owusu", "Kwame Darko"],
    "om": ["Zahra Al Busaidi", "Salim Al Harthy"], "tw": ["Lin Mei-hua", "Chen Wei-lun"],
    "gr": ["Eleftheria Nikolaou", "Stavros Pappas"], "ro": ["Ioana Munteanu", "Radu Stoica"],
    "pl": ["Agnieszka Wróbel", "Jarosław Lis"], "br": ["Luana Ferraz", "Caio Nogueira"],
    "jo": ["Rania Haddad", "Omar Khalaileh"], "uz": ["Dilnoza Yusupova", "Rustam Karimov"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "usak": "us",
    "cae": "ca", "cat": "ca", "can": "ca", "cask": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["مريم البلوشية", "خالد الهنائي"], "de": ["Kreszenz Zwink", "Vitus Rieder"],
    "es": ["Amparo Bellver", "Vicent Roig"], "fr": ["Solène Massiera", "Baptiste Orengo"],
    "hi": ["सरोज यादव", "दिनेश पांडे"], "it": ["Fulvia Codega", "Ivano Sanelli"],
    "ja": ["大塚 美穂", "川島 健二"], "ko": ["심수진", "권태호"], "pt": ["Albertina Frade", "Joaquim Marçal"],
    "ru": ["Валентина Гусева", "Степан Белоусов"], "sw": ["Bi. Zuhura Chande", "Juma Mpinga"],
    "th": ["สมพร ใจดี", "ประเสริฐ บุญมา"], "tr": ["Hatice Doğan", "Recep Aksoy"],
    "ur": ["نسرین اختر", "شاہد اقبال"], "zh": ["何丽君", "陈志强"],
    "mvi": ["砂川 千代", "下地 浩"], "ami": ["Panay Kacaw", "Lekal Sawmah"],
    "hlb": ["सुकमती बघेल", "लखन नाग"], "geh": ["Sara Hofer", "Jakob Waldner"],
    "aat": ["Ελένη Μπούκη", "Γιώργος Λέκκας"], "lue": ["Nyakasapa Samakayi", "Kapinga Chinyama"],
    "kca": ["Анна Молданова", "Пётр Вагатов"], "ttt": ["Гюльнара Мамедова", "Рамиз Алиев"],
    "slr": ["Ma Xiaolan", "Han Yusuf"], "kqn": ["Mwansa Kapenda", "Kabwe Mutondo"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الشكيلية", "هيثم الرواحي"], "de": ["Leni Feichtmayr", "Korbinian Staudhammer"],
    "es": ["Neus Ferrandis", "Joanot Moltó"], "fr": ["Clémence Baudoin", "Lilian Ferraud"],
    "hi": ["पूजा चौरसिया", "अंकित मिश्रा"], "it": ["Chiara Bonfanti", "Mattia Rusconi"],
    "ja": ["藤田 彩", "村上 颯"], "ko": ["배지현", "오민석"], "pt": ["Beatriz Loureiro", "Rodrigo Sapinho"],
    "ru": ["Ксения Голубева", "Артём Зайцев"], "sw": ["Mwanaisha Bakari", "Selemani Kitwana"],
    "th": ["กาญจนา ศรีสุข", "ธนวัฒน์ พรหมมา"], "tr": ["Zeynep Kılıç", "Emre Yavuz"],
    "ur": ["حنا شفیق", "عمران رشید"], "zh": ["王思雨", "赵晨阳"],
    "mvi": ["友利 さくら", "池間 翔"], "ami": ["Ofad Kolas", "Kacaw Mayaw"],
    "hlb": ["बुधरी कश्यप", "सोनू मंडावी"], "geh": ["Rebekka Kleinsasser", "Daniel Wurz"],
    "aat": ["Μαρία Κάππου", "Νίκος Γκίκας"], "lue": ["Chilombo Sakutemba", "Kalunga Mukeya"],
    "kca": ["Ольга Тарлина", "Никита Айпин"], "ttt": ["Севиль Гасанова", "Эльчин Рзаев"],
    "slr": ["Ma Aiya", "Han Ibrahim"], "kqn": ["Chileshe Kasonde", "Mutale Kabaso"],
}
GIVEN = {
    "Fachtna Ó Laoghaire": "Fachtna", "Fiachra Mac Giolla": "Fiachra", "Gráinne Ní Bhriain": "Gráinne",
    "Tiernan Ó Dálaigh": "Tiernan", "Anil Kumar Joshi": "Anil", "Ong Siew Hwa": "Siew Hwa",
    "Bi. Zuhura Chande": "Zuhura", "Zahra Al Busaidi": "Zahra", "Salim Al Harthy": "Salim",
    "Lin Mei-hua": "Mei-hua", "Chen Wei-lun": "Wei-lun", "Elmarie du Plessis": "Elmarie",
}
PROVIDERS = ["wrenpost", "dipperbox", "ploverpost", "stintmail", "godwitnet", "turnstonemail"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "gr": ("+0200", "+0300", "eu"),
    "ro": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usak": ("-0900", "-0800", "us"),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "can": ("-0330", "-0230", "us"),
    "cask": ("-0600", None, ""), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "br": ("-0300", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "zm": ("+0200", None, ""), "zw": ("+0200", None, ""), "jo": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "om": ("+0400", None, ""), "az": ("+0400", None, ""), "pk": ("+0500", None, ""), "yek": ("+0500", None, ""),
    "uz": ("+0500", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "np": ("+0545", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "tw": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "my": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
    "ws": ("+1300", None, ""),
}
US_STYLE = ("use", "usc", "usm", "usp", "usak", "cae", "cat", "can", "cask", "cam", "cap")


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
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind56-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-wd", "Requisition R-{ref} {role}: update", "Hello {n},\n\nThe requisition you applied to ({role}, {co}) has been taken down. Our operations group moved this year's {x} finishing to the existing line crew, meaning nobody is hired from outside and your application lapses along with the requisition.\n\nTalent Acquisition\n{co}", ("Brasswick Samovars", "Fernhollow Jugs"), ("brasswick-talent.example", "fernhollow-jobs.example"), frm="{co} Careers <no-reply@{dom}>", role=("Burnishing Technician", "Blanking Room Assistant"), tz=("uk", "ie"), x=("samovar", "jug"))
mr("ats-gh", "{co} – {role}", "Hi {n},\n\nWe appreciated the hours you put into our process for the {role} post. The team has offered it to a candidate with {x} in optical grinding, and they have said yes. The role is therefore filled.\n\nWe hope your search goes well.\n{sig}, Recruiting at {co}", ("Peerglass Lorgnettes", "Lumenhook Eyepieces"), ("peerglass.example", "lumenhook.example"), role=("Eyepiece Bench Operator", "Eyepiece Assembler"), tz=("usm", "cam"), x=("eight years", "eleven seasons"))
mr("ats-lv", "Your application – {role} at {co}", "{n}, hello –\n\nA quick note from {co}. We've hired for the {role} spot: the person joining has been {x}. That's where we landed.\n\nTa for having a crack,\n{sig}", ("Hardhead Gavels", "Trestlecraft Sawhorses"), ("hardhead.example", "trestlecraft.example"), role=("Bench Hand", "Workshop Hand"), tz=("au", "nz"), x=("shaping beech gavel heads by hand since 2015", "building folding trestles for a Cromwell joinery co-op for years"))
mr("ats-sr", "Application status – {role}", "<html><body><p>Dear {n},</p><p>Quick snapshot of your file:</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Employer</td><td>{co}</td></tr><tr><td>Outcome</td><td>Post given to a different applicant</td></tr></table><p>Sign in any time to view other openings.</p></body></html>", ("Ponchoworks", "Sarongery Supply"), ("ponchoworks-hr.example", "sarongery-hr.example"), frm="{co} via Talentdesk <noreply@{dom}>", role=("Blanking Operator", "Print Table Assistant"), tz=("za", "in"))
mr("ats-ic", "{co} | {role} | Requisition {ref}", "Dear {n},\n\nYour candidate record for {role} (Req {ref}) now reads:\n\nDisposition: Not Selected – Mandatory Training Record Missing\n\nThe posting asks for {x}, and none was attached to your profile when screening took place.\n\n{co} Talent Team", ("Gradmark Pipettes", "Sealtight Crimpers"), ("gradmark.example", "sealtight.example"), frm="{co} Talent <talent@{dom}>", role=("Volumetric Check Assistant", "Press Setter"), tz=("use", "cae"), x=("a current clean-room induction certificate", "a lockout-tagout training card"))
mr("ats-tl", "Candidate notice: {role} ({ref})", "Dear {n},\n\nRequisition {ref} – {role}\nRequisition status: Withdrawn – headcount frozen\nYour candidacy: Not hired (requisition withdrawn)\n\nAll applicants on this requisition receive this notice.\n\n{co} Human Resources", ("Pewterfold Tankards", "Ringmoor Flagons"), ("pewterfold.example", "ringmoor.example"), frm="{co} HR <hr-notices@{dom}>", role=("Spun-metal Operator", "Lapping Hand"), tz=("uk", "ie"))
mr("ats-wk", "{role} at {co}", "Hi {n},\n\nWe had {x} applications for the {role} job at {co} and have now chosen the person we'll bring in. This round it isn't you, and we wanted you to have that straight from us.\n\nThanks again,\n{sig}\n{co}", ("Plumpton Bolsters", "Inglenook Footstools"), ("plumpton.example", "inglenook.example"), role=("Cover Cutter", "Leg Assembler"), tz=("uk", "usc"), x=("seventy-three", "one hundred and four"))
mr("ats-bh", "Re: {role} hours", "Hi {n},\n\nA quick one about the {role} hours at {co}. {x} from our own {y} asked to move across, which we've agreed to, so these hours are no longer open to outside applicants.\n\nWarm regards,\n{sig}", ("Lidbright Dustbins", "Hangfold Airers"), ("lidbright.example", "hangfold.example"), role=("Packing Assistant", "Goods-in Assistant"), tz=("nz", "au"), x=("Tui", "Tryphena"), y=("moulding shop", "returns bay"))
mr("ats-tt", "Your application to {co}", "Dear {n},\n\nBig thanks for interest to {co}. After the talks, we have now offered this job to a colleague from our {x} who already is working with {y} six years. So the position is closed for new people now.\n\nWith kind regards\n{sig}", ("Cuprum Goblets", "Kielich Chalices"), ("cuprum-goblets.example", "kielich.example"), role=("Chasing Assistant", "Electroplate Assistant"), tz=("ro", "pl"), x=("chasing room", "electroplate hall"), y=("the goblet stems", "chalice electroplate"))
mr("ats-ps", "{co}: your application as {role}", "Hello {n},\n\nThanks for the send of documents. Our team has took decision for candidate with longer years of {x}. We wish you all good in next steps.\n\nBest,\n{sig}\n{co} People Team", ("Nilcraft Hatpins", "Cravatta House"), ("nilcraft.example", "cravatta.example"), role=("Pin Setter", "Cravat Hemmer"), tz=("jo", "uz"), x=("fine wire work", "hand-rolled silk hems"))
mr("ats-pp", "{role} – result of the written exercise", "Hi {n},\n\nYou scored {x} on the {role} written exercise; interviews went to people at {y} or above. That ends this application with {co}.\n\nThe recruitment team", ("Galeguard Windbreaks", "Floatwell Lilos"), ("galeguard.example", "floatwell.example"), frm="{co} Recruitment <apply@{dom}>", role=("Hemming Lead", "Hem Sealer"), tz=("uk", "nz"), x=("19 out of 44", "23 out of 52"), y=("28", "33"))
mr("ats-jz", "{role} gig", "Hey {n} – the {role} gig at {co} is sorted: {x} said yes first and starts Saturday. Thanks for jumping in so fast.\n\n— {sig}", ("Swanpaddle Pedalos", "Crownwalk Treetops"), ("swanpaddle.example", "crownwalk.example"), role=("weekend pedalo attendant", "treetop walk marshal"), tz=("usp", "cap"), x=("Kinsley", "Rhett and Joelle"))
mr("ats-ab", "{co} — {role}", "Hello {n},\n\nThank you to join the process with {co}. Our panel has select other finalist for the {role} role, a person with longer time in {x}. Many thank for your time given.\n\n{sig}", ("Censer House", "Ewerline"), ("censerhouse.example", "ewerline.example"), role=("Metal Chasing Assistant", "Lost-model Burnisher"), tz=("ph", "my"), x=("repoussé work", "lost-wax pieces"))
mr("one-shoehorn", "Shoehorn burnisher post", "Dear {n},\n\nEvery application for our burnisher post was read. Our new burnisher lives two streets from the works and can start at once, so the post is filled.\n\nBest regards,\n{sig}\nAllhorn Shoehorns, Kington", "Allhorn Shoehorns", "allhorn.example", tz="uk")
mr("one-pincushion", "Stitching table – your application", "Hi {n}, just closing the loop. The stitching table job went to Marlene, who's made plush pincushions for us on piecework for three years. She was the obvious pick.\n\n{sig}, Tomatina Pincushions", "Tomatina Pincushions", "tomatina.example", tz="usm")
mr("one-snuffbox", "Snuffbox bench vacancy", "{n},\n\nOur bench vacancy is no longer available: the owner's daughter is back from college and will take it. Sorry to send this after you'd made the trip to Jedburgh.\n\n{sig}\nLidlock Snuffboxes", "Lidlock Snuffboxes", "lidlock.example", tz="uk")
mr("one-epaulette", "Goldwork Trainee", "Dear {n}\n\nThe goldwork trainee place here has been offered to an applicant who already held a bullion-wire apprenticeship, and she starts next month.\n\nYours,\n{sig}\nFringe & Bullion Epaulettes Ltd", "Fringe & Bullion Epaulettes", "fringebullion.example", tz="ie")
mr("one-billycan", "billycan spot", "G'day {n}, short one – we've filled the spot in the tin shop with a bloke who did his time at the Bourke sheet-metal place. Good chat on the phone last week.\n{sig}\nRedgum Billycans", "Redgum Billycans", "redgumbilly.example", tz="au")
mr("one-jerrycan", "Your application, Moulding Operator", "Hello {n},\n\nWe now have our moulding operator for the Ndola plant; the person appointed comes from our sister site on Chisokone Road and knows the blow-moulders already. We appreciate you applying.\n\n{sig}\nPatrolcan Jerrycans", "Patrolcan Jerrycans", "patrolcan.example", tz="zm")
mr("one-workbench", "Woodshop apprentice", "Kia ora {n},\n\nWe've taken our apprentice on now – he did his pre-trade course with us last summer, so he knew the shop. Best of luck finding a start.\n\n{sig}, Benchmate Workbenches", "Benchmate Workbenches", "benchmate.example", tz="nz")
mr("one-birdcage", "Wireworker job", "Hi {n}\n\nThe wireworker role was taken by a Digby woman who used to run her own net-mending shed. She's with us from the 3rd.\n\n{sig}\nPerchwire Birdcages", "Perchwire Birdcages", "perchwire.example", tz="cat")
mr("one-sledge", "sledge workshop, assistant", "Dear {n},\n\nI'm writing about the assistant place at our sledge workshop in Ullapool. A neighbour's son, already handy with ash runners, is taking it on.\n\nAll the best,\n{sig}\nGlenrunner Sledges", "Glenrunner Sledges", "glenrunner.example", tz="uk")
mr("one-coathanger", "Production Associate – {ref}", "Dear {n},\n\nThe Production Associate vacancy ({ref}) has been filled internally by a team member moving from our packing floor in Baguio.\n\nRegards,\nPeople Services, Hookline Coathangers", "Hookline Coathangers", "hookline.example", frm="People Services <people@{dom}>", tz="ph")
mr("one-bellows", "leatherworker role", "Morning {n},\n\nWe've promised the leatherworker role to Dilys, who has been gluing our bellows on Tuesdays for two years. She'll go full time from next week.\n\nThank you,\n{sig}\nFireside Bellows, Dolgellau", "Fireside Bellows", "firesidebellows.example", tz="uk")
mr("one-bivvy", "Seamstress application", "Dear {n},\n\nOur seamstress opening has gone to a former tentmaker's apprentice from Jos who came recommended by two of the team. Your letter was a pleasure to read.\n\n{sig}\nHarmattan Bivvy Bags", "Harmattan Bivvy Bags", "harmattanbivvy.example", tz="ng")
mr("one-belay", "Quality inspector", "Hi {n},\n\nWe've now appointed our quality inspector. The successful person has eight years testing rated hardware and joins in March.\n\nBest wishes,\n{sig}\nCragstop Belays", "Cragstop Belays", "cragstop.example", tz="uk")
mr("one-lopper", "Assembly line vacancy", "Hi {n},\n\nThe assembly job at Snipwell Loppers has been given to a returning seasonal worker, so the vacancy is closed. We're grateful you took the time.\n\n{sig}", "Snipwell Loppers", "snipwell.example", tz="auq")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thr-hydro", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nReally enjoyed meeting you on the river last week – you were great with the fins. We've given the {role} place to {x}, who has guided this stretch three summers running.\n\nCheers,\n{sig}\n\n" + OUTLOOK + "Subject: Re: {role} interview\n\nHi {sf}, Tuesday's session was brilliant, ta. Really hoping to hear back!\n{n}", ("Whitewater Sledging Co", "Rapidbody Hydrospeed"), ("whitewatersledging.example", "rapidbody.example"), role=("hydrospeed guide", "river sledging instructor"), tz=("uk", "nz"), x=("Jolyon", "Ataahua"))
mr("thr-landyacht", "Re: [EXT] Re: Beach crew", "Hey {n},\n\nThanks so much for coming out to the sands. The beach crew spot is now with {x}; she knows the sail rigs inside out from racing them.\n\nTake care,\n{sig}\n\n" + GMAIL + "> Hi {sf}, just checking in after Saturday. Keen to know how it went.\n> {n}", ("Sandsail Landyachting", "Tidewind Landyachts"), ("sandsail.example", "tidewind.example"), tz=("ie", "au"), x=("Rionagh", "Merindah"))
mr("thr-canicross", "RE: [EXT] RE: Running coach", "Hi {n},\n\nGood to talk properly on Thursday, and the dogs clearly liked you. The running coach job is {x}'s now – she's volunteered with our beginner pack since last spring.\n\nThanks,\n{sig}\n\n" + ORIGINAL + "Subject: RE: Running coach\n\nHello {sf}, following up after our chat. Happy to send references.\n{n}", ("Pawpace Canicross", "Harness & Hound"), ("pawpace.example", "harnesshound.example"), tz=("uk", "cae"), x=("Elowen", "Chantelle"))
mr("thr-flyball", "Re: [EXT] RE: Assistant trainer", "Hi {n},\n\nThanks for the trial night, the box work demo was ace. We've asked {x} to be assistant trainer; he's handled our relay teams since the last tournament.\n\nCheers,\n{sig}\n\n" + RULE + "Subject: RE: Assistant trainer\n\nHi {sf}, thanks again for Wednesday. Any news yet?\n{n}", ("Boxturn Flyball Club", "Hurdlepaws Flyball"), ("boxturn.example", "hurdlepaws.example"), tz=("uk", "usc"), x=("Gareth", "Hollis"))
mr("thr-kendo", "RE: [EXT] Re: Club administrator", "Dear {n},\n\nIt was a pleasure to have you at the club. For the administrator post we have appointed {x}, a long-time member who already keeps our grading records.\n\nWith thanks,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Club administrator\n\nDear {sf}, Monday's tour of the club was a real pleasure. I look forward to your reply.\n{n}", ("Shinai Hall Kendo", "Kirikaeshi Kendo Club"), ("shinaihall.example", "kirikaeshi.example"), tz=("uk", "cap"), x=("Mrs Adeyinka", "Hiroshi Tanaka-Pomfret"))
mr("thr-qigong", "Re: [EXT] Re: Front of house", "Hi {n},\n\nThank you for the warm conversation on Friday. {x} will be taking the front-of-house role from next month – she teaches our Saturday qigong class and knows everyone already.\n\nBest,\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for making time on Friday. Looking forward to hearing.\n> {n}", ("Stillpine Qigong Studio", "Eight Brocades Studio"), ("stillpine.example", "eightbrocades.example"), tz=("ie", "za"), x=("Ursula", "Ntombi"))
mr("thr-skijor", "RE: [EXT] RE: Yard hand (winter)", "Hi {n},\n\nGood of you to drive up to the yard. We've offered the winter yard hand job to {x}, who handled the horses at last year's skijoring races, and he's taken it.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: Yard hand (winter)\n\nHi {sf}, good to meet the horses Saturday. Hope to hear soon.\n{n}", ("Snowtow Skijoring", "Powderline Skijoring"), ("snowtow.example", "powderline.example"), tz=("usm", "cam"), x=("Wade", "Lucien"))
mr("thr-freerun", "Re: [EXT] RE: Coach vacancy", "Hey {n},\n\nThanks for the session at the gym – the kids loved the precision-jump demo. The coach vacancy has gone to {x}, our head coach's former student.\n\nAll the best,\n{sig}\n\n" + RULE + "Subject: RE: Coach vacancy\n\nHi {sf}, thanks for having me Tuesday. Keen to hear the verdict.\n{n}", ("Leapline Freerunning", "Rooftop Flow Academy"), ("leapline.example", "rooftopflow.example"), tz=("uk", "au"), x=("Jory", "Kalani"))

# ---- 8 clear refusals under long footers
FOOT1 = "\n\n—\nPUDDLEJUMP WELLIES: boots for every puddle. Members of Puddle Club get a free boot bag with any pair over £40.\nJob alerts: Careers > Saved Alerts. We keep candidate files for ten months, then delete them.\nPuddlejump Retail Ltd, registered in England, company no. 08{ref}.\nMisdelivered? Reply so we can fix our list, and please erase this copy."
mr("foot-wellies", "Your application – {role}", "Dear {n},\n\nThanks for applying to the {role} job at our {x} store. This time your application goes no further, and the vacancy is being filled from other applicants." + FOOT1, ("Puddlejump Wellies",) * 2, ("puddlejump.example", "puddlejump-ie.example"), frm="Puddlejump Wellies Careers <careers@{dom}>", role=("Sales Assistant", "Stockroom Assistant"), tz=("uk", "ie"), x=("Helston", "Portumna"))
FOOT2 = "\n\n——\nDungaree Barnstore | Built to work in. Text DDJOBS to 55{ref} for new openings; STOP to end.\nDungaree Barnstore welcomes applicants from all walks of life.\nYour data settings live under Account > Privacy Center.\nThis inbox isn't monitored."
mr("foot-dungarees", "{role} – {x}", "Hi {n},\n\nYour application for {role} in {x} was reviewed, and we're not moving it on to interviews. The team will keep going with other candidates." + FOOT2, ("Dungaree Barnstore",) * 2, ("dungareedepot.example", "dungareedepot-ca.example"), frm="Dungaree Barnstore Hiring <hiring@{dom}>", role=("Floor Associate", "Hemming Associate"), tz=("usc", "cat"), x=("Marfa", "Digby"))
FOOT3 = "\n\n~~~\nKAFTAN COVE – resort wear since 1998. Second kaftan 40% off this weekend.\nStore Jobs newsletter lands every other Thursday; unsubscribe any time.\nPrivacy questions: privacy@kaftancove.example\nRead by anyone besides the named addressee? Kindly bin it."
mr("foot-kaftans", "Store role – update", "Hi {n},\n\nThe manager of our {x} store read your {role} application. It wasn't successful, and somebody else now has the job." + FOOT3, ("Kaftan Cove",) * 2, ("kaftancove.example",) * 2, frm="Kaftan Cove People <people@{dom}>", role=("Retail Assistant", "Display Assistant"), tz=("wa", "nz"), x=("Kununurra", "Fairlie"))
FOOT4 = "\n\n*****\nSARONG SUTRA | block-print sarongs | free gift wrap on orders over R600 / ₹2,500\nSMS SARONGJOBS to 33{ref} for vacancy alerts.\nWe handle applicant data as POPIA and the DPDP Act, 2023 require.\nCONFIDENTIAL: for the addressee only."
mr("foot-sarongs", "Application: {role}", "Dear {n},\n\nOur {x} branch looked over what you sent for {role}. On this occasion it has not been successful, and no interview slot will be offered." + FOOT4, ("Sarong Sutra",) * 2, ("sarongsutra.example", "sarongsutra-in.example"), frm="Sarong Sutra Talent <talent@{dom}>", role=("Store Associate", "Cashier"), tz=("za", "in"), x=("Musina", "Gangtok"))

# ---- 9 hedged refusals
mr("hedge-osteo", "Associate homeopath – {co}", "Dear {n},\n\nWe valued the hour you spent with us. Several people we spoke to had more years treating {x}; the partners judged that weighed in their favour for this opening.\n\nKind regards,\n{sig}\n{co}", ("Kingsmead Homeopathy", "Quayline Homeopathy"), ("kingsmead-homeo.example", "quayline-homeo.example"), tz=("uk", "au"), x=("eczema in young children", "hay fever in farm families"))
mr("hedge-myo", "Your interview with {co}", "Hi {n},\n\nWe enjoyed the practical. A couple of therapists came in with longer backgrounds in {x}, which sits a little closer to the clients who book with us, so we went that way.\n\nBest,\n{sig}", ("Knotwork Myotherapy", "Fasciaworks Myotherapy"), ("knotwork.example", "fasciaworks.example"), tz=("au", "nz"), x=("jaw and headache work", "runners' calf complaints"))
mr("hedge-fromager", "Counter position, {co}", "Dear {n},\n\nThanks for the tasting session. Others we met had done more {x}, and for the coming season that seemed the better fit for the counter.\n\nWarmly,\n{sig}\n{co}", ("The Rind Room", "Saltbox & Bloom Curers"), ("rindroom.example", "saltboxbloom.example"), tz=("ie", "use"), x=("washed-rind affinage", "dry-curing of whole muscle"))
mr("hedge-diet", "{co}: dietitian vacancy", "Hello {n},\n\nThank you for the interview. Some of the applicants brought more experience with {x}, and the practice leaned towards that for the families we see.\n\nWith best wishes,\n{sig}", ("Greenplate Dietitians", "Wholemeal Nutrition Clinic"), ("greenplate.example", "wholemeal.example"), tz=("cae", "uk"), x=("paediatric feeding clinics", "renal diets"))
mr("hedge-kines", "Kinesiologist (part time)", "Dear {n},\n\nThank you for meeting our team. Candidates with a longer record in sports rehabilitation suited the clinic somewhat more at this stage, and the choice went that way.\n\nRegards,\n{sig}\nMotus Kinesiology Centre", "Motus Kinesiology Centre", "motuskines.example", tz="my")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-pasta", "Following up – {x} plant manager", "Hi {n},\n\nAs promised after Monday's call: my client chose the second finalist for their {x} plant manager post. Something else on my desk might suit – a {y}. Say the word and the spec is yours, and I'll submit you.\n\n{sig}\nGrainfield Search", "Grainfield Search", ("grainfield.example", "grainfield-ie.example"), tz=("uk", "ie"), x=("gnocchi", "ravioli"), y=("shift lead for a fresh gnocchi line near Helston", "production supervisor at a ravioli site near Loughrea"))
mr("rec-gummy", "Re: our call about the plant head role", "Hey {n},\n\nUpdate from the client: they promoted their {x} into the plant head job. There's another opening I'm working that fits you – {y}. Interested?\n\n{sig}\nConfection Talent Partners", "Confection Talent Partners", ("confectiontalent.example", "confectiontalent-ca.example"), tz=("use", "cat"), x=("night superintendent", "second-shift manager"), y=("a starch-mogul line supervisor outside Caribou", "a depositing line lead near Digby"))
mr("rec-polenta", "{x} mill – outcome", "Hi {n},\n\nThe {x} mill manager job was handed internally to a shift boss the client already employs. While I have you – I've got a {y}. Worth a chat?\n\n{sig}\nTasman Food Recruitment", "Tasman Food Recruitment", ("scfoodrec.example", "scfoodrec-nz.example"), tz=("au", "nz"), x=("polenta", "tapioca"), y=("cornmeal dryer supervisor role near Deniliquin", "tapioca plant shift lead near Cromwell"))
mr("rec-ke", "Production Manager post – feedback", "Dear {n},\n\nSorry this took a while. Our client's Production Manager post at the Nyeri cooking-oil press was given to a manager transferred from the client's Kitale site. Meanwhile there is an Engineering In-charge vacancy at a dairy near Naro Moru; I can share the details if you are interested.\n\nRegards,\n{sig}\nAberdare Talent", "Aberdare Talent", "aberdaretalent.example", tz="ke")

# ---- 8 public-sector notices
mr("pub-inel", "{co}: Application {ref}", "Dear {n},\n\nApplication {ref} – {role}\n\nThis vacancy is restricted to {x}. Your application does not show this, and so the application is ineligible; it stops at this point.\n\n{co}\nHuman Resources", ("City of Nome", "Public Service Commission, Apia"), ("nome-hr.example", "psc-apia.example"), frm="{co} HR <hr@{dom}>", role=("Waterfront Maintenance Worker", "Records Officer"), tz=("usak", "ws"), x=("people who hold a current state commercial driver license", "citizens with a police clearance issued in the last six months"))
mr("pub-refer", "Eligible list – {role}", "Dear {n},\n\nScores for {role} have gone across to the hiring department. Under our rules the top {x} names are referred; your name falls below that group, so you have not been referred for interview.\n\n{co} Personnel", ("Presidio County", "Town of Bonavista"), ("presidiocounty-hr.example", "bonavista-town.example"), frm="{co} Personnel <personnel@{dom}>", role=("Road Crew Laborer", "Recreation Clerk"), tz=("usc", "can"), x=("five", "three"))
mr("pub-cancel", "{role} – recruitment ended", "Dear {n},\n\nFollowing {x}, {co} will leave the {role} position unfilled. Recruitment has stopped without an appointment; each applicant gets this same letter.\n\nPeople & Capability\n{co}", ("Tenterfield Shire Council", "Cloncurry Shire Council"), ("tenterfield-council.example", "cloncurry-council.example"), frm="{co} <recruitment@{dom}>", role=("Parks Officer", "Stockyards Attendant"), tz=("au", "auq"), x=("a review of the operational budget", "the restructure of outdoor services"))
mr("pub-cutoff", "Result of written examination – {role}", "To {full}\n\nRoll No. {ref} – {role}\nMarks obtained: {x}\nCategory cut-off: {y}\n\nCandidates called to interview are listed on the office notice board. Your roll number does not appear on it.\n\nSecretary, {co}", ("Kohima Municipal Council", "Pokhara Metropolitan Office"), ("kohima-mc.example", "pokhara-metro.example"), frm="{co} <exam@{dom}>", role=("Junior Assistant", "Ward Clerk"), tz=("in", "np"), x=("52/150", "38/100"), y=("61.5", "45"))

# ---- 6 bare ATS status updates
mr("bare-cruet", "Application update – {role}", "{co}\n\nRole: {role}\nStatus: No longer being considered\n\nEvery application you've sent sits in your candidate account.", ("Cruetcraft", "Toastrack & Co"), ("cruetcraft-jobs.example", "toastrack-jobs.example"), frm="{co} Jobs <jobs@{dom}>", role=("Packing Operative", "Warehouse Operative"), tz=("uk", "ie"))
mr("bare-trug", "Status change", "<html><body><table><tr><th>Job</th><th>Stage</th><th>Result</th></tr><tr><td>{role}</td><td>Screening</td><td>Not being considered</td></tr></table><p>{co} – candidate portal</p></body></html>", ("Trugwright", "Dibber & Delve"), ("trugwright.example", "dibberdelve.example"), frm="{co} <portal@{dom}>", role=("Trug Maker", "Dibber Hand"), tz=("uk", "nz"))
mr("bare-haynet", "Your application progress", "Submitted ✓ → Reviewed ✓ → Outcome: No longer considered\n\n{role}, {co}\n\nSent by HireRoute on behalf of {co}", ("Haynet Hythe", "Hoofpick Supply"), ("hireroute.example",) * 2, frm="HireRoute <updates@{dom}>", role=("Counter Assistant", "Haynet Machinist"), tz=("use", "cae"))

# ---- 6 internship / graduate decisions
mr("intern-quoll", "{x} summer studentship", "Dear {n},\n\nYour {x} summer studentship form reached the committee, one of {y} applications for three places. All three places have now been taken up by other students.\n\nThe studentship committee\n{co}", ("Quoll Gully Field Station", "Takahē Kaitiaki Trust"), ("quollstation.example", "takahetrust.example"), tz=("wa", "nz"), x=("quoll", "takahē"), y=("151", "96"))
mr("intern-lab", "Co-op term placement – {x} lab", "Hi {n},\n\nAll co-op placements in the {x} lab for the coming term have now been matched to other students, leaving none for you in this round.\n\nCo-op Office, {co}", ("Lakehead Nematode Lab", "Tardigrade Biology Group"), ("nematodelab.example", "tardigradegroup.example"), tz=("cae", "use"), x=("nematode", "tardigrade"))
mr("intern-grad", "Graduate Trainee Programme {ref}", "Dear {n},\n\nThe {x} places in the {co} Graduate Trainee Programme have all been filled by other graduates after the assessment days.\n\nGraduate Recruitment\n{co}", ("Ndola Water Utility", "Mutare City Water"), ("ndolawater.example", "mutarewater.example"), tz=("zm", "zw"), x=("ten", "seven"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ack-wd", "Requisition R-{ref} {role}: application received", "Hello {n},\n\nYour application for {role} at {co} has landed. Worth knowing: our operations group is still deciding whether the {x} burnishing stays with the current line crew. If it does, this requisition will be taken down before anyone is shortlisted.\n\nTalent Acquisition\n{co}", ("Brasswick Samovars", "Fernhollow Jugs"), ("brasswick-talent.example", "fernhollow-jobs.example"), frm="{co} Careers <no-reply@{dom}>", role=("Burnishing Technician", "Chasing Assistant"), tz=("ie", "uk"), x=("samovar", "jug"))
mo("application_received", "ack-tl", "Candidate acknowledgement: {role} ({ref})", "Dear {n},\n\nRequisition {ref} – {role}\nYour candidacy: Received\n\nWhen this requisition is filled or withdrawn, every candidate still active on it gets a status notice from this address. Meanwhile, sit tight; nothing is owed on your side.\n\n{co} Human Resources", ("Pewterfold Tankards", "Ringmoor Flagons"), ("pewterfold.example", "ringmoor.example"), frm="{co} HR <hr-notices@{dom}>", role=("Model Room Assistant", "Packing Hand"), tz=("uk", "ie"))
mo("application_received", "ack-ic", "{co} | {role} | we have your application", "Dear {n},\n\nYour {role} application (Req {ref}) has reached us. Please check you've uploaded {x}: screening sets any profile lacking it to \"Not Selected\".\n\n{co} Talent Team", ("Gradmark Pipettes", "Sealtight Crimpers"), ("gradmark.example", "sealtight.example"), frm="{co} Talent <talent@{dom}>", role=("Clean Room Operator", "Tool Setter"), tz=("cae", "use"), x=("a current clean-room induction certificate", "a lockout-tagout training card"))
mo("application_received", "ack-sr", "Application received – {role}", "<html><body><p>Hi {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Employer</td><td>{co}</td></tr><tr><td>Outcome</td><td>Pending</td></tr></table><p>Should the post go to another applicant, the Outcome line changes to say so and an email follows.</p></body></html>", ("Ponchoworks", "Sarongery Supply"), ("ponchoworks-hr.example", "sarongery-hr.example"), frm="{co} via Talentdesk <noreply@{dom}>", role=("Sewing Machinist", "Print Room Helper"), tz=("in", "za"))
mo("application_received", "ack-tt", "We got your application – {co}", "Dear {n},\n\nMany thanks, your documents are arrived. Is possible that the job goes to colleague already working in our {x}; in this situation also you get message from us. Otherwise you hear from us for talk.\n\nKind regards\n{sig}", ("Cuprum Goblets", "Kielich Chalices"), ("cuprum-goblets.example", "kielich.example"), role=("Chasing Assistant", "Electroplate Assistant"), tz=("ro", "pl"), x=("chasing room", "electroplate hall"))
mo("application_received", "ack-pp", "{role}: next is the written exercise", "Hi {n},\n\nApplication logged for {role} at {co}. Everyone sits a short written exercise. Score under the interview line and we email you both numbers, yours and the line.\n\nThe recruitment team", ("Galeguard Windbreaks", "Floatwell Lilos"), ("galeguard.example", "floatwell.example"), frm="{co} Recruitment <apply@{dom}>", role=("Hem Sealer", "Hemming Lead"), tz=("nz", "uk"))
mo("application_received", "ack-wellies", "Application in – Puddlejump Wellies", "Hi {n},\n\nThanks for applying to Puddlejump Wellies in {x}. The store manager looks through applications each week and phones just the applicants she wants across the counter." + FOOT1, ("Puddlejump Wellies",) * 2, ("puddlejump.example", "puddlejump-ie.example"), frm="Puddlejump Wellies Careers <careers@{dom}>", tz=("uk", "ie"), x=("Helston", "Portumna"))
mo("application_received", "ack-refer", "Application received – {role}", "Dear {n},\n\nYour {role} application is on file. After scoring, the highest-ranked names go to the hiring department. If yours is not among them, a letter will tell you.\n\n{co} Personnel", ("Presidio County", "Town of Bonavista"), ("presidiocounty-hr.example", "bonavista-town.example"), frm="{co} Personnel <personnel@{dom}>", role=("Equipment Operator", "Library Clerk"), tz=("usc", "can"))
mo("application_received", "ack-cutoff", "Application No. {ref} – acknowledgement", "To {full}\n\nYour application for {role} is registered under No. {ref}. Interview call letters will be issued only to candidates whose marks in the written test reach the cut-off set for their category.\n\nSecretary, {co}", ("Kohima Municipal Council", "Pokhara Metropolitan Office"), ("kohima-mc.example", "pokhara-metro.example"), frm="{co} <exam@{dom}>", role=("Junior Assistant", "Ward Clerk"), tz=("in", "np"))
mo("application_received", "ack-canicross", "Re: [EXT] Running coach", "Hi {n},\n\nYour CV's here – cheers! Honest heads-up: two of our volunteers might go for this. Should one of them get it, expect my call that same evening.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, please find my CV for the running coach role attached.\n> {n}", ("Pawpace Canicross", "Harness & Hound"), ("pawpace.example", "harnesshound.example"), tz=("uk", "cae"))
mo("application_received", "ack-quoll", "{x} summer studentship – received", "Dear {n},\n\nYour {x} summer studentship form is in. Applicants left without a place get an email from us ahead of the 28th.\n\nThe studentship committee\n{co}", ("Quoll Gully Field Station", "Takahē Kaitiaki Trust"), ("quollstation.example", "takahetrust.example"), tz=("wa", "nz"), x=("quoll", "takahē"))
mo("application_received", "ack-kaftans", "Thanks for applying", "Hi {n},\n\nYour application for {role} at Kaftan Cove {x} has arrived. Whatever we decide, you will hear – a no is sent by email as well." + FOOT3, ("Kaftan Cove",) * 2, ("kaftancove.example",) * 2, frm="Kaftan Cove People <people@{dom}>", role=("Retail Assistant", "Stock Assistant"), tz=("nz", "wa"), x=("Fairlie", "Kununurra"))
mo("application_received", "ack-gh", "Peerglass Lorgnettes – application in", "Hi {n},\n\nYour application for Eyepiece Bench Operator is with the hiring team. Yes or no, your answer is written by a person who actually read it.\n\n{sig}, Recruiting", "Peerglass Lorgnettes", "peerglass.example", tz="usm")
mo("application_received", "ack-lv", "Got it – Bench Hand role", "{n}, hello –\n\nYour note about the bench hand role landed. If another maker lands it, expect a quick line from me rather than silence.\n\n{sig}\nHardhead Gavels", "Hardhead Gavels", "hardhead.example", tz="au")
mo("application_received", "ack-wk", "Leg Assembler at Inglenook Footstools", "Hi {n},\n\nThanks for sending your details. Yes or no, an answer reaches you inside a fortnight.\n\n{sig}\nInglenook Footstools", "Inglenook Footstools", "inglenook.example", tz="usc")
mo("application_received", "ack-bh", "Packing Assistant hours", "Hi {n},\n\nYour note about the packing hours at Lidbright arrived. If someone from our moulding shop asks for these hours before interviews, they'd get first refusal – I'll tell you if that happens.\n\n{sig}", "Lidbright Dustbins", "lidbright.example", tz="nz")
mo("application_received", "ack-ps", "Nilcraft Hatpins: application received", "Hello {n},\n\nYour documents for Pin Setter role are now with us. Also when our answer is negative, you will receive email from us.\n\nBest,\n{sig}\nNilcraft People Team", "Nilcraft Hatpins", "nilcraft.example", tz="jo")
mo("application_received", "ack-jz", "pedalo attendant", "Hey {n} – got your message about the pedalo weekends. If the 20th passes in silence, another person nabbed it.\n\n— {sig}", "Swanpaddle Pedalos", "swanpaddle.example", tz="usp")
mo("application_received", "ack-ab", "Ewerline — application", "Hello {n},\n\nThank you for send your application for Lost-model Burnisher. Positive or negative, every candidate receive personal answer from our panel.\n\n{sig}", "Ewerline", "ewerline.example", tz="my")
mo("application_received", "ack-shoehorn", "Burnisher post – received", "Dear {n},\n\nYour letter about the burnisher post arrived this morning. Only those I'd like at the bench for a morning get a phone call.\n\n{sig}\nAllhorn Shoehorns", "Allhorn Shoehorns", "allhorn.example", tz="uk")
mo("application_received", "ack-billycan", "tin shop", "G'day {n}, got your note. Mate of the boss might want the tin shop spot – if he does, it's his. Otherwise I'll call you Thursday.\n{sig}\nRedgum Billycans", "Redgum Billycans", "redgumbilly.example", tz="au")
mo("application_received", "ack-sledge", "Workshop assistant – got your letter", "Dear {n},\n\nYour letter about the assistant place came today. Taken or not, a note from me goes out by Friday.\n\n{sig}\nGlenrunner Sledges", "Glenrunner Sledges", "glenrunner.example", tz="uk")
mo("application_received", "ack-skijor", "Re: [EXT] Yard hand (winter)", "Hi {n},\n\nThanks for the application. One of our regulars may want the winter job back; you'd hear that from me right away.\n\n{sig}\n\n" + ORIGINAL + "Subject: Yard hand (winter)\n\nHi {sf}, putting myself forward for the yard hand job.\n{n}", "Snowtow Skijoring", "snowtow.example", tz="usm")
mo("application_received", "ack-qigong", "Re: [EXT] Front of house", "Hi {n},\n\nLovely to get your email. Whatever happens with this role, your details stay listed with us for the studio's next opening.\n\nBest,\n{sig}\n\n" + GMAIL + "> Hi {sf}, I saw the front-of-house post on your noticeboard.\n> {n}", "Stillpine Qigong Studio", "stillpine.example", tz="ie")
mo("application_received", "ack-dungarees", "Application received", "Hi {n},\n\nThanks for applying at Dungaree Barnstore. A reply comes only when your background fits the store's current needs." + FOOT2, "Dungaree Barnstore", "dungareedepot.example", frm="Dungaree Barnstore Hiring <hiring@{dom}>", tz="usc")
mo("application_received", "ack-sarongs", "Application received: Store Associate", "Dear {n},\n\nWe've logged your application. Interviews go to the shortlist alone." + FOOT4, "Sarong Sutra", "sarongsutra.example", frm="Sarong Sutra Talent <talent@{dom}>", tz="za")
mo("application_received", "ack-osteo", "Associate homeopath – application", "Dear {n},\n\nApplication received. If someone else's experience suits the practice better, you'll be told in plain terms, not left hanging.\n\n{sig}\nKingsmead Homeopathy", "Kingsmead Homeopathy", "kingsmead-homeo.example", tz="uk")
mo("application_received", "ack-fromager", "Counter position – thanks", "Dear {n},\n\nThanks for your letter. We only read further than the cover note when a tasting-notes sample is attached, so attach one if it's missing.\n\n{sig}\nThe Rind Room", "The Rind Room", "rindroom.example", tz="ie")
mo("application_received", "ack-recpasta", "Gnocchi plant manager – you're submitted", "Hi {n},\n\nYou're now submitted to my client for the gnocchi plant manager post. Should they choose someone else, you'll hear it by phone from me that afternoon.\n\n{sig}\nGrainfield Search", "Grainfield Search", "grainfield.example", tz="uk")
mo("application_received", "ack-inel", "City of Nome: application {ref}", "Dear {n},\n\nApplication {ref} has been received. If a current state commercial driver license is not shown, a letter will follow explaining why the application is ineligible.\n\nCity of Nome HR", "City of Nome", "nome-hr.example", frm="City of Nome HR <hr@{dom}>", tz="usak")
mo("application_received", "ack-cancel", "Parks Officer – application received", "Dear {n},\n\nThanks for applying. Council is still settling its operational budget; if Council opts to keep the position empty, a written notice goes to each applicant.\n\nPeople & Capability, Tenterfield Shire Council", "Tenterfield Shire Council", "tenterfield-council.example", frm="Tenterfield Shire Council <recruitment@{dom}>", tz="au")
mo("application_received", "ack-bare", "Application update – Packing Operative", "Cruetcraft\n\nRole: Packing Operative\nStatus: Received\n\nEvery application you've sent sits in your candidate account.", "Cruetcraft", "cruetcraft-jobs.example", frm="Cruetcraft Jobs <jobs@{dom}>", tz="uk")
mo("application_received", "ack-lab", "Co-op term – nematode lab", "Hi {n},\n\nYour co-op application has been logged. Matched or not, your first-round result appears in the co-op web portal from the 12th.\n\nCo-op Office", "Lakehead Nematode Lab", "nematodelab.example", tz="cae")
mo("application_received", "ack-grad", "Graduate Trainee Programme – online test", "Dear {n},\n\nYour form is complete. Next comes an online test, and anyone scoring beneath its pass mark isn't asked to the assessment stage.\n\nGraduate Recruitment, Ndola Water Utility", "Ndola Water Utility", "ndolawater.example", tz="zm")
mo("application_received", "ack-myo", "Your application – Knotwork Myotherapy", "Hi {n},\n\nThanks for applying. We're reading CVs this week and will be upfront with you either way.\n\n{sig}", "Knotwork Myotherapy", "knotwork.example", tz="au")
mo("application_received", "ack-workbench", "Apprentice application", "Kia ora {n}, your woodshop apprenticeship form came through. Expect a call from us next week.\n\n{sig}, Benchmate Workbenches", "Benchmate Workbenches", "benchmate.example", tz="nz")
mo("application_received", "ack-belay", "Quality inspector – received", "Hi {n},\n\nYour quality inspector application at Cragstop is safely with us. Interviews are planned for later this month.\n\n{sig}", "Cragstop Belays", "cragstop.example", tz="uk")
mo("application_received", "ack-jerrycan", "Application received – Moulding Operator", "Hello {n},\n\nYour Moulding Operator application for our Ndola plant is logged. Your reference is {ref}.\n\n{sig}\nPatrolcan Jerrycans", "Patrolcan Jerrycans", "patrolcan.example", tz="zm")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "inv-hydro", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nGreat to meet you last week. Could you come back for a second river session on {dl} at 10? Unfortunately the shower block at the put-in is broken, so bring a towel and dry clothes.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: {role} interview\n\nHi {sf}, thanks for Tuesday!\n{n}", ("Whitewater Sledging Co", "Rapidbody Hydrospeed"), ("whitewatersledging.example", "rapidbody.example"), role=("hydrospeed guide", "river sledging instructor"), tz=("nz", "uk"))
mo("interview", "inv-ab", "{co} — video interview", "Hello {n},\n\nWe like to invite you to video interview for {role} on {dl}, 3 pm our time. Unfortunately our office internet is slow in afternoon, so please keep camera on only when you speak.\n\n{sig}", ("Censer House", "Ewerline"), ("censerhouse.example", "ewerline.example"), role=("Metal Chasing Assistant", "Lost-model Burnisher"), tz=("ph", "my"))
mo("interview", "inv-gh", "Peerglass Lorgnettes – interview", "Hi {n},\n\nCould we talk through the Eyepiece Bench Operator role on {dl} at 1:30? Unfortunately the camera in the grinding room drops out, so we'll use the upstairs office.\n\n{sig}", "Peerglass Lorgnettes", "peerglass.example", tz="usm")
mo("interview", "inv-lv", "Come see the workshop?", "{n}, hello –\n\nCan you pop into the workshop on {dl} about 9? Unfortunately the drive is steep gravel – best to park out on the road.\n\n{sig}\nHardhead Gavels", "Hardhead Gavels", "hardhead.example", tz="au")
mo("interview", "inv-tt", "Invitation for talk – Kielich Chalices", "Dear {n},\n\nWe want to invite you on talk for Electroplate Assistant on {dl} at 11.00. Unfortunately in our building is no parking this month because of repair, please come by tram.\n\n{sig}", "Kielich Chalices", "kielich.example", tz="pl")
mo("interview", "inv-pincushion", "Stitching table – trial morning", "Hi {n}, fancy a trial morning at the stitching table on {dl}? Unfortunately the big overlocker is down, so it'll be hand-sewing.\n\n{sig}, Tomatina Pincushions", "Tomatina Pincushions", "tomatina.example", tz="usm")
mo("interview", "inv-birdcage", "Wireworker job – trial", "Hi {n}\n\nFree for a paid trial day on {dl}? Unfortunately the bending jig is out for repair, so we'll start on soldering.\n\n{sig}\nPerchwire Birdcages", "Perchwire Birdcages", "perchwire.example", tz="cat")
mo("interview", "inv-diet", "Dietitian vacancy – interview", "Hello {n},\n\nThe panel hopes to see you on {dl} at 2 pm. Unfortunately the clinic lift is out of action that week, and we are on the second floor.\n\n{sig}\nGreenplate Dietitians", "Greenplate Dietitians", "greenplate.example", tz="cae")
mo("interview", "inv-flyball", "Re: [EXT] RE: Assistant trainer", "Hi {n},\n\nCould you come to a second training night on {dl}? Unfortunately the hall heating is off, so wrap up.\n\nCheers,\n{sig}\n\n" + RULE + "Subject: RE: Assistant trainer\n\nHi {sf}, thanks again for Wednesday.\n{n}", "Hurdlepaws Flyball", "hurdlepaws.example", tz="usc")
mo("interview", "inv-freerun", "Re: [EXT] RE: Coach vacancy", "Hey {n},\n\nThanks for the first session. Second round is a kids' class you'd lead on {dl} at 4. Unfortunately the crash mats are being re-covered, so we'll stick to floor work.\n\n{sig}\n\n" + RULE + "Subject: RE: Coach vacancy\n\nHi {sf}, thanks for having me Tuesday.\n{n}", "Leapline Freerunning", "leapline.example", tz="uk")
mo("interview", "inv-council", "Interview – Stockyards Attendant", "Dear {n},\n\nCouncil's panel will see you for Stockyards Attendant on {dl} at 10.30 am. Unfortunately the main car park at the depot is being resurfaced; please use the street.\n\nPeople & Capability, Cloncurry Shire Council", "Cloncurry Shire Council", "cloncurry-council.example", frm="Cloncurry Shire Council <recruitment@{dom}>", tz="auq")
mo("next_steps", "doc-inel", "{co}: documents needed by {dl}", "Dear {n},\n\nTo continue your application ({ref}), certified copies of {x} should reach us by {dl}. Unfortunately phone photos of documents cannot be accepted.\n\n{co} HR", ("City of Nome", "Public Service Commission, Apia"), ("nome-hr.example", "psc-apia.example"), frm="{co} HR <hr@{dom}>", tz=("usak", "ws"), x=("your commercial driver license", "your police clearance"))
mo("next_steps", "ref-gummy", "Reference form – please complete by {dl}", "Hey {n},\n\nThe client wants to move you to final stage. Could the reference form be done by {dl}? Unfortunately it times out after twenty minutes – keep referee phone numbers beside you.\n\n{sig}\nConfection Talent Partners", "Confection Talent Partners", ("confectiontalent.example", "confectiontalent-ca.example"), tz=("use", "cat"))
mo("next_steps", "ns-ic", "Gradmark Pipettes | Pre-employment screening", "Dear {n},\n\nPlease book your pre-employment drug screen before {dl}. The clinic list is in your candidate portal.\n\nGradmark Talent Team", "Gradmark Pipettes", "gradmark.example", frm="Gradmark Talent <talent@{dom}>", tz="use")
mo("next_steps", "ns-wk", "Practical task – Cover Cutter", "Hi {n},\n\nNext step is a short practical: cutting a bolster cover from the pattern we'll post to you. Please send photos by {dl}.\n\n{sig}\nPlumpton Bolsters", "Plumpton Bolsters", "plumpton.example", tz="uk")
mo("next_steps", "ns-sr", "Online assessment – Print Table Assistant", "<html><body><p>Hi {n},</p><p>The online assessment needs finishing by <b>{dl}</b>. Unfortunately tablets can't load it, so use a laptop.</p><p>Sarongery Supply via Talentdesk</p></body></html>", "Sarongery Supply", "sarongery-hr.example", frm="Sarongery Supply via Talentdesk <noreply@{dom}>", tz="in")
mo("next_steps", "ns-cutoff", "Document verification – Roll No. {ref}", "To {full}\n\nYour document verification is fixed for {dl} at 10 am; bringing original mark sheets and category certificate.\n\nSecretary, Kohima Municipal Council", "Kohima Municipal Council", "kohima-mc.example", frm="Kohima Municipal Council <exam@{dom}>", tz="in")
mo("next_steps", "ns-grad", "Pre-employment medical – by {dl}", "Dear {n},\n\nBook your pre-employment medical with the city clinic; it must be done before {dl}. Unfortunately the clinic does not see anyone without a booking.\n\nGraduate Recruitment, Ndola Water Utility", "Ndola Water Utility", "ndolawater.example", tz="zm")
mo("next_steps", "ns-myo", "Case write-up", "Hi {n},\n\nBefore we meet again, could you write up a short treatment plan for the case attached and send it by {dl}?\n\n{sig}\nFasciaworks Myotherapy", "Fasciaworks Myotherapy", "fasciaworks.example", tz="nz")
mo("next_steps", "ns-bare", "Your application progress", "Submitted ✓ → Reviewed ✓ → Assessment: waiting for you (due {dl})\n\nHaynet Machinist, Haynet Hollow\n\nSent by HireRoute on behalf of Haynet Hythe", "Haynet Hythe", "hireroute.example", frm="HireRoute <updates@{dom}>", tz="use")
mo("next_steps", "ns-pp", "Hem sealing test", "Hi {n},\n\nYou're through to the practical. Please book a sealing test slot before {dl}. Unfortunately the test bay has no heating, so dress warm.\n\nGaleguard recruitment team", "Galeguard Windbreaks", "galeguard.example", frm="Galeguard Recruitment <apply@{dom}>", tz="uk")
mo("offer", "off-bh", "Your offer – {role}", "Hi {n},\n\nGood news: {co} wants you as {role}, starting {dl}. Unfortunately the staff kettle has packed in, so a flask is handy for now.\n\nWarm regards,\n{sig}", ("Lidbright Dustbins", "Hangfold Airers"), ("lidbright.example", "hangfold.example"), role=("Packing Assistant", "Goods-in Assistant"), tz=("nz", "au"))
mo("offer", "off-jz", "treetop marshal – it's yours", "Hey {n} – the treetop marshal weekends can be yours, first one {dl}. Say yes and the roster's on its way.\n\n— {sig}", "Crownwalk Treetops", "crownwalk.example", tz="cap")
mo("offer", "off-sledge", "Workshop assistant – offer", "Dear {n},\n\nI'm glad to offer you the assistant place, starting {dl}. Unfortunately the workshop stove smokes a bit until it warms up.\n\n{sig}\nGlenrunner Sledges", "Glenrunner Sledges", "glenrunner.example", tz="uk")
mo("offer", "off-polenta", "Offer – cornmeal dryer supervisor", "Hi {n},\n\nA formal offer has arrived from the client for the dryer supervisor role, start date {dl}. Unfortunately the relocation allowance tops out at $3,500.\n\n{sig}\nTasman Food Recruitment", "Tasman Food Recruitment", "scfoodrec.example", tz="au")
mo("offer", "off-landyacht", "Re: [EXT] Re: Beach crew", "Hey {n},\n\nBeach crew from {dl} – keen? Unfortunately the trailer hitch is busted, so the yachts live on the sand this month.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for Saturday!\n> {n}", "Tidewind Landyachts", "tidewind.example", tz="au")
mo("offer", "off-kaftans", "Your new role", "Hi {n},\n\nRetail Assistant at our Fairlie store is yours from {dl}. Contract to follow." + FOOT3, "Kaftan Cove", "kaftancove.example", frm="Kaftan Cove People <people@{dom}>", tz="nz")
mo("offer", "off-lab", "Co-op placement – tardigrade lab", "Hi {n},\n\nYou've been matched to the tardigrade lab for the coming term. Accept it through the portal before {dl}.\n\nCo-op Office", "Tardigrade Biology Group", "tardigradegroup.example", tz="use")
mo("offer", "off-fromager", "Counter offer", "Dear {n},\n\nThe cured-meat counter job is yours from {dl}, should you want it. Sadly, and unfortunately, the slicer guard is on back-order, so you'll start on wrapping and labels.\n\n{sig}\nSaltbox & Bloom Curers", "Saltbox & Bloom Curers", "saltboxbloom.example", tz="use")
mo("offer", "off-bivvy", "Seamstress job", "Dear {n},\n\nThe seamstress job is yours from {dl}. Unfortunately the generator is off on Sundays, so the shop is shut then.\n\n{sig}\nHarmattan Bivvy Bags", "Harmattan Bivvy Bags", "harmattanbivvy.example", tz="ng")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "status-review", "Application status: {role}", "{co}\n\nRole: {role}\nStatus: In review\n\nNo applications for this role have been decided yet; you'll be told when yours is.", ("Trugwright", "Dibber & Delve"), ("trugwright.example", "dibberdelve.example"), frm="{co} <portal@{dom}>", role=("Trug Maker", "Dibber Hand"), tz=("uk", "nz"))
mo("other_job", "status-withdrawn", "Application withdrawn", "<html><body><p>Hi {n},</p><table><tr><td>{role}</td><td>Withdrawn (at your request)</td></tr></table><p>Changed your mind? Just send a fresh application.</p></body></html>", ("Haynet Hythe", "Hoofpick Supply"), ("hireroute.example",) * 2, frm="HireRoute <updates@{dom}>", role=("Counter Assistant", "Haynet Machinist"), tz=("cae", "use"))
mo("other_job", "status-late", "Recreation Clerk – scoring delayed", "Dear {n},\n\nScoring for Recreation Clerk is running about two weeks behind. Nobody's application has a score yet.\n\nTown of Bonavista Personnel", "Town of Bonavista", "bonavista-town.example", frm="Town of Bonavista Personnel <personnel@{dom}>", tz="can")
mo("job_alert", "alert-wellies", "New jobs near you", "Hi {n},\n\nNew at Puddlejump Wellies: Sales Assistant (Helston), Stockroom Assistant (Wadebridge)." + FOOT1, "Puddlejump Wellies", "puddlejump.example", frm="Puddlejump Wellies Careers <careers@{dom}>", tz="uk")
mo("job_alert", "alert-dungarees", "3 openings this week", "Hi {n},\n\nFloor Associate – Marfa\nHemming Associate – Presidio\nKeyholder – Lander" + FOOT2, "Dungaree Barnstore", "dungareedepot.example", frm="Dungaree Barnstore Hiring <hiring@{dom}>", tz="usc")
mo("job_alert", "alert-sarongs", "Vacancies: Sarong Sutra", "Dear {n},\n\nOpen now: Store Associate (Musina), Cashier (Kalimpong)." + FOOT4, "Sarong Sutra", "sarongsutra.example", frm="Sarong Sutra Talent <talent@{dom}>", tz="za")
mo("recruiter_outreach", "pitch-pasta", "A ravioli role near Loughrea", "Hi {n},\n\nI saw your profile and have a production supervisor role at a ravioli site near Loughrea. Could you spare ten minutes for a phone chat before Friday?\n\n{sig}\nGrainfield Search", "Grainfield Search", "grainfield-ie.example", tz="ie")
mo("recruiter_outreach", "pitch-ke", "Engineering In-charge, dairy near Naro Moru", "Dear {n},\n\nI am recruiting an Engineering In-charge for a dairy near Naro Moru. Would you like the details?\n\n{sig}\nAberdare Talent", "Aberdare Talent", "aberdaretalent.example", tz="ke")
mo("non_job_rejection_words", "flat", "Re: flat on Moffat Lane", "Hi {n},\n\nCheers for viewing the Moffat Lane flat. It has been let to a different tenant, the landlord says.\n\n{sig}\nBrackenside Lettings", "Brackenside Lettings", "brackenside.example", tz="uk")
mo("non_job_rejection_words", "race", "Canicross 5k – entries full", "Hi {n},\n\nThe autumn canicross 5k filled before your entry came through. You're fourth on the waiting list.\n\nPawpace race team", "Pawpace Canicross", "pawpace.example", tz="uk")
mo("non_job_rejection_words", "grant", "Community fund – your bid", "Dear {n},\n\nYour flyball club's bid for new jump boards wasn't funded this round. Applications reopen in spring.\n\nGrants Officer\nHurdlepaws Community Fund", "Hurdlepaws Community Fund", "hurdlepaws.example", tz="usc")
mo("non_job_rejection_words", "ballot", "Kendo taikai spectator ballot", "Hi {n},\n\nYour name wasn't drawn in the spectator ballot for the spring taikai. Thanks for entering.\n\n{sig}", "Shinai Hall Kendo", "shinaihall.example", tz="uk")
mo("non_job_rejection_words", "allotment", "Allotment application", "Dear {n},\n\nAll plots at the Jedburgh Road allotments are let. You're eleventh on the list.\n\nAllotments Secretary", "Jedburgh Road Allotments", "jedburghroad.example", tz="uk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("cohost", "Cohost: new post mentioning you", "@{n} — thanks for the nutritionist application. The clinic has taken on Yusra Malik, who already advises at our sister site, so the post is filled. Good luck out there. — {sig}, Spinewise Nutrition", "Spinewise Nutrition", "cohost-mail.example", frm="Cohost <notify@{dom}>", tz="uk")
wo("application_received", "cohost", "Cohost: new post mentioning you", "@{n} got your nutritionist application, ta. Chosen or not, I'll post back to every applicant by the 30th. — {sig}, Alignright Nutrition", "Alignright Nutrition", "cohost-mail.example", frm="Cohost <notify@{dom}>", tz="ie")
wr("spoutible", "New DM on Spoutible", "Hi {n}, {sig} from Kneadwell Bodyworks here. The masseur shifts went to Lorcan, who's done our hotel clients for two winters. Thanks for the interest!", "Kneadwell Bodyworks", "spoutible-dm.example", frm="Spoutible <dm@{dom}>", tz="ie")
wo("application_received", "spoutible", "New DM on Spoutible", "Hi {n}, {sig} at Lowtide Bodywork. Your CV for the masseur shifts came through. Booked or not, all of you will hear from me before the rota goes up.", "Lowtide Bodywork", "spoutible-dm.example", frm="Spoutible <dm@{dom}>", tz="uk")
wr("mewe", "MeWe: message from {sig}", "Dear {n}, I'm answering your lineman application here since you wrote via MeWe. We've hired a lineman with storm-restoration experience, and he begins in May. Kind regards, {sig}, Clearear Linesworks", "Clearear Linesworks", "mewe-notify.example", frm="MeWe <messages@{dom}>", tz="use")
wo("application_received", "mewe", "MeWe: message from {sig}", "Dear {n}, your lineman application has arrived. Whoever we hire, every applicant gets a reply through MeWe within ten days. {sig}, Pylonridge Co-op", "Pylonridge Lines", "mewe-notify.example", frm="MeWe <messages@{dom}>", tz="usc")
wr("friendica", "Friendica: private message", "Hello {n} — thanks for offering to join our homeopath rota. We've asked Hephzibah Gale to take the Tuesday list; she trained with our founder. {sig}, Similia House", "Similia House", "friendica-node.example", frm="Friendica <noreply@{dom}>", tz="uk")
wo("application_received", "friendica", "Friendica: private message", "Hello {n} — got your letter about the homeopath rota. Taken on or not, a message here goes to each of you after the committee meets. {sig}, Dilution Lane Remedies", "Dilution Lane Remedies", "friendica-node.example", frm="Friendica <noreply@{dom}>", tz="uk")
wr("hubzilla", "Hubzilla: new post for you", "{n}, the naturopath chair at our clinic is spoken for: Anke Vorster, who locumed for us all summer, accepted yesterday. Grateful you applied. — {sig}, Fynbos Wellness", "Fynbos Wellness", "hubzilla-hub.example", frm="Hubzilla <hub@{dom}>", tz="za")
wo("interview", "hubzilla", "Hubzilla: new post for you", "{n}, are you free to talk over the naturopath chair on {dl} at 11? Unfortunately the clinic's front steps are being retiled, use the side gate. — {sig}, Karoo Veld Naturopathy", "Karoo Veld Naturopathy", "hubzilla-hub.example", frm="Hubzilla <hub@{dom}>", tz="za")
wr("gitter", "Gitter: @{n} mentioned you in #hiring", "@{n} thanks for applying for the perfusionist post on our cardiac team. Our new perfusionist has four years on ECMO circuits and starts next month. — {sig}", "Bayview Cardiac Unit", "gitter-rooms.example", frm="Gitter <rooms@{dom}>", tz="au")
wo("application_received", "gitter", "Gitter: @{n} mentioned you in #hiring", "@{n} perfusionist application received. Appointed or not, all applicants hear back in this room after panel day. — {sig}", "Southbank Heart Centre", "gitter-rooms.example", frm="Gitter <rooms@{dom}>", tz="nz")
wr("keybase", "Keybase: new chat message", "hi {n}, {sig} from the embryology lab. The embryologist opening was given to a colleague coming over from our Papakura unit. appreciated the call.", "Fernleaf Embryology", "keybase-chat.example", frm="Keybase <chat@{dom}>", tz="nz")
wo("interview", "keybase", "Keybase: new chat message", "hi {n}, {sig} here. can you do an interview for the embryologist role on {dl}, 2pm? unfortunately the lab's guest wifi is down, so we'll ring your mobile.", "Kauri Embryology", "keybase-chat.example", frm="Keybase <chat@{dom}>", tz="nz")
wr("floppy", "Boulanger job (text from the floppy you left)", "Attached is what was typed into README.TXT on the floppy you left by the proving racks, {n}:\n\nTHANKS FOR COMING BY. WE'VE TAKEN ON GIDEON FROM THE NIGHT-DOUGH CLASS AS OUR NEW BOULANGER.\n\n{sig}, Pain Levé Boulangerie", "Pain Levé Boulangerie", "painleve.example", tz="uk")
wo("interview", "floppy", "Boulanger job (text from the floppy)", "{n}, this was typed on the floppy you posted us:\n\nCOME IN {DL} AT 9 AND TRY THE BENCH. UNFORTUNATELY THE BACK DOOR LOCK IS BROKEN, SO KNOCK AT THE FRONT.\n\n{sig}, Levain Lane Boulangerie", "Levain Lane Boulangerie", "levainlane.example", tz="uk")
wr("jodel", "Jodel: reply to your post", "@{n} – the pub kitchen's saucier shifts are gone to Mossy from the Tuesday regulars. thanks for replying to the post", "The Stoat & Firkin", "jodel-mail.example", frm="Jodel <replies@{dom}>", tz="uk")
wo("application_received", "jodel", "Jodel: reply to your post", "@{n} – saw your reply re saucier shifts. whether you get them or not, the landlord messages you by friday", "The Wren's Rest", "jodel-mail.example", frm="Jodel <replies@{dom}>", tz="ie")
wr("askfm", "Ask.fm: your question was answered", "Q: did the poissonnier spot get filled? —{n}\nA: Yes – we took on Tallulah, who ran our fish station last season. Thanks for the trial shift! —{sig}, Highwire Shellroom", "Highwire Shellroom", "askfm-mail.example", frm="Ask.fm <answers@{dom}>", tz="usp")
wo("application_received", "askfm", "Ask.fm: your question was answered", "Q: did you get my poissonnier application? —{n}\nA: Got it! Taken on or not, all the applicants hear from us by the 15th. —{sig}, Mackerel & Dill", "Mackerel & Dill", "askfm-mail.example", frm="Ask.fm <answers@{dom}>", tz="usm")
wr("telnet", "talk session log (snowmaker job)", "[talk session saved for {n}]\n{sig}> hey, about the snowmaker job on the night crew\n{sig}> we hired Teodor, he ran guns at Chibougamau last winter\n{sig}> thanks for asking though\n[connection closed]", "Nakusp Hill", "nakusphill.example", tz="cap")
wo("interview", "telnet", "talk session log (snowmaker interview)", "[talk session saved for {n}]\n{sig}> can you come up for an interview {dl} at 4?\n{sig}> unfortunately the lift is shut till then, drive to the top lot\n[connection closed]", "Stephenville Slopes", "stephenvilleslopes.example", tz="can")
wr("tellonym", "Tellonym: you got an answer", "\"Is the ufologist guide job still open?\"\n— It isn't, {n}; Marfa's own Consuelo Ybarra took it last week. Thanks for asking! ({sig}, Marfa Skyglow Expeditions)", "Marfa Skyglow Expeditions", "tellonym-mail.example", frm="Tellonym <answers@{dom}>", tz="usc")
wo("application_received", "tellonym", "Tellonym: you got an answer", "\"Did my ufologist guide application reach you?\"\n— It did, {n}. Hired or not, an answer lands here once we've met everyone. ({sig}, Skywatch Presidio)", "Skywatch Presidio", "tellonym-mail.example", frm="Tellonym <answers@{dom}>", tz="usc")
wr("sarahah", "Sarahah: new message", "To {n}: the cryptozoologist field assistant place for the Tobermory expedition has gone to a volunteer from last year's search. Thanks for writing. — {sig}", "Loch Beastie Trust", "sarahah-mail.example", frm="Sarahah <messages@{dom}>", tz="uk")
wo("next_steps", "sarahah", "Sarahah: new message", "To {n}: you're shortlisted for the cryptozoologist field assistant role. We need a first-aid card plus names of two referees by {dl}. — {sig}", "Bigfoot Bonavista Society", "sarahah-mail.example", frm="Sarahah <messages@{dom}>", tz="can")
wr("kongregate", "Kongregate: new private message", "hey {n}, {sig} from the diner. busboy job's gone to my cousin Clem's kid. thanks for messaging though", "Kitt's Diner", "kongregate-pm.example", frm="Kongregate <pm@{dom}>", tz="usc")
wo("application_received", "kongregate", "Kongregate: new private message", "hey {n}, {sig} at the flat-top. got your message about the busboy job – yes or no, I'll PM you back by sunday", "Ruby's Flat-top", "kongregate-pm.example", frm="Kongregate <pm@{dom}>", tz="use")
wr("briar", "Briar message (forwarded)", "{n}, the dragoman post with our desert journeys has been given to Hamid, who has guided for us since 2019. Wishing you luck. {sig}", "Dune Road Journeys", "briar-forward.example", frm="{sig} <{sl}@{dom}>", tz="om")
wo("interview", "briar", "Briar message (forwarded)", "{n}, are you free {dl} at 5 pm to talk about the dragoman post? Unfortunately our office generator is being serviced; we'll sit in the café next door instead. {sig}", "Sandline Expeditions", "briar-forward.example", frm="{sig} <{sl}@{dom}>", tz="jo")
wr("airdrop", "Zune message (saved)", "Zune message to {n}, sent from the depot gate:\n\"Ganger job's been given to Keith off the night shift. Ta for coming down. – {sig}\"", "Trackside Permanent Way", "tracksidepw.example", tz="uk")
wo("next_steps", "airdrop", "Zune message (saved)", "Zune message to {n}, sent from the yard:\n\"Ganger job – bring your track safety card and PTS renewal to the office by {DL}. – {sig}\"", "Sleeper & Ballast Ltd", "sleeperballast.example", tz="uk")
wr("psion", "Memo beamed from a Psion", "MEMO to {n}\nRe: patchwork piecer\nThe piecer place went to Mrs Dlamini, who pieced our patchwork throws for the fair. Thank you for the sample blocks.\n{sig}, Ninestar Patchwork", "Ninestar Patchwork", "ninestar.example", tz="za")
wo("next_steps", "psion", "Memo beamed from a Psion", "MEMO to {n}\nRe: patchwork piecer\nPlease post us three pieced blocks (any pattern) by {dl}. We'll decide after that.\n{sig}, Wildgoose Patchwork", "Wildgoose Patchwork", "flyinggeese.example", tz="za")
wr("litebrite", "Photo of the Lite-Brite board", "{n}, the kids spelled it out on the Lite-Brite in the confectionery, so here's the photo:\nCONFISEUR JOB GONE TO JAMIE. THANKS!\n{sig}, Cromwell Fudgery", "Cromwell Fudgery", "cromwellfudgery.example", tz="nz")
wo("offer", "litebrite", "Photo of the Lite-Brite board", "{n}, the shop's Lite-Brite says it best:\nWELCOME NEW CONFISEUR! START {DL}\nUnfortunately the big pan stirrer is at the mechanic's, so you'll stir by hand the first week.\n{sig}, Twizel Sugarworks", "Twizel Sugarworks", "twizelsugar.example", tz="nz")
wr("xmpp", "XMPP chat transcript", "[{n}] any news on the outrider job?\n[{sig}] yes – we gave it to Fenella, she's ridden escort for the four-in-hand society five years\n[{sig}] thanks for trying out", "Hinton Four-in-Hand Society", "hintoncarriage.example", tz="cam")
wo("next_steps", "xmpp", "XMPP chat transcript", "[{sig}] outrider job: riding insurance proof + hat standard cert to me by {dl} please\n[{n}] will do\n[{sig}] unfortunately the paddock lights are out so trials are daytime only", "Carrick Four-in-Hand", "carrickcarriage.example", tz="cam")
wr("finger", "finger output: {sig}'s .plan", "Login: {sl}    Name: {sig}\nPlan:\n  - tipstaff vacancy at the county court: filled by Eric Ndlovu (court clerk, 9 yrs)\n  - reply to {n}: done via this .plan\n", "Moffat Sheriff Court Office", "moffatcourt.example", tz="uk")
wo("next_steps", "finger", "finger output: {sig}'s .plan", "Login: {sl}    Name: {sig}\nPlan:\n  - tipstaff vacancy: {n} shortlisted; needs DBS form back by {dl}\n", "Dolgellau Court Office", "dolgellaucourt.example", tz="uk")
wr("telidon", "Telidon frame 404a", "FRAME 404a — NOTICES\nTo {n}: the Brotherhood's macebearer for this year's parade will be Alderman Okoye, who bore it at the jubilee. Thank you for volunteering.\n— {sig}", "Bonavista Merchants' Brotherhood", "bonavistaguild.example", tz="can")
wo("interview", "telidon", "Telidon frame 404b", "FRAME 404b — NOTICES\nTo {n}: please attend a fitting and interview for macebearer on {dl}, 7 pm. Unfortunately the hall lift is out.\n— {sig}", "Twillingate Merchants' Hall", "twillingateguild.example", tz="can")
wr("douban", "Douban message", "Hi {n}, the mixologist job at our bar has gone to Wen Qi, who won the city's mixing contest last year. Thanks for your recipes! — {sig}", "Lantern Alley Bar", "douban-msg.example", frm="Douban <msg@{dom}>", tz="my")
wo("application_received", "douban", "Douban message", "Hi {n}, your mixologist application is in. Picked or not, a message reaches each applicant here before the month ends. — {sig}", "Moonwell Bar", "douban-msg.example", frm="Douban <msg@{dom}>", tz="ph")
wr("newgrounds", "Newgrounds PM", "{n} – barback shifts are taken, went to Ty from our door team. cheers for the message. {sig}", "The Tipsy Heron", "newgrounds-pm.example", frm="Newgrounds <pm@{dom}>", tz="au")
wo("offer", "newgrounds", "Newgrounds PM", "{n} – barback shifts are yours from {dl}! unfortunately the glass washer is dodgy so expect some hand-washing. {sig}", "The Thirsty Ibis", "newgrounds-pm.example", frm="Newgrounds <pm@{dom}>", tz="au")
wr("bilibili", "Bilibili DM", "Hi {n}, thanks for the cooking clip. The commis chef job went to a graduate from our own kitchen programme. Best, {sig}", "Jade Steamer", "bilibili-dm.example", frm="Bilibili <dm@{dom}>", tz="my")
wo("offer", "bilibili", "Bilibili DM", "Hi {n}, we'd like you as commis chef from {dl}. Unfortunately the staff canteen is under renovation, so meals are at the food court next door. {sig}", "Golden Wok House", "bilibili-dm.example", frm="Bilibili <dm@{dom}>", tz="my")
wr("billboard", "Photo: the billboard outside", "{n} – you asked me to put it in writing, so here it is from the board outside the restaurant:\n\"AND OUR NEW ABOYEUR IS… CELESTE! WELCOME\"\nThanks for trialling with us. {sig}, Brasserie Gort", "Brasserie Gort", "brasseriegort.example", tz="ie")
wo("offer", "billboard", "Photo: the billboard outside", "{n} – check the board outside the restaurant:\n\"WELCOME {N}, OUR NEW ABOYEUR, FROM {DL}\"\nUnfortunately the walk-in fridge is being fixed that week. {sig}, Bistro Kells", "Bistro Kells", "bistrokells.example", tz="ie")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص طلب العمل", "الأخ/الأخت {n}،\n\nشكراً لاهتمامك بالعمل في مصنع الحلوى العمانية في عبري. اخترنا لهذه الوظيفة شخصاً من أهل البلد يعمل معنا موسمياً منذ سنتين، لذلك لا يوجد مكان لك هذه المرة.\n\nمع التحية\n{sig}", "حلوى عبري", "ibri-halwa.example", tz="om", lang="ar")
wo("application_received", "ar", "وصل طلبك", "الأخ/الأخت {n}،\n\nاستلمنا أوراقك لوظيفة مساعد التغليف. سواء قُبلت أم لا، سيصلك ردّنا خلال أسبوعين.\n\n{sig}\nتمور عبري", "تمور عبري", "ibri-dates.example", tz="om", lang="ar")
wr("de", "Ihre Bewerbung als Schnitzgehilfe", "Hallo {n},\n\nvielen Dank für Ihre Bewerbung bei uns in Oberammergau. Die Stelle geht an eine junge Frau, die bei uns im Haus gelernt hat – damit ist sie besetzt.\n\nGrüße aus dem Ammertal\n{sig}\nHolzbildhauerei Zwink", "Holzbildhauerei Zwink", "zwink-holz.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Probearbeiten", "Hallo {n},\n\npasst Ihnen ein Probetag in der Werkstatt am {dl} ab 8 Uhr? Leider wird unser Hof gerade aufgegraben – parken Sie bitte am Kirchplatz.\n\n{sig}\nSchnitzstube Rieder", "Schnitzstube Rieder", "schnitzstube-rieder.example", tz="de", lang="de")
wr("es", "Puesto de esmaltador/a", "Hola {n}:\n\nGracias por presentarte al puesto en el taller. Al final nos hemos quedado con una persona que ya trabajaba el reflejo metálico en otro obrador de Manises, y el puesto ya tiene dueña.\n\nUn abrazo,\n{sig}\nCerámica Bellver", "Cerámica Bellver", "ceramica-bellver.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud", "Hola {n}:\n\nTu solicitud para el torno ya está con nosotros. Sea sí o sea no, te contestaremos antes de fin de mes.\n\n{sig}\nTaller Roig, Manises", "Taller Roig", "taller-roig.example", tz="es", lang="es")
wr("fr", "Votre candidature – tourneur", "Bonjour {n},\n\nMerci d'avoir postulé à l'atelier. Le poste revient à l'apprenti que nous avons formé en alternance ; il est pourvu.\n\nBien à vous,\n{sig}\nAtelier Massiera, Vallauris", "Atelier Massiera", "atelier-massiera.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Pièces à fournir avant le {dl}", "Bonjour {n},\n\nÉtape suivante : trois photos de pièces tournées et votre attestation de formation, à envoyer au plus tard le {dl}.\n\n{sig}\nPoterie Orengo, Vallauris", "Poterie Orengo", "poterie-orengo.example", tz="fr", lang="fr")
wr("hi", "आवेदन के संबंध में", "{n} जी,\n\nबाँसुरी कारखाने के सहायक पद पर अब बरसों से बाँस छीलने वाले हमारे गाँव के बुज़ुर्ग उस्ताद रखे गए हैं। आपकी अर्ज़ी इस बार आगे नहीं बढ़ी।\n\n{sig}\nपीलीभीत बाँसुरी घर", "पीलीभीत बाँसुरी घर", "pilibhit-bansuri.example", tz="in", lang="hi")
wo("application_received", "hi", "आवेदन मिल गया", "{n} जी,\n\nतुम्हारी अर्ज़ी आ पहुँची। रखें या न रखें, दसवें दिन तक हर किसी को चिट्ठी जाएगी।\n\n{sig}\nसुरीला बाँसुरी उद्योग", "सुरीला बाँसुरी उद्योग", "surila-bansuri.example", tz="in", lang="hi")
wr("it", "Candidatura molatore", "Gentile {n},\n\ngrazie per la candidatura. Abbiamo scelto una persona che arriva da un'altra forbiceria della valle e conosce già le nostre macchine: la posizione è coperta.\n\nCordiali saluti,\n{sig}\nForbici Codega, Premana", "Forbici Codega", "forbici-codega.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione", "Gentile {n},\n\nle offriamo con piacere il ruolo di addetta alla lucidatura, con inizio il {dl}. Purtroppo la sala pranzo resta in ristrutturazione fino a fine mese.\n\n{sig}\nColtellerie Sanelli, Premana", "Coltellerie Sanelli", "sanelli-premana.example", tz="it", lang="it")
wr("ja", "益子の窯元より", "{n}様\n\nこのたびは当窯の作陶補助にご応募いただき、ありがとうございました。検討の結果、地元の窯業学校を出たばかりの方を採用することになりました。今回はご縁がありませんでした。\n\n大塚窯\n{sig}", "大塚窯", "otsuka-gama.example", tz="jp", lang="ja")
wo("interview", "ja", "面接のご案内", "{n}様\n\n{dl}の午前10時に窯場で面接をお願いできますか。あいにく駐車場が舗装工事中のため、駅からバスでお越しください。\n\n川島窯\n{sig}", "川島窯", "kawashima-gama.example", tz="jp", lang="ja")
wr("ko", "강릉 공방 지원 결과", "{n}님께,\n\n공방 보조로 이번에 모시게 된 분은 저희 수업을 2년 들으신 수강생입니다. 그래서 이번에는 함께하기 어렵겠습니다.\n\n{sig} 드림", "강릉 닥종이공방", "gangneung-dak.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 안내", "{n}님,\n\n{dl}까지 작품 사진 다섯 장과 건강진단서를 메일로 보내 주세요. 그 다음에 면접 날짜를 잡겠습니다.\n\n{sig}", "강릉 솔향공방", "gangneung-sol.example", tz="kr", lang="ko")
wr("pt", "Lugar na seca do peixe", "Olá {n},\n\nObrigada pela candidatura. Ficou com o lugar uma vizinha que nos verões já estendia peixe connosco.\n\nCumprimentos,\n{sig}\nSeca da Praia, Nazaré", "Seca da Praia", "seca-praia.example", tz="pt", lang="pt")
wo("offer", "pt", "Oferta de trabalho", "Olá {n},\n\nQueremos que venha trabalhar connosco como ajudante, a começar em {dl}. Infelizmente o balneário está em obras este mês.\n\n{sig}\nSalgados do Sítio, Nazaré", "Salgados do Sítio", "salgados-sitio.example", tz="pt", lang="pt")
wr("ru", "Ответ на ваш отклик", "Добрый день, {n}.\n\nМесто гравёра у нас заняла выпускница местного училища — она уже стажировалась в мастерской, поэтому набор закрыт.\n\nС уважением,\n{sig}\nмастерская «Северное серебро», Великий Устюг", "Северное серебро", "sever-serebro.example", tz="ru", lang="ru")
wo("application_received", "ru", "Отклик получен", "Здравствуйте, {n}!\n\nВаш отклик на место ученика гравёра получен. Возьмём вас или нет, ответ получит каждый в течение двух недель.\n\n{sig}\nУстюжская мастерская", "Устюжская мастерская", "ustyug-master.example", tz="ru", lang="ru")
wr("sw", "Kuhusu ombi lako", "Habari {n},\n\nBarua yako kuhusu kazi ya msaidizi mashambani mwa chumvi imefika, lakini tayari tumemchukua mtu aliyefanya kazi hii Mchinga kwa miaka mingi, hivyo nafasi imejazwa.\n\nKila la heri,\n{sig}\nChumvi Bora Lindi", "Chumvi Bora Lindi", "chumvibora.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ya kazi", "Habari {n},\n\nTunafurahi kukupa nafasi ya msimamizi wa ghala kuanzia {dl}. Kwa bahati mbaya gari la kampuni liko gereji wiki hii.\n\n{sig}\nPwani Salt Lindi", "Pwani Salt Lindi", "pwanisalt.example", tz="tz", lang="sw")
wr("th", "ผลการสมัครงาน", "เรียนคุณ{n}\n\nโรงปั้นของเราได้ช่างขึ้นรูปคนใหม่แล้ว เป็นคนที่คุ้นกับเตาเผามาหลายปี จึงขอแจ้งว่าตำแหน่งนี้ปิดรับแล้ว\n\n{sig}\nสังคโลกสุโขทัย", "สังคโลกสุโขทัย", "sangkhalok-skt.example", tz="th", lang="th")
wo("interview", "th", "เชิญสัมภาษณ์", "ขอเชิญคุณ{n}มาคุยเรื่องงานวันที่ {dl} สิบโมงเช้า ที่โรงปั้น ขออภัยที่ลานจอดรถยังปิดซ่อม จอดข้างถนนได้เลย\n\n{sig}\nบ้านเตาเก่า", "บ้านเตาเก่า", "baantaokao.example", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında", "Merhaba {n},\n\nDokuma atölyemize başvurduğunuz için teşekkürler. Bu iş için tezgâhı zaten bilen, köyden bir adayı seçtik; pozisyon doldu.\n\nSaygılarımla,\n{sig}\nBergama Halı Atölyesi", "Bergama Halı Atölyesi", "bergama-hali.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Belgeler – son gün {dl}", "Merhaba {n},\n\n{dl} gününe dek nüfus kartınızın bir kopyasıyla doktor raporunu yollayın. Sonra deneme gününü ayarlayacağız.\n\n{sig}\nKozak Kilim Evi", "Kozak Kilim Evi", "kozak-kilim.example", tz="tr", lang="tr")
wr("ur", "آپ کی درخواست", "محترم {n}،\n\nدرخواست بھیجنے کا شکریہ۔ مددگار کی جگہ اب اوکاڑہ کے ہی ایک کاریگر کے پاس ہے جو برسوں سے یہی کام کر رہا ہے۔\n\n{sig}", "اوکاڑہ کھیس گھر", "okara-khes.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات درکار ہیں", "محترم {n}،\n\n{dl} سے پہلے اپنے قومی شناختی کارڈ کا عکس اور دو سفارشی خطوط ارسال فرمائیں۔ اس کے بعد آزمائشی دن طے ہوگا۔\n\n{sig}", "اوکاڑہ دستکاری", "okara-dastkari.example", tz="pk", lang="ur")
wr("zh", "应聘结果通知", "{n}您好：\n\n感谢您应聘我们茶厂的炒茶助理。经过面试，我们最终录用了一位在本地茶场做过三季的应聘者，该岗位已经招满。\n\n祝好！\n{sig}\n九江云雾茶厂", "九江云雾茶厂", "jiujiang-tea.example", tz="cn", lang="zh")
wo("application_received", "zh", "简历已收到", "{n}您好：\n\n您的简历我们已经收到。不论是否录用，两周内都会给每位应聘者一个答复。\n\n{sig}\n庐山茶庄", "庐山茶庄", "lushan-chazhuang.example", tz="cn", lang="zh")
wr("mvi", "上布ぬ織り手ぬ募集", "{n}さん\n\nたんでぃがーたんでぃ。上布ぬ織り手に応募しふぃーさまい。うぬ仕事や、島ぬ織り場で十年織りゅーたる人に決みたい。今度や一緒に働かいんにゃーん。\n\n{sig}\n砂川織り場", "砂川織り場", "sunagawa-ori.example", tz="jp", lang="mvi")
wo("application_received", "mvi", "応募ぬ書類", "{n}さん\n\n応募ぬ書類や届きたい。採らいてぃん採らいんにゃーんてぃん、皆に十日ぬうちに返事ゆ送らでぃ。\n\n{sig}\n下地工房", "下地工房", "shimoji-kobo.example", tz="jp", lang="mvi")
wr("ami", "Patiyad to tayal", "Nga'ay ho {n}!\n\nAray to pisimaw iso to tayal i omah no hemay. Ira to ko tamdaw a mitayal, o wawa no niyaro' i Hualien. Caay ka dademak ko tayal iso anini.\n\n{sig}", "Omah Kacaw", "omah-kacaw.example", tz="tw", lang="ami")
wo("application_received", "ami", "Matenes to", "Nga'ay ho {n}!\n\nMatenes to ko patiyad iso. Ano makakaay ano caay, patakos ami to codad i pito a romi'ad.\n\n{sig}", "Omah Sawmah", "omah-sawmah.example", tz="tw", lang="ami")
wr("hlb", "तुमचो अर्जी", "जोहार {n},\n\nतुमचो अर्जी काजे धन्यबाद। ढलाई काम काजे आमी गाँवचो एक मनखे के धरलो, जे आगे ले ए काम करसे। ए बेर तुमके नी धरुन सकुं।\n\n{sig}\nजगदलपुर शिल्प घर", "जगदलपुर शिल्प घर", "jagdalpur-shilp.example", tz="in", lang="hlb")
wo("application_received", "hlb", "अर्जी मिलली", "जोहार {n},\n\nतुमचो अर्जी मिलली। धरुक या नी धरुक, दस दिन भीतर सबके खबर भेजुन देबुं।\n\n{sig}\nइंद्रावती शिल्प", "इंद्रावती शिल्प", "indravati-shilp.example", tz="in", lang="hlb")
wr("geh", "Wegn der Orbeit im Hennerhaus", "Griaß di {n},\n\ndonk fir dein Brief wegn der Orbeit im Hennerhaus. Mir hobn den Plotz schun an an Bua aus der Nochborkolonie gebn, der kennt die Orbeit guat. Es tuat uns load.\n\n{sig}\nNipawin Colony", "Nipawin Colony", "nipawin-colony.example", tz="cask", lang="geh")
wo("interview", "geh", "Kimm zum Redn", "Griaß di {n},\n\nkimm am {dl} um nein in der Fria zu an Gspräch wegn der Schreinerei. Leider is der Weg zum Hof nouch nit gschottert, foahr longsom.\n\n{sig}\nCodette Colony", "Codette Colony", "codette-colony.example", tz="cask", lang="geh")
wr("aat", "Για πούνëν νë βρεστë", "Μιρëμëγκjες {n},\n\nφαλεμίντερ πσε να σκρούαιτ για πούνëν νë βρεστë. Πούνëν ε ντάμμε τε νjë ντjαλë νγα χόρα, ι σι ε ντιγjον βρεστëν πρεj σε βογëλ. Σ' κεμι βεντ τjατëρ.\n\n{sig}\nΒρεστα Σπάτα", "Βρεστα Σπάτα", "vresta-spata.example", tz="gr", lang="aat")
wo("interview", "aat", "Ελ νë βρεστë", "Μιρëμëγκjες {n},\n\nελ νë βρεστë τë {dl}, νë ορë δέτë, τë φλασμë. Πο ουδα ε μάδε ëστë πρίσουρ, ελ γκα πράπα.\n\n{sig}\nΚτήμα Λέκκα", "Κτήμα Λέκκα", "ktima-lekka.example", tz="gr", lang="aat")
wr("lue", "Mulimo wakusukula jisu", "Mwane {n},\n\ntwasakwilila hakusoneka mukanda wakulomba mulimo wakusukula jisu ku Zambezi. Mulimo kana tunauhane kuli mutu weka uze apwile nakuzata navetu kunyima. Katweshi kukutambulako.\n\n{sig}", "Zambezi Fish Traders", "zambezifish.example", tz="zm", lang="lue")
wo("application_received", "lue", "Mukanda wenu unahete", "Mwane {n},\n\nmukanda wenu unahete. Nge natukutambula chipwe nduma, natukasonekela vosena mu tangwa likumi.\n\n{sig}", "Chavuma Fish Traders", "chavumafish.example", tz="zm", lang="lue")
wr("kca", "Рўпата щирн", "Вўща вўԓа, {n}!\n\nПумащипа нэпек щирн. Ԓыв рўпата Казым ёхăн хăй ԓэт, сыр тăм рўпата вəԓ ăнтэм. Ма тăм щăс нăӈ мосты ăнт вэрԓ.\n\n{sig}", "Казым хот", "kazym-hot.example", tz="yek", lang="kca")
wo("next_steps", "kca", "Нэпек ăпәԓ", "Вўща вўԓа, {n}!\n\n{dl} ԓапәт нăӈ паспорт копия па врач нэпек ăпәԓ. Ԓўв йăх мăнты рўпата сыр.\n\n{sig}", "Амня хот", "amnya-hot.example", tz="yek", lang="kca")
wr("ttt", "Кор-э шагирди", "Салом {n},\n\nсипос бироз нэмэ тү. Ми кор-э мисгэрхонэ-ра дадим бэ йэ мэрдэ Лаһыҹ, ки сэ сол-э ин кор-ра мэкэрэ. Бэ тү кор нисэ.\n\n{sig}", "Лаһыҹ мисгэрхонэ", "lahij-ustad.example", tz="az", lang="ttt")
wo("offer", "ttt", "Кор-э шагирди бэ тү", "Салом {n},\n\nми кор-э шагирди бэ тү мэдим, аз {dl}. Мэтэссуф, йол-э дэһ тэ ремонт-э, аз пойин бийо.\n\n{sig}", "Лаһыҹ чэкич", "lahij-chekich.example", tz="az", lang="ttt")
wr("slr", "Gilem işi", "Salam {n},\n\nsanga raxmat, hat ewerdiŋ. Bu işni biz Xunhua'daki bir yiğit ağaga berdux, u üç yil gilem toqudi. Saŋa iş yoq bu kez.\n\n{sig}", "Xunhua Gilem Öyi", "xunhua-gilem.example", tz="cn", lang="slr")
wr("kqn", "Mwingilo wa buchi", "Mwaiya {n},\n\ntwasanta pa kunemba kalata ka kulomba mwingilo wa buchi ku Kasempa. Mwingilo uno twaupa kala muntu wingila ne atweba myaka isatu. Kechi twakonsha kukutambula ne.\n\n{sig}", "Kasempa Buchi Group", "kasempabuchi.example", tz="zm", lang="kqn")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Oddly Hired: 3 new listings", "Hi {n},\n\nNew this week on Oddly Hired:\n• Saucier, village pub near Rothbury\n• Tipstaff (part time), court office near Lampeter\n• Poissonnier for a seafood room near Tregaron\n\nManage alerts in your account.", "Oddly Hired", "oddlyhired.example", frm="Oddly Hired <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nonjob", "Telidon frame 405 — ticket draw", "FRAME 405 — NOTICES\nTo {n}: seats at the Brotherhood's midwinter feast were drawn tonight and your ticket missed out. Better luck at the summer parade.\n— {sig}", "Bonavista Merchants' Brotherhood", "bonavistaguild.example", tz="can")
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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "mvi": "{m}月{d}日",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "hlb": "{d}/{m}/{y}", "geh": "{d}.{m}.{y}", "aat": "{d}/{m}/{y}", "kca": "{dd}.{mm}.{y}",
    "ttt": "{dd}.{mm}.{y}", "ami": "{d}/{m}/{y}", "lue": "{d}/{m}/{y}", "slr": "{d}/{m}/{y}", "kqn": "{d}/{m}/{y}",
}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        return style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
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
            while later.weekday() >= 5:
                later += dt.timedelta(days=1)
            q_outlook, q_gmail = quoted_text(quoted, zone)
            slots = {
                "n": GIVEN.get(who, who.split()[0]), "full": who, "sig": sig,
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)],
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
        rec["id"] = f"blind56:{short}-{counters[short]:03d}"
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
