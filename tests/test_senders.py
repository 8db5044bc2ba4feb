"""The catalogue of machine senders (senders.toml) and what senders.py reads from it."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailgen import mail_value
from rejectwatch.crm import senders
from rejectwatch.crm.decorations import strip_display
from rejectwatch.crm.extract import extract, is_no_reply
from rejectwatch.mail.message import Address

CATALOGUE = tomllib.loads(
    resources.files("rejectwatch.crm").joinpath("senders.toml").read_text(encoding="utf-8")
)
SYSTEMS = CATALOGUE["system"]
NEUTRAL = "Thank you for applying. Unfortunately we will not be moving forward.\n\nBest wishes"

# Every tool the issue names must be in the catalogue (by its name or one of its names).
NAMED = [
    "Workday", "Greenhouse", "Lever", "iCIMS", "SmartRecruiters", "SuccessFactors", "Taleo",
    "Oleeo", "Oracle Recruiting", "UKG", "UltiPro", "Ashby", "Workable", "Jobvite", "BambooHR",
    "Breezy", "Recruitee", "Teamtailor", "Personio", "JazzHR", "Rippling", "Paylocity", "ADP",
    "Phenom", "Eightfold", "Avature", "LinkedIn", "Indeed", "RippleMatch", "Handshake", "Gem",
    "Paradox", "HireVue", "Pinpoint", "Comeet", "Dover", "Wellfound", "Otta", "Hired",
    "ZipRecruiter", "Glassdoor", "Cornerstone", "Bullhorn", "Jobylon", "Calendly",
]  # fmt: skip


def _all_names() -> set[str]:
    return {n.lower() for s in SYSTEMS for n in [s["name"], *s["names"]]}


@pytest.mark.parametrize("name", NAMED)
def test_every_named_tool_is_catalogued(name: str) -> None:
    assert name.lower() in _all_names()


@pytest.mark.parametrize("system", SYSTEMS, ids=[s["name"] for s in SYSTEMS])
def test_every_catalogued_domain_is_a_machine_and_never_the_employer(
    system: dict[str, list[str]],
) -> None:
    for domain in system["domains"]:
        for address in (f"jane.doe@{domain}", f"acme@{domain}", f"no-reply@mail.{domain}"):
            assert senders.is_machine(address), address
            assert is_no_reply(address), address
            assert not senders.is_team_inbox(address), address
            assert senders.employer_domain(address) == "", address
            assert senders.system_for(address) is not None


@pytest.mark.parametrize(
    "system",
    [s for s in SYSTEMS if s["tenant"]],
    ids=[s["name"] for s in SYSTEMS if s["tenant"]],
)
def test_a_tenant_address_names_the_company(system: dict[str, list[str]]) -> None:
    domain = system["domains"][0]
    addresses = []
    if "subdomain" in system["tenant"]:
        addresses.append(f"no-reply@kestrel.{domain}")
    if "local" in system["tenant"]:
        addresses += [f"kestrel@{domain}", f"kestrel+autoreply@{domain}"]
    for address in addresses:
        assert senders.is_machine(address)
        assert senders.tenant(address) == "kestrel", address
        # extract decodes it when nothing else in the mail names the employer
        facts = extract(mail_value(sender=Address("", address), text=NEUTRAL))
        assert facts.company == "Kestrel", address
        assert facts.contact_address == ""


@pytest.mark.parametrize(
    "system", [s for s in SYSTEMS if s["kind"] == "ats"], ids=lambda s: s["name"]
)
def test_a_decorated_display_on_any_ats_names_the_company(system: dict[str, list[str]]) -> None:
    address = f"no-reply@{system['domains'][0]}"
    for display in ("Kestrel Robotics Careers", "Kestrel Robotics HR", "Kestrel Robotics"):
        facts = extract(mail_value(sender=Address(display, address), text=NEUTRAL))
        assert facts.company == "Kestrel Robotics", (display, address)
        assert facts.contact_address == ""


@pytest.mark.parametrize(
    ("address", "tenant"),
    [
        ("acme@myworkday.com", "acme"),
        ("acme@wd3.myworkday.com", "acme"),
        ("no-reply@acme.wd5.myworkday.com", "acme"),
        ("acme+autoreply@talent.icims.com", "acme"),
        ("careers-acme@icims.com", "acme"),
        ("no-reply@acme.tal.net", "acme"),
        ("noreply@acme.taleo.net", "acme"),
        ("jobs@acme.jobs.personio.de", "acme"),
        ("no-reply@ekkb.fa.us2.oraclecloud.com", ""),  # Oracle's host names no company
        ("no-reply@us.greenhouse-mail.io", ""),
        ("SecurityServices_NoReply@adp.com", ""),
        ("noreply@myworkday.com", ""),
        ("jane.doe@acme.com", ""),  # not a hiring tool at all
    ],
)
def test_tenant(address: str, tenant: str) -> None:
    assert senders.tenant(address) == tenant


@pytest.mark.parametrize(
    "address",
    [
        "noreply@acme.com",
        "no-reply@acme.com",
        "do-not-reply@acme.com",
        "DoNotReply@acme.com",
        "notifications@acme.com",
        "autoreply@acme.com",
        "system@acme.com",
        "careers-system@acme.com",
        "mailer-daemon@acme.com",
        "bounces+12345@acme.com",
        "alerts@acme.com",
        "calendar-notification@google.com",
        "jobs-noreply@linkedin.com",
        # no-reply in the other languages rejectwatch reads (a draft to one reaches nobody)
        "ne-pas-repondre@marlowats.eu",
        "nepasrepondre@acme.fr",
        "ne_pas_repondre@acme.fr",
        "pas-de-reponse@acme.fr",
        "keine-antwort@acme.de",
        "bitte-nicht-antworten@acme.de",
        "no-contestar@acme.es",
        "nao-responda@acme.com.br",
        "niet-beantwoorden@acme.nl",
        "geen-antwoord@acme.nl",
        "non-rispondere@acme.it",
        "ikke-svar@acme.no",
        "svara-inte@acme.se",
        "nie-odpowiadaj@acme.pl",
        "",
        "not-an-address",
    ],
)
def test_automated_senders_are_machines(address: str) -> None:
    assert senders.is_machine(address)
    assert not senders.is_team_inbox(address)


@pytest.mark.parametrize(
    ("address", "team", "domain"),
    [
        ("jane.doe@acme.com", False, "acme.com"),
        ("jane.doe@mail.acme.co.uk", False, "acme.co.uk"),
        ("careers@acme.com", True, "acme.com"),
        ("recruiting@acme.com", True, "acme.com"),
        ("talent@acme.com", True, "acme.com"),
        ("jobs@acme.com", True, "acme.com"),
        ("hr@acme.com", True, "acme.com"),
        ("recruiting-emea@acme.com", True, "acme.com"),
        ("talent.acquisition@acme.com", True, "acme.com"),
        ("jane.recruiter@gmail.com", False, ""),  # a person on free mail: reachable, no employer
        ("careers@gmail.com", False, ""),
    ],
)
def test_people_and_team_inboxes_are_not_machines(address: str, team: bool, domain: str) -> None:
    assert not senders.is_machine(address)
    assert senders.is_team_inbox(address) is team
    assert senders.employer_domain(address) == domain


def test_the_tool_is_never_the_company() -> None:
    # A Taleo/Oleeo tenant's host is not "Tal"; a Greenhouse sender is not "Greenhouse".
    facts = extract(mail_value(sender=Address("", "no-reply@kestrel.tal.net"), text=NEUTRAL))
    assert facts.company == "Kestrel"
    for sender in (
        Address("", "no-reply@greenhouse.io"),
        Address("Greenhouse", "no-reply@greenhouse.io"),
        Address("Workday", "noreply@myworkday.com"),
        Address("Indeed Apply", "indeedapply@indeed.com"),
    ):
        assert extract(mail_value(sender=sender, text=NEUTRAL)).company == "", sender


@given(st.text(max_size=60), st.sampled_from(sorted(senders.tool_names())))
def test_hostile_input_never_crashes_and_a_tool_is_never_the_name(text: str, tool: str) -> None:
    for value in (text, f"{text}@{text}", f"{tool}@{text}.com"):
        assert isinstance(senders.is_machine(value), bool)
        assert isinstance(senders.is_team_inbox(value), bool)
        assert isinstance(senders.employer_domain(value), str)
        assert isinstance(senders.tenant(value), str)
    for display in (tool, f"{tool.title()} Recruiting", f"{text} via {tool}"):
        name, _ = strip_display(display)
        assert name.lower() not in senders.tool_names()


@pytest.mark.parametrize(
    ("address", "domain"),
    [
        ("recruitment@leedsth.nhs.uk", "leedsth.nhs.uk"),
        ("jobs@travail.gouv.fr", "travail.gouv.fr"),
        ("rrhh@sepe.gob.es", "sepe.gob.es"),
        ("hr@auckland.ac.nz", "auckland.ac.nz"),
        ("people@uni.ac.at", "uni.ac.at"),
    ],
)
def test_a_public_body_under_a_second_level_suffix_is_its_own_employer(
    address: str, domain: str
) -> None:
    # Every NHS trust once was the employer "nhs.uk", named "Nhs" in the CRM and the draft.
    assert senders.employer_domain(address) == domain
    facts = extract(mail_value(sender=Address("Recruitment", address), text=NEUTRAL))
    assert facts.company.lower() not in {"nhs", "gouv", "gob", "ac"}
