# ruff: noqa: RUF002, RUF003  (Cyrillic and Kannada letters are read)
"""Outcome readings in West Frisian, Malagasy, Javanese, Tajik, Samoan, Kannada and Papiamento,
Somali's, Faroese's, Hausa's and Zulu/Xhosa's refusals in forms their readings lacked, and
Sundanese, Oromo, Kinyarwanda, Odia, Shona, Chichewa and Lingala ahead of the slices (issue 11,
twenty-first pass, part C).

Blind slice 19 missed eight refusals in languages new to the slices, all in the shapes the other
languages' readings know: the reader not chosen ("tsy voafidy ianao", "panjenengan dereng saged
kapilih", "шумо … интихоб нашудед", "e le'i filifilia oe", "ನಿಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲಾಗಿಲ್ಲ"), someone
else chosen ("wy hawwe keazen foar in oare kandidaat", "nos a skohe otro kandidato"), and a
Somali list's result ("lagaama dooran wareegga wareysiga", not chosen for the interview round:
added_languages read "laguma dooran", not "lagaama", the same verb with "from you").

Each language reads the shared tokens (the reader out, someone else chosen, the post filled) in
a letter's, a short note's and a list's or competition's words, and brings its checks' words
like the other modules of rejectwatch.model.language_modules: conditionals and silence rules
("as jo", "yn gefal"; "raha"; "menawi", "yen panjenengan"; "агар", "дар сурати"; "afai";
Kannada's suffix "-ದರೆ", "ಒಂದು ವೇಳೆ"; "den kaso"), decisions still to come ("noch net";
"mbola tsy"; "dereng wonten keputusan"; "ҳанӯз"; "o lo'o iloilo"; "ಇನ್ನೂ"; "ainda no"), the
guard's negations, regrets, invitations and offers, and the gate's words for a thing no job
(a loan, rent, a scholarship, insurance) and for a job. "We'll keep your CV" is no decision:
nothing reads it, and the tests say so.

Short words that are common words elsewhere are read only in their own phrases: Frisian "as"
(English "as") is a conditional only before Frisian subjects ("as jo", "as wy"); Malagasy
"raha" (romanised Hindi "raha") only before its negation and subjects; Javanese "yen" (the
currency) and "nek" only before a subject or negation; Javanese "dereng" (not yet) is a refusal
only before "saged" (dereng saged kapilih, "cannot be chosen", as Indonesian "belum dapat"), and
a decision still to come only before "wonten" or a verb of deciding; Papiamento "bo" and
Samoan "oe", "le" only inside their phrases. In Kannada a word ends where no letter or sign of
its script follows, and "ಆದರೆ" (but) is no conditional suffix. Samoan's glottal stop is read in
every spelling (', ', ʻ, or none).

Slice 19's other new languages (read ahead by languages_ahead and added_languages) were read
for how narrowly: Faroese "tú fært ikki starvið", Hausa "ba za mu iya ci gaba da takardar neman
aikinka ba" and "mun ɗauki wanda yake da …", Zulu/Xhosa "asikukhethanga" are read here. Ahead of
the slices, Sundanese, Oromo, Kinyarwanda, Odia, Shona, Chichewa and Lingala give the same
tokens and checks' words ("lamun", "yoo", "niba", "ଯଦି", "kana", "ngati", "soki");
Kinyarwanda "mwatoranyijwe" (you were chosen) only negated; Shona's job word "basa" (Spanish
"se basa") only with its demonstratives.

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

# The end and start of a Kannada word: no letter or sign of its script follows or precedes
_KN_END = r"(?![\u0c80-\u0cff\u200c\u200d])"
_KN_START = r"(?<![\u0c80-\u0cff\u200c\u200d])"
# ... and of an Odia word (its full stop is the danda, "।")
_OR_END = r"(?![\u0b00-\u0b7f\u200c\u200d])"
_OR_START = r"(?<![\u0b00-\u0b7f\u200c\u200d])"
# Malagasy's elision ("amin'ny", "fangatahanao"), Papiamento's and Frisian's apostrophes
_AP = "['\u2018\u2019]"


def _sm(pattern: str) -> str:
    """A Samoan pattern with each glottal stop (written "'") read as ', ', ʻ, ` or nothing."""
    return pattern.replace("'", "['\u2018\u2019\u02bb`]?")


# ---------------------------------------------------------------------------------------------
# The checks' words (appended to languages.CONDITIONAL and NOT_YET)
# ---------------------------------------------------------------------------------------------

