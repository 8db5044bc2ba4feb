"""Twenty-sixth pass, part K2 (issue 11): a hostile re-read of this pass's English readings
(rejectwatch.model.decisions_casual, decisions_staged, decisions_trades, about_colleague).

Mail that is no refusal of the reader, in the shapes those readings read, must carry no decision
token: club, school and church news with a new coach or organist "for the season", a boat's
skipper back "so trips restart", staff news that keeps the team "as it is" with no restructure,
stewards thanked with their briefing, a shop "fully staffed up" thanking HR, a quote or a
babysitting offer turned down ("I've got someone now ... thanks for the quote"), a match lost or
a planning bid "unsuccessful this time", a venue the panel "went for in the end", a cup's final
round, a league's top ten, a discount or a staff competition one is "ineligible for", a county
squad's list, an internal appointment announced with a welcome, a candidacy "concluded
successfully", a party called off, a sitter confirmed for one month with the reader's sit
confirmed for the next, a course with no room, a launch team praised, a colleague asked to "send
her the offer letter". And the other way: a refusal to the reader asked to update a tracker "so
we can keep your details on file" stays read.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import message_decisions

NOT_REFUSALS = [
    # decisions_casual
    ("Club news", "Great news - the under-12s have their new coach for the season! Welcome Sarah."),
    (
        "Re: boat trips",
        "The Sea Pink has got its skipper for the summer now, so trips restart Friday. Book "
        "online.",
    ),
    ("Staff news", "Reception has its new manager for the summer: Jo starts Monday."),
    (
        "Re: staff party",
        "We're keeping the team as it is for now, no restructure planned. Enjoy the weekend all.",
    ),
    ("Board update", "After review we are keeping the leadership team unchanged for this year."),
    (
        "Re: reorganisation",
        "Good news everyone - we're sticking with the staff we've got for this year, no "
        "redundancies.",
    ),
    (
        "Stewards",
        "Stewarding team complete for the season. Thank you! Briefing on Friday in the hut.",
    ),
    (
        "Store update",
        "We are fully staffed up for the summer. Thanks to HR for all the hard work.",
    ),
    (
        "Re: boiler service",
        "Sorry for the slow reply, I've already got someone now. Thanks for the quote though.",
    ),
    (
        "Re: babysitting Saturday",
        "Sorry Jen, we've got someone now - my mum is coming over. Thanks for offering!",
    ),
    ("U14s", "Unsuccessful this time, the under-14s lost 3-1 at home. Well played everyone."),
    (
        "Re: extension",
        "Unsuccessful this time - the council refused the extension. Appeal options attached.",
    ),
    ("Re: venue", "The panel went for Riverside Hall in the end. See you all there on the 14th."),
    (
        "Re: rota",
        "Hi all, I've given the Saturday hours to Priya this month since she asked first.",
    ),
    (
        "Handover",
        "Just so everyone knows, we gave the summer round to Dave from June. Thanks team.",
    ),
    (
        "Re: volunteers",
        "The marshal team is now complete for the season. Thanks all, see the attached map.",
    ),
    (
        "School trip",
        "Parent helpers now full for the trip. Thank you to everyone who volunteered!",
    ),
    # decisions_staged
    (
        "Re: the cup",
        "Your side played well, but you were not progressing to the final round of the cup.",
    ),
    (
        "League table",
        "Sorry, we did not rank you in the top ten this season, but keep playing!",
    ),
    (
        "Re: discount",
        "You are ineligible for the scheme as your household income is too high - see other "
        "offers below.",
    ),
    ("Re: prize draw", "You are not eligible for this competition as an employee of the store."),
    (
        "County trials",
        "Your candidate number is not in the list of players selected for the county squad.",
    ),
    (
        "Internal news",
        "HR has confirmed an internal appointment to the post of finance manager - please "
        "welcome Kim.",
    ),
    (
        "Re: deputy",
        "The director has approved an internal appointment to the deputy role. "
        "Congratulations to Sam!",
    ),
    (
        "County trials",
        "Your candidate number is not in the list of students selected for the county team.",
    ),
    (
        "Re: the board",
        "Your candidacy for the board has concluded successfully - welcome aboard!",
    ),
    # decisions_trades
    (
        "Re: the party",
        "We don't need anyone after all, the caterers cancelled the party. Thanks for checking.",
    ),
    (
        "Re: house sit",
        "The owners have confirmed another sitter for July, and your sit in August is "
        "confirmed too.",
    ),
    (
        "Re: first aid course",
        "We can't put you on this season, the course is full - the next one is in March.",
    ),
    (
        "Re: house sit",
        "The owners have confirmed another sitter for July. Your sit in August is confirmed.",
    ),
    ("Re: netball", "The spots on the county squad are all spoken for."),
    ("Re: cake sale", "We've got enough helpers now, thank you all! See you on the day."),
    (
        "Re: marshals",
        "We're full up with volunteers for the season, thank you so much everyone!",
    ),
    # about_colleague: a colleague asked to send the chosen one her offer letter
    (
        "Re: Ana",
        "We loved Ana and we're moving forward with her. Please send her the offer letter.",
    ),
    ("Launch", "We've now picked our new team for the launch. Great work, everyone."),
]

REFUSALS = [
    # the same readings' refusals, kept
    ("Re: deckhand", "Hi Olly, the Sea Pink has got its deckhand for the summer now. Ta"),
    ("Re: stall", "Sorry Dee, we're keeping the stall team as it is for now, we're all set."),
    ("Re: cleaning job", "sorry love, I've already got someone now. Thanks for asking"),
    ("Kitchen porter", "Outcome: unsuccessful this time.\n\nThe Anchor Inn"),
    ("Re: interview", "Hi Sam, thanks for coming in. The panel went for Marcus in the end."),
    (
        "Graduate scheme",
        "Dear Ana, after the assessment centre you are not progressing to the final stage of "
        "the scheme.",
    ),
    ("Vacancy 2231", "Dear applicant, you are not eligible for this vacancy."),
    ("Re: pickers", "We don't need anyone after all this summer, sorry Jo."),
    ("Re: helping out", "We've got enough helpers now, thanks all for offering. Sorry Jo."),
    ("Re: summer job", "Sorry, we gave the summer round to Dave. Thanks for applying."),
    # thanks, praise or a start after a refusal, said to the reader
    ("Re: crew", "Hi Jo, we've got enough hands for the season now, thanks all the same."),
    (
        "Re: interview",
        "The panel went for Marcus in the end. Congratulations on reaching the final two though!",
    ),
    (
        "Re: van driver",
        "Hi Ben, the bakery's got its driver for the summer now - he starts Monday. Thanks for "
        "putting your name forward",
    ),
    ("Re: stall", "We're keeping the stall team as it is for now. Thanks all for your interest."),
    # about_colleague: a refusal to the reader with a task in it
    (
        "Re: Analyst role",
        "Hi Omar, the hiring manager picked another candidate for the analyst role. Could you "
        "please update the tracker on the careers portal so we can keep your details on file.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_REFUSALS)
def test_no_refusal_of_the_reader_stays_unread(subject: str, body: str) -> None:
    assert message_decisions(subject, body, "someone@example.org") == set()


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_stay_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body, "someone@example.org")
