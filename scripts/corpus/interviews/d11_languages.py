"""Interview invitations and reschedules in fourteen languages, several with "unfortunately"
(families d11-lang-*-interview; helper d11, issue 11, eleventh pass; voice:
voices/d11_languages.py): negatives of rejections/d11_languages.py, in the same voices and
threads.
"""

from __future__ import annotations

from ..voices.d11_languages import spec
from ..voices.d11_mail import INT, lang_letter

LANGS = {
    "de": spec(
        "de",
        [
            "AW: Ihre Bewerbung als {role}",
            "Einladung zum Vorstellungsgespräch",
            "AW: Unser Gespräch",
        ],
        [
            "wir würden Sie gern am {ndate} um {ntime} zu einem zweiten Gespräch mit {mfirst} "
            "einladen. Passt Ihnen der Termin?",
            "leider muss {mfirst} unser Gespräch verschieben. Hätten Sie stattdessen am {ndate} "
            "Zeit?",
            "das Team hat sich für Sie als eine der Finalistinnen entschieden: Wir laden Sie "
            "herzlich zur letzten Runde in {city} ein.",
        ],
    ),
    "fr": spec(
        "fr",
        ["Invitation à un entretien", "RE: Candidature - {role}", "Report de notre entretien"],
        [
            "Nous souhaiterions vous rencontrer le {ndate} à {ntime} pour un entretien avec "
            "{mfirst}. Ce créneau vous convient-il ?",
            "Malheureusement, {mfirst} a un empêchement et nous devons décaler votre entretien. "
            "Seriez-vous disponible le {ndate} ?",
            "Bonne nouvelle : l'équipe a retenu votre candidature pour le dernier tour.",
        ],
    ),
    "es": spec(
        "es",
        ["Invitación a entrevista", "RE: Proceso de selección {role}", "Cambio de hora"],
        [
            "Nos gustaría invitarte a una entrevista el {ndate} a las {ntime}. ¿Te viene bien?",
            "Lamentablemente tenemos que mover la entrevista; ¿podrías el {ndate} por la tarde?",
            "El equipo ha elegido tu perfil para la fase final. Te envío la convocatoria.",
        ],
    ),
    "nl": spec(
        "nl",
        ["Uitnodiging sollicitatiegesprek", "RE: Sollicitatie {role}", "Verzetten gesprek"],
        [
            "We nodigen je graag uit voor een gesprek op {ndate} om {ntime}. Past dat?",
            "Helaas moeten we het gesprek van morgen verzetten. Kun je op {ndate}?",
            "De keuze voor de laatste ronde is op jou gevallen: gefeliciteerd!",
        ],
    ),
    "it": spec(
        "it",
        ["Invito a colloquio", "R: Colloquio per {role}", "Spostamento colloquio"],
        [
            "saremmo lieti di incontrarla il {ndate} alle {ntime} per un colloquio con {mfirst}.",
            "purtroppo dobbiamo spostare il colloquio: sarebbe disponibile il {ndate}?",
            "il team ha scelto il suo profilo per l'ultimo colloquio.",
        ],
    ),
    "pt": spec(
        "pt",
        ["Convite para entrevista", "Re: Entrevista", "Reagendamento"],
        [
            "gostaríamos de convidá-lo para uma entrevista no dia {ndate} às {ntime}.",
            "infelizmente precisamos de remarcar a entrevista. Tem disponibilidade no dia {ndate}?",
            "a gestora escolheu o seu perfil para a etapa final. Parabéns!",
        ],
    ),
    "pl": spec(
        "pl",
        ["Zaproszenie na rozmowę", "Odp: Rozmowa kwalifikacyjna", "Zmiana terminu"],
        [
            "zapraszamy na rozmowę kwalifikacyjną w dniu {ndate} o godz. {ntime}.",
            "niestety musimy przełożyć rozmowę. Czy pasuje Pani/Panu {ndate}?",
            "zostałeś wybrany do ostatniego etapu rekrutacji!",
        ],
    ),
    "sv": spec(
        "sv",
        ["Inbjudan till intervju", "SV: Intervju"],
        [
            "vi vill gärna träffa dig för en intervju den {ndate} kl. {ntime}.",
            "tyvärr måste vi flytta intervjun. Passar det den {ndate} i stället?",
        ],
    ),
    "da": spec(
        "da",
        ["Invitation til samtale", "SV: Samtale"],
        [
            "vi vil gerne invitere dig til samtale den {ndate} kl. {ntime}.",
            "desværre er vi nødt til at flytte samtalen. Kan du den {ndate}?",
        ],
    ),
    "no": spec(
        "no",
        ["Invitasjon til intervju", "SV: Intervju"],
        [
            "vi vil gjerne invitere deg til intervju {ndate} kl. {ntime}.",
            "dessverre må vi flytte intervjuet. Passer det {ndate}?",
        ],
    ),
    "fi": spec(
        "fi",
        ["Kutsu haastatteluun", "VS: Haastattelu"],
        [
            "haluaisimme kutsua sinut haastatteluun {ndate} klo {ntime}.",
            "valitettavasti joudumme siirtämään haastattelua. Sopisiko {ndate}?",
            "olet edennyt rekrytoinnin viimeiseen vaiheeseen!",
        ],
    ),
    "cs": spec(
        "cs",
        ["Pozvánka na pohovor", "Re: Pohovor"],
        [
            "rádi bychom Vás pozvali na pohovor dne {ndate} v {ntime}.",
            "bohužel musíme pohovor přesunout. Vyhovoval by Vám {ndate}?",
            "postoupil(a) jste do posledního kola výběrového řízení.",
        ],
    ),
    "tr": spec(
        "tr",
        ["Mülakat daveti", "Ynt: Mülakat"],
        [
            "sizi {ndate} tarihinde saat {ntime}'de mülakata davet etmek istiyoruz.",
            "maalesef mülakatı ertelememiz gerekiyor. {ndate} sizin için uygun mu?",
        ],
    ),
    "ro": spec(
        "ro",
        ["Invitație la interviu", "Re: Interviu"],
        [
            "dorim să vă invităm la un interviu pe {ndate}, ora {ntime}.",
            "din păcate trebuie să reprogramăm interviul. Ați fi disponibil pe {ndate}?",
        ],
    ),
}

