"""Eighteenth pass, part D (issue 11): a decision still ahead, told in the words of one taken
(rejectwatch.model.rules_ahead). Application confirmations that say what happens if the reader
hears nothing, or how the chosen are told, name a refusal that has not happened: no decision
token, and their cues read as conditional (``hyp_``). Their twins, real refusals in nearly the
same words, keep their decision. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model.negation import HYPOTHETICAL, MARK, read_cues


def refusal_marks(text: str) -> list[str]:
    """The ``neg_`` marks of ``text`` (a refusal read as given)."""
    return [mark for mark in marks(text) if mark.startswith(MARK)]


# --- silence within a time, the consequence a sign or a comma away ----------------------------

SILENCE_RULES = [
    "Thanks for your CV! No text from me by Monday -> we've gone with another person.",
    "Got it, cheers. No word by Fri = we went with someone else.",
    "Thanks for applying. Nothing from us within 3 weeks = it's a no this time.",
    "Thanks for your CV. Nothing by Friday means we've picked another person.",
    "Thanks for applying. No response within 2 weeks: we've gone with other applicants.",
    "Thanks for applying. Absent a call by the 30th, we have appointed someone else.",
    "Thanks for applying. Failing a reply from us by June, the post has gone to another candidate.",
    "Thanks for applying. With no interview invite by 2 May, you can take it that the post "
    "has gone to other applicants.",
    "Thanks for applying. 21 days without a word from the team means your application hasn't "
    "gone further.",
    "Thanks for applying. Not shortlisted within 3 weeks = unsuccessful this time.",
    "Got it. Interviews Thurs. Not heard from me Fri = gone with someone else, sorry in advance.",
    # the consequence of a silence asked
    "Thanks for applying for the Barista role. Haven't heard back by the 20th? Then the role "
    "has gone to another applicant.",
    "Thanks for your CV. Not had a call by the 9th? Safe to say we've hired someone else.",
    "Thanks for applying. Heard nothing in two weeks? It means another candidate was picked.",
    # the languages read, the consequence a sign
    "Keine Nachricht von uns bis Freitag = wir haben uns für jemand anderen entschieden.",
    "Geen bericht van ons binnen twee weken = we hebben voor een andere kandidaat gekozen.",
    # ... or the consequence "meant"
    "Danke für Ihre Bewerbung. Keine Rückmeldung von uns bis Freitag bedeutet, dass wir uns für "
    "andere Bewerber entschieden haben.",
    "Merci pour votre candidature. Pas de nouvelles de notre part d'ici le 15 mai : cela "
    "signifie que nous avons retenu un autre candidat.",
    "Grazie per la candidatura. Nessuna risposta da parte nostra entro il 15 maggio significa "
    "che abbiamo scelto un altro candidato.",
    "Tack för din ansökan. Inget besked från oss före 15 maj betyder att vi har valt en annan "
    "kandidat.",
]


@pytest.mark.parametrize("body", SILENCE_RULES)
def test_a_silence_rule_gives_no_decision(body: str) -> None:
    assert not decision(body)
    assert not refusal_marks(body)


def test_a_silence_rule_is_read_as_conditional() -> None:
    _, sentences = read_cues("Ta for the CV. No call from me by Saturday = we chose someone else.")
    assert sentences.startswith(HYPOTHETICAL)


SILENCE_TWINS = [
    # the reader's silence, and the closure it brought: a refusal
    "We didn't hear back from you by Friday, so we've gone with another candidate.",
    "No reply from you by the deadline, so we've closed your application.",
    "As we have not heard back by the closing date, the post has gone to another applicant.",
    "After two weeks without a reply from you, we have filled the position with someone else.",
    # a silence told, not ruled on
    "Thanks for waiting. Nothing has changed since my last note: we've picked someone else, "
    "I'm sorry.",
    # a status trail with an arrow, no time
    "Status: In review \u2192 Not selected.",
    "Barista at Oak Cafe\nApplied \u2192 Reviewed \u2192 Closed (unsuccessful)",
    # "means" with no absence of word
    "Nous avons reçu beaucoup de candidatures, ce qui signifie que nous avons retenu un autre "
    "candidat.",
    "Wir haben keine Stelle mehr frei und haben uns deshalb für eine andere Bewerberin "
    "entschieden, das bedeutet leider eine Absage.",
]


@pytest.mark.parametrize("body", SILENCE_TWINS)
def test_a_refusal_near_a_silence_rule_keeps_its_decision(body: str) -> None:
    assert decision(body)


# --- the chosen as a class, a process still ahead --------------------------------------------

CLASS_RULES = [
    "Thanks for applying. Selected candidates receive an invitation in week 3.",
    "Thanks for applying to the graduate scheme. The assessment centre invitation goes to "
    "selected applicants in February.",
    "Thanks for applying. Candidates selected for a video call will hear from us by email.",
    "Thanks for applying. Applicants who have not been selected are notified through the portal.",
    "Thanks for applying. Those who aren't shortlisted get an email once the role closes.",
    "Thanks for applying. Applications received after the deadline will not be considered.",
    "Thanks for applying. Where an application has been unsuccessful, the portal status changes "
    "to Closed.",
    "Thanks for applying. Most applicants don't make the shortlist, so keep an eye on our other "
    "openings.",
    "Thanks for applying. This position is now closed to new applicants. Your application is "
    "under review.",
    # a decision told "either way", still to come
    "Thanks for applying. Every applicant hears from us by 30 April, with an answer either way.",
    "Thanks for applying. The panel picks its finalists on 12 June and everyone hears that week.",
    "Thanks for applying. Our process: we pick three finalists, interview them and make one offer.",
    "Thanks for applying. The post is likely to be filled internally, but our policy is to "
    "advertise it.",
    # another round, or a habit
    "Thanks for applying. Last year we hired someone else for this role after a second round; "
    "this year there are two rounds too.",
    "Thanks for applying. The role went to an internal candidate last time, so this year we're "
    "advertising it outside first.",
    "Thanks for applying. Heads up: we usually go with candidates who hold a forklift licence.",
    # a choice still to take, or a conditional that entered no sentence
    "Budget sign-off is holding everything up, including the decision on who we hire.",
    "If we decide to pursue candidates whose experience is closer to the brief, we'll keep yours "
    "on file.",
]


@pytest.mark.parametrize("body", CLASS_RULES)
def test_a_class_or_a_process_ahead_gives_no_decision(body: str) -> None:
    assert not decision(body)


CLASS_TWINS = [
    "We have invited selected candidates to interview; unfortunately you are not among them.",
    "Selected candidates were contacted last week and you were not one of them.",
    "For candidates who applied for the analyst role: the role has been filled.",
    "The panel picked its finalists on 12 June and you were not among them.",
    "The panel went with a candidate who covered this role on a contract last year.",
    "Dr Ames ended up choosing the nurse who did her placement here last year.",
    "This requisition is now closed to further applications.",
    # the others described by what they have: a choice made
    "Having reviewed applications, we've decided to go with candidates whose experience is "
    "closer to the role.",
    "We found applicants whose skills lined up more tightly with the job description.",
]


@pytest.mark.parametrize("body", CLASS_TWINS)
def test_a_refusal_near_a_class_keeps_its_decision(body: str) -> None:
    assert decision(body)


def test_a_class_refused_in_the_past_keeps_its_refusal() -> None:
    # told of, not a rule: its negation stays a refusal's
    body = "Applications that were not progressed, including yours, have been closed."
    assert "neg_progressed" in refusal_marks(body)
