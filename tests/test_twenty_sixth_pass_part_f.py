"""Twenty-sixth pass, part F (issue 11): written-37's misreadings, in their general forms.

Written-37 (threads, forwards, hedges, scheme outcomes, public-sector notices in nine
Englishes) refused the reader with no decision token: a scheme's "you are not progressing to the
final round", a score "not high enough for you to go on to the last round" or one that "placed
you outside the places available", an employer that "did not rank you", a candidacy that "has
concluded" or "stands rejected", the reader "ineligible for this announcement", "not
recommended for a role", a name "not in the list of students selected" or "missing the list of
those moving on", an internal appointment signed off for the post; and it read a refusal in an
offer ("the other finalist was great too, but you're our pick"). Each form is written here in
other words and sectors than the batch's, with twins that must stay unread (progress announced,
a conditional, a rule for later, a ranking still to come, an eligibility for a bursary, the
reader recommended or chosen, an internal appointment process, the reader's own pick), and
neighbours main already read that must stay read. Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks


@pytest.mark.parametrize(
    "text",
    [
        # not progressing, not going on, to the next or final stage
        "Dear Ade, you are not progressing to the final stage of the 2027 trainee scheme.",
        "Sorry Kemi, you're not advancing to the interview stage of the graduate intake.",
        "Your numerical test results were not strong enough for you to go on to the final "
        "round of the apprenticeship.",
        "After the group tasks, you just missed the list of those progressing to the "
        "interview stage.",
        "Your online test score places you below the pass mark for this campaign's assessment day.",
        "The candidature you submitted for the post of Assistant Engineer (Civil) stands rejected.",
        # an employer did not rank the reader
        "The match results are out: Harbour Engineering did not rank you for the summer placement.",
        # a candidacy concluded or standing rejected
        "Thank you for the case presentation; your candidacy for the analyst class has now "
        "concluded.",
        "The candidature you submitted for Junior Engineer stands rejected as the fee was "
        "not paid.",
        # ineligible for the post
        "You are ineligible for this vacancy: the post requires a current driving licence.",
        # not recommended
        "The panel has finalised its report and you are not recommended for appointment or "
        "for the order of merit.",
        # not on the list of those selected; off the list of those going on
        "Your registration number is not in the list of candidates selected for the "
        "technical round.",
        "Your name does not appear among those shortlisted for interview in this campaign.",
        # an internal appointment to the post
        "The regional director has approved an internal appointment to the branch manager "
        "role, so we'll close your file.",
    ],
)
def test_written37s_refusals_are_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # progress announced, or a rule for later, or a question
        "Good news: you are now progressing to the final stage of the trainee scheme.",
        "Candidates not progressing to the final stage will get feedback by email.",
        "If you are not progressing to the final round, we will let you know by Friday.",
        "Your scores were high enough for you to progress to the assessment stage. Book by Monday.",
        "Your scores leave you well above the cut-off, so book your assessment day now.",
        "If you missed the list of those invited, check your spam folder for the email.",
        # a ranking still to come
        "Don't worry if an employer has not ranked you yet; rankings close on Friday.",
        # a candidacy still open
        "Once your candidacy has concluded, we delete your documents within six months.",
        # eligible for something that is not the post
        "You are not eligible for this programme's travel bursary, but your application "
        "goes ahead.",
        "Please check whether you are ineligible for this vacancy before the closing date.",
        # the reader recommended, on the list
        "Congratulations, you are recommended for appointment and placed first on the order "
        "of merit.",
        "Your registration number is in the list of candidates selected for the technical round.",
        "If your name is not in the list of candidates selected, please contact the cell.",
        # the reader is the preferred candidate
        "You are our preferred candidate, and the formal offer will follow today.",
        "If our preferred candidate has accepted by Friday, we'll close the other files.",
        # an internal appointment process, or one for the reader
        "Head office has approved an internal appointment process for the supervisor post; "
        "external applications stay open.",
        # the other finalist praised, the reader chosen
        "The other finalist was great too, but you're our pick. Offer letter to follow.",
    ],
)
def test_written37s_twins_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # neighbours of the forms above that main already read, and must go on reading
        "Hi Mo, after the group exercise you won't be moving on to the next round of the "
        "internship process.",
        "Your test scores were not high enough for you to progress to the assessment stage "
        "this year.",
        "We are sorry to say you did not make the list of those invited to the final panel.",
        "Thanks for meeting the team. Our preferred candidate for the post has accepted, so "
        "the vacancy is now closed.",
        # the other finalist chosen, the reader a close second
        "The other finalist was great, and you were a close second; the offer has gone to her.",
        "You were our second choice, and the other finalist has accepted the offer.",
    ],
)
def test_written37s_neighbours_stay_read(text: str) -> None:
    assert decision(text), marks(text)
