"""Twenty-sixth pass, part A (issue 11): slice 24's mix misses, in their general forms
(rejectwatch.model.decisions_forwarded).

Refusals that must carry a decision token: a programme journey that ends at a stage ("your
journey ends before the assessment centre"), a named other appointed in a thread or a forward
("we'll appoint Jordan, who …"), a named other asked to join as the post ("we've asked Tomasz to
join as our first operations lead"), the post's hours or job given to another by pronoun ("we've
given the dispensary assistant hours to her"), the hire heading elsewhere, and the need met
without a hire ("opted to extend a contractor's remit rather than adding a hire"). Twins that
must stay unread, in the same shapes: a journey that goes on, a thread reply inviting to the
next round, a forward about someone else's hire sent to a colleague, a new starter welcomed,
another route taken with a supplier or a venue, a warm note confirming an application. Every
sentence is written for these tests, in several trades and countries."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # a programme journey that ends at a stage
    (
        "Graduate Programme 2026",
        "Dear Amara,\n\nWe've reviewed your online tests for the Northgate Water Graduate "
        "Programme, and your journey ends before the assessment centre this year. Thank you "
        "for your effort.\n\nEarly Careers Team",
    ),
    (
        "Summer internship",
        "Hi Callum,\n\nThank you for completing the situational judgement test. I'm sorry to "
        "say your journey with us ends here for the 2026 intake.\n\nEmerging Talent",
    ),
    (
        "Apprenticeship scheme",
        "Dear Siân, after reviewing your video answers, this is where your application journey "
        "with the Copperleaf apprenticeship scheme comes to an end.",
    ),
    (
        "Trainee solicitor scheme",
        "Dear Kofi, having read your written exercise, your journey on the training contract "
        "programme ends at this stage. We appreciate the time you gave it.",
    ),
    # a named other appointed, in a thread or a forward
    (
        "Fwd: RE: Re: Teaching assistant",
        "Ruth - see below from the head, sorry to be the bearer.\n\n---------- Forwarded "
        "message ---------\nFrom: Mrs K. Oduya\nSubject: RE: Re: Teaching assistant\n\nThanks "
        "everyone. We'll appoint Marcus, who already runs the reading group on Thursdays. "
        "Please let the others know.",
    ),
    (
        "RE: [EXT] Lab manager",
        "Hi Dev,\n\nThank you for coming in on Monday. The panel met this morning and we've "
        "decided to appoint Helena, who has run the cryo-EM suite for three years.\n\nBest,\n"
        "Prof. Iyer",
    ),
    (
        "Re: Re: Sous chef",
        "Hi Bea, thanks for the tasting. We're going to appoint Ollie, who's been on our "
        "pass since spring. Good luck with everything.",
    ),
    # a named other asked to join as the post
    (
        "RE: [EXT] RE: Head of finance - final round",
        "Hi Grace,\n\nWriting myself rather than letting the system do it. After the final "
        "round we've asked Anneke to join as our first head of finance.\n\nI enjoyed our "
        "chats.\n\nRuben, Co-founder\n\n-----Original Message-----\nFrom: Grace\nSubject: RE: "
        "[EXT] RE: Head of finance - final round\n\nThanks for today.",
    ),
    (
        "Re: Community organiser",
        "Hi Taye, after the last round we have asked Lindiwe to join the team as our "
        "community organiser. Thank you for all the time you gave us.",
    ),
    # the post's hours or job given to another by pronoun
    (
        "Re: Re: Shop assistant",
        "Hi Jess,\n\nThanks for the trial afternoon. Our Saturday lad has finished college and "
        "we've given the shop assistant hours to him.\n\nAll the best,\nNoreen\n\nOn Monday "
        "Jess wrote:\n> Any news after Friday?",
    ),
    (
        "Re: Kennel hand",
        "Hi Owen, thanks for coming up to the kennels. My niece has just moved back and I've "
        "offered the kennel assistant job to her.",
    ),
    # the hire heading elsewhere
    (
        "Your Fernbrook application",
        "Hey Lena,\n\nI read through everything you sent for Product Designer and I'd rather "
        "be plain about it: this hire is heading elsewhere. Your case study was lovely "
        "though.\n\nThanks for applying,\nJo",
    ),
    (
        "Your Tidewater application",
        "Hi Sam, straight answer on the content lead role: the role is going elsewhere. Thanks "
        "for the thoughtful portfolio.",
    ),
    # the need met without a hire
    (
        "Your Kestrel application",
        "Hi Niall,\n\nA quick update on Data Engineer: after some back and forth, leadership "
        "has opted to cover this by extending an existing contractor's remit rather than "
        "adding a hire. Thanks again for your time.",
    ),
    (
        "Marketing coordinator",
        "Hello Priya, an update: the directors have decided to share the work across the "
        "current team instead of recruiting for the post. Thank you for interviewing with us.",
    ),
    (
        "Site administrator",
        "Dear Tomas, following the interviews the trust has chosen to absorb the duties into "
        "an existing role rather than making a new appointment. We're grateful for your "
        "interest.",
    ),
]

TWINS = [
    # a journey that goes on, or told as the process
    (
        "Graduate Programme 2026",
        "Dear Amara, we've watched your video interview and your journey continues: you "
        "progress to the assessment centre on 14 March.",
    ),
    (
        "Graduate Programme 2026",
        "Dear Amara, your journey with us begins here: the next step is the online tests. If "
        "your journey ends before the assessment centre, we'll let you know by email.",
    ),
    (
        "Graduate scheme",
        "Your journey ends with an assessment centre day, after which offers are made in April.",
    ),
    # a thread reply inviting to the next round
    (
        "RE: [EXT] RE: Ops lead - first round",
        "Hi Mei, writing personally: after the first round we've asked you to join us for a "
        "second round with the board on Thursday.\n\n-----Original Message-----\nThanks for "
        "the chat.",
    ),
    # a forward about someone else's hire sent to a colleague, a new starter welcomed
    (
        "Fwd: RE: New technician",
        "Sue - see below, can you get the contract out?\n\n---------- Forwarded message "
        "---------\nFrom: Dr A. Whelan\n\nThanks all. We'll appoint Jordan as our technician "
        "from September and he'll be your line report.",
    ),
    (
        "Fwd: RE: [EXT] Re: Science technician",
        "Sue - see below, can you draft his contract and book his DBS check?\n\n---------- "
        "Forwarded message ---------\nFrom: Dr A. Whelan\n\nThanks all. We'll appoint Jordan, "
        "who already knows the prep room. Please let the other two know.",
    ),
    (
        "Fwd: RE: Pharmacy technician",
        "Ana - FYI below. Please send the offer letter out to Kemi today.\n\n> We're going to "
        "appoint Kemi, who did her placement with us.",
    ),
    (
        "Welcome Tomasz",
        "Hi all, we've asked Tomasz to join as our first operations lead, and he'll work "
        "alongside you in the warehouse from Monday.",
    ),
    (
        "Rota",
        "Hi Kat, we've given the Sunday shift to her so you can have the day off.",
    ),
    (
        "Hours",
        "Hi Bo, we've given the extra hours to him while you're on leave.",
    ),
    # another route taken with a supplier or a venue; a hire heading elsewhere in the business
    (
        "Offsite",
        "Hi team, we went another route with the venue and booked the boathouse instead.",
    ),
    (
        "Catering",
        "We've decided to use the in-house kitchen rather than adding a caterer this year.",
    ),
    (
        "Reorg",
        "Quick note: this hire is heading elsewhere in the business, you'd report to finance.",
    ),
    (
        "Headcount",
        "We've opted to add a hire rather than extend the contractor, so the advert goes up "
        "Monday.",
    ),
    # an office or a task given to a member; a hire not made that is no post
    (
        "Re: code review",
        "I'll appoint Sam, who knows the billing code, as reviewer for this PR.",
    ),
    (
        "AGM",
        "At the AGM we will appoint Morris, who has agreed to stand, as treasurer.",
    ),
    (
        "Reports",
        "We decided to automate the monthly report rather than hiring a temp for it.",
    ),
    (
        "On-call",
        "We opted to upgrade the server rather than adding a new employee to the on-call rota.",
    ),
    (
        "Van",
        "Our van hire is heading elsewhere next week, so book the trailer instead.",
    ),
    # a warm note confirming an application
    (
        "Your Pocketgrove application",
        "Hey Rhys, I read through everything you sent for Senior UX Writer and wanted to say "
        "thanks: your application is with the hiring team and we'll be in touch within two "
        "weeks.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
