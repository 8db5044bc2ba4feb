"""Issue 11, sixty-sixth pass: refusals' commonest shapes swept in twenty languages (Slovak,
Lithuanian, Latvian, Greek, Hebrew, Persian, Bengali, Vietnamese, Indonesian, Filipino, Catalan,
Galician, Afrikaans, Icelandic, Norwegian, Danish, Finnish, Estonian, Slovenian, Serbian in both
scripts), read by rejectwatch.model.shapes_pools_cd.

Read as decisions: another applicant got, takes or will take the post; we chose, preferred or
decided for someone described; we go on with other applicants; the reader not successful, not
chosen, going no further or not offered the post; the post cancelled or withdrawn. All wordings
are written for these tests.

Read as nothing: application receipts with a conditional ("if we choose another candidate",
"until the post is filled"), interview invitations and offers with an unrelated negative (a car
park or canteen closed), and the same verbs about a parcel, a seat, a table, a train or tickets.
"""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

READ = [
    # Slovak: another applicant got (takes over) the post; we decided for a colleague; the
    # application goes no further; we preferred an applicant with longer practice
    ("Miesto skladníka nakoniec získala iná uchádzačka.", negation.CHOSE_OTHER),
    ("Pozíciu prevezme iný kandidát z Trnavy.", negation.CHOSE_OTHER),
    ("Rozhodli sme sa pre kolegu z Nitry.", negation.CHOSE_OTHER),
    ("Vaša prihláška ďalej nepokračuje.", negation.READER_OUT),
    ("Uprednostnili sme uchádzača s dlhšou praxou.", negation.CHOSE_OTHER),
    # Lithuanian: another candidate got (will take) the post; we decided to pick a
    # colleague; your part in the selection ends; we gave preference to a more experienced
    # candidate
    ("Šią poziciją gavo kitas kandidatas.", negation.CHOSE_OTHER),
    ("Darbo vietą užims kitas kandidatas.", negation.CHOSE_OTHER),
    ("Nusprendėme pasirinkti kolegę iš Kauno.", negation.CHOSE_OTHER),
    ("Jūsų dalyvavimas atrankoje šiuo etapu baigiasi.", negation.READER_OUT),
    ("Pirmenybę teikėme kandidatui su didesne patirtimi.", negation.CHOSE_OTHER),
    # Latvian: we chose a colleague; we go on with other candidates; your application was
    # not successful; your part in the selection ends; preference was given to a candidate
    # with more experience
    ("Mēs izvēlējāmies kolēģi no Rīgas.", negation.CHOSE_OTHER),
    ("Mēs turpinām atlasi ar citiem kandidātiem.", negation.CHOSE_OTHER),
    ("Jūsu pieteikums nebija veiksmīgs.", negation.READER_OUT),
    ("Jūsu dalība atlasē ar šo beidzas.", negation.READER_OUT),
    ("Priekšroka tika dota kandidātam ar lielāku pieredzi.", negation.CHOSE_OTHER),
    # Greek: another colleague will take the post; we decided to go ahead with a candidate;
    # your application was not successful; you were not chosen; your candidacy will go no
    # further; we preferred a more experienced candidate; the post was cancelled
    ("Τη θέση θα αναλάβει άλλη συνάδελφος.", negation.CHOSE_OTHER),
    ("Αποφασίσαμε να προχωρήσουμε με έναν υποψήφιο από τη Λάρισα.", negation.CHOSE_OTHER),
    ("Η αίτησή σας δεν ήταν επιτυχής.", negation.READER_OUT),
    ("Δυστυχώς δεν επιλεγήκατε.", negation.READER_OUT),
    ("Η υποψηφιότητά σας δεν θα προχωρήσει περαιτέρω.", negation.READER_OUT),
    ("Προτιμήσαμε υποψήφιο με περισσότερη εμπειρία.", negation.CHOSE_OTHER),
    ("Η θέση ακυρώθηκε.", negation.ROLE_GONE),
    # Hebrew: another candidate will get the role; we chose a candidate from Haifa; we go on
    # with other candidates; we cannot offer you the role; we preferred a more experienced
    # candidate
    ("את התפקיד יקבל מועמד אחר.", negation.CHOSE_OTHER),
    ("בחרנו במועמדת מחיפה.", negation.CHOSE_OTHER),
    ("אנו ממשיכים עם מועמדים אחרים.", negation.CHOSE_OTHER),
    ("איננו יכולים להציע לך את התפקיד.", negation.READER_OUT),
    ("העדפנו מועמד בעל ניסיון רב יותר.", negation.CHOSE_OTHER),
    # Persian: another applicant took the post; the post will be handed to another person;
    # your application process ends here; we preferred a person with more experience
    ("این موقعیت را متقاضی دیگری گرفت.", negation.CHOSE_OTHER),
    ("این سمت به فرد دیگری واگذار خواهد شد.", negation.CHOSE_OTHER),
    ("روند درخواست شما در اینجا به پایان می‌رسد.", negation.READER_OUT),
    ("ما فردی با تجربه بیشتر را ترجیح دادیم.", negation.CHOSE_OTHER),
    # Bengali: another will join the post; we picked a candidate from Dhaka; we go on with
    # other candidates; your application did not succeed; we cannot give you the post; we
    # gave priority to someone more experienced; the post was cancelled
    ("পদটিতে অন্য একজন যোগ দেবেন।", negation.CHOSE_OTHER),
    ("আমরা ঢাকার একজন প্রার্থীকে বেছে নিয়েছি।", negation.CHOSE_OTHER),
    ("আমরা অন্য প্রার্থীদের নিয়ে এগোচ্ছি।", negation.CHOSE_OTHER),
    ("দুঃখিত, আপনার আবেদন সফল হয়নি।", negation.READER_OUT),
    ("আমরা আপনাকে পদটি দিতে পারছি না।", negation.READER_OUT),
    ("আমরা বেশি অভিজ্ঞতাসম্পন্ন একজনকে অগ্রাধিকার দিয়েছি।", negation.CHOSE_OTHER),
    ("পদটি বাতিল করা হয়েছে।", negation.ROLE_GONE),
    # Vietnamese: the post was given to another applicant; another applicant will take on
    # the post; we chose a colleague from Da Nang; your file will not be considered further;
    # we gave priority to a more experienced applicant
    ("Vị trí này đã được giao cho một ứng viên khác.", negation.CHOSE_OTHER),
    ("Một ứng viên khác sẽ đảm nhận vị trí này.", negation.CHOSE_OTHER),
    ("Chúng tôi đã chọn một đồng nghiệp từ Đà Nẵng.", negation.CHOSE_OTHER),
    ("Hồ sơ của bạn sẽ không được xét tiếp.", negation.READER_OUT),
    ("Chúng tôi đã ưu tiên một ứng viên có nhiều kinh nghiệm hơn.", negation.CHOSE_OTHER),
    # Indonesian: the post will be filled by someone else; we decided to choose an applicant
    # from Bandung; we go on with other candidates; we decided to put a more experienced
    # candidate first; the vacancy was cancelled
    ("Posisi tersebut akan diisi oleh orang lain.", negation.CHOSE_OTHER),
    ("Kami memutuskan memilih pelamar dari Bandung.", negation.CHOSE_OTHER),
    ("Kami melanjutkan proses dengan kandidat lain.", negation.CHOSE_OTHER),
    ("Kami memutuskan untuk mengutamakan kandidat yang lebih berpengalaman.", negation.CHOSE_OTHER),
    ("Lowongan ini dibatalkan.", negation.ROLE_GONE),
    # Filipino: another applicant got the post; someone else will hold the post; we chose an
    # applicant from Cebu; we go on with other applicants; your application was not
    # successful, goes no further; we cannot offer you the job; we preferred an applicant
    # with longer experience; the post was cancelled
    ("Ibang aplikante ang nakakuha ng posisyon.", negation.CHOSE_OTHER),
    ("Iba na ang hahawak ng posisyon.", negation.CHOSE_OTHER),
    ("Pumili kami ng aplikanteng taga-Cebu.", negation.CHOSE_OTHER),
    ("Magpapatuloy kami sa ibang mga aplikante.", negation.CHOSE_OTHER),
    ("Hindi naging matagumpay ang iyong aplikasyon.", negation.READER_OUT),
    ("Hindi na uusad ang iyong aplikasyon.", negation.READER_OUT),
    ("Hindi namin maiaalok sa iyo ang trabaho.", negation.READER_OUT),
    ("Mas pinili namin ang aplikanteng mas mahaba ang karanasan.", negation.CHOSE_OTHER),
    ("Kinansela na ang posisyon.", negation.ROLE_GONE),
    # Catalan: another candidate got the post; we chose a colleague from Girona; we go on
    # with other candidates; your process ends here; we preferred a person with more
    # experience; the post was annulled
    ("La plaça l'ha obtinguda una altra candidata.", negation.CHOSE_OTHER),
    ("Hem triat un company de Girona.", negation.CHOSE_OTHER),
    ("Continuem el procés amb altres candidats.", negation.CHOSE_OTHER),
    ("El vostre procés acaba aquí.", negation.READER_OUT),
    ("Hem preferit una persona amb més experiència.", negation.CHOSE_OTHER),
    ("La plaça s'ha anul·lat.", negation.ROLE_GONE),
    # Galician: another person will take the post; we chose a colleague from Lugo; we go on
    # with other applications; your process ends here; we cannot offer you the post; we
    # preferred a person with more experience
    ("O posto ocuparao outra persoa.", negation.CHOSE_OTHER),
    ("Escollemos un compañeiro de Lugo.", negation.CHOSE_OTHER),
    ("Seguimos co proceso con outras candidaturas.", negation.CHOSE_OTHER),
    ("O teu proceso remata aquí.", negation.READER_OUT),
    ("Non che podemos ofrecer o posto.", negation.READER_OUT),
    ("Preferimos unha persoa con máis experiencia.", negation.CHOSE_OTHER),
    # Afrikaans: the post was awarded to another candidate; someone else will fill the post;
    # we chose a candidate from Stellenbosch; we go on with other candidates; your
    # application goes no further; we cannot offer you the post; we preferred a more
    # experienced candidate
    ("Die pos is aan 'n ander kandidaat toegeken.", negation.CHOSE_OTHER),
    ("Iemand anders sal die pos vul.", negation.CHOSE_OTHER),
    ("Ons het 'n kandidaat van Stellenbosch gekies.", negation.CHOSE_OTHER),
    ("Ons gaan voort met ander kandidate.", negation.CHOSE_OTHER),
    ("Jou aansoek gaan nie verder nie.", negation.READER_OUT),
    ("Ons kan nie vir jou die pos aanbied nie.", negation.READER_OUT),
    ("Ons het 'n kandidaat met meer ervaring verkies.", negation.CHOSE_OTHER),
    # Icelandic: another applicant got the job; another will take over the job; we chose an
    # applicant from Akureyri; we go on with other applicants; you were not chosen; your
    # application had no success, goes no further; an applicant with more experience was
    # chosen; the job was dropped
    ("Annar umsækjandi fékk starfið.", negation.CHOSE_OTHER),
    ("Annar aðili mun taka við starfinu.", negation.CHOSE_OTHER),
    ("Við völdum umsækjanda frá Akureyri.", negation.CHOSE_OTHER),
    ("Við höldum áfram með öðrum umsækjendum.", negation.CHOSE_OTHER),
    ("Því miður varstu ekki valinn.", negation.READER_OUT),
    ("Umsókn þín bar ekki árangur.", negation.READER_OUT),
    ("Umsókn þín fer ekki lengra.", negation.READER_OUT),
    ("Umsækjandi með meiri reynslu varð fyrir valinu.", negation.CHOSE_OTHER),
    ("Starfið hefur verið fellt niður.", negation.ROLE_GONE),
    # Norwegian: we chose a colleague from Bergen; your application did not reach the mark;
    # you were not chosen; we preferred an applicant with more experience; the post was
    # withdrawn
    ("Vi har valgt en kollega fra Bergen.", negation.CHOSE_OTHER),
    ("Søknaden din nådde dessverre ikke opp.", negation.READER_OUT),
    ("Du ble ikke valgt.", negation.READER_OUT),
    ("Vi har foretrukket en søker med mer erfaring.", negation.CHOSE_OTHER),
    ("Stillingen er trukket tilbake.", negation.ROLE_GONE),
    # Danish: we chose a colleague from Aarhus; your application was not successful; we
    # preferred an applicant with more experience; the post was annulled
    ("Vi har valgt en kollega fra Aarhus.", negation.CHOSE_OTHER),
    ("Din ansøgning var desværre ikke succesfuld.", negation.READER_OUT),
    ("Vi har foretrukket en ansøger med mere erfaring.", negation.CHOSE_OTHER),
    ("Stillingen er blevet annulleret.", negation.ROLE_GONE),
    # Finnish: another applicant gets the place; we ended up choosing a colleague from
    # Tampere; we go on with other applicants; your application did not go forward; your
    # process ends here; the post was cancelled
    ("Paikan saa toinen hakija.", negation.CHOSE_OTHER),
    ("Päädyimme valitsemaan kollegan Tampereelta.", negation.CHOSE_OTHER),
    ("Jatkamme prosessia muiden hakijoiden kanssa.", negation.CHOSE_OTHER),
    ("Hakemuksesi ei tällä kertaa edennyt.", negation.READER_OUT),
    ("Hakuprosessisi päättyy tähän.", negation.READER_OUT),
    ("Tehtävä on peruttu.", negation.ROLE_GONE),
    # Estonian: another candidate got the post; another person takes over the job; we chose
    # a colleague from Tartu; you were not chosen; your process ends here; we preferred a
    # more experienced candidate; the post was cancelled
    ("Ametikoha sai teine kandidaat.", negation.CHOSE_OTHER),
    ("Töökoha võtab üle teine inimene.", negation.CHOSE_OTHER),
    ("Valisime kolleegi Tartust.", negation.CHOSE_OTHER),
    ("Teid ei valitud.", negation.READER_OUT),
    ("Teie protsess lõpeb siin.", negation.READER_OUT),
    ("Eelistasime kogenumat kandidaati.", negation.CHOSE_OTHER),
    ("Ametikoht tühistati.", negation.ROLE_GONE),
    # Slovenian: we decided for a colleague from Maribor; we go on with other candidates; we
    # cannot offer you the post; we gave precedence to a candidate with more experience; the
    # post was abolished
    ("Odločili smo se za sodelavca iz Maribora.", negation.CHOSE_OTHER),
    ("Nadaljujemo z drugimi kandidati.", negation.CHOSE_OTHER),
    ("Ne moremo vam ponuditi delovnega mesta.", negation.READER_OUT),
    ("Prednost smo dali kandidatu z več izkušnjami.", negation.CHOSE_OTHER),
    ("Delovno mesto je bilo ukinjeno.", negation.ROLE_GONE),
    # Serbian: another candidate got the post, another person will take it over; we decided
    # for a colleague from Novi Sad; your application was not successful; your process ends
    # here; we gave precedence to a candidate with more experience
    ("Радно место је добио други кандидат.", negation.CHOSE_OTHER),
    ("Poziciju će preuzeti druga osoba.", negation.CHOSE_OTHER),
    ("Одлучили смо се за колегиницу из Новог Сада.", negation.CHOSE_OTHER),
    ("Odlučili smo se za koleginicu iz Novog Sada.", negation.CHOSE_OTHER),
    ("Нажалост, ваша пријава није била успешна.", negation.READER_OUT),
    ("Ваш поступак се овде завршава.", negation.READER_OUT),
    ("Предност смо дали кандидату са више искуства.", negation.CHOSE_OTHER),
    ("Prednost smo dali kandidatu sa više iskustva.", negation.CHOSE_OTHER),
]
UNREAD = [
    # Slovak
    "Ak si vyberieme iného uchádzača, dáme vám vedieť.",
    "Pozývame vás na pohovor v utorok; parkovisko je žiaľ zatvorené.",
    "Ponúkame vám miesto skladníka; bohužiaľ jedáleň je v piatok zatvorená.",
    "Balík sme odovzdali susedke.",
    "Stôl pri okne je už obsadený.",
    "Lístky sú vypredané.",
    "Parkovacie miesto prevzal iný sused.",
    "Miesto v autobuse získal iný cestujúci.",
    # Lithuanian
    "Jei pasirinksime kitą kandidatą, jums pranešime.",
    "Paraiškas priimame, kol pozicija bus užimta.",
    "Kviečiame jus į pokalbį antradienį; deja, automobilių stovėjimo aikštelė uždaryta.",
    "Siūlome jums sandėlininko darbą; deja, valgykla penktadienį uždaryta.",
    "Siuntinį atidavėme kaimynei.",
    "Šis staliukas jau užimtas.",
    "Bilietai išparduoti.",
    "Šią vietą lėktuve užims kitas keleivis.",
    # Latvian
    "Ja izvēlēsimies citu kandidātu, mēs jums paziņosim.",
    "Pieteikumus pieņemam, līdz vakance būs aizpildīta.",
    "Aicinām jūs uz interviju otrdien; diemžēl stāvvieta ir slēgta.",
    "Piedāvājam jums noliktavas darbinieka amatu; diemžēl ēdnīca piektdien ir slēgta.",
    "Paku atdevām kaimiņienei.",
    "Šis galdiņš jau ir aizņemts.",
    "Biļetes ir izpārdotas.",
    "Ja jūsu pieteikums nebija veiksmīgs, jūs saņemsiet e-pastu.",
    # Greek
    "Αν επιλέξουμε άλλον υποψήφιο, θα σας ενημερώσουμε.",
    "Δεχόμαστε αιτήσεις μέχρι να καλυφθεί η θέση.",
    "Σας προσκαλούμε σε συνέντευξη την Τρίτη· δυστυχώς το πάρκινγκ είναι κλειστό.",
    "Σας προσφέρουμε τη θέση· δυστυχώς η καντίνα είναι κλειστή την Παρασκευή.",
    "Το δέμα το πήρε η γειτόνισσα.",
    "Το τραπέζι είναι ήδη πιασμένο.",
    "Τα εισιτήρια έχουν εξαντληθεί.",
    "Τη θέση στο λεωφορείο θα πάρει άλλος επιβάτης.",
    "Αν η θέση ακυρώθηκε, θα σας ενημερώσουμε.",
    # Hebrew
    "אם נבחר במועמד אחר, נודיע לך.",
    "אנו מקבלים מועמדויות עד שהמשרה תאויש.",
    "נשמח להזמין אותך לראיון ביום שלישי; לצערנו החניה סגורה.",
    "אנו שמחים להציע לך את התפקיד; לצערנו הקפיטריה סגורה ביום שישי.",
    "את החבילה מסרנו לשכנה.",
    "השולחן כבר תפוס.",
    "הכרטיסים אזלו.",
    "את החבילה קיבל השכן.",
    # Persian
    "اگر فرد دیگری را انتخاب کنیم، به شما اطلاع می‌دهیم.",
    "تا زمانی که این موقعیت پر شود، درخواست‌ها را می‌پذیریم.",
    "شما را به مصاحبه در روز سه‌شنبه دعوت می‌کنیم؛ متأسفانه پارکینگ بسته است.",
    "این شغل را به شما پیشنهاد می‌کنیم؛ متأسفانه غذاخوری جمعه بسته است.",
    "بسته را به همسایه دادیم.",
    "این میز قبلاً گرفته شده است.",
    "بلیت‌ها تمام شد.",
    "بسته را فرد دیگری گرفت.",
    # Bengali
    "যদি আমরা অন্য প্রার্থী বেছে নিই, আপনাকে জানাব।",
    "পদটি পূরণ না হওয়া পর্যন্ত আবেদন নেওয়া হবে।",
    "মঙ্গলবার সাক্ষাৎকারে আপনাকে আমন্ত্রণ জানাচ্ছি; দুঃখিত, পার্কিং বন্ধ আছে।",
    "আমরা আপনাকে পদটি দিতে চাই; দুঃখিত, শুক্রবার ক্যান্টিন বন্ধ থাকবে।",
    "পার্সেলটি প্রতিবেশীকে দেওয়া হয়েছে।",
    "টেবিলটি আগেই নেওয়া হয়ে গেছে।",
    "টিকিট সব বিক্রি হয়ে গেছে।",
    "টেবিলটি অন্য একজন নিয়ে নিয়েছেন।",
    # Vietnamese
    "Nếu chúng tôi chọn ứng viên khác, chúng tôi sẽ báo cho bạn.",
    "Chúng tôi nhận hồ sơ cho đến khi vị trí có người.",
    "Mời bạn phỏng vấn vào thứ Ba; rất tiếc bãi đỗ xe đang đóng cửa.",
    "Chúng tôi xin mời bạn nhận việc; rất tiếc căng tin đóng cửa thứ Sáu.",
    "Gói hàng đã được giao cho hàng xóm.",
    "Bàn này đã có người.",
    "Vé đã bán hết.",
    "Chúng tôi đã chọn một người bạn đi cùng.",
    "Gói hàng được giao cho người khác.",
    # Indonesian
    "Jika kami memilih kandidat lain, kami akan memberi tahu Anda.",
    "Lamaran diterima sampai posisi terisi.",
    "Kami mengundang Anda wawancara hari Selasa; sayangnya parkiran tutup.",
    "Kami menawarkan posisi ini kepada Anda; sayangnya kantin tutup hari Jumat.",
    "Paketnya sudah diberikan kepada tetangga.",
    "Meja itu sudah terisi.",
    "Tiketnya sudah habis terjual.",
    "Kereta ini dibatalkan.",
    "Jika kami memutuskan memilih kandidat lain, kami akan memberi tahu Anda.",
    # Filipino
    "Kung pipili kami ng ibang aplikante, ipapaalam namin sa iyo.",
    "Tumatanggap kami ng aplikasyon hanggang mapunan ang posisyon.",
    "Inaanyayahan ka namin sa interbyu sa Martes; sa kasamaang palad, sarado ang paradahan.",
    "Inaalok namin sa iyo ang trabaho; sa kasamaang palad, sarado ang kantina sa Biyernes.",
    "Ibinigay namin ang parsela sa kapitbahay.",
    "May nakaupo na sa mesang iyan.",
    "Ubos na ang tiket.",
    "Ibang tao ang nakakuha ng parsela.",
    "Kung pumili kami ng ibang aplikante, sasabihan ka namin.",
    # Catalan
    "Si triem una altra persona, us ho farem saber.",
    "Acceptem candidatures fins que la plaça estigui coberta.",
    "Us convidem a l'entrevista dimarts; malauradament l'aparcament és tancat.",
    "Us oferim la plaça; malauradament el menjador és tancat divendres.",
    "Hem deixat el paquet a la veïna.",
    "Aquesta taula ja està ocupada.",
    "Les entrades estan exhaurides.",
    "L'entrada l'ha obtinguda una altra persona de la cua.",
    "Si hem triat una altra persona, us ho direm.",
    # Galician
    "Aceptamos candidaturas ata que a praza estea cuberta.",
    "Convidámoste á entrevista o martes; por desgraza o aparcadoiro está pechado.",
    "Ofrecémosche o posto; por desgraza o comedor está pechado o venres.",
    "Deixamos o paquete á veciña.",
    "Esta mesa xa está ocupada.",
    "As entradas están esgotadas.",
    # Afrikaans
    "As ons 'n ander kandidaat kies, sal ons jou laat weet.",
    "Aansoeke word aanvaar totdat die pos gevul is.",
    "Ons nooi jou na 'n onderhoud op Dinsdag; ongelukkig is die parkeerterrein gesluit.",
    "Ons bied jou die pos aan; ongelukkig is die kantien Vrydag gesluit.",
    "Die pakkie is aan die buurvrou gegee.",
    "Die tafel is reeds bespreek.",
    "Die kaartjies is uitverkoop.",
    "Die werk aan die dak is aan 'n ander span gegee.",
    # Icelandic
    "Ef við veljum annan umsækjanda, látum við þig vita.",
    "Við tökum við umsóknum þar til ráðið hefur verið í starfið.",
    "Við bjóðum þér í viðtal á þriðjudag; því miður er bílastæðið lokað.",
    "Við bjóðum þér starfið; því miður er mötuneytið lokað á föstudag.",
    "Pakkinn var afhentur nágrannanum.",
    "Borðið er þegar frátekið.",
    "Miðarnir eru uppseldir.",
    "Annar aðili tók við pakkanum.",
    "Ef þú varst ekki valinn, færðu tölvupóst.",
    # Norwegian
    "Hvis vi velger en annen kandidat, gir vi deg beskjed.",
    "Vi inviterer deg til intervju tirsdag; dessverre er parkeringsplassen stengt.",
    "Vi tilbyr deg stillingen; dessverre er kantina stengt fredag.",
    "Pakken ble levert til naboen.",
    "Bordet er allerede opptatt.",
    "Billettene er utsolgt.",
    # Danish
    "Hvis vi vælger en anden kandidat, giver vi dig besked.",
    "Vi modtager ansøgninger, indtil stillingen er besat.",
    "Vi inviterer dig til samtale tirsdag; desværre er parkeringspladsen lukket.",
    "Vi tilbyder dig stillingen; desværre er kantinen lukket fredag.",
    "Pakken blev afleveret til naboen.",
    "Bordet er allerede optaget.",
    "Billetterne er udsolgt.",
    "Hvis vi har valgt en anden kandidat, får du besked.",
    # Finnish
    "Jos valitsemme toisen hakijan, ilmoitamme sinulle.",
    "Kutsumme sinut haastatteluun tiistaina; valitettavasti parkkipaikka on suljettu.",
    "Tarjoamme sinulle paikkaa; valitettavasti ruokala on suljettu perjantaina.",
    "Paketti annettiin naapurille.",
    "Pöytä on jo varattu.",
    "Liput on myyty loppuun.",
    "Juna on peruttu.",
    "Pöydän sai toinen seurue.",
    "Jos hakemuksesi ei etene, ilmoitamme siitä.",
    # Estonian
    "Kui valime teise kandidaadi, anname teile teada.",
    "Võtame avaldusi vastu, kuni ametikoht on täidetud.",
    "Kutsume teid teisipäeval vestlusele; kahjuks on parkla suletud.",
    "Pakume teile ametikohta; kahjuks on söökla reedel suletud.",
    "Pakk anti naabrile.",
    "Laud on juba kinni.",
    "Piletid on välja müüdud.",
    "Koha rongis sai teine reisija.",
    "Rong tühistati.",
    # Slovenian
    "Če izberemo drugega kandidata, vas bomo obvestili.",
    "Prijave sprejemamo, dokler mesto ne bo zasedeno.",
    "Vabimo vas na razgovor v torek; žal je parkirišče zaprto.",
    "Ponujamo vam delovno mesto; žal je menza v petek zaprta.",
    "Paket smo izročili sosedi.",
    "Miza je že zasedena.",
    "Vstopnice so razprodane.",
    "Če smo se odločili za drugega kandidata, vas bomo obvestili.",
    # Serbian
    "Ако изаберемо другог кандидата, обавестићемо вас.",
    "Ako izaberemo drugog kandidata, obavestićemo vas.",
    "Пријаве примамо док позиција не буде попуњена.",
    "Позивамо вас на разговор у уторак; нажалост, паркинг је затворен.",
    "Nudimo vam posao; nažalost, kantina je u petak zatvorena.",
    "Пакет смо предали комшиници.",
    "Sto je već zauzet.",
    "Karte su rasprodate.",
    "Место у возу је добио неко други.",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_commonest_refusal_shapes_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_receipts_offers_and_same_verbs_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


# Second sweep: the file closed (ended) here; the post went to (was given to, got by) someone
# described by any noun; the choice fell on someone.
READ_SECOND = [
    # Slovak: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Váš spis sa týmto uzatvára.", negation.READER_OUT),
    ("Vaša kandidatúra sa u nás tu končí.", negation.READER_OUT),
    ("Pracovné miesto operátora dostal starší robotník z doliny.", negation.CHOSE_OTHER),
    ("Prácu pekára sme dali pekárovi, ktorý u nás robil cez sviatky.", negation.CHOSE_OTHER),
    ("Výber tentoraz padol na iného uchádzača.", negation.CHOSE_OTHER),
    # Lithuanian: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Jūsų byla čia uždaroma.", negation.READER_OUT),
    ("Jūsų paraiška tuo ir baigiasi.", negation.READER_OUT),
    ("Operatoriaus vietą gavo senas darbuotojas iš slėnio.", negation.CHOSE_OTHER),
    ("Darbas atiteko draugui iš kaimyninio miesto.", negation.CHOSE_OTHER),
    ("Pasirinkimas šį kartą krito ant kito kandidato.", negation.CHOSE_OTHER),
    # Latvian: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Jūsu lieta šeit tiek slēgta.", negation.READER_OUT),
    ("Jūsu pieteikums ar to noslēdzas.", negation.READER_OUT),
    ("Operatora vietu ieguva vecs strādnieks no ielejas.", negation.CHOSE_OTHER),
    ("Darbs tika atdots draugam no kaimiņpilsētas.", negation.CHOSE_OTHER),
    ("Izvēle šoreiz krita uz citu kandidātu.", negation.CHOSE_OTHER),
    # Greek: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Ο φάκελός σας κλείνει εδώ.", negation.READER_OUT),
    ("Η αίτησή σας σταματά σε αυτό το σημείο.", negation.READER_OUT),
    ("Η θέση του χειριστή πήγε σε έναν παλιό εργάτη από την κοιλάδα.", negation.CHOSE_OTHER),
    ("Η δουλειά δόθηκε σε έναν φίλο από τη διπλανή πόλη.", negation.CHOSE_OTHER),
    ("Η επιλογή αυτή τη φορά έπεσε σε άλλον υποψήφιο.", negation.CHOSE_OTHER),
    # Hebrew: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("התיק שלך נסגר כאן.", negation.READER_OUT),
    ("הטיפול במועמדות שלך מסתיים כאן.", negation.READER_OUT),
    ("משרת המפעיל הלכה לעובד ותיק מהעמק.", negation.CHOSE_OTHER),
    ("העבודה ניתנה לחבר מהעיר הסמוכה.", negation.CHOSE_OTHER),
    ("הבחירה הפעם נפלה על מועמד אחר.", negation.CHOSE_OTHER),
    # Persian: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("پرونده شما همین\u200cجا بسته می\u200cشود.", negation.READER_OUT),
    ("درخواست شما در اینجا به پایان می\u200cرسد.", negation.READER_OUT),
    ("شغل اپراتور به یک کارگر قدیمی از دره رسید.", negation.CHOSE_OTHER),
    ("این کار به دوستی از شهر مجاور داده شد.", negation.CHOSE_OTHER),
    ("گزینه نهایی ما این بار شخص دیگری بود.", negation.CHOSE_OTHER),
    # Bengali: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("আপনার ফাইল এখানেই বন্ধ করা হলো।", negation.READER_OUT),
    ("আপনার আবেদনের প্রক্রিয়া এখানেই শেষ হলো।", negation.READER_OUT),
    ("অপারেটরের পদটি উপত্যকার এক পুরনো কর্মীর কাছে গেছে।", negation.CHOSE_OTHER),
    ("কাজটি পাশের শহরের এক বন্ধুকে দেওয়া হয়েছে।", negation.CHOSE_OTHER),
    ("এবার নির্বাচন অন্য একজন প্রার্থীর উপর পড়েছে।", negation.CHOSE_OTHER),
    # Vietnamese: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Hồ sơ của bạn xin được khép lại tại đây.", negation.READER_OUT),
    ("Hồ sơ của bạn dừng lại ở đây.", negation.READER_OUT),
    (
        "Vị trí thợ vận hành đã thuộc về một công nhân lâu năm trong thung lũng.",
        negation.CHOSE_OTHER,
    ),
    ("Công việc đã được trao cho một người bạn ở thị trấn bên cạnh.", negation.CHOSE_OTHER),
    ("Lần này sự lựa chọn đã rơi vào một ứng viên khác.", negation.CHOSE_OTHER),
    # Indonesian: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Berkas Anda kami tutup sampai di sini.", negation.READER_OUT),
    ("Proses lamaran Anda berakhir di sini.", negation.READER_OUT),
    ("Posisi operator diberikan kepada seorang pekerja senior dari lembah.", negation.CHOSE_OTHER),
    ("Pekerjaan itu jatuh ke tangan seorang teman dari kota sebelah.", negation.CHOSE_OTHER),
    ("Pilihan kali ini jatuh pada kandidat lain.", negation.CHOSE_OTHER),
    # Filipino: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Dito na nagtatapos ang iyong aplikasyon.", negation.READER_OUT),
    ("Isinasara na namin ang iyong file dito.", negation.READER_OUT),
    (
        "Ang posisyon ng operator ay napunta sa isang beteranong manggagawa mula sa lambak.",
        negation.CHOSE_OTHER,
    ),
    ("Ibinigay ang trabaho sa isang kaibigan mula sa kabilang bayan.", negation.CHOSE_OTHER),
    ("Ang pinili namin sa pagkakataong ito ay ibang aplikante.", negation.CHOSE_OTHER),
    # Catalan: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("El vostre expedient es tanca aquí.", negation.READER_OUT),
    ("La vostra candidatura s'atura aquí.", negation.READER_OUT),
    ("La plaça d'operari ha anat a un treballador veterà de la vall.", negation.CHOSE_OTHER),
    (
        "La feina es va donar a un amic del poble del costat que ja coneix la màquina.",
        negation.CHOSE_OTHER,
    ),
    ("L'elecció aquesta vegada ha recaigut en una altra persona.", negation.CHOSE_OTHER),
    # Galician: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("O seu expediente pecha aquí.", negation.READER_OUT),
    ("A túa candidatura remata aquí.", negation.READER_OUT),
    ("O posto de operario foi para un traballador veterano do val.", negation.CHOSE_OTHER),
    (
        "O traballo de panadeiro déuselle a un rapaz que traballou connosco no verán.",
        negation.CHOSE_OTHER,
    ),
    ("A elección esta vez recaeu noutra persoa.", negation.CHOSE_OTHER),
    # Afrikaans: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Jou lêer word hiermee gesluit.", negation.READER_OUT),
    ("Jou aansoek eindig hier.", negation.READER_OUT),
    ("Die operateur se pos het na 'n ou werker uit die vallei gegaan.", negation.CHOSE_OTHER),
    ("Die werk is aan 'n vriend van die buurdorp gegee.", negation.CHOSE_OTHER),
    ("Die keuse het hierdie keer op iemand anders geval.", negation.CHOSE_OTHER),
    # Icelandic: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Umsókn þinni lýkur hér.", negation.READER_OUT),
    ("Máli þínu er hér með lokað.", negation.READER_OUT),
    ("Starfið fór til gamals starfsmanns úr dalnum.", negation.CHOSE_OTHER),
    ("Vefarameistari frá ströndinni fékk starfið.", negation.CHOSE_OTHER),
    ("Valið féll að þessu sinni á annan umsækjanda.", negation.CHOSE_OTHER),
    # Norwegian: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Saken din avsluttes her.", negation.READER_OUT),
    ("Mappen din er dermed lukket.", negation.READER_OUT),
    ("Stillingen som operatør gikk til en eldre arbeider fra dalen.", negation.CHOSE_OTHER),
    ("En vevermester fra kysten fikk jobben.", negation.CHOSE_OTHER),
    ("Valget falt denne gangen på en annen kandidat.", negation.CHOSE_OTHER),
    # Danish: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Din ansøgning afsluttes hermed.", negation.READER_OUT),
    ("Din sag stopper her.", negation.READER_OUT),
    ("Stillingen som bager gik til en bager, der hjalp os i julen.", negation.CHOSE_OTHER),
    ("En væver fra kysten fik jobbet.", negation.CHOSE_OTHER),
    ("Valget faldt denne gang på en anden ansøger.", negation.CHOSE_OTHER),
    # Finnish: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Hakemuksesi käsittely päättyy tähän.", negation.READER_OUT),
    ("Kansiosi suljetaan tältä osin.", negation.READER_OUT),
    ("Koneenhoitajan paikka meni laakson vanhalle työntekijälle.", negation.CHOSE_OTHER),
    ("Työ annettiin naapurikaupungin ystävälle, joka tuntee koneen.", negation.CHOSE_OTHER),
    ("Valinta kohdistui tällä kertaa toiseen hakijaan.", negation.CHOSE_OTHER),
    # Estonian: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Teie toimik suletakse siinkohal.", negation.READER_OUT),
    ("Teie avaldus lõpeb siin.", negation.READER_OUT),
    ("Operaatori ametikoha sai vana töötaja orust.", negation.CHOSE_OTHER),
    ("Töö anti sõbrale naaberlinnast, kes masinat juba tunneb.", negation.CHOSE_OTHER),
    ("Valik langes seekord teisele kandidaadile.", negation.CHOSE_OTHER),
    # Slovenian: your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Vaša mapa se tukaj zapira.", negation.READER_OUT),
    ("Vaša prijava se pri nas s tem zaključuje.", negation.READER_OUT),
    ("Delovno mesto operaterja je dobil starejši delavec iz doline.", negation.CHOSE_OTHER),
    ("Službo smo dali prijatelju iz sosednjega kraja, ki stroj že pozna.", negation.CHOSE_OTHER),
    ("Izbira je tokrat padla na drugo kandidatko.", negation.CHOSE_OTHER),
    # Serbian (Latin): your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Vaš dosije se ovde zatvara.", negation.READER_OUT),
    ("Vaša prijava se kod nas time završava.", negation.READER_OUT),
    ("Radno mesto rukovaoca dobio je stariji radnik iz doline.", negation.CHOSE_OTHER),
    ("Posao pekara dali smo pekaru koji je kod nas radio za praznike.", negation.CHOSE_OTHER),
    ("Izbor je ovog puta pao na drugu osobu.", negation.CHOSE_OTHER),
    # Serbian (Cyrillic): your file (application) closes or ends here; the post went to someone
    # described by any noun; the choice fell on someone else
    ("Ваш досије се овде затвара.", negation.READER_OUT),
    ("Радно место руковаоца добио је старији радник из долине.", negation.CHOSE_OTHER),
    ("Посао пекара дали смо пекару који је код нас радио за празнике.", negation.CHOSE_OTHER),
    ("Избор је овог пута пао на другу особу.", negation.CHOSE_OTHER),
]
UNREAD_SECOND = [
    # Slovak: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Váš spis je cez sviatky uzavretý, otvárame v pondelok.",
    "Kancelária sa tu zatvára o piatej.",
    "Ak prácu dostane niekto iný, dáme vám vedieť.",
    "Balík dostal sused z vedľajšej ulice.",
    "Cenu získal pekár z mesta.",
    "Miesto vo vlaku obsadil starší pán.",
    # Lithuanian: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Jūsų byla uždaryta per šventes, atidarome pirmadienį.",
    "Biuras čia užsidaro penktą.",
    "Jei darbą gaus kas nors kitas, pranešime.",
    "Siuntinį gavo kaimynas iš gretimos gatvės.",
    "Prizą gavo kepėjas iš miesto.",
    # Latvian: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Jūsu lieta ir slēgta svētku laikā, atveram pirmdien.",
    "Birojs šeit slēdzas piecos.",
    "Ja darbu iegūs kāds cits, mēs jums paziņosim.",
    "Paku saņēma kaimiņš no blakus ielas.",
    "Balvu ieguva maiznieks no pilsētas.",
    "Vietu vilcienā ieņēma vecs vīrs.",
    # Greek: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Ο φάκελός σας είναι κλειστός τις γιορτές, ανοίγουμε τη Δευτέρα.",
    "Το γραφείο κλείνει εδώ στις πέντε.",
    "Αν η δουλειά πάει σε άλλον, θα σας ενημερώσουμε.",
    "Το δέμα πήγε σε έναν γείτονα από τον διπλανό δρόμο.",
    "Το βραβείο πήγε σε έναν φούρναρη της πόλης.",
    "Τη θέση στο λεωφορείο την πήρε ένας ηλικιωμένος.",
    # Hebrew: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "התיק שלך סגור בחגים, נפתח שוב ביום שני.",
    "המשרד נסגר כאן בחמש.",
    "אם המשרה תלך למישהו אחר, נודיע לך.",
    "החבילה הלכה לשכן מהרחוב הסמוך.",
    "הפרס הלך לאופה מהעיר.",
    "את המושב תפס איש זקן.",
    # Persian: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "پرونده شما در تعطیلات بسته است، دوشنبه باز می\u200cکنیم.",
    "دفتر اینجا ساعت پنج بسته می\u200cشود.",
    "اگر شغل به شخص دیگری برسد، به شما خبر می\u200cدهیم.",
    "بسته به همسایه\u200cای از خیابان بغلی رسید.",
    "جایزه به نانوایی از شهر رسید.",
    "صندلی را پیرمردی گرفت.",
    # Bengali: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "ছুটির জন্য আপনার ফাইল বন্ধ আছে, সোমবার খুলব।",
    "অফিস এখানে পাঁচটায় বন্ধ হয়।",
    "যদি চাকরিটি অন্য কারও কাছে যায়, আমরা জানাব।",
    "পার্সেলটি পাশের রাস্তার এক প্রতিবেশীর কাছে গেছে।",
    "পুরস্কারটি শহরের এক বেকারের কাছে গেছে।",
    "আসনটি এক বৃদ্ধ লোক নিয়েছেন।",
    # Vietnamese: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Hồ sơ của bạn tạm đóng trong kỳ nghỉ, chúng tôi mở lại vào thứ Hai.",
    "Văn phòng đóng cửa ở đây lúc năm giờ.",
    "Nếu công việc được trao cho người khác, chúng tôi sẽ báo cho bạn.",
    "Gói hàng đã thuộc về một người hàng xóm ở phố bên.",
    "Giải thưởng đã thuộc về một thợ làm bánh trong thị trấn.",
    "Chỗ ngồi đã bị một ông cụ lấy mất.",
    # Indonesian: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Berkas Anda ditutup selama libur, kami buka lagi hari Senin.",
    "Kantor tutup di sini pukul lima.",
    "Jika posisi ini diberikan kepada orang lain, kami akan memberi tahu Anda.",
    "Paket itu diberikan kepada tetangga dari jalan sebelah.",
    "Hadiah itu jatuh ke tangan seorang tukang roti dari kota.",
    "Kursi itu diambil oleh seorang bapak tua.",
    # Filipino: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Sarado ang iyong file sa bakasyon, magbubukas kami sa Lunes.",
    "Nagsasara ang opisina dito nang alas-singko.",
    "Kung mapupunta sa iba ang trabaho, ipapaalam namin sa iyo.",
    "Ang pakete ay napunta sa isang kapitbahay mula sa kabilang kalye.",
    "Ang premyo ay napunta sa isang panadero mula sa bayan.",
    "Ang upuan ay kinuha ng isang matandang lalaki.",
    # Catalan: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "El vostre expedient està tancat per vacances, reobrim dilluns.",
    "L'oficina tanca aquí a les cinc.",
    "Si la feina va a una altra persona, us ho farem saber.",
    "El paquet ha anat a un veí del carrer del costat.",
    "El premi ha anat a un forner del poble.",
    "El seient l'ha agafat un senyor gran.",
    # Galician: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "O seu expediente está pechado polas vacacións, abrimos o luns.",
    "A oficina pecha aquí ás cinco.",
    "Se o traballo vai para outra persoa, avisarémola.",
    "O paquete foi para un veciño da rúa do lado.",
    "O premio foi para un panadeiro da vila.",
    "O asento ocupouno un home maior.",
    # Afrikaans: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Jou lêer is gesluit vir die vakansie, ons maak Maandag oop.",
    "Die kantoor sluit hier om vyf.",
    "As die werk aan iemand anders gegee word, sal ons jou laat weet.",
    "Die pakkie het na 'n buurman uit die volgende straat gegaan.",
    "Die prys is aan 'n bakker van die dorp gegee.",
    "Die sitplek is deur 'n ou man geneem.",
    # Icelandic: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Mappan þín er lokuð yfir hátíðirnar, við opnum á mánudag.",
    "Skrifstofan lokar hér klukkan fimm.",
    "Ef starfið fer til einhvers annars, látum við þig vita.",
    "Pakkinn fór til nágranna úr næstu götu.",
    "Verðlaunin fóru til bakara úr bænum.",
    "Gamall maður tók sætið.",
    # Norwegian: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Mappen din er lukket i ferien, vi åpner igjen mandag.",
    "Kontoret stenger her klokka fem.",
    "Hvis jobben går til noen andre, gir vi deg beskjed.",
    "Pakken gikk til en nabo fra neste gate.",
    "Prisen gikk til en baker fra byen.",
    "Plassen ble tatt av en eldre mann.",
    # Danish: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Din sag er lukket i ferien, vi åbner igen mandag.",
    "Kontoret lukker her klokken fem.",
    "Hvis jobbet går til en anden, giver vi dig besked.",
    "Pakken gik til en nabo fra den næste gade.",
    "Prisen gik til en bager fra byen.",
    "Pladsen blev taget af en ældre mand.",
    # Finnish: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Kansiosi on suljettu lomien ajan, avaamme maanantaina.",
    "Toimisto sulkeutuu täällä viideltä.",
    "Jos työ menee jollekulle toiselle, ilmoitamme sinulle.",
    "Paketti meni naapurille viereiseltä kadulta.",
    "Palkinto meni kaupungin leipurille.",
    "Paikan vei vanha mies.",
    # Estonian: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Teie toimik on pühade ajal suletud, avame esmaspäeval.",
    "Kontor suletakse siin kell viis.",
    "Kui töö läheb kellelegi teisele, anname teada.",
    "Pakk läks naabrile kõrvaltänavalt.",
    "Auhinna sai linna pagar.",
    "Istekoha võttis vana mees.",
    # Slovenian: a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Vaša mapa je med prazniki zaprta, odpremo v ponedeljek.",
    "Pisarna se tukaj zapre ob petih.",
    "Če delo dobi kdo drug, vam sporočimo.",
    "Paket je dobil sosed iz sosednje ulice.",
    "Nagrado je dobil pek iz mesta.",
    "Sedež je zasedel starejši gospod.",
    # Serbian (Latin): a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Vaš dosije je zatvoren tokom praznika, otvaramo u ponedeljak.",
    "Kancelarija se ovde zatvara u pet.",
    "Ako posao dobije neko drugi, javićemo vam.",
    "Paket je dobio komšija iz susedne ulice.",
    "Nagradu je dobio pekar iz grada.",
    "Sedište je zauzeo stariji čovek.",
    # Serbian (Cyrillic): a file closed for the holidays; an office closing here; a conditional;
    # a parcel, a prize or a seat going to someone
    "Канцеларија се овде затвара у пет.",
    "Ако посао добије неко други, јавићемо вам.",
    "Пакет је добио комшија из суседне улице.",
    "Награду је добио пекар из града.",
]


@pytest.mark.parametrize(("text", "token"), READ_SECOND)
def test_second_sweep_shapes_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_SECOND)
def test_second_sweep_same_verbs_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)
