"""Issue 11, seventeenth pass, part G: a decision on something that is no job, named in
another language with no job word, is never filed however high its words score
(rejectwatch.model.gate.no_job_decision reading the gate's non-job words abroad); its twins,
job refusals in the same languages that name a loan or a flat beside a job word, still are.
And "you rather than ..." (the writer's own choice) is no decision of the reader's.

Every case is scored by the shipped model with its statistical score forced high, so what is
tested is the rule alone. The texts are our own wording.
"""

from __future__ import annotations

import pytest
from tests.test_seventeenth_pass_precision import filed, model

from rejectwatch.model import classifier
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.negation import READER_DECIDED

__all__ = ["model"]  # the forced-score fixture (part C's), used by name


# --- a loan, a flat, a card, a grant declined, in other languages: held ---------------------

HELD = [
    (
        "Votre dossier de prêt",
        "Madame,\n\nAprès étude, nous ne pouvons pas donner une suite favorable à votre demande de "
        "prêt personnel.\n\nVotre conseillère",
    ),
    (
        "Solicitud de alquiler",
        "Hola Marta:\n\nLa propietaria ha elegido a otra persona para la vivienda de la calle "
        "Mayor. Lo sentimos.\n\nInmobiliaria Sol",
    ),
    (
        "Sua proposta",
        "Olá Rafael,\n\ninfelizmente o seu pedido de empréstimo não foi aprovado nesta análise."
        "\n\nAtenciosamente,\nBanco Azul",
    ),
    (
        "Richiesta di mutuo",
        "Gentile Paolo,\n\nci dispiace comunicarle che la sua richiesta di mutuo non è stata "
        "accolta.\n\nCordiali saluti",
    ),
    (
        "Decyzja",
        "Dzień dobry,\n\nniestety bank odrzucił Pana wniosek o kredyt gotówkowy.\n\nZ poważaniem",
    ),
    (
        "Lägenheten på Åsgatan",
        "Hej Nils,\n\ntyvärr har hyresvärden valt en annan sökande till lägenheten.\n\nMvh",
    ),
    (
        "Başvurunuz hakkında",
        "Merhaba Ayşe,\n\nkredi kartı başvurunuz maalesef onaylanmamıştır.\n\nSaygılarımızla",
    ),
    (
        "申请结果",
        "王先生您好：\n\n很遗憾，您提交的贷款申请未能通过我行审核。\n\n此致",
    ),
    (
        "審査結果のご連絡",
        "山田様\n\n誠に恐縮ですが、今回のローンのお申込みは見送りとさせていただきます。",
    ),
    (
        "심사 결과",
        "김지훈 님,\n\n죄송하지만 신청하신 대출은 승인되지 않았습니다.",
    ),
    (
        "Ваша заявка",
        "Здравствуйте, Иван!\n\nК сожалению, банк отказал в выдаче кредита по вашей заявке.",
    ),
]

# --- the twins: job refusals naming a loan or a flat beside a job word, still filed ----------

FILED = [
    (
        "Votre candidature",
        "Madame,\n\nnous ne retiendrons pas votre candidature au poste de chargée de prêts "
        "immobiliers.\n\nL'équipe RH",
    ),
    (
        "Tu candidatura",
        "Hola Marta:\n\nhemos elegido a otra persona para el puesto de gestora de alquiler."
        "\n\nUn saludo",
    ),
    (
        "Sua candidatura",
        "Olá Rafael,\n\ninfelizmente não seguiremos com a sua candidatura para a vaga de analista "
        "de crédito.\n\nEquipe de Recrutamento",
    ),
    (
        "Rekrutacja",
        "Dzień dobry,\n\nniestety nie przechodzi Pan dalej w rekrutacji na stanowisko doradcy "
        "kredytowego.\n\nZ poważaniem",
    ),
    (
        "Başvurunuz",
        "Merhaba Ayşe,\n\nKredi Uzmanı pozisyonu için başka bir adayla ilerlemeye karar verdik."
        "\n\nSaygılarımızla",
    ),
    (
        "应聘结果",
        "王先生您好：\n\n很遗憾，您应聘的贷款专员职位未能通过本次筛选。\n\n此致",
    ),
]


@pytest.mark.parametrize(("subject", "body"), HELD, ids=[s for s, _ in HELD])
def test_a_non_job_decline_abroad_is_held(model: classifier.Model, subject: str, body: str) -> None:
    assert not filed(model, subject, body)


@pytest.mark.parametrize(("subject", "body"), FILED, ids=[s for s, _ in FILED])
def test_a_job_refusal_naming_a_loan_is_still_filed(
    model: classifier.Model, subject: str, body: str
) -> None:
    assert filed(model, subject, body)


# --- "you rather than ...": the writer's choice, not the reader's ----------------------------


def marks(subject: str, body: str) -> list[str]:
    texts, _ = documents_to_views([Document(subject, body, "")])
    return texts[0].rsplit("\n", 1)[-1].split()


def test_you_rather_than_is_no_decision_of_the_readers() -> None:
    body = (
        "Hi Sam, it's Priya from Fernway about the buyer role. I hoped to reach you rather than "
        "leave this on your machine, but unfortunately we've decided to go with another candidate."
    )
    assert READER_DECIDED not in marks("Voicemail", body)


def test_you_would_rather_not_is_still_the_readers_decision() -> None:
    body = (
        "Hi Sam,\n\nthanks for telling us you'd rather not go ahead with the interview; "
        "unfortunately we'll close the application then."
    )
    assert READER_DECIDED in marks("Re: interview", body)
