# ruff: noqa: E501, S311
"""Write data/blind/blind-slice-16.jsonl: the sixteenth sealed blind slice for issue 11.

Stdlib only, fixed seed; two runs write byte-identical files. Every sentence, name, company
and voice here was written for this slice. ``--langs`` prints the make-up by label/kind and
label/language (no message text); ``--check`` runs the 6-word-shingle overlap check against
data/*.jsonl and every other .jsonl in data/blind/ (read only as shingle sets; our side printed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 160161
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-16.jsonl"
PROVENANCE = "written for rejectwatch issue 11, sixteenth blind slice (make_blind16.py), sealed"

# --- people, companies, roles -------------------------------------------------------------

EN_FIRST = ["Aurelio", "Bronagh", "Caspian", "Delphine", "Eamon", "Folasade", "Gideon", "Halima", "Ingrid", "Jonah", "Kaveh", "Leontine", "Mateus", "Niamh", "Oisin", "Perpetua", "Quentin", "Rosalind", "Saoirse", "Tobias", "Ulla", "Vikram", "Wilhelmina", "Yewande", "Anouk", "Benedikt", "Cosima", "Darragh", "Esperanza", "Fintan", "Greer", "Horatio", "Imogen", "Jovan", "Keziah", "Lorcan", "Marisol", "Nnamdi", "Odalys", "Prakash", "Rhiannon", "Soren", "Tamsin", "Thaddeus", "Wendell", "Ottilie", "Ruairi", "Zainab"]
EN_LAST = ["Achterberg", "Blackwood", "Castellanos", "Egwu", "Fairbairn", "Gallacher", "Haverkamp", "Ibekwe", "Jansz", "Kowalczyk", "Lindqvist", "Marchetti", "Nakagawa", "Ostrowski", "Pemberton", "Quaresma", "Rautio", "Szabo", "Thistlewood", "Umeadi", "Whitlock", "Yardley", "Zamora", "Abernethy", "Brannigan", "Coulibaly", "Drummond", "Esterhuizen", "Featherstone", "Greaves", "Hallorann", "Iyengar", "Kettering", "Loughlin", "Mwangi", "Nordahl", "Penhaligon", "Ravensworth", "Sandoval", "Trevithick", "Underhill", "Villanueva"]
EN_COMPANIES = [
    ("Brackenfield Analytics", "brackenfield.example"),
    ("Ormond & Vale", "ormondvale.example"),
    ("Tidewright Energy", "tidewright.example"),
    ("Saltmarsh Health Partners", "saltmarsh-health.example"),
    ("Kilnworth Ceramics", "kilnworth.example"),
    ("Larkspur Logistics", "larkspur-logistics.example"),
    ("Pellucid Labs", "pellucid.example"),
    ("Quayside Credit Union", "quaysidecu.example"),
    ("Harrowgate Veterinary Group", "harrowgate-vets.example"),
    ("Northvane Robotics", "northvane.example"),
    ("Copperbeech Housing Association", "copperbeech.example.org"),
    ("Fernhollow Foods", "fernhollow.example"),
    ("Galeforce Wind Services", "galeforce.example"),
    ("Inkwell Learning", "inkwell-learning.example"),
    ("Juniper Row Studios", "juniperrow.example"),
    ("Marlpit Water", "marlpit.example"),
    ("Oriel Biologics", "oriel-bio.example"),
    ("Pennyroyal Games", "pennyroyal.example"),
    ("Redshank Aviation Services", "redshank.example"),
    ("Stillwater Insurance Mutual", "stillwater-mutual.example"),
    ("Thornbury Precision", "thornbury.example"),
    ("Umber & Finch Publishing", "umberfinch.example"),
    ("Verdant Loop Recycling", "verdantloop.example"),
    ("Wickham Bell Architects", "wickhambell.example"),
    ("Yarrow Street Bank", "yarrowstreet.example"),
    ("Alderney Freight", "alderneyfreight.example"),
    ("Cinderford Mills", "cinderford.example"),
    ("Driftwood Hospitality", "driftwood-hotels.example"),
    ("Emberlane Software", "emberlane.example"),
    ("Gorsemoor Environmental", "gorsemoor.example"),
]
EN_ROLES = [
    "Hydrology Data Analyst", "Packaging Technologist", "Grants Compliance Officer",
    "Offshore Cable Planner", "Localisation Producer", "Laboratory Informatics Lead",
    "Sterile Services Supervisor", "Freight Pricing Analyst", "Accessibility Engineer",
    "Biostatistics Programmer", "Estates Surveyor", "Menu Development Chef",
    "Tenancy Sustainment Officer", "Firmware Test Engineer", "Conservation Technician",
    "Payroll Systems Analyst", "Loyalty Programme Manager", "Fleet Telematics Coordinator",
    "Donor Stewardship Officer", "Clinical Coding Auditor", "Learning Technologist",
    "Supplier Quality Engineer", "Carbon Accounting Analyst", "Glaze Chemist",
    "Water Network Modeller", "Game Economy Designer", "Fraud Investigator", "Technical Illustrator",
]

# Other languages: (first, last, romanised first, romanised last); companies; roles.
PEOPLE: dict[str, list[tuple[str, str, str, str]]] = {
    "de": [("Henrike", "Wollenweber", "henrike", "wollenweber"), ("Malte", "Strothmann", "malte", "strothmann"), ("Ilka", "Brenninkmeyer", "ilka", "brenninkmeyer"), ("Jorin", "Haberkorn", "jorin", "haberkorn")],
    "fr": [("Solène", "Marchadier", "solene", "marchadier"), ("Gaspard", "Lefebvre-Roux", "gaspard", "lefebvre-roux"), ("Maëlys", "Carpentier", "maelys", "carpentier"), ("Aurélien", "Dufresnoy", "aurelien", "dufresnoy")],
    "es": [("Florencia", "Iturbe", "florencia", "iturbe"), ("Tomás", "Baigorria", "tomas", "baigorria"), ("Agustina", "Rivarola", "agustina", "rivarola")],
    "pt": [("Inês", "Vasconcelos", "ines", "vasconcelos"), ("Duarte", "Mesquita", "duarte", "mesquita"), ("Leonor", "Figueiredo", "leonor", "figueiredo")],
    "it": [("Ludovica", "Scarpellini", "ludovica", "scarpellini"), ("Tommaso", "Ferraresi", "tommaso", "ferraresi")],
    "nl": [("Femke", "Wijnbergen", "femke", "wijnbergen"), ("Sjoerd", "van Oosterhout", "sjoerd", "vanoosterhout")],
    "pl": [("Zuzanna", "Wierzbicka", "zuzanna", "wierzbicka"), ("Bartosz", "Kaczmarek", "bartosz", "kaczmarek"), ("Weronika", "Sadowska", "weronika", "sadowska")],
    "sv": [("Elsa", "Bergqvist", "elsa", "bergqvist"), ("Hampus", "Lindgren", "hampus", "lindgren")],
    "ja": [("美咲", "高橋", "misaki", "takahashi"), ("翔太", "藤原", "shota", "fujiwara"), ("由紀", "小野寺", "yuki", "onodera"), ("健二", "松永", "kenji", "matsunaga")],
    "ko": [("서연", "정", "seoyeon", "jeong"), ("민호", "윤", "minho", "yoon"), ("하은", "최", "haeun", "choi")],
    "zh": [("怡君", "林", "yijun", "lin"), ("冠宇", "陳", "guanyu", "chen"), ("雅婷", "黃", "yating", "huang")],
    "ru": [("Дарья", "Соколова", "darya", "sokolova"), ("Артём", "Лебедев", "artyom", "lebedev"), ("Полина", "Воронцова", "polina", "vorontsova")],
    "ar": [("ريم", "الحربي", "reem", "alharbi"), ("يوسف", "المنصوري", "yousef", "almansouri"), ("هالة", "السعدي", "hala", "alsaadi")],
    "tr": [("Elif", "Karaca", "elif", "karaca"), ("Burak", "Özdemir", "burak", "ozdemir")],
    "el": [("Ειρήνη", "Παπαδοπούλου", "eirini", "papadopoulou"), ("Νικόλαος", "Σταματόπουλος", "nikolaos", "stamatopoulos")],
    "he": [("נועה", "ברקוביץ", "noa", "berkovitz"), ("איתי", "שגיא", "itai", "sagi"), ("מיכל", "אלון", "michal", "alon")],
    "hi": [("प्रिया", "मेहरा", "priya", "mehra"), ("अंकित", "त्रिपाठी", "ankit", "tripathi"), ("नेहा", "सक्सेना", "neha", "saxena")],
    "th": [("ศิริพร", "วงศ์ใหญ่", "siriporn", "wongyai"), ("ธนากร", "ศรีสุข", "thanakorn", "srisuk"), ("กมลชนก", "บุญมา", "kamonchanok", "boonma")],
    "hr": [("Lucija", "Horvat", "lucija", "horvat"), ("Matej", "Kovačević", "matej", "kovacevic")],
    "bg": [("Мария", "Георгиева", "maria", "georgieva"), ("Стефан", "Петров", "stefan", "petrov")],
    "et": [("Kadri", "Tamm", "kadri", "tamm"), ("Rasmus", "Saar", "rasmus", "saar")],
    "lt": [("Ieva", "Kazlauskienė", "ieva", "kazlauskiene"), ("Mantas", "Petrauskas", "mantas", "petrauskas")],
    "ms": [("Nurul Aina", "binti Rahman", "nurulaina", "rahman"), ("Hafiz", "bin Ismail", "hafiz", "ismail")],
    "tl": [("Maricel", "Dela Cruz", "maricel", "delacruz"), ("Jerome", "Villareal", "jerome", "villareal")],
    "sw": [("Amani", "Wanjiku", "amani", "wanjiku"), ("Baraka", "Otieno", "baraka", "otieno")],
    "fa": [("نگار", "رضایی", "negar", "rezaei"), ("آرش", "کریمی", "arash", "karimi")],
    "is": [("Sigrún", "Jónsdóttir", "sigrun", "jonsdottir"), ("Kári", "Einarsson", "kari", "einarsson")],
    "af": [("Anneke", "Botha", "anneke", "botha"), ("Ruan", "van der Merwe", "ruan", "vandermerwe")],
}
COMPANIES: dict[str, list[tuple[str, str]]] = {
    "de": [("Wesertal Antriebstechnik GmbH", "wesertal.example"), ("Kornblum Verlag", "kornblum-verlag.example")],
    "fr": [("Atelier Brisecroix", "brisecroix.example"), ("Mutuelle des Coteaux", "mutuelle-coteaux.example")],
    "es": [("Cooperativa Lapacho", "lapacho.example"), ("Estudio Quebracho", "quebracho.example")],
    "pt": [("Tanoaria Mesquita & Filhos", "tanoaria-mesquita.example"), ("Farol Digital", "farol-digital.example")],
    "it": [("Cantiere Navale Levante", "cantiere-levante.example"), ("Ottica Ferraresi", "ottica-ferraresi.example")],
    "nl": [("Polderwerk Installatietechniek", "polderwerk.example"), ("Stichting Zeezicht", "zeezicht.example.org")],
    "pl": [("Drukarnia Bursztyn", "bursztyn-druk.example"), ("Wrzos Logistyka", "wrzos.example")],
    "sv": [("Fjällbacka Bageri AB", "fjallbageri.example"), ("Norrsken Mjukvara", "norrsken.example")],
    "ja": [("株式会社みなと精工", "minato-seiko.example"), ("さくら通信サービス株式会社", "sakura-tsushin.example")],
    "ko": [("한빛로보틱스", "hanbit-robotics.example"), ("온새미로 출판사", "onsaemiro.example")],
    "zh": [("青禾資訊股份有限公司", "qinghe-info.example"), ("海岸線文化基金會", "coastline-culture.example.org")],
    "ru": [("ООО «Северный ветер»", "sevveter.example"), ("Типография «Клевер»", "klever-print.example")],
    "ar": [("شركة الواحة للخدمات اللوجستية", "alwaha-logistics.example"), ("مجموعة النخيل الطبية", "nakheel-medical.example")],
    "tr": [("Boğaziçi Yazılım A.Ş.", "bogazici-yazilim.example"), ("Efes Tekstil", "efes-tekstil.example")],
    "el": [("Αιγαίο Ναυτιλιακή Α.Ε.", "aigaio-naftiliaki.example")],
    "he": [("גל-אור מערכות", "galor.example"), ("תמר הוצאה לאור", "tamar-books.example")],
    "hi": [("सारथी लॉजिस्टिक्स", "saarathi.example"), ("नीलकमल फार्मा", "neelkamal.example")],
    "th": [("บริษัท ทะเลคราม จำกัด", "talaykram.example"), ("โรงแรมริมน้ำ", "rimnam-hotel.example")],
    "hr": [("Jadranska Brodogradnja d.o.o.", "jadran-brodo.example")],
    "bg": [("Родопа Софтуер ООД", "rodopa-soft.example")],
    "et": [("Põhjarannik OÜ", "pohjarannik.example")],
    "lt": [("UAB Gintarinis kelias", "gintarinis.example")],
    "ms": [("Syarikat Kenari Berhad", "kenari.example")],
    "tl": [("Bagwis Solutions Inc.", "bagwis.example")],
    "sw": [("Mwambao Logistics Ltd", "mwambao.example")],
    "fa": [("شرکت نرم‌افزاری آبشار", "abshar.example")],
    "is": [("Jökulsá Verkfræðistofa ehf.", "jokulsa.example")],
    "af": [("Karoo Vervoer (Edms) Bpk", "karoovervoer.example")],
}
ROLES: dict[str, list[str]] = {
    "de": ["Projektingenieurin Antriebstechnik", "Lektor Sachbuch", "Werkstudent Controlling"],
    "fr": ["chargée de communication", "gestionnaire sinistres", "technicien de maintenance"],
    "es": ["analista de datos", "diseñadora gráfica", "coordinador de logística"],
    "pt": ["técnico de qualidade", "gestora de conteúdos"],
    "it": ["progettista navale", "addetta alle vendite"],
    "nl": ["projectleider installaties", "fondsenwerver"],
    "pl": ["specjalista ds. zakupów", "grafik DTP"],
    "sv": ["bagare", "systemutvecklare"],
    "ja": ["生産技術職", "カスタマーサポート職"],
    "ko": ["로봇 제어 엔지니어", "편집자"],
    "zh": ["後端工程師", "專案企劃"],
    "ru": ["инженер-конструктор", "менеджер по закупкам"],
    "ar": ["محاسب", "منسقة موارد بشرية"],
    "tr": ["yazılım geliştirici", "kalite kontrol uzmanı"],
    "el": ["λογίστρια", "ναυτιλιακός πράκτορας"],
    "he": ["מפתח/ת Backend", "עורכת לשון"],
    "hi": ["ऑपरेशंस एग्ज़ीक्यूटिव", "गुणवत्ता विश्लेषक"],
    "th": ["เจ้าหน้าที่บัญชี", "พนักงานต้อนรับ"],
    "hr": ["inženjer brodogradnje"],
    "bg": ["програмист Java"],
    "et": ["laotöötaja"],
    "lt": ["buhalterė"],
    "ms": ["eksekutif pemasaran"],
    "tl": ["customer service associate"],
    "sw": ["afisa wa usafirishaji"],
    "fa": ["برنامه‌نویس اندروید"],
    "is": ["verkfræðingur"],
    "af": ["logistieke koördineerder"],
}
TZ = {
    "en": ["+0000", "+0100", "-0500", "-0800", "+1000", "+0530", "+1300", "-0300", "+0400", "+0800", "-0600", "+0200"],
    "de": ["+0100", "+0200"], "fr": ["+0100", "+0200"], "es": ["-0300"], "pt": ["+0000", "+0100"],
    "it": ["+0100", "+0200"], "nl": ["+0100", "+0200"], "pl": ["+0100", "+0200"], "sv": ["+0100", "+0200"],
    "ja": ["+0900"], "ko": ["+0900"], "zh": ["+0800"], "ru": ["+0300"], "ar": ["+0300", "+0400"],
    "tr": ["+0300"], "el": ["+0200", "+0300"], "he": ["+0200", "+0300"], "hi": ["+0530"], "th": ["+0700"],
    "hr": ["+0100", "+0200"], "bg": ["+0200", "+0300"], "et": ["+0200", "+0300"], "lt": ["+0200", "+0300"],
    "ms": ["+0800"], "tl": ["+0800"], "sw": ["+0300"], "fa": ["+0330"], "is": ["+0000"], "af": ["+0200"],
}
MAILBOXES = ["mail.example", "post.example.net", "example.org", "inbox.example", "example.com", "webpost.example"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def fold(text: str) -> str:
    """ASCII-fold an address local part."""
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9.-]", "", text.encode("ascii", "ignore").decode().lower())


# --- shared shapes (footers, signatures) -----------------------------------------------------

FOOTERS = {
    "news": """
