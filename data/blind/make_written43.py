# ruff: noqa: E501, S311
# fmt: off
"""Write data/blind/written-43.jsonl: training mail, thirty-first batch (breadth of languages).

Twenty-seventh pass, part N. Every sealed slice's wide part holds ~25 rejections in other
languages, ten of them new to the project, and a language no reading knows is mostly missed;
the slices keep choosing regional and minority varieties of big languages. This batch writes
thirty Latin- and Cyrillic-script languages and regional varieties that no earlier slice, batch
or reading names (Emilian, Arpitan, Leonese, Extremaduran, Valencian, Cajun French, Sardinian,
Zeelandic, Pennsylvania Dutch, Hunsrik, Kajkavian, Burgenland Croatian, Latgalian, Samogitian,
Võro, Karelian, Meänkieli, Northern Sámi, Karakalpak, Udmurt, Komi, Erzya, Waray, Central
Bikol, Kapampangan, Minangkabau, Balinese, Banjar, Tahitian, Greenlandic). For each language:

* three ``rejection`` in different forms (not selected, the post filled, someone else chosen,
  the application not taken further) from different senders (a shop, an office, an NGO, a
  public body);
* three twins that are not rejections: an application received with a "we will tell you if you
  are chosen" conditional, an interview invitation, and a sold-out event.

Sentences are kept short and simple where the writer was unsure of the language. Every template
is one family of one copy, its own reader, signer, outfit, place and date; every address and
link is under ``.example``. Shells (none of written-39's footers): a person's short mail
(``pm``), an HTML notice (``hn``), a Telegram chat export (``tg``), a voicemail transcript
(``vm``).

    python data/blind/make_written43.py           # writes the file (seed 430431)
    python data/blind/make_written43.py --langs   # make-up by kind, shell and language
    python data/blind/make_written43.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 430431
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, finish, makeup, record, run  # noqa: E402

# written-31's kinds and address helpers (the batch beside this file)
from make_written31 import AR, IV, NJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-43.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-seventh pass as training mail, thirty-first batch, breadth of languages: thirty regional and minority languages, refusals and twins (make_written43.py)"
PREFIX = "blind-w43"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT


def _o(shop: str, office: str, ngo: str, public: str) -> dict[str, tuple[str, str]]:
    """Four outfits, each with a domain made from its name."""
    def dom(name: str) -> str:
        return mailbox(name.replace(" ", "-").replace("'", ""), "outfit").replace(".", "") + ".example"
    return {k: (v, dom(v)) for k, v in (("shop", shop), ("office", office), ("ngo", ngo), ("public", public))}


# code: (language, people, cities, outfits by sender, phone)
LANGS = {
    "egl": ("Emilian", (("Cinzia", "Lambertini"), ("Gigén", "Stanzani"), ("Rusèina", "Bonfiglioli"), ("Tugnén", "Mingardi")), ("Bulåggna", "Mòdna"),
            _o("Butîga dal Pan", "Ufési Stanzani", "Associaziån La Piazôla", "Cmòn ed Ċànt"), "+39 347 {0}"),
    "frp": ("Arpitan", (("Mariëta", "Bochet"), ("Djan", "Perret"), ("Clôdine", "Vuillermoz"), ("Pierro", "Chabod")), ("Aoûta", "Chambèri"),
            _o("Botica du Velâjo", "Burô Perret", "Associacion Lo Pont", "Comena de Cogne"), "+39 340 {0}"),
    "leo": ("Leonese", (("Xuana", "Álvarez"), ("Xosé", "Cadenas"), ("Marisa", "Fernándiz"), ("Lhuis", "Rubial")), ("Llión", "Ponferrada"),
            _o("Tienda L'Alfolí", "Oficina Cadenas", "Asociación Furmientu", "Cunceyu de Babia"), "+34 6{0}"),
    "ext": ("Extremaduran", (("Juana", "Grandi"), ("Currinchu", "Morán"), ("Ascensión", "Barrau"), ("Antoniu", "Sierra")), ("Caçris", "Praséncia"),
            _o("Tienda La Jerreña", "Ofecina Morán", "Asociación La Rebolla", "Ayuntamientu Las Urdis"), "+34 6{0}"),
    "val": ("Valencian", (("Amparo", "Llorens"), ("Vicent", "Ferrer"), ("Empar", "Sanchis"), ("Toni", "Mompó")), ("València", "Alcoi"),
            _o("Forn de Sant Vicent", "Gestoria Mompó", "Associació L'Horta Viva", "Ajuntament d'Alzira"), "+34 6{0}"),
    "frc": ("Cajun French", (("Ashlyn", "Thibodeaux"), ("T-Boy", "Guidry"), ("Claudette", "Boudreaux"), ("Remy", "Landry")), ("Lafayette", "Breaux Bridge"),
            _o("Boucherie Guidry", "Bureau Landry", "Amis du Bayou", "Paroisse St. Martin"), "+1 337 {0}"),
    "sc": ("Sardinian", (("Maria Antonietta", "Sanna"), ("Bachisio", "Piras"), ("Grazia", "Satta"), ("Efisio", "Mura")), ("Nùgoro", "Tàtari"),
           _o("Butega Su Nuraghe", "Ufìtziu Piras", "Assòtziu Sa Rundine", "Comuna de Orgòsolo"), "+39 349 {0}"),
    "zea": ("Zeelandic", (("Marieke", "de Kam"), ("Kees", "Verhage"), ("Janna", "Boogaerdt"), ("Piet", "Minderhoud")), ("Middelburg", "Zierikzee"),
            _o("Bakkerij Verhage", "Kantoor Minderhoud", "Stichting Scheldezoom", "Gemeente Veere"), "06 {0}"),
    "pdc": ("Pennsylvania Dutch", (("Lydia", "Zook"), ("Amos", "Stoltzfus"), ("Sadie", "Beiler"), ("Eli", "Fisher")), ("Lancaster", "Intercourse"),
            _o("Zooks Schtor", "Stoltzfus Office", "Hilf-Verein", "Township Offis"), "+1 717 {0}"),
    "hrx": ("Hunsrik", (("Lurdes", "Kunz"), ("Edvino", "Schneider"), ("Nelci", "Müller"), ("Arno", "Hickmann")), ("Santa Maria do Herval", "Nova Petrópolis"),
            _o("Venda Kunz", "Püro Schneider", "Ferain Hunsrik", "Prefeitura Herval"), "+55 51 9{0}"),
    "kaj": ("Kajkavian", (("Jagica", "Horvat"), ("Štef", "Kovačić"), ("Barica", "Novak"), ("Imbra", "Kolar")), ("Krapina", "Varaždin"),
            _o("Štacun pri Jagici", "Kancelarija Kolar", "Udruga Zagorski Klopotec", "Općina Marija Bistrica"), "+385 98 {0}"),
    "bgc": ("Burgenland Croatian", (("Agica", "Preložnik"), ("Martin", "Zsivkovits"), ("Terezija", "Grandić"), ("Štefan", "Dolmanić")), ("Željezno", "Trajštof"),
            _o("Dućan Grandić", "Ured Zsivkovits", "Hrvatsko kulturno društvo", "Općina Klimpuh"), "+43 664 {0}"),
    "ltg": ("Latgalian", (("Anna", "Rancāne"), ("Jezups", "Upenīks"), ("Veronika", "Šmukste"), ("Staņislavs", "Kūkojs")), ("Rēzekne", "Daugpiļs"),
            _o("Veikals Dzeiveiba", "Birojs Upenīks", "Bīdreiba Latgolys Gaisma", "Rēzeknis nūvods"), "+371 2{0}"),
    "sgs": ("Samogitian", (("Ona", "Jonaitėn"), ("Juozapos", "Petrauskis"), ("Marėjona", "Stonkutė"), ("Kazis", "Budrys")), ("Telšē", "Plongė"),
            _o("Krautovė Žemaitė", "Ofisos Budrys", "Žemaitiu draugėjė", "Telšiu savivaldībė"), "+370 6{0}"),
    "vro": ("Võro", (("Kaie", "Hõbõ"), ("Jaan", "Sikk"), ("Liina", "Järvelill"), ("Kaido", "Kirss")), ("Võro", "Räpinä"),
            _o("Poodi Sikk", "Kontor Kirss", "Seltś Kaika", "Võro vald"), "+372 5{0}"),
    "krl": ("Karelian", (("Natalja", "Antonova"), ("Iivan", "Petrov"), ("Santra", "Jegorova"), ("Miikul", "Fomin")), ("Anuksenlinnu", "Petroskoi"),
            _o("Laukku Kondii", "Kontur Fomin", "Karjalan Rahvahan Liitto", "Anuksen piiri"), "+7 921 {0}"),
    "fit": ("Meänkieli", (("Aino", "Keinänen"), ("Erkki", "Lahti"), ("Siiri", "Wasara"), ("Matti", "Kieri")), ("Pajala", "Haaparanta"),
            _o("Puoti Lahti", "Konttori Kieri", "Meänmaan Yhistys", "Pajalan kunta"), "+46 70 {0}"),
    "se": ("Northern Sámi", (("Máret", "Sara"), ("Ánte", "Guttorm"), ("Elle", "Somby"), ("Niillas", "Eira")), ("Guovdageaidnu", "Kárášjohka"),
           _o("Gávpi Sara", "Kántor Guttorm", "Sámi Searvi Juoigan", "Kárášjoga gielda"), "+47 9{0}"),
    "kaa": ("Karakalpak", (("Gúlnara", "Seytmuratova"), ("Ajiniyaz", "Kosıbaev"), ("Dilfuza", "Aymbetova"), ("Berdaq", "Tájimuratov")), ("Nókis", "Qońırat"),
            _o("Aral dúkanı", "Berdaq keńsesi", "Járdem jámiyeti", "Nókis qala hákimligi"), "+998 61 {0}"),
    "udm": ("Udmurt", (("Ольга", "Корепанова"), ("Ондрей", "Шкляев"), ("Светлана", "Бегешева"), ("Педор", "Кириллов")), ("Ижкар", "Глаз"),
            _o("«Италмас» вузанинты", "«Шундыкар» кабинет", "«Кенеш» огазеяськон", "Кар администрация"), "+7 912 {0}"),
    "kv": ("Komi", (("Галина", "Лыткина"), ("Ӧньӧ", "Попов"), ("Надя", "Канева"), ("Микул", "Истомин")), ("Сыктывкар", "Изьва"),
           _o("«Йӧлӧга» вузасянін", "«Шондібан» офис", "«Коми войтыр» котыр", "Кар администрация"), "+7 912 {0}"),
    "myv": ("Erzya", (("Кастуша", "Маскаева"), ("Ондрей", "Кечаев"), ("Вирява", "Абрамова"), ("Инжай", "Ломшин")), ("Саран ош", "Ардатов"),
            _o("«Масторава» лавка", "«Эрзянь мастор» офис", "«Вайгель» вейтьпуромкс", "Ош администрация"), "+7 927 {0}"),
    "war": ("Waray", (("Maricel", "Abaya"), ("Dodong", "Cinco"), ("Jocelyn", "Dacuno"), ("Ronel", "Gabuya")), ("Tacloban", "Catbalogan"),
            _o("Tindahan ni Nanay Lita", "Gabuya Law Office", "Bulig Samar Foundation", "Munisipyo han Basey"), "+63 917 {0}"),
    "bcl": ("Central Bikol", (("Marivic", "Bonganay"), ("Boyet", "Saldaña"), ("Glenda", "Nacion"), ("Arnel", "Oraa")), ("Naga", "Legazpi"),
            _o("Tindahan ni Manay Baby", "Oraa Accounting", "Bikol Tabang Foundation", "Munisipyo kan Pili"), "+63 918 {0}"),
    "pam": ("Kapampangan", (("Rowena", "Dizon"), ("Bong", "Manalang"), ("Cecille", "Lacson"), ("Jojo", "Gutierrez")), ("San Fernando", "Angeles"),
            _o("Tindahan nang Apung Iro", "Manalang Trading", "Kapampangan Damayan", "Munisipyu ning Bacolor"), "+63 919 {0}"),
    "min": ("Minangkabau", (("Rahmi", "Putri"), ("Fadli", "Rahman"), ("Yulia", "Sari"), ("Andri", "Syahputra")), ("Padang", "Bukiktinggi"),
            _o("Kadai Nasi Uni Yet", "Kantua Notaris Rahman", "Yayasan Saiyo", "Nagari Koto Gadang"), "+62 812 {0}"),
    "ban": ("Balinese", (("Ni Luh", "Sukerti"), ("I Wayan", "Suardana"), ("Ni Made", "Ayu"), ("I Ketut", "Widana")), ("Denpasar", "Singaraja"),
            _o("Warung Mekar Sari", "Kantor Widana", "Yayasan Bali Asri", "Desa Adat Ubud"), "+62 813 {0}"),
    "bjn": ("Banjar", (("Siti", "Norhayati"), ("Ahmad", "Fauzi"), ("Rusmini", "Aulia"), ("Gusti", "Rahmadi")), ("Banjarmasin", "Martapura"),
            _o("Warung Acil Inur", "Kantor Rahmadi", "Yayasan Sasirangan", "Kecamatan Martapura"), "+62 811 {0}"),
    "ty": ("Tahitian", (("Hinano", "Teriitahi"), ("Teva", "Tehei"), ("Vaitiare", "Mou"), ("Manua", "Tapu")), ("Pape'ete", "Faa'a"),
           _o("Fare toa Tehei", "Piha 'ohipa Tapu", "Ta'atira'a Arioi", "Oire no Faa'a"), "+689 87 {0}"),
    "kl": ("Greenlandic", (("Arnaq", "Lynge"), ("Hans", "Petersen"), ("Naja", "Kleist"), ("Aqqaluk", "Olsen")), ("Nuuk", "Sisimiut"),
           _o("Pisiniarfik Aavaat", "Allaffik Kleist", "Peqatigiiffik Kalaaleq", "Kommune Qeqqata"), "+299 5{0}"),
}

# (language, name, kind, sender, shell, subject, core). One copy each.
TEMPLATES = (
    # Emilian (Bolognese)
    ("egl", "shop-not-chosen", RJ, "shop", "pm", "La tô dmanda",
     "Ciao {first},\n\ngrazie dla tô dmanda par al pòst in butîga. Purtròp an t avän brisa sêlt. At augurän tant bän."),
    ("egl", "office-filled", RJ, "office", "hn", "Al pòst in ufési",
     "Gentîl {first} {surname},\n\nal pòst in ufési l é bèle stè dè a n'êtra persåuna. Grazie istès dal tô interès."),
    ("egl", "ngo-other-chosen", RJ, "ngo", "tg", "Associaziån",
     "{first}, avän sêlt un êter candidè par al progèt. Grazie dal tô tèmp!"),
    ("egl", "public-received-if", AR, "public", "hn", "Dmanda nómmer {ref}",
     "Gentîl {first} {surname},\n\navän arzvó la tô dmanda. S'at vén sêlt, at al dgän prémma dal {next}."),
    ("egl", "office-invite", IV, "office", "pm", "Culòqui",
     "Ciao {first},\n\nat invidän a un culòqui al {next} a äl dîṡ in ufési a {city}."),
    ("egl", "shop-soldout", NJ, "shop", "tg", "Bigliétt",
     "{first}, i bigliétt par al concêrt i én tótt vindó."),
    # Arpitan (Franco-Provençal)
    ("frp", "shop-not-chosen", RJ, "shop", "pm", "Voutra demanda",
     "Bonjorn {first},\n\nmèrci por voutra demanda. Malherosament, vos éte pas étâ chouèsi por la placa en botica."),
    ("frp", "office-filled", RJ, "office", "hn", "La placa u burô",
     "{first},\n\nla placa u burô est ja ocupâye. Mèrci de voutron entèrèt."),
    ("frp", "public-not-further", RJ, "public", "vm", "Comena",
     "Bonjorn {first}, c'est {hm} de la comena. Voutra demanda vat pas ples luen, nos ens prês una ôtra pèrsona. Mèrci et a revêre."),
    ("frp", "public-received-if", AR, "public", "hn", "Demanda numerô {ref}",
     "{first},\n\nnos ens bien reçu voutra demanda. Se vos éte chouèsi, vos lo derens devant lo {next}."),
    ("frp", "office-invite", IV, "office", "pm", "Entretin",
     "Bonjorn {first},\n\nnos vos envitens a un entretin lo {next} a diéx hores u burô a {city}."),
    ("frp", "shop-soldout", NJ, "shop", "tg", "Biletes",
     "{first}, tôs los biletes por lo concèrt sont vendus."),
    # Leonese
    ("leo", "shop-not-chosen", RJ, "shop", "pm", "La tue solicitú",
     "Hola {first},\n\ngracies pola tue solicitú. Sentímoslo, pero nun fuisti escoyida pal puestu na tienda."),
    ("leo", "office-filled", RJ, "office", "hn", "Puestu na oficina",
     "{first},\n\nel puestu na oficina yá ta cubiertu. Gracies pol tou interés."),
    ("leo", "ngo-other-chosen", RJ, "ngo", "tg", "Asociación",
     "{first}, escoyimos a outra persona pal proyeutu. Gracies pol tou tiempu!"),
    ("leo", "public-received-if", AR, "public", "hn", "Solicitú {ref}",
     "{first},\n\nrecibiemos la tue solicitú. Se yes escoyida, avisámoste enantes del {next}."),
    ("leo", "office-invite", IV, "office", "pm", "Entrevista",
     "Hola {first},\n\nconvidámoste a una entrevista'l {next} a las diez na oficina de {city}."),
    ("leo", "shop-soldout", NJ, "shop", "vm", "Entradas",
     "Hola {first}, ye {hm} de la tienda. Pal conciertu yá nun queda nenguna entrada, vendiénonse todas."),
    # Extremaduran
    ("ext", "shop-not-chosen", RJ, "shop", "pm", "La tu solicitú",
     "Hola {first},\n\nmuchas grácias pola tu solicitú. Lo sintemus, peru nu as siu escogiu pal puestu en la tienda."),
    ("ext", "office-filled", RJ, "office", "hn", "El puestu",
     "{first},\n\nel puestu en la ofecina ya s'á cubriu. Grácias pol tu interés."),
    ("ext", "ngo-other-chosen", RJ, "ngo", "tg", "Asociación",
     "{first}, emus escogiu a otra presona pal proyetu. Grácias!"),
    ("ext", "public-received-if", AR, "public", "hn", "Solicitú {ref}",
     "{first},\n\nemus recibiu la tu solicitú. Si eris escogiu, te lo diremus antis del {next}."),
    ("ext", "office-invite", IV, "office", "pm", "Entrevista",
     "Hola {first},\n\nte convidamus a una entrevista el {next} a las diez en la ofecina de {city}."),
    ("ext", "shop-soldout", NJ, "shop", "tg", "Entrás",
     "{first}, las entrás pal conciertu están toas vendías."),
    # Valencian
    ("val", "shop-not-chosen", RJ, "shop", "pm", "La teua sol·licitud",
     "Hola {first},\n\nmoltes gràcies per la teua sol·licitud. Ho sentim, però no has sigut triat per a treballar al forn."),
    ("val", "office-filled", RJ, "office", "hn", "Lloc a l'oficina",
     "Benvolgut {first},\n\nel lloc de l'oficina ja està cobert. Gràcies per l'interés."),
    ("val", "ngo-not-continuing", RJ, "ngo", "vm", "Associació",
     "Hola {first}, sóc {hm} de l'associació. Mira, no continuarem amb la teua candidatura, hem triat una altra xica. Gràcies per tot, eh."),
    ("val", "public-received-if", AR, "public", "hn", "Sol·licitud {ref}",
     "{first},\n\nhem rebut la teua sol·licitud. Si eres seleccionat, t'ho direm abans del {next}."),
    ("val", "office-invite", IV, "office", "pm", "Entrevista",
     "Hola {first},\n\net convidem a una entrevista el {next} a les deu en l'oficina de {city}."),
    ("val", "shop-soldout", NJ, "shop", "tg", "Entrades",
     "{first}, les entrades per al concert de falles s'han esgotat totes."),
    # Cajun French
    ("frc", "shop-not-chosen", RJ, "shop", "pm", "Ton application",
     "Hé {first},\n\nmerci pour ton application. On a pas pu te prendre pour la job à la boucherie, chère."),
    ("frc", "office-filled", RJ, "office", "tg", "La job au bureau",
     "{first}, la job au bureau est déjà prise asteur. Merci beaucoup pareil."),
    ("frc", "ngo-other-chosen", RJ, "ngo", "vm", "Les Amis",
     "Hé {first}, c'est {hm} avec les Amis du Bayou. On a pris une autre personne pour le projet, ça fait. Merci pour ton temps, hein."),
    ("frc", "public-received-if", AR, "public", "hn", "Application {ref}",
     "{first},\n\non a reçu ton application. Si t'es choisi, on va te dire avant le {next}."),
    ("frc", "office-invite", IV, "office", "pm", "Interview",
     "Hé {first},\n\non voudrait te voir pour un interview le {next} à dix heures au bureau à {city}."),
    ("frc", "shop-soldout", NJ, "shop", "tg", "Billets",
     "{first}, tous les billets pour le fais-dodo sont vendus."),
    # Sardinian
    ("sc", "shop-not-chosen", RJ, "shop", "pm", "Sa dimanda tua",
     "Salude {first},\n\ngràtzias pro sa dimanda tua. Nos dispiaghet, ma no ses istadu seberadu pro su postu in sa butega."),
    ("sc", "office-filled", RJ, "office", "hn", "Su postu in s'ufìtziu",
     "{first},\n\nsu postu in s'ufìtziu est giai ocupadu. Gràtzias de s'interessu."),
    ("sc", "ngo-other-chosen", RJ, "ngo", "tg", "Assòtziu",
     "{first}, amus seberadu un'àtera persone pro su progetu. Gràtzias!"),
    ("sc", "public-received-if", AR, "public", "hn", "Dimanda {ref}",
     "{first},\n\namus retzidu sa dimanda tua. Si ses seberadu, ti lu namus in antis de su {next}."),
    ("sc", "office-invite", IV, "office", "pm", "Atobiu",
     "Salude {first},\n\nti cumbidamus a un'atobiu su {next} a sas deghe in s'ufìtziu de {city}."),
    ("sc", "shop-soldout", NJ, "shop", "vm", "Bigliettos",
     "Salude {first}, so {hm}. Sos bigliettos pro su cuntzertu sunt totu bèndidos, mi dispiaghet."),
    # Zeelandic
    ("zea", "shop-not-chosen", RJ, "shop", "pm", "Je brief",
     "Hoi {first},\n\nbedankt vò je brief. Jammer genoeg bi je nie gekozen vò 't werk in de bakkerieje."),
    ("zea", "office-filled", RJ, "office", "hn", "De plekke op 't kantoor",
     "{first},\n\nde plekke op 't kantoor is al vergeven. Bedankt vò je interesse."),
    ("zea", "ngo-other-chosen", RJ, "ngo", "tg", "Stichting",
     "{first}, we ei'n iemand anders gekozen vò 't project. Toch bedankt!"),
    ("zea", "public-received-if", AR, "public", "hn", "Brief {ref}",
     "{first},\n\nwe ei'n je brief ontvangen. As je gekozen wor, laete we 't je weten vò {next}."),
    ("zea", "office-invite", IV, "office", "pm", "Gesprek",
     "Hoi {first},\n\nwe nôdigen je uut vò een gesprek op {next} om tiene op 't kantoor in {city}."),
    ("zea", "shop-soldout", NJ, "shop", "tg", "Kaertjes",
     "{first}, alle kaertjes vò 't concert bin verkocht."),
    # Pennsylvania Dutch
    ("pdc", "shop-not-chosen", RJ, "shop", "pm", "Dei Abbligaetschen",
     "Hallo {first},\n\ndanki fer dei Abbligaetschen. Es dutt uns leed, awwer mir hen dich net gewehlt fer die Arewet im Schtor."),
    ("pdc", "office-filled", RJ, "office", "vm", "Die Arewet",
     "Hallo {first}, do is {hm}. Die Arewet im Office is schunn gfillt. Danki fer dei Interesse."),
    ("pdc", "ngo-other-chosen", RJ, "ngo", "tg", "Hilf-Verein",
     "{first}, mir hen ebber annerscht genumme fer's Projekt. Danki fer dei Zeit!"),
    ("pdc", "public-received-if", AR, "public", "hn", "Abbligaetschen {ref}",
     "{first},\n\nmir hen dei Abbligaetschen grickt. Wann mir dich wehle, losse mer dich's wisse vor em {next}."),
    ("pdc", "office-invite", IV, "office", "pm", "Gschwetz",
     "Hallo {first},\n\nmir wedde dich gern sehne fer en Gschwetz am {next} um zehe Uhr im Office in {city}."),
    ("pdc", "shop-soldout", NJ, "shop", "tg", "Tickets",
     "{first}, alle Tickets fer's Singe sin verkaaft."),
    # Hunsrik
    ("hrx", "shop-not-chosen", RJ, "shop", "pm", "Tayn Pewerpung",
     "Hallo {first},\n\ntanke fer tayn Pewerpung. Es tut uns leet, awer tu pist net ausgewehlt wor fer ti Arwet im Lade."),
    ("hrx", "office-filled", RJ, "office", "hn", "Ti Stell",
     "{first},\n\nti Stell im Püro is schon psetzt. Tanke fer tayn Interess."),
    ("hrx", "ngo-other-chosen", RJ, "ngo", "tg", "Ferain",
     "{first}, mir hon en annre Person ausgewehlt fer's Projekt. Tanke!"),
    ("hrx", "public-received-if", AR, "public", "hn", "Pewerpung {ref}",
     "{first},\n\nmir hon tayn Pewerpung kriet. Wann tu ausgewehlt pist, sahn mir tich pis tem {next} Pscheid."),
    ("hrx", "office-invite", IV, "office", "vm", "Kespräch",
     "Hallo {first}, hie is {hm}. Mir lade tich in fer en Kespräch am {next} um zeen Uhr im Püro in {city}."),
    ("hrx", "shop-soldout", NJ, "shop", "tg", "Ticket",
     "{first}, ale Ticket fer's Kerbfest sin verkaaft."),
    # Kajkavian
    ("kaj", "shop-not-chosen", RJ, "shop", "pm", "Vaša prijava",
     "Bok {first},\n\nhvala vam na prijavi. Žal nam je, ali niste bili zebrani za delo v štacunu."),
    ("kaj", "office-filled", RJ, "office", "hn", "Mesto v kancelariji",
     "{first},\n\nmesto v kancelariji je vre popunjeno. Hvala vam za interes."),
    ("kaj", "ngo-other-chosen", RJ, "ngo", "tg", "Udruga",
     "{first}, zebrali smo nekoga drugoga za projekt. Hvala za vaše vreme!"),
    ("kaj", "public-received-if", AR, "public", "hn", "Prijava {ref}",
     "{first},\n\ndobili smo vašu prijavu. Če budete zebrani, javimo vam do {next}."),
    ("kaj", "office-invite", IV, "office", "pm", "Razgovor",
     "Bok {first},\n\npozivamo vas na razgovor {next} v deset vur v kancelariji v {city}."),
    ("kaj", "shop-soldout", NJ, "shop", "vm", "Karte",
     "Bok {first}, {hm} tu. Vse karte za koncert su vre prodane, nema ih več."),
    # Burgenland Croatian
    ("bgc", "shop-not-chosen", RJ, "shop", "pm", "Vaša prijava",
     "Draga {first},\n\nhvala za Vašu prijavu. Nažalost niste bili izabrani za djelo u dućanu."),
    ("bgc", "office-filled", RJ, "office", "hn", "Mjesto u uredu",
     "{first},\n\nmjesto u uredu je već zauzeto. Hvala Vam za interes."),
    ("bgc", "ngo-other-chosen", RJ, "ngo", "tg", "Društvo",
     "{first}, odlučili smo se za drugoga kandidata. Hvala lipa!"),
    ("bgc", "public-received-if", AR, "public", "hn", "Prijava {ref}",
     "{first},\n\nprimili smo Vašu prijavu. Ako budete izabrani, javit ćemo Vam do {next}."),
    ("bgc", "office-invite", IV, "office", "pm", "Razgovor",
     "Draga {first},\n\npozivamo Vas na razgovor {next} u deset uri u uredu u {city}."),
    ("bgc", "shop-soldout", NJ, "shop", "tg", "Karte",
     "{first}, sve karte za koncert su već odane."),
    # Latgalian
    ("ltg", "shop-not-given", RJ, "shop", "pm", "Jūsu pīteikums",
     "Lobdīn, {first}!\n\nPaļdis par Jūsu pīteikumu. Žāļ, bet dorbu veikalā mes Jums nagolim dūt."),
    ("ltg", "office-filled", RJ, "office", "hn", "Vīta birojā",
     "{first},\n\nvīta birojā jau ir aizjimta. Paļdis par interesi."),
    ("ltg", "ngo-other-chosen", RJ, "ngo", "tg", "Bīdreiba",
     "{first}, mes izavielem cytu kandidatu. Paļdis!"),
    ("ltg", "public-received-if", AR, "public", "hn", "Pīteikums {ref}",
     "{first},\n\nmes sajēmem Jūsu pīteikumu. Ja byusit izavielāti, pasaceisim da {next}."),
    ("ltg", "office-invite", IV, "office", "pm", "Saruna",
     "Lobdīn, {first}!\n\nAicynojam Jūs iz sarunu {next} dasmitūs birojā {city}."),
    ("ltg", "shop-soldout", NJ, "shop", "tg", "Bilietes",
     "{first}, vysas bilietes iz koncertu ir puordūtys."),
    # Samogitian
    ("sgs", "shop-not-chosen", RJ, "shop", "pm", "Tavo paraiška",
     "Svēks, {first},\n\ndėkou ož tavo paraiška. Gailo, bet tavės naėšrinkuom darbou krautovie."),
    ("sgs", "office-filled", RJ, "office", "hn", "Vėita ofisė",
     "{first},\n\nvėita ofisė jau ožimta. Dėkou ož dėmesė."),
    ("sgs", "ngo-other-chosen", RJ, "ngo", "vm", "Draugėjė",
     "Svēks {first}, čia {hm}. Mes ėšsėrinkuom kėta kandidata. Dėkou, vėsa gera."),
    ("sgs", "public-received-if", AR, "public", "hn", "Paraiška {ref}",
     "{first},\n\ngavuom tavo paraiška. Je būsi ėšrinkts, pasakīsem lėgė {next}."),
    ("sgs", "office-invite", IV, "office", "pm", "Pasėšnekiejėms",
     "Svēks, {first},\n\nkvėitam tavė ont pasėšnekiejėma {next} dešimta vålanda ofisė {city}."),
    ("sgs", "shop-soldout", NJ, "shop", "tg", "Bilėitā",
     "{first}, vėsė bilėitā ont koncerta jau ėšparduotė."),
    # Võro
    ("vro", "shop-not-chosen", RJ, "shop", "pm", "Su avaldus",
     "Tere {first}!\n\nAitäh sinu avalduse iist. Kahjos ei olõ sinno poodi tüüle valit."),
    ("vro", "office-filled", RJ, "office", "hn", "Kontori kotus",
     "{first},\n\nkontori kotus om joba täüs. Aitäh huvi iist."),
    ("vro", "ngo-other-chosen", RJ, "ngo", "tg", "Seltś",
     "{first}, mi valimi tõõsõ kandidaadi. Aitäh!"),
    ("vro", "public-received-if", AR, "public", "hn", "Avaldus {ref}",
     "{first},\n\nmi saimi su avalduse kätte. Ku sa saat valit, anami sullõ {next} är teedä."),
    ("vro", "office-invite", IV, "office", "pm", "Jutuajamine",
     "Tere {first}!\n\nKutsu sinno jutulõ {next} kell kümme kontorin {city}."),
    ("vro", "shop-soldout", NJ, "shop", "vm", "Piledi",
     "Tere {first}, {hm} siin. Kontsõrdi piledi ommaq kõik ärq müüdüq."),
    # Karelian
    ("krl", "shop-not-chosen", RJ, "shop", "pm", "Sinun hakemus",
     "Terveh {first}!\n\nSpasibo sinun hakemukses. Pahoittelemmo, a sinuu ei valittu ruadoh laukkah."),
    ("krl", "office-filled", RJ, "office", "hn", "Ruadosija",
     "{first},\n\nkonturan ruadosija on jo kiinni. Spasibo."),
    ("krl", "ngo-other-chosen", RJ, "ngo", "tg", "Liitto",
     "{first}, myö valličimmo toizen kandidatan. Spasibo!"),
    ("krl", "public-received-if", AR, "public", "hn", "Hakemus {ref}",
     "{first},\n\nmyö saimmo sinun hakemuksen. Ku sinuu valitah, sanommo {next} sua."),
    ("krl", "office-invite", IV, "office", "pm", "Pagin",
     "Terveh {first}!\n\nKučummo sinuu paginale {next} kymmene čuasuo konturah {city}."),
    ("krl", "shop-soldout", NJ, "shop", "tg", "Biletat",
     "{first}, kaikki konsertan biletat ollah myvdy."),
    # Meänkieli
    ("fit", "shop-not-chosen", RJ, "shop", "pm", "Sinun ansio",
     "Hei {first}!\n\nKiitos sinun ansiosta. Valitettavasti et tullu valituksi työhön puothiin."),
    ("fit", "office-filled", RJ, "office", "hn", "Konttorin paikka",
     "{first},\n\nkonttorin paikka oon jo täytetty. Kiitos intressistä."),
    ("fit", "ngo-other-chosen", RJ, "ngo", "vm", "Yhistys",
     "Hei {first}, tässä {hm}. Met olema valinheet toisen ihmisen projektiin. Kiitos kumminki."),
    ("fit", "public-received-if", AR, "public", "hn", "Ansio {ref}",
     "{first},\n\nmet olema saahneet sinun ansioksen. Jos sie tulet valituksi, met ilmotama {next} mennessä."),
    ("fit", "office-invite", IV, "office", "pm", "Praatinki",
     "Hei {first}!\n\nMet kuttuma sinut praatinkhiin {next} kello kymmenen konttorhiin {city}."),
    ("fit", "shop-soldout", NJ, "shop", "tg", "Piljetit",
     "{first}, kaikki konsertin piljetit oon myyty."),
    # Northern Sámi
    ("se", "shop-not-chosen", RJ, "shop", "pm", "Du ohcamuš",
     "Bures {first}!\n\nGiitu ohcamuša ovddas. Dađi bahábut it leat válljejuvvon bargui gávpái."),
    ("se", "office-filled", RJ, "office", "hn", "Bargosadji",
     "{first},\n\nbargosadji kántuvrras lea juo deavdojuvvon. Giitu beroštumis."),
    ("se", "ngo-other-chosen", RJ, "ngo", "tg", "Searvi",
     "{first}, mii leat válljen eará ohcci. Giitu!"),
    ("se", "public-received-if", AR, "public", "hn", "Ohcamuš {ref}",
     "{first},\n\nmii leat ožžon du ohcamuša. Jus don válljejuvvot, mii dieđihit ovdal {next}."),
    ("se", "office-invite", IV, "office", "pm", "Ságastallan",
     "Bures {first}!\n\nMii bovdet du ságastallamii {next} diibmu logi kántuvrras {city}."),
    ("se", "shop-soldout", NJ, "shop", "vm", "Bileahtat",
     "Bures {first}, dá lea {hm}. Buot konsearttabileahtat leat vuvdojuvvon."),
    # Karakalpak
    ("kaa", "shop-not-chosen", RJ, "shop", "pm", "Arzańız",
     "Assalawma áleykum, {first}!\n\nArzańız ushın raxmet. Ókinishke oray, siz dúkandaǵı jumısqa tańlanbadıńız."),
    ("kaa", "office-filled", RJ, "office", "hn", "Keńsedegi orın",
     "{first},\n\nkeńsedegi orın áldeqashan iyelendi. Qızıǵıwshılıǵıńız ushın raxmet."),
    ("kaa", "ngo-other-chosen", RJ, "ngo", "tg", "Jámiyet",
     "{first}, biz basqa kandidattı tańladıq. Raxmet!"),
    ("kaa", "public-received-if", AR, "public", "hn", "Arza {ref}",
     "{first},\n\narzańızdı aldıq. Eger tańlansańız, {next} shekem xabarlaymız."),
    ("kaa", "office-invite", IV, "office", "vm", "Sáwbet",
     "Assalawma áleykum {first}, bul {hm}. Sizdi {next} saat onda {city} keńsesindegi sáwbetke shaqıramız."),
    ("kaa", "shop-soldout", NJ, "shop", "tg", "Biletler",
     "{first}, koncertke barlıq biletler satılıp ketti."),
    # Udmurt
    ("udm", "shop-not-chosen", RJ, "shop", "pm", "Куриськон",
     "Ӟечбуресь, {first}!\n\nКуриськонэд понна тау. Жаль, ми тонэ вузанинтые ӧм бырйе."),
    ("udm", "office-filled", RJ, "office", "hn", "Ужан инты",
     "{first},\n\nужан интые мукет адямиез басьтӥм ни. Тау."),
    ("udm", "ngo-other-chosen", RJ, "ngo", "tg", "Огазеяськон",
     "{first}, ми мукет кандидатэз бырйим. Тау!"),
    ("udm", "public-received-if", AR, "public", "hn", "Куриськон {ref}",
     "{first},\n\nкуриськонэд басьтӥм. Тонэ бырйиське ке, {next} азьвыл ивортом."),
    ("udm", "office-invite", IV, "office", "pm", "Вераськон",
     "Ӟечбуресь, {first}!\n\nТонэ {next} дас часын {city} кабинетэ вераськонэ ӧтиськом."),
    ("udm", "shop-soldout", NJ, "shop", "tg", "Билетъёс",
     "{first}, концерте вань билетъёс вузаемын ни."),
    # Komi
    ("kv", "shop-not-chosen", RJ, "shop", "pm", "Корсьӧм",
     "Видза оланныд, {first}!\n\nКорсьӧмыд вӧсна аттьӧ. Жаль, ми тэнӧ эгӧ бӧрйӧй вузасянінӧ уджавны."),
    ("kv", "office-filled", RJ, "office", "hn", "Уджалан ін",
     "{first},\n\nуджалан ін офисын нин сетӧма мӧд мортлы. Аттьӧ."),
    ("kv", "ngo-other-chosen", RJ, "ngo", "vm", "Котыр",
     "Видза оланныд {first}, тайӧ {hm}. Ми бӧрйим мӧд кандидатӧс. Аттьӧ!"),
    ("kv", "public-received-if", AR, "public", "hn", "Корсьӧм {ref}",
     "{first},\n\nтэнад корсьӧмтӧ босьтім. Тэнӧ бӧрйӧм дырйи {next} водзвылын юӧртам."),
    ("kv", "office-invite", IV, "office", "pm", "Сёрни",
     "Видза оланныд, {first}!\n\nКорам тэнӧ сёрнитны {next} дас час кежлӧ {city} офисӧ."),
    ("kv", "shop-soldout", NJ, "shop", "tg", "Билетъяс",
     "{first}, концертӧ став билетыс вузалӧма нин."),
    # Erzya
    ("myv", "shop-not-chosen", RJ, "shop", "pm", "Вешема",
     "Шумбрат, {first}!\n\nСюкпря вешемат кисэ. Пек жаль, минь эзинек кочка тонть лавкасо важодемс."),
    ("myv", "office-filled", RJ, "office", "hn", "Важодема тарка",
     "{first},\n\nофисэсь важодема таркас уш саезь. Сюкпря."),
    ("myv", "ngo-other-chosen", RJ, "ngo", "tg", "Вейтьпуромкс",
     "{first}, минь кочкинек лия ломань. Сюкпря!"),
    ("myv", "public-received-if", AR, "public", "hn", "Вешема {ref}",
     "{first},\n\nминь получинек вешеметь. Тонть кочкатанок, {next} самс сёрмадтано."),
    ("myv", "office-invite", IV, "office", "vm", "Кортамо",
     "Шумбрат {first}, те {hm}. Терьдьтяно тонть кортамо {next} кемень чассто {city} офисэс."),
    ("myv", "shop-soldout", NJ, "shop", "tg", "Билетт",
     "{first}, концертэнь весе билетэтне микшнезь."),
    # Waray
    ("war", "shop-not-chosen", RJ, "shop", "pm", "Imo aplikasyon",
     "Maupay nga adlaw, {first}!\n\nSalamat ha imo aplikasyon. Pasayloa kami, kay diri ka napili para han trabaho ha tindahan."),
    ("war", "office-filled", RJ, "office", "hn", "Posisyon ha opisina",
     "{first},\n\nan posisyon ha opisina may napili na kami. Salamat han imo interes."),
    ("war", "ngo-other-chosen", RJ, "ngo", "tg", "Foundation",
     "{first}, iba nga aplikante an amon ginpili. Damo nga salamat!"),
    ("war", "public-received-if", AR, "public", "hn", "Aplikasyon {ref}",
     "{first},\n\nnakarawat namon an imo aplikasyon. Kun mapili ka, igsusumat namon ha imo antes han {next}."),
    ("war", "office-invite", IV, "office", "pm", "Interbyu",
     "Maupay nga adlaw, {first}!\n\nGin-iimbitar ka namon ha interbyu ha {next} alas diyes ha opisina ha {city}."),
    ("war", "shop-soldout", NJ, "shop", "vm", "Tiket",
     "Maupay {first}, hi {hm} ini. Ubos na an tiket para han konsyerto, waray na bilin."),
    # Central Bikol
    ("bcl", "shop-not-chosen", RJ, "shop", "pm", "Saimong aplikasyon",
     "Marhay na aldaw, {first}!\n\nDios mabalos sa saimong aplikasyon. Pasensya na, dai ka napili para sa trabaho sa tindahan."),
    ("bcl", "office-filled", RJ, "office", "hn", "Posisyon sa opisina",
     "{first},\n\nan posisyon sa opisina may nakaokupar na. Dios mabalos sa saimong interes."),
    ("bcl", "ngo-other-chosen", RJ, "ngo", "tg", "Foundation",
     "{first}, iba an samong pinili para sa proyekto. Dios mabalos!"),
    ("bcl", "public-received-if", AR, "public", "hn", "Aplikasyon {ref}",
     "{first},\n\nnakua mi an saimong aplikasyon. Kun ika mapili, ipapaaram mi saimo bago an {next}."),
    ("bcl", "office-invite", IV, "office", "pm", "Interview",
     "Marhay na aldaw, {first}!\n\nIniimbitaran ka mi sa interview sa {next} alas diyes sa opisina sa {city}."),
    ("bcl", "shop-soldout", NJ, "shop", "tg", "Tiket",
     "{first}, ubos na an mga tiket para sa konsiyerto."),
    # Kapampangan
    ("pam", "shop-not-chosen", RJ, "shop", "pm", "Kekang aplikasyun",
     "Mayap a aldo, {first}!\n\nDakal a salamat king kekang aplikasyun. Pasensya na, e ka mepili para king obra king tindahan."),
    ("pam", "office-filled", RJ, "office", "hn", "Posisyun king opisina",
     "{first},\n\nati na kaming mepili para king posisyun king opisina. Salamat."),
    ("pam", "ngo-other-chosen", RJ, "ngo", "vm", "Damayan",
     "Mayap a aldo {first}, i {hm} ini. Aliwa ya ing pinili mi para king proyektu. Dakal a salamat."),
    ("pam", "public-received-if", AR, "public", "hn", "Aplikasyun {ref}",
     "{first},\n\ntinggap mi ne ing kekang aplikasyun. Nung mapili ka, ipabalu mi keka bayu ing {next}."),
    ("pam", "office-invite", IV, "office", "pm", "Interview",
     "Mayap a aldo, {first}!\n\nAimbita ka mi king interview king {next} alas diyes king opisina king {city}."),
    ("pam", "shop-soldout", NJ, "shop", "tg", "Tiket",
     "{first}, ubus na la ring tiket para king konsiertu."),
    # Minangkabau
    ("min", "shop-not-chosen", RJ, "shop", "pm", "Lamaran Sanak",
     "Assalamualaikum {first},\n\ntarimo kasih ateh lamaran Sanak. Mohon maaf, Sanak indak tapiliah untuak karajo di kadai."),
    ("min", "office-filled", RJ, "office", "hn", "Posisi di kantua",
     "{first},\n\nposisi di kantua lah taisi. Tarimo kasih ateh minaik Sanak."),
    ("min", "ngo-other-chosen", RJ, "ngo", "tg", "Yayasan",
     "{first}, kami lah mamiliah urang lain untuak proyek ko. Tarimo kasih!"),
    ("min", "public-received-if", AR, "public", "hn", "Lamaran {ref}",
     "{first},\n\nlamaran Sanak lah kami tarimo. Kok Sanak tapiliah, kami kaba-an sabalun {next}."),
    ("min", "office-invite", IV, "office", "pm", "Wawancara",
     "Assalamualaikum {first},\n\nkami maundang Sanak untuak wawancara tanggal {next} pukua sapuluah di kantua {city}."),
    ("min", "shop-soldout", NJ, "shop", "tg", "Karcih",
     "{first}, karcih konser lah habih tajua sadonyo."),
    # Balinese
    ("ban", "shop-not-chosen", RJ, "shop", "pm", "Lamaran ragane",
     "Om Swastyastu {first},\n\nsuksma antuk lamaran ragane. Nunas ampura, ragane nenten kapilih anggen pakaryan ring warung."),
    ("ban", "office-filled", RJ, "office", "hn", "Genah pakaryan",
     "{first},\n\ngenah pakaryan ring kantor sampun wenten sane ngisi. Suksma."),
    ("ban", "ngo-other-chosen", RJ, "ngo", "tg", "Yayasan",
     "{first}, tiang sampun milih anak lianan. Suksma pisan!"),
    ("ban", "public-received-if", AR, "public", "hn", "Lamaran {ref}",
     "{first},\n\nlamaran ragane sampun katampi. Yening ragane kapilih, pacang kaortinin sadurung {next}."),
    ("ban", "office-invite", IV, "office", "vm", "Wawancara",
     "Om Swastyastu {first}, tiang {hm}. Ragane kaundang wawancara ring {next} jam dasa ring kantor {city}."),
    ("ban", "shop-soldout", NJ, "shop", "tg", "Karcis",
     "{first}, karcis konser sampun telas kaadol."),
    # Banjar
    ("bjn", "shop-not-chosen", RJ, "shop", "pm", "Lamaran pian",
     "Assalamualaikum {first},\n\ntarima kasih gasan lamaran pian. Maaf lah, pian kada tapilih gasan bagawi di warung."),
    ("bjn", "office-filled", RJ, "office", "hn", "Posisi di kantor",
     "{first},\n\nposisi di kantor sudah ada nang ngisi. Tarima kasih."),
    ("bjn", "ngo-other-chosen", RJ, "ngo", "vm", "Yayasan",
     "Assalamualaikum {first}, ulun {hm}. Kami sudah mamilih urang lain gasan proyek ini. Tarima kasih banar."),
    ("bjn", "public-received-if", AR, "public", "hn", "Lamaran {ref}",
     "{first},\n\nlamaran pian sudah kami tarima. Amun pian tapilih, kami habari sabalum {next}."),
    ("bjn", "office-invite", IV, "office", "pm", "Wawancara",
     "Assalamualaikum {first},\n\nkami maundang pian wawancara tanggal {next} jam sapuluh di kantor {city}."),
    ("bjn", "shop-soldout", NJ, "shop", "tg", "Tiket",
     "{first}, tiket konser sudah habis tajual barataan."),
    # Tahitian
    ("ty", "shop-not-chosen", RJ, "shop", "pm", "Tō anira'a",
     "Ia ora na {first},\n\nmāuruuru no tō anira'a. Aita rā 'oe i mā'itihia nō te 'ohipa i te fare toa."),
    ("ty", "office-filled", RJ, "office", "hn", "Te tōro'a",
     "{first},\n\nua ī a te tōro'a i te piha 'ohipa. Māuruuru."),
    ("ty", "ngo-other-chosen", RJ, "ngo", "tg", "Ta'atira'a",
     "{first}, ua mā'iti mātou i te tahi atu ta'ata. Māuruuru roa!"),
    ("ty", "public-received-if", AR, "public", "hn", "Anira'a {ref}",
     "{first},\n\nua fāna'o mātou i tō anira'a. Mai te peu e mā'itihia 'oe, e fa'a'ite mātou hou te {next}."),
    ("ty", "office-invite", IV, "office", "pm", "Paraparaura'a",
     "Ia ora na {first},\n\ntē titau manihini nei mātou ia 'oe i te hō'ē paraparaura'a i te {next} i te hora hō'ē 'ahuru i {city}."),
    ("ty", "shop-soldout", NJ, "shop", "vm", "Tīteti",
     "Ia ora na {first}, 'o {hm} teie. Ua pau te mau tīteti nō te 'ārearea."),
    # Greenlandic
    ("kl", "shop-not-chosen", RJ, "shop", "pm", "Qinnutit",
     "Aluu {first}!\n\nQinnutinnut qujanaq. Ajoraluartumik pisiniarfimmi sulisussatut qinigaanngilatit."),
    ("kl", "office-filled", RJ, "office", "hn", "Atorfik",
     "{first},\n\nallaffimmi atorfik inuttalerneqareersimavoq. Qujanaq."),
    ("kl", "ngo-other-chosen", RJ, "ngo", "tg", "Peqatigiiffik",
     "{first}, qinnuteqartoq alla qinerparput. Qujanaq!"),
    ("kl", "public-received-if", AR, "public", "hn", "Qinnut {ref}",
     "{first},\n\nqinnutit tigusimavarput. Qinigaaguit {next} sioqqullugu ilisimatinneqassaatit."),
    ("kl", "office-invite", IV, "office", "pm", "Oqaloqatigiinneq",
     "Aluu {first}!\n\n{next} nal. 10 {city}-mi allaffimmi oqaloqatigiinnissamut qaaqqusivatsigit."),
    ("kl", "shop-soldout", NJ, "shop", "tg", "Billetsit",
     "{first}, koncertimut billetsit tamarmik tunineqareerput."),
)


class Maker(MakerBase):
    def context(self, lang: str, who: str) -> dict:
        rng = self.rng
        _, people, cities, outfits, phone = LANGS[lang]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org, dom = outfits[who]
        sent = datetime(2019, 5, 6, 7, 0) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(13 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(2, 12))
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "dom": dom, "lang": lang, "city": rng.choice(cities), "ref": f"{rng.randrange(1000, 99999)}",
            "next": f"{later.day}.{later.month}.", "sent": sent, "stamp": f"{sent:%d/%m/%Y, %H:%M}",
            "phone": phone.format(rng.randrange(100000, 999999)),
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(('+0000', '+0100', '+0200', '+0300', '-0400', '+1000'))}",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        org, dom, full = c["org"], c["dom"], c["full"]
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'team')}@{dom}>"
        me = f"{full} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@post.example>"
        if code == "pm":  # a short email from a person at the outfit
            return (subject, f"{core}\n\n-- \n{c['hm_full']} | {org}\n{c['phone']}", person)
        if code == "hn":  # an HTML notice from the outfit's system
            paras = "".join(f"<tr><td style=\"padding:6px 0\">{line}</td></tr>" for line in core.split("\n") if line.strip())
            return (subject, f'<html><body><table width="560" align="center" style="font-family:Arial">{paras}<tr><td><b>{c["hm_full"]}</b> / {org}</td></tr><tr><td style="color:#999;font-size:10px">{dom} | {c["city"]}</td></tr></table></body></html>',
                    f"{org} <noreply@{dom}>")
        if code == "tg":  # a Telegram chat exported to oneself
            t = c["sent"]
            lines = [f"[{t - timedelta(hours=rng.randrange(3, 50)):%d.%m.%y %H:%M}] {full}: {rng.choice(('ok', '??', '🙂', '👋'))}"]
            lines += [f"[{t + timedelta(minutes=n):%d.%m.%y %H:%M}] {c['hm_full']}: {part}" for n, part in enumerate(p for p in core.split("\n") if p.strip())]
            return (f"Telegram: {c['hm_full']}", "\n".join(lines) + "\n\n(exported from Telegram Desktop)", me)
        if code == "vm":  # a voicemail transcribed by the carrier
            secs = rng.randrange(18, 75)
            return (f"Voicemail from {c['phone']} ({secs}s)",
                    f"New voicemail, {secs} seconds, {c['stamp']}\nCaller: {c['phone']}\n\nTranscript (machine, may be inexact):\n\"{core}\"\n\nVoiceBox · listen at https://voicebox.example/m/{c['ref']}", "VoiceBox <voicemail@voicebox.example>")
        raise ValueError(code)

    def add(self, lang: str, name: str, kind: str, who: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(lang, who)
        subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.langs[(LANGS[lang][0], "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{lang}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@post.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for lang, name, kind, who, code, subject, core in TEMPLATES:
        maker.add(lang, name, kind, who, code, subject, core)
    return finish(maker.records, maker.rng, "w43")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and language (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("language / label", maker.langs)), f"languages {len(LANGS)}")


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
