"""Twenty-third pass, part C (issue 11): precision, a refusal of a thing that is no job, in a
job refusal's words (an allotment plot gone to the next on the list, a loan or a credit limit
not approved, a pull request or a patch not taken, a podcast pitch declined):
rejectwatch.model.things_refused, read by negation._read_lowered; gate.no_job_decision holds
such mail below filing.

Each with twins naming a job, which must stay decided and open to the gate. Every sentence is
written for these tests (none is a slice's or a batch's); read by the rules, so a retrain
changes nothing.
"""

from __future__ import annotations

import pytest

from readings import message_decisions
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.gate import no_job_decision


def _no_job_decision(subject: str, body: str) -> bool:
    texts, sentences = documents_to_views([Document(subject, body, "someone@example.org")])
    return no_job_decision(texts[0], sentences[0])


# (subject, body): a thing that is no job refused
THINGS = [
    (
        "Allotments",
        "Hello Wyn, sorry to say plot 7B went to the next person on the waiting "
        "list. You are second now and we'll be in touch.",
    ),
    (
        "Viewing on Saturday",
        "Hi both, apologies, the flat went to another applicant who could move in a week earlier.",
    ),
    (
        "Your mortgage",
        "Thank you for applying for a mortgage with us; we regret that we will "
        "not be proceeding with your application.",
    ),
    (
        "Flat 3, Mill Road",
        "Sadly your rental application was unsuccessful - the landlord went with another tenant.",
    ),
    (
        "Resultado da análise",
        "Olá Marta, o seu pedido de empréstimo pessoal não foi aprovado desta vez.",
    ),
    (
        "[tools/linter] Pull request #412 closed",
        "We've decided not to move forward with this patch, since the other fix landed first.",
    ),
    (
        "Re: pitch",
        "Thanks for the idea for the podcast - we loved it, but it's a no from us this season.",
    ),
    (
        "Re: your proposal",
        "Lovely to hear from you. The episode line-up is full, so it's a "
        "no from us this time, I'm afraid.",
    ),
]

# The same decisions naming a job: still decisions, the gate open
JOBS = [
    # (a thing named in the job's title)
    (
        "Mortgage Support Officer - outcome",
        "Unfortunately your application for Mortgage Support Officer has been unsuccessful.",
    ),
    (
        "Warehouse Operative",
        "Hello Wyn, sorry to say the role went to the next person on our reserve list.",
    ),
    (
        "Lettings Negotiator",
        "Hi, apologies, the position went to another applicant who could start a week earlier.",
    ),
    (
        "Your application",
        "Thanks for your patience. Your application for the Loans Adviser "
        "post has not been successful.",
    ),
    (
        "Candidatura",
        "Olá Marta, a sua candidatura à vaga de analista de crédito não foi aprovada desta vez.",
    ),
    (
        "Podcast Producer",
        "Thanks for your interest in the Podcast Producer role - we loved "
        "meeting you, but it's a no from us this time.",
    ),
    (
        "Backend Engineer",
        "We've decided not to move forward with your application for the Backend Engineer job.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), THINGS)
def test_a_thing_refused_reads_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
    assert _no_job_decision(subject, body)


@pytest.mark.parametrize(("subject", "body"), JOBS)
def test_a_job_refused_stays_decided(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
    assert not _no_job_decision(subject, body)
