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

Ahead of the slices (each slice brings about ten languages nobody wrote), ten languages no module
read give the same tokens: Quechua ("manam akllasqachu kanki", "huk runatam akllarqayku"),
Guarani ("ndereñeporavói", "roiporavo ambue tapicha"), Bislama ("mifala i no jusum yu"), Fijian
("o sega ni digitaki", "keimami sa digitaka e dua tale na tamata"), Tigrinya ("ኣይተመረጽኩምን",
"ካልእ ሕጹይ መሪጽና"), Sindhi ("توهان کي چونڊيو نه ويو", "ٻئي اميدوار کي چونڊيو ويو"), Wolof
("tànnuwunu la", "tànn nanu keneen"), Sesotho ("ha o a kgethwa", "re kgethile motho e mong"),
Kyrgyz ("сиз тандалган жоксуз", "башка талапкерди тандадык") and Tatar ("сез сайланмадыгыз",
"башка кандидатны сайладык"), with the post filled, the process not continued where the
language says it so, and their regrets, conditionals ("sichus", "-ramo", "kevaka", "እንተ",
"جيڪڏهن", "bu fekkee", "haeba", "эгер", "әгәр"), decisions still to come ("manaraq", "ne'ĩra",
"se bera", "ገና ኣይ", "اڃا نه", "-agunu", "ha re so", "азырынча", "әлегә"), invitations and offers.
Tigrinya "ካልእ" (another) began with Amharic's conditional prefix "ካል-", which the Amharic
conditional now leaves alone as a word of its own (rejectwatch.model.added_languages).

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


def _not_on(words: str) -> str:
    """After "we can't take you": the next word, or the one after a preposition, is none of
    these days, times or errands (part J: "we can't take you on Monday, come Tuesday" moves an
    interview, "we can't take you home" is a lift)."""
    return r"(?![ ,]+(?:\S+ )?(?:" + words + r")\b)"


# ---------------------------------------------------------------------------------------------
# The checks' words (appended to languages.CONDITIONAL and NOT_YET)
# ---------------------------------------------------------------------------------------------

CONDITIONAL = (
    # Breton ("ma" only before its negation, "mar", "e-kerz ma")
    _br(r"|\b(?:ma n'(?:oc'h|out|hon|eo|vefec'h)|mar (?:n'|ne\b|bez)|ma ne (?:vez|vefe))")
    # Tok Pisin ("sapos" only before its subjects)
    + r"|\bsapos (?:yu|yupela|mipela|mi|em|nem|wok|nogat|dispela|despla)\b"
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
    # ahead of the slices: Quechua "sichus", Guarani "-ramo" after its negation, Fijian
    # "kevaka", Tigrinya "እንተ", Sindhi "جيڪڏهن", Wolof "bu fekkee", Sesotho "haeba", Kyrgyz
    # "эгер", Tatar "әгәр" (Bislama "sapos" is Tok Pisin's, above)
    r"|\b(?:sichus|nd\w+ramo|kevaka|bu fekkee|su fekkee|haeba|ha eba|эгер(?:де)?|"
    r"әгәр(?:дә)?|sapos mifala)\b"
    r"|(?<![\u1200-\u137f])እንተ|جيڪڏهن"
    # Portuguese "se" only before the reader's name (part J: "se seu nome não está entre os
    # que seguem para ...")
    r"|\bse (?:o |a )?(?:seu|sua|teu|tua) nome\b"
)
NOT_YET = (
    _br(r"|\b(?:ket c'hoazh|ket bet \w+ c'hoazh)\b")
    + r"|\b(?:no (?:bin )?(?:makim|pinisim|skelim) (?:\w+ ){0,3}?yet|wok long skelim)\b"
    r"|\bנאך (?:נישט|ניט)\b"
    r"|\bpas encara\b"
    r"|\b(?:ga re ise|ga re eso|re sa ntse re)\b"
    r"|\b(?:havenae|hivnae|haenae) (?:\w+ )?decided\b"
    + _gs(r"|\b(?:te'eki|kei vakai'i|kei fakakaukau)\b")
    # ahead of the slices
    + r"|\b(?:manaraq|ne['\u2019]?ĩra|neĩra|se bera (?:ni|mai)|tànnagunu|tannagunu|jëlagunu|"
    r"ha re so|ha re eso|ha ho eso|азырынча|тандай элек\w*|әлегә|stap lukluk yet|ba tey)\b"
    r"|ገና ኣይ|اڃا (?:نه|ناهي|فيصلو)"
)

