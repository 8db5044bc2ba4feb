"""Seventeenth pass, part D (issue 11): one guard. The guard's readings (steps_ahead in English,
and the reader moved on, meetings moved and steps asked in every language; guard_abroad for an
invitation or an offer in the other languages) ask one reader, said_plainly, whether a match is
said plainly: no negation before it in its clause in any language read, none just after it
where a verb ends the clause, no conditional before it in its sentence. The sentences are
written for these tests, not copied from the slices, the written batches or the corpus."""

from __future__ import annotations

import pytest

from rejectwatch.model import guard_abroad, steps_ahead
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.said_plainly import said_plainly


def held(body: str, subject: str = "Your application") -> bool:
    return held_back(Document(subject, body, "talent@fernhollow.example"))


def plain(text: str, words: str, *, regrets: bool = False, inside: bool = False) -> bool:
    lowered = text.lower()
    start = lowered.index(words)
    return said_plainly(lowered, start, start + len(words), regrets=regrets, inside=inside)


# the one reader: what blocks a match, in which languages
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We are not able to invite you to interview.", "invite you to interview"),
        ("Wir werden Sie nicht zum Gespräch einladen.", "zum gespräch einladen"),
        ("Nie możemy zaprosić Pana na rozmowę.", "zaprosić pana na rozmowę"),
        ("Emme valitettavasti voi kutsua sinut haastatteluun.", "kutsua sinut haastatteluun"),
        ("Din păcate nu vă invităm la interviu.", "vă invităm la interviu"),
        ("Δεν θα σας προσκαλέσουμε σε συνέντευξη.", "σας προσκαλέσουμε σε συνέντευξη"),
        # a conditional before it in its sentence, in English, German, Finnish, Japanese, Chinese
        ("If your references check out, we will send the contract.", "send the contract"),
        ("Falls Sie weiterkommen, laden wir Sie zum Gespräch ein.", "laden wir sie zum gespräch"),
        ("Jos pääset jatkoon, kutsumme sinut haastatteluun.", "kutsumme sinut haastatteluun"),
        ("書類選考を通過された場合、面接のご案内をお送りします。", "面接のご案内"),
        ("如果您通过初筛，我们会向您发出面试邀请。", "面试邀请"),
        # whether or not: the guard's own conditional words
        ("Whether or not we invite you to interview, you will hear by May.", "invite you"),
        ("Wir melden uns, ob mit einer Einladung zum Gespräch oder nicht.", "einladung zum"),
        # a negation just after it, where the verb ends the clause
        ("今回は面接にご案内することができません。", "面接にご案内"),
        ("이번에는 면접에 모시지 못하게 되었습니다.", "면접에 모시"),
        ("Sizi bu pozisyon için mülakata davet edemiyoruz.", "mülakata davet"),
        ("Size bu işi teklif etmek istemiyoruz.", "teklif etmek"),
    ],
)
def test_a_negated_or_conditional_match_is_not_said_plainly(text: str, words: str) -> None:
    assert not plain(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a negation in an earlier clause leaves the match alone
        (
            "We can't do Monday, but we'd like to invite you to interview.",
            "invite you to interview",
        ),
        (
            "Leider klappt Montag nicht; wir laden Sie am Dienstag zum Gespräch ein.",
            "wir laden sie",
        ),
        # Romanian "ne" is "us", not the French negation
        ("Ne-ar plăcea să vă invităm la un interviu marți.", "vă invităm la un interviu"),
        ("Ne bucurăm să vă oferim postul de contabil.", "vă oferim postul"),
        # "now" in Dutch and Swedish is no Romanian "nu"
        ("We willen je nu uitnodigen voor een gesprek.", "uitnodigen voor een gesprek"),
        # a Turkish "we hope" is no negative verb
        ("Sizi mülakata davet ediyoruz, tanışmayı umuyoruz.", "mülakata davet"),
    ],
)
def test_a_plain_match_is_said_plainly(text: str, words: str) -> None:
    assert plain(text, words, regrets=True, inside=True)


def test_a_regret_blocks_only_a_decision_said_for_the_reader() -> None:
    moved = "Leider muss ich unser Gespräch auf Freitag verschieben."
    assert plain(moved, "gespräch auf freitag verschieben")
    assert not plain(moved, "gespräch auf freitag verschieben", regrets=True)


