"""Twenty-third pass, part D: the Dutch choice of an internal candidate, in the perfect tense.

simulate_corrections' user labelled ten terse thread replies in five languages; their later
mail kept five misses, all one Dutch sentence ("Helaas, we zijn voor een interne kandidaat
gegaan") that none of the ten labelled messages said and no reading read: the participle at the
end of the clause, and an internal candidate rather than "een andere kandidaat".
"""

from __future__ import annotations

import pytest

from rejectwatch.model import negation
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader
from rejectwatch.model.negation import read_cues


def chose_other(text: str) -> bool:
    return negation.CHOSE_OTHER in read_cues(text)[0].split()


def gated(subject: str, body: str) -> bool:
    return decided_for_reader([Document(subject, body, "")])[0]


CHOICES = [
    "Helaas, we zijn voor een interne kandidaat gegaan.",
    "Hoi Sanne, we zijn uiteindelijk toch voor een interne kandidate gegaan, sorry.",
    "Wij hebben voor een andere kandidaat gekozen. Bedankt voor je tijd!",
    "Het team heeft voor iemand anders gekozen, helaas.",
    "We gaan voor een interne kandidaat. Succes verder!",
    "Na de gesprekken zijn we met een interne kandidaat verder gegaan.",
    "Het is een interne kandidaat geworden, sorry!",
    "De vacature is intern ingevuld.",
]


@pytest.mark.parametrize("text", CHOICES)
def test_the_dutch_choice_of_someone_else_is_read(text: str) -> None:
    assert chose_other(text)


@pytest.mark.parametrize(
    "text",
    [
        "Helaas, we zijn voor een interne kandidaat gegaan.",
        "Hoi Jamal,\n\nHelaas, we zijn voor een interne kandidaat gegaan.\n\nGroet, Aisha",
    ],
)
def test_the_gate_reads_it_as_a_decision(text: str) -> None:
    assert gated("Re: Sollicitatie", text)


@pytest.mark.parametrize(
    "text",
    [
        # conditionals, rules and steps: no choice has been made
        "Als we voor een interne kandidaat gaan, laten we het je zo snel mogelijk weten.",
        "Mochten we voor een interne kandidaat kiezen, dan hoor je dat van ons.",
        "Interne kandidaten gaan bij ons altijd voor; we kijken eerst intern.",
        "We kijken eerst of de vacature intern ingevuld kan worden en laten het je volgende week "
        "weten.",
        "Bedankt voor je sollicitatie! We zijn voor de eerste ronde gegaan met vijf kandidaten, "
        "jij bent er een van.",
        "Goed nieuws: we hebben voor jou gekozen! Je krijgt morgen het contract.",
        "We zijn voor een gesprek met jou gegaan: kun je dinsdag om 10 uur?",
    ],
)
def test_no_choice_in_these(text: str) -> None:
    assert not chose_other(text)
