"""Thirty-eighth pass, third round (issue 11): blind slice 40's misses and other mail filed, read
as kinds (rejectwatch.model.hired_by_name, places_full, negation, rules_ahead).

Refusals that must carry a decision token: the post offered or given to someone named (a name
in any letters, a title before it, a relative: "Mulholland's son"), held by someone from a place
("… from the seafront pitch has the summer route"), someone engaged told by a trade; the post
handed over in Hindi, given in Thai, settled on in Chinese, taken over in German, "ficámos com"
in Portuguese, a named person taken in Turkish. Twins that must stay unread: the post offered to the
reader, a team that has the application, a receipt's case closed by "included" ("every change
lands here, the post going to another candidate included"), a class of applications that do not
show what the post needs, a Portuguese impression and the Turkish reader taken ("we took you").
Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks

REFUSALS = [
    "The trustees have offered the post to Siobhán, who ran our volunteer rota for three years.",
    "Last night the committee gave the groundsman post to Mr. Adeyemi.",
    "Sorry, the picking job's gone to Dave Corrigan's nephew, he did the spring crop with us.",
    "Femi from the harbour kiosk has the morning round now.",
    "The workshop has engaged Ms Ruth Olsen, a harness maker from the county show.",
    "वेल्डर का पद हमारे पुराने कारीगर के बेटे को सौंपा गया।",
    "ตำแหน่งพนักงานขายได้ให้หลานของเจ้าของร้าน",
    "收银员的岗位，我们定了店里的小伙子。",
    "Die Stelle in der Backstube hat inzwischen Herr Brandt übernommen.",
    "Para o balcão ficámos com o Rui, que já nos ajudava às sextas.",
    "Kasiyer pozisyonuna Ayşe'yi aldık.",
]
TWINS = [
    "The partners have offered the post to you, congratulations!",
    "Thanks for applying: the recruiting team has the application now.",
    "Every change shows on this card, the role going to another applicant included.",
    "Applications that do not show a forklift licence are closed without interview.",
    "Ficámos com a impressão de que o seu perfil é muito forte.",
    "Sizi aldık, hoş geldiniz!",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)
