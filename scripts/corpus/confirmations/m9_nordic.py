"""Application confirmations in Swedish, Danish and Norwegian (families m9-nordic-*; helper
m9, issue 11, ninth pass), most with the conditional refusal such mail carries ("om du inte
hör av oss inom tre veckor har du inte gått vidare"): the negatives of the Nordic rejections
(voice: voices/m9_nordic.py).
"""

from __future__ import annotations

from ..voices.m9_nordic import letter

RECEIVED = {
    "sv": [
        "Vi har tagit emot din ansökan och återkommer [[så snart vi kan|efter att ansökningstiden har gått ut]].",
        "Om du inte hör av oss inom [[tre|fyra]] veckor har du [[tyvärr |]]inte gått vidare i processen.",
        "Vi går igenom alla ansökningar och kontaktar de kandidater som går vidare till intervju.",
    ],
    "da": [
        "Vi har modtaget din ansøgning og vender tilbage [[hurtigst muligt|efter ansøgningsfristen]].",
        "Hvis du ikke har hørt fra os inden for [[tre|fire]] uger, er du [[desværre |]]ikke gået videre.",
        "Vi gennemgår alle ansøgninger og kontakter de kandidater, der går videre til samtale.",
    ],
    "no": [
        "Vi har mottatt søknaden din og kommer tilbake til deg [[så snart som mulig|etter søknadsfristen]].",
        "Dersom du ikke har hørt fra oss innen [[tre|fire]] uker, har du [[dessverre |]]ikke gått videre.",
        "Vi går gjennom alle søknadene og kontakter kandidatene som går videre til intervju.",
    ],
}
CLOSE = {
    "sv": ["Urvalet sker löpande.", "Din ansökan är nu registrerad i vårt rekryteringssystem."],
    "da": ["Vi indkalder løbende til samtaler.", "Din ansøgning er nu registreret i vores system."],
    "no": [
        "Vi kaller inn til intervju fortløpende.",
        "Søknaden din er nå registrert i systemet vårt.",
    ],
}

FAMILIES = [
    (f"m9-nordic-{lang}-received", letter(lang, RECEIVED, CLOSE), 16, "application_received")
    for lang in ("sv", "da", "no")
]
