"""Twenty-ninth pass, part D (issue 11): the general refusal forms of slice 27's missed
languages. Twi is read by rejectwatch.model.languages_akan; Novial beside its sibling Interlingue
(rejectwatch.model.languages_romance_interlingue); Kölsch, Cook Islands Māori written with its
macrons and the French creoles of Guadeloupe, Réunion and Louisiana with their "already" words
by rejectwatch.model.languages_edges; French "l'équipe est désormais au complet" and "nous ne
pourrons pas vous proposer de contrat" (rejectwatch.model.added_languages), Korean "자리는 다른
분께 드리게 되었어요" (rejectwatch.model.languages_wide) and Dutch "je sollicitatie nemen we niet
verder mee", "een vrijwilliger krijgt de plek" (rejectwatch.model.languages_read). Each refusal
gives a decision token; its twins (a receipt, an invitation, a promise to write if something
opens, a sold-out event, the reader chosen) give none. The sentences are written for these
tests, in other trades than the slice's."""

from __future__ import annotations

import pytest

from readings import decision

REFUSALS = [
    # Kölsch
    "Mer han uns för ene andere entschiede.",
    "Mer han uns för en andere Bewerberin entschiede, die kennt dat Jeschäff.",
    "Mer han ald ene andere jenomme för de Theke.",
    "Mer künne Üch leider nit enstelle.",
    # Cook Islands Māori, with its macrons
    "Kua iki ana mātou i tētai tangata kē no teia tūranga.",
    "Kua iki mātou i tētai vaine kē.",
    "Kāre koe i iki'ia no teia angaanga.",
    # Twi
    "Yɛafa obi foforo dada.",
    "Yɛapaw obi foforo ama adwuma no.",
    "Yɛanya obi dada, enti yɛrentumi mfa wo saa bere yi.",
    "Yɛampaw wo wɔ saa bere yi mu.",
    # Guadeloupean and Martinican Creole
    "Nou ja pran on moun ki sav fè travay-la.",
    "Nou pé pa kontinyé épi'w pou travay-la.",
    "Nou ja chwazi on dòt moun.",
    # Réunion Creole
    "Nou la fine pran inn ot moun pou la boutik.",
    "Nou va pa kontinyé avek ou sat fwa-la.",
    "Nou la déza swazi inn lot kandida.",
    # Louisiana Creole
    "Nou deja chwazi en lòt moun pou djob-la.",
    "Nou pa kapab pran twa sa sézon-la.",
    "Nou fin pran en lòt moun.",
    # Novial
    "Nus ha selekte un altri kandidato kel ha plu experientie.",
    "Nus ha trova un altri persone por li laboro.",
    "Nus non pove kontinua kun vun aplikatione.",
    "Li posto es ja okupat.",
    "Vun aplikatione non ha esed aseptat.",
    # French: an everyday adverb, a contract not offered
    "L'équipe est désormais au complet pour cet été.",
    "Notre équipe de saisonniers est désormais complète.",
    "Nous ne pourrons pas vous proposer de contrat cette saison.",
    "On ne pourra pas te proposer de poste cette année.",
    # Korean: the place given to someone else
    "이번 자리는 다른 분께 드리게 되었어요.",
    "아쉽지만 이 포지션은 다른 지원자에게 돌아가게 되었습니다.",
    "견습 자리는 다른 분께 드리기로 했습니다.",
    # Dutch: not taken further, inverted; someone gets the place
    "Je sollicitatie nemen we daarom niet verder mee.",
    "We nemen je sollicitatie niet verder mee.",
    "Uw sollicitatie nemen we helaas niet mee in de verdere procedure.",
    "Een vaste vrijwilliger van de winkel krijgt de plek.",
    "Een collega uit het andere filiaal krijgt de functie.",
]

TWINS = [
    # Kölsch
    "Mer han Ding Bewerbung krääje un mellen uns bal.",
    "Mer han uns för ene andere Termin entschiede, kumm am Dinsdach.",
    "Mer han ald ene andere Disch för et Fess jenomme.",
    # Cook Islands Māori
    "Kua iki mātou iā koe no te uiuianga.",
    "Kua iki mātou i tētai rā kē no te uiuianga.",
    "Meitaki no tō pāpū, ka tuku atu mātou i te karere.",
    # Twi
    "Yɛanya wo krataa no, yɛbɛfrɛ wo nnansa yi.",
    "Yɛapaw wo ama nkitahodi no Dwoada.",
    "Yɛafa obi foforo sɛ ɔmmɛkyerɛ wo adwuma no.",
    "Sɛ yɛampaw wo a, yɛbɛka akyerɛ wo.",
    "Sɛ yɛafa obi foforo a, yɛbɛka akyerɛ wo.",
    "Yɛafa obi foforo ama apontoɔ no.",
    # Antillean, Réunion and Louisiana creoles
    "Nou ja risivwa kandidati aw, nou ké kriyé'w.",
    "Nou ja pran on moun pou édé'w.",
    "Nou la fine pran inn ot moun pou la fèt.",
    "Si nou chwazi en lòt moun, nou va di twa.",
    "Nou pa kapab pran twa a la gar sa sézon-la.",
    "Nou ja pran on moun pou konsè-la.",
    # Novial
    "Nus ha reseptat vun aplikatione e va kontakta vu.",
    "Nus ha selekte un altri date por li intervista.",
    "Si li posto es ja okupat, nus va informa vu.",
    "Li posto in li teatre es ja okupat.",
    "Nus ha selekte vu por li intervista.",
    # French
    "Avec toi, l'équipe est désormais au complet !",
    "Nous ne pourrons pas vous proposer de date avant le 3 mars.",
    "Nous ne pourrons pas vous proposer de contrat avant la fin de la période d'essai.",
    "Le concert est désormais complet.",
    # Korean
    "이번 공연 자리는 다른 분께 드리게 되었어요.",
    "면접은 다른 분이 진행하게 되었습니다.",
    "이번 자리는 다른 분께 드리게 되면 알려 드리겠습니다.",
    "지원서를 잘 받았습니다. 곧 연락드리겠습니다.",
    # Dutch
    "Je sollicitatie nemen we mee in de eerste ronde.",
    "Je krijgt de plek, gefeliciteerd!",
    "Wie het eerst reageert krijgt de plek.",
    "De winnaar krijgt de plek in de finale.",
    "Een vrijwilliger krijgt de plek naast je in de bus.",
    # English business mail and other languages' twins
    "The team is now complete for the offsite; see you Monday.",
    "We took on a new supplier for the migration.",
    "Nous avons bien reçu votre candidature.",
    "We picked another date for the review.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_slice27_refusals_give_a_decision(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_slice27_twins_give_no_decision(text: str) -> None:
    assert not decision(text), text
