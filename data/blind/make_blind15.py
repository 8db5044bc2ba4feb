"""Write blind slice 15 for issue 11 (sealed when committed).

260 messages written for rejectwatch (own wording, stdlib only, fixed seed): 130 rejections and
130 other mails, in the make-up of slice 14 so the figures compare, with new kinds of rejection
that no earlier slice lists. Two runs write byte-identical files.

    python data/blind/make_blind15.py            # writes blind-slice-15.jsonl
    python data/blind/make_blind15.py --langs    # make-up by label/kind and label/language
    python data/blind/make_blind15.py --check    # 6-word-shingle overlap with the other data

Never score this file with a model until the lead declares it read.
"""

# Tables of hand-written prose (long lines); random is seeded for reproducible data, not security.
# ruff: noqa: E501, S311

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 150151
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-15.jsonl"
PROVENANCE = (
    "written for rejectwatch blind slice 15 (issue 11) by make_blind15.py, seed 150151; own wording"
)

# --------------------------------------------------------------------------- pools

FIRST = {
    "en": [
        "Oluwaseun", "Marguerite", "Tobias", "Priyanka", "Declan", "Ines", "Rafferty", "Yusra",
        "Callum", "Theodora", "Benedikt", "Ngozi", "Lorcan", "Anjali", "Mireille", "Quentin",
        "Saoirse", "Dmitri", "Keziah", "Florian", "Wairimu", "Hamish", "Esperanza", "Jonah",
        "Tamsin", "Arjun", "Philippa", "Kwame", "Rosalind", "Matteo", "Soraya", "Ewan",
        "Imogen", "Bartholomew", "Leilani", "Casimir", "Adaeze", "Niamh", "Rohan", "Delphine",
        "Gideon", "Harriet", "Emeka", "Sunniva", "Tariq", "Beatrix", "Lennox", "Ottilie",
        "Jasper", "Marisol", "Cormac", "Fenella", "Ravi", "Zainab", "Percival", "Aoife",
        "Ignatius", "Maryam", "Lachlan", "Clementine", "Obinna", "Greta", "Desmond", "Juniper",
    ],
    "de": ["Annika", "Jörg", "Henrike", "Malte", "Svenja", "Lukas", "Friederike", "Till"],
    "fr": ["Solène", "Baptiste", "Maëlle", "Corentin", "Gaëlle", "Arnaud", "Océane", "Rémi"],
    "es": ["Itziar", "Gonzalo", "Nerea", "Álvaro", "Ainhoa", "Rodrigo", "Lucía", "Iker"],
    "pt": ["Inês", "Gonçalo", "Thaís", "Rodrigo", "Beatriz", "Caio", "Leonor", "Tiago"],
    "it": ["Chiara", "Lorenzo", "Federica", "Niccolò", "Ilaria", "Tommaso"],
    "nl": ["Femke", "Joris", "Lieke", "Sjoerd", "Marloes", "Bram"],
    "pl": ["Zuzanna", "Bartosz", "Agnieszka", "Mikołaj", "Katarzyna", "Wojciech"],
    "ja": ["陽菜", "大翔", "美咲", "蓮", "結衣", "悠真"],
    "zh": ["晓彤", "子豪", "雨萱", "浩然", "思琪", "俊杰"],
    "ko": ["지현", "민준", "서연", "도윤", "하은", "준호"],
    "ru": ["Анастасия", "Дмитрий", "Екатерина", "Артём", "Полина", "Никита"],
    "uk": ["Оксана", "Тарас", "Ярина", "Богдан", "Соломія", "Назар"],
    "ar": ["ليلى", "يوسف", "نور", "كريم", "سلمى", "عمر"],
    "id": ["Putri", "Bagus", "Ayu", "Rizky", "Dewi", "Fajar"],
    "vi": ["Thảo", "Minh", "Lan", "Quang", "Hương", "Tuấn"],
    "ca": ["Núria", "Jordi", "Montserrat", "Pau", "Laia", "Arnau"],
    "el": ["Ελένη", "Νικόλαος", "Δήμητρα", "Γιώργος", "Κατερίνα", "Σπύρος"],
    "hu": ["Réka", "Bence", "Eszter", "Márton", "Zsófia", "Gergő"],
    "ro": ["Ioana", "Andrei", "Bianca", "Mihai", "Raluca", "Vlad"],
    "cy": ["Ffion", "Dafydd", "Non", "Iestyn", "Catrin", "Gethin"],
}
LAST = {
    "en": [
        "Okonkwo", "Ashdown", "Varghese", "Kilbride", "Moreau", "Halvorsen", "Mbeki", "Pennington",
        "Castellanos", "Whitlock", "Nakashima", "Fairweather", "Abernathy", "Kowalczyk", "Delacourt",
        "Oyelaran", "Strachan", "Lindqvist", "Bhattacharya", "Quigley", "Ferreira", "Thistlewood",
        "Osei", "Marchetti", "Drummond", "Achterberg", "Sandoval", "Haverford", "Iyer", "Coventry",
        "Mwangi", "Rasmussen", "Llewellyn", "Okafor", "Brannigan", "Tremblay", "Weatherby",
        "Anand", "Carrow", "Ostrowski", "Blackwood", "Nwachukwu", "Pemberton", "Esposito",
        "Faulkner", "Yilmaz", "Ramsbottom", "Kaur", "Devereux", "Lindgren", "Amadi", "Ruskin",
    ],
    "de": ["Brandstätter", "Wehmeyer", "Kolbe", "Hinrichs", "Obermaier", "Lüders"],
    "fr": ["Lefebvre", "Marchal", "Guérin", "Rolland", "Chauvet", "Perrot"],
    "es": ["Etxeberria", "Navarro", "Quintana", "Beltrán", "Arriaga", "Montoya"],
    "pt": ["Figueiredo", "Sampaio", "Carvalho", "Teixeira", "Brandão", "Moura"],
    "it": ["Bellandi", "Ferraro", "Lombardi", "Santoro", "Galli", "Rinaldi"],
    "nl": ["van Dijk", "Verhoeven", "de Graaf", "Bosman", "Kuipers", "Smits"],
    "pl": ["Wiśniewska", "Zieliński", "Kaczmarek", "Dąbrowski", "Lewandowska", "Mazur"],
    "ja": ["佐藤", "高橋", "中村", "小林", "吉田", "松本"],
    "zh": ["王", "李", "陈", "刘", "赵", "周"],
    "ko": ["김", "이", "박", "최", "정", "윤"],
    "ru": ["Соколова", "Морозов", "Волкова", "Лебедев", "Козлова", "Новиков"],
    "uk": ["Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Мельник", "Кравець"],
    "ar": ["الحسيني", "العمري", "النجار", "الخطيب", "الزعبي", "المصري"],
    "id": ["Santoso", "Wijaya", "Pratama", "Hidayat", "Lestari", "Nugroho"],
    "vi": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"],
    "ca": ["Puig", "Ferrer", "Vilaró", "Soler", "Casals", "Batlle"],
    "el": ["Παπαδοπούλου", "Γεωργίου", "Οικονόμου", "Αντωνίου", "Κωνσταντίνου", "Μιχαηλίδης"],
    "hu": ["Kovács", "Szabó", "Tóth", "Varga", "Horváth", "Nagy"],
    "ro": ["Popescu", "Ionescu", "Dumitrescu", "Stanciu", "Marin", "Georgescu"],
    "cy": ["Pritchard", "Rowlands", "Prys", "Gwynne", "Lloyd", "Bevan"],
}
# Romanised spellings for addresses of people named in non-Latin scripts (same order as above).
ROMAN_FIRST = {
    "ja": ["hina", "hiroto", "misaki", "ren", "yui", "yuma"],
    "zh": ["xiaotong", "zihao", "yuxuan", "haoran", "siqi", "junjie"],
    "ko": ["jihyun", "minjun", "seoyeon", "doyun", "haeun", "junho"],
    "ru": ["anastasia", "dmitry", "ekaterina", "artem", "polina", "nikita"],
    "uk": ["oksana", "taras", "yaryna", "bohdan", "solomiia", "nazar"],
    "ar": ["layla", "yousef", "noor", "kareem", "salma", "omar"],
    "el": ["eleni", "nikolaos", "dimitra", "giorgos", "katerina", "spyros"],
}
ROMAN_LAST = {
    "ja": ["sato", "takahashi", "nakamura", "kobayashi", "yoshida", "matsumoto"],
    "zh": ["wang", "li", "chen", "liu", "zhao", "zhou"],
    "ko": ["kim", "lee", "park", "choi", "jung", "yoon"],
    "ru": ["sokolova", "morozov", "volkova", "lebedev", "kozlova", "novikov"],
    "uk": ["shevchenko", "kovalenko", "bondarenko", "tkachuk", "melnyk", "kravets"],
    "ar": ["alhusseini", "alomari", "alnajjar", "alkhatib", "alzoubi", "almasri"],
    "el": ["papadopoulou", "georgiou", "oikonomou", "antoniou", "konstantinou", "michailidis"],
}
ROMAN = {
    name: roman
    for table, names in ((ROMAN_FIRST, FIRST), (ROMAN_LAST, LAST))
    for lang, romans in table.items()
    for name, roman in zip(names[lang], romans, strict=True)
}
# Surnames that agree with the first name's gender, where the language marks it.
GENDERED = {
    "ru": ({"Анастасия", "Екатерина", "Полина"}, ["Соколова", "Волкова", "Козлова"], ["Морозов", "Лебедев", "Новиков"]),
    "pl": ({"Zuzanna", "Agnieszka", "Katarzyna"}, ["Wiśniewska", "Kaczmarek", "Lewandowska"], ["Zieliński", "Dąbrowski", "Mazur"]),
    "el": ({"Ελένη", "Δήμητρα", "Κατερίνα"}, ["Παπαδοπούλου", "Γεωργίου", "Οικονόμου"], ["Μιχαηλίδης", "Αντωνίου", "Κωνσταντίνου"]),
}
STEMS = [
    "Harrowgate", "Quillfeather", "Tidewell", "Marrowbone", "Copperleaf", "Saltmarsh", "Ravensholt",
    "Brightling", "Ferncastle", "Oakhaven", "Lumenside", "Stonebridge", "Kestrel", "Windrose",
    "Ashgrove", "Pellucid", "Northlight", "Greyfriars", "Hollowell", "Bramblecote", "Cinderford",
    "Larkspur", "Meridian Vale", "Tollgate", "Blue Heron", "Silverbirch", "Emberly", "Foxhollow",
    "Glasswing", "Juniper Row", "Kingfisher", "Longacre", "Millrace", "Nettlebed", "Orchard Lane",
    "Pinecrest", "Quayside", "Redwater", "Sandpiper", "Thornbury", "Upland", "Vantage Hill",
    "Wrenfield", "Yarrow", "Zephyr", "Alderbank", "Bellwether", "Crowsnest", "Driftwood",
]
KINDS_OF_FIRM = [
    "Analytics", "Logistics", "Health", "Foods", "Energy", "Labs", "Partners", "Studio",
    "Insurance", "Robotics", "Housing", "Media", "Engineering", "Systems", "Pharma", "Retail",
    "Bank", "Software", "Consulting", "Freight", "Architects", "Learning", "Biotech", "Hotels",
]
SUFFIX = {
    "de": "GmbH", "fr": "SAS", "es": "S.L.", "pt": "Ltda.", "it": "S.r.l.", "nl": "B.V.",
    "pl": "Sp. z o.o.", "ru": "ООО", "uk": "ТОВ", "id": "PT", "vi": "Công ty", "ca": "S.L.",
    "el": "Α.Ε.", "hu": "Kft.", "ro": "S.R.L.",
}
CJK_FIRMS = {
    "ja": ["株式会社みなと精機", "株式会社あさひデータ", "北辰ロジスティクス株式会社", "株式会社青葉ソフト"],
    "zh": ["星河数据科技有限公司", "远帆物流有限公司", "青松医疗器械有限公司", "云桥软件有限公司"],
    "ko": ["주식회사 한빛로보틱스", "(주)누리소프트", "바다물류 주식회사", "주식회사 새솔바이오"],
    "ar": ["شركة الواحة للتقنية", "مجموعة النخيل للخدمات", "شركة الرمال للإنشاءات"],
}
ROLES = [
    "Data Analyst", "Payroll Officer", "Senior Product Designer", "Warehouse Team Leader",
    "Backend Engineer", "Marketing Coordinator", "Clinical Research Associate", "Site Reliability Engineer",
    "Procurement Specialist", "Customer Success Manager", "Finance Business Partner",
    "Junior Solicitor", "UX Researcher", "Operations Manager", "QA Engineer", "HR Advisor",
    "Grants Officer", "Supply Chain Planner", "Content Strategist", "Mechanical Design Engineer",
    "Sales Development Representative", "Machine Learning Engineer", "Facilities Coordinator",
    "Communications Officer", "Laboratory Technician", "Office Manager", "Data Engineer",
    "Technical Writer", "Account Executive", "Policy Analyst", "Store Manager", "Android Developer",
    "Compliance Analyst", "Events Producer", "Quantity Surveyor", "Service Desk Analyst",
]
CITIES = [
    "Leeds", "Toronto", "Pune", "Melbourne", "Cork", "Austin", "Cardiff", "Nairobi", "Auckland",
    "Glasgow", "Denver", "Singapore", "Bristol", "Halifax", "Lagos", "Edinburgh", "Perth", "Boston",
]
MAILBOXES = [
    "inbox.example", "mail.example.net", "post.example.org", "example.com", "webmail.example",
    "fastpost.example.net", "home.example.co.uk", "netmail.example.org", "example.io",
]
ZONES = [-8, -7, -6, -5, -4, -3, 0, 1, 2, 3, 4, 5.5, 7, 8, 9, 10, 12, 13]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]


