"""Twenty-first pass, part R (issue 11): other mail that reads a decision, written-28's kinds.

* a sentence that says nobody has been refused ("Nobody has been appointed and no applicant has
  been turned down"): the negation governs the refusal, so the sentence tells of no decision,
  in English and the languages read (rejectwatch.model.none_refused, rules_ahead.rule_sentence);
* the reader's own no told back to them before what became of the post ("you told me nights
  weren't for you, so ... the client has since filled it", other_mail.READERS_OWN);
* a post withdrawn in a letter that says it is no decision about the reader
  (none_refused.decision_disowned);
* a refusal as one item of a list of possible outcomes written one item a line
  (cases_listed.an_item_of_cases).

Each with rejections of the same words that must stay decided. Every sentence is written for
these tests (none is a slice's); read by negation.read_cues, so a retrain changes nothing.
"""

from __future__ import annotations

import pytest

from readings import decision, message_decisions, refused

NOBODY_REFUSED = [
    "Hiring for the porter post is paused until spring. No one has been hired and no applicant "
    "has been turned down.",
    "We have stopped the search for now: no candidate was selected and nobody was rejected.",
    "Nobody has been offered the job and none of the applicants has been ruled out.",
    "Neither has anyone been appointed nor has any applicant been rejected.",
    "No applicant has been appointed or rejected so far.",
    "We haven't turned anyone down, and no one has been hired for the role.",
    "Not a single applicant has been declined; nobody has been appointed either.",
    "Niemand wurde eingestellt und niemand wurde abgelehnt.",
    "Personne n'a été recruté et aucune candidature n'a été écartée.",
    "Nadie ha sido contratado y ningún candidato ha sido rechazado.",
    "Nessuno è stato assunto e nessun candidato è stato scartato.",
    "Niemand is aangenomen en geen enkele sollicitant is afgewezen.",
]

STILL_DECIDED = [
    # a refusal of the reader in a sentence of its own stays one
    "Nobody else has been turned down yet. We have appointed another candidate and will not be "
    "taking your application further.",
    "The vacancy has been withdrawn, so we cannot take your application further.",
    "Nobody was appointed to the post after the interviews.",
    "We have offered the role to another candidate. No applicant was turned down lightly, and "
    "we are sorry it is not better news.",
]


