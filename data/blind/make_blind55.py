# ruff: noqa: E501, S311
"""Write the fifty-fifth sealed blind slice for issue 11 (blind-slice-55.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 55 and later never read; our side printed)
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

SEED = 550551
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-55.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 55
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Sabina Hollingdrake", "Tadhg Ó Muirgheasa", "Ishita Bandyopadhyay", "Leofric Quenby", "Nomvula Ngcobo",
    "Kiritapu Rangihuna", "Hermione Sotheby", "Donnchadh Ua Briain", "Chiamaka Eze", "Wilhelmina Crouchley",
    "Kwesi Asante", "Nokuthula Zondi", "Anjali Venkataraman", "Cillian Tierney", "Ifeoma Obiora",
    "Evangeline Markby", "Tūmanako Ngata", "Ríonach Kinsella", "Devansh Khurana", "Sorcha Mulcahy",
    "Refiloe Molefe", "Jago Penhaligon", "Nandini Subramaniam", "Ilinca Dumitrescu", "Sjoerd de Vries",
    "Ewurabena Sarpong", "Mandla Shabalala", "Harini Krishnamurthy", "Caoimhe Gallagher", "Yaw Mensah",
    "Cuthbert Ravenhill", "Shirin Tehrani", "Octavia Bellingham", "Rui Valadares", "Muireann Nic Aoidh",
    "Tolulope Bankole", "Gwendolyn Ashcombe", "Salote Havili", "Fionnán Hegarty", "Sizwe Mabaso",
    "Gurleen Sandhu", "Alasdair Menzies", "Ebuka Nwosu", "Solveig Rasmussen", "Radosław Nowicki",
    "Kahu Pōtae", "Eluned Pritchard", "Babajide Oyewole", "Mortimer Fenwick", "Simranjit Bhullar",
]
REGION_SIGNERS = {
    "uk": ["Philippa Stainforth", "Gethin Rowlands", "Shabnam Hussain", "Moray Cullen", "Lettice Ormond", "Ruairi Frew",
           "Jaswinder Rai", "Clemency Marchbank", "Kirsteen Lennox", "Crispin Dunstable", "Femi Adebayo", "Morag Sinclair"],
    "ie": ["Colm Brosnan", "Treasa Fahy", "Lorcan Tobin", "Fidelma Considine", "Diarmuid Ó Cuív"],
    "us": ["Yesenia Quintana", "Dwight Pettibone", "Shaniqua Lanier", "Arne Solberg", "Bryce Ralston", "Teresa Abruzzo"],
    "ca": ["Sylvie Thibodeau", "Harjit Grewal", "Bohdan Melnyk", "Josée Arseneau", "Wyatt Crowchild"],
    "au": ["Jarrod McAlister", "Stavroula Karagiannis", "Jorja Costigan", "Thanh Nguyen", "Kiara Wilkes"],
    "nz": ["Hinemoa Paewai", "Grant McIlroy", "Losa Tuilagi", "Ruaraidh Annand", "Manaaki Kereopa"],
    "za": ["Thulisile Ndlovu", "Marike Botha", "Kagiso Modise", "Johan Steyn", "Fatima Jacobs"],
    "in": ["Lakshmi Narayanan", "Rajeev Kumar Bhatt", "Bidisha Sarma", "Suresh Nair", "Farhana Ansari"],
    "my": ["Tan Hui Ying", "Ravindran Muthu"], "ph": ["Maricel Dela Peña", "Rodel Bautista"],
    "lk": ["Dilhani Wickramasinghe", "Kasun Rathnayake"], "lc": ["Claudette Joseph", "Kervin St. Rose"],
    "mk": ["Elena Stojanovska", "Goran Petkovski"], "sk": ["Zuzana Hrušková", "Marek Kováč"],
    "kg": ["Aizhan Toktogulova", "Nurlan Asanov"], "tj": ["Malika Rahimova", "Farrukh Nazarov"],
    "vn": ["Nguyen Thi Lan", "Pham Van Duc"], "kh": ["Sokha Chea", "Vannak Sok"],
    "bw": ["Boitumelo Kgosi", "Onalenna Seretse"], "tz": ["Neema Mushi", "Baraka Swai"],
    "chm": ["Rosalind Taitano", "Jesse Borja"], "lv": ["Ilze Kalniņa", "Edgars Ozols"],
    "jp": ["Aoi Fujimura", "Ren Takeda"], "ru": ["Darya Morozova", "Ilya Sorokin"],
    "es": ["Nerea Olabarria", "Unai Mendizábal"], "mx": ["Itzel Cervantes", "Rogelio Barragán"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "usak": "us", "usaz": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "wa": "au", "tas": "au",
}
LANG_SIGNERS = {
    "ar": ["هالة الزواري", "منير البجاوي"], "de": ["Rosemarie Kühnel", "Falk Ebersbach"],
    "es": ["Guadalupe Zamudio", "Efraín Chávez"], "fr": ["Apolline Delteil", "Gilles Vergnaud"],
    "hi": ["सुनीता मीणा", "राकेश छीपा"], "it": ["Loredana Pelino", "Settimio Di Cioccio"],
    "ja": ["斎藤 由紀", "小川 哲也"], "ko": ["남궁 은혜", "조성훈"], "pt": ["Ermelinda Bacalhau", "Domingos Fitas"],
    "ru": ["Людмила Фомичёва", "Аркадий Лазарев"], "sw": ["Bi. Saida Mwinyi", "Hamisi Mbwana"],
    "th": ["บุษบา แก้วมณี", "วิชัย ทองดี"], "tr": ["Nurten Yalçın", "Cemil Özkan"],
    "ur": ["ثمینہ بٹ", "طارق محمود"], "zh": ["罗晓燕", "钟国平"],
    "lud": ["Anni Kononova", "Yegor Bogdanov"], "izh": ["Nadezhda Lukina", "Petri Kondrasov"],
    "vot": ["Raisa Jefimova", "Mikko Sõrmus"], "ruq": ["Sultana Ciorova", "Dimitri Tașcu"],
    "mhn": ["Ilaria Oberosler", "Remo Moar"], "yec": ["Rosa Mungenast", "Hansjörg Waser"],
    "crg": ["Louise Delorme", "Norbert Chartrand"], "bci": ["Amenan Kouassi", "Konan N'Guessan"],
    "yai": ["Гулрухсор Мирзоева", "Саидқул Ёрмаҳмадов"], "hoj": ["সুলতা হাজং", "প্রদীপ হাজং"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الطرابلسي", "ياسين الغربي"], "de": ["Annegret Bäumler", "Torben Kleinschmidt"],
    "es": ["Xóchitl Ramírez", "Ulises Tapia"], "fr": ["Maëlle Roussel", "Quentin Faucher"],
    "hi": ["तनुप्रिया बैरवा", "हर्षवर्धन कुमावत"], "it": ["Ginevra Di Pietro", "Lorenzo Carosella"],
    "ja": ["森 千尋", "石井 陸"], "ko": ["한소희", "윤재민"], "pt": ["Inês Calado", "Vasco Estrela"],
    "ru": ["Вероника Соболева", "Тимофей Крылов"], "sw": ["Rehema Kombo", "Athumani Mfaume"],
    "th": ["อรอุมา แสงเดือน", "ชยพล มณีรัตน์"], "tr": ["Elif Karaca", "Burak Tunç"],
    "ur": ["عائشہ جاوید", "بلال احمد"], "zh": ["刘雨桐", "杨浩然"],
    "lud": ["Tatjana Petrova", "Sergei Kalinin"], "izh": ["Nadja Pavlova", "Juho Kirjanen"],
    "vot": ["Olga Ivanova", "Aleksei Jõgi"], "ruq": ["Vasilica Ciuca", "Todor Gheorghiu"],
    "mhn": ["Martina Toller", "Fabrizio Puecher"], "yec": ["Manuela Gruber", "Dario Moser"],
    "crg": ["Chantal Fleury", "Marcel Lavallée"], "bci": ["Adjoua Koffi", "Kouamé Konan"],
    "yai": ["Зарина Ҳакимова", "Ҷамшед Раҳимов"], "hoj": ["রিনা হাজং", "বিপুল হাজং"],
}
GIVEN = {
    "Tadhg Ó Muirgheasa": "Tadhg", "Donnchadh Ua Briain": "Donnchadh", "Sjoerd de Vries": "Sjoerd",
    "Muireann Nic Aoidh": "Muireann", "Diarmuid Ó Cuív": "Diarmuid", "Rajeev Kumar Bhatt": "Rajeev",
    "Tan Hui Ying": "Hui Ying", "Maricel Dela Peña": "Maricel", "Bi. Saida Mwinyi": "Saida",
    "Nguyen Thi Lan": "Lan", "Pham Van Duc": "Duc", "Kervin St. Rose": "Kervin",
}
PROVIDERS = ["tealpost", "grebemail", "shrikebox", "dunlinnet", "whimbrelpost", "kestrelmail"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "mk": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "ch": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "lv": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usak": ("-0900", "-0800", "us"), "usaz": ("-0700", None, ""),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"), "mx": ("-0600", None, ""),
    "lc": ("-0400", None, ""), "ci": ("+0000", None, ""), "tn": ("+0100", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "bw": ("+0200", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "tj": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "bd": ("+0600", None, ""), "kg": ("+0600", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "kh": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "my": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "auq": ("+1000", None, ""), "chm": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "tas": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "usak", "usaz", "cae", "cat", "cac", "cam", "cap", "chm")


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
    TEMPLATES.append(T(part, label, kind, f"blind55-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
ATS = "{co} Recruiting <no-reply@{dom}>"
mr("wd-cray", "Requisition R-{ref} – {role}: update",
   "Hello {n},\n\nRequisition R-{ref} ({role}) has been withdrawn. A planning review moved the {x} runs to our existing {y} crew, so no outside hire will be made and your application closes along with it.\n\nThe effort you put in was noticed.\n\n{co} Talent Acquisition",
   ("Waxwell Crayons", "Smudgeley Pastels"), ("waxwell.example", "smudgeley.example"), frm=ATS,
   role=("Colour Batch Operator", "Stick Press Operator"), tz=("uk", "usc"), x=("crayons", "pastels"), y=("second-shift", "weekend"))
mr("gh-prot", "Your {role} application at {co}",
   "Hi {n},\n\nThanks for the conversations about {role}. Our offer went to someone with {x}; she said yes on Thursday. I'm closing your application today.\n\nAll the best,\n{sig}\n{co}",
   ("Quadrant Protractors", "Tallymark Rulers"), ("quadrant-pro.example", "tallymark.example"),
   role=("Scale Printing Technician", "Tooling Setter"), tz=("ie", "cae"), x=("twelve years on scale-printing lines for maths sets", "a decade setting up moulds for classroom rulers"))
mr("lv-trow", "{co} · {role}",
   "{n} —\n\nQuick note on {role}. We've offered it to a toolmaker {x}, and he starts next month. Your application is closed as of today.\n\nGood luck with the search,\n{sig}",
   ("Dibble & Sons Trowels", "Furrowline Hoes"), ("dibbleandsons.example", "furrowline.example"),
   role=("Blade Grinding Hand", "Handle Fitter"), tz=("uk", "usm"), x=("who has ground trowels by hand since 2016", "who ran a hoe-head press at a valley co-op for nine seasons"))
mr("sr-barrow", "Application status – {role}",
   "<html><body><p>Dear {n},</p><p>Your application, as things stand:</p><table border=\"1\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Filled – another applicant appointed</td></tr></table><p>With that, the file for this vacancy is shut.</p><p>{co} People Team</p></body></html>",
   ("Tumbril Wheelbarrows", "Espalier Trellises"), ("tumbril.example", "espalier-trellis.example"), frm=ATS,
   role=("Tray Pressing Operator", "Lattice Assembler"), tz=("au", "za"))
mr("ic-sprink", "Your candidacy for {role} (Job {ref})",
   "Dear {n},\n\nThe position {role} (Job {ref}) has been updated for you as follows.\n\nDisposition: Not Selected – Licence Requirement Not Met\n\nThe posting required {x} at the time of applying, and none was on your profile.\n\n{co} Talent Acquisition",
   ("Mistral Sprinklers", "Songbird Feeders"), ("mistral-sprink.example", "songbirdfeeders.example"), frm=ATS,
   role=("Field Installer", "Route Service Technician"), tz=("usp", "cac"), x=("a current backflow tester certificate", "a chemical applicator licence"))
mr("tl-cloth", "Requisition {ref} – status notice",
   "{n},\n\nRequisition status: Closed – no hire (budget freeze)\nYour candidacy: Not hired (requisition closed)\n\nThe {role} requisition was shut after the quarterly budget hold. Your profile is kept on file.\n\n{co} Staffing",
   ("Linenfold Tablecloths", "Threadbare Doilies"), ("linenfold.example", "threadbare-doilies.example"), frm=ATS,
   role=("Hemming Machinist", "Crochet Finisher"), tz=("nz", "in"))
mr("wk-teapot", "{co}: {role}",
   "Hi {n},\n\nWe had {x} applications for the {role} opening, and we're moving a small group on whose glazing background is closer to the brief. You're outside that group this time, and this message closes your application.\n\nThanks,\n{sig}, {co}",
   ("Brewstock Teapots", "Saucerly Teacups"), ("brewstock.example", "saucerly.example"),
   role=("Spout Attacher", "Handle Fettler"), tz=("uk", "au"), x=("ninety-one", "a hundred and thirty-four"))
mr("bb-bell", "About the {role} hours",
   "Hi {n},\n\nTa for asking about the {role} hours. {x} from our {y} asked to take them on, and we've said yes, so they're filled.\n\nCheers,\n{sig}\n{co}",
   ("Dingdong Doorbells", "Pegboard Coathooks"), ("dingdong-bells.example", "pegboard-hooks.example"),
   role=("Chime Assembly", "Powder Coat Line"), tz=("nz", "cam"), x=("Atawhai", "Waylon"), y=("wiring bench", "dispatch floor"))
mr("tt-eraser", "Your application to {co}",
   "Hello {n},\n\nThank you for application to {role}. This position is now going to our colleague who since four years is {x} in our factory. Because of this we close your application.\n\nMany thanks,\n{sig}\n{co}",
   ("Rubette Erasers", "Stampola Inkpads"), ("rubette.example", "stampola.example"),
   role=("Cutting Line Operator", "Ink Mixing Operator"), tz=("sk", "mk"), x=("working on cutting machine", "mixing the colours"))
mr("ps-satchel", "{role} – {co}",
   "Dear {n},\n\nWe thank for your application to {role}. After interviews our team decide for candidate with longer practice of {x}. We wish you luck in next applications.\n\nBest regards\n{sig}\nHR, {co}",
   ("Tengri Satchels", "Pamir Hatstands"), ("tengri-satchels.example", "pamir-stands.example"),
   role=("Satchel Sewer", "Wood Turner"), tz=("kg", "tj"), x=("hand sewing of thick hide", "turning of poplar poles"))
mr("pp-globe", "{role}: your assessment result",
   "Dear {n},\n\nYour written assessment for {role} scored {x}. Candidates at {y} and above go to interview, so your application finishes at this stage.\n\nKind regards,\n{co} Hiring",
   ("Meridian Globes", "Clasp Clipboards"), ("meridianglobes.example", "clasp-boards.example"), frm=ATS,
   role=("Map Lamination Technician", "Spring Clip Setter"), tz=("ie", "use"), x=("21 out of 48", "18 out of 45"), y=("31", "29"))
mr("jz-gig", "{role} gigs",
   "Hey {n}!\n\nCheers for throwing your name in for the {role} gigs. We gave the summer bookings to {x} and {y}, who've both done our parties before.\n\nKeep well,\n{sig}\n{co}",
   ("Abracadabble Fun", "Glimmerbox Events"), ("abracadabble.example", "glimmerbox.example"),
   role=("children's conjuror", "glitter booth"), tz=("auq", "usc"), x=("Braxton", "Kaylee"), y=("Anvita", "Dashawn"))
mr("ab-lacq", "Update on {role}",
   "Dear {n},\n\nThank you for time with us. Our hiring panel has choose other finalist for {role}, who {x}. We close your application with this email.\n\nWith good wishes,\n{sig}\n{co}",
   ("Hoi An Lacquerware", "Tonle Nectar House"), ("hoian-lacquer.example", "tonlesyrup.example"),
   role=("Layering Lead", "Cooking House Supervisor"), tz=("vn", "kh"), x=("is working eleven years in lacquerware rubbing", "managed palm sap boiling for two villages"))
mr("o-wick", "Saturday job",
   "Hi {n},\n\nThanks for popping your letter in. Morag's niece Marsaili is home from college for the year and she's taking the Saturdays at the counter.\n\nAll the best,\n{sig}\n{co}, Wick",
   "Pandrop Sweetshop", "pandrop-wick.example", tz="uk")
mr("o-aberaeron", "The shop job",
   "Hello {n},\n\nThank you for coming in about the job. Gwenllian's boy Iwan has asked for more hours since the harbour café closed, so the mornings have gone to him.\n\nDiolch,\n{sig}\n{co}, Aberaeron",
   "Pencraig Fruiterers", "pencraig-fruit.example", tz="uk")
mr("o-killarney", "Weekend job at the creperie",
   "Hi {n},\n\nThanks a million for dropping in the CV. Bríd's daughter Méabh is back from her year in Lille for the summer and she's on the pans weekends now.\n\nTake care,\n{sig}\n{co}",
   "Slievemore Creperie", "slievemore-crepes.example", tz="ie")
mr("o-bisbee", "Hot dog cart",
   "Hey {n}, thanks for swinging by. My brother-in-law's kid Boone is out of school for good and he's running the cart with me now. Good luck out there.\n{sig}\n{co}, Bisbee",
   "Copperquene Franks", "copperquene.example", tz="usaz")
mr("o-sitka", "Re: minimart clerk",
   "{n}, appreciate you applying. Our neighbor's daughter Ellie came back from Juneau and she's taking the clerk shifts. Thanks again.\n- {sig}, {co}",
   "Halibut Point Minimart", "halibutpoint.example", tz="usak")
mr("o-cheticamp", "Cafeteria job",
   "Hi {n},\n\nGot your application, thanks. Our cook's nephew Anatole is home for the season and he has taken the counter job.\n\nMerci and good luck,\n{sig}\n{co}, Chéticamp",
   "Cabot Trail Cafeteria", "cabotcafe.example", tz="cat")
mr("o-tofino", "Server job",
   "Hey {n},\n\nThanks for reaching out about serving. Ettore's cousin Serena moved out from Lillooet and she's on the floor with us from this week.\n\nTake care,\n{sig}\n{co}, Tofino",
   "Nonna Tide Trattoria", "nonnatide.example", tz="cap")
mr("o-smithton", "The van job",
   "G'day {n},\n\nThanks for the message. Shelley's young fella Kobe finished Year 12 and he's doing the fritter van with me this summer.\n\nCheers,\n{sig}\n{co}, Smithton",
   "Duck River Fritters", "duckriverfritters.example", tz="tas")
mr("o-raglan", "Juice bar shifts",
   "Kia ora {n},\n\nThanks heaps for applying. Hine's cousin Ngāreta is back in town and she's picked up the morning shifts at the bar.\n\nNgā mihi,\n{sig}\n{co}, Raglan",
   "Ngarunui Juicery", "ngarunui.example", tz="nz")
mr("o-ipoh", "Stall helper",
   "Hi {n}, thanks ya for ask about helper job. Uncle Bala's nephew Suresh come back from KL already, so he is helping us at the stall now. Thank you ya.\n{sig}, {co}",
   "Bala Mamak Corner Stall", "balamamak.example", tz="my")
mr("o-dumaguete", "Helper at the carinderia",
   "Hi {n}! Thank you for applying. Ate Nene's son Jomar already started helping us in the kitchen last Monday. God bless po.\n{sig}\n{co}, Dumaguete",
   "Lola Inday Carinderia", "lolainday.example", tz="ph")
mr("o-hampi", "Shop assistant",
   "Namaste {n}, thanks for coming to ask. Our Amma's son-in-law Manjunath has joined the kirana from this week only. Best wishes.\n{sig}\n{co}, Hampi",
   "Virupaksha Kirana Stores", "virupaksha-kirana.example", tz="in")
mr("o-montagu", "The market stall",
   "Hi {n},\n\nDankie for your message about the stall. Tannie Rina's granddaughter Chanté came home from varsity and she is helping me on market days now.\n\nGroete,\n{sig}\n{co}, Montagu",
   "Tannie Rina's Koeksisters", "tannieria.example", tz="za")
mr("o-castries", "Juice stand",
   "Good day {n}, thanks for stopping at the stand. Miss Veronica's grandson Kimani is out of school and he is working the blender with me now. Blessings.\n{sig}\n{co}, Castries",
   "Vigie Juicery", "vigiejuice.example", tz="lc")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-water", "RE: [EXT] Re: Slide attendant – follow up",
   "Hi {n},\n\nThanks for coming down on Tuesday and for the swim test, you flew through it. We've taken on {x} for the slide towers this summer; he's done two seasons with us already.\n\nWishing you a great summer,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Slide attendant – follow up\n\nHi {sf}, just checking in after Tuesday. Thanks, {n}",
   ("Sploshworth Waterpark", "Wavecrest Waterpark"), ("sploshworth.example", "wavecrest-wp.example"), tz=("uk", "use"), x=("Torquil Fairweather", "DeShawn Whitaker"))
mr("th-ballroom", "Re: [EXT] Re: front desk",
   "{n},\n\nSo nice to meet you, and sorry again about our phones ringing non-stop. {x} is joining us at the front desk from Monday; she's been a student here for years.\n\nWarmly,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: front desk\n\nHello {sf}, any news on the desk role? Best, {n}",
   ("Foxtrot Hall Ballroom", "Quickstep Ballroom"), ("foxtrothall.example", "quickstep-br.example"), tz=("ie", "cae"), x=("Blánaid Corrigan", "Geneviève Ouellet"))
mr("th-puppet", "RE: [EXT] RE: touring technician",
   "Hi {n},\n\nThank you again for the chat and for fixing that strung figure on the spot. The touring technician place has gone to {x}, who toured with our autumn show.\n\nAll best,\n{sig}\n\n" + RULE + "Subject: RE: touring technician\n\nThanks {sf}, any update? {n}",
   ("Stringfellow Puppetry", "Crossbar Puppetry Theatre"), ("stringfellow.example", "crossbar-theatre.example"), tz=("uk", "au"), x=("Kunal Mistry", "Jacinta Dwyer"))
mr("th-zip", "Re: [EXT] Re: zipwire guide",
   "Hi {n},\n\nCheers for spending the day up on the towers. We've signed {x} as our second zipwire guide, starting on the 1st.\n\nCheers,\n{sig}\n\n" + GMAIL + "> Hi {sf}, lovely to meet the team. Hoping for news soon. {n}",
   ("Hurtle Zipwire Park", "Canopy Dash Zipwire"), ("hurtlezip.example", "canopydash.example"), tz=("nz", "za"), x=("Tane Hapeta", "Mpho Mkhize"))
mr("th-waterski", "RE: [EXT] Re: driver/coach role",
   "Morning {n},\n\nGood to have you out on the boat Thursday. For the driver/coach role we've gone with {x}; he's coached our juniors since spring.\n\nBest,\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: driver/coach role\n\nThanks {sf}, I enjoyed it. {n}",
   ("Glassflat Waterski School", "Slalom Cove Waterski"), ("glassflat.example", "slalomcove.example"), tz=("uk", "usc"), x=("Rory Blaikie", "Brock Lindqvist"))
mr("th-slack", "Re: [EXT] RE: festival crew lead",
   "Hey {n},\n\nThanks for the call, fun to talk highlines. The crew lead for this year's festival is {x}, who rigged the river line for us last year.\n\nSee you on the grass maybe,\n{sig}\n\n" + ORIGINAL + "Subject: RE: festival crew lead\n\nHi {sf}, checking back on the crew lead post. {n}",
   ("Sagline Slackline Festival", "Wobblewalk Slackline"), ("sagline.example", "wobblewalk.example"), tz=("ie", "cap"), x=("Ferdia Ó Briain", "Maddie Adeyemi-Cruz"))
mr("th-quad", "RE: [EXT] Re: trek leader",
   "Hi {n},\n\nCheers for riding along on Saturday. The trek leader job is going to {x}, who's been sweeping the back of our treks all winter.\n\nRegards,\n{sig}\n{co}\n\n" + RULE + "Subject: Re: trek leader\n\nHi {sf}, thanks for the ride. {n}",
   ("Dusttrail Quad Treks", "Bogtrotter Quad Adventures"), ("dusttrail.example", "bogtrotter.example"), tz=("auq", "uk"), x=("Harrison Pryor", "Euan Dalgleish"))
mr("th-ferris", "Re: [EXT] Re: wheel operator",
   "Hi {n},\n\nThanks for doing the walk-round with me. We've appointed {x} to run the wheel this season; she's held the ride ticket for years.\n\nKind regards,\n{sig}\n\n" + GMAIL + "> Hi {sf}, good to see the wheel up close. {n}",
   ("Skyloop Ferris Wheel", "Pier Ferris Co"), ("skyloop.example", "pierferris.example"), tz=("uk", "cat"), x=("Dionne Ashby", "Colette Boudreau"))

# ---- 8 clear refusals under long footers
CARD = "\n\n—\nCardigan Kind · Two cardigans for £45 this week · Join Knit Club for early access\nNew roles every Tuesday: Careers > Saved Searches > Alerts\nApplicant files are wiped eleven months after a closing date. Cardigan Kind Retail Ltd · reg. {x} · no. {ref}.\nWrong inbox? Tell us, then bin this email."
mr("ft-cardigan", "Your application: {role}",
   "Dear {n},\n\nYour {role} application for our {y} shop has been read, and this time it stops here.\n\nThe {y} team" + CARD,
   ("Cardigan Kind", "Cardigan Kind Éire"), ("cardigankind.example", "cardigankind-ie.example"), frm="Cardigan Kind Careers <careers@{dom}>",
   role=("Sales Adviser", "Weekend Sales Adviser"), tz=("uk", "ie"), x=("England and Wales", "Ireland"), y=("Abergavenny", "Lisdoonvarna"))
ONESIE = "\n\n~~~\nONESIE CO-OP · Free name monogram on your first onesie · Text COZYJOBS to 55512 for new openings, HALT to stop\nWe hire people of every kind of background and ability.\nManage your data: My Account > Settings > Your Data\nThis mailbox is never checked, so replies vanish."
mr("ft-onesie", "About your Onesie Co-op application",
   "Hi {n},\n\nYour application to {role} at our {y} store was reviewed. The store team has picked other applicants for this opening, so we've closed yours.\n\nOnesie Co-op Talent" + ONESIE,
   ("Onesie Co-op", "Onesie Co-op Canada"), ("onesiecoop.example", "onesiecoop-ca.example"), frm="Onesie Co-op <talent@{dom}>",
   role=("Stock Associate", "Seasonal Associate"), tz=("use", "cam"), y=("Oneonta", "Lacombe"))
JANDAL = "\n\n————\nJANDALS JUNCTION · Second pair half price · Jandals Club members get first pick\nStore jobs come out every second Monday – tick Job Alerts under your profile to get them.\nPrivacy Act matters: how we look after what you send us is set out at jandaljunction.example/privacy.\nMeant for the addressee alone; anyone else, please delete."
mr("ft-jandal", "Your application – {role}",
   "Hi {n},\n\nYour application for {role} in {y} has been read, and we're not taking it forward.\n\nJandals Junction People" + JANDAL,
   ("Jandals Junction", "Jandals Junction NZ"), ("jandaljunction.example", "jandaljunction-nz.example"), frm="Jandals Junction <people@{dom}>",
   role=("Casual Store Team Member", "Store Team Member"), tz=("au", "nz"), y=("Narooma", "Te Kūiti"))
DUPATTA = "\n\n*****\nDUPATTA DARBAR · Festive edit now in store · Free pico and fall on every purchase\nSMS DUPJOBS to 31313 for openings near you.\nWe look after your data as {x} requires.\nCONFIDENTIAL – addressee's eyes only. Misdelivered? Kindly reply and erase."
mr("ft-dupatta", "Application for {role}",
   "Dear {n},\n\nRegarding your application for {role}, {y}: it has been looked at and it will not progress for this vacancy.\n\nTalent Team, Dupatta Darbar" + DUPATTA,
   ("Dupatta Darbar", "Dupatta Darbar India"), ("dupattadarbar.example", "dupattadarbar-in.example"), frm="Dupatta Darbar Careers <careers@{dom}>",
   role=("Store Associate", "Visual Display Associate"), tz=("za", "in"), x=("POPIA", "the DPDP Act, 2023"), y=("Fordsburg", "Jayanagar"))

# ---- 9 hedged refusals
mr("hd-arbor", "{role} – thank you",
   "Dear {n},\n\nWe appreciated your morning with the crew. Several of the climbers we met had more seasons {x}, and on balance the crew leaders felt that tipped it their way.\n\nWith thanks,\n{sig}\n{co}",
   ("Heartwood Arborists", "Burr & Bough Arborists"), ("heartwood-arb.example", "burrbough.example"),
   role=("Climbing Arborist", "Arborist Groundworker"), tz=("uk", "ie"), x=("on veteran oak reductions", "running a woodchip crew on roadside contracts"))
mr("hd-flor", "{co} – {role}",
   "Hi {n},\n\nThanks for the design trial. A few applicants came with longer runs of {x}, and the studio went with that experience.\n\nWarmly,\n{sig}",
   ("Peony & Pike Floristry", "Stemwise Floristry"), ("peonypike.example", "stemwise.example"),
   role=("Event Florist", "Studio Florist"), tz=("use", "cae"), x=("large-venue ceremony installs", "sympathy tribute work"))
mr("hd-sugar", "Your application – {role}",
   "Hi {n},\n\nThanks so much for the sample flowers. Others we saw had done more {x}, and that matches the orders on our books a bit better.\n\nCheers,\n{sig}\n{co}",
   ("Spun Sugarcraft Studio", "Fondant Fern Sugarcraft"), ("spunsugar.example", "fondantfern.example"),
   role=("Sugarcraft Decorator", "Junior Decorator"), tz=("au", "nz"), x=("tiered celebration cakes", "hand-painted sugar portraits"))
mr("hd-doula", "{role} – outcome",
   "Dear {n},\n\nThank you for meeting our circle. Some of the candidates brought more {x}, and the collective felt that fitted the families we serve a little better.\n\nKind regards,\n{sig}\n{co}",
   ("Mothertongue Doulas", "Sakhi Birth Doulas"), ("mothertongue-doulas.example", "sakhidoulas.example"),
   role=("Birth Doula", "Postpartum Doula"), tz=("za", "in"), x=("isiXhosa-speaking home-birth support", "night support for twins"))
mr("hd-ayur", "Therapist post – {co}",
   "Dear {n},\n\nThanks for sitting the practical with us. The panel felt candidates with longer hands-on Panchakarma practice suited the centre somewhat more at present.\n\nRegards,\n{sig}\n{co}",
   "Dhanwantari Ayurvedic Centre", "dhanwantari-ayur.example", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-relish", "Following up – {role}",
   "Hi {n},\n\nGood talking yesterday. For the {role} post the client has picked their other finalist. Separately, I'm filling {x} near {y} – similar scale, saner hours. Want your name on it?\n\n{sig}\n{co}",
   ("Saltmarsh Food Search", "Cairnfield Recruit"), ("saltmarsh-search.example", "cairnfield-recruit.example"),
   role=("relish plant manager", "gherkin plant manager"), tz=("uk", "ie"), x=("a relish kitchen shift lead", "a brine-room supervisor"), y=("Evesham", "Rhode"))
mr("rc-slaw", "Re: our call – {role}",
   "Hi {n},\n\nAs promised, the update: the {role} job was filled by promoting their night supervisor. I do have {x} near {y} that suits your line background. Got ten minutes on Thursday?\n\nBest,\n{sig}\n{co}",
   ("Hartline Talent Partners", "Laurentide Food Recruiters"), ("hartline-talent.example", "laurentide-food.example"),
   role=("coleslaw plant superintendent", "vinaigrette plant manager"), tz=("usc", "cae"), x=("a shredder line supervisor", "a bottling room lead"), y=("Cullman", "Plessisville"))
mr("rc-pulse", "{role} – where it landed",
   "Hi {n},\n\nThey've filled the {role} role from inside, a shift manager of their own. Different thing: I'm working on {x} near {y}. Want me to send the details?\n\nCheers,\n{sig}\n{co}",
   ("Mallee Talent", "Tarras Recruitment"), ("malleetalent.example", "tarras-recruit.example"),
   role=("pulse processing manager", "dhal mill manager"), tz=("au", "nz"), x=("a splitting plant shift supervisor", "a seed cleaning lead"), y=("Nhill", "Tarras"))
mr("rc-pickle", "Plant Head role – update",
   "Dear {n},\n\nFollowing our call: the pickles unit moved a manager across from their Nellore unit into the Plant Head post. There is also a Maintenance In-charge opening at a fruit pulp unit near Krishnagiri; may I send your profile across?\n\nRegards,\n{sig}\n{co}",
   "Achar Talent Search", "achar-talent.example", tz="in")

# ---- 8 public-sector notices
mr("ps-elig", "Vacancy {ref}: application outcome",
   "Dear {n},\n\nYour application for {role} (vacancy {ref}) has been screened. {x} Your application was found ineligible and cannot go further in this recruitment.\n\n{co}",
   ("Municipality of Tinian Personnel Office", "Comhairle nan Eilean Siar Human Resources"), ("tinian-personnel.example", "cnes-hr.example"),
   frm="{co} <recruitment@{dom}>", role=("Harbor Operations Clerk", "Ferry Terminal Assistant"), tz=("chm", "uk"),
   x=("This announcement was open to bona fide residents of Tinian only, and no proof of residence was received.", "The post requires a full driving licence held for two years, which your form did not show."))
mr("ps-cert", "Certification list – {role}",
   "Dear {n},\n\nThe certified list for {role} went to the hiring department today. It lists the {x} highest-scoring candidates, and your name sits below that group, so this recruitment ends for you here.\n\n{co}",
   ("Cochise County Human Resources", "Town of Cochrane People Services"), ("cochise-hr.example", "cochrane-people.example"),
   frm="{co} <jobs@{dom}>", role=("Fleet Service Worker", "Facility Attendant"), tz=("usaz", "cam"), x=("five", "three"))
mr("ps-cancel", "{role} – recruitment stopped",
   "Dear {n},\n\nThis concerns your application for {role}. {x} Recruitment is halted; nobody is appointed.\n\n{sig}\n{co}",
   ("Yass Valley Council", "Waimakariri District Council"), ("yassvalley-council.example", "waimak-dc.example"),
   role=("Livestock Precinct Officer", "Community Halls Coordinator"), tz=("au", "nz"),
   x=("A review of the precinct's operations led Council to leave the position unfilled.", "After the long-term plan consultation the position was disestablished."))
mr("ps-cutoff", "Written test result – roll no. {ref}",
   "Dear {n},\n\nWritten test results for {role} are declared. Your marks: {x}; cut-off in your category: {y}. Your roll number is missing from today's skill test call list.\n\n{co}",
   ("Ladakh Subordinate Services Recruitment Board", "Andaman and Nicobar Staff Selection Cell"), ("ladakh-ssrb.example", "ann-ssc.example"),
   frm="{co} <results@{dom}>", role=("Junior Assistant", "Multi Tasking Staff"), tz=("in", "in"), x=("54/150", "41.5/100"), y=("63.25 (UR)", "48 (OBC)"))

# ---- 6 bare ATS status updates
mr("st-cork", "Status update: {role}",
   "{co} careers\n\nRole: {role}\nReference: {ref}\nStatus: No longer under consideration (closed)\n\nOther applications: see your account.",
   ("Twistwell Corkscrews", "Pourwise Funnels"), ("twistwell.example", "pourwise.example"), frm=ATS, role=("Helix Grinder Operator", "Spout Moulder"), tz=("uk", "usp"))
mr("st-whisk", "Application {ref}",
   "<html><body><p>{n},</p><table><tr><th>Stage</th><th>State</th></tr><tr><td>Screening</td><td>Not progressing</td></tr></table><p>{co} · {role}</p></body></html>",
   ("Balloonwire Whisks", "Sweepmate Dustpans"), ("balloonwire.example", "sweepmate.example"), frm=ATS, role=("Wire Loop Former", "Injection Moulding Operator"), tz=("ie", "au"))
mr("st-peg", "Your application – {role}",
   "Hi {n},\n\n{role} at {co}\nApplied ✓ → Reviewed ✓ → Result: Not progressing\n\nSent via HirePath on behalf of {co}.",
   ("Springjaw Clothespegs", "Rubboard Washboards"), ("hirepath-mail.example", "hirepath-mail.example"), frm="{co} via HirePath <notify@{dom}>", role=("Spring Coiler", "Zinc Press Hand"), tz=("nz", "cac"))

# ---- 6 internship / graduate decisions
mr("in-stud", "Summer studentship – {x}",
   "Dear {n},\n\nYour {x} summer studentship application reached us. We received {y} applications for four places, and other students have taken up all four.\n\n{sig}\n{co}",
   ("Jarrahdale Quokka Research Group", "Whenua Hou Kākāpō Studentships"), ("quokka-research.example", "kakapo-students.example"),
   tz=("wa", "nz"), x=("quokka", "kākāpō"), y=("187", "142"))
mr("in-coop", "Co-op term: matching result",
   "Hi {n},\n\nMatching for the {x} lab co-op term is complete. Each position now has another student matched to it; that ends your application this term.\n\n{sig}\n{co}",
   ("Finwell Zebrafish Lab", "Montmorency Drosophila Lab"), ("finwell-lab.example", "montmorency-lab.example"), tz=("use", "cae"), x=("zebrafish", "fruit fly"))
mr("in-grad", "Graduate Trainee Programme {y}",
   "Dear {n},\n\nThanks for applying to the {co} Graduate Trainee Programme {y}. All {x} seats have now been filled by other graduates following the assessment day.\n\nHuman Resources\n{co}",
   ("Francistown Power Utility", "Moshi Arabica Board"), ("ftown-power.example", "moshi-arabica.example"), frm="{co} HR <graduates@{dom}>",
   tz=("bw", "tz"), x=("nine", "twelve"), y=("2025", "2026"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd-cray-ack", "Received: {role} (R-{ref})",
   "Hello {n},\n\nYour application for {role} (R-{ref}) is in. This month's planning review could hand the {x} runs to our current crew before any shortlisting; if so, the requisition is withdrawn and you'll get a notice to that effect.\n\n{co} Talent Acquisition",
   ("Waxwell Crayons", "Smudgeley Pastels"), ("waxwell.example", "smudgeley.example"), frm=ATS,
   role=("Wax Melt Technician", "Pigment Weigher"), tz=("uk", "usc"), x=("crayons", "pastels"))
mo("application_received", "tl-cloth-ack", "Requisition {ref}: application logged",
   "{n},\n\nRequisition {ref} ({role}) now shows your application. Once the requisition is filled or closed, each candidate still open on it is sent a brief status note.\n\n{co} Staffing",
   ("Linenfold Tablecloths", "Threadbare Doilies"), ("linenfold.example", "threadbare-doilies.example"), frm=ATS,
   role=("Overlocker", "Pattern Grader"), tz=("nz", "in"))
mo("application_received", "ic-sprink-ack", "{role} (Job {ref}) – submitted",
   "Dear {n},\n\nThanks for submitting for {role} (Job {ref}). Heads-up: a profile missing {x} goes to \"Not Selected\" when screened, so upload yours now if you have one.\n\n{co} Talent Acquisition",
   ("Mistral Sprinklers", "Songbird Feeders"), ("mistral-sprink.example", "songbirdfeeders.example"), frm=ATS,
   role=("Irrigation Tech", "Warehouse Picker"), tz=("usp", "cac"), x=("a backflow tester certificate", "a valid Class 5 licence"))
mo("application_received", "sr-barrow-ack", "We have your application – {role}",
   "<html><body><p>Hi {n},</p><table border=\"1\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Received</td><td>Yes</td></tr><tr><td>Result</td><td>Pending</td></tr></table><p>Should someone else be appointed, the Result row changes to show it.</p><p>{co} People Team</p></body></html>",
   ("Tumbril Wheelbarrows", "Espalier Trellises"), ("tumbril.example", "espalier-trellis.example"), frm=ATS,
   role=("Wheel Fitter", "Timber Planer"), tz=("au", "za"))
mo("application_received", "tt-eraser-ack", "Application received – {co}",
   "Hello {n},\n\nThank you, we have receive your application for {role}. Maybe we will give this job to colleague from our own {x} department; then also we write message to you.\n\n{sig}\n{co}",
   ("Rubette Erasers", "Stampola Inkpads"), ("rubette.example", "stampola.example"),
   role=("Packing Operator", "Quality Checker"), tz=("sk", "mk"), x=("cutting", "mixing"))
mo("application_received", "pp-globe-ack", "{role}: next is a written assessment",
   "Dear {n},\n\nThanks for applying for {role}. Everyone sits a short written assessment first. Land under the interview line and an email will tell you your mark and where the line sat.\n\n{co} Hiring",
   ("Meridian Globes", "Clasp Clipboards"), ("meridianglobes.example", "clasp-boards.example"), frm=ATS,
   role=("Print Registration Assistant", "Dispatch Assistant"), tz=("ie", "use"))
mo("application_received", "ft-cardigan-ack", "Thanks for applying – {role}",
   "Hi {n},\n\nOur {y} shop has your {role} application. The shop manager calls just those she wants to meet.\n\nThe {y} team" + CARD,
   ("Cardigan Kind", "Cardigan Kind Éire"), ("cardigankind.example", "cardigankind-ie.example"), frm="Cardigan Kind Careers <careers@{dom}>",
   role=("Christmas Temp", "Stockroom Adviser"), tz=("uk", "ie"), x=("England and Wales", "Ireland"), y=("Ruthin", "Kilkee"))
mo("application_received", "ps-cert-ack", "{role}: application accepted",
   "Dear {n},\n\nYour application for {role} has been accepted for scoring. Anyone whose name does not make the certified list will get a letter saying so.\n\n{co}",
   ("Cochise County Human Resources", "Town of Cochrane People Services"), ("cochise-hr.example", "cochrane-people.example"),
   frm="{co} <jobs@{dom}>", role=("Road Maintenance Worker", "Aquatic Attendant"), tz=("usaz", "cam"))
mo("application_received", "ps-cutoff-ack", "Application submitted – {role}",
   "Dear {n},\n\nOnline form for {role} submitted (reg. no. {ref}). A skill test call letter is sent solely where the written score meets that category's cut-off.\n\n{co}",
   ("Ladakh Subordinate Services Recruitment Board", "Andaman and Nicobar Staff Selection Cell"), ("ladakh-ssrb.example", "ann-ssc.example"),
   frm="{co} <results@{dom}>", role=("Field Survey Assistant", "Lower Division Clerk"), tz=("in", "in"))
mo("application_received", "th-waterski-ack", "Re: [EXT] Re: driver/coach role",
   "Hi {n},\n\nCV's here, cheers. I'll book you a morning on the boat. Fair warning: the club may hand the driver slot to one of its own members, and in that case expect a call from me the same night.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: driver/coach role\n\nHi {sf}, CV attached as promised. {n}",
   ("Glassflat Waterski School", "Slalom Cove Waterski"), ("glassflat.example", "slalomcove.example"), tz=("uk", "usc"))
mo("application_received", "in-stud-ack", "Studentship application received",
   "Dear {n},\n\nYour {x} summer studentship application is in. We send offers late in October; whoever misses out will hear from us by email before {dl}.\n\n{sig}\n{co}",
   ("Jarrahdale Quokka Research Group", "Whenua Hou Kākāpō Studentships"), ("quokka-research.example", "kakapo-students.example"), tz=("wa", "nz"), x=("quokka", "kākāpō"))
mo("application_received", "ft-jandal-ack", "Application in",
   "Hi {n},\n\nThanks for applying for {role} in {y}. You'll hear whichever way it goes, since a no is emailed as well.\n\nJandals Junction People" + JANDAL,
   ("Jandals Junction", "Jandals Junction NZ"), ("jandaljunction.example", "jandaljunction-nz.example"), frm="Jandals Junction <people@{dom}>",
   role=("Christmas Casual", "Stockroom Team Member"), tz=("au", "nz"), y=("Camperdown", "Ōpunake"))
mo("application_received", "gh-prot-ack", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application has reached us. Whatever we decide, a person from the hiring team writes your answer, not an automated system.\n\n{co} Recruiting",
   "Quadrant Protractors", "quadrant-pro.example", role="Pad Printing Operator", tz="ie")
mo("application_received", "lv-trow-ack", "{co} · application in",
   "{n} — thanks, your application is in. If another toolmaker lands it I'll drop you a note, no guessing games.\n{sig}",
   "Dibble & Sons Trowels", "dibbleandsons.example", tz="uk")
mo("application_received", "wk-teapot-ack", "Application received: {role}",
   "Hi {n},\n\nThanks for applying for {role}. Yes or no, you'll have a reply from us inside three weeks.\n\n{sig}, {co}",
   "Saucerly Teacups", "saucerly.example", role="Glaze Sprayer", tz="au")
mo("application_received", "bb-bell-ack", "Your application for {role}",
   "Hi {n},\n\nGot it, thanks. Worth knowing: should anyone on our wiring bench claim these hours ahead of interviews, they'd have first pick.\n\n{sig}\n{co}",
   "Dingdong Doorbells", "dingdong-bells.example", role="Chime Tester", tz="nz")
mo("application_received", "ps-satchel-ack", "{co} – application received",
   "Dear {n},\n\nWe receive your application for {role}. Also if our answer is negative, you get email from us, so please wait.\n\nBest regards\n{sig}",
   "Tengri Satchels", "tengri-satchels.example", role="Cutting Table Worker", tz="kg")
mo("application_received", "jz-gig-ack", "Got your application!",
   "Hey {n}, thanks for applying for the party gigs! If the 18th comes and goes without a message from me, the bookings went elsewhere this round.\n{sig}, {co}",
   "Glimmerbox Events", "glimmerbox.example", tz="usc")
mo("application_received", "ab-lacq-ack", "Application received – {role}",
   "Dear {n},\n\nThank you for apply to {role}. Positive or negative, each candidate receive a personal reply from our team.\n\n{sig}\n{co}",
   "Hoi An Lacquerware", "hoian-lacquer.example", role="Inlay Apprentice", tz="vn")
mo("application_received", "o-wick-ack", "Your letter",
   "Hi {n}, your letter about Saturdays came. I'll phone just the ones I'd like in for a trial morning.\n{sig}, {co}",
   "Pandrop Sweetshop", "pandrop-wick.example", tz="uk")
mo("application_received", "o-sitka-ack", "clerk job",
   "{n}, got your application. Heads up, our neighbor's girl might want her old shifts back when she's home, and if she does, they're hers.\n- {sig}",
   "Halibut Point Minimart", "halibutpoint.example", tz="usak")
mo("application_received", "o-hampi-ack", "Application received",
   "Namaste {n}, we got your details. All applicants, selected or not selected, will get SMS by Sunday.\n{sig}, {co}",
   "Virupaksha Kirana Stores", "virupaksha-kirana.example", tz="in")
mo("application_received", "o-montagu-ack", "Stall job",
   "Hi {n}, thanks for asking. I'll SMS you by Friday, taken or not.\n{sig}, {co}",
   "Tannie Rina's Koeksisters", "tannieria.example", tz="za")
mo("application_received", "hd-arbor-ack", "{role} – application received",
   "Dear {n},\n\nThanks for applying. Should another climber's background suit the crew better, we'll say that plainly rather than go quiet.\n\n{sig}\n{co}",
   "Heartwood Arborists", "heartwood-arb.example", role="Climbing Arborist", tz="uk")
mo("application_received", "hd-flor-ack", "Thanks for applying – {co}",
   "Hi {n},\n\nYour application is here. We read on past the cover letter only if a portfolio link is attached, so reply with one if it's missing.\n\n{sig}",
   "Stemwise Floristry", "stemwise.example", tz="cae")
mo("application_received", "rc-relish-ack", "Your CV – {role}",
   "Hi {n},\n\nThanks for sending the CV. It's with the client for the {role} post now. Whichever way it lands, my call comes that afternoon.\n\n{sig}\n{co}",
   "Saltmarsh Food Search", "saltmarsh-search.example", role="relish plant manager", tz="uk")
mo("application_received", "ps-elig-ack", "Vacancy {ref}: acknowledgement",
   "Dear {n},\n\nYour application for {role} (vacancy {ref}) has been received. If proof of residence on Tinian is not supplied, a letter will follow setting out why the application cannot be treated as eligible.\n\n{co}",
   "Municipality of Tinian Personnel Office", "tinian-personnel.example", frm="{co} <recruitment@{dom}>", role="Harbor Operations Clerk", tz="chm")
mo("application_received", "ps-cancel-ack", "{role} – application received",
   "Dear {n},\n\nThank you for applying for {role}. If Council opts to leave the post empty, all applicants get written notice.\n\n{sig}\n{co}",
   "Yass Valley Council", "yassvalley-council.example", role="Livestock Precinct Officer", tz="au")
mo("application_received", "st-rcvd", "Status update: {role}",
   "{co} careers\n\nRole: {role}\nReference: {ref}\nStatus: Received\n\nOther applications: see your account.",
   "Twistwell Corkscrews", "twistwell.example", frm=ATS, role="Line Packer", tz="uk")
mo("application_received", "in-coop-ack", "Co-op application received",
   "Hi {n},\n\nWe've got your zebrafish lab co-op application. Whether you're matched or not, the first-round outcome is posted to the co-op portal.\n\n{sig}\n{co}",
   "Finwell Zebrafish Lab", "finwell-lab.example", tz="use")
mo("application_received", "in-grad-ack", "Graduate Trainee Programme – received",
   "Dear {n},\n\nWe've logged you for the {co} Graduate Trainee Programme. Next up is an online test; scoring under its pass mark ends things before the assessment day.\n\nHuman Resources",
   "Francistown Power Utility", "ftown-power.example", frm="{co} HR <graduates@{dom}>", tz="bw")
mo("application_received", "th-ballroom-ack", "Re: [EXT] Re: front desk",
   "{n},\n\nThank you, I have your CV. Should one of our students take the desk, I'll tell you personally.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, my CV for the desk role. {n}",
   "Foxtrot Hall Ballroom", "foxtrothall.example", tz="ie")
mo("application_received", "ft-onesie-ack", "We received your application",
   "Hi {n},\n\nYour {role} application for the {y} store arrived. A message comes from us only when your background matches this store's current needs.\n\nOnesie Co-op Talent" + ONESIE,
   "Onesie Co-op", "onesiecoop.example", frm="Onesie Co-op <talent@{dom}>", role="Holiday Associate", tz="use", y="Montpelier")
mo("application_received", "ft-dupatta-ack", "Application received – {role}",
   "Dear {n},\n\nApplication logged for {role}, {y}. Interview calls go to the shortlist only.\n\nTalent Team, Dupatta Darbar" + DUPATTA,
   "Dupatta Darbar India", "dupattadarbar-in.example", frm="Dupatta Darbar Careers <careers@{dom}>", role="Cashier", tz="in", x="the DPDP Act, 2023", y="Malleshwaram")
mo("application_received", "hd-sugar-ack", "Thanks for the application",
   "Hi {n},\n\nLovely to get your photos. If another decorator's portfolio suits the orders better, we'll be upfront about it.\n\nCheers,\n{sig}\n{co}",
   "Fondant Fern Sugarcraft", "fondantfern.example", tz="nz")
mo("application_received", "th-puppet-ack", "RE: [EXT] RE: touring technician",
   "Hi {n},\n\nThanks, your CV is with the production manager now. However this tour turns out, we keep your details on hand for the next.\n\n{sig}\n\n" + RULE + "Subject: RE: touring technician\n\nHi {sf}, CV attached. {n}",
   "Stringfellow Puppetry", "stringfellow.example", tz="uk")
mo("application_received", "o-dumaguete-ack", "Application",
   "Hi {n}! Thank you, we got your application for helper. We will text you for a short talk this week po.\n{sig}, {co}",
   "Lola Inday Carinderia", "lolainday.example", tz="ph")
mo("application_received", "o-castries-ack", "Juice stand",
   "Good day {n}, thanks for the note. Come by Tuesday morning and we will talk about the hours.\n{sig}, {co}",
   "Vigie Juicery", "vigiejuice.example", tz="lc")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-water-int", "RE: [EXT] Re: Slide attendant – follow up",
   "Hi {n},\n\nThanks for coming down. Come back for round two plus a short rescue drill on {dl}, ten o'clock? Unfortunately the wave machine is off being serviced then, so the pools will be calm.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Slide attendant – follow up\n\nHi {sf}, checking in. {n}",
   ("Sploshworth Waterpark", "Wavecrest Waterpark"), ("sploshworth.example", "wavecrest-wp.example"), tz=("uk", "use"))
mo("interview", "th-zip-int", "Re: [EXT] Re: zipwire guide",
   "Hi {n},\n\nGreat first chat. Come up for a day on the towers on {dl}, 8:30 at the base hut. Unfortunately the café at the base is shut on weekdays, so pack lunch.\n\n{sig}\n\n" + GMAIL + "> Thanks {sf}, keen to hear next steps. {n}",
   ("Hurtle Zipwire Park", "Canopy Dash Zipwire"), ("hurtlezip.example", "canopydash.example"), tz=("nz", "za"))
mo("interview", "gh-prot-int", "Interview for {role}",
   "Hi {n},\n\nNext for {role}: two of us on video with you, forty-odd minutes, on {dl}. Unfortunately the camera in our meeting room freezes now and then, so I'll send a dial-in too.\n\n{sig}, {co}",
   "Tallymark Rulers", "tallymark.example", role="Tooling Setter", tz="cae")
mo("interview", "lv-trow-int", "{co} · come and see the shop",
   "{n} — can you come by the grinding shop on {dl} at 2pm? Heads up: it's two flights up and there's no lift.\n{sig}",
   "Furrowline Hoes", "furrowline.example", tz="usm")
mo("interview", "tt-eraser-int", "Invitation to interview – {co}",
   "Hello {n},\n\nPlease come to interview for {role} on {dl} at 9:00. Unfortunately our parking is closed because of repair works, please use the street.\n\n{sig}\n{co}",
   "Stampola Inkpads", "stampola.example", role="Ink Mixing Operator", tz="mk")
mo("interview", "o-killarney-int", "Trial on the pans",
   "Hi {n},\n\nWould you do a trial shift {dl} from 11? Unfortunately the second pan is cracked so you'll share with me.\n\n{sig}",
   "Slievemore Creperie", "slievemore-crepes.example", tz="ie")
mo("interview", "o-smithton-int", "Trial in the van",
   "G'day {n}, can you do a trial {dl} at 10? Unfortunately the van's generator keeps cutting out, so bear with us.\n{sig}",
   "Duck River Fritters", "duckriverfritters.example", tz="tas")
mo("interview", "ps-cancel-int", "Interview – {role}",
   "Dear {n},\n\nPlease attend an interview for {role} on {dl} at 11:30 in Council Chambers. Unfortunately resealing works close the main car park; park in the side lane.\n\n{sig}\n{co}",
   "Waimakariri District Council", "waimak-dc.example", role="Community Halls Coordinator", tz="nz")
mo("interview", "hd-doula-int", "Meeting the circle",
   "Dear {n},\n\nWe'd love you to meet the circle on {dl} at 18:00. Unfortunately our usual room is booked, so it's in the library annex.\n\n{sig}\n{co}",
   "Mothertongue Doulas", "mothertongue-doulas.example", tz="za")
mo("interview", "th-quad-int", "RE: [EXT] Re: trek leader",
   "Hi {n},\n\nCan you come out for a second ride on {dl}, 7:30 start? Unfortunately the wash bay hose is broken, so expect to go home muddy.\n\n{sig}\n\n" + RULE + "Subject: Re: trek leader\n\nThanks {sf}. {n}",
   "Bogtrotter Quad Adventures", "bogtrotter.example", tz="uk")
mo("interview", "th-ferris-int", "Re: [EXT] Re: wheel operator",
   "Hi {n},\n\nFancy a second chat on {dl} at 3pm? Unfortunately the ticket booth heater has died, so wrap up.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for the walk-round. {n}",
   "Pier Ferris Co", "pierferris.example", tz="cat")
mo("next_steps", "ps-elig-ns", "Vacancy {ref}: documents needed",
   "Dear {n},\n\nYour application for {role} is moving forward. Certified copies of {x} are needed here by {dl}. Unfortunately scans taken with a phone are not accepted.\n\n{co}",
   ("Municipality of Tinian Personnel Office", "Comhairle nan Eilean Siar Human Resources"), ("tinian-personnel.example", "cnes-hr.example"),
   frm="{co} <recruitment@{dom}>", role=("Harbor Operations Clerk", "Ferry Terminal Assistant"), tz=("chm", "uk"), x=("your proof of residence and birth certificate", "your driving licence and qualifications"))
mo("next_steps", "rc-slaw-ns", "References for {role}",
   "Hi {n},\n\nGood news, the client wants references before a final meeting for {role}. Please get the form back to me by {dl}. Unfortunately it logs you off if idle for fifteen minutes, so gather the details first.\n\n{sig}\n{co}",
   ("Hartline Talent Partners", "Laurentide Food Recruiters"), ("hartline-talent.example", "laurentide-food.example"),
   role=("shredder line supervisor", "bottling room lead"), tz=("usc", "cae"))
mo("next_steps", "st-cork-ns", "Status update: {role}",
   "{co} careers\n\nRole: {role}\nStatus: Assessment – waiting for you\nComplete by: {dl}\n\nSign in to start.",
   "Pourwise Funnels", "pourwise.example", frm=ATS, role="Spout Moulder", tz="usp")
mo("next_steps", "wd-cray-ns", "Bench test – {role}",
   "Hello {n},\n\nNext step for {role} is a one-hour bench test at the plant on {dl}. Unfortunately the plant has no lift to the test room on the first floor.\n\n{co} Talent Acquisition",
   "Waxwell Crayons", "waxwell.example", frm=ATS, role="Colour Batch Operator", tz="uk")
mo("next_steps", "ps-cutoff-ns", "Document verification – roll no. {ref}",
   "Dear {n},\n\nYour written test marks for {role} clear the cut-off. Report for document verification on {dl} at 10:00 with originals and two photographs.\n\n{co}",
   "Ladakh Subordinate Services Recruitment Board", "ladakh-ssrb.example", frm="{co} <results@{dom}>", role="Junior Assistant", tz="in")
mo("next_steps", "in-grad-ns", "Pre-employment medical",
   "Dear {n},\n\nBook and finish the pre-employment medical at a clinic from the enclosed list before {dl}. Unfortunately walk-ins are not seen; book ahead.\n\nHuman Resources\n{co}",
   "Moshi Arabica Board", "moshi-arabica.example", frm="{co} HR <graduates@{dom}>", tz="tz")
mo("next_steps", "hd-flor-ns", "Design task – {co}",
   "Hi {n},\n\nPlease send a costed design for a table arrangement by {dl}. Unfortunately the brief's sample photos are low resolution, sorry.\n\n{sig}",
   "Peony & Pike Floristry", "peonypike.example", tz="use")
mo("next_steps", "wk-teapot-ns", "Skills check for {role}",
   "<html><body><p>Hi {n},</p><p>Next for <b>{role}</b>: an online skills check, due <b>{dl}</b>.</p><p>Unfortunately it won't open on phones.</p><p>{co}</p></body></html>",
   "Brewstock Teapots", "brewstock.example", frm=ATS, role="Spout Attacher", tz="uk")
mo("next_steps", "ps-satchel-ns", "{role} – written task",
   "Dear {n},\n\nPlease send us written answers to three questions about sewing thick hide until {dl}. Questions are in attachment.\n\nBest regards\n{sig}",
   "Tengri Satchels", "tengri-satchels.example", role="Satchel Sewer", tz="kg")
mo("next_steps", "jz-gig-ns", "Send us your act!",
   "Hey {n}! Before we book, please send a 90-second video of your act by {dl}. Phone video is fine.\n{sig}, {co}",
   "Abracadabble Fun", "abracadabble.example", tz="auq")
mo("offer", "bb-bell-off", "Offer: {role}",
   "Hi {n},\n\nKeen? The {role} hours could start for you on {dl}. Unfortunately parking by the factory is scarce, so most of us come by bus.\n\nReply to confirm.\n{sig}\n{co}",
   ("Dingdong Doorbells", "Pegboard Coathooks"), ("dingdong-bells.example", "pegboard-hooks.example"), role=("Chime Assembly", "Powder Coat Line"), tz=("nz", "cam"))
mo("offer", "th-slack-off", "Re: [EXT] RE: setup assistant",
   "Hey {n},\n\nThe setup assistant spot at the festival is yours. Build starts {dl}. Unfortunately the storage container lock is jammed, so the gear comes out a day late.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: rigging assistant\n\nHi {sf}, still keen! {n}",
   "Wobblewalk Slackline", "wobblewalk.example", tz="cap")
mo("offer", "o-cheticamp-off", "Dish job is yours",
   "Hi {n},\n\nDish job's yours from {dl}, if you're keen. Unfortunately the staff room's getting fresh paint, so coats live in the office for now.\n\n{sig}",
   "Cabot Trail Cafeteria", "cabotcafe.example", tz="cat")
mo("offer", "o-ipoh-off", "Helper job",
   "Hi {n}, can start {dl}? The helper job is yours. Unfortunately the big burner is spoil, repair coming.\n{sig}",
   "Bala Mamak Corner Stall", "balamamak.example", tz="my")
mo("offer", "rc-pulse-off", "Offer – {role}",
   "Hi {n},\n\nThe client has offered you the {role} role, start {dl}. Unfortunately the relocation package is capped at $5,000.\n\n{sig}\n{co}",
   "Mallee Talent", "malleetalent.example", role="splitting plant shift supervisor", tz="au")
mo("offer", "in-coop-off", "Co-op placement offer",
   "Hi {n},\n\nYou've been matched with our fruit fly lab for the co-op term. Accept it in the portal before {dl}.\n\n{sig}\n{co}",
   "Montmorency Drosophila Lab", "montmorency-lab.example", tz="cae")
mo("offer", "th-ballroom-off", "Re: [EXT] Re: assistant instructor",
   "{n},\n\nHow about joining as assistant instructor on Tuesday and Thursday evenings from {dl}? Unfortunately the sprung floor is being sanded that first week, so classes move to the side hall.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: assistant instructor\n\nHi {sf}, thanks for the lovely class. {n}",
   "Quickstep Ballroom", "quickstep-br.example", tz="cae")
mo("offer", "ft-jandal-off", "Offer – {role}",
   "Hi {n},\n\n{role} at {y} is yours – first shift {dl}. Sign the offer in your profile.\n\nJandals Junction People" + JANDAL,
   "Jandals Junction", "jandaljunction.example", frm="Jandals Junction <people@{dom}>", role="Casual Store Team Member", tz="au", y="Narooma")
mo("offer", "hd-ayur-off", "Appointment – Therapist",
   "Dear {n},\n\nYou are appointed as Therapist from {dl}. Unfortunately the staff quarters are full, so accommodation allowance will be paid.\n\nRegards,\n{sig}\n{co}",
   "Dhanwantari Ayurvedic Centre", "dhanwantari-ayur.example", tz="in")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-review", "Status update: {role}",
   "{co} careers\n\nRole: {role}\nStatus: In review\nOutcome: not decided for anyone – all applications here remain open.\n\nYour other applications are in your account.",
   ("Twistwell Corkscrews", "Pourwise Funnels"), ("twistwell.example", "pourwise.example"), frm=ATS, role=("Helix Grinder Operator", "Quality Sampler"), tz=("uk", "usp"))
mo("other_job", "st-withdrawn", "Application {ref}",
   "<html><body><p>{n},</p><table><tr><th>Stage</th><th>State</th></tr><tr><td>Application</td><td>Withdrawn (at your request)</td></tr></table><p>{co} · {role}</p></body></html>",
   ("Balloonwire Whisks", "Sweepmate Dustpans"), ("balloonwire.example", "sweepmate.example"), frm=ATS, role=("Wire Loop Former", "Brush Trimmer"), tz=("ie", "au"))
mo("other_job", "ps-cert-delay", "{role}: scoring delayed",
   "Dear {n},\n\nScoring for {role} is running about two weeks late. Not one application is marked so far; expect another letter when the certified list goes out.\n\n{co}",
   "Cochise County Human Resources", "cochise-hr.example", frm="{co} <jobs@{dom}>", role="Fleet Service Worker", tz="usaz")
mo("job_alert", "al-cardigan", "New roles near you",
   "Hi {n},\n\nNew this week: Sales Adviser (Ruthin), Stockroom Adviser (Tewkesbury), Christmas Temp (Ross-on-Wye).\n\nCardigan Kind Careers" + CARD,
   "Cardigan Kind", "cardigankind.example", frm="Cardigan Kind Careers <alerts@{dom}>", tz="uk", x="England and Wales")
mo("job_alert", "al-onesie", "3 new openings",
   "Hi {n}, three new openings: Stock Associate (Oneonta), Holiday Associate (Montpelier), Seasonal Associate (St. Albans).\nOnesie Co-op Talent" + ONESIE,
   "Onesie Co-op", "onesiecoop.example", frm="Onesie Co-op <alerts@{dom}>", tz="use")
mo("job_alert", "al-jandal", "Store jobs this fortnight",
   "Hi {n},\n\nFresh store jobs: Casual Team Member (Camperdown), Store Team Member (Narooma), Christmas Casual (Merimbula).\n\nJandals Junction People" + JANDAL,
   "Jandals Junction", "jandaljunction.example", frm="Jandals Junction <alerts@{dom}>", tz="au")
mo("recruiter_outreach", "rc-pitch-brine", "Brine-room supervisor near Rhode",
   "Hi {n},\n\nI'm filling a brine-room supervisor post at a gherkin plant near Rhode. Days, good team. Worth a chat this week?\n\n{sig}\n{co}",
   "Cairnfield Recruit", "cairnfield-recruit.example", tz="ie")
mo("recruiter_outreach", "rc-pitch-pulp", "Maintenance In-charge – fruit pulp unit",
   "Dear {n},\n\nA fruit pulp unit near Krishnagiri is looking for a Maintenance In-charge. Your profile looked a fit. Can we speak tomorrow?\n\n{sig}\n{co}",
   "Achar Talent Search", "achar-talent.example", tz="in")
mo("non_job_rejection_words", "nj-flat", "Flat on Gorse Terrace",
   "Hi {n},\n\nThanks for coming to see Gorse Terrace. The landlord picked tenants able to move in sooner.\n\n{sig}\n{co}",
   "Latchkey Lets", "latchkey-lets.example", tz="uk")
mo("non_job_rejection_words", "nj-comp", "Spring showcase entry",
   "Hi {n},\n\nThe spring showcase is full, so your entry couldn't be accepted. You're second on the waiting list.\n\n{sig}\n{co}",
   "Foxtrot Hall Ballroom", "foxtrothall.example", tz="ie")
mo("non_job_rejection_words", "nj-grant", "Community fund decision",
   "Dear {n},\n\nYour swim club's bid to the waterpark community fund was considered. This round was heavily oversubscribed and your bid was not funded.\n\n{sig}\n{co}",
   "Wavecrest Waterpark", "wavecrest-wp.example", tz="use")
mo("non_job_rejection_words", "nj-draw", "Night ride draw",
   "Hi {n}, thanks for entering the New Year's Eve night ride draw. Your ticket didn't come up this time.\n{co}",
   "Skyloop Ferris Wheel", "skyloop.example", tz="uk")
mo("non_job_rejection_words", "nj-school", "School place application",
   "Dear {n},\n\nNo place can be given at the school for September, as your address is outside the catchment. Your child is fourth on the waiting list.\n\n{sig}\nAdmissions",
   "Gorsebrook Primary", "gorsebrook-primary.example", tz="nz")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("cartoon", "Viadeo message: editorial cartoonist",
   "[Viadeo message]\n{n}, thanks for the portfolio. The editor picked {x} for the weekly panel; her political strips were closer to what the paper wants.\n– {sig}, {co}",
   "The Dunmore Clarion", "dunmoreclarion.example", tz="uk", x="Hester Quaile")
wo("application_received", "cartoon", "Viadeo message: editorial cartoonist",
   "[Viadeo message]\n{n}, your samples reached me. Chosen or not, every cartoonist who sent work gets a note from me after the editors meet on Friday.\n– {sig}, {co}",
   "The Barrowby Chronicle", "barrowbycourier.example", tz="uk")
wr("numer", "Formspring answer to your question",
   "Q: did I get the reader job?\nA: hi {n} – we took on {x} as our second numerologist for the hotline; she'd been covering weekends already. thanks for trying out x\n({co})",
   "Ninefold Numbers Hotline", "ninefold.example", tz="usp", x="Rosaura Solis")
wo("application_received", "numer", "Formspring answer to your question",
   "Q: did my application for the hotline arrive?\nA: yes {n}, it did. picked or not, each numerologist who applied gets an answer here by the 30th\n({co})",
   "Ninefold Numbers Hotline", "ninefold.example", tz="usp")
wr("rough", "TELETYPE: RIG 14 CREW",
   "TO {N} FROM TOOLPUSHER RIG 14 {co} STOP FLOORHAND SLOT FILLED BY {x} FROM NIGHT TOUR STOP THANKS FOR COMING OUT STOP {sig}",
   "Caprock Wells", "caprockdrilling.example", tz="usc", x="LYLE PRUITT")
wo("interview", "rough", "TELETYPE: RIG 14 CREW",
   "TO {N} FROM TOOLPUSHER {co} STOP COME TO YARD {DL} 0600 FOR WALK AROUND AND CHAT STOP UNFORTUNATELY CREW VAN IN SHOP SO DRIVE YOURSELF STOP {sig}",
   "Llano Wells", "llanobasin.example", tz="usc")
wr("sandhog", "Palringo group message – bore crew",
   "[Palringo · Local 147 bore crew]\n{n}: thanks for showing at the shaft. Super says the open spot went to {x}, he was on the last bore with us.\n– {sig}",
   "Hudson Bore Tunnelling", "hudsonbore.example", tz="use", x="Tommy Gagliardi")
wo("application_received", "sandhog", "Palringo group message – bore crew",
   "[Palringo · bore crew]\n{n}: got your name on the list. Super calls everyone back once the new shaft crew is set, in or out.\n– {sig}",
   "Hudson Bore Tunnelling", "hudsonbore.example", tz="use")
wr("mudlog", "Nimbuzz chat",
   "[Nimbuzz]\n{sig}: hey {n}, about the mudlogger hitch – ops went with {x}, who's logged on two of our pads already. thanks for sending the CV over\n{sig}: good luck",
   "Grainfield Geoservices", "grainfield-geo.example", tz="cam", x="Ryker Haugen")
wo("next_steps", "mudlog", "Nimbuzz chat",
   "[Nimbuzz]\n{sig}: hi {n}, ops wants your H2S Alive card and a gas detector refresher cert before {dl}, then we can book the hitch",
   "Grainfield Geoservices", "grainfield-geo.example", tz="cam")
wr("ragman", "Ning message from the rag round",
   "[message via the Totters' Yard Ning network]\nHello {n}, thanks for asking after the cart round. Albert's lad {x} has taken it on, he knows every back lane already.\n{sig}",
   "Stepney Rag & Bone Round", "raground.example", tz="uk", x="Wilf")
wo("offer", "ragman", "Ning message from the rag round",
   "[message via the Totters' Yard Ning network]\nHello {n}, the Thursday round can be yours from {dl}, just say the word. Be at the yard by seven.\n{sig}",
   "Bethnal Rag Carts", "bethnalrags.example", tz="uk")
wr("story", "Pownce note: storyboarder",
   "[Pownce note]\n{n} – thanks for the boards. The director booked {x} for the spot; he cut the last two with her. Really nice frames though.\n{sig}, {co}",
   "Panelbeat Pictures", "panelbeat.example", tz="usp", x="Sidonie Duvall")
wo("application_received", "story", "Pownce note: storyboarder",
   "[Pownce note]\n{n} – boards received. Booked or not, everyone who sent a sample hears from me by Monday.\n{sig}, {co}",
   "Framecut Studio", "framecut.example", tz="usp")
wr("intimacy", "Jaiku post: intimacy coordinator",
   "[Jaiku]\n@{n} thanks for talking with us – the production has engaged {x} as intimacy coordinator for the run. – {sig}, {co}",
   "Footlight Row Ensemble", "limelightrow.example", tz="uk", x="Abigail Reyes-Thorne")
wo("next_steps", "intimacy", "Jaiku post: intimacy coordinator",
   "[Jaiku]\n@{n} before we confirm, please send your training certificate and two production references by {dl}. – {sig}, {co}",
   "Greenroom Lane Ensemble", "greenroomlane.example", tz="uk")
wr("announce", "Ustream chat – PA announcer",
   "[Ustream chat · tryout stream]\n{sig}: {n} thanks for your read on stream. we've given the PA mic to {x} for the season\n{sig}: see you at a game!",
   "Prairie Dogs Baseball", "prairiedogs-bb.example", tz="cac", x="Marty Kozak")
wo("application_received", "announce", "Ustream chat – PA announcer",
   "[Ustream chat]\n{sig}: {n} got your audio clip. whoever gets the mic, each announcer who sent a clip hears back from us\n{sig}: tryouts after the home opener",
   "Prairie Dogs Baseball", "prairiedogs-bb.example", tz="cac")
wr("comment", "Diaspora message: match commentator",
   "[diaspora* message]\nHi {n}, thanks for the demo call of the county final. We went with {x} as second voice on the community station; he's done our away games.\n{sig}",
   "Riverside Community Sport Radio", "riversidesport.example", tz="ie", x="Pádraig Moran")
wo("interview", "comment", "Diaspora message: match commentator",
   "[diaspora* message]\nHi {n}, could you do a live test in the booth on {dl} at 7pm? Unfortunately the lift to the studio is out, so it's the stairs.\n{sig}",
   "Riverside Community Sport Radio", "riversidesport.example", tz="ie")
wr("sportscast", "FriendFeed comment on your reel",
   "[FriendFeed comment]\n{n}, good reel. The station hired {x} for the weekend sports desk; she anchored at our sister station. Thanks for applying.\n– {sig}, {co}",
   "KQVT Sports", "kqvt.example", tz="usm", x="Janae Whitfield")
wo("next_steps", "sportscast", "FriendFeed comment on your reel",
   "[FriendFeed comment]\n{n}, liked the reel. Next: send a two-minute stand-up and a written script sample by {dl}.\n– {sig}, {co}",
   "KWBN Sports", "kwbn.example", tz="usm")
wr("cantor", "Draugiem message: cantor",
   "[draugiem.lv message]\nDear {n}, thank you for singing for the committee. The congregation has engaged {x} as cantor for the High Holy Days.\n{sig}",
   "Riga Progressive Congregation", "rigacongregation.example", tz="lv", x="Dāvids Klein")
wo("application_received", "cantor", "Draugiem message: cantor",
   "[draugiem.lv message]\nDear {n}, your recording arrived. Engaged or not, each cantor who applied will hear from the committee after its meeting.\n{sig}",
   "Riga Progressive Congregation", "rigacongregation.example", tz="lv")
wr("tunesmith", "Google+ post: ad-tune writer",
   "[Google+ · shared with you]\nHey {n} – thanks for the demos. The agency gave the radio ad-tune brief to {x}, who wrote last year's spot.\n{sig}",
   "Hookline Audio", "hookline.example", tz="use", x="Benny Castellano")
wo("interview", "tunesmith", "Google+ post: ad-tune writer",
   "[Google+ · shared with you]\nHey {n} – come into the studio {dl} at 11 to play us a couple of ideas. Unfortunately the upright in room 2 is out of tune, so bring a keyboard if you can.\n{sig}",
   "Hookline Audio", "hookline.example", tz="use")
wr("lyric", "Tuenti message: lyricist",
   "[Tuenti]\nHola {n}! thanks for the lyrics in English. The band chose {x} to write the album, she already wrote two singles with them.\n{sig}",
   "Sello Marea Records", "sellomarea.example", tz="es", x="Claudia Ferrer")
wo("application_received", "lyric", "Tuenti message: lyricist",
   "[Tuenti]\nHola {n}! your lyrics reached us. chosen or not, we write back to every lyricist before the band goes on tour\n{sig}",
   "Sello Marea Records", "sellomarea.example", tz="es")
wr("libretto", "Sonico message: librettist",
   "[Sonico]\nDear {n}, thanks for the scene you sent. The composer has commissioned {x} for the chamber piece.\n{sig}, {co}",
   "Cámara Lírica Sur", "camaralirica.example", tz="mx", x="Tomás Aguirre")
wo("interview", "libretto", "Sonico message: librettist",
   "[Sonico]\nDear {n}, the composer wants to meet you {dl} at 17:00. Unfortunately the rehearsal room's east wing has painters in, so it's the café downstairs instead.\n{sig}",
   "Cámara Lírica Sur", "camaralirica.example", tz="mx")
wr("crypto", "PictoChat message",
   "[PictoChat · room A]\n{sig}: {n} thx for doing the cipher test. we picked {x} for the puzzle room designer job. gl!",
   "Cipherden Puzzles", "cipherden.example", tz="jp", x="Itsuki Holloway")
wo("next_steps", "crypto", "PictoChat message",
   "[PictoChat · room B]\n{sig}: {n} pls solve the 3 test ciphers and send answers by {dl}!",
   "Cipherden Puzzles", "cipherden.example", tz="jp")
wr("cruci", "Plaxo message: cryptic setter",
   "[Plaxo message]\n{n}, thank you for the sample grid. The puzzles editor has taken on {x} for the Saturday cryptic.\n{sig}, {co}",
   "The Wexcombe Chronicle", "wexcombegazette.example", tz="uk", x="Rowena Tilbury")
wo("application_received", "cruci", "Plaxo message: cryptic setter",
   "[Plaxo message]\n{n}, your grid is in. Taken on or not, every setter who sent one gets a reply once the editor has solved them all.\n{sig}, {co}",
   "The Wexcombe Chronicle", "wexcombegazette.example", tz="uk")
wr("etym", "Gowalla comment",
   "[Gowalla comment at Ashgrove Wordhouse]\n{n} – thanks for the tour-guide tryout. We gave the word-history talks to {x}.\n{sig}",
   "Ashgrove Wordhouse", "ashgrove-words.example", tz="usc", x="Honorine Pask")
wo("interview", "etym", "Gowalla comment",
   "[Gowalla comment at Ashgrove Wordhouse]\n{n} – come give a ten-minute sample talk on {dl} at 1pm? Unfortunately the projector in the hall is broken.\n{sig}",
   "Ashgrove Wordhouse", "ashgrove-words.example", tz="usc")
wr("steno", "Odnoklassniki message",
   "[Odnoklassniki]\nHello {n}, thank you for the speed test. The court bureau hired {x}, who already works our evening hearings.\nBest, {sig}",
   "Volga Court Reporting Bureau", "volgacourt.example", tz="ru", x="Alina Petrenko")
wo("application_received", "steno", "Odnoklassniki message",
   "[Odnoklassniki]\nHello {n}, we got your speed test. Whoever is hired, all stenotypists who took it get our answer here.\nBest, {sig}",
   "Volga Court Reporting Bureau", "volgacourt.example", tz="ru")
wr("volcano", "Heliograph message (transcribed by the base camp)",
   "[heliograph from the summit hut, transcribed at base camp]\nTO {N}. FIELD ASSISTANT PLACE GIVEN TO {x}. THANK YOU FOR CLIMBING UP. {sig}",
   "Ruapani Crater Station", "craterstation.example", tz="nz", x="TAINUI KEEPA")
wo("next_steps", "volcano", "Heliograph message (transcribed by the base camp)",
   "[heliograph from the summit hut, transcribed at base camp]\nTO {N}. SEND MEDICAL AND ALPINE SAFETY CERTIFICATE BY {DL}. THEN YOU FLY IN. {sig}",
   "Ruapani Crater Station", "craterstation.example", tz="nz")
wr("glacier", "Miiverse post",
   "[Miiverse · Glacier Camp community]\n{n}! thanks for applying to the ice-core camp. The team took {x} for the summer season. stay cool!\n– {sig}",
   "Icefield Core Camp", "icefieldcore.example", tz="cap", x="Erin Saltzman")
wo("application_received", "glacier", "Miiverse post",
   "[Miiverse · Glacier Camp community]\n{n}! application received. Picked or not, everyone gets a post from us before the month is out.\n– {sig}",
   "Icefield Core Camp", "icefieldcore.example", tz="cap")
wr("myco", "Dreamcast chat log",
   "[PlanetWeb chat on a Dreamcast, saved log]\n<{sig}> {n}, about the mycologist job at the farm – we hired {x}, she knows our pleurotus rooms\n<{sig}> thanks for coming by",
   "Sporehaven Farm", "sporehaven.example", tz="auq", x="Saskia Wu")
wo("offer", "myco", "Dreamcast chat log",
   "[PlanetWeb chat on a Dreamcast, saved log]\n<{sig}> {n}, grow-room job's yours from {dl}, keen?\n<{sig}> unfortunately coffee machine is dead",
   "Sporehaven Farm", "sporehaven.example", tz="auq")
wr("herp", "StumbleUpon share note",
   "[shared via StumbleUpon with a note]\n{n} – thanks for the interview. The amphibian house keeper job went to {x}.\n{sig}",
   "Bramblewood Amphibian House", "bramblewood-amphibians.example", tz="use", x="Curtis Oyelowo")
wo("interview", "herp", "StumbleUpon share note",
   "[shared via StumbleUpon with a note]\n{n} – could you come for a walk-round interview on {dl}, 10am? Unfortunately the misting system is off that week.\n{sig}",
   "Bramblewood Amphibian House", "bramblewood-amphibians.example", tz="use")
wr("dendro", "Vero message",
   "[Vero]\nHi {n}, thanks for the sample tree-ring count. The lab took {x} for the field season; she cored for us last summer.\n{sig}",
   "Ringwidth Dating Lab", "ringwidth.example", tz="usm", x="Paloma Greer")
wo("offer", "dendro", "Vero message",
   "[Vero]\nHi {n}, the coring crew has room for you from {dl}. Unfortunately the field truck has no aircon.\n{sig}",
   "Ringwidth Dating Lab", "ringwidth.example", tz="usm")
wr("phil", "Skywriting over the postmark fair (photographed and transcribed)",
   "[skywritten over the postmark fair, photographed]\n{N} – APPRAISER JOB TO {x} – THANKS – {co}",
   "Perforation Auctions", "perforation.example", tz="au", x="MAVIS")
wo("offer", "phil", "Skywriting over the postmark fair (photographed and transcribed)",
   "[skywritten over the postmark fair, photographed]\n{N} – APPRAISER JOB IS YOURS – START {DL} – {co}",
   "Hinge & Mount Philatelics", "hingemount.example", tz="au")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "طلب العمل في المعصرة",
   "السيد/ة {n}،\nنشكرك على زيارتك للمعصرة. قررنا أن نعطي مكان العامل في الموسم لابن أحد شركائنا، فهو يعمل معنا منذ ثلاث سنوات.\nمع التقدير،\n{sig}\n{co}",
   "معصرة الزيتونة الذهبية بصفاقس", "sfax-press.example", tz="tn", lang="ar")
wo("application_received", "ar", "استلمنا طلبك",
   "السيد/ة {n}،\nوصلنا طلبك للعمل في موسم الجني. سواء قُبلت أم لا، سنتصل بك بعد اجتماع الشركاء في آخر الشهر.\n{sig}\n{co}",
   "معصرة الزيتونة الذهبية بصفاقس", "sfax-press.example", tz="tn", lang="ar")
wr("de", "Ihre Bewerbung als Drechsler/in",
   "Hallo {n},\n\ndanke für den Nachmittag an unserer Drehbank. Die Stelle an der Drehbank hat inzwischen Frau Lorenz übernommen, die uns seit dem Frühjahr an der Bank hilft.\n\nHerzliche Grüße\n{sig}\n{co}",
   "Spielzeugmacherei Seiffener Reifen", "seiffen-reifen.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Probetag",
   "Hallo {n},\n\npasst Ihnen am {dl} ein Probetag, Beginn um acht? Leider ist unser Parkplatz gerade eine Baustelle, bitte am Bahnhof parken.\n\n{sig}\n{co}",
   "Spielzeugmacherei Seiffener Reifen", "seiffen-reifen.example", tz="de", lang="de")
wr("es", "Sobre el puesto en el taller",
   "Hola {n}:\n\nGracias por venir a probar en el taller. El maestro decidió quedarse con Efrén, el sobrino de don Chucho, que ya lleva dos años lijando tapas con nosotros.\n\nSaludos cordiales,\n{sig}\n{co}",
   "Guitarrería Tzirapu de Cherán", "tzirapu.example", tz="mx", lang="es")
wo("application_received", "es", "Recibimos tu solicitud",
   "Hola {n}:\n\nYa tenemos tu solicitud para aprendiz. Te quedes o no, te mandamos mensaje antes de la feria de agosto.\n\n{sig}\n{co}",
   "Guitarrería Tzirapu de Cherán", "tzirapu.example", tz="mx", lang="es")
wr("fr", "Votre candidature – lissier/lissière",
   "Bonjour {n},\n\nMerci pour votre visite chez nous. La place de lissier a été confié à Mme Peyroux, qui a fait son apprentissage chez nous.\n\nBien cordialement,\n{sig}\n{co}",
   "Tapisserie Creuse et Laine de Felletin", "laine-felletin.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Pièces à fournir",
   "Bonjour {n},\n\nProchaine étape : deux photos d'échantillons tissés et votre certificat de formation, avant le {dl}, par courriel.\n\n{sig}\n{co}",
   "Tapisserie Creuse et Laine de Felletin", "laine-felletin.example", tz="fr", lang="fr")
wr("hi", "छपाई कारीगर पद",
   "प्रिय {n},\nआपने हमारी छपाई इकाई में आवेदन किया, धन्यवाद। यह जगह हमने रमेश भाई के बेटे को दे दी है, जो पहले से ठप्पे धोने का काम करता है।\nशुभकामनाएँ,\n{sig}\n{co}",
   "नीलकंठ छपाईख़ाना", "neelkanth-chhapai.example", tz="in", lang="hi")
wo("application_received", "hi", "आवेदन मिल गया",
   "प्रिय {n},\nअर्ज़ी मिली, धन्यवाद। चुने जाओ या नहीं, रविवार तक सबके फ़ोन पर संदेश आ जाएगा।\n{sig}\n{co}",
   "नीलकंठ छपाईख़ाना", "neelkanth-chhapai.example", tz="in", lang="hi")
wr("it", "Candidatura – confettatura",
   "Gentile {n},\n\ngrazie di essere venuta a vederci. Il posto alla bassina lo abbiamo dato a Carmela, figlia del capo reparto, che lavora con noi ogni estate.\n\nCordiali saluti,\n{sig}\n{co}",
   "Confetteria Majella", "confetteria-majella.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Gentile {n},\n\nle offriamo volentieri il posto al confezionamento a partire dal {dl}. Purtroppo la mensa è chiusa per lavori, si porti il pranzo.\n\n{sig}\n{co}",
   "Confetteria Majella", "confetteria-majella.example", tz="it", lang="it")
wr("ja", "採用選考の結果について",
   "{n}様\n\n先日は工場見学と面接にお越しいただき、ありがとうございました。研磨担当には、社内で長く検品を担当してきた者が就くことになりました。\n\n{co}\n{sig}",
   "三条研磨洋食器製作所", "sanjo-kenma.example", tz="jp", lang="ja")
wo("interview", "ja", "面接日時のご案内",
   "{n}様\n\n書類を拝見しました。{dl}の午後2時に工場で面接をお願いできますか。あいにく正門が工事中のため、裏口からお入りください。\n\n{co}\n{sig}",
   "三条研磨洋食器製作所", "sanjo-kenma.example", tz="jp", lang="ja")
wr("ko", "나전 공방 지원 결과",
   "{n}님께,\n\n공방을 찾아 주셔서 감사합니다. 이번 자리는 저희 공방에서 삼 년째 자개 손질을 해 오신 분께 맡기기로 했습니다.\n\n{sig} 드림\n{co}",
   "여수 바다빛 나전공방", "yeosu-najeon.example", tz="kr", lang="ko")
wo("next_steps", "ko", "포트폴리오 제출 안내",
   "{n}님께,\n\n다음 단계로 작업 사진 다섯 장과 간단한 자기소개서를 {dl}까지 보내 주세요.\n\n{sig} 드림\n{co}",
   "여수 바다빛 나전공방", "yeosu-najeon.example", tz="kr", lang="ko")
wr("pt", "Candidatura – bordadeira",
   "Olá {n},\n\nfoi um gosto recebê-la cá. Ficámos com a D. Amélia, que já bordava tapetes para nós em casa há vários anos.\n\nCumprimentos,\n{sig}\n{co}",
   "Tapeçaria Ponto de Mora", "pontoarraiolos.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho",
   "Olá {n},\n\ngostávamos de a ter connosco na oficina a partir de {dl}. Infelizmente o aquecedor da sala grande avariou, traga um casaco.\n\n{sig}\n{co}",
   "Tapeçaria Ponto de Mora", "pontoarraiolos.example", tz="pt", lang="pt")
wr("ru", "По вашей заявке",
   "Здравствуйте, {n}!\n\nБлагодарим за пробный день у нас в мастерской. Место у мастера по росписи подносов мы отдали Кате Зуевой, она у нас проходила практику.\n\nВсего доброго,\n{sig}\n{co}",
   "Мастерская расписных подносов «Тверская вишня»", "tver-vishnya.example", tz="ru", lang="ru")
wo("application_received", "ru", "Заявка получена",
   "Здравствуйте, {n}!\n\nЗаявка дошла. Возьмём вас или нет, напишем всем, кто прислал заявку, к концу месяца.\n\n{sig}\n{co}",
   "Мастерская расписных подносов «Тверская вишня»", "tver-vishnya.example", tz="ru", lang="ru")
wr("sw", "Kuhusu nafasi ya karakana",
   "Ndugu {n},\n\nTunashukuru ulipotutembelea karakana. Kazi ya msaidizi tumempa Rashidi, mpwa wa mzee Athumani, anayetusaidia hapa tangu mwaka uliopita.\n\nHeri njema,\n{sig}\n{co}",
   "Chama cha Wachongaji Kaole", "bagamoyo-vinyago.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ni yako",
   "Ndugu {n},\n\nTungependa uanze kazi karakana tarehe {dl}. Tatizo moja: umeme hukatikakatika mchana, hivyo kazi huanza alfajiri.\n\n{sig}\n{co}",
   "Chama cha Wachongaji Kaole", "bagamoyo-vinyago.example", tz="tz", lang="sw")
wr("th", "ผลการสมัครงานที่สวน",
   "สวัสดีค่ะ คุณ{n}\n\nขอบคุณที่มาดูงานที่สวนส้มโอ ตำแหน่งคนห่อผลเราได้ให้น้องชายของลุงสมศักดิ์ เขามาช่วยที่สวนตั้งแต่ต้นปีก่อน\n\nขอบคุณค่ะ\n{sig}\n{co}",
   "สวนส้มโอสามพรานบ้านริมน้ำ", "banrimnam-pomelo.example", tz="th", lang="th")
wo("interview", "th", "นัดคุยที่สวน",
   "สวัสดีค่ะ คุณ{n}\n\nเชิญมาคุยที่สวนวันที่ {dl} ตอนเก้าโมง แต่ถนนหน้าสวนกำลังซ่อมอยู่ กรุณาเข้าทางวัด\n\n{sig}\n{co}",
   "สวนส้มโอสามพรานบ้านริมน้ำ", "banrimnam-pomelo.example", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında",
   "Merhaba {n},\n\nAtölyemize geldiğiniz için teşekkürler. Sır ustası yanındaki yeri, iki yıldır bizde fırın işine bakan Mehmet'in kardeşine verdik.\n\nSaygılarımızla,\n{sig}\n{co}",
   "Altıntaş Lale Seramik Evi", "kutahya-lale.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Belgeler",
   "Merhaba {n},\n\nDevam edebilmemiz için ustalık belgenizi ve sağlık raporunuzu {dl} tarihine kadar gönderir misiniz?\n\n{sig}\n{co}",
   "Altıntaş Lale Seramik Evi", "kutahya-lale.example", tz="tr", lang="tr")
wr("ur", "سلائی کی ملازمت",
   "محترم {n}،\nآپ کی درخواست کا شکریہ۔ سلائی والی جگہ پر ہمارے پرانے کاریگر کا بیٹا رکھ لیا گیا ہے، وہ پچھلے سال سے یہیں سیکھ رہا ہے۔\nنیک تمنائیں،\n{sig}\n{co}",
   "سمبڑیال اسٹار فٹ بال سلائی مرکز", "sambrial-star.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات بھیجیں",
   "محترم {n}،\nآگے بڑھنے کو شناختی کارڈ کی نقل اور پرانے مالک کا خط {dl} سے پہلے ارسال کریں۔\n{sig}\n{co}",
   "سمبڑیال اسٹار فٹ بال سلائی مرکز", "sambrial-star.example", tz="pk", lang="ur")
wr("zh", "关于您的应聘",
   "{n}您好：\n\n谢谢您来茶厂面试。制茶师傅助手的位置，我们给了在厂里做了两年拣茶工的小林。\n\n祝好\n{sig}\n{co}",
   "安溪铁观音云岭茶厂", "anxi-yunling.example", tz="cn", lang="zh")
wo("application_received", "zh", "已收到您的申请",
   "{n}您好：\n\n您的申请我们已经收到。不管是否录用，月底前都会给每位申请人回复。\n\n{sig}\n{co}",
   "安溪铁观音云岭茶厂", "anxi-yunling.example", tz="cn", lang="zh")
wr("lud", "Työ marjakuivattamos",
   "Terveh {n}!\n\nSpasibo, što tulid meile. Marjakuivattamon töhäh myö otimme Nastjan, kudai on jo kaks vuottu meil abuna olnuh.\n\nKaikkie hyviä,\n{sig}\n{co}",
   "Kuujärven Marja-artel", "kuujarvi-marja.example", tz="ru", lang="lud")
wo("application_received", "lud", "Paperit tuldih",
   "Terveh {n}!\n\nSinun paperit tuldih meile. Otammo libo emmo ota, kaikile kirjutammo kuun lopuh sah.\n\n{sig}\n{co}",
   "Kuujärven Marja-artel", "kuujarvi-marja.example", tz="ru", lang="lud")
wr("izh", "Kalaosuuskunnan työ",
   "Tere {n}!\n\nKiitämmä kirjast. Verkkoi korjajan paikan saa Vasja, kummoin on jo kolm talvee meijen kalamiesten kanssa käynt.\n\nKaikkia hüvää,\n{sig}\n{co}",
   "Soikkolan Kalaosuuskunta", "soikkola-kala.example", tz="ru", lang="izh")
wo("application_received", "izh", "Kirja tul",
   "Tere {n}!\n\nSiun kirja tul meil. Otetaa vai ei, kaikile vastataa enne jäänlähtöä.\n\n{sig}\n{co}",
   "Soikkolan Kalaosuuskunta", "soikkola-kala.example", tz="ru", lang="izh")
wr("vot", "Muzeilavka töö",
   "Terä {n}!\n\nAitäh, što tulid Luutsaa. Lavka tööhö mein võtimma Maša, kumpa om meil jo kahs suvvõa abiz olnu.\n\nKõkkõa hüvvää,\n{sig}\n{co}",
   "Luutsa Külämuzei Lavka", "luutsa-lavka.example", tz="ru", lang="vot")
wo("interview", "vot", "Tulkaa jutõlõmaa",
   "Terä {n}!\n\nTulkaa {dl} kell 11 muzeisõ jutõlõmaa. Paha kül, tee muzeijõ on pajattu, tulkaa jalgaa silta müü.\n\n{sig}\n{co}",
   "Luutsa Külämuzei Lavka", "luutsa-lavka.example", tz="ru", lang="vot")
wr("ruq", "Ti lucru la pimniță",
   "Dragă {n},\n\nvă mulțămim că vinit la pimnița di Huma. Lucrul l-dădum la Stoian, ficiorlu a vecinului, care lucrează cu noi di trei an.\n\nCu sănătati,\n{sig}\n{co}",
   "Pimnița Humă di Ghevghelii", "huma-pimnita.example", tz="mk", lang="ruq")
wo("next_steps", "ruq", "Hârtii ti lucru",
   "Dragă {n},\n\nti s-mergem ma ninti, pitricits-ni cartea di identitati și adeverința di la doctor pân la {dl}.\n\n{sig}\n{co}",
   "Pimnița Humă di Ghevghelii", "huma-pimnita.example", tz="mk", lang="ruq")
wr("mhn", "De oarbet en der kasarei",
   "Liaber {n},\n\nvergelt's Gott as de pist kemmen en de kasarei. De oarbet hom ber en Reinhold gem, der schua zboa summer pa ins gorbetet hot.\n\nOls guat,\n{sig}\n{co}",
   "Kasarei Palai en Bersntol", "palai-kasarei.example", tz="it", lang="mhn")
wo("interview", "mhn", "Kim en de kasarei",
   "Liaber {n},\n\nkim en {dl} um neina en de kasarei za reidn. Leider ist der beg afn pèrg zua, nimm en ondern beg.\n\n{sig}\n{co}",
   "Kasarei Palai en Bersntol", "palai-kasarei.example", tz="it", lang="mhn")
wr("yec", "Wegen der Maloche",
   "Griass di {n},\n\nmerci für dein Schreiben. Die Maloche in der Besenwerkstatt hamma em Seppi gebn, dem Neffen vom Alten, der schefft schon zwoa Johr bei uns.\n\nAlles Guate,\n{sig}\n{co}",
   "Besenbinderei Fahrende Chur", "besen-chur.example", tz="ch", lang="yec")
wo("offer", "yec", "D'Maloche ghört dir",
   "Griass di {n},\n\nd'Maloche in der Werkstatt ghört dir ab em {dl}, wenn du magst. Leider isch der Ofen im Wagen kaputt, nimm warme Sachen mit.\n\n{sig}\n{co}",
   "Besenbinderei Fahrende Chur", "besen-chur.example", tz="ch", lang="yec")
wr("crg", "La job dans la cuisine",
   "Taanishi {n},\n\nmarsii pour ta lettre. La job dans la cuisine, li boss la donnii a Rita, sa nyès, aen vyeu d'la famii.\n\nKihtwam marsii,\n{sig}\n{co}",
   "Li Galet Saint-Laurent", "ligalet.example", tz="cac", lang="crg")
wo("application_received", "crg", "Ta lettre",
   "Taanishi {n},\n\nta lettre ayaawaan. Pran ou pa pran, li boss i va twaa ekrii devant la fin du mwaa.\n\n{sig}\n{co}",
   "Li Galet Saint-Laurent", "ligalet.example", tz="cac", lang="crg")
wr("bci", "Junman'n wie",
   "N'di {n},\n\nA wa atelye'n nun, e mo! Junman'n, e man Kouakou, Amani i wa'n, ɔ ti be sran m'ɔ di junman nun afuɛ nnyɔn.\n\nNyanmiɛn su yo ɔ,\n{sig}\n{co}",
   "Atelye Sakassou Tanni", "sakassou-tanni.example", tz="ci", lang="bci")
wo("application_received", "bci", "E nyan a flua'n",
   "N'di {n},\n\nE nyan a flua'n. E fa wɔ'n o, e fa wɔ'n cɛ o, e klɛ sran kwlaa flua kpɔ.\n\n{sig}\n{co}",
   "Atelye Sakassou Tanni", "sakassou-tanni.example", tz="ci", lang="bci")
wr("yai", "Оид ба кори зардолу",
   "Салом {n}!\n\nРаҳмат, ки ба мо омадӣ. Кори хушк кардани зардолуро ба писари Раҳмон додем, ки ду сол боз бо мо кор мекунад.\n\nХайр,\n{sig}\n{co}",
   "Ширкати зардолуи Анзоб", "anzob-zardolu.example", tz="tj", lang="yai")
wr("hoj", "কামের বিষয়ে",
   "নমস্কার {n},\nআপুনি চিঠি দিছে, ধন্যবাদ। ধান ভাঙার কামটো আমরা বিমলর ভাইপো কে দিছি, তাই দুই বছর ধরি ইখানে কাম করিছে।\nভাল থাকিবেন,\n{sig}\n{co}",
   "হালুয়াঘাট ধান ভাঙা ঘর", "haluaghat-dhan.example", tz="bd", lang="hoj")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Quirkwork Weekly: three odd openings",
   "Hi {n},\n\nThis week on Quirkwork: cryptic setter near Wexcombe, PA announcer for a minor-league club near Weyburn, coring crew member out of Livingston.\n\nQuirkwork",
   "Quirkwork", "quirkwork.example", frm="Quirkwork <weekly@{dom}>", tz="uk")
wo("non_job_rejection_words", "nojob", "Stamp fair table booking",
   "Hi {n},\n\nThanks for booking a dealer table at the spring postmark fair. Every table has been taken, and yours is on the waiting list; your fee has been refunded.\n\n{sig}\n{co}",
   "Perforation Auctions", "perforation.example", tz="au")

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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "lud": "{d}.{m}.{y}", "izh": "{d}.{m}.{y}", "vot": "{d}.{m}.{y}", "ruq": "{d}.{m}.{y}",
    "mhn": "{d}.{m}.{y}", "yec": "{d}.{m}.{y}", "crg": "{d}/{m}/{y}", "yai": "{dd}.{mm}.{y}", "hoj": "{d}/{m}/{y}",
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
        rec["id"] = f"blind55:{short}-{counters[short]:03d}"
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
