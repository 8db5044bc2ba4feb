"""Twenty-sixth pass, part K (issue 11): a hostile re-read of parts A and D's new readings
(rejectwatch.model.decisions_forwarded, rejectwatch.model.languages_regional) and of four false
readings part D found already in main.

Every sentence below is no refusal of the reader: a journey by train or an onboarding
programme ending, an office or a one-off task given to a member, a seat or a room taken, a
thing (a bus, a van, a hall, a restaurant, a company) chosen rather than a person, a post that
will be filled from a date, staff welcomed to a new colleague. Each once gave a decision token;
none may. The refusals these readings were written for stay read (tests/test_decisions_
forwarded.py, tests/test_languages_regional.py, and the refusal twins at the end here). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision

FALSE_READINGS = [
    # decisions_forwarded: a journey by rail or a programme that goes on into work
    "Your journey with us ends here in Lisbon; thanks for travelling with Atlantic Tours.",
    "Your onward journey ends before the final stop at Crewe, so please change trains.",
    "Your train journey ends at this stage of the line due to engineering works.",
    "This is where your journey with the onboarding programme ends: from Monday you are a full "
    "member of the team.",
    "Your induction journey on the graduate programme ends at this point, and your first "
    "rotation begins.",
    "Your journey through our programme ends now and your permanent role begins.",
    "Your learning journey ends before the final module, which is optional.",
    "Your journey ends here - welcome aboard, your contract is attached.",
    # decisions_forwarded: an office or a group a member is appointed to
    "We'll appoint Tom, who's been our acting treasurer, permanently.",
    "I will appoint Jeff, who knows the pipeline business, to the steering group.",
    # decisions_forwarded: a member asked to join for a match, a call, a committee, a quarter
    "We've asked Priya to join the crew as our first aid officer for the tour.",
    "We have asked Kim to join as the captain for Saturday's match.",
    "I've asked Maria to join as our note taker for the board call.",
    "We've asked John to join as the new member of the book club committee.",
    "I have asked Rebecca to join the team as the new compliance liaison for the quarter.",
    "We've asked Vince to join as our new risk adviser on the Dabhol project.",
    "I have asked Dave to join as our new member of the audit committee.",
    "Hi all, we've appointed Joe as our new fire warden for the second floor.",
    # languages_regional: a thing chosen, a seat taken, a draw or a team not won
    "Emos contratau a unatra empresa ta o transporte.",
    "O puesto ya ye ocupau en o autobús, te'n queda un atro.",
    "A plaza ya ye ocupada, busca-te unatra mesa.",
    "No has estau trigau ta o sorteyo d'a rifa.",
    "Plas la in fini ranpli pour konser samdi.",
    "Plas la in fini okipe, ou kapab asize lot kote.",
    "Ou pa'n ganny seleksyonnen dan tiraz osor.",
    "Ou pa'n ganny seleksyonnen pour lekip foutborl.",
    "Ni selektis altra hotelo por la kongreso.",
    "Ni elektis altra chambro por la kunveno.",
    "Ni prenis altra voyo a la urbo.",
    "La plaso ja esas okupata en la autobuso.",
    "Vu ne esas selektita por la lotario.",
    "Veer höbbe gekoze veur e angere zaal.",
    "Veer höbbe gekoze veur ein anger restaurant.",
    "De plaats is al bezat in d'n bus.",
    "De plek is al bezet, gank mer angers zitte.",
    "Li plaece est ddja prinde e l' bus.",
    "Nos avans pris on ôte ome po l' concert.",
    "Gavemo sielto n'altra ostaria par la sena.",
    "El posto xe za ciapà, sentite de là.",
    "El posto xe za stà ciapà al ristorante.",
    "Der Platz ist mit einem Rucksack besetzt.",
    "Elegimos a una persona que va a dar la charla de bienvenida.",
    "Nos quedamos con una señora que hace pasteles para la fiesta.",
    "Seleccionamos a una candidata que será la nueva gerente; denle la bienvenida.",
    "Ne-am oprit la o altă persoană pentru a cere direcții.",
    "Am angajat pe cineva cu dubă pentru mutare.",
    "Ne-am hotărât pentru un coleg care va ține prezentarea la conferință.",
    "Chúng tôi đã tuyển được người phù hợp cho vị trí trưởng nhóm, mọi người chào đón anh ấy nhé.",
    "Chúng tôi đã chọn một người dẫn chương trình cho buổi lễ.",
    # older readings (part D found them): a thing chosen, a post filled from a date
    "We took another bus to the depot.",
    "We caught another train home after the site visit.",
    "We booked the other hotel near the airport.",
    "We picked another restaurant for the team dinner.",
    "We went with another hotel for the conference.",
    "We have chosen another date for the offsite: it is now 14 March.",
    "We hired a van with a driver who knows the route.",
    "We hired a minibus and a driver for the away game.",
    "Nous avons choisi une autre salle pour la réunion.",
    "Nous avons choisi un autre traiteur pour le séminaire.",
    "Die Stelle wird zum ersten Mai mit einer Vollzeitkraft besetzt.",
    "Die Stelle wird voraussichtlich im Herbst mit einem neuen Kollegen besetzt.",
    "Die Ausbildungsstelle wird ab August mit einer Auszubildenden besetzt.",
    "Die Position soll zum 1. Juli besetzt werden und wird ab sofort besetzt.",
    "Wir haben die Stelle mit einer neuen Kollegin besetzt, bitte begrüßt sie am Montag.",
    "Am ales pe altcineva pentru prezentare.",
]

# the refusals the narrowed readings were written for, in their own words (each must stay read)
REFUSALS = [
    "Your journey with us ends here. Thank you for applying to the graduate scheme.",
    "Dear Kofi, your journey on the training contract programme ends at this stage.",
    "We'll appoint Marcus, who already runs the reading group on Thursdays.",
    "After the final round we've asked Anneke to join as our first head of finance.",
    "We have asked Lindiwe to join the team as our community organiser.",
    "We took another candidate forward to the final round.",
    "We hired a graduate with more experience of the software.",
    "We've gone with another bus driver who lives closer to the depot.",
    "We went with another hotel receptionist who could start sooner.",
    "We have decided to go another route with this role.",
    "We went with another applicant.",
    "Nous avons choisi une autre candidate pour ce poste.",
    "Nous avons choisi un autre profil.",
    "Die Stelle wurde inzwischen mit einem Mitarbeiter aus der eigenen Tischlerei besetzt.",
    "Die Stelle wird nicht mehr besetzt.",
    "Die Stelle wird jedoch mit einer Kollegin besetzt, die bereits in unserem Lager arbeitet.",
    "We have appointed a coach who holds the level 2 award.",
    "We've chosen to go forward with a coach whose hours suit the squad better.",
    "Die Stelle ist bereits besetzt.",
    "Emos triau a unatra persona que ya ha treballau en una ferrería.",
    "O puesto ya ye ocupau, lo sentimos muito.",
    "Ni selektis altra kandidato por la posteno.",
    "Ni elektis altru, pro ke il ja konocas la butiko.",
    "Veer höbbe gekoze veur emes angers.",
    "Gavemo sielto n'altra persona par el posto.",
    "Elegimos a una persona que ya conoce el turno de fin de semana del almacén.",
    "Ne-am oprit la o altă persoană, care are experiență în patiserie.",
    "Chúng tôi đã tuyển được người phù hợp cho vị trí này.",
]


@pytest.mark.parametrize("text", FALSE_READINGS)
def test_no_refusal_gives_no_decision(text: str) -> None:
    assert not decision(text), text


@pytest.mark.parametrize("text", REFUSALS)
def test_the_refusals_stay_read(text: str) -> None:
    assert decision(text), text
