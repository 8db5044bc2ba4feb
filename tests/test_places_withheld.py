"""Twentieth pass, part A (issue 11): blind slice 18's English misses (first half), read by kind
(rejectwatch.model.places_withheld): a place on a panel, a roster, a course, a part or a
residency the reader is not given, told as a panel not joined, a qualification still missing, no
place left for the reader, advice followed, a measure outside the limit, the places filled, an
application going no further, a roster closed, a file that cannot be accepted, the part cast, a
place awarded to another, another act decided on, or an internal applicant who got the post.
Each kind in several wordings and sectors, with twins in the same words that carry no decision
(a step still to come, a condition, a rule, a mailing list, the reader chosen, a bid lost, an
interview slot). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.negation import CHOSE_OTHER


def tokens(subject: str, body: str) -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    return message_decisions(subject, body, "bookings@panel.example")


@pytest.mark.parametrize(
    "body",
    [
        # not added to a panel, a roster, a register
        "The selection committee has not added you to the panel this year.",
        "We have not put you on the roster of relief drivers for the summer.",
        "The board didn't include you on the register of approved assessors.",
        # ... for the season, after a reason the reader has not yet met
        "Because you have not yet refereed a full season in the county league, the committee "
        "has not added you to the list of referees this season.",
        "As you haven't yet completed two years on the wards, we have not placed you on the "
        "bank this round.",
        # not added until the reader qualifies
        "We cannot add you to the panel until you qualify.",
        "We can't place you on the register until you are fully registered.",
        "We are unable to book you as an interpreter until you have completed your final "
        "assessment.",
        # no place to go to the reader
        "Your sea survival certificate had lapsed, so no course place can go to you.",
        "There is no place for you on the spring course this year.",
        "No seat on the programme can be offered to you.",
        # the decision given as advice followed
        "The medical officer's advice after your screening was that we should not offer you "
        "the post.",
        "The panel's recommendation was that we do not appoint you.",
        "We have been advised not to offer you the role.",
        # a measure outside the limit
        "At the medical your weight was above the limit we can accept for the apprentice flat "
        "programme.",
        "Your height was below the minimum for the firefighter training course.",
        "Your eyesight was outside the range allowed for the pilot cadet scheme.",
        # a course's places, the shifts filled
        "The course places have been filled.",
        "The apprenticeship places are now all taken.",
        "It can't go any further - all the shifts have been allocated.",
        "All our weekend shifts are now filled.",
        # the application going no further
        "Your application can't go any further.",
        "Your candidacy will not be progressed any further.",
        # a roster closed to the reader
        "Your transcript came in at 94.1 % accuracy; the pool takes writers at 97.5 % or higher, "
        "so the roster stays closed to you this round.",
        "The panel remains closed to you for now.",
        # a file that cannot be accepted
        "Your file shows five disciplines and no combat qualification, so it cannot be accepted "
        "at this stage.",
        "Your portfolio has two pieces from the last five years, so it can't be accepted.",
        # the part cast
        "The producers have cast the role of Nettle from the first round, so the callback is off.",
        "The part has now been cast, so we won't need you on Thursday.",
        "We've cast the lead from the earlier auditions.",
        # the place awarded to another
        "The residency has been awarded to a poet from Orkney.",
        "This year's fellowship has gone to another writer.",
        "The commission has been given to one of our regular illustrators.",
        # another act decided on
        "The directors decided on the duo from Budapest for the hoop act.",
        "The panel settled on a candidate from Leeds for the role.",
        "We agreed on another dancer for the part.",
        # an internal applicant got the post
        "News from the client on Office Manager: an internal applicant has got it, so we can "
        "stop waiting on that one.",
        "The internal candidate has landed the role.",
        "Someone internal got the job in the end.",
    ],
)
def test_places_withheld_are_read(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    "body",
    [
        # a panel not joined yet, a mailing list, a process still running
        "We have not added you to the panel yet; your references are still outstanding.",
        "We haven't added you to the mailing list for the open evening.",
        "We cannot add you to the panel until your check clears.",
        "We can't place you on the roster until we hear from your referee.",
        # a place still to go to the reader, a place given
        "A place on the course can go to you once your documents arrive.",
        "There is a place for you on the spring course.",
        # advice still to come, or a condition
        "The advice was that we should not offer you the post until your check clears.",
        "If the recommendation is that we do not appoint you, we will let you know.",
        # a measure inside the limit, a parcel's weight, a payment
        "Your weight was below the limit for the programme, so you can go ahead.",
        "Your parcel weight was above the limit for the standard service.",
        "Your payment was above the limit we can accept for this card.",
        # places filled as a policy, an interview's slots
        "Places are filled on a first-come basis, so book early.",
        "All the interview shifts have been allocated: yours is Tuesday at 10.",
        # going no further as a rule
        "An unfinished assessment at the deadline means your application can't go any further.",
        # a roster open, a portal closed until something is done
        "The roster is open to you from next month.",
        "The portal stays closed to you until you verify your email.",
        # a file too large or in a wrong format
        "Your file is larger than 10 MB, so it cannot be accepted; please send a smaller one.",
        "Your submission was in the wrong format, so it can't be accepted. Please upload a PDF.",
        # the reader cast, a role still to be cast
        "We've cast you in the role of Nettle!",
        "Once the part has been cast we will write to everyone.",
        # a place awarded to the reader, a tender lost (no job)
        "The residency has been awarded to you - congratulations!",
        "Your bid was not successful; the contract has been awarded to another supplier.",
        # a venue, a date, the reader decided on
        "We decided on the venue for the party.",
        "We've decided on the date for the interview.",
        # an internal applicant in touch, not given the post
        "An internal applicant has got in touch about the role too.",
    ],
)
def test_their_twins_are_not(body: str) -> None:
    assert not decision(body)


def test_a_callback_cancelled_because_the_part_was_cast_is_read() -> None:
    """The calendar's cancellation carries the note: the part went elsewhere."""
    body = (
        "This event has been cancelled.\n\nCallback - puppeteer (series 3)\nWhen: Thursday 19 "
        "March 10:30-11:15\n\nNote from organiser: Hi Perpetua, sorry to do this by calendar. "
        "The producers have cast the role of Nettle from the first round, so the callback is "
        "off. Thanks for the self-tape.\n\nInvitation from Google Calendar"
    )
    assert CHOSE_OTHER in tokens("Cancelled: Callback - puppeteer", body)
    # ... while the invitation to the same callback reads no decision
    invitation = (
        "Invitation: you've been added to this event.\n\nCallback - puppeteer (series 3)\n"
        "When: Sunday 21 September 10:30-11:15\n\nNote from organiser: Hi Casimir, great "
        "self-tape. If the time doesn't suit, reply and we'll move you.\n\nInvitation from "
        "Google Calendar"
    )
    assert not tokens("Invitation: Callback - puppeteer", invitation)