def fold(text: str) -> str:
    """ASCII local part from a name: accents dropped, spaces and apostrophes removed."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", plain.lower())


def slugify(company: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(company.replace(" ", "-")).strip("-")) or "firm"


# --------------------------------------------------------------------------- footers
# Each returns text; ATS-shaped ones are spread over both labels (see the templates).

FOOTERS = {
    "ats_hireloop": (
        "\n\n--\n{company} sends candidate mail through Hireloop.\n"
        "Your profile lives at https://candidates.hireloop.example/{slug}\n"
        "Hireloop Ltd, 4 Canal Wharf, Leeds LS1 4BR. This mailbox cannot receive answers."
    ),
    "ats_talentdeck": (
        "\n\n———\nPowered by TalentDeck · Applicant ref {ref}\n"
        "TalentDeck delivers this notice for {company}. "
        "Opt out, or have your records wiped: talentdeck.example/privacy"
    ),
    "ats_staffora": (
        "\n\n[Staffora] {company} Recruitment Portal\nLog in: https://{slug}.staffora.example/portal\n"
        "Automatic notice. Nobody reads this inbox; use the portal's message tab instead."
    ),
    "ats_pipewise": (
        "\n\nSent with Pipewise Recruit · pipewise.example\n"
        "Questions? Write to {pmail}\nUnsubscribe from candidate updates: pipewise.example/u/{ref}"
    ),
    "ats_jobnest": (
        "\n\n__________\nJobnest ATS | {company} careers\n"
        "Datenschutz / Privacy: jobnest.example/{slug}/privacy | Impressum\n"
        "Versand durch unser Bewerbermanagement. Sent by our applicant-tracking system."
    ),
    "mobile_iphone": "\n\nSent from my iPhone",
    "mobile_outlook": "\n\nGet Outlook for Android",
    "mobile_typos": "\n\nSent from my phone, excuse the brevity and the typos",
    "legal_long": (
        "\n\n{company} Ltd · company number {regno} · registered address Unit 9, Brindley Court, "
        "{city}. Only the addressee of this message should be reading it. If that "
        "isn't you, we'd be grateful if you let the sender know, then remove it from your "
        "mailbox without passing it on or relying on anything in it. Our outgoing mail goes "
        "through a malware scanner, though no scanner catches everything, so please run your own "
        "checks before opening attachments. Our candidate privacy notice sets out what we do with "
        "personal details, how long we hold them and how to have them erased. Printing this? "
        "Perhaps don't."
    ),
    "none": "",
}


def ats_footer_names() -> list[str]:
    return [k for k in FOOTERS if k.startswith("ats_")]


# --------------------------------------------------------------------------- templates

TEMPLATES: list[dict] = []

PERSON = "{signer} <{pmail}>"
NOREPLY = "{company} Careers <no-reply@{cdom}>"
TALENT = "{company} Talent Acquisition <talent@{cdom}>"


def add(  # noqa: PLR0917 - the six parts every template has, in reading order
    key, kind, copies, subject, body, sender, *, dec=None, lang="en", roles=None, footer="none"
):
    """One template: `copies` messages, each with its own person, company, role and date."""
    TEMPLATES.append(
        {
            "key": key, "kind": kind, "copies": copies, "subject": subject, "body": body,
            "sender": sender, "dec": list(dec or [""]), "lang": lang, "roles": roles,
            "footer": footer,
        }
    )


R = "rejection"

# --- A. person-written replies in a thread after an interview; someone else chosen ------------

add("thread-backlog", R, 2, "RE: [EXT] Re: Follow-up from Tuesday - {role}",
  """Hi {first},

Thanks so much for your note on Wednesday, and for the extra thinking on the onboarding backlog. The team passed it round and it started a useful argument in stand-up.

{decision}

It went down to the wire, and I'd like us to keep talking; should a platform role come up next year, I'll ring you before it's advertised.

All the best,
{sfirst}

-----Original Message-----
From: {name} <{tomail}>
Sent: {qdate}
To: {signer} <{pmail}>
Subject: Re: Follow-up from Tuesday - {role}

Hi {sfirst}, thanks again for Tuesday. I've jotted down a couple of ideas on the backlog question (attached). Hope to hear from you soon.
{first}""", PERSON,
  dec=["We've gone with a candidate who led a migration of almost exactly this shape last year, and she accepted this morning.",
       "The panel settled on someone who has run this kind of migration twice before, and he signed yesterday evening."])

add("thread-internal-move", R, 2, "RE: [EXT] RE: [EXT] Re: Final conversation - {role}",
  """{first},

Apologies for the radio silence since our final conversation; the last ten days were swallowed by quarter close.

{decision} I argued for a longer look at the outside shortlist, but the timing made the internal route the sensible one for the business.

I enjoyed our two chats a great deal, particularly your story about rebuilding the stock counts by hand. Please keep {company} in mind.

Regards,
{signer}
{role} hiring manager | {company}

From: {name} <{tomail}>
Sent: {qdate}
To: {signer} <{pmail}>
Subject: RE: [EXT] Re: Final conversation - {role}

Hello {sfirst}, just checking in on timing - no rush at all, I know it's a busy month.""", PERSON,
  dec=["{ofirst} from our {city} office is moving across into the role, which was confirmed on Friday.",
       "A colleague from our {city} site has taken the post as an internal transfer, agreed at the end of last week."])

add("thread-gmail-other", R, 2, "Re: Thanks for today",
  """Hi {first},

Really good to meet you in person, and thank you for staying on past five for the whiteboard part.

You were candid with us, so I'll be candid back: {decision}

If you'd like ten minutes of feedback on the case exercise, I'm happy to do a call next week.

Take care,
{sfirst}

On {qdate}, {name} <{tomail}> wrote:
> Hi {sfirst},
>
> Thank you for today - I enjoyed meeting the team and seeing the
> warehouse floor. Shout if you'd like anything further from me.
>
> Best,
> {first}""", PERSON,
  dec=["we've offered the {role} job to the other person on the shortlist and they've said yes.",
       "we made our offer to the other finalist on Thursday and it was accepted over the weekend."])

add("thread-founder-lower", R, 2, "re: coffee chat + next steps",
  """hey {first}

sorry this took a while. we went with a person who's already built the billing thing we need, so that's where we landed for now

you were great on the product questions though and honestly i'd love to grab another coffee when we raise again

{sfirst}""", "{sfirst} {slast} <{sfirst_l}@{cdom}>", footer="mobile_iphone")

add("thread-panel-charity", R, 2, "RE: [EXTERNAL] Re: Panel interview – {role}",
  """Dear {first},

Thank you for coming in last Thursday and for your email afterwards - it was kind of you to write, and the panel appreciated the point you added about volunteer rotas.

I said I'd phone rather than write, and I tried twice this morning, so please forgive a written note. {decision}

You were a strong interviewee and the trustees wanted me to thank you on their behalf. We advertise two or three posts a year and I hope we see your name again.

With warm wishes,
{signer}
Head of Services, {company}
Registered charity no. {regno}

-----Original Message-----
From: {name} <{tomail}>
Sent: {qdate}
Subject: Re: Panel interview – {role}

Dear {sfirst}, many thanks for the interview today. One thing I didn't get to say about rotas...""", PERSON,
  dec=["The panel's recommendation went to another candidate, and our director approved the appointment this afternoon.",
       "The panel talked it through at length and chose to appoint a candidate with longer experience of supported housing, and our director signed that off today."])

add("thread-portfolio", R, 2, "Re: [EXT] Re: Re: portfolio review",
  """Hi {first},

Thank you for walking us through the wayfinding project - the sketchbook pages were a highlight of the week.

{decision} It came down to a fine margin around motion work, which is a big part of next year's accounts.

I'd love to keep your folio on our shared drive for freelance overflow if that's alright with you.

Cheers,
{sfirst}

> On {qdate} {name} wrote:
> Lovely to meet you all. I've attached the PDF version of the folio in case it's useful.""", PERSON,
  dec=["We've asked {ofirst} to join the studio as our new {role}, who starts in a fortnight.",
       "We've invited {ofirst}, whose reel leans heavily on motion, to take the {role} seat."])

add("thread-references", R, 2, "RE: [EXT] Re: Reference contacts",
  """Hi {first},

Thank you for sending the three referees through so quickly on Monday.

Before anyone picked up the phone to them, I wanted you to hear this: {decision}, so I won't need to trouble your referees after all. I'm sorry it ended at the very last step; you were a strong finalist.

Best wishes,
{signer}
People Partner, {company}

________________________________
From: {name} <{tomail}>
Sent: {qdate}
To: {signer}
Subject: Re: Reference contacts

Hi {sfirst}, please find my referees below. They know to expect a call.""", PERSON,
  dec=["yesterday the other finalist accepted an offer from us",
       "late on Tuesday the hiring team made an offer to the other candidate and it was accepted"])

add("thread-lab", R, 2, "RE: [EXT] Re: Our chat on Monday",
  """Dear {first},

Many thanks again for the Monday visit and the questions about the spectrometer schedule.

Better you hear it from me than from a form letter: {decision} I know you had travelled a long way for the day and I'm grateful.

If you are in {city} again, do drop by the lab.

Kind regards,
Dr {signer}
{company}

-----Original Message-----
From: {name}
Sent: {qdate}
Subject: Re: Our chat on Monday

Dear Dr {slast}, thank you for showing me round today.""", PERSON,
  dec=["we are moving ahead with another finalist whose background sits closer to our instrumentation work.",
       "we have appointed someone with four years on this exact instrument."],
  roles=["Research Technician", "Laboratory Manager", "Instrument Scientist"])

# --- B. a clear refusal under a long footer -------------------------------------------------------

add("footer-lifeat", R, 2, "Your application for {role} at {company}",
  """Dear {first},

Thanks for your application for {role}. {decision}

We wish you every success.

{company} Recruitment

━━━━━━━━━━━━━━━━━━━━━━━━━━
LIFE AT {company_upper}
Why people stay: hours that bend around school runs, £1,500 a year to spend on courses, 28 days off plus your birthday, a volunteering week, and the best canteen in {city} (we're biased).
Meet the team → {slug}.example/people
Read our latest impact report → {slug}.example/impact
Follow us: LinkedIn · Instagram · YouTube · TikTok
Friends who'd fit in? Refer them - we pay £750 a hire.
━━━━━━━━━━━━━━━━━━━━━━━━━━
Sent because you applied at {slug}.example/careers. Your candidate account is where you change settings or erase your data.""",
  NOREPLY,
  dec=["We have read it with care and decided it will go no further for this vacancy.",
       "After reviewing it against the role requirements, we won't be moving your application to the next stage."])

add("footer-alert-list", R, 2, "Update on your application – {role}",
  """Hi {first},

Thanks for considering {company}. Applications for {role} have now been reviewed and {decision}

With best wishes,
The Hiring Team

==============================
OTHER OPENINGS PICKED FOR YOU
==============================
▸ {other} – {city} – Hybrid – posted 2 days ago
▸ Senior {other} – Remote (UK) – new on Tuesday
▸ {role} (12-month FTC) – {city} – posted this week
▸ Graduate Analyst Programme 2026 – multiple locations
▸ Team Lead, Customer Operations – {city} – On-site
See all 48 open roles → {slug}.example/jobs
Turn job alerts off or change their frequency in your candidate settings.
==============================""",
  "{company} Jobs <jobs@{cdom}>", footer="ats",
  dec=["unfortunately yours hasn't made it through this time.",
       "we're sorry to tell you we have decided to progress other candidates."])

add("footer-html-news", R, 2, "{company}: your application",
  """<html><body>
<p>Dear {first},</p>
<p>Thank you for your application for the <b>{role}</b> role. {decision}</p>
<p>It was good of you to apply, and we hope the next door opens quickly.</p>
<p>Best regards,<br>{signer}<br>Talent Team</p>
<hr>
<table width="100%"><tr>
<td><b>In the news this month</b><br>{company} opens a second site in {city} and welcomes 120 new colleagues.</td>
<td><b>Podcast</b><br>Episode 31: how our night shift rebuilt the picking process.</td>
<td><b>Awards</b><br>Shortlisted for Employer of the Year, third year running.</td>
</tr></table>
<p style="font-size:11px;color:#888">Follow us on <a href="https://social.example/{slug}">LinkedIn</a> | <a href="https://pics.example/{slug}">Instagram</a> | <a href="https://{slug}.example/blog">Blog</a><br>
This comes to you as a {company} account holder. <a href="https://{slug}.example/unsubscribe">Unsubscribe</a> from updates.</p>
</body></html>""",
  "{signer} <talent-team@{cdom}>",
  dec=["I'm sorry to say that we will not be proceeding with your application.",
       "Regrettably, the panel did not pick you to go forward to interview."])

add("footer-legal", R, 2, "{role} - outcome",
  """Dear {first},

Thanks for coming in on {qday}. I'm sorry to say that {decision}

Kind regards
{signer}
HR Officer""", PERSON, footer="legal_long",
  dec=["this time your application has been unsuccessful.",
       "we have decided to offer the role to another candidate, so your application will not progress."])

# --- C. hedged refusals ----------------------------------------------------------------------

add("hedge-closer", R, 2, "Your {role} application",
  """Hi {first},

Thanks for the effort behind your application and for the screening call with {sfirst}.

{decision} It says nothing bad about what you can do - and do watch our jobs page for the next opening.

Best,
{signer}
{company}""", PERSON, footer="ats",
  dec=["We've had a very strong response, and we felt a few other applicants were a slightly closer match to where the team is heading next year.",
       "Having looked at everyone we spoke to, we felt others sat a little nearer to what the team wants to do next year."])

add("hedge-direction", R, 2, "Regarding the {role} opening",
  """Hello {first},

A follow-up on your application. {decision}

Thank you for bearing with a process that dragged more than we'd like.

Warm regards,
{sfirst}""", PERSON,
  dec=["After some reflection, {company} has decided to take the role in a different direction from the profile we first advertised.",
       "Since we last spoke, the leadership team has chosen to take this position in another direction."])

add("hedge-regulated", R, 2, "Application - {role} ({ref})",
  """Dear {first},

Thanks for applying and for answering the written questions.

{decision} We recognise this will be disappointing.

Applications stay on our system for six months in case something similar opens.

Yours sincerely,
Resourcing Team, {company}""", TALENT, footer="ats",
  dec=["On balance, the applicants we have taken forward bring more hands-on experience of regulated reporting, which the role needs from day one.",
       "On balance, we have taken forward applicants with deeper experience of regulatory returns, which is central to this role."])

add("hedge-field-sales", R, 2, "quick update from {company}",
  """Hi {first} - thanks for chatting last week. {decision} Appreciate you taking the time, and good luck out there.

{sfirst}
Regional Sales Director
{company} | m. +44 7700 900{ph}""", PERSON, footer="mobile_outlook",
  dec=["We're going to pursue profiles with more depth in field sales for this territory.",
       "For this patch we're going to lean towards people who've carried a field quota before."])

add("hedge-long-hr", R, 2, "Your application to {company}",
  """Dear {first} {last},

Re: {role}, reference {ref}

Thank you for wanting to join {company}, and for the care that went into your application. Putting an application together is real work, and we are conscious of it.

This recruitment attracted a large number of applications from people with a wide range of backgrounds. Each application was read by two members of the hiring team against the criteria published in the role profile: experience of managing budgets above £2m, stakeholder engagement at senior level, evidence of leading change, and the behaviours set out in our values framework.

{decision}

We understand that receiving this news is disappointing, particularly when you have invested in the process. With so many applications in this round we cannot give each person feedback, but we are sincerely grateful that you thought of us as a place to work.

We would also like to take this opportunity to mention that {company} recruits throughout the year across finance, operations, technology and customer roles. If you sign up for alerts on our website, matching vacancies will land in your inbox the day they go live. A good number of our staff were hired at the second or third attempt.

We hold your personal data as our candidate privacy notice describes, and erase it a year from now, or earlier if you ask.

Thank you again for considering {company}, and good luck in the next chapter of your career.

Yours sincerely,

{signer}
Head of Talent Acquisition
{company}""", TALENT,
  dec=["After careful consideration, the hiring team felt that other candidates aligned more closely with the requirements of the role at this time, and we will therefore not be taking your application forward.",
       "Having considered all applications carefully, the panel concluded that other applicants better matched the published criteria, and your application stops at this stage."])

