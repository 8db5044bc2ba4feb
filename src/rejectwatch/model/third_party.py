"""Someone else chosen, read by the sentence's structure rather than its verb (issue 11, ninth
pass).

Eight passes read "we went with someone else" through lists of choice verbs ("went with",
"hired", "appointed", "awarded", "matched with", ...), and every blind slice brought verbs the
lists did not hold: "they've given the post to a colleague who ...", "Gemma and the VP landed
on the candidate who ...", "the management has finalised another profile", "the Head of
Chambers has preferred the candidate who ...", "the directors gravitated toward someone with
more rigging", "Chef's decided to bring on the other cook", "gave the job to the other lad".
What these share is not the verb but the sentence's shape: a verb in a past or perfect form,
then, within a few words, a **third party** — a person marked as other ("another X", "the
other X", "a different X", "someone"), or one described by a relative clause ("a/the X who
..., whose ..., with more ...") — and nothing conditional, still to come, negated or about
the reader in between. ``chose_another`` finds such sentences; rejectwatch.model.negation
gives each the shared token ``xchoseother``, under the checks every outcome reading passes
(no conditional, nothing pending or still to come, not quoted, not the reader's own
decision, not mail about someone else's candidacy).

What keeps it from firing on the rest of job mail is also structure, not a phrase list of
refusals: the verb must not be one of handing something on or meeting someone
(_NOT_A_CHOICE: "I've passed your CV to a colleague who ...", "we interviewed another
candidate"), the third party must be a person, not a thing ("another role", "the other
day", "a position that is closer to home"), the reader may not stand between the verb and
the third party ("we've matched you with someone who ..."), and a question is no decision.
The same shape is read in the other languages the readings know (German, French, Spanish,
Dutch, Italian, Portuguese, Polish) and in Swedish, Danish and Norwegian, with each
language's word for "another candidate / someone" and a decision verb anywhere in the
sentence ("Vi har valgt en anden kandidat", "Tjänsten har tillsatts av en annan sökande").
"""

from __future__ import annotations

from collections.abc import Sequence

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages import CONDITIONAL, FR_NOT_A_THING, NOT_YET
from rejectwatch.model.prefilter import openers

__all__ = [
    "BUSINESS",
    "ENGLISH_WORDS",
    "GATE_WORDS",
    "OTHER_WORDS",
    "ROTA_SWAP",
    "THINGS",
    "chose_another",
    "only_things",
]

