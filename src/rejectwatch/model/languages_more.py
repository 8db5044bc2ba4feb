# ruff: noqa: RUF002  (Hebrew-script, Arabic, Devanagari and Hangul letters are read)
"""Outcome readings in Breton, Tok Pisin, Yiddish, Occitan, Setswana, Scots and Tongan, the kinds
slice 20's refusals in read languages said and no reading knew (Hindi, Kinyarwanda, Brazilian
Portuguese, Korean, Arabic), and languages ahead of the slices (issue 11, twenty-second pass,
part C).

Blind slice 20 missed twelve refusals in other languages, none with a decision token:

* in languages no module read: Breton "hon eus dibabet un den all", "ne c'hallomp ket kemer
  ac'hanoc'h"; Tok Pisin "mipela i makim pinis narapela man", "mipela i no inap givim dispela wok
  long yu"; Yiddish "מיר האבן אויסגעקליבן אן אנדערן קאנדידאט", "מיר קענען אייך נישט אננעמען";
  Occitan "avèm causit una autra persona"; Setswana "ga o a tlhophiwa", "re tlhophile mongwe yo
  mongwe"; Scots "hae gien the warden's job tae a wumman fae Braemar", "we'll no be takin ye
  on"; Tongan "kuo mau fili ha taha kehe", "'ikai lava ke mau 'oatu 'a e ngāue ni kiate koe";
* in languages read, in kinds their readings lacked: Hindi, the post given to someone else
  ("यह पद किसी और शिक्षक को दिया है") and the appointment not possible ("आपकी नियुक्ति संभव नहीं");
  Kinyarwanda's negative relative "ko mutatoranyijwe" (that you were not chosen: the readings
  knew "ntabwo mwatoranyijwe"); Portuguese, the reader's name not among those going on ("seu nome
  não está entre os que seguem para a entrevista": the readings knew "não consta entre os
  aprovados"); Korean, going on together with another applicant ("다른 지원자와 함께하기로
  했습니다": the readings knew "선택", "채용"); Arabic, the committee's preference in the third
  person and with its shadda ("اللجنة فضّلت متقدماً آخر": the readings knew "فضلنا").

Each new language reads the shared tokens (the reader out, someone else chosen, the post filled)
and brings its checks' words like the other modules of rejectwatch.model.language_modules:
conditionals ("ma n'oc'h", "sapos yu", "אויב איר", "se sètz", "fa o sa", "gin ye", "kapau"),
decisions still to come ("ket c'hoazh", "i no makim yet", "נאך נישט", "pas encara", "ga re ise",
"te'eki"), the guard's negations, regrets, invitations and offers, and the gate's words.

Short words that are common words elsewhere are read only in their own phrases: Tok Pisin
"sapos" (Spanish "toads") only before its subjects; Yiddish "אויב" (Hebrew "enemy") only before
its subjects; Setswana "fa" (Italian "ago") only in "fa o sa", "fa lo sa", "fa re sa"; Tongan
"fakamolemole" is "sorry" and "please" both, so the regret is only "'oku mau fakamolemole" or
"fakamolemole atu"; Scots "gin" (the drink) only before "ye" or "we"; an offer in Tok Pisin and
Tongan only with "laik" or "fiefia" (glad), as the refusal holds the offer's own words after
"no inap" and "'ikai lava ke".

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

# An apostrophe (Breton's "c'h", Occitan's and Scots' elisions) in either spelling
_AP = "['\u2019]"
# Not inside a Devanagari word (no \b: vowel signs are no \w)
_HI_L = r"(?<![\u0900-\u097f])"
_HI_R = r"(?![\u0900-\u097f])"


def _gs(pattern: str) -> str:
    """A Tongan pattern with each glottal stop (written "'") read as ', ', ʻ, ` or nothing, and
    each long vowel as written with its macron or without."""
    pattern = pattern.replace(r"\b'", r"(?<!\w)'").replace("'", "['\u2018\u2019\u02bb`]?")
    for long, short in (("ā", "a"), ("ē", "e"), ("ī", "i"), ("ō", "o"), ("ū", "u")):
        pattern = pattern.replace(long, f"[{long}{short}]")
    return pattern


