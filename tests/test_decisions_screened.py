"""Twenty-seventh pass, part F (issue 11): refusals after a screen, in a two-line note, an HR
platform's message, a recruiter's mail or a public body's letter, in general forms
(rejectwatch.model.decisions_screened), read after written-41 showed them unread; and other mail
written-41 showed read (a course's seats all gone, a market's pitches allocated, an outcome told
"successful or not"), mended where its reading is.

Refusals that must carry a decision token: the reader not on the panel or shortlist, the
application set to a refused status, the decision not gone the reader's way, an application not
taken any further, a post not extended to the reader, the appointment gone elsewhere, the other
candidate got it, the cut-off not cleared, stopping short of the next round, the role not to be
offered, an internal hire with no outside hire needed, a profile not selected after a round, not
going on with the reader, no offer decided, not the fit we need, calling it a day on the
application. Twins that must stay unread: the same words in a conditional, a later stage, a
venue or a supplier, a reference list, a status moved on to interview, a test that went badly
with an invitation after it, a closing date not extended, a seat, a slot, a break, a parking
space, colleagues joining the reader, a property offer, a venue's fit, the reader's own break;
and a receipt's "successful or not", a course's seats, a market's pitches.
Every sentence is written for these tests, in several Englishes."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # the reader not on the panel or the shortlist
    (
        "Clerical officer competition",
        "The outcome letter is attached. You do not appear on the panel that appointments "
        "will be drawn from.",
    ),
    (
        "Grade III panel",
        "Following the interviews, your name does not appear on the merit list for Grade III.",
    ),
    # the application set to a refused status
    (
        "Club manager",
        "The hiring team has set your club manager application to Not Progressing.",
    ),
    ("Barista", "Your barista application has been marked as Unsuccessful by the cafe team."),
    # the decision not gone the reader's way
    (
        "Warehouse lead",
        "A decision's been made on the team lead role, and this time it hasn't gone your way.",
    ),
    ("Site planner", "I'm sorry to say the panel's decision did not go in your favour."),
    # an application not taken any further
    (
        "Account executive",
        "Having compared everyone we met, we're not taking your account executive application "
        "any further.",
    ),
    ("Graduate scheme", "We won't be taking your graduate scheme application any further."),
    # the post not extended to the reader
    (
        "Operations executive",
        "After the feedback round, we won't be extending the operations executive position to you.",
    ),
    ("Data role", "The team will not be extending an offer to you for the analyst role."),
    # the appointment gone elsewhere
    (
        "Neighbourhood officer",
        "The panel has reached its decision, and sadly the appointment goes elsewhere.",
    ),
    ("Curator", "I'm afraid the job has gone elsewhere on this occasion."),
    # the other candidate got it
    (
        "Payroll specialist",
        "The other candidate got it, more Sage experience, so no joy there I'm afraid.",
    ),
    ("Re: chef de partie", "Bad news, the other finalist got the job. Sorry mate."),
    # the cut-off not cleared
    (
        "Coding assessment",
        "Based on your submission, you have not cleared the cut-off for the next round.",
    ),
    ("Aptitude test", "Unfortunately you did not meet the cut-off score for this intake."),
    # stopping short of the next round
    ("Take-home", "The team went through it on Monday and we're stopping short of the onsite."),
    (
        "Bench practical",
        "Your accuracy fell outside the lab's range, so we'll stop short of a final interview "
        "with you.",
    ),
    # the role not to be offered
    (
        "Nurse assistant",
        "The assessors scored your handover below the ward's standard, so you will not be "
        "offered the nurse assistant role.",
    ),
    ("Tutor", "Following the demo lesson you won't be offered the maths tutor position."),
    # an internal hire, no outside hire needed
    (
        "Front desk",
        "We ended up hiring one of our kennel staff into the front desk role, so there's no "
        "outside hire needed after all.",
    ),
    ("Re: office manager", "We ended up promoting one of our own admins into the post."),
    # a profile not selected after a round
    ("Java developer", "Profile not selected after technical round. Regards."),
    ("Re: BA role", "Your profile was not shortlisted for the business analyst position."),
    # not going on with the reader
    ("Sales executive", "Tunde, we will not be going on with you for the sales exec role."),
    ("Re: driver", "We're not going on with you, sorry, thanks for coming to the depot."),
    # no offer decided
    ("Office coordinator", "Chantal - after the call, we've decided not to make an offer."),
    ("Re: junior role", "The partners have decided not to extend an offer to you."),
    # not the fit we need
    ("Junior analyst", "Mel, not quite the fit we need at this stage unfortunately."),
    ("Re: designer", "You're not the right fit for us right now, but thanks for your time."),
    # calling it a day
    ("Product designer", "Brent - we're calling it a day on your application. Ta."),
]

TWINS = [
    # a list the reader may still join, a conditional
    (
        "Clerical officer",
        "If your name does not appear on the panel list by Friday, please phone the office.",
    ),
    ("Induction", "Your name does not appear on the attendance sheet for Monday, please sign in."),
    # a status moved on
    ("Club manager", "The hiring team has set your club manager application to Interview."),
    ("Barista", "Your barista application has been marked as Shortlisted by the cafe team."),
    # a test that went badly, an invitation after it
    (
        "Second round",
        "I know the first interview didn't go your way, but the panel would like to meet you "
        "again on Thursday.",
    ),
    ("Re: result", "If the decision doesn't go your way, you can ask for feedback."),
    # not taken further until something comes
    (
        "References",
        "We're not taking your application any further until your references come back.",
    ),
    ("Re: call", "We're not taking any further applications after Friday."),
    # a closing date or a deadline not extended
    ("Deadline", "We won't be extending the closing date for the role to anyone."),
    ("Offer", "We are extending the operations executive position to you, congratulations!"),
    # the post not sent elsewhere, a slot
    ("Re: parcel", "Sorry, your post went elsewhere, the courier left it next door."),
    ("Timing", "The other candidate got the earlier slot, so you're at 3pm on Friday."),
    # a cut-off ahead, others
    (
        "Results",
        "Candidates who have not cleared the cut-off will be told by email next week.",
    ),
    ("Re: form", "If you did not meet the cut-off date, please send the form anyway."),
    # a break, a stop
    ("Onsite", "We'll stop before the interview for a quick coffee with the team."),
    ("Parking", "You will not be offered a parking space, but there's a car park nearby."),
    (
        "Offer",
        "You will not be offered the contract until your right-to-work check is done.",
    ),
    # colleagues joining the reader
    (
        "Welcome",
        "We ended up hiring one of our kennel staff into the front desk role too, so you'll "
        "have company.",
    ),
    ("Profile", "Profile not selected? Update your preferences to get matching roles."),
    # going on to a place with someone else, an offer on a property
    ("Site visit", "We won't be going on with you to the site, Ruth will take you instead."),
    ("Premises", "The partners have decided not to make an offer on the premises."),
    # a venue's fit, the reader's own break
    ("Gala", "The museum hall is not quite the fit we need for the gala."),
    ("Re: break", "You're calling it a day on the rota early on Friday, no problem."),
    # a receipt's "successful or not", a course's seats, a market's pitches
    (
        "Student advisor",
        "The selection committee sits after the closing date, and each applicant gets word of "
        "the outcome, successful or not.",
    ),
    (
        "Evening course",
        "Unfortunately every seat has gone, so we've popped you onto the waiting list for the "
        "spring term.",
    ),
    (
        "Market stall",
        "Your stall application has been considered. We regret that all pitches for the "
        "season have been allocated. You are on the reserve list.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