# Nouns that are no person: "another role", "the other day", "a position that is closer".
# (twenty-fifth pass, part R: nor a supplier or a bid, "the other two shortlisted suppliers"; a
# vendor may be the reader, "we have chosen a vendor that is closer to our budget")
_THINGS = frozenset(
    """
    role roles position positions job jobs post posts vacancy vacancies opening openings
    opportunity opportunities day days time times week weeks month months year years hand
    side way ways one ones thing things option options team teams office offices location
    locations company companies department departments question questions email emails
    message messages round rounds stage stages step steps date dates slot slots interview
    interviews call calls meeting meetings matter matters reason reasons area areas project
    projects part parts application applications cv resume form forms link links site page
    process list lists direction note notes point points kind kinds type types level levels
    region regions branch branches store stores shift shifts route routes event events
    week's word words chance chances look version versions set piece pieces field fields
    reply replies update updates number numbers search searches programme program programs
    programmes course courses client's firm firms business businesses organisation
    organization agency agencies platform tool tools system systems offer offers contract
    contracts pay salary benefits
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# (twenty-sixth pass, part K: nor a vehicle, a room, a place to eat or sleep, a ticket: "we
# took another bus to the depot", "we caught the other train"; never a path or a road, which
# say a way, "the client has taken another path with this hire")
_BOOKED = frozenset(
    """
    bus buses train trains tram trams flight flights plane planes taxi taxis cab
    cabs car cars van vans minibus minibuses lorry lorries truck trucks ferry ferries boat boats
    exit turning bridge hotel hotels room rooms hall halls restaurant
    restaurants pub pubs cafe cafes table tables seat seats ticket tickets menu menus dish
    dishes caterer caterers printer printers courier couriers date dates slot slots venue
    venues location locations site
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_THINGS |= _BOOKED
# ... but a thing's crew is a person ("another bus driver", "the other hotel receptionist")
_CREW = frozenset(
    """
    driver drivers conductor conductors attendant attendants manager managers operator
    operators porter porters staff crew worker workers assistant assistants captain pilot
    pilots host hosts chef chefs cook cooks cleaner cleaners waiter waiters waitress
    receptionist receptionists steward stewards mechanic mechanics guide guides supervisor
    supervisors technician technicians engineer engineers
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _a_thing(
    first: str | None, second: str | None, things: frozenset[str], third: str | None = None
) -> bool:
    """Do the two words after an "another" (or the three, ``third`` naming what the first two
    describe) name one of ``things`` rather than its crew?"""
    if (
        third in things
        and first not in _NOT_A_MODIFIER
        and second not in _NOT_A_MODIFIER
        and {first, second, third}.isdisjoint(_CREW)
    ):
        return True
    return not {first, second}.isdisjoint(things) and {first, second}.isdisjoint(_CREW)


# what a business buys from, never a way or a direction ("they went another way" is a choice)
BUSINESS = frozenset(
    """
    supplier suppliers vendor vendors manufacturer manufacturers distributor distributors
    wholesaler wholesalers quote quotes quotation quotations bid bids tender tenders venue
    venues product products brand brands firm firms
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
# (a vendor alone may be the reader, so not among the things: "we have chosen a vendor that is
# closer to our budget"; "another vendor" is no person, _NOT_A_PERSON)
_THINGS |= BUSINESS - {"vendor", "vendors"}
# (fifty-ninth pass: nor who takes a home, "Owner gave it to another family who can shift
# sooner, so it's gone", a flat let, slice 142)
_THINGS |= frozenset(
    """
    family families household households tenant tenants buyer buyers bidder bidders renter
    renters lodger lodgers occupant occupants purchaser purchasers
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
THINGS = _THINGS  # (rejectwatch.model.announced reads the same nouns as things)
# what an "another" before it makes no other person: a thing, or what a business buys from
_NOT_A_PERSON = _THINGS | BUSINESS
# what a business buys or books ("another vendor", "another restaurant"), third_party.only_things
_BOUGHT = BUSINESS | _BOOKED
# Verbs in a past form that hand something on, meet or mention someone: no choice.
_NOT_A_CHOICE = frozenset(
    """
    received asked contacted shared passed forwarded sent introduced referred copied looped
    interviewed met spoke spoken talked invited scheduled arranged booked noted added
    included compared considered reviewed assessed applied needed wanted required looked
    hoped used based called named emailed mentioned listed posted advertised attached linked
    connected tagged expected interested qualified talented experienced skilled dedicated
    limited related detailed varied excited pleased delighted thrilled concerned involved
    located paired teamed joined worked hosted followed updated owned tried seen saw heard
    told wrote written read led managed supported trained coached mentored helped asked
    answered replied responded explained discussed reached checked confirmed informed
    notified cced hunted searched sought scouted surfaced popped
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_IRREGULAR = frozenset(
    (
        "went",
        "gone",
        "gave",
        "given",
        "chose",
        "chosen",
        "took",
        "taken",
        "made",
        "found",
        "brought",
        "won",
    )
)
# a decision verb with no past form needed ("they're going with a baker who ...")
_CHOOSING = frozenset(
    (
        "going with",
        "go with",
        "bring on",
        "bringing on",
        "take on",
        "taking on",
        "went for",
        "gone for",
    )
)
# the article before a clause describing a person ("a baker who ...", "the other cook")
_ARTICLES = frozenset(("a", "an", "the"))
# the third party first: "another candidate was selected", "someone with more experience
# got the job", "the other finalist accepted our offer"
_PASSIVE = re.compile(
    r"(?: [a-z'\u2019\-]+){0,4}? (?:(?:was|were|has been|have been|had been|got|is being) "
    r"(?P<verb>[a-z]+[a-df-z]ed|given|chosen|taken|picked)|(?:got|landed|took|accepted|won|"
    # (fifty-fourth pass: or in the perfect, "someone who's soldered lanterns before has taken
    # the job")
    r"has (?:accepted|taken|got|landed|won)) (?:the|our|your) "
    # (fifty-sixth pass: or the post named by its title, "another shortlisted person took the
    # Network Engineer vacancy", slice 122)
    r"(?:[a-z\-]+ ){0,3}?(?:job|role|position|post|offer|place|spot|gig|vacancy|opening))\b"
)
# (twenty-ninth pass, part K: a ticket, a flat or a trip's spot got first is no job, "somebody
# else got the spot because they paid the deposit first", "someone local got it cos they queued
# from 6am")
GOT_FIRST = (
    r"\b(?:queued|queue|queuing|queueing|camped|deposit|rent|move in|moved in|outbid|"
    r"bid higher|offered more|raffle|lottery|draw|sold out|concert|festival|show|flat|tenancy|"
    r"landlord|booked first|refresh\w*|website crashed|drawn|picked out of|shift swap)\b"
)
_GOT_FIRST = re.compile(GOT_FIRST)
A_THING_WENT = re.compile(
    r"\b(?:laptops?|phones?|monitors?|desks?|lockers?|parking (?:space|spot|bay)s?|bikes?|"
    r"cars?|vans?|prizes?|trophy|trophies|raffle|tickets?|vouchers?|tablets?|chairs?|"
    r"(?:seat|place|spot)s? (?:on|in) the (?:coach|bus|train|flight|plane|boat|minibus|trip|"
    r"tour|car))\b[^.!?\n]{0,20}? (?:went|has gone|had gone|was given|has been given|was "
    r"handed|went off) to "
)
# (fortieth pass, third round: the reader's application handed on, "your form … has gone to
# the store manager, who starts reading on Monday")
YOURS_WENT = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:application|form|cv|résumé|resume|details|file|paperwork|"
    r"documents?|submission|letter|portfolio|profile)\b(?: (?:for|to|at|with|in|from|on|as) "
    r"[^.!?\n,:;]{1,60}?)? (?:went|has gone|had gone|"
    r"is going|goes|was given|has been given|was handed|has been handed|was sent|has been sent) to "
    # (sixty-fifth pass: or parked with the one who hires, "Your Marine Fitter application is
    # parked with the dock engineer who hires": a status update filed, slice 193)
    r"|\byour (?:[a-z\-]+ ){0,2}?(?:application|form|cv|file|submission|profile)\b(?: (?:for|to|at|"
    r"with|in|from|on|as) [^.!?\n,:;]{1,60}?)? (?:is|was|has been|now|sits|rests|is sitting|is "
    r"resting)(?: now)?(?: (?:parked|lodged|sitting|resting|waiting|queued))? with "
)
# (fourth round: places taken in the order people queued, "all twelve slots went to members
# who'd been queuing longer", a hackerspace's bench, no job; never a queue the work is about,
# "she'd scaled the exact queueing setup we're wrestling with")
QUEUED_FIRST = (
    r"\bqueu(?:ed|ing|eing) (?:longer|first|earlier|up|overnight|outside|since|the longest)\b"
    r"|\bin (?:the |a )?queue\b"
)
QUEUED = re.compile(QUEUED_FIRST)
_PLAIN_WORD = re.compile(r"[a-z'\u2019\-]+$")
_YOU = re.compile(r"\byou(?:rs?)?\b")
_NEGATED = re.compile(r"\b(?:not|never|no|unable|cannot)\b|n['\u2019]t\b")
# a rota's thing just before the choice verb or between it and a colleague: a swap, no choice
# (twenty-third pass, part M: "the Saturday shift has gone to a colleague who asked for extra
# hours", "we gave your Tuesday slot to a colleague who wanted it"; not a person from outside,
# "we've offered the Saturday sessions to a pharmacist who covered for us")
_ROTA = re.compile(r"\b(?:shifts?|hours|slots?|cover|overtime|rota)\b")
# (a slot with its time or an interview's, never a post, "the slot on the production went to a
# runner who ...", "the blade-repair slot on the crew has been given to a tech who ...")
_A_SLOT = re.compile(
    r"\b(?:\d{1,2}(?::\d{2})?\s?(?:am|pm)|(?:morning|afternoon|evening|interview|call|time|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday) slots?|appointments?)\b"
)
# ... and the same swap as the older reading of a decision cue beside a colleague sees it
# (rejectwatch.model.negation._decided)
ROTA_SWAP = re.compile(
    r"\b(?:shifts?|hours|slots?|cover|overtime)\b(?: [a-z\-'\u2019]+){0,3}? (?:has gone|have gone|"
    r"went|was given|were given|is going|are going|has been given|have been given) to (?:a |one "
    r"of (?:my|our|the) )?colleagues?\b|\b(?:gave|given|handed|passed|offered) (?:the|your|my|"
    r"our|this|that) (?:[a-z\-'\u2019]+ ){0,2}?(?:shifts?|hours|slots?|cover|overtime) to (?:a |"
    r"one of (?:my|our|the) )?colleagues?\b"
)

# The other languages: a third party in that language's words, and a decision verb anywhere
# in the same sentence.
_LANGUAGES = re.compile(
    # German ("für jemanden mit mehr Kotlin-Erfahrung entschieden")
    r"\b(?:jemand(?:en|em)?|eine?[nm]? andere[nmr]? (?:kandidat|bewerber|person)\w*|andere[nr]? "
    r"(?:kandidat|bewerber)\w*)\b[^.!?\n]{0,80}?\b(?:entschieden|gewählt|ausgewählt|eingestellt|"
    r"besetzt|vergeben)\b"
    # (eleventh pass: the post given to a candidate named by an indefinite dative, "die Stelle
    # einer Kandidatin angeboten, die ...": never the reader, who is "Ihnen")
    r"|\b(?:stelle|position|rolle)\b[^.!?\n]{0,40}?\b(?:einer (?:kandidatin|bewerberin|person)|"
    r"einem (?:kandidaten|bewerber))\b[^.!?\n]{0,30}?\b(?:angeboten|zugesagt|gegeben|vergeben|"
    r"übertragen)\b"
    # French ("nous avons retenu une autre candidature")
    r"|\b(?:choisi|retenu|sélectionné|opté pour|recruté|privilégié)\b[^.!?\n]{0,40}?\b(?:un autre|"
    r"une autre|quelqu['\u2019]un)\b"
    # (twenty-sixth pass, part K: never a thing, "une autre salle", "un autre traiteur")
    + FR_NOT_A_THING
    # Spanish ("elegimos a otra persona")
    + r"|\b(?:elegimos|elegido|seleccionado|optado por|contratado|escogido|escogimos|"
    r"seleccionamos|contratamos)\b[^.!?\n]{0,40}?\b(?:otra persona|otro candidato|otra candidata|"
    r"otro perfil|otra candidatura|alguien)\b"
    # Dutch ("met een andere kandidaat verdergegaan")
    r"|\b(?:een andere (?:kandida\w*|sollicitant\w*|persoon)|iemand (?:anders|met|die))\b"
    r"[^.!?\n]{0,60}?\b(?:gekozen|verdergegaan|verder gegaan|aangenomen|geselecteerd|benoemd)\b"
    r"|\b(?:gekozen|aangenomen|geselecteerd) (?:voor )?(?:een andere|iemand)\b"
    # Italian ("abbiamo scelto un'altra praticante", "individuato un profilo più in linea")
    r"|\b(?:scelto|selezionato|individuato|optato per|assunto|preferito)\b[^.!?\n]{0,30}?"
    # (eleventh pass: "un profilo con più esperienza", a profile with more)
    # (fifty-ninth pass: never another day, date or time for an interview, "abbiamo scelto un
    # altro giorno per il colloquio")
    r"\b(?:(?:un altro|un['\u2019 ]altra|un altra)(?! ?(?:giorno|data|orario|ora|momento|luogo|"
    r"sede|formato|appuntamento|colloquio|turno|settimana|mattina|pomeriggio|slot)\b)|qualcun\w*|"
    r"un[a']? (?:profilo|candidat[oa]) (?:più|che|con))\b"
    # Portuguese ("escolhemos outra pessoa")
    r"|\b(?:escolhemos|escolhido|escolhida|selecionamos|selecionado|optamos por|contratamos)\b"
    r"[^.!?\n]{0,30}?\b(?:outr[oa] (?:pessoa|candidat[oa]|perfil)|algu[eé]m)\b"
    # Polish ("wybraliśmy inną osobę")
    r"|\b(?:wybraliśmy|wybrano|zatrudniliśmy|zdecydowaliśmy się na)\b[^.!?\n]{0,30}?"
    r"\b(?:inn(?:ego|ą|a) (?:kandydat\w*|osob\w*)|kogoś)\b"
    # Swedish ("valt en annan kandidat", "tillsatts av en annan sökande", "gå vidare med andra")
    r"|\b(?:valt|valde|tillsatt|tillsatts|anställt|anställde|gått vidare med|gå vidare med)\b"
    r"[^.!?\n]{0,30}?\b(?:en annan|ett annat|andra (?:kandidater|sökande)|någon annan|någon med)\b"
    # Danish and Norwegian ("valgt en anden kandidat", "gået videre med en anden")
    r"|\b(?:valgt|valgte|ansat|ansatt|ansatte|besat|besatt|gået videre med|gått videre med|"
    r"gå videre med)\b[^.!?\n]{0,30}?\b(?:en an(?:d|n)en|andre (?:kandidater|ansøgere|søkere)|"
    r"nogen anden|noen andre|en med)\b"
)
# Tenth pass: a person named as other in so many words ("otra persona", "un'altra
# candidata", "inne osoby", "en annen søker") is someone else chosen whatever the verb
# ("se ha decantado por otra candidata", "il ruolo è andato a un'altra candidata", "acabou
# escolhendo outra pessoa", "zaprosiliśmy inne osoby"): blind slice 8 brought verbs no list
# held, as slice 7 had in English. Not in a sentence that is conditional or still to come in
# any language read (rejectwatch.model.languages), nor one speaking to the reader as well.
_OTHER_PERSON = re.compile(
    r"\b(?:otr[oa] (?:persona|candidat[oa]|perfil|candidatura|profesional)|outr[oa] (?:pessoa|"
    r"candidat[oa]|perfil|profissional)|un['\u2019 ]?altra (?:persona|candidata|figura|risorsa|"
    r"professionista)|un altro (?:candidato|profilo|professionista)|une autre (?:personne|"
    r"candidate|candidature)|un autre (?:candidat|profil)|eine?[nm]? andere[nmr]? (?:kandidat|"
    r"bewerber|person)\w*|een andere (?:kandidaat|sollicitant|persoon)|inn(?:ego|ą|a|e|ych) "
    r"(?:kandydat\w*|osob\w*)|en annan (?:kandidat|sökande|person)|en an(?:d|n)en (?:kandidat|"
    r"ansøger|søker|person))\b"
)
_NOT_YET_ANY = re.compile(
    r"\b(?:will|once|until|when|if)\b"
    + CONDITIONAL
    + NOT_YET
    + r"|\b(?:ifall|hvis|dersom|när|når|innan|inte än|ikke endnu|ennå ikke|ännu inte|kommer att|"
    r"vil blive|vil bli|kommer til)\b"
)
_TO_YOU = re.compile(
    r"\b(?:ti|tu|usted|você|toi|vous|dich|dir|sie|je|jou|u|ciebie|cię|pana|pani|dig|deg)\b"
    r"(?! (?:ha|han|hemos|avons|haben|hebben))"
)
# The other languages' conditionals and still-to-come words, where the readings of
# rejectwatch.model.languages do not list them (Swedish, Danish, Norwegian).
_NORDIC_NOT_YET = re.compile(
    r"\b(?:ifall|hvis|dersom|när|når|innan|inte än|ikke endnu|ennå ikke|ännu inte|"
    r"kommer att|vil blive|vil bli|kommer til)\b"
)
# The words one of which each match holds (its third party): the reading runs only in the
# sentences holding one, found with the outcome readings' words in one pass
# (rejectwatch.model.negation).
_COMPARED = (
    "more",
    "stronger",
    "deeper",
    "longer",
    "broader",
    "wider",
    "greater",
    "better",
    "previous",
    "prior",
    "direct",
    "hands-on",
    "extensive",
    "significant",
)
ENGLISH_WORDS = (
    "another ",
    "the other ",
    "a different ",
    "one other ",
    "someone",
    "somebody",
    " who ",
    " whose ",
    " who's ",
    " who\u2019s ",
    "that already",
    *(f"that {be} {how}" for be in ("is", "was") for how in ("closer", "better", "more")),
    *(f"with {how}" for how in _COMPARED),
    *(f"with {digit}" for digit in "0123456789"),
)
# the other languages: the words one of which every match of their readings holds, read off
# the patterns (rejectwatch.model.prefilter.openers; eleventh pass: the hand-written list
# had drifted, "una candidata" and the German dative were never opened)
OTHER_WORDS = tuple(sorted({*openers(_LANGUAGES)[0], *openers(_OTHER_PERSON)[0]}))
GATE_WORDS = ENGLISH_WORDS + OTHER_WORDS


_OTHERNESS = frozenset(("another ", "the other ", "a different ", "one other "))
_SOMEONE = frozenset(("someone", "somebody"))
# someone taken on to help the reader or the reader's team, not in the reader's place ("someone
# new to help you with the migration", "somebody to support your team")
READERS_HELPER = (
    r" (?:new |else |extra |more )?to (?:help|support|assist|train|mentor|guide|show|work "
    r"(?:with|alongside)|cover for|back up|pair with) (?:you|your)\b"
)
_READERS_HELPER = re.compile(READERS_HELPER)
# (twenty-fifth pass, part R: the nouns after a count, "the other two shortlisted firms")
_NEXT_WORDS = re.compile(
    r"(?:(?:two|three|four|five|six|few|several|couple of|\d+) )?"
    r"(?P<w1>[a-z\-]+)(?: (?P<w2>[a-z\-]+))?(?: (?P<w3>[a-z\-]+))?"
)
# (twenty-eighth pass, part F: a thing named by three words, "the other dental supply company",
# "the other office cleaning firm": the third is read when the first two go on naming it, no
# article, preposition, pronoun or person among them)
_NOT_A_MODIFIER = frozenset(
    """
    a an the with who whose whom that which for to in at on of and or as by from this his her
    their our your my its them him us you candidate candidates applicant applicants person
    people finalist finalists someone somebody instead
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def _third_party(text: str, left: int, at: int, word: str) -> tuple[int, int]:  # noqa: PLR0911
    """(start, end) of the third party that the word ``word`` found at ``at`` (a word of
    ENGLISH_WORDS) marks, a person not a thing; (-1, -1) for none. ``left``: where its
    sentence starts."""
    if at > 0 and text[at - 1].isalpha() and word[0] != " ":
        return -1, -1  # inside a word ("mother", "handsome one")
    if word in _OTHERNESS:
        after = _NEXT_WORDS.match(text, at + len(word))
        # (twenty-fifth pass, part R: nor what a business buys from, "another vendor")
        if after is None or _a_thing(
            after.group("w1"), after.group("w2"), _NOT_A_PERSON, after.group("w3")
        ):
            return -1, -1
        # (the two words only: the third is read above just to tell a thing)
        return at, after.end("w2") if after.group("w2") else after.end("w1")
    if word in _SOMEONE:
        end = at + len(word)
        # (twenty-ninth pass, part K: never one taken on to help the reader, "we took on
        # someone new to help you with the migration")
        if _READERS_HELPER.match(text, end):
            return -1, -1
        return (at, end) if end >= len(text) or not text[end].isalpha() else (-1, -1)
    # a clause describing a person: "a/the X who ...", "someone with more ...", "a vendor
    # that is closer"; its article and noun just before it
    clause = at if word[0] == " " else at - 1
    before = text[max(left, clause - 40) : clause].split()[-3:]
    if len(before) < 2 or not _PLAIN_WORD.match(noun := before[-1]):
        return -1, -1
    if before[-2] in _ARTICLES:
        article = 2
    elif len(before) == 3 and before[-3] in _ARTICLES and _PLAIN_WORD.match(before[-2]):
        article = 3
    else:
        return -1, -1
    if noun in _THINGS or noun == "you":
        return -1, -1
    start = text.rfind(f"{before[-article]} ", max(left, clause - 40), clause)
    return start, at + len(word)


def only_things(text: str, left: int, right: int, others: re.Pattern[str]) -> bool:
    """Is every match of ``others`` (a pattern of words naming a third party) in the sentence
    text[left:right] an "another" before what a business buys from (BUSINESS: "we went with
    another vendor", "another two suppliers"), so that the sentence names no other person?
    (twenty-fifth pass, part R: a business's supplier chosen is no choice of a candidate)"""
    matched = False
    for found in others.finditer(text, left, right):
        if found.group() != "another":
            return False
        after = _NEXT_WORDS.match(text, found.end() + 1)
        # (twenty-sixth pass, part K: nor a vehicle, a room, a restaurant or a date booked,
        # "we picked another restaurant for the team dinner"; never a way or a route)
        if after is None or not _a_thing(after.group("w1"), after.group("w2"), _BOUGHT):
            return False
        matched = True
    return matched


def _past(word: str) -> bool:
    return (word in _IRREGULAR or (word.endswith("ed") and word[-3:-2] != "e")) and (
        word not in _NOT_A_CHOICE
    )


def _chosen_before(text: str, left: int, start: int) -> int:
    """Where the choice verb before a third party starting at ``start`` stands (-1: none):
    a past verb (or "going with") among the five plain words before it in its sentence, the
    reader not among them."""
    words = text[max(left, start - 60) : start].split()[-5:]
    at = start
    for back in range(len(words) - 1, -1, -1):
        word = words[back]
        if not _PLAIN_WORD.match(word) or word in {"you", "your"}:
            return -1
        # (twenty-sixth pass, part K: a thing hired with its crew, "we hired a van with a
        # driver who knows the route": the thing is what was chosen)
        if word in {"with", "and", "plus"} and back > 0 and words[back - 1] in _THINGS:
            return -1
        at = text.rfind(word, 0, at)
        if _past(word) or (back + 1 < len(words) and f"{word} {words[back + 1]}" in _CHOOSING):
            return at
    return -1


def chose_another(
    text: str, left: int, right: int, found: Sequence[tuple[int, str]], *, other: bool = False
) -> int:
    """Where, in the lower-cased ``text``'s sentence text[left:right] (no stop in it), a
    reading of the employer choosing someone else ends (-1: none): a past or perfect verb
    that is no handing-on, then a third party (another or the other person, someone, a
    person described by a relative clause), with no negation before it and the reader not in
    between; ``found``: (where, word) of each word of ENGLISH_WORDS in the sentence. With
    ``other`` (the sentence holds a word of OTHER_WORDS), the same in another language read
    here. Conditionals, pending and still-to-come sentences are the caller's to rule out (it
    is told where the reading ends, so that a still-to-come word after it, "so we'll let the
    role go that way", does not)."""
    for at, word in found:
        start, end = _third_party(text, left, at, word)
        if start < 0:
            continue
        verb = _chosen_before(text, left, start)
        if verb < 0:
            passive = _PASSIVE.match(text, end, right)
            if (
                passive is None
                or (passive.group("verb") or "") in _NOT_A_CHOICE
                or (passive.group("verb") is None and _GOT_FIRST.search(text, passive.end(), right))
            ):
                continue
            verb, end = start, passive.end()
        # a negation before it ("we haven't chosen another candidate")
        if _NEGATED.search(text, left, verb):
            continue
        # (twenty-ninth pass, part K: a thing that went to someone, "the laptop went to a new
        # starter who needed it more", "the last seat on the coach went to someone who booked")
        # (fortieth pass, third round: nor the reader's application handed on, "your form has
        # gone to the store manager, who starts reading on Monday", YOURS_WENT)
        if verb < start and (
            A_THING_WENT.search(text, max(left, verb - 50), start)
            or YOURS_WENT.search(text, max(left, verb - 90), start)
            or QUEUED.search(text, left, right)
        ):
            continue
        # (twenty-eighth pass, part F: an interview slot or an appointment gone to someone else
        # is the diary's, "the 2pm slot has gone to someone else on the list, could you do 4pm?")
        if verb < start and _A_SLOT.search(text, max(left, verb - 40), verb):
            continue
        # a shift, hours or a slot handed on to a colleague: a rota swap
        if (
            verb < start
            and "colleague" in text[start:end]
            and _ROTA.search(text, max(left, verb - 30), start)
        ):
            continue
        return end
    if not other:
        return -1
    sentence = text[left:right]
    language = _LANGUAGES.search(sentence)
    if language is None:
        language = _OTHER_PERSON.search(sentence)
        if language is None or _NOT_YET_ANY.search(sentence) or _TO_YOU.search(sentence):
            return -1
    elif _NORDIC_NOT_YET.search(sentence):
        return -1
    return left + language.end()
