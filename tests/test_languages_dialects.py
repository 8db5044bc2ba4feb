"""Twenty-ninth pass, part N (issue 11): the usual refusal formulas of thirty regional, minority
and constructed languages new to the project (written-50's languages), read by
rejectwatch.model.languages_western_dialects and rejectwatch.model.languages_eastern_minor. Each
refusal (the reader not chosen, the post filled or taken, someone else chosen) gives a decision
token; its twins (a receipt with the language's "if you are chosen" or "if you are not chosen",
an invitation, a concert's tickets or a seat taken, the reader chosen) give none. The sentences
are written for these tests, in other trades than the batch's."""

from __future__ import annotations

import pytest

from readings import decision

REFUSALS = [
    # Nynorsk
    "Du vart dessverre ikkje vald ut til sommarjobben på hotellet.",
    "Vi går ikkje vidare med søknaden din til lærarstillinga.",
    "Stillinga som sjukepleiar er no fylt.",
    "Skulen har tilsett ein annan søkjar i vikariatet.",
    # German dialects: Upper Saxon, Palatinate, Hessian, Viennese, Tyrolean
    "Du bist leider nich dabei, mir ham dich fier de Werkstatt nich genomm'.",
    "Mir ham uns fier ne andre endschieden.",
    "Du bisch leider net dabei beim Winzer.",
    "Die Stell im Lager is schunn weg.",
    "Mir nemme dich net fer die Kich.",
    "Die Stell in de Werkstatt is schon vergewwe.",
    "Mir hawwe uns fer e annern Bewerberin entschiede.",
    "De Stö in da Tischlerei is scho vageben.",
    "Mia ham a andre gnumma für de Apothekn.",
    "Leider is si's ned ausgangen, du bist ned dabei in da Kuchl.",
    "Di Stell af der Hütte isch schun vergebn.",
    "Der Hof hot si fir an ondern entschiedn.",
    "Mir hobm ins fir an ondere Sennerin entschiedn.",
    # Gronings
    "Doe bist nait oetkozen veur t wark op de boerderij.",
    "De stee in de keuken is al vergeven.",
    "Wie hebben n aander noamen veur de bakkerij.",
    # Aranese, Niçard, Monégasque, Tabarchino
    "Non siatz estada seleccionada entath trabalh en hotèl.",
    "Eth lòc de mainadèra ja ei ocupat.",
    "Auem causit un aute candidat entara escòla.",
    "Non siatz estat chausit per lo restaurant.",
    "Avèn chausit un autre candidat per l'escola.",
    "Lo pouòst de cousinier es jà ocupat.",
    "Nun sei stà scernüa per u ristorante.",
    "Amu scernüu ün autru candidatu.",
    "Nu sei stetu scernüu pe-u ristorante.",
    "U postu de cögu u l'è zà ocüpòu.",
    # Triestine, Gallurese, Calabrian
    "No la xe stada sielta per el posto in farmacia.",
    "El posto de camerier xe za ocupà.",
    "Gavemo ciolto un altro candidato per la cusina.",
    "No seti stata sciudduta pa lu ristoranti.",
    "Emu sciuddutu un'alta candidata.",
    "'Un si statu sceltu pe' 'u bar.",
    "Avimu sceltu n'atru candidatu pe' 'a cucina.",
    # Cantabrian, Eonavian, Andalusian, Balearic
    "Nun juisti escogía pa la escuela.",
    "Escogiemos a otru candidatu pa la cuadra.",
    "Nun fuche escolleita pra o hotel.",
    "Escolleimos outro candidato pra a escola.",
    "Al final no te hemo cogío pa la cosina.",
    "Hemo cogío a otro chaval pa el taller.",
    "Sa plaça de cuinera ja està coberta.",
    "Hem triat un altre candidat per es taller.",
    # Portuñol, Llanito, Kristang
    "No fuiste selecionada pra la vaga de cajera.",
    "La vaga de mozo ya foi preenchida.",
    "El job en el garage ya está filled.",
    "Al final no te hemos cogido for the job en el hotel.",
    "Nus nungka skoyeh bos pra trabalu na restoran.",
    "Nus ja skoyeh otru pesua pra kozinya.",
    # Toki Pona
    "mi pana ala e pali lon tomo moku tawa sina.",
    "mi kama jo e jan ante tawa pali lon tomo sona.",
]

