"""The usual refusal formulas of eight widely spoken languages that the readings lacked: Arabic,
Malay, Chinese, French, Persian, Tagalog, Ukrainian and Brazilian Portuguese (issue 11,
twenty-fourth pass, part D).

Blind slice 22's wide part missed a refusal in each of these languages with no decision token.
Most of them told the post given to someone who already works with the firm (a colleague from
the other branch, an intern of six months, a baker from the second shop), a form the readings
knew only as "another candidate". Each language's several usual ways of saying that the post
went to someone else, that it is filled, that the reader was not selected or that the
application goes no further are read here, written for the language and never one message's
words:

* Arabic: "قررنا اختيار زميل يعمل معنا …" (decided to choose a colleague, another or one of
  ours, for the post), "منحنا الوظيفة لموظف …", "تم ملء الوظيفة", "الوظيفة لم تعد شاغرة",
  "لم تتأهل للمرحلة التالية";
* Malay: "telah memilih seorang … untuk mengisi jawatan ini", "jawatan ini telah diberikan
  kepada calon lain", "telah pun diisi oleh …", "permohonan anda tidak dapat dipertimbangkan";
* Chinese: "这个岗位我们最后给了一位……的同学", "最后选了一位……", "岗位已经招到人了", "这次就
  不能和你合作了", "这次没能合作", "没有办法录用你", "你没有通过面试";
* French: "nous ne donnerons pas suite à votre candidature", "nous ne sommes pas en mesure de
  vous proposer le poste", "le chef a confié le poste à Léna, qui …", "nous avons choisi Léna,
  qui …";
* Persian: "این موقعیت را به همکاری بدهد که …" (to give the post to a colleague),
  "… به یکی از همکاران سپرده شد", "تصمیم گرفتیم با کاندیدای دیگری ادامه دهیم", "امکان همکاری
  در حال حاضر وجود ندارد";
* Tagalog: "pinili ng manager ang isang … para sa posisyong ito", "nakapili na kami ng ibang
  kandidato", "may napili na kaming iba", "hindi na namin maipagpapatuloy ang iyong aplikasyon",
  "hindi ka namin matatanggap sa posisyong ito", "hindi ka nakapasa sa …", "sarado na ang
  posisyon";
* Ukrainian: "вирішили взяти на цю посаду пекарку, яка …", "обрали колегу з …", "посаду вже
  зайнято", "не можемо взяти вас на цю посаду", "ваша кандидатура нам не підходить";
* Brazilian Portuguese: "escolhemos seguir com uma pessoa que …", "a vaga foi fechada com ela",
  "fechamos a vaga com …", "não foi dessa vez", "não vamos dar andamento à sua candidatura".

Tetum, Romansh, Hawaiian and Corsican, which no module read, are read in their usual forms too
(another chosen, the application not going on, the post filled), with their "if" words.

Their twins stay unread: the reader chosen or given the post ("anda", "你", "vous", "شما", "ka",
"вас", "você"), a colleague chosen to interview, train or show the reader round (the reader
named after it), a choice still to come (Malay "akan", Chinese "还没"), a task rather than a post
(Persian "کار", Chinese "培训"), a day rather than a round, a conditional (each language's "if"
words, read by rejectwatch.model.languages).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = [
    "CONDITIONAL",
    "NOT_A_JOB",
    "READINGS",
]

# The checks', the guard's and the gate's words: each language's own stand in the places that
# read them already
# (the four rarer languages' "if": Romansh "sche", Hawaiian "inā", Tetum "se ami", "se ita",
# Corsican "s'è")
# (twenty-fourth pass, part K: and a requirement, "without" the paper or the answer asked,
# Portuguese "sem o envio do comprovante", Ukrainian "без медичної довідки"; Chinese "要是",
# "万一", spoken "if")
CONDITIONAL = (
    r"|\bsche\b|(?<!\w)inā\b|\bse (?:ami|ita|ó)\b|\bs['\u2019]è\b"
    r"|\bsem (?:o |a |os |as |seu |sua |seus |suas )?(?:envio|entrega|recebimento|comprovante|"
    r"documentos?|documentação|confirmação|resposta|retorno|assinatura)\b"
    r"|\bбез (?:\w+ )?(?:довідки|довідок|документів|документа|підтвердження|відповіді|диплома|"
    r"сертифіката|підпису)\b"
    # (thirty-first pass: and Russian, "без этих документов принять вас на работу мы не сможем")
    r"|(?<!\w)без (?:\w+ )?(?:документов|документа|справки|справок|подтверждения|ответа|диплома|"
    r"сертификата|подписи|анкеты)(?!\w)"
    r"|要是|万一|萬一"
)
# (twenty-fourth pass, part K: a raffle's or a promotion's "não foi dessa vez", a driving test's
# or a school's exam, a licensure exam: no job; not a "board exam", a civil service board's)
NOT_A_JOB = (
    r"|\b(?:sorteio|sorteios|promoção|promoções|cupom|cupons|raspadinha)\b"
    r"|补考|驾照|驾考|驾驶证|駕照|期末考试|学分|學分"
    r"|\blicensure exams?\b"
)

_AP = "['\u2018\u2019]"
# the rest of a sentence (never past its end, a Chinese one's included)
_REST = r"[^.!?\n\u3002\uff01\uff1f]"


def _no_reader(words: str) -> str:
    """A lookahead: the rest of the sentence never names the reader (one of ``words``)."""
    return r"(?!" + _REST + r"*(?:" + words + r"))"


# ---------------------------------------------------------------------------------------------
# Arabic
# ---------------------------------------------------------------------------------------------

# the reader after the choice: "لك", "معك", "لتدريبك", "لمقابلتك" (a colleague chosen to meet
# the reader), but not "لذلك" (therefore)
_AR_READER = _no_reader(r"\b(?!لذلك)ل\S*ك\b|\b(?:معك|إليك|عليك|أنت|أنتِ|حضرتك)\b")
# a colleague, an employee, another candidate
_AR_PERSON = (
    r"(?:زميل|زميلة|زميلا|زميلًا|موظف|موظفة|موظفا|موظفًا|مرشح|مرشحة|مرشحا|مرشحًا|شخص|شخصا|"
    r"شخصًا|أحد|إحدى|متدرب|متدربة)"
)
_AR_POST = r"(?:الوظيفة|الوظيفه|المنصب|الشاغر|الشاغرة|هذه الوظيفة|هذا المنصب)"
# "قرر الشيف اختيار زميل يعمل معنا …", "قررنا اختيار مرشح آخر لهذا المنصب", "اخترنا زميلة تعمل
# معنا لهذه الوظيفة", "قررنا منح الوظيفة لموظف من فرعنا" (the person working with us, another,
# from within, or the post named after them)
_AR_CHOSE = re.compile(
    r"\b(?:قرر|قررت|قررنا|قرّر|قرّرت|قرّرنا|ارتأى|ارتأت|ارتأينا)\b(?: \S+){0,3}? "
    r"(?:اختيار|تعيين|توظيف|ترقية) " + _AR_PERSON + r"\b"
    r"(?= (?:آخر|أخرى|آخرا|آخرًا|من داخل|من فريقنا|من فرعنا|من الفرع|من زملائنا|يعمل معنا|"
    r"تعمل معنا|يعمل لدينا|تعمل لدينا|عمل معنا|عملت معنا)|"
    + _REST
    + r"*(?:لشغل|ل"
    + _AR_POST
    + r"))"
    + _AR_READER
    + r"|\b(?:اخترنا|اختار|اختارت)\b (?:\S+ ){0,2}?"
    + _AR_PERSON
    + r"\b"
    r"(?="
    + _REST
    + r"*(?:لشغل|لهذه الوظيفة|لهذا المنصب|للوظيفة|للمنصب))"
    + _AR_READER
    # (fifty-sixth pass: or the post named before the one chosen, "اخترنا لهذه الوظيفة مرشحة عملت
    # سنوات على أجهزة التقطير", slice 121)
    + r"|\b(?:اخترنا|اختار|اختارت) (?:لهذه الوظيفة|لهذا المنصب|للوظيفة|للمنصب|لهذا الشاغر) "
    + _AR_PERSON
    + r"\b"
    + _AR_READER
    + r"|\b(?:منحنا|منح|منحت|أعطينا|أعطى|أعطت|قررنا منح|قرر منح|قررت منح|أسندنا|أسند|أسندت) "
    r"" + _AR_POST + r" (?:\S+ ){0,2}?(?:ل|إلى )" + _AR_PERSON + r"\b" + _AR_READER
)
# "تم ملء الوظيفة", "الوظيفة لم تعد شاغرة"
_AR_GONE = re.compile(
    r"\bتم (?:ملء|مل ء|سد) " + _AR_POST + r"\b"
    r"|\b(?:الوظيفة|المنصب|الشاغر) لم (?:تعد|يعد) (?:شاغرة|شاغرا|شاغرًا|متاحة|متاحا|متاحًا)\b"
)
# "لم تتأهل للمرحلة التالية", "لم يتم ترشيحك للمرحلة النهائية"
_AR_OUT = re.compile(
    r"\b(?:لم تتأهل|لم تتأهلي|لم يتم ترشيحك|لم تُرشح|لم ترشح) (?:لل|إلى ال)مرحلة "
    r"(?:التالية|القادمة|النهائية|الثانية|الأخيرة)\b"
    # (fifty-sixth pass: the reader's file closed here, "ومن ثمّ نغلق ملف طلبك هنا", slice 121)
    r"|\b(?:نغلق|أغلقنا|سنغلق|نُغلق|تم إغلاق) ملف (?:طلبك|ترشيحك|ترشحك)\b"
)

# ---------------------------------------------------------------------------------------------
# Malay
# ---------------------------------------------------------------------------------------------

_MS_READER = r"(?!" + _REST + r"*\b(?:anda|awak|kamu|saudara|saudari|encik|puan|cik)\b)"
# "pengurus kami telah memilih seorang pekerja sedia ada … untuk mengisi jawatan ini", "kami
# telah mengambil seorang pekerja dari cawangan lain untuk jawatan ini" (done: "telah", "sudah";
# not "akan")
_MS_CHOSE = re.compile(
    r"\b(?:telah|sudah)(?: pun)? (?:memilih|mengambil|melantik|menerima|mengambil kerja) "
    # (twenty-seventh pass, part D: nor an application received, "telah menerima permohonan
    # anda untuk jawatan ini")
    r"(?!anda|awak|kamu|saudara|saudari|permohonan|borang|dokumen|resume|lamaran|cv\b)"
    r"(?:[^\s.!?]+ ){1,10}?untuk (?:mengisi |menyandang |"
    r"memegang )?(?:jawatan|posisi|kekosongan)\b"
    + _MS_READER
    # (twenty-seventh pass, part D) someone chosen and described in a "yang" clause rather than
    # called "another": "kami telah memilih calon yang sudah biasa dengan …", "kami sudah
    # mengambil seorang pekerja yang tinggal berdekatan" (never candidates kept for an
    # interview, a test or a next round, nor the reader)
    + r"|\b(?:telah|sudah|dah)(?: pun)? (?:memilih|mengambil|melantik|mengambil kerja|pilih|"
    r"ambil) (?:seorang |satu )?(?:calon|pemohon|pekerja|individu|orang|kandidat|budak) yang "
    r"(?!layak untuk|disenarai|akan)" + _MS_READER + r"(?!" + _REST + r"*\b(?:temu ?duga|"
    r"ditemu ?duga|senarai pendek|disenarai|peringkat|pusingan|dijemput|jemputan|ujian|"
    r"sesi|dihubungi|hubungi|majlis|acara|program|pertandingan|cabutan|hadiah|wakil|"
    # (twenty-seventh pass, part Q: nor Indonesian's shortlist for interview, nor an appointment
    # announced, "melantik seorang individu yang … sebagai Ketua Pegawai Eksekutif")
    r"wawancara|tahap|lolos|seleksi|sebagai|memimpin|mengetuai|menerajui)\b)"
)
# "jawatan tersebut telah diberikan kepada calon lain", "… telah pun diisi oleh …"
_MS_GONE = re.compile(
    r"\b(?:jawatan|posisi|kekosongan)\b(?: [^\s.!?]+){0,2}? (?:telah|sudah)(?: pun)? "
    r"(?:diberikan|ditawarkan|diserahkan) kepada (?!anda|awak|kamu|saudara|saudari)"
    r"(?:calon|seorang|pekerja|orang|individu|rakan)\b"
    r"|\b(?:jawatan|posisi|kekosongan)\b(?: [^\s.!?]+){0,2}? (?:telah|sudah)(?: pun)? diisi "
    r"oleh (?!anda|awak|kamu|saudara|saudari)\w+"
)
# "permohonan anda tidak dapat dipertimbangkan" (not until a document comes)
_MS_OUT = re.compile(
    r"\bpermohonan (?:anda|awak|kamu|saudara|saudari)(?: [^\s.!?]+)?? (?:tidak|tak) "
    r"(?:dapat|boleh) (?:dipertimbangkan|diteruskan)(?: lagi)?\b"
    r"(?!" + _REST + r"*\b(?:sehingga|hingga|sebelum|tanpa|melainkan|selagi|dokumen|salinan|"
    r"borang|lampiran)\b)"
)

# ---------------------------------------------------------------------------------------------
# Chinese
# ---------------------------------------------------------------------------------------------

_ZH_POST = r"(?:岗位|职位|职务|位置|名额|空缺|崗位|職位)"
_ZH_PERSON = (
    r"(?:同学|同事|候选人|人选|员工|实习生|应聘者|伙伴|朋友|师傅|老员工|前辈|同學|同事|候選人|員工|"
    r"實習生|人)"
)
_ZH_READER = r"(?!" + _REST + r"*[你您])"
# "这个岗位我们最后给了一位已经在我们这里实习了半年的同学", "这个职位我们给了一位内部同事"
# (not the post's training, "这个岗位的培训我们给了一位老同事负责"; not the reader)
_ZH_GAVE = re.compile(
    _ZH_POST + r"(?:(?!的|面试|培训|带教|[你您])[^\u3002\uff01\uff1f\n\uff0c,]){0,8}?"
    r"(?:给了|交给了|留给了|定给了|給了|交給了)"
    r"(?:一位|一名|一个|另一位|另外一位|其他|别的|内部|另一個|一個|一位)"
    r"[^\u3002\uff01\uff1f\n]{0,30}?" + _ZH_PERSON + r"(?!负责|帶|带)"
    # (the reader named only after the sentence's comma: "她对流程更熟悉" stays a refusal)
    r"(?=[^\uff0c,\u3002\uff01\uff1f\n]*(?:[\uff0c,\u3002\uff01\uff1f\n]|$))"
    r"(?![^\uff0c,\u3002\uff01\uff1f\n]*[你您])"
)
# "我们最后选了一位在我们这里实习过的同学" (at last: "最后", "最终"; not "还没", not the reader)
_ZH_CHOSE = re.compile(
    r"(?:最后|最终|最後|最終)(?:还是)?(?:选了|选择了|定了|录用了|招了|選了|選擇了|錄用了)"
    r"(?:一位|一名|另一位|另外一位|其他|别的|一個|一位)[^\u3002\uff01\uff1f\n\uff0c,]{0,30}?"
    + _ZH_PERSON
    + _ZH_READER
)
# "这个岗位已经招到人了", "这个职位已经由内部员工担任了"
_ZH_GONE = re.compile(
    _ZH_POST + r"[^\u3002\uff01\uff1f\n\uff0c,]{0,6}?已经(?:招到|找到|招满|定下)(?:了)?"
    r"(?:合适的)?人(?:了|选了)"
    # (a post's, not a seat's: "这个位置已经有人了")
    r"|(?:岗位|职位|崗位|職位)[^\u3002\uff01\uff1f\n\uff0c,]{0,4}?已经有人(?:了|选了)"
    r"|" + _ZH_POST + r"[^\u3002\uff01\uff1f\n\uff0c,]{0,6}?已经由(?:一位|另一位|内部|其他|别的|"
    r"我们的)[^\u3002\uff01\uff1f\n\uff0c,]{0,15}?(?:担任|接任|接手)了"
)
# "这次就不能和你合作了", "这次没能合作", "没有办法录用你", "你没有通过我们的面试"
_ZH_OUT = re.compile(
    r"(?:这次|这一次|本次|這次)(?:就|可能|恐怕|暂时)?(?:不能|无法|没法|不能够|無法)"
    r"(?:和|跟|与|與)(?:你|您)(?:合作|共事)(?:了)"
    r"|(?:这次|这一次|本次|這次)(?:没能|没有能|未能|沒能)(?:和|跟|与)?(?:你|您)?(?:合作|共事)"
    r"|(?:没有办法|没办法|无法|不能|沒辦法|無法)录用(?:你|您)(?!的话|吗)"
    r"|(?<!还)(?<!還)(?<!如果)(?:你|您)(?:没有|没|未|沒有)通过(?:了)?"
    r"(?:我们的|我们|本次的|本次|这次的|这次|这一轮的|这一轮|最终的|最终)?"
    r"(?:面试|考核|筛选|评估|复试|终面|笔试)(?!的话|吗|\uff1f|\?)"
)

# (twenty-eighth pass, part D) "我们已经录用了一位有五年经验的师傅", "已经招了两个老员工" (someone
# already taken on, with no "最后"; never the reader anywhere in the sentence, nor a welcome to
# new colleagues, nor after "如果", "要是")
_ZH_HIRED = re.compile(
    r"(?<!如果)(?<!要是)(?<!若)(?<!假如)已经(?:录用了|招了|聘用了|聘请了|选了|选定了|招到了|錄用了|"
    r"聘用了|選了)[^\u3002\uff01\uff1f\n\uff0c,]{0,20}?"
    + _ZH_PERSON
    + _ZH_READER
    + r"(?!"
    + _REST
    + r"*(?:欢迎|歡迎|加入|入职|入職|报到|報到|培训|培訓|比赛|比賽|活动|活動|参加|參加|演出|抽奖))"
)
# "这次就不请您来了", "今年就不请你来帮忙了" (not an interview moved online or by phone)
_ZH_NOT_CALLED = re.compile(
    r"(?:这次|这一次|本次|这回|這次|今年|这一季|这季)(?:就|暂时|先|可能|恐怕)?不(?:再)?(?:请|請)"
    r"(?:你|您)(?:来|過來|过来)(?:帮忙|上班|干活|工作|幫忙)?了"
    r"(?!" + _REST + r"*(?:面试|面試|线上|線上|视频|視頻|电话|電話|网上|改为|改成|会议|會議|"
    # (twenty-eighth pass, part Q: a gathering, a dinner, a party, a wedding, a show)
    r"聚会|聚會|聚餐|派对|派對|饭局|飯局|婚礼|婚禮|生日|晚会|晚會|演出|活动|活動))"
)

# ---------------------------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------------------------

# "nous ne donnerons pas suite à votre candidature" (the future; the readings knew "ne pouvons
# pas donner suite"), "… pas une suite favorable à …"
_FR_NO_FOLLOW = re.compile(
    r"\b(?:nous|on) ne donnerons (?:(?:donc|malheureusement|hélas|finalement) )?pas "
    r"(?:de |une )?suite (?:favorable )?à (?:votre|ta|ton) (?:candidature|dossier de candidature|"
    r"profil)\b"
    r"|\b(?:nous|on) ne (?:sommes|serons) (?:(?:donc|malheureusement|hélas|finalement) )?pas en "
    r"mesure de vous (?:proposer|offrir) (?:le|ce|ledit) (?:poste|contrat|job|rôle)\b"
    r"(?!" + _REST + r"*\b(?:mais|avant|d'ici|tant que|sans|dans l'immédiat|pour l'instant)\b)"
    r"|\b(?:nous )?regrettons de ne (?:pas )?pouvoir vous (?:proposer|offrir) (?:le|ce) "
    r"(?:poste|contrat|job|rôle)\b"
    r"(?!" + _REST + r"*\b(?:mais|avant|d'ici|tant que|sans|dans l'immédiat|pour l'instant)\b)"
)
# the post given to a named other ("le chef a finalement confié le poste de commis à Léna, qui
# fait ses extras chez nous"; "nous avons choisi Léna, qui …"; never the reader after it)
_FR_DAYS = (
    r"(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|"
    r"mai|juin|juillet|août|septembre|octobre|novembre|décembre|vous|toi|celui|celle|ceux)\b)"
)
_FR_READER = _no_reader(r"\b(?:vous|votre|vos|tu|te|toi|ton|ta|tes)\b|\bt" + _AP)
_FR_NAMED_OTHER = re.compile(
    r"\b(?:a|avons|ont|on a)(?: (?:finalement|donc|plutôt|déjà))? "
    r"(?:confié|proposé|attribué|donné|offert) (?:le|ce) (?:poste|rôle|contrat|job|cdi|cdd)"
    r"(?: [^\s.!?,]+){0,3}? à "
    + _FR_DAYS
    + r"[a-zà-ÿ\-]{2,}, qui\b"
    + _FR_READER
    + r"|\b(?:a|avons|ont|on a)(?: (?:finalement|donc|plutôt|déjà))? "
    r"(?:choisi|retenu|engagé|embauché|pris) "
    + _FR_DAYS
    + r"[a-zà-ÿ\-]{2,}, qui\b"
    + _FR_READER
    + r"|\b(?:a|avons|ont|on a)(?: (?:finalement|donc|plutôt|déjà))? "
    r"(?:confié|proposé|attribué|donné|offert) (?:le|ce) (?:poste|rôle|contrat|job|cdi|cdd)"
    r"(?: [^\s.!?,]+){0,3}? à (?:une collègue|un collègue|une personne|un membre|une stagiaire|"
    r"un stagiaire|une apprentie|un apprenti)\b" + _FR_READER
)

# ---------------------------------------------------------------------------------------------
# Persian
# ---------------------------------------------------------------------------------------------

_FA_POST = r"(?:موقعیت|سمت|جایگاه|پست|شغل|منصب)"
_FA_PERSON = r"(?:فرد|شخص|کاندیدا|کاندید|متقاضی|همکار|یکی|داوطلب|نفر)\S*"
_FA_READER = _no_reader(r"\bشما\b|\bتو\b")
# "تصمیم گرفت این موقعیت منشی را به همکاری بدهد که …", "این موقعیت را به یکی از همکاران قبلی
# دادیم"
_FA_GAVE = re.compile(
    r"\b(?:این|آن) " + _FA_POST + r"(?: \S+){0,2}? را به " + _FA_PERSON + r"(?: \S+){0,8}? "
    r"(?:بدهد|بدهیم|بدهند|دادیم|داد|دادند|بسپارد|بسپاریم|سپرد|سپردیم|سپردند|واگذار کرد|"
    r"واگذار کردیم|واگذار کنیم)\b"
    + _FA_READER
    + r"|\b"
    + _FA_POST
    + r"(?: \S+){0,3}? به "
    + _FA_PERSON
    + r"(?: \S+){0,6}? "
    r"(?:سپرده|واگذار|داده) (?:شد|شده است|شده)\b" + _FA_READER
)
# "تصمیم گرفتیم با کاندیدای دیگری ادامه دهیم", "امکان همکاری در حال حاضر وجود ندارد"
_FA_OUT = re.compile(
    r"\bبا (?:کاندیدای|کاندید|متقاضی|فرد|گزینه|داوطلب|شخص)\S* دیگری "
    r"(?:ادامه (?:دهیم|دادیم|می‌دهیم|میدهیم)|پیش (?:برویم|رفتیم|می‌رویم)|همکاری (?:کنیم|کردیم|"
    r"می‌کنیم))\b"
    r"|\b(?:متاسفانه|متأسفانه) امکان همکاری(?: با شما)?(?: (?:در حال حاضر|فعلا|فعلاً|"
    r"در این مرحله|در این موقعیت|در این دوره))? وجود ندارد(?=[ \t]*(?:[.!؛:]|$|\n))"
)

# ---------------------------------------------------------------------------------------------
# Tagalog
# ---------------------------------------------------------------------------------------------

_TL_READER = _no_reader(r"\b(?:ka|ikaw|iyo|ikaw na)\b")
# "pinili ng account manager ang isang agent na … para sa posisyong ito", "nakapili na kami
# ng ibang kandidato", "may napili na kaming iba", "nakahanap na kami ng ibang tao"
_TL_CHOSE = re.compile(
    r"\bpinili (?:ng|ni|namin|nila|ninyo)\b(?: [^\s.!?]+){0,4}? ang (?:isang|ibang)\b"
    r"(?="
    + _REST
    + r"*\bpara sa (?:posisyong|posisyon|puwesto|puwestong|trabahong|role)\b)"
    + _TL_READER
    + r"|\b(?:nakapili|nakahanap|nakakuha) na (?:kami|sila|ang (?:team|kompanya|manager)) ng "
    r"(?:ibang|iba pang) (?:kandidato|aplikante|tao|applicant|empleyado)\b"
    # ("mayroon na kaming napiling iba"; not "may", read as the English modal)
    r"|\b(?:mayroon|meron) na (?:kaming|silang) (?:napiling|nakuhang|natanggap na) (?:iba|ibang "
    r"(?:kandidato|aplikante|tao))\b"
)
# "hindi na namin maipagpapatuloy ang iyong aplikasyon", "hindi ka namin matatanggap sa
# posisyong ito", "hindi ka nakapasa sa aming pagsusuri", "sarado na ang posisyon"
_TL_OUT = re.compile(
    r"\bhindi na (?:namin|po namin) (?:maipagpapatuloy|ipagpapatuloy|itutuloy|maitutuloy) ang "
    r"(?:iyong|inyong|yong|application mo|aplikasyon mo)\b"
    r"|\bhindi (?:ka|kayo) (?:po )?namin (?:matatanggap|tatanggapin|mapipili|maha-hire)"
    r"(?= sa (?:posisyong|posisyon|puwesto|trabahong|kompanya)|[ \t]*(?:[.!,]|$|\n))"
    r"|(?<!kung )(?<!kapag )(?<!pag )\bhindi (?:ka|kayo) (?:po )?(?:nakapasa|napili) sa "
    r"(?:aming |ating |huling |final )?(?:pagsusuri|interview|exam|assessment|screening|"
    r"panayam)\b"
)
_TL_GONE = re.compile(r"\b(?:sarado|puno) na (?:po )?ang (?:posisyon|puwesto|bakante)\b")

# ---------------------------------------------------------------------------------------------
# Ukrainian
# ---------------------------------------------------------------------------------------------

_UK_READER = _no_reader(r"\b(?:вас|ви|вам|вами|тебе|ти|тобі)\b")
# "вирішили взяти на цю посаду пекарку, яка …", "ми взяли на цю посаду людину, яка …" (decided
# or done: never "хочемо взяти", a post advertised)
_UK_TOOK = re.compile(
    r"\b(?:вирішили|вирішив|вирішила|вирішено|прийняли рішення) (?:взяти|обрати|призначити|"
    r"прийняти) на (?:цю |дану )?(?:посаду|вакансію|роботу|позицію) (?!вас|тебе)[а-яіїєґ'ʼ’]+"
    + _UK_READER
    + r"|\b(?:ми )?(?:взяли|обрали|призначили|прийняли) на (?:цю |дану )?(?:посаду|вакансію|"
    r"позицію) (?!вас|тебе)[а-яіїєґ'ʼ’]+"
    + _UK_READER
    + r"|\b(?:ми )?обрали (?:колегу|працівника|працівницю|людину|когось|кандидата|кандидатку) "
    r"(?:з|із|яка|який|що|котра|котрий)\b" + _UK_READER
)
# "посаду вже зайнято", "посада вже заповнена"
_UK_GONE = re.compile(
    r"\bпосад[ау] (?:вже |уже )?(?:зайнято|заповнено|закрито|зайнята|заповнена|закрита)\b"
)
# "не можемо взяти вас на цю посаду", "ваша кандидатура нам не підходить"
_UK_OUT = re.compile(
    r"\bне (?:можемо|зможемо) (?:взяти|прийняти) (?:вас|тебе) на (?:цю |дану )?(?:посаду|роботу|"
    r"позицію|вакансію)(?=[ \t]*(?:[.!,;]|$|\n| цього разу| зараз| на жаль))"
    r"|\bваш[аеі]? (?:кандидатура|резюме|досвід|профіль)(?:,? на жаль,?)?(?: нам)? не "
    r"(?:підходить|підійшла|підійшло|підійшов|відповідає)\b"
    r"(?!" + _REST + r"*(?:формат|pdf|шаблон))"
)

# ---------------------------------------------------------------------------------------------
# Brazilian Portuguese
# ---------------------------------------------------------------------------------------------

_PT_READER = _no_reader(r"\b(?:você|vocês|te|ti|contigo|sua|seu|tua|teu)\b")
_PT_SOMEONE = (
    r"(?:uma pessoa|alguém|um candidato|uma candidata|um perfil|um profissional|uma profissional|"
    r"uma colega|um colega|ela|ele|outra pessoa|outro candidato|outra candidata)"
)
# "escolhemos seguir com uma pessoa que já trabalhou …", "optamos por seguir com um candidato
# interno", "a vaga foi fechada com ela", "fechamos a vaga com uma pessoa que …"
_PT_CHOSE = re.compile(
    r"\b(?:escolhemos|decidimos|optamos por|resolvemos|preferimos) (?:seguir|continuar|avançar|"
    r"fechar) com (?:uma pessoa|alguém|um candidato|uma candidata|um perfil|um profissional|"
    r"uma profissional|uma colega|um colega)\b (?:que|com|de|da|do|interno|interna|mais)\b"
    + _PT_READER
    + r"|\b(?:a vaga|a posição|o cargo|a oportunidade)(?: já)? foi (?:fechada|fechado|preenchida|"
    r"preenchido) com "
    + _PT_SOMEONE
    + r"\b"
    + _PT_READER
    + r"|\bfechamos (?:a vaga|a posição|o cargo) com "
    + _PT_SOMEONE
    + r"\b"
    + _PT_READER
)
# "infelizmente não foi dessa vez", "não vamos dar andamento à sua candidatura"
_PT_OUT = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?] )|\binfelizmente,? |\bmas |\bentão )"
    r"(?:(?:infelizmente|então),? )?não foi (?:dessa|desta|nessa|nesta) vez"
    r"(?=[ \t]*(?:[.!,;]|$|\n))"
    r"|\bnão (?:vamos|iremos|poderemos|podemos) dar (?:andamento|continuidade|seguimento|"
    r"prosseguimento) (?:à|a|ao|com a|com o) (?:sua|seu|tua|teu) (?:candidatura|processo|"
    r"aplicação|inscrição)\b"
)

# ---------------------------------------------------------------------------------------------
# Tetum, Romansh, Hawaiian, Corsican: the usual forms, none read before
# ---------------------------------------------------------------------------------------------

# Tetum: "ami hili ona kandidatu seluk" (we chose another candidate), "ami simu ona ema seluk",
# "ita-nia aplikasaun la kontinua", "ami la bele kontinua ita-nia aplikasaun", "ita la hetan
# hili", "pozisaun ne'e nakonu ona"
_TET_OTHER = re.compile(
    r"\bami (?:hili|simu|foti|kontrata|seleksiona) ona (?:kandidatu|kandidata|ema|feto|mane|"
    r"aplikante) (?:ida )?seluk\b"
)
_TET = re.compile(
    r"\b(?:ita-nia|ita nia|o-nia|o nia|ita boot nia) (?:aplikasaun|kandidatura)(?: \S+){0,2}? "
    r"la (?:kontinua|bele kontinua|pasa|aseita|simu)\b"
    r"|\bami la (?:bele )?(?:kontinua|simu|aseita) (?:ita-nia|ita nia|o-nia|o nia) "
    r"(?:aplikasaun|kandidatura)\b"
    r"|\b(?:ita|o) la hetan (?:hili|seleksiona|aseita)\b"
)
_TET_GONE = re.compile(
    r"\bpozisaun (?:ne" + _AP + r"e |ida ne" + _AP + r"e )?(?:nakonu|taka) ona\b"
)
# Romansh: "nus avain elegì ina autra persuna", "na pudain nus betg As offrir la plazza", "la
# plazza è gia occupada"
_RM_OTHER = re.compile(
    r"\b(?:avain|avain nus|avein|avein nus|ha|han) (?:elegì|elegiu|tschernì|tscharnì|engaschà|"
    r"prendì) (?:ina autra|in'autra|in auter|in outer|in'otra) (?:persuna|candidata|candidat|"
    r"persunas)\b"
)
_RM = re.compile(
    r"\bna (?:pudain|pudein|pudain nus|pudein nus) (?:nus )?betg (?:as|vus|ta|te) "
    r"(?:offrir|dar|purscher|engaschar) (?:la|quella|questa) plazza\b"
)
_RM_GONE = re.compile(r"\bla plazza (?:è|ei) (?:gia |schon |gea )?(?:occupada|dada|surdada)\b")
# Hawaiian (the okina written "'" here, read in each of its spellings): "ua koho mākou i kekahi
# mea 'ē a'e" (we chose someone else), "'a'ole e ho'omau 'ia kāu noi" (your application will not
# go on), "'a'ole i koho 'ia 'oe", "ua piha ke kūlana"
_OK = "[\u02bb'\u2018\u2019]"
_HAW_OTHER = re.compile(
    r"\bua koho (?:mākou|makou|lākou|lakou|ka papa|ka hui)(?: \S+){0,2}? i (?:kekahi|kahi) "
    r"(?:mea|kanaka|moho|poʻe|po'e) ?" + _OK + r"ē a" + _OK + r"e\b"
)
_HAW = re.compile(
    r"(?<!\w)" + _OK + r"?a" + _OK + r"ole e ho" + _OK + r"omau " + _OK + r"?ia (?:kāu|kau|kou|"
    r"kāu palapala|kau palapala) noi\b"
    r"|(?<!\w)" + _OK + r"?a" + _OK + r"ole i koho " + _OK + r"?ia " + _OK + r"?oe\b"
)
_HAW_GONE = re.compile(r"\bua piha (?:ke kūlana|ke kulana|ka hana|nā kūlana|na kulana)\b")
# Corsican: "avemu sceltu un'altra persona", "… un ghjovanu … chì travaglia digià cù noi", "u
# postu hè pigliatu", "ùn pudemu micca dà seguitu à a vostra candidatura"
_CO_READER = _no_reader(r"\b(?:vi|voi|vostra|vostru|ti|tè|to)\b")
_CO_OTHER = re.compile(
    r"\bavemu (?:(?:infine|dunque|digià|finalmente) )?(?:sceltu|pigliatu|presu|ingaghjatu) "
    r"(?:un" + _AP + r"altra persona|un altru candidatu|un" + _AP + r"altra candidata|"
    r"qualchissia d" + _AP + r"altru|qualchì d" + _AP + r"altru)\b"
    r"|\bavemu (?:(?:infine|dunque|digià|finalmente) )?(?:sceltu|pigliatu|presu|ingaghjatu) "
    r"(?:un|una) (?:\S+ ){0,5}?chì (?:travaglia|hà|era|cunnosce|conosce|stà)\b" + _CO_READER
)
_CO = re.compile(
    r"\bùn (?:pudemu|pudaremu|pudemu micca|pudaremu micca) (?:micca )?dà (?:seguitu|"
    r"una risposta favurevule) à a (?:vostra|to) candidatura\b"
    r"|\ba (?:vostra|to) candidatura ùn hè (?:micca )?stata (?:ritenuta|accettata|scelta)\b"
)
_CO_GONE = re.compile(
    r"\bu postu (?:hè|è) (?:digià |dighjà |ormai |dunque )?(?:pigliatu|occupatu|pruvistu|datu)\b"
    + _no_reader(r"\b(?:à voi|à tè|vi|ti)\b")
)


READINGS = readings(
    ("chose_other", _AR_CHOSE),
    ("role_gone", _AR_GONE),
    ("reader_out", _AR_OUT),
    ("chose_other", _MS_CHOSE),
    ("chose_other", _MS_GONE),
    ("reader_out", _MS_OUT),
    ("chose_other", _ZH_GAVE),
    ("chose_other", _ZH_CHOSE),
    ("role_gone", _ZH_GONE),
    ("reader_out", _ZH_OUT),
    ("chose_other", _ZH_HIRED),
    ("reader_out", _ZH_NOT_CALLED),
    ("reader_out", _FR_NO_FOLLOW),
    ("chose_other", _FR_NAMED_OTHER),
    ("chose_other", _FA_GAVE),
    ("reader_out", _FA_OUT),
    ("chose_other", _TL_CHOSE),
    ("reader_out", _TL_OUT),
    ("role_gone", _TL_GONE),
    ("chose_other", _UK_TOOK),
    ("role_gone", _UK_GONE),
    ("reader_out", _UK_OUT),
    ("chose_other", _PT_CHOSE),
    ("reader_out", _PT_OUT),
    ("chose_other", _TET_OTHER),
    ("reader_out", _TET),
    ("role_gone", _TET_GONE),
    ("chose_other", _RM_OTHER),
    ("reader_out", _RM),
    ("role_gone", _RM_GONE),
    ("chose_other", _HAW_OTHER),
    ("reader_out", _HAW),
    ("role_gone", _HAW_GONE),
    ("chose_other", _CO_OTHER),
    ("reader_out", _CO),
    ("role_gone", _CO_GONE),
)