CONDITIONAL = (
    # West Frisian ("as" only before its subjects, "yn gefal", "mocht jo")
    # (twenty-first pass, part M: not English "as Jo said, ...", a name before a verb of saying)
    r"|\b(?:as (?:jo(?!,| and\b| (?:\w+ed|said|says|told|wrote|knows|put|has|had|will|would|"
    r"may|might|did|does|can|could)\b)|jimme|wy|do (?:net|gjin|no|dy|de|it))|yn gefal|"
    r"mocht (?:jo|do|der)|"
    # Malagasy ("raha" only before its negation and subjects, "raha tsy")
    r"raha (?:tsy|ianao|ianareo|izahay|misy|voafidy|mahomby|ny)|"
    # Javanese ("menawi", "manawi", "upami"; "yen", "nek" only before a subject or negation)
    r"menawi|manawi|upami|umpami|yen (?:panjenengan|sampeyan|kowe|ora|mboten|boten|dereng|"
    r"durung|kula|kita|lamaran)|nek (?:panjenengan|sampeyan|kowe|ora|durung|lamaranmu)|"
    # Tajik ("агар", "дар сурати", "дар ҳолати")
    r"агар|дар сурати|дар ҳолати|"
    # Samoan ("afai", "pe afai", "se'i vagana", unless)
    r"afai|pe afai|" + _sm(r"se'i vagana") + r"|"
    # Papiamento ("si" is read by the Spanish "si"; "den kaso", "en kaso")
    r"den kaso|en kaso (?:ku|cu|bo)|"
    # Zulu "uma" and Xhosa "xa" before "asikukhethanga" (Xhosa "ukuba" is also "that": none)
    r"(?:uma|xa) asi(?:ku|ni)kheth\w*|"
    # ahead of the slices: Sundanese ("lamun" before a subject or negation), Oromo ("yoo" before
    # a subject, negation or the application), Kinyarwanda ("niba")
    r"lamun (?:anjeun|teu|henteu|lamaran)|yoo (?:isin|ati|hin|iyyannoon|nuti|kaadhimamaa)|niba|"
    # Shona ("kana" before its negation or the application), Chichewa ("ngati" likewise),
    # Lingala ("soki")
    r"kana (?:musina|musingawani|mukasa|muchinge|chikumbiro|pasina)|ngati (?:simuna|simu|"
    r"pempho|mwa)\w*|soki)\b"
    # Odia ("ଯଦି")
    + r"|"
    + _OR_START
    + r"ଯଦି"
    + _OR_END
    # Kannada (the conditional suffix "-ದರೆ", not "ಆದರೆ", but, nor "ಎಂದರೆ", "ಅಂದರೆ", "…ೆಂದರೆ",
    # that is; "ಒಂದು ವೇಳೆ", in case)
    + r"|[\u0c80-\u0cff]{2}(?<!ಎಂ)(?<!ಅಂ)(?<!ೆಂ)ದರೆ"
    + _KN_END
    + r"|ಒಂದು ವೇಳೆ|"
    + _KN_START
    + r"ವೇಳೆ(?= ನೀವು| ತಾವು)"
)
NOT_YET = (
    r"|\b(?:noch net|noch gjin|sa gau as wy|"
    r"mbola tsy|rehefa (?:vita|tapitra|voafidy)|"
    r"dereng wonten|durung ana|dereng (?:mutusaken|milih|dipuntemtokaken)|"
    r"durung (?:mutusake|milih)|mangke (?:badhe|kula|kita)|"
    r"ҳанӯз|то ҳол|"
    + _sm(r"o lo'o (?:iloilo|toe iloilo|fa'agasolo)")
    + r"|"
    + _sm(r"a mae'a ona")
    + r"|pe a uma ona|"
    r"ainda no (?:a (?:tuma|skohe|desidí|desidi)|tin (?:un )?desishon)|te ora (?:ku|cu)|"
    r"ora nos (?:tuma|skohe|desidí|desidi))\b"
    r"|"
    + _KN_START
    + r"ಇನ್ನೂ"
    + _KN_END
    + r"(?! ಹೆಚ್ಚ)"
    + r"|\b(?:teu acan (?:aya|milih|mutuskeun|nangtukeun)|hanga ammaatti|ammallee hin|"
    r"hatisati|sitinasankhebe|sitinapange chisankho|naino te|tozali naino|"
    r"ntiturafata|nturafatwa|ntibirafatwa)\b"
    r"|" + _OR_START + r"ଏପର୍ଯ୍ୟନ୍ତ" + _OR_END
)

# The guard's negations and regrets (rejectwatch.model.said_plainly), each language's own
NEGATION = (
    r"|\b(?:net útnoege|kinne (?:jo|dy|wy) (?:\w+ )?net|(?:wurde|wurdst|wurdt) (?:\w+ )?net|"
    r"tsy afaka|tsy ho afaka|tsy (?:voafidy|nahomby)|"
    r"mboten saged|boten saged|dereng saged|ora bisa|durung bisa|"
    r"наметавонем|имкон надорем|"
    r"e le mafai|"
    r"nos no por|no ta posibel)\b"
    r"|(?:ಸಾಧ್ಯವಿಲ್ಲ|ಸಾಧ್ಯವಾಗುತ್ತಿಲ್ಲ|ಸಾಧ್ಯವಾಗಿಲ್ಲ)"
    + _KN_END
    + r"|\b(?:teu tiasa|henteu tiasa|hin dandeenyu|hin dandeenye|ntidushobora|ntitubashije|"
    r"ntitwabashije|hatigone|hatikwanise|sitingathe|tokoki te|tokokí te)\b"
    r"|ସମ୍ଭବ ନୁହେଁ|ପାରିବୁ ନାହିଁ"
)
REGRET = (
    r"|\b(?:spitigernôch|spitigernoch|it spyt ús|it spyt my|"
    r"manenina (?:izahay|aho)|miala tsiny|indrisy|mampalahelo|"
    r"nyuwun pangapunten|ngapunten|nuwun sewu|kanthi getun|sayangipun|"
    r"мутаассифона|бо таассуф|афсӯс|"
    + _sm(r"fa'amalie atu|fa'anoanoa|fa'amālūlū atu|fa'amalulu atu")
    + r"|"
    r"nos ta lamentá|nos ta lamenta|desafortunadamente)\b"
    r"|(?:ವಿಷಾದ|ದುರದೃಷ್ಟವಶಾತ್|ಕ್ಷಮಿಸಿ)"
    r"|\b(?:hapunten|hanjakal|nu gaddisiisa|gaddaan|tubabajwe|mutwihanganire|tubiseguye|"
    r"tine urombo|zvinosuruvarisa|pepani|mwatsoka|tikupepesa|tozali na mawa)\b"
    r"|ଦୁଃଖର ସହ|ଦୁର୍ଭାଗ୍ୟବଶତଃ|ଦୁଃଖିତ"
)

# ---------------------------------------------------------------------------------------------
# The guard: an invitation to an interview, an offer (rejectwatch.model.guard_abroad)
# ---------------------------------------------------------------------------------------------

