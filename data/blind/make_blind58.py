# ruff: noqa: E501, S311
"""Write the fifty-eighth sealed blind slice for issue 11 (blind-slice-58.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 58 and later never read; our side printed)
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

SEED = 580581
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-58.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 58
FIRST_DAY = dt.date(2025, 1, 8)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Wilhelmina Crouch", "Fiachra Ó Dubhda", "Anusha Raghavan", "Tobias Ellingham", "Zodwa Mkhwanazi",
    "Tamihana Paewai", "Henrietta Voyce", "Ruairí Gilsenan", "Chidinma Okafor", "Ambrose Fairweather",
    "Akosua Boatemaa", "Sanele Mabaso", "Devika Menon", "Padraig Kinsella", "Ifeoma Chukwu",
    "Ghislaine Lacasse", "Hemi Rewiti", "Bláthnaid Feeney", "Harikrishnan Subramaniam", "Orla Hennessy",
    "Dineo Molefe", "Jethro Pengelly", "Nandini Iyer", "Wojciech Sadowski", "Sjoerd Verhoeven",
    "Kojo Antwi", "Bongiwe Shabalala", "Tanvi Joshi", "Tadhg Dolan", "Akua Quaye",
    "Leofric Tamblyn", "Parisa Rahimi", "Imogen Thistlewood", "Rui Bettencourt", "Gráinne Ní Shé",
    "Oluwaseun Ajayi", "Ottoline Marchbank", "Mereani Raikoti", "Eamon Cusack", "Onkarabile Sebego",
]
REGION_SIGNERS = {
    "uk": ["Winifred Aspley", "Gethin Maddox", "Rukhsana Qureshi", "Alastair Dunbarton", "Peregrine Hollis", "Nerys Prothero", "Crispin Fairclough"],
    "ie": ["Séamus Hanrahan", "Caoimhe Dunleavy", "Cathaoir Breheny", "Úna Tierney"],
    "us": ["Marvella Hatcher", "Curtis Beaudry", "Yesenia Villareal", "Thorvald Lindqvist", "Bobbie Jo Tackett"],
    "ca": ["Mélanie Thibodeau", "Gurpreet Sandhu", "Taras Kowalchuk", "Rolande Arseneau"],
    "au": ["Kirralee Mcilwraith", "Stavros Pappas", "Brooke Dunstan", "Thao Nguyen"],
    "nz": ["Ngaio Paratene", "Ruaridh Gillanders", "Sefa Leota", "Ataahua Ngata"],
    "za": ["Refilwe Mahlangu", "Pieter du Plessis", "Ayanda Ntuli", "Chantelle Jacobs"],
    "in": ["Padmavathi Kolluru", "Anirban Ghosh", "Manpreet Kaur", "Tabassum Qazi"],
    "ng": ["Ngozi Umeh", "Segun Adeyemi"], "ke": ["Wanjiru Kamau", "Otieno Ochieng"],
    "ph": ["Rowena Villanueva", "Jericho Dimaculangan"], "sg": ["Goh Xiu Wen", "Thirumalai Pillay"],
    "br": ["Luciana Ferraz", "Caetano Moura"], "vn": ["Nguyễn Thu Hà", "Trần Văn Đạt"], "id": ["Ratna Wulandari", "Bambang Susilo"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "can": "ca", "cap": "ca",
    "auq": "au", "wa": "au", "aus": "au",
}
LANG_SIGNERS = {
    "ar": ["هالة الزعبي", "عمر الشمري"], "de": ["Hiltrud Zwerger", "Ansgar Kremsmayr"],
    "es": ["Inmaculada Bermejo", "Gonzalo Urrutia"], "fr": ["Solenn Kerhervé", "Armel Guillou"],
    "hi": ["सरोज चौहान", "दिनेश यादव"], "it": ["Rosanna Ghirardelli", "Ivano Castelletti"],
    "ja": ["木村 和子", "藤田 誠"], "ko": ["배정숙", "오재훈"], "pt": ["Lurdes Figueiredo", "Rui Magalhães"],
    "ru": ["Зинаида Воронцова", "Аркадий Белов"], "sw": ["Bi. Mwanaisha Juma", "Shabani Bakari"],
    "th": ["บุษบา ศรีสวัสดิ์", "ประเสริฐ จันทร์หอม"], "tr": ["Gülsüm Aydın", "Mustafa Kaya"],
    "ur": ["نسرین اختر", "عمران شیخ"], "zh": ["王淑芬", "陈志强"],
    "hni": ["Lugu Meiqi", "Aqi Bulu"], "nxq": ["He Lijuan", "Mu Wenhua"], "iii": ["Jjivo Ashy", "Qubi Vurgu"],
    "nio": ["Нина Костеркина", "Спиридон Турдагин"], "kpy": ["Валентина Кечгелькот", "Пётр Эттувги"],
    "itl": ["Людмила Запорощук", "Кирилл Халоймов"], "ppl": ["Genaro Lúe", "Paula López Tepas"],
    "mam": ["Juana Ramírez Pérez", "Efraín Bámaca"], "kuj": ["Nyangi Marwa", "Sagire Mwita"],
    "nyf": ["Kadzo Kazungu", "Kahindi Charo"],
}
LANG_RECIPIENTS = {
    "ar": ["لينا الجبوري", "فارس الحسيني"], "de": ["Zenzi Hofstätter", "Korbinian Ortner"],
    "es": ["Maitane Goikoetxea", "Ezequiel Pardo"], "fr": ["Gwenaëlle Le Goff", "Tanguy Rouxel"],
    "hi": ["ऋतंभरा पांडे", "गगनदीप बघेल"], "it": ["Debora Santangelo", "Mirko Baldassarre"],
    "ja": ["高橋 美咲", "森 拓海"], "ko": ["신지아", "권민수"], "pt": ["Leonor Quaresma", "Diogo Amaral"],
    "ru": ["Алёна Морозова", "Тимофей Зуев"], "sw": ["Neema Mushi", "Juma Kiwelu"],
    "th": ["กาญจนา พรหมมา", "ธนากร บุญมี"], "tr": ["Zeynep Arslan", "Emre Doğan"],
    "ur": ["عائشہ رضا", "بلال احمد"], "zh": ["张雨桐", "李俊杰"],
    "hni": ["Meilan Puma", "Zaqi Lubo"], "nxq": ["He Yun", "Mu Jiaxin"], "iii": ["Ama Shynra", "Jjike Lurhxa"],
    "nio": ["Ольга Кокорина", "Игнат Момде"], "kpy": ["Анна Яйылькут", "Семён Нутэвги"],
    "itl": ["Тамара Брагина", "Денис Ткаченко"], "ppl": ["Mélida Shule", "Cándido Tepaz"],
    "mam": ["Rosalba Matías", "Gaspar Ramos"], "kuj": ["Boke Nyamohanga", "Marwa Sagire"],
    "nyf": ["Sidi Mwambire", "Furaha Baya"],
}
GIVEN = {
    "Fiachra Ó Dubhda": "Fiachra", "Ruairí Gilsenan": "Ruairí", "Gráinne Ní Shé": "Gráinne",
    "Goh Xiu Wen": "Xiu Wen", "Bi. Mwanaisha Juma": "Mwanaisha", "Bobbie Jo Tackett": "Bobbie Jo",
    "Nguyễn Thu Hà": "Hà", "Trần Văn Đạt": "Đạt", "Pieter du Plessis": "Pieter",
}
PROVIDERS = ["wrenpost", "dunnockmail", "chiffbox", "stonechatnet", "whinchatpost", "goldcrestmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "ca": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "can": ("-0330", "-0230", "us"),
    "cap": ("-0800", "-0700", "us"),
    "gt": ("-0600", None, ""), "sv": ("-0600", None, ""), "br": ("-0300", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "krs": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "aus": ("+0930", "+1030", "au"), "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"),
    "kam": ("+1200", None, ""), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "ca", "cae", "cat", "can", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind58-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHello {sf},\n\nThanks again for Thursday. Has anything been settled on the job? Happy to dig out a second referee's number.\n\nBest wishes,\n{n}"
QNOTE_B = "\nHi {sf},\n\nTouching base after meeting you and the crew last week. Has anything landed yet? No hurry – I gather it's hectic there.\n\nCheers,\n{n}"
QUOTES = {
    "{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE,
    "{OUTB}": OUTLOOK + "Subject: {role}" + QNOTE_B, "{GMB}": GMAIL + QNOTE_B,
}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-closed", "Update on requisition R-{ref}: {role}",
   "Hello {n},\n\nRequisition R-{ref} ({role}) at {co} has been closed: the existing {x} bench team is absorbing the calibration work it covered. No one gets appointed off this posting, so your application lapses along with it.\n\nYou can keep your candidate profile and set up alerts for future openings.\n\n{co} Talent Acquisition",
   ("Kellaway Optomechanics", "Stourfield Alidades"), ("kellaway-instruments.example", "stourfield-optics.example"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Theodolite Technician", "Plumb Bob Assembler"), tz=("uk", "ie"), x=("theodolite", "plumb bob"))
mr("gh-accepted", "Your application to {co}",
   "Hi {n},\n\nQuick note on where the {role} opening stands. Another candidate, who has spent {x} at a tine-setting bench, took the offer we made. Sorry the news isn't kinder after the time you put in.\n\nBest wishes,\n{sig}\nRecruiting, {co}",
   ("Hartsop Tinesmiths", "Brannagh Hookware"), ("hartsopforge.example", "brannaghtools.example"),
   role=("Pitchfork Tine Shaper", "Sickle Peening Hand"), tz=("use", "ca"), x=("nine years", "a dozen seasons"))
mr("lever-other", "{co} – {role}",
   "Hey {n},\n\nLoved chatting about the {role} spot. Having weighed up the whole pile, we're going ahead with an applicant whose background sits closer to what the {x} line needs right now, which means yours stops here.\n\nRooting for you,\n{sig}, {co}",
   ("Quillon Deskware", "Murrelet Deskgoods"), ("quillondesk.example", "murreletstationers.example"),
   role=("Blotter Assembler", "Letter-Opener Buffer"), tz=("usp", "nz"), x=("suede-backed blotter", "olivewood letter-opener"))
mr("sr-table", "Application outcome – {role}",
   "<html><body><p>Dear {n},</p><p>Something has moved on your application.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Not progressed – position filled by another applicant</td></tr></table><p>{co} People Team</p></body></html>",
   ("Gonfalon Flagworks", "Swallowtail Pennants"), ("gonfalonflags.example", "swallowtailpennants.example"),
   frm="{co} via SmartRecruiters <noreply@smartrecruiters-mail.example>", role=("Bunting Machinist", "Pennant Cutter"), tz=("au", "za"))
mr("icims-disp", "{co}: {role} (Req {ref})",
   "Dear {n},\n\nYour candidate record for {role} was changed today.\n\nDisposition: Not Selected – {x}\n\nIt reflects a requirement of the post rather than your experience. There's nothing further for you to do on this requisition.\n\n{co} Human Resources",
   ("Duffelby Fastenings", "Slatehurst Louvre Co."), ("duffelby.example", "slatehurst-louvre.example"),
   frm="{co} HR <hr-notices@{dom}>", role=("Toggle Press Operator", "Louvre Blade Fitter"), tz=("usc", "cat"), x=("Right-to-Work Evidence Not Provided by Deadline", "Weekend Rota Unavailable"))
mr("taleo-closed", "Candidate notice – {role}",
   "{n},\n\nRequisition status: Closed – no hire\nYour candidacy: Not selected (requisition closed)\n\nThe {x} department will not fill this vacancy in the current planning year. Thank you for applying through the {co} careers site.\n\nThis is an automated notice.",
   ("Wickstead Snuffer Company", "Glimmerholt Tealights"), ("wickstead.example", "glimmerholt.example"),
   frm="{co} Recruitment <taleo-noreply@{dom}>", role=("Snuffer Former", "Tealight Line Packer"), tz=("use", "in"), x=("hand-spinning", "tealight-topping"))
mr("workable-count", "Re: {role} at {co}",
   "Hi {n},\n\n{x} people went for the {role} role, and reading them took longer than planned, apologies. Yours didn't make the handful going on to interviews. Ta for your patience.\n\nWarmly,\n{sig}\n{co}",
   ("Sponglewood Loofahs", "Badgerhair Shavecraft"), ("sponglewood.example", "badgerhairbrush.example"),
   frm="{sig} <{sl}@{dom}>", role=("Loofah Sizer", "Knot Setter"), tz=("au", "uk"), x=("sixty-four", "ninety-one"))
mr("bamboo-internal", "About the {role} position",
   "Hi {n},\n\nRe your application to {co}: we ended up filling the {role} hours from inside the business: {x} asked for them and already knows the machines, so the vacancy has been taken down.\n\nTake care,\n{sig}",
   ("Cullender Canworks", "Ferrous & Fennick"), ("cullenderiron.example", "ferrousfennick.example"),
   role=("Sprinkling-Can Seamer", "Footscraper Bender"), tz=("nz", "aus"), x=("Pania from the paint shop", "one of our dispatch lads, Kade"))
mr("tt-nonnative", "Your application – {role}",
   "Hello {n},\n\nMany thanks to apply for {role} in {co}. We have finish the selection and we decided to hire a person who is working with us already two years in {x}. For this reason your process stop here. We wish you success in next steps.\n\nRegards\n{sig}",
   ("Carimbo Sinetes", "Con Dấu Saigon Co."), ("carimbostamps.example", "condausaigon.example"),
   role=("Hanko Die Carver", "Inkbox Assembler"), tz=("br", "vn"), x=("the cutting room", "our packing section"))
mr("personio-nonnative", "{co} | {role}",
   "Dear {n},\n\nWe appreciate your wish to join {co}. After review of all candidates, our management has make choice for other applicant with more experience of {x}. Because of this, your application is now closed in our system.\n\nWith best regards,\n{sig}\nHR {co}",
   ("Waterpas Jaya", "Ikorodu Levelcraft"), ("waterpasjaya.example", "ikorodulevelcraft.example"),
   role=("Vial Calibrator", "Bevel Gauge Inspector"), tz=("id", "ng"), x=("vial setting", "calibration benches"))
mr("pinpoint-score", "{role}: assessment result",
   "Dear {n},\n\nIn the online assessment for {role} you scored {x}. Interview invitations went to scores of {y} and above, which means your application finishes here.\n\nWe know these tests take effort – thank you.\n\n{co} Recruitment Team",
   ("Greyfriars Mattock Co.", "Billhook & Slasher Ltd"), ("greyfriarsmattock.example", "billhookslasher.example"),
   frm="{co} <jobs@{dom}>", role=("Forge Helper", "Mattock Shop Operative"), tz=("uk", "ke"), x=("21 out of 45", "17 out of 40"), y=("30", "26"))
mr("jazz-gigs", "{role} gigs – quick update",
   "Hey {n}!\n\nThanks heaps for keen-ing up for our {role} gigs. All the summer dates are now booked with {x}, who we've worked with before. Hope our paths cross another time!\n\n{sig}\n{co}",
   ("Pompom Shindig Hire", "Streamerblast Co."), ("pompomhire.example", "confetticannon.example"),
   role=("face-painting", "piñata-party"), tz=("auq", "use"), x=("Tilly and Fenwick", "the Onwuachi sisters"))
mr("ashby-nonnative", "Application update – {role}",
   "Hi {n},\n\nGood day! Salamat for your application as {role} at {co}. After screening, our hiring team has choose another candidate whose experience is more match to the {x} requirement. We appreciate your time and effort po.\n\nBest regards,\n{sig}\nTalent Team",
   ("Lapu-Lapu Buri Handicrafts", "Capiz Windows Pte Ltd"), ("lapulapuburi.example", "capizwindows.example"),
   role=("Buri Frame Builder", "Capiz Panel Assembler"), tz=("ph", "sg"), x=("furniture export", "old shophouse"))

mr("once-newsstand", "The newsstand job",
   "Hi {n}, ta for the CV you left at the newsstand. My niece is home from uni this year and she's doing the mornings, so the job's sorted. Cheers for your interest. {sig}",
   "Tollbar Newsstand", "tollbarnews.example", tz="uk")
mr("once-nursery", "Seasonal hand – {co}",
   "Dear {n},\n\nYou asked about the seasonal pricking-out hand vacancy. We offered it to Brendan, who has been helping us on Saturdays since spring, and he said yes. Your letter goes in the drawer for next year.\n\n{sig}, {co}",
   "Furze Lane Seedlings", "furzelane.example", tz="ie")
mr("once-pushcart", "pushcart shifts",
   "hey {n}, sorry for the slow reply. my brother-in-law ended up taking the weekend pushcart shifts so nothing going right now. thanks for messaging though! {sig}",
   "Little Percolator Pushcart", "littlepercolator.example", tz="nz")
mr("once-bikeshop", "Re: workshop position",
   "Hi {n},\n\nNice of you to swing by the shop. We gave the workshop spot to a guy who already wrenches for our Sunday group ride, and he starts Monday. Good luck out there.\n\n{sig}\n{co}",
   "Spokeshave Cycles", "spokeshavecycles.example", tz="usm")
mr("once-frames", "Mitre bench assistant",
   "Dear {n},\n\nThe mount-cutting photos with your letter were a pleasure to see. Our former apprentice, Morwenna, has come back to us after her travels and has taken the assistant's position. I wish you every success.\n\nYours sincerely,\n{sig}\n{co}",
   "Mitre & Bevel", "mitremount.example", tz="uk")
mr("once-laundry", "Washeteria attendant",
   "Hi {n}, thank you for applying. The owner's cousin from Komani has moved up and is doing the attendant shifts now, so we're full. Regards, {sig}, {co}",
   "Suds & Tumble Washeteria", "sudstumble.example", tz="za")
mr("once-keys", "Key cutting counter",
   "Hello {n},\n\nAbout the counter job – Jaswinder, who covered my holidays last year, is coming on permanently, so I've no opening now. I'll keep your number.\n\n{sig}\n{co}",
   "Brasskey Keycutters", "brasskeyheel.example", tz="uk")
mr("once-printshop", "Print shop helper",
   "Hi {n},\n\nAbout the print shop helper job: it went to a polytechnic student who was attached to us for industrial training in June. Wishing you the best.\n\n{sig}\n{co}",
   "Duplo & Stitch Printers", "duplostitch.example", tz="sg")
mr("once-dogwalk", "Walker vacancy",
   "Hi {n},\n\nLoved your note about the walker vacancy. My neighbour, who already knows most of our dogs, is taking on the afternoon rounds, so the spot is gone. All the best,\n{sig}\n{co}",
   "Leadline Dogwalkers", "leadlinewalks.example", tz="ca")
mr("once-agege", "Breadhouse sales girl/boy",
   "Good afternoon {n},\n\nWe received your CV at the shop. Our former staff, Blessing, has been given the position, as she came back after her NYSC. We shall reach you if another space comes.\n\nRegards,\n{sig}\n{co}",
   "Agege Crust Breadhouse", "agegecrust.example", tz="ng")
mr("once-sacco", "Office assistant position",
   "Dear {n},\n\nRegarding the office assistant position at {co}: the committee has appointed a member's son who was already volunteering at the stage office. God bless your search.\n\n{sig}\nSecretary",
   "Mlolongo Commuters SACCO", "mlolongocommuters.example", tz="ke")
mr("once-carinderia", "Re: server/cashier",
   "Hi {n}! Thanks for applying po. The cashier job was taken by my kumare's daughter last week, sorry. God bless in your job hunting! - {sig}, {co}",
   "Lutong Bahay ni Aling Nena", "lutongbahaynena.example", tz="ph")
mr("once-rims", "Rim fitter job",
   "G'day {n},\n\nThanks for ringing about the rim fitter job. One of the lads from our other depot put his hand up to transfer and he's got it, so we're set. Cheers,\n{sig}\n{co}",
   "Spinifex Rims", "spinifexwheel.example", tz="wa")
mr("once-tailor", "Alteration helper",
   "Dear {n},\n\nWe received your kind application. Our long-time helper Meenu has brought her daughter, who already knows hemming and buttonholes, and she will join us. So we do not need another person at present.\n\nRegards,\n{sig}\n{co}",
   "Kashid Stitch Kholi", "kashidstitch.example", tz="in")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-floorball", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nCheers for waiting, and for the good chat last week. We've taken on {x} as {role}; she has run our kit store every season since the club formed.\n\nAll the best,\n{sig}\n\n{OUT}",
   ("Brackenrigg Floorball Club", "Lakehead Floorball Club"), ("brackenriggfloorball.example", "lakeheadfloorball.example"),
   role=("Equipment Officer", "Equipment Officer"), tz=("uk", "cae"), x=("Iseabail", "Lorraine"))
mr("th-ikebana", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nLovely chatting at the open morning. {x} is going to be our {role} once the new month starts – she has kept our vases and kenzan in order for two years.\n\nWarmly,\n{sig}\n\n{GM}",
   ("Kenzan Ikebana School", "Shoka Ikebana School"), ("kenzanikebana.example", "shokaikebana.example"),
   role=("School Administrator", "School Administrator"), tz=("nz", "usp"), x=("Ingrid", "Paloma"))
mr("th-octopush", "RE: [EXT] RE: {role}",
   "Dear {n},\n\nThe committee enjoyed meeting you. {x} has been appointed {role}; he has run our Thursday pool sessions for the last three seasons.\n\nBest regards,\n{sig}\n\n{ORIG}",
   ("Fellside Octopush Club", "Liffeyside Octopush Club"), ("fellsideoctopush.example", "liffeysideoctopush.example"),
   role=("Events Coordinator", "Events Coordinator"), tz=("uk", "ie"), x=("Ruaridh", "Tomás"))
mr("th-dodgeball", "Re: [EXT] RE: {role}",
   "Hey {n},\n\nStoked you came in and ran that practice session. The {role} job went to {x}, who has been on our Tuesday referee roster for ages.\n\nCatch you at the hall,\n{sig}\n\n{RULE}",
   ("Chalkline Dodgeball League", "Crimson Dodgeball League"), ("chalklinedodgeball.example", "crimsondodgeball.example"),
   role=("League Coordinator", "League Coordinator"), tz=("au", "ca"), x=("Tamsin", "Reuben"))
mr("th-caber", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nSo glad you came along to club night. We asked {x} to take on the {role} role and she has said yes; she has looked after the club's kit as a volunteer for years.\n\nKind regards,\n{sig}\n\n{OUTB}",
   ("Glenbuchat Caber Society", "Serangoon Quidditch Club"), ("glenbuchatcaber.example", "serangoonquidditch.example"),
   role=("Kit Steward", "Kit Steward"), tz=("uk", "sg"), x=("Harriet", "Xin Yi"))
mr("th-library", "Re: [EXT] Re: {role}",
   "Hello {n},\n\nWe were glad of your time at interview. The trustees chose {x} for the {role} post; he has run our Saturday reading circle as a volunteer since it began.\n\nWith thanks,\n{sig}\n\n{GMB}",
   ("Mechanics' Institute Library", "Eastgate Subscription Library"), ("mechanicsinstitute.example", "eastgatelibrary.example"),
   role=("Library Assistant", "Library Assistant"), tz=("aus", "za"), x=("Vusi", "Jonah"))
mr("th-insectarium", "RE: [EXT] RE: {role}",
   "Hi {n},\n\nEnjoyed going through the evening programme with you. {x} has accepted the {role} job; she led our glowworm evenings as a casual for two years.\n\nCheers,\n{sig}\n\n{OUT}",
   ("Darkhill Insectarium", "Karori Insectarium"), ("darkhillinsectarium.example", "karoriinsectarium.example"),
   role=("Night Walk Guide", "Night Walk Guide"), tz=("uk", "nz"), x=("Anwen", "Kahu"))
mr("th-tchouk", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nLoved your taster session and the chat after. We've signed {x} as our {role}; he has coached our junior squad with us since 2022.\n\nBest,\n{sig}\n\n{GM}",
   ("Big Net Tchoukball Club", "Rebound Tchoukball School"), ("bignettchoukball.example", "reboundtchoukball.example"),
   role=("Youth Tchoukball Tutor", "Youth Tchoukball Tutor"), tz=("use", "in"), x=("Joaquín", "Nikhilesh"))
# ---- 8 clear refusals under long footers
FOOT_A = "\n\n——\nMizzle & Bramble · Rain gear for every season\nThis week only: two pairs of cord gaiters for the price of one. Members of the Drizzle Club collect double stamps.\nManage your job alerts under Careers > My Alerts. We keep candidate records for nine months, then delete them.\nGot this in error? Let us know, then bin it."
FOOT_B = "\n\n——\nTrailhand Workshirts – flannel shirts & work pants\nText TRAILJOBS to 40404 for store openings by SMS (STOP ends them). Trailhand is an equal-chance employer.\nPrivacy choices: Account > My Data. Replies to this mailbox go nowhere."
FOOT_C = "\n\n——\nSunhat Society stores\nFree hat-box with any wide-brim this weekend. Our Store Careers digest lands in your inbox every second Monday – change how often under Preferences.\nQuestions about your personal information: the privacy team via the website form. Meant for the addressee alone."
FOOT_D = "\n\n——\nAnkara Weft Boutiques\nWax-print headwraps now in stock, buy two get one. Text LOOMJOBS to receive store vacancies by SMS.\nApplicant data is handled under POPIA (South Africa) and the NDPA (Nigeria). PRIVATE: intended only for the addressee."
mr("foot-gaiters", "Your application: {role}",
   "Dear {n},\n\nInterviews for {role} at our {x} store have wrapped up. Sorry – the post goes to another applicant, not you, this time round.\n\nKind regards,\n{sig}\nStore Manager" + FOOT_A,
   "Mizzle & Bramble", ("mizzlebramble.example", "mizzlebramble-ie.example"), role=("Sales Advisor", "Weekend Sales Advisor"), tz=("uk", "ie"), x=("high street", "shopping centre"))
mr("foot-flannel", "An update on your Trailhand application",
   "Hi {n},\n\nAppreciate you throwing your hat in for {role} at Trailhand. After a close read, we're passing on your application for this opening.\n\n{sig}\nTrailhand Talent" + FOOT_B,
   "Trailhand Workshirts", ("trailhand.example", "trailhand-ca.example"), frm="Trailhand Careers <careers@{dom}>", role=("Stockroom Associate", "Seasonal Cashier"), tz=("usc", "cap"))
mr("foot-sunhat", "{role} – application outcome",
   "Hi {n},\n\nTa for putting your name down as a {role} with Sunhat Society. Unfortunately we're passing on your application this round, so it's been closed off.\n\nCheers,\n{sig}" + FOOT_C,
   "Sunhat Society", ("sunhatsociety.example", "sunhatsociety-nz.example"), role=("Casual Retail Assistant", "Christmas Casual"), tz=("au", "nz"))
mr("foot-headwrap", "Application for {role}",
   "Dear {n},\n\nYour application to Ankara Weft Boutiques ({role}) has been looked at. Regrettably, on this occasion it has been unsuccessful.\n\nKind regards,\n{sig}\nPeople Office" + FOOT_D,
   "Ankara Weft Boutiques", ("ankaraweft.example", "ankaraweft-ng.example"), role=("Sales Associate", "Floor Stylist"), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hedge-foot", "Following up: {role}",
   "Dear {n},\n\nIt was a pleasure having you meet the practice team. Among the assistants we spoke with, a few had longer experience of {x}, and the partners felt that leaned the decision their way. We do appreciate you thinking of {co}.\n\nKind regards,\n{sig}",
   ("Fernbrook Foot Clinic", "Riverflat Foot Clinic"), ("fernbrookfeet.example", "riverflatfeet.example"),
   role=("Foot Health Assistant", "Foot Health Assistant"), tz=("uk", "au"), x=("diabetic foot care", "toenail surgery clinics"))
mr("hedge-optom", "{role} at {co}",
   "Hi {n},\n\nEnjoyed our chat in the clinic. A few others had logged more time in {x}, and that's nearer to how our clinic runs day to day, so we've leaned their way. All the best.\n\n{sig}",
   ("Clearview Eyecare", "Longsight Lane Eyecare"), ("clearvieweyecare.example", "longsightlane.example"),
   role=("Spectacle Dispenser", "Spectacle Dispenser"), tz=("nz", "ca"), x=("children's frames and low-vision aids", "orthokeratology"))
mr("hedge-viennoiserie", "Viennoiserie bench",
   "Hi {n},\n\nThank you for the trial bake. A couple of the others had done more {x}, and for the winter menu that felt like the closer match for the kitchen.\n\nWarm regards,\n{sig}\n{co}",
   ("Laminar Viennoiserie", "Crumbhouse Viennoiserie"), ("laminarpastry.example", "crumbhouse.example"),
   role=("Viennoiserie Cook", "Viennoiserie Cook"), tz=("ie", "usm"), x=("laminated dough at volume", "plated desserts for functions"))
mr("hedge-archive", "Your application – {role}",
   "Dear {n},\n\nOur thanks for your application and interview. The panel found that several candidates brought more hands-on work with {x}, and on balance the appointment went in that direction.\n\nWith best wishes,\n{sig}\n{co}",
   ("Parish Records Trust", "Tithe Map Room"), ("parishrecordstrust.example", "tithemaproom.example"),
   role=("Records Assistant", "Records Assistant"), tz=("uk", "za"), x=("damaged parchment", "oversize map folders"))
mr("hedge-rehab", "Rehab assistant role",
   "Dear {n},\n\nThanks for attending. Candidates with more background in post-surgical knee work suited our clinic's current patient load a little better, and the team has gone that way. We appreciate your time.\n\nRegards,\n{sig}\n{co}",
   "Kinetic Path Rehab", "kineticpath.example", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-duckfeed", "Quick update + another role",
   "Hi {n},\n\nGood speaking earlier. Like I mentioned, my client went with their internal candidate for the Plant Manager job at the {x} mill. Brighter side: I'm also working a {y} role about forty minutes from you – similar shift pattern, slightly better pay. Shall I put you forward?\n\n{sig}\n{co}",
   ("Hoxley Search", "Corrib Talent Partners"), ("hoxleysearch.example", "corribtalent.example"),
   role=("Plant Manager", "Plant Manager"), tz=("uk", "ie"), x=("duck-feed", "pet food"), y=("Production Supervisor", "Shift Manager"))
mr("rec-lipbalm", "Following up on our call",
   "Hey {n},\n\nAppreciate the call. Unfortunately the client filled the Operations Lead slot at their {x} plant by moving up their day-shift superintendent. Flip side, there's a Maintenance Planner opening with a {y} that honestly suits you better – holler and I'll ping over the spec.\n\nBest,\n{sig}\n{co}",
   ("Ridgeline Staffing", "Coulee Bridge Recruiting"), ("ridgelinestaffing.example", "couleebridge.example"),
   role=("Operations Lead", "Operations Lead"), tz=("usc", "cap"), x=("joss-stick", "lip-balm"), y=("packaging plant", "dehydrated-shallot plant"))
mr("rec-quandong", "Re: our chat",
   "Hi {n},\n\nThe client's come back: they've given the Site Manager job at the {x} to their own packshed supervisor. Sorry mate. There is a Quality Lead role at a {y} I'm recruiting for though, if you're keen?\n\nCheers,\n{sig}\n{co}",
   ("Capricornia Recruitment", "Totara Talent"), ("capricorniarecruit.example", "totaratalent.example"),
   role=("Site Manager", "Site Manager"), tz=("auq", "nz"), x=("quandong farm", "pawpaw packshed"), y=("kumquat packer", "tamarind coolstore"))
mr("rec-baobab", "Feedback and an alternative role",
   "Dear {n},\n\nGood to speak this morning. As discussed, the client has offered the Factory Manager position at their {x} factory to a candidate from within their group. However, I am also handling a Production Engineer vacancy at a {y}, and I believe your profile suits it well. Kindly confirm if I may submit your CV.\n\nRegards,\n{sig}\n{co}",
   "Kerio Talent Search", "keriotalent.example", tz="ke", x="baobab-oil pressing", y="animal-feed mill near Kabarnet")
# ---- 8 public-sector notices
mr("pub-notreferred", "Notice of Results – {role}",
   "Dear {n},\n\nYou met the minimum qualifications for {role}, Announcement {ref}. Only the top {x} ratings were passed to the hiring manager, and your rating fell below that group; your name was therefore not referred.\n\n{co} Human Resources",
   ("Pima Flats County", "Township of Pinecreek"), ("pimaflatscounty.example", "pinecreektwp.example"),
   frm="{co} HR <hr@{dom}>", role=("Maintenance Worker II", "Water Treatment Operator"), tz=("usm", "cae"), x=("eight", "four"))
mr("pub-ineligible", "Application for {role} – eligibility",
   "Dear {n},\n\nRe your application for {role}: the post is restricted to applicants holding {x}. None was provided, so we must treat the application as ineligible and close it here.\n\nRecruitment Section\n{co}",
   ("Ballymoyle County Council", "Glenroth Council"), ("ballymoylecoco.example", "glenrothcouncil.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Clerical Officer", "Roads Operative"), tz=("ie", "uk"), x=("a Leaving Certificate or equivalent", "a full category C1 licence"))
mr("pub-cancelled", "{role} – recruitment cancelled",
   "Dear {n},\n\nThis note goes to all applicants for {role}. After {x}, Council has chosen to leave the position unfilled and the recruitment is cancelled. Much obliged for your effort.\n\nPeople and Culture\n{co}",
   ("Wirrabilla Shire Council", "Taumata District Council"), ("wirrabilla.example", "taumatadc.example"),
   frm="{co} <careers@{dom}>", role=("Parks Team Member", "Building Control Officer"), tz=("au", "nz"), x=("a review of the depot budget", "a restructure of consenting services"))
mr("pub-cutoff", "Result of written examination – {role}",
   "Dear Candidate ({n}),\n\nThe interview list for {role} (Advt. No. {ref}) has been put up at the office and online. Your category's cut-off mark is {x} and you scored {y}, so your registration number is absent from it.\n\nSecretary\n{co}",
   ("District Selection Committee, Ri-Bhoi", "Katsina State Civil Service Commission"), ("dsc-ribhoi.example", "katsinacsc.example"),
   frm="{co} <noreply@{dom}>", role=("Junior Assistant", "Administrative Officer"), tz=("in", "ng"), x=("58/100", "61/100"), y=("49/100", "52/100"))
# ---- 6 bare ATS status updates
mr("ats-status", "Status update: {role}",
   "Hi {n},\n\nYour {role} application at {co} shows a new status.\n\nNow showing: No longer under consideration\n\nThe applicant hub keeps the full history.",
   ("Sealring & Flange Supply", "Sealright Flanges"), ("sealringflange.example", "sealright.example"),
   frm="{co} <notifications@{dom}>", role=("Warehouse Picker", "Order Packer"), tz=("use", "uk"))
mr("ats-html", "{role}: your application status",
   "<html><body><p>Hello {n},</p><table><tr><th>Role</th><th>Stage</th><th>Status</th></tr><tr><td>{role}</td><td>Review</td><td>Not proceeding</td></tr></table><p>{co}</p></body></html>",
   ("Hasp & Latch Merchants", "Castorwheel Supplies"), ("hasphook.example", "castorwheel.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Counter Sales", "Delivery Driver"), tz=("au", "ca"))
mr("ats-steps", "Your {co} application",
   "Hi {n},\n\nApplied ✓  ·  Screened ✓  ·  Decision: Application closed\n\nThis update covers {role}. No action needed.\n\nSent by TalentLoop on behalf of {co}",
   ("Chimneypot Restorers", "Shutterbay Sashworks"), ("chimneypot.example", "shutterbay.example"),
   frm="{co} via TalentLoop <updates@talentloop.example>", role=("Site Labourer", "Bench Hand"), tz=("uk", "za"))
# ---- 6 internship / graduate decisions
mr("intern-lichen", "Summer studentship {y} – decision",
   "Dear {n},\n\nThe {role} summer studentship drew {x} applications for four places. All four are now spoken for by other students. Do try again next summer.\n\nStudentship Coordinator\n{co}",
   ("Moorland Lichen Survey", "Tasman Bryozoan Project"), ("moorlandlichen.example", "tasmanbryozoan.example"),
   role=("lichen mapping", "bryozoan transect"), tz=("uk", "au"), x=("132", "87"), y=("2026", "2026"))
mr("intern-coop", "Co-op placement – {role}",
   "Hi {n},\n\nAbout the {role} co-op term: every placement got matched to other students in round one, so there's none left for this term. Later rounds are open via your campus co-op coordinator.\n\n{sig}\n{co}",
   ("Aquifer Modelling Lab", "Mire Flux Field Station"), ("aquiferlab.example", "mireflux.example"),
   role=("aquifer modelling", "mire flux sampling"), tz=("cae", "usc"))
mr("intern-grad", "Graduate Trainee Programme 2026",
   "Dear {n},\n\nThis is about your application to the {co} Graduate Trainee Programme. Other graduates have filled all {x} places in this intake and the programme has closed its doors for the year. Every good wish for your next step.\n\nLearning & Development\n{co}",
   ("Littoral Grid Distribution", "Nyandarua Water Services"), ("littoralgrid.example", "nyandaruawater.example"),
   frm="{co} Graduate Programme <graduates@{dom}>", tz=("za", "ke"), x=("twelve", "eight"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-wd", "We've received your application – {role}",
   "Hello {n},\n\nYour application for {role} (requisition R-{ref}) at {co} has arrived. Be aware the {x} team is still weighing up covering this calibration work in-house; if they do, the requisition closes before shortlisting and a note from us follows.\n\n{co} Talent Acquisition",
   ("Kellaway Optomechanics", "Stourfield Alidades"), ("kellaway-instruments.example", "stourfield-optics.example"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Theodolite Assembler", "Plumb Bob Knurler"), tz=("uk", "ie"), x=("theodolite", "plumb bob"))
mo("application_received", "c-gh", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application has landed, and a recruiter picks it up this week. Should the offer end up going to somebody else, we'll still tell you – nobody who applies here is left wondering.\n\n{sig}\nRecruiting, {co}",
   ("Hartsop Tinesmiths", "Brannagh Hookware"), ("hartsopforge.example", "brannaghtools.example"),
   role=("Anvil Hand", "Quenching Operator"), tz=("use", "ca"))
mo("application_received", "c-icims", "{co}: application received (Req {ref})",
   "Dear {n},\n\nApplication logged: {role}. This post needs {x} uploaded by {dl}; screening automatically marks any record lacking it Disposition: Not Selected, so check yours.\n\n{co} Human Resources",
   ("Duffelby Fastenings", "Slatehurst Louvre Co."), ("duffelby.example", "slatehurst-louvre.example"),
   frm="{co} HR <hr-notices@{dom}>", role=("Toggle Line Packer", "Louvre Paint Line Operator"), tz=("usc", "cat"), x=("right-to-work evidence", "a signed weekend rota form"))
mo("application_received", "c-taleo", "Thank you for applying – {role}",
   "{n},\n\nSubmission complete: {role}. Whenever this requisition closes, hire or no hire, an email notice goes to every candidate left on it.\n\nAutomated message – {co} careers site.",
   ("Wickstead Snuffer Company", "Glimmerholt Tealights"), ("wickstead.example", "glimmerholt.example"),
   frm="{co} Recruitment <taleo-noreply@{dom}>", role=("Snuffer Finishing Hand", "Tealight Packer"), tz=("use", "in"))
mo("application_received", "c-tt", "We got your application – {role}",
   "Hello {n},\n\nThank you, we receive your application for {role} in {co}. Is possible that we choose one person who already is working with us; if this happen, we send you message as well, so you don't stay waiting without answer.\n\nRegards\n{sig}",
   ("Carimbo Sinetes", "Con Dấu Saigon Co."), ("carimbostamps.example", "condausaigon.example"),
   role=("Seal Mounting Assistant", "Dater Fitter"), tz=("br", "vn"))
mo("application_received", "c-pinpoint", "Application received: {role}",
   "Dear {n},\n\nYour {role} application is in. Coming next: a half-hour online assessment (link in a separate mail). Fall short of the interview cut and both figures – your mark and the cut – arrive by email.\n\n{co} Recruitment Team",
   ("Greyfriars Mattock Co.", "Billhook & Slasher Ltd"), ("greyfriarsmattock.example", "billhookslasher.example"),
   frm="{co} <jobs@{dom}>", role=("Handle Fitter", "Tool Packer"), tz=("uk", "ke"))
mo("application_received", "c-floorball", "Your application – {role}",
   "Hi {n},\n\nYour CV for the {role} job came through. We're meeting a few folk next week. If one of them gets it, I'll phone you myself – no leaving you to guess.\n\n{sig}\n{co}",
   ("Brackenrigg Floorball Club", "Lakehead Floorball Club"), ("brackenriggfloorball.example", "lakeheadfloorball.example"),
   role=("Hall Attendant", "Bar and Hall Attendant"), tz=("uk", "cae"))
mo("application_received", "c-gaiters", "Application in – Mizzle & Bramble",
   "Dear {n},\n\nMizzle & Bramble now holds your {role} application. The store manager reads each one herself and rings only the people she wants to sit down with.\n\nKind regards,\nB&B Recruitment" + FOOT_A,
   "Mizzle & Bramble", ("mizzlebramble.example", "mizzlebramble-ie.example"), role=("Stock Assistant", "Saturday Sales Advisor"), tz=("uk", "ie"))
mo("application_received", "c-flannel", "Thanks for applying to Trailhand",
   "Hi {n},\n\nYour application for {role} is with us. Applicants not chosen for interviews get no further email about this opening – though profiles stay live for six months.\n\nTrailhand Talent" + FOOT_B,
   "Trailhand Workshirts", ("trailhand.example", "trailhand-ca.example"), frm="Trailhand Careers <careers@{dom}>", role=("Fitting Room Associate", "Holiday Stock Associate"), tz=("usc", "cap"))
mo("application_received", "c-sunhat", "Application received – {role}",
   "Hi {n},\n\nLovely that you've put your hand up for {role}. Either way, your details are held for nine months, and a store lead will ring if something suits you.\n\nSunhat Society" + FOOT_C,
   "Sunhat Society", ("sunhatsociety.example", "sunhatsociety-nz.example"), role=("Visual Display Assistant", "Summer Casual"), tz=("au", "nz"))
mo("application_received", "c-notreferred", "Application received – {role}",
   "Dear {n},\n\nWe have your application for {role}, Announcement {ref}. Once ratings are done, the top-rated names go forward to the hiring manager. Where a name stays back, that applicant is sent a Notice of Results giving the reason.\n\n{co} Human Resources",
   ("Pima Flats County", "Township of Pinecreek"), ("pimaflatscounty.example", "pinecreektwp.example"),
   frm="{co} HR <hr@{dom}>", role=("Equipment Operator I", "Records Clerk"), tz=("usm", "cae"))
mo("application_received", "c-cutoff", "Acknowledgement – Advt. No. {ref}",
   "Dear Candidate ({n}),\n\nRegistration complete for {role}. The written test date goes up on the website. Only those reaching the category cut-off in that test shall get an interview call letter.\n\nSecretary\n{co}",
   ("District Selection Committee, Ri-Bhoi", "Katsina State Civil Service Commission"), ("dsc-ribhoi.example", "katsinacsc.example"),
   frm="{co} <noreply@{dom}>", role=("Lower Division Clerk", "Executive Officer"), tz=("in", "ng"))
mo("application_received", "c-lichen", "Studentship application received",
   "Dear {n},\n\nYour form for the {role} summer studentship has arrived safely. Shortlisting runs about three weeks; anyone who misses out on a place hears so by email no later than {dl}.\n\nStudentship Coordinator\n{co}",
   ("Moorland Lichen Survey", "Tasman Bryozoan Project"), ("moorlandlichen.example", "tasmanbryozoan.example"),
   role=("upland lichen", "bryozoan mapping"), tz=("uk", "au"))
mo("application_received", "c-foot", "Thanks for your application",
   "Dear {n},\n\nYour application to join {co} as a {role} is here. The partners go through them this week, and one of them will write to you with a yes or a no by {dl}.\n\nKind regards,\n{sig}",
   ("Fernbrook Foot Clinic", "Riverflat Foot Clinic"), ("fernbrookfeet.example", "riverflatfeet.example"),
   role=("Foot Care Assistant", "Receptionist"), tz=("uk", "au"))
mo("application_received", "c-duckfeed", "You're submitted",
   "Hi {n},\n\nQuick confirm: your CV has gone across to my client for {role}. They're seeing three people. Should they pick one of the others, I'll ring that same day to go through what else I've got.\n\n{sig}\n{co}",
   ("Hoxley Search", "Corrib Talent Partners"), ("hoxleysearch.example", "corribtalent.example"),
   role=("Production Manager", "Engineering Manager"), tz=("uk", "ie"))
mo("application_received", "c-status", "Status update: {role}",
   "Hi {n},\n\nYour {role} application at {co} shows a new status.\n\nNow showing: Application received\n\nSign in to the applicant hub for the full history.",
   ("Sealring & Flange Supply", "Sealright Flanges"), ("sealringflange.example", "sealright.example"),
   frm="{co} <notifications@{dom}>", role=("Forklift Driver", "Goods-In Clerk"), tz=("use", "uk"))
mo("application_received", "c-bamboo", "Thanks – {role}",
   "Hi {n},\n\nGot your application for the {role} hours. Heads-up: should a current staffer ask for them before we hold interviews, they'd get first dibs. Either way we'll keep you posted.\n\n{sig}\n{co}",
   ("Cullender Canworks", "Ferrous & Fennick"), ("cullenderiron.example", "ferrousfennick.example"),
   role=("Galvanising Hand", "Dispatch Hand"), tz=("nz", "aus"))
mo("application_received", "c-lever", "We've got your application!",
   "Hey {n},\n\nYour {role} application landed. Every one gets a proper read by our team. Whatever the answer, it'll come from a human, not an autoresponder.\n\n{sig}, {co}",
   ("Quillon Deskware", "Murrelet Deskgoods"), ("quillondesk.example", "murreletstationers.example"),
   role=("Desk Goods Packer", "Order Fulfilment Assistant"), tz=("usp", "nz"))
mo("application_received", "c-personio", "{co} | application received",
   "Dear {n},\n\nThank you, your application for {role} arrived to us. Our management review all candidates next two weeks. Also if result is negative, we will inform you by email, so please check also spam folder.\n\nWith best regards,\n{sig}\nHR {co}",
   ("Waterpas Jaya", "Ikorodu Levelcraft"), ("waterpasjaya.example", "ikorodulevelcraft.example"),
   role=("Quality Checker", "Store Keeper"), tz=("id", "ng"))
mo("application_received", "c-cancelled", "Application received – {role}",
   "Dear {n},\n\nLodged: your application for {role}. The position is subject to a budget review; should Council opt to leave it unfilled, a letter goes to every applicant to say so.\n\nPeople and Culture\n{co}",
   ("Wirrabilla Shire Council", "Taumata District Council"), ("wirrabilla.example", "taumatadc.example"),
   frm="{co} <careers@{dom}>", role=("Library Officer", "Animal Control Officer"), tz=("au", "nz"))
mo("application_received", "c-workable", "{role} – thanks for applying",
   "Hi {n},\n\nYour {role} application at {co} is with us! Loads of people have applied, so bear with us. Every single applicant gets a reply, yes or no, inside two weeks.\n\nWarmly,\n{sig}",
   "Sponglewood Loofahs", "sponglewood.example", role="Loofah Baler", tz="au")
mo("application_received", "c-jazz", "Got your gig application!",
   "Hey {n}! Thanks for applying for our piñata-party gigs. Our regulars get first pick of the dates; if they grab them all I'll message you, promise. {sig}, {co}",
   "Pompom Shindig Hire", "pompomhire.example", tz="auq")
mo("application_received", "c-ashby", "Application received – {role}",
   "Hi {n},\n\nGood day! {role} at {co}: your application joins the screening pile, open until {dl}. Whatever is the result, an email from us will reach you.\n\nBest regards,\nTalent Team",
   "Lapu-Lapu Buri Handicrafts", "lapulapuburi.example", role="Finishing Sprayer", tz="ph")
mo("application_received", "c-newsstand", "Re: CV",
   "Hi {n}, your CV's here, ta. Rota gets sorted this weekend and will give you a ring early next week. {sig}",
   "Tollbar Newsstand", "tollbarnews.example", tz="uk")
mo("application_received", "c-nursery", "Your letter",
   "Dear {n},\n\nYour letter about seasonal work came. We only write back to those we want to meet, usually within a fortnight, as we're a small family business.\n\n{sig}, {co}",
   "Furze Lane Seedlings", "furzelane.example", tz="ie")
mo("application_received", "c-bikeshop", "Re: workshop position",
   "Hi {n},\n\nThanks for the résumé. I'm meeting a couple of people Thursday. If I hire someone else I'll text you – no ghosting.\n\n{sig}\n{co}",
   "Spokeshave Cycles", "spokeshavecycles.example", tz="usm")
mo("application_received", "c-sacco", "Application received",
   "Dear {n},\n\nWe acknowledge your application for Cashier at {co}. Only the shortlist gets a phone call. If 21 days pass with no call, kindly assume the answer is no.\n\n{sig}\nSecretary",
   "Mlolongo Commuters SACCO", "mlolongocommuters.example", tz="ke")
mo("application_received", "c-tailor", "Application received",
   "Dear {n},\n\nYour details for the stitching-hand vacancy reached us. We phone back only those picked for a sample stitching test. Kindly keep your phone on.\n\nRegards,\n{sig}\n{co}",
   "Kashid Stitch Kholi", "kashidstitch.example", tz="in")
mo("application_received", "c-baobab", "Submission confirmed",
   "Dear {n},\n\nThe client has received your CV for the Maintenance Manager role. Should the client opt for another candidate, I will inform you promptly and discuss other openings.\n\nRegards,\n{sig}\n{co}",
   "Kerio Talent Search", "keriotalent.example", tz="ke")
mo("application_received", "c-grad", "Graduate Trainee Programme – application received",
   "Dear {n},\n\nWe have your entry for the {co} Graduate Trainee Programme. Psychometric tests go out to the shortlist only. With so many entries, we cannot reply to those who are left off it.\n\nLearning & Development\n{co}",
   "Littoral Grid Distribution", "littoralgrid.example", frm="{co} Graduate Programme <graduates@{dom}>", tz="za")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i-floorball", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nFancy a second chat and a look round the sports hall on {dl} at 10? Unfortunately the car park's being re-laid, so park on the road behind the hall.\n\nBest,\n{sig}\n\n{OUTB}",
   ("Brackenrigg Floorball Club", "Lakehead Floorball Club"), ("brackenriggfloorball.example", "lakeheadfloorball.example"),
   role=("Hall Attendant", "Bar and Hall Attendant"), tz=("uk", "cae"))
mo("interview", "i-dodgeball", "Re: [EXT] Re: {role}",
   "Hey {n},\n\nKeen to get you in to run a short practice session on {dl}, around 2pm. Unfortunately the café's closed all that week, so pack your own brew.\n\n{sig}\n\n{GMB}",
   ("Chalkline Dodgeball League", "Crimson Dodgeball League"), ("chalklinedodgeball.example", "crimsondodgeball.example"),
   role=("League Assistant", "Youth Coach"), tz=("au", "ca"))
mo("interview", "i-optom", "Interview – {role}",
   "Hi {n},\n\nThanks for applying to {co}. Could you meet us on {dl} at 11:30? Unfortunately our lift is broken down, so the practice is up one flight of stairs.\n\n{sig}",
   ("Clearview Eyecare", "Longsight Lane Eyecare"), ("clearvieweyecare.example", "longsightlane.example"),
   role=("Eyecare Assistant", "Eyecare Assistant"), tz=("nz", "ca"))
mo("interview", "i-ashby", "Video interview – {role}",
   "Hi {n},\n\nGood day! Happy to invite you for a video call about {role} on {dl}, 3:00 PM. Unfortunately the office connection gets sluggish after lunch, so dial in by phone if the picture freezes.\n\nBest regards,\n{sig}\nTalent Team",
   ("Lapu-Lapu Buri Handicrafts", "Capiz Windows Pte Ltd"), ("lapulapuburi.example", "capizwindows.example"),
   role=("Buri Frame Builder", "Workshop Coordinator"), tz=("ph", "sg"))
mo("interview", "i-library", "Re: [EXT] Re: Library Assistant",
   "Hello {n},\n\nGood to have your reply. The trustees hope to see you on {dl} at 4pm in the reading room. Unfortunately the side door is locked for repairs, so use the front.\n\nWith thanks,\n{sig}\n\n{GM}",
   "Mechanics' Institute Library", "mechanicsinstitute.example", role="Library Assistant", tz="aus")
mo("interview", "i-tchouk", "Taster session",
   "Hi {n},\n\nCome along to a taster session on {dl}, 5pm, with the junior group. Unfortunately the sports hall heating is unreliable, so bring layers.\n\nBest,\n{sig}\n{co}",
   "Big Net Tchoukball Club", "bignettchoukball.example", tz="use")
mo("interview", "i-viennoiserie", "Trial bake",
   "Hi {n},\n\nFancy a trial bake with us on {dl} from 6am? Unfortunately the deck oven is playing up, so it'll mostly be lamination work.\n\n{sig}\n{co}",
   "Laminar Viennoiserie", "laminarpastry.example", tz="ie")
mo("interview", "i-frames", "Trial morning",
   "Dear {n},\n\nYour letter was most welcome. Might a trial morning on {dl} at 9 suit? Unfortunately the mount cutter is away being serviced, so we'll do glazing and backing.\n\nYours sincerely,\n{sig}\n{co}",
   "Mitre & Bevel", "mitremount.example", tz="uk")
mo("interview", "i-carinderia", "Interview po",
   "Hi {n}! Pwede ka ba for interview on {dl}, 10am? Unfortunately the aircon is broken so we will talk outside, sorry po. - {sig}, {co}",
   "Lutong Bahay ni Aling Nena", "lutongbahaynena.example", tz="ph")
mo("next_steps", "n-ineligible", "Application for {role} – documents needed",
   "Dear {n},\n\nRe your application for {role}: to finish the eligibility checks, upload a scanned copy of {x} by {dl}. Unfortunately phone snaps of paperwork get rejected by the system.\n\nRecruitment Section\n{co}",
   ("Ballymoyle County Council", "Glenroth Council"), ("ballymoylecoco.example", "glenrothcouncil.example"),
   frm="{co} Recruitment <recruitment@{dom}>", role=("Clerical Officer", "Roads Operative"), tz=("ie", "uk"), x=("your Leaving Certificate", "your driving licence (both sides)"))
mo("next_steps", "n-lipbalm", "Reference form – action needed",
   "Hey {n},\n\nGreat news – client wants to keep going. The reference form I sent needs filling in by {dl}. Unfortunately the form logs you out after 15 minutes, so have your referees' details ready.\n\n{sig}\n{co}",
   ("Ridgeline Staffing", "Coulee Bridge Recruiting"), ("ridgelinestaffing.example", "couleebridge.example"), tz=("usc", "cap"))
mo("next_steps", "n-wd", "Next step: skills task – {role}",
   "Hello {n},\n\nFor {role}, the next stage is the enclosed measurement exercise – completed copy back to us by {dl}. Unfortunately that date can't move.\n\n{co} Talent Acquisition",
   ("Kellaway Optomechanics", "Stourfield Alidades"), ("kellaway-instruments.example", "stourfield-optics.example"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Calibration Technician", "Alidade Inspector"), tz=("uk", "ie"))
mo("next_steps", "n-coop", "Co-op match interview – {role}",
   "Hi {n},\n\nYou've got a {role} co-op interview match. Grab a slot on the booking sheet before {dl}. Unfortunately we can't offer evening slots this round.\n\n{sig}\n{co}",
   ("Aquifer Modelling Lab", "Mire Flux Field Station"), ("aquiferlab.example", "mireflux.example"),
   role=("aquifer modelling", "mire flux sampling"), tz=("cae", "usc"))
mo("next_steps", "n-rehab", "Case study task",
   "Dear {n},\n\nNext step: a short written case plan from you for a patient six weeks after knee surgery by {dl}.\n\nRegards,\n{sig}\n{co}",
   "Kinetic Path Rehab", "kineticpath.example", tz="sg")
mo("next_steps", "n-cutoff", "Document verification – Advt. No. {ref}",
   "Dear Candidate ({n}),\n\nKindly report to the committee office on {dl}, 10:00 AM, for checking of certificates, bringing originals and two passport-size photos. Absence on that day ends your candidature.\n\nSecretary\n{co}",
   "District Selection Committee, Ri-Bhoi", "dsc-ribhoi.example", frm="{co} <noreply@{dom}>", tz="in")
mo("next_steps", "n-grad", "Pre-employment medical",
   "Dear {n},\n\nWell done – you're in the last round of the {co} Graduate Trainee Programme. Book your pre-employment medical before {dl}. Unfortunately the clinic does not accept walk-ins.\n\nLearning & Development\n{co}",
   "Nyandarua Water Services", "nyandaruawater.example", frm="{co} Graduate Programme <graduates@{dom}>", tz="ke")
mo("next_steps", "n-atshtml", "{role}: action needed",
   "<html><body><p>Hello {n},</p><table><tr><th>Role</th><th>Stage</th><th>Status</th></tr><tr><td>{role}</td><td>Assessment</td><td>Waiting for you – due {dl}</td></tr></table><p>{co}</p></body></html>",
   "Hasp & Latch Merchants", "hasphook.example", frm="{co} Careers <no-reply@{dom}>", role="Trade Counter Assistant", tz="au")
mo("offer", "o-bamboo", "Offer – {role}",
   "Hi {n},\n\nGood news – the {role} hours are yours from {dl}. Unfortunately the lunchroom microwave has carked it, so bring lunch that doesn't need heating for now!\n\n{sig}\n{co}",
   ("Cullender Canworks", "Ferrous & Fennick"), ("cullenderiron.example", "ferrousfennick.example"),
   role=("Galvanising Hand", "Dispatch Hand"), tz=("nz", "aus"))
mo("offer", "o-headwrap", "Offer of employment – {role}",
   "Dear {n},\n\nCongratulations – the {role} role is yours, with a first shift on {dl}. The letter is attached – sign it and pop a scanned copy back to this office, please.\n\nKind regards,\n{sig}\nPeople Office" + FOOT_D,
   "Ankara Weft Boutiques", ("ankaraweft.example", "ankaraweft-ng.example"), role=("Sales Associate", "Floor Stylist"), tz=("za", "ng"))
mo("offer", "o-insectarium", "RE: [EXT] RE: {role}",
   "Hi {n},\n\nChuffed to tell you the panel picked you – could you start on {dl}? Unfortunately the insectarium road is still loose gravel, so allow extra time.\n\nCheers,\n{sig}\n\n{OUT}",
   ("Darkhill Insectarium", "Karori Insectarium"), ("darkhillinsectarium.example", "karoriinsectarium.example"),
   role=("Visitor Host", "Visitor Host"), tz=("uk", "nz"))
mo("offer", "o-gh", "Your offer from {co}",
   "Hi {n},\n\nHappy news: the {role} position is being offered to you. The paperwork rides along with this email – let me hear which way you're leaning by {dl}.\n\nBest wishes,\n{sig}\nRecruiting, {co}",
   ("Hartsop Tinesmiths", "Brannagh Hookware"), ("hartsopforge.example", "brannaghtools.example"),
   role=("Anvil Hand", "Quenching Operator"), tz=("use", "ca"))
mo("offer", "o-agege", "Offer",
   "Good afternoon {n},\n\nResumption as sales attendant is {dl}. Unfortunately the generator is under repair, so resumption is 8am instead of 7am.\n\nRegards,\n{sig}\n{co}",
   "Agege Crust Breadhouse", "agegecrust.example", tz="ng")
mo("offer", "o-baobab", "Offer – Production Engineer",
   "Dear {n},\n\nGood news: the client has signed off an offer to you for the Production Engineer role. The letter follows today; your answer by {dl}, please.\n\nRegards,\n{sig}\n{co}",
   "Kerio Talent Search", "keriotalent.example", tz="ke")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-status", "Status update: {role}",
   "Hi {n},\n\nYour {role} application at {co} shows a new status.\n\nNow showing: In review – nothing decided for anyone so far\n\nSign in to the applicant hub for the full history.",
   ("Sealring & Flange Supply", "Sealright Flanges"), ("sealringflange.example", "sealright.example"),
   frm="{co} <notifications@{dom}>", role=("Warehouse Picker", "Order Packer"), tz=("use", "uk"))
mo("other_job", "x-withdrawn", "{role}: your application status",
   "<html><body><p>Hello {n},</p><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Withdrawn (at your request)</td></tr></table><p>{co}</p></body></html>",
   ("Hasp & Latch Merchants", "Castorwheel Supplies"), ("hasphook.example", "castorwheel.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Counter Sales", "Delivery Driver"), tz=("au", "ca"))
mo("other_job", "x-delay", "Rating delayed – Announcement {ref}",
   "Dear {n},\n\nRatings for {role} are running late. No names have gone forward to the hiring manager yet; we expect to issue Notices of Results within three weeks.\n\n{co} Human Resources",
   "Pima Flats County", "pimaflatscounty.example", frm="{co} HR <hr@{dom}>", role="Maintenance Worker II", tz="usm")
mo("job_alert", "a-gaiters", "New roles near you",
   "Hi {n},\n\nNew at Mizzle & Bramble: Sales Advisor (16 hrs), Stock Assistant (weekends), Assistant Store Manager. Apply in the careers section of our site." + FOOT_A,
   "Mizzle & Bramble", "mizzlebramble.example", frm="Mizzle & Bramble Jobs <alerts@{dom}>", tz="uk")
mo("job_alert", "a-flannel", "3 new Trailhand openings",
   "Hi {n},\n\nNew openings: Stockroom Associate, Key Holder, Seasonal Cashier. Apply through the app." + FOOT_B,
   "Trailhand Workshirts", "trailhand.example", frm="Trailhand Careers <careers@{dom}>", tz="usc")
mo("job_alert", "a-sunhat", "Store Careers digest",
   "Hi {n},\n\nThis fortnight: Casual Retail Assistant (two stores), Visual Display Assistant, Store Manager.\n\nSunhat Society" + FOOT_C,
   "Sunhat Society", "sunhatsociety-nz.example", frm="Sunhat Society <careers@{dom}>", tz="nz")
mo("recruiter_outreach", "r-quandong", "Quality Lead – {x}",
   "Hi {n},\n\nYour profile popped up and I thought of a Quality Lead role at a {x}. Good team, steady hours. Keen for a quick chat this week?\n\nCheers,\n{sig}\n{co}",
   ("Capricornia Recruitment", "Totara Talent"), ("capricorniarecruit.example", "totaratalent.example"),
   tz=("auq", "nz"), x=("kumquat packer", "tamarind coolstore"))
mo("non_job_rejection_words", "nj-loan", "Your loan application",
   "Dear {n},\n\nWe've looked at your personal loan application with {co}. On the details supplied, the lending team has declined it for now. Another try is possible in three months.\n\nLending Team\n{co}",
   "Merlin Glen Credit Union", "merlinglencu.example", frm="{co} <lending@{dom}>", tz="ie")
mo("non_job_rejection_words", "nj-flat", "Re: viewing – 2-bed flat",
   "Hi {n},\n\nThanks for viewing the flat with me Saturday. The owner went for a different tenant, so it's been let. Hope you find somewhere soon.\n\n{sig}\n{co}",
   "Lettings at Number Nine", "lettingsnine.example", tz="uk")
mo("non_job_rejection_words", "nj-ballot", "Fun run ballot result",
   "Hi {n},\n\nThe ballot's done and, sadly, this year's draw passed your entry by. Charity places are still available.\n\n{co} Entries",
   "Sandgate Fun Run", "sandgaterun.example", frm="{co} <entries@{dom}>", tz="au")
mo("non_job_rejection_words", "nj-grant", "Community grant – outcome",
   "Dear {n},\n\nYour residents' association's bid to the Neighbourhood Small Grants round has been turned down, sorry to report; the bids ran to three times the money we had.\n\nGrants Team\n{co}",
   "Millbrook Community Foundation", "millbrookfoundation.example", tz="ca")
mo("non_job_rejection_words", "nj-card", "Credit limit request",
   "Dear {n},\n\nYou asked us to raise your card limit. Unfortunately we can't do that right now, so the limit stays where it is.\n\n{co} Card Services",
   "Jacaranda Bank", "jacarandabank.example", frm="{co} <cards@{dom}>", tz="za")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("lichen", "Nostr note", "[Nostr note, kind 1]\n@{n} – thanks for applying to help with our lichenologist survey on the tors. We've taken on a volunteer who already knows the crustose species well, so the field spot is filled. – {sig}", "Tor Crust Survey", "torcrust.example", tz="uk")
wo("application_received", "lichen", "Nostr note", "[Nostr note, kind 1]\n@{n} – got your DM about the lichenologist's helper slot. Whoever we pick, every applicant gets a zap-free reply here before the month's out. – {sig}", "Tor Crust Survey", "torcrust.example", tz="uk")
wr("dendro", "Lemmy thread reply", "[reply in c/arborjobs]\n{n}, appreciate the application for the dendrologist's assistant post. The post went to someone who has cored old oaks with us before, so it's closed now. Best of luck. – {sig}", "Heartwood Ring Lab", "heartwoodring.example", tz="ie")
wo("interview", "dendro", "Lemmy thread reply", "[reply in c/arborjobs]\n{n}, could you meet us at the lab on {dl} at 10 to talk through the dendrologist's assistant post? Unfortunately the core borer is out for sharpening, so no demo. – {sig}", "Heartwood Ring Lab", "heartwoodring.example", tz="ie")
wr("limno", "Pixelfed comment", "comment on our post 'Hiring: limnologist field tech'\n@{n} thank you for applying! The field tech job has been given to a grad student from our spring sampling crew. Wishing you well – {sig}", "Tarn Water Lab", "tarnwaterlab.example", tz="usc")
wo("next_steps", "limno", "Pixelfed comment", "comment on our post 'Hiring: limnologist field tech'\n@{n} next step: we need a scan of your boat handling card by {dl}. Unfortunately we can't hold the slot past then. – {sig}", "Tarn Water Lab", "tarnwaterlab.example", tz="usc")
wr("oceano", "Minds post", "Minds post from {co}\nTo {n}: about the oceanographer's sampling-hand berth on the autumn voyage: a returning crew member has it, so every bunk is taken. {sig}", "Gyre Survey Voyages", "gyresurvey.example", tz="cap")
wo("offer", "oceano", "Minds post", "Minds post from {co}\nTo {n}: the oceanographer's sampling-hand berth on the spring voyage is yours, boarding {dl}. Reply here to confirm. {sig}", "Gyre Survey Voyages", "gyresurvey.example", tz="cap")
wr("epigraph", "Triller comment", "Triller comment from {sig}\nhey {n}, loved the clip u sent for our epigrapher's assistant role. we picked someone who already reads weathered Latin on gravestones, so the role's taken. good luck!", "Stonework Script Project", "stoneworkscript.example", tz="au")
wo("application_received", "epigraph", "Triller comment", "Triller comment from {sig}\nhey {n}, got your clip for the epigrapher's assistant role! chosen or not, I reply to every one of u by the 20th", "Stonework Script Project", "stoneworkscript.example", tz="au")
wr("oeno", "Likee message", "Likee message\nHi {n}, re the oenologist's lab assistant post: our chief oenologist has chosen a person who did last season's ferment trials with us, so the post is filled. Regards, {sig}", "Karoo Ridge Wines", "karooridge.example", tz="za")
wo("interview", "oeno", "Likee message", "Likee message\nHi {n}, our chief oenologist asks you to come in about the oenologist's lab assistant post on {dl} at 9am. Unfortunately the tasting room is being painted, so it's the office instead. {sig}", "Karoo Ridge Wines", "karooridge.example", tz="za")
wr("viti", "Kwai message", "Kwai message\nHello {n}, thanks for your application for viticulturist trainee. We have selected a candidate from our bud-rubbing team, so this opening is closed. All the best – {sig}", "Serra Vinha Estate", "serravinha.example", tz="br")
wo("next_steps", "viti", "Kwai message", "Kwai message\nHello {n}, to continue your application for viticulturist trainee please send copy of your agricultural diploma before {dl}. Thank you – {sig}", "Serra Vinha Estate", "serravinha.example", tz="br")
wr("pomo", "Yubo chat", "Yubo chat\n{sig}: hey {n}! saw ur application for pomologist's helper this picking season\n{sig}: a girl who grafted with us last winter has it now, so no space right now sorry", "Old Pip Trust", "heritagepip.example", tz="nz")
wo("application_received", "pomo", "Yubo chat", "Yubo chat\n{sig}: hey {n}! got your application for pomologist's helper\n{sig}: picked or not, I message all of you back here by friday", "Old Pip Trust", "heritagepip.example", tz="nz")
wr("lexico", "Locket photo text", "Locket photo text: '{n} – loved your sample entries for the lexicologist job. The freelance glossary work went to someone who compiled our last two glossaries. Sorry! – {sig}'", "Gutter Margin Press", "guttermargin.example", tz="uk")
wo("offer", "lexico", "Locket photo text", "Locket photo text: '{n} – we'd love you as lexicologist on the spring glossary! Contract coming by email, first proofs arrive {dl}. – {sig}'", "Gutter Margin Press", "guttermargin.example", tz="uk")
wr("palyno", "Steemit post", "Steemit post by {sig}\n@{n}, thanks for applying for the palynologist's lab technician job. A technician transferring from our sediment core group has taken it. Best wishes.", "Pollen Core Lab", "pollencorelab.example", tz="usm")
wo("application_received", "palyno", "Steemit post", "Steemit post by {sig}\n@{n}, thanks, your application for the palynologist's technician job is in. Whatever we decide, each applicant gets a reply here after the panel meets on {dl}.", "Pollen Core Lab", "pollencorelab.example", tz="usm")
wr("phyco", "PSP ad-hoc chat", "PSP ad-hoc chat log\n{sig}> {n}, thanks for applying for the phycologist's culture assistant job\n{sig}> we gave it to a student who already runs our algal flasks, sorry", "Green Flask Culture Lab", "greenflask.example", tz="sg")
wo("interview", "phyco", "PSP ad-hoc chat", "PSP ad-hoc chat log\n{sig}> {n}, can you come to the lab on {dl} 2pm for interview for the phycologist's culture assistant job?\n{sig}> unfortunately the lift is down, take the stairs to level 4", "Green Flask Culture Lab", "greenflask.example", tz="sg")
wr("petro", "Casio databank memo", "CASIO DATABANK MEMO\nTO {N}: PETROLOGIST THIN-SECTION JOB FILLED BY OUR OWN LAB TECH. THANKS FOR APPLYING. {sig}", "Thin Section Services", "thinsection.example", tz="ca")
wo("next_steps", "petro", "Casio databank memo", "CASIO DATABANK MEMO\nTO {N}: PETROLOGIST THIN-SECTION JOB - SEND SAFETY CERT COPY BY {DL}. NO LATE ONES. {sig}", "Thin Section Services", "thinsection.example", tz="ca")
wr("crystal", "Commodore 64 disk message", "LOAD\"MESSAGE\",8,1\n\nDEAR {N}, RE CRYSTALLOGRAPHER'S SAMPLE CURATOR. THE CURATOR POST HAS GONE TO OUR LONG-TIME VOLUNTEER. GOOD LUCK! - {sig}", "Crystal Drawer Collection", "crystaldrawer.example", tz="use")
wo("application_received", "crystal", "Commodore 64 disk message", "LOAD\"MESSAGE\",8,1\n\nDEAR {N}, YOUR APPLICATION FOR CRYSTALLOGRAPHER'S SAMPLE CURATOR IS IN. YES OR NO, A REPLY DISK GOES TO EVERY APPLICANT BY {DL}. - {sig}", "Crystal Drawer Collection", "crystaldrawer.example", tz="use")
wr("diamant", "Spectrum loading screen", "[text on a Spectrum tape loading screen]\n{n} - thanks for applying as a trainee diamantaire. The traineeship has been given to the owner's nephew, who has graded stones with us since school. - {sig}", "Facet & Loupe Assay", "facetloupe.example", tz="uk")
wo("interview", "diamant", "Spectrum loading screen", "[text on a Spectrum tape loading screen]\n{n} - please come in on {dl} at 11 for a chat about the trainee diamantaire post. Unfortunately the doorbell is broken, so knock loudly. - {sig}", "Facet & Loupe Assay", "facetloupe.example", tz="uk")
wr("typecast", "Amiga floppy readme", "README.TXT (Amiga floppy)\nHello {n}. Thanks for your application for apprentice typecaster at the type works. The apprenticeship has been taken up by a neighbour's daughter who has kept our matrices in order for a year. {sig}", "Counterpunch Typecasters", "counterpunch.example", tz="ie")
wo("offer", "typecast", "Amiga floppy readme", "README.TXT (Amiga floppy)\nHello {n}. We are offering you the apprentice typecaster place, starting {dl}. Sign and return the enclosed sheet. {sig}", "Counterpunch Typecasters", "counterpunch.example", tz="ie")
wr("inbetween", "Atari ST text file", "MEMO.TXT (Atari ST)\n{n}: thanks for your inbetweener test. We've hired two artists who already worked on our pilot, so the seats are filled. Keep drawing! - {sig}", "Keyframe Kookaburra Studio", "keyframekookaburra.example", tz="usp")
wo("next_steps", "inbetween", "Atari ST text file", "MEMO.TXT (Atari ST)\n{n}: next step for the inbetweener seat - a ten-drawing walk-cycle test, due {dl}. - {sig}", "Keyframe Kookaburra Studio", "keyframekookaburra.example", tz="usp")
wr("biblio", "Newton note", "[Newton MessagePad note, beamed]\n{n} – regarding the bibliographer's assistant post on our old-books catalogue: the contract has gone to a colleague we have used on two earlier volumes. Regards, {sig}", "Colophon Bibliographers", "colophonbib.example", tz="au")
wo("application_received", "biblio", "Newton note", "[Newton MessagePad note, beamed]\n{n} – we have your application for bibliographer's assistant. Successful or not, every applicant receives a written answer by {dl}. {sig}", "Colophon Bibliographers", "colophonbib.example", tz="au")
wr("rotis", "Treo text", "Treo SMS from {sig}: Hi {n}, thx for coming in re rotisseur job. Chef gave it to a cook from our other site. Cheers", "Spit & Flame Rotisserie", "spitflame.example", tz="usc")
wo("interview", "rotis", "Treo text", "Treo SMS from {sig}: Hi {n}, chef wants to see you for the rotisseur job {dl} 3pm. Unfortunately parking lot is closed, park on the street", "Spit & Flame Rotisserie", "spitflame.example", tz="usc")
wr("frit", "Razr text", "Razr text from {sig}: {n} thanks for the trial as friturier. We've taken on Dom from the lunch crew for it. All the best mate", "Crackle Basket Kitchen", "cracklebasket.example", tz="uk")
wo("offer", "frit", "Razr text", "Razr text from {sig}: {n} trial went great, friturier job's on offer to you. Start {dl}? Let me know", "Crackle Basket Kitchen", "cracklebasket.example", tz="uk")
wr("legum", "Bluetooth business card", "[vCard sent by Bluetooth, note field]\n{n}, about legumier at our kitchen. Chef hired the junior cook who already preps our greens. Best, {sig}", "Greenleaf Brigade Kitchen", "greenleafbrigade.example", tz="ca")
wo("application_received", "legum", "Bluetooth business card", "[vCard sent by Bluetooth, note field]\n{n}, got your CV for legumier. Hired or not, chef replies to every applicant before the menu change on {dl}. {sig}", "Greenleaf Brigade Kitchen", "greenleafbrigade.example", tz="ca")
wr("tourier", "infrared beamed memo", "[memo beamed by infrared]\n{n} – merci for applying as tourier. The position went to our former apprentice who returned from Besançon. Bonne chance, {sig}", "Choux & Chantilly", "chouxchantilly.example", tz="cae")
wo("interview", "tourier", "infrared beamed memo", "[memo beamed by infrared]\n{n} – please come for a practical for the tourier post on {dl} at 7am. Unfortunately the proving cabinet is being repaired, so expect a slow start. {sig}", "Choux & Chantilly", "chouxchantilly.example", tz="cae")
wr("cicer", "SyQuest cartridge note", "NOTE.TXT on a SyQuest cartridge\nDear {n}, thanks for offering to lead our old-town walks as a cicerone. All the summer routes are now covered by guides who led them last year. Kind regards, {sig}", "Cobbled Lanes Guiding", "cobbledlanes.example", tz="uk")
wo("next_steps", "cicer", "SyQuest cartridge note", "NOTE.TXT on a SyQuest cartridge\nDear {n}, please send a 5-minute recorded sample commentary as a cicerone by {dl}. Unfortunately we cannot accept samples after that date. {sig}", "Cobbled Lanes Guiding", "cobbledlanes.example", tz="uk")
wr("zytho", "8-track tape", "[recorded on an 8-track tape, transcript]\nHi {n}, it's {sig}. Cheers for putting in for zythologist host. We gave the tasting-host job to a regular who's run our firkin nights for years. Take care.", "Eight Taps Alehouse", "eighttaps.example", tz="use")
wo("application_received", "zytho", "8-track tape", "[recorded on an 8-track tape, transcript]\nHi {n}, it's {sig}. Got your letter about the zythologist host job. Whichever way it goes, I ring each applicant before {dl}.", "Eight Taps Alehouse", "eighttaps.example", tz="use")
wr("cupper", "reel-to-reel tape", "[reel-to-reel tape, transcript]\n{n}, {sig} here. Re the green-bean cupper post: a cupper from our Kiambu partner has it now, as he, who moved over last month. Good luck.", "Kahawa Ridge Bean Traders", "kahawaridge.example", tz="ke")
wo("offer", "cupper", "reel-to-reel tape", "[reel-to-reel tape, transcript]\n{n}, {sig} here. The green-bean cupper post is being offered to you, first day {dl}. Letter follows by courier.", "Kahawa Ridge Bean Traders", "kahawaridge.example", tz="ke")
wr("repet", "mimeograph sheet", "[mimeographed sheet]\nTo {n}: the panel enjoyed your playing for the repetiteur post. The company has engaged someone who played for last season's productions. With thanks, {sig}", "Footlights Lyric Company", "footlightslyric.example", tz="nz")
wo("interview", "repet", "mimeograph sheet", "[mimeographed sheet]\nTo {n}: you are invited to play for the repetiteur post on {dl} at 2pm in the studio. Unfortunately the studio upright is out of tune; the grand is available. {sig}", "Footlights Lyric Company", "footlightslyric.example", tz="nz")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص طلبك للعمل في المشغل", "الأخت/الأخ {n}،\nشكرًا لاهتمامك بالعمل في مشغل سعف النخيل لدينا. بعد المقابلات اخترنا حرفية تعمل معنا منذ ثلاث سنوات في ضفر السلال، لذلك لن نتمكن من قبول طلبك هذه المرة.\nمع التحية،\n{sig}", "مشغل الخوص", "khoosweave.example", tz="sa", lang="ar")
wo("application_received", "ar", "تم استلام طلبك", "الأخت/الأخ {n}،\nوصلنا طلبك للعمل في مشغل سعف النخيل. سواء تم اختيارك أم لا، سنرسل ردًا مكتوبًا لكل متقدم قبل {dl}.\nمع التحية،\n{sig}", "مشغل الخوص", "khoosweave.example", tz="sa", lang="ar")
wr("de", "Ihre Bewerbung in der Zinngießerei", "Liebe/r {n},\nschön, dass Sie in unserer Zinngießerei arbeiten möchten. Die Stelle bekommt nun ein Geselle, der schon seit Jahren bei uns die Formen gießt. Für Sie bleibt diesmal leider nur eine Absage.\nHerzliche Grüße aus der Werkstatt\n{sig}", "Zinngießerei Kremsmayr", "zinnkrems.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Gespräch", "Liebe/r {n},\nkommen Sie doch am {dl} vormittags um zehn zum Kennenlernen in die Zinngießerei. Unser Hof wird leider gerade gepflastert – bitte durch das Seitentor.\nMit freundlichen Grüßen\n{sig}", "Zinngießerei Kremsmayr", "zinnkrems.example", tz="de", lang="de")
wr("es", "Tu candidatura – taller de alpargatas", "Hola {n}:\nNos alegró ver tu nombre para la costura en el taller de alpargatas. Al final el puesto es para alguien que cada verano nos cose las suelas de yute, así que el puesto queda cubierto. Te deseamos lo mejor.\n{sig}", "Alpargatas Urrutia", "alpargatasurrutia.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu candidatura", "Hola {n}:\nHemos recibido tu candidatura para el taller de alpargatas. Te elijamos o no, antes del {dl} todas las personas candidatas recibirán una respuesta nuestra.\n{sig}", "Alpargatas Urrutia", "alpargatasurrutia.example", tz="es", lang="es")
wr("fr", "Votre candidature à l'atelier de vannerie", "Bonjour {n},\nVotre lettre pour le poste de vannier est bien arrivée. Nous avons pris une personne formée à l'osier dans notre atelier l'an dernier ; nous arrêtons donc là pour votre candidature.\nCordialement,\n{sig}", "Vannerie du Blavet", "vannerieblavet.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Pièces à fournir", "Bonjour {n},\nÉtape suivante : votre certificat de formation (copie) et une attestation d'assurance, à nous faire parvenir avant le {dl}.\nCordialement,\n{sig}", "Vannerie du Blavet", "vannerieblavet.example", tz="fr", lang="fr")
wr("hi", "दरी करघा – आपकी अर्ज़ी", "नमस्ते {n} जी,\nदरी करघे के लिए आपका पत्र मिला था, आभार। यह ओहदा उस बुनकर बहन को सौंपा गया जो दो बरस से इसी करघे पर डटी हैं, सो इस दफ़ा आपको रख पाना मुमकिन नहीं।\nराम राम,\n{sig}", "दरी बुनाई केंद्र", "dariweave.example", tz="in", lang="hi")
wo("application_received", "hi", "दरी करघा – पत्र पहुँचा", "नमस्ते {n} जी,\nदरी करघे हेतु आपका पत्र आ पहुँचा। रखें चाहे न रखें, {dl} तक हर किसी को फ़ोन घुमाकर बता देंगे।\nराम राम,\n{sig}", "दरी बुनाई केंद्र", "dariweave.example", tz="in", lang="hi")
wr("it", "Candidatura – laboratorio di mosaico", "Gentile {n},\nla ringraziamo per la candidatura al nostro laboratorio di mosaico. Abbiamo scelto una collaboratrice che taglia tessere con noi da tre anni, quindi il posto è stato assegnato. Un cordiale saluto,\n{sig}", "Tessere Castelletti", "tesserecastelletti.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione", "Gentile {n},\nil posto nel laboratorio di mosaico è per lei: cominciamo il {dl}. In allegato il contratto da firmare.\nUn cordiale saluto,\n{sig}", "Tessere Castelletti", "tesserecastelletti.example", tz="it", lang="it")
wr("ja", "和傘工房 応募の結果について", "{n} 様\n和傘工房への応募ありがとうございました。今回は、すでに当工房で骨組みを手伝っている方を採用することになりました。ご期待に添えず申し訳ありません。\n{sig}", "和傘工房 藤田", "wagasafujita.example", tz="jp", lang="ja")
wo("interview", "ja", "面接のご案内", "{n} 様\n和傘工房の面接を{dl} 午後2時に行います。あいにく工房の駐車場が工事中のため、公共交通機関でお越しください。\n{sig}", "和傘工房 藤田", "wagasafujita.example", tz="jp", lang="ja")
wr("ko", "나전칠기 공방 지원 결과 안내", "{n} 님께,\n나전칠기 공방에 지원해 주셔서 감사합니다. 이번에는 저희 공방에서 2년간 자개를 붙여 온 분을 채용하기로 했습니다. 좋은 결과를 드리지 못해 죄송합니다.\n{sig} 드림", "자개빛 공방", "jagaebit.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 요청", "{n} 님께,\n나전칠기 공방 지원 절차를 위해 {dl}까지 자격증 사본과 이력서를 보내 주세요. 기한 이후에는 접수가 어렵습니다.\n{sig} 드림", "자개빛 공방", "jagaebit.example", tz="kr", lang="ko")
wr("pt", "Candidatura – oficina de azulejos", "Olá {n},\nObrigado pela sua candidatura à oficina de pintura de azulejos. Escolhemos uma pintora que já trabalha connosco em regime de estágio, por isso a vaga ficou preenchida. Boa sorte.\n{sig}", "Azulejaria Magalhães", "azulejariamagalhaes.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho", "Olá {n},\nA vaga na oficina de azulejos é sua, a partir de {dl}. Envie-nos a confirmação por escrito.\n{sig}", "Azulejaria Magalhães", "azulejariamagalhaes.example", tz="pt", lang="pt")
wr("ru", "Ответ на вашу заявку – валяльная мастерская", "Здравствуйте, {n}!\nРады, что вы откликнулись на вакансию в валяльной мастерской. На место мы взяли мастера, который уже два сезона катает у нас валенки. К сожалению, предложить вам работу сейчас не можем.\n{sig}", "Валяльня Белова", "valyalnya.example", tz="ru", lang="ru")
wo("application_received", "ru", "Заявка получена", "Здравствуйте, {n}!\nВаш отклик в валяльную мастерскую дошёл. Каким бы ни было решение, каждому напишем до {dl}.\n{sig}", "Валяльня Белова", "valyalnya.example", tz="ru", lang="ru")
wr("sw", "Maombi yako – karakana ya useremala", "Ndugu {n},\nAsante kwa kuomba nafasi katika karakana yetu ya useremala. Tumemchagua fundi ambaye amekuwa akitusaidia kwa miaka miwili, hivyo nafasi imejazwa. Tunakutakia kila la heri.\n{sig}", "Karakana ya Bakari", "karakanabakari.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ya kazi", "Ndugu {n},\nTunafurahi kukupa nafasi katika karakana yetu ya useremala kuanzia {dl}. Tafadhali thibitisha kwa barua pepe.\n{sig}", "Karakana ya Bakari", "karakanabakari.example", tz="tz", lang="sw")
wr("th", "ผลการสมัครงานทอผ้าขาวม้า", "เรียนคุณ{n}\nกลุ่มทอผ้าขาวม้าได้รับใบสมัครของคุณแล้ว แต่ตำแหน่งนี้ตกเป็นของช่างทอที่อยู่กับกลุ่มมาสองปี รอบนี้เลยรับคุณไม่ได้\nด้วยความนับถือ\n{sig}", "กลุ่มทอผ้าบ้านหนองบัว", "nongbuaweave.example", tz="th", lang="th")
wo("interview", "th", "นัดสัมภาษณ์", "เรียนคุณ{n}\nเชิญมาคุยกันที่กลุ่มทอผ้าวันที่ {dl} ตอนสิบโมงเช้า ช่วงนี้ลานจอดรถปิดซ่อม ฝากจอดริมถนนหน้ากลุ่มนะคะ\nด้วยความนับถือ\n{sig}", "กลุ่มทอผ้าบ้านหนองบัว", "nongbuaweave.example", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında – çini atölyesi", "Sayın {n},\nÇini atölyemize başvurduğunuz için sağ olun. Bu iş için atölyemizde zaten çıraklık yapan birini seçtik; bu yüzden başvurunuz olumsuz sonuçlandı.\nSaygılarımızla,\n{sig}", "Aydın Çini Atölyesi", "aydincini.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Belge talebi", "Sayın {n},\nBaşvurunuz sürsün diye ustalık belgenizin kopyası en geç {dl} günü elimizde olmalı.\nSaygılarımızla,\n{sig}", "Aydın Çini Atölyesi", "aydincini.example", tz="tr", lang="tr")
wr("ur", "درخواست کا نتیجہ – ٹرک آرٹ ورکشاپ", "محترم {n}،\nہماری ٹرک آرٹ ورکشاپ میں درخواست دینے کا شکریہ۔ یہ جگہ ایک ایسے کاریگر کو مل گئی ہے جو دو برس سے ہمارے ساتھ نقش بنا رہا ہے، لہٰذا آپ کی درخواست قبول نہ ہو سکی۔\n{sig}", "رنگ ٹرک آرٹ", "rangtruckart.example", tz="pk", lang="ur")
wo("next_steps", "ur", "دستاویزات درکار", "محترم {n}،\nآخری تاریخ {dl}: شناختی کارڈ کی کاپی اور اپنے بنائے ہوئے نقش کی چند تصویریں بھیجیں۔\n{sig}", "رنگ ٹرک آرٹ", "rangtruckart.example", tz="pk", lang="ur")
wr("zh", "关于您应聘紫砂壶作坊的结果", "{n}您好：\n感谢您应聘我们的紫砂壶作坊。经过考虑，我们录用了一位已在作坊做了两年学徒的师傅，因此这次无法录用您。祝您一切顺利。\n{sig}", "陈氏紫砂作坊", "chenzisha.example", tz="cn", lang="zh")
wo("application_received", "zh", "已收到您的申请", "{n}您好：\n我们已收到您对紫砂壶作坊的申请。无论是否录用，{dl}前都会给每位应聘者回复。\n{sig}", "陈氏紫砂作坊", "chenzisha.example", tz="cn", lang="zh")
wr("hni", "Hani: hhaqcal xaq", "{n}, ngaq lavq aqma hhoq, nilnei.\nLaoqdeil hhaqcal xaq zaq: ngaq yaoq aqbol ssaq ma tiq col yaoq, nilmil tav keiq meil. Col yaoq hhaq e saq lu.\n{sig}", "Lavqpyuq hhaqcal hhoq", "lavqpyuq.example", tz="cn", lang="hni")
wo("application_received", "hni", "Hani: hhaqcal xaq", "{n}, ngaq lavq aqma hhoq, nilnei.\nNaoq keiq hhaq e, keiq mail e, {dl} yiq tiq col tiq col miaoq zaq.\n{sig}", "Lavqpyuq hhaqcal hhoq", "lavqpyuq.example", tz="cn", lang="hni")
wr("nxq", "Naqxi: dobaq zhee", "{n}, nee jjuq zzeeq lee, zzee lee.\nNgaq dobaq zhee zo: ngaq ggv sso tee gge ddee sso lo seel, nee zzeeq tee mei. Ssee ddee lee.\n{sig}", "Dobaq Zhee Keel", "dobaqzhee.example", tz="cn", lang="nxq")
wo("interview", "nxq", "Naqxi: dobaq zhee", "{n}, nee jjuq zzeeq lee.\n{dl} seel nieq gv, ngaq dobaq zhee zo bbei lai lee. Ngaq keel mei ggu nee, jju bbee lai.\n{sig}", "Dobaq Zhee Keel", "dobaqzhee.example", tz="cn", lang="nxq")
wr("iii", "Nuosu: sha bbo", "{n}, ka sha sha.\nNgop sha bbo ddix, ssix nyix sy ngop vi hxo, nga sy ggep ap mop. Nyi jjix su ap ddix.\n{sig}", "Shuap bbo Jjivo", "shuapbbo.example", tz="cn", lang="iii")
wr("nio", "Нганасанский: ӈуо ӈамтуз", "{n}, ӈуо бəнсə нилытə!\nМəнə ӈамтузə мəнə бəнсə ӈанаҕа ӈəнди, кунду ӈилиа нə. Тəндəӈ ӈаныма ӈамту ӈилыаӈ.\n{sig}", "Таймырская рыболовная бригада", "taimyrbrigada.example", tz="krs", lang="nio")
wo("next_steps", "nio", "Нганасанский: бумага", "{n}, ӈуо!\nБумага, паспорт копия {dl} ӈэнди ӈатəнə. Тəндəӈ ӈамту ӈэнди.\n{sig}", "Таймырская рыболовная бригада", "taimyrbrigada.example", tz="krs", lang="nio")
wr("kpy", "Нымылан: ныпэлӄ", "{n}, мэй!\nГыммо ӄынвэр ныпэлӄ гэнталла: гымнан ӄаяӈ нымылгын гэйылқэвлин, ӄалэ ӈан ыннэ ӄаяттык. Вэтгавык!\n{sig}", "Рыбный цех Тымлат", "tymlatfish.example", tz="kam", lang="kpy")
wo("offer", "kpy", "Нымылан: ӄонпыӈ", "{n}, мэй!\nГыччи вэтат ныпэлӄ, {dl} гэнталлаӈ. Ӄыйылқэвлыгыт!\n{sig}", "Рыбный цех Тымлат", "tymlatfish.example", tz="kam", lang="kpy")
wr("itl", "Ительменский: кӈил", "{n}, ӽалӽэ!\nКӈил тхсуӽ: минэӈ ӽутх кэмма ллӽэӈ кивла, кэмма нэн ллаӈ. Кӈилаӽ!\n{sig}", "Рыболовецкая артель Ковран", "kovranartel.example", tz="kam", lang="itl")
wr("ppl", "Nawat: ne tekit", "Yek tunal {n},\nPadiush pal mutaketzal pal ne tekit ka ne kal tay tikchiwat petat. Tikpepenket se siwat tay ya tekiti tejemet ume shiwit, ijkuni te ueli tiawet tekiti ikmuwan ijkinin. Yek shinemi.\n{sig}", "Petat Tajtalpan", "petattajtalpan.example", tz="sv", lang="ppl")
wo("interview", "ppl", "Nawat: shiwalaj", "Yek tunal {n},\nShiwalaj pal titajtuat ka {dl}, ka majtakti ura. Ne uj wey tzakwtuk, shikalaki ka ne seuk uj.\n{sig}", "Petat Tajtalpan", "petattajtalpan.example", tz="sv", lang="ppl")
wr("mam", "Mam: tej aq'untl", "Chjonte {n},\nChjonte tu'n tkawin toj qaq'un te kemb'il. Ma tz'el qxk'u'ja jun xjal a' ma chi aq'unan qukx'in kab' ab'q'e. Nya' ok tz'aq'lin aq'untl te tey.\n{sig}", "Kemb'il Tx'otx'", "kembiltxotx.example", tz="gt", lang="mam")
wo("offer", "mam", "Mam: aq'untl", "Chjonte {n},\nKa'yin tu'n tok'aq'unan qukx'in te kemb'il, toj {dl}. Tq'ma qe.\n{sig}", "Kemb'il Tx'otx'", "kembiltxotx.example", tz="gt", lang="mam")
wr("kuj", "Ekekuria: okohaba emeremo", "Omwana wito {n},\nTokosoma okohaba emeremo ya mashine ya obhokima. Twaamotoora omonto oyo akora amo naswe emiaka ebhere, ni bhoobho tokaraakora naawe. Nyamhanga akobhahe.\n{sig}", "Obhokima Group Nyamongo", "obhokimagroup.example", tz="ke", lang="kuj")
wo("application_received", "kuj", "Ekekuria: emeremo", "Omwana wito {n},\nTwaabhona ebharua yaho. Nyoore tokotoora, nyoore bhoobho, omonto woonswe naakobhona igiinyo bhoosio {dl}.\n{sig}", "Obhokima Group Nyamongo", "obhokimagroup.example", tz="ke", lang="kuj")
wr("nyf", "Kigiryama: kazi ya makuti", "Mwenehu {n},\nAsante kwa kuvoya kazi ya kusuka makuti. Hukamtsagula mutu ariye akala anahenda kazi na swiswi miaka miiri, kwa vizho kazi ino taiko kpwako. Mulungu akuhatse.\n{sig}", "Makuti ga Ganze", "makutiganze.example", tz="ke", lang="nyf")
wo("interview", "nyf", "Kigiryama: kuonana", "Mwenehu {n},\nUnaalikwa kuza uonane na swiswi {dl} saa nne asubuhi. Ela lango kulu rimebanika, ngira na lango dide.\n{sig}", "Makuti ga Ganze", "makutiganze.example", tz="ke", lang="nyf")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New odd jobs this week", "Hi {n},\n\nNew on Curio Trades Board: assistant zythologist host (evenings), freelance lexicologist (two glossaries), pomologist's picking helper.\n\nManage alerts in your settings.", "Curio Trades Board", "curiotrades.example", frm="Curio Trades Board <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "raffle", "Casio databank memo", "CASIO DATABANK MEMO\nTO {N}: YOUR ENTRY IN THE MEMBERS' GEODE DRAW WAS NOT DRAWN. BETTER LUCK AT THE SPRING FAIR. {sig}", "Crystal Drawer Collection", "crystaldrawer.example", tz="use")


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
    "hi": "{d}/{m}/{y}", "nio": "{dd}.{mm}.{y}", "kpy": "{dd}.{mm}.{y}", "itl": "{dd}.{mm}.{y}",
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
        rec["id"] = f"blind58:{short}-{counters[short]:03d}"
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
