"""The voice of the w1-* families (helper W1, issue 11 third pass; written for rejectwatch):
organisations, agencies, quoted-history styles, subject chains, mobile signatures, slips, and
the builders that rejections and their hard negatives share.

The families are in rejections/choice_of_other.py, rejections/recruiter_decisions.py,
rejections/hedged.py, interviews/next_round_replies.py, interviews/good_news.py,
next_steps/reference_requests.py, confirmations/conditional_refusals.py,
confirmations/still_deciding.py and outreach/recruiter_pitches.py. Everything a family shares
with the families of the other side of the decision lives here (organisations, quoted history
in Gmail, Outlook, German and French Outlook, Apple Mail and Outlook mobile styles, RE:/AW:/SV:
/[EXT] subject chains, phone signatures, typos, HTML-to-text frames, greetings, sign-offs,
recruiter intros and pitches, letter openings), so the style says nothing about the decision;
the decision sentences are in the family modules. The organisations and agencies are invented.
"""

from __future__ import annotations

import random

from ..engine import R

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


# --- threads: a person's reply on top of the candidate's quoted mail ----------------------
BASES = [
    "{role} - interview",
    "Interview follow-up",
    "Thank you!",
    "{role} ({company})",
    "Final interview - {role}",
    "Checking in",
    "Following up",
    "Catch up re {role}",
    "Your application - {role}",
    "{role} position",
    "Second interview",
    "Thanks for today",
]


HELLO = [
    "Hi {first},",
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "{first},",
    "Hey {first},",
    "Hi {first} -",
    "Good afternoon {first},",
    "Morning {first} -",
    "Dear {full},",
    "",
]


HELLO_FORMAL = [
    "Dear {first},",
    "Dear {full},",
    "Dear Mr./Ms. {last},",
    "Hello {first},",
    "Dear {first} {last},",
]


SIGN = [
    "Best,\n{rfirst}",
    "Kind regards,\n{rfull}",
    "Thanks again,\n{rfirst}",
    "All the best,\n{rfull}\n{rtitle}\n{company}",
    "Warmly,\n{rfirst}",
    "Cheers,\n{rfirst}",
    "Many thanks\n{rfirst} {rlast} | {rtitle} | {company}\nT: +{tel}",
    "Best wishes,\n{rfull}\n{company} | {city}",
    "{rfirst}",
    "Regards,\n\n{rfull}\n{rtitle}\n\n{company}\n{cdomain}",
]


SIGN_FORMAL = [
    "Mit freundlichen Grüßen / Kind regards\n{rfull}\n{company}",
    "Met vriendelijke groet,\n{rfull}",
    "Best regards / Cordialement,\n{rfull}\n{rtitle}",
    "Med vänlig hälsning\n{rfull}",
    "With best regards,\n{rfull}\nHR Department, {company}",
    "Kind regards\n{rfirst} {rlast}",
]


CAND = [
    "Hi {rfirst},\n\nThank you again for {weekday}. It was great to meet {mfirst} and hear about "
    "the plans for next year. Do you have a sense of when the team will decide?\n\nBest wishes,\n{first}",
    "Hello {rfirst}, just checking in on the {role} process - no rush, I have another "
    "conversation coming up and wanted to plan around it. Thanks, {first}",
    "Dear {rfirst},\nI hope you had a good weekend. I wanted to follow up after my final "
    "interview last week. Please let me know if you need anything else from me (references, "
    "certificates, work samples).\nKind regards\n{full}",
    "Hi {rfirst}!\nAttached are the slides from my presentation, as promised. Looking forward "
    "to hearing from you.\n{first}",
    "Hey {rfirst}, any news? :) {first}",
    "Dear Mr./Ms. {rlast},\nI would like to kindly ask about the status of my application for "
    "the position {role}. I am still very interested in joining {company}.\nWith best regards\n{full}",
    "{rfirst} - thanks for the tour of the office yesterday, I really enjoyed meeting the team. "
    "Speak soon,\n{first}",
    "Hi {rfirst},\nSorry to chase! I was told I'd hear by the end of last week and wondered if "
    "there was an update on the {role} role.\nMany thanks,\n{first} {last}",
    "Hello {rfirst},\nthank you for the nice conversation today. As discussed I send you my "
    "portfolio link again: {cslug}-{last}.work\nBest,\n{first}",
]