INVITED = (
    r"|\b(?:noegje|noege) (?:jo|dy|jimme) (?:\w+ )?út foar (?:in|it) (?:\w+ )?(?:petear|"
    r"sollisitaasjepetear|gesprek)\b"
    r"|(?<!\bnet )\bútnoege foar (?:in|it) (?:\w+ )?(?:petear|sollisitaasjepetear)\b"
    r"|\b(?:manasa|asaina) (?:\S+ ){0,4}?(?:resadresaka|dinidinika)\b"
    r"|\b(?:ngundang|ngaturi|ngajak) (?:panjenengan|sampeyan) (?:\w+ ){0,3}?(?:wawancara|"
    r"wawanrembag|interview)\b"
    r"|\bшуморо (?:\w+ ){0,3}?ба (?:мусоҳиба|сӯҳбат|суҳбат)\w* даъват"
    r"|"
    + _sm(r"\bvala'aulia (?:oe|outou) (?:\w+ ){0,4}?(?:fa'atalanoaga|talanoaga|initaviu)\b")
    + r"|\binvitá bo (?:pa|na) (?:un |e )?(?:entrevista|intervista)\b"
    # (Kannada: the affirmative verbs only, as its negation follows the verb)
    r"|ಸಂದರ್ಶನಕ್ಕೆ[^.!?\n]{0,30}?(?:(?:ಆಹ್ವಾನಿಸುತ್ತೇವೆ|ಕರೆಯುತ್ತೇವೆ)"
    + _KN_END
    + r"|ಆಹ್ವಾನಿಸಲು (?:ನಮಗೆ )?ಸಂತೋಷ)"
    + r"|\b(?:ngondang|ngajak) anjeun (?:\w+ ){0,3}?wawancara\b"
    r"|\b(?:af-?gaaffii)\w*\b[^.!?\n]{0,30}?\b(?:isin affeerra|isin afeerra|si affeerra)\b"
    r"|\bturabatumira (?:\w+ ){0,3}?(?:ikiganiro|kiganiro|ikizamini)\b"
    r"|\btinokukokai (?:\w+ ){0,3}?(?:kubvunzurudzwa|hurukuro)\b"
    r"|\btikukuitanani (?:\w+ ){0,3}?(?:kuyankhulana|kufunsidwa mafunso)\b"
    r"|\btobengi (?:yo|bino) (?:\w+ ){0,3}?(?:interview|masolo ya mosala|kotuna mituna)\b"
    r"|ସାକ୍ଷାତକାର[^.!?।\n]{0,30}?(?:ଆମନ୍ତ୍ରଣ କରୁଛୁ|ଆମନ୍ତ୍ରିତ କରୁଛୁ|ଡାକୁଛୁ)"
)
OFFERED = (
    r"|\b(?:biede|oanbiede) (?:jo|dy) (?:\w+ )?(?:de|in|it) (?:baan|funksje|posysje|kontrakt)\b"
    r"|\bmanolotra anao (?:ny|ilay) (?:toerana|asa)\b"
    r"|\b(?:nawakaken|maringi|nyukani) (?:panjenengan|sampeyan) (?:\w+ )?(?:posisi|padamelan|"
    r"pakaryan)\b"
    r"|\bба шумо (?:\w+ ){0,3}?(?:вазифа|ҷои кор)\w* (?:\w+ )?пешниҳод (?:мекунем|менамоем)"
    r"|"
    + _sm(r"\b(?:ofo atu|tu'uina atu) (?:ia te oe )?le (?:tofiga|galuega)\b")
    + r"|\bofresé bo (?:e puesto|e trabou|un kontrakt)"
    r"|ನೇಮಕಾತಿ ಪತ್ರ(?:ವನ್ನು)? (?:\S+ )?(?:ನೀಡುತ್ತಿದ್ದೇವೆ|ಕಳುಹಿಸುತ್ತಿದ್ದೇವೆ|ಲಗತ್ತಿಸಲಾಗಿದೆ)"
    r"|ಹುದ್ದೆಯನ್ನು (?:ನಿಮಗೆ )?(?:ನೀಡಲು ಸಂತೋಷ|ನೀಡುತ್ತಿದ್ದೇವೆ)"
    r"|\b(?:nawiskeun|masihan) (?:posisi|padamelan) (?:\w+ )?ka anjeun\b"
    r"|\b(?:isiniif|siif) hojii (?:\w+ )?(?:dhiheessuu|kennuu|kennina|dhiheessina)\b"
    r"|\b(?:tubahaye|twabahaye) (?:akazi|umwanya)\b"
    r"|\b(?:tinokupai basa|tinokupai chinzvimbo|tikukupatsani ntchito|topesi (?:yo|bino) mosala)\b"
    r"|ନିଯୁକ୍ତି ପତ୍ର(?:କୁ)? (?:\S+ )?(?:ପଠାଉଛୁ|ସଂଲଗ୍ନ କରାଯାଇଛି)"
)

# ---------------------------------------------------------------------------------------------
# The gate: a thing no job and the job words that keep the gate open (rejectwatch.model.gate)
# ---------------------------------------------------------------------------------------------