# --- D. recruiter follow-ups after a call, decision plus another role --------------------------

add("recruiter-uk", R, 2, "Following our call - {role}",
  """Hi {first},

Just following on from our call earlier - as I mentioned, {decision}

On the plus side: there's a six-month contract at a housing association in {ukcity} that looks a lot like what you did at your last place - hybrid, two days in, £{n1}00 a day inside IR35. Want me to send the job spec? If you're keen I can get your CV in front of them by Thursday.

Speak soon,
{sfirst}

{signer} | Senior Consultant
{company} Recruitment
t: 0113 496 0{ph} | m: 07700 900{ph}""", PERSON,
  dec=["the client has gone with another candidate for the {role} post, so that door's shut.",
       "the client decided to move forward with someone else for the {role} job."])

add("recruiter-inhouse", R, 2, "{role} - and another idea",
  """Hi {first},

Thanks for picking up earlier. To recap in writing: {decision}

That said, {ofirst} who runs our {other} team saw your profile and thinks your reporting background could be a strong fit there. It's a 12-month contract to start, same location. Fancy a 20-minute chat with {ofirst} next week?

Best,
{sfirst}
Talent Partner, {company}""", PERSON, footer="ats",
  dec=["the hiring manager has decided against moving you forward for {role}, mostly on the depth of cloud experience.",
       "the hiring manager has decided not to take you forward for {role} - it came down to hands-on cloud work."])

add("recruiter-sg", R, 2, "Feedback from client / new opening",
  """Hi {first},

Hope you are well. As discussed over the phone just now, client feedback for the {role} position: {decision}

Meanwhile I have one opening with a logistics MNC, {other}, around SGD {n1},000-{n2},000 per month, based in the east. If keen, kindly share latest CV with expected salary and notice period.

Thanks and regards,
{signer}
Consultant | {company} Talent Pte Ltd
EA Licence No. 19C{n3}""", PERSON,
  dec=["they will be proceeding with another candidate who has more regional experience.",
       "they decided to proceed with other shortlisted candidates."])

# --- E. public-sector notices ------------------------------------------------------------------

add("gov-not-referred", R, 2, "Application Status Update: Announcement {ref}",
  """Dear {first} {last},

This notice is about {role}, announcement {ref}, Department of Regional Transportation.

Your application was reviewed against the qualification requirements for this position. {decision}

Your applicant account shows where each of your other applications stands. Messages sent to this address go nowhere.

Human Resources Operations Center
Department of Regional Transportation""",
  "Applicant Notifications <notify@hr-ops.agency.example.gov>",
  dec=["You were found qualified; however, you were not among the top-ranked candidates and your name was not referred to the selecting official.",
       "Result: Eligible - Not Referred. Your name is not on the certificate sent to the hiring manager, so this application goes no further."],
  roles=["Program Analyst, GS-0343-11", "Contract Specialist, GS-1102-9", "Management Assistant, GS-0344-7"])

add("gov-ineligible", R, 2, "Eligibility decision – {role} ({ref})",
  """Dear {first} {last},

Thank you for your application for the post of {role} with {ukcity} City Council.

{decision}

Think we have misread your application? Send the evidence to recruitment@council.example.gov.uk in the next ten working days and a second officer will look at it again.

Recruitment and Workforce Services
{ukcity} City Council""",
  "{ukcity} City Council Recruitment <jobs@council.example.gov.uk>",
  dec=["The post requires a current Level 3 qualification in childcare. As your application did not show this, you have been assessed as not meeting the minimum eligibility criteria, and it cannot be taken further.",
       "The post is open only to applicants holding a full UK driving licence for category C1. From the information supplied, you are ineligible for this vacancy and your application has been closed."],
  roles=["Early Years Practitioner", "Family Support Worker", "Highways Operative"])

add("gov-cancelled", R, 2, "Vacancy {ref}: {role} – cancelled",
  """Dear Applicant,

We are writing to all who applied for vacancy {ref}, {role}.

{decision} This campaign will not lead to an appointment and all applications, including yours, are now closed.

We are sorry to have taken up your time with an application that will not now be considered.

Resourcing Hub
Ministry of Housing and Local Services""",
  "Resourcing Hub <noreply@resourcing.example.gov>",
  dec=["Following a review of the directorate's staffing budget for the coming year, this vacancy has been cancelled.",
       "The business area has withdrawn this vacancy after the spending review reduced its headcount."])

add("gov-welsh", R, 2, "Eich cais / Your application: {role}",
  """Annwyl {first},

Diolch am wneud cais am swydd {role}. {decision_cy}

Cofion,
Tîm Recriwtio, Cyngor Sir {city_cy}

---

Dear {first},

Thanks for your application for {role}. {decision}

Regards,
Recruitment Team, {city_cy} County Council""",
  "Cyngor Sir / County Council <swyddi@cyngor.example.gov.uk>", lang="cy",
  dec=["The shortlist has now been drawn up and, I'm sorry to say, your name is not on it, so we will not be inviting you to interview."
       "||Ar ôl llunio'r rhestr fer, mae'n ddrwg gennyf ddweud nad ydych wedi cael eich dewis am gyfweliad y tro hwn.",
       "The panel met last week and, I'm sorry to say, did not shortlist your application."
       "||Cyfarfu'r panel yr wythnos diwethaf ac, mae'n ddrwg gennyf ddweud, ni roddwyd eich cais ar y rhestr fer."],
  roles=["Swyddog Cymorth Busnes / Business Support Officer", "Cynorthwyydd Llyfrgell / Library Assistant"])

# --- F. bare ATS status updates ----------------------------------------------------------------

add("ats-status-only", R, 2, "Application update: {role} (Req {ref})",
  """Application update

Position: {role}
Requisition: {ref}
{decision}
""", "{company} <{slug}@notify.hireloop.example>", footer="ats_hireloop",
  dec=["Status: No longer being considered", "Current status: No longer under consideration"])

add("ats-portal-changed", R, 2, "The status of your application has changed",
  """Hello {first},

The status of your application has changed.

Job: {role}
Location: {city}
{decision}

To see the full history of your application, sign in to the {company} candidate portal.""",
  "{company} Candidate Portal <portal-notifications@{cdom}>", footer="ats_staffora",
  dec=["New status: Not progressing", "New status: Closed – not selected"])

add("ats-table", R, 2, "{company} | Candidate update",
  """Requisition   | {role}
Reference     | {ref}
Stage         | Hiring manager review
{decision}
Updated       | {qdate}

This is an automated update. Thank you for your interest in {company}.""",
  "{company} Recruiting <recruiting@mail.talentdeck.example>", footer="ats_talentdeck",
  dec=["Outcome       | Unsuccessful", "Outcome       | Rejected - other candidates progressed"])

add("ats-disposition", R, 2, "{role}", """Candidate disposition: {decision}
{company} Recruiting""", "no-reply@{slug}.pipewise.example", footer="ats_pipewise",
  dec=["Position filled by another applicant.", "Not selected - requisition filled."])

# --- G. internship programme decisions ---------------------------------------------------------

add("intern-summer", R, 2, "{company} Summer Internship Programme {year} – decision",
  """Dear {first},

Thanks for your application to the {company} Summer Internship Programme {year}, and for sitting both the online tests and the video interview.

Over {n1},000 students applied this year for {n2}0 places. {decision}

Our {year2} intake starts taking applications each September, and a second application from you would be very welcome; meanwhile our student community runs events and insight days you can join.

Best wishes,
Early Careers Team
{company}""", "{company} Early Careers <earlycareers@{cdom}>", footer="ats",
  dec=["Our assessors have now watched your video answers, and sadly this year's places will go to other students.",
       "We are sorry to tell you that your application has not progressed to the assessment centre stage."],
  roles=["Summer Intern - Technology", "Summer Intern - Markets", "Summer Intern - Operations"])

add("intern-placement", R, 2, "Placement year {year}/{year2} - {role}",
  """Hi {first},

Thanks for sending in your video answers for our industrial placement. {decision}

Hunting for a placement alongside coursework is hard going, so all the best with the others you've applied for - your university careers service can also coach you on video interviews if that's useful.

{company} Student Recruitment""", "students@{cdom}",
  dec=["Unfortunately we won't be offering you a placement this time round.",
       "I'm afraid your interview didn't score highly enough to reach the final stage."],
  roles=["Industrial Placement - Process Engineering", "Placement Student - Software", "Placement - Quality Assurance"])

add("intern-policy", R, 2, "Policy internship - outcome of your application",
  """Dear {first},

Many thanks for your interest in our six-month policy internship. The standard of applications was very high this round.

{decision}

We run two intakes a year and would welcome a future application.

Kind regards,
{signer}
Operations and People Manager
{company} Institute""", PERSON,
  dec=["I am sorry to let you know that we have not been able to offer you an interview.",
       "The selection panel has now offered the places, and I am sorry to say yours was not one of the names chosen."],
  roles=["Policy Intern", "Research Intern (Economics)"])

# --- N. kinds no earlier slice lists ---------------------------------------------------------

add("new-data-deletion", R, 2, "Your personal data - {company} recruitment",
  """Dear {first},

This concerns your application for {role} (ref. {ref}).

1. Outcome
{decision}

2. Your data
You ticked the box on your form that says 'don't keep my CV', so we will delete your CV, cover letter and assessment answers from our systems 30 days after the date of this e-mail. Interview notes go in the same purge. If you change your mind and would like us to keep them for twelve months, reply to this message before {dl}.

3. Your rights
A copy of what we hold, or deletion sooner than that, can be requested, by writing to privacy@{cdom}.

Data Protection & Recruitment
{company}""", "{company} Recruitment <recruitment@{cdom}>",
  dec=["The hiring panel has completed its review and your application has not been successful.",
       "The post has been filled, and your application will go no further."])

add("new-pdf-letter", R, 2, "Letter regarding your application (PDF attached)",
  """Dear {first},

Please find attached a letter about your recent application for {role}.

As some mail systems block attachments, the text of the letter reads as follows:

"Dear {first} {last}, thank you for taking part in the selection day on {qday}. {decision} Thank you for considering {company}. Yours sincerely, {signer}, HR Manager."

Attachment: {last_l}_{n3}_outcome.pdf (84 KB)

HR Administration
{company}""", "HR Administration <hr.admin@{cdom}>",
  dec=["I regret to inform you that on this occasion you were not successful.",
       "I write to confirm that the panel will not be offering you the post."])

add("new-correction", R, 2, "Correction: your application for {role}",
  """Dear {first},

Earlier today you may have received an e-mail from us with the subject "Next steps - interview scheduling". That message was sent to a group of applicants in error, and we are very sorry for the confusion it will have caused.

{decision} Please disregard the earlier invitation; the booking link in it has been switched off.

Apologies once more for the mix-up.

Recruitment Team""", NOREPLY, footer="ats",
  dec=["The correct position is that your application has not been shortlisted for interview.",
       "To be clear about where things stand: the hiring team chose not to take your application on."])

add("new-recruiter-farewell", R, 1, "Handing over + your {role} application",
  """Hi {first},

A quick personal note: Friday is my last day at {company}, and I didn't want to leave without closing the loop with the people I've been speaking to.

On {role}: {decision} Not how I wanted to spend one of my last days, passing that on.

My colleague {ofirst} is taking over my open searches and has your details if anything else comes up. I enjoyed our conversations - look me up on LinkedIn if you want to keep in contact.

All the best,
{sfirst}""", PERSON,
  dec=["the team has confirmed it's a no from them."])

add("new-careers-fair", R, 2, "Great to meet you at the {city} careers fair",
  """Hi {first},

Thanks for stopping by our stand at the {city} careers fair and for handing over your CV - we came home with a box of them and have now been through every one.

{decision}

Your name is on our mailing list for open evenings unless you'd rather it wasn't.

Best,
{signer}
Campus Recruitment, {company}""", PERSON,
  dec=["We looked at your CV against our graduate intake for next year, and I'm afraid there's no place for you in the engineering stream.",
       "Having read your CV against this year's openings, we don't have a position that suits you, and we won't be inviting you to interview."])

add("new-helpdesk", R, 2, "[Request #{n3}] Question about my application - {role}",
  """##- Please type your reply above this line -##

Your request (#{n3}) has been solved. To reopen it, reply to this e-mail.

{sfirst} (Candidate Support)

Hi {first},

Thanks for getting in touch to ask about the progress of your application for {role}. I checked with the recruiting team this morning. {decision}

I'm marking this request as solved, but feel free to reply if you have further questions.

Kind regards,
{sfirst}
Candidate Support | {company}

--------------------------------
{name}, {qdate}

Hello, I applied three weeks ago and haven't heard back. Could you let me know the status? Thanks.""",
  "{company} Candidate Support <support@{slug}.helpdesk.example>",
  dec=["Unfortunately they've closed your application without an offer of interview, and I'm sorry it took a chase to find that out.",
       "The role has been filled, and they won't be progressing your application."])

add("new-returnship", R, 1, "Return to Work Programme {year}",
  """Dear {first},

Thanks for your application to our 16-week Return to Work Programme. It was clear from your statement how much thought you've given to coming back after your career break.

{decision}

We know that returning after time away can feel daunting, and there are free webinars listed on our returners page.

Warm regards,
Returners Team, {company}""", "{company} Returners <returners@{cdom}>",
  dec=["Unfortunately this cohort is now full and you haven't been given a place."],
  roles=["Returner - Finance", "Returner - Technology"])

add("new-cadet-pilot", R, 1, "Cadet Pilot Programme - Stage 2 result",
  """Dear {first},

Thank you for completing Stage 2 of the {company} Cadet Pilot Programme selection at our training centre.

{decision} Programme rules let you apply again once a year has passed from today.

Good luck with getting into the air.

Pilot Recruitment, {company} Airways""", "Pilot Recruitment <pilotrecruitment@{slug}-air.example>",
  dec=["Your results in the aptitude and coordination tests did not meet the standard needed to go to Stage 3, so your application will end at this point."],
  roles=["Cadet Pilot"])

add("new-cabin-crew", R, 1, "Your Cabin Crew Assessment Day",
  """Hi {first},

Thanks for spending the day with us at the Cabin Crew Assessment Day in {city} - we hope the water-landing drill was fun.

Having gone through everyone's group task and one-to-one, we're sorry that we can't take you further this time.

Lots of our crew applied more than once, so please don't be put off - you can apply again in six months.

Cabin Crew Recruitment""", "Crew Recruitment <crew.jobs@{slug}-air.example>", roles=["Cabin Crew"])

