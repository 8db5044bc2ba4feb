"""Twenty-seventh pass, part K3 (issue 11): mail to someone who already works there, read as
a refusal (rejectwatch.model.reader_kept.on_the_rota).

Part W found main giving a decision token to a current worker's rota: someone chosen to train the
reader, a crew full for the season that could still use the reader on Sundays, the reader's
Sunday job gone to a colleague while the reader is on leave. The reader is kept on, trained, used
on other days, covered while away, or keeps a contract: no refusal. Left unread now: such mail in
many trades (a trainer or a mentor assigned, other days offered, shifts swapped, cover while on
leave or holiday, a bank shift given to another nurse with the reader's contract unchanged).
Still read: refusals of applicants in the same trades, a crew full "but maybe next year", the
training the writer will not give, news told while the reader is on holiday to an applicant.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import message_decisions

# a current worker's rota, cover, training or contract: no refusal (several read on main)
ROTA = [
    ("Re: Saturday", "We picked someone who knows the till to train you on Saturday."),
    ("Re: rota", "We're fully staffed for the season but could still use you on Sundays."),
    ("Re: leave", "Your Sunday job has gone to a colleague while you're on leave."),
    (
        "Re: induction",
        "We've chosen Marek, our most experienced welder, to train you on the new rig next week.",
    ),
    ("Re: first week", "We selected one of our senior baristas to show you the ropes on Monday."),
    (
        "Re: mentor",
        "The partners picked Dr Hale to mentor you through your first month on the ward.",
    ),
    ("Re: the yard", "We've appointed a foreman to supervise you on the night crew from Tuesday."),
    (
        "Re: rota",
        "The bakery is fully staffed for December, but we could still use you on weekends.",
    ),
    (
        "Re: shifts",
        "We've filled the weekday slots, but we'd still need you on the late shift on Fridays.",
    ),
    (
        "Re: harvest",
        "We're fully crewed for the harvest, though we can still use you on the packing line on "
        "Saturdays.",
    ),
    ("Re: cover", "Your Tuesday round has gone to another driver while you're on holiday."),
    (
        "Re: classes",
        "Your Year 9 classes have been given to a supply teacher while you're on maternity leave.",
    ),
    (
        "Re: bank",
        "This week's bank shift has gone to another nurse, but your contract stays as it is.",
    ),
    ("Re: hours", "The overtime went to Liam this month; your contracted hours stay the same."),
    ("Re: leave", "We've hired a temp to cover your desk while you're away on paternity leave."),
    ("Re: salon", "Your Saturday clients have been passed to another stylist while you're off."),
    ("Re: swap", "Jess has taken your Thursday shift and you're now on Mondays instead."),
    (
        "Re: kitchen",
        "The Sunday brunch shift has gone to Omar, and you're down for the Friday close instead.",
    ),
    (
        "Re: rota",
        "The Christmas Eve shift went to someone else this year, but you keep your usual Sundays.",
    ),
    ("Re: shop", "We've got a student to cover the Sunday tills while you're on annual leave."),
    ("Re: site", "Another joiner has taken over your snagging list until you're back from leave."),
    ("Re: depot", "Your early route has gone to a relief driver for the fortnight you're away."),
    ("Re: ward", "We've picked Sister Adeyemi to induct you on Ward 4 tomorrow."),
    (
        "Re: garden centre",
        "We've appointed a colleague to cover your plant area during your holiday.",
    ),
    (
        "Re: summer",
        "The lifeguard team is full for the summer, but we could still use you on Sundays at "
        "the lido.",
    ),
    (
        "Re: surgery",
        "Another receptionist is covering your mornings while you're on sick leave; your job is "
        "safe.",
    ),
    ("Re: physio", "We've assigned a senior physio to shadow you on home visits this week."),
    (
        "Re: season",
        "The crew's full for the season, but we can still use you for the Saturday trips.",
    ),
    (
        "Re: store",
        "Your Sunday shift has been given to a new starter while you're on leave, back as "
        "normal after.",
    ),
]

# refusals of applicants in the same trades: still read
REFUSALS = [
    ("Re: till job", "We picked someone who knows the till already, so we won't need you."),
    (
        "Re: till job",
        "Thanks for applying. We've picked someone with more experience rather than train you up.",
    ),
    ("Re: season", "We're fully staffed for the season, sorry."),
    ("Re: season", "We're fully staffed for the season but could use you next year."),
    ("Re: Sunday job", "Sorry, the Sunday job has gone to a colleague."),
    (
        "Re: application",
        "Sorry to tell you while you're on holiday: we've offered the job to another applicant.",
    ),
    ("Re: application", "While you were away the position went to another candidate."),
    ("Re: bank nurse", "Your application for the bank post: we've appointed another nurse."),
    ("Re: driver", "We've appointed another driver to the route, so we won't be taking you on."),
    ("Re: lido", "Thanks for applying to the lido: the lifeguard team is full for the summer."),
    ("Re: trainee welder", "We chose another applicant for the trainee welder post."),
    ("Re: salon", "The junior stylist job went to someone else, sorry."),
    ("Re: harvest", "We're fully crewed for the harvest now, thanks anyway."),
    ("Re: teacher", "The maternity cover post has been given to another candidate."),
    ("Re: café", "We've hired someone who can train the new staff, so we won't be taking you on."),
    # the training not given, other days only later or negated, news told while away
    ("Re: apprentice", "We don't have time to train you, so we've hired someone with experience."),
    (
        "Re: season",
        "We're fully staffed for the season, but we could use you on weekends next summer.",
    ),
    (
        "Re: Sunday job",
        "We've picked someone else for the job; we couldn't use you on Sundays anyway.",
    ),
    (
        "Re: Saturday job",
        "We've hired someone else for the Saturday job, sorry to send this while you're on "
        "holiday.",
    ),
    (
        "Re: depot",
        "Thanks for your interest: while you're away we've given the driving job to another "
        "applicant.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), ROTA)
def test_a_current_workers_rota_stays_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_in_the_same_trades_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
