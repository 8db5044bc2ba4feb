"""Twentieth pass, part H (issue 11): protected mail and wrong decisions.

* The guard's short negations that are common words in another language read ("ni", Esperanto
  "we"; "ne", Albanian "we"; "pas", Dutch "just" and Albanian "after"; Swahili "hatu-" before
  "hatua", a step; Uzbek "emas", Malay and Indonesian "gold"; French "non", Haitian "name";
  Finnish "ei", Romanian "her") no longer take an invitation, an offer or a next step away in
  that language; the real negations still do.
* Another applicant still a candidate ("an internal candidate is also being considered") is no
  choice made; the choice made ("the role went to an internal candidate") still is.
* A further stage asked of the reader ("would like you to do the second part") is a next step.
* Luxembourgish: the post gone to someone else is read, its conditionals are not.

The sentences are written for these tests, not copied from the corpus or the slices."""

from __future__ import annotations

import pytest

from readings import marks, message_decisions
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

OTHER = negation.CHOSE_OTHER


def held(body: str, subject: str = "Your application") -> bool:
    return held_back(Document(subject, body, "people@larchmere.example"))


# each fails on main (0088843): read as negated, not held
@pytest.mark.parametrize(
    "body",
    [
        # Esperanto "ni" (we), read as Slovenian "ni" (is not)
        "Ni ŝatus inviti vin al intervjuo lundon je la 10a.",
        "Saluton Petro, ni invitas vin al intervjuo en nia oficejo en Bruselo.",
        "Ni ĝojas proponi al vi la postenon de kontisto.",
        # Swahili "ni" (is)
        "Ni furaha yetu kukualika kwenye usaili wiki ijayo.",
        "Ni furaha yetu kukupa nafasi ya mhasibu kuanzia Machi.",
        # Swahili "hatua" (a step), read as the negative "hatu-"
        "Katika hatua inayofuata tunakualika kwenye usaili Jumatatu.",
        "Kwa hatua hii tunakupa nafasi ya mhasibu.",
        # Tagalog "ni" (the mark of a name)
        "Inaanyayahan ka ni Ana sa isang interview sa Lunes.",
        # Albanian "ne" (we), read as French or Slavic "ne"
        "Ne ju ftojmë në një intervistë të martën në orën 10.",
        "Ne jemi të lumtur t'ju ofrojmë pozicionin e menaxherit të shitjeve.",
        # Albanian "pas" (after), read as French "pas"
        "Pas shqyrtimit të dosjes suaj ju ftojmë në intervistë të enjten.",
        # Dutch "pas" (just, only)
        "We hebben je cv pas ontvangen en nodigen je graag uit voor een gesprek op maandag.",
        "We hebben pas met het team gesproken en willen je graag uitnodigen voor een tweede "
        "gesprek.",
        "Je opdracht is pas binnen en we willen je vragen het tweede deel voor vrijdag te maken.",
        # Turkish "ne" (what: "ne zaman", when)
        "Ne zaman müsait olursanız sizi mülakata davet etmek istiyoruz.",
        # Malay and Indonesian "emas" (gold), read as Uzbek "emas" (is not)
        "Ini peluang emas dan kami mengundang Anda untuk wawancara pada hari Senin.",
        # Haitian "non" (name), read as French "non"
        "Nou te wè non ou sou lis la epi nou envite w pou yon entèvyou lendi.",
        # Romanian "ei" (her, their), read as Finnish "ei"
        "Împreună cu echipa ei vă invităm la un interviu joi.",
    ],
)
def test_a_clashing_word_no_longer_negates(body: str) -> None:
    assert held(body)


# the real negations of the same languages still count (pass on main and here)
@pytest.mark.parametrize(
    "body",
    [
        "Ni ne povas inviti vin al intervjuo.",
        "Bedaŭrinde ni ne invitas vin al intervjuo.",
        "Hatuwezi kukualika kwenye usaili.",
        "Hatuwezi kukupa nafasi hii.",
        "Hindi ka namin maiimbitahan sa interview.",
        "Nuk ju ftojmë në intervistë këtë herë.",
        "Nuk jemi në gjendje t'ju ofrojmë pozicionin.",
        "Žal vas ni mogoče vabimo vas na razgovor.",
        "Nous ne pouvons pas vous inviter à un entretien.",
        "On peut pas vous inviter à un entretien.",
        "On pourra pas vous proposer le poste.",
        "Helaas nodigen we je niet uit voor een gesprek.",
        "Ne možemo vas pozvati na razgovor.",
        "Nou pa ka envite w pou yon entèvyou.",
        "Ei ole mahdollista kutsua sinua haastatteluun.",
        "Non possiamo invitarla al colloquio.",
        "Unfortunately we would not like you to do the second part.",
    ],
)
def test_real_negations_still_count(body: str) -> None:
    assert not held(body)