def _br(pattern: str) -> str:
    """A Breton or Occitan pattern with each "'" read as either apostrophe."""
    return pattern.replace("'", _AP)


# ---------------------------------------------------------------------------------------------
# The checks' words (appended to languages.CONDITIONAL and NOT_YET)
# ---------------------------------------------------------------------------------------------

CONDITIONAL = (
    # Breton ("ma" only before its negation, "mar", "e-kerz ma")
    _br(r"|\b(?:ma n'(?:oc'h|out|hon|eo|vefec'h)|mar (?:n'|ne\b|bez)|ma ne (?:vez|vefe))")
    # Tok Pisin ("sapos" only before its subjects)
    + r"|\bsapos (?:yu|yupela|mipela|mi|em|nem|wok|nogat)\b"
    # Yiddish ("אויב" only before its subjects; "אין פאל")
    r"|\bאויב (?:איר|דו|מיר|נישט|ניט|אייער|דיין)\b|\bאין פאל\b"
    # Occitan ("se" before its subjects, "en cas que")
    r"|\b(?:se (?:sètz|siatz|ètz|avèm|vòstra|vòstre)|en cas que)\b"
    # Setswana ("fa" only in "fa o sa", "fa lo sa", "fa re sa"; "fa e le gore")
    r"|\b(?:fa (?:o|lo|re) sa|fa e le gore)\b"
    # Scots ("gin" only before "ye" or "we")
    r"|\bgin (?:ye|we)\b"
    # Tongan ("kapau")
    r"|\bkapau\b"
)
NOT_YET = (
    _br(r"|\b(?:ket c'hoazh|ket bet \w+ c'hoazh)\b")
    + r"|\b(?:no (?:bin )?(?:makim|pinisim|skelim) (?:\w+ ){0,3}?yet|wok long skelim)\b"
    r"|\bנאך (?:נישט|ניט)\b"
    r"|\bpas encara\b"
    r"|\b(?:ga re ise|ga re eso|re sa ntse re)\b"
    r"|\b(?:havenae|hivnae|haenae) (?:\w+ )?decided\b"
    + _gs(r"|\b(?:te'eki|kei vakai'i|kei fakakaukau)\b")
)

# The guard's negations and regrets (rejectwatch.model.said_plainly), each language's own
NEGATION = (
    _br(r"|\b(?:ne c'hallomp ket|n'hallomp ket|ne c'hellomp ket)\b")
    + r"|\b(?:mipela i no inap|mipela no inap)\b"
    r"|\bקענען (?:אייך |דיך )?(?:נישט|ניט)\b"
    r"|\b(?:podèm pas|poèm pas)\b"
    r"|\b(?:ga re kgone|ga re a kgona)\b"
    r"|\b(?:cannae|canna|willnae|wullnae|winnae|wouldnae|couldnae)\b" + _gs(r"|\b'ikai lava\b")
)
REGRET = (
    r"|\b(?:siwazh|keuz (?:am eus|hon eus))\b"
    r"|\b(?:sori tru|mipela i sori)\b"
    r"|\b(?:צום באדויערן|צו אונזער באדויערן|מיר באדויערן)\b"
    r"|\b(?:malaürosament|malurosament|regretam)\b"
    r"|\b(?:ka maswabi|re maswabi|ka bomadimabe)\b"
    r"|\bawfy sorry\b" + _gs(r"|\b(?:'oku mau fakamolemole|fakamolemole atu)\b")
)

# ---------------------------------------------------------------------------------------------
# The guard: an invitation to an interview, an offer (rejectwatch.model.guard_abroad)
# ---------------------------------------------------------------------------------------------