FAMILIES = [
    lang_letter(f"d11-lang-{code}-interview", 8, INT, s, quote_p=0.3) for code, s in LANGS.items()
]

# A second interview family per language, in a letter's voice rather than a thread's: the
# invitation that uses the words refusals use ("retenue", "leider", "dessverre", "helaas").
SECOND = {
    "fr": spec(
        "fr",
        ["Votre candidature - {role}", "Convocation à un entretien", "Entretien : nouvelle date"],
        [
            "Nous avons le plaisir de vous informer que votre candidature a été retenue pour un "
            "entretien le {ndate} à {ntime}.",
            "Votre profil a retenu notre attention : seriez-vous disponible pour un échange "
            "téléphonique cette semaine ?",
            "Nous sommes au regret de devoir annuler le créneau de demain ; nous vous proposons "
            "le {ndate} à {ntime} à la place.",
        ],
        ["Merci pour votre candidature au poste de {role}."],
        ["Merci de confirmer votre présence par retour de mail."],
    ),
    "de": spec(
        "de",
        ["Einladung: {role}", "Terminverschiebung", "Ihre Bewerbung - nächster Schritt"],
        [
            "leider ist der vereinbarte Termin bei uns ausgefallen. Können wir das Gespräch auf "
            "den {ndate} um {ntime} Uhr verlegen?",
            "Ihre Bewerbung hat uns überzeugt, und wir möchten Sie gern kennenlernen: Passt "
            "Ihnen der {ndate}?",
            "wir haben uns entschieden, Sie zur zweiten Runde einzuladen.",
        ],
        ["vielen Dank für Ihre Bewerbung als {role}."],
        ["Bitte bestätigen Sie den Termin kurz per E-Mail."],
    ),
    "nl": spec(
        "nl",
        ["Uitnodiging: {role}", "Nieuwe datum gesprek", "Je sollicitatie - volgende stap"],
        [
            "helaas is onze afspraak komen te vervallen. Zullen we het gesprek verplaatsen naar "
            "{ndate} om {ntime}?",
            "we hebben besloten je uit te nodigen voor de tweede ronde.",
            "de keuze voor het eerste gesprek is op jou gevallen. Past {ndate}?",
        ],
        ["dank voor je sollicitatie naar de functie {role}."],
        ["Laat je even weten of dit schikt?"],
    ),
    "no": spec(
        "no",
        ["Invitasjon: {role}", "Ny tid for intervju"],
        [
            "dessverre har vi fått et forfall. Kan vi flytte intervjuet til {ndate} kl. {ntime}?",
            "vi har valgt deg ut til andre intervjurunde!",
        ],
        ["takk for søknaden på stillingen som {role}."],
    ),
    "da": spec(
        "da",
        ["Invitation: {role}", "Ny tid til samtale"],
        [
            "desværre er vores mødelokale optaget. Kan vi rykke samtalen til {ndate} kl. {ntime}?",
            "vi har besluttet at invitere dig til anden samtale.",
        ],
        ["tak for din ansøgning til stillingen som {role}."],
    ),
    "sv": spec(
        "sv",
        ["Inbjudan: {role}", "Ny tid för intervju"],
        [
            "tyvärr måste vi boka om. Går det bra att ses {ndate} kl. {ntime}?",
            "vi har valt att gå vidare med dig till nästa steg!",
        ],
        ["tack för din ansökan till tjänsten som {role}."],
    ),
}

FAMILIES += [
    lang_letter(f"d11-lang-{code}-invitation-letter", 8, INT, s) for code, s in SECOND.items()
]
