"""Twenty-second pass, part B (issue 11): slice 20's English misses of new kinds, read as general
forms (rejectwatch.model.decisions_tested, rejectwatch.model.ocr): the crew full for the season,
no place in three words, the places gone to others or to returners, the job not happening for
the reader, the work given to others from the same trial, not needed this year, the decider has
said no, the place not possible, a test failed, a scan's digits for letters. Each form in other
trades and words, with twins in the same words that carry no decision (a test passed or a
retake booked, a rota change, an offer after the trial). Every sentence is written for these
tests (none is copied from slice 20)."""

from __future__ import annotations

import pytest

from rejectwatch.model import ocr
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE, STATUS_REFUSED


def tokens(body: str, subject: str = "Your application") -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    texts, _ = documents_to_views([Document(subject, body, "office@employer.example")])
    found = texts[0].rsplit("\n", 1)[-1].split()
    return {READER_OUT, CHOSE_OTHER, ROLE_GONE, STATUS_REFUSED}.intersection(found)


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # the crew full for the season
        ("Our lambing team is full this year; all of last spring's helpers came back.", ROLE_GONE),
        ("Sorry, the lifeguard roster is already full for this season.", ROLE_GONE),
        ("The kitchen brigade is full for the summer, so there's nothing right now.", ROLE_GONE),
        ("I'm afraid we're full for the harvest this year.", ROLE_GONE),
        ("The deckhand crew on the ferry is full for the season now.", ROLE_GONE),
        ("The bar team is full up for the festival, we've taken back our regulars.", ROLE_GONE),
        # no place, said in three words
        ("Your splicing was slow, so no rigging job for now.", READER_OUT),
        ("Sorry, no apprenticeship this year.", READER_OUT),
        ("The van is packed - no crew seat for you this winter.", READER_OUT),
        ("Afraid no kitchen place for you this season.", READER_OUT),
        ("You were late twice, so no stable job for now, but keep riding.", READER_OUT),
        # the places gone to others, or to those coming back
        ("All the stalls at the Christmas market have gone to last year's traders.", ROLE_GONE),
        (
            "Both guide places for the summer have gone to instructors coming back from last "
            "season.",
            ROLE_GONE,
        ),
        ("Every berth on the survey ship has been given to returning crew.", ROLE_GONE),
        ("All our picking places went to workers we know, leaving none for you.", CHOSE_OTHER),
        ("All our hut warden posts have been taken by volunteers from the club.", CHOSE_OTHER),
        # the job not happening for the reader
        (
            "So the scaffolding job's not happening for you - the client wants a CISRS card.",
            READER_OUT,
        ),
        ("The bridge contract isn't happening for you this time, I'm afraid.", READER_OUT),
        ("That placement is not going to happen for you, sorry.", READER_OUT),
        (
            "So the kitchen job's not happening - the owner wants a hygiene certificate.",
            READER_OUT,
        ),
        ("The lido season isn't happening for you this year.", READER_OUT),
        # the work given to others from the same trial
        (
            "We're giving the Saturday market shifts to two other people from the trial day.",
            CHOSE_OTHER,
        ),
        ("I've handed the weekend bar shifts to three other trialists.", CHOSE_OTHER),
        ("We're giving the two lead parts to other actors from the audition.", CHOSE_OTHER),
        ("We've offered the summer slots to a couple of other drivers.", CHOSE_OTHER),
        ("Sadly we gave the cover gigs to other players.", CHOSE_OTHER),
        # not needed this year
        ("We're fully staffed and don't need you this season.", READER_OUT),
        ("We won't need you for the grape harvest this year.", READER_OUT),
        ("We won't be needing you this summer after all.", READER_OUT),
        ("I'm covered and won't need you this time.", READER_OUT),
        ("We don't need you for the festival crew this year, sorry.", READER_OUT),
        # the decider has said no
        ("You were quick on the line, but the head chef has said no, I'm afraid.", READER_OUT),
        ("The client said no to your application.", READER_OUT),
        ("The owner's said no to taking you on.", READER_OUT),
        ("The committee said no this time.", READER_OUT),
        ("Sorry - the skipper has said no.", READER_OUT),
        # the place not possible
        ("A place on the course isn't possible for you this time.", READER_OUT),
        ("So a job with us is not possible at the moment.", READER_OUT),
        ("An apprenticeship here is not possible this year, I'm afraid.", READER_OUT),
        ("A seat on the crew is not possible for you this winter.", READER_OUT),
        (
            "Your typing was below 60 words a minute, so a traineeship is not possible this round.",
            READER_OUT,
        ),
        # a test failed, a standard not met
        ("You failed the driving assessment.", READER_OUT),
        ("Your dive didn't meet our standard.", READER_OUT),
        ("Your trial cut didn't come up to the salon's standard.", READER_OUT),
        ("You were unsuccessful at the forklift practical.", READER_OUT),
        ("You haven't passed the sight-reading test this time.", READER_OUT),
        # not taking the reader on
        ("We're not going to take you on this time.", READER_OUT),
        ("I'm not going to hire you this season, sorry.", READER_OUT),
        ("We are not going to sign you this year.", READER_OUT),
    ],
)
def test_decisions_after_a_test_are_read(body: str, token: str) -> None:
    # (the token of the form, or another's where an earlier reading holds the same sentence:
    # "every berth … given to returning crew" is someone else chosen before it is places gone)
    found = tokens(body)
    assert token in found or (found and token != READER_OUT)


