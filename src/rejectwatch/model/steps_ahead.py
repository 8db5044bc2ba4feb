"""A step ahead of the reader, read for the guard (issue 11, sixteenth pass, part E).

The guard (rejectwatch.model.classifier.held_back) holds below filing every message that offers
the reader the job or invites them to a step (rejectwatch.model.negation.offers_the_job,
invites_the_reader). Those readings knew a few dozen phrases. Held out by source, six offers,
interviews and next steps were filed at 0.90-0.995, and the read slices hold hundreds more
that no phrase covers: the next step said as a fact about the reader ("you have been selected
for the next round", "you passed the sift", "you're one of three we'd like to bring to the
final stage"), a meeting set for a day ("the founders want to meet you on Thursday", "come in
Thursday for a stage", "could we move your final interview to Tuesday?"), a step asked for
with its deadline ("please do the online assessment; its link stops working after 72 hours",
"Two referees, please, by Tuesday", "the client has asked for proof of your degree"), and an
offer in words of its own ("the panel wants you as our next Marketing Coordinator", "there is
a place for you on this summer's programme", "Offer letter coming tomorrow!"), in the
languages the readings know.

Each reading is a shape, not a letter's phrase. A rejection can say each shape's words with
the step taken away ("we won't be inviting you to interview", "if you'd like feedback, book a
time", "you passed the test, but ..."), so every match is read in its clause (no negation
before it, in any language read; no "if"), in its sentence (nothing about feedback, a careers
fair, applying again or other roles; for a meeting, nothing in the past: "thank you for coming
in on Monday"), and, for the reader moved on, with no turn after it ("you passed the sift.
Unfortunately ...").

Seventeenth pass (part D): the clause and sentence are read by rejectwatch.model.said_plainly,
the guard's one reader of negations and conditionals, which guard_abroad asks too; an
invitation or an offer in the other languages is read there alone (guard_abroad), and this
module reads English, and the reader moved on, a meeting moved and a step asked in every
language.
"""

from __future__ import annotations

from rejectwatch.model import decisions_in_passing
from rejectwatch.model import lazy_re as re
from rejectwatch.model.reader_to_act import asks_by_a_date
from rejectwatch.model.said_plainly import (
    Branches,
    asked_not_to,
    clause_bounds,
    said_plainly,
    sentence_bounds,
)

__all__ = ["asks_a_step", "offers_a_place"]

_YOU_ARE = r"you(?:['\u2019]ve| have| are|['\u2019]re| were now)?"
_DAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|tonight|next week|this week|"
    r"the \d{1,2}(?:st|nd|rd|th)\b|"
    r"\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)\b|\d{1,2}[:.]\d\d\b|\d{1,2}\.\d{1,2}\.|\d{1,2}/\d{1,2}\b|"
    r"\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|"
    # in the languages read
    r"montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|"
    r"martes|miércoles|jueves|viernes|lunedì|martedì|mercoledì|giovedì|venerdì|segunda|terça|"
    r"quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|poniedziałek|wtorek|"
    r"środa|czwartek|piątek|måndag|tisdag|onsdag|torsdag|fredag|mandag|tirsdag|"
    r"nästa vecka|næste uge|neste uke|příští|jövő hét|\d{1,2} ?(?:uhr|h)\b)"
)
_DAY_RE = re.compile(r"\b" + _DAY)
# A step the reader takes, named as a thing ...
_STEP = (
    r"(?:interviews?|assessments?|assessment cent(?:re|er)|tests?|exercises?|take-?homes?|tasks?|"
    r"case stud(?:y|ies)|presentations?|slides|portfolio|work samples?|seminar|trial(?: shift| "
    r"day| afternoon| evening)?|references|referees?|documents?|passport|share code|photo id|"
    r"right[\- ]to[\- ]work|proof of [a-z ]{2,30}|certificates?|dbs(?: check)?|"
    r"(?:background|pre-employment|reference|criminal record|medical|health|security|vetting|"
    r"occupational health|screening) (?:checks?|questionnaire|forms?)|authori[sz]ation form|"
    r"consent form|skills questionnaire|medical|offer|contract|attendance|availability)"
)
# ... and a stage the reader reaches.
_STAGE = (
    r"(?:interviews?|assessments?|assessment cent(?:re|er)|tests?|exercises?|take-?homes?|tasks?|"
    r"case stud(?:y|ies)|presentation|trial(?: shift| day)?|references|round|stage|step|phase|"
    r"screen|onsite|panel|shortlist|interview list|selection board|recall|audition|challenge|final)"
)