EARLIER = [
    "Thanks for coming in today, {first}. We're seeing the last candidates this week and "
    "will be in touch early next week.\n\n{rfirst}",
    "Lovely to speak earlier. I'll share your notes with {mfirst} and come back to you.\n{rfirst}",
    "Hi {first}, confirming your final interview on {date} at {time} with {mfirst} and "
    "{mlast}. The address is on the invite.\nBest,\n{rfirst}",
    "Dear {first},\nthank you for your application. We would like to meet you for an "
    "interview on {date}.\nKind regards\n{rfull}",
]


def quoted_history(r: R, subject: str) -> str:
    """The candidate's mail, sometimes with the recruiter's earlier mail quoted inside it."""
    text = r(CAND)
    if r.chance(0.35):
        earlier = r(EARLIER)
        text += "\n\n" + quote(
            r,
            earlier,
            subject,
            who="{rfull}",
            addr="{rmail}",
            to="{full}",
            back=r.choice([1, 2, 3]),
        )
    return quote(r, text, subject)


def thread(core, *, hello=HELLO, sign=SIGN, bases=BASES, history=0.85, mobile=0.2, slips=0.25):
    """A family function: a person's reply whose middle paragraphs come from ``core(r)``."""

    def fn(rng, c):  # type: ignore[no-untyped-def]
        r = R(rng, c)
        setup(r)
        c["tel"] = (
            f"{rng.choice(['44 7700', '1 303 555', '49 151', '31 6', '353 87'])} {rng.randint(100000, 999999)}"
        )
        chain = subject_chain(r, r.choice(bases))
        subject = " ".join(chain)
        middle = core(r)
        if r.chance(slips):
            middle = typos(rng, middle, rng.choice([1, 1, 2]))
        closing = r(sign)
        if r.chance(mobile):
            closing = f"{closing}\n\n{r(MOBILE)}"
        parts = [r(hello), middle, closing]
        if r.chance(history):
            parts.append(quoted_history(r, " ".join(chain[1:])))
        sender = r(
            ["{rfull} <{rmail}>", "{rmail}", '"{rlast}, {rfirst}" <{rmail}>', "{rfull} <{rinit}>"]
        )
        return subject, r.body(*parts), sender

    return fn


def short_core(pool: list[str], extra: list[str], prepare=None):  # type: ignore[no-untyped-def]
    """A core for a reply from a phone: lead?, one sentence from ``pool``, one from ``extra``?
    ``prepare(r)`` first puts what the pool's templates need into the context."""

    def core(r: R) -> str:
        if prepare is not None:
            prepare(r)
        lead = r.maybe(
            0.5, ["Sorry for the slow reply.", "Quick one -", "Thanks for chasing.", "Hi!"]
        )
        tail = r.maybe(0.7, extra)
        return " ".join(x for x in (lead, r(pool), tail) if x)

    return core


def plain(pool: list[str], extra: list[str], p_extra: float = 0.6):  # type: ignore[no-untyped-def]
    """A core: opener?, one sentence from ``pool``, one from ``extra``?"""

    def core(r: R) -> str:
        opener = r.maybe(
            0.5,
            [
                "Thanks for your note, and for bearing with us.",
                "Quick update from our side.",
                "We met as a panel yesterday afternoon.",
                "Apologies for going quiet; the last fortnight got away from me.",
                "Thank you for your patience.",
            ],
        )
        parts = [opener, r(pool), r.maybe(p_extra, extra), r.maybe(0.3, SHARED_WARMTH)]
        sep = " " if r.chance(0.3) else "\n\n"
        return sep.join(x for x in parts if x)

    return core


GENERIC_EXTRA = [
    "Thanks again for your time so far.",
    "Any questions in the meantime, just reply here.",
    "Speak soon.",
    "Hope the rest of your week goes well.",
    "Unfortunately {mfirst} is travelling next week, so the earliest we can do is {date2}.",
    "I'm sorry this has dragged on - hiring over the holidays is never quick.",
    "Unfortunately I can't share more than that yet, but I'll be in touch.",
    "Let's stay in touch - do connect with me on LinkedIn.",
    "Thank you for your patience while we got here.",
    "{mfirst} asked me to pass on how much the panel enjoyed your session.",
    "Feel free to reach out if there's anything you need from me.",
]


# Pleasantries that real mail uses whichever way the decision went.
SHARED_WARMTH = [
    "Really appreciated the conversation.",
    "Thanks so much for your time - it was great getting to know you.",
    "Thank you for your patience while we got here.",
    "Let's stay in touch - do connect with me on LinkedIn.",
]