NOT_A_JOB = (
    r"|\b(?:liening\w*|hierwente\w*|studzjebeurs\w*|fersekering\w*|"
    r"findramam-bola|hofan-trano|vatsim-pianarana|fiantohana|"
    r"utangan|kontrakan|"
    r"қарз\w*|иҷора\w*|суғурта\w*|"
    r"nonogatupe|fale mautotogi|sikolasipi|inisiua|"
    r"fiansa|hur di kas|beka di studio)\b"
    r"|"
    + _KN_START
    + r"(?:ಸಾಲ(?:ದ|ಕ್ಕೆ|ವನ್ನು)?|ಬಾಡಿಗೆ\S*|ವಿದ್ಯಾರ್ಥಿವೇತನ\S*|ವಿಮೆ\S*)"
    + _KN_END
    + r"|\b(?:injeuman|liqii|carraa barnootaa|inshuraansii|inguzanyo|ubukode|buruse|"
    r"ubwishingizi|chikwereti|bhezari|ngongole|niongo|nyongo)\b"
    r"|" + _OR_START + r"(?:ଋଣ|ଭ(?:\u0b5c|\u0b21\u0b3c)ା|ଛାତ୍ରବୃତ୍ତି|ବୀମା)"
)
A_JOB = (
    r"|\b(?:sollisitaasje\w*|fakatuere\w*|funksje|"
    r"toeran" + _AP + r"asa|fangatahana asa|kandida|resadresaka|"
    r"padamelan|pakaryan|pendhaftaran|"
    r"вазифа\w*|ҷои кор|номзад\w*|мусоҳиба\w*|довталаб\w*|"
    r"tofiga|talosaga galuega|" + _sm(r"fa'atalanoaga") + r"|"
    r"puesto|trabou|aplikashon)\b"
    r"|(?:ಹುದ್ದೆ|ಉದ್ಯೋಗ|ಅಭ್ಯರ್ಥಿ|ಸಂದರ್ಶನ|ನೇಮಕಾತಿ)"
    r"|\b(?:hojii|kaadhimamaa|afgaaffii|af-gaaffii|akazi|umukandida|abakandida|chinzvimbo|"
    r"munyoreri|kubvunzurudzwa|basa (?:iri|rino|ra|re)|ntchito|udindo|wofunsira|mosala)\b"
    r"|ପଦବୀ|ଚାକିରି|ପ୍ରାର୍ଥୀ|ସାକ୍ଷାତକାର|ନିଯୁକ୍ତି"
)

# ---------------------------------------------------------------------------------------------
# The readings
# ---------------------------------------------------------------------------------------------

# West Frisian ("jo binne net selektearre", "dyn sollisitaasje is net slagge", "do wurdst net
# útnoege foar in petear", "wy kinne jo gjin baan oanbiede")
_FY_OUT = re.compile(
    r"\b(?:(?:jo|do) (?:binne|bist|wiene|wiest)|(?:binne|wiene) jo|(?:bist|wiest) do) "
    r"(?:\w+ ){0,2}?net (?:selektearre|keazen|trochgien|oannommen)\b"
    r"|\b(?:jo|dyn|jins|jimme) sollisitaasje (?:is|wie) (?:\w+ ){0,3}?net (?:slagge|trochgien|"
    r"akseptearre|oannommen)\b"
    r"|\bwy kinne (?:jo|dy) (?:\w+ )?gjin (?:baan|plak|funksje|kontrakt) (?:oanbiede|jaan)\b"
    r"|\b(?:jo|do) (?:wurde|wurdst|wurdt) (?:\w+ )?net (?:útnoege|utnoege|útnûge) foar (?:in|it|"
    r"de) (?:\w+ )?(?:petear|sollisitaasjepetear|gesprek|folgjende ronde)\b"
    r"|\bwy (?:geane|gean) net fierder mei (?:jo|dyn|jins) sollisitaasje\b"
    r"|\bwy hawwe besletten (?:om )?net fierder te gean mei (?:jo|dy|dyn|jins)\b"
    # a list's result: "jo steane net op de shortlist", "do bist net troch nei de folgjende ronde"
    r"|\b(?:jo|do) (?:steane|stiest|binne|bist) net (?:op de (?:shortlist|koarte list)|troch "
    r"nei de folgjende (?:ronde|stap))\b"
)
# ("wy hawwe keazen foar in oare kandidaat", "in oare kandidaat is keazen", "wy hawwe in oar
# oannommen")
_FY_OTHER = re.compile(
    r"(?<!\bnet )\b(?:keazen|kard|besletten) foar (?:in )?(?:oare|oar) (?:kandidaat|kandidate|"
    r"sollisitant|persoan|profyl)\b"
    r"|\bin oare (?:kandidaat|kandidate|sollisitant|persoan) (?:is|wie) (?:\w+ )?(?:keazen|"
    r"oannommen|selektearre)\b"
    r"|\bwy hawwe (?:al )?in oar(?:e)? (?:kandidaat |kandidate |persoan )?(?:oannommen|keazen)\b"
)
_FY_GONE = re.compile(
    r"\bde (?:fakatuere|funksje|baan|posysje) is (?:al |ûndertusken |yntusken )?(?:ynfolle|"
    r"ferfolle|besetten)\b"
)

# Malagasy ("tsy voafidy ianao", "tsy nahomby ny fangatahanao", "tsy afaka manohy ny
# fangatahanao izahay")
_MG_OUT = re.compile(
    r"\btsy (?:voafidy|voaray|nahomby|tafita|nekena) (?:ianao|ianareo)\b"
    r"|\btsy (?:nahomby|voaray|nekena|nahafa-po) (?:ny )?fangataha(?:nao|nareo)\b"
    r"|\bny fangataha(?:nao|nareo)\b[^.!?\n]{0,30}?\btsy (?:nahomby|voaray|nekena)\b"
    r"|\btsy afaka (?:manohy|mandray|manaiky) (?:ny )?fangataha(?:nao|nareo)\b"
    r"|\btsy afaka (?:manolotra|manome) anao (?:ny|ilay) (?:toerana|asa)\b"
    # a list's result: "tsy tafiditra ao amin'ny lisitra ianao"
    r"|\btsy (?:tafiditra|voasoratra) (?:ao )?amin" + _AP + r"ny lisitra (?:\w+ )?(?:ianao|"
    r"ianareo)\b"
)
# ("nisafidy kandida hafa izahay", "olona hafa no voafidy")
_MG_OTHER = re.compile(
    r"(?<!\btsy )\b(?:nisafidy|nifidy|nandray) (?:\w+ )?(?:kandida|olona|mpangataka) hafa\b"
    r"|\b(?:kandida|olona|mpangataka) hafa no (?:voafidy|nofidianay|noraisina|nofidina)\b"
)
_MG_GONE = re.compile(
    r"\befa (?:feno|nofenoina|misy mpameno) (?:ilay|ny) (?:toerana|asa)\b"
    r"|\bny (?:toerana|asa)\b[^.!?\n]{0,20}?\befa (?:feno|nofenoina)\b"
)

