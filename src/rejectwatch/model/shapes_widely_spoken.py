"""Refusals in their commonest shapes, swept language by language (issue 11, sixty-sixth pass):
the shapes short refusals in fifteen widely spoken languages take that no reading knew. Each is
written for its shape, not its sentence, and tied to a job word or a person word:

* **another got, will get or was given the post**: Arabic "حصل مرشح آخر على الوظيفة" (another
  candidate got the job), "ستذهب الوظيفة إلى متقدم آخر" (the job will go to another applicant);
  Hindi "पद किसी और उम्मीदवार को मिल गया" (the post went to another candidate); Urdu "عہدہ
  کسی اور امیدوار کو مل گیا" (the same); Russian "место достанется другому соискателю" (the place
  will fall to another applicant); Swahili "mgombea mwingine amepata nafasi" (another candidate
  got the post), "nafasi itaenda kwa mtu mwingine" (the post will go to someone else); Turkish
  "pozisyon başka birine verilecek" (the post will be given to someone else); Korean
  "직무는 다른 후보자에게 돌아갔습니다" (the post went to another candidate);
  Chinese "由另一位应聘者担任" (will be held by another applicant);
* **we chose or preferred someone described**: German "uns für einen Kollegen aus Köln
  entschieden" (decided for a colleague from Cologne), "einen Bewerber … vorgezogen" (preferred
  an applicant); Spanish "hemos elegido a un compañero de Sevilla" (we chose a colleague from
  Seville), "se ha preferido a un candidato" (a candidate was preferred); French "nous avons
  retenu une collègue de Lyon" (we kept a colleague from Lyon); Portuguese "foi preferido um
  candidato" (a candidate was preferred); Russian "мы выбрали коллегу из Казани" (we chose a
  colleague from Kazan), "предпочтение отдано кандидату" (preference given to a candidate);
  Arabic "تم تفضيل مرشح" (a candidate was preferred); Hindi and Urdu "उम्मीदवार को प्राथमिकता
  दी गई", "امیدوار کو ترجیح دی گئی" (preference given to a candidate); Swahili "tumempendelea
  mgombea" (we preferred a candidate); Turkish "aday tercih edildi" (a candidate was
  preferred); Japanese "経験豊富な方を採用" (hired an experienced person); Korean
  "지원자를 우선했습니다" (gave priority to an applicant); Chinese
  "选择了一位…同事" (chose a colleague), "优先考虑了…候选人" (gave priority to a candidate);
* **we go on with other applicants**: Arabic "سنواصل مع مرشحين آخرين"; German "setzen das
  Verfahren mit anderen Bewerbern fort"; Spanish "seguiremos adelante con otros candidatos";
  French "nous poursuivons avec d'autres candidats"; Russian "продолжим работу … другими
  кандидатами"; Thai "ดำเนินการต่อกับผู้สมัครท่านอื่น"; Urdu "دوسرے امیدواروں کے ساتھ آگے";
* **the post is filled**: Korean "포지션은 이미 충원되었습니다" (the position is already filled);
* **the application was not successful or ends here**: Arabic "طلبك لم يكن ناجحاً" (your
  application was not successful), "طلبك لن يمضي قدماً" (will not go forward); German "Ihre
  Bewerbung war nicht erfolgreich"; Hindi "आपका आवेदन आगे नहीं बढ़ेगा" (will go no further);
  Urdu "آپ کی درخواست آگے نہیں بڑھے گی" (the same); Portuguese "o seu processo termina aqui"
  (your process ends here); Russian "ваше участие в отборе завершается" (your part in the
  selection ends); Swahili "hujachaguliwa" (you were not chosen); Turkish "başvurunuz … sona
  erdi" (your application ended); Korean "지원은 여기서 마무리됩니다" (your application ends here);
* **we cannot offer you the post**: Arabic "لا يسعنا أن نقدم لك الوظيفة"; Italian "non possiamo
  offrirle il posto"; Portuguese "não podemos oferecer-lhe a vaga"; Thai
  "ไม่สามารถเสนอตำแหน่งนี้ให้ท่านได้"; Turkish "pozisyonu teklif edemiyoruz"; Urdu "نوکری پیش
  نہیں کر سکتے"; Korean "일자리를 제안드릴 수 없습니다";
* **the post was cancelled**: Hindi "पद रद्द कर दिया गया"; Urdu "آسامی منسوخ کر دی گئی";
  Turkish "pozisyon iptal edildi".

A second sweep adds three shapes that short refusals take in all fifteen languages:

* **the reader's file closed or ended here**: Arabic "ملفك يُغلق هنا" (your file closes here);
  German "Ihr Bewerbungsverfahren endet hier"; Spanish "su expediente se cierra aquí"; French
  "votre dossier s'arrête ici"; Hindi "आपकी फ़ाइल यहीं बंद होती है"; Italian "la sua pratica
  si chiude qui"; Japanese "貴殿の選考はこれにて終了" (your selection ends here); Korean "귀하의
  전형은 이것으로 종료"; Portuguese "o seu processo fica encerrado aqui"; Russian "ваше дело на
  этом закрыто"; Swahili "faili lako linafungwa hapa"; Thai "ใบสมัครของท่านสิ้นสุดลงเพียงเท่านี้";
  Turkish "(dosya) burada kapan-" (closes here); Urdu "آپ کی فائل یہیں بند";
  Chinese "您的档案到此结束";
* **the post went to, was given to or was taken by someone described by any noun** (a job word
  and the verb, never the reader): German "die Stelle ging an einen Schlosser", "den Posten hat
  ein Bäckermeister bekommen"; Spanish "el puesto fue para un antiguo trabajador"; French "le
  poste est revenu à un ancien ouvrier"; Italian "il posto è andato a un operaio"; Portuguese
  "a vaga foi para um operário"; Russian "должность досталась слесарю"; Arabic "ذهبت الوظيفة
  إلى عامل"; Hindi and Urdu "पद ... कारीगर को मिल गया", "عہدہ ... کاریگر کو مل گیا"; Swahili
  "kazi amepewa seremala"; Turkish "pozisyon bir ustaya verildi"; Japanese "ポジションは大工の方に
  決まりました"; Korean "직무는 기술자에게 돌아갔습니다"; Thai "ตำแหน่งนี้ตกเป็นของช่างฝีมือ";
  Chinese "职位给了一位老木匠" (the post was given to an old carpenter);
* **the choice fell on someone else**: German "die Wahl fiel auf eine andere Person"; Spanish
  "la elección recayó en otra persona"; French "le choix s'est porté sur une autre personne";
  Italian "la scelta è caduta su un'altra persona"; Portuguese "a escolha recaiu sobre outra
  pessoa"; Russian "выбор пал на другого"; Arabic "وقع الاختيار على غيرك"; Hindi and Urdu
  "चयन किसी और का हुआ", "انتخاب کسی اور کا ہوا"; Swahili "chaguo limemwangukia mtu mwingine";
  Thai "เลือกผู้สมัครท่านอื่น"; Turkish "tercih başka bir adaydan yana"; Japanese
  "別の方が選ばれました"; Korean "다른 분이 선택되었습니다"; Chinese "选择落在了别人身上".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# Devanagari "badh" (to go forward), with the nukta letter composed or not
_BADH = "ब(?:\u095d|\u0922\u093c)"

_ANOTHER_GOT_IT = re.compile(
    # Arabic: another candidate (applicant, colleague) got the job; the job went (will go) to one
    r"حصل(?:ت)? (?:مرشح|مرشحة|متقدم|متقدمة|شخص|زميل|زميلة)[^.!?؟،\n]{0,30}? على "
    r"(?:الوظيفة|المنصب|الشاغر)"
    r"|(?:ذهبت|ستذهب|آلت|ستؤول) (?:الوظيفة|المنصب|الشاغر) (?:إلى|الى) "
    r"(?:مرشح|مرشحة|متقدم|متقدمة|شخص|زميل|زميلة)"
    # Hindi: the post went (was given, will be given) to another candidate (person)
    r"|(?:किसी और|किसी दूसरे|दूसरे|अन्य) (?:उम्मीदवार|व्यक्ति|आवेदक|प्रत्याशी)(?:ों)? को "
    r"(?:मिल|दे दी|दे दिया|दी|दिया|सौंप)"
    # Urdu: the post went (was given, will be given) to another candidate (person)
    r"|(?:کسی اور|کسی دوسرے|دوسرے|ایک اور) (?:امیدوار|شخص|درخواست گزار|فرد)(?:وں)? کو "
    r"(?:مل|دے دی|دے دیا|دی|دیا|سونپ)"
    # Russian: the place falls (will fall, was handed) to another applicant
    r"|\b(?:достанется|достаётся|достается|передано|передана|передан) друго(?:му|й) "
    r"(?:кандидат|соискател|претендент|человек|сотрудни|специалист)"
    # Swahili: another candidate (person) got or took the post; the post went to another
    r"|\b(?:mgombea|mwombaji|mtu|mfanyakazi) mwingine (?:amepata|alipata|ameipata|aliipata|"
    r"atapata|ataipata|amechukua|alichukua|ameichukua|aliichukua)\b"
    r"|(?<!kama )(?<!ikiwa )\b(?:nafasi|kazi)\b[^.!?\n]{0,20}? (?:imekwenda|ilikwenda|"
    r"itakwenda|itaenda|imeenda|imepewa|ilipewa|itapewa|imetolewa|ilitolewa) (?:kwa )?"
    r"(?:mtu|mgombea|mwombaji|mfanyakazi) mwingine\b"
    # Turkish: another candidate took the post; the post was (will be) given to someone else
    r"|\b(?:pozisyonu|kadroyu|i\u0307?şi|görevi)\b[^.!?\n]{0,30}? başka (?:bir )?"
    r"(?:aday|kişi|birisi|biri|çalışan|meslektaş)\w* (?:aldı|almıştır|kazandı|alacak)\b"
    r"|\bbaşka (?:bir )?(?:aday|kişi|birisi|biri|çalışan) "
    r"(?:pozisyonu|kadroyu|i\u0307?şi|görevi) "
    r"(?:aldı|almıştır|kazandı|alacak)\b"
    r"|\b(?:pozisyon|kadro|i\u0307?ş|görev)\w*\b[^.!?\n]{0,30}? başka (?:bir )?"
    r"(?:adaya|kişiye|birine|birisine|çalışana|meslektaşa) "
    r"(?:verildi|verilecek|verilmiştir|gitti|gidecek)\b"
    # Korean: (the post) went to another person (applicant)
    r"|(?:포지션|직무|일자리|채용)[^.!?\n]{0,10}?다른 (?:분|지원자|후보자|사람)(?:에게|께) ?"
    r"(?:돌아갔|돌아가게 되었|넘어갔|주어졌)"
    r"|다른 (?:지원자|후보자)(?:에게|께) ?(?:돌아갔|돌아가게 되었|넘어갔|주어졌)"
    # Chinese: (the post) held (taken, got) by another candidate
    r"|(?:由|让|讓)(?:另一位|另一名|另外一位|另外一名|其他|别的|別的)"
    r"(?:候选人|候選人|应聘者|應聘者|申请人|申請人|同事|人)"
    r"(?:担任|擔任|接任|填补|填補|获得|獲得|得到)"
)
_CHOSE_DESCRIBED = re.compile(
    # German: we decided for a colleague (applicant) ...; an applicant was preferred
    r"\buns (?:(?:letztlich|letztendlich|schließlich|nun|jetzt|diesmal|leider|inzwischen|"
    r"bereits) )?"
    r"(?:für|fuer) (?:eine[nrm]?|die|den) (?:[a-zäöüß\-]+ ){0,2}?(?:kolleg(?:en|in)|"
    r"bewerber(?:in)?|kandidat(?:en|in)|mitarbeiter(?:in)?|person)\b[^.!?\n]{0,60}?"
    r"\bentschieden\b"
    r"|\b(?:bewerber\w*|kandidat\w*|person|kolleg\w*)\b[^.!?\n]{0,50}?\bvorgezogen\b"
    r"(?! (?:wird|werden|würde))"
    # Spanish: we chose (picked) a colleague (candidate) ...; a candidate was preferred
    r"|\b(?:hemos elegido|hemos seleccionado|hemos escogido|escogimos|nos hemos decidido por|"
    r"hemos optado por) (?:a )?(?:un|una|otro|otra) (?:[a-záéíóúñ]+ ){0,2}?(?:compañer[oa]|"
    r"candidat[oa]|aspirante|profesional|colega)\b(?! (?:para|que|como)\b)"
    r"|\b(?:hemos preferido|se ha preferido|se prefirió|se dio preferencia) (?:a )?(?:un|una|"
    r"otro|otra|el|la) (?:[a-záéíóúñ]+ ){0,2}?(?:candidat[oa]|aspirante|persona|perfil|"
    r"compañer[oa]|colega|profesional)\b"
    # French: we kept (chose, hired) a colleague (candidate) ...
    r"|\bnous avons (?:retenu|choisi|sélectionné|recruté|embauché) (?:un|une|l['\u2019]|le|la) ?"
    r"(?:[a-zàâçéèêëîïôûùüÿœ]+ ){0,2}?(?:collègue|candidat|candidate|personne|profil|agent|"
    r"salarié|salariée)\b(?! (?:pour|qui|comme)\b)"
    # Portuguese: a candidate (person) was preferred; we opted for one
    r"|\b(?:foi preferid[oa]|optámos por) (?:um|uma|outr[oa]) "
    r"(?:[a-záâãàçéêíóôõú]+ ){0,2}?(?:candidat[oa]|pessoa|perfil|colega|profissional)\b"
    # Russian: we chose (picked) a colleague (candidate) ...; preference given to a candidate
    r"|\bмы (?:выбрали|отобрали|предпочли|остановили выбор на|остановились на) "
    r"(?!ваш|вас|тебя|тво)(?:[а-яё]+ ){0,2}?(?:коллег|кандидат|соискател|претендент|специалист|"
    r"человек|сотрудни)(?![а-яё]* (?:для|чтобы|на роль)\b)"
    r"|\bпредпочтение (?:было )?отдан[оа]? (?:другому |другой )?(?:кандидат|соискател|претендент|"
    r"специалист|человек|коллег)"
    r"|\b(?:отдали|было отдано) предпочтение (?:другому|другой|кандидат|соискател|претендент|"
    r"специалист|коллег)"
    # Arabic: a candidate (applicant) was preferred; the choice fell on one
    r"|(?:تم تفضيل|فضلنا|فضّلنا|وقع الاختيار على|وقع اختيارنا على) (?:مرشح|مرشحة|متقدم|متقدمة|"
    r"شخص|زميل|زميلة)"
    # Hindi: preference was given to a candidate (applicant)
    r"|(?:उम्मीदवार|आवेदक|व्यक्ति|प्रत्याशी)(?:ों)? को (?:प्राथमिकता|तरजीह|वरीयता) (?:दी|दे दी)"
    # Urdu: preference was given to a candidate
    r"|(?:امیدوار|شخص|درخواست گزار|فرد)(?:وں)? کو ترجیح (?:دی|دے دی)"
    # Swahili: we preferred a candidate (applicant)
    r"|\b(?:tumempendelea|tulimpendelea|amependelewa|alipendelewa) (?:mgombea|mwombaji|mtu|"
    r"mfanyakazi)\b"
    # Turkish: we chose a colleague (candidate); a candidate was preferred
    r"|\bbir (?:\S+ ){0,2}?(?:meslektaşı|adayı|kişiyi|çalışanı|başvuranı) (?:seçtik|tercih "
    r"ettik|işe aldık)\b"
    r"|\b(?:aday|kişi|başvuru sahibi|çalışan|meslektaş)\w*\b[^.!?\n]{0,10}? (?:tercih edildi|"
    r"tercih ettik|tercih edilmiştir)"
    # Japanese: (an experienced) person was hired (chosen, given priority)
    r"|(?<!貴)(?:方|候補者|人材|応募者)を(?:採用|選出|選択|優先)(?:させていただきました|いたしました|"
    r"しました|することになりました|することとなりました|させていただくことになりました)"
    # Korean: gave priority to (preferred) an applicant
    r"|(?:지원자|후보자|분)(?:을|를) (?:우선|우선적으로 선택|선호)(?:했|하였|하게 되었)"
    # Chinese: chose (hired) one ... colleague (candidate); gave priority to a candidate
    r"|(?:选择|選擇|选定|選定|录用|錄用|聘用)了(?:一位|一名)[^。！？\n]{0,15}?(?:同事|候选人|候選人|"
    r"应聘者|應聘者|申请人|申請人|人选|人選)(?!负责|負責|来|來|去|参加|參加|代表)"
    r"|(?:优先考虑|優先考慮|优先选择|優先選擇|倾向于|傾向於)了[^。！？\n]{0,15}?(?:候选人|候選人|"
    r"应聘者|應聘者|申请人|申請人|人选|人選)"
)
_ON_WITH_OTHERS = re.compile(
    # Arabic: we will go on with other candidates
    r"(?:سنواصل|نواصل|سنمضي قدما|سنمضي قدماً|سنستمر|سنكمل)[^.!?؟،\n]{0,20}? مع "
    r"(?:مرشحين|متقدمين|مرشحات|متقدمات) (?:آخرين|أخريات|آخرات)"
    # German: we continue the process with other applicants
    r"|\b(?:setzen|führen|machen)\b[^.!?\n]{0,40}?\bmit (?:anderen|den übrigen) "
    r"(?:bewerber\w*|kandidat\w*|personen)\b[^.!?\n]{0,20}?\b(?:fort|weiter)\b"
    # Spanish: we will go on with other candidates
    r"|\b(?:seguiremos|seguimos|continuaremos|continuamos|avanzaremos|avanzamos)(?: adelante)?"
    r"(?: el proceso)? con (?:otr[oa]s|el resto de (?:los|las)) (?:candidat|aspirante|perfil|"
    r"persona)"
    # French: we go on with other candidates
    r"|\b(?:poursuivons|poursuivrons|continuons|continuerons|avançons|avancerons)(?: le "
    r"processus| le recrutement| la procédure)? avec d['\u2019]autres (?:candidat|profil|personne)"
    # Russian: we will go on (work on) with other candidates
    r"|\b(?:продолжим|продолжаем|продолжили)\b[^.!?\n]{0,30}? с другими (?:кандидат|соискател|"
    r"претендент|специалист)"
    # Thai: we go on with other applicants
    r"|ดำเนินการต่อ(?:กับ|ด้วย)(?:ผู้สมัคร(?:ท่าน|คน)?อื่น|ผู้อื่น|คนอื่น)"
    # Urdu: we go ahead with other candidates
    r"|(?:دوسرے|دیگر) (?:امیدوار|درخواست گزار)(?:وں)? کے ساتھ (?:آگے|عمل)"
)
_POST_FILLED = re.compile(
    # Korean: the position is already filled (closed); Hindi, Urdu, Turkish: the post cancelled
    r"(?:포지션|직무|채용|모집)[^.!?\n]{0,10}?(?:이미 )?(?:충원(?:이 )?(?:되었|됐|완료)|"
    r"채워졌|마감되었|마감됐)"
    r"|(?:पद|नौकरी|भर्ती|रिक्ति|वैकेंसी)[^।.!?\n]{0,20}?रद्द (?:कर दी|कर दिया|की गई|किया गया|"
    r"हो गई|हो गया)"
    r"|(?:آسامی|عہدہ|عہدے|نوکری|ملازمت|بھرتی|پوزیشن)[^۔.!?\n]{0,20}?منسوخ (?:کر دی|کر دیا|"
    r"ہو گئی|ہو گیا|کی گئی|کیا گیا)"
    r"|\b(?:pozisyon|kadro|i\u0307?ş ilanı|alım)\w*\b[^.!?\n]{0,20}? "
    r"(?:iptal edildi|iptal edilmiştir|kapatıldı|doldurulmayacak)\b"
)
_READER_OUT = re.compile(
    # Arabic: your application was not successful; will not go forward
    r"طلبك (?:لم يكن ناجحا|لم يكن ناجحاً|لم ينجح|لم يتم قبوله|لم يُقبل|لن يمضي|لن يتقدم|لن يستمر)"
    # Arabic: we cannot offer you the job
    r"|(?:لا يسعنا|لا يمكننا|لن نتمكن من|لم نتمكن من) (?:أن )?(?:نقدم|تقديم|نعرض|عرض) (?:لك|عليك) "
    r"(?:الوظيفة|المنصب|عرض عمل|عرضا)"
    # German: your application was not successful
    r"|\b(?:ihre|deine) bewerbung (?:war|ist|blieb) (?:leider |diesmal |dieses mal )*"
    r"nicht erfolgreich\b"
    r"|\b(?:ihre|deine) bewerbung (?:hatte|hat) (?:leider )?keinen erfolg\b"
    r"|\bhatte (?:ihre|deine) bewerbung (?:leider )?keinen erfolg\b"
    # Hindi: your application will go (went) no further
    r"|(?:आपका आवेदन|आपकी अर्ज़ी|आपकी अर्जी|आपकी उम्मीदवारी) आगे नहीं " + _BADH + r"(?:ेगा|ेगी|"
    r"ा|ी| पाएगा| पाएगी| सकता| सकती)"
    # Urdu: your application will go no further
    r"|آپ کی (?:درخواست|امیدواری) (?:مزید )?آگے نہیں"
    # Italian: we cannot offer you the post
    r"|\bnon (?:possiamo|potremo|siamo in grado di|riusciamo a) (?:offrirle|offrirti|offrirvi|"
    r"proporle|proporti) (?:il posto|la posizione|l['\u2019]incarico|il ruolo|un contratto|"
    r"un posto|il lavoro)\b"
    # Portuguese: your process (application) ends here; we cannot offer you the post
    r"|\b(?:o seu|o teu|a sua|a tua) (?:processo|candidatura) (?:termina|terminou|encerra|"
    r"encerrou|acaba|acabou|fica) (?:aqui|por aqui|nesta fase)\b"
    r"|\bnão (?:podemos|poderemos|conseguimos) (?:lhe |te )?(?:oferecer|propor)(?:-lhe|-te)? "
    r"(?:a vaga|o cargo|o lugar|a posição|o emprego|a função|o posto|uma vaga)\b"
    # Russian: your part in the selection ends
    r"|\bваше участие (?:в (?:отборе|конкурсе|процессе|подборе) )?(?:завершается|завершено|"
    r"заканчивается|закончено|окончено)"
    # Swahili: you were not chosen
    r"|\b(?:hujachaguliwa|hukuchaguliwa|hamkuchaguliwa|hamjachaguliwa)\b"
    # Thai: we cannot offer (give) you the post; cannot take you on
    r"|ไม่สามารถ(?:เสนอ|มอบ)(?:ตำแหน่ง|งาน)\S{0,12}?ให้(?:ท่าน|คุณ)"
    r"|ไม่สามารถรับ(?:ท่าน|คุณ)เข้า(?:ทำงาน|ร่วมงาน)"
    # Turkish: your application ended (goes no further); we cannot offer the post
    r"|\bbaşvurunuz\b[^.!?\n]{0,30}?(?:sona erdi|sona ermiştir|sonlandı|sonlandırıldı|"
    r"sonlanmıştır|ilerlemeyecek|devam etmeyecek)"
    r"|\b(?:pozisyon|i\u0307?ş|kadro|görev)\w*\b[^.!?\n]{0,20}? teklif (?:edemiyoruz|edemeyeceğiz|"
    r"edemedik)\b"
    r"|teklifinde bulunamıyoruz|teklifinde bulunamayacağız"
    # Urdu: we cannot offer you the job
    r"|(?:نوکری|ملازمت|عہدہ|عہدے|آسامی|پوزیشن)[^۔.!?\n]{0,15}?(?:پیش|آفر) نہیں کر "
    r"(?:سکتے|سکیں گے|سکے)"
    # Korean: your application (process) ends here; we cannot offer you the job
    r"|(?:지원|전형|채용 절차|절차)(?:은|는) (?:여기서|이번 단계에서|이 단계에서) "
    r"(?:마무리|종료|끝나|끝납)"
    r"|(?:일자리|포지션|자리|입사|채용)[^.!?\n]{0,10}?(?:제안|제의|오퍼)(?:를|을)? ?"
    r"(?:드릴|할|해 드릴) 수 없"
)

_FILE_CLOSED_HERE = re.compile(
    # Arabic: your file closes (ends) here; your file was closed
    r"ملفك (?:يُغلق|يغلق|أُغلق|ينتهي|انتهى) (?:هنا|عند هذا الحد|لدينا)"
    r"|(?:تم إغلاق|أغلقنا|أُغلق) ملفك(?![^.!?؟،\n]{0,30}(?:خلال|حتى|مؤقت|العطلة))"
    # German: your file (papers, candidacy) ends here, is hereby closed
    r"|\b(?:ihre?|deine?) (?:akte|unterlagen|bewerbungsunterlagen|kandidatur|bewerbungsverfahren)\b"
    r"[^.!?,\n]{0,25}?\b(?:endet hier|endet an dieser stelle|endete hier|schließen wir hiermit|"
    r"schließen wir damit|hiermit geschlossen|hiermit abgeschlossen|damit abgeschlossen|"
    r"damit geschlossen|hiermit beendet|damit beendet)\b"
    # Spanish: your file (candidacy, process) closes (ends) here
    r"|\bsu (?:expediente|candidatura|proceso|solicitud|carpeta) (?:se cierra|se cerró|"
    r"queda cerrad[oa]|ha quedado cerrad[oa]|termina|terminó|finaliza|finalizó|acaba|acabó|"
    r"concluye) (?:aquí|en este punto|por aquí|con nosotros)\b(?! (?:a las|hasta|durante))"
    # French: your file (candidacy) stops (ends) here, was closed
    r"|\bvotre (?:dossier|candidature|parcours) (?:s['\u2019]arrête|se termine|s['\u2019]achève|"
    r"prend fin|a été fermée?|est fermée?) (?:ici|là|chez nous|de notre côté|à ce stade)\b"
    r"|\bvotre (?:dossier|candidature) (?:est clos|est close|est clôturée?|a été clôturée?) "
    r"(?:ici|chez nous|de notre côté|à ce stade)\b"
    # Hindi: your file (application) closes (ends) here
    r"|(?:आपकी|आपका) (?:फ़ाइल|फाइल|आवेदन|उम्मीदवारी|प्रक्रिया|अर्ज़ी|अर्जी) (?:यहीं|यहाँ|यहां|"
    r"हमारे यहाँ|हमारे यहां) (?:पर )?(?:बंद|समाप्त|ख़त्म|खत्म)"
    # Italian: your file (candidacy) closes (ends) here
    r"|\b(?:la sua|la tua|il suo|il tuo) (?:pratica|candidatura|fascicolo|percorso) "
    r"(?:si chiude|si è chiusa|si è chiuso|termina|è terminata|è terminato|finisce|si conclude|"
    r"si è conclusa|si è concluso|si ferma) (?:qui|a questo punto|con noi|in questa fase)\b"
    r"(?! (?:la|il|lo|l['\u2019]|le|i|gli)\b)"
    # Japanese: your selection (application) ends here
    r"|(?:貴殿|貴方|あなた|様)の(?:選考|応募|書類|ファイル)は(?:ここで|これにて|これで|こちらで)"
    r"(?:終了|終わり|締め|打ち切り)"
    r"|ご応募の件は(?:ここで|これにて|これで)(?:終了|終わり|締め|打ち切り)"
    # Korean: your papers (selection) end here
    r"|(?:귀하|당신)의 (?:지원 서류|지원서|서류|지원|전형|파일)(?:은|는) (?:여기서|이것으로|"
    r"이번 단계에서|이 단계에서|여기에서) (?:종결|종료|마무리|끝)"
    # Portuguese: your process (candidacy) is closed here
    r"|\b(?:o seu|o teu|a sua|a tua) (?:processo|candidatura|ficha|pasta) (?:fica|foi|está) "
    r"(?:encerrad[oa]|fechad[oa]|arquivad[oa]|concluíd[oa]) (?:aqui|por aqui|connosco|conosco|"
    r"nesta fase)\b"
    # Russian: your file (form, application) is closed here
    r"|\bваш[аеи]? (?:дело|анкета|заявка|досье|кандидатура|отклик) (?:на этом|здесь|у нас) "
    r"(?:закрыт|закрывается|заверш|заканчивается|прекращ)"
    r"(?![^.!?\n]{0,30}(?:на время|праздник|выходн|до понедельник|временно))"
    # Swahili: your file (application) closes here, was closed with us
    r"|\b(?:faili|ombi|jalada) lako (?:linafungwa|limefungwa|linaishia|limeishia|linakomea|"
    r"limekomea|limefikia mwisho) (?:hapa|kwetu|hapo)\b"
    # Thai: your application (process) ends here
    r"|(?:ใบสมัคร|เอกสาร|แฟ้ม|กระบวนการ)(?:ของท่าน|ของคุณ|สำหรับท่าน|สำหรับคุณ)(?:ได้)?"
    r"(?:สิ้นสุด|ยุติ|ปิด)(?:ลง)?(?:เพียงเท่านี้|ที่นี่|ที่ขั้นตอนนี้|ณ ขั้นตอนนี้)"
    # Turkish: your file closes here, was closed by us
    r"|\b(?:başvuru )?dosyanız (?:(?:burada|bu aşamada|tarafımızca|bizde) )?(?:kapanıyor|"
    r"kapanmıştır|kapatıldı|kapatılmıştır|kapandı|sonlandı|sonlanmıştır|sonlandırıldı|"
    r"sonlandırılmıştır)\b"
    # Urdu: your file (application) closes here
    r"|آپ کی (?:فائل|درخواست|امیدواری) (?:یہیں|یہاں|ہمارے ہاں|ہمارے یہاں) (?:پر )?(?:بند|ختم)"
    # Chinese: your file (application) ends here
    r"|(?:您|你)的(?:档案|檔案|申请|申請|应聘|應聘|求职|求職|资料|資料)[^。！？\n]{0,4}?"
    r"(?:到此|就此|至此|在此)(?:结束|結束|终止|終止|告一段落|关闭|關閉)"
)
_WENT_TO_SOMEONE = re.compile(
    # Arabic: the job went (was given) to someone; someone got the job
    r"(?<!إذا )(?<!لو )(?:ذهبت|آلت|مُنحت|منحت|أعطيت|أُعطيت) (?:الوظيفة|المنصب|الشاغر) "
    r"(?:إلى|الى) (?!شخص آخر\b)"
    r"|(?<!إذا )(?<!لو )\bحصل (?!على)[^.!?؟،\n]{1,40}? على (?:الوظيفة|المنصب|الشاغر)"
    # German: the post went (was given) to someone; someone got the post
    r"|\b(?:stelle|position|posten|job)\b ging (?:[a-zäöü]+ ){0,2}?an (?:eine[nmr]?|die|den|"
    r"der|unsere[nmr]?|jemand)\b"
    r"|\b(?:stelle|position|posten|job)\b (?:wurde|ist) (?:[a-zäöü]+ ){0,2}?an (?:eine[nmr]?|"
    r"die|den|der|unsere[nmr]?|jemand)\b[^.!?,\n]{0,60}?\b(?:vergeben|gegangen)\b"
    r"|\b(?:(?:die|diese) (?:stelle|position)|(?:den|diesen) (?:posten|job)) hat (?:eine?[nrms]?|"
    r"der|die|unsere?[nrms]?) [^.!?,\n]{1,60}?\b(?:bekommen|erhalten|übernommen)\b"
    # Spanish: the post went to (was taken by) someone
    r"|(?<!si )\b(?:el puesto|la plaza|la vacante|el cargo|el empleo|la posición) "
    r"(?:(?:finalmente|ya|al final) )?(?:fue|ha sido|se fue|pasó|ha pasado) "
    r"(?:para|a manos de) (?:un|una|el|la|otr[oa]|alguien|nuestr[oa])\b"
    r"(?! (?:periodo|período|plazo|contrato|año|mes|proyecto|turno|tiempo)\b)"
    r"|\b(?:el puesto|la plaza|la vacante|el cargo) (?:se (?:lo|la) (?:ha llevado|llevó)|"
    r"(?:lo|la) (?:ha obtenido|obtuvo|ha conseguido|consiguió|ha ganado|ganó|ha ocupado|ocupó)) "
    r"(?:un|una|el|la|otr[oa]|alguien|nuestr[oa])\b"
    # French: the post went (was given) to someone; someone got the post
    r"|(?<!si )\b(?:le poste|l['\u2019]emploi|la fonction) (?:est|a été) (?:finalement |déjà )?"
    r"(?:revenue?|attribuée?|confiée?|donnée?|allée?) (?:à (?:un|une|l['\u2019]|la|le|notre|"
    r"quelqu)|au)\b(?! (?:niveau|stade|tarif|prix|montant|point|départ)\b)"
    r"|\b(?:un|une|notre)\b[^.!?,\n]{1,60}? (?:a obtenu|a décroché|a remporté) "
    r"(?:le poste|l['\u2019]emploi|la fonction)\b"
    # Hindi: the post (job) went (was given) to someone
    r"|(?<!अगर )(?<!यदि )(?:पद|नौकरी|पोस्ट)(?= )[^।.!?\n]{1,50}?(?<!आप)(?<!तुम) को (?:मिल गया|"
    r"मिल गई|मिल गयी|दे दी गई|दे दिया गया|दिया गया|दी गई|सौंप दिया गया|सौंप दी गई|सौंपा गया)"
    # Italian: the post went (was given) to someone; someone got the post
    r"|(?<!se )\b(?:il posto|la posizione|l['\u2019]incarico|il ruolo) (?!a sedere)"
    r"(?:è andat[oa]|è stat[oa] (?:assegnat[oa]|affidat[oa]|dat[oa])) a (?:un|una|un['\u2019]|"
    r"uno|nostr|qualcun)(?![a-z]* (?:ufficio|reparto|settore|team|gruppo|progetto|periodo|"
    r"contratto|sede)\b)"
    r"|\b(?:un|una|un['\u2019]|uno|nostr[oa])\b[^.!?,\n]{1,60}? (?:ha ottenuto|ha vinto|"
    r"si è aggiudicat[oa]) (?:il posto|la posizione|l['\u2019]incarico|il ruolo)\b(?! a sedere)"
    # Japanese: the position was decided for someone
    r"|(?:ポジション|ポスト|求人|採用枠|役職)(?:は|については)[^。\n]{1,25}?(?:方|者|人|さん|様)"
    r"(?<!貴方)(?<!あなた様)に(?:決まりました|決定(?:いたしました|しました)|なりました)"
    # Korean: the post went to someone; someone took the post on
    r"|(?:포지션|직무|일자리|직책)(?:은|는|이|가)?[^.!?\n]{0,25}?(?<!귀하)(?<!당신)(?:에게|께) ?"
    r"(?:돌아갔|돌아가게 되었|넘어갔|주어졌|맡겨졌)"
    r"|[^.!?\n]{1,30}?(?<!귀하)(?<!당신)(?:이|가) (?:그 |해당 |이 )?(?:포지션|직무|직책)(?:를|을) "
    r"(?:맡게 되었|맡았|맡기로 했)"
    # Portuguese: the post went to someone; someone got the post
    r"|(?<!se )\b(?:a vaga|o cargo|o posto|a posição|o emprego|a função) (?:foi|ficou) "
    r"(?:para|com) (?:um|uma|o|a|outr[oa]|alguém|noss[oa])\b"
    r"(?! (?:período|prazo|contrato|ano|mês|projeto|projecto|turno|tempo)\b)"
    r"|\b(?:um|uma|noss[oa]|outr[oa])\b[^.!?,\n]{1,60}? (?:ficou com|obteve|conquistou|ganhou) "
    r"(?:a vaga|o cargo|o posto|a posição|a função)\b"
    # Russian: the post went to (was taken by) someone
    r"|\b(?:должность|вакансия|позиция|ставка) (?:досталась|отошла|перешла|отдана|была отдана) "
    r"(?!(?:вам|тебе|нам|мне|от)\b)[а-яё]"
    r"|\b(?:должность|вакансию|позицию|ставку) (?:получил[аи]?|занял[аи]?) "
    r"(?!(?:вы|ты|мы|от)\b)[а-яё]"
    # Swahili: the post went to (was given to) someone
    r"|(?<!kama )(?<!ikiwa )\b(?:nafasi|kazi)\b(?:(?!chako|yako|lako|wako)[^.!?\n]){0,25}? "
    r"(?:(?:imekwenda|ilikwenda|imepewa|ilipewa|imetolewa|ilitolewa) kwa|(?:imechukuliwa|"
    r"ilichukuliwa) na) (?!wewe\b|ime|ili|ita|ina)[a-z]"
    r"|(?<!kama )(?<!ikiwa )\b(?:nafasi|kazi)\b (?:hiyo |hii )?(?:amepewa|alipewa|ameichukua|"
    r"aliichukua|ameipata|aliipata) (?!wewe\b)[a-z]"
    # Thai: the post fell to (was given to) someone
    r"|(?<!หาก)(?<!ถ้า)(?<!สำนัก)(?<!พนัก)(?:ตำแหน่ง|งาน)(?:นี้|ดังกล่าว)?(?:ได้)?(?:ถูก)?"
    r"(?:ตกเป็นของ|ตกไปเป็นของ|ตกไปอยู่กับ|มอบให้(?:กับ|แก่)?)(?!ท่าน(?!อื่น)|คุณ)"
    # Turkish: the post was given to someone; someone took the post
    r"|\b(?:pozisyon|kadro|görev)(?:u|ü|umuz|ümüz)?\b(?! için)[^.!?,\n]{0,40}? "
    r"(?!size|sana)\S+(?:ya|ye|a|e) (?:verildi|verilmiştir)\b"
    r"|\b(?:pozisyonu|kadroyu|görevi)\b[^.!?,\n]{0,40}? (?!siz|sen)\S+ (?:aldı|"
    r"almıştır|kazandı)\b"
    # Urdu: the post (job) went (was given) to someone
    r"|(?<!اگر )(?:عہدہ|نوکری|آسامی|ملازمت|پوزیشن) [^۔.!?\n]{1,50}?(?<!آپ) کو (?:مل گیا|مل گئی|"
    r"دے دی گئی|دے دیا گیا|دیا گیا|دی گئی|سونپ دیا گیا|سونپ دی گئی)"
    # Chinese: the post was given to someone
    r"|(?<!如果)(?<!假如)(?<!要是)(?:职位|職位|岗位|崗位|空缺|职务|職務)(?:已|已经|已經)?"
    r"(?:给了|給了|交给了|交給了)(?:[^。！？，,\n]{0,12}?(?:一位|一名)|别人|別人|他人|其他人)"
    r"(?![^。！？，,\n]*(?:机会|機會|经验|經驗|帮助|幫助|支持|信心|动力|空间|空間))"
)
_CHOICE_FELL_ELSEWHERE = re.compile(
    # Arabic: the choice fell on another
    r"وقع (?:الاختيار|اختيارنا)[^.!?؟،\n]{0,20}? على (?:غيرك|غيركم|شخص آخر|مرشح آخر|مرشحة أخرى)"
    # German: the choice fell on another (person, applicant)
    r"|\b(?:wahl|auswahl|entscheidung)\b (?:fiel|ist) (?:[a-zäöü]+ ){0,2}?auf (?:eine[nmr]? )?"
    r"(?:andere[nmr]?|jemand(?:en)? ander|eine[nmr]? (?:[a-zäöüß\-]+ ){0,2}?(?:bewerber|"
    r"kandidat|kolleg|person|mitbewerber))"
    # Spanish: the choice fell on another
    r"|\b(?:la elección|la selección|la decisión) (?:[a-záéíóúñ]+ ){0,3}?(?:recayó|ha recaído|"
    r"recae) (?:[a-záéíóúñ]+ ){0,3}?(?:en|sobre) (?:otr[oa]|alguien más|un[a]? (?:otr[oa] )?"
    r"(?:candidat|aspirante|persona|perfil))"
    # French: our choice fell on another
    r"|\b(?:le|notre) choix (?:s['\u2019]est porté|s['\u2019]est arrêté|est tombé|"
    r"s['\u2019]est fixé) (?:[a-zàâçéèêëîïôûùüÿœ]+ ){0,3}?sur (?:un|une|d['\u2019]autres|quelqu|"
    r"l['\u2019]|le|la|notre)"
    # Hindi: the selection was of someone else
    r"|चयन (?:किसी और|किसी दूसरे|दूसरे उम्मीदवार|अन्य उम्मीदवार) (?:का|की) (?:हुआ|हो गया|"
    r"हो गई|किया गया)"
    # Italian: the choice fell on another
    r"|\b(?:la|nostra) (?:scelta|selezione) (?:[a-zàèéìòù]+ ){0,3}?(?:è caduta|è ricaduta|"
    r"ricade) (?:[a-zàèéìòù]+ ){0,3}?su (?:un['\u2019] ?altr[oa]|un altro|altr[ie]|"
    r"qualcun altro|un[ao]? (?:candidat|persona|profilo|collega))"
    # Japanese: another person was chosen; it was decided for another
    r"|(?:別の|他の|ほかの)(?:方|候補者|応募者|人)(?:が|を)(?:選ばれ(?:ました|ています)|"
    r"採用(?:いたしました|しました|することになりました|となりました))"
    r"|(?:別の|他の|ほかの)(?:方|候補者|応募者)に(?:決定|決まり)(?:いたしました|しました|ました)"
    # Korean: another person was chosen; the choice went to another
    r"|다른 (?:분|지원자|후보자|사람)(?:이|가) (?:선택|선발|채용|최종 선발)(?:되었|됐)"
    r"|선택(?:은|이) 다른 (?:분|지원자|후보자)(?:에게|께) (?:돌아갔|갔)"
    # Portuguese: the choice fell on another
    r"|\b(?:a|nossa) (?:escolha|seleção|selecção|decisão) (?:[a-záâãàçéêíóôõú]+ ){0,3}?"
    r"(?:recaiu|recai|caiu) (?:[a-záâãàçéêíóôõú]+ ){0,3}?(?:sobre|em|n[oa]) (?:outr[oa]|"
    r"alguém|um[a]? (?:outr[oa] )?(?:candidat|pessoa|perfil|colega))"
    # Russian: the choice fell on another
    r"|\bвыбор(?: [а-яё]+){0,4}? (?:пал|был сделан|сделан)(?: [а-яё]+){0,3}? (?:на|в пользу) "
    r"(?:друг(?:ого|ую|ой|их)|ин(?:ого|ую)|кандидат|соискател|коллег|специалист|претендент)"
    # Swahili: the choice fell on another person
    r"|\b(?:chaguo|uteuzi|uamuzi)\b[^.!?\n]{0,25}? (?:limemwangukia|lilimwangukia|umemwangukia|"
    r"ulimwangukia) (?:mtu|mgombea|mwombaji) (?:mwingine|wengine)\b"
    # Thai: we chose another applicant
    r"|(?<!หาก)(?<!ถ้า)(?<!หากเรา)(?<!ถ้าเรา)(?<!จะ)(?<!อาจ)(?<!คัด)(?:คัด)?เลือก(?:ผู้สมัคร"
    r"(?:ท่าน|คน)?อื่น|ผู้อื่น|บุคคลอื่น|ท่านอื่น)"
    # Turkish: the choice went the way of another candidate
    r"|\b(?:tercih|seçim|tercihimiz|seçimimiz)\b[^.!?\n]{0,30}? başka (?:bir )?(?:aday|kişi|"
    r"biri|birisi)\w* (?:yana|lehine|yönünde)"
    # Urdu: the selection was of someone else
    r"|انتخاب (?:کسی اور|کسی دوسرے|دوسرے امیدوار|ایک اور امیدوار)(?: کا| کی)? (?:ہوا|ہو گیا|"
    r"ہو گئی|کیا گیا)"
    # Chinese: the choice fell on someone else
    r"|(?:选择|選擇|人选|人選)[^。！？，\n]{0,6}?(?:落在了|落在|落到了)(?:别人|別人|他人|其他|另一|另外)"
)

READINGS = readings(
    ("chose_other", _ANOTHER_GOT_IT),
    ("chose_other", _CHOSE_DESCRIBED),
    ("chose_other", _ON_WITH_OTHERS),
    ("role_gone", _POST_FILLED),
    ("reader_out", _READER_OUT),
    ("reader_out", _FILE_CLOSED_HERE),
    ("chose_other", _WENT_TO_SOMEONE),
    ("chose_other", _CHOICE_FELL_ELSEWHERE),
)
