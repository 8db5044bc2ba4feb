"""The usual refusal formulas of written-33's languages, informal and formal (issue 11,
twenty-fourth pass, part L).

Written-33 (a breadth batch of odd trades and channels: texts, chats, scanned letters) refused
in Indonesian, Malay, Tagalog, Hinglish, French, Spanish, Greek, German, Dutch and Romanian with
no decision token: the crew or the team already complete, no more room for the reader this
season, someone else named or taken, the post that went to another. Each language's several
usual ways of saying so are read here, the spoken ones and the letter's, written for the
language and never one message's words:

* Indonesian: "posisinya sudah diisi orang lain", "posisi tersebut telah terisi", "kami sudah
  dapat orang lain", "telah memilih kandidat lain", "Anda tidak lolos ke tahap selanjutnya",
  "lamaran Anda belum dapat kami proses lebih lanjut";
* Malay: "kami dah ambil calon lain", "bos dah pilih orang lain", "jawatan ini telah pun diisi",
  "jawatan tu dah penuh", "anda tidak terpilih", "tidak dapat menawarkan jawatan ini kepada anda";
* Tagalog: "may nakuha na kaming iba", "may kinuha na kaming ibang tao", "napunan na ang
  posisyon", "hindi ka napili", "hindi ka pumasa sa interview";
* Hinglish: "humne kisi aur ko select kar liya hai", "aapko nahi le paayenge", "position fill
  ho chuki hai", "aapka selection nahi hua";
* French: "les équipes sont au complet", "on n'a plus de place pour toi cette année", "il a
  finalement nommé quelqu'un d'autre", "on a pris quelqu'un d'autre";
* Spanish: "las cuadrillas ya están completas", "no contaremos con usted", "no vamos a poder
  contar contigo", "nos quedamos con una chica del barrio que …", "de momento no te necesitamos";
* Greek: "τη θέση την πήρε άλλος", "η θέση έχει ήδη καλυφθεί", "επιλέξαμε άλλον υποψήφιο",
  "πήραμε κάποιον άλλο", "δεν επιλεχθήκατε";
* German: "wir haben schon genug Leute", "daher wird das diesmal nix", "das Team ist schon
  komplett", "die Stelle ist schon weg";
* Dutch: "we hebben de ploeg rond", "we kunnen je dit seizoen niet gebruiken", "de ploeg is al
  compleet", "we zijn voor iemand anders gegaan";
* Romanian: "postul i-a revenit altei persoane", "colaborarea noastră nu continuă", "am ales pe
  altcineva", "postul a fost deja ocupat".

Their twins stay unread: the reader named in the clause of the choice (a shift shared, a
colleague chosen to train the reader), a day or a shift rather than the season (German
"Samstag", Dutch "zaterdag", Spanish "el sábado"), a thing kept rather than a person (Spanish
"una copia"), each language's "if" words (Hinglish "agar", here; the others' are read by
rejectwatch.model.languages), a form filled rather than a post.

A ballot, draw, raffle or lottery lost is no job decision in any language (NOT_A_JOB, read by
the gate: written-33's Malay concert-ticket ballot, "tidak berjaya dalam undian", was read as a
refusal).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = [
    "CONDITIONAL",
    "NOT_A_JOB",
    "READINGS",
]

# Hinglish "if" (only before its subject: Indonesian "agar" is "so that")
CONDITIONAL = (
    r"|\b(?:agar|yadi|agr) (?:aap|aapka|aapki|aapko|aapne|hum|humne|humara|humko|tum|tumhara|"
    r"tumhe|tumko|koi|kuch|selection|position|interview)\b"
)
# a ballot, a draw, a raffle, a lottery (the thing won or lost is no job)
NOT_A_JOB = (
    r"|\b(?:undian|cabutan bertuah|loteri|lotre|bunutan|raffle|lucky draw|sorteo|sorteos|rifa|"
    r"rifas|lotería|loteria|tirage au sort|loterie|tombola|verlosung|auslosung|losverfahren|"
    r"lotterie|sorteggio|lotteria|loting|verloting|ingeloot|uitgeloot|tragere la sorți|"
    r"tragerea la sorți|tragere la sorti|tragerea la sorti|tombolă|κλήρωση|κλήρωσης|λαχείο|"
    r"λαχειοφόρο\w*|λοταρία|losowani\w*|çekiliş\w*|piyango\w*|розыгрыш\w*|лотере\w*|"
    r"розіграш\w*|жеребкуванн\w*|bốc thăm|rút thăm|xổ số)\b"
    r"|抽签|抽籤|抽奖|抽獎|摇号|搖號|抽選|추첨|القرعة|قرعة"
)

_AP = "['\u2018\u2019]"
# the rest of a clause (never past a comma or a sentence's end)
_CLAUSE = r"[^,;:.!?\n]"


def _no_reader(words: str) -> str:
    """A lookahead: the rest of the clause never names the reader (one of ``words``)."""
    return r"(?!" + _CLAUSE + r"*(?:" + words + r"))"


# a day, a shift, an hour: "for Saturday", "the morning shift" (a rota, not the post)
_DAYS = (
    r"(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|pagi|sore|malam|shift|syif|isnin|khamis|"
    r"jumaat|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|hoy|turno|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|créneau|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|schicht|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|dienst|"
    r"luni|marți|miercuri|joi|vineri|sâmbătă|duminică|mâine|tură|"
    r"δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|σαββάτου|κυριακή|αύριο|βάρδια|"
    r"umaga|hapon|gabi|bukas|lunes|sabado|linggo|"
    r"morning|evening|night|kal|aaj)"
)
# ... or an occasion, a meal, a party, an outing (twenty-fourth pass, part T: "no podemos contar
# contigo esta vez para la cena de empresa" is no post)
_OCCASIONS = (
    r"(?:cena|comida|almuerzo|fiesta|reunión|evento|excursión|viaje|partido|boda|cumpleaños|"
    r"dîner|déjeuner|repas|fête|soirée|réunion|sortie|mariage|anniversaire|"
    r"abendessen|feier|fest|ausflug|party|sitzung|hochzeit|geburtstag|"
    r"etentje|diner|feest|uitje|vergadering|bruiloft|verjaardag|"
    r"acara|makan malam|makan siang|pesta|rapat|majlis|kenduri|"
    r"cină|prânz|petrecere|ședință|excursie|nuntă|"
    r"δείπνο|γιορτή|πάρτι|εκδρομή|σύσκεψη|γάμο|"
    r"hapunan|tanghalian|salu-salo|party|pulong|kasal|"
    r"dinner|lunch|meeting|"
    # (twenty-sixth pass, part K: a move, a talk, a concert: "am ales pe altcineva pentru
    # prezentare", "una persona que nos ayude con la mudanza")
    r"mudanza|charla|presentación|conferencia|concierto|mutare|mutarea|prezentare|prezentarea|"
    r"conferință|conferința|umzug|vortrag|konzert|déménagement|présentation|conférence|"
    r"concert|verhuizing|presentatie)"
)
_NO_DAY = r"(?!" + _CLAUSE + r"*\b(?:" + _DAYS + r"|" + _OCCASIONS + r")\b)"

# ---------------------------------------------------------------------------------------------
# Indonesian and Malay
# ---------------------------------------------------------------------------------------------

_ID_READER = _no_reader(r"\b(?:anda|kamu|kau|awak|saudara|saudari|kak|mas|mbak)\b")
_ID_POST = r"(?:posisi|posisinya|lowongan|lowongannya|jabatan|jawatan|kekosongan|tempatnya)"
# "posisinya sudah diisi orang lain", "posisi tersebut telah terisi", "jawatan ini telah pun
# diisi", "jawatan tu dah penuh", "lowongan barista ini sudah terisi"
_ID_GONE = re.compile(
    r"\b" + _ID_POST + r"(?: (?!sudah|telah|dah)[^\s,.!?]+){0,3}? (?:sudah|telah|dah)(?: pun)? "
    r"(?:diisi|terisi|penuh|ada orang|ada yang isi)\b" + _NO_DAY + _ID_READER
)
# "kami sudah dapat orang lain", "telah memilih kandidat lain", "kami dah ambil calon lain",
# "bos dah pilih orang lain", "memutuskan untuk melanjutkan dengan kandidat lain"
_ID_OTHER = re.compile(
    r"\b(?:sudah|telah|dah)(?: pun)? (?:dapat|mendapatkan|dapatkan|memilih|pilih|mengambil|ambil|"
    r"menerima|terima|menemukan|jumpa|merekrut|melantik|lantik) (?:seorang |satu )?(?:orang|"
    r"kandidat|calon|pelamar|pemohon|pekerja|individu|karyawan) (?:lain|yang lain)\b"
    + _NO_DAY
    + _ID_READER
    + r"|\bmemutuskan untuk (?:melanjutkan|meneruskan|memproses) dengan (?:kandidat|calon|"
    r"pelamar|pemohon) (?:lain|yang lain)\b"
)
# "Anda tidak lolos ke tahap selanjutnya", "kamu belum lolos seleksi", "lamaran Anda belum dapat
# kami proses lebih lanjut", "anda tidak terpilih", "tidak dapat menawarkan jawatan ini kepada
# anda"
_ID_OUT = re.compile(
    r"\b(?:anda|kamu|awak|saudara|saudari) (?:tidak|belum|tak) (?:lolos|lulus|terpilih|dipilih|"
    r"berhasil lolos)(?: ke| untuk| dalam| pada)? (?:tahap|seleksi|proses|jawatan|posisi|"
    r"temuduga|wawancara|interview|kali ini)\b"
    r"|\b(?:lamaran|permohonan) (?:anda|kamu|awak|saudara|saudari) (?:tidak|belum) (?:dapat|bisa) "
    r"kami (?:proses|lanjutkan|teruskan|terima)\b"
    # (twenty-fourth pass, part T: not an application refused by its channel, its form or only
    # until something is sent, "lamaran Anda tidak bisa kami terima lewat WhatsApp")
    r"(?!" + _CLAUSE + r"*\b(?:lewat|melalui|via|format|formatnya|tanpa|sebelum|hingga|sampai|"
    r"kecuali)\b)"
    r"|\b(?:tidak|tak) (?:dapat|boleh) menawarkan (?:jawatan|posisi|kerja|pekerjaan)"
    r"(?: \S+){0,3}? kepada (?:anda|awak|saudara|saudari)\b"
)

# ---------------------------------------------------------------------------------------------
# Tagalog
# ---------------------------------------------------------------------------------------------

_TL_READER = _no_reader(r"\b(?:ikaw|ka|mo|iyo|sa iyo|sayo|po kayo|kayo)\b")
# "may nakuha na kaming iba", "may kinuha na kaming ibang tao", "nakakuha na kami ng iba"
_TL_OTHER = re.compile(
    r"\bmay (?:nakuha|kinuha|natanggap|tinanggap|nahanap|nakita|na-hire|hinire) na "
    r"(?:kaming|sila(?:ng)?|siya(?:ng)?) (?:iba|ibang (?:tao|aplikante|kandidato|applicant))\b"
    + _NO_DAY
    + _TL_READER
    + r"|\b(?:nakakuha|nakahanap|nakapili|naka-hire) na (?:kami|sila) ng (?:iba|ibang (?:tao|"
    r"aplikante|kandidato|applicant))\b" + _NO_DAY + _TL_READER
)
# "napunan na ang posisyon", "puno na ang posisyon"
_TL_GONE = re.compile(
    r"\b(?:napunan|napuno|puno|filled|na-fill|nafill) na (?:ang|yung|iyong) (?:posisyon|pwesto|"
    r"puwesto|bakante|trabaho)\b"
)
# "hindi ka napili para sa posisyon", "hindi ka pumasa sa interview"
_TL_OUT = re.compile(
    r"\bhindi (?:ka|po kayo|kayo) (?:napili|natanggap|pumasa|nakapasa)(?: po)? (?:para |sa )?"
    # (twenty-fifth pass, part D: "sa aming screening", "sa final interview")
    r"(?:sa )?(?:aming |ating |unang |huling |final |initial |ikalawang )?(?:posisyon|"
    r"pwesto|puwesto|interview|panayam|trabaho|aplikasyon|screening|exam)\b"
)

# ---------------------------------------------------------------------------------------------
# Hinglish
# ---------------------------------------------------------------------------------------------

_HI_READER = _no_reader(r"\b(?:aap|aapko|aapka|aapki|tum|tumko|tumhe|tera|tujhe)\b")
# "humne kisi aur ko select kar liya hai", "kisi aur ko rakh liya"
_HI_OTHER = re.compile(
    r"\b(?:humne|hamne|maine|sir ne|madam ne|unhone|owner ne) (?:already |pehle hi |finally )?"
    r"(?:kisi aur|kisi dusre|kisi doosre|dusre candidate|doosre candidate|another candidate) "
    r"(?:ko|candidate ko) (?:select|hire|final|rakh|le|choose|shortlist)\w*(?: kar)? (?:liya|li|"
    r"lia|kiya)\b" + _NO_DAY + _HI_READER
)
# "aapko nahi le paayenge", "aapka selection nahi hua", "position fill ho chuki hai"
_HI_OUT = re.compile(
    r"\b(?:aapko|tumko|tumhe) (?:is baar |abhi |iss baar )?(?:nahi|nahin) (?:le|rakh|hire kar) "
    r"(?:paayenge|payenge|paenge|sakte|sakenge|paa rahe)\b"
    + _NO_DAY
    + r"|\b(?:aapka|tumhara|aapki|tumhari) selection (?:nahi|nahin) (?:hua|ho paya|ho saka|"
    r"hui|ho payi)\b"
)
_HI_GONE = re.compile(
    r"\b(?:ye|yeh|woh|wo|is|us) (?:position|post|job|vacancy|naukri)(?: \S+)? (?:already |pehle "
    r"hi )?(?:fill|full|band|close|closed)(?: ho)? (?:chuki|gayi|gaya|chuka|gai)\b"
)

# ---------------------------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------------------------

_FR_READER = _no_reader(
    r"\b(?:vous (?!remercions\b)|te |toi|tu |t" + _AP + r"|votre|ton|ta)(?!\w*\s*(?:pour|"
    r"candidature|intérêt|venue|temps)\b)"
)
# "les équipes de montage sont au complet", "l'équipe de cuisine est déjà complète"
_FR_FULL = re.compile(
    # (twenty-ninth pass, part D: never a welcome, "Avec toi, l'équipe est désormais au complet")
    r"(?<!avec toi, )(?<!avec vous, )(?<!avec toi )(?<!avec vous )"
    r"\b(?:l" + _AP + r"équipe|les équipes|nos équipes|notre équipe|l" + _AP + r"effectif|"
    r"les effectifs|la brigade|le groupe de saisonniers)(?: (?!est|sont)\S+){0,3}? (?:est|sont) "
    r"(?:déjà |maintenant |désormais |donc |malheureusement )?(?:au complet|complète|complètes|"
    r"complets?)\b" + _NO_DAY + _FR_READER
)
# "on n'a plus de place pour toi cette année", "nous n'avons plus de place pour vous"
_FR_NO_ROOM = re.compile(
    r"\b(?:on n|nous n)" + _AP + r"(?:a|avons) (?:malheureusement |donc |hélas )?plus de place "
    r"pour (?:toi|vous)\b(?!" + _CLAUSE + r"*\b(?:dans|voiture|minibus|navette|bus|parking|"
    r"table|dîner|repas|soirée|atelier|formation)\b)" + _NO_DAY
)
# "il a finalement nommé quelqu'un d'autre", "on a pris quelqu'un d'autre", "nous avons retenu
# une autre candidate"
_FR_OTHER = re.compile(
    r"\b(?:a|avons|ont|on a) (?:finalement |donc |plutôt |déjà )?(?:nommé|choisi|retenu|recruté|"
    r"engagé|embauché|pris|sélectionné|désigné) (?:quelqu" + _AP + r"un d" + _AP + r"autre|"
    r"une autre personne|un autre candidat|une autre candidate|un autre profil)\b"
    r"(?!" + _CLAUSE + r"*\b(?:vous |te |t" + _AP + r")(?:former|accueillir|accompagner|encadrer|"
    r"présenter|rencontrer|recevoir|remplacer)\b)" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------------------------

_ES_READER = _no_reader(r"\b(?:te|ti|tú|contigo|usted|vos|os|le enseñ\w*)\b")
# "las cuadrillas ya están completas", "la plantilla para el verano ya está completa"
_ES_FULL = re.compile(
    r"\b(?:la|las|el|los|nuestra|nuestras|nuestro) (?:cuadrillas?|plantillas?|equipos?|puestos?|"
    r"plazas?|vacantes?)(?: (?!ya|está|están)\S+){0,3}? (?:ya )?(?:está|están|quedó|quedaron|"
    r"ha quedado|han quedado) (?:ya )?(?:completos?|completas?|cubiert[oa]s?|ocupad[oa]s?)\b"
    + _NO_DAY
    + _ES_READER
)
# "no contaremos con usted", "no vamos a poder contar contigo", "de momento no te necesitamos"
_ES_OUT = re.compile(
    r"\bno (?:contaremos|podremos contar|vamos a (?:poder )?contar|podemos contar) con "
    r"(?:usted|ustedes|vos|ti)\b"
    + _NO_DAY
    + r"|\bno (?:vamos a (?:poder )?contar|podremos contar|podemos contar) contigo\b"
    + _NO_DAY
    + r"|\b(?:de momento|por ahora|al final|finalmente|por el momento|esta vez|este año|esta "
    r"temporada) no (?:te|le|os|les) (?:necesitamos|necesitaremos|vamos a necesitar)\b" + _NO_DAY
)
# "al final nos quedamos con una chica del barrio que ya conocía la caja", "hemos elegido a otra
# persona para el puesto" (a person, not "una copia"; not the one who trains the reader)
_ES_OTHER = re.compile(
    r"\bnos (?:quedamos|hemos quedado|quedaremos) con (?:una|un|otra|otro|alguien) "
    r"(?:(?:otra|otro) )?(?:chica|chico|persona|candidata|candidato|señora|señor|muchacha|"
    r"muchacho|vecina|vecino|estudiante|chaval|chavala|amiga|amigo|sobrina|sobrino|conocida|"
    r"conocido|que|de)\b"
    + _NO_DAY
    + _ES_READER
    + r"|\bhemos (?:elegido|escogido|seleccionado|contratado|cogido) a (?:otra persona|otro "
    r"candidato|otra candidata|alguien más|alguien de dentro)\b" + _NO_DAY + _ES_READER
)

# ---------------------------------------------------------------------------------------------
# Greek
# ---------------------------------------------------------------------------------------------

_EL_READER = _no_reader(r"(?<!\w)(?:εσύ|εσένα|σου|σας|σε|εσάς)(?!\w)")
_EL_SOMEONE = (
    r"(?:άλλος|άλλη|κάποιος άλλος|κάποια άλλη|άλλο άτομο|άλλος υποψήφιος|άλλη υποψήφια|"
    r"άλλον|άλλην|κάποιον άλλο|κάποιον άλλον|κάποια άλλη|άλλον υποψήφιο|άλλη υποψήφια|"
    r"άλλο άτομο)"
)
# "τη θέση την πήρε άλλος", "επιλέξαμε άλλον υποψήφιο", "πήραμε κάποιον άλλο"
_EL_OTHER = re.compile(
    r"(?<!\w)(?:τη|την) θέση (?:την )?(?:πήρε|έχει πάρει|κέρδισε|ανέλαβε) (?:ήδη )?"
    + _EL_SOMEONE
    + r"(?!\w)"
    + _NO_DAY
    + _EL_READER
    + r"|(?<!\w)(?:επιλέξαμε|διαλέξαμε|πήραμε|προσλάβαμε|επιλέχθηκε|προτιμήσαμε) (?:τελικά )?"
    + _EL_SOMEONE
    + r"(?!\w)"
    + _NO_DAY
    + _EL_READER
    # (forty-eighth pass: the post given to someone, "… θέση τελικά δόθηκε σε κάποιον που δούλευε
    # ήδη εδώ τα καλοκαίρια"; never to the reader, "σε εσάς", nor a seat on a bus or at a table)
    + r"|(?<!\w)(?:η|τη|την) (?:θέση|δουλειά)(?! (?:στο|στη|στην) (?:λεωφορείο|πούλμαν|τραπέζι|"
    r"αυτοκίνητο|πλοίο|αεροπλάνο|πάρκινγκ))(?: [^\s,.;:!?]+){0,3}? (?:τελικά |ήδη )?(?:δόθηκε|"
    r"έχει δοθεί|την δώσαμε|τη δώσαμε|την έχουμε δώσει|τη δώσαμε τελικά) (?:τελικά |ήδη )?"
    r"(?:σε|στον|στην|σ['\u2019]|σε μια|σε έναν) ?(?!εσάς|εσένα|σας\b|σένα)(?=\w)"
    + _NO_DAY
    + _EL_READER
)
# "η θέση έχει ήδη καλυφθεί", "δεν επιλεχθήκατε"
_EL_GONE = re.compile(
    r"(?<!\w)η θέση (?:έχει |έχουν )?(?:ήδη )?(?:καλυφθεί|καλύφθηκε|συμπληρωθεί|συμπληρώθηκε)"
    r"(?!\w)"
)
_EL_OUT = re.compile(r"(?<!\w)δεν (?:επιλεχθήκατε|επιλεχτήκατε|επιλέχθηκες|επιλέχτηκες)(?!\w)")

# ---------------------------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------------------------

_DE_READER = _no_reader(r"\b(?:du|dich|dir|dein\w*)\b")
_DE_GAP = r"(?: (?!" + _DAYS + r"\b)[^\s,.!?]+){0,4}?"
# "wir haben für die Ernte schon genug Leute", "inzwischen genügend Helfer gefunden"
_DE_NOT_A_DAY = "".join(
    rf"(?<!\b{day} )(?<!\bam {day} )(?<!\bfür {day} )"
    for day in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
)
_DE_ENOUGH = re.compile(
    r"\b"
    + _DE_NOT_A_DAY
    + r"(?:wir haben|haben wir)"
    + _DE_GAP
    + r" (?:schon|bereits|inzwischen|mittlerweile|jetzt) "
    r"(?:genug|genügend|ausreichend) (?:leute|helfer\w*|personal|mitarbeiter\w*|bewerber\w*|"
    r"kräfte|saisonkräfte|aushilfen|erntehelfer\w*)\b" + _NO_DAY + _DE_READER
)
# "daher wird das diesmal nix", "leider wird das diesmal nichts" (the clause ends there)
_DE_NIX = re.compile(
    r"\b(?:daher|deshalb|darum|also|leider|somit) wird (?:das|es) (?:(?:diesmal|dieses mal|"
    r"leider|heuer|dieses jahr|in dieser saison|mit uns|bei uns) ){1,3}(?:nix|nichts)"
    r"(?= *(?:[,.!?\n]|$))"
)
# "das Team ist schon komplett", "die Stelle ist leider schon weg"
_DE_GONE = re.compile(
    r"\b(?:das team|unser team|die mannschaft|die truppe|die crew|die stelle|der job|der platz "
    r"im team) ist (?:leider |jetzt |inzwischen |auch )?(?:schon|bereits) (?:komplett|voll|"
    r"vollständig|weg|vergeben|besetzt)\b(?! (?:vom|von|aus dem|aus)\b)" + _NO_DAY + _DE_READER
)

# ---------------------------------------------------------------------------------------------
# Dutch
# ---------------------------------------------------------------------------------------------

_NL_GAP = r"(?: (?!" + _DAYS + r"\b)[^\s,.!?]+){0,4}?"
# "we hebben de ploeg voor de aardappeloogst rond", "de ploeg is al compleet"
_NL_FULL = re.compile(
    r"\b(?:we|wij) hebben (?:de|het|onze|ons) (?:ploeg|team|bezetting|groep|crew|personeel)"
    + _NL_GAP
    + r" (?:al |inmiddels |nu )?(?:rond|vol|compleet|gevuld|bij elkaar)\b"
    + _NO_DAY
    + r"|\b(?:de|onze|het) (?:ploeg|bezetting|crew|team) is (?:al |inmiddels |nu |helaas )?"
    r"(?:compleet|vol|rond)\b" + _NO_DAY
)
# "we kunnen je dit seizoen niet gebruiken", "helaas kunnen wij u deze zomer niet plaatsen"
_NL_OUT = re.compile(
    r"\b(?:we|wij) kunnen (?:je|jou|u)"
    + _NL_GAP
    + r" niet (?:gebruiken|aannemen|inzetten|plaatsen)\b"
    + _NO_DAY
    + r"|\bkunnen (?:we|wij) (?:je|jou|u)"
    + _NL_GAP
    + r" niet (?:gebruiken|aannemen|inzetten|plaatsen)\b"
    + _NO_DAY
)
# "we zijn voor iemand anders gegaan"
_NL_OTHER = re.compile(
    r"\b(?:we|wij) zijn (?:toch |uiteindelijk |helaas )?(?:voor|met) (?:iemand anders|een "
    r"andere kandidaat|een ander) (?:gegaan|verder gegaan)\b" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Romanian
# ---------------------------------------------------------------------------------------------

_RO_READER = _no_reader(r"\b(?:tu|te|ți|dumneavoastră|dvs|vă|v-)\b")
# "postul i-a revenit altei persoane", "am ales pe altcineva", "postul a fost deja ocupat"
_RO_OTHER = re.compile(
    r"\b(?:postul|poziția|pozitia|locul de muncă)(?: (?!i-a|a)\S+){0,4}? i-a revenit (?:altei "
    r"persoane|altui candidat|altei candidate|unei alte persoane|unui alt candidat|unui coleg|"
    r"unei colege)\b"
    r"|\bam (?:ales|selectat|angajat|preferat|optat pentru) (?:pe )?(?:altcineva|o altă persoană|"
    r"alt candidat|un alt candidat|o altă candidată|altă persoană)\b" + _NO_DAY + _RO_READER
)
_RO_GONE = re.compile(
    r"\b(?:postul|poziția|pozitia)(?: (?!a|este|e)\S+){0,3}? (?:a fost|este|e) (?:deja )?"
    r"(?:ocupat|ocupată|ocupata)\b" + _NO_DAY
)
# "colaborarea noastră nu continuă", "nu putem continua colaborarea"
_RO_OUT = re.compile(
    r"\bcolaborarea (?:noastră|noastra|cu dumneavoastră|cu tine) nu (?:continuă|continua|va "
    r"continua|poate continua)\b"
    r"|\bnu (?:putem|vom putea) continua colaborarea\b"
)


# ---------------------------------------------------------------------------------------------
# Spanish, German and Polish (twenty-fifth pass, part D: slice 23's Colombian Spanish, German
# and Polish refusals)
# ---------------------------------------------------------------------------------------------

# "la persona seleccionada tiene más años en …", "la persona elegida viene de otra empresa"
# (not "la persona seleccionada deberá presentarse", a rule for later, nor "usted es la persona
# seleccionada": the choice's verb tells of the chosen one's past)
_ES_CHOSEN = re.compile(
    r"(?<!\bes )(?<!\beres )(?<!\bsea )(?<!\bseas )(?<!\bsi )"
    r"\bla persona (?:elegida|seleccionada|escogida|contratada|finalmente seleccionada) "
    r"(?:(?:viene|proviene) (?:de|del)|ya (?:trabajaba|trabajó|conocía|estaba)|trabajó|llevaba|"
    r"(?:tiene|cuenta con) (?:más|mayor|varios|\d+|años|experiencia previa))\b"
    + _ES_READER
    # "optamos por un candidato interno", "optamos por otra persona" (not "optamos por un perfil
    # flexible", an advert's wording)
    + r"|\boptamos por (?:otro candidato|otra candidata|otra persona|otro perfil|otros perfiles|"
    r"(?:un candidato|una candidata|una persona) (?:interno|interna|de la casa|del equipo|con más|"
    r"con mayor|que ya))\b" + _NO_DAY
)
# "el cargo ya fue provisto", "la vacante ya fue provista"
_ES_PROVIDED = re.compile(
    r"\b(?:el cargo|la vacante|el puesto|la plaza|la posición)(?: \S+){0,3}? (?:ya )?(?:fue|ha "
    r"sido|quedó) (?:provist[oa]|llenad[oa])\b" + _NO_DAY
)
# "usted no fue seleccionado para continuar", "su hoja de vida no fue seleccionada"
_ES_NOT_CHOSEN = re.compile(
    r"\b(?:usted|tú|vos) no (?:fue|fuiste|ha sido|has sido|resultó|resultaste) "
    r"(?:seleccionad[oa]|elegid[oa]|escogid[oa])\b"
    + _NO_DAY
    + r"|\b(?:su|tu) (?:hoja de vida|perfil|postulación|candidatura|aplicación) no (?:fue|ha "
    r"sido|resultó|quedó) (?:seleccionad[oa]|elegid[oa]|escogid[oa]|preseleccionad[oa])\b" + _NO_DAY
)
# "unsere Wahl ist auf eine Kollegin gefallen", "nach den Gesprächen ist unsere Wahl auf einen
# Bewerber gefallen" (not "auf Sie")
_DE_FELL = re.compile(
    r"\b(?:(?:unsere|die) (?:wahl|entscheidung) (?:ist|war)|(?:ist|war|fiel) (?:\S+ ){0,2}?"
    r"(?:unsere|die) (?:wahl|entscheidung)) (?:\S+ ){0,3}?auf (?:eine|einen|die|den) "
    r"(?:\S+ ){0,2}?(?:kollegin|kollegen|bewerberin|bewerber|kandidatin|kandidaten|person|"
    r"mitbewerberin|mitbewerber|interne\w*|externe\w*)\b"
)
# "leider kommen Sie für die Stelle nicht in Frage", "Sie kommen … nicht in Betracht"
_DE_NOT_CONSIDERED = re.compile(
    r"(?<!\bob )(?<!\bwenn )(?<!\bfalls )\b(?:kommen sie|sie kommen|kommst du|du kommst) "
    r"(?:\S+ ){0,5}?nicht (?:in frage|infrage|in betracht)\b" + _NO_DAY
)
_PL_READER = _no_reader(r"\b(?:pan|pani|pana|panią|panem|ciebie|cię|tobą|tobie)\b")
# "stanowisko magazyniera obsadziliśmy osobą …", "obsadziliśmy już to stanowisko"
_PL_FILLED = re.compile(
    r"(?:\bstanowisko(?: \S+){0,2}? (?:już )?obsadziliśmy\b"
    r"|\bobsadziliśmy (?:już )?(?:to |te |tę )?(?:stanowisko|wakat|miejsce|etat)\b)"
    + _PL_READER
    # (not "…, ale mamy dla Pani inną propozycję": another post offered in the same sentence)
    + r"(?![^.!?\n]*\b(?:ale|jednak|lecz)\b)"
)
# "kończymy z Panem współpracę w tym procesie", "kończymy z Panią proces rekrutacji",
# "nie przechodzi Pan do kolejnego etapu"
_PL_OUT = re.compile(
    r"\bkończymy z (?:panem|panią|panem/panią|panią/panem|tobą) (?:współpracę|proces|udział|"
    r"rekrutację)\b"
    r"|\bnie (?:przechodzi|przeszedł|przeszła|przechodzisz|przeszedłeś|przeszłaś)"
    r"(?: pan| pani| pan/pani)? do (?:kolejnego|następnego|dalszego) etapu\b"
)


READINGS = readings(
    ("role_gone", _ID_GONE),
    ("chose_other", _ID_OTHER),
    ("reader_out", _ID_OUT),
    ("chose_other", _TL_OTHER),
    ("role_gone", _TL_GONE),
    ("reader_out", _TL_OUT),
    ("chose_other", _HI_OTHER),
    ("reader_out", _HI_OUT),
    ("role_gone", _HI_GONE),
    ("role_gone", _FR_FULL),
    ("reader_out", _FR_NO_ROOM),
    ("chose_other", _FR_OTHER),
    ("role_gone", _ES_FULL),
    ("reader_out", _ES_OUT),
    ("chose_other", _ES_OTHER),
    ("chose_other", _EL_OTHER),
    ("role_gone", _EL_GONE),
    ("reader_out", _EL_OUT),
    ("role_gone", _DE_ENOUGH),
    ("reader_out", _DE_NIX),
    ("role_gone", _DE_GONE),
    ("role_gone", _NL_FULL),
    ("reader_out", _NL_OUT),
    ("chose_other", _NL_OTHER),
    ("chose_other", _RO_OTHER),
    ("role_gone", _RO_GONE),
    ("reader_out", _RO_OUT),
    ("chose_other", _ES_CHOSEN),
    ("role_gone", _ES_PROVIDED),
    ("reader_out", _ES_NOT_CHOSEN),
    ("chose_other", _DE_FELL),
    ("reader_out", _DE_NOT_CONSIDERED),
    ("role_gone", _PL_FILLED),
    ("reader_out", _PL_OUT),
)

# ---------------------------------------------------------------------------------------------
# Twenty-fifth pass, part V: written-36's refusals in a trade's everyday words (a post filled
# or taken, another person taken on), in Vietnamese, Swahili, Polish, Italian, Indonesian,
# French, Spanish, Greek, German, Turkish and Egyptian Arabic chat
# ---------------------------------------------------------------------------------------------

# (part K2) no booking, receipt, seat, venue or party anywhere in the sentence: "nhà hàng đã có
# người đặt bàn này rồi", "il posto sul volo è già stato assegnato", "el trabajo de reparación ya
# lo cubrimos con su póliza", "el makan et7agaz, el fara7 yom el khamis"


def _not_in_sentence(words: str) -> str:
    return r"(?![^.!?\n]*(?<!\w)(?:" + words + r")(?!\w))"


# Vietnamese: "quán tìm được người phụ bếp rồi", "bên mình đã tuyển được người khác rồi" (not
# "chưa tìm được", not someone for a shift or a day, not someone found for the reader)
_VI_FOUND = re.compile(
    r"(?<!nếu )\b"
    + _not_in_sentence(r"đặt|mua|giao hàng|mời|chào mừng|tiệc|bàn|phòng|vé|ghế")
    + r"(?:quán|tiệm|xưởng|bên (?:anh|chị|mình|em)|chúng tôi|bọn (?:anh|chị|mình)|"
    r"nhà hàng|công ty|cửa hàng) (?:đã )?(?:tìm được|tuyển được|nhận|chọn được|có) "
    r"(?:người|bạn khác|ứng viên khác)(?: [^\s,.!?]+){0,3}? rồi\b"
    r"(?!" + _CLAUSE + r"*\b(?:cho em|cho bạn|với em|ca |thứ|hôm nay|ngày mai)\b)"
)
# Swahili: "nafasi ya mhudumu wa mgahawa imeshajazwa", "tumeshapata mtu mwingine"
_SW_FILLED = re.compile(
    r"\bnafasi (?:ya|hiyo|hii)"
    + _not_in_sentence(r"chumba|chako|chenu|kiti|ndege|tiketi|hoteli|meza|karibu|imethibitishwa")
    # (forty-seventh pass: or full, "kwa hiyo nafasi hiyo imejaa")
    + r"(?: (?!imeshajazwa|imejazwa|imeshachukuliwa|imechukuliwa|imejaa|imeshajaa|zamu|"
    r"jumamosi|jumapili|kesho|leo|usaili|mahojiano|semina|mafunzo|basi|gari)[^\s,.!?]+){0,4}? "
    r"(?:imeshajazwa|imejazwa|imeshachukuliwa|imechukuliwa|imejaa|imeshajaa)\b"
    r"(?!" + _CLAUSE + r"*\b(?:zamu|jumamosi|jumapili|kesho|leo|usaili|mahojiano|semina|"
    r"mafunzo|basi|gari)\b)"
    # (forty-seventh pass: or someone told by who they are, "Tumeshampata mtu aliyewahi kufanya
    # kazi hii")
    r"|\btume(?:sha)?(?:pata|mpata|chagua|mchagua|ajiri|mwajiri) mtu (?:mwingine|ambaye|"
    r"aliye\w+)\b"
)
# Polish: "miejsce na budowie już zajęte", "wzięliśmy kogoś innego" (not a parking place, a seat
# or a course)
_PL_TAKEN = re.compile(
    r"\b"
    + _not_in_sentence(
        r"hotel\w*|pokoj\w*|pokój|rezerwacj\w*|samolo\w*|bilet\w*|potwierdzeni\w*|"
        r"targ\w*|koncert\w*|teatr\w*|sal[aię]"
    )
    + r"(?:miejsce|stanowisko|etat|wakat|posada)(?: (?!już|jest)\S+){0,3}? (?:jest )?już "
    r"(?:zajęte|zajęta|obsadzone|obsadzona|nieaktualne)\b"
    r"(?!" + _CLAUSE + r"*\b(?:parking\w*|autobus\w*|busie|stole|kurs\w*|szkoleni\w*)\b)"
    r"(?<!parkingowe już zajęte)"
    # (fifty-seventh pass: the post goes to a person described, "Posadę szlifierza otrzymuje
    # osoba, która zna oprawę w srebrze", slice 129)
    r"|\b(?:posadę|stanowisko|miejsce|etat)(?: \S+){0,2}? (?:otrzymuje|otrzymała|otrzymał|dostaje|"
    r"dostała|dostał|obejmuje|objęła|objął) (?:osoba|kandydat\w*|ktoś),? (?:która|który|z)\b"
    r"|\b(?:wzięliśmy|przyjęliśmy|zatrudniliśmy|wybraliśmy) (?:już )?(?:kogoś innego|inną "
    r"osobę|innego kandydata|inną kandydatkę)\b" + _NO_DAY + _PL_READER
)
# Italian: "abbiamo preso un'altra persona", "il posto è già stato preso"
_IT_READER = _no_reader(r"\b(?:ti|te|tu|tuo|tua|affiancarti|formarti)\b")
_IT_OTHER = re.compile(
    r"\babbiamo (?:già |poi |alla fine |infine )?(?:preso|scelto|assunto|trovato|selezionato) "
    r"(?:un" + _AP + r"altra persona|un altro ragazzo|un" + _AP + r"altra ragazza|un altro "
    r"candidato|un" + _AP + r"altra candidata|qualcun altro|un altro)\b"
    r"(?!"
    + _CLAUSE
    # (fifty-ninth pass: nor another day or time for the interview, "abbiamo scelto un altro
    # giorno per il colloquio")
    + r"*\b(?:sabato|domenica|turno|stasera|domani|oggi|lunedì|venerdì|giorno|data|orario|"
    r"appuntamento)\b)"
    + _IT_READER
    # (nor a parking space or a bed: "il posto auto è stato assegnato a un altro condomino",
    # tests/test_part_l_reread.py)
    + r"|\bil posto (?!(?:auto|letto|barca|macchina|moto|bici)\b)"
    + _not_in_sentence(
        r"volo|aereo|platea|teatro|concerto|treno|fila|imbarco|biglietto|"
        r"prenotazione|ti aspettiamo|vi aspettiamo"
    )
    + r"(?:\S+ ){0,3}?è (?:già )?stato (?:preso|occupato|coperto|assegnato)\b"
    r"(?!" + _CLAUSE + r"*\b(?:auto|macchina|parcheggio|tavolo|corso|pullman)\b)"
)
# Indonesian: "posisi barista di Warung Bu Tini sudah terisi" (a post named at length)
_ID_GONE_LONG = re.compile(
    r"\b" + _ID_POST + r"(?: (?!sudah|telah|dah)[^\s,.!?]+){4,6}? (?:sudah|telah|dah)(?: pun)? "
    r"(?:diisi|terisi|penuh)\b" + _NO_DAY + _ID_READER
)
# French: "on a choisi un gars qui connaissait déjà la maison", "on a pris une fille du quartier"
_FR_SOMEONE = re.compile(
    r"\b(?:a|avons|ont|on a) (?:finalement |donc |plutôt |déjà )?(?:choisi|pris|retenu|recruté|"
    r"engagé|embauché) (?:un gars|une fille|un jeune|une jeune|un type|un mec|une nana|un ancien|"
    r"une ancienne|un copain|une copine|un garçon)\b"
    + _NO_DAY
    + _FR_READER
    + _not_in_sentence(
        r"soirée|fête|dj|concert|apéro|viens|venez|anniversaire|mariage|repas|"
        r"photographe|traiteur"
    )
)
# Spanish: "al final cogimos a otra chica para la barra", "el puesto de ayudante ya lo cubrimos"
_ES_TOOK = re.compile(
    r"\b(?:cogimos|elegimos|escogimos|contratamos|fichamos|pillamos) (?:ya )?a (?:otra|otro) "
    r"(?:chica|chico|persona|candidata|candidato|muchacha|muchacho|chaval|chavala)\b"
    + _NO_DAY
    + _ES_READER
    + r"|\b"
    + _not_in_sentence(
        r"póliza|seguro|siniestro|reparación|factura|feria|stand|mercado|"
        r"mercadillo|pagar|garantía"
    )
    + r"(?:el puesto|la plaza|la vacante|el trabajo)(?: \S+){0,4}? ya (?:lo|la) "
    r"(?:cubrimos|hemos cubierto|tenemos cubiert[oa]|ocupamos)\b" + _NO_DAY
)
# Greek: "τη θέση του σερβιτόρου την καλύψαμε τελικά με άλλον"
_EL_COVERED = re.compile(
    r"(?<!\w)(?:τη|την) θέση(?: (?!την)\S+){0,3}? (?:την )?(?:καλύψαμε|έχουμε καλύψει) "
    r"(?:τελικά |ήδη )?(?:με|από) " + _EL_SOMEONE + r"(?!\w)" + _NO_DAY
)
# German: "die Aushilfsstelle im Biergarten ist schon vergeben" (a post's compound, never a
# stop, a building site or a petrol station)
_DE_POST_GONE = re.compile(
    r"\b(?:die |eure |unsere )?(?:aushilfs|neben|teilzeit|vollzeit|lehr|ausbildungs|saison|"
    r"praktikums|minijob|küchen|service|kellner|helfer|fahrer|verkäufer|koch)stelle"
    r"(?: (?!ist)\S+){0,3}? ist (?:leider |jetzt |inzwischen |auch )?(?:schon|bereits) "
    r"(?:vergeben|besetzt|weg)\b" + _NO_DAY + _DE_READER
)
# Turkish: "garson pozisyonu için başka bir arkadaşla anlaştık", "pozisyon doldu"  # noqa: RUF003
_TR_OTHER = re.compile(
    r"(?<!vardiyası için )(?<!vardiya için )(?<!nöbeti için )(?<!günü için )"
    r"\bbaşka (?:bir )?(?:arkadaşla|adayla|kişiyle|biriyle|elemanla|ustayla) (?:anlaştık|"
    r"anlaşıldı|devam ediyoruz|devam etmeye karar verdik|çalışmaya karar verdik)\b"
    r"|\b"
    + _not_in_sentence(r"emir\w*|emri\w*|alım|satım|hisse\w*|lot|fiyat\w*|işlem\w*|borsa\w*")
    + r"(?:pozisyon|kadro|pozisyonumuz)(?: \S+){0,2}? (?:doldu|dolduruldu)\b"
    r"(?!" + _CLAUSE + r"*\b(?:cumartesi|pazar|yarın|bugün|vardiya)\b)"
)
# Egyptian Arabic chat: "el shoghl 5alas et2afal", "5adna 7ad tany"
_ARZ_TAKEN = re.compile(
    r"\b(?:5adna|akhadna|e5tarna|ekhtarna|3ayyanna|sha8alna) (?:7ad|wa7ed|wa7da|7ad|"
    r"shakhs) (?:tany|tanya|gher[ak]?)\b"
    r"|\b"
    + _not_in_sentence(r"fara7|farah|7afla|hafla|party|3azooma|ta3ala|ta3alo|3eed milad")
    + r"(?:el shoghl|el wazifa|el makan|el shoghlana) (?:5alas |khalas |khalas )?"
    r"(?:et2afal|et2afalet|etmala|etmalet|et7agaz)\b"
)

READINGS += readings(
    ("chose_other", _VI_FOUND),
    ("role_gone", _SW_FILLED),
    ("role_gone", _PL_TAKEN),
    ("chose_other", _IT_OTHER),
    ("role_gone", _ID_GONE_LONG),
    ("chose_other", _FR_SOMEONE),
    ("chose_other", _ES_TOOK),
    ("chose_other", _EL_COVERED),
    ("role_gone", _DE_POST_GONE),
    ("chose_other", _TR_OTHER),
    ("chose_other", _ARZ_TAKEN),
)

# ---------------------------------------------------------------------------------------------
# Twenty-eighth pass, part D: slice 26's forms in languages read, someone taken on and described
# with no "other" (Polish, Vietnamese, Dutch, Turkish) and German's post that goes to someone
# ---------------------------------------------------------------------------------------------

# (Polish: the reader; a day, a concert, an event, a contest, a meeting, a presentation, a
# training, a board, a chair, a jury, a prize, a date, a council: not a post)
_PL_YOU = r"pan|pani|pana|panią|panem|ciebie|cię|tobą|tobie|ci|was|wam"
_PL_EVENTS = (
    r"koncert\w*|wydarzeni\w*|imprez\w*|festyn\w*|konkurs\w*|turniej\w*|spotkani\w*|"
    r"zebrani\w*|prezentacj\w*|poprowadzi\w*|szkoleni\w*|zarząd\w*|przewodnicząc\w*|jury|"
    r"nagrod\w*|termin\w*|rada|rady|radzie|radę|radą"
)
# ... for decisions_abroad._CHOSE (twenty-eighth pass, part Q): no day, no reader in the choice's
# clause ("…, więc nie złożymy Pani oferty" is the refusal's), no event anywhere after it
PL_NOT_A_POST = _NO_DAY + _no_reader(r"\b(?:" + _PL_YOU + r")\b") + _not_in_sentence(_PL_EVENTS)
# Polish: "zatrudniliśmy osobę z doświadczeniem …", "wybraliśmy kandydatkę, która …" (never the
# reader anywhere in the sentence: "…, która wdroży Panią w pracę" is a colleague who trains)
_PL_DESCRIBED = re.compile(
    r"\b(?:zatrudniliśmy|przyjęliśmy|wybraliśmy|wzięliśmy|zdecydowaliśmy się na) "
    r"(?:już |ostatecznie |finalnie |w końcu )?(?:osobę|kandydata|kandydatkę|pracownika|"
    r"pracownicę|kogoś|fachowca|specjalistę|specjalistkę|absolwenta|absolwentkę),? (?:z|ze|"
    r"która|który|którą|mającą|mającego|posiadającą|posiadającego|znającą|znającego|o|po|spoza|"
    r"stąd)\b" + _NO_DAY + _not_in_sentence(_PL_YOU + "|" + _PL_EVENTS)
)
# Vietnamese: "chúng tôi (đã) chọn người đã quen …", "đã tuyển được người từng làm …", "bên mình
# nhận một bạn khác" (the "rồi" _VI_FOUND asks for left out; never a bare "tuyển người có …",
# a job advertisement, nor the reader in the clause)
_VI_PERSON_CHOSEN = re.compile(
    r"(?<!nếu )\b"
    + _not_in_sentence(
        r"đặt|mua|giao hàng|mời|chào mừng|tiệc|bàn|phòng|vé|ghế|phỏng vấn|hướng dẫn|hội thảo|"
        r"sự kiện|buổi|chương trình|cuộc thi|giải"
    )
    + r"(?:quán|tiệm|xưởng|bên (?:anh|chị|mình|em)|chúng tôi|chúng mình|bọn (?:anh|chị|mình)|"
    r"nhà hàng|công ty|cửa hàng) (?:(?:(?:đã )?(?:chọn|tuyển|nhận|lấy) được|đã chọn|đã tuyển|"
    r"đã nhận|đã lấy) "
    r"(?:một )?(?:người|ứng viên|bạn khác|anh khác|chị khác|em khác) (?:đã|quen|từng|ở|rành|"
    r"khác|có|sống|giỏi)"
    r"|(?:đã )?chọn (?:một )?(?:người|ứng viên) (?:đã|từng|khác)"
    r"|(?:đã )?(?:nhận|lấy|chọn) (?:một )?(?:bạn|anh|chị|em|người|ứng viên) khác)\b"
    + _no_reader(r"\b(?:bạn|em|anh chị)\b(?! khác)")
)
# Dutch: the people a post goes to
_NL_PEOPLE = (
    r"vrijwilliger|vrijwilligster|collega|medewerker|medewerkster|stagiair|stagiaire|leerling|"
    r"student|studente|jongen|meisje|man|vrouw|buurtbewoner|buurman|buurvrouw|vakkracht|"
    r"kandidaat|kandidate|sollicitant|sollicitante|oud-\w+"
)
# Dutch: "het bestuur heeft gekozen voor een vrijwilliger die …", "we hebben gekozen voor een
# stagiair uit de buurt" (a person described after the choice; not the reader, not a date)
_NL_DESCRIBED = re.compile(
    r"\bgekozen voor (?:een|de|twee|drie) (?:andere |interne |jonge |ervaren |oud-)?"
    r"(?:"
    + _NL_PEOPLE
    + r")s? (?:die|met|uit|van|al)\b"
    + _NO_DAY
    + _not_in_sentence(
        r"je|jou|jij|u|jullie|inwerken|begeleiden|bestuursfunctie|voorzitter|"
        # (twenty-eighth pass, part Q: a raffle, a prize, a contest, a party, a concert)
        r"loterij\w*|tombola|prijs\w*|wedstrijd\w*|feest\w*|concert\w*|evenement\w*|"
        r"vergadering\w*"
    )
)
# (twenty-ninth pass, part D) Dutch: "een vaste vrijwilliger van de molen krijgt de plek", the
# post's noun closing the sentence (never "… krijgt de plek naast je in de bus", the reader, a
# rule, "wie het eerst reageert", a winner, a final)
_NL_GETS_POST = re.compile(
    r"(?<!als )(?<!wanneer )\b(?:een|onze|twee) (?:\S+ )?(?:" + _NL_PEOPLE + r")s?\b"
    r"(?: (?!krijgt|krijgen|kreeg|kregen|die|wie)\S+){0,5}? (?:krijgt|krijgen|kreeg|kregen) de "
    r"(?:plek|plaats|baan|functie|positie|vacature|stageplek|stageplaats|leerplek)(?=\s*[.!;]|\s*$)"
    + _not_in_sentence(r"je|jou|jij|u|jullie|winnaar\w*|finale|wedstrijd\w*|loterij\w*|bus|trein")
)
# ... and the application not taken further, the object first or the verb first: "je
# sollicitatie nemen we daarom niet verder mee", "we nemen uw sollicitatie niet mee in de
# verdere procedure" (never "in de eerste ronde": a later round is still to come)
_NL_APPLICATION = r"(?:je|jouw|uw) (?:sollicitatie|kandidatuur|aanmelding|inschrijving)"
_NL_NOT_FURTHER = (
    r"niet (?:verder mee|mee (?:in|bij) de (?:verdere |volgende )?(?:procedure|selectie))\b"
    # (part Q: never a registration not carried over to next year or season)
    r"(?! naar (?:het )?(?:volgend|volgende|komend|komende) (?:jaar|seizoen|semester|schooljaar)\b)"
)
_NL_NOT_TAKEN_ON = re.compile(
    r"\b"
    + _NL_APPLICATION
    + r" nemen (?:we|wij) (?:\w+ ){0,2}?"
    + _NL_NOT_FURTHER
    + r"|\b(?:we|wij) nemen "
    + _NL_APPLICATION
    + r" (?:\w+ ){0,2}?"
    + _NL_NOT_FURTHER
)
# German: "die Stelle bekommt ein Geselle, der …", "die Lehrstelle geht an einen jungen Mann"
# (never the reader, a thing, a room; not after "wenn", "falls", "ob")
_DE_POST_TO = re.compile(
    r"(?<!wenn )(?<!falls )(?<!ob )\b(?:die|diese|unsere|eure|den|diesen) (?:(?:aushilfs|lehr|"
    r"ausbildungs|saison|praktikums|gesellen|meister|teilzeit|vollzeit)?stelle|position|job|"
    r"posten|platz|lehrplatz|ausbildungsplatz)"
    # (fifty-fifth pass: where the post is told between, "Den Platz an der Maschine bekommt ein
    # Bewerber, der ...", slice 111)
    r"(?: (?:an|in|im|am|bei|beim|auf|hinter|für) (?:der|dem|den|die|das|unserer|unserem|"
    r"unseren|unsere)?(?: ?\S+){1,2}?)?"
    r" (?:bekommt|kriegt|erhält|bekam|kriegte|erhielt|"
    r"geht an|ging an) (?:jetzt |nun |diesmal |schon |leider |aber )?"
    r"(?:(?:ein|eine|einen|einer|unser|unsere|unseren) (?:\S+ ){0,2}?(?:geselle|gesellin|"
    r"gesellen|kollege|kollegin|kollegen|bewerber|bewerberin|kandidat|kandidatin|kandidaten|"
    r"mitarbeiter|mitarbeiterin|azubi|auszubildende|auszubildenden|meister|meisterin|mann|frau|"
    r"jungen|junge|mädchen|person|anderer|andere|anderen|fachkraft|student|studentin|aushilfe|"
    r"helfer|helferin|praktikant|praktikantin|bekannter|bekannte|bekannten)"
    r"|jemand(?:en)? (?:anderes|anders|aus|mit|der|von|vom))\b"
    + _NO_DAY
    + _no_reader(r"\b(?:sie|ihnen|du|dich|dir|euch)\b")
)
# Turkish: "sır hazırlamayı bilen bir adayı seçtik", "deneyimli bir ustayı işe aldık"  # noqa: RUF003
# (not for a purpose: "size eşlik etmesi için bir arkadaşı seçtik"; not an interview)  # noqa: RUF003
_TR_DESCRIBED = re.compile(
    r"(?<!için )(?<!üzere )\bbir (?:adayı|kişiyi|ustayı|arkadaşı|elemanı|çırağı|kalfayı|"
    r"personeli|aşçıyı|garsonu|şoförü|öğrenciyi|başvuranı|genci) (?:seçtik|tercih ettik|işe aldık|"
    r"aldık|uygun gördük|belirledik)\b"
    + _not_in_sentence(
        r"mülakat\w*|görüşme\w*|toplantı\w*|eğitim\w*|sizi|size|sizinle|seni|sana|sizden|"
        r"konser\w*|etkinli\w*|yarışma\w*|çekiliş\w*"
    )
)

READINGS += readings(
    ("chose_other", _PL_DESCRIBED),
    ("chose_other", _VI_PERSON_CHOSEN),
    ("chose_other", _NL_DESCRIBED),
    ("chose_other", _DE_POST_TO),
    ("chose_other", _NL_GETS_POST),
    ("reader_out", _NL_NOT_TAKEN_ON),
    ("chose_other", _TR_DESCRIBED),
)
