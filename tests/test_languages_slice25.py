"""Twenty-seventh pass, part D (issue 11): the usual refusal formulas of slice 25's missed
languages, forms languages_breadth lacked. Piedmontese, Ligurian, Lombard, Picard and Mirandese
are read by rejectwatch.model.languages_romance_minor; Kashubian, Upper Sorbian, Silesian,
Crimean Tatar and Hiligaynon by rejectwatch.model.languages_slavic_turkic_visayan; and the forms
Spanish, Portuguese and Malay lacked: a team completed in the Spanish perfect, European
Portuguese's preterite in "-ámos", the Spanish clitic "no te podemos incorporar", the Malay
someone chosen and described in a "yang" clause. Each refusal gives a decision token; its twins
(a receipt, an invitation, a promise to write if something opens, a sold-out event, the reader
chosen) give none. The sentences are written for these tests, in other trades than the slice's."""

from __future__ import annotations

import pytest

from readings import decision

REFUSALS = [
    # Piedmontese
    "I l'oma già trovà n'àutra përson-a për ël pòst an buteja.",
    "L'oma pijà na fija ch'a stà davzin al forn.",
    "I l'oma sernù quaidun ch'a conòss già ij client.",
    "Ël pòst a l'é già ocupà, an dëspias.",
    # Ligurian
    "Emmo za piggiou un atro pe-o travaggio in cuxinn-a.",
    "Emmo scernuo unn-a figgia ch'a l'à za travaggiou into negozio.",
    "O posto o l'é za piggiou, ne spiaxe.",
    # Lombard
    "Emm già ciapaa on alter per la bottega.",
    "Gh'emm già trovaa ona tosa che la sa fà el formagg.",
    "Per adess ghe serv nissun alter in officina.",
    "E inscì quest'ann ne serv pù nissun in stalla.",
    "El post l'è già ciapaa, me spias.",
    # Picard
    "Os avons déjà pris eune aute personne pour l'boutique.",
    "Os avons kési un garchon qu'i travaille déjo à l'ferme.",
    "Pour ch'l'instant y n'o pus d'plache pour ti.",
    # Mirandese
    "Yá scolhemos outra pessona pa la tienda.",
    "Cuntratemos un moço que yá trabalhou ne l forno.",
    "Nun hai lhugar para ti, lamentamos.",
    # Kashubian
    "Më ju wzãlë jinszą òsobã do sklepu.",
    "Më wëbrelë kandidata z wikszim doswiôdczenim.",
    "Më przëjãlë jinszą òsobã do robòtë w gòspòdze.",
    # Upper Sorbian
    "Smy so za druhu wosobu rozsudźili.",
    "Smy hižo druheho kandidata wuzwolili.",
    "Městno je hižo wobsadźene.",
    # Silesian
    "Wziōnżeśmy inkszego ślusorza do roboty.",
    "Żeśmy już wybrali dziołcha ze Chorzowa, kero już znŏ warsztat.",
    "Robota je już zajynto.",
    "Na tyn czas mōmy już kōmplet we warsztacie.",
    # Crimean Tatar
    "Başqa bir namzetni sayladıq.",
    "Tecrübeli bir ustanı işke aldıq.",
    "Şimdilik başqa işçige ihtiyacımız yoq.",
    "Bu mevsim başqa adamğa ihtiyacımız yoq.",
    # Hiligaynon
    "Nagpili kami sang iban nga kandidato para sa posisyon.",
    "May napili na kami nga iban para sa trabaho.",
    "Pasensya, indi ka napili para sa posisyon.",
    "Puno na ang posisyon sa tindahan.",
    # Spanish: the team completed in the perfect, "no te podemos incorporar"
    "Ya hemos completado el equipo de cocina para la temporada.",
    "Hemos cerrado la plantilla con gente que ya conocía la tienda.",
    "Lo sentimos, este verano no te podemos incorporar.",
    "No podemos incorporarte esta temporada.",
    # Portuguese: the preterite in "-ámos"
    "Já fechámos a equipa da cozinha para este ano.",
    "Completámos o quadro com pessoas da casa.",
    # Malay: someone chosen and described in a "yang" clause
    "Kami telah memilih calon yang mempunyai pengalaman lebih lama.",
    "Kedai sudah mengambil seorang pekerja yang tinggal berdekatan.",
]