------------------------------------------------------------
THE {upper} DISPATCH · what's been happening this month
* Our Leeds depot switched to heat pumps and cut its gas bill by two thirds
* Forty colleagues ran the canal relay for the local hospice
* Book a seat at our open evening on the 18th (drinks from six)
Read every story on our careers site, and follow us wherever you scroll.
You're on this list because you once left us your e-mail address. Change what we send you, or leave the list, in your candidate settings whenever you like.
{company} · Unit 4, Harbour Works · registered number 0{ref}
------------------------------------------------------------""",
    "alerts": """
~~~ Fresh roles for the search you saved ~~~
> Night Shift Coordinator — 3 sites — full time
> Junior Estimator — hybrid — apply by the 30th
> Warehouse Systems Champion — permanent
> Bid Writer (maternity cover) — 12 months
See all 27 matches | Pause these e-mails | Edit the search
These suggestions are generated from the preferences in your profile. {company} Talent Network, delivered by Applyfold.""",
    "legal": """
__
{company} is the trading name of {company} Holdings Limited, registered in England under company number 0{ref}, registered office at 2 Tanners Yard, Bristol.
Whatever is written here, attachments included, belongs to the addressee alone; if you have been sent it in error, let us know and then bin it. Forwarding or copying it isn't permitted.
We scan outgoing mail for viruses but cannot promise any message is free of them; opening attachments is at your own risk.
Thinking of printing this? Most people who do never read the printout.
How we handle personal data: see the privacy notice on our website.""",
    "careers": """
================================
WORKING AT {upper}
Four-day week pilot · 30 days' leave plus your birthday · on-site nursery · cycle scheme
Refer a friend and we'll put £750 towards your next holiday.
Meet the team on our careers blog, or watch "A day on the line" on our video channel.
{company} welcomes applicants of every background and makes adjustments at every stage; tell us what would help.
================================""",
}
ATS = {
    "corvidhire": "\n\n--\nDelivered by Corvidhire for {company}. Replies here go to a mailbox no human opens.\nYour candidate profile: https://candidates.corvidhire.example/{ref}\nCorvidhire · Privacy · Help centre",
    "stackroster": "\n\n— — —\nThis update comes from Stackroster, the hiring platform {company} uses.\nQuestions about your data? data@stackroster.example | Unsubscribe from status e-mails",
    "hiremarsh": "\n\nPowered by Hiremarsh\nThis e-mail is about an application made on the {company} careers page. Candidate ID {ref}.",
}
MOBILE = [
    "\n\nSent from my Pixel, so forgive the brevity",
    "\n\nGet BlueMail for Android",
    "\n\nSent from my iPad",
    "\n\nTyped on a phone on a train — apologies for any autocorrect",
]

# --- records -----------------------------------------------------------------------------

RECORDS: list[dict[str, str]] = []
TEMPLATES: list[dict[str, object]] = []
NOT_REJECTION = {"application_received", "interview", "next_steps", "offer", "other_job", "job_alert", "recruiter_outreach", "non_job_rejection_words"}


def add(kind: str, tpl: str, var: str, subject: str, body: str, *, sender: str = "person", lang: str = "en", n: int = 1, fixed: dict[str, str] | None = None, what: str = "") -> None:
    """Queue one template (sent to n people)."""
    if kind != "rejection" and kind not in NOT_REJECTION:
        raise ValueError(kind)
    TEMPLATES.append({"kind": kind, "tpl": tpl, "var": var, "subject": subject, "body": body, "sender": sender, "lang": lang, "n": n, "fixed": fixed or {}, "what": what})


# === REJECTIONS: the issue's kinds ==========================================================

# -- person-written thread replies after an interview, the decision as someone else's hire --
add("rejection", "thread", "migration", "RE: [EXT] Re: Where things stand - {role}", """
Hi {first},

Thanks again for {qday}'s hour, and for the follow-up note with the cut-over sketch. Two of its ideas are already pinned above our team board.

We closed the search this week. The team picked {other}, who ran almost exactly this migration at a previous firm and joins us in the new year.

These weeks of conversations with you have been a highlight of my quarter. If you ever want a straight answer about a role here, my inbox is open.

Best,
{sfirst}

From: {full} <{to}>
Sent: {q_outlook}
To: {sfull} <{saddr}>
Subject: Re: [EXT] Re: Where things stand - {role}

Hi {sfirst},
Just checking in after the panel. Happy to send over anything else that would help.
{first}
""", n=2)
add("rejection", "thread", "contractor", "Re: [EXT] Re: Thank you - {role} interview", """
{first} - a short note from me before the holidays. We went with {other}, who has covered the role on contract since the summer and already knows every supplier by first name. That tipped it.

You came a close second and the whole panel said so. Keep in touch, please.

{sfirst}

On {q_gmail}, {full} <{to}> wrote:
> Many thanks for {qday} - the depot tour was the highlight of my week.
> My two referees are primed and ready if you want them.
""", n=2)
add("rejection", "thread", "accepted", "RE: [EXT] RE: [EXT] Re: Last chat with the founders", """
Hello {first},

I said I'd write the minute we had news, so here goes: {other} said yes to our offer last night, and the seat is now filled.

Honestly, your case study was the one we kept quoting in the debrief. I'd be glad to introduce you to two people in my network who are hiring for similar work, if that's useful.

Warm regards,
{sfull}
{role} hiring manager, {company}

-----Original Message-----
From: {full} <{to}>
Sent: {q_outlook_us}
To: {sfull} <{saddr}>
Subject: RE: [EXT] Re: Last chat with the founders

Cheers {sfirst}, lovely chatting earlier. Fingers crossed on my side!
""", n=2)
add("rejection", "thread", "coop-phone", "re: coffee follow up", """
hey {first}, didn't want the portal telling you before i did. we offered it to someone from inside the co-op who has been doing the job informally for a year and she's taken it. you were brilliant in the room and everyone said so.

{sfirst}
""" + MOBILE[0], n=1)
add("rejection", "thread", "ward", "RE: [EXT] Re: Band 6 interview - thank you", """
Dear {first},

Thanks for visiting the ward on {qday}; your answer on the deteriorating-patient scenario was well considered.

The panel has appointed the colleague who has been acting up as deputy since the spring; the decision was made yesterday and she has accepted.

Meanwhile, the trust's bank shifts are worth a look; the ward would welcome you in that way.

With best wishes,
{sfull}
Ward Manager, Osprey Ward

-----Original Message-----
From: {full}
Sent: {q_outlook}
To: {sfull}
Subject: Re: [EXT] Re: Band 6 interview - thank you

Dear {sfirst}, thank you for the interview today. I really enjoyed the tour.
""", n=2)
add("rejection", "thread", "trustees", "Re: [EXT] Re: Curatorial assistant - after Thursday", """
Dear {first},

A quick note after Thursday. The trustees confirmed {otherfull} in the post at Monday's meeting, with a start in time for the spring exhibition.

Your knowledge of the textile collection impressed everyone, and I've passed your name to our volunteer coordinator, who is always glad of expert hands.

All good wishes,
{sfirst}

> On {q_us}, {full} <{to}> wrote:
> What a treat the stores were - handling those samplers made my month.
""", n=2)
add("rejection", "thread", "golead", "RE: [EXT] Re: Tech lead chat", """
Hi {first},

Appreciate you making time for the extra architecture session. We've asked {other} to lead the platform team, bringing the Go and event-sourcing depth we'd been missing; the team's vote after the pairing day was unanimous.

Our tangent on on-call culture was my favourite part. Would it be alright if I kept your details for the data-platform opening we expect in the second quarter?

Cheers,
{sfirst}

________________________________
From: {full} <{to}>
Sent: {q_outlook_us}
To: {sfull} <{saddr}>
Subject: Re: Tech lead chat

Thanks {sfirst}. Send over the architecture prompt whenever suits.
""", n=1)
add("rejection", "thread", "translated", "RE: [EXT] Re: Interview debrief", """
Good morning {first},

Following our meeting of last week, here is our answer after reflection. After reflection, the committee has retained the candidature of another person, whose experience in the regulated sector corresponds to the profile we search.

I thank you sincerely for the quality of our exchanges and I wish you all the success in your research.

Cordially,
{sfull}
Human Resources, {company}

De : {full} <{to}>
Envoyé : {q_iso}
Objet : Re: Interview debrief
""", n=2)

# -- clear refusals under long footers --
REF_A = """Dear {first},

Thank you for applying for the {role} post. Shortlisting closed on Friday, and the interview shortlist doesn't include you this time, I'm afraid.

With kind regards,
Recruitment Team, {company}
"""
REF_B = """Hi {first},

Thanks for waiting while we read through everything that came in for {role}. We're going to leave your application there and not take it further.

All the best for the search.
{sfirst} at {company}
"""
REF_C = """Hello {first},

After your interview for {role}, we've decided the job will go elsewhere and no offer will follow. We valued the afternoon you spent here.

Kind regards,
{sfull}
"""
REF_D = """Dear {first},

Your application (reference {ref2}) for {role} has been considered and will not be taken further.

{company} Recruitment
"""
add("rejection", "footer", "a-news", "Your application - {role}", REF_A + FOOTERS["news"], sender="{company} Recruitment <jobs@{domain}>")
add("rejection", "footer", "a-legal", "Your application - {role}", REF_A + FOOTERS["legal"], sender="{company} Recruitment <jobs@{domain}>")
add("rejection", "footer", "b-alerts", "Update on {role}", REF_B + FOOTERS["alerts"])
add("rejection", "footer", "b-careers", "Update on {role}", REF_B + FOOTERS["careers"])
add("rejection", "footer", "c-legal", "{role} interview - outcome", REF_C + FOOTERS["legal"])
add("rejection", "footer", "c-news", "{role} interview - outcome", REF_C + FOOTERS["news"])
add("rejection", "footer", "d-careers", "Application {ref2}", REF_D + FOOTERS["careers"] + ATS["hiremarsh"], sender="{company} <no-reply@hiremarsh.example>")
add("rejection", "footer", "d-alerts", "Application {ref2}", REF_D + FOOTERS["alerts"], sender="{company} Talent Network <talent@{domain}>")

# -- hedged refusals --
add("rejection", "hedged", "neater", "{role} at {company}", """
Hi {first},

Thank you for the thoughtful application and for the portfolio link. It was a hard shortlist to draw up.

In the end, a handful of people who applied lined up more neatly with where the team needs to be over the next twelve months, and we're going ahead with them.

I hope you'll keep us in mind for future openings.

{sfull}
Talent Partner, {company}
""", n=2)
add("rejection", "hedged", "different-way", "About the {role} role", """
Dear {first},

We appreciated the conversation on {qday}. Having thought carefully about the shape of the team, we've chosen to take this hire a different way and to look for someone whose background is weighted towards field operations.

Thank you for your interest in {company}.

Best wishes,
{sfull}
""", n=2)
add("rejection", "hedged", "touch-better", "Thank you, {first}", """
Hello {first},

Many thanks for your time with the panel. On balance, a couple of the other candidates fit the brief a touch better, particularly on the commercial side, so we've offered the next stage to them.

It was a close-run thing and I would be happy to share a few notes if you'd like them.

Regards,
{sfirst} {slast}
""", n=2)
add("rejection", "hedged", "clinical-depth", "{role} - update", """
Dear {first},

Thank you for your interest in joining {company}. After reviewing the field, we have decided to focus on applicants with deeper hands-on exposure to late-phase clinical trials, which is where this role will spend most of its time.

We wish you every success.

{sfull}
People Team
""", n=2)
add("rejection", "hedged", "drifted", "Quick update on {role}", """
Hi {first},

Apologies this took longer than promised. Over the last fortnight the role drifted towards a much more sales-facing brief than the one you applied for, and the people we are continuing with come from that world.

Thanks so much for being patient with us, and good luck.

{sfirst}
""", n=2)

# -- recruiter follow-ups after a call: the decision and another role in the same breath --
add("rejection", "recruiter", "uk-agency", "Following our call - {company}", """
Hi {first},

Good to catch you earlier. Per our call, {company} picked someone another agency had already taken to final stage, which ends our part in that process.

On the plus side, a water utility in Reading needs a contractor for six months, and your CV reads like their spec: hybrid, two days on site, £450 a day outside IR35. Say the word and your CV goes over before Friday.

Speak soon,
{sfull}
Senior Consultant | Fenwick Stone Recruitment
07700 900{ref3}
""", sender="{sfull} <{sfirst_a}.{slast_a}@fenwickstone.example>", n=2)
add("rejection", "recruiter", "dubai", "{role} - feedback and another opening", """
Dear {first},

Thank you for taking my call this afternoon. To confirm in writing: the client has finalised another profile for the {role} position and will not be arranging a second meeting.

I mentioned the regional planning role with a logistics group in Jebel Ali. Package is AED 28,000 per month plus housing allowance. Please send your latest CV with your notice period and salary expectation before tomorrow noon, ready for submission to the client.

