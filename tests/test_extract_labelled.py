"""extract on the labelled set (tests/fixtures/extraction), and the rules it taught us."""

from __future__ import annotations

import pytest

from mailgen import mail_value
from rejectwatch.crm.extract import extract
from rejectwatch.mail.message import Address, Mail
from scriptmod import load_script

# A little below what scripts/eval_extraction.py measures (see the closing note of issue 5).
ACCURACY_FLOORS = {
    "company": 0.90,
    "position": 0.95,
    "contact_name": 0.95,
    "contact_address": 0.95,
    "reason": 0.95,
}
PRECISION_FLOORS = dict.fromkeys(ACCURACY_FLOORS, 0.97)


def test_labelled_set_is_big_enough_and_scores_above_the_floors() -> None:
    result = load_script("eval_extraction").evaluate()
    assert result["messages"] >= 150
    for field, floor in ACCURACY_FLOORS.items():
        assert result["accuracy"][field] >= floor, (field, result["accuracy"][field])
    for field, floor in PRECISION_FLOORS.items():
        assert result["precision"][field] >= floor, (field, result["precision"][field])


def mail(
    sender: Address, text: str = "", subject: str = "", reply_to: Address | None = None
) -> Mail:
    return mail_value(subject=subject, sender=sender, reply_to=reply_to, text=text)


@pytest.mark.parametrize(
    "sender",
    [
        Address("Amberley Estates", "amberleyestate@taleo.net"),
        Address("Amberley Estates", "ops@amberleyestates.co.uk"),
        Address("Amberley Estates", "no-reply@teamtailor-mail.com"),
        Address("Kinsale Architects", "jobs@kinsale.ie"),
    ],
)
def test_a_company_is_never_the_contact_person(sender: Address) -> None:
    facts = extract(mail(sender, "Thank you for applying. We will not proceed.\n\nBest,\nThe team"))
    assert facts.contact_name == ""
    assert facts.company in {"Amberley Estates", "Kinsale Architects"}


def test_ats_display_name_is_the_employer_not_the_ats() -> None:
    text = "Thank you for your interest in joining Cobalt Harbor."
    facts = extract(mail(Address("Cobalt Harbor", "no-reply@us.greenhouse-mail.io"), text))
    assert facts.company == "Cobalt Harbor"
    assert facts.contact_address == ""
    # a recruiter's own name on an ATS sender is not the employer
    text = "Thanks for applying to the QA Engineer role.\n\nBest,\nTanisha Rossi"
    assert extract(mail(Address("Tanisha Rossi", "no-reply@greenhouse.io"), text)).company == ""
    text = "Thanks for your interest in St. Brigid's Care Homes!"
    facts = extract(mail(Address("", "no-reply@greenhouse.io"), text))
    assert facts.company == "St. Brigid's Care Homes"


def test_signature_address_when_the_headers_are_no_reply() -> None:
    text = (
        "Hi Sam,\n\nWe have filled the role.\n\nKind regards,\nNadia Petrova\n"
        "Technical Recruiter\nMeridian Rail\nnadia.petrova@meridianrail.com"
    )
    facts = extract(mail(Address("Meridian Rail", "no-reply@hire.lever.co"), text))
    assert (facts.contact_name, facts.contact_address) == (
        "Nadia Petrova",
        "nadia.petrova@meridianrail.com",
    )
    assert facts.contact_title == "Technical Recruiter"


def test_unmonitored_sender_is_not_a_reply_address() -> None:
    text = "We will not proceed.\n\nPlease do not reply to this email; it is not monitored."
    assert extract(mail(Address("Acme Careers", "acme@myworkday.com"), text)).contact_address == ""


def test_agency_names_its_client() -> None:
    text = "Hi Sam,\n\nI've had feedback from our client, Fjordline, on the QA Engineer role."
    facts = extract(mail(Address("Jun Park", "jun@brightpathsearch.co.uk"), text))
    assert facts.company == "Fjordline"
    assert facts.contact_name == "Jun Park"


def test_words_run_together_in_a_domain_are_not_guessed() -> None:
    assert extract(mail(Address("", "hr@marlowfinchgroupholdings.com"))).company == ""
    assert extract(mail(Address("", "hr@pembertonlogistics.com"))).company == "Pemberton Logistics"


def test_interviewed_flag() -> None:
    text = "Thank you for interviewing with us. The position has been filled."
    facts = extract(mail(Address("Priya Shah", "priya@acme.com"), text))
    assert facts.reason == "position_filled"
    assert facts.interviewed
    assert not extract(mail(Address("Priya Shah", "priya@acme.com"), "No.")).interviewed
