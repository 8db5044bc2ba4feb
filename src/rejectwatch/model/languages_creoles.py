"""The usual refusal formulas of creoles, pidgins and regional languages (issue 11,
twenty-fifth pass, part D).

Blind slice 23 refused in Jamaican Patois, Nigerian Pidgin, Mauritian Creole, Cape Verdean
Creole, Sicilian, Friulian, Ilocano, Interlingua and Low German with no decision token: the work
given to someone else, another person chosen, the spot already full. Each language's several
usual ways of saying so are read here, written for the language and never one message's words:

* Jamaican Patois: "di boss gi di work to one yute weh …", "wi pick smaddy else", "wi done hire
  anodda person", "di spot full up now", "di work tek aready", "yuh neva get di job", "wi cyaa
  tek yuh on";
* Nigerian Pidgin: "we don see person wey …", "oga don give the work to another person", "we
  don pick another person", "we no go fit carry you go front", "we no fit employ you", "you no
  pass the interview", "the work don full";
* Mauritian Creole: "nou finn swazir enn lot dimounn", "nou finn pran enn lot kandida",
  "pos-la finn ranpli", "ou pa finn seleksione", "nou pa pou kapav kontinie avek ou aplikasion";
* Cape Verdean Creole: "nu skodje otu algen", "nu dja kontrata otu pesoa", "vaga dja sta
  prenxidu", "bu ka fika selesionadu";
* Sicilian: "avemu sciugghiutu a n'autru picciottu", "avemu pigghiatu a n'autra", "u postu è già
  pigghiatu", "nun vi putemu pigghiari";
* Friulian: "o vin sielzût une altre persone", "o vin cjolt un altri", "il puest al è za
  cjapât";
* Ilocano: "nakapilikamin iti sabali a tao", "nagpilikami iti sabali nga aplikante", "saanka a
  napili", "napunnon ti puesto";
* Interlingua: "nos ha seligite un altere persona", "le posto ha jam essite occupate", "vostre
  candidatura non ha essite seligite";
* Low German: "wi hebbt uns för en annern Bewerber entscheedt", "wi hebbt en annern nahmen",
  "de Steed is al vergeven".

Their twins stay unread: the reader named in the clause of the choice ("gi di job to yuh",
"nou finn swazir ou pou enn lantretien", "nu skodje-bu pa entrevista", "avemu sciugghiutu a
vui", "o vin sielzût te", "nos ha seligite vos", "för di entscheedt"), the reader's CV or
application "seen" ("we don see your CV"), a day moved rather than the post ("we no go fit see
you on Monday"), and the "if" of each language ("si", "se", "if"; English's, French's and
Italian's are read by rejectwatch.model.languages, the others here).

Part L (written-34's language misses) adds each regional language's usual formulas here too,
and more forms of the ones above:

* Catalan said informally: "al final hem agafat una noia que …", "hem triat una altra persona",
  "ens hem quedat amb un altre candidat", "ja hem trobat algú", "la plaça ja està coberta";
* Occitan: "lo pòste es anat a una autra persona", "avèm pres qualqu'un mai", "contunharem pas
  amb vos";
* Neapolitan: "avimmo pigliato a n'ato guaglione", "'o posto è già pigliato", "nun ce sta posto
  pe' te", "nun ve putimmo piglià"; Sicilian's simple past "pigghiammu a n'autru carusu" and
  "nun c'è postu pi tia";
* Swiss German: "mir händ üs für öpper anders entschide", "d'Stell isch scho vergä", "mir chönd
  dir kei Stell aabiete";
* West Frisian: "wy ha it wurk jûn oan ien dy't …", "wy hawwe immen oars keazen", "de baan is
  al fergeven", "foar dy hawwe wy gjin plak";
* Cebuano: "naa na mi napili nga lain", "napuno na ang posisyon", "dili na mi makapadayon";
* Jamaican Patois and Nigerian Pidgin: "di bar work gaan to smaddy weh …", "oga don give am to
  another person wey …", "him nah tek on nobody else", "yuh cyaan get di work", "we no fit move
  your matter reach next stage", "dem no pick you";
* Low German: "de Steed hett nu en Deern … kregen", "dat warrt dütmal nix mit uns"; Kriolu "nu
  ka ta kontinua ku bo", Ilocano "saankami nga agtultuloy kenka".

Their twins stay unread: the reader in the clause ("gaan to yuh", "för dich entschide", "jûn oan
dy", "per ensenyar-te"; Frisian "dy't", who, is no reader), a day ("lunedì", "ugma"), a rule
("nah tek on nobody widout references", "… until January"), a thing rather than a person ("di
work permit", "veel Bewerbungen kregen", "your CV for the work"), and the "if" of each (Neapolitan
and Occitan "se" before the post, Cebuano "kung" before it filled, read here).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_usual import _AP, _CLAUSE, _no_reader
from rejectwatch.model.prefilter import readings

__all__ = [
    "CONDITIONAL",
    "NOT_YET",
    "READINGS",
]

# Mauritian and Cape Verdean "si" before a subject, Ilocano "no" before a negation or a subject
# ("no saanka a napili", if you are not chosen; Low German "wenn", "falls" are German's);
# Ilocano "inton" (when, a decision still to come)
CONDITIONAL = (
    r"|\bsi (?:ou|nou|zot|li|bu|nu|es|el|pos|vaga)\b"
    r"|\bno (?:saan|saanka|saankayo|adda|napilika|napili)\b"
    # (part L: Neapolitan "se" before its negation or subject, "se nun ce sta posto", "se
    # avimmo"; Low German "wenn" and Swiss German "falls" are German's)
    r"|\bse (?:nun|'nu|avimmo|pigliammo|'o posto|o posto|lo pòste|lo pòst|lo trabalh|la "
    r"plaça)\b"
    # (Cebuano "kung", "kon" before the post filled or someone chosen)
    r"|\b(?:kung|kon) (?:napuno|napun-an|na-fill|nasudlan|naa na|aduna na|dili na)\b"
)
NOT_YET = r"|\binton\b"

# a day of the week or a shift (a rota moved, not the post)
_NO_DAY = (
    r"(?!"
    + _CLAUSE
    + r"*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|shift|"
    r"mununday|chuesday|satday|sunday|lindi|mardi|merkredi|zedi|vandredi|samdi|dimans|"
    r"sigunda-fera|lunedì|martedì|sabbatu|dumìnica|lunis|martars|sabide|domenie|lunes|sabado|"
    r"domingo|maandag|dingsdag|sünnavend|sonndag|"
    # (part L: Catalan, Occitan, Frisian, Swiss German, Neapolitan, Cebuano days and "tomorrow")
    r"dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|demà|avui|diluns|dimars|"
    r"dissabte|deman|moandei|tiisdei|woansdei|tongersdei|freed|sneon|snein|moarn|hjoed|mäntig|"
    r"zischtig|mittwuch|dunschtig|friitig|samschtig|sunntig|morn|hüt|dimane|crai|dumani|ugma|"
    r"karong (?:lunes|martes|sabado|domingo))\b)"
)

# ---------------------------------------------------------------------------------------------
# Jamaican Patois and Nigerian Pidgin (English creoles)
# ---------------------------------------------------------------------------------------------

_EN_READER = _no_reader(r"\b(?:yuh|yu|you|unnu|una|your|yours)\b")
_EN_WORK = r"(?:work|job|position|post|spot|ting|space|vacancy|slot|role)"
# "can't" as Caribbean writers spell it ("cyaan", "caan", "cyah", "cah")
_CANT = r"(?:cyaan|cyaa|cya|caan|cyan|cyah|cah|kyaan)"
_EN_OTHER = (
    r"(?:smaddy else|somebody else|someone else|anodda (?:one|person|yute|gyal|bwoy|man|"
    r"ooman|smaddy|applicant|candidate)|nodda (?:one|person)|another (?:person|somebody|"
    r"applicant|candidate|guy|man|woman|babe|pikin)|oda person|"
    r"one (?:yute|gyal|bwoy|ooman|smaddy|bredda|sistren)|"
    r"a (?:yute|gyal|bwoy|smaddy)|"
    # (part L: someone described, "smaddy weh did work yah before", "person wey sabi …")
    r"(?:smaddy|somebody|person|one person) (?=wey|weh)"
    r")"
)
# someone else, the rest of the clause never naming the reader nor a day
# (part P: not a possessive, English's "we pick someone else's name out of the hat")
_EN_OTHER_TAKEN = _EN_OTHER + r"\b(?!['\u2019]s\b)" + _NO_DAY + _EN_READER
# "di boss gi di work to one yute weh …", "oga don give the work to another person", "wi pick
# smaddy else", "we don pick another person", "wi done hire anodda person"
_CREOLE_EN_OTHER = re.compile(
    r"\b(?:gi|give|gave|did gi|don give|done give|go give) (?:(?:di|the|dat|that|dis|this) "
    r"(?:\w+ )?"
    + _EN_WORK
    + r"|am) (?:to|go|fi) "
    + _EN_OTHER
    + r"\b"
    + _NO_DAY
    # (part L: "di bar work gaan to smaddy weh …", "the work don go to another person")
    # (never English's bare infinitive: "please let the audit work go to another person",
    # "should the job go to someone else?"; part K2)
    + r"|(?<!\blet )(?<!\bmake )(?<!\bhave )(?<!\bshould )(?<!\bcould )(?<!\bwould )"
    r"(?<!\bwill )(?<!\bcan )(?<!\bdid )(?<!\bdoes )(?<!\bmay )(?<!\bmight )(?<!\bmust )"
    r"(?<!\bsee )(?<!\bwatch )(?<!\bto )\b(?:di|the|dat|that|dis|this) (?:\w+ )?"
    + _EN_WORK
    + r" (?:gaan|don go|done go|did go|go) (?:to|go|gi) "
    + _EN_OTHER
    + r"\b"
    + _NO_DAY
    # (part L: "we don get person for the work", "wi find smaddy fi di job aready")
    + r"|\b(?:we|wi|dem) (?:don|done) (?:get|find|see|tek|take) (?:person|smaddy|somebody|"
    r"one person) (?:for|fi) (?:di|the|dat|that|dis|this) (?:\w+ )?"
    + _EN_WORK
    + r"\b"
    + _NO_DAY
    # (the creoles' subjects with any verb; "we" or a company with "don" or a verb of choosing,
    # not English's "we find someone else to cover", "we get another applicant")
    + r"|\b(?:wi|dem|di boss|oga|madam|di company) (?:done |don |did |already |aready |jus )?"
    r"(?:pick|pik|tek|tak|hire|choose|chose|employ|find|get|carry|select|go wid|go wit) "
    + _EN_OTHER_TAKEN
    + r"|\b(?:we|the company|management) (?:done pick|don pick|don take|don hire|don choose|"
    r"don employ|don find|don get|don carry|don select|pick|hire|chose|employ|select) "
    + _EN_OTHER_TAKEN
    # "we don see person wey …" (not "we don see your CV")
    + r"|\b(?:we|wi|dem) (?:don|done) (?:see|get|find) (?:person|somebody|smaddy|one person) "
    r"(?:wey|weh|who|dat|that)\b"
)
# "di spot full up now", "di work tek aready", "the work don full", "another person don take am"
_CREOLE_EN_GONE = re.compile(
    r"\b(?:di|the|dat|that|dis|this) "
    + _EN_WORK
    + r" (?:full up|done full|don full|don fill|done fill|tek aready|tek already|"
    r"done tek|don take|gaan aready|don go|don dey occupied|taken aready)\b"
    # (part P: not English's "the job done full time", "full-time")
    r"(?![ \-]time\b)"
    + r"|\b(?:another person|anodda person|somebody else|smaddy else|person) (?:don|done) "
    r"(?:take|tek|collect|get) (?:am|it|di work|the work|di job|the job)\b"
    # (part L: no one more taken on, "di boss seh him nah tek on nobody else fi di season", "we
    # no go hire anybody again"; not a rule, "… widout references", "… till January")
     + r"|\b(?:di boss|wi|we|dem|him|she|oga|madam|di company|the company) (?:nah|naa|nuh|no go|"
    # (sixtieth pass, second round: or "can't" as Caribbean writers spell it, "We cyan tek on
    # nobody now", slice 148)
    r"nah go|nuh go|no dey|nor go|"
    + _CANT
    + r") (?:tek|take|hire|employ|pick) (?:on |in )?(?:nobody|nuhbody|"
    r"anybody|no more|nobody else|anodda|another person) ?(?:else|again|more)?\b"
    r"(?!"
    + _CLAUSE
    + r"*\b(?:widout|without|unless|if|till|until|before|except|ontil)\b)"
    + _NO_DAY
)
# "yuh neva get di job", "wi cyaa tek yuh on", "we no go fit carry you go front", "we no fit
# employ you", "you no pass the interview" (not English's "why you didn't get the job", a
# newsletter's title, nor "you never get …")
_CREOLE_EN_OUT = re.compile(
    r"\b(?:(?:yuh|yu) (?:neva|never|no|nuh)|you (?:neva|no|nuh)) (?:get|mek|make|pass|ketch) "
    r"(?:di|the|"
    r"it|am|dis|this)(?: "
    + _EN_WORK
    + r"| interview| test| cut| trade test)?\b"
    + _NO_DAY
    # (sixtieth pass: "can't" spelt as Jamaican and Trinidadian writers spell it, "so wi cyaan tek
    # yuh on right now", "so we cyah use you now", slices 145 and 146)
    + r"|\b(?:wi|we) (?:" + _CANT + r"|no go fit|no fit|no go|nor go fit|no go able) "
    r"(?:tek|take|carry|employ|hire|pick|use|give) (?:yuh|you|una|unnu)(?: on| go front| "
    r"forward| fi| for|\b)"
    + _NO_DAY
    # (part L: "yuh cyaan get di work dis time"; not "… di work permit")
    + r"|\b(?:yuh|yu|you) " + _CANT + r" get (?:di|the|dis|this|dat|that) "
    + _EN_WORK
    + r"\b(?! (?:permit|done|card|pass|clothes|uniform|boots|tools|papers))"
    + _NO_DAY
    # (part L: "we no fit move your matter reach next stage", "wi cyaa carry yuh go nex round")
    + r"|\b(?:we|wi) (?:no|nor|" + _CANT + r") (?:go )?(?:fit |able )?(?:move|carry|take|"
    r"push|put|send|tek) (?:your|yuh|una|you|yu)(?: matter| application| name| cv| papers| file)?"
    r" (?:reach|go|to) (?:the |di )?(?:next|nex) (?:stage|level|round|step)\b"
    # (part L: "dem no pick you", "oga no select you"; not "… up", "… for granted")
     + r"|\b(?:dem|oga|madam|di boss|wi) (?:no|neva|nuh|never) (?:pick|select|choose|tek|hire|"
    r"employ) (?:yuh|you|una|unnu|yu)\b(?! (?:up|for granted|serious|go\b))"
    + _NO_DAY
    # (nor an errand: "dem no pick you for the airport run")
    + r"(?![^.!?\n]*\b(?:airport|run|ride|bus|car|drop|pick-?up|school|station|motor|keke)\b)"
)

# ---------------------------------------------------------------------------------------------
# Mauritian Creole and Cape Verdean Creole
# ---------------------------------------------------------------------------------------------

_MFE_READER = _no_reader(r"\b(?:ou|twa|zot|bu|abo|bo|-bu)\b")
# "nou finn swazir enn lot dimounn", "nou finn pran enn lot kandida"
_MFE_OTHER = re.compile(
    r"\b(?:nou|zot|direksion|patron) (?:finn|fin|inn|in|deza) (?:swazir|swazi|swasir|swazire|"
    r"pran|seleksionn|seleksione|selektionn|anbos|retenir|desid pou al avek) (?:enn|ene) (?:lot|"
    r"lot-) ?(?:dimounn|dimoun|kandida|kandidat|person|personn|zanfan|madam|msie)\b"
    + _NO_DAY
    + _MFE_READER
)
# "pos-la finn ranpli", "plas-la finn pran", "pos la deza okipe"
_MFE_GONE = re.compile(
    r"\b(?:pos|plas|travay)[- ]la (?:finn|fin|inn|deza|fin deza) (?:ranpli|pran|okipe|rampli)\b"
)
# "ou pa finn seleksione", "nou pa pou kapav kontinie avek ou aplikasion"
_MFE_OUT = re.compile(
    r"\bou pa (?:finn|fin|inn) (?:seleksione|seleksionn|swazir|reisi|pase|retenir)\b"
    r"|\bnou pa pou (?:kapav|kav|kapab) (?:kontinie|kontinye|pran|anbos) (?:avek ou|ou)\b"
)
# Kriolu: "nu skodje otu algen", "nu dja kontrata otu pesoa"
_KEA_OTHER = re.compile(
    r"\bnu (?:dja |ja )?(?:skodje|skodjê|skodja|skolhe|kodje|kontrata|contrata|tma|toma|"
    r"selesiona|seleciona) (?:un |kel )?(?:otu|otun|otu un|otra) ?(?:algen|pesoa|pessoa|"
    r"kandidatu|kandidata|candidatu|mudjer|omi|rapaz|moça)\b" + _NO_DAY + _MFE_READER
)
# "vaga dja sta prenxidu", "lugar dja sta okupadu"
_KEA_GONE = re.compile(
    r"\b(?:vaga|lugar|postu|trabadju) (?:dja|ja) (?:sta|e|ta) (?:prenxidu|prenxida|okupadu|"
    r"okupada|ocupadu|ocupada|fitxadu)\b"
)
# "bu ka fika selesionadu", "bu ka pasa"
_KEA_OUT = re.compile(
    r"\bbu ka (?:fika|sta|foi|pasa) (?:selesionadu|selesionada|selecionadu|skodjedu|skodjidu|"
    r"aprovadu|aprovada)\b"
)

# ---------------------------------------------------------------------------------------------
# Sicilian and Friulian
# ---------------------------------------------------------------------------------------------

_IT_READER = _no_reader(r"\b(?:vui|tu|tia|te|ti|vuatri|vo|voaltris|tô|vuestre)\b")
# "avemu sciugghiutu a n'autru picciottu", "avemu pigghiatu a n'autra"
_SCN_OTHER = re.compile(
    r"\b(?:avemu|amu|avvemu|hamu) (?:già )?(?:sciugghiutu|scigghiutu|pigghiatu|pigliatu|"
    r"pighiatu|scigliutu|assuntu) (?:a )?(?:n" + _AP + r"autr[uai]|n" + _AP + r"antr[uai]|"
    r"autr[uai]|natr[uai])\b" + _NO_DAY + _IT_READER
)
# "u postu è già pigghiatu", "nun vi putemu pigghiari"
# (part L: the simple past with no auxiliary, "pigghiammu a n'autru carusu ca …", "scigghiemmu
# a n'autra")
_SCN_TOOK = re.compile(
    r"\b(?:pigghiammu|pigghiamu|pigliammu|scigghiemmu|sciugghiemmu|scigghiammu|assumemmu|"
    r"truvammu) (?:a )?(?:n"
    + _AP
    + r"autr[uai]|n"
    + _AP
    + r"antr[uai]|autr[uai]|natr[uai])\b"
    + _NO_DAY
    + _IT_READER
)
_SCN_GONE = re.compile(r"\bu postu (?:è|esti|iè) (?:già )?(?:pigghiatu|occupatu|cummigghiatu)\b")
# (part L: no room for the reader, Sicilian "nun c'è postu pi tia", Neapolitan "nun ce sta posto
# pe' te"; not a day, "… lunedì")
_IT_NO_ROOM = re.compile(
    r"\bnun (?:c" + _AP + r"è|ci è|ce sta|ce stà|ci sta|c" + _AP + r"è cchiù|ce sta cchiù) "
    r"(?:cchiù )?(?:postu|posto|spaziu|spazio|lavoru|fatica) (?:pi|pe|pe" + _AP + r"|ppi|pè) "
    r"(?:tia|te|vui|vuje|vuatri|tìa)\b" + _NO_DAY
)
_SCN_OUT = re.compile(
    r"\bnun (?:vi|ti) (?:putemu|pozzu|putissimu) (?:pigghiari|assumiri|pigliari)\b" + _NO_DAY
)
# Friulian: "o vin sielzût une altre persone", "o vin cjolt un altri candidât"
_FUR_OTHER = re.compile(
    r"\bo (?:vin|vìn|ai) (?:za )?(?:sielzût|sielt|cjolt|sielzude|cjapât|sielte) (?:une altre|un "
    r"altri|altris|une di altre|un altri|un di altri)\b" + _NO_DAY + _IT_READER
)
# "il puest al è za cjapât"
_FUR_GONE = re.compile(
    r"\bil (?:puest|lavôr|puestut) (?:al è|al jè|e je) (?:za |bielzà )?(?:cjapât|ocupât|"
    r"dât vie|sierât)\b"
)

# ---------------------------------------------------------------------------------------------
# Ilocano
# ---------------------------------------------------------------------------------------------

_ILO_READER = _no_reader(r"\b(?:sika|ka|mo|kenka|dakayo|yo|kadakayo)\b")
# "nakapilikamin iti sabali a tao", "nagpilikami iti sabali nga aplikante", "adda sabalin a
# napili"
_ILO_OTHER = re.compile(
    r"\b(?:nakapilikamin|nakapilikami|nagpilikamin|nagpilikami|nakaalakamin|nakaalakami|"
    r"nangalakamin|nangalakami|nakapilidan|nagpili ti kompania|nagpili ti amo) (?:iti |ti )?"
    r"sabali\b"
    + _NO_DAY
    + _ILO_READER
    + r"|\badda (?:sabalin|sabali) (?:a|nga) (?:napili|naala|inala)\b"
)
# "napunnon ti puesto", "napunnon ti bakante"
_ILO_GONE = re.compile(
    r"\b(?:napunnon|napunnuanen|napunnuan|naala) (?:ti|dayta a|daytoy a) (?:puesto|bakante|"
    r"trabaho|posision)\b"
)
# "saanka a napili", "saankayo a nakapasar"
_ILO_OUT = re.compile(
    r"\b(?:saanka|saankayo|dika|dikay) (?:a |nga )?(?:napili|naawat|nakapasar|nakapasa|pimmasar|"
    r"naala)\b"
)

# ---------------------------------------------------------------------------------------------
# Interlingua
# ---------------------------------------------------------------------------------------------

_IA_READER = _no_reader(r"\b(?:vos|te|tu|vostre|tu)\b")
# "nos ha seligite un altere persona", "nos ha eligite un altere candidato"
_IA_OTHER = re.compile(
    r"\bnos ha (?:seligite|eligite|selectionate|prendite|contractate|nominate|optate pro) "
    r"(?:un |le )?(?:altere|altre|alteres)\b" + _NO_DAY + _IA_READER
)
# "le posto ha jam essite occupate"
_IA_GONE = re.compile(
    r"\b(?:le posto|le position|le carga|le vacantia) (?:ha|es) (?:jam )?(?:essite )?"
    r"(?:occupate|plenate|coperite|assignate)\b"
)
# "vostre candidatura non ha essite seligite"
_IA_OUT = re.compile(
    r"\b(?:vostre|tu|tue) candidatura non (?:ha essite|esseva|es) (?:seligite|acceptate|"
    r"retenite|eligite)\b"
)

# ---------------------------------------------------------------------------------------------
# Low German
# ---------------------------------------------------------------------------------------------

_NDS_READER = _no_reader(r"\b(?:di|dien|dine|ju|jug|jo)\b")
# "wi hebbt uns för en annern Bewerber entscheedt", "wi hebbt en annern nahmen"
_NDS_OTHER = re.compile(
    r"\bwi (?:hebbt|hebbt uns|hebben uns|hebbt nu) (?:för )?(?:en |een )?(?:annern|anner|annere|"
    r"anneren|annermann)\b(?:" + _CLAUSE + r")*? (?:entscheedt|entschieden|nahmen|nommen|"
    r"utsöcht|utsocht|instellt|inschleten)\b" + _NO_DAY + _NDS_READER
)
# "de Steed is al vergeven"
_NDS_GONE = re.compile(
    r"\bde (?:steed|stee|stell|posten|arbeit|arbeid) is (?:al |all |nu )?(?:vergeven|besett|"
    r"weg|vergeben)\b"
    # (part L: the post "got" someone, "de Steed hett nu en Deern ut'n Dörp kregen"; not "de
    # Steed hett veel Bewerbungen kregen")
    r"|\bde (?:steed|stee|stell|posten|arbeit|arbeid) hett (?:nu |al |all |nu al )?(?:en|een|"
    r"'n) (?:annern|anner|annere|deern|jung|fro|froo|mann|keerl|kolleeg|kollegin|lehrling|"
    r"nee[en]|nieg[en])\b" + _CLAUSE + r"*?\b(?:kregen|kreegen|kriegen)\b"
)
# (part L: "dor warrt dat dütmal nix mit uns", "wi köönt di keen Steed anbeden", "wi hebbt al
# een funnen")
_NDS_OUT = re.compile(
    r"\b(?:dor |dat )?warrt (?:dat |dat dor )?(?:dütmal|düsse mol|disse mol|dissmal|nu) nix "
    r"(?:mit uns|mit di|mit de steed)\b"
    + _NO_DAY
    + r"|\bwi (?:köönt|könnt|koent|köönt di|köönt ju) (?:di |ju |jo )?(?:keen|keene|nich de) "
    r"(?:steed|stee|stell|arbeit|arbeid) (?:anbeden|geven|anbieden)\b"
)
_NDS_FOUND = re.compile(
    r"\bwi hebbt (?:al|all|nu al|nu) (?:een|en|wen|wat) (?:annern )?(?:funnen|fund|kregen)\b"
    r"(?= för (?:de|disse|düsse) (?:steed|stee|stell|arbeit|arbeid)\b|\s*[.,!]|\s*$)"
)

# ---------------------------------------------------------------------------------------------
# Part L: Catalan (informal), Occitan, Neapolitan, Swiss German, West Frisian, Cebuano, and the
# Kriolu and Ilocano "not going on with you"
# ---------------------------------------------------------------------------------------------

_CA_READER = _no_reader(r"\b(?:et|te|tu|t" + _AP + r"|vostè|vosaltres|us|-te|-us|teva|vostra)\b")
_CA_PERSON = (
    r"(?:una altra persona|un altre (?:noi|candidat|home|xicot|paio|cambrer|perfil)|una altra "
    r"(?:noia|candidata|dona|xicota|senyora)|algú (?:altre|més)|una noia|un noi|una persona|un "
    r"xicot|una xicota|una senyora|un senyor)"
)
# "al final hem agafat una noia que …", "hem triat una altra persona", "ens hem quedat amb un
# altre candidat", "ja hem trobat algú", "hem contractat algú altre"
_CA_OTHER = re.compile(
    r"\b(?:hem|ja hem|finalment hem|al final hem) (?:agafat|triat|escollit|contractat|fitxat|"
    r"seleccionat|trobat|optat per) (?:a )?"
    + _CA_PERSON
    + r"\b"
    + _NO_DAY
    + _CA_READER
    + r"|\bens hem quedat amb "
    + _CA_PERSON
    + r"\b"
    + _NO_DAY
    + _CA_READER
    # "ja hem trobat algú per a la plaça", "ja tenim algú."
    + r"|\bja (?:hem trobat|tenim) algú(?= per (?:a )?(?:la|el|aquest|aquesta) (?:plaça|feina|"
    r"lloc|botiga|posició|vacant|temporada)\b|\s*[.,!]|\s*$)"
    # (forty-eighth pass: the post given or offered to someone, object first, "al final la feina
    # l'hem donada a una noia que ens dona un cop de mà cada Nadal"; never to the reader)
    + r"|\b(?:la plaça|el lloc|la feina|la vacant|la posició) (?:ja |finalment )?l" + _AP
    + r"hem (?:donada|donat|oferta|ofert|adjudicada|adjudicat) a (?!vostè\b|tu\b|vós\b|"
    r"vosaltres\b)(?:una|un|la|el|en|na|l" + _AP + r")\w*"
    + _NO_DAY
    + _CA_READER
)
# "la plaça ja està coberta", "el lloc ja s'ha cobert", "la feina ja està agafada"
_CA_GONE = re.compile(
    r"\b(?:la plaça|el lloc|la feina|el puesto|la vacant) ja (?:està|s" + _AP + r"ha|ha estat) "
    r"(?:coberta|cobert|ocupada|ocupat|agafada|agafat|donada|donat)\b"
)

# "qualqu'un mai", "qualqu'un d'autre" (someone else)
_OC_SOMEONE = r"qualqu" + _AP + r"un (?:mai|d" + _AP + r"autre)"
_OC_READER = _no_reader(r"\b(?:vos|te|tu|vòstra|ton|ta)\b")
# "lo pòste es anat a una autra persona", "lo trabalh es anat a qualqu'un mai"; "avèm pres una
# autra persona", "avèm causit qualqu'un mai"
_OC_WENT = re.compile(
    r"\b(?:lo pòste|lo pòst|lo trabalh|l" + _AP + r"emplec|la plaça) (?:es|foguèt) (?:anat|anada|"
    r"estat donat|estat balhat|estat atribuit) a (?:una autra|un autre|"
    + _OC_SOMEONE
    + r")\b"
    + r"|\bavèm (?:pres|causit|recrutat|trobat|emplegat) (?:una autra persona|un autre "
    r"(?:candidat|obrièr|vendeire)|una autra (?:candidata|vendeira|obrièra)|"
    + _OC_SOMEONE
    + r")\b"
    + _NO_DAY
    + _OC_READER
)
_OC_GONE_L = re.compile(
    r"\blo pòste (?:es|foguèt) (?:ja )?(?:estat )?(?:ocupat|provesit|pres|emplit)\b"
)
# "contunharem pas amb vos", "anam pas contunhar amb vòstra candidatura"
_OC_OUT_L = re.compile(
    r"\b(?:contunharem|contunham|continuarem|seguirem) pas (?:amb|ambe|amb la) (?:vos|tu|te|"
    r"vòstra candidatura|ta candidatura)\b"
    + _NO_DAY
    + r"|\banam pas (?:contunhar|contunhar lo procès|seguir) (?:amb|ambe) (?:vos|tu|vòstra "
    r"candidatura)\b" + _NO_DAY
)

# Neapolitan: "avimmo pigliato a n'ato guaglione ca …", "avimmo scigliuto a n'ata perzona",
# "'o posto è già pigliato", "nun ve putimmo piglià"
_NAP_READER = _no_reader(r"\b(?:te|tu|vuje|vuie|ve|tuoje|vuosto)\b")
_NAP_OTHER = re.compile(
    r"\b(?:avimmo|amm|già avimmo|avimmo già) (?:già )?(?:pigliato|pigliat[oa]|scigliuto|"
    r"scigliut[oa]|assunto|truvato|miso) (?:a )?(?:n"
    + _AP
    + r"(?:at[oau]|aut[oa])|nu"
    + _AP
    + r" ato|ato)\b"
    + _NO_DAY
    + _NAP_READER
)
_NAP_GONE = re.compile(
    r"(?:\b|" + _AP + r")o posto (?:è|s" + _AP + r"è) (?:già |gia )?(?:pigliato|occupato|"
    r"chiuso|dato)\b"
)
_NAP_OUT = re.compile(
    r"\bnun (?:ve|te) (?:putimmo|pozzo|putessemo) (?:piglià|pigliare|assumere|piglia)\b" + _NO_DAY
)

# Swiss German: "mir händ üs für öpper anders entschide", "d'Stell isch scho vergä", "mir
# chönd dir leider kei Stell aabiete"
_GSW_READER = _no_reader(r"\b(?:dich|di|dir|sie|ihne|euch|dini|dis)\b")
_GSW_OTHER = re.compile(
    r"\bmir (?:händ|hend|hei|hän|hand|hènd) (?:üs|ois|eus|üüs|is|uns) (?:\w+ )?(?:für|fär|fürs) "
    r"(?:öpper|öppert|öpper|ä|e|en|es|ei|eini|ein) ?(?:anders|andere|anderi|anderä|andre|"
    r"anderne|andere bewerber|anderi bewerberin|andere kandidat|anderi person)\b"
    + _CLAUSE
    + r"*?\b(?:entschide|entschiede|entschiide|entscheide|entschiedä)\b"
    + _NO_DAY
    + _GSW_READER
)
_GSW_GONE = re.compile(
    r"\b(?:d|di|die)" + _AP + r"? ?(?:stell|stelle|lehrstell|job|schtell) isch (?:scho |jetz |"
    r"leider )?(?:vergä|vergää|vergeh|bsetzt|besetzt|wäg|weg|furt)\b"
)
_GSW_OUT = re.compile(
    r"\bmir (?:chönd|chönnd|chönne|chöi|könd) (?:dir|ihne|euch|ech) (?:\w+ )?(?:kei|käi|keini) "
    r"(?:stell|stelle|lehrstell|job|platz|schtell) (?:aabiete|abiete|aabüte|gäh|gä|aabüüte)\b"
)

# West Frisian: "wy ha it wurk jûn oan ien dy't …", "wy hawwe immen oars keazen", "foar dy
# hawwe wy dizze kear gjin plak", "de baan is al fergeven"
# (not the relative "dy't", who)
_FY_READER = _no_reader(r"\b(?:dy(?!" + _AP + r")|do|jo|dyn|jins|jimme)\b")
_FY_GIVEN = re.compile(
    r"\b(?:wy )?(?:ha|hawwe|hiene|hienen) (?:it wurk|de baan|it plak|de funksje|de posysje|it "
    r"baantsje) (?:\w+ )?(?:jûn|jown|gun|jûn|gegeven) oan (?:ien|immen|in oar|in oare|immen "
    r"oars|in famke|in feint|in frou|in man|in kollega)\b"
    + _NO_DAY
    + _FY_READER
    + r"|\bwy (?:ha|hawwe|hiene) (?:immen oars|in oar|in oare|ien oars) (?:\w+ )?(?:keazen|"
    r"oannommen|fûn|naam|nommen|krigen)\b" + _NO_DAY + _FY_READER
)
_FY_GONE = re.compile(
    r"\b(?:de baan|it plak|de funksje|de posysje|it wurk|de fakatuere) is (?:al |no |al "
    r"wer )?(?:fergeven|ynfolle|ynfold|beset|fuort|wei|jûn)\b"
)
_FY_NO_ROOM = re.compile(
    r"\bfoar (?:dy|jo|jimme) (?:hawwe|ha|hat) (?:wy|hja|sy) (?:\w+ ){0,2}?gjin (?:plak|wurk|"
    r"baan|romte|plak mear)\b"
    + _NO_DAY
    + r"|\bwy (?:hawwe|ha) (?:\w+ ){0,2}?gjin (?:plak|wurk|baan|romte|plak mear) (?:mear )?foar "
    r"(?:dy|jo|jimme)\b" + _NO_DAY
)

# Cebuano: "naa na mi napili nga lain", "naa na mi laing napili", "napuno na ang posisyon",
# "dili na ta makapadayon"
_CEB_ANOTHER = re.compile(
    r"\b(?:naa|aduna|duna|adunay|naay) na (?:mi|kami|mig|kamig) (?:napili|nakuha|gikuha|na-hire|"
    r"nahire|gi-hire) (?:nga |na )?(?:lain|laing tawo|uban|laing aplikante)\b"
    + r"|\b(?:naa|aduna|duna|naay) na (?:mi|kami|mig|kamig) (?:laing|lain nga|ubang) "
    r"(?:napili|nakuha|gikuha|na-hire|tawo|aplikante)\b"
    + r"|\b(?:napili|gipili|gikuha|nakuha|na-hire) (?:na )?(?:namo |mi )?(?:ang |ni )?(?:laing|"
    r"lain nga|ubang) (?:tawo|aplikante|kandidato)\b"
)
_CEB_GONE = re.compile(
    r"\b(?:napuno|napun-an|na-fill-up|na-fill|nasudlan|napunan) na ang (?:posisyon|trabaho|"
    r"bakante|puwesto|pwesto)\b"
)
_CEB_STOP = re.compile(
    r"\bdili na (?:ta|mi|kami|namo) (?:makapadayon|mopadayon|ipadayon)(?: (?:karon|uban "
    r"nimo|sa imong aplikasyon|nimo))?(?=\s*[.,!;]|\s*$)"
)

# Kriolu "nu ka ta kontinua ku bo", Ilocano "saankami nga agtultuloy kenka"
_KEA_ILO_STOP = re.compile(
    r"\bnu ka (?:ta )?(?:kontinua|kontinuá|sigi) ku (?:bo|bu kandidatura|bosê)\b"
    + _NO_DAY
    + r"|\bsaankami (?:nga |a )?(?:agtultuloy|itultuloy|agtuloy) (?:kenka|kadakayo|iti "
    r"aplikasionmo)\b" + _NO_DAY
)


READINGS = readings(
    ("chose_other", _CREOLE_EN_OTHER),
    ("role_gone", _CREOLE_EN_GONE),
    ("reader_out", _CREOLE_EN_OUT),
    ("chose_other", _MFE_OTHER),
    ("role_gone", _MFE_GONE),
    ("reader_out", _MFE_OUT),
    ("chose_other", _KEA_OTHER),
    ("role_gone", _KEA_GONE),
    ("reader_out", _KEA_OUT),
    ("chose_other", _SCN_OTHER),
    ("role_gone", _SCN_GONE),
    ("reader_out", _SCN_OUT),
    ("chose_other", _FUR_OTHER),
    ("role_gone", _FUR_GONE),
    ("chose_other", _ILO_OTHER),
    ("role_gone", _ILO_GONE),
    ("reader_out", _ILO_OUT),
    ("chose_other", _IA_OTHER),
    ("role_gone", _IA_GONE),
    ("reader_out", _IA_OUT),
    ("chose_other", _NDS_OTHER),
    ("role_gone", _NDS_GONE),
    ("reader_out", _NDS_OUT),
    ("chose_other", _NDS_FOUND),
    ("chose_other", _SCN_TOOK),
    ("reader_out", _IT_NO_ROOM),
    ("chose_other", _CA_OTHER),
    ("role_gone", _CA_GONE),
    ("chose_other", _OC_WENT),
    ("role_gone", _OC_GONE_L),
    ("reader_out", _OC_OUT_L),
    ("chose_other", _NAP_OTHER),
    ("role_gone", _NAP_GONE),
    ("reader_out", _NAP_OUT),
    ("chose_other", _GSW_OTHER),
    ("role_gone", _GSW_GONE),
    ("reader_out", _GSW_OUT),
    ("chose_other", _FY_GIVEN),
    ("role_gone", _FY_GONE),
    ("reader_out", _FY_NO_ROOM),
    ("chose_other", _CEB_ANOTHER),
    ("role_gone", _CEB_GONE),
    ("reader_out", _CEB_STOP),
    ("reader_out", _KEA_ILO_STOP),
)
