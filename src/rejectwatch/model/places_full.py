"""The place full, taken or no longer free, and the work given to someone, in regional languages
and their neighbours (issue 11, thirty-eighth pass).

Blind slice 38's wide refusals in languages new to the slices (most after a trial day at a
small business) said the post was gone in words no reading knew, in shapes their better-known
neighbours share:

* **the place full or taken** (Malay varieties, Persian-script varieties, Marathi- and
  Rajasthani-belt Devanagari, Chinese varieties, Caribbean creole English): "tempat tu sudah
  penoh", "tampa karja itu su penuh", "جای ازی کار حالی پر استه", "आते ही जागा भरी गयी शे",
  "箇只位置冇得哒", "只只位置已经有侬了", "这个岗位就招满了", "de job tek awready";
* **the place no longer free** (Arabic varieties, Rajasthani): "الخدمة ماهي فاظية ذرك", "या
  जगां अब खाली कोनी";
* **the work given to, or taken by, someone** (Malay varieties, Caribbean creole English,
  Thai): "kita sudah kasi sama satu nyonya", "katong su ambe satu anana dari kampong", "we give
  de fryer job to Miss Lorna granddaughter", "เราได้รับคนในหมู่บ้าน", "มีผู้ได้รับคัดเลือกแล้ว".

Second round (blind slice 39's misses, in widely spoken languages): the post entrusted to
someone (French "le poste … a été confié à une ancienne élève"), someone taken on (Italian
"abbiamo preso Matteo, un giovane …", never "abbiamo preso visione"), someone coming to the post
(Russian "к нам идёт выпускница"), the post given (Thai "เราได้ให้ลูกชายของ…"), taken over or
appointed (Urdu "… سنبھالے گا", Kashmiri "اَکھ شاگرد مقرر") and given to one (Persian-script
"یک جوان … دادیم", Balochi "… داتگ").

Never the reader as the one given the place ("kasi sama lu", "give de job to you"), never a
thing full (a form, a tank, a car park, a class the reader joins), and, like every outcome
reading (rejectwatch.model.plain_outcomes appends them), none in a conditional, still-to-come
or quoted sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# Malay varieties: the place or the work full or filled ("tempat tu sudah penoh", "tampa karja
# itu su penuh", "jawatan itu dah diisi", "lowongannya udah terisi")
_MS_PLACE = (
    r"(?:tempat|tampa|tampat|jawatan|posisi|lowongan|kekosongan)(?:nya)?(?: (?:kerja|karja|"
    r"keja|itu|tu|ini|ni|tuh))*"
)
_MS_FULL = re.compile(
    r"\b" + _MS_PLACE + r" (?:su|sudah|suda|dah|udah|telah|uda) (?:penuh|penoh|pinuh|terisi|"
    r"diisi|ada orang|ada yang isi|ada yang pegang)\b"
)
# ... the work given to, or taken on, someone ("kita sudah kasi sama satu nyonya", "katong su
# ambe satu anana dari kampong", "kami dah bagi kepada seorang budak"); never the reader
_MS_YOU = r"(?!lu\b|lo\b|ko\b|kau\b|awak\b|anda\b|ale\b|ose\b|kamu\b|ngana\b|you\b)"
_MS_GIVEN = re.compile(
    r"\b(?:kita|kami|katong|kitorang|kitaorang|we|beta)(?: ada)? (?:su|sudah|suda|dah|udah|telah)"
    r" (?:kasi|kasih|bagi|ambe|ambil|ambik|amek)"
    r"(?: (?:karja|kerja|keja|tempat|tampa|jawatan|posisi|itu|tu|ini|ni))*? "
    r"(?:sama |ke |kepada |pada |untuk )?"
    + _MS_YOU
    + r"(?:satu|seorang|sorang|sa|orang|anak|anana|budak|nyonya|nona|abang|kakak|adik|saudara|"
    r"sodara)\b"
)
# Persian-script varieties (Dari, Hazaragi, Persian, Urdu): the place or the work full ("جای
# ازی کار حالی پر استه", "این جا پر شده", "یہ جگہ پُر ہو گئی ہے")
_FA_FULL = re.compile(
    r"(?:جای|جا|جاي|کار|وظیفه|وظيفه|پست|جگہ|جگه|آسامی|اسامی)(?:\s\S+){0,3}?\s(?:حالی |حالا |"
    r"اکنون |دیگه |دیگر |اب )?(?:پر|پُر)(?: | ?\u200c)?(?:استه|است|اس|شده|شد|هست|ہے|ہو گئی|ہوگئی|"
    r"ہو چکی|شدہ)(?!\w)"
    # (forty-seventh pass: or no vacancy now, "فعلاً جای خالی نداریم")
    r"|(?:جای خالی|موقعیت خالی|جای خالی‌ای)(?:\s\S+){0,2}?\s?(?:نداریم|نداريم|نیست|وجود ندارد)"
    r"(?!\w)"
)
# Marathi- and Rajasthani-belt Devanagari (Ahirani, Marathi, Dhundari, Hindi): the place filled
# ("आते ही जागा भरी गयी शे", "जागा भरली आहे", "जगह भर गई") or no longer empty ("या जगां अब खाली
# कोनी", "जागा आता रिकामी नाही")
# the end of a Devanagari word: no letter or sign after it (the danda "।" ends a sentence, not a
# word, so it may follow)
_DEV_END = r"(?![\u0900-\u0963\u0966-\u097f])"
_DEV_PLACE = r"(?:जागा|जगह|जगां|जगा|जाग्या|पद|पोस्ट|नोकरी|काम)"
_DEV_FULL = re.compile(
    _DEV_PLACE + r"(?: \S+){0,2}? (?:भरी|भरली|भरला|भर|भरा|भरि|भरले)(?: (?:गयी|गई|गया|गेली|गेला|"
    r"गी|ग्यो|गई छै|चुकी|चुका|गेल|गयल))?(?: (?:शे|छे|छै|आहे|है|हे|से))?"
    + _DEV_END
    # (never a filling still to come or a step, "पद भरा जाएगा", "भरने के बाद", "भर दें")
    + r"(?! (?:जा|हो|कर|के|की|ने|दे|दि|लि|द्या|घ्या|जाई)\S*)"
    # (forty-seventh pass: or none left, Marathi "सध्या जागा शिल्लक नाही")
    r"|" + _DEV_PLACE + r"(?: \S+){0,2}? (?:खाली|रिकामी|रिकामा|रिकामं|शिल्लक|बाकी) (?:कोनी|नहीं|नाही|"
    r"नै|ना|नी|नहिं)" + _DEV_END
)
# Chinese varieties: the place gone, taken or filled ("箇只位置冇得哒", "只只位置已经有侬了",
# "这个岗位就招满了", "个位已经有人做了")
_ZH_FULL = re.compile(
    r"(?:岗位|崗位|职位|職位|空缺|名额|名額)[^。！\n，,]{0,6}?(?:冇得哒|冇得了|冇了|冇咗|没有了|沒有了|"
    r"已经有人|已經有人|已经有侬|已經有儂|有侬了|有人做了|有人了|招满|招滿|满了|滿了|招到人了|请到人了|"
    r"請到人了)"
    # (a place that is also a seat, "位置", only in the words of a post gone, never a seat taken
    # and the reader asked to sit elsewhere, "这个位置已经有人了" before "请坐旁边")
    r"|(?:位置|位子|个位|個位)[^。！\n，,]{0,6}?(?:冇得哒|冇得了|冇了|冇咗|已经有侬|已經有儂|有侬了|"
    r"有人做了|招满|招滿|招到人了|请到人了|請到人了)(?![^。\n]{0,8}坐)"
)
# Arabic varieties: the job or the place no longer free ("الخدمة ماهي فاظية ذرك", "الوظيفة لم
# تعد شاغرة", "البلاصة ماعادش فارغة")
_AR_NOT_FREE = re.compile(
    r"(?:الخدمة|الوظيفة|الشغلة|الشغل|البلاصة|المكان|الخدمه|الوظيفه)(?:\s\S+){0,2}?\s"
    r"(?:ماهي|ماهيش|ماهو|ما هي|مهي|ما عادت|ماعادت|ماعادش|لم تعد|ليست|مش|مو|ماشي|ما بقت|مابقاتش)"
    r"\s?(?:فاضية|فاظية|فاضي|فاظي|شاغرة|شاغر|فارغة|فارغ|خاوية)"
)
# Caribbean creole English: the job taken already ("de job tek awready", "dat wuk gone
# arready"), or given to someone ("we give de fryer job to Miss Lorna granddaughter")
_CREOLE_TAKEN = re.compile(
    r"\b(?:de|di|dat|dis|the|that|this) (?:[a-z\-']+ )?(?:job|wuk|work|post|spot|place|position)"
    r" (?:done )?(?:tek|teck|tek'|taken|tekken|gone|gawn|full|fill|filled)(?: up)? (?:awready|"
    r"already|arready|aready|areddy)\b"
)
_CREOLE_GIVEN = re.compile(
    r"\b(?:we|wi|i|me|dem|they|boss) (?:done )?(?:give|gi|gie|gave|han|hand) (?:de|di|dat|the|"
    r"that) (?:[a-z\-']+ ){0,2}?(?:job|wuk|work|spot|place|position|shift) to "
    r"(?!you\b|yuh\b|u\b|yu\b|unu\b)"
)
# Thai: someone taken or chosen already ("เราได้รับคนในหมู่บ้าน…", "ตำแหน่งนี้จึงมีผู้ได้รับ
# คัดเลือกแล้ว"); never the reader ("คุณได้รับการคัดเลือก")
_TH_CHOSEN = re.compile(
    r"ได้รับคน(?:ใน|จาก|ที่)|มีผู้ได้รับ(?:การ)?คัดเลือก(?:ไป)?แล้ว|มีคนได้รับ(?:การ)?คัดเลือก(?:ไป)?แล้ว"
)

# (second round, blind slice 39) French: the post entrusted to someone ("le poste de décoratrice a
# été confié à une ancienne élève"); never the reader ("confié à vous")
_FR_ENTRUSTED = re.compile(
    r"\b(?:le poste|la place|l['\u2019]emploi|le travail|la mission)"
    r"(?: d['\u2019e ][^.!?\n,;]{1,40}?)?"
    r" (?:a été|est|sera|va être) (?:confiée?|attribuée?|donnée?) à (?!vous\b|toi\b)"
)
# Italian: someone taken on ("come aiuto abbiamo preso Matteo, un giovane vicino di casa"); never
# an application looked at ("abbiamo preso visione della sua candidatura"), a decision or the reader
_IT_TAKEN = re.compile(
    r"\babbiamo (?:preso|assunto)(?: con noi)? (?!visione\b|nota\b|atto\b|in\b|contatto\b|"
    r"parte\b|la sua\b|la tua\b|lei\b|te\b|tempo\b|una\b|la decisione\b)(?:un |il |lo )?"
    r"[a-zà-ù]+(?:,| che\b| da\b)"
    r"|\b(?:il posto|la posizione|il lavoro)(?: di [^.!?\n,;]{1,30}?)? (?:l['\u2019]abbiamo|lo "
    r"abbiamo|è stato|è andato) (?:dato|affidato|assegnato)? ?a (?!lei\b|te\b|voi\b)"
)
# Russian: someone coming to the post ("художником к нам идёт выпускница училища"); never the
# reader ("к нам идёте вы")
_RU_COMING = re.compile(
    r"\bк нам (?:идёт|идет|пришла|пришёл|пришел|придёт|придет|выходит|устроилась|устроился) "
    r"(?!вы\b|ты\b)"
)
# Thai: the post given to someone ("ตำแหน่งช่างปั้นเราได้ให้ลูกชายของช่างเก่า")
_TH_GIVEN = re.compile(r"เรา(?:ได้)?ให้(?:ลูกชาย|ลูกสาว|ลูก|พี่|น้อง|หลาน|คนใน|ช่าง|เด็ก)")
# Urdu and Kashmiri: someone taking the post over or appointed ("کاریگر کی جگہ اب ہمارے پرانے
# استاد کا بیٹا سنبھالے گا", "اَکھ شاگرد مقرر"); Persian-script varieties: given to one ("ما
# یک ورنایے ءَ داتگ", "کار ره ما د یک بچه دادیم")
_UR_TAKES_OVER = re.compile(
    r"جگہ(?:\s\S+){1,8}?\sسنبھال(?:ے گا|ے گی|ی ہے|ا ہے|لی ہے|لی|لے گا)(?!\w)"
    r"|(?:شاگرد|کاریگر|لڑکا|لڑکی|بندہ|بندے|آدمی|ملازم|نوجوان)\s(?:کو\s)?مقرر(?!\w)"
    r"|(?:یک|ایک|اَکھ|اکھ)\s\S+(?:\s\S+){0,2}?\s(?:دادیم|داتگ|داده‌ایم|داده ایم)(?!\w)"
)

# (third round, blind slice 40) Hindi: the post handed over ("यह पद … भतीजे को सौंपा गया");
# Thai: the post given, with no "we" ("ตำแหน่งช่างเขียนลายได้ให้ลูกสาวของช่างเก่า"); Chinese:
# settled on a person ("我们最后定了老师傅的徒弟"); German: the place taken over ("den Platz am
# Brenner hat inzwischen Frau Heinz übernommen"); Portuguese: we went with someone ("ficámos com
# a Sofia, que …"); Turkish: we took someone named ("Mehmet'i ald\u0131k")
_HI_HANDED = re.compile(
    r"(?:पद|जगह|काम|नौकरी)(?:\s\S+){0,8}?\sको\sसौंप(?:ा|ी|े)\s(?:गया|गई|गयी|दिया|दी)" + _DEV_END
)
_TH_POST_GIVEN = re.compile(r"ตำแหน่ง\S{0,30}?(?:ได้)?ให้(?:ลูกชาย|ลูกสาว|หลาน|คนใน|พี่|น้อง)")
_ZH_SETTLED = re.compile(
    r"(?:最后|最终|已经)?定了[^。，,！\n]{0,10}?(?:徒弟|学徒|師傅|师傅|小伙子|姑娘|阿姨|大姐|大哥)"
)
_DE_TAKEN_OVER = re.compile(
    r"\b(?:den platz|die stelle|den posten|die position|den job|die arbeit)\b[^.!?\n]{0,40}? "
    r"hat (?:inzwischen |bereits |schon |nun |jetzt )?(?!sie\b|ihnen\b|du\b)[^.!?\n]{1,40}? "
    r"übernommen\b"
)
_PT_WENT_WITH = re.compile(
    r"\bfic[aá]mos com (?:a|o) (?!sua\b|seu\b|senhora\b|senhor\b|candidatura\b|impress[aã]o\b|"
    r"ideia\b|d[uú]vida\b|certeza\b)[^\W\d_]+(?:,| que\b| da\b| do\b| de\b)"
)
_TR_TOOK = re.compile(r"\b[^\W\d_]+['\u2019](?:i|ı|u|ü|yi|yı|yu|yü) (?:aldık|işe aldık|seçtik)\b")

READINGS = readings(
    ("role_gone", _MS_FULL),
    ("chose_other", _MS_GIVEN),
    ("role_gone", _FA_FULL),
    ("role_gone", _DEV_FULL),
    ("role_gone", _ZH_FULL),
    ("role_gone", _AR_NOT_FREE),
    ("role_gone", _CREOLE_TAKEN),
    ("chose_other", _CREOLE_GIVEN),
    ("chose_other", _TH_CHOSEN),
    ("chose_other", _FR_ENTRUSTED),
    ("chose_other", _IT_TAKEN),
    ("chose_other", _RU_COMING),
    ("chose_other", _TH_GIVEN),
    ("chose_other", _UR_TAKES_OVER),
    ("chose_other", _HI_HANDED),
    ("chose_other", _TH_POST_GIVEN),
    ("chose_other", _ZH_SETTLED),
    ("chose_other", _DE_TAKEN_OVER),
    ("chose_other", _PT_WENT_WITH),
    ("chose_other", _TR_TOOK),
)
