"""Eighth pass (issue 11): the kinds blind slice 6 showed unread (rejectwatch.model.negation,
rejectwatch.model.plain_outcomes), each with the negatives it must leave alone."""

from __future__ import annotations

import pytest

from rejectwatch.model import negation
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader
from rejectwatch.model.negation import read_cues

TOKENS = {negation.STATUS_REFUSED, negation.READER_OUT, negation.ROLE_GONE, negation.CHOSE_OTHER}


def tokens(text: str) -> set[str]:
    return set(read_cues(text)[0].split()) & TOKENS


def test_a_hard_wrapped_line_is_one_sentence() -> None:
    wrapped = (
        "A quick note to say that, having looked closely at it, we're not taking your\n"
        "application for Clinical Research Associate any further."
    )
    marks, sentences = read_cues(wrapped)
    assert "neg_application" in marks.split(), marks
    assert negation.READER_OUT in marks.split(), marks
    assert len(sentences.splitlines()) == 1, sentences
    # a negation's scope no longer stops at the wrap, and what follows is not read as a
    # decision for the reader ("the client will not\ntake you further" was yes_take yes_you)
    marks, sentences = read_cues("the client will not\ntake you further after the second stage.")
    assert "neg_take" in marks.split(), marks
    assert "yes_take" not in sentences, sentences


@pytest.mark.parametrize(
    "text",
    [
        # a line that ends a sentence, a greeting, a blank line, a list and a capital still end it
        "We will not be progressing.\nplease keep an eye on our careers page",
        "Dear Sam,\n\nunfortunately we cannot offer you an interview",
        "Status: open\nNext: interview",
    ],
)
def test_a_break_between_sentences_still_ends_one(text: str) -> None:
    assert not negation._SOFT_BREAK.search(text), text
    assert len(read_cues(text)[1].splitlines()) <= text.count("\n") + 1


@pytest.mark.parametrize(
    "text",
    [
        "We're not taking your application for Technical Writer any further.",
        "We are unable to take your application further.",
        "The client will not take you further after the second stage.",
        "We've made the decision not to move forward with you for Accounts Payable Clerk.",
        "Thank you for completing the interview loop. We won't be making you an offer.",
        "We've decided to go with another designer, so this is where the process ends for you.",
        "I'm sorry to say the recruitment is over for you.",
    ],
)
def test_eighth_pass_wording_gives_reader_out(text: str) -> None:
    assert negation.READER_OUT in tokens(text), (text, read_cues(text)[0])


@pytest.mark.parametrize(
    "text",
    [
        # conditionals, still to come, others
        "If we cannot take your application further, we will let you know by email.",
        "We can't take your application further until you send your right-to-work documents.",
        "We will not be making you an offer until the references are back.",
        "If the process ends for you at this stage, you can reapply in six months.",
        "Should we decide not to move forward with you, we will tell you.",
        "We are not taking your application further to the client yet; they are on holiday.",
        # a class of applicants a confirmation's policy talks about, not someone chosen
        "Rejected applicants may reapply for other roles at any time.",
        "Unsuccessful candidates will be told by email.",
        "Unsuccessful applicants are kept on file for six months.",
        # a wrapped generic sentence of a confirmation stays generic
        "Keep in mind that they may receive many applications - and some companies only contact\n"
        "candidates they want to move forward with.",
        # not about the reader's process
        "The process ends for you only when you withdraw.",
        "The webinar ends for you when you close the tab.",
    ],
)
def test_eighth_pass_leaves_conditionals_policies_and_others_alone(text: str) -> None:
    assert not tokens(text), (text, read_cues(text)[0])


def test_a_confirmations_policy_list_is_not_read_as_a_decision_by_the_gate() -> None:
    confirmation = Document(
        "Application acknowledgement",
        "Dear Declan,\n\nThank you for your application for Bid Writer.\n\nPlease note:\n"
        "\u2022 Applications are reviewed after the closing date.\n"
        "\u2022 Not taken forward? You'll still get an email from us.\n"
        "\u2022 Rejected applicants may reapply for other roles at any time.\n\nRecruitment",
        "jobs@example.com",
    )
    wrapped = Document(
        "Thanks for applying",
        "Your application was sent successfully.\n\nWhat's next?\nNext, the hiring team looks "
        "at your application. It can take some time - and some companies only contact\n"
        "candidates they want to move forward with.\n",
        "noreply@example.com",
    )
    rejection = Document(
        "Returning your portfolio",
        "Regarding the role itself, we've decided to go with one of the other designers, so\n"
        "this is where the process ends for you.",
        "magnus@example.com",
    )
    assert decided_for_reader([confirmation, wrapped, rejection]) == [False, False, True]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("La posizione è stata assegnata a un altro candidato.", negation.ROLE_GONE),
        ("Abbiamo deciso di proseguire con altri profili più in linea.", negation.CHOSE_OTHER),
        ("Purtroppo non è stata selezionata per il colloquio finale.", negation.READER_OUT),
        ("Decidimos seguir com outros candidatos para esta vaga.", negation.CHOSE_OTHER),
        ("A gestora optou por outra pessoa, com mais experiência.", negation.CHOSE_OTHER),
        ("Infelizmente não foi selecionado para a próxima fase.", negation.READER_OUT),
        ("Niestety, tym razem wybraliśmy innego kandydata.", negation.CHOSE_OTHER),
        ("Zdecydowaliśmy się kontynuować rekrutację z innymi kandydatami.", negation.CHOSE_OTHER),
        ("Het team heeft gekozen voor een kandidaat die al bekend is.", negation.CHOSE_OTHER),
        ("We hebben besloten om met andere kandidaten verder te gaan.", negation.CHOSE_OTHER),
        ("Hemos decidido continuar con otras candidaturas.", negation.CHOSE_OTHER),
        (
            "El proceso de selección ha quedado cancelado y la plaza no se cubrirá.",
            negation.ROLE_GONE,
        ),
        ("Malheureusement, le stage a été pourvu par un autre étudiant.", negation.ROLE_GONE),
        ("À regret, nous ne le retiendrons pas pour ce poste.", negation.READER_OUT),
    ],
)
def test_eighth_pass_languages_give_their_token(text: str, token: str) -> None:
    assert token in tokens(text), (text, read_cues(text)[0])


