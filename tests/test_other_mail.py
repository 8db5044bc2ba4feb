"""Twentieth pass, part J (issue 11): decisions read on other mail, and what parts A and B left.

Other mail that read as a decision on the reader's application: a date refused with another
proposed (a scheduling question), the reader's own closing or withdrawal, a status row about a
payment, a card or an order; each with twins in the same words that stay decisions. And rows
that were not read: a careers centre's relay ("<employer> - <post>: declined."), a status
label above its value, a digest's refused row beside a "Submitted" row or in a name with
"St.", and "only" said of what the reader had, not of a condition ahead. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE, STATUS_REFUSED


def tokens(subject: str, body: str) -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    texts, _ = documents_to_views([Document(subject, body, "office@employer.example")])
    found = texts[0].rsplit("\n", 1)[-1].split()
    return {READER_OUT, CHOSE_OTHER, ROLE_GONE, STATUS_REFUSED}.intersection(found)


# other mail: no decision about the reader's application
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a date refused with another proposed
        ("Rota", "I can't put you on the rota for the 14th, can you do the 15th?"),
        ("Shifts", "Sorry Jem, we can't put you on the rota for the week of the 3rd. How about "
         "the week after?"),
        ("Bar shifts", "Unfortunately I can't put you on the rota on Saturday - are you free on "
         "Sunday instead?"),
        ("Stewarding", "We're unable to add you to the rota for that weekend; would the 28th "
         "work for you?"),
        ("Interview", "I'm afraid we can't offer you an interview on Tuesday. Could you do "
         "Thursday at 10?"),
        # the reader's own closing or withdrawal
        ("Your application", "Your application has been closed by you."),
        ("Application update", "Your application for Kitchen Porter was withdrawn by you on "
         "3 May."),
        ("Application update", "You closed your application for Barista on 2 May. You can "
         "apply again at any time."),
        ("Your candidate profile", "You've archived your application for Night Porter."),
        # a status row about a payment, a card or an order
        ("Payment", "Unfortunately, Payment status: declined"),
        ("Your card", "Card status - rejected\nPlease try another card."),
        ("Order 55102", "Hi,\n\nOrder status: unsuccessful\n\nWe could not take the payment."),
        ("Refund", "Refund status: declined. Contact your bank for details."),
        ("Your card", "Your card was used.\nVisa - Online shop: declined.\n"),
        ("Your order", "Status of your payment: declined"),
        ("Direct debit", "Direct debit status - rejected\nWe will try again in 3 days."),
        ("Top-up", "Hi,\nTransaction result: unsuccessful\nPlease retry."),
        # (a scheduling question in other words)
        ("Shift", "Sorry, can't take you on the 12th - would the 13th suit?"),
        ("Bank staff", "We can't put you on the bank rota for Monday; could you cover Wednesday?"),
        ("Your application", "This application was closed by you on 4 June."),
        # a label above something that is no refusal
        ("Application", "APPLICATION STATUS\nIn review\n\nWe'll be in touch."),
    ],
)
def test_other_mail_reads_no_decision(subject: str, body: str) -> None:
    assert tokens(subject, body) == set()


# ... and their twins, which stay decisions
@pytest.mark.parametrize(
    ("subject", "body", "token"),
    [
        ("Rota", "Sorry, we can't put you on the rota this season.", READER_OUT),
        ("Rota", "We can't put you on the rota for the 14th or after, sorry.", READER_OUT),
        ("Your application", "Your application has been closed.", READER_OUT),
        ("Your application", "Your application has been closed by Harbourside Hotels.",
         READER_OUT),
        ("Application", "Application status: declined", STATUS_REFUSED),
        ("Application", "Unfortunately, Application status: declined", STATUS_REFUSED),
        ("Application", "Payment received, thank you.\n\nApplication status: unsuccessful",
         STATUS_REFUSED),
        ("Application", "Your application (fee paid by card)\nApplication status: unsuccessful",
         STATUS_REFUSED),
        ("Interview", "Unfortunately we cannot offer you an interview. Are you available for "
         "other roles?", READER_OUT),
        ("Internal move", "Internal transfer status: declined", STATUS_REFUSED),
    ],
)
def test_the_twins_stay_decisions(subject: str, body: str, token: str) -> None:
    assert token in tokens(subject, body)


# rows and sentences read now
@pytest.mark.parametrize(
    ("subject", "body", "token"),
    [
        # a careers centre's relay
        ("Update on your application", "Hello Kit,\n\nAn employer has reviewed your application. "
         "Quayside Books - Bookseller: declined.\n\nKeep going!", STATUS_REFUSED),
        ("Application status changed", "An employer has reviewed your application. Fernleigh "
         "Dental - Practice Receptionist: not selected.\n\nCareers Service", STATUS_REFUSED),
        ("Placement news", "Hi Dev,\n\nWillowbank Nursery - Nursery Assistant: unsuccessful\n\n"
         "The careers team", STATUS_REFUSED),
        # a label above its value
        ("Your application", "REQUISITION\n3318 - Junior Analyst\n\nAPPLICATION STATUS\n"
         "Unfortunately, Not moving forward\n\nThank you for applying.", STATUS_REFUSED),
        ("Your application", "Role: Site Clerk\n\nDecision:\nNot progressed\n\nRegards",
         STATUS_REFUSED),
        ("Candidate portal", "Current status\n\nSadly, not shortlisted.\n\nHR team",
         STATUS_REFUSED),
        # a digest's refused row beside a "Submitted" row, or with a "St." in it
        ("Your week", "Changes since your last summary:\n\n\u2022 Porter - Elm Hotel - Submitted\n"
         "\u2022 Sales Assistant - Dunmore Shoes - Employer declined\n", STATUS_REFUSED),
        ("Your week", "Updates:\n\n\u2022 Care Assistant - St. Anne's Lodge - Employer declined\n"
         "\u2022 Cook - Elm Diner - Shortlisting\n", STATUS_REFUSED),
        # someone named appointed, with what sets them apart, or starting
        ("RE: Sous chef - trial", "Sorry for the wait; the owners only decided last night. "
         "They've appointed Hana Kowal, whose pastry work covers half our menu, and she starts "
         "on the 9th.", CHOSE_OTHER),
        ("Van driver", "We've taken on Jonah Pike, whose licence already covers the 7.5 tonne "
         "trucks.", CHOSE_OTHER),
        ("Kitchen porter", "We've hired Marek, and he starts Monday.", CHOSE_OTHER),
        # "only" of what the reader had, not a condition ahead
        ("Driver roles", "With only a provisional licence, we've gone for drivers who already "
         "hold a full C1.", CHOSE_OTHER),
        ("Lifeguards", "You have only one season on poolside, so we opted for lifeguards who "
         "hold the pool plant certificate as well.", CHOSE_OTHER),
    ],
)
def test_rows_and_reasons_read(subject: str, body: str, token: str) -> None:
    assert token in tokens(subject, body)


# ... and their twins, which read nothing
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your application", "APPLICATION STATUS\nNot yet reviewed\n\nWe'll be in touch."),
        ("Candidate portal", "Current status\nShortlisted\n\nWe'll call you."),
        # a digest with a step for the reader beside the refused row
        ("Your week", "Updates:\n\n\u2022 Porter - Elm Hotel - Employer declined\n\u2022 Cook - "
         "Elm Diner - Interview scheduled\n"),
        ("Your week", "Updates:\n\n\u2022 Porter - Elm Hotel - Employer declined\n\u2022 Cook - "
         "Elm Diner - Action required: complete your assessment\n"),
        # a post-holder the reader would work with, or the reader appointed
        ("Welcome", "We have appointed Dr Rees, whose team you'd be joining."),
        ("Welcome", "We've appointed you, and you start on Monday."),
        # "only" as a condition ahead
        ("Drivers", "We'll only contact drivers who already hold a full C1."),
        ("Drivers", "Only applicants we have gone for who hold a full C1 will hear back."),
    ],
)
def test_their_twins_read_nothing(subject: str, body: str) -> None:
    assert tokens(subject, body) == set()
