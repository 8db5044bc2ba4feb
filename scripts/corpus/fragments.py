"""People, companies, roles and the shared pieces of every e-mail (greetings, sign-offs,
signatures, ATS senders and footers). All invented for rejectwatch."""

from __future__ import annotations

import random

from .engine import Ctx, R

# --- people -------------------------------------------------------------------------------
FIRST_NAMES = [
    "Sam",
    "Alex",
    "Jordan",
    "Priya",
    "Aisha",
    "Chloe",
    "Mateo",
    "Sofia",
    "Liam",
    "Noah",
    "Emma",
    "Olivia",
    "Wei",
    "Mei",
    "Hiroshi",
    "Yuki",
    "Kenji",
    "Ananya",
    "Rohan",
    "Arjun",
    "Fatima",
    "Omar",
    "Yusuf",
    "Leila",
    "Chidi",
    "Ngozi",
    "Amara",
    "Kwame",
    "Abena",
    "Tunde",
    "Lucas",
    "Camila",
    "Valentina",
    "Diego",
    "Isabella",
    "Jakub",
    "Zofia",
    "Anja",
    "Lars",
    "Ingrid",
    "Sven",
    "Elif",
    "Mehmet",
    "Dmitri",
    "Olga",
    "Nikos",
    "Eleni",
    "Siobhan",
    "Ciaran",
    "Rhys",
    "Megan",
    "Hamish",
    "Fiona",
    "Tomás",
    "Lucía",
    "Thanh",
    "Minh",
    "Ji-woo",
    "Seo-yeon",
    "Aroha",
    "Tane",
    "Kai",
    "Maya",
    "Daniel",
    "Grace",
    "Ethan",
    "Hannah",
    "Marcus",
    "Tanisha",
    "DeShawn",
    "Keisha",
    "Jamal",
    "Brianna",
    "Connor",
    "Kayla",
    "Raj",
    "Deepika",
    "Ravi",
    "Nadia",
    "Bilal",
    "Zainab",
    "Hassan",
    "Mariam",
    "Farah",
    "Gabriel",
    "Beatriz",
    "João",
    "Ana",
    "Pedro",
    "Sanjay",
    "Kavya",
    "Ishaan",
    "Tariq",
    "Imani",
    "Jonas",
    "Lena",
    "Felix",
    "Clara",
    "Matteo",
    "Giulia",
    "Pierre",
    "Camille",
    "Hugo",
    "Inès",
    "Bram",
    "Femke",
    "Oisin",
    "Niamh",
    "Ebony",
]
LAST_NAMES = [
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Boateng",
    "Nwosu",
    "Patel",
    "Sharma",
    "Iyer",
    "Reddy",
    "Gupta",
    "Khan",
    "Hussain",
    "Rahman",
    "Chen",
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Nguyen",
    "Tran",
    "Kim",
    "Park",
    "Choi",
    "Tanaka",
    "Sato",
    "Suzuki",
    "Yamamoto",
    "García",
    "Rodríguez",
    "Martínez",
    "López",
    "Hernández",
    "Silva",
    "Santos",
    "Oliveira",
    "Costa",
    "Rossi",
    "Bianchi",
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Kowalski",
    "Nowak",
    "Novak",
    "Horvat",
    "Ivanova",
    "Petrov",
    "Papadopoulos",
    "Yilmaz",
    "Demir",
    "Haddad",
    "Nasser",
    "Mansour",
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Taylor",
    "Anderson",
    "Thomas",
    "Moore",
    "Jackson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "O'Brien",
    "Murphy",
    "Kelly",
    "Byrne",
    "MacDonald",
    "Campbell",
    "Evans",
    "Hughes",
    "Lindqvist",
    "Johansson",
    "Nielsen",
    "Hansen",
    "de Vries",
    "Jansen",
    "Dubois",
    "Laurent",
    "Moreau",
    "Ferreira",
    "Mbeki",
    "Dlamini",
    "Abebe",
    "Tesfaye",
    "Kaur",
    "Singh",
    "Bakr",
    "Cohen",
    "Levi",
    "Friedman",
    "Novotná",
    "Sokolov",
    "Ahmed",
    "Ali",
    "Hoang",
    "Pham",
]
TITLES = ["Mr.", "Ms.", "Mx.", "Dr.", "Mrs.", "Ms"]

