"""Twenty-second pass, part D (issue 11): precision, blind slice 20's other mail that read a
decision or sat in the review band.

* a search paused for everyone with the reader kept for its restart ("Yours stays on file and we
  will write again when shortlisting restarts") or nobody refused ("no applications have been
  turned down"): rejectwatch.model.paused_search, read by rules_ahead.paused_kept_open;
* a post left free by its holder, told in an offer ("One of last year's drivers isn't coming
  back, so there's a seat with your name on it"): rejectwatch.model.holder_left;
* most applicants refused as a count, in a sentence that names no reader ("so most applicants
  will not be offered one"): rules_ahead._MOST_OF_THEM;
* an absence of news that "means" the consequence, in Polish nouns and in the other languages'
  "absence of" ("Brak wiadomości do końca miesiąca oznacza, że …", "La ausencia de noticias …
  significa que …"): rules_ahead._SILENCE_MEANS.

Each with twins of the same words that must stay decided. Every sentence is written for these
tests (none is a slice's); read by negation.read_cues, so a retrain changes nothing.
"""

from __future__ import annotations

import pytest

from readings import decision, message_decisions, refused

# (subject, body): a search paused for everyone, the reader kept
PAUSED_KEPT = [
    (
        "Stores clerk vacancy",
        "Hello Dana,\n\nWe have had to freeze hiring for the stores clerk post until the new "
        "contract is signed. Nobody has been offered the job. We'll be back in touch once "
        "recruitment resumes, and your application will be looked at then.\n\nThanks, Priya",
    ),
    (
        "Site surveyor",
        "Dear Ola,\n\nA quick note: the site surveyor role has been put on hold pending a "
        "restructure. We still hold your application and will pick it up again when the role "
        "comes off hold.\n\nKind regards, Jen",
    ),
    (
        "Barista",
        "Hey Jo, we've paused hiring for the barista job till the refit is done. Nobody's been "
        "turned away - we'll get back to you when we start up again.\n\nLou",
    ),
    (
        "Porter vacancy withdrawn for now",
        "Dear Mr Kay,\n\nThe porter vacancy has been withdrawn for the time being while the ward "
        "moves. No one has been appointed and no application has been declined; yours is kept "
        "and will be reconsidered when the post is advertised again.\n\nHR",
    ),
    (
        "Driver role",
        "Hi Mo, the driver job is on hold for a month while the depot moves. Your CV stays with "
        "us and we'll pick it up again once things get going again.\n\nGreg",
    ),
    (
        "Cook vacancy",
        "Dear Ade,\n\nWe have temporarily withdrawn the cook vacancy while the kitchen is "
        "refitted. Nobody has been offered the post. We will contact you when the vacancy "
        "reopens.\n\nHR team",
    ),
    (
        "Ferry crew - recruitment on hold",
        "Dear applicant,\n\nRecruitment for the ferry deckhand vacancy is on hold while the "
        "timetable is agreed. No applications have been turned down. Once shortlisting "
        "restarts, we will write to every applicant.\n\nCrewing office",
    ),
]

