"""Issue 11, fifty-third pass: a post shut unfilled is read in every wording the pattern names
("without any appointee", "without an appointment", "with no selection"), since the words that
let the pattern run now come from the pattern's own pieces; the same wordings under a condition
or for a meeting stay unread. The guard holds no refusal for others asked to a round or for a
document named as the reason an application is ineligible."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

READ = [
    "Thank you for applying. The post now closes without any appointee, as the budget was cut.",
    "The Groundsman role has closed without any selection, so your application ends here.",
    "That requisition shut without an appointee after the site merger.",
    "The Driver vacancy has closed with no appointment made this round.",
]

UNREAD = [
    "If the post closes without any appointee, we will write to everyone who applied.",
    "The vacancy stays open; it will not close without an appointment.",
    "Your interview has closed without any selection of dates; please pick one.",
]


# The guard (classifier.held_back) no longer holds a refusal for others asked to a round, nor for
# a document named missing as the reason an application is ineligible; the reader asked to a
# round, and an application incomplete for a missing document, are still held.
NOT_HELD = [
    "Ninety people applied; six got asked to a trial shift, and you were not among them.",
    "Twelve applicants were asked to a final panel. We are sorry you were not one of them.",
    "Your application is ineligible: the forklift certificate is missing from your upload, so "
    "we have closed it.",
]
HELD = [
    "Good news: you got asked to a trial shift on Friday at 9.",
    "Four of you were asked to a final panel; please pick a slot by Thursday.",
    "Your application for the Porter post is incomplete: the DBS certificate is missing.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_others_asked_and_reasons_for_ineligibility_are_not_held(text: str) -> None:
    assert not held_back(Document("Your application", text, "jobs@example.org"))


@pytest.mark.parametrize("text", HELD)
def test_the_reader_asked_and_an_incomplete_application_are_still_held(text: str) -> None:
    assert held_back(Document("Your application", text, "jobs@example.org"))


# Second part: shapes read blind slices 89-92 still missed (rejectwatch.model.decisions_handed_on,
# and three existing readings widened), in wordings written apart from the slices' own
READ_KINDS = [
    (
        "The depot is giving the spare van shifts to its own drivers instead of recruiting.",
        negation.ROLE_GONE,
    ),
    (
        "We are covering the weekend hours in-house rather than hiring this spring.",
        negation.ROLE_GONE,
    ),
    ("The owners have given the till job to their niece from Leeds.", negation.CHOSE_OTHER),
    ("Our committee has offered the warden post to a long-standing member.", negation.CHOSE_OTHER),
    (
        "There was budget for one trainee place, which a returning volunteer has taken.",
        negation.CHOSE_OTHER,
    ),
    ("Sadly there is no interview invitation for you this round.", negation.READER_OUT),
    ("Your mark sat below the line, and so no interview call-up will follow.", negation.READER_OUT),
    ("You scored 44, below the panel's pass mark of 50.", negation.READER_OUT),
    ("Your application was reviewed and found ineligible for this post.", negation.READER_OUT),
    ("Requisition 4471 has now closed with no one hired.", negation.ROLE_GONE),
]
UNREAD_KINDS = [
    "If we decide to train someone up rather than hiring, we will tell you.",
    "There is no invitation needed; just come along on Friday.",
    "There is no interview call yet; we are still reading applications.",
    "The committee has offered the post to the agency to advertise.",
    "The panel has offered the role to you, subject to references.",
    "You scored 58, above the cut-off of 50, so we will be in touch.",
    "If the role closes with nobody appointed, we will write to you.",
]


# Second round: shapes read slices 93 and 94 missed, in wordings written apart from theirs
READ_SECOND = [
    ("Other applicants with more pastry work are moving forward instead.", negation.CHOSE_OTHER),
    ("Others from the spring intake were progressing in your place.", negation.CHOSE_OTHER),
    ("You will therefore progress no further with this vacancy.", negation.READER_OUT),
    ("With 31 points you are now off the shortlist for the Ranger post.", negation.READER_OUT),
    ("You have been ranked below the referral cut-off for this grade.", negation.READER_OUT),
    ("Only the highest-rated candidates were referred to the manager.", negation.READER_OUT),
    ("The Porter vacancy has closed without interviewing.", negation.ROLE_GONE),
]
UNREAD_SECOND = [
    "If you miss the deadline, you will go no further.",
    "Only the top-scoring candidates will be invited to interview.",
    "Others are going ahead as well, so the panel will meet everyone.",
    "If the vacancy closes without interviews, we will tell you.",
    "Noted that you have withdrawn; you're off the list now. Good luck at college!",
]


# Third round: shapes read slices 95 and 96 missed, and the confirmation they filed twice ("A
# requisition shut ahead of interviews shows up as Closed in your candidate home"), in wordings
# written apart from theirs
READ_THIRD = [
    ("Sadly your application narrowly missed the cut for the assessment day.", negation.READER_OUT),
    ("Pass mark: 55 of 100.\nYour score: 47", negation.READER_OUT),
    ("A local fitter has taken the job, which closes your application.", negation.READER_OUT),
    ("Three of you were close, and one of them got the post.", negation.CHOSE_OTHER),
    ("The hire went elsewhere, so nothing is available for you this season.", negation.READER_OUT),
    ("The clinic has given the Saturday shifts to a locum from Derby.", negation.CHOSE_OTHER),
]
UNREAD_THIRD = [
    "Pass mark: 55 of 100.\nYour score: 71",
    "If your application missed the cut, we will email you.",
    "Once you press submit, that closes your application form for edits.",
    "Each week one of them gets it wrong; please check the rota.",
    "We decided to automate the weekly stock count rather than hiring a temp for it.",
    "A posting withdrawn before interviews shows up as Withdrawn on your dashboard.",
    "Any change, a vacancy closed included, shows as Closed in your applicant portal.",
]
# the reader's own candidate page is no third party chosen (the post closing is still read)
NOT_CHOSEN = [
    "The Porter post has closed; see your applicant dashboard for other roles.",
    "Roles that have closed are listed in your candidate portal.",
]


@pytest.mark.parametrize("text", NOT_CHOSEN)
def test_the_readers_candidate_page_is_no_one_chosen(text: str) -> None:
    assert negation.CHOSE_OTHER not in marks(text)


# Fourth round: shapes read slices 97 and 98 missed, in wordings written apart from theirs
READ_FOURTH = [
    ("The panel have now moved on from your Sous Chef application.", negation.READER_OUT),
    ("With 12 points the process ends for you at the sift.", negation.READER_OUT),
    ("Sorry, it's unsuccessful news this time round.", negation.READER_OUT),
    ("One of our weekend casuals took the post in the end.", negation.CHOSE_OTHER),
    ("The next stage needed 30 of 50; your score was 24.", negation.READER_OUT),
]
UNREAD_FOURTH = [
    "If the panel has moved on from your application, the portal will say so.",
    "Once the process ends for you, we delete your data within six months.",
    "It was unsuccessful news for the council's funding bid, sadly.",
    "The next stage needed 30 of 50; your score was 36.",
]


# Fifth round: the other mails slice 100 had filed, in wordings written apart from theirs: a
# status paused is no refusal and no post gone, and a plural class ruled out by what it lacks is a
# rule; a post on hold, or put on hold, is still gone
NOT_DECIDED_FIFTH = [
    "Stage: On hold - recruiter on leave",
    "Status: On hold while the hiring team travels",
    "Thanks, your form is in. Forms without a signed declaration are ruled ineligible, and the "
    "applicant is told by letter.",
    "Applications missing a police check will be excluded; please attach yours.",
]
GONE_FIFTH = [
    "The Porter vacancy is on hold indefinitely.",
    "We have decided to put on hold the Stores Clerk position.",
    "Status: on hold - position cancelled",
]


# each round's wordings, read (with the token each must carry) and unread, checked by the same two
# tests; a post shut unfilled (first round) and a post on hold (fifth round) must read ROLE_GONE
READ_ALL = (
    [(text, negation.ROLE_GONE) for text in READ + GONE_FIFTH]
    + READ_KINDS
    + READ_SECOND
    + READ_THIRD
    + READ_FOURTH
)
UNREAD_ALL = (
    UNREAD + UNREAD_KINDS + UNREAD_SECOND + UNREAD_THIRD + UNREAD_FOURTH + NOT_DECIDED_FIFTH
)


@pytest.mark.parametrize(("text", "token"), READ_ALL)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_ALL)
def test_conditions_rules_other_news_and_open_posts_stay_unread(text: str) -> None:
    assert not decision(text)
