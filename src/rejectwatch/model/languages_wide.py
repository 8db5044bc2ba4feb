"""Outcome readings in Turkmen, and the usual refusal formulas of Korean, French and Irish that
the readings lacked (issue 11, twenty-third pass, part B).

Blind slice 21's wide part missed four refusals in these languages, none with a decision token:

* Turkmen, which no module read: "başga dalaşgäri saýladyk" (we chose another candidate),
  "sizi işe kabul edip bilmeris" (we cannot take you on);
* Korean, the place entrusted to someone else ("이번 자리는 … 다른 분께 맡기기로 했어요": the
  readings knew "선택", "채용", "함께하기로");
* French, "ce ne sera donc pas pour cette fois" and the cleft choice "c'est une personne … que
  nous avons choisie" (the readings knew "nous avons choisi une autre personne");
* Irish, the dependent "nár éirigh leat" after "tá brón orm a rá leat" (the readings knew
  "níor éirigh leat") and the post offered to another ("thairg an painéal an post d'iarrthóir
  eile").

Each is read here in the language's several usual ways of saying it, never one message's words:
Turkmen, the reader not accepted, not chosen, the application not granted, the process not
continued, another candidate chosen or appointed, the post filled; Korean, the place entrusted
to another, "인연이 닿지 않았습니다" (we were not fated to work together), "좋은 결과를 드리지
못하게 되었습니다", the reader not on the list of those who passed, the hire "어렵게 되었습니다";
French, "ce ne sera pas pour cette fois (cette saison, ce poste)" and "c'est quelqu'un d'autre
(une autre candidate, un profil …) que nous avons retenu"; Irish, "nár éirigh leat" and the post
offered or given to another.

Their twins stay unread: a conditional (Turkmen "eger", "-masaňyz", "-saňyz", "ýagdaýynda";
Korean "되면"; Irish "má tharlaíonn"), a decision still to come (Turkmen "heniz", "entek"), a
choice negated ("níor thairg", "saýlamadyk"), the reader chosen ("c'est vous que nous avons
choisie", "un profil comme le vôtre"), an interview conducted by someone else ("면접은 다른 분이
진행하게 되었습니다"), a week rather than a round ("ce ne sera pas pour cette semaine"). Turkmen
brings its guard's words (an invitation, "söhbetdeşlige çagyrýarys"; an offer,
"hödürleýäris") and its gate's job words; "sizi … kabul edip bilmeris" with a day or an hour is a
visit moved, none.

Part J of the pass added the usual formulas that written-31's refusals in widely spoken
languages used and no reading held: Turkish, the application not approved or accepted;
Swedish, no place for you, the place gone to someone else, not going on with you, the profile
not matching; Italian, another taken, not working together this season, not among those
admitted, the post covered, the profile not matching; Russian, not called to the next stage,
the candidacy not suiting; Indonesian, not approved or accepted, the profile not suitable;
Polish, every place taken, "nie możemy Cię przyjąć", the profile not matching; Spanish, every
place covered, "no podemos contar contigo", not going on with the application, the profile not
fitting. A day, a shift, a car park or a conditional holds each; Korean "합격이든 불합격이든"
(pass or fail) is a conditional.

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
    "NOT_YET",
    "OFFERED",
    "READINGS",
    "REGRET",
]

# An apostrophe (French "c'est", "qu'on"; Irish "d'iarrthóir") in any spelling
_AP = "['\u2018\u2019]"


def _ap(pattern: str) -> str:
    """A pattern with each "'" read as any apostrophe."""
    return pattern.replace("'", _AP)


# ---------------------------------------------------------------------------------------------
# The checks' words (appended to languages.CONDITIONAL and NOT_YET)
# ---------------------------------------------------------------------------------------------

CONDITIONAL = (
    # Turkmen ("eger", a negative conditional "saýlanmasaňyz", a second person's "-saňyz",
    # "ýagdaýynda", in case; twenty-fifth pass, part D: not Tagalog "pumasa", passed, nor
    # "umasa", hoped; forty-eighth pass: nor Malay "semasa", during, nor Estonian "inimese", a
    # person's)
    r"|\beger\b|\w(?<!\bpu)(?<!\bu)(?<!\bse)(?<!\bini)(?:masa|mese)(?:ňyz|ňiz|k|m|ň)?\b|\w(?:saňyz|seňiz)\b"
    r"|\býagdaý(?:ynda|yňyzda|da)\b"
    # Irish ("má tharlaíonn", if it happens)
    r"|\bmá tharlaíonn\b"
    # (part J) Korean "합격이든 불합격이든" (pass or fail, you will hear)
    r"|(?:합격|불합격|선발|탈락)(?:이든|이던|하든|이건)"
)
NOT_YET = r"|\b(?:heniz|entek)\b"

# The guard's negations and regrets (rejectwatch.model.said_plainly)
NEGATION = r"|\b(?:bilmeris|bilmeýäris|mümkin däl)\b"
REGRET = r"|\b(?:gynansak-da|gynansagam|gynançly|gynanç bilen|gynandyryjy)\b"

# ---------------------------------------------------------------------------------------------
# The guard: an invitation to an interview, an offer (rejectwatch.model.guard_abroad)
# ---------------------------------------------------------------------------------------------

INVITED = (
    r"|\b(?:söhbetdeşlige|gürrüňdeşlige|interwýuwa|interwýu) (?:\w+ )?"
    r"çagyr(?:ýarys|mak isleýäris|makçy)\b"
)
OFFERED = r"|\b(?:size|saňa) (?:\w+ ){0,3}?(?:hödürleýäris|hödürlemek isleýäris|teklip edýäris)\b"

# ---------------------------------------------------------------------------------------------
# The gate: the job words that keep the gate open (rejectwatch.model.gate)
# ---------------------------------------------------------------------------------------------

A_JOB = r"|\b(?:wezipe\w*|dalaşgär\w*|söhbetdeşlik\w*|iş orny|işe kabul|işe alyn\w*)\b"

# ---------------------------------------------------------------------------------------------
# Turkmen
# ---------------------------------------------------------------------------------------------

# a day or an hour: "sizi şenbe güni kabul edip bilmeris" is a visit moved
_TK_WHEN = (
    r"(?!(?:duşenbe|sişenbe|çarşenbe|penşenbe|anna|şenbe|ýekşenbe|ertir|bu gün|şu gün|"
    r"sagat|irden|agşam)\b)"
)
# ("sizi işe kabul edip bilmeris", "size bu işi hödürläp bilmeris", "arzaňyz
# kanagatlandyrylmady", "siz saýlanmadyňyz", "dowam etmezlik kararyna geldik")
_TK_OUT = re.compile(
    r"\b(?:sizi|seni) (?:" + _TK_WHEN + r"\w+ ){0,3}?(?:kabul edip|işe alyp|saýlap|belläp) "
    r"(?:bilmeris|bilmeýäris|bilmedik)\b"
    r"|\b(?:size|saňa) (?:\w+ ){0,3}?(?:hödürläp|teklip edip) (?:bilmeris|bilmeýäris)\b"
    r"|\b(?:arzaňyz|arzaňyza|dalaşgärligiňiz) (?:\w+ ){0,3}?(?:kabul edilmedi|"
    r"kanagatlandyrylmady|ret edildi|oňlanmady)\b"
    r"|\bsiz (?:\w+ ){0,4}?(?:saýlanmadyňyz|geçmediňiz|geçip bilmediňiz|kabul edilmediňiz)\b"
    r"|\bdowam etmezlik (?:kararyna|karary)\b"
)
# ("başga dalaşgäri saýladyk", "başga birini belledik", "başga dalaşgär saýlandy")
_TK_OTHER = re.compile(
    r"\bbaşga (?:bir )?(?:dalaşgäri|dalaşgärleri|adamy|birini|hünärmeni|işgäri|kandidaty) "
    r"(?:\w+ ){0,2}?(?:saýladyk|saýlap aldyk|işe aldyk|kabul etdik|belledik|makul bildik)\b"
    r"|\bbaşga (?:bir )?(?:dalaşgär|adam|biri|kandidat) (?:\w+ ){0,2}?(?:saýlandy|bellenildi|"
    r"işe alyndy)\b"
)
# ("wezipe eýýäm eýelendi", "boş iş orny dolduryldy")
_TK_GONE = re.compile(
    r"\b(?:wezipe|wezipesi|iş orny|boş orun)\b (?:\w+ ){0,2}?(?:eýelendi|eýelenildi|"
    r"dolduryldy|ýapyldy)\b"
)

# ---------------------------------------------------------------------------------------------
# Korean
# ---------------------------------------------------------------------------------------------

# the place entrusted to someone else, the place named before it and the verb's past ending
# read ("이번 자리는 … 다른 분께 맡기기로 했어요", "포지션은 다른 지원자에게 맡기게 되었습니다";
# not "면접은 다른 분이 진행하게 되었습니다", not "맡기게 되면")
# (twenty-ninth pass, part D: the place given or gone to someone else, "이번 자리는 다른 분께
# 드리게 되었어요", "포지션은 다른 지원자에게 돌아가게 되었습니다"; never a seat at a show, a
# dinner or on a bus, "공연 자리는 다른 분께 드리게 되었어요")
_KO_ENTRUSTED = re.compile(
    r"(?<!공연 )(?<!행사 )(?<!식사 )(?<!회식 )(?<!콘서트 )(?<!버스 )(?<!차 )(?<!좌석 )"
    # (part Q: nor a talk's, an award's or a draw's role: "발표 역할은 다른 분께 드리기로")
    r"(?<!발표 )(?<!시상 )(?<!사회 )"
    # (part Q: nor a booked, a window, a class's or a campsite's seat: "예약하신 자리는 …")
    r"(?<!예약하신 )(?<!예약한 )(?<!예약된 )(?<!창가 )(?<!수업 )(?<!강의 )(?<!강좌 )(?<!캠핑장 )"
    r"(?<!캠핑 )(?<!객실 )(?<!테이블 )"
    r"(?:자리|포지션|직무|역할|직책|업무)(?:은|는|을|를)"
    r"(?![^.!?\n]*(?:공연|콘서트|좌석|티켓|행사|파티|식사|회식|버스|예매|예약|발표|시상|경품|추첨|"
    r"수업|강의|강좌|캠핑|객실|테이블))"
    r"[^.!?\n]{0,40}?"
    r"다른 (?:지원자|후보자|분|인재|후보|사람)(?:분)?(?:께|에게|께서|이|가)[^.!?\n]{0,15}?"
    r"(?:맡기기로|맡기게|맡게|뽑기로|뽑게|모시기로|모시게|채용하게|선택하게|드리기로|드리게|"
    r"돌아가게|돌아가기로) ?"
    r"(?:했|하였|되었|됐|결정했|결정하였)"
)
# "인연이 닿지 않았습니다", "좋은 결과를 드리지 못하게 되었습니다", "합격자 명단에 포함되지
# 않으셨습니다", "이번 채용은 어렵게 되었습니다"
_KO_OUT = re.compile(
    r"인연이 (?:닿지|되지) (?:않|못)(?:았|했|하였|게 되었|게 됐)"
    r"|인연으로 (?:이어지지|함께하지) 못(?:했|하였|하게 되었)"
    r"|좋은 (?:소식|결과)(?:을|를)? (?:전해 |알려 )?드리지 못(?:하게 되|했|하였|해 |하여|해서)"
    r"|(?:최종 )?(?:합격자|선발자) (?:명단|목록)에 (?:포함되지|들지|오르지) (?:않|못)"
    r"(?:았|으셨|으시|하셨|했)"
    r"|(?:채용|합격|선발|입사)(?:은|는|이|가)? 어렵게 (?:되었|됐)"
)

# ---------------------------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------------------------

# "ce ne sera (donc) pas pour cette fois", "… pour cette saison", "… pour ce poste" (a round, a
# season or the post: not "pour cette semaine")
_FR_NOT_THIS_TIME = re.compile(
    r"\b(?:ce|ça|cela) ne sera (?:(?:donc|malheureusement|hélas|finalement|alors) )?pas pour "
    r"(?:cette fois(?:-ci)?|cette (?:saison|année|session|rentrée)|ce (?:poste|coup-ci|coup|"
    r"recrutement))\b(?! (?:que|qu" + _AP + r"))"
)
# the cleft choice of another ("c'est quelqu'un d'autre que nous avons retenu", "c'est une
# candidate déjà formée chez nous que nous avons choisie"; never the reader: "c'est vous",
# "un profil comme le vôtre")
_FR_CLEFT_OTHER = re.compile(
    _ap(
        r"\bc'est (?:(?:finalement|donc|plutôt|alors) )?(?:quelqu'un d'autre|(?:un|une) (?:autre )?"
        r"(?:personne|candidate?|profil|collègue|étudiante?|"
        r"\w+(?:eur|euse|ière|ier|ienne|ien|ante|ant|iste)))\b"
        r"(?:(?!\b(?:vous|vôtre|votre|toi|tien|tienne|ton|ta)\b)[^.!?\n]){0,100}? qu(?:e |')"
        r"(?:nous avons|on a|(?:l'|la |le )\w+ a) (?:finalement )?(?:choisie?s?|retenue?s?|"
        r"sélectionnée?s?|engagée?s?|embauchée?s?|recrutée?s?)\b"
    )
)

# ---------------------------------------------------------------------------------------------
# Irish
# ---------------------------------------------------------------------------------------------

# the dependent form after "a rá leat", "a chur in iúl duit" ("nár éirigh leat")
_GA_OUT = re.compile(
    _ap(r"\bnár éirigh (?:leat|libh|le d'iarratas|le bhur n-iarratas)\b")
    + _ap(r"|\bnár roghnaíodh (?:thú|sibh|d'iarratas)\b")
)
# the post offered or given to another ("thairg an painéal an post d'iarrthóir eile", "tugadh
# an post do dhuine eile"; not "níor thairg")
_GA_OTHER = re.compile(
    r"(?<!níor )(?<!nár )(?<!ní )\b(?:thairg|thairgeamar|tairgeadh|thug|thugamar|tugadh) "
    r"(?:\w+ ){0,2}?an (?:post|ról|conradh|folúntas|áit) (?:\w+ ){0,2}?(?:do (?:dhuine|"
    r"iarrthóir|bhean|fhear)|d" + _AP + r"iarrthóir) (?:eile\b"
    # (forty-eighth pass, fourth round: or to one described, "thugamar an post do dhuine a bhfuil
    # blianta taithí aici")
    r"|a (?:bhfuil|raibh|bhí|bhíonn|tá|d" + _AP + r"oibrigh|oibríonn|rinne|dhéanann)\b)"
)

# ---------------------------------------------------------------------------------------------
# Part J: written-31's refusals in widely spoken languages, read as each language's usual forms
# ---------------------------------------------------------------------------------------------


# the sentence's end, or a season, round or year closing it (not a day: a visit moved)
def _closes(seasons: str) -> str:
    """A lookahead: the sentence ends here, or one of ``seasons`` follows."""
    return r"(?=[ \t]*(?:[.,;:!)]|$|\n|" + seasons + r"))"


# (part L) the rest of the sentence asks for a file in another format, a form filled again: the
# profile or CV "does not match" the format ("ваше резюме не соответствует формату, пришлите
# PDF", "tu perfil no encaja con el formato del formulario"), no refusal
_NOT_A_FORMAT = (
    r"(?![^.!?\n]*\b(?:format\w*|формат\w*|pdf|шаблон\w*|plik\w*|archivo|formulario|"
    r"wymiar\w*|tamaño))"
)


# Turkish: the application not approved, not accepted, turned down ("kurye başvurunuz şu an
# için onaylanmadı", "başvurunuz kabul edilmedi"; "henüz" is a decision still to come)  # noqa: RUF003
# (part L: not a loan's, a card's, a membership's, a leave's or a shift change's application,
# "kredi kartı başvurunuz onaylanmadı", "izin başvurunuz"; nor one sent back for missing  # noqa: RUF003
# documents, "çünkü belgeler eksik"; "İzin" lower-cased keeps its dot, "i\u0307zin")
_TR_NOT_A_JOB = (
    r"(?<!kredi )(?<!kartı )(?<!kart )(?<!üyelik )(?<!izin )(?<!i\u0307zin )(?<!değişikliği )"
    r"(?<!vize )(?<!iade )(?<!burs )(?<!abonelik )(?<!hesap )(?<!rapor )"
)
_TR_NOT_APPROVED = re.compile(
    r"\b" + _TR_NOT_A_JOB + r"(?:başvurunuz|başvurun|adaylığınız|kaydınız|üyeliğiniz)\b"
    r"(?: [^\s.!?]+){0,4}? "
    r"(?:onaylanmadı|onaylanamadı|kabul edilmedi|kabul edilemedi|reddedildi|uygun görülmedi|"
    r"olumlu sonuçlanmadı)\b(?! diye| mı\b| mi\b)"
    r"(?![^.!?\n]*\b(?:eksik|tekrar yükle\w*|yeniden yükle\w*|limit\w*))"
    # (part L: "sizinle devam etmeme kararı aldık", we decided not to go on with you)  # noqa: RUF003
    r"|\b(?:sizinle|seninle|adaylığınızla|başvurunuzla) (?:\w+ ){0,2}?devam etme(?:me|meye) "
    r"(?:kararı aldık|karar verdik|kararına vardık)\b"
)

# Swedish: no place for you ("det blev tyvärr ingen plats för dig i år"; not "i bilen"), the
# place gone to someone else, not going on with you, the profile not matching
_SV_NO_PLACE = re.compile(
    r"\bdet (?:blev|har blivit)(?: (?:tyvärr|dessvärre|därför|alltså|nog|nu))* ingen plats "
    r"(?:för|åt) dig"
    + _closes(
        r"i år|i sommar|den här (?:gången|säsongen|omgången)|denna (?:gång|säsong|omgång)|"
        r"nu\b|tyvärr|så "
    )
)
_SV_WENT_OTHER = re.compile(
    r"\b(?:platsen|tjänsten|jobbet|rollen|anställningen|sommarjobbet|vikariatet|praktikplatsen) "
    r"(?:gick|har gått|har gått vidare) till (?:någon annan|en annan (?:sökande|kandidat|person)|"
    r"någon som)\b"
    # (part L: not another department, "någon annan avdelning för granskning")
    r"(?! (?:avdelning|enhet|kontor|butik|filial|granskning)\w*)"
)
_SV_NOT_ON = re.compile(
    r"\bvi (?:fortsätter|går) (?:tyvärr |därför )?inte (?:vidare )?med (?:dig|er|din ansökan|"
    r"din kandidatur)\b(?! som (?:kund|medlem|hyresgäst|patient|elev|abonnent|leverantör))"
    # (part L: nor until the references are in, "förrän", "innan", "tills")
    r"(?! (?:förrän|innan|tills|till dess)\b)"
    r"|\bdin (?:profil|bakgrund|erfarenhet|kompetens) (?:matchar|motsvarar|passar)"
    r"(?: tyvärr| dessvärre)? (?:inte|ej)\b"
)

# Italian: someone else taken ("abbiamo preso un ragazzo che lavorava già da noi"; not a shift
# covered: "… per il turno di notte, quindi tu fai i pomeriggi"), not working together this
# season (not "sabato"), not among those admitted, the post covered, the profile not matching
_IT_TOOK_OTHER = re.compile(
    _ap(
        r"\babbiamo (?:già )?(?:preso|scelto|assunto) (?:un ragazzo|una ragazza|un'altra persona|"
        r"un altro candidato|un'altra candidata|qualcun altro|qualcun'altra|una persona|"
        r"un signore|una signora) (?:che|con|di|già)\b"
        r"(?![^.!?\n]*\b(?:turno|turni|tu fai|ti copre|sostitui\w+)\b)"
    )
)
_IT_NOT_TOGETHER = re.compile(
    r"\bnon (?:lavoreremo|potremo lavorare|collaboreremo|potremo collaborare) insieme"
    + _closes(
        _ap(r"quest'|questa (?:volta|stagione|estate)|per (?:ora|il momento|questa)|stavolta")
    )
)
_IT_NOT_ADMITTED = re.compile(
    r"\bnon (?:figura|figurano|compare|risulta|rientra|è|sei) (?:tra|fra) (?:quelli|quelle|"
    r"i candidati|le candidate|gli|i|le|coloro)(?: \w+)?? (?:ammess|selezionat|idone)\w*"
)
_IT_COVERED = re.compile(
    _ap(
        r"\b(?:la posizione|il posto|il ruolo|l'incarico)\b (?:è|e'|é) (?:già )?stat[oa] "
        r"(?:già )?(?:coperta|coperto|assegnata|assegnato|occupata|occupato)\b"
        r"(?! (?:a (?:te|lei|voi)|in |nella|alla fila))"
    )
)
_IT_PROFILE = re.compile(
    r"\b(?:il suo|il tuo|il vostro) profilo non (?:corrisponde|è in linea|risponde|è adatto|"
    r"è compatibile|soddisfa)\b"
)

# Russian: not called to the next stage ("на следующий этап мы вас не зовём"; not a day moved:
# "в субботу, перенесём"), the candidacy or CV not suiting
_RU_NO_DAY = (
    r"(?![^.!?\n]*(?:\bв (?:понедельник|пятницу|субботу|среду)|\bво вторник|\bв четверг|"
    r"\bв воскресенье|\bзавтра|\bперенес))"
)
_RU_NOT_CALLED = re.compile(
    r"\bна (?:следующий|второй|финальный|очный|последний) (?:этап|тур)(?: \w+){0,2}? "
    r"(?:мы )?(?:вас|тебя) не (?:зов[её]м|приглашаем|позов[её]м|пригласим)\b"
    + _RU_NO_DAY
    + r"|\bне (?:зов[её]м|приглашаем|позов[её]м|пригласим) (?:вас|тебя) (?:на|в) (?:следующ|"
    r"финальн|второй|собеседован|интервью)\w*" + _RU_NO_DAY
)
_RU_NOT_SUIT = re.compile(
    r"\bваш[аеи]? (?:кандидатура|резюме|профиль|опыт|отклик)(?: \w+)?"
    # (part L: a regret between, "ваш опыт, к сожалению, нам не подходит")
    r"(?:,? к сожалению,?)?(?: нам)? не "
    r"(?:подходит|подошла|подошло|подошёл|подошел|соответствует|соответствуют)\b" + _NOT_A_FORMAT
)

# Indonesian: the registration or application not approved or accepted ("belum bisa kami
# setujui karena …"; not "sampai dokumen lengkap"), the profile not suitable
_ID_NOT_APPROVED = re.compile(
    # (sixty-second pass: never a file, an attachment or a format the sender cannot take,
    # "berkas di atas 20 MB tidak bisa kami terima": a practical task's size limit, slice 163)
    r"(?<!\bmb )(?<!\bkb )(?<!\bgb )(?<!berkas )(?<!dokumen )(?<!lampiran )(?<!video )"
    r"(?<!foto )(?<!rekaman )(?<!format )(?<!ukuran )"
    r"\b(?:tidak|belum) (?:dapat|bisa) (?:kami|kita) (?:setujui|terima|loloskan|approve)\b"
    r"(?! (?:sampai|hingga|sebelum|lewat|melalui|via|dalam format))"
    r"|\b(?:profil|kualifikasi|pengalaman|latar belakang|lamaran) (?:anda|kamu|saudara)"
    r"(?: \w+)? (?:belum|tidak|kurang) (?:sesuai|cocok|memenuhi)\b"
)

# Polish: every place taken (not a car park's), we cannot take you on (not "w sobotę"), the
# profile not matching
_PL_ALL_TAKEN = re.compile(
    r"\bwszystkie (?:miejsca|stanowiska|etaty|wakaty)"
    # (part L: nor a kindergarten's, a school's, a course's, a trip's or a camp's places)
    r"(?: (?!parking|siedząc|przy\b|przedszkol|żłob|szkoł|szkol|kurs|wycieczk|warsztat|obóz|"
    r"obozie|zajęcia|zajęciach|sal[iae]\b|rozmow|spotkani|termin|godzin|dzisiejsz|jutrzejsz)"
    r"\w+){0,3}? "
    r"(?:są|zostały) (?:już )?(?:zajęte|obsadzone|zapełnione)\b"
)
_PL_OUT = re.compile(
    r"\bnie (?:możemy|będziemy mogli|możemy niestety) (?:cię|pana|pani|państwa|ciebie) "
    r"(?:przyjąć|zatrudnić)"
    + _closes(
        r"do (?:pracy|zespołu|nas)|na (?:to |te )?stanowisk|w tym (?:sezonie|roku)|"
        r"tym razem|na (?:ten|sezon)"
    )
    + r"|\b(?:pana|pani|twój|twoje|państwa) (?:profil|doświadczenie|kwalifikacje|cv|kandydatura) "
    r"(?:niestety )?nie (?:odpowiada|odpowiadają|spełnia|spełniają|pasuje|pasują)\b" + _NOT_A_FORMAT
)

# Spanish: every place covered (not a shift moved: "te ponemos por la tarde"), we cannot count
# on you this season (not "el sábado"), not going on with the application, the profile
_ES_ALL_COVERED = re.compile(
    r"\b(?:hemos|habíamos) (?:cubierto|completado|ocupado|llenado) (?:todas las|las|el|la) "
    r"(?:plazas?|puestos?|vacantes?)\b"
    r"(?![^.!?\n]*\b(?:te|le|os) (?:ponemos|pasamos|movemos|dejamos)\b)"
    r"(?![^.!?\n]*\b(?:turno|mañana|tarde|noche)\b)"
    # (part L: nor a course's, a trip's, a camp's or a school's places)
    r"(?![^.!?\n]*\b(?:curso|cursos|excursión|excursiones|campamento|taller|colegio|escuela|"
    r"guardería|viaje|actividad|actividades|cena|comida|autobús|bus|coche|furgoneta|hotel|"
    r"alojamiento|mesa|mesas)\b)"
)
_ES_OUT = re.compile(
    r"\bno (?:podemos|podremos|vamos a poder) contar (?:contigo|con usted|con vosotros|con "
    r"ustedes)"
    + _closes(
        r"esta (?:vez|temporada)|en esta ocasión|para (?:esta|la) (?:temporada|campaña|"
        r"ocasión|vez)|este (?:año|verano)|por ahora"
    )
    # (part L: not a dinner, a party, a trip or a match: "esta vez para la cena de empresa")
    + r"(?![^.!?\n]*\b(?:cena|comida|fiesta|excursión|viaje|partido|boda|cumpleaños|reunión)\b)"
    + r"|\bno (?:seguiremos|continuaremos|vamos a seguir|vamos a continuar|podemos seguir|"
    r"podremos seguir) adelante con (?:tu|su|vuestra) (?:candidatura|solicitud|postulación|"
    r"perfil|proceso)\b"
    # (part L: not a loan's, a shift change's or a leave's request)
    r"(?! de (?:préstamo|crédito|cambio|vacaciones|permiso|devolución|reembolso|hipoteca|beca|"
    r"baja|traslado))"
    # (part L: nor until a document comes, "hasta recibir el DNI")
    r"(?! (?:hasta|mientras|sin (?:el|la|los|las|tu|su))\b)"
    # (part L: "esta vez no ha podido ser", it could not be this time; not "lo de la cena")
    r"|(?<!cena )(?<!comida )(?<!viaje )(?<!sábado )(?<!domingo )"
    r"\b(?:esta vez|en esta ocasión) no (?:ha podido|pudo|podrá|va a poder) ser\b"
    r"|\bno (?:ha podido|pudo) ser (?:esta vez|en esta ocasión)\b"
    r"|\b(?:tu|su) (?:perfil|experiencia|candidatura) no (?:se ajusta|encaja|coincide|"
    r"corresponde|cumple|se adecúa|se adecua)\b" + _NOT_A_FORMAT
)


READINGS = readings(
    ("reader_out", _TK_OUT),
    ("chose_other", _TK_OTHER),
    ("role_gone", _TK_GONE),
    ("chose_other", _KO_ENTRUSTED),
    ("reader_out", _KO_OUT),
    ("reader_out", _FR_NOT_THIS_TIME),
    ("chose_other", _FR_CLEFT_OTHER),
    ("reader_out", _GA_OUT),
    ("chose_other", _GA_OTHER),
    ("reader_out", _TR_NOT_APPROVED),
    ("reader_out", _SV_NO_PLACE),
    ("chose_other", _SV_WENT_OTHER),
    ("reader_out", _SV_NOT_ON),
    ("chose_other", _IT_TOOK_OTHER),
    ("reader_out", _IT_NOT_TOGETHER),
    ("reader_out", _IT_NOT_ADMITTED),
    ("role_gone", _IT_COVERED),
    ("reader_out", _IT_PROFILE),
    ("reader_out", _RU_NOT_CALLED),
    ("reader_out", _RU_NOT_SUIT),
    ("reader_out", _ID_NOT_APPROVED),
    ("role_gone", _PL_ALL_TAKEN),
    ("reader_out", _PL_OUT),
    ("role_gone", _ES_ALL_COVERED),
    ("reader_out", _ES_OUT),
)
