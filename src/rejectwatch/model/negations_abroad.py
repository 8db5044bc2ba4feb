"""Negation marks in the other languages read (issue 11, twenty-first pass, part F).

The negation and regret cues of rejectwatch.model.negation are English: a German "Leider
können wir Ihnen keine Stelle anbieten", a Russian "к сожалению, мы не можем" or a Hindi "हम
आपको आगे नहीं बढ़ा सकते" got no ``neg_`` mark at all, while its English twin got marks the model
weighs. :func:`marks` writes the same marks for the negation and regret words of the languages
the training mail is written in most: German, Dutch, French, Spanish, Italian, Portuguese,
Catalan, Polish, Czech, Slovak, Russian, Ukrainian, Belarusian, Bulgarian, Greek, Hindi,
Marathi, Swedish, Danish, Norwegian, Finnish, Estonian, Hungarian, Romanian, Turkish (its
separate "değil" only), Arabic, Indonesian and Vietnamese.

Marks only: these cues put no sentence into the refusal-sentence block and read no decision
(the language modules' readings do that); they add ``neg_<word>`` tokens to the message block,
or ``hyp_<word>`` ones behind a conditional of any language read earlier in the sentence
(rejectwatch.model.languages.CONDITIONAL) or in a sentence holding a "not yet" or "when" of any
language read (languages.NOT_YET: "noch nicht", "pas encore", "dès que"), as negation reads a
decision still pending anywhere in its sentence.

The scope is the English one: up to five content words after the cue, to the end of its clause
(negation._CLAUSE). Verb-final clauses ("Wir berücksichtigen Ihre Bewerbung nicht.", Turkish
"uygun değil") leave nothing after the cue: the scope is then the up to five content words
before it in its clause. Not read: scripts written without spaces (Japanese, Chinese, Thai:
negation._WORD makes no word of them), Turkish and the other agglutinating languages' negation
inside the verb ("-me-", "-ma-"), the Czech and Slovak prefix "ne-" but for a few common verbs.

A short cue that is another language's common word is read only where it is a negation: French
"ne" only with its "pas", "plus", "jamais" (it is Albanian "we", Romanian "us", Turkish
"what"); "non" not as an English prefix ("non-refundable") nor after "ou", "o" ("positive ou
non", whether or not); Spanish "no" only before a Spanish verb, clitic or auxiliary (it is
Portuguese "in the", "no processo", and an English word); Finnish "ei" not before the Romanian
words that follow it as "her, their".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from rejectwatch.model import languages
from rejectwatch.model import lazy_re as re
from rejectwatch.model.phrases import Phrases

__all__ = ["marks"]

# A letter of any script, the Indic vowel signs and viramas counted (as negation._WORD counts
# them): the cues' edges, so "नहीं", whose last signs are no \w, ends where the word ends.
_INDIC_MARKS = "".join(
    chr(code) for code in range(0x0900, 0x0E00) if unicodedata.category(chr(code)) in ("Mn", "Mc")
)
_LETTER = f"(?:[^\\W\\d_]|[{_INDIC_MARKS}])"

# Romanian "nu" is read before these only (it is Dutch "now")
_RO_AFTER_NU = (
    r"putem|vom|am|a|ați|ai|este|sunt|mai|îndeplin\w*|vă|ne|te|se|ar|avem|există|corespunde\w*|"
    r"continuăm|veți|vei|o|l|le|i|s-a|ați fost|ai fost|a fost|ne-am|v-am|poate|pot|puteți"
)
# Spanish "no" is read before these only (Portuguese "no" is "in the", and English has it)
_ES_AFTER_NO = (
    r"ha|han|hemos|he|has|hubo|fue|fuimos|fueron|es|son|era|eran|está|están|estamos|podemos|"
    r"podremos|podido|puedo|puede|pueden|podrá|podrán|podría|podríamos|será|serán|sería|se|le|"
    r"les|lo|los|te|os|nos|me|hay|cumple|cumples|cumplía|cumplen|continuar|continuaremos|"
    r"continuará|seguir|seguiremos|seguirá|avanzar|avanzará|avanzaremos|avanzas|pasa|pasas|"
    r"pasará|pasó|resultó|tenemos|tiene|tienes|contamos|vamos|va|encaja|encajas|coincide|quedó|"
    r"quedaste|disponemos|dispone|obtuvo|superó|supera|superaste|ajusta|ajustaba|procede|"
    r"seleccionado|seleccionada|elegido|elegida|estás|continúa|sigue|avanza|fuiste|eres"
)
# French "ne" or "n'" with its second word, not before the Albanian words after "ne" (we)
_FRENCH_NE = (
    r"(?:ne\b|n['\u2019])(?! (?:ju|jemi|kemi|do|duam|zaman|kadar)\b)\s*(?:\w+['\u2019]?\s*){0,3}?"
    r"(?:pas|plus|jamais|guère)"
)
_RO_NU = r"(?= (?:" + _RO_AFTER_NU + r")\b)"
# "non" not as an English prefix, nor in "whether or not" ("positive ou non")
_NON_AFTER = r"(?<!\bou non)(?<!\bo non)(?<!\boder non)(?![\-\u2010\u2011])"
_CUE = re.compile(
    f"(?<!{_LETTER})(?:"
    # German
    r"nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|leider|bedauerlicherweise|"
    r"bedauern|"
    # Dutch
    r"niet|geen|helaas|" + _FRENCH_NE + r"|aucun|aucune|malheureusement|"
    # French (and Italian "non"); "ne" only with its second word
    # ("non" not as an English prefix, "non-refundable", nor in "whether or not", "ou non")
    r"non" + _NON_AFTER + "|"
    # Spanish, Catalan, Italian, Portuguese
    r"no(?= (?:" + _ES_AFTER_NO + r")\b)|ningún|ninguno|ninguna|lamentablemente|"
    r"desafortunadamente|lamentamos|malauradament|nessun|nessuno|nessuna|purtroppo|"
    r"spiacenti|não|nao|nenhum|nenhuma|infelizmente|"
    # Polish, Czech, Slovak
    r"nie|niestety|żaden|żadna|żadne|żadnej|żadnego|bohužel|bohužiaľ|žiaľ|nemůžeme|nemohu|"
    r"nemohli|nebudeme|nebude|nebyl|nebyla|nebylo|nebyli|nemáme|nelze|nemôžeme|nemôžem|nebol|"
    r"nebola|neboli|"
    # Russian, Ukrainian, Belarusian, Bulgarian
    r"не|нет|ні|к сожалению|на жаль|нажаль|за съжаление|"
    # Greek
    r"δεν|όχι|μην|δυστυχώς|"
    # Hindi, Marathi
    r"नहीं|नही|नाही|नाहीत|दुर्भाग्यवश|दुर्भाग्य से|खेद|"
    # Swedish, Danish, Norwegian
    r"inte|ej|icke|ikke|ikkje|tyvärr|dessvärre|desværre|dessverre|beklageligvis|"
    # Finnish, Estonian ("ei" not as the Romanian "her, their")
    r"ei(?! (?:vă|din|de|și|au|sunt|vor|ne|a|o|să)\b)|emme|eivät|valitettavasti|kahjuks|"
    # Hungarian, Romanian, Turkish
    r"nem|sajnos|sajnálattal|nu" + _RO_NU + r"|din păcate|regretăm|değil|maalesef|"
    # Arabic, Indonesian and Malay, Vietnamese
    r"لا|لم|لن|ليس|للأسف|tidak|sayangnya|không|rất tiếc"
    f")(?!{_LETTER})"
)
# The words (\w+, as re splits them: "नहीं" is "नह", "n'" is "n") a text must hold for _CUE to
# match in it, each cue by its first (tests/test_negations_abroad.py checks that every cue's
# first word is here): most mail is English and holds none, or only "no", "non", "nu", "ne" or
# the "n" of "n/a", tested then by the cue's own pattern (see marks)
_FIRST_WORDS = (
    "nicht kein keine keinen keinem keiner keines nie niemals leider bedauerlicherweise "
    "bedauern niet geen helaas ne n aucun aucune malheureusement non no ningún ninguno ninguna "
    "lamentablemente desafortunadamente lamentamos malauradament nessun nessuno nessuna "
    "purtroppo spiacenti não nao nenhum nenhuma infelizmente niestety żaden żadna żadne żadnej "
    "żadnego bohužel bohužiaľ žiaľ nemůžeme nemohu nemohli nebudeme nebude nebyl nebyla nebylo "
    "nebyli nemáme nelze nemôžeme nemôžem nebol nebola neboli не нет ні к на нажаль за δεν όχι "
    "μην δυστυχώς नह न द ख inte ej icke ikke ikkje tyvärr dessvärre desværre dessverre "
    "beklageligvis ei emme eivät valitettavasti kahjuks nem sajnos sajnálattal nu din regretăm "
    "değil maalesef لا لم لن ليس للأسف tidak sayangnya không rất"
)
_FIRST = frozenset(_FIRST_WORDS.split())
# an ASCII text's \w+ words are its runs of [A-Za-z0-9_]: its bytes with every other byte a
# space (bytes.translate, in C). Twenty-first pass, part T: the first words among them are found
# by one Aho-Corasick pass (rejectwatch.model.phrases, Rust) over that text between two spaces,
# each word a phrase between two spaces, " nie ": only whole words match ("nie" in "companies"
# is no occurrence), and no list of the text's words is made (bytes.split made one, and the
# set intersection hashed each of its words: 9-19 us a text, about half with the automaton)
_ASCII_FIRST = sorted(word for word in _FIRST if word.isascii())
_ASCII_WORDS = Phrases([f" {word} " for word in _ASCII_FIRST])
_SPACES = bytes(
    code if chr(code).isascii() and (chr(code).isalnum() or chr(code) == "_") else 32
    for code in range(256)
)
_TOKEN = re.compile(r"\w+")
# the short cues' own tests, each opening on its literal (re searches such a pattern fast)
_SPANISH_NO = re.compile(f"no(?<!{_LETTER}no)(?= (?:{_ES_AFTER_NO})\\b)")
_NON = re.compile(f"non(?<!{_LETTER}non)" + _NON_AFTER + f"(?!{_LETTER})")
_FRENCH = re.compile(f"(?=n)(?<!{_LETTER})" + _FRENCH_NE + f"(?!{_LETTER})")
_ROMANIAN_NU = re.compile(f"nu(?<!{_LETTER}nu)" + _RO_NU)
# Any language's conditional before the cue, or "not yet" anywhere in its sentence
# (rejectwatch.model.languages and the language modules)
_CONDITIONAL = re.compile(r"(?!x)x" + languages.CONDITIONAL)
_NOT_YET = re.compile(r"(?!x)x" + languages.NOT_YET)
_WORD = re.compile(f"(?:{_LETTER}){{3,}}")
# (twenty-sixth pass, part S: in ASCII text _LETTER's letters, and negation._WORD's, are
# [A-Za-z] (\w less digits and "_"; the marks and the scripts negation leaves out are none of
# ASCII), so an ASCII text's words are found by the plain class: 13 -> 3 us a cue's scope of 60
# characters, where the engine tried the alternation of two classes, one of 400 marks, at each
# character; tests/test_fast_openings.py)
ASCII_WORD = re.compile(r"[A-Za-z]{3,}")
_CLAUSE = re.compile(r"[^.!?\n;:]{0,60}")
_BEFORE = re.compile(r"[^.!?\n;:,]{0,60}$")
_STOP = re.compile(r"[.!?\n]")
_SCOPE = 5
# Function words no mark is made of: English (negation._SKIP), the cues themselves, and the
# pronouns and articles of the languages read
_SKIP_WORDS = (
    "the and that this with for your you our are was were been have has had will would able any "
    "these those from into about its their them they which who whom nicht kein keine keinen "
    "keinem keiner keines leider niet geen helaas pas plus jamais aucun aucune non ningún "
    "ninguno ninguna nessun nessuno nessuna não nao nenhum nenhuma nie niestety нет δεν όχι μην "
    "नहीं नाही inte ikke ikkje valitettavasti nem sajnos değil tidak không wir ihnen ihre ihr "
    "sie der die das den dem des und eine einen einem einer ist sind haben hat uns dass dich "
    "dir deine wij jij het een ons uw jouw zijn hebben dat die voor met nous vous votre vos les "
    "des une est sont avons que qui pour avec dans los las una nos les usted sus para con por "
    "del noi vostra vostro sua suo che per gli della nós você seu dos das się nas pan pani pana "
    "państwa jest być мы вас вам ваш вашу вашей что для это εμείς σας την του και हम आपको आपकी "
    "आपका है हैं vår vil att och det för vad och jag dig din til med for har som meg deg dere "
    "teidän että olla sie"
)
_SKIP = frozenset(_SKIP_WORDS.split())


# (lowered, sentence start, sentence end, cue start) -> is the cue read as a conditional's?
Conditional = Callable[[str, int, int, int], bool]


def marks(lowered: str, conditional: Conditional) -> list[str]:
    """``neg_<word>`` (``hyp_<word>`` behind a conditional of its sentence) for the words each
    negation or regret cue of another language governs in ``lowered`` (negation._cue_text);
    ``conditional`` is negation's own test of a cue (a rule sentence, a quotation, a class of
    applicants, a conditional or a pending decision read in English or any language)."""
    held = _first_words(lowered)
    if "no" in held and _SPANISH_NO.search(lowered) is None:
        held.discard("no")
    if "non" in held and _NON.search(lowered) is None:
        held.discard("non")
    if "nu" in held and _ROMANIAN_NU.search(lowered) is None:
        held.discard("nu")
    if held.intersection(("n", "ne")) and _FRENCH.search(lowered) is None:
        held.difference_update(("n", "ne"))
    return _marks_of(lowered, conditional) if held else []


def _first_words(lowered: str) -> set[str]:
    """The words of _FIRST among ``lowered``'s ``\\w+`` words (what ``_TOKEN.findall`` finds)."""
    if lowered.isascii():
        spaced = " " + lowered.encode().translate(_SPACES).decode() + " "
        return {_ASCII_FIRST[index] for _, _, index in _ASCII_WORDS.find(spaced)}
    return set(_FIRST.intersection(_TOKEN.findall(lowered)))


