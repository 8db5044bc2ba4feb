"""A "not … yet" is a decision still to come (twenty-ninth pass, part T).

"The hiring team has not reviewed your application yet" gave neg_ marks and entered the
refusal-sentence block as a refusal's words; about 75 other (not_rejection) training mails carried
them. A negation whose own clause says "yet" or "so far", or one after "still have", now gives
hyp_ marks, and a sentence whose only cues are such negations enters the block as hyp_ words. A
refusal in another clause of the same sentence keeps its reading.
"""

from __future__ import annotations

import pytest

from rejectwatch.model import negation

STILL_TO_COME = (
    "The hiring team has not reviewed your application yet.",
    "Your application hasn't been looked at yet, and we'll be in touch after the closing date.",
    "We haven't finalised the shortlist yet, so you'll hear from us next week.",
    "You have not been shortlisted yet: the panel only meets on Friday.",
    "We have not contacted your referees so far.",
    "We still haven't heard back from the site manager about the start dates.",
    "The recruiter hasn't yet passed your CV to the client.",
    "I can't confirm the rota for the season yet, but I'll text you by Sunday.",
    "Our buyers haven't signed off the extra shifts yet.",
    "We are not selecting anyone yet, as the vacancy is open until the 30th.",
)

REFUSALS = (
    # a "not … yet" in one clause, the decision in another
    (
        "We have not yet found a role that fits you, and have chosen another candidate.",
        "chosen",
    ),
    ("You don't hold that entitlement yet, so the application can't go any further.", "further"),
    ("Your interview was strong, yet we have not been able to offer you the role.", "offer"),
    (
        "You have not been selected for interview, and yet we would like to keep your CV.",
        "selected",
    ),
    ("Sadly we haven't been able to find a place for you yet again.", "place"),
    ("Unfortunately you were not selected for the night shift.", "selected"),
    # the reader's shortfall, told with a "yet", is a refusal's reason
    ("You're not yet ready for the road test, so we'll stop here.", "ready"),
    ("Your SQL isn't strong enough yet for what this team needs.", "strong"),
    ("The portfolio doesn't show much of that yet, so it stops here.", "show"),
    # what the reader has not done or held yet
    ("As you don't hold a forklift licence yet, the application can't go further.", "forklift"),
    ("Because you have not yet led a shift on your own, the manager picked Dana.", "led"),
    ("Reptiles aren't your area yet, and the job needs a nurse who runs the clinic.", "area"),
    # a noun's "not yet", and "still" before another negation than a perfect's
    ("Every offer not yet started has been withdrawn after the reforecast.", "started"),
    ("We still can't offer you a place on the crew this season.", "offer"),
)


@pytest.mark.parametrize("text", STILL_TO_COME)
def test_a_not_yet_gives_no_refusal_words(text: str) -> None:
    marks, sentences = negation.read_cues(text)
    assert not [mark for mark in marks.split() if mark.startswith(negation.MARK)], marks
    assert all(word.startswith(negation.HYPOTHETICAL) for word in sentences.split()), sentences


@pytest.mark.parametrize(("text", "word"), REFUSALS)
def test_a_refusal_beside_a_not_yet_keeps_its_reading(text: str, word: str) -> None:
    marks, sentences = negation.read_cues(text)
    assert word in sentences.split(), sentences
    assert any(mark.startswith(negation.MARK) for mark in marks.split()) or "chosen" in sentences


def test_a_refusal_with_a_not_yet_keeps_its_decision_token() -> None:
    marks, _ = negation.read_cues(
        "You don't hold that entitlement yet, so the application can't go any further."
    )
    assert negation.READER_OUT in marks.split()
    assert "neg_further" in marks.split()
