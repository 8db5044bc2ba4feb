# ruff: noqa: RUF003  (Turkish dotless i is among the words read)
"""Someone else preferred, the reader's score under the group sent on, and the vacancy shut,
told in shapes no reading held (issue 11, forty-sixth pass).

Blind slice 63's misses were kinds earlier passes read, worded another way. Each reading is
written for the kind from a set of wordings of our own and checked on a second set written apart
(tests/test_forty_sixth_pass.py):

* **an outcome confirmed for another person**, an ATS field's words: "Outcome: Appointment
  confirmed for another person" (never a day, a time or a slot: "confirmed for another day");
* **the reader's score under the group sent on**: "Your score sits under that group" (a public
  employer's referral by rank, "the seven top eligible scorers now go to the hiring manager");
* **the vacancy shut with every application in it**: "Applications to it are closed, and none of
  them will be looked at again", and a requisition's status field "Withdrawn" or "Cancelled"
  (never an application's: the reader withdraws their own as often);
* **the helpers enough**, in Singapore English: "so got enough people liao";
* **the work with its holder already**, told as the one who has it: "our palaeographer has a
  transcriber already, a PhD student who reads secretary hand" (never with the reader in it);
* **others who brought more**, said after an interview with no decision word at all: "A few of
  the consultants we saw had done more home visits" (never questions, trouble or time, and never
  with the reader in the sentence);
* Turkish "bu işi … yeğenine verdi" (the work given to someone; never "size", the reader), and
  Kansai Japanese "近所の兄ちゃんに頼むことにしてん" (someone else asked to do it).

Second and third rounds (blind slices 64 and 65's misses; each group's comment below says what
it reads and never reads): the score outside the group, the candidature ending at a stage, the
post standing occupied, places held by others, the employer who passed on it, others who came
with more, the name not on the list, kin put in the place, someone taken on who started,
someone asked to do it instead; Portuguese, Visayan and Tagalog, French, Russian and Italian
shapes.

Forty-seventh pass (blind slice 67's misses): others who took the places ("Other students took
both places, and each has signed"), the dates gone to performers the hosts chose, and the
reader's application passed on by a party named ("Unfortunately our stores have passed on your
application.").

Like every outcome reading (rejectwatch.model.plain_outcomes appends them), none is read in a
conditional, still-to-come or quoted sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.others_starting import CLAUSE_ENDS
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_SOMEONE_ELSE = (
    r"(?:another|a different|an other|other|one other) (?:person|candidate|applicant|individual|"
    r"party|nominee|jobseeker|job seeker)"
)
# an outcome confirmed for someone else ("Outcome: Appointment confirmed for another person")
_CONFIRMED_FOR_ANOTHER = re.compile(
    r"\b(?:appointment|appointments|post|position|role|vacancy|placement|offer|hire|selection|"
    r"job)(?: has been| was| is| now)? (?:confirmed|finalised|finalized|secured|agreed|made|"
    r"completed|closed) (?:for|with|to|by) " + _SOMEONE_ELSE + r"\b"
)
# the reader's score under the group sent on ("Your score sits under that group")
_SCORE_UNDER = re.compile(
    r"\byour (?:score|total|mark|result|rating|points)(?: therefore| unfortunately| though)? "
    r"(?:sits|sat|is|was|lies|lay|falls|fell|came|comes|came in|comes in|ended up|landed|ranks|"
    r"ranked) (?:just |slightly |a little |somewhat )?(?:under|beneath) (?:(?:that|this|the|their) "
    # (fourth round: "beneath that cluster")
    r"(?:[a-z\-]+ )?(?:group|band|line|cut|cut-?off|threshold|list|mark|bar|range|pool|cluster|"
    r"tier|bracket|batch)\b"
    # (forty-seventh pass: or beneath those sent on, "received the top eight eligible scorers;
    # your score sat beneath them")
    r"|(?:them|those|theirs)" + CLAUSE_ENDS + r")"
)
# the vacancy shut with every application in it ("Applications to it are closed, and none of
# them will be looked at again"), and a requisition's status ("Requisition status: Withdrawn")
_NONE_LOOKED_AT = re.compile(
    r"\bapplications\b[^.!?\n]{0,40}? (?:are|have been|were|is) (?:now )?(?:closed|withdrawn|"
    r"cancelled|canceled|shut)\b[^.!?\n]{0,20}? none (?:of them |of the applications |of those )?"
    r"(?:will|shall|is going to|are going to) (?:be )?(?:looked at|considered|reviewed|assessed|"
    r"read|progressed|taken forward)(?: again| further| any further| from here| now)\b"
    r"|\b(?:requisition|vacancy|posting|job posting|opening|position|job|role|post|req) status"
    r"[ \t]*[:\-\u2013\u2014][ \t]*(?:withdrawn|cancelled|canceled|rescinded|abolished)\b"
)
# the helpers enough, in Singapore English ("so got enough people liao")
_GOT_ENOUGH = re.compile(
    r"\b(?:so |we |already |now )?(?:got|have got|" + _A + r"ve got) enough (?:people|staff|"
    r"helpers?|hands|workers?|manpower|crew|part-?timers?)(?: (?:liao|already|le|lah|now))+"
    + CLAUSE_ENDS
)
# the work with its holder already, told as the one who has it ("our palaeographer has a
# transcriber already, a PhD student who reads secretary hand well")
_HAS_ONE_ALREADY = re.compile(
    r"\b(?:has|have|" + _A + r"ve got|has got|" + _A + r"s got) (?:a|an|its|their|our|his|her) "
    r"(?:[a-z\-]+ )?[a-z\-]{3,}(?:er|or|ist|ant|ent|man|woman|person|hand|help) "
    r"(?:already|now|lined up|in place|sorted)[,:;\u2014\u2013] (?:a|an|one|someone|somebody) "
    r"[^.!?\n;]{0,50}?\bwho\b(?![^.!?\n]*\b(?:you|your)\b)"
)
# others who brought more, said after an interview ("A few of the consultants we saw had done
# more home visits")
_OTHERS_HAD_MORE = re.compile(
    r"\b(?:(?:a few|some|several|two|three|a couple|one or two|most|many|others) of the (?:[a-z\-]+"
    r" )?(?:candidates|applicants|people|consultants|nurses|teachers|engineers|developers|"
    r"designers|chefs|drivers|professionals|practitioners|specialists|others|finalists|"
    r"interviewees)"
    # (forty-eighth pass: or plainly others, "Others we saw had run more press-tool trials", "the
    # other people we met")
    r"|others|(?:the )?other (?:candidates|applicants|people|finalists|interviewees)) "
    r"(?:we|i) (?:saw|met|interviewed|spoke to|spoke with|talked to|talked with|"
    r"shortlisted|had in) (?:had|have|brought|showed|offered)(?: done| led| run| worked)? "
    r"(?:more|deeper|broader|stronger|greater|wider|longer|further|bigger)\b"
    r"(?! (?:questions|time|trouble|problems|difficulty|to say|fun|flexibility)\b)"
    # (the reader only as the one compared, "more trials than you")
    r"(?![^.!?\n]*\b(?<!\bthan )(?:you|your)\b)"
)
# Turkish: the work given to someone ("Ustamız bu işi, yıllardır yanında çekiç sallayan
# yeğenine verdi"); never "size", "sana" (the reader)
_TR_GIVEN = re.compile(
    r"\b(?:bu |o )?(?:işi|pozisyonu|görevi|kadroyu|yeri|stajı|çıraklığı)\b[^.!?\n]{0,80}? "
    r"(?!(?:size|sana|sizlere|bize|bana)\b)[^\W\d_]{2,}(?:e|a) (?:verdi|verdik|verdim|verdiler|"
    r"vermeye karar verdik|vermeye karar verdi)\b"
)
# Kansai Japanese: someone else asked to do it ("近所の兄ちゃんに頼むことにしてん"); never the
# reader, who is named with さん
_JA_ASKED_ANOTHER = re.compile(
    r"(?:兄ちゃん|姉ちゃん|おっちゃん|おばちゃん|子|人|方|もん|息子|娘|甥|姪|親戚|知り合い|先輩|"
    r"後輩|常連|近所の[^\s。、]{1,6})に(?:頼む|頼んだ|任せる|まかせる|お願いする)ことに"
    r"(?:した|してん|しとる|しました|なった|なってん|なりました)"
)

# Second round (blind slice 64's misses): the reader's score outside the group sent on ("your
# score fell outside that group"); the reader's candidature closing at or before a stage ("your
# candidature therefore closes before the interview round", "Your application therefore ends at
# shortlisting"); the post standing occupied or "close" ("hence the helper post stands
# occupied", "so the post is close"); the places held by others ("are now all held by other
# graduates; none is left for you"); Portuguese "decidimos ficar com uma pessoa que …" and "a
# vaga fechou"; and the choice of one other in the Visayan languages and Tagalog ("Ginpili
# namon ang isa ka …", "Among gipili ang usa ka …", "Pinili namin ang isang …")
_SCORE_OUTSIDE = re.compile(
    r"\byour (?:score|total|mark|result|rating|points)(?: therefore| unfortunately)? (?:sits|sat|"
    r"is|was|lies|lay|falls|fell|came|comes|ended up|landed|ranks|ranked) (?:just )?outside "
    r"(?:that|this|the|their) (?:[a-z\-]+ )?(?:group|band|range|list|cut|pool|set|bracket)\b"
    # (never another round's, "… outside that group last year, but this time you are through")
    r"(?![^.!?\n]*\b(?:last (?:year|time|round|cycle)|previously)\b)"
)
_CLOSES_AT_A_STAGE = re.compile(
    r"\byour (?:application|candidature|candidacy)(?: therefore| thus| so| accordingly| now| "
    r"then)? (?:closes|ends|stops|finishes|concludes|terminates) (?:at|before|with) (?:the )?"
    r"(?:shortlisting|screening|sift|sifting|interview|assessment|written|test|shortlist|first|"
    r"second)\b"
    # (never a stage the reader goes on from, "… stops at the screening stage for now, and we'll
    # be in touch with an interview time", "… ends at the assessment stage with an offer")
    r"(?![^.!?\n]*\b(?:for now|offers?|interview|invite|invitation|meet|congratulations|"
    r"delighted|pleased|next)\b)"
)
_POST_OCCUPIED = re.compile(
    r"\b(?:post|position|job|role|vacancy|opening)(?: therefore| now| thus| so)? (?:stands|is|"
    r"remains|now stands) (?:now |already )?occupied\b"
    r"|\bthe (?:post|position|job|role|vacancy|opening) is (?:now |already )?close"
    + CLAUSE_ENDS
    + r"|\bnone (?:is|are|remains?) (?:left|free|open|available) for you\b(?! to\b)"
)
_HELD_BY_OTHERS = re.compile(
    r"\b(?:places|spots|posts|positions|seats|openings|roles|vacancies|slots)\b[^.!?\n]{0,60}? "
    r"(?:are|were|have been) (?:now )?(?:all )?(?:held|taken up|occupied) by other (?:graduates|"
    r"candidates|applicants|people|students|trainees|interns|apprentices|cadets)\b"
)
_PT_KEPT_ANOTHER = re.compile(
    r"\b(?:decidimos|optámos por|optamos por|preferimos|resolvemos) ficar com (?:um|uma|outro|"
    r"outra) (?:[a-zà-ú]+ )?(?:pessoa|candidat[oa]|rapaz|rapariga|moça|moço|senhora|senhor|"
    r"colega|jovem|profissional)\b"
)
_PT_CLOSED = re.compile(
    r"\ba vaga (?:já )?(?:fechou|foi fechada|está fechada|ficou fechada)\b"
    # (never closed with the reader, "A vaga foi fechada com você, parabéns!")
    r"(?![^.!?\n]*\b(?:você|voce|vocês|contigo|parabéns)(?!\w))"
)
_PH_CHOSE_ONE = re.compile(
    r"\b(?:gipili|ginpili|napili|ingpili|pinili|ginpilì)(?: (?:namo|namon|namin|nila|kami))? "
    r"(?:an|ang|ro|si) (?:usa|usad|isa|isaea|isara|isang|usang|isarang|isaeang)\w*\b"
    r"|\b(?:among|amon|amo) (?:gipili|ginpili|napili|pinili) (?:an|ang|ro) (?:usa|isa)\w*\b"
)

# ... and the employer who "passed on it" (declined the reader's application: "The store has
# passed on it"); never the reader's papers passed on to someone ("I've passed it on", "passed on
# your application to the manager")
# (forty-seventh pass: the reader's application passed on by a party named, "Unfortunately our
# stores have passed on your application."; never by "we" or "I", who forward it as often, "I've
# passed on your application." Round 2 wrote the application's branch with no space before its
# time, so it never matched)
_PASSER = (
    r"(?:store|shop|team|manager|panel|company|client|employer|studio|restaurant|business|firm|"
    r"owner|board|committee|practice|clinic|school|agency|office|kitchen|site|branch)s?"
)
_PARTY = r"(?:the|our) (?:[a-z\-]+ )?" + _PASSER
_PASSES_ON = r"(?:" + _A + r"ve| have| has| had)? (?:(?:decided|chosen) to pass|passed) on "
_PASSED_ON_IT = re.compile(
    r"\b(?:(?:we|they|i|" + _PARTY + r")" + _PASSES_ON + r"(?:it|this one)|" + _PARTY + _PASSES_ON
    + r"your (?:application|candidacy|cv|profile|submission))(?=[ \t]*(?:[.,;!]|\n|$)| this time|"
    r" for now| on this occasion)"
)  # fmt: skip

# Third round (blind slice 65's misses): others who came with more ("Some applicants came with
# deeper backgrounds in tendon repair rehab"); the reader's name not on the list ("your name did
# not end up on it"); kin put in the place ("My brother decide to put his wife in the seller
# place"); someone taken on who started ("We have taken on a forestry graduate from Mussoorie
# who started on Monday"); someone asked to do it instead, so the writer is sorted ("I've asked
# a chap from the coin club … to do the cataloguing instead, so I'm all sorted now"); French
# "nous prenons quelqu'un qui …", Russian "взяли мы всё же мастера, который …" and Italian
# "abbiamo preferito un giovane che …"
_OTHERS_CAME_WITH = re.compile(
    r"\b(?:some|several|a few|two|three|other|many|most) (?:other )?(?:applicants|candidates|"
    r"people|finalists|interviewees)(?: we (?:saw|met|interviewed))? (?:came|arrived|applied) "
    r"(?:in )?with (?:deeper|more|stronger|broader|greater|longer|richer|wider|more recent|more "
    r"direct) (?:[a-z\-]+ ){0,2}?(?:backgrounds?|experience|skills|expertise|track records?|"
    r"portfolios?|histor(?:y|ies)|knowledge|training)\b(?![^.!?\n]*\b(?:you|your)\b)"
)
_NAME_NOT_ON_IT = re.compile(
    r"\byour name (?:did not|didn" + _A + r"t|does not|doesn" + _A + r"t|has not|hasn" + _A
    + r"t) (?:quite )?(?:end up|make it|appear|feature|land|get) on (?:it|the (?:short)?list|the "
    r"shortlist|that list|that shortlist)\b"
    # (a list of those chosen, never of absentees or of anything else)
    r"(?! of (?!(?:successful|shortlisted|selected|chosen|those|candidates|applicants)\b))"
)  # fmt: skip
_KIN_PUT_IN = re.compile(
    r"\bput (?:his|her|my|our|their) (?:own )?(?:wife|husband|son|daughter|brother|sister|nephew|"
    r"niece|cousin|uncle|aunt|auntie|mother|father|mum|mom|dad|kid|boy|girl|grandson|"
    r"granddaughter|in-law|brother-in-law|sister-in-law) (?:in|into|on|at) (?:the|that|this) "
    r"(?:[a-z\-]+ )?(?:place|post|job|position|spot|role|counter|stall|till)\b"
)
_TAKEN_ON_WHO_STARTED = re.compile(
    r"\b(?:we|i)(?:" + _A + r"ve| have)? (?:taken on|took on|hired|engaged|brought on|brought in|"
    r"employed) (?:a|an|one) (?:[a-z\-]+ ){0,3}?[a-z\-]+ (?:from [^.!?\n,]{1,40}? )?who "
    r"(?:started|starts|began|joined|has started|has joined|is starting)\b"
    r"(?![^.!?\n]*\b(?:you|your)\b)"
)
_ASKED_INSTEAD = re.compile(
    r"\b(?:i|we)(?:" + _A + r"ve| have)? asked (?:a|an|one|my|our|the|his|her) [^.!?\n]{1,60}? to "
    r"(?:do|take|run|cover|handle|sort|help with|look after)\b[^.!?\n]{0,80}? instead,? (?:so|and) "
    r"(?:i|we)(?:" + _A + r"m|" + _A + r"re| am| are) (?:all |now )?(?:sorted|set|covered|good|"
    r"fine)(?: now)?" + CLAUSE_ENDS
)
_FR_TAKE_SOMEONE = re.compile(
    r"\b(?:nous )?(?:prenons|avons pris|choisissons|avons choisi|retenons|engageons|avons engagé|"
    r"embauchons|avons embauché) (?:quelqu" + _A + r"un|une personne|un(?:e)? (?:candidat(?:e)?|"
    r"jeune|artisan(?:e)?|apprenti(?:e)?|compagnon|collègue|voisin(?:e)?)) (?:qui|dont)\b"
    r"(?![^.!?\n]*\b(?:vous|te|toi)\b)"
)
_RU_TOOK_ONE = re.compile(
    r"\bвзяли (?:мы )?(?:всё же |все же |всё-таки |уже |в итоге )?[а-яё]+,? (?:котор(?:ый|ая|ого|"
    r"ую|ой)|из нашей|из наших)\b"
)
_IT_PREFERRED = re.compile(
    r"\babbiamo (?:preferito|scelto|preso) (?:un|una|uno) (?:[a-zàèéìòù]+ )?(?:giovane|ragazz[oa]|"
    r"signor[ae]?|persona|candidat[oa]|artigian[oa]|apprendista|collega|maestr[oa]|vetrai[oa])"
    r",? (?:che|di)\b"
)


# Fourth round (blind slice 66's misses): the candidature closing here ("hence your candidature
# closes here"); a non-native "so your application we stop here"; the reader leaving the process
# ("so you exit the process here"); German "er übernimmt den Platz am Formtisch" (never "Sie
# übernehmen", the reader); Turkish "kadromuz şimdilik tamam" (our staff is complete); Thai
# "ตอนนี้เลยไม่รับเพิ่มแล้ว" (not taking more now)
_CLOSES_HERE = re.compile(
    r"\byour (?:application|candidature|candidacy)(?: therefore| thus| so| accordingly| hence| "
    r"now)? (?:closes|is closed|has closed|ends|stops|finishes) here" + CLAUSE_ENDS
    + r"|\byour (?:application|candidature|candidacy|papers|cv) (?:we|i) (?:stop|end|close|finish|"
    r"must stop|have to stop)(?: here| now| at this point)?\b"
)  # fmt: skip
_EXIT_THE_PROCESS = re.compile(
    r"\byou (?:exit|leave|drop out of) (?:the|this|our) (?:process|competition|selection|"
    # (sixtieth pass, third round: or "at this step", "so you leave the campaign at this step")
    r"recruitment|campaign)(?: here| at this (?:stage|point|step)| now)?" + CLAUSE_ENDS
)
_DE_TAKES_THE_PLACE = re.compile(
    r"\b(?:er|sie) übernimmt (?:jetzt |nun |ab sofort |deshalb |also )?(?:den|die|das) "
    r"(?:[a-zäöüß]+ )?(?:platz|stelle|posten|job|arbeitsplatz|lehrstelle)\b"
)
_TR_STAFF_FULL = re.compile(
    r"\b(?:kadromuz|ekibimiz|kadro) (?:şimdilik |artık |şu an |zaten )?(?:tamam|doldu|dolu)"
    + CLAUSE_ENDS
)
_TH_NO_MORE = re.compile(r"(?:ตอนนี้|จึง|เลย)(?:เลย|จึง)?ไม่รับ(?:คน|ช่าง|พนักงาน)?เพิ่มแล้ว")


# Forty-seventh pass (blind slice 67's misses): others who took the places, told as what they did
# ("Other students took both places, and each has signed"; never the reader among them, nor a
# year gone by, "took the places last year"); the dates or slots gone to performers or people
# the hosts chose ("Every carnival and block-party date this season went to players the hosts
# named themselves")
_OTHER_PEOPLE = (
    r"(?:students|trainees|graduates|grads|interns|apprentices|cadets|applicants|candidates|"
    r"people|finalists|players|performers|musicians|bands|acts|artists|actors|singers|dancers|"
    r"drivers|riders|crews|teams|fellows|scholars|entrants|nominees|hopefuls|locals)"
)
_OTHERS_TOOK_PLACES = re.compile(
    r"\b(?:other|two other|three other|the other) (?:[a-z\-]+ )?" + _OTHER_PEOPLE
    + r"(?: have| had)? (?:took|taken|filled|got|secured|claimed|accepted) (?:both|all|all the|"
    r"the|the two|the three|the remaining|each of the|the last|the only|our) (?:[a-z\-]+ )?"
    r"(?:places|place|spots|spot|seats|positions|posts|slots|vacancies|openings|roles|berths|"
    r"placements|studentships|traineeships)\b"
    r"(?![^.!?\n]*\b(?:you|your|last year|last season|last time|previously|in the past|before)\b)"
    # (forty-eighth pass, third round: or the places named first and taken up as "them", "We
    # had 96 applications for two places, and two other students took them up")
    + r"|\b(?:places|spots|seats|positions|posts|vacancies|openings|roles|placements|"
    r"studentships|traineeships)\b[^.!?\n]{0,60}?\b(?:and |but |so )?(?:two|three|four|the|both"
    r"|some)? ?other " + _OTHER_PEOPLE + r"(?: have| had)? (?:took|taken|filled|accepted|secured|"
    r"claimed|snapped) (?:them|both|each)(?: up)?\b"
    r"(?![^.!?\n]*\b(?:you|your|last year|last season|last time|previously|in the past)\b)"
)  # fmt: skip
# (forty-eighth pass: or one performer, "claimed by a player the couples requested by name",
# after the words that held them for the reader, "the dates we'd pencilled you in for")
_ONE_PERFORMER = (
    r"(?:an? |another |one |a local |a regular )(?:player|performer|musician|band|act|artist|"
    r"singer|dancer|dj|caller|fiddler|piper|duo|trio|quartet|group|crew|team|magician|comedian|"
    r"entertainer)"
)
_DATES_WENT_TO_OTHERS = re.compile(
    r"\b(?:every|each|all|all the|all of the|all of this|all our|the|both|both the|both our|our) "
    r"(?:[a-z\-'\u2019]+ ){0,5}?(?:dates?|slots?|bookings?|gigs?|spots?|nights?|shows?|sets?|"
    # (forty-eighth pass: or the weekends and evenings booked, "All our June weekends have
    # since been taken by bands the couples booked last year")
    r"sessions?|engagements?|weekends|evenings|saturdays|fridays|sundays) "
    r"(?:[a-z\-'\u2019]+ ){0,5}?(?:(?:went|have gone|has gone|had gone|were given|was given|"
    r"have been given|are going|were booked|have been booked) to|(?:(?:has|have|had)"
    r"(?: since| now| all)? been|were|was) (?:claimed|taken|booked|filled|snapped up|grabbed) by) "
    r"(?:(?:other |local |returning |regular )?"
    + _OTHER_PEOPLE + r"|" + _ONE_PERFORMER + r") (?:the|that|who|whom|our|their|we|they)\b"
    # (never an interview's or an audition's slot moved, "was taken by another candidate, could
    # you do Monday instead")
    r"(?![^.!?\n]*\b(?:instead|reschedul\w*|move you|another (?:day|time|date|slot)|could you|"
    r"can you|would you)\b)"
    # (never ones the reader sent, "went to bands you recommended": the reader named in the
    # choice, not in what it leaves, "which leaves no booking for you")
    r"(?![^.!?\n]*\b(?:you|your) (?:recommended|suggested|sent|put forward|named|picked|chose|"
    r"introduced|brought)\b)"
)  # fmt: skip
# ... and Amharic: the work or the place given to someone ("ስራው ለወራቤ አካባቢ ልጅ ተሰጠ", the work
# was given to a lad from near Worabe); never to the reader ("ለእርስዎ", "ለአንተ") nor for a day
# ("ለነገ", for tomorrow)
_AM_WORK_GIVEN = re.compile(
    "(?:ስራው|ሥራው|ስራውን|ሥራውን|ቦታው|ቦታውን|የስራ መደቡ|የሥራ መደቡ|መደቡ|መደቡን)(?: [^\\s።.!?]+){0,4}? "
    "ለ(?!እርስዎ|ርስዎ|አንተ|አንቺ|እናንተ|ነገ)[\u1200-\u135f]+(?: [^\\s።.!?]+){0,5}? "
    "(?:ተሰጠ|ተሰጥቷል|ተሰጥቷታል|ተሰጥቶታል|ሰጥተናል|ሰጠን|ሰጥቷል)(?![\u1200-\u135f])"
)

READINGS = readings(
    ("chose_other", _CONFIRMED_FOR_ANOTHER),
    ("reader_out", _SCORE_UNDER),
    ("role_gone", _NONE_LOOKED_AT),
    ("role_gone", _GOT_ENOUGH),
    ("chose_other", _HAS_ONE_ALREADY),
    ("chose_other", _OTHERS_HAD_MORE),
    ("chose_other", _TR_GIVEN),
    ("chose_other", _JA_ASKED_ANOTHER),
    ("reader_out", _SCORE_OUTSIDE),
    ("reader_out", _CLOSES_AT_A_STAGE),
    ("role_gone", _POST_OCCUPIED),
    ("chose_other", _HELD_BY_OTHERS),
    ("chose_other", _PT_KEPT_ANOTHER),
    ("role_gone", _PT_CLOSED),
    ("chose_other", _PH_CHOSE_ONE),
    ("reader_out", _PASSED_ON_IT),
    ("chose_other", _OTHERS_CAME_WITH),
    ("reader_out", _NAME_NOT_ON_IT),
    ("chose_other", _KIN_PUT_IN),
    ("chose_other", _TAKEN_ON_WHO_STARTED),
    ("chose_other", _ASKED_INSTEAD),
    ("chose_other", _FR_TAKE_SOMEONE),
    ("chose_other", _RU_TOOK_ONE),
    ("chose_other", _IT_PREFERRED),
    ("reader_out", _CLOSES_HERE),
    ("reader_out", _EXIT_THE_PROCESS),
    ("chose_other", _DE_TAKES_THE_PLACE),
    ("role_gone", _TR_STAFF_FULL),
    ("role_gone", _TH_NO_MORE),
    ("chose_other", _OTHERS_TOOK_PLACES),
    ("chose_other", _DATES_WENT_TO_OTHERS),
    ("chose_other", _AM_WORK_GIVEN),
)
