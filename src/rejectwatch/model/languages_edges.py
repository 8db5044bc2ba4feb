"""The usual refusal formulas of twenty-nine regional, minority and creole languages at the edges
of the big ones (issue 11, twenty-eighth pass, part N).

The slices keep choosing regional, minority and creole varieties, and a language no reading
knows is mostly missed. written-46 wrote thirty languages no slice, batch or reading named; the
shipped model filed 10 of its 90 refusals and read no decision in 82. Each language's usual ways
of saying the reader was not chosen, the post is filled or taken, someone else was chosen or the
application goes no further are read here, written for the language and never one message's
words (Chakavian's forms were read already):

* Kölsch, West Flemish, Doric Scots: "bes de nit usjesook", "die Stell es ald verjovve", "mer han
  uns för ne andere Kandidat entschiede"; "je zyt nie gekozen", "de plekke … is al ingevuld", "we
  goan nie verder mee joen kandidatuur"; "ye've nae been picked", "the job … is awa tae somebody
  else", "we've picked anither quine";
* Romanesco, Provençal, Gheg Albanian: "nun sei stato scerto", "er posto … è già stato preso",
  "avemo scerto n'antro candidato"; "sias pas esta chausi", "la plaço … es deja óucupado", "avèn
  chausi uno autro persouno"; "vendi … âsht zânë", "kemi zgjedhë nji kandidat tjetër";
* Surzhyk, Moldovan in Cyrillic, Šariš: "тебе не вибрали", "місто … вже занято", "ми вибрали
  другого кандидата"; "ну аць фост алес", "локул … есте деже окупат", "ам алес ун алт кандидат";
  "ňeboli sce vybrati", "mesto … je už obsadzene", "ďalej ňepujdzeme";
* the French creoles of the Antilles, Réunion and Louisiana: "nou pa chwazi-w", "nou la pa pran
  aou", "nou pa chwazi twa", "plas-la … ja pran", "la plas … lé dza pran", "job-la … dja rempli",
  "nou chwazi on dòt moun", "nou sa pa kontinyé avek out kandidatir";
* Gullah, Hawaii Pidgin, Solomon Islands Pijin: "yuh ain been pick", "de job … done fill", "we
  done pick nodda pusson"; "we neva pick you", "we no going move forward wit yo application";
  "mifala no siusim iu", "posisen … hem fulap finis", "mifala siusim narafala man";
* Cook Islands Māori, Niuean, Tuvaluan, Gilbertese: "kare koe i iki'ia", "kua ki te turanga",
  "kua iki matou i tetai tangata ke"; "nakai fifili a koe", "kua fai tagata tuai e gahua", "kua
  fifili e mautolu e taha tagata kehe"; "e se filifilia koe", "ko oti ne fakatumu te tulaga", "ne
  filifili ne matou se isi tino"; "ko aki rineaki", "e a tia n rineaki temanna", "ti a tia n
  rinea … teuana riki";
* Kinaray-a, Pangasinan, Betawi, Manado Malay: "wara ka napili", "napun-an run ang posisyon",
  "iba ang amon napili"; "ag ka napili", "arum a too so pinili mi"; "lu kagak kepilih", "posisi …
  udah ada yang ngisi", "lamaran lu kagak bisa kite terusin"; "ngana nyanda tapilih", "so ada
  yang isi", "torang so pilih orang laeng";
* Northern Ndebele, Kikuyu, Bambara, Sango: "kawukhethwanga"; "ndũnathuurwo", "nĩ wanyitwo nĩ
  mũndũ ũngĩ", "nĩ tũthuurĩte mũndũ ũngĩ"; "i ma sugandi", "mɔgɔ wɛrɛ ye … sɔrɔ ka ban", "an ye
  mɔgɔ wɛrɛ sugandi"; "e soro mo pëpe", "zo ayeke na ndo ti kua", "e soro mbeni zo nde";
* Karachay-Balkar and Nogai: "сайланмадынг", "орун толгъанды", "башха адамны сайладыкъ";
  "сайланмадынъ", "орын толды", "баска адамды сайладык".

Their twins stay unread: a receipt with each language's "if you are chosen" (its "if" words
are this module's conditionals: "єслі", "дакэ", "ef", "gin", "sapos", "kafai", "ngkana", "nxa",
"tongana", "kalu"), an invitation, a concert's tickets sold, a seat or a ticket "taken", and the
reader chosen.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_eurasia import VENUES
from rejectwatch.model.languages_usual import _no_reader, _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = [
    "CONDITIONAL",
    "READINGS",
]

CONDITIONAL = (
    r"|\b(?:єслі|єсли|дакэ|kafai|ngkana|nxa|tongana|kalu)\b"
    # Gullah's "ef", Doric's "gin" and Pijin's "sapos" only before a subject
    r"|\bef (?:we|yuh|oonuh|dey)\b|\bgin (?:ye|we|they)\b|\bsapos (?:mifala|iu|yu)\b"
    # (fifty-sixth pass: Haitian Creole "kit ... kit", whether ... or, before a subject, "Kit nou
    # chwazi ou kit nou pa chwazi ou, n ap voye yon repons", a receipt of slice 121)
    r"|\bkit (?:nou|yo|li|ou|w|mwen|m)\b"
    # (fourth round: Hausa "ko an … ko ba a … ba", whether or not, "Ko an zaɓe ku ko ba a zaɓe ku
    # ba, za mu aiko muku da amsa", a receipt of slice 126)
    r"|\bko an (?:zaɓe|zabe|karɓi|karbi|ɗauke|dauke|ɗauki|dauki)\b"
)

_NO_VENUE = _not_in_sentence(
    VENUES + r"|\w*konzäät\w*|\w*councert\w*|\w*konsè\w*|\w*konser\w*|\w*koncert\w*|"
    r"\w*концерт\w*|\w*konaseti\w*|\w*konsaati\w*|\w*konsêre\w*|\w*konsɛri\w*|\w*khonsathi\w*|"
    r"\w*konathati\w*|\w*konsierto\w*|\w*konsiyerto\w*|tiket\w*|tikè\w*|tickets?|bihet\w*|"
    r"bijett\w*|bilet\w*|билет\w*|білєт\w*|kaart\w*|kaate|lístk\w*|karte|"
    # (twenty-eighth pass, part Q: a seat in a car, a bus, a tent or a course, a parking space,
    # a table, a dinner, a wedding, a raffle, a prize; a town held by an army)
    r"macchina|machin|auto|nan bis|dan bis|bis[- ]la|cursus|tent|zelt\w*|parcheggi\w*|pargue|"
    r"parkim\w*|парчар\w*|паркинг\w*|автобу[зс]\w*|tryez\w*|tavolin\w*|dark[eë]|\w*dasm\w*|"
    r"dasëm|tombola|loterij\w*|prim|pres|premi\w*|премі\w*|ibadah|imene|pese|окупант\w*|"
    r"військ\w*|ворог\w*|ворож\w*|partita|calcetto|депутат\w*|семинар\w*|тіркеу\w*|"
    r"тиркеу\w*|зал|залда|залға|залі"
)
_SPAN = _NO_VENUE + r"(?: \S+){0,4}? "


def _taken(*pairs: tuple[str, str]) -> str:
    """The post (a noun) said to be filled or taken (``rest``) a few words on, in one sentence
    that names no concert, seat, ticket or venue."""
    return "|".join(r"\b" + noun + _SPAN + rest + r"\b" + _NO_VENUE for noun, rest in pairs)


def _chosen(pattern: str) -> re.Pattern[str]:
    """Someone else chosen (``pattern``), never in a sentence that names a concert, a feast, a
    seat, a ticket or a prize after the choice (twenty-eighth pass, part Q: "avemo scerto
    n'antra ragazza pe' cantà alla festa", "kemi zgjedhë nji person tjetër … n'dasëm")."""
    return re.compile(r"(?:" + pattern + r")" + _NO_VENUE)


def _tilde(text: str) -> str:
    """Kikuyu's ũ and ĩ, typed with or without their tilde."""
    return text.replace("ũ", "[ũu]").replace("ĩ", "[ĩi]")


# ---------------------------------------------------------------------------------------------
# Kölsch, West Flemish, Doric Scots; Romanesco, Provençal, Gheg
# ---------------------------------------------------------------------------------------------

_WEST_OUT = re.compile(
    r"\b(?:bes de|sid ehr|bess de) nit (?:usjesook|usjewählt|jenomme)\b"
    r"|\bmer (?:künne|künnte|wääde|welle) (?:üch|dich|disch) (?:\w+ )?nit (?:enstelle|instelle|"
    r"enjestelle|aanstelle|nemme)\b"
    r"|\b(?:je|gie|ge) (?:zyt|zijt) nie(?:t)? (?:gekozen|geselecteerd)\b"
    + _NO_VENUE
    + r"|\bwe goan nie(?:t)? verder (?:mee|met) (?:joen|jen|uw) "
    r"(?:kandidatuur|sollicitatie)\b"
    r"|\bye(?:'ve| hae) nae been (?:picked|taen|taken|selected)\b"
    r"|\bnun (?:sei|siete) stat[oaie] (?:scert|scelt)[oaie]\b"
    r"|\b(?:sias|siés|sès) pas esta (?:chausi|chausido|retengu|retengudo)\b"
)
_WEST_GONE = re.compile(
    _taken(
        (r"die stell", r"es (?:ald|alt|schon) (?:verjovve|besatz|vergovve)"),
        (r"de plekke", r"is al (?:ingevuld|ingenomen|weg)"),
        (r"the job", r"is awa tae (?:somebody|someone|anither)"),
        (r"er posto", r"è già stato (?:preso|dato|occupato)"),
        (r"la plaço", r"es deja (?:óucupado|oucupado|pourvegudo|presso)"),
        (r"vendi", r"(?:âsht|asht) (?:zânë|zane|zânun|plotësue)"),
    )
)
_WEST_OTHER = _chosen(
    r"\bmer han uns för (?:ene|ne|en|e|nen) ander\w*(?: (?:kandidat\w*|bewerber\w*|person|minsch))?"
    r" entschiede\b"
    # (twenty-ninth pass, part D: "mer han ald ene andere jenomme", another taken on)
    r"|\bmer han (?:ald |at |schon |jetz )?(?:ene|ne|en|e|nen) ander\w* (?:(?:kandidat\w*|"
    r"bewerber\w*|person|minsch) )?(?:jenomme|jefunge|enjestellt|ingestellt)\b"
    r"|\b(?:we've|we hae) (?:picked|taen on|gien the job tae) anither (?:quine|loon|lass|lad|"
    r"body|person)\b"
    r"|\bavemo (?:scerto|preso|pijato|pijat[ao]) (?:n'antr[oa]|'n antr[oa]|un antro) "
    r"(?:candidat[oa]|persona|ragazz[oa]|regazz[oa])\b"
    r"|\bavèn chausi (?:uno autro persouno|un autre candidat|uno autro candidato)\b"
    r"|\bkemi zgjedh(?:ë|e|ur) (?:nji|një|nje) (?:kandidat\w*|person|punëtor\w*) tjet[ëe]r\b"
)

# ---------------------------------------------------------------------------------------------
# Surzhyk, Moldovan in Cyrillic, Šariš
# ---------------------------------------------------------------------------------------------

_EAST_OUT = re.compile(
    r"\b(?:тебе|вас) не (?:вибрали|выбрали) на (?:роботу|работу|місто|должность)\b"
    r"|\bну (?:аць|ай) фост (?:алес|алеасэ|селектат|селектатэ)\b"
    r"|\bňe(?:boli|buli|bul|bula) (?:sce|ste) vybrat[iya]\b"
    r"|\b(?:s|zo) vašu žadosču už ďalej ňepujdzeme\b"
)
_EAST_GONE = re.compile(
    _taken(
        (r"місто", r"(?:вже|уже) (?:занято|зайняте|зайнято)"),
        (r"локул", r"есте (?:деже|дежа) окупат"),
        (r"mesto", r"je už obsadzene"),
    )
)
_EAST_OTHER = _chosen(
    r"\bми вибрали (?:другого|іншого) (?:кандидата|чоловіка|человєка)\b"
    r"|\bам алес (?:ун алт кандидат|о алтэ кандидатэ|о алтэ персоанэ)\b"
)

# ---------------------------------------------------------------------------------------------
# Antillean, Réunion and Louisiana Creole
# ---------------------------------------------------------------------------------------------

# (twenty-ninth pass, part D: never a party, a meal, a dance, a station, a lottery; the reader
# never in the clause: "nou ja pran on moun pou édé'w")
_CREOLE_EVENT = _not_in_sentence(
    r"fèt|fet|bal|manjé|manje|repa|zouk|kanaval|gar|loto|konkou|"
    # (part Q: a speech, a club's president, a team's captain, a prize, a dish)
    r"diskou|prezidan|kapitèn|kapiten|pri[- ](?:a|la)|kari|kado"
)
_CREOLE_READER = _no_reader(r"['\u2018\u2019-]w\b|\b(?:ou|vou|aw|twa|aou|zot|vi)\b")
_CREOLE_OUT = re.compile(
    r"\b(?:nou|yo) pa (?:chwazi|swazi)[- ]?(?:w|ou|vou|twa|aou)\b"
    + _CREOLE_EVENT
    # "nou pé pa kontinyé épi'w", "nou va pa kontinyé avek ou sat fwa-la"
    + r"|\bnou (?:pé|pe|sa|ka|va|kab|kapab) pa (?:kontinyé|kontinye|ay pli lwen|alé pli lwen) "
    r"(?:épi|èvè|avè|avek|avèk|ek|èk)(?:['\u2018\u2019-]w\b| (?:ou|vou|aw|twa|aou)\b| "
    r"(?:out|to|aw) (?:kandidati\w*|dosyé|aplikasyon))"
    + _CREOLE_EVENT
    # "nou pa kapab pran twa sa sézon-la"
    + r"|\bnou pa (?:kapab|kab|pé|sa|ka) pran (?:twa|ou|aou|vou) (?:sa|sat|cette|sèt) (?:sézon|"
    r"lanné|ané|fwa)\b"
    r"|\bnou la pa (?:pran|swazi|chwazi) aou\b"
    r"|\bnou sa pa kontinyé avek out (?:kandidatir|dosyé)\b"
)
_CREOLE_GONE = re.compile(
    _taken(
        (r"(?:plas|job|post)[- ]la", r"(?:ja|dja) (?:pran|okipé|ranpli|rempli)"),
        (r"la plas", r"lé (?:dza|déza) (?:pran|okipé)"),
    )
)
_ALREADY = r"(?:ja|dja|deja|déja|déjà|fin|fine|la fine|la fin|la déza|la dza|la dja)"
_CREOLE_OTHER = _chosen(
    r"\bnou (?:té |" + _ALREADY + r" )?(?:chwazi|pran) (?:on|an|en|enn|inn|in|yon) "
    r"(?:dòt|lòt|dot|lot|ot) (?:moun|kandida)\b"
    + _CREOLE_EVENT
    + r"|\bnou la (?:fine |fin |déza |dza |dja )?(?:pran|swazi|chwazi) (?:in|enn|inn) "
    r"(?:ot|lot|lòt) (?:moun|kandida)\b"
    + _CREOLE_EVENT
    # (twenty-ninth pass, part D: someone taken already, no "other": "nou ja pran on moun ki …")
    + r"|\bnou "
    + _ALREADY
    + r" (?:pran|chwazi|swazi) (?:on|an|en|enn|inn|in|yon) moun\b"
    + _CREOLE_EVENT
    + _CREOLE_READER
)

# ---------------------------------------------------------------------------------------------
# Gullah, Hawaii Pidgin, Solomon Islands Pijin
# ---------------------------------------------------------------------------------------------

_PIDGIN_OUT = re.compile(
    r"\b(?:yuh|oonuh) ain(?:'t)? been pick\b"
    r"|\bwe neva (?:pick|hire|choose|take) you\b(?! fo(?:r)? granted\b)"
    r"|\bmifala no (?:siusim|tekem|pikim) iu\b"
    r"|\bwe no (?:going|gon|goin) (?:move|go) forward wit(?:h)? (?:yo|your|ya) application\b"
)
_PIDGIN_GONE = re.compile(_taken((r"de job", r"done fill"), (r"posisen", r"hem fulap finis")))
_PIDGIN_OTHER = _chosen(
    # (a bare "one" only hired: "we done tek anodda one" is a photo; Pijin "pikim" is a lift)
    r"\bwe done (?:(?:pick|hire|tek) (?:nodda|anodda|some odda) (?:pusson|gal|boy)|hire "
    r"(?:nodda|anodda|some odda) one)\b"
    r"|\bmifala (?:siusim|tekem) (?:narafala|nara) (?:man|woman|meri)\b"
)

# ---------------------------------------------------------------------------------------------
# Cook Islands Māori, Niuean, Tuvaluan, Gilbertese
# ---------------------------------------------------------------------------------------------

_PACIFIC_OUT = re.compile(
    r"\bk[aā]re (?:koe|kotou) i iki['\u2018\u2019\u02bb]?ia\b"
    r"|\bnakai fifili a (?:koe|mutolu)\b"
    r"|\be se filifilia (?:koe|koutou)\b"
    r"|\bko aki rineaki\b"
)
_PACIFIC_GONE = re.compile(
    r"\bkua fai tagata tuai e gahua\b"
    r"|\be a tia n rineaki temanna\b"
    r"|\bko oti ne fakatumu te tulaga\b(?: i (?:te|se) \S+)?"
    + _NO_VENUE
    + r"|\bkua ki te turanga\b(?! (?:waka|pahi|motoka|motuka|tereina|rererangi|poti)\b)"
    + _NO_VENUE
)
_PACIFIC_OTHER = _chosen(
    # (twenty-ninth pass, part D: with its macrons and "ana", "kua iki ana mātou i tētai …")
    r"\bkua iki (?:ana |rai )?(?:m[aā]tou|m[aā]ua|au) i t[eē]tai (?:tangata|v[aā]ine|tamaroa) "
    r"k[eē]\b"
    r"|\bkua fifili e (?:mautolu|maua|au) e taha tagata kehe\b"
    r"|\bne filifili ne (?:matou|maua) se isi (?:tino|tagata)\b"
    r"|\bti a tia n rinea (?:te aomata |te tia mwakuri )?(?:teuana riki|temanna riki)\b"
)

# ---------------------------------------------------------------------------------------------
# Kinaray-a, Pangasinan, Betawi, Manado Malay
# ---------------------------------------------------------------------------------------------

_ISLES_OUT = re.compile(
    r"(?<!\bkon )\bwara ka (?:napili|natanggap)\b"
    r"|\bag ka (?:napili|atanggap)\b"
    r"|(?<!\bkalo )(?<!kalau )\b(?:lu|elu|ente) kagak (?:kepilih|diterima)\b"
    r"|\bngana nyanda (?:tapilih|dapa pilih|diterima)\b"
    r"|\blamaran (?:lu|elu|ente) kagak bisa (?:kite|kita) (?:terusin|lanjutin|proses)\b"
)
_ISLES_GONE = re.compile(
    _taken(
        (r"posisi", r"(?:udah|so) ada yang (?:ngisi|isi)"),
        (r"napun-?an (?:run|na) ang", r"posisyon"),
        (r"wala (?:lay|la ray)", r"akapili"),
    )
)
_ISLES_OTHER = _chosen(
    r"\biba ang amon (?:napili|ginpili|natanggap)\b"
    # (never "another design, colour … chosen": "nga" and a thing)
    r"(?! nga (?!tawo|aplikante|kandidato|empleyado|trabahador|manog)\w)"
    r"|\barum a (?:too|aplikante|kandidato) so (?:pinili|inawat|inala) (?:mi|min)\b"
    r"|\btorang so (?:pilih|ambe|ambil) orang (?:laeng|lain)\b"
)

# ---------------------------------------------------------------------------------------------
# Northern Ndebele, Kikuyu, Bambara, Sango; Karachay-Balkar, Nogai
# ---------------------------------------------------------------------------------------------

_AFRICA_OUT = re.compile(
    r"(?<!\buma )\b(?:kawukhethwanga|kalikhethwanga)\b"
    + _tilde(r"|\bndũ(?:na)?thuurwo\b")
    + r"|(?<!\bni )\bi ma sugandi\b"
    r"|\b[ea] soro mo p[ëe]p[ëe]\b"
    r"|\bсайланмадын[гъ]\b"
)
_AFRICA_GONE = re.compile(
    _tilde(r"\bnĩ wanyitwo nĩ mũndũ ũngĩ\b")
    + r"|\bzo ayeke na ndo ti kua\b|"
    + _taken(
        (r"mɔgɔ wɛrɛ ye", r"(?:sɔrɔ|ta) ka ban"),
        (r"(?:орун|(?<=[дт][аеы]гы )орын|(?<=[дт]еги )орын)", r"тол(?:гъанды|ды)"),
    )
)
_AFRICA_OTHER = _chosen(
    _tilde(r"\bnĩ tũthuur(?:ĩte|ire) mũndũ ũngĩ\b") + r"|\ban ye mɔgɔ wɛrɛ sugandi\b"
    r"|\be soro mbeni zo nde\b"
    r"|\bбашха адамны сайладыкъ\b"
    r"|\bбаска адамды сайладык\b"
)


READINGS = readings(
    ("reader_out", _WEST_OUT),
    ("role_gone", _WEST_GONE),
    ("chose_other", _WEST_OTHER),
    ("reader_out", _EAST_OUT),
    ("role_gone", _EAST_GONE),
    ("chose_other", _EAST_OTHER),
    ("reader_out", _CREOLE_OUT),
    ("role_gone", _CREOLE_GONE),
    ("chose_other", _CREOLE_OTHER),
    ("reader_out", _PIDGIN_OUT),
    ("role_gone", _PIDGIN_GONE),
    ("chose_other", _PIDGIN_OTHER),
    ("reader_out", _PACIFIC_OUT),
    ("role_gone", _PACIFIC_GONE),
    ("chose_other", _PACIFIC_OTHER),
    ("reader_out", _ISLES_OUT),
    ("role_gone", _ISLES_GONE),
    ("chose_other", _ISLES_OTHER),
    ("reader_out", _AFRICA_OUT),
    ("role_gone", _AFRICA_GONE),
    ("chose_other", _AFRICA_OTHER),
)