# Another role pitched to the reader (eighteenth pass: a recruiter's other role named after a
# refusal, "I mentioned the regional planning role with a logistics group").
_PITCHED = (
    r"i (?:also )?(?:mentioned|flagged|told you about|spoke about|talked about) (?:the|a|an|"
    r"another) (?:[a-z\-]+ ){0,3}?(?:role|opening|position|vacancy|contract|opportunity) (?:with|"
    r"at|in|for)\b|another (?:role|vacancy|opening|position|opportunity)|other (?:roles|vacancies|"
    r"openings|opportunities|positions)|i (?:also )?have an? (?:[a-z\-]+ ){0,3}?(?:role|contract|"
    r"opening|position|vacancy)|(?:a )?different client|another client"
    # nineteenth pass: "there's a financial controller role in Sandton that I think suits you"
    r"|there(?:['\u2019]s| is) an? (?:[a-z\-]+ ){0,3}?(?:role|contract|opening|position|vacancy|"
    r"job) (?:[a-z\-]+ ){0,3}?(?:that|which) (?:i think |i reckon |i feel )?(?:suits|would suit|"
    r"could suit|might suit|may suit|fits) you"
    # twentieth pass, part B: "I've got a site engineer contract in Toowoomba, 12 months ...,
    # that fits your civil background"
    r"|i(?:['\u2019]ve| have)(?: also)? got an? (?:[a-z\-]+ ){0,3}?(?:role|contract|opening|"
    r"position|vacancy|job)\b[^.!?\n]{0,80}?\b(?:that|which) (?:i think |i reckon )?(?:suits|"
    r"would suit|could suit|might suit|fits|matches) you(?:r (?:[a-z\-]+ ){0,2}?(?:background|"
    r"experience|skills|profile|cv))?"
    # twenty-fourth pass, part A: an Indian agency's other opening, "meanwhile there is one more
    # requirement for a Data Engineer at a fintech", "we have a new mandate for an SAP lead"
    r"|(?:(?:one more|another|a new|a fresh|an urgent|one other) (?:[a-z\-]+ ){0,2}?(?:requirement|"
    r"mandate)|one more (?:opening|position|role|vacancy)) (?:for|with) (?:an?|one)(?= )"
    # twenty-seventh pass, part A: an Irish recruiter's role with the same client, named after
    # the decision, "there's a micro lab role with the same client in Ringaskiddy I'd love to
    # talk about, could you do 10 minutes tomorrow?" (blind slice 25, held back at 0.40)
    r"|there(?:['\u2019]s| is) (?:also )?an? (?:[a-z\-]+ ){0,3}?(?:role|contract|opening|"
    r"position|vacancy|job) (?:with|at) (?:the same|that|this) (?:client|company|firm|employer|"
    r"business|group|site)"
    # (fifty-fifth pass, fourth round: a French-English recruiter's other "mission", "I dispose
    # now of another mission of Purchasing Assistant in a laboratory", slice 118; and a new
    # opening that "came in", "a restaurant manager gig on Atiu came in, which suits you")
    r"|another (?:mission|assignment|gig|placement|post)\b"
    r"|an? (?:[a-z\-]+ ){0,3}?(?:role|gig|post|job|contract|opening|mission) (?:[a-z\-]+ ){0,3}?"
    r"came in\b"
    # (fifty-sixth pass, second round: or with where it is between, "a Package Manager job with a
    # contractor in Parramatta has just come in and suits you better; chat tomorrow?", slice 121)
    r"|an? (?:[a-z\-]+ ){0,3}?(?:role|gig|post|job|contract|opening|mission) (?:with|at|in|for) "
    r"[^.!?\n;]{0,50}? (?:has (?:just )?come in|just came in|came in|has (?:just )?landed)\b"
    # (fifty-sixth pass: a role the recruiter has somewhere, "I've got a Crusher Operator role at
    # a gold project, fly-in fly-out ... Interested?", or is recruiting for, "I'm recruiting for
    # a day-surgery unit nearby", slices 119 and 120)
    r"|i(?:['\u2019]ve| have)(?: also)? got an? (?:[a-z\-]+ ){0,3}?(?:role|contract|opening|"
    r"position|vacancy|job|gig) (?:at|with|in|on|near)\b"
    r"|i(?:['\u2019]m| am) (?:also |now |currently )?recruiting for an? "
    # (sixty-second pass: a new post open somewhere, "Anyway a new position of warehouse chief is
    # open in Huesca that I think fits you", or a place that needs one, "a seafood plant in
    # Yarmouth needs a shift supervisor, days, and they'd love to see you": two recruiters'
    # follow-ups after a refusal, slice 168, held back for the step they ask)
    r"|\ba new (?:[a-z\-]+ ){0,2}?(?:position|role|opening|vacancy|post|job) (?:of|for|as|is|has|"
    r"at|in|with)\b"
    r"|\ban? (?:[a-z\-]+ ){0,3}?[a-z\-]+ (?:in|at|near|out in|up in|down in) [^.!?\n;]{0,30}? "
    r"(?:needs|is after|is looking for|wants|is hiring) an?\b"
)
_PITCHED_RE = re.compile(r"\b(?:" + _PITCHED + r")(?!\w)")
# In the sentence: a step that belongs to no application of the reader's (a feedback call, a
# careers fair, applying again, another role, a survey).
_ASIDE = re.compile(
    r"\b(?:feedback|debrief|survey|apply again|re-?apply|future (?:roles?|vacanc\w+|openings?|"
    r"opportunit\w+|positions?)|other (?:roles|vacancies|openings|opportunities|positions)|"
    r"another (?:role|vacancy|opening|position|opportunity)|"
    r"(?:talent|candidate) (?:pool|community|network)|"
    r"(?:careers?|job|recruitment|graduate) (?:fair|event|evening)s?|open (?:day|evening)|"
    r"webinar|newsletter|unsubscribe|keep (?:your|you) (?:details|cv|on file)|your views|"
    r"(?:submit|put) you (?:forward )?for|i['\u2019]ve got an?"
    r"|i (?:also )?have an? (?:[a-z\-]+ ){0,3}?(?:role|"
    r"contract|opening|position|vacancy)|(?:role|contract|opening|position|vacancy|job) (?:that|"
    r"which) (?:could|might|may|would) suit|better fit|landed on my desk|what else is out there|"
    r"on another note|separately|(?:a )?different client|another client|a step up"
    # (eighteenth pass: a recruiter's other role, named after a refusal: "I mentioned the
    # regional planning role with a logistics group")
    r"|" + _PITCHED + r")(?!\w)"
)
# In the sentence of a meeting: it lies behind ("thank you for coming in on Monday").
_PAST = re.compile(
    r"\b(?:thanks?|thank you|appreciate[ds]?|enjoyed|grateful|was (?:great|good|lovely|nice|a "
    r"pleasure)|it was|we met|you came|yesterday|last (?:week|month|time)|earlier today|"
    r"(?:tried|attempted) to|could not reach|couldn['\u2019]t reach|didn['\u2019]t hear)\b"
)
# ... and thanks for a visit made, said before the visit in its sentence ("good of you to write,
# and to come by the hall on Tuesday": thirty-ninth pass)
# (read just before the visit: "kind of you to apply, and we'd love to see you on Monday" asks)
_COURTESY = re.compile(
    r"\b(?:good|kind|nice|lovely|decent|sweet|thoughtful|generous) of you to "
    r"(?:[^.!?\n]{0,40}?,? and (?:to )?)?$"
)
# ... and a step the sender tried and gave up on, or one behind ("we tried three times to book
# an interview", "it was good to have you in for the interviews")
_TRIED = re.compile(
    r"\b(?:tried|attempted|trying|unable) (?:[a-z]+ ){0,5}?to\b"
    r"|\b(?:it was (?:\w+ )?(?:good|great|lovely|nice|a pleasure) to|thanks? (?:you )?for) $"
)
# After the reader moved on: a turn to a refusal ("you passed the test, but ...").
_TURN = re.compile(
    r"\b(?:but|however|although|though|unfortunately|regrettably|sadly|regret|sorry)\b"
    r"[^.!?\n]{0,120}?\b(?:decided|chose|chosen|went with|gone with|another (?:candidate|finalist|"
    r"applicant|person)|other (?:candidates|finalists|applicants)|someone else|unsuccessful|(?:not"
    r"|n['\u2019]t) (?:be )?(?:progress|mov|tak|invit|"
    r"offer|select|shortlist|proceed)\w*|won['\u2019]t be|will not be)\b"
    r"|\bon this occasion\b"
    # (twenty-first pass, part A: "you passed your test in 2024, so we'll have to leave it",
    # decisions_in_passing)
    r"|"
    + decisions_in_passing.TURNS
    + r"|(?:\b(?:not|no longer|unable|cannot)\b|n['\u2019]t\b)[^.!?\n]{0,80}?\byou"
    r"|\byou[^.!?\n]{0,80}?(?:\b(?:not|no longer|unable|cannot)\b|n['\u2019]t\b)"
)

