"""Issue 11, sixty-sixth pass: refusals in their commonest shapes, swept in twenty languages
(Croatian, Romanian, Bulgarian, Ukrainian, Hungarian, Dutch, Polish, Czech, Malay, Amharic,
Swedish, Welsh, Irish, Basque, Albanian, Macedonian, Georgian, Armenian, Tamil, Yoruba), in
sentences written for the sweep.

Read as decisions (rejectwatch.model.shapes_pools_ab): another got, will get or was preferred
for the post, the sender going on with other candidates; the application unsuccessful, ended
here, or the post not offered; the post filled or cancelled.

Left unread: application receipts with a conditional or an "until the post is filled",
interview invitations and offers with an unrelated negative, and non-job twins of the new
verbs (a parcel given to a neighbour, a table taken, a flat let to someone else)."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

READ = [
    # Croatian
    # someone else will take the post
    ("Radno mjesto će preuzeti netko drugi.", negation.CHOSE_OTHER),
    # your process ends here
    ("Vaš postupak ovdje završava.", negation.READER_OUT),
    # we preferred a candidate with more experience
    ("Prednost smo dali kandidatu s više iskustva.", negation.CHOSE_OTHER),
    # another candidate took the shift lead post
    ("Poziciju voditelja smjene preuzela je druga kandidatkinja.", negation.CHOSE_OTHER),
    # we preferred another candidate from Zadar
    ("Dali smo prednost drugoj kandidatkinji iz Zadra.", negation.CHOSE_OTHER),
    # with this the process ends for you
    ("Postupak za vas ovime završava.", negation.READER_OUT),
    # Romanian
    # someone else got the post
    ("Altcineva a primit postul.", negation.CHOSE_OTHER),
    # the post will be taken by someone else
    ("Postul va fi preluat de altcineva.", negation.CHOSE_OTHER),
    # the recruitment ends here for you
    ("Procesul de recrutare se încheie aici pentru dumneavoastră.", negation.READER_OUT),
    # we preferred a candidate with more experience
    ("Am preferat un candidat cu mai multă experiență.", negation.CHOSE_OTHER),
    # someone else got the cashier's place
    ("Altcineva a obținut locul de casier.", negation.CHOSE_OTHER),
    # we preferred a colleague from Brasov
    ("Am preferat o colegă din Brașov.", negation.CHOSE_OTHER),
    # the selection stops here
    ("Procedura de selecție se oprește aici.", negation.READER_OUT),
    # Bulgarian
    # another candidate got the position
    ("Друг кандидат получи позицията.", negation.CHOSE_OTHER),
    # the place will be taken by someone else
    ("Мястото ще бъде заето от някой друг.", negation.CHOSE_OTHER),
    # the process ends here for you
    ("Процесът за вас приключва тук.", negation.READER_OUT),
    # we preferred a candidate with more experience
    ("Предпочетохме кандидат с повече опит.", negation.CHOSE_OTHER),
    # another candidate took the position
    ("Позицията я зае друга кандидатка.", negation.CHOSE_OTHER),
    # we preferred a colleague from Varna
    ("Предпочетохме колега от Варна.", negation.CHOSE_OTHER),
    # the procedure stops here for you
    ("Процедурата за вас спира дотук.", negation.READER_OUT),
    # Ukrainian
    # someone else will take the post
    ("Посаду займе хтось інший.", negation.CHOSE_OTHER),
    # we chose a colleague from Lviv
    ("Ми обрали колегу зі Львова.", negation.CHOSE_OTHER),
    # we are going on with other candidates
    ("Ми продовжуємо з іншими кандидатами.", negation.CHOSE_OTHER),
    # for you the selection ends here
    ("Для вас процес відбору на цьому завершується.", negation.READER_OUT),
    # we preferred a candidate with more experience
    ("Ми віддали перевагу кандидату з більшим досвідом.", negation.CHOSE_OTHER),
    # another candidate took this vacancy
    ("Цю вакансію обійняла інша кандидатка.", negation.CHOSE_OTHER),
    # we chose a specialist from Kharkiv
    ("Ми вибрали фахівчиню з Харкова.", negation.CHOSE_OTHER),
    # the selection ends here
    ("Відбір на цьому завершується.", negation.READER_OUT),
    # Hungarian
    # another candidate got the post
    ("Az állást egy másik jelölt kapta meg.", negation.CHOSE_OTHER),
    # someone else will fill the post
    ("Az állást más fogja betölteni.", negation.CHOSE_OTHER),
    # the post has already been filled
    ("Az állás már betöltésre került.", negation.ROLE_GONE),
    # sadly your application was not successful
    ("Sajnos jelentkezése nem volt sikeres.", negation.READER_OUT),
    # for you the selection ends here
    ("Az Ön számára a kiválasztási folyamat itt véget ér.", negation.READER_OUT),
    # sadly we cannot offer you the post
    ("Sajnos nem tudjuk felajánlani Önnek az állást.", negation.READER_OUT),
    # we preferred a more experienced candidate
    ("Egy tapasztaltabb jelöltet részesítettünk előnyben.", negation.CHOSE_OTHER),
    # the post was withdrawn
    ("Az állást visszavonták.", negation.ROLE_GONE),
    # another applicant won the position
    ("A pozíciót egy másik pályázó nyerte el.", negation.CHOSE_OTHER),
    # your application sadly did not succeed
    ("Pályázata sajnos nem lett sikeres.", negation.READER_OUT),
    # the post has been filled
    ("A munkakör betöltésre került.", negation.ROLE_GONE),
    # Dutch
    # sadly your application was not successful
    ("Helaas was je sollicitatie niet succesvol.", negation.READER_OUT),
    # sadly we cannot offer you the post
    ("Helaas kunnen we je de functie niet aanbieden.", negation.READER_OUT),
    # your application sadly did not succeed
    ("Je sollicitatie is helaas niet geslaagd.", negation.READER_OUT),
    # we sadly cannot offer you this job
    ("We kunnen u deze baan helaas niet aanbieden.", negation.READER_OUT),
    # Polish
    # we decided on a colleague from Gdansk
    ("Zdecydowaliśmy się na koleżankę z Gdańska.", negation.CHOSE_OTHER),
    # in your case recruitment ends here
    ("Proces rekrutacji w Pana przypadku kończy się na tym etapie.", negation.READER_OUT),
    # we decided on a candidate from Poznan
    ("Zdecydowaliśmy się na kandydata z Poznania.", negation.CHOSE_OTHER),
    # in your case recruitment ended here
    ("W Pani przypadku rekrutacja zakończyła się na tym etapie.", negation.READER_OUT),
    # Czech
    # someone else will fill the post
    ("Pozici obsadí někdo jiný.", negation.CHOSE_OTHER),
    # the selection ends here for you
    ("Výběrové řízení pro vás tímto končí.", negation.READER_OUT),
    # sadly we cannot offer you this post
    ("Bohužel vám nemůžeme nabídnout tuto pozici.", negation.READER_OUT),
    # we preferred an applicant with longer practice
    ("Dali jsme přednost uchazeči s delší praxí.", negation.CHOSE_OTHER),
    # the selection was cancelled
    ("Výběrové řízení bylo zrušeno.", negation.ROLE_GONE),
    # we preferred a candidate from Pilsen
    ("Jsme dali přednost kandidátce z Plzně.", negation.CHOSE_OTHER),
    # we cannot offer you this job
    ("Nemůžeme vám nabídnout tuto práci.", negation.READER_OUT),
    # Malay
    # we have chosen a colleague from Ipoh
    ("Kami telah memilih seorang rakan sekerja dari Ipoh.", negation.CHOSE_OTHER),
    # we go on with other candidates
    ("Kami meneruskan proses dengan calon-calon lain.", negation.CHOSE_OTHER),
    # your application ends here
    ("Proses permohonan anda berakhir di sini.", negation.READER_OUT),
    # we have chosen a candidate from Johor
    ("Kami telah memilih calon dari Johor.", negation.CHOSE_OTHER),
    # your application ends at this point
    ("Permohonan anda tamat setakat ini.", negation.READER_OUT),
    # Amharic
    # another applicant got the post
    ("ቦታውን ሌላ አመልካች አግኝቷል።", negation.CHOSE_OTHER),
    # the post will be given to another person
    ("የሥራ ቦታው ለሌላ ሰው ይሰጣል።", negation.CHOSE_OTHER),
    # we chose a colleague from Bahir Dar
    ("ከባሕር ዳር የመጣች ባልደረባ መርጠናል።", negation.CHOSE_OTHER),
    # we go on with other applicants
    ("ከሌሎች አመልካቾች ጋር እንቀጥላለን።", negation.CHOSE_OTHER),
    # your application did not succeed
    ("ማመልከቻዎ አልተሳካም።", negation.READER_OUT),
    # your process ends here
    ("የእርስዎ ሂደት እዚህ ያበቃል።", negation.READER_OUT),
    # we cannot give you the job
    ("ሥራውን ልንሰጥዎ አንችልም።", negation.READER_OUT),
    # another contestant took the job
    ("ሌላ ተወዳዳሪ ሥራውን ወስዷል።", negation.CHOSE_OTHER),
    # your application did not succeed this time
    ("ማመልከቻዎ በዚህ ጊዜ አልተሳካም።", negation.READER_OUT),
    # Swedish
    # we have chosen a colleague from Malmo
    ("Vi har valt en kollega från Malmö.", negation.CHOSE_OTHER),
    # your application is closed here
    ("Din ansökan avslutas här.", negation.READER_OUT),
    # we chose an applicant with longer experience
    ("Vi valde en sökande med längre erfarenhet.", negation.CHOSE_OTHER),
    # we chose another candidate for the post
    ("Vi valde en annan kandidat till tjänsten.", negation.CHOSE_OTHER),
    # your application is now closed
    ("Din ansökan är avslutad nu.", negation.READER_OUT),
    # Welsh
    # another applicant has got the post
    ("Mae ymgeisydd arall wedi cael y swydd.", negation.CHOSE_OTHER),
    # the post will go to someone else
    ("Bydd y swydd yn mynd i rywun arall.", negation.CHOSE_OTHER),
    # we have chosen a colleague from Aberystwyth
    ("Rydym wedi dewis cydweithiwr o Aberystwyth.", negation.CHOSE_OTHER),
    # we are moving on with other applicants
    ("Rydym yn symud ymlaen gydag ymgeiswyr eraill.", negation.CHOSE_OTHER),
    # sadly your application was not successful
    ("Yn anffodus, nid oedd eich cais yn llwyddiannus.", negation.READER_OUT),
    # sadly we cannot offer you the post
    ("Yn anffodus, ni allwn gynnig y swydd i chi.", negation.READER_OUT),
    # we have chosen an applicant with more experience
    ("Rydym wedi dewis ymgeisydd â mwy o brofiad.", negation.CHOSE_OTHER),
    # the post has been cancelled
    ("Mae'r swydd wedi'i chanslo.", negation.ROLE_GONE),
    # the post was given to another applicant
    ("Rhoddwyd y swydd i ymgeisydd arall.", negation.CHOSE_OTHER),
    # someone else has taken the post
    ("Mae rhywun arall wedi cymryd y swydd.", negation.CHOSE_OTHER),
    # your application was not successful this time
    ("Nid oedd eich cais chi yn llwyddiannus y tro hwn.", negation.READER_OUT),
    # Irish
    # the post will go to someone else
    ("Rachaidh an post chuig duine eile.", negation.CHOSE_OTHER),
    # we are going on with other applicants
    ("Táimid ag leanúint ar aghaidh le hiarrthóirí eile.", negation.CHOSE_OTHER),
    # the post went to someone else
    ("Chuaigh an post do dhuine eile.", negation.CHOSE_OTHER),
    # the job will go to another applicant
    ("Rachaidh an jab chuig iarrthóir eile.", negation.CHOSE_OTHER),
    # we are going ahead with other applicants
    ("Táimid ag dul ar aghaidh le hiarrthóirí eile.", negation.CHOSE_OTHER),
    # Basque
    # the post will be for someone else
    ("Lanpostua beste norbaitentzat izango da.", negation.CHOSE_OTHER),
    # we have chosen a colleague from Bilbao
    ("Bilboko lankide bat aukeratu dugu.", negation.CHOSE_OTHER),
    # we go on with other candidates
    ("Beste hautagai batzuekin jarraitzen dugu.", negation.CHOSE_OTHER),
    # the post is already filled
    ("Lanpostua dagoeneko beteta dago.", negation.ROLE_GONE),
    # sadly your application had no success
    ("Tamalez, zure eskaerak ez du arrakastarik izan.", negation.READER_OUT),
    # your process ends here
    ("Zure prozesua hemen amaitzen da.", negation.READER_OUT),
    # we preferred a candidate with more experience
    ("Esperientzia gehiago duen hautagai bat hobetsi dugu.", negation.CHOSE_OTHER),
    # the post has been for another candidate
    ("Postua beste hautagai batentzat izan da.", negation.CHOSE_OTHER),
    # we preferred a colleague
    ("Lankide bat hobetsi genuen.", negation.CHOSE_OTHER),
    # your candidacy ends here
    ("Zure hautagaitza hemen amaitzen da.", negation.READER_OUT),
    # Albanian
    # the job will go to someone else
    ("Vendi i punës do t'i shkojë dikujt tjetër.", negation.CHOSE_OTHER),
    # we are going on with other candidates
    ("Po vazhdojmë me kandidatë të tjerë.", negation.CHOSE_OTHER),
    # sadly your application was not successful
    ("Fatkeqësisht aplikimi juaj nuk ishte i suksesshëm.", negation.READER_OUT),
    # the process ends here for you
    ("Procesi për ju përfundon këtu.", negation.READER_OUT),
    # we preferred a candidate with more experience
    ("Preferuam një kandidat me më shumë përvojë.", negation.CHOSE_OTHER),
    # the position was cancelled
    ("Pozicioni u anulua.", negation.ROLE_GONE),
    # the post was given to another candidate
    ("Posti iu dha një kandidati tjetër.", negation.CHOSE_OTHER),
    # we preferred a candidate from Shkoder
    ("Kemi preferuar një kandidate nga Shkodra.", negation.CHOSE_OTHER),
    # the selection ends here for you
    ("Procesi i përzgjedhjes për ju përfundon këtu.", negation.READER_OUT),
    # Macedonian
    # another candidate got the job
    ("Работното место го доби друг кандидат.", negation.CHOSE_OTHER),
    # someone else will take the position
    ("Позицијата ќе ја преземе некој друг.", negation.CHOSE_OTHER),
    # we chose a colleague from Bitola
    ("Избравме колега од Битола.", negation.CHOSE_OTHER),
    # we go on with other candidates
    ("Продолжуваме со други кандидати.", negation.CHOSE_OTHER),
    # sadly your application was not successful
    ("За жал, вашата апликација не беше успешна.", negation.READER_OUT),
    # the process ends here for you
    ("Процесот за вас завршува тука.", negation.READER_OUT),
    # sadly we cannot offer you the job
    ("За жал, не можеме да ви ја понудиме работата.", negation.READER_OUT),
    # we preferred a candidate with more experience
    ("Предност дадовме на кандидат со повеќе искуство.", negation.CHOSE_OTHER),
    # another candidate got the job
    ("Работното место го доби друга кандидатка.", negation.CHOSE_OTHER),
    # we chose a candidate from Skopje
    ("Избравме кандидатка од Скопје.", negation.CHOSE_OTHER),
    # your application was not accepted
    ("Вашата пријава не беше прифатена.", negation.READER_OUT),
    # Georgian
    # another candidate got this post
    ("ეს თანამდებობა სხვა კანდიდატმა მიიღო.", negation.CHOSE_OTHER),
    # the position passes to another
    ("პოზიცია სხვას გადაეცემა.", negation.CHOSE_OTHER),
    # we chose a colleague from Batumi
    ("ჩვენ ავირჩიეთ კოლეგა ბათუმიდან.", negation.CHOSE_OTHER),
    # we go on with other candidates
    ("ჩვენ ვაგრძელებთ სხვა კანდიდატებთან.", negation.CHOSE_OTHER),
    # for you the process ends here
    ("თქვენთვის პროცესი აქ სრულდება.", negation.READER_OUT),
    # we preferred a more experienced candidate
    ("უპირატესობა მივანიჭეთ უფრო გამოცდილ კანდიდატს.", negation.CHOSE_OTHER),
    # another colleague took the post
    ("თანამდებობა სხვა კოლეგამ დაიკავა.", negation.CHOSE_OTHER),
    # we chose another candidate
    ("ავირჩიეთ სხვა კანდიდატი.", negation.CHOSE_OTHER),
    # with this the selection ended for you
    ("შერჩევა თქვენთვის ამით დასრულდა.", negation.READER_OUT),
    # Armenian
    # another candidate got the post
    ("Պաշտոնը ստացավ մեկ այլ թեկնածու։", negation.CHOSE_OTHER),
    # someone else will take the post
    ("Պաշտոնը կզբաղեցնի ուրիշ մեկը։", negation.CHOSE_OTHER),
    # we go on with other candidates
    ("Մենք շարունակում ենք այլ թեկնածուների հետ։", negation.CHOSE_OTHER),
    # sadly your application was not successful
    ("Ցավոք, Ձեր դիմումը հաջող չէր։", negation.READER_OUT),
    # for you the process ends here
    ("Ձեզ համար գործընթացն ավարտվում է այստեղ։", negation.READER_OUT),
    # sadly we cannot offer you the post
    ("Ցավոք, չենք կարող Ձեզ առաջարկել այդ պաշտոնը։", negation.READER_OUT),
    # we preferred a more experienced candidate
    ("Նախապատվությունը տվեցինք ավելի փորձառու թեկնածուի։", negation.CHOSE_OTHER),
    # another applicant has got the job
    ("Աշխատանքը ստացել է մեկ այլ դիմորդ։", negation.CHOSE_OTHER),
    # your application was not successful
    ("Ձեր հայտը հաջող չէր։", negation.READER_OUT),
    # Tamil
    # another applicant has got the job
    ("அந்தப் பணியை வேறொரு விண்ணப்பதாரர் பெற்றுவிட்டார்.", negation.CHOSE_OTHER),
    # we chose a colleague from Madurai
    ("மதுரையைச் சேர்ந்த ஒரு சக ஊழியரைத் தேர்ந்தெடுத்தோம்.", negation.CHOSE_OTHER),
    # we go on with other applicants
    ("நாங்கள் மற்ற விண்ணப்பதாரர்களுடன் தொடர்கிறோம்.", negation.CHOSE_OTHER),
    # your application did not succeed
    ("உங்கள் விண்ணப்பம் வெற்றிபெறவில்லை.", negation.READER_OUT),
    # the process for you ends here
    ("உங்களுக்கான செயல்முறை இத்துடன் முடிவடைகிறது.", negation.READER_OUT),
    # sorry, we cannot give you this job
    ("வருந்துகிறோம், இந்தப் பணியை உங்களுக்கு வழங்க இயலாது.", negation.READER_OUT),
    # we chose someone with more experience
    ("அதிக அனுபவம் உள்ள ஒருவரைத் தேர்ந்தெடுத்தோம்.", negation.CHOSE_OTHER),
    # another applicant got that post
    ("வேறொரு விண்ணப்பதாரர் அந்தப் பதவியைப் பெற்றார்.", negation.CHOSE_OTHER),
    # your application did not succeed
    ("உங்கள் விண்ணப்பம் வெற்றி பெறவில்லை.", negation.READER_OUT),
    # we move ahead with other applicants
    ("மற்ற விண்ணப்பதாரர்களுடன் முன்னேறுகிறோம்.", negation.CHOSE_OTHER),
    # Yoruba
    # another applicant has taken the job
    ("Olùbẹ̀wẹ̀ míràn ti gba iṣẹ́ náà.", negation.CHOSE_OTHER),
    # someone else will take the post
    ("Ẹlòmíràn ni yóò gba ipò náà.", negation.CHOSE_OTHER),
    # we have chosen a colleague from Ibadan
    ("A ti yan alábàáṣiṣẹ́ kan láti Ìbàdàn.", negation.CHOSE_OTHER),
    # we are going on with other applicants
    ("A ń tẹ̀síwájú pẹ̀lú àwọn olùbẹ̀wẹ̀ míràn.", negation.CHOSE_OTHER),
    # your hiring process ends here
    ("Ìlànà ìgbaniṣiṣẹ́ rẹ parí síbí.", negation.READER_OUT),
    # we cannot give you the job
    ("A kò lè fún ọ ní iṣẹ́ náà.", negation.READER_OUT),
    # we chose an applicant with more experience
    ("A yan olùbẹ̀wẹ̀ tí ó ní ìrírí púpọ̀ jù.", negation.CHOSE_OTHER),
    # we have cancelled the post
    ("A ti fagilé ipò náà.", negation.ROLE_GONE),
    # another applicant took the post
    ("Olùbẹ̀wẹ̀ míràn gba ipò náà.", negation.CHOSE_OTHER),
    # we cannot give you the post
    ("A kò lè fún yín ní ipò náà.", negation.READER_OUT),
]

UNREAD = [
    # Croatian
    "Ako odaberemo drugog kandidata, javit ćemo vam.",
    "Prijave primamo dok radno mjesto ne bude popunjeno.",
    "Pozivamo vas na razgovor u utorak; nažalost parkiralište je zatvoreno.",
    "Nudimo vam posao skladištara; nažalost kantina još nije otvorena.",
    "Paket je predan susjedu.",
    "Stol je već zauzet.",
    "Stan smo iznajmili nekom drugom.",
    "Ako vaš postupak ovdje završava, javit ćemo vam.",
    "Stan je preuzeo netko drugi.",
    "Dali smo prednost sigurnosti na radu.",
    # Romanian
    "Dacă vom alege un alt candidat, vă vom anunța.",
    "Acceptăm candidaturi până când postul va fi ocupat.",
    "Vă invităm la interviu joi; din păcate parcarea este închisă.",
    "Vă oferim postul; din păcate cantina este închisă.",
    "Coletul a fost dat vecinului.",
    "Masa este deja ocupată.",
    "Apartamentul l-am închiriat altcuiva.",
    "Dacă postul va fi preluat de altcineva, vă vom anunța.",
    "Masa a fost luată de altcineva.",
    "Am preferat o cafea.",
    # Bulgarian
    "Ако изберем друг кандидат, ще ви уведомим.",
    "Приемаме кандидатури, докато позицията не бъде заета.",
    "Каним ви на интервю в сряда; за съжаление паркингът е затворен.",
    "Предлагаме ви работата; за съжаление столът е затворен.",
    "Пратката беше дадена на съседа.",
    "Масата вече е заета.",
    "Апартаментът беше даден под наем на някой друг.",
    "Ако процесът за вас приключва тук, ще ви пишем.",
    "Масата беше заета от някой друг.",
    "Друг колега получи пратката.",
    # Ukrainian
    "Якщо ми оберемо іншого кандидата, ми вам повідомимо.",
    "Запрошуємо вас на співбесіду в п'ятницю; на жаль, парковка закрита.",
    "Пропонуємо вам посаду; на жаль, їдальня зачинена.",
    "Посилку віддали сусідові.",
    "Столик уже зайнятий.",
    "Квартиру здали комусь іншому.",
    "Якщо посаду займе хтось інший, ми повідомимо вас.",
    "Столик займе хтось інший.",
    "Ми вибрали кандидата на співбесіду і запрошуємо вас.",
    # Hungarian
    "Ha más jelöltet választunk, értesítjük.",
    "A jelentkezéseket addig fogadjuk, amíg az állás be nem töltődik.",
    "Meghívjuk állásinterjúra kedden; sajnos a parkoló zárva van.",
    "Felajánljuk Önnek az állást; sajnos a menza zárva van.",
    "A csomagot a szomszéd kapta meg.",
    "Az asztal már foglalt.",
    "A lakást másnak adtuk ki.",
    "Ha pályázata nem lesz sikeres, értesítjük.",
    "Az asztalt valaki más foglalta le.",
    "A lakást egy másik bérlő kapta meg.",
    # Dutch
    "Als we voor een andere kandidaat kiezen, laten we het je weten.",
    "We nemen sollicitaties aan totdat de vacature vervuld is.",
    "We nodigen je uit voor een gesprek; helaas is de parkeerplaats gesloten.",
    "We bieden je de baan aan; helaas is de kantine dicht.",
    "Het pakket is bij de buren afgegeven.",
    "De tafel is al bezet.",
    "Het appartement is aan iemand anders verhuurd.",
    "Als je sollicitatie niet succesvol is, hoor je dat van ons.",
    "We kunnen je de koffie niet aanbieden, de machine is kapot.",
    # Polish
    "Jeśli wybierzemy innego kandydata, damy Panu znać.",
    "Przyjmujemy zgłoszenia do czasu obsadzenia stanowiska.",
    "Zapraszamy na rozmowę w czwartek; niestety parking jest zamknięty.",
    "Oferujemy Panu stanowisko; niestety stołówka jest zamknięta.",
    "Paczkę oddaliśmy sąsiadowi.",
    "Stolik jest już zajęty.",
    "Mieszkanie wynajęliśmy komuś innemu.",
    "Zdecydowaliśmy się na wyjazd do Gdańska.",
    "Jeśli w Pana przypadku proces zakończy się wcześniej, damy znać.",
    # Czech
    "Pokud vybereme jiného uchazeče, dáme vám vědět.",
    "Zveme vás na pohovor ve středu; bohužel je parkoviště zavřené.",
    "Nabízíme vám pozici; bohužel je jídelna zavřená.",
    "Balík jsme předali sousedovi.",
    "Stůl je už obsazený.",
    "Byt jsme pronajali někomu jinému.",
    "Pokud výběrové řízení pro vás tímto končí, dáme vám vědět.",
    "Stůl obsadil někdo jiný.",
    "Koncert byl zrušen.",
    # Malay
    "Jika kami memilih calon lain, kami akan memaklumkan anda.",
    "Kami menerima permohonan sehingga jawatan diisi.",
    "Kami menjemput anda ke temuduga pada hari Isnin; malangnya tempat letak kereta ditutup.",
    "Kami menawarkan jawatan ini kepada anda; malangnya kantin ditutup.",
    "Bungkusan telah diberikan kepada jiran.",
    "Meja itu sudah diambil.",
    "Rumah itu telah disewakan kepada orang lain.",
    "Kami telah memilih restoran untuk makan malam.",
    "Jika permohonan anda berakhir di sini, kami akan memaklumkan anda.",
    # Amharic
    "ሌላ አመልካች ከመረጥን እናሳውቅዎታለን።",
    "የሥራ ቦታው እስኪሞላ ድረስ ማመልከቻዎችን እንቀበላለን።",
    "ለቃለ መጠይቅ እንጋብዝዎታለን፤ በሚያሳዝን ሁኔታ የመኪና ማቆሚያው ዝግ ነው።",
    "ሥራውን እናቀርብልዎታለን፤ በሚያሳዝን ሁኔታ ካፊቴሪያው ዝግ ነው።",
    "እሽጉ ለጎረቤት ተሰጥቷል።",
    "ወንበሩ ተይዟል።",
    "ቤቱ ለሌላ ሰው ተከራይቷል።",
    "ሌላ ሰው ወንበሩን ወስዷል።",
    "ማመልከቻዎ ካልተሳካ እናሳውቅዎታለን።",
    # Swedish
    "Om vi väljer en annan kandidat hör vi av oss.",
    "Vi tar emot ansökningar tills tjänsten är tillsatt.",
    "Vi vill bjuda in dig till intervju; tyvärr är parkeringen stängd.",
    "Vi erbjuder dig tjänsten; tyvärr är matsalen stängd.",
    "Paketet lämnades till grannen.",
    "Bordet är redan upptaget.",
    "Lägenheten hyrdes ut till någon annan.",
    "Vi har valt en kollega som kontaktperson för din intervju.",
    "Om din ansökan avslutas här får du besked.",
    # Welsh
    "Os byddwn yn dewis ymgeisydd arall, byddwn yn rhoi gwybod i chi.",
    "Hoffem eich gwahodd i gyfweliad; yn anffodus mae'r maes parcio ar gau.",
    "Rydym yn cynnig y swydd i chi; yn anffodus mae'r ffreutur ar gau.",
    "Rhoddwyd y parsel i'r cymydog.",
    "Mae'r bwrdd wedi'i gymryd eisoes.",
    "Mae'r fflat wedi'i osod i rywun arall.",
    "Mae rhywun arall wedi cymryd y sedd.",
    "Os nad oedd eich cais yn llwyddiannus, byddwn yn ysgrifennu.",
    # Irish
    "Má roghnaímid iarrthóir eile, cuirfimid in iúl duit.",
    "Glacfaimid le hiarratais go dtí go mbeidh an post líonta.",
    "Ba mhaith linn cuireadh chun agallaimh a thabhairt duit; faraor tá an carrchlós dúnta.",
    "Táimid ag tairiscint an phoist duit; faraor tá an ceaintín dúnta.",
    "Tugadh an beart don chomharsa.",
    "Tá an bord tógtha cheana.",
    "Ligeadh an t-árasán le duine eile.",
    "Chuaigh an bus go dtí an baile.",
    "Chuaigh an beart chuig duine eile.",
    # Basque
    "Beste hautagai bat aukeratzen badugu, jakinaraziko dizugu.",
    "Eskaerak onartuko ditugu lanpostua bete arte.",
    "Elkarrizketara gonbidatzen zaitugu; tamalez aparkalekua itxita dago.",
    "Lanpostua eskaintzen dizugu; tamalez jantokia itxita dago.",
    "Paketea bizilagunari eman zaio.",
    "Mahaia dagoeneko hartuta dago.",
    "Etxebizitza beste norbaiti alokatu diogu.",
    "Mahaia beste norbaitentzat da.",
    "Zure eskaerak arrakastarik ez badu, jakinaraziko dizugu.",
    # Albanian
    "Nëse zgjedhim një kandidat tjetër, do t'ju njoftojmë.",
    "Pranojmë aplikime derisa pozicioni të plotësohet.",
    "Ju ftojmë në intervistë të enjten; fatkeqësisht parkingu është i mbyllur.",
    "Ju ofrojmë pozicionin; fatkeqësisht mensa është e mbyllur.",
    "Pakoja iu dha fqinjit.",
    "Tavolina është e zënë tashmë.",
    "Apartamenti iu dha me qira dikujt tjetër.",
    "Bileta iu dha dikujt tjetër.",
    "Nëse aplikimi juaj nuk është i suksesshëm, do t'ju shkruajmë.",
    # Macedonian
    "Ако избереме друг кандидат, ќе ве известиме.",
    "Примаме апликации додека позицијата не биде пополнета.",
    "Ве покануваме на интервју во вторник; за жал, паркингот е затворен.",
    "Ви ја нудиме работата; за жал, мензата е затворена.",
    "Пакетот му беше даден на соседот.",
    "Масата е веќе зафатена.",
    "Станот го изнајмивме на некој друг.",
    "Масата ја зазеде некој друг.",
    "Ако вашата апликација не е успешна, ќе ве известиме.",
    # Georgian
    "თუ სხვა კანდიდატს ავირჩევთ, შეგატყობინებთ.",
    "განაცხადებს ვიღებთ, სანამ ვაკანსია არ შეივსება.",
    "გიწვევთ გასაუბრებაზე ხუთშაბათს; სამწუხაროდ, ავტოსადგომი დაკეტილია.",
    "გთავაზობთ პოზიციას; სამწუხაროდ, სასადილო დაკეტილია.",
    "ამანათი მეზობელს გადაეცა.",
    "მაგიდა უკვე დაკავებულია.",
    "ბინა სხვას მივაქირავეთ.",
    "სხვა კოლეგამ მიიღო ამანათი.",
    # Armenian
    "Եթե ընտրենք այլ թեկնածու, կտեղեկացնենք Ձեզ։",
    "Դիմումներ ենք ընդունում մինչև պաշտոնը զբաղեցվի։",
    "Հրավիրում ենք Ձեզ հարցազրույցի հինգշաբթի; ցավոք, կայանատեղին փակ է։",
    "Առաջարկում ենք Ձեզ պաշտոնը; ցավոք, ճաշարանը փակ է։",
    "Ծանրոցը տրվեց հարևանին։",
    "Սեղանն արդեն զբաղված է։",
    "Բնակարանը վարձով տվեցինք ուրիշին։",
    "Սեղանը զբաղեցրեց ուրիշ մեկը։",
    "Եթե Ձեր դիմումը հաջող չլինի, կտեղեկացնենք։",
    # Tamil
    "நாங்கள் வேறு விண்ணப்பதாரரைத் தேர்ந்தெடுத்தால், உங்களுக்குத் தெரிவிப்போம்.",
    "பணியிடம் நிரப்பப்படும் வரை விண்ணப்பங்களை ஏற்கிறோம்.",
    "நேர்காணலுக்கு உங்களை அழைக்கிறோம்; வருந்துகிறோம், வாகன நிறுத்துமிடம் மூடப்பட்டுள்ளது.",
    "இந்தப் பணியை உங்களுக்கு வழங்குகிறோம்; வருந்துகிறோம், உணவகம் மூடப்பட்டுள்ளது.",
    "பொட்டலம் பக்கத்து வீட்டுக்காரருக்கு வழங்கப்பட்டது.",
    "மேசை ஏற்கனவே எடுக்கப்பட்டுவிட்டது.",
    "உங்கள் விண்ணப்பம் வெற்றிபெறவில்லை என்றால், தெரிவிப்போம்.",
    # Yoruba
    "Bí a bá yan olùbẹ̀wẹ̀ míràn, a ó jẹ́ kí o mọ̀.",
    "A ń gba ìbéèrè títí ipò náà yóò fi kún.",
    "A pè ọ́ fún ìfọ̀rọ̀wánilẹ́nuwò; ó ṣeni láàánú, ibi ìgbọ́kọ̀sí ti wà ní títì.",
    "A fún ọ ní iṣẹ́ náà; ó ṣeni láàánú, ilé oúnjẹ ti wà ní títì.",
    "A fún aládùúgbò ní ẹrù náà.",
    "Ẹlòmíràn ti gba àga náà.",
    "Ilé náà ti di ti ẹlòmíràn.",
    "Olùbẹ̀wẹ̀ míràn gba àga náà.",
    "A kò lè fún ọ ní omi.",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_swept_refusals_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_receipts_offers_and_twins_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


# Second sweep (issue 11): the reader's file closed here; the post went to (was given to,
# taken by) one described by any noun; the choice fell on another.
READ_SECOND = [
    # Croatian
    # your file closes (is closed) here
    ("Vaš dosje se ovdje zatvara.", negation.READER_OUT),
    # your application (candidacy) is closed, ends with this
    ("Vaša prijava je time zatvorena.", negation.READER_OUT),
    # a friend from the next town got (was given) the job
    ("Posao je dobila prijateljica iz susjednog sela.", negation.CHOSE_OTHER),
    # the choice this time fell on another candidate
    ("Izbor je ovaj put pao na drugog kandidata.", negation.CHOSE_OTHER),
    # Romanian
    # your file closes (is closed) here
    ("Dosarul dumneavoastră se închide aici.", negation.READER_OUT),
    # the operator's (driver's) post went to an old worker from the valley
    ("Postul de operator a fost dat unui fost muncitor din vale.", negation.CHOSE_OTHER),
    # a craftsman from the harbour got the post
    ("Un meșter din port a obținut postul.", negation.CHOSE_OTHER),
    # the baker's post went to a baker who worked for us at the holidays
    (
        "Postul de brutar a revenit unui brutar care a lucrat la noi de sărbători.",
        negation.CHOSE_OTHER,
    ),
    # your candidacy has been shelved with this
    ("Candidatura dumneavoastră a fost clasată cu aceasta.", negation.READER_OUT),
    # Bulgarian
    # your file closes (is closed) here
    ("Вашето досие се закрива тук.", negation.READER_OUT),
    # your application (candidacy) is closed, ends with this
    ("С това вашата кандидатура приключва.", negation.READER_OUT),
    # the operator's (driver's) post went to an old worker from the valley
    ("Мястото на оператора отиде при стар работник от долината.", negation.CHOSE_OTHER),
    # a friend from the next town got (was given) the job
    ("Работата беше дадена на приятел от съседния град.", negation.CHOSE_OTHER),
    # the choice this time fell on another candidate
    ("Изборът този път падна на друг кандидат.", negation.CHOSE_OTHER),
    # Ukrainian
    # your file closes (is closed) here
    ("Ваша справа на цьому закривається.", negation.READER_OUT),
    # your application (candidacy) is closed, ends with this
    ("Вашу кандидатуру на цьому закрито.", negation.READER_OUT),
    # a friend from the next town got (was given) the job
    ("Роботу віддали другові з сусіднього міста.", negation.CHOSE_OTHER),
    # your application is closed here
    ("Вашу заявку тут закрито.", negation.READER_OUT),
    # the baker's post was given to a baker who worked for us at the holidays
    ("Посаду пекаря надали пекарю, який працював у нас на свята.", negation.CHOSE_OTHER),
    # Hungarian
    # we have herewith closed your file
    ("Az Ön aktáját ezzel lezártuk.", negation.READER_OUT),
    # a baker who worked for us at the holidays won the baker's post
    ("A pékállást egy pék nyerte el, aki nálunk dolgozott az ünnepek alatt.", negation.CHOSE_OTHER),
    # the choice this time fell on another candidate
    ("A választás ezúttal egy másik jelöltre esett.", negation.CHOSE_OTHER),
    # we have herewith closed your application
    ("Pályázatát ezzel lezártuk.", negation.READER_OUT),
    # Dutch
    # your file closes (is closed) here
    ("Uw dossier wordt hierbij gesloten.", negation.READER_OUT),
    # the operator's (driver's) post went to an old worker from the valley
    ("De baan van operator is naar een oud-medewerker uit de vallei gegaan.", negation.CHOSE_OTHER),
    # a master weaver from the coast got the post
    ("Een meesterwever van de kust heeft de functie gekregen.", negation.CHOSE_OTHER),
    # your candidacy stops here
    ("Je kandidatuur stopt hier.", negation.READER_OUT),
    # the baker's post went to a baker who worked for us at the holidays
    (
        "De functie van bakker ging naar een bakker die in de feestdagen bij ons werkte.",
        negation.CHOSE_OTHER,
    ),
    # Polish
    # your application is closed at this stage
    ("Pani aplikacja zostaje zamknięta na tym etapie.", negation.READER_OUT),
    # your file is closed at this point
    ("Pana teczka zostaje w tym miejscu zamknięta.", negation.READER_OUT),
    # your candidacy is closed at this point
    ("Pana kandydatura zostaje zamknięta w tym miejscu.", negation.READER_OUT),
    # your application ends at this stage
    ("Twoje zgłoszenie na tym etapie się kończy.", negation.READER_OUT),
    # Czech
    # your file closes (is closed) here
    ("Vaše složka se tímto uzavírá.", negation.READER_OUT),
    # your application ends here
    ("Vaše přihláška zde končí.", negation.READER_OUT),
    # the operator's (driver's) post went to an old worker from the valley
    ("Místo operátora dostal starý dělník z údolí.", negation.CHOSE_OTHER),
    # a friend from the next town got the job
    ("Práci dostal kamarád ze sousedního města.", negation.CHOSE_OTHER),
    # Swedish
    # your matter is herewith closed
    ("Ditt ärende avslutas härmed.", negation.READER_OUT),
    # your application is thereby closed
    ("Din ansökan är därmed avslutad.", negation.READER_OUT),
    # a master weaver from the coast got the job
    ("En vävmästare från kusten fick jobbet.", negation.CHOSE_OTHER),
    # your candidacy is herewith closed
    ("Din kandidatur avslutas härmed.", negation.READER_OUT),
    # a baker who worked for us at the holidays got the post
    ("En bagare som jobbade hos oss över helgerna fick tjänsten.", negation.CHOSE_OTHER),
    # Malay
    # your file closes (is closed) here
    ("Fail anda ditutup di sini.", negation.READER_OUT),
    # a craftsman from the harbour has got the post
    ("Seorang tukang dari pelabuhan telah mendapat jawatan itu.", negation.CHOSE_OTHER),
    # the choice this time fell on another candidate
    ("Pilihan kali ini jatuh kepada calon lain.", negation.CHOSE_OTHER),
    # your papers end here
    ("Dokumen anda berakhir di sini.", negation.READER_OUT),
    # our choice fell on a baker who used to work here
    (
        "Pilihan kami jatuh kepada seorang tukang roti yang pernah bekerja di sini.",
        negation.CHOSE_OTHER,
    ),
    # Albanian
    # your file closes (is closed) here
    ("Dosja juaj mbyllet këtu.", negation.READER_OUT),
    # the choice this time fell on another candidate
    ("Zgjedhja këtë herë ra mbi një kandidat tjetër.", negation.CHOSE_OTHER),
    # the choice fell on a colleague from the town
    ("Zgjedhja ra te një kolege nga qyteti.", negation.CHOSE_OTHER),
    # a baker who worked for us at the holidays took the baker's post
    (
        "Postin e bukëpjekësit e mori një bukëpjekës që punoi te ne gjatë festave.",
        negation.CHOSE_OTHER,
    ),
    # Macedonian
    # your file closes (is closed) here
    ("Вашето досие тука се затвора.", negation.READER_OUT),
    # your application (candidacy) is closed, ends with this
    ("Со ова вашата кандидатура е затворена.", negation.READER_OUT),
    # the operator's (driver's) post went to an old worker from the valley
    ("Работното место оператор го доби стар работник од долината.", negation.CHOSE_OTHER),
    # a friend from the next town got (was given) the job
    ("Работата му беше дадена на пријател од соседниот град.", negation.CHOSE_OTHER),
    # the choice this time fell on another candidate
    ("Изборот овој пат падна на друг кандидат.", negation.CHOSE_OTHER),
    # Welsh
    # your file closes (is closed) here
    ("Mae eich ffeil yn cau yma.", negation.READER_OUT),
    # the operator's (driver's) post went to an old worker from the valley
    ("Aeth swydd y gweithredwr i hen weithiwr o'r cwm.", negation.CHOSE_OTHER),
    # a friend from the next town got (was given) the job
    ("Cafodd y swydd ei rhoi i ffrind o'r dref nesaf.", negation.CHOSE_OTHER),
    # the choice this time fell on another candidate
    ("Syrthiodd y dewis y tro hwn ar ymgeisydd arall.", negation.CHOSE_OTHER),
    # Basque
    # your file closes (is closed) here
    ("Zure espedientea hemen ixten da.", negation.READER_OUT),
    # your application (candidacy) is closed, ends with this
    ("Zure hautagaitza honekin amaitu da.", negation.READER_OUT),
    # we gave the post to a friend from the next village
    ("Lanpostua ondoko herriko lagun bati eman diogu.", negation.CHOSE_OTHER),
    # the choice this time fell on another candidate
    ("Aukeraketa oraingoan beste hautagai batengan erori da.", negation.CHOSE_OTHER),
    # Irish
    # your file closes (is closed) here
    ("Dúntar do chomhad anseo.", negation.READER_OUT),
    # your application ends here
    ("Tagann deireadh le d'iarratas anseo.", negation.READER_OUT),
    # the choice this time fell on another candidate
    ("Thit an rogha an uair seo ar iarrthóir eile.", negation.CHOSE_OTHER),
    # your file was closed here
    ("Dúnadh do chomhad anseo.", negation.READER_OUT),
    # the choice fell on another colleague this time
    ("Thit an rogha ar chomhghleacaí eile an uair seo.", negation.CHOSE_OTHER),
    # Amharic
    # your file closes (is closed) here
    ("ማህደርዎ እዚህ ተዘግቷል።", negation.READER_OUT),
    # your application (candidacy) is closed, ends with this
    ("የእርስዎ ፋይል በዚህ ያበቃል።", negation.READER_OUT),
    # the operator's (driver's) post went to an old worker from the valley
    ("የኦፕሬተሩ ሥራ ከሸለቆው ለመጣ የቀድሞ ሠራተኛ ተሰጥቷል።", negation.CHOSE_OTHER),
    # a friend from the next town got (was given) the job
    ("ሥራውን የአጎራባች ከተማ ጓደኛ ወስዶታል።", negation.CHOSE_OTHER),
    # the choice this time fell on another candidate
    ("ምርጫው በዚህ ጊዜ በሌላ አመልካች ላይ ወድቋል።", negation.CHOSE_OTHER),
    # Georgian
    # your file closes (is closed) here
    ("თქვენი საქმე აქ იხურება.", negation.READER_OUT),
    # your application (candidacy) is closed, ends with this
    ("თქვენი განაცხადი ამით დახურულია.", negation.READER_OUT),
    # the operator's (driver's) post went to an old worker from the valley
    ("ოპერატორის პოზიცია ხეობიდან ძველმა მუშამ მიიღო.", negation.CHOSE_OTHER),
    # a friend from the next town got (was given) the job
    ("სამუშაო ადგილი მეზობელი ქალაქის მეგობარს გადაეცა.", negation.CHOSE_OTHER),
    # Armenian
    # your file closes (is closed) here
    ("Ձեր գործն այստեղ փակվում է։", negation.READER_OUT),
    # your application (candidacy) is closed, ends with this
    ("Ձեր դիմումն այսքանով փակված է։", negation.READER_OUT),
    # the operator's (driver's) post went to an old worker from the valley
    ("Օպերատորի պաշտոնը ստացավ հովտից մի հին աշխատող։", negation.CHOSE_OTHER),
    # a friend from the next town got (was given) the job
    ("Աշխատանքը տրվեց հարևան քաղաքից մի ընկերոջ։", negation.CHOSE_OTHER),
    # the choice this time fell on another candidate
    ("Ընտրությունն այս անգամ կանգ առավ մեկ այլ թեկնածուի վրա։", negation.CHOSE_OTHER),
    # Tamil
    # your file closes (is closed) here
    ("உங்கள் கோப்பு இங்கே மூடப்படுகிறது.", negation.READER_OUT),
    # your application (candidacy) is closed, ends with this
    ("உங்கள் விண்ணப்பம் இத்துடன் மூடப்பட்டது.", negation.READER_OUT),
    # the operator's (driver's) post went to an old worker from the valley
    ("இயக்குநர் பணி பள்ளத்தாக்கைச் சேர்ந்த ஒரு பழைய தொழிலாளருக்கு வழங்கப்பட்டது.", negation.CHOSE_OTHER),
    # the choice this time fell on another candidate
    ("இம்முறை தேர்வு வேறொரு விண்ணப்பதாரர் மீது விழுந்தது.", negation.CHOSE_OTHER),
]

UNREAD_SECOND = [
    # Croatian
    # your file is closed for the holidays, we reopen on Monday
    "Vaš dosje je zatvoren zbog praznika, otvaramo u ponedjeljak.",
    # the office here closes at five
    "Ured se ovdje zatvara u pet.",
    # if the job goes to someone else, we will tell you
    "Ako posao dobije netko drugi, javit ćemo vam.",
    # the parcel went to a neighbour from the next street
    "Paket je dobio susjed iz susjedne ulice.",
    # the prize went to a baker from the town
    "Nagradu je dobio pekar iz grada.",
    # the seat was taken by an old man
    "Sjedalo je zauzeo stari čovjek.",
    # the office closes here at five, and your application is thereby received
    "Ured se zatvara ovdje u pet, a vaša prijava je time zaprimljena.",
    # Romanian
    # your file is closed for the holidays, we reopen on Monday
    "Dosarul dumneavoastră este închis pentru sărbători, redeschidem luni.",
    # the office here closes at five
    "Biroul se închide aici la ora cinci.",
    # if the job goes to someone else, we will tell you
    "Dacă postul va fi dat altcuiva, vă anunțăm.",
    # the parcel went to a neighbour from the next street
    "Coletul a fost dat unui vecin de pe strada alăturată.",
    # the prize went to a baker from the town
    "Premiul a mers la un brutar din oraș.",
    # the seat was taken by an old man
    "Locul a fost luat de un bătrân.",
    # you got the post, congratulations
    "Ați obținut postul, felicitări.",
    # Bulgarian
    # your file is closed for the holidays, we reopen on Monday
    "Вашето досие е закрито за празниците, отваряме в понеделник.",
    # the office here closes at five
    "Офисът тук затваря в пет.",
    # if the job goes to someone else, we will tell you
    "Ако работата отиде при друг, ще ви уведомим.",
    # the parcel went to a neighbour from the next street
    "Пратката отиде при съсед от съседната улица.",
    # the prize went to a baker from the town
    "Наградата отиде при пекар от града.",
    # the seat was taken by an old man
    "Мястото беше заето от старец.",
    # the job was given to you, congratulations
    "Работата беше дадена на вас, поздравления.",
    # Ukrainian
    # your file is closed for the holidays, we reopen on Monday
    "Ваша справа закрита на свята, відкриваємо в понеділок.",
    # the office here closes at five
    "Офіс тут закривається о п'ятій.",
    # if the job goes to someone else, we will tell you
    "Якщо роботу отримає хтось інший, ми повідомимо.",
    # the parcel went to a neighbour from the next street
    "Посилку віддали сусідові з сусідньої вулиці.",
    # the prize went to a baker from the town
    "Премію отримав пекар з міста.",
    # Hungarian
    # your file is closed for the holidays, we reopen on Monday
    "Az Ön aktája az ünnepek alatt le van zárva, hétfőn nyitunk.",
    # the office here closes at five
    "Az iroda itt ötkor zár.",
    # if the job goes to someone else, we will tell you
    "Ha az állást más kapja meg, értesítjük.",
    # the parcel went to a neighbour from the next street
    "A csomagot egy szomszéd kapta meg a szomszéd utcából.",
    # the prize went to a baker from the town
    "A díjat egy pék kapta meg a városból.",
    # Dutch
    # your file is closed for the holidays, we reopen on Monday
    "Uw dossier is gesloten tijdens de feestdagen, we openen maandag weer.",
    # the office here closes at five
    "Het kantoor sluit hier om vijf uur.",
    # if the job goes to someone else, we will tell you
    "Als de baan naar iemand anders gaat, laten we het je weten.",
    # the parcel went to a neighbour from the next street
    "Het pakket is naar een buurman uit de volgende straat gegaan.",
    # the prize went to a baker from the town
    "De prijs ging naar een bakker uit de stad.",
    # the seat was taken by an old man
    "De stoel werd ingenomen door een oude man.",
    # you got the post, congratulations
    "U heeft de functie gekregen, van harte gefeliciteerd.",
    # Polish
    # your file is closed for the holidays, we reopen on Monday
    "Pana teczka jest zamknięta na święta, otwieramy w poniedziałek.",
    # the office here closes at five
    "Biuro zamyka się tutaj o piątej.",
    # if the job goes to someone else, we will tell you
    "Jeśli pracę dostanie ktoś inny, damy znać.",
    # the parcel went to a neighbour from the next street
    "Paczkę dostał sąsiad z sąsiedniej ulicy.",
    # the prize went to a baker from the town
    "Nagrodę otrzymał piekarz z miasta.",
    # Czech
    # your file is closed for the holidays, we reopen on Monday
    "Vaše složka je o svátcích uzavřena, otevíráme v pondělí.",
    # the office here closes at five
    "Kancelář se zde zavírá v pět.",
    # if the job goes to someone else, we will tell you
    "Pokud práci dostane někdo jiný, dáme vám vědět.",
    # the parcel went to a neighbour from the next street
    "Balík dostal soused z vedlejší ulice.",
    # the prize went to a baker from the town
    "Cenu dostal pekař z města.",
    # the seat was taken by an old man
    "Místo zabral starý muž.",
    # you got the job, congratulations
    "Práci jste dostal, gratulujeme.",
    # Swedish
    # your file is closed for the holidays, we reopen on Monday
    "Ditt ärende är stängt under helgerna, vi öppnar på måndag.",
    # the office here closes at five
    "Kontoret stänger här klockan fem.",
    # if the job goes to someone else, we will tell you
    "Om jobbet går till någon annan hör vi av oss.",
    # the parcel went to a neighbour from the next street
    "Paketet gick till en granne från nästa gata.",
    # the prize went to a baker from the town
    "Priset gick till en bagare från stan.",
    # the seat was taken by an old man
    "Platsen togs av en gammal man.",
    # you got the job, congratulations
    "Du fick jobbet, grattis!",
    # Malay
    # your file is closed for the holidays, we reopen on Monday
    "Fail anda ditutup semasa cuti, kami dibuka semula pada hari Isnin.",
    # the office here closes at five
    "Pejabat ditutup di sini pada pukul lima.",
    # if the job goes to someone else, we will tell you
    "Jika jawatan itu diberikan kepada orang lain, kami akan memaklumkan anda.",
    # the parcel went to a neighbour from the next street
    "Bungkusan itu diberikan kepada jiran dari jalan sebelah.",
    # the prize went to a baker from the town
    "Hadiah itu diberikan kepada seorang pembuat roti dari bandar.",
    # you have got the post, congratulations
    "Anda telah mendapat jawatan itu, tahniah.",
    # Albanian
    # your file is closed for the holidays, we reopen on Monday
    "Dosja juaj është e mbyllur për festat, rihapim të hënën.",
    # the office here closes at five
    "Zyra mbyllet këtu në orën pesë.",
    # if the job goes to someone else, we will tell you
    "Nëse punën e merr dikush tjetër, do t'ju njoftojmë.",
    # the parcel went to a neighbour from the next street
    "Pakoja i shkoi një fqinji nga rruga tjetër.",
    # the prize went to a baker from the town
    "Çmimin e mori një bukëpjekës nga qyteti.",
    # Macedonian
    # your file is closed for the holidays, we reopen on Monday
    "Вашето досие е затворено за празниците, отвораме во понеделник.",
    # the office here closes at five
    "Канцеларијата тука се затвора во пет.",
    # if the job goes to someone else, we will tell you
    "Ако работата ја добие некој друг, ќе ве известиме.",
    # the parcel went to a neighbour from the next street
    "Пакетот го доби сосед од соседната улица.",
    # the prize went to a baker from the town
    "Наградата ја доби пекар од градот.",
    # the seat was taken by an old man
    "Седиштето го зазеде стар човек.",
    # the choice fell on you, congratulations
    "Изборот падна на вас, честитки.",
    # Welsh
    # your file is closed for the holidays, we reopen on Monday
    "Mae eich ffeil ar gau dros y gwyliau, rydym yn ailagor ddydd Llun.",
    # the office here closes at five
    "Mae'r swyddfa yn cau yma am bump.",
    # if the job goes to someone else, we will tell you
    "Os aiff y swydd i rywun arall, byddwn yn rhoi gwybod.",
    # the parcel went to a neighbour from the next street
    "Aeth y parsel i gymydog o'r stryd nesaf.",
    # the prize went to a baker from the town
    "Aeth y wobr i bobydd o'r dref.",
    # the post was given to you, congratulations
    "Cafodd y swydd ei rhoi i chi, llongyfarchiadau.",
    # Basque
    # your file is closed for the holidays, we reopen on Monday
    "Zure espedientea itxita dago jaietan, astelehenean irekiko dugu.",
    # the office here closes at five
    "Bulegoa hemen ixten da bostetan.",
    # if the job goes to someone else, we will tell you
    "Lanpostua beste norbaiti ematen badiogu, jakinaraziko dizugu.",
    # the parcel went to a neighbour from the next street
    "Paketea ondoko kaleko bizilagun bati eman diogu.",
    # the prize went to a baker from the town
    "Saria herriko okin batek lortu du.",
    # you got the post, congratulations
    "Lanpostua zuk lortu duzu, zorionak.",
    # Irish
    # your file is closed for the holidays, we reopen on Monday
    "Tá do chomhad dúnta thar na laethanta saoire, osclóimid Dé Luain.",
    # the office here closes at five
    "Dúntar an oifig anseo ag a cúig.",
    # if the job goes to someone else, we will tell you
    "Má théann an post chuig duine eile, cuirfimid in iúl duit.",
    # the parcel went to a neighbour from the next street
    "Chuaigh an beart chuig comharsa ón gcéad sráid eile.",
    # the prize went to a baker from the town
    "Chuaigh an duais chuig báicéir ón mbaile.",
    # the post was given to you, congratulations
    "Tugadh an post duit, comhghairdeas.",
    # Amharic
    # your file is closed for the holidays, we reopen on Monday
    "ማህደርዎ ለበዓላት ተዘግቷል፣ ሰኞ እንከፍታለን።",
    # the office here closes at five
    "ቢሮው እዚህ በአምስት ሰዓት ይዘጋል።",
    # if the job goes to someone else, we will tell you
    "ሥራው ለሌላ ሰው ከተሰጠ እናሳውቅዎታለን።",
    # the parcel went to a neighbour from the next street
    "ጥቅሉ ከሚቀጥለው መንገድ ለመጣ ጎረቤት ተሰጥቷል።",
    # the prize went to a baker from the town
    "ሽልማቱ ለከተማው ዳቦ ጋጋሪ ተሰጥቷል።",
    # the job was given to you, congratulations
    "ሥራው ለእርስዎ ተሰጥቷል፣ እንኳን ደስ አለዎት።",
    # work clothes were given to the worker
    "የሥራ ልብስ ለሠራተኛው ተሰጥቷል።",
    # Georgian
    # your file is closed for the holidays, we reopen on Monday
    "თქვენი საქმე დახურულია დღესასწაულების გამო, ორშაბათს ვხსნით.",
    # the office here closes at five
    "ოფისი აქ ხუთზე იხურება.",
    # if the job goes to someone else, we will tell you
    "თუ სამუშაო ადგილი სხვას გადაეცემა, შეგატყობინებთ.",
    # the parcel went to a neighbour from the next street
    "ამანათი მეზობელი ქუჩის მეზობელს გადაეცა.",
    # the prize went to a baker from the town
    "პრიზი ქალაქელმა მცხობელმა მიიღო.",
    # you got the position, congratulations
    "პოზიცია თქვენ მიიღეთ, გილოცავთ.",
    # Armenian
    # your file is closed for the holidays, we reopen on Monday
    "Ձեր գործը փակ է տոների ընթացքում, բացում ենք երկուշաբթի։",
    # the office here closes at five
    "Գրասենյակն այստեղ փակվում է հինգին։",
    # if the job goes to someone else, we will tell you
    "Եթե աշխատանքը տրվի ուրիշին, կտեղեկացնենք։",
    # the parcel went to a neighbour from the next street
    "Ծանրոցը տրվեց հարևան փողոցի հարևանին։",
    # the prize went to a baker from the town
    "Մրցանակը ստացավ քաղաքի հացթուխը։",
    # the post was given to you, congratulations
    "Պաշտոնը տրվեց ձեզ, շնորհավորում ենք։",
    # Tamil
    # your file is closed for the holidays, we reopen on Monday
    "விடுமுறைக்காக உங்கள் கோப்பு மூடப்பட்டுள்ளது, திங்கள் அன்று திறப்போம்.",
    # the office here closes at five
    "அலுவலகம் இங்கே ஐந்து மணிக்கு மூடப்படுகிறது.",
    # the parcel went to a neighbour from the next street
    "பொட்டலம் அடுத்த தெருவைச் சேர்ந்த ஒரு அண்டைவீட்டாருக்கு வழங்கப்பட்டது.",
    # the prize went to a baker from the town
    "பரிசு நகரைச் சேர்ந்த ஒரு ரொட்டி சுடுபவருக்கு வழங்கப்பட்டது.",
    # the job was given to you, congratulations
    "பணி உங்களுக்கு வழங்கப்பட்டது, வாழ்த்துக்கள்.",
]


@pytest.mark.parametrize(("text", "token"), READ_SECOND)
def test_second_sweep_refusals_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_SECOND)
def test_second_sweep_twins_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)