# (subject, body): the same words, and the reader refused
PAUSED_REFUSED = [
    (
        "Stores clerk vacancy",
        "Hello Dana,\n\nThe role is on hold and we will not be progressing your application."
        "\n\nThanks, Priya",
    ),
    (
        "Lab technician - update",
        "Hi Tom,\n\nThe lab technician search has been put on hold indefinitely, so we are "
        "closing all applications, including yours. We'll be in touch when recruitment resumes "
        "so that you can apply again.\n\nBest, Maria",
    ),
    (
        "Site surveyor",
        "Dear Ola,\n\nUnfortunately the site surveyor role has been put on hold. Your application "
        "remains on file and we'll contact you if anything suitable comes up.\n\nKind regards, "
        "Jen",
    ),
    (
        "Driver role",
        "Hi Mo, the driver job is on hold, so we won't be moving forward with your application. "
        "We'll be in touch if it restarts.\n\nGreg",
    ),
    (
        "Library assistant",
        "Dear candidate,\n\nWe have decided to put the library assistant role on hold, and we "
        "will not be taking applications further.\n\nPeople Team",
    ),
    (
        "Warehouse role",
        "Hi Sam,\n\nWe can't pause the warehouse role any longer, so it has been closed and we "
        "will not be taking your application forward. We'll write again if it restarts.\n\nBen",
    ),
    (
        "Cook vacancy",
        "Dear Ade,\n\nThe cook vacancy has been withdrawn and closed. We will write again when "
        "recruitment restarts.\n\nHR team",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PAUSED_KEPT)
def test_a_search_paused_with_the_reader_kept_reads_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), PAUSED_REFUSED)
def test_a_pause_that_refuses_the_reader_stays_decided(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


# A post left free by its holder, told in an offer
HOLDER_LEFT = [
    "One of our winter drivers isn't coming back, so there's a seat on the night crew with "
    "your name on it.",
    "We were sorry that Mrs Adeyemi felt unable to continue, and we are glad to welcome you.",
    "Our second deckhand won't be returning this summer, so the job is yours if you still want it.",
    "Sadly our head gardener is unable to carry on after her operation, and the trustees would "
    "like to offer you the post from 1 April.",
    "Marco decided not to renew his contract, so the shift lead spot is open and we'd like you "
    "to take it.",
]

HOLDER_STAYS_OR_READER_REFUSED = [
    "We are unable to continue with your application.",
    "The hiring manager has decided not to continue, and we won't be offering you the role.",
    "Our deckhand has decided to come back after all, so I'm afraid the job is no longer "
    "available.",
    "We were sorry to tell you that the trustees felt unable to offer you the post.",
    "Our driver isn't coming back, so unfortunately we won't be filling the seat this winter.",
]


@pytest.mark.parametrize("body", HOLDER_LEFT)
def test_a_post_left_free_by_its_holder_is_no_refusal(body: str) -> None:
    assert not refused(body)


@pytest.mark.parametrize("body", HOLDER_STAYS_OR_READER_REFUSED)
def test_the_reader_refused_beside_a_holder_stays_refused(body: str) -> None:
    assert refused(body)


MOST_OF_THEM = [
    "Last year 143 people applied for nine places, so most applicants will not be offered one; "
    "the panel meets in March and every applicant hears the result.",
    "We had over 400 entries, and the vast majority of candidates were not shortlisted in the end.",
]

MOST_AND_THE_READER = [
    "We had 300 applications, so most applicants were not shortlisted, and I'm sorry to say you "
    "were not one of those we chose.",
]

# a rejection's feedback line: "so many" is no count of the refused
MANY_FEEDBACK = [
    "With so many applications we cannot give individual feedback.",
    "We get so many applications per post that we can't reply to each one personally.",
]


@pytest.mark.parametrize("body", MOST_OF_THEM)
def test_most_applicants_refused_as_a_count_is_no_refusal(body: str) -> None:
    assert not refused(body)


@pytest.mark.parametrize("body", MOST_AND_THE_READER)
def test_most_applicants_beside_the_reader_refused_stays_refused(body: str) -> None:
    assert decision(body)


SILENCE_MEANS = [
    "Brak wiadomości od nas do piątku oznacza, że wybraliśmy inne osoby.",
    "Brak kontaktu z naszej strony w ciągu 14 dni oznacza, że Pana kandydatura nie została "
    "zakwalifikowana.",
    "La ausencia de noticias antes del día 20 significa que hemos elegido a otra persona.",
    "La falta de respuesta en dos semanas significa que hemos seleccionado a otros candidatos.",
    "L'absence de réponse de notre part sous trois semaines signifie que d'autres candidats ont "
    "été retenus.",
]

SILENCE_TWINS = [
    "Niestety wybraliśmy inne osoby.",
    "Brak miejsc oznacza, że nie możemy zaproponować Pani zatrudnienia; wybraliśmy inne osoby.",
    "Lamentablemente hemos elegido a otra persona para el puesto.",
]


@pytest.mark.parametrize("body", MANY_FEEDBACK)
def test_so_many_applications_stays_a_refusal_mark(body: str) -> None:
    assert refused(body)


@pytest.mark.parametrize("body", SILENCE_MEANS)
def test_an_absence_of_news_that_means_a_refusal_is_a_rule(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", SILENCE_TWINS)
def test_a_refusal_told_now_stays_decided(body: str) -> None:
    assert decision(body)
