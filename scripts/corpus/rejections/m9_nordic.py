"""Rejections in Swedish, Danish and Norwegian (families m9-nordic-*; helper m9, issue 11,
ninth pass): an ATS letter after the application and a personal note after an interview, in
each language, with decision sentences of their own per family (voice: voices/m9_nordic.py).
"""

from __future__ import annotations

from ..voices.m9_nordic import letter

LETTER = {
    "sv": [
        "Vi har nu gått igenom alla ansökningar och har [[tyvärr|dessvärre]] valt att gå vidare med andra kandidater.",
        "Efter noggrant övervägande har vi [[beslutat|bestämt oss för]] att inte gå vidare med din ansökan.",
        "Tyvärr går du inte vidare till nästa steg i rekryteringen.",
    ],
    "da": [
        "Vi har nu gennemgået alle ansøgninger og har [[desværre|beklageligvis]] valgt at gå videre med andre kandidater.",
        "Efter grundig overvejelse har vi besluttet ikke at gå videre med din ansøgning.",
        "Du er desværre ikke blevet udvalgt til samtale.",
    ],
    "no": [
        "Vi har nå gått gjennom alle søknadene og har [[dessverre|beklageligvis]] valgt å gå videre med andre kandidater.",
        "Etter en grundig vurdering har vi besluttet å ikke gå videre med søknaden din.",
        "Du er dessverre ikke blitt valgt ut til intervju.",
    ],
}
LETTER_CLOSE = {
    "sv": [
        "Vi önskar dig lycka till i ditt fortsatta jobbsökande.",
        "Du är välkommen att söka andra tjänster hos oss.",
    ],
    "da": [
        "Vi ønsker dig held og lykke med jobsøgningen.",
        "Du er velkommen til at søge andre stillinger hos os.",
    ],
    "no": [
        "Vi ønsker deg lykke til videre.",
        "Du er velkommen til å søke på andre stillinger hos oss.",
    ],
}
NOTE = {
    "sv": [
        "Vi har valt en annan kandidat vars erfarenhet [[stämmer bättre med|ligger närmare]] det vi söker.",
        "Tjänsten har nu tillsatts av en annan sökande[[ med längre erfarenhet|]].",
        "Det blev [[tyvärr|dessvärre]] inte du den här gången - vi har gått vidare med någon som redan har arbetat i branschen.",
    ],
    "da": [
        "Vi har valgt en anden kandidat, hvis profil [[passer bedre til|ligger tættere på]] stillingen.",
        "Stillingen er nu besat af en anden ansøger[[ med mere erfaring|]].",
        "Det blev [[desværre|beklageligvis]] ikke dig denne gang - vi er gået videre med en, der allerede kender branchen.",
    ],
    "no": [
        "Vi har valgt en annen kandidat med [[mer relevant|lengre]] erfaring.",
        "Stillingen er nå besatt av en annen søker[[ med mer erfaring|]].",
        "Det ble [[dessverre|beklageligvis]] ikke deg denne gangen - vi har gått videre med noen som allerede kjenner bransjen.",
    ],
}
NOTE_CLOSE = {
    "sv": ["Det var verkligen roligt att lära känna dig.", "Hör gärna av dig om du har frågor."],
    "da": [
        "Det var rigtig hyggeligt at møde dig.",
        "Du er velkommen til at ringe, hvis du har spørgsmål.",
    ],
    "no": [
        "Det var veldig hyggelig å bli kjent med deg.",
        "Ta gjerne kontakt hvis du har spørsmål.",
    ],
}

FAMILIES = [
    (f"m9-nordic-{lang}-{style}", letter(lang, table, close, met), 14, "rejection")
    for lang in ("sv", "da", "no")
    for style, table, close, met in (
        ("letter", LETTER, LETTER_CLOSE, 0.0),
        ("note", NOTE, NOTE_CLOSE, 1.0),
    )
]
