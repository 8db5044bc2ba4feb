"""Twelfth pass (issue 11): the readings of blind slice 10's kinds of miss and false positive,
each with the negatives it must leave alone. The sentences are written for these tests, not
copied from the slice."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document


# the post handed to someone named or described
@pytest.mark.parametrize(
    "text",
    [
        "Martin, please tell Ilse we're offering it to Farida; her audit background tipped it.",
        "Sorry to say it by e-mail: we've offered the junior buyer job to someone else.",
        "The three lab places this summer have now gone to students from our own MSc course.",
        "After the interviews the committee resolved to appoint Dr Okafor as Secretary.",
        "In the end our director made the call to bring back a former colleague.",
        "Head chef has decided to take on Tomasz for the weekends instead.",
        "The studio went with Priya instead, mostly because she can start in March.",
        "The others' portfolios were a closer match to the brief we had written.",
        "The team is carrying on with different candidates for this opening.",
    ],
)
def test_someone_else_chosen_in_new_shapes(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're offering it to you, and the paperwork follows this afternoon.",
        "We will offer the role to the strongest candidate after the final round.",
        "Your CV has gone to the hiring manager for a first look.",
        "Let's keep it simple instead and meet on Teams.",
        "We'd like to extend the deadline instead, to Friday.",
        "If the committee resolved to appoint externally, we would tell you.",
        "The panel resolved to appoint you as Treasurer from January.",
        "We decided to run with it and ship the feature.",
    ],
)
def test_no_one_else_chosen_in_these(text: str) -> None:
    assert negation.CHOSE_OTHER not in marks(text)


# the reader told it was not them, and not taken on in other words
@pytest.mark.parametrize(
    "text",
    [
        "The bad news, I'm afraid, is that it wasn't you this time.",
        "We are unable to consider it further for this post, as the licence is still pending.",
        "We had more mentors than mentees, so we haven't been able to match you this term.",
        "We write to all applicants who were not invited to the assessment day.",
        "There are no shifts for you this winter, sorry.",
        "Thanks for coming in. We'll be archiving your application for the Analyst role.",
        "Your candidacy will now be archived, and we wish you well.",
        "I'm going to close this one out for you, sorry it took so long.",
    ],
)
def test_the_reader_left_out_in_new_shapes(text: str) -> None:
    assert negation.READER_OUT in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "It wasn't you who missed the call, our line was down.",
        "If we are unable to consider it further, we will write again.",
        "We'll match you with a mentor next week.",
        "Your application will be archived after six months if there is no match.",
        "Once the post is filled, we'll be archiving your application with the others.",
    ],
)
def test_no_reader_left_out_in_these(text: str) -> None:
    assert negation.READER_OUT not in marks(text)


def test_the_hire_called_off() -> None:
    assert decision("We've decided not to hire for this role after all.")


# a status set on the application: a sentence, a table, a subject
def test_a_status_set_on_the_application() -> None:
    assert negation.STATUS_REFUSED in marks(
        "Your application ref 4410 for Site Engineer has been marked inactive."
    )
    table = "Hi Ana,\n\nRole Ref Status Date\n\nPlanner QX-77 Not Selected 3 Nov\n\nSign in here."
    assert negation.STATUS_REFUSED in marks(table)
    subject = "Application unsuccessful - Field Technician\n\nHello Ana, see the subject line."
    assert negation.READER_OUT in marks(subject)


@pytest.mark.parametrize(
    "text",
    [
        "Current status: Submitted\n\nWhat happens next: applications not selected are closed.",
        "We can't give updates on the status of your application by phone.\n\nIn the event that "
        "it is not progressed, we will write to you.",
        "Role Ref Status Date\n\nPlanner QX-77 In review 3 Nov",
        "Application unsuccessful candidates will hear from us by e-mail.",
    ],
)
def test_no_status_read_in_these(text: str) -> None:
    assert negation.STATUS_REFUSED not in marks(text)
    assert negation.READER_OUT not in marks(text)


# other languages
@pytest.mark.parametrize(
    "text",
    [
        # Finnish
        "Valitettavasti emme tällä kertaa jatka kanssasi rekrytointia.",
        "Tehtävään valitsimme toisen hakijan.",
        # Turkish
        "Değerlendirme sonucunda başvurunuzla ilerleyemeyeceğimizi bildiririz.",
        "Süreçte başka bir adayla devam etmeye karar verdik.",
        # Romanian
        "Am hotărât să mergem mai departe cu un alt candidat.",
        "Din păcate nu ați fost selectată pentru interviu.",
        # Czech
        "Rozhodli jsme se pro jiného uchazeče.",
        "Bohužel nebudeme pokračovat ve výběrovém řízení.",
        # German, Swiss German, Dutch
        "Unsere Wahl ist auf eine Bewerberin gefallen, die schon im Team arbeitet.",
        "Für Sie endet das Verfahren damit an dieser Stelle.",
        "De keuze is gevallen op een collega die het werk al kent.",
        # Italian, Spanish, Danish, French
        "La società ha scelto un profilo diverso per il ruolo.",
        "En esta ocasión no continuarás en el proceso de selección.",
        "Vi har besluttet, at du ikke går videre til næste runde.",
        "Nous ne pourrons pas y donner une suite favorable.",
    ],
)
def test_other_languages_decisions(text: str) -> None:
    assert decision(text)


@pytest.mark.parametrize(
    "text",
    [
        # conditionals and offers in the same languages
        "Jos emme jatka kanssasi, ilmoitamme siitä sähköpostilla.",
        "Eğer başvurunuzla ilerleyemeyeceğimizi düşünürsek size yazacağız.",
        "Dacă nu ați fost selectat, veți primi un e-mail.",
        "Pokud nebudeme pokračovat, dáme vám vědět.",
        "Die Wahl ist auf Sie gefallen - herzlichen Glückwunsch!",
        "De keuze is gevallen op jou!",
        "Hoor je voor 1 december niets van ons, dan ben je niet geselecteerd voor een gesprek.",
    ],
)
def test_no_other_language_decision_in_these(text: str) -> None:
    assert not decision(text)


def test_a_non_native_conditional() -> None:
    text = "In the case your application is not chosen for next round, we will e-mail you."
    assert not decision(text)
    assert "neg_chosen" not in marks(text)


# the guard
def test_a_refusal_over_a_job_alert_footer_is_not_held() -> None:
    body = (
        "Dear Ama,\n\nThanks for your interest in the Support Lead role. We've filled it and so "
        "won't be progressing you further. Good luck with the search.\n\nThe People Team\n\n"
        "_____\nNew roles matching your saved search\n- Analyst - Leeds\n- Planner - York\n"
        "Change frequency | Stop these emails"
    )
    assert not held_back(Document("Your application", body, ""))


def test_a_saved_search_alert_is_still_held() -> None:
    body = (
        "Hi Ama, here are new roles matching your saved search.\n\n- Analyst - Leeds - Filled\n"
        "- Planner - York - Open\n\n_____\nChange frequency | Stop these emails"
    )
    assert held_back(Document("Job alert", body, ""))


@pytest.mark.parametrize(
    "body",
    [
        "Good news - the client hired you for the bookkeeping job. Unfortunately the first "
        "milestone isn't funded yet.",
        "Sharing the note below.\n\nShort version: it's you.\n\nFrom: Dana\n\nWe're offering "
        "the coordinator job to Olivia. I told the other finalist this morning.",
    ],
)
def test_offers_in_new_words_are_held(body: str) -> None:
    assert held_back(Document("Update", body, ""))
