"""Sixteenth pass (issue 11): the readings of blind slice 14's English kinds of miss and false
positive, each with the negatives it must leave alone. The sentences are written for these
tests, not copied from the slice or the corpus."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader


def gate(subject: str, body: str, sender: str = "jobs@employer.example") -> bool:
    return decided_for_reader([Document(subject, body, sender)])[0]


# the decisions said as a plain statement, each of a kind slice 14 missed
@pytest.mark.parametrize(
    ("body", "token"),
    [
        # the application stopping, with its pronoun, future or present
        ("We went through your form closely and it goes no further than this.", "xreaderout"),
        ("Thanks for the portfolio. Your application will stop here, I'm afraid.", "xreaderout"),
        (
            "The hiring team read your Barista application and it will end at this stage.",
            "xreaderout",
        ),
        # closed or ended by what happened, or by the employer
        ("All seats on the academy are allocated, which closes your application.", "xreaderout"),
        ("Our first choice has signed, which ends the waiting list for you.", "xreaderout"),
        ("We are now closing all remaining applications for this post.", "xreaderout"),
        # every place taken
        ("Every spot on the summer scheme has been taken.", "xrolegone"),
        ("Both of our junior posts are now filled.", "xrolegone"),
        # someone described taking the post, the description between
        (
            "A manager from the Cardiff depot, who covered the shifts in spring, has accepted "
            "the post.",
            "xchoseother",
        ),
        ("One of our own interns, back after her finals, is taking the position.", "xchoseother"),
        # given in the end by its pronoun
        ("we ended up offering it to a contractor we already knew, sorry!", "xchoseother"),
        # going somewhere other than the reader
        ("After a lot of back and forth the job is going somewhere other than you.", "xchoseother"),
        # going on with others described
        (
            "We have opted to continue with candidates whose experience sits closer to the brief.",
            "xchoseother",
        ),
        # the post not the reader's
        ("Weighing it all up, the role can't be yours on this occasion.", "xreaderout"),
        # taken out of the plan
        ("The vacancy has been cut from the department's budget for next year.", "xrolegone"),
        # places offered to others, passive
        (
            "The two lab placements I had money for have been offered to students from our "
            "partner group.",
            "xchoseother",
        ),
        # an offer withdrawn, with an adverb between
        ("Our funding has slipped, so the offer is regrettably withdrawn.", "xreaderout"),
        # closed by the employer's own verb
        ("The panel has met, and this closes your application.", "xreaderout"),
        ("You didn't make our shortlist.", "xreaderout"),
        # a month is no conditional
        ("The role has been taken by a candidate who applied in May.", "xrolegone"),
    ],
)
def test_a_decision_stated_plainly_is_read(body: str, token: str) -> None:
    assert token in marks(body)


@pytest.mark.parametrize(
    "body",
    [
        # privacy, deadlines, policies, the reader chosen, hand-ons
        "Whatever you tell us goes no further than the interview panel.",
        "Applications close at midnight on Friday, so please send yours before then.",
        "Places are filled on a first-come, first-served basis, so book early.",
        "All positions will be filled once interviews finish in March.",
        "A colleague from our Leeds office is taking the interview with you on Monday.",
        "I gave it to the hiring manager this morning and she'll be in touch.",
        "We have elected to pursue candidates who can start in June, and that includes you.",
        "The role is yours if you want it.",
        "The decision isn't yours alone - talk it over with your family.",
        "If the post can't be yours this year, we'll tell you by Friday.",
        "We'll close all open applications when the advert ends on 3 March.",
        "The form will stop at this point if you leave a field blank.",
    ],
)
def test_the_same_words_without_a_decision_are_not_read(body: str) -> None:
    assert not decision(body)


# bare status rows: a list or table row whose last cell is a refusal
@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nYour week:\n\n- Stores Clerk - In review\n- Shift Lead - Not selected\n"
        "- Auditor - Received\n\nThanks",
        "Req | Role | Status\nQX-12 | Proposal Writer | Closed - Not hired\n\nLog in for more.",
        "Hello,\n\nWhere things stand:\n\n1. Data Steward \u2013 Unsuccessful\n\nBest",
    ],
)
def test_a_refused_status_row_is_read(body: str) -> None:
    assert negation.STATUS_REFUSED in marks(body)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nYour week:\n\n- Stores Clerk - In review\n- Shift Lead - Interview booked\n",
        "Note - not selected candidates can reapply after six months.\n",
        "- Ravi (your referral) - Not selected\n",
    ],
)
def test_a_status_row_without_a_refusal_gives_no_status(body: str) -> None:
    assert negation.STATUS_REFUSED not in marks(body)


def test_a_referrals_refused_row_does_not_open_the_gate() -> None:
    body = "Referral updates:\n\n- Ravi (your referral) - Not selected\n\nThanks for referring!"
    assert not gate("Your referrals this month", body)


# a decision taken with care is a decision taken, not one still to make
def test_a_decision_not_reached_lightly_is_no_pending_decision() -> None:
    body = (
        "We have chosen to go with candidates whose experience is closer to the brief. "
        "It was not taken lightly."
    )
    assert not any(mark.startswith(negation.HYPOTHETICAL) for mark in marks(body))
    assert gate("Your application", body)


def test_a_decision_not_yet_reached_stays_pending() -> None:
    assert all(
        mark.startswith(negation.HYPOTHETICAL) or not mark.startswith("x")
        for mark in marks("A decision has not yet been reached; we have not chosen anyone.")
    )


# negatives slice 14 filed or left in the review band
def test_a_reference_request_is_about_someone_elses_candidacy() -> None:
    body = (
        "Dear Ms Hale,\n\nYou were named as a referee by an applicant who has applied for our "
        "Warehouse Lead post. Could you fill in the short form by Thursday?\n\nHR"
    )
    assert not decision(body)
    assert negation.ABOUT_OTHER in marks(body)
    assert held_back(Document("Reference request", body, "hr@employer.example"))


def test_offering_to_act_as_a_reference_is_still_a_rejection() -> None:
    body = (
        "We have appointed another candidate to the post. I'd be happy to act as a referee "
        "for you in future."
    )
    assert decision(body)
    assert not held_back(Document("Your application", body, "hr@employer.example"))


@pytest.mark.parametrize(
    "body",
    [
        "Three weeks of quiet after the closing date means you were not picked this time.",
        "A month of silence from us means your application was not taken forward.",
    ],
)
def test_silence_over_a_stretch_of_time_is_a_conditional(body: str) -> None:
    assert not decision(body)
    assert not gate("Application received", body)


@pytest.mark.parametrize(
    "body",
    [
        "Not the right fit this time? We'll keep your CV on file for the next opening.",
        "Not shortlisted on this occasion? Your profile stays in our talent pool.",
    ],
)
def test_an_elliptical_question_reads_no_refusal(body: str) -> None:
    assert not any(mark.startswith(negation.MARK) for mark in marks(body))


def test_an_elliptical_question_in_a_footer_leaves_the_gate_open() -> None:
    body = (
        "Thanks for interviewing with us. We have decided to go with another candidate whose "
        "background is closer to the brief.\n\nNot happy with how we handled it? Tell us "
        "at the link below."
    )
    assert gate("Your interview", body)


def test_a_question_asking_about_a_real_refusal_is_not_made_hypothetical() -> None:
    body = "We won't be taking your application further. Would you like feedback on why?"
    assert decision(body)


# a refusal above a long footer: the decision is read in the letter, whatever the notices below
@pytest.mark.parametrize(
    "footer",
    [
        "CONFIDENTIAL: this message and its attachments are meant only for the person named "
        "above and may be legally privileged. If it reached you by mistake, tell the sender and "
        "delete it without passing it on. Hollin & Marsh Ltd is registered in Scotland, "
        "company no. SC123456; our candidate privacy statement sets out how long we keep "
        "application data and how to ask us to delete it sooner.",
        "==========\nINSIDE HOLLIN & MARSH\n==========\n* Meet our apprentices on the blog\n"
        "* Our flexible working promise\n* Cycle scheme, 26 days' leave and a pension we top up\n"
        "Sign up to our careers newsletter for new roles before they go live. You get this "
        "because you hold an account on our jobs site. Manage your preferences | Unsubscribe",
    ],
)
def test_a_plain_refusal_above_a_long_footer_opens_the_gate(footer: str) -> None:
    body = (
        "Dear Jo,\n\nThanks for applying for the Line Cook post. We have read your form, and "
        "it goes no further than this.\n\nThe Hollin & Marsh team\n\n" + footer
    )
    assert negation.READER_OUT in marks(body)
    assert gate("Your application to Hollin & Marsh", body)
