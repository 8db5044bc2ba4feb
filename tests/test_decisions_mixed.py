"""Twenty-fourth pass, part A (issue 11): blind slice 22's mix misses, read for their general
forms (rejectwatch.model.decisions_mixed; negation._about_a_meeting; steps_ahead's other opening
pitched in agency idiom).

The refusals: a vacancy withdrawn or not to be filled stated to an applicant; a client's
requirement closed or a candidate finalised, in Indian-English agency idiom; a thread reply that
names who got the role, informally; a phone-sent two-liner; a campus or intern drive's result
with the reader's name absent from the list. Each has twins that must stay unread: a vacancy
re-advertised in a job alert, the client shortlisting the reader, a list still to be published,
a thread thanking the reader after an interview, an invitation. Every sentence is written for
these tests, none copied from the slice."""

from __future__ import annotations

import pytest
from tests.test_decisions_before import tokens

from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # a vacancy withdrawn after a meeting, stated to an applicant
        (
            "Following the budget-setting meeting the post has been withdrawn, and recruitment "
            "to it has stopped.",
            ROLE_GONE,
        ),
        ("After Thursday's cabinet meeting, the vacancy has been cancelled.", ROLE_GONE),
        (
            "Following the trustees' meeting this week, the position of Finance Officer has been "
            "withdrawn.",
            ROLE_GONE,
        ),
        ("No further steps will be taken with your application.", READER_OUT),
        ("We will take no further action on your application for the warden post.", READER_OUT),
        ("No further action will be taken on your application, and we thank you.", READER_OUT),
        # a requirement closed or held by the client, a candidate finalised (agency idiom)
        ("As discussed, the client has closed the requirement for the Java lead.", ROLE_GONE),
        ("The client has decided to hold the mandate, so this one is off.", ROLE_GONE),
        ("The SAP requirement has been put on hold from the client side.", ROLE_GONE),
        (
            "Post the panel debrief, the hiring manager has finalised an internal colleague for "
            "this role.",
            CHOSE_OTHER,
        ),
        ("The client has freezed another profile for the Pune position.", CHOSE_OTHER),
        (
            "Update from the client: they have locked a senior candidate for this opening.",
            CHOSE_OTHER,
        ),
        # someone else named as getting the role, informally in a thread
        (
            "We wrapped up the final round, and Kelvin, our night-shift supervisor in Reno, is "
            "stepping into the Ops Lead seat.",
            CHOSE_OTHER,
        ),
        ("Leadership has decided Marguerite is stepping into the buyer role.", CHOSE_OTHER),
        ("Aroha from the Hamilton branch has stepped into the team leader role.", CHOSE_OTHER),
        ("The boss's nephew finished his course, so he's got the spot.", CHOSE_OTHER),
        (
            "Cheers for the trial day. Our old apprentice came back and she's got the job.",
            CHOSE_OTHER,
        ),
        ("The SGB has recommended Mrs Botha for the post.", CHOSE_OTHER),
        ("The interview panel has nominated Dr Okafor for the lecturer position.", CHOSE_OTHER),
        ("The governing body has chosen Tomasz Zielinski for the caretaker post.", CHOSE_OTHER),
        # the reader's one ends; the reader's name absent from a shortlist
        ("The panel has now assessed all applicants, and yours ends at this stage.", READER_OUT),
        ("We reviewed all 140 applications and sadly yours goes no further.", READER_OUT),
        (
            "With reference to the campus drive, your name is absent from the list of "
            "shortlisted students for the next round.",
            READER_OUT,
        ),
        ("Your name isn't on the selected list for the summer internship.", READER_OUT),
        ("Your name was missing from the final merit list published today.", READER_OUT),
        ("Your name is not part of the shortlist for the graduate trainee programme.", READER_OUT),
    ],
)
def test_slice_22s_mix_forms_are_read(body: str, token: str) -> None:
    assert token in tokens("Your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # a vacancy re-advertised in a job alert, a meeting cancelled
        "Re-advertised: Planning Officer, Wexcombe District Council. Apply by 12 May.",
        "Following the meeting, the interview has been cancelled and will be rearranged.",
        "After the team meeting the induction session has been cancelled; a new date follows.",
        "No further action is needed from you until we contact you.",
        "No further steps will be taken with your application until your references arrive.",
        # the client shortlisting the reader, a requirement paused with an update promised
        "The client has shortlisted you for the technical round on Friday.",
        "The client has put the requirement on hold till Diwali; I will update you once it "
        "reopens.",
        "The client has finalised the interview slots for your round.",
        "We have finalised a candidate list and you are on it.",
        "The hiring manager has finalised your profile for the final round.",
        # a thread thanking the reader, a hand-over, someone covering, the reader getting it
        "Thanks for coming in on Monday, the panel enjoyed meeting you.",
        "Kelvin is stepping into the hiring manager seat and will run your final round.",
        "Priya is stepping into the team lead role while Sam is on leave.",
        "You've got the spot - welcome aboard!",
        "Jess, who interviewed you, has stepped into the head of department post.",
        "He's got the job of showing you round on your first day.",
        "The panel has recommended you for the post.",
        "The SGB has recommended Mrs Botha as your mentor for the year.",
        # a selected list still to come, the reader's name on it, an attendance list
        "The selected list will be published on Friday on the placement portal.",
        "Your name is in the list of shortlisted students for the next round.",
        "If your name is not on the selected list, please contact the placement cell.",
        "Your name is missing from the attendance list for Tuesday's session.",
        "The panel has assessed all applicants, and yours goes forward to interview.",
        # an invitation
        "We would like to invite you to the second round next Tuesday.",
    ],
)
def test_their_twins_stay_unread(body: str) -> None:
    assert not tokens("Your application", body)


def test_an_agency_refusal_offering_another_requirement_is_not_held_back() -> None:
    body = (
        "Hi Meera,\n\nAs discussed on the phone, the client has gone with a candidate who has "
        "deeper hands-on Azure exposure.\n\nMeanwhile there is one more requirement for a Cloud "
        "Engineer at a bank in Hyderabad. Kindly share your updated CV and notice period.\n\n"
        "Regards,\nArjun"
    )
    assert CHOSE_OTHER in tokens("Feedback | Cloud Engineer", body)
    assert not held_back(Document("Feedback | Cloud Engineer", body, "arjun@staffing.example"))


def test_an_agency_step_for_the_readers_own_role_stays_held() -> None:
    body = (
        "Hi Meera,\n\nThe client has shortlisted you for the technical round on Friday. Kindly "
        "confirm your availability.\n\nMeanwhile there is one more requirement for a Cloud "
        "Engineer at a bank in Hyderabad. Kindly share your updated CV and notice period.\n\n"
        "Regards,\nArjun"
    )
    assert not tokens("Cloud Engineer with our client", body)
    assert held_back(Document("Cloud Engineer with our client", body, "arjun@staffing.example"))
