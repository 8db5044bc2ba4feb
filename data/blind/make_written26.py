# ruff: noqa: E501
"""Write data/blind/written-26.jsonl: training mail, fourteenth batch (German, Dutch, Spanish,
Czech, Danish and Italian: slice 19's missed kinds in the languages read, and public bodies'
confirmations).

Twenty-first pass, part D. Blind slice 19 missed four refusals in languages the project reads
(a test not passed so the selection cannot go on, a shift given to someone, others found who
fit better, no place for the reader), and held a public competition's confirmation in the
review band; rejectwatch.model.languages_read now reads the refusals. This batch writes those
kinds in written-23's shapes (its ``Maker``, with this batch's names). In each language:

* rejections in three shapes, each twice (with another reader, organisation and role): the
  selection cannot go on after a required test, the post or shift given to someone or others
  found who fit better, no place for the reader or the post not filled;
* hard negatives in the same words: a public body's confirmation whose conditional holds the
  refusal's own words, a town hall's plain confirmation, and a pause in hiring with the
  application kept open.

Label rule: ``rejection`` only when the message tells the reader their application for a job
will not go on.

    python data/blind/make_written26.py           # writes the file (seed 260261)
    python data/blind/make_written26.py --langs   # make-up by label/kind and label/language
    python data/blind/make_written26.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_written23 as base  # noqa: E402  (the batch machinery, beside this file)

SEED = 260261
OUT = HERE / "written-26.jsonl"
# the slices not yet declared read when this batch was written
SEALED = base.sealed(20)  # skipped by name, never opened


class Maker(base.Maker):
    name = "written26"
    prefix = "blindw26"
    provenance = "written for rejectwatch issue 11 twenty-first pass as training mail, fourteenth batch, slice 19's missed kinds and public confirmations in German, Dutch, Spanish, Czech, Danish and Italian (make_written26.py)"


# Each language: zone, readers (first name as greeted, full name), organisations (name, domain),
# roles, greeting, closing, signers, and its messages: (template, kind, subject, body).
LANGS: dict[str, dict] = {
    "de": {
        "zone": "+0100", "readers": (("Frau Demir", "Selin Demir"), ("Herr Kowalczyk", "Marek Kowalczyk"), ("Frau Brandt", "Jana Brandt")),
        "orgs": (("Stadtverwaltung Lindenau", "lindenau-stadt.example"), ("Verkehrsbetriebe Auental", "vb-auental.example")),
        "roles": ("Busfahrer/in", "Sachbearbeiter/in Meldewesen", "Hausmeister/in"), "greet": "Guten Tag {first},", "close": "Mit freundlichen Grüßen",
        "signers": ("Personalabteilung", "Team Personalgewinnung"),
        "msgs": (
            ("eignung", "rejection", "Ergebnis des Eignungstests – {role}", "für die Stelle als {role} gehört ein verkehrspsychologischer Eignungstest zum Verfahren.\n\nDiesen haben Sie leider nicht bestanden, daher können Sie am weiteren Auswahlverfahren nicht teilnehmen. Eine Wiederholung ist frühestens nach einem Jahr möglich."),
            ("vergeben", "rejection", "Ihre Bewerbung bei {org}", "vielen Dank für das Gespräch in der letzten Woche.\n\nDie Stelle als {role} haben wir inzwischen an eine Bewerberin aus dem eigenen Haus vergeben. Wir wünschen Ihnen alles Gute."),
            ("platz", "rejection", "Aushilfe Sommer", "danke für Ihr Interesse an der Aushilfe im Sommer.\n\nDas Team für die Saison ist schon komplett, deshalb ist in diesem Jahr leider kein Platz mehr für Sie."),
            ("amt-falls", "application_received", "Eingangsbestätigung – {role}", "Ihre Bewerbung für die Stelle als {role} ist bei uns eingegangen.\n\nSollten Sie den schriftlichen Test nicht bestehen, können Sie am weiteren Auswahlverfahren nicht teilnehmen; Sie erhalten dazu nach Ablauf der Frist eine Nachricht."),
            ("amt-eingang", "application_received", "Bewerbung eingegangen", "wir bestätigen den Eingang Ihrer Bewerbung als {role}.\n\nNach Ende der Bewerbungsfrist sichten wir alle Unterlagen; die Gespräche im Rathaus finden voraussichtlich im nächsten Monat statt."),
            ("pause", "application_received", "Stand des Verfahrens", "das Auswahlverfahren für die Stelle als {role} ist vorerst ausgesetzt, die Stelle wird bis auf Weiteres nicht besetzt.\n\nIhre Bewerbung bleibt weiterhin offen; wir melden uns, sobald es weitergeht."),
        ),
    },
    "nl": {
        "zone": "+0100", "readers": (("mevrouw Bakker", "Fleur Bakker"), ("meneer El Idrissi", "Yassin El Idrissi"), ("mevrouw Visser", "Noor Visser")),
        "orgs": (("Gemeente Westerhoven", "westerhoven-gemeente.example"), ("Waterschap Lage Velden", "lagevelden-ws.example")),
        "roles": ("medewerker burgerzaken", "handhaver", "beleidsmedewerker"), "greet": "Beste {first},", "close": "Met vriendelijke groet,",
        "signers": ("Team Werving en Selectie", "Afdeling HR"),
        "msgs": (
            ("toets", "rejection", "Uitslag toets – {role}", "bij de functie {role} hoort een verplichte capaciteitentoets.\n\nHelaas bent u niet geslaagd voor de toets, daarom kunt u niet verder in de selectieprocedure."),
            ("gegeven", "rejection", "Uw sollicitatie bij {org}", "dank voor het prettige gesprek van vorige week.\n\nDe functie {role} hebben we inmiddels aan een collega uit een andere afdeling gegeven. Wij wensen u veel succes."),
            ("ingevuld", "rejection", "Vacature {role}", "dank voor uw sollicitatie.\n\nNa een herziening van de begroting hebben we besloten deze functie niet in te vullen. De vacature wordt ingetrokken."),
            ("gemeente-als", "application_received", "Ontvangstbevestiging – {role}", "wij hebben uw sollicitatie voor de functie {role} goed ontvangen.\n\nAls u niet slaagt voor de capaciteitentoets, kunt u niet verder in de selectieprocedure. U hoort binnen drie weken of u wordt uitgenodigd."),
            ("gemeente-ontvangst", "application_received", "Uw sollicitatie is ontvangen", "hierbij bevestigen wij de ontvangst van uw sollicitatie voor de functie {role}.\n\nNa de sluitingsdatum beoordeelt de commissie alle brieven; de gesprekken in het gemeentehuis staan gepland voor eind volgende maand."),
            ("pauze", "application_received", "Stand van zaken werving", "de werving voor de functie {role} is tijdelijk opgeschort en de vacature wordt voorlopig niet ingevuld.\n\nUw sollicitatie blijft openstaan; we laten het u weten zodra we verder gaan."),
        ),
    },
    "es": {
        "zone": "-0600", "readers": (("Sra. Ortega", "Lucía Ortega"), ("Sr. Quispe", "Andrés Quispe"), ("Sra. Bravo", "Marta Bravo")),
        "orgs": (("Ayuntamiento de Santa Inés", "santaines-ayto.example"), ("Transportes Urbanos del Valle", "tuv-valle.example")),
        "roles": ("conductor de autobús", "auxiliar administrativo", "agente de tránsito"), "greet": "Estimada/o {first}:", "close": "Atentamente,",
        "signers": ("Dirección de Recursos Humanos", "Área de Selección"),
        "msgs": (
            ("prueba", "rejection", "Resultado de la prueba psicotécnica", "para el puesto de {role} es obligatoria una prueba psicotécnica.\n\nLamentablemente no superó la prueba, por lo que no puede continuar en el proceso de selección."),
            ("otros", "rejection", "Su postulación – {role}", "gracias por acudir a la entrevista.\n\nHemos encontrado a otras personas que se ajustan mejor al perfil, así que no seguiremos con su candidatura."),
            ("sitio", "rejection", "Temporada de verano", "gracias por escribirnos para la temporada.\n\nYa completamos la plantilla para el verano, así que este año no hay sitio para usted."),
            ("folio-si", "application_received", "Registro de aspirante – {role}", "quedó registrada/o con el número de aspirante 31-0457.\n\nEl 12 de julio publicaremos quiénes pasan a la prueba escrita; si su número no figura entre ellos, se entenderá que ya no sigue en el proceso."),
            ("acuse", "application_received", "Acuse de recibo", "acusamos recibo de su solicitud para la plaza de {role}.\n\nTras el cierre de la convocatoria, el comité revisará los expedientes y publicará el calendario de entrevistas en el tablón municipal."),
            ("pausa", "application_received", "Estado del proceso", "el proceso para la plaza de {role} queda en pausa y el puesto no se cubrirá por ahora.\n\nSu solicitud sigue abierta; le avisaremos cuando se reanude."),
        ),
    },
    "cs": {
        "zone": "+0100", "readers": (("pane Dvořáku", "Tomáš Dvořák"), ("paní Horáková", "Petra Horáková"), ("pane Novotný", "Jakub Novotný")),
        "orgs": (("Městský úřad Lipnice", "mu-lipnice.example"), ("Dopravní podnik Zábřeh", "dp-zabreh.example")),
        "roles": ("řidič/ka autobusu", "referent/ka matriky", "strážník/strážnice"), "greet": "Dobrý den, {first},", "close": "S pozdravem",
        "signers": ("personální oddělení", "Nábor zaměstnanců"),
        "msgs": (
            ("psychotest", "rejection", "Výsledek testů – {role}", "součástí výběru na pozici {role} je povinný psychotest.\n\nTento test jste bohužel nesplnil/a, takže nemůžete ve výběrovém řízení dále pokračovat."),
            ("dali", "rejection", "Vaše žádost – {role}", "děkujeme za Váš zájem o pozici {role}.\n\nVe výběrovém řízení jsme vybrali jiného uchazeče, který lépe odpovídá požadavkům. Přejeme hodně úspěchů."),
            ("misto", "rejection", "Brigáda v létě", "děkujeme za přihlášku na letní brigádu.\n\nTým na sezónu už je uzavřený, takže pro Vás letos bohužel nemáme místo."),
            ("pokud", "application_received", "Potvrzení přijetí přihlášky", "Vaši přihlášku na pozici {role} jsme přijali.\n\nPokud psychotest nesplníte, nemůžete ve výběrovém řízení pokračovat; termín testu Vám pošleme do konce měsíce."),
            ("urad", "application_received", "Přihláška přijata", "potvrzujeme přijetí Vaší přihlášky na pozici {role}.\n\nPo uzávěrce komise posoudí všechny přihlášky a pohovory na úřadě proběhnou pravděpodobně v příštím měsíci."),
            ("pozastaveno", "application_received", "Stav výběrového řízení", "výběrové řízení na pozici {role} je prozatím pozastaveno.\n\nVaše přihláška zůstává v řízení; ozveme se, jakmile budeme pokračovat."),
        ),
    },
    "da": {
        "zone": "+0100", "readers": (("Freja", "Freja Mikkelsen"), ("Anders", "Anders Holm"), ("Sofie", "Sofie Lund")),
        "orgs": (("Skovbo Kommune", "skovbo-kommune.example"), ("Børnehuset Solsikken", "solsikken-bh.example")),
        "roles": ("pædagogmedhjælper", "buschauffør", "sagsbehandler"), "greet": "Kære {first}", "close": "Venlig hilsen",
        "signers": ("HR-afdelingen", "Ledelsen"),
        "msgs": (
            ("fundet", "rejection", "Din ansøgning – {role}", "tak for din ansøgning som {role}.\n\nVi har fundet andre, som passer bedre til opgaven, så der bliver desværre ingen samtale til dig i denne omgang."),
            ("givet", "rejection", "Weekendvagter", "tak fordi du kiggede forbi i sidste uge.\n\nWeekendvagten har vi givet til en studerende, der allerede kender stedet. Held og lykke fremover."),
            ("test", "rejection", "Resultat af test – {role}", "til stillingen som {role} hører en obligatorisk færdighedstest.\n\nDu bestod desværre ikke testen, og derfor kan du ikke fortsætte i rekrutteringsforløbet."),
            ("hvis", "application_received", "Kvittering for ansøgning", "vi har modtaget din ansøgning som {role}.\n\nHvis du ikke består testen, kan du ikke fortsætte i rekrutteringsforløbet; du hører fra os inden for tre uger."),
            ("kommune", "application_received", "Ansøgning modtaget", "hermed bekræfter vi, at vi har modtaget din ansøgning som {role}.\n\nEfter ansøgningsfristen gennemgår udvalget alle ansøgninger, og samtalerne på rådhuset ligger i næste måned."),
            ("pause", "application_received", "Status på rekrutteringen", "rekrutteringen til stillingen som {role} er sat i bero, og stillingen bliver ikke besat lige nu.\n\nDin ansøgning er fortsat aktiv; vi kontakter dig, når vi går videre."),
        ),
    },
    "it": {
        "zone": "+0100", "readers": (("Giulia", "Giulia Ferraro"), ("Davide", "Davide Rinaldi"), ("Chiara", "Chiara Sanna")),
        "orgs": (("Comune di Valdoria", "comune-valdoria.example"), ("Trattoria Il Mulino", "ilmulino-trattoria.example")),
        "roles": ("cameriere/a", "istruttore amministrativo", "aiuto cuoco"), "greet": "Ciao {first},", "close": "Cordiali saluti,",
        "signers": ("Ufficio Personale", "La direzione"),
        "msgs": (
            ("posto", "rejection", "Stagione estiva – {role}", "grazie per esserti candidato/a come {role}.\n\nAbbiamo già chiuso la squadra con i ragazzi della scorsa stagione, quindi quest'anno non c'è posto per te."),
            ("prova", "rejection", "Esito della prova – {role}", "per il ruolo di {role} è prevista una prova pratica obbligatoria.\n\nPurtroppo non hai superato la prova, quindi non puoi proseguire nel percorso di selezione."),
            ("turno", "rejection", "Turno del weekend", "grazie per essere passato/a sabato.\n\nAbbiamo già affidato il turno del weekend a un ragazzo del paese che ci aiuta spesso. In bocca al lupo!"),
            ("se", "application_received", "Conferma di ricezione – {role}", "abbiamo ricevuto la tua domanda per il ruolo di {role}.\n\nSe non superi la prova scritta, non puoi proseguire nel processo di selezione; il calendario delle prove sarà pubblicato sul sito del Comune."),
            ("comune", "application_received", "Domanda ricevuta", "confermiamo la ricezione della tua domanda per il ruolo di {role}.\n\nDopo la scadenza del bando la commissione esaminerà le domande e pubblicherà le date dei colloqui."),
            ("sospesa", "application_received", "Stato della selezione", "la selezione per il ruolo di {role} è sospesa per ora e la posizione per il momento non verrà coperta.\n\nLa tua candidatura resta aperta; ti scriveremo quando riprenderemo."),
        ),
    },
}


if __name__ == "__main__":
    sys.exit(base.main(sys.argv[1:], languages=LANGS, seed=SEED, maker_class=Maker, out=OUT, sealed_names=SEALED))
