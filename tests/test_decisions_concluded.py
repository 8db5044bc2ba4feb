"""Twenty-eighth pass, part F (issue 11): refusals that say a process concluded without the
reader (rejectwatch.model.decisions_concluded), and the misreadings written-45 showed around
them (rejectwatch.model.negation, third_party).

Refusals that must carry a decision token: the reader did not succeed, was eliminated from the
process, a candidature that stands rejected, a shortlist drawn up without the reader, an
application that fell short of the requirements, an application that will not progress or move
ahead, is not moving forward, is not considered for interview, the reader not called to
interview, no interview round for the reader, an interview that is not the next step for the
reader, an application stopped here, the role restructured and its search finished, others the
team will pursue, a post filled with a temp or an internal, someone described who got it, "so
not you this time"; and a recruiter's decision and next role in one sentence that ends in a
question.

Twins that must stay unread: the same words in a conditional or a rule for later, the reader's
upload that did not succeed, an eliminated round of a quiz, a form that stands as submitted, a
shortlist with the reader on it, a budget that fell short, progress held until a document
arrives, an interview not the next step because a test comes first, a team restructured, a
search finished with an offer, other candidates pursued as well as the reader, a shift filled
with a temp, a question that asks it all; and staff and business mail: the reader selected as a
finalist, another supply company chosen, a board's treasurer appointed with the other nominees
written to, a hiring freeze lifted. Every sentence is written for these tests, in several
trades and Englishes."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # the reader did not succeed
    (
        "Outcome: APS 5 policy officer",
        "The process is finalised and you did not succeed this time.",
    ),
    (
        "Re: panel",
        "The board met on Tuesday. I'm sorry, your application didn't succeed on this occasion.",
    ),
    (
        "Branch manager",
        "The assessment centre is over, and we regret that you did not succeed in it.",
    ),
    # eliminated from the process
    (
        "Selection process 24-DFO-88",
        "Your answers did not show the experience asked for, so you are eliminated from this "
        "process.",
    ),
    (
        "Screening results",
        "Unfortunately you have been eliminated from the selection at the written test stage.",
    ),
    # a candidature that stands rejected
    (
        "Advt 7/2024",
        "The candidature of the applicant under the above roll number stands rejected for want of "
        "the NOC.",
    ),
    (
        "Application status",
        "Your application stands rejected as the fee was not received by the closing date.",
    ),
    # a shortlist drawn up without the reader
    ("Warehouse supervisor", "The shortlist has been drawn up, and it excludes your application."),
    ("Library assistant", "Sadly the shortlist was settled without your name on it."),
    # fell short of the requirements
    (
        "Ref HR/114",
        "Please note that your application fell short of the post's minimum requirements and was "
        "not considered.",
    ),
    (
        "Trainee surveyor",
        "I'm afraid your CV fell short of our essential criteria for this intake.",
    ),
    (
        "Ref PS/22/19",
        "Your application for the trainee post (ref PS/22/19) fell short of the minimum "
        "requirements.",
    ),
    # will not progress / move ahead, is not moving forward
    (
        "Customer assistant",
        "Recruitment at the Leeds branch has finished, and your application won't progress from "
        "here.",
    ),
    ("Seasonal crew", "Every slot is taken, so your application will not move ahead."),
    ("Associate, support", "After a careful look, your candidature is not moving forward."),
    (
        "Graduate scheme",
        "We have reviewed everything and your application is not going forward this year.",
    ),
    # not considered for interview, not called to interview
    (
        "Assistant Professor (Contract)",
        "As per the committee's evaluation, your application for the post is not considered for "
        "the interview.",
    ),
    (
        "Technician Grade 6",
        "The board has completed shortlisting, and I regret you have not been called to interview.",
    ),
    ("Clerk typist", "You were not called for interview on this occasion."),
    # no interview round for the reader; an interview not the next step for the reader
    (
        "Backend developer",
        "After our engineers reviewed it, there won't be an interview round for you.",
    ),
    (
        "MRI technologist",
        "The unit needs someone already registered, so an on-site interview isn't the next step "
        "for you.",
    ),
    # an application stopped here
    (
        "Phlebotomist",
        "The supervisor is stopping your application here, as the station needs someone fully "
        "signed off.",
    ),
    ("Care assistant", "We are closing your application at this stage."),
    # the role restructured, its search finished
    (
        "Operations analyst",
        "We're restructuring the operations analyst role into two part-time posts, and the search "
        "as advertised has now finished.",
    ),
    (
        "Content role",
        "We have restructured the position into a wider editorial job, so the original search has "
        "wrapped up.",
    ),
    # others the team will pursue
    (
        "Claims trainee",
        "Having looked through the applications, the team will pursue other candidates for the "
        "spring cohort.",
    ),
    ("Data analyst", "The hiring manager is going to proceed with other applicants for this role."),
    # a post filled with a temp or an internal
    (
        "Medical biller",
        "The clinic decided to fill the biller spot with a temp they already had on site.",
    ),
    ("Stores clerk", "Management have filled the stores clerk position with an internal transfer."),
    # someone described who got it; "so not you this time"
    (
        "Barista",
        "Thanks for the trial. Someone who can do the weekend opens got it, so not you this time.",
    ),
    ("Kitchen porter", "A lad who's done nights at the depot got the job, sorry."),
    # a post called a slot, gone to someone described
    (
        "Rigging crew",
        "The rigging slot on the tour went to a tech who toured with the band last year.",
    ),
    # a recruiter's decision and next role in one sentence ending in a question
    (
        "Credit controller",
        "Bad news from the client, they went for someone who knows Sage inside out, but there's a "
        "credit analyst role in Swords that suits you, are you free for a call tomorrow?",
    ),
    (
        "HR executive",
        "The client told me they will hire another candidate for the HR executive role, but I "
        "have a similar opening at an MNC, shall I submit your profile?",
    ),
    (
        "Logistics coordinator",
        "They've gone with the other candidate, she had more fleet work, but I've a dispatch job "
        "in Eagle Farm, keen for a chat?",
    ),
]

TWINS = [
    # conditionals and rules for later
    ("Application received", "If you do not succeed this time, your details stay on our register."),
    (
        "Received",
        "Should your application fall short of the minimum requirements, it will not be "
        "considered.",
    ),
    (
        "Received",
        "Where your CV falls short of the essential criteria, it won't progress from the sift.",
    ),
    ("Portal", "Applications not received by the closing date will stand rejected."),
    # the reader's upload that did not succeed; a quiz round
    ("Upload", "Your upload did not succeed, please try attaching the PDF again."),
    ("Quiz night", "Our table was eliminated from the quiz in round three, what a laugh."),
    # a shortlist with the reader on it
    (
        "Shortlist",
        "The shortlist has been drawn up and it includes your application. Interview on 4 May.",
    ),
    # a budget that fell short
    ("Budget", "The events budget fell short of what a marquee costs."),
    # progress held until a document arrives
    ("Documents", "Your application will not move ahead until we receive your police clearance."),
    ("Documents", "Your application won't progress from here until the referee replies."),
    # an interview not the next step because a test comes first
    (
        "Next steps",
        "An on-site interview isn't the next step for you yet; first comes a short coding task.",
    ),
    (
        "Next steps",
        "There won't be an interview round for you, as you're an internal transfer: your start "
        "date is 3 June.",
    ),
    # a team restructured; a search finished with an offer
    ("Team changes", "We're restructuring the operations team into two squads from Monday."),
    ("Search", "The search has finished and we'd like to offer you the role."),
    # other candidates pursued as well as the reader
    ("Update", "The team will pursue other candidates as well as you before deciding."),
    # a shift filled with a temp
    ("Rota", "I've filled your Saturday shift with a temp while you're on leave."),
    # the same words stopping something for the reader's good
    ("Billing", "We're stopping your direct debit here, as you asked."),
    # someone who got something else
    ("Team news", "Someone who works in accounts got the raffle prize, well done Nadia!"),
    # a bursary; an interview slot gone to someone else, another time asked
    ("Travel bursary", "Unfortunately your bursary application was not successful this time."),
    (
        "Interview time",
        "Afraid the Tuesday 10am slot has gone to somebody else on the list since we spoke - "
        "would 1pm work instead?",
    ),
    # a question that asks it all
    ("Quick one", "Has the client gone with someone else, or are they still deciding?"),
    # the reader selected as a finalist
    (
        "Academic advisor",
        "You have been selected as a finalist for Academic Advisor. The next step is a virtual "
        "meeting.",
    ),
    ("Scholarship", "Congratulations, you were chosen as one of the finalists for the award."),
    # a supply company chosen
    (
        "Supplies",
        "We've chosen the other dental supply company for next quarter; their pricing was lower.",
    ),
    ("Cleaning", "We went with the other office cleaning firm in the end."),
    # a board's officer appointed, the other nominees written to
    (
        "Trustees",
        "The board has agreed to appoint Deborah as treasurer. Could you write to the two other "
        "nominees to thank them?",
    ),
    (
        "Committee",
        "The committee decided to appoint Raj as chair. Please let the other nominees know.",
    ),
    # a hiring freeze lifted
    (
        "Office technician",
        "The hiring freeze on the office technician post is lifted. Your application goes into "
        "the review.",
    ),
    ("Update", "We have lifted the hiring freeze, so interviews restart next week."),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
