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
    r"|\b(?:nafasi|kazi)\b[^.!?\n]{0,20}? (?:imekwenda|ilikwenda|itakwenda|itaenda|imeenda|"
    r"imepewa|ilipewa|itapewa|imetolewa|ilitolewa) (?:kwa )?(?:mtu|mgombea|mwombaji|mfanyakazi) "
    r"mwingine\b"
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

READINGS = readings(
    ("chose_other", _ANOTHER_GOT_IT),
    ("chose_other", _CHOSE_DESCRIBED),
    ("chose_other", _ON_WITH_OTHERS),
    ("role_gone", _POST_FILLED),
    ("reader_out", _READER_OUT),
)
