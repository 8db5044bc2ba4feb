"""Outcome readings in German, French, Spanish and Dutch (issue 11, fifth pass), Italian,
Portuguese and Polish (eighth pass), and Swedish, Danish and Norwegian (ninth pass: the reader
not taken further; someone else chosen is read by rejectwatch.model.third_party).

A job seeker in Europe gets refusals in the local language: "leider haben wir uns für eine
andere Kandidatin entschieden", "nous ne pouvons pas donner une suite favorable", "no ha sido
seleccionado", "helaas ... afgewezen". Word features learn such mail only from families in
that language; the shared tokens of rejectwatch.model.negation (someone else chosen, the post
gone, the reader left out, a refused status) carry what English families taught to every
language, so the same decision reads the same whatever words give it.

Each reading is (token name, gate words, pattern) over lower-cased text, like
negation._OUTCOMES (which appends them, so the same checks apply: none in a conditional or
still-to-come sentence, none in mail about someone else's candidacy). CONDITIONAL and
NOT_YET are those checks' words in these languages; an application confirmation's
"falls Ihr Profil nicht passt", "en caso de no resultar seleccionado" or "mocht je niet door
gaan" gives no token.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.language_modules import joined

__all__ = ["CONDITIONAL", "DE_GAP", "FR_NOT_A_THING", "NOT_YET", "READINGS"]

# "if", "should", "unless", "in case", and the Dutch inverted conditional ("is er geen
# match, dan ..."); German "als" is "as" ("Ihre Bewerbung als ..."), so only the Dutch "als
# je / u / er ..." counts.
CONDITIONAL = (
    # (tenth pass: not the Italian reflexive, "la selezione si è chiusa"; fifteenth pass: nor
    # "il percorso si ferma qui")
    # (seventeenth pass: not the concessive "auch wenn", even though: "wir werden den Prozess
    # nicht fortsetzen, auch wenn uns die Entscheidung schwerfiel")
    # (eighteenth pass, part C: German "ob" is not the Slovenian "at, upon", "ob pregledu prijav
    # smo se odločili …", rejectwatch.model.world_languages)
    # (twenty-fifth pass, part P: German "falls" is not English's verb, "your application
    # falls short of the requirements", "falls below the minimum")
    # (fifty-eighth pass: nor "falls a touch short", slice 137; sixty-first pass: nor "falls
    # away", "your application falls away with that", slice 157)
    r"|\b(?:(?<!\bauch )wenn|falls(?! (?:short|below|under|outside|within|beneath|well|just|"
    r"slightly|far|on|through|apart|behind|away|off|a (?:touch|bit|little|shade|fraction|tad|"
    r"way))\b)|"
    r"sofern|sollte|sollten|solltest|"
    r"ob(?! (?:tej|tem|pregledu|koncu|začetku|zaključku|upoštevanju|devetih|desetih|[0-9]))|"
    # (twentieth pass, part D: nor Yoruba's "to" written without its tone, "kò yọrí si rere")
    r"si(?! (?:è|sono|ha|hanno|sta|era|ferma|conclude|chiude|interrompe|arresta|rere)\b)"
    # (fifty-eighth pass: nor the Slovak and Czech reflexive before a past verb, "Majster si
    # vybral vlastného učňa", slice 133)
    r"(?! (?:vybral|vybrala|vybrali|zvolil|zvolila|zvolili|vzal|vzala|vzali|našiel|našla|našli|"
    r"našel|najal|najala|najali|prijal|prijala|prijali|přijal|přijala|přijali)\b)"
    # (sixteenth pass: nor the Slovak and Czech reflexive, "sme si zvolili inú osobu", "jsme si
    # vybrali", "s Vaším súhlasom si životopis ponecháme")
    r"(?<!\bsme si)(?<!\bjsme si)(?<!\bste si)(?<!\bjste si)(?<!\bsom si)(?<!\bjsem si)"
    r"(?<!\bsúhlasom si)(?<!\bsouhlasem si)"
    # (twenty-ninth pass, part N: nor Tyrolean "hot si" (has decided), Calabrian "'un si
    # statu" (you have not been) or Viennese "is si's ned ausgangen" (it did not work out),
    # rejectwatch.model.languages_western_dialects)
    r"(?<!\bhot si)(?<!['’]un si)(?<!\bnun si)(?!['’]s\b)|"
    r"au cas|en caso|"
    # (seventeenth pass: and before a subject who decides, "als de commissie besluit …")
    r"als (?:je|u|we|wij|er|het|dat|jij|uw|jouw|de (?:commissie|selectiecommissie|werkgever|"
    r"opdrachtgever|klant|organisatie|manager))|indien|mocht|mochten|tenzij|is er geen"
    # (sixty-third pass: either way, "Wel of niet geselecteerd, binnen twee weken krijg je
    # bericht", slice 173's Dutch receipt)
    r"|(?:of (?:je|u) nu )?wel of niet)\b"
    # eighth pass: Italian, Portuguese and Polish ("qualora", "caso", "jeśli"); "se" is also
    # a reflexive in both, so only before a negation: "se non sarai selezionato", "se não"
    r"|\b(?:qualora|nel caso|caso (?:não|nao|seja|você)|no caso de|jeśli|jeżeli|gdyby|"
    r"w przypadku|o ile)\b|\bse (?:non|não|nao)\b"
    # (twenty-ninth pass, part Q: Nynorsk's "viss" before its subject, never Swedish's "en viss
    # tid"; Novial's "se" before a pronoun, "se nus ha selekte …")
    r"|\bviss (?:stillinga|stillingen|jobben|du|dykk|de|vi|me|det|han|ho)\b|\bse (?:nus|vu|vus)\b"
    # (seventeenth pass: and before an article, a subject or a subjunctive, never a reflexive's
    # place: "se il posto va a …", "se la tua candidatura …", "se dovessimo …", "se a sua
    # candidatura …", "se você …"; not after a hyphen, "candidatou-se a"; not "se i", an "SE I"
    # job title)
    r"|(?<!-)\bse (?:il|gli|un|uno|una|l['\u2019]\w+|tu|lei|voi|la (?:tua|sua|vostra|posizione|"
    r"candidatura|selezione)|dovess\w+|o seu|o teu|a sua|a tua|você|vocês|for|forem|houver)\b"
    # (thirty-first pass: and Portuguese before the post or a choice still to make, "se a vaga
    # for para outra pessoa, avisamos", "se escolhermos outro candidato")
    r"|(?<!-)\bse (?:a (?:vaga|posição|posicao|seleção|selecao)|o (?:lugar|posto|cargo|trabalho|"
    r"processo)|escolhermos|decidirmos|optarmos|avançarmos|seguirmos|preferirmos)\b"
    # silence means no: "sans réponse de notre part sous quatre semaines, vous pourrez
    # considérer que ...", "sin respuesta", "ohne Rückmeldung", "zonder reactie"
    # ninth pass: Swedish, Danish, Norwegian ("om" alone is also "about": "ansökan om")
    r"|\b(?:ifall|dersom|såfremt|om (?:du|ni|vi|din|ditt|dig|inte|ikke))\b"
    # (thirteenth pass: Danish "hvis" is also "whose": "en kandidat, hvis baggrund passede")
    r"|\bhvis\b(?! (?:baggrund|erfaring|profil|profiler|kompetencer|kvalifikationer|"
    r"færdigheder|uddannelse)\b)"
    r"|\b(?:sans (?:réponse|retour|nouvelles)|sin (?:respuesta|noticias)|ohne (?:rückmeldung|"
    r"antwort|nachricht)|zonder (?:reactie|bericht|antwoord)|geen reactie)\b"
    # twelfth pass: Finnish, Turkish, Romanian, Czech (rejectwatch.model.more_languages), and
    # the Dutch inverted silence ("Hoor je voor 1 december niets van ons, dan ...")
    r"|\b(?:jos|mikäli|eğer|takdirde|durumunda|halinde|dacă|daca|în cazul|pokud|jestli|"
    r"jestliže|kdyby|v případě|varsay\w*)\b"
    # (Turkish says "if we don't" by a suffix: "iletişime geçmezsek, ... varsayabilirsiniz")
    r"|(?:mezsek|mazsak|mezseniz|mazsanız|mezse|mazsa)\b"
    r"|\b(?:hoor|hoort|krijg|krijgt|ontvang|ontvangt) (?:je|jij|u)\b[^.!?\n]{0,40}?"
    r"\b(?:niets|niks|geen)\b"
    # thirteenth pass (rejectwatch.model.decisions_abroad): the Nordic inverted silence
    # ("Hører du ikke fra oss innen fire uker, har vi valgt ...", "blir du inte aktuell"),
    # Hungarian ("amennyiben", "ha nem kerül kiválasztásra"; "ha" alone is Spanish "has"),
    # Greek ("αν δεν επικοινωνήσουμε", "σε περίπτωση που")  # noqa: RUF003
    r"|\b(?:hører|hør|hör|får|har) du (?:\w+ )?(?:ikke|inte|intet|ingenting)\b"
    r"|\bblir du (?:inte|ikke)\b"
    # (thirty-seventh pass: the German conditional told by its verb first, the main clause after it
    # inverted too, "Nehmen wir einen anderen Bewerber, bekommen Sie auch darüber Bescheid",
    # "Entscheidet sich das Team für jemand anderen, melden wir uns", "Fällt unsere Wahl auf jemand
    # anderen, schreiben wir Ihnen"; never a sentence opening on
    # an adverb, "Leider haben wir uns für …")
    r"|(?:(?<=^)|(?<=[.!?:;\n] )|(?<=[\n:]))[a-zäöüß]+(?:en|et|t) "
    r"(?:wir|sie|ich|es|man|unsere?|ihre?|die|der|das|eine?|sich (?:das|die|der) [a-zäöüß]+)\b"
    r"[^.!?\n;:,]{3,100}, "
    r"[a-zäöüß]+(?:en|et|t|e) (?:sie|wir|ich|du|ihr)\b"
    r"|\bamennyiben\b|\bha (?:nem|ön|önt|hozzájárul\w*)\b"
    # (seventeenth pass: and "ha" with words before its negation, "Ha 30 napon belül nem
    # keressük, …"; Spanish "ha" is never followed by "nem")
    r"|\bha (?:\w+ ){1,4}?nem\b"
    r"|\b(?:αν|εάν|σε περίπτωση)\b"
    # seventeenth pass: Welsh "os" before a verb or a negation ("os na chlywch gennym", "os
    # nad ydych", "os bydd"), not the Portuguese article ("os candidatos")
    r"|\bos (?:na|nad|byddwch|bydd|ydych|yw|hoffech|oes|cewch|clywch)\b"
    # sixteenth pass (rejectwatch.model.far_languages): Catalan, Slovak, Russian, Ukrainian,
    # Arabic (a word may carry "و" or "ف" in front), Indonesian, Vietnamese; "whether or not"
    # ("независимо от", "تم اختيارك أم لا"); Korean ("경우", "않으면", "불합격 시"); Japanese and
    # Chinese, whose words stand inside a run of letters, with no \b ("不採用の場合",
    # "採否にかかわらず", "如果您未被录用", "无论是否")
    # (twentieth pass, part C: Slovak "ak" is not Haitian "ak", with: "nou pa ka kontinye ak
    # aplikasyon ou", rejectwatch.model.newer_languages)
    r"|\b(?:en cas que|en cas de|tant si|ak(?! (?:aplikasyon|ou|w|nou|yo|yon|lòt|tout)\b)|"
    r"pokiaľ|v prípade|если|в случае|при отсутствии|"
    r"независимо от|якщо|у разі|в разі|за відсутності|незалежно від|jika|apabila|"
    # (eighteenth pass, part C: Indonesian "bila" is not the Slavic "was", "ni bila uspešna",
    # "je bila popunjena")
    r"(?<!\bni )(?<!\bje )(?<!\bnije )(?<!\bste )(?<!\bsmo )(?<!\bbi )bila|jikalau|"
    r"seandainya|kalau|dalam hal|nếu|trong trường hợp|giả sử|만약|만일)\b"
    r"|\b[وف]?(?:إذا|اذا|إن لم|ان لم|في حال|في حالة|ما لم|لو|سواء)\b|أم لا\b"
    # (forty-first pass: both outcomes named, "اخترناك أم اخترنا شخصاً آخر، ستصلك منا مكالمة",
    # whether we chose you or someone else)
    r"|\b[وف]?(?:اخترناك|قبلناك|رشحناك|عيناك|اختيارك|قبولك) (?:أم|أو)\b"
    # (thirty-eighth pass: "and if" before a verb, "وإن وقع اختيارنا على شخص آخر فسنراسلك"; never
    # "وإن" before a noun or a pronoun suffix, "and indeed")
    r"|\bوإن (?=(?:وقع|وقعت|تم|كان|كانت|اخترنا|اختير|اختار|اختارت|قررنا|قرر|قررت|لم|ذهب|ذهبت|"
    r"جاء|جاءت|فضلنا|فضل|حصل|صار|استقر)\b)"
    # (... and the Italian "whether … or …" opening a sentence on the subjunctive, "Che la
    # scelta cada su di lei o su un'altra persona, le scriveremo comunque")
    r"|(?:(?<=^)|(?<=[.!?:;\n] )|(?<=\n))che (?!peccato\b|bello\b|piacere\b)[^.!?\n,]{1,60}? o "
    r"(?:su |a |per |di |con |in |da )?(?:un['\u2019 ]altr|un altro|altr|no\b|meno\b|non\b)"
    r"|경우|(?:않|못|없)(?:으면|을 시|는다면)|(?:불합격|합격|탈락)(?:인)? 시"
    # (thirty-seventh pass: the concessive "even if" and "perhaps if", "혹시 다른 분으로
    # 결정되더라도 꼭 알려 드리겠습니다", and a decision ending in "-면", "결정되면")
    r"|혹시|더라도|(?:되|하|정해지|결정되)면\b"
    r"|여부와 관계없이|여부에 관계없이"
    r"|場合|もし|にかかわらず|に関わらず|に関わりなく|なければ|なかったら|なかった際"
    r"|如果|假如|倘若|若(?:您|你|未|没|沒|在|贵|貴)|如(?:您|你)?(?:未|没有|沒有)|无论|無論|不论|不論|是否"
)
# "once", "when", "not yet", "still": a decision still to come.
NOT_YET = (
    r"|\b(?:sobald|noch nicht|noch keine|noch kein|pas encore|lorsque|quand|dès que|"
    r"todavía|aún no|cuando|"
    # (seventeenth pass: not "once" before a participle, a step already taken: "una vez revisado
    # tu perfil, …", "un cop tancat el procés, …", "după ce am discutat cu toți finaliștii, …")
    r"una vez(?! (?:\w+(?:ad|id)[oa]s?|hecho|visto|resuelto|concluido)\b)|"
    r"nog niet|nog geen|zodra|wanneer|"
    # eighth pass: Italian, Portuguese, Polish
    r"non ancora|quando|appena|ainda|assim que|jeszcze|gdy|kiedy|po zakończeniu|"
    # a comparison still to make: "valuteremo il tuo profilo con altri candidati", "será
    # comparada com outros candidatos", "zostanie porównana z innymi kandydatami"
    r"valuteremo|confronteremo|esamineremo|avaliaremos|compararemos|analisaremos|"
    r"(?:será|serão) (?:comparad|avaliad|analisad)\w*|zostanie|zostaną|"
    # ninth pass: Swedish, Danish, Norwegian
    r"när|når|innan|inden(?! for\b)|ännu|endnu|ennå|"
    # twelfth pass: Finnish, Turkish, Romanian, Czech
    r"ei vielä|vielä ei|emme vielä|vielä kesken|henüz|încă|"
    r"după ce(?! (?:am|ați|aţi|au|a|s-a|s-au|ne-am|v-am|le-am|i-am)\b)|când|až|ještě|jakmile|"
    # thirteenth pass: "until" in the Nordic languages, Hungarian and Greek
    # (twenty-second pass, part L: not the English till's plural, "five years on the tills";
    # part O: nor "the role needs tills", "you haven't worked tills", "tills assistant": the
    # Swedish until goes on in Swedish, "tills vidare", "tills beslutet är fattat", "tills vi")
    r"(?<!\bthe )(?<!\bour )(?<!\bon )(?<!\bat )(?<!\bbehind )(?<!\bno )tills"
    r"(?= (?:vidare|vi|du|ni|de|den|det|dess|alla|att|när|nästa|sista|efter|mitten|slutet|"
    r"början|vecka|annat|beslut\w*|rekrytering\w*|tjänst\w*|process\w*|urval\w*|"
    r"ansökningstid\w*|intervju\w*|\w*[åäö]\w*)\b)|"
    r"inntil|indtil|amint|miután|még nem|μόλις|όταν|ακόμη|ακόμα|"
    # sixteenth pass: Catalan, Slovak, Russian, Ukrainian, Arabic, Indonesian, Vietnamese,
    # Korean ("as soon as", "once", "not yet", "still reviewing")
    # (forty-eighth pass: nor "un cop de mà", a helping hand, "un cop d'ull", a glance: "un cop
    # de" is never "once")
    r"un cop(?! (?:\w+(?:at|ada|ats|ades|it|ida|its|ides|ut|uda)|fet|vist|conclòs|de)\b)"
    r"(?! d['\u2019])|"
    r"encara no|tan aviat com|tan bon punt|keď|hneď ako|ešte nie|po skončení|po ukončení|"
    r"как только|когда|пока не|ещё не|еще не|по завершении|после завершения|як тільки|щойно|коли|"
    r"поки не|ще не|після завершення|по завершенні|بمجرد|عندما|حالما|segera setelah|"
    r"belum ada keputusan|masih dalam|ngay khi|khi có|sau khi có|chưa có (?:quyết định|kết quả)|"
    r"đang xem xét|đang đánh giá|"
    r"추후|아직|결정되는 대로|결정되면|검토 중)\b"
    # ... Japanese and Chinese, inside a run of letters ("結果が出次第", "後日", "追って", "一旦",
    # "届时", "尚未")
    r"|次第|後日|追って|改めてご連絡|一旦|届时|屆時|尚未|还没有|還沒有|还未|還未"
)
# the further languages' modules (rejectwatch.model.language_modules)
CONDITIONAL += joined("CONDITIONAL")
NOT_YET += joined("NOT_YET")

# (twenty-sixth pass, part K: "another" before a thing is no other person: "nous avons choisi
# une autre salle pour la réunion", "un autre traiteur", "d'autres dates"; rejectwatch.model.
# decisions_abroad reads the same)
FR_NOT_A_THING = (
    r"(?! (?:salle|salles|date|dates|jour|jours|créneau|créneaux|horaire|horaires|lieu|lieux|"
    r"endroit|restaurant|hôtel|hotel|traiteur|prestataire|fournisseur|fournisseurs|devis|bus|car|"
    r"train|vol|trajet|itinéraire|chemin|route|voiture|véhicule|camion|menu|produit|produits|"
    r"modèle|formule|thème|format|logiciel|outil|bureau|local|locaux|site|salon|table|chambre|"
    r"billet|billets|séance|réunion|visite)\b)"
)
_SOMEONE_ELSE = (
    # German: für jemand anderen / eine andere Kandidatin / einen anderen Bewerber entschieden;
    # anderweitig entschieden / besetzt; intern besetzt
    r"\bfür (?:jemand(?:en)? anderen|eine?n? andere[nr]? (?:kandidat(?:in|en)?|bewerber(?:in|n)?"
    r"|person|bewerbung)|andere (?:kandidat|bewerber)\w*)\b[^.!?\n]{0,40}?\bentschieden\b"
    r"|\banderweitig (?:entschieden|besetzt|vergeben)\b|\bintern besetzt\b"
    # seventh pass: "für eine Kandidatin entschieden, deren Erfahrung ..." (no "andere")
    r"|\bfür (?:eine?n?|die|den) (?:kandidat(?:in|en)?|bewerber(?:in)?|person)\b[^.!?\n]{0,60}?"
    r"\bentschieden\b"
    r"|\b(?:jemand(?:en)? ander(?:en|es)|einer anderen person|einen anderen (?:kandidaten|"
    r"bewerber)|einer anderen (?:kandidatin|bewerberin)|eine?n? interne[nr]? (?:kandidat|"
    r"bewerber|lösung)\w*)\b"
    # French: retenu / choisi un autre candidat, une autre candidature, d'autres profils
    r"|\b(?:retenu|choisi|sélectionné|privilégié|opté pour)e?s? (?:un autre|une autre|"
    r"d['\u2019]autres)\b"
    + FR_NOT_A_THING
    + r"|\b(?:un autre|une autre) (?:candidat|candidate|candidature|profil|personne)s? "
    r"(?:a été|ont été) (?:retenue?s?|choisie?s?|sélectionnée?s?)"
    r"|\b(?:poursuivre avec|porté sur|retenu|choisi|privilégié) (?:une? (?:autre )?(?:candidat|"
    r"candidate|personne|profil)|quelqu['\u2019]un)\b"
    # Spanish: elegido a / optado por / seguir adelante con otra persona, otros candidatos
    r"|\b(?:elegido a|optado por|seguir adelante con|continuar con|seleccionado a|avanzar con|"
    r"quedado con) (?:otra persona|otro candidato|otra candidata|otros candidatos|"
    r"otras candidatas|otro perfil|otros perfiles)\b"
    r"|\b(?:quedamos|quedado|quedaron) con (?:un|una|otro|otra) (?:candidat[oa]|persona|perfil)"
    # Dutch: gekozen voor / door met een andere kandidaat; het is iemand anders geworden
    r"|\b(?:gekozen voor|door met|verder met|gaan voor) (?:een )?(?:andere kandida(?:at|ten)|"
    r"iemand anders)\b|\biemand anders geworden\b|\bandere kandida(?:at|ten) (?:gekozen|"
    r"geworden|aangenomen)\b"
    # eighth pass: Dutch without "andere" ("gekozen voor een kandidaat die ...") and with the
    # verb at the end ("besloten om met andere kandidaten verder te gaan")
    r"|\bgekozen voor (?:een|de) (?:kandidaat|kandidate|sollicitant)\b"
    r"|\bmet (?:een )?andere (?:kandida(?:at|ten)|sollicitanten?)\b[^.!?\n]{0,30}?\bverder\b"
    # twenty-third pass, part D: an internal candidate, and the perfect tense with the
    # participle last ("we zijn voor een interne kandidaat gegaan", "het is een interne
    # kandidaat geworden", "de vacature is intern ingevuld"); a present "als we voor ... gaan"
    # has no participle and stays unread
    r"|\b(?:gekozen voor|gaan voor|door met|verder met) (?:een )?interne kandida(?:at|te)\b"
    r"|\bvoor (?:een )?(?:interne kandida(?:at|te)|andere kandida(?:at|te|ten)|iemand anders)\b"
    r" (?:\w+ ){0,2}?(?:gegaan|gekozen)\b"
    r"|\bmet (?:een )?interne kandida(?:at|te)\b[^.!?\n]{0,30}?\bverder\b"
    r"|\b(?:een )?interne kandida(?:at|te) (?:geworden|gekozen|aangenomen)\b"
    r"|\b(?:is|werd|wordt|zijn|werden) (?:al |inmiddels |reeds |uiteindelijk )?intern "
    r"(?:ingevuld|vervuld)\b"
    # Spanish "continuar con otras candidaturas"; French "par un autre étudiant", "choisi
    # quelqu'un"
    r"|\b(?:continuar|seguir|avanzar|quedarnos) con (?:otras candidaturas|otra candidatura|"
    r"otros postulantes)\b"
    r"|\bpar (?:un autre|une autre) (?:candidat|candidate|étudiant|étudiante|personne|profil)\b"
    # Italian: "assegnata a un altro candidato", "proseguire con altri profili"
    r"|\b(?:a|con|su|per) (?:un |una |un['’])?altr[oaie] (?:candidat[oaie]|profil[oi]|"
    r"person[ae]|candidatur[ae])\b"
    # Portuguese: "seguir com outros candidatos", "optou por outra pessoa"
    r"|\b(?:com|por|a|para) (?:um |uma )?outr[oa]s? (?:candidat[oa]s?|pessoas?|perfis|perfil|"
    r"candidaturas?)\b"
    # Polish: "wybraliśmy innego kandydata", "z innymi kandydatami"
    r"|\binn(?:ego|ymi|ą|a|ej|ych) (?:kandydat\w*|osob\w*|aplikacj\w*)\b"
)
_SOMEONE_ELSE_WORDS = (
    "anderen",
    "andere ",
    "anderweitig",
    "intern besetzt",
    "un autre",
    "une autre",
    "d'autres",
    "d\u2019autres",
    "otra persona",
    "otro candidato",
    "otra candidata",
    "otros candidatos",
    "otras candidatas",
    "otro perfil",
    "otros perfiles",
    "andere kandida",
    "iemand anders",
    "jemand",
    "für eine",
    "für einen",
    "für die",
    "für den",
    "einer anderen",
    "einen anderen",
    "interne kandid",
    "internen kandid",
    "interne bewerb",
    "internen bewerb",
    "interne lösung",
    "internen lösung",
    "poursuivre avec",
    "porté sur",
    "retenu",
    "choisi",
    "privilégié",
    "quedamos con",
    "quedado con",
    "quedaron con",
    "gekozen voor",
    "intern ingevuld",
    "intern vervuld",
    "andere kandida",
    "andere sollicitant",
    "otras candidaturas",
    "otra candidatura",
    "otros postulantes",
    "altro",
    "altra",
    "altri",
    "altre",
    "outro",
    "outra",
    "innego",
    "innymi",
    "inną",
    "inna ",
    "innej",
    "innych",
)
# (twenty-sixth pass, part K: a German post that "soll" be filled, or "wird" be filled from a
# date, is a job ad's future, "die Stelle wird zum ersten Mai mit einer Vollzeitkraft besetzt",
# never one filled ("die Stelle wird jedoch mit einer Kollegin besetzt, die …" is); unless it
# will not be, "wird nicht mehr besetzt"; rejectwatch.model.decisions_abroad reads the same)
_DE_FROM_A_DATE = (
    r"\b(?:zum|ab|bis zum|voraussichtlich|demnächst|baldmöglichst|künftig|zukünftig|im "
    r"(?:frühjahr|sommer|herbst|winter|januar|februar|märz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember))\b"
)
DE_GAP = (
    r"(?:(?!(?:\b(?:soll|sollen|würde)\b|\b(?:wird|werden)\b(?=[^.!?\n]*" + _DE_FROM_A_DATE
    + r"))(?![^.!?\n]*\b(?:nicht|nie)\b))[^.!?\n])"
)  # fmt: skip
_POST_GONE = (
    r"\b(?:stelle|position|vakanz|ausschreibung)\b" + DE_GAP + r"{0,60}?\b(?:besetzt|vergeben|"
    r"gestrichen|storniert|zurückgezogen)\b(?! werden)"
    # (nor a new colleague the team is asked to welcome, "bitte begrüßt sie am Montag")
    r"(?![^.!?\n]*\b(?:willkommen|begrüßt|begrüßen|heißt|heisst)\b)"
    r"|\b(?:poste|offre|recrutement)\b[^.!?\n]{0,60}?\b(?:été|est) (?:pourvue?|annulée?|"
    r"clôturée?|supprimée?)\b"
    r"|\b(?:vacante|puesto|plaza)\b[^.!?\n]{0,60}?\b(?:sido|está|fue) (?:cubiert[oa]|"
    r"cancelad[oa]|cerrad[oa])\b"
    r"|\b(?:vacature|functie|positie)\b[^.!?\n]{0,60}?\b(?:is|werd|zijn) (?:al |inmiddels |"
    r"reeds )?(?:vervuld|ingevuld|ingetrokken|geannuleerd|gesloten)\b"
    # eighth pass
    r"|\b(?:plaza|puesto|vacante)\b[^.!?\n]{0,40}?\bno se (?:cubrirá|va a cubrir|cubre)\b"
    r"|\bproceso\b[^.!?\n]{0,60}?\b(?:ha quedado|queda|ha sido) (?:cancelad|anulad|desiert)"
    r"|\b(?:stage|alternance|emploi)\b[^.!?\n]{0,40}?\b(?:été|est) (?:pourvue?|annulée?)\b"
    r"|\b(?:posizione|posto(?! (?:auto|letto|macchina|barca))|ruolo|selezione)\b[^.!?\n]{0,40}?"
    r"\b(?:è stat[oa]|sono stat[ie]) "
    r"(?:assegnat|ricopert|chius|annullat)"
    r"|\b(?:vaga|posição|processo)\b"
    # (part Q: never a parking or a garage space, nor a post filled by the reader)
    r"(?![^.!?\n]*\b(?:estacionamento|estacionamiento|garagem|garaje|por você|por vocês|"
    r"por ti)\b)"
    r"[^.!?\n]{0,40}?\bfoi (?:preenchid|cancelad|encerrad)"
    r"|\b(?:stanowisko|rekrutacja|proces)\b[^.!?\n]{0,40}?\b(?:zostało|została|został) "
    r"(?:obsadzon|zamknięt|anulowan)"
)
_POST_GONE_WORDS = (
    "besetzt",
    "vergeben",
    "gestrichen",
    "storniert",
    "zurückgezogen",
    "pourvu",
    "annulé",
    "clôturé",
    "supprimé",
    "cubiert",
    "cancelad",
    "cerrad",
    "vervuld",
    "ingevuld",
    "ingetrokken",
    "geannuleerd",
    "gesloten",
    "no se cubr",
    "no se va a cubrir",
    "quedado cancelad",
    "queda cancelad",
    "sido cancelad",
    "quedado anulad",
    "quedado desiert",
    "assegnat",
    "ricopert",
    "chius",
    "annullat",
    "preenchid",
    "encerrad",
    "obsadzon",
    "zamknięt",
    "anulowan",
)
_READER_OUT = (
    # German
    r"\b(?:absagen|eine absage (?:erteilen|geben|mitteilen|schicken)|nicht (?:weiter |mehr )?"
    r"berücksichtig(?:en|t)|nicht in die engere (?:wahl|auswahl)|nicht (?:weiter ?verfolgen)|"
    r"nicht geklappt|nicht für sie entschieden|nicht (?:weiter )?(?:im|in den) "
    r"(?:prozess|verfahren|auswahlverfahren)|(?:stelle|position) (?:leider )?nicht anbieten|"
    r"keine (?:positive rückmeldung|zusage))\b"
    # French
    r"|\b(?:pas (?:pu |en mesure d['\u2019e] ?(?:y )?|possible d['\u2019e] ?(?:y )?)?donner "
    r"(?:une )?suite|(?:ne|n['\u2019]) ?(?:sera|serez|serons|pourrons|"
    r"pouvons|avons) pas (?:retenue?|été retenue?|donner suite|poursuivre|pu retenir)|"
    r"(?:n['\u2019]a|n['\u2019]avez|n['\u2019]ont) pas été (?:retenue?|sélectionnée?)|"
    r"pas été retenue?|(?:ne|n['\u2019]) ?(?:l[ae]|la|les|vous|votre candidature)? ?"
    r"(?:retiendrons|retiendra|retenons|retenir) pas)"
    # eighth pass: Italian, Portuguese, Polish
    r"|\b(?:non (?:è stat[oa]|sei stat[oa]|siete stat[ie]|è) (?:selezionat|ammess|scelt)|"
    r"non (?:proseguiremo|procederemo|possiamo proseguire|possiamo procedere)|"
    r"non (?:ha|hai) superato|"
    # (eleventh pass: and European Portuguese's older spelling, "seleccionada")
    r"não (?:foi|foste|será|serás) (?:selecc?ionad|aprovad|escolhid)|não (?:seguiremos|"
    r"avançaremos|prosseguiremos|vamos seguir|vamos avançar|podemos seguir|podemos avançar)|"
    r"nie (?:został[aoy]?ś?|zakwalifikował\w*|przeszedł\w*|przeszła\w*)(?: pan| pani)? "
    r"(?:wybran\w*|zakwalifikowan\w*|do kolejnego|do następnego)|nie zakwalifikował\w*|"
    r"nie będziemy (?:kontynuować|dalej))"
    # Spanish
    r"|\b(?:no (?:ha|has|han|hemos) sido (?:seleccionad[oa]|elegid[oa]|admitid[oa])|"
    r"no (?:seguirá|continuará|avanzará|sigue|continúa|seguirás) (?:adelante|avanzando|en el)|"
    # seventh pass: "no continuarás a la siguiente fase", "no pasas a la próxima etapa"
    r"no (?:continuar[áa]s?|pasar[áa]s?|avanzar[áa]s?|seguir[áa]s?|pasas|avanzas|continúas|"
    r"sigues) (?:a|en|con|hacia) (?:la )?(?:siguiente|próxima) (?:fase|etapa|ronda)|"
    r"no continúa|no (?:podemos|vamos a|van a) (?:continuar|seguir|avanzar) con (?:tu|su)|"
    r"(?:ha|has) sido (?:descartad[oa]|desestimad[oa]))\b"
    # Dutch
    r"|\b(?:niet (?:is |bent |zijn )?(?:geselecteerd|gekozen)|"
    r"(?:is|bent|wordt|werd|zijn)\b[^.!?\n]{0,30}?\bafgewezen|"
    r"af (?:te )?wijzen|niet geworden|niet (?:door|verder) (?:gaan )?(?:naar|met|in)|"
    # ninth pass: "besloten u niet uit te nodigen voor een gesprek"
    r"(?:u|je|jou) niet (?:uit te nodigen|uitnodigen)\b)\b"
    # ninth pass: Swedish, Danish and Norwegian ("vi har valt att inte gå vidare med din
    # ansökan", "vi har valgt ikke at gå videre med din ansøgning", "du er ikke gået videre")
    r"|\b(?:(?:inte|ikke|ikkje) (?:att |at |å )?(?:gå|gått|gået) (?:vidare|videre) med "
    r"(?:din|dig|deg|dit|søknaden|ansøgningen)|(?:inte|ikke) (?:gått|gået|kommet) "
    r"(?:vidare|videre)|(?:går|gik|gick|gikk) (?:du|ni) (?:tyvärr |desværre |dessverre )?"
    r"(?:inte|ikke) (?:vidare|videre)|(?:inte|ikke) (?:blivit|blevet|blitt) "
    r"(?:utvald|udvalgt|valgt|vald)|(?:din|dit) (?:ansökan|ansøgning|søknad)\b[^.!?\n]{0,40}?"
    r"\b(?:avslagits|afvist|avslått|avvisats))\b"
)
_READER_OUT_WORDS = (
    "absag",
    "berücksichtig",
    "engere",
    "verfolgen",
    "geklappt",
    "entschieden",
    "prozess",
    "verfahren",
    "donner suite",
    "donner une suite",
    "retenu",
    "sélectionn",
    "poursuivre",
    "sido seleccion",
    "sido elegid",
    "sido admitid",
    "adelante",
    "avanza",
    "no continúa",
    "no continuar",  # "no continuará en el proceso" (w7 found it gated out)
    "no sigue",
    "siguiente",
    "próxima",
    "no podemos",
    "no vamos",
    "descartad",
    "desestimad",
    "geselecteerd",
    "gekozen",
    "afgewezen",
    "wijzen",
    "niet geworden",
    "niet door",
    "niet verder",
    "nicht anbieten",
    "keine positive",
    "keine zusage",
    "van a",
    "retiendr",
    "retenons pas",
    "retenir pas",
    "selezionat",
    "ammess",
    "scelt",
    "proseguiremo",
    "procederemo",
    "possiamo",
    "superato",
    "selecionad",
    "seleccionad",
    "aprovad",
    "escolhid",
    "seguiremos",
    "avançaremos",
    "prosseguiremos",
    "vamos seguir",
    "vamos avançar",
    "podemos",
    "wybran",
    "zakwalifikow",
    "przeszedł",
    "przeszła",
    "kolejnego",
    "następnego",
    "nie będziemy",
    "en mesure",
    "possible de",
    "possible d'",
    "possible d\u2019",
    "niet uit",
    "niet uitnodigen",
    "vidare",
    "går du",
    "går ni",
    "gick du",
    "gik du",
    "gikk du",
    "videre",
    "blivit",
    "blevet",
    "blitt",
    "avslagits",
    "afvist",
    "avslått",
    "avvisats",
)
_STATUS_REFUSED = (
    r"\b(?:status|statut|estado|stand|état)\b[^\n]{0,40}?(?:[:|\t\-\u2013\u2014]|\bist\b|\best\b)"
    r"\s*(?:abgelehnt|abgesagt|nicht berücksichtigt|nicht ausgewählt|refusée?|non retenue?|"
    r"rejetée?|rechazad[oa]|descartad[oa]|no seleccionad[oa]|proceso finalizado|"
    r"afgewezen|niet geselecteerd|niet aangenomen)\b"
)
_STATUS_REFUSED_WORDS = (
    "abgelehnt",
    "abgesagt",
    "nicht berücksichtigt",
    "nicht ausgewählt",
    "refus",
    "non retenu",
    "rejet",
    "rechazad",
    "descartad",
    "no seleccion",
    "finalizado",
    "afgewezen",
    "niet geselecteerd",
    "niet aangenomen",
)

# (token name, gate words, pattern); negation appends them to _OUTCOMES with its tokens.
READINGS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("status", _STATUS_REFUSED_WORDS, re.compile(_STATUS_REFUSED)),
    ("reader_out", _READER_OUT_WORDS, re.compile(_READER_OUT)),
    ("role_gone", _POST_GONE_WORDS, re.compile(_POST_GONE)),
    ("chose_other", _SOMEONE_ELSE_WORDS, re.compile(_SOMEONE_ELSE)),
)
