# ruff: noqa: E501, S311
# fmt: off
"""Write data/blind/written-46.jsonl: training mail, thirty-fourth batch (breadth of languages).

Twenty-eighth pass, part N. Every sealed slice's wide part holds ~25 rejections in other
languages, ten of them new to the project, and a language no reading knows is mostly missed;
the slices keep choosing regional, minority and constructed varieties of big languages, and
creoles. This batch writes thirty Latin- and Cyrillic-script languages and regional varieties
that no earlier slice, batch or reading names (Kölsch, West Flemish, Romanesco, Provençal, Gheg
Albanian, Doric Scots, Surzhyk, Moldovan in Cyrillic, Šariš (Eastern Slovak), Chakavian,
Antillean Creole, Réunion Creole, Louisiana Creole, Gullah, Solomon Islands Pijin, Hawaii
Pidgin, Cook Islands Māori (Rarotongan), Niuean, Tuvaluan, Gilbertese, Kinaray-a, Pangasinan,
Betawi, Manado Malay, Northern Ndebele, Kikuyu, Bambara, Sango, Karachay-Balkar, Nogai). For
each language:

* three ``rejection`` in different forms (not selected, the post filled or taken, someone else
  chosen, the application not taken further) from different senders (a shop, an office, an NGO
  or association, a public body);
* three twins that are not rejections: an application received with a "we will tell you if you
  are chosen" conditional, an interview invitation, and a sold-out concert.

Sentences are kept short and simple where the writer was unsure of the language. Every template
is one family of one copy, its own reader, signer, outfit, place and date; every address and
link is under ``.example``. Shells (none of written-43's): a person's mail sent from a phone
(``ph``), an SMS passed on by a mail gateway (``sm``), a WhatsApp chat export (``wa``), a
scanned letter read by OCR (``oc``).

    python data/blind/make_written46.py           # writes the file (seed 460461)
    python data/blind/make_written46.py --langs   # make-up by kind, shell and language
    python data/blind/make_written46.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 460461
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, finish, makeup, record, run, sealed  # noqa: E402

# written-31's kinds and address helper (the batch beside this file)
from make_written31 import AR, IV, NJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-46.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-eighth pass as training mail, thirty-fourth batch, breadth of languages: thirty regional, minority and creole languages, refusals and twins (make_written46.py)"
PREFIX = "blind-w46"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
# slice 26 is read in the twenty-eighth pass: --check reads it, and skips 27 on by name
SKIP = sealed(27)


def _o(shop: str, office: str, ngo: str, public: str) -> dict[str, tuple[str, str]]:
    """Four outfits, each with a domain made from its name (ASCII letters, or a stem)."""
    def dom(name: str) -> str:
        return (ascii_slug(name) or mailbox(name, "outfit").replace(".", ""))[:24] + ".example"
    return {k: (v, dom(v)) for k, v in (("shop", shop), ("office", office), ("ngo", ngo), ("public", public))}


# code: (language, people, cities, outfits by sender, phone)
LANGS = {
    "ksh": ("Kölsch", (("Marieche", "Schmitz"), ("Tünn", "Pütz"), ("Billa", "Kuckelkorn"), ("Schäng", "Esser")), ("Kölle", "Frechen"),
            _o("Büdche am Eigelstein", "Büro Pütz", "Veedelsverein Nippes", "Bezirksamt Ihrefeld"), "+49 171 {0}"),
    "vls": ("West Flemish", (("Marieke", "Vandewalle"), ("Pieter", "Vanhecke"), ("Lieve", "Debaene"), ("Jozef", "Declercq")), ("Brugge", "Roeselare"),
            _o("Bakkerie Vanhecke", "Kantoor Declercq", "Vzw De Kerremesse", "Gemeente Poperinge"), "+32 476 {0}"),
    "rmsc": ("Romanesco", (("Loredana", "Proietti"), ("Mario", "Ceccarelli"), ("Rita", "Tozzi"), ("Ninetto", "Mastrangeli")), ("Roma", "Ostia"),
             _o("Forno de Trastevere", "Studio Ceccarelli", "Associazione Er Rione", "Municipio VII"), "+39 338 {0}"),
    "prv": ("Provençal", (("Mirèio", "Roumanille"), ("Jaume", "Aubanèu"), ("Magali", "Tavan"), ("Marius", "Giéra")), ("Avignoun", "Arle"),
            _o("Boutigo dóu Felibre", "Burèu Aubanèu", "Assouciacioun Lou Prouvençau", "Coumuno de Maiano"), "+33 6 {0}"),
    "aln": ("Gheg Albanian", (("Drita", "Krasniqi"), ("Gjon", "Gjonaj"), ("Vjosa", "Berisha"), ("Lekë", "Marku")), ("Prishtinë", "Shkodër"),
            _o("Dyqani Te Ura", "Zyra Gjonaj", "Shoqata Zâni i Malit", "Komuna e Pejës"), "+383 44 {0}"),
    "doric": ("Doric Scots", (("Morag", "Strachan"), ("Dod", "Buchan"), ("Elspeth", "Milne"), ("Sandy", "Cruickshank")), ("Aiberdeen", "Peterheid"),
              _o("Buchan's Butteries", "Cruickshank Accountants", "Mearns Community Trust", "Aiberdeenshire Cooncil"), "+44 7700 {0}"),
    "surzh": ("Surzhyk", (("Оксана", "Кравченко"), ("Вітя", "Бондар"), ("Люда", "Шевчук"), ("Толік", "Мельник")), ("Кривий Ріг", "Запоріжжя"),
              _o("Магазин «Смачненько»", "Офіс «Будсервіс»", "Фонд «Добре серце»", "Райадміністрація"), "+380 67 {0}"),
    "mo": ("Moldovan (Cyrillic)", (("Ирина", "Русу"), ("Ион", "Чобану"), ("Маря", "Лупу"), ("Петру", "Гуцу")), ("Тираспол", "Бендер"),
           _o("Магазинул «Витис»", "Бироул «Гуцу»", "Асочиация «Мэрцишор»", "Примэрия Слобозия"), "+373 77 {0}"),
    "sar": ("Šariš (Eastern Slovak)", (("Hanka", "Fedorková"), ("Janko", "Sabol"), ("Marča", "Hudáková"), ("Paľo", "Kolesár")), ("Prešov", "Sabinov"),
            _o("Obchod u Fedorki", "Kancelaria Sabol", "Združeňe Šarišan", "Obecny urad Lipany"), "+421 905 {0}"),
    "ckv": ("Chakavian", (("Nives", "Mikuličić"), ("Bepo", "Žic"), ("Marija", "Turčić"), ("Tone", "Lenac")), ("Krk", "Rijeka"),
            _o("Butiga pri Žicu", "Ufičij Lenac", "Udruga Kaštel", "Općina Vrbnik"), "+385 91 {0}"),
    "gcf": ("Antillean Creole", (("Rosette", "Jean-Louis"), ("Fredy", "Lancry"), ("Murielle", "Zébus"), ("Dany", "Sylvestre")), ("Pointe-à-Pitre", "Fort-de-France"),
            _o("Boutik Lancry", "Biwo Sylvestre", "Asosyasyon Lespwa", "Lakomin Sainte-Anne"), "+590 690 {0}"),
    "rcf": ("Réunion Creole", (("Josiane", "Payet"), ("Jean-Marc", "Hoarau"), ("Nadia", "Técher"), ("Ti-Paul", "Grondin")), ("Sin-Dni", "Sin-Pyer"),
            _o("Boutik Sinwa Payet", "Biro Hoarau", "Lasosiasyon Ti Kaz", "Lakomine Sin-Lé"), "+262 692 {0}"),
    "lou": ("Louisiana Creole", (("Adele", "Fontenot"), ("Noel", "Metoyer"), ("Yvette", "Broussard"), ("Clovis", "Lemelle")), ("Opelousas", "Natchitoches"),
            _o("Laboutik Metoyer", "Biro Lemelle", "Kouri-Vini Sosyete", "Parwas Saint Landry"), "+1 337 {0}"),
    "gul": ("Gullah", (("Queenie", "Grant"), ("Bubba", "Simmons"), ("Ernestine", "Chisolm"), ("Junior", "Frazier")), ("Beaufort", "St. Helena"),
            _o("Simmons Sto", "Frazier Office", "Sea Island Helpin Hand", "Beaufort County Office"), "+1 843 {0}"),
    "pis": ("Solomon Islands Pijin", (("Mary", "Talasasa"), ("John", "Fugui"), ("Ruth", "Kwaiga"), ("Peter", "Maetia")), ("Honiara", "Auki"),
            _o("Fugui Stoa", "Maetia Ofis", "Komuniti Helpim Grup", "Malaita Provins Ofis"), "+677 74 {0}"),
    "hwc": ("Hawaii Pidgin", (("Leilani", "Kahale"), ("Kimo", "Nakamura"), ("Darlene", "Souza"), ("Braddah", "Kealoha")), ("Hilo", "Waipahu"),
            _o("Kahale Crack Seed Store", "Nakamura Office", "Kokua Ohana Center", "County Parks Office"), "+1 808 {0}"),
    "rar": ("Cook Islands Māori", (("Teina", "Marsters"), ("Tangi", "Tuavera"), ("Mata", "Tereu"), ("Ngatoko", "Pera")), ("Avarua", "Arorangi"),
            _o("Toa Marsters", "Opati Tuavera", "Putuputuanga Vainetini", "Kavamani Pa Enua"), "+682 5{0}"),
    "niu": ("Niuean", (("Moka", "Tukiuha"), ("Sione", "Talagi"), ("Fisa", "Pihigia"), ("Hima", "Douglas")), ("Alofi", "Hakupu"),
            _o("Fale Koloa Talagi", "Ofisa Douglas", "Kautaha Fifine", "Ofisa Fakafonua"), "+683 4{0}"),
    "tvl": ("Tuvaluan", (("Losa", "Tauia"), ("Iese", "Sopoaga"), ("Malia", "Telavi"), ("Faiva", "Enele")), ("Funafuti", "Vaitupu"),
            _o("Fale Koloa Tauia", "Ofisa Sopoaga", "Fakapotopotoga Fafine", "Kaupule Funafuti"), "+688 90{0}"),
    "gil": ("Gilbertese", (("Teretia", "Tebano"), ("Baraniko", "Tanieru"), ("Tiroa", "Kaiea"), ("Ioane", "Tiban")), ("Tarawa", "Betio"),
            _o("Titoa Tebano", "Opiti Tanieru", "Botaki Aine", "Kaunitira Betio"), "+686 73{0}"),
    "krj": ("Kinaray-a", (("Lorna", "Tordesillas"), ("Nonoy", "Sarmiento"), ("Merlyn", "Catalan"), ("Dodong", "Moscoso")), ("San Jose de Buenavista", "Sibalom"),
            _o("Tindahan ni Nang Lorna", "Moscoso Law Office", "Antique Bulig Foundation", "Munisipyo kang Patnongon"), "+63 917 {0}"),
    "pag": ("Pangasinan", (("Rosalinda", "Soriano"), ("Ambo", "Ferrer"), ("Teresita", "Aquino"), ("Berto", "Mejia")), ("Dagupan", "Lingayen"),
            _o("Tindaan nen Manang Rosa", "Ferrer Accounting", "Pangasinan Tulong Foundation", "Munisipyo na Calasiao"), "+63 918 {0}"),
    "bew": ("Betawi", (("Siti", "Rohmah"), ("Bang", "Mamat"), ("Mpok", "Nori"), ("Haji", "Sueb")), ("Condet", "Kemayoran"),
            _o("Warung Nyak Ipeh", "Kantor Haji Sueb", "Sanggar Betawi Rawa Belong", "Kelurahan Condet"), "+62 812 {0}"),
    "xmm": ("Manado Malay", (("Meiske", "Lumowa"), ("Fery", "Wowor"), ("Jeane", "Tumbelaka"), ("Stenly", "Rumengan")), ("Manado", "Tomohon"),
            _o("Toko Wowor", "Kantor Rumengan", "Yayasan Mapalus", "Kelurahan Tikala"), "+62 813 {0}"),
    "nd": ("Northern Ndebele", (("Nomsa", "Ncube"), ("Sipho", "Moyo"), ("Thandiwe", "Dube"), ("Themba", "Sibanda")), ("eBulawayo", "eGwanda"),
           _o("Isitolo sikaNcube", "Ihofisi likaMoyo", "Inhlangano Sizanani", "Ikhansili laseGwanda"), "+263 77 {0}"),
    "ki": ("Kikuyu", (("Wanjiru", "Kamau"), ("Kariuki", "Njoroge"), ("Nyambura", "Mwangi"), ("Githinji", "Kiarie")), ("Nyeri", "Murang'a"),
           _o("Nduka ya Kamau", "Ofici ya Njoroge", "Kiama kia Ũtũũro", "Kaũnti ya Nyeri"), "+254 722 {0}"),
    "bm": ("Bambara", (("Awa", "Traoré"), ("Moussa", "Keïta"), ("Fanta", "Diarra"), ("Seydou", "Coulibaly")), ("Bamakɔ", "Segu"),
           _o("Butiki Keïta", "Biro Coulibaly", "Tɔn Benkadi", "Meri Kati"), "+223 76 {0}"),
    "sg": ("Sango", (("Léa", "Ngaïkoï"), ("Ferdinand", "Yakité"), ("Odile", "Zanifei"), ("Gervais", "Ngouandji")), ("Bangî", "Berbérâti"),
           _o("Magazini Yakité", "Biröo Ngouandji", "Bungbi Songo", "Komîni ti Bimbo"), "+236 75 {0}"),
    "krc": ("Karachay-Balkar", (("Фатима", "Узденова"), ("Азамат", "Байчоров"), ("Мариям", "Текуева"), ("Расул", "Джаппуев")), ("Карачаевск", "Нальчик"),
            _o("«Эльбрус» тюкен", "«Джаппуев» офис", "«Ана тил» джамагъат", "Шахар администрация"), "+7 928 {0}"),
    "nog": ("Nogai", (("Айше", "Кидирниязова"), ("Марат", "Аджибаев"), ("Салимат", "Култаева"), ("Рустам", "Карагулов")), ("Терекли-Мектеб", "Черкесск"),
            _o("«Ногай» тюкен", "«Аджибаев» контор", "«Бирлик» жамагат", "Район администрациясы"), "+7 928 {0}"),
}

# (language, name, kind, sender, shell, subject, core). One copy each.
TEMPLATES = (
    # Kölsch
    ("ksh", "shop-not-chosen", RJ, "shop", "ph", "Ding Bewerbung",
     "Hallo {first},\n\nmer sage Dank för Ding Bewerbung. Leider bes de nit usjesook woode för dä Job em Büdche."),
    ("ksh", "office-filled", RJ, "office", "oc", "Die Stell em Büro",
     "Leev {first} {surname},\n\ndie Stell em Büro es ald verjovve. Trotzdäm Merci för Ding Intresse."),
    ("ksh", "ngo-other-chosen", RJ, "ngo", "wa", "Veedelsverein",
     "{first}, mer han uns för ne andere Kandidat entschiede. Merci för Ding Zick!"),
    ("ksh", "public-received-if", AR, "public", "oc", "Bewerbung Nr. {ref}",
     "Leev {first} {surname},\n\nmer han Ding Bewerbung krääje. Wann de usjesook wees, sage mer Der bes zum {next} Bescheid."),
    ("ksh", "office-invite", IV, "office", "ph", "Jespräch",
     "Hallo {first},\n\nmer lade Dich för e Jespräch en, am {next} öm zehn Uhr em Büro en {city}."),
    ("ksh", "shop-soldout", NJ, "shop", "sm", "Kaate",
     "{first}, de Kaate för et Konzäät sin all fott, alles verkauf."),
    # West Flemish
    ("vls", "shop-not-chosen", RJ, "shop", "ph", "Joen sollicitatie",
     "Dag {first},\n\nmerci vo joen sollicitatie. 't Spyt ons, mo je zyt nie gekozen vo de job in de bakkerie."),
    ("vls", "office-filled", RJ, "office", "oc", "De plekke up 't kantoor",
     "Beste {first} {surname},\n\nde plekke up 't kantoor is al ingevuld. Merci toch vo jen interesse."),
    ("vls", "public-not-continuing", RJ, "public", "wa", "Gemeente",
     "{first}, we goan nie verder mee joen kandidatuur vo de job by de gemeente. Vele groetjes."),
    ("vls", "public-received-if", AR, "public", "oc", "Kandidatuur {ref}",
     "Beste {first} {surname},\n\nwe èn joen kandidatuur goed ontvangen. A je gekozen zyt, loaten we 't je weten vo {next}."),
    ("vls", "office-invite", IV, "office", "ph", "Gesprek",
     "Dag {first},\n\nwe nodigen je uut vo e gesprek up {next} om tiene in 't kantoor in {city}."),
    ("vls", "shop-soldout", NJ, "ngo", "sm", "Kaartjes",
     "{first}, de kaartjes vo 't concert zyn al uutverkocht, sorry."),
    # Romanesco
    ("rmsc", "shop-not-chosen", RJ, "shop", "wa", "Er forno",
     "Ciao {first}, grazzie pe' la domanda. Purtroppo nun sei stato scerto pe' er lavoro ar forno."),
    ("rmsc", "office-filled", RJ, "office", "ph", "Er posto in ufficio",
     "Ciao {first},\n\ner posto in ufficio è già stato preso da n'antra persona. Grazzie lo stesso, eh."),
    ("rmsc", "ngo-other-chosen", RJ, "ngo", "sm", "Associazione",
     "{first}, avemo scerto n'antro candidato pe' er progetto. Grazzie der tempo tuo!"),
    ("rmsc", "public-received-if", AR, "public", "oc", "Domanda {ref}",
     "Gentile {first} {surname},\n\navemo ricevuto la domanda tua. Si te scejemo, te lo dimo prima der {next}."),
    ("rmsc", "office-invite", IV, "office", "ph", "Colloquio",
     "Ciao {first},\n\nte volemo vede pe' 'n colloquio er {next} a le dieci in ufficio a {city}."),
    ("rmsc", "shop-soldout", NJ, "shop", "wa", "Bijetti",
     "{first}, li bijetti pe' er concerto so' finiti tutti, nun ce ne stanno più."),
    # Provençal
    ("prv", "shop-not-chosen", RJ, "shop", "ph", "Vosto candidaturo",
     "Bonjour {first},\n\nmercé pèr vosto candidaturo. Ai regrèt, sias pas esta chausi pèr lou travai à la boutigo."),
    ("prv", "office-filled", RJ, "office", "oc", "La plaço au burèu",
     "{first} {surname},\n\nla plaço au burèu es deja óucupado. Gramaci pèr vosto interès."),
    ("prv", "ngo-other-chosen", RJ, "ngo", "wa", "Assouciacioun",
     "{first}, avèn chausi uno autro persouno pèr lou proujèt. Gramaci!"),
    ("prv", "public-received-if", AR, "public", "oc", "Candidaturo {ref}",
     "{first} {surname},\n\navèn reçaupu vosto candidaturo. Se sias chausi, vous lou diren avans lou {next}."),
    ("prv", "office-invite", IV, "office", "ph", "Entretèn",
     "Bonjour {first},\n\nvous counvidan à un entretèn lou {next} à dès ouro au burèu de {city}."),
    ("prv", "shop-soldout", NJ, "shop", "sm", "Bihet",
     "{first}, li bihet pèr lou councert soun tóuti vendu."),
    # Gheg Albanian
    ("aln", "shop-not-chosen", RJ, "shop", "ph", "Aplikimi yt",
     "Tungjatjeta {first},\n\nfaleminderit për aplikimin. Na vjen keq, por nuk je zgjedhë për punë në dyqan."),
    ("aln", "office-filled", RJ, "office", "oc", "Vendi në zyrë",
     "I nderuem {first} {surname},\n\nvendi i punës në zyrë âsht zânë tashma. Ju falemi nderit për interesin."),
    ("aln", "ngo-other-chosen", RJ, "ngo", "wa", "Shoqata",
     "{first}, kemi zgjedhë nji kandidat tjetër për projektin. Faleminderit!"),
    ("aln", "public-received-if", AR, "public", "oc", "Aplikimi {ref}",
     "I nderuem {first} {surname},\n\ne kemi marrë aplikimin tând. Nëse zgjidhesh, të lajmërojmë para {next}."),
    ("aln", "office-invite", IV, "office", "ph", "Bisedë",
     "Tungjatjeta {first},\n\ntë ftojmë në nji bisedë me {next} në orën dhjetë në zyrë në {city}."),
    ("aln", "shop-soldout", NJ, "shop", "sm", "Biletat",
     "{first}, biletat për koncertin janë shitë të gjitha."),
    # Doric Scots
    ("doric", "shop-not-chosen", RJ, "shop", "ph", "Yer application",
     "Aye {first},\n\nthanks for yer application. I'm sorry, bit ye've nae been picked for the job in the bakery."),
    ("doric", "office-filled", RJ, "office", "wa", "The office job",
     "{first}, the job in the office is awa tae somebody else noo. It's filled. Aa the best."),
    ("doric", "ngo-other-chosen", RJ, "ngo", "sm", "Trust",
     "{first}, we've picked anither quine for the project. Ta for yer time!"),
    ("doric", "public-received-if", AR, "public", "oc", "Application {ref}",
     "Dear {first} {surname},\n\nwe've gotten yer application. Gin ye're picked, we'll lat ye ken afore the {next}."),
    ("doric", "office-invite", IV, "office", "ph", "A news",
     "Aye {first},\n\nwid ye come in for a news aboot the job on the {next} at ten o'clock? It's at the office in {city}."),
    ("doric", "shop-soldout", NJ, "shop", "sm", "Tickets",
     "{first}, the tickets for the concert are aa selt. Naethin left."),
    # Surzhyk
    ("surzh", "shop-not-chosen", RJ, "shop", "wa", "Заявка",
     "Привіт, {first}! Спасибі за заявку. Ну, к сожалєнію, тебе не вибрали на роботу в магазін."),
    ("surzh", "office-filled", RJ, "office", "sm", "Офіс",
     "{first}, місто в офісі вже занято, там уже другий чоловік работає. Ізвіні."),
    ("surzh", "ngo-other-chosen", RJ, "ngo", "ph", "Проект",
     "{first},\n\nми вибрали другого кандидата на проект. Спасибі за время!"),
    ("surzh", "public-received-if", AR, "public", "oc", "Заявка № {ref}",
     "{first} {surname},\n\nми получили твою заявку. Єслі тебе виберуть, ми скажем до {next}."),
    ("surzh", "office-invite", IV, "office", "wa", "Собесєдованіє",
     "{first}, приглашаєм тебе на собесєдованіє {next} в десять часов, в офісі в {city}."),
    ("surzh", "shop-soldout", NJ, "shop", "sm", "Білєти",
     "{first}, білєти на концерт уже всі продані."),
    # Moldovan (Cyrillic)
    ("mo", "shop-not-chosen", RJ, "shop", "ph", "Черере",
     "Бунэ зиуа, {first}!\n\nВэ мулцумим пентру черере. Дин пэкате, ну аць фост алес пентру лукру ын магазин."),
    ("mo", "office-filled", RJ, "office", "oc", "Локул де мункэ",
     "Стимате {first} {surname},\n\nлокул де мункэ дин бироу есте деже окупат. Вэ мулцумим."),
    ("mo", "ngo-other-chosen", RJ, "ngo", "wa", "Асочиация",
     "{first}, ам алес ун алт кандидат пентру проект. Мулцумим!"),
    ("mo", "public-received-if", AR, "public", "oc", "Черере {ref}",
     "Стимате {first} {surname},\n\nам примит черериа думнявоастрэ. Дакэ вець фи алес, вэ вом анунца пынэ ла {next}."),
    ("mo", "office-invite", IV, "office", "ph", "Интервиу",
     "Бунэ зиуа, {first}!\n\nВэ инвитэм ла ун интервиу пе {next} ла ора зече ла бироул дин {city}."),
    ("mo", "shop-soldout", NJ, "shop", "sm", "Билете",
     "{first}, тоате билетеле пентру концерт с-ау вындут."),
    # Šariš (Eastern Slovak)
    ("sar", "shop-not-chosen", RJ, "shop", "ph", "Vaša žadosc",
     "Dobry dzeň, {first},\n\nďakujeme za žadosc. Žal, ňeboli sce vybrati na robotu do obchodu."),
    ("sar", "office-filled", RJ, "office", "oc", "Mesto v kancelarii",
     "{first} {surname},\n\nmesto v kancelarii je už obsadzene. Ďakujeme za vaš zaujem."),
    ("sar", "public-not-continuing", RJ, "public", "wa", "Obecny urad",
     "{first}, s vašu žadosču už ďalej ňepujdzeme. Ďakujeme."),
    ("sar", "public-received-if", AR, "public", "oc", "Žadosc {ref}",
     "{first} {surname},\n\nvašu žadosc sme dostali. Keď budzece vybrati, dame vam znac do {next}."),
    ("sar", "office-invite", IV, "office", "ph", "Rozhovor",
     "Dobry dzeň, {first},\n\npozyvame vas na rozhovor {next} o dzesatej v kancelarii v {city}."),
    ("sar", "shop-soldout", NJ, "shop", "sm", "Lístky",
     "{first}, lístky na koncert su už šicke predane."),
    # Chakavian
    ("ckv", "shop-not-chosen", RJ, "shop", "ph", "Vaša prijava",
     "Dobar dan, {first},\n\nhvala za prijavu. Žalimo, ali niste bili zebrani za posal u butigi."),
    ("ckv", "office-filled", RJ, "office", "oc", "Mesto u ufičiju",
     "{first} {surname},\n\nmesto u ufičiju je već popunjeno. Hvala na interesu."),
    ("ckv", "ngo-other-chosen", RJ, "ngo", "wa", "Udruga",
     "{first}, zebrali smo drugega kandidata za projekt. Hvala!"),
    ("ckv", "public-received-if", AR, "public", "oc", "Prijava {ref}",
     "{first} {surname},\n\nprijavu smo dobili. Ako budete zebrani, javimo van prvo {next}."),
    ("ckv", "office-invite", IV, "office", "ph", "Razgovor",
     "Dobar dan, {first},\n\npozivamo Vas na razgovor {next} ob deseti uri u ufičiju u {city}."),
    ("ckv", "shop-soldout", NJ, "shop", "sm", "Karte",
     "{first}, karte za koncert su se već sve prodale."),
    # Antillean Creole
    ("gcf", "shop-not-chosen", RJ, "shop", "ph", "Kandidati a-w",
     "Bonjou {first},\n\nmèsi pou kandidati a-w. Nou dézolé, nou pa chwazi-w pou travay-la an boutik-la."),
    ("gcf", "office-filled", RJ, "office", "oc", "Plas-la an biwo-la",
     "{first} {surname},\n\nplas-la an biwo-la ja pran. Mèsi pou lentérè a-w."),
    ("gcf", "ngo-other-chosen", RJ, "ngo", "wa", "Asosyasyon",
     "{first}, nou chwazi on dòt moun pou pwojé-la. Mèsi!"),
    ("gcf", "public-received-if", AR, "public", "oc", "Kandidati {ref}",
     "{first} {surname},\n\nnou rousouvwè kandidati a-w. Si nou chwazi-w, nou ké di-w avan {next}."),
    ("gcf", "office-invite", IV, "office", "ph", "Antrétyen",
     "Bonjou {first},\n\nnou ka envité-w pou on antrétyen {next} a dis è an biwo-la a {city}."),
    ("gcf", "shop-soldout", NJ, "shop", "sm", "Tikè",
     "{first}, tout tikè pou konsè-la vann."),
    # Réunion Creole
    ("rcf", "shop-not-chosen", RJ, "shop", "wa", "Out kandidatir",
     "Bonzour {first}, mersi pou out kandidatir. Nou lé dézolé, nou la pa pran aou pou travay dann boutik."),
    ("rcf", "office-filled", RJ, "office", "ph", "La plas dann biro",
     "Bonzour {first},\n\nla plas dann biro lé dza pran. Mersi kan mèm."),
    ("rcf", "public-not-continuing", RJ, "public", "oc", "Lakomine",
     "{first} {surname},\n\nnou sa pa kontinyé avek out kandidatir pou lo post la komine. Mersi."),
    ("rcf", "public-received-if", AR, "public", "oc", "Kandidatir {ref}",
     "{first} {surname},\n\nnou la bien resevwar out kandidatir. Si nou swazi aou, nou sa di aou avan lo {next}."),
    ("rcf", "office-invite", IV, "office", "ph", "Antretien",
     "Bonzour {first},\n\nnou invit aou pou in antretien lo {next} a dis-er dann biro {city}."),
    ("rcf", "shop-soldout", NJ, "shop", "sm", "Tikè",
     "{first}, tout bann tikè pou lo konser la fine vann."),
    # Louisiana Creole
    ("lou", "shop-not-chosen", RJ, "shop", "ph", "To aplikasyon",
     "Bonjou {first},\n\nmèrsi pou to aplikasyon. Mo chagren, nou pa chwazi twa pou travay-la dan laboutik."),
    ("lou", "office-filled", RJ, "office", "wa", "Biro-la",
     "{first}, job-la dan biro-la dja rempli. Mèrsi kanmèm."),
    ("lou", "ngo-other-chosen", RJ, "ngo", "sm", "Sosyete",
     "{first}, nou té chwazi enn lòt moun pou projè-la. Mèrsi!"),
    ("lou", "public-received-if", AR, "public", "oc", "Aplikasyon {ref}",
     "{first} {surname},\n\nnou gin to aplikasyon. Si nou chwazi twa, na di twa avan {next}."),
    ("lou", "office-invite", IV, "office", "ph", "Entrevi",
     "Bonjou {first},\n\nnou envite twa pou enn entrevi {next} a diz-èr dan biro-la a {city}."),
    ("lou", "shop-soldout", NJ, "shop", "sm", "Tikè",
     "{first}, tou tikè pou konsèr-la vann."),
    # Gullah
    ("gul", "shop-not-chosen", RJ, "shop", "ph", "Yo application",
     "Hey {first},\n\ntenkyuh fuh yo application. We sorry, but yuh ain been pick fuh de wuk een de sto."),
    ("gul", "office-filled", RJ, "office", "wa", "De office job",
     "{first}, de job een de office done fill aready. Tenkyuh all de same."),
    ("gul", "ngo-other-chosen", RJ, "ngo", "sm", "Helpin Hand",
     "{first}, we done pick nodda pusson fuh de project. Tenkyuh!"),
    ("gul", "public-received-if", AR, "public", "oc", "Application {ref}",
     "{first} {surname},\n\nwe git yuh application. Ef we pick yuh, we gwine leh yuh know fo de {next}."),
    ("gul", "office-invite", IV, "office", "ph", "Interview",
     "Hey {first},\n\nwe wan yuh fuh come een fuh one interview on de {next} at ten o'clock at de office een {city}."),
    ("gul", "shop-soldout", NJ, "shop", "sm", "Ticket",
     "{first}, all de ticket fuh de concert done sell out."),
    # Solomon Islands Pijin
    ("pis", "shop-not-chosen", RJ, "shop", "ph", "Aplikeson blong iu",
     "Halo {first},\n\ntanggio tumas fo aplikeson blong iu. Sori, mifala no siusim iu fo waka long stoa."),
    ("pis", "office-filled", RJ, "office", "oc", "Posisen long ofis",
     "{first} {surname},\n\nposisen long ofis hem fulap finis. Tanggio."),
    ("pis", "ngo-other-chosen", RJ, "ngo", "wa", "Grup",
     "{first}, mifala siusim narafala man fo projek ia. Tanggio!"),
    ("pis", "public-received-if", AR, "public", "oc", "Aplikeson {ref}",
     "{first} {surname},\n\nmifala kasem aplikeson blong iu. Sapos mifala siusim iu, bae mifala talem iu bifoa {next}."),
    ("pis", "office-invite", IV, "office", "ph", "Intaviu",
     "Halo {first},\n\nmifala laekem iu fo kam fo intaviu long {next} long ten klok long ofis long {city}."),
    ("pis", "shop-soldout", NJ, "shop", "sm", "Tiket",
     "{first}, olketa tiket fo konset hem finis nao."),
    # Hawaii Pidgin
    ("hwc", "shop-not-chosen", RJ, "shop", "wa", "Da store job",
     "Howzit {first}, mahalo fo da application. Sorry ah, we neva pick you fo da job at da store."),
    ("hwc", "office-filled", RJ, "office", "ph", "Da office job",
     "Howzit {first},\n\nda job in da office stay filled already. Mahalo anyways."),
    ("hwc", "public-not-continuing", RJ, "public", "oc", "County job",
     "{first} {surname},\n\nwe no going move forward wit yo application fo da county job. Mahalo."),
    ("hwc", "public-received-if", AR, "public", "oc", "Application {ref}",
     "{first} {surname},\n\nwe wen get yo application. If we pick you, we going tell you before {next}."),
    ("hwc", "office-invite", IV, "office", "ph", "Interview",
     "Howzit {first},\n\nwe like you come in fo one interview on {next} at ten o'clock at da office in {city}."),
    ("hwc", "shop-soldout", NJ, "shop", "sm", "Tickets",
     "{first}, all da tickets fo da concert stay sold out."),
    # Cook Islands Māori (Rarotongan)
    ("rar", "shop-not-chosen", RJ, "shop", "ph", "To pati'anga",
     "Kia orana {first},\n\nmeitaki maata no to pati'anga. Aroa mai, kare koe i iki'ia no te angaanga i te toa."),
    ("rar", "office-filled", RJ, "office", "oc", "Te turanga",
     "{first} {surname},\n\nkua ki te turanga i roto i te opati. Meitaki."),
    ("rar", "ngo-other-chosen", RJ, "ngo", "wa", "Putuputuanga",
     "{first}, kua iki matou i tetai tangata ke no te porokiteki. Meitaki!"),
    ("rar", "public-received-if", AR, "public", "oc", "Pati'anga {ref}",
     "{first} {surname},\n\nkua rauka mai to pati'anga. Me iki'ia koe, ka akakite matou ia koe i mua i te {next}."),
    ("rar", "office-invite", IV, "office", "ph", "Uriuringa manako",
     "Kia orana {first},\n\nte pati atu nei matou ia koe ki tetai uriuringa manako i te {next} i te ora ngauru i te opati i {city}."),
    ("rar", "shop-soldout", NJ, "shop", "sm", "Tiketi",
     "{first}, kua pou te au tiketi no te konaseti."),
    # Niuean
    ("niu", "shop-not-chosen", RJ, "shop", "ph", "Tohi ole haau",
     "Fakaalofa lahi atu {first},\n\nfakaaue lahi ma e tohi ole haau. Fakamolemole, nakai fifili a koe ma e gahua he fale koloa."),
    ("niu", "office-filled", RJ, "office", "oc", "Gahua he ofisa",
     "{first} {surname},\n\nkua fai tagata tuai e gahua he ofisa. Fakaaue."),
    ("niu", "public-other-chosen", RJ, "public", "wa", "Ofisa Fakafonua",
     "{first}, kua fifili e mautolu e taha tagata kehe ma e gahua. Fakaaue!"),
    ("niu", "public-received-if", AR, "public", "oc", "Tohi ole {ref}",
     "{first} {surname},\n\nkua moua tuai e mautolu e tohi ole haau. Ka fifili a koe, to talahau atu e mautolu ki mua he {next}."),
    ("niu", "office-invite", IV, "office", "ph", "Fakatutalaaga",
     "Fakaalofa lahi atu {first},\n\nuiina a koe ke he fakatutalaaga he {next} he hola hogofulu he ofisa i {city}."),
    ("niu", "shop-soldout", NJ, "shop", "sm", "Tikete",
     "{first}, kua oti tuai e tau tikete ma e konaseti."),
    # Tuvaluan
    ("tvl", "shop-not-chosen", RJ, "shop", "ph", "Tau talosaga",
     "Talofa {first},\n\nfakafetai mo tau talosaga. Fakamolemole, e se filifilia koe mo te galuega i te fale koloa."),
    ("tvl", "office-filled", RJ, "office", "oc", "Te tulaga i te ofisa",
     "{first} {surname},\n\nko oti ne fakatumu te tulaga i te ofisa. Fakafetai."),
    ("tvl", "ngo-other-chosen", RJ, "ngo", "wa", "Fakapotopotoga",
     "{first}, ne filifili ne matou se isi tino mo te polokalame. Fakafetai!"),
    ("tvl", "public-received-if", AR, "public", "oc", "Talosaga {ref}",
     "{first} {surname},\n\nne maua ne matou tau talosaga. Kafai e filifilia koe, ka fakailoa atu ne matou mai mua o te {next}."),
    ("tvl", "office-invite", IV, "office", "ph", "Fakatalanoaga",
     "Talofa {first},\n\ne kalaga atu matou ki a koe ki se fakatalanoaga i te {next} i te itula e sefulu i te ofisa i {city}."),
    ("tvl", "shop-soldout", NJ, "shop", "sm", "Tikiti",
     "{first}, ko oti ne fakatau katoa a tikiti mo te konaseti."),
    # Gilbertese
    ("gil", "shop-not-chosen", RJ, "shop", "ph", "Am taeka n bubuti",
     "Mauri {first},\n\nko rabwa n am taeka n bubuti. Ti nanokawaki, ko aki rineaki ibukin te mwakuri n te titoa."),
    ("gil", "office-filled", RJ, "office", "oc", "Te mwakuri n te opiti",
     "{first} {surname},\n\ne a tia n rineaki temanna ibukin te mwakuri n te opiti. Ko rabwa."),
    ("gil", "public-other-chosen", RJ, "public", "wa", "Kaunitira",
     "{first}, ti a tia n rinea te aomata teuana riki ibukin te mwakuri aei. Ko rabwa!"),
    ("gil", "public-received-if", AR, "public", "oc", "Taeka n bubuti {ref}",
     "{first} {surname},\n\nti a tia n anaa am taeka n bubuti. Ngkana ko rineaki, ti na tuangko imwain te {next}."),
    ("gil", "office-invite", IV, "office", "ph", "Maroro",
     "Mauri {first},\n\nti kaoko nakon te maroro n te {next} n te aoa tebwi n te opiti i {city}."),
    ("gil", "shop-soldout", NJ, "shop", "sm", "Tiketi",
     "{first}, a a bane ni kabooaki tiketi ibukin te konsaati."),
    # Kinaray-a
    ("krj", "shop-not-chosen", RJ, "shop", "ph", "Imo aplikasyon",
     "Maayong adlaw {first},\n\nsalamat sa imo aplikasyon. Pasensya, wara ka napili para sa obra sa tindahan."),
    ("krj", "office-filled", RJ, "office", "oc", "Posisyon sa opisina",
     "{first} {surname},\n\nnapun-an run ang posisyon sa opisina. Salamat."),
    ("krj", "ngo-other-chosen", RJ, "ngo", "wa", "Foundation",
     "{first}, iba ang amon napili para sa proyekto. Salamat gid!"),
    ("krj", "public-received-if", AR, "public", "oc", "Aplikasyon {ref}",
     "{first} {surname},\n\nnakabaton kami kang imo aplikasyon. Kon ikaw ang mapili, ipahibalo namon antes kang {next}."),
    ("krj", "office-invite", IV, "office", "ph", "Interview",
     "Maayong adlaw {first},\n\nginaimbitar ka namon sa interview sa {next} alas diyes sa opisina sa {city}."),
    ("krj", "shop-soldout", NJ, "shop", "sm", "Tiket",
     "{first}, ubos run ang tiket para sa konsiyerto."),
    # Pangasinan
    ("pag", "shop-not-chosen", RJ, "shop", "ph", "Aplikasyon mo",
     "Masantos ya agew {first},\n\nsalamat ed aplikasyon mo. Pasensya, ag ka napili para ed trabaho ed tindaan."),
    ("pag", "office-filled", RJ, "office", "oc", "Posisyon ed opisina",
     "{first} {surname},\n\nwala lay akapili para ed posisyon ed opisina. Salamat."),
    ("pag", "ngo-other-chosen", RJ, "ngo", "wa", "Foundation",
     "{first}, arum a too so pinili mi para ed proyekto. Salamat!"),
    ("pag", "public-received-if", AR, "public", "oc", "Aplikasyon {ref}",
     "{first} {surname},\n\ninawat mi la so aplikasyon mo. No napili ka, ipabidbir mi ed sika antis na {next}."),
    ("pag", "office-invite", IV, "office", "ph", "Interview",
     "Masantos ya agew {first},\n\niimbita mi ka ed interview ed {next} alas diyes ed opisina ed {city}."),
    ("pag", "shop-soldout", NJ, "shop", "sm", "Tiket",
     "{first}, ubos la so tiket para ed konsierto."),
    # Betawi
    ("bew", "shop-not-chosen", RJ, "shop", "wa", "Lamaran",
     "Assalamualaikum {first}, makasih udah ngelamar. Maap nih, lu kagak kepilih buat kerja di warung."),
    ("bew", "office-filled", RJ, "office", "ph", "Posisi di kantor",
     "{first},\n\nposisi di kantor udah ada yang ngisi. Makasih ye."),
    ("bew", "public-not-continuing", RJ, "public", "sm", "Kelurahan",
     "{first}, lamaran lu kagak bisa kite terusin buat kerjaan di kelurahan. Makasih."),
    ("bew", "public-received-if", AR, "public", "oc", "Lamaran {ref}",
     "{first} {surname},\n\nlamaran lu udah kite terima. Kalo lu kepilih, kite kabarin sebelon {next}."),
    ("bew", "office-invite", IV, "office", "ph", "Wawancara",
     "Assalamualaikum {first},\n\nkite ngundang lu buat wawancara tanggal {next} jam sepuluh di kantor {city}."),
    ("bew", "shop-soldout", NJ, "shop", "sm", "Tiket",
     "{first}, tiket konser udah abis kejual semua."),
    # Manado Malay
    ("xmm", "shop-not-chosen", RJ, "shop", "ph", "Lamaran",
     "Slamat pagi {first},\n\nmakase so kirim lamaran. Mar maaf, ngana nyanda tapilih for karja di toko."),
    ("xmm", "office-filled", RJ, "office", "wa", "Posisi di kantor",
     "{first}, posisi di kantor so ada yang isi. Makase neh."),
    ("xmm", "ngo-other-chosen", RJ, "ngo", "sm", "Yayasan",
     "{first}, torang so pilih orang laeng for proyek ini. Makase banyak!"),
    ("xmm", "public-received-if", AR, "public", "oc", "Lamaran {ref}",
     "{first} {surname},\n\ntorang so trima ngana pe lamaran. Kalu ngana tapilih, torang kase tau sebelum {next}."),
    ("xmm", "office-invite", IV, "office", "ph", "Wawancara",
     "Slamat pagi {first},\n\ntorang undang pa ngana for wawancara tanggal {next} jam sapuluh di kantor {city}."),
    ("xmm", "shop-soldout", NJ, "shop", "sm", "Karcis",
     "{first}, karcis konser so abis samua."),
    # Northern Ndebele
    ("nd", "shop-not-chosen", RJ, "shop", "ph", "Isicelo sakho",
     "Salibonani {first},\n\nsiyabonga ngesicelo sakho. Siyaxolisa, kawukhethwanga emsebenzini wesitolo."),
    ("nd", "office-filled", RJ, "office", "oc", "Isikhundla ehofisini",
     "{first} {surname},\n\nisikhundla ehofisini sesigcwalisiwe. Siyabonga."),
    ("nd", "ngo-other-chosen", RJ, "ngo", "wa", "Inhlangano",
     "{first}, sikhethe omunye umuntu kulo msebenzi. Siyabonga!"),
    ("nd", "public-received-if", AR, "public", "oc", "Isicelo {ref}",
     "{first} {surname},\n\nisicelo sakho sesisitholile. Nxa ungakhethwa, sizakwazisa ngaphambi kuka {next}."),
    ("nd", "office-invite", IV, "office", "ph", "Ingxoxo",
     "Salibonani {first},\n\nsiyakumema engxoxweni ngo {next} ngehora letshumi ehofisini e{city}."),
    ("nd", "shop-soldout", NJ, "shop", "sm", "Amathikithi",
     "{first}, amathikithi ekhonsathi asethengiwe wonke."),
    # Kikuyu
    ("ki", "shop-not-chosen", RJ, "shop", "ph", "Ũhoro waku",
     "Wĩ mwega {first},\n\nnĩ tũgũcookeria ngatho nĩ ũndũ wa ũhoro waku. Nĩ tũraruta kĩeha, no ndũnathuurwo nĩ ũndũ wa wĩra wa nduka-inĩ."),
    ("ki", "office-filled", RJ, "office", "oc", "Wĩra wa ofici",
     "{first} {surname},\n\nwĩra wa ofici nĩ wanyitwo nĩ mũndũ ũngĩ. Nĩ wega."),
    ("ki", "ngo-other-chosen", RJ, "ngo", "wa", "Kiama",
     "{first}, nĩ tũthuurĩte mũndũ ũngĩ wa mũradi ũyũ. Nĩ wega!"),
    ("ki", "public-received-if", AR, "public", "oc", "Ũhoro {ref}",
     "{first} {surname},\n\nnĩ twamũkĩra ũhoro waku. Ũngĩthuurwo, nĩ tũrĩkũmenyithia mbere ya {next}."),
    ("ki", "office-invite", IV, "office", "ph", "Ciaria",
     "Wĩ mwega {first},\n\nnĩ tũragwĩta ũke ciaria-inĩ {next} thaa inya rũciinĩ ofici-inĩ ya {city}."),
    ("ki", "shop-soldout", NJ, "shop", "sm", "Tiketi",
     "{first}, tiketi cia konathati nĩ ciathira ciothe."),
    # Bambara
    ("bm", "shop-not-chosen", RJ, "shop", "ph", "I ka sɛbɛn",
     "I ni ce {first},\n\nan b'i fo i ka sɛbɛn kosɔn. Hakɛto, i ma sugandi baara kama butiki la."),
    ("bm", "office-filled", RJ, "office", "oc", "Biro baara",
     "{first} {surname},\n\nmɔgɔ wɛrɛ ye biro baara sɔrɔ ka ban. I ni ce."),
    ("bm", "ngo-other-chosen", RJ, "ngo", "wa", "Tɔn",
     "{first}, an ye mɔgɔ wɛrɛ sugandi porozɛ in kama. I ni ce!"),
    ("bm", "public-received-if", AR, "public", "oc", "Sɛbɛn {ref}",
     "{first} {surname},\n\nan ye i ka sɛbɛn sɔrɔ. Ni i sugandira, an na a fɔ i ye sani {next} ka se."),
    ("bm", "office-invite", IV, "office", "ph", "Baro",
     "I ni ce {first},\n\nan b'i wele baro kama {next} waati tan na biro la {city}."),
    ("bm", "shop-soldout", NJ, "shop", "sm", "Biyɛw",
     "{first}, konsɛri biyɛw bɛɛ feereli banna."),
    # Sango
    ("sg", "shop-not-chosen", RJ, "shop", "ph", "Mbëti ti mo",
     "Bara ala {first},\n\nsingila mingi ndali ti mbëti ti mo. Mbi yeke na vundu, e soro mo pëpe ndali ti kua na magazini."),
    ("sg", "office-filled", RJ, "office", "oc", "Kua na biröo",
     "{first} {surname},\n\nmbeni zo ayeke na ndo ti kua ni na biröo awe. Singila."),
    ("sg", "ngo-other-chosen", RJ, "ngo", "wa", "Bungbi",
     "{first}, e soro mbeni zo nde ndali ti kua ni. Singila!"),
    ("sg", "public-received-if", AR, "public", "oc", "Mbëti {ref}",
     "{first} {surname},\n\ne wara mbëti ti mo awe. Tongana e soro mo, e yeke fa na mo kozo ti {next}."),
    ("sg", "office-invite", IV, "office", "ph", "Lisoro",
     "Bara ala {first},\n\ne iri mo ti ga ti sara lisoro na {next} na ngbonga bale-oko na biröo na {city}."),
    ("sg", "shop-soldout", NJ, "shop", "sm", "Atikiti",
     "{first}, atikiti ti konsêre ahunzi kue awe."),
    # Karachay-Balkar
    ("krc", "shop-not-chosen", RJ, "shop", "ph", "Арызынг",
     "Салам, {first}!\n\nАрызынг ючюн сау бол. Джарсыугъа, тюкеннге ишге сайланмадынг."),
    ("krc", "office-filled", RJ, "office", "oc", "Офисде орун",
     "{first} {surname},\n\nофисде орун толгъанды, ол ишге адам алыннганды. Сау бол."),
    ("krc", "ngo-other-chosen", RJ, "ngo", "wa", "Джамагъат",
     "{first}, проект ючюн башха адамны сайладыкъ. Сау бол!"),
    ("krc", "public-received-if", AR, "public", "oc", "Арыз № {ref}",
     "{first} {surname},\n\nарызынгы алгъанбыз. Сайлансанг, {next} дери билдирликбиз."),
    ("krc", "office-invite", IV, "office", "ph", "Ушакъ",
     "Салам, {first}!\n\nСени {next} сагъат онда {city} шахардагъы офисге ушакъгъа чакъырабыз."),
    ("krc", "shop-soldout", NJ, "shop", "sm", "Билетле",
     "{first}, концертге билетле бары да сатылгъандыла."),
    # Nogai
    ("nog", "shop-not-chosen", RJ, "shop", "ph", "Арзынъ",
     "Ассалаумаалейкум, {first}!\n\nАрзынъ ушын рахмет. Кешир, сен тюкенге ислевге сайланмадынъ."),
    ("nog", "office-filled", RJ, "office", "oc", "Контордагы орын",
     "{first} {surname},\n\nконтордагы орын толды, оган адам алынды. Рахмет."),
    ("nog", "public-other-chosen", RJ, "public", "wa", "Администрация",
     "{first}, биз бу ислевге баска адамды сайладык. Рахмет!"),
    ("nog", "public-received-if", AR, "public", "oc", "Арза № {ref}",
     "{first} {surname},\n\nарзынъды алдык. Эгер сайлансанъ, {next} дейин билдирермиз."),
    ("nog", "office-invite", IV, "office", "ph", "Сойлесуьв",
     "Ассалаумаалейкум, {first}!\n\nСени {next} саьат онда {city} каладагы конторга сойлесуьвге шакырамыз."),
    ("nog", "shop-soldout", NJ, "shop", "sm", "Билетлер",
     "{first}, концертке билетлер барысы да сатылды."),
)


class Maker(MakerBase):
    def context(self, lang: str, who: str) -> dict:
        """One message's reader, signer, outfit, place and dates, drawn for ``lang``."""
        rng = self.rng
        _, people, cities, outfits, phone = LANGS[lang]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org, dom = outfits[who]
        sent = datetime(2019, 9, 2, 7, 30) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(12 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 14))
        return {
            "first": first, "surname": surname, "hm": hm, "hm_full": f"{hm} {hm_sur}", "org": org, "dom": dom,
            "city": rng.choice(cities), "ref": f"{rng.randrange(100, 9999)}-{rng.randrange(10, 99)}",
            "next": f"{later.day:02d}/{later.month:02d}", "sent": sent, "phone": phone.format(rng.randrange(100000, 999999)),
            "reader": f"{mailbox(first + '.' + surname, 'reader')}@inbox.example",
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(('+0000', '+0100', '+0200', '+0300', '-0500', '-1000', '+1200'))}",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        lines = [p for p in core.split("\n") if p.strip()]
        if code == "ph":  # a person's mail, sent from a phone
            sign = rng.choice(("Sent from my phone", "Sent from my iPhone", "-- sent from a mobile"))
            return (subject, f"{core}\n\n{c['hm']}\n{c['org']}\n\n{sign}", f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'staff')}@{c['dom']}>")
        if code == "sm":  # an SMS passed on by a mail gateway
            return (f"SMS from {c['phone']}", f"From: {c['phone']} ({c['org']})\nReceived: {c['sent']:%Y-%m-%d %H:%M}\n\n{' '.join(lines)}\n\n--\nSMS2Mail gateway · reply by SMS only", "SMS2Mail <noreply@sms2mail.example>")
        if code == "wa":  # a WhatsApp chat export mailed to oneself
            t = c["sent"]
            chat = [f"{t - timedelta(days=rng.randrange(1, 9)):%d/%m/%Y, %H:%M} - {c['first']}: {rng.choice(('Hi, any news?', '🙏', 'Hello!', '...'))}"]
            chat += [f"{t + timedelta(minutes=n):%d/%m/%Y, %H:%M} - {c['hm_full']}: {part}" for n, part in enumerate(lines)]
            return (f"WhatsApp Chat with {c['hm_full']}", "\n".join(chat) + "\n\nAttachment: WhatsApp Chat.txt", f"{c['first']} {c['surname']} <{c['reader']}>")
        if code == "oc":  # a scanned letter, read by the scanner's OCR
            page = "\n".join(lines)
            return (f"Scan {c['sent']:%Y%m%d}-{rng.randrange(10, 99)}: {subject}", f"[OCR page 1 of 1]\n{c['org'].upper()}\n{c['city']}, {c['sent']:%d.%m.%Y}\n\n{page}\n\n{c['hm_full']}\n\n[end of scan]", f"Scan to mail <scanner@{c['dom']}>")
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
    return finish(maker.records, maker.rng, "w46")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and language (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("language / label", maker.langs)), f"languages {len(LANGS)}")


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SKIP, top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
