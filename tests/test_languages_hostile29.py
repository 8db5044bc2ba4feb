"""Twenty-ninth pass, part Q (issue 11): a hostile re-read of the pass's language readings
(parts D and N). Each sentence of ``OTHERS`` is mail in a neighbour language (or the same
language) that is no refusal and holds a reading's words: the post filled by the reader, someone
chosen for a prize, a jury, a speech or a council, a place on a bus, the reader not at a past
meeting, a maintenance contract. None may carry a decision token. ``REFUSALS`` are refusals in
the same languages that must stay read. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from readings import decision

OTHERS = [
    # the post filled by the reader: a welcome
    "Lo pouòst de cousinier es jà ocupat per tu, benvengut.",
    "U postu u l'è zà ocüpòu da ti, benvegnüu!",
    "Lu postu è già occupatu da te, bonu arrivu.",
    "Sa plaça ja està coberta per tu: benvingut a l'equip!",
    "La vaga ya foi preenchida por você, bem-vindo à equipe!",
    "Robota juz je zajęto przez ciebie, witaj w zespole.",
    "Li posto es ja okupat per vu, bonveni!",
    "El puestu ya está cubiertu de nieve, cuidado al venir a la entrevista.",
    # someone else chosen for a prize, a jury, a speech, a trip, a council
    "Avimu sceltu n'atru candidatu pe' 'u premiu: tu! Complimenti.",
    "Emu sciuddutu un'alta candidata pa lu premiu litterariu: la vincitrici è Maria.",
    "Avèn chausit un autre candidat per presidir la jurada, e tu ès laureat.",
    "Escolleimos outra persoa para o xurado do concurso de fotografía.",
    "Wybrali my kogo inksego na wójta.",
    "Вас не вибрали до журі, але ви отримали запрошення на співбесіду.",
    "Мы вибрали іншого кандидата до ради села.",
    "Вибрали іншого кандидата до сільської ради, результати виборів на сайті.",
    # German dialects: a place, a date or a caterer chosen; the reader not at a past meeting
    "Mir ham uns für ne andere Location entschieden, die Feier ist jetzt im Rathaus.",
    "Mir ham uns fier en annern Caterer entschieden, dei Einstellung steht fest.",
    "Du bist net dabei gewesen beim letzten Treffen, hier das Protokoll.",
    "Du bisch net dabei gsi, drum schick ich dir d Fotis.",
    "Die Stelle ist schon weg vom Anzeigenportal, aber wir melden uns bei dir zum Gespräch.",
    # Nynorsk: someone taken on to help the reader
    "Vi har tilsett ein annan medarbeidar som skal hjelpe deg med opplæringa.",
    # Twi: a full bus, someone to teach the reader
    "Baabi no ahyɛ ma wɔ bɔs no mu, enti fa bɔs foforo no.",
    "Adwuma no wɔ obi dada a ɔbɛkyerɛ wo adwuma no.",
    # Catalan, Portuguese, Croatian: a concert's seat, a parking space, a fair's stand
    "Sa plaça des concert ja està coberta, no queden entrades.",
    "La vaga del estacionamiento ya foi preenchida.",
    "A vaga de garagem já foi preenchida, escolha outro andar.",
    "Radno mjesto na sajmu je već popunjeno za štand.",
    # French: a service contract, a parking space
    "Nous ne pouvons pas vous proposer de contrat de maintenance pour ce modèle.",
    "On ne pourra pas vous proposer de poste de parking cette année.",
    # a second read: a board, a draw, a team, a photo, a prize, a speech, a bus, a table, a
    # hospital, registrations carried over, a talk's role
    "We nemen je inschrijving niet verder mee naar volgend jaar; schrijf je opnieuw in.",
    "발표 역할은 다른 분께 드리기로 했어요, 대신 사회를 맡아 주세요.",
    "Nou ja pran on moun pou fè diskou a.",
    "Nou la fine pran inn ot moun pou kwit kari.",
    "Nou té chwazi on lòt moun pou kapitèn ékip-la.",
    "Nou deja chwazi yon moun pou resevwa pri a.",
    "Nou chwazi yon lòt moun pou prezidan klib la.",
    "Nou pa chwazi ou pou konkou a men ou gen yon ti kado.",
    "On ne pourra pas te proposer de place dans le bus.",
    "Wɔampaw wo wɔ abatoɔ no mu.",
    "Yɛrentumi mfa wo saa bere yi nkɔ kurom.",
    "Nus ha selekte un altri kandidato por li koncerto.",
    "Vi har valt ein annan kandidat til styret i laget.",
    "Stillinga er no fylt med nye oppgåver.",
    "Du vart ikkje vald til styreleiar, men du er med i styret.",
    "Du blei ikkje valt i loddtrekninga.",
    "Nun fostes escolleito pa o equipo de fútbol.",
    "Nun jue escogíu pal equipu de bolos.",
    "Hemo cogío a otro chaval pa la foto.",
    "No te hemo cogío en la rifa.",
    "No foi selecionado para o sorteio.",
    "Nus nungka skoyeh bos pra jogu.",
    "pali ni li jo e jan pona.",
    "Nijeste primljeni u bolnicu, nema potrebe.",
    "Місце за столом вже обсаджене.",
    "Вас не вибрали до команди.",
    "Вас не вибрали старостою класу.",
    "Nie wybrali my cie do druzyny.",
    "Wybrali my kogo inksego do zespołu tanecznego.",
    "Sa plaça ja està coberta de flors per la festa.",
    # conditionals: Nynorsk "viss", Goral "jak", Novial "se"
    "Takk for søknaden. Viss stillinga er fylt før fristen, gjev vi deg beskjed.",
    "Jak robota juz je zajęto, to napiszemy.",
    "Se nus ha selekte un altri kandidato, nus va informa vu.",
    # Korean: a booked, a window, a class's or a campsite's seat given to someone else
    "예약하신 자리는 다른 분께 드리게 되었습니다. 죄송합니다.",
    "창가 자리는 다른 분께 드리게 되었어요.",
    "수업 자리는 다른 분께 드리기로 했어요.",
    "캠핑장 자리는 다른 분께 돌아가게 되었어요.",
]

REFUSALS = [
    "Lo pouòst de cousinier es jà ocupat.",
    "U postu u l'è zà ocüpòu, ne dispiaxe.",
    "Sa plaça ja està coberta, gràcies per l'interès.",
    "La vaga ya foi preenchida, gracias por tu interés.",
    "El puestu ya está cubiertu, gracias por tu interés.",
    "Robota juz je zajęto, dziękujemy.",
    "Avimu sceltu n'atru candidatu pe' 'a cucina.",
    "Avèn chausit un autre candidat per l'escola.",
    "Escolleimos outra persoa para o posto de camareira.",
    "Mir ham uns fier ne andre endschieden.",
    "Mir hawwe uns fer e annern Bewerberin entschiede.",
    "Du bisch leider net dabei beim Winzer.",
    "Die Stell im Lager is schunn weg.",
    "Skulen har tilsett ein annan søkjar i vikariatet.",
    "Baabi no ahyɛ ma, yɛda wo ase.",
    "Adwuma no wɔ obi dada.",
    "Мы вибрали іншого кандидата на місце продавця.",
    "Вибрали іншого кандидата на посаду бухгалтера.",
    "Вас не вибрали на роботу в пекарні.",
    "Wybrali my kogo inksego do roboty w schronisku.",
    "Nous ne pourrons pas vous proposer de contrat cette saison.",
    "Plaça de cuiner: la plaça ja ha estat coberta.",
    "A vaga de recepcionista já foi preenchida.",
    "Radno mjesto konobara je već popunjeno.",
    "Du vart dessverre ikkje vald ut til jobben i barnehagen.",
    "Vi har valt ein annan kandidat til stillinga.",
    "Nou pa chwazi ou pou pòs la.",
    "Nou chwazi yon lòt moun pou pòs sekretè a.",
    "Nou ja pran on moun pou travay la.",
    "Nous ne pourrons pas vous proposer de poste cette année.",
    "Wɔampaw wo.",
    "Yɛrentumi mfa wo saa bere yi.",
    "Nus ha selekte un altri kandidato por li posto.",
    "Nun fostes escolleito pa o posto de camareiro.",
    "No te hemo cogío pa la cocina.",
    "No foi selecionado para a vaga de garçom.",
    "Nus nungka skoyeh bos pra isti trabalu.",
    "pali ni li jo e jan.",
    "Nijeste primljeni na posao.",
    "Вас не вибрали на роботу.",
    "Nie wybrali my cie do roboty.",
    "Je sollicitatie nemen we niet verder mee.",
    "그 자리는 다른 분께 드리게 되었어요.",
    "Tjänsten är tillsatt och vi sparar din ansökan en viss tid.",
    "Stillinga er no fylt, og vi lagrar søknaden i viss tid.",
    "그 자리는 다른 분께 돌아가게 되었습니다.",
    "주방 보조 자리는 다른 지원자분께 드리게 되었어요.",
]


@pytest.mark.parametrize("text", OTHERS)
def test_no_decision_in_neighbour_mail(text: str) -> None:
    assert not decision(text), text


@pytest.mark.parametrize("text", REFUSALS)
def test_refusals_still_read(text: str) -> None:
    assert decision(text), text