# The reader moved on: "you have been selected for the next round", "you passed the sift",
# "you're one of three we'd like to bring to the final stage", "the next step is the online
# assessment", and the same in the languages read ("je gaat door naar de volgende ronde",
# "vous êtes retenu pour un entretien", "gått vidare till nästa steg").
_MOVED_ON = re.compile(
    # seventeenth pass: "good news, you're through!", "you remain in the process", "we're at the
    # reference stage now", and abroad "você avançou para a próxima etapa", "lolos ke tahap
    # berikutnya", "ты прошёл на следующий этап", "恭喜進入下一階段"
    r"\byou['\u2019]re through\b(?! (?:the|this|that) )"
    r"|\b(?:you|your application) (?:stays?|remains?) in the (?:process|running)\b"
    r"|\byou(?:['\u2019]re| are) still (?:very much )?in the (?:process|running)\b"
    r"|\bwe(?:['\u2019]re| are) (?:now )?at the reference stage\b"
    r"|\bπερνά(?:ς|τε) στον? (?:επόμενο|δεύτερο|τελικό)\b"
    r"|\bavançou para a (?:próxima|seguinte) etapa\b|\bpostupujete do ďalšieho kola\b"
    r"|\bpostoupil\w*(?:\(a\))? jste do (?:posledního|finálního|dalšího|druhého) kola\b"
    r"|\b(?:gått|gået|går|er gået) videre til (?:anden|andre|tredje|sidste|siste)\b"
    r"|\bolet edennyt (?:\w+ )?(?:seuraavaan|viimeiseen|toiseen|jatkoon)\b"
    r"|\blolos ke tahap\b|\bvào vòng (?:tiếp theo|trong|sau)\b|انتقلت إلى المرحلة التالية"
    r"|\b(?:проходиш|пройшов|пройшла|прошёл|прошел|прошла|прошли|проходите) на (?:наступний|"
    r"следующий) (?:етап|этап)\b|\bpasses a la següent fase\b|进入下一阶段|進入下一階段"
    r"|\b(?:i\u0307?kinci|üçüncü|son|sonraki) aşamaya geç(?:ti|tiğ)\w*"
    r"|\bals nächsten schritt\b|\bdalším krokem je\b|"
    r"\b" + _YOU_ARE + r" (?:been |now |successfully |also )*(?:shortlisted|longlisted)\b"
    r"|\b" + _YOU_ARE + r" (?:been |now |successfully |also )*(?:selected|chosen|picked|invited|"
    r"put forward|put through|progressed|moved forward|taken forward|through) (?:[a-z\-]+ ){0,3}?"
    r"(?:to|for|into|onto|on) (?:the |a |an |our |your |this )?(?:[a-z0-9\-]+ ){0,3}?"
    + _STAGE
    + r"s?\b"
    # (fifty-fifth pass: never a visit, "It was good you passed at the atelier with your
    # samples", a Kinyarwanda-English refusal held at 0.55, slice 114)
    r"|\byou (?:have |['\u2019]ve )?(?:successfully )?(?:passed(?! (?:by|at|in|into|on|along|"
    r"over|round|around|away|out)\b)|got through) "
    r"|\byou (?:have |['\u2019]ve )(?:successfully )?(?:made it (?:through|to)|reached) (?:the "
    r"|your |our |this |to the )?(?:[a-z\-]+ ){0,2}?(?:sift|screening|stage|round|"
    r"test|tests|assessment|check|interview|exercise|shortlist|final)s?\b"
    r"|\byour application (?:has )?(?:passed|moves on|is moving (?:forward|on)|has progressed|"
    r"has been (?:progressed|shortlisted|put forward))\b"
    r"|\byou(?:['\u2019]re| are) (?:still )?one of (?:the |our )?(?:two|three|four|five|six|last|"
    r"final|few|finalists|shortlisted)\b"
    r"|\bcongratulations on (?:reaching|making it|getting through|being (?:shortlisted|selected|"
    r"invited)|passing)\b"
    r"|\b(?:your|the) next (?:step|stage|round) (?:is|will be)\b(?: [a-z0-9\-]+){0,4}? "
    + _STAGE
    + r"\b"
    r"|\bnext (?:up|comes|is) (?:is )?(?:a|an|the|your)\b"
    r"|\b(?:progress|progressing|move|moving|take|taking) you (?:forward |on |through )?to\b"
    r"|\b(?:move|moving|go|going) (?:forward|ahead) with your application to\b"
    r"|\b(?:asked|decided|like|want|wants|pleased|happy|glad) to progress (?:you|your "
    r"application)\b"
    r"|\b(?:glad|pleased|happy|delighted|thrilled) to (?:say|tell you|let you know|confirm|inform "
    r"you) (?:that )?you(?:['\u2019]ve| have)? (?:made|passed|reached|been|got|are|['\u2019]re)\b"
    r"|\bshortlisted you\b|\byou (?:have |['\u2019]ve )made (?:it onto |it on to )?the "
    r"(?:shortlist|cut|final)"
    r"|\bshortlist\b[^.!?\n]{0,40}\byou(?:['\u2019]re| are) on it\b"
    r"|\byou(?:['\u2019]re| are) (?:in|among) (?:the|a) (?:group|handful|few|shortlist|final)"
    r"|\band you(?:['\u2019]re| are) one of them\b"
    r"|\byour (?:application|candidacy|candidature|cv|profile) (?:was|has been) (?:successful|"
    r"selected|shortlisted|chosen)\b"
    r"|\b(?:application|candidacy|candidature) (?:has )?(?:passed|moved|gone|progressed|goes) "
    r"(?:on )?(?:(?:to|through to|into) (?:the )?(?:next|second|final|interview|assessment|"
    r"shortlist|stage two)|further|forward)\b"
    r"|\b" + _YOU_ARE + r" (?:been )?invited to (?:record|take|complete|attend|sit|do|join|book|"
    r"schedule)\b"
    r"|\b(?:we are|we['\u2019]re|i am|i['\u2019]m) (?:now )?inviting you to\b"
    r"|\bwe (?:would like to )?invite you to (?:an?|the|our|your) (?:[a-z0-9\-]+ ){0,3}?"
    + _STAGE
    + r"\b|\bgo ahead with your (?:interview|assessment|trial|start)\b"
    r"|\bput you (?:on|through to|forward (?:to|for)) the (?:interview list|shortlist|next)\b"
    r"|\byou['\u2019]re (?:pencilled|penciled|booked) (?:in )?for\b"
    r"|\b(?:include you in|take you (?:forward|through) to|bring you to) the (?:next|final"
    r"|second)\b"
    # Dutch, German, French, Spanish, Italian, Portuguese, Polish, Nordic, Finnish, Czech,
    # Hungarian, Turkish, Greek
    r"|\b(?:je|u) (?:gaat|gaan|bent) (?:door )?(?:naar|in) de (?:volgende|tweede|laatste|"
    r"finale) (?:ronde|fase|stap)\b"
    r"|\b(?:sie sind|du bist) (?:eine runde weiter|in der (?:nächsten|zweiten|finalen) runde)\b"
    r"|\bvous (?:êtes|avez été) (?:retenue?s?|sélectionnée?s?|présélectionnée?s?) pour\b"
    r"|\b(?:pasas|pasa|ha pasado|has pasado) a la (?:siguiente|próxima|segunda) (?:fase|etapa)\b"
    r"|\b(?:has|ha) superado (?:la|el)\b"
    r"|\b(?:sei|è) (?:stato|stata) (?:selezionat[oa]|ammess[oa]) (?:per|al|alla)\b"
    r"|\b(?:foi|você foi) (?:selecionad[oa]|aprovad[oa]) para\b"
    r"|\b(?:przechodzi|przeszedł|przeszła) (?:pan |pani )?do (?:kolejnego|następnego) etapu\b"
    r"|\b(?:gått|gået|går) vidare till (?:nästa|den)\b|\b(?:gått|gået|går) videre til (?:neste|"
    r"næste|den)\b"
    r"|\b(?:pääsit|olet päässyt|jatkat) (?:seuraavaan|jatkoon|haastatteluun)\b"
    r"|\b(?:postupujete|postoupil\w*(?:\(a\))? jste) do (?:dalšího|druhého) kola\b"
    r"|\btovábbjutott\w*"
    r"|\bzapraszamy (?:pana |panią )?do (?:drugiego|kolejnego|następnego|dalszego) etapu\b"
    r"|\bbir sonraki aşamaya geçti\w*|\bπεράσατε στην επόμενη φάση\b"
    r"|\bnext (?:step|stage) (?:for [^.!?\n]{1,40} )?(?:is|will be) (?:a|an|the|your)\b"
    r"|\bup next\s*:|\blast step before\b"
    r"|\b(?:avanzas|pasas) a la (?:siguiente|próxima) (?:etapa|fase)\b"
    r"|\bpass(?:ou|ata|ato|i) (?:à|alla) (?:fase|etapa) (?:seguinte|successiva)\b"
    r"|\bpassou para a próxima (?:fase|etapa)\b|\bprzechodzisz do (?:kolejnego|następnego) etapu\b"
    r"|\bpostupuješ do (?:dalšího|druhého) kola\b|\bolet edennyt seuraavaan\b|\bsinut on valittu\b"
    r"|\bπερνάς στο επόμενο\b|\b(?:ai|ați) trecut în etapa (?:următoare|a doua|a treia|finală)\b"
    r"|\betapa următoare este\b"
)

