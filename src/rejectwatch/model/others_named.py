"""Someone else named into the work, and the reader's road ending, told in shapes no reading
held (issue 11, forty-fifth pass).

Blind slice 60's misses were kinds earlier passes read, worded another way. Each reading is
written for the kind from a set of wordings of our own and checked on a second set written apart
(tests/test_forty_fifth_pass.py):

* **someone named into the very post a reply's subject names**, in the ways a board or a club
  says it: "The board confirmed Shelby Nakamura as our Development Coordinator", "Hilary Denyer
  will be our Fixtures Secretary for the coming season", "Callum Reid takes over as Head
  Groundsman" (SUBJECT_ROLE: negation keeps these only when
  rejectwatch.model.others_placed.role_in_subject finds the post in the reply's subject, since
  staff news names posts of its own);
* **the need gone**: "we will not be needing a kusinera anymore", "we no longer need anyone for
  the Saturday stall" (never a document, a lift or a thing: "we won't be needing your passport
  anymore");
* **someone who started, so the place is full**: "My cousin's son started with us last week, so
  we are full now", "… so we are complete now";
* **someone chosen, told by who they are**: "The makers chose Daniel from the big house", "We
  chose Daniel, who has worked with us before" (never a choice for an event or a round);
* German "Für Sie geht es hier nicht weiter" and the post given to a person told by their trade
  with a relative clause ("Die Stelle bekommt eine Schnitzerin, die …"); Portuguese "não
  seguimos com a sua candidatura" and "ficámos com um rapaz que …".

Second round (blind slice 61's misses): someone named taking the post by its title in a reply
("Arvid is taking the Junior Development Coach role", SUBJECT_ROLE again); the work taken by
someone so that it is theirs ("she'll take the paid Wednesday shift, so it's hers"; never with
the reader in the sentence); the place given to someone, told object first as a speaker of
another language may ("The place of helper in the comedor we give to the goddaughter of my
mother"); and Vietnamese "chỗ làm này … đã trao cho con …" (never to "bạn", the reader).

Third round (blind slice 62's misses): someone named who is now the post a reply names ("The
board voted and Dominique Harlan is our Match-Day Production Manager"; never the one leaving it,
"Sam is our current Production Manager"); the reader's name left unreferred; the need gone in
Singapore English ("so no need anyone already"); the road ending for the post ("That's where it
ends for this role"); the employer gone for the others' depth ("the clinic has opted for that
depth"); Thai "ตำแหน่งนี้จึงมีคนแล้ว" and Hindi "आपका नाम नहीं चुना गया".

Forty-seventh pass (blind slice 67's misses): someone named invited to be the post, or cast as
it, in a reply whose subject names it ("the trustees invited Dana Kowalski to become our Towboat
Programs Lead", "The company has cast Sinéad Cowhey as Touring Technician").

Like every outcome reading (rejectwatch.model.plain_outcomes appends them), none is read in a
conditional, still-to-come or quoted sentence; the readings whose own "will" is no condition
are OWN_WORDS (rejectwatch.model.negation reads around them).
"""

from __future__ import annotations

from functools import lru_cache

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.others_starting import (
    _CLAUSE,
    _KIN_FOUND,
    _NOT_AN_EVENT,
    _TITLED,
    CLAUSE_ENDS,
)
from rejectwatch.model.prefilter import readings

__all__ = ["HEADED", "OWN_WORDS", "READINGS", "SUBJECT_ROLE", "names_a_post"]

