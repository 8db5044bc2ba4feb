"""Thirteenth pass (issue 11): the readings of blind slice 11's kinds of miss and false positive,
and of d12's ten languages, each with the negatives it must leave alone. The sentences are
written for these tests, not copied from the slice or the corpus."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import gate, negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.negation import read_cues


def gate_open(subject: str, body: str) -> bool:
    texts, sentences = documents_to_views([Document(subject, body, "")])
    return gate.reads_a_decision(texts[0], sentences[0])


# other languages: a status line whose value is a refusal, someone else chosen, the post
# filled, the reader not taken on
@pytest.mark.parametrize(
    "text",
    [
        "Stav: Uzavřeno",
        "Status: Ikke udvalgt",
        "Tila: Ei valittu",
        "Állapot: Lezárva",
        "Durum: Kapatıldı",
        "Κατάσταση: Δεν επιλέχθηκε",
        "Status aplikacji: Zamknięta",
        "Stare aplicație: Închisă",
    ],
)
def test_status_lines_of_ten_languages(text: str) -> None:
    assert negation.STATUS_REFUSED in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stav: Posuzuje se",
        "Status: Under granskning",
        "Tila: Arvioinnissa",
        "Állapot: Elbírálás alatt",
        "Durum: Değerlendiriliyor",
        "Κατάσταση: Υπό αξιολόγηση",
    ],
)
def test_status_in_review_is_no_refusal(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Valet föll till sist på en sökande med längre erfarenhet av inköp.",
        "Vi gikk videre med en kandidat som kan starte i mars.",
        "Vi endte med at lande på en kandidat fra vores eget team.",
        "Nakonec jsme se rozhodli pro kolegyni, která u nás vede sklad.",
        "Do rozmów końcowych wybraliśmy osoby z dłuższym stażem.",
        "Päädyimme lopulta henkilöön, jolla on kokemusta logistiikasta.",
        "Am decis să continuăm cu alți candidați pentru acest post.",
        "Bu pozisyon için başka bir adaya teklif yaptık.",
        "Végül egy olyan kolléga mellett döntöttünk, aki ismeri a rendszert.",
        "Τελικά επιλέξαμε κάποιον με περισσότερη εμπειρία.",
        "L'équipe a choisi des personnes dont le parcours est plus proche du poste.",
    ],
)
def test_someone_else_chosen_in_ten_languages(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tjänsten är nu tillsatt, tack för ditt intresse.",
        "Místo už je obsazené.",
        "Paikka on nyt täytetty.",
        "A pozíció időközben betelt.",
        "Η θέση καλύφθηκε την περασμένη εβδομάδα.",
        "Stanowisko zostało już obsadzone.",
    ],
)
def test_post_filled_in_other_languages(text: str) -> None:
    assert decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vi kan dessverre ikke tilby deg en samtale denne gangen.",
        "Du är därför inte med i nästa steg.",
        "Vaši přihlášku proto dále nebudeme posuzovat.",
        "Tym razem nie zaprosimy Pani do kolejnego etapu.",
        "Pályázata nem jutott tovább.",
        "Helaas nodigen we je niet uit voor een kennismaking.",
        "Le processus s'arrête donc ici pour vous.",
    ],
)
def test_reader_not_taken_on_in_other_languages(text: str) -> None:
    assert negation.READER_OUT in marks(text)


# the confirmations' silence clauses and decisions still to come stay unread
@pytest.mark.parametrize(
    "text",
    [
        "Hører du ikke fra oss innen tre uker, har vi gått videre med andre kandidater.",
        "Hører du ikke fra os inden to uger, har vi valgt andre kandidater.",
        "Blir du inte aktuell raderas dina uppgifter efter ett år.",
        "Amennyiben két héten belül nem keressük, más jelöltekkel folytatjuk a folyamatot.",
        "Ha nem kerül kiválasztásra, adatait töröljük.",
        "Αν δεν επικοινωνήσουμε μαζί σας, σημαίνει ότι προχωρήσαμε με άλλους υποψηφίους.",
        "Pokud se Vám neozveme, znamená to, že jsme vybrali jiné uchazeče.",
        "Vi hör av oss tills tjänsten är tillsatt.",
    ],
)
def test_silence_clauses_of_other_languages_are_conditionals(text: str) -> None:
    assert not decision(text)


def test_danish_whose_is_no_conditional() -> None:
    """Danish "hvis" is "if" and "whose": only the first is a conditional."""
    assert negation.CHOSE_OTHER in marks(
        "Vi er gået videre med en kandidat, hvis erfaring passer bedre til rollen."
    )
    assert not decision("Hvis vi går videre med en anden kandidat, skriver vi til dig.")


# English: someone else taken on in shapes the readings lacked
@pytest.mark.parametrize(
    "text",
    [
        "Both lab places for this autumn have now been taken by students from our own course.",
        "The board is making the offer to someone who ran a similar depot in Hull.",
        "The directors' choice is a consultant returning from our Leeds office.",
        "In the end the crew went with the guy from the Cardiff branch.",
        "The recruiters are taking other candidates through to the assessment day.",
        "The panel decided to interview applicants whose portfolios covered more of the brief.",
        "They've asked a freelancer who set up the system to come back for this role.",
    ],
)
def test_someone_else_taken_in_new_shapes(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "The panel decided to interview applicants with a licence, and you are one of them.",
        "We will be making an offer to someone by the end of the month.",
        "The choice is yours: Tuesday or Thursday.",
        "Once we have met everyone, we'll go with the candidate who fits best.",
        "We went with the idea from the workshop.",
        "If the places have been taken by other students, we will tell you.",
    ],
)
def test_no_one_else_taken_in_these(text: str) -> None:
    assert negation.CHOSE_OTHER not in marks(text)


# English: the reader let go by the employer's own act
@pytest.mark.parametrize(
    "text",
    [
        "After the panel's review I'll be withdrawing your candidacy from this requisition.",
        "The hiring manager called and they're declining on your application.",
        "We looked at both applications, and none of them will go further this round.",
        "I regret to say your name was not on the committee's shortlist.",
    ],
)
def test_reader_let_go_in_other_words(text: str) -> None:
    assert negation.READER_OUT in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "As requested, we've withdrawn your application for the Buyer role.",
        "As you requested, I'll be withdrawing your application today.",
        "Honestly, hiring her was a no-brainer.",
    ],
)
def test_reader_not_let_go_in_these(text: str) -> None:
    assert negation.READER_OUT not in marks(text)


# a decision put off, still to come or only for the reader's ease
def test_nobody_refused_either_is_no_decision() -> None:
    assert not decision(
        "The board has moved its decision to January. Nobody has been turned down and nobody "
        "has been offered the post."
    )


def test_before_at_the_end_of_a_clause_is_no_decision_to_come() -> None:
    assert negation.CHOSE_OTHER in marks(
        "The panel is making the offer to someone who has run a warehouse before."
    )
    assert negation.CHOSE_OTHER not in marks(
        "Before the panel meets, nobody will go with another candidate."
    )


def test_once_with_a_past_event_is_no_decision_to_come() -> None:
    assert negation.CHOSE_OTHER in marks(
        "It was settled once she applied: the studio went with another designer who knew the tools."
    )
    assert negation.CHOSE_OTHER not in marks(
        "Once we have met everyone, we will go with another candidate if needed."
    )


def test_in_case_for_the_readers_ease_is_no_conditional() -> None:
    assert negation.CHOSE_OTHER in marks(
        "Writing it down in case it's easier: we went with another candidate who audits."
    )
    assert any(
        mark.startswith(negation.HYPOTHETICAL)
        for mark in marks("In case your application is not chosen, we will keep your CV.")
    )


# the gate shuts for mail about no job; the guard lets a feedback call go
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Choir places", "The director has filled the choir for winter and you were not chosen."),
        ("Tender 44-B", "We have gone with another supplier and your tender was unsuccessful."),
    ],
)
def test_no_job_no_gate(subject: str, body: str) -> None:
    assert not gate_open(subject, body)


def test_feedback_call_is_no_step_and_an_interview_booking_is() -> None:
    refusal = Document(
        "Teaching post - outcome",
        "The governors appointed another candidate to the post. I'm glad to give feedback if "
        "you'd like it; please call the office to book a time.",
        "",
    )
    assert not held_back(refusal)
    assert gate_open(refusal.subject, refusal.body)
    invitation = Document("Next steps", "Please book a time for your interview with Ana.", "")
    assert held_back(invitation)


def test_selected_for_an_interview_is_held() -> None:
    assert held_back(
        Document(
            "Interview",
            "You have been referred to the hiring manager and selected for an interview on 3 May.",
            "",
        )
    )
    assert not held_back(
        Document("Outcome", "You have not been selected for an interview this time.", "")
    )


def test_an_announced_choice_is_read_but_a_choice_to_come_is_not() -> None:
    """The reading's own "going to" is its announced form; a "will" around it is still to come."""
    assert negation.CHOSE_OTHER in marks(
        "Off the record, they're going to run with Priyanka, who covered the role in spring."
    )
    assert negation.CHOSE_OTHER not in marks(
        "Applicants whose profiles fit better will be contacted next week."
    )


