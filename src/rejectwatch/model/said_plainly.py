"""Is a step, a meeting or an offer said plainly? The guard's one reader of negations and
conditionals (issue 11, seventeenth pass, part D).

The guard (rejectwatch.model.classifier.held_back) holds below filing every message that offers
the reader the job or invites them to a step. Its readings in rejectwatch.model.steps_ahead and
rejectwatch.model.guard_abroad match the words of such a step; a rejection may say the same
words with the step taken away ("we won't be inviting you to interview", "Leider können wir
Ihnen die Stelle nicht anbieten", "面接にご案内することはできません"), or make them
conditional ("if you'd like feedback, book a time", "egal ob mit einer Einladung zum Gespräch
oder einer Absage"). Each reading asked this module whether its match stands:

* no negation before it in its clause, in any language the project reads (a clause ends at a
  full stop, a comma, a colon, a semicolon, a dash, a line's end, or their CJK forms); with
  ``regrets``, no regret word either ("unfortunately we have extended the offer to ...": a
  decision said for the reader; a meeting moved after a regret stands: "leider muss ich unser
  Gespräch verschieben");
* with ``inside``, none inside the match either, where a pattern spans words ("wir können
  Ihnen die Stelle leider nicht anbieten");
* in the languages whose verbs end their clause (Japanese, Korean, Chinese, Turkish), no
  negation just after it ("面接にご案内することはできません", "면접에 모시지 못하게",
  "mülakata davet edemiyoruz");
* no conditional before it in its sentence: languages.CONDITIONAL (the conditionals the
  decision readings know, in every language read) and English's, with the "whether" / "either
  way" words that only the guard reads as conditional (GUARD_ONLY below).

Before this module, steps_ahead and guard_abroad each had their own lists (a clause bounded by
stop characters, and a 60-character window), and steps_ahead a third list of conditionals
beside languages.CONDITIONAL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rejectwatch.model import languages
from rejectwatch.model import lazy_re as re
from rejectwatch.model.language_modules import joined
from rejectwatch.model.prefilter import OPENED, Prefiltered, branches

__all__ = [
    "COUNTERFACTUAL",
    "NEGATION",
    "REGRET",
    "RO_NOT",
    "Branches",
    "asked_not_to",
    "bounds",
    "clause_bounds",
    "said_plainly",
    "sentence_bounds",
]

# Twentieth pass, part H: short negations that are common words in another language read, kept
# out before that language's words. "ne" (French, the Slavic languages, Esperanto, Kurmanji) is
# Albanian "we" ("Ne ju ftojmë në një intervistë"), Romanian "us" ("să ne întâlnim") and Turkish
# "what" ("ne zaman", when; "ne kadar", how much); French "pas" is Dutch "just" or "only" ("we
# hebben je cv pas ontvangen", "pas na", "pas volgende week") and Albanian "after" ("pas
# shqyrtimit të dosjes suaj"). Haitian "non" is "name" before its possessives ("nou te wè non
# ou sou lis la epi nou envite w"); Finnish and Estonian "ei" is Romanian "her", "their" ("echipa
# ei vă invităm"), kept out before the Romanian words that follow it there.
_NE_ELSEWHERE = (
    r" (?:ju|jemi|kemi|do të|duam|dëshir\w*|gëzohemi|întâln\w*|vedem|auzim|zaman|kadar)\b"
)
_PAS_ELSEWHERE = (
    r"(?:ontvangen|gesproken|gezien|binnen|geleden|nog|na|sinds|vanaf|volgende|over|met|het|een|"
    r"bij|op|echt|begonnen|afgerond|bekend|morgen|later|"
    r"shqyrt\w*|intervist\w*|bised\w*|takim\w*|vlerës\w*|marrjes|kësaj)\b"
)
# A negation, in every language read. (Romanian "nu" is read apart, RO_NOT.)
NEGATION = re.compile(
    r"\b(?:not|no longer|never|unable|cannot|against|rather than|instead of|"
    # (sixty-second pass: and the Caribbean creoles' "doh", "doan", "cyaan", "nuh", "We doh have
    # a place for you right now, the post gone to somebody": a Grenadian refusal held as an
    # offer, slice 163)
    r"doh|dohn|doan|cyaan|caan|nuh|neva|"
    # German, Dutch, French, Spanish, Italian, Portuguese, Catalan
    r"gegen|nicht|kein\w*|niet|geen|ne(?![\-\u2011]| bucur| pare| face|" + _NE_ELSEWHERE + r")|"
    r"pas(?! " + _PAS_ELSEWHERE + r")|jamais|no|non(?! (?:ou|w|yo|nou|konpayi)\b)|não|nao|"
    # Polish, Czech, Slovak, Hungarian, Romanian
    r"nie|nemůž\w*|nemôž\w*|nelze|nebude\w*|nem|"
    # Swedish, Danish, Norwegian, Finnish
    r"inte|ej|ikke|ikkje|ei(?! (?:vă|din|de|și|au|sunt|vor|ne)\b)|emme|eivät|eikä|emmekä|eivätkä|"
    # Turkish, Greek, Russian, Ukrainian, Indonesian, Vietnamese, Arabic
    r"değil|δεν|не|tidak|belum|không|chưa|لا|لم|لن)\b"
    r"|n['\u2019]t\b|\bn['\u2019]"
    # Chinese (inside a run of letters: no \b)
    r"|无法|無法|不能|未能|没有|沒有" + joined("NEGATION")  # rejectwatch.model.language_modules
)
# Romanian "nu" only before a pronoun or a verb, which may open the match ("nu vă invităm la
# interviu"): it is "now" in Dutch and Swedish ("we willen je nu uitnodigen", "vi tar nu
# referenser").
RO_NOT = re.compile(r"\bnu (?:vă|te|vom|putem|am|a|este|ați|sunteți|îți|ne)\b")
# A regret, which blocks a decision said for the reader (an offer, an invitation, the reader
# moved on), not a meeting moved or a step asked.
REGRET = re.compile(
    r"\b(?:unfortunately|regret|regrettably|sadly|leider|malheureusement|lamentablemente|"
    r"desafortunadamente|lamentablement|malauradament|purtroppo|infelizmente|helaas|niestety|"
    r"tyvärr|desværre|dessverre|valitettavasti|bohužel|žiaľ|sajnos|din păcate|maalesef|"
    r"δυστυχώς|к сожалению|на жаль|sayangnya|rất tiếc|للأسف|مع الأسف)\b"
    r"|遗憾|遺憾|残念" + joined("REGRET")  # rejectwatch.model.language_modules
)
# Just after a match, where the verb ends its clause: Japanese, Korean, Chinese, Turkish, and the
# languages of India, Pakistan and Iran read.
NEGATED_AFTER = re.compile(
    r"でき(?:ません|ない|かね)|いたしかね|致しかね|見送|ず[、。]|못|않|어렵|不|无法|無法"
    # Turkish: a verb's negative suffix ("davet edemiyoruz", "etmeyeceğiz", "istemiyoruz";
    # not "umuyoruz", we hope)
    r"|\b\w+(?<!\bu)m[ıiuü]yor|\b\w+m[ae]y(?:ece|aca)|\b\w+m[ae]d[ıi]k|\b\w+[ea]m(?:ez|az|ey|ay)"
    r"|\bdeğil\b"
    # twentieth pass, part D: the other languages read whose verb, and its negation, end the
    # clause: Hindi, Urdu, Persian, Bengali, Telugu, Tamil, Marathi, Nepali, Gujarati, Punjabi
    # ("नियुक्ति पत्र आपको नहीं जा पाएगा", "साक्षात्कार के लिए आमंत्रित नहीं कर पाएँगे",
    # "پیشنهاد همکاری به شما ارائه نمی‌دهیم", "ఆఫర్ లెటర్ ఇవ్వలేము"); each with its verb, not the
    # bare word ("…, कोई शुल्क नहीं", no fee; "ভুলবেন না", don't forget)
    r"|नहीं (?:कर|दे|भेज|जा|बुला|हो|पा|सक)|نہیں (?:کر|دے|بھیج|سک|بلا|ہو)"
    r"|نمی(?=[\u200c ]?[\u0600-\u06ff])|نداریم|نخواهیم"
    r"|(?:পারব|পারবো|পারছি|পারি|হবে) না|లేము|లేకపోతున్నాము|లేకపోయాము|இயலாது|முடியாது"
    r"|शकत नाही|शकणार नाही|सक्दैनौं|सक्दैनौ|શકતા નથી|શકીએ નહીં|ਨਹੀਂ (?:ਕਰ|ਦੇ|ਸਕ)"
    # (fifty-eighth pass: and Slovak and Czech with the modal last, "a tak Vám prácu ponúknuť
    # nemôžeme", slice 133)
    r"|\bnem[ôů]ž(?:eme|em|e|u)\b|\bnemožno\b|\bnelze\b"
    # (and Lithuanian, "darbo pasiūlyti negalime", slice 135)
    r"|\bnegalime\b|\bnegalėsime\b"
)
AFTER = 20  # characters read after a match for NEGATED_AFTER
# What the sender would have liked to do and did not ("we would have liked to offer you the role,
# but it went to someone internal", "it would have been an honour to appoint you as our chair;
# sadly ..."): the guard's conditional, and negation's in an offer's clause (not "you would have
# heard", "we'd have been in touch sooner")
COUNTERFACTUAL = re.compile(
    r"\b(?:(?:would|could|might)(?: have|['\u2019]ve)|['\u2019]d have) (?:liked|loved|wanted|"
    r"hoped|been (?:(?:so|very|really|more than|truly) )?(?:an? )?(?:glad|happy|pleased|delighted|"
    r"proud|thrilled|keen|honou?r|pleasure|privilege))\b"
    r"|\b(?:had|we['\u2019]d) hoped to\b|\bwish(?:ed)? (?:we|i) (?:could|had been able)\b"
)
# The "whether" and "either way" words, read as conditional by the guard alone ("Wir melden uns,
# ob mit einer Einladung zum Gespräch oder einer Absage"), and "if you'd like / prefer" in the
# languages whose "if" is also a reflexive or "about" ("se preferir", "om det passer")
GUARD_ONLY = (
    r"|\b(?:whether|either way|should you|in case|que ce soit|ya sea|sia che|oavsett|uanset|"
    r"uansett|om det|se (?:preferir|desidera|vuoi|quiser|precisar)|ha szeretn\w*)\b"
)
CONDITIONAL = re.compile(r"\b(?:if|unless)\b" + languages.CONDITIONAL + GUARD_ONLY)

CLAUSE_STOPS = (
    ".", "!", "?", "\n", ";", ",", ":", " - ", " \u2013 ", " \u2014 ",
    "\u3002", "\uff0c", "\u3001", "\uff01", "\uff1f", "\u060c", "\u0964",
)  # fmt: skip
SENTENCE_STOPS = (".", "!", "?", "\n", "\u3002", "\uff01", "\uff1f", "\u0964")
_AFTER_STOPS = (".", "!", "?", "\n", "\u3002", "\u0964")


def bounds(lowered: str, start: int, end: int, stops: tuple[str, ...]) -> tuple[int, int]:
    """The span around ``start``..``end`` up to the nearest of ``stops`` on either side."""
    left = max(lowered.rfind(stop, 0, start) for stop in stops) + 1
    ends = [at for at in (lowered.find(stop, end) for stop in stops) if at >= 0]
    return left, min(ends, default=len(lowered))


def clause_bounds(lowered: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause around ``start``..``end`` (CLAUSE_STOPS)."""
    return bounds(lowered, start, end, CLAUSE_STOPS)