# a post's head word, "… Coordinator", "… Secretary", "… Lead" (never "will be spam")
_POST_HEAD = (
    r"[a-z\-]*(?:er|or|ist|ant|ent|ian|man|woman|person|ee|ier|yer|ar)|[a-z\-]*(?:secretary|"
    r"chair|lead|head|chef|cook|clerk|captain|coach|director|assistant|warden|steward|nanny|"
    r"intern|apprentice|trainee|associate|fellow|registrar|curator|editor|pro|rep|officer|"
    r"admin|analyst|aide|medic|nurse|guide|host|hostess|tech|mechanic)"
)
# ... the post named after a name, as far as where the sentence goes on ("… as our Development
# Coordinator on Monday", "… our Fixtures Secretary for the coming season")
_ROLE = (
    # (never the one leaving it, "Sam is our current Production Manager, moving to Leeds")
    r"(?!(?:our |the |its |their )?(?:current|outgoing|former|previous|acting|interim|old|"
    r"existing|present|departing|retiring|longtime|long-time)\b)"
    # (forty-eighth pass, second round: or a place's, "as the school's new Caretaker")
    r"(?:our |the |its |their |(?:the )?[a-z\-]+" + _A + r"s )?(?:new |next )?"
    r"(?P<role>(?:[a-z\-]+ ){0,3}?(?:" + _POST_HEAD + r"))"
    r"(?= (?:and|from|as of|for|on|in|at|this|next|starting|with|after|when|once|effective|"
    r"going forward)\b|[ \t]*[,;.!()\u2014\u2013]|[ \t]*\n|[ \t]*$)"
)
# never the reader, the reader's hiring, or staff news
_NOT_NEWS = (
    r"(?![^.!?\n]*\b(?:you|your|yours|interview\w*|panel|call|meeting|recruit\w*|hiring|"
    r"screen\w*|assess\w*|welcome|delighted|pleased|thrilled|excited|introduce|announce|"
    r"joins us from|previously|formerly)\b)"
)
_NOT_ANYONE = r"(?!(?:any|some|every|no)(?:thing|one|body)\b)"
# (forty-eighth pass: the writers after they met, "The board of management met on Tuesday and
# named …", "The trustees gathered Thursday night and asked …")
_THEY_MET = (
    r"(?: (?:met|gathered|sat|convened)(?: on [a-z]+| this [a-z]+| last [a-z]+| yesterday| today|"
    r" tonight| [a-z]+ (?:night|morning|evening|afternoon))?,? and)?"
)
# who invites or asks someone to the post (_INVITED_TO_BE, _ASKED_TO_TAKE)
_INVITERS = (
    r"\b(?:we|they|i|the (?:[a-z\-]+ )?(?:board|committee|members|panel|owners?|trustees|"
    r"council|directors|partners|club|society|association|co-?op|collective|governors|"
    r"company))(?:" + _A + r"ve| have| has| had)?"
)
# a board, a club or the writers naming someone to the post ("The board confirmed Shelby
# Nakamura as our Development Coordinator")
_CONFIRMED_AS = re.compile(
    # (forty-seventh pass, third round: or a board named for its members, "The board of
    # governors has named Máire Dineen as our Special Needs Assistant")
    # (forty-eighth pass, fourth round: or ours, "Our director has cast Rosalie Doucet as Stage
    # Manager")
    r"\b(?:we|they|i|the board of (?:governors|directors|trustees|management)|(?:the|our|their) "
    r"(?:[a-z\-]+ )?(?:board|committee|members|panel|owners?|trustees|"
    r"council|directors|partners|club|elders|society|association|co-?op|collective|parish|"
    # (forty-seventh pass: a theatre company casting, "The company has cast Sinéad Cowhey as
    # Touring Technician")
    r"vestry|family|governors|company|producers|director))(?:" + _A + r"ve| have| has| had)?"
    + _THEY_MET
    + r"(?: now| just| finally| unanimously)? (?:confirmed|named|appointed|elected|chosen|chose|"
    r"picked|selected|voted in|voted for|ratified|installed|co-opted|approved|cast) "
    + _NOT_ANYONE + _TITLED + r" as " + _ROLE + _NOT_NEWS
)  # fmt: skip
# (forty-seventh pass: or invited someone named to be the post, "At Monday's meeting the
# trustees invited Dana Kowalski to become our Towboat Programs Lead; she accepted that
# evening"; never the reader, an interview's panel or a guest: _NOT_NEWS, _ROLE's head word)
_INVITED_TO_BE = re.compile(
    _INVITERS
    + _THEY_MET
    + r"(?: now| just| finally| unanimously)? "
    r"(?:invited|asked) " + _NOT_ANYONE + _TITLED + r" to (?:become|be|serve as|join us as|join "
    r"as|step in as|take over as|come on as|take up the post of|take on the role of) " + _ROLE
    + _NOT_NEWS
)  # fmt: skip
# ... or asked someone named to take the post ("The trustees gathered Thursday night and asked
# Hettie Gummow to take the Volunteer Coordinator post; she starts next month")
_ASKED_TO_TAKE = re.compile(
    _INVITERS
    + _THEY_MET
    + r"(?: now| just| finally| unanimously)? (?:invited|asked) " + _NOT_ANYONE + _TITLED
    + r" to (?:take|take on|take up|fill|accept) (?:the|our|this) (?P<role>(?:[a-z\-]+ ){0,3}?"
    r"[a-z\-]+) (?:post|role|position|job)\b(?:;? (?:she|he|they) (?:starts|begins|joins|will "
    r"start)\b)?" + _NOT_NEWS
)  # fmt: skip
# ... someone named who will be, or now is, the post ("Hilary Denyer will be our Fixtures
# Secretary for the coming season", "Aisha Karim has been confirmed as Programme Lead")
_WILL_BE = re.compile(
    # (third round: or is the post now, "The board voted and Dominique Harlan is our Match-Day
    # Production Manager")
    # (forty-sixth pass: or after what was agreed, "the side agreed that Rowan Kettleby becomes
    # our Bagman")
    r"(?:" + _CLAUSE + r"|(?<= agreed that )|(?<= decided that )|(?<= confirmed that )|"
    r"(?<= resolved that ))" + _NOT_ANYONE + _TITLED + r" (?:is|" + _A + r"s|will be|" + _A
    + r"ll be|is going "
    r"to be|becomes|"
    r"will become|has become|will now be|takes over as|will take over as|has taken over as|"
    r"is taking over as|steps in as|will step in as|is stepping in as|has stepped in as|"
    # (forty-sixth pass, second round: "Keely Dunleavy is coming on as Tournament Coordinator")
    r"is coming on as|comes on as|will come on as|is coming in as|comes in as|will come in as|"
    r"steps up as|(?:has been|have been|was|is|will be) (?:confirmed|appointed|named|elected|"
    r"chosen|picked|selected|co-opted|installed|voted in)(?: as)?) " + _ROLE + _NOT_NEWS
)  # fmt: skip
# (second round, blind slice 61: someone named taking the post by its title, "Arvid is taking
# the Junior Development Coach role from the first game of the season")
_TAKING_THE_POST = re.compile(
    _CLAUSE + _NOT_ANYONE + _TITLED + r" (?:is taking(?: on)?|will take(?: on)?|" + _A
    + r"ll take(?: on)?|takes(?: on)?|has taken(?: on)?|took(?: on)?|will be taking(?: on)?|has "
    r"got|got|gets|has been given|was given|has been offered|has accepted|accepted) (?:the|our) "
    r"(?P<role>(?:[a-z\-]+ ){0,3}?[a-z\-]+) (?:role|post|position|job|spot|place|vacancy)\b"
    + _NOT_NEWS
)  # fmt: skip
# (those whose post ends on a post's head word, _ROLE, are searched only where names_a_post)
_READ_HEADED = readings(
    ("chose_other", _CONFIRMED_AS), ("chose_other", _WILL_BE), ("chose_other", _INVITED_TO_BE),
    ("chose_other", _ASKED_TO_TAKE),
)
_READ_BESIDE_SUBJECT = _READ_HEADED + readings(("chose_other", _TAKING_THE_POST))
SUBJECT_ROLE = frozenset(pattern for _, _, pattern in _READ_BESIDE_SUBJECT)
HEADED = frozenset(pattern for _, _, pattern in _READ_HEADED)

