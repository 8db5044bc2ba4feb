"""Eleventh pass (issue 11): the readings of blind slice 9's kinds of miss, each with the
negatives it must leave alone. The sentences are written for these tests, not copied from the
slice."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document


# the process going on without the reader
@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the case study. The panel has met and the last round goes ahead without you.",
        "We'll be moving forward without you on this occasion, I'm sorry to say.",
        "After the workshop the team decided to carry on without you - it was close.",
    ],
)
def test_the_process_going_on_without_the_reader(text: str) -> None:
    assert negation.READER_OUT in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "We couldn't have run the open day without you, thank you!",
        "We can't proceed without you signing the right-to-work form.",
        "The interview cannot go ahead without you confirming a slot by Friday.",
        "If we go ahead without you, we will let you know.",
    ],
)
def test_no_process_ended_without_you_in_these(text: str) -> None:
    assert negation.READER_OUT not in marks(text)


# the application stopped by the employer, and a pass at a stage
@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the online test for Payroll Clerk. We are ending your application here.",
        "We read the exercise twice and we're stopping here rather than inviting you on site.",
        "Having looked at the shortlist, your application stops at this stage.",
        "The client read the CV and is passing at the screening stage, sadly.",
        "Your CV has been looked at by the team, and we're passing on it.",
    ],
)
def test_the_application_stopped(text: str) -> None:
    assert negation.READER_OUT in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'll stop here for today and pick up the onboarding on Monday.",
        "Thanks - we're passing it on to the hiring manager now.",
        "We are passing on your details to the panel for the next stage.",
        "If your application stops at this stage, we will tell you why.",
        "Students pass at the first review stage if they meet the criteria, then go on.",
    ],
)
def test_no_application_stopped_in_these(text: str) -> None:
    assert negation.READER_OUT not in marks(text)


# an application's outcome with its title between, a group notice, the hire stopped
@pytest.mark.parametrize(
    "text",
    [
        "Your application for Stores Assistant (job 118-B) has not succeeded this time.",
        "Your application to the autumn graduate intake was not successful.",
        "This email is going to everyone who applied for the technician post but has not been "
        "invited to interview.",
    ],
)
def test_outcomes_of_the_reader_in_new_shapes(text: str) -> None:
    assert negation.READER_OUT in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Applicants who have not been shortlisted will not be contacted.",
        "Your application for Stores Assistant has been received and is with the team.",
        "Your application for Stores Assistant will not be looked at until the advert closes.",
        "This email is going to everyone who applied and has been invited to interview.",
    ],
)
def test_no_new_outcome_in_these(text: str) -> None:
    assert negation.READER_OUT not in marks(text)


def test_the_hire_itself_stopped() -> None:
    assert negation.ROLE_GONE in marks(
        "Budget news: the board has frozen the data engineer hire for this financial year."
    )
    assert negation.ROLE_GONE in marks("We have cancelled the search for this position.")
    assert negation.ROLE_GONE not in marks("We have cancelled the interview for Friday.")


# the reader short of a bar, not among those chosen, no room
@pytest.mark.parametrize(
    "text",
    [
        "Your overall scores came in under the line we set for the offer stage.",
        "Your aptitude results were not high enough to move you on to interview.",
        "The judges have picked the winners and your proposal was not among them.",
        "Every seat on the course is filled, so there isn't room for you this year.",
    ],
)
def test_the_reader_short_or_left_out(text: str) -> None:
    assert negation.READER_OUT in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your application is under review and we will be in touch.",
        "Your scores are under embargo until the panel meets.",
        "If your results were not high enough, you may resit in May.",
        "There is room for you on the Thursday session - please book.",
    ],
)
def test_no_shortfall_in_these(text: str) -> None:
    assert negation.READER_OUT not in marks(text)


# someone else chosen: given the post, counted others, one of a group
@pytest.mark.parametrize(
    "text",
    [
        "Further to our call, the bakery is giving the shift lead job to someone from their "
        "Leeds shop.",
        "We're gonna give the spot to Priya who has been covering weekends.",
        "The partners have handed the contract to one of the regulars on their bench.",
        "They are carrying on with three people who all come from insurance.",
        "The warehouse job's going to one of the lads already on the early shift.",
    ],
)
def test_someone_else_chosen_in_new_shapes(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "We offer the role to the candidate who scores highest on the day.",
        "We hope to give the job to someone local, so please apply.",
        "They are carrying on with three people who include you.",
        "We will give the role to the finalist who presents best on Friday.",
        "We are moving forward with one of the two dates you offered.",
    ],
)
def test_no_one_else_chosen_in_these(text: str) -> None:
    assert negation.CHOSE_OTHER not in marks(text)


def test_portuguese_older_spelling() -> None:
    assert decision("Informamos que a sua candidatura não foi seleccionada para a entrevista.")


# the guard: an invitation or offer is never filed, whatever new reading it holds
@pytest.mark.parametrize(
    "text",
    [
        "We'd like to invite you to interview next week; the other role goes ahead without you, "
        "but this one is yours to win.",
        "We are delighted to offer you the post. The analyst hire has been frozen, so the "
        "second role is cancelled.",
    ],
)
def test_the_guard_still_holds(text: str) -> None:
    assert held_back(Document("Next steps", text, ""))


# the second round of readings: a reason that rules the reader out, not taken ahead, the list
# named first, not matched, the post taken on by a named person, "before the next stage"
@pytest.mark.parametrize(
    "text",
    [
        "The client wants ten years in payments, and I'm afraid that rules you out.",
        "As discussed, the client is not taking you ahead after the technical round.",
        "The shortlist for the panel is out and your name is not on it.",
        "Matching for the spring term is complete and you were not matched with an employer.",
        "Thanks for the exercise; this time your application stops before the next stage.",
    ],
)
def test_the_reader_out_second_round(text: str) -> None:
    assert negation.READER_OUT in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "A gap in your CV doesn't rule you out, so do apply.",
        "Nothing here rules you out - we'll be in touch once the panel has met.",
        "We are not taking your application ahead of the others; all are read in turn.",
        "The shortlist is being drawn up and we will tell you if you are on it.",
        "We will decide before the next stage whether you go through.",
    ],
)
def test_no_reader_out_second_round(text: str) -> None:
    assert negation.READER_OUT not in marks(text)


def test_the_post_taken_on_by_a_named_person() -> None:
    assert negation.CHOSE_OTHER in marks(
        "The board has asked Dmitri, who has covered the role since June, to take it on."
    )
    assert negation.CHOSE_OTHER not in marks(
        "We have asked you to take it on for a trial week - does Monday suit?"
    )


# the third round: other languages' readings opened by words read off their patterns
@pytest.mark.parametrize(
    "text",
    [
        "Wir haben die Position einem Bewerber angeboten, der mehr Erfahrung mitbringt.",
        "Abbiamo scelto una candidata con più anni nel settore.",
        "Abbiamo selezionato un candidato che ha già lavorato con noi.",
    ],
)
def test_other_languages_someone_else(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


def test_no_other_language_choice_in_these() -> None:
    assert negation.CHOSE_OTHER not in marks(
        "Wir werden die Stelle einer Kandidatin anbieten, sobald die Gespräche vorbei sind."
    )
    assert negation.CHOSE_OTHER not in marks(
        "Se sceglieremo un profilo con più esperienza, ti avviseremo."
    )


def test_no_outcome_read_after_a_reference_numbers_full_stop() -> None:
    """A reading of "has not succeeded" with no subject was tried and dropped: the full stop
    of "ref." cuts the sentence, and the conditional before it with it."""
    assert negation.READER_OUT not in marks(
        "If your application (ref. 77-310) has not succeeded, we will write by June."
    )


def test_an_update_on_jobs_the_reader_saved_or_viewed_is_held() -> None:
    """A job alert listing one role "Filled" among open ones is no decision on the reader (it
    set the filing threshold once d11's alert family came in)."""
    alert = (
        "Updates to jobs you viewed\n\nStores Manager - Harbour Foods\nNew - posted today\n\n"
        "Night Supervisor - Harbour Foods\nClosed: the employer has stopped recruiting for this "
        "job.\n\nYou are receiving this because you created a job alert."
    )
    assert held_back(Document("Your job alert", alert, ""))
    search = "Your saved search: Planner\n\nPlanner at Fenwick Ltd (Leeds) - Filled\nSimilar: 9"
    assert held_back(Document("Jobs for you", search, ""))
    # a rejection with a job-alert footer is the reader's own outcome: not held
    refusal = (
        "Thank you for applying for Planner. We have decided not to progress your application."
        "\n\nYou are receiving this because you created a job alert. Jobs you may like: 12"
    )
    assert not held_back(Document("Your application", refusal, ""))


def test_a_step_still_to_come_with_the_reader_is_held() -> None:
    """A screening request that also says what the employer cannot consider set the filing
    threshold once d11's families came in: the step is the reader's, the mail is held."""
    text = (
        "Before we set up interviews, could you answer three short questions? 1. Notice "
        "period 2. Salary. Unfortunately we can't consider candidates who need sponsorship."
    )
    assert held_back(Document("Next steps", text, ""))
    past = "Thank you. Before we scheduled interviews we read every application; we will not "
    past += "be progressing yours."
    assert not held_back(Document("Your application", past, ""))
