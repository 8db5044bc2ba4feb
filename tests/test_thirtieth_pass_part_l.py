"""Thirtieth pass, part L (issue 11): four refusal shapes the readings lost.

The last closing note listed refusals that carried no decision token, so the word weights alone
had to file them and mostly did not:

1. the outcome told about "it", the sentence before naming the reader's application ("Your
   Claims Officer application has been logged and reviewed by the panel. I am sorry to tell
   you that it was unsuccessful");
2. a "not … yet" clause that made its whole sentence undecided, losing a choice of another in a
   clause of its own ("We have not yet found a role that fits you, and have chosen another
   candidate");
3. "it" not shortlisted after a sentence about the reader's application ("it has not been
   shortlisted on this occasion");
4. the reader counted among those not taken on ("you're one of those we won't be taking
   forward").

Every sentence here is written for these tests, in several senders' words. The twins must stay
without a token: a conditional, a confirmation still ahead, an "it" that is a loan, a grant, a
booking or a flat, the reader among those taken forward, and nobody shortlisted yet."""

from __future__ import annotations

import pytest

from readings import decision, message_decisions

# 1. the outcome told about "it", the sentence before naming the reader's application
IT_OUTCOME = [
    "Your Claims Officer application has been logged and reviewed by the panel. I am sorry to "
    "tell you that it was unsuccessful.",
    "Your application for the Payroll Clerk post has now been assessed. Unfortunately, it has "
    "not been successful.",
    "Your candidacy for Site Engineer was reviewed by the hiring team last week. Regrettably it "
    "did not succeed.",
    "Your application to Harbour Logistics has been considered carefully. I'm afraid it will not "
    "be taken further.",
    "Thank you for your application for Library Assistant. We reviewed your application "
    "alongside many others. Sadly, it wasn't successful on this occasion.",
    "Your CV for the warehouse supervisor role was passed to the site manager.\n\nI'm sorry to "
    "say it was not successful this time.",
    "Your job application was screened by our recruitment team. On this occasion it has been "
    "unsuccessful.",
    "Your application for the graduate scheme was reviewed at the assessment stage. We regret to "
    "inform you that it was not successful.",
]

IT_OUTCOME_TWINS = [
    # (lead's re-read) "it" after a clause of its own is that clause's thing, not the application
    "Your application was received on Monday. We tried to call you this morning but it was "
    "unsuccessful; please call us back to book your interview slot.",
    "Your application is with the panel. I rang the number on your CV and it was not successful, "
    "so please send another one.",
    # a conditional, a rule, a confirmation still ahead
    "Your application for Claims Officer has been logged. If it is unsuccessful we will keep "
    "your details on file.",
    "Your application has been received. Should it not be successful, we will let you know by "
    "email.",
    "Your application for the Payroll Clerk post is with us. We will tell you whether it was "
    "successful by the end of the month.",
    "Your candidacy has been passed to the panel. In the event that it is unsuccessful, you may "
    "ask for feedback.",
    "Your application has been logged. We have not decided yet whether it was successful.",
    # "it" that is no job application
    "Your loan application was reviewed by our credit team. I am sorry to tell you that it was "
    "unsuccessful.",
    "Your grant application has been assessed by the panel. Unfortunately it has not been "
    "successful.",
    "Your booking request for the community hall was reviewed. I'm afraid it was unsuccessful.",
    "The payment you made on Tuesday was reviewed by your bank. It did not succeed.",
    "Your application for the flat on Mill Road has been considered. Sadly it was not successful.",
    "Your mortgage application has been looked at by an underwriter. It was unsuccessful.",
    # "it" after a sentence whose subject is no application at all
    "The fundraiser we ran last weekend was a lot of work. Sadly it was not successful.",
    "We tried a new interview format this year. Honestly, it was unsuccessful.",
]

# 2. a "not … yet" clause holds only its own clause
YET_ELSEWHERE = [
    "We have not yet found a role that fits you, and have chosen another candidate.",
    "We haven't found a second role for you yet, but we have chosen another candidate for the "
    "Analyst post.",
    "We have chosen another candidate, and have not yet found another opening that fits you.",
    "We have not yet found a role that matches your background, and we've offered the post to "
    "another applicant.",
]