# a subject's word that may be a post's head word, and is one: never the short words that end
# the same way ("for", "after", "other")
_HEAD_WORD = re.compile(_POST_HEAD)
_NOT_HEADS = frozenset(
    [
        "after",
        "other",
        "over",
        "under",
        "ever",
        "never",
        "either",
        "whether",
        "neither",
        "there",
        "where",
        "here",
        "were",
        "your",
        "their",
        "another",
        "better",
        "later",
        "order",
        "number",
        "matter",
        "paper",
        "letter",
        "water",
        "summer",
        "winter",
    ]
)
_WORD = re.compile(r"[a-z][a-z\-]*")


def names_a_post(lowered: str) -> bool:
    """Does the text's subject (its first line) hold a post's head word that its body holds too
    ("Re: Fixtures Secretary" … "… our Fixtures Secretary …")? HEADED's readings are kept
    only when the post they find is the subject's (others_placed.role_in_subject), so negation
    searches them only in such mail (mailing-list replies open them through " is " and " will
    be " in most sentences)."""
    end = lowered.find("\n")
    if end < 0:
        return False
    # (forty-sixth pass: the subject's head words worked out once a subject, a thread's mail
    # shares one; the body searched in place, not copied)
    return any(lowered.find(f" {word}", end) >= 0 for word in _head_words(lowered[:end]))


