# ruff: noqa: E501, S311
"""Write data/blind/written-21.jsonl: training mail, ninth batch (languages ahead of the slices).

Eighteenth pass, part C. Each sealed blind slice brought about a dozen languages no earlier one
had used, and the model filed almost none of those (slice 16: 10 of its 13 new languages
missed). This batch writes, ahead of the slices, twenty languages that no slice, no written
batch (bar one Serbian and one Slovenian letter in written-20) and no reading had used:
Serbian (Latin and Cyrillic), Macedonian, Slovenian, Latvian, Albanian, Azerbaijani, Uzbek,
Kazakh, Mongolian, Georgian, Armenian, Galician, Urdu, Bengali, Tamil, Telugu, Marathi, Nepali, Gujarati
and Punjabi
(rejectwatch.model.world_languages reads their decisions). In each language:

* rejections in four shapes: the reader not selected, someone else chosen, the post filled,
  the application not continued (each twice, with another reader, organisation and role);
* hard negatives in the same words: a confirmation whose conditional or silence rule holds the
  refusal's own words ("if you are not selected …", "if you hear nothing by …, take it that …"),
  an interview invitation, an offer, and a refusal of a loan, a flat or a credit application
  (no job).

Label rule: ``rejection`` only when the message tells the reader their application for a job
will not go on.

    python data/blind/make_written21.py           # writes the file (seed 210211)
    python data/blind/make_written21.py --langs   # make-up by label/kind and label/language
    python data/blind/make_written21.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

SEED = 210211
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import run, sealed  # noqa: E402

OUT = HERE / "written-21.jsonl"
SEALED = sealed(17)  # never opened, skipped by name (an earlier first, as when written)
PROVENANCE = "written for rejectwatch issue 11 eighteenth pass as training mail, ninth batch, languages ahead of the slices (make_written21.py)"
PREFIX = "blindw21"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Each language: zone, readers (first name as greeted, full name), organisations (name, domain),
# roles, greeting, closing, signers, and its messages: (template, kind, subject, body). A body
# holds {first}, {org} and {role}; "R" kinds are rejections.
LANGS: dict[str, dict] = {
    "sr-Latn": {
        "zone": "+0100", "readers": (("Milane", "Milan Jovanović"), ("Jelena", "Jelena Petrović"), ("Nikola", "Nikola Ilić")),
        "orgs": (("Dunav Softver", "dunavsoft.example"), ("Kalemegdan Logistika", "kalemegdan-log.example")),
        "roles": ("programer", "knjigovođa", "menadžer prodaje"), "greet": "Poštovani {first},", "close": "Srdačan pozdrav,",
        "signers": ("Ana Marković, HR", "Tim za ljudske resurse"),
        "msgs": (
            ("izbor", "rejection", "Vaša prijava – {role}", "Hvala vam na interesovanju za poziciju {role} u kompaniji {org}.\n\nNažalost, ovoga puta niste izabrani za dalji krug selekcije. Vaš CV ćemo zadržati u bazi."),
            ("drugi", "rejection", "Odluka o selekciji", "Hvala na vremenu koje ste izdvojili za razgovor prošle nedelje.\n\nPosle detaljne analize odlučili smo se za drugog kandidata čije iskustvo više odgovara potrebama tima. Želimo vam mnogo uspeha."),
            ("popunjena", "rejection", "Pozicija {role}", "Obaveštavamo vas da je pozicija {role} u međuvremenu popunjena.\n\nZahvaljujemo na prijavi i pozivamo vas da pratite naše buduće oglase."),
            ("nastavak", "rejection", "Status prijave", "Hvala vam što ste se prijavili na naš konkurs.\n\nNažalost, odlučili smo da ne nastavimo proces sa vašom prijavom."),
            ("potvrda", "application_received", "Potvrda prijave", "Primili smo vašu prijavu za poziciju {role}.\n\nAko niste izabrani u prvom krugu, vaša prijava ostaje u našoj bazi još godinu dana."),
            ("tisina", "application_received", "Primljena prijava", "Hvala na prijavi za poziciju {role}.\n\nAko vam se ne javimo do kraja meseca, smatrajte da niste ušli u uži izbor."),
            ("poziv", "interview", "Poziv na razgovor", "Drago nam je da vas obavestimo da ste prošli prvi krug.\n\nPozivamo vas na razgovor u sredu u 10 časova u našoj kancelariji."),
            ("ponuda", "offer", "Ponuda za posao", "Sa zadovoljstvom vam javljamo da smo odlučili da vam ponudimo posao {role}.\n\nU prilogu je predlog ugovora."),
            ("kredit", "non_job_rejection_words", "Zahtev za kredit", "Poštovani,\n\nnažalost, vaš zahtev za kredit nije odobren. Odlučili smo da ne nastavimo obradu zahteva."),
        ),
    },
    "sr-Cyrl": {
        "zone": "+0100", "readers": (("Марко", "Марко Николић"), ("Ивана", "Ивана Стојановић"), ("Стефане", "Стефан Лазић")),
        "orgs": (("Морава Инжењеринг", "morava-inz.example"), ("Ужице Медиа", "uzicemedia.example")),
        "roles": ("инжењер", "новинар", "администратор"), "greet": "Поштовани {first},", "close": "Срдачан поздрав,",
        "signers": ("Служба за људске ресурсе", "Драгана Ђорђевић"),
        "msgs": (
            ("izbor", "rejection", "Ваша пријава", "Захваљујемо се на интересовању за позицију {role} у компанији {org}.\n\nНажалост, нисте изабрани за наредни круг селекције."),
            ("drugi", "rejection", "Одлука о избору", "Хвала вам на разговору.\n\nНакон разговора са свим кандидатима, изабрали смо другог кандидата за ово радно место."),
            ("popunjena", "rejection", "Позиција {role}", "Обавештавамо вас да је позиција {role} већ попуњена.\n\nХвала на пријави."),
            ("potvrda", "application_received", "Потврда пријаве", "Примили смо вашу пријаву.\n\nАко нисте изабрани за интервју, ваша пријава остаје у нашој бази."),
            ("poziv", "interview", "Позив на разговор", "Позивамо вас на разговор у четвртак у 11 часова.\n\nМолимо вас да потврдите термин."),
            ("ponuda", "offer", "Понуда", "Драго нам је што можемо да вам понудимо посао {role}.\n\nУговор ћемо вам послати сутра."),
            ("kredit", "non_job_rejection_words", "Захтев за стамбени кредит", "Поштовани,\n\nваш захтев за стамбени кредит је одбијен. Нажалост, не можемо вам понудити зајам."),
        ),
    },
    "mk": {
        "zone": "+0100", "readers": (("Ана", "Ана Стојановска"), ("Горан", "Горан Трајковски")),
        "orgs": (("Вардар Дигитал", "vardar-digital.example"), ("Охрид Туризам", "ohrid-tour.example")),
        "roles": ("сметководител", "рецепционер"), "greet": "Почитувана/и {first},", "close": "Со почит,",
        "signers": ("Одделение за човечки ресурси", "Марија Петровска"),
        "msgs": (
            ("izbor", "rejection", "Вашата апликација", "Ви благодариме за интересот за позицијата {role} во {org}.\n\nЗа жал, не сте избрани за следниот круг."),
            ("drugi", "rejection", "Одлука", "Ви благодариме за интервјуто.\n\nПо интервјуата, избравме друг кандидат чие искуство подобро одговара на барањата."),
            ("popunjena", "rejection", "Позицијата {role}", "Ве известуваме дека позицијата {role} е веќе пополнета.\n\nВи благодариме за интересот."),
            ("potvrda", "application_received", "Потврда", "Ја примивме вашата апликација.\n\nДоколку не сте избрани за интервју, ќе ве известиме по е-пошта."),
            ("poziv", "interview", "Покана за интервју", "Ве покануваме на интервју во вторник во 10 часот.\n\nВе молиме потврдете."),
            ("ponuda", "offer", "Понуда за работа", "Со задоволство сакаме да ви понудиме работа како {role}.\n\nДоговорот е во прилог."),
            ("kredit", "non_job_rejection_words", "Барање за кредит", "Почитувани,\n\nвашето барање за кредит е одбиено. Не можеме да ви понудиме заем."),
        ),
    },
    "sl": {
        "zone": "+0100", "readers": (("Maja", "Maja Kovač"), ("Luka", "Luka Horvat")),
        "orgs": (("Triglav Podatki", "triglav-data.example"), ("Soča Gostinstvo", "soca-gost.example")),
        "roles": ("razvijalec", "natakar", "računovodja"), "greet": "Spoštovani {first},", "close": "Lep pozdrav,",
        "signers": ("Kadrovska služba", "Nina Zupan"),
        "msgs": (
            ("izbor", "rejection", "Vaša prijava", "Zahvaljujemo se vam za prijavo na delovno mesto {role}.\n\nŽal vas obveščamo, da niste bili izbrani za nadaljnji postopek."),
            ("drugi", "rejection", "Odločitev o izbiri", "Hvala za vaš čas na razgovoru.\n\nPo razgovorih smo se odločili za drugega kandidata, ki ima več izkušenj."),
            ("zasedeno", "rejection", "Delovno mesto {role}", "Obveščamo vas, da je delovno mesto {role} že zasedeno.\n\nHvala za vaše zanimanje."),
            ("uspesna", "rejection", "Izid izbora", "Hvala za prijavo pri {org}.\n\nVaša prijava žal ni bila uspešna."),
            ("potrditev", "application_received", "Potrditev prijave", "Prejeli smo vašo prijavo.\n\nČe se vam do konca meseca ne oglasimo, to pomeni, da niste bili izbrani."),
            ("vabilo", "interview", "Vabilo na razgovor", "Vabimo vas na razgovor v četrtek ob devetih.\n\nProsimo, potrdite termin."),
            ("ponudba", "offer", "Ponudba za zaposlitev", "Z veseljem vam ponujamo delovno mesto {role}.\n\nPogodba je v prilogi."),
            ("najem", "non_job_rejection_words", "Najem stanovanja", "Spoštovani,\n\nvaša prijava za najem stanovanja žal ni bila uspešna."),
        ),
    },
    "lv": {
        "zone": "+0200", "readers": (("Anna", "Anna Bērziņa"), ("Jānis", "Jānis Kalniņš")),
        "orgs": (("Daugava Tech", "daugava-tech.example"), ("Rīgas Maiznīca", "rigas-maiznica.example")),
        "roles": ("programmētājs", "grāmatvede", "pārdevējs"), "greet": "Labdien, {first}!", "close": "Ar cieņu,",
        "signers": ("Personāla daļa", "Līga Ozola"),
        "msgs": (
            ("izvele", "rejection", "Jūsu pieteikums", "Paldies par jūsu pieteikumu amatam {role}.\n\nDiemžēl jūs netikāt izvēlēts nākamajai atlases kārtai."),
            ("cits", "rejection", "Atlases rezultāti", "Paldies, ka piedalījāties intervijā.\n\nPēc interviju kārtas esam izvēlējušies citu kandidātu, kura pieredze vairāk atbilst komandas vajadzībām."),
            ("aizpildita", "rejection", "Vakance {role}", "Informējam, ka vakance {role} jau ir aizpildīta.\n\nPaldies par interesi."),
            ("turpinat", "rejection", "Atbilde uz pieteikumu", "Paldies par interesi strādāt {org}.\n\nDiemžēl esam nolēmuši neturpināt darbu ar jūsu pieteikumu."),
            ("apstiprinajums", "application_received", "Pieteikums saņemts", "Esam saņēmuši jūsu pieteikumu.\n\nJa līdz mēneša beigām nesaņemsiet ziņu, tas nozīmē, ka jūs netikāt izvēlēts."),
            ("intervija", "interview", "Uzaicinājums uz interviju", "Aicinām jūs uz darba interviju ceturtdien desmitos.\n\nLūdzu, apstipriniet laiku."),
            ("piedavajums", "offer", "Darba piedāvājums", "Ar prieku vēlamies piedāvāt jums amatu {role}.\n\nLīgums pielikumā."),
            ("kredits", "non_job_rejection_words", "Kredīta pieteikums", "Labdien!\n\nDiemžēl jūsu kredīta pieteikums tika noraidīts."),
        ),
    },
    "sq": {
        "zone": "+0100", "readers": (("Arta", "Arta Hoxha"), ("Besnik", "Besnik Krasniqi")),
        "orgs": (("Drini Solutions", "drini-sol.example"), ("Vlora Hotels", "vlorahotels.example")),
        "roles": ("zhvillues softueri", "recepsionist", "kontabilist"), "greet": "I/E nderuar {first},", "close": "Me respekt,",
        "signers": ("Departamenti i Burimeve Njerëzore", "Elira Shehu"),
        "msgs": (
            ("perzgjedhur", "rejection", "Aplikimi juaj", "Ju falënderojmë për interesin tuaj për pozicionin {role}.\n\nFatkeqësisht, nuk jeni përzgjedhur për fazën e radhës."),
            ("tjeter", "rejection", "Vendimi", "Faleminderit për kohën tuaj në intervistë.\n\nPas intervistave, kemi zgjedhur një kandidat tjetër me më shumë përvojë."),
            ("plotesuar", "rejection", "Pozicioni {role}", "Ju njoftojmë se pozicioni {role} është plotësuar tashmë.\n\nFaleminderit për aplikimin."),
            ("vazhdojme", "rejection", "Përgjigje për aplikimin", "Faleminderit që aplikuat në {org}.\n\nKemi vendosur të mos vazhdojmë me aplikimin tuaj."),
            ("konfirmim", "application_received", "Konfirmim", "E morëm aplikimin tuaj.\n\nNëse nuk jeni përzgjedhur për intervistë, do t'ju njoftojmë me email."),
            ("ftese", "interview", "Ftesë për intervistë", "Ju ftojmë në një intervistë të enjten në orën 10:00.\n\nJu lutemi konfirmoni."),
            ("oferte", "offer", "Ofertë pune", "Jemi të lumtur t'ju ofrojmë pozicionin {role}.\n\nKontrata është bashkëngjitur."),
            ("kredi", "non_job_rejection_words", "Aplikimi për kredi", "I nderuar klient,\n\nfatkeqësisht, aplikimi juaj për kredi është refuzuar."),
        ),
    },
    "az": {
        "zone": "+0400", "readers": (("Leyla", "Leyla Məmmədova"), ("Rəşad", "Rəşad Əliyev")),
        "orgs": (("Xəzər Rəqəmsal", "xezer-digital.example"), ("Gəncə Logistika", "gence-log.example")),
        "roles": ("proqramçı", "mühasib", "satış meneceri"), "greet": "Hörmətli {first},", "close": "Hörmətlə,",
        "signers": ("İnsan Resursları şöbəsi", "Aygün Quliyeva"),
        "msgs": (
            ("secilmedi", "rejection", "Müraciətiniz", "{role} vakansiyasına müraciətiniz üçün təşəkkür edirik.\n\nTəəssüf ki, müraciətiniz növbəti mərhələ üçün seçilmədi."),
            ("basqa", "rejection", "Seçim nəticəsi", "Müsahibəyə gəldiyiniz üçün təşəkkür edirik.\n\nMüsahibələrdən sonra başqa namizədi seçdik."),
            ("doldurulub", "rejection", "{role} vakansiyası", "Sizə bildiririk ki, {role} vakansiyası artıq doldurulub.\n\nMaraq göstərdiyiniz üçün sağ olun."),
            ("davam", "rejection", "Müraciət haqqında", "{org} şirkətinə müraciət etdiyiniz üçün təşəkkür edirik.\n\nNamizədliyinizlə davam etdirməmək qərarına gəldik."),
            ("tesdiq", "application_received", "Müraciət qəbul edildi", "Müraciətinizi aldıq.\n\nİki həftə ərzində cavab almasanız, müraciətiniz seçilmədi hesab edin."),
            ("devet", "interview", "Müsahibəyə dəvət", "Sizi növbəti həftə müsahibəyə dəvət edirik.\n\nZəhmət olmasa vaxtı təsdiqləyin."),
            ("teklif", "offer", "İş təklifi", "Sizə {role} vəzifəsini təklif etməkdən məmnunuq.\n\nMüqavilə əlavədədir."),
            ("kredit", "non_job_rejection_words", "Kredit müraciəti", "Hörmətli müştəri,\n\ntəəssüf ki, kredit müraciətiniz rədd edildi."),
        ),
    },
    "uz": {
        "zone": "+0500", "readers": (("Dilnoza", "Dilnoza Karimova"), ("Jasur", "Jasur Toshmatov")),
        "orgs": (("Samarqand Soft", "samarqand-soft.example"), ("Buxoro Savdo", "buxoro-savdo.example")),
        "roles": ("dasturchi", "buxgalter", "sotuvchi"), "greet": "Hurmatli {first},", "close": "Hurmat bilan,",
        "signers": ("Kadrlar bo'limi", "Nodira Rahimova"),
        "msgs": (
            ("tanlanmadi", "rejection", "Arizangiz", "{role} lavozimiga ariza topshirganingiz uchun rahmat.\n\nAfsuski, siz keyingi bosqichga tanlanmadingiz."),
            ("boshqa", "rejection", "Tanlov natijasi", "Suhbatga kelganingiz uchun rahmat.\n\nSuhbatlardan so'ng boshqa nomzodni tanladik."),
            ("toldirildi", "rejection", "{role} lavozimi", "Sizga ma'lum qilamizki, {role} lavozimi allaqachon to'ldirildi.\n\nQiziqishingiz uchun rahmat."),
            ("davom", "rejection", "Ariza haqida", "{org} kompaniyasiga ariza berganingiz uchun rahmat.\n\nAfsuski, nomzodingiz bo'yicha davom ettira olmaymiz."),
            ("tasdiq", "application_received", "Ariza qabul qilindi", "Arizangizni oldik.\n\nAgar ikki hafta ichida javob olmasangiz, nomzodingiz tanlanmadi deb hisoblang."),
            ("taklif", "interview", "Suhbatga taklif", "Sizni ertaga suhbatga taklif qilamiz.\n\nIltimos, vaqtni tasdiqlang."),
            ("ish", "offer", "Ish taklifi", "Sizga {role} lavozimini taklif qilamiz.\n\nShartnoma ilova qilingan."),
            ("kredit", "non_job_rejection_words", "Kredit arizasi", "Hurmatli mijoz,\n\nafsuski, kredit arizangiz rad etildi."),
        ),
    },
    "kk": {
        "zone": "+0500", "readers": (("Айгерім", "Айгерім Сейітова"), ("Ерлан", "Ерлан Жұмабаев")),
        "orgs": (("Алатау Цифрлық", "alatau-digital.example"), ("Есіл Құрылыс", "esil-qurylys.example")),
        "roles": ("бағдарламашы", "есепші"), "greet": "Құрметті {first},", "close": "Құрметпен,",
        "signers": ("Кадрлар бөлімі", "Гүлнар Омарова"),
        "msgs": (
            ("otpedi", "rejection", "Өтінішіңіз", "{role} лауазымына өтініш бергеніңіз үшін рахмет.\n\nӨкінішке қарай, сіз келесі кезеңге өтпедіңіз."),
            ("baska", "rejection", "Іріктеу нәтижесі", "Сұхбатқа келгеніңіз үшін рахмет.\n\nСұхбаттардан кейін басқа үміткерді таңдадық."),
            ("toltyryldy", "rejection", "{role} бос орны", "{role} бос орны толтырылды.\n\nҚызығушылығыңыз үшін рахмет."),
            ("kabyldanbady", "rejection", "Өтініш туралы", "{org} компаниясына өтініш бергеніңіз үшін рахмет.\n\nӨкінішке қарай, өтінішіңіз қабылданбады."),
            ("rastau", "application_received", "Өтініш қабылданды", "Өтінішіңізді алдық.\n\nЕгер екі апта ішінде жауап болмаса, өтінішіңіз қабылданбады деп есептеңіз."),
            ("shakyru", "interview", "Сұхбатқа шақыру", "Сізді сейсенбі күні сұхбатқа шақырамыз.\n\nУақытты растауыңызды сұраймыз."),
            ("usynys", "offer", "Жұмыс ұсынысы", "Сізге {role} лауазымын ұсынамыз.\n\nКелісімшарт тіркелген."),
            ("nesie", "non_job_rejection_words", "Несие туралы өтініш", "Құрметті клиент,\n\nөкінішке қарай, несие туралы өтінішіңіз қабылданбады."),
        ),
    },
    "mn": {
        "zone": "+0800", "readers": (("Сарнай", "Сарнай Батбаяр"), ("Тэмүүлэн", "Тэмүүлэн Ганбаатар")),
        "orgs": (("Хангай Технологи", "khangai-tech.example"), ("Туул Логистик", "tuul-log.example")),
        "roles": ("программист", "нягтлан бодогч"), "greet": "Эрхэм {first} танаа,", "close": "Хүндэтгэсэн,",
        "signers": ("Хүний нөөцийн алба", "Оюунчимэг Дорж"),
        "msgs": (
            ("songogdoogui", "rejection", "Таны өргөдөл", "{role} албан тушаалд өргөдөл гаргасанд баярлалаа.\n\nХарамсалтай нь, та дараагийн шатанд сонгогдоогүй."),
            ("oor", "rejection", "Сонгон шалгаруулалтын дүн", "Ярилцлагад оролцсонд баярлалаа.\n\nЯрилцлагын дараа бид өөр нэр дэвшигчийг сонгосон."),
            ("nohogdson", "rejection", "{role} ажлын байр", "{role} ажлын байр аль хэдийн нөхөгдсөн.\n\nСонирхол тавьсанд баярлалаа."),
            ("tentseegui", "rejection", "Өргөдлийн тухай", "{org}-д өргөдөл гаргасанд баярлалаа.\n\nХарамсалтай нь таны өргөдөл тэнцээгүй."),
            ("batalgaa", "application_received", "Өргөдөл хүлээн авлаа", "Таны өргөдлийг хүлээн авлаа.\n\nХэрэв хоёр долоо хоногт хариу ирэхгүй бол та сонгогдоогүй гэж үзнэ үү."),
            ("urilga", "interview", "Ярилцлагын урилга", "Таныг пүрэв гарагт ярилцлагад урьж байна.\n\nЦагаа баталгаажуулна уу."),
            ("sanal", "offer", "Ажлын санал", "Танд {role} албан тушаалд ажлын санал тавьж байна.\n\nГэрээг хавсаргав."),
            ("zeel", "non_job_rejection_words", "Зээлийн өргөдөл", "Эрхэм харилцагч аа,\n\nХарамсалтай нь таны зээлийн өргөдөл тэнцээгүй."),
        ),
    },
    "ka": {
        "zone": "+0400", "readers": (("ნინო", "ნინო ბერიძე"), ("გიორგი", "გიორგი კაპანაძე")),
        "orgs": (("თბილისი ტექ", "tbilisi-tech.example"), ("ბათუმი ჰოსპიტალითი", "batumi-hosp.example")),
        "roles": ("პროგრამისტი", "ბუღალტერი"), "greet": "ძვირფასო {first},", "close": "პატივისცემით,",
        "signers": ("ადამიანური რესურსების დეპარტამენტი", "თამარ ლომიძე"),
        "msgs": (
            ("sheircha", "rejection", "თქვენი განაცხადი", "გმადლობთ {role} პოზიციაზე განაცხადისთვის.\n\nსამწუხაროდ, თქვენი კანდიდატურა არ შეირჩა შემდეგი ეტაპისთვის."),
            ("skhva", "rejection", "შერჩევის შედეგი", "გმადლობთ გასაუბრებისთვის.\n\nგასაუბრებების შემდეგ შევარჩიეთ სხვა კანდიდატი."),
            ("shevsebulia", "rejection", "ვაკანსია {role}", "გაცნობებთ, რომ {role} ვაკანსია უკვე შევსებულია.\n\nგმადლობთ ინტერესისთვის."),
            ("gagrdzeleba", "rejection", "განაცხადის შესახებ", "გმადლობთ, რომ დაინტერესდით {org}-ით.\n\nგადავწყვიტეთ, რომ არ გავაგრძელოთ თქვენი განაცხადის განხილვა."),
            ("dadastureba", "application_received", "განაცხადი მიღებულია", "თქვენი განაცხადი მივიღეთ.\n\nთუ თქვენი კანდიდატურა არ შეირჩა, შეგატყობინებთ ელფოსტით."),
            ("mowveva", "interview", "მოწვევა გასაუბრებაზე", "გიწვევთ გასაუბრებაზე ხუთშაბათს, 11 საათზე.\n\nგთხოვთ, დაადასტუროთ."),
            ("shetavazeba", "offer", "სამუშაო შეთავაზება", "მოხარულნი ვართ, გთავაზობთ {role} პოზიციას.\n\nხელშეკრულება თანდართულია."),
            ("sesxi", "non_job_rejection_words", "სესხის განაცხადი", "ძვირფასო მომხმარებელო,\n\nსამწუხაროდ, თქვენი სესხის განაცხადი არ დაკმაყოფილდა."),
        ),
    },
    "hy": {
        "zone": "+0400", "readers": (("Անի", "Անի Սարգսյան"), ("Արամ", "Արամ Հակոբյան")),
        "orgs": (("Արարատ Տեխ", "ararat-tech.example"), ("Սևան Հյուրանոց", "sevan-hotel.example")),
        "roles": ("ծրագրավորող", "հաշվապահ"), "greet": "Հարգելի {first},", "close": "Հարգանքով՝",
        "signers": ("Մարդկային ռեսուրսների բաժին", "Լուսինե Պետրոսյան"),
        "msgs": (
            ("yntrvel", "rejection", "Ձեր դիմումը", "Շնորհակալություն {role} պաշտոնի համար դիմելու համար։\n\nՑավոք, Ձեր թեկնածությունը չի ընտրվել հաջորդ փուլի համար։"),
            ("ayl", "rejection", "Ընտրության արդյունքը", "Շնորհակալություն հարցազրույցի համար։\n\nՀարցազրույցներից հետո մենք ընտրել ենք այլ թեկնածուի։"),
            ("hamalrvac", "rejection", "{role} պաշտոնը", "Տեղեկացնում ենք, որ {role} պաշտոնն արդեն համալրված է։\n\nՇնորհակալություն հետաքրքրության համար։"),
            ("sharunakel", "rejection", "Դիմումի վերաբերյալ", "Շնորհակալություն {org}-ին դիմելու համար։\n\nՑավոք, որոշել ենք չշարունակել Ձեր դիմումի քննարկումը։"),
            ("hastatum", "application_received", "Դիմումը ստացվել է", "Ստացել ենք Ձեր դիմումը։\n\nԵթե Ձեր թեկնածությունը չի ընտրվել, մենք կտեղեկացնենք Ձեզ էլ. փոստով։"),
            ("hraver", "interview", "Հրավեր հարցազրույցի", "Հրավիրում ենք Ձեզ հարցազրույցի հինգշաբթի օրը։\n\nԽնդրում ենք հաստատել։"),
            ("arajark", "offer", "Աշխատանքի առաջարկ", "Ուրախ ենք Ձեզ առաջարկել {role} պաշտոնը։\n\nՊայմանագիրը կցված է։"),
            ("vark", "non_job_rejection_words", "Վարկի դիմում", "Հարգելի հաճախորդ,\n\nՑավոք, Ձեր վարկի դիմումը մերժվել է։"),
        ),
    },
    "gl": {
        "zone": "+0100", "readers": (("Uxía", "Uxía Castro"), ("Brais", "Brais Otero")),
        "orgs": (("Ribeira Dixital", "ribeira-dixital.example"), ("Conservas Atlántico", "conservas-atlantico.example")),
        "roles": ("programador/a", "administrativo/a", "dependente"), "greet": "Ola {first},", "close": "Un saúdo,",
        "signers": ("Equipo de Persoas", "Noa Fernández"),
        "msgs": (
            ("seleccionada", "rejection", "A túa candidatura", "Grazas polo teu interese no posto de {role}.\n\nLamentablemente, non fuches seleccionada para a seguinte fase."),
            ("outra", "rejection", "Resultado do proceso", "Grazas polo tempo que dedicaches á entrevista.\n\nDespois das entrevistas, decidimos continuar con outra persoa para o posto."),
            ("cuberto", "rejection", "Posto de {role}", "Informámoste de que o posto de {role} xa está cuberto.\n\nGrazas pola túa candidatura."),
            ("continuar", "rejection", "Proceso de selección", "Grazas por presentar a túa candidatura a {org}.\n\nDecidimos non continuar co teu proceso de selección."),
            ("confirmacion", "application_received", "Candidatura recibida", "Recibimos a túa candidatura.\n\nSe non fuches seleccionada nesta fase, avisarémoste por correo."),
            ("entrevista", "interview", "Convite a entrevista", "Convidámoste a unha entrevista o xoves ás 10:00.\n\nConfirma se che vai ben."),
            ("oferta", "offer", "Oferta de traballo", "Temos o pracer de ofrecerche o posto de {role}.\n\nO contrato vai anexo."),
            ("prestamo", "non_job_rejection_words", "Solicitude de préstamo", "Ola,\n\nlamentablemente, a túa solicitude de préstamo non foi aprobada e decidimos non continuar co expediente."),
        ),
    },
    "ur": {
        "zone": "+0500", "readers": (("عائشہ", "عائشہ خان"), ("علی", "علی رضا")),
        "orgs": (("Indus Software", "indus-soft.example"), ("Ravi Textiles", "ravi-textiles.example")),
        "roles": ("سافٹ ویئر انجینئر", "اکاؤنٹنٹ"), "greet": "محترم {first}،", "close": "نیک تمناؤں کے ساتھ،",
        "signers": ("شعبہ انسانی وسائل", "سارہ احمد"),
        "msgs": (
            ("intikhab", "rejection", "آپ کی درخواست", "{org} میں {role} کی آسامی کے لیے درخواست دینے کا شکریہ۔\n\nافسوس کے ساتھ آپ کو مطلع کیا جاتا ہے کہ اس مرحلے پر آپ کا انتخاب نہیں ہوا۔"),
            ("aur", "rejection", "انتخاب کا نتیجہ", "انٹرویو میں شرکت کا شکریہ۔\n\nانٹرویو کے بعد ہم نے کسی اور امیدوار کا انتخاب کیا ہے۔"),
            ("pur", "rejection", "{role} کی آسامی", "آپ کو مطلع کیا جاتا ہے کہ {role} کی آسامی پُر ہو چکی ہے۔\n\nدلچسپی کا شکریہ۔"),
            ("karrawai", "rejection", "درخواست کے بارے میں", "آپ کی دلچسپی کا شکریہ۔\n\nافسوس کہ ہم آپ کی درخواست پر مزید کارروائی نہیں کر سکتے۔"),
            ("tasdeeq", "application_received", "درخواست موصول ہوئی", "ہمیں آپ کی درخواست موصول ہو گئی ہے۔\n\nاگر آپ کا انتخاب نہیں ہوا تو بھی ہم آپ کو ای میل کے ذریعے مطلع کریں گے۔"),
            ("interview", "interview", "انٹرویو کی دعوت", "ہم آپ کو جمعرات کو انٹرویو کے لیے مدعو کرتے ہیں۔\n\nبراہ کرم وقت کی تصدیق کریں۔"),
            ("peshkash", "offer", "ملازمت کی پیشکش", "ہم آپ کو {role} کے عہدے کی پیشکش کرتے ہیں۔\n\nمعاہدہ منسلک ہے۔"),
            ("qarz", "non_job_rejection_words", "قرض کی درخواست", "محترم صارف،\n\nافسوس کہ آپ کی قرض کی درخواست مسترد کر دی گئی ہے۔"),
        ),
    },
    "bn": {
        "zone": "+0600", "readers": (("তানিয়া", "তানিয়া রহমান"), ("রাহুল", "রাহুল দাস")),
        "orgs": (("Padma Digital", "padma-digital.example"), ("Jamuna Garments", "jamuna-garments.example")),
        "roles": ("সফটওয়্যার ইঞ্জিনিয়ার", "হিসাবরক্ষক"), "greet": "প্রিয় {first},", "close": "শুভেচ্ছান্তে,",
        "signers": ("মানবসম্পদ বিভাগ", "নুসরাত জাহান"),
        "msgs": (
            ("nirbachito", "rejection", "আপনার আবেদন", "{role} পদে আবেদন করার জন্য ধন্যবাদ।\n\nদুঃখের সাথে জানাচ্ছি যে এবার আপনাকে নির্বাচিত করা হয়নি।"),
            ("onno", "rejection", "নির্বাচনের ফলাফল", "সাক্ষাৎকারে অংশ নেওয়ার জন্য ধন্যবাদ।\n\nসাক্ষাৎকারের পর আমরা অন্য একজন প্রার্থীকে বেছে নিয়েছি।"),
            ("puron", "rejection", "{role} পদ", "আপনাকে জানাচ্ছি যে {role} পদটি ইতিমধ্যে পূরণ হয়ে গেছে।\n\nআগ্রহের জন্য ধন্যবাদ।"),
            ("prottakhyan", "rejection", "আবেদনের ফলাফল", "{org}-এ আবেদন করার জন্য ধন্যবাদ।\n\nদুঃখিত, আপনার আবেদনটি প্রত্যাখ্যান করা হয়েছে।"),
            ("nishchit", "application_received", "আবেদন গৃহীত", "আমরা আপনার আবেদন পেয়েছি।\n\nদুই সপ্তাহের মধ্যে কোনো উত্তর না পেলে ধরে নেবেন যে আপনাকে নির্বাচিত করা হয়নি।"),
            ("amontron", "interview", "সাক্ষাৎকারের আমন্ত্রণ", "আমরা আপনাকে বৃহস্পতিবার সাক্ষাৎকারে আমন্ত্রণ জানাচ্ছি।\n\nঅনুগ্রহ করে সময় নিশ্চিত করুন।"),
            ("prostab", "offer", "চাকরির প্রস্তাব", "আপনাকে {role} পদের চাকরির প্রস্তাব দিতে পেরে আমরা আনন্দিত।\n\nচুক্তিপত্র সংযুক্ত।"),
            ("rin", "non_job_rejection_words", "ঋণের আবেদন", "প্রিয় গ্রাহক,\n\nদুঃখিত, আপনার ঋণের আবেদন প্রত্যাখ্যান করা হয়েছে।"),
        ),
    },
    "ta": {
        "zone": "+0530", "readers": (("பிரியா", "பிரியா சுப்பிரமணியன்"), ("கார்த்திக்", "கார்த்திக் ராஜா")),
        "orgs": (("Kaveri Systems", "kaveri-sys.example"), ("Madurai Textiles", "madurai-tex.example")),
        "roles": ("மென்பொருள் பொறியாளர்", "கணக்காளர்"), "greet": "அன்புள்ள {first},", "close": "நன்றியுடன்,",
        "signers": ("மனிதவளத் துறை", "லட்சுமி நாராயணன்"),
        "msgs": (
            ("therndhu", "rejection", "உங்கள் விண்ணப்பம்", "{role} பதவிக்கு விண்ணப்பித்ததற்கு நன்றி.\n\nதுரதிர்ஷ்டவசமாக, இந்த முறை நீங்கள் தேர்ந்தெடுக்கப்படவில்லை."),
            ("veru", "rejection", "தேர்வு முடிவு", "நேர்காணலில் கலந்துகொண்டதற்கு நன்றி.\n\nநேர்காணல்களுக்குப் பிறகு வேறு ஒரு விண்ணப்பதாரரைத் தேர்ந்தெடுத்துள்ளோம்."),
            ("nirappa", "rejection", "{role} பணியிடம்", "{role} பணியிடம் ஏற்கனவே நிரப்பப்பட்டுவிட்டது என்பதைத் தெரிவித்துக்கொள்கிறோம்.\n\nஉங்கள் ஆர்வத்திற்கு நன்றி."),
            ("nirakari", "rejection", "விண்ணப்ப முடிவு", "{org} நிறுவனத்தில் விண்ணப்பித்ததற்கு நன்றி.\n\nவருந்துகிறோம், உங்கள் விண்ணப்பம் நிராகரிக்கப்பட்டது."),
            ("uruthi", "application_received", "விண்ணப்பம் பெறப்பட்டது", "உங்கள் விண்ணப்பத்தைப் பெற்றுள்ளோம்.\n\nநீங்கள் தேர்ந்தெடுக்கப்படவில்லை என்றால், மின்னஞ்சல் மூலம் தெரிவிப்போம்."),
            ("azhaippu", "interview", "நேர்காணல் அழைப்பு", "வியாழக்கிழமை நேர்காணலுக்கு அழைக்கிறோம்.\n\nநேரத்தை உறுதிப்படுத்தவும்."),
            ("vaaippu", "offer", "பணி வாய்ப்பு", "உங்களுக்கு {role} பதவி வழங்குவதில் மகிழ்ச்சி அடைகிறோம்.\n\nஒப்பந்தம் இணைக்கப்பட்டுள்ளது."),
            ("kadan", "non_job_rejection_words", "கடன் விண்ணப்பம்", "அன்புள்ள வாடிக்கையாளரே,\n\nவருந்துகிறோம், உங்கள் கடன் விண்ணப்பம் நிராகரிக்கப்பட்டது."),
        ),
    },
    "te": {
        "zone": "+0530", "readers": (("లక్ష్మి", "లక్ష్మి రెడ్డి"), ("సురేష్", "సురేష్ కుమార్")),
        "orgs": (("Godavari Tech", "godavari-tech.example"), ("Krishna Foods", "krishna-foods.example")),
        "roles": ("సాఫ్ట్‌వేర్ ఇంజనీర్", "అకౌంటెంట్"), "greet": "ప్రియమైన {first},", "close": "ధన్యవాదాలతో,",
        "signers": ("మానవ వనరుల విభాగం", "శ్రీదేవి రావు"),
        "msgs": (
            ("empika", "rejection", "మీ దరఖాస్తు", "{role} పదవికి దరఖాస్తు చేసినందుకు ధన్యవాదాలు.\n\nదురదృష్టవశాత్తు, ఈసారి మీరు ఎంపిక కాలేదు."),
            ("maroka", "rejection", "ఎంపిక ఫలితం", "ఇంటర్వ్యూకు హాజరైనందుకు ధన్యవాదాలు.\n\nఇంటర్వ్యూల తర్వాత మరొక అభ్యర్థిని ఎంపిక చేసుకున్నాము."),
            ("bharti", "rejection", "{role} పోస్టు", "{role} పోస్టు ఇప్పటికే భర్తీ చేయబడింది.\n\nమీ ఆసక్తికి ధన్యవాదాలు."),
            ("tiraskarana", "rejection", "దరఖాస్తు ఫలితం", "{org} లో దరఖాస్తు చేసినందుకు ధన్యవాదాలు.\n\nచింతిస్తున్నాము, మీ దరఖాస్తు తిరస్కరించబడింది."),
            ("nirdharana", "application_received", "దరఖాస్తు అందింది", "మీ దరఖాస్తు మాకు అందింది.\n\nరెండు వారాల్లో సమాధానం రాకపోతే, మీరు ఎంపిక కాలేదని భావించండి."),
            ("ahvanam", "interview", "ఇంటర్వ్యూ ఆహ్వానం", "మిమ్మల్ని గురువారం ఇంటర్వ్యూకు ఆహ్వానిస్తున్నాము.\n\nదయచేసి సమయాన్ని నిర్ధారించండి."),
            ("offer", "offer", "ఉద్యోగ ఆఫర్", "మీకు {role} ఉద్యోగం ఆఫర్ ఇస్తున్నాము.\n\nఒప్పంద పత్రం జతచేయబడింది."),
            ("runam", "non_job_rejection_words", "రుణ దరఖాస్తు", "ప్రియమైన ఖాతాదారా,\n\nక్షమించండి, మీ రుణం దరఖాస్తు తిరస్కరించబడింది."),
        ),
    },
    "mr": {
        "zone": "+0530", "readers": (("स्नेहा", "स्नेहा पाटील"), ("अमित", "अमित देशमुख")),
        "orgs": (("Sahyadri Softech", "sahyadri-soft.example"), ("Pune Auto Parts", "pune-auto.example")),
        "roles": ("सॉफ्टवेअर अभियंता", "लेखापाल"), "greet": "प्रिय {first},", "close": "धन्यवाद,",
        "signers": ("मानव संसाधन विभाग", "प्रिया कुलकर्णी"),
        "msgs": (
            ("nivad", "rejection", "आपला अर्ज", "{role} पदासाठी अर्ज केल्याबद्दल धन्यवाद.\n\nदुर्दैवाने, या वेळी आपली निवड झालेली नाही."),
            ("dusrya", "rejection", "निवडीचा निकाल", "मुलाखतीसाठी वेळ दिल्याबद्दल धन्यवाद.\n\nमुलाखतींनंतर आम्ही दुसऱ्या उमेदवाराची निवड केली आहे."),
            ("bharle", "rejection", "{role} पद", "{role} हे पद भरण्यात आले आहे.\n\nआपल्या स्वारस्याबद्दल धन्यवाद."),
            ("nakarla", "rejection", "अर्जाबाबत", "{org} मध्ये अर्ज केल्याबद्दल धन्यवाद.\n\nखेदाने कळवतो की आपला अर्ज नाकारण्यात आला आहे."),
            ("pushti", "application_received", "अर्ज प्राप्त झाला", "आम्हाला आपला अर्ज मिळाला आहे.\n\nजर आपली निवड झाली नाही, तर आम्ही ईमेलद्वारे कळवू."),
            ("mulakhat", "interview", "मुलाखतीचे आमंत्रण", "आम्ही आपल्याला गुरुवारी मुलाखतीसाठी आमंत्रित करत आहोत.\n\nकृपया वेळ निश्चित करा."),
            ("offer", "offer", "नोकरीची ऑफर", "आम्ही आपल्याला {role} पदाची ऑफर देत आहोत.\n\nकरारपत्र सोबत जोडले आहे."),
            ("karj", "non_job_rejection_words", "कर्ज अर्ज", "प्रिय ग्राहक,\n\nखेदाने कळवतो की आपला कर्ज अर्ज नाकारण्यात आला आहे."),
        ),
    },
    "ne": {
        "zone": "+0545", "readers": (("सीता", "सीता श्रेष्ठ"), ("राम", "राम गुरुङ")),
        "orgs": (("Himal Tech", "himal-tech.example"), ("Bagmati Hotels", "bagmati-hotels.example")),
        "roles": ("सफ्टवेयर इन्जिनियर", "लेखापाल"), "greet": "आदरणीय {first},", "close": "धन्यवाद,",
        "signers": ("मानव संसाधन विभाग", "अनिता थापा"),
        "msgs": (
            ("chhanot", "rejection", "तपाईंको आवेदन", "{role} पदका लागि आवेदन दिनुभएकोमा धन्यवाद।\n\nदुःखका साथ जानकारी गराउँछौं कि यस पटक तपाईं छनोट हुनुभएन।"),
            ("arko", "rejection", "छनोटको नतिजा", "अन्तर्वार्तामा सहभागी हुनुभएकोमा धन्यवाद।\n\nअन्तर्वार्तापछि अर्को उम्मेदवार छनोट गरिएको छ।"),
            ("purti", "rejection", "{role} पद", "{role} पद पूर्ति भइसकेको छ।\n\nतपाईंको चासोका लागि धन्यवाद।"),
            ("aswikrit", "rejection", "आवेदनबारे", "{org} मा आवेदन दिनुभएकोमा धन्यवाद।\n\nतपाईंको आवेदन अस्वीकृत भएको छ।"),
            ("pusti", "application_received", "आवेदन प्राप्त भयो", "हामीले तपाईंको आवेदन प्राप्त गरेका छौं।\n\nयदि तपाईं छनोट हुनुभएन भने पनि हामी इमेलमार्फत जानकारी दिनेछौं।"),
            ("antarvarta", "interview", "अन्तर्वार्ताको निम्तो", "हामी तपाईंलाई बिहीबार अन्तर्वार्ताका लागि आमन्त्रण गर्दछौं।\n\nकृपया समय पुष्टि गर्नुहोस्।"),
            ("prastab", "offer", "जागिरको प्रस्ताव", "तपाईंलाई {role} पदको प्रस्ताव गर्न पाउँदा खुसी छौं।\n\nसम्झौता पत्र संलग्न छ।"),
            ("rin", "non_job_rejection_words", "ऋण आवेदन", "आदरणीय ग्राहक,\n\nतपाईंको ऋण आवेदन अस्वीकृत भएको छ।"),
        ),
    },
    "gu": {
        "zone": "+0530", "readers": (("હેતલ", "હેતલ પટેલ"), ("કિરણ", "કિરણ શાહ")),
        "orgs": (("Sabarmati Infotech", "sabarmati-info.example"), ("Surat Diamonds", "surat-diamonds.example")),
        "roles": ("સોફ્ટવેર એન્જિનિયર", "એકાઉન્ટન્ટ"), "greet": "પ્રિય {first},", "close": "આભાર સહ,",
        "signers": ("માનવ સંસાધન વિભાગ", "નિશા દેસાઈ"),
        "msgs": (
            ("pasandgi", "rejection", "તમારી અરજી", "{role} પદ માટે અરજી કરવા બદલ આભાર.\n\nકમનસીબે, આ વખતે તમારી પસંદગી થઈ નથી."),
            ("anya", "rejection", "પસંદગીનું પરિણામ", "ઇન્ટરવ્યુમાં ભાગ લેવા બદલ આભાર.\n\nઇન્ટરવ્યુ પછી અમે અન્ય ઉમેદવારની પસંદગી કરી છે."),
            ("bharai", "rejection", "{role} ની જગ્યા", "તમને જણાવવાનું કે {role} ની જગ્યા ભરાઈ ગઈ છે.\n\nરસ દાખવવા બદલ આભાર."),
            ("namanjur", "rejection", "અરજી વિશે", "{org} માં અરજી કરવા બદલ આભાર.\n\nદિલગીરી સાથે જણાવીએ છીએ કે તમારી અરજી નામંજૂર કરવામાં આવી છે."),
            ("pushti", "application_received", "અરજી મળી", "અમને તમારી અરજી મળી છે.\n\nજો બે અઠવાડિયામાં જવાબ ન મળે, તો સમજવું કે તમારી પસંદગી થઈ નથી."),
            ("amantran", "interview", "ઇન્ટરવ્યુ માટે આમંત્રણ", "અમે તમને ગુરુવારે ઇન્ટરવ્યુ માટે આમંત્રિત કરીએ છીએ.\n\nકૃપા કરીને સમયની પુષ્ટિ કરો."),
            ("offer", "offer", "નોકરીની ઓફર", "તમને {role} પદ માટે નોકરીની ઓફર આપતાં અમને આનંદ થાય છે.\n\nકરારપત્ર સાથે જોડેલ છે."),
            ("loan", "non_job_rejection_words", "લોન અરજી", "પ્રિય ગ્રાહક,\n\nદિલગીરી સાથે જણાવીએ છીએ કે તમારી લોન અરજી નામંજૂર કરવામાં આવી છે."),
        ),
    },
    "pa": {
        "zone": "+0530", "readers": (("ਹਰਪ੍ਰੀਤ", "ਹਰਪ੍ਰੀਤ ਕੌਰ"), ("ਗੁਰਮੀਤ", "ਗੁਰਮੀਤ ਸਿੰਘ")),
        "orgs": (("Satluj Software", "satluj-soft.example"), ("Amritsar Foods", "amritsar-foods.example")),
        "roles": ("ਸਾਫ਼ਟਵੇਅਰ ਇੰਜੀਨੀਅਰ", "ਲੇਖਾਕਾਰ"), "greet": "ਪਿਆਰੇ {first} ਜੀ,", "close": "ਧੰਨਵਾਦ ਸਹਿਤ,",
        "signers": ("ਮਨੁੱਖੀ ਸਰੋਤ ਵਿਭਾਗ", "ਸਿਮਰਨ ਗਿੱਲ"),
        "msgs": (
            ("chon", "rejection", "ਤੁਹਾਡੀ ਅਰਜ਼ੀ", "{role} ਦੀ ਅਸਾਮੀ ਲਈ ਅਰਜ਼ੀ ਦੇਣ ਲਈ ਧੰਨਵਾਦ।\n\nਅਫ਼ਸੋਸ ਨਾਲ ਦੱਸਣਾ ਪੈ ਰਿਹਾ ਹੈ ਕਿ ਇਸ ਵਾਰ ਤੁਹਾਡੀ ਚੋਣ ਨਹੀਂ ਹੋਈ।"),
            ("hor", "rejection", "ਚੋਣ ਦਾ ਨਤੀਜਾ", "ਇੰਟਰਵਿਊ ਵਿੱਚ ਹਿੱਸਾ ਲੈਣ ਲਈ ਧੰਨਵਾਦ।\n\nਇੰਟਰਵਿਊ ਤੋਂ ਬਾਅਦ ਅਸੀਂ ਕਿਸੇ ਹੋਰ ਉਮੀਦਵਾਰ ਦੀ ਚੋਣ ਕੀਤੀ ਹੈ।"),
            ("bhari", "rejection", "{role} ਦੀ ਅਸਾਮੀ", "ਤੁਹਾਨੂੰ ਸੂਚਿਤ ਕੀਤਾ ਜਾਂਦਾ ਹੈ ਕਿ {role} ਦੀ ਅਸਾਮੀ ਭਰੀ ਜਾ ਚੁੱਕੀ ਹੈ।\n\nਦਿਲਚਸਪੀ ਲਈ ਧੰਨਵਾਦ।"),
            ("radd", "rejection", "ਅਰਜ਼ੀ ਬਾਰੇ", "{org} ਵਿੱਚ ਅਰਜ਼ੀ ਦੇਣ ਲਈ ਧੰਨਵਾਦ।\n\nਬਦਕਿਸਮਤੀ ਨਾਲ, ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ।"),
            ("pushti", "application_received", "ਅਰਜ਼ੀ ਪ੍ਰਾਪਤ ਹੋਈ", "ਸਾਨੂੰ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਮਿਲ ਗਈ ਹੈ।\n\nਜੇਕਰ ਤੁਹਾਡੀ ਚੋਣ ਨਹੀਂ ਹੋਈ ਤਾਂ ਵੀ ਅਸੀਂ ਈਮੇਲ ਰਾਹੀਂ ਸੂਚਿਤ ਕਰਾਂਗੇ।"),
            ("sadda", "interview", "ਇੰਟਰਵਿਊ ਲਈ ਸੱਦਾ", "ਅਸੀਂ ਤੁਹਾਨੂੰ ਵੀਰਵਾਰ ਨੂੰ ਇੰਟਰਵਿਊ ਲਈ ਸੱਦਾ ਦਿੰਦੇ ਹਾਂ।\n\nਕਿਰਪਾ ਕਰਕੇ ਸਮੇਂ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ।"),
            ("peshkash", "offer", "ਨੌਕਰੀ ਦੀ ਪੇਸ਼ਕਸ਼", "ਅਸੀਂ ਤੁਹਾਨੂੰ {role} ਦੇ ਅਹੁਦੇ ਲਈ ਨੌਕਰੀ ਦੀ ਪੇਸ਼ਕਸ਼ ਕਰਦੇ ਹਾਂ।\n\nਇਕਰਾਰਨਾਮਾ ਨਾਲ ਨੱਥੀ ਹੈ।"),
            ("karza", "non_job_rejection_words", "ਕਰਜ਼ੇ ਦੀ ਅਰਜ਼ੀ", "ਪਿਆਰੇ ਗਾਹਕ,\n\nਅਫ਼ਸੋਸ ਨਾਲ, ਤੁਹਾਡੀ ਕਰਜ਼ੇ ਦੀ ਅਰਜ਼ੀ ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ।"),
        ),
    },
}


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []

    def date(self, zone: str) -> str:
        """An RFC 5322 Date header (2025-03 to 2026-11, 07:00-19:59 local)."""
        r = self.rng
        sent = datetime(2025, 3, 1, r.randint(7, 19), r.randint(0, 59), r.randint(0, 59)) + timedelta(days=r.randint(0, 630))
        return f"{DAYS[sent.weekday()]}, {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M:%S} {zone}"

    def letter(self, lang: str, spec: dict, msg: tuple[str, str, str, str], turn: int) -> None:
        template, kind, subject, body = msg
        r = self.rng
        first, full = spec["readers"][turn % len(spec["readers"])]
        org, domain = spec["orgs"][(turn + r.randint(0, 1)) % len(spec["orgs"])]
        role = spec["roles"][(turn + r.randint(0, 2)) % len(spec["roles"])]
        signer = r.choice(spec["signers"])
        fill = {"first": first, "org": org, "role": role}
        non_job = kind == "non_job_rejection_words"
        greet = "" if non_job else spec["greet"].format(**fill) + "\n\n"
        tail = f"{signer}\n{org}" if not non_job else ""
        text = f"{greet}{body.format(**fill)}\n\n{spec['close']}\n{tail}".rstrip()
        local = r.choice(("jobs", "hr", "careers", "karijera", "noreply")) if not non_job else "service"
        sender = f"{org} <{local}@{domain}>"
        to = f"{full} <{r.choice(('reader', 'me', 'inbox', 'post'))}{turn}@{r.choice(('post', 'mailbox', 'letters'))}.example>"
        n = sum(1 for rec in self.records if rec["id"].startswith(f"written21:{lang}-")) + 1
        label = "rejection" if kind == "rejection" else "not_rejection"
        self.records.append({
            "id": f"written21:{lang}-{n:03d}", "subject": subject.format(**fill), "body": text + "\n", "sender": sender,
            "label": label, "kind": kind, "family": f"{PREFIX}-{lang}-{template}-{kind[:3]}", "provenance": PROVENANCE,
            "to": to, "date": self.date(spec["zone"]),
        })


def build() -> list[dict]:
    maker = Maker(random.Random(SEED))
    for lang, spec in LANGS.items():
        for msg in spec["msgs"]:
            for turn in range(2 if msg[1] == "rejection" else 1):
                maker.letter(lang, spec, msg, turn)
    records = maker.records
    maker.rng.shuffle(records)
    bodies = Counter(rec["body"] for rec in records)
    if max(bodies.values()) > 1:
        raise SystemExit("two records share a body")
    return records


def language(rec: dict) -> str:
    return rec["id"].split(":")[1].rsplit("-", 1)[0]


def langs(records: list[dict]) -> int:
    """Print the make-up by label/kind and label/language (no message text)."""
    for key, name in ((lambda r: (r["label"], r["kind"]), "label / kind"), (lambda r: (r["label"], language(r)), "label / language")):
        print(name)
        for (label, part), n in sorted(Counter(map(key, records)).items()):
            print(f"  {label:14s} {part:26s} {n}")
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; languages {len({language(r) for r in records})}")
    return 0


def main(argv: list[str]) -> int:
    records = build()
    return run(argv, OUT, records, lambda: langs(records), skip=SEALED, top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
