"""Twenty-third pass, part L (issue 11): the re-read of parts I and J.

Part I taught the guard offers and invitations said after a negation in a clause of its own,
"take you on as", "pleasure to appoint you" and times in digits; taught things_refused the job
told in other words and two new things that are no job (writing sent to an outlet, a school's
places). Read again: a job refusal for a writer, a reporter, a tutor or a lecturer that names an
essay, an article, a journal or pupils is still a job refusal; an offer the sender would have
liked to make ("we would have liked to offer you the role, but ...", "it would have been an
honour to appoint you") is no offer; a refusal's courtesy ("we'd like to offer you our thanks /
the chance to apply for future roles", "invite you to our talent community") is no offer or
invitation.

Part J taught the usual refusal formulas of seven languages. Read again: the same words about a
loan, a membership, a leave or shift request, a kindergarten or a course place, a customer, are
no job decision; and paraphrases it missed (Turkish "we decided not to go on with you", "esta
vez no ha podido ser") are read.

Every sentence is written for these tests (none is a slice's or a batch's).
"""

from __future__ import annotations

import pytest

from readings import decision, message_decisions
from rejectwatch.model import classifier
from rejectwatch.model.features import Document
from test_part_c_reread import _no_job_decision

# Job refusals for writers, editors, teachers, tutors: the essay, the journal, the pupils named
# beside them do not make them a thing's refusal
WRITERS_AND_TEACHERS = [
    ("Re: Journal editor", "Your application to edit the journal was not successful."),
    ("Re: Columnist", "The columnist slot at the magazine has gone to someone else, sorry."),
    ("Re: Writer", "We've chosen another writer for the magazine, sorry."),
    ("Re: Reporter", "After reading your articles we've decided to go with another reporter."),
    ("Re: Correspondent", "We read your articles; sadly we've appointed another correspondent."),
    ("Re: Copywriter", "Your articles were lovely, but we've gone with another copywriter."),
    (
        "Re: Tutor",
        "Thank you for applying to tutor our sixth-form pupils; we've appointed someone else.",
    ),
    (
        "Re: Lecturer",
        "Having read your abstracts, the panel has decided not to take your application for the "
        "lectureship further.",
    ),
    ("Re: Instructor", "We've picked another instructor to teach our pupils this term."),
    ("Re: Coach", "The school has chosen another coach for the pupils' football sessions."),
    (
        "Re: Teaching",
        "We won't be offering you a teaching contract at the school; thanks for your essay on "
        "behaviour.",
    ),
]

# ... while the writing and the school places themselves stay no job
STILL_THINGS = [
    ("Re: Your essay", "We've decided to pass on your essay for the magazine, sorry."),
    ("Re: School place", "Every school place went to children living closer."),
    ("Re: Poems", "We've chosen another poet's poems for the anthology this year, sorry."),
    ("Re: Submission", "Your application to the journal's spring issue was not successful."),
    ("Re: Photo essay", "We've chosen another photographer's essay for the magazine."),
    (
        "Re: Your essay",
        "We had far more essays from new writers than we could print, so we'll pass on yours.",
    ),
]

# Offers the sender would have liked to make, and refusals' courtesies: not held
NOT_HELD = [
    "We would have liked to offer you the role, but it went to someone internal.",
    "We would have loved to offer you the job, but we've appointed someone else.",
    "I'd have liked to offer you the position; sadly the budget was cut.",
    "We would have been delighted to offer you the role, but we went with another candidate.",
    "We'd have been happy to take you on as an apprentice, but the places are all gone.",
    "It would have been an honour to appoint you as our chair; sadly the board chose another "
    "candidate.",
    "We didn't get back to you quickly, so we'd like to offer you an apology: the role has been "
    "filled.",
    "We can't offer you the job, and we'd like to offer you our thanks for your time.",
    "This isn't the outcome you hoped for, but we'd like to invite you to our talent community.",
    "We don't have a role for you now, but we would like to invite you to future events.",
    "We won't be moving forward, but we'd like to offer you the chance to apply for future roles.",
    "We can't progress you, but we'd like to offer you a place in our candidate pool.",
    "We can't offer you this position, but we'd like to offer you the opportunity to stay in "
    "touch.",
    "We can't offer you an interview, so we'd like to offer you some tips for your next "
    "application.",
]

# ... their twins: offers and invitations said plainly stay held
HELD = [
    "We'd like to offer you the role of staff writer, starting in May.",
    "We would like to offer you the opportunity to join our team as a junior reporter.",
    "It would be an honour to appoint you as our chair; the board voted on Tuesday.",
    "We would love to invite you to our assessment day on 4 May at 09:30.",
    "You would have heard from Jo already, but we're delighted to offer you the job.",
    "We'd have been in touch sooner - we're pleased to offer you the post.",
    "We'd like to invite you to an interview on Wednesday at 10:00.",
    "We'd have been in touch sooner but we are pleased to offer you the job.",
    "Would have loved to call, but I'm on the road: we'd like to offer you the post!",
    "It gives us great pleasure to appoint you as Head of English from September.",
]


