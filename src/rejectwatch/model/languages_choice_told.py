"""Someone chosen, then what it means for the reader, in seven languages (issue 11, forty-eighth
pass, third round).

Blind slice 72's refusals in Luxembourgish, Latvian, Estonian, Basque, Slovak, Nepali and Tamil
were all one shape: the writers chose someone described ("we decided on one who has distilled
every autumn", "we chose a person who has smoked flounder for years"), then said what follows
for the reader, often with the object first ("so we cannot offer you a place this time",
"this year we will not go on with you"). Each language's readings are written for the shape,
not for one wording, and checked on wordings written apart (tests/test_forty_eighth_pass.py):

* Luxembourgish: "kënne mir Iech dës Kéier keng Plaz ubidden", "mir hunn eis fir een
  decidéiert";
* Latvian: "jums darbu piedāvāt nevaram", "esam izvēlējušies cilvēku";
* Estonian: "ei saa me teile tööd pakkuda", "valisime seekord inimese";
* Basque: "ez dugu zurekin jarraituko", "emakume bat hartu dugu";
* Slovak: "vám miesto ponúknuť nemôžeme", "rozhodli sme sa pre uchádzača";
* Nepali: "तपाईंलाई यो काम दिन सकेनौं", "एक जनालाई रोजेका छौं";
* Tamil: "இந்த வேலை உங்களுக்குக் கிடைக்கவில்லை", "ஓர் ஆசாரியை எடுத்துக்கொண்டோம்".

Never the reader chosen, an interview's slot or a time offered (each reading's own lookahead).

Fourth round (blind slice 73's refusals): the same choice told bare, someone else taken or
chosen, in Belarusian ("Мы вырашылі ўзяць іншага кандыдата, які …"), Haitian Creole ("Nou te
pran yon lòt atizan ki …"), Persian ("یکی از هنرمندانی را برگزیدیم که …") and Punjabi ("ਅਸੀਂ
ਉਸ ਉਮੀਦਵਾਰ ਨੂੰ ਰੱਖਿਆ ਹੈ ਜਿਸ …").

Fifth round (blind slice 74's): Kazakh ("… шеберді алдық, сондықтан … жұмыс істей алмаймыз"),
Macedonian ("… определивме за кандидат кој …, па … нема да продолжиме … вашата пријава"),
Icelandic ("Við höfum ráðið manneskju sem … og getum því miður ekki boðið þér starfið"),
Georgian ("ავირჩიეთ კანდიდატი, რომელსაც …"), Gujarati ("… બહેનને પસંદ કર્યાં છે જે …") and
Cantonese ("揀咗一個…嘅師傅 … 所以今次就唔請你喇").
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# nothing after the choice about an interview, a talk or a visit to come
_NO_MEETING_AFTER = (
    r"(?![^.!?\n\u0964]*(?:intervj|interv|vestlus|pārrun|pohovor|elkarrizket|Gespréich|"
    r"gespréich|अन्तर्वार्ता|நேர்காணல்))"
)

# Luxembourgish
_LB_OUT = re.compile(
    r"\bkënne mir (?:iech|dir|dech)\b(?: [^\s.!?]+){0,3}? keng (?:plaz|stell|aarbecht|"
    r"positioun|job|platz)\b(?: [^\s.!?]+){0,2}? (?:ubidden|ginn|offréieren|proposéieren)\b"
)
_LB_OTHER = re.compile(
    r"\bmir hunn eis (?:elo |schlussendlech |dës kéier |dann )?fir (?:een|eng|en|een aneren|"
    r"eng aner|en aneren|e kandidat|eng kandidatin)\b(?: [^\s.!?]+){0,2}? decidéiert\b"
    + _NO_MEETING_AFTER
)
# Latvian
_LV_OUT = re.compile(
    r"\bjums (?:[^\s.!?]+ )?(?:darbu|vietu|amatu|šo darbu|šo vietu) (?:piedāvāt|dot) nevaram\b"
    r"|\bnevaram jums (?:[^\s.!?]+ )?(?:piedāvāt|dot) (?:darbu|vietu|amatu)\b"
)
_LV_OTHER = re.compile(
    r"\b(?:esam |mēs esam |mēs )?izvēlējušies (?:citu |vienu )?(?:cilvēku|kandidātu|pretendentu|"
    r"darbinieku|meistaru|pretendenti|kandidāti)\b(?![^.!?\n]*\b(?:jūs|jums)\b)"
    + _NO_MEETING_AFTER
)
# Estonian
_ET_OUT = re.compile(
    r"\bei saa (?:me )?(?:teile|sulle) (?:[^\s.!?]+ )?(?:tööd|kohta|ametikohta|töökohta) "
    r"pakkuda\b"
)
_ET_OTHER = re.compile(
    r"\bvalisime (?:seekord |sel korral |lõpuks |hoopis )?(?:teise |ühe )?(?:inimese|"
    r"kandidaadi|taotleja|meistri)\b(?![^.!?\n]*\b(?:teid|teie|sind)\b)" + _NO_MEETING_AFTER
)
# Basque
_EU_OUT = re.compile(
    r"\bez (?:dugu|gara|dut) zurekin (?:jarraituko|aurrera egingo)\b"
    r"|\bezin (?:dizugu|dizut) (?:lanpostua|lana|postua|tokia|lanpostu hori) eskaini\b"
)
_EU_OTHER = re.compile(
    r"\b(?:beste )?(?:hautagai|pertsona|emakume|gizon|langile|neska|mutil|ikasle) bat (?:hartu|"
    r"aukeratu|kontratatu|hautatu) (?:dugu|genuen|dute|du)\b" + _NO_MEETING_AFTER
)
# Slovak (object first; "nemôžeme vám ponúknuť" is read elsewhere)
_SK_OUT = re.compile(
    r"\bvám (?:[^\s.!?]+ )?(?:miesto|prácu|pozíciu|pracovné miesto) ponúknuť nemôžeme\b"
)
_SK_OTHER = re.compile(
    r"\brozhodli pre (?:iného |inú |jedného |jednu )?(?:uchádzača|uchádzačku|kandidáta|"
    r"kandidátku|človeka)\b(?![^.!?\n]*\b(?:vás|vami)\b)" + _NO_MEETING_AFTER
)
# Nepali
_NE_OUT = re.compile(
    r"तपाईंलाई (?:[^\s\u0964.!?]+ ){0,2}?(?:काम|जागिर|पद|ठाउँ) दिन (?:सकेनौं|सक्दैनौं|सकिएन|"
    r"सकिँदैन)"
)
_NE_OTHER = re.compile(
    r"(?:एक जनालाई|अर्को एक जनालाई|अर्कैलाई|अरू कसैलाई|अर्को उम्मेदवारलाई) (?:[^\s\u0964.!?]+ )?"
    r"(?:रोजेका छौं|रोज्यौं|छान्यौं|छानेका छौं|राखेका छौं|राख्यौं)" + _NO_MEETING_AFTER
)
# Tamil
_TA_NOT_YOURS = re.compile(
    r"(?:வேலை|பணி|பதவி|வாய்ப்பு|இடம்) உங்களுக்கு(?:க்)? கிடைக்கவில்லை"
)
_TA_TOOK = re.compile(
    r"(?<!உங்களை )(?:ஓர்|ஒரு|வேறொரு|வேறு ஒரு) [^\s.!?;]+(?:யை|வை|ரை) (?:எடுத்துக்கொண்டோம்|"
    r"எடுத்துக் கொண்டோம்|தேர்ந்தெடுத்தோம்|நியமித்தோம்|சேர்த்துக்கொண்டோம்)" + _NO_MEETING_AFTER
)

# Belarusian
_BE_OTHER = re.compile(
    r"\b(?:вырашылі|вырашыў|вырашыла) (?:узяць|ўзяць|выбраць|абраць|наняць) (?:іншага|іншую|"
    r"другога|другую) (?:кандыдата|кандыдатку|чалавека|майстра|майстрыху|работніка)\b"
    r"|\b(?:мы )?(?:узялі|ўзялі|выбралі|абралі|нанялі) (?:іншага|іншую) (?:кандыдата|кандыдатку|"
    r"чалавека|майстра|работніка)\b"
)
# Haitian Creole (never the reader, "ou", after the choice)
_HT_OTHER = re.compile(
    r"\bnou (?:te )?(?:pran|chwazi|anplwaye|anboche|bay travay la) (?:yon )?(?:lòt|lot) (?:moun|"
    r"kandida|atizan|travayè|travaye|fanm|gason|\w+)\b(?![^.!?\n]*\b(?:ou|w)\b)"
    # (never a club's president or captain, a party, a prize, a trip: "Nou chwazi yon lòt moun
    # pou prezidan klib la")
    r"(?![^.!?\n]*\b(?:prezidan|kapitèn|kapiten|fèt|fet|bal|manje|konkou|pri|kado|loto|vwayaj|"
    r"match|eleksyon|komite)\b)"
)
# Persian: someone chosen and told as who ("… را برگزیدیم که"), never the reader ("شما را")
_FA_CHOSE = re.compile(
    r"(?<!شما )(?<!تو )را (?:برگزیدیم|انتخاب کردیم|استخدام کردیم|برگزیده‌ایم|انتخاب کرده‌ایم|"
    r"استخدام کرده‌ایم)(?= که|\s*[.،]|$)"
)
# Punjabi: a candidate or someone else kept or chosen ("ਉਸ ਉਮੀਦਵਾਰ ਨੂੰ ਰੱਖਿਆ ਹੈ ਜਿਸ"), never
# the reader ("ਤੁਹਾਨੂੰ")
_PA_KEPT = re.compile(
    r"(?:ਉਮੀਦਵਾਰ|ਵਿਅਕਤੀ|ਬੰਦੇ|ਕਿਸੇ ਹੋਰ|ਕਾਰੀਗਰ|ਕੁੜੀ|ਮੁੰਡੇ)\S* ਨੂੰ (?:ਰੱਖਿਆ|ਚੁਣਿਆ|ਰੱਖ ਲਿਆ|ਚੁਣ ਲਿਆ)"
)

# Kazakh (never the reader, "сізді")
_KK_OTHER = re.compile(
    r"(?<!сізді )(?:шеберді|адамды|кандидатты|басқа біреуді|біреуді|қызды|жігітті|маманды) "
    r"(?:алдық|таңдадық|қабылдадық)"
)
_KK_OUT = re.compile(
    r"бірге жұмыс істей алмаймыз|сізді (?:жұмысқа )?(?:ала|қабылдай) алмаймыз"
)
# Macedonian
_MK_OTHER = re.compile(
    r"\bсе определивме за (?:друг |друга |еден |една )?(?:кандидат|кандидатка|човек|лице)\b"
)
_MK_OUT = re.compile(r"\bнема да продолжиме со вашата (?:пријава|кандидатура)\b")
# Icelandic
_IS_OTHER = re.compile(
    r"\b(?:við )?höfum ráðið (?:manneskju|mann|konu|annan|aðra|einstakling|umsækjanda|starfsmann)\b"
)
_IS_OUT = re.compile(
    r"\bgetum (?:því )?(?:miður )?ekki boðið þér (?:starfið|stöðuna|vinnuna|plássið)\b"
)
# Georgian (never the reader, "თქვენ")
_KA_OTHER = re.compile(r"ავირჩიეთ (?:სხვა )?(?:კანდიდატი|ადამიანი|პირი|ოსტატი)")
# Gujarati (never the reader, "તમને")
_GU_OTHER = re.compile(
    r"(?:બહેનને|ભાઈને|વ્યક્તિને|ઉમેદવારને|કોઈ બીજાને|બીજા કોઈને|કારીગરને) પસંદ (?:કર્યાં|કર્યા|કરી|કર્યો)"
)
# Cantonese (never the reader, "揀咗你")
_YUE_OTHER = re.compile(r"揀咗(?:一個|一位|另一個|另一位|第二個|個)(?!你)")
_YUE_OUT = re.compile(r"唔請你|唔聘你|唔揀你")

READINGS = readings(
    ("chose_other", _KK_OTHER),
    ("reader_out", _KK_OUT),
    ("chose_other", _MK_OTHER),
    ("reader_out", _MK_OUT),
    ("chose_other", _IS_OTHER),
    ("reader_out", _IS_OUT),
    ("chose_other", _KA_OTHER),
    ("chose_other", _GU_OTHER),
    ("chose_other", _YUE_OTHER),
    ("reader_out", _YUE_OUT),
    ("chose_other", _BE_OTHER),
    ("chose_other", _HT_OTHER),
    ("chose_other", _FA_CHOSE),
    ("chose_other", _PA_KEPT),
    ("reader_out", _LB_OUT),
    ("chose_other", _LB_OTHER),
    ("reader_out", _LV_OUT),
    ("chose_other", _LV_OTHER),
    ("reader_out", _ET_OUT),
    ("chose_other", _ET_OTHER),
    ("reader_out", _EU_OUT),
    ("chose_other", _EU_OTHER),
    ("reader_out", _SK_OUT),
    ("chose_other", _SK_OTHER),
    ("reader_out", _NE_OUT),
    ("chose_other", _NE_OTHER),
    ("reader_out", _TA_NOT_YOURS),
    ("chose_other", _TA_TOOK),
)