# A meeting with the reader, asked for or set: "the founders want to meet you on Thursday",
# "come in Thursday for a stage", "could we move your final interview to the following
# Tuesday?", "your onsite loop is confirmed for Tuesday", and a meeting moved abroad ("leider
# muss ich unser Gespräch verschieben", "décaler notre entretien"; an invitation abroad is read
# by rejectwatch.model.guard_abroad).
# (nothing after it in its sentence that turns it: "but", "however", "unfortunately")
_NO_TURN = r"(?![^.!?\n]*\b(?:but|however|unfortunately|sadly|regrettably)\b)"
_MEETING = re.compile(
    # a meeting with the reader on a day (read with _DAY_RE in the sentence)
    # (seventeenth pass: "looking forward to speaking tomorrow")
    r"\b(?:looking forward|look forward) to (?:speaking|talking|chatting)\b|"
    r"\b(?:like|love|want|wants|keen|hope|hoping|looking forward|able|free|can|could|please|"
    r"would|will|ll|d) (?:[a-z\-]+ ){0,3}?(?:to )?(?:meet|meeting|see|seeing|welcome|welcoming) "
    r"you\b(?! again| apply)"
    # (forty-second pass: never someone who has come back from abroad, "our cook's nephew Jibin has
    # come back from the Emirates and is joining the kitchen next week")
    r"|(?<!has )(?<!had )(?<!have )\b(?:come|pop) (?:in|back(?! from\b)|to|for|along|over|by)\b"
    r"|\b(?:can|could|would|will) you (?:be (?:free|able) to )?(?:come|pop)\b"
    r"|\bbe (?:free|available) (?:to come|for an?|on)\b"
    r"|\bplease (?:report|arrive|come)\b|\b(?:like|want|wants|need) to (?:book|schedule|arrange"
    r"|fix)\b"
    r"|\blet['\u2019]s (?:retry|try again|meet)\b"
    r"|\b(?:can|could) (?:you|u) do\b|\bare you (?:free|available)\b"
    # thirty-first pass: a third person set to interview the reader or show them round ("the
    # estate has brought in a head gardener who will interview you on Monday at 10", "our PI has
    # picked a postdoc to show you round the lab on Friday at 2")
    # (not a plan undone, "I was going to interview you on Thursday, but we've filled the role",
    # "we were due to interview you on Friday; unfortunately the vacancy has been cancelled")
    r"|\b(?:will|ll|would|d|can|could) (?:be )?interview(?:ing)? you\b" + _NO_TURN
    + r"|(?<!going )(?<!due )(?<!planned )(?<!hoped )(?<!meant )(?<!supposed )(?<!liked )"
    r"(?<!wanted )(?<!intended )\b(?:will|ll|would|d|to|can|could) (?:be )?(?:show|showing|take|"
    r"taking|walk|walking) you a?round\b" + _NO_TURN
    # ... and the reader's meeting moved or kept to a day ("so your interview moves to Tuesday
    # at 2", "your call is still on Friday", "your panel has been moved to Monday")
    + r"|\byour (?:[a-z\-]+ ){0,2}?(?:interview|call|meeting|session|assessment|panel|chat|"
    r"trial|onsite|visit) (?:now )?(?:moves|has moved|is moving|has been moved|is now|will now "
    r"be|is rescheduled|has been rescheduled|is still|stays|remains|is confirmed) (?:to|on|at|"
    r"for)\b" + _NO_TURN
)
# Nineteenth pass, part H: a trial day in English, a step like an interview ("trial shift",
# "working interview", "job shadowing day", "paid trial"); not a trial period (probation)
_TRIAL = (
    r"(?:trial (?:shift|day|session|morning|afternoon|evening|service|week|shifts|days)|working "
    r"interviews?|(?:job )?shadow(?:ing)? (?:day|shift|session)|paid trial|taster (?:day|shift)|"
    r"try-?out (?:day|shift))"
)
_MEETING_ANY_DAY = re.compile(
    # ... or a further round, without a day: "keen on a second round", "they'd like you in for
    # the final panel", "we'd love to get you in for an interview", "the panel wants a second
    # meeting"
    r"\b(?:like|love|want|wants|keen on|asked for|asked to|arrange|set up|book|schedule|"
    r"(?:could|can|shall) we (?:do|have|set up|arrange|book|schedule|grab)) (?:an?|the|your|"
    r"another|one more|a further) (?:[a-z0-9\-]+ ){0,2}?(?:interview|round|panel|stage|trial|"
    r"onsite|phone screen|screen)s?\b"
    r"|\b(?:like|love|want|wants|keen on|asked for|arrange|set up|book|schedule|"
    r"(?:could|can|shall) we (?:do|have|set up|arrange|book|schedule|grab)) (?:an?|the|your|"
    r"another|one more) (?:second|third|final|last|further|follow-up|technical|next) "
    r"(?:[a-z0-9\-]+ )?(?:meeting|conversation|chat|call|session)s?\b"
    r"|\b(?:bring|get|have|wants?|like|need) you (?:in|back) for (?:an? |the |your |another |"
    r"one more |a further )?(?:[a-z0-9\-]+ ){0,2}?(?:interview|round|panel|stage|trial|onsite|"
    r"meeting|conversation)s?\b|\byou to come (?:in|back) for\b"
    r"|\b(?:move|moving|push|pushing|reschedule|rescheduling|rearrange|bring forward|postpone) "
    r"(?:your|the|our|this) (?:[a-z\-]+ ){0,2}?(?:interview|call|meeting|session|slot|"
    r"assessment|panel|chat|conversation|onsite|round|trial)\b"
    r"|\b(?:could|can|shall) we move (?:it |this |things )?to\b"
    # seventeenth pass: a meeting moved or a quick call asked, in a reply ("could we move
    # Friday's chat to 10:30?", "musíme pohovor přesunout", "kan vi rykke samtalen", "måste vi
    # boka om", "har du tid för ett kort samtal imorgon", "masz jutro chwilę", "át kell tennem
    # a holnapi hívásunkat", Greek "I must move our call of tomorrow")
    r"|\b(?:move|moving|push|reschedule|rearrange) [a-z]+['\u2019]s (?:chat|call|interview|meeting|"
    r"session|panel)\b"
    r"|\bpřesunout (?:náš |váš )?(?:\w+ )?(?:pohovor|schůzku|call|hovor)\b|\bpohovor přesunout\b"
    r"|\brykke (?:samtalen|mødet|interviewet)\b|\bboka om\b|\bgår det bra att (?:ses|träffas)\b"
    r"|\bhar du tid (?:til|för|for) (?:et|ett|en) (?:kort )?(?:opkald|samtal|samtale|møde|möte)\b"
    r"|\bmasz (?:jutro |dziś |dzisiaj )?chwilę\b|\bgörüşmesi yapabilir miyiz\b"
    r"|\bát kell tenn\w* (?:a )?(?:\w+ )?(?:hívás|interjú|beszélgetés|találkozó)\w*"
    r"|\bνα μεταθέσ\w* (?:την|το) (?:\w+ )?(?:μας )?(?:κλήση|συνέντευξη|συνάντηση)"
    r"|\byour (?:[a-z\-]+ ){0,2}?(?:interview|onsite|loop|medical|assessment|session|call|"
    r"trial|panel|meeting)s? (?:is|are|has been|have been|will now|will (?:now )?take place|will "
    r"be held|is now) (?:now )?(?:confirmed|booked|scheduled|arranged|set|moved|rescheduled|on|at|"
    r"take place|held|in)\b"
    r"|\bthe (?:[a-z\-]+ )?(?:interview|onsite|loop|medical|assessment)s? (?:is|are|has been|have "
    r"been|will now|is now) (?:now )?(?:confirmed|booked|scheduled|arranged|moved|rescheduled|"
    r"take place)\b"
    r"|\b(?:pick|choose|select|book|grab|find|send me|suggest|propose|give me|let me know) (?:a|an|"
    r"any|your|some|a few|two|three) (?:[a-z\-]+ ){0,2}?(?:slots?|times?|dates?)\b"
    r"|\b(?:link|invite|invitation|joining details) (?:for|to) your (?:[a-z\-]+ ){0,2}?"
    r"(?:interview|assessment|call|session)\b"
    r"|\bnew link for your\b|\bsend (?:you )?a new (?:invite|invitation|link)\b"
    r"|\bhere (?:is|are|['\u2019]s) (?:a |some |three |two |a few |the )?(?:new|fresh) (?:one|link|"
    r"times|slots|dates)\b|\b(?:new|fresh) (?:times|slots|dates) for your\b"
    r"|\b(?:updated|new) invitation: (?:interview|assessment|call|meeting)"
    # (never someone who has moved up into a post, "Orla from our packing room has moved up into
    # it from next week")
    r"|\b(?:venue|room|location) (?:for your (?:[a-z\-]+ ){0,2})?has (?:changed|moved)\b"
    r"(?! up\b| into\b| on\b| across\b| over\b| away\b| out\b)"
    r"|\byour (?:[a-z\-]+ ){0,2}?(?:interview|onsite|assessment|trial|call) for [^.!?\n]{1,60}? "
    r"(?:is|has been) (?:now )?(?:confirmed|booked|scheduled|arranged)\b"
    r"|\bthe interview will (?:now )?(?:take place|be held)\b"
    r"|\b(?:stage|status)\s*:\s*(?:interview|assessment)(?: [a-z]+)? (?:scheduled|booked|invited|"
    r"requested|arranged)\b"
    r"|\bthis event has been (?:updated|changed|moved)\b|\bmoving (?:us|this|it) (?:an hour|to|"
    r"back|forward)\b"
    r"|\b(?:topic|brief|pack|details|agenda|schedule|joining instructions|excerpt list) for your "
    r"(?:[a-z\-]+ ){0,2}?(?:interview|assessment|presentation|trial|onsite|audition)"
    r"|\byour deadline (?:moves|has moved|is now|has been extended)\b"
    r"|\b(?:keen|want|wants|would like|['\u2019]d like|would love|['\u2019]d love|looking forward|"
    r"look forward) to (?:meet|see|meeting|seeing) you\b(?! again| apply| in (?:the )?future| at)"
    r"|\bwe['\u2019]d (?:like|love) to (?:talk|speak)(?=[.!])"
    r"|\bcould we do [^.?!\n]{1,30} instead\b"
    r"|\b(?:gespräch|interview|vorstellungsgespräch|termin)\w* (?:auf|zu|um) [^.!?\n]{1,40}?"
    r"verschieben\b|\bpasst (?:ihnen|dir|es ihnen|es dir)\b"
    r"|\b(?:décaler|déplacer|reporter|avancer) (?:notre |votre |l['\u2019]|cet |le )?(?:entretien|"
    r"rendez-vous)\b"
    r"|\bspostare (?:il |il nostro |il suo |il tuo )?colloquio\b"
    r"|\b(?:cambiar|mover|aplazar|reprogramar|trasladar|posponer) (?:la |nuestra |su |tu )?"
    r"entrevista\b"
    r"|\b(?:remarcar|adiar|reagendar|mudar) (?:a |nossa |sua |a nossa )?(?:entrevista|conversa)\b"
    r"|\b(?:verzetten|verplaatsen) (?:het |ons |je |uw )?(?:gesprek|interview|"
    r"sollicitatiegesprek)\b|\b(?:gesprek|interview) (?:verzetten|verplaatsen)\b"
    r"|\bprzełożyć (?:naszą |pani |pana )?rozmowę\b|\b(?:rozmowa|spotkanie) przesuwa się\b"
    r"|\bflytt(?:a|e) (?:intervjun|intervjuet|samtalen|samtalet|vores møde|mødet)\b"
    r"|\bsiirtä\w* (?:\w+ )?(?:haastattelu|puhelu|tapaami)\w*|\bsopisiko\b"
    r"|\bpřesunout (?:náš |váš )?(?:pohovor|schůzku)\b"
    r"|\b(?:áthelyez|átrak|elhalaszt)\w* (?:az )?interjú\w*|\bmülakat\w* (?:ertele|kaydır)\w*"
    r"|\bμεταφέρουμε τη συνέντευξη\b|\b(?:mutăm|reprogramăm|amânăm) interviul\b"
    r"|\b(?:looking forward|look forward) to (?:meeting|seeing|speaking (?:to|with)) you\b"
    r"|\basked to (?:speak|talk|meet) (?:with |to )?you\b|\byou['\u2019]re (?:locked|booked) in\b"
    # nineteenth pass, part H: the reader invited to a trial day ("we'd like to invite you for a
    # job shadowing day", "we'd love to offer you a paid trial", "your trial shift is booked for
    # Friday")
    r"|\b(?:invite|inviting|like|love|want|wants|keen|have|get|bring|book|offer|offering) (?:you "
    r"(?:[a-z\-]+ ){0,3}?(?:(?:for|to|on) )?|(?:[a-z\-]+ ){0,3}?(?:for|to|on) )(?:an?|the|your|our|"
    r"one) (?:[a-z\-]+ ){0,2}?"
    + _TRIAL
    + r"\b|\b(?:the|your) (?:[a-z\-]+ )?"
    + _TRIAL
    + r" (?:is|has been|will be) (?:now )?(?:confirmed|booked|scheduled|arranged|set|on|at|for|"
    r"this|next|tomorrow|today)\b"
    # (seventeenth pass: an invitation in the other languages is read by
    # rejectwatch.model.guard_abroad, a meeting moved here)
)