# The guard's negations and regrets (rejectwatch.model.said_plainly), each language's own
NEGATION = (
    _br(r"|\b(?:ne c'hallomp ket|n'hallomp ket|ne c'hellomp ket)\b")
    + r"|\b(?:mipela i no inap|mipela no inap)\b"
    r"|\bקענען (?:אייך |דיך )?(?:נישט|ניט)\b"
    r"|\b(?:podèm pas|poèm pas)\b"
    r"|\b(?:ga re kgone|ga re a kgona)\b"
    r"|\b(?:cannae|canna|willnae|wullnae|winnae|wouldnae|couldnae)\b"
    + _gs(r"|\b'ikai lava\b")
    + r"|\b(?:manam atiykuchu|mana atiykuchu|mifala i no save|sega ni rawa|dunu mën|mënuñu|"
    r"ha re kgone|ha re a kgona|мүмкүн эмес|мөмкин түгел|алмыйбыз)\b"
    r"|نه سگهنداسين|نٿا سگهون"
)
REGRET = (
    r"|\b(?:siwazh|keuz (?:am eus|hon eus))\b"
    r"|\b(?:sori tru|mipela i sori)\b"
    r"|\b(?:צום באדויערן|צו אונזער באדויערן|מיר באדויערן)\b"
    r"|\b(?:malaürosament|malurosament|regretam)\b"
    r"|\b(?:ka maswabi|re maswabi|ka bomadimabe)\b"
    r"|\bawfy sorry\b"
    + _gs(r"|\b(?:'oku mau fakamolemole|fakamolemole atu)\b")
    + r"|\b(?:llakikuywan|llakikuymanta|rombyasy|ñambyasy|mifala i sore|sore tumas|"
    r"vakaloloma|keimami rarawa|jéggalu|jeggalu|naqarlu nanu|ka masoabi|re masoabi|"
    r"ka bomalimabe|тилекке каршы|өкүнүчтүүсү|кызганычка каршы)\b"
    r"|ብጓሂ|ይቕሬታ|افسوس سان"
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
    + r"|\binvitay\w* (?:\w+ ){0,3}?(?:rimanakuy|entrevista)\w*"
    r"|\brohenói (?:\w+ ){0,3}?(?:ñomonget[aá]|entrevista)\w*"
    r"|\bsingaotem yu (?:\w+ ){0,3}?(?:intaviu|storian)\b"
    r"|\bsureti iko (?:\w+ ){0,3}?(?:veitarogi|itaroga|veitalanoa)\b"
    r"|ንዕድመኩ[\u1200-\u137f]*|ክንዕድመኩም ደስ"
    r"|انٽرويو (?:\S+ ){0,3}?(?:سڏيون|گهرايون|دعوت ڏيون) ٿا"
    r"|\blay woo (?:\w+ ){0,3}?(?:waxtaan|interview|entretien)\b"
    r"|\bre (?:o|le) mema (?:\w+ ){0,3}?(?:inthavio|puisano|dipotso)\w*"
    r"|\bсизди (?:\w+ ){0,3}?(?:маек|аңгемелешүү|интервью)\w* чакыр\w*"
    r"|\bсезне (?:\w+ ){0,3}?(?:әңгәмәгә|собеседованиегә|интервьюга) чакырабыз"
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
    + r"|\b(?:qamman|qanman) (?:\w+ )?(?:llamk['\u2019]?ayta|cargota) qoyku\b"
    r"|\brome['\u2019]?ẽ (?:ndéve )?(?:ko )?tembiapo\b"
    r"|\bmifala i (?:glad|wantem|hapi) (?:blong )?givim (?:yu )?wok\b"
    r"|(?<!\brawa ni )\bsolia vei iko na (?:cakacaka|itutu)\b"
    r"|ክንህበኩም ደስ"
    r"|نوڪري (?:\S+ )?آڇ ڪريون ٿا"
    r"|\bnu ngi lay jox (?:\w+ )?(?:liggéey|liggeey|palaas)\b"
    r"|\bre (?:o|le) fa (?:mosebetsi|boemo)\b"
    r"|\bсизге (?:\w+ )?(?:кызмат|жумуш)\w* сунуштайбыз"
    r"|\bсезгә (?:\w+ )?(?:эш|вазыйфа)\w* тәкъдим итәбез"
)

# ---------------------------------------------------------------------------------------------
# The gate: a thing no job and the job words that keep the gate open (rejectwatch.model.gate)
# ---------------------------------------------------------------------------------------------