# Javanese, its polite (krama) and plain (ngoko) registers ("panjenengan dereng saged kapilih",
# "lamaran panjenengan mboten saged dipuntampi", "kowe ora kapilih")
_JV_NOT = r"(?:dereng saged|mboten saged|boten saged|durung bisa|ora bisa|mboten|boten|ora)"
_JV_OUT = re.compile(
    r"\b(?:panjenengan|sampeyan|kowe|panjenenganipun) (?:\w+ )?" + _JV_NOT + r" (?:kapilih|"
    r"dipilih|dipunpilih|katampi|ditampa|dipuntampi|lolos|lulus)\b"
    r"|\blamaran (?:panjenengan|sampeyan|mu|sampeyan) (?:\w+ ){0,2}?" + _JV_NOT + r" "
    r"(?:dipuntampi|ditampa|katampi|kapilih|dipunlanjutaken|dilanjutake|lolos)\b"
    r"|\b(?:kula|kita|kami) (?:\w+ )?" + _JV_NOT + r" (?:nglajengaken|nerusake|nampi|nampa) "
    r"lamaran (?:panjenengan|sampeyan|mu)\b"
)
# ("kita milih calon sanes", "sampun wonten calon sanes ingkang kapilih")
_JV_OTHER = re.compile(
    r"(?<!\bmboten )(?<!\bdereng )(?<!\bdurung )(?<!\bora )\b(?:milih|mundhut|nampi|nampa|"
    r"ngangkat) (?:\w+ )?(?:calon|pelamar|tiyang|wong|kandidat) (?:sanes|liyane|liya|lintu)\b"
    r"|\b(?:calon|pelamar|tiyang|wong|kandidat) (?:sanes|liyane|liya|lintu) (?:ingkang|sing) "
    r"(?:sampun |wis )?(?:kapilih|dipilih|dipunpilih|katampi|ditampa)\b"
)
_JV_GONE = re.compile(
    r"\b(?:posisi|lowongan|papan) (?:\w+ )?(?:sampun|wis) (?:kaisi|dipunisi|diisi|kebak|"
    r"wonten ingkang ngisi)\b"
)

# Somali, the forms added_languages lacked ("lagaama dooran", "lagaa ma dooran", "ma aadan ku
# guuleysan", "waxaa la doortay musharax kale", "waxaan shaqaaleysiinay qof kale")
_SO_OUT = re.compile(
    r"\b(?:lagaama|lagaa ma|lagama|lagu ma) (?:doorran|dooran|xulin|aqbalin|doorannin)\b"
    r"|\bma (?:aadan|aydaan) (?:ku )?(?:guuleysan|guulaysan|gudbin|soo gudbin)\b"
    r"|\b(?:kuma|kuuma) (?:dooran|doorran|xulan) (?:karno|karin)\b"
)
_SO_OTHER = re.compile(
    r"\bwaxaa (?:la )?(?:doortay|doortey|xushay|shaqaaleysiiyay) (?:\w+ )?(?:musharax|qof|"
    r"murashax) (?:kale|kaloo)\b"
    r"|\bwaxaan (?:shaqaaleysiinay|qaadanay|go" + _AP + r"aansanay inaan la shaqeyno) (?:\w+ )?"
    r"(?:musharax|qof|murashax) (?:kale|kaloo)\b"
)

# Tajik ("шумо … интихоб нашудед", "дархости шумо қабул нашуд", "наметавонем ба шумо вазифа
# пешниҳод кунем")
_TG_OUT = re.compile(
    r"\bшумо (?:\w+ ){0,6}?(?:интихоб|қабул) (?:нашудед|нагардидед|нашудаед|нагардидаед)"
    r"|\b(?:дархост|ариза)\w* (?:шумо )?(?:\w+ ){0,5}?(?:қабул|пазируфта|қонеъ|интихоб) (?:нашуд|"
    r"нагардид|нашудааст|нагардидааст|карда нашуд)"
    r"|\bшуморо (?:\w+ ){0,3}?(?:интихоб|қабул) (?:накардем|карда натавонистем|намуда натавонистем)"
    r"|\bнаметавонем (?:ба шумо )?(?:\w+ ){0,2}?(?:вазифа|ҷои кор|кор)\w* (?:\w+ )?пешниҳод"
    # a list's result: "шумо ба давраи навбатӣ роҳ наёфтед"
    r"|\bшумо (?:\w+ ){0,3}?ба (?:давраи|марҳилаи) (?:навбатӣ|дуюм|ниҳоӣ) "
    r"(?:роҳ наёфтед|нагузаштед)"
)
# ("мо номзади дигарро интихоб кардем", "номзади дигар интихоб шуд")
_TG_OTHER = re.compile(
    r"\b(?:номзад|довталаб|шахс|нафар)\w* дигар\w*[^.!?\n]{0,25}?(?:интихоб|қабул|ба кор "
    r"қабул) (?:кардем|намудем|шуд|гардид|кард|шудааст)"
)
_TG_GONE = re.compile(
    r"\b(?:вазифа|ҷои кор)\w* (?:\w+ ){0,3}?(?:аллакай )?(?:ишғол|пур) (?:шудааст|шуд|карда шуд|"
    r"гардид)"
)