# Seventeenth pass: an interview confirmed, or its time to choose again ("This is a
# confirmation of your interview", "your interview with Quantum Leaf is in 24 hours",
# "could you choose another time", "thank you for confirming your interview", "a recruiter
# will contact you shortly to schedule the call")
# (read with no turn to a refusal after it, as the reader moved on: "thank you for confirming
# your interview slot. Sadly we will not be going ahead with the interviews")
_SET = re.compile(
    r"\b(?:confirmation of|confirming|confirm) your (?:[a-z\-]+ ){0,2}?(?:interview|phone screen|"
    r"video call|assessment|call|meeting|trial)\b"
    r"|\byour (?:[a-z\-]+ ){0,2}?(?:interview|phone screen|call|assessment)"
    r"(?: with [^.!?\n]{1,40}?)? (?:is|will be) (?:in \d|on |at |tomorrow|today|this|next|"
    r"scheduled|confirmed)"
    r"|\b(?:choose|pick|select|book) (?:another|a new|a different) (?:time|slot|date)\b"
    r"|\bplease rebook\b|\brebook (?:one of the|a new|another|your)\b"
    r"|\ba new invite\b[^.!?\n]{0,40}?\bis on its way\b"
    r"|\b(?:like|love|want|wants|invite) you to come (?:in |along |back )?(?:to|for) "
    r"(?:our|the|an?|your) "
    r"|\b(?:the|your) deadline (?:is unchanged|stays|remains)\b|\bextended your (?:[a-z\-]+ )?"
    r"deadline\b"
    r"|\bthank(?:s| you) for confirming your (?:[a-z\-]+ )?(?:interview|attendance|slot|place|"
    r"availability)\b"
    r"|\b(?:contact|call|email) you (?:shortly |soon |today |tomorrow )?to (?:schedule|arrange|"
    r"book|set up) (?:the|an|your|a) (?:[a-z\-]+ )?(?:call|interview|meeting|chat)\b"
)