INVITED = (
    r"|\b(?:ho pediñ|ho pedomp|ho pedin) (?:\S+ ){0,3}?(?:pennad-kaoz|emgav|atersadenn)"
    r"|\b(?:singautim yu|singautim yupela) (?:\w+ ){0,3}?(?:intaviu|toktok|miting)\b"
    r"|\bplis kam long intaviu\b"
    r"|\b(?:לאדן|פארבעטן) (?:מיר )?(?:אייך|דיך) (?:\S+ ){0,3}?(?:אינטערוויו|שמועס|געשפרעך)"
    r"|\bvos (?:convidam|invitam) (?:\S+ ){0,3}?(?:entretien|entrevista|encontre)\b"
    r"|\bre (?:go|lo) laletsa (?:\w+ ){0,3}?(?:(?:di)?potsolotso\w*|go botsolotswa)\b"
    r"|\b(?:invite|ask) ye (?:tae|to|fir|for) (?:a|an) (?:\w+ )?(?:interview|chat|blether)\b"
    + _gs(r"|\bfakaafe'i (?:koe|kimoutolu) (?:\w+ ){0,3}?(?:'initaviu|talanoa)")
)
OFFERED = (
    _br(r"|\bkinnig (?:ar post|al labour|an implij) deoc'h\b")
    + r"|\bmipela i (?:laik|amamas long) givim (?:yu )?(?:dispela |despla )?wok\b"
    r"|\b(?:פארשלאגן|גיבן) (?:אייך|דיר) (?:די|דעם) (?:שטעלע|פאסטן|ארבעט)"
    r"|\bvos prepausam (?:lo|aqueste|un) (?:pòst|trabalh|contracte)\b"
    r"|\bre (?:go|lo) (?:naya|abela|neela) (?:tiro|maemo)\b"
    r"|(?<!cannae )(?<!canna )(?<!no )\b(?:offer|gie) ye the (?:job|post|place)\b"
    + _gs(
        r"|\b(?:'oku mau fiefia ke|fiefia ke mau) 'oatu (?:kiate koe )?(?:'a e )?"
        r"(?:ngāue|lakanga)"
    )
)

# ---------------------------------------------------------------------------------------------
# The gate: a thing no job and the job words that keep the gate open (rejectwatch.model.gate)
# ---------------------------------------------------------------------------------------------

NOT_A_JOB = r"|\b(?:amprest|feurm\w*|dinau|skolasip|הלואה|סטיפענדיע|prèst|lòga|kadimo|inshorense)\b"
A_JOB = (
    _br(r"|\b(?:koulskrid|pennad-kaoz|ar post|al labour)\b")
    + r"|\b(?:intaviu|ples wok|dispela wok|kandidet|aplikesen)\b"
    r"|\b(?:שטעלע|אינטערוויו|קאנדידאט\w*)\b"
    r"|\b(?:pòst|trabalh|emplec)\b"
    r"|\b(?:kopo ya tiro|tirong|potsolotso|mokopi)\b"
    + _gs(r"|\b(?:ngāue|lakanga|'initaviu|kole ngāue)\b")
)

# ---------------------------------------------------------------------------------------------
# The readings: slice 20's new languages
# ---------------------------------------------------------------------------------------------

# Breton ("n'oc'h ket bet dibabet", "ne c'hallomp ket kemer ac'hanoc'h", "ne c'hallomp ket
# kinnig al labour deoc'h", "n'eo ket bet degemeret ho koulskrid")
_BR_OUT = re.compile(
    _br(
        r"\bn'(?:oc'h|out) ket bet (?:dibabet|degemeret|kemeret|choazet)\b"
        r"|\bne c'h?allomp ket (?:kemer|degemer|dibab|choaz) ac'hanoc'h\b"
        r"|\bne c'h?allomp ket kinnig (?:ar post|al labour|an implij) deoc'h\b"
        r"|\bn'eo ket bet (?:degemeret|dibabet) ho (?:koulskrid|goulenn)\b"
    )
)
# ("hon eus dibabet un den all", "dibabet hon eus ur c'helenner all")
_BR_OTHER = re.compile(
    _br(
        r"(?<!\bket )\b(?:dibabet|choazet|kemeret) (?:hon eus |eo bet )?(?:un|ur|ul) "
        r"(?:\S+ )?all\b"
    )
)
_BR_GONE = re.compile(_br(r"\b(?:ar post|al labour) (?:a zo|zo|eo) (?:bet )?(?:leuniet|kemeret)\b"))