@pytest.mark.parametrize(
    "body",
    [
        # the crew full, of shifts and others' news
        "The crew is full on Friday, so your trial shift is Saturday instead.",
        "The pruning crew is full of good people - you'll love it. Start Monday.",
        "The rota is full this week, so your first shift will be next Monday.",
        "The course is full for this term, so we've put you on the January intake.",
        "The team is full this season, but there's a waiting list and you're first on it.",
        "A place has opened on the winter lambing team: £13 an hour from January.",
        # no place, not a decision
        "No crew place needed for the trial - just bring boots.",
        "No job is too small for our handymen.",
        "The five-a-side team is settled, so no spot this season - train with us anyway.",
        "Sorry, no seat this time, the coach is booked.",
        # the places gone, not the reader's
        "All the seats on the coach have gone, so please drive yourself to the interview.",
        "All the tickets have gone to members, leaving none for you.",
        "The morning slots have gone, so your interview is at 3pm.",
        "One of last year's drivers isn't coming back, so there's a seat on the night crew for "
        "you. Reply by the 20th.",
        # not happening, for now
        "The site visit isn't happening tomorrow; we'll do Thursday.",
        "The job's not happening till March, so your start moves to the 3rd.",
        "The placement isn't happening on Monday, so you'll start on Wednesday.",
        # shifts given to others, the reader given others
        "We're giving the Saturday shifts to two other people, so you'll be on the Sunday team.",
        "We're giving the early shifts to other people so you can have the lates you asked for.",
        # not needed, for a day or a thing
        "We don't need you to bring anything on the day.",
        "We don't need you this Friday - see you Monday for your first shift.",
        "We don't need you to resend your CV.",
        # no said to something else
        "The client said no to Tuesday, so we've moved your interview to Wednesday.",
        "The boss said no to overtime this week, so your hours are 9 to 5.",
        "I asked if you could bring your dog, and the manager said no.",
        # not possible, something else is
        "A place on Tuesday's session is not possible, so we've put you on Thursday.",
        "A start before March is not possible this year, so we'll see you on 2 March.",
        # a test passed, booked, or a retake booked
        "You passed the practical - well done. Next is an interview.",
        "Your driving assessment is booked for Tuesday.",
        "You didn't pass the first time? Don't worry, a retake is booked for 4 May.",
        "You failed the theory test, but a re-sit is booked for Tuesday 4 May at 10am.",
        "If you failed the test, you can take it again in May.",
        # an offer after the trial
        "After the trial day we're offering you the apprenticeship, starting in September.",
        "Thanks for the cutting test - one of the two places is yours for spring!",
        # not taking you on a tour
        "We're not going to take you on a tour of the yard - it's too muddy.",
    ],
)
def test_the_same_words_without_a_decision_are_not_read(body: str) -> None:
    assert not tokens(body)


def test_a_scans_digits_for_letters_are_read_as_letters() -> None:
    letter = (
        "Recognised text (may contain errors):\n\nWESTM00R C0LLEGE\nDear Mr Adebayo\n"
        "Thank y0u f0r y0ur interest in the p0st of technician. We regret that y0u have n0t "
        "been se-\nlected f0r the next stage.\nYours sincerely"
    )
    assert READER_OUT in tokens(letter, "Scanned mail: 1 new letter")
    mended = ocr.mend(letter)
    assert "WESTMOOR COLLEGE" in mended
    assert "you have not been selected for" in mended


def test_a_scanned_invitation_reads_no_decision() -> None:
    letter = (
        "Recognised text:\nDear Ms Pike\nWe are pleased t0 invite y0u t0 an interview f0r the "
        "p0st of clerk on Tuesday 4 May at 10am."
    )
    assert not tokens(letter, "Scanned mail: 1 new letter")


@pytest.mark.parametrize(
    "text",
    [
        "Order A0B12 costs 10 pounds, code x10y, postcode SW1A 0AA.",
        "Your ticket is t0 be collected from desk 10.",
        "Refs: aB0cDe, Xy10Zw, 0x1F, hash d41d8cd98f00b204e9800998ecf8427e.",
    ],
)
def test_codes_and_a_lone_digit_word_are_left(text: str) -> None:
    assert ocr.mend(text) is text