# The stage after one behind the reader (twentieth pass, part H)
_FURTHER = r"second|third|fourth|next|final|further|last|remaining|2nd|3rd|4th"
# A step asked of the reader: "please do the online assessment", "Two referees, please",
# "the client has asked for proof of your degree", "you haven't finished your online
# assessment yet", "here's the take-home", and abroad "merci de passer le test en ligne avant
# vendredi", "vă invităm să completați testul online".
_ASKED = re.compile(
    # seventeenth pass: "would like to take up references", "we need to complete reference
    # checks", "please complete the questionnaire via the link below within 3 days", and abroad
    # "vyplňte ho prosím", "odevzdej ho prosím do pátku", "bitte schließen Sie den Online-Test
    # ... ab", "le rogamos que nos envíe", "ご受検いただけますようお願いいたします"
    r"\b(?:take up|complete|carry out|run|start) (?:your |the |an? )?(?:[a-z\-]+ )?(?:references|"
    r"reference checks?|background checks?|dbs checks?|criminal record checks?)\b"
    r"|\bplease (?:upload|submit|send|finish|complete) (?:yours|it|them) (?:before|by|within)\b"
    r"|\bplease complete the (?:[a-z\-]+ )?questionnaire\b[^.!?\n]{0,40}?\b(?:within|by)\b"
    r"|\b(?:vyplň|vyplňte|odevzdej|odevzdejte|pošlete|zašlete) (?:ho |ji |je )?prosím\b"
    r"|\bbitte schließen sie\b|\b(?:le|te) (?:rogamos|pedimos) (?:que )?nos (?:envíe|envíes|"
    r"mande|mandes)\b"
    r"|(?:ご受検|ご回答|ご提出|ご返信|ご記入)(?:いただけますよう|ください|をお願い)|"
    r"\b(?:please|kindly|could you|can you|would you|we need you to|we(?:['\u2019]d| would) like "
    r"you to|we ask you to|you(?:['\u2019]ll| will) need to|you must|make sure you|remember to|"
    r"be sure to|next,|to keep things moving,) (?:[a-z\-]+ ){0,2}?(?:complete|do|take|sit|finish|"
    r"record|send|submit|return|sign|e-sign|upload|bring|provide|book|pick|choose|select|"
    r"confirm|fill in|fill out|drop|share|attend|present|prepare) [^.!?\n;]{0,40}?" + _STEP + r"\b"
    r"|(?:^|(?<=[.!?] ))(?:send|submit|return|upload|bring|complete|book|record|drop|sign|e-sign|"
    r"finish|take|fill in|fill out) (?:us |me )?(?:your|the|a|an|two|three|both) "
    r"(?:[a-z0-9\-]+ ){0,3}?" + _STEP + r"\b"
    r"|\bplease (?:e-?sign|sign and return|countersign|accept (?:the|your) (?:offer|place))\b"
    r"|\b(?:hit|click|press) accept\b"
    r"|\baccept (?:it |the offer |your offer |your place )?in the portal\b"
    r"|\bplease (?:finish|complete|submit) (?:it|them|your application)\b|\bplease add (?:it"
    r"|them) by\b"
    # (fifty-third pass: never after the application is found ineligible or refused, "Your
    # application is ineligible: the operator certificate is missing", a reason, not a request)
    r"|\byour (?:[a-z\-]+ ){0,3}?application\b(?:(?! (?:is|was|has been) (?:found |deemed )?"
    r"(?:ineligible|not eligible|unsuccessful|rejected|declined|closed|withdrawn)\b)[^.!?\n])"
    r"{0,80}? is (?:still )?(?:incomplete|\d+% complete|missing)\b"
    r"|\byou started an application\b|\bvotre dossier (?:de candidature )?est incomplet\b"
    r"|\b(?:reply|respond|send|share|let us know|confirm)(?: [a-z]+){0,3} (?:your )?(?:salary "
    r"expectations|notice period|earliest start date)\b"
    r"|\b(?:questions|details) before we (?:continue|proceed|move (?:forward|on)|go further"
    r"|progress)\b"
    r"|\b(?:two|three|your|the) (?:referees|references),? please\b"
    r"|\bwe(?:['\u2019]ll| will)? need (?:two |your |a |an |one |the )?(?:[a-z\-]+ ){0,2}?"
    r"(?:references|referees|dbs check|background check|proof of|copy of your)\b"
    r"|\b(?:has|have) (?:asked|requested) (?:for )?(?:[a-z0-9\-]+ ){0,4}?(?:references?|referees?|"
    r"documents?|presentation|proof|letters? of recommendation|statement|portfolio|work samples?|"
    r"certificates?)\b|\brequested additional documents\b"
    r"|\b(?:here is|here['\u2019]s|attached is|attached are|please find attached|below is) (?:the|"
    r"your|a) (?:[a-z0-9\-]+ ){0,2}?(?:take-?home|assessment|test|exercise|brief|case study)\b"
    r"|\byour (?:[a-z\-]+ ){0,2}?(?:assessment|test) link\b"
    r"|\byou (?:haven['\u2019]t|have not) (?:yet )?(?:finished|completed|done|submitted|started|"
    r"booked) your\b"
    r"|\bbefore we (?:shortlist|decide|make (?:a|our) decision|draw up|finali[sz]e|confirm)\b"
    r"|\bto move forward with your application, we need\b"
    r"|\bwe(?:['\u2019]re| are| will| ['\u2019]ll)? (?:now )?(?:taking up|take up|contacting|"
    r"contact) (?:your )?(?:references|referees)\b"
    r"|\byour (?:background check|dbs check|medical) (?:has been|is) (?:started|booked|underway)\b"
    # abroad
    r"|\bmerci de (?:bien vouloir )?(?:nous )?(?:le |la |les )?(?:passer|compléter|remplir|envoyer|"
    r"transmettre|faire parvenir|déposer|confirmer)\b"
    r"|\b(?:bitte|bitten sie) (?:[a-zäöü]+ ){0,3}?(?:absolvieren|ausfüllen|einreichen|senden|"
    r"schicken|bearbeiten)\b"
    r"|\b(?:le|te) (?:rogamos|pedimos) (?:que )?(?:completes|complete|realices|realice|envíes|"
    r"envíe)\b"
    r"|\bil prossimo passo (?:è|sarà)\b|\bo próximo passo (?:é|será)\b|\bel siguiente paso (?:es|"
    r"será)\b|\bla prochaine étape (?:est|sera)\b|\bde volgende stap is\b|\bder nächste schritt "
    r"(?:ist|wäre)\b|\bnästa steg (?:är|blir)\b|\bnæste skridt er\b|\bneste steg er\b"
    r"|\bwe vragen je (?:een|de|het)\b|\bvă invităm să (?:completați|susțineți|trimiteți)\b"
    r"|\bpyytäisimme sinulta\b|\bvi tar nu referenser\b|\bla siguiente fase es\b"
    r"|\b(?:like|need) to contact (?:two |your )?(?:referees|references)\b"
    r"|\b(?:please|could you|can you) (?:send|return|submit|complete) (?:it|them) (?:back )?by\b"
    r"|(?:^|(?<=[.!?] ))(?:submit|send|return)(?: it| them| this)? by\b"
    r"|\b(?:complete|run|carry out|start) (?:a|the|your) (?:background|pre-employment|reference|"
    r"dbs|criminal record) check\b"
    r"|\b(?:carrying out|started|starting|begun|running) (?:your |the )?(?:pre-employment|"
    r"background|reference|dbs) checks?\b"
    r"|\bplease complete the (?:questionnaire|form) (?:within|by)\b|\bplease review and sign\b"
    r"|\bpedimos que (?:realize|complete|preencha|envie)\b"
    r"|\b(?:ti|le|vi) chiediamo di (?:completare|compilare|inviare|svolgere)\b"
    r"|\benvíanos\w* antes del\b|\bvous proposons de réaliser\b"
    r"|\bpyydämme sinua (?:tekemään|täyttämään|palauttamaan)\b"
    r"|\bvă rugăm să (?:îl |o )?(?:completați|trimiteți)\b"
    # twentieth pass, part H: a further stage asked of the reader ("Priya would like you to do
    # the second part", "we'd like you to complete stage two", "Wir bitten Sie, die zweite Stufe
    # ... zu absolvieren", "nos gustaría que completaras la segunda parte")
    r"|\b(?:would|['\u2019]d) like you to (?:now )?(?:do|complete|take|sit|finish|attempt|start|"
    r"tackle|move on to|go on to|progress to|continue (?:on )?to|continue with) (?:the |a |your )?"
    r"(?:" + _FURTHER + r") (?:part|stage|round|section|step|phase|task|exercise|assessment|"
    r"interview)|\b(?:would|['\u2019]d) like you to (?:now )?(?:do|complete|take|sit|finish|"
    r"attempt|start|tackle) (?:part|stage|round|section|phase|step) (?:two|three|four|2|3|4|b|c)\b"
    r"|\b(?:bitten|bitte)(?: (?:sie|dich|euch))?,? (?:\w+ ){0,3}?(?:den|die|das) (?:zweiten?|"
    r"dritten?|nächsten?|letzten?|weiteren?) (?:teil|stufe|runde|schritt|phase|aufgabe)\b"
    r"|\b(?:nous aimerions|nous souhaiterions|merci de) (?:que vous )?(?:\w+ ){0,2}?(?:la|le) "
    r"(?:deuxième|seconde|second|troisième|prochaine|prochain|dernière|dernier) (?:partie|étape|"
    r"tour|phase|épreuve)\b"
    r"|\b(?:nos gustaría|(?:te|le) pedimos|(?:te|le) rogamos) (?:que )?(?:\w+ ){0,2}?la "
    r"(?:segunda|tercera|siguiente|próxima|última) (?:parte|fase|etapa|ronda|prueba)\b"
    r"|\b(?:vorremmo|(?:ti|le|vi) chiediamo di) (?:che )?(?:\w+ ){0,2}?la (?:seconda|terza|"
    r"prossima|successiva|ultima) (?:parte|fase|prova|tappa)\b"
    r"|\b(?:(?:willen|zouden) (?:we|wij)|(?:we|wij) (?:willen|zouden)) (?:je|jou|u) (?:graag )?"
    r"vragen (?:om )?(?:het|de) (?:tweede|derde|volgende|laatste) (?:deel|ronde|fase|stap|"
    r"opdracht)\b"
    r"|\bgostaríamos (?:que )?(?:\w+ ){0,2}?a (?:segunda|terceira|próxima|última) (?:parte|etapa|"
    r"fase|prova)\b",
    re.MULTILINE,
)

