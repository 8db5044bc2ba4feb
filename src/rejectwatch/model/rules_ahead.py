# ruff: noqa: RUF003  (Cyrillic and Greek letters are the words read)
"""Rules about a decision still ahead, told in the words of one taken (issue 11, eighteenth
pass, part D).

An application confirmation often says what will happen if the reader hears nothing: "no call
from me by Sunday = we picked someone else", "28 days without a word from us means this
application hasn't worked out", "Not heard back by the 20th? Then the role has gone to another
applicant". The decision in it is written in the past tense, as one taken, but it is the
consequence of a condition that has not come about: a rule, not a refusal. The readings knew
"if", "unless", "no word from us" and a stretch of time that "means" no; these shapes slipped
past them and filed confirmations (blind slice 16: four of them, 0.93-0.95). Read here:

* **silence within a time** (SILENCE, a branch of negation's conditional words): an absence of
  word ("no call", "nothing", "without a word", "absent a reply", "failing an invitation",
  "not had a call", "haven't heard back", "heard nothing") from the sender's side (never "from
  you": the reader's silence, a real closure), bounded by a time ("by Sunday", "within 14
  days", "in two weeks", "after the 14th");
* **a consequence written as a sign** (``=``, ``->``, ``=>``, an arrow) after a negation or an
  absence and a time: "Not shortlisted within 3 weeks = unsuccessful this time", "Keine
  Nachricht bis Freitag = ...", "Geen bericht binnen twee weken = ...": the whole sentence is
  the rule (not a portal's "Not progressed -> Closed", which names no time);
* **the consequence of a silence asked** ("Haven't heard back by the 20th? Then the role has
  gone to another applicant"): the sentence after such a question;
* **a rule opened as one** ("Where an application has been unsuccessful, the status changes to
  Closed", "Where we decide to pursue ...", "Most applicants don't make the shortlist"): a case
  or a class, not the reader;
* **an absence of word that "means" the consequence, in the languages read** ("Keine
  Rückmeldung von uns bis Freitag bedeutet, dass ...", "Pas de nouvelles ... cela signifie
  que ..."), as English "no word from us ... means";
* **a class of applicants defined by a refusal and then told of it** ("applicants who have not
  been selected are notified through the portal", "those who aren't shortlisted get an
  email"), or by lateness ("applications received after the deadline will not be
  considered"), like the class negation already read ("unsuccessful applicants will be
  notified");
* **the chosen as a class in a process described in the present or future** ("the video
  interview invitation goes out to selected applicants in January", "selected candidates
  receive an invitation in week 3", "candidates selected for interview will hear from us"): no
  choice made yet, unless the sentence says one was ("we have invited selected candidates");
  nor in the advert "closed to new applicants";
* **another round or a habit** ("last year we hired someone else for this role", "we usually
  go with candidates who ..."): no decision on the reader's application.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rejectwatch.model import (
    cases_listed,
    filled_ahead,
    holder_left,
    none_refused,
    other_cases,
    paused_search,
    reader_to_act,
    score_rules,
    told_ahead,
)
from rejectwatch.model import lazy_re as re
from rejectwatch.model.last_text import per_text
from rejectwatch.model.prefilter import OPENED, Prefiltered
from rejectwatch.model.said_plainly import bounds

__all__ = [
    "SILENCE",
    "a_class_before",
    "another_time",
    "choice_made",
    "no_choice",
    "pool_not_yet",
    "rule_sentence",
]

# What the sender might have sent ("a call", "any word", "an interview invitation"), and who
# from (never the reader: "no reply from you by the deadline" is the reader's silence, and the
# closure it brings is a refusal)
_SENT = other_cases.SENT
_FROM = r"(?: back)?(?: from (?!you\b)[a-z]+(?: [a-z]+)?)?"
# A time the silence is bounded by ("by Sunday", "by the 9th", "within 14 days", "in two
# weeks", "after the 14th", "after 3 weeks"); not "by the deadline", "by the closing date"
# (the reader's time to answer), nor "by email", "by phone" (a channel)
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)"
_WITHIN = (
    r" (?:(?:by|before|until)(?! (?:the )?(?:deadline|closing date|due date|way|email|e-mail|"
    r"phone|post|letter|text|the way)\b)(?= (?:the |this |next |end |mid|early |late )?"
    r"(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|"
    r"close|then|tomorrow|tonight|week|month|noon|midday))"
    # (twenty-fourth pass, part B: the reader's date with the sender's time added, "by the
    # closing date plus 14 days", is the sender's time)
    r"|(?:by|before|until) (?:the )?(?:deadline|closing date|due date) (?:plus|\+) "
    r"|within\b|inside\b"
    r"|(?:in|after|over) (?:the next |the coming |under |more than )?"
    + _NUMBER
    + r"(?: working| business| calendar)? (?:days?|weeks?|months?|fortnight)\b"
    r"|after (?:the |that\b|this\b|\d)"
    r")"
)
# Silence within a time, from the sender's side: a branch of negation._CONDITIONAL. The
# absence opens it ("no" only before what was sent: "no later than" is no silence; the heard-
# forms not after "we" or "I": "we haven't heard from you by Friday" is the reader's silence)
SILENCE = (
    # (fifty-eighth pass: or "nowt", "Hear nowt by month end and we've gone with somebody else",
    # slice 137)
    r"\b(?:no(?: single| further)? " + _SENT + "|(?:nothing|nowt|nought|naught|without|absent|"
    r"failing|"
    r"in the absence of|heard nothing|"
    # (twenty-third pass, part P: "lack of a response by 1 June means ...", "the absence of any
    # contact within a month means ...")
    r"(?:a |the )?(?:lack|absence) of|"
    # (the lookbehinds after the words: before them, tried at every position, they tripled the
    # conditional's time)
    r"(?:not(?<!\bwe not)(?<!\bi not)(?<!\bwe have not)(?<!\bi have not)(?<!\bwe['\u2019]ve not)"
    r"(?<!\bi['\u2019]ve not)|haven['\u2019]t(?<!\bwe haven['\u2019]t)(?<!\bi haven['\u2019]t)"
    # (fifty-eighth pass: or "not called", "Not called within a month? Then take it …", slice 137)
    r"|havent(?<!\bwe havent)(?<!\bi havent))(?: yet)? (?:heard|had|called|contacted|rung|"
    r"phoned)(?: anything)?)"
    r"(?: (?:a|an|any|a single|one))?(?: " + _SENT + ")?)" + _FROM + _WITHIN
)
# ... and in the languages read, an absence of word that "means" the consequence (read by
# rule_sentence, only in a sentence holding one of _MEANS: a branch of the conditional's, it
# cost every sentence a scan) ("Keine Rückmeldung
# von uns bis Freitag bedeutet, dass ...", "Pas de nouvelles de notre part d'ici le 15 mai :
# cela signifie que ...", "Nessuna risposta entro il 15 maggio significa che ...", "Inget
# besked från oss före 15 maj betyder att ..."), as English "no word from us ... means"
# "means" in the languages read by further_languages and world_languages, and the others read
# before whose word for it f18 left out (nineteenth pass, part D)
_MEANS_FURTHER = (
    "|nozīmē|reiškia|tähendab|znači|значи|pomeni|означава|означает|означає|σημαίνει|jelenti|"
    "anlamına|thotë|þýðir|beteken|berarti|bermakna|inamaanisha|mənasını|degani|"
    "білдіреді|гэсэн үг|ნიშნავს|նշանակում|مطلب|অর্থ|அர்த்தம்|అర్థం|अर्थ"
)
# ... the silence they mean: a negated verb of contact or of news in those languages ("ja …
# nesazināsimies", "jei … nesusisieksime", "kui me … ühendust ei võta", "ako se ne javimo",
# "če se ne oglasimo", "ако не се свържем", "если мы не свяжемся", "якщо ми не зв'яжемося",
# "αν δεν επικοινωνήσουμε", "ha nem jelentkezünk", "dönüş yapmazsak", "nëse nuk ju kontaktojmë",
# "jika kami tidak menghubungi", "as ons nie … kontak nie"), or a noun of news with a negation
_SILENT_FURTHER = re.compile(
    r"\b(?:nesazin\w*|nesaņem\w*|nedzird\w*|nesusisiek\w*|negaus\w*|neišgirs\w*|"
    r"ühendust ei|ei võta\w* ühendust|vastust ei|ne javimo|ne javi\w*|ne oglasimo|ne oglasi\w*|"
    r"ne dobijete|ne prejmete|не се свърж\w*|не получите|не свяж\w*|не зв['\u2019]яж\w*|"
    r"не отрима\w*|не чуете|нема вести|δεν επικοινωνήσ\w*|δεν λάβετε|δεν ακούσετε|"
    r"nem jelentkez\w*|nem kap\w*|nem hall\w*|dönüş yapmaz\w*|haber alamaz\w*|"
    r"nuk ju kontakt\w*|nuk merrni|tidak menghubungi|tidak ada kabar|tidak mendapat kabar|"
    r"tiada berita|nie kontak|geen terugvoer|ekki heyrt|hakuna habari|"
    r"xəbər (?:almasanız|verməsək)|javob (?:olmasangiz|bermasak))"
    # (before the "means": "this means you won't get …" is a refusal explained)
    r"(?=[^.!?\n]{0,80}(?:" + _MEANS_FURTHER[1:] + "))"
)
_MEANS = re.compile(
    "bedeutet|heißt|signifie|veut dire|significa|betekent|betyder|betyr|tarkoittaa|oznacza|znamen|"
    # (nineteenth pass, part D: and the languages read since, blind slice 17's Latvian "Ja divu
    # nedēļu laikā nesazināsimies, tas nozīmē, ka …")
    "înseamnă|inseamna" + _MEANS_FURTHER
)
_SILENCE_MEANS = re.compile(
    r"\b(?:keine?n?|kein|pas de|aucune?|nessun[ao]?|ningun[ao]?|ningún|nenhum[ao]?|sem|geen|"
    r"inget|ingen|intet|brak|żadn\w+|žádn\w+|nicio|niciun"
    # (twenty-second pass, part D: an absence named, "la ausencia de noticias", "la falta de
    # respuesta", "l'absence de réponse", "das Ausbleiben einer Antwort", "a falta de resposta")
    r"|ausencia de|falta de|absence de|ausbleiben (?:einer|von|der)|assenza di|mancanza di)"
    r"(?: \w+)? (?:rückmeldung|nachricht|"
    r"antwort|bescheid|nouvelles?|réponse|retour|risposta|notizie|riscontro|respuesta|noticias|"
    r"resposta|notícias|retorno|contacto|contato|reactie|bericht|antwoord|besked|svar|"
    r"meddelande|tilbakemelding|odpowiedzi|informacji|zprávy|odpověď|răspuns|vești"
    # (and Polish news and contact: blind slice 20's "Brak wiadomości do końca miesiąca
    # oznacza, że wybrano inne osoby", "brak kontaktu z naszej strony", "brak odzewu")
    r"|wiadomości|kontaktu|odzewu|sygnału|telefonu)\b"
    r"(?=[^.!?\n]{0,80}\b(?:bedeutet|heißt|signifie|veut dire|significa|significará|betekent|"
    r"betyder|betyr|tarkoittaa|oznacza|znamená|znamena|înseamnă|inseamna)\b)"
)
_SILENCE = re.compile(SILENCE)
_TIME = re.compile(
    r"\b"
    + _WITHIN[1:]
    # the time of the languages read, before a sign ("keine Nachricht bis Freitag = ...", "geen
    # bericht binnen twee weken = ...", "sans nouvelles sous trois semaines = ...")
    + r"|\b(?:bis|binnen|innerhalb|sous|d['\u2019]ici|avant|dentro de|antes de|entro|inom|innen|"
    r"inden|przed)\b"
    # (and a bare day in a phone's shorthand: "not heard from me Fri = gone with someone else")
     + r"|\b(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)(?:day)?\b|\btomorrow\b|\btonight\b"
)
# A consequence written as a sign, and a negation or an absence and a time before it in the
# sentence ("no call by Sunday = ...", "Not shortlisted within 3 weeks = unsuccessful"); "="
# spaced on one side at least (not a link's "?id=12"); not a portal's "Not progressed ->
# Closed", which has no time
_SIGN = re.compile(r" =|= |=>|->|\u2192|\u21d2|\u27f6")
_ABSENT = re.compile(
    r"\b(?:no|not|nothing|never|none|without|silence|dont|didnt|havent|hasnt|wont|cant|"
    # the other languages' plain negations and absences ("keine", "pas de", "geen", "ingen")
    r"kein\w*|nicht|nichts|pas|rien|aucun\w*|sans|ohne|geen|niets|niet|zonder|ingen|inget|"
    r"ikke|inte|sin|nada|ningún|ninguna|nessun\w*|niente|senza|nenhum\w*|sem|brak|bez)\b"
    r"|n['\u2019]t\b"
)
# A question of silence ("Haven't heard back by the 20th?", "Not had a call by the 9th?",
# "Heard nothing in two weeks?"): the sentence after it is its consequence
_ASKED = re.compile(r"[^.!?\n]*\?[ \t]*$")
# A sentence opened as a rule: a case ("Where an application has been unsuccessful, ...",
# "Where we decide to pursue candidates whose experience is closer, ...", "In cases where
# ..."), or most applicants ("Most applicants don't make the shortlist"); not "where the ..."
# ("Where the chosen candidate edged it: ...", a rejection's feedback) nor "where we landed",
# nor "for candidates who ..." ("For candidates who applied for X: the role has been filled")
_OPENS_A_RULE = re.compile(
    r"[ \t\u2022*\-]*(?:where (?:an?|any) |in (?:the )?cases? where\b|"
    r"where (?:we|the (?:team|panel|hiring manager|employer)) (?:decide|choose|opt|select|"
    r"pursue|progress|are unable|cannot|can['\u2019]t|do not|don['\u2019]t)\b|"
    r"(?:most|many|the majority|a lot|lots)(?: of)?(?: our| the)? (?:applicants|candidates|"
    r"applications)\b"
    # (fifty-eighth pass: never a count told of this round in the past, "Many applications came
    # for Electroplating Technician, and now the position is filled", slice 138)
    r"(?! (?:came|arrived|were received|poured in|flooded in|reached us)\b)"
    # (sixty-fourth pass: or what sometimes happens to a post or an application, "Sometimes a
    # role ends up filled internally; if that happens here, we shut your application", a
    # receipt in slice 181)
    # (and an inverted condition, "Were someone else to fill it, your record turns Inactive by
    # itself": two receipts, slice 185; "Should the post go to another applicant, ..."; never
    # "had", which opens a regret as often, "Had the panel more places, we would have offered you
    # one, but the post went to another candidate")
    r"|(?:were|should) (?:someone|somebody|anyone|another|the|a|an|it|we|they|you|your|our|"
    r"this|that|any)\b(?! (?:sorry|pleased|glad|happy|delighted|unable)\b)"
    # (and a German "falls", if, "Falls the choice on another candidate, also then a message
    # comes": two Dutch- and German-English receipts, slice 183)
    r"|falls (?:the|your|our|it|we|you|they|there|a|an)\b"
    # (sixty-fifth pass: or both outcomes named first, "Picked or passed on, a real person writes
    # back within 14 days": a receipt filed, slice 193)
    # (never "or not", _EITHER_WAY's, nor beside a regret, "Shortlisted or not, every applicant
    # hears from us; I'm sorry to say you were not shortlisted")
    r"|(?:picked|chosen|selected|successful|shortlisted|hired|taken on|yes) or (?:passed "
    r"(?:on|over)|turned down|unsuccessful|rejected|declined|not (?:picked|chosen|selected)),"
    r"(?![^.!?\n]*\b(?:sorry|regret\w*|unfortunately|afraid|sadly)\b)"
    r"|(?:sometimes|occasionally|now and then|from time to time|at times|on occasion),? "
    r"(?:an? |the )?(?:[a-z\-]+ )?(?:roles?|posts?|positions?|jobs?|vacanc(?:y|ies)|requisitions?|"
    r"openings?|applications?|candidates?|applicants?) (?:ends? up|gets?|is|are|will|may|might|"
    r"can|could)\b)"
)
# ... or most applicants in a clause of their own after a count (not "many": "with so many
# applications we cannot give individual feedback" is a rejection's) ("Last year 143 people applied
# for seven places, so most applicants will not be offered one", blind slice 20's observatory
# confirmations, band 0.26-0.30; twenty-second pass, part D), in a sentence that names no
# reader: a rule about the many, not the reader's outcome
_MOST_OF_THEM = re.compile(
    r"(?:[,;:]|\bso|\band|\bwhich means|\bmeaning)(?: that)? (?:most|the (?:vast )?majority"
    r"|nearly all|almost all)(?: of)?(?: our| the| these| those)? (?:applicants|candidates|"
    r"applications|people who apply|entrants)\b"
)
_MOST_OF_THEM_FAST = Prefiltered(_MOST_OF_THEM)
# (twenty-ninth pass, part E: an application at fault, and a rule's putting it out)
_FAULTY = r"(?:non-?compliant|not compliant|incomplete|ineligible|invalid|unsigned|late)"
_PUT_OUT = (
    r"\b(?:(?:will|shall|may)(?: automatically)? be|are|is) (?:automatically )?(?:excluded|"
    r"disqualified|rejected|removed|eliminated|discarded|declined|set aside|screened out|"
    # (thirty-seventh pass: or closed, or told so, "applications that fall short of those
    # criteria are closed without interview", "applicants found ineligible will be notified")
    r"closed|notified|informed|told|contacted|advised)\b"
)
# a class of records a system marks ("any record", "every file"), and a notice a class is sent
# ("a written notice", "an email"), each read in the active and the passive below
_ANY_RECORD = (
    r"(?:any|every|each|all) (?:record|application|applicant|candidate|profile|submission|entry|"
    r"form|cv|file)s? "
)
_NOTICE = r"(?:an? |the )?(?:[a-z\-]+ ){0,2}?(?:notice|letter|e-?mail|message|notification|note)\b"
# Twenty-third pass, part P: a rule for a class a confirmation talks about, as a whole: the
# class defined by what it lacks and refused by rule ("applications which do not meet the
# minimum requirements will not be considered", "candidates who don't hold a licence won't be
# shortlisted"), and a refusal as a gerund that a negated consequence follows ("being
# unsuccessful at this stage does not prevent you from applying again", "not being shortlisted
# won't count against you")
_CLASS_RULE = re.compile(
    r"\b(?:applications|applicants|candidates|cvs|submissions|entries|those|anyone|people)"
    r"(?: who| that| which)? (?:do not|don['\u2019]t|does not|doesn['\u2019]t|fail to|cannot)"
    r" (?:meet|satisfy|fulfil|fulfill|have|hold|provide|include|match|demonstrate|show"
    # (twenty-fifth pass, part H: or what the reader must do, an invitation's "applicants who
    # fail to report will not be considered", a receipt's "who do not submit them")
    r"|report|attend|appear|turn up|show up|sit|submit|upload|bring|complete|respond|reply|"
    r"confirm|register|present)\b"
    r"[^.!?\n]{0,80}?\b(?:(?:will|shall|may)(?: not|n['\u2019]t)|won['\u2019]t|cannot|"
    r"can['\u2019]t)\b"
    # (part H: and late applications as a class, an advert's "late applications will not be
    # accepted")
    # (forty-fourth pass: or a system's marking of a class, "screening automatically marks any
    # record lacking it Disposition: Not Selected, so check yours")
    r"|\b(?:marks|sets|flags|moves|tags|labels|puts|will (?:mark|set|flag|move|tag|label|put)) "
    + _ANY_RECORD
    + r"(?:lacking|without|missing|that lacks|that is missing|not)\b"
    # (fifty-second pass, third round: or told in the passive, "any file missing the listed ticket
    # gets marked Not Selected by the system")
    + r"|\b"
    + _ANY_RECORD
    + r"(?:lacking|without|missing|that lacks|that is missing|that does not "
    r"meet|not meeting|short of)\b[^.!?\n]{0,60}?\b(?:gets|get|is|are|will be|will get) "
    r"(?:automatically )?(?:marked|set|flagged|moved|tagged|labelled|labeled|closed|rejected|"
    r"declined|screened out)\b"
    # (fifty-third pass, fifth round: or a plural class defined by what it lacks and ruled out,
    # "Forms lacking the certified documents listed in the advert are ruled ineligible")
    r"|\b(?:applications|forms|submissions|entries|cvs|files|records|candidates|applicants) "
    r"(?:lacking|without|missing|that lack|that are missing|which lack|not including|with no)\b"
    r"[^.!?\n]{0,80}?\b(?:are|will be|get|is) (?:automatically )?(?:(?:ruled|deemed|found|declared|"
    r"marked|treated as|considered) (?:ineligible|invalid|incomplete|unsuccessful|not eligible)|"
    r"rejected|declined|excluded|disqualified|screened out|closed|not considered)\b"
    # (fifty-third pass, third round: or a class of posts and how the portal shows it, "A
    # requisition shut ahead of interviews shows up as Closed in your candidate home")
    r"|\b(?:a|any|every|each) (?:requisition|posting|vacancy|role|post|position|job|opening)s? "
    r"(?:that is |that's |which is |that gets |which gets )?(?:shut|closed|cancell?ed|canceled|"
    r"withdrawn|filled|pulled)\b[^.!?\n]{0,60}?\b(?:shows?(?: up)?|appears?|displays?|is shown|"
    r"will (?:show|appear|display)(?: up)?|flips?|changes?|turns?) (?:as|to)\b"
    r"|\blate (?:applications|submissions|entries|cvs|forms)\b[^.!?\n]{0,40}?\b(?:(?:will|"
    r"shall|may)(?: not|n['\u2019]t)|won['\u2019]t|cannot|can['\u2019]t)\b"
    r"|\b(?:not )?being (?:unsuccessful|rejected|turned down|declined|unlucky|(?:not )?"
    r"(?:successful|selected|shortlisted|chosen|progressed|offered|invited))\b[^.!?\n]{0,80}?(?:\b(?:not|never)|"
    r"n['\u2019]t) (?:prevent|stop|affect|count|bar|exclude|mean|impact|preclude|disqualify|limit|"
    r"harm|hurt|reflect|rule)"
    # (twenty-ninth pass, part E: or a class of faulty applications put out by rule, a public
    # notice's "applications found to be non-compliant will be excluded", "applications that do
    # not include a signed form will be excluded", "non-compliant applications will be
    # disqualified"; not "your application was found non-compliant and has been excluded")
    # (thirty-eighth pass, second round: "applicants who are found ineligible are advised in
    # writing", "applicants whose experience falls short of the posted minimums are closed out")
    r"|\b(?:applications|applicants|candidates|cvs|submissions|entries)(?: (?:who|that|which) "
    r"(?:are|is))?(?: (?:found|deemed|"
    r"judged|declared|considered)(?: to be)? " + _FAULTY + r"| (?:who |that |which )?(?:do not|"
    r"don['\u2019]t|does not|doesn['\u2019]t|fail to) (?:meet|comply|include|contain|attach|"
    # (third round: or show, "applications that do not show hands-on kiln experience are closed")
    r"have|provide|use|show|demonstrate|evidence|list|mention|hold)| (?:without|lacking|missing)"
    r"| (?:who |that |which |whose [a-z\-]+(?: [a-z\-]+)? )?(?:fall|falls) (?:short of|below|"
    r"outside))\b[^.!?\n]{0,80}?"
    + _PUT_OUT
    + r"|\b"
    + _FAULTY
    + r" (?:applications|submissions|entries|cvs|forms)\b[^.!?\n]{0,40}?"
    + _PUT_OUT
    # (thirty-eighth pass: or told of it by rule, "ineligible applicants get a written notice")
    + r"|\b"
    + _FAULTY
    + r" (?:applicants|candidates|applications|submissions|entries)\b[^.!?\n]{0,40}?\b(?:get|"
    r"gets|receive|receives|will (?:get|receive)|are (?:sent|given)) "
    + _NOTICE
    # (fifty-second pass: or anyone so rated, "anyone rated ineligible receives an email",
    # "those found ineligible are notified", a confirmation's rule)
    + r"|\b(?:anyone|anybody|everyone|everybody|those|whoever|applicants|candidates|applications)"
    r"(?: (?:who|that|which) (?:is|are))? (?:rated|found|deemed|judged|declared|considered|marked|"
    r"assessed as|graded)(?: to be| as)? " + _FAULTY + r"\b[^.!?\n]{0,40}?(?:\b(?:get|gets|receive|"
    r"receives|will (?:get|receive)|(?:are|is) (?:sent|given|emailed|mailed)) "
    + _NOTICE
    + r"|"
    + _PUT_OUT
    + r")"
)
# (twenty-fourth pass, part E: searched only where one of the strings every match holds stands,
# "do not ", "cannot ", "being " ...: the nouns it opens with were tried at every position of
# every cue sentence, a quarter of rule_sentence's regex time)
_CLASS_RULE_FAST = Prefiltered(_CLASS_RULE)
_THE_READER = re.compile(r"\byou(?:r|rs|rself)?\b")
# A clause joined before a silence that "means" ("Niestety wybraliśmy inną osobę, a brak
# wiadomości oznacza …", "Hemos elegido a otra persona, y la falta de respuesta significa …",
# "… ; l'absence de réponse signifie …"): the sentence tells something before its rule, often
# the refusal itself, and is no rule as a whole (twenty-second pass, part H)
_JOINED_BEFORE = re.compile(
    r"(?:;|,? (?:a|i|oraz|y|e|et|und|and|ale|aber|mais|pero|ma|mas|maar|og|och))"
    r"(?: (?:la|el|los|las|lo|le|les|l['\u2019]|il|das|die|der|the|o|os|as|a))? ?$"
)


def _silence_means(lowered: str, left: int, right: int) -> re.Match[str] | None:
    """An absence of word that "means" the consequence in lowered[left:right], not joined to a
    clause before it in the sentence."""
    found = _SILENCE_MEANS.search(lowered, left, right)
    while found is not None and _JOINED_BEFORE.search(lowered, left, found.start()):
        found = _SILENCE_MEANS.search(lowered, found.end(), right)
    return found


# A class defined by a refusal, before its cue ("applicants who have not been selected",
# "those who aren't shortlisted", "candidates whose applications are unsuccessful"), and then
# told of it (_TOLD): "applications that were not progressed, including yours, have been
# closed" is a refusal, "candidates who don't submit in time won't be considered" a step
_CLASS_BEFORE = re.compile(
    r"\b(?:applicants|candidates|those|anyone|people|everyone|applications|individuals"
    # (twenty-fourth pass, part C: or one of them, "every candidate not selected gets a notice
    # when the requisition closes", blind slice 22's confirmation, filed at 0.68-0.78)
    r"|(?:every|each|any) (?:candidate|applicant|application|individual|person)"
    # (twenty-ninth pass, part H: the students, interns, trainees of a placement scheme)
    r"|students|interns|trainees|graduates|apprentices|entrants)"
    # (twenty-ninth pass, part H: or the class named by who passes it over, "students we do
    # not pick hear about it through their polytechnic", "applicants the panel does not
    # shortlist will be told by email": blind slice 27's attachment confirmation, 0.45)
    r"(?:(?: (?:who|whom|that))? (?:we|they|the (?:panel|team|school|company|firm|council|"
    r"committee|employer|board|programme|university))(?: (?:do|does|did|will|can|could|are|have|"
    r"has))?"
    r"|(?: who| that| whose (?:applications?|cvs?|profiles?))"
    r"(?: (?:have|has|had|are|were|was|do|did|is|will|won['\u2019]t|"
    r"(?:haven|hasn|weren|wasn|didn|aren|isn|don)['\u2019]t))?(?: not)?(?: yet)?(?: been)?"
    # (twenty-third pass, part P: or the class named by its participle, "candidates rejected at
    # the screening stage will be informed", "those not shortlisted may reapply")
    # (fifty-fourth pass: or by a verb of judging before its cue, "any applicant ruled ineligible
    # is written to with the reason", "every candidate found unsuitable hears by email")
    r"|(?: not)?(?: (?:ruled|found|deemed|judged|declared|rated|marked|considered)(?: to be)?)?)"
    r" ?$"
)
# The chosen as a class: "selected applicants", "shortlisted candidates", "candidates selected
# for interview" (the cue "selected" stands where the match starts or after its noun)
# ... or by its lateness, before a rule's verb ("applications received after the closing date
# will not be considered", "CVs sent after 5 May cannot be accepted"; not "were not")
_LATE_CLASS = re.compile(
    r"\b(?:applications|applicants|candidates|cvs|submissions|entries)"
    r" (?:received|submitted|sent|arriving|made|that arrive|which arrive)"
    r" (?:after|past|later than|outside)\b[^.!?\n,]{0,40}?"
    r" (?:will|are|is|can|cannot|can['\u2019]t|shall|may)(?: be)? ?$"
)
# (sixty-seventh pass: or a class told by what it lacks, "Applications missing any required
# certificate become ineligible, and the applicant gets a letter": two receipts, slice 205)
_LACKING_CLASS = re.compile(
    r"\b(?:applications|applicants|candidates|cvs|submissions|entries|forms|any (?:application|"
    r"applicant|candidate|form|cv)|an? (?:application|applicant|candidate|form|cv))"
    r"(?: that| which| who)? (?:missing|lacking|without|not meeting|failing to meet|lack|lacks|"
    r"miss|misses|with no|not including|(?:do|does|did) not (?:include|meet|have|contain)|"
    r"(?:don|doesn|didn)['\u2019]t (?:include|meet|have|contain))\b[^.!?\n,]{0,60}? "
    r"(?:will|are|is|become|becomes|get|gets|can|cannot|can['\u2019]t|shall|may|count as|go|goes)"
    r"(?: be| then| automatically| simply| not)? ?$"
)
# ... unless the reader's own papers are said to be in it ("..., and yours had none")
_READERS_OWN = re.compile(r"\byours\b|\byour (?:application|cv|form|submission|papers)\b")
_TOLD = re.compile(
    r"\b(?:are|is|will be|get|gets|receive|receives|hear|hears|be) (?:notified|told|informed|"
    r"contacted|emailed|e-mailed|sent|an? (?:e-?mail|message|note|letter|notification|notice)|"
    # (fifty-fourth pass: or written to, "is written to with the reason")
    r"from us|written to)\b"
    # (twenty-ninth pass, part H: or hear of it through someone else, "hear about it through
    # their placement office", "hear from their university careers service")
    r"|\bhears? (?:about it|of it|about this|the outcome|the news|from (?:their|the) )"
    # (twenty-third pass, part P: or the class's right, "candidates who have been rejected may
    # reapply after six months", "those not shortlisted are welcome to apply again")
    r"|\b(?:may|can|could|are (?:welcome|free|encouraged|eligible) to|will be (?:able|welcome) to)"
    r"(?: still| also)? (?:re-?apply|apply again|request feedback|ask for feedback)\b"
)
# The advert closed, not the reader's application ("now closed to new applicants": yours is
# in; not "closed to further applications", a rejection's requisition closed)
_CLOSED_TO_NEW = re.compile(
    r"closed (?:to|for) new (?:applicants|applications|candidates|submissions|entries|cvs)\b"
)
# A choice of another round or a habit: "last year", "last time", "in previous cycles", "we
# usually / typically / tend to go with ..." (not "last week", "last round": the reader's)
_ANOTHER_TIME = re.compile(
    # (thirty-eighth pass, second round: never a time lasting until now, "an apprentice we've
    # trained since last year")
    r"\b(?<!\bsince )(?<!\bover the )(?:last|previous|past) (?:year|years|time|cycle|cycles|season|"
    r"intake|summer|winter|spring|autumn|campaign)\b"
    r"|\bin (?:the )?(?:past|previous) (?:years|rounds|cycles|intakes)\b"
    r"|\b(?:usually|typically|normally|generally|tend to|tends to|often)\b"
)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|that|which|where)\b")
# (twenty-fourth pass, part P: or an order of consideration, a policy in the present: "the post
# is filled by internal promotion first", "vacancies go to internal candidates first"; not a
# choice made, "the role was offered to an internal candidate first")
_INTERNAL_FIRST = re.compile(
    r"\b(?:internal(?:ly)?|from within|in-house|existing (?:staff|employees)|current (?:staff|"
    r"employees))\b[^.!?\n]{0,40}?\b(?:first|in the first instance|before (?:being advertised|"
    r"going external|external))\b"
)
_MADE_BEFORE = re.compile(
    r"\b(?:was|were|has|have|had|went|accepted|decided|chose|appointed)\b|['\u2019](?:ve|s been)\b"
)
_CHOSEN_CLASS = re.compile(
    r"(?:selected|shortlisted|chosen|picked|successful|preferred) (?:applicants|candidates|"
    r"individuals|people|ones|few|finalists|students|interns|graduates"
    # (thirty-eighth pass: or their papers, "selected profiles get an interview call")
    r"|profiles|cvs|applications|submissions|entries)\b"
)
_CLASS_CHOSEN = re.compile(
    r"\b(?:applicants|candidates|those|people|anyone|individuals|students|graduates) $"
)
_CHOSEN_FOR = re.compile(r"(?:selected|chosen|picked|shortlisted) (?:for|to)\b")
# ... unless the sentence says the choice was made ("we have invited selected candidates to
# interview", "selected applicants were contacted last week")
_MADE = re.compile(
    r"\b(?:have|has|had|was|were|been|went|did|already|now|yesterday|last)\b|['\u2019]ve\b"
)


# A search paused with the reader's application kept open (blind slice 17's "the vacancy is
# paused while finance settle next year's numbers. Your application stays open, nobody has been
# appointed, and you'll hear from me the moment it restarts"): "nobody has been appointed" is no
# post gone there. The reader's application said to stay open, active or on hold, in English and
# the languages read; not "stays open for other roles", "remains on file" or "in our pool" (a
# rejection's talent pool), nor before a turn ("stays open, but we have chosen …")
_KEPT_OPEN = re.compile(
    r"\byour (?:application|candidacy|profile|file)(?: for [^.!?\n,]{1,40}?)? "
    r"(?:stays|remains|is still|will stay|will remain|is being kept|is kept|has been put|is)"
    r" (?:open|active|live|on hold|paused|in (?:the )?(?:process|running))\b"
    r"(?! (?:for (?:other|future|similar|new)|in our (?:pool|database|system)|on file))"
    # (twentieth pass, part I: more of the languages' words, "bleibt weiterhin offen", "pozostaje
    # otwarta", "förblir aktiv"; and not kept for other or future posts, nor in a pool or a
    # database, a rejection's: "din ansökan ligger kvar i vår databas")
    r"|(?:\b(?:ihre|deine) bewerbung (?:bleibt|ist)(?: (?:weiterhin|noch|nat\u00fcrlich|"
    r"selbstverst\u00e4ndlich))? (?:offen|aktiv|bestehen|im verfahren|im rennen)"
    r"|\bvotre (?:candidature|dossier) (?:reste|demeure|est toujours)(?: bien)? (?:ouverte?|"
    r"active?|en attente|valable|\u00e0 l['\u2019]\u00e9tude)"
    # (twenty-first pass, part D: the application's other nouns, "su solicitud sigue abierta",
    # "la tua domanda resta aperta", "a sua inscrição continua ativa", "votre dossier reste
    # ouvert", and Czech "Vaše přihláška zůstává v řízení")
    r"|\b(?:tu|su) (?:candidatura|solicitud|postulaci\u00f3n|aplicaci\u00f3n) (?:sigue|queda|"
    r"permanece)(?: (?:siendo|igualmente))?"
    r" (?:abierta|activa|en espera|vigente|en el proceso)"
    r"|\bla (?:tua|sua) (?:candidatura|domanda) (?:resta|rimane)(?: quindi)? (?:aperta|attiva|"
    r"in sospeso|valida|in corsa)"
    r"|\b(?:a )?(?:sua|tua) (?:candidatura|inscri\u00e7\u00e3o) (?:continua|permanece|fica) "
    r"(?:aberta|ativa|em espera|v\u00e1lida)"
    r"|\b(?:je|uw) sollicitatie (?:blijft|staat nog) (?:open|actief|in behandeling|on hold)"
    r"|\bdin ans\u00f6kan (?:ligger kvar|\u00e4r fortfarande aktiv|st\u00e5r kvar|"
    r"f\u00f6rblir (?:\u00f6ppen|aktiv))"
    r"|\bdin ans\u00f8gning (?:er stadig aktiv|er fortsat aktiv|forbliver (?:\u00e5ben|aktiv))"
    r"|\bs\u00f8knaden din (?:er fortsatt (?:aktiv|\u00e5pen)|st\u00e5r fortsatt|forblir \u00e5pen)"
    r"|\b(?:pana|pani|twoja|pa\u0144stwa) (?:aplikacja|kandydatura|zg\u0142oszenie)"
    r" (?:pozostaje|jest nadal|jest wci\u0105\u017c|nadal jest) (?:otwart|aktywn)\w*"
    r"|\b(?:va\u0161e|tv\u00e1) (?:p\u0159ihl\u00e1\u0161ka|\u017e\u00e1dost) "
    r"(?:z\u016fst\u00e1v\u00e1|je st\u00e1le|je nad\u00e1le)"
    r" (?:otev\u0159en\u00e1|aktivn\u00ed|v \u0159\u00edzen\u00ed|ve h\u0159e))"
    r"(?! (?:f\u00fcr|pour|para|per|voor|f\u00f6r|til|for|dla) (?:andere|k\u00fcnftige|"
    r"zuk\u00fcnftige|weitere|d['\u2019]autres|de futur|futur|otr|altr|toekomstige|framtida|"
    r"andra|fremtidige|andre|przysz\u0142|innych)"
    r"| (?:in unserer|dans notre|en nuestra|nella nostra|nel nostro|na nossa|in ons|i v\u00e5r|"
    r"i vores|i v\u00e5r|w naszej)\b)"
)
_KEPT_OPEN_TURN = re.compile(
    r"\b(?:but|however|though|although|unfortunately|sadly|aber|jedoch|leider|mais|"
    r"malheureusement|pero|lamentablemente|ma|purtroppo|mas|infelizmente|maar|helaas|men|"
    r"tyvärr|desværre|dessverre|ale|jednak|niestety)\b"
)


# ... or a search paused with nobody appointed so far, in one sentence ("Hiring for the role is
# on hold and nobody has been appointed", "the search is frozen; no one has been hired"): not
# an appointment that will not be made ("no appointment will be made"), nor a closure
_PAUSED = re.compile(
    r"\b(?:paused|on hold|frozen|postponed|put on ice|suspended|on pause|deferred)\b"
    # (twenty-fourth pass, part H: and the idioms of a pause, "the recruitment is on ice for a
    # few weeks", "the search is on the back burner until the budget is signed", "the intake is
    # in abeyance": written-32's letter read its "no one has been appointed" as the post gone)
    r"|\b(?:is|are|was|were|be|been|stays?|remains?|sits?|sitting|now) (?:on ice|on the back "
    r"burner|in abeyance|on the shelf for now)\b"
    # (twenty-second pass, part D: the verbs and the freeze, "we have had to freeze hiring",
    # "we're pausing the search", and a closure for now, "withdrawn for the time being")
    # (not a pause refused, "we can't pause the process")
    r"|(?<!['\u2019]t )(?<!not )(?<!cannot )\b(?:pause|pausing|freeze|freezing|froze)\b"
    r"|\b" + paused_search.FOR_NOW +
    # twentieth pass, part I: and in the languages read ("vorerst auf Eis gelegt", "ausgesetzt",
    # "suspendu", "mis en pause", "en pausa", "sospesa", "suspenso", "opgeschort", "pausad",
    # "sat i bero", "wstrzymana"), for paused_kept_open
    r"|\b(?:auf eis gelegt|ausgesetzt|pausiert|ruht|zur\u00fcckgestellt|verschoben|eingefroren|"
    r"unterbrochen|(?:vorerst|vorl\u00e4ufig) gestoppt"
    r"|suspendu\w*|mise? en pause|en pause|gel\u00e9e?s?|en suspens|report\u00e9e?s?"
    r"|en pausa|suspendid[oa]s?|congelad[oa]s?|aplazad[oa]s?|pospuest[oa]s?|en suspenso"
    r"|paralizad[oa]s?|sospes[oa]|in pausa|congelat[oa]|rinviat[oa]|rimandat[oa]|posticipat[oa]"
    r"|suspens[oa]s?|em pausa|adiad[oa]s?"
    r"|gepauzeerd|opgeschort|bevroren|uitgesteld|stilgelegd|(?:ligt|staat) (?:tijdelijk )?stil"
    r"|in de wacht|pausad|pausat|pausats|vilande|lagts? p\u00e5 is|skjutits upp|uppskjuten"
    r"|p\u00e5 pause|i bero|udskudt|lagt p\u00e5 is|fryst|frosset|utsatt"
    r"|wstrzyman\w*|zawieszon\w*|zamro\u017con\w*|prze\u0142o\u017con\w*"
    r"|pozastaven\w*|odlo\u017een\w*|keskeytetty|j\u00e4\u00e4dytetty|tauolla)\b"
)
_NOBODY_YET = re.compile(
    r"\b(?:nobody|no one|no-one)(?: else)? (?:has|have) (?:yet )?been (?:appointed|hired|"
    r"selected|chosen|offered)\b"
)
_CLOSED = re.compile(
    r"\b(?:clos\w*|cancel\w*|withdr[ae]wn?|will not|won['\u2019]t|no longer|ended|not be "
    r"(?:filled|progressing|taking)|unsuccessful)\b"
    # (twentieth pass, part I: and the languages' closures, "gestrichen", "annulé",
    # "cancelado", "definitivamente", "niet meer", "inte längre", "anulowana")
    r"|\b(?:gestrichen|abgesagt|storniert|geschlossen|beendet|abgeschlossen|abgebrochen|"
    r"endg\u00fcltig|nicht mehr|zur\u00fcckgezogen"
    r"|annul\u00e9\w*|supprim\u00e9\w*|clos|cl\u00f4tur\u00e9\w*|ferm\u00e9\w*|"
    r"d\u00e9finitivement|n['\u2019](?:est|sera) plus"
    r"|cancelad\w*|cerrad\w*|anulad\w*|definitivamente|ya no|retirad\w*"
    r"|annullat\w*|chius\w*|cancellat\w*|non pi\u00f9|ritirat\w*"
    r"|encerrad\w*|fechad\w*|j\u00e1 n\u00e3o|n\u00e3o mais"
    r"|geannuleerd|ingetrokken|gesloten|afgesloten|definitief|niet meer|vervallen"
    r"|avbru\w*|st\u00e4ngd\w*|inst\u00e4lld\w*|dragits tillbaka|definitivt|inte l\u00e4ngre|"
    r"avslutad\w*"
    r"|aflyst|lukket|annulleret|trukket tilbage|endeligt|ikke l\u00e6ngere|afsluttet"
    r"|avlyst|stengt|trukket tilbake|endelig|ikke lenger|avsluttet"
    r"|anulowan\w*|zamkni\u0119t\w*|odwo\u0142an\w*|ostatecznie|ju\u017c nie|zako\u0144czon\w*)\b"
)


_KEPT_OPEN_FAST = Prefiltered(_KEPT_OPEN)
_PAUSED_FAST = Prefiltered(_PAUSED)
_NOBODY_YET_FAST = Prefiltered(_NOBODY_YET)
# (twentieth pass, part F: the "means" of a rule in the languages read, asked of every cue
# sentence: no word of it stands in 8,702 of bench_classify's 8,726 cue sentences of ham)
_MEANS_FAST = Prefiltered(_MEANS)


def kept_open(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] keep the reader's application open ("Your
    application stays open, nobody has been appointed", "Ihre Bewerbung bleibt offen"), with no
    turn after it ("... but we have chosen another candidate"), or pause the search with nobody
    appointed ("the search is on hold and nobody has been appointed"), closing nothing?"""
    found = _KEPT_OPEN_FAST.search(lowered, left, right)
    if found is not None and _KEPT_OPEN_TURN.search(lowered, found.end(), right) is None:
        return True
    return (
        _NOBODY_YET_FAST.search(lowered, left, right) is not None
        and _PAUSED.search(lowered, left, right) is not None
        and _CLOSED.search(lowered, left, right) is None
    )


