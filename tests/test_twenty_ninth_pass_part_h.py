"""Twenty-ninth pass, part H (issue 11): application confirmations that state a rule about a
refusal still ahead, and an invitation that counts the reader among the finalists.

Blind slice 27 filed three confirmations (0.74-0.86) and left an interview in the review band,
each on a decision token read from a sentence that refuses nobody yet:

* a silence that "means" the refusal, the silence not named by any word the readings knew
  ("where three weeks go by without feedback, take it that the application was unsuccessful");
* a silence asked as a question with no absence word, its consequence opened by "then"
  ("Silence for 21 days after the advert shuts? Then your form missed the shortlist");
* the reader counted among the finalists in two words ("three finalists remain, and you're
  one").

Every sentence here is written for these tests, in several senders' and countries' words. The
refusal twins (the same sender actually declining) stay read."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, refused
from rejectwatch.model.negation import read_cues

RULES_AHEAD = [
    # a stretch of time without feedback, an outcome, a letter, that "means" the refusal
    "Please note: where three weeks go by without feedback, take it that the application was "
    "unsuccessful.",
    "Where a month passes without feedback from the bank, take it that you were not shortlisted.",
    "When 30 days go by without an outcome, you can take it that your application was "
    "unsuccessful.",
    "Kindly note that six weeks without feedback means the application was not successful.",
    "Two weeks after the closing date without a letter from us means you were not shortlisted.",
    "Should 21 days pass without any communication, take it that the application did not succeed.",
    # a silence asked, no absence word, the consequence opened by "then"
    "Silence for 21 days after the advert shuts? Then your form missed the shortlist this time.",
    "Silence from the council three weeks after closing? Then you were not shortlisted.",
    "Total silence a fortnight after the closing date? Then we have not taken your form forward.",
    "All quiet by the end of the month? Then your application was unsuccessful on this occasion.",
    "Still silence from us after 14 days? Then the role has gone to another applicant.",
]

FINALISTS = [
    "Great news: three finalists remain for Implementation Lead, and you're one.",
    "Two finalists are left for the Payroll Analyst post, and you are one.",
    "Four candidates remain in the running for the Site Manager role - and you're one!",
]

# a class named by who passes it over, then told of it: a rule (hyp_), no refusal given (neg_)
CLASSES = [
    "Students we do not pick hear about it through their polytechnic's placement office.",
    "Applicants we do not shortlist will be told by email once the panel has met.",
    "Candidates the panel does not select are notified through the portal.",
    "Students we don't select hear from their university careers service.",
    "Interns the company does not take on are emailed at the end of the month.",
]

REFUSALS = [
    "We have now completed shortlisting and your form missed the shortlist this time.",
    "Three weeks went by without feedback because the panel met late; I'm sorry to say the "
    "application was unsuccessful.",
    "Apologies for the silence since the advert shut. Unfortunately your form missed the "
    "shortlist this time.",
    "Sorry for the silence. We have appointed another applicant to the role.",
    "I am sorry to tell you that your application for Underwriting Assistant was unsuccessful.",
    "Three finalists remain for Implementation Lead, and you're not one of them.",
    "Three finalists remain for Implementation Lead; unfortunately you are not among them.",
    "We have chosen three finalists for the role, and you were not among them.",
    "We did not pick you this time; your polytechnic's placement office has the details.",
]

# the reader passed over, said with a negation: read as refused (neg_ or a decision)
PASSED_OVER = [
    "Unfortunately we were not able to pick you for the attachment this time.",
    "Applicants we do not shortlist are normally told by email, and I'm sorry to say this "
    "is that email.",
]


@pytest.mark.parametrize("text", RULES_AHEAD + FINALISTS)
def test_no_refusal_yet_gives_no_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize("text", REFUSALS)
def test_the_refusals_stay_read(text: str) -> None:
    assert decision(text)


@pytest.mark.parametrize("text", CLASSES)
def test_a_class_passed_over_is_a_rule(text: str) -> None:
    assert not refused(text)


@pytest.mark.parametrize("text", PASSED_OVER)
def test_the_reader_passed_over_stays_refused(text: str) -> None:
    assert refused(text)


# A confirmation's own words, with no decision token in the message: held below filing
# (gate.no_job_decision, _PENDING_STATUS) however its words score
RECEIPTS = [
    (
        "Acknowledgement of application",
        "Dear Chidi,\n\nYour Claims Officer application to Niger Delta Assurance Ltd has been "
        "logged. Where a month passes without feedback, take it that you were not shortlisted."
        "\n\nHuman Resources",
    ),
    (
        "Application received: Parks Ranger",
        "Dear Sam,\n\nYour form for Parks Ranger is with us. Silence from us three weeks after "
        "the closing date? Then the form missed the shortlist.\n\nRecruitment, Eastmoor Council",
    ),
    (
        "Your application",
        "Dear Mei,\n\nYour internship application to Keppel Marine Works is with us. Students we "
        "do not pick hear about it through their university.\n\nHR",
    ),
    (
        "Materials received",
        "Dear Ayo,\n\nThe hiring committee for Lecturer in Accounting has received your "
        "materials. Each candidate hears the outcome when the search ends.\n\nFaculty Office",
    ),
]

# ... and the refusal twins, the same senders declining: a decision token, never held
REFUSED_RECEIPTS = [
    (
        "Your application",
        "Dear Chidi,\n\nYour Claims Officer application was logged on 3 May and reviewed by the "
        "panel. I am sorry to tell you that it was unsuccessful.\n\nHuman Resources",
    ),
    (
        "Parks Ranger",
        "Dear Sam,\n\nYour form for Parks Ranger was with us in good time, but I'm sorry to say "
        "we have appointed another applicant.\n\nRecruitment, Eastmoor Council",
    ),
    # (the lead, after the merge: the receipt's words in the present beside an outcome told in
    # the past, with no decision token read, are a refusal's account, gate._OUTCOME_TOLD)
    (
        "Your application",
        "Dear Chidi,\n\nYour Claims Officer application has been logged and reviewed by the "
        "panel. I am sorry to tell you that it was unsuccessful.\n\nHuman Resources",
    ),
    (
        "Update on your application",
        "Hi Rosa,\n\nYour form for Library Assistant is with us and was read by the panel last "
        "week; your application has been unsuccessful this time.\n\nRecruitment",
    ),
]


@pytest.mark.parametrize(("subject", "body"), RECEIPTS)
def test_a_receipt_with_no_decision_is_held(subject: str, body: str) -> None:
    assert held_as_no_job(subject, body)


@pytest.mark.parametrize(("subject", "body"), REFUSED_RECEIPTS)
def test_a_refusal_after_a_receipt_is_not_held(subject: str, body: str) -> None:
    assert not held_as_no_job(subject, body)


def test_a_receipt_with_an_outcome_still_to_come_is_held() -> None:
    """An "if it is unsuccessful" is a rule for later, not an outcome told (gate._OUTCOME_TOLD)."""
    body = (
        "Dear Ola,\n\nYour application for Stores Clerk has been logged. If it is unsuccessful "
        "you will hear from us by the end of the month.\n\nHR"
    )
    assert held_as_no_job("Application logged", body, "hr@storesco.example")


@pytest.mark.parametrize(
    "body",
    [
        "Dear Dan,\n\nThis email confirms that your application has been received. If you have not "
        "heard from us within 30 days of the closing date, please assume that your application "
        "has been unsuccessful on this occasion.\n\nRecruitment Team",
        "Hi Kwame,\n\nYour form for Stores Officer arrived safely. Being put on the reserve list "
        "does not mean your application was unsuccessful; we appoint from it all year.\n\nHR",
    ],
)
def test_a_supposed_outcome_beside_a_receipt_is_still_held(body: str) -> None:
    """A silence rule or a denial before the outcome is no outcome told (gate._outcome_told)."""
    assert held_as_no_job("Application received", body, "hr@council.example")


# an either-way closing the sentence: a rule (hyp_ only), the twins with the refusal after it read
EITHER_WAY = [
    "When the search ends, each candidate is told its outcome, chosen or not.",
    "Everyone who applied hears from us by Friday - selected or not.",
    "All applicants get a letter after the panel meets, successful or not.",
]
EITHER_WAY_REFUSED = [
    "Every applicant hears back, selected or not, and I am sorry to say you were not selected.",
    "We promised an answer, chosen or not, and I'm afraid the panel chose another candidate.",
]


@pytest.mark.parametrize("text", EITHER_WAY)
def test_an_either_way_is_no_refusal(text: str) -> None:
    # the sentence enters the refusal block as a conditional's (hyp_), as "whether or not" does
    block = read_cues(text)[1].split()
    assert block
    assert all(word.startswith("hyp_") for word in block)
    assert not refused(text)


@pytest.mark.parametrize("text", EITHER_WAY_REFUSED)
def test_the_refusal_after_an_either_way_stays_read(text: str) -> None:
    assert decision(text)
