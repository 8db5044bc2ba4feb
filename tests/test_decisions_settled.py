"""Nineteenth pass, part A (issue 11): blind slice 17's English misses read by kind: a status
cell in a tracker's table, an application not retained at screening, not matched or placed, a
score under the pass mark, the appointment gone another way, someone else's work closer to the
brief, the slot given to another, a pick the reader is not in; and the eighteenth pass's unread
kinds (a named post's spot taken, the search closed). Each kind in several wordings and
sectors, each with twins in the same words that carry no decision (a pending status, the reader
matched, an interview slot, a deadline missed, an offer). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from readings import decision
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader


def gate(subject: str, body: str, sender: str = "jobs@employer.example") -> bool:
    return decided_for_reader([Document(subject, body, sender)])[0]


def _table(rows: list[tuple[str, str]], before: str, after: str) -> str:
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    return (
        f'<html><body><p>Hi Ana,</p><p>{before}</p><table border="1">{cells}</table>'
        f'<p>{after}</p><p style="font-size:11px">Powered by Trackwell</p></body></html>'
    )


@pytest.mark.parametrize(
    "body",
    [
        # not retained at screening
        "Yours was not retained at screening: it gave no evidence of budget experience.",
        "Your application was not retained at the initial screening.",
        "Your application has not been carried forward from the paper sift.",
        "Your CV wasn't retained for further consideration.",
        "Your application was screened out at the first stage.",
        # not matched or placed
        "We regret that you did not match to a residency programme this year.",
        "You have not been placed with a host school for the spring term.",
        "You were not allocated to a foundation post in this round.",
        "You haven't been matched with an employer in the apprenticeship scheme.",
        # a score under the pass mark; a panel the reader is not put on
        "Your score of 58% was below the pass mark for the register.",
        "Your overall mark fell short of the required score for appointment.",
        "Admission needs 70% or more, so we are unable to add you to the panel at this time.",
        "We can't place you on the supply register after the assessment.",
        "We couldn't include you on the reserve list this year.",
        # the appointment gone another way
        "We have chosen a different route for this appointment.",
        "Having reflected on how the team should look next year, we have chosen a different "
        "route for this appointment.",
        "The client has taken another path with this hire.",
        "We've decided to go down a different route for the coordinator post.",
        # someone else's work closer to the brief
        "On balance we felt another designer's work spoke more directly to the brand refresh.",
        "The other applicant's portfolio fitted the brief more closely.",
        "A different illustrator's samples sat closer to the tone of the series.",
        "We will be taking that forward with another studio.",
        "We'll be going ahead with someone else on the campaign.",
        # the slot given to another
        "The programme controller has given the slot to one of our volunteer presenters.",
        "We've offered the column to a staff writer who covered it over the summer.",
        "The head chef gave the sous chef position to someone from the Leith kitchen.",
        "Sorry, we've given it to somone else.",
        # a pick the reader is not in
        "Our editors have picked this year's four interns; I'm sorry, you didn't make the four.",
        "You didn't make it into the final six.",
        "I'm afraid you did not make this year's intake.",
        "You haven't made the squad for the touring season.",
        # the eighteenth pass's unread kinds: a named post's spot taken, the search closed
        "The Office Administrator spot is taken now.",
        "The trainee mechanic spot has been filled.",
        "The search for this role is now complete.",
        "Our search has concluded and we wish you well.",
    ],
)
def test_a_decision_settled_in_these_shapes_is_read(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    "body",
    [
        # retained, or still to come
        "Your application was retained at screening and goes to the panel.",
        "If your application is not retained at screening, we will write to you.",
        "Applications not retained at screening are deleted after six months.",
        # matched, placed, or not known yet
        "Congratulations: you have matched to the Internal Medicine programme.",
        "You will find out then whether or not you have matched, and to which programme.",
        "You have been placed with a host school in Leeds.",
        "If you are not matched to a programme, the supplementary round opens on Monday.",
        # a score above the mark, or a rule
        "Your score of 82% was above the pass mark, so we'll add you to the panel.",
        "Admission to the panel needs 70% or more.",
        "We are unable to add you to the mailing list without your consent.",
        "We can't add you to the panel until your security check clears.",
        # a route or a direction of a project
        "We have chosen a different route for the office move.",
        "The team went down a different route for the office move, via the ring road.",
        # the reader's own work taken forward
        "We will be taking that forward with you next week.",
        "Your portfolio spoke more directly to the brief than any other.",
        # an interview slot, a call, to the reader
        "We have given the interview slot on Monday to you, as you asked.",
        "The producer has given the slot to you from next month.",
        "We've offered the role to you, subject to references.",
        # a deadline, a session, a payment missed
        "You didn't make the deadline for the bursary, so please apply next term.",
        "You did not make the 2pm session, so we have booked you for Thursday.",
        # a time's spot, a personal search
        "The 2pm spot is taken now, so please pick another.",
        "The Tuesday interview spot has been filled.",
        "Your search is now complete: see the results below.",
        "The background search is complete and your offer stands.",
    ],
)
def test_the_same_words_without_a_decision_are_not_read(body: str) -> None:
    assert not decision(body)


def test_a_tracker_table_with_a_declined_result_opens_the_gate() -> None:
    body = _table(
        [("Role", "Data Analyst"), ("Stage", "Screening"), ("Result", "Declined")],
        "There is an update on your application.",
        "Thank you for applying to Harbour Foods.",
    )
    assert gate("Harbour Foods – application update", body)


@pytest.mark.parametrize(
    "rows",
    [
        [("Position", "Payroll Clerk"), ("Status", "Disqualified")],
        [("Vacancy", "Nurse"), ("Outcome", "Unsuccessful")],
        [("Job", "Porter"), ("Application status", "Not selected")],
    ],
)
def test_a_refused_status_in_other_table_shapes_is_read(rows: list[tuple[str, str]]) -> None:
    plain = "\n".join(f"{label}\t{value}" for label, value in rows)
    assert decision(f"Dear Ana,\n\nHere is your update.\n\n{plain}\n\nThank you.")


def test_a_tracker_table_with_a_pending_result_stays_shut() -> None:
    body = _table(
        [("Role", "Data Analyst"), ("Stage", "Received"), ("Result", "Pending")],
        "Thanks for applying. Here is where your application is:",
        "A decline or an invitation will both show up in this table first.",
    )
    assert not gate("Harbour Foods – application received", body)


@pytest.mark.parametrize(
    "line",
    ["Result Pending", "Status\tPending", "Stage\tScreening", "Outcome: to follow"],
)
def test_a_pending_status_line_is_not_a_status_cell(line: str) -> None:
    assert not decision(f"Dear Ana,\n\nYour card payment of £12.40.\n\n{line}\n\nBank team")


def test_a_recruiter_refusal_with_a_role_that_suits_you_is_not_held() -> None:
    body = (
        "Hi Ana,\n\nAs discussed, the client is going with someone who can start at once, so "
        "this one is closed with them, I'm afraid.\n\nOn the bright side there's a payroll "
        "manager role in Durban that I think suits you well. Could you send me your latest CV and "
        "your notice period?\n\nRegards,\nTumi"
    )
    doc = Document("Payroll Lead – client feedback", body, "tumi@search.example")
    assert not held_back(doc)


def test_a_recruiter_if_it_is_a_pass_confirmation_stays_shut() -> None:
    body = (
        "Hi Ana,\n\nQuick one: your CV went to the client this morning. They take their time. If "
        "it's a pass, you'll get a call from me with the reasons.\n\nTumi\nBushbuck Talent"
    )
    assert not gate("CV sent to client", body)


def test_a_screening_receipt_stays_shut() -> None:
    body = (
        "Hello Ana,\n\nThank you for applying to competition R5120, Policy Analyst. Screeners "
        "will check each application for the essential qualifications and for the asset "
        "qualification in the posting. If yours is not retained at screening, we will tell you "
        "by e-mail.\n\nTalent Acquisition Services"
    )
    assert not gate("Competition R5120: application received", body)


def test_a_match_result_not_matched_opens_the_gate() -> None:
    body = (
        "Dear Dr Ana Ruiz,\n\nThe results of the 2026 foundation match are now available. We "
        "regret that you did not match to a foundation programme. Unfilled posts are listed on "
        "Monday for the second round.\n\nPlacement Service"
    )
    assert gate("Match results", body)


@pytest.mark.parametrize(
    "body",
    [
        # grouped CV's out-of-fold English misses, by kind: a misspelt "someone"
        "Hi! We've given it to somenoe who can start right away.",
        "Sorry, we gave the job to soemone with more site experience.",
        # a search named by its post, closed
        "The Senior Backend Engineer search is now complete.",
        "The head of finance search has concluded.",
        # several others closer to what the team needs
        "A few applicants bring experience that sits closer to what the team needs.",
        "We'll be carrying on with a handful of applicants whose backgrounds map more directly "
        "onto the brief.",
        "We are continuing with candidates whose experience aligns more closely with what the "
        "role requires.",
        # the post occupied
        "We must inform you that the position is now occupied.",
        "The role has been taken up by a colleague from the Leeds office.",
        # the team gone another way on the post, misspelt or not
        "The team went anther way on the Gameplay Programmer role.",
        "We've decided to go a different way for this position.",
    ],
)
def test_the_out_of_fold_kinds_are_read(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    "body",
    [
        "I've given it to somone in accounts to sign off your travel claim.",
        "The background search is now complete and your offer stands.",
        "The search for a new office is now complete.",
        "We'll be carrying on with you: your background maps more directly onto the brief.",
        "The interview slot on Friday is now occupied, so please pick Monday.",
        "The meeting room is now occupied, so we'll use the kitchen.",
        "The driver went anther way on the ring road because of the roadworks.",
    ],
)
def test_the_out_of_fold_look_alikes_are_not_read(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize(
    "body",
    [
        "Progress: Submitted → Screened → Closed (unsuccessful)",
        "Unfortunately, Hearth Hospitality / Visual Merchandiser -> Not selected\n"
        "Lumen Robotics / Data Intern -> Viewed by employer",
        "Unfortunately, Receptionist - Disposition: Not moving forward",
        "Job\tLocation\tStatus\nSummer Analyst\tToronto, ON\tDisqualified",
    ],
)
def test_a_trail_or_a_table_row_ending_in_a_refusal_is_read(body: str) -> None:
    assert decision(f"Dear Ana,\n\nHere is your update.\n\n{body}\n\nThank you.")


@pytest.mark.parametrize(
    "body",
    [
        "Progress: Submitted → Screened → Interview",
        "Payroll Clerk -> Interview booked\nData Intern -> Viewed by employer",
        "Job\tLocation\tStatus\nSummer Analyst\tToronto, ON\tIn review",
    ],
)
def test_a_trail_or_a_table_row_with_no_refusal_is_not_read(body: str) -> None:
    assert not decision(f"Dear Ana,\n\nHere is your update.\n\n{body}\n\nThank you.")


def test_a_refused_row_beside_an_invitation_in_a_digest_is_not_read() -> None:
    body = (
        "Hello Ana,\n\nLatest from the employers you applied to:\n\n"
        "Harbour Foods · Buyer → Invited to interview\n"
        "Quayside Bank · Analyst → Not selected\n\nSee all applications"
    )
    assert not decision(body)
