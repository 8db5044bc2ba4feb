"""Eighteenth pass, part A (issue 11): blind slice 16's English misses read by kind, each kind
in several wordings and in sectors no slice has shown, each with twins in the same words that
carry no decision (confirmations with a conditional, invitations, offers, next steps). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader


def gate(subject: str, body: str, sender: str = "jobs@employer.example") -> bool:
    return decided_for_reader([Document(subject, body, sender)])[0]


@pytest.mark.parametrize(
    "body",
    [
        # the decision stated as an allocation or a roster outcome
        "No tutorial groups have been allocated to you this semester.",
        "No shifts were rostered to you for the summer season.",
        "You haven't been allocated any teaching for the spring term.",
        "You were not assigned any routes in this round of the relief pool.",
        "We were unable to allocate you any placements this year.",
        "We couldn't offer you any cover work at the new site.",
        "The available hours were taken up by continuing staff and research students.",
        "The places have all been allocated to returning students.",
        "All the shifts were given to existing staff.",
        "We have now allocated all sponsored cadet berths for the September intake.",
        "We've filled all of this year's training contracts.",
        "Your name has not been added to the roster for this level.",
        "You were not placed on the reserve list after the assessment.",
        "Your application hasn't been included in the supply register.",
        "We will not be adding you to the relief pool.",
        # someone else confirmed in the post
        "The trustees confirmed Ulla Drummond in the post at Monday's meeting.",
        "The governors have appointed a deputy head to the role from January.",
        "The board has ratified Dev's appointment.",
        "Mira's appointment as organist was confirmed by the church council.",
        "The committee has elected Tom Hale to the post of secretary.",
        # someone else asked to lead what the reader applied for
        "We've asked Keziah to lead the platform team.",
        "The founders picked Omar to head up the studio.",
        "We have appointed an internal candidate to run the Leeds branch.",
        # an approval refused
        "We aren't able to approve your tutor profile at this time.",
        "Your driver account has not been approved.",
        "We cannot approve you as a cleaner on the platform.",
        "Your carer profile wasn't approved by our vetting team.",
        # intake closed to the reader
        "We're currently not accepting new Taskers around your postcode. Your application "
        "won't be processed.",
        "Your registration will not be accepted at this time.",
        # a thing the reader can't be offered
        "Unfortunately we cannot offer you sponsorship on this occasion.",
        "We're unable to offer you a pupillage this year.",
        "We are not able to award you the studentship.",
        "We won't be able to offer you any further work.",
        "We will not be offering you the assignment.",
        # a rule the reader fails, with its consequence
        "You don't hold that entitlement yet, so the application can't go any further.",
        "Your visa only allows twenty hours a week, therefore we cannot take your application "
        "forward.",
        "The post needs normal colour vision, and so we are unable to progress your application.",
        "You're under the minimum age of 18, as a result we can't consider you.",
        # a refusal with a look-again offer in a clause of its own
        "We can't offer you the role because of that, but we'd happily look at you again in "
        "the summer, when the limit doesn't apply.",
        "We won't be taking your application further, but if another opening comes up we'll write.",
        "We are not taking your application further, but we will keep your CV if a role comes up.",
    ],
)
def test_a_decision_given_in_these_shapes_is_read(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    "body",
    [
        # the reader allocated; a slot, a room, a session; a pending allocation
        "You've been allocated two tutorial groups this semester.",
        "No interview slots were allocated on Monday, so please pick Tuesday.",
        "You haven't been allocated any shifts yet; rosters go out on Friday.",
        "If no teaching is allocated to you, we'll write by the end of the month.",
        "We have allocated all places on the assessment day, see you there.",
        "The places on Friday's induction have all been allocated to returning students.",
        "The rooms were taken up by the exam board, so we meet in the library.",
        # the reader put on the roster; a mailing list; still to come
        "Your name has been added to the roster.",
        "You have not been added to the mailing list.",
        "If your name is not added to the roster, you can apply again next year.",
        # the reader confirmed; a letter in the post; the date confirmed
        "The trustees confirmed you in the post at Monday's meeting.",
        "We've confirmed the interview dates in the post.",
        "The board will confirm the appointment next week.",
        # an interviewer asked to lead the reader's interview
        "We've asked Keziah to lead your interview on Thursday.",
        "We've asked Sam to lead the interview panel.",
        "We've asked you to lead the platform team from March.",
        # an approval pending or given
        "Your tutor profile has been approved.",
        "Your driver account hasn't been approved yet; checks take three days.",
        "We can't approve your profile until your ID is uploaded.",
        # intake: a rule, a pending step
        "Your application won't be processed until you verify your e-mail address.",
        "We're not accepting new applications after Friday.",
        # an intake paused, the reader waitlisted; a loan, a listing, a scholarship, a club
        "We're not onboarding new riders in Leeds right now. Your application is on our waitlist.",
        "We are unable to approve your personal loan application.",
        "Your listing was not approved by the app store review team.",
        "We are unable to award you a bursary this year.",
        "We have filled all volunteer places for the fun run.",
        # things not offered that are no decision
        "We can't offer you travel expenses for the interview.",
        "We cannot offer you the opportunity to reschedule.",
        # a rule stated as a rule
        "An unfinished assessment at the deadline means your application can't go any further.",
        "Applications without a recording can't go any further, so please finish before then.",
        # offers, interviews, next steps
        "We're delighted to offer you the cadetship, starting in September.",
        "We'd like to invite you to a sponsorship interview on Tuesday.",
        "Next step: a short call with the crewing manager.",
    ],
)
def test_the_same_words_without_a_decision_are_not_read(body: str) -> None:
    assert not decision(body)


def test_a_sessional_allocation_letter_opens_the_gate() -> None:
    body = (
        "Dear Sam,\n\nThank you for submitting an expression of interest for sessional teaching "
        "in Chemistry.\n\nLab allocations for semester 1 are now final. No lab groups have been "
        "allocated to you this semester, as the available hours were taken up by continuing "
        "staff.\n\nYour expression of interest stays valid for next semester.\n\nSchool Office"
    )
    assert gate("Sessional teaching allocation", body)


def test_a_board_appointment_told_in_a_thread_opens_the_gate() -> None:
    body = (
        "Dear Jo,\n\nA short note after the visit. The governors confirmed Amira Holt in the "
        "post on Tuesday evening.\n\nYour ideas for the library were much liked.\n\nBest,\nRuth"
        "\n\n> On Mon, 2 Mar 2026, Jo wrote:\n> Thanks for the tour!"
    )
    assert gate("Re: Librarian - after the visit", body)


def test_a_recruiter_refusal_with_another_role_pitched_is_not_held() -> None:
    body = (
        "Dear Sam,\n\nThank you for taking my call. To confirm in writing: the client has "
        "chosen another candidate for the Planner position.\n\nI mentioned the logistics role "
        "with a shipping group in Rotterdam. The package is strong. Please send your latest CV "
        "with your notice period before Friday.\n\nBest,\nDana"
    )
    doc = Document("Planner - feedback and another opening", body, "dana@search.example")
    assert not held_back(doc)


def test_a_next_steps_mail_asking_the_notice_period_is_still_held() -> None:
    body = (
        "Dear Sam,\n\nThe client would like to move you to the final stage for the Planner "
        "position.\n\nPlease send your latest CV with your notice period before Friday.\n\n"
        "Best,\nDana"
    )
    doc = Document("Planner - next stage", body, "dana@search.example")
    assert held_back(doc)


def test_a_platform_refusal_opens_the_gate() -> None:
    body = (
        "Hi Jo,\n\nThanks for signing up to walk dogs with PawPals.\n\nWe're currently not "
        "accepting new walkers around your postcode. Your application won't be processed. "
        "We'll e-mail you if that changes.\n\nPawPals Team"
    )
    assert gate("Your walker application", body)


def test_a_confirmation_with_a_conditional_refusal_stays_shut() -> None:
    body = (
        "Hi Jo,\n\nThanks for applying to tutor with BrightPath. Our reviewers will watch your "
        "demo lesson this week. If we aren't able to approve your tutor profile, we'll tell you "
        "why.\n\nBrightPath"
    )
    assert not gate("Your demo lesson", body)


@pytest.mark.parametrize(
    "body",
    [
        # a standard the reader does not meet
        "You do not meet the colour vision standard required for this role.",
        "Your medical assessment did not meet the fitness standard for the role.",
        "Your eyesight test didn't reach the minimum standard for train drivers.",
        # no placement, no assignment, no work found for the reader
        "We could not find a placement for you this term.",
        "No suitable host family could be found for you this year.",
        "We haven't got any work for you at the moment.",
        "There are no suitable assignments for you at present.",
        # not recommended for appointment
        "You have not been recommended for appointment.",
        "The board did not recommend you for the post.",
        # someone already on the staff moved into the post
        "An existing member of staff has been redeployed into the post.",
        "A colleague at risk of redundancy was slotted into the role.",
        # the post no longer going ahead
        "The role is no longer going ahead.",
        "Our funding fell through, so the job no longer exists.",
        # taken off a pool or an agency's books
        "We've removed you from our talent pool.",
        "We have taken you off our books.",
        # the employer's side closing the application
        "Your candidacy has been withdrawn by the employer.",
        "Your application was closed by the hiring team.",
    ],
)
def test_the_next_kinds_are_read(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    "body",
    [
        "If you do not meet the colour vision standard, we'll tell you at the medical.",
        "Applicants who do not meet the minimum requirements will not be contacted.",
        "Please make sure you meet the fitness standard before the test day.",
        "We could not find a time for your interview on Monday; could you do Tuesday?",
        "We could not find a placement for you yet, but we are still looking.",
        "You have been recommended for appointment.",
        "If the board does not recommend you for the post, you may appeal.",
        "Our interviewer has been moved to the Leeds office.",
        "The interview is no longer going ahead on Monday; we will rebook it this week.",
        "We've removed you from our mailing list.",
        # casting is left unread: an amateur company's casting is no job (written-17)
        "Regrettably you weren't cast on this occasion; we always need help backstage.",
        "Your application was withdrawn at your request.",
        "You withdrew your application on Monday.",
    ],
)
def test_the_next_kinds_look_alikes_are_not_read(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize(
    "body",
    [
        "We won't be taking your application further.\n\nRefer a friend: our referral programme "
        "is open to everyone.",
        "We won't be taking your application further.\n\nKnow someone brilliant? Successful "
        "referrals get £500 once the new starter passes probation.",
        "Referral status: Not referred\n\nYour application was not referred to the selecting "
        "official.",
    ],
)
def test_a_referral_footer_or_notice_is_still_the_readers_own(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for referring a friend! Candidate: Raj Thomas. Status: Not selected.",
        "Your referral for the Planner role was not selected.",
        "The candidate you referred was not selected.",
    ],
)
def test_a_friend_referred_is_still_not_the_readers(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize(
    "body",
    [
        # grouped CV's out-of-fold English misses, the same kinds in other words
        "The panel were unable to include you in the list of candidates invited to interview.",
        "We could not include you on the shortlist for this post.",
        "We received many applications and, after review, yours is not one we will be progressing.",
        "I wanted to let you know that we are declining your application for the post.",
        "The hiring manager wants someone who has led a team, so they're passing on your CV "
        "for this one.",
        "The employer has withdrawn your candidacy from this requisition.",
        "Barista at Oak Cafe: application closed by employer",
        "Status update: Candidate withdrawn by employer",
        "Result: Not referred.",
        "Your overall score placed you below the level needed to progress.",
        "We've hired everyone we need for the November rota.",
    ],
)
def test_the_out_of_fold_kinds_are_read(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    "body",
    [
        "We are unable to include you in the Tuesday session; please pick Thursday.",
        "I'd be happy to pass on your resume, or you can send it straight to them.",
        "We're passing on your CV to the hiring manager today.",
        "You withdrew your candidacy from this requisition.",
        "Result: Referred to the hiring manager.",
        "Your score placed you well above the level needed to progress.",
        "If your score is below the level needed to progress, you can retake the test in May.",
        "We've hired everyone we need for the rota, and you start on Monday.",
    ],
)
def test_the_out_of_fold_look_alikes_are_not_read(body: str) -> None:
    assert not decision(body)
