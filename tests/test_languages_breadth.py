"""Twenty-sixth pass, part N (issue 11): the usual refusal formulas of thirty languages and
regional varieties new to the project (written-39's languages), read by
rejectwatch.model.languages_breadth. Each refusal (the reader not chosen, the post filled,
someone else chosen, the application going no further) gives a decision token; its twins (a
receipt with the language's "if you are chosen", an invitation, a seat or a ticket taken, the
reader chosen) give none. The sentences are written for these tests, in other trades than the
batch's."""

from __future__ import annotations

import pytest

from readings import decision

REFUSALS = [
    # Upper Sorbian
    "Bohužel njemóžemy Wam wukubłanske městno poskićić.",
    "Njejsće był wubrany za tute dźěło.",
    "Dźěłowe městno w kuchni je mjeztym wobsadźene.",
    "Smy so za druheho požadarja rozsudźili.",
    # Kashubian
    "Jesmë wama nie wëbrelë do ti robòtë w pòrce.",
    "Wëbrelë jesmë jinszą òsobã do szkòłë.",
    # Silesian
    "Wybrali my już inkszo osoba do piekarni.",
    "Niy bydymy dalij rozpatrywać twojego zgłoszynia.",
    # Manx
    "Cha vel shin er dty reih son yn obbyr ayns y thie-lhionn.",
    "Ta shin er reih ben elley son yn obbyr.",
    # Cornish
    "Ny wrussyn ni agas dewis rag an ober yn lyverva.",
    "Ni re dhewisas den aral rag an soodh.",
    # Chamorro
    "Dispensa, ti ma ayek hao para i cho'cho' gi eskuela.",
    "Esta ma ayek otro palao'an para i puesto.",
    # Kirundi
    "Tubabajwe no kubamenyesha ko mutatowe kuri uwo mwanya.",
    "Twatoye uwundi mukandida ku kazi ko kwigisha.",
    # Luganda
    "Tusonyiwa nnyo, tetukulondedde ku kifo kino.",
    "Twafunye omuntu omulala ku mulimu gw'okuvuga.",
    # siSwati, Sepedi, Xitsonga
    "Siyacolisa, anikhetfwanga kulesikhundla.",
    "Re swabile, ga le a atlega ka kgopelo ye.",
    "Mošomo o šetše o tlatšitšwe.",
    "Hi tisola, a mi hlawuriwanga eka xikhundla lexi.",
    "Hi tekile mukombeli un'wana.",
    # Aymara, Nahuatl
    "Janiw jumanakax ajllitäpktati.",
    "Tequitl ye quipiya occe cihuatl.",
    # Gascon, Picard
    "La vòsta candidatura n'ei pas estada seleccionada entà aqueth emplec.",
    "Qu'avem engatjat ua auta persona entau trabalh.",
    "Os avons embauché un eute gamin pour l'ouvrage.",
    "Ech poste il est d'jà pris.",
    # Lombard, Piedmontese, Ligurian
    "Gh'emm giamò ciapaa on'altra tosa per el negozi.",
    "La vostra domanda la va minga avanti.",
    "I l'oma già pijà n'àutr fieul për la botega.",
    "Ël travaj a l'é già dàit via.",
    "Emmo za assunto un atro zoeno.",
    # Aromanian
    "Nu ti aleapsim tr-aestã lucru.",
    # Alsatian, Bavarian, Swabian, Plautdietsch
    "Mir han uns leider fer e àndere Bewerberin entschiede.",
    "De Lehrstöi is leida scho vergebn.",
    "Mia kenna eich leida ned ãstölln.",
    "Dee Oabeit es nu besat.",
    # Gagauz, Crimean Tatar
    "Acıyarak bildireriz, sän seçilmedin.",
    "Teessüf, mevqi artıq tolu.",
    "Başqa bir qıznı aldıq.",
    # Hiligaynon
    "Ang bakante nga posisyon napuno na.",
    "Nakapili na kami sang iban nga aplikante.",
    "Lain ang ginpili namon para sa trabaho.",
    # Rusyn, Bashkir, Chuvash, Yakut
    "Прияли сьме иншого роботника.",
    "Урын инде биләнгән.",
    "Сире суйламарӑмӑр.",
    "Атын дьахтары ылбыппыт.",
]

TWINS = [
    # receipts with the language's "if you are chosen"
    "Jeli budźeće wubrany, zdźělimy Wam to.",
    "Czej wëbrelë jesmë jinszégò kandidata, damë wama znac.",
    "Jeźli wybrali my inkszego kandydata, dōmy znać.",
    "My vees shin er reih fer elley, nee mayd screeu hood.",
    "Yanggen esta ma ayek otro taotao, bai in sangåni hao.",
    "Nimba twahisemwo uwundi mukandida, tuzokumenyesha.",
    "Nangabe sikhetse lomunye umuntfu, sitakwatisa.",
    "Loko hi hlawule munhu un'wana, hi ta ku tivisa.",
    "Eger başqa namzetni sayladıq, sizge haber berermiz.",
    "Әгәр башҡа кешене һайланыҡ, хәбәр итербеҙ.",
    # invitations and the reader chosen
    "Smy Će za rozmołwu wubrali.",
    "Ta shin er dty reih son co-loayrtys.",
    "Gh'emm sceglüü ti per el colloqui.",
    "Mia ham uns fia di entschiedn, kimm am Montag.",
    # seats, tickets, events
    "Městno na koncerće je hižo wobsadźene.",
    "Lo lòc entau concèrt qu'ei dejà ocupat.",
    "Ël pòst an sl'autobus a l'é già ocupà.",
    "Урын концертта инде тулы.",
    "Миэстэ концерка толору.",
    "Ekifo ku tikiti kyajjuziddwa.",
    # receipts and invitations in these languages
    "Wutrobny dźak za Waše požadanje.",
    "Twakiriye ubusabe bwawe, tuzokuvugisha.",
    "Re amogetše kgopelo ya gago.",
    "Sizi {next} saat onda konuşmaya çaarêriz.",
    "Запрошуєме вас на бесіду у четверь.",
    "Der Bäcker hat uns heute frische Brezeln geliefert.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_breadth_refusals_give_a_decision(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_breadth_twins_give_no_decision(text: str) -> None:
    assert not decision(text), text