# --- recruiter notes and company letters -------------------------------------------------------
def recruiter(intro, middle, *, agency: bool, pitch_p: float, slips: float = 0.2, extra=None):  # type: ignore[no-untyped-def]
    def fn(rng, c):  # type: ignore[no-untyped-def]
        r = R(rng, c)
        setup(r, agency=True)
        c["area"] = r(AREA)
        if agency:
            sender = r(["{rfull} <{amail}>", "{rfull} | {agency} <{amail}>", "{amail}"])
            subject = r(AG_SUBJECTS)
            sign = r(AG_SIGN)
        else:
            sender = r(["{rfull} <{rmail}>", "{rfull} ({company}) <{rmail}>", "{rmail}"])
            subject = r(IH_SUBJECTS)
            sign = r(IH_SIGN)
        text = joined(r.maybe(0.8, intro), r(middle))
        if extra:
            text = f"{text}\n\n{r(extra)}".strip()
        pitch = r(PITCH_AG if agency else PITCH_IH) if r.chance(pitch_p) else ""
        if pitch and r.chance(0.5):
            text = f"{text} {pitch}"
            pitch = ""
        if r.chance(slips):
            text = typos(rng, text, rng.choice([1, 2]))
        closing = r.maybe(
            0.5,
            [
                "Really appreciated the conversation.",
                "Thanks so much for your time - it was great getting to know you.",
                "Let me know either way.",
                "Have a good evening.",
                "Speak soon.",
                "Thanks again for being so easy to work with.",
            ],
        )
        if r.chance(0.2):
            sign = f"{sign}\n\n{r(MOBILE)}"
        hello = r(
            [
                "Hi {first},",
                "{first} -",
                "Hello {first},",
                "Hey {first},",
                "Dear {first},",
                "Hi {first}!",
            ]
        )
        return subject, r.body(hello, text, pitch, closing, sign), sender

    return fn


AREA = [
    "retail banking",
    "public-sector delivery",
    "SaaS sales",
    "regulated manufacturing",
    "large-scale data platforms",
    "hospitality operations",
    "clinical settings",
    "multi-site management",
]


AG_SUBJECTS = [
    "{company} - update",
    "Following our call",
    "Re: {role} with {company}",
    "Feedback from {company} + another role",
    "Catch-up",
    "{role2} - spec attached",
    "",
    "Quick follow up",
]


IH_SUBJECTS = [
    "Following our call",
    "{role} - update",
    "Re: {role}",
    "Your application to {company}",
    "Another role at {company}",
    "",
]


AG_SIGN = [
    "Speak soon,\n{rfirst}",
    "Cheers,\n{rfull}\nSenior Consultant | {agency}",
    "{rfirst}\n{agency}\nM: 07{ref}",
    "Best,\n{rfull}\n{agency} - {city}",
    "Thanks,\n{rfirst} {rlast}\nPrincipal Consultant\n{adomain}",
]


IH_SIGN = [
    "Best,\n{rfirst}",
    "Kind regards,\n{rfull}\nTalent Partner | {company}",
    "Thanks,\n{rfull}\n{rtitle}",
    "{rfirst}\nTalent Acquisition, {company}",
]


CALL_INTRO = [
    "Thanks for picking up earlier.",
    "Good to catch you just now.",
    "Following on from our call this morning -",
    "As promised on the phone, here it is in writing.",
    "Thanks for the chat this afternoon.",
    "Sorry we got cut off!",
    "Thanks for taking my call today.",
]


PITCH_AG = [
    "On the plus side, I've just taken a brief for a {role2} with a client in {city} - "
    "{salary}, hybrid two days a week. I think you'd be a strong fit; OK if I send the spec?",
    "I'm also running a {role2} search in {city} that I mentioned, and I'd like to put your CV "
    "forward if you're happy for me to.",
    "Attached is the job description for the {role2} role we talked about - shout if you want "
    "me to submit you.",
    "There's another client of mine hiring a {role2} ({salary}) and the brief reads like your "
    "CV. Free for ten minutes tomorrow to go through it?",
    "I'd love to get you in front of a {role2} opening that landed on my desk this week; "
    "it's {salary} and fully remote.",
]


PITCH_IH = [
    "As mentioned, we're opening a {role2} position in {team} next month and I'd like to put "
    "you in front of that hiring manager - shall I?",
    "I've flagged you to the {role2} team; expect a note from me once the role is live.",
    "Here's the link to the {role2} posting we talked about: {cdomain}/careers/{req}. Apply "
    "there and mention my name, and I'll make sure it's looked at quickly.",
    "There's also a {role2} vacancy in our {city} office that I think plays more to your "
    "strengths. Want me to introduce you?",
]


