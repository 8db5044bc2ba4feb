"""Interview invitations and reschedules in Swedish, Danish and Norwegian (families
m9-nordic-*; helper m9, issue 11, ninth pass), some with a regret about a slot: the negatives
of the Nordic rejections (voice: voices/m9_nordic.py).
"""

from __future__ import annotations

from ..voices.m9_nordic import letter

INVITE = {
    "sv": [
        "Vi vill gärna träffa dig för en intervju [[på vårt kontor i {city}|via Teams]].",
        "Du har gått vidare till nästa steg! Passar [[tisdag kl. 10|torsdag kl. 14]] för en intervju?",
        "Tyvärr måste vi flytta intervjun till [[onsdag|fredag]] - passar det dig?",
    ],
    "da": [
        "Vi vil gerne invitere dig til en samtale [[på vores kontor i {city}|over Teams]].",
        "Du er gået videre til næste runde! Passer [[tirsdag kl. 10|torsdag kl. 14]] til en samtale?",
        "Desværre er vi nødt til at flytte samtalen til [[onsdag|fredag]] - passer det dig?",
    ],
    "no": [
        "Vi vil gjerne invitere deg til et intervju [[på kontoret vårt i {city}|på Teams]].",
        "Du har gått videre til neste runde! Passer det [[tirsdag kl. 10|torsdag kl. 14]] med et intervju?",
        "Dessverre må vi flytte intervjuet til [[onsdag|fredag]] - passer det for deg?",
    ],
}
CLOSE = {
    "sv": [
        "Svara gärna på det här mejlet med en tid som passar.",
        "Vi ser fram emot att träffa dig!",
    ],
    "da": [
        "Svar gerne på denne mail med et tidspunkt, der passer dig.",
        "Vi glæder os til at møde dig!",
    ],
    "no": [
        "Svar gjerne på denne e-posten med et tidspunkt som passer.",
        "Vi gleder oss til å møte deg!",
    ],
}

FAMILIES = [
    (f"m9-nordic-{lang}-invite", letter(lang, INVITE, CLOSE), 14, "interview")
    for lang in ("sv", "da", "no")
]
