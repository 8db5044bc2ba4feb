"""Sixteenth pass, part E (issue 11): the guard holds every offer, interview and next step
(rejectwatch.model.steps_ahead beside negation's offer and invitation readings), and still no
rejection that speaks of an interview, a feedback call, applying again, another role or a
withdrawn offer. The sentences are written for these tests, not copied from the slices, the
written batches or the corpus."""

from __future__ import annotations

import pytest

from rejectwatch.model import steps_ahead
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document


def held(body: str, subject: str = "Your application") -> bool:
    return held_back(Document(subject, body, "people@quarrybank.example"))


# a step ahead of the reader, held: the reader moved on, said as a fact
@pytest.mark.parametrize(
    "body",
    [
        "Hi Oona,\n\nYou've been selected for the next stage of the Archivist process.\n\nMarta",
        "Dear Femi, you passed the numeracy test. The next step is a panel interview in March.",
        "We had ninety applicants and narrowed it down to five, and you're one of them.",
        "Good news: the hiring manager wants to progress you to the reference stage.",
        "Hi Ana,\n\nI'm pleased to say you've made the shortlist for the Curator role.",
        "Congratulations on reaching the final stage of our graduate scheme!",
        "Hallo Jan, je gaat door naar de tweede ronde van de selectie.",
        "Hej Maja! Du har gått vidare till nästa steg i rekryteringen.",
        "Hola Inés, ¡avanzas a la siguiente etapa del proceso!",
        # a meeting asked for or set, a time moved (a regret word before it is no refusal)
        "Hi Tom, the directors would like to meet you on Wednesday at 3pm.",
        "Sorry for the silence! Could you pop in on Friday around 10 for a trial shift?",
        "Unfortunately Dana is travelling, so could we move your second interview to Monday?",
        "Your panel interview for Estates Officer is confirmed for Tuesday 4 June.",
        "Great chat yesterday. The CTO wants you back for a final round next week.",
        "Leider muss ich unser Gespräch auf Mittwoch um 10 Uhr verschieben.",
        "Malheureusement je dois décaler notre entretien à lundi 14h.",
        "Purtroppo devo spostare il nostro colloquio a giovedì.",
        "Vi vil gerne invitere dig til en første samtale på torsdag.",
        "Chcielibyśmy zaprosić Panią na rozmowę kwalifikacyjną w piątek.",
        # a step asked of the reader
        "Hi Lee,\n\nPlease complete the online assessment within five days.\n\nRecruitment",
        "Before we decide, could you send us the names of two referees by Thursday?",
        "Attached is the case study. Send your slides by Monday noon.",
        "You haven't finished your situational judgement test yet - it closes on Sunday.",
        "The panel has asked for a short presentation on your first ninety days.",
        "Merci de compléter le questionnaire en ligne avant vendredi.",
        # an offer in words negation._OFFER does not know
        "Hi Sol, the board wants you as our new Head of Finance. Paperwork to follow.",
        "There is a place for you on the autumn apprenticeship - congratulations!",
        "We'd love to have you. Offer letter coming on Monday!",
        "We can't stretch to £52,000, but we can offer £49,000 and a review at six months.",
        "The trustees have agreed to appoint you as Director of Learning.",
        "Nos complace ofrecerle el puesto de Analista; le enviaremos el contrato.",
        "Wir freuen uns, Ihnen die Stelle als Buchhalterin anbieten zu dürfen.",
    ],
)
def test_a_step_ahead_of_the_reader_is_held(body: str) -> None:
    assert held(body)


# rejections that speak of a step, a meeting or an offer: never held (a held rejection is a lost
# one)
@pytest.mark.parametrize(
    "body",
    [
        "Thank you for interviewing with us on Monday. We won't be taking you further.",
        "We won't be inviting you to interview for this post, I'm afraid.",
        "We've decided to extend the offer to another candidate.",
        "If you'd like feedback, I'm happy to set up a 15-minute call next week.",
        "We are not progressing your application, but please do apply again in future.",
        "Sorry, it's not good news this time. I also have a contract role that could suit you - "
        "are you free on Thursday to talk it through?",
        "You passed the written test, but we have decided to go with other candidates.",
        "Congratulations on reaching the last round - on this occasion, though, we are offering "
        "the post to another finalist.",
        "We tried twice to reach you to book an interview and heard nothing, so we've closed your "
        "application.",
        "It was good to have you in for the interviews. Sadly the panel chose someone else.",
        "After your background check we have decided to withdraw our conditional offer.",
        "Sorry not to have better news. We'd love to meet you at a careers fair this spring.",
        "Please accept our apologies for the delay: the role has now been filled.",
        "You reached the final round, and we were glad of it. The role won't be coming to you.",
        "Wir können Ihnen die Stelle als Lagerist leider nicht anbieten.",
        "Ich hätte dich gern im Team gehabt, ehrlich, aber wir haben anders entschieden.",
    ],
)
def test_a_rejection_is_not_held(body: str) -> None:
    assert not held(body)


def test_a_job_title_holding_a_survey_is_no_aside() -> None:
    # "Quantity Surveyor" names no survey: the offer stands
    assert steps_ahead.offers_a_place("The panel was unanimous: we want you as our Surveyor!")
    assert not steps_ahead.asks_a_step("Please complete our short survey by Friday.")
