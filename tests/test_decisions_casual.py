"""Twenty-sixth pass, part E (issue 11): small trades' casual refusals, in general forms
(rejectwatch.model.decisions_casual), and two forms of "before" that are no choice still to
come (rejectwatch.model.negation).

Refusals that must carry a decision token: the post, round or hours given to someone else
("I gave the summer van round to my cousin", "I've decided to give the weekend hours to my
neighbour's daughter"); the boat, van or shop with its hand for the season ("has its deckhand
for the season now"); the team kept as it is for now; a bare "team complete for this July"; the
sender sorted for staff for the season; "sorry love, I've got someone"; a form's bare
"unsuccessful this time"; the panel that went for someone named in the end; a decision told
"before the announcement:" and a post filled "before I'd even put the notice up". Twins that
must stay unread: a trial shift offered, a rota sorted for a current worker, a stall sold out, a
season fully booked for customers, a shift or hours given to cover, someone got to fix the
boiler, a payment unsuccessful this time, a panel that went for lunch, and "before" ahead of a
choice still to come. Every sentence is written for these tests, in several trades."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # the post, round or hours given to someone else
    (
        "text from Mick",
        "alright Jade, sorry pal, I gave the summer milk round to my nephew. cheers for asking",
    ),
    (
        "Re: Saturday help",
        "Hi Tariq, lovely to meet you at the shop. I've decided to give the Saturday hours to "
        "a girl from the village as she can walk in. Thanks again",
    ),
    (
        "Re: pot wash job",
        "sorry mate we gave the pot wash job to Kev's brother in the end. all the best",
    ),
    (
        "WhatsApp: Hollyhock Stables",
        "Hi Nadia, thanks for coming up. We've given the livery yard position to a lass who "
        "worked for us last spring.",
    ),
    # the boat, van or shop with its hand for the season
    (
        "Harbour board",
        "Olly - the Sea Pink has its crew member for the season now, so don't come down "
        "Thursday. Ta",
    ),
    (
        "Re: van driver",
        "Hiya Ben, the bakery's got its driver for the summer now. Thanks for putting your "
        "name forward",
    ),
    (
        "Re: picking",
        "Hi Dorota, sorry, we've got our pickers for the harvest already. Maybe next year",
    ),
    # the team kept as it is
    (
        "Message via the market app",
        "Spice Box: Femi, cheers for Sunday's trial. We're keeping the kitchen crew as it is "
        "for now, we're all set.",
    ),
    (
        "Re: bar work",
        "Hi Lotte, thanks for the trial. We're sticking with the staff we've got for this season.",
    ),
    # a bare "team complete" in a form's reply
    (
        "Apple picking form: response",
        "Name: Jonas Petrak\nRole: Apple picker\nResponse: Crew complete for this September, "
        "thank you. The form reopens in spring.",
    ),
    (
        "Beach cafe enquiry",
        "Thanks for your message. Staff full for this summer. Good luck with the search!",
    ),
    # the sender sorted for staff for the season
    (
        "Re: summer job?",
        "Hi Keira, sorry love, we're sorted for staff for the season. Try the ice cream "
        "parlour on the front",
    ),
    (
        "Re: CV",
        "Hi Aled, thanks for popping in with your CV, but we're sorted for the season. Good luck!",
    ),
    (
        "Re: campsite warden",
        "Thanks Rob, we're all staffed up for the summer now. Best of luck.",
    ),
    # sorry, I've got someone
    ("Re: cleaning job", "sorry love, I've got someone"),
    ("Re: dog walking help", "Ah sorry Pip, we've already got somebody for it now."),
    # a form's bare "unsuccessful this time"
    (
        "Your application: kitchen porter",
        "Kitchen porter application\n\nOutcome: unsuccessful this time.\n\nThe Anchor Inn",
    ),
    (
        "Re: Season crew",
        "Thanks for applying. Unsuccessful this time, good luck for next season.",
    ),
    (
        "Re: fruit picking",
        "Hi Jo - unsuccessful this time I'm afraid, the pickers are all locals this year.",
    ),
    # the panel went for someone named in the end
    (
        "Re: Re: Interview - Ward Clerk",
        "Hi Sam, thanks for coming in on Tuesday. The panel went for Marcus in the end.",
    ),
    (
        "RE: library assistant",
        "Dear Jo, thank you for your time. The interview panel went for Ruth Adeyemi in the end.",
    ),
    # before the announcement, before the notice went up
    (
        "Re: Head of Year interview",
        "Dear Priya, I wanted you to hear it from me before the announcement: we have "
        "appointed Tom Hale to the post.",
    ),
    (
        "Re: Site manager",
        "Hi Dev, a heads-up before this goes out: we've appointed another candidate, who "
        "starts in May.",
    ),
    (
        "Re: Saturday girl",
        "Hi Mel, the summer hands are all booked in now: I asked two of last year's girls "
        "back before I'd even put the notice up. Sorry!",
    ),
    (
        "Re: shop assistant",
        "Hiya, sorry - the job's gone, my sister took it on before we'd even advertised.",
    ),
]

TWINS = [
    # a trial offered, a rota sorted for a current worker
    ("Re: cafe job", "Hi Sal, come in Saturday for a trial shift, 9 till 1. Cheers"),
    (
        "Re: extra shifts",
        "Hi Dee, we're sorted for the rota but keep an eye out next month for extra hours.",
    ),
    (
        "Rota",
        "Team complete for this July, see you on the 3rd for the first shift.",
    ),
    # a stall sold out, a season booked for customers
    (
        "Re: Saturday order",
        "Sorry love, we're sold out for the season, back in spring with the new batch.",
    ),
    (
        "Re: pitch booking",
        "Hi Gail, we're fully booked for the season, but I've put you on the waiting list.",
    ),
    ("Re: logs", "Thanks, we're sorted for logs for the winter."),
    # hours, a shift, a round given to cover, or to the reader
    (
        "Re: holiday",
        "I've given the weekend hours to Priya while you're away, back to normal after.",
    ),
    ("Re: swap", "I gave the Saturday shift to Tom as you asked."),
    (
        "Re: summer",
        "Great news Jade, I've decided to give the summer milk round to you!",
    ),
    ("Re: keys", "I gave the spare keys to my nephew, he'll let you in."),
    # someone got for something else
    ("Re: boiler", "sorry love, I've got someone coming to look at the boiler at 3"),
    ("Re: shift cover", "I've got someone to cover your Saturday, enjoy the wedding"),
    # a team kept for a current worker, a boat with its engine
    (
        "Re: rota",
        "We're keeping the team as it is for now, so you'll stay on earlies. Ta",
    ),
    ("Re: the boat", "the Sea Pink has its new engine for the season now, come and see."),
    (
        "Re: coaching",
        "The under-12s have their coach for the season now, training starts at the club "
        "on the 4th.",
    ),
    # a payment or a delivery unsuccessful this time
    (
        "Payment",
        "Hi, your card payment was unsuccessful this time, please retry with another card.",
    ),
    ("Delivery", "We tried to deliver your parcel but were unsuccessful this time."),
    ("Delivery", "Unsuccessful this time - we'll try again tomorrow between 9 and 5."),
    # a panel that went for lunch, a committee for an option
    ("Re: conference", "The panel went for lunch in the end."),
    ("Re: venue", "The panel went for the Grand Hotel in the end."),
    # "before" ahead of a choice still to come
    (
        "Re: interviews",
        "Before the announcement, we will pick one candidate from the three we meet next week.",
    ),
    ("Re: shortlist", "Before the announcement: we will appoint one of the three finalists."),
    (
        "Re: your application",
        "Before this goes out - the panel still has to meet the last two candidates.",
    ),
    (
        "Re: your application",
        "Before we'd make any decision we'd want to see you for a trial shift.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