# An offer in words of its own: "the panel wants you as our next Marketing Coordinator", "there
# is a place for you on this summer's programme", "Offer letter coming tomorrow!", "we can
# offer £43,000 plus ...", "the Bid Writer job is yours" (abroad: guard_abroad._OFFERED).
_OFFER = re.compile(
    # seventeenth pass: "confirming the offer in writing", "the offer we made on the phone is
    # confirmed", "you've received an offer for", "job's yours"
    # (forty-fourth pass: never one another took, "Another candidate … took the offer we made")
    r"\b(?<!took )(?<!accepted )(?<!taken )(?<!signed )(?<!has taken )"
    r"the offer (?:we|i) (?:made|discussed|talked about)\b|\b(?:confirming|confirm) the offer in "
    r"writing\b|\byou(?:['\u2019]ve| have) received an offer\b"
    r"|\b(?:job|role|position|post|place)['\u2019]s yours\b|\bit['\u2019]s you we (?:want|chose|"
    r"picked|would like|['\u2019]d like)\b"
    r"|\b(?:making|make|made) you an? (?:conditional|formal|verbal|written|firm) offer\b|"
    r"\b(?:wants?|would like|['\u2019]d like|['\u2019]d love|would love) you (?:as (?:our|the|a) |"
    r"to join (?:us|the|our|as) (?!talent|mailing|community|network))"
    r"|\b(?:like|love|delighted|pleased|thrilled|excited|happy) to have you (?:as|on board|aboard|"
    r"join|with us|on the team)\b|\bwe['\u2019]d love to have you(?=[.!])"
    r"|\b(?:there is|there['\u2019]s|has|have|is) a (?:place|seat|spot) (?:for you|(?:on|in) "
    r"(?:the|this|our) [^.!?\n]{0,60}? is yours)"
    r"|\b(?:role|job|position|post|place|contract|seat)(?: [a-z\-]+){0,3} is yours\b"
    r"|\b(?:place|seat|spot) on [^.!?\n]{1,80}? is yours\b"
    r"|\b(?:selected|chosen|picked) you for (?:the|this|our) (?:[a-z0-9\-&]+ ){0,4}?(?:role|"
    r"position|post|job|appointment|vacancy|contract)\b"
    r"|\b(?:given|offered|awarded) (?:the|this) (?:role|job|position|post|contract) to you\b"
    r"|\b(?:move|moving|go|going) (?:ahead|forward) with you\b"
    r"|\b(?:approved|confirmed|confirm) your appointment\b|\brecommended you for (?:appointment|"
    r"the post|the role|the position)\b|\byou(?:['\u2019]ve| have)? been offered (?:a|the)\b"
    r"|\bit['\u2019]s a yes\b|\byou got (?:it|the job|the role)\b(?!\?)"
    r"|\byour offer has been (?:approved|signed off|confirmed)\b"
    r"|\boffer (?:itself )?stands\b|\b(?:your|the) (?:employment )?contract is attached\b"
    r"|\byour contract (?:says|starts)\b|\b(?:terms|details|conditions) of your (?:[a-z]+ )?offer\b"
    r"|\bcan['\u2019]t wait (?:for you to join|to (?:welcome|have) you)\b"
    r"|\b(?:the|your) (?:conditional )?offer is (?:conditional on|subject to)\b"
    r"|\b(?:confirm(?:ed)?|extend(?:ed)?) (?:our|your|the) (?:formal |written |conditional |job )?"
    r"offer\b(?! to (?!you\b))|\boffer extended\b(?! to (?!you\b))|\bconfirmed your appointment\b"
    r"|\b(?:here is|here['\u2019]s|attached is) your (?:formal |written |job |conditional )?offer\b"
    r"|\b(?:your|the|written) (?:formal |written |conditional |internship |job )?offer (?:letter )?"
    r"(?:stands|is in (?:the|your)|waits|now waits|is attached|is ready|is on its way|to you on|"
    r"coming|will follow|to follow)\b"
    r"|\boffer letter (?:and [a-z ]{1,30} )?(?:coming|attached|to follow|on its way|is in|lands|"
    r"arrives|will arrive|is coming)\b"
    r"|\ba conditional offer (?:now )?(?:waits|is waiting|awaits)\b"
    r"|\b(?:come|came) back with an offer(?! (?:for|to) (?:another|someone|a different|the other))"
    r"|\b(?:we can|we could|able to) offer (?:you )?(?:[£$€]\s?\d|a place|the (?:post|role|job|"
    r"position|place))"
    r"|\b(?:asked|ask) me to offer you\b|\bto offer you (?:the|a) (?:post|role|job|position|place|"
    r"contract)\b"
    # (twenty-fourth pass, part R: not a welcome that stays in another capacity, written-33's
    # tall ship, "there's no watch leader berth for you … You remain very welcome aboard as a
    # voyage crew member")
    r"|(?<!\bremain )(?<!\bremain very )(?<!\bstill )(?<!\bstill very )\b(?:welcome aboard|"
    r"welcome to the team)\b|\bhappy to take you on\b"
    r"|\byou['\u2019]re in(?= ?[-\u2013\u2014!])|\byou (?:were|are) (?:the|our) (?:clear "
    r"|unanimous |"
    r"obvious |first |top |preferred |standout )*(?:choice|pick)\b"
    r"|\blook forward to welcoming you (?:to the team|aboard|on board|in (?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*|on your first day)\b"
    r"|\bwants? (?:you|u) (?:in|for) the (?:role|job|position|post)\b|\bwe want (?:you|u)(?=[!.])"
    r"|\boffering you (?:the|a) (?:role|job|position|post|place)\b"
    r"|\b(?:agreed|decided|delighted|pleased|like) to appoint you\b|\brelease your offer\b"
    r"|\bconfirm (?:the |our |your )?(?:[a-z'\u2019]+ )?offer of the (?:post|role|position|job)\b"
    # (seventeenth pass: an offer in the other languages is read by
    # rejectwatch.model.guard_abroad)
)


