"""Twenty-seventh pass, part N (issue 11): the usual refusal formulas of thirty regional and
minority languages new to the project (written-43's languages), read by
rejectwatch.model.languages_eurasia (Europe's regional varieties and their diasporas, Baltic,
Finnic, Sámi, Permic, Mordvinic, Karakalpak, Greenlandic) and
rejectwatch.model.languages_austronesian (Waray, Central Bikol, Kapampangan, Minangkabau,
Balinese, Banjar, Tahitian). Each refusal (the reader not chosen, the post filled, someone else
chosen, the application going no further) gives a decision token; its twins (a receipt with the
language's "if you are chosen", an invitation, a seat or a ticket taken, the reader chosen) give
none. The sentences are written for these tests, in other trades than the batch's."""

from __future__ import annotations

import pytest

from readings import decision

REFUSALS = [
    # Emilian, Arpitan
    "Purtròp an v avän brisa sêlt par la cusèina.",
    "Al pòst ed cuog l é bèle stè ciapè.",
    "Avän zà ciapè n'êtra ragazôla par al bar.",
    "Vos éte pas étâ retegnu por lo travaly a la fromageria.",
    "La placa de vachiér est ja prêsa.",
    "Nos ens engagiê un ôtro garçon por l'arpa.",
    "Voutra candidatura vat pas ples luen.",
    # Leonese, Extremaduran, Valencian
    "Nun fuisti seleicionáu pal trabayu nel bar.",
    "El puestu de cocineru yá ta ocupáu.",
    "Escoyimos outru candidatu pa la escuela.",
    "Lo sintemus, nu hue escogía pa la faena.",
    "El puestu de pastor ya está ocupau.",
    "Emus contratau a otru zagal pa la finca.",
    "No seguirem amb la teua candidatura per al taller.",
    "El lloc de cambrer ja està ocupat.",
    "Hem triat una altra xica per a la cuina.",
    # Cajun French, Sardinian
    "La job à la marina est déjà remplie.",
    "On a pas pu vous engager pour la position au magasin.",
    "No ses istada seletzionada pro su traballu in su bar.",
    "Su traballu in sa cuchina est giai dadu.",
    "Amus pigadu un'àteru giòvanu pro su tzilleri.",
    # Zeelandic, Pennsylvania Dutch, Hunsrik
    "Spieterig, bin je nie aangenomen vò 't werk op de boerderieje.",
    "De vacature in de winkel is al bezet.",
    "Mir hen eich net gnumme fer die Schtell im Gaarde.",
    "Die Schtell im Millichhaus is schunn vergewwe.",
    "Mir hen en annerer Mann gnumme fer die Arewet.",
    "Ihr seit net ausgesucht wor fer ti Stell in ter Schul.",
    "Ti Arwet in ter Ferma is schon vergep.",
    "Mir hon e annri Fraa aankestellt fer ti Kich.",
    # Kajkavian, Burgenland Croatian
    "Žal, niste bili prijeti za delo v pekarni.",
    "Mesto kuhara je vre zasedeno.",
    "Zebrali smo drugu kandidatkinju za vrtić.",
    "Mjesto u školi je već popunjeno.",
    # Latgalian, Samogitian
    "Jūs nabejot izavielāti dorbam skolā.",
    "Vīta kafejneicā jau ir aizpiļdeita.",
    "Mes pījēmem cytu cylvāku dorbā.",
    "Tu nabovai priimta darbou mokīklo.",
    "Vėita kavėnie jau ožpėldīta.",
    "Mes paėmiem kėta žmuogo.",
    # Võro, Karelian, Meänkieli, Northern Sámi
    "Kahjos ei olõ tii tüüle valit.",
    "Tüükotus kohvikun om joba võet.",
    "Mi võtimi tõõsõ inemise tüüle.",
    "Teidy ei valittu ruadoh školah.",
    "Ruadosija on jo annettu.",
    "Myö otimmo toizen ruadajan.",
    "Työ ette tullu valituksi.",
    "Paikka oon jo annettu toiselle.",
    "Met olema ottanheet toisen hakijan.",
    "Ehpet leat válljejuvvon dán virgái.",
    "Virgi lea juo deavdojuvvon.",
    "Mii leat válljen eará olbmo.",
    # Karakalpak, Udmurt, Komi, Erzya
    "Siz jumısqa qabıllanbadıńız.",
    "Lawazım áldeqashan iyelendi.",
    "Basqa adamdı qabılladıq.",
    "Тӥледыз ӧм бырйе.",
    "Ужан инты тыремын ни.",
    "Мукет нылэз басьтӥм.",
    "Тіянӧс эгӧ бӧрйӧй.",
    "Уджалан ін нин босьтӧма.",
    "Босьтім мӧд уджалысьӧс.",
    "Эзинек кочка тенк.",
    "Важодема таркас уш пешксезь.",
    "Кочкинек лия тейтерь.",
    # Greenlandic
    "Ajoraluartumik qinigaanngilasi.",
    "Atorfik inuttalerneqarpoq.",
    "Inuk alla tiguarput.",
    # Waray, Central Bikol, Kapampangan
    "Diri ka natanggap ha trabaho ha ospital.",
    "An posisyon ha eskwelahan puno na.",
    "Iba nga tawo an amon gintanggap.",
    "Dai ka natanggap sa trabaho sa ospital.",
    "An posisyon sa restawran may napili na.",
    "An posisyon ha hotel may nakakuha na.",
    "Iba an samong tinanggap.",
    "E ka metanggap king obra king ospital.",
    "Ati na kaming tinanggap para king posisyun.",
    "Aliwa ya ing tinanggap mi.",
    # Minangkabau, Balinese, Banjar, Tahitian
    "Sanak indak ditarimo karajo di rumah makan.",
    "Posisi tu lah diisi.",
    "Kami mamiliah urang nan lain.",
    "Ragane nenten katerima makarya ring hotel.",
    "Genah makarya punika sampun kaisi.",
    "Tiang milih krama sane lianan.",
    "Pian kada ditarima bagawi di toko.",
    "Posisi itu sudah ada urang nang ngisi.",
    "Kami mamilih urang nang lain.",
    "Aita outou i fāri'ihia nō te 'ohipa i te fare ma'i.",
    "Ua ī te tōro'a.",
    "Ua mā'iti mātou i te tahi atu vahine.",
]

