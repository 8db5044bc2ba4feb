"""Career-portal mail in ten languages (families d12-lang-*-portal and -portal-review; helper
d12, issue 11, twelfth pass): the text rendering of an HTML notice with a view-in-browser
line, a status record, button labels and a long footer in the language, carrying either a
hedged refusal (no negation: "we chose profiles closer to the role", "the team went another
way") or an in-review status. Greetings, openings and sign-offs come from
voices/d12_languages.py. Every sentence was written for rejectwatch in this pass."""

from __future__ import annotations

from ..engine import R
from .d12_languages import L, _cap, _ctx, _opening

P: dict[str, dict[str, list[str]]] = {
    "cs": {
        "view": [
            "Zobrazit v prohlížeči",
            "Nezobrazuje se e-mail správně? Otevřete jej v prohlížeči.",
        ],
        "buttons": ["[Moje přihlášky]   [Volná místa]   [Nastavení upozornění]"],
        "footer": [
            "Sledujte nás na LinkedIn a Instagramu.",
            "Nastavte si upozornění na nové pozice na kariera.{cdomain}.",
            "Vaše osobní údaje zpracováváme v souladu s GDPR. Více na {cdomain}/ochrana-udaju.",
            "{company} s.r.o., {street}, {city}, IČO {ref}",
            "Odhlásit odběr e-mailů",
        ],
        "hedge": [
            "Rozhodli jsme se pokračovat s uchazeči, jejichž zkušenosti více odpovídají požadavkům této role.",
            "Tým se nakonec rozhodl vydat s touto pozicí jiným směrem.",
            "Na pozici jsme vybrali profil, který lépe pokrývá potřeby týmu v příštím roce.",
            "V tomto kole jsme dali přednost kandidátům s delší praxí v oboru.",
        ],
        "review": [
            "Vaše přihláška je nyní ve fázi posuzování. O dalším postupu Vás budeme informovat.",
            "Stav Vaší přihlášky se změnil na „Posuzuje se“.",
            "Náborový manažer si Vaši přihlášku prohlíží; ozveme se do dvou týdnů.",
        ],
        "st_rej": ["Stav: Uzavřeno"],
        "st_rev": ["Stav: Posuzuje se"],
    },
    "da": {
        "view": ["Se denne mail i din browser"],
        "buttons": ["[Mine ansøgninger]   [Ledige stillinger]   [Jobagent]"],
        "footer": [
            "Følg os på LinkedIn og Instagram.",
            "Opret en jobagent på {cdomain}/job og få besked om nye stillinger.",
            "Vi behandler dine oplysninger efter GDPR – læs mere på {cdomain}/privatliv.",
            "{company} A/S · {street} · {city} · CVR {ref}",
            "Afmeld nyhedsbrev",
        ],
        "hedge": [
            "Vi har valgt at gå videre med profiler, hvis erfaring matcher rollen lidt tættere.",
            "Teamet har besluttet at gå en anden vej med stillingen.",
            "Vi har i denne runde prioriteret kandidater med mere erfaring inden for området.",
            "Valget er faldet på en kandidat, der dækker teamets behov det kommende år.",
        ],
        "review": [
            "Din ansøgning er nu under behandling, og du hører fra os, når vi ved mere.",
            "Status på din ansøgning er ændret til 'Under vurdering'.",
            "Rekrutteringslederen kigger på din ansøgning, og vi vender tilbage inden for to uger.",
        ],
        "st_rej": ["Status: Afsluttet"],
        "st_rev": ["Status: Under vurdering"],
    },
    "ro": {
        "view": ["Vezi acest e-mail în browser"],
        "buttons": ["[Aplicările mele]   [Joburi disponibile]   [Alerte de job]"],
        "footer": [
            "Urmărește-ne pe LinkedIn și Instagram.",
            "Creează o alertă de job pe cariere.{cdomain} și află primul de rolurile noi.",
            "Prelucrăm datele tale conform GDPR. Detalii: {cdomain}/confidentialitate.",
            "{company} S.R.L., {street}, {city}, CUI RO{ref}",
            "Dezabonare",
        ],
        "hedge": [
            "Am decis să mergem mai departe cu profiluri care se potrivesc mai bine cerințelor acestui rol.",
            "Echipa a ales până la urmă o altă direcție pentru această poziție.",
            "În această etapă am acordat prioritate candidaților cu mai multă experiență în domeniu.",
            "Alegerea noastră s-a oprit asupra unui profil care acoperă mai bine nevoile echipei.",
        ],
        "review": [
            "Aplicația ta este acum în curs de evaluare; te vom anunța despre pașii următori.",
            "Statusul aplicației tale s-a schimbat în „În evaluare”.",
            "Managerul de recrutare analizează aplicația ta, revenim în cel mult două săptămâni.",
        ],
        "st_rej": ["Status: Închis"],
        "st_rev": ["Status: În evaluare"],
    },
    "tr": {
        "view": ["Bu e-postayı tarayıcınızda görüntüleyin"],
        "buttons": ["[Başvurularım]   [Açık pozisyonlar]   [İş alarmı]"],
        "footer": [
            "Bizi LinkedIn ve Instagram'da takip edin.",
            "kariyer.{cdomain} üzerinden iş alarmı oluşturarak yeni pozisyonlardan ilk siz haberdar olun.",
            "Kişisel verileriniz KVKK kapsamında işlenir. Aydınlatma metni: {cdomain}/kvkk",
            "{company} A.Ş. · {street} · {city} · Mersis No: 0{ref}",
            "E-posta aboneliğinden çık",
        ],
        "hedge": [
            "Bu rol için deneyimi gereksinimlerimizle daha yakından örtüşen profillerle devam etme kararı aldık.",
            "Ekibimiz bu pozisyon için farklı bir yönde ilerlemeyi tercih etti.",
            "Bu aşamada alanında daha uzun deneyimi olan adaylara öncelik verdik.",
            "Tercihimiz, ekibin önümüzdeki yıldaki ihtiyaçlarını daha iyi karşılayan bir profilden yana oldu.",
        ],
        "review": [
            "Başvurunuz şu anda değerlendirme aşamasındadır; sonraki adımlar hakkında sizi bilgilendireceğiz.",
            "Başvurunuzun durumu “Değerlendiriliyor” olarak güncellendi.",
            "İşe alım yöneticimiz başvurunuzu inceliyor; iki hafta içinde dönüş yapacağız.",
        ],
        "st_rej": ["Durum: Kapatıldı"],
        "st_rev": ["Durum: Değerlendiriliyor"],
    },
    "fi": {
        "view": ["Avaa viesti selaimessa"],
        "buttons": ["[Omat hakemukset]   [Avoimet työpaikat]   [Työpaikkavahti]"],
        "footer": [
            "Seuraa meitä LinkedInissä ja Instagramissa.",
            "Tilaa työpaikkavahti osoitteessa ura.{cdomain}, niin kuulet uusista paikoista ensimmäisten joukossa.",
            "Käsittelemme henkilötietojasi tietosuoja-asetuksen mukaisesti: {cdomain}/tietosuoja",
            "{company} Oy · {street} · {city} · Y-tunnus {ref}-1",
            "Peru tilaus",
        ],
        "hedge": [
            "Olemme päättäneet jatkaa hakijoiden kanssa, joiden kokemus vastaa tehtävän vaatimuksia hieman paremmin.",
            "Tiimi päätyi lopulta viemään rekrytointia toiseen suuntaan.",
            "Tällä kierroksella annoimme etusijan hakijoille, joilla on pidempi kokemus alalta.",
            "Valintamme osui profiiliin, joka kattaa tiimin tarpeet tulevana vuonna paremmin.",
        ],
        "review": [
            "Hakemuksesi on nyt arvioitavana, ja kerromme sinulle seuraavista vaiheista.",
            "Hakemuksesi tila on muuttunut: Arvioinnissa.",
            "Rekrytoiva esihenkilö käy hakemustasi läpi, ja palaamme asiaan kahden viikon sisällä.",
        ],
        "st_rej": ["Tila: Suljettu"],
        "st_rev": ["Tila: Arvioinnissa"],
    },
    "pl": {
        "view": ["Wyświetl tę wiadomość w przeglądarce"],
        "buttons": ["[Moje aplikacje]   [Oferty pracy]   [Powiadomienia]"],
        "footer": [
            "Obserwuj nas na LinkedIn i Instagramie.",
            "Ustaw powiadomienia o nowych ofertach na kariera.{cdomain}.",
            "Administratorem Twoich danych osobowych jest {company}. Szczegóły: {cdomain}/rodo",
            "{company} Sp. z o.o., {street}, {city}, NIP {ref}",
            "Wypisz się z listy",
        ],
        "hedge": [
            "Zdecydowaliśmy się kontynuować proces z osobami, których doświadczenie lepiej odpowiada wymaganiom tej roli.",
            "Zespół ostatecznie postanowił pójść w innym kierunku.",
            "Na tym etapie daliśmy pierwszeństwo kandydatom z dłuższym stażem w branży.",
            "Nasz wybór padł na profil, który lepiej odpowiada potrzebom zespołu w przyszłym roku.",
        ],
        "review": [
            "Twoja aplikacja jest obecnie na etapie oceny; poinformujemy Cię o kolejnych krokach.",
            "Status Twojej aplikacji zmienił się na „W trakcie oceny”.",
            "Rekruter przegląda Twoją aplikację, odezwiemy się w ciągu dwóch tygodni.",
        ],
        "st_rej": ["Status: Zamknięta"],
        "st_rev": ["Status: W trakcie oceny"],
    },
    "sv": {
        "view": ["Visa det här mejlet i webbläsaren"],
        "buttons": ["[Mina ansökningar]   [Lediga jobb]   [Jobbevakning]"],
        "footer": [
            "Följ oss på LinkedIn och Instagram.",
            "Skapa en jobbevakning på karriar.{cdomain} och få besked när nya tjänster publiceras.",
            "Vi behandlar dina personuppgifter enligt GDPR. Läs mer på {cdomain}/integritet.",
            "{company} AB · {street} · {city} · Org.nr 55{ref}-0",
            "Avregistrera dig",
        ],
        "hedge": [
            "Vi har valt att gå vidare med profiler vars erfarenhet matchar rollen lite bättre.",
            "Teamet har till slut bestämt sig för att gå åt ett annat håll med tjänsten.",
            "I den här omgången har vi prioriterat kandidater med längre erfarenhet inom området.",
            "Valet föll på en kandidat som täcker teamets behov det kommande året.",
        ],
        "review": [
            "Din ansökan håller nu på att granskas och vi hör av oss om nästa steg.",
            "Statusen på din ansökan har ändrats till ”Under granskning”.",
            "Rekryterande chef tittar på din ansökan och vi återkommer inom två veckor.",
        ],
        "st_rej": ["Status: Avslutad"],
        "st_rev": ["Status: Under granskning"],
    },
    "hu": {
        "view": ["Megtekintés böngészőben"],
        "buttons": ["[Jelentkezéseim]   [Nyitott pozíciók]   [Állásértesítő]"],
        "footer": [
            "Kövess minket a LinkedInen és az Instagramon.",
            "Állíts be állásértesítőt a karrier.{cdomain} oldalon, és elsőként értesülsz az új pozíciókról.",
            "Személyes adataidat a GDPR szerint kezeljük: {cdomain}/adatvedelem",
            "{company} Kft. · {street} · {city} · Adószám: {ref}-2-41",
            "Leiratkozás",
        ],
        "hedge": [
            "Úgy döntöttünk, hogy olyan jelöltekkel haladunk tovább, akiknek a tapasztalata jobban illeszkedik a szerephez.",
            "A csapat végül más irányba vitte tovább a pozíciót.",
            "Ebben a körben a nagyobb szakmai tapasztalattal rendelkező jelölteket részesítettük előnyben.",
            "Választásunk egy olyan profilra esett, amely jobban lefedi a csapat jövő évi igényeit.",
        ],
        "review": [
            "Jelentkezése jelenleg elbírálás alatt áll; a következő lépésekről értesítjük.",
            "Jelentkezése állapota megváltozott: „Elbírálás alatt”.",
            "A toborzó vezető most nézi át a jelentkezését, két héten belül jelentkezünk.",
        ],
        "st_rej": ["Állapot: Lezárva"],
        "st_rev": ["Állapot: Elbírálás alatt"],
    },
    "el": {
        "view": ["Προβολή στο πρόγραμμα περιήγησης"],
        "buttons": ["[Οι αιτήσεις μου]   [Ανοιχτές θέσεις]   [Ειδοποιήσεις θέσεων]"],
        "footer": [
            "Ακολουθήστε μας στο LinkedIn και στο Instagram.",
            "Ενεργοποιήστε ειδοποιήσεις στο careers.{cdomain} για να μαθαίνετε πρώτοι για νέες θέσεις.",
            "Επεξεργαζόμαστε τα προσωπικά σας δεδομένα σύμφωνα με τον ΓΚΠΔ: {cdomain}/privacy",
            "{company} Α.Ε. · {street} · {city} · ΑΦΜ {ref}",
            "Διαγραφή από τη λίστα",
        ],
        "hedge": [
            "Αποφασίσαμε να συνεχίσουμε με προφίλ των οποίων η εμπειρία ανταποκρίνεται καλύτερα στις απαιτήσεις του ρόλου.",
            "Η ομάδα αποφάσισε τελικά να κινηθεί προς άλλη κατεύθυνση για τη θέση.",
            "Σε αυτόν τον γύρο δώσαμε προτεραιότητα σε υποψηφίους με μεγαλύτερη εμπειρία στον κλάδο.",
            "Η επιλογή μας έπεσε σε ένα προφίλ που καλύπτει καλύτερα τις ανάγκες της ομάδας.",
        ],
        "review": [
            "Η αίτησή σας βρίσκεται σε στάδιο αξιολόγησης· θα σας ενημερώσουμε για τα επόμενα βήματα.",
            "Η κατάσταση της αίτησής σας άλλαξε σε «Υπό αξιολόγηση».",
            "Ο υπεύθυνος προσλήψεων εξετάζει την αίτησή σας και θα επικοινωνήσουμε μαζί σας εντός δύο εβδομάδων.",
        ],
        "st_rej": ["Κατάσταση: Έκλεισε"],
        "st_rev": ["Κατάσταση: Υπό αξιολόγηση"],
    },
    "no": {
        "view": ["Vis denne e-posten i nettleseren"],
        "buttons": ["[Mine søknader]   [Ledige stillinger]   [Jobbvarsel]"],
        "footer": [
            "Følg oss på LinkedIn og Instagram.",
            "Lag et jobbvarsel på karriere.{cdomain} og bli varslet om nye stillinger.",
            "Vi behandler personopplysningene dine i tråd med GDPR: {cdomain}/personvern",
            "{company} AS · {street} · {city} · Org.nr. 9{ref}",
            "Meld deg av",
        ],
        "hedge": [
            "Vi har valgt å gå videre med profiler som har erfaring som passer litt bedre til rollen.",
            "Teamet har til slutt bestemt seg for å gå i en annen retning med stillingen.",
            "I denne runden har vi prioritert kandidater med lengre erfaring fra fagfeltet.",
            "Valget falt på en kandidat som dekker teamets behov det kommende året.",
        ],
        "review": [
            "Søknaden din er nå under vurdering, og vi gir beskjed om neste steg.",
            "Statusen på søknaden din er endret til «Under vurdering».",
            "Rekrutterende leder ser på søknaden din, og vi kommer tilbake innen to uker.",
        ],
        "st_rej": ["Status: Avsluttet"],
        "st_rev": ["Status: Under vurdering"],
    },
}


def portal(lang: str, core_key: str, status_key: str, subject_key: str):
    """A portal notice in ``lang`` whose deciding sentence is drawn from ``core_key``."""
    v, p = L[lang], P[lang]

    def fn(rng, c):
        r = R(rng, c)
        _ctx(r)
        hello = r(v["hello_f"])
        opening = _opening(r, v, hello, "thanks_f") if r.chance(0.7) else hello
        record = r(["{role} · #{ref}\n", "{role} ({city})\n", "#{ref}\n"]) + r(p[status_key])
        footer = [r(x) for x in r.rng.sample(p["footer"], r.rng.randint(3, 5))]
        parts = [
            r.maybe(0.6, p["view"]),
            r(["[logo] {company}", "{company}", ""]),
            opening,
            _cap(r(p[core_key])),
            r.maybe(0.6, [record]),
            r.maybe(0.5, p["buttons"]),
            r(v["sign_f"]),
            r(["—", "____", ""]) + "\n" + "\n".join(footer),
        ]
        return r(v[subject_key]), r.body(*parts), r(v["ats_from"])

    fn.unpadded = True
    return fn
