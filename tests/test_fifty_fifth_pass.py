"""Issue 11, fifty-fifth pass, first round: the kinds read slices 111 and 112 missed or filed,
in wordings written apart from the slices. A silence rule whose absent word is named by its kind
("no phone call ... means"), a silence asked and answered by what to take from it ("Take it
..."), a row of the values a status could change to: each is a rule, not a refusal. A refusal
under a bid to be one of the staff, the one chosen described by work that names a non-job thing,
a score "of" its total or ending on "%", a results letter's "Referral: not made", the reader's
name absent from a list, others taking all the places, a post that went "first" to others: each
is a decision. Conditions, passes and the not-yet stay unread.

Second round (read slices 113 and 114's misses): a class named by its refusal adjective
("Ineligible applicants receive the reason in writing") is a rule; "you haven't made our
shortlist", the winning score after the reader's, a client that "stays with another profile", an
application "outside the group sent forward", "the director's pick for X is Y from ...", a
public body's "Notice of referral", a post taken by someone in Polish and Hungarian word order
are decisions; and a visit ("you passed at the atelier") is no stage passed.

Third round (read slices 115 and 116's misses): a concession ahead ("Even master choose other
person, I still message you") is a case; read as decisions: a role-named application that was
unsuccessful or "read and ends at this stage" (a temp's, a team member's), "there'll be no
interview" after the application was read, "has no assessment-day invitation for you", a
numbered application "is ineligible", the marks line then the qualifying mark, an advert
"pulled" and "nobody gets taken forward, you included", an employer that "went internal", and
the post taken by someone described in Danish, Bulgarian, Hebrew, Esperanto, Turkish, Welsh,
Slovenian, Chinese, Thai and Bengali.

Fourth round (read slices 117 and 118's misses; no sealed slice measures it): any one
application "ruled ineligible" by a rule and a row named "Possible next" are no refusal; read as
decisions: "your form scored 17/30; interviews began at 22", "marks secured 47; qualifying marks
55", a team that "went through your application. It hasn't been successful.", others back that
"fill every bench we have", a boss who "decided to take another girl", a candidacy that "has
ended at stage: Review", and someone described chosen in Albanian and Macedonian; a recruiter's
"another mission" is another role pitched, not a step for the reader."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

READ = [
    (
        "Regarding your bid to become a Kennel Assistant: you have not been selected.",
        negation.READER_OUT,
    ),
    (
        "We went another way, with a curator who has managed loans between galleries for years.",
        negation.CHOSE_OTHER,
    ),
    ("Your total: 22 of 50. Shortlisting line: 30.", negation.READER_OUT),
    ("You achieved 41%; pass mark 50%.", negation.READER_OUT),
    ("Referral: not made.", negation.READER_OUT),
    (
        "Stronger candidates took all six interview places for the Surveyor post.",
        negation.CHOSE_OTHER,
    ),
    ("Your name was therefore missing from the merit list.", negation.READER_OUT),
    ("Your score: 12 of 40. Pass line: 20. No interview follows.", negation.READER_OUT),
    (
        "Interview places went first to those whose portfolios sit nearer ceramics.",
        negation.CHOSE_OTHER,
    ),
    (
        "Several applicants' years in hospital pharmacy sat closer to the brief, so we are "
        "progressing them.",
        negation.CHOSE_OTHER,
    ),
    (
        "Die Stelle in der Backstube bekommt eine Bewerberin, die schon bei uns gelernt hat.",
        negation.CHOSE_OTHER,
    ),
    ("Annar umsækjandi varð fyrir valinu að þessu sinni.", negation.CHOSE_OTHER),
    ("Roghnaíodh bean ón mbaile a bhfuil taithí aici.", negation.CHOSE_OTHER),
]

UNREAD = [
    # silence rules, the absent word named by its kind
    "Thanks for applying. No phone call by the following Monday means the role went elsewhere.",
    "No email reply within ten days means the shift went to someone else.",
    # a silence asked, then what to take from it, or its time told after the span
    "No word from us when the fortnight's out? Take it we've found someone.",
    "No word from me after the trial? Assume we went with another applicant.",
    "Month end and still no call? The job has gone to another person.",
    # the values a status could change to
    "Status: Received. Could change to: Interview, Closed (another applicant appointed).",
    # a bid to supply, not to work
    "About your bid to become a supplier: you have not been selected this time.",
    # the one chosen's own thing, not their work
    "We went with a tenant whose mortgage was approved sooner.",
    # a pass, a referral still to come, a name not on the list yet
    "Your total: 42 of 50. Shortlisting line: 30.",
    "You achieved 71%; pass mark 50%.",
    "Referral: not made yet.",
    "Your name is not on the interview list yet.",
    # the interview step not part of the process, a condition
    "No interview follows the written test; appointments are made from the scores.",
    "No interview follows if your mark is under the line.",
    # a first call with more to come
    "Interview places went first to internal applicants, then to the rest of the pool.",
    # a rota, not a hire
    "A few people's hours on the weekend rota sat nearer what the shop needs.",
]


READ_SECOND = [
    ("You haven't made our shortlist for the Glazier post.", negation.READER_OUT),
    ("You scored 22 of 40. The top mark, 35, won the post.", negation.READER_OUT),
    (
        "As discussed, the client is staying with another candidate who has led a site team.",
        negation.CHOSE_OTHER,
    ),
    (
        "Your application was, however, outside the group invited to the assessment centre.",
        negation.READER_OUT,
    ),
    (
        "Lovely to meet you. The board's choice for Head Groundsman is Tomasz from our north site.",
        negation.CHOSE_OTHER,
    ),
    ("Stanowisko w magazynie zajęła osoba z doświadczeniem.", negation.CHOSE_OTHER),
    ("Az állást végül egy másik jelölt kapta meg.", negation.CHOSE_OTHER),
]
UNREAD_SECOND = [
    "Ineligible applicants are told the reason by email; eligible ones sit the written test.",
    "We have not made our shortlist yet; expect news next week.",
    "You scored 39 of 40. The top mark, 35, won a prize last year.",
    "If the client stays with another candidate, I will let you know at once.",
    "Our choice for the post is still open, and we meet again on Friday.",
    "Our pick for Shift Lead is you, starting on Monday.",
]


def test_a_visit_is_no_stage_passed() -> None:
    visit = (
        "It was kind of you to come by. You passed at the workshop on Monday; the bench went to "
        "a joiner we know."
    )
    assert not held_back(Document("Bench hand", visit, "shop@example.org"))
    assert held_back(
        Document(
            "Bench hand",
            "You passed the trade test, so we'd like you in on Monday.",
            "shop@example.org",
        )
    )


READ_THIRD = [
    ("Sadly your Summer Temp application was unsuccessful.", negation.READER_OUT),
    (
        "Your Stock Team Member application has been reviewed and ends at this stage.",
        negation.READER_OUT,
    ),
    (
        "Your Kennel Hand application was reviewed carefully; there'll be no interview.",
        negation.READER_OUT,
    ),
    ("The partners regret they have no interview invitation for you.", negation.READER_OUT),
    ("Application 40417 for Bridge Inspector is ineligible.", negation.READER_OUT),
    ("Marks obtained: 33. Qualifying mark: 45.", negation.READER_OUT),
    ("We've pulled the Yard Hand advert; the owner wants to wait.", negation.ROLE_GONE),
    (
        "The owner pulled the listing. Nobody gets taken forward, you included.",
        negation.ROLE_GONE,
    ),
    ("The agency rang: they went internal for the Office Manager job.", negation.CHOSE_OTHER),
    ("Svendepladsen går til Mikkel, som har arbejdet hos os i tre år.", negation.CHOSE_OTHER),
    ("Мястото в пекарната вече е заето.", negation.ROLE_GONE),
    ("Majstro Jan prenis sian nevon, kiu jam laboras ĉe ni.", negation.CHOSE_OTHER),
    (
        "Çıraklık yerini ustamız, yıllardır yanında çalışan Ayşe Hanım'a verdi.",
        negation.CHOSE_OTHER,
    ),
    ("Mae'r swydd pobydd wedi mynd i ymgeisydd lleol.", negation.CHOSE_OTHER),
    ("Zato tokrat izbrani niste bili.", negation.READER_OUT),
]
UNREAD_THIRD = [
    "Even we choose other person, we still write to you, no worry.",
    "Good news: your Summer Temp application was successful.",
    "We've pulled the ad for a day to fix a typo; it goes back up tomorrow.",
    "They're going internal first, but you're still in the running.",
    "Marks obtained: 63. Qualifying mark: 45.",
    "Any application received after the closing date is ineligible.",
]


READ_FOURTH = [
    ("Against the criteria your form scored 12/30; interviews began at 20.", negation.READER_OUT),
    ("Written test, Clerk: marks secured 31; qualifying marks 40.", negation.READER_OUT),
    (
        "The depot team went through your Yard Hand application. It hasn't been successful.",
        negation.READER_OUT,
    ),
    ("Three returning pickers are back, and that fills every place we have.", negation.ROLE_GONE),
    ("The owner decided to take another lad who lives nearer.", negation.CHOSE_OTHER),
    ("Your candidacy has ended at stage: Screening.", negation.READER_OUT),
    ("Kemi zgjedhur një rrobaqepëse që punon me ne prej vitesh.", negation.CHOSE_OTHER),
]
UNREAD_FOURTH = [
    "Any form missing a signature is ruled ineligible and the applicant told; others go on.",
    "Status now | Received\nPossible next | Interview · Closed (another applicant)",
    "Written test, Clerk: marks secured 51; qualifying marks 40.",
    "That fills every seat on Saturday's workshop, so book early.",
    "If the owner decides to take another lad, I will ring you first.",
]


def test_another_mission_is_another_role_pitched() -> None:
    body = (
        "Finally the client continues with another candidate. I dispose now of another mission "
        "of Buyer near Lyon which could interest you. Are you available for a call this week?"
    )
    assert not held_back(Document("Your candidature", body, "rc@agency.example"))


@pytest.mark.parametrize(("text", "token"), READ + READ_SECOND + READ_THIRD + READ_FOURTH)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND + UNREAD_THIRD + UNREAD_FOURTH)
def test_rules_cases_passes_and_the_not_yet_stay_unread(text: str) -> None:
    assert not decision(text)
