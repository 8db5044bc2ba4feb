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
    # "ýagdaýynda", in case)
    r"|\beger\b|\w(?:masa|mese)(?:ňyz|ňiz|k|m|ň)?\b|\w(?:saňyz|seňiz)\b"
    r"|\býagdaý(?:ynda|yňyzda|da)\b"
    # Irish ("má tharlaíonn", if it happens)
    r"|\bmá tharlaíonn\b"
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

NOT_A_JOB = ""
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
_KO_ENTRUSTED = re.compile(
    r"(?:자리|포지션|직무|역할|직책|업무)(?:은|는|을|를)[^.!?\n]{0,40}?"
    r"다른 (?:지원자|후보자|분|인재|후보|사람)(?:분)?(?:께|에게|께서|이|가)[^.!?\n]{0,15}?"
    r"(?:맡기기로|맡기게|맡게|뽑기로|뽑게|모시기로|모시게|채용하게|선택하게) ?"
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
    r"iarrthóir|bhean|fhear)|d" + _AP + r"iarrthóir) eile\b"
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
)