NOT_A_JOB = (
    r"|\b(?:amprest|feurm\w*|dinau|skolasip|הלואה|סטיפענדיע|prèst|lòga|kadimo|inshorense|"
    r"насыя\w*|бурыч\w*)\b"
)
A_JOB = (
    _br(r"|\b(?:koulskrid|pennad-kaoz|ar post|al labour)\b")
    + r"|\b(?:intaviu|ples wok|dispela wok|kandidet|aplikesen)\b"
    r"|\b(?:שטעלע|אינטערוויו|קאנדידאט\w*)\b"
    r"|\b(?:pòst|trabalh|emplec)\b"
    r"|\b(?:kopo ya tiro|tirong|potsolotso|mokopi)\b"
    + _gs(r"|\b(?:ngāue|lakanga|'initaviu|kole ngāue)\b")
    + r"|\b(?:llamk['\u2019]?ay\w*|llank['\u2019]?ay\w*|tembiapo|wok ia|cakacaka|itutu|liggéey|"
    r"liggeey|mosebetsi\w*|kopo ya mosebetsi|жумуш\w*|талапкер\w*|эш урыны|вазыйфа\w*)\b"
    r"|ስራሕ|ሕጹይ|نوڪري|انٽرويو|اميدوار"
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
        + _not_on(r"(?:di)?(?:lun|meurzh|merc'her|yaou|riaou|gwener|sadorn|sul)|hiziv|warc'hoazh")
        + r"|\bne c'h?allomp ket kinnig (?:ar post|al labour|an implij) deoc'h\b"
        r"|\bn'eo ket bet (?:degemeret|dibabet) ho (?:koulskrid|goulenn)\b"
    )
)
# ("hon eus dibabet un den all", "dibabet hon eus ur c'helenner all")
_BR_OTHER = re.compile(
    _br(
        r"(?<!\bket )\b(?:dibabet|choazet|kemeret) (?:hon eus |eo bet )?(?:(?:un|ur|ul) (?:den|"
        r"danvez|\S+(?:er|ez|our|ourez)) all|unan all)\b"
        # (part J: the other named first, "un danvez all a zo bet dibabet")
        r"|\b(?:un|ur|ul) (?:den|danvez|\S+(?:er|ez|our|ourez)) all (?:a zo|zo|eo) bet "
        r"(?:dibabet|choazet|kemeret)\b"
    )
)
_BR_GONE = re.compile(_br(r"\b(?:ar post|al labour) (?:a zo|zo|eo) (?:bet )?(?:leuniet|kemeret)\b"))

# Tok Pisin ("mipela i no inap givim dispela wok long yu", "mipela i no makim yu", "yu no winim")
_TPI_OUT = re.compile(
    r"\bmipela (?:i )?no (?:inap |ken )?makim yu\b"
    # (part J: "makim yu long dispela wik" is no date set for you this week)
    + _not_on(
        r"(?:dispela |despla |neks )?(?:wik|mun|de)|tude|tumora|mande|tunde|trinde|fonde|fraide|"
        r"sarere|sande"
    )
    # (part J: "givim" and "kisim" with the job, or "kisim yu" at the sentence's end: "i no
    # kisim yu long telefon" is a call missed, "i no givim yu pe" a payment)
    + r"|\bmipela (?:i )?no (?:inap |ken )?(?:givim|kisim) (?:yu )?(?:dispela |despla )?wok"
    # (not "nau", now, nor "long mun bihain", next month, after it)
    r"(?!(?: long yu)?[ ,]+(?:nau|yet|long (?:dispela |despla |neks )?(?:wik|mun))\b)"
    r"(?: long yu)?\b"
    r"|\bmipela (?:i )?no (?:inap |ken )?kisim yu(?= *(?:[.,;!\n]|$)| long (?:dispela |despla )?"
    r"(?:wok|kampani|ples wok)\b)"
    r"|\byu no (?:bin )?(?:winim|pas long|kisim) (?:dispela |despla )?(?:wok|intaviu|test)\b"
)
# ("mipela i makim pinis narapela man", "narapela meri i kisim dispela wok")
_TPI_OTHER = re.compile(
    r"\bmipela (?:i )?(?:makim|kisim|pilim) (?:pinis )?(?:wanpela )?(?:narapela|narapla) "
    r"(?:man|meri|lain|kandidet)\b"
    r"|\b(?:narapela|narapla) (?:man|meri|kandidet) i kisim (?:pinis )?(?:dispela |despla )?wok\b"
    r"|\b(?:dispela|despla) wok i go (?:pinis )?long (?:narapela|narapla) (?:man|meri|kandidet)\b"
)
_TPI_GONE = re.compile(r"\b(?:dispela|despla) wok i (?:gat man pinis|pulap pinis)\b")

