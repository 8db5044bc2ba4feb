"""Twenty-eighth pass, part Q (issue 11): the pass's new language readings re-read with text in
their neighbour languages and English that holds their words and refuses no one (a seat in a
car, a bus or a tent, a parking space, a course full, a raffle, a town taken by an army, a photo,
a lift from the airport, a colour chosen, someone chosen for a feast, a song or a prize, an "if"
of the neighbours), and Polish "wybraliśmy kandydatkę / kogoś / inny …" for a concert, a
meeting, a date or a council. None gives a decision token; the refusals of
tests/test_languages_edges.py still do, and so do these."""

from __future__ import annotations

import pytest

from readings import decision

NOT_REFUSALS = [
    # Dutch, German near West Flemish and Kölsch
    "De plekke vo de cursus fotografie is al weg, sorry.",
    "De plekke in de tent is al ingenomen door de scouts.",
    "Je zyt nie gekozen voor de tombola, maar volgend jaar kan het weer.",
    "Mer han uns för en andere Person entschiede, die de Rede beim Fest hält.",
    "Die Stell am Zelt es ald besatz.",
    # Italian near Romanesco
    "Er posto in macchina è già stato preso da Marco.",
    "Er posto pe' parcheggià è già stato preso.",
    "Avemo scerto n'antra ragazza pe' cantà alla festa.",
    "Avemo preso n'antro ragazzo pe' la partita de calcetto.",
    # Provençal, Réunion and Antillean creoles
    "La plaço dóu pargue es deja óucupado.",
    "Avèn chausi uno autro persouno pèr lou pres de pouesìo.",
    "La plas dan bis lé dza pran.",
    "Plas-la nan bis la ja pran.",
    # Albanian near Gheg
    "Vendi te tryeza âsht zânë, ulu tjetër kund.",
    "Vendi në parkim asht zane.",
    "Vendi n'darkë âsht zânë.",
    "Kemi zgjedhë nji person tjetër për me kndue n'dasëm.",
    # Ukrainian, Romanian in Cyrillic near Surzhyk and Moldovan
    "Місто вже зайняте окупантами.",
    "Місто вже зайнято ворожими військами.",
    "Локул де парчаре есте деже окупат.",
    # English, Caribbean English and Pijin near the pidgins
    "We neva take you fo granted, mahalo for shopping with us!",
    "We done tek anodda one fi di photo.",
    "Mifala pikim narafala man long epot.",
    # Māori and Polynesian
    "Kua ki te turanga waka, haere ki tetahi atu wahi.",
    "Kua ki te turanga pahi i te ata nei.",
    "Kua iki matou i tetai tangata ke no te imene.",
    "Ne filifili ne matou se isi tino mo te pese.",
    # Hiligaynon, Indonesian near Kinaray-a, Betawi, Manado
    "Iba ang amon napili nga disenyo para sa logo.",
    "Iba ang amon napili nga kolor sang balay.",
    "Kalo lu kagak diterima di kampus itu, coba lagi tahun depan.",
    "Kon wara ka napili, mabalik ka liwat sa sunod nga tuig.",
    "Torang so pilih orang laeng for pimpin ibadah.",
    # Zulu near Ndebele
    "Uma kawukhethwanga, uzathola i-imeyili.",
    # Kazakh near Nogai and Karachay-Balkar
    "Семинарға тіркеу жабылды: барлық орын толды.",
    "Автобуста орын толды, келесісін күтіңіз.",
    "Концертке орын толды.",
    "Биз баска адамды сайладык депутаттыкка.",
    # Czech, Slovak, Polish near Lower Sorbian and Interslavic: an election
    "My izbrali drugogo kandidata na vybory mera.",
    "Smy se rozsuźili za drugego kandidata na wólby.",
    # Spanish near Extremaduran, Interlingue: a procession, a prize, a seat in a car
    "Escogimus a una persona del pueblu pa la procesión.",
    "Noi ha selectet un altri candidato por li premie.",
    "Li posto in li auto es ja occupat.",
    # Chinese: a gathering; Dutch: a raffle (part D's forms)
    "这次就不请您来了，下次聚会再约。",
    "Het bestuur heeft gekozen voor een vrijwilliger die de loterij leidt.",
    # Tagalog, Bikol, Waray (part D's forms): an election, a fiesta, a raffle, a contest
    "May iba kaming kandidato na mas bagay para sa eleksyon ng barangay.",
    "May iba kaming tawo na mas sanay magluto para sa pista.",
    "May iba kaming aplikante na mas angay para sa scholarship.",
    "Diri ka namon napili para han raffle, salamat han pagsali.",
    "Dai ka mi napili para sa beauty contest.",
    # Polish (decisions_abroad._CHOSE)
    "Wybraliśmy kandydatkę na przewodniczącą rady osiedla.",
    "Wybraliśmy inny termin spotkania: czwartek o 10.",
    "Wybraliśmy kandydatkę z chóru na koncert w sobotę.",
    "Wybraliśmy osobę z najlepszym portfolio do jury konkursu.",
]

REFUSALS = [
    "Niestety wybraliśmy innego kandydata.",
    "Niestety wybraliśmy kandydatkę, która lepiej odpowiada wymaganiom.",
    "Po namyśle wybraliśmy kogoś z większym doświadczeniem.",
    "Wybraliśmy osobę z doświadczeniem w branży.",
    # (the reader in a clause after the choice is the refusal's, not the chosen one)
    "Po rozmowach wybraliśmy kandydata z uprawnieniami, więc nie złożymy Pani oferty.",
    "Zespół wybrał osoby, których doświadczenie lepiej pasuje, więc kończymy rozmowy z Panem.",
    "Tangi, kua ki te turanga i roto i te opati.",
    "Марат, контордагы орын толды, оган адам алынды.",
    "Вітя, місто в офісі вже занято, там уже другий чоловік работає.",
    "Lorna, iba ang amon napili para sa proyekto.",
    "Iba ang amon napili nga aplikante para sa obra.",
    "We done hire anodda one fi di shop.",
    "Ишде орун толгъанды.",
    "Dai ka mi napili para sa trabaho.",
    "Diri ka namon napili ha trabaho.",
    "May iba kaming aplikante na mas angay ha posisyon.",
    "My izbrali drugogo kandidata na poziciju.",
    "Smy se rozsuźili za drugego kandidata.",
    "这次就不请您来了，我们已经找到人了。",
]


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_neighbours_give_no_decision(text: str) -> None:
    assert not decision(text), text


@pytest.mark.parametrize("text", REFUSALS)
def test_refusals_still_give_a_decision(text: str) -> None:
    assert decision(text), text