# Tok Pisin ("mipela i no inap givim dispela wok long yu", "mipela i no makim yu", "yu no winim")
_TPI_OUT = re.compile(
    r"\bmipela (?:i )?no (?:inap |ken )?(?:givim|makim|kisim) (?:yu|dispela wok|despla wok|wok)"
    r"(?: long yu)?\b"
    r"|\byu no (?:bin )?(?:winim|pas long|kisim) (?:dispela |despla )?(?:wok|intaviu|test)\b"
)
# ("mipela i makim pinis narapela man", "narapela meri i kisim dispela wok")
_TPI_OTHER = re.compile(
    r"\bmipela (?:i )?(?:makim|kisim|pilim) (?:pinis )?(?:wanpela )?(?:narapela|narapla) "
    r"(?:man|meri|lain|kandidet)\b"
    r"|\b(?:narapela|narapla) (?:man|meri|kandidet) i kisim (?:pinis )?(?:dispela |despla )?wok\b"
)
_TPI_GONE = re.compile(r"\b(?:dispela|despla) wok i (?:gat man pinis|pulap pinis)\b")

# Yiddish ("איר זענט נישט אויסגעקליבן", "מיר קענען אייך נישט אננעמען")
_YI_OUT = re.compile(
    r"\b(?:איר זענט|דו ביסט|זענט איר|ביסטו) (?:\S+ )?(?:נישט|ניט) (?:אויסגעקליבן|אויסגעוויילט|"
    r"אנגענומען)\b"
    r"|\bמיר קענען (?:אייך|דיך) (?:\S+ )?(?:נישט|ניט) (?:אננעמען|אויסקלייבן|אנשטעלן)\b"
    r"|\bמיר קענען (?:אייך|דיר) (?:\S+ )?(?:נישט|ניט) (?:פארשלאגן|געבן) (?:די|דעם) (?:שטעלע|"
    r"פאסטן|ארבעט)\b"
)
# ("מיר האבן אויסגעקליבן אן אנדערן קאנדידאט")
_YI_OTHER = re.compile(
    r"(?<!נישט )(?<!ניט )\b(?:אויסגעקליבן|אויסגעוויילט|אנגענומען|אנגעשטעלט) (?:\S+ )?(?:אן|א) "
    r"(?:אנדערן|אנדערע|אנדער) (?:קאנדידאט|קאנדידאטקע|מענטש|פערזאן)"
)
_YI_GONE = re.compile(r"\bדי שטעלע איז (?:שוין )?(?:באזעצט|פארנומען|אויסגעפילט)\b")

# Occitan ("sètz pas estada causida", "vòstra candidatura es pas estada retenguda", "podèm pas
# vos prene")
_OC_OUT = re.compile(
    r"\b(?:sètz|ètz|siatz|ès) pas (?:estat|estada|estats|estadas) (?:causit|causida|"
    r"seleccionat|seleccionada|retengut|retenguda)\b"
    r"|\bvòstra candidatura (?:es|foguèt) pas (?:estada )?(?:retenguda|causida|acceptada)\b"
    r"|\bpodèm pas (?:vos )?(?:prene|retenir|recrutar|ofrir lo pòst)\b"
)
# ("avèm causit una autra persona", "an retengut un autre candidat")
_OC_OTHER = re.compile(
    r"\b(?:avèm|an|a) (?:causit|seleccionat|retengut|preferit|recrutat) (?:una autra|un autre) "
    r"(?:persona|candidat|candidata|perfil)\b"
)
_OC_GONE = re.compile(r"\blo pòst (?:es|foguèt) (?:ja )?(?:estat )?(?:ocupat|provesit|pres)\b")