Best regards,
{sfull}
Talent Acquisition Consultant
Mirage Gate Search FZ-LLC
""", sender="{sfull} <{sfirst_a}@miragegate.example>", n=2)
add("rejection", "recruiter", "inhouse", "Thanks for chatting today", """
Hi {first},

Really enjoyed our call. Putting it in writing, as I said I would: the hiring manager for {role} has decided to proceed with candidates who have more experience with public-sector clients, so the technical round is off for you.

Separately, our partnerships team liked your profile when I mentioned it, and they have a Partner Success Manager opening. The description is attached. Fancy it? I can get you in front of their lead next week.

{sfirst}
Recruiter, {company}
""", n=2)

# -- public-sector notices --
add("rejection", "public", "us-notreferred", "Notice of Results - Announcement {ref2}-{ref}", """
Dear {full},

This notice concerns your application to vacancy announcement {ref2}-{ref}, {role}, GS-0{ref2}.

Result: Eligible - Not Referred
The HR specialist confirmed that you meet the eligibility requirements. Your rating, though, placed you below the candidates whose names went forward to the hiring manager on the certificate.

Your answers and this notice stay available in your applicant account. Thank you for your interest in federal employment.

Office of Human Capital
Southern Region Service Center
""", sender="Applicant Notifications <noreply@hiring.gov.example>", n=2)
add("rejection", "public", "council-licence", "Application for {role} (ref {ref2})", """
Dear {first} {last},

Thank you for applying for the above post with the Borough Council.

A full category C1 driving licence is essential for this post. Your form says you don't hold that entitlement yet, so the application can't go any further.

Future vacancies are published on our jobs portal every Friday.

Yours sincerely,
Resourcing Team
Hartwell Borough Council
""", sender="Hartwell Borough Council <resourcing@hartwell-gov.example>", fixed={"role": "Grounds Maintenance Operative"})
add("rejection", "public", "withdrawn", "Vacancy withdrawn: {role}", """
Dear Applicant,

After the service reviewed its staffing establishment, the post of {role} (reference {ref2}) has been struck off the staffing plan; the post stays empty.

We have closed all applications made for it. We recognise the effort that goes into an application and apologise for any disappointment.

People Services
County Hall
""", sender="People Services <no-reply@eastmere-gov.example>", n=2)
add("rejection", "public", "au-merit", "Outcome - {role} (Job Ref {ref})", """
Dear {first},

Thank you for your application for the {role} position with the Department.

Every application has been assessed against the capabilities in the role description. Yours was not shortlisted for the next stage.

The convenor can give feedback if you ask within ten working days.

Regards,
Talent Acquisition
Department of Regional Water Security
""", sender="Recruitment <recruitment@water-gov-au.example>")
add("rejection", "public", "ca-screened", "Your application - selection process {ref2}", """
Hello {first} {last},

Your application to selection process {ref2} ({role}) was screened against the essential qualifications.

The information in your application doesn't show the essential experience "significant experience managing multi-year contribution agreements". As a result, you have been screened out of this process.

You have five calendar days from this message to ask for an informal discussion.

Human Resources Services
""", sender="HR Services <hr-services@canada-agency-ca.example>")

# -- bare ATS status updates --
add("rejection", "ats", "corvid-status", "Your application status changed", """
{company}

Application: {role}
Status: No longer under consideration

{first}, thank you for applying.
""" + ATS["corvidhire"], sender="{company} via Corvidhire <notifications@corvidhire.example>", n=2)
add("rejection", "ats", "stack-closed", "Update: {role} ({ref})", """
Hi {first},

Something has changed on your {role} application at {company}.

Current stage: Closed
Reason: Position filled
""" + ATS["stackroster"], sender="Stackroster <updates@stackroster.example>", n=2)
add("rejection", "ats", "marsh-oneline", "{company}: application update", """
Your application for {role} is no longer being considered.
""" + ATS["hiremarsh"], sender="{company} <no-reply@hiremarsh.example>", n=2)
add("rejection", "ats", "html-row", "Application update - {company}", """
<html><body>
<p>Dear {first},</p>
<p>One of your applications has a new status.</p>
<table border="1" cellpadding="6">
<tr><th>Job</th><th>Requisition</th><th>Status</th></tr>
<tr><td>{role}</td><td>R-{ref}</td><td>Not progressing</td></tr>
</table>
<p>Your other applications are listed in your candidate home.</p>
<p style="color:#888">{company} careers &middot; privacy &middot; accessibility</p>
</body></html>
""", sender="{company} Careers <careers-noreply@{domain}>", n=2)

# -- internship decisions --
add("rejection", "intern", "summer", "{company} Summer Internship {year}", """
Dear {first},

Your recorded video interview for the {company} summer internships has been watched in full. This year 3,400 people applied for 41 places.

We've now made our choices, and you won't be going through to the assessment day. Our decisions are final for this cycle, but you are welcome to apply again next autumn.

The Early Careers Team
{company}
""", sender="Early Careers <earlycareers@{domain}>", n=2)
add("rejection", "intern", "yini", "Year in industry placement", """
Hi {first},

Thanks for meeting us about the year-in-industry placement in our test lab. We've offered the placement to another student from your university, whose module choices matched the lab work slightly more closely.

Please say hello to your placement tutor from us; we'll be back at the careers fair in October.

{sfull}
Lab Operations Lead
""", n=1)
add("rejection", "intern", "ngo", "Internship application - Programme Unit", """
Dear {first},

Thanks for your interest in a Programme Unit internship (six months, Geneva office).

We are sorry to tell you that you have not been selected. The committee had far more strong candidates than placements to give.

With best regards,
Internship Coordination Office
Lakeshore Development Alliance
""", sender="Internships <internships@lakeshore-alliance.example.org>", n=2)
add("rejection", "intern", "museum", "Conservation internship", """
Dear {first},

Lovely meeting you in the studio. The panel picked another applicant for this year's paper-conservation internship.

Do stay in touch through our newsletter; we run a shorter summer placement each July.

With warm wishes,
{sfull}
Head of Conservation
""", n=1)


# -- one more public notice and short notes (one-liners, mobile) --
add("rejection", "public", "exam-list", "Examination results - {role}", """
Dear {first} {last},

Your final score on the written examination for {role} was 64.20. The cut-off score for placement on the eligible list for this recruitment was 71.50.

Because your score falls below the cut-off, your name can't go on the eligible list. You may compete again when the examination is next announced.

Civil Service Commission
Testing and Eligibility Unit
""", sender="Civil Service Commission <exams@csc-gov.example>", fixed={"role": "Correctional Records Clerk"})
add("rejection", "short", "filled-phone", "Re: Saturday job", """
Sorry {first}, we've given the Saturday hours to someone who can do Sundays as well. Ta for bringing your CV round.
{sfirst}
""" + MOBILE[3])
add("rejection", "short", "one-line", "{role}", """
Thanks for applying. We're not taking your application further. - {company}
""", sender="{company} Hiring <hiring@{domain}>")

# === REJECTIONS: kinds no earlier slice lists ===============================================
add("rejection", "new", "census", "Census field enumerator - your application", """
Dear {first},

Thanks for wanting to be a field enumerator in the {year} census.

We had many more applicants than areas to cover in your district. Enumerator areas are allocated first to applicants who can work every evening of the follow-up period, and all areas near your postcode have now been assigned. We will not be able to offer you a post in this census.

Census Recruitment Office
""", sender="Census Recruitment <recruitment@census-gov.example>")
add("rejection", "new", "invigilator", "Exam invigilation - summer series", """
Hi {first},

Thanks for offering to invigilate for the summer exam series. We held a short briefing for the shortlisted people last week and have now filled all our sessions for this series, so there's no place for you on the team this year.

We recruit again in February for the next series.

{sfull}
Exams Officer, Fallowfield Academy
""", sender="{sfull} <exams@fallowfield-academy-sch.example>")
add("rejection", "new", "fundraiser", "Face-to-face fundraiser trial day", """
Hi {first},

Thanks for coming out with the Brighton team on the trial day. It's a tough job in November drizzle and you kept smiling.

Our team leaders talked it through, and we've decided not to offer you a place on the street team this time. The sign-up numbers on a trial day aren't the only thing we look at, but we need new fundraisers to be confident opening conversations straight away.

Thanks again for giving it a go.
{sfirst}
Recruitment, Streetwise Giving Ltd
""", sender="{sfirst} <{sfirst_a}@streetwise-giving.example>")
add("rejection", "new", "grotto", "Christmas grotto elves and Father Christmas", """
Hello {first},

Thank you for auditioning for our grotto team at the garden centre. We loved your reindeer facts.

We are sorry to say that we have now cast all of this year's Father Christmas and elf shifts and won't be able to offer you a part in the grotto this season. We'll keep your details for next year if you'd like us to.

Festive regards,
Events Team, Holly Barn Garden Centre
""", sender="Holly Barn Events <events@hollybarn.example>")
add("rejection", "new", "crossing-patrol", "School crossing patrol - Elm Road", """
Dear {first} {last},

Thank you for your interest in the school crossing patrol vacancy at the Elm Road site.

The patrol post requires a medical assessment before appointment. The occupational health report indicates that standing at the kerbside for the full patrol period would not be suitable for you at present, so we are unable to appoint you to this post.

If your circumstances change, you are welcome to apply for future patrol vacancies.

Road Safety Team
""", sender="Road Safety Team <roadsafety@westbury-gov.example>")
add("rejection", "new", "embassy", "Locally Engaged Staff vacancy {ref2}", """
Dear {first} {last},

Thank you for applying for the position of Visa Assistant (Locally Engaged Staff) at the Embassy.

Applicants for locally engaged positions must already hold the right to live and work in the host country without sponsorship. As your application indicates that you would require a work permit, we cannot consider it.

Human Resources Section
""", sender="Embassy HR <hr-recruitment@embassy.example.org>")
add("rejection", "new", "roster", "Roster outcome - Associate Programme Officer", """
Dear {first},

Thank you for your participation in the assessment exercise for the Associate Programme Officer roster.

The assessment panel has completed its review. We regret to inform you that your name has not been added to the roster. Only candidates placed on the roster may be selected for future vacancies at this level without a further competitive process.

We encourage you to continue to monitor our careers portal.

Talent Outreach Unit
""", sender="Careers Portal <donotreply@careers.intl-agency.example.org>")
add("rejection", "new", "mp-researcher", "Parliamentary researcher post", """
Dear {first},

Thank you for applying to work in the office as a parliamentary researcher, and for the written exercise on the housing bill.

{sfull} read every submission personally and chose another candidate for the post. I know how much work went into your exercise, so this will sting.

With best wishes,
{sfull}
Office Manager to the Member for Thornley Vale
""", sender="{sfull} <office@thornleyvale-mp.example.org>")
add("rejection", "new", "pupillage", "Pupillage {year} - Chambers decision", """
Dear {first},

Thank you for attending a second-round interview for pupillage at Cloister Court Chambers.

The pupillage committee met on {qday}. I'm sorry to tell you that you won't be offered pupillage for the coming year. Competition was exceptionally close and the committee asked me to say that your advocacy exercise was well prepared.

Yours sincerely,
{sfull}
Secretary to the Pupillage Committee
""", sender="Pupillage Committee <pupillage@cloistercourt.example>")
add("rejection", "new", "atc", "Trainee Air Traffic Controller - Stage 2 result", """
Dear {first},

Thank you for sitting the Stage 2 aptitude battery at our assessment centre.

Your results in the spatial reasoning and multi-tasking exercises were below the level required for Stage 3. Your application for the trainee programme has now closed. The re-application rule means you can apply again after 12 months from today.

Trainee Selection Team
""", sender="Trainee Selection <selection@airways-training.example>")
add("rejection", "new", "cadetship", "Deck cadetship sponsorship", """
Dear {first},

Thank you for attending the sponsorship interview for our deck officer cadetship.

We have now allocated all sponsored cadet berths for the September intake. Unfortunately we cannot offer you sponsorship on this occasion. The nautical college may be able to suggest other shipping companies that are still recruiting cadets.

Fleet Personnel
Saltire Bulk Shipping
""", sender="Fleet Personnel <crewing@saltirebulk.example>")
add("rejection", "new", "esports", "Tryouts - academy roster", """
yo {first},

thanks for grinding through tryouts with us this week, your shotcalling in scrim 3 was clean. we're locking the academy roster with the five we ran on friday, so we won't be picking up your contract for this split.

keep streaming, we do watch the ladder.
{sfirst} - team manager, Vanta Owls
""", sender="{sfirst} <{sfirst_a}@vantaowls.example>")
add("rejection", "new", "tutor-demo", "Your demo lesson with BrightPath", """
Hi {first},

Thanks for recording a demo lesson for BrightPath Tutors. Our reviewers watched it in full.

We aren't able to approve your tutor profile at this time. In the demo the explanation of simultaneous equations moved on before checking the student's understanding, which is one of the things we weigh most.

You can submit a new demo lesson in 60 days.

The BrightPath Tutor Quality Team
""", sender="BrightPath Tutors <tutors@brightpath.example>")
add("rejection", "new", "annotation", "Your qualification task results", """
Hi {first},

Thank you for completing the qualification task for the Language Data Contributor project.

Your accuracy on the reviewed items was 71%. Contributors need at least 85% on the qualification set to join this project, so your application to the project has been closed. This does not affect other projects you may see on the platform.

Contributor Support
Tallyleaf Data
""", sender="Tallyleaf Data <no-reply@tallyleaf.example>")
add("rejection", "new", "tasker", "Your Tasker application", """
Hi {first},

Thanks for signing up to do flat-pack assembly jobs with HandyHive in your area.

We're currently not accepting new Taskers for furniture assembly around your postcode, as we already have more Taskers there than jobs. Your application won't be processed. We'll let you know by e-mail if that changes.

HandyHive Community Team
""", sender="HandyHive <hello@handyhive.example>")
add("rejection", "new", "referee-panel", "Referee panel {year}/{year}", """
Dear {first},

Thank you for applying to join the county league's paid referee panel and for attending the fitness session.

The referees' committee has reviewed the assessments from the observed matches. You will not be added to the panel for the coming season. The assessors felt your positioning at set pieces needs more development, and we would encourage you to keep refereeing at junior level and apply again.

Referee Development Officer
Oakshire County Football Association
""", sender="Referee Development <referees@oakshire-fa.example.org>")
add("rejection", "new", "organist", "Director of Music and Organist", """
Dear {first},

On behalf of the parish, thank you for playing for us on {qday} and for taking the choir rehearsal at such short notice.

The appointment committee has appointed another of the candidates as Director of Music. I'm sorry not to bring better news, and I hope you will come and hear the choir again soon.

With every good wish,
The Revd {sfull}
Vicar, St Aldhelm's
""", sender="{sfull} <vicar@staldhelms.example.org>")
add("rejection", "new", "dealer", "Croupier training academy", """
Hi {first},

Thank you for attending the dealer audition at the casino. We were looking at card handling, chip cutting and mental arithmetic under time pressure.

