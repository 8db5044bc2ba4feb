"""Thirtieth pass, part H (issue 11): the receipt hold across sentences.

gate.no_job_decision holds below filing a message with no decision token whose own text reports
the application received or under review (_PENDING_STATUS), unless the receipt's own sentence
goes on to tell the review done (_REVIEWED_AFTER) or the message tells an outcome in the past
(_outcome_told). A refusal whose receipt and whose review stand in separate sentences ("Your
application has been logged. The panel reviewed it last week and will not be progressing it."),
declined in words the readings give no token, was held all the same. A later sentence that tells
the review done and declines the application, or tells a refusal in the past, now lifts the
hold; a review still ahead, a conditional, a silence rule or a class of applicants told about
later does not.

Every message here is written for these tests, in several senders' words."""

from __future__ import annotations

import pytest

from readings import held_as_no_job, message_decisions


def _letter(middle: str, name: str = "Sam") -> str:
    return f"Dear {name},\n\n{middle}\n\nKind regards,\nRecruitment Team"


# a receipt, then in a later sentence a review done and a refusal the readings give no token
REFUSED_LATER = [
    "We have received your application. Having now reviewed every application, we will not be "
    "progressing yours.",
    "Your form has reached us. The shortlisting panel met on Tuesday and did not shortlist it.",
    "Your application is with us. Following review by the hiring manager, we won't be "
    "progressing it.",
    "Your application for Claims Officer has been logged. The panel reviewed it last week and "
    "will not be progressing it.",
    "We have received your application for Warehouse Supervisor. Our team has now looked at it, "
    "and we won't be progressing it.",
    "Your application has been registered. The panel has considered it carefully. We will not be "
    "progressing it to interview.",
    "We've received your application. We reviewed it on Friday; it has not been progressed.",
    "Your application has been received. The panel reviewed it yesterday. Regrettably we cannot "
    "progress it.",
    "We have received your application for Junior Buyer. Every application has now been scored "
    "and yours will not progress.",
    "We have received your application. It was read by two assessors and it has not been "
    "shortlisted.",
    "Your form for Street Scene Officer is with us. The sift is now complete. We will not be "
    "progressing yours.",
    # the review and the refusal in the next paragraph
    "Your application for Porter has been logged.\n\nThe panel reviewed every form last "
    "week.\n\nWe will not be progressing yours on this occasion.",
]

