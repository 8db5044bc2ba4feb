"""Twenty-fourth pass, part K (issue 11): a hostile re-read of parts B, C and D.

Mail written to break the three merged reading changes, each in the general form of its kind:

* part B (decisions_rested): a place not given for the reader's own reason or on a rota, a
  coach or a flight ("I haven't given you a spot on Saturday's rota since you asked for the
  day off"); "not offered you the role at this point" in an invitation; "let's leave it there
  for this round" before the next round's meeting, and a complaint's "let the matter rest
  there"; a test "negative for" a marker, a benefit, a permit or a licence refused "negative";
* part C (gate, rules_ahead): "reviewing all applications" before a refusal given in the same
  sentence (no hold); "every candidate not selected gets a notice ... this is yours" (no rule);
  an application to teach a class (a job); the reader's withdrawal request processed;
* part D (languages_spoken): a requirement, not a refusal ("Sem o envio do comprovante ...",
  "Без медичної довідки ..."), Chinese "要是", a raffle's "não foi dessa vez", a driving test
  or a licensure exam failed (no job named);
* and a staff bulletin welcoming a new hire ("please make her feel welcome"), about someone
  else.

Each has a twin that stays read. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from readings import held_as_no_job, message_decisions

# (subject, body): no decision token
NOT_READ = [
    (
        "Rota",
        "Hi Sam, I haven't given you a spot on Saturday's rota since you asked for the day off. "
        "See you Monday.",
    ),
    (
        "Coach to the conference",
        "We have not given you a seat on the coach as you said you'd drive yourself. Parking is "
        "free at the venue.",
    ),
    (
        "Flights",
        "Quick note: we haven't given you a seat on the Friday flight because you told us you "
        "would travel on Thursday.",
    ),
    (
        "Interview invitation",
        "We have not offered you the role at this point - this is an invitation to interview. "
        "Could you come in on Tuesday at 10?",
    ),
    (
        "Interview",
        "Thanks for today, let's leave it there for this round; the panel would like to see you "
        "for round two on Tuesday.",
    ),
    (
        "Your complaint",
        "Thank you for your reply about the noise. We'll let the matter rest there, as the "
        "neighbour has apologised.",
    ),
    (
        "Screening results",
        "Thanks for taking part in the screening. Your trial result: negative for the marker, so "
        "no further visits are needed.",
    ),
    (
        "Housing benefit",
        "The decision on your application for housing benefit was negative. You can ask for a "
        "review within one month.",
    ),
    (
        "Parking",
        "The outcome of your application for a resident's parking permit is negative, as your "
        "street is outside the zone.",
    ),
    (
        "Team news",
        "Welcome aboard! This week we've taken on Amira as our new kitchen apprentice. Please "
        "make her feel welcome in the canteen on Monday.",
    ),
    (
        "Staff bulletin",
        "Good news: we've hired Dev as our new pot-washer, starting Monday. Please give him a "
        "warm welcome.",
    ),
    (
        "Evening shift",
        "Team, please welcome Kofi: we've signed Kofi for the chair on the evening shift. He "
        "starts tomorrow.",
    ),
    (
        "Ticket closed",
        "Status: Closed. We have processed your request to withdraw: the application for the "
        "ground crew role is withdrawn.",
    ),
    (
        "Candidatura",
        "Sem o envio do comprovante de residência, não poderemos dar andamento à sua candidatura.",
    ),
    ("Вакансія", "Без медичної довідки не можемо взяти вас на цю посаду."),
    ("面试", "要是这次没能合作，也希望以后还有机会。"),
]
# ... held below filing as no job (a raffle, a driving test, a licensure exam)
HELD = [
    (
        "Sorteio de Natal",
        "Resultado do sorteio de Natal: infelizmente não foi dessa vez. Continue participando "
        "das nossas promoções!",
    ),
    ("驾照考试", "很遗憾，你没有通过这次的笔试，下个月可以补考。"),
    (
        "Resulta",
        "Paumanhin, hindi ka nakapasa sa licensure exam ngayong taon. Maaari kang kumuha muli "
        "sa Hunyo.",
    ),
]
# Refusals that stay read (a token, and not held below filing)
READ = [
    (
        "Your application",
        "We have not given you a place on the deck crew this season, as the skipper chose hands "
        "who have fished before.",
    ),
    ("Your application", "The result of your application is negative, I'm sorry to say."),
    (
        "Your application",
        "The result of your application for the post of night porter is negative.",
    ),
    (
        "Re: kitchen porter trial",
        "Thanks for coming in on Saturday. We'll let this one rest here, but good luck with the "
        "search.",
    ),
    (
        "Your application",
        "Every candidate not selected gets a notice from us, and I'm sorry to say this is yours: "
        "we went with another applicant.",
    ),
    (
        "Tutor post",
        "Thank you for applying to teach our pottery class. Unfortunately we have appointed "
        "another tutor.",
    ),
    (
        "Your application",
        "We've taken on Marcus for the forge apprenticeship. Thank you for your interest.",
    ),
    (
        "Application status update",
        "Your application has been set to Candidate withdrawn by employer. The employer has "
        "withdrawn your candidacy from this requisition. Your experience is valued.",
    ),
    (
        "Examination results - Office Clerk",
        "Your Office Clerk examination has been scored. Your result was below the mark needed, "
        "so you do not go onto the list of eligibles. The board exams run again in spring.",
    ),
    (
        "Update",
        "In response to your email asking for an update, your application has been withdrawn "
        "from the process because the position has been filled.",
    ),
    (
        "Candidatura",
        "Infelizmente não poderemos dar andamento à sua candidatura para a vaga de recepcionista.",
    ),
    ("Вакансія", "На жаль, не можемо взяти вас на цю посаду."),
    ("面试结果", "很遗憾，你没有通过我们的终面。"),
    (
        "Vaga",
        "Olá! Infelizmente não foi dessa vez. Escolhemos seguir com uma pessoa que já "
        "trabalhou conosco.",
    ),
]
# A refusal with no token of its own, beside "reviewing all applications": not held as pending
NOT_HELD = [
    (
        "Your application",
        "Our team is reviewing all applications received, and I'm sorry to say yours has not "
        "been shortlisted.",
    ),
]
# ... and the receipt that is held
HELD_PENDING = [
    (
        "Application received",
        "Thanks for applying. Our team is reviewing all applications and will reply by Friday.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_READ)
def test_not_read(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), HELD)
def test_no_job_held(subject: str, body: str) -> None:
    assert held_as_no_job(subject, body)


@pytest.mark.parametrize(("subject", "body"), READ)
def test_refusal_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
    assert not held_as_no_job(subject, body)


@pytest.mark.parametrize(("subject", "body"), NOT_HELD)
def test_refusal_not_held_as_pending(subject: str, body: str) -> None:
    assert not held_as_no_job(subject, body)


@pytest.mark.parametrize(("subject", "body"), HELD_PENDING)
def test_receipt_held(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
    assert held_as_no_job(subject, body)
