"""Twenty-third pass, part K (issue 11): a sceptical re-read of part H
(rejectwatch.model.decisions_closed_out and the cue reading's relative clauses), and the older
readings part H left open.

Part H's forms misread mail written in the same words: an application with no step left
because it is complete and with the panel, no interview set up while a budget is reviewed or by
the writer because the agency books it, the client's no to the reader travelling, to a CV's
format or a fee, or to one role with the reader put forward for another; the people being
invited with the reader on the list; a contractor made permanent with the interim post now
offered to the reader; conversations closed to offer the reader the job or to move them to a
new system. And handed_on read a post going to a candidate who is the reader ("- that's you").
Part H's refusals in other words are read too. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from tests.test_decisions_before import tokens

from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT

# read by main, though no refusal of the reader's application
MISREAD_BEFORE = [
    # part H: no step left, the application complete and with the panel
    "There is no further step for your application - it's complete and with the panel.",
    "Your application has no more steps - it is now with the hiring manager for review.",
    "So your application has no further step on this vacancy - you've completed everything, "
    "we'll be in touch with the result.",
    # no interview set up while something is reviewed, or by someone else
    "No interview with you for the role is being set up while the budget is reviewed.",
    "No call with you will be scheduled - we'll just email the contract.",
    "No interview with you for this role is being set up - the agency will do that.",
    "No interview with you is being set up by us; the client will contact you directly.",
    # the client's no to something the reader does or sends
    "The client has said no to you travelling, so the interview is in London.",
    "The client said no to your CV format - could you send a Word version?",
    "They've said no to your application fee refund.",
    "The client said no to you on the first role, so I've put you forward for the second.",
    # the people invited, the reader on the list
    "These are the people we're inviting to interview - see the attached list; you're on it.",
    # a stopgap made permanent, its old post offered to the reader
    "We converted our interim into the permanent role, so the interim post is free - are you "
    "interested?",
    # conversations closed to offer the job, or moved to a system
    "I'm closing out the other conversations, yours included, so we can offer you the job.",
    "We're closing all applications, including yours, ready for the interview stage.",
    "We've closed the remaining applications, including yours, and moved them to the new system.",
    # a post going to the reader, or only on a condition
    "The post goes to a candidate who can start in May - that's you.",
    "The post goes to the candidate who can start soonest, which is you!",
]


@pytest.mark.parametrize("body", MISREAD_BEFORE)
def test_misreadings_are_mended(body: str) -> None:
    assert tokens("Re: your application", body) == set()


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # part H's refusals in other words
        ("There won't be a next step for your application on this occasion.", READER_OUT),
        ("No interview will be offered to you for this role.", READER_OUT),
        ("The client has turned you down for the fitter role.", READER_OUT),
        ("The client has decided against you for the supervisor job.", READER_OUT),
        ("The locum has taken the permanent post.", CHOSE_OTHER),
        ("Our interim has been appointed permanently to the post.", CHOSE_OTHER),
    ],
)
def test_refusals_are_read(body: str, token: str) -> None:
    assert token in tokens("Re: your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # part H's new refusals' twins
        "There won't be a next step for you to take - your onboarding is done.",
        "No interview will be offered to you until the role is re-approved.",
        "The client has turned down your request to move the interview.",
        "The locum has taken the permanent post, so her locum shifts are free - interested?",
        "Our interim has been appointed permanently - please welcome him!",
        # older twins
        "Other applicants may fit more closely, but we'd still love to interview you.",
    ],
)
def test_twins_carry_no_decision(body: str) -> None:
    assert tokens("Re: your application", body) == set()


@pytest.mark.parametrize(
    ("body", "token"),
    [
        ("Other applicants fit more closely, so we won't be taking yours further.", CHOSE_OTHER),
        ("The post goes to a candidate who can start in May.", CHOSE_OTHER),
        ("We've decided to take a different tack and go with another candidate.", CHOSE_OTHER),
        ("The client said no to you for the fitter role, I'm afraid.", READER_OUT),
        ("So I'm closing out the other conversations, yours included.", READER_OUT),
        (
            "Another candidate was chosen, but we'd love to meet you about future roles.",
            CHOSE_OTHER,
        ),
        ("We're going a different direction with the hire.", CHOSE_OTHER),
        ("Thanks for applying - I'm passing this time.", READER_OUT),
    ],
)
def test_refusals_beside_them_stay_read(body: str, token: str) -> None:
    assert token in tokens("Re: your application", body)
