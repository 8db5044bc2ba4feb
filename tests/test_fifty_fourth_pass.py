"""Issue 11, fifty-fourth pass: someone described by a relative clause who "has taken the job"
is someone else chosen, and a "before" that closes that clause is no step still to come; a
status line beside a rule for a class of applications ("closed ones move to the archive") is no
refused status. Wordings written apart from the blind slices; conditions, the reader among the
class and other news stay unread."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

READ = [
    (
        "Thanks for coming in. Someone who's laid floors before has taken the job.",
        negation.CHOSE_OTHER,
    ),
    (
        "Sorry Dara, a fitter who's worked here before has taken the job.",
        negation.CHOSE_OTHER,
    ),
    (
        "Thank you for your time on Tuesday. A baker who knows the ovens has landed the job.",
        negation.CHOSE_OTHER,
    ),
    ("Status: Not selected. Closed ones move to the archive.", negation.STATUS_REFUSED),
]

# Third round: shapes read slices 103 and 104 missed (rejectwatch.model.decisions_stopped, and
# scores_below, decisions_left_off and rules_ahead widened), in wordings written apart
READ_THIRD = [
    ("Kestrel Joinery has stopped considering you for Bench Hand.", negation.READER_OUT),
    ("We have ceased reviewing your application for the Porter post.", negation.READER_OUT),
    ("Your application was one of those not taken forward to interview.", negation.READER_OUT),
    (
        "The hiring manager was given a referral list without your name on it.",
        negation.READER_OUT,
    ),
    ("Your name was kept off the interview list sent to the depot.", negation.READER_OUT),
    ("For the Dishwasher opening, other candidates are moving forward.", negation.CHOSE_OTHER),
    ("The Board ruled your application ineligible on residence.", negation.READER_OUT),
    ("Your application was ruled ineligible at screening.", negation.READER_OUT),
    (
        "The partners appointed one of our own drivers to the Yard Supervisor post.",
        negation.CHOSE_OTHER,
    ),
    ("The recruitment drive for Porters has been scrapped.", negation.ROLE_GONE),
    ("Applications already received have been closed.", negation.ROLE_GONE),
    ("Result: you scored 31. The panel set 40 as the pass mark.", negation.READER_OUT),
]
UNREAD_THIRD = [
    "If the firm has stopped considering you, we will say so.",
    "Your application was one of those taken forward to interview.",
    "Other profiles are moving forward for this opening, as is yours.",
    "The Board ruled your application ineligible for the fee waiver.",
    "The partners have appointed a senior driver to the Yard Supervisor panel.",
    "The recruitment drive for Porters has been halted until May.",
    "Result: you scored 51. The panel set 40 as the pass mark.",
    "Any applicant ruled ineligible is written to with the reason; eligible ones sit a test.",
]

# Fourth round: shapes read slices 105 and 106 missed, in wordings written apart
READ_FOURTH = [
    ("Hundreds applied for four bench places, and we are saying no to yours.", negation.READER_OUT),
    (
        "Your placement form has been assessed, and your application closes in this round.",
        negation.READER_OUT,
    ),
    (
        "Your test came to 40%; the pass mark stood at 50%. That ends your part in this process.",
        negation.READER_OUT,
    ),
    ("Sadly we have to send you a refusal: the job was already given away.", negation.READER_OUT),
    ("Only the top band went to the manager; your rating falls below it.", negation.READER_OUT),
    ("Recruitment to Park Keeper has been halted after the budget review.", negation.ROLE_GONE),
    ("No one is appointed, so every application, yours included, lapses.", negation.ROLE_GONE),
    (
        "Those invited have years on the line itself, while yours sits further off.",
        negation.CHOSE_OTHER,
    ),
    ("Boatyard job: a rigger from the next bay got it.", negation.CHOSE_OTHER),
    (
        "Bakery traineeship: someone who's done the night shift before takes it.",
        negation.CHOSE_OTHER,
    ),
    ("We're passing on your Night Porter application, sorry.", negation.READER_OUT),
    (
        "The kitchen took a cook from the hotel, so your application could not go forward.",
        negation.READER_OUT,
    ),
    ("You scored 44; this round's pass mark stood at 50.", negation.READER_OUT),
]
UNREAD_FOURTH = [
    "If we end up saying no to yours, we will tell you why.",
    "Your application closes in this round only if you withdraw it.",
    "Recruitment to Park Keeper has been halted until the budget review.",
    "Boatyard job: a rigger from the next bay will show you round.",
    "You scored 64; this round's pass mark stood at 50.",
    "Two apprentices get chosen in May, and each applicant receives the outcome by post.",
    "Your rating sat outside that group last year, but this time you are through.",
]

# Fifth round: shapes read slices 107-110 missed or misread, in wordings written apart (no
# sealed slice measures these)
READ_FIFTH = [
    ("The other finalist signed on Monday, which closes your application.", negation.READER_OUT),
    ("A welder got the bench, so your application closes.", negation.READER_OUT),
    ("Sorry Lou, we've said no on this one.", negation.READER_OUT),
    ("Sadly the Stock Assistant post goes to another applicant.", negation.CHOSE_OTHER),
    ("Our review of your Cashier application ended with a no.", negation.READER_OUT),
    ("Your Porter application has been read; we are declining it.", negation.READER_OUT),
    ("A joiner with more years got it, so the answer is no.", negation.READER_OUT),
    ("You will therefore be left off the merit list.", negation.READER_OUT),
    ("Your written mark: 41%. Pass mark set: 50%.", negation.READER_OUT),
    ("Your score was 22 out of 40; shortlisting was set at 30.", negation.READER_OUT),
    (
        "Your total was 18 out of 40; candidates invited to interview scored 25 or higher.",
        negation.READER_OUT,
    ),
]
UNREAD_FIFTH = [
    "If we end up saying no, you will hear from us first.",
    "The booking deadline closes your application window on Friday.",
    "Your written mark: 61%. Pass mark set: 50%.",
    "Status: Received. Possible next status: Interview / Closed - another applicant appointed.",
    "Stage: Received | Could become: Interview, or Closed (other applicant filled it)",
    "Porter hiring: on hold till the manager is back from leave. Nothing changes for you.",
    "An online test follows. Falling under the pass mark and we'll write to say so.",
]

# Second round: shapes read slices 101 and 102 missed or misread, in wordings written apart
READ_SECOND = [
    (
        "Your test has been scored. Marks fall below the cut for the panel stage, so your "
        "application ends here.",
        negation.READER_OUT,
    ),
    (
        "You were rated eligible. Your name, though, is absent from the list sent for selection.",
        negation.READER_OUT,
    ),
    (
        "Your application for Records Clerk has been checked by the board. It is not eligible: "
        "the signed declaration was missing at the deadline.",
        negation.READER_OUT,
    ),
    (
        "Your score was 41. The pass mark set by the commission was 50.",
        negation.READER_OUT,
    ),
    (
        "The owners have finished hiring for the season and the places are full.",
        negation.ROLE_GONE,
    ),
    (
        "The trustees met on Friday and picked Ewa's nephew, who already keys the chapel.",
        negation.CHOSE_OTHER,
    ),
]

UNREAD = [
    "If someone who has done this before has taken the job, we will let you know.",
    "Before we decide, someone who has run a till before will need to check your form.",
    "Thanks for applying. Your status shows as Received; closed ones move to the archive "
    "after a year.",
    "Application status: In review. Rejected applications are deleted after twelve months.",
]
UNREAD_SECOND = [
    "A mark below the cut means your application ends here, so please prepare well.",
    "Your name is missing from the guest list sent for the open evening.",
    "Your application has been checked. It is not eligible for the travel refund.",
    "Your score was 61. The pass mark set by the commission was 50.",
    "Our Thursday slots are full, so please choose another time for your interview.",
    "If the trustees pick Ewa's nephew, we will write to everyone.",
    "Once the hiring manager has looked, your status becomes Interview or Not progressed.",
]


@pytest.mark.parametrize(
    ("text", "token"), READ + READ_SECOND + READ_THIRD + READ_FOURTH + READ_FIFTH
)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text", UNREAD + UNREAD_SECOND + UNREAD_THIRD + UNREAD_FOURTH + UNREAD_FIFTH
)
def test_conditions_and_rules_for_a_class_stay_unread(text: str) -> None:
    assert not decision(text)
