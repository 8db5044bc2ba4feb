"""Shared pieces for helper W1's families (issue 11, third pass; written for rejectwatch).

Organisations, agencies, quoted-history styles (Gmail, Outlook, German and French Outlook,
Apple Mail, Outlook mobile), subject chains with RE:/AW:/SV:/[EXT] tags, mobile signatures,
light typos and an HTML-to-text frame. Rejections and their hard negatives use the same pieces,
so the style says nothing about the decision. Every string here was written for rejectwatch;
the organisations and agencies are invented.
"""

from __future__ import annotations

import random

from .engine import R

# name|domain|roles (;-separated)|country
ORGS = [
    "Holmfirth Textiles|holmfirthtextiles.co.uk|Production Planner;Quality Technician;Buyer|UK",
    "Vireo Analytics|vireoanalytics.com|Senior Data Analyst;Analytics Engineer;BI Developer|US",
    "Brandt & Söhne Maschinenbau|brandt-soehne.de|Project Engineer;Technical Sales Manager;Controller|DE",
    "Kovalenko Digital|kovalenko.digital|Frontend Developer;QA Lead;Delivery Manager|PL",
    "Tessaly Health Partners|tessalyhealth.org|Clinical Coordinator;Practice Manager;Revenue Cycle Analyst|US",
    "Maple Ridge Credit Union|mapleridgecu.ca|Member Services Lead;Credit Analyst;Branch Manager|CA",
    "Oosterhout Logistiek|oosterhout-logistiek.nl|Warehouse Supervisor;Supply Chain Analyst;Planner|NL",
    "Sundara Hotels|sundarahotels.in|Front Office Manager;Revenue Manager;Guest Relations Executive|IN",
    "Koru Software|koru.co.nz|Backend Engineer;Product Designer;Support Engineer|NZ",
    "Fennel & Finch Architects|fennelfinch.co.uk|Part II Architect;Architectural Technologist;Studio Coordinator|UK",
    "Larkspur Games|larkspurgames.com|Gameplay Programmer;Level Designer;Community Manager|CA",
    "Nordvik Energi|nordvik-energi.no|Grid Engineer;HSE Advisor;Energy Trader|NO",
    "Alcântara Foods|alcantarafoods.pt|Export Sales Executive;Food Technologist;Marketing Coordinator|PT",
    "Birchwood Academy Trust|birchwoodtrust.org.uk|Teacher of Mathematics;Head of Science;Business Manager|UK",
    "Ridgeline Outdoor Co.|ridgelineoutdoor.com|E-commerce Manager;Merchandiser;Store Manager|US",
    "Quayside Legal|quaysidelegal.co.uk|Trainee Solicitor;Paralegal;Legal Secretary|UK",
    "Halcyon Aerospace|halcyon-aero.com|Stress Engineer;Manufacturing Engineer;Programme Controller|UK",
    "Pemberton Foundation|pembertonfoundation.org|Grants Officer;Communications Lead;Fundraising Manager|US",
    "Tallis Pharmaceuticals|tallispharma.ie|QC Analyst;Regulatory Affairs Specialist;Validation Engineer|IE",
    "Novaterra Agritech|novaterra.com.br|Agronomist;Data Scientist;Field Sales Representative|BR",
    "Greyfriars Capital|greyfriarscap.com|Investment Associate;Operations Analyst;Compliance Officer|UK",
    "Ostrava Systems|ostravasystems.cz|Embedded Engineer;Scrum Master;IT Administrator|CZ",
    "Lindqvist Design|lindqvist.se|UX Researcher;Interior Designer;Account Manager|SE",
    "Juniper Street Bakeries|juniperstreet.com.au|Area Manager;Production Supervisor;Payroll Officer|AU",
    "Clearbrook Housing|clearbrookhousing.org.uk|Housing Officer;Repairs Coordinator;Tenancy Support Worker|UK",
    "Solent Marine Services|solentmarine.co.uk|Marine Electrician;Service Coordinator;Estimator|UK",
    "Zephyr Mobility|zephyrmobility.io|Product Manager;Growth Marketer;Operations Associate|DE",
    "Cascade Freight|cascadefreight.us|Dispatcher;Account Executive;Fleet Manager|US",
    "Auberge Lumière|aubergelumiere.fr|Sous Chef;Event Coordinator;Sommelier|FR",
    "Marlowe Books|marlowebooks.com|Editorial Assistant;Rights Executive;Publicist|UK",
    "Silverleaf Veterinary|silverleafvets.co.uk|Veterinary Nurse;Clinic Manager;Receptionist|UK",
    "Tanaka & Reyes Consulting|tanakareyes.com|Management Consultant;Research Analyst;Engagement Manager|SG",
    "Westbury Council Services|westburyservices.org.uk|Planning Officer;Customer Services Advisor;HR Advisor|UK",
    "Cobblestone Robotics|cobblestonerobotics.com|Robotics Engineer;Field Technician;Test Engineer|US",
    "Aurelia Cosmetics|aureliacosmetics.it|Brand Manager;Formulation Chemist;Trade Marketing Specialist|IT",
    "Pinecrest Medical Group|pinecrestmed.com|Medical Assistant;Billing Specialist;Nurse Practitioner|US",
]

