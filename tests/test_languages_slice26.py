"""Twenty-eighth pass, part D (issue 11): the general refusal forms of slice 26's missed
languages. Lower Sorbian and Interslavic are read by rejectwatch.model.languages_slavic_sorbian_
interslavic; Romagnol, Extremaduran and Interlingue (Occidental) by rejectwatch.model.
languages_romance_interlingue; and the forms the languages already read lacked: Polish, Dutch,
German and Turkish someone taken on and described, with no "other" (rejectwatch.model.
languages_usual), Vietnamese "chúng tôi chọn người đã …" without its "rồi", German "die Stelle
bekommt ein Geselle", Dutch a board or an owner that chose, Chinese "已经录用了…" and
"这次就不请您来了" (rejectwatch.model.languages_spoken), Central Bikol and Waray's "not
chosen" with the agent pronoun inside ("dai ka namong napili") and "other applicants fit better"
(rejectwatch.model.languages_austronesian). Each refusal gives a decision token; its twins (a
receipt, an invitation, a promise to write if something opens, a sold-out event, the reader
chosen) give none. The sentences are written for these tests, in other trades than the
slice's."""

from __future__ import annotations

import pytest

from readings import decision

REFUSALS = [
    # Lower Sorbian
    "Smy se rozsuźili za drugu wósobu, kótaraž južo w kuchni źěła.",
    "Smy se za drugego pśizjawjarja rozsuźili.",
    "Smy južo drugego kandidata wuzwólili.",
    "Městno jo južo wobsajźone, wódaj.",
    # Interslavic
    "Izbrali smo drugogo kandidata s vęćšim opytom.",
    "My uže vybrali inu osobu za to město.",
    "Pozicija jest uže zapoljnena.",
    "Vaša kandidatura ne byla izbrana.",
    # Romagnol
    "A l'avèn dê a un burdèl ch'e' sta a e' pôrt.",
    "A l'avèn dat a un'êtra ragaza.",
    "A j'avèn zà ciapê un êtar par la butega.",
    "E' post l'è zà ciapê, a m'dispiêş.",
    # Extremaduran
    "Hemus cogiu a otru muchachu pal tallel.",
    "Escogimus a una persona que ya trabajó en la fábrica.",
    "El puestu ya está cubiertu.",
    # Interlingue (Occidental)
    "Noi ha choisit un altri persona por li labor.",
    "Noi ha ja engageat un altra candidata, qui conosse li ofic\u00edne.",
    "Li posto es ja occupat.",
    "Vor candidatura ne ha esset selectet.",
    # Polish: someone hired and described, no "other"
    "Zatrudniliśmy osobę z dłuższym stażem w magazynie.",
    "Wybraliśmy kandydatkę, która zna już nasz system.",
    "Przyjęliśmy pracownika mającego uprawnienia na wózki.",
    # Vietnamese: a person chosen and described, no "rồi"
    "Chúng tôi đã chọn người có kinh nghiệm lâu năm hơn.",
    "Tiệm đã tuyển được người từng làm ở tiệm may.",
    "Bên mình nhận một bạn khác ở gần xưởng.",
    # Dutch: a board, an owner chose a person who …
    "De eigenaar heeft gekozen voor een medewerker die al in de zaak werkt.",
    "Het team heeft uiteindelijk gekozen voor iemand met meer ervaring.",
    "We hebben gekozen voor een stagiair uit de buurt.",
    # German: the post goes to someone
    "Die Stelle bekommt eine Kollegin, die schon bei uns gelernt hat.",
    "Den Job kriegt ein anderer Bewerber.",
    "Die Lehrstelle geht an einen jungen Mann aus dem Dorf.",
    "Wir haben die Stelle an jemand aus dem Team vergeben.",
    # Chinese
    "我们已经录用了一位有五年经验的师傅。",
    "店里已经招了两个老员工，这次就不请您来帮忙了。",
    "这次就不请你来了，祝你找到合适的工作。",
    # Turkish: a candidate described and chosen, no "başka"
    "Deneyimli bir ustayı işe aldık.",
    "Ehliyeti olan bir adayı tercih ettik.",
    "Mahalleden bir arkadaşı seçtik.",
    # Central Bikol and Waray: the agent pronoun inside, others fit better
    "Dai ka mi napili para sa posisyon.",
    "Diri ka namon napili yana nga higayon.",
    "May iba kaming aplikante na mas angay sa trabaho.",
]

