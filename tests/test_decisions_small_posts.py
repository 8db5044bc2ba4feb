"""Twenty-seventh pass, part E (issue 11): small trades' refusals in forms slice 25's wide part
showed unread (rejectwatch.model.decisions_small_posts, and negation._RELAYED for a platform's
wrapper), each in several trades and channels.

Refusals that must carry a decision token: a platform's "X replied:" or an e-sign's "Reason
given:" quoting the owner's refusal; the only spot taken by someone named; a person described
who got it; the crew sorted or full for the season; the business kept as it is rather than take
anyone on; a group note to those who applied and were not picked; none of the places with a
place for the reader; each chose a candidate already known; someone else asked to do it
instead. Twins that must stay unread: a trial day offered, a season full of customers, a
noticeboard's "position still open", a reply-all confirming a group interview, a newsletter
announcing a new hire to members, an e-sign request for a contract, a booking taken, a chore
handed on, a party's team, the reader's own start. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # a platform's wrapper quoting the owner's message
    (
        "New reply to your message",
        'Riverside Allotment Cafe replied: "Sorry Lou, the kitchen job went to a regular of '
        'ours. Good luck!"',
    ),
    (
        "Envelope voided: Contract of employment",
        'The sender has voided this envelope.\n\nReason given: "Apologies Dev, the role went '
        'to another applicant after all. Please ignore."',
    ),
    (
        "Your conversation with Hilltop Stables",
        'Hilltop Stables wrote: "Thanks Mia, we gave the groom post to a girl from the village '
        'in the end."',
    ),
    # the only spot taken by someone named
    (
        "Message from Cove Paddle Hire",
        "Hi Ade, we only have the one spot this summer and Marta from the spring crew has "
        "taken it. Sorry!",
    ),
    (
        "Re: bar back",
        "We only had one opening for the festival and Tomasz, who worked the spring fair, "
        "has got it.",
    ),
    # a person described who got it
    (
        "Re: your noticeboard reply",
        "Thanks for answering the ad. A lad who already works the till got it.",
    ),
    (
        "Re: apprentice",
        "Hiya, a young woman from the college got the apprenticeship. All the best.",
    ),
    # the crew sorted or full
    (
        "Re: seasonal work",
        "We've got our picking crew sorted from last year's regulars now, sorry about that.",
    ),
    ("Call summary", "Outcome: told caller the stall team is full for this season."),
    ("Re: kitchen porter", "Thanks Rob, the kitchen crew is full for the summer now."),
    (
        "Call log",
        "Told caller the tour crew is full for this year; name noted for next season only if "
        "she rings back in April.",
    ),
    # kept as it is rather than take anyone on
    (
        "Re: your message",
        "Having thought it over, we're going to keep it just the two of us rather than take "
        "anyone on this year.",
    ),
    (
        "Re: Saturday help",
        "Thanks Nell. We'll manage the shop ourselves through spring instead of hiring anyone.",
    ),
    # a group note to those who applied and were not picked
    (
        "Club news: warden posts",
        "The warden posts are filled. To those who applied and weren't picked this year, thank "
        "you, and do try again.",
    ),
    (
        "Choir newsletter",
        "Our new accompanist is Rhys. To everyone who applied but wasn't chosen, thank you for "
        "your interest.",
    ),
    # none of the places with a place for the reader
    (
        "Trainee scheme",
        "We sent your form to the four studios in the scheme. Sadly none of them has a place "
        "for you this year.",
    ),
    ("Re: placement", "I asked round the farms, but none of the farms had a spot for you."),
    # each chose a candidate already known
    ("Re: scheme", "Each workshop chose a candidate already at the college, I'm afraid."),
    ("Re: trainee", "In the end they picked an applicant who had done the summer course."),
    # someone else asked to do it instead
    (
        "Re: market stall helper",
        "Thanks for offering! I've asked Dora to do it as she helped at the last fair.",
    ),
    ("Re: walk leader", "Thanks Sunil, we've asked Priya to take it on this season instead."),
]

TWINS = [
    # a trial day, the reader's own start
    ("Re: kitchen", "Can you come in for a trial day on Thursday? Bring your whites."),
    ("Re: seasonal work", "We've got our picking crew sorted, you start on Monday at seven."),
    ("Welcome", "We've got the stall team sorted and you're on it, see you Saturday!"),
    # a season full for customers, a booking taken
    ("Re: booking", "Sorry, the campsite is full for this season, try us in spring."),
    ("Re: lesson", "We only have one spot on Saturday's lesson and Jo has taken it."),
    ("Re: tour", "Sorry, the coach is full for the summer trip, we'll add you to the waitlist."),
    # a noticeboard's position still open, a reply-all confirming a group interview
    ("Noticeboard", "The trainee position at the heel bar is still open, apply by Friday."),
    (
        "Re: group interview",
        "Hi all (sorry for the reply-all), confirming the group interview on Tuesday at 10.",
    ),
    # a campaign paused, the details kept for when it resumes
    (
        "Recruitment campaign",
        "The campaign is paused. No appointment has been made; your details are kept for next "
        "year if the campaign resumes.",
    ),
    # a newsletter announcing a new hire to members
    ("Club newsletter", "We're delighted to welcome Sam as our new hut warden this summer."),
    ("Newsletter", "To those who applied, thank you: interviews are next week."),
    ("Newsletter", "If you applied and weren't picked, we'll write to you by Friday."),
    # an e-sign request for a contract
    (
        "Please sign: Apprenticeship agreement",
        'Adanna sent you a document to sign. Message: "Hi Saoirse, here is your agreement, '
        'please sign by Friday."',
    ),
    ("Re: message", 'Cove Paddle replied: "See you on Monday for your first shift!"'),
    # a chore handed on, a parcel got
    ("Re: report", "I've asked Dora to do it, she has the figures."),
    ("Re: report", "I've asked Dora to do it with you as she knows the system."),
    ("Re: parcel", "A lad from the shop got it to us this morning."),
    ("Re: parcel", "Marta has taken it home."),
    # a party's team, the reader's placement
    ("Re: quiz", "We've got our quiz team sorted now, thanks!"),
    ("Re: placement", "None of the farms had a spot for you to park, so walk up from the road."),
    ("Re: staffing", "We'll train you up rather than take anyone on from outside."),
    ("Re: interviews", "Each workshop chose a candidate to interview, and you're on the list."),
    (
        "Re: holidays",
        "We'll manage the shop ourselves at Christmas rather than take anyone on for a week.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
