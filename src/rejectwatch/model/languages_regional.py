"""The usual refusal formulas of regional languages and creoles, and forms the languages read
lacked (issue 11, twenty-sixth pass, part D).

Blind slice 24 refused in Aragonese, Seychellois Creole, Ido, Krio, Limburgish, Sranan Tongo,
Walloon and Venetian with no decision token, and in German, Mexican Spanish, Romanian and
Vietnamese in forms the readings of those languages did not know. Each language's several usual
ways of saying so are read here, written for the language and never one message's words:

* Aragonese: "emos triau a unatra persona", "emos escullíu a unatro candidato", "o puesto ya ye
  ocupau", "no has estau trigau";
* Seychellois Creole: "nou'n swazir en lot kandida", "nou fin angaz en lot dimoun", "pos la in
  fini ranpli", "ou pa'n ganny seleksyonnen";
* Ido: "ni selektis altra persono", "ni elektis altru", "la posteno ja esas okupata", "vu ne
  esas selektita";
* Krio: "wi dɔn pik ɔda pɔsin" (also written "don pik oda posin"), "di wok dɔn ful", "wi nɔ go
  ebul fɔ tek yu fɔ dis wok";
* Limburgish: "veer höbbe gekoze veur emes angers", "veer höbbe emes anges aangenome", "de
  plaats is al vergaeve";
* Sranan Tongo: "wi teki wan tra sma kaba", "wi kies wan tra sma", "wi feni wan tra sma";
* Walloon: "nos avans tchoezi ene ôte djin", "li plaece est ddja prinde", "vos n' avoz nén stî
  tchoezi";
* Venetian: "gavemo sielto n'altra persona", "gavemo ciapà on tosato che …", "el posto xe za sta
  ciapà".

And the forms of languages read before:

* German: the post filled "with" someone described at length, in the fronted or the passive
  order ("Die Stelle haben wir inzwischen mit einer Gesellin aus unserer Filiale … besetzt",
  "die Stelle wurde mit … besetzt"): the older reading's gap of 60 letters stopped short;
* Spanish: someone chosen and described in a relative clause ("nos quedamos con alguien que vive
  cerca y puede entrar en el turno de la madrugada"): the shift there describes the one chosen,
  and the older reading's day guard, meant for a rota moved, read it as one;
* Romanian: someone "settled on" ("ne-am oprit la o altă persoană", "ne-am hotărât pentru o
  colegă care …") and someone taken on and described ("am angajat deja pe cineva care …");
* Vietnamese: someone taken on and described rather than called "another" ("chúng tôi đã nhận
  một người từng …", "đã tuyển được người phù hợp cho vị trí này").

Their twins stay unread: the reader in the clause ("nou'n swazir ou", "ni selektis vu", "wi dɔn
pik yu", "gavemo sielto ti"), a thing rather than a person ("wan tra bus", "on zorno", "o
cafenea"), a hall or an event full ("di ples dɔn ful fɔ di pati"; Krio's "ples" alone is never
read as the post), a seat in a boat, a booking ("đặt bàn"), a "not yet" ("noch nicht", "chưa"),
a subjunctive's someone still sought ("alguien que pueda cubrir el turno", "pe cineva care să
…"), and each language's "if" (read by rejectwatch.model.languages: "si", "se", "wenn", "nếu").

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_usual import (
    _AP,
    _CLAUSE,
    _NO_DAY,
    _no_reader,
    _not_in_sentence,
)
from rejectwatch.model.prefilter import readings

__all__ = [
    "CONDITIONAL",
    "READINGS",
]

# Ido "se" before its subject and an Ido verb ("se ni selektis …": -as, -is, -os, -us; Yoruba "o
# se ni laanu" is a regret, not an "if"), Sranan "efu" (if), Krio "if"
CONDITIONAL = r"|\bse (?:ni|vu) \w+(?:as|is|os|us)\b|\bse la posteno\b|\befu\b"


def _a_person(words: str) -> str:
    """A lookahead (twenty-sixth pass, part K): after a bare "another" the next word, if any,
    is one of ``words`` (a person, or a word that goes on to say why or for what), never a
    thing chosen ("ni selektis altra hotelo", "veer höbbe gekoze veur e angere zaal")."""
    return r"(?![ \t]+(?!(?:" + words + r")(?!\w))\w)"


# ---------------------------------------------------------------------------------------------
# Aragonese
# ---------------------------------------------------------------------------------------------

_AN_READER = _no_reader(r"\b(?:tu|te|ti|vusatros|tuya|vuestra)\b")
_AN_OTHER = re.compile(
    r"\b(?:emos|hemos|habemos) (?:ya )?(?:triau|trigau|escullíu|escullito|escullido|cullíu|"
    r"contratau|seleccionau|fichau|cogiu|preso) a (?:unatra|unatro|un atro|una atra|belatra|"
    r"belatro|atra persona|atro candidato)\b"
    + _a_person(
        r"persona|personas|candidato|candidata|moza|mozo|chica|chico|chicot|chicota|muller|"
        r"ombre|treballador|treballadera|aspirant|que|ta|pa|para|con|de|d|y|pero|porque"
    )
    + _NO_DAY
    + _AN_READER
)
_AN_GONE = re.compile(
    r"\b(?:o puesto|a plaza|o treballo|a vacant) (?:ya )?(?:ye|yera|ha estau) (?:ya )?"
    r"(?:ocupau|ocupada|cubierto|cubierta|dau|dada)\b"
    # (twenty-sixth pass, part K: never a seat on a bus or at a table)
    + _not_in_sentence(
        r"autobús|autobus|bus|mesa|cadiera|siella|asiento|tren|concierto|fiesta|sentar|"
        r"sienta|sienta-te|seyer"
    )
)
_AN_OUT = re.compile(
    r"\bno (?:has|ha) estau (?:trigau|trigada|triau|triada|escullíu|escullida|seleccionau|"
    r"seleccionada)\b"
    + _NO_DAY
    # (never a draw, a prize or a team)
    + _not_in_sentence(r"sorteyo|sorteo|rifa|loteria|lotería|premio|concurso|equipo")
)

# ---------------------------------------------------------------------------------------------
# Seychellois Creole
# ---------------------------------------------------------------------------------------------

_CRS_READER = _no_reader(r"\b(?:ou|zot|twa)\b")
_CRS_OTHER = re.compile(
    r"\bnou(?:" + _AP + r"n| in| n| fin| fini| ti) (?:fin |fini |deza )?(?:swazir|swazi|pran|"
    r"seleksyonn|seleksyonnen|angaz|anboz|anbos|retenir) (?:en|enn) lot (?:dimoun|dimounn|"
    r"kandida|kandidat|person|zenn|madanm|msye|travayer)\b" + _NO_DAY + _CRS_READER
)
_CRS_GONE = re.compile(
    r"\b(?:pos|plas|travay)[- ]la (?:in|fin|in fini|fin fini|deza) (?:ranpli|pran|okipe)\b"
    + _not_in_sentence(r"konser|bis|lasal|asize|tab|sez|fet|match|avyon|bato|tiket")
)
_CRS_OUT = re.compile(
    r"\bou pa(?:" + _AP + r"n| in| fin) (?:ganny )?(?:seleksyonnen|seleksyonn|swazir|"
    r"retenir|pran)\b" + _NO_DAY + _not_in_sentence(r"tiraz|osor|lotri|lekip|konkour|pri|foutborl")
)

# ---------------------------------------------------------------------------------------------
# Ido
# ---------------------------------------------------------------------------------------------

_IO_READER = _no_reader(r"\b(?:vu|tu|vi|vua|tua)\b")
_IO_OTHER = re.compile(
    r"\bni (?:ja )?(?:selektis|elektis|dungis|prenis|aceptis|trovis|decidis por) (?:altra|altru|"
    r"altri)\b"
    + _a_person(
        r"kandidato|kandidatino|kandidati|persono|personi|homo|viro|virino|muliero|aplikanto|"
        r"laboristo|qua|quo|pro|por|ke|e|ma"
    )
    + _NO_DAY
    + _IO_READER
)
_IO_GONE = re.compile(
    r"\bla (?:posteno|ofico|laboro|plaso) (?:ja )?(?:esas|esis) (?:ja )?(?:okupata|plenigita|"
    r"donita)\b"
    + _not_in_sentence(r"autobuso|tramvoyo|treno|tablo|sidilo|sidar|koncerto|festo|kunveno|teatro")
)
_IO_OUT = re.compile(
    r"\b(?:vu|tu) ne (?:esas|esis) (?:selektita|selektata|elektita|aceptita)\b"
    + _NO_DAY
    + _not_in_sentence(r"lotario|loterio|premio|sorto|teamo|konkurso")
)

# ---------------------------------------------------------------------------------------------
# Krio (with and without the open vowels' letters)
# ---------------------------------------------------------------------------------------------

_KRI_READER = _no_reader(r"\b(?:yu|una|yusɛf)\b")
_KRI_OTHER = re.compile(
    r"\bwi (?:dɔn|don) (?:(?:pik|tek|chuz|ayar|hayar|gɛt|get|fɛn|fen|sɛlɛkt|select) (?:wan )?"
    r"(?:ɔda|oda) (?:pɔsin|posin|man|uman|pikin)"
    # (part Q: "ɔda wan", another one, only picked or hired: "wi dɔn get ɔda wan" is a thing
    # replaced, a generator, a shoe)
    r"|(?:pik|chuz|ayar|hayar|sɛlɛkt|select) (?:ɔda|oda) wan)\b"
    + _NO_DAY
    + _KRI_READER
    # (nor a draw)
    + _not_in_sentence(r"raffle|rafl|draw|drɔ|lotri|lottery|praiz|prize")
)
_KRI_GONE = re.compile(
    r"\bdi (?:wok|jɔb|job|pozishɔn|wok ples) (?:dɔn|don) (?:ful|fulɔp)\b"
    + _not_in_sentence(r"pati|tikit|ticket|hɔl|shɔ|kɔnsat|bɔs|motoka")
)
_KRI_OUT = re.compile(
    r"\bwi (?:nɔ|no) (?:go )?(?:ebul|able) (?:fɔ |fo )?(?:tek|ayar|hayar|pik) (?:yu|una) "
    r"(?:fɔ|fo) (?:dis|di|da) (?:wok|jɔb|job|pozishɔn)\b" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Limburgish
# ---------------------------------------------------------------------------------------------

_LI_READER = _no_reader(r"\b(?:dich|diech|dir|uch|dien|dieng|geer|uuch)\b")
_LI_WE = r"\b(?:veer|weer|wae|vier) (?:höbbe|hebbe|hubbe|höb) "
_LI_CHOSE = r"(?:gekoze|gekaoze|gekozen)"
_LI_SOMEONE = r"(?:emes|ummes|iemes|einen|eine|ein|e)(?: (?:anges|angers|anger|andere|angere))?"
_LI_OTHER = re.compile(
    _LI_WE
    + _LI_CHOSE
    + r" veur "
    + _LI_SOMEONE
    + r"\b"
    + _a_person(
        r"kandidaat|kandidate|persoon|miens|mins|jong|maedje|vrouw|man|dae|die|wat|veur|mit|"
        r"oet|um|en|want|omdat|angers|anges"
    )
    + _NO_DAY
    + _LI_READER
    + r"|"
    + _LI_WE
    + r"(?:emes|ummes|iemes) (?:anges|angers|anger|andere) (?:aangenome|genaome|gekoze|gevonje)\b"
    + _NO_DAY
    + _LI_READER
    + r"|"
    + _LI_WE
    + r"veur (?:einen|eine|ein|e|emes) (?:anges|angers|anger|andere|angere) "
    + _LI_CHOSE
    + r"\b"
    + _NO_DAY
    + _LI_READER
)
_LI_GONE = re.compile(
    r"\bde (?:plaats|plek|baan|stèl|stelle|functie) is (?:al |allewijl )?(?:vergaeve|vergeve|"
    r"bezat|bezet|ingevöld)\b"
    + _not_in_sentence(
        r"bus|trein|tafel|stool|stoel|zitte|zit|zaal|concert|feesj|carnaval|kirmes"
        # (part Q: nor a Dutch court, lane or pitch booked, "de baan is al bezet, we spelen …")
        r"|spelen|speel|spele|tennis|padel|squash|bowling|zwemmen|zwembad|banen|gereserveerd"
    )
)

# ---------------------------------------------------------------------------------------------
# Sranan Tongo
# ---------------------------------------------------------------------------------------------

_SRN_OTHER = re.compile(
    r"\bwi (?:teki|kies|feni|kisi|puru) (?:kaba )?wan (?:tra|trawan) (?:sma|man|uma|kandidaat)\b"
    + _NO_DAY
    + _no_reader(r"\b(?:yu|unu)\b")
)

# ---------------------------------------------------------------------------------------------
# Walloon
# ---------------------------------------------------------------------------------------------

_WA_READER = _no_reader(r"\b(?:vos|ti|twè|vosse|dji vs)\b")
_WA_OTHER = re.compile(
    r"\bnos (?:avans|avons|avan) (?:ddja )?(?:tchoezi|tchwezi|pris|prins|eployî|eployé|"
    r"engadjî|trové) (?:ene|on|èn|ene sacwè) (?:ôte|ote|aute|otre) (?:djin|djins|candidat|"
    r"candidate|omme|feme|ome|valet|båshele|ovrî|ovrire)\b" + _NO_DAY + _WA_READER
)
_WA_GONE = re.compile(
    r"\bli (?:plaece|plaeçe|posse|ovraedje) (?:est|a stî) (?:ddja )?(?:prinde|prinse|prins|"
    r"rimplixhe|rimpli|dnêye|dnêe)\b"
    + _not_in_sentence(r"bus|tram|trin|tåve|tchèyire|concert|fiesse|sale|assir|assiez")
)
_WA_OUT = re.compile(
    r"\bvos n" + _AP + r" ?avoz nén stî (?:tchoezi|tchoezeye|prins|prinde|rtinou)\b" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Venetian
# ---------------------------------------------------------------------------------------------

_VEC_READER = _no_reader(r"\b(?:ti|te|vu|voialtri|vialtri|to)\b")
_VEC_OTHER = re.compile(
    r"\b(?:gavemo|ghemo|gavèmo|gavemo za|ghemo za) (?:za |zà )?(?:sielto|siélto|ciapà|tolto|"
    r"assunto|sernìo|scelto|trovà) (?:on |un |na |una |n" + _AP + r"|" + _AP + r"na )?"
    r"(?:(?:altro|altra|altri)\b"
    + _a_person(
        r"zovane|tosato|tosata|tosa|omo|dona|persona|candidato|candidata|ragazo|ragaza|putelo|"
        r"putela|che|par|per|co|col|parché|perché|e"
    )
    + r"|zovane|tosato|tosata|tosa|omo|dona|persona|candidato|candidata|ragazo|ragaza|putelo|"
    r"putela)\b" + _NO_DAY + _VEC_READER
)
_VEC_GONE = re.compile(
    r"\bel posto (?:xe|el xe|ze|l" + _AP + r"è) (?:za |zà |belo )?(?:sta |stà )?(?:ciapà|ocupà|"
    r"dà via|tolto)\b"
    + _not_in_sentence(
        r"barca|tola|treno|autobus|bus|aereo|machina|teatro|concerto|festa|"
        r"biglieto|gita|gite|vaporeto|prenotazion|sentite|sentarse|sentà|ristorante|ostaria|"
        r"tavola|carega|careghe|sala|cine|cinema"
    )
)

# ---------------------------------------------------------------------------------------------
# German: the post filled "with" someone described at length
# ---------------------------------------------------------------------------------------------

# (never a building site, a stop, a petrol station, a fireplace)
_DE_POST = (
    r"(?:die|diese|unsere|eure) (?!bau|halte|tank|feuer|bus|schnitt|fund"
    # (part Q: nor an office staffed, "die Beratungsstelle ist vormittags mit … besetzt")
    r"|service|beratung|anlauf|geschäft|melde|kontakt|annahme|ausgabe|leit|info|post|kassen|"
    r"verkauf|pfort|pfört|telefon)\w*stelle"
    # (twenty-sixth pass, part K: never a seat, "der Platz ist mit einem Rucksack besetzt")
    r"|(?:der|den) (?:posten|job|ausbildungsplatz|arbeitsplatz)"
)
_DE_FILLED_WITH = re.compile(
    r"\b(?:"
    + _DE_POST
    + r") (?:haben wir|wurde|ist|war) (?:(?!nicht|noch|kein|gern|gerne)\w+ ){0,3}?mit (?:einem|"
    r"einer|jemandem|unserem|unserer|einem anderen|einer anderen)\b"
    + _CLAUSE
    + r"{0,100}?\bbesetzt\b(?! werden| ist| sein)"
    + _NO_DAY
    # (twenty-sixth pass, part K: nor a new colleague the team is asked to welcome)
    + _not_in_sentence(r"willkommen|begrüßt|begrüßen|heißt|heisst")
)

# ---------------------------------------------------------------------------------------------
# Spanish: someone chosen and described in a relative clause (a shift there describes them)
# ---------------------------------------------------------------------------------------------

_ES_SOMEONE = (
    r"(?:alguien|una persona|otra persona|un muchacho|una muchacha|un chico|una chica|un señor|"
    r"una señora|otro candidato|otra candidata|un candidato|una candidata|un vecino|una vecina)"
)
# (not a subjunctive's someone still sought, "que pueda cubrir"; never the reader)
_ES_WHO = (
    r" que\b(?! (?:pueda|puedan|cubra|cubran|sepa|tenga|viva|esté|quiera|haga|sustituya|"
    r"reemplace|supla|acompañe)\b)" + _no_reader(r"\b(?:te|ti|tú|contigo|usted|vos|os)\b")
)
# (twenty-sixth pass, part K: never someone for a party, a talk or a move, nor staff asked to
# welcome a new colleague)
_ES_NO_EVENT = _not_in_sentence(
    r"fiesta|charla|evento|boda|cumpleaños|excursión|viaje|presentación|reunión|mudanza|"
    r"bienvenida|conferencia|congreso|cena|concierto"
    # (part Q: nor a room let on a trip, nor a draw's winner)
    r"|habitación|habitaciones|alojamiento|hospedaje|alquila|alquilaba|hostal|sorteo|rifa|"
    r"premio|entradas|boletos"
)
_ES_CHOSEN_WHO = re.compile(
    r"\b(?:nos quedamos|nos hemos quedado|ya nos quedamos) con "
    + _ES_SOMEONE
    + _ES_WHO
    + _ES_NO_EVENT
    + r"|\b(?:elegimos|escogimos|contratamos|seleccionamos|hemos elegido|hemos contratado|"
    r"hemos escogido) a " + _ES_SOMEONE + _ES_WHO + _ES_NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Romanian: someone settled on, someone taken on and described
# ---------------------------------------------------------------------------------------------

_RO_PERSON = (
    r"(?:persoană|persoane|candidat|candidată|candidate|candidatul|coleg|colegă|colege|tânăr|"
    r"tânără|doamnă|domn|băiat|fată|absolvent|absolventă)"
)
# (twenty-sixth pass, part K: never a stop to ask the way, someone for a talk, a party or a
# move: "ne-am oprit la o altă persoană pentru a cere direcții", "am angajat pe cineva cu dubă
# pentru mutare")
_RO_NO_EVENT = _not_in_sentence(
    r"direcții|direcția|drumul|cere|întreba|prezentare|prezentarea|conferință|conferința|"
    r"eveniment|evenimentul|petrecere|petrecerea|nuntă|nunta|excursie|mutare|mutarea|dubă|duba"
    # (part Q: nor a stop at a stall by the road)
    r"|vindea|vinde|vânzătoare|vânzător|tarabă|taraba|piață|piața|șosea|șoselei|magazin"
)
_RO_SETTLED = re.compile(
    r"\bne-am (?:oprit|orientat|hotărât|decis) (?:la|asupra|către|spre|pentru) (?:o altă |un alt "
    r"|altei |altui |unei alte |unui alt |o |un |unei |unui |altă |alt )?"
    + _RO_PERSON
    + r"\b"
    + _NO_DAY
    + _no_reader(r"\b(?:tu|te|ți|tine|dumneavoastră|dvs|vă|v-)\b")
    + _RO_NO_EVENT
    + r"|\bam (?:angajat|ales|selectat) (?:deja |între timp |până la urmă |în final )?pe cineva"
    r"(?= care (?!să\b)| cu | din |\s*[.,!])" + _NO_DAY + _RO_NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Vietnamese: someone taken on and described, not "another"
# ---------------------------------------------------------------------------------------------

# (twenty-sixth pass, part K: nor staff asked to welcome a new colleague, "chào đón", nor
# someone to host a ceremony or an event)
_VI_NOT_A_POST = (
    r"đặt|mua|giao hàng|mời|chào mừng|chào đón|tiệc|bàn|phòng|vé|ghế|phỏng vấn|nếu|"
    r"dẫn chương trình|buổi lễ|sự kiện|hội nghị|chuyến đi"
    # (part Q: nor a transfer's payee, nor a promotion's winner)
    r"|giao dịch|chuyển tiền|chiến thắng|trúng thưởng|khuyến mãi|quà"
)
_VI_TAKEN = re.compile(
    r"(?<!nếu )(?<!chưa )\bđã (?:nhận|chọn|tuyển|tuyển được|chọn được|tìm được) (?:một|1) "
    r"(?:người|bạn|anh|chị|ứng viên|ứng cử viên)(?! (?:bạn|khách|mua|nhận|chiến thắng|trúng)\b)"
    + _not_in_sentence(_VI_NOT_A_POST)
    + r"|(?<!nếu )(?<!chưa )\bđã (?:tuyển được|tìm được|chọn được) người (?:phù hợp|khác|cho "
    r"(?:vị trí|công việc|chỗ))" + _not_in_sentence(_VI_NOT_A_POST)
)


READINGS = readings(
    ("chose_other", _AN_OTHER),
    ("role_gone", _AN_GONE),
    ("reader_out", _AN_OUT),
    ("chose_other", _CRS_OTHER),
    ("role_gone", _CRS_GONE),
    ("reader_out", _CRS_OUT),
    ("chose_other", _IO_OTHER),
    ("role_gone", _IO_GONE),
    ("reader_out", _IO_OUT),
    ("chose_other", _KRI_OTHER),
    ("role_gone", _KRI_GONE),
    ("reader_out", _KRI_OUT),
    ("chose_other", _LI_OTHER),
    ("role_gone", _LI_GONE),
    ("chose_other", _SRN_OTHER),
    ("chose_other", _WA_OTHER),
    ("role_gone", _WA_GONE),
    ("reader_out", _WA_OUT),
    ("chose_other", _VEC_OTHER),
    ("role_gone", _VEC_GONE),
    ("role_gone", _DE_FILLED_WITH),
    ("chose_other", _ES_CHOSEN_WHO),
    ("chose_other", _RO_SETTLED),
    ("chose_other", _VI_TAKEN),
)
