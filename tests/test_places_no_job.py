"""A place refused that is no job, held at the gate (issue 11, twenty-first pass, part U;
gate._PLACE_NO_JOB read by gate.no_job_decision): a seat on a course or a class, a market stall
or pitch, an allotment plot, a school or nursery place, a room in halls, an event's ballot, a
club joined. Our own sentences; each kind beside job twins (an apprenticeship, an internship, a
graduate scheme, a residency, a traineeship, a volunteer role applied for with a CV) whose
refusals stay decided and are not held."""

from __future__ import annotations

import pytest

from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.gate import decided_for_reader, no_job_decision


def _held(subject: str, body: str) -> bool:
    texts, sentences = documents_to_views([Document(subject, body, "")])
    return no_job_decision(texts[0], sentences[0])


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a course or a class full
        (
            "Your course application",
            "Dear Odile,\n\nThe Saturday watercolour course has filled up and we have no "
            "seat left for you. We've put you on the waiting list.\n\nHollin Adult Learning",
        ),
        (
            "Spring term",
            "Hi Bram,\n\nSorry, your class booking for beginners' Spanish was unsuccessful: "
            "there is no place for you on the Tuesday class this term.\n\nCedar Lane Centre",
        ),
        # a stall or a pitch at a market
        (
            "Craft fair",
            "Dear Yusra,\n\nThank you for applying for a stall at the Harbourside Craft Fair. "
            "Unfortunately your application has not been successful this year.\n\nThe organisers",
        ),
        (
            "Saturday market",
            "Hi Ilse,\n\nYour pitch application for the Saturday food market was declined; "
            "every pitch has gone to returning traders.\n\nMarket Office",
        ),
        # an allotment plot
        (
            "Plot allocation",
            "Dear Rafe,\n\nWe regret that your application for a half plot was unsuccessful "
            "in this year's allocation. You are 48th on the list.\n\nParks Department",
        ),
        # a school or nursery place for a child
        (
            "Admissions outcome",
            "Dear Mrs Okafor,\n\nUnfortunately your application to your first-preference school "
            "has not been successful. Your child has been offered a place at Elmwood "
            "Primary.\n\nSchool Admissions",
        ),
        # a room in halls, a ballot
        (
            "Accommodation outcome",
            "Hi Tove,\n\nThank you for applying for university-managed accommodation. We are "
            "sorry that your application was not successful in the room ballot.\n\nHousing",
        ),
        (
            "Ballot result",
            "Hi Cillian,\n\nThanks for entering the ballot for the Riverside 10K. Sorry, you "
            "weren't picked this year.\n\nRace team",
        ),
        # a club joined
        (
            "Membership",
            "Dear Ines,\n\nThank you for your application to join the Kestrel Rowing Club. We "
            "regret that we cannot offer you a place this season.\n\nThe committee",
        ),
    ],
)
def test_a_place_that_is_no_job_is_held(subject: str, body: str) -> None:
    assert _held(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your apprenticeship application",
            "Dear Odile,\n\nThank you for applying for our engineering apprenticeship. "
            "Unfortunately your application has not been successful this year.\n\nHollin Rail",
        ),
        (
            "Summer internship",
            "Hi Bram,\n\nThe internship has filled up and we won't be taking your application "
            "further.\n\nCedar Lane Labs",
        ),
        (
            "Graduate Scheme - reserve list",
            "Dear Ines,\n\nAll places on the 2026 Graduate Scheme have now been accepted, so "
            "there is no place for you on this year's intake.\n\nGraduate Recruitment",
        ),
        (
            "Artist residency",
            "Dear Yusra,\n\nThank you for applying for the studio residency. We regret that "
            "your application has not been successful this round.\n\nHarbour Arts",
        ),
        (
            "Traineeship",
            "Hi Ilse,\n\nWe're sorry to tell you that your application for the market analysis "
            "traineeship was unsuccessful and the trainee post has been filled.\n\nMarket Office",
        ),
        (
            "Volunteer coordinator role",
            "Dear Rafe,\n\nThank you for sending your CV for the volunteer coordinator role. "
            "We have decided not to take your application further.\n\nParks Trust",
        ),
    ],
)
def test_a_job_refused_is_not_held_and_stays_decided(subject: str, body: str) -> None:
    assert not _held(subject, body)
    assert decided_for_reader([Document(subject, body, "")]) == [True]