# Samoan ("e le'i filifilia oe", "e le'i manuia lau talosaga", "ua matou filifilia se isi")
_SM_OUT = re.compile(
    _sm(
        r"\b(?:e|na|ua) (?:le'i|le) (?:filifilia|talia|taliaina|pasia) (?:oe|outou)\b"
        r"|\b(?:e|ua|na) (?:le'i|le) (?:manuia|talia|taliaina|pasia) (?:lau|la outou) "
        r"(?:talosaga|tusi talosaga)\b"
        r"|\blau talosaga\b[^.!?\n]{0,30}?\b(?:e|ua) (?:le'i|le) (?:manuia|taliaina|talia)\b"
        r"|\be le mafai ona matou (?:tu'uina atu|ofo atu) (?:ia te oe )?le (?:tofiga|galuega)\b"
        # a list's result: "e le'i aofia lou igoa i le lisi pu'upu'u"
        r"|\be le'i (?:aofia|filifilia) lou igoa i le lisi\b"
    )
)
_SM_OTHER = re.compile(
    r"(?<!le'i )(?<!le\u2019i )(?<!le\u02bbi )(?<!lei )(?<!le )"
    + _sm(
        r"\b(?:filifilia|tofia|fa'afaigaluegaina) (?:e matou )?se isi "
        r"(?:tagata|sui|sui talosaga|tagata talosaga)\b"
        r"|\bua (?:matou )?(?:filifilia|tofia) se isi\b"
    )
)
_SM_GONE = re.compile(
    _sm(r"\b(?:ua uma ona fa'atumu|ua fa'atumu|ua tumu) (?:le|lea) (?:tofiga|avanoa|galuega)\b")
)

# Kannada ("ನಿಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲಾಗಿಲ್ಲ", "ನೀವು ಆಯ್ಕೆಯಾಗಿಲ್ಲ", "ನಿಮ್ಮ ಅರ್ಜಿಯನ್ನು ತಿರಸ್ಕರಿಸಲಾಗಿದೆ";
# a negative perfect ends its word, so the conditional "ಆಯ್ಕೆಯಾಗದಿದ್ದರೆ" is no match)
_KN_OUT = re.compile(
    r"(?:ನಿಮ್ಮನ್ನು|ತಮ್ಮನ್ನು)[^.!?\n]{0,40}?(?:ಆಯ್ಕೆ ಮಾಡಲಾಗಿಲ್ಲ|ಆಯ್ಕೆ ಮಾಡಿಲ್ಲ|ಆಯ್ಕೆ ಮಾಡಲು "
    r"ಸಾಧ್ಯವಾಗಿಲ್ಲ|ಆಯ್ಕೆ ಮಾಡಲು ಸಾಧ್ಯವಾಗುತ್ತಿಲ್ಲ|ನೇಮಿಸಿಕೊಳ್ಳಲು ಸಾಧ್ಯವಿಲ್ಲ)"
    + _KN_END
    + r"|(?:ನೀವು|ತಾವು)[^.!?\n]{0,40}?(?:ಆಯ್ಕೆಯಾಗಿಲ್ಲ|ಆಯ್ಕೆ ಆಗಿಲ್ಲ|ಉತ್ತೀರ್ಣರಾಗಿಲ್ಲ|ಆಯ್ಕೆಯಾಗಲಿಲ್ಲ)"
    + _KN_END
    + r"|(?:ನಿಮ್ಮ|ತಮ್ಮ) (?:\S+ )?ಅರ್ಜಿ[^.!?\n]{0,30}?(?:ತಿರಸ್ಕರಿಸಲಾಗಿದೆ|ತಿರಸ್ಕೃತಗೊಂಡಿದೆ|"
    r"ಸ್ವೀಕರಿಸಲಾಗಿಲ್ಲ|ಯಶಸ್ವಿಯಾಗಿಲ್ಲ)"
    + _KN_END
    # a list's result: "ಕಿರುಪಟ್ಟಿಯಲ್ಲಿ ನಿಮ್ಮ ಹೆಸರು ಸೇರಿಲ್ಲ"
    + r"|(?:ಕಿರುಪಟ್ಟಿ|ಆಯ್ಕೆ ಪಟ್ಟಿ)[^.!?\n]{0,30}?(?:ಸೇರಿಲ್ಲ|ಸೇರಿಸಲಾಗಿಲ್ಲ|ಇಲ್ಲ)"
    + _KN_END
)
# ("ಬೇರೆ ಅಭ್ಯರ್ಥಿಯನ್ನು ಆಯ್ಕೆ ಮಾಡಿದ್ದೇವೆ")
_KN_OTHER = re.compile(
    r"(?:ಬೇರೆ|ಮತ್ತೊಬ್ಬ|ಇನ್ನೊಬ್ಬ|ಮತ್ತೊಂದು|ಬೇರೊಬ್ಬ) (?:ಅಭ್ಯರ್ಥಿ|ವ್ಯಕ್ತಿ|ಅರ್ಜಿದಾರ)[^.!?\n]{0,30}?"
    r"(?:ಆಯ್ಕೆ ಮಾಡಿದ್ದೇವೆ|ಆಯ್ಕೆ ಮಾಡಲಾಗಿದೆ|ಆಯ್ಕೆಯಾಗಿದ್ದಾರೆ|ನೇಮಿಸಿಕೊಂಡಿದ್ದೇವೆ|ನೇಮಕ ಮಾಡಿದ್ದೇವೆ|"
    r"ಆಯ್ಕೆ ಮಾಡಿದೆವು)" + _KN_END
)
_KN_GONE = re.compile(r"ಹುದ್ದೆ[^.!?\n]{0,20}?(?:ಭರ್ತಿಯಾಗಿದೆ|ಭರ್ತಿ ಮಾಡಲಾಗಿದೆ|ಭರ್ತಿಗೊಂಡಿದೆ)" + _KN_END)

