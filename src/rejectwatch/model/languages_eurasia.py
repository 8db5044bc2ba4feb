# ruff: noqa: RUF002  (Cyrillic, dotless i and other letters are the words read)
"""The usual refusal formulas of twenty-three regional and minority varieties of Europe, its
diasporas and its north (issue 11, twenty-seventh pass, part N).

The slices keep choosing regional and minority varieties of big languages, and a language no
reading knows is mostly missed. written-43 wrote thirty languages no slice, batch or reading
named; the shipped model filed 5 of its 90 refusals. The twenty-three of them spoken in Europe,
in its diasporas (Louisiana, Pennsylvania, southern Brazil) and its north (the Volga-Urals,
Karakalpakstan, Greenland) are read here, each in its usual ways of saying the reader was not
chosen, the post is filled, someone else was chosen or the application goes no further, written
for the language and never one message's words:

* Emilian: "an t avän brisa sêlt", "al pòst l é bèle stè dè", "avän sêlt un êter candidè";
* Arpitan: "vos éte pas étâ chouèsi", "la placa est ja ocupâye", "nos ens chouèsi un ôtro
  candidat", "voutra demanda vat pas ples luen";
* Leonese and Extremaduran: "nun fuisti escoyida", "el puestu yá ta cubiertu", "escoyimos a
  outra persona"; "nu as siu escogiu", "el puestu ya s'á cubriu", "emus escogiu a otra presona";
* Valencian: "no has sigut triat" (read before), "el lloc ja està cobert", "no continuarem amb
  la teua candidatura", "hem triat una altra xica";
* Cajun French: "on a pas pu te prendre pour la job", "la job est déjà prise asteur";
* Sardinian: "no ses istadu seberadu", "su postu est giai ocupadu", "amus seberadu un'àtera
  persone";
* Zeelandic: "bi je nie gekozen", "de plekke is al vergeven";
* Pennsylvania Dutch and Hunsrik: "mir hen dich net gewehlt", "die Arewet is schunn gfillt", "mir
  hen ebber annerscht genumme"; "tu pist net ausgewehlt wor", "ti Stell is schon psetzt", "mir hon
  en annre Person ausgewehlt";
* Kajkavian and Burgenland Croatian: "niste bili zebrani", "mesto je vre popunjeno", "zebrali
  smo nekoga drugoga"; "mjesto je već zauzeto";
* Latgalian and Samogitian: "dorbu mes Jums nagolim dūt", "vīta jau ir aizjimta", "mes
  izavielem cytu kandidatu"; "tavės naėšrinkuom", "vėita jau ožimta", "mes ėšsėrinkuom kėta
  kandidata";
* Võro, Karelian, Meänkieli: "ei olõ sinno … valit", "kotus om joba täüs", "mi valimi tõõsõ
  kandidaadi"; "sinuu ei valittu", "ruadosija on jo kiinni", "myö valličimmo toizen kandidatan";
  "et tullu valituksi", "paikka oon jo täytetty", "met olema valinheet toisen ihmisen";
* Northern Sámi: "it leat válljejuvvon", "bargosadji lea juo deavdojuvvon", "mii leat válljen
  eará ohcci";
* Karakalpak: "tańlanbadıńız", "orın áldeqashan iyelendi", "basqa kandidattı tańladıq";
* Udmurt, Komi, Erzya: "тонэ ӧм бырйе", "мукет кандидатэз бырйим"; "тэнӧ эгӧ бӧрйӧй", "уджалан
  ін нин сетӧма", "бӧрйим мӧд кандидатӧс"; "эзинек кочка тонть", "важодема таркас уш саезь",
  "кочкинек лия ломань";
* Greenlandic: "qinigaanngilatit", "atorfik inuttalerneqareersimavoq", "qinnuteqartoq alla
  qinerparput".

Their twins stay unread: a receipt with each language's "if you are chosen" (its "if" opens a
sentence with no refusal form in it), an invitation, the reader chosen, a seat or a ticket taken
for a concert, a bus or a car park.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_breadth import _EVENTS
from rejectwatch.model.languages_usual import _AP, _NO_DAY, _no_reader, _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]


# a seat, a ticket, a stall, a car park, a bus or an event in these languages: never the post
VENUES = (
    _EVENTS + r"|\w*cuntzert\w*|\w*concier\w*|\w*kontsõr\w*|\w*konsear\w*|\w*koncert\w*|"
    r"\w*konsert\w*|autobus\w*|buss\w*|bus|mercáu|mercado|parkir\w*|parkin\w*|parking\w*|"
    r"stolu|stol|vlak\w*|vilcien\w*|traukin\w*|juna\w*|pöydä\w*|leiri\w*|kurss\w*|kurs\w*|"
    r"fais-dodo|fest\w*|festa|fiera|sagra|kerb\w*|билет\w*|концерт\w*|"
    # (a course, a slot, a stall, a seat, a trip: Croatian and Kajkavian "mjesto" is any place)
    r"tečaj\w*|termin\w*|štand\w*|sjedal\w*|sjedišt\w*|smještaj\w*|radionic\w*|izlet\w*|"
    r"putovanj\w*|"
    # (twenty-seventh pass, part Q: a side, a match, a tournament, a contest, in Latin and
    # Cyrillic letters)
    r"komand\w*|jarıs\w*|jarys\w*|turnir\w*|\w*konkurs\w*|команд\w*|матч\w*|турнир\w*|"
    r"\w*конкурс\w*|соревнован\w*|joukkue\w*|kuoro\w*|kilpailu\w*|arvon\w*|varžyb\w*|"
    r"sacensīb\w*|camping\w*|fêt\w*|fête|trenu|prix|prèmiu\w*|premi|premis|premio\w*|"
    r"prémio\w*|nagrad\w*|palkin\w*"
)
_NO_VENUE = _not_in_sentence(VENUES)

# ---------------------------------------------------------------------------------------------
# Romance: Emilian, Arpitan, Leonese, Extremaduran, Valencian, Cajun French, Sardinian
# ---------------------------------------------------------------------------------------------

_EGL_OUT = re.compile(
    r"\b(?:an (?:t|v|a)|a n|t n|t" + _AP + r"n) (?:avän|avèin|î|sî) brisa (?:stè |stê |stèda )?"
    r"(?:sêlt|sëlt|scelt|sêlta|ciapè|ciapèda|tôlt)\b"
)
_EGL_GONE = re.compile(
    r"\bal (?:pòst|pôst|lavurîr|lavoro)"
    + _NO_VENUE
    + r"(?: \S+){0,3}? l"
    + _AP
    + r"?(?: |)é (?:bèle |zà |già )?"
    r"(?:stè |stê )?(?:dè|dê|ciapè|ciapê|ocupè|ocupê)\b" + _NO_VENUE
)
_EGL_OTHER = re.compile(
    r"\bavän (?:bèle |zà )?(?:sêlt|scelt|ciapè|tôlt) (?:un êter|n"
    + _AP
    + r"?êter|un"
    + _AP
    + r"?êtra|n"
    + _AP
    + r"?êtra|una êtra) (?:candidè|candidèda|persåuna|persona|ragazôl|"
    r"ragazôla|ragâz)\b" + _NO_DAY + _no_reader(r"\b(?:te|tè|vuèter)\b")
)

_FRP_OUT = re.compile(
    r"\b(?:vos éte|vos étes|te és|t" + _AP + r"?és) pas (?:étâ|étê|étaye|étâye) (?:chouèsi|"
    r"chouèsia|chouèsiê|retegnu|retegnua|prês|prêsa)\b"
    r"|\bnos vos ens pas (?:chouèsi|prês|retegnu)\b"
    r"|\b(?:voutra|tua|ta) (?:demanda|candidatura) (?:vat|va) pas ples (?:luen|louen|avant)\b"
)
_FRP_GONE = re.compile(
    r"\bla placa"
    + _NO_VENUE
    + r"(?: \S+){0,3}? est (?:ja |dejâ |dèjà )?(?:ocupâye|ocupâ|prêsa|balyêe|balyê)\b"
    + _NO_VENUE
)
_FRP_OTHER = re.compile(
    r"\bnos ens (?:chouèsi|prês|engagiê|engagi) (?:un ôtro|una ôtra|un ôtr|n" + _AP + r"?ôtro) "
    r"(?:candidat|candidata|pèrsona|persona|garçon|felye)\b"
    + _NO_DAY
    + _NO_VENUE
    + _no_reader(r"\bvos\b")
)

_LEO_OUT = re.compile(
    r"\bnun (?:fuisti|fuistis|fuiste) (?:escoyíu|escoyida|escoyidu|escoyíos|seleicionáu|"
    r"seleicionada|seleccionáu|seleccionada)\b"
    r"|\bnun (?:te|vos) (?:escoyimos|escoyiemos)\b"
)
_EXT_OUT = re.compile(
    r"\bnu (?:as|has|hue|huisti) (?:siu |sío )?(?:escogiu|escogía|escogia|escogida|"
    r"selecionau|seleccionau|elegiu)\b"
    r"|\bnu te (?:emus|hemus) (?:escogiu|cogiu|elegiu)\b"
)
_ASTURLEONESE_GONE = re.compile(
    r"\bel puestu"
    + _NO_VENUE
    + r"(?: \S+){0,3}? (?:yá |ya )?(?:ta|tá|ye|está) (?:cubiertu|ocupáu|ocupadu|ocupau)\b(?! de\b)"
    + _NO_VENUE
    + r"|\bel puestu"
    + _NO_VENUE
    + r"(?: \S+){0,3}? ya (?:s"
    + _AP
    + r"?á|s"
    + _AP
    + r"?ha|se á|se ha) (?:cubriu|ocupau|dau)\b"
    + _NO_VENUE
)
_LEO_OTHER = re.compile(
    r"\bescoyimos (?:a )?(?:outra|outru|otra|otru|outro) (?:persona|candidatu|candidata|rapaz|"
    r"rapaza|moza|mozu)\b" + _NO_DAY + _no_reader(r"\b(?:te|tue|tou|vos)\b")
)
_EXT_OTHER = re.compile(
    r"\b(?:emus|hemus) (?:escogiu|cogiu|elegiu|contratau) (?:a )?(?:otra|otru|otro) (?:presona|"
    r"persona|candidatu|candidata|moza|mozu|zagal|zagala)\b"
    + _NO_DAY
    + _no_reader(r"\b(?:te|tu|vos)\b")
)

_VAL_GONE = re.compile(
    r"\bel (?:lloc|treball|post)"
    + _NO_VENUE
    + r"(?: \S+){0,3}? ja (?:està|esta) (?:cobert|ocupat|adjudicat)\b"
    + _NO_VENUE
)
_VAL_OUT = re.compile(
    r"\bno (?:continuarem|seguirem|avançarem) (?:amb|en) (?:la teua|la seua) (?:candidatura|"
    r"sol·licitud|solicitud)\b"
    # (twenty-seventh pass, part Q: nor a pause, "fins que ens envieu el certificat")
    r"(?![^.!?\n]*\b(?:fins que|fins a|fins al|fins quan|mentre no)\b)"
)
_VAL_OTHER = re.compile(
    r"\bhem (?:triat|escollit|elegit|agafat) (?:una altra|un altre) (?:xica|xic|persona|"
    r"candidata|candidat)\b" + _NO_DAY + _no_reader(r"\b(?:et|te|teua|vosaltres)\b")
)

_FRC_OUT = re.compile(
    r"\bon a pas (?:pu |pouvait )?(?:te|vous) (?:prendre|engager|embaucher|hirer) pour (?:la|le|"
    r"ta|cette|c"
    + _AP
    + r"te) (?:job|djob|place|position|ouvrage|travail|poste)\b"
    # (twenty-seventh pass, part Q: never a slot, "pour la place de 9 h")
    + _NO_VENUE
    + _not_in_sentence(r"\d+ ?h|rendez-vous|créneau\w*|séance\w*|horaire\w*")
)
_FRC_GONE = re.compile(
    r"\bla (?:job|djob)"
    + _NO_VENUE
    + r"(?: \S+){0,3}? (?:est|a été) (?:déjà |deja )?(?:prise|remplie|"
    r"donnée)\b(?! en\b)"
    + _NO_VENUE
    # (twenty-seventh pass, part Q: French "la position … prise en compte", "la position a été
    # prise à 12,40 euros", "la position de l'entreprise": a stance, a trade; Cajun's position
    # is read bare or at a workplace, "la position au magasin est déjà prise")
    + r"|\bla position(?: (?:au|à la|à l"
    + _AP
    + r"|chez|dans la|dans le) ?\S+)? (?:est|a été) "
    r"(?:déjà |deja )?(?:prise|remplie|donnée)\b(?! (?:en|à|a|au|par)\b)" + _NO_VENUE
)

_SC_OUT = re.compile(
    r"\bno (?:ses|seis|sezis) (?:istadu|istada|istados|istadas|stadu|stada) (?:seberad[ua]|"
    r"seberados|seberadas|sceberad[ua]|seletzionad[ua]|pigad[ua])\b"
    r"|\bno t" + _AP + r"?amus (?:seberadu|seberada|pigadu|pigada)\b"
)
_SC_GONE = re.compile(
    r"\bsu (?:postu|traballu|logu)"
    + _NO_VENUE
    + r"(?: \S+){0,3}? est (?:giai |già |za )?(?:ocupadu|pigadu|"
    r"dadu)\b" + _NO_VENUE
)
_SC_OTHER = re.compile(
    r"\bamus (?:giai )?(?:seberadu|sceberadu|pigadu|seletzionadu|leadu) (?:un" + _AP + r"?àtera|"
    r"un" + _AP + r"?atera|un" + _AP + r"?àteru|un" + _AP + r"?ateru|un àteru|àtera|àteru) "
    r"(?:persone|persona|candidadu|candidada|pitzocu|pitzoca|giòvanu|giòvana)\b"
    + _NO_DAY
    + _NO_VENUE
    + _no_reader(r"\b(?:tue|tie|bois|bosàteros)\b")
)

# ---------------------------------------------------------------------------------------------
# Germanic: Zeelandic, Pennsylvania Dutch, Hunsrik
# ---------------------------------------------------------------------------------------------

_ZEA_OUT = re.compile(
    # (never a friend's question, "ben je niet gekozen?")
    r"\b(?:bi|bin|ben|bè) je (?:nie|niet) (?:gekozen|aangenomen|uutgekozen)\b(?![^.!?\n]*\?)"
    # (twenty-seventh pass, part Q: nor Dutch's inverted "if", "ben je niet aangenomen, dan …")
    r"(?![^.!?\n]*, ?(?:dan|dè)\b)"
    r"|\bwe ei" + _AP + r"?n (?:je|jie|joe) (?:nie|niet) (?:gekozen|aangenomen)\b"
)
_ZEA_GONE = re.compile(
    r"\bde (?:plekke|plekk|plaetse|baen|bane|vacature)"
    + _NO_VENUE
    + r"(?: \S+){0,3}? is (?:al |a )?(?:vergeven|"
    r"bezet|ingevuld)\b" + _NO_VENUE
)

_PDC_OUT = re.compile(
    r"\bmir hen (?:dich|eich|euch) (?:net|nett|nit) (?:gewehlt|gnumme|genumme|ghaert|ghiert)\b"
)
_PDC_GONE = re.compile(
    r"\bdie (?:arewet|aerwet|erwet|schtell|position|job)"
    + _NO_VENUE
    + r"(?: \S+){0,3}? is (?:schunn|schun) "
    r"(?:gfillt|gfilt|vergewwe|genumme|gnumme|weck)\b" + _NO_VENUE
)
_PDC_OTHER = re.compile(
    r"\bmir hen (?:ebber|en|enniger) (?:annerscht|annerer|anneres|annere)(?: (?:mann|fraa|"
    r"person|maedel|buu|kandidat))? (?:genumme|gnumme|gewehlt|ghaert|ghiert)\b"
    + _NO_DAY
    + _no_reader(r"\b(?:dich|dei|du|eich)\b")
)

_HRX_OUT = re.compile(
    r"\b(?:tu pist|ihr seit|sie sin) (?:net|nicht|nit) (?:ausgewehlt|ausgewählt|ausgesucht|"
    r"aankenomm|angenomm)\b"
)
_HRX_GONE = re.compile(
    r"\bti (?:stell|stelle|arwet|plats)"
    + _NO_VENUE
    + r"(?: \S+){0,3}? is (?:schon |schun )?(?:psetzt|besetzt|"
    r"vergep|vergeb|vergewe)\b" + _NO_VENUE
)
_HRX_OTHER = re.compile(
    r"\bmir hon (?:en|e|ee|eem) (?:annre|annrer|anner|annere|annri) (?:person|kandidat\w*|mann|"
    r"fraa|mensch) (?:ausgewehlt|ausgesucht|genomm|kenomm|aankenomm|aankestellt)\b" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Slavic: Kajkavian, Burgenland Croatian
# ---------------------------------------------------------------------------------------------

_KAJ_OUT = re.compile(
    r"\bniste (?:bili |bil |bila )?(?:zebrani|zebran|zebrana|prijeti|prijet|prijeta)\b"
    r"|\bvas nismo (?:zebrali|prijeli)\b"
)
# (twenty-seventh pass, part Q: never a place in a table, a final or a garage, "prvo mjesto")
_HR_NOT_POST = _not_in_sentence(
    r"tablic\w*|ljestvic\w*|\w*final\w*|utakmic\w*|natjecanj\w*|prvenstv\w*|momčad\w*|"
    r"automobil\w*|auto|vozil\w*|garaž\w*"
)
_HR_VARIETY_GONE = re.compile(
    r"(?<!prvo )(?<!drugo )(?<!treće )(?<!zadnje )\b(?:mesto|mjesto)"
    + _NO_VENUE
    + _HR_NOT_POST
    + r"(?: \S+){0,3}? je (?:vre|već|več) (?:popunjeno|zasedeno|zauzeto|"
    r"zaseljeno|oddano)\b" + _NO_VENUE
)
_KAJ_OTHER = re.compile(
    r"\bzebrali smo (?:nekoga |nekog |jednoga |jenoga )?(?:drugoga|drugog|drugu|drugega)\b"
    + _NO_DAY
    + _no_reader(r"\b(?:vas|tebe|te)\b")
)

# ---------------------------------------------------------------------------------------------
# Baltic: Latgalian, Samogitian
# ---------------------------------------------------------------------------------------------

_LTG_OUT = re.compile(
    r"\b(?:jums|tev|jum) (?:nagolim|nagolam) (?:dūt|pīduot|pīdūt)\b"
    r"|\bjūs (?:nabejot|nabeja|nabejat) (?:izavielāti|izavieleiti|izavielāts|izavielāta|"
    r"pījimti|pījimts)\b"
)
_LTG_GONE = re.compile(
    r"\bvīta"
    + _NO_VENUE
    + r"(?: \S+){0,2}? (?:jau )?ir (?:aizjimta|aizjimts|aizpiļdeita|aizpildeita)\b"
    + _NO_VENUE
)
_LTG_OTHER = re.compile(
    r"\bmes (?:izavielem|izavieliejem|pījēmem|pījem) (?:cytu|cytys) (?:kandidatu|kandidati|"
    r"cylvāku|cylvieku|dorbinīku)\b" + _NO_DAY + _NO_VENUE
)

_SGS_OUT = re.compile(
    r"\b(?:tavės|jūsū|tamstas) (?:naėšrinkuom|naėšsėrinkuom|napaėmiem|napriėmiem)\b"
    r"|\btu (?:nabovai|nabuvai) (?:ėšrinkts|ėšrinkta|priimts|priimta)\b"
)
_SGS_GONE = re.compile(
    r"\bvėita"
    + _NO_VENUE
    + r"(?: \S+){0,2}? (?:jau )?(?:ožimta|ožėmta|ožpėldīta|ožpildīta)\b"
    + _NO_VENUE
)
_SGS_OTHER = re.compile(
    r"\bmes (?:ėšsėrinkuom|ėšrinkuom|pasėrinkuom|paėmiem|priėmiem) (?:kėta|kėtą|kėtus) "
    r"(?:kandidata|žmuogo|žmuogu|darbėninka)\b" + _NO_DAY + _NO_VENUE
)

# ---------------------------------------------------------------------------------------------
# Finnic and Sámi: Võro, Karelian, Meänkieli, Northern Sámi
# ---------------------------------------------------------------------------------------------

_VRO_OUT = re.compile(r"\bei olõ (?:sinno|sinnu|tii|teid)(?: \S+){0,3}? valit\b")
_VRO_GONE = re.compile(
    r"\b(?:kotus|tüükotus|ammõt)"
    + _NO_VENUE
    + r"(?: \S+)? om (?:joba |jo )?(?:täüs|võet|antu|täüdetü)\b"
    + _NO_VENUE
)
_VRO_OTHER = re.compile(
    r"\bmi (?:valimi|võtimi) (?:tõõsõ|tõõse|tõist) (?:kandidaadi|inemise|inimese|tüütegijä)\b"
    + _NO_DAY
    + _NO_VENUE
)

_KRL_OUT = re.compile(r"\b(?:sinuu|teidy|teijät) ei (?:valittu|valličettu|otettu)\b")
_KRL_GONE = re.compile(
    r"\bruadosija (?:on|ollah) (?:jo |jogo )?(?:kiinni|täytetty|otettu|annettu)\b" + _NO_VENUE
)
_KRL_OTHER = re.compile(
    r"\bmyö (?:valličimmo|valitsimmo|otimmo|otimo) (?:toizen|toizet|toisen) (?:kandidatan|"
    r"kandidatu|ristikanzan|hengen|ruadajan)\b" + _NO_DAY + _NO_VENUE
)

_FIT_OUT = re.compile(r"\b(?:et|ette) (?:tullu|tullee) (?:valituksi|otetuksi)\b")
_FIT_GONE = re.compile(
    r"\bpaikka oon (?:jo |jot )?(?:täytetty|täyetty|annettu|otettu)\b" + _NO_VENUE
)
_FIT_OTHER = re.compile(
    r"\bmet (?:olema|olemma|olima) (?:valinheet|valinnu|valinneet|ottanheet|ottanu) (?:toisen|"
    r"toiset) (?:ihmisen|hakijan|kandidaatin|työntekijän)\b" + _NO_DAY + _NO_VENUE
)

_SE_OUT = re.compile(
    r"\b(?:it|ehpet|eahppi) leat (?:válljejuvvon|váldon|váldojuvvon)\b"
    r"|\bmii eat (?:válljen|váldán) du\b"
)
_SE_GONE = re.compile(
    r"\b(?:bargosadji|virgi)"
    + _NO_VENUE
    + r"(?: \S+){0,2}? lea (?:juo |dál )?(?:deavdojuvvon|deavdon|"
    r"addojuvvon|váldojuvvon)\b" + _NO_VENUE
)
_SE_OTHER = re.compile(
    r"\bmii leat (?:válljen|váldán) (?:eará|nuppi) (?:ohcci|olbmo|olbmá|kandidáhta)\b"
    + _NO_DAY
    + _no_reader(r"\bdu\b")
)

# ---------------------------------------------------------------------------------------------
# Karakalpak (Latin); Udmurt, Komi, Erzya (Cyrillic)
# ---------------------------------------------------------------------------------------------

_KAA_OUT = re.compile(r"\b(?:tańlanbadıńız|saylanbadıńız|tańlanbadıń|qabıllanbadıńız)\b")
_KAA_GONE = re.compile(
    r"(?<!birinshi )(?<!ekinshi )(?<!úshinshi )\b(?:orın|lawazım)"
    + _NO_VENUE
    + r"(?: \S+)? (?:áldeqashan |endi )?(?:iyelendi|toldırıldı)\b"
    + _NO_VENUE
)
_KAA_OTHER = re.compile(
    r"\b(?:basqa|ózge) (?:kandidattı|adamdı|qızdı|jigitti|xızmetkerdi) (?:tańladıq|sayladıq|"
    r"aldıq|qabılladıq)\b" + _NO_DAY + _NO_VENUE
)

_UDM_OUT = re.compile(r"\b(?:тонэ|тӥледыз)(?: \S+){0,2}? ӧм (?:бырйе|басьты)\b")
_UDM_GONE = re.compile(
    r"\bужан инты" + _NO_VENUE + r"(?: \S+){0,2}? (?:тыремын|басьтэмын) ни\b" + _NO_VENUE
)
_UDM_OTHER = re.compile(
    r"\bмукет (?:адямиез|кандидатэз|ужасез|нылэз|пиез) (?:бырйим|басьтӥм)\b" + _NO_DAY + _NO_VENUE
)

_KV_OUT = re.compile(r"\b(?:тэнӧ|тіянӧс) (?:эгӧ|эг) (?:бӧрйӧй|босьтӧй)\b")
_KV_GONE = re.compile(
    r"\bуджалан ін" + _NO_VENUE + r"(?: \S+)? нин (?:сетӧма|тырӧма|босьтӧма)\b" + _NO_VENUE
)
_KV_OTHER = re.compile(
    r"\b(?:бӧрйим|босьтім) мӧд (?:кандидатӧс|мортӧс|уджалысьӧс|нывбабаӧс)\b" + _NO_DAY + _NO_VENUE
)

_MYV_OUT = re.compile(r"\bэзинек (?:кочка|прима) (?:тонть|тынк|тенк|тынь)\b")
_MYV_GONE = re.compile(r"\bважодема таркас (?:уш )?(?:саезь|пешксезь|максозь)\b" + _NO_VENUE)
_MYV_OTHER = re.compile(
    r"\bкочкинек (?:лия|лиякс) (?:ломань|ломанть|кандидат|кандидатонть|тейтерь|цёра)\b"
    + _NO_DAY
    + _NO_VENUE
)

# ---------------------------------------------------------------------------------------------
# Greenlandic
# ---------------------------------------------------------------------------------------------

_KL_OUT = re.compile(
    r"\b(?:qinigaanngilatit|qinigaanngilasi|qinigaasimanngilatit|tiguneqanngilatit)\b"
)
_KL_GONE = re.compile(
    r"\batorfik"
    + _NO_VENUE
    + r"(?: \S+)? (?:inuttalerneqareersimavoq|inuttalerneqarpoq|inuttaqalereerpoq)\b"
)
_KL_OTHER = re.compile(
    r"\b(?:qinnuteqartoq|inuk) (?:alla|allaq) (?:qinerparput|qinerpavut|tiguarput)\b" + _NO_DAY
)


READINGS = readings(
    ("reader_out", _EGL_OUT),
    ("role_gone", _EGL_GONE),
    ("chose_other", _EGL_OTHER),
    ("reader_out", _FRP_OUT),
    ("role_gone", _FRP_GONE),
    ("chose_other", _FRP_OTHER),
    ("reader_out", _LEO_OUT),
    ("reader_out", _EXT_OUT),
    ("role_gone", _ASTURLEONESE_GONE),
    ("chose_other", _LEO_OTHER),
    ("chose_other", _EXT_OTHER),
    ("role_gone", _VAL_GONE),
    ("reader_out", _VAL_OUT),
    ("chose_other", _VAL_OTHER),
    ("reader_out", _FRC_OUT),
    ("role_gone", _FRC_GONE),
    ("reader_out", _SC_OUT),
    ("role_gone", _SC_GONE),
    ("chose_other", _SC_OTHER),
    ("reader_out", _ZEA_OUT),
    ("role_gone", _ZEA_GONE),
    ("reader_out", _PDC_OUT),
    ("role_gone", _PDC_GONE),
    ("chose_other", _PDC_OTHER),
    ("reader_out", _HRX_OUT),
    ("role_gone", _HRX_GONE),
    ("chose_other", _HRX_OTHER),
    ("reader_out", _KAJ_OUT),
    ("role_gone", _HR_VARIETY_GONE),
    ("chose_other", _KAJ_OTHER),
    ("reader_out", _LTG_OUT),
    ("role_gone", _LTG_GONE),
    ("chose_other", _LTG_OTHER),
    ("reader_out", _SGS_OUT),
    ("role_gone", _SGS_GONE),
    ("chose_other", _SGS_OTHER),
    ("reader_out", _VRO_OUT),
    ("role_gone", _VRO_GONE),
    ("chose_other", _VRO_OTHER),
    ("reader_out", _KRL_OUT),
    ("role_gone", _KRL_GONE),
    ("chose_other", _KRL_OTHER),
    ("reader_out", _FIT_OUT),
    ("role_gone", _FIT_GONE),
    ("chose_other", _FIT_OTHER),
    ("reader_out", _SE_OUT),
    ("role_gone", _SE_GONE),
    ("chose_other", _SE_OTHER),
    ("reader_out", _KAA_OUT),
    ("role_gone", _KAA_GONE),
    ("chose_other", _KAA_OTHER),
    ("reader_out", _UDM_OUT),
    ("role_gone", _UDM_GONE),
    ("chose_other", _UDM_OTHER),
    ("reader_out", _KV_OUT),
    ("role_gone", _KV_GONE),
    ("chose_other", _KV_OTHER),
    ("reader_out", _MYV_OUT),
    ("role_gone", _MYV_GONE),
    ("chose_other", _MYV_OTHER),
    ("reader_out", _KL_OUT),
    ("role_gone", _KL_GONE),
    ("chose_other", _KL_OTHER),
)
