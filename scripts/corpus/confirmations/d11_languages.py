"""Application confirmations in fourteen languages, with the conditional refusal talk real
confirmations carry (families d11-lang-*-received; helper d11, issue 11, eleventh pass; voice:
voices/d11_languages.py): the negatives of rejections/d11_languages.py, in the same voices.
"""

from __future__ import annotations

from ..voices.d11_languages import spec
from ..voices.d11_mail import RCV, lang_letter

LANGS = {
    "de": spec(
        "de",
        [
            "Eingangsbestätigung Ihrer Bewerbung",
            "Ihre Bewerbung als {role}",
            "Danke für Ihre Bewerbung",
        ],
        [
            "wir haben Ihre Bewerbung als {role} erhalten und melden uns innerhalb von drei "
            "Wochen. Sollten wir uns bis dahin nicht gemeldet haben, fragen Sie gern nach.",
            "vielen Dank für Ihre Bewerbung. Falls Ihr Profil nicht zur Stelle passt, behalten "
            "wir Ihre Unterlagen mit Ihrem Einverständnis für weitere Positionen.",
            "Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen derzeit alle "
            "Bewerbungen und geben Ihnen in jedem Fall Bescheid.",
        ],
    ),
    "fr": spec(
        "fr",
        [
            "Accusé de réception de votre candidature",
            "Votre candidature - {role}",
            "Merci pour votre candidature",
        ],
        [
            "Nous avons bien reçu votre candidature pour le poste de {role}. Sans réponse de notre "
            "part sous quatre semaines, n'hésitez pas à nous relancer.",
            "Votre candidature est en cours d'étude. Si votre profil n'était pas retenu, nous "
            "conserverions votre CV pour de futures opportunités.",
            "Merci pour votre intérêt. Seuls les candidats présélectionnés seront contactés pour "
            "un entretien.",
        ],
    ),
    "es": spec(
        "es",
        ["Confirmación de tu candidatura", "Hemos recibido tu CV", "Candidatura - {role}"],
        [
            "Hemos recibido tu candidatura para el puesto de {role}. En caso de no resultar "
            "seleccionado, conservaremos tus datos para futuros procesos.",
            "Gracias por postularte. Estamos revisando todas las candidaturas y te escribiremos "
            "en cualquier caso.",
            "Tu solicitud está en revisión. Solo nos pondremos en contacto con las personas "
            "preseleccionadas.",
        ],
    ),
    "nl": spec(
        "nl",
        [
            "Bevestiging van je sollicitatie",
            "We hebben je sollicitatie ontvangen",
            "Sollicitatie {role}",
        ],
        [
            "We hebben je sollicitatie voor {role} in goede orde ontvangen. Mocht je niet door "
            "gaan, dan laten we dat uiterlijk over twee weken weten.",
            "Dank voor je sollicitatie. We bekijken alle brieven na de sluitingsdatum en nemen "
            "hoe dan ook contact met je op.",
            "Je sollicitatie is ontvangen. Is er geen match, dan bewaren we je cv een jaar.",
        ],
    ),
    "it": spec(
        "it",
        ["Conferma di ricezione", "La tua candidatura - {role}", "Grazie per la candidatura"],
        [
            "abbiamo ricevuto la sua candidatura per la posizione di {role}. Qualora il suo profilo "
            "non venisse selezionato, conserveremo il CV per future opportunità.",
            "grazie per esserti candidato. Saranno contattati solo i profili in linea con la "
            "posizione.",
            "la sua candidatura è in fase di valutazione. Le daremo un riscontro in ogni caso.",
        ],
    ),
    "pt": spec(
        "pt",
        ["Candidatura recebida", "Confirmação - {role}", "Obrigado pela sua candidatura"],
        [
            "recebemos a sua candidatura para a vaga de {role}. Caso não seja selecionado, o seu "
            "currículo ficará no nosso banco de talentos.",
            "a sua candidatura está em análise. Entraremos em contacto apenas com os candidatos "
            "pré-selecionados.",
            "obrigado pelo interesse! Vamos analisar o seu perfil e daremos retorno em breve.",
        ],
    ),
    "pl": spec(
        "pl",
        [
            "Potwierdzenie otrzymania aplikacji",
            "Twoja aplikacja - {role}",
            "Dziękujemy za aplikację",
        ],
        [
            "otrzymaliśmy Pani/Pana aplikację na stanowisko {role}. Skontaktujemy się tylko z "
            "wybranymi kandydatami.",
            "dziękujemy za przesłanie CV. Jeśli nie otrzyma Pani/Pan odpowiedzi w ciągu 30 dni, "
            "prosimy o kontakt.",
            "Twoja aplikacja jest w trakcie weryfikacji. Odezwiemy się niezależnie od wyniku.",
        ],
    ),
    "sv": spec(
        "sv",
        ["Tack för din ansökan", "Bekräftelse: {role}"],
        [
            "vi har tagit emot din ansökan till tjänsten som {role}. Urval sker löpande och vi "
            "hör av oss oavsett utfall.",
            "tack för din ansökan! Om du inte går vidare sparar vi dina uppgifter i sex månader.",
        ],
    ),
    "da": spec(
        "da",
        ["Tak for din ansøgning", "Kvittering: {role}"],
        [
            "vi har modtaget din ansøgning. Vi vender tilbage, når ansøgningsfristen er udløbet.",
            "tak for din ansøgning til stillingen som {role}. Hvis du ikke går videre, får du "
            "besked pr. mail.",
        ],
    ),
    "no": spec(
        "no",
        ["Takk for søknaden", "Bekreftelse: {role}"],
        [
            "vi har mottatt søknaden din på stillingen som {role}. Vi tar kontakt etter "
            "søknadsfristen.",
            "takk for søknaden! Hvis du ikke går videre, gir vi beskjed så snart vi kan.",
        ],
    ),
    "fi": spec(
        "fi",
        ["Kiitos hakemuksestasi", "Vahvistus: {role}"],
        [
            "olemme vastaanottaneet hakemuksesi tehtävään {role}. Otamme yhteyttä hakuajan "
            "päätyttyä.",
            "kiitos hakemuksestasi! Jos et etene prosessissa, ilmoitamme siitä sähköpostitse.",
            "hakemuksesi on käsittelyssä. Haastatteluun valituille ilmoitetaan henkilökohtaisesti.",
        ],
    ),
    "cs": spec(
        "cs",
        ["Potvrzení přijetí žádosti", "Děkujeme za Váš zájem - {role}"],
        [
            "potvrzujeme přijetí Vaší žádosti na pozici {role}. Ozveme se Vám do dvou týdnů.",
            "děkujeme za zaslání životopisu. Kontaktovat budeme pouze vybrané uchazeče.",
            "Vaše žádost je v posuzování. V každém případě Vám dáme vědět výsledek.",
        ],
    ),
    "tr": spec(
        "tr",
        ["Başvurunuz alındı", "{role} başvurunuz"],
        [
            "{role} pozisyonu için başvurunuz tarafımıza ulaşmıştır. Değerlendirme süreci "
            "tamamlandığında sizinle iletişime geçeceğiz.",
            "başvurunuz için teşekkür ederiz. Yalnızca uygun görülen adaylarla iletişime "
            "geçilecektir.",
        ],
    ),
    "ro": spec(
        "ro",
        ["Confirmare aplicare", "Aplicația pentru {role}"],
        [
            "am primit aplicația dumneavoastră pentru poziția de {role}. Vă vom contacta în "
            "cel mai scurt timp.",
            "vă mulțumim pentru aplicare. Doar candidații selectați vor fi contactați pentru "
            "interviu.",
        ],
    ),
}

BIG = {"de", "fr", "es", "nl", "it", "pt", "pl"}

FAMILIES = [
    lang_letter(f"d11-lang-{code}-received", 10 if code in BIG else 8, RCV, s)
    for code, s in LANGS.items()
]
