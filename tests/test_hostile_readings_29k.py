"""Twenty-ninth pass, part K (issue 11): a hostile re-read of the pass's new English readings
(decisions_preferred, decisions_seats_given) and of older false readings left in main.

OTHERS: business, staff, customer, club and friends' mail that is no refusal of the reader
and must carry no decision token: a helper taken on for the reader, a recruiter or a
consultant hired for a post, a colleague brought in for a client seat, a seat filled by a
staff election, a tender, a grant or an expense claim found non-compliant, a non-job
application (a mortgage, a visa, a permit) found unsuccessful. REFUSALS: the same shapes
refusing the reader, which must stay read, and a job title between "your" and "application".
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import message_decisions

OTHERS = [
    # a helper taken on for the reader (third_party.chose_another, negation's "hired someone")
    (
        "Re: migration",
        "Hi Tom, we took on someone new to help you with the migration. She starts Monday.",
    ),
    ("Onboarding", "We hired someone new to support you during onboarding. Say hi to Ben!"),
    ("Welcome aboard", "Good news: we've hired someone to help you settle in, her name is Jo."),
    ("Audit", "We took on somebody new to support your team with the year-end audit."),
    ("Re: rota", "Mgmt has appointed someone new to assist you on the night desk from June."),
    # a recruiter, an agency or a consultant hired for the post (handed_on._RESOLVED_TO)
    (
        "Re: hiring plan",
        "We decided to hire a recruiter for the Paralegal role, as the search has been slow.",
    ),
    ("Re: Paralegal", "We decided to take on a consultant for the Paralegal seat."),
    (
        "Re: hiring",
        "The partners agreed to engage an agency for the Office Manager post after Easter.",
    ),
    # a colleague brought in for a client seat or meeting (decisions_preferred)
    (
        "Re: Acme account",
        "Hi Sam,\n\nFollowing Tuesday's call, the partners agreed to bring in Louise, who has "
        "handled the Acme audits before, for the client seat on the steering group. You stay "
        "lead on the day-to-day.\n\nKim",
    ),
    (
        "Re: Henderson account",
        "After the review the partners decided to bring in Marta, who is our best auditor, for "
        "the client meeting on Thursday.",
    ),
    # a seat filled by an election (decisions_preferred._POST_GOES_TO)
    (
        "Re: Board seat",
        "The seat will go to a current staff member, elected by the staff council next week.",
    ),
    # a tender, a grant or an expense found non-compliant (decisions_seats_given)
    (
        "Tender 4471",
        "Your submission for tender 4471 was found to be non-compliant because the form was "
        "unsigned.",
    ),
    (
        "Community grant",
        "Your application for the community grant was deemed ineligible as the group is not "
        "registered as a charity.",
    ),
    ("Expense report", "Your submission was deemed invalid because the receipt date is missing."),
    (
        "Re: RFQ-220",
        "Your bid for the cleaning contract was declared invalid as it arrived after noon.",
    ),
    # non-job applications found unsuccessful, and an outcome that was good
    ("Mortgage", "We're sorry, your mortgage application was unsuccessful this time."),
    ("Visa", "Your visa application was unsuccessful."),
    ("Permit", "Your parking permit application was unsuccessful because the zone is full."),
    ("Great news", "Your Underwriting Assistant application was successful! Welcome aboard."),
    ("Payment", "The payment was unsuccessful. Please update your card details."),
    ("Delivery", "The delivery attempt was unsuccessful. We'll try again tomorrow."),
    ("Airbnb", "Your host application was declined: the listing photos are missing."),
    ("Payroll", "Your Finance Assistant application for annual leave was rejected."),
    (
        "Re: next steps",
        "If your Claims Officer application is unsuccessful, we will keep your CV on file.",
    ),
    # a text about a ticket or a flat got by someone else (decisions_preferred._SOMEONE_GOT_IT)
    (
        "Re: tickets",
        "someone local got it cos they queued from 6am. we'll try for the sunday show instead",
    ),
    (
        "Re: the flat",
        "someone else got the place because they could move in on the 1st, gutted. still "
        "looking with you tho",
    ),
    (
        "Re: trip",
        "sorry mate, somebody else got the spot because they paid the deposit first",
    ),
    ("Re: raffle", "Somebody else got it because their ticket was drawn first."),
    # a school's or a class's place (decisions_seats_given._NO_SEAT)
    ("School places", "We're unable to offer a place to you in Year 7 at this school."),
    ("Re: gym class", "Sorry, we can't give a spot to you in the Tuesday spin class."),
    # a thing that went to someone (third_party.chose_another)
    ("Re: IT", "The spare laptop went to a new starter who needed it more."),
    ("Re: trip", "The last seat on the coach went to someone who booked earlier."),
    # a rule of what happens to others
    ("Eligibility", "Candidates found to be ineligible will be removed from the list."),
]

REFUSALS = [
    # a job title between "your" and "application"
    (
        "Underwriting Assistant",
        "Dear Chris,\n\nThank you for your time. Your Underwriting Assistant application was "
        "unsuccessful on this occasion.\n\nHR",
    ),
    ("Update", "Hi Mo, your warehouse operative application has been unsuccessful."),
    ("Your application", "Your Graduate Trainee application was not successful this year."),
    # the same shapes refusing the reader (must stay read)
    (
        "Paralegal",
        "Dear Ana, the partners agreed to bring in Tomás, who has been temping with us, for the "
        "Paralegal seat. Thank you for coming in.",
    ),
    (
        "Re: the bar job",
        "no luck, someone local got the job cos they can start monday. gutted",
    ),
    (
        "Graduate scheme",
        "Some 1,800 graduates applied for twenty places, and we are unable to offer one of them "
        "to you.",
    ),
    ("Re: the van job", "Sorry Dan, the driver job went to someone who lives nearer the depot."),
    ("Post 81739", "Your application for post 81739 was found to be non-compliant."),
    ("Bursar", "The board decided to appoint Ms Rahman to the Bursar post."),
    (
        "Account Manager",
        "Hi Lee, the directors agreed to bring in Grace, who ran our key accounts in Leeds, for "
        "the Account Manager post.",
    ),
    ("Clerk", "Thanks for your time. We hired someone new to the team last week."),
    ("Clerk", "Sorry, we took on someone who has more experience with tills."),
    (
        "Lab Officer",
        "Thank you for applying. The Laboratory Officer position will go to our current "
        "contract staff.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), OTHERS)
def test_other_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body), body


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_refusal_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body), body
