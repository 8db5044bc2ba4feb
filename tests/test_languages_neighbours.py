"""Twenty-seventh pass, part Q (issue 11): a hostile re-read of the pass's language readings
(languages_romance_minor, languages_slavic_turkic_visayan, languages_eurasia,
languages_austronesian, and the Spanish, Portuguese and Malay forms parts D and N added). Each
branch's words were written into mail in a NEIGHBOUR language or variety that is no refusal: a
Portuguese "let's take another", a Cebuano hotel or supplier chosen, Croatian league tables and
garages, a Dutch "if you're not chosen, then …", French trading and stance "positions", a Catalan
pause until a document comes, a Spanish start date, company news naming who was appointed, an
Indonesian shortlist for interview. None may give a decision token; the refusals beside them
(written for these tests, in the same languages) still do. Sentences are written for the tests."""

from __future__ import annotations

import pytest

from readings import decision

TWINS = [
    # Portuguese near Mirandese ("tomemos", "achemos" + "outro": a subjunctive, never a choice)
    "Tomemos outro exemplo: a fábrica de Braga aumentou a produção em 12% este ano.",
    "Talvez achemos outra solução para o transporte das caixas na próxima semana.",
    "Tomemos outra rota para evitar as obras na estrada nacional.",
    # Cebuano near Hiligaynon (another hotel, another supplier: never another person)
    "May napili na kami nga lain nga hotel para sa among outing sa Disyembre.",
    "May nakuha na kami nga lain nga supplier sa bugas, salamat sa imong offer.",
    # Polish near Silesian (a boy picked for a tournament side)
    "Cieszymy się, żeśmy wybrali synka do drużyny na turniej w sobotę.",
    # Croatian near Kajkavian and Burgenland Croatian (a league table, a garage, a final)
    "Prvo mjesto na tablici je već zauzeto, a za drugo se bore tri momčadi.",
    "Mjesto za vaš automobil je već zauzeto u garaži, ali imamo drugo.",
    "Mjesto u finalu je već popunjeno, reprezentacija putuje u subotu.",
    # Dutch near Zeelandic (an inverted "if": "ben je niet gekozen, dan …")
    "Ben je niet aangenomen, dan ontvang je binnen twee weken een bericht van ons.",
    # French near Cajun French (a stance, a trading position, a time slot)
    "Votre demande a bien été reçue et la position de notre service a été prise en compte.",
    "La position a été prise à 12,40 euros selon votre ordre d'achat.",
    "La position de l'entreprise est déjà prise sur ce dossier, voir le communiqué.",
    "On a pas pu vous prendre pour la place de 9 h, mais celle de 10 h est libre.",
    # Catalan near Valencian (a pause until a document comes)
    "No continuarem amb la teua sol·licitud fins que ens envieu el certificat.",
    "No seguirem amb la seua sol·licitud fins que rebem el justificant de pagament.",
    # Spanish: a start date, company news, a team formed for a client's works
    "Por temas de papeleo no te podemos incorporar hasta el 1 de marzo, te esperamos ese día.",
    "No te podemos incorporar antes del día 15 por la formación, pero el puesto es tuyo.",
    "Hemos completado el equipo directivo con la llegada de María López como directora financiera.",
    "Hemos cerrado el equipo de trabajo para el proyecto y empezamos el lunes con vuestra reforma.",
    # Portuguese: a team formed for a client's works, the reader welcomed onto it
    "Fechámos a equipa do projeto e arrancamos na segunda-feira com a vossa obra.",
    "Com a tua entrada completámos a equipa, bem-vinda!",
    "Com a tua entrada completámos a equipa.",
    # Indonesian and Malay: a shortlist for interview, appointments announced
    "Kami telah memilih kandidat yang lolos ke tahap wawancara. Selamat, nama Anda termasuk.",
    "Syarikat telah melantik seorang individu yang berpengalaman luas sebagai Ketua Pegawai "
    "Eksekutif baharu.",
    "Kami telah memilih orang yang akan memimpin cabang Surabaya mulai bulan depan.",
    "Lembaga pengarah sudah melantik seorang calon yang muda sebagai pengerusi kelab.",
    # Kazakh (Latin) near Karakalpak: a side and a contest
    "Komandağa basqa jigitti aldıq, jarıs senbide bastaladı.",
    "Konkursta birinshi orın iyelendi, jeńimpaz Aygul boldı.",
    # Udmurt: another girl chosen in a contest
    "Мукет нылэз бырйим конкурсын.",
    # the branch's own words about a side, a choir, a campsite, a prize, a train, a feast
    "Kami mamilih urang lain untuk jadi ketua panitia pesta.",
    "Paikka oon jo täytetty, sanoi kapteeni joukkueesta.",
    "Myö valitsimmo toisen hengen kuoroon.",
    "Mes paėmiem kėtą žmuogo į komandą varžyboms.",
    "De plekke is al vergeven op de camping.",
    "La placa est dejâ prêsa pour la fêta.",
    "Nos ens chouèsi un ôtro candidat pour le prix du village.",
    "Su postu in su trenu est giai ocupadu.",
    "Amus seberadu un'àtera persone pro su prèmiu de poesia.",
    "Bir yigitni sayladıq futbol komandasına.",
    # another supplier, another van: never another person
    "L'oma già trovà un àutr fornitor për la farin-a.",
    "Emmo za trovou un atro fornitô pe-a farinn-a.",
    "Os avons déjà pris un aute fournisseu pour ech pain.",
    # Spanish and Portuguese: a futsal side, a workshop's places
    "No te podemos incorporar al equipo de fútbol sala este mes.",
    "Já fechámos as vagas do workshop de cerâmica.",
]

REFUSALS = [
    "Yá scolhemos outro.",
    "Cuntratemos outra pa l restaurante.",
    "May napili na kami nga iban nga aplikante para sa posisyon.",
    "May napili na kami nga lain.",
    "Żeśmy już wybrali inkszego do roboty we warsztacie.",
    "Radno mjesto je već popunjeno.",
    "Mesto v skladišču je vre zasedeno.",
    "Dit keer bin je nie gekozen vò de plekke.",
    "La position au magasin est déjà prise.",
    "La job à la boucherie a été donnée.",
    "On a pas pu vous engager pour la position au magasin.",
    "No seguirem amb la teua candidatura per al taller.",
    "Lo sentimos, este año no te podemos incorporar.",
    "Ya hemos completado el equipo de cocina para la temporada.",
    "Já fechámos a equipa da cozinha para este ano.",
    "Kami telah memilih calon yang mempunyai pengalaman lebih lama.",
    "Basqa kandidattı tańladıq.",
    "Мукет адямиез бырйим.",
    "Emmo za piggiou un atro pe-o travaggio in cuxinn-a.",
    "L'oma già trovà n'àutr.",
    "L'oma già trovà un àutr ch'a conòss la buteja.",
    "Os avons déjà pris eune aute personne pour l'boutique.",
    "Gh'emmo trovou un atro, ne spiaxe.",
]


@pytest.mark.parametrize("text", TWINS)
def test_neighbour_twins_give_no_decision(text: str) -> None:
    assert not decision(text), text


@pytest.mark.parametrize("text", REFUSALS)
def test_neighbour_refusals_still_give_a_decision(text: str) -> None:
    assert decision(text), text
