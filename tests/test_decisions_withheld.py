"""Twenty-ninth pass, part F (issue 11): refusals that say an outcome was withheld from the
reader (rejectwatch.model.decisions_withheld), and the misreadings written-49 showed around
them (rejectwatch.model.negation: a status line that tells the reader they were selected, a
different direction taken on a menu or a brochure).

Refusals that must carry a decision token: an outcome not gone the reader's way or a round not
ended in their favour, no place for the reader, none given to the reader, an application that
goes no further or won't go on, a vacancy withdrawn, declared ineligible, the reader not moved
ahead, the job not the reader's, a post covered by someone, not needed after all, a different
way for the post, others described proceeded with, another more matched, an application that
failed, a list drawn up without the reader.

Twins that must stay unread: the same words in a conditional, still to come or about a thing
that is no job (a parcel, parking, tickets, a fee waiver, a booking, a shift, jury duty, an
upload, insurance), an interview that simply "didn't go your way" before any decision, a vacancy
withdrawn to be re-advertised, the reader's own withdrawal, a list with the reader on it, the
reader needed after all; and a status update that tells the reader they were selected to
interview. Every sentence is written for these tests, in several trades and Englishes."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # not the reader's way
    ("Your application", "I'm sorry to say the warehouse role has not gone your way this time."),
    ("Outcome", "Unfortunately the appointment did not go to you on this occasion."),
    ("Bursar's assistant", "Regrettably the selection didn't go in your favour."),
    ("Final interview", "Sadly, the final panel interview did not end in your favour."),
    # no place for the reader
    ("Kitchen hand", "Sorry mate, there's no kitchen spot at the pub for you right now."),
    ("Seasonal", "We took on two returners, so there's no desk in the office for you this season."),
    ("Salon", "We took on a senior stylist, so there will be no chair for you this season."),
    # none given to the reader
    (
        "Sessional teaching",
        "All sessional classes are now assigned, and none has been allocated to you.",
    ),
    (
        "Graduate rotations",
        "Eight rotations were offered, and none of those rotations can go to you.",
    ),
    ("Vacation scheme", "Hosts are confirmed, and no placement was matched to your application."),
    # the application goes no further / won't go on
    ("Porter", "I'm afraid your application for hospital porter goes no further."),
    ("Picker", "The wave is full and your application won't go on, sorry."),
    # a vacancy withdrawn
    ("Gardener", "We have withdrawn the assistant gardener vacancy following a budget review."),
    ("Clerk", "The council has withdrawn the planning clerk post after the restructure."),
    # declared ineligible
    ("Ref 22/14", "You were declared ineligible for this recruitment as the licence was missing."),
    (
        "Advert 4/2025",
        "Your application arrived without the police clearance, so it was declared ineligible.",
    ),
    # can't move the reader ahead
    ("Sonographer", "Without the ARDMS registry we can't move you ahead for this opening."),
    ("Linesman", "We are unable to take you forward for the cable jointer job."),
    # the job not the reader's
    ("Trial", "Thanks for Saturday. The barista job's not yours this time, sorry."),
    ("Warehouse", "I'm sorry, the warehouse gig's not yours this time round."),
    # a post covered by someone
    ("Export clerk", "The post was covered already by a colleague from the Seville office."),
    ("Depot", "The opening got taken by a colleague from the Leeds depot."),
    # not needed after all
    ("Bar work", "Our old barman came back, so you aren't needed any more."),
    ("Harvest", "Sorry, you won't be needed any more for the grape picking."),
    # a different way for the post
    ("Trainee", "We've decided to go a different way for the junior stylist spot."),
    ("Hire", "We've gone a different way for the nursery assistant place."),
    # others described proceeded with
    (
        "Call centre",
        "We're prioritising applicants who speak Mandarin and will be proceeding with them.",
    ),
    # another more matched
    ("Position", "After talk with manager, we consider other profile was more adjusted."),
    ("Sales", "We think another profile is more adequate for the opening."),
    # the application failed
    ("Notice", "Please take this as notice that your application failed."),
    ("Outcome", "We write to confirm your candidature for the trainee post has failed."),
    # a list drawn up without the reader
    ("Cohort", "The interview round was drawn up, and sadly your profile is not in it."),
    ("Board", "The board's shortlist leaves you out, I'm afraid."),
]

TWINS = [
    # not the reader's way: a thing, a vote, a feeling about an interview, still to come
    ("Parcel", "The parcel did not go to you because the address was wrong; we'll resend it."),
    ("Election", "I'm sorry the vote has not gone your way in the branch election."),
    (
        "Following up",
        "Sorry to hear the last role didn't go your way! Fancy a call about two more?",
    ),
    (
        "Thanks",
        "Sorry the interview didn't go your way on the day; the panel still wants the task.",
    ),
    ("Outcome", "The decision has not gone your way yet, as the panel meets on Monday."),
    # no place: parking, a course, a slot moved, still to come
    ("Your course", "The first-aid course has filled up, and there's no place left on it for you."),
    ("Visit", "There's no parking spot at the clinic for you, so use the street."),
    ("Induction", "There's no desk for you at the moment, so we've put you in the meeting room."),
    ("Start", "There's no desk for you until the refit finishes, so work from home at first."),
    # none given: tickets, still to come
    ("Raffle", "Forty tickets were drawn, and none of those tickets has gone to you."),
    ("Rotations", "None of the rotations has been allocated to you yet; you'll hear next week."),
    # goes no further: until
    ("Pending", "Your application goes no further until we receive your right-to-work document."),
    # a vacancy withdrawn to be re-advertised; the reader's own withdrawal
    ("Advert", "We have withdrawn the porter vacancy while we update the salary; it reopens soon."),
    ("Your request", "You have withdrawn your application for the clerk post, as you asked."),
    # declared ineligible: a fee waiver, a conditional
    ("Fees", "You were declared ineligible for the fee waiver, so please pay the fee by Friday."),
    ("Rules", "If you are declared ineligible, your deposit is returned within a month."),
    # can't move the reader ahead: until
    ("Registration", "We can't move you forward until your HCPC registration comes through."),
    # the job not the reader's: to lose, yet
    ("Final round", "Honestly, the job is yours to lose at the final round."),
    ("Offer", "The role isn't yours yet, we still need two references back."),
    # a post covered: a shift, insurance
    ("Rota", "Your Saturday job was covered by a colleague while you were on leave."),
    ("Benefits", "The position is covered by a group insurance policy from day one."),
    # not needed: a day, jury duty, needed after all
    ("Tomorrow", "You're not needed after all tomorrow, the delivery was cancelled."),
    ("Jury", "Good news, you're not needed any more for jury service."),
    ("Start", "Great news, you're needed after all, can you start Monday?"),
    # a different way: a booking, a menu
    ("Bookings", "We've had to go a different way with the colour bookings, see you Thursday."),
    ("Menu", "Chef went a different way with the Christmas menu this year."),
    (
        "Staff party",
        "Head chef took a different direction on the Christmas menu, so tasting moves.",
    ),
    ("Rebrand", "The agency went in a different direction with the brochure this spring."),
    # prioritising, with the reader among them
    ("Next step", "We're prioritising candidates with French, and you're one of them."),
    # another more matched, in a conditional
    ("Update", "If other candidate is more suitable, we will tell you next week."),
    # the application failed to upload
    ("Portal", "Your application failed to upload, please try again."),
    ("On hold", "A pause on the post doesn't mean your application failed, it stays open."),
    # a list with the reader on it
    ("Round two", "The second-round list is finalised and your name is on it."),
    # a status update telling the reader they were selected
    (
        "Status update",
        "Status update for requisition 4471: you've been selected to interview for store "
        "supervisor. Choose a time in the portal.",
    ),
    ("Outcome", "The outcome: you have been selected to interview for the grad scheme."),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