@lru_cache(maxsize=1024)
def _head_words(subject: str) -> tuple[str, ...]:
    """The words of a subject that may be a post's head word (names_a_post)."""
    return tuple(
        word
        for word in _WORD.findall(subject)
        if len(word) > 3 and word not in _NOT_HEADS and _HEAD_WORD.fullmatch(word) is not None
    )


# the need gone ("we will not be needing a kusinera anymore"): a person or help, never a
# document, a lift or a thing
_NEED_GONE = re.compile(
    r"\b(?:we|i|they)(?:" + _A + r"ll)? (?:will not|will no longer|shall not|wo(?:n" + _A
    + r"t)|do not|don" + _A + r"t|does not|doesn" + _A + r"t|no longer|not) (?:be )?(?:need|"
    # (a person or help named: "anyone" alone is a favour called off as often, "we don't need
    # anyone after all, the caterers cancelled the party")
    r"needing) (?:a|an|another|extra|more|the extra|any more|any extra)\b"
    r"(?! (?:[a-z\-]+ )?(?:copy|copies|form|forms|document|documents|passport|"
    r"visa|certificate|letter|photo|photos|id|reference|references|receipt|deposit|ticket|lift|"
    r"ride|room|table|car|van|taxi|booking|appointment|interview|call|meeting|coat|umbrella|"
    r"charger|laptop|login|password|signature|check|checks)\b)"
    # (never a day's shift called off, "I won't need anyone Saturday after all")
    r"(?:(?!\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|"
    r"tomorrow|weekend|morning|afternoon|evening|week|shift|day)\b)[^.!?\n;]){0,40}? "
    r"(?:any ?more|any longer|after all)\b"
    r"|\b(?:we|i|they) (?:now )?no longer need (?:a|an|another|anyone|anybody|someone|"
    r"somebody|extra|more) (?:[a-z\-]+ ){0,2}?(?:help|helper|hand|hands|cook|nanny|driver|"
    r"cleaner|carer|sitter|worker|staff|assistant|person|one|kusinera|labourer|picker|server|"
    r"waiter|waitress|runner|porter|minder|for)\b"
    # (never for an event or a day)
    r"(?![^.!?\n]*\b(?:party|wedding|dinner|lunch|event|trip|game|match|meeting|call|interview|"
    r"viewing|move|removal|tonight|today|tomorrow|weekend|cancelled|canceled|called off)\b)"
)  # fmt: skip
# someone who started, so the place is full ("My cousin's son started with us last week, so we
# are full now")
_FULL_NOW = (
    r"(?:,? so|,? and|;|\u2014|\u2013| -) (?:now )?(?:we|the (?:team|crew|kitchen|shop|stall|"
    r"workshop|yard|rota|roster|staff|place))(?: are|" + _A + r"re| is|" + _A + r"s)? (?:now "
    r"|already )?(?:complete|full|full up|fully staffed|staffed|all set|sorted|covered)"
    r"(?: now| again| for (?:now|the season|this season|the year))?" + CLAUSE_ENDS
)
_NO_EVENT_BETWEEN = (
    r"(?:(?!\b(?:school|college|uni|university|course|class|classes|training|marathon|diet|"
    r"treatment|therapy|medication|holiday|trip|party|exam|exams|chemo|physio|job|work|new job|"
    r"choir|church|gym|scouts|guides|nursery|call|calls|meeting|zoom|teams|webinar|session|"
    r"chat|queue|interview|tour|game|match|race|"
    r"you|your)\b)[^.!?\n;])"
)
_STARTED_SO_FULL = re.compile(
    r"(?:" + _KIN_FOUND + r"|" + _CLAUSE + _TITLED + r")\b" + _NO_EVENT_BETWEEN + r"{0,40}?"
    r"\b(?:started|start|began|begun|joined|came on|come on|came in|come in|took over)\b"
    + _NO_EVENT_BETWEEN + r"{0,90}?" + _FULL_NOW
)  # fmt: skip
# someone chosen, told by who they are ("The makers chose Daniel from the big house"): never a
# choice for an event, a round or a seat
_CHOSE_WHO = re.compile(
    r"\b(?:we|they|the (?:[a-z\-]+ )?(?:makers|owners?|elders|committee|band|crew|team|club|"
    r"kitchen|shop|studio|workshop|board|family|co-?op|collective|panel|partners|boss|chef))"
    r"(?:" + _A + r"ve| have| has| had)?(?: now| just| finally| in the end)? (?:chose|chosen|"
    r"selected|settled on) " + _TITLED + r"(?:,? who\b| from (?:the|our|a|an|his|her|their|"
    r"next door|down)\b)" + _NOT_AN_EVENT
)  # fmt: skip

