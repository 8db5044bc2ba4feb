"""Nineteenth pass, part H (issue 11): the guard's trial days, and a refusal it held by mistake.

An invitation to a trial day, a trial shift, a working interview or a job shadowing day is an
invitation like an interview's and is held below filing, in English and the languages read;
a refusal that names a trial day behind it stays a refusal. A request NOT to send anything
more ("Bitte senden Sie uns keine weiteren Unterlagen") is no next step. The sentences are
written for these tests, not copied from the slices, the written batches or the corpus."""

from __future__ import annotations

import pytest

from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.said_plainly import asked_not_to


def held(body: str, subject: str = "Your application") -> bool:
    return held_back(Document(subject, body, "people@larchmere.example"))


# each fails on main (597673e): not held
@pytest.mark.parametrize(
    "body",
    [
        # English
        "Your trial shift is booked for Friday 10am at the Wharf Street kitchen.",
        "We would like to book you for a trial service with our head chef.",
        "The team would love to have you for a taster day with the nursery staff.",
        # German, Spanish, Italian, Portuguese, Swedish
        "Hallo Jonas, wir möchten dich zu einem Schnuppertag am Freitag einladen. Gib uns bitte "
        "kurz Bescheid, ob das passt.",
        "Hola Marta, nos gustaría invitarte a un día de prueba el lunes 10 a las 9:00 en nuestra "
        "tienda de Valencia.",
        "Ciao Luca, ti invitiamo a una giornata di prova martedì 4 giugno alle 10 presso il "
        "nostro laboratorio.",
        "Olá Ana, gostaríamos de convidá-la para um dia de experiência na segunda-feira às 9h.",
        "Hej Erik, vi vill bjuda in dig till en provdag på torsdag klockan 9.",
        # the trial day set for a day: German, French, Dutch, Swedish
        "Ihr Probetag findet am Montag, 3. Juni, in unserer Werkstatt statt.",
        "Votre journée d'essai aura lieu le jeudi 5 juin à notre atelier de Lyon.",
        "Je proefdag is op maandag 3 juni in de winkel aan de Markt.",
        "Din provdag blir på torsdag i butiken på Storgatan.",
        # asked with a day, proposed, or with a date's dots inside (English, German, French,
        # Italian, Dutch)
        "Tatiana, the trial shift is next Friday from noon till 6. Bring your own knives.",
        "Wir würden Sie gern zu einem Probetag am 14.9. in unserer Backstube einladen.",
        "Hättest du Freitag um 8 Uhr Zeit für einen Probetag in der Werkstatt?",
        "Vous pouvez passer lundi à 8 h pour une journée d'essai ?",
        "Le proponiamo una giornata di prova in officina il 12.6.",
        "Kun je zaterdag een proefdag komen draaien bij ons in de zaak?",
        # the language modules: Bulgarian, Estonian, Slovenian, Maltese, Irish
        "Бихме искали да ви поканим на пробен ден в понеделник.",
        "Kutsume teid proovipäevale esmaspäeval kell 9.",
        "Vabimo vas na poskusni dan v ponedeljek ob devetih.",
        "Nistednuk għal jum ta' prova nhar it-Tnejn fid-9.",
        "Ba mhaith linn cuireadh a thabhairt duit chuig lá trialach Dé Luain.",
    ],
)
def test_an_invitation_to_a_trial_day_is_held(body: str) -> None:
    assert held(body)


# refusals that name a trial day behind them, or a trial day withheld: not held (on main either)
@pytest.mark.parametrize(
    "body",
    [
        "After your trial day we have decided not to take your application further.",
        "Thanks for coming in for the trial shift on Saturday. We won't be taking things further.",
        "Following your job shadowing day, we regret to tell you we will not be moving forward.",
        "Unfortunately we are unable to invite you to a trial shift.",
        "Vielen Dank für Ihren Probetag. Leider haben wir uns für eine andere Bewerberin "
        "entschieden.",
        "Ihr Probetag fand am Montag statt; leider haben wir uns anders entschieden.",
        "Leider können wir Sie nicht zu einem Probetag einladen.",
        "Danke, dass Sie sich Zeit für einen Probetag genommen haben. Leider passt es nicht.",
        "The trial shift was on Saturday; we won't be offering you a role.",
        "Merci pour votre journée d'essai. Malheureusement nous avons retenu un autre profil.",
        "Nous ne pouvons pas vous inviter à une journée d'essai.",
        "Grazie per la giornata di prova. Purtroppo abbiamo scelto un altro candidato.",
    ],
)
def test_a_refusal_after_a_trial_day_is_not_held(body: str) -> None:
    assert not held(body)


# a refusal closing with a request not to send more: held on main, not now
@pytest.mark.parametrize(
    "body",
    [
        "Sehr geehrter Herr Klein, leider müssen wir Ihnen mitteilen, dass wir uns für einen "
        "anderen Bewerber entschieden haben. Bitte senden Sie uns keine weiteren Unterlagen.",
        "Sehr geehrte Frau Roth, leider können wir Ihre Bewerbung nicht berücksichtigen. Bitte "
        "schicken Sie uns keine Unterlagen mehr zu.",
        "Dear Mr Klein, unfortunately we will not be taking your application further. Please do "
        "not send further documents.",
        "Leider haben wir uns für eine andere Bewerbung entschieden. Bitte senden Sie Ihre "
        "Unterlagen nicht erneut ein.",
        "Leider haben wir uns für eine andere Bewerbung entschieden. Bitte schicken Sie uns Ihre "
        "Unterlagen nicht noch einmal.",
    ],
)
def test_a_request_not_to_send_is_no_next_step(body: str) -> None:
    assert not held(body)


# a request to send, with a deadline or an aside that only sounds negative: still held
@pytest.mark.parametrize(
    "body",
    [
        "Bitte senden Sie uns Ihre Zeugnisse bis Freitag, damit wir den Vertrag vorbereiten.",
        "Please send your two references no later than Thursday.",
        "Please send us your signed contract and don't hesitate to call with questions.",
    ],
)
def test_a_request_to_send_is_still_held(body: str) -> None:
    assert held(body)


@pytest.mark.parametrize(
    ("text", "words", "refused"),
    [
        ("bitte senden sie uns keine weiteren unterlagen.", "bitte senden", True),
        ("please do not send further documents.", "please do not send further documents", True),
        ("stuur ons alstublieft geen verdere documenten.", "stuur ons", True),
        ("please send your references no later than friday.", "please send your references", False),
        ("please confirm whether or not you can attend.", "please confirm", False),
        ("please send the form, not the letter.", "please send the form", False),
        ("merci de ne pas nous renvoyer le dossier.", "merci de", True),
        ("vă rugăm să ne trimiteți o copie a diplomei.", "vă rugăm să", False),
    ],
)
def test_asked_not_to(text: str, words: str, refused: bool) -> None:
    start = text.index(words)
    assert asked_not_to(text, start, start + len(words)) is refused
