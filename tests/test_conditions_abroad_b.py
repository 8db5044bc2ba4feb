"""Issue 11, sixty-seventh pass, sweep group b (rejectwatch.model.conditions_abroad_b): application
confirmations that name a refusal only as a case or a time still ahead give no decision token, in
Swedish, Welsh, Irish, Yoruba, Tamil, Slovak, Lithuanian, Persian, Bengali, Vietnamese, Indonesian,
Galician, Icelandic, Norwegian, Danish and Finnish; refusals given now, with "so far" or a condition
of their own after them, stay read in all thirty languages of the sweep."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

UNREAD = [
    # Swedish: until the post is filled; if we choose another candidate; while we review; should
    # it go to someone else; in case it is already filled; when (as soon as) it is decided,
    # whether another was chosen
    "Din ansökan ligger kvar hos oss tills tjänsten är tillsatt.",
    "Om vi väljer en annan kandidat meddelar vi dig via e-post.",
    (
        "Medan vi går igenom ansökningarna är "
        "tjänsten fortfarande öppen, och väljer "
        "nämnden någon annan skriver vi till dig."
    ),
    "Skulle tjänsten gå till någon annan hör vi av oss.",
    "I händelse av att platsen redan är tillsatt får du ett brev från oss.",
    "Så snart beslutet är fattat berättar vi om tjänsten gått till en annan sökande.",
    "Fram till att urvalet är avslutat finns din ansökan kvar i processen.",
    # Welsh: until the post is filled; if we choose another candidate; while we review; should it
    # go to someone else; in case it is already filled; when (as soon as) it is decided, whether
    # another was chosen
    "Bydd eich cais yn aros ar ein ffeil nes i'r swydd gael ei llenwi.",
    "Os byddwn yn dewis ymgeisydd arall, byddwn yn rhoi gwybod i chi drwy e-bost.",
    "Tra byddwn yn adolygu'r ceisiadau, mae'r swydd yn dal ar agor.",
    "Pe bai'r swydd yn mynd i rywun arall, byddwn yn dweud wrthych.",
    "Rhag ofn bod y swydd eisoes wedi'i llenwi, byddwn yn anfon llythyr atoch.",
    (
        "Pan fydd y penderfyniad wedi'i wneud, "
        "byddwn yn dweud wrthych a aeth y swydd i "
        "ymgeisydd arall."
    ),
    # Irish: until the post is filled; if we choose another candidate; while we review; should it
    # go to someone else; in case it is already filled; when (as soon as) it is decided, whether
    # another was chosen
    "Fanfaidh d'iarratas ar comhad againn go dtí go líonfar an post.",
    "Má roghnaímid iarrthóir eile, cuirfimid in iúl duit trí ríomhphost.",
    "Fad is atáimid ag athbhreithniú na n-iarratas, fanfaidh an post oscailte.",
    "Dá rachadh an post chuig duine eile, d'inseoimis duit é.",
    "Sa chás go bhfuil an post líonta cheana, seolfaimid litir chugat.",
    "Nuair a bheidh an cinneadh déanta, inseoimid duit ar roghnaíodh iarrthóir eile.",
    # Tamil: until the post is filled; if we choose another candidate; while we review; should it
    # go to someone else; in case it is already filled; when (as soon as) it is decided, whether
    # another was chosen
    "பணியிடம் நிரப்பப்படும் வரை உங்கள் விண்ணப்பம் எங்களிடம் இருக்கும்.",
    "நாங்கள் வேறொரு விண்ணப்பதாரரைத் தேர்ந்தெடுத்தால், மின்னஞ்சல் மூலம் தெரிவிப்போம்.",
    "விண்ணப்பங்களை நாங்கள் பரிசீலிக்கும்போது, பணியிடம் திறந்தே இருக்கும்.",
    "பணி வேறொருவருக்குச் சென்றால், உங்களுக்குத் தெரிவிப்போம்.",
    "இடம் ஏற்கனவே நிரப்பப்பட்டிருக்கும் பட்சத்தில், கடிதம் அனுப்புவோம்.",
    "தேர்வு முடியும் வரை உங்கள் விண்ணப்பம் பரிசீலனையில் இருக்கும்.",
    # Yoruba: until the post is filled; if we choose another candidate; while we review; should it
    # go to someone else; in case it is already filled; when (as soon as) it is decided, whether
    # another was chosen
    "Ìbéèrè rẹ yóò wà lọ́dọ̀ wa títí di ìgbà tí a bá yan ẹnìkan fún ipò náà.",
    "Bí a bá yan olùdíje mìíràn, a ó fi ìmeèlì sọ fún ọ.",
    "Nígbà tí a ń ṣe àyẹ̀wò àwọn ìbéèrè, ipò náà ṣì wà ní ṣíṣí.",
    "Tí iṣẹ́ náà bá lọ sí ẹlòmíràn, a ó sọ fún ọ.",
    "Bí ó bá ṣẹlẹ̀ pé ipò náà ti kún, a ó fi lẹ́tà ránṣẹ́ sí ọ.",
    "Lẹ́yìn tí a bá ṣe ìpinnu, a ó sọ fún ọ bóyá a yan olùdíje mìíràn.",
    # Slovak: until the post is filled; if we choose another candidate; while we review; should it
    # go to someone else; in case it is already filled; when (as soon as) it is decided, whether
    # another was chosen
    "Vaša žiadosť zostane v našej databáze, kým nebude miesto obsadené.",
    "Ak si vyberieme iného uchádzača, dáme vám vedieť e-mailom.",
    "Kým posudzujeme žiadosti, pozícia zostáva otvorená.",
    "Keby pozícia pripadla niekomu inému, oznámime vám to.",
    "V prípade, že miesto už bude obsadené, pošleme vám list.",
    "Až do skončenia výberu zostáva vaša žiadosť v procese.",
    # Lithuanian: until the post is filled; if we choose another candidate; while we review;
    # should it go to someone else; in case it is already filled; when (as soon as) it is decided,
    # whether another was chosen
    "Jūsų paraiška liks mūsų duomenų bazėje, kol pareigos bus užimtos.",
    "Jei pasirinksime kitą kandidatą, pranešime jums el. paštu.",
    "Kol peržiūrime paraiškas, pozicija lieka atvira.",
    "Jeigu darbo vieta atitektų kitam asmeniui, mes jums pranešime.",
    "Tuo atveju, jei vieta jau būtų užimta, atsiųsime jums laišką.",
    "Kai bus priimtas sprendimas, pranešime, ar pasirinkome kitą kandidatą.",
    # Persian: until the post is filled; if we choose another candidate; while we review; should
    # it go to someone else; in case it is already filled; when (as soon as) it is decided,
    # whether another was chosen
    "درخواست شما تا زمانی که این موقعیت پر شود نزد ما می‌ماند.",
    "اگر نامزد دیگری را انتخاب کنیم، از طریق ایمیل به شما اطلاع می‌دهیم.",
    "در حالی که درخواست‌ها را بررسی می‌کنیم، این موقعیت باز می‌ماند.",
    "در صورتی که این شغل به شخص دیگری برسد، به شما خبر می‌دهیم.",
    "چنانچه جایگاه قبلاً پر شده باشد، نامه‌ای برایتان می‌فرستیم.",
    "وقتی تصمیم گرفته شود، به شما می‌گوییم که آیا نامزد دیگری را انتخاب کرده‌ایم.",
    # Bengali: until the post is filled; if we choose another candidate; while we review; should
    # it go to someone else; in case it is already filled; when (as soon as) it is decided,
    # whether another was chosen
    "পদটি পূরণ না হওয়া পর্যন্ত আপনার আবেদন আমাদের কাছে থাকবে।",
    "আমরা অন্য প্রার্থী বেছে নিলে আপনাকে ইমেইলে জানাব।",
    "আমরা আবেদনগুলো পর্যালোচনা করার সময় পদটি খোলা থাকবে।",
    "পদটি অন্য কাউকে দেওয়া হলে আমরা আপনাকে জানাব।",
    "যদি পদটি ইতিমধ্যে পূরণ হয়ে থাকে, আমরা আপনাকে চিঠি পাঠাব।",
    "সিদ্ধান্ত নেওয়া হয়ে গেলে জানাব আমরা অন্য প্রার্থী বেছে নিয়েছি কিনা।",
    # Vietnamese: until the post is filled; if we choose another candidate; while we review;
    # should it go to someone else; in case it is already filled; when (as soon as) it is decided,
    # whether another was chosen
    "Hồ sơ của bạn sẽ được lưu lại cho đến khi vị trí được tuyển đủ.",
    "Nếu chúng tôi chọn một ứng viên khác, chúng tôi sẽ báo cho bạn qua email.",
    "Trong khi chúng tôi xem xét hồ sơ, vị trí vẫn còn mở.",
    "Trường hợp vị trí được trao cho người khác, chúng tôi sẽ thông báo cho bạn.",
    "Khi có quyết định, chúng tôi sẽ cho bạn biết liệu chúng tôi đã chọn ứng viên khác hay chưa.",
    "Lỡ như vị trí đã có người, chúng tôi sẽ gửi thư cho bạn.",
    # Indonesian: until the post is filled; if we choose another candidate; while we review;
    # should it go to someone else; in case it is already filled; when (as soon as) it is decided,
    # whether another was chosen
    "Lamaran Anda tetap kami simpan sampai posisi ini terisi.",
    "Jika kami memilih kandidat lain, kami akan memberi tahu Anda melalui email.",
    "Selama kami meninjau lamaran, posisi ini tetap terbuka.",
    "Apabila posisi ini diberikan kepada orang lain, kami akan mengabari Anda.",
    "Seandainya posisi sudah terisi, kami akan mengirimkan surat kepada Anda.",
    "Setelah keputusan diambil, kami akan memberi tahu apakah kami memilih kandidat lain.",
    # Galician: until the post is filled; if we choose another candidate; while we review; should
    # it go to someone else; in case it is already filled; when (as soon as) it is decided,
    # whether another was chosen
    "A túa candidatura quedará na nosa base de datos ata que se cubra a praza.",
    "Se escollemos outra persoa candidata, avisarémoste por correo electrónico.",
    "Mentres revisamos as candidaturas, a praza segue aberta.",
    "No caso de que o posto sexa para outra persoa, comunicarémoscho.",
    "Cando se tome a decisión, dirémosche se escollemos outra candidata.",
    "Se a praza xa estivese cuberta, enviarémosche unha carta.",
    # Icelandic: until the post is filled; if we choose another candidate; while we review; should
    # it go to someone else; in case it is already filled; when (as soon as) it is decided,
    # whether another was chosen
    "Umsókn þín verður á skrá hjá okkur þar til starfið hefur verið mannað.",
    "Ef við veljum annan umsækjanda látum við þig vita með tölvupósti.",
    "Á meðan við förum yfir umsóknirnar er starfið enn opið.",
    "Fari svo að starfið fari til einhvers annars munum við láta þig vita.",
    "Þegar ákvörðun liggur fyrir látum við þig vita hvort annar umsækjandi hafi verið valinn.",
    "Verði starfið þegar mannað sendum við þér bréf.",
    # Norwegian: until the post is filled; if we choose another candidate; while we review; should
    # it go to someone else; in case it is already filled; when (as soon as) it is decided,
    # whether another was chosen
    "Søknaden din blir liggende hos oss til stillingen er besatt.",
    "Hvis vi velger en annen kandidat, gir vi deg beskjed på e-post.",
    "Mens vi går gjennom søknadene, står stillingen fortsatt åpen.",
    "Skulle stillingen gå til en annen, sier vi ifra.",
    "I tilfelle stillingen allerede er besatt, sender vi deg et brev.",
    "Så snart avgjørelsen er tatt, forteller vi deg om vi har valgt en annen kandidat.",
    # Danish: until the post is filled; if we choose another candidate; while we review; should it
    # go to someone else; in case it is already filled; when (as soon as) it is decided, whether
    # another was chosen
    "Din ansøgning bliver liggende hos os, til stillingen er besat.",
    "Hvis vi vælger en anden kandidat, giver vi dig besked på e-mail.",
    "Mens vi gennemgår ansøgningerne, er stillingen stadig åben.",
    "Skulle stillingen gå til en anden, hører du fra os.",
    "I tilfælde af at stillingen allerede er besat, sender vi dig et brev.",
    "Så snart beslutningen er truffet, fortæller vi dig, om vi har valgt en anden kandidat.",
    # Finnish: until the post is filled; if we choose another candidate; while we review; should
    # it go to someone else; in case it is already filled; when (as soon as) it is decided,
    # whether another was chosen
    "Hakemuksesi pysyy rekisterissämme, kunnes tehtävä on täytetty.",
    "Jos valitsemme toisen hakijan, ilmoitamme sinulle sähköpostitse.",
    "Sillä aikaa kun käymme hakemuksia läpi, tehtävä on yhä auki.",
    "Mikäli paikka menee jollekulle toiselle, kerromme siitä sinulle.",
    "Kun päätös on tehty, kerromme, valitsimmeko toisen hakijan.",
    "Siinä tapauksessa, että paikka on jo täytetty, lähetämme sinulle kirjeen.",
]
READ = [
    # Swedish: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        "Hittills har vi fått många ansökningar, och vi har valt en annan kandidat.",
        negation.CHOSE_OTHER,
    ),
    (
        (
            "Vi har valt en annan kandidat. Om du "
            "vill ha återkoppling är du välkommen att "
            "skriva till oss."
        ),
        negation.CHOSE_OTHER,
    ),
    (
        "Vi har valt en annan kandidat, men om en ny tjänst öppnas hör vi av oss.",
        negation.CHOSE_OTHER,
    ),
    ("Tack för din ansökan, vi har gått vidare med en annan sökande.", negation.CHOSE_OTHER),
    ("Tjänsten är nu tillsatt.", negation.ROLE_GONE),
    ("Tyvärr går vi inte vidare med din ansökan.", negation.READER_OUT),
    # Welsh: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        "Hyd yma rydym wedi cael llawer o geisiadau, ac rydym wedi dewis ymgeisydd arall.",
        negation.CHOSE_OTHER,
    ),
    (
        "Rydym wedi dewis ymgeisydd arall. Os hoffech adborth, cysylltwch â ni.",
        negation.CHOSE_OTHER,
    ),
    ("Mae'r swydd wedi'i llenwi.", negation.ROLE_GONE),
    # Irish: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        "Go dtí seo fuaireamar a lán iarratas, agus roghnaíomar iarrthóir eile.",
        negation.CHOSE_OTHER,
    ),
    (
        "Roghnaíomar iarrthóir eile. Má theastaíonn aiseolas uait, scríobh chugainn.",
        negation.CHOSE_OTHER,
    ),
    (
        "Roghnaíomar iarrthóir eile, ach má osclaíonn post nua scríobhfaimid chugat.",
        negation.CHOSE_OTHER,
    ),
    ("Tá an post líonta.", negation.ROLE_GONE),
    ("Ar an drochuair, níor éirigh le d'iarratas an uair seo.", negation.READER_OUT),
    # Basque: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        "Orain arte eskaera asko jaso ditugu, eta beste hautagai bat aukeratu dugu.",
        negation.CHOSE_OTHER,
    ),
    (
        "Beste hautagai bat aukeratu dugu. Iruzkinak nahi badituzu, idatzi iezaguzu.",
        negation.CHOSE_OTHER,
    ),
    ("Lanpostua beteta dago.", negation.ROLE_GONE),
    ("Zoritxarrez, zure eskaerak ez du aurrera egingo.", negation.READER_OUT),
    # Albanian: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        "Deri tani kemi marrë shumë aplikime dhe kemi zgjedhur një kandidat tjetër.",
        negation.CHOSE_OTHER,
    ),
    (
        "Kemi zgjedhur një kandidat tjetër. Nëse dëshironi komente, na shkruani.",
        negation.CHOSE_OTHER,
    ),
    ("Pozicioni është plotësuar.", negation.ROLE_GONE),
    ("Fatkeqësisht, aplikimi juaj nuk ishte i suksesshëm.", negation.READER_OUT),
    # Macedonian: so far we chose another; we chose another, then a condition of its own; thanks,
    # we went with someone else; the post is filled; you were not successful
    ("Досега добивме многу апликации и избравме друг кандидат.", negation.CHOSE_OTHER),
    ("Избравме друг кандидат. Ако сакате повратна информација, пишете ни.", negation.CHOSE_OTHER),
    ("Позицијата е пополнета.", negation.ROLE_GONE),
    ("За жал, вашата апликација не беше успешна.", negation.READER_OUT),
    # Georgian: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    ("ჯერჯერობით ბევრი განაცხადი მივიღეთ და სხვა კანდიდატი ავირჩიეთ.", negation.CHOSE_OTHER),
    ("სხვა კანდიდატი ავირჩიეთ. თუ უკუკავშირი გსურთ, მოგვწერეთ.", negation.CHOSE_OTHER),
    ("პოზიცია უკვე შევსებულია.", negation.ROLE_GONE),
    ("სამწუხაროდ, თქვენი განაცხადი არ დაკმაყოფილდა.", negation.READER_OUT),
    # Armenian: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    ("Մինչ այժմ ստացել ենք բազմաթիվ դիմումներ, և ընտրել ենք այլ թեկնածու։", negation.CHOSE_OTHER),
    ("Պաշտոնն արդեն համալրված է։", negation.ROLE_GONE),
    ("Ցավոք, ձեր դիմումը հաջողված չէր։", negation.READER_OUT),
    # Tamil: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        ("இதுவரை பல விண்ணப்பங்கள் வந்துள்ளன; நாங்கள் வேறொரு விண்ணப்பதாரரைத் தேர்ந்தெடுத்துள்ளோம்."),
        negation.CHOSE_OTHER,
    ),
    (
        ("நாங்கள் வேறொரு விண்ணப்பதாரரைத் தேர்ந்தெடுத்துள்ளோம். கருத்து தேவையென்றால், எங்களுக்கு எழுதுங்கள்."),
        negation.CHOSE_OTHER,
    ),
    (
        ("நாங்கள் வேறொரு விண்ணப்பதாரரைத் தேர்ந்தெடுத்துள்ளோம், ஆனால் புதிய பணியிடம் திறந்தால் எழுதுவோம்."),
        negation.CHOSE_OTHER,
    ),
    ("பணியிடம் நிரப்பப்பட்டுவிட்டது.", negation.ROLE_GONE),
    ("துரதிர்ஷ்டவசமாக, உங்கள் விண்ணப்பம் வெற்றிபெறவில்லை.", negation.READER_OUT),
    # Yoruba: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    ("A ti yan olùdíje mìíràn. Bí o bá fẹ́ èsì, kọ̀wé sí wa.", negation.CHOSE_OTHER),
    (
        "A ti yan olùdíje mìíràn, ṣùgbọ́n bí ipò tuntun bá ṣí sílẹ̀, a ó kọ̀wé sí ọ.",
        negation.CHOSE_OTHER,
    ),
    ("A dúpẹ́ fún ìbéèrè rẹ, ṣùgbọ́n a ti yan ẹlòmíràn.", negation.CHOSE_OTHER),
    ("Ipò náà ti kún.", negation.ROLE_GONE),
    ("Ó ṣe ni láàánú, ìbéèrè rẹ kò yọrí sí rere.", negation.READER_OUT),
    # Slovak: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    ("Doteraz sme dostali veľa žiadostí a vybrali sme iného uchádzača.", negation.CHOSE_OTHER),
    ("Vybrali sme iného uchádzača. Ak chcete spätnú väzbu, napíšte nám.", negation.CHOSE_OTHER),
    ("Ďakujeme za vašu žiadosť, rozhodli sme sa pre iného kandidáta.", negation.CHOSE_OTHER),
    ("Pozícia je už obsadená.", negation.ROLE_GONE),
    ("Žiaľ, vo výberovom konaní ste neuspeli.", negation.READER_OUT),
    # Lithuanian: so far we chose another; we chose another, then a condition of its own; thanks,
    # we went with someone else; the post is filled; you were not successful
    ("Iki šiol gavome daug paraiškų ir pasirinkome kitą kandidatą.", negation.CHOSE_OTHER),
    ("Pasirinkome kitą kandidatą. Jei norite atsiliepimo, parašykite mums.", negation.CHOSE_OTHER),
    ("Dėkojame už paraišką, tačiau pasirinkome kitą kandidatą.", negation.CHOSE_OTHER),
    ("Pozicija jau užimta.", negation.ROLE_GONE),
    ("Deja, jūsų paraiška nebuvo sėkminga.", negation.READER_OUT),
    # Latvian: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        "Līdz šim esam saņēmuši daudz pieteikumu, un esam izvēlējušies citu kandidātu.",
        negation.CHOSE_OTHER,
    ),
    (
        "Esam izvēlējušies citu kandidātu. Ja vēlaties atgriezenisko saiti, rakstiet mums.",
        negation.CHOSE_OTHER,
    ),
    (
        "Esam izvēlējušies citu kandidātu, bet ja atvērsies jauna vakance, rakstīsim.",
        negation.CHOSE_OTHER,
    ),
    ("Paldies par pieteikumu, taču esam izvēlējušies citu kandidātu.", negation.CHOSE_OTHER),
    ("Amats jau ir aizpildīts.", negation.ROLE_GONE),
    ("Diemžēl jūsu pieteikums nav bijis veiksmīgs.", negation.READER_OUT),
    # Greek: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    ("Μέχρι στιγμής λάβαμε πολλές αιτήσεις και επιλέξαμε άλλον υποψήφιο.", negation.CHOSE_OTHER),
    ("Επιλέξαμε άλλον υποψήφιο. Αν θέλετε ανατροφοδότηση, γράψτε μας.", negation.CHOSE_OTHER),
    ("Σας ευχαριστούμε για την αίτηση, αλλά επιλέξαμε κάποιον άλλον.", negation.CHOSE_OTHER),
    ("Η θέση έχει ήδη καλυφθεί.", negation.ROLE_GONE),
    ("Δυστυχώς η αίτησή σας δεν ήταν επιτυχής.", negation.READER_OUT),
    # Hebrew: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    ("עד כה קיבלנו מועמדויות רבות, ובחרנו במועמד אחר.", negation.CHOSE_OTHER),
    ("בחרנו במועמד אחר. אם תרצה משוב, כתוב לנו.", negation.CHOSE_OTHER),
    ("תודה על מועמדותך, אך בחרנו במישהו אחר.", negation.CHOSE_OTHER),
    ("המשרה כבר אוישה.", negation.ROLE_GONE),
    ("לצערנו, מועמדותך לא התקבלה.", negation.READER_OUT),
    # Persian: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        "تا کنون درخواست‌های زیادی دریافت کرده‌ایم و نامزد دیگری را انتخاب کرده‌ایم.",
        negation.CHOSE_OTHER,
    ),
    (
        "ما نامزد دیگری را انتخاب کرده‌ایم. اگر بازخورد می‌خواهید، برای ما بنویسید.",
        negation.CHOSE_OTHER,
    ),
    ("از درخواست شما سپاسگزاریم، اما شخص دیگری را انتخاب کردیم.", negation.CHOSE_OTHER),
    ("این موقعیت پر شده است.", negation.ROLE_GONE),
    ("متأسفانه درخواست شما پذیرفته نشد.", negation.READER_OUT),
    # Bengali: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        ("এখন পর্যন্ত আমরা অনেক আবেদন পেয়েছি এবং অন্য একজন প্রার্থী বেছে নিয়েছি।"),
        negation.CHOSE_OTHER,
    ),
    ("আমরা অন্য একজন প্রার্থী বেছে নিয়েছি। মতামত চাইলে আমাদের লিখুন।", negation.CHOSE_OTHER),
    ("আমরা অন্য একজন প্রার্থী বেছে নিয়েছি, তবে নতুন পদ খুললে আপনাকে লিখব।", negation.CHOSE_OTHER),
    ("পদটি ইতিমধ্যে পূরণ হয়ে গেছে।", negation.ROLE_GONE),
    ("দুঃখিত, আপনার আবেদন সফল হয়নি।", negation.READER_OUT),
    # Vietnamese: so far we chose another; we chose another, then a condition of its own; thanks,
    # we went with someone else; the post is filled; you were not successful
    (
        "Cho đến nay chúng tôi đã nhận được nhiều hồ sơ và đã chọn một ứng viên khác.",
        negation.CHOSE_OTHER,
    ),
    (
        "Chúng tôi đã chọn một ứng viên khác. Nếu bạn muốn phản hồi, hãy viết cho chúng tôi.",
        negation.CHOSE_OTHER,
    ),
    ("Cảm ơn bạn đã ứng tuyển, nhưng chúng tôi đã chọn người khác.", negation.CHOSE_OTHER),
    ("Vị trí này đã được tuyển đủ.", negation.ROLE_GONE),
    ("Rất tiếc, hồ sơ của bạn không được chọn.", negation.READER_OUT),
    # Indonesian: so far we chose another; we chose another, then a condition of its own; thanks,
    # we went with someone else; the post is filled; you were not successful
    (
        "Sampai saat ini kami menerima banyak lamaran, dan kami telah memilih kandidat lain.",
        negation.CHOSE_OTHER,
    ),
    (
        "Kami telah memilih kandidat lain. Jika Anda ingin masukan, silakan hubungi kami.",
        negation.CHOSE_OTHER,
    ),
    ("Terima kasih atas lamaran Anda, namun kami memilih orang lain.", negation.CHOSE_OTHER),
    ("Posisi ini sudah terisi.", negation.ROLE_GONE),
    ("Mohon maaf, lamaran Anda tidak berhasil.", negation.READER_OUT),
    # Filipino: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        "Hanggang ngayon marami kaming natanggap na aplikasyon, at pumili kami ng ibang kandidato.",
        negation.CHOSE_OTHER,
    ),
    (
        "Pumili kami ng ibang kandidato. Kung gusto mo ng feedback, sumulat ka sa amin.",
        negation.CHOSE_OTHER,
    ),
    ("Napunan na ang posisyon.", negation.ROLE_GONE),
    ("Ikinalulungkot namin, hindi ka napili para sa posisyon.", negation.READER_OUT),
    # Catalan: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    ("Fins ara hem rebut moltes candidatures i hem triat un altre candidat.", negation.CHOSE_OTHER),
    ("Hem triat un altre candidat. Si voleu comentaris, escriviu-nos.", negation.CHOSE_OTHER),
    (
        "Gràcies per la vostra candidatura, però hem optat per una altra persona.",
        negation.CHOSE_OTHER,
    ),
    ("La plaça ja està coberta.", negation.ROLE_GONE),
    # Galician: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    ("Ata agora recibimos moitas candidaturas e escollemos outra candidata.", negation.CHOSE_OTHER),
    ("Escollemos outra candidata. Se queres comentarios, escríbenos.", negation.CHOSE_OTHER),
    (
        "Escollemos outra candidata, pero se se abre unha nova praza escribirémosche.",
        negation.CHOSE_OTHER,
    ),
    ("Grazas pola túa candidatura, pero optamos por outra persoa.", negation.CHOSE_OTHER),
    ("A praza xa está cuberta.", negation.ROLE_GONE),
    ("Lamentablemente, a túa candidatura non foi seleccionada.", negation.READER_OUT),
    # Afrikaans: so far we chose another; we chose another, then a condition of its own; thanks,
    # we went with someone else; the post is filled; you were not successful
    (
        "Tot dusver het ons baie aansoeke ontvang, en ons het 'n ander kandidaat gekies.",
        negation.CHOSE_OTHER,
    ),
    (
        "Ons het 'n ander kandidaat gekies. As jy terugvoer wil hê, skryf aan ons.",
        negation.CHOSE_OTHER,
    ),
    (
        "Ons het 'n ander kandidaat gekies, maar as 'n nuwe pos oopgaan sal ons skryf.",
        negation.CHOSE_OTHER,
    ),
    ("Die pos is reeds gevul.", negation.ROLE_GONE),
    ("Ongelukkig was jou aansoek nie suksesvol nie.", negation.READER_OUT),
    # Icelandic: so far we chose another; we chose another, then a condition of its own; thanks,
    # we went with someone else; the post is filled; you were not successful
    (
        "Hingað til höfum við fengið margar umsóknir og valið annan umsækjanda.",
        negation.CHOSE_OTHER,
    ),
    (
        "Við höfum valið annan umsækjanda. Ef þú vilt endurgjöf, skrifaðu okkur.",
        negation.CHOSE_OTHER,
    ),
    (
        "Við höfum valið annan umsækjanda, en ef nýtt starf losnar munum við skrifa þér.",
        negation.CHOSE_OTHER,
    ),
    ("Takk fyrir umsóknina, en við ákváðum að ráða annan einstakling.", negation.CHOSE_OTHER),
    ("Búið er að ráða í starfið.", negation.ROLE_GONE),
    # Norwegian: so far we chose another; we chose another, then a condition of its own; thanks,
    # we went with someone else; the post is filled; you were not successful
    (
        "Så langt har vi fått mange søknader, og vi har valgt en annen kandidat.",
        negation.CHOSE_OTHER,
    ),
    (
        "Vi har valgt en annen kandidat. Hvis du ønsker tilbakemelding, skriv til oss.",
        negation.CHOSE_OTHER,
    ),
    ("Takk for søknaden, vi har gått videre med en annen søker.", negation.CHOSE_OTHER),
    ("Stillingen er nå besatt.", negation.ROLE_GONE),
    ("Dessverre går vi ikke videre med søknaden din.", negation.READER_OUT),
    # Danish: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        "Vi har valgt en anden kandidat. Hvis du ønsker feedback, så skriv til os.",
        negation.CHOSE_OTHER,
    ),
    ("Tak for din ansøgning, vi er gået videre med en anden ansøger.", negation.CHOSE_OTHER),
    ("Stillingen er nu besat.", negation.ROLE_GONE),
    ("Desværre går vi ikke videre med din ansøgning.", negation.READER_OUT),
    # Finnish: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    (
        "Tähän mennessä olemme saaneet paljon hakemuksia, ja valitsimme toisen hakijan.",
        negation.CHOSE_OTHER,
    ),
    ("Valitsimme toisen hakijan. Jos haluat palautetta, kirjoita meille.", negation.CHOSE_OTHER),
    ("Kiitos hakemuksestasi, valitsimme kuitenkin toisen henkilön.", negation.CHOSE_OTHER),
    ("Tehtävä on jo täytetty.", negation.ROLE_GONE),
    ("Valitettavasti hakemuksesi ei edennyt.", negation.READER_OUT),
    # Estonian: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    ("Seni oleme saanud palju avaldusi ja valisime teise kandidaadi.", negation.CHOSE_OTHER),
    ("Valisime teise kandidaadi. Kui soovite tagasisidet, kirjutage meile.", negation.CHOSE_OTHER),
    ("Valisime teise kandidaadi, kuid kui avaneb uus koht, kirjutame teile.", negation.CHOSE_OTHER),
    ("Täname avalduse eest, kuid valisime teise inimese.", negation.CHOSE_OTHER),
    ("Ametikoht on juba täidetud.", negation.ROLE_GONE),
    ("Kahjuks ei osutunud teie kandidatuur valituks.", negation.READER_OUT),
    # Slovenian: so far we chose another; we chose another, then a condition of its own; thanks,
    # we went with someone else; the post is filled; you were not successful
    ("Do zdaj smo prejeli veliko prijav in izbrali smo drugega kandidata.", negation.CHOSE_OTHER),
    (
        "Izbrali smo drugega kandidata. Če želite povratno informacijo, nam pišite.",
        negation.CHOSE_OTHER,
    ),
    ("Hvala za prijavo, vendar smo izbrali drugo osebo.", negation.CHOSE_OTHER),
    ("Delovno mesto je že zasedeno.", negation.ROLE_GONE),
    ("Žal vaša prijava ni bila uspešna.", negation.READER_OUT),
    # Serbian: so far we chose another; we chose another, then a condition of its own; thanks, we
    # went with someone else; the post is filled; you were not successful
    ("Do sada smo primili mnogo prijava i izabrali smo drugog kandidata.", negation.CHOSE_OTHER),
    (
        "Izabrali smo drugog kandidata. Ako želite povratnu informaciju, pišite nam.",
        negation.CHOSE_OTHER,
    ),
    ("Hvala na prijavi, ali odlučili smo se za drugu osobu.", negation.CHOSE_OTHER),
    ("Radno mesto je već popunjeno.", negation.ROLE_GONE),
    ("Нажалост, ваша пријава није била успешна.", negation.READER_OUT),
    # Indonesian: after reviewing every application, we will go on with another candidate; after
    # careful thought, we will go on with another; after the second interview we chose another
    (
        "Setelah meninjau semua lamaran, kami akan melanjutkan proses dengan kandidat lain.",
        negation.CHOSE_OTHER,
    ),
    (
        "Setelah mempertimbangkan dengan saksama, kami akan melanjutkan dengan kandidat lain.",
        negation.CHOSE_OTHER,
    ),
    ("Sayang sekali, setelah wawancara kedua, kami memilih kandidat lain.", negation.CHOSE_OTHER),
]


@pytest.mark.parametrize("text", UNREAD)
def test_confirmations_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(("text", "token"), READ)
def test_refusals_stay_read(text: str, token: str) -> None:
    assert token in marks(text)
