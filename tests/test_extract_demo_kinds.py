"""The kinds of wrong facts the demo inbox showed (issue 10, deliverable 2), each in new words:
a subject phrase taken as the company, a team sign-off word taken as the company, a scheme's
name glued to its company, a requisition's label left in the title, and demo mail from a
placeholder sender a draft could be saved to."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes
from email.utils import parseaddr

import pytest

from mailgen import mail_value
from rejectwatch.crm import senders
from rejectwatch.crm.decorations import company_from_signature, split_requisition
from rejectwatch.crm.extract import extract
from rejectwatch.mail.message import Address
from rejectwatch.testing import samples

NO = "Thanks for your patience. We have decided to go with another candidate.\n\nBest,\n"


# ---------------------------------------------------------------- 1. a subject phrase


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Touching base - Payroll Specialist",
        "Fwd: Quick update - Payroll Specialist",
        "Following up | Payroll Specialist",
        "Action Required - Payroll Specialist",
        "RE: Payroll Specialist - next steps",
        "Payroll Specialist - closing the loop",
    ],
)
def test_a_subject_phrase_is_never_the_company(subject: str) -> None:
    mail = mail_value(
        subject=subject,
        sender=Address("Wanjiru Mbeki", "wanjiru.mbeki@kestrova.com"),
        text=NO + "Wanjiru",
    )
    facts = extract(mail)
    assert facts.company == "Kestrova"  # the employer, from the person's own domain
    assert facts.position == "Payroll Specialist"


def test_a_named_company_in_the_subject_ends_where_the_sentence_goes_on() -> None:
    mail = mail_value(
        subject="Your application to Fennimore Labs has been received",
        sender=Address("", "no-reply@ashbyhq.com"),
        text="We will be in touch.",
    )
    assert extract(mail).company == "Fennimore Labs"


# ---------------------------------------------------------------- 2. a team sign-off word


@pytest.mark.parametrize(
    "signoff",
    [
        "The Graduate Recruitment Team",
        "Early Careers Team",
        "Talent Team",
        "Campus Recruiting",
        "The Student Recruitment Team",
        "Emerging Talent Team",
        "The Internships Team",
    ],
)
def test_a_programme_team_signoff_names_no_company(signoff: str) -> None:
    assert company_from_signature(NO + signoff) == ""


@pytest.mark.parametrize(
    ("signoff", "company"),
    [
        ("The Quillon Mutual Early Careers Team", "Quillon Mutual"),
        ("Dunmore Graduate Recruitment", "Dunmore"),
    ],
)
def test_a_company_before_the_programme_team_is_still_read(signoff: str, company: str) -> None:
    assert company_from_signature(NO + signoff) == company


@pytest.mark.parametrize(
    ("subject", "body", "company", "position"),
    [
        (
            "Quillon Mutual Summer Internship Programme",
            "Thank you for applying to the Quillon Mutual Summer Internship Programme. "
            "Unfortunately we cannot offer you a place.\n\nKind regards,\nThe Early Careers Team",
            "Quillon Mutual",
            "Summer Internship Programme",
        ),
        (
            "Your application",
            "Thank you for applying to the Ostrava & Finch 2025 Graduate Scheme.\n\n"
            "We will not be progressing your application.\n\nThe Graduate Recruitment Team",
            "Ostrava & Finch",
            "2025 Graduate Scheme",
        ),
    ],
)
def test_a_named_scheme_splits_into_company_and_programme(
    subject: str, body: str, company: str, position: str
) -> None:
    mail = mail_value(subject=subject, sender=Address("", "no-reply@ashbyhq.com"), text=body)
    facts = extract(mail)
    assert (facts.company, facts.position) == (company, position)


def test_a_schemes_field_is_not_its_company() -> None:
    mail = mail_value(
        subject="Operations Graduate Scheme - outcome",
        sender=Address("Pavel", "pavel@brindlecourt.com"),
        text=NO + "Pavel",
    )
    facts = extract(mail)
    assert facts.company != "Operations"
    assert facts.position == "Operations Graduate Scheme"


# ---------------------------------------------------------------- 3. a requisition's label


@pytest.mark.parametrize(
    ("title", "expected", "code"),
    [
        (
            "Pastry Chef (Weekends) (Job Requisition ID: JR-5521)",
            "Pastry Chef (Weekends)",
            "JR-5521",
        ),
        ("Night Porter [Job Req. ID: 88123]", "Night Porter", "88123"),
        ("Maths Tutor (Posting ID 44512", "Maths Tutor", "44512"),
        ("Sous Chef (Job Ref: R99120)", "Sous Chef", "R99120"),
        ("Warehouse Operative (Nights) ()", "Warehouse Operative (Nights)", ""),
    ],
)
def test_no_empty_requisition_label_survives(title: str, expected: str, code: str) -> None:
    position, requisition = split_requisition(title)
    assert (position, requisition) == (expected, code)
    for leftover in ("()", "[]", "(Job", "(Req", "(Posting"):
        assert leftover not in position


def test_a_title_keeps_its_own_brackets() -> None:
    assert split_requisition("Job Coach (Part-time)") == ("Job Coach (Part-time)", "")


# ---------------------------------------------------------------- 4. demo senders

WHEN = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def _from(record: dict[str, str]) -> str:
    return str(message_from_bytes(samples.to_message(record, when=WHEN))["From"])


def test_a_senderless_sample_gets_a_machine_sender_not_a_placeholder() -> None:
    record = {"id": "rej-0042", "subject": "Your application", "body": "No thanks.", "sender": ""}
    sender = _from(record)
    address = parseaddr(sender)[1]
    assert "example.test" not in address
    assert senders.is_machine(address)
    assert _from(record) == sender  # the same record, the same sender


def test_senderless_samples_spread_over_several_systems() -> None:
    addresses = {parseaddr(_from({"id": f"rec-{n}", "body": "x"}))[1] for n in range(40)}
    assert len(addresses) >= 3
    assert all(senders.is_machine(a) for a in addresses)


def test_a_samples_own_sender_is_kept() -> None:
    record = {"id": "r1", "sender": "Ines Duarte <ines@harrowgate.com>", "body": "x"}
    assert parseaddr(_from(record)) == ("Ines Duarte", "ines@harrowgate.com")


# ---------------------------------------------------------------- the reason, said plainly


@pytest.mark.parametrize(
    "sentence",
    [
        "The short version: we've offered the role to someone else.",
        "We have given the position to someone else this time.",
        "In the end the team went with someone else.",
    ],
)
def test_someone_else_chosen_is_another_candidate(sentence: str) -> None:
    mail = mail_value(
        subject="Re: Payroll Specialist",
        sender=Address("Wanjiru Mbeki", "wanjiru.mbeki@kestrova.com"),
        text=f"Hi Sam,\n\n{sentence}\n\nWanjiru",
    )
    assert extract(mail).reason == "another_candidate"
