"""Issue 11, twenty-second pass, part I: a hostile re-read of part B (decisions_tested, ocr) on
sentences of real mail its patterns were not written from. Each misfire is a case here (it
failed at 0da7941); each twin is a refusal the mend must leave decided, or a scan it must still
mend. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision
from rejectwatch.model import decisions_tested, ocr

# the same words deciding nothing of the reader: a club, a class, a car park, a dinner, a tenant,
# a car's or an eye's test, a retake offered, a date moved
NOT_REFUSALS = (
    "Our netball squad is full this year, but the development squad has places.",
    "The rowing crew is full for the season; the next trials are in spring.",
    "We're full for the summer, so book early for September!",
    "Our allotment list is full for now.",
    "The coaching team is full for this season.",
    "Sorry, no bar seat for now - the pub's full. Join us in the garden.",
    "Every seat at the dinner has gone to the players.",
    "All the pitches at the car boot sale have gone to regulars, leaving none for you this week.",
    "The holiday season is not happening for you this year, your leave request was declined.",
    "We're giving the extra seats to other players.",
    "I won't be needing you for the school run this winter.",
    "The landlord has said no.",
    "A seat on the minibus is not possible this year.",
    "You failed the theory test. You can retake it from next week - book online.",
    "You failed the captcha test, please try again.",
    "Your sample didn't meet our standard, please send another batch.",
    "You failed the MOT test, the car needs new brakes.",
    "You failed the eye test, please see an optician.",
    "You failed the fitness test at the gym, try again next month.",
    "So no job for now \u2014 I'm on holiday till Monday!",
    "So the contract's not happening for you this year, it's been renewed automatically and you"
    " don't need to do anything.",
    "The gig's not happening for now, the venue flooded; we'll reschedule.",
    "The wait staff team is full for the season, thanks so much for all your help this summer.",
    "The youth team is full this season.",
    "Your repair job isn't happening this time, the part is out of stock.",
    "We don't need you this year, your subscription covers you automatically.",
    "We won't be needing you this season, as your policy renews automatically.",
    "A berth in the marina is not possible this season.",
    "Unfortunately you failed the online test, please retake it.",
    "We're full for now - our next open day is 4 March.",
    "All the volunteer places at the marathon have gone to club members.",
    "We don't need you on the team this season, coach says you're injured \u2014 rest up!",
    "You failed the bleep test.",
    "You failed the PE test.",
    "You failed the phishing test! Click here to do the training.",
    "You failed the security awareness test, please complete the module again.",
)

# the forms in other words: read now (missed at 0da7941)
MISSED = (
    "The picking crew's full for the season, sorry.",
    "Sorry - no harvest work for you this year.",
    "Sorry, no labouring work for now.",
    "Our client has said no to you joining the team.",
    "Your tasting dish didn't meet the standard we need.",
    "We're not going to be able to take you on.",
    "We can't take you on this season.",
    "So no place on the crew for you this year.",
    "The guv'nor has said no, sorry.",
    "We handed the summer shifts to two other pickers.",
    "That job won't happen for you this time.",
    "Your welds didn't meet our standard.",
    "Your driving did not meet the standard we need.",
    "We're not able to take you on this season.",
)

# part B's refusals in other words: still decided after the mend
REFUSALS = (
    "Our shearing gang is full for this year.",
    "Sorry, the lifeguard roster is already full for this season.",
    "So no deckhand job this year.",
    "All our summer posts have gone to last year's staff.",
    "So the roofing job isn't happening for you.",
    "We've given the bar shifts to two other people from the trial.",
    "We won't need you this summer.",
    "The boss has said no, sorry.",
    "A place on the crew isn't possible this year.",
    "You failed the trade test.",
    "You did not pass the practical assessment, so we can't offer you a place.",
    "You haven't passed the sight-reading test this time.",
    "You failed the fitness test, so we can't offer you a place on the fire crew.",
    "Sadly you failed the practical test, so it's a no from us.",
)


# part B's readings misfired on these too; an older reading of negation (a "no … spot", "all
# the … places have gone to") still reads them, left to its own pass
READ_ELSEWHERE = (
    "We're full up for the season - thank you to all our loyal customers!",
    "All the camping spots have gone to people who booked early, leaving none for you latecomers.",
    "So no van seat for you this winter, the van's been sold; we'll take the train.",
    "All our parking spots have gone to staff, leaving none for you visitors, sorry.",
    "All the allotment places have gone to locals.",
)


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_not_a_refusal_gains_no_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize("text", NOT_REFUSALS + READ_ELSEWHERE)
def test_part_b_reads_no_decision(text: str) -> None:
    assert not any(pattern.search(text.lower()) for _, _, pattern in decisions_tested.READINGS)


@pytest.mark.parametrize("text", MISSED + REFUSALS)
def test_refusal_is_decided(text: str) -> None:
    assert decision(text)


# written so on purpose: a user name, a password, a price list's codes
KEPT = (
    "Username l33t h4x0r n00b pwn3d c0der gam1ng w0rld pr0 m0d.",
    "Your new passwords: t0gether, s0larW1nd, m0nkey1, dr0p, h0me1and.",
    "Your username is c0der and your PIN is 1010; the temporary\npassword is t0gether dr0p w0lf.",
    "Product codes: AB0C, X0Y, GO0D, ROO1, BO0K, CO0L, H0H0, ZOO1.",
    "Commits c0ffee1, dead0ff and ba0bab were reverted; the fix is in deface0 and bead0ed.",
    "Our B2B team sells H2O filters to 5G operators; COVID-19 rules, A1 and M25 closed, 1st floor"
    " at 10am, 3D printer v2.0, Y2K fixed in v1.0.1, INC0012345, SW1A 0AA, 0xDEADBEEF.",
)


@pytest.mark.parametrize("text", KEPT)
def test_written_on_purpose_is_kept(text: str) -> None:
    assert ocr.mend(text) == text


def test_a_scan_is_still_mended() -> None:
    scan = "WEST B0R0UGH C0UNCIL\nDear applicant, y0u have n0t been sh0rtlisted f0r interview."
    assert ocr.mend(scan) == (
        "WEST BOROUGH COUNCIL\nDear applicant, you have not been shortlisted for interview."
    )


def test_a_scan_with_a_code_line_keeps_the_code() -> None:
    scan = "y0u have n0t been sh0rtlisted f0r interview.\nReference code: WX0YZ"
    assert ocr.mend(scan) == ("you have not been shortlisted for interview.\nReference code: WX0YZ")


# the same words of a trip, a boat, a flat: no refusal of work
@pytest.mark.parametrize(
    "text",
    [
        "We're not going to take you on holiday this year, sorry kids.",
        "We're not able to take you on the trip this time.",
        "We can't take you on the boat this time, the sea's too rough.",
        "If you failed the test, you can retake it.",
    ],
)
def test_taking_on_a_trip_is_no_decision(text: str) -> None:
    assert not decision(text)
