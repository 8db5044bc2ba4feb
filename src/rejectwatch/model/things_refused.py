"""A refusal of a thing that is no job, read in its own sentence (issue 11, twenty-third pass,
part C).

Mail outside the job search refuses things in a job refusal's words: an allotment plot that
"went to the next person on the waiting list", a flat "let to another applicant", a loan or a
credit limit "not approved" ("seu pedido de aumento de limite do cartão não foi aprovado"), a
pull request or a patch the maintainers "decided not to move forward with", a podcast guest
pitch that is "a no from us this time". The decision readings of rejectwatch.model.negation
found a decision in each (someone else chosen, the reader out). A decision sentence that names
such a thing and no job, no post and no candidacy gives no decision on a job application: its
token is not read (negation._read_lowered). gate.no_job_decision reads several of these kinds
at the level of the message (other_refusals); this reads the sentence, so the cue block carries
no decision token for them either.

Not read: a sentence naming a job or a job's title beside the thing ("the role went to another
applicant who lives closer to the flat", "your application for Tenancy Sustainment Officer has
been unsuccessful"), and the words that name a job's thing as well ("place", "room",
"application", "offer").
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered

__all__ = ["a_thing_refused"]

# a home told as "it", now let or sold ("it's let", "is now sold"); never "let go", "let you
# know"
_NOW_LET_OR_SOLD = (
    r"(?:it" + "['\u2019]" + r"s|it is|it has been|it" + "['\u2019]" + r"s been|is now|now|already)"
)
_NOT_LET_GO = r"(?! (?:go|me|us|you|them|him|her|it|know|down|slip|off|in|on)\b)"

# The thing, no job: a plot or a flat, a loan, a credit limit or a card, a pull request or a
# patch, a podcast's episode or guest spot; in English, Portuguese, Spanish, French, German
# (twenty-third pass, part I: and a piece of writing sent to an outlet, an essay, an article, a
# poem, a short story, "not one for the magazine"; a place at a school or a nursery, the
# admissions criteria that ranked the children)
_OWNED = (
    r"(?:allotment )?plots?(?: \d+)?|allotments?|(?:the|this|that) (?:flat|apartment|house)|"
    # (sixty-fifth pass: never a lender's name, "Rosser Avenue Pawn & Loan has read your Cashier
    # application", a cashier's refusal read as a loan's, slice 192)
    r"tenanc(?:y|ies)|rental|mortgages?|(?<!& )(?<!pawn and )(?<!savings and )loans?|overdraft|"
    r"credit (?:limit|card)|card limit"
    # (and a boat's berth or mooring, "Visitor berths at the marina are all gone this year": a
    # marina's refusal filed, slice 191; never a crew's berth nor "the summer berths", jobs, nor
    # the moorings a hand knows, "a Kerrera lad who knows every mooring")
    r"|(?:your|a|my|visitor|swing|swinging|summer|winter|annual|seasonal) moorings?|"
    r"(?:mooring|marina|pontoon|visitor|swing|boat|yacht) berths?"
    # (a school's, not a course's: a training course is applied for as a job, the cabin crew's,
    # a teacher training year's, a racing academy's)
    # (thirty-ninth pass: not a yard's working pupil, a job)
    r"|(?:school|reception|nursery|pre-?school|sixth[- ]form) places?|(?<!working )pupils?"
    r"|(?:school )?admissions? (?:criteria|policy|policies|authority|round|rules|code|arrangements)"
    # (twenty-fourth pass, part K: a benefit, a permit or a licence of these kinds, "the decision
    # on your application for housing benefit was negative"; not a work permit, a job's)
    r"|(?:housing|council tax|child|disability|unemployment|welfare|carer['\u2019]?s) benefits?"
    r"|(?:parking|resident['\u2019]?s?|visitor['\u2019]?s?|planning|fishing|market|street "
    r"trading) permits?|planning permission"
    r"|(?:driving|fishing|premises|alcohol|street trading|taxi|tv|dog|gun|firearms?) licen[cs]es?"
    r"|empréstimos?|cartão|limite do cartão|financiamento|préstamos?|tarjeta|hipoteca|"
    r"prêts?|crédit immobilier|kredit(?:antrag)?|darlehen|wohnung"
    # (twenty-sixth pass, part C: a unit in a complex, let by its body corporate, written-38)
    r"|body corporate|sectional title"
    # (sixty-second pass: a shop unit or a stall leased to another, "owner has leased it to one
    # chemist from Indira Nagar": a lettings agent's refusal filed, slice 168)
    # (never a kiosk or a stall to staff, a job)
    r"|(?:shop|retail|office|industrial|storage) (?:unit|space)s?|"
    r"leased (?:it|the (?:unit|shop|space|premises))"
    # (twenty-eighth pass, part C: a flat let in the other languages read, "el piso ya está
    # alquilado a otra persona"; a house sold to another buyer, "the sellers went with another
    # offer"; a consulate's or a test centre's appointment, "all slots are taken": written-48)
    r"|(?:el|ese|este) piso|apartamento|alquil(?:er|ad[oa]s?)|appartements?|logements?|"
    r"appartament[oi]|affittat[oa]|huurwoning|woning|imóvel|alugad[oa]"
    # (forty-sixth pass: never a shop's seller post, "put his wife in the seller place")
    r"|sellers?(?! (?:place|post|job|position|role|spot)\b)|vendors? of (?:the|this|that|your|"
    r"our)\b|asking price|"
    # (twenty-eighth pass, part S: each opening word written with its "offer" or "bid", so that
    # the prefilter reads "another offer", "a higher bid", ... as the strings every match holds,
    # not "other " and "another ", which stand in most job mail: 8 -> 251 searches of _THING
    # over 3,000 of data/*.jsonl's messages; the same matches)
    r"(?:another offer|other offer|a higher offer|a better offer|a cash offer|the winning offer|"
    r"another bid|other bid|a higher bid|a better bid|a cash bid|the winning bid)s?\b"
    r"(?! of employment)"
    r"|(?:visa|embassy|consular|consulate|passport|biometrics?|driving test) (?:appointments?|"
    r"slots?)"
    # (... and the one who lets a home, "the landlord has chosen another applicant", "the letting
    # agent went with another tenant": no employer is a landlord in the letters read)
    r"|landlords?|landlad(?:y|ies)|letting agents?|(?:another|other|a different|the new) tenants?"
    r"|holding deposit"
    # (forty-seventh pass: a home gone to someone who can move in, "It went to someone able to
    # move in this weekend", or a room in a shared home, "the bedsit went to a couple"; never
    # in-house)
    r"|(?:able to|who can|who could|that can|that could|ready to|free to|wanting to|who wants? "
    r"to|who needs? to|who needed to) move in(?!-)|flat-?shares?|house-?shares?|flatshares?|"
    r"bedsits?|(?:spare|box|double|single) rooms?"
    # (twenty-ninth pass, part C: a home leased, or named by its bedrooms, "the unit has been
    # leased to another applicant", "the 3-bedroom on Elm Court has gone to another applicant":
    # written-51)
    r"|leased|(?:studio|one|two|three|four|five|[1-5])[- ]bed(?:room)?s?"
    # (forty-fifth pass: a home let or sold, told as "it", "its owner has signed with somebody
    # else, so it's let"; never "let go", "let you know")
    # (forty-sixth pass: "let" written after each opening word, so that the prefilter reads "it's
    # let", "now let", ... as the strings every match holds, not "it's ", "now " and "already ",
    # which stand in most mail; the same matches)
    + r"|" + _NOW_LET_OR_SOLD + r" (?:sold|sublet|rented(?: out)?)" + _NOT_LET_GO
    + r"|" + _NOW_LET_OR_SOLD + r" let(?: out)?" + _NOT_LET_GO
)  # fmt: skip
# ... of them, the reader's own work: nobody applies for a pull request or an essay, so with one
# of these an "application" or a "candidacy" in the sentence is the reader's for a job ("we
# decided not to proceed with your application after reviewing your pull request")
_WORK = (
    r"pull requests?|merge requests?|patch(?:es|set)?|(?:this|that|your) approach|podcast|"
    r"episodes?|guest (?:spot|slot|appearance)"
    r"|essays?|articles?|poems?|poetry|short stor(?:y|ies)|your stor(?:y|ies)|manuscripts?|"
    r"abstracts?|"
    r"(?:the|our|this) (?:magazine|journal|anthology|zine)"
)
_THING = re.compile(r"\b(?:" + _OWNED + "|" + _WORK + r")\b")
_OWNED_ONLY = re.compile(r"\b(?:" + _OWNED + r")\b")
_WORK_ONLY = re.compile(r"\b(?:" + _WORK + r")\b")
_YOUR_APPLICATION = re.compile(r"\byour (?:job )?(?:application|candidacy)\b(?! (?:for|to) )")
_THING_FAST = Prefiltered(_THING)
# ... and no job in the sentence
_A_JOB = re.compile(
    r"\b(?:jobs?|roles?|posts?|positions?|vacanc\w+|candidac\w+|candidatur\w+|candidat[eo]s?\b"
    r"|hire|hiring|interviews?|recruit\w*|shortlist\w*|cv|résumé|resume|employ\w*|internship|"
    r"placement|traineeship|graduate scheme|opening|stelle|bewerbung|poste|puesto|vaga|emprego|"
    r"cargo"
    # (a job's title, its head word: "your application for Tenancy Sustainment Officer has been
    # unsuccessful", "Mortgage Adviser", "Podcast Producer")
    r"|officers?|managers?|assistants?|advis[eo]rs?|analysts?|engineers?|coordinators?|"
    r"specialists?|consultants?|executives?|administrators?|technicians?|developers?|designers?|"
    r"associates?|interns?|trainees?|apprentice\w*|nurses?|teachers?|workers?|operatives?|"
    # (twenty-eighth pass, part C: not a letting or an estate agent, who lets the home)
    r"clerks?|(?<!letting )(?<!estate )agents?|paralegals?|negotiators?|producers?|editors?|"
    r"supervisors?|leads?|heads?|"
    r"directors?|officials?)\b"
    # (part L: the titles of those who write or teach for an outlet or a school, whose refusals
    # name the essays, the journal or the pupils: "we've chosen another writer for the magazine",
    # "applying to tutor our sixth-form pupils"; not the author of a piece, "another
    # photographer's essay")
    r"|\b(?:writers?|columnists?|reporters?|journalists?|correspondents?|copywriters?|tutors?|"
    r"lecturers?|lectureships?|instructors?|coach(?:es)?|illustrators?|photographers?|"
    r"translators?|teach(?:ing)?)\b(?!['\u2019]s\b)"
    # (... and an application to do a job's work is one for a job: "your application to edit
    # the journal"; not one to a journal or a school, "your application to the journal's spring
    # issue", "your application to Greenfield Primary")
    r"|\b(?:application|applying|applied) to (?:edit|write|teach|tutor|work|serve|lead|run|"
    r"present|host|manage|coach|report|review|translate|illustrate|photograph)\b"
    # (twenty-third pass, part I: the hiring told in other words: a crew, the team the reader
    # would join; the reader moved on through a process or taken on; a take-home or a technical
    # test; the work or the shifts given to another; someone else chosen to produce or edit)
    r"|\bcrews?\b|\b(?:join(?:ing)?|for|into) (?:our|the|this|my) (?:[a-z\-]+ ){0,3}?team\b"
    r"|\b(?:progress(?:ing)?|advanc(?:e|ing)|mov(?:e|ing)|tak(?:e|es|ing|en)|took|put(?:ting)?|"
    r"bring(?:ing)?) you (?:forward|through|further|on\b(?! (?:a|the) (?:tour|trip|walk|viewing))|"
    r"to (?:the )?(?:next|final|second|third))"
    r"|\bprogressing you\b|\btake-?home\b|\btrial (?:day|shift)s?\b"
    r"|\b(?:technical|coding) (?:test|task|exercise|challenge)s?\b"
    r"|\b(?:given|gave|give|giving|offered|offer|awarded) (?:the |those |these |all the )?"
    r"(?:[a-z\-]+ ){0,3}?(?:work|shifts|hours) to\b"
    r"|\b(?:someone|somebody|another [a-z]+|other [a-z]+) (?:else )?to (?:produce|edit|present|"
    r"run|manage|lead|staff)\b"
)


# Fifty-fifth pass: the one chosen described by the work they have done ("This one has gone
# another way, toward a registrar who's handled loans from overseas museums", slice 111): a
# thing named after it is that person's work, not the thing refused (never the chosen one's own
# thing, "a tenant whose mortgage was approved sooner")
_WHO_CLAUSE = re.compile(
    r"\bwho(?:['\u2019]s| has| had| have)? (?:already |long |also )?(?:handled|managed|processed|"
    r"run|ran|sold|arranged|written|wrote|underwritten|worked on|overseen|oversaw|covered|"
    r"catalogued|curated|built|taught|edited|reviewed|published|led|administered|serviced|"
    r"booked|produced|hosted|advised on|brokered)\b"
    r"|\bwhose (?:work|experience|background|career|years|time) (?:on|with|in|handling)\b"
)


def _in_who_clause(lowered: str, left: int, right: int) -> bool:
    """Does every thing named in lowered[left:right] stand after a "who" clause of work done?"""
    return all(
        _WHO_CLAUSE.search(lowered, left, thing.start()) is not None
        for thing in _THING.finditer(lowered, left, right)
    )


def a_thing_refused(lowered: str, left: int, right: int) -> bool:
    """Does the decision sentence lowered[left:right] name a thing that is no job (a plot, a
    flat, a loan, a credit limit, a pull request, a podcast episode) and no job?"""
    if _THING_FAST.search(lowered, left, right) is None or _A_JOB.search(lowered, left, right):
        return False
    if _in_who_clause(lowered, left, right):
        return False
    # (part I: the reader's own work named beside an application that is not for it)
    return not (
        _WORK_ONLY.search(lowered, left, right)
        and _YOUR_APPLICATION.search(lowered, left, right)
        and not _OWNED_ONLY.search(lowered, left, right)
    )