def test_a_recruiter_s_news_with_another_role_is_read_and_not_held() -> None:
    """The client's post went to an internal applicant; the call asked after it is about
    another role (steps_ahead), so the guard does not hold the letter."""
    subject = "Feedback from a housing group + something else"
    body = (
        "Hi Ingrid,\n\nGood to speak on Tuesday. News from the client on Office Manager: an "
        "internal applicant has got it, so we can stop waiting on that one.\n\nSeparately, a "
        "landlord needs nine months of maternity cover, which might fit you even better. Fancy "
        "a quick call tomorrow? I'll need an updated CV by Friday.\n\nCheers,\nShirin"
    )
    assert CHOSE_OTHER in tokens(subject, body)
    assert not held_back(Document(subject, body, "shirin@agency.example"))


def test_an_assessment_booking_and_a_provisional_place_stay_undecided() -> None:
    """Slice 18's confirmation twins: a speed assessment booked, a course place provisional."""
    booking = (
        "You're booked onto Saturday's speed assessment. Please send a scan of your training "
        "certificate by Wednesday; without it we can't let you sit."
    )
    provisional = (
        "You have a provisional place on the spring observer training course. Both "
        "certificates must be valid for the whole course; places without documents by that "
        "date are released to the reserve list."
    )
    assert not tokens("Speed assessment booking", booking)
    assert not tokens("Observer course - documents needed", provisional)


def test_a_refusal_until_the_reader_qualifies_is_no_condition() -> None:
    """The negation's words are marked as a refusal, not a condition, when what it waits for is
    the reader's own qualification; a process still running stays a condition."""
    qualifies = marks("We cannot add you to the panel until you qualify.")
    assert "neg_panel" in qualifies
    assert "hyp_panel" not in qualifies
    registered = marks("We can't book you for assignments until you are fully registered.")
    assert "neg_assignments" in registered
    check = marks("We cannot add you to the panel until your check clears.")
    assert "hyp_panel" in check
    assert "neg_panel" not in check