def sentence_bounds(lowered: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around ``start``..``end`` (SENTENCE_STOPS)."""
    return bounds(lowered, start, end, SENTENCE_STOPS)


def said_plainly(
    lowered: str, start: int, end: int, *, regrets: bool = False, inside: bool = False
) -> bool:
    """Is ``lowered[start:end]`` (a reading's match) said plainly: no negation before it in its
    clause (with ``regrets``, no regret either; with ``inside``, neither inside it), none just
    after it where a verb ends the clause, and no conditional before it in its sentence?"""
    left = max(lowered.rfind(stop, 0, start) for stop in CLAUSE_STOPS) + 1
    upto = end if inside else start
    if NEGATION.search(lowered, left, upto) or RO_NOT.search(lowered, left, end):
        return False
    if regrets and REGRET.search(lowered, left, upto):
        return False
    right = end + AFTER
    ends = [at for at in (lowered.find(stop, end, right) for stop in _AFTER_STOPS) if at >= 0]
    if NEGATED_AFTER.search(lowered, end, min(ends, default=right)):
        return False
    sentence = max(lowered.rfind(stop, 0, start) for stop in SENTENCE_STOPS) + 1
    # (twenty-third pass, part L: nor what the sender would have liked to do, read up to the
    # match's end: "it would have been an honour to appoint you")
    return (
        CONDITIONAL.search(lowered, sentence, start) is None
        and COUNTERFACTUAL.search(lowered, sentence, end) is None
    )


# Nineteenth pass, part H: a request made a refusal by a negation inside it or just after its
# verb ("Bitte senden Sie uns keine weiteren Unterlagen", "please do not send further
# documents", "Stuur ons geen verdere documenten"), read from the request's start to its clause's
# end, at most NOT_TO_REACH characters past it; not a deadline or an aside that only sounds
# negative ("no later than Friday", "whether or not", "don't hesitate to call").
NOT_TO_REACH = 40
_NOT_A_REFUSAL = re.compile(
    r"(?:no|not|nicht) (?:later|more|earlier|später|früher) (?:than|als)\b|not only\b|nicht nur\b"
    r"|(?:no|not|n['\u2019]t|nicht|pas|ne) (?:\w+ )?(?:forget|hesitate|vergessen|zögern|oubliez|"
    r"hésitez|dudes|esitate)|pas plus tard\b|non oltre\b|no más tarde\b|n['\u2019]oubliez\b"
    r"|n['\u2019]hésitez\b"
)
# French "ne" is a negation with its "pas" ("merci de ne pas nous renvoyer"); alone after a
# request it is Romanian "us" ("vă rugăm să ne trimiteți o copie")
_NE_ALONE = re.compile(r"ne\b(?![^.!?\n]{0,30}?\b(?:pas|plus|jamais|rien|aucun\w*|guère)\b)")
_OR_BEFORE = re.compile(r"\b(?:or|oder|ou|o|of|lub|eller)\s*$")


def asked_not_to(lowered: str, start: int, end: int) -> bool:
    """Is the request ``lowered[start:end]`` one NOT to do a thing: a negation inside it or at
    most NOT_TO_REACH characters after it in its clause, not one of _NOT_A_REFUSAL's phrases,
    nor "or not", nor a "ne" without its "pas"?"""
    right = min(clause_bounds(lowered, start, end)[1], end + NOT_TO_REACH)
    return any(
        not (
            _NOT_A_REFUSAL.match(lowered, at)
            or _NE_ALONE.match(lowered, at)
            or _OR_BEFORE.search(lowered, max(start, at - 8), at)
        )
        for at in (negation.start() for negation in NEGATION.finditer(lowered, start, right))
    )


class Branches:
    """A reading searched branch by branch, each only where its own words stand: one search of
    the whole alternation tries every branch at every position of the text (about four times
    the guard's cost on a rejection, measured)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.parts = tuple(Prefiltered(part) for part in branches(pattern))
        # p16: each branch by its slot in prefilter.OPENED (given in the branches' order), when
        # every branch has one: a rejection's text held the words of 5 of the guard's 261
        # branches, and asking each Prefiltered.search (which tests its strings in the text
        # again) cost about 40 us a rejection
        self.by_slot = (
            {part.slot: part.pattern for part in self.parts}
            if all(part.slot >= 0 for part in self.parts)
            else None
        )
        self.slots = frozenset(self.by_slot or ())

    def finditer(self, lowered: str) -> Iterator[re.Match[str]]:
        searches: list[tuple[Callable[[str], re.Match[str] | None], re.Pattern[str]]]
        if self.by_slot is None:
            searches = [(part.search, part.pattern) for part in self.parts]
        else:
            # (one automaton, passed once over the text for every prefiltered pattern, tells the
            # branches whose words stand in it; searched in the branches' order)
            by_slot = self.by_slot
            patterns = [by_slot[slot] for slot in sorted(OPENED.open_among(lowered, self.slots))]
            searches = [(pattern.search, pattern) for pattern in patterns]
        for search, pattern in searches:
            first = search(lowered)
            if first is not None:
                yield first
                yield from pattern.finditer(lowered, first.end())