CITIES = {
    "UK": ["Leeds", "Bristol", "Manchester", "London", "Glasgow", "Southampton", "Cardiff"],
    "US": ["Denver", "Columbus", "Austin", "Boston", "Raleigh", "Portland"],
    "DE": ["Stuttgart", "Hamburg", "Munich", "Berlin"],
    "PL": ["Kraków", "Wrocław", "Warsaw"],
    "CA": ["Calgary", "Ottawa", "Toronto", "Halifax"],
    "NL": ["Tilburg", "Rotterdam", "Utrecht"],
    "IN": ["Bengaluru", "Pune", "Kochi"],
    "NZ": ["Wellington", "Auckland"],
    "NO": ["Bergen", "Stavanger", "Oslo"],
    "PT": ["Porto", "Lisbon"],
    "IE": ["Cork", "Dublin", "Galway"],
    "BR": ["Campinas", "Curitiba"],
    "CZ": ["Ostrava", "Brno", "Prague"],
    "SE": ["Malmö", "Gothenburg", "Stockholm"],
    "AU": ["Adelaide", "Brisbane", "Melbourne"],
    "FR": ["Lyon", "Annecy", "Bordeaux"],
    "SG": ["Singapore"],
    "IT": ["Milan", "Bologna"],
}

AGENCIES = [
    "Calder Recruitment|calderrec.co.uk",
    "Northgate Talent Partners|northgatetalent.com",
    "Pinnacle Staffing Group|pinnaclestaffing.com",
    "Oakhurst Search|oakhurstsearch.co.uk",
    "TalentBridge Asia|talentbridge.sg",
    "Halden Personalberatung|halden-personal.de",
    "Redwater Consulting|redwaterconsulting.ie",
    "Summit & Vale Recruitment|summitvale.com.au",
    "Bluecoat Tech Talent|bluecoattalent.com",
]

OTHER_ROLES = [
    "Operations Manager",
    "Senior Business Analyst",
    "Head of Finance",
    "Data Engineer",
    "Customer Success Lead",
    "Site Manager",
    "Marketing Manager",
    "Product Owner",
    "Procurement Specialist",
    "Technical Writer",
    "Account Director",
    "HR Business Partner",
    "Cloud Engineer",
    "Office Manager",
    "Team Leader",
]

MONTHS = [
    ("January", "Jan", "janvier", "Januar"),
    ("February", "Feb", "février", "Februar"),
    ("March", "Mar", "mars", "März"),
    ("April", "Apr", "avril", "April"),
    ("May", "May", "mai", "Mai"),
    ("June", "Jun", "juin", "Juni"),
    ("July", "Jul", "juillet", "Juli"),
    ("September", "Sep", "septembre", "September"),
    ("October", "Oct", "octobre", "Oktober"),
    ("November", "Nov", "novembre", "November"),
]
DAYS = [
    ("Monday", "Mon", "lundi", "Montag"),
    ("Tuesday", "Tue", "mardi", "Dienstag"),
    ("Wednesday", "Wed", "mercredi", "Mittwoch"),
    ("Thursday", "Thu", "jeudi", "Donnerstag"),
    ("Friday", "Fri", "vendredi", "Freitag"),
]