RECRUITER_TITLES = [
    "Talent Acquisition Partner",
    "Technical Recruiter",
    "Senior Recruiter",
    "Recruiter",
    "People Partner",
    "Talent Partner",
    "Recruiting Coordinator",
    "Head of Talent",
    "HR Manager",
    "Talent Acquisition Specialist",
    "Campus Recruiter",
    "HR Business Partner",
    "Recruitment Consultant",
    "Hiring Manager",
    "Engineering Manager",
    "Office Manager",
    "Resourcing Advisor",
    "Early Careers Team Lead",
    "People Operations",
    "Founder & CEO",
]

# --- companies: (name, domain, sector) ----------------------------------------------------
COMPANIES = [
    ("Acme Analytics", "acmeanalytics.com", "tech"),
    ("Northwind Logistics", "northwind.io", "ops"),
    ("Brightpath Health", "brightpathhealth.org", "health"),
    ("Lumen Robotics", "lumenrobotics.ai", "tech"),
    ("Harbor & Pine Financial", "harborpine.com", "finance"),
    ("Cobalt Labs", "cobaltlabs.dev", "tech"),
    ("Kestrel Insurance", "kestrel-insurance.co.uk", "finance"),
    ("Meridian Schools Trust", "meridianschools.org.uk", "education"),
    ("Saffron Retail Group", "saffronretail.com", "retail"),
    ("Tidewater Energy", "tidewaterenergy.com", "engineering"),
    ("Quill & Ink Media", "quillink.media", "marketing"),
    ("Bluefin Payments", "bluefinpay.com", "tech"),
    ("Orchard Grocers", "orchardgrocers.co.uk", "retail"),
    ("Vantage Biotech", "vantagebio.com", "health"),
    ("Polaris Consulting", "polarisconsulting.com", "finance"),
    ("Greenleaf Foods", "greenleaffoods.com", "retail"),
    ("Atlas Freight", "atlasfreight.net", "ops"),
    ("Nimbus Cloud", "nimbuscloud.io", "tech"),
    ("Redwood Civic Hospital", "redwoodcivic.org", "health"),
    ("Silverline Bank", "silverlinebank.com", "finance"),
    ("Juniper Learning", "juniperlearning.com", "education"),
    ("Foxglove Studio", "foxglove.studio", "marketing"),
    ("Ironbridge Engineering", "ironbridge-eng.co.uk", "engineering"),
    ("Pelican Travel", "pelicantravel.com", "retail"),
    ("Sable Security", "sablesec.com", "tech"),
    ("Canopy Home", "canopyhome.com", "retail"),
    ("Mosaic Health Partners", "mosaichp.com", "health"),
    ("Waypoint Maps", "waypointmaps.com", "tech"),
    ("Copperfield Law LLP", "copperfieldlaw.com", "legal"),
    ("Starling Aerospace", "starlingaero.com", "engineering"),
    ("Hearth Hospitality", "hearthhotels.com", "retail"),
    ("Datawise", "datawise.ai", "tech"),
    ("Evergreen County Schools", "evergreenk12.org", "education"),
    ("Tessellate", "tessellate.so", "tech"),
    ("Oakmont Capital", "oakmontcap.com", "finance"),
    ("Riverbend Pharmacy", "riverbendrx.com", "health"),
    ("Halcyon Games", "halcyongames.com", "tech"),
    ("Pinecrest University", "pinecrest.edu", "education"),
    ("Beacon Nonprofit Alliance", "beaconalliance.org", "marketing"),
    ("Fjord Mobility", "fjordmobility.no", "tech"),
    ("Zephyr Airlines", "zephyrair.com", "ops"),
    ("Marigold Cosmetics", "marigoldbeauty.com", "marketing"),
    ("Summit Outdoor Co.", "summitoutdoor.com", "retail"),
    ("Quantum Leaf", "quantumleaf.tech", "tech"),
    ("Lark Insurance", "larkinsure.com", "finance"),
    ("St. Brigid's Care Homes", "stbrigidscare.ie", "health"),
    ("Corvid Systems", "corvidsystems.com", "tech"),
    ("Amberley Estates", "amberleyestates.co.uk", "ops"),
    ("Helix Diagnostics", "helixdx.com", "health"),
    ("Sprocket Commerce", "sprocket.shop", "tech"),
    ("Stripe", "stripe.com", "tech"),
    ("Shopify", "shopify.com", "tech"),
    ("Spotify", "spotify.com", "tech"),
    ("Deloitte", "deloitte.com", "finance"),
    ("Unilever", "unilever.com", "marketing"),
    ("Monzo", "monzo.com", "finance"),
    ("Atlassian", "atlassian.com", "tech"),
    ("Siemens", "siemens.com", "engineering"),
    ("Kaleido Architects", "kaleido-arch.com", "engineering"),
    ("Nordlys Energi", "nordlys.dk", "engineering"),
    ("Tamarind Bistro Group", "tamarindgroup.com", "retail"),
    ("Ridgeway Accountants", "ridgewayaccts.co.uk", "finance"),
    ("Wren Publishing", "wrenpublishing.com", "marketing"),
    ("Solace Mental Health", "solacemh.org", "health"),
]