# Yiddish ("איר זענט נישט אויסגעקליבן", "מיר קענען אייך נישט אננעמען")
_YI_OUT = re.compile(
    r"\b(?:איר זענט|דו ביסט|זענט איר|ביסטו) (?:\S+ )?(?:נישט|ניט) (?:אויסגעקליבן|אויסגעוויילט|"
    r"אנגענומען)\b"
    r"|\bמיר קענען (?:אייך|דיך) (?:\S+ )?(?:נישט|ניט) (?:אננעמען|אויסקלייבן|אנשטעלן)\b"
    + _not_on(r"(?:זונ|מאנ|דינס|דאנערש|פריי)(?:טיק|טאג)|מיטוואך|שבת|היינט|מארגן")
    + r"|\bמיר קענען (?:אייך|דיר) (?:\S+ )?(?:נישט|ניט) (?:פארשלאגן|געבן) (?:די|דעם) (?:שטעלע|"
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
    + _not_on(r"di(?:luns?|mars|mècres|jòus|vendres|ssabte|menge)|uèi|deman|a temps|abans|fins")
)
# ("avèm causit una autra persona", "an retengut un autre candidat")
_OC_OTHER = re.compile(
    r"\b(?:avèm|an|a) (?:causit|seleccionat|retengut|preferit|recrutat) (?:una autra|un autre) "
    r"(?:persona|candidat|candidata|perfil)\b"
)
_OC_GONE = re.compile(r"\blo pòst (?:es|foguèt) (?:ja )?(?:estat )?(?:ocupat|provesit|pres)\b")
# (part J: the post given to another, "lo pòst es estat atribuit a una autra persona")
_OC_GIVEN = re.compile(
    r"\b(?:lo pòst|lo trabalh) (?:es|foguèt) (?:estat )?(?:atribuit|balhat|donat) a (?:una autra|"
    r"un autre) (?:persona|candidat|candidata)\b"
)

# Setswana ("ga o a tlhophiwa", "kopo ya gago ga e a atlega", "re tlhophile mongwe yo mongwe")
_TN_OUT = re.compile(
    r"\bga (?:o|lo) a (?:tlhophiwa|atlega|amogelwa|thapiwa)\b"
    r"|\bkopo ya (?:gago|lona)\b[^.!?\n]{0,30}?\bga e a (?:atlega|amogelwa)\b"
    r"|\bga re a (?:go|lo) tlhopha\b"
    r"|\bga re kgone go (?:go|lo) (?:tsaya|thapa|tlhopha)\b"
    + _not_on(r"mosupologo|labo(?:bedi|raro|ne|tlhano)|lamatlhatso|tshipi|gompieno|kamoso|ntle")
)
_TN_OTHER = re.compile(
    r"\bre (?:tlhophile|thapile|tserile) (?:mongwe yo mongwe|motho yo mongwe|mokopi yo mongwe)\b"
    # (part J: the job given to another; "le yo mongwe" after it is everyone)
    r"(?! le yo mongwe)"
    r"|\btiro e neilwe (?:mongwe|motho|mokopi) yo mongwe\b(?! le yo mongwe)"
)
_TN_GONE = re.compile(r"\b(?:maemo|tiro) (?:\w+ )?(?:setse )?(?:a |e )?tladitswe\b")