add("new-lifeguard", R, 1, "Leisure centre lifeguard vacancy",
  """Hi {first}, thanks for coming to the pool assessment on Saturday. Sorry but you didn't reach the time needed on the 100m swim, so there's no lifeguard post for you this round. You can retake at our next assessment in the spring. {sfirst}, Duty Manager, {company} Leisure""",
  "{sfirst} {slast} <{sfirst_l}.{slast_l}@{slug}-leisure.example.org>", roles=["Lifeguard"])

add("new-poll-worker", R, 1, "Election staff application",
  """Dear {first} {last},

Thanks for putting yourself forward as a {role} for the coming elections.

We had many more volunteers for paid posts than posts to fill, and staff have been allocated to polling stations on the basis of previous experience and location. On this occasion you have not been given a post.

Your name sits on the reserve list for this election only, and we'll ring you if someone drops out late.

Electoral Services
{ukcity} Borough Council""", "Electoral Services <elections@borough.example.gov.uk>",
  roles=["Poll Clerk", "Count Assistant", "Presiding Officer"])

add("new-job-share", R, 1, "Your job-share application - {role}",
  """Dear {first},

Thank you for applying for the {role} post as a job share with {ofirst}, and for setting out so clearly how you would split the week.

The service manager and I have gone through it carefully. {decision}

I know you both hoped for a different answer. The post will be re-advertised on a full-time basis next month.

Best wishes,
{signer}
HR Business Partner""", PERSON,
  dec=["Because the role carries sole responsibility for the out-of-hours rota, we've concluded it can't be split, and the joint application ends here."])

add("new-outsourced", R, 1, "{role} recruitment",
  """Hello {first},

Thanks for waiting. Partway through the {role} recruitment, the board looked again at the function and chose to hand it to an outside provider from next quarter. So there is no post to fill any more, and your application is closed.

Sorry this comes after you'd already met the team.

{signer}
Finance Director, {company}""", PERSON, roles=["Payroll Officer", "IT Support Technician"])

add("new-driving-licence", R, 1, "Re: Delivery driver application",
  """hi {first} thanks for applying. we need someone with a full licence held for 2 years min for the insurance, yours was issued in march so we cant take you on unfortunately. try again next year? {sfirst}""",
  "{sfirst} <{sfirst_l}@{slug}-deliveries.example>", footer="mobile_typos", roles=["Delivery Driver"])

add("new-intl-school", R, 1, "Following the recruitment fair - {role}",
  """Dear {first},

Good to meet you at the international schools recruitment fair in {city} last weekend, and thank you for the sample lesson plan.

We have now made our appointments for August. {decision} Your enthusiasm for the IB curriculum came through.

Good luck finding the right school,
{signer}
Principal, {company} International School""", PERSON,
  dec=["The post has gone to another teacher who has taught the Diploma Programme before, I'm sorry to say."],
  roles=["Teacher of Chemistry", "Primary Class Teacher", "Teacher of English"])

add("new-cruise", R, 1, "Your application - {role} (shipboard)",
  """Dear {first},

Thanks for your interest in working at sea and for the video interview with our hiring partner.

The cruise line has passed on your profile for the current contract season, so it now goes into our archive. Applications for the next season open in the spring.

Crew Recruitment Services
{company} Maritime Staffing""", "Crew Recruitment <crew@{slug}-maritime.example>",
  roles=["Assistant Waiter", "Youth Staff", "Guest Services Associate"])

add("new-whatsapp", R, 1, "WhatsApp message from {company}",
  """You have a new WhatsApp Business message from {company} Hiring (+44 7700 900{ph}):

"Hi {first}, it's {sfirst} from {company}. Thanks for doing the trial evening on Friday. The weekend job's gone to someone else, sorry. Good luck with everything 👍"

Reply in WhatsApp. You're receiving this e-mail because notifications are switched on.""",
  "WhatsApp Business Notifications <notify@chat-relay.example>", roles=["Weekend Bartender"])

add("new-scheduler", R, 1, "Cancelled: Final interview - {role}",
  """Your booking has been cancelled by {signer}.

Event: Final interview - {role} (45 min)
Original time: {qdate}

Message from {sfirst}:
"Hi {first}, I'm cancelling this slot because the hiring team made its decision before the final round: another candidate took our offer yesterday. Apologies for the late notice - and thank you for everything you put in."

Need to book something else? Visit meet.slotwise.example/{sfirst_l}
Powered by Slotwise""", "Slotwise <notifications@slotwise.example>")

add("new-legacy-caps", R, 1, "APPLICATION STATUS NOTIFICATION",
  """*** SYSTEM GENERATED - MAILBOX UNATTENDED ***

APPLICANT NAME ....... {last_upper}, {first_upper}
APPLICANT NO. ........ {n3}{n1}
VACANCY .............. {role_upper}
DEPARTMENT ........... ESTATES AND FACILITIES

RESULT: NOT SHORTLISTED. APPLICATION CLOSED.

{company_upper} HUMAN RESOURCES.
*** END OF MESSAGE ***""", "HRSYS <hrsys@mainframe.{cdom}>",
  roles=["Porter", "Estates Officer", "Maintenance Electrician"])

add("new-emoji-startup", R, 1, "thank you 🙏 + where we landed",
  """Hey {first}! 👋

First up — massive thank you for the take-home, we loved the little Easter egg in the README 😄

Where we landed: {decision} 💙

We'll shout on socials when we hire again, and I'd genuinely love to see your application next time.

✌️ {sfirst}
Co-founder @ {company}""", "{sfirst} from {company} <hello@{cdom}>",
  dec=["the team's picked someone else for this one, so it's a no for this round."])

add("new-ea", R, 1, "On behalf of {signer} - {role}",
  """Dear {first},

{signer} is travelling this week and has asked me to tell you the outcome of your interview for {role} before the weekend.

{decision}

A phone call for feedback is possible once {sfirst} is back on {dl}; I can put one in the diary.

Kind regards,
{ofirst} {olast}
Executive Assistant to the Chief Operating Officer
{company}""", "{ofirst} {olast} <{ofirst_l}.{olast_l}@{cdom}>",
  dec=["The decision is to appoint another candidate, and {sfirst} wanted you to hear it now rather than next week."])

add("new-hackathon", R, 1, "Hack & Hire weekend - results",
  """Hi {first},

Thank you for spending your weekend with us at Hack & Hire! Your team's dashboard for the canal-boat booking problem got a round of applause.

We promised every participant an answer about the three junior roles on offer. All three have now been offered to other participants, which means no job for you out of this event.

You're very welcome at the next one in spring, and the prizes will be posted to you this week.

{company} Engineering""", "{company} Engineering <eng-events@{cdom}>", roles=["Junior Developer"])

add("new-vetting", R, 1, "Your {company} Network screening",
  """Hi {first},

Thank you for going through screening for the {company} Network of independent consultants. You completed the language check, the portfolio review and the live problem-solving session.

Your live session didn't get a pass from our reviewers, so we can't admit you to the network now. Screening can be retaken after six months.

The {company} Screening Team""", "screening@{slug}-network.example", roles=["Independent Consultant"])

add("new-accommodation", R, 1, "Re: Access arrangements for interview",
  """Dear {first},

Thanks for telling us ahead of time about the step-free access and the extra time for the written exercise; we had already spoken to the facilities team about both.

Shortlisting finished this week and, I'm sorry to say, the panel has not shortlisted you, so the arrangements won't be needed for this vacancy. I want to be clear that your request played no part in the decision, which was made on the application alone.

If you apply to us in future, please do tell us again about the adjustments you need.

Yours sincerely,
{signer}
Recruitment Adviser, {company}""", PERSON)

add("new-voucher", R, 1, "A small thank you from {company}",
  """Hi {first},

You put hours into the {role} interviews, and we noticed. As a small thank you, here's a £25 e-voucher you can spend at any of our stores or online:

Code: THANKS-{n3}-{n1}   Valid until {dl}

Sadly it doesn't come with good news about the role: your application stops here. It was a real pleasure getting to know you.

The {company} People Team""", "{company} People Team <people@{cdom}>", roles=["Visual Merchandiser", "Assistant Store Manager"])

add("new-museum-guide", R, 1, "Gallery guide auditions",
  """Dear {first},

Thank you for giving your ten-minute tour of the Victorian galleries at last week's guide auditions. The panel enjoyed your take on the tiled fireplace.

Nine people auditioned for three paid guide posts, and the three posts have gone to other candidates, I'm sorry to say.

We hope you'll keep visiting, and volunteering opportunities are always listed on our website.

{signer}
Learning and Visitor Experience, {company} Museum""", PERSON, roles=["Gallery Guide"])

add("new-phd", R, 1, "PhD position in {phdfield} - your application",
  """Dear {first} {last},

Thanks for your application for the funded PhD in {phdfield} in my group. I received 74 applications, many of them very good.

I interviewed four people and the studentship has now been accepted by someone whose master's project used the same imaging pipeline, so your application ends here.

I am sorry not to have better news, and I wish you success in finding a PhD position.

Best regards,
Prof. {signer}
Department of Earth Sciences, {company} University""", "Prof. {signer} <{sfirst_l}.{slast_l}@{slug}-uni.example.ac.uk>",
  roles=["PhD candidate"])

add("new-freelance-bid", R, 1, "Your proposal: {job}",
  """Hi {first},

Job closed: "{job}". The client hired a different freelancer; your proposal wasn't chosen.

Proposals you submitted for closed jobs don't use up your connects. Keep bidding - there are 214 new jobs in your category this week.

Freelance Marketplace Notifications""", "Marketplace <jobs-noreply@gigmarket.example>", roles=["Freelance copywriter"])

add("new-trial-shift", R, 1, "trial shift thursday",
  """Hi {first}, thanks for doing the trial in the kitchen on Thursday, the chef said you worked hard. We're going with someone who's done more grill work though, so no job this time sorry. All the best {sfirst}""",
  "{sfirst} <{sfirst_l}.{company_l}@mail.example.com>", roles=["Commis Chef"])

add("new-oneliner", R, 2, "Re: {role}", """{decision}

{sfirst}""", PERSON,
  dec=["We've filled the role - thanks for applying, and good luck elsewhere.",
       "Your application won't go further, but thanks for your time."])

add("new-oneliner-phone", R, 1, "{role}", """We're going with another candidate. Best of luck with the search.""",
  "{sfirst} {slast} <{sfirst_l}@{cdom}>", footer="mobile_outlook")

add("new-coop-vote", R, 1, "Outcome of the members' meeting - {role}",
  """Hi {first},

As you know, at {company} every new member of staff is appointed by a vote of the whole co-operative after the interview panel makes its report. The general meeting took place on {qday} evening.

The members voted for the other shortlisted person to take the {role} post. You'd hoped to hear sooner, I know, and I wish the news were better. Thank you for the afternoon you spent with us and for the honest questions about pay ratios.

In solidarity,
{sfirst}
Secretary, {company} Workers' Co-operative""", PERSON, roles=["Bakery Production Worker", "Bookshop Buyer", "Bike Mechanic"])

add("new-nonnative", R, 1, "About your candidature for {role}",
  """Dear Mr./Ms. {last},

We thank you for the interest to our society and for your presence to the interview of the past week.

We have to inform that, at the end of the evaluations, the committee has made the choice for a profile that is more near to the exigences of the project in this period. For this reason your candidature is not retained.

Your CV stays in our archive and eventually we can contact you for other occasions more adapted.

Best greetings,
{signer}
Human Resources - {company}""", PERSON, footer="ats_jobnest")

# --- L. rejections in other languages ---------------------------------------------------------

add("zh-formal", R, 1, "关于您应聘{role}一职的结果通知",
  """{name}您好：

感谢您对{company}的关注，并抽出宝贵时间参加我们{role}岗位的面试。

{decision}

我们已将您的简历纳入公司人才库，今后如有合适的职位，我们会再与您联系。

祝工作顺利！

{company} 人力资源部
{signer}""", "{company}招聘 <hr@{cdom}>", lang="zh",
  dec=["经过综合评估，我们很遗憾地通知您，您暂时未能进入下一轮面试。"],
  roles=["数据分析师", "前端开发工程师", "供应链专员"])

add("zh-short", R, 1, "面试结果",
  """{first}你好，昨天面试辛苦了。跟部门负责人沟通以后，这个岗位我们决定录用另一位候选人，不好意思。以后有合适的机会我再联系你。

{sfirst}""", PERSON, lang="zh", roles=["运营专员", "产品经理"])

add("ko-formal", R, 2, "[{company}] {role} 채용 전형 결과 안내",
  """{name} 님께

안녕하십니까. {company} 인사팀입니다.
먼저 {role} 채용에 관심을 갖고 지원해 주신 데 대해 진심으로 감사드립니다.

{decision}

비록 이번에는 함께하지 못하게 되었지만, {name} 님의 앞날에 좋은 일이 가득하시기를 바랍니다.

감사합니다.
{company} 인사팀 드림""", "{company} 채용팀 <recruit@{cdom}>", lang="ko",
  dec=["귀하의 뛰어난 역량에도 불구하고 한정된 인원으로 인해 이번 서류 전형에서 합격 소식을 전해 드리지 못하게 되었습니다.",
       "면접 결과를 신중히 검토한 끝에, 아쉽게도 최종 합격자 명단에 포함되지 않으셨음을 알려 드립니다."],
  roles=["백엔드 개발자", "마케팅 매니저", "품질관리 엔지니어"])

add("ja-final", R, 1, "最終面接の結果につきまして",
  """{last}様

お世話になっております。{company}採用担当の{slast}です。
先日はお忙しい中、最終面接にお越しいただき誠にありがとうございました。

社内で慎重に協議いたしました結果、誠に残念ながら、今回は採用を見送らせていただくこととなりました。

ご期待に沿えず大変申し訳ございませんが、何卒ご了承くださいますようお願い申し上げます。
末筆ながら、{last}様の今後のご活躍を心よりお祈り申し上げます。

{company} 人事部 {slast}""", "{company} 採用担当 <saiyo@{cdom}>", lang="ja",
  roles=["法人営業", "社内SE", "経理スタッフ"])

add("ja-baito", R, 1, "アルバイト応募の件",
  """{last}様

先日は面接に来ていただきありがとうございました。
店長と相談した結果、今回は別の方に決まりましたので、ご連絡いたします。
またの機会がありましたら、どうぞよろしくお願いいたします。

{company} {slast}""", "{slast} <store@{cdom}>", lang="ja", roles=["ホールスタッフ", "キッチンスタッフ"])

add("ru-letter", R, 1, "Ответ по вакансии «{role}»",
  """Здравствуйте, {first}!

Благодарим вас за интерес к компании {company} и за время, которое вы уделили собеседованию.

К сожалению, на данном этапе мы не готовы сделать вам предложение: мы остановили выбор на кандидате, чей опыт ближе к текущим задачам команды.

Мы сохраним ваше резюме в нашей базе и при появлении подходящей вакансии обязательно свяжемся с вами.

С уважением,
{signer}
HR-менеджер, {company}""", PERSON, lang="ru", roles=["Аналитик данных", "Менеджер по закупкам", "Инженер-технолог"])