# Setswana ("ga o a tlhophiwa", "kopo ya gago ga e a atlega", "re tlhophile mongwe yo mongwe")
_TN_OUT = re.compile(
    r"\bga (?:o|lo) a (?:tlhophiwa|atlega|amogelwa|thapiwa)\b"
    r"|\bkopo ya (?:gago|lona)\b[^.!?\n]{0,30}?\bga e a (?:atlega|amogelwa)\b"
    r"|\bga re a (?:go|lo) tlhopha\b"
    r"|\bga re kgone go (?:go|lo) (?:tsaya|thapa|tlhopha)\b"
)
_TN_OTHER = re.compile(
    r"\bre (?:tlhophile|thapile|tserile) (?:mongwe yo mongwe|motho yo mongwe|mokopi yo mongwe)\b"
)
_TN_GONE = re.compile(r"\b(?:maemo|tiro) (?:\w+ )?(?:setse )?(?:a |e )?tladitswe\b")

# Scots ("we'll no be takin ye on", "we cannae offer ye the job", "ye wisnae picked"; the job
# "gien tae" someone, "gone wi anither")
_SCO_OUT = re.compile(
    r"\bwe(?:" + _AP + r"ll| will| wull) no be (?:takin|taking|offerin|offering|giein|"
    r"gien) ye\b"
    r"|\bwe (?:cannae|canna|cannie) (?:offer|gie|tak|take) ye\b"
    r"|\bye (?:wisnae|werenae|wernae|werena|wisna) (?:\w+ )?(?:picked|chosen|successful|selected|"
    r"shortlistit|shortlisted)\b"
    r"|\bye" + _AP + r"(?:ve|re) no (?:been )?(?:picked|chosen|selected|successful|shortlistit)\b"
)
_SCO_OTHER = re.compile(
    r"(?<!nae )(?<!no )\b(?:gien|gied|given|gave) (?:the |oor |the \S+ )?(?:job|post|place|"
    r"position) tae (?!ye\b|you\b)(?:a|an|anither|someone|somebody|some|\w+ fae)\b"
    r"|\b(?:gone|gane|went|goin|gaun) wi (?:anither|someb\w*|someone)(?: else| ither)?\b"
)

# Tongan ("'ikai lava ke mau 'oatu 'a e ngāue kiate koe", "na'e 'ikai ke fili koe", "'oku 'ikai
# ke lavame'a ho'o kole", "kuo mau fili ha taha kehe", "kuo 'osi fakafonu 'a e lakanga")
_TO_OUT = re.compile(
    _gs(
        r"\b'ikai lava ke mau (?:'oatu|foaki) (?:'a e |ha )?(?:ngāue|lakanga)(?: ni)? "
        r"(?:kiate koe|kia koe)\b"
        r"|\b'ikai (?:ke )?(?:fili|tali) koe\b"
        r"|\b'ikai (?:ke )?(?:lavame'a|tali) ho'o kole\b"
    )
)
_TO_OTHER = re.compile(
    _gs(
        r"\b(?:kuo|na'e) (?:mau |nau )?fili (?:ha|'a e) (?:taha|tokotaha|kole) kehe\b"
        r"|\b(?:kuo|na'e) fili ha taha kehe\b"
    )
)
_TO_GONE = re.compile(_gs(r"\bkuo (?:'osi )?(?:fakafonu|ma'u ha taha ki) 'a e lakanga\b"))

# ---------------------------------------------------------------------------------------------
# The readings: slice 20's kinds in languages read
# ---------------------------------------------------------------------------------------------