YET_TWINS = [
    "We have not yet chosen another candidate.",
    "We have not chosen another candidate yet, and are still interviewing.",
    "We haven't yet filled the post, but we will choose another candidate.",
    "No decision yet: we have not chosen another candidate.",
    "We have not yet decided, and another candidate is still being interviewed.",
]

# 3. "it" not shortlisted, the sentence before naming the reader's application
NOT_SHORTLISTED = [
    "Your application for the Warehouse Operative role has been reviewed. It has not been "
    "shortlisted on this occasion.",
    "Your application was not shortlisted this time.",
    "Thank you for sending your CV. Your CV hasn't made the shortlist.",
    "Your application for Parks Ranger was assessed against the criteria. Unfortunately it "
    "was not shortlisted.",
    "Your CV was reviewed by the engineering manager. I'm sorry to say it hasn't made the "
    "shortlist this time.",
    "Your candidacy was looked at closely by the panel. Regrettably, it didn't make the shortlist.",
    "Your application has been considered against the person specification. On this occasion "
    "it has not been shortlisted for interview.",
]

NOT_SHORTLISTED_TWINS = [
    # (lead's re-read) a first step since undone
    "Your application impressed the panel. It was not shortlisted by the robot screener at "
    "first, but I overrode that, and we would like to invite you to interview on Tuesday.",
    "Your application has been received. Should it not be shortlisted, you will hear from us.",
    "Your application is with the panel. We will let you know whether it has been shortlisted.",
    "Your application has been received. If it is not shortlisted we will keep your CV on file.",
    "Your application has been logged. It has not been shortlisted yet, as the panel meets on "
    "Friday.",
    "Your application for the Parks Ranger post is with us. We have not yet shortlisted anyone.",
    "Your grant application was reviewed. It was not shortlisted for funding this round.",
    "The panel has not yet shortlisted anyone for the role.",
]

# 4. the reader counted among those not taken on
ONE_OF_THOSE = [
    "You're one of those we won't be taking forward.",
    "You are among the applicants we will not be progressing.",
    "Yours is one of the applications we won't take further.",
    "I'm sorry to say that you are one of the candidates we have decided not to take forward.",
    "Unfortunately you're among those we will not be inviting to interview.",
    "Your application is one of those we won't be progressing on this occasion.",
    "Regrettably you were one of the applicants we were unable to shortlist.",
]

ONE_OF_THOSE_TWINS = [
    "You're one of those we will be taking forward.",
    "You are among the applicants we will be progressing to interview.",
    "If you're one of those we won't be taking forward, you will hear from us by Friday.",
    "Yours is one of the applications we will take further.",
    "You're one of those we haven't invited yet: the panel meets on Friday.",
    "You are one of the applicants we won't be contacting until the references are in.",
    "Whether you are among the applicants we will not be progressing or not, you will get "
    "feedback.",
    "Applicants we won't be taking forward will be told by email.",
]


@pytest.mark.parametrize("text", IT_OUTCOME + YET_ELSEWHERE + NOT_SHORTLISTED + ONE_OF_THOSE)
def test_the_refusal_is_read(text: str) -> None:
    assert decision(text)


@pytest.mark.parametrize(
    "text", IT_OUTCOME_TWINS + YET_TWINS + NOT_SHORTLISTED_TWINS + ONE_OF_THOSE_TWINS
)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text)


def test_a_whole_message_gets_the_token() -> None:
    body = (
        "Dear Chidi,\n\nYour Claims Officer application to Niger Delta Assurance Ltd has been "
        "logged and reviewed by the panel. I am sorry to tell you that it was unsuccessful.\n\n"
        "Human Resources"
    )
    assert message_decisions("Your application", body)


def test_a_whole_message_about_a_loan_gets_none() -> None:
    body = (
        "Dear Chidi,\n\nYour loan application to Delta Credit has been logged and reviewed by "
        "the credit committee. I am sorry to tell you that it was unsuccessful.\n\nLending Team"
    )
    assert not message_decisions("Your loan application", body, "lending@bank.example")