# Scots ("we'll no be takin ye on", "we cannae offer ye the job", "ye wisnae picked"; the job
# "gien tae" someone, "gone wi anither")
# (part J: "take ye" only with no day, time or errand after it: "we cannae take ye on Monday"
# moves an interview, "we'll no be takin ye oot fir lunch" is none; "offer" and "gie" only with
# the job: "we cannae offer ye mair than" is an offer's pay, "gie ye a lift" a lift)
_SCO_NOT_ON = _not_on(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the morn|the day|till|until|afore|before|yet|"
    r"oot|out|hame|home|(?:for|fir) (?:lunch|dinner|yer tea|a pint|a drink)|withoot|without|"
    r"unless|tour|trip|visit|walk|wild|ride|chase|journey|jaunt"
)
_SCO_JOB = r"(?:the|a|this|that|oor|yer) (?:\w+ )?(?:job|post|place|position|role|start|contract)\b"
_WE_LL_NO = r"\bwe(?:" + _AP + r"ll| will| wull) no be "
_WE_CANNAE = r"\bwe (?:cannae|canna|cannie) "
_SCO_OUT = re.compile(
    f"{_WE_LL_NO}(?:takin|taking) ye on\\b{_SCO_NOT_ON}"
    f"|{_WE_LL_NO}(?:offerin|offering|giein|gien) ye {_SCO_JOB}{_SCO_NOT_ON}"
    f"|{_WE_CANNAE}(?:offer|gie) ye {_SCO_JOB}{_SCO_NOT_ON}"
    f"|{_WE_CANNAE}(?:tak|take) ye(?: on)?\\b{_SCO_NOT_ON}"
    + r"|\bye (?:didnae|didna|didnie|didny) get (?:the|this|that) (?:job|post|place|position)\b"
    r"(?! *\?)"
    r"|\bdecided no tae (?:tak|take) ye (?:forrit|forward|further|on)\b"
    r"|\bye (?:wisnae|werenae|wernae|werena|wisna) (?:\w+ )?(?:picked|chosen|successful|selected|"
    r"shortlistit|shortlisted)\b"
    r"|\bye" + _AP + r"(?:ve|re) no (?:been )?(?:picked|chosen|selected|successful|shortlistit)\b"
)
_SCO_OTHER = re.compile(
    r"(?<!nae )(?<!no )\b(?:gien|gied|given|gave) (?:the |oor |the \S+ )?(?:job|post|place|"
    r"position) tae (?!ye\b|you\b)(?:a|an|anither|someone|somebody|some|\w+ fae)\b"
    # (part J: "anither" only with a person or alone: "gone wi anither plumber" is a supplier)
    r"|\b(?:gone|gane|went|goin|gaun) wi (?:someb\w*|someone)(?: else| ither)?\b"
    r"|\b(?:gone|gane|went|goin|gaun) wi anither(?= (?:\w+ )?(?:candidate|applicant|person|yin|"
    r"one|body|lass|lassie|lad|laddie|wumman|woman|man|chap|fella)\b| *(?:[.,;!\n]|$))"
    r"|\b(?:job|post|place|position)(?:" + _AP + r"s| has| hes| is)? (?:gane|gone|went) tae "
    r"(?:someb\w*|someone|anither)\b"
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
    # (part J: the noun whole: "आपदा", a disaster, holds "पद")
    _HI_L
    + r"(?:पद|नौकरी|पोस्ट|जगह|पोजीशन|पोज़िशन)(?:ों)?"
    + _HI_R
    + r"[^।.!?\n]{0,40}?(?:किसी (?:और|अन्य|दूसरे|दूसरी)|"
    # (part J: not a passenger, a customer, a village or an account: "सीट की जगह दूसरे यात्री को")
    r"(?:एक )?(?:अन्य|दूसरे|दूसरी)) (?!यात्री|ग्राहक|गा[ँं]व|खात|पते|नंबर)"
    r"(?:\S+ ){0,2}?को (?:दे (?:दिया|दी)|दिया|दी|सौंप (?:दिया|दी)|"
    r"सौंपा|सौंपी)" + _HI_R + r"(?! जा(?:एग|एं|ए))"
)
_HI_NOT_POSSIBLE = re.compile(
    _HI_L + r"(?:आपकी|आपका|आपको|तुम्हारी|तुम्हारा) (?:\S+ )?(?:नियुक्ति|चयन|नियुक्त करना) "
    # (part J: not with a day: "आपकी नियुक्ति कल संभव नहीं" is an appointment moved)
    r"(?:(?!कल |आज |अभी |परसों |सोम|मंगल|बुध|गुरु|शुक्र|शनि|रवि)\S+ )?(?:संभव|मुमकिन) नहीं" + _HI_R
)
# Kinyarwanda: the negative relative after "ko" ("ko mutatoranyijwe", that you were not chosen;
# "mutahawe akazi", you were not given the job)
_RW_NOT = re.compile(
    r"\b(?:ko |kuko )(?:mutatoranyijwe|utatoranyijwe|mutatsinze|utatsinze|mutahawe akazi|"
    r"utahawe akazi)\b"
    r"|\b(?:ntimwahawe|ntiwahawe) (?:uyu )?(?:akazi|mwanya)\b"
)
# Portuguese, Spanish: the reader's name not among those going on ("seu nome não está entre os
# que seguem para a entrevista", "tu nombre no está entre los que pasan a la entrevista"; the verb
# with where they go, as "os que seguem nosso perfil" are followers)
_NOT_AMONG = re.compile(
    # (part J: the reader or the name before it: "seu pedido não está entre os que seguem para
    # entrega" is an order)
    r"(?<!¿)\b(?:nome|candidatura|perfil|inscrição|você|voce|vc|nombre|usted|tú)\b[^.!?\n]{0,30}?"
    r"(?:(?<!¿)\bnão (?:está|estás|consta|figura|aparece|entrou) (?:entre (?:os|as)|na lista "
    r"d(?:os|as)) (?:que|quem) (?:(?:seguem|segue|passam|passaram|avançam|avançaram|continuam|vão "
    r"seguir|vão) (?:para|pra|à|ao|no|na|adiante|em frente)|foram (?:selecionad|aprovad|chamad)"
    r"[oa]s)\b"
    r"|(?<!¿)\bno (?:está|estás|figura|aparece) (?:entre|en la lista de) (?:los|las|quienes) "
    r"(?:que )?(?:(?:pasan|siguen|continúan|avanzan|pasaron) (?:a|al|en|adelante)|fueron "
    r"(?:seleccionad|aprobad)[oa]s)\b)"
)
# Korean: going on together with another applicant ("다른 지원자와 함께하기로 했습니다"), the verb's
# past ending read, so "함께하게 되면" (if) is none
_KO_WITH_OTHER = re.compile(
    r"다른 (?:지원자|후보자|분|인재|후보)(?:분)?(?:과|와|들과)[^.!?\n]{0,20}?"
    r"(?:함께하기로|함께 하기로|함께 일하기로|일하기로|진행하기로) (?:했|하였|결정했|결정하였)"
    r"|다른 (?:지원자|후보자|분|인재|후보)(?:분)?(?:과|와|들과)[^.!?\n]{0,20}?(?:함께하게|함께 "
    r"하게|함께 일하게|일하게) (?:되었|됐)"
)
# Arabic: another preferred or picked, in the third person and with the shadda ("اللجنة فضّلت
# متقدماً آخر", "انتقت الإدارة مرشحة أخرى"; not the courtesy "تفضلتم", you kindly did)
_AR_PREFERRED = re.compile(
    r"(?<!لم )(?<!لا )(?<!ت)(?:فض\u0651?ل\u064e?(?:ت|نا|وا)|انتقت|انتقى|انتقينا|انتقوا|اختارت|"
    r"اختاروا|رش\u0651?حت|رش\u0651?حنا)(?:(?!\bمع\b)[^.!?\n]){0,25}?"
    r"(?:مرشح|مرشحة|متقدم|متقدمة|شخص)(?:ا|ًا|اً)? "
    r"(?:آخر|أخرى|اخر|اخرى)"
)

