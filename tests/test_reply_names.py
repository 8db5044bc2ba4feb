"""reply: names and facts from mail fields reach the draft and the LinkedIn note clean.

A display name or a signed name can come as "Shah, Priya", "PRIYA SHAH", 'Priya Shah' in
quotes, with "(she/her)", or as the address itself; a company or role with HTML entities left
by an ATS. The greeting, the note and the To header must read as a person would write them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailgen import mail_value
from rejectwatch.crm.extract import Facts
from rejectwatch.crm.linkedin import invitation_note
from rejectwatch.crm.reply import (
    Profile,
    build_draft,
    first_name,
    person_name,
    prose_field,
    render_body,
    template_fields,
)
from rejectwatch.mail.message import Address

NOW = datetime(2024, 6, 20, 9, 30, tzinfo=UTC)
PROFILE = Profile(name="Sam Lee", email="sam@example.org", signature="")


@pytest.mark.parametrize(
    ("name", "person", "first"),
    [
        ("Priya Shah", "Priya Shah", "Priya"),
        ("Shah, Priya", "Priya Shah", "Priya"),  # was "Shah," -> "Hi Shah,,"
        ('"Shah, Priya"', "Priya Shah", "Priya"),
        ("Shah,Priya", "Priya Shah", "Priya"),
        ("Shah, Priya, PhD", "Priya Shah", "Priya"),
        ("van Dijk, Jan", "Jan van Dijk", "Jan"),
        ("de la Cruz, María José", "María José de la Cruz", "María"),
        ("Priya Shah, PhD", "Priya Shah", "Priya"),
        ("Priya Shah, Talent Partner", "Priya Shah", "Priya"),
        ("PRIYA SHAH", "Priya Shah", "Priya"),  # was "Hi PRIYA,"
        ("O'BRIEN, SEAN", "Sean O'Brien", "Sean"),
        ("ANNE-MARIE O'NEIL", "Anne-Marie O'Neil", "Anne-Marie"),
        ("DR. SHAH", "Dr. Shah", "Dr. Shah"),
        ("J. Smith", "J. Smith", "J. Smith"),  # an initial alone is no name to greet
        ("J. R. R. Tolkien", "J. R. R. Tolkien", "J. R. R. Tolkien"),  # was "Hi J. R.,"
        ("J.R. Smith", "J.R. Smith", "J.R. Smith"),
        ("priya.shah@acme.com", "", ""),  # was "Hi priya.shah@acme.com,"
        ("Priya Shah (priya@acme.com)", "Priya Shah", "Priya"),
        ("<priya@acme.com>", "", ""),
        ("'Priya Shah'", "Priya Shah", "Priya"),
        ("«Priya»", "Priya", "Priya"),  # was "Hi «Priya»,"
        ("Priya Shah (she/her)", "Priya Shah", "Priya"),
        ("Shah, Priya (she/her)", "Priya Shah", "Priya"),
        ("Chloé Martin", "Chloé Martin", "Chloé"),
        ("iPhone Jones", "iPhone Jones", "iPhone"),  # mixed case is left as written
    ],
)
def test_names(name: str, person: str, first: str) -> None:
    assert person_name(name) == person
    assert first_name(name) == first


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Smith &amp; Jones", "Smith & Jones"),
        ("Barnes &#38; Noble", "Barnes & Noble"),
        ("&quot;Data Analyst&quot;", "Data Analyst"),
        ("“Data Analyst”", "Data Analyst"),
        ("Data Analyst &lt;Req 12&gt;", "Data Analyst Req 12"),
        ("=?utf-8?q?Caf=C3=A9_Luna?=", "Café Luna"),
        ("AT&T", "AT&T"),
    ],
)
def test_prose_fields_decode_what_an_ats_left(value: str, expected: str) -> None:
    assert prose_field(value, 80) == expected


def test_greeting_from_a_last_first_signature() -> None:
    facts = Facts("Acme", "Data Analyst", "SHAH, PRIYA", "priya@acme.com", "unknown")
    body = render_body(mail_value(), facts, PROFILE)
    assert body.startswith("Hi Priya,\n\n")


def test_greeting_when_the_name_is_an_address() -> None:
    facts = Facts("Smith &amp; Jones", "", "hr.team@sj.example", "hr.team@sj.example", "unknown")
    body = render_body(mail_value(), facts, PROFILE)
    assert body.startswith("Hello Smith & Jones team,\n\n")
    assert "&amp;" not in body


def test_template_contact_name_is_in_reading_order() -> None:
    facts = Facts("Acme", "", "Shah, Priya", "priya@acme.com", "unknown")
    fields = template_fields(facts, PROFILE)
    assert fields["contact_name"] == "Priya Shah"
    assert fields["first_name"] == "Priya"


def _to_header(sender: Address, contact_name: str) -> str:
    mail = mail_value(sender=sender, subject="Your application")
    facts = Facts("Acme", "", contact_name, sender.address, "unknown")
    raw = build_draft(mail, facts, PROFILE, draft_message_id="<d@r>", now=NOW).as_bytes(
        policy=policy.SMTP
    )
    return str(BytesParser(policy=policy.default).parsebytes(raw)["To"])


def test_to_header_drops_a_display_name_that_is_the_address() -> None:
    assert _to_header(Address("priya@acme.com", "priya@acme.com"), "") == "priya@acme.com"


def test_to_header_takes_quotes_and_entities_off_the_display_name() -> None:
    to = _to_header(Address("'Priya Shah'", "priya@acme.com"), "Priya Shah")
    assert to == "Priya Shah <priya@acme.com>"
    to = _to_header(Address("Shah &amp; Co Careers", "priya@acme.com"), "")
    assert to == "Shah & Co Careers <priya@acme.com>"


def test_linkedin_note_with_names_in_any_form() -> None:
    note = invitation_note(
        contact_name="SHAH, PRIYA",
        company="Smith &amp; Jones",
        position="Data Analyst",
        interviewed=False,
        user_name="Lee, Sam",
    )
    assert note.startswith("Hi Priya, thank you for letting me know about the Data Analyst role")
    assert "Smith & Jones" in note
    assert note.endswith("Best wishes, Sam")


def test_names_in_angle_brackets_and_header_lookalikes() -> None:
    assert person_name("Priya Shah <priya@acme.com>") == "Priya Shah"
    assert person_name("Mallory Bcc: victim@evil.example") == ""


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("Data Analyst (m/w/d)", "Data Analyst"),
        ("Juriste (H/F)", "Juriste"),
        ("Data-analist (m/v/x)", "Data-analist"),
        ("Analista de datos (h/m)", "Analista de datos"),
        ("Head of Data (all genders)", "Head of Data"),
        ("Data Analyst m/w/d", "Data Analyst"),
        ("Mobile Developer (iOS)", "Mobile Developer (iOS)"),
        ("B2B/B2C Manager", "B2B/B2C Manager"),
        # a title in capitals (ATS subjects): title case, acronyms and joining words kept
        ("SENIOR DATA ANALYST", "Senior Data Analyst"),
        ("HEAD OF DATA", "Head of Data"),
        ("QA ENGINEER", "QA Engineer"),
        ("DATENANALYST (M/W/D)", "Datenanalyst"),
        ("iOS Developer", "iOS Developer"),
    ],
)
def test_job_ad_marks_and_capitals_stay_out_of_the_prose(position: str, expected: str) -> None:
    facts = Facts("Acme", position, "Priya Shah", "priya@acme.com", "unknown")
    body = " ".join(render_body(mail_value(), facts, PROFILE).split())
    assert f"about the {expected} role at Acme" in body
    note = invitation_note(
        contact_name="Priya Shah",
        company="Acme",
        position=position,
        interviewed=False,
        user_name="Sam Lee",
    )
    assert f"the {expected} role at Acme" in note


@given(st.text(max_size=120) | st.sampled_from(["Shah, Priya", "PRIYA SHAH", "a@b.co", "(x)"]))
def test_a_name_never_carries_an_address_or_edge_punctuation(name: str) -> None:
    person = person_name(name)
    assert "@" not in person
    assert person == person.strip(" ,;:!-\"'«»“”‘’„")
    assert "  " not in person
    assert person_name(person) == person
    first = first_name(name)
    assert "@" not in first
    assert not first.endswith(",")
