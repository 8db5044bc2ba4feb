# ruff: noqa: RUF002, RUF003  (Cyrillic letters are the words read)
"""Outcome readings in Maltese, Basque, Irish, Luxembourgish, Zulu/Xhosa, Somali and Amharic, forms
the eighteenth pass's readings of Macedonian, Galician, Bengali and Tamil lacked, and the
familiar register's "we can't take you" (issue 11, nineteenth pass, part B).

Blind slice 17 missed seven refusals in other languages. Two were in languages no module read:
Maltese ("Jiddispjaċina ngħarrfuk li ma ntgħażiltx għal din il-pożizzjoni", you were not chosen)
and Basque ("beste hautagai bat aukeratu dugu", we chose another candidate). Four were in
languages world_languages reads, in shapes its readings did not know:

* Macedonian "одлучивме да продолжиме со друг кандидат": the choice of another said as a
  decision to go on with them (the reading knew "продолживме со" and "ќе продолжиме со", not the
  infinitive clause after "одлучивме да");
* Galician "non continúas no proceso de selección": the reader the subject of a present verb
  (the reading knew "non fuches seleccionada", "non podemos continuar");
* Bengali "অন্য একজন প্রার্থীকে নির্বাচন করা হয়েছে": a passive built on the verbal noun
  ("নির্বাচন করা হয়েছে", "বেছে নেওয়া হয়েছে"), where the reading knew the participle
  "নির্বাচিত করা হয়েছে" and the active verbs;
* Tamil "வேறொரு விண্ணப்பதாரரைத் தேர்ந்தெடுத்துள்ளோம்": "another" written as one word by sandhi
  ("வேறொரு", "மற்றொரு"), where the reading knew "வேறு ஒரு" apart.

The seventh, a French note from a phone ("on ne pourra pas te prendre", with "l'équipe est déjà
au complet"), is the familiar register: "on" for "nous", "te" for "vous", and "taking on" said
with the everyday verb. Its kind is read in the five languages the readings know best, in both
registers: "on ne pourra pas te prendre cette année", "nous ne pourrons pas vous engager", "wir
können dich leider nicht einstellen", "du bist nicht weitergekommen", "no podemos contratarte",
"non possiamo prenderti", "não podemos te contratar"; and a team or crew already full ("l'équipe
est déjà au complet", "das Team ist schon komplett", "el equipo ya está completo"). "Prendre"
and "nehmen" are read only with what the reader is taken for (a season, a year, the team, the
post): "on ne pourra pas te prendre à la gare" is a lift.

Ahead of the slices, Irish, Luxembourgish, Zulu and Xhosa, Somali and Amharic are read in the
same shapes. Each language gives the shared tokens (the reader out, someone else chosen, the
post filled or withdrawn) and brings its checks' words: conditionals ("jekk", "f'każ li";
"baldin", "bada", "ezean"; "má tá", "mura bhfuil", "i gcás"; "wann Dir", "am Fall"; "uma
ungezwa", "xa ungeva"; "haddii"; "ከሆነ", the prefix "ካል-"), decisions still to come ("malli",
"għadna ma"; "oraindik", "dugunean"; "nuair a", "go fóill"; "soubal", "nach net"; "okwamanje";
"weli"; "ገና"), the guard's regrets, invitations and offers, and the gate's words for a thing no
job and for a job. Short words that are common words elsewhere are read only in their own
phrases: Maltese "ma" (Czech, Polish "has", Hungarian "today") only in its verbs' negation,
Basque "ez" (Hungarian "this") only before an auxiliary, Irish "má" (Czech "has") and "mura"
(Italian "walls") only before a verb, Zulu "uma" (Portuguese "a") only before the reader's verb,
Maltese "meta" (the company) not at all, Luxembourgish "net" (Dutch "just", English "net") not
as the guard's negation. Amharic's negative past is a circumfix ("አልተመረጡም"), so the conditional
"ካልተመረጡ" is no match of it.

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

# Apostrophes (Maltese "ta'", "ma'", "f'każ"; Luxembourgish "d'Plaz"; Irish "d'iarratas")
_AP = "['\u2018\u2019]"

# ---------------------------------------------------------------------------------------------
# The checks' words (appended to languages.CONDITIONAL and NOT_YET)
# ---------------------------------------------------------------------------------------------

CONDITIONAL = (
    # Maltese ("jekk", "f'każ li", "sakemm", unless/until)
    r"|\b(?:jekk|f" + _AP + r"każ li|fil-każ li|sakemm|"
    # Basque ("baldin", the "ba-" of a conditional auxiliary, "ezean", if not, "kasuan")
    r"baldin|ba(?:da|dugu|dut|zaitugu|zaituztegu|zara|zarete|zaude|duzu|duzue|dute|zaituzte|"
    r"zenu|genu|litz)|ezean|kasuan|"
    # Irish ("má" and "mura" before a verb, "más rud é", "i gcás")
    r"má (?:tá|bhíonn|éiríonn|roghnaítear|theipeann|fhaigheann|dhiúltaítear|chloiseann)|"
    r"mura (?:bhfuil|n-éiríonn|mbíonn|roghnaítear|bhfaigheann|gcloiseann|roghnófar)|"
    r"más rud é|i gcás|"
    # Luxembourgish ("wann" is both "if" and "when": before a subject, "falls")
    r"wann (?:dir|du|är|deng|mir|et|net|d" + _AP + r"\w+)|am fall|"
    # Zulu "uma" (Portuguese "a") and Xhosa "xa" only before a verb of the reader's; Somali
    # "haddii"
    r"uma (?:unga|ninga|ungezwa|isicelo)\w*|xa (?:unga|ninga|ungeva)\w*|haddii|hadii)\b"
    # Amharic ("ከሆነ", "if it is"; the prefix "ካል-", if not: "ካልተመረጡ"; twenty-second pass, part C:
    # not Tigrinya "ካልእ", another, a word of its own)
    r"|ከሆነ|ካልሆነ|(?<!\w)ካል(?!እ(?![\u1200-\u137f]))"
)
NOT_YET = (
    r"|\b(?:malli|għadna ma|għadha ma|għadu ma|mhux qabel|"
    r"oraindik|bezain laster|erabakia hartu arte|dugunean|denean|dutenean|"
    r"nuair a|a luaithe a|go fóill|fós níl|sula|"
    r"soubal|nach net|nach kee|nach keng|okwamanje|weli|marka la go" + _AP + r"aamiyo)\b"
    r"|ገና|እንደተወሰነ"
)

# The guard's negations and regrets (rejectwatch.model.said_plainly), each language's own
NEGATION = (
    r"|\b(?:ma nistgħux|mhux|mhijiex|mhuwiex|ma nkunux|"
    r"ezin|ez (?:dugu|dizugu|dizuegu|zaitugu|gara|zara|da|dago)|"
    r"ní féidir|níor|níl|ní bheidh|"
    r"kënnen (?:iech|dech) net|kënne (?:mir )?(?:iech|dech) net|asikwazi|ma awoodno|ma karno)\b"
    r"|አንችልም"
)
REGRET = (
    r"|\b(?:jiddispjaċina|jiddispjaċini|sfortunatament|b" + _AP + r"dispjaċir|"
    r"tamalez|zoritxarrez|sentitzen dugu|"
    r"ar an drochuair|is oth linn|tá brón orainn|"
    r"et deet eis leed|leeder|ngeshwa|ngelishwa|siyaxolisa|nasiib darro|waan ka xunnahay)\b"
    r"|እንደ አለመታደል|እናዝናለን"
)

# ---------------------------------------------------------------------------------------------
# The guard: an invitation to an interview, an offer (rejectwatch.model.guard_abroad)
# ---------------------------------------------------------------------------------------------

INVITED = (
    r"|\bnistednu(?:k|kom)\b[^.!?\n]{0,30}?\b(?:intervista|laqgħa|jum ta" + _AP + r" prova)"
    r"|\b(?:elkarrizketa|elkarrizketara|bilera|bilerara|proba egun\w*)\b[^.!?\n]{0,30}?"
    r"\bgonbidatu (?:nahi )?"
    r"(?:zaitugu|zaituztegu)\b"
    r"|\bgonbidatzen (?:zaitugu|zaituztegu)\b[^.!?\n]{0,30}?\belkarrizketa"
    r"|\bcuireadh (?:a thabhairt duit|chugat)\b[^.!?\n]{0,30}?\b(?:agallamh|lá trialach)"
    r"|\bmir (?:wëllen|géifen|wéilten|invitéieren|lueden) (?:iech|dech) (?:gär |häerzlech )?"
    r"(?:op|fir|zu|an) (?:\w+ ){0,2}?(?:gespréich|interview|entretien|probedag|schnupperdag)"
    r"|\bsi(?:ya)?kumema\b[^.!?\n]{0,30}?(?:nhlolokhono|ngxoxo|dliwano)"
    r"|\bwaxaan ku (?:martiqaadaynaa|casuumaynaa)\b[^.!?\n]{0,30}?\b(?:wareysi|waraysi|kulan)"
    r"|(?:ለቃለ መጠይቅ|ለቃለመጠይቅ) (?:ልንጋብዝዎ|እንጋብዝዎታለን|ጋብዘንዎታል)"
)
OFFERED = (
    r"|\bnoffru(?:lek|lkom)\b[^.!?\n]{0,30}?\b(?:il-pożizzjoni|ix-xogħol|l-impjieg|kuntratt|"
    r"ir-rwol)"
    r"|\b(?:lanpostua|postua|kontratua)\b[^.!?\n]{0,20}?\beskaini (?:nahi )?(?:dizugu|dizuegu)\b"
    r"|\b(?:an post|an ról|conradh) a thairiscint duit\b"
    r"|\bmir (?:wëllen|géifen|wéilten|bidden) (?:iech|dech) (?:gär )?(?:d" + _AP + r"plaz|"
    r"de posten|d" + _AP + r"stell|e kontrakt|eng plaz)\b"
    r"|\bsi(?:ya)?kunikez?a (?:\w+ )?(?:isikhundla|umsebenzi)\b"
    r"|\bwaxaan (?:kuu|idiin) (?:soo )?(?:fidinaynaa|bixinaynaa) (?:\w+ )?(?:shaqada|jagada|"
    r"booska)\b"
)

# ---------------------------------------------------------------------------------------------
# The gate: a thing no job and the job words that keep the gate open (rejectwatch.model.gate)
# ---------------------------------------------------------------------------------------------

NOT_A_JOB = (
    # (thirty-ninth pass: the Maltese rent only after its article, never the name Kiri)
    r"|\b(?:(?:is|għas|tas|bis)-self|(?<=-)kiri|borża ta" + _AP + r" studju|viża|il-viża|sħubija|"
    r"assigurazzjoni|mailegu\w*|alokairu\w*|etxebizitza\w*|beka(?:rako|ren|ri|k)?|"
    r"bazkidetza\w*|aseguru\w*|iasacht\w*|morgáiste|cíos|árasán|scoláireacht\w*|víosa|"
    r"ballraíocht\w*|árachas|wunneng\w*|versécherung\w*|imalimboleko|ibhasari|umshwalense|"
    r"deyn\w*|kirada|deeq waxbarasho|fiisaha|caymis\w*)\b"
    r"|ብድር|ኪራይ|ቪዛ|ስኮላርሺፕ|መድን"
)
A_JOB = (
    r"|\b(?:pożizzjoni\w*|impjieg\w*|xogħol|intervista|vakanza|applikant\w*|"
    r"lanpostu\w*|hautagai\w*|elkarrizketa\w*|hautaketa\w*|"
    r"agallamh\w*|iarrthóir\w*|fostaíocht\w*|folúntas\w*|"
    r"plaz|posten|gespréich|kandidatur\w*|isikhundla|umsebenzi|inhlolokhono|umfakisicelo|"
    r"udliwano-ndlebe|shaqo\w*|jagada|jago|musharax\w*|wareysi\w*|waraysi\w*)\b"
    r"|የሥራ መደብ|የስራ መደብ|ቃለ መጠይቅ|እጩ|አመልካች|ቅጥር"
)

# ---------------------------------------------------------------------------------------------
# The readings
# ---------------------------------------------------------------------------------------------

# Maltese ("ma ntgħażiltx", "ma ġejtx magħżula", "l-applikazzjoni tiegħek ma ġietx aċċettata",
# "iddeċidejna li ma nkomplux", "ma nistgħux noffrulek il-pożizzjoni")
_MT_OUT = re.compile(
    r"\bma (?:i?ntgħażilt(?:x|ux)|ġejt(?:x|ux) (?:magħżul|magħżula|magħżulin|aċċettat|aċċettata)|"
    r"kont(?:x|ux) (?:magħżul|magħżula|fost il-magħżulin)|għaddejt(?:x|ux) (?:għall-|għat-|"
    r"għal )|i?rnexxiel(?:ek|kom)x)"
    r"|\bl-applikazzjoni (?:tiegħek|tagħkom)\b(?: [\w'\u2019-]+){0,3}? ma (?:ntlaqgħetx|ġietx "
    r"(?:aċċettata|milqugħa|magħżula)|kinitx ta" + _AP + r" suċċess|għaddietx)"
    r"|\bi?ddeċidejna li ma (?:nkomplux|nipproċedux|ngħaddux)\b"
    r"|\bma nistgħux (?:noffrulek|noffrulkom) (?:il-pożizzjoni|ix-xogħol|l-impjieg|dan ir-rwol|"
    r"kuntratt)"
    r"|\bma nistgħux (?:nkomplu|nipproċedu) (?:bl-applikazzjoni|mal-applikazzjoni|miegħek|"
    r"magħkom)"
)
# Maltese ("għażilna kandidat ieħor", "intgħażlet kandidata oħra", "nkomplu ma' persuna oħra")
_MT_OTHER = re.compile(
    r"\b(?:għażilna|għażlu|ħatarna|intgħażel|intgħażlet|intgħażlu|ġie magħżul|ġiet magħżula|"
    r"(?:nkomplu|komplejna|nipproċedu) ma" + _AP + r"?)\s(?:\w+ ){0,2}?(?:kandidat\w*|persuna|"
    r"applikant\w*) (?:ieħor|oħra|oħrajn)\b"
    # (fifty-sixth pass, fourth round: the post given to someone else, "Il-post ingħata lil
    # ħaddieħor li diġà jaħdem magħna", slice 126)
    r"|\b(?:i?l-post|i?x-xogħol|i?l-pożizzjoni|i?r-rwol)\b[^.!?\n]{0,30}? (?:ingħata|ngħata|"
    r"ingħatat|ħadu|ħaditu|ħaduh) (?:lil )?(?:ħaddieħor|xi ħadd ieħor|persuna oħra|kandidat "
    r"ieħor)\b"
)
_MT_GONE = re.compile(
    r"\b(?:i?l-pożizzjoni|i?l-post|i?l-vakanza|i?r-rwol)\b[^.!?\n]{0,40}?\b(?:ġiet|ġie|diġà) "
    r"(?:diġà )?(?:mimlija|mimli|ikkanċellat\w*|imħassr\w*)"
)

# Basque ("ez zaitugu hautatu", "ez zara hautatua izan", "zure hautagaitzak ez du aurrera egin",
# "ezin dizugu lanpostua eskaini", "ez jarraitzea erabaki dugu")
_EU_OUT = re.compile(
    r"\bez (?:zaitugu|zaituztegu|zaituzte) (?:\w+ )?(?:hautatu|aukeratu|onartu)\b"
    r"|\bez (?:zara|zarete|zinen) (?:\w+ )?(?:hautatua|hautatu|aukeratua|aukeratu|onartua)\b"
    r"|\b(?:hautagaitzak|eskaerak|eskabideak) ez (?:du|dute) aurrera egin\b"
    r"|\bezin (?:dizugu|dizuegu|izango dizugu) (?:\w+ )?(?:lanpostua|lanpostu hau|postua|"
    r"kontratua|lana) eskaini\b"
    r"|\b(?:lanpostua|lanpostu hau|postua) ezin (?:dizugu|dizuegu) eskaini\b"
    r"|\b(?:erabaki (?:dugu|dute) ez (?:jarraitzea|aurrera egitea)|ez (?:jarraitzea|aurrera "
    r"egitea) erabaki (?:dugu|dute))\b"
    r"|\bez (?:zara|zarete|duzu|duzue) hurrengo (?:fasera|urratsera|txandara) (?:pasatu|igaro)\b"
)
# Basque ("beste hautagai bat aukeratu dugu", "beste pertsona batekin jarraitzea erabaki dugu")
_EU_OTHER = re.compile(
    r"\bbeste (?:hautagai|pertsona|profil|kandidatu)\w*(?: bat)?(?: \w+){0,2}? (?:aukeratu|"
    r"hautatu|kontratatu|hartu) (?:dugu|dute|da|genuen|zuten)\b"
    r"|\bbeste (?:hautagai|pertsona|profil|kandidatu)\w* batekin (?:jarraitzea|aurrera egitea)"
    r" erabaki (?:dugu|dute)\b"
)
_EU_GONE = re.compile(
    r"\blanpostua\b[^.!?\n]{0,30}?\b(?:bete (?:da|dugu|dute)|bertan behera (?:geratu|utzi) "
    r"(?:da|dugu|dute))\b"
)

# Irish ("níor éirigh leat", "níor éirigh le d'iarratas", "níor roghnaíodh thú", "ní bheidh muid
# ag leanúint ar aghaidh le d'iarratas", "ní féidir linn an post a thairiscint duit")
_GA_OUT = re.compile(
    r"\bníor éirigh (?:leat|libh|le d" + _AP + r"iarratas|le bhur n-iarratas)\b"
    r"|\bníor roghnaíodh (?:thú|sibh|d" + _AP + r"iarratas)\b"
    r"|\bní (?:bheidh|bheimid) (?:muid |sinn )?ag (?:leanúint|dul) ar aghaidh le (?:d"
    + _AP
    + r"iarratas|bhur n-iarratas)\b"
    r"|\bní féidir linn (?:an post|an ról|post|conradh) a thairiscint duit\b"
    # (fifty-sixth pass: the application going no further, "ní rachaidh d'iarratas níos faide",
    # slice 124)
    r"|\bní (?:rachaidh|théann|thiocfaidh) d" + _AP + r"iarratas (?:níos faide|ar aghaidh|chun "
    r"cinn)\b"
)
# Irish ("roghnaíomar iarrthóir eile", "tá iarrthóir eile roghnaithe againn")
_GA_OTHER = re.compile(
    r"\b(?:roghnaíomar|roghnaíodh|cheapamar|ceapadh|roghnaigh muid)(?: \w+)? (?:iarrthóir|duine)"
    r" eile\b"
    r"|\btá (?:iarrthóir|duine) eile roghnaithe\b"
    # (fifty-fifth pass: or someone described chosen, "Roghnaíodh fear as an mBuailtín a bhfuil
    # ...", or who got the post, "Fuair gabha óg ón bparóiste an post": slice 112; never the
    # reader, "fuair tú an post")
    r"|\broghnaíodh (?:fear|bean|duine|iarrthóir|ball|cailín|buachaill)(?: óg)? (?:as|ó|ón|a|atá|"
    r"le|eile)\b"
    # (fifty-eighth pass: or up to nine words on who, "Fuair siúinéir ó Inis Meáin a thóg curacha
    # roimhe seo an post", or the post given, "Tugadh an post d'fhíodóir", slice 136)
    r"|\bfuair (?!tú\b|sibh\b|muid\b|mé\b)(?:\w+ ){1,9}?an (?:post|ról|folúntas|áit)\b"
    r"|\btugadh an (?:post|ról|folúntas|áit|jab) (?:do |d" + _AP + r")(?!uit\b|aoibh\b)"
    # (fifty-sixth pass: or the post given to someone described, "Thug muid an post do bhádóir ó
    # Ros Muc", slice 124; never to the reader, "duit", "daoibh")
    r"|\bthug (?:muid|muidne|mé|sinn|said|siad|sé|sí) an (?:post|ról|folúntas|áit|jab) do "
    r"(?!duit\b|daoibh\b)\w+"
)
_GA_GONE = re.compile(
    r"\b(?:tá|go bhfuil) an (?:post|folúntas) (?:\w+ )?líonta\b|\b(?:líonadh|cuireadh) an (?:post|"
    r"folúntas)\b(?: ar ceal)?"
)

# Luxembourgish ("Är Kandidatur gouf net berécksiichtegt", "Dir sidd net ausgewielt ginn", "mir
# hunn eis fir en anere Kandidat entscheet")
_LB_OUT = re.compile(
    r"\b(?:är|deng) (?:kandidatur|bewerbung)\b[^.!?\n]{0,40}?\b(?:net|nët) (?:méi )?"
    r"(?:berécksiichtegt|zeréckbehalen|zréckbehalen|ausgewielt|ugeholl)\b"
    r"|\b(?:dir sidd|sidd dir|du bass|bass du|dir gouft|gouft dir|du goufs)\b[^.!?\n]{0,20}?"
    r"\b(?:net|nët) (?:\w+ )?"
    r"(?:ausgewielt|berécksiichtegt|zeréckbehalen|zréckbehalen|ugeholl)\b"
)
_LB_OTHER = re.compile(
    r"\bfir (?:en aneren?|eng aner|een aneren?) (?:kandidat\w*|bewerber\w*|persoun|profil)\b"
    r"[^.!?\n]{0,30}?\bentscheet\b"
)
# (twentieth pass, part H: the post gone to someone else, "d'Plaz ass un een aneren gaangen",
# "mir hunn eis fir een aneren decidéiert", "mir hunn en anere Kandidat agestallt")
_LB_SOMEONE = (
    r"(?:een aneren?|eng aner (?:persoun|kandidatin)|en anere[nm]? (?:kandidat|bewerber)|"
    r"eng intern (?:persoun|kandidatin)|en interne[nm]? kandidat)"
)
_LB_POST = r"(?:d" + _AP + r"plaz|de posten|d" + _AP + r"stell|d" + _AP + r"positioun)"
_LB_TO_SOMEONE = (
    r"(?:schonn |elo |mëttlerweil |leider )?un " + _LB_SOMEONE + r" (?:gaangen|vergi ginn)\b"
)
_LB_WENT = re.compile(
    r"\b"
    + _LB_POST
    + r"\b[^.!?\n]{0,30}?\b(?:ass|gouf) "
    + _LB_TO_SOMEONE
    + r"|\b(?:ass|gouf) "
    + _LB_POST
    + " "
    + _LB_TO_SOMEONE
    # (fifty-eighth pass: or with the verb first, "No laangem Iwwerleeën hu mir en anere Kandidat
    # geholl", slice 134)
    + r"|\b(?:mir hunn|hu(?:nn)? mir) (?:eis )?(?:schonn |elo |leider )?(?:fir )?"
    + _LB_SOMEONE
    + r" (?:agestallt|ausgewielt|geholl|decidéiert|entscheet)\b"
)
_LB_GONE = re.compile(
    r"\b" + _LB_POST + r"\b[^.!?\n]{0,30}?"
    r"\bass (?:schonn |elo |mëttlerweil )?(?:besat|vergi|vergeben)\b"
)
# (fifty-eighth pass: the choice fallen on someone, "D'Wiel ass op eng Keramikerin gefall", and
# the place not given to the reader, "dofir kënne mir Iech d'Plaz leider net ginn", slice 134;
# never the reader, "op Iech")
_LB_CHOICE_FELL = re.compile(
    r"\bd" + _AP + r"wiel ass (?:schonn |elo )?op (?!iech\b|dech\b|dir\b)(?:een|eng|en|e|den|"
    r"d" + _AP + r")\w*(?: \w+){1,4}? gefall\b"
)
_LB_NOT_GIVEN = re.compile(
    r"\b(?:(?:kënne|kéinte|kann|konnt) mir|mir (?:kënnen|kéinten|kënne)) (?:iech|dir|dech) "
    + _LB_POST + r" (?:leider |also )?"
    r"(?:net|nët) (?:ginn|ubidden|offréieren|uerbidden)\b"
)

# Zulu and Xhosa ("isicelo sakho asiphumelelanga", "awukhethwanga", "asikwazi ukuqhubeka
# nesicelo sakho", "sikhethe omunye umfakisicelo", "isikhundla sesigcwalisiwe")
_ZU_OUT = re.compile(
    r"\bisicelo (?:sakho|senu)\b[^.!?\n]{0,30}?\b(?:asiphumelelanga|asamukelwanga|asamkelwanga)\b"
    r"|\b(?:awukhethwanga|anikhethwanga|awuphumelelanga|aniphumelelanga)\b"
    r"|\basikwazi ukuqhubeka nesicelo (?:sakho|senu)\b"
)
_ZU_OTHER = re.compile(
    r"\b(?:sikhethe|sikhethile|kukhethwe|kukhethwa) (?:\w+ )?(?:omunye|omnye|abanye) "
    r"(?:umfakisicelo|umfaki-sicelo|umuntu|umntu|umenzi|umfakizicelo)\w*"
)
_ZU_GONE = re.compile(
    r"\bisikhundla\b[^.!?\n]{0,30}?\b(?:sesigcwalisiwe|sigcwalisiwe|sesivaliwe|sikhanseliwe|"
    r"sele sizalisiwe|sizalisiwe)\b"
)

# Somali ("codsigaaga lama aqbalin", "laguma dooran", "waxaan dooranay musharax kale", "jagada
# waa la buuxiyay")
_SO_OUT = re.compile(
    r"\bcodsiga(?:aga|ga|agu)\b[^.!?\n]{0,30}?\b(?:lama aqbalin|ma guuleysan|lama doorran|lama "
    r"dooran)\b"
    r"|\blaguma (?:doorran|dooran|xulin)\b"
)
_SO_OTHER = re.compile(
    r"\bwaxaan (?:u )?(?:dooranay|doorannay|xulanay) (?:\w+ )?(?:musharax|qof) (?:kale|kaloo)\b"
)
_SO_GONE = re.compile(r"\bjagada\b[^.!?\n]{0,30}?\bwaa la (?:buuxiyay|buuxshay|joojiyay)\b")

# Amharic ("ማመልከቻዎ ተቀባይነት አላገኘም", "አልተመረጡም", "ሌላ እጩ መርጠናል", "ቦታው ተሞልቷል"; a
# negative past is a circumfix, "አል…ም", so "ካልተመረጡ", if you are not chosen, is no match)
_AM_OUT = re.compile("(?:አልተመረጡም|አልተመረጥክም|አልተመረጥሽም|ተቀባይነት አላገኘም|አላለፉም|አላለፍክም|አላለፍሽም)")
_AM_OTHER = re.compile("ሌላ (?:እጩ|አመልካች|ሰው)[^።.!?\n]{0,25}?(?:መርጠናል|ተመርጧል|መርጧል)")
_AM_GONE = re.compile("(?:ቦታው|የሥራ መደቡ|የስራ መደቡ)[^።.!?\n]{0,25}?(?:ተሞልቷል|ተይዟል|ተሰርዟል)")

# The eighteenth pass's readings' missing forms (rejectwatch.model.world_languages): Macedonian
# "одлучивме да продолжиме со друг кандидат"; Galician "non continúas no proceso"; Bengali
# "অন্য একজন প্রার্থীকে নির্বাচন করা হয়েছে"; Tamil "வேறொரு விண்ணப்பதாரரைத் தேர்ந்தெடுத்துள்ளோம்"
_MK_GO_ON_OTHER = re.compile(
    r"\b(?:одлучивме|решивме|се одлучивме) да (?:продолжиме|одиме понатаму) со (?:друг|друга|"
    r"други)(?: \w+)? (?:кандидат|лице|профил|колег)\w*"
)
_GL_NOT_GOING_ON = re.compile(
    r"\bnon (?:continúas|segues|avanzas|pasas|continúa|segue|avanza) (?:\w+ )?(?:no|ao|á|a|"
    r"dentro do) (?:proceso|seguinte|próxima|fase)\b"
)
_BN_PASSIVE_OTHER = re.compile(
    (
        r"(?:অন্য|আরেকজন)(?: একজন)? (?:প্রার্থী|ব্যক্তি|জন)[^.।!?\n]{0,20}?"
        r"(?:নির্বাচন করা হয়েছে|বেছে নেওয়া হয়েছে|নিয়োগ দেওয়া হয়েছে|মনোনীত করা হয়েছে)"
        # (fifty-sixth pass: or someone described taken, "… এমন একজনকে নেওয়া হলো", slice 124)
        r"|এমন (?:একজনকে|কাউকে) (?:নেওয়া হলো|নেওয়া হয়েছে|বেছে নেওয়া হলো|বেছে নেওয়া হয়েছে|"
        r"নিয়েছি|নিলাম)"
    )
    # ("য়" composed or not, as world_languages reads it)
    .replace("\u09af\u09bc", "\u09df")
    .replace("\u09df", "(?:\u09df|\u09af\u09bc)")
)
_TA_ONE_WORD_OTHER = re.compile(
    r"(?:வேறொரு|மற்றொரு|மற்ற) (?:விண்ணப்பதாரர|வேட்பாளர|நபர)[^.!?\n]{0,25}?"
    r"(?:தேர்ந்தெடுத்துள்ளோம்|தேர்ந்தெடுத்தோம்|தேர்வு செய்துள்ளோம்|தேர்வு செய்தோம்|"
    r"நியமித்துள்ளோம்)"
    # (fifty-sixth pass: or the place got by someone described, "இந்த இடத்தை, … ஒரு கலைஞர்
    # பெற்றுள்ளார்", slice 124)
    r"|(?:இடத்தை|பணியை|பதவியை|வேலையை)[^.!?\n]{0,80}?ஒரு \S+ (?:பெற்றுள்ளார்|பெற்றார்|பெற்றுவிட்டார்)"
)

# The familiar register (French "on", "te"; German "du"; Spanish, Italian, Portuguese clitics):
# we can't take you on, said with the everyday verb. "Prendre", "nehmen" and "prenderti" only
# with what the reader is taken for.
_FOR = (
    r"(?:cette année|cette saison|cet été|pour (?:la saison|les vendanges|cette saison|le poste|"
    r"ce poste|cette année|cet été|la récolte)|dans (?:l['\u2019]équipe|notre équipe))"
)
_TAKE_ON = re.compile(
    r"\b(?:on|nous) ne (?:pourra|pourrons|peut|pouvons|va|allons)(?: pas| malheureusement pas) "
    r"(?:pouvoir )?(?:te |t['\u2019]|vous )(?:prendre (?:\w+ )?"
    + _FOR
    + r"|engager|embaucher|recruter|"
    r"proposer (?:le|ce) poste|garder (?:\w+ )?"
    + _FOR
    + r")"
    # (twenty-ninth pass, part D: "nous ne pourrons pas vous proposer de contrat cette saison",
    # the negated partitive; never a date, nor a contract only delayed: "avant", "d'ici")
    + r"|\b(?:on|nous) ne (?:pourra|pourrons|peut|pouvons)(?: pas| malheureusement pas) "
    r"(?:te |vous )proposer (?:de contrat|de poste|d['\u2019]emploi|de place)\b"
    r"(?! (?:avant|d['\u2019]ici|tant|sans|à durée)\b)"
    # (part Q: never a service contract, a parking space)
    r"(?! d['\u2019](?:maintenance|entretien|assurance|abonnement|location|garantie)\b)"
    r"(?! de (?:maintenance|location|service|garantie|parking|stationnement|leasing)\b)"
    r"(?![^.!?\n]*\b(?:bus|car|navette|voiture|covoiturage|train|concert|spectacle|salle)\b)"
    r"|\b(?:on|nous) ne (?:te|vous) (?:prendra|prendrons|prend|prenons) pas (?:\w+ )?"
    + _FOR
    + r"|\b(?:können|werden) (?:wir )?(?:dich|euch) (?:\w+ )?(?:leider )?nicht (?:einstellen|"
    r"übernehmen|ins team (?:aufnehmen|holen|nehmen)|(?:für|in) (?:die|diese) saison nehmen)\b"
    r"|\bkönnen (?:wir )?sie (?:\w+ )?(?:leider )?nicht einstellen\b"
    r"|\b(?:du bist|sie sind) (?:leider )?nicht (?:weitergekommen|in die (?:nächste|engere) runde)"
    r"|\bno (?:podemos|podremos|vamos a poder) (?:contratarte|contratarle|ficharte|ofrecerte el "
    r"puesto|ofrecerle el puesto)\b"
    r"|\bno (?:te|le|os) (?:podemos|podremos|vamos a poder) (?:contratar|ofrecer el puesto|"
    r"ofrecer la plaza)\b"
    # (twenty-seventh pass, part D: "así que no te podemos incorporar", "no podemos
    # incorporarte este año", never to a group, a list, a course, a trip or a chat)
    r"|\bno (?:te|le|os) (?:podemos|podremos|vamos a poder) incorporar\b(?! (?:a|al|en) (?:la |el "
    r"|los |las )?(?:grupo|lista|curso|chat|viaje|excursión|reunión|proyecto|sorteo)\b)"
    # (twenty-seventh pass, part Q: never a start date, "hasta el 1 de marzo", "antes del 15")
    r"(?![^.!?\n]*\b(?:hasta|antes del?|a partir del?|fútbol|futbol|baloncesto|pádel|torneo|liga|"
    r"partido)\b)"
    r"|\bno (?:podemos|podremos|vamos a poder) (?:incorporarte|incorporarle|incorporaros)\b"
    r"(?! (?:a|al|en) (?:la |el |los |las )?(?:grupo|lista|curso|chat|viaje|excursión|reunión|"
    r"proyecto|sorteo)\b)"
    r"(?![^.!?\n]*\b(?:hasta|antes del?|a partir del?|fútbol|futbol|baloncesto|pádel|torneo|liga|"
    r"partido)\b)"
    r"|\bnon (?:possiamo|potremo|riusciamo a) (?:assumerti|assumerla|(?:prenderti|prenderla) "
    r"(?:quest['\u2019]anno|per (?:la stagione|il posto|questo ruolo)|in squadra))\b"
    r"|\bnon (?:ti|la) (?:possiamo|potremo) (?:assumere|prendere (?:in squadra|per la stagione|"
    r"quest['\u2019]anno))\b"
    r"|\bnão (?:podemos|poderemos|vamos poder) (?:te contratar|contratá-l[oa]|contratar-te|"
    r"oferecer-te a vaga|te oferecer a vaga|lhe oferecer a vaga)\b"
)
# The team or crew already full, in the past or now ("l'équipe est déjà au complet", "das Team
# ist schon komplett", "el equipo ya está completo", "la squadra è già al completo", "a equipa já
# está completa")
# ... and French "le poste est déjà pourvu", an adverb between the verb and its participle (the
# role_gone reading of rejectwatch.model.languages knows "est pourvu", "a déjà été pourvu")
_FR_ALREADY_FILLED = re.compile(
    r"\b(?:poste|offre|stage|emploi|contrat)\b[^.!?\n]{0,60}?\best (?:déjà|désormais|maintenant) "
    r"(?:pourvue?|attribuée?)\b"
)
_TEAM_FULL = re.compile(
    r"\b(?:l['\u2019]|notre |votre )équipe (?:\w+ ){0,3}?est (?:déjà |maintenant )?"
    r"(?:au complet|complète)\b"
    r"|\b(?:das|unser) team (?:\w+ ){0,3}?ist (?:bereits |schon )(?:komplett|voll(?:ständig)?)\b"
    r"|\bel equipo (?:\w+ ){0,3}?(?:ya está|está ya) completo\b"
    r"|\bla squadra (?:\w+ ){0,3}?è già (?:al completo|completa)\b"
    r"|\ba (?:equipa|equipe) (?:\w+ ){0,3}?já está (?:completa|fechada)\b"
)

READINGS = readings(
    ("reader_out", _MT_OUT),
    ("chose_other", _MT_OTHER),
    ("role_gone", _MT_GONE),
    ("reader_out", _EU_OUT),
    ("chose_other", _EU_OTHER),
    ("role_gone", _EU_GONE),
    ("reader_out", _GA_OUT),
    ("chose_other", _GA_OTHER),
    ("role_gone", _GA_GONE),
    ("reader_out", _LB_OUT),
    ("chose_other", _LB_OTHER),
    ("role_gone", _LB_GONE),
    ("chose_other", _LB_WENT),
    ("chose_other", _LB_CHOICE_FELL),
    ("reader_out", _LB_NOT_GIVEN),
    ("reader_out", _ZU_OUT),
    ("chose_other", _ZU_OTHER),
    ("role_gone", _ZU_GONE),
    ("reader_out", _SO_OUT),
    ("chose_other", _SO_OTHER),
    ("role_gone", _SO_GONE),
    ("reader_out", _AM_OUT),
    ("chose_other", _AM_OTHER),
    ("role_gone", _AM_GONE),
    ("chose_other", _MK_GO_ON_OTHER),
    ("reader_out", _GL_NOT_GOING_ON),
    ("chose_other", _BN_PASSIVE_OTHER),
    ("chose_other", _TA_ONE_WORD_OTHER),
    ("reader_out", _TAKE_ON),
    ("role_gone", _TEAM_FULL),
    ("role_gone", _FR_ALREADY_FILLED),
)