The trainers have finished their scoring, and we won't be offering you a place on this intake of the croupier training academy.

You're welcome to re-apply for the next intake in the spring.

Talent Team, Riverlights Casino
""", sender="Riverlights Talent <talent@riverlights.example>")
add("rejection", "new", "voice-assess", "Customer Care Advisor - voice assessment", """
Dear {first},

Thank you for completing the automated voice assessment for the Customer Care Advisor role.

The role requires a minimum score in listening comprehension and spoken clarity over the phone. Your result did not meet the required level, and your application stops at this stage.

You may retake the voice assessment after 90 days.

Recruitment Team, Clearline Contact Centres
""", sender="Clearline Recruitment <jobs@clearline-cc.example>")
add("rejection", "new", "eor", "Remote {role} - location", """
Hi {first},

Thank you for the great conversations so far. I have to share some frustrating news that has nothing to do with you as a candidate.

Our employer-of-record provider cannot employ people in your country, and our legal team has confirmed we can't hire there as a contractor either. That means we have to close your application for {role}. If that changes, you'll be the first person I message.

{sfirst}
Head of People, {company}
""")
add("rejection", "new", "lottery", "Your offer and the H-1B registration", """
Hi {first},

We heard back from our immigration counsel today. Your registration was not selected in this year's H-1B lottery, and with your OPT ending in August there is no other status we can use to employ you from the start date.

I'm very sorry. This means we have to withdraw the offer for {role}. The team wanted to work with you and I'll gladly vouch for you wherever you land.

{sfull}
Talent Acquisition, {company}
""")
add("rejection", "new", "student-hours", "Barista application", """
Hi {first},

Thanks for coming in for a chat. The café needs someone for 30 hours a week during term, and your student visa conditions only allow 20 hours during term time.

We can't offer you the role because of that, but we'd happily look at you again for the summer holidays, when the limit doesn't apply.

{sfirst}
Ground Floor Coffee
""", sender="{sfirst} <{sfirst_a}@groundfloorcoffee.example>")
add("rejection", "new", "colour-vision", "Rail electrical apprenticeship - medical", """
Dear {first},

Thank you for attending the pre-placement medical for the Rail Electrification Apprenticeship.

The colour vision test forms part of the safety-critical medical standard for this role, because apprentices work with colour-coded cables and signals. Your result means you do not meet this standard, and we are therefore unable to offer you a place on the apprenticeship.

Please note this outcome relates only to safety-critical roles.

Occupational Health and Recruitment
""", sender="Apprenticeships <apprenticeships@railworks.example>")
add("rejection", "new", "ooo", "Automatic reply: {role} application", """
Thank you for your message. I am on leave until {dl} with no access to e-mail.

For candidates who applied for {role}: the role has been filled and the advert is closed. We will not be reviewing any further applications or replies for it.

For anything urgent please contact the people team at people@{domain}.

{sfull}
""", sender="{sfull} <{saddr}>")
add("rejection", "new", "easy-read", "Your job application - Easy Read letter", """
Dear {first},

Thank you for applying for the Café Assistant job.

We read your application form.

We have picked other people for the job.

This means you have not got the job this time.

We know this may feel sad.

You can ask us to talk about your application. Phone Jamal on 01632 960{ref3}.

You can apply for other jobs with us.

From the Jobs Team at Open Door Catering
""", sender="Open Door Catering <jobs@opendoorcatering.example.org>")
add("rejection", "new", "veterans", "Military Transition Hiring Programme", """
Dear {first},

Thank you for applying through our Military Transition Hiring Programme and for your years of service.

The programme places a small number of service leavers into operations roles each quarter. We have matched this quarter's places and we will not be placing you in a role with us in this round. Your resettlement officer knows, so you can keep working on your other options together.

Veterans Hiring Lead
{company}
""")
add("rejection", "new", "relative", "{role} - conflict of interest", """
Dear {first},

Thank you for declaring on your application that your sister works in the finance team.

Our policy on close personal relationships doesn't allow us to appoint someone into a post where a close relative would approve their expenses or sit in their reporting line. As the {role} post reports into that team, we can't proceed with your application for it. Roles in other departments aren't affected.

Kind regards,
{sfull}
HR Business Partner
""")
add("rejection", "new", "noncompete", "Following up on your offer discussion", """
Hi {first},

Thanks for sending over your current contract. Our lawyers have reviewed the 12-month non-compete, and it directly covers our main product line. We are not willing to take on the risk of a dispute with your employer, so we have to stop your candidacy for {role} here.

I'm sorry this comes so late in the process.

{sfirst}
""")
add("rejection", "new", "age", "Bar staff application", """
Hi {first},

Thanks for applying to work behind the bar at The Ferryman. Because staff serve alcohol on their own in the evenings, we can only take on people who are 18 or over, and your form says you're 17.

So we can't offer you this job, but please apply again after your birthday!

Dot
The Ferryman
""", sender="The Ferryman <theferryman@pubmail.example>")
add("rejection", "new", "timezone", "{role}: working hours", """
Hi {first},

Thanks for the call yesterday. After talking it over with the team, we've realised the four-hour overlap with our Pacific afternoon is a hard requirement, and from where you're based it would mean working until 2 a.m. We don't think that's fair to ask, so we're closing your candidacy.

All the best,
{sfirst}
Engineering Manager, {company}
""")
add("rejection", "new", "bootcamp", "Hiring partner update", """
Hi {first},

A quick update from Career Services. Kestrel Insurance, one of our hiring partners, reviewed the capstone projects from your cohort and has decided not to interview you for the Junior Developer role.

This doesn't close any other partner roles. Let's book a session to tune your portfolio before the next partner showcase.

Cheers,
{sfirst}
Career Coach, Forge Code Academy
""", sender="{sfirst} <careers@forgecode.example>")
add("rejection", "new", "evergreen", "About your application to our talent pipeline", """
Hi {first},

You applied to one of our evergreen postings ("{role} - future openings"). We keep this posting open to build a pipeline, and we've now reviewed everyone who applied this quarter.

We've decided not to move your profile forward for the openings we have now, and your application has been archived.

{company} Talent Team
""", sender="{company} Talent <talent@{domain}>")
add("rejection", "new", "sessional", "Sessional teaching allocation - semester 2", """
Dear {first},

Thank you for submitting an expression of interest for sessional teaching in Geology and Earth Systems.

Tutorial allocations for semester 2 have now been finalised. No tutorial groups have been allocated to you this semester, as the available hours were taken up by continuing staff and higher-degree research students.

Your expression of interest will remain valid for next semester.

School Operations Officer
""", sender="School Operations <earthsci-ops@university-edu.example>")
add("rejection", "new", "supported", "Supported employment placement", """
Dear {first},

Thank you for meeting with us and your job coach about the warehouse placement.

The employer has decided to offer the placement to another person on the programme, who lives closer to the site and can work early shifts. We know you were looking forward to it.

Your job coach will call you next week to talk about the next placements coming up.

Supported Employment Team
""", sender="Supported Employment <placements@pathways-work.example.org>")
add("rejection", "new", "discord", "You have a new direct message on Discord", """
{sfirst} (Pennyroyal Games) sent you a message:

"hey {first}, thanks for doing the QA test build. we've filled the contract tester spots for the launch, so we're not bringing you on this time. appreciate the bug reports though, the save-file one was legit"

Reply in Discord

You're receiving this e-mail because you have message notifications turned on. Change your notification settings.
""", sender="Discord <notifications@discord.example>")
add("rejection", "new", "telegram", "Forwarded from HireBot", """
---------- Forwarded message ---------
From: HireBot (Telegram)
Date: {q_iso}

Application #{ref}: Delivery rider, Central zone
Result: Declined
Reason: minimum vehicle age requirement not met (scooter registered before 2015)
You can submit a new application with a different vehicle.
""", sender="{full} <{to}>")
add("rejection", "new", "zoo", "Keeper application - Primate section", """
Dear {first},

Thank you for applying for the Keeper role in the primate section and for spending the working interview day with the team.

After speaking with the section head, we've decided to appoint a keeper with more experience of great apes, so we won't be offering you the position.

Do apply for our general keeper roles.

Animal Care Recruitment
Highmoor Wildlife Park
""", sender="Highmoor Recruitment <recruitment@highmoor-wildlife.example>")
add("rejection", "new", "offshore", "Platform technician - certificates", """
Dear {first},

Thank you for your application for the Platform Mechanical Technician position.

Our client requires valid offshore survival and medical certificates at the time of mobilisation. Your offshore survival certificate expired in March and the client is not able to wait for a refresher course before the rotation starts. On that basis we cannot put you forward for this position.

Regards,
{sfull}
Resourcing Coordinator, North Sea Crew Services
""", sender="{sfull} <{sfirst_a}@northseacrew.example>")


# === REJECTIONS in other languages ==========================================================
add("rejection", "thread", "aw-kollege", "AW: [EXT] Ihr Gespräch bei uns - {role}", """
Guten Tag {full},

vielen Dank noch einmal für das offene Gespräch und dafür, dass Sie sich die Zeit für den Rundgang durch die Montage genommen haben.

Wir haben uns inzwischen entschieden: Die Stelle übernimmt ein Kollege aus unserem Werk in Minden, der das Projekt schon aus der Angebotsphase kennt. Er fängt zum Ersten des kommenden Monats an.

Für Ihre weitere Suche wünsche ich Ihnen alles Gute, und vielleicht laufen wir uns bei anderer Gelegenheit wieder über den Weg.

Mit freundlichen Grüßen
{sfull}
Leitung Konstruktion
{company}

-----Ursprüngliche Nachricht-----
Von: {full} <{to}>
Gesendet: {q_iso}
An: {sfull} <{saddr}>
Betreff: [EXT] Ihr Gespräch bei uns - {role}

Guten Tag, gibt es schon Neuigkeiten zu meiner Bewerbung? Viele Grüße
""", lang="de")
add("rejection", "formal", "mutuelle", "Votre candidature au poste de {role}", """
Madame, Monsieur,

Merci pour votre candidature et pour notre échange de mardi dernier.

Tous les dossiers ont été examinés, et nous ne retenons pas votre candidature pour ce poste.

Bonne continuation dans vos démarches.

Le service Ressources humaines
{company}
""", lang="fr", sender="Recrutement {company} <recrutement@{domain}>")
add("rejection", "informal", "atelier", "Suite à ta visite à l'atelier", """
Salut {first},

Merci encore d'être passé·e à l'atelier jeudi, on a adoré ta maquette d'étiquette. Je vais droit au but : on a choisi quelqu'un d'autre pour le poste, une personne qui a déjà fait de la sérigraphie en production. C'était serré, vraiment.

Si tu repasses par Lyon, viens boire un café avec nous.

{sfirst}
""" + "\n\nEnvoyé depuis mon téléphone", lang="fr")
add("rejection", "informal", "voseo", "Búsqueda de {role}", """
Hola {first}, ¿cómo andás?

Te escribo para contarte que finalmente nos decidimos por otra persona para el puesto de {role}. Tenía experiencia en cooperativas agrícolas y eso pesó bastante en la decisión.

Nos encantó conocerte y tu propuesta para el tablero de ventas estuvo buenísima. Si te parece bien, guardamos tu CV para cuando abramos la búsqueda de un perfil junior.

Un abrazo,
{sfirst}
Recursos Humanos, {company}
""", lang="es")
add("rejection", "html", "tanoaria", "Candidatura - {role}", """
<div style="font-family:Arial">
<p>Caro(a) {first},</p>
<p>Obrigado por se ter candidatado e pela conversa que tivemos na entrevista.</p>
<p>Informamos que, depois de analisadas todas as candidaturas, decidimos avançar com outro candidato para a função de {role}, cujo percurso se ajusta melhor às necessidades atuais da equipa.</p>
<p>Votos de sucesso para o seu percurso.</p>
<p>Cumprimentos,<br>{sfull}<br>Recursos Humanos &middot; {company}</p>
</div>
""", lang="pt")
add("rejection", "formal", "cantiere", "Esito selezione - {role}", """
Gentile {first} {last},

la ringraziamo per aver partecipato alle selezioni per la posizione di {role}.

Al termine dei colloqui, la commissione ha individuato un profilo con una più lunga esperienza in cantiere, al quale è stata proposta l'assunzione.

Conserveremo il suo curriculum nel nostro archivio per i prossimi dodici mesi, nel rispetto della normativa sulla privacy.

Cordiali saluti,
Ufficio del Personale
{company}
""", lang="it", sender="Ufficio del Personale <personale@{domain}>")
add("rejection", "informal", "warmtepomp", "Ons gesprek van vorige week", """
Hoi {first},

Bedankt voor het fijne gesprek vorige week en voor je tijd. We hebben lang getwijfeld, maar we gaan verder met een kandidaat die al jaren warmtepompen in bestaande bouw installeert.

Dat zegt niets over jou: je kwam echt sterk over. Mag ik je bellen als er in het voorjaar weer een plek vrijkomt?

Groet,
{sfirst}
{company}
""", lang="nl")
add("rejection", "formal", "zadanie", "Wynik zadania rekrutacyjnego - {role}", """
Dzień dobry,

dziękujemy za wykonanie zadania rekrutacyjnego na stanowisko {role}.

Po analizie wyników zdecydowaliśmy, że nie będziemy kontynuować Pani/Pana kandydatury w tym procesie. Zadanie zostało ocenione na 11 z 20 punktów, a do kolejnego etapu przechodziły osoby z wynikiem co najmniej 15 punktów.

Dziękujemy za poświęcony czas i zachęcamy do śledzenia naszych ogłoszeń.

Z poważaniem
Dział Kadr
{company}
""", lang="pl", sender="Rekrutacja {company} <rekrutacja@{domain}>")
add("rejection", "informal", "provjobb", "Provjobbet i lördags", """
Hej {first}!

Tack för att du kom och provjobbade i bageriet i lördags. Vi har nu bestämt oss och erbjuder tjänsten till en av de andra som provjobbade, eftersom hen kan börja klockan fyra på morgnarna.

Lycka till, och kom gärna förbi och köp en kanelbulle!
{sfirst}
{company}
""", lang="sv")
add("rejection", "formal", "oinori", "選考結果のご連絡（{company}）", """
{last}{first}様

この度は、{company}の{role}にご応募いただき、誠にありがとうございました。
また、先日はお忙しい中、二次面接にお越しいただき重ねて御礼申し上げます。

社内で慎重に検討を重ねました結果、誠に残念ではございますが、今回は採用を見送らせていただくこととなりました。
ご期待に沿えず、大変申し訳ございません。

末筆ながら、{last}様の今後のご活躍を心よりお祈り申し上げます。

{company}
人事部 採用担当　{sfull}
""", lang="ja", sender="{company} 採用担当 <saiyo@{domain}>")
add("rejection", "parttime", "konbini", "アルバイト面接の結果について", """
{last}様

