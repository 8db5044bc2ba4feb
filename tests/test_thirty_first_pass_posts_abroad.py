"""Thirty-first pass (issue 11): the post given to, or gone to, someone else in widely spoken
languages (rejectwatch.model.posts_given_abroad).

The readings abroad knew "we chose another person" in each language, but not the post said to
go to someone. Every sentence here is written for these tests. The twins give the post to the
reader, or say it only in a conditional."""

from __future__ import annotations

import pytest

from readings import decision

REFUSALS = [
    "El puesto se lo hemos dado a un chico del pueblo.",
    "La plaza ha ido a otra persona con más experiencia.",
    "A vaga foi para uma colega da outra loja.",
    "Demos o lugar a um rapaz que já conhecia a casa.",
    "Il posto è andato a un collega del reparto vendite.",
    "La posizione è stata assegnata a un'altra persona.",
    "De baan gaat naar iemand met meer ervaring.",
    "De plek is al naar een collega gegaan.",
    "Jobbet går till någon som redan jobbar hos oss.",
    "Stillingen er gået til en kollega fra butikken.",
    "Место отдали сотруднику из другого отдела.",
    "Должность уже досталась коллеге из филиала.",
    "Stanowisko przypadło koledze z innego działu.",
]

TWINS = [
    "Si el puesto va a otra persona, te lo diremos por correo.",
    "El puesto va a ser para ti si aceptas antes del viernes.",
    "A vaga fica para si! Envie-nos os documentos até sexta.",
    "De baan gaat naar jou! Welkom in het team.",
    "Jobbet går till dig! Välkommen.",
    "Om jobbet går till någon annan hör vi av oss.",
    # (lead's re-read: the end is a person, not a process, a committee, a round or a department)
    "Hemos recibido tu solicitud. El puesto va a un proceso de selección con entrevistas en mayo.",
    "Recebemos a sua candidatura. A vaga vai para a fase de entrevistas na próxima semana.",
    "De vacature gaat naar een selectiecommissie die op vrijdag beslist.",
    "Tjänsten går till en intervjuomgång i maj; vi hör av oss.",
    "Должность досталась нам от другого отдела, поэтому собеседования пройдут в мае.",
    "Stanowisko trafiło do nowego działu, rozmowy odbędą się w maju.",
    # (lead's probe: the Portuguese "se" before the post, a conditional)
    "Recebemos a sua candidatura. Se a vaga for para outra pessoa, avisamos por email.",
    "Se escolhermos outro candidato, guardamos o seu currículo.",
    "Место досталось вам, поздравляем!",
    "Il posto è andato a te! Benvenuto.",
    "Stanowisko przypadło pani! Gratulujemy.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_the_post_gone_to_another_is_read(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), text