TWINS = [
    # Piedmontese
    "I l'oma arseivù toa domanda për ël pòst an buteja.",
    "L'oma sernù ti për ël colòqui ëd lùnes.",
    "I l'oma trovà un àutr dì për ël colòqui.",
    "I l'oma già trovà na fija për la festa dël pais.",
    # Ligurian
    "Emmo riçevuo a teu domanda, te ciammiemo.",
    "Emmo piggiou un atro tòu pe-a cenn-a.",
    "Emmo za trovou unn-a figgia pe-a festa de San Giorgio.",
    # Lombard
    "Emm ricevuu la toa domanda per el lavor.",
    "Emm già ciapaa on alter tavol per la cena.",
    "Per la festa ghe serv nissun alter.",
    # Picard
    "Os avons bin r'chu vo lette pour l'ouvrage.",
    "Os avons pris ti pour un intértien lundi.",
    "Y n'o pus d'plache pour ech concert d'samedi.",
    # Mirandese
    "Recebimos la tue candidatura, i bamos a falar cuntigo.",
    "Scolhemos outro die pa la entrebista.",
    "Nun hai lhugar ne l outocarro pa la fiesta.",
    # Kashubian
    "Dzãkùjemë za Twòjã zgłoszenié, më sã òdezwiemë.",
    "Më wzãlë jinszą òsobã na wieczórk.",
    "Jeżlë më wzãlë jinszą òsobã, napiszemë do ce.",
    # Upper Sorbian
    "Smy Twoje požadanje dóstali, dźakujemy so.",
    "Smy so za druhi termin rozsudźili.",
    "Jeli je městno hižo wobsadźene, damy Tebi wědźeć.",
    # Silesian
    "Dziynkujymy za zgłoszynie, zadzwōnimy do ciebie.",
    "Na wieczerzo mŏmy już pełno.",
    "Wziōnżeśmy inkszego na festyn.",
    # Crimean Tatar
    "Muracaatıñıznı aldıq, sizge haber berermiz.",
    "Başqa bir künni sayladıq körüşüv içün.",
    "Toy içün başqa adamğa ihtiyacımız yoq.",
    "Eger başqa bir namzetni sayladıq ise, sizge yazarmız.",
    # Hiligaynon
    "Nabaton namon ang imo aplikasyon, tawgan ka namon.",
    "Nagpili kami sang iban nga petsa para sa interbyu.",
    "Kon indi ka napili, sulatan ka namon.",
    "Puno na ang bus para sa piesta.",
    # Spanish
    "Hemos completado los equipos para el torneo de fútbol del sábado.",
    "No te podemos incorporar al grupo de WhatsApp todavía.",
    "Hemos completado el equipo contigo, bienvenida.",
    "Recibimos tu solicitud y te llamaremos para una entrevista.",
    # Portuguese
    "Fechámos a equipa para o torneio de futebol.",
    "Recebemos a tua candidatura e vamos entrar em contacto.",
    # Malay
    "Kami telah memilih calon yang layak untuk temu duga minggu depan.",
    "Kami telah memilih calon yang akan dihubungi untuk ujian.",
    "Kami telah menerima permohonan anda untuk jawatan ini.",
    "Kami sudah menerima borang permohonan untuk jawatan kerani.",
    # English business mail and other languages' twins
    "We may have another candidate for the supplier audit.",
    "Os avons des questions about the invoice.",
    "The team may need more time; we will write again.",
    "Wybraliśmy jednego z dostawców na przyszły rok.",
    "Başka bir tarih seçtik, toplantı salı günü.",
    "Pumili kami ng ibang petsa para sa pulong.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_slice25_refusals_give_a_decision(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_slice25_twins_give_no_decision(text: str) -> None:
    assert not decision(text), text