@pytest.mark.parametrize("body", NOBODY_REFUSED)
def test_a_refusal_with_nobody_to_fall_on_is_no_decision(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", STILL_DECIDED)
def test_a_refusal_of_the_reader_beside_it_stays_decided(body: str) -> None:
    assert decision(body)


def test_a_paused_search_that_refused_nobody_reads_no_decision_as_a_message() -> None:
    body = (
        "Hi Tamsin,\n\nWe have paused recruitment for Stores Clerk until the new budget is "
        "agreed. Nobody has been appointed and no applicant has been turned down. Your "
        "application stays on file and will be looked at if the post reopens.\n\nIgor\n"
    )
    assert not message_decisions("Stores Clerk: recruitment paused", body)


READERS_OWN_NO = [
    "In March you told me weekends weren't for you, so the agency has since filled the shifts.",
    "You let me know the commute was not right for you, and the client has filled the post since.",
    "You turned the role down in June and it has since been filled from their own staff.",
    "You'd passed on the placement, so it has gone to another of our candidates.",
]

READERS_OWN_TWINS = [
    # the reader keen, the post filled all the same: a decision
    "You told me you were keen, but the client has since filled the role with someone else.",
    "The client has since filled the warehouse role from their own books.",
]


@pytest.mark.parametrize("body", READERS_OWN_NO)
def test_a_post_filled_after_the_readers_own_no_is_no_decision(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", READERS_OWN_TWINS)
def test_a_post_filled_with_no_no_of_the_readers_stays_decided(body: str) -> None:
    assert decision(body)


DISOWNED = [
    "The Stores Clerk post has been withdrawn after the merger. This is not a decision about "
    "you or anyone who applied. Your details go forward to the new posts, if you agree.",
    "The requisition was cancelled when the budget moved. It is in no way a decision on your "
    "application.",
    "No decision has been made about your application. The vacancy itself has been withdrawn "
    "while the team is reorganised.",
]

DISOWNED_TWINS = [
    # the reader named in the post's fate, or a turn after the disclaimer
    "The vacancy has been withdrawn, so we cannot take your application further.",
    "The vacancy has been withdrawn, so we cannot take your application further. This is not a "
    "decision about you.",
    "The post has been withdrawn after a restructure. This is not a decision about you, but we "
    "will not be taking your application further.",
    # a regret in the post's fate, or a cancelled post's comfort that is no disclaimer
    "Unfortunately the vacancy has been withdrawn. This is not a decision about you.",
    "The role has been cancelled. This is no judgement on your application.",
]


@pytest.mark.parametrize("body", DISOWNED)
def test_a_post_withdrawn_in_a_letter_that_decides_nothing_of_the_readers_is_no_decision(
    body: str,
) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", DISOWNED_TWINS)
def test_a_post_withdrawn_with_the_reader_refused_stays_decided(body: str) -> None:
    assert decision(body)


CASES_LISTED = [
    "Thanks for applying. What can happen next:\n1. a call to book an interview;\n2. a note "
    "that we are not taking your application further.\nEither way you hear within a fortnight.",
    "Your application may end in one of these ways:\n- an offer of a trial shift\n- a place on "
    "the reserve list\n- a message that you have not been selected\nWe write whichever it is.",
    "Possible outcomes:\n\u2022 Interview\n\u2022 Unsuccessful, with feedback on request",
]

CASES_LISTED_TWINS = [
    # a list under a line that names no possibility, or the outcomes of several applications
    "We have reached the following outcome:\n- Not progressed\n- Feedback available on request",
    "The outcomes of your applications:\n1. Barista - not progressed\n2. Cook - not progressed",
    # one item alone is no list
    "What can happen next:\n1. a note that we are not taking your application further.",
]


@pytest.mark.parametrize("body", CASES_LISTED)
def test_a_refusal_listed_among_possible_outcomes_is_no_refusal(body: str) -> None:
    assert not refused(body)


@pytest.mark.parametrize("body", CASES_LISTED_TWINS)
def test_a_refusal_listed_as_given_stays_a_refusal(body: str) -> None:
    assert refused(body)


# Twenty-first pass, part V (the third re-read): a nobody-refusal and the reader's refusal in one
# sentence ("not one applicant was turned down lightly, and sadly you have not been
# successful"): the reader's refusal after it stands
NOBODY_THEN_YOU = [
    "Not one applicant was turned down without careful thought, and sadly you have not been "
    "successful.",
    "None of our candidates were declined lightly, but we have decided not to progress your "
    "application.",
    "We haven't rejected anyone without reading every line, but on this occasion your "
    "application was unsuccessful.",
    "No applicant is turned down without a second read, and I'm sorry to say yours has not been "
    "taken forward.",
]


# ... and a post filled, or gone to another, comforted by "this is not a decision about you":
# the reader's refusal, not a withdrawn post's disclaimer
FILLED_COMFORTED = [
    "The position has been filled. This is not a decision about you personally; the field was "
    "very strong.",
    "The role has gone to an internal candidate. This was not a decision about you.",
    "We have appointed another candidate. It is not a decision about your application alone.",
]


# ... and a letter's points under the reader's own "may" ("a few things you might want to
# know:"): a list of things told, one of them the reader's refusal, not of possible outcomes
POINTS_TOLD = [
    "Thanks for coming in. A few things you might want to know:\n- Your interview was strong "
    "and the panel liked your portfolio\n- We have decided not to offer you the role\n- We "
    "would like to keep you in mind for future openings",
    "Here is where things stand, which you may find useful:\n1. The panel enjoyed the "
    "interview\n2. We have decided not to offer you the role\n3. Feedback is available on "
    "request",
]


@pytest.mark.parametrize("body", NOBODY_THEN_YOU + FILLED_COMFORTED + POINTS_TOLD)
def test_the_readers_refusal_beside_a_part_r_shape_stays_decided(body: str) -> None:
    assert decision(body)