先日はアルバイトの面接にお越しいただき、ありがとうございました。
店長と相談しましたが、今回は早朝シフトに入れる方を優先することになり、{last}様の採用は見送りとなりました。
また募集の際は、どうぞよろしくお願いいたします。

駅前店　{slast}
""", lang="ja", sender="{slast} <ekimae-store@{domain}>")
add("rejection", "messenger", "short", "{company} 면접 결과 안내", """
{first}님, 안녕하세요. {company} 인사팀 {slast}{sfirst}입니다.

지난주 면접에 와 주셔서 감사했어요. 고민 끝에 이번 포지션은 다른 분과 함께하기로 결정했습니다.

좋은 인연으로 다시 뵙기를 바랄게요. 감사합니다!
""", lang="ko")
add("rejection", "oneline", "tw", "【{company}】應徵結果通知", """
{full} 您好：

感謝您應徵本公司「{role}」職缺。經審慎評估，本職缺已由其他候選人錄取，未能安排您進入下一階段，敬請見諒。

祝 求職順利
{company} 人力資源部
""", lang="zh", sender="{company} 人資 <hr@{domain}>")
add("rejection", "formal", "reserve", "Ваш отклик на вакансию «{role}»", """
Здравствуйте, {first}!

Спасибо, что откликнулись на вакансию «{role}» и нашли время прийти на собеседование.

По итогам встреч мы выбрали другого кандидата, чей опыт точнее соответствует задачам отдела.

Ваше резюме останется в нашей базе, и мы свяжемся с вами, если откроется подходящая позиция.

С уважением,
{sfull}
Отдел персонала, {company}
""", lang="ru")
add("rejection", "formal", "hr", "بخصوص طلبكم لوظيفة {role}", """
السيد/ة {full} المحترم/ة،

تحية طيبة وبعد،

نشكركم على اهتمامكم بالانضمام إلى {company} وعلى تقدمكم لوظيفة {role}.

بعد مراجعة جميع الطلبات بعناية، نأسف لإبلاغكم بأنه لم يتم اختياركم للمرحلة التالية من عملية التوظيف.

نتمنى لكم التوفيق في مسيرتكم المهنية.

مع خالص التحية،
إدارة الموارد البشرية
{company}
""", lang="ar", sender="الموارد البشرية <careers@{domain}>")
add("rejection", "formal", "teknik", "{role} başvurunuz hakkında", """
Sayın {full},

{role} pozisyonu için yaptığınız başvuru ve teknik mülakata ayırdığınız zaman için teşekkür ederiz.

Değerlendirme sürecimizi tamamladık ve bu pozisyon için deneyimi ekibimizin mevcut ihtiyaçlarıyla daha yakından örtüşen bir adayla ilerlemeye karar verdik.

Gelecekteki ilanlarımızda sizi yeniden aramızda görmekten memnuniyet duyarız.

Saygılarımızla,
İnsan Kaynakları
{company}
""", lang="tr", sender="{company} İK <ik@{domain}>")
add("rejection", "formal", "epitropi", "Αποτέλεσμα συνέντευξης", """
Αγαπητή/έ {first},

Θα θέλαμε να σας ευχαριστήσουμε που ήρθατε στη συνέντευξη για τη θέση {role}.

Μετά από προσεκτική αξιολόγηση, η επιτροπή επέλεξε άλλον υποψήφιο, που έχει ήδη δουλέψει σε παρόμοια θέση σε ναυτιλιακή εταιρεία.

Σας ευχόμαστε κάθε επιτυχία στα επόμενα βήματά σας.

Με εκτίμηση,
{sfull}
Τμήμα Ανθρώπινου Δυναμικού, {company}
""", lang="el")
add("rejection", "formal", "other", "עדכון לגבי המועמדות שלך", """
שלום {first},

תודה שהגשת מועמדות לתפקיד {role} ב{company}, ועל הזמן שהקדשת לראיון.

לאחר שיקול דעת, החלטנו להתקדם עם מועמד אחר, שהניסיון שלו מתאים יותר לצרכים הנוכחיים של הצוות.

נשמח לשמור את קורות החיים שלך במאגר שלנו לתפקידים עתידיים.

בהצלחה,
{sfull}
צוות הגיוס
""", lang="he")
add("rejection", "formal", "khed", "{role} पद हेतु आपका आवेदन", """
प्रिय {first} जी,

{company} में {role} पद के लिए आवेदन करने और साक्षात्कार में शामिल होने के लिए धन्यवाद।

सभी उम्मीदवारों पर ध्यानपूर्वक विचार करने के बाद, हमें आपको यह सूचित करते हुए खेद है कि इस बार हम आपके आवेदन को आगे नहीं बढ़ा पाएँगे।

हम आपके उज्ज्वल भविष्य की कामना करते हैं।

सादर,
मानव संसाधन विभाग
{company}
""", lang="hi", sender="HR {company} <hr@{domain}>")
add("rejection", "formal", "khatsel", "แจ้งผลการสมัครงาน ตำแหน่ง{role}", """
เรียน คุณ{first}

ขอขอบคุณที่ให้ความสนใจสมัครงานในตำแหน่ง{role}กับ{company} และสละเวลามาสัมภาษณ์

หลังจากพิจารณาอย่างรอบคอบแล้ว บริษัทขอแจ้งให้ทราบว่าได้คัดเลือกผู้สมัครท่านอื่นที่มีคุณสมบัติตรงกับความต้องการของตำแหน่งนี้มากกว่า

บริษัทจะเก็บใบสมัครของท่านไว้พิจารณาในโอกาสต่อไป

ขอแสดงความนับถือ
ฝ่ายทรัพยากรบุคคล
{company}
""", lang="th", sender="ฝ่ายบุคคล <hr@{domain}>")
add("rejection", "formal", "natjecaj", "Odgovor na prijavu - {role}", """
Poštovana/i {first} {last},

zahvaljujemo Vam na prijavi na natječaj za radno mjesto {role} i na vremenu koje ste izdvojili za razgovor.

Nakon razmatranja svih prijava, odlučili smo se za kandidata čije iskustvo u projektiranju brodskih sustava više odgovara trenutnim potrebama tima.

Želimo Vam puno uspjeha u daljnjem profesionalnom radu.

S poštovanjem,
Služba ljudskih potencijala
{company}
""", lang="hr")
add("rejection", "formal", "drug", "Относно кандидатурата Ви за {role}", """
Здравейте, {first},

Благодарим Ви за интереса към позицията {role} в {company} и за отделеното време за техническото интервю.

След внимателна преценка решихме да продължим с друг кандидат, чийто опит е по-близък до нуждите на екипа в момента.

Пожелаваме Ви успех в търсенето!

Поздрави,
{sfull}
Човешки ресурси
""", lang="bg")
add("rejection", "formal", "ladu", "Kandideerimine: {role}", """
Tere, {first}!

Täname, et kandideerisite meie ettevõttesse ametikohale „{role}“ ja tulite vestlusele.

Otsustasime seekord jätkata teise kandidaadiga, kellel on olemas tõstukijuhi luba ja varasem kogemus külmlaos.

Soovime Teile edu edaspidisel tööotsingul.

Lugupidamisega
{sfull}
personalijuht, {company}
""", lang="et")
add("rejection", "formal", "buhalteris", "Dėl atrankos į buhalterio pareigas", """
Laba diena, {first},

dėkojame, kad kandidatavote į buhalterio pareigas mūsų įmonėje ir skyrėte laiko pokalbiui.

Atidžiai įvertinę visas kandidatūras, nusprendėme atranką tęsti su kitu kandidatu, kurio patirtis labiau atitinka šiuo metu keliamus reikalavimus.

Linkime sėkmės ieškant darbo.

Pagarbiai
{sfull}
Personalo skyrius, {company}
""", lang="lt")
add("rejection", "formal", "temuduga", "Keputusan permohonan jawatan {role}", """
Salam sejahtera {first},

Terima kasih atas permohonan anda bagi jawatan {role} di {company} dan kesudian anda hadir ke sesi temu duga.

Setelah penilaian yang teliti, kami dukacita memaklumkan bahawa permohonan anda tidak berjaya kali ini. Kami telah memilih calon lain yang lebih menepati keperluan jawatan tersebut.

Kami mendoakan kejayaan anda pada masa hadapan.

Sekian, terima kasih.
Jabatan Sumber Manusia
{company}
""", lang="ms")
add("rejection", "taglish", "bpo", "Update sa application mo", """
Hi {first}!

Salamat ulit sa pag-attend ng final interview last week. Medyo mahirap 'tong decision, pero napagpasyahan ng team na ibang candidate ang kunin para sa {role} position, yung may BPO experience na sa healthcare account.

Sana hindi ka ma-discourage, ang galing mo sa role play! Pag may bagong opening kami, ime-message kita agad.

Ingat palagi,
{sfirst}
HR, {company}
""" + MOBILE[1], lang="tl")
add("rejection", "formal", "usaili", "Matokeo ya usaili - {role}", """
Ndugu {first},

Tunakushukuru kwa kutuma maombi ya nafasi ya {role} katika {company} na kwa kuhudhuria usaili.

Baada ya kutathmini maombi yote kwa makini, tunasikitika kukujulisha kuwa hukuchaguliwa kwa nafasi hii. Tumeamua kuendelea na mgombea mwingine ambaye uzoefu wake unalingana zaidi na mahitaji yetu ya sasa.

Tunakutakia kila la heri katika jitihada zako za kutafuta kazi.

Wako,
Idara ya Rasilimali Watu
{company}
""", lang="sw")
add("rejection", "formal", "digari", "نتیجهٔ مصاحبه برای موقعیت {role}", """
{first} عزیز، سلام

از اینکه برای موقعیت {role} در {company} درخواست دادید و وقت خود را برای مصاحبه گذاشتید، سپاسگزاریم.

پس از بررسی دقیق، تصمیم گرفتیم با داوطلب دیگری که تجربه‌اش با نیازهای فعلی تیم هم‌خوانی بیشتری دارد، ادامه دهیم.

برایتان در ادامهٔ مسیر شغلی آرزوی موفقیت داریم.

با احترام،
{sfull}
واحد منابع انسانی
""", lang="fa")
add("rejection", "formal", "virkjun", "Umsókn um starf verkfræðings", """
Sæl/l {first},

Takk fyrir umsóknina um starf verkfræðings hjá {company} og fyrir viðtalið í síðustu viku.

Við höfum nú farið yfir allar umsóknir og ákveðið að ráða annan umsækjanda sem hefur meiri reynslu af vatnsaflsvirkjunum.

Við þökkum þér áhugann og óskum þér velfarnaðar.

Kveðja,
{sfull}
mannauðsstjóri
""", lang="is")
add("rejection", "formal", "ander", "Jou aansoek: {role}", """
Beste {first},

Baie dankie vir jou aansoek vir die pos van {role} by {company}, en vir die tyd wat jy vir die onderhoud ingeruim het.

Ons het besluit om met 'n ander kandidaat voort te gaan wie se ervaring nader aan ons huidige behoeftes is.

Ons wens jou alle sukses toe met jou soektog.

Groete,
{sfull}
Menslike Hulpbronne
""", lang="af")


# === NOT REJECTIONS: confirmations, most talking about a refusal that has not happened ======
add("application_received", "conf", "corvid", "We've received your application", """
{company}

Application: {role}
Status: Received

{first}, thanks for your application. Someone from our recruiting team reviews it within 21 days. Whether or not your profile is picked for the next step, you'll get an update on this page and by e-mail.
""" + ATS["corvidhire"], sender="{company} via Corvidhire <notifications@corvidhire.example>", n=2)
add("application_received", "conf", "stack", "Application received: {role} ({ref})", """
Hi {first},

Your application for {role} at {company} is in.

Current stage: Application review

Sadly the sheer number of applications means nobody gets personal feedback at this first stage. You can follow the stage of your application at any time.
""" + ATS["stackroster"], sender="Stackroster <updates@stackroster.example>", n=2)
add("application_received", "conf", "marsh-oneline", "{company}: application received", """
Your application for {role} has been received and is being considered.
""" + ATS["hiremarsh"], sender="{company} <no-reply@hiremarsh.example>", n=2)
add("application_received", "conf", "news", "Thanks for applying - {role}", """Dear {first},

Thank you for applying for the {role} post. Shortlisting takes place after the closing date. Should your name not make the shortlist, your details are kept for six months so we can think of you for a similar post; ask any time and we'll erase them.

With kind regards,
Recruitment Team, {company}
""" + FOOTERS["news"], sender="{company} Recruitment <jobs@{domain}>", n=2)
add("application_received", "conf", "legal", "Application acknowledgement - {role}", """Hello {first},

Your application for {role} arrived safely. If the closing date is three weeks behind you and we've been silent, you haven't made the shortlist.

Kind regards,
{sfull}
""" + FOOTERS["legal"], n=2)
add("application_received", "conf", "pool", "Thanks for joining {company}'s talent pool", """
Hi {first},

Thanks for sending us your details for {role}. Here's how it works: we only get in touch when there's a match. If this role isn't the one, your profile is parked in our talent pool for a year, and someone from talent might get in touch about another role.

{company} Talent Team
""", sender="{company} Talent <talent@{domain}>", n=2)
add("application_received", "conf", "us-receipt", "Application received - Announcement {ref2}-{ref}", """
Dear {full},

Your application for vacancy announcement {ref2}-{ref}, {role}, is in.

After the announcement closes, applications are reviewed for eligibility and qualifications. A notice will then tell you whether your name went forward to the hiring manager, whether you were eligible but not forwarded, or whether you were ineligible. Expect it about a month after the announcement closes.

Office of Human Capital
""", sender="Applicant Notifications <noreply@hiring.gov.example>", n=2)
add("application_received", "conf", "council", "Application received: {role} (ref {ref2})", """
Dear {first} {last},

Your application for this post reached us safely.

Applications for this post run into the hundreds, so letters go to shortlisted candidates only. No news from us by {dl} means your application has gone no further this time.

Resourcing Team
Hartwell Borough Council
""", sender="Hartwell Borough Council <resourcing@hartwell-gov.example>", n=2)
add("application_received", "conf", "intern", "We've got your internship application", """
Dear {first},

Thanks for applying for the {company} Summer Internship Programme. The video interview invitation goes out to selected applicants in January.

Every applicant hears from us by the end of March, with a decision either way.

The Early Careers Team
""", sender="Early Careers <earlycareers@{domain}>", n=2)
add("application_received", "conf", "agency", "CV sent - {company}", """
Hi {first},

Good to speak just now. Your CV is with {company} for {role} as of this afternoon.

Their turnaround is normally three or four working days. Whichever way it goes, I'll phone you - you won't be left guessing.

{sfull}
Senior Consultant | Fenwick Stone Recruitment
""", sender="{sfull} <{sfirst_a}.{slast_a}@fenwickstone.example>", n=2)
add("application_received", "conf", "census", "Census field enumerator - application received", """
Dear {first},

Thanks for wanting to be a field enumerator in the {year} census.