_MOVED_ON_PARTS = Branches(_MOVED_ON)
_MEETING_PARTS = Branches(_MEETING)
_MEETING_ANY_DAY_PARTS = Branches(_MEETING_ANY_DAY)
_SET_PARTS = Branches(_SET)
_ASKED_PARTS = Branches(_ASKED)
_OFFER_PARTS = Branches(_OFFER)


def _in_force(lowered: str, match: re.Match[str], regrets: bool = False) -> bool:
    """Is ``match`` said plainly (rejectwatch.model.said_plainly: no negation, with ``regrets``
    no regret, before it in its clause, no conditional before it in its sentence), with nothing
    in its clause or after it in its sentence about feedback, a fair, applying again or another
    role?"""
    if not said_plainly(lowered, match.start(), match.end(), regrets=regrets):
        return False
    left, _ = clause_bounds(lowered, match.start(), match.end())
    _, end = sentence_bounds(lowered, match.start(), match.end())
    return _ASIDE.search(lowered, left, end) is None


def _turns(lowered: str, match: re.Match[str]) -> bool:
    """Do the rest of the sentence of ``match`` and the next one turn to a refusal?"""
    _, end = sentence_bounds(lowered, match.start(), match.end())
    ahead = len(lowered) - len(lowered[end + 1 :].lstrip())
    _, following = sentence_bounds(lowered, ahead, ahead)
    return _TURN.search(lowered, match.end(), max(following, end)) is not None


def _moved_on(lowered: str) -> bool:
    return any(
        _in_force(lowered, match, regrets=True) and not _turns(lowered, match)
        for match in _MOVED_ON_PARTS.finditer(lowered)
    )


def _pitched_before(lowered: str, match: re.Match[str]) -> bool:
    """Does the sentence before ``match``, or its own sentence up to it, pitch another role or
    feedback ("I've got a contract role that is almost exactly your last project. Let me know a
    good time tomorrow", "I also have a permanent opening; are you free tomorrow"), or its
    paragraph before it another role (role_pitched_before)?"""
    start, _ = sentence_bounds(lowered, match.start(), match.end())
    # (a hard-wrapped sentence runs over lines: back to its full stop, or a blank line)
    stop = max(lowered.rfind(end, 0, max(start - 2, 0)) for end in (".", "!", "?", "\n\n"))
    # (fifty-sixth pass: or a role pitched earlier in its paragraph, "I've got a Millwright role
    # at a copper mine ... Interested? Keen? Reply and we'll book a time to talk")
    return _ASIDE.search(
        lowered, max(stop, start - 300, 0), match.start()
    ) is not None or role_pitched_before(lowered, match.start())


# (fifty-third pass: others asked to a round, not the reader, "seven got asked to a paid trial
# morning, and you weren't invited": a count or a group, then "got / were", right before the
# match's "asked to / asked for")
_OTHERS_ASKED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a handful|"
    r"several|some|others|the others|they|the rest|[a-z]+ (?:candidates|applicants|people|"
    r"finalists)|candidates|applicants|finalists|[a-z]+ of (?:them|us|the [a-z]+)) (?:got|were|"
    r"have been|had been|are being|were being|get|are|all got|all were) \Z"
)


def _meets(lowered: str) -> bool:
    for match in _MEETING_PARTS.finditer(lowered):
        start, end = sentence_bounds(lowered, match.start(), match.end())
        if (
            _in_force(lowered, match)
            and _DAY_RE.search(lowered, start, end)
            and _PAST.search(lowered, *clause_bounds(lowered, match.start(), match.end())) is None
            and _COURTESY.search(lowered, start, match.start()) is None
            and not _pitched_before(lowered, match)
        ):
            return True
    for match in _MEETING_ANY_DAY_PARTS.finditer(lowered):
        clause, _ = clause_bounds(lowered, match.start(), match.end())
        if (
            _in_force(lowered, match)
            and _TRIED.search(lowered, clause, match.start()) is None
            and _OTHERS_ASKED.search(lowered, clause, match.start()) is None
            and not _pitched_before(lowered, match)
        ):
            return True
    return False


def _set(lowered: str) -> bool:
    return any(
        _in_force(lowered, match)
        and not _turns(lowered, match)
        and not _pitched_before(lowered, match)
        for match in _SET_PARTS.finditer(lowered)
    )


# Nineteenth pass, part H: the openings of _ASKED's requests (not its statements, "you
# started an application but did not submit it", where a negation is the step itself)
_REQUEST_OPENS = re.compile(
    r"(?:please|kindly|could you|can you|would you|we need you|we(?:['\u2019]d| would) like you|"
    r"(?:would|['\u2019]d) like you|nous aimerions|nos gustaría|vorremmo|gostaríamos|willen we|"
    r"we willen|wij willen|zouden we|we zouden|"
    r"bitten|"
    r"we ask you|make sure|remember|be sure|send|submit|return|upload|bring|drop|sign|e-sign|"
    r"fill|bitte|merci de|(?:le|te) (?:rogamos|pedimos)|(?:ti|le|vi) chiediamo|pedimos|"
    r"we vragen|vă rugăm|envíanos|vyplň|odevzdej|pošlete|zašlete)\b"
)


def _asked(lowered: str) -> bool:
    # (eighteenth pass: nor a step asked for another role pitched earlier in its paragraph, "I
    # mentioned the regional planning role with a logistics group. ... Please send your latest
    # CV with your notice period"; only a role pitched, not _ASIDE's feedback or survey, so a
    # next step asked after "thanks for your feedback" is still held)
    # (nineteenth pass, part H: nor a request not to send, "Bitte senden Sie uns keine weiteren
    # Unterlagen", rejectwatch.model.said_plainly.asked_not_to)
    return any(
        _in_force(lowered, match)
        and not role_pitched_before(lowered, match.start())
        and not (
            _REQUEST_OPENS.match(lowered, match.start())
            and asked_not_to(lowered, match.start(), match.end())
        )
        for match in _ASKED_PARTS.finditer(lowered)
    )


def role_pitched_before(lowered: str, at: int) -> bool:
    """Is another role pitched in the paragraph of ``lowered`` before ``at``, at most 400
    characters back (eighteenth pass: "I mentioned the regional planning role with a logistics
    group. Package is ... Please send your latest CV with your notice period")?"""
    start = max(lowered.rfind("\n\n", 0, at), at - 400, 0)
    return _PITCHED_RE.search(lowered, start, at) is not None


def asks_a_step(text: str) -> bool:
    """Does ``text`` move the reader on, set a meeting with them or ask a step of them, said
    plainly (not negated, not conditional, not about feedback or another role)?"""
    lowered = text.lower()
    return (
        _moved_on(lowered)
        or _meets(lowered)
        or _set(lowered)
        or _asked(lowered)
        # nineteenth pass, part D: a thing a next step needs asked by a date, in every language
        # read ("Bezorg ons vóór vrijdag een kopie van je diploma")
        or asks_by_a_date(lowered)
    )


def offers_a_place(text: str) -> bool:
    """Does ``text`` offer the reader the job in words negation._OFFER does not know ("the
    panel wants you as our next ...", "there is a place for you", "offer letter coming"), said
    plainly? (A withdrawn offer is left to rejectwatch.model.negation.withdraws_the_offer.)"""
    lowered = text.lower()
    return any(_in_force(lowered, match, regrets=True) for match in _OFFER_PARTS.finditer(lowered))
