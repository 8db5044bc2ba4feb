"""Twenty-third pass, part A (issue 11): blind slice 21's mix misses, read by kind: others
fitting a shade better, the hire gone another way, passing said in the present, no luck with the
application, the post filled from within, a panel agreeing the post goes to another, and an
Indian recruiter's "profile not taken ahead" beside another role. Each kind in several wordings
and sectors, with twins in the same words that carry no decision (confirmations that talk of a
refusal to come, invitations, a recruiter's pitch, pauses). Every sentence is written for these
tests (none is copied from slice 21)."""

from __future__ import annotations

import pytest
from tests.test_decisions_before import tokens

from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # others fit a shade better
        (
            "Thanks for your patience. Others in our pipeline line up more directly with what "
            "the ward manager needs, mainly theatre experience.",
            CHOSE_OTHER,
        ),
        (
            "We've talked it through, and another person's background suits the studio a "
            "touch better right now.",
            CHOSE_OTHER,
        ),
        (
            "Honestly it was close: somebody else's blend of skills sits a shade better with "
            "the grant work.",
            CHOSE_OTHER,
        ),
        (
            "Other people in the process mapped more squarely onto the payroll migration we "
            "have coming.",
            CHOSE_OTHER,
        ),
        (
            "After the panel, one other interviewee's mix of clinical and teaching experience "
            "fits where the department is heading a little better.",
            CHOSE_OTHER,
        ),
        # the hire gone another way
        (
            "Apologies for the radio silence. The role is heading a different way now - we want "
            "someone who can run the whole kitchen.",
            CHOSE_OTHER,
        ),
        (
            "We're going a different route with the role and bringing in a freelancer.",
            CHOSE_OTHER,
        ),
        ("In the end the client has gone a different way on this one.", CHOSE_OTHER),
        # passing, said in the present
        ("Hi Ola - Junior Designer at Pebblebox: we've read it, and we're passing.", READER_OUT),
        ("We've looked at it and we're passing, sorry.", READER_OUT),
        ("Thanks for applying - the hiring team is passing.", READER_OUT),
        # no luck with the application
        (
            "Sorry, no luck with your barista application this time. New shifts go up every "
            "Monday.",
            READER_OUT,
        ),
        ("Sadly there was no luck with your trial at the depot.", READER_OUT),
        ("No luck for your delivery driver application on this occasion, I'm afraid.", READER_OUT),
        ("You were unlucky this time, but thanks for applying.", READER_OUT),
        # the post filled from within
        (
            "Catching up after our chat: one of the finance team applied late, and we're "
            "appointing internally.",
            CHOSE_OTHER,
        ),
        ("Quick update - the trust is filling the post internally.", CHOSE_OTHER),
        ("The partners are now recruiting for the role from within.", CHOSE_OTHER),
        # a panel agreeing the post goes to another
        (
            "This morning the interview panel agreed the fellowship goes to Tomasz, who has "
            "been running the clinic audits.",
            CHOSE_OTHER,
        ),
        (
            "The board decided the caretaker job went to Morwenna, who has kept the grounds "
            "for years.",
            CHOSE_OTHER,
        ),
        (
            "We all felt the studentship went to Dr Aydin, whose fieldwork was further along.",
            CHOSE_OTHER,
        ),
        # an Indian recruiter's profile not taken ahead, and another role offered
        (
            "As discussed on call, your profile is not taken ahead for the SAP FICO role. "
            "Meanwhile one more opening is there for SAP MM in Chennai, share updated CV if "
            "interested.",
            READER_OUT,
        ),
        (
            "Client has given feedback, your CV was not taken ahead for Java Lead. Sharing one "
            "more JD for Hyderabad location, revert with notice period.",
            READER_OUT,
        ),
        (
            "As per client feedback your profile is not taken further for this position; they "
            "want someone with AWS. One more requirement is open for Noida, if interested "
            "please share your CV.",
            READER_OUT,
        ),
    ],
)
def test_decisions_hedged_are_read(body: str, token: str) -> None:
    assert token in tokens("Re: your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # the reader among the ones who fit, or other roles fitting the reader
        "You and two others fit more closely than the rest, so we'd like to invite you back.",
        "Other roles on our board may suit your background better; have a look.",
        "If another applicant's experience maps more closely, we will let you know.",
        "Candidates whose experience fits better will be contacted by Friday.",
        # a different way of doing things, or a way somewhere
        "We've gone a different way with the interview format: it's now a video call.",
        "We went a different way home after the open day.",
        "Closing this pull request: we're going a different route for the caching layer, but "
        "thanks for the benchmarks.",
        "The team is taking a different route to the office while the bridge is shut.",
        # passing something on, or passing by
        "We're passing your CV to the hiring manager today.",
        "We're passing through Leeds on Tuesday and could meet you there.",
        "We're passing on your details to the branch manager, who will call you.",
        # no luck: a question, a tip, something else, a wait
        "No luck with your applications yet? Here are five tips for your CV.",
        "Sorry, no luck reaching you by phone - please call us back.",
        "No luck with your application yet, we are still reviewing.",
        # filled from within: both ways, a call for staff, a habit, a question
        "We are recruiting internally and externally for this post.",
        "Staff update: we are filling the team lead post internally, please send expressions "
        "of interest.",
        "Are you appointing internally for this one?",
        "We usually recruit internally first, but this time the post is open to all.",
        # a panel agreeing the post goes to the reader, or one still to come
        "The panel agreed the post goes to you, and we'd love you to start in May.",
        "The panel agreed the post goes to Ellie, who will show you round on Monday.",
        # confirmations and pauses that talk of a refusal to come
        "Thanks for applying. If other candidates fit more closely, we'll keep your CV on file.",
        "No decision yet: the hire may go a different way, and we will update you next week.",
        # the recruiter's pitch without a decision, and a decision still to take
        "As discussed on call, your profile is taken ahead for the SAP FICO role; interview "
        "slot on Friday.",
        "The decision is not taken ahead of the panel meeting on Friday.",
        "Meanwhile one more opening is there for SAP MM in Chennai, share updated CV if "
        "interested.",
    ],
)
def test_their_twins_carry_no_decision(body: str) -> None:
    assert tokens("Re: your application", body) == set()