Areas are allocated once the application window closes. If we can't offer you an area in your district, we'll e-mail you before training starts, possibly with details of other census jobs.

Census Recruitment Office
""", sender="Census Recruitment <recruitment@census-gov.example>", n=2)
add("application_received", "conf", "tutor", "We received your demo lesson", """
Hi {first},

Thanks for recording a demo lesson for BrightPath Tutors. Our reviewers watch every demo in full, which usually takes five to seven working days.

If your demo isn't approved this time, you can record a new one after 60 days. If it is, we'll send your onboarding pack straight away.

The BrightPath Tutor Quality Team
""", sender="BrightPath Tutors <tutors@brightpath.example>", n=2)
add("application_received", "conf", "pupillage", "Pupillage application received", """
Dear {first},

Thank you for applying for pupillage at Cloister Court Chambers through the gateway.

Paper sifting takes place in March. Applicants who are unsuccessful at the paper sift will be told by e-mail by 30 April; those selected will be invited to a first-round interview.

Pupillage Committee
""", sender="Pupillage Committee <pupillage@cloistercourt.example>", n=2)
add("application_received", "conf", "html", "Thanks for applying to {company}", """
<html><body>
<div style="max-width:560px;font-family:Helvetica">
<h2>Thanks, {first}!</h2>
<p>Your application for <b>{role}</b> has landed.</p>
<p><b>What happens next</b></p>
<ol><li>We read it (about two weeks).</li><li>A no still comes with an e-mail from us.</li><li>If it's a yes, we'll book a call.</li></ol>
<p>The {company} hiring team</p>
</div>
</body></html>
""", sender="{company} Careers <careers-noreply@{domain}>", n=2)
add("application_received", "conf", "delay", "Your application - {role}", """
Dear {first},

Thank you for applying for {role}. Unfortunately we're running a little behind on reviewing applications this month because two of our recruiters are on leave.

Expect an answer by {dl} at the latest. Nobody has been turned down yet.

Kind regards,
{sfull}
People Team, {company}
""", n=2)
add("application_received", "conf", "silence", "Application for {role}", """
Dear Applicant,

Thank you for your interest in the {role} position.

Given the numbers, we write only to people we're calling to interview; 28 days without a word from us means this application hasn't worked out.

HR Department, {company}
""", sender="HR Department <hr@{domain}>", n=2)
add("application_received", "conf", "shop-mobile", "Re: CV", """
Got your CV, thanks {first}! We're interviewing on Thursday. No call from me by Sunday = we picked someone else, no hard feelings.
{sfirst}
""" + MOBILE[2], n=2)
add("application_received", "conf", "annotation", "Qualification task submitted", """
Hi {first},

We've received your qualification task for the Language Data Contributor project. Results are usually ready within 48 hours.

Contributors need at least 85% on the qualification set to join this project. If you don't reach it, only this project closes for you; others you see on the platform stay open.

Contributor Support
Tallyleaf Data
""", sender="Tallyleaf Data <no-reply@tallyleaf.example>", n=2)
add("application_received", "conf", "embassy", "Application received - Locally Engaged Staff vacancy {ref2}", """
Dear {first} {last},

Thank you for applying for the position of Visa Assistant (Locally Engaged Staff).

Only shortlisted candidates will be contacted for a written test. Please remember that applicants must already hold the right to live and work in the host country; applications that need sponsorship cannot be considered.

Human Resources Section
""", sender="Embassy HR <hr-recruitment@embassy.example.org>", n=2)
add("application_received", "conf", "ooo", "Automatic reply: {role} application", """
Thank you for your message. I am on leave until {dl} with limited access to e-mail.

For candidates who applied for {role}: applications are still open, and every applicant will hear back from us within two weeks of the closing date, whatever the outcome.

For anything urgent please contact the people team at people@{domain}.

{sfull}
""", sender="{sfull} <{saddr}>")
add("application_received", "conf", "easy-read", "We got your job application - Easy Read", """
Dear {first},

Thank you for applying for the Café Assistant job.

We got your application form.

We will read all the forms next week.

Then we will write to you. We will tell you if you have an interview or not.

If you need help, phone Jamal on 01632 960{ref3}.

From the Jobs Team at Open Door Catering
""", sender="Open Door Catering <jobs@opendoorcatering.example.org>")
add("application_received", "conf", "ja", "【{company}】ご応募ありがとうございます", """
{last}{first}様

この度は{company}の{role}にご応募いただき、誠にありがとうございます。
応募書類を確かに受け付けました。

書類選考の結果は、合否にかかわらず二週間以内にメールにてご連絡いたします。
今しばらくお待ちくださいますよう、お願い申し上げます。

{company} 人事部 採用担当
""", lang="ja", sender="{company} 採用担当 <saiyo@{domain}>")
add("application_received", "conf", "he", "קיבלנו את המועמדות שלך", """
שלום {first},

תודה שהגשת מועמדות לתפקיד {role} ב{company}.

צוות הגיוס יעבור על קורות החיים בשבועיים הקרובים. אם הפרופיל שלך לא יתאים לתפקיד הזה, נשמור אותו במאגר ונפנה אליך כשתיפתח משרה מתאימה.

בהצלחה,
צוות הגיוס
""", lang="he", sender="צוות הגיוס <jobs@{domain}>")
add("application_received", "conf", "hi", "आवेदन प्राप्त हुआ - {role}", """
प्रिय {first} जी,

{company} में {role} पद के लिए आपका आवेदन हमें प्राप्त हो गया है। धन्यवाद।

केवल चयनित उम्मीदवारों से ही साक्षात्कार के लिए संपर्क किया जाएगा। यदि तीन सप्ताह के भीतर आपसे संपर्क नहीं होता है, तो कृपया समझें कि इस बार आपका चयन नहीं हो सका।

सादर,
मानव संसाधन विभाग
""", lang="hi", sender="HR {company} <hr@{domain}>")
add("application_received", "conf", "fr", "Accusé de réception - {role}", """
Bonjour {first},

Votre candidature au poste de {role} nous est bien parvenue, merci.

Notre équipe l'étudiera avec attention dans les prochains jours. Favorable ou non, notre réponse vous parviendra par e-mail avant la fin du mois.

Bien cordialement,
Le service Ressources humaines
{company}
""", lang="fr", sender="Recrutement {company} <recrutement@{domain}>")
add("application_received", "conf", "ru", "Мы получили ваш отклик", """
Здравствуйте, {first}!

Спасибо за отклик на вакансию «{role}». Мы передали ваше резюме руководителю отдела.

Если ваш опыт подойдёт, мы позвоним вам в течение пяти рабочих дней и договоримся о собеседовании. Если нет — обязательно напишем об этом, чтобы вы не ждали ответа впустую.

С уважением,
Отдел персонала, {company}
""", lang="ru")
add("application_received", "conf", "de", "Eingangsbestätigung Ihrer Bewerbung", """
Guten Tag {full},

Ihre Bewerbung als {role} ist bei uns angekommen, danke dafür. Die Unterlagen sind vollständig.

Wir sichten alle Bewerbungen nach Ende der Ausschreibungsfrist. Sollten wir Sie nicht in die engere Wahl nehmen, erhalten Sie von uns selbstverständlich trotzdem eine Nachricht.

Freundliche Grüße
Ihr Personalteam
{company}
""", lang="de", sender="Personalteam {company} <bewerbung@{domain}>")


# === NOT REJECTIONS: interviews ==============================================================
add("interview", "thread", "final-round", "RE: [EXT] Re: Where things stand - {role}", """
Hi {first},

Sorry for the wait. The panel sat this morning and has asked to see you for one last round: an hour with our CTO and a short walk-through of the cut-over sketch you sent.

Could you do {dl} at 10:00 or 14:30? It's in person at our office, and we'll cover travel.

Best,
{sfirst}

From: {full} <{to}>
Sent: {q_outlook}
To: {sfull} <{saddr}>
Subject: Re: [EXT] Re: Where things stand - {role}

Hi {sfirst},
Just checking in after the panel. Happy to send over anything else that would help.
{first}
""", n=2)
add("interview", "invite", "jury", "Change to your interview time - {role}", """
Dear {first},

Unfortunately our panel chair has been called for jury service, and your interview slot moves with that. Apologies for the upheaval.

The new slot is {dl} at 11:15, same room and same format. Please reply to confirm, or suggest another time that week.

Kind regards,
{sfull}
Recruitment Coordinator, {company}
""", n=2)
add("interview", "invite", "booking", "Book your phone screen with {company}", """
Hi {first},

Thanks for applying for {role}. Next is a quick 20-minute call with {sfirst} from our talent team.

Grab any open slot here: https://book.{domain}/screen/{ref}

Slots are open until {dl_us}.

{company} Talent Team
""", sender="{company} Talent <talent@{domain}>", n=2)
add("interview", "invite", "council", "Invitation to interview: {role} (ref {ref2})", """
Dear {first} {last},

You are invited to an interview for this post on {dl} at the Civic Offices.

The interview will last around 45 minutes and will begin with a ten-minute presentation. Your topic: "What would you change to cut missed bin collections in your first half-year?"

Please confirm your attendance by return. If you need any adjustments for the interview, let us know.

Resourcing Team
Hartwell Borough Council
""", sender="Hartwell Borough Council <resourcing@hartwell-gov.example>", n=2)
add("interview", "invite", "pupillage", "Pupillage - second-round interview", """
Dear {first},

I'm pleased to tell you that you're through to the second-round interview for pupillage, on {dl}.

You will receive an advocacy problem 48 hours before the interview. The panel will include two members of the committee and a lay member.

Yours sincerely,
Secretary to the Pupillage Committee
""", sender="Pupillage Committee <pupillage@cloistercourt.example>")
add("interview", "invite", "trial-shift", "re: barista job", """
hiya {first}, thanks for the cv! can you come in for a trial shift saturday 8 till 12? it's paid. just wear black and comfy shoes
{sfirst}
""" + MOBILE[0], sender="{sfirst} <{sfirst_a}@groundfloorcoffee.example>")
add("interview", "invite", "zoo", "Working interview day - Keeper (primate section)", """
Dear {first},

Thank you for your application. We'd like to invite you to a working interview day with the primate team on {dl}, starting at 7:30 at the staff entrance.

You'll spend the morning on routine husbandry and the afternoon with the section head. Please bring steel-toe boots and clothes you don't mind getting dirty.

Animal Care Recruitment
Highmoor Wildlife Park
""", sender="Highmoor Recruitment <recruitment@highmoor-wildlife.example>")
add("interview", "invite", "discord", "You have a new direct message on Discord", """
{sfirst} (Pennyroyal Games) sent you a message:

"hey {first}, your QA test build report was great, the save-file bug was legit. can you jump on a voice call with our lead tester thursday at 6pm uk time? that's the final step before we choose contract testers"

Reply in Discord

You're receiving this e-mail because you have message notifications turned on. Change your notification settings.
""", sender="Discord <notifications@discord.example>")
add("interview", "invite", "most-wont", "{role} - we'd like to meet you", """
Hi {first},

A flood of applications came in for {role}, and only a handful are getting a call back. Yours is one of them.

Are you free for a 45-minute video call on {dl_us}? Which two or three times could you do?

{sfull}
Hiring Manager, {company}
""", n=2)
add("interview", "invite", "legal-video", "Interview - {role}", """Hello {first},

Following your application, we'd like to invite you to a video interview on {dl} at 15:00. The link is below; it opens in a browser, no download needed.

https://meet.{domain}/j/{ref}{ref2}

Kind regards,
{sfull}
""" + FOOTERS["legal"])
add("interview", "invite", "dealer", "Croupier audition invitation", """
Hi {first},

Thanks for applying to our croupier training academy. We'd like to invite you to a dealer audition on {dl} at 10:00.

We'll look at basic card handling and mental arithmetic. No experience needed; the trainers will show you what to do on the day.

Talent Team, Riverlights Casino
""", sender="Riverlights Talent <talent@riverlights.example>")
add("interview", "invite", "organist", "Director of Music - audition Sunday", """
Dear {first},

Thank you for your application for the post of Director of Music. The committee would be delighted if you would play for the Parish Eucharist on Sunday and take the choir rehearsal afterwards.

We'll send the hymn list by Wednesday. The organ was restored in 2019 and the console is on the north side.

With every good wish,
The Revd {sfull}
""", sender="{sfull} <vicar@staldhelms.example.org>")
add("interview", "invite", "eor", "Remote {role} - good news on location", """
Hi {first},

I checked with our employer-of-record provider and they can employ people in your country after all. So we're clear to continue: I'd like to invite you to the final round with our VP of Engineering next week.

Please pick a slot from the calendar link I'll send in a moment.

{sfirst}
Head of People, {company}
""")
add("interview", "invite", "ko", "[{company}] 1차 면접 안내", """
{first}님, 안녕하세요.
{company} 인사팀입니다.

서류 전형에 합격하신 것을 축하드립니다. 1차 면접을 아래와 같이 안내드립니다.

- 일시: {dl_iso} 오후 2시
- 장소: 본사 5층 회의실
- 준비물: 신분증

참석 여부를 이 메일로 알려 주세요.
감사합니다.
""", lang="ko", sender="{company} 인사팀 <recruit@{domain}>")
add("interview", "invite", "es", "Entrevista para {role}", """
Hola {first}:

Gracias por postularte. Queremos charlar con vos por videollamada el {dl_iso} a las 11 h (hora de Buenos Aires).

Va a durar unos 40 minutos y vas a hablar con {sfirst} y con la coordinadora del área. Si ese horario no te queda cómodo, avisame y buscamos otro.

Saludos,
{sfull}
{company}
""", lang="es")

# === NOT REJECTIONS: next steps with deadlines ===============================================
add("next_steps", "next", "assessment", "Next step: online assessment for {role}", """
Hi {first},

Thanks for applying. The next step is a 35-minute online assessment (numerical and verbal reasoning).

Please complete it by {dl} at 23:59. Miss that, and the system shuts the application automatically, so do set aside the time.

https://assess.{domain}/start/{ref}

Graduate Recruitment, {company}
""", sender="Graduate Recruitment <graduates@{domain}>", n=2)
add("next_steps", "next", "references", "References for {role}", """
Dear {first},

Good news: for {role}, we'd now like to speak to your referees.

Could you send names and e-mails for two people who can vouch for your work, one of whom has managed you in the last two years, by {dl}? We'll hold off contacting them until you say so.

Kind regards,
{sfull}
HR Advisor, {company}
""", n=2)
add("next_steps", "next", "background", "Action needed: background check consent", """
Hi {first},

{company} is ready to run pre-employment screening for {role}.

Please give your consent and upload proof of address by {dl_us}. Checks can't begin until both are in.
""" + ATS["stackroster"], sender="Stackroster <updates@stackroster.example>", n=2)
add("next_steps", "next", "takehome", "Take-home exercise - {role}", """
Hi {first},

Good talking last week. The take-home exercise is in the attachment. Budget about three hours - honestly, stop at four.

