"""Positions and reasons a rejection states plainly: label lines ("Vacancy: ..."), a title named
without "role" after it ("your interest in HR Assistant"), and reasons said in so many words
(hiring paused, not shortlisted, application no longer active, the spot is taken).

Pure: crm.position, crm.reason and crm.extract on Mail values; no IMAP. The whole messages are
tests/fixtures/extraction/stated_facts.jsonl (written for rejectwatch before these rules;
scored by `python scripts/eval_extraction.py tests/fixtures/extraction/stated_facts.jsonl`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mailgen import mail_value
from rejectwatch.crm import reason
from rejectwatch.crm.extract import REASONS, extract
from rejectwatch.crm.position import position_from_body
from rejectwatch.crm.position_labels import position_from_labels
from rejectwatch.crm.reason import reason_in
from rejectwatch.crm.text import title_cased
from rejectwatch.mail.message import parse

FIXTURE = Path(__file__).parent / "fixtures" / "extraction" / "stated_facts.jsonl"
RECORDS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"])
def test_stated_facts_messages(record: dict[str, Any]) -> None:
    sender = parse(f"From: {record['from']}\r\nMessage-ID: <s@x>\r\n\r\n".encode()).sender
    facts = extract(mail_value(sender=sender, subject=record["subject"], text=record["body"]))
    assert {f: getattr(facts, f) for f in record["expected"]} == record["expected"]


# --------------------------------------------------------------------------- label lines


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Vacancy: Postdoctoral Research Associate - Clinical",
            "Postdoctoral Research Associate - Clinical",
        ),
        ("Post: Library Assistant", "Library Assistant"),
        ("Role: Receptionist", "Receptionist"),
        ("Position: Lab Technician", "Lab Technician"),
        ("Job title: Android Developer", "Android Developer"),
        ("Job Title : Android Developer", "Android Developer"),
        ("Requisition: 12345 – Registered Nurse", "Registered Nurse"),
        ("Requisition: REQ-45413 - Care Assistant", "Care Assistant"),
        ("Vacancy: J9397 – Nurse Practitioner", "Nurse Practitioner"),
        ("Job: Solutions Engineer (ref 32877)", "Solutions Engineer"),
        ("Job: Events Coordinator, requisition 47917", "Events Coordinator"),
        ("Job: Civil Engineer, Seattle, WA", "Civil Engineer"),
        ("Position: Budget Analyst, GS-0343-11", "Budget Analyst"),
        ("Title/Series/Grade: Safety Inspector / GS-1102-07/09", "Safety Inspector"),
        ("Stelle: Staff Software Engineer", "Staff Software Engineer"),
        ("Poste : Chargée de communication", "Chargée de communication"),
        ("Puesto: Cabin Crew", "Cabin Crew"),
        ("Functie: Data Analist", "Data Analist"),
        ("**Position:** Marketing Intern", "Marketing Intern"),
        ("Post: Minister for Health", "Minister for Health"),  # "for" joins a label's title
        ("Role: Park Ranger (contract)", "Park Ranger (contract)"),
        ("Role: iOS Wizard", "iOS Wizard"),
        # an HTML table row, as mail.message renders it: the label cell, a space, the value
        ("Job title Payroll Administrator", "Payroll Administrator"),
    ],
)
def test_a_label_line_names_the_position(line: str, title: str) -> None:
    text = f"Dear Sam,\n\nApplication Reference: 915212\n{line}\nEmployer: Acme Trust\n\nThank you."
    assert position_from_labels(text) == title


@pytest.mark.parametrize(
    "line",
    [
        "Vacancy: MP-DRB-24-87010282",  # a code only: the requisition, not the title
        "Requisition: JR98060",
        "Role: No longer under consideration",  # a status, not a title
        "Position: Filled",
        "Position: the above post",
        "Role: your application has been reviewed by our team and we will not progress it",
        "Job: Apply now",
        "Post: 12 March 2025",
        "Position Unsuccessful",  # no colon: only a plain title counts
        "Role Reference Status",
        "Position Name/ Title: Applications Architect",
    ],
)
def test_a_label_line_without_a_title_names_none(line: str) -> None:
    assert position_from_labels(f"Dear Sam,\n\n{line}\n\nThank you.") == ""


def test_a_pipe_table_names_the_position_in_its_column() -> None:
    text = (
        "Hi Mei,\n\n| Role | Reference | Status |\n|------|-----------|--------|\n"
        "| Audit Associate | REQ-12365 | Candidate withdrawn by employer |\n\nThanks."
    )
    assert position_from_labels(text) == "Audit Associate"


def test_a_key_value_table_with_pipes() -> None:
    text = "Dear Candidate,\n\nPosition Title | Program Support Assistant\nStatus | Not referred\n"
    assert position_from_labels(text) == "Program Support Assistant"


def test_a_digest_of_several_applications_names_no_position() -> None:
    text = (
        "4 of your applications were updated.\n\n| Role | Employer | Status |\n|---|---|---|\n"
        "| Graduate Engineer | Northgate | Rejected |\n| HR Administrator | Kestrel | Rejected |\n"
    )
    assert position_from_labels(text) == ""


def test_the_html_letter_of_a_public_employer() -> None:
    html = (
        "<html><body><p>Dear Mr Schneider,</p><table>"
        "<tr><td>Application Reference:</td><td>915212</td></tr>"
        "<tr><td>Vacancy:</td><td>Postdoctoral Research Associate - Clinical</td></tr>"
        "<tr><td>Employer:</td><td>Meridian Schools Trust</td></tr></table>"
        "<p>Thank you for your application for the above post.</p>"
        "<p>On this occasion you have not been shortlisted for interview.</p></body></html>"
    )
    raw = (
        "From: Jobs <jobs@meridianschools.org.uk>\r\nSubject: Your application\r\n"
        "Message-ID: <h@x>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    ).encode()
    facts = extract(parse(raw))
    assert facts.position == "Postdoctoral Research Associate - Clinical"
    assert facts.reason == "not_shortlisted"


@pytest.mark.parametrize(
    ("value", "cased"),
    [
        ("Data Analyst", True),
        ("Head of Sales", True),
        ("Minister for Health", True),
        ("Chargé de Mission", True),
        ("Leiter für Vertrieb", True),
        ("R&D / QA Lead", True),
        ("iOS Developer", True),  # a capital in the first two letters
        ("Park Ranger (contract)", True),  # a note in brackets
        ("Data analyst", False),
        ("Head of", False),  # a joining word last
        ("2nd Line Support", False),  # a digit in the first word
        ("Senior Vice President Of Global Sales Operations", False),  # seven words
        ("", False),
    ],
)
def test_written_as_a_title(value: str, cased: bool) -> None:
    """One rule for the label reader and the prose reader (they had a rule each)."""
    assert title_cased(value) is cased


# --------------------------------------------------------------------------- titles in prose


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Thank you for your time and interest in HR Assistant.", "HR Assistant"),
        (
            "Isabella, quick note: the Customer Success Manager spot is taken now.",
            "Customer Success Manager",
        ),
        (
            "Just so you know, we won't be taking things further for Patient Services Coordinator.",
            "Patient Services Coordinator",
        ),
        (
            "The hiring team has decided to go in another direction for Tenancy Support Worker.",
            "Tenancy Support Worker",
        ),
        (
            "We've made a decision on Mental Health Support Worker and it's not good news.",
            "Mental Health Support Worker",
        ),
        (
            "Unfortunately we won't be progressing your Electrical Engineer application.",
            "Electrical Engineer",
        ),
        (
            "Thanks so much for applying to be our next Machine Learning Engineer.",
            "Machine Learning Engineer",
        ),
        ("Thank you for applying to join the team as a Store Supervisor.", "Store Supervisor"),
        ("We've received your application for Barista.", "Barista"),
        (
            "Thank you for your application for the position as Software Engineer at Corvid.",
            "Software Engineer",
        ),
        (
            "Your application for the Teaching Assistant post was not shortlisted.",
            "Teaching Assistant",
        ),
    ],
)
def test_a_title_named_in_prose(sentence: str, title: str) -> None:
    assert position_from_body(f"Dear Sam,\n\n{sentence}\n\nBest,\nJo") == title


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for your interest in Harbourline Travel.",  # the company
        "Thank you for your interest in Product Design at Fernhollow.",  # a field, not a title
        "Thank you for your interest in working with us.",
        "Thank you for your application for the above post.",
        "We won't be taking your application further for now.",
        "I've flagged you to the Product Owner team for later.",
        "We have decided to go in another direction for this role.",
        "Thanks for applying to join us as a volunteer.",
        "I passed your portfolio on for Hiring Manager.",
        "There is one form for Associates and one for Analyst.",  # one word after "for"
        "Thank you for applying to Seattle City Council for Copywriter.",
        "Sadly, for Customer Success Associate and Finance Assistant we chose others.",  # a list
        "Posted 3 weeks ago on Upward.net\nFull-Stack Web Developer\n\nSyrinx | Portland, ME",
    ],
)
def test_prose_without_a_title_names_none(sentence: str) -> None:
    assert position_from_body(f"Dear Sam,\n\n{sentence}\n\nBest,\nJo") == ""


# --------------------------------------------------------------------------- reasons


STATED_REASONS = [
    (
        "We've paused hiring for HR Assistant until next year; we're withdrawing them all.",
        "role_cancelled",
    ),
    ("Leadership has paused hiring for the Engineering Apprentice role.", "role_cancelled"),
    ("We've paused all external hiring for the rest of the year.", "role_cancelled"),
    ("Hiring for the Product Analyst role has been paused.", "role_cancelled"),
    # words the hand-written gate of this rule had left out ("paus", "hold", ... only)
    ("Unfortunately, hiring has been suspended for now.", "role_cancelled"),
    ("Recruitment has been frozen until the new budget.", "role_cancelled"),
    ("Hiring for the Data Analyst role has been stopped.", "role_cancelled"),
    ("We have put recruitment for this vacancy on hold.", "role_cancelled"),
    ("We have made the difficult decision to put on hold the vacancy.", "role_cancelled"),
    ("The requisition for Tax Consultant has been closed.", "role_cancelled"),
    (
        "Requisition 36780, Seasonal Sales Associate, has been closed by the business.",
        "role_cancelled",
    ),
    (
        "The job Frontend Developer in Remote - EMEA was canceled by the company.",
        "role_cancelled",
    ),
    ("Current status: Closed – requisition cancelled.", "role_cancelled"),
    ("We have now closed the Events Coordinator role you applied for.", "role_cancelled"),
    ("On this occasion you have not been shortlisted for interview.", "not_shortlisted"),
    ("Sadly, your application has not been shortlisted.", "not_shortlisted"),
    (
        "The panel has met, and you have not been selected for interview on this occasion.",
        "not_shortlisted",
    ),
    ("Your application has not been taken forward to interview.", "not_shortlisted"),
    ("Your CV was not included in the shortlist we sent to the client.", "not_shortlisted"),
    (
        "Your application for Technical Support Engineer is no longer active.",
        "application_closed",
    ),
    ("Consequently, your application is no longer active.", "application_closed"),
    ("We have closed your application for Project Coordinator.", "application_closed"),
    ("Your application has been closed.", "application_closed"),
    (
        "Isabella, quick note: the Customer Success Manager spot is taken now.",
        "position_filled",
    ),
    ("The role has been taken by an internal applicant.", "position_filled"),
    ("Thanks for asking about the job. It has already been filled, sorry!", "position_filled"),
    (
        "All places on the Degree Apprenticeship 2024 cohort have now been filled.",
        "position_filled",
    ),
    ("All of our spots for the 2024 cohort are now filled.", "position_filled"),
    ("All night shift positions at this site are currently filled.", "position_filled"),
    ("I am writing to let you know that the appointment has now been made.", "position_filled"),
    ("Current stage: Position filled", "position_filled"),
    ("It was close, but the hiring manager chose the other finalist.", "another_candidate"),
    ("We have finished the selection and we choose somebody else, sorry.", "another_candidate"),
    ("Not this time, they offered it to someone with more B2B sales.", "another_candidate"),
    (
        "Lindqvist Design have filled the Interior Designer position with an applicant.",
        "position_filled",
    ),
]


@pytest.mark.parametrize(("sentence", "reason"), STATED_REASONS)
def test_a_reason_said_in_so_many_words(sentence: str, reason: str) -> None:
    assert reason in REASONS
    assert reason_in(f"Dear Sam,\n\n{sentence}\n\nBest,\nJo") == reason


NO_REASON = [
    "Applications closed on 3 March and we received over 300.",
    "If you do not hear from us within 14 days, please assume you have not been shortlisted.",
    "Our offices will be closed on the next bank holiday.",
    "Your account is no longer active after 12 months without a login.",
    "The shortlisting panel has now assessed all applications for vacancy reference 892259.",
    "We paused to think about your application carefully.",
    "Take your time: nothing here is taken for granted.",
    "The role is still open, but we are not progressing your application.",
    "If you know someone else who would suit the role, do forward this.",
]


@pytest.mark.parametrize("sentence", NO_REASON)
def test_words_that_state_no_reason(sentence: str) -> None:
    assert reason_in(f"Dear Sam,\n\n{sentence} We will not progress your application.\n\nJo") == (
        "unknown"
    )


def test_the_reason_gates_only_skip_searches_that_find_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rule's gate words (crm.reason._GATES, written by hand) must stand in every text the
    rule matches; a rule edit that leaves its gate behind shows here as soon as a sentence
    uses the new words: every sentence above reads the same with the gates and without."""
    texts = [f"Dear Sam,\n\n{s}\n\nBest,\nJo" for s, _ in STATED_REASONS]
    texts += [f"Dear Sam,\n\n{s} We will not progress it.\n\nJo" for s in NO_REASON]
    texts += [r["body"] for r in RECORDS]
    gated = [reason_in(t) for t in texts]
    assert any(gate for _, _, gate in reason._REASON_RULES)  # the gates under test exist
    ungated = tuple((name, pattern, ()) for name, pattern, _ in reason._REASON_RULES)
    monkeypatch.setattr(reason, "_REASON_RULES", ungated)
    assert [reason_in(t) for t in texts] == gated