# ---------------------------------------------------------------------------------------------
# The readings: ahead of the slices
# ---------------------------------------------------------------------------------------------

# Quechua ("manam akllasqachu kanki", "huk runatam akllarqayku", "wak runatam …"; the negation's
# "-chu" after a choice makes it none)
_QU_OUT = re.compile(
    r"\bmana(?:m|n)? (?:\w+ )?akllasqa(?:chu)? (?:kanki|karqanki)(?:chu)?\b"
    r"|\bmana(?:m|n)? atiykuchu (?:qamta |qanta )?(?:chaskiyta|akllayta|llamk['\u2019]?achiyta)\b"
)
_QU_OTHER = re.compile(
    r"\b(?:huk|wak) (?:\w+ )?(?:runata|warmita|postulanteta|kandidatota)m? "
    r"akllarqa(?:yku|nku|n)(?!chu)\b"
)
_QU_GONE = re.compile(r"\b(?:llamk['\u2019]?ay|cargo)\w* (?:\w+ )?huntasqañam?\b")

# Guarani ("ndereñeporavói", "roiporavo ambue tapicha"; its negation "nd…i" wraps the verb)
_GN_OUT = re.compile(
    r"\b(?:ndereñeporavói|ndereñeporavoi|ndaroiporavói|ndaroiporavoi|ndaroporavói|ndaroporavoi)"
    r"(?!ramo)\b"
)
_GN_OTHER = re.compile(
    r"\b(?:roiporavo|roiporavóma|oñeporavo) (?:\w+ )?ambue (?:tapicha|postulante|kandidato)\b"
)

# Bislama ("mifala i no jusum yu", "mifala i jusum narafala man", "wok ia i fulap finis")
# (part J: "tekem" and "givim" with the job, or "tekem yu" at the sentence's end: "i no tekem yu
# long ples blong plen" is a lift missed, "i no givim yu pei" a payment)
_BI_OUT = re.compile(
    r"\bmifala i no (?:save |naf )?(?:jusum|akseptem) (?:yu|wok ia)\b"
    r"|\bmifala i no (?:save |naf )?(?:givim|tekem) (?:yu )?(?:wok ia|wok)\b"
    r"|\bmifala i no (?:save |naf )?tekem yu(?= *(?:[.,;!\n]|$)| long wok\b)"
)
_BI_OTHER = re.compile(
    r"\bmifala i (?:jusum|tekem|pikim) (?:finis )?(?:wan )?(?:narafala|nara) (?:man|woman|"
    r"aplikan|kandidet)\b"
    r"|\b(?:narafala|nara) (?:man|woman) i (?:kasem|tekem) wok ia\b"
    r"|\b(?:wok ia i go|mifala i givim wok ia) long (?:narafala|nara) (?:man|woman|aplikan|"
    r"kandidet)\b"
)
_BI_GONE = re.compile(r"\bwok ia i (?:fulap finis|gat man finis)\b")