TWINS = [
    # receipts with the language's "if you are chosen" (and its "if" before someone else)
    "S'at vén sêlt, at al dgän.",
    "Se vos éte chouèsi, vos lo derens.",
    "Se yes escoyida, avisámoste.",
    "Si ses seberadu, ti lu namus.",
    "As je gekozen wor, laete we 't je weten.",
    "Wann mir dich wehle, losse mer dich's wisse.",
    "Če budete zebrani, javimo vam.",
    "Ja byusit izavielāti, pasaceisim.",
    "Ku sa saat valit, anami teedä.",
    "Jus don válljejuvvot, mii dieđihit.",
    "Eger tańlansańız, xabarlaymız.",
    "Kun mapili ka, igsusumat namon ha imo.",
    "Nung mapili ka, ipabalu mi keka.",
    "Kok Sanak tapiliah, kami kaba-an.",
    "Yening ragane kapilih, pacang kaortinin.",
    "Amun pian tapilih, kami habari.",
    "Qinigaaguit ilisimatinneqassaatit.",
    # invitations and the reader chosen
    "Amus seberadu a tie pro su traballu!",
    "Mii leat válljen du, boađe mánnodaga.",
    "Ragane kapilih! Rauh ring kantor.",
    "Ua mā'itihia 'oe, haere mai.",
    "Тонэ бырйим, лыктэ.",
    "Mir hen dich gewehlt, kumm am Mundaag.",
    # seats, tickets, events
    "Su logu in su cuntzertu est giai ocupadu.",
    "Vīta autobusā jau ir aizjimta.",
    "Kotus bussin om joba täüs.",
    "El puestu del mercáu ya está ocupau pal conciertu.",
    "An posisyon ha konsyerto puno na.",
    "Posisi parkir lah diisi.",
    "La place au fais-dodo est déjà prise.",
    "Mjesto u autobusu je već zauzeto.",
    "Mjesto na tečaju je već popunjeno.",
    "Ben je niet gekozen voor het elftal?",
    # receipts and invitations in these languages
    "Lamaran pian sudah kami tarima.",
    "Qinnutit tigusimavarput.",
    "Kutsu sinno jutulõ kell kümme.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_varieties_refusals_give_a_decision(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_varieties_twins_give_no_decision(text: str) -> None:
    assert not decision(text), text