add("uk-letter", R, 1, "Щодо вашої кандидатури на посаду {role}",
  """Добрий день, {first}!

Дякуємо за зустріч із нашою командою минулого тижня.

Після обговорення всіх кандидатур ми вирішили продовжити співпрацю з іншим кандидатом, досвід якого більше відповідає нашим поточним потребам.

Бажаємо вам успіхів у пошуках роботи і сподіваємося, що наші шляхи ще перетнуться.

З повагою,
{signer}
рекрутерка, {company}""", PERSON, lang="uk", roles=["Бухгалтер", "QA-інженер", "Менеджер проєктів"])

add("ar-letter", R, 1, "نتيجة طلب التوظيف – {role}",
  """عزيزي/عزيزتي {first}،

نشكرك على اهتمامك بالانضمام إلى {company} وعلى الوقت الذي خصصته للمقابلة.

بعد دراسة جميع الطلبات بعناية، نأسف لإبلاغك بأنه تم اختيار مرشح آخر لهذه الوظيفة.

سنحتفظ بسيرتك الذاتية في قاعدة بياناتنا، وقد نتواصل معك عند توفر فرصة مناسبة.

مع أطيب التحيات،
{signer}
إدارة الموارد البشرية""", "{company} <careers@{cdom}>", lang="ar", roles=["محاسب", "مهندس شبكات", "أخصائي تسويق"])

add("id-letter", R, 1, "Pemberitahuan Hasil Seleksi - {role}",
  """Yth. Sdr/i {name},

Terima kasih atas minat Anda untuk bergabung dengan {company} dan atas waktu yang telah Anda luangkan dalam proses seleksi.

Mohon maaf, tim kami telah memilih kandidat lain untuk posisi {role}, sehingga lamaran Anda tidak kami lanjutkan.

Data Anda akan kami simpan, dan kami akan menghubungi Anda apabila ada posisi lain yang sesuai.

Salam hormat,
Tim Rekrutmen {company}""", "Rekrutmen {company} <rekrutmen@{cdom}>", lang="id",
  roles=["Staf Akuntansi", "Software Engineer", "Management Trainee"])

add("vi-letter", R, 1, "Thông báo kết quả ứng tuyển vị trí {role}",
  """Chào {first},

Cảm ơn bạn đã đến gặp chúng tôi tại {company} tuần trước.

Rất tiếc, hội đồng đã chọn một ứng viên khác có kinh nghiệm gần hơn với công việc, nên lần này chúng tôi không thể mời bạn vào vòng tiếp theo.

Chúng tôi sẽ lưu hồ sơ của bạn và liên hệ khi có cơ hội phù hợp hơn.

Trân trọng,
{signer}
Phòng Nhân sự - {company}""", PERSON, lang="vi", roles=["Nhân viên kinh doanh", "Kỹ sư phần mềm", "Chuyên viên tuyển dụng"])

add("ca-letter", R, 1, "Resultat del procés de selecció - {role}",
  """Hola {first},

Et volem agrair l'interès que has mostrat per formar part de {company} i el temps que vas dedicar a l'entrevista de la setmana passada.

Un cop tancat el procés, t'hem de comunicar que hem seleccionat una altra persona per a la posició de {role}.

Guardarem el teu currículum per si sorgeix alguna oportunitat que s'ajusti al teu perfil.

Salutacions cordials,
{signer}
Recursos Humans""", PERSON, lang="ca", roles=["Tècnic de comunicació", "Administratiu comptable", "Desenvolupador web"])

add("el-letter", R, 1, "Αποτέλεσμα αίτησης για τη θέση {role}",
  """Καλημέρα σας,

Ευχαριστούμε που ήρθατε στα γραφεία της {company} για τη συνέντευξη για τη θέση «{role}».

Με λύπη σας γράφουμε ότι η ομάδα κατέληξε σε άλλον υποψήφιο, με εμπειρία πιο κοντά σε όσα χρειαζόμαστε αυτή τη στιγμή.

Σας ευχόμαστε κάθε επιτυχία στην επαγγελματική σας πορεία.

Με εκτίμηση,
{signer}
Τμήμα Ανθρώπινου Δυναμικού""", PERSON, lang="el", roles=["Λογιστής", "Μηχανικός Λογισμικού", "Υπεύθυνος Αποθήκης"])

add("hu-letter", R, 1, "Visszajelzés a(z) {role} pályázatáról",
  """Kedves {first}!

Köszönjük, hogy érdeklődött a(z) {company} {role} pozíciója iránt, és időt szánt a személyes interjúra.

Sajnálattal értesítjük, hogy a kiválasztási folyamat végén egy másik jelölt mellett döntöttünk.

Önéletrajzát – hozzájárulása esetén – egy évig megőrizzük, és egy későbbi, megfelelő pozíció esetén megkeressük.

Üdvözlettel:
{signer}
HR-munkatárs""", PERSON, lang="hu", roles=["Pénzügyi elemző", "Logisztikai koordinátor", "Szoftverfejlesztő"],
  footer="ats_talentdeck")

add("ro-letter", R, 1, "Răspuns la aplicația pentru postul de {role}",
  """Bună ziua, {first},

Mulțumim că ați venit la interviu la {company} și pentru discuția deschisă.

Din păcate, după ce am discutat cu toți finaliștii, echipa a ales o altă persoană pentru acest post, cu o experiență mai apropiată de ce avem nevoie acum.

Sperăm să ne mai întâlnim pe viitor și vă urăm baftă!

Cu stimă,
{signer}
Departamentul Resurse Umane""", PERSON, lang="ro", roles=["Analist financiar", "Inginer de sistem", "Specialist achiziții"])

add("de-absage", R, 2, "Ihre Bewerbung als {role}",
  """Guten Tag {first} {last},

danke für das offene Gespräch in der vergangenen Woche bei {company}.

{decision}

Uns ist klar, dass Sie sich eine andere Antwort gewünscht hätten, und wir danken Ihnen für Ihren Einsatz im Verfahren. Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Viel Erfolg bei Ihrer weiteren Suche.

Mit freundlichen Grüßen
{signer}
Personalabteilung""", PERSON, lang="de", footer="ats",
  dec=["Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, deren Erfahrung noch besser zu den aktuellen Anforderungen des Teams passt.",
       "Nach Abschluss aller Gespräche haben wir die Stelle mit einem anderen Bewerber besetzt."],
  roles=["Controller (m/w/d)", "Vertriebsinnendienst (m/w/d)", "Java-Entwickler (m/w/d)"])

add("de-ausbildung", R, 1, "Ihre Bewerbung um einen Ausbildungsplatz",
  """Hallo {first},

schön, dass du dich bei {company} für eine Ausbildung als {role} interessierst.

Leider können wir dir keinen Platz anbieten, da alle Ausbildungsplätze für {year} bereits vergeben sind. Bewirb dich gern im nächsten Jahr wieder – die Ausschreibung startet im Herbst.

Viele Grüße
Dein Ausbildungsteam""", "Ausbildung {company} <ausbildung@{cdom}>", lang="de",
  roles=["Industriekaufmann/-frau", "Mechatroniker/in", "Fachinformatiker/in"])

add("fr-letter", R, 2, "Votre candidature au poste de {role}",
  """Bonjour {first},

Merci pour le temps passé avec nous lors de l'entretien chez {company}.

{decision}

Votre CV reste dans notre base ; nous vous écrirons si un poste proche de votre profil s'ouvre.

Bien cordialement,
{signer}
Chargée de recrutement""", PERSON, lang="fr",
  dec=["Après une étude attentive, nous avons retenu une autre candidature dont l'expérience correspond davantage aux besoins actuels de l'équipe.",
       "Malgré un parcours intéressant, votre candidature s'arrête ici pour ce poste."],
  roles=["Chef de projet digital", "Comptable fournisseurs", "Technicien de maintenance"])

add("es-mx", R, 2, "Retroalimentación - {role}",
  """Hola {first}, ¿cómo estás?

Te escribo para darte retroalimentación sobre el proceso para {role}. {decision}

Te agradecemos mucho tu tiempo y te deseamos éxito. Seguiremos en contacto por si se abre otra vacante.

Saludos,
{sfirst}
Reclutamiento | {company}""", PERSON, lang="es", footer="mobile_iphone",
  dec=["El área decidió continuar con otro candidato cuyo perfil se acerca más a lo que buscan en este momento.",
       "Lamentablemente, esta vez no avanzas a la siguiente etapa."],
  roles=["Analista de Compras", "Ejecutivo de Ventas", "Desarrollador Full Stack"])

add("pt-br", R, 2, "Atualização sobre o processo seletivo - {role}",
  """Olá, {first}!

Obrigado por ter participado das etapas para {role} aqui na {company}.

{decision}

Vamos manter seu perfil salvo e, se surgir algo com a sua cara, a gente avisa.

Um abraço,
Time de Atração de Talentos""", "Talentos {company} <talentos@{cdom}>", lang="pt", footer="ats_pipewise",
  dec=["Após análise cuidadosa, optamos por seguir com outro(a) candidato(a) nesta etapa.",
       "Infelizmente, desta vez você não foi selecionado(a) para a próxima fase."],
  roles=["Analista de Dados Pleno", "Assistente Administrativo", "Designer de Produto"])

add("it-letter", R, 1, "Esito della selezione – {role}",
  """Gentile {first} {last},

grazie per essere venuto/a a trovarci in {company} e per la disponibilità mostrata durante l'incontro.

Con dispiacere le comunichiamo che la scelta è caduta su un'altra persona, la cui esperienza è più vicina a ciò che serve oggi al reparto.

Un caro augurio per i suoi prossimi passi.

Cordiali saluti,
{signer}
Ufficio Risorse Umane""", PERSON, lang="it", roles=["Addetto contabilità", "Project Manager", "Tecnico commerciale"])

add("it-thread", R, 1, "R: colloquio di martedì",
  """Ciao {first},

grazie di nuovo per martedì. Volevo dirtelo io: alla fine il posto va a una persona che usa già il nostro gestionale da anni. Mi dispiace, eri nella rosa finale.

Un saluto,
{sfirst}

-----Messaggio originale-----
Da: {name} <{tomail}>
Inviato: {qdate}
Oggetto: colloquio di martedì

Buongiorno {sfirst}, grazie per il colloquio di oggi, è stato un piacere.""", PERSON, lang="it",
  roles=["Impiegata amministrativa", "Magazziniere"])

add("nl-letter", R, 1, "Terugkoppeling sollicitatie {role}",
  """Beste {first},

Dank je wel voor het fijne gesprek van donderdag.

We kiezen uiteindelijk voor iemand die al een paar jaar een team aanstuurt, dus voor jou houdt het hier helaas op.

Het was leuk je te ontmoeten, en succes met de volgende stap.

Met vriendelijke groet,
{signer}
Recruiter | {company}""", PERSON, lang="nl", roles=["Teamleider Klantenservice", "Planner Logistiek"])

add("pl-formal", R, 1, "Informacja o wyniku rekrutacji",
  """Szanowna Pani / Szanowny Panie,

dziękujemy za rozmowę w sprawie stanowiska {role} w firmie {company}.

Z przykrością informujemy, że tym razem nie zdecydowaliśmy się kontynuować rozmów. Wybraliśmy osobę, której doświadczenie najlepiej odpowiada obecnym potrzebom zespołu.

Doceniamy Pana/Pani zaangażowanie i trzymamy kciuki za kolejne rozmowy.

Łączymy pozdrowienia,
Dział HR {company}""", "HR {company} <rekrutacja@{cdom}>", lang="pl", footer="ats_hireloop",
  roles=["Specjalista ds. płac", "Inżynier procesu", "Księgowa"])

add("pl-staz", R, 1, "Letni staż {year}",
  """Cześć {first},

dzięki za zgłoszenie na letni staż w dziale {role}. Wszystkie miejsca zostały już obsadzone, więc tym razem nie możemy zaprosić Cię do kolejnego etapu.

Zachęcamy do aplikowania w przyszłym roku!
Zespół Employer Branding, {company}""", "Kariera {company} <kariera@{cdom}>", lang="pl",
  roles=["marketingu", "finansów", "IT"])

# =========================================================================== not rejections
AR = "application_received"

add("rcv-conditional", AR, 2, "We've received your application - {role}",
  """Hi {first},

Thanks for applying for {role} at {company}. It has landed with the hiring team.

What happens next: a person on our team reads each one. If we don't pick you for an interview, you'll get an e-mail from us within three weeks saying so, and your CV stays with us so we can come back to you when something similar opens up.

Good luck!
{company} Recruiting""", NOREPLY, footer="ats")

add("rcv-either-way", AR, 2, "Application received: {role}",
  """Dear {first},

Just confirming that your application for {role} is safely with us.

Our hiring manager will review applications after the closing date on {dl}. Whatever the outcome, your details stay on file for six months, and we'll write to tell you the result.

Best regards,
{signer}
Recruitment Coordinator""", PERSON, footer="ats")

add("rcv-only-if-match", AR, 2, "Thanks for your application",
  """Hello {first},

Thanks for your interest in {company} and for applying for {role}.

Applications pour in, so you'll only hear from us if your profile and the role line up. Silence just means we've moved on with other people - do apply again in future all the same.

The {company} team""", "{company} <jobs@{cdom}>", footer="ats_pipewise")

add("rcv-talent-pool", AR, 2, "Welcome to {company} - application confirmed",
  """Hi {first},

We've received your application for {role} - thanks for thinking of us.

Good to know: should this role not work out, your profile still goes into our talent pool, and our recruiters search it first whenever a new position opens. You can update your CV or leave the pool at any time from your account.

We try to look at each application inside ten working days.

Cheers,
Talent Team, {company}""", TALENT, footer="ats_talentdeck")

add("rcv-silence-21", AR, 2, "Acknowledgement - {role} ({ref})",
  """Dear {first} {last},

This is to confirm that your application for the post above has reached us.

The panel will shortlist soon after the closing date. Should three weeks pass after that date without word from us, please take it that your application hasn't been successful this time. Thank you for applying.

Yours faithfully,
Human Resources
{company}""", "HR {company} <hr@{cdom}>")

add("rcv-volume", AR, 2, "Thank you for applying to {company}",
  """Hi {first},

Thanks for your application for {role} - it's good to hear from you.

Unfortunately there are too many of you for us to answer each person individually, though a real person on the team reads each application. Should your background suit the role, a recruiter will phone you for a first chat.

Meanwhile, {slug}.example/about tells you how we work.

{company} Careers""", NOREPLY)

add("rcv-ats-receipt", AR, 2, "Your application to {company}",
  """Hi {first},

Thank you for applying for the position of {role}. Your application (ref {ref}) is in and the team will look at it soon.

Your candidate account shows how your application is getting on.""",
  "{company} <{slug}@notify.hireloop.example>", footer="ats_hireloop")

