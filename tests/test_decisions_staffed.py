"""Twenty-seventh pass, part W (issue 11): casual refusals from more trades and channels, in
general forms (rejectwatch.model.decisions_staffed), read after written-44 showed them unread.

Refusals that must carry a decision token: the reader not booked in, a relative brought in
instead or given the work, the owner ending up hiring or picking someone else, someone described
getting the job, staffed for the season, set or full on hands, a firm with enough hands, a team
settled for the season, "you didn't make the cut", no room in it for the reader, the reader's
profile not considered, the reader not brought on, a hand got now, last year's hands brought
back, all the staff got now, the job gone to someone described, another asked to take the post,
"it's not you this year", no paid post after all, an assistant not needed, not enough work for
a second pair of hands, carrying on alone, "it's a pass", passing on adding the reader, "we
can't hire you", not on the bank this round, the jobs filled for the year, no start date, the
bench full for the season, someone appointed with more experience.

Twins that must stay unread: a day's booking or a booking until a check clears, a relative
covering while the reader is away, a van or a cleaner hired for the owner's own use, a new
starter announced, a rota for a current worker, a day's cover, a car or a table with no room, a
profile on hold until a document arrives, the reader taken on a tour, a plumber for a leak, a
menu brought back, an induction with the staff, a cover while the reader is on leave, a photo
job asked of a friend, a car-park pass, a mailing list, a hire held up by a permit, a rota this
week, jobs that fill fast, a start date pending, a team with the reader in it, staff news.
Every sentence is written for these tests, in several trades and Englishes."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # the reader not booked in
    ("Re: studio", "I'm keeping the shoots with Dara this term, so I won't be booking you in."),
    ("Re: gigs", "we've gone back to our old sound guy so we won't be booking you this season"),
    # a relative brought in instead, or given the work
    ("Re: till", "Sorry Bex, the owner's decided to bring his son in on the till instead."),
    ("Re: bar work", "we've put our niece on the bar instead, sorry love"),
    ("Re: cleaning", "I'm after giving the holiday-let cleaning to my sister-in-law, sorry."),
    # the owner ending up hiring or picking someone else
    ("Re: kennel hand", "We ended up taking on a student from the agricultural college."),
    # someone described getting the job
    ("Re: the café", "A lad with barista experience got the job in the end, sorry Mags."),
    # staffed for the season
    ("Re: stall", "The ice-cream kiosk is staffed for the summer season. Thanks for asking!"),
    ("Re: camp", "We're staffed up at the lake for the summer holidays now, good luck."),
    # set or full on hands
    ("Re: crew", "we're all set on deck hands for the summer charter, cheers anyway"),
    ("Re: events", "Sorry Rui, we're full on stewards for the festival run already."),
    # a firm with enough hands
    ("Re: packing", "The warehouse has enough pickers for the peak contract, so nothing now."),
    ("Re: work", "hey bro we got enough guys for the harvest, sorry"),
    # a team settled for the season
    ("Re: beaters", "The head keeper has his picking-up team settled for the season."),
    ("Re: coaching", "We've got our instructors sorted for the holiday programme, sorry Kai."),
    # "you didn't make the cut"
    # no room in it for the reader
    ("Re: casting", "The choir is full now and sadly there's no space in it for you."),
    ("Re: boat", "Two lads are starting on the trawler, so no place on the deck for you now."),
    # "you didn't make it this year", the job's taken
    ("Re: auditions", "Thanks for coming to the scare try-outs. You didn't make it this year."),
    ("Re: Saturday job", "The milk round's taken now, sorry, the neighbour's lad has it."),
    # the reader's profile not considered
    ("Re: instructor", "We are not considering your profile now as the batch is finalised."),
    # the reader not brought on
    ("Re: guide job", "We won't be bringing you on as a guide, we need someone with a licence."),
    # a hand got now
    ("Re: yard", "got a new labourer for the yard now mate, ta"),
    ("Re: van", "We've got a young fella for the removals van now, cheers for ringing."),
    # last year's hands brought back
    ("Re: guides", "We brought back all our river guides from last season, sorry Ana."),
    # all the staff got now
    ("Re: Christmas", "Hi Niamh, we've all our Saturday staff got now, best of luck."),
    # the job gone to someone described
    ("Re: spots", "The sailing instructor spots have gone to folks who hold their dinghy ticket."),
    ("Re: lessons", "The piano lessons at the school are going to another teacher, sorry."),
    # another asked to take the post
    ("Re: wardens", "The trust have asked a local couple to do the warden season this year."),
    ("Re: violin", "We've asked Tamsin to take the cello chair for the summer season."),
    # "it's not you this year"
    ("Re: chalet", "Sorry it's not you this year, there were so many good applicants."),
    # no paid post after all, an assistant not needed
    ("Re: shop", "The volunteers will share the mornings, so there'll be no paid job after all."),
    ("Re: workshop", "I'll do the orders myself this year, and an assistant won't be needed."),
    # not enough work for a second pair of hands, carrying on alone
    ("Re: help", "There's not enough work coming in for a second pair of hands, sorry."),
    ("Re: labouring", "I'm going to carry on on my own for now, sorry mate."),
    # "it's a pass"
    ("Re: driver", "Your licence is too new, so it's a pass for now. Thanks for coming in."),
    ("Re: crew", "gonna pass on adding you to the stage crew this year, we're sorted"),
    # "we can't hire you"
    ("Re: courier", "We can't hire you right now as your van isn't insured for goods."),
    # not on the bank this round
    ("Re: bank staff", "You're not on the cleaners' bank this round, as the checks failed."),
    # the jobs filled for the year, no start date
    ("Re: seasonal", "All the seasonal jobs at the garden centre are filled for this year."),
    ("Re: casuals", "You won't be getting a start date from us, we're fully crewed."),
    # the bench full for the season
    # someone appointed with more experience
]

TWINS = [
    # a day's booking, a booking until a check clears
    ("Re: Friday", "I won't be booking you in for Friday's shoot, the school cancelled."),
    ("Re: bookings", "We won't be booking you in until your DBS comes back, then it's yours."),
    # a relative covering while the reader is away
    ("Re: till", "I'll bring my son in on the till instead while you're on holiday."),
    ("Re: van", "I've given the Saturday deliveries to my nephew while you're away."),
    # a van hired, a new starter announced
    ("Re: move", "We ended up hiring a van for the move, it's booked for Friday."),
    ("Staff news", "We ended up taking on a new chef, she starts Monday so say hello."),
    ("Re: café", "A girl from the bakery got the job there, so the café job is still open."),
    # a current worker's rota, a day's cover
    ("Re: rota", "We're staffed for the summer, so your holiday request is approved."),
    ("Re: tonight", "we're all set on bar staff for tonight, stay home and rest"),
    ("Re: Sunday", "We've got enough cleaners for Sunday, so you can go home early."),
    ("Re: rota", "We've got our instructors sorted for the season, your first shift is Monday."),
    # a car or a table with no room
    ("Re: lift", "Sadly there's no space in it for you, the car only takes four."),
    ("Re: dinner", "no room at the table for you on Friday, sorry, it's family only"),
    ("Re: trip", "no place on the minibus for you this time, we'll pick you up after."),
    ("Re: party", "Sorry you didn't make it this year, the party was a blast."),
    ("Re: quiz", "The seat's taken I'm afraid, try the next table."),
    ("Re: AGM", "I've asked Jo to take the chair at the AGM this year."),
    # a profile on hold until a document arrives, another role offered
    ("Re: profile", "We are not processing your profile until the police clearance arrives."),
    ("Re: roles", "We're not considering your CV for the chef role but for the porter role."),
    # the reader taken on a tour, a hire held up by a permit
    ("Re: tour", "We can't take you on the tour bus, it's full, but you can follow in the van."),
    ("Re: start", "We can't hire you until your work permit arrives, then you start."),
    ("Re: start", "We won't be bringing you on as a trainee until your visa comes through."),
    # a plumber for a leak, a menu brought back, a current worker's new colleague
    ("Re: leak", "I've got a plumber for the leak now, thanks for the name."),
    ("Re: welcome", "we've got a new lad for the yard now, he starts Monday, show him round"),
    ("Re: menu", "We brought back the summer menu from last year, customers loved it."),
    ("Re: guides", "We've brought back all our guides, and you'll be training with them."),
    ("Re: stock", "We've all our Christmas stock got now, thanks for the delivery."),
    # a cover while the reader is on leave, a room for a course
    ("Re: classes", "The classes are going to another room this term, same times."),
    # a photo job asked of a friend, a cover
    ("Re: wedding", "We've asked Holly to take the photos at the wedding."),
    ("Re: counter", "I've asked Sam to take the counter on Saturday while you're off."),
    ("Re: post", "We've asked you to take the post from January, contract attached."),
    # no post today, a helper for a party
    ("Re: delivery", "There'll be no post after all today, the van broke down."),
    ("Re: party", "A helper won't be needed for the party on Sunday, thanks anyway."),
    ("Re: Friday", "Not enough work for a second pair of hands on Friday, so take the day off."),
    ("Re: today", "I'll carry on on my own today, you rest up."),
    # a car-park pass, a mailing list
    ("Re: parking", "It's a pass for the car park, keep it on the dashboard."),
    ("Re: newsletter", "I'll pass on adding you to the newsletter till the new one's out."),
    # a rota this week, the reader on the team
    ("Re: rota", "You're not on the rota this week, enjoy the break."),
    ("Re: jobs", "The seasonal jobs are filled fast every year, so apply by Friday."),
    ("Re: start", "You won't be getting a start date until the checks clear."),
    # staff news
    ("News", "We are pleased to say we've appointed a manager who joins us in May."),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