# Fijian ("o sega ni digitaki", "na nomu kerekere e sega ni rawati", "keimami sa digitaka e dua
# tale na tamata")
_FJ_OUT = re.compile(
    r"\bo (?:a )?sega ni (?:digitaki|vakadigitaki|ciqomi|rawata)\b"
    r"|\bna nomu (?:kerekere|itukutuku)\b[^.!?\n]{0,30}?\be sega ni (?:rawati|ciqomi)\b"
    r"|\bkeimami sega ni rawa ni (?:ciqomi iko|solia vei iko na (?:cakacaka|itutu))\b"
)
_FJ_OTHER = re.compile(
    r"\b(?:keimami|keitou) (?:sa )?(?:digitaka|vakadigitaka|ciqoma) e dua (?:tale na (?:tamata|"
    r"dau kerekere)|na (?:tamata|dau kerekere) tani)\b"
    # (part J: the passive, "sa digitaki e dua tale na tamata")
    r"|\bsa (?:digitaki|vakadigitaki|ciqomi) e dua tale na (?:tamata|dau kerekere)\b"
)
_FJ_GONE = re.compile(r"\bsa (?:tawa|vakatawani) oti na (?:itutu|cakacaka)\b")

# Tigrinya ("ኣይተመረጽኩምን", you were not chosen; "ጠለብኩም ኣይተቐበልናዮን"; "ካልእ ሕጹይ መሪጽና")
_TI_OUT = re.compile(
    r"(?<![\u1200-\u137f])ኣይተመረጽ[\u1200-\u137f]*"
    r"|ጠለብ(?:ኩም|ካ|ኪ)[^.!?።\n]{0,20}?ኣይተቐበልና[\u1200-\u137f]*"
    r"|ክንቕጽል ኣይከኣልናን"
)
# (part J: another person, "ካልእ ሕጹይ"; "ንካልእ ስራሕ ተመሪጹ" is a colleague chosen for another post)
_TI_OTHER = re.compile(
    r"ካልእ (?:ሕጹይ|ሰብ|ተወዳዳሪ|ኣመልካቲ)[\u1200-\u137f]*[^.!?።\n]{0,20}?(?:መሪጽና|ተመሪጹ|ተመሪጻ)"
)
_TI_GONE = re.compile(r"እቲ (?:ቦታ|ስራሕ) (?:ድሮ )?ተመሊኡ")

# Sindhi ("توهان کي چونڊيو نه ويو", "توهان جي درخواست رد ڪئي وئي", "ٻئي اميدوار کي چونڊيو ويو")
_SD_OUT = re.compile(
    # (part J: the verb's forms whole: "چونڊڻ ۾ دير نه ٿيندي" is no delay in choosing you)
    r"توهان (?:کي|جي)[^.!?۔\n]{0,30}?(?:چونڊيو|چونڊيا|چونڊي|منتخب)(?![\u0600-\u06ff])"
    r"[^.!?۔\n]{0,15}?نه (?:ٿي|ويو|ٿيو|ڪيو|سگهيا|ٿيا)(?![\u0600-\u06ff])"
    r"|توهان جي درخواست[^.!?۔\n]{0,20}?(?:رد ڪئي وئي|قبول نه ٿي)"
)
_SD_OTHER = re.compile(r"ٻئي (?:اميدوار|شخص)[^.!?۔\n]{0,25}?(?:چونڊيو|چونڊي|منتخب ڪيو)")
_SD_GONE = re.compile(r"(?:جڳهه|عهدو|پوسٽ)[^.!?۔\n]{0,20}?ڀرجي (?:چڪي|چڪو|وئي|ويو)")

# Wolof ("tànnuwunu la", "dunu la mënë jël", "tànn nanu keneen", "palaas bi fees na")
_WO_OUT = re.compile(
    r"\b(?:tànnuwunu|tannuwunu|tànnuñu|tannunu) la\b"
    r"|\bdunu la (?:mënë |mene )?(?:tànn|tann|jël|jel)\b"
    + _not_on(r"altine|talaata|àllarba|allarba|alxamis|àjjuma|ajjuma|gaawu|dibéer|dibeer|tey|ëllëg")
    + r"|\bsa (?:laaj|ndigal) (?:\w+ )?antuwul\b"
)
_WO_OTHER = re.compile(
    r"\b(?:tànn|tann|jël|jel) nanu (?:beneen (?:nit|ndawkat|kandida)|keneen)\b"
    r"|\b(?:tànnees|tannees) na keneen\b"
    # (part J: the other put first, "keneen lanu tànn"; not asked)
    r"|\bkeneen la(?:ñu|nu) (?:tànn|tann|jël|jel)\b(?! *\?)"
)
_WO_GONE = re.compile(r"\bpalaas bi (?:\w+ )?fees na\b")

