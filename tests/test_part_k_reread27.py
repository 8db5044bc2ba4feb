"""Twenty-seventh pass, part K (issue 11): a hostile re-read of parts E and F's readings
(rejectwatch.model.decisions_small_posts, decisions_screened, negation._RELAYED) and of a full
team that includes the reader (decisions_taken and the other full-crew readings).

Mail that is not a refusal of the reader must carry no decision token: a conference agenda's or
a jury's panel, a tribunal's, an inspector's or a match's outcome, a shop's or a
landlord's offer not extended, a parcel's dispatch cut-off, a supplier's or an agency's pitch,
staff news of an internal move, an event's stewards or guides sorted, a minibus's or a dock's
one space taken, a desk run without new hires, a hotel room not found, two schools' debaters, a
complaint or a colleague's note quoted after "X wrote:", an invitation quoting the reader's own
question, and a full crew or team that the reader is on. Refusals in the same forms stay read.
Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from readings import message_decisions

TWINS = [
    # a panel that is no selection
    (
        "Energy forum agenda",
        "Vince, I noticed you do not appear on the panel for Thursday's session in the "
        "printed agenda. I'll ask the organisers to add you.",
    ),
    ("Re: jury service", "You do not appear on the panel list for Monday, so no need to attend."),
    # an outcome that is a tribunal's, an inspector's or a match's
    (
        "Tribunal",
        "Dear Mr Shah, I'm sorry to tell you the tribunal's decision did not go in your favour. "
        "We can discuss an appeal on Tuesday.",
    ),
    (
        "Planning appeal",
        "Unfortunately the inspector's decision has not gone your way on the extension. The "
        "appeal route is set out below.",
    ),
    (
        "Match report",
        "Tough match on Saturday, Jamie. This time it hasn't gone your way, but the coaches "
        "were impressed.",
    ),
    # a shop's or a scheme's offer not extended
    (
        "Early bird",
        "Sorry, we aren't extending the early-bird offer to you as your booking came in after "
        "the deadline.",
    ),
    (
        "Loyalty scheme",
        "We won't be extending the loyalty discount offer to you this year, as the scheme has "
        "closed.",
    ),
    ("Shop", "We won't be extending the Black Friday offer to you beyond Sunday."),
    # a dispatch's or a race's cut-off
    (
        "Your order",
        "Your parcel didn't make the cut-off for Friday dispatch, so it will go out on Monday.",
    ),
    ("Basket", "You have not met the cut-off for free delivery, add £5 more to qualify."),
    (
        "Re: marathon",
        "You haven't cleared the qualifying cut-off for the Boston marathon, but London has "
        "places.",
    ),
    # a supplier's or an agency's pitch not the fit
    (
        "Re: CRM vendors",
        "Looked at Acme's proposal - not quite the fit we need at this stage. Beta Corp is next.",
    ),
    (
        "Re: agency",
        "Thanks for the pitch deck. Honestly, not quite the fit we're looking for this time; "
        "we'll keep you in mind for the spring campaign.",
    ),
    (
        "Re: your pitch",
        "Thanks for the deck - not quite the fit we need at this stage, as we went with an "
        "in-house team.",
    ),
    # staff news of an internal move
    (
        "Houston desk",
        "No outside hire needed after all - Jim moves to the Houston desk from London on the 1st.",
    ),
    (
        "Staff news",
        "We ended up moving one of our nurses into the ward manager post: please join me in "
        "congratulating Ama.",
    ),
    # an event's helpers, marshals or guides sorted
    ("Bake sale", "We've got the helpers all sorted for Sunday's bake sale. Doors open at 9."),
    (
        "10k race",
        "We've got our marshals in place for the 10k on Sunday, and the water stations are "
        "covered.",
    ),
    ("Trip update", "We've finally got our guides sorted for the Snowdon walk, two per group."),
    ("Sports club", "We've got our stewards in place for the cup tie on Saturday."),
    # a minibus's or a dock's one space taken
    ("Minibus", "We only had one space on the minibus, and Tom's dad has taken it."),
    ("Ops", "We only have one berth at the dock this week and the Maersk vessel has taken it."),
    # a desk run without new hires
    (
        "Desk",
        "We'll keep running the desk with the current traders rather than hiring more people "
        "in Q3.",
    ),
    # a hotel's room, two schools' debaters
    (
        "Hotels",
        "I rang round but none of the hotels has a room for you on the 14th. Shall I try Leeds?",
    ),
    (
        "Debate",
        "Both schools picked a student from their own sixth form for the debate final.",
    ),
    # a complaint, a colleague's note or the reader's own question quoted after "X wrote:"
    (
        "Fwd: complaint",
        'Can you look at this one?\n\nMrs Okafor wrote: "I was told the job went to another '
        'applicant and nobody even called me back. This is disgraceful."\n\nThanks, Jo',
    ),
    (
        "Fwd: booking",
        'The guest replied: "We were told the room went to another guest even though we paid '
        'the deposit!"\n\nPlease refund them.',
    ),
    (
        "Re: Q3 hire",
        'Mark wrote: "We filled the analyst role with an internal candidate, so the req is '
        'closed."\n\nCan you update the budget sheet?',
    ),
    (
        "Re: second interview",
        "Great news, we'd like to invite you to a second interview on Tuesday at 10.\n\nSam Lee "
        "wrote: \"I heard the first role went to another candidate, but I'd love to be "
        'considered for the new one."\n\nBest, Kim',
    ),
    (
        "Fwd: req",
        'Kim replied: "Hi team, the vacancy went to an internal candidate so we can close the '
        'req."',
    ),
    # a full crew or team the reader is on
    ("Re: stall", "The stall team is full for this season and you're on it."),
    (
        "Re: picking",
        "Our picking crew is full up now, and you're one of them. Start Monday 7am.",
    ),
    (
        "Re: crew",
        "The crew is complete for the summer and you're in it - see you at the yard.",
    ),
    ("Re: rota", "Good news, the kitchen team is full for the season, including you."),
    ("Re: harvest", "The harvest gang is full this year; you made the cut, so bring boots."),
    ("Re: festival", "Bar staff places are all taken now, and you've got one of them."),
    (
        "Re: pruning",
        "The winter pruning crew is full for this season and you're part of it.",
    ),
    ("Re: crew", "We're full up for the summer now that you're on the crew."),
    ("Re: boat", "Our crew's full for the season, you included."),
    (
        "Re: tour",
        "The line-up is complete for the tour and you're on it, congratulations.",
    ),
]

REFUSALS = [
    ("Call summary", "Outcome: told caller the stall team is full for this season."),
    ("Re: picking", "Our picking crew is full up now, sorry. Try us again in spring."),
    ("Re: crew", "The crew is complete for the summer and you're not on it, I'm afraid."),
    (
        "Clerical officer",
        "The outcome letter is attached. You do not appear on the panel that appointments "
        "will be drawn from.",
    ),
    (
        "Warehouse team lead",
        "A decision's been made on the warehouse team lead role, and this time it hasn't gone "
        "your way.",
    ),
    ("Outcome", "The panel's decision did not go in your favour on this occasion."),
    (
        "Operations executive",
        "After the interview feedback, we won't be extending the operations executive position "
        "to you.",
    ),
    ("Offer", "After the final round we will not be extending an offer to you."),
    (
        "Coding test",
        "Based on your submission, you have not cleared the cut-off for the next round.",
    ),
    ("Junior analyst", "Shane, not quite the fit we need at this stage unfortunately."),
    ("Re: role", "You're not the right fit for us right now, but thank you for your time."),
    (
        "Re: Client care rep",
        "We ended up hiring one of our kennel staff into the front desk role, so there's no "
        "outside hire needed.",
    ),
    (
        "Re: seasonal work",
        "We've got our picking crew sorted from last year's regulars now, sorry about that.",
    ),
    (
        "Message from Cove Paddle Hire",
        "Hi Ade, we only have the one spot this summer and Marta from the spring crew has "
        "taken it. Sorry!",
    ),
    (
        "Re: your message",
        "We're going to keep it just the two of us rather than take anyone on this year.",
    ),
    ("Re: farms", "I asked round, but none of the farms had a spot for you this season."),
    (
        "Re: placements",
        "Both studios chose a student already at the jewellery school, sorry.",
    ),
    # the same forms where the twins' words stand in a refusal
    (
        "Re: receptionist",
        "We'll cover the front desk ourselves rather than hire anyone this winter, sorry.",
    ),
    (
        "Customer service advisor",
        "Priya, not quite the fit we need at this stage for the service desk, sorry.",
    ),
    (
        "Seasonal contract",
        "We won't be extending the seasonal contract to you after this month.",
    ),
    (
        "Re: placement",
        "I rang the trust, but none of the schools had a placement for you this term.",
    ),
    (
        "Council outcome",
        "The panel's decision did not go in your favour. You may appeal within 14 days.",
    ),
    (
        "Re: weekend staff",
        "We've got our weekend crew sorted from last summer's regulars now, sorry.",
    ),
    (
        "Assessment result",
        "You have not met the cut-off score in order to progress to the interview stage.",
    ),
    (
        "New reply to your message",
        'Riverside Allotment Cafe replied: "Sorry Lou, the kitchen job went to a regular of '
        'ours. Good luck!"',
    ),
    (
        "Your conversation with Hilltop Stables",
        'Hilltop Stables wrote: "Hi Mia, thanks for asking. We gave the groom post to a girl '
        'from the village in the end."',
    ),
]


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
