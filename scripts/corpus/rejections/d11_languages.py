"""Rejections in fourteen languages, one family per language (families d11-lang-*; helper d11,
issue 11, eleventh pass; voice: voices/d11_languages.py): German, French, Spanish, Dutch,
Italian, Portuguese, Polish, Swedish, Danish, Norwegian, Finnish, Czech, Turkish, Romanian.
Each holds a person's reply after an interview (someone else chosen), a formal refusal and a
post filled; their negatives in the same voices are in confirmations/ and interviews/.
"""

from __future__ import annotations

from ..voices.d11_languages import spec
from ..voices.d11_mail import REJ, lang_letter

LANGS = {
    "de": spec(
        "de",
        [
            "AW: Ihre Bewerbung als {role}",
            "Rückmeldung zu Ihrer Bewerbung",
            "AW: Unser Gespräch",
            "Ihre Bewerbung bei {company}",
        ],
        [
            "Wir haben uns inzwischen für eine andere Kandidatin entschieden, deren Erfahrung im "
            "Bereich [[Vertrieb|Controlling|Logistik|Pflege]] noch etwas besser zu unserem Team passt.",
            "Nach reiflicher Überlegung hat sich das Team für einen anderen Bewerber entschieden. "
            "Die Entscheidung ist uns wirklich nicht leichtgefallen.",
            "Leider können wir Ihnen für die Stelle als {role} keine Zusage geben.",
            "Die Position wurde mittlerweile intern besetzt, daher können wir Ihre Bewerbung "
            "nicht weiter berücksichtigen.",
            "Unsere Wahl ist am Ende auf jemanden gefallen, der bereits in einer ähnlichen Rolle "
            "gearbeitet hat.",
        ],
        [
            "vielen Dank für das angenehme Gespräch und Ihre Geduld.",
            "danke, dass Sie sich so viel Zeit für uns genommen haben.",
        ],
        [
            "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
            "Gern behalten wir Ihre Unterlagen für künftige Stellen, wenn Sie einverstanden sind.",
        ],
    ),
    "fr": spec(
        "fr",
        [
            "RE: Candidature - {role}",
            "Suite à notre entretien",
            "Votre candidature chez {company}",
            "Réponse à votre candidature",
        ],
        [
            "Après réflexion, l'équipe a retenu un autre profil pour le poste de {role}.",
            "Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour "
            "la suite du processus.",
            "Le poste a finalement été pourvu en interne.",
            "Nous avons choisi de poursuivre avec une candidate dont l'expérience correspond "
            "davantage à nos besoins actuels.",
            "Le choix du comité s'est porté sur une autre personne, au terme d'un échange serré.",
        ],
        [
            "Merci encore pour nos échanges de la semaine dernière.",
            "Je tenais à vous répondre personnellement.",
        ],
        [
            "Nous conservons votre CV dans notre vivier si vous le souhaitez.",
            "Je vous souhaite une belle réussite dans vos projets.",
        ],
    ),
    "es": spec(
        "es",
        [
            "RE: Proceso de selección {role}",
            "Tu candidatura en {company}",
            "Actualización del proceso",
            "Respuesta a su candidatura",
        ],
        [
            "Finalmente hemos optado por otra candidata cuyo perfil encaja mejor con lo que busca "
            "el equipo.",
            "Lamentamos comunicarte que en esta ocasión no continuarás en el proceso de selección "
            "para el puesto de {role}.",
            "Tras valorar todas las candidaturas, la vacante ya ha sido cubierta.",
            "El responsable del área ha elegido a otra persona para el puesto.",
            "Hemos decidido seguir adelante con otros perfiles más ajustados a la posición.",
        ],
        ["Gracias por tu tiempo en las entrevistas.", "Te escribo tras la reunión del comité."],
        [
            "Guardaremos tu currículum para futuras oportunidades.",
            "Te deseamos mucha suerte en tu búsqueda.",
        ],
    ),
    "nl": spec(
        "nl",
        [
            "RE: Sollicitatie {role}",
            "Terugkoppeling sollicitatie",
            "Je sollicitatie bij {company}",
            "Uitslag selectieprocedure",
        ],
        [
            "We hebben uiteindelijk gekozen voor een andere kandidaat met meer ervaring in [[de "
            "zorg|e-commerce|de bouw|het onderwijs]].",
            "Helaas moeten we je laten weten dat we je sollicitatie niet verder in behandeling "
            "nemen.",
            "Na lang wikken en wegen is de keuze gevallen op iemand anders.",
            "De vacature is inmiddels ingevuld.",
            "We gaan verder met twee kandidaten die beter aansluiten bij het profiel.",
        ],
        ["Bedankt voor de fijne gesprekken.", "Dank voor je geduld de afgelopen weken."],
        [
            "Dank voor je interesse in {company} en veel succes.",
            "Je mag altijd opnieuw solliciteren bij een passende vacature.",
        ],
    ),
    "it": spec(
        "it",
        [
            "Esito della selezione - {role}",
            "R: Colloquio per {role}",
            "La sua candidatura presso {company}",
            "Aggiornamento sulla selezione",
        ],
        [
            "Dopo un'attenta valutazione abbiamo scelto di proseguire con un altro candidato.",
            "Siamo spiacenti di comunicarle che la sua candidatura per la posizione di {role} non "
            "è stata selezionata.",
            "La posizione è stata coperta e il processo di selezione è concluso.",
            "Alla fine il team ha scelto un profilo con più esperienza nel settore.",
        ],
        [
            "grazie per il tempo che ci ha dedicato durante i colloqui.",
            "ti ringrazio molto per la disponibilità.",
        ],
        [
            "Le auguriamo il meglio per il suo percorso professionale.",
            "Conserveremo il suo CV per eventuali opportunità future.",
        ],
    ),
    "pt": spec(
        "pt",
        [
            "Processo seletivo - {role}",
            "Re: Entrevista",
            "Retorno sobre a sua candidatura",
            "Atualização da candidatura",
        ],
        [
            "Após análise, optámos por avançar com outro candidato para a vaga de {role}.",
            "Infelizmente, o seu perfil não foi selecionado para a próxima etapa.",
            "A vaga já foi preenchida.",
            "A gestora escolheu outra pessoa para a posição. Foi uma decisão difícil.",
        ],
        [
            "obrigado pela sua participação no nosso processo seletivo.",
            "passando para dar um retorno sobre a entrevista.",
        ],
        [
            "Manteremos o seu currículo no nosso banco de talentos.",
            "Desejamos muito sucesso na sua carreira.",
        ],
    ),
    "pl": spec(
        "pl",
        [
            "Rekrutacja - {role}",
            "Odp: Rozmowa kwalifikacyjna",
            "Informacja o wyniku rekrutacji",
            "Dziękujemy za aplikację",
        ],
        [
            "Po analizie wszystkich kandydatur zdecydowaliśmy się na współpracę z inną osobą.",
            "Z przykrością informujemy, że Pani/Pana kandydatura nie została wybrana do dalszego "
            "etapu rekrutacji.",
            "Stanowisko zostało już obsadzone.",
            "Niestety tym razem wybraliśmy innego kandydata.",
        ],
        [
            "dziękujemy za udział w rozmowie kwalifikacyjnej na stanowisko {role}.",
            "dzięki za poświęcony czas.",
        ],
        ["Trzymam kciuki za dalsze poszukiwania!", "Dziękujemy za zainteresowanie naszą firmą."],
    ),
    "sv": spec(
        "sv",
        ["Angående din ansökan", "SV: Intervju", "{role} - besked"],
        [
            "Vi har nu valt att gå vidare med en annan kandidat till tjänsten som {role}.",
            "Tyvärr har vi beslutat att inte gå vidare med din ansökan.",
            "Tjänsten är nu tillsatt.",
        ],
        ["tack för att du tog dig tid att träffa oss.", "tack för ett trevligt samtal."],
        ["Tack för ditt intresse för {company}.", "Lycka till framöver!"],
    ),
    "da": spec(
        "da",
        ["Vedr. din ansøgning", "SV: Samtale", "Svar på ansøgning - {role}"],
        [
            "Vi har besluttet at gå videre med en anden kandidat, hvis profil passer lidt bedre "
            "til opgaverne.",
            "Vi må desværre meddele, at du ikke er gået videre i rekrutteringsprocessen.",
            "Stillingen er nu besat.",
        ],
        ["tak for en god samtale.", "tak for din ansøgning."],
        ["Tak for din interesse, og held og lykke fremover."],
    ),
    "no": spec(
        "no",
        ["Tilbakemelding på søknad", "SV: Intervju", "Søknad - {role}"],
        [
            "Vi har valgt en annen kandidat til stillingen som {role}.",
            "Vi må dessverre meddele at du ikke har nådd opp i konkurransen om stillingen.",
            "Stillingen er nå besatt, og prosessen er avsluttet.",
        ],
        ["takk for intervjuet.", "takk for interessen for stillingen."],
        ["Lykke til videre!"],
    ),
    "fi": spec(
        "fi",
        ["Hakemuksesi tehtävään {role}", "VS: Haastattelu", "Rekrytoinnin tilanne"],
        [
            "Valitettavasti valintamme ei tällä kertaa kohdistunut sinuun.",
            "Olemme valinneet tehtävään toisen hakijan.",
            "Haku on nyt päättynyt ja tehtävä on täytetty.",
            "Päätimme jatkaa prosessia muiden hakijoiden kanssa.",
        ],
        [
            "kiitos hakemuksestasi ja mukavasta haastattelusta.",
            "kiitos kiinnostuksestasi yritystämme kohtaan.",
        ],
        [
            "Toivotamme sinulle onnea työnhakuun.",
            "Säilytämme hakemuksesi puoli vuotta tulevia tehtäviä varten.",
        ],
    ),
    "cs": spec(
        "cs",
        ["Výsledek výběrového řízení", "Re: Pohovor", "Vaše žádost - {role}"],
        [
            "Po zvážení všech uchazečů jsme se rozhodli pokračovat s jiným kandidátem.",
            "Bohužel Vám musíme oznámit, že jste nebyl(a) vybrán(a) do dalšího kola výběrového "
            "řízení.",
            "Pozice již byla obsazena.",
            "Nakonec jsme vybrali jiného kandidáta.",
        ],
        ["děkujeme za Váš zájem o pozici {role}.", "díky moc za čas, který jsi nám věnoval(a)."],
        [
            "Přejeme hodně štěstí v dalším hledání.",
            "Váš životopis si rádi ponecháme pro budoucí nabídky.",
        ],
    ),
    "tr": spec(
        "tr",
        ["Başvurunuz hakkında", "Ynt: Mülakat", "{role} başvuru sonucu"],
        [
            "Değerlendirmelerimiz sonucunda başka bir adayla ilerlemeye karar verdik.",
            "Maalesef başvurunuz bu aşamada olumlu sonuçlanmamıştır.",
            "Pozisyon doldurulmuştur.",
        ],
        [
            "{role} pozisyonu için gösterdiğiniz ilgiye teşekkür ederiz.",
            "mülakata ayırdığınız zaman için teşekkürler.",
        ],
        [
            "Özgeçmişinizi ileride açılacak pozisyonlar için veri tabanımızda saklayacağız.",
            "Kariyerinizde başarılar dileriz.",
        ],
    ),
    "ro": spec(
        "ro",
        ["Răspuns la aplicația dumneavoastră", "Re: Interviu", "Candidatura pentru {role}"],
        [
            "În urma analizei, am decis să continuăm procesul cu un alt candidat.",
            "Din păcate, candidatura dumneavoastră nu a fost selectată pentru etapa următoare.",
            "Postul a fost ocupat.",
        ],
        [
            "vă mulțumim pentru interesul acordat poziției de {role}.",
            "mulțumim pentru timpul acordat interviului.",
        ],
        [
            "Vă vom păstra CV-ul în baza noastră de date pentru oportunități viitoare.",
            "Vă dorim mult succes în continuare.",
        ],
    ),
}

COUNTS = {"de": 14, "fr": 14, "es": 14, "nl": 14, "it": 12, "pt": 12, "pl": 12}

FAMILIES = [
    lang_letter(f"d11-lang-{code}-refusal", COUNTS.get(code, 10), REJ, s, quote_p=0.4)
    for code, s in LANGS.items()
]