# Twentieth pass, part E: the pause told in one sentence and the reader's application kept
# open in another (blind slice 18's "recruitment for the post is on hold while the board reviews
# next year's budget. Nobody has been appointed, and your application stays open as it is"):
# kept_open read both in one sentence only, so the pause read as the post gone (xrolegone)
_STOPS = (".", "!", "?", "\n")


_FOR_NOW = re.compile(paused_search.FOR_NOW)


# A closure denied just before its word ("it hasn't been cancelled", "the post is not closed",
# "nothing has been withdrawn"): no closure (twenty-fourth pass, part H)
_DENIED = re.compile(
    r"(?:\b(?:not|nothing|never)|n['\u2019]t)(?: (?:has|have|is|was|will))?"
    r"(?: (?:yet|actually|really|formally|officially))?"
    r"(?: (?:been|be|being))? $"
)


def _closes(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] close the search, not only for now ("withdrawn for
    the time being", "temporarily closed": a pause), nor denied ("it hasn't been cancelled")?"""
    return any(
        _FOR_NOW.match(lowered, found.start()) is None
        and not lowered.endswith("temporarily ", left, found.start())
        and _DENIED.search(lowered[max(left, found.start() - 30) : found.start()]) is None
        for found in _CLOSED.finditer(lowered, left, right)
    )


# (twenty-third pass, part E: the same for every sentence of a letter, which asked it again at
# each; last_text.per_text)
_refused_anyway = per_text(paused_search.refused_anyway)


def paused_kept_open(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] pause the search ("recruitment is on hold while
    the board reviews the budget") or say nobody has been appointed in a letter that pauses it,
    closing nothing, in a letter that keeps the reader's application open or the reader in the
    process in a sentence of its own with no turn after it ("Your application stays open as it
    is", "we'll pick up with the candidates we already have, you included")?"""
    # (the pause first, searched only where its words stand: few letters hold one)
    # (twenty-first pass, part E: and "No one has been appointed." in a sentence of its own, a
    # pause elsewhere in the letter: blind slice 19's purser letter read it as the post gone)
    if _PAUSED_FAST.search(lowered, left, right) is None and (
        _NOBODY_YET_FAST.search(lowered, left, right) is None
        or _PAUSED_FAST.search(lowered) is None
    ):
        return False
    if _closes(lowered, left, right):
        return False
    # (twenty-second pass, part D: and the reader kept for the restart, "Yours stays on file and
    # we will write again when shortlisting restarts", or nobody refused in a sentence of its
    # own, "no applications have been turned down": rejectwatch.model.paused_search)
    # (twenty-second pass, part H: the last two not in a letter that refuses the reader or all
    # the applications all the same, "We will not be proceeding with any applications,
    # including yours. We will write when the post is advertised again.")
    refused = _refused_anyway(lowered)
    for kept in (
        _KEPT_OPEN_FAST.search,
        other_cases.kept_in,
        *(() if refused else (paused_search.kept_again, none_refused.refusal_of_nobody)),
    ):
        found = kept(lowered, 0, len(lowered))
        while found is not None:
            end = bounds(lowered, found.end(), found.end(), _STOPS)[1]
            if _KEPT_OPEN_TURN.search(lowered, found.end(), end) is None:
                return True
            found = kept(lowered, end, len(lowered))
    return False


# Twenty-first pass, part O: the readings of rule_sentence that are False wherever none of the
# strings of their prefiltered patterns stands in the text (most mail holds none of them): each
# asked only where one does, by one answer of prefilter.OPENED for them all (asking each, and
# each of its prefiltered searches, cost about 5 us a cue sentence). A reading with a pattern
# whose strings are not known is always asked.
Reading = Callable[[str, int, int], bool]


def _gated(
    *pairs: tuple[Reading, tuple[Prefiltered, ...]],
) -> tuple[tuple[Reading, frozenset[int] | None], ...]:
    """Each reading with the slots of the patterns it needs (None: always asked)."""
    return tuple(
        (reading, frozenset(p.slot for p in needs) if all(p.slot >= 0 for p in needs) else None)
        for reading, needs in pairs
    )


_GATED = _gated(
    (reader_to_act.unless_done, reader_to_act.UNLESS_DONE_NEEDS),
    (kept_open, (_KEPT_OPEN_FAST, _NOBODY_YET_FAST)),
    (told_ahead.stretch_means, told_ahead.STRETCH_NEEDS),
    (told_ahead.case_means, told_ahead.CASE_MEANS_NEEDS),
    (paused_kept_open, (_PAUSED_FAST,)),
    (other_cases.a_day_refused, other_cases.DAY_REFUSED_NEEDS),
    (none_refused.nobody_refused, none_refused.NOBODY_REFUSED_NEEDS),
    (none_refused.decision_disowned, none_refused.DISOWNED_NEEDS),
    # (twenty-second pass, part D: a post left free by its holder, told in an offer, "One of
    # last year's drivers isn't coming back, so there's a seat with your name on it",
    # rejectwatch.model.holder_left)
    (holder_left.holder_left, holder_left.HOLDER_LEFT_NEEDS),
    # (twenty-second pass, part E: and the outcomes listed, a refusal as a kind, a decision
    # told either way, a refusal as an item of a list of cases, asked in every cue sentence
    # before)
    (other_cases.a_case_named, other_cases.CASE_NAMED_NEEDS),
    (cases_listed.an_item_of_cases, cases_listed.ITEM_NEEDS),
    # (twenty-second pass, part K: a refusal still to come, told as what will happen, "Those
    # not chosen get an email when the post is filled", rejectwatch.model.filled_ahead)
    (filled_ahead.filled_ahead, filled_ahead.FILLED_AHEAD_NEEDS),
    # (twenty-third pass, part C: a sift or score rule, what a band of scores brings, "Below
    # the minimum sift score means no further progress", rejectwatch.model.score_rules)
    (score_rules.score_rule, score_rules.SCORE_RULE_NEEDS),
)
_GATE_SLOTS = frozenset(slot for _, slots in _GATED for slot in slots or ())
# (twenty-second pass, part E) the readings to ask in a text, by the slots open in it: the same
# for every cue sentence of a text, so worked out once for each set of open slots met
_TO_ASK: dict[frozenset[int], tuple[Reading, ...]] = {}


def _asked(open_slots: frozenset[int]) -> tuple[Reading, ...]:
    """The readings of _GATED to ask where the slots ``open_slots`` of _GATE_SLOTS are open,
    in _GATED's order."""
    asked = _TO_ASK.get(open_slots)
    if asked is None:
        asked = _TO_ASK[open_slots] = tuple(
            reading
            for reading, slots in _GATED
            if slots is None or not slots.isdisjoint(open_slots)
        )
    return asked


# Twenty-fifth pass, part C: a talent pool's welcome ("Thanks for joining our talent pool.
# Right now there's no opening for you. When something matching your profile appears, an
# invitation to apply will follow": blind slice 23's one filed confirmation, 0.994). The
# reader asked for no job: "no opening for you" with a time that says "not yet" is the state
# of a pool the reader has just joined, no refusal. Not in a letter about an application of
# the reader's ("thanks for applying ... right now there's no opening for you"), nor a
# refusal said without "yet" ("there's no role for you with us any more").
_NO_OPENING_YET = re.compile(
    r"\b(?:no|not an?|isn['\u2019]t an?|aren['\u2019]t any) (?:[a-z\-]+ )?(?:opening|vacancy|"
    r"role|position|post|job|match|placement)s? (?:for you|that (?:fits|suits|matches) you)\b"
)
_NOT_YET_TIME = re.compile(
    r"\b(?:right now|at the moment|at present|currently|just yet|yet|for now|so far|today|"
    r"at this (?:moment|stage|point))\b"
)
_POOL_JOINED = re.compile(
    r"\b(?:join(?:ed|ing)?|sign(?:ed|ing) up (?:to|for|with)|welcome to|registered (?:with|for|"
    r"in)|registering (?:with|for|in)|you(?:['\u2019]re| are) (?:now )?(?:in|part of|a member "
    r"of)) (?:our|the|a) (?:[a-z0-9&'\u2019\-]+ ){0,4}?(?:talent|candidate|careers?) "
    r"(?:pool|community|network|bank|club|register)\b"
)
_READERS_APPLICATION = re.compile(
    r"\b(?:for (?:your )?(?:applying|application)|your (?:[a-z\-]+ )?(?:application|candidacy|"
    r"cv|résumé|resume)\b|you applied\b|(?:sending|sent) (?:us )?your\b)"
)


# (part P: the sentence names the post or gives a decision, "right now there's no opening for
# you on the Night Porter vacancy; the post has been filled": a refusal for a role)
_A_POST_DECIDED = re.compile(
    r"\b(?:on|for|in) (?:the|this|that|our) (?:[a-z0-9&'\u2019\-]+ ){0,3}?(?:role|vacancy|"
    r"post|position|job|opening|opportunity|requisition)\b|\b(?:filled|taken|chosen|selected|"
    r"appointed|hired|decided|unsuccessful|progress(?:ing)?|proceed(?:ing)?|another|someone "
    r"else)\b"
)


def pool_not_yet(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] say there is no opening for the reader yet ("right
    now there's no opening for you") in a letter welcoming the reader into a talent pool, with
    no application of the reader's named?"""
    found = _NO_OPENING_YET.search(lowered, left, right)
    return (
        found is not None
        and _NOT_YET_TIME.search(lowered, left, right) is not None
        and _A_POST_DECIDED.search(lowered, left, right) is None
        and _POOL_JOINED.search(lowered) is not None
        and _READERS_APPLICATION.search(lowered) is None
    )


# Twenty-sixth pass, part S: what rule_sentence asks of the whole text, the same for each of
# its sentences (1.6 sentences a ham message, up to dozens in a long one), worked out once a
# text: can a sign stand in it (every match of _SIGN holds "=", "->" or one of its arrows),
# does "pool" or "talent" stand in it, and the readings of _GATED its open slots ask (None
# until first needed). The last text's are held (last_text.per_text).
_SIGN_STRINGS = ("=", "->", "\u2192", "\u21d2", "\u27f6")


@per_text
def _text_facts(lowered: str) -> list[Any]:
    """[a sign may stand, "pool" or "talent" stands, the readings to ask or None] (a new list
    for each new text: a caller's list stays its text's)."""
    return [
        any(map(lowered.__contains__, _SIGN_STRINGS)),
        "pool" in lowered or "talent" in lowered,
        None,
    ]


# a legend's column: what a stage or a status means, after a column rule or opening its line
_LEGEND_ROW = re.compile(
    r"(?:(?<![\w ])|(?<=\| ))(?:meaning|what (?:it|this|that) means|definition|explanation)s?: "
)
_LEGEND_ROW_FAST = Prefiltered(_LEGEND_ROW)
_YOUR_ROW = re.compile(r"\b(?:your|yours|you)\b")
# (sixty-fourth pass: and what any requisition or any status change shows, a legend told in
# prose, "a requisition taken by someone else shows Closed - Filled by Another Candidate", "Each
# status change shows in your account (In review / Interview / Offer / Not being pursued)": four
# receipts, slice 183; never the reader's own, "a status update now shows your application as ...")
_ANY_ONE_SHOWS = re.compile(
    r"(?:^|(?<=[\s;:(]))(?:an?|any|each|every) (?:[a-z\-]+ ){0,2}?(?:requisition|application|post|"
    r"role|vacancy|position|job|candidacy|record|file|status change|status update|stage change)"
    r"(?:e?s)?\b[^.;:!?\n]{0,60}?\b(?:shows|will show|reads|will read|displays|appears|is shown|"
    r"is marked|"
    r"is listed)\b(?! (?:now |then )?(?:your|yours)\b)"
)
_ANY_ONE_SHOWS_FAST = Prefiltered(_ANY_ONE_SHOWS)
# A case put as a bare verb and its consequence after "and", at a sentence's or a clause's
# start (sixty-fifth pass: "The panel marks every form against the scope; fall short of the
# interview line and Ghat Road writes to say as much", two receipts, slice 189; "Miss the
# shortlist and we'll email you"); never a verb the reader reads as told ("not", "never": "Not
# selected this time, and we'll let you know of other roles" is a decision)
_BARE_CASE = re.compile(
    r"(?:^|(?<=[.;:!?\n\u2014]))[ \t]*(?:just |simply )?(?:fall|miss|fail|lack|don['\u2019]t|"
    r"do not|come|score|land|finish|end up|rank|sit|drop|slip) [^.;:!?\n]{0,80}? and (?:we|i|"
    r"they|you|(?:the |our )?[a-z]+(?: [a-z]+)?)(?:['\u2019]ll| will| shall| then)? (?:write|"
    r"writes|e-?mails?|tells?|lets? you know|notif(?:y|ies)|informs?|hear|gets?|receive|sends?|"
    r"says?|rings?|calls?)\b"
)
_BARE_CASE_FAST = Prefiltered(_BARE_CASE)


def rule_sentence(lowered: str, left: int, right: int) -> bool:
    """Is the sentence lowered[left:right] a rule about a decision still ahead as a whole: a
    consequence written as a sign after a negation or an absence, a sentence opened as a rule,
    an absence of word that "means" the consequence in the languages read, or the consequence
    of a silence asked in the sentence before it?"""
    facts = _text_facts(lowered)
    sign = _SIGN.search(lowered, left, right) if facts[0] else None
    if (
        sign
        and _ABSENT.search(lowered, left, sign.start())
        and _TIME.search(lowered, left, sign.start())
    ):
        return True
    if (
        _OPENS_A_RULE.match(lowered, left)
        # (sixty-third pass: a legend's row, a stage told with what it means, "Stage: Stopped |
        # Meaning: Seat taken by someone else", an HTML table of stages and their meanings in two
        # receipts, slice 174; never a row that names the reader's own)
        or (
            _LEGEND_ROW_FAST.search(lowered, left, right) is not None
            and _YOUR_ROW.search(lowered, left, right) is None
        )
        # (twenty-fifth pass, part C: no opening yet in a talent pool's welcome)
        or (facts[1] and pool_not_yet(lowered, left, right))
        or (_CLASS_RULE_FAST.search(lowered, left, right) is not None)
        or _ANY_ONE_SHOWS_FAST.search(lowered, left, right) is not None
        or _BARE_CASE_FAST.search(lowered, left, right) is not None
        or (
            _MOST_OF_THEM_FAST.search(lowered, left, right) is not None
            and _THE_READER.search(lowered, left, right) is None
        )
    ):
        return True
    if _MEANS_FAST.search(lowered, left, right) and (
        _silence_means(lowered, left, right) or _SILENT_FURTHER.search(lowered, left, right)
    ):
        return True
    # nineteenth pass, part D: the consequence of the reader's own non-action ("Without these
    # documents we cannot invite you", rejectwatch.model.reader_to_act), and a search paused
    # with the reader's application kept open ("Your application stays open, nobody has been
    # appointed")
    # (twentieth pass, part E: and a stretch of silence that means the consequence, a refusal
    # named as a case and what it brings, rejectwatch.model.told_ahead, and a search paused in
    # a letter that keeps the reader's application open in another sentence)
    # (twenty-first pass, part E: the outcomes a process can have, listed, a refusal as a kind
    # of application, a decision told either way, rejectwatch.model.other_cases; and a step
    # refused for one day, "We cannot offer you an interview on Tuesday, sorry"; each of _GATED
    # asked only where its strings stand)
    # (twenty-first pass, part R: a refusal with nobody to fall on, "Nobody has been appointed
    # and no applicant has been turned down", and a post's fate told in a letter that says it
    # decides nothing of the reader's, rejectwatch.model.none_refused, are among _GATED; and a
    # refusal as one item of a list of possible outcomes, one item a line,
    # rejectwatch.model.cases_listed)
    asked = facts[2]
    if asked is None:
        asked = facts[2] = _asked(OPENED.open_among(lowered, _GATE_SLOTS))
    if (
        any(reading(lowered, left, right) for reading in asked)
        # (and the silence asked itself, "Weekend's over and not a single text from me?")
        or (
            lowered.startswith("?", right)
            and other_cases.silence_asked(lowered, left, right + 1, right + 1)
        )
    ):
        return True
    before = left - 1
    while before >= 0 and lowered[before] in " \t":
        before -= 1
    if before < 0 or lowered[before] != "?":
        return False
    start = max(lowered.rfind(stop, 0, before) for stop in (".", "!", "?", "\n")) + 1
    # (twentieth pass, part E: and the consequence of a refusal asked as a case, "Not chosen
    # this time? The status will read 'Position filled'")
    # (twenty-first pass, part E: and a silence asked with its time first, "Sunday night comes
    # with no call from me? Then it's a no", or abroad before the language's "then",
    # other_cases)
    return (
        _SILENCE.search(lowered, start, before + 1) is not None
        or told_ahead.refusal_asked(lowered, start, before + 1)
        or other_cases.silence_asked(lowered, start, before + 1, left)
    ) and bool(_ASKED.match(lowered, start, before + 1))


def another_time(lowered: str, left: int, right: int) -> bool:
    """Does the decision sentence lowered[left:right] tell of another round or a habit ("last
    year we hired someone else for this role", "we usually go with candidates who have a
    forklift licence", "the role went to an internal candidate last time"), not of the
    reader's application? Not a time that tells of the one chosen, after a relative pronoun
    ("the panel went with a candidate who covered this role last year"). Or of an order of
    consideration in the present ("the post is filled by internal promotion first")."""
    found = _ANOTHER_TIME.search(lowered, left, right)
    if found is None:
        return (
            _INTERNAL_FIRST.search(lowered, left, right) is not None
            and _MADE_BEFORE.search(lowered, left, right) is None
        )
    return _RELATIVE.search(lowered, left, found.start()) is None


# ... unless the sentence puts the reader in the class (twenty-fourth pass, part K: "every
# candidate not selected gets a notice from us, and I'm sorry to say this is yours")
_READER_IN_CLASS = re.compile(
    r"\bthis is (?:yours|it|that (?:notice|e-?mail|message|letter|note))\b|\bincluding (?:you|"
    r"yours)\b|\byou(?:['\u2019]re| are) (?:one of|among) (?:them|those)\b|\b(?:sorry|sad|"
    r"regret) to (?:say|tell you|inform you|let you know)\b"
)


def a_class_before(lowered: str, left: int, right: int, at: int) -> bool:
    """Does a class of people defined by the refusal cue at ``at`` stand before it, a class
    then told of it ("applicants who have not been selected are notified through the portal",
    "those who aren't shortlisted get an email"), or a class of late mail the rule is about
    ("applications received after the deadline will not be considered")?"""
    window = max(left, at - 80)
    if _LATE_CLASS.search(lowered, window, at) is not None:
        return True
    # (sixty-seventh pass: a class told by what it lacks, never with the reader's papers in it)
    if _LACKING_CLASS.search(lowered, window, at) is not None:
        return _READERS_OWN.search(lowered, at, right) is None
    return (
        _CLASS_BEFORE.search(lowered, window, at) is not None
        and _TOLD.search(lowered, at, right) is not None
        and _READER_IN_CLASS.search(lowered, at, right) is None
    )


# The reader's papers handed on: "went to", "gone to" after "your CV", "your application", "your
# profile" (the sentence's subject, just before the cue), and the one it went to a party of the
# process ("the client", "the hiring manager"), not a person chosen ("the role went to another
# candidate")
# (twenty-seventh pass, part A: and the hirer named as a firm, a company, a practice: "your CV has
# gone to the firm for the Conveyancing Assistant vacancy", a legal recruiter's confirmation that
# blind slice 25 filed, 0.83, its sentence read as a decision on "gone to")
_HANDED_ON = re.compile(
    r"(?:went|gone|passed|been passed|been sent|was sent) (?:over |across |on )?to (?:the |our |"
    r"my |a |their )?(?:client|hiring (?:manager|team|firm|company)|line manager|recruiting "
    r"manager|team|panel|employer|business|department|partner|director|manager|firm|company|"
    r"practice|organi[sz]ation|school|trust|hospital|clinic|hirer|agency|office)s?\b"
)
_READERS_PAPERS = re.compile(
    r"\byour (?:cv|résumé|resume|application|profile|details|portfolio|papers)"
    r"(?: (?:has|have|was|were|had))?(?: (?:just|now|already|also|today|this morning))? $"
)
# (thirty-seventh pass: or told with a pronoun after a sentence about them, "CV received,
# thanks. It went to the client this afternoon"; never before a possessive, "it went to the
# client's own candidate")
_IT_HANDED_ON = re.compile(
    r"\bit(?: (?:has|was|had))?(?: (?:just|now|already|also|today|this morning))? $"
)
_READERS_PAPERS_BEFORE = re.compile(
    r"\byour (?:cv|résumé|resume|application|profile|details|portfolio|papers)\b"
    r"|\b(?:cv|résumé|resume|application|profile|details|portfolio|papers) (?:received|came in|"
    r"arrived|is in|has arrived|reached us)\b"
)
_POSSESSIVE = re.compile(r"['\u2019]s?\b")


# (thirty-seventh pass: a choice told in the progressive is one made, "we're choosing a candidate
# whose …", unless the sentence says it is under way, "we are in the process of selecting a
# candidate", "currently choosing", "about to select")
_UNDER_WAY = re.compile(
    r"\b(?:process of|currently|still|busy|about to|in the middle of|begin|beginning|began|start|"
    r"starting|started|now|soon|shortly|will be|'ll be|\u2019ll be|going to be)\s+$"
)


def no_choice(lowered: str, at: int) -> bool | None:
    """Is the decision cue at ``at`` no choice? True for the advert closed to new applications
    ("this position is now closed to new applicants"); None for the chosen as a class
    ("selected applicants receive an invitation in January", "candidates selected for
    interview will hear from us"), no choice unless its sentence says one was made
    (choice_made); False otherwise."""
    if _CLOSED_TO_NEW.match(lowered, at):
        return True
    if lowered.startswith(("choosing", "selecting"), at) and _UNDER_WAY.search(
        lowered, max(0, at - 30), at
    ):
        return True
    # nineteenth pass, part D: the reader's CV handed on ("your CV went to the client at nine
    # today", "your application has gone to the hiring manager"): no choice, a step
    handed = _HANDED_ON.match(lowered, at)
    if handed and _READERS_PAPERS.search(lowered, max(0, at - 40), at):
        return True
    if (
        handed
        and _IT_HANDED_ON.search(lowered, max(0, at - 30), at)
        and not _POSSESSIVE.match(lowered, handed.end())
        and _READERS_PAPERS_BEFORE.search(lowered, max(0, at - 200), at)
    ):
        return True
    if _CHOSEN_CLASS.match(lowered, at) or (
        _CHOSEN_FOR.match(lowered, at) and _CLASS_CHOSEN.search(lowered, max(0, at - 30), at)
    ):
        return None
    return False


def choice_made(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] say a choice was made ("we have invited selected
    candidates to interview", "selected applicants were contacted last week")?"""
    return _MADE.search(lowered, left, right) is not None