add("rcv-html", AR, 2, "Application confirmation - {role}",
  """<html><body>
<div style="max-width:560px;font-family:Arial">
<h2>Thanks, {first}!</h2>
<p>Your application for <b>{role}</b> in {city} has been received.</p>
<p><b>What's next?</b></p>
<ol><li>Our team reviews your application (usually within 2 weeks).</li>
<li>If you're shortlisted, we'll invite you to a video call.</li>
<li>If it's a no, you'll still get an e-mail from us.</li></ol>
<p>Questions? Contact <a href="mailto:{pmail}">{signer}</a>.</p>
<p style="color:#999;font-size:10px">{company} · Powered by Staffora</p>
</div></body></html>""", "{company} Hiring <hiring@{slug}.staffora.example>")

add("rcv-agency", AR, 2, "Your CV - {role} with my client",
  """Hi {first},

Good to talk earlier. Your CV went to my client for {role} this afternoon, as we said.

They tend to answer within the week, and yes or no, you'll get a phone call from me - nobody on my books gets ghosted. If they pass, I'll still have a couple of other clients in mind for you.

Speak soon,
{sfirst}
{signer} | Recruitment Consultant | {company} Search""", PERSON, footer="mobile_outlook")

add("rcv-civil-service", AR, 2, "Application submitted: {role}",
  """Dear {first} {last},

You've submitted an application for {role} (vacancy {ref}).

What happens next
- Sift: the panel will assess applications against the essential criteria after the closing date.
- Results: unsuccessful candidates will be notified through their account; successful candidates will be invited to interview.
- Interviews: planned for the week beginning {dl}.

This address does not accept replies.

Recruitment Services""", "Recruitment Services <noreply@jobs.example.gov>",
  roles=["Executive Officer", "Higher Executive Officer - Policy", "Administrative Officer"])

add("rcv-internship", AR, 2, "{company} Internships {year}: application received",
  """Hi {first},

Your application for the {company} {year} Summer Internship in {role} is in.

Places are filled as applications are assessed, until the programme is full; you don't need to do anything else right now. All decisions, whether positive or negative, will be sent by {dl}. Please check your spam folder around that date.

Early Careers Team""", "{company} Early Careers <earlycareers@{cdom}>", footer="ats",
  roles=["Technology", "Investment Banking", "Marketing"])

add("rcv-portal-status", AR, 2, "Application status: {role}",
  """Application status

Position: {role}
Requisition: {ref}
Status: Application received - under review

Each change of stage will show here.""",
  "{company} Candidate Portal <portal-notifications@{cdom}>", footer="ats_staffora")

add("rcv-hiring-manager", AR, 2, "Re: CV for the {role} role",
  """Hi {first},

Thanks for sending this over directly - {ofirst} mentioned you might get in touch.

I'm tied up with a release this week but I'll read it properly by Friday. Should it not be a fit I'll say so straight rather than going quiet, and if it is we'll set up a chat with the team.

Cheers,
{sfirst}""", PERSON, footer="mobile_iphone")

add("rcv-university", AR, 2, "Acknowledgement of your application",
  """Dear {first},

Your application for {role} in the School of Chemistry (ref. {ref}) has been received.

We expect a large field, so the School writes only to shortlisted applicants. Interviews should take place around {dl}; anyone who hasn't heard by that date can take it the panel did not shortlist them.

Yours sincerely,
HR Services, {company} University""", "HR Services <hr-recruit@{slug}-uni.example.ac.uk>",
  roles=["Research Associate", "Lecturer in Physical Chemistry", "Technician"])

add("rcv-speculative", AR, 1, "Your CV",
  """Hi {first},

Thanks for sending {company} your CV. Speculative CVs stay with us for a year, and we'll write if a job turns up that fits your experience. There's nothing else you need to do.

Best wishes,
{sfirst}
Office Manager""", PERSON)

add("rcv-reapply", AR, 2, "We've received your new application",
  """Hi {first},

Welcome back! You've applied to {company} before. This new application for {role} will be judged on its own; the outcome of any previous application makes no difference.

The Recruiting Team""", NOREPLY, footer="ats_talentdeck")

add("rcv-shopfloor", AR, 1, "Application received",
  """Thanks {first}! Your application for {role} at our {city} store is in. The store manager will call you if you're shortlisted.""",
  "{company} Jobs <stores@{cdom}>", roles=["Customer Assistant", "Night Shift Colleague"])

add("rcv-gdpr", AR, 2, "Your application and your data",
  """Dear {first},

Your application for {role} has arrived.

How we use your data: what you've sent is used for this recruitment only. If your application is unsuccessful, we hold it for six months in case the process is challenged, and after that it is securely destroyed. If you are appointed, it becomes part of your personnel file.

Thanks for thinking of working here.

{company} HR""", "{company} HR <hr@{cdom}>", footer="legal_long")

add("rcv-chatbot", AR, 1, "Thanks for chatting with Juno!",
  """Hi {first}, it's Juno, {company}'s hiring assistant 🤖

Thanks! I've passed your answers to the team hiring for {role}. Whatever they decide, I'll message you with the outcome - nobody gets ghosted here.

Want to ask me something? Just reply to this e-mail.""", "Juno at {company} <juno@{slug}.hirebot.example>",
  roles=["Delivery Associate", "Warehouse Operative"])

add("rcv-delay", AR, 2, "Your application for {role} - timing",
  """Hello {first},

Thanks - your application for {role} is with us.

Unfortunately, reviews are taking a little longer than usual because of the response to this advert. We now expect to contact candidates by {dl}. We're sorry for the wait and appreciate your patience.

Best,
{signer}""", PERSON)

add("rcv-rolling", AR, 2, "Thanks for applying, {first}",
  """Hi {first},

This is to confirm your application for {role}. Applications are read as they arrive and the advert may close before its end date if we find our person, so it's good that yours is already in.

Should we want a first conversation, {sfirst} will e-mail you a choice of times.

{company}""", "{company} <careers@{cdom}>", footer="ats_jobnest")

add("rcv-video-received", AR, 2, "We've received your video",
  """Hi {first},

Your recorded answers for {role} have been uploaded successfully. Thanks for taking the time.

The hiring team will watch them over the next week. You'll hear the result from us whichever way it goes.

{company} Recruitment""", "{company} Recruitment <recruitment@{slug}.pipewise.example>", footer="ats_pipewise")

add("de-eingang", AR, 1, "Eingangsbestätigung Ihrer Bewerbung",
  """Guten Tag {first} {last},

Ihre Bewerbung als {role} ist vollständig bei uns angekommen.

Jede Bewerbung wird von der Fachabteilung gelesen. Spätestens in drei Wochen hören Sie von uns, ob mit einer Einladung zum Gespräch oder mit einer Absage.

Beste Grüße
Das Recruiting von {company}""", "Recruiting {company} <karriere@{cdom}>", lang="de", footer="ats_jobnest",
  roles=["Sachbearbeiter Einkauf (m/w/d)", "Projektingenieur (m/w/d)"])

add("fr-accuse", AR, 1, "Accusé de réception de votre candidature",
  """Bonjour {first},

Votre dossier pour le poste de {role} nous est bien parvenu, merci.

L'équipe va le lire. Si quatre semaines passent sans nouvelles de notre part, c'est que votre profil n'a pas été retenu pour la suite.

Cordialement,
L'équipe recrutement de {company}""", "Recrutement {company} <recrutement@{cdom}>", lang="fr",
  roles=["Assistant(e) de direction", "Ingénieur qualité"])

add("es-recibida", AR, 1, "Hemos recibido tu candidatura",
  """Hola {first}:

Tu candidatura para {role} ya está con nosotros.

Si encajas con lo que busca el equipo, te llamaremos en unas semanas. En cualquier caso, guardaremos tus datos para futuros procesos.

Un saludo,
Equipo de Selección de {company}""", "Empleo {company} <empleo@{cdom}>", lang="es",
  roles=["Técnico de Laboratorio", "Dependiente/a"])

add("ko-jeopsu", AR, 1, "[{company}] 입사 지원이 완료되었습니다",
  """{name} 님, 안녕하세요.

{company} {role} 포지션에 지원해 주셔서 감사합니다. 지원서 접수가 완료되었습니다.

서류를 검토한 뒤 합격 여부와 관계없이 2주 이내에 결과를 이메일로 안내해 드리겠습니다.

{company} 채용팀 드림""", "{company} 채용 <no-reply@{cdom}>", lang="ko", roles=["데이터 엔지니어", "회계 담당자"])

add("vi-xacnhan", AR, 1, "Xác nhận đã nhận hồ sơ ứng tuyển",
  """Chào {first},

Hồ sơ ứng tuyển vị trí {role} của bạn tại {company} đã đến nơi an toàn.

Nếu hồ sơ phù hợp, bộ phận tuyển dụng sẽ gọi điện cho bạn trong khoảng hai tuần tới.

Trân trọng,
Phòng Nhân sự {company}""", "Tuyển dụng {company} <tuyendung@{cdom}>", lang="vi", roles=["Kế toán viên", "Nhân viên hành chính"])

IV = "interview"

add("iv-slots", IV, 2, "Interview invitation - {role}",
  """Hi {first},

Thanks for applying for {role}. {sfirst} and one of the engineers would like to meet you on video for 45 minutes.

Which of these times works for you?
- {dl}, 10:00
- {dl}, 14:30
- the following Monday, 11:00

As soon as you choose, a calendar invite with the link will follow.

Best,
{signer}""", PERSON, footer="ats")

add("iv-reschedule", IV, 2, "Change to your interview time",
  """Dear {first},

Unfortunately our panel chair is unwell, so your {role} interview can no longer go ahead tomorrow. I'm very sorry for the short notice.

We'd like to offer you {dl} at the same time instead. Please reply to confirm, or tell me it's awkward and I'll offer a different time.

Kind regards,
{signer}
Recruitment Officer""", PERSON)

add("iv-second-thread", IV, 2, "RE: [EXT] Re: Thanks for today - {role}",
  """Hi {first},

Thanks for your note yesterday, and for the follow-up on the forecasting question.

Good news: the team wants you back for one last conversation with our COO. It'll be an hour, in person at our {city} office, and includes a short case discussion - no preparation needed.

Would {dl} at 2pm work?

Best,
{sfirst}

-----Original Message-----
From: {name} <{tomail}>
Sent: {qdate}
To: {signer} <{pmail}>
Subject: Re: Thanks for today - {role}

Hi {sfirst}, thank you for the conversation today.""", PERSON)

add("iv-scheduler", IV, 2, "Invitation: Phone screen - {role}",
  """{signer} would like you to pick a time for a phone screen.

Event: Phone screen - {role} (30 min)
Message from {sfirst}:
"Hi {first}, thanks for applying! Please pick any time that suits you this week or next."

Book a time: meet.slotwise.example/{sfirst_l}/screen
Powered by Slotwise""", "Slotwise <notifications@slotwise.example>")

add("iv-assessment-centre", IV, 2, "Assessment centre - {company} Graduate Programme",
  """Dear {first},

Congratulations - we'd like you to come to our assessment centre for the {company} Graduate Programme.

Date: {dl}
Venue: {company} offices, {city}
Timings: 08:45 registration, finishing by 16:30

Expect a group task, a written case study and an interview with two senior managers. Bring photo ID; we'll pay your travel.

A reply to this e-mail within five working days will secure your place.

Graduate Recruitment Team""", "{company} Graduates <graduates@{cdom}>", footer="ats_talentdeck")

add("iv-council-shortlist", IV, 2, "Shortlisted: {role} ({ref})",
  """Dear {first} {last},

Good news - you're one of the people the panel wants to interview for {role}.

The interview will be held on {dl} at the Civic Centre, {ukcity}. Please prepare a ten-minute presentation on: "How would you improve take-up of our services among young people?"

Please let us know of any reasonable adjustments you may need.

Yours sincerely,
Recruitment Team
{ukcity} City Council""", "{ukcity} City Council Recruitment <jobs@council.example.gov.uk>",
  roles=["Youth Engagement Officer", "Community Development Worker"])

add("iv-whatsapp", IV, 1, "WhatsApp message from {company}",
  """You have a new WhatsApp Business message from {company} Hiring (+44 7700 900{ph}):

"Hi {first}, it's {sfirst} at {company}. Thanks for applying for the weekend job - could you come in for a quick chat on Saturday at 11? Ask for me at the bar."

Reply in WhatsApp. You're receiving this e-mail because notifications are switched on.""",
  "WhatsApp Business Notifications <notify@chat-relay.example>", roles=["Weekend Bartender"])

add("iv-you-made-it", IV, 1, "Next round - {role}",
  """Hi {first},

More than 300 people went for {role}, and most of them won't get good news from us this week. You will: we'd like to meet you for a first interview.

{sfirst} will e-mail you tomorrow with times.

Cheers,
{company} Talent""", TALENT)

add("iv-trial-shift", IV, 1, "Trial shift Thursday?",
  """hi {first}, got your CV, thanks. are you free for a paid trial this thursday 5-9pm? wear black, bring non-slip shoes. let me know {sfirst}""",
  "{sfirst} <{sfirst_l}.{company_l}@mail.example.com>", footer="mobile_typos", roles=["Commis Chef"])

add("iv-video-link", IV, 1, "Your interview tomorrow - joining details",
  """Hi {first},

Looking forward to speaking tomorrow about {role}. Here are the joining details:

Video link: https://meet.example.com/{ref}
Passcode: {n3}

Panel: {signer} (Head of Data) and {ofirst} {olast} (Senior Engineer). The first 30 minutes are a conversation about your experience, then a 15-minute technical discussion.

See you then,
{sfirst}""", PERSON, footer="legal_long")

add("iv-cabin-crew", IV, 1, "Invitation: Cabin Crew Assessment Day",
  """Hi {first},

Great news - there's a seat for you at our Cabin Crew Assessment Day in {city} on {dl}.

Please bring your passport, two passport photos and your swimming kit. Plan on about six hours: a group task, a reach test and a short interview.

Claim your place inside 7 days from your candidate account.

Cabin Crew Recruitment""", "Crew Recruitment <crew.jobs@{slug}-air.example>", roles=["Cabin Crew"])

add("ja-mensetsu", IV, 1, "一次面接のご案内",
  """{last}様

このたびは{company}の{role}職にご応募いただき、誠にありがとうございます。
書類選考の結果、ぜひ一次面接にお越しいただきたくご連絡いたしました。

日時：{dlnum} 14:00～15:00
場所：本社 3階会議室（オンラインも可）

ご都合をご返信いただけますと幸いです。

{company} 人事部 {slast}""", "{company} 採用担当 <saiyo@{cdom}>", lang="ja", roles=["法人営業", "社内SE"])

add("it-colloquio", IV, 1, "Invito a colloquio – {role}",
  """Gentile {first},

grazie per la candidatura. Vorremmo conoscerla di persona il giorno {dlnum} alle 10:30, nei nostri uffici di Bologna.

Le chiediamo cortesemente di confermare la sua disponibilità rispondendo a questa e-mail.

Cordiali saluti,
{signer}
Ufficio Risorse Umane, {company}""", PERSON, lang="it", roles=["Addetto contabilità", "Project Manager"])