@pytest.mark.parametrize(("subject", "body"), WRITERS_AND_TEACHERS)
def test_a_writers_or_teachers_job_refusal_stays_decided(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
    assert not _no_job_decision(subject, body)


@pytest.mark.parametrize(("subject", "body"), STILL_THINGS)
def test_writing_and_school_places_still_read_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize("body", NOT_HELD)
def test_an_offer_never_made_or_a_courtesy_is_not_held(body: str) -> None:
    assert not classifier.held_back(Document("Your application", body, ""))


@pytest.mark.parametrize("body", HELD)
def test_an_offer_or_invitation_said_plainly_stays_held(body: str) -> None:
    assert classifier.held_back(Document("Your application", body, ""))


# Part J's languages: the refusals it missed, in other words
@pytest.mark.parametrize(
    "text",
    [
        "Sizinle devam etmeme kararı aldık.",
        "Adaylığınızla devam etmeme kararı aldık.",
        "Esta vez no ha podido ser, pero gracias por tu interés en el puesto.",
        "En esta ocasión no ha podido ser.",
        "Ваш опыт, к сожалению, нам не подходит.",
    ],
)
def test_part_j_refusals_in_other_words_are_read(text: str) -> None:
    assert decision(text)


# ... and the same words about no job: a loan, a card, a membership, a leave or shift request, a
# kindergarten, a course, a trip, a customer
@pytest.mark.parametrize(
    "text",
    [
        # Turkish
        "Kredi kartı başvurunuz onaylanmadı.",
        "Kredi başvurunuz maalesef onaylanmadı, limitiniz yetersiz.",
        "Üyelik başvurunuz reddedildi.",
        "İzin başvurunuz onaylanmadı, cumartesi vardiyanız devam ediyor.",
        "Vardiya değişikliği başvurunuz onaylanmadı.",
        "Kaydınız onaylanmadı çünkü belgeler eksik; lütfen tekrar yükleyin.",
        "Saatlerinizle devam etmeme kararı aldık, pazartesi yeni program gelecek.",
        # Swedish
        "Vi fortsätter inte med dig som kund efter årsskiftet.",
        # Polish
        "Wszystkie miejsca w przedszkolu są już zajęte.",
        "Wszystkie miejsca na kursie zostały zajęte.",
        "Wszystkie miejsca na wycieczkę są już zajęte.",
        # Spanish
        "Hemos cubierto todas las plazas del curso de verano.",
        "Hemos cubierto todas las plazas de la excursión.",
        "No seguiremos adelante con tu solicitud de cambio de turno.",
        "No seguiremos adelante con tu solicitud de préstamo.",
        "Lo de la cena esta vez no ha podido ser.",
        # ... and steps still to come, formats asked for, interview slots, a bus or a dinner
        "Başvurunuz onaylanmadı diye endişelenmeyin, süreç devam ediyor.",
        "Vi fortsätter inte med dig förrän referenserna kommit in.",
        "Jobbet gick till någon annan avdelning för granskning.",
        "Ваше резюме не соответствует формату, пришлите PDF.",
        "Lamaran Anda tidak bisa kami terima lewat WhatsApp, kirim lewat email.",
        "Wszystkie miejsca na dzisiejszą rozmowę są zajęte, proponujemy jutro.",
        "Twoje CV nie spełnia wymogów formatu, prześlij PDF.",
        "No podemos contar contigo esta vez para la cena de empresa.",
        "Tu perfil no encaja con el formato del formulario, vuelve a subirlo.",
        "Hemos cubierto todas las plazas del autobús.",
        "No seguiremos adelante con tu solicitud hasta recibir el DNI.",
        # Italian
        "Il posto auto è stato assegnato a un altro condomino.",
        "Il posto letto è stato assegnato a un altro studente.",
    ],
)
def test_part_j_words_about_no_job_read_no_decision(text: str) -> None:
    assert not decision(text)


# ... and the job refusals in the same words stay read
@pytest.mark.parametrize(
    "text",
    [
        "Garsonluk başvurunuz onaylanmadı.",
        "İş başvurunuz maalesef onaylanmadı.",
        "Vi fortsätter inte med dig i rekryteringen.",
        "Wszystkie miejsca w zespole są już zajęte.",
        "Hemos cubierto todas las plazas de camarero.",
        "No seguiremos adelante con tu solicitud de empleo.",
        "Il posto di lavoro è stato assegnato a un altro candidato.",
    ],
)
def test_part_j_job_refusals_stay_read(text: str) -> None:
    assert decision(text)
