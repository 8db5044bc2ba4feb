"""Twenty-fifth pass, part V (issue 11): written-36's misreadings, in their general forms.

Written-36 (a breadth batch: trades and channels HR templates never cover) refused the reader
with no decision token: the crew full, "we've got our person", "spot's taken", the foreman's
job handed to another, the bass dep sorted, a family keeping the work in the family, no room on
the gang, an app's activation refused; and in Vietnamese, Swahili, Polish, Italian, Indonesian,
French, Spanish, Greek, German, Turkish and Egyptian Arabic chat, the post filled or another
taken on. Each form is written here in other trades and words than the batch's, with twins
that must stay unread (a day's crew, a shift's person, a parking spot, a son joining the
business told as news, a sports squad's waiting list). Every message is written for these
tests."""

from __future__ import annotations

import pytest

from readings import decision, marks


@pytest.mark.parametrize(
    "text",
    [
        # the crew or the team full or complete
        "Hi Dana, the shearing gang's full up now, we've got our eight. Sorry mate.",
        "Thanks for your CV. The deck crew for the summer charter season is complete without "
        "you, I'm afraid.",
        "Our kitchen brigade for the festival run is now complete. Thanks for coming in.",
        "The staff for the harvest is already sorted, cheers for asking though.",
        # the places all taken, the hands booked in
        "Thanks for your interest! Kitchen porter places at this branch are all taken, so "
        "there's no start date for you.",
        "The summer extra hands are all booked in now. Thanks for the photos of your work.",
        # our person got, set or sorted for the post
        "Hey Jo, we've got our person for the pass now, so no need to hold Sunday. Ta.",
        "Sorted for the drum dep now, my mate's doing the wedding season. Cheers for the demo.",
        "We're all set for bar staff through the summer, so we'll pass for this year.",
        "Alright Sam, we got fixed up with a driver last week, already had his HGV licence. "
        "Sorry pal.",
        # the post handed to another; someone appointed as the post
        "Cheers for coming out to site. The boss has handed the site manager's job to Kofi, "
        "who ran our last three refits.",
        "The trustees met on Tuesday and have appointed Helena as organist from Easter. Thank "
        "you for playing at the audition.",
        # the boss took on others
        "No room on the crew mate, gaffer took on three from the agency on Monday.",
        # no room for the reader
        "There's no space on the rota for you, as the calls we're short on need a night driver.",
        "We can't find room for you on the boats this year, we had a lot of returners.",
        "The rota for the festival is already full and no shifts are being offered to new "
        "stewards this year.",
        # the spot taken
        "spot's taken sorry Priya!! the owner's niece has the weekend job",
        # the post not there any more; kept in the family
        "Thanks for calling in. My daughter has come back to help out, so the counter job you "
        "asked about isn't there any more.",
        "We talked it through and Mum wants to keep the shop in the family, so there's no "
        "trainee's job after all.",
        # an app's activation refused
        "After reviewing your details, activating you as a courier in Leeds isn't possible "
        "right now. Demand for riders there is already covered.",
    ],
)
def test_written36s_english_refusals_are_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # a day's or a week's crew
        "The picking crew's full this week, next week's open if you want it.",
        "We've got our person for the Friday shift, can you do Saturday?",
        "We're all set for bar staff on Saturday, could you cover Sunday instead?",
        # a parking spot, a time slot
        "The parking spot's taken, so leave your van on the street when you come for the trial.",
        "The 10:30 spot is taken now, sorry! Could you do 11:15 for your interview instead?",
        # a son joining the business, told as news
        "Just so you know, my son has come home to help in the shop. He'll be with you on the "
        "till for his first week.",
        # a sports squad full, a waiting list
        "Our junior squad is full for this season, so you've been added to the waiting list.",
        # the places that are not a post
        "The minibus seats are all taken, so make your own way to the site on Monday.",
        # a gang or a team with the reader in it
        "The crew's complete now, you'll be with Tom on the scaffold from Monday.",
        # an activation only until a document comes
        "Activating you as a courier isn't possible until you upload your licence.",
        # a new hire who serves the reader
        "The boss took on two from the agency, you'll be showing them round on Monday.",
        # the job handed to the reader
        "The gaffer has handed the foreman's job to you from next month, well done.",
    ],
)
def test_written36s_twins_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese
        "Chào Lan, tiệm tìm được người phụ quầy rồi nhé. Cảm ơn em đã ghé.",
        "Bên mình đã tuyển được người khác rồi, cảm ơn bạn.",
        # Swahili
        "Habari Juma, nafasi ya dereva wa kampuni imeshajazwa. Asante sana.",
        "Samahani, tumeshapata mtu mwingine kwa kazi hii.",
        # Polish
        "Cześć Ola, miejsce w magazynie już zajęte. Dzięki za wiadomość.",
        "Niestety wybraliśmy już inną osobę. Powodzenia!",
        # Italian
        "Ciao Luca, per il banco abbiamo scelto un altro ragazzo. Grazie della prova!",
        "Il posto in cucina è già stato preso, mi dispiace.",
        # Indonesian
        "Halo Mas Dimas, posisi kasir di toko kami cabang Depok sudah terisi ya.",
        # French
        "Salut Léa, pour la plonge on a pris une fille du quartier. Merci d'être venue.",
        # Spanish
        "Hola Pablo, al final contratamos a otro chico para la cocina. ¡Suerte!",
        "El puesto de camarero de terraza ya lo cubrimos, gracias por venir.",
        # Greek
        "Γεια σου Κώστα, τη θέση του μάγειρα την καλύψαμε με κάποιον άλλο. Ευχαριστούμε.",
        # German
        "Hallo Lisa, die Küchenstelle im Hotel ist leider schon besetzt. Danke trotzdem!",
        # Turkish
        "Merhaba Ahmet, kurye pozisyonu için başka bir adayla anlaştık. Teşekkürler.",
        # Egyptian Arabic chat
        "ahlan Mona, el wazifa et2afalet, e5tarna wa7da tanya. rabena ma3aki",
    ],
)
def test_written36s_language_refusals_are_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese: not yet found; someone found for a shift
        "Quán chưa tìm được người phụ bếp, em đến làm thử thứ Bảy nhé.",
        # Swahili: an interview slot filled
        "Nafasi ya usaili ya Jumamosi imejazwa, tafadhali njoo Jumapili.",
        # Polish: a parking place taken
        "Miejsce parkingowe już zajęte, zaparkuj na ulicy.",
        # Italian: someone taken on to train the reader, or for a shift
        "Abbiamo preso un'altra persona per il turno di sabato, tu vieni domenica.",
        # French: a lad taken on for Saturday
        "On a pris un gars pour samedi, toi tu viens dimanche.",
        # Spanish: another taken on for a shift
        "Contratamos a otra chica para el turno del sábado, tú vienes el domingo.",
        # German: a bus stop, a building site
        "Die Haltestelle ist schon weg, nimm die nächste.",
        # Turkish: a shift agreed with another
        "Cumartesi vardiyası için başka bir arkadaşla anlaştık, sen pazar gel.",
    ],
)
def test_written36s_language_twins_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)