@pytest.mark.parametrize(
    "text",
    [
        # confirmations: conditionals and comparisons still to make
        "Se non sarai selezionato, conserveremo il tuo curriculum.",
        "Qualora la posizione venga assegnata a un altro candidato, ti avviseremo.",
        "Valuteremo il tuo profilo insieme con altri candidati nelle prossime settimane.",
        "Caso não seja selecionado, manteremos o seu currículo.",
        "A sua candidatura será comparada com outros candidatos.",
        "Jeśli nie zostanie pan wybrany, poinformujemy pana.",
        "Twoja aplikacja zostanie porównana z innymi kandydatami.",
        "Als we met andere kandidaten verder gaan, laten we het je weten.",
        # not a decision at all
        "Grazie per la tua candidatura: il nostro team la esaminerà con attenzione.",
        "Obrigado pela sua candidatura à vaga de Product Designer.",
        "Dziękujemy za przesłanie aplikacji na stanowisko Analityka.",
    ],
)
def test_eighth_pass_languages_leave_conditionals_and_confirmations_alone(text: str) -> None:
    assert not tokens(text), (text, read_cues(text)[0])


@pytest.mark.parametrize(
    "text",
    [
        "The panel has now concluded. The position has been awarded to an applicant with a "
        "chartered engineer status.",
        "The team is leaning towards profiles with more hands-on experience, and they've made "
        "their pick from those.",
        "Leadership made the call to hire the candidate who came through the investor network.",
        "The team has ranked its candidates and we've matched with another student.",
    ],
)
def test_someone_else_chosen_in_new_words(text: str) -> None:
    assert negation.CHOSE_OTHER in tokens(text), (text, read_cues(text)[0])


@pytest.mark.parametrize(
    "text",
    [
        "We made the call to offer you the role!",
        "Awards will be made to candidates after the interviews.",
        "Once the post has been awarded to a candidate, we will tell everyone.",
        "If we are matched with another student, you will hear from the portal.",
    ],
)
def test_new_choice_words_leave_offers_and_the_undecided_alone(text: str) -> None:
    assert negation.CHOSE_OTHER not in tokens(text), (text, read_cues(text)[0])


def test_a_shops_opening_hours_are_no_post_closed() -> None:
    assert not tokens("Our opening hours are changing: weekdays 9-6, closed weekends.")
    assert negation.ROLE_GONE in tokens("I'm sorry to say the opening has been closed.")


def doc(subject: str, body: str) -> Document:
    return Document(subject, body, "someone@example.com")


def test_the_gate_shuts_for_a_decision_about_something_other_than_a_job() -> None:
    assert decided_for_reader(
        [
            doc("Re: the flat", "Sorry, the landlord went with someone else for the flat."),
            doc("Re: Saturday", "The shelter went with another family for the puppy. Sorry!"),
            doc("Talk submission", "After a long debate we decided not to include your talk."),
        ]
    ) == [False, False, False]
    # ... not for a job's, with or without the word "job", nor when both are named
    assert decided_for_reader(
        [
            doc("Re: Operations Analyst", "Sorry, we went with someone else."),
            doc("Your application", "We have appointed another candidate to the role."),
            doc(
                "Relocation",
                "We went with another candidate for the role, so the relocation grant lapses.",
            ),
        ]
    ) == [True, True, True]


def test_the_gate_shuts_for_a_reader_still_in_the_process() -> None:
    moved = "The 10:00 assessment slot went to another candidate, so yours is now at 14:00."
    assert decided_for_reader(
        [
            doc("Update", moved),
            doc("Update", f"{moved} Your application stays in the process."),
            doc("Update", f"{moved} You remain under consideration for the role."),
        ]
    ) == [True, False, False]