add("uk-spivbesida", IV, 1, "Запрошення на співбесіду",
  """Добрий день, {first}!

Дякуємо за ваш відгук на вакансію «{role}». Ми хотіли б запросити вас на онлайн-співбесіду {dlnum} об 11:00 за київським часом.

Будь ласка, підтвердьте, чи зручний вам цей час.

З повагою,
{signer}
{company}""", PERSON, lang="uk", roles=["Бухгалтер", "QA-інженер"])

NS = "next_steps"

add("ns-assessment", NS, 2, "Next step: online assessment for {role}",
  """Hi {first},

Thanks for your application for {role}. The next step is a 40-minute online assessment covering numerical and verbal reasoning.

The deadline is 23:59 on {dl}. Miss it and the system withdraws your application automatically, so do book yourself some quiet time soon.

Start the assessment: https://assess.example.net/{ref}

Good luck!
{company} Recruitment""", NOREPLY, footer="ats_hireloop")

add("ns-references", NS, 2, "References - {role}",
  """Dear {first},

Thanks once more for coming to interview. The next step is references.

Please send us names and e-mail addresses for two referees by {dl}; one should be the manager you report to now, or did most recently. Nobody will be contacted before you give the go-ahead.

Kind regards,
{signer}
HR Advisor""", PERSON)

add("ns-background", NS, 2, "Action required: background screening consent",
  """Hi {first},

As part of the hiring process for {role}, {company} uses a third-party provider to complete background screening.

You'll receive a separate e-mail from our provider with a secure link. Please complete the consent form and upload your documents within 5 working days (by {dl}). Delays in completing this step may delay your start date.

Any questions, just reply here.

{signer}
People Operations""", PERSON, footer="ats_talentdeck")

add("ns-rtw", NS, 2, "Right to work check - please bring documents",
  """Dear {first},

Your appointment as {role} can only be confirmed after we have checked your right to work in the UK.

Please either share your online share code with us or bring your original passport to reception on or before {dl}. We cannot issue a contract until this check is complete.

Thanks,
{company} HR""", "{company} HR <hr@{cdom}>")

add("ns-take-home", NS, 2, "Take-home exercise - {role}",
  """Hi {first},

Really enjoyed our first chat! Here's the take-home I mentioned.

Budget around three hours and stop there - what we want to see is your approach, not a polished product. Send your solution back by {dl}, 6pm.

Brief and data: https://files.example.org/{ref}

Any questions, just ask.
{sfirst}""", PERSON, footer="ats_pipewise")

add("ns-one-way-video", NS, 2, "Record your video interview - {role}",
  """Hello {first},

The next stage for {role} is a recorded video interview: four questions, with two minutes to answer each.

The link stops working on {dl}, and applications without a recording can't go any further, so please finish before then.

Record now: https://video-interview.example/{ref}

{company} Talent Acquisition""", TALENT)

add("ns-dbs", NS, 1, "Enhanced DBS check - {role}",
  """Dear {first},

Following your conditional offer for {role}, we need to carry out an enhanced DBS check. The online form needs doing within a week, and your ID documents need to reach the school office by {dl}.

Your start date depends on the check being complete.

School Business Manager""", "Office <office@{slug}-school.example.sch.uk>", roles=["Teaching Assistant", "Midday Supervisor"])

add("ns-health", NS, 1, "Occupational health questionnaire",
  """Hi {first},

Please complete the attached pre-employment health questionnaire and return it to occupational health by {dl}. Your answers are confidential and are not shared with your manager.

Thanks,
{signer}
Recruitment Team""", PERSON)

add("ns-prescreen", NS, 2, "Please complete your pre-screening questions",
  """Hi {first},

Thanks for applying for {role}. Before the team can review your application, we need a few more answers: your notice period, salary expectations and whether you need sponsorship to work here.

It takes about five minutes. Please complete the form by {dl} - applications without these answers can't be moved forward.

Complete the questions: {slug}.staffora.example/q/{ref}""", "{company} Hiring <hiring@{slug}.staffora.example>", footer="ats_staffora")

add("ns-helpdesk", NS, 1, "[Request #{n3}] Portfolio upload - {role}",
  """##- Please type your reply above this line -##

{sfirst} (Candidate Support) replied to your request.

Hi {first},

Thanks for letting us know the portfolio upload failed. I've reset the link for you - please try again here: {slug}.helpdesk.example/upload/{ref}

The hiring team reviews portfolios on {dl}, so please upload yours before then.

Kind regards,
{sfirst}
Candidate Support | {company}""", "{company} Candidate Support <support@{slug}.helpdesk.example>")

add("ns-extension", NS, 1, "Re: Extension request - case study",
  """Hi {first},

Thanks for flagging your exam week - happy to help. I've extended your case-study deadline to {dl} at noon. Please stick to the new date, as the panel meets that afternoon.

Best,
{sfirst}""", PERSON)

add("ns-correction", NS, 1, "Correction: assessment link for {role}",
  """Hi {first},

The assessment link in our e-mail this morning pointed to the wrong test - sorry about that! Please ignore it and use this one instead:

https://assess.example.net/{ref}

The deadline is unchanged: {dl}, 23:59.

{company} Recruitment""", NOREPLY)

add("pl-test", NS, 1, "Kolejny etap rekrutacji – test online",
  """Dzień dobry,

dziękujemy za aplikację na stanowisko {role}. Zapraszamy do kolejnego etapu – testu online, który zajmie około 30 minut.

Prosimy o rozwiązanie testu do {dlnum}. Po tym terminie link wygaśnie.

Pozdrawiamy,
Zespół Rekrutacji {company}""", "Rekrutacja {company} <rekrutacja@{cdom}>", lang="pl",
  roles=["Specjalista ds. płac", "Inżynier procesu"])

OF = "offer"

add("of-oneliner", OF, 2, "Re: {role}", """The job's yours if you want it! Ringing you at 5 to go through details.

{sfirst}""", PERSON, footer="mobile_iphone")

add("of-letter", OF, 2, "Offer of employment - {role}",
  """Dear {first},

I'm delighted to write, after your interview, with an offer of the post of {role} at {company}, starting on {dl}.

Your starting salary will be £{salary} per year. The attached contract sets out the full terms; a signed copy back to us within a week confirms your acceptance.

We are very much looking forward to welcoming you to the team.

Yours sincerely,
{signer}
Head of People""", PERSON, footer="legal_long")

add("of-conditional", OF, 1, "Conditional offer - {role}",
  """Hi {first},

Delighted to say we're making you a conditional offer for {role}; the conditions are references and proof of your right to work.

Unfortunately the start date you asked about is fixed - it has to be {dl} so you join the induction group - but the other points you raised are all agreed.

Could you tell me by Friday whether you accept?

{sfirst}""", PERSON)

add("of-internship", OF, 2, "You've got a place! {company} Summer Internship {year}",
  """Dear {first},

Congratulations! You've got a spot on the {company} Summer Internship {year} in {role}.

The programme runs for ten weeks from June. Your offer pack, with pay and start details, is attached. Please accept through your candidate account by {dl}.

Welcome aboard,
Early Careers Team""", "{company} Early Careers <earlycareers@{cdom}>", footer="ats",
  roles=["Technology", "Operations"])

add("of-agency", OF, 1, "Great news - offer from my client!",
  """Hi {first},

Brilliant news - my client has come back with an offer for the {role} contract! £{n1}50 a day, starting {dl}, initial six months.

Give me a ring when you see this and I'll walk you through the paperwork.

{sfirst}
{company} Recruitment""", PERSON, footer="mobile_outlook")

add("of-strong-field", OF, 1, "Your interview for {role}",
  """Dear {first},

Thank you for attending the interview on {qday}. The panel saw some very strong candidates, and I'm delighted to say it's you we want for the post.

HR will be in touch in a few days with the paperwork.

Best wishes,
{signer}""", PERSON)

add("of-pdf", OF, 1, "Letter regarding your application (PDF attached)",
  """Dear {first},

Please find attached a letter about your recent application for {role}.

As some mail systems block attachments, the text of the letter reads as follows:

"Dear {first} {last}, thank you for taking part in the selection day on {qday}. I am pleased to make you an offer for the post of {role}, conditional on satisfactory references. Please confirm your acceptance by {dl}. Yours sincerely, {signer}, HR Manager."

Attachment: {last_l}_{n3}_offer.pdf (91 KB)

HR Administration
{company}""", "HR Administration <hr.admin@{cdom}>")

add("of-returnship", OF, 1, "Return to Work Programme - offer",
  """Dear {first},

There's a place for you on our 16-week Return to Work Programme, starting on {dl}. Your programme manager will be {signer}.

Just reply to say yes and your welcome pack will be on its way.

Warm regards,
Returners Team, {company}""", "{company} Returners <returners@{cdom}>", roles=["Returner - Finance"])

add("id-tawaran", OF, 1, "Surat Penawaran Kerja - {role}",
  """Yth. {name},

Kami gembira menawarkan kepada Anda jabatan {role} di {company}, terhitung mulai tanggal {dlnum}.

Rincian gaji dan tunjangan terlampir. Mohon konfirmasi penerimaan penawaran ini paling lambat tujuh hari kerja.

Salam hangat,
{signer}
HR Manager""", PERSON, lang="id", roles=["Staf Akuntansi", "Management Trainee"])

# --- other job mail ---------------------------------------------------------------------------

add("ot-under-review", "other_job", 2, "Update on your application - {role}",
  """Hi {first},

A short update: your {role} application is still being reviewed. The hiring manager has been away, and we now expect to make decisions by {dl}.

Thanks for your patience - no action needed from you.

{signer}""", PERSON, footer="ats")

add("ot-withdrawn", "other_job", 1, "Application withdrawn",
  """Hi {first},

Done - your application for {role} has been withdrawn, as you asked. Congratulations on the new job.

Your account stays open should you want to apply to {company} again.

{company} Recruiting""", NOREPLY, footer="ats_hireloop")

add("ot-referee", "other_job", 1, "Reference request for {ofirst} {olast}",
  """Dear {first},

{ofirst} {olast}, who is applying to {company} for {role}, named you as a referee.

Could you fill in our brief reference form at the link below by {dl}? All responses are treated in confidence.

Thank you for your help.
{signer}
HR Advisor""", PERSON)

add("ot-incomplete", "other_job", 1, "You haven't finished your application",
  """Hi {first},

Your application for {role} is saved but not sent. The advert closes on {dl}.

Carry on here: {slug}.staffora.example/continue/{ref}""", "{company} Careers <careers@{slug}.staffora.example>", footer="ats_staffora")

add("ot-account", "other_job", 1, "Your candidate account is ready",
  """Welcome, {first}!

Your {company} candidate account is set up - save roles, create alerts and apply quickly from now on.

Username: {tomail}

The {company} Careers Team""", NOREPLY, footer="ats_talentdeck")

add("ot-data-deleted", "other_job", 1, "Your data deletion request",
  """Dear {first},

As you asked, your personal data has been erased from our recruitment system. Your candidate account, CV and any applications linked to it have been permanently removed.

If you want to apply to {company} in future, you will need to create a new account.

Data Protection Team""", "Data Protection <privacy@{cdom}>")

add("ot-on-hold", "other_job", 1, "{role} - hiring paused",
  """Hi {first},

Heads-up: {role} hiring is on pause for a few weeks until next year's budget is signed off. You remain a candidate and there's nothing for you to do - I'll e-mail the moment it restarts.

Thanks for bearing with us.
{sfirst}""", PERSON)

add("alert-saved", "job_alert", 2, "New jobs matching \"{role}\" in {city}",
  """Hi {first},

7 new jobs match your saved search "{role}" in {city}:

• {role} – {company} – {city} – from £{salary}
• Senior {role} – Harbourlight Group – Remote
• {other} – Mossgate Partners – {city} (hybrid)
• {role} (maternity cover) – Trentbrook Council – {city}

View all jobs: jobs.jobboard.example/search/{ref}
This alert comes from a search you saved. Stop it or change how often it arrives.""",
  "JobBoard Alerts <alerts@jobboard.example>")

add("alert-weekly", "job_alert", 1, "Your weekly roundup: 12 roles at companies you follow",
  """This week at companies you follow:

{company} is hiring: {role}, {other}
Northwind Kitchens is hiring: Sous Chef, Kitchen Porter
Bellhaven Trust is hiring: Fundraising Manager

Open the app to see them all.
Manage notifications in Settings.""", "CareerNet <digest@careernet.example>")

add("outreach-pitch", "recruiter_outreach", 2, "{role} opportunity - open to a chat?",
  """Hi {first},

Your profile caught my eye for a {role} role I'm filling with a fast-growing client in {city}. Hybrid, strong benefits, and a team that genuinely ships.

If the timing's wrong, say the word and I'll leave you in peace. Otherwise, would you be free for a 15-minute call this week?

Best,
{signer}
{company} Talent Partners""", PERSON)

add("outreach-inmail", "recruiter_outreach", 1, "Quick question",
  """Hey {first} - would you consider a move right now? We're building out our data team at {company} and your background jumped out. Happy to share more if you're curious.

{sfirst}""", "{sfirst} {slast} via LinkNet <inmail@linknet.example>")

# --- refusals that are not about a job ---------------------------------------------------------
NJ = "non_job_rejection_words"

add("nj-loan", NJ, 1, "Your loan application",
  """Dear {first},

You recently asked us for a personal loan of £{n1},000.

We're sorry, but we've decided not to lend to you on this occasion. We reached the decision using your credit file together with our own lending rules, and if you ring us we can talk you through the main reasons.

{company} Bank""", "{company} Bank <noreply@{slug}-bank.example>")

add("nj-flat", NJ, 2, "Flat 3, {street} - application update",
  """Hi {first},

Thank you for coming to see the flat on {street} and for turning the referencing forms round so fast.

Unfortunately the landlord has picked another household for this one, so your application for the property ends here. A couple of similar flats are due on the market next month - would you like me to pass on the details?

Kind regards,
{signer}
Lettings Negotiator, {company} Lettings""", PERSON)

add("nj-grant", NJ, 1, "Your grant application - outcome",
  """Dear {first},

Thanks for your application to the Small Arts Grants round. We received 412 applications and were able to fund 38.

Sadly the panel did not fund your community mural project this time. Feedback from the panel is available on request.

Grants Team, {company} Arts Foundation""", "Grants <grants@{slug}-arts.example.org>")

add("nj-paper", NJ, 2, "Decision on manuscript {ref}",
  """Dear Dr {last},

Your manuscript to the Journal of Applied Hydrology has now been through review. The reports are appended below, and on the strength of them I have decided to reject it for publication.

The reviewers felt the methodology section needs substantial extension. I hope the comments will be useful as you revise the work for another venue.

Yours sincerely,
{signer}
Associate Editor""", "Journal of Applied Hydrology <editorial@journals.example.org>")

