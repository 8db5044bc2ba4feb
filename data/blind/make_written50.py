# ruff: noqa: E501, S311
# fmt: off
"""Write data/blind/written-50.jsonl: training mail, thirty-eighth batch (breadth of languages).

Twenty-ninth pass, part N. Every sealed slice's wide part holds ~25 rejections in other
languages, ten of them new to the project, and a language no reading knows is mostly missed;
the slices keep choosing regional, minority and constructed varieties of big languages. This
batch writes thirty Latin- and Cyrillic-script languages and regional varieties that no earlier
slice section, batch README section or reading module names (Nynorsk, Upper Saxon, Palatinate
German, Hessian, Viennese, Tyrolean, Gronings, Aranese, Niçard, Monégasque, Triestine,
Gallurese, Tabarchino, Cantabrian, Eonavian, Andalusian, Balearic Catalan, Calabrian, Portuñol,
Llanito, Kristang, Montenegrin, Lemko, Goral, Buryat, Kalmyk, Tuvan, Ossetian, Chechen, Toki
Pona). For each language:

* three ``rejection`` in different forms (not selected, the post filled, someone else chosen)
  from different senders (a shop, an office, an NGO or association, a public body);
* three twins that are not rejections: an application received with a "we will tell you if you
  are chosen" conditional, an interview invitation, and a sold-out concert.

Sentences are kept short and simple where the writer was unsure of the language. Every template
is one family of one copy, its own reader, signer, outfit, place and date; every address and
link is under ``.example``. Shells (none of written-46's): a mail forwarded by a relative
(``fw``), a chat app's unread-message notice (``cn``), an office mail under a long
confidentiality footer (``cf``), a job board's message alert (``jb``).

    python data/blind/make_written50.py           # writes the file (seed 500503)
    python data/blind/make_written50.py --langs   # make-up by kind, shell and language
    python data/blind/make_written50.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 500503
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, finish, makeup, record, run  # noqa: E402

# written-31's kinds and address helper (the batch beside this file)
from make_written31 import AR, IV, NJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-50.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-ninth pass as training mail, thirty-eighth batch, breadth of languages: thirty regional, minority and constructed languages, refusals and twins (make_written50.py)"
PREFIX = "blind-w50"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT


def _o(shop: str, office: str, ngo: str, public: str) -> dict[str, tuple[str, str]]:
    """Four outfits, each with a domain made from its name (ASCII letters, or a stem)."""
    def dom(name: str) -> str:
        return (ascii_slug(name) or mailbox(name, "outfit").replace(".", ""))[:24] + ".example"
    return {k: (v, dom(v)) for k, v in (("shop", shop), ("office", office), ("ngo", ngo), ("public", public))}


# code: (language, people, cities, outfits by sender, phone)
LANGS = {
    "nn": ("Nynorsk", (("Solveig", "Haugland"), ("Torbjørn", "Rygg"), ("Ragnhild", "Myklebust"), ("Eirik", "Bjørkedal")), ("Førde", "Voss"),
           _o("Butikken på Torget", "Rygg Rekneskap", "Ungdomslaget Fram", "Sogndal kommune"), "+47 4{0}"),
    "sxu": ("Upper Saxon", (("Mandy", "Kretzschmar"), ("Ronny", "Lehmann"), ("Peggy", "Uhlig"), ("Maik", "Große")), ("Leipzsch", "Dräsdn"),
            _o("Bäckerei Uhlig", "Büro Große & Söhne", "Verein Sachsenland", "Stadtverwaltung Riesa"), "+49 152 {0}"),
    "pfl": ("Palatinate German", (("Gabi", "Hoffmann"), ("Dieter", "Schwaab"), ("Heike", "Theobald"), ("Klaus", "Kuhn")), ("Ludwigshafe", "Kaiserslautre"),
            _o("Weinhandel Schwaab", "Kanzlei Theobald", "Pfälzerwald-Verein Hochspeyer", "Verbandsgemeinde Lambrecht"), "+49 160 {0}"),
    "hes": ("Hessian", (("Sabine", "Schäfer"), ("Heiner", "Dieter"), ("Babette", "Kraus"), ("Erwin", "Lotz")), ("Frankfort", "Offebach"),
            _o("Äppelwoi-Lädche Lotz", "Steuerbüro Kraus", "Turnverein Bornheim", "Ortsbeirat Sachsehause"), "+49 171 {0}"),
    "wien": ("Viennese", (("Resi", "Novotny"), ("Ferdl", "Prohaska"), ("Mitzi", "Svoboda"), ("Poldi", "Hrdlicka")), ("Wien", "Floridsdorf"),
             _o("Greißlerei Prohaska", "Kanzlei Svoboda", "Verein Grätzlhilfe", "Magistrat Ottakring"), "+43 664 {0}"),
    "tirol": ("Tyrolean", (("Vroni", "Hofer"), ("Sepp", "Gruber"), ("Burgi", "Plattner"), ("Luis", "Haller")), ("Innschbruck", "Schwaz"),
              _o("Sportgschäft Gruber", "Büro Plattner", "Musikkapelle Fulpmes", "Gemeinde Telfs"), "+43 676 {0}"),
    "gos": ("Gronings", (("Geesje", "Mulder"), ("Harm", "Wiersema"), ("Aaltje", "Bos"), ("Jan", "Huizinga")), ("Grunnen", "Appingedam"),
            _o("Winkel Wiersema", "Kantoor Huizinga", "Vrijwilligers Ommeland", "Gemeente Het Hogeland"), "+31 6 {0}"),
    "aran": ("Aranese", (("Montse", "Moga"), ("Pèir", "Boya"), ("Marta", "Cau"), ("Jusèp", "Salà")), ("Vielha", "Bossòst"),
             _o("Botiga Boya", "Burèu Salà", "Associacion Lengua Viua", "Conselh Generau d'Aran"), "+34 636 {0}"),
    "nis": ("Niçard", (("Nadìa", "Giordan"), ("Jouan", "Barety"), ("Lisa", "Rancher"), ("Francés", "Toselli")), ("Nissa", "Lantosca"),
            _o("Boutiga Giordan", "Burèu Toselli", "Acadèmia dau Paìs", "Coumuna de Lantosca"), "+33 6 {0}"),
    "mco": ("Monégasque", (("Ninà", "Notari"), ("Lüvì", "Crovetto"), ("Catì", "Médecin"), ("Giorgi", "Boisson")), ("Múnegu", "Munte-Carlu"),
            _o("Butiga Crovetto", "Ufiçiu Boisson", "Cumitau di Tradiçiue", "Merìa de Múnegu"), "+377 6 {0}"),
    "trst": ("Triestine", (("Nives", "Zerial"), ("Bepi", "Cociancich"), ("Licia", "Furlan"), ("Nino", "Sancin")), ("Trieste", "Muja"),
             _o("Botega Cociancich", "Studio Sancin", "Associazion Bora", "Comun de Muja"), "+39 340 {0}"),
    "sdn": ("Gallurese", (("Tittina", "Tamponi"), ("Bachisio", "Columbano"), ("Gavina", "Pirredda"), ("Tomasgiu", "Sotgiu")), ("Tempiu", "Calangianus"),
            _o("Buttea Sotgiu", "Uffiziu Columbano", "Assuciazioni Gaddura Viva", "Cumunu di Lurisi"), "+39 347 {0}"),
    "tab": ("Tabarchino", (("Rusinn-a", "Rivano"), ("Baciccia", "Ferraro"), ("Giuanna", "Biggio"), ("Nicolò", "Repetto")), ("Carlufórte", "Cälasetta"),
            _o("Butega Rivano", "Ufiçiu Repetto", "Assuciaçiun U Pàize", "Cumün de Carlufórte"), "+39 349 {0}"),
    "cant": ("Cantabrian", (("Marisa", "Ruiz"), ("Chema", "Cobo"), ("Toñi", "Gutiérrez"), ("Lin", "Fernández")), ("Torrelavega", "Cabezón"),
             _o("Tienda Cobo", "Oficina Gutiérrez", "Asociación La Pasiega", "Ayuntamientu de Cabezón"), "+34 642 {0}"),
    "eon": ("Eonavian", (("Maruxa", "Pérez"), ("Xosé", "López"), ("Carme", "Méndez"), ("Mánel", "García")), ("Vegadeo", "A Caridá"),
            _o("Tenda López", "Oficina Méndez", "Asociación Ría del Eo", "Concello de Tapia"), "+34 684 {0}"),
    "and": ("Andalusian Spanish", (("Rocío", "Fernández"), ("Manolo", "Jiménez"), ("Macarena", "Moreno"), ("Curro", "Romero")), ("Sevilla", "Jerez"),
            _o("Bar La Parra", "Gestoría Romero", "Asociación Los Sentaos", "Junta Municipal Triana"), "+34 655 {0}"),
    "mall": ("Balearic Catalan", (("Margalida", "Oliver"), ("Tomeu", "Bauzà"), ("Catalina", "Ferrer"), ("Biel", "Coll")), ("Palma", "Inca"),
             _o("Forn Can Bauzà", "Gestoria Coll", "Associació Sa Teulada", "Ajuntament de Sóller"), "+34 671 {0}"),
    "cal": ("Calabrian", (("Concettina", "Scarfò"), ("Peppe", "Morabito"), ("Filomena", "Zappia"), ("Totò", "Nucera")), ("Riggiu", "Cusenza"),
            _o("Putìa Morabito", "Studiu Nucera", "Associazioni 'A Ruga", "Cumuni 'e Palmi"), "+39 328 {0}"),
    "pnl": ("Portuñol", (("Jussara", "Olivera"), ("Chiquinho", "Pereira"), ("Neca", "da Rosa"), ("Gringo", "Silveira")), ("Rivera", "Santana do Livramento"),
            _o("Free Shop Pereira", "Escritorio da Rosa", "Coletivo Frontera", "Intendencia de Rivera"), "+598 99 {0}"),
    "llan": ("Llanito", (("Kaylee", "Sanchez"), ("Ernest", "Bossano"), ("Dolores", "Pisarello"), ("Gino", "Azopardi")), ("Gibraltar", "Catalan Bay"),
             _o("Main Street Fashions", "Azopardi & Co", "Calpe Helping Hands", "Gibraltar Housing Office"), "+350 5{0}"),
    "mcm": ("Kristang", (("Sara", "de Costa"), ("Joe", "Lazaroo"), ("Maria", "Sta Maria"), ("Bento", "de Silva")), ("Melaka", "Ujong Pasir"),
            _o("Loja Lazaroo", "Ofisiu de Silva", "Kumpanya Kristang", "Majlis Bandaraya Melaka"), "+60 12 {0}"),
    "cnr": ("Montenegrin", (("Milena", "Vujović"), ("Vuk", "Radulović"), ("Jelena", "Đukanović"), ("Marko", "Šćepanović")), ("Podgorica", "Nikšić"),
            _o("Prodavnica Kod Vuka", "Kancelarija Radulović", "Udruženje Lovćen", "Opština Danilovgrad"), "+382 67 {0}"),
    "lemko": ("Lemko", (("Анна", "Дзядик"), ("Петро", "Трохановскій"), ("Марія", "Ґоч"), ("Семан", "Мадзелян")), ("Горлиці", "Крениця"),
              _o("Склеп у Дзядика", "Канцелярия Ґоч", "Стоваришыня Лемків", "Ґміна Устя"), "+48 602 {0}"),
    "goral": ("Goral", (("Zośka", "Gąsienica"), ("Jędruś", "Krzeptowski"), ("Hanka", "Bachleda"), ("Wojtek", "Chowaniec")), ("Zakopane", "Nowy Targ"),
              _o("Sklep u Gąsienicy", "Biuro Krzeptowskich", "Związek Podhalan", "Gmina Poronin"), "+48 505 {0}"),
    "bua": ("Buryat", (("Сэсэг", "Доржиева"), ("Баир", "Цыренов"), ("Туяна", "Бадмаева"), ("Жаргал", "Намсараев")), ("Улаан-Үдэ", "Хэжэнгэ"),
            _o("Наран дэлгүүр", "Цыреновэй контора", "Буряад соёл нэгэдэл", "Хэжэнгын аймаг"), "+7 924 {0}"),
    "xal": ("Kalmyk", (("Булган", "Очирова"), ("Санҗ", "Бадмаев"), ("Герл", "Манджиева"), ("Очр", "Эрдниев")), ("Элст", "Лаган"),
            _o("Бадмаевин делгүр", "Эрдниевин контор", "Хальмг туста нег", "Элстин администраци"), "+7 937 {0}"),
    "tyv": ("Tuvan", (("Айдыс", "Монгуш"), ("Чойгана", "Ооржак"), ("Саяна", "Кужугет"), ("Буян", "Салчак")), ("Кызыл", "Чадаан"),
            _o("Салчак садыы", "Ооржак контора", "Тыва ниити организация", "Кызыл хоорай чагыргазы"), "+7 923 {0}"),
    "os": ("Ossetian", (("Залинæ", "Гæбæраты"), ("Алан", "Хъуысаты"), ("Фатимæ", "Цæгæраты"), ("Сослан", "Бесаты")), ("Дзæуджыхъæу", "Беслæн"),
           _o("Хъуысаты дукани", "Бесаты контор", "Ирон æхсæнад", "Беслæны администраци"), "+7 918 {0}"),
    "ce": ("Chechen", (("Хеда", "Мусаева"), ("Ахьмад", "Дудаев"), ("Зарема", "Алиева"), ("Іела", "Исаев")), ("Соьлжа-ГIала", "Гуьмсе"),
           _o("Дудаевн туька", "Исаевн офис", "Нохчийн юкъаралла", "Гуьмсен администраци"), "+7 928 {0}"),
    "tok": ("Toki Pona", (("Sonja", "Lang"), ("Kepa", "Nata"), ("Ili", "Sanka"), ("Jan", "Misikeke")), ("ma tomo Towano", "ma tomo Alesi"),
            _o("tomo esun Nata", "tomo pali Lang", "kulupu pona", "lawa pi ma tomo"), "+1 416 {0}"),
}

# (code, name, kind, sender, shell, subject, core): one family of one copy each
TEMPLATES = (
    # Nynorsk
    ("nn", "shop-not-chosen", RJ, "shop", "jb", "Søknaden din",
     "Hei {first},\n\ntakk for søknaden din. Vi har no lese gjennom søknadene, og du vart dessverre ikkje vald ut til jobben i butikken."),
    ("nn", "office-filled", RJ, "office", "cf", "Stilling som rekneskapsmedarbeidar",
     "Hei {first} {surname},\n\nstillinga er no sett, og vi går difor ikkje vidare med søknaden din. Lukke til vidare."),
    ("nn", "public-other-chosen", RJ, "public", "fw", "Tilsetjing reinhaldar, ref. {ref}",
     "Hei {first},\n\nkommunen har tilsett ein annan kandidat i stillinga. Takk for interessa du har vist."),
    ("nn", "public-received-if", AR, "public", "jb", "Stadfesting, ref. {ref}",
     "Hei {first},\n\nvi stadfestar at vi har motteke søknaden din. Dersom du går vidare, tek vi kontakt innan {next}."),
    ("nn", "office-invite", IV, "office", "cf", "Intervju",
     "Hei {first},\n\nvi vil gjerne ha deg inn til intervju {next} klokka 10 på kontoret vårt i {city}. Gje oss eit svar om tida passar."),
    ("nn", "ngo-soldout", NJ, "ngo", "cn", "Konsert på ungdomshuset",
     "Hei {first}! Alle billettane til konserten på laurdag er dessverre utselde."),
    # Upper Saxon
    ("sxu", "shop-not-chosen", RJ, "shop", "cn", "Deine Bewerbung",
     "Ei gudn Dach {first}, danke fier deine Bewerbung. Leider bist du nich dabei, mir ham dich diesmal nich genomm'."),
    ("sxu", "office-filled", RJ, "office", "fw", "Die Stelle im Biro",
     "Hallo {first},\n\ndie Stelle im Biro is nu weg, die ham mir vorche Woche besetzt. Nischt fier ungut."),
    ("sxu", "ngo-other-chosen", RJ, "ngo", "jb", "Ehrenamt",
     "Hallo {first},\n\nmir ham uns fier nen andern endschieden. Danke drotzdem fier dei Indresse."),
    ("sxu", "office-received-if", AR, "office", "cf", "Bewerbung angekomm'",
     "Hallo {first},\n\ndeine Bewerbung is bei uns angekomm'. Wenn mir dich nehm', melden mir uns bis zum {next}."),
    ("sxu", "shop-invite", IV, "shop", "cn", "Gespräch",
     "{first}, gomm doch am {next} um zehne in de Bäckerei nach {city}, da gönn' mir mal in Ruhe redn."),
    ("sxu", "ngo-soldout", NJ, "ngo", "fw", "Gonzerd",
     "Hallo {first},\n\ndie Kardn fiers Gonzerd sin alle wech, ausverkooft."),
    # Palatinate German
    ("pfl", "shop-not-chosen", RJ, "shop", "fw", "Dei Bewerbung",
     "Gude {first},\n\nmerci fer dei Bewerbung. Du bisch leider net dabei, mer hänn uns anners entschied."),
    ("pfl", "office-filled", RJ, "office", "cf", "Stell in de Kanzlei",
     "Hallo {first} {surname},\n\ndie Stell is schunn weg, die hämmer besetzt. Alles Gude."),
    ("pfl", "public-other-chosen", RJ, "public", "jb", "Bewerbung Bauhof",
     "Hallo {first},\n\nmer hänn jemand anneres genumme fer de Bauhof. Merci trotzdem."),
    ("pfl", "public-received-if", AR, "public", "cf", "Eingangsbestätigung {ref}",
     "Hallo {first},\n\ndei Bewerbung is aakumme. Wann mer dich nemme, melle mer uns bis {next}."),
    ("pfl", "office-invite", IV, "office", "jb", "Gespräch",
     "Gude {first},\n\nkummsch am {next} um zehn ins Büro in {city}? Do schwätze mer mol in Ruh."),
    ("pfl", "ngo-soldout", NJ, "ngo", "cn", "Weinfescht-Konzert",
     "{first}, die Kaarte fers Konzert sinn all ausverkaaft, do is nix meh zu mache."),
    # Hessian
    ("hes", "shop-not-chosen", RJ, "shop", "cn", "Dei Bewerbung",
     "Ei gude {first}! Danke fer dei Bewerbung. Mir nemme dich dismol net, tut mer leid."),
    ("hes", "office-filled", RJ, "office", "jb", "Stell im Steuerbüro",
     "Hallo {first},\n\ndie Stell is ewwe schon vergewwe. Mir wünsche der alles Gude."),
    ("hes", "ngo-other-chosen", RJ, "ngo", "fw", "Übungsleiter",
     "Ei gude {first},\n\nmir hawwe uns fer en annern entschiede. Trotzdem danke, dass de dich gemeldt hast."),
    ("hes", "public-received-if", AR, "public", "cf", "Bewerbung {ref}",
     "Hallo {first},\n\ndei Bewerbung is bei uns aakomme. Wenn mer dich nemme, mellde mer uns bis zum {next}."),
    ("hes", "office-invite", IV, "office", "jb", "Termin",
     "Ei gude {first},\n\nkimmste am {next} um zehn ins Büro nach {city}? Dann babbele mer mol."),
    ("hes", "shop-soldout", NJ, "shop", "cn", "Konzert",
     "{first}, die Kadde fürs Konzert sin all fort, ausverkauft."),
    # Viennese
    ("wien", "shop-not-chosen", RJ, "shop", "cn", "Dei Bewerbung",
     "Servas {first}, danke für dei Bewerbung. Leider is si's ned ausgangen, du bist ned dabei."),
    ("wien", "office-filled", RJ, "office", "cf", "Stö in da Kanzlei",
     "Griaß Ihna, {first} {surname},\n\nde Stö is scho vageben. Mia wünschen Ihna ollas Guade."),
    ("wien", "public-other-chosen", RJ, "public", "fw", "Bewerbung Parkbetreuung",
     "Hallo {first},\n\nmia ham an andan gnumma. Danke trotzdem fürs Bewerbn."),
    ("wien", "ngo-received-if", AR, "ngo", "jb", "Bewerbung ankumma",
     "Servas {first},\n\ndei Bewerbung is ankumma. Wenn ma di nehman, mö'd ma uns bis zum {next}."),
    ("wien", "office-invite", IV, "office", "cf", "Gespräch",
     "Griaß Ihna, {first},\n\nkumman S' am {next} um zehne ins Büro in {city}, dann redn ma."),
    ("wien", "ngo-soldout", NJ, "ngo", "cn", "Konzert im Beisl",
     "{first}, de Kartn fürs Konzert san ollesamt weg, ausverkauft."),
    # Tyrolean
    ("tirol", "shop-not-chosen", RJ, "shop", "jb", "Dei Bewerbung",
     "Griaß di {first},\n\nvergelt's Gott fir dei Bewerbung. Du bisch leider nit dabei, mir nemmen di heuer nit."),
    ("tirol", "office-filled", RJ, "office", "fw", "Stell im Büro",
     "Servus {first},\n\ndi Stell isch schun vergebn. Alles Guate fir di."),
    ("tirol", "public-other-chosen", RJ, "public", "cf", "Gemeindearbeiter",
     "Griaß Gott {first} {surname},\n\ndi Gemeinde hot si fir an ondern entschiedn. Dankschön fir Ihr Interesse."),
    ("tirol", "public-received-if", AR, "public", "jb", "Bewerbung {ref}",
     "Griaß di {first},\n\ndei Bewerbung isch ongekemmen. Wenn mir di nemmen, meldn mir ins bis zum {next}."),
    ("tirol", "shop-invite", IV, "shop", "cn", "Gespräch",
     "{first}, kimmsch am {next} um zehne ins Gschäft af {city}? Nocher redn mir."),
    ("tirol", "ngo-soldout", NJ, "ngo", "fw", "Konzert vo dr Musig",
     "Griaß di {first},\n\ndi Kartn fir's Konzert sein olle weg."),
    # Gronings
    ("gos", "shop-not-chosen", RJ, "shop", "cn", "Dien sollisitoatsie",
     "Moi {first}, bedankt veur dien sollisitoatsie. Doe bist dizze keer nait oetkozen."),
    ("gos", "office-filled", RJ, "office", "cf", "Stee op t kantoor",
     "Moi {first} {surname},\n\nde stee op ons kantoor is nait meer vrij. Veul sukses."),
    ("gos", "ngo-other-chosen", RJ, "ngo", "jb", "Vrijwilliger",
     "Moi {first},\n\nwie hebben n aander noamen veur dit wark. Toch bedankt."),
    ("gos", "public-received-if", AR, "public", "cf", "Ontvongst {ref}",
     "Moi {first},\n\nwie hebben dien braif kregen. As wie die kaizen, heurst doe van ons veur {next}."),
    ("gos", "office-invite", IV, "office", "jb", "Gesprek",
     "Moi {first},\n\nkom op {next} om tien uur noar t kantoor in {city} veur n gesprek."),
    ("gos", "ngo-soldout", NJ, "ngo", "fw", "Konsert",
     "Moi {first},\n\nalle kaorten veur t konsert binnen verkocht."),
    # Aranese
    ("aran", "shop-not-chosen", RJ, "shop", "fw", "Era vòsta candidatura",
     "Car {first},\n\nvos mercejam era vòsta candidatura. Sentim díder-vos que non siatz estat seleccionat entath lòc dera botiga."),
    ("aran", "office-filled", RJ, "office", "jb", "Lòc de trabalh",
     "Car {first},\n\neth lòc de trabalh ja ei ocupat. Vos desiram fòrça sòrt."),
    ("aran", "public-other-chosen", RJ, "public", "cf", "Convocatòria {ref}",
     "Sr./Sra. {first} {surname},\n\nauem causit ua auta persona entad aguest lòc. Vos mercejam er interès."),
    ("aran", "public-received-if", AR, "public", "cf", "Recepcion {ref}",
     "Sr./Sra. {first} {surname},\n\nauem recebut era vòsta candidatura. Se siatz seleccionat, vos ac diderám abans deth {next}."),
    ("aran", "office-invite", IV, "office", "jb", "Entrevista",
     "Car {first},\n\nvos convidam a ua entrevista eth {next} a 10 ores en burèu de {city}."),
    ("aran", "ngo-soldout", NJ, "ngo", "cn", "Concèrt",
     "{first}, totes es entrades deth concèrt son venudes."),
    # Niçard
    ("nis", "shop-not-chosen", RJ, "shop", "jb", "La vouòstra candidatura",
     "Car {first},\n\nvi remerciam per la vouòstra candidatura. Nen desplai, ma non siatz estat chausit per la boutiga."),
    ("nis", "office-filled", RJ, "office", "cf", "Lo pouòst au burèu",
     "Car {first} {surname},\n\nlo pouòst es jà ocupat. Bouona chança."),
    ("nis", "ngo-other-chosen", RJ, "ngo", "fw", "Benevòl",
     "Car {first},\n\navèn chausit una autra persona per aquest trabalh. Mercí de tout."),
    ("nis", "public-received-if", AR, "public", "cf", "Candidatura {ref}",
     "Car {first},\n\navèn reçauput la vouòstra candidatura. Se siatz chausit, vi lou diren denant lo {next}."),
    ("nis", "office-invite", IV, "office", "jb", "Rescontre",
     "Car {first},\n\nvi counvidam a un rescontre lo {next} a dètz oras au burèu de {city}."),
    ("nis", "ngo-soldout", NJ, "ngo", "cn", "Councert",
     "{first}, toutei li plaça dau councert soun vendudi."),
    # Monégasque
    ("mco", "shop-not-chosen", RJ, "shop", "cn", "A vostra candidatüra",
     "Cau {first}, ve rengraçiamu per a vostra candidatüra. Ne despiaixe, ma nun sei stau scernüu."),
    ("mco", "office-filled", RJ, "office", "cf", "U postu",
     "Cau {first} {surname},\n\nu postu è già ocüpau. Ve augüramu bona furtüna."),
    ("mco", "public-other-chosen", RJ, "public", "jb", "Candidatüra {ref}",
     "Cau {first},\n\namu scernüu ün'autra persuna per stu postu. Grassie."),
    ("mco", "public-received-if", AR, "public", "cf", "Reçevüa {ref}",
     "Cau {first},\n\namu reçevüu a vostra candidatüra. Se sei scernüu, ve u diremu avanti u {next}."),
    ("mco", "office-invite", IV, "office", "fw", "Incuntru",
     "Cau {first},\n\nve invitamu a ün incuntru u {next} a e dëxe au burò de {city}."),
    ("mco", "ngo-soldout", NJ, "ngo", "cn", "Cuncertu",
     "{first}, tüti i biyeti du cuncertu sun venedüi."),
    # Triestine
    ("trst", "shop-not-chosen", RJ, "shop", "fw", "La sua domanda",
     "Cara/o {first},\n\ngrazie per la domanda. Purtropo no la xe stada sielta per el posto in botega."),
    ("trst", "office-filled", RJ, "office", "cf", "Posto in studio",
     "Cara/o {first} {surname},\n\nel posto xe za ocupà. Ghe auguremo tuto el ben."),
    ("trst", "ngo-other-chosen", RJ, "ngo", "jb", "Volontari",
     "Ciao {first},\n\ngavemo ciolto un'altra persona per sto lavor. Grazie istesso."),
    ("trst", "public-received-if", AR, "public", "cf", "Domanda {ref}",
     "Cara/o {first},\n\ngavemo ricevù la sua domanda. Se la vien sielta, ghe lo disemo prima del {next}."),
    ("trst", "office-invite", IV, "office", "jb", "Colloquio",
     "Cara/o {first},\n\nla invitemo a un colloquio el {next} a le diese in ufficio a {city}."),
    ("trst", "ngo-soldout", NJ, "ngo", "cn", "Concerto",
     "{first}, i biglieti del concerto xe tuti vendudi, no ghe xe più gnente."),
    # Gallurese
    ("sdn", "shop-not-chosen", RJ, "shop", "jb", "La candidatura vostra",
     "Caru {first},\n\nvi ringraziemu pa la candidatura. Ni dispiaci, ma no seti statu sciuddutu pa la buttea."),
    ("sdn", "office-filled", RJ, "office", "fw", "Lu postu",
     "Caru {first},\n\nlu postu è già occupatu. Bona furtuna."),
    ("sdn", "public-other-chosen", RJ, "public", "cf", "Candidatura {ref}",
     "Caru {first} {surname},\n\nemu sciuddutu un'alta parsona pa chistu postu. Grazie di l'interessu."),
    ("sdn", "public-received-if", AR, "public", "cf", "Ricevuta {ref}",
     "Caru {first},\n\nemu rizzuutu la candidatura vostra. Si seti sciuddutu, vi lu dimu primma di lu {next}."),
    ("sdn", "office-invite", IV, "office", "jb", "Cunvegnu",
     "Caru {first},\n\nvi invitemu a un cunvegnu lu {next} a li deci in l'uffiziu di {city}."),
    ("sdn", "ngo-soldout", NJ, "ngo", "cn", "Cunzertu",
     "{first}, tutti li biglietti di lu cunzertu so vinduti."),
    # Tabarchino
    ("tab", "shop-not-chosen", RJ, "shop", "cn", "A vostra candidatüa",
     "Cäo {first}, ve ringraziemmu pe-a candidatüa. Ne despiaxe, ma nu sei stetu scernüu pe-a butega."),
    ("tab", "office-filled", RJ, "office", "cf", "U postu",
     "Cäo {first} {surname},\n\nu postu u l'è zà ocüpòu. Bun-a furtün-a."),
    ("tab", "ngo-other-chosen", RJ, "ngo", "fw", "Vuluntäi",
     "Cäo {first},\n\nemmu scernüu ün'atra persun-a pe stu travaggiu. Grassie."),
    ("tab", "public-received-if", AR, "public", "jb", "Candidatüa {ref}",
     "Cäo {first},\n\nemmu riçevüu a vostra candidatüa. Se sei scernüu, ve u diemmu primma du {next}."),
    ("tab", "office-invite", IV, "office", "cf", "Collocquiu",
     "Cäo {first},\n\nve invitemmu a ün collocquiu u {next} a e dexe inte l'ufiçiu de {city}."),
    ("tab", "shop-soldout", NJ, "shop", "cn", "Concertu",
     "{first}, tütti i biglietti du concertu sun vendüi."),
    # Cantabrian
    ("cant", "shop-not-chosen", RJ, "shop", "fw", "La tu solicitú",
     "Estimáu {first},\n\nvos agradecemos la solicitú. Sentimos decívos que nun jue escogíu pa'l puestu de la tienda."),
    ("cant", "office-filled", RJ, "office", "jb", "El puestu",
     "Estimáu {first},\n\nel puestu ya está cubiertu. Muncha suerti."),
    ("cant", "public-other-chosen", RJ, "public", "cf", "Convocatoria {ref}",
     "Estimáu {first} {surname},\n\nescogiemos a otra presona pa esti puestu. Gracias pol interés."),
    ("cant", "public-received-if", AR, "public", "cf", "Solicitú {ref}",
     "Estimáu {first},\n\nrecibiemos la vuestra solicitú. Si vos escogemos, vos lo diremos enantis del {next}."),
    ("cant", "office-invite", IV, "office", "jb", "Entrevista",
     "Estimáu {first},\n\nvos convidamos a una entrevista el {next} a las diez de la mañana na oficina de {city}."),
    ("cant", "ngo-soldout", NJ, "ngo", "cn", "Conciertu",
     "{first}, toas las entrás del conciertu están vendías."),
    # Eonavian
    ("eon", "shop-not-chosen", RJ, "shop", "cn", "A vosa solicitú",
     "Estimado {first}, agradecémosvos a solicitú. Sentímolo, pero nun fostes escolleito pra o posto da tenda."),
    ("eon", "office-filled", RJ, "office", "cf", "O posto",
     "Estimado {first} {surname},\n\no posto xa está cuberto. Moita sorte."),
    ("eon", "ngo-other-chosen", RJ, "ngo", "jb", "Voluntariado",
     "Estimado {first},\n\nescolleimos outra persoa pra este traballo. Gracias."),
    ("eon", "public-received-if", AR, "public", "cf", "Solicitú {ref}",
     "Estimado {first},\n\nrecibimos a vosa solicitú. Se vos escollemos, diremosvolo antes del {next}."),
    ("eon", "office-invite", IV, "office", "fw", "Entrevista",
     "Estimado {first},\n\nconvidámosvos a unha entrevista el {next} a las dez na oficina de {city}."),
    ("eon", "ngo-soldout", NJ, "ngo", "cn", "Concerto",
     "{first}, todas as entradas del concerto están vendidas."),
    # Andalusian Spanish
    ("and", "shop-not-chosen", RJ, "shop", "cn", "Lo del curro",
     "Quillo {first}, grasia por echá el currículum. Al final no t'hemo cogío, lo siento musho."),
    ("and", "office-filled", RJ, "office", "fw", "El puesto",
     "Hola {first},\n\nel puesto ya está cubierto, chiquillo. Suerte con tó."),
    ("and", "ngo-other-chosen", RJ, "ngo", "cn", "Monitó",
     "{first}, hemo cogío a otra muchacha pa lo de lo niño. Grasia de tó corasón."),
    ("and", "public-received-if", AR, "public", "jb", "Solisitú {ref}",
     "Hola {first},\n\nhemo recibío tu solisitú. Si te cogemo, te lo desimo ante del {next}."),
    ("and", "office-invite", IV, "office", "cn", "Entrevista",
     "{first}, vente el {next} a las dié a la ofisina de {city} pa una entrevista, ¿vale?"),
    ("and", "shop-soldout", NJ, "shop", "fw", "Consierto",
     "Hola {first},\n\nlas entrá del consierto están toa vendía, no queda ni una."),
    # Balearic Catalan
    ("mall", "shop-not-chosen", RJ, "shop", "jb", "Sa teva candidatura",
     "Hola {first},\n\nmoltes gràcies per sa teva candidatura. Mos sap greu, però no has estat seleccionat per sa feina a sa botiga."),
    ("mall", "office-filled", RJ, "office", "cf", "Sa plaça",
     "Benvolgut/da {first} {surname},\n\nsa plaça ja està coberta. Vos desitjam molta sort."),
    ("mall", "public-other-chosen", RJ, "public", "cf", "Convocatòria {ref}",
     "Benvolgut/da {first},\n\nhem triat una altra persona per es lloc. Gràcies per s'interès."),
    ("mall", "public-received-if", AR, "public", "jb", "Sol·licitud {ref}",
     "Hola {first},\n\nhem rebut sa teva sol·licitud. Si et seleccionam, t'ho direm abans des {next}."),
    ("mall", "office-invite", IV, "office", "fw", "Entrevista",
     "Hola {first},\n\net convidam a una entrevista es {next} a les deu a s'oficina de {city}."),
    ("mall", "ngo-soldout", NJ, "ngo", "cn", "Concert",
     "{first}, ses entrades des concert estan totes venudes."),
    # Calabrian
    ("cal", "shop-not-chosen", RJ, "shop", "cn", "'A dumanna vostra",
     "Caru {first}, vi ringraziamu pe' 'a dumanna. Ni dispiaci, ma 'un siti statu sceltu pe' 'a putìa."),
    ("cal", "office-filled", RJ, "office", "fw", "'U postu",
     "Caru {first},\n\n'u postu è già occupatu. Bona furtuna."),
    ("cal", "public-other-chosen", RJ, "public", "cf", "Dumanna {ref}",
     "Caru {first} {surname},\n\navimu sceltu n'atra persuna pe' chistu postu. Grazzi."),
    ("cal", "public-received-if", AR, "public", "jb", "Ricivuta {ref}",
     "Caru {first},\n\navimu ricivutu 'a dumanna vostra. Si siti sceltu, vu dicimu prima du {next}."),
    ("cal", "office-invite", IV, "office", "cf", "Colloquiu",
     "Caru {first},\n\nvi 'nvitamu a nu colloquiu u {next} ê deci 'ntô studiu 'e {city}."),
    ("cal", "ngo-soldout", NJ, "ngo", "cn", "Concertu",
     "{first}, tutti 'i biglietti du concertu su' venduti."),
    # Portuñol
    ("pnl", "shop-not-chosen", RJ, "shop", "cn", "Tu currículo",
     "Oi {first}, gracias por mandar tu currículo. Infelizmente no fuiste selecionado pra la vaga en la loja."),
    ("pnl", "office-filled", RJ, "office", "fw", "La vaga",
     "Oi {first},\n\nla vaga ya foi preenchida. Mucha sorte pra vos."),
    ("pnl", "ngo-other-chosen", RJ, "ngo", "jb", "Voluntario",
     "Oi {first},\n\nescolhimos otra persona pra esse trabajo. Obrigado igual."),
    ("pnl", "public-received-if", AR, "public", "cf", "Inscrição {ref}",
     "Oi {first},\n\nrecebimos tu currículo. Si fuer selecionado, te avisamo hasta el {next}."),
    ("pnl", "office-invite", IV, "office", "cn", "Entrevista",
     "{first}, te convidamo pra una entrevista el {next} a las diez en el escritorio de {city}."),
    ("pnl", "shop-soldout", NJ, "shop", "fw", "Show",
     "Oi {first},\n\nlos ingresso del show están esgotados, no sobró nada."),
    # Llanito
    ("llan", "shop-not-chosen", RJ, "shop", "cn", "Tu application",
     "Oye {first}, gracias por el application. Lo siento pero al final no te hemos cogido pa' la tienda."),
    ("llan", "office-filled", RJ, "office", "fw", "El job",
     "Hola {first},\n\nel job ya está filled, lo siento mucho. Good luck con todo."),
    ("llan", "public-other-chosen", RJ, "public", "cf", "Application {ref}",
     "Dear {first},\n\nhemos escogido a otra persona for the post. Gracias por tu interés."),
    ("llan", "public-received-if", AR, "public", "jb", "Application {ref}",
     "Hola {first},\n\nhemos recibido tu application. Si te escogemos, te llamamos antes del {next}."),
    ("llan", "office-invite", IV, "office", "cn", "Interview",
     "{first}, can you come el {next} a las diez a la office en {city}? Pa' el interview."),
    ("llan", "ngo-soldout", NJ, "ngo", "fw", "Concierto",
     "Hola {first},\n\nlos tickets del concierto están sold out, ya no quedan."),
    # Kristang
    ("mcm", "shop-not-chosen", RJ, "shop", "jb", "Bos sa aplikasang",
     "Bong dia {first},\n\nmutu merseh kung bos sa aplikasang. Nus nungka skoyeh bos pra trabalu na loja."),
    ("mcm", "office-filled", RJ, "office", "fw", "Trabalu na ofisiu",
     "Bong dia {first},\n\nisti trabalu ja teng pesuah. Boa sorti."),
    ("mcm", "ngo-other-chosen", RJ, "ngo", "cn", "Kumpanya",
     "{first}, nus ja skoyeh otru pesuah pra isti trabalu. Merseh!"),
    ("mcm", "public-received-if", AR, "public", "cf", "Aplikasang {ref}",
     "Bong dia {first},\n\nnus ja resebeh bos sa aplikasang. Si nus skoyeh bos, nus lo falah kung bos antis {next}."),
    ("mcm", "office-invite", IV, "office", "jb", "Konbesa",
     "Bong dia {first},\n\nnus kereh kunvidah bos bi fazeh konbesa na {next} dez ora na ofisiu na {city}."),
    ("mcm", "ngo-soldout", NJ, "ngo", "cn", "Konsertu",
     "{first}, tudu bilieti di konsertu ja bendeh."),
    # Montenegrin
    ("cnr", "shop-not-chosen", RJ, "shop", "jb", "Vaša prijava",
     "Poštovani {first},\n\nzahvaljujemo na prijavi. Nažalost, niste izabrani za posao u prodavnici."),
    ("cnr", "office-filled", RJ, "office", "cf", "Radno mjesto",
     "Poštovani {first} {surname},\n\nradno mjesto je već popunjeno. Želimo vam puno sreće."),
    ("cnr", "public-other-chosen", RJ, "public", "fw", "Konkurs {ref}",
     "Poštovani {first},\n\nopština se odlučila za drugog kandidata. Hvala na interesovanju."),
    ("cnr", "public-received-if", AR, "public", "cf", "Prijava {ref}",
     "Poštovani {first},\n\nvašu prijavu smo primili. Ako budete izabrani, javićemo vam se do {next}."),
    ("cnr", "office-invite", IV, "office", "jb", "Razgovor",
     "Poštovani {first},\n\npozivamo vas na razgovor {next} u 10 časova. Đe nas nađete: kancelarija u {city}, prvi sprat."),
    ("cnr", "ngo-soldout", NJ, "ngo", "cn", "Koncert",
     "{first}, sve karte za koncert su rasprodate, śutra nema ništa."),
    # Lemko
    ("lemko", "shop-not-chosen", RJ, "shop", "cn", "Ваша заявка",
     "Дорогий/а {first}, дякуєме за вашу заявку. На жаль, вас не вибрали до роботы в склепі."),
    ("lemko", "office-filled", RJ, "office", "fw", "Місце в канцеляриі",
     "Дорогий/а {first},\n\nмісце в канцеляриі уж обсаджене. Желаме вам щастя."),
    ("lemko", "ngo-other-chosen", RJ, "ngo", "jb", "Стоваришыня",
     "Дорогий/а {first},\n\nмы вибрали іншу особу до того проєкту. Дякуєме."),
    ("lemko", "public-received-if", AR, "public", "cf", "Заявка {ref}",
     "Дорогий/а {first} {surname},\n\nдістали сме вашу заявку. Кед вас вибереме, даме знати до {next}."),
    ("lemko", "office-invite", IV, "office", "jb", "Розмова",
     "Дорогий/а {first},\n\nзапрашаме вас на розмову {next} о десятій годині до канцеляриі в {city}."),
    ("lemko", "ngo-soldout", NJ, "ngo", "cn", "Концерт",
     "{first}, вшыткы квиткы на концерт уж продаты."),
    # Goral
    ("goral", "shop-not-chosen", RJ, "shop", "fw", "Twoje zgłosyni",
     "Scynść Boze {first},\n\ndziekujeme za zgłosyni. Nie udało sie tym razem, nie wybrali my cie do sklepu."),
    ("goral", "office-filled", RJ, "office", "jb", "Robota w biurze",
     "{first},\n\nrobota w biurze juz je zajęto. Zycymy scynścia."),
    ("goral", "ngo-other-chosen", RJ, "ngo", "cn", "Związek",
     "{first}, wybrali my kogo inksego do tej roboty. Bóg zapłać za chęci."),
    ("goral", "public-received-if", AR, "public", "cf", "Zgłoszenie {ref}",
     "{first} {surname},\n\ndostali my twoje zgłosyni. Jak cie wybieremy, dómy znać do {next}."),
    ("goral", "office-invite", IV, "office", "jb", "Rozmowa",
     "{first},\n\nzapraszomy cie na rozmowe {next} ło dziesiątej do biura w {city}."),
    ("goral", "ngo-soldout", NJ, "ngo", "cn", "Koncert",
     "{first}, syćkie bilety na koncert juz sprzedane."),
    # Buryat
    ("bua", "shop-not-chosen", RJ, "shop", "jb", "Таны мэдүүлгэ",
     "Сайн байна, {first}!\n\nМэдүүлгэдэтнай баярлалаа. Харамсалтай, Та манай дэлгүүрэй ажалда шэлэгдээгүйт."),
    ("bua", "office-filled", RJ, "office", "cf", "Ажалай һуури",
     "Сайн байна, {first} {surname}!\n\nЭнэ ажалай һуури дүүрэнхэй, хүн абтанхай. Баярлалаа."),
    ("bua", "ngo-other-chosen", RJ, "ngo", "cn", "Нэгэдэл",
     "{first}, бидэ энэ ажалда өөрэ хүниие шэлэбди. Баярлалаа!"),
    ("bua", "public-received-if", AR, "public", "cf", "Мэдүүлгэ № {ref}",
     "{first} {surname},\n\nТаны мэдүүлгэ абабди. Хэрбээ Та шэлэгдэбэл, {next} болотор мэдүүлхэбди."),
    ("bua", "office-invite", IV, "office", "fw", "Уулзалга",
     "Сайн байна, {first}!\n\nТаниие {next} арбан сагта {city} хотын контордо уулзалгада уряабди."),
    ("bua", "shop-soldout", NJ, "shop", "cn", "Билет",
     "{first}, концертын бүхы билет худалдагдаа."),
    # Kalmyk
    ("xal", "shop-not-chosen", RJ, "shop", "cn", "Таднә өргдл",
     "Мендвт, {first}! Өргдлтн төлә ханҗанавидн. Харм болвчн, Та маднә делгүрин көдлмшт суңһгдсн уга."),
    ("xal", "office-filled", RJ, "office", "jb", "Көдлмшин орн",
     "Мендвт, {first}!\n\nЭн көдлмшин орн дүүрснә, күн авгдсн. Ханҗанавидн."),
    ("xal", "public-other-chosen", RJ, "public", "cf", "Өргдл № {ref}",
     "{first} {surname},\n\nбидн эн көдлмшт талдан күн суңһвидн. Ханҗанавидн."),
    ("xal", "public-received-if", AR, "public", "cf", "Өргдл авгдв № {ref}",
     "{first} {surname},\n\nТаднә өргдл авувидн. Та суңһгдхлә, {next} күртл медүлхвидн."),
    ("xal", "office-invite", IV, "office", "jb", "Күүндвр",
     "Мендвт, {first}!\n\nТаниг {next} арвн част {city} балһсна конторт күүндврт дуудҗанавидн."),
    ("xal", "ngo-soldout", NJ, "ngo", "fw", "Концерт",
     "{first}, концертин цуг билетс худлдгдсн."),
    # Tuvan
    ("tyv", "shop-not-chosen", RJ, "shop", "fw", "Силерниң билдириишкин",
     "Экии, {first}!\n\nБилдириишкин дээш четтирдивис. Хомудал-биле дыңнадып тур бис: садыгже ажылга силер шилиттинмээн силер."),
    ("tyv", "office-filled", RJ, "office", "cf", "Ажылдың туружу",
     "Экии, {first} {surname}!\n\nБо ажылдың туружу долу, кижи алдынган. Четтирдивис."),
    ("tyv", "ngo-other-chosen", RJ, "ngo", "cn", "Организация",
     "{first}, бис бо ажылга өске кижини шилээн бис. Четтирдивис!"),
    ("tyv", "public-received-if", AR, "public", "cf", "Билдириишкин № {ref}",
     "{first} {surname},\n\nсилерниң билдириишкинни алган бис. Шилиттинер болзуңарза, {next} чедир дыңнадыр бис."),
    ("tyv", "office-invite", IV, "office", "jb", "Чугаа",
     "Экии, {first}!\n\nСилерни {next} он шакта {city} хоорайда контораже чугаага чалап тур бис."),
    ("tyv", "ngo-soldout", NJ, "ngo", "cn", "Концерт",
     "{first}, концертке билеттер шупту садыттынган."),
    # Ossetian
    ("os", "shop-not-chosen", RJ, "shop", "jb", "Дæ курдиат",
     "Салам, {first}!\n\nКурдиаты тыххæй бузныг. Хъыгагæн, дуканийы куыстмæ дæ нæ равзæрстам."),
    ("os", "office-filled", RJ, "office", "fw", "Кусæн бынат",
     "Салам, {first}!\n\nкусæн бынат ахст у, адæймаг райстам. Бузныг."),
    ("os", "public-other-chosen", RJ, "public", "cf", "Курдиат № {ref}",
     "{first} {surname},\n\nмах ацы куыстмæ æндæр адæймаджы равзæрстам. Бузныг."),
    ("os", "public-received-if", AR, "public", "cf", "Курдиат райстам № {ref}",
     "{first} {surname},\n\nдæ курдиат райстам. Куы дæ равзарæм, уæд дын {next}-мæ фехъусын кæндзыстæм."),
    ("os", "office-invite", IV, "office", "jb", "Ныхас",
     "Салам, {first}!\n\nДæ хонæм ныхасмæ {next} сахат 10-ы {city}-ы конторæмæ."),
    ("os", "ngo-soldout", NJ, "ngo", "cn", "Концерт",
     "{first}, концертмæ билеттæ иууылдæр ауæй сты."),
    # Chechen
    ("ce", "shop-not-chosen", RJ, "shop", "cn", "Хьан дехар",
     "Ассаламу алайкум, {first}! Дехарна баркалла. Бехк ма билла, туькана балха хьо ца харжийна."),
    ("ce", "office-filled", RJ, "office", "cf", "Балха меттиг",
     "{first} {surname},\n\nи балха меттиг дIалаьцна, стаг схьаэцна. Баркалла."),
    ("ce", "ngo-other-chosen", RJ, "ngo", "jb", "Юкъаралла",
     "{first},\n\nоха и балха кхин стаг харжийна. Баркалла!"),
    ("ce", "public-received-if", AR, "public", "cf", "Дехар № {ref}",
     "{first} {surname},\n\nхьан дехар схьаэцна. Хьо харжахь, {next} кхаччалц хаам бийр бу."),
    ("ce", "office-invite", IV, "office", "fw", "Къамел",
     "Ассаламу алайкум, {first}!\n\nХьо {next} итт сахьт долуш {city}-ра офисе къамел дан кхойкху."),
    ("ce", "shop-soldout", NJ, "shop", "cn", "Концерт",
     "{first}, концертан билеташ массо а дохкийна."),
    # Toki Pona
    ("tok", "shop-not-chosen", RJ, "shop", "cn", "lipu sina",
     "toki, jan {first}! sina pana e lipu sina la mi pilin pona. taso mi pana ala e pali lon tomo esun tawa sina."),
    ("tok", "office-filled", RJ, "office", "fw", "pali lon tomo pali",
     "toki, jan {first}!\n\npali ni li jo e jan. ona li pini. o pona tawa sina."),
    ("tok", "ngo-other-chosen", RJ, "ngo", "jb", "kulupu pona",
     "toki, jan {first}!\n\nmi kama jo e jan ante tawa pali ni. sina pona. mi tawa."),
    ("tok", "public-received-if", AR, "public", "cf", "lipu {ref}",
     "toki, jan {first}!\n\nmi kama jo e lipu sina. sina pona tawa pali ni la mi toki tawa sina lon tenpo {next}."),
    ("tok", "office-invite", IV, "office", "jb", "o kama toki",
     "toki, jan {first}!\n\no kama tawa tomo pali mi lon {city} lon tenpo {next}. mi wile toki e ijo pali."),
    ("tok", "ngo-soldout", NJ, "ngo", "cn", "kalama musi",
     "jan {first} o, lipu tawa kalama musi li pini. jan ala li ken esun e ona."),
)


FOOTER = ("Confidentiality: what this mail holds is for its named reader alone. Where it reached you in error, kindly write back to say so and wipe it from your system. "
          "Copying it or passing it on is not permitted. How we handle personal data is set out in our data protection statement. "
          "Think twice before you print.")


class Maker(MakerBase):
    def context(self, lang: str, who: str) -> dict:
        """One message's reader, signer, outfit, place and dates, drawn for ``lang``."""
        rng = self.rng
        _, people, cities, outfits, phone = LANGS[lang]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org, dom = outfits[who]
        sent = datetime(2019, 6, 3, 7, 45) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(12 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 14))
        return {
            "first": first, "surname": surname, "hm": hm, "hm_full": f"{hm} {hm_sur}", "org": org, "dom": dom,
            "city": rng.choice(cities), "ref": f"{rng.randrange(100, 9999)}/{rng.randrange(10, 99)}",
            "next": f"{later.day:02d}.{later.month:02d}", "sent": sent, "phone": phone.format(rng.randrange(100000, 999999)),
            "reader": f"{mailbox(first + '.' + surname, 'reader')}@home.example",
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(('+0000', '+0100', '+0200', '+0300', '+0700', '+0800', '-0300'))}",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        staff = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'staff')}@{c['dom']}>"
        if code == "fw":  # a mail forwarded by a relative who got it on the reader's behalf
            kin = rng.choice(("Mum", "Dad", "Auntie", "Nonna", "Oma", "Babcia"))
            note = rng.choice(("this came to my address, sorry", "for you", "fwd", "see below x"))
            return (f"Fwd: {subject}", f"{note}\n\n---------- Forwarded message ---------\nFrom: {staff}\nDate: {c['sent']:%a, %d %b %Y at %H:%M}\nSubject: {subject}\n\n{core}\n\n{c['hm']}\n{c['org']}",
                    f"{kin} <{mailbox(kin + '.' + c['surname'], 'family')}@home.example>")
        if code == "cn":  # a chat app's notice of an unread message
            one = " ".join(p for p in core.split("\n") if p.strip())
            return (f"{c['hm_full']} sent you a message", f"You have 1 unread message\n\n{c['hm_full']} ({c['org']}) · {c['sent']:%H:%M}\n\"{one}\"\n\nOpen ChatLink to reply.\nYou get these e-mails because notifications are on. Settings: https://chatlink.example/settings",
                    "ChatLink <notify@chatlink.example>")
        if code == "cf":  # an office mail under a long confidentiality footer
            return (subject, f"{core}\n\n{c['hm_full']}\n{c['org']} | {c['city']}\nTel. {c['phone']}\n\n{'_' * 40}\n{FOOTER}", staff)
        if code == "jb":  # a job board's alert carrying the employer's message
            return (f"New message from {c['org']}: {subject}", f"Hi {c['first']},\n\n{c['org']} has written to you on JobNook regarding your application:\n\n{core}\n\n{c['hm']}\n\nReply on JobNook: https://jobnook.example/inbox/{c['ref'].replace('/', '')}\nJobNook · change how often we e-mail you in your settings",
                    "JobNook <messages@jobnook.example>")
        raise ValueError(code)

    def add(self, lang: str, name: str, kind: str, who: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(lang, who)
        subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.langs[(LANGS[lang][0], "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{lang}-{name}", provenance=PROVENANCE, to=f"{c['first']} {c['surname']} <{c['reader']}>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for lang, name, kind, who, code, subject, core in TEMPLATES:
        maker.add(lang, name, kind, who, code, subject, core)
    return finish(maker.records, maker.rng, "w50")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and language (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("language / label", maker.langs)), f"languages {len(LANGS)}")


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
