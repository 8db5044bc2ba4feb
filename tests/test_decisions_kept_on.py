"""Twenty-eighth pass, part W (issue 11): casual refusals from seasonal and small-outfit trades,
in general forms (rejectwatch.model.decisions_kept_on), read after written-47 showed them unread.

Refusals that must carry a decision token: all the hands we need, nothing for the reader this
season, "sorry you missed out this time", grand or full for hands, crewed up, "can't use you
this year", someone lined up, no one more taken on, holding off on adding someone, no room on
the rota for the reader, the post left for now, not the right match, going with a named other as
the post, someone described selected, the post going to one of ours, the post given to someone
described, no one needed, the usual hands kept on, not needed now, the reader's name not on the
list, a season booked without the reader, the places filled, the owner saying no on the job, a
different way for the post, the job kept for one of ours, Irish "is after going to", the gig kept
in house, "we cannot include you now", someone got for the post, "not going ahead for you", full
for the year and "you won't be on it", the same gang as last year back.

Twins that must stay unread: all the documents we need, nothing for the reader to bring, a
raffle missed, full for a day or for guests, crewed up once a date comes, a photo not used, a
plumber lined up for a day, no new customers, hiring held until a date, a bus with no room, a
guest list, a meeting left for now, another slot offered, a day's lads, a venue chosen, the
chair of a meeting, a party with no help needed, a guest list name, a tour booked while the
reader was away, Saturday's shifts filled, a day off said no to, a route taken a different
way, a job kept for the reader, a team photo, someone for a leak. Every sentence is written for
these tests, in several trades and Englishes."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # all the hands we need
    ("Re: picking", "We've got all the pickers we need for the cherry season now, sorry pet."),
    ("Re: Christmas", "we've hired the wrappers we needed for December, thanks for applying"),
    # nothing for the reader this season
    ("Re: lambing", "Lambing's covered by the family. Nothing for you this year I'm afraid."),
    ("Re: cane", "The boss have enough cutters so no work for you this crop, sorry."),
    # "sorry you missed out this time"
    (
        "Re: marshals",
        "The marshal team for the race series is picked, sorry you missed out this time.",
    ),
    # grand or full for hands
    ("Re: the yard", "We're grand for packers this winter, the regulars all came back."),
    ("Re: crew", "sorry mate, we're full for rigging crew this summer"),
    ("Re: riders", "We're good on riders for the autumn, everyone from spring re-signed."),
    # crewed up; can't use you
    (
        "Re: boats",
        "The lobster boats are crewed up for the season. Can't use you this year, sorry.",
    ),
    ("Re: shed", "Sorry, we can't use you this winter, the shed's only running one line."),
    # someone lined up
    (
        "Re: milking",
        "Cheers for calling. We've got a relief milker lined up for the spring already.",
    ),
    # no one more taken on
    (
        "Re: labouring",
        "Sorry pal, not going to take anyone on after all, the contract fell through.",
    ),
    (
        "Re: orchard",
        "We're not taking on extra orchard staff this autumn as the frost took the buds.",
    ),
    ("Re: café", "we're not hiring for the kitchen anymore, my sister is helping out"),
    ("Re: showroom", "We're going to hold off on adding a sales assistant right now. Thanks!"),
    # no room on the rota for the reader
    ("Re: guides", "There's no slot on the rota for you this season, we need first-aiders."),
    ("Re: stewards", "I'm afraid there won't be room for you on the stewards' list for the show."),
    # the post left for now, not the right match
    ("Re: trainee", "We'll leave the trainee groom spot for now, the yard is quiet this year."),
    ("Re: bar", "thanks for the trial, we don't think the bar is the right fit for you right now"),
    # a named other as the post, someone described selected, one of ours
    ("Re: bingo", "We're going with Dolores as the bingo caller, the regulars know her voice."),
    ("Re: coach", "The club has selected a coach having county-level playing experience."),
    ("Re: warden", "The warden job is going to one of our volunteer rangers. Sorry Kit."),
    ("Re: nail tech", "We're giving the chair to a nail tech who's done acrylics for years."),
    # no one needed; the usual hands; not needed now
    ("Re: ice cream", "My daughter's doing the kiosk this summer so I don't need anyone."),
    ("Re: beach", "Sorry, we've kept on our usual lads for the pedalos."),
    ("Re: stable", "We've a lad from the hunt doing the mucking out now, so you won't be needed."),
    # name not on the list, booked without the reader
    ("Re: extras", "The crowd list is locked and your name's not on the list, sorry."),
    ("Re: dates", "Thanks for the reel. This summer's tour is booked without you, sorry."),
    # places filled
    ("Re: rides", "we've filled the operator places for the summer, all returning students"),
    ("Re: Christmas", "All our holiday stockroom shifts are filled. Thanks for applying!"),
    ("Re: lambing", "The lambing jobs are filled now with lads from the college."),
    # the owner says no, another way, kept for ours, after going, in house
    ("Re: counter", "Owner says no on the weekend job, he wants someone with till experience."),
    ("Re: driver", "We went a different way for the van driver, sorry about that."),
    ("Re: summer", "We've kept the summer kiosk job for our neighbour's lad. Thanks again."),
    ("Re: Saturday", "The Saturday job is after going to a lad who worked the Christmas rush."),
    ("Re: press", "We decided to keep the packing gig in house and move a picker up."),
    # cannot include, got someone, not ahead, full and not on it, same gang back
    ("Re: henna", "We have finalised our artists, so we cannot include you now. Best wishes"),
    ("Re: café", "We've got someone for the coffee cart. Cheers for coming in."),
    ("Re: nights", "Sorry, night shelf-stacking's not going ahead for you, hours were cut."),
    ("Re: chain", "The boning room is full up for this year and you won't be on it."),
    ("Re: cutting", "Sorry, the same gang as last spring are back with us."),
]

TWINS = [
    ("Re: form", "We've got all the documents we need from you, see you Monday."),
    ("Re: market", "There's nothing for you to bring this year, we have the gazebo."),
    ("Re: raffle", "Sorry you missed out this time on the raffle, tickets went in an hour."),
    ("Re: Saturday", "We're grand for packers on Saturday, can you do Sunday instead?"),
    ("Re: lunch", "Sorry, we're full for guests this Christmas, try the bar menu."),
    ("Re: crew", "Once we're crewed up for the season I'll send you the rota."),
    ("Re: photos", "We can't use your photo on the website, the file is too small."),
    ("Re: plumbing", "We've got a plumber lined up for Tuesday about the leak."),
    ("Re: clients", "We're not taking on any new customers this year, sorry."),
    ("Re: hiring", "We're not taking on anyone until the new contract is signed."),
    ("Re: trip", "The minibus is full, so could you drive yourself to the match?"),
    ("Re: party", "Your name isn't on the guest list yet, shall I add it?"),
    ("Re: meeting", "We'll leave it for now and pick it up at the next meeting."),
    ("Re: slot", "I don't think the Tuesday slot is the right fit for you, how about Thursday?"),
    ("Re: Saturday", "I'll stick with the two lads I have for Saturday and you on Sunday."),
    ("Re: venue", "We've selected a venue with parking for the staff party."),
    ("Re: AGM", "We're giving the chair to a trustee for the meeting on Friday."),
    ("Re: party", "We don't need anyone to bring food, the party is catered."),
    ("Re: rota", "The Saturday shifts are filled, so you're on Sunday this week."),
    ("Re: leave", "The manager says no to the time off on the 12th, sorry."),
    ("Re: route", "We went a different way to the lake because of the roadworks."),
    ("Re: job", "We've kept the summer kiosk job for you, start in June."),
    ("Re: tour", "The tour was booked without you since you were away that week."),
    ("Re: boiler", "I've got someone for the boiler, thanks for the quote though."),
    ("Re: offer", "You won't be needed on Saturday, enjoy the day off."),
    ("Re: start", "Can't use you until your forklift ticket comes through, then you're on."),
    ("Re: your chair", "Your chair is booked with the nail tech who's done acrylics for years."),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


# A pro-forma slip: only the ticked box is the sender's word (rejectwatch.model.tick_boxes).
_SLIP = (
    "WITH COMPLIMENTS\nKestrel Nurseries, Boston\n\nRe: Glasshouse worker\n\n"
    "[{a}] Please ring us to arrange a trial or a chat\n"
    "[{b}] Position now filled, thank you for applying\n"
    "[{c}] See note below\n\nNote:\n{note}\n\nJan"
)


def test_a_slips_unticked_refusal_box_is_not_read() -> None:
    invited = _SLIP.format(a="x", b=" ", c=" ", note="Come in Tuesday at 10 for a chat.")
    offered = _SLIP.format(a=" ", b=" ", c="x", note="You can start on the 1st, 7 till 3.")
    assert not message_decisions("Glasshouse worker", invited)
    assert not message_decisions("Glasshouse worker", offered)


def test_a_slips_ticked_refusal_box_is_read() -> None:
    filled = _SLIP.format(a=" ", b="x", c=" ", note="Thanks for calling in.")
    assert message_decisions("Glasshouse worker", filled)
    ticked = filled.replace("[x]", "[\u2713]")
    assert message_decisions("Glasshouse worker", ticked)


def test_a_form_with_no_box_ticked_is_read_as_it_is() -> None:
    """Nothing says which answer is meant: every line is read, as before."""
    blank = _SLIP.format(a=" ", b=" ", c=" ", note="Thanks for calling in.")
    assert message_decisions("Glasshouse worker", blank)
