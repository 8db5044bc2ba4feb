"""Twenty-fourth pass, part M (issue 11): a hostile re-read of part A's readings
(rejectwatch.model.decisions_mixed).

Mail that must stay unread: a candidate noun that only qualifies a slot or a date ("a senior
candidate interview slot", "the other candidate's joining date"); a requirement on hold with
the reader still in the running or its return promised in the next sentence; "she's got the
spot" in a team sheet or a parking note; "no further action" on an application that is merely
complete or paused for now; a name absent from a list for a reason that keeps the reader in
(an error since mended, a round skipped, an exemption). And refusals in part A's forms that
were still unread: a recommendation "for appointment to the post", "we will not be taking any
further steps with your application", a name that "could not be included in" or "did not make
it to" the shortlist, a cousin who has got the spot. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from tests.test_decisions_before import tokens

from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE


@pytest.mark.parametrize(
    ("body", "token"),
    [
        ("The SGB has recommended Mrs Botha for appointment to the post.", CHOSE_OTHER),
        (
            "The selection committee has recommended Mr Adeyemi for appointment as the bursar.",
            CHOSE_OTHER,
        ),
        ("We will not be taking any further steps with your application.", READER_OUT),
        ("We shall not be taking any further action on your application.", READER_OUT),
        ("Your name could not be included in the merit list.", READER_OUT),
        ("We regret that your name did not make it to the shortlist.", READER_OUT),
        ("Sadly your name didn't make it onto the final selected list.", READER_OUT),
        ("Sorry mate, my cousin's got the spot.", CHOSE_OTHER),
        ("Thanks for trying out, but our old sous chef has got the job back.", CHOSE_OTHER),
        ("The mandate is on hold indefinitely, so we are closing your file.", ROLE_GONE),
    ],
)
def test_part_as_forms_still_unread_are_read(body: str, token: str) -> None:
    assert token in tokens("Your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # a candidate noun qualifying a slot, a date, a form
        "We have locked a senior candidate interview slot for the final round.",
        "The client has frozen one candidate evaluation form for this role.",
        # a requirement on hold, the reader still in, its return promised
        "The SAP requirement has been put on hold. Will keep you posted.",
        "The mandate is on hold as the client reorganises; we expect it back in a fortnight.",
        "The client has put the requirement on hold. Your profile remains shortlisted with them.",
        "The Java requirement is on hold for budget approval. I will update you as soon as it "
        "moves.",
        "The client has decided to hold the mandate for a month. Your interview will be "
        "rescheduled.",
        # she's got the spot in a team, a car park, a club
        "Great match on Saturday! Priya scored twice, so she's got the spot in the starting "
        "eleven.",
        "Parking note: Jane has moved desks, so she's got the spot by the lift now.",
        "Netball club: Ellie is back from injury and she's got the place at goal attack.",
        "The tenant moved out; he's got the spot number 14 in the garage from May.",
        # no further action while the application is complete or paused
        "No further action will be taken on your application as it is complete; we will be in "
        "touch to arrange an interview.",
        "We will take no further action on your application for now and will be in touch "
        "after the closing date.",
        "We will not be taking any further steps with your application until the visa clears.",
        # a name absent for a reason that keeps the reader in
        "Your name was missing from the final merit list due to a clerical error; it has now "
        "been added.",
        "Your name is not included in the shortlist as you were exempt from the written test; "
        "please attend the interview on 5 June.",
        "Your name did not make it to the shortlist because the list was sent before your "
        "papers arrived; it is on the revised one.",
        # a recommendation of the reader, an offer in agency idiom
        "The SGB has recommended you for appointment to the post.",
        "Congrats! The client has finalised you for the role. Offer letter will be shared by EOD.",
    ],
)
def test_part_as_twins_stay_unread(body: str) -> None:
    assert not tokens("Your application", body)