# German: the road ending for the reader ("Für Sie geht es hier deshalb nicht weiter"), and the
# post given to someone told by their trade, who is told next ("Die Stelle bekommt eine
# Schnitzerin, die bei uns seit zwei Wintern Kurse gibt")
_DE_NOT_ON = re.compile(
    r"\b(?:für sie|für dich|mit ihrer bewerbung|mit deiner bewerbung) geht es (?:hier |an dieser "
    r"stelle |im verfahren |deshalb |daher |somit |also |leider |nun |jetzt |dieses mal |"
    r"diesmal )*nicht weiter\b"
)
_DE_GIVEN_TO_WHO = re.compile(
    r"\b(?:die|diese|unsere|den|diesen) (?:[a-zäöüß]+)?(?:stelle|position|posten|platz)\b "
    # (forty-sixth pass: or takes it over, "Die Stelle übernimmt ein Geselle, der …", a trade
    # ending in -e too)
    r"(?:bekommt|kriegt|erhält|bekam|erhielt|geht an|ging an|übernimmt|übernahm) (?:jetzt |nun "
    r"|diesmal |leider )?(?:ein|eine|einen) (?:[a-zäöüß]+ )?[a-zäöüß]+(?:erin|er|in|ist|istin|"
    r"ent|entin|ant|antin|eur|eurin|ling|mann|frau|e), (?:der|die|den) "
)
# Portuguese: "não seguimos com a sua candidatura", "ficámos com um rapaz que …"
_PT_NOT_ON = re.compile(
    r"\bnão (?:seguimos|avançamos|prosseguimos|continuamos) com (?:a sua|sua|a tua|o seu|seu|o "
    r"teu) (?:candidatura|processo|inscrição|aplicação)\b"
)
_PT_KEPT_ONE = re.compile(
    r"\b(?:ficámos|ficamos) com (?:um|uma|outro|outra) (?:[a-zà-ú]+ )?(?:rapaz|rapariga|moça|"
    r"moço|senhora|senhor|pessoa|candidat[oa]|colega|jovem|menina|menino|miúd[oa]|profissional|"
    r"aprendiz)\b,? (?:que|da|do|de)\b"
)

# second round (blind slice 61): the work taken by someone, so it is theirs ("Dawn has said
# she'll take the paid Wednesday shift, so it's hers"); never with the reader in the sentence
_ITS_THEIRS = re.compile(
    r"\b(?:(?:she|he|they)(?:" + _A + r"ll| will) )?(?:take|taken|took|taking|got|claimed|"
    r"accepted|wanted|wants|asked for)\b[^.!?\n;]{0,40}?"
    r"\b(?:shifts?|role|job|post|spot|place|slot|hours|position|gig|run|round|contract|work|"
    r"stall|pitch|chair|desk)\b,? (?:so|and) (?:now )?(?:it|that|they|those)(?:" + _A + r"s| is| "
    r"are|" + _A + r"re) (?:now |all )?(?:hers|his|theirs)\b(?![^.!?\n]*\b(?:you|your)\b)"
)  # fmt: skip
# ... the place given to someone, told object first as a speaker of another language may ("The
# place of helper in the comedor we give to the goddaughter of my mother")
_PLACE_WE_GIVE = re.compile(
    r"\bthe (?:place|post|job|position|work|spot|role) (?:of|as|for) (?:[^\W\d_]+ ){1,5}?"
    r"(?:we|i) (?:give|gave|have given|has given|are giving|will give|decided to give|decide to "
    r"give) (?:it )?to (?:the|my|our|a|an|his|her|one) " + _NOT_AN_EVENT
)  # fmt: skip
# ... Vietnamese: the work given to someone ("chỗ làm này … đã trao cho con o nhà bên"); never to
# "bạn", "anh", "chị" or "em", who are the reader as often
_VI_GIVEN = re.compile(
    r"(?:chỗ làm|vị trí|công việc|việc làm|chỗ)(?: này| đó| ấy)?[^.!?\n]{0,40}? đã (?:trao|giao|"
    r"dành|nhường)(?: lại)? cho (?:con|cháu|người|một|cô ấy|anh ấy|chị ấy|em ấy|cậu ấy|bà con)\b"
)

