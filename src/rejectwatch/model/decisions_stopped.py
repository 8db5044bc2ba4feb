"""Outcomes told in shapes no reading held (issue 11, fifty-fourth pass, third round).

Read blind slices 103 and 104 kept rejections whose decision no reading held. Each form is
written here in several wordings, never for one message:

* **the employer stopped considering the reader**: "Sunvane has stopped considering you for
  Installer Apprentice", "we have ceased reviewing your application" (never a step of the
  reader's, never "if");
* **the reader's form among those left out**: "Your form was among those left off the list",
  "your application is one of those not taken forward";
* **a list without the reader's name**: "the selecting official received a referral list
  without your name", "your name stayed off the referral list handed to the manager" (a hiring
  list, never a guest or mailing list);
* **other profiles moving forward**: "other profiles are moving forward for this opening" (the
  sentence ends there: never "along with yours", never "too");
* **a body ruling the application out**: "The Commission ruled your application ineligible";
* **someone appointed to the post by a body**: "The directors appointed a planner from our depot
  to the Network Planning Engineer post" (never the reader, never an interviewer);
* **a recruitment exercise off**: "The recruitment exercise for Countryside Ranger is off, due
  to a service restructure", "applications in hand are closed unassessed".

Fourth round (read slices 105 and 106's misses): "we're saying no to yours"; "your
application closes in this cycle"; "that closes your part in this exercise"; a refusal the
sender must send ("we must send you a refusal"), a place "already given away"; the reader's
rating "falls under it" after the band put forward; recruitment to a post "has been stopped"
and every application, "yours too", lapsing; others going on and "yours sits further off"; and
a terse line naming the post, then who has it ("Kippering smokehouse job: a herring-season
regular of ours got it", "Spoonmaking tutor post: a tutor who's led our weekends before takes
it").

Fifth round (read slices 107-110's misses; unmeasured on any sealed slice): a choice that
"wraps up / closes your application" or "so your application closes"; "we're saying no" and
"we've said no on this one"; a post that "goes to another applicant"; a look that "ended with a
no"; "we're declining it" after the application was read; "you will
therefore be left off the eligibility list".

Sixth round (fifty-fifth pass, read slices 111 and 112's misses): the reader's name "absent
from the interview call list"; others who "took all eleven referral slots"; and a results
line's "Referral: not made".

Seventh round (read slices 113 and 114's misses): the client that "stays with another profile";
an application "outside the group sent forward"; and the one named as "the director's pick for
Systems Analyst".

Eighth round (read slices 115 and 116's misses): an advert "pulled" and "nobody gets taken
forward, you included"; the employer that "went internal".

Ninth round (read slices 117 and 118's misses; measured on slices 119 and 120, no change there):
others back that "fill every bench we have"; a boss who "decided to take another girl"; a
candidacy that "has ended at stage: Review"; "this one ends without an interview for you".

Tenth round (fifty-sixth pass, read slices 119 and 120's misses): someone described "took the
horseshoenailing spot" or "has the oarfeathering position now" (the post named by its trade); a
job "already take by my cousin's daughter"; "your application closes with that".

Eleventh round (read slices 121 and 122's misses): the one who "has the beltbraiding position,
though"; "we'll leave yours there"; "your profile stays out of the next phase"; others whose
background "suited the contract better, so they moved ahead" (hours soaked up by staff already
there, "meaning no new start this season", are read by others_picked._NO_HIRE_THIS_YEAR).

Twelfth round (read slices 123 and 124's misses): "so no net mender is being taken on"; "your
name was outside it"; a job "allotted to other candidate"; someone described asked "to become"
the post; new starters with "nowhere to slot in", a job "spoke for"; "we took on a feller from
over in Hazard".

Thirteenth round (read slices 125 and 126's misses): "already take one girl", "already pick
somebody who ..."; "your application's a no from us"; "the other trialist got it"; a call list
that "omits roll number ..."; "at present no employment can be offered"; someone who "got the
committee's nod for Head Coach"; "so it's spoken for"; a team that "has said no".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_left_off import NOT_FOR_A_FEE
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_YOURS = r"(?:you\b|your (?:application|candidacy|candidature|profile|form|cv|submission)\b)"
_BODY = (
    r"(?:commission|board|panel|committee|council|office|unit|department|authority|"
    r"directors|partners|owners|trustees|management|manager|team|company|firm)"
)
_STOPPED_CONSIDERING = re.compile(
    r"\b(?:has|have|had)(?: now| since)? (?:stopped|ceased|ended|discontinued|finished) "
    r"(?:considering|reviewing|assessing|progressing|processing) " + _YOURS
)
_AMONG_LEFT_OUT = re.compile(
    # (sixtieth pass: or "yours", "and yours is among those turned down this year")
    r"\b(?:your (?:form|application|cv|candidacy|submission|entry|name)|yours)\b (?:was|is|has "
    r"been) "
    r"(?:among|one of) (?:those|the (?:ones|forms|applications|cvs|entries|names))(?: [a-z\-]+)?"
    r" (?:left off|left out|set aside|passed over|turned down|declined|screened out|not (?:"
    r"shortlisted|selected|taken forward|progressed|chosen|put forward))\b"
)
_HIRING_LIST = (
    r"(?:[a-z\-]+ )?(?:referral|certificate|certified|selection|interview|short|merit|"
    r"eligible|eligibility|appointment)[ -]?list"
)
_LIST_WITHOUT_YOU = re.compile(
    r"\b(?:received|got|was sent|was given|was handed|has|holds|went out with) (?:a|the) "
    + _HIRING_LIST
    + r" (?:without|that did not include|that didn't include|not including|that left out) "
    r"(?:your name|you)\b"
    r"|\byour name (?:stayed|stays|remained|was kept|was left) (?:off|out of) (?:the|that) "
    + _HIRING_LIST
    + r"\b"
)
_OTHERS_FORWARD = re.compile(
    r"\bother (?:profiles|candidates|applicants|applications|people|cvs|finalists) (?:are|were|"
    r"have been) (?:moving|moved|going|gone|taken|put|being taken|being moved) (?:forward|ahead|"
    r"through)(?: for (?:this|the) (?:[a-z\-]+ ){0,2}?(?:opening|role|post|position|vacancy|"
    r"job))?[ \t]*(?=[.;!]|$)"
)
_RULED_YOURS_OUT = re.compile(
    r"\b(?:the|our) " + _BODY + r" (?:has |have )?(?:ruled|declared|deemed|judged|found|marked|"
    r"rated) your (?:application|candidacy|candidature|submission|form) (?:to be )?(?:ineligible|"
    r"not eligible|invalid)\b" + NOT_FOR_A_FEE
)
_APPOINTED_TO_POST = re.compile(
    r"\b(?:the|our) " + _BODY + r" (?:has |have )?(?:appointed|named|placed|moved|promoted|"
    r"transferred) (?!you\b)(?:a|an|one of (?:our|their|its)|someone|somebody|[a-z]+['\u2019]s) "
    r"(?:[a-z\-']+ ){0,6}?to (?:the|our|that|this) (?:[a-z\-]+ ){0,4}?(?:post|role|position|"
    r"job|vacancy|opening)\b"
    r"(?![^.!?\n]*\b(?:interview|panel|assess\w*|contact|coordinat\w*|help|support)\b)"
)
_EXERCISE_OFF = re.compile(
    r"\b(?:recruitment|hiring|selection) (?:exercise|process|campaign|drive|round)\b"
    r"[^.!?\n]{0,60}? (?:is|has been|was) (?:now )?(?:off|called off|scrapped|shelved|halted|"
    r"cancell?ed|canceled|abandoned|withdrawn)\b(?! (?:for now|until|temporarily)\b)"
    r"|\bapplications (?:in hand|already received|received so far) (?:are|have been) (?:now )?"
    r"(?:closed|withdrawn|cancell?ed|canceled|returned)\b"
    # (fifty-seventh pass: or those made lapsing as the posts go, "Submitted applications shall
    # therefore lapse")
    r"|\b(?:submitted|all|existing|pending|received|outstanding) applications (?:shall|will|do|"
    r"must)? ?(?:therefore |accordingly |now |consequently |thus )?(?:lapse|fall away|be "
    r"(?:closed|void|voided|cancelled|canceled))\b(?! (?:if|unless|when|after|once|on|at)\b)"
)

# Fourth round
_SAYING_NO = re.compile(
    r"\b(?:we|i)(?:['\u2019]re| are|['\u2019]m| am|['\u2019]ve| have)? (?:saying|had to say|"
    r"have to say|said|must say) no to (?:you\b|yours\b|your (?:[a-z\-]+ ){0,2}?(?:application|"
    r"candidacy|form|cv|entry|submission)\b)"
)
_CLOSES_IN_CYCLE = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:application|candidacy|form|submission) (?:closes|is closed|has "
    r"closed|ends|has ended|stops) (?:in|for|at|with) (?:this|the current) (?:cycle|round|year|"
    r"intake|stage|exercise|campaign|recruitment|competition)\b"
    # (fifty-eighth pass: or "which", and the candidature, "which ends your part in this process",
    # slice 133)
    r"|\b(?:that|this|which) (?:closes|ends|concludes) your (?:part|place|involvement|"
    r"participation|application|candidacy|candidature|journey) in (?:this|the) (?:[a-z\-]+ )?"
    r"(?:exercise|process|competition|campaign|recruitment|round|selection)\b"
)
_MUST_REFUSE = re.compile(
    r"\b(?:must|have to|need to|are obliged to) send you (?:a|our) (?:refusal|rejection|"
    r"negative (?:answer|reply|decision))\b"
    r"|\bthe (?:place|post|job|position|role|spot|vacancy) (?:is|was|has been) (?:already )?"
    r"(?:given away|taken away|gone to someone)\b"
)
_RATING_UNDER = re.compile(
    r"\byour (?:rating|score|mark|result|band|category|grade) (?:falls|sits|lies|is) "
    r"(?:under|below|beneath) (?:it|them|this one|that one|the (?:[a-z\-]+ )?(?:band|cut|line|"
    r"cut-off|cutoff|threshold|group|certificate|list))\b"
    r"(?![^.!?\n]*\b(?:last (?:year|time|round)|previously|but this time)\b)"
)
_RECRUITMENT_STOPPED = re.compile(
    r"\brecruitment (?:to|for) (?:the )?(?:[a-z\-]+ ){0,5}?(?:has been|is|was|has now been) "
    r"(?:stopped|halted|cancell?ed|canceled|withdrawn|abandoned|scrapped|called off)\b"
    r"(?! (?:for now|until|temporarily)\b)"
    r"|\b(?:every|each|all) applications?,? (?:yours (?:too|included|as well)|including yours),? "
    r"(?:lapses?|lapsed|closes?|closed|ends?|ended|falls? away)\b"
    # (fifty-seventh pass: or the words the other way round, after what closes them, "which
    # closes every application made to it, yours included")
    r"|(?:(?<=\bwhich )|(?<=\bthat )|(?<=\bthis )|(?<=\bit ))(?:closes|closed|ends|ended|cancels|"
    r"cancelled|voids|voided|lapses) (?:every|each|all) "
    r"(?:the )?applications?(?: (?:made|sent|submitted|lodged|received))?(?: (?:to|for|under) "
    r"(?:it|this|that|the [a-z\-]+))?,? (?:yours (?:too|included|as well)|including yours|yours "
    r"among them)\b"
)
_YOURS_FURTHER_OFF = re.compile(
    r"\b(?:and|but|while|whereas) (?:yours|your (?:background|experience|profile|application)) "
    r"(?:sits|lies|is|falls|sat|lay|was) (?:further|farther|less close|less closely|not as "
    r"close)\b"
)
_POST_THEN_WHO = re.compile(
    r"\b(?:job|post|role|position|apprenticeship|traineeship|placement|vacancy|opening|work|spot|"
    r"gig|workshop|internship)\b[^.!?\n:]{0,30}?:[ \t]+(?:a|an|one|someone|somebody|another|the "
    r"other)\b(?![^.!?\n]*\byou)[^.!?\n]{0,60}? (?:got|gets|has|takes|took|landed|won|has got|"
    r"has taken|moved in|stepped in|is taking|is in)(?: it)?[ \t]*(?=[.!]|$)"
)

# Fifth round
_CLOSES_APPLICATION = re.compile(
    r"\b(?:closes|wraps up|ends|concludes) (?:your (?:[a-z\-]+ ){0,2}?application|yours)\b"
    r"(?! (?:window|period|form|deadline|round)\b)"
    r"|\bso your (?:[a-z\-]+ ){0,2}?application (?:closes|has closed|is closed|ends|has ended)"
    r"[ \t]*(?=[.;!]|$)"
    # (sixtieth pass: or the reader's run in the process, "which ends your run before
    # interviews", or a round ending with no place for the reader, "this hiring round ends
    # without a place for you", slice 145)
    r"|\b(?:closes|ends|concludes) your run (?:before|here|at|in|with)\b"
    r"|\b(?:round|process|search|campaign|recruitment|competition|intake|selection|exercise) "
    r"(?:now )?(?:ends|ended|closes|closed|concludes|concluded|finishes|finished|has ended|has "
    r"closed) without (?:an? |any )?(?:place|spot|seat|role|offer|position|job|post|opening) for "
    r"you\b"
)
_SAID_NO = re.compile(
    r"\bwe(?:['\u2019]re| are|['\u2019]ve| have)? (?:saying|said) no\b"
    r"(?! to (?:the|this|that|a|an|any|those|them|him|her)\b)(?!,? (?:if|unless|when)\b)"
    # (fifty-sixth pass, fourth round: or the team, "this round the hiring team has said no")
    r"|\bthe (?:[a-z\-]+ )?(?:team|panel|committee|board|client|manager|owners?)(?: has| have|"
    r"['\u2019]s)? (?:said|is saying|are saying) no(?: (?:this|for this) (?:round|time))?"
    r"[ \t]*(?=[.;!]|$)"
    r"|\b(?:ended|ends|has ended) (?:with|in) a no\b"
)
_GOES_TO_ANOTHER = re.compile(
    r"\b(?:goes|has gone|is going) to (?:another|a different|one other) (?:applicant|candidate|"
    r"person)\b"
)
_DECLINING_IT = re.compile(
    r"\b(?:has been|was) (?:read|reviewed|considered|assessed)[;,:] (?:and )?we(?:['\u2019]re| are|"
    r"['\u2019]ve| have)? (?:declining|declined) it\b"
)
_LEFT_OFF_LIST = re.compile(
    r"\byou will (?:therefore |now |so )?be (?:left off|left out of|removed from|kept off) the "
    r"(?:[a-z\-]+ )?(?:eligibility|eligible|merit|interview|short|selection|reserve)[ -]?list\b"
)

# Sixth round (fifty-fifth pass, read slices 111 and 112's misses)
_OTHERS_TOOK_ALL = re.compile(
    r"\b(?:higher[- ](?:ranked|scoring|placed|rated)|other|stronger|more experienced|"
    r"better[- ]qualified|internal|returning|earlier) (?:applicants|candidates|people|finalists|"
    r"entrants|competitors)\b (?:took|have taken|had taken|filled|have filled|took up|"
    r"have taken up|used up|claimed|have claimed) (?:all|every one of|each of|both)(?: of)? "
    r"(?:the |our )?(?:[a-z0-9\-]+ ){0,2}?(?:slots|places|spots|posts|positions|seats|"
    r"vacancies|referrals|openings)\b"
)
_REFERRAL_NOT_MADE = re.compile(
    r"\b(?:referral|referred|certification|certified)[ \t]*[:\-\u2013\u2014][ \t]*(?:not made|"
    r"not given|not issued|not referred|not certified|none|no)\b"
    r"(?![ \t]*(?:yet|so far|at this (?:stage|point)|pending|to date)\b)"
)

# Seventh round (fifty-fifth pass, read slices 113 and 114's misses)
# the employer staying with another ("the client stays with another profile that has more
# years in the sector", a Catalan-English recruiter's)
_STAYS_WITH = re.compile(
    r"\b(?:client|company|team|panel|employer|firm|manager|board|they|we)(?:['\u2019]s)? (?:stays|"
    r"stayed|is staying|has stayed|remains|remained|sticks|stuck|is sticking|has stuck|goes on|"
    r"went on) with (?:another|a different|the other|one other) (?:profile|candidate|applicant|"
    r"person|finalist|option|cv)\b"
)
# the reader outside the group sent on ("It was, however, outside the group sent forward for
# hiring-manager assessment")
_OUTSIDE_THE_GROUP = re.compile(
    r"\b(?:it|your (?:application|form|cv|candidacy|name|score|rating)|you|yours) (?:was|were|"
    r"is|are|fell|falls|sat|sits|lay|lies|came|ended up)(?:,? however,?| though| sadly| "
    r"unfortunately)? (?:just )?outside (?:the|that) (?:[a-z\-]+ )?(?:group|list|pool|band|"
    r"cohort|shortlist|batch|number|selection) (?:sent|put|passed|taken|referred|moved|carried|"
    r"going|invited|called|chosen|selected|shortlisted|progressed)\b"
)
# someone named as the pick for the post ("The director's pick for Systems Analyst is Aline from
# our Huye office"; never the reader, never a pick still to make, "is still open")
_PICK_IS = re.compile(
    r"\b(?:[a-z\-]+['\u2019]s|the|our|their) (?:final )?(?:pick|choice|appointee|selection|hire) "
    r"for (?:the )?[^.!?\n]{1,40}? (?:is|was|has been) (?!you\b|your\b|yours\b|still\b|not\b)"
    r"[^\W\d_]+(?: [^\W\d_]+)?(?:, (?:who|from|our|a|an|the|currently)\b| from\b| who\b|"
    r" whose\b| starting\b| \(| of our\b| at our\b)"
)

# Eighth round (fifty-fifth pass, read slices 115 and 116's misses)
# the advert pulled ("We've pulled the Removals Porter ad. Our owner wants to wait until
# spring", "the boss pulled the ad after the contract fell through"; never "pulled the ad
# forward", never reposted the same day)
_AD_PULLED = re.compile(
    r"\b(?:we(?:['\u2019]ve| have)?|i(?:['\u2019]ve| have)?|they(?:['\u2019]ve| have)?|the (?:boss|"
    r"owner|client|manager|company|team|hiring manager)(?: has)?) (?:pulled|withdrawn|withdrew|"
    r"taken down|took down) (?:the|our|this|that) (?:[a-z\-]+ ){0,4}?(?:ad|advert|advertisement|"
    r"listing|posting|vacancy|job post)\b(?! (?:forward|for (?:a|an|one) (?:day|hour|week))\b)"
    r"(?![^.!?\n]*\b(?:repost|re-post|relist|re-list|back up|again (?:tomorrow|today|soon)|"
    r"typo|mistake|edit|update|correct)\w*)"
    r"|\b(?:nobody|no one|no-one|none of (?:the )?(?:applicants|candidates)) (?:gets|is|will be|"
    r"are) (?:taken|moved|put) (?:forward|through),? (?:you included|including you)\b"
)
# the employer going internal ("Hotel's GM just rang: they went internal for Food & Beverage
# Manager"; never "going internal first" with the reader still in)
_WENT_INTERNAL = re.compile(
    r"\b(?:they|we|the (?:client|company|hotel|firm|team|school|board|business))(?:['\u2019]ve| "
    r"have)? (?:went|gone|have gone|are going|decided to go|opted to go|chose to go) internal"
    r"(?:ly)?\b(?! first\b| for now\b)(?![^.!?\n]*\b(?:you(?:['\u2019]re| are) still|still in)\b)"
)

# Ninth round (fifty-fifth pass, read slices 117 and 118's misses; unmeasured)
# the places filled by others back ("two carvers from last year are back, and that fills every
# bench we have")
_FILLS_EVERY = re.compile(
    r"\b(?:that|which|this|they|so that)(?: now)? (?:fills|filled|takes|took|uses up|used up) "
    r"(?:every|each|all|both) (?:of )?(?:the |our )?(?:[a-z\-]+ )?(?:benches|bench|places?|spots?|"
    r"seats?|slots?|positions?|posts?|vacanc(?:y|ies)|chairs?|stations?|openings?)\b"
    r"(?: (?:we have|we had|there (?:is|was|are|were)))?(?![^.!?\n]*\b(?:today|tonight|on (?:mon|"
    r"tues|wednes|thurs|fri|satur|sun)day|this (?:morning|afternoon|evening)|session|class|"
    r"workshop|course|event|tour)\b)"
)
# someone else taken ("Boss decided to take another girl who can start earlier")
_TAKE_ANOTHER = re.compile(
    r"\b(?:decided|chose|opted|went|has decided|have decided) (?:to )?(?:take|hire|pick|go with|"
    r"take on|keep) (?:another|a different|the other|one other) (?:girl|guy|boy|lady|man|woman|"
    r"person|candidate|applicant|student|lad|chap|one)\b"
)
# the candidacy ended at a stage ("Your candidacy has ended at stage: Review")
_ENDED_AT_STAGE = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:candidacy|application|candidature) (?:has |have )?(?:ended|"
    r"closed|stopped|finished) at (?:the )?(?:stage|step|phase)\b"
    # ... or the one post ending without an interview for the reader ("So this one ends without
    # an interview for you")
    r"|\b(?:this|that|the) (?:one|role|post|vacancy|position|opening) (?:ends|closes|has ended|"
    r"ended) without (?:an )?interview for you\b"
)

# Tenth round (fifty-sixth pass, read slices 119 and 120's misses)
# someone described, opening the sentence, took or has the post named by its trade ("A helper
# holding his journeyman card took the horseshoenailing spot", "A boatbuilder from the island has
# the oarfeathering position now"); never the reader in that clause, never a post's papers ("has
# the job description"), and nothing after it but its stop or a new clause
_DESCRIBED_HAS_IT = re.compile(
    # (fifty-ninth pass: the reader named only after the post, "One of our own spinners has taken
    # the drive band post, leaving no place to offer you", "A lad from the pub league got the
    # caster's mate job, so you're unlucky this round", slice 141)
    r"(?:^|(?<=\n)|(?<=[.!?] ))(?:a|an|one|another) [a-z\-]+\b"
    r"(?:(?!\b(?:you|your|u)\b)[^.!?\n;]){0,60}? (?:took|has taken|got|has got|landed|has landed|"
    r"won|has won|has|now has|holds|now holds|was given|has been given|ended up with) the "
    r"(?:[a-z\-'\u2019]+ ){0,2}?(?:job|role|position|post|place|spot|gig|vacancy|opening|"
    r"apprenticeship|traineeship|internship)"
    r"(?: now| this time| this season| this year| instead)?(?=[ \t]*(?:[.;!]|$)"
    # (eleventh round: or a turn after it, "A braider from Trangie has the beltbraiding position,
    # though, and we'll leave yours there")
    r"|,? (?:though|however|i['\u2019]m afraid|sorry)\b"
    r"|,? (?:leaving|which leaves|so|and so) (?:no |nothing |you|yours|your)\b)"
)
# the post already taken by someone, in a Malaysian or Singaporean English that drops the
# participle ("The cashier job already take by my cousin's daughter, she start next week")
_TAKEN_ALREADY = re.compile(
    r"\b(?:job|post|role|position|vacancy|opening|gig|work|place) (?:is |was |has |also )?already "
    r"(?:been )?(?:take|took|taken|give|gave|given) (?:by|to) (?!you\b|u\b|yours?\b)(?:my|our|his|"
    r"her|their|a|an|one|someone|somebody|another|other)\b"
)
# (eleventh round) the reader's application left where it is ("we'll leave yours there")
_LEAVE_YOURS = re.compile(
    r"\bwe(?:['\u2019]ll| will| must| have to| need to)? (?:have to |need to )?leave (?:yours|your "
    r"(?:[a-z\-]+ )?(?:application|candidacy|form|cv)) (?:there|at that|at this stage|for now "
    r"and close it)\b"
)
# (eleventh round) the reader's profile kept out of the next phase ("we lament to inform that
# your profile stays out of the next phase")
_STAYS_OUT = re.compile(
    r"\byour (?:profile|application|candidacy|candidature|cv|form) (?:stays|remains|is left|was "
    r"left|is kept|was kept|stayed|remained) (?:out of|outside) the (?:next|following|final|second|"
    r"third|interview|selection) (?:phase|stage|step|round|list)\b"
)
# (eleventh round) others who fit better moving ahead ("Several candidates had timed live sport
# for broadcasters, and the team felt that background suited the contract better, so they moved
# ahead")
_SUITED_SO_AHEAD = re.compile(
    r"\b(?:several|other|some|two|three|a few|many|a couple of) (?:other )?(?:candidates|"
    r"applicants|people|finalists)\b[^.!?\n]{0,120}?\b(?:suited|fitted|fit|matched|met) "
    r"(?:[a-z\-]+ ){0,3}?(?:better|more closely)\b[^.!?\n]{0,20}?,? so (?:they|those (?:candidates|"
    r"applicants)|those) (?:moved|went|are moving|are going|have moved|have gone|progressed|are "
    r"progressing|have progressed) (?:ahead|forward|on|through)\b"
)
# Twelfth round (fifty-sixth pass, read slices 123 and 124's misses)
# no one of the post's kind taken on, after the reason ("the committee has voted to put off hiring
# until the new freezer is paid off, so no net mender is being taken on"; others_picked's
# _NO_HIRE_THIS_YEAR reads a hire named by its kind, this one the post)
_NONE_TAKEN_ON = re.compile(
    r"\b(?:so|and so|which means|meaning|therefore) no (?:[a-z\-]+ ){1,3}?(?:is|are|will be|is "
    r"going to be) (?:being )?(?:taken on|hired|recruited|appointed|engaged|brought on)"
    r"(?: (?:this|for the|for this) (?:season|year|time|round|summer|winter|term))?"
    r"[ \t]*(?=[.;!]|$)"
)
# the reader's name outside the band or the list sent on ("the selecting supervisor received just
# the top band of scores, and your name was outside it")
_NAME_OUTSIDE = re.compile(
    r"\byour name (?:was|is|fell|sat|lay|stood|remained|stayed) (?:outside|beyond|below) (?:it|"
    r"them|that|the (?:[a-z\-]+ ){0,2}?(?:band|list|group|range|cut|cut-off|certificate|"
    r"referral))\b"
)
# the post allotted to another ("Hornbookpressing job has been allotted to other candidate")
_ALLOTTED_OTHER = re.compile(
    r"\b(?:job|post|position|role|vacancy|seat|place|opening)\b[^.!?\n]{0,30}? (?:has been|was|is|"
    r"got|have been) (?:allotted|allocated|assigned|awarded|given) to (?:an?other|other|one other|"
    r"a different|different) (?:candidate|applicant|person|party|aspirant)s?\b"
)
# someone described asked to become the post ("the trustees ... have asked a curator who
# catalogued the Rigolet beadwork to become Collections Technician"); never the reader
_ASKED_ONE_TO_BECOME = re.compile(
    r"\b(?:asked|invited|appointed|chosen|picked) (?:a|an|one|another) [a-z\-]+\b"
    r"(?![^.!?\n]*\byou(?:r)?\b)[^.!?\n]{0,80}? to (?:become|take up the (?:post|role|position) "
    r"of|take on the (?:role|post) of|fill the (?:[a-z\-]+ )?(?:post|role|position|vacancy)|step "
    r"in as|come on as)\b"
)
# the places kept by those back, new starters with nowhere to go ("everyone came back, so new
# starters have nowhere to slot in"); the post "spoke for" ("so the bench job's spoke for")
_NOWHERE_FOR_NEW = re.compile(
    r"\b(?:new starters|newcomers|new people|new hires|new staff|new hands|new faces) (?:have|has|"
    r"had) (?:nowhere|no place|no room|no spot) to (?:slot in|go|fit in|fit|start)\b"
    r"|\b(?:job|post|spot|place|position|role|seat|bench|chair)(?:['\u2019]s| is| has been| was| "
    r"is already| was already) (?:already )?(?:spoke|spoken) for\b"
)
# someone taken on described in a small employer's words ("we took on a feller from over in Hazard
# that's been fixin banjos")
# (fifty-seventh pass: or by the workplace, and anyone described by their trade and where they
# trained, "the studio took on a gaffer trained in Kosta, so it's full"; never a thing taken on,
# a project, a contract or a client)
_TOOK_ON_ONE = re.compile(
    r"\b(?:we|i|they|he|she|the boss|the owner)(?:['\u2019]ve| have| has)? (?:took|taken|went and "
    r"took) on (?:a|an|another|one) (?:feller|fella|fellow|guy|lad|lass|girl|woman|man|bloke|chap|"
    r"gal|boy|kid|young (?:[a-z]+))\b (?:from|who|that|with|what)\b"
    r"|\b(?:we|i|they|the (?:studio|shop|workshop|yard|farm|firm|crew|team|practice|kitchen|"
    r"salon|forge|bakery|works|mill|office|boss|owner|gaffer|manager))(?:['\u2019]ve| have| has)? "
    r"(?:took|taken) on (?:a|an|another|one) (?!(?:project|contract|client|customer|job|role|"
    r"task|commission|order|loan|lease|tenant|case|challenge|bit|lot|few|new (?:project|contract|"
    r"client))\b)[a-z\-]+ (?:trained|apprenticed|schooled|from|who(?:['\u2019]s)?|with (?:\d+|"
    r"years|ten|twenty))\b(?![^.!?\n]*\b(?:you|your|too|as well|alongside)\b)"
)
# Thirteenth round (fifty-sixth pass, read slices 125 and 126's misses)
# someone already taken, in a Malaysian, Singaporean or Liberian English that drops the past
# ("Sorry ya, already take one girl can work Sunday also", "the manager already pick somebody
# who used to work supermarket before")
_ALREADY_TOOK_ONE = re.compile(
    r"\b(?:already|just) (?:take|took|pick|picked|choose|chose|hire|hired|get|got) (?:one (?:girl|"
    r"guy|boy|lady|man|woman|person|worker|staff|auntie|uncle|student)|another (?:girl|guy|boy|"
    r"lady|man|woman|person|one)|somebody|someone|other (?:girl|guy|person|people))\b"
    # (never someone picked up or dropped off, "we already picked someone up from the station")
    r"(?!['\u2019]s| up\b| off\b| out\b)"
)
# the reader's application "a no" ("Your application's a no from us, with thanks")
_A_NO = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:application|candidacy|form|cv)(?:['\u2019]s| is) a (?:no|"
    r"firm no|polite no)\b(?! (?:brainer|show)\b)"
)
# the other trialist got it ("Close call, honestly, but the other trialist got it")
_OTHER_ONE_GOT_IT = re.compile(
    r"\bthe other (?:trialist|trialists|finalist|applicant|candidate|one|person|girl|guy|lad|lass|"
    r"chap|fellow|interviewee) (?:got|gets|has got|took|takes|landed|won) (?:it|the (?:[a-z\-]+ )?"
    r"(?:job|role|place|spot|post|position|chair|seat))\b"
)
# the call list omitting the reader's number ("Accordingly the oral-test call list omits roll
# number 11303"); a number only, never a name left off a guest or prize list
_LIST_OMITS = re.compile(
    r"\b(?:list|shortlist|merit list|register)\b[^.!?\n]{0,20}? (?:omits|excludes|leaves out) "
    r"(?:your )?(?:roll|registration|candidate|application|index|seat) (?:number|no\.?)\b"
)
# no employment to offer now ("At present no employment can be offered")
_NONE_OFFERED_NOW = re.compile(
    r"\b(?:at present|currently|at this time|for now|at the moment),? no (?:employment|position|"
    r"post|job|work|placement|offer) can be (?:offered|given|made)\b"
)
# someone got the nod for the post ("Ines got the committee's nod for Head Coach"); never in a
# sentence about the reader ("You've got the panel's nod for the final round!", "your
# application got the committee's nod for interview")
_GOT_THE_NOD = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?![^.!?\n]*\b(?:you|your|yours|u)\b)[^.!?\n]{0,60}? (?:got|gets|"
    r"has got|won|has won) the (?:[a-z\-]+(?:['\u2019]s)? )?nod for\b"
)
# the place taken, "so it's spoken for" ("An apprentice ... now has the bench, so it's spoken
# for")
_SPOKEN_FOR = re.compile(r"\bso it(?:['\u2019]s| is) (?:already )?(?:spoke|spoken) for\b")
# the application closing with the decision just told ("A boatbuilder from the island has the
# oarfeathering position now; your application closes with that")
_CLOSES_WITH_THAT = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:application|candidacy|candidature) (?:closes|ends|stops|"
    r"finishes|is closed) (?:with that|with this|at that point|at this point)"
    # (the clause ends there, or with the mail or the news named, "closes with this mail"; never a
    # form's last step, "closes with that final upload")
    r"(?: (?:mail|email|e-mail|letter|message|note|notice|notification|decision|news|outcome|"
    r"reply|update|response))?"
    r"(?=[ \t]*(?:[.;!,]|$))"
)

# Fourteenth round (fifty-seventh pass, read slices 127 and 128's misses)
# a requisition shut or withdrawn by whoever owns it ("Requisition 91880, Claims Contact Officer,
# was shut by its hiring manager before any interviews were set", "Seaview Harbour Tugs has
# withdrawn the requisition outright"); never shut for a while or for a holiday, never to be
# re-advertised or reopened
_REQUISITION_SHUT = re.compile(
    r"\b(?:requisition|req|vacancy|posting|job posting|competition)\b[^.!?\n]{0,60}? (?:was|has "
    r"been|has now been|is now|got) (?:shut|shut down|scrapped|axed|pulled)\b"
    r"(?! (?:for|until|till|over|on|at|during|while|temporarily)\b)"
    r"(?![^.!?\n]*\b(?:mistake|error|accident\w*|again|re-?open\w*|back up|back open)\b)"
    r"|\b(?!you\b|we\b)[a-z\-]+(?: [a-z\-]+){0,3} (?:has|have) (?:now )?withdrawn (?:the|this|its) "
    r"(?:[a-z\-]+ ){0,2}?(?:requisition|req|posting|vacancy|advert)\b"
    r"(?![^.!?\n]*\b(?:re-?advertis\w*|re-?open\w*|re-?post\w*|temporarily|while|until|amend\w*|"
    r"correct\w*|typo|mistake)\b)"
)
# hiring put off, so none taken this round ("Hiring waits till spring, so none this round")
_NONE_THIS_ROUND = re.compile(
    r"\b(?:hiring|recruiting|recruitment|taking on)\b[^.!?\n]{0,40}?,? so (?:none|no one|nobody|"
    r"no-one|no hires?|no new (?:starters|staff|hands)) (?:this|for this) (?:round|time|season|"
    r"year)"
    r"(?=[ \t]*(?:[.;!]|$))"
)
# Fifteenth round (fifty-seventh pass, read slices 129 and 130's misses)
# someone named confirmed in the post ("The union has confirmed Tevita Manu, sevens coach at the
# Pacific Games, as Academy Coach this year"); never the reader, never a welcome or staff news
_CONFIRMED_AS = re.compile(
    # (no welcome, no pride and no reader anywhere in the sentence)
    r"(?:^|(?<=[.!?] )|(?<=\n))(?![^.!?\n]*\b(?:you|your|delighted|pleased|proud|happy|welcome|"
    r"congratulat\w*|thrilled|excited)\b)[^.!?\n]{0,60}?"
    r"\b(?:has|have|had) (?:now )?confirmed (?!you\b|your\b|the\b|our\b|receipt\b|that\b|this\b|"
    r"it\b|a\b|an\b|with\b|to\b)[a-z\-']+ [a-z\-']+(?:, [^,.!?\n]{1,60},)? as (?!your\b|a\b|an\b)"
    r"(?:the |its |our |this year['\u2019]s )?(?:new )?(?:[a-z\-]+ ){0,3}?(?:coach|manager|lead|"
    r"officer|director|head|assistant|associate|clerk|engineer|teacher|technician|coordinator|"
    r"chef|editor|analyst|fellow|intern|trainee|curator|librarian|administrator|supervisor)\b"
)
# the reader's application missed out ("Our Hydrology Summer Internship is now full; your
# application missed out for 2026"); never a part left out of it ("your application missed out
# the referee's details")
# (a post named before it in the sentence: a stall's, a pitch's or a ballot's entry "missed out"
# is no job's, "your stall application missed out this year")
_MISSED_OUT = re.compile(
    r"\b(?:internship|role|job|post|position|vacancy|placement|apprenticeship|programme|program|"
    r"intake|traineeship|scheme|graduate)\b"
    r"(?:(?!stall|pitch|ballot|fair|market|race|ticket|table|plot|allotment)[^.!?\n]){0,80}?"
    r"\byour (?:application|candidacy|cv) (?:has |just )?missed out"
    r"(?=[ \t]*(?:[.;!,]|$| (?:this|for|on (?:the|this) (?:post|role|job|place|position|intake|"
    r"round|year|season))\b))"
)
# hiring gone on without the reader ("Hiring has continued without your file", "we've moved
# forward without your application")
_ON_WITHOUT_YOU = re.compile(
    r"\b(?:hiring|recruitment|recruiting|selection|the (?:process|search|selection|panel|team)|"
    r"we|they)(?: has| have|['\u2019]ve)? (?:continued|carried on|moved on|moved forward|gone "
    r"ahead|went ahead|proceeded|pressed on)(?: [a-z]+){0,2}? without (?:your (?:[a-z\-]+ )?"
    r"(?:file|application|candidacy|cv|profile|form)|you)\b"
)
# Sixteenth round (fifty-seventh pass, read slices 131 and 132's misses)
# someone described preferred for the post, or accepting it ("a candidate more experienced in
# customs procedures was preferred for this position", "An applicant with pearwood carving
# experience accepted the block carver role"); never the reader
_DESCRIBED_PREFERRED = re.compile(
    r"\b(?:a|an|one) (?:candidate|applicant|person|profile|finalist|colleague)\b"
    r"(?![^.!?\n]*\b(?:you|your)\b)[^.!?\n]{0,60}? (?:was|has been|got) (?:preferred|favoured|"
    r"favored|chosen|selected|picked) for (?:this|the|that) (?:[a-z\-]+ ){0,2}?(?:position|post|"
    r"role|job|vacancy|opening|place)\b"
    r"|\b(?:a|an|one) (?:candidate|applicant|person|finalist) (?:with|from|who)\b"
    r"(?![^.!?\n]*\b(?:you|your)\b)[^.!?\n]{0,60}? (?:has )?accepted (?:the|our) "
    r"(?:[a-z\-]+ ){0,3}?(?:role|post|position|job|offer|place)\b(?! (?:of|on|in)\b)"
    r"(?![^.!?\n]*\b(?:course|class|module|trip|tour|flat|room)\b)"
)
# the post theirs ("that swung it: the spot's theirs"); never the reader's ("the spot's yours"),
# nor "his" or "hers", which a relayed message says of the reader ("tell Harriet the job is
# hers")
_THEIRS_NOW = re.compile(
    r"\b(?:the )?(?:spot|job|place|role|post|position|gig|shift|chair|bench)(?:['\u2019]s| is) "
    r"theirs\b(?! (?:and yours|too|as well)\b)"
)
# an owner led to close the requisition ("Next year's budget round has led the Foundation to
# close the requisition")
_LED_TO_CLOSE = re.compile(
    r"\b(?:led|forced|caused|obliged|required) (?:the |our |us |them )?(?:[a-z\-]+ ){0,4}?to "
    r"(?:close|cancel|withdraw|pull|scrap) (?:the|this|that|its|our) (?:[a-z\-]+ ){0,2}?"
    r"(?:requisition|vacancy|posting|post|position|role|opening|recruitment)\b"
    r"(?![^.!?\n;]*\b(?:for now|temporarily|until|till|reopen\w*|re-open\w*|again)\b)"
)

READINGS = readings(
    ("reader_out", _STOPPED_CONSIDERING),
    ("reader_out", _AMONG_LEFT_OUT),
    ("reader_out", _LIST_WITHOUT_YOU),
    ("chose_other", _OTHERS_FORWARD),
    ("reader_out", _RULED_YOURS_OUT),
    ("chose_other", _APPOINTED_TO_POST),
    ("role_gone", _EXERCISE_OFF),
    ("reader_out", _SAYING_NO),
    ("reader_out", _CLOSES_IN_CYCLE),
    ("reader_out", _MUST_REFUSE),
    ("reader_out", _RATING_UNDER),
    ("role_gone", _RECRUITMENT_STOPPED),
    ("chose_other", _YOURS_FURTHER_OFF),
    ("chose_other", _POST_THEN_WHO),
    ("reader_out", _CLOSES_APPLICATION),
    ("reader_out", _SAID_NO),
    ("chose_other", _GOES_TO_ANOTHER),
    ("reader_out", _DECLINING_IT),
    ("reader_out", _LEFT_OFF_LIST),
    ("chose_other", _OTHERS_TOOK_ALL),
    ("reader_out", _REFERRAL_NOT_MADE),
    ("chose_other", _STAYS_WITH),
    ("reader_out", _OUTSIDE_THE_GROUP),
    ("chose_other", _PICK_IS),
    ("role_gone", _AD_PULLED),
    ("chose_other", _WENT_INTERNAL),
    ("role_gone", _FILLS_EVERY),
    ("chose_other", _TAKE_ANOTHER),
    ("reader_out", _ENDED_AT_STAGE),
    ("chose_other", _DESCRIBED_HAS_IT),
    ("chose_other", _TAKEN_ALREADY),
    ("reader_out", _CLOSES_WITH_THAT),
    ("reader_out", _LEAVE_YOURS),
    ("reader_out", _STAYS_OUT),
    ("chose_other", _SUITED_SO_AHEAD),
    ("role_gone", _NONE_TAKEN_ON),
    ("reader_out", _NAME_OUTSIDE),
    ("chose_other", _ALLOTTED_OTHER),
    ("chose_other", _ASKED_ONE_TO_BECOME),
    ("role_gone", _NOWHERE_FOR_NEW),
    ("chose_other", _TOOK_ON_ONE),
    ("chose_other", _ALREADY_TOOK_ONE),
    ("reader_out", _A_NO),
    ("chose_other", _OTHER_ONE_GOT_IT),
    ("reader_out", _LIST_OMITS),
    ("reader_out", _NONE_OFFERED_NOW),
    ("chose_other", _GOT_THE_NOD),
    ("role_gone", _SPOKEN_FOR),
    ("role_gone", _REQUISITION_SHUT),
    ("role_gone", _NONE_THIS_ROUND),
    ("chose_other", _CONFIRMED_AS),
    ("reader_out", _MISSED_OUT),
    ("reader_out", _ON_WITHOUT_YOU),
    ("chose_other", _DESCRIBED_PREFERRED),
    ("chose_other", _THEIRS_NOW),
    ("role_gone", _LED_TO_CLOSE),
)