Send your answer back by {dl}. If you need more time because of other commitments, just ask before the deadline.

{sfirst}
""", n=2)
add("next_steps", "next", "rtw", "Right to work check", """
Dear {first},

We have to see proof of your right to work in the UK before a start date is fixed.

A share code, or your passport brought to reception, will do - by {dl}.

People Services, {company}
""", sender="People Services <people@{domain}>")
add("next_steps", "next", "atc", "Trainee Air Traffic Controller - book your Stage 2", """
Dear {first},

Congratulations on passing Stage 1. Please book your Stage 2 aptitude battery at our assessment centre by {dl}.

Stage 2 covers spatial reasoning and multi-tasking and takes about four hours. Unbooked places are released after the deadline.

Trainee Selection Team
""", sender="Trainee Selection <selection@airways-training.example>")
add("next_steps", "next", "medical", "Rail electrical apprenticeship - pre-placement medical", """
Dear {first},

Well done on your interview. The next step for the Rail Electrification Apprenticeship is a pre-placement medical, which includes a colour vision test.

Please book an appointment before {dl} using the link in your applicant account. Bring your glasses or lenses if you wear them.

Occupational Health and Recruitment
""", sender="Apprenticeships <apprenticeships@railworks.example>")
add("next_steps", "next", "tutor", "Next step: record your demo lesson", """
Hi {first},

Your tutor profile looks great. The last step is a 10-minute demo lesson on a topic of your choice.

Please record and upload it by {dl_us}. Profiles without a demo lesson by then are closed, but you can sign up again later.

The BrightPath Tutor Quality Team
""", sender="BrightPath Tutors <tutors@brightpath.example>")
add("next_steps", "next", "annotation", "Your qualification task is ready", """
Hi {first},

Thanks for applying to the Language Data Contributor project. Your qualification task is now open in your dashboard.

It takes around 40 minutes. Please finish it by {dl_iso}; tasks left open after that date expire.

Contributor Support
Tallyleaf Data
""", sender="Tallyleaf Data <no-reply@tallyleaf.example>")
add("next_steps", "next", "offshore", "Platform technician - documents needed", """
Dear {first},

Our client would like to take your application forward for the Platform Mechanical Technician position.

Please send copies of your offshore survival and medical certificates by {dl}. If either expires before the rotation starts, let me know and we'll look at refresher dates.

Regards,
{sfull}
Resourcing Coordinator, North Sea Crew Services
""", sender="{sfull} <{sfirst_a}@northseacrew.example>")
add("next_steps", "next", "patrol", "School crossing patrol - medical and DBS", """
Dear {first} {last},

Thanks for coming to interview for the crossing patrol post at Elm Road. Before we can appoint, you will need an occupational health assessment and an enhanced DBS check.

Please complete the health questionnaire and book your DBS identity check by {dl}.

Road Safety Team
""", sender="Road Safety Team <roadsafety@westbury-gov.example>")
add("next_steps", "next", "voice", "Your voice assessment link", """
Dear {first},

Thank you for applying for the Customer Care Advisor role. The next step is a 15-minute automated voice assessment you can take from your phone.

Please complete it by {dl}. Use a quiet room; you can only take the assessment once.

Recruitment Team, Clearline Contact Centres
""", sender="Clearline Recruitment <jobs@clearline-cc.example>")
add("next_steps", "next", "pupillage", "Pupillage - written exercise", """
Dear {first},

Congratulations on passing the paper sift. Before the first-round interview, we ask all candidates to complete a written opinion exercise.

The papers are attached. Your opinion should be no longer than 1,500 words and must reach us by 5pm on {dl}.

Pupillage Committee
""", sender="Pupillage Committee <pupillage@cloistercourt.example>")
add("next_steps", "next", "video", "Record your video interview - {role}", """
Hi {first},

Next up for {role}: a one-way video interview with four questions. You'll get two minutes to answer each one.

Please record your answers by {dl_us}.
""" + ATS["corvidhire"], sender="{company} via Corvidhire <notifications@corvidhire.example>")
add("next_steps", "next", "pl", "Zadanie rekrutacyjne - {role}", """
Dzień dobry,

dziękujemy za rozmowę telefoniczną. Kolejnym etapem rekrutacji na stanowisko {role} jest zadanie praktyczne, które przesyłamy w załączniku.

Prosimy o odesłanie rozwiązania do {dl_num}. Rozwiązania przesłane po tym terminie niestety nie będą mogły być ocenione.

Z poważaniem
Dział Kadr
{company}
""", lang="pl", sender="Rekrutacja {company} <rekrutacja@{domain}>")
add("next_steps", "next", "th", "ขั้นตอนถัดไป: แบบทดสอบออนไลน์", """
เรียน คุณ{first}

ขอบคุณที่สมัครงานในตำแหน่ง{role}กับ{company}
ขั้นตอนถัดไปคือแบบทดสอบออนไลน์ ใช้เวลาประมาณ 30 นาที

กรุณาทำแบบทดสอบให้เสร็จภายในวันที่ {dl_num}

ขอแสดงความนับถือ
ฝ่ายทรัพยากรบุคคล
""", lang="th", sender="ฝ่ายบุคคล <hr@{domain}>")


# === NOT REJECTIONS: offers ==================================================================
add("offer", "thread", "offer", "RE: [EXT] RE: [EXT] Re: Last chat with the founders", """
Hello {first},

I said I'd write the minute we had news, so here goes: we would love you to join us as {role}. The written offer is on its way from HR today.

Your case study was the one we kept quoting in the debrief. Let me know when you have time for a quick call about start dates.

Warm regards,
{sfull}
{role} hiring manager, {company}

-----Original Message-----
From: {full} <{to}>
Sent: {q_outlook_us}
To: {sfull} <{saddr}>
Subject: RE: [EXT] Re: Last chat with the founders

Cheers {sfirst}, lovely chatting earlier. Fingers crossed on my side!
""", n=2)
add("offer", "offer", "phone", "Re: the job", """
Job's yours if you'd like it! Can you start on the 3rd? I'll send the paperwork tonight.
{sfirst}
""" + MOBILE[2])
add("offer", "offer", "legal", "Offer of employment - {role}", """Dear {first},

We'd like you to become our {role}, starting on {start}. Your contract and a summary of benefits are attached.

Please sign and return the contract by {dl}.

Kind regards,
{sfull}
""" + FOOTERS["legal"])
add("offer", "offer", "conditional", "Conditional offer - {role}", """
Dear {first},

Following your interview, the panel would like to appoint you as {role}, subject to two good references and a clear enhanced DBS.

Unfortunately the start date is fixed, as the induction programme begins on {start} for everyone joining this quarter.

With best wishes,
{sfull}
""")
add("offer", "offer", "intern", "Your place on the {company} internship", """
Dear {first},

Great news - there's a place for you on our summer internships. You'll be joining the engineering stream in our Bristol office for ten weeks.

Please accept your place through the portal by {dl}.

The Early Careers Team
""", sender="Early Careers <earlycareers@{domain}>")
add("offer", "offer", "agency", "Offer - {company}", """
Hi {first},

Great news: {company} want you for the contract. Six months, £475 a day, hybrid with two days on site, starting {start}.

I'll send the contract over this afternoon. Congratulations!

{sfull}
Senior Consultant | Fenwick Stone Recruitment
""", sender="{sfull} <{sfirst_a}.{slast_a}@fenwickstone.example>")
add("offer", "offer", "lottery", "Your H-1B registration was selected", """
Hi {first},

Wonderful news from our immigration counsel: your registration was selected in this year's H-1B lottery. Your offer for {role} stands, and counsel will start the petition next week.

They'll be in touch for documents. Congratulations, and welcome properly this time!

{sfull}
Talent Acquisition, {company}
""")
add("offer", "offer", "esports", "Academy roster", """
yo {first},

tryouts are done and we want you on the academy roster for this split. contract is in your inbox, it's the standard academy deal plus the streaming bonus we talked about.

sign by friday and you're in scrims monday.
{sfirst} - team manager, Vanta Owls
""", sender="{sfirst} <{sfirst_a}@vantaowls.example>")
add("offer", "offer", "grotto", "You're one of our elves!", """
Hello {first},

Thank you for auditioning for our grotto team. We'd love to offer you elf shifts at the garden centre from late November until Christmas Eve.

Please reply by {dl} with the weekends you can do, and we'll send the costume fitting times.

Festive regards,
Events Team, Holly Barn Garden Centre
""", sender="Holly Barn Events <events@hollybarn.example>")
add("offer", "offer", "strong", "{role}", """
Hi {first},

We saw some very strong candidates for this role, and the panel kept coming back to you. We'd like to offer you the position of {role}.

I'll ring tomorrow so we can go over salary and when you could start.

{sfull}
""")
add("offer", "offer", "pt", "Proposta de contratação - {role}", """
Caro(a) {first},

Temos o prazer de lhe apresentar uma proposta para a função de {role} na nossa empresa, com início previsto a {start_num}.

Em anexo segue a proposta com as condições salariais. Pedimos que nos dê uma resposta até {dl_num}.

Com os melhores cumprimentos,
{sfull}
Recursos Humanos, {company}
""", lang="pt")

# === NOT REJECTIONS: other job mail ==========================================================
add("other_job", "thread", "no-decision", "RE: [EXT] Re: Thank you - {role} interview", """
{first} - a short note from me before the holidays. No decision yet: we're seeing two more people in the first week of January, and nobody has been picked.

I'll write to you myself either way once we've met them. Have a good break.

{sfirst}

On {q_gmail}, {full} <{to}> wrote:
> Many thanks for {qday} - the depot tour was the highlight of my week.
> My two referees are primed and ready if you want them.
""", n=2)
add("other_job", "other", "withdrawal", "Your application has been withdrawn", """
Hi {first},

Done: your application for {role} is withdrawn at your request, and no more messages about it will follow.

Changed your mind? The advert is still live, so a new application is always possible.
""" + ATS["corvidhire"], sender="{company} via Corvidhire <notifications@corvidhire.example>", n=2)
add("other_job", "other", "paused", "{role} - hiring paused", """
Dear {first},

I wanted to let you know that we've paused hiring for {role} until the budget for next year is signed off, which we expect in about six weeks.

You're still in the running and your application is live. Nothing has been decided, and I'll be in touch as soon as we restart.

Kind regards,
{sfull}
""")
add("other_job", "other", "review", "Update: {role} ({ref})", """
Hi {first},

Something has changed on your {role} application at {company}.

Current stage: Hiring manager review
""" + ATS["stackroster"], sender="Stackroster <updates@stackroster.example>")
add("other_job", "other", "deletion", "Your data has been deleted", """
Dear {first},

As requested, your candidate profile and every application record in our hiring system are now erased. This cannot be undone.

If you would like to apply to {company} in the future, you'd start again with a fresh profile.

Data Protection Team, {company}
""", sender="Data Protection <privacy@{domain}>")
add("other_job", "other", "reference-request", "Reference request: {otherfull}", """
Dear {first},

{otherfull} has applied to us and listed you as someone who can speak to their work.

Would you fill in our short reference form by {dl}? Your answers will be kept confidential.

https://refs.{domain}/{ref}

Thank you,
{sfull}
HR Advisor, {company}
""")
add("job_alert", "alert", "saved", "New jobs for your saved search", """
Hi {first},

This week's fresh jobs for your saved search:
""" + FOOTERS["alerts"], sender="{company} Talent Network <talent@{domain}>")
add("job_alert", "alert", "digest", "14 new jobs match your profile", """
Hi {first},

Not every job is the right fit, and that's fine. Tap "Not for me" on any job below to hide it and improve your matches.

* {role} - {company} - hybrid
* Maintenance Planner - Thornbury Precision - on site
* Operations Analyst - Larkspur Logistics - remote

See all 14 jobs

Sent to you because of an alert you set up on Jobwell. Unsubscribe.
""", sender="Jobwell <alerts@jobwell.example>")
add("job_alert", "alert", "closed", "A job you saved has closed", """
Hi {first},

The {role} job you saved at {company} has stopped taking applications. Similar roles still open:

* {role} - Galeforce Wind Services
* Senior {role} - Marlpit Water

Jobwell
""", sender="Jobwell <alerts@jobwell.example>")
add("recruiter_outreach", "outreach", "pitch", "{role} opportunity", """
Hi {first},

Your background caught my eye for a {role} role at a client of mine, a mid-sized manufacturer near Swindon. Hybrid, good pension, and a team lead who actually trains people.

Bad timing? Just say and I'll leave you be. If not, could we grab 15 minutes this week?

{sfull}
Fenwick Stone Recruitment
""", sender="{sfull} <{sfirst_a}.{slast_a}@fenwickstone.example>")
add("recruiter_outreach", "outreach", "after-no", "Saw you were looking", """
Hi {first},

I know the job hunt can mean a lot of rejections at the moment, so I'll keep this short. I'm hiring for a {role} at {company} and what you've done looks very relevant.

Worth a chat? Reply with a time that suits.

{sfull}
In-house Recruiter, {company}
""")
add("recruiter_outreach", "outreach", "dubai", "Opportunity in Dubai - {role}", """
Dear {first},

Greetings from Mirage Gate Search. We are hiring a {role} for a leading group in Dubai. Tax-free package with housing allowance and annual flights.

If it's of interest, send your CV with notice period and salary expectation.

Best regards,
{sfull}
Mirage Gate Search FZ-LLC
""", sender="{sfull} <{sfirst_a}@miragegate.example>")


# === NOT REJECTIONS: non-job mail using refusal words ========================================
add("non_job_rejection_words", "nonjob", "loan", "Your loan application", """
Dear {first},

You asked us for a personal loan of £6,500 with Quayside Credit Union.

After reviewing your application and credit file, we've decided not to approve a loan for now. The main reason is the level of existing credit commitments shown on your file.

You can ask us for a copy of the information we used, and you're welcome to apply again in six months.

Lending Team
""", sender="Quayside Credit Union <lending@quaysidecu.example>")
add("non_job_rejection_words", "nonjob", "flat", "Re: Viewing - 2-bed flat, Cobden Street", """
Hi {first},

Thanks for looking round on {qday}. The owner has picked another household, able to move in at the start of next month, so the flat's now taken.

I'll ping you when something similar lists nearby.

{sfull}
Lettings Negotiator, Keystone Homes
""", sender="{sfull} <lettings@keystonehomes.example>")
add("non_job_rejection_words", "nonjob", "grant", "Arts project grant - decision", """
Dear {first},

Thank you for applying to the Community Arts Fund for your mural project.

We received 184 applications this round and could fund 23. Your project is not among those funded this round. The panel noted the strong community support but felt the budget for materials needed more detail.

Applications reopen in April.

Grants Team, Riverside Arts Foundation
""", sender="Riverside Arts Foundation <grants@riverside-arts.example.org>")
add("non_job_rejection_words", "nonjob", "paper", "Decision on manuscript HYD-{ref}", """
Dear Dr {last},