def setup(r: R, *, agency: bool = False) -> None:
    """Put one of our organisations (and its roles, its recruiter's address) into the context;
    with ``agency``, an agency too. Drawn from the family's own generator."""
    c = r.c
    name, domain, roles, country = r.choice(ORGS).split("|")
    c["company"], c["cdomain"], c["country"] = name, domain, country
    c["role"] = r.choice(roles.split(";"))
    c["role2"] = r.choice([x for x in OTHER_ROLES + roles.split(";") if x != c["role"]])
    local = f"{_ascii(c['rfirst'])}{r.choice(['.', '', '_'])}{_ascii(c['rlast'])}"
    c["rmail"] = f"{local}@{domain}"
    c["rinit"] = f"{_ascii(c['rfirst'])[:1]}{_ascii(c['rlast'])}@{domain}"
    if agency:
        c["agency"], c["adomain"] = r.choice(AGENCIES).split("|")
        c["amail"] = f"{_ascii(c['rfirst'])}.{_ascii(c['rlast'])}@{c['adomain']}"
    c["city"] = r.choice(CITIES[country])
    rng = r.rng
    c["qday"] = str(rng.randint(2, 27))
    c["qmonth"] = str(rng.randrange(len(MONTHS)))
    c["qdow"] = str(rng.randrange(len(DAYS)))
    c["qhour"] = str(rng.randint(7, 18))
    c["qmin"] = f"{rng.randint(0, 59):02d}"
    c["qyear"] = rng.choice(["2024", "2025", "2025", "2026"])
    c["salary"] = rng.choice(
        ["£55k", "£48-52k", "€70k", "$115k base", "£400/day outside IR35", "$62/hr", "€58.000"]
    )


def _ascii(name: str) -> str:
    table = str.maketrans(
        "áéíóúãçñüöäàèìòùâêîôûåøæšžčćłńśźżý'", "aeiouacnuoaaeiouaeiouaoaszcclnszzy "
    )
    return "".join(ch for ch in name.lower().translate(table) if ch.isalnum())


def when(r: R, style: str, back: int = 0) -> str:
    """The date of a quoted message in one mail client's words; ``back`` days earlier."""
    c = r.c
    m = MONTHS[int(c["qmonth"])]
    d = DAYS[(int(c["qdow"]) - back) % len(DAYS)]
    day, year, hour, minute = (
        str(max(1, int(c["qday"]) - back)),
        c["qyear"],
        int(c["qhour"]),
        c["qmin"],
    )
    if back:
        hour, minute = (hour + 3 * back) % 10 + 8, f"{(int(minute) + 17 * back) % 60:02d}"
    ampm = f"{(hour - 1) % 12 + 1}:{minute} {'AM' if hour < 12 else 'PM'}"
    forms = {
        "gmail_us": f"On {d[1]}, {m[1]} {day}, {year} at {ampm}",
        "gmail_uk": f"On {d[1]}, {day} {m[1]} {year} at {hour:02d}:{minute}",
        "outlook": f"{d[0]}, {m[0]} {day}, {year} {ampm}",
        "outlook_uk": f"{d[0]}, {day} {m[0]} {year} {hour:02d}:{minute}",
        "de": f"{d[3]}, {day}. {m[3]} {year} {hour:02d}:{minute}",
        "fr": f"{d[2]} {day} {m[2]} {year} {hour:02d}:{minute}",
    }
    return forms.get(style, f"{day} {m[1]} {year}, at {hour:02d}:{minute}")  # apple


BANNER = [
    "[EXTERNAL] This email came from outside the organisation. Think before you click links or open attachments.",
    "CAUTION: External sender. Do not open attachments unless you recognise the sender.",
    "*** External email - take care with links and attachments ***",
    "You don't often get email from {cmail}. Learn why this is important",
    "ACHTUNG: Diese E-Mail stammt von einem externen Absender.",
]