def joined(lead: str, rest: str) -> str:
    """``lead`` and ``rest`` as one paragraph, ``rest`` capitalised after a full stop."""
    if not lead or lead.endswith((".", "!")):
        rest = rest[:1].upper() + rest[1:]
    return f"{lead} {rest}".strip()


# --- company letters: hedges and conditional confirmations -----------------------------------
def letter(
    opening,
    middle,
    closing,
    *,
    frame_p: float,
    subjects,
    sign=None,
    hello=None,
    senders=None,
    slips: float = 0.15,
    then=None,
):  # type: ignore[no-untyped-def]
    """A company's letter: greeting, opening?, ``middle``, next step?, closing?, signature;
    sometimes rendered from HTML. Greeting, signature and sender default to a company's."""
    sign = sign or LETTER_SIGN
    hello = hello or LETTER_HELLO
    senders = senders or LETTER_SENDERS

    def fn(rng, c):  # type: ignore[no-untyped-def]
        r = R(rng, c)
        setup(r)
        c["area"] = r(AREA)
        mid = middle(r) if callable(middle) else r(middle)
        if r.chance(slips):
            mid = typos(rng, mid, 1)
        step = r(then) if then else ""
        text = r.body(r(hello), r.maybe(0.85, opening), mid, step, r.maybe(0.75, closing), r(sign))
        if r.chance(frame_p):
            text = html_frame(r, text)
        return r(subjects), text, r(senders)

    return fn


LETTER_HELLO = [
    "Dear {first},",
    "Hi {first},",
    "Dear {first} {last},",
    "Hello {first},",
    "Dear Candidate,",
    "Dear Applicant,",
    "{first},",
    "",
]


LETTER_SIGN = [
    "Kind regards,\nThe {company} Recruitment Team",
    "Best wishes,\n{rfull}\nTalent Acquisition",
    "Thank you,\n{company} People Team",
    "Warm regards,\n{rfirst} from {company}",
    "Regards,\nHR, {company}",
    "Sincerely,\n{company} Careers",
    "Best,\nThe hiring team at {company}",
]


LETTER_SENDERS = [
    "{company} Careers <careers@{cdomain}>",
    "no-reply@{cdomain}",
    "{rfull} <{rmail}>",
    "{company} Talent Team <talent@{cdomain}>",
    "recruitment@{cdomain}",
    "{company} via Workpath <noreply@workpath-mail.com>",
]


HEDGE_SUBJECTS = [
    "Your application for {role}",
    "{role} at {company}",
    "Update on your {company} application",
    "Re: {role}",
    "Application update",
    "{company}: {role} ({req})",
    "Thank you for applying",
]


RCV_SUBJECTS = [
    "We've received your application",
    "Thank you for applying to {company}",
    "Application received: {role}",
    "Your application for {role}",
    "{company} - application confirmation",
    "Thanks, {first}!",
    "Re: {role}",
]


HEDGE_OPEN = [
    "Thank you for applying for the {role} role and for the time you spent on your application.",
    "Thanks for your interest in {company} and in the {role} position.",
    "We've now reviewed all applications for {role}.",
    "Thank you for speaking with us about the {role} opening.",
    "We appreciate you considering a move to {company}.",
]


RCV_OPEN = [
    "Thank you for applying for {role} at {company}. Your application has arrived safely.",
    "We've received your application for {role} - thanks for thinking of us.",
    "This is to confirm that your application for the {role} position ({req}) is with us.",
    "Thanks for sending your CV for the {role} vacancy in {city}.",
    "Your application to {company} has been submitted successfully.",
]


RCV_CLOSE = [
    "Unfortunately we can't answer questions about individual applications by phone.",
    "Unfortunately our team is not able to give updates by email, but your candidate account "
    "shows where things stand.",
    "We're sorry we can't always reply to questions quickly during busy periods.",
    "Thank you for your interest in {company}.",
    "In the meantime, you can follow your application in your candidate account.",
    "We look forward to reading your application.",
    "If you have questions, write to careers@{cdomain}.",
    "Good luck!",
]


NN_SIGN = [
    "Best regards,\nHR Team {company}",
    "Kind regards\nRecruitment department\n{company}",
    "With kind regards,\n{rfull}\nHuman Resources",
    "Cordially,\nThe {company} recruitment team",
    "Thanks & Regards,\nTalent Acquisition Team\n{company}",
]
