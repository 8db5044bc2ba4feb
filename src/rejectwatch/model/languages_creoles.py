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

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_usual import _AP, _CLAUSE, _no_reader
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

# Mauritian and Cape Verdean "si" before a subject, Ilocano "no" before a negation or a subject
# ("no saanka a napili", if you are not chosen; Low German "wenn", "falls" are German's);
# Ilocano "inton" (when, a decision still to come)
CONDITIONAL = (
    r"|\bsi (?:ou|nou|zot|li|bu|nu|es|el|pos|vaga)\b"
    r"|\bno (?:saan|saanka|saankayo|adda|napilika|napili)\b"
)
NOT_YET = r"|\binton\b"
NEGATION = ""
REGRET = ""
INVITED = ""
OFFERED = ""
NOT_A_JOB = ""
A_JOB = ""

# a day of the week or a shift (a rota moved, not the post)
_NO_DAY = (
    r"(?!"
    + _CLAUSE
    + r"*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|shift|"
    r"mununday|chuesday|satday|sunday|lindi|mardi|merkredi|zedi|vandredi|samdi|dimans|"
    r"sigunda-fera|lunedì|martedì|sabbatu|dumìnica|lunis|martars|sabide|domenie|lunes|sabado|"
    r"domingo|maandag|dingsdag|sünnavend|sonndag)\b)"
)

# ---------------------------------------------------------------------------------------------
# Jamaican Patois and Nigerian Pidgin (English creoles)
# ---------------------------------------------------------------------------------------------

_EN_READER = _no_reader(r"\b(?:yuh|yu|you|unnu|una|your|yours)\b")
_EN_WORK = r"(?:work|job|position|post|spot|ting|space|vacancy|slot|role)"
_EN_OTHER = (
    r"(?:smaddy else|somebody else|someone else|anodda (?:one|person|yute|gyal|bwoy|man|"
    r"ooman|smaddy|applicant|candidate)|nodda (?:one|person)|another (?:person|somebody|"
    r"applicant|candidate|guy|man|woman|babe|pikin)|oda person|"
    r"one (?:yute|gyal|bwoy|ooman|smaddy|bredda|sistren)|"
    r"a (?:yute|gyal|bwoy|smaddy))"
)
# someone else, the rest of the clause never naming the reader nor a day
# (part P: not a possessive, English's "we pick someone else's name out of the hat")
_EN_OTHER_TAKEN = _EN_OTHER + r"\b(?!['\u2019]s\b)" + _NO_DAY + _EN_READER
# "di boss gi di work to one yute weh …", "oga don give the work to another person", "wi pick
# smaddy else", "we don pick another person", "wi done hire anodda person"
_CREOLE_EN_OTHER = re.compile(
    r"\b(?:gi|give|gave|did gi|don give|done give|go give) (?:di|the|dat|that|dis|this) "
    + _EN_WORK
    + r" (?:to|go|fi) "
    + _EN_OTHER
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
    + r"|\b(?:wi|we) (?:cyaa|cya|caan|cyan|no go fit|no fit|no go|nor go fit|no go able) "
    r"(?:tek|take|carry|employ|hire|pick|use|give) (?:yuh|you|una|unnu)(?: on| go front| "
    r"forward| fi| for|\b)" + _NO_DAY
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
_SCN_GONE = re.compile(r"\bu postu (?:è|esti|iè) (?:già )?(?:pigghiatu|occupatu|cummigghiatu)\b")
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
)
