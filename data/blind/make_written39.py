# ruff: noqa: E501, S311
# fmt: off
"""Write data/blind/written-39.jsonl: training mail, twenty-seventh batch (breadth of languages).

Twenty-sixth pass, part N. Every sealed slice's wide part holds ~25 rejections in other
languages, ten of them new to the project, and a language no reading knows is mostly missed.
This batch writes thirty Latin- and Cyrillic-script languages and regional varieties no earlier
slice, batch or reading names (Upper Sorbian, Kashubian, Silesian, Manx, Cornish, Chamorro,
Kirundi, Luganda, Aymara, Nahuatl, Gascon, Lombard, Piedmontese, Ligurian, Aromanian, Picard,
Alsatian, Bavarian, Swabian, Plautdietsch, Gagauz, Crimean Tatar, siSwati, Sepedi, Xitsonga,
Hiligaynon, Rusyn, Bashkir, Chuvash, Yakut). For each language:

* three ``rejection`` in different forms (not selected, the post filled, someone else chosen,
  the application not taken further) from different senders (a shop, an office, an NGO, a
  public body);
* three twins that are not rejections: an application received with a "we will contact you if
  you are chosen" conditional, an interview invitation, and a sold-out event.

Sentences are kept simple where the writer was unsure of the language. Every template is one
family of one copy, its own reader, signer, outfit, place and date; every address and link is
under ``.example``.

    python data/blind/make_written39.py           # writes the file (seed 390391)
    python data/blind/make_written39.py --langs   # make-up by kind, shell and language
    python data/blind/make_written39.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 390391
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, finish, makeup, record, run, sealed  # noqa: E402

# written-31's kinds and address helpers (the batch beside this file)
from make_written31 import AR, IV, NJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-39.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-sixth pass as training mail, twenty-seventh batch, breadth of languages: thirty new languages, refusals and twins (make_written39.py)"
PREFIX = "blind-w39"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(25)  # never opened, skipped by name (an earlier first, as when written)

# code: (language, people, cities, outfits by sender, phone)
LANGS = {
    "hsb": ("Upper Sorbian", (("Jana", "Šołćina"), ("Měrćin", "Nowak"), ("Hanka", "Krawcowa"), ("Jurij", "Kral")), ("Budyšin", "Kulow"),
            {"shop": ("Pjekarnja Wjela", "pjekarnja-wjela.example"), "office": ("Serbske wudawaćelstwo", "wudawacelstwo.example"), "ngo": ("Towarstwo Lipa", "lipa-towarstwo.example"), "public": ("Gmejna Worklecy", "gmejna-worklecy.example")}, "+49 1523 {0}"),
    "csb": ("Kashubian", (("Grażena", "Kònkòl"), ("Kazmiérz", "Bòbrowsczi"), ("Wanda", "Lewandowskô"), ("Jón", "Klinkòsz")), ("Kartuzë", "Kòscérzëna"),
            {"shop": ("Kaszëbsczi Sklep", "kaszebsczi-sklep.example"), "office": ("Biuro Òdrodzenié", "odrodzenie-biuro.example"), "ngo": ("Zrzeszenié Mòrze", "zrzeszenie-morze.example"), "public": ("Gmina Sierakòwice", "gmina-sierakowice.example")}, "+48 58 {0}"),
    "szl": ("Silesian", (("Hanka", "Kocur"), ("Ecik", "Pyka"), ("Trudka", "Wiyczorek"), ("Paulek", "Gawlik")), ("Katowicy", "Rybnik"),
            {"shop": ("Szpera u Gryjtki", "szpera-gryjtka.example"), "office": ("Biuro Hajer", "biuro-hajer.example"), "ngo": ("Ferajn Ślōnski Dōm", "slonski-dom.example"), "public": ("Urzōnd Gminy Pszczyna", "gmina-pszczyna.example")}, "+48 32 {0}"),
    "gv": ("Manx", (("Aalish", "Quayle"), ("Illiam", "Kermode"), ("Breeshey", "Corlett"), ("Juan", "Cregeen")), ("Doolish", "Rhumsaa"),
           {"shop": ("Shapp Vannin", "shapp-vannin.example"), "office": ("Oik Kinvig", "oik-kinvig.example"), "ngo": ("Caarjyn Vannin", "caarjyn.example"), "public": ("Coonseil Balley", "coonseil-balley.example")}, "+44 7624 {0}"),
    "kw": ("Cornish", (("Tamsin", "Pascoe"), ("Jago", "Trewin"), ("Morwenna", "Penrose"), ("Peder", "Angove")), ("Truru", "Kammbronn"),
           {"shop": ("Gwerthji Kernow", "gwerthji-kernow.example"), "office": ("Soodhva Penwith", "soodhva-penwith.example"), "ngo": ("Kowethas Dowr", "kowethas-dowr.example"), "public": ("Konsel an Dre", "konsel-dre.example")}, "+44 7781 {0}"),
    "ch": ("Chamorro", (("Rosa", "Camacho"), ("Jesse", "Taitano"), ("Lourdes", "Cruz"), ("Frank", "San Nicolas")), ("Hagåtña", "Dededo"),
           {"shop": ("Tenda Tåsi", "tenda-tasi.example"), "office": ("Ofisinan Guma'", "ofisinan-guma.example"), "ngo": ("Inetnon Famalao'an", "inetnon.example"), "public": ("Kumision Lina'la'", "kumision-linala.example")}, "+1 671 {0}"),
    "rn": ("Kirundi", (("Aline", "Ndayishimiye"), ("Eric", "Niyonzima"), ("Claudine", "Irakoze"), ("Jean", "Hakizimana")), ("Gitega", "Ngozi"),
           {"shop": ("Iduka Amahoro", "iduka-amahoro.example"), "office": ("Ibiro Umucyo", "ibiro-umucyo.example"), "ngo": ("Ishirahamwe Twese", "twese.example"), "public": ("Komine Mukaza", "komine-mukaza.example")}, "+257 79 {0}"),
    "lg": ("Luganda", (("Nakato", "Ssempala"), ("Mukasa", "Kiggundu"), ("Nabirye", "Lubega"), ("Kato", "Ssewanyana")), ("Kampala", "Masaka"),
           {"shop": ("Dduuka lya Mama Sarah", "mama-sarah.example"), "office": ("Ofiisi ya Kiwanuka", "kiwanuka-ofiisi.example"), "ngo": ("Ekibiina Tukolere Wamu", "tukolere-wamu.example"), "public": ("Gavumenti ya Disitulikiti", "disitulikiti.example")}, "+256 77 {0}"),
    "ay": ("Aymara", (("Marisol", "Mamani"), ("Wilber", "Quispe"), ("Sonia", "Condori"), ("Rubén", "Choque")), ("El Alto", "Achacachi"),
           {"shop": ("Tienda Qhathu", "qhathu.example"), "office": ("Oficina Jach'a Marka", "jachamarka.example"), "ngo": ("Fundación Suma Qamaña", "sumaqamana.example"), "public": ("Gobierno Municipal de Achacachi", "achacachi-muni.example")}, "+591 7{0}"),
    "nah": ("Nahuatl", (("Xochitl", "Hernández"), ("Cuauhtli", "Martínez"), ("Citlali", "Cruz"), ("Tonatiuh", "Ramírez")), ("Cuetzalan", "Milpa Alta"),
            {"shop": ("Tiankis Xochitlan", "xochitlan.example"), "office": ("Tequipan Altepetl", "tequipan.example"), "ngo": ("Masehualmej Sentiopa", "sentiopa.example"), "public": ("Municipio de Milpa Alta", "milpa-alta-muni.example")}, "+52 1 55 {0}"),
    "gsc": ("Gascon", (("Marieta", "Lacoste"), ("Joan", "Bordenave"), ("Anna", "Casenave"), ("Pèir", "Lafitte")), ("Pau", "Auloron"),
            {"shop": ("Botiga deu Bearn", "botiga-bearn.example"), "office": ("Burèu Lafitte", "bureu-lafitte.example"), "ngo": ("Associacion Lo Hilh", "lohilh.example"), "public": ("Comuna d'Auloron", "comuna-auloron.example")}, "06 {0}"),
    "lmo": ("Lombard", (("Gioanna", "Brambilla"), ("Carlin", "Colombo"), ("Luisa", "Sala"), ("Pierin", "Ghezzi")), ("Milan", "Bergum"),
            {"shop": ("Butega del Pan", "butega-pan.example"), "office": ("Studi Colombo", "studi-colombo.example"), "ngo": ("Associazion La Cà", "lacaa.example"), "public": ("Comun de Bergum", "comun-bergum.example")}, "+39 34{0}"),
    "pms": ("Piedmontese", (("Giulia", "Gribaud"), ("Gioanin", "Bonòt"), ("Catlin-a", "Ravel"), ("Mini", "Barbero")), ("Turin", "Coni"),
            {"shop": ("Botega dla Marca", "botega-marca.example"), "office": ("Ufissi Bonòt", "ufissi-bonot.example"), "ngo": ("Associassion Ël Fil", "elfil.example"), "public": ("Comun ëd Coni", "comun-coni.example")}, "+39 33{0}"),
    "lij": ("Ligurian", (("Ninetta", "Parodi"), ("Baciccia", "Canepa"), ("Marinin", "Repetto"), ("Gioxeppe", "Ferrando")), ("Zena", "Ciàvai"),
            {"shop": ("Bitega do Caroggio", "caroggio.example"), "office": ("Studio Canepa", "studio-canepa.example"), "ngo": ("Associaçion O Scheuggio", "scheuggio.example"), "public": ("Comun de Ciàvai", "comun-ciavai.example")}, "+39 32{0}"),
    "rup": ("Aromanian", (("Tana", "Caragiani"), ("Mitu", "Hagi"), ("Sila", "Papahagi"), ("Ianche", "Cuşa")), ("Cruşuva", "Bituli"),
            {"shop": ("Dugheana Armãneascã", "dugheana.example"), "office": ("Birolu Hagi", "birolu-hagi.example"), "ngo": ("Sutsata Fara", "sutsata-fara.example"), "public": ("Comuna Cruşuva", "comuna-crusuva.example")}, "+389 70 {0}"),
    "pcd": ("Picard", (("Mélanie", "Dufour"), ("Tiéry", "Caron"), ("Nadège", "Lefèbvre"), ("Pierrot", "Delattre")), ("Amiens", "Lille"),
            {"shop": ("Boutique Ch'Bos", "chbos.example"), "office": ("Bureu Caron", "bureu-caron.example"), "ngo": ("Association Ch'Lien", "chlien.example"), "public": ("Mairie d'Abbeville", "mairie-abbeville.example")}, "06 {0}"),
    "gsw": ("Alsatian", (("Odile", "Meyer"), ("Seppi", "Ehrhart"), ("Mariele", "Schmitt"), ("Fränzel", "Kieffer")), ("Strossburi", "Milhüse"),
            {"shop": ("Bäckerei Kieffer", "baeckerei-kieffer.example"), "office": ("Büro Ehrhart", "buero-ehrhart.example"), "ngo": ("Verein Elsassisch Hüss", "elsassisch-huess.example"), "public": ("Gmeind Rosse", "gmeind-rosse.example")}, "06 {0}"),
    "bar": ("Bavarian", (("Resi", "Huber"), ("Sepp", "Brandl"), ("Vroni", "Obermaier"), ("Hias", "Gruber")), ("Minga", "Rosnham"),
            {"shop": ("Metzgerei Brandl", "metzgerei-brandl.example"), "office": ("Kanzlei Obermaier", "kanzlei-obermaier.example"), "ngo": ("Trachtnverein Edelweiß", "trachtnverein.example"), "public": ("Gmoa Aibling", "gmoa-aibling.example")}, "0171 {0}"),
    "swg": ("Swabian", (("Bärbel", "Häberle"), ("Gottlob", "Schwarz"), ("Hilde", "Kächele"), ("Eugen", "Maier")), ("Stuagert", "Reitlenga"),
            {"shop": ("Bäck Häberle", "baeck-haeberle.example"), "office": ("Büro Kächele", "buero-kaechele.example"), "ngo": ("Verein Schaffa & Helfa", "schaffa-helfa.example"), "public": ("Rathaus Metzinga", "rathaus-metzinga.example")}, "0160 {0}"),
    "pdt": ("Plautdietsch", (("Tina", "Friesen"), ("Jakob", "Penner"), ("Susa", "Wiebe"), ("Hein", "Klassen")), ("Steinbach", "Cuauhtémoc"),
            {"shop": ("Friesens Loda", "friesens-loda.example"), "office": ("Penner Buroo", "penner-buroo.example"), "ngo": ("Meneist Helpa", "meneist-helpa.example"), "public": ("Darp Blumenau", "darp-blumenau.example")}, "+1 204 {0}"),
    "gag": ("Gagauz", (("Mariya", "Kara"), ("Todur", "Zanet"), ("Lüdmila", "Kioseva"), ("İvan", "Dimoglo")), ("Komrat", "Çadır"),
            {"shop": ("Dükän Bereket", "bereket.example"), "office": ("Ofis Dimoglo", "ofis-dimoglo.example"), "ngo": ("Gagauz Birlii", "gagauz-birlii.example"), "public": ("Komrat Merkez Kasabası", "komrat-merkez.example")}, "+373 79 {0}"),
    "crh": ("Crimean Tatar", (("Elmaz", "Seitova"), ("Ruslan", "Ablâyev"), ("Alie", "Kurtseitova"), ("Enver", "Memetov")), ("Aqmescit", "Bağçasaray"),
            {"shop": ("Bereket Tükânı", "bereket-tukani.example"), "office": ("Ablâyev Bürosı", "ablayev-burosi.example"), "ngo": ("Qırım Yardım Cemiyeti", "qirim-yardim.example"), "public": ("Bağçasaray Şeer İdaresi", "bagcasaray-idare.example")}, "+380 67 {0}"),
    "ss": ("siSwati", (("Nomsa", "Dlamini"), ("Sipho", "Nxumalo"), ("Thembi", "Mamba"), ("Bongani", "Simelane")), ("Mbabane", "Manzini"),
           {"shop": ("Sitolo saka Gogo", "sitolo-gogo.example"), "office": ("Lihhovisi laka Dlamini", "hhovisi-dlamini.example"), "ngo": ("Inhlangano Simunye", "simunye.example"), "public": ("Libandla Lendlunkhulu", "libandla.example")}, "+268 76 {0}"),
    "nso": ("Sepedi", (("Mpho", "Mokoena"), ("Tshepo", "Maponya"), ("Lerato", "Ramaphosa"), ("Kgabo", "Sekgota")), ("Polokwane", "Tzaneen"),
            {"shop": ("Lebenkele la Mma Ledile", "mma-ledile.example"), "office": ("Kantoro ya Maponya", "kantoro-maponya.example"), "ngo": ("Mokgatlo wa Thušo", "mokgatlo-thuso.example"), "public": ("Mmasepala wa Polokwane", "mmasepala-polokwane.example")}, "+27 82 {0}"),
    "ts": ("Xitsonga", (("Tsakani", "Baloyi"), ("Hlulani", "Maluleke"), ("Ntsako", "Chauke"), ("Vutomi", "Mathebula")), ("Giyani", "Malamulele"),
           {"shop": ("Vhengele ra Kokwana", "vhengele-kokwana.example"), "office": ("Hofisi ya Maluleke", "hofisi-maluleke.example"), "ngo": ("Nhlangano wa Nkateko", "nkateko.example"), "public": ("Masipala wa Greater Giyani", "masipala-giyani.example")}, "+27 72 {0}"),
    "hil": ("Hiligaynon", (("Marites", "Villanueva"), ("Jun", "Sorongon"), ("Liza", "Gonzaga"), ("Rommel", "Tiongco")), ("Iloilo", "Bacolod"),
            {"shop": ("Tindahan ni Manang Inday", "manang-inday.example"), "office": ("Sorongon Accounting", "sorongon-acct.example"), "ngo": ("Bulig sa Banwa Foundation", "bulig-banwa.example"), "public": ("Munisipyo sang Oton", "munisipyo-oton.example")}, "+63 917 {0}"),
    "rue": ("Rusyn", (("Марія", "Гойдич"), ("Михал", "Ґергель"), ("Анна", "Плішкова"), ("Петро", "Штефанич")), ("Пряшів", "Свидник"),
            {"shop": ("Склеп у Марты", "sklep-marta.example"), "office": ("Бюро Штефанич", "byuro-stefanic.example"), "ngo": ("Русиньска Оброда", "obroda.example"), "public": ("Обецный урад Медзилаборцї", "medzilaborce-urad.example")}, "+421 90{0}"),
    "ba": ("Bashkir", (("Гөлнара", "Сәғитова"), ("Айрат", "Ғәлиев"), ("Ләйсән", "Хәкимова"), ("Азат", "Йосопов")), ("Өфө", "Стәрлетамаҡ"),
           {"shop": ("«Урал» магазины", "ural-magazin.example"), "office": ("«Ағиҙел» офисы", "agidel-office.example"), "ngo": ("«Ярҙам» ойошмаһы", "yardam-oyoshma.example"), "public": ("Ҡала хакимиәте", "kala-hakimiate.example")}, "+7 917 {0}"),
    "cv": ("Chuvash", (("Нарспи", "Иванова"), ("Уйăп", "Петров"), ("Илемпи", "Семенова"), ("Элнер", "Николаев")), ("Шупашкар", "Çĕнĕ Шупашкар"),
           {"shop": ("«Атăл» лавкки", "atal-lavkka.example"), "office": ("«Хыпар» офисĕ", "hypar-office.example"), "ngo": ("«Пулăшу» пĕрлĕхĕ", "pulashu.example"), "public": ("Хула администрацийĕ", "hula-admin.example")}, "+7 927 {0}"),
    "sah": ("Yakut", (("Сардаана", "Егорова"), ("Айаал", "Николаев"), ("Туйаара", "Саввинова"), ("Эрчим", "Попов")), ("Дьокуускай", "Нерюнгри"),
            {"shop": ("«Алгыс» маҕаһыын", "algys-magazin.example"), "office": ("«Кэскил» офиһа", "keskil-office.example"), "ngo": ("«Көмө» холбоһук", "komo-holbohuk.example"), "public": ("Куорат дьаһалтата", "kuorat-dyahalta.example")}, "+7 914 {0}"),
}

# (language, name, kind, sender, shell, subject, core). One copy each.
TEMPLATES = (
    # Upper Sorbian
    ("hsb", "shop-not-offered", RJ, "shop", "pm", "Twoje požadanje",
     "Luba {first},\n\nwutrobny dźak za Twoje požadanje wo městno předawarki w našej pjekarni. Bohužel njemóžemy Ći tute městno poskićić. Přejemy Ći wjele zboža."),
    ("hsb", "office-filled", RJ, "office", "hl", "Městno w redakciji",
     "Česćeny knježe/Česćena knjeni {surname},\n\nwjeselimy so, zo maće zajim za naše wudawaćelstwo. Městno w redakciji je pak hižo wobsadźene.\n\nZ přećelnym postrowom"),
    ("hsb", "ngo-other-chosen", RJ, "ngo", "sms", "Towarstwo",
     "Halo {first}, tu je {hm} wot towarstwa. Smy so za druhu kandidatku rozsudźili. Dźakuju so za Twój čas!"),
    ("hsb", "public-received-if", AR, "public", "hl", "Wobkrućenje: Waše požadanje {ref}",
     "Česćeny knježe/Česćena knjeni {surname},\n\nWaše požadanje smy dóstali. Jeli budźeće do wuzwolenja přiwzaći, zdźělimy Wam to hač do {next}. Hewak so njewozjewimy."),
    ("hsb", "office-invite", IV, "office", "pm", "Přeprošenje na rozmołwu",
     "Luba {first},\n\nprošu přińdź {next} w 10 hodź. k nam na rozmołwu. Rozmołwa traje něhdźe połdra hodźiny."),
    ("hsb", "shop-soldout", NJ, "shop", "sms", "Zastupne karty",
     "{first}, bohužel su zastupne karty za koncert hižo wupředate. Mamy jenož hišće lisćinu čakanja."),
    # Kashubian
    ("csb", "shop-not-chosen", RJ, "shop", "pm", "Robòta w sklepie",
     "Witôj {first},\n\ndzãkùjemë za Twòje zgłoszenié. Żlë jesmë Cë nie wëbrelë do ti robòtë. Żëczimë Cë wszëtczégò dobrégò."),
    ("csb", "office-filled", RJ, "office", "hl", "Zgłoszenié na sztél",
     "Szanowny Panie/Szanowno Pani {surname},\n\nsztél w naszim biurze je ju zajãti. Dzãkùjemë za zajinteresowanié.\n\nZ pòwôżanim"),
    ("csb", "ngo-other-chosen", RJ, "ngo", "wa", "Zrzeszenié",
     "{first}, më wëbrelë jinszégò kandidata do projektu. Bëło nama baro miło z Tobą gadac."),
    ("csb", "public-received-if", AR, "public", "hl", "Zgłoszenié numer {ref}",
     "Szanowny Panie/Szanowno Pani {surname},\n\ndostelë jesmë Wastowé zgłoszenié. Czej bãdzece wëbróny, damë Wama wiedzec do {next}."),
    ("csb", "office-invite", IV, "office", "pm", "Rozmòwa",
     "Witôj {first},\n\nzôprôszómë Cë na rozmòwã {next} ò 10 gòdzënie w naszim biurze w {city}."),
    ("csb", "shop-soldout", NJ, "shop", "sms", "Biletë",
     "{first}, wszëtczé biletë na kòncert są ju sprzedóné. Przeprôszómë."),
    # Silesian
    ("szl", "shop-other-chosen", RJ, "shop", "pm", "Robota w szperze",
     "Pyrsk {first},\n\ndziynkujymy za zgłoszyni. Niystety wybrali my inkszego kandydata. Życzymy Ci szczyńścio."),
    ("szl", "office-filled", RJ, "office", "hl", "Stanowisko w biurze",
     "Szanowny Panie/Szanowno Pani {surname},\n\nstanowisko, ô kere żeście sie starali, je już obsadzōne.\n\nZ pozdrowiyniym"),
    ("szl", "public-not-further", RJ, "public", "hl", "Zgłoszyni nr {ref}",
     "Szanowny Panie/Szanowno Pani {surname},\n\nniy bydymy dalij prowadzić Waszego zgłoszynio na to stanowisko. Dziynkujymy za czas."),
    ("szl", "ngo-received-if", AR, "ngo", "pm", "Dostali my zgłoszyni",
     "Pyrsk {first},\n\ndostali my Twoje zgłoszyni. Jak bydziesz wybrany, dōmy Ci znać do {next}."),
    ("szl", "office-invite", IV, "office", "sms", "Rozmowa",
     "{first}, zapraszōmy na rozmowa we {next} ô 10 w biurze. Dej znać, jak pasuje."),
    ("szl", "shop-soldout", NJ, "shop", "wa", "Festyn",
     "Wszyjske bilety na festyn sōm już wyprzedane, {first}. Zbastujymy Ci jedyn na przodek."),
    # Manx
    ("gv", "shop-not-chosen", RJ, "shop", "pm", "Yn obbyr ayns y shapp",
     "Moghrey mie {first},\n\ngura mie ayd son dty screeuyn. Ta mee sorch dy ghra nagh vel shin er dty reih son yn obbyr shoh."),
    ("gv", "office-filled", RJ, "office", "hl", "Yn ynnyd ayns yn oik",
     "{first},\n\nta'n ynnyd ayns yn oik lhieent nish. Gura mie ayd son dty interest."),
    ("gv", "ngo-other-chosen", RJ, "ngo", "sms", "Caarjyn Vannin",
     "{first}, ta shin er reih fer elley son yn ynnyd. Gura mie ayd!"),
    ("gv", "public-received-if", AR, "public", "hl", "Dty screeuyn {ref}",
     "{first},\n\nta shin er n'gheddyn dty screeuyn. My vees shin laccal dty akin, nee mayd screeu hood roish {next}."),
    ("gv", "office-invite", IV, "office", "pm", "Y co-loayrtys",
     "{first},\n\nbare lhien dty akin ec yn oik {next}, jeih er y chlag."),
    ("gv", "shop-soldout", NJ, "shop", "wa", "Ticketyn",
     "Ta dagh ticket son y chooish-chiaull creckit, {first}. Ta mee sorch."),
    # Cornish
    ("kw", "shop-not-chosen", RJ, "shop", "pm", "An soodh y'n gwerthji",
     "Dydh da {first},\n\nmeur ras rag agas lyther. Drog yw genen leverel na wrussyn ni agas dewis rag an soodh ma."),
    ("kw", "office-filled", RJ, "office", "hl", "Soodh y'n sodhva",
     "{first},\n\nan soodh re beu lenwys. Meur ras rag agas les."),
    ("kw", "ngo-other-chosen", RJ, "ngo", "sms", "Kowethas",
     "{first}, ni a dhewisas nebonan aral rag an ober. Meur ras!"),
    ("kw", "public-received-if", AR, "public", "hl", "Agas pysadow {ref}",
     "{first},\n\nni re dhegemmas agas pysadow. Mar pydh dewisys, ni a wra skrifa dhywgh kyns {next}."),
    ("kw", "office-invite", IV, "office", "pm", "Kescows",
     "Dydh da {first},\n\nni a'gas gelow dhe gescows y'n sodhva {next}, dhe deg eur."),
    ("kw", "shop-soldout", NJ, "shop", "wa", "Tokynyow",
     "Pub tokyn rag an gool re beu gwerthys, {first}. Drog yw genen."),
    # Chamorro
    ("ch", "shop-not-chosen", RJ, "shop", "pm", "I aplikasion-mu",
     "Håfa adai {first},\n\nsi Yu'os ma'åse' put i aplikasion-mu. Lao ti ma ayek hao para i cho'cho' gi tenda."),
    ("ch", "office-filled", RJ, "office", "hl", "I posision gi ofisina",
     "Håfa adai {first},\n\nesta ma nå'i otro taotao i posision gi ofisinå-ña. Si Yu'os ma'åse' put i interes-mu."),
    ("ch", "ngo-not-further", RJ, "ngo", "sms", "Inetnon",
     "{first}, ti siña in kontinua i aplikasion-mu. Si Yu'os ma'åse' yan suette!"),
    ("ch", "public-received-if", AR, "public", "hl", "Aplikasion {ref}",
     "Håfa adai {first},\n\nma risibi i aplikasion-mu. Bai in kontakta hao åntes di {next} yanggen ma ayek hao."),
    ("ch", "office-invite", IV, "office", "pm", "Interview",
     "Håfa adai {first},\n\nmalago' ham ni para in kuentos yan hågu gi {next}, alas dies gi egga'an, gi ofisinå-ña."),
    ("ch", "shop-soldout", NJ, "shop", "wa", "Tiket",
     "{first}, munhåyan ma bende todu i tiket para i fiesta. Dispensa."),
    # Kirundi
    ("rn", "shop-not-chosen", RJ, "shop", "pm", "Ubusabe bw'akazi",
     "Mwaramutse {first},\n\nturagushimiye ku busabe bwawe. Tubabajwe no kukumenyesha ko utatowe kuri ako kazi."),
    ("rn", "office-filled", RJ, "office", "hl", "Umwanya mu biro",
     "{first},\n\numwanya wasavye waramaze kuronka uwuwujamwo. Turagushimiye."),
    ("rn", "ngo-other-chosen", RJ, "ngo", "sms", "Ishirahamwe",
     "{first}, twahisemwo uwundi mukandida. Imana iguhezagire!"),
    ("rn", "public-received-if", AR, "public", "hl", "Ubusabe {ref}",
     "{first},\n\ntwakiriye ubusabe bwawe. Nimba utowe, tuzokumenyesha imbere ya {next}."),
    ("rn", "office-invite", IV, "office", "pm", "Ikiganiro",
     "Mwaramutse {first},\n\nturagutumiye mu kiganiro ku wa {next}, isaha ya yine, mu biro vyacu."),
    ("rn", "shop-soldout", NJ, "shop", "wa", "Amatike",
     "{first}, amatike y'igitaramo yose yaraguzwe. Tubabarire."),
    # Luganda
    ("lg", "shop-not-chosen", RJ, "shop", "pm", "Omulimu mu dduuka",
     "Gyebale {first},\n\nwebale kusaba omulimu. Tusonyiwa, tetukulonze ku mulimu guno."),
    ("lg", "office-filled", RJ, "office", "hl", "Ekifo mu ofiisi",
     "{first},\n\nekifo kye wasaba kyajjuziddwa dda. Webale nnyo."),
    ("lg", "ngo-other-chosen", RJ, "ngo", "sms", "Ekibiina",
     "{first}, twalonze omuntu omulala ku kifo. Webale kwagala kukola naffe!"),
    ("lg", "public-received-if", AR, "public", "hl", "Okusaba {ref}",
     "{first},\n\nokusaba kwo tukufunye. Bw'onolondebwa, tujja kukutegeeza nga {next} tannatuuka."),
    ("lg", "office-invite", IV, "office", "pm", "Okubuuzibwa",
     "Gyebale {first},\n\ntukuyita okujja ku kubuuzibwa ku {next} essaawa nnya ez'okumakya."),
    ("lg", "shop-soldout", NJ, "shop", "wa", "Tikiti",
     "{first}, tikiti zonna ez'ekivvulu ziweddeko. Tusonyiwa."),
    # Aymara
    ("ay", "shop-not-chosen", RJ, "shop", "pm", "Irnaqawi",
     "Kamisaki {first},\n\nyuspagara mayiwimata. Janiw jumax ajllitäktati aka irnaqawitakixa."),
    ("ay", "office-given", RJ, "office", "hl", "Oficina irnaqawi",
     "{first},\n\nuka irnaqawix yaqha jaqiruw churatäxi. Yuspagara."),
    ("ay", "ngo-other-chosen", RJ, "ngo", "sms", "Fundación",
     "{first}, yaqha jaqiruw ajllipxta. Yuspagara!"),
    ("ay", "public-received-if", AR, "public", "hl", "Mayiwi {ref}",
     "{first},\n\nmayiwimax katuqatawa. Ajllitäta ukhax {next} uruñkamaw yatiyapxäma."),
    ("ay", "office-invite", IV, "office", "pm", "Aruskipawi",
     "Kamisaki {first},\n\njawsapxsmawa {next} uru aruskipañataki, tunka horasanakana."),
    ("ay", "shop-soldout", NJ, "shop", "wa", "Tiketanaka",
     "{first}, taki tiketanakax taqpach aljatawa. Pampachapxita."),
    # Nahuatl
    ("nah", "shop-not-chosen", RJ, "shop", "pm", "Tequitl",
     "Niltze {first},\n\ntlazohcamati ipampa motlatitlanil. Amo otimitzpepenque para inin tequitl."),
    ("nah", "office-given", RJ, "office", "hl", "Tequitl ipan oficina",
     "{first},\n\ninin tequitl ye oquipiya occe tlacatl. Tlazohcamati."),
    ("nah", "ngo-other-chosen", RJ, "ngo", "sms", "Sentiopa",
     "{first}, otiquinpepenque occe tlacatl. Tlazohcamati!"),
    ("nah", "public-received-if", AR, "public", "hl", "Motlatitlanil {ref}",
     "{first},\n\notiquiselique motlatitlanil. Intla timitzpepenazque, timitznotzazque achto {next}."),
    ("nah", "office-invite", IV, "office", "pm", "Tlahtoliztli",
     "Niltze {first},\n\ntimitznotzah ma tihualaz ipan {next} ic matlactli tlapohualli."),
    ("nah", "shop-soldout", NJ, "shop", "wa", "Boletos",
     "{first}, ye omonamacac nochi boletos para ilhuitl."),
    # Gascon
    ("gsc", "shop-not-kept", RJ, "shop", "pm", "Vòsta candidatura",
     "Adishatz {first},\n\nmercés entà la vòsta candidatura. Que'vs hèm a saber que la vòsta candidatura n'ei pas estada retienguda."),
    ("gsc", "office-filled", RJ, "office", "hl", "Lo lòc au burèu",
     "{first},\n\nlo lòc qu'ei dejà ocupat. Mercés entà l'interès."),
    ("gsc", "ngo-other-chosen", RJ, "ngo", "sms", "Associacion",
     "{first}, qu'avem causit un aute candidat. Mercés e bona escadença!"),
    ("gsc", "public-received-if", AR, "public", "hl", "Candidatura {ref}",
     "{first},\n\nqu'avem recebut la vòsta candidatura. Se siatz causit, que'vs contactaram abans lo {next}."),
    ("gsc", "office-invite", IV, "office", "pm", "Entretien",
     "Adishatz {first},\n\nque'vs convidam a un entretien lo {next} a 10 oras."),
    ("gsc", "shop-soldout", NJ, "shop", "wa", "Plaças",
     "{first}, totas las plaças entau concèrt que son venudas."),
    # Lombard
    ("lmo", "shop-other-chosen", RJ, "shop", "pm", "La toa domanda",
     "Ciao {first},\n\nte ringraziom per la domanda. Purtropp gh'emm sceglüü un'altra persona."),
    ("lmo", "office-filled", RJ, "office", "hl", "El post in ufizzi",
     "{first},\n\nel post l'è giamò ciapaa. Grazie de l'interess."),
    ("lmo", "ngo-not-further", RJ, "ngo", "sms", "Associazion",
     "{first}, la toa domanda la va minga inanz. Grazie e in bocca al luv!"),
    ("lmo", "public-received-if", AR, "public", "hl", "Domanda {ref}",
     "{first},\n\nemm ricevüü la toa domanda. Se te vegnet scernüü, te scrivom prima del {next}."),
    ("lmo", "office-invite", IV, "office", "pm", "Colloqui",
     "Ciao {first},\n\nte spetom per on colloqui el {next} a les des in ufizzi."),
    ("lmo", "shop-soldout", NJ, "shop", "wa", "Bigliett",
     "{first}, i bigliett per la festa hinn tucc vendüü."),
    # Piedmontese
    ("pms", "shop-other-chosen", RJ, "shop", "pm", "Toa candidatura",
     "Cerea {first},\n\ngrassie për la toa candidatura. Për dëspiasì i l'oma sërnù n'àutra përson-a."),
    ("pms", "office-filled", RJ, "office", "hl", "Ël pòst an ufissi",
     "{first},\n\nël pòst a l'é già ocupà. Grassie për l'anteresse."),
    ("pms", "ngo-not-further", RJ, "ngo", "sms", "Associassion",
     "{first}, nòstra associassion a peul nen andé anans con toa candidatura. Grassie!"),
    ("pms", "public-received-if", AR, "public", "hl", "Candidatura {ref}",
     "{first},\n\ni l'oma arseivù toa candidatura. S'it ses sërnù, it ëscrivoma dnans dël {next}."),
    ("pms", "office-invite", IV, "office", "pm", "Colòqui",
     "Cerea {first},\n\nit invitoma a un colòqui ël {next} a des ore."),
    ("pms", "shop-soldout", NJ, "shop", "wa", "Bijet",
     "{first}, ij bijet për la festa a son tuti vendù."),
    # Ligurian
    ("lij", "shop-other-chosen", RJ, "shop", "pm", "A teu domanda",
     "Ciao {first},\n\ngrazie pe-a teu domanda. Pe dispiaxei emmo scelto unn'atra personn-a."),
    ("lij", "office-filled", RJ, "office", "hl", "O pòsto in ofiçio",
     "{first},\n\no pòsto o l'é za occupou. Grazie de l'interesse."),
    ("lij", "ngo-not-further", RJ, "ngo", "sms", "Associaçion",
     "{first}, a teu domanda a no va avanti. Grazie e bonn-a fortunn-a!"),
    ("lij", "public-received-if", AR, "public", "hl", "Domanda {ref}",
     "{first},\n\nemmo riçevuo a teu domanda. Se ti saiæ scelto, te scriviemo primma do {next}."),
    ("lij", "office-invite", IV, "office", "pm", "Colloquio",
     "Ciao {first},\n\nte invitemmo a un colloquio o {next} a-e dex."),
    ("lij", "shop-soldout", NJ, "shop", "wa", "Biggetti",
     "{first}, i biggetti pe-a festa son tutti vendui."),
    # Aromanian
    ("rup", "shop-not-chosen", RJ, "shop", "pm", "Lucrul tu dugheanã",
     "Bunã dzua {first},\n\nvã haristusim tr-aplicatsia a voastrã. Nu vã aleapsim tr-aestu lucru."),
    ("rup", "office-given", RJ, "office", "hl", "Lucrul tu biro",
     "{first},\n\nlucrul fu dat a unui altu. Vã haristusim."),
    ("rup", "ngo-other-chosen", RJ, "ngo", "sms", "Sutsata",
     "{first}, alepsim unã altã persoanã. Haristo!"),
    ("rup", "public-received-if", AR, "public", "hl", "Aplicatsia {ref}",
     "{first},\n\nloai aplicatsia a voastrã. Ma s-hiți aleși, vã dzãtsem ninti di {next}."),
    ("rup", "office-invite", IV, "office", "pm", "Zburãri",
     "Bunã dzua {first},\n\nvã cãlisim la unã zburãri tu {next}, la dzatse."),
    ("rup", "shop-soldout", NJ, "shop", "wa", "Biletili",
     "{first}, tuti biletili tr-aestu concert furã vindute."),
    # Picard
    ("pcd", "shop-not-kept", RJ, "shop", "pm", "Vo candidature",
     "Bojour {first},\n\nmerchi pour vo candidature. Malheureus'mint, os n'avons point r'tenu vo candidature."),
    ("pcd", "office-filled", RJ, "office", "hl", "El plache au bureu",
     "{first},\n\nel plache al est déjà prinse. Merchi bin."),
    ("pcd", "ngo-other-chosen", RJ, "ngo", "sms", "Association",
     "{first}, os avons quoési ène eute personne. Merchi et boin corage!"),
    ("pcd", "public-received-if", AR, "public", "hl", "Candidature {ref}",
     "{first},\n\nos avons r'chu vo candidature. Si os étes quoési, os vos écrirons édvant el {next}."),
    ("pcd", "office-invite", IV, "office", "pm", "Intervue",
     "Bojour {first},\n\nos vos invitons à ène intervue el {next} à dix heures."),
    ("pcd", "shop-soldout", NJ, "shop", "wa", "Bilets",
     "{first}, tous les bilets pour el ducasse is sont vindus."),
    # Alsatian
    ("gsw", "shop-other-chosen", RJ, "shop", "pm", "Ehri Bewerbung",
     "Salü {first},\n\nmerci fer Ehri Bewerbung. Mir hàn uns fer e àndri Person entschiede."),
    ("gsw", "office-filled", RJ, "office", "hl", "D'Stell im Büro",
     "{first},\n\nd'Stell isch schun b'setzt. Merci fer's Interesse."),
    ("gsw", "ngo-not-further", RJ, "ngo", "sms", "Verein",
     "{first}, mir kenne Ejch nit nämme fer d'Stell. Àlles Güeti!"),
    ("gsw", "public-received-if", AR, "public", "hl", "Bewerbung {ref}",
     "{first},\n\nmir hàn Ehri Bewerbung bekumme. Wenn Ihr üsgwählt sin, melde mir uns vor em {next}."),
    ("gsw", "office-invite", IV, "office", "pm", "G'spräch",
     "Salü {first},\n\nmir lade Ejch zu me G'spräch am {next} um zehn ìn."),
    ("gsw", "shop-soldout", NJ, "shop", "wa", "Kàrte",
     "{first}, àlli Kàrte fer's Theater sin üsverkauft."),
    # Bavarian
    ("bar", "shop-other-chosen", RJ, "shop", "pm", "Dei Bewerbung",
     "Servus {first},\n\nvergelt's God fia dei Bewerbung. Mia ham uns fia an andan entschiedn."),
    ("bar", "office-filled", RJ, "office", "hl", "De Stöi in da Kanzlei",
     "{first},\n\nde Stöi is scho vergebn. Dank da schee."),
    ("bar", "ngo-not-further", RJ, "ngo", "sms", "Verein",
     "{first}, mia kenna di ned nehma fia de Stöi. Pfiat di!"),
    ("bar", "public-received-if", AR, "public", "hl", "Bewerbung {ref}",
     "{first},\n\ndei Bewerbung is bei uns ãkemma. Wenn's passt, mäidn ma uns bis zum {next}."),
    ("bar", "office-invite", IV, "office", "pm", "Gspräch",
     "Servus {first},\n\nkimmst am {next} um zehne zu am Gspräch vorbei?"),
    ("bar", "shop-soldout", NJ, "shop", "wa", "Kartn",
     "{first}, de Kartn fürs Volksfest san ausverkauft."),
    # Swabian
    ("swg", "shop-other-chosen", RJ, "shop", "pm", "Dei Bewerbong",
     "Grüß Gott {first},\n\nmerci fir dei Bewerbong. Mir hen ons fir en andre entschieda."),
    ("swg", "office-gone", RJ, "office", "hl", "D'Stell im Büro",
     "{first},\n\nd'Stell isch scho weg. Merci fir's Intresse."),
    ("swg", "ngo-not-further", RJ, "ngo", "sms", "Verein",
     "{first}, des wird nix mit dr Stell bei ons. Adele!"),
    ("swg", "public-received-if", AR, "public", "hl", "Bewerbong {ref}",
     "{first},\n\ndei Bewerbong isch aakomma. Wenn's was wird, meldet mir ons bis zom {next}."),
    ("swg", "office-invite", IV, "office", "pm", "Gschpräch",
     "Grüß Gott {first},\n\nkosch am {next} om zehne zom Gschpräch komma?"),
    ("swg", "shop-soldout", NJ, "shop", "wa", "Karta",
     "{first}, d'Karta fir's Konzert send scho ausverkauft."),
    # Plautdietsch
    ("pdt", "shop-other-chosen", RJ, "shop", "pm", "Dien Schriew",
     "Goondach {first},\n\ndankscheen fa dien Schriew. Wie habe eenem aundren jewält."),
    ("pdt", "office-filled", RJ, "office", "hl", "Dee Stal em Buroo",
     "{first},\n\ndee Stal es aul besat. Dankscheen."),
    ("pdt", "ngo-not-offered", RJ, "ngo", "sms", "Helpa",
     "{first}, wie kjenne die dee Oabeit nich jäwe. Dankscheen!"),
    ("pdt", "public-received-if", AR, "public", "hl", "Aunfroag {ref}",
     "{first},\n\nwie habe dien Aunfroag jekrajen. Wan wie die wäle, mäle wie ons fer'm {next}."),
    ("pdt", "office-invite", IV, "office", "pm", "Jespräakj",
     "Goondach {first},\n\nkjemmst du dän {next} om tieen too'm Jespräakj?"),
    ("pdt", "shop-soldout", NJ, "shop", "wa", "Kjoarte",
     "{first}, aule Kjoarte fa daut Konsäat sent vekofft."),
    # Gagauz
    ("gag", "shop-not-chosen", RJ, "shop", "pm", "Baş vurmanız",
     "Ii gün {first},\n\nbaş vurmanız için çok saa olun. Acıyarak bildireriz, sizi seçmedik."),
    ("gag", "office-filled", RJ, "office", "hl", "Ofisteki iş eri",
     "{first},\n\nbu iş eri artık dolu. Saa olun."),
    ("gag", "ngo-other-chosen", RJ, "ngo", "sms", "Birlik",
     "{first}, başka bir insanı seçtik. Saa ol!"),
    ("gag", "public-received-if", AR, "public", "hl", "Baş vurma {ref}",
     "{first},\n\nbaş vurmanızı aldık. Eer seçilärseniz, {next} kadar sizä haber vereceez."),
    ("gag", "office-invite", IV, "office", "pm", "Konuşma",
     "Ii gün {first},\n\nsizi {next} saat onda konuşmaya çaarêriz."),
    ("gag", "shop-soldout", NJ, "shop", "wa", "Biletlär",
     "{first}, konserä bütün biletlär satıldı."),
    # Crimean Tatar
    ("crh", "shop-not-chosen", RJ, "shop", "pm", "Arizañız",
     "Selâm {first},\n\narizañız içün sağ oluñız. Teessüf ki, siz saylanmadıñız."),
    ("crh", "office-filled", RJ, "office", "hl", "Bürodaki vazife",
     "{first},\n\nbu vazife artıq toldı. Sağ oluñız."),
    ("crh", "ngo-other-chosen", RJ, "ngo", "sms", "Cemiyet",
     "{first}, biz başqa namzetni sayladıq. Sağ ol!"),
    ("crh", "public-received-if", AR, "public", "hl", "Ariza {ref}",
     "{first},\n\narizañıznı aldıq. Eger saylansañız, {next} qadar sizge haber berermiz."),
    ("crh", "office-invite", IV, "office", "pm", "Laqırdı",
     "Selâm {first},\n\nsizni {next} saat onda laqırdığa davet etemiz."),
    ("crh", "shop-soldout", NJ, "shop", "wa", "Biletler",
     "{first}, konsertke bütün biletler satıldı."),
    # siSwati
    ("ss", "shop-not-chosen", RJ, "shop", "pm", "Sicelo sakho",
     "Sawubona {first},\n\nsiyabonga ngesicelo sakho. Siyadzabuka kukwatisa kutsi awukhetfwanga."),
    ("ss", "office-filled", RJ, "office", "hl", "Sikhundla ehhovisi",
     "{first},\n\nlesikhundla sesigcwalisiwe. Siyabonga."),
    ("ss", "ngo-other-chosen", RJ, "ngo", "sms", "Inhlangano",
     "{first}, sikhetse lomunye umuntfu. Siyabonga!"),
    ("ss", "public-received-if", AR, "public", "hl", "Sicelo {ref}",
     "{first},\n\nsisitfolile sicelo sakho. Nangabe ukhetfwa, sitakwatisa ngaphambi kwa {next}."),
    ("ss", "office-invite", IV, "office", "pm", "Kuchumana",
     "Sawubona {first},\n\nsiyakumema kutsi utewuchumana natsi nga {next} ngelihora le 10."),
    ("ss", "shop-soldout", NJ, "shop", "wa", "Emathikithi",
     "{first}, wonkhe emathikithi ekhonsathi atsengisiwe."),
    # Sepedi
    ("nso", "shop-not-chosen", RJ, "shop", "pm", "Kgopelo ya gago",
     "Thobela {first},\n\nre leboga kgopelo ya gago. Re maswabi go go tsebiša gore ga o a kgethwa."),
    ("nso", "office-filled", RJ, "office", "hl", "Maemo ka kantorong",
     "{first},\n\nmaemo a šetše a tladitšwe. Re a leboga."),
    ("nso", "ngo-other-chosen", RJ, "ngo", "sms", "Mokgatlo",
     "{first}, re kgethile motho yo mongwe. Re a leboga!"),
    ("nso", "public-received-if", AR, "public", "hl", "Kgopelo {ref}",
     "{first},\n\nre amogetše kgopelo ya gago. Ge o ka kgethwa, re tla go tsebiša pele ga {next}."),
    ("nso", "office-invite", IV, "office", "pm", "Poledišano",
     "Thobela {first},\n\nre go laletša poledišanong ka {next} ka iri ya 10."),
    ("nso", "shop-soldout", NJ, "shop", "wa", "Dithekete",
     "{first}, dithekete ka moka tša konsarete di rekišitšwe."),
    # Xitsonga
    ("ts", "shop-not-chosen", RJ, "shop", "pm", "Xikombelo xa wena",
     "Avuxeni {first},\n\nhi khensa xikombelo xa wena. Hi tisola ku ku tivisa leswaku a wu hlawuriwanga."),
    ("ts", "office-filled", RJ, "office", "hl", "Xikhundla ehofisini",
     "{first},\n\nxikhundla xi tatiwile. Hi khensile."),
    ("ts", "ngo-other-chosen", RJ, "ngo", "sms", "Nhlangano",
     "{first}, hi hlawule munhu un'wana. Inkomu!"),
    ("ts", "public-received-if", AR, "public", "hl", "Xikombelo {ref}",
     "{first},\n\nhi amukerile xikombelo xa wena. Loko u hlawuriwa, hi ta ku tivisa ku nga si fika {next}."),
    ("ts", "office-invite", IV, "office", "pm", "Mbulavurisano",
     "Avuxeni {first},\n\nhi ku rhamba eka mbulavurisano hi {next} hi awara ya 10."),
    ("ts", "shop-soldout", NJ, "shop", "wa", "Swithekete",
     "{first}, swithekete hinkwaswo swa khonsati swi xavisiwile."),
    # Hiligaynon
    ("hil", "shop-not-chosen", RJ, "shop", "pm", "Imo aplikasyon",
     "Maayong aga {first},\n\nsalamat sa imo aplikasyon. Nagapasensya kami, wala ka napili para sa posisyon."),
    ("hil", "office-filled", RJ, "office", "hl", "Posisyon sa opisina",
     "{first},\n\nang posisyon napun-an na. Salamat sa imo interes."),
    ("hil", "ngo-not-further", RJ, "ngo", "sms", "Foundation",
     "{first}, indi na namon mapadayon ang imo aplikasyon. Salamat kag good luck!"),
    ("hil", "public-received-if", AR, "public", "hl", "Aplikasyon {ref}",
     "{first},\n\nnabaton namon ang imo aplikasyon. Kon mapili ka, kontakon ka namon antes sang {next}."),
    ("hil", "office-invite", IV, "office", "pm", "Interview",
     "Maayong aga {first},\n\nginaagda ka namon sa interview sa {next}, alas diyes sang aga."),
    ("hil", "shop-soldout", NJ, "shop", "wa", "Tiket",
     "{first}, ubos na ang tanan nga tiket para sa konsyerto."),
    # Rusyn
    ("rue", "shop-not-chosen", RJ, "shop", "pm", "Ваша жадость",
     "Добрый день, {first},\n\nдякуєме за ваш інтерес ку роботі. На жаль, мы вас не выбрали."),
    ("rue", "office-filled", RJ, "office", "hl", "Місце в бюрі",
     "{first},\n\nмісце уж обсаджене. Дякуєме."),
    ("rue", "ngo-other-chosen", RJ, "ngo", "sms", "Оброда",
     "{first}, мы выбрали іншого кандідата. Дякуєме!"),
    ("rue", "public-received-if", AR, "public", "hl", "Жадость {ref}",
     "{first},\n\nвашу жадость сьме достали. Кідь вас выбереме, даме вам знати до {next}."),
    ("rue", "office-invite", IV, "office", "pm", "Бесіда",
     "Добрый день, {first},\n\nзапрошуєме вас на бесіду {next} о десятій."),
    ("rue", "shop-soldout", NJ, "shop", "wa", "Білеты",
     "{first}, вшыткы білеты на концерт суть предаты."),
    # Bashkir
    ("ba", "shop-not-chosen", RJ, "shop", "pm", "Ғаризағыҙ",
     "Хәйерле көн, {first},\n\nғаризағыҙ өсөн рәхмәт. Үкенескә ҡаршы, һеҙ һайланманығыҙ."),
    ("ba", "office-filled", RJ, "office", "hl", "Офистағы урын",
     "{first},\n\nбыл урын инде тулы. Рәхмәт."),
    ("ba", "ngo-other-chosen", RJ, "ngo", "sms", "Ойошма",
     "{first}, беҙ башҡа кешене һайланыҡ. Рәхмәт!"),
    ("ba", "public-received-if", AR, "public", "hl", "Ғариза {ref}",
     "{first},\n\nғаризағыҙҙы алдыҡ. Әгәр һайланһағыҙ, {next} тиклем хәбәр итербеҙ."),
    ("ba", "office-invite", IV, "office", "pm", "Әңгәмә",
     "Хәйерле көн, {first},\n\nһеҙҙе {next} сәғәт унда әңгәмәгә саҡырабыҙ."),
    ("ba", "shop-soldout", NJ, "shop", "wa", "Билеттар",
     "{first}, концертҡа бөтә билеттар һатылды."),
    # Chuvash
    ("cv", "shop-not-chosen", RJ, "shop", "pm", "Заявлени",
     "Ырă кун, {first},\n\nзаявленишĕн тав. Шел пулин те, эсир суйланман."),
    ("cv", "office-filled", RJ, "office", "hl", "Офисри вырăн",
     "{first},\n\nку вырăн йышăннă ĕнтĕ. Тав."),
    ("cv", "ngo-other-chosen", RJ, "ngo", "sms", "Пĕрлĕх",
     "{first}, эпир урăх çынна суйларăмăр. Тав!"),
    ("cv", "public-received-if", AR, "public", "hl", "Заявлени {ref}",
     "{first},\n\nсирĕн заявленине илтĕмĕр. Суйласан, {next} таранччен пĕлтерĕпĕр."),
    ("cv", "office-invite", IV, "office", "pm", "Калаçу",
     "Ырă кун, {first},\n\nсире {next} вунă сехетре калаçăва чĕнетпĕр."),
    ("cv", "shop-soldout", NJ, "shop", "wa", "Билетсем",
     "{first}, концерта пур билетсем те сутăннă."),
    # Yakut
    ("sah", "shop-not-chosen", RJ, "shop", "pm", "Сайабылыанньа",
     "Үтүө күнүнэн, {first},\n\nсайабылыанньаҕыт иһин махтанабыт. Хомойуох иһин, эһигини талбатыбыт."),
    ("sah", "office-filled", RJ, "office", "hl", "Офиска миэстэ",
     "{first},\n\nбу миэстэ билигин толору. Махтанабыт."),
    ("sah", "ngo-other-chosen", RJ, "ngo", "sms", "Холбоһук",
     "{first}, атын киһини талбыппыт. Махтал!"),
    ("sah", "public-received-if", AR, "public", "hl", "Сайабылыанньа {ref}",
     "{first},\n\nсайабылыанньаҕытын ыллыбыт. Талыллыбыт буоллаххытына, {next} диэри биллэриэхпит."),
    ("sah", "office-invite", IV, "office", "pm", "Кэпсэтии",
     "Үтүө күнүнэн, {first},\n\nэһигини {next} уон чааска кэпсэтиигэ ыҥырабыт."),
    ("sah", "shop-soldout", NJ, "shop", "wa", "Билиэттэр",
     "{first}, концерка билиэттэр бары атыыламмыттар."),
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
            return (subject, f"{core}\n\n{c['hm']}\n{org}, {c['city']}\n{c['phone']}", person)
        if code == "hl":  # an HTML mail from the outfit's system
            paras = "".join(f"<p>{line}</p>" for line in core.split("\n") if line.strip())
            return (subject, f'<html><body><div style="max-width:580px;margin:0 auto;font:15px sans-serif">{paras}<p>{c["hm_full"]}<br>{org} · {c["city"]}</p><p style="font-size:11px;color:#888">https://{dom}</p></div></body></html>',
                    f"{org} <info@{dom}>")
        if code == "sms":  # a text mirrored into the mailbox
            return (f"SMS from {c['phone']}",
                    f"{core}\n\n--\nSMS2Mail · {c['phone']} · {c['stamp']}\n(an automatic copy of a text; answer on the phone)", "SMS2Mail <relay@sms2mail.example>")
        if code == "wa":  # a WhatsApp chat exported to oneself
            t = c["sent"]
            lines = [f"{t - timedelta(hours=rng.randrange(5, 40)):%d/%m/%Y, %H:%M} - {full}: {rng.choice(('👍', '?', ':)', '🙏'))}"]
            lines += [f"{t + timedelta(minutes=n):%d/%m/%Y, %H:%M} - {c['hm_full']}: {part}" for n, part in enumerate(p for p in core.split("\n") if p.strip())]
            return (f"WhatsApp chat with {c['hm_full']}", "\n".join(lines) + "\n\n<attached: chat export, media omitted>", me)
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
    return finish(maker.records, maker.rng, "w39")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and language (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("language / label", maker.langs)), f"languages {len(LANGS)}")


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