# Papiamento ("bo no a wordu selekshoná", "bo aplikashon no a tene éxito", "nos no por sigui
# ku bo aplikashon", "nos a skohe otro kandidato")
_PAP_OUT = re.compile(
    r"\bbo no a (?:wordu |keda )?(?:selekshoná|selekshona|skohé|skohe|aseptá|asepta|kualifiká)"
    r"|\bbo aplikashon (?:\w+ )?no a (?:wordu aseptá|wordu asepta|tene éxito|tene exito|pasa)"
    r"|\bnos no por (?:sigui|kontinuá|kontinua) (?:ku|cu) bo aplikashon\b"
    r"|\bnos no por ofresé bo (?:e puesto|e trabou|un kontrakt)"
    # a list's result: "bo no a pasa pa e siguiente fase"
    r"|\bbo no a pasa (?:pa|na) e (?:siguiente|próximo|proksimo) (?:fase|ronda|paso)\b"
)
_PAP_OTHER = re.compile(
    r"(?<!\bno a )\b(?:skohe|skohé|selekshoná|selekshona|emplea|kontratá|kontrata) (?:\w+ )?"
    r"otro (?:kandidato|kandidata|persona|hende|aplikante)\b"
)
_PAP_GONE = re.compile(r"\be puesto (?:a )?(?:wordu |ta )?(?:yená|yena|okupá|okupa)(?: kaba)?\b")

# The slice's other new languages, read ahead by languages_ahead and added_languages, in forms
# their readings lacked: Faroese "tú fært ikki starvið" (you do not get the post: slice 19's
# Faroese letter said it after the choice of another), Hausa "ba za mu iya ci gaba da takardar
# neman aikinka ba" (the application named with "takardar neman"), "mun ɗauki wanda yake da …"
# (we took one who has …, the slice's Hausa reason), Zulu and Xhosa "asikukhethanga" (we did not
# choose you)
_FO_NOT_GIVEN = re.compile(r"\b(?:tú fært|fært tú|tygum fáa|fáa tygum) (?:\w+ )?ikki starvið\b")
_HA_NOT_GOING_ON = re.compile(
    r"\bba za mu iya ci gaba da takardar neman (?:aikinka|aikinki|aikinku)\b"
)
_HA_TOOK_ONE_WHO = re.compile(
    r"\b(?:mun ɗauki|mun dauki|mun zaɓi|mun zabi) wanda (?:yake|take|ke) da\b"
)
_ZU_NOT_CHOSEN = re.compile(r"\b(?:asikukhethanga|asinikhethanga|asikukhethi|asinikhethi)\b")

# Ahead of the slices: Sundanese ("anjeun teu kapilih", "lamaran anjeun teu tiasa katampi",
# "kami parantos milih calon séjén"; "teu acan tiasa", not yet able, is the polite refusal, as
# Javanese "dereng saged")
_SU_OUT = re.compile(
    r"\banjeun (?:\w+ )?(?:teu|henteu|teu acan tiasa|teu tiasa) (?:kapilih|katampi|lulus|lolos)\b"
    r"|\blamaran (?:anjeun|salira) (?:\w+ ){0,2}?(?:teu|henteu) (?:acan )?(?:tiasa )?(?:katampi|"
    r"ditampi|kapilih)\b"
)
_SU_OTHER = re.compile(
    r"(?<!\bteu )(?<!\bhenteu )\b(?:milih|nampi|nyandak) (?:\w+ )?(?:calon|pelamar|jalma) "
    r"(?:séjén|sejen|lianna|sanés|sanes)\b"
)
_SU_GONE = re.compile(r"\bposisi (?:\w+ )?(?:tos|parantos|geus) (?:kaeusi|dieusian|dieusi)\b")

# Oromo ("isin hin filatamne", "iyyannoon keessan hin milkoofne", "kaadhimamaa biraa
# filanneerra", "bakki hojii guutameera")
_OM_OUT = re.compile(
    r"\b(?:isin|ati) (?:\w+ ){0,3}?hin (?:filatamne|filatamin|milkoofne|darbine|darbin)\b"
    r"|\biyyannoon (?:hojii )?(?:keessan|kee)\b[^.!?\n]{0,30}?\bhin (?:milkoofne|fudhatamne)\b"
    r"|\b(?:isin|si) filachuu hin (?:dandeenye|dandeenyu)\b"
)
_OM_OTHER = re.compile(
    r"\b(?:kaadhimamaa|nama|hirmaataa|iyyataa) biraa (?:\w+ )?(?:filanneerra|filanne|"
    r"qacarreerra|qacarre)\b"
    r"|\bnamni biraa (?:\w+ )?(?:filatameera|qacarameera)\b"
)
_OM_GONE = re.compile(r"\bbakki (?:hojii )?(?:\w+ )?(?:guutameera|qabameera)\b")

# Kinyarwanda ("ntabwo mwatoranyijwe", "ubusabe bwanyu ntibwemewe", "twahisemo undi mukandida";
# "mwatoranyijwe" alone, you were chosen, is none)
_RW_OUT = re.compile(
    r"\b(?:ntabwo (?:mwatoranyijwe|watoranyijwe|mwatsinze|watsinze)|ntimwatoranyijwe|"
    r"ntiwatoranyijwe)\b"
    r"|\bubusabe bwanyu (?:bw" + _AP + r"akazi )?(?:ntibwemewe|ntibwakiriwe|ntabwo bwemewe)\b"
    r"|\bntitwabashije gukomeza n" + _AP + r"ubusabe bwanyu\b"
)
_RW_OTHER = re.compile(
    r"\b(?:twahisemo|twatoranyije|hatoranyijwe) undi (?:mukandida|muntu|mukozi)\b"
)
_RW_GONE = re.compile(r"\bumwanya (?:w" + _AP + r"akazi )?wamaze (?:kuzuzwa|kubona umukozi)\b")

