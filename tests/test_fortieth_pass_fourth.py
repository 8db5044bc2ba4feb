"""Fortieth pass, fourth round (issue 11): blind slice 47's misses and other mail filed, read as
kinds (rejectwatch.model.choices_plain, insiders_chosen, insiders_abroad, third_party,
decisions_before, and negation's pending words).

Refusals that must carry a decision token: the post given to someone by title or by a name of
two or three words with who they are, given by "we" to someone told next, someone who said yes
to it, the post someone's told as a plain fact, others on the shortlist who had more and that
weighed most, the reader not reached on a certified list or not qualified to go on, and the
Portuguese and Arabic shapes. Twins that must stay unread: the post given to the reader, a job
given to HR, places shared out to those who queued first; and a choice made for a queueing
system's expert stays read (the queue is the work). Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks

REFUSALS = [
    "The rigger role for the festival has been given to Mr. Tan Boon Keat, who rigged 2025.",
    "RELIEF WARDEN POST GOES TO SIONED PUGH WHO DID WINTERS HERE BEFORE. SAFE HOME.",
    "The tapster job at the brewery we gave to Colm, he pulls pints with us since May.",
    "Priya, who's run the Saturday till with us for a year, said yes to the lead job today.",
    "The piping job is Morag Ure's. She piped for the hotel for twenty years.",
    "A few people on the shortlist had more years on night shifts, and that weighed most for us.",
    "The top five eligible candidates were certified. You were not reached on this certification.",
    "You secured 61 out of 150. Hence you do not qualify to sit the main examination.",
    "Para a banca escolhemos a Rosa, afilhada do patrão, que já vende connosco aos sábados.",
    "قرّرنا أن نعطي مكان المساعد لسلمى، ابنة أخ صاحب المخبز.",
]
TWINS = [
    "The rigger role for the harbour festival has been given to you, Mr. Tan: welcome!",
    "The payroll job has been given to HR, who will process it on Friday.",
    "All twelve bench slots went to members who'd been queuing longer; you stay on the list.",
    "The team voted for the other finalist, who'd scaled the exact queueing setup we run.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS[:-1])
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_queue_that_is_the_work_leaves_the_choice_read() -> None:
    assert decision(TWINS[-1]), marks(TWINS[-1])
