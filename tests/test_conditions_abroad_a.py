"""Issue 11, sixty-seventh pass, sweep group a: application confirmations that name a refusal
only as a case or a time still ahead ("until the post is filled", "if we choose another
candidate", "while we review") give no decision token in twenty-five languages
(rejectwatch.model.conditions_abroad_a), and refusals given now, with "so far" or a condition in a
later clause or sentence, keep theirs. Every sentence written for this test."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

# Confirmations, per language, in this order: stays on file until the post is filled; if
# we choose another candidate we will write; while we review, the post stays open and if the
# committee picks someone else we write; should the post go to someone else we tell you;
# when the decision is made we say whether another was chosen; until the selection ends the
# application stays active.
UNREAD = [
    # German
    "Ihre Bewerbung bleibt in unserer Datenbank, bis die Stelle besetzt ist.",
    "Falls wir uns für einen anderen Bewerber entscheiden, informieren wir Sie per E-Mail.",
    (
        "Während wir die Bewerbungen prüfen, bleibt die Stelle offen; wählt das Team "
        "jemand anderen, schreiben wir Ihnen."
    ),
    "Sollte die Stelle an eine andere Person gehen, sagen wir Ihnen Bescheid.",
    (
        "Sobald die Entscheidung gefallen ist, teilen wir Ihnen mit, ob wir einen anderen "
        "Kandidaten gewählt haben."
    ),
    (
        "Bis zum Ende des Auswahlverfahrens bleibt Ihre Bewerbung aktiv, auch wenn die "
        "Stelle später anderweitig vergeben wird."
    ),
    # French
    "Votre candidature reste dans notre base jusqu'à ce que le poste soit pourvu.",
    "Si nous retenons un autre candidat, nous vous préviendrons par e-mail.",
    (
        "Pendant que nous examinons les candidatures, le poste reste ouvert ; si le jury "
        "choisit quelqu'un d'autre, nous vous écrirons."
    ),
    "Au cas où le poste serait attribué à une autre personne, nous vous le dirons.",
    "Une fois la décision prise, nous vous dirons si le poste a été confié à un autre candidat.",
    (
        "Tant que le recrutement n'est pas terminé, votre dossier reste actif ; si un "
        "autre profil est retenu, vous recevrez un message."
    ),
    # Spanish
    "Su candidatura permanecerá en nuestra base de datos hasta que se cubra el puesto.",
    "Si elegimos a otro candidato, se lo comunicaremos por correo.",
    (
        "Mientras revisamos las solicitudes, el puesto sigue abierto; si el comité elige a "
        "otra persona, le escribiremos."
    ),
    "En caso de que el puesto sea para otra persona, le avisaremos.",
    "Cuando se tome la decisión, le diremos si el puesto fue para otro candidato.",
    (
        "Hasta que termine el proceso de selección, su solicitud sigue activa aunque el "
        "puesto se asigne a otra persona."
    ),
    # Italian
    "La sua candidatura resterà nel nostro archivio fino a quando la posizione sarà coperta.",
    "Se sceglieremo un altro candidato, la avviseremo via e-mail.",
    (
        "Mentre esaminiamo le candidature, la posizione resta aperta; se la commissione "
        "sceglie un'altra persona, le scriveremo."
    ),
    "Nel caso in cui il posto venga assegnato a un altro candidato, glielo comunicheremo.",
    "Quando la decisione sarà presa, le diremo se la posizione è andata a un altro candidato.",
    "Finché la selezione non sarà conclusa, la sua domanda resta attiva.",
    # Portuguese
    "A sua candidatura fica na nossa base de dados até que a vaga seja preenchida.",
    "Se escolhermos outro candidato, avisaremos por e-mail.",
    (
        "Enquanto analisamos as candidaturas, a vaga continua aberta; se a comissão "
        "escolher outra pessoa, escreveremos."
    ),
    "Caso a vaga seja atribuída a outra pessoa, informaremos você.",
    "Quando a decisão for tomada, diremos se a vaga foi para outro candidato.",
    (
        "Até ao fim do processo seletivo, a sua candidatura continua ativa, mesmo que a "
        "vaga venha a ser dada a outro candidato."
    ),
    # Dutch
    "Je sollicitatie blijft in ons bestand totdat de vacature is vervuld.",
    "Als we voor een andere kandidaat kiezen, laten we het je per e-mail weten.",
    (
        "Terwijl we de sollicitaties beoordelen, blijft de vacature open; kiest de "
        "commissie iemand anders, dan schrijven we je."
    ),
    "Mocht de functie naar iemand anders gaan, dan hoor je dat van ons.",
    (
        "Zodra de beslissing is genomen, laten we je weten of de functie naar een andere "
        "kandidaat is gegaan."
    ),
    (
        "Tot het einde van de selectie blijft je sollicitatie actief, ook als de baan "
        "uiteindelijk aan iemand anders wordt gegeven."
    ),
    # Polish
    "Twoja aplikacja pozostanie w naszej bazie do czasu obsadzenia stanowiska.",
    "Jeśli wybierzemy innego kandydata, poinformujemy Cię e-mailem.",
    (
        "Podczas gdy przeglądamy zgłoszenia, stanowisko pozostaje otwarte; jeśli komisja "
        "wybierze kogoś innego, napiszemy."
    ),
    "W razie gdyby stanowisko przypadło innej osobie, damy znać.",
    "Gdy decyzja zapadnie, poinformujemy, czy stanowisko otrzymał inny kandydat.",
    (
        "Dopóki rekrutacja trwa, Twoje zgłoszenie jest aktywne; w razie wyboru innej osoby "
        "dostaniesz wiadomość."
    ),
    # Russian
    "Ваше резюме останется в нашей базе до тех пор, пока вакансия не будет закрыта.",
    "Если мы выберем другого кандидата, мы сообщим вам по почте.",
    (
        "Пока мы рассматриваем заявки, вакансия остаётся открытой; если комиссия выберет "
        "другого человека, мы напишем."
    ),
    "В случае если должность достанется другому кандидату, мы вам сообщим.",
    "Когда решение будет принято, мы скажем, выбрали ли мы другого кандидата.",
    "До окончания отбора ваша заявка остаётся активной, даже если позже место отдадут другому.",
    # Ukrainian
    "Ваше резюме залишиться в нашій базі, доки вакансію не буде закрито.",
    "Якщо ми оберемо іншого кандидата, ми повідомимо вас електронною поштою.",
    "Поки ми розглядаємо заявки, вакансія відкрита; якщо комісія обере іншу людину, ми напишемо.",
    "У разі якщо посада дістанеться іншому кандидату, ми вам скажемо.",
    "Коли рішення буде ухвалено, ми повідомимо, чи обрали ми іншого кандидата.",
    (
        "До завершення відбору ваша заявка залишається активною, навіть якщо згодом посаду "
        "віддадуть іншому."
    ),
    # Bulgarian
    "Кандидатурата ви остава в нашата база, докато позицията бъде заета.",
    "Ако изберем друг кандидат, ще ви уведомим по имейл.",
    (
        "Докато преглеждаме кандидатурите, позицията остава отворена; ако комисията избере "
        "друг човек, ще ви пишем."
    ),
    "В случай че позицията отиде при друг кандидат, ще ви кажем.",
    "Когато решението бъде взето, ще ви кажем дали сме избрали друг кандидат.",
    (
        "До края на подбора кандидатурата ви остава активна, дори ако по-късно мястото "
        "бъде дадено на друг."
    ),
    # Croatian
    "Vaša prijava ostaje u našoj bazi dok se radno mjesto ne popuni.",
    "Ako odaberemo drugog kandidata, obavijestit ćemo vas e-poštom.",
    (
        "Dok pregledavamo prijave, radno mjesto ostaje otvoreno; ako povjerenstvo izabere "
        "nekog drugog, javit ćemo vam se."
    ),
    "U slučaju da posao dobije druga osoba, javit ćemo vam.",
    "Kada odluka bude donesena, reći ćemo vam jesmo li izabrali drugog kandidata.",
    (
        "Do završetka odabira vaša prijava ostaje aktivna, čak i ako mjesto kasnije dobije "
        "netko drugi."
    ),
    # Czech
    "Vaše přihláška zůstane v naší databázi, dokud nebude pozice obsazena.",
    "Pokud vybereme jiného uchazeče, dáme vám vědět e-mailem.",
    (
        "Zatímco posuzujeme přihlášky, pozice zůstává otevřená; pokud komise vybere někoho "
        "jiného, napíšeme vám."
    ),
    "V případě, že místo získá jiný uchazeč, dáme vám vědět.",
    "Až bude rozhodnuto, sdělíme vám, zda jsme vybrali jiného kandidáta.",
    (
        "Do konce výběrového řízení zůstává vaše přihláška aktivní, i když místo později "
        "dostane někdo jiný."
    ),
    # Romanian
    "Candidatura dumneavoastră rămâne în baza noastră până când postul va fi ocupat.",
    "Dacă alegem un alt candidat, vă vom anunța prin e-mail.",
    (
        "În timp ce analizăm candidaturile, postul rămâne deschis; dacă comisia alege pe "
        "altcineva, vă vom scrie."
    ),
    "În cazul în care postul va fi dat altei persoane, vă vom spune.",
    "Când se ia decizia, vă vom spune dacă am ales un alt candidat.",
    (
        "Până la finalul selecției, candidatura rămâne activă, chiar dacă postul va merge "
        "la altcineva."
    ),
    # Hungarian
    "Jelentkezése az adatbázisunkban marad, amíg az állást be nem töltjük.",
    "Ha másik jelöltet választunk, e-mailben értesítjük.",
    (
        "Amíg a jelentkezéseket átnézzük, az állás nyitva marad; ha a bizottság mást "
        "választ, írunk Önnek."
    ),
    "Abban az esetben, ha az állást más kapja, szólunk.",
    "Amikor megszületik a döntés, tájékoztatjuk, hogy másik jelöltet választottunk-e.",
    "A kiválasztás végéig jelentkezése aktív marad, akkor is, ha az állást végül más kapja meg.",
    # Turkish
    "Başvurunuz, pozisyon dolana kadar veri tabanımızda kalacaktır.",
    "Başka bir adayı seçersek size e-posta ile bildireceğiz.",
    "Başvuruları incelerken pozisyon açık kalır; komite başka birini seçerse size yazacağız.",
    "Pozisyonun başka birine verilmesi durumunda size haber vereceğiz.",
    "Karar verildiğinde, başka bir adayı seçip seçmediğimizi size bildireceğiz.",
    (
        "Seçim süreci bitene kadar başvurunuz aktif kalır, pozisyon başka birine verilse "
        "bile size yazarız."
    ),
    # Arabic
    "سيبقى طلبك في قاعدة بياناتنا حتى يتم شغل الوظيفة.",
    "إذا اخترنا مرشحاً آخر فسنبلغك بالبريد الإلكتروني.",
    "بينما نراجع الطلبات تبقى الوظيفة مفتوحة، وإذا اختارت اللجنة شخصاً آخر فسنكتب لك.",
    "في حال ذهبت الوظيفة إلى شخص آخر سنخبرك.",
    "عندما يتخذ القرار سنخبرك إن كنا قد اخترنا مرشحاً آخر.",
    "إلى أن تنتهي عملية الاختيار يبقى طلبك قائماً.",
    # Hindi
    "जब तक पद भर नहीं जाता, आपका आवेदन हमारे डेटाबेस में रहेगा।",
    "अगर हम किसी दूसरे उम्मीदवार को चुनते हैं, तो हम आपको ईमेल से बताएंगे।",
    ("जब हम आवेदनों की समीक्षा कर रहे हैं, पद खुला रहेगा; यदि समिति किसी और को चुनती है तो हम लिखेंगे।"),
    "अगर यह पद किसी और को दिया जाता है, तो हम आपको सूचित करेंगे।",
    "निर्णय होने पर हम बताएंगे कि हमने किसी दूसरे उम्मीदवार को चुना है या नहीं।",
    "चयन प्रक्रिया पूरी होने तक आपका आवेदन सक्रिय रहेगा।",
    # Urdu
    "جب تک آسامی پُر نہیں ہو جاتی، آپ کی درخواست ہمارے ریکارڈ میں رہے گی۔",
    "اگر ہم کسی دوسرے امیدوار کا انتخاب کرتے ہیں تو ہم آپ کو ای میل کے ذریعے بتائیں گے۔",
    (
        "جب ہم درخواستوں کا جائزہ لے رہے ہیں، آسامی کھلی رہے گی؛ اگر کمیٹی کسی اور کو چنتی "
        "ہے تو ہم لکھیں گے۔"
    ),
    "اگر یہ نوکری کسی اور کو دی جاتی ہے تو ہم آپ کو مطلع کریں گے۔",
    "فیصلہ ہونے پر ہم بتائیں گے کہ ہم نے کسی دوسرے امیدوار کو چنا ہے یا نہیں۔",
    "انتخاب کا عمل مکمل ہونے تک آپ کی درخواست فعال رہے گی۔",
    # Swahili
    "Ombi lako litabaki kwenye hifadhidata yetu hadi nafasi ijazwe.",
    "Tukimchagua mgombea mwingine, tutakujulisha kwa barua pepe.",
    (
        "Wakati tunapitia maombi, nafasi inabaki wazi; kama kamati itamchagua mtu "
        "mwingine, tutakuandikia."
    ),
    "Iwapo kazi itapewa mtu mwingine, tutakuambia.",
    "Uamuzi utakapofanywa, tutakuambia kama tumemchagua mgombea mwingine.",
    "Mpaka mchakato wa uteuzi utakapokamilika, ombi lako litaendelea kuwa hai.",
    # Thai
    "ใบสมัครของคุณจะอยู่ในระบบของเราจนกว่าตำแหน่งจะได้รับการบรรจุ",
    "หากเราเลือกผู้สมัครคนอื่น เราจะแจ้งให้คุณทราบทางอีเมล",
    "ระหว่างที่เราพิจารณาใบสมัคร ตำแหน่งยังเปิดอยู่ ถ้าคณะกรรมการเลือกคนอื่น เราจะเขียนถึงคุณ",
    "ในกรณีที่ตำแหน่งนี้ตกเป็นของผู้อื่น เราจะแจ้งให้ทราบ",
    "เมื่อมีการตัดสินใจแล้ว เราจะแจ้งว่าเราเลือกผู้สมัครคนอื่นหรือไม่",
    "จนกว่ากระบวนการคัดเลือกจะเสร็จสิ้น ใบสมัครของคุณยังคงมีผล",
    # Malay
    "Permohonan anda akan kekal dalam pangkalan data kami sehingga jawatan itu diisi.",
    "Jika kami memilih calon lain, kami akan memaklumkan anda melalui e-mel.",
    (
        "Semasa kami menyemak permohonan, jawatan itu masih dibuka; sekiranya jawatankuasa "
        "memilih orang lain, kami akan menulis kepada anda."
    ),
    "Sekiranya jawatan itu diberikan kepada orang lain, kami akan memberitahu anda.",
    "Apabila keputusan dibuat, kami akan memberitahu sama ada kami telah memilih calon lain.",
    "Sehingga proses pemilihan selesai, permohonan anda masih aktif.",
    # Amharic
    "ቦታው እስኪሞላ ድረስ ማመልከቻዎ በመረጃ ቋታችን ውስጥ ይቆያል።",
    "ሌላ እጩ ከመረጥን በኢሜል እናሳውቅዎታለን።",
    "ማመልከቻዎቹን እየገመገምን እያለ ቦታው ክፍት ነው፤ ኮሚቴው ሌላ ሰው ከመረጠ እንጽፍልዎታለን።",
    "ሥራው ለሌላ ሰው ቢሰጥ እናሳውቅዎታለን።",
    "ውሳኔው ሲሰጥ ሌላ እጩ መምረጣችንን እናሳውቅዎታለን።",
    "የምርጫው ሂደት እስኪጠናቀቅ ድረስ ማመልከቻዎ ንቁ ነው።",
    # Japanese
    "ポジションが埋まるまで、あなたの応募書類は当社のデータベースに保管されます。",
    "他の候補者を選んだ際には、メールでお知らせします。",
    "応募書類を審査している間、ポジションは募集中です。委員会が別の方を選んだときはご連絡します。",
    "このポジションが他の方に決まったときはお知らせいたします。",
    "決定が出たら、他の候補者を選んだかどうかをお伝えします。",
    "選考が終わるまで、あなたの応募は有効です。",
    # Korean
    "채용이 완료될 때까지 귀하의 지원서는 저희 데이터베이스에 보관됩니다.",
    "다른 지원자를 선택하게 되면 이메일로 알려 드리겠습니다.",
    "지원서를 검토하는 동안 자리는 열려 있으며, 위원회가 다른 분을 선택하면 연락드리겠습니다.",
    "이 자리가 다른 분에게 돌아가게 될 때 알려 드리겠습니다.",
    "결정이 내려지면 다른 지원자를 선택했는지 알려 드리겠습니다.",
    "선발 절차가 끝날 때까지 귀하의 지원은 유효합니다.",
    # Chinese (Mandarin)
    "在职位招满之前，您的申请将保留在我们的数据库中。",
    "要是我们选择了其他候选人，我们会通过电子邮件通知您。",
    "在我们审核申请期间，该职位仍然开放；委员会一旦选择了其他人，我们会写信给您。",
    "万一该职位给了别人，我们会告诉您。",
    "等决定做出后，我们会告诉您我们是否选择了其他候选人。",
    "直到招聘流程结束，您的申请一直有效。",
]

# Refusals, per language, in this order (those read before this pass): so far many
# applications, we chose another; we chose another, if you want feedback write; we chose
# another, but if a post opens we write; thank you, we chose someone else; the post is
# filled; your application was not selected.
READ = [
    # German
    (
        (
            "Bis jetzt haben wir viele Bewerbungen erhalten; wir haben uns für einen "
            "anderen Kandidaten entschieden."
        ),
        negation.CHOSE_OTHER,
    ),
    (
        (
            "Wir haben uns für eine andere Bewerberin entschieden. Wenn Sie Feedback "
            "möchten, schreiben Sie uns."
        ),
        negation.CHOSE_OTHER,
    ),
    (
        (
            "Wir haben einen anderen Kandidaten gewählt, aber falls eine Stelle frei wird, "
            "melden wir uns."
        ),
        negation.CHOSE_OTHER,
    ),
    (
        "Vielen Dank für Ihr Interesse, wir haben uns für jemand anderen entschieden.",
        negation.CHOSE_OTHER,
    ),
    ("Die Stelle ist bereits besetzt.", negation.ROLE_GONE),
    ("Bisher konnten wir Ihre Bewerbung leider nicht berücksichtigen.", negation.READER_OUT),
    # (searched until the end of the year and chose another)
    (
        (
            "Wir haben von März bis zum Ende des Jahres gesucht und uns für eine andere "
            "Kandidatin entschieden."
        ),
        negation.CHOSE_OTHER,
    ),
    # French
    (
        (
            "Jusqu'à présent nous avons reçu de nombreuses candidatures ; nous avons "
            "retenu un autre candidat."
        ),
        negation.CHOSE_OTHER,
    ),
    (
        "Nous avons choisi une autre candidate. Si vous souhaitez un retour, écrivez-nous.",
        negation.CHOSE_OTHER,
    ),
    (
        "Nous avons retenu un autre candidat, mais si un poste se libère nous vous écrirons.",
        negation.CHOSE_OTHER,
    ),
    ("Merci pour votre intérêt, nous avons choisi quelqu'un d'autre.", negation.CHOSE_OTHER),
    ("Le poste est déjà pourvu.", negation.ROLE_GONE),
    ("Jusqu'ici, votre candidature n'a malheureusement pas été retenue.", negation.READER_OUT),
    # Spanish
    (
        "Hasta ahora hemos recibido muchas solicitudes; hemos elegido a otro candidato.",
        negation.CHOSE_OTHER,
    ),
    ("Hemos elegido a otra candidata. Si desea comentarios, escríbanos.", negation.CHOSE_OTHER),
    (
        "Hemos seleccionado a otro candidato, pero si se abre un puesto le escribiremos.",
        negation.CHOSE_OTHER,
    ),
    ("Gracias por su interés, nos hemos decidido por otra persona.", negation.CHOSE_OTHER),
    ("El puesto ya está cubierto.", negation.ROLE_GONE),
    ("Lamentablemente, su candidatura no ha sido seleccionada.", negation.READER_OUT),
    # Italian
    (
        "Finora abbiamo ricevuto molte candidature; abbiamo scelto un altro candidato.",
        negation.CHOSE_OTHER,
    ),
    (
        "Abbiamo scelto un'altra candidata. Se desidera un riscontro, ci scriva.",
        negation.CHOSE_OTHER,
    ),
    (
        "Abbiamo selezionato un altro candidato, ma se si apre una posizione le scriveremo.",
        negation.CHOSE_OTHER,
    ),
    ("Grazie per l'interesse, abbiamo scelto un'altra persona.", negation.CHOSE_OTHER),
    ("La posizione è già stata coperta.", negation.ROLE_GONE),
    ("Purtroppo la sua candidatura non è stata selezionata.", negation.READER_OUT),
    # Portuguese
    ("Até agora recebemos muitas candidaturas; escolhemos outro candidato.", negation.CHOSE_OTHER),
    ("Escolhemos outra candidata. Se quiser feedback, escreva-nos.", negation.CHOSE_OTHER),
    (
        "Selecionamos outro candidato, mas se abrir uma vaga entraremos em contacto.",
        negation.CHOSE_OTHER,
    ),
    ("Obrigado pelo seu interesse, optamos por outra pessoa.", negation.CHOSE_OTHER),
    ("A vaga já foi preenchida.", negation.ROLE_GONE),
    ("Infelizmente a sua candidatura não foi selecionada.", negation.READER_OUT),
    # Dutch
    (
        (
            "Tot nu toe hebben we veel sollicitaties ontvangen; we hebben voor een andere "
            "kandidaat gekozen."
        ),
        negation.CHOSE_OTHER,
    ),
    (
        "We hebben voor een andere kandidaat gekozen. Als je feedback wilt, mail ons.",
        negation.CHOSE_OTHER,
    ),
    (
        (
            "We hebben een andere kandidaat gekozen, maar als er een vacature vrijkomt, "
            "schrijven we je."
        ),
        negation.CHOSE_OTHER,
    ),
    ("Bedankt voor je interesse, we zijn met iemand anders verder gegaan.", negation.CHOSE_OTHER),
    ("De vacature is al vervuld.", negation.ROLE_GONE),
    ("Helaas is je sollicitatie afgewezen.", negation.READER_OUT),
    # Polish
    ("Do tej pory otrzymaliśmy wiele zgłoszeń; wybraliśmy innego kandydata.", negation.CHOSE_OTHER),
    (
        "Wybraliśmy inną kandydatkę. Jeśli chcesz informację zwrotną, napisz do nas.",
        negation.CHOSE_OTHER,
    ),
    (
        "Wybraliśmy innego kandydata, ale jeśli pojawi się stanowisko, odezwiemy się.",
        negation.CHOSE_OTHER,
    ),
    ("Dziękujemy za zainteresowanie, zdecydowaliśmy się na inną osobę.", negation.CHOSE_OTHER),
    ("Stanowisko zostało już obsadzone.", negation.ROLE_GONE),
    ("Niestety Twoja kandydatura nie została wybrana.", negation.READER_OUT),
    # Russian
    ("До сих пор мы получили много заявок; мы выбрали другого кандидата.", negation.CHOSE_OTHER),
    (
        "Мы выбрали другого кандидата. Если хотите обратную связь, напишите нам.",
        negation.CHOSE_OTHER,
    ),
    ("Спасибо за интерес, мы остановились на другом кандидате.", negation.CHOSE_OTHER),
    ("Вакансия уже закрыта.", negation.ROLE_GONE),
    ("К сожалению, ваша кандидатура не прошла отбор.", negation.READER_OUT),
    # Ukrainian
    ("Досі ми отримали багато заявок; ми обрали іншого кандидата.", negation.CHOSE_OTHER),
    ("Ми обрали іншу кандидатку. Якщо бажаєте відгук, напишіть нам.", negation.CHOSE_OTHER),
    ("Дякуємо за інтерес, ми зупинилися на іншому кандидаті.", negation.CHOSE_OTHER),
    ("Вакансію вже закрито.", negation.ROLE_GONE),
    ("На жаль, ваша кандидатура не пройшла відбір.", negation.READER_OUT),
    # Bulgarian
    ("Досега получихме много кандидатури; избрахме друг кандидат.", negation.CHOSE_OTHER),
    ("Избрахме друга кандидатка. Ако желаете обратна връзка, пишете ни.", negation.CHOSE_OTHER),
    ("Благодарим за интереса, спряхме се на друг кандидат.", negation.CHOSE_OTHER),
    ("Позицията вече е заета.", negation.ROLE_GONE),
    ("За съжаление кандидатурата ви не беше одобрена.", negation.READER_OUT),
    # Croatian
    ("Do sada smo primili mnogo prijava; odabrali smo drugog kandidata.", negation.CHOSE_OTHER),
    (
        "Odabrali smo drugu kandidatkinju. Ako želite povratnu informaciju, pišite nam.",
        negation.CHOSE_OTHER,
    ),
    ("Hvala na interesu, odlučili smo se za drugu osobu.", negation.CHOSE_OTHER),
    ("Radno mjesto je već popunjeno.", negation.ROLE_GONE),
    ("Nažalost, vaša prijava nije odabrana.", negation.READER_OUT),
    # Czech
    ("Dosud jsme obdrželi mnoho přihlášek; vybrali jsme jiného kandidáta.", negation.CHOSE_OTHER),
    (
        "Vybrali jsme jinou uchazečku. Pokud chcete zpětnou vazbu, napište nám.",
        negation.CHOSE_OTHER,
    ),
    ("Děkujeme za zájem, rozhodli jsme se pro jiného uchazeče.", negation.CHOSE_OTHER),
    ("Pozice již byla obsazena.", negation.ROLE_GONE),
    ("Bohužel jste nebyl vybrán.", negation.READER_OUT),
    # (although your results were good, we chose another)
    ("I když jste měl dobré výsledky, vybrali jsme jiného uchazeče.", negation.CHOSE_OTHER),
    # (then we chose another, although it was close)
    ("Pak jsme vybrali jiného kandidáta, i když to bylo těsné.", negation.CHOSE_OTHER),
    # Romanian
    ("Până acum am primit multe candidaturi; am ales un alt candidat.", negation.CHOSE_OTHER),
    ("Am ales o altă candidată. Dacă doriți feedback, scrieți-ne.", negation.CHOSE_OTHER),
    ("Vă mulțumim pentru interes, am ales pe altcineva.", negation.CHOSE_OTHER),
    ("Postul a fost deja ocupat.", negation.ROLE_GONE),
    ("Din păcate, candidatura dumneavoastră nu a fost selectată.", negation.READER_OUT),
    # Hungarian
    ("Eddig sok jelentkezést kaptunk; másik jelöltet választottunk.", negation.CHOSE_OTHER),
    (
        "Másik jelöltet választottunk. Ha visszajelzést szeretne, írjon nekünk.",
        negation.CHOSE_OTHER,
    ),
    ("Másik jelöltet választottunk, de ha új állás nyílik, írunk.", negation.CHOSE_OTHER),
    ("Az állást már betöltöttük.", negation.ROLE_GONE),
    # (when we went through the applications, we chose another)
    ("Amikor átnéztük a jelentkezéseket, másik jelöltet választottunk.", negation.CHOSE_OTHER),
    # Turkish
    ("Şimdiye kadar çok başvuru aldık; başka bir adayı seçtik.", negation.CHOSE_OTHER),
    ("Başka bir adayı seçtik. Geri bildirim isterseniz bize yazın.", negation.CHOSE_OTHER),
    (
        "Başka bir adayı seçtik, ama yeni bir pozisyon açılırsa size yazacağız.",
        negation.CHOSE_OTHER,
    ),
    ("İlginiz için teşekkürler, başka birini tercih ettik.", negation.CHOSE_OTHER),
    ("Pozisyon zaten doldu.", negation.CHOSE_OTHER),
    ("Maalesef başvurunuz olumlu sonuçlanmadı.", negation.READER_OUT),
    # (when we reviewed your application, we chose another)
    ("Başvurunuzu incelediğimizde başka bir adayı seçtik.", negation.CHOSE_OTHER),
    # Arabic
    ("حتى الآن تلقينا طلبات كثيرة، وقد اخترنا مرشحاً آخر.", negation.CHOSE_OTHER),
    ("لقد اخترنا مرشحاً آخر. إذا أردت ملاحظات فاكتب لنا.", negation.CHOSE_OTHER),
    ("شكراً لاهتمامك، لقد اخترنا شخصاً آخر.", negation.CHOSE_OTHER),
    ("تم شغل الوظيفة بالفعل.", negation.ROLE_GONE),
    ("للأسف لم يتم اختيارك لهذه الوظيفة.", negation.READER_OUT),
    # (so far we could not choose you, and we have chosen another)
    ("حتى الآن لم نتمكن من اختيارك، وقد اخترنا مرشحاً آخر.", negation.CHOSE_OTHER),
    # Hindi
    (
        ("अब तक हमें बहुत सारे आवेदन मिले हैं; हमने किसी दूसरे उम्मीदवार को चुना है।"),
        negation.CHOSE_OTHER,
    ),
    ("यह पद पहले ही भर चुका है।", negation.ROLE_GONE),
    ("खेद है कि आपका चयन नहीं हुआ है।", negation.READER_OUT),
    # Urdu
    (
        "اب تک ہمیں بہت سی درخواستیں ملی ہیں؛ ہم نے کسی دوسرے امیدوار کا انتخاب کیا ہے۔",
        negation.CHOSE_OTHER,
    ),
    ("یہ آسامی پہلے ہی پُر ہو چکی ہے۔", negation.ROLE_GONE),
    ("افسوس ہے کہ آپ کا انتخاب نہیں ہوا۔", negation.READER_OUT),
    # Swahili
    ("Hadi sasa tumepokea maombi mengi; tumemchagua mgombea mwingine.", negation.CHOSE_OTHER),
    ("Tumemchagua mgombea mwingine. Kama unataka maoni, tuandikie.", negation.CHOSE_OTHER),
    ("Tumemchagua mgombea mwingine, lakini nafasi ikifunguka tutakuandikia.", negation.CHOSE_OTHER),
    ("Asante kwa nia yako, tumemchagua mtu mwingine.", negation.CHOSE_OTHER),
    ("Nafasi tayari imejazwa.", negation.ROLE_GONE),
    ("Kwa bahati mbaya hukuchaguliwa.", negation.READER_OUT),
    # Thai
    ("จนถึงตอนนี้เราได้รับใบสมัครจำนวนมาก เราได้เลือกผู้สมัครคนอื่นแล้ว", negation.CHOSE_OTHER),
    ("ตำแหน่งนี้มีผู้ได้รับการบรรจุแล้ว", negation.ROLE_GONE),
    ("เสียใจด้วย คุณไม่ได้รับการคัดเลือก", negation.READER_OUT),
    # Malay
    (
        "Setakat ini kami telah menerima banyak permohonan; kami telah memilih calon lain.",
        negation.CHOSE_OTHER,
    ),
    (
        "Kami telah memilih calon lain. Jika anda mahukan maklum balas, sila tulis kepada kami.",
        negation.CHOSE_OTHER,
    ),
    ("Terima kasih atas minat anda, kami telah memilih orang lain.", negation.CHOSE_OTHER),
    ("Jawatan itu telah pun diisi.", negation.ROLE_GONE),
    ("Dukacita dimaklumkan bahawa permohonan anda tidak berjaya.", negation.READER_OUT),
    # Amharic
    ("እስካሁን ብዙ ማመልከቻዎች ደርሰውናል፤ ሌላ እጩ መርጠናል።", negation.CHOSE_OTHER),
    ("ሌላ እጩ መርጠናል። አስተያየት ከፈለጉ ይጻፉልን።", negation.CHOSE_OTHER),
    ("ሌላ እጩ መርጠናል፣ ነገር ግን ቦታ ከተከፈተ እንጽፍልዎታለን።", negation.CHOSE_OTHER),
    ("ስለ ፍላጎትዎ እናመሰግናለን፣ ሌላ ሰው መርጠናል።", negation.CHOSE_OTHER),
    ("ቦታው ቀድሞውኑ ተሞልቷል።", negation.ROLE_GONE),
    ("እንደ አለመታደል ሆኖ አልተመረጡም።", negation.READER_OUT),
    # Japanese
    ("これまでに多くの応募をいただきましたが、他の候補者を選びました。", negation.CHOSE_OTHER),
    (
        "ご関心をお寄せいただきありがとうございます。別の方を採用いたしました。",
        negation.CHOSE_OTHER,
    ),
    ("このポジションはすでに埋まりました。", negation.ROLE_GONE),
    ("残念ながら、今回は採用を見送らせていただきます。", negation.READER_OUT),
    # Korean
    ("지금까지 많은 지원서를 받았으며, 다른 지원자를 선택했습니다.", negation.CHOSE_OTHER),
    ("다른 지원자를 선택했습니다. 피드백을 원하시면 연락 주십시오.", negation.CHOSE_OTHER),
    ("다른 지원자를 선택했지만, 자리가 생기면 연락드리겠습니다.", negation.CHOSE_OTHER),
    ("관심 가져 주셔서 감사합니다. 다른 분을 선택했습니다.", negation.CHOSE_OTHER),
    ("아쉽게도 이번에는 함께하지 못하게 되었습니다.", negation.READER_OUT),
    # Chinese (Mandarin)
    ("到目前为止我们收到了很多申请；我们已选择了其他候选人。", negation.CHOSE_OTHER),
    ("感谢您的关注，我们已选择了其他人。", negation.CHOSE_OTHER),
    ("该职位已经招满。", negation.ROLE_GONE),
    ("很遗憾，您未被录用。", negation.READER_OUT),
]


@pytest.mark.parametrize("text", UNREAD)
def test_confirmations_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(("text", "token"), READ)
def test_refusals_stay_read(text: str, token: str) -> None:
    assert token in marks(text)