# third round (blind slice 62's misses): the reader's name left unreferred ("so your name stays
# unreferred"); the need gone told in Singapore English ("so no need anyone already"); the road
# ending for the post ("That's where it ends for this role"); the employer gone for the others'
# depth ("for now the clinic has opted for that depth"); Thai "ตำแหน่งนี้จึงมีคนแล้ว" (the post
# has someone now) and Hindi "आपका नाम नहीं चुना गया" (your name was not chosen)
_UNREFERRED = re.compile(
    r"\byour (?:name|application|candidacy|candidature)(?: therefore| so| accordingly)? "
    r"(?:stays|remains|is|was|has been|will stay|will remain) (?:unreferred|not referred|"
    r"unlisted)\b"
)
_NO_NEED_ALREADY = re.compile(
    r"\bno need (?:any ?one|anybody|someone|somebody|people|more people|helpers?|more helpers?|"
    r"staff|workers?|help)(?: (?:already|liao|anymore|any more))+" + CLAUSE_ENDS
)
_ENDS_HERE = re.compile(
    r"\b(?:that|this)(?:" + _A + r"s| is) where (?:it|things|your application|your candidacy|the "
    r"process|the road) (?:ends|stops|finishes) (?:for (?:this|the|that) (?:role|post|position|"
    r"vacancy|job|opening)|for you)\b(?![^.!?\n]*\b(?:if|unless|until|offer\w*|next)\b)"
)
_OPTED_FOR_DEPTH = re.compile(
    r"\b(?:we|they|the (?:[a-z\-]+ )?(?:clinic|practice|team|panel|company|firm|studio|shop|"
    r"store|kitchen|board|committee|school|office|lab|club|hospital|business|employer|client))"
    r"(?:" + _A + r"ve| have| has| had)? (?:opted|gone|settled) for (?:that|this|their|the "
    r"greater|the deeper|more|greater|deeper) (?:depth|experience|background|breadth|seniority|"
    r"track record|expertise|know-how)\b(?![^.!?\n]*\b(?:interview\w*|you|your)\b)"
)
_TH_POST_HAS_SOMEONE = re.compile(r"ตำแหน่ง(?:นี้|งานนี้)?(?:จึง|ก็|ตอนนี้)?(?:มีคน|ได้คน)(?:ทำ)?แล้ว")
_HI_NAME_NOT_CHOSEN = re.compile(
    r"आपका (?:नाम|आवेदन) (?:नहीं चुना गया|चुना नहीं गया|नहीं चुना जा सका|चुना नहीं जा सका)"
)

_READ_OWN = readings(("reader_out", _NEED_GONE), ("chose_other", _ITS_THEIRS))
OWN_WORDS = tuple(pattern for _, _, pattern in _READ_OWN + _READ_BESIDE_SUBJECT)
READINGS = (
    _READ_OWN
    + readings(
        ("chose_other", _STARTED_SO_FULL),
        ("chose_other", _CHOSE_WHO),
        ("reader_out", _DE_NOT_ON),
        ("chose_other", _DE_GIVEN_TO_WHO),
        ("reader_out", _PT_NOT_ON),
        ("chose_other", _PT_KEPT_ONE),
        ("chose_other", _PLACE_WE_GIVE),
        ("chose_other", _VI_GIVEN),
        ("reader_out", _UNREFERRED),
        ("role_gone", _NO_NEED_ALREADY),
        ("reader_out", _ENDS_HERE),
        ("chose_other", _OPTED_FOR_DEPTH),
        ("role_gone", _TH_POST_HAS_SOMEONE),
        ("reader_out", _HI_NAME_NOT_CHOSEN),
    )
    + _READ_BESIDE_SUBJECT
)
