"""Golden cases: the company under display-name decorations, the requisition apart from the
title, and the reason in the phrasings real rejections use (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mailgen import mail_value
from rejectwatch.crm import senders
from rejectwatch.crm.decorations import (
    company_from_signature,
    find_requisition,
    split_requisition,
    strip_display,
)
from rejectwatch.crm.extract import REASONS, extract
from rejectwatch.mail.message import Address, parse

ROOT = Path(__file__).resolve().parents[1]
PLAIN = "Thank you for applying. Unfortunately we will not be moving forward.\n\nBest wishes"


@pytest.mark.parametrize(
    ("display", "address", "company"),
    [
        ("Acme HR", "acme@myworkday.com", "Acme"),
        ("Acme Workday", "acme@myworkday.com", "Acme"),
        ("Acme Notification", "no-reply@acme.wd5.myworkday.com", "Acme"),
        ("Acme Notifications", "notifications@jobvite.com", "Acme"),
        ("Acme Careers (Talent Inbox)", "acme+autoreply@talent.icims.com", "Acme"),
        ("Acme Careers | Recruiting Mailbox", "noreply@successfactors.eu", "Acme"),
        ("Acme Careers [External]", "no-reply@teamtailor-mail.com", "Acme"),
        ("ACME (NYSE: ACM)", "acme@myworkday.com", "ACME"),
        ("Acme Corp (NASDAQ: ACME)", "no-reply@us.greenhouse-mail.io", "Acme"),
        ("Workday_no_reply cadence", "cadence@myworkday.com", "Cadence"),
        ("do-not-reply adobe", "adobe@myworkday.com", "Adobe"),
        ("Acme via Greenhouse", "no-reply@greenhouse.io", "Acme"),
        ("Acme Recruiting Team", "no-reply@hire.lever.co", "Acme"),
        ("The Acme Talent Acquisition Team", "noreply@smartrecruiters.com", "Acme"),
        ("Acme Hiring Team", "no-reply@ashbyhq.com", "Acme"),
        ("Acme People Team", "noreply@personio.de", "Acme"),
        ("Acme, Inc.", "no-reply@ats.rippling.com", "Acme"),
        ("Harbor & Finch Careers", "no-reply@pinpointhq.com", "Harbor & Finch"),
        ("Careers at Harbor & Finch", "harborfinch@applytojob.com", "Harbor & Finch"),
        ("Northgate University Talent", "northgate@jobvite.com", "Northgate University"),
        ("Acme Talent Community", "acme@phenompeople.com", "Acme"),
        ("Fox Valley News Careers", "no-reply@hire.lever.co", "Fox Valley News"),
        ("Mercy Health System HR", "mercyhealth@myworkday.com", "Mercy Health System"),
        ("Harrow Staffing", "no-reply@hire.lever.co", "Harrow Staffing"),
        ("Acme | Careers", "no-reply@ashbyhq.com", "Acme"),
        ("Careers @ Acme", "no-reply@ashbyhq.com", "Acme"),
        ("Acme's Recruiting Team", "no-reply@hire.lever.co", "Acme"),
        ("Acme Talent", "no-reply@acme.example", "Acme"),
    ],
)
def test_display_decorations_come_off(display: str, address: str, company: str) -> None:
    facts = extract(mail_value(sender=Address(display, address), text=PLAIN))
    assert facts.company == company
    assert facts.contact_address == ""  # every one of these is a machine


def test_decorated_prose_does_not_lengthen_the_name_and_capitals_follow_the_letter() -> None:
    text = "Thank you for your interest in Acme Careers.\n\n" + PLAIN
    assert extract(
        mail_value(sender=Address("Acme HR", "acme@myworkday.com"), text=text)
    ).company == ("Acme")
    text = "Thank you for your interest in Kestrel.\n\n" + PLAIN
    sender = Address("KESTREL (NYSE: KST)", "kestrel@myworkday.com")
    assert extract(mail_value(sender=sender, text=text)).company == "Kestrel"


@pytest.mark.parametrize(
    ("display", "company"),
    [
        ("Jane Doe, Recruiting", ""),
        ("Jane Doe | Talent", ""),
        ("Jane Doe - Acme Recruiting", "Acme"),
        ("Jane Doe | Acme", "Acme"),
        ("Jane Doe, Senior Recruiter", ""),
    ],
)
def test_a_person_in_the_display_is_never_the_company(display: str, company: str) -> None:
    facts = extract(mail_value(sender=Address(display, "no-reply@ashbyhq.com"), text=PLAIN))
    assert facts.company == company


@pytest.mark.parametrize(
    "display",
    [
        "No Reply",
        "Notifications",
        "Talent Acquisition",
        "Recruiting",
        "Careers",
        "Workday",
        "Oracle Taleo",
        "SAP SuccessFactors",
        "Greenhouse Recruiting",
    ],
)
def test_a_display_of_only_decorations_names_nobody(display: str) -> None:
    assert strip_display(display)[0] == ""
    assert extract(mail_value(sender=Address(display, "noreply@myworkday.com"))).company == ""


def test_a_company_named_like_a_tool_keeps_its_name() -> None:
    # only the sender's own tool comes off a display; prose and signatures keep every word
    sender = Address("Blue Gem Careers", "bluegem@myworkday.com")
    assert extract(mail_value(sender=sender, text=PLAIN)).company == "Blue Gem"
    text = "Thank you for your interest in Monster Energy.\n\n" + PLAIN
    sender = Address("", "no-reply@us.greenhouse-mail.io")
    assert extract(mail_value(sender=sender, text=text)).company == "Monster Energy"
    assert company_from_signature(PLAIN + "\nThe Reed Dice Team") == "Reed Dice"


def test_the_employer_beats_a_division_or_a_tenant_abbreviation() -> None:
    text = "Dear Alex,\n\nThank you for your interest in Ironbridge Logistics.\n\n" + PLAIN
    sender = Address("Ironbridge Cloud Recruiting", "noreply@smartrecruiters.com")
    assert extract(mail_value(sender=sender, text=text)).company == "Ironbridge Logistics"
    sender = Address("Workday_no_reply cadence", "cadence@myworkday.com")
    text = "Thank you for applying to Cadence Biolabs.\n\n" + PLAIN
    assert extract(mail_value(sender=sender, text=text)).company == "Cadence Biolabs"
    # a tenant spelled out in the body: northwindanalytics@ -> "Northwind Analytics"
    sender = Address("", "northwindanalytics@smartrecruiters.com")
    text = "Hello,\n\nWe at Northwind Analytics appreciate your time.\n\n" + PLAIN
    assert extract(mail_value(sender=sender, text=text)).company == "Northwind Analytics"
    # ...but the prose agreeing with the display keeps the display's full name
    sender = Address("Orchard Lane Foods Careers", "donotreply@orchardlane.wd5.myworkday.com")
    text = "We thank you for your interest in Orchard Lane Foods.\n\n" + PLAIN
    assert extract(mail_value(sender=sender, text=text)).company == "Orchard Lane Foods"


@pytest.mark.parametrize(
    ("subject", "text", "company"),
    [
        ("Your application to Data Analyst at Quillmark", PLAIN, "Quillmark"),
        ("An update", "Thank you for your interest in Quillmark.\n\n" + PLAIN, "Quillmark"),
        ("An update", PLAIN + "\nThe Quillmark Talent Acquisition Team", "Quillmark"),
        ("An update", PLAIN + "\nTalent Acquisition\nQuillmark Labs", "Quillmark Labs"),
        ("An update", PLAIN + "\nPriya Shah\nSenior Recruiter, Quillmark", "Quillmark"),
        ("An update", PLAIN + "\nThe Recruiting Team at Quillmark", "Quillmark"),
        (
            "An update",
            "Unfortunately, Quillmark has decided not to move forward with your application.",
            "Quillmark",
        ),
    ],
)
def test_company_from_subject_body_and_signature(subject: str, text: str, company: str) -> None:
    sender = Address("No Reply", "no-reply@us.greenhouse-mail.io")
    assert extract(mail_value(sender=sender, subject=subject, text=text)).company == company


def test_a_whole_subject_phrase_is_never_the_company() -> None:
    for subject in ("Update on your application: Data Analyst - Job Ref: ENG/2881", "Your update"):
        facts = extract(mail_value(sender=Address("", "noreply@myworkday.com"), subject=subject))
        assert facts.company == ""


def test_signature_company_needs_a_team_or_title_word() -> None:
    assert company_from_signature("Thanks,\nJane Doe") == ""
    assert company_from_signature("Thanks,\nhttps://acme.example/careers") == ""
    assert company_from_signature("Best,\nThe Quillmark Team") == "Quillmark"
    assert company_from_signature("Best,\nYour Quillmark Recruiters") == "Quillmark"
    assert company_from_signature("Best,\nThe Data Team") == ""  # a department, not a company
    assert company_from_signature("Best,\nThe hiring team") == ""


def test_a_link_to_the_tools_pages_for_the_employer_names_it() -> None:
    text = (
        "Thank you for applying. We will not be moving forward.\n\nKestrel Robotics\n"
        "Manage your preferences: https://kestrelrobotics.icims.com/icims2/?r=1234"
    )
    sender = Address("", "no-reply@icims.com")
    assert extract(mail_value(sender=sender, text=text)).company == "Kestrel Robotics"


@pytest.mark.parametrize(
    ("written", "position", "requisition"),
    [
        ("JR-0090067 Data Analyst", "Data Analyst", "JR-0090067"),
        ("Data Analyst (JR-0090067)", "Data Analyst", "JR-0090067"),
        ("R123456 Backend Engineer", "Backend Engineer", "R123456"),
        ("Req #4411 - QA Engineer", "QA Engineer", "4411"),
        ("QA Engineer - Req #4411", "QA Engineer", "4411"),
        ("Data Scientist (Job ID 12-345)", "Data Scientist", "12-345"),
        ("Data Scientist, Requisition ID: 55012,", "Data Scientist", "55012"),
        ("REQ-2025-1234 - Platform Engineer", "Platform Engineer", "REQ-2025-1234"),
        ("Content Writer, Job Ref: ENG/0419", "Content Writer", "ENG/0419"),
        ("2020-45452 Software Engineer", "Software Engineer", "2020-45452"),
        ("Entry Level Software Engineer, 65480BR", "Entry Level Software Engineer", "65480BR"),
        ("Software Engineer II", "Software Engineer II", ""),
        ("Mobile Developer (iOS)", "Mobile Developer (iOS)", ""),
    ],
)
def test_requisition_kept_apart_from_the_title(
    written: str, position: str, requisition: str
) -> None:
    assert split_requisition(written) == (position, requisition)
    text = f"Thank you for applying for the {written} position at Quillmark.\n\n{PLAIN}"
    facts = extract(mail_value(sender=Address("", "noreply@myworkday.com"), text=text))
    assert (facts.position, facts.requisition) == (position, requisition)


@pytest.mark.parametrize(
    ("written", "title", "requisition"),
    [
        ("Data Analyst (Réf. 2024-117)", "Data Analyst", "2024-117"),
        ("Juriste - Référence : JUR-88", "Juriste", "JUR-88"),
        ("Data Analyst (Referenz: 2024-117)", "Data Analyst", "2024-117"),
        ("Kennziffer 4711 - Data Analyst", "Data Analyst", "4711"),
        ("Data Analyst (m/w/d) - Stellen-ID 7781", "Data Analyst (m/w/d)", "7781"),
        ("Analista de datos - Referencia: 2024-117", "Analista de datos", "2024-117"),
        ("Data-analist (vacaturenummer 12345)", "Data-analist", "12345"),
        ("Data-analist, Referentie: NL-204", "Data-analist", "NL-204"),
        ("Referenzen und Zeugnisse", "Referenzen und Zeugnisse", ""),
    ],
)
def test_requisition_labels_in_other_languages(written: str, title: str, requisition: str) -> None:
    assert split_requisition(written) == (title, requisition)
    assert find_requisition(written, "") == requisition


def test_requisition_from_the_subject() -> None:
    facts = extract(
        mail_value(
            sender=Address("Quillmark", "quillmark@myworkday.com"),
            subject="Quillmark | JR-0090067 Data Analyst",
            text=PLAIN,
        )
    )
    assert (facts.position, facts.requisition) == ("Data Analyst", "JR-0090067")


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("We have decided to move forward with other candidates.", "another_candidate"),
        ("We have chosen to pursue another candidate for this position.", "another_candidate"),
        ("We moved forward with applicants who more closely match the role.", "another_candidate"),
        ("We have decided to proceed with an internal candidate.", "another_candidate"),
        ("We have extended an offer to another candidate.", "another_candidate"),
        ("The team has identified others for the position.", "another_candidate"),
        ("The position has been filled.", "position_filled"),
        ("We have now filled the vacancy.", "position_filled"),
        ("The role you applied for has been filled.", "position_filled"),
        ("The requisition has been cancelled.", "role_cancelled"),
        ("The position has been put on hold.", "role_cancelled"),
        ("We are putting this position on hold while we reevaluate.", "role_cancelled"),
        ("This role has been eliminated.", "role_cancelled"),
        ("We are no longer recruiting for this position.", "role_cancelled"),
        ("It has been decided that this role will not be moving ahead.", "role_cancelled"),
        ("Your application does not meet the minimum qualifications.", "experience_skills"),
        ("Your application was not referred to the hiring manager.", "experience_skills"),
        ("Your skills and experience do not closely match the requirements.", "experience_skills"),
        ("We are unable to offer visa sponsorship for this role.", "eligibility"),
        ("This role requires work authorisation in the UK.", "eligibility"),
        ("You are not eligible for this position.", "eligibility"),
        ("The successful candidate must be based in Denver.", "eligibility"),
        ("Thank you for taking the time to interview with us.", "after_interview"),
        ("We will keep your resume on file.", "kept_on_file"),
        ("We will not be moving forward with your application.", "unknown"),
    ],
)
def test_reason_phrasings(sentence: str, reason: str) -> None:
    assert reason in REASONS
    text = f"Dear Alex,\n\nThank you for applying to Quillmark.\n\n{sentence}\n\nBest wishes"
    assert extract(mail_value(sender=Address("", "noreply@myworkday.com"), text=text)).reason == (
        reason
    )


def test_the_readers_own_address_is_never_the_contact() -> None:
    text = f"{PLAIN}\n\nThis email was intended for alex@example.org"
    facts = extract(mail_value(sender=Address("Acme", "noreply@myworkday.com"), text=text))
    assert facts.contact_address == ""
    text = f"{PLAIN}\n\nQuestions? alex@example.org"
    to = (Address("Alex", "alex@example.org"),)
    facts = extract(mail_value(sender=Address("Acme", "noreply@myworkday.com"), to=to, text=text))
    assert facts.contact_address == ""
    # a recruiter's address in the signature is still found, by surname too
    text = f"{PLAIN}\n\nPriya Shah\nSenior Recruiter | Acme\npshah@acme.example"
    facts = extract(mail_value(sender=Address("Acme", "noreply@myworkday.com"), text=text))
    assert facts.contact_address == "pshah@acme.example"


FIXTURES = ROOT / "tests" / "fixtures" / "extraction"
GOLDEN = [
    json.loads(line)
    for name in ("ats_golden.jsonl", "confirmations_golden.jsonl")  # confirmations: `ghosted`
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    if line
]


@pytest.mark.parametrize("record", GOLDEN, ids=lambda r: r["id"])
def test_ats_golden_messages(record: dict[str, Any]) -> None:
    """Whole hand-written ATS rejections and confirmations (tests/fixtures/extraction)."""
    sender = parse(
        f"From: {record['from']}\r\nSubject: x\r\nMessage-ID: <g@x>\r\n\r\n".encode()
    ).sender
    facts = extract(mail_value(sender=sender, subject=record["subject"], text=record["body"]))
    got = {field: getattr(facts, field) for field in record["expected"]}
    assert got == record["expected"]
    # all of them come from machines, or from a team inbox (a last resort, never a machine)
    assert not facts.contact_address or senders.is_team_inbox(facts.contact_address)


@pytest.mark.parametrize(
    "line",
    ["Halcyon Aerospace | Talent", "Halcyon Aerospace – Recruiting", "Halcyon Aerospace · Careers"],
)
def test_a_signature_separator_is_not_part_of_the_company(line: str) -> None:
    # "Halcyon Aerospace |" once reached the CRM and the draft with its separator.
    assert company_from_signature("Best regards,\n" + line) == "Halcyon Aerospace"
    assert strip_display("Acme |", ()) == ("Acme", True)


@pytest.mark.parametrize(
    "display",
    [
        "Kestrel Dynamics RRHH",
        "Kestrel Dynamics Recursos Humanos",
        "Kestrel Dynamics Ressources Humaines",
        "Kestrel Dynamics RH",
        "Kestrel Dynamics Personalabteilung",
        "Kestrel Dynamics Werving en Selectie",
        "Kestrel Dynamics Carrières",
        "Kestrel Dynamics Recrutamento",
    ],
)
def test_a_team_word_in_another_language_is_taken_off(display: str) -> None:
    # "Kestrel Dynamics RRHH" was the company: the draft said "Hello Kestrel Dynamics RRHH team,".
    assert strip_display(display, ()) == ("Kestrel Dynamics", True)


def test_a_table_row_and_a_leading_team_word_are_no_company() -> None:
    digest = "Latest:\n\n| Role | Employer | Status |\n| Analyst | Orchard Trust | Unsuccessful |"
    assert company_from_signature(digest) == ""
    assert strip_display("Recrutamento Summit Outdoor", ()) == ("Summit Outdoor", True)
    assert strip_display("Datawise Empleo", ()) == ("Datawise", True)


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Brenner Anlagenbau GmbH | Personalabteilung / Human Resources", "Brenner Anlagenbau"),
        ("Principal Consultant | Vertex People", ""),
    ],
)
def test_a_signature_company_never_keeps_a_separator(line: str, company: str) -> None:
    found = company_from_signature("Best regards,\nJane Doe\n" + line)
    assert "|" not in found
    assert found.startswith(company)