# Item 2: another applicant still a candidate. Each read CHOSE_OTHER on main.
@pytest.mark.parametrize(
    "text",
    [
        "An internal candidate is also being considered for the role, and we will update you "
        "next week.",
        "Just so you know, an internal candidate has got an interview too; we'll be in touch "
        "after.",
        "We have an internal candidate in the process as well, so it may take a little longer.",
        "Another applicant is also in the running for the position.",
        "We're also interviewing an internal candidate this week.",
    ],
)
def test_another_still_a_candidate_is_no_choice(text: str) -> None:
    assert OTHER not in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "The role went to an internal candidate.",
        "We've appointed an internal candidate.",
        "Unfortunately the position went to an internal candidate.",
        "An internal candidate has been appointed to the post.",
        "We have decided to appoint an internal candidate who was also being considered.",
        # a refusal that says "being considered" or "in the running" of the past or of no more
        "We regret that your application is being considered no further, as we have appointed "
        "an internal candidate.",
        "We have appointed an internal candidate, and your application is not being considered "
        "further.",
        "The post has been offered to an internal candidate who was in the running as well.",
        # (the re-read of part H) the others chosen described in a relative clause, in the
        # present: the choice is made
        "Unfortunately we've chosen to proceed with candidates who are currently being assessed "
        "further.",
        "Sadly we've offered the post to a candidate who is also being considered for a second "
        "role.",
        "We've decided to go with an applicant that has already secured an interview elsewhere "
        "with our sister company.",
    ],
)
def test_the_choice_made_still_is(text: str) -> None:
    assert OTHER in marks(text)


# twins that gave nothing on main either (and still do)
@pytest.mark.parametrize(
    "text",
    [
        "We are also speaking to an internal applicant about the role.",
        "There is an internal applicant in the running too, so bear with us.",
        "A colleague from the Leeds office is also being interviewed for the post.",
    ],
)
def test_still_a_candidate_in_other_words_gives_nothing(text: str) -> None:
    assert OTHER not in marks(text)


# Item 3: a further stage asked of the reader is held (fails on main)
@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, thanks for the first task. Priya would like you to do the second part, a short "
        "extension due by Tuesday.",
        "We would like you to move on to the next round: a 45-minute call with the director.",
        "The panel would like you to complete the final stage, a short presentation.",
        "Wir möchten Sie bitten, den zweiten Teil der Aufgabe bis Freitag zu bearbeiten.",
        "Wir bitten Sie, die zweite Stufe des Tests bis Montag zu absolvieren.",
        "Nous aimerions que vous réalisiez la deuxième partie de l'exercice d'ici vendredi.",
        "Nos gustaría que completaras la segunda parte de la prueba antes del viernes.",
        "Vorremmo che completassi la seconda parte del test entro venerdì.",
        "We willen je vragen het tweede deel van de opdracht voor vrijdag te maken.",
        "Gostaríamos que completasse a segunda etapa do teste até sexta-feira.",
    ],
)
def test_a_further_stage_asked_is_held(body: str) -> None:
    assert held(body)


@pytest.mark.parametrize(
    "body",
    [
        "Only candidates who pass the first stage are asked to complete stage two.",
        "If you pass, we'd like you to complete stage two.",
        "Unfortunately we would not like you to do the second part.",
        "Leider möchten wir Sie nicht bitten, den zweiten Teil zu bearbeiten.",
        "Si hubieras superado la primera fase, nos gustaría que completaras la segunda parte.",
    ],
)
def test_a_further_stage_not_asked_is_not_held(body: str) -> None:
    assert not held(body)


# Item 4: Luxembourgish, the post gone to someone else (no token on main)
@pytest.mark.parametrize(
    "body",
    [
        "Merci fir Är Bewerbung. Leider ass d'Plaz un een aneren gaangen.",
        "D'Stell ass schonn un eng aner Persoun gaangen.",
        "Mir hunn en anere Kandidat agestallt.",
        "Mir hunn eis fir een aneren decidéiert.",
        "D'Positioun gouf un eng intern Kandidatin vergi ginn.",
    ],
)
def test_luxembourgish_post_gone_to_another(body: str) -> None:
    assert OTHER in message_decisions("Är Bewerbung", body)


@pytest.mark.parametrize(
    "body",
    [
        "Wann d'Plaz un een aneren gaangen ass, soe mir Iech Bescheid.",
        "Falls d'Plaz un een aneren gaangen ass, mellen mir eis.",
        "Mir wëssen nach net, ob d'Plaz un een aneren gaangen ass.",
        "Mir hunn nach keen aneren agestallt.",
        "Soubal mir een aneren agestallt hunn, mellen mir eis.",
    ],
)
def test_luxembourgish_conditionals_read_nothing(body: str) -> None:
    assert OTHER not in message_decisions("Är Bewerbung", body)
