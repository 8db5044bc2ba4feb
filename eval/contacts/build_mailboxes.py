"""Write eval/contacts/mailboxes.jsonl: labelled rejections inside realistic little mailboxes.

    python eval/contacts/build_mailboxes.py

Deterministic (fixed seed). Every company, person, address and sentence here is invented for
rejectwatch; the formats imitate what applicant-tracking systems send, nothing is copied.
See README.md in this folder for the format and the labelling rules.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "mailboxes.jsonl"
USER = ("Alex Morgan", "alex.morgan@mailbox.example")

# --------------------------------------------------------------------------- companies
# (name as people write it, domain, ticker or "")
COMPANIES: list[tuple[str, str, str]] = [
    ("Northwind Analytics", "northwindanalytics.com", ""),
    ("Cadence Biolabs", "cadencebio.com", "CDBL"),
    ("Quillmark", "quillmark.io", ""),
    ("Harbor & Finch", "harborfinch.co.uk", ""),
    ("Brightwater Energy", "brightwater-energy.com", "BWE"),
    ("Obelisk Software", "obelisk.dev", ""),
    ("Vantari", "vantari.com", ""),
    ("Cedar Lane Health", "cedarlanehealth.org", ""),
    ("Silverpine Bank", "silverpinebank.com", "SPB"),
    ("Lumen Robotics", "lumenrobotics.ai", ""),
    ("Tessellate", "tessellate.io", ""),
    ("Ironbridge Logistics", "ironbridge.com", "IBL"),
    ("Marlow Foods", "marlowfoods.co.uk", ""),
    ("Kestrel Media", "kestrelmedia.com", ""),
    ("Ostara Games", "ostaragames.com", ""),
    ("Pallas Insurance", "pallas-insurance.com", "PLS"),
    ("Zentrix", "zentrix.de", ""),
    ("Bluefin Capital", "bluefincap.com", ""),
    ("Aldergrove Schools", "aldergrove.ac.uk", ""),
    ("Copperleaf Studios", "copperleafstudios.com", ""),
    ("Helix Therapeutics", "helixtx.com", "HLXT"),
    ("Nimbus Cloudworks", "nimbuscloud.com", ""),
    ("Redwood Civic", "redwoodcivic.org", ""),
    ("Sable Motors", "sablemotors.com", "SBLM"),
    ("Juniper Retail", "juniperretail.com", ""),
    ("Arcadia Travel", "arcadiatravel.com", ""),
    ("Meridian Rail", "meridianrail.co.uk", ""),
    ("Fathom Data", "fathomdata.io", ""),
    ("Glasshouse", "glasshouse.design", ""),
    ("Orchard Pharma", "orchardpharma.com", "ORPH"),
    ("Tidewater Homes", "tidewaterhomes.com", ""),
    ("Vireo Health", "vireohealth.com", ""),
    ("Wexford Partners", "wexfordpartners.com", ""),
    ("Yellowstone Mutual", "ysmutual.com", ""),
    ("Quantic Labs", "quanticlabs.com", ""),
    ("Beacon Street Media", "beaconstreet.media", ""),
    ("Caldera Systems", "calderasys.com", "CLDS"),
    ("Drumlin", "drumlin.io", ""),
    ("Emberly", "emberly.com", ""),
    ("Foxglove Bio", "foxglovebio.com", ""),
    ("Granite Peak Partners", "granitepeak.com", ""),
    ("Hollis & Reed", "hollisreed.com", ""),
    ("Ivory Tower Press", "ivorytowerpress.com", ""),
    ("Jetstream Aviation", "jetstreamaviation.com", "JSA"),
    ("Kinsale Architects", "kinsale.ie", ""),
    ("Larkspur Energy", "larkspurenergy.com", ""),
    ("Monarch Payments", "monarchpay.com", "MNPY"),
    ("Nettle", "nettle.app", ""),
    ("Oakhurst Clinic", "oakhurstclinic.com", ""),
    ("Parallax Security", "parallaxsec.com", ""),
    ("Quarry Hill Engineering", "quarryhill.co.uk", ""),
    ("Rookwood Insurance", "rookwood.com", ""),
    ("Saltmarsh Studios", "saltmarsh.studio", ""),
    ("Thornbury Council", "thornbury.gov.uk", ""),
    ("Umbra Networks", "umbranetworks.com", "UMBR"),
    ("Valence Chemicals", "valencechem.com", ""),
    ("Westbrook Logistics", "westbrooklogistics.com", ""),
    ("Xylo Music", "xylomusic.com", ""),
    ("Yardley Grant", "yardleygrant.com", ""),
    ("Zephyr Mobility", "zephyrmobility.com", ""),
    ("Amberley Estates", "amberleyestates.co.uk", ""),
    ("Brisk Health", "briskhealth.com", ""),
    ("Corvid Intelligence", "corvid.ai", ""),
    ("Delphine Cosmetics", "delphine.fr", ""),
    ("Everline Telecom", "everline.com", "EVLT"),
    ("Fernhill Foods", "fernhillfoods.com", ""),
    ("Gallium Semiconductor", "gallium-semi.com", "GLSM"),
    ("Hearth Energy", "hearthenergy.co.uk", ""),
    ("Inkwell", "inkwell.so", ""),
    ("Jadeport", "jadeport.com", ""),
    ("Keystone Mutual", "keystonemutual.com", ""),
    ("Lodestar Maps", "lodestarmaps.com", ""),
    ("Mosaic Learning", "mosaiclearning.org", ""),
    ("Northgate University", "northgate.edu", ""),
    ("Orbitline", "orbitline.space", ""),
    ("Pinecrest Hospital", "pinecresthospital.org", ""),
    ("Quayside Hotels", "quaysidehotels.com", ""),
    ("Riverstone Credit Union", "riverstonecu.org", ""),
    ("Stonebridge Consulting", "stonebridgeconsulting.com", ""),
    ("Trellis", "trellis.farm", ""),
    ("Upland Outdoor", "uplandoutdoor.com", ""),
    ("Verdant Grid", "verdantgrid.com", "VGRD"),
    ("Wildcard Games", "wildcardgames.com", ""),
    ("Axiom Freight", "axiomfreight.com", ""),
    ("Blackthorn Legal", "blackthornlegal.com", ""),
    ("Crescent Dental", "crescentdental.com", ""),
    ("Dovetail Furniture", "dovetailfurniture.com", ""),
    ("Eastwind Airlines", "eastwindair.com", "EWA"),
    ("Fieldnote", "fieldnote.app", ""),
    ("Greyhaven Defense", "greyhaven.com", ""),
    ("Halcyon Spa Group", "halcyonspa.com", ""),
    ("Isosceles", "isosceles.io", ""),
    ("Jubilee Markets", "jubileemarkets.com", ""),
    ("Kettle & Crane", "kettlecrane.com", ""),
    ("Limelight Ticketing", "limelighttix.com", ""),
    ("Mirador Hotels", "miradorhotels.com", "MRDR"),
    ("Nova Scotia Power Co", "nspco.ca", ""),
    ("Outpost Coffee", "outpostcoffee.com", ""),
    ("Pelican Bay Aquarium", "pelicanbay.org", ""),
    ("Quorum Health", "quorumhealth.com", ""),
    ("Rampart Cyber", "rampartcyber.com", ""),
    ("Seabright Wind", "seabrightwind.com", ""),
    ("Tandem Bikes", "tandembikes.com", ""),
    ("Unison Payroll", "unisonpayroll.com", ""),
    ("Vesper Analytics", "vesperanalytics.com", ""),
    ("Willow Creek Pharmacy", "willowcreekrx.com", ""),
    ("Xenon Optics", "xenonoptics.com", ""),
    ("Yarrow Wellness", "yarrowwellness.com", ""),
    ("Zinnia Books", "zinniabooks.com", ""),
    ("Atlas Grove", "atlasgrove.com", ""),
    ("Bramble Robotics", "bramblerobotics.com", ""),
    ("Cinder Security", "cindersec.io", ""),
    ("Dunmore Brewing", "dunmorebrewing.ie", ""),
    ("Elmstead Bank", "elmsteadbank.co.uk", "ELMB"),
    ("Frostline HVAC", "frostlinehvac.com", ""),
    ("Gossamer Fashion", "gossamer.fashion", ""),
    ("Heliotrope Solar", "heliotropesolar.com", ""),
    ("Inverness Medical Devices", "invernessmd.com", ""),
    ("Jasper Ridge Capital", "jasperridge.com", ""),
    ("Kiln Ceramics", "kilnceramics.com", ""),
    ("Lattice Bio", "latticebio.com", ""),
    ("Mistral Shipping", "mistralshipping.gr", ""),
    ("Nightjar Audio", "nightjaraudio.com", ""),
    ("Opaline Glass", "opalineglass.com", ""),
    ("Primrose Care", "primrosecare.co.uk", ""),
    ("Quicksilver Courier", "quicksilvercourier.com", ""),
    ("Rosewood Realty", "rosewoodrealty.com", ""),
    ("Summit Ridge Insurance", "summitridge.com", "SRIG"),
    ("Tamarind Kitchens", "tamarindkitchens.com", ""),
    ("Ultraviolet Labs", "uvlabs.io", ""),
    ("Vanguard Rail Systems", "vanguardrail.com", ""),
    ("Waypoint Navigation", "waypointnav.com", ""),
    ("Yucca Valley Water", "yvwater.org", ""),
    ("Zodiac Aerospace Tools", "zodiactools.com", ""),
    ("Anchorage Fintech", "anchoragefin.com", ""),
    ("Bellweather", "bellweather.io", ""),
    ("Clearwater Analytics Group", "clearwaterag.com", ""),
    ("Driftwood Labs", "driftwoodlabs.com", ""),
    ("Echo Park Media", "echoparkmedia.com", ""),
    ("Fable & Co", "fableandco.com", ""),
    ("Gridiron Sports", "gridironsports.com", ""),
    ("Hawthorne Medical", "hawthornemed.com", ""),
    ("Indigo Freight", "indigofreight.com", ""),
    ("Jolly Roger Toys", "jollyrogertoys.com", ""),
    ("Kudzu", "kudzu.tech", ""),
    ("Lakeshore Credit", "lakeshorecredit.com", ""),
    ("Mapleton Mills", "mapletonmills.com", ""),
    ("Nautilus Diving", "nautilusdiving.com", ""),
    ("Overland Trucking", "overlandtrucking.com", ""),
    ("Prairie Wind Coop", "prairiewind.coop", ""),
    ("Quintessa", "quintessa.eu", ""),
    ("Ridgeback Ventures", "ridgeback.vc", ""),
    ("Sundial Analytics", "sundialanalytics.com", ""),
    ("Topaz Jewelers", "topazjewelers.com", ""),
    ("Upstart Kitchens", "upstartkitchens.com", ""),
    ("Velvet Rope Events", "velvetrope.events", ""),
    ("Windmill Software", "windmillsoftware.nl", ""),
    ("Yoke", "yoke.so", ""),
    ("Zenith Assurance", "zenithassurance.com", "ZNA"),
    ("Alpenglow Outfitters", "alpenglow.com", ""),
    ("Basalt Mining", "basaltmining.com.au", ""),
    ("Cobalt Harbor", "cobaltharbor.com", ""),
    ("Dragonfly Health", "dragonflyhealth.com", ""),
    ("Estuary Biotech", "estuarybio.com", ""),
]

FIRST = [
    "Jane",
    "Priya",
    "Mateo",
    "Chloé",
    "Daniel",
    "Aisha",
    "Tom",
    "Lena",
    "Marcus",
    "Sofia",
    "Kwame",
    "Hannah",
    "Yuki",
    "Oliver",
    "Fatima",
    "Liam",
    "Grace",
    "Ravi",
    "Elena",
    "Noah",
    "Ines",
    "Samuel",
    "Mei",
    "Jonas",
    "Amara",
    "Ethan",
    "Zoe",
    "Tariq",
    "Ruth",
    "Felix",
]
LAST = [
    "Doe",
    "Shah",
    "Lindqvist",
    "Moreau",
    "Cohen",
    "Okafor",
    "Brennan",
    "Vogel",
    "Reid",
    "Alvarez",
    "Mensah",
    "Kowalski",
    "Tanaka",
    "Hughes",
    "Haddad",
    "Byrne",
    "Nakamura",
    "Patel",
    "Rossi",
    "Fischer",
    "Duarte",
    "Osei",
    "Chen",
    "Berg",
    "Nwosu",
    "Walsh",
    "Ibrahim",
    "Keller",
]
RECRUITER_TITLES = [
    "Talent Acquisition Partner",
    "Senior Recruiter",
    "Technical Recruiter",
    "Recruiting Coordinator",
    "Talent Partner",
    "People & Talent Lead",
    "HR Business Partner",
    "Campus Recruiter",
]
POSITIONS = [
    "Data Analyst",
    "Senior Data Analyst",
    "Backend Engineer",
    "Software Engineer II",
    "Product Designer",
    "Marketing Coordinator",
    "Financial Analyst",
    "DevOps Engineer",
    "Customer Success Manager",
    "Junior Accountant",
    "Machine Learning Engineer",
    "Business Intelligence Developer",
    "Project Coordinator",
    "QA Engineer",
    "Site Reliability Engineer",
    "Operations Associate",
    "Content Writer",
    "UX Researcher",
    "Frontend Developer",
    "Data Scientist",
    "Technical Writer",
    "IT Support Specialist",
    "Supply Chain Analyst",
    "Staff Accountant",
    "Product Manager",
    "Sales Development Representative",
    "Research Assistant",
    "Platform Engineer",
    "Clinical Data Coordinator",
    "HR Generalist",
    "Graduate Software Engineer",
    "Analytics Engineer",
    "Security Analyst",
    "Program Manager",
    "Solutions Architect",
    "Mobile Developer (iOS)",
    "Embedded Software Engineer",
    "Digital Marketing Specialist",
    "Risk Analyst",
    "Payroll Specialist",
]

# Requisition formats: (how the mail writes it, the label). {n} is filled with digits.
REQ_FORMATS: list[tuple[str, str]] = [
    ("JR-{n7}", "JR-{n7}"),
    ("R{n6}", "R{n6}"),
    ("Req #{n4}", "{n4}"),
    ("Job ID {n2}-{n3}", "{n2}-{n3}"),
    ("REQ-2025-{n4}", "REQ-2025-{n4}"),
    ("JR{n6}", "JR{n6}"),
    ("Requisition ID: {n5}", "{n5}"),
    ("P-{n5}", "P-{n5}"),
    ("Job Ref: ENG/{n4}", "ENG/{n4}"),
    ("{n4}BR", "{n4}BR"),
]

# --------------------------------------------------------------------------- reasons
# (label, sentence). Labels follow README.md's order of precedence.
REASON_SENTENCES: list[tuple[str, str]] = [
    (
        "another_candidate",
        "We have decided to move forward with other candidates whose experience more closely matches our needs at this time.",
    ),
    (
        "another_candidate",
        "After careful review, we have chosen to pursue another candidate for this position.",
    ),
    (
        "another_candidate",
        "The hiring team has selected a candidate whose background is a closer fit for the role.",
    ),
    (
        "another_candidate",
        "We received a large number of applications and have moved forward with applicants who more closely match the requirements.",
    ),
    ("another_candidate", "We have decided to proceed with an internal candidate for this role."),
    (
        "another_candidate",
        "While your background is impressive, we have decided to progress other applicants whose profiles are more aligned with the position.",
    ),
    ("another_candidate", "We have extended an offer to another candidate, who has accepted."),
    ("position_filled", "We wanted to let you know that this position has now been filled."),
    (
        "position_filled",
        "The role you applied for has been filled and we are no longer accepting applications.",
    ),
    ("position_filled", "We have now filled the vacancy."),
    (
        "role_cancelled",
        "Unfortunately the requisition has been cancelled and we will not be hiring for this role.",
    ),
    (
        "role_cancelled",
        "Due to a change in business priorities, the position has been put on hold indefinitely.",
    ),
    (
        "role_cancelled",
        "The position has been closed, so we are unable to move your application forward.",
    ),
    ("role_cancelled", "This role has been eliminated as part of a restructuring of the team."),
    ("role_cancelled", "We are no longer recruiting for this position."),
    (
        "experience_skills",
        "At this time your application does not meet the minimum qualifications for the role.",
    ),
    (
        "experience_skills",
        "We are looking for candidates with more hands-on experience in production systems.",
    ),
    (
        "experience_skills",
        "Your skills and experience do not closely match the requirements of this position.",
    ),
    (
        "experience_skills",
        "After review, your application was not referred to the hiring manager for further consideration.",
    ),
    (
        "experience_skills",
        "The role requires more years of experience in regulated environments than your application shows.",
    ),
    (
        "eligibility",
        "This role requires permanent work authorisation in the United Kingdom, and we are unable to offer visa sponsorship.",
    ),
    (
        "eligibility",
        "Unfortunately you are not eligible for this position, as it is open only to candidates located in Germany.",
    ),
    (
        "eligibility",
        "As the role requires the successful candidate to be based within commuting distance of our Denver office, we cannot progress your application.",
    ),
    ("eligibility", "We are unable to sponsor employment visas for this position."),
    ("unknown", "Unfortunately, we will not be moving forward with your application at this time."),
    ("unknown", "We regret to inform you that we have decided not to proceed with your candidacy."),
    (
        "unknown",
        "After careful consideration, we will not be progressing your application further.",
    ),
    ("unknown", "Your application was not successful on this occasion."),
]
AFTER_INTERVIEW = [
    "Thank you for taking the time to interview with our team last week.",
    "It was a pleasure meeting you during the interview process.",
    "Thank you for speaking with us about the role; we enjoyed getting to know you.",
]
KEEP_ON_FILE = [
    "We will keep your resume on file and may reach out if a suitable opening arises.",
    "We encourage you to apply for future roles that match your experience.",
    "",
    "",
]


def _digits(rng: random.Random) -> dict[str, str]:
    return {
        "n2": f"{rng.randint(10, 99)}",
        "n3": f"{rng.randint(100, 999)}",
        "n4": f"{rng.randint(1000, 9999)}",
        "n5": f"{rng.randint(10000, 99999)}",
        "n6": f"{rng.randint(100000, 999999)}",
        "n7": f"{rng.randint(0, 9999999):07d}",
    }


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _first_word(name: str) -> str:
    return _slug(name.split(maxsplit=1)[0])


# --------------------------------------------------------------------------- ATS senders
# Each returns (display, address, reply_to) for a company; `deco` picks the display decoration.

DECORATIONS = [
    "plain",
    "hr",
    "notification",
    "careers_label",
    "ticker",
    "via",
    "recruiting_team",
    "the_talent_team",
    "talent_acquisition",
    "hiring_team",
    "division",
    "careers_team",
    "none",
    "generic_word",
    "jobs",
    "people_team",
    "recruitment",
    "legal_form",
    "noreply_prefix",
    "careers",
]


def decorate(company: str, ticker: str, deco: str, ats_name: str, rng: random.Random) -> str:
    first = company.split(maxsplit=1)[0]
    if deco == "plain":
        return company
    if deco == "hr":
        return f"{company} HR"
    if deco == "notification":
        return f"{company} {rng.choice(['Notification', 'Notifications'])}"
    if deco == "careers_label":
        return f"{company} Careers {rng.choice(['(Talent Inbox)', '| Recruiting Mailbox', '[External]', '- Candidate Communications'])}"
    if deco == "ticker":
        sym = ticker or _slug(company)[:4].upper()
        exch = rng.choice(["NYSE", "NASDAQ", "LSE"])
        shown = company.upper() if rng.random() < 0.4 else company
        return f"{shown} ({exch}: {sym})"
    if deco == "via":
        return f"{company} via {ats_name}"
    if deco == "recruiting_team":
        return f"{company} Recruiting Team"
    if deco == "the_talent_team":
        return f"The {company} Talent Acquisition Team"
    if deco == "talent_acquisition":
        return f"{company} Talent Acquisition"
    if deco == "hiring_team":
        return f"{company} Hiring Team"
    if deco == "division":
        return f"{first} {rng.choice(['Cloud', 'Consumer', 'Digital', 'Retail Banking', 'Research'])} Recruiting"
    if deco == "careers_team":
        return f"{company} Careers Team"
    if deco == "none":
        return ""
    if deco == "generic_word":
        return rng.choice(
            [
                "No Reply",
                "Notifications",
                "Talent Acquisition",
                "Recruiting",
                "Careers",
                "Candidate Experience",
            ]
        )
    if deco == "jobs":
        return f"{company} Jobs"
    if deco == "people_team":
        return f"{company} People Team"
    if deco == "recruitment":
        return f"{company} Recruitment"
    if deco == "legal_form":
        return f"{company}{rng.choice([', Inc.', ' Ltd', ' LLC', ' GmbH', ' plc', ' Inc'])}"
    if deco == "noreply_prefix":
        low = company.lower()
        return rng.choice(
            [
                f"do-not-reply {low}",
                f"Workday_no_reply {low}",
                f"noreply {low}",
                f"no-reply_{_slug(company)}",
            ]
        )
    if deco == "careers":
        return f"{company} Careers"
    raise ValueError(deco)


def tenant(company: str, rng: random.Random) -> str:
    """How a hiring tool spells the company in a host or local part."""
    slug = _slug(company)
    return rng.choice([slug, slug, _first_word(company)]) if len(slug) > 4 else slug


ATS: dict[str, dict[str, Any]] = {
    # name: display word, address makers (tenant -> address)
    "Workday": {
        "addr": [
            "{t}@myworkday.com",
            "{t}@myworkday.com",
            "no-reply@{t}.wd5.myworkday.com",
            "{t}@wd3.myworkday.com",
        ]
    },
    "Greenhouse": {
        "addr": [
            "no-reply@us.greenhouse-mail.io",
            "no-reply@greenhouse.io",
            "notifications@greenhouse-mail.io",
        ]
    },
    "Lever": {"addr": ["no-reply@hire.lever.co", "notifications@hire.lever.co"]},
    "iCIMS": {
        "addr": ["{t}+autoreply@talent.icims.com", "careers-{t}@icims.com", "{t}@talent.icims.com"]
    },
    "SmartRecruiters": {
        "addr": [
            "noreply@smartrecruiters.com",
            "{t}@smartrecruiters-mail.com",
            "no-reply@mail.smartrecruiters.com",
        ]
    },
    "SuccessFactors": {
        "addr": ["noreply@successfactors.eu", "{t}@successfactors.com", "do-not-reply@sapsf.com"]
    },
    "Taleo": {"addr": ["{t}@taleo.net", "noreply@{t}.taleo.net"]},
    "Oleeo": {"addr": ["no-reply@{t}.tal.net", "{t}@tal.net"]},
    "Oracle": {
        "addr": [
            "no-reply@ekkb.fa.us2.oraclecloud.com",
            "noreply@fa-ewmy-saasfaprod1.fa.ocs.oraclecloud.com",
        ]
    },
    "UKG": {"addr": ["noreply@ultipro.com", "{t}@recruiting.ultipro.com", "no-reply@ukg.com"]},
    "Ashby": {"addr": ["no-reply@ashbyhq.com", "{t}@ashbyhq.com"]},
    "Workable": {"addr": ["noreply@candidates.workablemail.com", "{t}@workablemail.com"]},
    "Jobvite": {"addr": ["notifications@jobvite.com", "{t}@jobvite.com"]},
    "BambooHR": {"addr": ["notifications@app.bamboohr.com", "{t}@bamboohr.com"]},
    "Breezy": {"addr": ["{t}@breezy-mail.com", "noreply@breezy.hr"]},
    "Recruitee": {"addr": ["{t}@recruiteemail.com", "no-reply@recruitee.com"]},
    "Teamtailor": {"addr": ["no-reply@teamtailor-mail.com", "{t}@teamtailor-mail.com"]},
    "Personio": {"addr": ["noreply@personio.de", "jobs@{t}.jobs.personio.de"]},
    "JazzHR": {"addr": ["{t}@applytojob.com", "no-reply@applytojob.com"]},
    "Rippling": {"addr": ["no-reply@ats.rippling.com", "{t}@rippling.com"]},
    "Paylocity": {"addr": ["noreply@paylocity.com", "recruiting@paylocity.com"]},
    "ADP": {"addr": ["SecurityServices_NoReply@adp.com", "recruitment@workforcenow.adp.com"]},
    "Phenom": {"addr": ["{t}@phenompeople.com", "no-reply@phenom.com"]},
    "Eightfold": {"addr": ["no-reply@{t}.eightfold.ai", "careers@eightfold.ai"]},
    "Avature": {"addr": ["no-reply@{t}.avature.net", "{t}@avature.net"]},
    "Pinpoint": {"addr": ["no-reply@pinpointhq.com", "{t}@pinpointhq.com"]},
    "Comeet": {"addr": ["jobs@comeet-notifications.com", "{t}@comeet.co"]},
    "Cornerstone": {"addr": ["{t}@csod.com", "noreply@cornerstoneondemand.com"]},
    "Jobylon": {"addr": ["no-reply@jobylon.com", "{t}@jobylon.com"]},
    "Dayforce": {"addr": ["noreply@dayforcehcm.com"]},
    "Paycom": {"addr": ["noreply@paycomonline.net"]},
    "Freshteam": {"addr": ["{t}@freshteam.com"]},
    "HireVue": {"addr": ["noreply@hirevue.com"]},
    "Dover": {"addr": ["no-reply@mail.dover.com"]},
}
# Job boards send "your application to <position> at <company>" in their own name.
BOARDS: dict[str, tuple[str, str]] = {
    "LinkedIn": ("LinkedIn", "jobs-noreply@linkedin.com"),
    "Indeed": ("Indeed Apply", "indeedapply@indeed.com"),
    "ZipRecruiter": ("ZipRecruiter", "alerts@ziprecruiter.com"),
    "Glassdoor": ("Glassdoor", "noreply@glassdoor.com"),
    "Wellfound": ("Wellfound", "team@wellfound.com"),
    "Otta": ("Otta", "hello@otta.com"),
    "Handshake": ("Handshake", "notifications@mail.joinhandshake.com"),
    "RippleMatch": ("RippleMatch", "notifications@ripplematch.com"),
    "Hired": ("Hired", "noreply@hired.com"),
}


# --------------------------------------------------------------------------- builders


class Box:
    """One mailbox under construction."""

    def __init__(self, ident: str) -> None:
        self.ident = ident
        self.messages: list[dict[str, Any]] = []

    def add(self, **fields: Any) -> dict[str, Any]:
        fields.setdefault("folder", "INBOX")
        fields.setdefault("reply_to", "")
        fields.setdefault("in_reply_to", "")
        fields.setdefault("cc", "")
        fields["message_id"] = f"<{self.ident}.{len(self.messages)}@eval.rejectwatch.test>"
        self.messages.append(fields)
        return fields


def _addr(display: str, address: str) -> str:
    if not display:
        return address
    if re.search(r"[(),:;<>@\[\]\"|]", display):
        return f'"{display}" <{address}>'
    return f"{display} <{address}>"


def _position_phrase(position: str, req_text: str, rng: random.Random) -> tuple[str, str]:
    """(subject fragment, body fragment) naming the position with or without the requisition."""
    if not req_text:
        return position, position
    style = rng.randrange(5)
    if style == 0:
        return f"{req_text} {position}", f"{req_text} {position}"
    if style == 1:
        return f"{position} ({req_text})", f"{position} ({req_text})"
    if style == 2:
        return f"{position} - {req_text}", f"{position} ({req_text})"
    if style == 3:
        return f"{req_text} - {position}", f"{position}, {req_text},"
    return f"{position}, {req_text}", f"{position} ({req_text})"


def _sign_off(rng: random.Random) -> str:
    return rng.choice(
        [
            "Best regards,",
            "Kind regards,",
            "Sincerely,",
            "Thank you,",
            "Best,",
            "Warm regards,",
            "All the best,",
        ]
    )


def confirmation(
    box: Box,
    company: str,
    sender: str,
    position: str,
    pos_body: str,
    days: float,
    rng: random.Random,
) -> None:
    subject = rng.choice(
        [
            f"Thank you for applying to {company}",
            f"Application received: {position}",
            f"{company} - We received your application",
            f"Your application for {position}",
            f"Thanks for your interest in {company}!",
        ]
    )
    body = rng.choice(
        [
            f"Hi Alex,\n\nThank you for applying for the {pos_body} position at {company}. We have received your application and our team is reviewing it.\n\nIf your qualifications match our needs, a member of our recruiting team will be in touch.\n\n{_sign_off(rng)}\n{company} Talent Acquisition",
            f"Dear Alex Morgan,\n\nThanks for your interest in {company}! This note confirms that we received your application for {pos_body}.\n\nYou can check the status of your application at any time in our candidate portal.\n\nThe {company} Recruiting Team",
            f"Hello Alex,\n\nWe're excited you applied to be our next {position}. Our hiring team reviews every application and will reach out if there is a match.\n\nThanks again for considering {company} as your next employer.",
        ]
    )
    box.add(
        kind="confirmation",
        days_ago=days,
        **{"from": sender},
        to=_addr(*USER),
        subject=subject,
        body=body,
    )


def rejection_text(
    company: str,
    pos_body: str,
    reason_sentence: str,
    interviewed: bool,
    signature: str,
    rng: random.Random,
    keep: str,
    mention_company: bool = True,
) -> str:
    greet = rng.choice(["Dear Alex,", "Hi Alex,", "Hello Alex,", "Dear Alex Morgan,", "Alex,"])
    openers = [
        f"Thank you for your interest in {company} and for applying to the {pos_body} role.",
        f"Thank you for your interest in the {pos_body} position at {company}.",
        f"Thank you for applying for the {pos_body} position with {company}.",
        f"We appreciate the time you invested in your application for the {pos_body} opportunity at {company}.",
        f"Thanks for applying to {company}. We appreciate your interest in the {pos_body} role.",
        f"Thank you for considering {company} as the next step in your career, and for your application to the {pos_body} position.",
    ]
    if not mention_company:
        openers = [
            f"Thank you for applying for the {pos_body} position.",
            f"Thanks for your application for the {pos_body} role.",
        ]
    parts = [greet, "", rng.choice(openers)]
    if interviewed:
        parts.append(rng.choice(AFTER_INTERVIEW))
    parts += ["", reason_sentence]
    if keep:
        parts.append(keep)
    parts += [
        "",
        rng.choice(
            [
                "We wish you the best in your job search.",
                "We wish you every success in your career.",
                "Thank you again for your time.",
            ]
        ),
        "",
        signature,
    ]
    return "\n".join(parts)


def person(rng: random.Random, domain: str) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local_first = {"Chloé": "chloe"}.get(first, first.lower())
    style = rng.randrange(4)
    local = [
        f"{local_first}.{last.lower()}",
        f"{local_first[0]}{last.lower()}",
        local_first,
        f"{local_first}_{last.lower()}",
    ][style]
    return f"{first} {last}", f"{local}@{domain}"


def scheduling_thread(
    box: Box,
    name: str,
    address: str,
    company: str,
    position: str,
    days: float,
    rng: random.Random,
    with_calendar: bool,
    with_reply: bool,
) -> None:
    first = name.split(maxsplit=1)[0]
    msg = box.add(
        kind="scheduling",
        days_ago=days,
        **{"from": _addr(name, address)},
        to=_addr(*USER),
        subject=rng.choice(
            [
                f"{company} - {position} interview scheduling",
                f"Next steps: {position} at {company}",
                f"Interview availability - {position}",
                f"Quick chat about the {position} role?",
            ]
        ),
        body=f"Hi Alex,\n\nThanks for applying for the {position} role at {company}. I'd love to set up a 30-minute call with the hiring manager. Could you share a few times that work for you later this week?\n\nBest,\n{first}\n\n{name}\n{rng.choice(RECRUITER_TITLES)} | {company}\n{address}",
    )
    if with_reply:
        reply = box.add(
            kind="sent_reply",
            days_ago=days - 0.3,
            folder="Sent",
            **{"from": _addr(*USER)},
            to=_addr(name, address),
            subject="Re: " + msg["subject"],
            in_reply_to=msg["message_id"],
            body=f"Hi {first},\n\nThank you! Thursday after 2pm or Friday morning both work for me.\n\nBest,\nAlex",
        )
        box.add(
            kind="scheduling",
            days_ago=days - 0.8,
            **{"from": _addr(name, address)},
            to=_addr(*USER),
            subject="Re: " + msg["subject"],
            in_reply_to=reply["message_id"],
            body=f"Perfect, I've sent an invite for Friday at 10:00. Speak soon!\n\n{first}",
        )
    if with_calendar:
        calendar_invite(box, name, address, company, position, days - 0.9, rng, via_tool=False)


def calendar_invite(
    box: Box,
    name: str,
    address: str,
    company: str,
    position: str,
    days: float,
    rng: random.Random,
    via_tool: bool,
) -> None:
    summary = rng.choice(
        [
            f"Interview: Alex Morgan / {company}",
            f"{position} - first round ({company})",
            f"{company} <> Alex Morgan",
        ]
    )
    if via_tool:
        sender = rng.choice(
            [
                _addr("Calendly", "notifications@calendly.com"),
                _addr(f"{company} via GoodTime", "scheduling@goodtime.io"),
                _addr("Google Calendar", "calendar-notification@google.com"),
            ]
        )
    else:
        sender = _addr(name, address)
    box.add(
        kind="calendar",
        days_ago=days,
        **{"from": sender},
        to=_addr(*USER),
        subject=f"Invitation: {summary}",
        body=f"{name} has invited you to: {summary}\n\nJoin with video: https://meet.example/abc-defg-hij\n",
        calendar={
            "organizer_name": name,
            "organizer": address,
            "summary": summary,
            "starts_days_ago": days - 2,
        },
    )


def noise(box: Box, rng: random.Random, other: tuple[str, str] | None) -> None:
    """Unrelated mail a real inbox holds: alerts, newsletters, a recruiter from elsewhere."""
    box.add(
        kind="noise",
        days_ago=rng.uniform(2, 30),
        **{"from": _addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")},
        to=_addr(*USER),
        subject=f"{rng.randint(3, 30)} new jobs for 'data analyst'",
        body="Your job alert for data analyst\n\nNew jobs match your preferences. See all jobs on LinkedIn.",
    )
    if other is not None and rng.random() < 0.5:
        other_company, other_domain = other
        name, address = person(rng, other_domain)
        box.add(
            kind="noise_recruiter",
            days_ago=rng.uniform(5, 25),
            **{"from": _addr(name, address)},
            to=_addr(*USER),
            subject=f"Opportunity at {other_company}",
            body=f"Hi Alex,\n\nI came across your profile and think you'd be a strong fit for a role on our team at {other_company}. Open to a chat?\n\nCheers,\n{name}",
        )


# --------------------------------------------------------------------------- scenarios

SCENARIOS = (
    ["ats_history"] * 34
    + ["ats_calendar"] * 12
    + ["ats_sent"] * 12
    + ["ats_none"] * 38
    + ["person"] * 22
    + ["team_inbox"] * 10
    + ["team_with_history"] * 5
    + ["ats_signature"] * 6
    + ["ats_replyto"] * 5
    + ["ats_person_display"] * 8
    + ["ats_history_two"] * 5
    + ["board"] * 9
)


def build() -> list[dict[str, Any]]:
    rng = random.Random(20261130)
    companies = COMPANIES[:]
    rng.shuffle(companies)
    scenarios = SCENARIOS[:]
    rng.shuffle(scenarios)
    weights = {
        "Workday": 8,
        "Greenhouse": 5,
        "iCIMS": 3,
        "Lever": 3,
        "SmartRecruiters": 2,
        "Taleo": 2,
    }
    ats_names = [name for name in ATS for _ in range(weights.get(name, 1))]
    boxes = []
    for number, scenario in enumerate(scenarios):
        company, domain, ticker = companies[number % len(companies)]
        other = companies[(number + 7) % len(companies)]
        box = Box(f"mb{number:03d}")
        position = rng.choice(POSITIONS)
        req_text, req_label = "", ""
        if rng.random() < 0.55:
            fmt, lab = rng.choice(REQ_FORMATS)
            digits = _digits(rng)
            req_text, req_label = fmt.format(**digits), lab.format(**digits)
        pos_subject, pos_body = _position_phrase(position, req_text, rng)
        reason, sentence = rng.choice(REASON_SENTENCES)
        interviewed = (
            scenario in {"ats_history", "ats_calendar", "team_with_history", "ats_history_two"}
            and rng.random() < 0.5
        )
        label_reason = (
            "after_interview"
            if interviewed and reason not in {"role_cancelled", "position_filled"}
            else reason
        )
        ats = rng.choice(ats_names)
        t = tenant(company, rng)
        ats_address = rng.choice(ATS[ats]["addr"]).format(t=t)
        deco = DECORATIONS[rng.randrange(len(DECORATIONS))]
        ats_display = decorate(company, ticker, deco, ats, rng)
        ats_sender = _addr(ats_display, ats_address)
        signature = rng.choice(
            [
                f"{_sign_off(rng)}\nThe {company} Talent Acquisition Team",
                f"{_sign_off(rng)}\n{company} Recruiting",
                f"{_sign_off(rng)}\nTalent Acquisition\n{company}",
                f"{_sign_off(rng)}\nThe Recruiting Team at {company}",
                f"{_sign_off(rng)}\n{company} Careers",
            ]
        )
        draft_to, source = "", "none"
        reply_to = ""
        rej_sender = ats_sender
        rej_display_kind = deco
        recruiter_name, recruiter_address = person(rng, domain)
        title = rng.choice(RECRUITER_TITLES)
        days = rng.uniform(0.5, 4.0)

        if scenario not in {"person", "board"} and rng.random() < 0.85:
            confirmation(
                box, company, ats_sender, position, pos_body, days + rng.uniform(18, 40), rng
            )
        if scenario == "ats_history":
            scheduling_thread(
                box,
                recruiter_name,
                recruiter_address,
                company,
                position,
                days + rng.uniform(8, 12),
                rng,
                with_calendar=rng.random() < 0.5,
                with_reply=rng.random() < 0.7,
            )
            draft_to, source = recruiter_address, "history"
        elif scenario == "ats_history_two":
            # An older conversation with a coordinator about another role, then the recruiter.
            old_name, old_address = person(rng, domain)
            while old_address == recruiter_address:
                old_name, old_address = person(rng, domain)
            other_position = rng.choice([p for p in POSITIONS if p != position])
            box.add(
                kind="scheduling_old",
                days_ago=days + rng.uniform(150, 300),
                **{"from": _addr(old_name, old_address)},
                to=_addr(*USER),
                subject=f"Your application for {other_position}",
                body=f"Hi Alex,\n\nThanks for your interest in the {other_position} role at {company}. Are you free for a short call on Monday?\n\nRegards,\n{old_name}\nRecruiting Coordinator, {company}",
            )
            scheduling_thread(
                box,
                recruiter_name,
                recruiter_address,
                company,
                position,
                days + rng.uniform(8, 12),
                rng,
                with_calendar=rng.random() < 0.5,
                with_reply=True,
            )
            draft_to, source = recruiter_address, "history"
        elif scenario == "ats_calendar":
            calendar_invite(
                box,
                recruiter_name,
                recruiter_address,
                company,
                position,
                days + rng.uniform(7, 11),
                rng,
                via_tool=rng.random() < 0.6,
            )
            draft_to, source = recruiter_address, "history"
        elif scenario == "ats_sent":
            box.add(
                kind="sent_note",
                days_ago=days + rng.uniform(6, 15),
                folder="Sent",
                **{"from": _addr(*USER)},
                to=_addr(recruiter_name, recruiter_address),
                subject=rng.choice(
                    [
                        f"Following up: {position} application",
                        f"Thank you - {position}",
                        "Great to meet you at the careers fair",
                    ]
                ),
                body=f"Hi {recruiter_name.split()[0]},\n\nThank you for the conversation about the {position} role at {company}. I have submitted my application and would be glad to answer any questions.\n\nBest wishes,\nAlex Morgan",
            )
            draft_to, source = recruiter_address, "sent"
        elif scenario == "team_with_history":
            scheduling_thread(
                box,
                recruiter_name,
                recruiter_address,
                company,
                position,
                days + rng.uniform(8, 12),
                rng,
                with_calendar=False,
                with_reply=True,
            )
            local = rng.choice(["careers", "recruiting", "talent", "jobs", "hr"])
            rej_sender = _addr(
                rng.choice([f"{company} Careers", f"{company} Recruiting", company]),
                f"{local}@{domain}",
            )
            rej_display_kind = "team_inbox"
            draft_to, source = recruiter_address, "history"
        elif scenario == "team_inbox":
            local = rng.choice(["careers", "recruiting", "talent", "jobs", "hr", "recruitment"])
            rej_sender = _addr(
                rng.choice(
                    [
                        f"{company} Careers",
                        f"{company} Recruiting",
                        company,
                        f"{company} HR",
                        "Talent Acquisition",
                    ]
                ),
                f"{local}@{domain}",
            )
            rej_display_kind = "team_inbox"
            draft_to, source = f"{local}@{domain}", "sender"
        elif scenario == "person":
            rej_sender = _addr(recruiter_name, recruiter_address)
            rej_display_kind = "person"
            signature = f"{_sign_off(rng)}\n{recruiter_name}\n{title}, {company}"
            draft_to, source = recruiter_address, "sender"
            if rng.random() < 0.4:
                scheduling_thread(
                    box,
                    recruiter_name,
                    recruiter_address,
                    company,
                    position,
                    days + rng.uniform(8, 12),
                    rng,
                    with_calendar=rng.random() < 0.5,
                    with_reply=True,
                )
        elif scenario == "ats_signature":
            signature = (
                f"{_sign_off(rng)}\n{recruiter_name}\n{title} | {company}\n{recruiter_address}"
            )
            draft_to, source = recruiter_address, "signature"
        elif scenario == "ats_replyto":
            reply_to = _addr(recruiter_name, recruiter_address)
            signature = f"{_sign_off(rng)}\n{recruiter_name}\n{title}"
            draft_to, source = recruiter_address, "sender"
        elif scenario == "ats_person_display":
            # "Jane Doe <no-reply@greenhouse.io>": a recruiter's name on a machine address.
            no_reply = rng.choice(
                [
                    "no-reply@greenhouse.io",
                    "no-reply@hire.lever.co",
                    "no-reply@ashbyhq.com",
                    f"{t}@myworkday.com",
                ]
            )
            shown = rng.choice([recruiter_name, f"{recruiter_name.split()[0]} from {company}"])
            rej_sender = _addr(shown, no_reply)
            rej_display_kind = "person_on_machine"
            signature = f"{_sign_off(rng)}\n{recruiter_name}\n{title}, {company}"
            if rng.random() < 0.5:
                scheduling_thread(
                    box,
                    recruiter_name,
                    recruiter_address,
                    company,
                    position,
                    days + rng.uniform(8, 12),
                    rng,
                    with_calendar=False,
                    with_reply=True,
                )
                draft_to, source = recruiter_address, "history"
        noise(box, rng, (other[0], other[1]))

        subject_choices = [
            f"Your application to {company}",
            f"Update on your application: {pos_subject}",
            f"{company} | {pos_subject}",
            f"Regarding your application for {pos_subject}",
            f"{pos_subject} at {company}",
            f"Thank you for your interest in {company}",
            "An update on your application",
            f"Your {company} application",
            f"Application status - {pos_subject}",
        ]
        subject = rng.choice(subject_choices)
        mention_company = rng.random() < 0.85
        keep = rng.choice(KEEP_ON_FILE)
        if label_reason == "unknown" and "on file" in keep:
            label_reason = "kept_on_file"
        body = rejection_text(
            company, pos_body, sentence, interviewed, signature, rng, keep, mention_company
        )
        if company.lower() not in (subject + body + rej_sender).lower():
            body = rejection_text(
                company, pos_body, sentence, interviewed, signature, rng, keep, True
            )
        if scenario == "board":
            board = rng.choice(list(BOARDS))
            display, address = BOARDS[board]
            rej_sender = _addr(display, address)
            rej_display_kind = "board"
            subject = rng.choice(
                [
                    f"Your application to {position} at {company}",
                    f"Your update from {company}",
                    f"{company} has an update on your application",
                ]
            )
            body = (
                f"Your application to {position} at {company}\n\n{company} has reviewed your application. "
                f"{sentence}\n\nThanks for your interest in {company}. Keep applying; the right role is out there.\n\n"
                f"{board}\nYou are receiving this email because you applied for a job on {board}. Unsubscribe"
            )
            req_label = req_label if req_text and req_text in body else ""
            draft_to, source = "", "none"
        if req_text and req_text not in subject and req_text not in body:
            req_label = ""
        stated_position = position if (position in subject or position in body) else ""
        if not stated_position:
            req_label = ""
        rejection = box.add(
            kind="rejection",
            days_ago=days,
            **{"from": rej_sender},
            to=_addr(*USER),
            reply_to=reply_to,
            subject=subject,
            body=body,
        )
        boxes.append(
            {
                "mailbox": box.ident,
                "scenario": scenario,
                "ats": "board"
                if scenario == "board"
                else ("" if rej_display_kind in {"person", "team_inbox"} else ats),
                "display_kind": rej_display_kind,
                "messages": sorted(box.messages, key=lambda m: -m["days_ago"]),
                "expected": {
                    "rejection": rejection["message_id"],
                    "draft_to": draft_to,
                    "company": company,
                    "position": stated_position,
                    "requisition": req_label,
                    "reason": label_reason,
                    "contact_source": source,
                },
            }
        )
    return boxes


def main() -> None:
    boxes = build()
    with OUT.open("w", encoding="utf-8") as out:
        for box in boxes:
            out.write(json.dumps(box, ensure_ascii=False) + "\n")
    print(f"{len(boxes)} mailboxes -> {OUT}")


if __name__ == "__main__":
    main()
