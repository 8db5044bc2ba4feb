"""Outcome readings in Faroese, Hausa, Igbo, Yoruba, Pashto, Burmese, Khmer and Lao, languages
ahead of the blind slices (issue 11, twentieth pass, part D).

Each language gives the shared tokens (the reader out, someone else chosen, the post filled)
and brings its checks' words: conditionals ("um tú", "í tí føri"; "idan", "muddin"; "ọ bụrụ
na"; "tí o bá", "bí a kò bá"; "که چیرې", "که تاسو"; Burmese "ပါက", "လျှင်"; Khmer "ប្រសិនបើ",
"ក្នុងករណី"; Lao "ຖ້າ", "ຫາກ"), decisions still to come ("enn ikki", "so skjótt sum"; "har
yanzu", "da zarar"; "ozugbo"; "kò tíì"; "لا تر اوسه", "کله چې"; "သေးပါ"; "មិនទាន់"; "ຍັງບໍ່"),
the guard's negations, regrets, invitations and offers, and the gate's words for a thing no job
and for a job.

Short words that are common words elsewhere are read only in their own phrases: Faroese "um"
(if; "about") only before a subject; Hausa "ba" (not; Vietnamese "three") only in "ba a …
ba", "ba za mu iya"; Yoruba "kò"/"ko" (Croatian "who") only after its subject "a" / "o"; Pashto
"که" (if; Persian "that") only in "که چیرې" or before a pronoun of Pashto's own ("تاسو", "موږ");
Pashto's "نه" (not; Persian "no") not as the guard's negation. The Mainland Southeast Asian
scripts write no space between words, so their readings are runs of letters, each inside one
sentence; Khmer's "ផ្តល់" and "ផ្ដល់" (two subscripts) and Lao's "ໜ", "ໝ" and "ຫນ", "ຫມ" are
read alike. Yoruba is read in its written forms with tone marks and dots ("kò yọrí sí rere")
and without them ("ko yori si rere"), as its mail is written both ways; a tone mark that is a
combining letter ends no word, so its readings end at "(?!\\w)", not "\b".

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = [
    "A_JOB",
    "CONDITIONAL",
    "INVITED",
    "NEGATION",
    "NOT_A_JOB",
    "NOT_YET",
    "OFFERED",
    "READINGS",
    "REGRET",
]


# Lao's letters written as one or as two ("ໜ" or "ຫນ", "ໝ" or "ຫມ")
def _lo(words: str) -> str:
    return words.replace("ໜ", "(?:ໜ|ຫນ)").replace("ໝ", "(?:ໝ|ຫມ)")


_KM_GIVE = "(?:ផ្តល់|ផ្ដល់)"

# ---------------------------------------------------------------------------------------------
# The checks' words (appended to languages.CONDITIONAL and NOT_YET)
# ---------------------------------------------------------------------------------------------

CONDITIONAL = (
    # Faroese ("um" only before a subject), Hausa, Igbo
    r"|\b(?:um (?:tú|tygum|vit|umsóknin|tín|tykkara)|í tí føri|um so er|"
    r"idan|muddin|in har|ọ bụrụ na|o buru na|ọbụrụ na|oburu na|ma ọ bụrụ|ma o buru)\b"
    # Yoruba ("tí o bá", "bí a kò bá"), toned or plain
    r"|\b(?:tí|ti|bí|bi) (?:o|ẹ|e|a) (?:kò |ko )?(?:bá|ba)\b"
    # Pashto ("که" is Persian "that": only "که چیرې" or before Pashto's own pronouns)
    + r"|که (?:چیرې|چېرې|چیرته|چېرته|چیری|تاسو|ستاسو|موږ|مونږ|مو)|په صورت کې|په داسې حال کې چې"
    # Burmese, Khmer, Lao (suffixes and particles, inside a run of letters)
    r"|ပါက|လျှင်|ခဲ့ရင်|မယ်ဆိုရင်|ប្រសិនបើ|ក្នុងករណី|ຖ້າ|ຫາກ|ໃນກໍລະນີ"
)
NOT_YET = (
    r"|\b(?:enn ikki|ikki enn|so skjótt sum|tá ið vit|"
    r"har yanzu|da zarar|bayan mun kammala|ozugbo|ruo mgbe)\b"
    r"|\b(?:kò tíì|ko tii|kò tí ì|ní kété tí|ni kete ti)(?!\w)"
    r"|لا تر اوسه|تر اوسه نه|کله چې|سمدستي چې"
    r"|သေးပါ|သေးဘူး|သေးသော|មិនទាន់|ពេលណា|ຍັງບໍ່|ທັນທີທີ່|ເມື່ອໃດ"
)

# The guard's negations and regrets (rejectwatch.model.said_plainly), each language's own
NEGATION = (
    r"|\b(?:ikki|kunnu ikki|ba za mu iya|ba mu|enweghị ike|enweghi ike|agaghị|agaghi|a kò lè|"
    r"a ko le)\b"
    r"|نشو کولی|نه شو کولی|نشو کولای|نه شو کولای|نشو کړای"
    r"|မဖိတ်|နိုင်ခြင်း မရှိ|မပေးနိုင်|មិនអាច|មិន|ບໍ່ສາມາດ|ບໍ່"
)
REGRET = (
    r"|\b(?:tíverri|harmiliga|abin takaici|abin bakin ciki|muna baƙin ciki|muna bakin ciki|"
    r"ọ dị nwute|o di nwute|ndo)\b"
    r"|\b(?:ó ṣe ní láànú|ó ṣe ni láànú|o se ni laanu|pẹ̀lú ìbànújẹ́|pelu ibanuje)(?!\w)"
    r"|له بده مرغه|بښنه غواړو|افسوس"
    r"|ဝမ်းနည်းစွာ|စိတ်မကောင်းပါ|ជាអកុសល|គួរឲ្យស្តាយ|សូមអភ័យទោស|ໜ້າເສຍດາຍ|ຫນ້າເສຍດາຍ|ເສຍໃຈ"
)

# ---------------------------------------------------------------------------------------------
# The guard: an invitation to an interview, an offer (rejectwatch.model.guard_abroad)
# ---------------------------------------------------------------------------------------------

INVITED = (
    r"|\b(?:vit bjóða|vit vilja bjóða|vit vildu boðið) (?:tær|tygum) (?:til|inn til) "
    r"(?:\w+ )?(?:samrøðu|starvssamrøðu|prøvudag)"
    r"|\b(?:muna gayyatar|muna son gayyatar|mun gayyace) (?:ka|ki|ku)\b[^.!?\n]{0,30}?"
    r"\b(?:hira|tattaunawa)"
    r"|\b(?:anyị na-akpọ gị|anyi na-akpo gi|anyị chọrọ ịkpọ gị|anyi choro ikpo gi)\b"
    r"[^.!?\n]{0,40}?(?:ajụjụ ọnụ|ajuju onu|nnyocha)"
    r"|\b(?:a fẹ́ pè ọ́|a fe pe o|a pè ọ́|a pe o|a fẹ́ pè yín|a fe pe yin)(?!\w)[^.!?\n]{0,30}?"
    r"(?:ìfọ̀rọ̀wánilẹ́nuwò|ifọrọwanilẹnuwo|iforowanilenuwo)"
    r"|مرکې ته (?:رابلل|وبلل|دعوت|بلنه)|د مرکې (?:بلنه|لپاره رابلو)"
    r"|(?:အင်တာဗျူး|တွေ့ဆုံမေးမြန်းပွဲ)[^။\n]{0,25}?ဖိတ်ခေါ်"
    r"|អញ្ជើញ[^។\n]{0,25}?សម្ភាសន៍"
    r"|ເຊີນ[^.\n]{0,25}?ສຳພາດ"
)
OFFERED = (
    r"|\b(?:vit bjóða|vit vilja bjóða) (?:tær|tygum) (?:\w+ )?(?:starvið|starvi|setanina)\b"
    r"|\bmuna (?:farin cikin |son )?(?:ba ka|ba ki|ba ku|baka|baki) (?:\w+ )?(?:aikin|matsayin)\b"
    r"|\b(?:anyị na-enye gị|anyi na-enye gi) (?:ọrụ|oru|ọkwa|okwa)\b"
    r"|\b(?:a fún ọ ní|a fun o ni|a fẹ́ fún ọ ní|a fe fun o ni) (?:ipò|ipo|iṣẹ́|ise)(?!\w)"
    r"|(?:دنده|بست|پوست)[^.\n]{0,20}?وړاندیز (?:کوو|کوي|درکوو)"
    r"|ရာထူး[^။\n]{0,20}?ကမ်းလှမ်း|အလုပ်ခန့်စာ"
    r"|" + _KM_GIVE + r"(?:ជូន)?(?:មុខតំណែង|ការងារ)"
    r"|ສະເໜີຕຳແໜ່ງ|ສະເຫນີຕຳແຫນ່ງ"
)

# ---------------------------------------------------------------------------------------------
# The gate: a thing no job and the job words that keep the gate open (rejectwatch.model.gate)
# ---------------------------------------------------------------------------------------------

NOT_A_JOB = (
    r"|\b(?:húsaleig\w*|íbúðin\w*|lestrarstuðul\w*|tryggingin\w*|bashi|hayar gida|"
    r"tallafin karatu|biza|mbinye ego|agụmakwụkwọ|agumakwukwo|eyawo|owo ile|ebun eko)\b"
    r"|ẹ̀yáwó|owó ilé|ẹ̀bùn ẹ̀kọ́|\b(?:پور|بورسیه|ویزه|کرایه)\b"
    r"|ချေးငွေ|ပညာသင်ဆု|ဗီဇာ|ប្រាក់កម្ចី|អាហារូបករណ៍|ទិដ្ឋាការ|ເງິນກູ້|ທຶນການສຶກສາ|ວີຊາ"
)
A_JOB = (
    r"|\b(?:starv\w*|umsøkjar\w*|samrøð\w*|aikin|matsayin|hira|ɗan takara|dan takara|"
    r"ọrụ|oru|ọkwa|okwa|ajụjụ ọnụ|ajuju onu|olùdíje|oludije|ipò|ipo|iforowanilenuwo)\b"
    r"|ìfọ̀rọ̀wánilẹ́nuwò|دنده|مرکه|مرکې|نوماند"
    r"|ရာထူး|အင်တာဗျူး|လျှောက်ထားသူ|មុខតំណែង|សម្ភាសន៍|បេក្ខជន|ຕຳແໜ່ງ|ຕຳແຫນ່ງ|ສຳພາດ|ຜູ້ສະໝັກ|ຜູ້ສະຫມັກ"
)

# ---------------------------------------------------------------------------------------------
# The readings
# ---------------------------------------------------------------------------------------------

# Faroese ("tú ert ikki vald", "umsóknin hjá tær er ikki vald", "vit kunnu ikki bjóða tær
# starvið", "vit hava valt ein annan umsøkjara", "starvið er longu sett")
_FO_OUT = re.compile(
    r"\b(?:tú ert|ert tú|tygum eru|eru tygum|umsóknin hjá tær er|umsóknin hjá tygum er) "
    r"(?:\w+ )?ikki "
    r"(?:vald|valdur|valdar|tikin|tikið|tikin við|komin víðari|komin á)\b"
    r"|\bvit kunnu (?:\w+ )?ikki bjóða (?:tær|tygum) (?:\w+ )?(?:starvið|starvi|setanina)\b"
    r"|\b(?:tú|tygum) (?:gongur|ganga) ikki víðari\b"
)
_FO_OTHER = re.compile(
    r"\b(?:vit hava|hava vit) (?:\w+ )?(?:valt|sett|sett í starv|sett í starvið) "
    r"(?:ein annan|eina aðra|ein annan umsøkjara|aðrar)\b"
    r"|\bstarvið er (?:\w+ )?givið (?:einum øðrum|eini aðrari|einum øðrum umsøkjara)\b"
)
_FO_GONE = re.compile(r"\bstarvið er (?:longu |nú )?(?:sett|tikið aftur|strikað)\b")

# Hausa ("ba a zaɓe ka ba", "neman aikinka bai yi nasara ba", "ba za mu iya ci gaba da neman
# aikinka ba", "mun zaɓi wani ɗan takara", "an riga an cike gurbin")
_HA_OUT = re.compile(
    r"\bba a (?:zaɓe|zabe|dauke|ɗauke) (?:ka|ki|ku)\b[^.!?\n]{0,30}?\bba\b"
    r"|\bneman (?:aikinka|aikinki|aikinku|aiki naka|aiki naki)\b[^.!?\n]{0,30}?\bbai yi nasara ba\b"
    r"|\bba za mu iya ci gaba da (?:neman )?(?:aikinka|aikinki|aikinku|takardarka|takardarki)\b"
    r"|\bba (?:ka|ki|ku) yi nasara ba\b"
)
_HA_OTHER = re.compile(
    r"\b(?:mun zaɓi|mun zabi|an zaɓi|an zabi|mun ɗauki|mun dauki) wani (?:ɗan takara|dan takara|"
    r"mai nema|mutum)\b|\b(?:mun zaɓi|mun zabi|an zaɓi|an zabi|mun ɗauki|mun dauki) "
    r"wata (?:'yar takara|yar takara|mai nema)\b"
)
_HA_GONE = re.compile(r"\ban (?:riga )?(?:an )?(?:cike|cika) (?:gurbin|guraben|matsayin)\b")

# Igbo ("a họrọghị gị", "arịrịọ gị agaghị n'ihu", "anyị ahọrọla onye ọzọ", "ahọpụtara onye ọzọ")
_IG_OUT = re.compile(
    r"\ba (?:họrọghị|horoghi|họpụtaghị|hoputaghi|nabataghị|nabataghi) (?:gị|gi)\b"
    r"|\b(?:arịrịọ|ariri?o|akwụkwọ arịrịọ) (?:gị|gi)\b[^.!?\n]{0,30}?\b(?:agaghị|agaghi) "
    r"(?:n['\u2019]ihu|nihu)"
    r"|\banyị (?:enweghị|enweghi) ike (?:ịnabata|inabata|ịga n['\u2019]ihu|iga n['\u2019]ihu)"
    r" (?:na )?(?:arịrịọ|ariri?o) (?:gị|gi)\b"
    r"|\banyi enweghi ike (?:inabata|iga n['\u2019]ihu)(?: na)? ariri?o gi\b"
)
_IG_OTHER = re.compile(
    r"\b(?:anyị |anyi )?(?:ahọrọla|ahorola|họpụtara|hoputara|ahọpụtala|ahoputala|họrọrọ|hororo|"
    r"ewerela|ewerela) onye (?:ọzọ|ozo)\b"
)

# Yoruba, toned or plain ("ìbéèrè rẹ kò yọrí sí rere", "a kò yàn ọ́ fún ipò yìí", "a ti yan
# olùdíje mìíràn", "ipò náà ti kún"; a tone mark may be a combining letter, no word letter, so a
# match's end is no "\b")
_YO_OUT = re.compile(
    r"\b(?:ìbéèrè|ibeere|ohun èlò|ohun elo) (?:rẹ|re|yín|yin)\b[^.!?\n]{0,30}?"
    r"\b(?:kò yọrí sí rere|ko yori si rere|kò ṣàṣeyọrí|ko saseyori)(?!\w)"
    r"|\b(?:a kò yàn ọ́|a ko yan o|a kò yàn yín|a ko yan yin|a kò gbà ọ́|a ko gba o) "
    r"(?:fún|fun|sí|si) (?:ipò|ipo|iṣẹ́|ise)(?!\w)"
)
_YO_OTHER = re.compile(
    # (sixty-third pass: or another applicant, "a ti yan olùbéèrè mìíràn", slice 170)
    r"\b(?:a ti yàn|a ti yan|a ti gbà|a ti gba) (?:(?:olùdíje|oludije|ènìyàn|eniyan|olùbéèrè|"
    r"olubeere) (?:mìíràn|"
    r"miiran|míì|mii|miran)|ẹlòmíràn|elomiran|ẹlòmíì|elomii)(?!\w)"
)
_YO_GONE = re.compile(r"\b(?:ipò|ipo) (?:náà|naa|yìí|yii) ti (?:kún|kun|di kíkún|di kikun)(?!\w)")

# Pashto ("تاسو نه یاست ټاکل شوي", "ستاسو غوښتنلیک ونه منل شو", "موږ بل نوماند ټاکلی دی",
# "دنده ډکه شوې ده")
_PS_OUT = re.compile(
    r"(?:نه|ونه) (?:یاست|ياست|یئ|يئ)[^.\n؟!]{0,12}?ټاکل"
    r"|ټاکل شوي نه (?:یاست|ياست|یئ|يئ)|ونه ټاکل (?:شوئ|شوی|شوې|شوﺉ|شوو)"
    r"|غوښتنلیک[^.\n؟!]{0,25}?(?:ونه منل شو|نه دی منل شوی|نه دی منل شوې|رد شو|رد شوی دی)"
    r"|(?:نشو کولی|نشو کولای|نه شو کولی|نه شو کولای) (?:چې )?(?:تاسو ته )?(?:دا )?(?:دنده|بست)"
    r"[^.\n؟!]{0,15}?(?:درکړو|وړاندې کړو)"
)
_PS_OTHER = re.compile(
    r"بل (?:نوماند|کاندید|کاندیدا|کس|غوښتونکی|غوښتونکي)[^.\n؟!]{0,20}?(?:وټاکه|وټاکلو|ټاکلی دی|"
    r"ټاکلی|غوره کړ|غوره کړی دی)"
)
_PS_GONE = re.compile(r"(?:دنده|بست|پوست|څوکۍ)[^.\n؟!]{0,20}?(?:ډکه شوې|ډک شوی|ډکه شوه|ډک شو)")

# Burmese ("ရွေးချယ်ခြင်း မခံရပါ", "လျှောက်လွှာ ... အောင်မြင်ခြင်း မရှိပါ", "အခြားလျှောက်ထားသူကို
# ရွေးချယ်ခဲ့ပါသည်", "ရာထူး ... ပြည့်သွားပါပြီ")
_MY_OUT = re.compile(
    r"ရွေးချယ်(?:ခြင်း|ခံရခြင်း)\s?(?:မခံရ|မရှိ)"
    r"|(?:လျှောက်လွှာ)[^။\n]{0,30}?(?:အောင်မြင်ခြင်း|လက်ခံခြင်း)\s?မရှိ"
    r"|(?:မရွေးချယ်|မရွေးခ)(?:ခဲ့|နိုင်)"
)
_MY_OTHER = re.compile(
    r"အခြား\s?(?:လျှောက်ထားသူ|ကိုယ်စားလှယ်လောင်း|သူ|ပုဂ္ဂိုလ်)[^။\n]{0,20}?"
    r"(?:ရွေးချယ်(?:ခဲ့|လိုက်|ပြီး)|ခန့်အပ်(?:ခဲ့|လိုက်|ပြီး))"
)
_MY_GONE = re.compile(r"ရာထူး[^။\n]{0,20}?(?:ပြည့်သွား|ခန့်အပ်ပြီး(?:ဖြစ်|ပါပြီ))")

# Khmer ("អ្នកមិនត្រូវបានជ្រើសរើស", "ពាក្យស្នើសុំរបស់អ្នកមិនត្រូវបានទទួលយក", "យើងបានជ្រើសរើសបេក្ខជនផ្សេង",
# "មុខតំណែងនេះត្រូវបានបំពេញ")
_KM_OUT = re.compile(
    r"(?:អ្នក|លោក|លោកស្រី|ពាក្យស្នើសុំ(?:របស់(?:អ្នក|លោក|លោកស្រី))?)\s?មិន(?:ត្រូវ)?បាន"
    r"(?:ជ្រើសរើស|ទទួលយក|ជាប់)"
    r"|មិនអាច" + _KM_GIVE + r"(?:ជូន)?(?:មុខតំណែង|ការងារ)"
)
_KM_OTHER = re.compile(
    r"(?:ជ្រើសរើស|ជ្រើសយក|ជ្រើសតាំង)\s?បេក្ខជន(?:ម្នាក់)?(?:ផ្សេង|ទៀត|ដទៃ)"
    r"|បេក្ខជន(?:ម្នាក់)?(?:ផ្សេង|ទៀត|ដទៃ)[^។\n]{0,15}?ត្រូវបានជ្រើសរើស"
)
_KM_GONE = re.compile(r"មុខតំណែង[^។\n]{0,15}?(?:ត្រូវបានបំពេញ|មានអ្នកកាន់រួចហើយ|ត្រូវបានលុបចោល)")

# Lao ("ທ່ານບໍ່ໄດ້ຮັບການຄັດເລືອກ", "ໃບສະໝັກຂອງທ່ານບໍ່ຜ່ານ", "ພວກເຮົາໄດ້ຄັດເລືອກຜູ້ສະໝັກຄົນອື່ນ",
# "ຕຳແໜ່ງນີ້ເຕັມແລ້ວ")
_LO_OUT = re.compile(
    _lo(
        r"(?:ທ່ານ|ໃບສະໝັກ(?:ຂອງທ່ານ)?)\s?ບໍ່(?:ໄດ້ຮັບການຄັດເລືອກ|ຜ່ານການຄັດເລືອກ|ຜ່ານ|ໄດ້ຮັບການພິຈາລະນາ)"
        r"|ບໍ່ສາມາດ(?:ສືບຕໍ່|ຮັບ)(?:ໃບສະໝັກ|ທ່ານ)"
    )
)
_LO_OTHER = re.compile(_lo(r"(?:ຄັດເລືອກ|ເລືອກ)(?:ເອົາ)?\s?ຜູ້ສະໝັກ(?:ຄົນ)?(?:ອື່ນ|ທ່ານອື່ນ)"))
_LO_GONE = re.compile(_lo(r"ຕຳແໜ່ງ[^.\n]{0,15}?(?:ເຕັມແລ້ວ|ມີຄົນແລ້ວ|ໄດ້ຮັບການບັນຈຸແລ້ວ)"))

READINGS = readings(
    ("reader_out", _FO_OUT),
    ("chose_other", _FO_OTHER),
    ("role_gone", _FO_GONE),
    ("reader_out", _HA_OUT),
    ("chose_other", _HA_OTHER),
    ("role_gone", _HA_GONE),
    ("reader_out", _IG_OUT),
    ("chose_other", _IG_OTHER),
    ("reader_out", _YO_OUT),
    ("chose_other", _YO_OTHER),
    ("role_gone", _YO_GONE),
    ("reader_out", _PS_OUT),
    ("chose_other", _PS_OTHER),
    ("role_gone", _PS_GONE),
    ("reader_out", _MY_OUT),
    ("chose_other", _MY_OTHER),
    ("role_gone", _MY_GONE),
    ("reader_out", _KM_OUT),
    ("chose_other", _KM_OTHER),
    ("role_gone", _KM_GONE),
    ("reader_out", _LO_OUT),
    ("chose_other", _LO_OTHER),
    ("role_gone", _LO_GONE),
)