def test_a_forwarded_note_choosing_the_reader_by_name_is_held() -> None:
    chosen = Document(
        "Fwd: finalists",
        "Hi Marguerite,\n\nSee below - paperwork to follow.\n\n---------- Forwarded message ----"
        "-----\nThe panel went with Marguerite; I've told the other finalist we won't proceed.",
        "",
    )
    assert held_back(chosen)
    refusal = Document(
        "Outcome",
        "Hi Marguerite,\n\nThe panel went with Oluwaseun, who has run the same desk before.",
        "",
    )
    assert not held_back(refusal)


def test_a_finalist_group_is_no_choice_and_yet_another_round_no_decision_to_come() -> None:
    assert negation.CHOSE_OTHER not in marks(
        "We've had a remarkably even finalist group, and the debrief ran over."
    )
    assert negation.CHOSE_OTHER in marks(
        "The timing isn't right for you, and we've asked another finalist to join the team."
    )
    assert negation.CHOSE_OTHER in marks(
        "Rather than put you through yet another round: our choice has fallen elsewhere."
    )
    assert negation.CHOSE_OTHER not in marks("Yet another candidate joined the queue today.")


@pytest.mark.parametrize(
    "body",
    [
        "Sorry for the silence. Would Thursday or Friday morning work for the final round?",
        "Rebooking required. Your interviewer is away on Monday; we will offer you a new time.",
        "The assessor is ill, so we'll send you new slots for the case study tomorrow.",
    ],
)
def test_a_round_proposed_or_moved_is_held(body: str) -> None:
    assert held_back(Document("Re: next steps", body, ""))


def test_no_new_time_is_not_held() -> None:
    assert not held_back(
        Document("Outcome", "Unfortunately we won't offer you a new interview slot.", "")
    )


def test_an_offer_said_as_wanting_the_reader_on_the_team_is_held() -> None:
    assert held_back(
        Document(
            "Re: chat",
            "It was an easy call: we want you on the team. Contract pack is attached.",
            "",
        )
    )
    assert not held_back(Document("Outcome", "Sadly we don't want you on the team this year.", ""))


def test_a_finalist_group_is_no_cue_sentence() -> None:
    """A group described by its finalists enters no refusal sentence (the twin of a warm
    letter scored like its rejection on that sentence alone)."""
    sentences = read_cues("We had a very strong finalist group this year, and the talks ran long.")
    assert sentences == ("", "")
