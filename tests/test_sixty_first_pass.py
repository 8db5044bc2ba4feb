"""Issue 11, sixty-first pass, first round: the kinds read slices 151 and 152 missed, in wordings
written apart from the slices. Read as decisions: the reader's profile, CV or candidature
declined by a party ("the client has turned down your CV"); a candidature discontinued
("management has resolved to discontinue your candidature"); the post "fulfilled" ("the
position has been fulfilled", a status "Requisition Fulfilled"); and, in Hungarian,
French, Latvian, Lithuanian, Polish and Bengali, the post gone to another or the reader's
application ended. A post whose title holds a loan's or a credit's word ("your application for
Loan Officer") is a job. Read as nothing: a request, a subscription or an order, a requirement
fulfilled, a conditional, the reader's own withdrawal, and a loan refused."""

from __future__ import annotations

import pytest

from readings import decision, gate, marks
from rejectwatch.model import negation

READ = [
    ("The client has turned down your CV for the site engineer role.", negation.READER_OUT),
    ("Our hiring manager has rejected your résumé.", negation.READER_OUT),
    ("I'm sorry to say the practice has declined your profile.", negation.READER_OUT),
    ("The panel passed over your candidacy for this intake.", negation.READER_OUT),
    ("After review the board has decided to discontinue your candidature.", negation.READER_OUT),
    ("We are discontinuing your application for Night Auditor.", negation.READER_OUT),
    ("Your candidacy for the bursar post has been discontinued.", negation.READER_OUT),
    ("We regret to inform you that the position has been fulfilled.", negation.ROLE_GONE),
    ("The Junior Surveyor vacancy was fulfilled internally last week.", negation.ROLE_GONE),
    ("Candidate record now shows: Requisition Fulfilled", negation.ROLE_GONE),
    # Hungarian: we chose another carpenter; we cannot employ you
    ("Végül egy másik asztalost választottunk.", negation.CHOSE_OTHER),
    ("Sajnos ezúttal nem tudjuk Önt alkalmazni.", negation.READER_OUT),
    # French: for you it is no
    ("Après l'essai d'hier, pour vous c'est hélas non.", negation.READER_OUT),
    ("Merci pour votre visite, mais c'est malheureusement non pour vous.", negation.READER_OUT),
    # Latvian: the job went to a baker; your application stays without a sequel
    ("Darbu maiznīcā saņēma maiznieks no Cēsīm.", negation.CHOSE_OTHER),
    ("Diemžēl jūsu kandidatūra paliek bez turpinājuma.", negation.READER_OUT),
    # Lithuanian: the place went to a carver; your application will not be considered further
    ("Vietą dirbtuvėje gavo drožėjas iš Kauno.", negation.CHOSE_OTHER),
    ("Jūsų paraiška toliau nebus svarstoma.", negation.READER_OUT),
    # Polish: the job went to a joiner; we close your candidature
    ("Pracę w warsztacie dostał stolarz z Radomia.", negation.CHOSE_OTHER),
    ("Dlatego zamykamy Pani kandydaturę.", negation.READER_OUT),
    # Bengali: the post went to another; you were not taken on this time
    ("চাকরিটা পেলেন আমাদের পাড়ার এক দর্জি।", negation.CHOSE_OTHER),
    ("আপনাকে এবার নেওয়া হল না।", negation.READER_OUT),
]

UNREAD = [
    "We have declined your request for a later start date.",
    "If the client turns down your CV, I'll call you the same day.",
    "We discontinued your subscription to the jobs newsletter.",
    "Your order has been fulfilled and will ship on Monday.",
    "All the requirements of the position have been fulfilled by your documents.",
    "Once the position is fulfilled we will write to everyone.",
    "Since you have withdrawn, we discontinued your application.",
    "Egy másik időpontot választottunk az interjúhoz?",
    "Pour vous, c'est oui : l'entretien est jeudi.",
    "Jūsu pieteikums tiks izskatīts nākamnedēļ.",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_the_same_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "body",
    [
        "We regret that your application for Loan Officer was unsuccessful.",
        "The bank has declined your profile for Senior Credit Analyst, I'm afraid.",
        "Unfortunately we will not proceed with your application for Mortgage Adviser.",
    ],
)
def test_a_post_named_for_a_loan_or_credit_is_a_job(body: str) -> None:
    assert gate("Your application", body)


@pytest.mark.parametrize(
    "body",
    [
        "Unfortunately your loan application was declined; please speak to your mortgage adviser.",
        "We are unable to approve your application for a credit card at this time.",
    ],
)
def test_a_loan_refused_stays_no_job(body: str) -> None:
    assert not gate("Your application", body)


# Carried from earlier passes: someone taken on as the reader's own mentor or contact is no one
# chosen in the reader's stead (an offer or a welcome says it); someone else chosen stays read
@pytest.mark.parametrize(
    "text",
    [
        "Someone has been hired as your mentor for the first month.",
        "We've appointed a colleague to act as your buddy during induction.",
        "Somebody was taken on as your line manager last week.",
    ],
)
def test_a_mentor_taken_on_for_the_reader_is_no_choice(text: str) -> None:
    assert negation.CHOSE_OTHER not in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone else has been hired for the role.",
        "We've offered the post to someone else, who will also act as your contact if you reapply.",
        "We've hired someone with more experience; I'll remain your contact.",
    ],
)
def test_someone_else_chosen_stays_read(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)