# Odia ("ଆପଣଙ୍କୁ ଚୟନ କରାଯାଇନାହିଁ", "ଆପଣଙ୍କ ଆବେଦନ ପ୍ରତ୍ୟାଖ୍ୟାନ କରାଯାଇଛି", "ଅନ୍ୟ ଜଣେ ପ୍ରାର୍ଥୀଙ୍କୁ
# ଚୟନ କରାଯାଇଛି")
_OR_OUT = re.compile(
    r"(?:ଆପଣଙ୍କୁ|ତୁମକୁ)[^.!?।\n]{0,40}?(?:ଚୟନ|ମନୋନୀତ) (?:କରାଯାଇ ?ନାହିଁ|କରାଯାଇପାରିଲା ନାହିଁ|"
    r"କରିପାରିଲୁ ନାହିଁ)"
    r"|(?:ଆପଣଙ୍କ|ତୁମର) (?:\S+ )?ଆବେଦନ[^.!?।\n]{0,30}?(?:ପ୍ରତ୍ୟାଖ୍ୟାନ କରାଯାଇଛି|ଗ୍ରହଣ କରାଯାଇ ?ନାହିଁ|"
    r"ନାକଚ କରାଯାଇଛି)"
)
_OR_OTHER = re.compile(
    r"ଅନ୍ୟ (?:ଜଣେ )?(?:ପ୍ରାର୍ଥୀ|ଆବେଦନକାରୀ|ବ୍ୟକ୍ତି)[^.!?।\n]{0,30}?(?:ଚୟନ କରାଯାଇଛି|ଚୟନ କରିଛୁ|"
    r"ମନୋନୀତ ହୋଇଛନ୍ତି|ନିଯୁକ୍ତ କରାଯାଇଛି)"
)
_OR_GONE = re.compile(r"ପଦ[^.!?।\n]{0,20}?(?:ପୂରଣ ହୋଇସାରିଛି|ପୂରଣ କରାଯାଇଛି)")

# Shona ("hamuna kusarudzwa", "chikumbiro chenyu hachina kubudirira", "takasarudza mumwe
# munyoreri"), Chichewa ("simunasankhidwe", "pempho lanu silinapambane", "tasankha munthu
# wina"), Lingala ("oponami te", "toponi moto mosusu"; its negation "te" ends the clause)
_SN_OUT = re.compile(
    r"\b(?:hamuna|hauna) (?:\w+ )?kusarudzwa\b"
    r"|\bchikumbiro chenyu\b[^.!?\n]{0,30}?\bhachina kubudirira\b"
    r"|\bhatigone kuenderera mberi nechikumbiro chenyu\b"
)
_SN_OTHER = re.compile(
    r"\b(?:takasarudza|takatora|pakasarudzwa) mumwe (?:munyoreri|mukwikwidzi|munhu)\b"
)
_SN_GONE = re.compile(r"\bchinzvimbo (?:ichi )?(?:chakazadzwa|chazadzwa)\b")
_NY_OUT = re.compile(
    r"\b(?:simunasankhidwe|sunasankhidwe)\b"
    r"|\bpempho lanu\b[^.!?\n]{0,30}?\bsilinapambane\b"
    r"|\bsitingathe kupitiriza ndi pempho lanu\b"
)
_NY_OTHER = re.compile(r"\b(?:tasankha|talemba) (?:munthu|wofunsira) wina\b")
_NY_GONE = re.compile(r"\budindo (?:uwu |umenewu )?(?:wadzazidwa|wapezeka kale)\b")
_LN_OUT = re.compile(
    r"\b(?:oponami|boponami|ozwami|bozwami) te\b"
    r"|\btokoki te kokoba na (?:mosenga|lisenga) na (?:yo|bino)\b"
)
_LN_OTHER = re.compile(
    r"\b(?:toponi|topona|tozwi|tozwaki) (?:\w+ )?(?:moto|mosengi|candidat) (?:mosusu|mususu)\b"
)
_LN_GONE = re.compile(r"\bmosala (?:oyo )?(?:esili kozwa moto|ezwi moto)\b")

READINGS = readings(
    ("reader_out", _FY_OUT),
    ("chose_other", _FY_OTHER),
    ("role_gone", _FY_GONE),
    ("reader_out", _MG_OUT),
    ("chose_other", _MG_OTHER),
    ("role_gone", _MG_GONE),
    ("reader_out", _JV_OUT),
    ("chose_other", _JV_OTHER),
    ("role_gone", _JV_GONE),
    ("reader_out", _SO_OUT),
    ("chose_other", _SO_OTHER),
    ("reader_out", _TG_OUT),
    ("chose_other", _TG_OTHER),
    ("role_gone", _TG_GONE),
    ("reader_out", _SM_OUT),
    ("chose_other", _SM_OTHER),
    ("role_gone", _SM_GONE),
    ("reader_out", _KN_OUT),
    ("chose_other", _KN_OTHER),
    ("role_gone", _KN_GONE),
    ("reader_out", _PAP_OUT),
    ("chose_other", _PAP_OTHER),
    ("role_gone", _PAP_GONE),
    ("reader_out", _FO_NOT_GIVEN),
    ("reader_out", _HA_NOT_GOING_ON),
    ("chose_other", _HA_TOOK_ONE_WHO),
    ("reader_out", _ZU_NOT_CHOSEN),
    ("reader_out", _SU_OUT),
    ("chose_other", _SU_OTHER),
    ("role_gone", _SU_GONE),
    ("reader_out", _OM_OUT),
    ("chose_other", _OM_OTHER),
    ("role_gone", _OM_GONE),
    ("reader_out", _RW_OUT),
    ("chose_other", _RW_OTHER),
    ("role_gone", _RW_GONE),
    ("reader_out", _OR_OUT),
    ("chose_other", _OR_OTHER),
    ("role_gone", _OR_GONE),
    ("reader_out", _SN_OUT),
    ("chose_other", _SN_OTHER),
    ("role_gone", _SN_GONE),
    ("reader_out", _NY_OUT),
    ("chose_other", _NY_OTHER),
    ("role_gone", _NY_GONE),
    ("reader_out", _LN_OUT),
    ("chose_other", _LN_OTHER),
    ("role_gone", _LN_GONE),
)
