"""Issue 11, fifty-second pass: kinds held-out slices 84-86 missed with no decision read, each
read here in wordings written apart from the slices' own: a score and a cut told in two
sentences or two lines in a row (the score the lower); someone else preferred in the present
("the client prefers the other shortlisted candidate"); the reader's application named, then
passed on as "it"; a posting withdrawn, or a post shut unfilled. The shapes that must stay
unread: a passing score, a wish for someone with a skill, a cut that is not yet set, a date
called a cut-off, a condition, a post still open, an application passed on to someone."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

READ = [
    # the score, then the cut in the next sentence or line
    ("Your aptitude score for Bus Operator: 52. Pass mark: 60.", negation.READER_OUT),
    ("Your score: 18/40\nCut-off: 24/40\nStatus: closed", negation.READER_OUT),
    ("Your interview rating was 2.5. The threshold was 3.", negation.READER_OUT),
    ("Your total was 61 points; the shortlisting line was 70.", negation.READER_OUT),
    # someone else preferred, in the present
    (
        "After your call, the client prefers the other finalist for the Site Lead post.",
        negation.CHOSE_OTHER,
    ),
    (
        "The hiring manager prefers another applicant who has run a night shift.",
        negation.CHOSE_OTHER,
    ),
    # the reader's application named, then passed on as "it"
    (
        "The partners went through your paralegal application and are passing on it.",
        negation.READER_OUT,
    ),
    ("We read your CV twice but decided to pass on it this round.", negation.READER_OUT),
    # a posting withdrawn, a post shut unfilled
    ("The Barista posting has been withdrawn; no one will move on from it.", negation.ROLE_GONE),
    (
        "This requisition is now closed without a hire, and so is your candidacy.",
        negation.ROLE_GONE,
    ),
    ("The Porter vacancy closes unfilled after the ward merger.", negation.ROLE_GONE),
]

UNREAD = [
    "Your aptitude score for Bus Operator: 72. Pass mark: 60.",
    "Your score: 33/40\nCut-off: 24/40",
    "Your reference: 4471. Cut-off date: 12 June.",
    "Your written score was 41. The qualifying mark will be set at 55 if numbers allow.",
    "Our client prefers someone with a forklift licence and weekend availability.",
    "We prefer candidates who can start in May.",
    "If the posting is withdrawn, we will write to everyone who applied.",
    "The vacancy stays open until we find the right person.",
    "I read your CV and passed on it to the head chef, who will call you.",
    "We liked your application and are passing it on to the client today.",
    "If the requisition closes unfilled, we will let you know straight away.",
]


# Second round (slices 87 and 88's misses and their one filed confirmation, read after the
# round's model measured them): left off a list, the reader's part over, missed out, no place
# to offer, a post shut with no appointment, folks taken forward, a score against what the next
# stage needed; a class rated ineligible and told by mail is a rule, never a decision.
READ_SECOND = [
    ("The eligibility list sent to the panel does not include your name.", negation.READER_OUT),
    (
        "Your application was rated qualified, but the merit list issued to the manager left "
        "it off.",
        negation.READER_OUT,
    ),
    ("Your involvement in this selection round has now ended.", negation.READER_OUT),
    ("Further consideration for the Porter requisition has concluded.", negation.READER_OUT),
    ("I'm sorry to say you've missed out on this occasion.", negation.READER_OUT),
    ("We've hired a local welder, so there is no position we can offer you.", negation.READER_OUT),
    ("The opening is now closed with no hire made.", negation.ROLE_GONE),
    ("We are taking forward folks who have run a stores team before.", negation.CHOSE_OTHER),
    ("Your assessment mark: 31/50.\nThe next stage needed 35.", negation.READER_OUT),
]
UNREAD_SECOND = [
    "Anyone rated ineligible receives an email; eligible applicants may go onward to the panel.",
    "Those found ineligible are notified by post; the others move to interview.",
    "You missed out on the ticket draw, but seats are still on sale.",
    "You've missed out on the early-bird discount, sadly.",
    "Your part in the process is complete; results follow next week.",
    "There is no place to offer you yet, but we will write in June.",
    "The newsletter list omits your name if you unsubscribe.",
    "Your assessment mark: 41/50.\nThe next stage needed 35.",
]


# Third round (slices 91 and 92's misses and their two filed confirmations, read after the
# shipped model measured them): a score against where interviews began,
# the application itself ineligible, others progressed instead, a numbered public competition
# cancelled; a receipt's list of the status changes to come, and a class of files marked by the
# system in the passive, are no decision given.
READ_THIRD = [
    ("Yours came to 14 of 40, and interviews started at 22.", negation.READER_OUT),
    ("You scored 9 out of 30; interviews started at 15.", negation.READER_OUT),
    ("Your tenancy officer application was deemed ineligible.", negation.READER_OUT),
    ("After the sift we are proceeding with others instead.", negation.CHOSE_OTHER),
    ("Competition #7781 (Plans Examiner) has been withdrawn.", negation.ROLE_GONE),
]
UNREAD_THIRD = [
    "You scored 29 out of 30; interviews started at 15.",
    "If your application is ineligible, the system will say so.",
    "We are progressing others as well as you this week.",
    "The regional quiz competition is cancelled because of the storm.",
    "Status updates (interview, offer, closed) reach you by text.",
    "Every form without a signed page is marked Incomplete by the portal.",
]


# each round's wordings, read and unread, checked by the same two tests
@pytest.mark.parametrize(("text", "token"), READ + READ_SECOND + READ_THIRD)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND + UNREAD_THIRD)
def test_wishes_conditions_rules_draws_and_open_posts_stay_unread(text: str) -> None:
    assert not decision(text)
