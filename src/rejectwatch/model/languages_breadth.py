# ruff: noqa: RUF002  (Turkish dotless i and Cyrillic letters are the words read)
"""The usual refusal formulas of thirty languages and regional varieties new to the project
(issue 11, twenty-sixth pass, part N).

Every sealed slice's wide part holds ~25 rejections in other languages, ten of them new to the
project, and a language no reading knows is mostly missed. written-39 wrote thirty Latin- and
Cyrillic-script languages no slice, batch or reading named; the shipped model filed 4 of its 90
refusals. Each language's usual ways of saying the reader was not chosen, the post is filled,
someone else was chosen, or the application goes no further are read here, written for the
language and never one message's words:

* Upper Sorbian: "njemóžemy Ći tute městno poskićić", "njejsće był wubrany", "městno je hižo
  wobsadźene", "smy so za druhu kandidatku rozsudźili";
* Kashubian: "jesmë Cë nie wëbrelë", "sztél je ju zajãti", "wëbrelë jesmë jinszégò kandidata";
* Silesian: "wybrali my inkszego kandydata", "stanowisko je już obsadzōne", "niy bydymy dalij
  prowadzić Waszego zgłoszynio";
* Manx: "nagh vel shin er dty reih", "ta'n ynnyd … lhieent", "ta shin er reih fer elley";
* Cornish: "na wrussyn ni agas dewis", "an soodh re beu lenwys", "ni a dhewisas nebonan aral";
* Chamorro: "ti ma ayek hao", "esta ma nå'i otro taotao", "ti siña in kontinua i aplikasion-mu";
* Kirundi: "ko utatowe", "umwanya waramaze kuronka …", "twahisemwo uwundi mukandida";
* Luganda: "tetukulonze", "ekifo kyajjuziddwa", "twalonze omuntu omulala";
* Aymara: "janiw jumax ajllitäktati", "yaqha jaqiruw ajllipxta / churatäxi";
* Nahuatl: "amo otimitzpepenque", "otiquinpepenque occe tlacatl", "tequitl ye oquipiya occe
  tlacatl";
* Gascon: "la vòsta candidatura n'ei pas estada retienguda", "lo lòc qu'ei dejà ocupat",
  "qu'avem causit un aute candidat";
* Lombard, Piedmontese, Ligurian: someone else chosen ("gh'emm sceglüü un'altra persona", "i
  l'oma sërnù n'àutra përson-a", "emmo scelto unn'atra personn-a"), the post taken ("el post
  l'è giamò ciapaa", "ël pòst a l'é già ocupà", "o pòsto o l'é za occupou"), the application
  going no further ("la toa domanda la va minga inanz", "a peul nen andé anans con toa
  candidatura", "a teu domanda a no va avanti");
* Aromanian: "nu vã aleapsim", "alepsim unã altã persoanã", "lucrul fu dat a unui altu";
* Picard: "os n'avons point r'tenu vo candidature", "el plache al est déjà prinse", "os avons
  quoési ène eute personne";
* Alsatian, Bavarian, Swabian: "mir hàn uns fer e àndri Person entschiede", "mia ham uns fia an
  andan entschiedn", "mir hen ons fir en andre entschieda"; "d'Stell isch schun b'setzt", "de
  Stöi is scho vergebn", "d'Stell isch scho weg"; "mia kenna di ned nehma", "mir kenne Ejch nit
  nämme", "des wird nix mit dr Stell";
* Plautdietsch: "wie habe eenem aundren jewält", "dee Stal es aul besat", "wie kjenne die dee
  Oabeit nich jäwe";
* Gagauz and Crimean Tatar: "sizi seçmedik", "iş eri artık dolu", "başka bir insanı seçtik";
  "siz saylanmadıñız", "vazife artıq toldı", "başqa namzetni sayladıq";
* siSwati, Sepedi, Xitsonga: "awukhetfwanga", "lesikhundla sesigcwalisiwe", "sikhetse lomunye
  umuntfu"; "ga o a kgethwa", "maemo a šetše a tladitšwe", "re kgethile motho yo mongwe"; "a wu
  hlawuriwanga", "xikhundla xi tatiwile", "hi hlawule munhu un'wana";
* Hiligaynon: "indi na namon mapadayon ang imo aplikasyon", "ang posisyon napun-an na", "nakapili na
  kami sang iban";
* Rusyn: "мы вас не выбрали", "місце уж обсаджене", "выбрали іншого кандідата";
* Bashkir, Chuvash, Yakut: "һеҙ һайланманығыҙ", "урын инде тулы", "башҡа кешене һайланыҡ";
  "эсир суйланман", "вырăн йышăннă", "урăх çынна суйларăмăр" (Chuvash in its own letters ӑ ӗ ҫ
  or the Latin ă ĕ ç typed for them); "эһигини талбатыбыт", "миэстэ толору", "атын киһини
  талбыппыт".

Their twins stay unread: a receipt with each language's "if you are chosen, we will tell you"
(its "if" is read by rejectwatch.model.languages: "jeli", "czej", "jeźli", "my vees", "mar
pydh", "yanggen", "nimba", "intla", "nangabe", "loko", "eger", "эгәр"), an invitation, a seat
or a ticket taken for a concert, the reader chosen, a "not yet".

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_usual import _AP, _NO_DAY, _no_reader, _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = [
    "CONDITIONAL",
    "READINGS",
]

# each language's "if" (never a short word of another language on its own: Manx "my", Cornish
# "mar", Hiligaynon "kon", Sepedi "ge" only before their subjects)
CONDITIONAL = (
    r"|\b(?:jelizo|czej|jeżlë|jeźli|yanggen|nimba|intla|nangabe|eger|әгәр)\b"
    # (part Q: Upper Sorbian "jeli", never Jeli the Malaysian town, "jawatan di Jeli")
    r"|(?<!\bdi )(?<!\bke )(?<!\bdari )(?<!\bdaerah )(?<!\bjajahan )\bjeli\b"
    # (part Q: Xitsonga "loko" only before its subject; siSwati's "loko" is "that")
    r"|\bloko (?:u|mi|hi|a|va|xi|ku|wu|ri|swi|ndzi) \w"
    r"|\bmy (?:vees|ta|vel) (?:shin|oo|shiu)\b|\bmar (?:pydh|pe|pedh)\b"
    r"|\bge (?:o|le|re|ba) (?:ka|sa)\b|\bkon (?:mapili|mapilian|indi)\b"
)

# a seat, a ticket, a table, a hall or an event: never the post
_EVENTS = (
    r"koncer\w*|konsert\w*|concert\w*|concèrt|konsäat|tikit\w*|tiket\w*|ticket\w*|bilet\w*|"
    r"bijet|biggetti|kàrte|kartn|karta|kjoarte|festyn|fiesta|festa|hèsta|ducasse|theater|"
    r"volksfest|bus|autobus|avtobus|taula|blid|sala|zal|saala|концерт\w*|билет\w*|білет\w*|"
    r"билиэт\w*|автобус\w*|зал\w*|театр\w*|тыйаатыр\w*|спектакл\w*|тамаша\w*|кино\w*"
)
_NO_EVENT = _not_in_sentence(_EVENTS)

# ---------------------------------------------------------------------------------------------
# West Slavic: Upper Sorbian, Kashubian, Silesian
# ---------------------------------------------------------------------------------------------

_HSB_OUT = re.compile(
    r"\bnjemóžemy (?:ći|wam) (?:\w+ ){0,2}?(?:městno|dźěło|pozicij\w*|wukubłanske městno) "
    r"(?:poskićić|dać|přepodać)\b"
    r"|\bnjejs(?:y|će) (?:był[aoy]? |byli )?(?:wubran[yaei]|wuzwolen[yaei]|přiwzat[yaei])\b"
)
_HSB_GONE = re.compile(
    r"\b(?:městno|dźěłowe městno|pozicija|wukubłanske městno)"
    + _NO_EVENT
    + r" (?:\w+ ){0,3}?je (?:pak |wšak )?(?:hižo |mjeztym |nětko )?(?:wobsadźene|wobsadźena|"
    r"zastajene|zastajena)\b"
)
_HSB_OTHER = re.compile(
    r"\bsmy (?:so (?:hižo |mjeztym )?za (?:druh[uaeiy]\w*|hinaš\w*) (?:kandidat\w*|wosob\w*|"
    r"požadar\w*|kolegin\w*|kolegu) rozsudźil[iay]|(?:hižo |mjeztym )?(?:druh\w+|hinaš\w+) "
    r"(?:kandidat\w*|wosob\w*|požadar\w*) (?:wubrali|přiwzali|zastajili))\b" + _NO_DAY
)

_CSB_OUT = re.compile(
    r"\bjesmë (?:cë|wama|was|wastã|waju) nie (?:wëbrelë|wëbrele|przëjãlë|przëjãle)\b"
    r"|\bnie mòżemë (?:cë|wama|wastowi|wastnie) dac (?:ti |tej )?(?:robòt\w*|sztél\w*|môl\w*)\b"
)
_CSB_GONE = re.compile(
    r"\b(?:sztél|robòta|stanowiskò|môl robòtë)"
    + _NO_EVENT
    + r" (?:w \w+ \w+ )?je (?:ju |jużo )?(?:zajãti|zajãtô|zajãtá|òbsadzony|òbsadzóny|òbsadzonô)\b"
)
_CSB_OTHER = re.compile(
    r"\bwëbrelë (?:jesmë |më )?(?:jinszégò|jinszą|jinszi|jinszé|drëdżégò|drëgą) (?:kandidat\w*|"
    r"człowiek\w*|òsob\w*|knôp\w*|dzéwcz\w*)\b" + _NO_DAY + _no_reader(r"\b(?:cë|ce|wama|was)\b")
)

_SZL_OTHER = re.compile(
    r"\bwybrali my (?:już |juże )?(?:inkszego|inkszo|inksza|inkszom|inkszych|inkszõ) "
    r"(?:kandydat\w*|człowieka|osob\w*|chopa|dziołcha|dziołcha|baba|babã)\b" + _NO_DAY
)
_SZL_GONE = re.compile(
    r"\b(?:stanowisko|stanowisko,|robota|plac roboty)"
    + _NO_EVENT
    + r"(?: \S+){0,6}? je (?:już |juże )?(?:obsadzōne|obsadzōno|obsadzono|obsadzōny|zajynte|"
    r"zajynto)\b"
)
_SZL_OUT = re.compile(
    r"\bniy bydymy (?:dalij |dalyj )?(?:prowadzić|rozpatrywać|brać pod uwaga) (?:waszego|twojego|"
    r"wasze|twoje) zgłoszyni[ao]\b"
    r"|\bniy wybrali my (?:ciã|cie|wos|was)\b"
)

# ---------------------------------------------------------------------------------------------
# Manx and Cornish
# ---------------------------------------------------------------------------------------------

_GV_OUT = re.compile(
    r"\b(?:nagh|cha) vel shin er (?:dty|nyn|y) reih\b"
    r"|\bcha (?:vel|nel) shin (?:abyl|son) dty ghoaill\b"
)
_GV_GONE = re.compile(
    r"\bta(?:" + _AP + r"n| yn) (?:obbyr|ynnyd)\b" + _NO_EVENT + r"[^.!?\n]{0,40}?\blhieent\b"
)
_GV_OTHER = re.compile(
    r"\bta shin er reih (?:fer|ben|peiagh|persoon|pyagh) (?:elley|noa)\b"
    + _NO_DAY
    + _no_reader(r"\b(?:dty|oo|shiu)\b")
)

_KW_OUT = re.compile(
    r"\b(?:na|ny) wrussyn ni (?:agas|dha|'gas) dewis\b|\bny veu(?:s)? (?:hwi|ta) dewisys\b"
)
_KW_GONE = re.compile(
    r"\ban (?:soodh|ober|post) (?:re beu|yw|a veu) (?:lenwys|kemerys|res dhe nebonan)\b" + _NO_EVENT
)
_KW_OTHER = re.compile(
    r"\bni (?:a|re) dhewisas (?:nebonan|neb|den|benyn|ombrofyer) (?:aral|arall|nowydh)\b"
    + _NO_DAY
    + _no_reader(r"\b(?:agas|hwi|ta)\b")
)

# ---------------------------------------------------------------------------------------------
# Chamorro
# ---------------------------------------------------------------------------------------------

_CH_OUT = re.compile(
    r"\bti ma ayek (?:hao|hamyo)\b"
    r"|\bti siña (?:ham |hit )?in (?:kontinua|susiha) i aplikasion\w*"
)
_CH_OTHER = re.compile(
    r"\besta (?:guaha )?ma (?:nå" + _AP + r"?i|na" + _AP + r"?i|ayek|chule" + _AP + r"?) otro "
    r"(?:taotao|palao" + _AP + r"?an|lahi|kandidåto|kandidato)\b" + _NO_DAY + _NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Kirundi, Luganda, siSwati, Sepedi, Xitsonga
# ---------------------------------------------------------------------------------------------

_RN_OUT = re.compile(r"\b(?:utatowe|mutatowe|utatoranijwe|mutatoranijwe)\b")
_RN_GONE = re.compile(
    r"\bumwanya"
    + _NO_EVENT
    # (part Q: never the reader's own slot booked, Kinyarwanda "umwanya wawe wafashwe")
    + _not_in_sentence(r"wawe|wanyu|ikiganiro|w" + _AP + r"ikiganiro")
    + r" (?:\w+ ){0,2}?(?:waramaze kuronka|wamaze kuronka|waramaze kwuzuzwa|wamaze kwuzuzwa|"
    r"warafashwe|wafashwe)\b"
)
_RN_OTHER = re.compile(
    r"\b(?:twahisemwo|twatoye|twatoranije|twafashe) (?:uwundi|undi|abandi) (?:mukandida|muntu|"
    r"mukozi|bakandida)\b" + _NO_DAY
)

_LG_OUT = re.compile(
    r"\b(?:tetukulonze|tetukulondedde|tetukulonda)\b"
    r"|\btetusobola kukuwa (?:mulimu|kifo)\b"
)
_LG_GONE = re.compile(
    r"\bekifo" + _NO_EVENT + r" (?:\w+ ){0,2}?(?:kyajjuziddwa|kijjuziddwa|kyafunye omuntu)\b"
)
_LG_OTHER = re.compile(
    r"\b(?:(?:twalonze|tulonze|twafunye|tufunye) omuntu omulala|omulimu (?:\w+ )?gwaweereddwa "
    r"omuntu omulala)\b" + _NO_DAY
)

_SS_OUT = re.compile(
    r"\b(?:awukhetfwanga|anikhetfwanga|awuphumelelanga|aniphumelelanga)\b"
    # (part Q: never a competition, a draw or a log-in, "awuphumelelanga ukungena")
    + _not_in_sentence(
        r"\w*ncintiswano\w*|lotho|lotto|umdlalo|imidlalo|ukungena|\w*akhawunti|iphasiwedi|password"
    )
)
_SS_GONE = re.compile(
    r"\b(?:lesikhundla|sikhundla|lomsebenti|umsebenti) (?:sesigcwalisiwe|sesitfolakele|"
    r"usugcwalisiwe|sewugcwalisiwe)\b"
)
_SS_OTHER = re.compile(
    r"\bsikhetse (?:lomunye|lenye|labanye) (?:umuntfu|likhandidethi|umfakisicelo)\b" + _NO_DAY
)

_NSO_OUT = re.compile(r"\bga (?:o|le) a (?:kgethwa|kgethiwa|atlega|amogelwa)\b")
_NSO_GONE = re.compile(
    r"\b(?:maemo|mošomo|mosomo|sekgoba) (?:a|o|se) (?:šetše|setse) (?:a |o |se )?(?:tlatšitšwe|"
    r"tladitšwe|tlatsitswe|tladitswe|filwe motho)\b"
)
_NSO_OTHER = re.compile(
    r"\bre kgethile (?:motho yo mongwe|yo mongwe|mokgopedi yo mongwe|mongwe)\b(?! le mongwe)"
    + _NO_DAY
)

_TS_OUT = re.compile(r"\ba (?:wu|mi) (?:hlawuriwanga|hlawuliwanga|amukeriwanga|humelelanga)\b")
_TS_GONE = re.compile(
    r"\bxikhundla" + _NO_EVENT + r" (?:\w+ ){0,2}?xi (?:tatiwile|tatisiwile|tekiwile)\b"
)
_TS_OTHER = re.compile(
    r"\bhi (?:hlawule|hlawurile|tekile|thole) (?:munhu un" + _AP + r"?wana|un" + _AP + r"?wana|"
    r"mukombeli un" + _AP + r"?wana)\b" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Aymara and Nahuatl
# ---------------------------------------------------------------------------------------------

_AY_OUT = re.compile(r"\bjaniw (?:jumax |jumanakax )?ajllit(?:ä|a)(?:ktati|ktasti|pktati)\b")
_AY_OTHER = re.compile(
    r"\byaqha (?:jaqiruw|jaqiw|maynir) (?:ajllipxta|ajllipxtha|ajlliwayapxta|churatäxi|"
    r"churataxi|irnaqañatak ajllipxta)\b" + _NO_DAY
)

_NAH_OUT = re.compile(
    r"\bamo (?:otimitzpepenque|timitzpepenque|otimitzpepenqueh|otamechpepenque)\b"
)
_NAH_OTHER = re.compile(
    r"\b(?:(?:otiquinpepenque|otiquipepenque|otiquinpepenqueh|tiquinpepenque) (?:occe|ocse|oc ce) "
    r"(?:tlacatl|tlacameh|cihuatl|oquichtli)|tequitl ye (?:oquipiya|quipiya) (?:occe|ocse|oc ce) "
    r"(?:tlacatl|cihuatl))\b" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Gascon, Picard
# ---------------------------------------------------------------------------------------------

_GSC_OUT = re.compile(
    r"\b(?:vòsta|vosta|toa) candidatura n" + _AP + r"?(?:ei|es|a) pas (?:estada|estat) "
    r"(?:retienguda|retenguda|seleccionada|causida)\b"
)
_GSC_GONE = re.compile(
    r"\blo (?:lòc|pòste|trabalh|emplec) qu"
    + _AP
    + r"?ei (?:dejà |ja )?(?:ocupat|pres|provesit)\b"
    + _NO_EVENT
)
_GSC_OTHER = re.compile(
    r"\bqu" + _AP + r"?avem (?:causit|pres|retengut|seleccionat|engatjat) (?:un aute|ua auta|un "
    r"aute|un autre) (?:candidat|candidata|persona|òmi|hemna)\b"
    + _NO_DAY
    + _no_reader(r"\b(?:vs|vos|vòsta|vosautes)\b")
)

_PCD_OUT = re.compile(
    r"\bos n"
    + _AP
    + r"?avons point (?:r"
    + _AP
    + r"?tenu|quoési|pris) (?:vo|vot|vote|t"
    + _AP
    + r"?|tin) ?candidature\b"
)
_PCD_GONE = re.compile(
    r"\b(?:el|ech) (?:plache|poste) (?:al |il )?(?:est|é) (?:déjà |d" + _AP + r"?jà )?(?:prinse|"
    r"prins|pris|occupée|occupé|donnée)\b" + _NO_EVENT
)
_PCD_OTHER = re.compile(
    r"\bos avons (?:quoési|coési|pris|printe|embauché) (?:ène|eune|un) (?:eute|aute|eut) "
    r"(?:personne|candidat|candidate|gamin|fille|garchon)\b" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Lombard, Piedmontese, Ligurian, Aromanian
# ---------------------------------------------------------------------------------------------

_LMO_OTHER = re.compile(
    r"\bemm (?:giamò )?(?:sceglüü|sceglii|scernüü|scernii|ciapaa|tolt|assunt) (?:on altra|un"
    + _AP
    + r"?altra|on alter|un alter|on"
    + _AP
    + r"?altra|n"
    + _AP
    + r"?altra) (?:persona|candidaa|candidada|tosa|tos|fioeu|tosan)\b"
    + _NO_DAY
    + _no_reader(r"\b(?:ti|te|vialter)\b")
)
_LMO_GONE = re.compile(
    r"\bel (?:post|pòst|lavor) l"
    + _AP
    + r"?è (?:giamò |già )?(?:ciapaa|occupaa|daa via)\b"
    + _NO_EVENT
)
_LMO_OUT = re.compile(
    r"\b(?:la toa|la soa|la vostra) domanda la va minga (?:inanz|innanz|avanti|inanzi)\b"
)

_PMS_OTHER = re.compile(
    r"\boma (?:già )?(?:sërnù|sernù|sernu|cernù|pijà) (?:n" + _AP + r"?àutra|n" + _AP + r"?àutr|"
    r"un àutr|n" + _AP + r"?autra|n" + _AP + r"?autr) (?:përson-a|persona|candidà|candidata|fija|"
    r"fieul|gar[sç]on)\b" + _NO_DAY + _no_reader(r"\b(?:ti|it|voi|vojautri)\b")
)
_PMS_GONE = re.compile(
    r"\bël (?:pòst|post|travaj) a l"
    + _AP
    + r"?é (?:già |giumai )?(?:ocupà|pijà|dàit via)\b"
    + _NO_EVENT
)
_PMS_OUT = re.compile(
    r"\ba peul nen (?:andé|andè|andare) (?:anans|avanti) con (?:toa|soa|vòstra|vostra) "
    r"(?:candidatura|domanda)\b"
)

_LIJ_OTHER = re.compile(
    r"\bemmo (?:za )?(?:scelto|sernuo|piggiou|assunto) (?:unn"
    + _AP
    + r"?atra|un atro|unn"
    + _AP
    + r"?atro|n"
    + _AP
    + r"?atra) (?:personn-a|persona|candidato|candidata|zoeno|zoena|figgeua)\b"
    + _NO_DAY
    + _no_reader(r"\b(?:ti|te|voî|voi)\b")
)
_LIJ_GONE = re.compile(
    r"\bo (?:pòsto|posto|travaggio) o l"
    + _AP
    + r"?é (?:za |zà )?(?:occupou|piggiou|dæto via)\b"
    + _NO_EVENT
)
_LIJ_OUT = re.compile(r"\b(?:a teu|a vostra|a sò) domanda a no va (?:avanti|ciù avanti)\b")

_RUP_OUT = re.compile(r"\bnu (?:vã|ti|v-|te) (?:aleapsim|alepsim|aleaplu)\b")
_RUP_OTHER = re.compile(
    r"\b(?:alepsim (?:unã|un) (?:altã|altu|alt) (?:persoanã|om|candidat|featã|ficior)|lucrul "
    r"(?:fu|easti) (?:datã|dat|loat) a (?:unui|unei|unã|un) (?:altu|altã|alt))\b" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Alsatian, Bavarian, Swabian (the German readings know none of these spellings), Plautdietsch
# ---------------------------------------------------------------------------------------------

_SOUTH_DE_OTHER = re.compile(
    r"\b(?:mia|mir|mer) (?:ham|hom|hamma|hen|hend|hàn|han) (?:uns|ons) (?:scho |jetz |leida "
    r"|leider )?(?:fia|fir|fer|fiar) (?:an|a|oan|oane|oa|en|e|ä|ebber) (?:andan|andern|andre|"
    r"andara|andane|àndri|andri|àndre|àndere|andera)"
    # (part Q: the word after "another" a person, never a colour or a flat)
    r"(?: (?:person|persoon|kandidat\w*|bewerber\w*|frau|fraa|mo|mann|ma|bua|bue|madl|maidle|"
    r"mädle|kolleg\w*|leit|lait|leut))? (?:entschiedn|entschieda|entschiede)\b" + _NO_DAY
)
_SOUTH_DE_GONE = re.compile(
    r"\b(?:de|d" + _AP + r"|d) ?(?:stöi|stell|stelln|stäi|lehrstöi|lehrstell) (?:is|isch|ish) "
    r"(?:(?:schun|scho|jetz|leida|leider) ){0,2}(?:vergebn|vergem|vergäh|vergeh|vergebe|weg|"
    r"bsetzt|b" + _AP + r"setzt)\b"
)
_SOUTH_DE_OUT = re.compile(
    r"\b(?:(?:mia|mir|mer) (?:kenna|kenne|kennan|kinne|kennat|kenned) (?:di|dich|ejch|eich|ihne|"
    r"eana|eich) (?:leida |leider )?(?:ned|nit|net) (?:nehma|nemme|nämme|nehme|nemma|ãstölln|"
    r"astölln|eistelle|aastelle)"
    r"|des wird (?:leider |leida )?nix mit (?:dr|der|de) (?:stell|stelle|lehrstell))\b"
    # (part Q: never a seat on a bus, in a tent, on an outing)
    + _not_in_sentence(_EVENTS + r"|zelt|ausflug|fahrt|kurs|auto|wage|grillfest|fescht|fest")
)

_PDT_OTHER = re.compile(
    r"\bwie habe (?:aul )?(?:eenem|eene|een) (?:aundren|aundre|aundri|aundra) (?:jewält|jenome|"
    r"aunjenome|jefunge)\b" + _NO_DAY
)
_PDT_GONE = re.compile(
    r"\bdee (?:stal|stall|stalle|oabeit) es (?:aul |nu )?(?:besat|besatt|wajch|vejäft|vejeft)\b"
)
_PDT_OUT = re.compile(
    r"\bwie kjenne (?:die|junt|ju) dee (?:oabeit|stal|stall) nich (?:jäwe|jewe|jäwen)\b"
)

# ---------------------------------------------------------------------------------------------
# Gagauz and Crimean Tatar
# ---------------------------------------------------------------------------------------------

_GAG_OUT = re.compile(
    r"\bsizi (?:seçmedik|seçämedik|kabletmedik)\b(?![^.!?\n]*\bbizi seç)|\bsän seçilmedin\b"
)
_GAG_GONE = re.compile(r"\biş eri (?:artık |şindi )?(?:dolu|dolduruldu|kapandı)\b" + _NO_EVENT)
_GAG_OTHER = re.compile(
    r"\bbaşka bir (?:insanı|adamı|kandidatı|kızı) (?:seçtik|aldık|tuttuk)\b" + _NO_DAY
)

_CRH_OUT = re.compile(
    r"\bsiz (?:saylanmadıñız|saylanmadınız|seçilmediñiz)\b|\bsizni (?:saylamadıq|almadıq)\b"
)
_CRH_GONE = re.compile(
    r"\b(?:vazife|iş yeri|mevqi) artıq (?:toldı|doldı|tolu|meşğul)\b" + _NO_EVENT
)
_CRH_OTHER = re.compile(
    r"\bbaşqa (?:bir )?(?:namzetni|insannı|kişini|adamnı|qıznı) (?:sayladıq|aldıq|seçtik|"
    r"tuttıq)\b" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Hiligaynon
# ---------------------------------------------------------------------------------------------

_HIL_OUT = re.compile(
    r"\bindi na (?:namon|kami) (?:mapadayon|maipadayon|mapasulong) ang (?:imo|inyo) aplikasyon\b"
)
_HIL_GONE = re.compile(
    r"\bang (?:posisyon|bakante|trabaho)" + _NO_EVENT + r" (?:nga \w+ )?(?:napun-an na|napuno na)\b"
)
_HIL_OTHER = re.compile(
    r"\b(?:(?:nakapili|nakakuha|nakapangita) na kami sang (?:iban|lain)|ginpili namon ang (?:iban|"
    r"lain)|(?:iban|lain) ang (?:napili|ginpili) namon)\b"
    # (part Q: "iban nga" a person, never a house or a venue)
    r"(?! nga (?!kandidato|kandidata|aplikante|tawo|empleyado|trabahador|mamumugon)\w)" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Rusyn, Bashkir, Chuvash, Yakut
# ---------------------------------------------------------------------------------------------

# (part Q: never a Russian draw or an election, nor a Ukrainian seat booked)
_RUE_NOT_A_POST = _not_in_sentence(
    r"победител\w*|переможц\w*|розыгрыш\w*|розіграш\w*|конкурс\w*|лотере\w*|депутат\w*|"
    r"избирател\w*|виборц\w*|выбор\w*|вибор\w*|голосув\w*|голосов\w*|оберіть|виберіть|обране|"
    r"обраного|сідайте|сідати|потяг\w*|поїзд\w*|вагон\w*|столик\w*|рейс\w*|літак\w*|паркув\w*|"
    r"квит\w*|"
    # (part Q: a jury, a village council, an election)
    r"журі|жюри|до ради|до раді|до сільської ради|в раду|у раду|виборах|вибори|команд\w*|"
    r"старост\w*"
)
_RUE_OUT = re.compile(r"\bвас не (?:выбрали|вибрали|прияли)\b" + _RUE_NOT_A_POST)
_RUE_GONE = re.compile(
    r"(?<!обране )(?<!вибране )(?<!ваше )(?<!твоє )\bмісце (?:уж |уже |вже )?(?:обсаджене|"
    r"обсаджено|заняте)\b" + _NO_EVENT + _RUE_NOT_A_POST
)
# (part Q: "we" said, a Rusyn "сьме" or a "ми": a Ukrainian "вибрали іншого кандидата" alone is
# the voters' choice in an election's news)
_RUE_OTHER = re.compile(
    r"\b(?:(?:ми|мы) (?:выбрали|вибрали|прияли) (?:сьме |сме |смо )?|(?:выбрали|вибрали|прияли) "
    r"(?:сьме|сме|смо) )(?:іншого|иншого|іншу|иншу) "
    r"(?:кандідата|кандидата|кандідатку|чоловіка|чловека|роботника)\b" + _NO_DAY + _RUE_NOT_A_POST
)

_BA_OUT = re.compile(r"\bһеҙ (?:һайланманығыҙ|һайланмағанһығыҙ)\b")
_BA_GONE = re.compile(
    r"(?<!өсөн )(?<!өчен )(?<!һеҙгә )(?<!сезгә )\bурын (?:инде )?(?:тулы|биләнгән)\b"
    + _NO_EVENT
    # (part Q: never a place reserved for the reader, Tatar "сезнең өчен урын биләнгән")
    + _not_in_sentence(r"өсөн|өчен|һеҙгә|сезгә|һеҙҙең|сезнең")
)
_BA_OTHER = re.compile(r"\bбашҡа (?:кешене|кандидатты|ҡатынды) (?:һайланыҡ|алдыҡ)\b" + _NO_DAY)

_CV_OUT = re.compile(
    r"\b(?:эсир|эсĕ|эсӗ|эс) суйланма(?:н|р[ăӑ]р|р[ăӑ]н)\b"
    r"|\bсире (?:суйламар[ăӑ]м[ăӑ]р|илмер[ĕӗ]м[ĕӗ]р)\b"
)
# (part Q: never a place won, "иккĕмĕш вырăн йышăннă", the team came second)
_CV_GONE = re.compile(r"(?<!м[ĕӗе]ш )\bвыр[ăӑ]н (?:[ĕӗ]нт[ĕӗ] )?йыш[ăӑ]нн[ăӑ]\b" + _NO_EVENT)
_CV_OTHER = re.compile(
    r"\bур[ăӑ]х (?:[çҫ]ынна|кандидата) (?:суйлар[ăӑ]м[ăӑ]р|илт[ĕӗ]м[ĕӗ]р)\b" + _NO_DAY
)

_SAH_OUT = re.compile(r"\bэһигини (?:талбатыбыт|ылбатыбыт)\b")
_SAH_GONE = re.compile(r"\bмиэстэ (?:билигин |хайыы-үйэ )?(?:толору|ылылынна)\b" + _NO_EVENT)
_SAH_OTHER = re.compile(
    r"\bатын (?:киһини|кандидаты|дьахтары) (?:талбыппыт|ылбыппыт|ыллыбыт)\b" + _NO_DAY
)


READINGS = readings(
    ("reader_out", _HSB_OUT),
    ("role_gone", _HSB_GONE),
    ("chose_other", _HSB_OTHER),
    ("reader_out", _CSB_OUT),
    ("role_gone", _CSB_GONE),
    ("chose_other", _CSB_OTHER),
    ("chose_other", _SZL_OTHER),
    ("role_gone", _SZL_GONE),
    ("reader_out", _SZL_OUT),
    ("reader_out", _GV_OUT),
    ("role_gone", _GV_GONE),
    ("chose_other", _GV_OTHER),
    ("reader_out", _KW_OUT),
    ("role_gone", _KW_GONE),
    ("chose_other", _KW_OTHER),
    ("reader_out", _CH_OUT),
    ("chose_other", _CH_OTHER),
    ("reader_out", _RN_OUT),
    ("role_gone", _RN_GONE),
    ("chose_other", _RN_OTHER),
    ("reader_out", _LG_OUT),
    ("role_gone", _LG_GONE),
    ("chose_other", _LG_OTHER),
    ("reader_out", _SS_OUT),
    ("role_gone", _SS_GONE),
    ("chose_other", _SS_OTHER),
    ("reader_out", _NSO_OUT),
    ("role_gone", _NSO_GONE),
    ("chose_other", _NSO_OTHER),
    ("reader_out", _TS_OUT),
    ("role_gone", _TS_GONE),
    ("chose_other", _TS_OTHER),
    ("reader_out", _AY_OUT),
    ("chose_other", _AY_OTHER),
    ("reader_out", _NAH_OUT),
    ("chose_other", _NAH_OTHER),
    ("reader_out", _GSC_OUT),
    ("role_gone", _GSC_GONE),
    ("chose_other", _GSC_OTHER),
    ("reader_out", _PCD_OUT),
    ("role_gone", _PCD_GONE),
    ("chose_other", _PCD_OTHER),
    ("chose_other", _LMO_OTHER),
    ("role_gone", _LMO_GONE),
    ("reader_out", _LMO_OUT),
    ("chose_other", _PMS_OTHER),
    ("role_gone", _PMS_GONE),
    ("reader_out", _PMS_OUT),
    ("chose_other", _LIJ_OTHER),
    ("role_gone", _LIJ_GONE),
    ("reader_out", _LIJ_OUT),
    ("reader_out", _RUP_OUT),
    ("chose_other", _RUP_OTHER),
    ("chose_other", _SOUTH_DE_OTHER),
    ("role_gone", _SOUTH_DE_GONE),
    ("reader_out", _SOUTH_DE_OUT),
    ("chose_other", _PDT_OTHER),
    ("role_gone", _PDT_GONE),
    ("reader_out", _PDT_OUT),
    ("reader_out", _GAG_OUT),
    ("role_gone", _GAG_GONE),
    ("chose_other", _GAG_OTHER),
    ("reader_out", _CRH_OUT),
    ("role_gone", _CRH_GONE),
    ("chose_other", _CRH_OTHER),
    ("reader_out", _HIL_OUT),
    ("role_gone", _HIL_GONE),
    ("chose_other", _HIL_OTHER),
    ("reader_out", _RUE_OUT),
    ("role_gone", _RUE_GONE),
    ("chose_other", _RUE_OTHER),
    ("reader_out", _BA_OUT),
    ("role_gone", _BA_GONE),
    ("chose_other", _BA_OTHER),
    ("reader_out", _CV_OUT),
    ("role_gone", _CV_GONE),
    ("chose_other", _CV_OTHER),
    ("reader_out", _SAH_OUT),
    ("role_gone", _SAH_GONE),
    ("chose_other", _SAH_OTHER),
)