Many thanks for sending "Gravel-bed recovery after weir removal" to Hydromorphology Letters.

Having read the two reports, I'm afraid I must reject the manuscript. Both reviewers felt the field data covered too short a period to support the conclusions. Their comments are below.

Yours sincerely,
Handling Editor
""", sender="Hydromorphology Letters <editorial@hydromorph-letters.example.org>")
add("non_job_rejection_words", "nonjob", "pr", "Re: [tidewave/tidewave] Add retry to upload client (PR #{ref2})", """
Closed #{ref2}.

Thanks for the PR, {first}! We've decided not to merge this one: retries are going into the transport layer in #{ref} instead, so the upload client can stay simple.

—
Reply here or open the thread on the forge.
Notification sent because you opened this pull request.
""", sender="{sfull} <notifications@forge.example>")
add("non_job_rejection_words", "nonjob", "audition", "Chamber choir auditions", """
Dear {first},

Thank you for auditioning for the Vale Chamber Singers. We're sorry there isn't a place for you this season: we had only two alto places and eleven auditions.

We'd love you to come to our open rehearsals, and we hold auditions again in September.

Music Director
""", sender="Vale Chamber Singers <music@valesingers.example.org>")
add("non_job_rejection_words", "nonjob", "passport-photo", "Your passport application: photo not accepted", """
Dear {first} {last},

We cannot accept the photo you provided with your passport application because there is a shadow behind your head.

Please upload a new photo within 14 days so we can continue processing your application. Your application has not been cancelled.

Passport Service
""", sender="Passport Service <no-reply@passports-gov.example>")
add("non_job_rejection_words", "nonjob", "domain", "Domain transfer rejected: {last}-design.example", """
Hello {first},

The transfer of the domain {last}-design.example to your account was rejected: the registrar holding it says the auth code supplied doesn't match their records.

Please ask the current registrar for a new code and start the transfer again.

Registrar Support
""", sender="Registrar Support <support@registrar.example>")
add("non_job_rejection_words", "nonjob", "card", "Card payment declined", """
Hi {first},

A payment of £42.18 at FRESHWAY GROCERS with your card ending 4{ref2} was declined on {q_iso}.

If it was you, check your balance and try again. If you don't recognise it, ring the number printed on your card.

Yarrow Street Bank
""", sender="Yarrow Street Bank <alerts@yarrowstreet.example>")
add("non_job_rejection_words", "nonjob", "youth-trial", "Under-15s trial", """
Hi {first},

Thank you for bringing Ollie to the under-15s trial on Sunday. The coaches were impressed with his attitude, but our squad for this season is full and there's no place for him this time.

Our development sessions on Wednesday nights are open to everyone.

Junior Section Secretary, Fairmead Rovers
""", sender="Fairmead Rovers <juniors@fairmeadrovers.example.org>")
add("non_job_rejection_words", "nonjob", "scholarship", "Scholarship application outcome", """
Dear {first},

Thank you for applying for the Harbourside Postgraduate Scholarship.

We received many excellent applications, and I'm sorry to tell you that you have not been selected for a scholarship this year. Your MSc place is unaffected and still stands.

Scholarships Office
""", sender="Scholarships Office <scholarships@university-ac-uk.example>")
add("non_job_rejection_words", "nonjob", "parking", "Penalty charge appeal - decision", """
Dear {first} {last},

Your appeal about penalty charge notice WK{ref} has been looked at.

We are not able to accept your appeal. The signs at the entrance to the car park clearly show the maximum stay. You can pay the reduced charge within 14 days or take your appeal to the independent adjudicator.

Kerbside Parking Enforcement
""", sender="Parking Services <parking@westbury-gov.example>")
add("non_job_rejection_words", "nonjob", "hall", "Village hall booking request", """
Hi {first},

Sorry, we can't take your booking for Saturday the 14th - the hall is already booked for a wedding that day. Sunday is free if that would work for the party?

Bookings Secretary, Longmere Village Hall
""", sender="Longmere Village Hall <bookings@longmere-hall.example.org>")
add("non_job_rejection_words", "nonjob", "boardgame", "Your game submission", """
Hi {first},

Thanks for sending us the prototype of "Lighthouse Keepers". Our team played it four times.

It won't be joining our catalogue. The theme is lovely, but it's too close to a game we already publish. We'd be happy to look at your next design.

Submissions, Thimble & Dice Games
""", sender="Thimble & Dice <submissions@thimbledice.example>")
add("non_job_rejection_words", "nonjob", "crowdfunding", "Your project was not approved", """
Hi {first},

Thanks for submitting your project to Backwell. We've reviewed it and we can't let it launch, because projects that offer financial returns to backers are not allowed under our rules.

You can edit your rewards and submit the project again.

Backwell Trust & Safety
""", sender="Backwell <trust@backwell.example>")
add("non_job_rejection_words", "nonjob", "allotment", "Allotment plot application", """
Dear {first},

Thank you for applying for an allotment plot. All plots at the Mill Lane site are let, and there are currently 46 people ahead of you on the waiting list.

We'll write to you when you reach the top of the list.

Allotments Officer
""", sender="Allotments <allotments@westbury-gov.example>")
add("non_job_rejection_words", "nonjob", "tr-kredi", "Kredi başvurunuz hakkında", """
Sayın {full},

İhtiyaç kredisi başvurunuzu değerlendirdik. Kredi notunuz ve mevcut borçlarınız göz önünde bulundurulduğunda, başvurunuzu şu an için olumlu değerlendiremediğimizi üzülerek bildiririz.

Üç ay sonra yeniden başvurabilirsiniz.

Saygılarımızla,
Bireysel Krediler Birimi
""", lang="tr", sender="Bireysel Krediler <kredi@banka.example>")
add("non_job_rejection_words", "nonjob", "de-wohnung", "Ihre Anfrage zur Wohnung in der Lindenstraße", """
Guten Tag {full},

danke, dass Sie sich die Dreizimmerwohnung in der Lindenstraße angesehen haben.

Der Eigentümer hat sich inzwischen für andere Mietinteressenten entschieden. Die Wohnung ist daher leider nicht mehr verfügbar.

Mit freundlichen Grüßen
Hausverwaltung Brandt
""", lang="de", sender="Hausverwaltung Brandt <vermietung@hv-brandt.example>")


# --- rendering -----------------------------------------------------------------------------


def person(rng: random.Random, lang: str) -> tuple[str, str, str, str]:
    if lang == "en":
        first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
        return (first, last, fold(first), fold(last))
    return rng.choice(PEOPLE[lang])


def full_name(lang: str, p: tuple[str, str, str, str]) -> str:
    return p[1] + p[0] if lang in ("ja", "zh", "ko") else f"{p[0]} {p[1]}"


def render(rng: random.Random, t: dict[str, object]) -> dict[str, str]:
    lang = str(t["lang"])
    rec = person(rng, lang)
    sig = person(rng, lang)
    while sig[0] == rec[0]:
        sig = person(rng, lang)
    other = person(rng, lang)
    for _ in range(20):  # small pools in some languages: give up after a few draws
        if other[0] not in (rec[0], sig[0]):
            break
        other = person(rng, lang)
    company, domain = rng.choice(EN_COMPANIES if lang == "en" else COMPANIES[lang])
    role = rng.choice(EN_ROLES if lang == "en" else ROLES[lang])
    fixed = dict(t["fixed"])  # type: ignore[call-overload]
    company = fixed.pop("company", company)
    domain = fixed.pop("domain", domain)
    role = fixed.pop("role", role)
    day0 = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(690))
    tz_text = rng.choice(TZ[lang])
    sign = 1 if tz_text[0] == "+" else -1
    offset = dt.timedelta(hours=int(tz_text[1:3]), minutes=int(tz_text[3:5])) * sign
    when = dt.datetime(day0.year, day0.month, day0.day, rng.randrange(6, 22), rng.randrange(60), rng.randrange(60), tzinfo=dt.timezone(offset))
    quoted = when - dt.timedelta(days=rng.randrange(1, 10), hours=rng.randrange(0, 5), minutes=rng.randrange(60))
    deadline = when + dt.timedelta(days=rng.randrange(4, 10))
    start = when + dt.timedelta(days=rng.randrange(21, 50))
    q12 = quoted.strftime("%I:%M").lstrip("0") + (" AM" if quoted.hour < 12 else " PM")
    to_addr = f"{rec[2]}.{rec[3]}@{rng.choice(MAILBOXES)}".replace("..", ".")
    s_addr = f"{sig[2][0]}{sig[3]}@{domain}" if rng.random() < 0.5 else f"{sig[2]}.{sig[3]}@{domain}"
    to_local, to_host = to_addr.split("@")
    ctx = {
        "first": rec[0], "last": rec[1], "full": full_name(lang, rec), "to": fold(to_local) + "@" + to_host,
        "sfirst": sig[0], "slast": sig[1], "sfull": full_name(lang, sig), "saddr": fold(s_addr.split("@", maxsplit=1)[0]) + "@" + domain,
        "other": other[0], "otherfull": full_name(lang, other),
        "company": company, "upper": company.upper(), "domain": domain, "role": role,
        "ref": str(rng.randrange(10000, 99999)), "ref2": str(rng.randrange(1000, 9999)),
        "sfirst_a": fold(sig[2]), "slast_a": fold(sig[3]),
        "q_outlook": f"{WEEKDAYS[quoted.weekday()]}, {quoted.day} {MONTHS[quoted.month - 1]} {quoted.year} {quoted:%H:%M}",
        "q_outlook_us": f"{WEEKDAYS[quoted.weekday()]}, {MONTHS[quoted.month - 1]} {quoted.day}, {quoted.year} {q12}",
        "q_gmail": f"{WEEKDAYS[quoted.weekday()][:3]}, {quoted.day} {MONTHS[quoted.month - 1][:3]} {quoted.year} at {quoted:%H:%M}",
        "q_us": f"{WEEKDAYS[quoted.weekday()][:3]}, {MONTHS[quoted.month - 1][:3]} {quoted.day}, {quoted.year} at {q12}",
        "q_iso": f"{quoted:%Y-%m-%d %H:%M}", "qday": WEEKDAYS[quoted.weekday()],
        "dl": f"{WEEKDAYS[deadline.weekday()]} {deadline.day} {MONTHS[deadline.month - 1]}",
        "dl_us": f"{WEEKDAYS[deadline.weekday()]}, {MONTHS[deadline.month - 1]} {deadline.day}",
        "dl_iso": f"{deadline:%Y-%m-%d}", "dl_num": f"{deadline:%d.%m.%Y}",
        "start": f"{start.day} {MONTHS[start.month - 1]} {start.year}", "start_num": f"{start:%d.%m.%Y}",
        "year": str(when.year),
    }
    ctx["ref3"] = ctx["ref2"][:3]
    ctx.update(fixed)
    sender = str(t["sender"])
    sender = "{sfull} <{saddr}>" if sender == "person" else sender
    prefix = "" if lang == "en" else lang + "-"
    return {
        "subject": str(t["subject"]).format_map(ctx),
        "body": str(t["body"]).strip("\n").format_map(ctx),
        "sender": sender.format_map(ctx),
        "label": "rejection" if t["kind"] == "rejection" else "not_rejection",
        "kind": str(t["kind"]),
        "family": f"blind16-{prefix}{t['tpl']}-{t['var']}",
        "provenance": PROVENANCE,
        "to": f"{ctx['full']} <{ctx['to']}>",
        "date": email.utils.format_datetime(when),
        "_lang": lang,
    }


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    made: list[dict[str, str]] = []
    for t in TEMPLATES:
        for _ in range(int(t["n"])):  # type: ignore[call-overload]
            made.append(render(rng, t))
    counters = {"rejection": 0, "not_rejection": 0}
    for rec in made:
        counters[rec["label"]] += 1
        rec["id"] = f"blind16:{'rej' if rec['label'] == 'rejection' else 'oth'}-{counters[rec['label']]:03d}"
    rng.shuffle(made)
    return made


KEYS = ("id", "subject", "body", "sender", "label", "kind", "family", "provenance", "to", "date")


def write(records: list[dict[str, str]]) -> None:
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for rec in records:
            handle.write(json.dumps({key: rec[key] for key in KEYS}, ensure_ascii=False) + "\n")


def langs(records: list[dict[str, str]]) -> None:
    by_kind = Counter((r["label"], r["kind"]) for r in records)
    by_lang = Counter((r["label"], r["_lang"]) for r in records)
    print(f"{len(records)} messages, {len({r['family'] for r in records})} families, {len(TEMPLATES)} templates")
    for (label, kind), n in sorted(by_kind.items()):
        print(f"  {label:14} {kind:26} {n}")
    for label in ("rejection", "not_rejection"):
        items = sorted(((lang, n) for (lab, lang), n in by_lang.items() if lab == label), key=lambda x: (-x[1], x[0]))
        print(f"  {label}: " + ", ".join(f"{lang} {n}" for lang, n in items) + f"  ({len(items)} languages)")
    html_n = sum(1 for r in records if "<p" in r["body"] or "<div" in r["body"] or "<table" in r["body"])
    lengths = sorted(len(r["body"]) for r in records)
    print(f"  HTML bodies {html_n}; body length {lengths[0]}..{lengths[-1]} (median {lengths[len(lengths) // 2]}); senders {len({r['sender'] for r in records})}")


def words(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", text)
    return re.findall(r"\w+", text.lower())


def shingles(text: str) -> set[str]:
    w = words(text)
    return {" ".join(w[i : i + 6]) for i in range(len(w) - 5)}


def check(records: list[dict[str, str]]) -> None:
    ours = [shingles(r["body"]) for r in records]
    mine = set().union(*ours)
    others = sorted(p for p in (HERE.parent.glob("*.jsonl")) if p.is_file()) + sorted(p for p in HERE.glob("*.jsonl") if p.resolve() != OUT.resolve())
    theirs_count: set[int] = set()
    shared: set[str] = set()
    for path in others:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                sh = shingles(str(json.loads(line).get("body", "")))
                theirs_count.update(hash(s) for s in sh)
                shared |= sh & mine
    holders = Counter(s for body in ours for s in body & shared)
    touched = [r for r, body in zip(records, ours, strict=True) if body & shared]
    print(f"{len(others)} files, {len(theirs_count):,} distinct shingles; ours {len(mine):,}")
    print(f"bodies sharing a shingle: {len(touched)} of {len(records)} ({sum(r['label'] == 'rejection' for r in touched)} rejections, {sum(r['label'] != 'rejection' for r in touched)} others); distinct shared shingles: {len(shared)}")
    for s, n in sorted(holders.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {n:3}  {s}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--langs", action="store_true", help="print the make-up by label/kind and label/language")
    parser.add_argument("--check", action="store_true", help="6-word-shingle overlap with the other data files")
    args = parser.parse_args()
    records = build()
    if args.langs:
        langs(records)
        return 0
    if args.check:
        check(records)
        return 0
    write(records)
    print(f"wrote {len(records)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
