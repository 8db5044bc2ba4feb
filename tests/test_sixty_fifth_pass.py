"""Issue 11, sixty-fifth pass, first round: the kinds read slices 189 and 190 missed or filed, in
wordings written apart from the slices.

Read as decisions: someone described, not named, who got the post; a Creole "give it to
somebody else"; others who took every shift; the sender passing for the season; the reader's
name missing the list, or rated outside the group put forward; the application closing with the
notice, the post named between; "could not select you"; and, in five languages, another chosen.

Read as rules, other mail or nothing: a silence asked with nobody calling and its consequence
opened by "then" or a Creole "den"; a case put as a bare verb with its consequence after "and";
the same words about a repair, a rota, a booking, a party."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions
from rejectwatch.model import negation

READ = [
    ("Thanks for trying. A fisherman's daughter from Looe got it.", negation.CHOSE_OTHER),
    ("Thanks for the form. A nephew of the Kilkeel harbourmaster got it.", negation.CHOSE_OTHER),
    ("Somebody out of the Portree depot got it.", negation.CHOSE_OTHER),
    ("An old hand from the Stornoway yard bagged it.", negation.CHOSE_OTHER),
    ("Mi fren, dey give di job to a next fella from Linstead.", negation.CHOSE_OTHER),
    ("We give it to one next lady from Spanish Town dis year.", negation.CHOSE_OTHER),
    ("Existing drivers have claimed every shift this winter.", negation.CHOSE_OTHER),
    ("Our volunteers have filled every slot for the fair.", negation.CHOSE_OTHER),
    ("The yard is full up, so Penrose Boats passes this season.", negation.READER_OUT),
    ("Your CV has missed the first cut.", negation.READER_OUT),
    ("Your entry missed the selection, I'm afraid.", negation.READER_OUT),
    ("You scored well, but below the top ten candidates sent to the board.", negation.READER_OUT),
    ("Your application for post 4471 ends with this letter.", negation.READER_OUT),
    ("With this notice your application for the Bridge Warden role closes.", negation.READER_OUT),
    ("We could not select you for the Porter post this round.", negation.READER_OUT),
    ("Sadly we couldn't appoint you after the final panel.", negation.READER_OUT),
    # Romanian: someone else got it; the place was given to another candidate
    ("Postul de brutar l-a obținut altcineva.", negation.CHOSE_OTHER),
    ("Locul de casier a fost dat unui alt candidat din Cluj.", negation.CHOSE_OTHER),
    # Tamil: the driver's post was given to Murugan
    ("ஓட்டுநர் பதவி முருகனுக்கு கொடுக்கப்பட்டது.", negation.CHOSE_OTHER),
    # Armenian: the cook's post was occupied by someone from Vanadzor
    ("Խոհարարի պաշտոնը զբաղեցրեց Վանաձորից մի կին։", negation.CHOSE_OTHER),
    # Irish: the committee chose another candidate
    ("Roghnaigh an coiste iarrthóir eile don phost.", negation.CHOSE_OTHER),
    # Georgian: we settled the choice on another specialist
    ("შევაჩერეთ არჩევანი სხვა სპეციალისტზე.", negation.CHOSE_OTHER),
]
UNREAD = [
    "A plumber's mate from Redruth got it fixed in an hour.",
    "Someone from IT got it working again this morning.",
    "The regulars took every seat at the quiz, so come early next week.",
    "If nobody picks you, we'll still keep your form.",
    "Your application for the parking permit closes on Friday, so pay by then.",
    "Sorry, we cannot invite you to the drinks on Friday; it's staff only.",
    "We could not hire you a van for the move, sorry; try the depot.",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_the_same_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "body",
    [
        "We have your form for Porter. Three weeks go by and nobody rings? Den di work gone to "
        "somebody else. Thanks.",
        "Your Cook form is in. No one calls you by the 30th? Then the job has gone elsewhere.",
        "Thanks for the Groundskeeper form. Nobody from the estate has phoned within a "
        "fortnight? Then we picked another applicant.",
    ],
)
def test_a_silence_asked_with_nobody_calling_gives_no_decision(body: str) -> None:
    assert not message_decisions("We have your application", body)


def test_a_silence_asked_and_then_regretted_is_still_a_decision() -> None:
    body = (
        "Hi Ama,\n\nNobody from the farm called you? Then I'm sorry to be the one to say it: we "
        "chose another picker.\n\nJo"
    )
    assert negation.CHOSE_OTHER in message_decisions("Picker job", body)


@pytest.mark.parametrize(
    "body",
    [
        "The panel scores every form against the brief; fall short of the interview line and "
        "Tay Mills writes to say so.",
        "Thanks for applying. Every form is scored; miss the shortlist line and we'll email to "
        "say so.",
        "Thanks for applying. Fail the screening test and the team tells you within a week.",
        "Thank you. Don't make the final cut and you will hear from Ruth by phone.",
    ],
)
def test_a_case_put_as_a_bare_verb_gives_no_decision(body: str) -> None:
    assert not message_decisions("Thanks for applying - Clerk", body)


def test_a_refusal_told_to_the_reader_stays_read_beside_a_bare_verb() -> None:
    body = "Sorry: you missed the shortlist line and we have chosen others."
    assert message_decisions("Clerk", body)