# Sesotho ("ha o a kgethwa", "kopo ya hao ha e a atleha", "re kgethile motho e mong")
_ST_OUT = re.compile(
    r"\bha (?:o|le) a (?:kgethwa|atleha|amohelwa|hirwa)\b"
    r"|\bkopo ya (?:hao|lona)\b[^.!?\n]{0,30}?\bha e a (?:atleha|amohelwa)\b"
    r"|\bha re kgone ho (?:o|le) (?:hira|nka|kgetha)\b"
    + _not_on(r"mantaha|labo(?:bedi|raro|ne|hlano)|moqebelo|sontaha|kajeno|hosane|ntle")
)
# (part J: "e mong le e mong" is each and every one; the job given to another)
_ST_OTHER = re.compile(
    r"\b(?:re (?:kgethile|hirile|nkile)|mosebetsi o filwe) (?:motho|mokopi) e mong\b"
    r"(?! le e mong)"
)
_ST_GONE = re.compile(r"\b(?:boemo|mosebetsi)\b[^.!?\n]{0,20}?\btlatsitswe\b")

# Kyrgyz ("сиз тандалган жоксуз", "арызыңыз кабыл алынган жок", "башка талапкерди тандадык")
_KY_OUT = re.compile(
    # (part J: not reported, "… жоксуз деп ойлобоңуз", don't think that you were not chosen)
    r"\bсиз (?:\w+ ){0,4}?(?:тандалган жоксуз|тандалбадыңыз|өткөн жоксуз)\b(?! деп\b)"
    r"|\b(?:арызыңыз|талапкерлигиңиз) (?:\w+ ){0,3}?(?:кабыл алынган жок|кабыл алынбады|"
    r"четке кагылды)"
    r"|\bсиз менен (?:\w+ )?улантуу мүмкүн эмес"
)
_KY_OTHER = re.compile(
    r"\bбашка (?:талапкерди|адамды|кандидатты) (?:\w+ )?(?:тандадык|алдык)"
    r"|\bбашка талапкер тандалды"
)
# (part J: the post, "бул орун", "бош орун", "кызмат орду": "бардык орундар ээленди" are seats)
_KY_GONE = re.compile(r"\b(?:кызмат орд\w*|(?:бул|ошол|бош) орун) (?:\w+ )?(?:ээленди|толтурулду)")

# Tatar ("сез сайланмадыгыз", "гаризагыз кабул ителмәде", "башка кандидатны сайладык")
_TT_OUT = re.compile(
    r"\bсез (?:\w+ ){0,3}?сайланмадыгыз\b(?! дип\b)"
    r"|\b(?:гаризагыз|кандидатурагыз) (?:\w+ )?кабул ителмәде"
    r"|\bсезне (?:\w+ )?сайлый алмадык"
)
_TT_OTHER = re.compile(
    r"\bбашка (?:кандидатны|кешене) (?:\w+ )?(?:сайладык|сайлап алдык)|\bбашка кандидат сайланды"
)
_TT_GONE = re.compile(r"\bвакансия (?:инде )?(?:ябылды|тулды)")

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
    ("chose_other", _OC_GIVEN),
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
    ("reader_out", _QU_OUT),
    ("chose_other", _QU_OTHER),
    ("role_gone", _QU_GONE),
    ("reader_out", _GN_OUT),
    ("chose_other", _GN_OTHER),
    ("reader_out", _BI_OUT),
    ("chose_other", _BI_OTHER),
    ("role_gone", _BI_GONE),
    ("reader_out", _FJ_OUT),
    ("chose_other", _FJ_OTHER),
    ("role_gone", _FJ_GONE),
    ("reader_out", _TI_OUT),
    ("chose_other", _TI_OTHER),
    ("role_gone", _TI_GONE),
    ("reader_out", _SD_OUT),
    ("chose_other", _SD_OTHER),
    ("role_gone", _SD_GONE),
    ("reader_out", _WO_OUT),
    ("chose_other", _WO_OTHER),
    ("role_gone", _WO_GONE),
    ("reader_out", _ST_OUT),
    ("chose_other", _ST_OTHER),
    ("role_gone", _ST_GONE),
    ("reader_out", _KY_OUT),
    ("chose_other", _KY_OTHER),
    ("role_gone", _KY_GONE),
    ("reader_out", _TT_OUT),
    ("chose_other", _TT_OTHER),
    ("role_gone", _TT_GONE),
)
