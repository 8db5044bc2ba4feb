"""Issue 11, sixtieth pass, first round: the kinds read slices 145 and 146 missed, in wordings
written apart from the slices. Read as decisions: the reader's application named by its post
("your Pastry Section Commis application has been unsuccessful", "unfortunately the Tram Driver
application did not succeed"); an application "inactive"; "yours is among those declined"; a
round that "closed without a place for you" and a score that "ends your run before interview";
the score told against the number that "qualifies"; the post that "now has its person" and the
application that "closes alongside"; "so a pass from us"; "can't" as Caribbean writers spell it
("we cyaan hire you now"); Chinese and Macedonian "your application ends here". Read as nothing:
an earlier or a loan's application, an account inactive, an application inactive only if, a
score above the number that qualifies, a pass to collect, a post with a person to shadow, and a
club's rack, locker or mooring refused under a label."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

READ = [
    (
        "Regrettably your Pastry Section Commis application has been unsuccessful.",
        negation.READER_OUT,
    ),
    (
        "Your Night Shift Loader application was not successful on this occasion.",
        negation.READER_OUT,
    ),
    ("Your Senior Gardener candidacy has been declined.", negation.READER_OUT),
    ("Unfortunately the Tram Driver application did not succeed this time.", negation.READER_OUT),
    ("Sadly, the Junior Welder application was unsuccessful.", negation.READER_OUT),
    ("Your application for Stock Controller is inactive.", negation.READER_OUT),
    (
        "Ninety people applied for four seats, and yours is among those declined.",
        negation.READER_OUT,
    ),
    ("After the sift yours was among those set aside.", negation.READER_OUT),
    ("Our spring intake closed without a place for you.", negation.READER_OUT),
    (
        "This selection exercise has ended without an offer for you, I'm sorry to say.",
        negation.READER_OUT,
    ),
    (
        "The aptitude paper came back at 33, which ends your run before interview.",
        negation.READER_OUT,
    ),
    ("On the typing test you scored 38 whereas 45 was needed.", negation.READER_OUT),
    ("Your score of 52 out of 100 while 58 qualifies.", negation.READER_OUT),
    ("You got 61% while 70% passed.", negation.READER_OUT),
    ("The warehouse role already has its new starter, sorry.", negation.ROLE_GONE),
    ("The Saturday post now has its person, and your form closes alongside.", negation.ROLE_GONE),
    ("The hire is a man with a forklift licence, so a pass from us.", negation.READER_OUT),
    ("Bossman hire one yute from Spanish Town, so we cyaan use you now.", negation.READER_OUT),
    ("Di shop full, so wi cyah tek yuh on dis season.", negation.READER_OUT),
    # (left unread by the forty-sixth pass's second round, read now)
    (
        "The cut-off was fixed at 62 out of 100. Your mark of 55 is below it, and your "
        "candidature therefore closes before the interview round.",
        negation.READER_OUT,
    ),
    ("您的应聘到此结束，感谢您的关注。", negation.READER_OUT),
    ("Ви благодариме, но вашата кандидатура овде завршува.", negation.READER_OUT),
]

UNREAD = [
    "Your previous application was unsuccessful, but this one is now with the panel.",
    "Your loan application was unsuccessful.",
    "Your mortgage application has been declined by the lender.",
    "Unfortunately the application portal was down on Sunday.",
    "Your account is inactive; log in to keep it.",
    "If your application is inactive for ninety days, we close it.",
    "You scored 71 while 60 qualifies, so we'll see you at interview.",
    "Please collect a pass from us at the gate on Monday.",
    "The role has its person to shadow in the first week.",
    "Boat locker: unsuccessful, all lockers went to members renewing.",
    "Marina mooring: rejected, the waiting list is full.",
    "We cyaan wait to meet you on Monday!",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_the_same_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)
