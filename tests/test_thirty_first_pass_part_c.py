"""Thirty-first pass, part C (issue 11): plain refusals in an order or a form the readings missed
(rejectwatch.model.refusals_inverted), and Russian "без" + a paper as a requirement
(languages_spoken.CONDITIONAL).

Every sentence here is written for these tests. The twins are a meeting moved, a conditional, a
paper still to send, an appointment not offered, a request received or a leave not approved."""

from __future__ import annotations

import pytest

from readings import decision

REFUSALS = [
    "К сожалению, принять вас на эту должность мы не сможем.",
    "Взять вас в команду в этом сезоне не получится.",
    "Пригласить вас на собеседование мы, к сожалению, не можем.",
    "Lamentamos no poder ofrecerle la plaza de auxiliar.",
    "Sentimos no poder contar contigo esta temporada.",
    "Setelah pertimbangan, kami belum bisa menerima Anda untuk posisi kasir.",
    "Mohon maaf, kami belum dapat merekrut Anda saat ini.",
    "Desta vez não vamos poder contar consigo para a equipa.",
    "Não poderemos contar com você nesta temporada.",
    "Your request for placement in the finance unit has not been accepted.",
    "Your application for industrial attachment was not successful this year.",
]

TWINS = [
    "Принять вас в понедельник мы не сможем, давайте перенесём на среду в 10.",
    "Если принять вас на должность не получится, мы сообщим письмом.",
    "Без этих документов принять вас на работу мы не сможем.",
    "Lamentamos no poder ofrecerle una cita antes del lunes; su entrevista será el martes.",
    "Si no podemos ofrecerle la plaza, se lo diremos antes del viernes.",
    "Lamentamos no poder ofrecerle el puesto de hoy en el calendario; su entrevista pasa al "
    "martes.",
    "Mohon maaf kami belum bisa menerima Anda hari ini; silakan datang besok pukul 10.",
    "Kami belum bisa menerima Anda sebelum dokumen lengkap; mohon kirim ijazah Anda.",
    "Não vamos poder contar consigo na reunião de equipa, mas a entrevista mantém-se.",
    "Your request for an internship has been received and will be reviewed in May.",
    "Your request for internship leave was not approved by your manager.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_the_refusal_is_read(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), text