# receipts whose review is still ahead, or whose refusal is a rule, a supposition or a class
HELD = [
    # a bare verb whose object is no application (lead's re-read: filed at 0.92 before)
    "Your application is with us. After careful review of the role's budget we will not be "
    "proceeding with the senior grade, so we will consider you at the standard grade instead. "
    "Expect an interview invite soon.",
    "We have received your application. Having reviewed the requirements, we will not be "
    "progressing the graduate intake this year, but your application stays open for the analyst "
    "post.",
    "Your CV has reached us. The panel has now met and will not be shortlisting the evening "
    "shifts separately; your form is in the main pool.",
    # the brief's three
    "We have received your application. It will be reviewed by the panel and we will contact "
    "shortlisted candidates.",
    "Your application has been logged. If you have not heard from us in 3 weeks, please assume "
    "you were unsuccessful.",
    "Your application is with us. Reviews take two weeks; unsuccessful applicants will be "
    "notified by email.",
    # the review ahead, told in the future or under "once", "when", "until", "unless"
    "We have received your application. We will let you know once it has been reviewed.",
    "Your application has been received. Once it has been reviewed we will be in touch, whether "
    "or not you are shortlisted.",
    "Your application is with us. When all forms have been reviewed, the panel will decide who "
    "goes forward; not everyone will.",
    "We have received your application. Unless we have reviewed it by Friday, we will not be "
    "able to interview you before June.",
    "We have received your application. If, having reviewed it, the panel does not shortlist "
    "you, we will let you know.",
    "Your application has been received. It has not been reviewed yet, and no decision has been "
    "made.",
    "Your application has been logged. After the closing date every form is reviewed, and "
    "unsuccessful applicants are emailed.",
    "Your application is with us. Applications are reviewed on a rolling basis; we cannot reply "
    "to everyone individually.",
    # a review done, then a rule, a supposition or a class of applicants
    "Your form is with us. The panel has reviewed it. If we do not progress it, you will hear "
    "from us by email.",
    "Your application is with us. The panel has reviewed the first round, and applicants who "
    "have not been shortlisted will be told by Friday.",
    "Your application has been received. Being reviewed does not mean your application was "
    "unsuccessful.",
    "Your application has been received. Assume it was not shortlisted if you hear nothing by "
    "1 June.",
    "Your application is with us. We have reviewed it; a late reference does not mean it will "
    "not be progressed.",
    "Your application has been logged. Should the panel not shortlist you, we will write to "
    "tell you.",
    # a review done, then a step still ahead
    "We have received your application. The panel has met, but it will not be shortlisting "
    "until the closing date has passed.",
    "We have received your application. We reviewed it this morning and it has not been "
    "progressed yet; the panel meets on Friday.",
    "Your form has reached us. The panel has reviewed the first batch; yours was not in it and "
    "will be read next week.",
    "Your CV has been received. The panel reviewed early applications last week. We don't yet "
    "know when yours will be read.",
    # a review done and no refusal: passed on, incomplete, nothing missing, an invitation
    "We have received your application. It has been reviewed and passed to the hiring manager, "
    "who has not yet decided.",
    "We have received your application. Our team has reviewed it and would like to invite you "
    "to a phone screen.",
    "Your application has been logged. We reviewed it and it isn't complete: please send your "
    "references.",
    "Your application is with us. We have reviewed your documents and nothing is missing.",
    "Your application has been received. Our recruiters have looked at it, and you do not need "
    "to do anything else for now.",
    "Your application has been logged. We have reviewed it and will not be asking for anything "
    "more before the interviews.",
    "Your CV is with us. The consultant has read it and will not be sharing it with any client "
    "without your consent.",
    "Your application has been received. Once the shortlisting is complete, we will not be "
    "progressing applications received after the closing date.",
    # a step of the reader's still to do, its class refused
    "Your application has been received. Next come the online tests: applications without a "
    "completed assessment by Friday cannot progress, so please finish them early.",
    # the review done in one paragraph, a conditional refusal in the next
    "Your application has arrived safely.\n\nWe had over 1,000 applications, and every one of "
    "them was reviewed carefully.\n\nIn case you aren't selected for interview, your "
    "application will stay on our system for future openings.",
    "Your application has been logged.\n\nThe panel has met.\n\nIn the event that it does "
    "not shortlist you, you will hear from us by email.",
]


@pytest.mark.parametrize("middle", REFUSED_LATER)
def test_the_refusals_carry_no_decision_token(middle: str) -> None:
    # (the shape this part is about: the readings miss the refusal, the gate's hold decides)
    assert not message_decisions("Your application", _letter(middle))


@pytest.mark.parametrize("middle", REFUSED_LATER)
def test_a_refusal_after_the_receipt_sentence_is_not_held(middle: str) -> None:
    assert not held_as_no_job("Your application", _letter(middle), "hr@employer.example")


@pytest.mark.parametrize("middle", HELD)
def test_a_receipt_with_no_refusal_told_stays_held(middle: str) -> None:
    assert held_as_no_job("Your application", _letter(middle), "hr@employer.example")


def test_a_refusal_in_quoted_mail_does_not_lift_the_hold() -> None:
    """Only the message's own text is read: an old refusal quoted below a receipt is not it."""
    body = (
        "Dear Sam,\n\nWe have received your application for Senior Buyer.\n\nRecruitment Team\n\n"
        "On 3 May 2026, Recruitment Team wrote:\n> Your application for Junior Buyer is with us. "
        "The panel reviewed it and will not be progressing it."
    )
    assert held_as_no_job("Your application", body, "hr@employer.example")


def test_a_refusal_before_the_receipt_is_not_read_as_after_it() -> None:
    """The lift reads the sentences after the receipt's: a receipt of a new application that
    follows an old refusal stays held."""
    body = _letter(
        "Last year the panel reviewed your form for Junior Buyer and did not progress it. We have "
        "received your application for Senior Buyer, and it will be read after the closing date."
    )
    assert held_as_no_job("Your application", body, "hr@employer.example")