add("nj-pr", NJ, 1, "Re: [harbour/tidepool] Add streaming parser (PR #{n3})",
  """@{first_l} thanks for the PR! We're going to close this one: the plan is to keep the parser synchronous for the 2.x series, and this change would add a second code path to maintain. Sorry - really appreciate the effort.

—
Answer by e-mail or open the pull request in your browser.
You get this notification as the author of the pull request.""", "{sfirst} <notifications@codehost.example>")

add("nj-choir", NJ, 1, "Choir auditions",
  """Hi {first},

Lovely to hear you sing for the chamber choir last Tuesday. There were just two alto places this season and, sorry to say, neither is going to you. Do come along to our open rehearsals in January - everyone's welcome.

{sfirst}
Membership Secretary""", PERSON)

add("nj-marathon", NJ, 1, "Your ballot result",
  """Hi {first},

Thanks for entering next year's {city} Marathon ballot. Over 800,000 people tried their luck, and sadly your name wasn't drawn this time.

A charity place is still a way to get on the start line.

The Marathon Team""", "{city} Marathon <ballot@marathon.example.org>")

add("nj-planning", NJ, 1, "Planning application {ref} - decision notice",
  """Dear {first} {last},

Application: single-storey rear extension at {n1} {street}

The Council has refused planning permission for the above development; the attached notice gives its reasons. An appeal may be lodged with the planning inspectorate, but only in the twelve weeks after the date shown on the notice.

Planning Services, {ukcity} Council""", "Planning Services <planning@council.example.gov.uk>")

add("nj-allotment", NJ, 1, "Allotment waiting list",
  """Dear {first},

Thanks for your allotment application for Brook Lane. Every plot is taken this year, so there isn't one for you yet; you're now number {n1} on the waiting list.

Allotments Officer""", "Allotments <allotments@parish.example.org>")

add("nj-credit-limit", NJ, 1, "About your credit limit request",
  """Hi {first},

We've looked at your request for a higher credit limit and, sorry, your limit stays where it is for now. You can ask again in 6 months.

{company} Card Services""", "{company} Card <cards@{slug}-card.example>")

add("nj-talk", NJ, 1, "Your talk proposal for DevHarbour {year}",
  """Hi {first},

Thanks for sending a proposal to DevHarbour {year}. Over 600 talks competed for 40 slots, and we're sorry to say yours didn't make the programme this year.

Come and join the audience anyway - everyone who submitted gets 20% off tickets with the code below.

The DevHarbour Programme Committee""", "DevHarbour CFP <cfp@devharbour.example>")

add("nj-school-appeal", NJ, 1, "School admission appeal - decision",
  """Dear {first} {last},

The independent appeal panel met on {qday} to hear your appeal for a Year 7 place at Fenwick Academy.

The panel has decided that your appeal is not upheld. Your child's name remains on the school's waiting list.

Clerk to the Appeal Panel""", "Appeals Clerk <appeals@school-appeals.example.gov.uk>")

add("nj-venue", NJ, 1, "Your booking enquiry",
  """Hi {first},

Thanks for your enquiry about hiring the function room on {dl}. I'm afraid we're already fully booked that evening, so that evening is off the table. Let me know if another date would work.

{sfirst}
The Anchor""", "{sfirst} at The Anchor <events@anchor-inn.example.co.uk>")

add("nj-trademark", NJ, 1, "Trade mark application {ref}: examination report",
  """Dear {first} {last},

We have examined your application to register the trade mark shown in the application. The mark simply describes the goods it would cover, so the application cannot be accepted as filed. Send any arguments or amendments within two months of the date above.

Trade Marks Examination""", "Trade Marks <tm-exam@ipo.example.gov>")

add("nj-podcast", NJ, 1, "Re: Guest pitch",
  """Hi {first},

Thanks for offering yourself as a guest - I enjoyed reading about your bike-courier years. We're booked up through the spring and the topic's a bit close to an episode we just released, so it's a no from us this time. Good luck with the book!

{sfirst}
Producer""", PERSON)

add("zh-card", NJ, 1, "信用卡申请结果通知",
  """尊敬的{name}：

感谢您申请我行信用卡。经综合评估，很遗憾，您本次的申请未能通过审批。

您可在三个月后再次申请。如有疑问，请致电客服热线。

{company}信用卡中心""", "{company}信用卡中心 <card@{cdom}>", lang="zh")


# =========================================================================== generation

LOCAL_FIRMS = {
    "ru": ["ООО «Северный ветер»", "ООО «Техноресурс»", "ООО «Альфа-Логистик»"],
    "uk": ["ТОВ «Карпати Софт»", "ТОВ «Дніпро Агро»", "ТОВ «Світанок Логістик»"],
    "el": ["Αιγαίο Λογιστική Α.Ε.", "Όλυμπος Τεχνολογίες Α.Ε.", "Ποσειδών Ναυτιλιακή Α.Ε."],
    **CJK_FIRMS,
}
DOMAIN_SHAPES = [
    "{slug}.example", "{slug}.example.com", "{slug}.example.co.uk", "mail.{slug}.example.org",
    "{slug}-group.example.net", "{slug}.example.io", "hr.{slug}.example", "{slug}.example.eu",
]
PHD_FIELDS = ["glacier hydrology", "volcanic gas monitoring", "coastal sediment transport"]
GIGS = [
    "Blog posts for a garden-furniture shop", "Product descriptions for an online tea store",
    "Website copy for a physiotherapy clinic",
]
STREETS = ["Albion Road", "Mercer Street", "Kiln Lane", "Priory Walk", "Tanners Row"]
UK_CITIES = ["Leeds", "Norwich", "Derby", "Preston", "Bristol", "Exeter", "Sheffield", "Glasgow"]
WELSH_PLACES = ["Gwynedd", "Ceredigion", "Powys", "Conwy", "Ynys Môn"]
START = dt.datetime(2025, 1, 2)
SPAN_DAYS = 697  # to late November 2026


def local_part(rng: random.Random, *names: str) -> str:
    parts = [fold(ROMAN.get(n, n)) for n in names]
    if rng.random() < 0.2:  # some people use an initial
        return parts[0][:1] + parts[-1] + str(rng.randint(2, 99))
    return ".".join(parts)


def en_date(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"


def person(rng: random.Random, lang: str, avoid: set[str]) -> tuple[str, str]:
    pool = lang if lang in FIRST else "en"
    while True:
        first, last = rng.choice(FIRST[pool]), rng.choice(LAST[pool])
        if pool in GENDERED:
            female, f_last, m_last = GENDERED[pool]
            last = rng.choice(f_last if first in female else m_last)
        if first not in avoid:
            avoid.add(first)
            return first, last


def full(lang: str, first: str, last: str) -> str:
    if lang in ("zh", "ja", "ko"):
        return last + first
    if lang in ("vi", "hu"):
        return f"{last} {first}"
    return f"{first} {last}"


def company_for(rng: random.Random, lang: str) -> tuple[str, str]:
    stem = rng.choice(STEMS)
    slug = slugify(stem)
    if lang in LOCAL_FIRMS:
        return rng.choice(LOCAL_FIRMS[lang]), slug
    if lang in SUFFIX:
        suf = SUFFIX[lang]
        return (f"{suf} {stem}" if lang in ("id", "vi") else f"{stem} {suf}"), slug
    if rng.random() < 0.6:
        return f"{stem} {rng.choice(KINDS_OF_FIRM)}", slug
    return stem, slug


def make_fields(rng: random.Random, t: dict, copy: int) -> dict:
    lang = t["lang"]
    seen: set[str] = set()
    first, last = person(rng, lang, seen)
    sfirst, slast = person(rng, lang, seen)
    ofirst, olast = person(rng, lang, seen)
    company, slug = company_for(rng, lang)
    cdom = rng.choice(DOMAIN_SHAPES).format(slug=slug)
    role = rng.choice(t["roles"] or ROLES)
    other = rng.choice([r for r in ROLES if r != role])
    tz = rng.choice(ZONES)
    when = START + dt.timedelta(
        days=rng.randrange(SPAN_DAYS), hours=rng.randint(6, 21), minutes=rng.randrange(60),
        seconds=rng.randrange(60),
    )
    zone = dt.timezone(dt.timedelta(hours=tz))
    when = when.replace(tzinfo=zone)
    before = when - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5))
    after = when + dt.timedelta(days=rng.randint(5, 20))
    if after.weekday() >= 5:  # deadlines and interview days fall on weekdays
        after += dt.timedelta(days=7 - after.weekday())
    ref = rng.choice(["R-{a}", "REQ{b}", "JR{a}", "{y}-{c}", "VAC/{c}/{d}", "HR{b}"]).format(
        a=rng.randint(10000, 99999), b=rng.randint(100000, 999999), y=when.year,
        c=rng.randint(1000, 9999), d=rng.randint(10, 99),
    )
    n1 = rng.randint(3, 9)
    dec = t["dec"][copy % len(t["dec"])]
    dec_en, _, dec_cy = dec.partition("||")
    dlnum = f"{after.year}年{after.month}月{after.day}日" if lang == "ja" else after.strftime("%d.%m.%Y")
    f = {
        "first": first, "last": last, "name": full(lang, first, last),
        "sfirst": sfirst, "slast": slast, "signer": full(lang, sfirst, slast),
        "ofirst": ofirst, "olast": olast, "company": company, "slug": slug, "cdom": cdom,
        "role": role, "other": other, "city": rng.choice(CITIES),
        "ukcity": rng.choice(UK_CITIES), "ref": ref,
        "n1": n1, "n2": n1 + rng.randint(1, 3), "n3": rng.randint(1000, 9999),
        "ph": rng.randint(100, 999), "regno": rng.randint(10000000, 99999999),
        "salary": f"{rng.randint(26, 68)},{rng.choice(['000', '500'])}",
        "qdate": f"{en_date(before)} {before.year} {before:%H:%M}", "qday": WEEKDAYS[before.weekday()],
        "dl": en_date(after), "dlnum": dlnum, "year": when.year, "year2": when.year + 1,
        "city_cy": rng.choice(WELSH_PLACES), "phdfield": rng.choice(PHD_FIELDS),
        "job": rng.choice(GIGS), "street": rng.choice(STREETS),
    }
    f["pmail"] = local_part(rng, sfirst, slast) + "@" + cdom
    f["tomail"] = local_part(rng, first, last) + "@" + rng.choice(MAILBOXES)
    for key in ("first", "last", "sfirst", "slast", "ofirst", "olast", "company"):
        f[key + "_l"] = fold(ROMAN.get(f[key], f[key])) or "team"
    for key in ("first", "last", "role", "company"):
        f[key + "_upper"] = f[key].upper()
    f["decision"] = dec_en.format(**f)
    f["decision_cy"] = dec_cy.format(**f)
    f["_when"] = when
    return f


def build() -> list[dict]:
    rng = random.Random(SEED)
    ats = ats_footer_names()
    out: dict[str, list[dict]] = {"rejection": [], "not_rejection": []}
    for t in TEMPLATES:
        for copy in range(t["copies"]):
            f = make_fields(rng, t, copy)
            variant = copy % len(t["dec"]) + 1
            foot = rng.choice(ats) if t["footer"] == "ats" else t["footer"]
            body = t["body"].format(**f) + FOOTERS[foot].format(**f)
            if f["company"].endswith("."):  # "S.L." at the end of a sentence
                body = body.replace(f["company"] + ".", f["company"])
            label = "rejection" if t["kind"] == "rejection" else "not_rejection"
            key = t["key"]
            lang = t["lang"]
            fam = key if lang == "en" or key.startswith(lang + "-") else f"{lang}-{key}"
            out[label].append(
                {
                    "subject": t["subject"].format(**f),
                    "body": body,
                    "sender": t["sender"].format(**f),
                    "label": label,
                    "kind": t["kind"],
                    "family": f"blind15-{fam}-{variant}",
                    "provenance": PROVENANCE,
                    "to": f["tomail"],
                    "date": email.utils.format_datetime(f["_when"]),
                    "_lang": lang,
                }
            )
    records = []
    for label, prefix in (("rejection", "rej"), ("not_rejection", "not")):
        rows = out[label]
        rng.shuffle(rows)
        for i, row in enumerate(rows, 1):
            records.append({"id": f"blind15:{prefix}-{i:03d}", **row})
    return records


def public(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if not k.startswith("_")}


def write(records: list[dict]) -> None:
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(public(rec), ensure_ascii=False) + "\n")


# =========================================================================== --langs, --check


def show_langs(records: list[dict]) -> None:
    by_kind = Counter((r["label"], r["kind"]) for r in records)
    by_lang = Counter((r["label"], r["_lang"]) for r in records)
    print("label / kind")
    for (label, kind), n in sorted(by_kind.items()):
        print(f"  {label:14} {kind:26} {n}")
    print("label / language")
    for (label, lang), n in sorted(by_lang.items()):
        print(f"  {label:14} {lang:4} {n}")
    lengths = sorted(len(r["body"]) for r in records)
    html = sum(r["body"].lstrip().startswith("<html") for r in records)
    fams = len({r["family"] for r in records})
    print(f"messages {len(records)}, families {fams}, templates {len(TEMPLATES)}, "
          f"HTML bodies {html}, body length {lengths[0]}-{lengths[-1]} "
          f"(median {lengths[len(lengths) // 2]})")


WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")


def shingles(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def other_files() -> list[Path]:
    files = sorted((HERE.parent).glob("*.jsonl")) + sorted(HERE.glob("*.jsonl"))
    return [p for p in files if p.resolve() != OUT.resolve()]


def check(records: list[dict], top: int) -> None:
    """Our shingles that also occur in the other data; theirs are read only as shingle sets."""
    theirs: set[int] = set()
    files = other_files()
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                body = json.loads(line).get("body") or ""
                theirs.update(hash(s) for s in shingles(body))
    holders: Counter = Counter()
    shared_by_label: Counter = Counter()
    for rec in records:
        ours = {s for s in shingles(rec["body"]) if hash(s) in theirs}
        holders.update(ours)
        if ours:
            shared_by_label[rec["label"]] += 1
    print(f"compared with {len(files)} files ({len(theirs):,} distinct shingles)")
    print(f"bodies sharing a shingle: {sum(shared_by_label.values())} of {len(records)} "
          f"({dict(sorted(shared_by_label.items()))}); distinct shared shingles: {len(holders)}")
    for sh, n in holders.most_common(top):
        print(f"  {n:3}  {' '.join(sh)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--langs", action="store_true", help="print the make-up, write nothing")
    ap.add_argument("--check", action="store_true", help="shingle overlap, write nothing")
    ap.add_argument("--top", type=int, default=60, help="shared shingles to list with --check")
    args = ap.parse_args()
    records = build()
    if args.langs:
        show_langs(records)
    if args.check:
        check(records, args.top)
    if not (args.langs or args.check):
        write(records)
        print(f"wrote {len(records)} messages to {OUT.name}")


if __name__ == "__main__":
    main()