ROLES = {
    "tech": [
        "Software Engineer",
        "Senior Backend Engineer",
        "Frontend Developer",
        "Data Scientist",
        "Machine Learning Engineer",
        "DevOps Engineer",
        "Site Reliability Engineer",
        "Product Manager",
        "QA Analyst",
        "Data Engineer",
        "Full Stack Developer",
        "iOS Engineer",
        "Android Developer",
        "Security Analyst",
        "Engineering Manager",
        "Software Engineering Intern",
        "Data Analyst",
        "Staff Software Engineer",
        "Platform Engineer",
        "Technical Support Engineer",
        "UX Designer",
        "Solutions Engineer",
        "Junior Python Developer",
        "Graduate Software Engineer",
    ],
    "data": ["Data Analyst", "Business Intelligence Analyst", "Analytics Engineer"],
    "marketing": [
        "Marketing Coordinator",
        "Content Writer",
        "Social Media Manager",
        "Brand Manager",
        "Digital Marketing Executive",
        "Communications Officer",
        "SEO Specialist",
        "Marketing Intern",
        "Copywriter",
        "Events Coordinator",
        "Graphic Designer",
        "Fundraising Officer",
        "PR Account Executive",
        "Growth Marketing Manager",
    ],
    "health": [
        "Registered Nurse",
        "Staff Nurse - Acute Medicine",
        "Healthcare Assistant",
        "Pharmacist",
        "Clinical Research Associate",
        "Medical Receptionist",
        "Physiotherapist",
        "Care Assistant",
        "Lab Technician",
        "Nurse Practitioner",
        "Patient Services Coordinator",
        "Mental Health Support Worker",
        "Pharmacy Technician",
    ],
    "finance": [
        "Financial Analyst",
        "Accounts Payable Clerk",
        "Audit Associate",
        "Tax Consultant",
        "Risk Analyst",
        "Investment Banking Summer Analyst",
        "Credit Analyst",
        "Bookkeeper",
        "Compliance Officer",
        "Graduate Accountant",
        "Actuarial Analyst",
        "Payroll Specialist",
        "Management Consultant",
        "Finance Business Partner",
        "Underwriting Assistant",
    ],
    "education": [
        "Primary School Teacher",
        "Secondary Maths Teacher",
        "Teaching Assistant",
        "Lecturer in Computer Science",
        "Learning Support Assistant",
        "Admissions Officer",
        "Research Assistant",
        "Science Teacher (Maternity Cover)",
        "Instructional Designer",
        "Student Success Advisor",
        "Postdoctoral Research Associate",
    ],
    "retail": [
        "Store Associate",
        "Sales Assistant",
        "Assistant Store Manager",
        "Barista",
        "Cashier",
        "Visual Merchandiser",
        "Customer Service Representative",
        "Shift Supervisor",
        "Warehouse Associate",
        "Front Desk Agent",
        "Line Cook",
        "Retail Management Trainee",
        "Seasonal Sales Associate",
        "Buyer's Assistant",
    ],
    "ops": [
        "Operations Coordinator",
        "Logistics Planner",
        "Supply Chain Analyst",
        "Office Administrator",
        "Executive Assistant",
        "Fleet Coordinator",
        "Procurement Specialist",
        "HR Assistant",
        "Project Coordinator",
        "Customer Success Manager",
        "Operations Graduate Scheme",
        "Cabin Crew",
        "Warehouse Team Lead",
    ],
    "engineering": [
        "Mechanical Engineer",
        "Electrical Engineer",
        "Civil Engineer",
        "Graduate Engineer",
        "CAD Technician",
        "Maintenance Technician",
        "Project Engineer",
        "Engineering Apprentice",
        "Quality Engineer",
        "Process Engineer",
        "Structural Engineer",
        "Summer Engineering Intern",
    ],
    "legal": [
        "Paralegal",
        "Trainee Solicitor",
        "Legal Secretary",
        "Associate Attorney",
        "Vacation Scheme 2025",
        "Contracts Manager",
    ],
}
GENERIC_ROLES = [
    "Office Administrator",
    "Marketing Coordinator",
    "Data Analyst",
    "Project Coordinator",
    "HR Assistant",
    "Customer Success Manager",
    "Finance Assistant",
    "Receptionist",
]