EASTERN = [
    # Montenegrin, Lemko, Goral
    "Nažalost, nijeste izabrani za posao u apoteci.",
    "Radno mjesto konobara je već popunjeno.",
    "Škola se odlučila za drugog kandidata.",
    "На жаль, вас не вибрали до школы.",
    "Місце в пекарни уж обсаджене.",
    "Мы вибрали іншого кандидата до бурсы.",
    "Nie wybrali my cie do karczmy.",
    "Wybrali my kogo inksego do schroniska.",
    # Buryat, Kalmyk, Tuvan
    "Харамсалтай, Та һургуулиин ажалда шэлэгдээгүйт.",
    "Бидэ эмнэлгын ажалда өөрэ хүниие шэлэбди.",
    "Та школын көдлмшт суңһгдсн уга.",
    "Бидн больницин көдлмшт талдан күн суңһвидн.",
    "Школага ажылга силер шилиттинмээн силер.",
    "Бис эмнелгеге өске кижини шилээн бис.",
    # Ossetian, Chechen
    "Скъоламæ дæ нæ равзæрстам.",
    "Мах рынчындонмæ æндæр адæймаджы равзæрстам.",
    "Школе балха хьо ца харжийна.",
    "Оха больнице кхин стаг харжийна.",
]

TWINS = [
    # receipts with the language's "if you are (not) chosen"
    "Dersom du ikkje vart vald ut, får du svar innan fredag.",
    "Om du blir vald ut, tek vi kontakt.",
    "Wenn mir dich nich genomm' ham, sachen mir Bescheid.",
    "Wann du net dabei bisch, melle mer uns.",
    "As doe nait oetkozen bist, heurst doe van ons.",
    "Se non siatz estat seleccionat, vos ac diderám.",
    "Se la no xe stada sielta, ghe lo disemo.",
    "Si nun jue escogíu, vos lo diremos.",
    "Ako niste izabrani, javićemo vam se.",
    "Кед вас не вибрали, даме знати.",
    "Jak cie nie wybrali my, dómy znać.",
    "Хэрбээ Та шэлэгдээгүй болбол, мэдүүлхэбди.",
    "Хьо ца харжийнехь, хаам бийр бу.",
    # the reader chosen, invitations, receipts
    "Du vart vald ut til intervju på måndag.",
    "Mir ham dich genomm', gomm am Montag.",
    "Auem causit a vos entath entervista.",
    "Gavemo ciolto lei per el colloquio.",
    "Hemo cogío tu currículum, te llamamo.",
    "Nus ja skoyeh bos pra konbesa.",
    "mi pana e pali tawa sina. o kama lon tenpo suno kama.",
    "Вас вибрали на розмову.",
    "Та шэлэгдэбэт, ерэгты.",
    # seats, tickets, concerts, events
    "De Kartn fürs Konzert san scho vageben.",
    "Die Kadde fürs Konzert sin schon vergewwe.",
    "El posto in machina xe za ocupà.",
    "Sa plaça és teva, vine dilluns a les nou.",
    "Te ofrecemos la vaga, ¿la aceptás?",
    "Stillinga er sett opp på nettsida vår.",
    "Lu postu in lu pullman è già occupatu.",
    "Місце на концерт уж обсаджене.",
    "Nijeste izabrani za izbore u savjetu mjesne zajednice.",
    "Концертын һуури дүүрэнхэй.",
    "Мы вибрали іншу особу до ради села.",
]


@pytest.mark.parametrize("text", REFUSALS + EASTERN)
def test_dialect_refusals_give_a_decision(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_dialect_twins_give_no_decision(text: str) -> None:
    assert not decision(text), text
