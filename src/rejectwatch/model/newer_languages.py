# ruff: noqa: RUF002, RUF003  (Cyrillic, Malayalam, Sinhala and Amharic letters are read)
"""Outcome readings in Māori, Scottish Gaelic, Esperanto, Kurmanji, Belarusian, Haitian Creole,
Cebuano, Malayalam and Sinhala, and the Amharic choice of another said with any word for the
candidate (issue 11, twentieth pass, part C).

Blind slice 18 missed ten refusals in languages no module read, all in the shapes the other
languages' readings know: the reader not chosen ("kāore koe i whiriwhiria", "nach deach ur
taghadh", "wala ka mapili", "നിങ്ങളെ തിരഞ്ഞെടുത്തിട്ടില്ല", "ඔබව තෝරා ගැනීමට නොහැකි වූ"),
someone else chosen ("kua whiriwhiria e mātou tētahi atu kaitono", "ni elektis alian
kandidaton", "em bi berendamek din re bixebitin", "абрала іншага кандыдата", "nou te chwazi yon
lòt moun"), the post filled, and a competition's result ("Вынікі конкурсу": the commission chose
another). The tenth, in Amharic (read since the nineteenth pass), said "ሌላ ተወዳዳሪ መርጠናል" (we
chose another contestant): the reading knew only "እጩ", "አመልካች" and "ሰው" for the one chosen,
so the choice is read now with any one or two words after "ሌላ" (another) before the verb.

Each language brings its checks' words like the other modules of
rejectwatch.model.language_modules: conditionals and silence rules ("mēnā", "ki te kore";
"ma tha", "mura"; "se vi … -os"; "heke", "eger"; "калі", "у выпадку"; "si ou", "sof si";
"kung dili", "kon wala"; Malayalam "-ങ്കിൽ"; Sinhala "නම්", "-ොත්"), decisions still to come
("kāore anō", "fhathast", "ankoraŭ ne", "hê ne", "яшчэ не", "poko", "wala pa", "ഇതുവരെ",
"තවමත්"), the guard's negations, regrets, invitations and offers, and the gate's words for a
thing no job (a loan, rent, a scholarship, insurance) and for a job.

Short words that are common words elsewhere are read only in their own phrases: Gaelic "ma"
(Maltese, Czech "ma") only before a Gaelic verb; Esperanto "se" (the Romance and Slavic
reflexive) only before "vi"/"ni" and a verb in -os, -as, -us; Haitian "si" (Romance "si") only
before "ou", "w", "nou", "yo"; Cebuano "kon" (Dutch "could") only before its negations; Māori
"mena" (Italian "leads") only before its subjects. In the abugidas (Malayalam, Sinhala) a word
ends where no letter of its script follows, so "තීරණය" (decision) holds no "ණය" (loan), and a
negative past followed by a conditional suffix ("തിരഞ്ഞെടുത്തിട്ടില്ലെങ്കിൽ", if you are not
chosen) is no match of it.

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

# Apostrophes (Gaelic "dh'fhaodadh", "n-iarrtas"; Belarusian "інтэрв'ю")
_AP = "['\u2018\u2019]"
# The end of a Malayalam or Sinhala word: no letter or sign of its script follows
_ML_END = r"(?![\u0d00-\u0d7f\u200c\u200d])"
_ML_START = r"(?<![\u0d00-\u0d7f\u200c\u200d])"
_SI_END = r"(?![\u0d80-\u0dff\u200c\u200d])"
_SI_START = r"(?<![\u0d80-\u0dff\u200c\u200d])"


def _chillu(pattern: str) -> str:
    """A Malayalam pattern with each atomic chillu (ൽ, ർ, ൻ, ൺ, ൾ) also read as its older
    spelling, the consonant, a virama and a zero-width joiner."""
    for atomic, base in (
        ("\u0d7d", "\u0d32"),
        ("\u0d7c", "\u0d30"),
        ("\u0d7b", "\u0d28"),
        ("\u0d7a", "\u0d23"),
        ("\u0d7e", "\u0d33"),
    ):
        pattern = pattern.replace(atomic, "(?:" + atomic + "|" + base + "\u0d4d\u200d)")
    return pattern


# ---------------------------------------------------------------------------------------------
# The checks' words (appended to languages.CONDITIONAL and NOT_YET)
# ---------------------------------------------------------------------------------------------

CONDITIONAL = (
    # Māori ("mēnā", "ki te kore", if not; "mena" only before its subjects)
    r"|\b(?:mēnā|mēna|menā|mena (?:koe|kāore|kaore|kua|tō)|ki te kore (?:koe|mātou|"
    r"matou|e|tō|to)|"
    # Scottish Gaelic ("ma" and "mura" before a verb, "air eagal")
    r"ma (?:tha|bha|bhios|chaidh|thèid|theid|gheibh|fhuair|chluinn|thaghas|dh" + _AP + r"\w+)|"
    r"mur(?:a)? (?:deach|d" + _AP + r"fhuair|do|eil|bi|bheil|cluinn|tèid|teid)|air eagal|"
    # Esperanto ("se" only before "vi"/"ni" and a verb; "kaze ke", "kondiĉe ke")
    r"se (?:vi|ni) (?:ne |ja )?\w+(?:os|as|us)|kaze ke|kondiĉe ke|kondicxe ke|"
    # Kurmanji ("heke", "heger", "eger", "di rewşa ku")
    r"heke|heger|eger (?:hûn|tu|em|serlêdana|ku)|di rewşa ku|"
    # Belarusian ("калі", "у выпадку", "у разе", "пры ўмове"); "калі" is also "when": not before
    # a past verb within two words, none of them the reader or a negation ("Калі камісія
    # разгледзела заявы, яна абрала …", told of the past; "калі вы не былі абраны" stays a
    # condition), nor in "калі ласка" (please); twenty-first pass, part D
    r"калі(?! ласка)(?!(?: (?!не\b|вы\b|ты\b|ваш\w*|вас\b|вам\b|цябе\b|тваю?\b|твая\b|"
    r"тваё\b)\w+){0,2} \w{2,}(?:ла|лі|ло|ў)\b)|у выпадку|ў выпадку|у разе|ў разе|пры ўмове|"
    # Haitian Creole ("si" only before its subjects; "sof si", "an ka", "nan ka")
    r"si (?:ou|w|nou|yo|aplikasyon)|sof si|an ka|nan ka ou|"
    # Cebuano ("kung"/"kon" before its negations and subjects, "basin", "kaso nga")
    r"kung (?:dili|imong|wala ka|ikaw)|kon (?:dili|wala|ikaw|imong)|basin (?:wala|dili)|"
    r"kaso nga)\b"
    # Malayalam (the conditional suffix "-ങ്കിൽ", "പക്ഷം"), Sinhala ("නම්", the suffix "-ොත්")
    r"|ങ്കി(?:ൽ|ല\u0d4d\u200d)|" + _ML_START + r"പക്ഷം|නම්" + _SI_END + r"|ොත්" + _SI_END
)
NOT_YET = (
    r"|\b(?:kāore anō|kaore ano|ina oti|ina tau|"
    r"fhathast|cho luath (?:" + _AP + r"s|is) a|"
    r"ankoraŭ ne|ankoraux ne|ankorau ne|tuj kiam|"
    r"hê ne|hêj ne|hîn ne|hê nehatiye|gava ku em|dema ku em|"
    r"яшчэ не|пакуль не|як толькі|"
    r"poko|pa ankò|lè nou (?:fin|deside|chwazi)|"
    r"wala pa|dili pa|inig human)\b"
    r"|" + _ML_START + r"(?:ഇതുവരെ|ഇനിയും)" + _ML_END + r"|" + _SI_START + r"තවම(?:ත්)?" + _SI_END
)

# The guard's negations and regrets (rejectwatch.model.said_plainly), each language's own
NEGATION = (
    r"|\b(?:kāore e taea|kaore e taea|kāore mātou e|chan urrainn dhuinn|cha bhi sinn|"
    r"ni ne povas|ni ne povos|ne eblas|em nikarin|em ê nikaribin|не можам|не зможам|"
    r"nou pa ka|nou pa kapab|nou p ap ka|dili (?:mi|kami|namo) (?:makahimo|ka)\w*)\b"
    r"|(?:കഴിയില്ല|സാധിക്കില്ല|കഴിഞ്ഞില്ല)" + _ML_END + r"|නොහැකි" + _SI_END
)
REGRET = (
    r"|\b(?:e pōuri ana mātou|e pouri ana matou|me te pōuri|aroha mai|"
    r"tha sinn duilich|tha mi duilich|gu mì-fhortanach|gu mi-fhortanach|is duilich leinn|"
    r"bedaŭrinde|bedauxrinde|bedaurinde|ni bedaŭras|ni bedauxras|"
    r"mixabin|bi xemgînî|на жаль|шкадуем|з жалем|"
    r"malerezman|nou regrèt|nou dezole|ikasubo|nasubo (?:mi|kami))\b"
    r"|" + _chillu(r"(?:ഖേദപൂർവ്വം|ഖേദത്തോടെ|ഖേദിക്കുന്നു|നിർഭാഗ്യവശാൽ)") + r"|(?:කණගාටු|කනගාටු|අවාසනාවට)"
)

# ---------------------------------------------------------------------------------------------
# The guard: an invitation to an interview, an offer (rejectwatch.model.guard_abroad)
# ---------------------------------------------------------------------------------------------

INVITED = (
    r"|\b(?:pōwhiri|powhiri|pōwhiritia|powhiritia)\b[^.!?\n]{0,30}?\b(?:uiuinga|uiui)\b"
    r"|\bcuireadh (?:\w+ ){0,3}?(?:gu|airson) (?:\w+ )?agallamh\b"
    r"|\b(?:invitas|inviti|invitos) vin (?:al|por) (?:\w+ )?(?:intervjuo|interparolo|provtago|"
    r"renkontiĝo)"
    r"|\b(?:we|te) (?:\w+ )?(?:vedixwînin|vexwînin|dawet dikin)\b[^.!?\n]{0,30}?\bhevpeyvîn"
    r"|\b(?:we|te) (?:ji bo |bo )?hevpeyvîn\w* (?:vedixwînin|vexwînin|dawet bikin|dawet dikin)\b"
    r"|\b(?:запрашаем|запрасіць|запросім) (?:вас|цябе) (?:\w+ )?на (?:\w+ )?(?:сумоўе|гутарку|"
    r"інтэрв" + _AP + r"ю|сустрэчу|наступны этап|пробны дзень)"
    r"|\bnou (?:ta renmen |kontan )?envite (?:w|ou)\b[^.!?\n]{0,30}?\b(?:entèvyou|entrevi|"
    r"entretyen)"
    r"|\b(?:gi-?imbitar|imbitahon|gidapit|dapiton) (?:ka|kamo)\b[^.!?\n]{0,30}?\binterview"
    r"|"
    + _chillu(r"അഭിമുഖത്തിന്[^.!?\n]{0,20}?(?:ക്ഷണിക്കുന്നു|ക്ഷണിക്കാൻ)")
    + r"|සම්මුඛ පරීක්ෂණ[^.!?\n]{0,30}?(?:ආරාධනා කර|කැඳවන්නෙමු)"
)
OFFERED = (
    r"|\btuku (?:atu )?i te tūranga ki a koe\b"
    r"|\ban dreuchd a thabhann (?:dhuibh|dhut)\b"
    r"|\b(?:proponi|proponas|proponos) al vi (?:\w+ )?(?:postenon|laboron|kontrakton)\b"
    r"|\b(?:pozîsyon|kar|peyman)\w*\b[^.!?\n]{0,30}?\bpêşkêşî (?:we|te) (?:bikin|dikin)\b"
    r"|\b(?:прапанаваць|прапануем) (?:вам|табе) (?:\w+ )?(?:пасаду|працу|кантракт)"
    r"|\bnou (?:ta renmen |kontan )?ofri (?:w|ou) (?:pòs la|travay la|yon kontra|djòb la)"
    r"|\b(?:itanyag|ihatag|gitanyag) (?:\w+ )?kanimo (?:ang )?(?:posisyon|trabaho)\b"
    r"|" + _chillu(r"(?:നിയമന ഉത്തരവ്|ഓഫർ ലെറ്റർ)") + r"|(?:පත්වීම් ලිපිය|තනතුර (?:ඔබට )?පිරිනම)"
    # Amharic (rejectwatch.model.added_languages reads its invitation, no offer): "የሥራ መደቡን
    # ልንሰጥዎ", "የቅጥር ደብዳቤዎ"
    r"|(?:የሥራ መደቡን|የስራ መደቡን|ቦታውን) (?:ልንሰጥዎ|ልናቀርብልዎ|ሰጥተንዎታል)|የቅጥር ደብዳቤ"
)

# ---------------------------------------------------------------------------------------------
# The gate: a thing no job and the job words that keep the gate open (rejectwatch.model.gate)
# ---------------------------------------------------------------------------------------------

NOT_A_JOB = (
    r"|\b(?:taurewa|karahipi|inihua|rēti|"
    r"iasad|sgoilearachd\w*|àrachas|ballrachd|"
    r"prunto\w*|lupago\w*|loĝejo\w*|stipendio\w*|asekuro\w*|membreco\w*|"
    r"kredî|kirê|bursa xwendinê|sîgorta\w*|endamtî\w*|"
    r"крэдыт\w*|пазык\w*|арэнд\w*|кватэр\w*|стыпенд\w*|страхоўк\w*|"
    r"lwaye|bous detid|bous etid|asirans|"
    r"pahulam|iskolarsip|insurans)\b"
    r"|"
    + _ML_START
    + _chillu(r"(?:വായ്പ|ലോൺ|വാടക|സ്കോളർഷിപ്പ്|ഇൻഷുറൻസ്)")
    + r"|"
    + _SI_START
    + r"(?:ණය|කුලී|ශිෂ්‍යත්ව|රක්ෂණ)"
)
A_JOB = (
    r"|\b(?:tūranga|turanga|kaitono|uiuinga|"
    r"dreuchd\w*|tagraiche\w*|"
    r"posteno\w*|kandidatiĝ\w*|kandidatigx\w*|intervju\w*|"
    r"karmend\w*|pozîsyon\w*|hevpeyvîn\w*|berendam\w*|"
    r"пасад\w*|вакансі\w*|кандыдат\w*|сумоў\w*|"
    r"pòs|djòb|entèvyou|kandida|"
    r"bakante|aplikante)\b"
    r"|" + _chillu(r"(?:തസ്തിക|ഒഴിവ്|അഭിമുഖ|ഉദ്യോഗാ|ജോലി)") + r"|(?:රැකියා|තනතුර|සම්මුඛ|අයදුම්කරු|අපේක්ෂක)"
)

# ---------------------------------------------------------------------------------------------
# The readings
# ---------------------------------------------------------------------------------------------

# Māori ("kāore koe i whiriwhiria", "kāore i angitu tō tono", "kāore e taea e mātou te tuku i te
# tūranga ki a koe")
_MI_CHOSEN = r"(?:whiriwhiria|kōwhiria|kowhiria|tohua|tīpakohia|tipakohia)"
_MI_OUT = re.compile(
    r"\b(?:kāore|kaore|kīhai|kihai) (?:koe|kōrua|korua|koutou) i (?:" + _MI_CHOSEN + r"|angitu)\b"
    r"|\b(?:kāore|kaore|kīhai|kihai) i angitu (?:tō|to|tāu|tau|tā kōrua|ā koutou) tono\b"
    r"|\b(?:kāore|kaore) e taea e (?:mātou|matou) te tuku (?:atu )?i te tūranga ki a koe\b"
    # a list's result: "kāore koe i uru ki te rārangi poto"
    r"|\b(?:kāore|kaore|kīhai|kihai) (?:koe|kōrua|koutou) i uru ki te (?:rārangi|rarangi) poto\b"
)
# ("kua whiriwhiria e mātou tētahi atu kaitono", "kua riro te tūranga i tētahi atu")
_MI_OTHER = re.compile(
    r"\bkua " + _MI_CHOSEN + r"(?: e (?:mātou|matou|te \w+))? (?:tētahi|tetahi|ētahi|etahi) atu"
    r" (?:kaitono|tangata)\b"
    r"|\bkua riro te (?:tūranga|turanga) i (?:tētahi|tetahi) atu\b"
)
_MI_GONE = re.compile(
    r"\bkua (?:whakakīia|whakakiia|kīia|kiia) (?:kē )?te (?:tūranga|turanga)\b"
    r"|\bte (?:tūranga|turanga)\b[^.!?\n]{0,30}?\bkua (?:whakakīia|whakakiia|kīia|kiia)\b"
)

# Scottish Gaelic ("nach deach ur taghadh", "cha do shoirbhich leibh", "chan urrainn dhuinn an
# dreuchd a thabhann dhuibh")
_GD_OUT = re.compile(
    r"\b(?:nach|cha) deach (?:ur|do) (?:taghadh|thaghadh|roghnachadh)\b"
    r"|\bcha do shoirbhich (?:leibh|leat|le ur n-iarrtas|le d" + _AP + r"iarrtas)\b"
    r"|\bchan urrainn dhuinn an dreuchd a thabhann (?:dhuibh|dhut)\b"
    # a list's result, and not going on: "cha deach ur cur air a' gheàrr-liosta", "chan eil sinn
    # a' dol air adhart le ur n-iarrtas"
    r"|\b(?:nach|cha) deach (?:ur|do) (?:chur|cur) air (?:a" + _AP + r" )?gheàrr-liosta\b"
    r"|\bchan eil sinn a" + _AP + r" dol air adhart le (?:ur n-iarrtas|d" + _AP + r"iarrtas)\b"
)
# ("thagh sinn tagraiche eile", "chaidh tagraiche eile a thaghadh")
_GD_OTHER = re.compile(
    r"(?<!\bdo )\bthagh (?:sinn|iad) (?:\w+ )?(?:tagraiche|cuideigin|neach|duine) eile\b"
    r"|\bchaidh (?:tagraiche|cuideigin|neach) eile a (?:thaghadh|roghnachadh|fhastadh)\b"
)
_GD_GONE = re.compile(r"\b(?:tha an dreuchd (?:\w+ )?air a lìonadh|chaidh an dreuchd a lìonadh)\b")

# Esperanto ("vi ne estis elektita", "via kandidatiĝo ne sukcesis", "ni ne povas proponi al vi
# la postenon", "ni decidis ne daŭrigi")
_EO_GX = r"(?:ĝ|gx|gh)"
_EO_OUT = re.compile(
    r"\bvi ne (?:estis|estas) (?:\w+ )?(?:elektita|elektitaj|akceptita|dungita|selektita)\b"
    r"|\bvia kandidati" + _EO_GX + r"o\b[^.!?\n]{0,30}?\bne (?:sukcesis|estis akceptita)\b"
    r"|\bni ne (?:povas|povos) (?:\w+ )?proponi al vi (?:la )?(?:postenon|laboron|kontrakton)\b"
    r"|\bni decidis ne (?:da[ŭu]rigi|dauxrigi|plu trakti)\b"
    # a list's result: "vi ne estas inter la elektitoj"
    r"|\bvi ne (?:estas|estis) inter la (?:elektitoj|finalistoj|elektitaj kandidatoj)\b"
)
# ("ni elektis alian kandidaton", "alia kandidato estis elektita")
_EO_OTHER = re.compile(
    r"(?<!\bne )\b(?:elektis|dungis|preferis|selektis|akceptis) (?:\w+ )?(?:alian|aliajn) "
    r"(?:kandidaton|kandidatinon|personon|kandidatojn|kandidati" + _EO_GX + r"anton)\b"
    r"|\balia (?:kandidato|kandidatino|persono) (?:\w+ )?(?:estis|estas) (?:elektita|dungita)\b"
    # (fifty-fifth pass: or one's own someone taken, who is described, "Majstro Tadeo tamen prenis
    # sian iaman lernanton el Zakopane, kiu tornas ludilojn", slice 115)
    r"|\b(?:prenis|elektis|dungis|akceptis|preferis) (?:sian|nian|lian|" + _EO_GX + r"ian|ilian) "
    r"(?:\w+ )?(?:lernanton|lernantinon|kolegon|koleginon|nevon|nevinon|filon|filinon|amikon|"
    r"amikinon|helpanton|najbaron)\b"
)
_EO_GONE = re.compile(
    r"\bla (?:posteno|loko|benko|laborloko) (?:\w+ )?(?:jam )?(?:estas|estis) (?:jam )?"
    r"(?:plenigita|okupita|nuligita|plena)\b"
)

# Kurmanji ("serlêdana we nehat qebûlkirin", "hûn nehatin hilbijartin", "em nikarin bi serlêdana
# we re berdewam bikin")
_KU_OUT = re.compile(
    r"\bserlêdana (?:we|te)\b[^.!?\n]{0,30}?\b(?:nehat|nehatiye) (?:qebûlkirin|pejirandin|"
    r"hilbijartin)\b"
    r"|\b(?:hûn|tu) (?:\w+ )?(?:nehatin|nehatî|nehatiye) (?:hilbijartin|qebûlkirin|pejirandin)\b"
    r"|\bem nikarin bi serlêdana (?:we|te) re berdewam bikin\b"
    # a list's result: "hûn derbasî qonaxa din nebûn"
    r"|\b(?:hûn|tu) derbasî (?:qonaxa|merheleya) (?:din|duyem|dawî) (?:nebûn|nebûyî)\b"
)
# ("me biryar da ku em bi berendamek din re bixebitin", "me berendamekî din hilbijart")
_KU_OTHER = re.compile(
    r"\b(?:berendam|namzet|kandîdat)\w* din (?:re )?(?:bixebitin|bixebite|hilbijart|"
    r"hilbijartiye|wergirt)\b"
    r"|\b(?:berendam|namzet|kandîdat)\w* din (?:hat|hate|hatiye) (?:hilbijartin|wergirtin)\b"
)
_KU_GONE = re.compile(
    r"\b(?:pozîsyon|cih)\w*\b[^.!?\n]{0,30}?\b(?:hat|hatiye) (?:dagirtin|tijekirin)\b"
)

# Belarusian ("вы не былі абраны", "ваша кандыдатура не прайшла", "не можам прапанаваць вам
# пасаду", "вырашылі не працягваць")
_BE_OUT = re.compile(
    r"\b(?:вы|ты) не (?:былі |быў |была )?(?:абраны|абраная|абраныя|адабраны|адабраная|"
    r"прайшлі (?:конкурс|адбор)|прайшоў (?:конкурс|адбор)|прайшла (?:конкурс|адбор))"
    r"|\bваша (?:кандыдатура|заява|заяўка)\b[^.!?\n]{0,30}?\bне (?:была )?(?:абрана|адабрана|"
    r"падтрымана|прынята|прайшла)"
    r"|\bне можам (?:прапанаваць вам|вам прапанаваць) (?:\w+ )?(?:пасаду|працу|кантракт)"
    r"|\bвырашылі не (?:працягваць|рухацца далей)"
    # a competition's or a list's result: "вы не ўвайшлі ў спіс", "не прайшлі ў наступны этап"
    r"|\b(?:вы|ты) не (?:ўвайшлі|увайшлі|трапілі|прайшлі|ўвайшоў|увайшоў|ўвайшла|увайшла) [уў] "
    r"(?:\w+ )?(?:спіс|наступны этап|другі этап|фінал)"
)
# ("камісія абрала іншага кандыдата", "перавагу аддалі іншаму кандыдату", "пераможцам конкурсу
# стаў іншы ўдзельнік")
_BE_OTHER = re.compile(
    r"(?<!\bне )\b(?:абрала|абраў|абралі|выбрала|выбраў|выбралі|прызначылі|узялі|аддалі перавагу|"
    r"перавагу аддалі) (?:\w+ )?(?:іншага|іншую|іншаму|іншай|іншых) (?:кандыдат|удзельнік|"
    r"ўдзельнік|прэтэндэнт|чалавек)\w*"
    r"|\bпераможцам (?:\w+ )?(?:стаў|стала|прызнаны|прызнана) (?:іншы|іншая)\b"
)
_BE_GONE = re.compile(
    r"\bпасада\b[^.!?\n]{0,30}?\b(?:ужо|ўжо|была) (?:занятая|занята|закрыта|запоўнена)\b"
)

# Haitian Creole ("nou pa ka kontinye ak aplikasyon ou", "aplikasyon ou pa te aksepte", "nou pa
# ka ofri w pòs la")
# (twenty-ninth pass, part Q: never a contest, a prize, a club's president, a team's captain, a
# speech: "nou pa chwazi ou pou konkou a", "yon lòt moun pou prezidan klib la")
_HT_NOT_A_POST = (
    r"(?![^.!?\n]*\b(?:konkou|pri a|pri la|prezidan|kapitèn|kapiten|diskou|lotri|tiraj|bòlèt)\b)"
)
_HT_OUT = re.compile(
    r"\bnou pa (?:ka|kapab|p ap ka|pral ka) (?:kontinye|avanse|ale pi lwen) (?:ak|avèk|avek) "
    r"aplikasyon (?:ou|w|nou)\b"
    r"|\bnou pa (?:te |t )?(?:chwazi|seleksyone|pran) (?:ou|w)\b"
    + _HT_NOT_A_POST
    + r"|\baplikasyon (?:ou|w)(?: an| a)? pa (?:te |t )?(?:aksepte|pase|reyisi)\b"
    r"|\bnou pa (?:ka|kapab) ofri (?:ou|w) (?:pòs la|travay la|djòb la)"
    # a list's result: "ou pa pase nan pwochen etap la"
    r"|\b(?:ou|w) pa (?:te |t )?pase nan (?:pwochen|dezyèm|dènye) etap\b"
)
# ("nou te chwazi yon lòt moun", "nou pran yon lòt kandida")
_HT_OTHER = re.compile(
    r"\bnou (?:te |fin |deja )?(?:chwazi|pran|anboche|angaje) (?:yon |de )?(?:lòt|lot) "
    r"(?:moun|kandida|aplikan|pèsonn)\b" + _HT_NOT_A_POST
)
_HT_GONE = re.compile(
    r"\bpòs la\b[^.!?\n]{0,20}?\b(?:deja ranpli|ranpli deja|te ranpli|fin ranpli)\b"
)

# Cebuano ("wala ka mapili", "wala madawat ang imong aplikasyon", "dili na namo ipadayon ang
# imong aplikasyon")
_CEB_OUT = re.compile(
    r"\b(?:wala|dili) (?:ka|kamo) (?:\w+ )?(?:mapili|napili|pilia|madawat|nadawat|makapasar|"
    r"nakapasar|ma-hire|na-hire)\b"
    r"|\b(?:wala|dili) (?:madawat|nadawat|maaprobahan|naaprobahan|mapili|napili) ang imong "
    r"aplikasyon\b"
    r"|\bimong aplikasyon\b[^.!?\n]{0,20}?\b(?:wala|dili) (?:madawat|nadawat|molampos|milampos)\b"
    r"|\bdili na (?:namo|nato) ipadayon ang imong aplikasyon\b"
    # a list's result: "wala ka nakasulod sa shortlist"
    r"|\bwala (?:ka|kamo) (?:nakasulod|makasulod|naapil|maapil) sa (?:shortlist|listahan|sunod nga)"
)
# ("laing aplikante ang napili", "nakapili na mi og laing kandidato")
_CEB_OTHER = re.compile(
    r"\b(?:laing|uban nga) (?:aplikante|kandidato|tawo)\b[^.!?\n]{0,15}?\b(?:ang )?(?:napili|"
    r"gipili|gikuha|na-hire)\b"
    r"|\b(?:gipili|nakapili|gikuha) (?:na )?(?:namo|mi|kami) (?:\w+ )?(?:og|ug|ang) (?:laing|"
    r"lain nga|uban nga) (?:aplikante|kandidato|tawo)\b"
)
_CEB_GONE = re.compile(r"\b(?:napuno|napun-an|na-fill|nasudlan) na (?:ang )?(?:posisyon|bakante)\b")

# Malayalam ("നിങ്ങളെ തിരഞ്ഞെടുത്തിട്ടില്ല", "നിങ്ങളുടെ അപേക്ഷ സ്വീകരിക്കാൻ കഴിയില്ല"; a
# negative past ends its word: "-ില്ലെങ്കിൽ", if not, is no match of it)
_ML_OUT = re.compile(
    _chillu(
        r"(?:നിങ്ങളെ|താങ്കളെ)[^.!?\n]{0,40}?(?:തിരഞ്ഞെടുത്തിട്ടില്ല|തിരഞ്ഞെടുക്കാൻ കഴിഞ്ഞില്ല|"
        r"തിരഞ്ഞെടുക്കാനായില്ല|നിയമിക്കാൻ കഴിയില്ല)"
        + _ML_END
        + r"|(?:നിങ്ങൾ|താങ്കൾ)[^.!?\n]{0,40}?(?:തിരഞ്ഞെടുക്കപ്പെട്ടിട്ടില്ല|തിരഞ്ഞെടുക്കപ്പെട്ടില്ല)"
        + _ML_END
        + r"|(?:നിങ്ങളുടെ|താങ്കളുടെ) (?:\S+ )?അപേക്ഷ[^.!?\n]{0,30}?(?:സ്വീകരിക്കാൻ കഴിയില്ല|"
        r"സ്വീകരിച്ചിട്ടില്ല|നിരസിച്ചു|നിരസിക്കപ്പെട്ടു)"
        + _ML_END
        # a list's result: "ചുരുക്കപ്പട്ടികയിൽ ഉൾപ്പെട്ടിട്ടില്ല"
        + r"|(?:ചുരുക്കപ്പട്ടിക|റാങ്ക് ലിസ്റ്റ്)[^.!?\n]{0,30}?(?:ഉൾപ്പെട്ടിട്ടില്ല|"
        r"ഉൾപ്പെടുത്തിയിട്ടില്ല|ഇടം നേടിയില്ല)" + _ML_END
    )
)
# ("മറ്റൊരു ഉദ്യോഗാർത്ഥിയെ തിരഞ്ഞെടുത്തു")
_ML_OTHER = re.compile(
    _chillu(
        r"(?:മറ്റൊരു|വേറൊരു|മറ്റ്) (?:ഉദ്യോഗാ|അപേക്ഷക|വ്യക്തി|ആള)[^.!?\n]{0,30}?"
        r"(?:തിരഞ്ഞെടുത്തു|തിരഞ്ഞെടുത്തിട്ടുണ്ട്|നിയമിച്ചു|തിരഞ്ഞെടുക്കപ്പെട്ടു)" + _ML_END
    )
)
_ML_GONE = re.compile(r"(?:തസ്തിക|ഒഴിവ്)[^.!?\n]{0,20}?(?:നികത്തി|നികത്തിക്കഴിഞ്ഞു|നികത്തപ്പെട്ടു)" + _ML_END)

# Sinhala ("ඔබව තෝරා ගැනීමට නොහැකි වූ බව", "ඔබේ අයදුම්පත ප්‍රතික්ෂේප කර ඇත"; a possibility in
# the past only, "නොහැකි වුවහොත්", if it is not possible, is none)
_SI_OUT = re.compile(
    r"(?:ඔබව|ඔබ)[^.!?\n]{0,40}?(?:තෝරා ගැනීමට|තෝරාගැනීමට) (?:අපට )?නොහැකි (?:වූ|විය|වුණා|බව)"
    r"|(?:ඔබව|ඔබ)[^.!?\n]{0,40}?(?:තෝරා ගෙන නැත|තෝරාගෙන නැත|තේරී නැත|තෝරා නොගන්නා ලදී)"
    + _SI_END
    + r"|(?:ඔබේ|ඔබගේ) (?:\S+ )?අයදුම්(?:පත|පත්‍රය)[^.!?\n]{0,30}?(?:ප්‍රතික්ෂේප කර ඇත|ප්‍රතික්ෂේප කරන ලදී|"
    r"සාර්ථක නොවූ|සාර්ථක වී නැත)"
    + _SI_END
    # a list's result: "කෙටි ලැයිස්තුවට ඇතුළත් කර නැත"
    + r"|කෙටි ලැයිස්තුවට[^.!?\n]{0,20}?(?:ඇතුළත් කර නැත|ඇතුළත් වී නැත|ඇතුළත් නොවීය)"
    + _SI_END
)
# ("වෙනත් අයදුම්කරුවෙකු තෝරා ගෙන ඇත")
_SI_OTHER = re.compile(
    r"(?:වෙනත්|තවත්) (?:අයදුම්කරු|අපේක්ෂක|පුද්ගල)[^.!?\n]{0,25}?(?:තෝරා ගෙන ඇත|තෝරාගෙන ඇත|"
    r"තෝරා ගත්තා|තෝරා ගන්නා ලදී|පත් කර ඇත)" + _SI_END
)
_SI_GONE = re.compile(r"තනතුර[^.!?\n]{0,20}?(?:පුරවා ඇත|පිරවී ඇත|පුරවා අවසන්)" + _SI_END)

# Amharic: another chosen, said with any word for the one chosen ("ሌላ ተወዳዳሪ መርጠናል", "ሌላ
# ባለሙያ ቀጥረናል"; the reading of rejectwatch.model.added_languages knew "እጩ", "አመልካች", "ሰው")
_AM_ANY_OTHER = re.compile(
    "ሌላ (?:[^\\s።.!?]+ ){1,3}?(?:መርጠናል|መረጥን|ቀጥረናል|ቀጠርን|ተመርጧል|ተመርጠዋል|ተቀጥሯል)(?![\u1200-\u135f])"
)

READINGS = readings(
    ("reader_out", _MI_OUT),
    ("chose_other", _MI_OTHER),
    ("role_gone", _MI_GONE),
    ("reader_out", _GD_OUT),
    ("chose_other", _GD_OTHER),
    ("role_gone", _GD_GONE),
    ("reader_out", _EO_OUT),
    ("chose_other", _EO_OTHER),
    ("role_gone", _EO_GONE),
    ("reader_out", _KU_OUT),
    ("chose_other", _KU_OTHER),
    ("role_gone", _KU_GONE),
    ("reader_out", _BE_OUT),
    ("chose_other", _BE_OTHER),
    ("role_gone", _BE_GONE),
    ("reader_out", _HT_OUT),
    ("chose_other", _HT_OTHER),
    ("role_gone", _HT_GONE),
    ("reader_out", _CEB_OUT),
    ("chose_other", _CEB_OTHER),
    ("role_gone", _CEB_GONE),
    ("reader_out", _ML_OUT),
    ("chose_other", _ML_OTHER),
    ("role_gone", _ML_GONE),
    ("reader_out", _SI_OUT),
    ("chose_other", _SI_OTHER),
    ("role_gone", _SI_GONE),
    ("chose_other", _AM_ANY_OTHER),
)