# Hindi: the post given to someone else ("यह पद किसी और शिक्षक को दिया है", "नौकरी दूसरे उम्मीदवार को
# दे दी गई"), the appointment or selection not possible ("आपकी नियुक्ति संभव नहीं है")
_HI_GIVEN = re.compile(
    r"(?:पद|नौकरी|पोस्ट|जगह|पोजीशन|पोज़िशन)[^।.!?\n]{0,40}?(?:किसी )?(?:और|अन्य|दूसरे|दूसरी)"
    r"[^।.!?\n]{0,25}?को (?:दे (?:दिया|दी)|दिया|दी|सौंप (?:दिया|दी)|सौंपा|सौंपी)" + _HI_R
)
_HI_NOT_POSSIBLE = re.compile(
    _HI_L + r"(?:आपकी|आपका|आपको|तुम्हारी|तुम्हारा) (?:\S+ )?(?:नियुक्ति|चयन|नियुक्त करना) "
    r"(?:\S+ )?(?:संभव|मुमकिन) नहीं" + _HI_R
)
# Kinyarwanda: the negative relative after "ko" ("ko mutatoranyijwe", that you were not chosen;
# "mutahawe akazi", you were not given the job)
_RW_NOT = re.compile(
    r"\b(?:ko |kuko )(?:mutatoranyijwe|utatoranyijwe|mutatsinze|utatsinze|mutahawe akazi|"
    r"utahawe akazi)\b"
    r"|\b(?:ntimwahawe|ntiwahawe) (?:uyu )?(?:akazi|mwanya)\b"
)
# Portuguese, Spanish: the reader's name not among those going on ("seu nome não está entre os
# que seguem para a entrevista", "tu nombre no está entre los que pasan a la entrevista")
_NOT_AMONG = re.compile(
    r"(?<!¿)\bnão (?:está|estás|consta|figura|aparece|entrou) (?:entre (?:os|as)|na lista "
    r"d(?:os|as)) "
    r"(?:que|quem) (?:seguem|segue|passam|passaram|avançam|avançaram|continuam|vão seguir|vão "
    r"para|foram (?:selecionad|aprovad|chamad)[oa]s)\b"
    r"|(?<!¿)\bno (?:está|estás|figura|aparece) (?:entre|en la lista de) (?:los|las|quienes) "
    r"(?:que )?(?:pasan|siguen|continúan|avanzan|pasaron|fueron (?:seleccionad|aprobad)[oa]s)\b"
)
# Korean: going on together with another applicant ("다른 지원자와 함께하기로 했습니다"), the verb's
# past ending read, so "함께하게 되면" (if) is none
_KO_WITH_OTHER = re.compile(
    r"다른 (?:지원자|후보자|분|인재|후보)(?:분)?(?:과|와|들과)[^.!?\n]{0,20}?"
    r"(?:함께하기로|함께 하기로|함께 일하기로|일하기로|진행하기로) (?:했|하였|결정했|결정하였)"
    r"|다른 (?:지원자|후보자|분|인재|후보)(?:분)?(?:과|와|들과)[^.!?\n]{0,20}?(?:함께하게|함께 "
    r"하게|함께 일하게|일하게|진행하게) (?:되었|됐)"
)
# Arabic: another preferred or picked, in the third person and with the shadda ("اللجنة فضّلت
# متقدماً آخر", "انتقت الإدارة مرشحة أخرى")
_AR_PREFERRED = re.compile(
    r"(?<!لم )(?<!لا )(?:فض\u0651?ل\u064e?(?:ت|نا|وا)|انتقت|انتقى|انتقينا|انتقوا|اختارت|اختاروا|"
    r"رش\u0651?حت|رش\u0651?حنا)[^.!?\n]{0,25}?(?:مرشح|مرشحة|متقدم|متقدمة|شخص)(?:ا|ًا|اً)? "
    r"(?:آخر|أخرى|اخر|اخرى)"
)

READINGS = readings(
    ("reader_out", _BR_OUT),
    ("chose_other", _BR_OTHER),
    ("role_gone", _BR_GONE),
    ("reader_out", _TPI_OUT),
    ("chose_other", _TPI_OTHER),
    ("role_gone", _TPI_GONE),
    ("reader_out", _YI_OUT),
    ("chose_other", _YI_OTHER),
    ("role_gone", _YI_GONE),
    ("reader_out", _OC_OUT),
    ("chose_other", _OC_OTHER),
    ("role_gone", _OC_GONE),
    ("reader_out", _TN_OUT),
    ("chose_other", _TN_OTHER),
    ("role_gone", _TN_GONE),
    ("reader_out", _SCO_OUT),
    ("chose_other", _SCO_OTHER),
    ("reader_out", _TO_OUT),
    ("chose_other", _TO_OTHER),
    ("role_gone", _TO_GONE),
    ("chose_other", _HI_GIVEN),
    ("reader_out", _HI_NOT_POSSIBLE),
    ("reader_out", _RW_NOT),
    ("reader_out", _NOT_AMONG),
    ("chose_other", _KO_WITH_OTHER),
    ("chose_other", _AR_PREFERRED),
)
