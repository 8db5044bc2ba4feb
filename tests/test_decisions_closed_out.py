"""Twenty-third pass, part H (issue 11): a sceptical re-read of part A
(rejectwatch.model.decisions_hedged) and written-30's English misses
(rejectwatch.model.decisions_closed_out).

Part A's forms misread confirmations, invitations, staff notices and non-job mail written in
the same words: others fitting a rota or a mentoring scheme better, the reader given another
post or still asked to talk; a company going a different way with onboarding or its pension
scheme; "I'm passing, thanks - I can't make the quiz"; no luck with a visa or permit
application, a portal login, an upload or a booking; a post filled internally on an acting
basis while the search runs, or one the reader would have reported to; a supplier's contract
going to the lowest quote, a choice that fell through and is offered to the reader; and the
older cue reading took others named in a relative clause ("others who fit the brief more
closely will be invited too") for a choice made. Written-30's rejections carried no decision
token in five kinds: no step left for the application, no interview being set up, others put
through first (and those the ones talked to next), the client's no, a contractor made permanent
with the other conversations closed. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from tests.test_decisions_before import tokens

from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT

# read by main, though no refusal of the reader's application
MISREAD_BEFORE = [
    # others fit a shade better: the reader given another post, rota or partner, or still asked
    "Another candidate's experience matches the Leeds role more closely, so we'd like to offer "
    "you the York one instead.",
    "Other people in the pool fit the weekend rota better, so we've put you on weekdays from June.",
    "Some others fit the brief more closely; still, the manager wants to talk to you on Friday.",
    "Another person's background suits the mentoring scheme better, so we've paired you with Sam.",
    # ... and in the cue reading, the others named by a relative clause, still to come
    "Others who fit the brief more closely will be invited too, as may you.",
    "Other candidates whose skills match more closely will also be shortlisted, and so are you.",
    "Applicants who match more closely will be contacted by Friday.",
    # a different way with a thing named bare
    "We've gone a different route with onboarding: your induction is now online.",
    "The company is heading a different way with its pension scheme from April.",
    "The firm is moving in a different way on benefits next year.",
    # passing on an event
    "I'm passing, thanks - I'm afraid I can't make the quiz night.",
    # no luck with a permit, a visa, a portal, an upload, a form, a claim, a booking
    "Sorry, no luck with your application portal login; try resetting your password.",
    "No luck with your application upload this time, please try again with a PDF.",
    "Sorry, no luck with your application form - the link expired, here's a new one.",
    "Sorry, no luck with your interview expenses claim this time - it needs receipts.",
    "Sorry, no luck with your visa application this time, so the start date moves.",
    "Sorry, no luck with your parking permit application this time.",
    "Sadly there was no luck with your trial booking - the pool is closed, so we'll rearrange.",
    # filled from within: a stopgap, a post the reader would report to, a ticket, the reader
    "The trust is filling the post internally on an acting basis while we run the external "
    "search, in which you're still considered.",
    "We're appointing internally to the role you'd have reported to, so your interview is with "
    "her now.",
    "We're going internally for the IT support - so raise a ticket instead of emailing.",
    "We're going from within for the trainer, i.e. you, if you'd like it.",
    # a panel agreeing: a supplier's contract, a choice that fell through
    "We decided the post would go to Marta, who then withdrew - so we'd like to offer it to you.",
    "The panel agreed the contract goes to Kellerman, who quoted lowest.",
]


@pytest.mark.parametrize("body", MISREAD_BEFORE)
def test_part_a_misreadings_are_mended(body: str) -> None:
    assert tokens("Re: your application", body) == set()


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # part A's near-misses
        (
            "Others in the shortlist sit nearer to what the team lead wants, so we won't take "
            "yours further.",
            CHOSE_OTHER,
        ),
        ("Sorry - no luck this time with your application for kitchen porter.", READER_OUT),
        # no step left for the application
        ("So your application has no further step on this vacancy.", READER_OUT),
        ("I'm sorry to say your application has no further step in this process.", READER_OUT),
        ("There is no next step for your application on this vacancy.", READER_OUT),
        ("Your candidacy now has no onward step for this position.", READER_OUT),
        # no interview being set up
        (
            "Thanks for your patience. So no interview with you for the delivery driver role is "
            "being set up.",
            READER_OUT,
        ),
        ("No interview will be arranged with you for this post, I'm sorry to say.", READER_OUT),
        ("We won't be setting up an interview with you for the porter role.", READER_OUT),
        ("No interview for you is being scheduled on this vacancy.", READER_OUT),
        # others put through first, those the ones talked to next
        (
            "This round was strong, and the hiring manager chose to put those through first.",
            CHOSE_OTHER,
        ),
        ("The hiring manager opted to push those through first.", CHOSE_OTHER),
        ("The panel has put those through ahead of you.", CHOSE_OTHER),
        (
            "Several people arrived with backgrounds sitting nearer to the brief, and on balance "
            "those are the applicants we're talking to next.",
            CHOSE_OTHER,
        ),
        ("These are the candidates the panel is inviting to interview.", CHOSE_OTHER),
        # the client's no
        (
            "As promised, in writing: the client's said no to you for the fitter role, as they "
            "want someone with a forklift ticket.",
            READER_OUT,
        ),
        ("The hiring manager has come back with a no on your profile.", READER_OUT),
        ("They've said no to your application, I'm afraid.", READER_OUT),
        ("The employer has given a no to your CV for the stores job.", READER_OUT),
        # a contractor, temp or interim made permanent; the other conversations closed
        (
            "Short version: we ended up converting our contractor into the permanent role.",
            CHOSE_OTHER,
        ),
        ("In the end the client offered their interim the permanent post.", CHOSE_OTHER),
        ("We've decided to make our temp permanent in the role.", CHOSE_OTHER),
        (
            "The interim has been made permanent, so we're closing the other applications.",
            CHOSE_OTHER,
        ),
        ("So I'm closing out the other conversations, yours included.", READER_OUT),
        ("We are closing the remaining applications, including yours.", READER_OUT),
    ],
)
def test_refusals_are_read(body: str, token: str) -> None:
    assert token in tokens("Re: your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # no step: for the reader to take, yet, until, an offer
        "Your application is complete, so there is no further step for you to take.",
        "Your application has no next step yet; the panel meets on Friday.",
        "Your application has no further step until the references come back.",
        "Good news: your application has no further step - the offer letter is attached.",
        "Does your application have no further step on this vacancy?",
        # no interview: yet, not needed, a slot to pick, online instead, a question, a condition
        "No interview with you is being set up yet; the manager is away until Monday.",
        "No interview is needed for you for this role - the first stage is a written task.",
        "No interview with you will be booked until you pick a slot from the calendar link.",
        "We won't be setting up an interview with you in person; it'll be on Teams instead.",
        "If no interview with you is set up by Friday, please chase us.",
        # put through first: the reader's turn after
        "The manager put those through first, and yours follows next week.",
        "We've put the others through first, and then you on Thursday.",
        "We've put the others through ahead of you because their visas take longer - your "
        "interview is still on.",
        # those next: the reader among them
        "Those are the applicants we're talking to next, and you're one of them.",
        "They are the people we're interviewing next week, alongside you.",
        # the client's no: to something else, a question, a condition, a yes beside it
        "The client said no to you working remotely, but the offer still stands.",
        "The client said no to you for the night role but yes for the day role - interview "
        "Tuesday!",
        "Has the client said no to your profile?",
        "If the client says no to you, I'll put you forward elsewhere.",
        "The team has said no to your holiday request for August.",
        # made permanent: staff news, the reader, a condition
        "We're converting our contractor into the permanent role from April - please welcome Sam!",
        "Great news: we've converted you into the permanent role!",
        "If we convert our contractor into the permanent role, we'll let you know.",
        "Our temp has been made permanent - congratulations, Dana!",
        # conversations closed for a break, or by mistake
        "I'm closing out all conversations for the holidays, yours included - back on 5 January.",
        "We closed all applications, including yours, by mistake - they have now been reopened.",
        # part A's forms kept unread
        "We're passing your application to the hiring manager now.",
        "No luck reaching you by phone - can we reschedule?",
        "The post will be filled internally or externally.",
        "We've gone a different way with the interview format this year: it's a walk-round.",
    ],
)
def test_their_twins_carry_no_decision(body: str) -> None:
    assert tokens("Re: your application", body) == set()


@pytest.mark.parametrize(
    "body",
    [
        # the others named by a relative clause, with no one beside them: a choice told
        "Your application has been reviewed, and other applicants whose backgrounds suit the "
        "role better will go forward.",
        "Others who fit the brief more closely will move on to the final round.",
        "Others who fit the brief more closely have been invited to interview.",
    ],
)
def test_others_going_on_without_the_reader_stay_read(body: str) -> None:
    assert CHOSE_OTHER in tokens("Re: your application", body)