def test_inside_reads_a_negation_within_a_match_that_spans_words() -> None:
    text = "Wir können Ihnen die Stelle leider nicht anbieten."
    assert plain(text, "ihnen die stelle leider nicht anbieten")
    assert not plain(text, "ihnen die stelle leider nicht anbieten", inside=True)


# each language's offer and invitation is read in one place: guard_abroad, not steps_ahead
@pytest.mark.parametrize(
    "body",
    [
        "Nos complace ofrecerle el puesto de Técnica de Laboratorio.",
        "Nous avons le plaisir de vous proposer le poste de comptable.",
        "Wir möchten Ihnen diese Stelle als Disponentin gerne anbieten.",
        "Haluamme tarjota sinulle paikkaa tiimissämme.",
        "Vi vill gärna erbjuda dig en anställning som lagerchef.",
        "Chcielibyśmy zaoferować Panu stanowisko kierownika zmiany.",
    ],
)
def test_an_offer_abroad_is_read_by_guard_abroad_alone(body: str) -> None:
    assert guard_abroad.held_abroad(body)
    assert not steps_ahead.offers_a_place(body)
    assert held(body)


# held now: protected mail in shapes the guard did not read
@pytest.mark.parametrize(
    "body",
    [
        "Hello Wren,\n\nThis is a confirmation of your interview with Ostler & Vane.\n\nDate: "
        "Thursday",
        "Hi Idris, your video interview with Marisol is in 48 hours, at 9:00.",
        "Sorry, the panel's diary moved. Could you pick another slot from the link below?",
        "Thank you for confirming your interview for Stores Supervisor; parking is at the back.",
        "Stage: phone screen. A recruiter will contact you shortly to schedule the call.",
        "Brilliant news, you're through! I'll send times this evening.",
        "Our director is away until the 20th, but you remain in the process.",
        "We're now at the reference stage and would like to take up your references.",
        "Please complete the questionnaire via the link below within five days.",
        "Lovely to speak earlier. Confirming the offer in writing: £38,500, start in June.",
        "Good news - the job's yours if you still want it!",
        # abroad
        "Wir haben uns entschieden, Sie zur zweiten Runde einzuladen.",
        "Het team wil graag met je verder voor de functie van planner.",
        "Votre candidature a été retenue pour un entretien le 12 mars.",
        "Nos gustaría hacerte una entrevista el jueves a las 10.",
        "Vorremmo conoscerla di persona martedì alle 11.",
        "Zostałaś wybrana do ostatniego etapu rekrutacji!",
        "Vi har valgt deg ut til siste intervjurunde.",
        "Você avançou para a próxima etapa do processo.",
        "Selamat, kamu lolos ke tahap wawancara!",
        "Поздравляем, ты прошёл на следующий этап!",
        "恭喜您进入下一阶段，请于周五前完成在线测评。",
        # an interview moved or cancelled, with a new one coming
        "Canceled: Panel interview\n\nMessage from the organiser: the room is gone - a new invite "
        "for Thursday is on its way.",
        "Sorry to cancel at such short notice; you're still very much in the process.",
        "Our platform failed during Tuesday's session. Please rebook one of the remaining dates.",
        "Joudun siirtämään huomisen puhelumme - sopisiko maanantaina?",
        "Il team ha scelto il suo profilo per il colloquio finale.",
        "Χαίρομαι που σου λέω ότι περνάς στον τελικό γύρο!",
    ],
)
def test_protected_mail_in_new_shapes_is_held(body: str) -> None:
    assert held(body)


# rejections that say those words with the step taken away: never held
@pytest.mark.parametrize(
    "body",
    [
        "Thank you for confirming your interview slot last month. Sadly we have now filled the "
        "post and will not be going ahead with the remaining interviews.",
        "We won't be contacting you to schedule an interview for this role.",
        "You're not through to the next round on this occasion, I'm afraid.",
        "We have had to withdraw the offer we made you on Tuesday: the post has been cut.",
        "Votre candidature n'a pas été retenue pour un entretien.",
        "Lamentablemente no podemos hacerte una entrevista para este puesto.",
        "Nie zostałaś wybrana do ostatniego etapu rekrutacji.",
        "Du er dessverre ikke valgt ut til intervju denne gangen.",
        "Sizi mülakata davet edemiyoruz; ilginiz için teşekkür ederiz.",
        "Din păcate nu vă putem oferi postul.",
    ],
)
def test_a_rejection_in_those_words_is_not_held(body: str) -> None:
    assert not held(body)
