"""The post filled, taken by someone else, or no room for the reader, in the plain words of widely
spoken languages the readings missed (issue 11, thirty-seventh pass).

Each wide slice holds one refusal in each of fifteen widely spoken languages, most from a small
business after a trial day. The readings abroad knew the formal letter ("we chose another
candidate"), but several everyday ways of saying it carried no token and were left to the word
weights, which learn a language only from its few families. The shapes, each read for its general
form in several wordings:

* **who got the post, told as a cleft** (Portuguese, Spanish): "quem ficou com a vaga foi uma
  moça da loja", "quien se quedó con el puesto fue un chico del barrio";
* **no room for the reader, or the sender unable to take the reader on** (Arabic, written or
  spoken): "لا يوجد مكان لك", "لن نتمكن من ضمك إلى الفريق", "ما نقدر ناخدك معانا";
* **someone else taken** (Arabic, Hindi): "قرر صاحب المحل أن يأخذ موظفة عملت معه", "मालिक ने
  किसी और को रख लिया";
* **the post filled** (Hindi, Japanese, Thai): "यह पद भर चुका है", "募集していたポジションはす
  でに埋まってしまいました", "ตำแหน่งนี้มีคนได้ไปแล้ว";
* **the reader not taken** (Thai): "ยังรับคุณไม่ได้", "รับน้องเข้าทำงานไม่ได้".

Never the reader as the one taken ("نأخذك", "आपको रख लिया"), never a thing filled (a form, a
tank, a seat on a coach), and, like every outcome reading (rejectwatch.model.plain_outcomes
appends them), none in a conditional, still-to-come or quoted sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# Portuguese and Spanish: the one who got the post, told as a cleft ("quem ficou com a vaga foi
# uma moça", "quem levou o lugar foi um rapaz", "quien se quedó con el puesto fue un chico", "la
# que se llevó la plaza fue una compañera")
_CLEFT = re.compile(
    r"\bquem (?:ficou com|levou|pegou|conseguiu|ganhou) (?:a vaga|o lugar|o posto|o cargo|o "
    r"trabalho|o emprego|a posição|a posicao)(?: [^.!?\n,;]{0,40}?)? (?:foi|é) (?!você|voce|tu\b)"
    r"|\b(?:quien|el que|la que) se (?:quedó|quedo|llevó|llevo) (?:con )?(?:el puesto|la plaza|el "
    r"trabajo|el empleo|la vacante|el cargo)(?: [^.!?\n,;]{0,40}?)? fue (?!usted|tú|tu\b)"
)
# Arabic: no room for the reader ("لا يوجد مكان لك", "ما في مكان لك", "لا مكان لك"), or the
# sender unable to take the reader on, in the written language or a spoken one ("لن نتمكن من
# ضمك", "لا نستطيع توظيفك", "ما نقدر ناخدك معانا", "مش هنقدر نشغلك"): the reader as the suffix
# "ك" of the verb or the verbal noun
_AR_DIACRITICS = "[\u064b-\u0652]*"
_AR_OUT = re.compile(
    r"(?:لا يوجد|لا توجد|ما في|ما فيه|ليس هناك|لا) (?:مكان|وظيفة|فرصة|شاغر) (?:لك|لكِ)(?!\w)"
    r"|(?:لن|لا|ما|مش|مو|مب|ماراح|ما راح) ?(?:ن|ب|بن|ه|هن|ح|حن)?(?:تمكن|ستطيع|قدر|ئدر|گدر|"
    r"يمكننا|يتمكن|يستطيع)(?:ش|وا)? (?:من )?(?:أن |ان )?(?:ن)?(?:ضم|توظيف|قبول|تعيين|أخذ|اخذ|"
    r"اخد|ستقبال|ستقبل|التعاقد مع|تشغيل|شغل|وظف|قبل|عين|خلي|جيب)"
    + _AR_DIACRITICS
    + r"(?:ك|كم|كي)"
    + _AR_DIACRITICS
    + r"(?!\w)"
)
# Arabic: someone else taken ("قرر صاحب المحل أن يأخذ موظفة عملت معه", "قررنا أن نختار شاباً
# من الحي", "صاحب البسطة اختار واحد من الحارة", "قد اختار ابن أخوه"): the verb and a person
# after it, never the reader ("نأخذك", "اخترناك")
_AR_PEOPLE = (
    r"موظف|موظفة|متدرب|متدربة|شخص|شاب|فتاة|مرشح|مرشحة|واحد|واحدة|أحد|عامل|عاملة|زميل|"
    r"زميلة|طالب|طالبة|ابن|بنت|ولد|معلم|معلّم|أسطى|اسطى|صنايعي|حرفي|فني|طباخ|خباز"
)
# (thirty-eighth pass, second round: each word read with its vowel marks, "متدرّبة" as
# "متدربة"; a mark stands after the letter it marks)
_AR_PERSON = (
    r"(?:"
    + "|".join(_AR_DIACRITICS.join(word) for word in _AR_PEOPLE.split("|"))
    + r")"
    + _AR_DIACRITICS
    + r"\w{0,3}"
)
_AR_OTHER = re.compile(
    r"(?:قرر|قررت|قررنا|قرروا) (?:[^\s.!?،]+ ){0,3}?(?:أن )?(?:نأخذ|يأخذ|تأخذ|نختار|يختار|تختار|"
    r"نعين|يعين|تعين|نوظف|يوظف|توظف|نستقبل|يستقبل) " + _AR_PERSON + r"(?!\w)"
    r"|(?:اختار|اخترنا|اختاروا|اختارت|اخذ|أخذ|خذ|جاب|جبنا|شغّل|شغل|وظّف|وظف|عيّن|عين) "
    + _AR_PERSON
    + r"(?!\w)"
)
# Hindi: the post filled ("यह पद भर चुका है", "वैकेंसी भर गई है"), someone else taken ("मालिक
# ने किसी और को रख लिया", "हमने किसी दूसरे को चुन लिया है")
_HI = re.compile(
    r"(?:पद|पोस्ट|जगह|नौकरी|वैकेंसी|सीट|रिक्ति) (?:अब |पहले ही )?(?:भर चुका|भर चुकी|"
    r"भर गया|भर गई|भरा जा चुका|भरी जा चुकी|भर दिया गया|भर दी गई)"
)
_HI_OTHER = re.compile(
    r"किसी (?:और|दूसरे|दूसरी|अन्य) (?:व्यक्ति |उम्मीदवार |लड़के |लड़की )?को (?:रख|चुन|ले|"
    r"नियुक्त कर) (?:लिया|ली|लिए)"
    # (fifty-eighth pass: or got by another described, "नौकरी पटियाला की दूसरी बहन ने पाई", slice
    # 138; never the reader, "आपने")
    r"|(?:दूसरी|दूसरे|एक और|किसी और|अन्य) \S+ ने (?:पाई|पाया|ले ली|ले लिया|हासिल की|हासिल कर ली)"
)
# Japanese: the post filled ("ポジションはすでに埋まってしまいました", "募集枠が埋まりました",
# "求人は締め切らせていただきました" is a closing, not read here)
_JA = re.compile(
    r"(?:ポジション|ポスト|枠|求人|募集|席|採用枠|定員)(?:は|が)(?:すでに|既に|もう|全て|すべて)?"
    r"(?:埋まり|埋まって|満たされ|満員|定員に達し)"
)
# Thai: someone already got the post ("ตำแหน่งนี้มีคนได้ไปแล้ว"), the post full ("ตำแหน่ง
# เต็มแล้ว"), or the reader not taken ("ยังรับคุณไม่ได้", "รับน้องเข้าทำงานไม่ได้")
_TH_GONE = re.compile(r"(?:ตำแหน่ง|งาน)(?:นี้|นั้น)?(?:มีคน(?:ได้|ได้รับ|รับ)(?:ไป)?แล้ว|เต็มแล้ว|ได้คนแล้ว)")
_TH_OUT = re.compile(r"รับ(?:คุณ|น้อง|เธอ|ท่าน)(?:เข้า(?:ทำงาน|มา))?ไม่ได้")

# (second round) Italian: the post goes to someone, in the present ("il posto di aiuto
# pasticciere va a una ragazza"), or is assigned ("per quest'anno il posto è quindi assegnato")
_IT = re.compile(
    r"\b(?:il posto|il lavoro|la posizione|il ruolo)(?: [^.!?\n,;]{1,40}?)? va (?:a|ad) "
    r"(?:una? |un['\u2019])?(?:ragazz[oa]|collega|persona|candidat[oa]|altr[oa]|dipendente|"
    r"qualcun\w*|giovane|signor[a]?)\b"
    r"|\b(?:il posto|la posizione|il ruolo) (?:è|e['\u2019]) (?:quindi |già |ormai |stato |stata )*"
    r"(?:assegnat[oa]|affidat[oa])\b(?! (?:a te|a lei|a voi)\b)"
)
# French: the one who takes the post, told as a cleft ("c'est une jeune femme déjà formée qui
# rejoint l'atelier"), and the answer a no for the reader ("pour vous, ce sera non")
_FR_CLEFT = re.compile(
    r"\bc['\u2019]est (?:une?|l['\u2019]une?|l['\u2019]un|quelqu['\u2019]un) [^.!?\n;]{1,80}? qui "
    r"(?:rejoint|rejoindra|prend|prendra|a obtenu|obtient|aura|occupe|occupera|a eu) "
    r"(?:l['\u2019]atelier|l['\u2019]équipe|le poste|la place|ce poste|cette place|le job)\b"
)
_FR_NO = re.compile(r"\bpour (?:vous|toi),? (?:ce sera|c['\u2019]est) (?:un )?non\b")
# Chinese: another hired or chosen ("决定录用另一位在陶瓷学院学过两年的同学", "最后选了另外一个人")
_ZH = re.compile(
    r"(?:录用|录取|聘用|聘请|选了|选择了|请了|招了)了?(?:另一位|另外一位|另一个|另外一个|其他|别的)"
)
# Korean: going with a person a relative clause describes ("작년 겨울에 단기로 일했던 분과
# 함께하기로 했습니다"; never "님과", the reader)
_KO = re.compile(r"[던은는한] 분과 함께하기로")

# (second round) the same in the regional forms of the big languages, each spoken variety's own
# negation and pronoun: Hindi-Urdu and its neighbours in Devanagari ("किसी और को रख लिया",
# "दोसर आदमी के रखली", "तोहरे ले जगह नखे") and in Urdu script ("کسی اور کو رکھ لیا", "اک بندہ
# رکھ لیا", "آپ کے لیے کوئی جگہ نہیں", "تُساں واسطے جگہ نئیں"); Thai and the Lao-Thai varieties
# ("ทางร้านได้คนแล้ว", "บ่ได้รับเจ้า"); Malay and its dialects ("ambik ore laing")
_HI_KEPT = re.compile(
    r"(?:दोसर|दूसरा|दूसरे|दुसर|और|अन्य|एगो|एक) (?:आदमी|व्यक्ति|लड़का|लड़की|लइका|लइकी|बंदा|"
    r"छोरा|छोरी|मनई|मनखे|उम्मीदवार) (?:के|को|का|कें) (?:रख|रखली|रखले|रखलिस|ले|लेलिस|चुन|चुनली)"
)
_HI_NO_PLACE = re.compile(
    r"(?:आपके|आपका|तुम्हारे|तुम्हार|तोहरे|तोहर|तोर|तोहार) ?(?:लिए|ले|लागि|खातिर|वास्ते|बर) "
    r"(?:अभी |ए बेर |इस बार )?(?:कोई )?(?:जगह|पद|काम|नौकरी) (?:नहीं|नखे|नइखे|नाहीं|नहिं|नई)"
)
_UR_KEPT = re.compile(
    r"(?:کسی اور|کسے ہور|اک|ایک|دوسرا|دوسرے|دوجا|ہور) (?:بندہ|بندے|آدمی|شخص|لڑکا|لڑکی|بندی|"
    r"امیدوار)? ?(?:کو |نوں )?(?:رکھ|لے|چن) (?:لیا|لئی|لیا اے|لیا ہے|لئی اے|لیتا|لی)"
)
_UR_NO_PLACE = re.compile(
    r"(?:آپ|تُساں|تساں|تم|تُسی|تسی|تہاڈے|تواڈے) (?:کے |دے |نی |نے )?(?:لیے|لئے|واسطے|واسطہ|لئی) "
    r"(?:ابھی |ایس واری |اس بار )?(?:کوئی )?جگہ (?:نہیں|نئیں|ناں|نا|کوئی نئیں)"
)
_TH_DIALECT = re.compile(
    r"(?:ร้าน|ทางร้าน|ที่ร้าน|บริษัท|โรงงาน|สวน)ได้คน(?:แล้ว|มาแล้ว|ใหม่แล้ว)"
    r"|(?:บ่|ไม่)ได้รับ(?:เจ้า|น้อง|คุณ|เธอ|ท่าน|สู)(?:เข้า(?:มา)?(?:ทำงาน|เฮ็ดงาน|ยะก๋าน))?"
)
_MS_DIALECT = re.compile(
    r"\b(?:ambik|ambil|amik|ambek|ambe) (?:ore|orang|oghang|urang|oghe) (?:laing|lain|laen|len)\b"
)

# (third round) the post given to someone, in more everyday shapes: Arabic "gave it to one of the
# neighbourhood" ("أعطيناها لواحد من الحارة", "إدّيناها لواد من البر الغربي"); Japanese "decided
# on one who …" ("…者に決まりました"); French "the post falls to" ("le poste … revient à un
# intérimaire"); Chinese "the place given to one …" ("学徒的位置给了一位…", "位子…给哒…一个妹子");
# Thai "let one … take it" ("เราให้พี่ที่ดูแล…รับไปแล้ว"); Urdu-script and Devanagari "given to"
# ("… کو ترقی دے کر دے دی ہے", "… کی دے چھوڑی اے", "… चेला ने दे दी"), never to the reader; Swahili
# "we have given (it) to a youth" ("tumempa kijana")
_AR_GAVE = re.compile(
    r"(?:أعطيناها|اعطيناها|عطيناها|إديناها|اديناها|إدّيناها|ادّيناها|أعطيناه|اعطيناه|إديناه|"
    r"إدّيناه|عطيناه) (?:ل|إلى |الى )?(?:واد|" + _AR_PEOPLE + r")\w{0,3}(?!\w)"
)
_JA_DECIDED = re.compile(r"(?:者|方|人|子|スタッフ|メンバー)に決まり(?:ました|まして)")
_FR_FALLS = re.compile(
    r"\b(?:le poste|la place|le job|l['\u2019]emploi|le travail)(?: [^.!?\n;]{1,40}?)? (?:revient|"
    r"reviendra|est revenu|échoit|est allé|est allée) à (?:un|une|l['\u2019]une?|quelqu)"
)
_ZH_GIVEN = re.compile(
    # (never a thing of the post's, "这个岗位的培训我们给了一位老同事负责", its training)
    r"(?:位置|岗位|位子|名额|职位|工作)[^。！？\n的]{0,12}?给[了哒]?[^。！？\n]{0,24}?"
    r"(?:一位|一个|另一位|另外一位|别人|其他人)"
)
_TH_TAKEN = re.compile(r"ให้(?!คุณ|น้อง|เธอ|ท่าน|สู)[^\s]{1,60}?รับไปแล้ว")
_UR_GIVEN = re.compile(
    r"(?<!آپ )(?<!تم )(?<!تساں )(?<!تُساں )(?<!تسی )(?:کو|کی|نوں) (?:[^\s.۔]+ ){0,3}?دے "
    r"(?:دی|دیا|دیے|دئی|چھوڑی|چھوڑیا)"
)
_HI_GIVEN = re.compile(
    r"(?<!आप )(?<!आपको )(?<!तुम )(?<!तोहरा )(?:चेला|चेले|शागिर्द|लड़के|लड़की|आदमी|कारीगर|छोरा|छोरे|"
    r"छोरी|भतीजे|भांजे|बंदे|साथी|व्यक्ति) (?:को|ने|के|कें|नै) दे (?:दी|दिया|दिए|दई|दियो)"
)
_SW_GAVE = re.compile(
    r"\b(?:tumempa|amempa|wamempa|nimempa|tumewapa|tumemchukua|amemchukua|wamemchukua|"
    r"tumemwajiri|amemwajiri) (?:kijana|mtu|msichana|mvulana|fundi|mwanafunzi|mwingine|mmoja|"
    r"binti|dada|kaka|mpwa)\b"
)

# (the words that open each reading and the others a match holds: read off its pattern,
# rejectwatch.model.prefilter.openers)
READINGS = readings(
    ("chose_other", _CLEFT),
    ("reader_out", _AR_OUT),
    ("chose_other", _AR_OTHER),
    ("role_gone", _HI),
    ("chose_other", _HI_OTHER),
    ("role_gone", _JA),
    ("role_gone", _TH_GONE),
    ("reader_out", _TH_OUT),
    ("chose_other", _IT),
    ("chose_other", _FR_CLEFT),
    ("reader_out", _FR_NO),
    ("chose_other", _ZH),
    ("chose_other", _KO),
    ("chose_other", _HI_KEPT),
    ("reader_out", _HI_NO_PLACE),
    ("chose_other", _UR_KEPT),
    ("reader_out", _UR_NO_PLACE),
    ("reader_out", _TH_DIALECT),
    ("chose_other", _MS_DIALECT),
    ("chose_other", _AR_GAVE),
    ("chose_other", _JA_DECIDED),
    ("chose_other", _FR_FALLS),
    ("chose_other", _ZH_GIVEN),
    ("chose_other", _TH_TAKEN),
    ("chose_other", _UR_GIVEN),
    ("chose_other", _HI_GIVEN),
    ("chose_other", _SW_GAVE),
)