TWINS = [
    # Lower Sorbian
    "Smy Wašo pśizjawjenje dostali, wótegranjomy skóro.",
    "Smy se za drugi termin rozsuźili, pśiźćo w srjodu na rozgrono.",
    "Jolic jo městno južo wobsajźone, dajomy Wam wěźeś.",
    "Městno w busu jo južo wobsajźone.",
    # Interslavic
    "Hvala za vašu prijavu, my odgovorimo skoro.",
    "My izbrali drugy termin za intervju.",
    "Ako pozicija jest uže zapoljnena, my vam napišemo.",
    "My izbrali vas za intervju v ponedeljek.",
    # Romagnol
    "A j'avèn arcvù la tu dmanda, a t'ciamèn.",
    "A l'avèn dê a te par e' culòqui ad lunedè.",
    "A l'avèn dê a una ragaza par la festa.",
    "E' post in te trèno l'è zà ciapê.",
    # Extremaduran
    "Hemus recibiu la tu solicitú, te llamaremus.",
    "Hemus cogiu a otru muchachu pa la fiesta del pueblu.",
    "Si el puestu ya está cubiertu, te lo diremus.",
    # Interlingue
    "Noi ha recivet vor candidatura e va contacter vos.",
    "Noi ha choisit un altri date por li interview.",
    "Si li posto es ja occupat, noi va informar vos.",
    "Li posto in li teatre es ja occupat.",
    # Polish
    "Zatrudniliśmy osobę z doświadczeniem, która wdroży Panią w pracę.",
    "Jeśli zatrudnimy osobę z doświadczeniem, damy znać.",
    "Dziękujemy za zgłoszenie, zapraszamy na rozmowę w poniedziałek.",
    "Niestety bilety na koncert zostały już wyprzedane.",
    # Vietnamese
    "Chúng tôi đã chọn bạn cho vòng phỏng vấn tiếp theo.",
    "Chúng tôi đã chọn người có kinh nghiệm để hướng dẫn bạn.",
    "Nếu chúng tôi chọn người khác, chúng tôi sẽ báo cho bạn.",
    "Chúng tôi đã nhận hồ sơ của bạn.",
    # Dutch
    "Het bestuur heeft gekozen voor een nieuwe datum voor de vergadering.",
    "We hebben gekozen voor een collega die jou gaat inwerken.",
    "Als we kiezen voor iemand met meer ervaring, laten we het weten.",
    # German
    "Die Stelle bekommt ab Montag ein neues Büro.",
    "Wenn die Stelle ein anderer bekommt, melden wir uns.",
    "Die Stelle bekommen Sie, wenn Sie den Führerschein haben.",
    "Die Stelle geht an Sie, herzlichen Glückwunsch!",
    # Chinese
    "我们已经录用了您，请下周一来报到。",
    "如果已经录用了其他人，我们会通知您。",
    "我们已经收到您的申请，会尽快联系您。",
    "音乐会的票已经卖完了。",
    # Turkish
    "Görüşme için bir tarihi seçtik, salı günü bekliyoruz.",
    "Başvurunuzu aldık, sizi arayacağız.",
    "Sizi mülakat için seçtik.",
    "Konser biletleri tükendi.",
    # Central Bikol and Waray
    "Napili ka mi para sa interbyu sa Lunes.",
    "Kun dai ka mi napili, tatawagan ka pa man giraray.",
    "Nakua mi na an saimong aplikasyon.",
    # someone chosen for a meeting, a contest, a board, a seminar rather than the post
    "Zatrudniliśmy osobę z firmy zewnętrznej do prowadzenia zebrania.",
    "我们已经选了三个人参加周末的比赛。",
    "Die Stelle bekommt einen neuen Anstrich.",
    "De vereniging heeft gekozen voor een man met ervaring als voorzitter.",
    "Yarışma için bir öğrenciyi seçtik.",
    "Chúng tôi đã chọn người có kinh nghiệm cho buổi hội thảo.",
    # English business mail and other languages' twins
    "We picked a vendor with a longer warranty for the workshop.",
    "The post was taken down after the meeting; see the new one.",
    "We chose a supplier with a longer warranty.",
    "The board has chosen a new date for the meeting.",
    "Pumili kami ng ibang petsa para sa pulong.",
    "Abbiamo dato a una ragazza il biglietto per il concerto.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_slice26_refusals_give_a_decision(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_slice26_twins_give_no_decision(text: str) -> None:
    assert not decision(text), text
