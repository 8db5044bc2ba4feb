"""Twenty-third pass, part M (issue 11): written-31's English refusals in unusual trades and
channels (rejectwatch.model.decisions_unmet) and a rota swap the older readings took for a
choice (rejectwatch.model.third_party, negation._decided, decisions_wide).

The refusals are read for their general forms: the reader not placed or taken on, told as a
decision made; no position or spot for the reader; a requirement unmet, so the reader cannot be
approved. Each has twins that must stay unread: a requirement listed in an advert or a receipt,
a test booked, a crew's rota, a decision put off until something is done. Every sentence is
written for these tests, none copied from written-31."""

from __future__ import annotations

import pytest
from tests.test_decisions_before import tokens

from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT


@pytest.mark.parametrize(
    "body",
    [
        # not placing or taking the reader on
        "After your induction evening we won't be placing you in that role, but thanks for "
        "coming along.",
        "Following the trial shift, we won't be placing you with the kitchen team.",
        "The selection panel met on Tuesday and is not taking you onto the crew this year.",
        "The club's coaching panel isn't taking you onto the volunteer coach list.",
        "We're not taking you on as a lifeguard: your 100m time was outside the standard.",
        "After the road test we won't be taking you on - the reversing wasn't at our standard.",
        "We won't be adding you to the bank staff list, as the role needs a full licence.",
        "The farm isn't taking you on for the season, sorry.",
        # no position or spot for the reader
        "There isn't a position we can give you at the moment, because the rounds need a driver "
        "and you don't drive.",
        "Our full crew is signed up for the harvest, so there won't be a spot for you this year.",
        "There's no place on the crew for you this season, as we need people who live nearby.",
        "There isn't a role for you with our team, as the contract requires a forklift ticket.",
        # a requirement unmet, so the reader cannot be approved
        "Your van is older than our rules allow, so we can't approve you to deliver right now.",
        "As your licence is under two years old, we're unable to clear you to drive for us.",
        "We couldn't approve you to ride with us: the bike you registered isn't eligible.",
        "Your first-aid certificate has lapsed, so we can't accept you as a tutor.",
    ],
)
def test_requirement_unmet_and_places_withheld_are_read(body: str) -> None:
    assert READER_OUT in tokens("Your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # requirements listed: an advert, a receipt, a trial's instructions
        "You'll need your own vehicle for the trial, and a full licence.",
        "Applicants must hold a full driving licence and have their own car.",
        "Thanks for applying to be a courier - you'll need a vehicle under ten years old.",
        "The rural rounds need a driver, so please bring your licence to the interview.",
        # a test booked, a trial set, a retake
        "Your pool test is booked for Tuesday at 7am; the timed 50m is the first part.",
        "We'd like you to come in for a trial shift on Saturday.",
        # a decision put off until something is done
        "We won't be placing you in that role until your background check clears.",
        "We can't approve you to deliver until you upload your insurance certificate.",
        "We can't approve you to drive before your documents are checked.",
        "We're unable to clear you to work until your right-to-work check is done.",
        # not taken on for a day, a shift or a week; an alternative offered
        "We won't be placing you on the Saturday rota - you're on Sunday instead.",
        "We won't be taking you on the Friday run - you're on the Monday route instead.",
        "We're not taking you on as a lifeguard but as a swim teacher, which suits your hours.",
        "We won't be placing you in that role this week; we'll start you on the next rota.",
        "There isn't a position we can give you yet, but we'll call when the rota opens.",
        "Is there a spot for you on the crew? Let's talk Friday.",
        # a crew's rota
        "We've got our full picking crew sorted for the season now, and you're on the Monday gang.",
        "The crew rota is full for Saturday, so you're on standby.",
        # a rota swap: a shift, hours or a slot gone to a colleague
        "Just so you know, the Saturday shift has gone to a colleague who asked for extra "
        "hours. You're on Sunday instead.",
        "Your Tuesday shift went to a colleague who wanted to swap.",
        "We gave your late slot to a colleague who needed the hours.",
        "The overtime has gone to a colleague who's been waiting for it.",
    ],
)
def test_their_twins_carry_no_decision(body: str) -> None:
    assert tokens("Re: your shifts", body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "The job has gone to a colleague who has more experience.",
        "We've given the weekend hours to Ros, who has been with us for years.",
        "The apprenticeship is going to someone who did a placement with us.",
        # a rota's thing given to a person from outside, not a colleague: a choice
        "We've offered the Sunday sessions to a locum who covered for us in the summer.",
        "The slot on the tour went to a roadie who had worked the last run.",
    ],
)
def test_choices_of_a_person_stay_read(body: str) -> None:
    assert CHOSE_OTHER in tokens("Re: your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # a place refused outside work: a course, a nursery, a flat, a squad, a clinic's list
        "The nursery is full, so there won't be a spot for you this year.",
        "There won't be a space for you on the pottery course this term.",
        "We're not taking you on as a client at the moment, as our caseload is full.",
        "The rowing club's committee isn't taking you onto the first crew this season.",
        "We can't accept you as a tenant, as the references didn't come through.",
        "There won't be a room for you in the shared house after all.",
        # a mailing list or a newsletter is no post (a helper's re-read found it read)
        "We're not adding you to the mailing list.",
        "We won't be adding you to the newsletter list, as you asked.",
        "The events team isn't putting you on the distribution list for the gala.",
    ],
)
def test_places_refused_outside_work_stay_unread_here(body: str) -> None:
    assert READER_OUT not in tokens("Re: your request", body)
