"""Twenty-sixth pass, part C (issue 11): other mail written-38 found read as a decision on the
reader's application, in general forms: the reader's own withdrawal confirmed "as requested by
you" or "stands withdrawn"; an applicant-tracking notice to the hiring manager or interviewer
about someone else's candidacy; a hiring pause with the applications kept live; an election's
result; staff news told to a whole team; a unit in a complex let by a body corporate. Every
message is written for these tests; each kind has refusal twins that keep their decision.
"""

from __future__ import annotations

import pytest

from readings import message_decisions

# (subject, body, sender): other mail, no decision on the reader's application
OTHER = [
    # the reader's own withdrawal, in Indian office English
    (
        "Withdrawal of candidature",
        "Dear Kavya,\n\nAs requested by you, your candidature for the post of Junior Accounts "
        "Executive stands withdrawn from the selection process. No further communication will "
        "be sent regarding this post.\n\nRecruitment Cell",
        "recruitment@psu.example",
    ),
    (
        "Re: pulling out",
        "Hi Sam,\n\nAs instructed by you, we have withdrawn your application for the Depot "
        "Planner role. Best of luck in the new job.\n\nLeah",
        "leah@agency.example",
    ),
    (
        "Your candidature",
        "Dear Ravi, your candidature for Branch Officer stands withdrawn as requested by you "
        "in your email of 4 March.",
        "hr@bank.example",
    ),
    # a notice to the hiring manager or an interviewer about someone else
    (
        "Candidate moved: Payroll Clerk",
        "Hi Dana,\n\nTomás Reyes was moved to Rejected on the Payroll Clerk requisition by "
        "Priya. You are receiving this because you are listed as the hiring manager.",
        "notifications@ats.example",
    ),
    (
        "Status change on REQ-2231",
        "Candidate Mei Tan: status changed to Not selected.\n\nYou got this email as the "
        "interviewer assigned to this requisition. No action needed.",
        "noreply@hire.example",
    ),
    # a hiring pause, the applications kept live
    (
        "Hiring paused: Site Surveyor",
        "The Site Surveyor requisition is on hold until the new budget is signed. Your "
        "application stays active and nobody has been chosen; we will pick the process back up "
        "as soon as we can, and you won't need to reapply.",
        "careers@builder.example",
    ),
    (
        "Update",
        "Hiring for the Lab Technician post is paused for six weeks while the lab moves. No one "
        "has been appointed, applications remain live, and the panel will resume in June.",
        "hr@lab.example",
    ),
    # an election's result
    (
        "AGM results",
        "At Tuesday's AGM the members elected Ruth Obi as Treasurer. Three other candidates "
        "stood; we thank them for putting their names forward.",
        "secretary@club.example",
    ),
    (
        "Committee election",
        "The ballot closed on Friday and Ken Hale was elected chair of the residents' "
        "association. Two other candidates stood for the post this year.",
        "ra@residents.example",
    ),
    # staff news to a whole team
    (
        "Ops Lead vacancy - filled",
        "A quick note for the whole team: the Ops Lead vacancy advertised in March has been "
        "filled by Grace Mensah, who starts in the role on Monday. Thanks to everyone who "
        "covered in the meantime.",
        "manager@depot.example",
    ),
    (
        "Night shift supervisor",
        "Hi all,\n\nThe night shift supervisor post has been filled by Omar, who moves across "
        "from days next week. Please show him the handover sheets.",
        "ops@warehouse.example",
    ),
    # a unit let by a body corporate
    (
        "Your unit application",
        "Your form for a unit at the Seaview complex arrived on time, but the body corporate "
        "has approved another applicant, so the unit is no longer available.",
        "lettings@property.example",
    ),
]

# (subject, body, sender): refusals in the same shapes, which keep their decision
REFUSALS = [
    (
        "Your candidature",
        "Dear Kavya,\n\nYour candidature for the post of Junior Accounts Executive stands "
        "rejected, as you do not meet the eligibility criteria.\n\nRecruitment Cell",
        "recruitment@psu.example",
    ),
    (
        "Feedback",
        "Hi Sam,\n\nAs requested by you, here is the feedback: the client has decided not to "
        "move forward with your application for the Depot Planner role.\n\nLeah",
        "leah@agency.example",
    ),
    (
        "Your application: Payroll Clerk",
        "Hi Tomás,\n\nYour application for Payroll Clerk was moved to Rejected. We won't be "
        "taking it further.\n\nDana Price\nHiring Manager",
        "notifications@ats.example",
    ),
    (
        "Payroll Clerk",
        "As the hiring manager, I wanted to tell you myself: we have decided not to move "
        "forward with your application.",
        "dana@firm.example",
    ),
    (
        "Site Surveyor",
        "The Site Surveyor requisition has been put on hold indefinitely, so we are closing "
        "all applications, including yours. We won't be progressing it further.",
        "careers@builder.example",
    ),
    (
        "Lab Technician",
        "Hiring for the Lab Technician post has been cancelled and nobody will be appointed. "
        "Your application is now closed.",
        "hr@lab.example",
    ),
    (
        "Ops Lead",
        "Thank you for applying for the Ops Lead vacancy. It has been filled by an internal "
        "candidate, so we won't be taking your application further.",
        "manager@depot.example",
    ),
    (
        "Night shift supervisor",
        "Hi Jordan, unfortunately the night shift supervisor post has been filled by another "
        "candidate. Thanks for your interest.",
        "ops@warehouse.example",
    ),
    (
        "Club coach",
        "The committee met on Tuesday and appointed Ruth Obi as head coach. We won't be "
        "offering you the coaching role this season.",
        "secretary@club.example",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), OTHER)
def test_other_mail_gives_no_decision(subject: str, body: str, sender: str) -> None:
    assert message_decisions(subject, body, sender) == set()


@pytest.mark.parametrize(("subject", "body", "sender"), REFUSALS)
def test_refusals_in_the_same_shapes_keep_their_decision(
    subject: str, body: str, sender: str
) -> None:
    assert message_decisions(subject, body, sender)


def test_a_vote_on_a_hire_is_no_election() -> None:
    """A team's or a co-operative's vote on a hire keeps its decision (blind slices 7 and 15,
    in other words)."""
    for body in (
        "The members voted for the other shortlisted baker to take the Production Worker post. "
        "I wish the news were better.",
        "hi Noor - the team voted for the other finalist, mostly because he'd run the exact "
        "stack we use. your design round was great.",
    ):
        assert message_decisions("Outcome", body, "someone@coop.example")