LOCATIONS = [
    "London",
    "Manchester",
    "Leeds",
    "Edinburgh",
    "Glasgow",
    "Bristol",
    "Cardiff",
    "Belfast",
    "Dublin",
    "Cork",
    "New York, NY",
    "San Francisco, CA",
    "Austin, TX",
    "Seattle, WA",
    "Chicago, IL",
    "Boston, MA",
    "Denver, CO",
    "Atlanta, GA",
    "Toronto, ON",
    "Vancouver, BC",
    "Berlin",
    "Munich",
    "Amsterdam",
    "Paris",
    "Barcelona",
    "Lisbon",
    "Stockholm",
    "Copenhagen",
    "Oslo",
    "Warsaw",
    "Remote (UK)",
    "Remote (US)",
    "Remote - EMEA",
    "Hybrid - London",
    "Sydney",
    "Melbourne",
    "Auckland",
    "Singapore",
    "Bengaluru",
    "Lagos",
    "Nairobi",
    "Cape Town",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
TIMES = [
    "9:00 AM",
    "9:30 AM",
    "10:00 AM",
    "10:30 AM",
    "11:00 AM",
    "11:15 AM",
    "1:00 PM",
    "2:00 PM",
    "2:30 PM",
    "3:00 PM",
    "3:45 PM",
    "4:00 PM",
    "16:30",
    "14:00",
    "10:00",
    "11:30",
]
TIMEZONES = ["ET", "PT", "CT", "GMT", "BST", "CET", "CEST", "EST", "PST", "AEST", "IST", "UTC"]

FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me"]

STREETS = [
    "1 Market Street",
    "200 Bishopsgate",
    "44 Innovation Way",
    "12 Canal Wharf",
    "350 Mission Street",
    "9 Harbour Road",
    "77 King Street West",
    "5 Rue de la Paix",
    "Unit 4, Riverside Business Park",
    "100 Main Street, Suite 400",
    "18 Greenside Lane",
]


def slug(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def ascii_local(name: str) -> str:
    table = str.maketrans(
        "áéíóúãçñüöäàèìòùâêîôûåøæšžčćłńśźżýťďňřěúů'", "aeiouacnuoaaeiouaeiouaoaszcclnszzytdnreuu "
    )
    return "".join(ch for ch in name.lower().translate(table) if ch.isalnum())


def make_ctx(
    rng: random.Random, company: tuple[str, str, str] | None = None, sector: str | None = None
) -> Ctx:
    if isinstance(sector, (list, tuple)):
        sector = rng.choice(list(sector))
    if company is None and sector is not None:
        pool = [co for co in COMPANIES if co[2] == sector] or COMPANIES
        company = rng.choice(pool)
    name, domain, csector = company or rng.choice(COMPANIES)
    sec = sector or csector
    role = rng.choice(GENERIC_ROLES) if rng.random() < 0.15 else rng.choice(ROLES[sec])
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    rfirst, rlast = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    mfirst = rng.choice(FIRST_NAMES)
    day = rng.randint(1, 28)
    month = rng.choice(MONTHS)
    wd = rng.choice(WEEKDAYS)
    us = rng.random() < 0.5
    date = f"{wd}, {month} {day}" if us else f"{wd} {day} {month}"
    day2 = rng.randint(1, 28)
    wd2 = rng.choice(WEEKDAYS)
    date2 = f"{wd2}, {month} {day2}" if us else f"{wd2} {day2} {month}"
    year = rng.choice(["2023", "2024", "2025"])
    c = Ctx(
        first=first,
        last=last,
        full=f"{first} {last}",
        title=rng.choice(TITLES),
        company=name,
        cdomain=domain,
        cslug=slug(name)[:14],
        sector=sec,
        role=role,
        req=f"{rng.choice(['R', 'REQ-', 'JR', '', 'J'])}{rng.randint(1000, 99999)}",
        location=rng.choice(LOCATIONS),
        rfirst=rfirst,
        rlast=rlast,
        rfull=f"{rfirst} {rlast}",
        rtitle=rng.choice(RECRUITER_TITLES),
        rmail=f"{ascii_local(rfirst)}{rng.choice(['.', '', '_'])}{ascii_local(rlast)}@{domain}",
        rinit=f"{ascii_local(rfirst)[:1]}{ascii_local(rlast)}@{domain}",
        mfirst=mfirst,
        mlast=rng.choice(LAST_NAMES),
        cmail=f"{ascii_local(first)}.{ascii_local(last)}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(FREEMAIL)}",
        weekday=wd,
        date=date,
        date2=date2,
        month=month,
        year=year,
        time=rng.choice(TIMES),
        time2=rng.choice(TIMES),
        tz=rng.choice(TIMEZONES),
        dur=rng.choice(["30", "45", "60", "30", "45", "90", "20"]),
        weeks=rng.choice(["two", "2", "three", "four", "3", "6"]),
        period=rng.choice(
            [
                "two weeks",
                "14 days",
                "10 working days",
                "three weeks",
                "28 days",
                "4 weeks",
                "a month",
                "2 weeks",
                "30 days",
                "six weeks",
            ]
        ),
        days=rng.choice(["5", "7", "3", "10", "five", "seven"]),
        ref=f"{rng.randint(100000, 999999)}",
        tok=f"{rng.getrandbits(40):010x}",
        street=rng.choice(STREETS),
        city=rng.choice(LOCATIONS)
        .split(",")[0]
        .replace("Remote (UK)", "London")
        .replace("Remote (US)", "Austin")
        .replace("Remote - EMEA", "Dublin")
        .replace("Hybrid - London", "London"),
        team=rng.choice(
            [
                "Platform",
                "Growth",
                "Payments",
                "Data",
                "Clinical",
                "Operations",
                "Finance",
                "Marketing",
                "Customer",
                "Infrastructure",
                "Retail",
                "Admissions",
            ]
        ),
        nrev=rng.choice(
            [
                "over 300",
                "more than 500",
                "hundreds of",
                "a very large number of",
                "over 1,000",
                "nearly 200",
                "an overwhelming number of",
                "many",
            ]
        ),
    )
    c["arole"] = ("an " if role[0] in "AEIOU" else "a ") + role
    c["reqtxt"] = rng.choice(
        ["", "", f" (ref {c['req']})", f" (Job ID: {c['req']})", f", requisition {c['req']}"]
    )
    return c


# --- greetings, sign-offs, signatures -----------------------------------------------------
def greet(r: R, formal: float = 0.3) -> str:
    if r.chance(formal):
        return r(
            [
                "Dear {first},",
                "Dear {title} {last},",
                "Dear {full},",
                "Dear Candidate,",
                "Dear Applicant,",
                "Dear {first} {last},",
                "Dear {first}",
                "Good morning {first},",
                "Good afternoon {title} {last},",
                "Dear {title} {last}",
            ]
        )
    return r(
        [
            "Hi {first},",
            "Hi {first},",
            "Hello {first},",
            "Hey {first},",
            "Hi {first}!",
            "Hello,",
            "Hi there,",
            "{first},",
            "",
            "Hi {first} -",
            "Hello {full},",
            "Hi,",
            "Good morning,",
            "Dear {first},",
            "Hi {first},",
        ]
    )


def signoff(r: R) -> str:
    return r(
        [
            "Best,",
            "Best regards,",
            "Kind regards,",
            "Thanks,",
            "Sincerely,",
            "All the best,",
            "Warm regards,",
            "Cheers,",
            "Many thanks,",
            "Regards,",
            "With best wishes,",
            "Thank you,",
            "Best wishes,",
            "Warmly,",
            "Respectfully,",
            "Thanks again,",
            "Yours sincerely,",
            "Take care,",
            "Have a great day,",
            "--",
        ]
    )


def human_sig(r: R) -> str:
    return r(
        [
            "{rfirst}",
            "{rfull}\n{rtitle}\n{company}",
            "{rfull} | {rtitle} | {company}",
            "{rfirst} {rlast}\n{rtitle}, {company}\n{rmail}",
            "{rfirst}\n{company} Talent",
            "{rfull}\n{rtitle}\n{company} | {city}\n[[+44 20 7946 0{ref}|(555) 01{ref}|M: +1 415 555 0{ref}]]",
            "- {rfirst}",
            "{rfirst} ({rtitle})",
            "{rfull}\n{rtitle}\nPronouns: [[she/her|he/him|they/them]]",
            "{rfull}\n{rtitle}\n{cdomain}",
        ]
    )


def team_sig(r: R) -> str:
    return r(
        [
            "The {company} Talent Acquisition Team",
            "{company} Recruiting",
            "The {company} Hiring Team",
            "People Team, {company}",
            "{company} Careers",
            "The Recruitment Team\n{company}",
            "{company} Talent Team",
            "{company} Human Resources",
            "Talent Acquisition\n{company}",
            "The {company} People & Culture Team",
            "{company} Early Careers Team",
            "HR Department\n{company}",
            "{company} Recruitment",
            "The Team at {company}",
        ]
    )


def sig(r: R, human: float = 0.5) -> str:
    return r.body(signoff(r) + "\n" + (human_sig(r) if r.chance(human) else team_sig(r)))


def legal_footer(r: R) -> str:
    return r.maybe(
        0.35,
        [
            "This email and any attachments are confidential and intended solely for the addressee. "
            "If you have received it in error, please notify the sender and delete it.",
            "{company} is an equal opportunity employer. [[We celebrate diversity and are committed to creating an inclusive environment for all employees.|All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.]]",
            "{company} Ltd is registered in England and Wales (company no. 0{ref}). Registered office: {street}, {city}.",
            "Please consider the environment before printing this email.",
            "To learn how we process your personal data as an applicant, please read our Candidate Privacy Notice at https://{cdomain}/privacy/candidates.",
            "CONFIDENTIALITY NOTICE: The contents of this email message and any attachments are intended solely for the addressee(s).",
            "{company}, {street}, {city}",
        ],
    )


def quote_block(r: R, text: str, who: str, when: str | None = None) -> str:
    lines = "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
    when = when or r("On {date}, [[at|]] {time2}")
    return f"{when} {who} wrote:\n{lines}"


# --- applicant tracking systems --------------------------------------------------------------
# each entry: sender template, footer templates, portal link template
ATS = {
    "greenhouse": dict(
        sender=[
            "{company} <no-reply@us.greenhouse-mail.io>",
            "{company} Recruiting <no-reply@greenhouse.io>",
            "{company} Hiring Team <no-reply@us.greenhouse-mail.io>",
            "{rfull} <no-reply@greenhouse.io>",
        ],
        footer=[
            "[[Powered by Greenhouse|This email was sent by {company} via Greenhouse.|]]",
            "Please do not reply to this email. Replies to this address are not monitored.",
            "[[?greenhouse.io]]",
        ],
        link="https://job-boards.greenhouse.io/{cslug}/jobs/{ref}",
    ),
    "lever": dict(
        sender=[
            "{company} <no-reply@hire.lever.co>",
            "{rfull} from {company} <no-reply@hire.lever.co>",
            "{company} Talent <notifications@lever.co>",
        ],
        footer=[
            "[[Sent with Lever|Sent via Lever|]]",
            "You are receiving this email because you applied to a role at {company}.",
            "[[Unsubscribe|Opt out of future emails from {company}]]",
        ],
        link="https://jobs.lever.co/{cslug}/{tok}",
    ),
    "workday": dict(
        sender=[
            "{company} <{cslug}@myworkday.com>",
            "{company} Talent Acquisition <{cslug}@myworkday.com>",
            "Workday <{cslug}@myworkday.com>",
            "{company} Careers <donotreply@myworkday.com>",
        ],
        footer=[
            "This is a system-generated email. Please do not reply.",
            "To view the status of your application, sign in to your Candidate Home account: https://{cslug}.wd5.myworkdayjobs.com/en-US/careers/userHome",
            "Please do not reply to this email; this mailbox is not monitored.",
        ],
        link="https://{cslug}.wd3.myworkdayjobs.com/en-US/External/job/{req}",
    ),
    "icims": dict(
        sender=[
            "{company} Careers <noreply@{cslug}.icims.com>",
            "{company} <do-not-reply@icims.com>",
            "careers-{cslug}@icims.com",
        ],
        footer=[
            "This message was sent from an unmonitored mailbox. Please do not reply.",
            "Manage your profile and job alerts: https://careers-{cslug}.icims.com/jobs/login",
            "[[Powered by iCIMS|iCIMS Talent Platform|]]",
        ],
        link="https://careers-{cslug}.icims.com/jobs/{ref}/job",
    ),
    "smartrecruiters": dict(
        sender=[
            "{company} <notifications@smartrecruiters.com>",
            "{rfull} at {company} <notifications@smartrecruiters.com>",
            "{company} Hiring Team <noreply@smartrecruiters.com>",
        ],
        footer=[
            "Powered by SmartRecruiters | Privacy Policy | Terms of Use",
            "You are receiving this email because you applied for a job with {company}. SmartRecruiters Inc., 225 Bush Street, San Francisco, CA.",
            "[[Unsubscribe|Manage preferences]]",
        ],
        link="https://jobs.smartrecruiters.com/{cslug}/{ref}",
    ),
    "ashby": dict(
        sender=[
            "{company} <no-reply@ashbyhq.com>",
            "{rfull} <no-reply@ashbyhq.com>",
            "{company} Recruiting <recruiting@{cdomain}>",
        ],
        footer=[
            "[[Sent with Ashby|Powered by Ashby|]]",
            "Update your application: https://jobs.ashbyhq.com/{cslug}/application",
            "You can reply to this email to reach the {company} recruiting team.",
        ],
        link="https://jobs.ashbyhq.com/{cslug}/{tok}",
    ),
    "taleo": dict(
        sender=[
            "{company} <{cslug}@taleo.net>",
            "{company} Careers <noreply@taleo.net>",
            "{company} Recruitment <{cslug}.recruiting@taleo.net>",
        ],
        footer=[
            "***Please do not reply to this message. This is an automatically generated e-mail.***",
            "Job number: {req}",
            "To access your candidate profile, go to https://{cslug}.taleo.net/careersection/ex/mysubmissions.ftl",
        ],
        link="https://{cslug}.taleo.net/careersection/ex/jobdetail.ftl?job={req}",
    ),
    "workable": dict(
        sender=[
            "{company} <noreply@candidates.workablemail.com>",
            "{rfull} from {company} <noreply@candidates.workablemail.com>",
        ],
        footer=[
            "Powered by Workable",
            "This email was sent to you by {company} via Workable. [[Unsubscribe|Privacy notice]]",
            "[[?Workable Software Limited, 1-2 Emerald Street, London]]",
        ],
        link="https://apply.workable.com/{cslug}/j/{tok}/",
    ),
    "bamboohr": dict(
        sender=[
            "{company} <notifications@app.bamboohr.com>",
            "{company} Hiring <no-reply@bamboohr.com>",
            "{rfull} <{cslug}@bamboohr.com>",
        ],
        footer=[
            "[[Powered by BambooHR|Sent using BambooHR|]]",
            "This email was sent on behalf of {company}. Please do not reply directly.",
        ],
        link="https://{cslug}.bamboohr.com/careers/{ref}",
    ),
    "jobvite": dict(
        sender=[
            "{company} Recruiting <notification@jobvite.com>",
            "{company} <noreply@jobvite.com>",
            "{rfull} via Jobvite <notification@jobvite.com>",
        ],
        footer=[
            "Powered by Jobvite",
            "This message was sent via Jobvite on behalf of {company}. To stop receiving emails, click here.",
            "[[Candidate privacy policy|Manage your communication preferences]]",
        ],
        link="https://jobs.jobvite.com/{cslug}/job/{tok}",
    ),
    "teamtailor": dict(
        sender=[
            "{company} <no-reply@teamtailor-mail.com>",
            "{rfull} - {company} <{cslug}@teamtailor-mail.com>",
        ],
        footer=[
            "Sent with Teamtailor",
            "Want us to delete your data? [[Click here|Manage your data here]]: https://{cslug}.teamtailor.com/connect/data",
            "{company} · {street} · {city}",
        ],
        link="https://{cslug}.teamtailor.com/jobs/{ref}",
    ),
    "personio": dict(
        sender=[
            "{company} <no-reply@personio.de>",
            "{company} Recruiting <jobs@{cslug}.jobs.personio.de>",
        ],
        footer=[
            "[[Powered by Personio|This email was sent via Personio.|]]",
            "Information on data protection: https://{cslug}.jobs.personio.de/privacy-policy",
            "{company} GmbH · {street} · {city}",
        ],
        link="https://{cslug}.jobs.personio.de/job/{ref}",
    ),
}
ATS_NAMES = list(ATS)


def ats_sender(r: R, ats: str) -> str:
    return r(ATS[ats]["sender"])


def ats_footer(r: R, ats: str) -> str:
    parts = [r(f) for f in ATS[ats]["footer"] if r.chance(0.6)]
    return "\n".join(p for p in parts if p)


def ats_link(r: R, ats: str) -> str:
    return r(ATS[ats]["link"])


def company_sender(r: R) -> str:
    return r(
        [
            "{company} Careers <careers@{cdomain}>",
            "{company} Recruitment <recruitment@{cdomain}>",
            "{company} Talent <talent@{cdomain}>",
            "jobs@{cdomain}",
            "{company} HR <hr@{cdomain}>",
            "{company} <no-reply@{cdomain}>",
            "{company} Hiring <hiring@{cdomain}>",
            "{company} People Team <people@{cdomain}>",
            "noreply@careers.{cdomain}",
        ]
    )


def human_sender(r: R) -> str:
    return r(
        [
            "{rfull} <{rmail}>",
            "{rfull} <{rinit}>",
            "{rfirst} {rlast} <{rmail}>",
            "{rmail}",
            "{rfirst} from {company} <{rmail}>",
            '"{rlast}, {rfirst}" <{rmail}>',
        ]
    )


def html_header(r: R) -> str:
    """Text rendering of the top of an HTML mail."""
    return r.maybe(
        0.8,
        [
            "View this email in your browser",
            "[{company} logo]",
            "{company}",
            "Having trouble viewing this email? View it online.",
            "[image: {company}]",
            "{company} | Careers",
            "View in browser\n\n[{company}]",
        ],
    )


def html_footer(r: R) -> str:
    lines = [
        r(
            [
                "Follow us: LinkedIn | Instagram | X",
                "Find us on LinkedIn · Glassdoor · Instagram",
                "[LinkedIn] [Twitter] [Facebook] [YouTube]",
                "Connect with us on LinkedIn",
            ]
        ),
        r("© {year} {company}. All rights reserved."),
        r(["{street}, {city}", "{company} | {street} | {city}"]),
        r(
            [
                "Unsubscribe | Privacy Policy",
                "Privacy Policy · Terms · Unsubscribe",
                "You received this email because you applied for a position at {company}. Unsubscribe from candidate emails.",
                "Manage email preferences | Unsubscribe",
                "Don't want these emails? Unsubscribe.",
            ]
        ),
    ]
    return "\n".join(x for x in lines if r.chance(0.75))
