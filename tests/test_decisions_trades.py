"""Twenty-sixth pass, part W (issue 11): refusals from trades and channels no slice used, in
general forms (rejectwatch.model.decisions_trades), read after written-40 showed them unread.

Refusals that must carry a decision token: no one needed after all, the team or a list of
people kept as is, the sender sorted or right for a hand, going forward with her or him, no
vacancy now, enough hands, the spots spoken for, full up with hands, a relative doing the work,
a sit closed to new applications or another sitter confirmed, nothing for new starters, "we
can't put you on", not able to add the reader to the schedule this year, all our hands got for
the season, the shifts covered now, our crew already picked, the hours gone to a member of
staff. Twins that must stay unread: a day's cover, the reader's leave or day off, a rota kept
for a current worker, a plan going ahead, work stopped till Monday, a job alert, party spots
taken, tables full up, a relative's lift, a role closing on a date, a new starter's uniform, the
phone, a mailing list, stock for the season, an offer among the crew picked, overtime hours.
Every sentence is written for these tests, in several trades and Englishes."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # no one needed after all
    (
        "Re: cleaning help",
        "Hi Mona, my sister is moving in with us so I won't need anyone after all. Sorry!",
    ),
    (
        "Re: assistant",
        "thanks for coming by. turns out I don't need an assistant after all, sorry x",
    ),
    ("Orchard", "We kept it to the two of us this autumn, so no extra hands needed. Thanks Tom"),
    # the team or a list of people kept as is
    ("Re: guides", "Hey Ravi, we're keeping the guide team as-is for the summer, sorry bud."),
    ("Re: roster", "We're keeping our tutors list as is for now, so nothing to offer you."),
    ("Re: truck", "gonna stick with the crew we got for the market run, cheers anyway"),
    # the sender sorted or right for a hand
    ("Re: labouring", "Ta for ringing. I'm sorted for a labourer now, my neighbour's lad started."),
    (
        "Re: farm work",
        "G'day Ellie, we're right for the shearing season without you, best of luck.",
    ),
    ("Re: deckhand", "we're all staffed up on the boat for this summer, sorry mate"),
    ("Re: crew", "we're good on crew for the season. went with folks from the valley."),
    # going forward with her or him
    (
        "Re: studio manager",
        "Thanks for the chat on Tuesday. Priya from the print shop knows our presses, so "
        "we're moving forward with her.",
    ),
    ("Re: driver", "Hi Kez, we met another driver on Friday and are going ahead with him."),
    # no vacancy now
    ("Re: job enquiry", "Namaste Ravi ji, sorry, no vacancy now. Kindly try after Diwali."),
    ("Re: work", "hello boss, no job for now, we have full staff. Thank you"),
    # enough hands
    ("Re: Saturday help", "hi Jo, we've got enough girls on the weekends now, ta for asking."),
    ("Re: volunteering", "Hi Sam, we have enough leaders for the group now, thanks for offering."),
    # the spots spoken for
    (
        "Re: surf camp",
        "Sorry, the instructor spots for the winter term are all spoken for already.",
    ),
    ("Re: work for board", "The farm-stay work spots are taken through to April, good luck!"),
    # full up with hands
    ("Re: picking", "we're full up with pickers for the season, sorry love"),
    ("Re: the yard", "Morning Dev, we full up in the yard this season. Next year."),
    # a relative doing the work
    ("Re: van help", "sorry Phil, my son-in-law's doing the Saturday deliveries now. ta"),
    ("Re: cafe", "The mornings are sorted, my niece is doing them till Easter. Thanks Ruth"),
    # another sitter confirmed
    ("Sit update", "The family have confirmed another nanny for the summer. Thanks for applying."),
    # nothing for new starters
    ("Re: bar", "All the old team came back, so there's no shifts for new starters this year."),
    # "we can't put you on"
    ("Re: climbing wall", "Sorry Lee, you need the SPA ticket first, so we can't put you on."),
    # not able to add the reader to the schedule this year
    ("Re: guide", "We weren't able to add you to the crew this season. Thanks for trying out."),
    # all our hands got for the season
    ("Re: packing", "Hi Wiremu, we've got all our packers for the apple season, sorry."),
    ("Re: harvest", "We've got our full picking crew for the harvest now, so maybe next year."),
    # the shifts covered now
    ("Re: nights", "hi Gav, we've got the night shifts covered now. cheers for the call"),
    ("Re: counter", "We have the counter job sorted now, so no need to come in. Sorry Jen"),
    # our crew already picked
    ("Re: launch", "hey, we've already picked our new team for the launch. thanks for coming"),
    # the hours gone to a member of staff
    ("Re: Sundays", "Hi Aisha, the Sunday hours have gone to a member of staff from the deli."),
]

TWINS = [
    # a day's cover or the reader's leave
    ("Re: Saturday", "I won't need anyone Saturday after all, enjoy the lie-in."),
    ("Re: Friday", "we won't need you Friday after all, the delivery's moved"),
    ("Re: holiday", "No extra hands needed on Sunday, so enjoy your day off."),
    # a rota kept for a current worker
    ("Re: rota", "We're keeping the crew as is for now, so you'll stay on lates. Ta"),
    ("Re: rota", "we're keeping the team as-is till Friday, see you Monday"),
    # the reader's leave
    ("Re: leave", "We're right for the harvest without you, enjoy the holiday!"),
    ("Re: Saturday", "I'm sorted for a driver on Saturday, so you can have it off."),
    ("Re: lift", "I'm fine for a lift tomorrow thanks, my brother's taking me."),
    ("Re: stock", "We're good on stock for the season now, no more orders please."),
    # a plan going ahead
    ("Re: design", "We're moving forward with her proposal for the logo."),
    ("Re: mentor", "We're going ahead with him as your mentor, he'll call you Monday."),
    # work stopped till a day, a job alert
    ("Re: site", "No job for now, site's shut till Monday with the rain."),
    ("Job alert", "No jobs now matching your saved search. We'll email you when new jobs appear."),
    # enough hands for a day, the reader's day off
    ("Re: Sunday", "We've got enough staff on Sunday so you can have the day off."),
    ("Re: tonight", "we've enough helpers now for tonight, see you Tuesday"),
    # party spots, tables full
    ("Re: party", "Sorry, the party spots are all taken for this term, try next term."),
    ("Re: camping", "The camping spots are taken through to Sunday, we have cabins free."),
    ("Re: dinner", "We're full up with guests this summer, no tables left for Saturday."),
    # a relative's lift, a cover
    ("Re: lift", "Sorry, my brother's doing the driving tonight so you can come with us."),
    ("Re: cover", "Sorted - my nephew is doing the Saturday shift while you're away."),
    # a role closing on a date, a confirmation for the reader
    ("Job", "This role is closed to new applications from Friday at midnight."),
    # a post closed to new applicants says when applying stopped, not the reader's outcome
    # (mend after the merges: an eighteenth-pass twin, "… your application is under review")
    ("Your application", "Hi Ana, this job is now closed to new applications."),
    # a day's rota with another day kept (a part U twin of decisions_crewed)
    ("Rota", "We can't use you on Sunday, we've got enough hands, but Wednesday is still yours."),
    ("Sit", "The owners have confirmed another sitter as your backup for the week."),
    # a new starter's uniform, nothing yet
    ("Welcome", "There's nothing for new starters to bring on day one, we supply the uniform."),
    # the phone, the rota, the list
    ("Re: call", "Sorry, I can't put you on hold, the line keeps dropping."),
    ("Re: rota", "We can't put you on this week, the rota's done. Next week for sure."),
    ("Mailing list", "We weren't able to add you to the mailing list, please check the address."),
    ("Re: schedule", "We weren't able to add you to the schedule for Tuesday, is Wednesday ok?"),
    # stock for the season, the reader among the crew
    ("Re: order", "We've got all our flowers for the season now, thanks for the quote."),
    ("Re: cover", "We've got the weekend shifts covered now, so enjoy your time off."),
    ("Welcome", "We've now picked our new crew for the opening, welcome aboard Jade!"),
    # overtime hours, a shift while the reader is away
    ("Re: overtime", "The extra hours have gone to a member of staff from days, sorry."),
    ("Re: cover", "Your Sunday hours have gone to a colleague while you're on leave."),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
