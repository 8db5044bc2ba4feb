"""Twenty-first pass, part E (issue 11): other mail that names a refusal as one of its cases,
read as a decision given.

* a silence asked with its time first ("Saturday comes with no text from me? Then ..."), or
  asked abroad before the language's "then" (rejectwatch.model.other_cases.silence_asked);
* the outcomes a process can have, listed; a refusal as a kind of application; a decision told
  either way (other_cases.a_case_named);
* a step refused for one named day (other_cases.a_day_refused);
* a paused search whose letter keeps the reader in the process in other words, and "nobody has
  been appointed" in a sentence of its own (other_cases.kept_in, rules_ahead.paused_kept_open);
* a record closed at the reader's own request (other_mail.a_payment_row).

Each with rejections of the same words that must stay decided. Every sentence is written for
these tests (none is a slice's); read by negation.read_cues, so a retrain changes nothing.
"""

from __future__ import annotations

import pytest

from readings import decision, message_decisions, refused

# --- a silence asked, its time first ----------------------------------------------------------

SILENCE_ASKED = [
    "Got your CV, thanks. Saturday comes with no text from me? Then it's a no, nothing personal.",
    "Thursday evening passes without a call from the office? Then we've gone another way.",
    "End of the week and still no word from me? Take it the shifts have gone to someone else.",
    "Tuesday comes and goes with nothing from the gallery? Then the post has gone to another "
    "applicant.",
    "The 20th passes with no email from us? It means we've picked someone else this time.",
    "No word from me by then? Then it's a no, I'm afraid.",
    "Bis Mittwoch keine Nachricht von uns? Dann haben wir uns für jemand anderen entschieden.",
    "Lundi soir sans nouvelles de notre part ? Alors le poste a été attribué à quelqu'un d'autre.",
    "¿Pasa el lunes sin noticias nuestras? Entonces hemos elegido a otra persona.",
    "Maandag voorbij zonder bericht van ons? Dan hebben we voor iemand anders gekozen.",
    "Måndag utan besked från oss? Då har vi valt någon annan.",
]

SILENCE_ASKED_TWINS = [
    # the reader's silence, and a silence past told as it happened
    "No reply from you by Saturday? We've given the shift to someone else.",
    "Saturday came with no text from you, so we've given the shift to someone else.",
    "Keine Nachricht von Ihnen bis Mittwoch? Dann haben wir uns für jemand anderen entschieden.",
    # a question that is no silence, before a refusal
    "Thanks for the trial on Saturday - how was the drive home? We've gone another way, sorry.",
]


@pytest.mark.parametrize("body", SILENCE_ASKED)
def test_the_consequence_of_a_silence_asked_time_first_is_no_decision(body: str) -> None:
    assert not decision(body)


def test_the_silence_asked_is_no_refusal_itself() -> None:
    assert not refused("Weekend's over and not a single text from me? Then the job's gone.")


@pytest.mark.parametrize("body", SILENCE_ASKED_TWINS)
def test_the_readers_silence_and_a_plain_refusal_stay_decided(body: str) -> None:
    assert decision(body)


# --- outcomes listed, a refusal as a kind, a decision told either way ---------------------------

CASES_NAMED = [
    "What could happen from here: Interview · Offer · Not moving forward.",
    "Possible outcomes: shortlisted / on hold / unsuccessful.",
    "Your status may be one of: Received, In review, Interview, Offer or Not selected.",
    "Next it will be an interview, an offer or a polite no.",
    "A declined application shows in this list as well, and by letter.",
    "An unsuccessful application gets an email from us too.",
    "Any rejected CV is deleted after six months.",
    "Invited to the assessment day or not, a letter will reach you within three weeks.",
    "Shortlisted or not, you'll hear from us by the end of May.",
    "Successful or not - every applicant receives an email.",
]

CASES_NAMED_TWINS = [
    "Status: Not moving forward",
    "Applied → Interview → Not selected",
    "We've declined your application; a declined application can't be reopened.",
    "A declined application - that's the answer, I'm afraid: we've gone with someone else.",
    "You were not invited to interview, so a letter will follow with feedback.",
    "We've received your application, and unfortunately we won't be progressing it.",
    "We can't offer you an interview or a place on the reserve list, I'm sorry to say.",
]


