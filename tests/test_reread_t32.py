"""Twenty-fourth pass, part T (issue 11): a hostile re-read of parts H, L and P.

Mail written for these tests that the new readings misread: a CV "dropped" to a client (sent,
in a recruiter's slang), "the other one" that is an interview slot, a nod for a team's squad,
"it's not you this time" that is no decision, a refusal of one post turned to an offer of
another in its own sentence, and a list of admitted students (a place of study). Beside each
guard, refusals that must stay read. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import held_as_no_job, message_decisions

UNREAD = [
    # a CV or a profile sent on ("dropped" to someone), not dropped from the process
    (
        "Update",
        "Hi Priya, I have dropped your CV to the hiring manager at the client. Will update you "
        "once I hear back.",
    ),
    (
        "Java role",
        "Hi Sam, we've dropped your profile across to the client for the Java role, fingers "
        "crossed!",
    ),
    (
        "Graduate pool",
        "Dear Jo, your candidature has been dropped into our graduate pool, where hiring "
        "managers will see it.",
    ),
    # "the other one" that is a slot
    (
        "Interview",
        "Hi Ana, the client picked the other one - the Thursday slot suits them better. See you "
        "Thursday at 10am for the interview.",
    ),
    # a nod for a team's side
    (
        "Squad",
        "Hi Jay, you didn't get the nod for Saturday's match squad, but you're first reserve. "
        "Training Thursday at 7.",
    ),
    # "it's not you" that is no decision
    (
        "Wrong email",
        "Don't worry, it's not you this time - our portal sent the wrong email. Your interview "
        "is still on Monday.",
    ),
    (
        "Good news",
        "Dear Sam, I'm delighted to say it's not you this time who has to wait - the offer "
        "letter is attached!",
    ),
    # one post refused, another offered or the reader wanted all the same, in the sentence
    (
        "Next step",
        "Hi Aoife, your CV fell short of the shortlist criteria on paper, but the manager would "
        "like to meet you anyway - are you free Tuesday at 11?",
    ),
    (
        "Shifts",
        "Hi Rahul, the client went with the other candidate for the night shift, and wants you "
        "for the day shift - offer letter attached!",
    ),
    (
        "Tampines",
        "Hey Wei, they took the other guy for Jurong, but for Tampines they want you - start "
        "Monday, can?",
    ),
    (
        "Your offer",
        "Dear Thandi, you were not the candidate appointed to the Durban site, but we are "
        "delighted to offer you the Cape Town position instead.",
    ),
    (
        "Offer",
        "Dear Jo, we won't be offering you a second interview because we'd like to offer you the "
        "job outright! Contract attached.",
    ),
]


# part L's readings: an application refused only by its channel, a meal rather than the post
UNREAD += [
    (
        "Lamaran",
        "Halo Rina, permohonan kamu tidak dapat kami terima melalui Instagram ya, kirim lewat "
        "email saja.",
    ),
    ("Cena", "Hola Lucía, no vamos a poder contar contigo para la comida de Navidad, ¡qué pena!"),
]


@pytest.mark.parametrize(("subject", "body"), UNREAD)
def test_no_refusal_is_read(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


HELD = [
    ("MBA results", "Hi Jo, your name is not in the final list of admitted students for the MBA."),
    (
        "Admission",
        "Dear Jo, your name does not appear on the admission merit list for the B.Tech programme.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), HELD)
def test_a_place_of_study_is_no_job(subject: str, body: str) -> None:
    assert held_as_no_job(subject, body)


READ = [
    (
        "Profile update",
        "Hi Priya, client has dropped your profile for the SAP role after the tech round. Will "
        "share other openings.",
    ),
    ("Notice period", "Hi Priya, they have dropped your candidature due to notice period. Sorry."),
    (
        "Welder",
        "Hi Dan, the boss picked the other one in the end, sorry - more years on the tools.",
    ),
    (
        "Trial shift",
        "Hi Jay, after the trial shift you didn't get the nod from the head chef, sorry. Good "
        "luck out there.",
    ),
    ("Decision", "Hi Sam, decision's made and it's not you this time, sorry."),
    ("Decision", "Hi Sam, sorry, they've decided and it's not you this round. Keep your chin up."),
    (
        "Merit list",
        "Dear Jo, your name does not appear on the final merit list for the post of junior "
        "assistant.",
    ),
    (
        "Campus drive",
        "Dear Jo, your name is not in the final list of selected candidates for the Infosys "
        "campus drive.",
    ),
    (
        "Forklift",
        "Hi Marco, the client went with the other candidate, but they'd love you to apply for "
        "future roles.",
    ),
    (
        "Interview outcome",
        "Dear Ana, you were not the candidate appointed, but we'd like to offer you a place in "
        "our talent pool.",
    ),
]


READ += [
    ("Lamaran", "Halo Rina, mohon maaf, lamaran kamu tidak dapat kami proses lebih lanjut."),
    (
        "Temporada",
        "Hola Lucía, gracias por venir. No vamos a poder contar contigo esta temporada en la "
        "tienda.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), READ)
def test_the_refusals_stay_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
    assert not held_as_no_job(subject, body)