def quote(
    r: R,
    text: str,
    subject: str,
    *,
    who: str = "{full}",
    addr: str = "{cmail}",
    to: str = "{rfull}",
    style: str | None = None,
    back: int = 0,
) -> str:
    """``text`` quoted below a reply, in a mail client's style (header + body)."""
    style = style or r.choice(
        ["gmail_us", "gmail_uk", "outlook", "outlook_uk", "outlook", "de", "fr", "apple", "mobile"]
    )
    who, addr, to = r(who), r(addr), r(to)
    if r.chance(0.3):
        text = r(BANNER) + "\n\n" + text
    if style in ("gmail_us", "gmail_uk", "apple"):
        lead = f"{when(r, style, back)} {who} <{addr}> wrote:"
        if style == "apple":
            lead = f"> On {when(r, style, back)}, {who} <{addr}> wrote:\n>"
        lines = "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
        return f"{lead}\n{lines}"
    if style == "de":
        head = f"Von: {who} <{addr}>\nGesendet: {when(r, 'de', back)}\nAn: {to}\nBetreff: {subject}"
    elif style == "fr":
        head = f"De : {who} <{addr}>\nEnvoyé : {when(r, 'fr', back)}\nÀ : {to}\nObjet : {subject}"
    else:
        stamp = when(r, "outlook_uk" if style == "outlook_uk" else "outlook", back)
        head = f"From: {who} <{addr}>\nSent: {stamp}\nTo: {to}\nSubject: {subject}"
    sep = r(["________________________________", "-----Original Message-----", "", "_" * 40])
    mobile = r(["Get Outlook for iOS", "Get Outlook for Android", ""]) if style == "mobile" else ""
    top = "\n".join(x for x in (mobile, sep, head) if x)
    return f"{top}\n\n{text}"


def subject_chain(r: R, base: str) -> list[str]:
    """``base`` under one to three reply/forward prefixes, some with an external-sender tag,
    as a list (join with spaces; without the first item it is the quoted mail's subject)."""
    prefixes = [
        "RE:",
        "Re:",
        "RE:",
        "Re:",
        "AW:",
        "SV:",
        "Antw:",
        "RE: [EXT]",
        "Re: [EXTERNAL]",
        "[EXTERNAL] RE:",
        "RE: [External]",
        "[EXT] Re:",
        "FW:",
        "Réf :",
    ]
    n = r.choice([1, 1, 2, 2, 3])
    return [r.choice(prefixes) for _ in range(n)] + [r(base)]


MOBILE = [
    "Sent from my iPhone",
    "Sent from Outlook for Android",
    "Get Outlook for iOS",
    "Sent from my Galaxy",
    "Von meinem iPhone gesendet",
    "Envoyé de mon iPhone",
    "Sent from Yahoo Mail on Android",
    "Sent from my phone - please excuse typos",
    "Sent on the move, forgive the brevity",
]


def typos(rng: random.Random, text: str, n: int) -> str:
    """``text`` with ``n`` small slips (swapped, dropped or doubled letters) in longer words."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha() and w.islower()]
    for i in rng.sample(spots, min(n, len(spots))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        how = rng.randrange(3)
        if how == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif how == 1:
            w = w[:j] + w[j + 1 :]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


def html_frame(r: R, inner: str) -> str:
    """``inner`` as a mail client shows an HTML message rendered to text."""
    top = r.maybe(
        0.7,
        [
            "View this email in your browser",
            "[{company}]",
            "[logo]\n{company} Careers",
            "Having trouble reading this? Open it online.",
            "{company} | Talent",
        ],
    )
    bottom = r.maybe(
        0.8,
        [
            "[ Visit our careers site ]",
            "Careers · Our culture · Privacy · Help",
            "Follow us  [in]  [ig]  [yt]",
            "{company} · {city}\nYou received this because you applied through our website.",
            "Update your email preferences | Unsubscribe",
            "© {qyear} {company}",
        ],
    )
    return "\n\n".join(x for x in (top, inner, bottom) if x)