@pytest.mark.parametrize("body", CASES_NAMED)
def test_a_refusal_named_as_one_of_the_cases_is_no_refusal_given(body: str) -> None:
    assert not refused(body)


@pytest.mark.parametrize("body", CASES_NAMED_TWINS)
def test_a_refusal_given_beside_such_words_stays_refused(body: str) -> None:
    assert refused(body)


# --- a step refused for one day ----------------------------------------------------------------

DAY_REFUSED = [
    "We cannot offer you an interview on Wednesday, sorry.",
    "I can't fit you in for a trial shift on Sunday, I'm afraid.",
    "Sorry, we can't see you for the call tomorrow.",
]

DAY_REFUSED_TWINS = [
    "We cannot offer you an interview on this occasion.",
    "I can't put you on the rota for the 9th or after, sorry.",
    "We can't offer you an interview on Wednesday or any other day: the post has been filled.",
    "We cannot offer you an interview on the 14th, as we've decided to progress other candidates.",
]


@pytest.mark.parametrize("body", DAY_REFUSED)
def test_a_step_refused_for_one_day_is_no_decision(body: str) -> None:
    assert not refused(body)


@pytest.mark.parametrize("body", DAY_REFUSED_TWINS)
def test_a_refusal_for_good_stays_decided(body: str) -> None:
    assert decision(body)


# --- a paused search, the reader kept in the process in other words ---------------------------

PAUSED = [
    (
        "Lifeguard recruitment on hold",
        "Hi Ren,\n\nThe lifeguard recruitment is on hold until the pool's refit is signed off. "
        "No one has been appointed. When it restarts we'll carry on with the people we already "
        "have, you included.\n\nMaya",
    ),
    (
        "Hiring paused - Stores clerk",
        "Dear Ola,\n\nHiring for the stores clerk post is paused while the budget is reviewed. "
        "You remain in the process and there is nothing for you to do.\n\nPeople Team",
    ),
    (
        "Recruitment on hold - Sous chef",
        "Hi Dev,\n\nThe sous chef recruitment is frozen for a month. Nothing has been decided, "
        "and we'll pick up where we left off.\n\nCarla",
    ),
]

PAUSED_TWINS = [
    (
        "Recruitment on hold - Stores clerk",
        "Dear Ola,\n\nRecruitment for this post is on hold and we will not be taking your "
        "application further.\n\nPeople Team",
    ),
    (
        "Lifeguard recruitment on hold",
        "Hi Ren,\n\nThe lifeguard recruitment has been put on hold indefinitely, so we are "
        "closing all applications, yours included.\n\nMaya",
    ),
    (
        "Update: Sous chef",
        "Hi Dev,\n\nThe sous chef recruitment is paused. When it restarts we'll continue with "
        "the other candidates, but not with you. We've decided not to take your application "
        "further.\n\nCarla",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PAUSED)
def test_a_pause_keeping_the_reader_in_other_words_is_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), PAUSED_TWINS)
def test_a_pause_that_closes_stays_decided(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


# --- a record closed at the reader's own request -----------------------------------------------

OWN_CLOSING = [
    "Candidate record\nStage: Review → Closed\nDisposition: Withdrawn by candidate (request of "
    "4 June)",
    "Status: Closed\nReason: Withdrawn by applicant",
    "Status: Archived\nNote: the candidate withdrew on 12 March.",
    "Status: Withdrawn by you",
]

OWN_CLOSING_TWINS = [
    "Status: Closed\nReason: Not selected",
    "Stage: Review → Closed\nDisposition: Withdrawn by employer",
    "Status: Closed - not selected\nNote: the candidate withdrew a second application.",
]


@pytest.mark.parametrize("body", OWN_CLOSING)
def test_a_record_closed_at_the_readers_request_is_no_refusal(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", OWN_CLOSING_TWINS)
def test_a_record_closed_by_the_employer_stays_refused(body: str) -> None:
    assert decision(body)
