"""Twenty-first pass, part B (issue 11): blind slice 19's English misses (the second half), read
by kind: "say no", passing, not joining a panel, not placed, the places spoken for, a berth
that can't be the reader's, someone else who got it, the post given to a named person said
passively, another booked "who has", a board's card moved to a refused column, an internal
note left in the mail, closing it after reading the form, no representation and the
application not going ahead. Each kind in several wordings and sectors, with twins in the same
words that carry no decision. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE, STATUS_REFUSED


def tokens(subject: str, body: str) -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    texts, _ = documents_to_views([Document(subject, body, "office@employer.example")])
    found = texts[0].rsplit("\n", 1)[-1].split()
    return {READER_OUT, CHOSE_OTHER, ROLE_GONE, STATUS_REFUSED}.intersection(found)


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # "say no"
        (
            "Your joinery sample is tidy, but I need someone who can cut dovetails by hand. I'm "
            "going to say no this time.",
            READER_OUT,
        ),
        ("We looked at your reel twice and we'll have to say no.", READER_OUT),
        ("Thanks for coming to the tasting. It's a no from us, sorry.", READER_OUT),
        ("We must say no to your application on this occasion.", READER_OUT),
        ("I'm going to have to say no on this one.", READER_OUT),
        # passing
        (
            "Nice sketches, but I need an inker who has done a full issue, so I'm passing this "
            "time. Thanks for writing x",
            READER_OUT,
        ),
        ("We're going to pass on your audition tape, but thank you.", READER_OUT),
        ("Having listened to the demo, we'll pass on this one.", READER_OUT),
        # not joining
        ("Your hearing test has been marked. You won't join the panel this time.", READER_OUT),
        ("You will not be joining the harvest crew this season, as the rota is set.", READER_OUT),
        ("After the audition the director agreed you won't join our ensemble.", READER_OUT),
        # not placed; the places spoken for
        ("The stewards' list closed early, so you have not been placed this year.", READER_OUT),
        ("You haven't been rostered for the final.", READER_OUT),
        ("You were not placed this year.", READER_OUT),
        ("Sorry, every stewarding slot is now spoken for.", ROLE_GONE),
        ("All the summer berths are already spoken for.", ROLE_GONE),
        # the post not the reader's, with what it is for
        ("Sorry, the deckhand's bunk for the autumn crossing can't be yours.", READER_OUT),
        ("The second chair in the quartet won't be yours.", READER_OUT),
        # someone else got it
        ("Bad news: Kerry from the bakery team got it in the end.", CHOSE_OTHER),
        ("One of our weekend staff got the job, sorry.", CHOSE_OTHER),
        ("Someone internal got the role after all.", CHOSE_OTHER),
        # the post given to a named person, said passively
        (
            "The assistant keeper post has been given to Tomasz, a volunteer who has been with us "
            "for years.",
            CHOSE_OTHER,
        ),
        ("The role was offered to Mr Adair.", CHOSE_OTHER),
        # another booked "who has"
        ("The part needs a singer who can tap, and we've cast an actor who can.", CHOSE_OTHER),
        ("We hired a fitter who already holds the gas ticket.", CHOSE_OTHER),
        # a board's card moved to a refused column
        (
            'Anya Bell moved the card "Rufus Kerr \u2014 Barista" from Phone screen to Rejected '
            "on the board Hiring - Riverside Roasters.",
            STATUS_REFUSED,
        ),
        ('Omar moved your card to "Not hired" in the list Recruitment 2026.', STATUS_REFUSED),
        # an internal note left in the mail
        (
            "[internal: no forklift ticket \u2014 send the usual rejection]\n\nDear Kai,\n\nThank "
            "you for applying.",
            READER_OUT,
        ),
        # closing it after reading the application
        ("Having looked at your application, we're closing it here.", READER_OUT),
        # no representation
        ("We won't be offering representation at this time.", READER_OUT),
        ("Our list is small and we can't represent you.", READER_OUT),
        # the application not going ahead
        ("The trustees met on Monday, so your application will not go ahead.", READER_OUT),
        ("Your application for the bar supervisor post won't proceed.", READER_OUT),
    ],
)
def test_the_kinds_are_read(body: str, token: str) -> None:
    assert token in tokens("Your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # "say no" and passing: the reader's choice, a date, another word
        "If Friday doesn't suit, feel free to say no and we'll find another day.",
        "It's a no-brainer: bring your own knives to the trial.",
        "I'm going to say no to Tuesday, but Wednesday at ten works.",
        "I'll pass your details on to the head chef.",
        "I'm passing through Leeds next week, so let's meet for the interview then.",
        "We'll pass on your questions to the panel before the interview.",
        # joining and placing still ahead, or not the reader's group
        "You won't join the panel until your training is complete.",
        "You won't join the team meeting on Monday, just the induction.",
        "You have not been placed yet; we'll write when the rota is drawn.",
        "You won't be joining the team this Friday, we've moved your start to Monday.",
        # spoken for: a person, not a post
        "Your mentor is spoken for on Tuesdays, so your induction is on Wednesday.",
        "All the interview slots are spoken for this week; I'll send new ones on Monday.",
        # the post the reader's, or still open
        "The cook's berth for the summer voyages can be yours if you want it.",
        "The role can't be yours until your visa comes through.",
        "That shift won't be yours any more \u2014 you're on lates now.",
        # got it: a document, a fix, an acknowledgement
        "Sam from the HR team got it this morning and will call you.",
        "Priya from our IT team got it working, so your login is ready.",
        # given to: the reader, someone who declined
        "The post was offered to Ana, who declined, so we'd like to offer it to you.",
        "The role has been offered to you, subject to references.",
        "The keys have been given to Priya, a colleague who will meet you at the door.",
        # booked someone who will help the reader
        "We've booked an interpreter who has worked with us before for your interview.",
        # a card moved to a step; a software board
        'Jo moved the card "Rufus Kerr \u2014 Barista" from Applied to Trial shift on the '
        "board Hiring - Riverside Roasters.",
        'Jo moved the card "Fix login bug" from Review to Rejected on the board Platform '
        "sprint 14.",
        # closing: a ticket, an office
        "Your question is answered, so we're closing it here.",
        "Having read your application, I'll close it here and open a new one for the senior post.",
        # representation: a meeting
        "We won't be offering representation in the hearing unless you ask us.",
        # not going ahead: a condition, another kind of application
        "Your application will not go ahead until we receive your references.",
        "Your application will not proceed without a right-to-work check.",
        "Your visa application will not proceed.",
    ],
)
def test_the_same_words_without_a_decision_are_not_read(body: str) -> None:
    assert not tokens("Your application", body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # slice 19's confirmation twins of these kinds, in our own words: a meeting still to
        # come, a test's rules, a card moved to a trial, a reply about silence, a deposit due
        (
            "Joining the collective",
            "Thank you for writing. We'll talk about new members at our meeting on the 3rd. If we "
            "decide not to grow this year, I'll let you know myself.",
        ),
        (
            "Test received",
            "Your test pages have arrived. A pass puts you on the panel; a fail means a six-month "
            "wait before you can sit it again. We'll write either way.",
        ),
        (
            "Board: your card was moved",
            'Jo moved the card "Ida Roe \u2014 Line cook" from Applied to Trial shift on the board '
            "Hiring \u2014 Harbour Kitchen.\n\nComment: can you do Saturday 8am?",
        ),
        (
            "porter",
            "hi, got your letter, thanks. we only get back to people when there's a match with "
            "something open.",
        ),
        (
            "Roster registration",
            "To hold a place on the roster, pay the deposit by 31 May. Unpaid registrations are "
            "released to the waiting list on 1 June.",
        ),
    ],
)
def test_the_confirmations_beside_them_stay_undecided(subject: str, body: str) -> None:
    assert not tokens(subject, body)


def test_a_thread_reply_giving_the_post_to_a_colleague_is_read_and_not_held() -> None:
    body = (
        "Hello Ada,\n\nThe panel met this morning and the guide post has been given to Rowan, "
        "a colleague from our learning team. Your talk on tides went down well.\n\nWarmly,\n"
        "Bea\n\nOn Tue, 4 Mar 2025 at 18:22, Ada wrote:\n> Any idea when you'll decide?"
    )
    assert tokens("Re: Guide post \u2013 after your talk", body) == {CHOSE_OTHER}
    assert not held_back(Document("Re: Guide post \u2013 after your talk", body, "bea@x.example"))
