"""Twenty-ninth pass, part C (issue 11): precision, other mail that the readings gave a decision
token (written-51's filed and in-band other mail, read by scripts/decisions_gained.py's reading):

* an interview time or slot taken by someone else, and the reader asked to pick or offered
  another ("the slot you picked has since been filled by someone else. Do pick another"):
  rejectwatch.model.notices_other._a_slot_taken;
* other applicants seen first while the reader waits ("the team is interviewing other
  applicants first and will be in touch"): notices_other._others_seen_first;
* a home leased to another applicant, or one named by its bedrooms ("the unit has been leased
  to another applicant, but you're now on the waitlist for the next two-bedroom"):
  rejectwatch.model.things_refused.

Each with refusal twins from the same kind of sender that must stay read. Every sentence is
written for these tests (none is a slice's or a batch's, and none is written-51's own wording);
read by the rules, so a retrain changes nothing.
"""

from __future__ import annotations

import pytest

from readings import message_decisions

# (subject, body): other mail, no decision on a job application
OTHERS = [
    # an interview slot taken by someone else, another one asked for or offered
    (
        "Interview booking",
        "Hi Marta, sorry, the 11:00 time you chose was grabbed by another candidate a minute "
        "before you. Please choose a new time from the calendar link.",
    ),
    (
        "Your interview slot",
        "Hello Dev, the Tuesday slot has gone to someone else in the meantime. Could you do "
        "Wednesday at 2pm instead?",
    ),
    (
        "Re: video interview",
        "Hi Sam, apologies, that session was booked by another applicant while we were emailing. "
        "Are you free on Friday morning instead?",
    ),
    # other applicants seen first, the reader still waiting
    (
        "Where your application stands",
        "Hi Jo, quick update: the panel is meeting other candidates first and will get back to "
        "you once that round is over.",
    ),
    (
        "Application status",
        "Dear Amir, our recruiters are seeing other applicants first this week, and will reach "
        "out if they would like to meet you too.",
    ),
    # a home leased, or named by its bedrooms
    (
        "Re: Harbour View apartment",
        "Hi Lee, sorry, the 2-bed at Harbour View was leased to another applicant yesterday. "
        "Your fee will be refunded.",
    ),
    (
        "Re: viewing on Saturday",
        "Hi Gwen, sorry, the 3-bedroom on Elm Court has gone to another applicant. There's a "
        "two-bed nearby I can show you.",
    ),
]

# (subject, body): refusals from the same kinds of sender, which must stay read
REFUSALS = [
    (
        "Interview booking",
        "Hi Marta, sorry, the analyst role was filled by another candidate before we could book "
        "your interview.",
    ),
    (
        "Your interview",
        "Hello Dev, thanks for your time on Tuesday. The position has gone to someone else; we "
        "wish you luck.",
    ),
    (
        "Application status",
        "Dear Amir, our recruiters interviewed other applicants first and have now offered the "
        "post to one of them.",
    ),
    (
        "Where your application stands",
        "Hi Jo, the hiring manager spoke with other candidates and has chosen one whose "
        "experience is closer to the brief.",
    ),
    (
        "Re: Leasing Agent",
        "Hi Lee, the leasing agent job went to another applicant with more property experience.",
    ),
    (
        "Re: Property Manager",
        "Hi Gwen, sorry, the property manager post for the 3-bedroom portfolio has gone to "
        "another applicant.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), OTHERS)
def test_other_mail_gets_no_decision(subject: str, body: str) -> None:
    assert message_decisions(subject, body) == set()


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_refusal_twins_stay_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
