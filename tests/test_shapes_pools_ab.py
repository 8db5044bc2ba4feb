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