def _words(text: str) -> list[str]:
    """``_WORD.findall(text)``: in ASCII text by the plain class of its letters (twenty-sixth
    pass, part S: ASCII_WORD)."""
    return (ASCII_WORD if text.isascii() else _WORD).findall(text)


def _marks_of(lowered: str, conditional: Conditional) -> list[str]:
    """:func:`marks`, without the test of the words ``lowered`` holds."""
    found: list[str] = []
    for cue in _CUE.finditer(lowered):
        start, end = cue.span()
        left = max(lowered.rfind(stop, 0, start) for stop in ".!?\n") + 1
        after = _STOP.search(lowered, end)
        right = after.start() if after else len(lowered)
        # (a "not yet" anywhere in the sentence, as negation's pending decisions: "aucune
        # décision n'a encore été prise, nous reviendrons vers vous dès que …")
        hypothetical = (
            _CONDITIONAL.search(lowered, left, start)
            or _NOT_YET.search(lowered, left, right)
            or conditional(lowered, left, right, start)
        )
        clause = _CLAUSE.match(lowered, end)
        words = [w for w in _words(clause.group() if clause else "") if w not in _SKIP]
        if not words and not lowered.startswith("?", right):
            # a verb-final clause: the negation closes it ("… Ihre Bewerbung nicht."); not a
            # question's tag (Vietnamese "… không?")
            before = _BEFORE.search(lowered, left, start)
            words = [w for w in _words(before.group() if before else "") if w not in _SKIP]
            words = words[-_SCOPE:]
        prefix = "hyp_" if hypothetical else "neg_"
        found.extend(prefix + word for word in words[:_SCOPE])
    return found
