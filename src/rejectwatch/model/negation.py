"""Negation marks: the words a negation governs, as extra ``neg_<word>`` tokens.

A bag of words sees "we will not be progressing your application" and "we are progressing
your application" as nearly the same. Marking the few words after a negation or a regret cue
("not", "no longer", "unable", "unfortunately", "declined", ...) gives the model features such
as ``neg_progressing`` and ``neg_considering`` that recur across very different phrasings of a
rejection, where the surrounding word pairs do not. The scope is the rest of the clause, at most
five content words: the usual heuristic of sentiment analysis, cheap enough for every message.

Two refinements (issue 11):

* **Decisions without a negation.** "We have offered the role to another candidate" or "the
  team went another way" carry no "not"; a few decision cues ("decided", "another candidate",
  "someone else", "ineligible", ...) put such sentences in the refusal-sentence block too,
  without marks. A sentence with a cue of a decision *for* the reader ("invite you", "move
  you", "delighted") and no negation enters with its words prefixed ``yes_``, so "we'd like
  to move you to the next round" is read apart from "we will not be moving you on".
* **Hypotheticals.** "If you are not selected, we will keep your CV on file" talks about a
  refusal that has not happened. A cue preceded in its sentence by a conditional ("if",
  "should", "unless", "in the event", "either way", "whether", "assume") gets ``hyp_`` marks
  instead of ``neg_`` ones, and a sentence whose first cue is conditional enters the block
  with every word prefixed ``hyp_``, so the model learns a conditional refusal apart from a
  real one. A refusal in quotation marks (a newsletter's "we have decided to move forward
  with other candidates") is reported, not given, and is read the same way.
  A sentence that says the decision is still to be made ("no decision yet", "we're still
  interviewing") is read the same way: the refusal it mentions has not happened.
* **Verb classes** (third pass): a decision sentence is classified by rule, not by phrase:
  a choice (went/moved forward/pressing on with, hired, made a hire, went to, favoured,
  better placed, ...) naming a third party (someone, another, other people, an internal
  transfer, ...) gets ``xchoseother``; the post itself gone (eliminated, cancelled, on hold,
  filled, fully allocated) gets ``xrolegone``; the reader left out ("no place for you",
  "your application ends here", "passed on you") gets ``xreaderout``; none when the
  sentence is conditional,
  negated by "yet"/"still", or still to come.
* **Outcome readings** (fourth pass): plain outcome wording is read by rule whether or not
  its sentence holds a cue (see _OUTCOMES): a refusal in a status or outcome field
  ("Current status: Rejected", "Outcome: Unsuccessful") gives ``xstatusrefused``; a closing
  verb on the reader's application ("we will close your application", "it will go no
  further"), a pass ("we'll pass on this one") or an offer refused ("we cannot offer you
  employment") ``xreaderout``; a post cancelled or nobody appointed ``xrolegone``; a hedge
  preferring others ("candidates with more hands-on experience") ``xchoseother``. None in a
  conditional or still-to-come sentence, nor in mail about someone else's candidacy (a
  referred friend's "Status: Not selected") or a withdrawal the reader asked for.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Collection, Sequence
from typing import Any

from rejectwatch.model import (
    about_colleague,
    announced,
    choices_plain,
    decisions_after,
    decisions_archived,
    decisions_before,
    decisions_brief,
    decisions_ended,
    decisions_filled,
    decisions_forwarded,
    decisions_heard,
    decisions_hedged,
    decisions_in_passing,
    decisions_left_off,
    decisions_lost,
    decisions_mixed,
    decisions_ordinary,
    decisions_places_gone,
    decisions_referred,
    decisions_regretted,
    decisions_reshaped,
    decisions_rested,
    decisions_settled,
    decisions_spoken,
    decisions_taken,
    decisions_terse,
    decisions_unshortlisted,
    insiders_chosen,
    languages,
    negations_abroad,
    notices_other,
    other_mail,
    others_named,
    others_picked,
    others_placed,
    others_starting,
    places_withheld,
    plain_outcomes,
    posts_given,
    prefilter,
    reader_kept,
    readings_apart,
    readings_aside,
    rules_ahead,
    said_plainly,
    scores_below,
    stated_outcomes,
    steps_ahead,
    things_refused,
    third_party,
    told_ahead,
)
from rejectwatch.model import lazy_re as re
from rejectwatch.model.last_text import per_text
from rejectwatch.model.phrases import Phrases
from rejectwatch.model.prefilter import Prefiltered
from rejectwatch.model.tick_boxes import unticked_blanked

__all__ = [
    "ABOUT_OTHER",
    "ACTION_ASKED",
    "CHOSE_OTHER",
    "FOR_READER",
    "HYPOTHETICAL",
    "MARK",
    "READER_DECIDED",
    "READER_OUT",
    "ROLE_GONE",
    "STATUS_REFUSED",
    "THING_REFUSED",
    "TITLES",
    "a_feedback_call",
    "has_cue",
    "invites_the_reader",
    "not_the_readers_outcome",
    "offers_the_job",
    "read_all_cues",
    "read_cues",
    "withdraws_the_offer",
]

MARK = "neg_"
HYPOTHETICAL = "hyp_"
FOR_READER = "yes_"
_NEGATION, _DECISION, _YES = 0, 1, 2
_CONTRACTED = (
    # (forty-seventh pass: "we shan't be offering an interview this round")
    "shan",
    "can",
    "won",
    "wouldn",
    "isn",
    "aren",
    "don",
    "didn",
    "couldn",
    "haven",
    # issue 11, third pass: "hasn't picked anyone yet", "wasn't successful" were unread
    "hasn",
    "hadn",
    "doesn",
    "wasn",
    "weren",
    "shouldn",
)
_APOSTROPHES = ("'", "\u2019")
_CUES = (
    "not",
    "no longer",
    "never",
    "unable",
    "cannot",
    "unfortunately",
    "unsuccessful",
    "decline",
    "declined",
    "regret",
    "sadly",
    # issue 11, third pass: the other ways of saying so
    "afraid",
    "regrettably",
    "regretfully",
    # seventeenth pass: a choice against ("the hiring manager has decided against moving you
    # forward" read "moving you" as a decision for the reader, every word ``yes_``)
    "decided against",
    "chose against",
    "chosen against",
    "opted against",
    "elected against",
    # twenty-first pass, part A: nothing left to offer the reader ("so there is nothing left to
    # offer you" read "offer you" as a decision for the reader, every word ``yes_``)
    *decisions_in_passing.NEGATIONS,
)
# Eighteenth pass, part D: the others described by what they have ("if we decide to pursue
# candidates whose experience is closer to the role, we'll keep yours on file": a choice,
# conditional here, that entered no sentence and scored 0.94 on its words in CV)
_WHOSE = ("candidates whose", "applicants whose", "profiles whose")
# Cues of a decision that need no negation: the sentence enters the refusal block, no marks.
_DECISION_CUES = (
    "decided",
    "decision",
    "chosen",
    "another candidate",
    "other candidates",
    "another applicant",
    "other applicants",
    "someone else",
    "someone whose",
    *_WHOSE,  # (eighteenth pass, part D)
    "another direction",
    "different direction",
    "another way",
    "ineligible",
    "cancelled",
    "canceled",
    "closer match",
    "closer fit",
    "better fit",
    "better match",
    # a choice made (issue 11, second pass): the sentence is a decision; whether it chose the
    # reader or someone else is read in read_cues (_THIRD_PARTY, the for-reader cues)
    "went with",
    "gone with",
    "go with",
    "going with",
    "opted for",
    "hired",
    "appointed",
    "selected",
    "picked",
    "settled on",
    "filled",
    "brought on",
    "made an offer",
    "offered the",
    "offered it",
    "finalist",
    "finalists",
    "rejected",
    "internal candidate",
    # issue 11, third pass: the verb classes of a choice, read as one rule (_CHOICE_VERB x
    # _THIRD_PARTY, see read_cues) rather than phrase by phrase: going on with someone ...
    "moved forward with",
    "moving forward with",
    "move forward with",
    "proceed with",
    "proceeded with",
    "proceeding with",
    "progressing with",
    "progressed with",
    # (thirty-seventh pass: a choice told in the progressive, "we're choosing a candidate whose
    # modelling maps more directly onto that roadmap"; a choice still ahead is read apart, as for
    # "going with")
    *(
        f"{verb} {whom}"
        for verb in ("choosing", "selecting")
        for whom in ("a candidate", "another", "someone", "somebody", "a different", "the other")
    ),
    "pressing on with",
    "pressing ahead with",
    "continue with",
    "continuing with",
    # ... giving the job to someone ...
    "made a hire",
    # eighth pass: "the position has been awarded to an applicant with ...", "we've matched
    # with another student", "they've made their pick from those", "leadership made the call
    # to hire the candidate who ..."
    "awarded",
    "matched with",
    "made their pick",
    "made our pick",
    "made their choice",
    "made our choice",
    "made the call",
    "went to",
    "gone to",
    "our pick",
    # ... preferring someone ...
    "favouring",
    "favoring",
    "favoured",
    "favored",
    "better placed",
    "better suited",
    "more suitable",
    "more closely",
    "more aligned",
    # ... or the job itself gone (_ROLE_GONE, see read_cues)
    "eliminated",
    "on hold",
    "off the table",
    "closed",
    "fully allocated",
    # ... or the reader left out (_EXCLUDED, see read_cues)
    "no place",
    "no placement",
    "no space",
    "no spot",
    "passed on",
    "ends here",
    "ended here",
    "stops here",
    "stops at this",
    "stopped at this",
    "closed for you",
    "not include you",
    "not including you",
    # a decision looked back on ("we ended up hiring a colleague")
    "ended up",
    "in the end",
    # fifth pass: a post taken ("the job has been accepted by a different applicant"); a
    # choice in the present or plain past is read by _CHOSE_ANOTHER (outcome readings)
    "accepted by",
)
# Cues of a decision for the reader: a sentence with one and no negation enters the block
# with its words prefixed ``yes_``, so "we'd like to move you to the next round" does not
# share its features with "we will not be moving you to the next round".
_FOR_READER_CUES = (
    "invite you",
    "offer you",
    "move you",
    "moving you",
    "take you",
    "like you to",
    "pleased",
    "delighted",
    "congratulations",
    "chose you",
    "chosen you",
    "picked you",
    "selected you",
    "hire you",
    "forward with you",
    "go with you",
    "gone with you",
    "went with you",
    "going with you",
    "continue with you",
    # issue 11, third pass: the choice verbs with the reader's own application as object
    # ("we'll be moving ahead with your application", "our preferred candidate - that's you")
    "ahead with you",
    "ahead with your",
    "forward with your",
    "progress your",
    "progressing your",
    "advance your",
    "advancing your",
    "that's you",
    "that\u2019s you",
    "that is you",
    # the reader among those chosen ("a small group of candidates, and you're one of them")
    "you're one of",
    "you\u2019re one of",
    "you are one of",
    "you're among",
    "you are among",
    # (twenty-ninth pass, part H: the count first and the reader in two words, "three finalists
    # remain for the post, and you're one", blind slice 27's final-round invitation)
    "and you're one",
    "and you\u2019re one",
    "and you are one",
    "including you",
    "include you",  # "the panel would like to include you in the list of candidates"
    # ninth pass: a choice that fell on the reader in other words ("we've settled on you for
    # the last stage", "the two remaining finalists - you included"), and the Nordic "go on
    # with you" ("valt att gå vidare med dig")
    "you included",
    "settled on you",
    "landed on you",
    "decided on you",
    "opted for you",
    "gone for you",
    "went for you",
    "vidare med dig",
    "videre med dig",
    "videre med deg",
)
# Who a choice went to when it was not the reader: a decision sentence with one of these, no
# negation, no conditional and no cue of a decision for the reader also gets the token
# CHOSE_OTHER (in the sentence block and among the marks), shared by every wording of "we
# went with / hired / appointed someone else".
_THIRD_PARTY = re.compile(
    r"\b(?:someone|somebody|"
    # (fifty-third pass, third round: never the reader's own candidate page, "shows up as Closed
    # in your candidate home", "your applicant portal")
    # (fifty-fourth pass, fourth round: nor every applicant as a class, "one student gets chosen
    # by spring, and every applicant receives the result")
    r"(?<!\bevery )(?<!\beach )"
    r"(?:candidates?|applicants?)(?<!\byour candidate)(?<!\byour applicant)(?! (?:home|homepage|"
    r"portal|profile|account|dashboard|centre|center|page|area|record|hub|zone|login|space|site|"
    r"number|id|reference)\b)|finalists?|colleagues?|person|people|"
    r"internal|internally|profiles?|others|another|individuals?"
    # (forty-third pass: never the reader's own money sent, "Your transfer of 250.00 to Desmond
    # was rejected by the receiving bank", read whole once a decimal point ended no sentence)
    r"|transfer(?<!\byour transfer)(?! of [\d\u00a3$\u20ac])"
    r")\b"
)
# A choice still to come ("once we have selected a candidate", "successful applicants will be
# selected", "only candidates selected for interview will be contacted") is not one made: these
# before the sentence's first decision cue withhold the token.
# "before" and "once" as still to come (thirteenth pass: not "before" that closes its clause,
# "someone who has set up a shared service centre before", nor "once" with a past event, "the
# decision sort of made itself once he applied")
# (thirteenth pass: and not "yet another round" of the process, "yet again")
# (sixtieth pass, third round: never "yet" as "but", opening a clause after a comma, "Narrow
# margins, yet the Staff Engineer offer lands elsewhere", slice 149; "…, yet to be decided" is
# still to come)
_YET = (
    r"|\byet\b(?! another (?:round|stage|interview|call|meeting|step)\b| again\b)"
    r"(?!(?<=, yet)(?! to\b))"
)
# a verb of its own, never a word of a past event's subject (forty-second pass, _PAST_EVENT)
_AUXILIARY = r"(?:is|are|was|were|has|have|had|will|would|be|been|gets|get|can|may)\b"
# a thing's subject of up to three words, none of them a verb of its own ("the last interviews",
# "any interviews"; sixty-first pass: hyphened, "the best-qualified names"), and a verb in the
# past after it
_THING = (
    # (sixty-sixth pass: or "every", "each" or "all", "Once every candidate was reviewed, our
    # team chose to stop your application here", slice 203)
    r"(?:the|any|its|our|their|every|each|all) (?:(?!" + _AUXILIARY + r")[a-z\-]+ ){0,2}?(?!"
    + _AUXILIARY + r")[a-z\-]+"
)  # fmt: skip
# (sixty-first pass: and went, left, sent, began, ran, fell and chose, "when the best-qualified
# names went forward to the selecting supervisor, yours stayed behind", slice 155)
_PAST_VERB = (
    r"(?:[a-z]+ed|came|met|saw|spoke|was|were|had|made|took|gave|got|went|left|sent|began|ran|"
    r"fell|chose"
    # (sixty-seventh pass: and shut, "had not reached us when the competition shut", slice 209)
    r"|shut)\b"
)
# (fourteenth pass: nor "before" with a past event, "Before we contacted them, the hiring
# manager finalised the appointment with another candidate")
_PAST_EVENT = (
    # (forty-second pass: or "the" and up to three words, "once the last interviews were done",
    # none of them a verb of its own, "once the post is filled", "once the panel has met")
    # (fifty-seventh pass: or "any", "its", "our" or "their" for "the", "was shut by its hiring
    # manager before any interviews were set")
    r" (?:he|she|they|we|i|" + _THING + r") " + _PAST_VERB
    # (twenty-sixth pass, part E: and a past perfect, "before I'd even put the notice up", "before
    # we'd advertised"; never a "would", "before we'd need references")
    + r"| (?:he|she|they|we|i)['\u2019]d (?:even |already |ever |just |properly )?"
    r"(?!(?:need|proceed|succeed|exceed|feed|speed|heed)\b)(?:[a-z]+ed|put|got|been|done|made|"
    r"sent|set|seen|given|taken|had|run|begun|written|heard|told|found)\b"
)  # fmt: skip
# (twenty-sixth pass, part E: nor "before" an announcement told ahead of it with a colon or a
# dash, "I wanted you to hear it from me before the announcement: we have appointed …")
_TOLD_AHEAD = (
    r"(?! (?:the|an|any|this|our|it|a)(?: (?:official|public|formal|wider|general|big|team|"
    r"staff|company))?(?: (?:announcement|news|notice|email|memo|post))?(?: (?:goes|is|gets) "
    r"(?:out|made|posted|sent|up|public))?(?:[ \t]*[:\u2014\u2013]| - ))"
)


def _before_once(unless: str = "") -> str:
    """The branches of "before" and "once" as still to come, for a pattern of such words: not
    "before" that closes its clause or stands before a past event, nor "once" with a past
    event, nor "before" followed by ``unless`` (a pattern of what it then marks)."""
    return (
        # (thirty-ninth pass: never "the spring before last", a time gone by; forty-first pass:
        # nor "before" after a past verb, "we gave to Rafiq who worked before in Dammam")
        # (fifty-eighth pass: nor "before" after the reader's application "ends", the interview
        # it did not reach, "your candidature ends before interview", slice 133; a stage skipped,
        # "stops before the assessment stage … so we go straight to interview", is still read)
        # (fifty-ninth pass: nor after a past verb and the application's pronoun, "so screening
        # stopped it before the hiring manager's desk", slice 139)
        # (sixtieth pass: nor after "ends" and what it ends, "which ends your run before
        # interviews", slice 145)
        r"|(?<!ed )(?<!ed it )(?<!ed yours )(?!(?:"
        + "|".join(
            f"(?<=\\b{verb} {what})"
            for verb in ("ends", "stops", "closes")
            for what in ("", "it ", "yours ", "your run ", "your application ", "your candidacy ")
        )
        # (sixty-third pass: or a later phase named, "your candidacy … stops before the next
        # phase", slice 170)
        # (sixty-fourth pass: or the offer stage, "your application ends before the offer stage",
        # slice 184)
        + r")before (?:the |an |any )?(?:interviews?|(?:next|following|final|offer) "
        r"(?:phase|stage|step|round))\b)"
        r"\bbefore\b(?! last\b)"
        + (f"(?!{unless})" if unless else "")
        # (twenty-first pass, part J: nor "before" closing a clause that "and" or "but" goes
        # on from, "she's cut tracery before and we need that": decisions_before)
        + r"(?!\s*(?:[.,;:!?)\n]|$|(?:and|but|so) (?!after\b)))(?!"
        + _PAST_EVENT
        # (fifty-fourth pass: nor "before" that closes a relative clause its verb follows,
        # "someone who's soldered lanterns before has taken the job"; a conjunction's
        # "before" has a subject next)
        + r"| (?:has|have|had|was|were|got|took|gets|takes|landed|won)\b"
        + r")"
        + _TOLD_AHEAD
        + r"|\bonce\b(?!"
        + _PAST_EVENT
        + ")"
    )


# Not in a relative clause about the others chosen ("we've chosen to proceed with candidates who are
# being assessed further" is the decision; "an internal candidate is also being considered" is not)
_NOT_RELATIVE = r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )"

_BEFORE_ONCE = _before_once()
# (twenty-third pass, part Q: not a step called off, "your interview will not go ahead: we've
# appointed another candidate")
_CALLED_OFF = (
    r"(?! (?:not|no longer|now not|never) (?:be )?(?:go ahead|going ahead|take place|taking place|"
    r"proceed|proceeding|happen|happening|needed|required)\b)"
)
# (forty-seventh pass: never how long a calendar stays full, "the calendar is full until next
# spring", _FULL_FOR_A_WHILE)
# (never "up until now", a time gone by)
_FULL_FOR_A_WHILE = r"(?<!\bfull )(?<!\bbooked )(?<!\bfull up )(?<!\bbooked up )"
# (forty-eighth pass: nor how long the owner manages alone while trade is slow, "I'll manage
# alone until spring", put after "until"; "alone until we've decided" is still to come)
_ALONE_FOR_A_SEASON = (
    r"(?!(?:(?<=\balone until)|(?<=\bsolo until)|(?<=\bown until)|(?<=\bmyself until)|"
    r"(?<=\bourselves until)|(?<=\bsingle-handed until)|(?<=\bsingle-handedly until))(?: the)? "
    r"(?:spring|summer|autumn|winter|new year|next year|next season|things pick up|trade picks "
    r"up|orders pick up|work picks up)\b)"
)
# (second round: nor when the one chosen starts, "Dwight has accepted the post and starts when
# the month turns")
_STARTS_WHEN = r"(?<!\bstarts )(?<!\bstart )(?<!\bbegins )(?<!\bjoins )(?<!\bstarting )"
# (fifty-ninth pass: nor "when" before a past event, "Requisition 87896 (...) was pulled when
# Gurugram Freight Bureau reorganised its departments", slice 142)
_WHEN_PAST = (
    # (a pronoun's act, "as I said when we spoke on Tuesday"; never a pronoun's state, "when i
    # was in the pctel directory", a mailing list's question)
    r"(?! (?:he|she|they|we|i) (?:(?!need|proceed|succeed|exceed)[a-z]+ed|came|met|saw|spoke|made|"
    r"took|gave|got)\b"
    # (or the thing's event, "when the departmental budgets were redrawn")
    r"| " + _THING + r" " + _PAST_VERB
    # (or a name's, one to four words, none an auxiliary, then a past verb and its object's
    # determiner; sixty-first pass: four, "when Chandni Chowk Hardware Mart merged its two
    # depots", slice 154)
    + r"| (?:(?!" + _AUXILIARY + r")[a-z]+ ){1,4}?(?!" + _AUXILIARY
    + r")[a-z]+ed (?!by\b)(?:its|their|the|his|her|our|a|an)\b)"
)  # fmt: skip
_NOT_YET = re.compile(
    r"\b(?:"
    + _FULL_FOR_A_WHILE
    + r"until(?! further notice)"
    + _ALONE_FOR_A_SEASON
    + r"|"
    + _STARTS_WHEN
    + r"when"
    + _WHEN_PAST
    + r"|will"
    + _CALLED_OFF
    + r"|going to"
    r"(?<!\bnot going to)(?<!n['\u2019]t going to)"
    r"|(?:(?<=\bnot )|(?<=n['\u2019]t ))going to(?! (?:go ahead|happen|take place|proceed)\b)"
    # (twentieth pass, part J: "only" as a condition ahead, "we'll only contact", not what the
    # reader had, "with only a provisional licence, we've gone for drivers who …")
    # (forty-third pass: never a time's emphasis, "has joined the kirana from this week only")
    r"|(?<!\bwith )only(?<!\bweek only)(?<!\btoday only)(?<!\bmonth only)(?<!\byear only)"
    r"(?<!\bmorning only)(?<!\bsince yesterday only)"
    r"(?! (?:a|an|one|two|three|four|five|six|\d+|just|partly|part|some|limited|basic)\b)"
    # (forty-third pass: a choice only possible, "Is possible that the job goes to colleague
    # already working in our chasing room; in this situation also you get message from us")
    # (opened by "possible" and its "is" asked behind it: opened by "is" it ran in most texts)
    r"|possible(?:(?<=\bis possible)|(?<='s possible)|(?<=\u2019s possible))(?: that)?"
    # (forty-fourth pass: or only maybe, "Maybe we give this job to somebody from our tuning
    # team first"; a clause's own first word before who would choose or what would go, never
    # "perhaps at the conference in the spring" nor "maybe you heard")
    r"|(?<![a-z] )(?:maybe|perhaps|possibly)(?= (?:we|they|the|this|that|it|our|my|someone|"
    r"somebody|he|she|i)\b|[ \t]*$)"
    # eighteenth pass, part D: a choice in the present of a process ("the panel picks its
    # finalists on 12 June", "Our process: we pick three finalists, interview them and make one
    # offer"), or one only likely ("the post is likely to be filled internally")
    r"|picks|selects|chooses|decides|shortlists|appoints|we (?:pick|select|choose|shortlist|"
    r"appoint)|(?:likely|expected|due|set|planned|intended) to be"
    # (fortieth pass, third round: a rule in the present, "our hiring crew contacts just those
    # applicants whose availability fits")
    r"|(?:contacts|calls|invites|interviews|considers|reviews) (?:just|solely|exclusively))\b"
    r"|['\u2019]ll\b" + _CALLED_OFF + _YET + _BEFORE_ONCE
)
# A regret in a clause of its own after a review or a search still running, giving the reader's
# own outcome (twenty-fourth pass, part P: "our team is reviewing all applications received,
# and I'm sorry to say yours has not been shortlisted"; twenty-fifth pass, part B: after
# "still" too, and after ", and" or ", but": "we are still reviewing applications, and sadly
# yours has not been shortlisted"; never an outcome still ahead, "but I'm afraid you'll")
_REGRET_AHEAD = (
    r"(?![^.!?\n]*(?:,|;| -| \u2013| \u2014| and| but)(?: and| but)?(?: so)? (?:(?:i|we)"
    r"(?:['\u2019]m|['\u2019]re| am| are) (?:very |so |truly )?(?:sorry|afraid)(?: to (?:say|"
    r"tell you|let you know|report|inform you))?|unfortunately|sadly|regrettably|(?:i|we) regret "
    r"to (?:say|tell you|inform you)),? (?:that )?(?:yours|your (?:application|cv|profile|"
    r"candidacy)|you)\b(?!['\u2019]ll| will| may| might| would| could| should| are still| remain))"
)
# ... and these anywhere in it ("no decision yet: we're still meeting one other finalist").
# (eighteenth pass, part D: and a decision told "either way", "whatever it is", still to come:
# "every applicant hears from us by the end of March, with a decision either way")
_UNDECIDED = re.compile(
    r"\bstill\b"
    + _REGRET_AHEAD
    + r"|\b(?:either way|whichever way|whatever (?:it is|the outcome|the decision|happens)|"
    r"one way or (?:the )?other|yes or no|whether or not"
    # (fortieth pass, third round: both outcomes named, "picked or passed over, each applicant
    # gets word from the manager in person")
    r"|(?:picked|chosen|selected|shortlisted|hired|successful|accepted|invited) or (?:passed "
    r"over|not|turned down|unsuccessful|rejected|declined|otherwise|not selected)"
    # (forty-eighth pass: or a thing and its lack, "place or no place, each applicant gets our
    # email before April ends")
    r"|(?:place|offer|job|post|role|position|interview|spot|contract|shortlist|start|seat|"
    r"callback) or no (?:place|offer|job|post|role|position|interview|spot|contract|shortlist|"
    r"start|seat|callback))\b" + _YET
)
# An outcome told to come either way ("each applicant gets word of the outcome, successful or
# not", "all candidates hear the result, successful or otherwise"): a status or outcome word
# before its negation is no status given (twenty-seventh pass, part F)
_EITHER_OUTCOME = re.compile(
    r"\b(?:un)?successful or (?:not|otherwise|unsuccessful)\b|\bwhether (?:successful|"
    r"unsuccessful|or not)\b"
    # (fifty-second pass: or the changes of status a receipt says will come, listed, "Status
    # changes (interview, closed, anything) arrive by email"; never a status line's own label,
    # "Status updates: not selected")
    r"|\bstatus (?:changes|updates|notifications|alerts)\b(?![ \t]*[:\-\u2013\u2014\n])"
    # (fifty-fourth pass: or the values a status will take, two of them joined by "or", "the
    # status column becomes Interview or Unsuccessful", "it will change to Shortlisted or
    # Closed")
    r"|\b(?:becomes|will become|changes to|will change to|turns to|will turn to|moves to|"
    r"will move to|switches to|will switch to|updates to|will update to|will (?:read|show|say))"
    r"[ \t]*[\"'\u201c\u2018]?[a-z][a-z\- ]{0,30}?[\"'\u201d\u2019]?,? or "
    r"[\"'\u201c\u2018]?[a-z]"
)
# A decision not made yet ("no decision yet, I'm afraid: we're meeting one other finalist",
# "we haven't decided", "still interviewing"): every cue in such a sentence is read as
# hypothetical (hyp_), like a conditional's, since the refusal it talks about has not happened.
_PENDING = re.compile(
    # (fifty-fourth pass, fifth round: a table's row of the values still to come, "Possible next
    # status | Interview / Closed - another applicant appointed", "Could become | Interview,
    # Closed (other applicant filled it)": three templates' confirmations, slices 108-110)
    r"\bpossible (?:next )?(?:status(?:es)?|outcomes?|results?|stages?|decisions?)\b"
    # (fourth round: or the row label alone, "Possible next | Invited · Closed (other
    # applicant)", slice 118's two receipts)
    r"|\bpossible next\b(?=[ \t]*(?:[:|\t\n\-\u2013\u2014]|$))"
    # (sixty-seventh pass: or "later, one of", "Now | Logged / Later, one of | Invited / Not
    # progressed - seat given to another applicant", two receipts' tables, slice 209)
    r"|\blater,? one of\b(?=[ \t]*(?:[:|\t\n\-\u2013\u2014]|$))"
    # (fifty-fifth pass: or a row named for the change, "Could change to | Interview · Closed
    # (filled by another candidate)", slice 111)
    r"|\b(?:could|may|might|can) (?:become|change to|turn to|turn into|move to|switch to|"
    r"update to|end up as|end as)\b|"
    r"\bno (?:final )?decision\b|"
    # (fifty-fifth pass: never a results letter's field, "Referral: not made", slice 111)
    r"(?<!referral: )(?<!referral:)(?<!referral - )"
    # (sixty-third pass: never an application "not taken up", slice 174)
    r"(?:\bnot|n['\u2019]t) (?:yet )?(?:made|reached|taken(?! up\b)|decided)\b"
    # "yours has not made it through" is an outcome, not a decision still to make (fifth pass);
    # so is "you haven't made the cut / the shortlist / the final group" (tenth pass): the
    # reader, not a decision, is what was not made
    r"(?! it (?:through|past|to the next|onto|into)\b| the (?:[a-z\-]+ )?(?:cut|shortlist|list|"
    r"group|grade|selection|round|stage|team|squad|cohort|intake|finals?)\b"
    # (fifty-fifth pass: or the sender's list, "you haven't made our interview shortlist", slice
    # 113's careers-hub refusals; never "we have not made our selection")
    r"| (?:our|its|their) (?:[a-z\-]+ )?(?:shortlist|short-list|cut|list)\b(?! yet\b)"
    # (twenty-fourth pass, part H: nor "you have not made it to the Graduate Engineer Trainee
    # offer list", "not made it to the final list": the reader, not a decision, not made)
    r"| it to the (?:[a-z\-]+ ){0,4}?(?:list|shortlist|cut|round|stage|finals?)\b"
    # (fortieth pass, fourth round: nor the reader "not reached on this certification", a civil
    # service list's word for not referred)
    r"| (?:on|in|for|by) (?:this|the) (?:certification|list|referral)\b"
    # (sixteenth pass: nor a decision made with care, "this was not reached lightly", "it
    # wasn't taken without a great deal of thought": made, said of how)
    r"| (?:lightly|easily|hastily|casually|quickly|without)\b"
    # (sixty-seventh pass: nor a paper that has not reached the sender, "a certified certificate
    # had not reached us when the competition shut", two refusals of slice 209)
    r"| (?:us|me|our (?:office|team|desk|inbox))\b"
    # (twentieth pass, part B: nor an application "not taken forward to interview": the
    # application, not a decision, is what was not taken; twenty-third pass, part A: nor a
    # profile "not taken ahead for data engineer", its Indian-English twin; a decision "not
    # taken ahead of the panel" is still to take; nor one "not taken further for this position")
    r"| forward\b| further\b| ahead\b(?! of\b))"
    # (eighteenth pass, part D: "including the decision on who we hire", still to take)
    r"|\bdecision (?:on|about|as to|over) (?:who|whom|whether|which)\b"
    # (forty-first pass: "Nothing has been decided for any applicant so far", never "nothing was
    # decided without …")
    r"|\bnothing (?:(?:has|had|is|was|['\u2019]s) )?(?:been )?(?:yet |really |finally )?"
    r"(?:decided|settled|finali[sz]ed|agreed)\b(?! (?:lightly|without|by chance)\b)"
    # (forty-third pass: nobody picked so far, "No candidate is picked or out at this point",
    # "no one has been chosen so far", never "no candidate was appointed, so we will re-advertise")
    r"|\b(?:no (?:candidate|applicant|one|person|finalist)|nobody|no-one)(?: (?:has|is|have|"
    r"are|was)|['\u2019]s)? (?:yet |currently )?(?:been )?(?:picked|chosen|selected|appointed|"
    r"hired|offered|shortlisted)\b(?=[^.!?\n]*\b(?:so far|at this (?:point|stage|time)|yet|"
    r"as yet|for now|to date|at present|currently)\b)"
    r"|\byet to (?:decide|make|reach)\b|\bstill (?:deciding|considering|reviewing|"
    r"interviewing|meeting|assessing|weighing)\b"
    + _REGRET_AHEAD
    + r"|\bbefore (?:we|the panel|the team) decide"
    r"|\b(?:are|is|['\u2019]re|currently) (?:now )?(?:reviewing|considering|assessing)\b"
    # (twenty-fourth pass, part P: not a review beside a regret that gives the reader's outcome in
    # a clause of its own, "our team is reviewing all applications received, and I'm sorry to
    # say yours has not been shortlisted")
    + _REGRET_AHEAD
    # twentieth pass, part H: another still a candidate, nothing decided ("an internal candidate
    # is also being considered", "an internal candidate has got an interview too", "we have an
    # internal candidate in the process as well", "another applicant is also in the running";
    # twenty-fifth pass, part B: "an internal candidate may also apply", one who might; part K:
    # not for another list or post, "other applicants may also apply for the reserve list")
    + r"|"
    + _NOT_RELATIVE
    + r"(?<!\byou )(?<!\bi )(?<!\bwe )\b(?:may|might|could|can) also (?:apply|be considered|be "
    r"interviewed|put (?:themselves|himself|herself|themself) forward)\b"
    r"(?! (?:for|to|on) (?!(?:this|the|that) (?:role|post|job|position|vacancy)\b))"
    r"|"
    + _NOT_RELATIVE
    + r"\b(?:is|are|['\u2019]s|['\u2019]re) (?:also |still |currently |now )*being (?:considered|"
    r"interviewed|assessed|looked at)\b(?! (?:no|any) (?:further|longer)\b)"
    r"|"
    + _NOT_RELATIVE
    + r"\b(?:has|have|['\u2019]s|['\u2019]ve) (?:also |now )?(?:got|been (?:given|offered|"
    r"invited to)|secured|landed) (?:an|a first|a second) interview\b"
    r"|"
    + _NOT_RELATIVE
    + r"\b(?:is|are|['\u2019]s|['\u2019]re) (?:also |still )*in the (?:running|frame|mix)\b"
    r"|\b(?:we have|we['\u2019]ve got|there is|there['\u2019]s|there are) (?:also )?(?:an?|one|"
    r"another|other|some) (?:[a-z\-]+ ){0,2}?(?:candidates?|applicants?|people|persons?) "
    r"(?:\w+ )?in the (?:process|running|mix|pipeline)\b"
    r"|\b(?:are|is|am|['\u2019]re|['\u2019]m) (?:also |currently )+(?:interviewing|speaking "
    r"(?:to|with)|talking (?:to|with)|meeting)\b"
    # thirteenth pass: nobody refused either ("Nobody has been turned down and nobody has been
    # offered the role": the decision was put off)
    r"|\b(?:nobody|no one|no-one)(?:['\u2019]s| has| have)? been (?:turned down|rejected|ruled "
    r"out|told no)\b"
    # twentieth pass, part I: nor the reader still in the running ("apologies for the silence;
    # we have not forgotten about you and you are still in the running": the apology no longer
    # makes the sentence a rule, told_ahead.NOT_APOLOGISED)
    r"|\b(?:you are|you['\u2019]re|you remain)(?: very much| definitely| certainly)?(?: still)?"
    r" in the running\b(?! for (?:other|future|similar))"
)
CHOSE_OTHER = "xchoseother"
# ... nor a class of applicants a policy talks about ("rejected applicants may reapply for
# other roles at any time"; eighth pass): the refusal describes them, nobody was chosen
_A_CLASS_OF = re.compile(
    r"\b(?:rejected|unsuccessful|declined|non-selected|unselected"
    # (fifty-fifth pass: or ruled out, "Ineligible applicants receive the reason in writing;
    # eligible ones are called to the written test", two public bodies' receipts, slice 114)
    r"|ineligible|non-eligible|unqualified|non-shortlisted|unshortlisted) (?:applicants|"
    r"candidates|applications|candidacies)\b"
    # (fourth round: or any one of them ruled out by a rule, "Any application missing a required
    # document is ruled ineligible and the applicant told", slice 117's two receipts)
    r"|\b(?:any|every|each) (?:application|applicant|candidate|form|submission|entry|cv)\b"
    r"(?=[^.!?\n]{0,60}?\b(?:is|are|gets|will be) (?:ruled|judged|deemed|found|declared|marked|"
    r"treated as) (?:ineligible|invalid|incomplete|unsuccessful|not eligible)\b)"
    # (sixty-second pass: or a candidate a rule makes ineligible, "Missing or uncertified
    # certificates make a candidate ineligible, so look over the attachments", slice 168)
    r"|\b(?:makes?|renders?|leaves?) (?:a|any|an|the) (?:candidate|applicant|application|"
    r"submission)\b (?:ineligible|invalid|unsuccessful|not eligible)\b"
)
# ... nor applicants as a class a rule or a courtesy is told to (fifty-sixth pass: "Cancelled or
# frozen requisitions get a note ... to all their applicants", "Each rockinghorsecarving applicant
# gets my answer ..., however the decision falls", two receipts of slice 120): a third party
# there counts only outside such a phrase; never the others, "all the other candidates"
_APPLICANTS_AS_A_CLASS = re.compile(
    r"\b(?:each|every|all|any) (?:of )?(?:the |their |its |our |your )?(?:(?!other\b|others\b|"
    r"remaining\b|rest\b|selected\b|successful\b|chosen\b|shortlisted\b|stronger\b|better\b|"
    r"external\b|internal\b|three\b|two\b|four\b|five\b)[a-z\-]+ ){0,2}?(?:applicants?|"
    r"candidates?)\b"
    r"|\bto (?:their|its) (?:(?!other\b|remaining\b)[a-z\-]+ )?(?:applicants|candidates)\b"
)


def _third_party_in(lowered: str, left: int, end: int) -> bool:
    """Does lowered[left:end] name a third party (_THIRD_PARTY) outside any phrase naming the
    applicants as a class (_APPLICANTS_AS_A_CLASS)?"""
    classes: list[tuple[int, int]] | None = None
    for found in _THIRD_PARTY.finditer(lowered, left, end):
        if classes is None:
            classes = [m.span() for m in _APPLICANTS_AS_A_CLASS.finditer(lowered, left, end)]
        if not any(start <= found.start() and found.end() <= stop for start, stop in classes):
            return True
    return False


# ... nor those whose score is below a cut, a rule (forty-first pass)
_BELOW_A_CUT = re.compile(
    r"\b(?:candidates?|applicants?|anyone|those) (?:whose|with) (?:[a-z\-]+ ){0,2}?(?:scores?|"
    r"marks?|results?|ratings?|points) (?:falls?|fell|is|are|lies|lie|sits?) (?:below|under|"
    r"short)\b"
    # (fifty-eighth pass: or a class named by the cut itself, "candidates below the cut-off won't
    # move to interview", slice 138)
    r"|\b(?:candidates?|applicants?|anyone|those) (?:below|under|beneath|short of) (?:the |our )?"
    # (sixty-third pass: the cut's short name too, where a reading's match ends on it, "those
    # below the cut-off are released from the process", two receipts, slice 177)
    r"(?:cut-?off|cut|qualifying (?:mark|score)|pass(?:ing)? mark|threshold|minimum|bar)\b"
    # (sixty-second pass: or by the score in a participle or a "with", "Those scoring under the
    # required mark will receive no further contact", "anyone with a score below the pass
    # mark": two test registrations, slice 160)
    r"|\b(?:candidates?|applicants?|anyone|those|people|entrants|everyone) (?:scoring|who scores?|"
    r"who scored|that scores?|marked|rated|placing|ranked|getting|achieving|obtaining|with (?:a|an)"
    r" (?:[a-z\-]+ )?(?:score|mark|result|rating))(?: of)? (?:under|below|beneath|less than|"
    r"lower than|short of)\b"
)
# ... but not what went to the reader ("this message went to you as an applicant"; fifth pass)
_READERS_HELPER = re.compile(
    r"\b(?:someone|somebody)"
    + third_party.READERS_HELPER
    # (sixty-first pass: or taken on as the reader's own mentor or contact, "someone has been
    # hired as your mentor", "we've appointed a colleague to act as your buddy")
    + r"|\b(?:someone|somebody|(?:a|another) (?:new )?(?:colleague|person|team member))\b"
    r"(?! else\b)[^.!?\n,;]{0,40}? (?:to (?:act|serve|work) )?as your (?:new |own |first )?"
    r"(?:line manager|manager|mentor|buddy|supervisor|trainer|coach|contact|point of contact|"
    r"team lead|tutor|guide|onboarding (?:buddy|partner|contact))s?\b"
)
_GOT_FIRST = re.compile(
    r"\b(?:someone|somebody)(?: else| local)? got (?:it|the (?:place|spot))\b[^.!?\n]*?"
    + third_party.GOT_FIRST
)
_TO_READER = re.compile(
    r"\b(?:went|gone|goes|sent|given|offered) to you\b"
    # (twenty-eighth pass, part F: the reader chosen as one of them, "you have been selected as
    # a finalist", "you were chosen as one of the finalists")
    r"|\byou(?:['\u2019]ve| have| were|['\u2019]re| are) (?:been |now |just )*(?:selected|chosen|"
    r"picked|shortlisted|named|appointed) as (?:an?|one of)\b"
)
# The job itself gone: a decision sentence naming the post and what became of it ("this role
# has been eliminated", "the vacancy is on hold", "the programme is fully allocated") gets
# ROLE_GONE, under the same conditions as CHOSE_OTHER (nothing conditional or still to come).
_ROLE = re.compile(
    r"\b(?:role|roles|position|positions|post|vacancy|vacancies|opening|job|requisition|req|"
    r"seat|programme|program|cohort|placement|opportunity|search|hire|hiring|recruitment|"
    # (thirty-seventh pass: a programme's post by its name, "the apprenticeship was filled by a
    # graduate of the course")
    r"apprenticeships?|internships?|traineeships?|studentships?|clerkships?)\b"
    # eighth pass: a shop's "opening hours ... closed weekends" is no post closed
    r"(?<!\bopening(?= hours| times))"
    # (twenty-fourth pass, part P: nor a job fair, a job club or a recruitment event, "following
    # the meeting, the job fair has been cancelled")
    r"(?! (?:open )?(?:fairs?|clubs?|expos?|events?|evenings?|days?|sessions?|webinars?|"
    r"workshops?|roadshows?|shows?|boards?|alerts?|centres?|centers?|mornings?|afternoons?)\b)"
)
_GONE = re.compile(
    # (thirty-seventh pass: not a thing filled with something, "the programme is filled with
    # projects")
    r"\b(?:eliminated|cancell?ed|canceled|closed|on hold|off the table|filled(?! with\b)|"
    r"fully allocated|"
    r"no longer (?:open|available|recruiting|hiring|needed|required|going ahead))\b"
)
ROLE_GONE = "xrolegone"
# ... unless the sentence says it is back ("the position was on hold, but we have approval
# again", "the role has reopened"; fifth pass).
_REVERSED = re.compile(
    r"\b(?:again|reopened|re-opened|reopening|back on|resumed|restarted|unfrozen|lifted|"
    # ... or that it is only for a while ("on hold until the new quarter")
    # (fifty-fourth pass, fifth round: or "till", "hiring: on hold till the team lead is back")
    r"until(?! further notice)|till(?! further notice)|temporarily|for (?:a few|the next|a couple)|"
    r"a new one|new offer|"
    r"reissued|re-issued|replaced)\b"
)
# The reader left out, whoever was chosen: "there is no place for you in this cohort", "your
# application ends here", "the client has passed on you", "the list does not include you".
# A decision sentence with one of these gets READER_OUT (negated or not).
_EXCLUDED = re.compile(
    r"\bno (?:place|placement|space|spot|room|role|position|offer)s? for you\b"
    # (forty-seventh pass: or "yours", "so yours ends here")
    r"|\byours?\b[^.!?\n]{0,60}\b(?:ends?|ended|stops?|stopped|concludes?|concluded) "
    r"(?:here|at this (?:stage|point))\b"
    # (twenty-sixth pass, part K: nor a journey the sentence travels on or welcomes from)
    + decisions_forwarded.JOURNEY_GOES_ON
    + r"|\bpass(?:ed|ing)? on you\b|\bclosed for you\b"
    r"|(?:\bnot|n['\u2019]t) (?:include|includes|including) you\b"
)
READER_OUT = "xreaderout"
# A status line ("Status: Not selected", "your application was set to: Rejected"): a refusal
# or decision cue after one of these in its sentence adds the token STATUS_REFUSED, shared by
# every portal's wording of a bare status update.
_STATUS = re.compile(
    r"\b(?:status|stage|outcome|set to|moved to|updated to|marked as|now shows|changed to)\b"
    # (fortieth pass, third round: a record's label, 'your candidate record now reads "Not
    # Selected - Minimum Requirements"')
    r"|\b(?:now|record|profile) (?:reads|says)\b"
    r"|\bto:"
)
STATUS_REFUSED = "xstatusrefused"
# (twenty-ninth pass, part F: a status line whose only decision is the reader selected, "Status
# update for requisition 4471: you've been selected to interview", gives no STATUS_REFUSED)
_READER_SELECTED = re.compile(
    r"\byou(?:['\u2019]ve| have|['\u2019]re| are)? (?:now )?(?:been )?"
    r"(?:selected|chosen|shortlisted|picked) (?:to|for)\b"
)
# A decision the reader made ("we're sorry you've decided not to continue", "thanks for
# letting me know you'd rather not go ahead"): a cue after one of these in its sentence adds
# READER_DECIDED, so withdrawals and declined offers are read apart from refusals (seventeenth
# pass, part G: not "you rather than ...", the caller's own choice, "I hoped to catch you rather
# than leave this on your machine").
_READER_DECIDED = re.compile(
    r"\byou(?:['\u2019]ve| have|['\u2019]d| would)? (?:decided|chosen|rather(?! than)|withdrawn|"
    # (twentieth pass, part J: and the reader's own closing, "closed by you", other_mail)
    r"withdrew|declined)\b|\byour decision\b|" + other_mail.READERS_OWN
)
READER_DECIDED = "xreaderdecided"
# A message about someone else's candidacy (a referred friend's outcome, an employer's own
# applicant) or a withdrawal the reader asked for (_ABOUT_OTHER): one mark in the message
# block (seventh pass), so every wording of it shares what the model learns.
ABOUT_OTHER = "xaboutother"
# A decision read in a sentence naming a thing that is no job and no job (twenty-third pass,
# part C: a plot, a loan, a pull request, rejectwatch.model.things_refused): one mark in the
# message in place of the decision tokens (gate.no_job_decision reads it)
THING_REFUSED = "xthingrefused"
# Outcome readings (issue 11, fourth pass): plain outcome wording read by rule, whether or not
# the sentence holds a cue, each giving one of the shared tokens above:
# * a status or outcome field whose value is a refusal ("Current status: Rejected", "Outcome:
#   Unsuccessful", "Application status - not progressed") gives STATUS_REFUSED;
# * a closing verb on the reader's application ("we will close your application", "it will go
#   no further", "we won't be progressing you"), a pass ("we'll pass on this one") or an offer
#   refused ("we cannot offer you employment") gives READER_OUT;
# * a post cancelled or withdrawn, or nobody appointed, gives ROLE_GONE.
# None fires in a conditional sentence, one still to come, or in a message about someone
# else's candidacy (a referred friend's "Status: Not selected") or a withdrawal the reader
# asked for.
_REFUSAL_VALUE = (
    # (fifty-eighth pass: a cross or a no-entry mark before the value, "\u2715 Out of
    # consideration")
    r"(?:[\u2715\u2716\u2717\u2718\u274c\u00d7\u2612\u26d4]\s*)?"
    r"(?:rejected|unsuccessful|declined|turned down|ineligible|not eligible|"
    r"not (?:selected|progressed|progressing|shortlisted|successful|proceeding|suitable|"
    # (sixteenth pass: "Closed - Not hired")
    r"appointed|offered|taken forward|moved forward|moving forward|hired|chosen)|"
    r"no longer (?:under consideration|being considered|considered|in consideration|active)|"
    # (fifty-eighth pass: "Current state: \u2715 Out of consideration", slice 133)
    r"out of (?:consideration|the running)|"
    # (sixty-fourth pass: "new status showing, namely: dropped from consideration", slice 182)
    r"(?:dropped|removed) from (?:consideration|the (?:process|running|shortlist))|"
    r"(?:closed|withdrawn) by (?:the )?(?:employer|company|recruiter|hiring team|organi[sz]ation)|"
    r"did not (?:progress|proceed|pass)|"
    # (thirty-seventh pass: the values of a bare portal status that says no, "New status: No
    # further action", "NFA", "Disqualified", "Screened out", "Failed screening", "Reject",
    # "Unsuitable", "Dispositioned"; never "no further action is needed from you", a
    # confirmation's)
    r"no further action(?! (?:is |was |will be )?(?:required|needed|necessary|to take|to be taken|"
    r"from|on your|for you|by you)\b)|nfa|disqualified|screened out|reject|unsuitable|"
    r"dispositioned|failed (?:the )?(?:pre-?)?(?:screening|sift|assessment|test|interview|"
    r"check|stage|review)"
    # (fifty-sixth pass, fourth round: "Disposition: Minimum Qualifications Unmet", slice 126)
    r"|minimum qualifications (?:unmet|not met)|does not meet (?:the )?minimum qualifications)\b"
    r"(?!\s+(?:applicants|candidates|applications)\b)"
)
_STATUS_FIELD = re.compile(
    # (forty-first pass: and an ATS's "Disposition: Not Hired - Alternate Candidate Selected")
    r"\b(?:status|outcome|result|decision|stage|disposition)\s*"
    r"(?:[:\-\u2013\u2014]|\bis now\b|\bis\b|\bwas\b|\bhas been (?:set|changed|updated|moved) to\b"
    # (sixty-fourth pass: or what it now reads or shows, "its status now reads Inactive", slice
    # 186)
    r"|\b(?:changed|updated|set|moved) to\b|\bnow (?:reads|shows|says)\b)\s*[\"\u201c']?\s*"
    + _REFUSAL_VALUE
    # (forty-seventh pass: or a table's "State" column read with its header, "Step: Review |
    # State: Not progressing", markup; a colon only, never the state of things in prose)
    + r"|\bstate:\s*[\"\u201c']?\s*"
    + _REFUSAL_VALUE
)
# (forty-first pass: the reader's application marked with a refusal's label, which stands though
# quoted, "Your application is therefore marked \"Not Selected - Minimum Qualifications\"",
# "recorded as 'Not Selected'")
_MARKED_AS = re.compile(
    r"\byour (?:application|candidacy|profile|submission)\b[^\n.!?]{0,40}? (?:marked|recorded|"
    r"listed|flagged|logged|set|moved|updated|changed)(?: as| to)?:?\s*[\"\u201c']?\s*"
    + _REFUSAL_VALUE
)
_ARTICLE = r"(?:(?:a|an|the|this|that|any) )?"
_READER_CLOSED = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:close|closing|closed) (?:your|this) (?:application|candidacy)\b"
        r"(?! (?:window|period|round|form|deadline))",
        r"\b(?:your application|your candidacy|this application|it) (?:will|would|can|is going to|"
        r"is to) (?:go|move|progress|proceed) no further\b",
        # (fifty-fourth pass, fourth round: or "could not", "so your application could not go
        # forward")
        r"\b(?:your application|your candidacy|this application|it) (?:will|would|can|could|is "
        r"going to)(?: not|n['\u2019]t) (?:go|move|progress|proceed|be progressed|be taken) "
        r"(?:any )?(?:further|forward)\b",
        r"(?:\bnot|n['\u2019]t) be (?:progressing|taking|moving|advancing) you\b",
        # (fourth round: or the post named between, "we're passing on your Store Supervisor
        # application")
        r"\bpass(?:ing)? on (?:this one|you\b|your (?:[a-z\-]+ ){0,3}?(?:application|candidacy|"
        r"profile)|"
        r"this (?:time|occasion|application|candidacy))(?!\s+(?:to|with|onto)\b)",
        r"(?:\bcannot|\bcan['\u2019]t|\bunable to|\bnot able to|\bnot in a position to) "
        r"(?:make you an offer|offer you " + _ARTICLE + r"(?:(?!for\b)[a-z\-]+ ){0,3}?"
        r"(?:employment|role|position|job|post|place|placement|interview|contract|offer|"
        # ninth pass: a programme's places ("unable to offer you a clerkship")
        r"internship|clerkship|traineeship|apprenticeship|fellowship|residency|spot|seat)\b)",
    )
)
# the posts a vacancy's notice names besides "vacancy" (_NOBODY_APPOINTED), and what a post
# shut unfilled was shut without ("without any appointee", "with no selection made")
# (fifty-seventh pass: and in the plural, "the advertised posts ... have been withdrawn due to a
# freeze on recruitment")
_POSTINGS = "posts?|positions?|roles?|requisitions?|openings?|postings?|vacancies"
_NONE_MADE = ("hire", "appointment", "appointee", "selection")
_NOBODY_APPOINTED = re.compile(
    # (forty-seventh pass: or "is", "nobody is hired"; never a rule's case, "no one is hired
    # without a reference")
    r"\b(?:nobody|no one|no-one|no candidate|no applicant)s? (?:will be|has been|was|is being|"
    r"would be|will|is) (?:selected|appointed|hired|chosen|offered|recruited)\b"
    r"(?! (?:without|unless|until|before|if|who|whose|on)\b)"
    r"|\bno (?:appointment|selection|hire)s? (?:will be|has been|was|is being) made\b"
    # (fifty-second pass: or the posting, "that posting has been withdrawn because …")
    r"|\b(?:vacancy|vacancy announcement|" + _POSTINGS + r")\b"
    r"[^.!?\n]{0,60}\b(?:has been|was|is being|have been|is) (?:cancell?ed|canceled|withdrawn)\b"
    # (fifty-seventh pass: never for a while, "withdrawn from the board while we update it")
    r"(?![^.!?\n]*\b(?:temporarily|re-?advertis\w*|re-?post\w*|reinstated|"
    r"again|while (?:we|i|they) (?:update|edit|fix|correct|amend|review|check|rework))\b)"
    # (... or shut unfilled, "that requisition now shuts unfilled, taking your candidacy with it")
    r"|\b(?:vacancy|" + _POSTINGS + r")\b (?:now |has |is |was |"
    r"will |will now |has now |is now )?(?:been |be )?(?:shuts?|shut|closes?|closed|closing) "
    r"(?:unfilled|without (?:a |an |any )?(?:" + "|".join(_NONE_MADE) + r")|with no "
    r"(?:" + "|".join(_NONE_MADE) + r")(?: made)?"
    # (fifty-third pass: or "with nobody appointed")
    r"|with (?:nobody|no one|no-one) (?:appointed|hired|selected|chosen|taken on))\b"
)
# * a hedge comparing the reader with others ("we are looking for candidates with more
#   hands-on experience", "applicants who had stronger portfolios") gives CHOSE_OTHER.
_OTHERS_PREFERRED = re.compile(
    # (sixtieth pass, third round: or CVs and what they carry, "client preferred CVs carrying
    # deeper exposure of knit composite factory operations", slice 150)
    r"\b(?:candidates?|applicants?|someone|somebody|people|profiles?|individuals?|cvs?|resumes?) "
    r"(?:with|carrying|bringing|showing|holding|who (?:have|had|has|bring|brought|showed|show)) "
    r"(?:a |an )?"
    r"(?:more|stronger|closer|deeper|broader|greater|better|further|additional|"
    # fifth pass: "a candidate with longer line-management experience"
    r"longer|wider|richer|fuller|heavier)\b(?! than)"
    # "a candidate further along in the process"
    r"|\b(?:candidates?|applicants?|someone|somebody|people|individuals?) "
    r"(?:further|farther) (?:along|ahead|advanced)\b"
)
_NOT_ABOUT_POST = re.compile(r"\b(?:interview|meeting|call|event|fair|webinar|session|visit)\b")
# (twenty-fourth pass, part A: a meeting the post's fate followed is no meeting cancelled,
# "following the budget-setting meeting the post has been withdrawn": a leading phrase of time
# naming it, with the post, the vacancy or the role after it, is no matter of _NOT_ABOUT_POST)
_MEETING_BEHIND = re.compile(
    r"[ \t\n]*(?:following|after|at|since|in light of|as a result of) (?:the|our|a|an|this|last|"
    r"yesterday['\u2019]s|today['\u2019]s|monday['\u2019]s|tuesday['\u2019]s|wednesday['\u2019]s|"
    r"thursday['\u2019]s|friday['\u2019]s)? ?(?:[a-z\-'\u2019]+ ){0,3}?(?:meeting|session|call|"
    r"interviews?)(?: (?:this|last|on|yesterday|today|earlier)(?: [a-z]+)?)?,? "
    r"(?=(?:the|this|that|our|your) (?:[a-z\-]+ ){0,2}?(?:post|vacancy|role|position|job|"
    r"requisition|opening)\b)"
)


def _about_a_meeting(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] speak of an interview, a meeting or an event a
    ROLE_GONE reading may be about (not a leading meeting the post's fate followed)?"""
    behind = _MEETING_BEHIND.match(lowered, left, right)
    start = behind.end() if behind is not None else left
    return _NOT_ABOUT_POST.search(lowered, start, right) is not None


# (token, words one of which each match needs, pattern): a pattern runs only on text that
# holds one of its words, so a message with none costs a few substring tests, not a regex scan
_NOT_GOING = tuple(
    f"{negation} {verb}"
    for negation in ("not", "n't", "n\u2019t")
    for verb in ("go", "move", "progress", "proceed", "be progressed", "be taken")
)
_REFUSAL_WORDS = (
    "reject",
    "unsuccessful",
    "declined",
    "turned down",
    "eligible",
    "no longer",
    # (fifty-eighth pass)
    "out of consideration",
    "out of the running",
    # (sixty-fourth pass)
    "dropped from",
    "removed from",
    "closed by",
    "withdrawn by",
    "did not",
    # (thirty-seventh pass: a bare portal status's other values, _REFUSAL_VALUE)
    "no further action",
    "nfa",
    "disqualified",
    "screened out",
    "unsuitable",
    "dispositioned",
    "failed",
    # (fifty-sixth pass, fourth round: "Minimum Qualifications Unmet", _REFUSAL_VALUE)
    "qualifications unmet",
    "meet the minimum qualifications",
    "meet minimum qualifications",
    *(
        f"not {word}"
        for word in (
            "selected",
            "progress",
            "shortlisted",
            "successful",
            "proceeding",
            "suitable",
            "appointed",
            "offered",
            "taken forward",
            "moved forward",
            "moving forward",
            "hired",
            "chosen",
        )
    ),
)
_OTHERS = tuple(
    f"{noun} {joiner} "
    for noun in (
        "candidate",
        "candidates",
        "applicant",
        "applicants",
        "someone",
        "somebody",
        "people",
        "profile",
        "profiles",
        "individual",
        "individuals",
        "cv",
        "cvs",
        "resume",
        "resumes",
    )
    for joiner in (
        "with",
        "who",
        "further",
        "farther",
        "carrying",
        "bringing",
        "showing",
        "holding",
    )
)
_NOBODY_WORDS = (
    "nobody",
    "no one",
    "no-one",
    "no candidate",
    "no applicant",
    "no appointment",
    "no selection",
    "no hire",
    "cancel",
    "withdrawn",
    "unfilled",
    # (fifty-third pass: every wording _NOBODY_APPOINTED's shut-unfilled branch reads, from its
    # own pieces; the hand list missed "without any selection" and "without an appointee")
    *(
        f"{lead}{noun}"
        for lead in ("without ", "without a ", "without an ", "without any ", "with no ")
        for noun in _NONE_MADE
    ),
)
# Fifth pass (issue 11): more plain outcome wording, each a kind of mail the blind slices
# showed scoring low, read by rule so every wording of the kind shares one token:
# * a status field read along a line ("Current stage: Closed - not selected", "Your progress:
#   Applied -> Screening -> Not progressed"): the refusal may follow a separator, not only
#   the field's colon;
_STATUS_LINE = re.compile(
    # (forty-eighth pass, third round: or a record that now reads, its value on the next line,
    # "Your Wheel Builder application now reads:\n\nNot Selected - Trade Test Not Passed")
    r"\b(?:status|stage|outcome|result|decision|progress|disposition|now reads|now shows|now "
    r"says)\b[^\n.!?]{0,80}?"
    r"(?:[:|>\u2192\u2013\u2014]|\s-)\s*[\"\u201c']?\s*" + _REFUSAL_VALUE
)
# * the reader's application ended or taken out ("your application ends at this stage",
#   "it has been removed from consideration", "yours has not made it through", "you're not
#   one of the people we'll interview", "we won't be taking this further", "we are unable to
#   consider you", "it's a no from the client", "no offer from us this time");
# what an application named by the words before it may be for, and no job's (fifty-seventh pass,
# third round: "your Fish Room Assistant application halts at this stage" is the reader's; "your
# grant application stops at the screening stage" is not)
_NOT_A_JOB_APPLICATION = (
    r"(?:" + decisions_left_off.NOT_A_JOB_THING + r"|subscription|trial|free|council|loyalty|"
    r"travel|train|flight|bus|journey)\b"
)
_READER_ENDED = tuple(
    re.compile(pattern)
    for pattern in (
        # (twenty-sixth pass, part K: never a journey by train or an onboarding programme's,
        # nor one the sentence goes on from, "… and your permanent role begins")
        # (forty-fourth pass: or the reader's file, "so your file closes here")
        r"\b(?:your (?:(?!" + _NOT_A_JOB_APPLICATION + r")[a-z\-]+ ){1,3}?application"
        r"|your (?:application|candidacy|submission|file|dossier|journey(?!(?:[a-z\-]+ ){0,3}?"
        + decisions_forwarded.NOT_A_JOURNEY
        # (forty-eighth pass, second round: or "yours", "and yours ends at the phone-screen
        # stage")
        # (fifty-seventh pass, third round: or the reader's part in the process, "your
        # participation in the process ends here", the application of the reader's after a
        # sentence, "The application closes at this step", and up to three words before it,
        # "your Fish Room Assistant application halts at this stage")
        + r"\b)|process|participation)|yours|(?<=[.!?] )the application)\b[^.!?\n]{0,30}?"
        # (thirty-seventh pass: or closes, "your application closes here for this cycle")
        # (forty-eighth pass, third round: or in a learner's English, "your application is
        # finish here")
        # (sixtieth pass, third round: or "shuts", "your file shuts alongside it")
        r"\b(?:ends|ended|stops|stopped|finishes|finished|concludes|concluded|closes|halts|halted|"
        r"shuts|"
        r"(?<=\bis )(?:finish|end|ended)) (?:here|now|at this (?:stage|point|step|time)"
        # (fifty-seventh pass, third round: or "with this review", "your application stops with
        # this review")
        r"|with (?:this|that|the) (?:review|decision|round|screening|assessment)"
        r"(?=[ \t]*(?:[.;!,]|\n|$))"
        # (forty-eighth pass, second round: or at a stage named, "at the phone-screen stage", or
        # with the post, "Your candidacy ends along with it" after a requisition withdrawn)
        r"|at the (?!(?:[a-z\-]+ ){0,2}?(?:offer|onboarding|contract|hire|hiring|start|"
        r"placement|welcome)\b)(?:[a-z\-]+ ){1,3}?(?:stage|step|round)(?=[ \t]*(?:[.!]|\n|$)"
        # (never a stage the reader goes on to, "ends at the final round, where you'll meet the
        # CEO")
        r"|,[ \t]*(?:sorry|i['\u2019]m afraid|i am afraid|unfortunately|sadly|so|thank|thanks|"
        r"but thank)\b)"
        # (sixtieth pass: or "alongside", "… and your application closes alongside")
        r"|(?:along )?with (?:it|the (?:requisition|vacancy|posting|post|role|job|opening))"
        r"|alongside(?: it| them| that)?"
        r"(?=[ \t]*(?:[.,;!]|\n|$)))\b" + decisions_forwarded.JOURNEY_GOES_ON,
        r"\b(?:removed|withdrawn|excluded|eliminated|screened out|taken out) (?:from|of) "
        r"(?:further |any further )?(?:consideration|the (?:process|selection|shortlist|"
        r"running|competition|recruitment)"
        # (fifty-seventh pass: or from a stage named, "you are excluded from the following
        # method of selection", "excluded from the next stage")
        r"|the (?:next|following|later|remaining|further|final) (?:[a-z\-]+ ){0,2}?(?:stage|"
        r"round|phase|step|method of selection|selection method|part of the selection)"
        r"(?!['\u2019]s| (?:fee|fees|charge|charges|cost|costs|deposit)\b))\b",
        r"\b(?:yours|your application|your candidacy|your submission|you) (?:has|have|did)"
        r"(?: not|n['\u2019]t) (?:made it|make it|got|get|gotten|progressed|passed) "
        r"(?:through|past|to the next|onto|on to|into the)\b",
        r"\byou(?:['\u2019]re| are)(?: not|n['\u2019]t) (?:one of|among) (?:the|those)\b"
        r"|\byou (?:were not|weren['\u2019]t|have not been|haven['\u2019]t been|['\u2019]ve not "
        r"been) (?:one of|among) (?:the|those)\b",
        r"\b(?:closing|closed|close) out (?:all|every|each|your) (?:applications?|"
        r"candidac(?:y|ies))\b",
        r"(?:\bnot|n['\u2019]t) (?:be )?(?:taking|take|moving|move|progressing|progress) "
        r"(?:this|it|things|matters|your (?:application|candidacy|cv|profile)) "
        r"(?:any )?(?:further|forward)\b",
        # (sixty-fifth pass: or "could not", and the verbs of a choice, "we could not select you
        # for Quality Checker in this round", slice 189)
        r"(?:\bunable to|\bcannot|\bcan['\u2019]t|\bnot able to|\bnot in a position to|"
        r"\bcould not|\bcouldn['\u2019]t) "
        r"(?:consider|shortlist|progress|take forward|move forward with|proceed with|select|"
        r"choose|appoint|hire(?= you\b(?! (?:a|an|some|the|one|any|our)\b))|short-list) "
        # (sixtieth pass, third round: or "yours", "we're unable to progress yours")
        r"(?:you\b|yours\b|your (?:application|candidacy))"
        r"(?![^.!?\n]{0,40}\b(?:without|unless|until)\b)",
        r"\b(?:it['\u2019]s|it is|that['\u2019]s|that is|the answer is) a no\b(?![\-\w]| brainer)"
        r"|\bno offer (?:from us|for you|this time|on this occasion|at this (?:stage|time))\b",
    )
)
# * a pass with nothing after it ("We'll pass.", "we'll pass for now"); "we'll pass your
#   CV to the manager" passes something on;
_PASSED = re.compile(
    r"\b(?:we|i|they|the client|the team)(?:['\u2019]ll| will| are going to|['\u2019]re going "
    r"to|['\u2019]d| would| have to| must| have decided to| decided to)? pass\b"
    r"(?=\s*(?:[.,!;\n]|$|for now|this time|on this occasion|at this (?:stage|time|point)))"
)
# * the reader assessed as unsuitable ("the Board has assessed you as Not Suitable",
#   "your application was judged unsuccessful");
_ASSESSED_OUT = re.compile(
    r"\b(?:assessed|judged|deemed|found|rated|considered|graded|marked|scored) "
    r"(?:you|your (?:application|candidacy|submission|test|assessment|performance))"
    r"(?: as| to be)? (?:not suitable|unsuitable|not successful|unsuccessful|not eligible|"
    r"ineligible|not ready|not yet ready|below (?:the )?(?:standard|bar|level|threshold))\b"
    r"|\b(?:your (?:application|candidacy|submission)|you) (?:was|were|has been|have been|is|"
    r"are) (?:assessed|judged|deemed|found|rated|graded|marked)(?: as| to be)? (?:not suitable|"
    r"unsuitable|not successful|unsuccessful|not eligible|ineligible|not qualified|unqualified)\b"
)
# * the reader's application given its outcome in plain words ("your application for X has
#   not been successful on this occasion", "your application has now been closed", "your
#   name was not among those chosen");
_APPLICATION_OUTCOME = re.compile(
    # (sixtieth pass: or named by its post, "your Draughtsman Turner application has been
    # unsuccessful", decisions_left_off.NAMED_APPLICATION)
    r"\b" + decisions_left_off.NAMED_APPLICATION + r"(?: (?:for|to) [^.!?\n,;]{0,60}?)?"
    r"(?: \([^)\n]{0,30}\))? (?:has|have|was|is)(?: now)?(?: been)? (?:not (?:been )?successful|"
    r"unsuccessful|closed|rejected|declined|turned down|disqualified|screened out|"
    # ninth pass: the values a status field reads as refused ("is no longer active")
    # (sixtieth pass: or "inactive", "Your application for Night Baker is inactive")
    r"no longer (?:active|under consideration|being considered|in consideration)|inactive)\b"
    # (fifty-seventh pass: or the application the reader sent, "the Toy Demonstrator application
    # you sent us has been unsuccessful")
    r"|\bthe (?:[a-z\-]+ ){0,3}?(?:application|submission) (?:that )?you (?:sent|submitted|made|"
    r"lodged|put in)(?: (?:us|to us|in|last \w+|on \w+))? (?:has|was|is)(?: now)?(?: been)? "
    r"(?:not (?:been )?successful|unsuccessful|rejected|declined|turned down)\b"
    # ... and the reader as the subject ("you were unsuccessful at interview")
    r"|\byou (?:were|have been|['\u2019]ve been) (?:unsuccessful|not successful)\b"
    r"|\b(?:you|your name|your application|your candidacy)\b (?:was|were|is|are)"
    r"(?: not|n['\u2019]t) (?:among|one of|on) (?:those|the)(?: "
    + plain_outcomes.NOT_AN_EVENTS
    + r"[a-z\-]+){0,2}? "
    + plain_outcomes.NOT_AN_EVENTS
    + r"(?:chosen|"
    r"selected|shortlisted|successful|invited|picked|shortlist|list)\b"
)
# * an offer or appointment withdrawn by the employer ("your appointment cannot go ahead",
#   "the conditional offer lapses from today", "we have had to withdraw the offer"); an
#   offer's deadline ("this offer lapses on Friday") is not one;
_OFFER_WITHDRAWN = re.compile(
    r"\b(?:your|the|our|this) (?:conditional |provisional |job |written |verbal )?"
    r"(?:offer|appointment)(?: of employment)? (?:lapses|has lapsed|is withdrawn|has been "
    r"withdrawn|was withdrawn|is rescinded|has been rescinded|was rescinded|is revoked|has "
    r"been revoked|was revoked)\b(?! (?:on|at|after|in|by|unless|if|when)\b)"
    # seventh pass: words between ("the conditional offer dated 3 May is rescinded")
    # (sixteenth pass: and an adverb between, "the offer is therefore withdrawn")
    r"|\b(?:your|the|our|this) (?:conditional |provisional |job )?offer\b[^.!?\n]{0,40}? "
    r"(?:is|has been|was)(?: (?:therefore|now|hereby|regrettably|sadly|consequently|"
    r"accordingly|formally|unfortunately))? (?:withdrawn|rescinded|revoked)\b"
    r"(?! (?:on|at|after|in|by|unless|if|when|and (?:replaced|re-?issued))\b)"
    r"|\b(?:withdraw|withdrawing|rescind|rescinding|revoke|revoking) (?:the|our|your|this) "
    r"(?:conditional |provisional |job )?offer\b"
    r"|\byour (?:appointment|start|placement|offer)\b[^.!?\n]{0,50}?(?:cannot|can['\u2019]t|"
    r"can not|will not|won['\u2019]t|is not able to) (?:go ahead|proceed|be confirmed)\b"
    r"|(?:\bno longer|\bnot|n['\u2019]t|\bunable to|\bcannot) (?:able to )?(?:honou?r|"
    r"proceed with|go ahead with|stand by) (?:the|our|your|this) (?:conditional |provisional "
    r"|job )?offer\b"
)
# * a choice verb with someone else straight after it ("my colleagues choose another
#   applicant", "I regret to say we chose a different candidate"): a regret word is not a
#   negation of the choice;
_CHOSEN_ONES = (
    r"(?:candidates?|applicants?|persons?|people|finalists?|individuals?|profiles?|colleagues?|"
    r"internal|contenders?|hires?)"
)
_CHOSE_ANOTHER = re.compile(
    r"\b(?:(?:chose|choose|chosen|picked|selected|hired|appointed|went with|gone with|going with|"
    r"offered (?:it|the (?:role|job|position|post)) to|accepted by|"
    # (sixty-third pass: "my client has plumped for a rival candidate")
    r"plumped for|opted for|gone for|went for) (?:someone|somebody|"
    r"(?:another|a different|the other|other|an internal|a stronger|a more|a rival)"
    r"(?: [a-z\-]+){0,2}? " + _CHOSEN_ONES + r")"
    # (fifty-second pass: a preference in the present only for another or the other one, "the
    # client prefers the other shortlisted person"; "prefers someone with a licence" is a wish)
    r"|(?:prefers|prefer) (?:another|a different|the other)(?: [a-z\-]+){0,2}? "
    + _CHOSEN_ONES
    + r")\b"
    # (twenty-ninth pass, part K: not one taken on to help the reader, "we hired someone new
    # to support you during onboarding")
    r"(?!" + third_party.READERS_HELPER + r")"
)
# * the reader's application failing a step ("your application did not pass the sift", "it
#   will not progress to interview");
_FAILED_STEP = re.compile(
    r"\b(?:yours|your application|your candidacy|your submission|you) (?:has|have|did|was)"
    r"(?: not|n['\u2019]t)(?: able to)? (?:pass|clear|meet|reach|get through) (?:the|our|this)\b"
    r"|\b(?:your application|your candidacy|this application|it) (?:will|would|can|is going to)"
    r"(?: not|n['\u2019]t) (?:progress|proceed|go|move|be taken|be put) (?:forward )?(?:to|into) "
    r"(?:the )?(?:interview|next|assessment|shortlist|panel|final)"
)
# * others taken forward on what the reader lacked ("we're taking forward applicants whose
#   track record sits nearer to the job description");
_OTHERS_TAKEN = re.compile(
    r"\b(?:taking|taken|took|moving|moved|progressing|progressed|inviting|invited|shortlisting|"
    r"shortlisted|going|gone|went|proceeding|proceeded|continuing|continued)"
    r"(?: forward| ahead| on)?(?: with)? (?:other |those |a few |a small number of )?"
    # (fifty-second pass: or folks, "we're progressing folks with a background nearer ...")
    r"(?:applicants?|candidates?|people|individuals|profiles|folks) (?:whose|who|with|that)\b"
)
# * the hire gone another way ("we're going a different direction on the hire");
_DIRECTION = re.compile(
    r"\b(?:go|going|gone|went|move|moving|moved|head|heading|headed|take|taking|taken|took)"
    r"(?: in)? (?:a different|another|other) direction\b"
    # (twenty-ninth pass, part F: never a thing made, "Chef took a different direction on the
    # Christmas menu this year", "went in another direction with the logo")
    r"(?! (?:on|with|for) (?:the|our|this|that|their|its) (?:[a-z\-]+ ){0,2}?(?:menu|menus|"
    r"logo|logos|brochure|design|designs|campaign|website|branding|decor|layout|recipe|recipes|"
    r"artwork|colour scheme|color scheme|playlist|theme|venue|catering)\b)"
)
# * the post gone or hiring stopped ("the position is gone already", "leadership froze
#   hiring", "the role has been put on ice").
_POST_GONE = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:position|role|job|vacancy|post|opening|requisition|req)\b (?:is|has|['\u2019]s|"
        # (thirty-seventh pass: or "now", "the vacancy is now taken by a candidate transferring")
        r"has been|was) (?:already |now )?(?:gone|taken)\b"
        # (forty-first pass: never a job taken seriously, in hand or into account)
        r"(?! (?:seriously|lightly|into account|in hand|care of|over by (?:the )?(?:new|our) "
        r"(?:owners?|management))\b)",
        r"\b(?:froze|frozen|freezing|paused|suspended|halted|stopped) (?:all |our |external )?"
        r"(?:hiring|recruitment|recruiting)\b"
        # (twenty-eighth pass, part F: never a hiring freeze lifted or ended, "the hiring freeze on
        # the post is lifted", "we have lifted the hiring freeze")
        r"|(?<!lifted the )(?<!lifting the )(?<!ended the )(?<!end of the )(?<!after the )"
        # (forty-eighth pass: nor none, "so no hiring freeze this year")
        r"(?<!\bno )\bhiring freeze\b"
        r"(?![^.!?\n]*\b(?:lifted|lifting|is over|has ended|ended|unfrozen|thawed|no longer)\b)",
    )
)
_ENDS = tuple(
    f" {verb} {where}"
    for verb in (
        "ends",
        "ended",
        "stops",
        "stopped",
        "finishes",
        "finished",
        "concludes",
        "concluded",
        "closes",
        "finish",
        "end",
        # (fifty-seventh pass, third round)
        "halts",
        "halted",
        # (sixtieth pass, third round)
        "shuts",
    )
    # (forty-eighth pass, second round: "at the phone-screen stage", "along with it")
    # (fifty-seventh pass, third round: "with this review")
    for where in (
        "here",
        "now",
        "at this",
        "at the",
        "along with",
        "with it",
        "with the",
        "with this",
        "with that",
        # (sixtieth pass: "your application closes alongside")
        "alongside",
    )
)
_TAKEN_OUT = (
    "removed from",
    "withdrawn from",
    "excluded from",
    "eliminated from",
    "screened out",
    "taken out of",
)
_HAS_NOT = tuple(
    f"{negation} {verb}"
    for negation in ("not", "n't", "n\u2019t")
    for verb in (
        "made it",
        "make it",
        *(
            f"{get} {where}"
            for get in ("got", "get", "gotten")
            for where in ("through", "past", "to the next", "onto", "on to", "into the")
        ),
        "progressed",
        "passed",
    )
)
_NOT_AMONG = tuple(
    f"{negation} {where}"
    for negation in ("not", "n't", "n\u2019t", "not been", "n't been", "n\u2019t been")
    for where in ("one of", "among")
)
_NOT_TAKING = tuple(
    f"{negation} {be}{verb} {what}"
    for negation in ("not", "n't", "n\u2019t")
    for be in ("", "be ")
    for verb in ("taking", "take", "moving", "move", "progressing", "progress")
    for what in ("this", "it", "things", "matters", "your")
)
_TO_CONSIDER = tuple(
    f"{verb} {whom}"
    for verb in (
        "consider",
        "shortlist",
        "progress",
        "take forward",
        "move forward with",
        "proceed with",
        # (sixty-fifth pass: the verbs of a choice, _READER_ENDED's)
        "select",
        "choose",
        "appoint",
        "hire",
        "short-list",
    )
    for whom in ("you", "your application", "your candidacy")
)
_A_NO = ("s a no", "is a no", "no offer")
_ASSESSED_VERBS = (
    "assessed",
    "judged",
    "deemed",
    "found",
    "rated",
    "considered",
    "graded",
    "marked",
    "scored",
)
_ASSESSED_WORDS = (
    *(f"{verb} you" for verb in _ASSESSED_VERBS),
    *(f"{aux} {verb}" for aux in ("was", "were", "been", "is", "are") for verb in _ASSESSED_VERBS),
)
_OUTCOME_WHO = (
    "you were unsuccessful",
    "you have been unsuccessful",
    "ve been unsuccessful",
    "you were not successful",
    "you have been not successful",
    "ve been not successful",
    "your application",
    "your candidacy",
    "your candidature",
    "your submission",
    "your name",
    "you were not",
    "you are not",
    "you weren",
    "you aren",
    # (sixtieth pass: the application named by its post, "your Draughtsman Turner application
    # has been unsuccessful")
    *(
        f"{noun} {verb}"
        for noun in ("application", "candidacy", "submission")
        for verb in ("has", "was", "is")
    ),
)
_OUTCOME_WORDS = (
    # (sixtieth pass)
    "is inactive",
    "disqualified",
    "screened out",
    "no longer active",
    "no longer under",
    "no longer being",
    "no longer in",
    "not successful",
    "not been successful",
    "unsuccessful",
    "been closed",
    "now closed",
    "is closed",
    "was closed",
    "rejected",
    "declined",
    "turned down",
    *(
        f"{negation} {where}"
        for negation in ("not", "n't", "n\u2019t")
        for where in ("among", "one of", "on the")
    ),
)
_WITHDRAWN_WORDS = (
    *(
        f"{noun} {verb}"
        for noun in ("offer", "appointment", "employment")
        for verb in (
            "lapses",
            "has lapsed",
            *(
                f"{aux} {done}"
                for aux in ("is", "has been", "was")
                for done in ("withdrawn", "rescinded", "revoked")
            ),
        )
    ),
    *(
        f"{verb} {whose}"
        for verb in ("withdraw", "withdrawing", "rescind", "rescinding", "revoke", "revoking")
        for whose in ("the", "our", "your", "this")
    ),
    *(
        f"{aux} {done}"
        for aux in ("is", "been", "was")
        for done in ("withdrawn", "rescinded", "revoked")
    ),
    *(
        f"{how} {done}"
        for how in (
            "therefore",
            "now",
            "hereby",
            "regrettably",
            "sadly",
            "consequently",
            "accordingly",
            "formally",
            "unfortunately",
        )
        for done in ("withdrawn", "rescinded", "revoked")
    ),
    "your appointment",
    "your start",
    "your placement",
    "your offer",
    *(
        f"{verb} {whose}"
        for verb in ("honour", "honor", "proceed with", "go ahead with", "stand by")
        for whose in ("the", "our", "your", "this")
    ),
)
_CHOICE_WORDS = tuple(
    f"{verb} {whom}"
    for verb in (
        "chose",
        "choose",
        "chosen",
        "picked",
        "selected",
        "hired",
        "appointed",
        "went with",
        "gone with",
        "going with",
        "accepted by",
        *(f"{what} to" for what in ("it", "role", "job", "position", "post")),
        "plumped for",
        "opted for",
        "gone for",
        "went for",
    )
    for whom in (
        "someone",
        "somebody",
        "another",
        "a different",
        "the other",
        "other",
        "an internal",
        "a stronger",
        "a more",
        "a rival",
    )
) + tuple(
    f"{verb} {whom}"
    for verb in ("prefers", "prefer")
    for whom in ("another", "a different", "the other")
)
_FAILED_WORDS = (
    *(
        f"{negation}{able} {verb}"
        for negation in ("not", "n't", "n\u2019t")
        for able in ("", " able to")
        for verb in ("pass", "clear", "meet", "reach", "get through")
    ),
    *(
        f"{negation} {verb}"
        for negation in ("not", "n't", "n\u2019t")
        for verb in ("progress", "proceed", "go", "move", "be taken", "be put")
    ),
)
_TAKING_WORDS = (
    "forward with",
    "ahead with",
    "taking forward",
    "taken forward",
    "took forward",
    "progressing",
    "progressed",
    "proceeding",
    "proceeded",
    "continuing",
    "continued",
    "going with",
    "gone with",
    "went with",
    "inviting",
    "invited",
    "shortlisting",
    "shortlisted",
)
_TAKEN_WORDS = tuple(
    f"{who} {joiner}"
    for who in (
        "applicants",
        "applicant",
        "candidates",
        "candidate",
        "people",
        "individuals",
        "profiles",
        "folks",
    )
    for joiner in ("whose", "who", "with", "that")
)
_PASS_WORDS = (
    "ll pass",
    "\u2019ll pass",
    "will pass",
    "going to pass",
    "decided to pass",
    "have to pass",
    "would pass",
    "'d pass",
    "\u2019d pass",
    "must pass",
    "we pass",
    "i pass",
    "they pass",
)
_GONE_WORDS = tuple(
    f"{noun} {aux}{already}{state}"
    for noun in ("position", "role", "job", "vacancy", "post", "opening", "requisition", "req")
    for aux in ("is ", "has ", "'s ", "\u2019s ", "has been ", "was ")
    for already in ("", "already ", "now ")
    for state in ("gone", "taken")
)
_FROZEN_WORDS = (
    *(
        f"{verb} {whose}{what}"
        for verb in ("froze", "frozen", "freezing", "paused", "suspended", "halted", "stopped")
        for whose in ("", "all ", "our ", "external ")
        for what in ("hiring", "recruitment", "recruiting")
    ),
    "hiring freeze",
)
# (token, word groups, pattern): a pattern runs only on text that holds a word of each group
# (every match needs one), so most messages cost a few substring tests, not a regex scan.
_OUTCOMES: tuple[tuple[str, tuple[tuple[str, ...], ...], re.Pattern[str]], ...] = (
    (
        STATUS_REFUSED,
        (
            (
                "status",
                "outcome",
                "result",
                "decision",
                "stage",
                "disposition",
                "state:",
            ),
            _REFUSAL_WORDS,
        ),
        _STATUS_FIELD,
    ),
    (
        STATUS_REFUSED,
        (("your application", "your candidacy", "your profile", "your submission"), _REFUSAL_WORDS),
        _MARKED_AS,
    ),
    (
        READER_OUT,
        (
            (
                "close your",
                "close this",
                "closing your",
                "closing this",
                "closed your",
                "closed this",
            ),
        ),
        _READER_CLOSED[0],
    ),
    (READER_OUT, (("no further",),), _READER_CLOSED[1]),
    (READER_OUT, (_NOT_GOING,), _READER_CLOSED[2]),
    (
        READER_OUT,
        (("be progressing you", "be taking you", "be moving you", "be advancing you"),),
        _READER_CLOSED[3],
    ),
    (READER_OUT, (("pass on", "passing on"),), _READER_CLOSED[4]),
    (READER_OUT, (("offer you", "make you an offer"),), _READER_CLOSED[5]),
    (ROLE_GONE, (_NOBODY_WORDS,), _NOBODY_APPOINTED),
    (CHOSE_OTHER, (_OTHERS,), _OTHERS_PREFERRED),
    # fifth pass: each gate names the words a match starts with, so the patterns run on few
    # messages (on the corpus 6,338 heads: 0-160 each)
    (
        STATUS_REFUSED,
        (
            (
                "status",
                "stage",
                "outcome",
                "result",
                "decision",
                "progress",
                "disposition",
                "now reads",
                "now shows",
                "now says",
            ),
            _REFUSAL_WORDS,
        ),
        _STATUS_LINE,
    ),
    (READER_OUT, (_ENDS,), _READER_ENDED[0]),
    (READER_OUT, (_TAKEN_OUT,), _READER_ENDED[1]),
    (READER_OUT, (_HAS_NOT,), _READER_ENDED[2]),
    (READER_OUT, (_NOT_AMONG,), _READER_ENDED[3]),
    (READER_OUT, (("close out", "closing out", "closed out"),), _READER_ENDED[4]),
    (READER_OUT, (_NOT_TAKING,), _READER_ENDED[5]),
    (READER_OUT, (_TO_CONSIDER,), _READER_ENDED[6]),
    (READER_OUT, (_A_NO,), _READER_ENDED[7]),
    (READER_OUT, (_PASS_WORDS,), _PASSED),
    (
        READER_OUT,
        (_ASSESSED_WORDS, ("suitable", "successful", "eligible", "qualified", "ready", "below")),
        _ASSESSED_OUT,
    ),
    (READER_OUT, (_WITHDRAWN_WORDS,), _OFFER_WITHDRAWN),
    (ROLE_GONE, (_GONE_WORDS,), _POST_GONE[0]),
    (ROLE_GONE, (_FROZEN_WORDS,), _POST_GONE[1]),
    (CHOSE_OTHER, (_CHOICE_WORDS,), _CHOSE_ANOTHER),
    (CHOSE_OTHER, (("different direction", "another direction", "other direction"),), _DIRECTION),
    (READER_OUT, (_FAILED_WORDS,), _FAILED_STEP),
    # opened by the others' noun and its joiner, the words every match ends with (twenty-third
    # pass: opened by the verbs, a match with a bare verb before the first one was searched from
    # past its start: "gone applicants who" … "ahead with")
    (CHOSE_OTHER, (_TAKEN_WORDS, _TAKING_WORDS), _OTHERS_TAKEN),
    (READER_OUT, (_OUTCOME_WHO, _OUTCOME_WORDS), _APPLICATION_OUTCOME),
)
# ... and the same readings in German, French, Spanish and Dutch (rejectwatch.model.languages)
_LANGUAGE_TOKENS = {
    "status": STATUS_REFUSED,
    "reader_out": READER_OUT,
    "role_gone": ROLE_GONE,
    "chose_other": CHOSE_OTHER,
}
_OUTCOMES = (
    _OUTCOMES
    + tuple(
        (_LANGUAGE_TOKENS[name], (words,), pattern) for name, words, pattern in languages.READINGS
    )
    # ... and the seventh pass's plain wordings (rejectwatch.model.plain_outcomes)
    + tuple(
        (_LANGUAGE_TOKENS[name], groups, pattern)
        for name, groups, pattern in plain_outcomes.READINGS + plain_outcomes.LINE_READINGS
    )
)
# The readings whose every match lies inside one sentence and holds a word of their first
# group (plain_outcomes.READINGS): they are searched only in the sentences that hold such a
# word, not the whole text (seventh pass: scanning whole messages for twenty more readings
# cost 20 us a message; a regex tries every position of the text)
_IN_SENTENCE = frozenset(
    range(
        len(_OUTCOMES) - len(plain_outcomes.READINGS) - len(plain_outcomes.LINE_READINGS),
        len(_OUTCOMES) - len(plain_outcomes.LINE_READINGS),
    )
)
# A reference request: the reader is someone's referee ("you were named as a referee by an
# applicant", "your name was given as a referee", "has named you as their referee"; sixteenth
# pass: blind slice 14's request was filed at 0.97 with the token of someone else chosen). Not
# a rejection's "I'd be glad to act as a referee for you".
_AS_REFEREE = (
    r"|\b(?:named|listed|given|put (?:down|forward)|nominated|provided)(?: you| your name)?"
    r" as (?:an? |their |his |her |one of (?:their|his|her) )?(?:referees?|references?)\b"
    r"|\breferee for (?:an?|the|one of our) (?:[a-z\-]+ )?(?:candidate|applicant)\b"
)
# Twenty-fourth pass, part C: the reader's withdrawal confirmed in other words than "at your
# request" (blind slice 22's ticket "Status: Closed ... per your request the Helicopter Ground
# Handler application is now withdrawn", filed at 0.999): the reader's application withdrawn
# in a sentence that names the reader's request, email or message ("per your request",
# "following your email", "in line with your wishes"), or the reader's withdrawal processed.
# Not a post withdrawn ("following your email, I can tell you the vacancy has been withdrawn"),
# nor a request for feedback ("as per your request for feedback: the panel went with ...").
_AS_ASKED = (
    r"(?:\b(?:(?:as )?per|following|further to|in line with|in response to|according to) your "
    r"(?:request|e-?mail|message|instructions?|wish(?:es)?|call|note)\b(?! for\b)"
    # (twenty-sixth pass, part C: an Indian office's "as requested by you, your candidature ...
    # stands withdrawn", written-38)
    r"|\bas (?:requested|asked|instructed|desired) by you\b)"
)
_YOURS_WITHDRAWN = (
    r"\b(?:application|candidacy|candidature|profile)\b[^.!?\n]{0,60}?\b(?:is|has been|was|"
    r"have been|now|stands) (?:now )?withdrawn\b|\bwithdr[ae]wn? your (?:application|candidacy|"
    r"candidature|profile)\b"
)
# the reader's name or the reader taken off a list ("we have removed your name from the
# shortlist", "we've taken you off the crew list")
_NAME_OFF = r"\b(?:removed|taken|deleted|struck) (?:your name|you) (?:from|off)\b"
_WITHDRAWN_AS_ASKED = (
    # (twenty-fourth pass, part K: _YOURS_WITHDRAWN grouped here too: bare, its second branch,
    # "withdrawn your candidacy", stood alone and made "the employer has withdrawn your
    # candidacy from this requisition" a withdrawal the reader asked for)
    r"|" + _AS_ASKED + r"[^.!?\n]{0,80}?(?:" + _YOURS_WITHDRAWN + r")"
    + r"|(?:" + _YOURS_WITHDRAWN + r")[^.!?\n]{0,60}?" + _AS_ASKED
    # (twenty-fourth pass, part K: and the request processed, "we have processed your request
    # to withdraw")
    + r"|\b(?:processed|actioned|completed|confirmed) your (?:withdrawal|request to withdraw)\b"
    + r"|\byour (?:withdrawal|request to withdraw)(?: request)? (?:has been|was|is|have been) "
    r"(?:now )?(?:processed|confirmed|received|completed?|actioned|accepted)\b"
    # (twenty-fourth pass, part R: written-33's school, "We note your wish to withdraw ... We
    # have removed your name from the shortlist", filed: the reader's wish or decision to
    # withdraw, the reader's name taken off as asked, the reader's new job noted; not the
    # employer removing the reader, decisions_crewed)
    + r"|\byour (?:wish|decision|request|intention|choice) to (?:withdraw|pull out|step (?:back|"
    r"aside|down)|be (?:removed|taken off))\b"
    + r"|(?:" + _AS_ASKED + r"|\bas requested\b)[^.!?\n]{0,80}?" + _NAME_OFF
    + r"|" + _NAME_OFF + r"[^.!?\n]{0,60}?(?:" + _AS_ASKED + r"|\bas requested\b)"
    + r"|\b(?:letting us know|told us|we (?:note|understand|hear|see)) (?:that )?"
    r"you(?:['\u2019]ve| have) (?:now )?(?:accepted|taken|found|started) (?:another|a different|"
    r"an?(?: new)?) (?:post|job|role|position|offer)\b"
    # (and the reader's own ask in a chat above the answer, "can you remove me from the guide
    # recruitment ... I've taken you off the list": blind slice 21)
    + r"|\b(?:can|could|would) you (?:please )?(?:remove|take) me (?:from|off|out of)\b"
    r"|\bplease (?:remove|take) me (?:from|off|out of) (?:the|your) (?:[\w\-]+ ){0,2}?"
    r"(?:list|shortlist|process|recruitment|running|crew list)\b"
)  # fmt: skip
# The reader's own withdrawal told in the reader's words or taken in good part (twenty-seventh
# pass, part C: written-42's "we acknowledge your letter withdrawing your application ... Your
# name has been removed from the shortlist", "sorry to lose you from the process but totally
# understand ... I've taken your name off the list", "The MD knows you're pulling out of the
# process", "thanks for informing us. We have withdrawn your application"); not "thanks for your
# letter" alone, nor "thanks for letting us know. Unfortunately we have withdrawn your
# application as the role has been filled"
# (twenty-seventh pass, part K2: nor with a regret after it in the message, the refusal of a
# second role, "thanks for your email withdrawing from the Bristol role. On the Bath role, I'm
# afraid the client has gone with another candidate")
_NO_REGRET_AFTER = (
    r"(?![\s\S]{0,400}?\b(?:unfortunately|i['\u2019]m afraid|we['\u2019]re afraid|regret\w*|"
    r"sadly)\b)"
)
_WITHDRAWAL_TOLD = (
    r"|\byour (?:letter|e-?mail|mail|message|note|text|call) (?:of withdrawal|withdrawing)\b"
    + _NO_REGRET_AFTER
    # (twenty-seventh pass, part S2: "(?= )\s" is the space, written so that the prefilter
    # reads "to lose you" as the string every match holds, not " from " / "understand" /
    # "get it", which stood in most ham and put 2,500 more finds a 3,000 ham messages into
    # the one pass)
    + r"|\b(?:sorry|sad|a shame|a pity)(?= )\sto lose you(?: from (?:the|our|this) (?:[\w\-]+ )?"
    r"(?:process|shortlist|running|list|recruitment|campaign)\b|,? but(?: i| we)?(?: totally|"
    r" completely| fully)? (?:understand|get it)\b)"
    + _NO_REGRET_AFTER
    + r"|\b(?:knows?|told(?: \w+){0,3}?|noted|note|understand|heard|hear|see) (?:that )?"
    r"you(?:['\u2019]re| are) (?:withdrawing|pulling out|stepping (?:back|aside|down))\b"
    + _NO_REGRET_AFTER
    + r"|\bthanks? (?:you )?for (?:informing|telling|letting) (?:us|me)(?: know)?(?:,? \w+)?"
    r"[.!,]? +"
    r"(?![^.!?\n]{0,60}?\b(?:unfortunately|regret\w*|sorry|afraid|sadly)\b)[^.!?\n]{0,60}?"
    r"(?:" + _YOURS_WITHDRAWN + r")"
)
# Staff news thanking the colleagues who met the candidates (twenty-seventh pass, part C:
# written-42's "we've found our new Head of People! ... Thanks to everyone who met candidates
# during the search"); not a bulk refusal's "thank you to everyone who applied"
# (twenty-seventh pass, part K2: colleagues meet the candidates and sit on the panels; the
# candidates meet the panel, "thank you to everyone who met the interview panel on Tuesday. The
# panel has chosen another candidate", a bulk refusal)
_COLLEAGUES_THANKED_SOURCE = (
    r"\b(?:thanks?|thank you) to (?:everyone|everybody|all|all of you|those of you|each of you)"
    r"(?: who| that)? (?:(?:met|interviewed) (?:the |our )?(?:candidates|shortlist(?:ed "
    r"candidates)?)|sat on (?:the |our )?(?:interview panels?|panels?)|helped (?:with|on) (?:the "
    r"|our )?(?:candidates|shortlist(?:ed candidates)?|interview panels?|panels?|search))\b"
)
_COLLEAGUES_THANKED = r"|" + _COLLEAGUES_THANKED_SOURCE
_COLLEAGUES_THANKED_RE = re.compile(_COLLEAGUES_THANKED_SOURCE)
# (the words every branch's match ends on: met or interviewed the candidates or shortlist, sat
# on a panel, helped with any of these or the search)
_COLLEAGUES_THANKED_ENDS = ("candidates", "shortlist", "panel", "search")
# A colleague's start made ready (twenty-fifth pass, part R: "the candidate we hired for the
# trading desk starts Monday ... Please make sure his badge and system access are ready"): mail
# about someone else's hiring, where no choice of another is the reader's refusal
_MADE_READY_SOURCE = (
    r"\b(?:make sure|ensure|(?:can|could) you (?:get|set up|sort(?: out)?|arrange|order)|please "
    r"(?:get|set up|sort(?: out)?|arrange|order)) (?:that )?(?:his|her|their) (?:[\w\-]+ ){0,2}?"
    r"(?:badges?|security pass|building pass|access card|id card|system access|laptop|logins?|"
    r"desk|workstation|keys|parking (?:pass|permit|space)|credentials|email account|"
    r"network account)\b"
    # (twenty-sixth pass, part A: the appointee's papers asked of a colleague in a forward, "can
    # you draft his contract and book his dbs check", "please send the offer letter out to
    # jordan")
    r"|\b(?:(?:can|could|would) you|please) (?:draft|send(?: out)?|issue|prepare|book|start|"
    r"run|get|sort(?: out)?) (?:(?:his|her|their) (?:contract|offer letter|paperwork|dbs(?: "
    r"check)?|reference checks|references|right[ \-]to[ \-]work checks?|onboarding|induction)|the "
    r"(?:contract|offer letter|paperwork|offer) (?:out )?(?:to|for) (?:him|her|them|"
    + decisions_filled.NAME
    + r"))\b"
    # (twenty-eighth pass, part F: the others told by a colleague, "could you write to the two
    # other nominees to thank them", "please let the other bidders know")
    r"|\b(?:(?:can|could|would) you|please) (?:write to|email|e-mail|ring|phone|thank|tell|"
    r"inform|notify|let) (?:the |all the )?(?:two |three |four |\d+ )?other (?:two |three |four "
    r")?(?:nominees|candidates|applicants|finalists|bidders|tenderers|vendors|suppliers|"
    r"interviewees)\b"
)
_MADE_READY = re.compile(_MADE_READY_SOURCE)
# the reader's part in someone else's hiring (twenty-sixth pass, part C)
_STAFF_ROLE = (
    r"(?:hiring manager|interviewer|recruiter|panel member|panellist|approver|requisition owner|"
    r"hiring lead)\b"
)


# (twenty-sixth pass, part S: worked out once a text, last_text.per_text: a whole-text search,
# asked for each sentence that reads another chosen, 38 us a search over a long ham message)
@per_text
def _made_ready(lowered: str) -> bool:
    """Does ``lowered`` hold a match of _MADE_READY (a colleague's start made ready)?"""
    return _MADE_READY.search(lowered) is not None


# (twenty-seventh pass, part C: worked out once a text, as _made_ready)
@per_text
def _colleagues_thanked(lowered: str) -> bool:
    """Does ``lowered`` hold a match of _COLLEAGUES_THANKED (staff news thanking the colleagues
    who met the candidates)?"""
    # (twenty-seventh pass, part S2: every match holds "thank" and one of the words its
    # branches end on, absent from most mail: str.find over the text, not the search)
    return (
        "thank" in lowered
        and any(word in lowered for word in _COLLEAGUES_THANKED_ENDS)
        and _COLLEAGUES_THANKED_RE.search(lowered) is not None
    )


# The reader's friend, colleague or nominee, or a thing done at the reader's request (thirty-seventh
# pass: never a platform's own notice, "accepted your friend request", "this transcript was
# emailed at your request": a copy sent, no withdrawal asked for)
_YOUR_FRIEND = (
    r"\byour (?:friend|colleague|nominee)s?\b(?! (?:request|requests|suggestions?|list|code|"
    r"link|feed)\b)"
)
_AT_YOUR_REQUEST = (
    r"(?<!\bsent )(?<!\bemailed )(?<!\be-mailed )(?<!\bmailed )(?<!\bforwarded )(?<!\bcopied )"
    r"(?<!\bprovided )(?<!\bgenerated )(?<!\bshared )(?<!\bexported )(?<!\bsaved )"
    r"\bat your request\b"
)
# A message about someone else's candidacy, or a withdrawal the reader asked for.
_ABOUT_OTHER = re.compile(
    # (seventh pass: an employer's own posting: "one of your applicants has withdrawn")
    r"\byour (?:applicants|candidates)\b|\bone of your (?:applicants|candidates)\b|"
    # (eighteenth pass: not an employer's referral programme advertised in a footer, "our
    # referral scheme pays £1,000", "successful referrals get £500", nor a public employer's
    # referral of the reader to the selecting official, "Referral status: not referred", "the
    # referral list": the reader's own application)
    # (twenty-eighth pass, part H: nor the reader "selected for referral", "considered for
    # referral", "not among those selected for referral", nor "referral to the selecting official")
    # (forty-sixth pass: nor "no referral for you this time", the reader not referred)
    # (forty-seventh pass: nor the reader's name "left off the referral", "on the referral")
    r"\b(?<!successful )(?<!\bfor )(?<!\bno )(?<!\boff the )(?<!\bon the )(?<!\bfrom the )"
    # (fifty-fifth pass: nor a results letter's field, "Referral: not made", nor the referral
    # list's places, "higher-ranked applicants took all eleven referral slots", slice 111; nor
    # a public employer's "Notice of referral — Housing Officer", slice 114)
    r"(?<!\bnotice of )(?<!\bnotification of )"
    r"referrals?\b(?![ \t]*:)(?! (?:programme|program|scheme|bonus|slots?|places?|spots?|"
    r"bonuses|"
    r"reward|rewards|link|code|status|list|notice|certificate|to (?:the |a )?(?:hiring|selecting)"
    # (thirty-eighth pass: nor the cut a public employer's referral list is drawn at, "the
    # referral cut fell above your rating": the reader's own score)
    r"|cut|cut-off|cutoff|score|scores|rating|ratings|threshold|stage|round"
    # (fifty-ninth pass: nor the same cut called a line, a mark or a bar)
    r"|line|mark|bar"
    # (forty-fifth pass: nor a public employer's "Notice of Referral Results")
    # (fifty-sixth pass: nor its field "Referral outcome: ...", slice 124)
    r"|results?|outcomes?|decisions?"
    # (forty-eighth pass: nor a referral that leaves the reader out, "so the referral leaves
    # your name off")
    r"|leaves|left|has left|omits|excludes|does not include|doesn['\u2019]t include)\b)"
    r"|\bthanks? (?:you )?for referring\b"
    r"|\breferring a friend\b"
    r"|\b(?:you|you['\u2019]ve|you have) (?:referred|recommended|nominated|"
    r"put forward|introduced)\b|\b(?:referred|recommended|nominated|put forward) by you\b"
    r"|" + _YOUR_FRIEND + r"|\bwhom you\b"
    r"|"
    + _AT_YOUR_REQUEST
    + r"|\bas you (?:asked|requested)\b|\byou asked us\b"
    + _AS_REFEREE
    # (sixteenth pass: a reference request, "you were named as a referee by an applicant")
    + _WITHDRAWN_AS_ASKED
    + _WITHDRAWAL_TOLD
    + _COLLEAGUES_THANKED
    # (twenty-fourth pass, part K: a staff bulletin's new hire, welcomed by the reader, "we've
    # taken on Amira as our new kitchen apprentice. Please make her feel welcome")
    + r"|\bplease (?:make (?:him|her|them) (?:feel )?(?:very |most )?welcome|welcome\b(?! (?:any|"
    r"all|your|questions?|feedback|comments?|applications?)\b)|give (?:him|her|them) a (?:[a-z]+ )?"
    r"welcome|say hello to (?:him|her|them)|show (?:him|her|them) (?:round|around|the ropes))"
    r"|\bjoin (?:me|us) in welcoming\b|"
    + _MADE_READY_SOURCE  # (twenty-fifth pass, part R: a colleague's start made ready)
    # (twenty-sixth pass, part C: an applicant-tracking notice to the reader as the hiring
    # manager or an interviewer about someone else's candidacy, "Tomás was moved to Rejected ...
    # You are receiving this because you are listed as the hiring manager"; not the sender's "as
    # the hiring manager, I wanted to tell you myself")
    + r"|\byou(?:['\u2019]re| are)? (?:receiving|getting|got|get|listed|named|assigned|added|"
    r"registered)\b[^.!?\n]{0,40}?\bas (?:the|an?) (?:listed |named |assigned )?"
    + _STAFF_ROLE
    + r"|\bbecause you(?:['\u2019]re| are) (?:listed as |named as |set (?:up )?as )?(?:the|an?) "
    + _STAFF_ROLE
)
# how a colleague is asked to tell the others (twenty-eighth pass, part F, _MADE_READY_SOURCE)
_OTHERS_TOLD = (
    "write to",
    "email",
    "e-mail",
    "ring",
    "phone",
    "thank",
    "tell",
    "inform",
    "notify",
    "let",
)
_ABOUT_OTHER_WORDS = (
    "your decision",
    "your intention",
    "your choice",
    "as requested",
    "letting us know",
    "told us",
    "we note",
    "we understand",
    "we hear",
    "we see",
    "remove me",
    "take me",
    "your applicants",
    "your candidates",
    "referr",
    "recommended",
    "nominated",
    "put forward",
    "introduced",
    "your friend",
    "your colleague",
    "your nominee",
    "whom you",
    "your request",
    "your e",
    "your message",
    "your instruction",
    "your wish",
    "your call",
    "your note",
    "your withdrawal",
    # (twenty-seventh pass, part C: _WITHDRAWAL_TOLD and _COLLEAGUES_THANKED)
    "your letter",
    "your mail",
    "your text",
    "to lose you",
    " withdrawing",
    "pulling out",
    "stepping back",
    "stepping aside",
    "stepping down",
    "for informing",
    "for telling",
    "who met",
    "who interviewed",
    "who sat on",
    "who helped",
    "you met",
    "you interviewed",
    "you sat on",
    "you helped",
    "welcom",
    "say hello to",
    "you asked",
    "you requested",
    "referee",
    " as a reference",
    " as their reference",
    " as his reference",
    " as her reference",
    " as one of",
    # (twenty-fifth pass, part R: a colleague's start made ready)
    "make sure",
    "ensure",
    "you get",
    "you set up",
    "you sort",
    "you arrange",
    "you order",
    "please get",
    "please set up",
    "please sort",
    "please arrange",
    "please order",
    # (twenty-sixth pass, part A: the appointee's papers asked of a colleague)
    "you draft",
    "you send",
    "you issue",
    "you prepare",
    "you book",
    "you start",
    "you run",
    "please draft",
    "please send",
    "please issue",
    "please prepare",
    "please book",
    "please start",
    "please run",
    # (twenty-eighth pass, part F: the others told by a colleague)
    *(f"{who} {verb}" for who in ("you", "please") for verb in _OTHERS_TOLD),
    # (twenty-sixth pass, part C: the reader as the hiring manager or an interviewer)
    "hiring manager",
    "interviewer",
    "recruiter",
    "panel member",
    "panellist",
    "approver",
    "requisition owner",
    "hiring lead",
)
# (twenty-eighth pass, part S: as a set, so that the gate words found in a text, fewer than its
# 114, are the ones looped over in _outcomes's isdisjoint, not these: a dict view's isdisjoint
# with a tuple loops over the tuple; the same answer)
_ABOUT_OTHER_WORD_SET = frozenset(_ABOUT_OTHER_WORDS)
# ("before the closing date" is when something was missed, not a decision to come)
# (and the conditional and still-to-come words of the other languages read: languages.py)
_OUTCOME_NOT_YET = re.compile(
    # (eleventh pass: nor "it stops before the next stage", where the process stopped)
    # (forty-seventh pass: nor how long a calendar stays full, "we're booked up until March")
    r"\b(?:"
    + _FULL_FOR_A_WHILE
    + r"until(?! further notice)"
    + _ALONE_FOR_A_SEASON
    + r"|"
    + _STARTS_WHEN
    + r"when"
    + _WHEN_PAST
    + r")\b"
    + _YET
    + _before_once(
        r" the (?:closing date|deadline|next stage|next round|final stage|final round|"
        r"interview stage)\b"
    )
    + languages.CONDITIONAL
    + languages.NOT_YET
)
_IF = (
    # (seventh pass: "silence" means no, "silence from us means ...")
    # (twelfth pass: and a non-native "in the case your application is not chosen")
    # (twenty-third pass, part P: not "in the event," as it turned out, "in the event, we have
    # decided not to progress your application")
    r"\b(?:if|unless|should|in the event(?!,)|either way|whether|assume|otherwise)\b(?! stud)"
    # (twenty-first pass, part A: not an apology for the order, "sorry, should have said first",
    # decisions_in_passing)
    + r"(?!"
    + decisions_in_passing.APOLOGY
    + r")"
    # (thirty-ninth pass, second round: a choice still ahead, "whichever of you two finalists we
    # pick, I'll phone both of you")
    r"|\b(?:whichever|whoever)\b"
    # (fifty-fifth pass: a concession ahead, "Even master choose other person, I still message
    # you", "even if we pick someone else, we'll still write": a case, not a choice made; never
    # "even though", "even so")
    r"|\beven(?: if| when| should)?\b(?! (?:though|so|more|better|after|before|now|then|"
    r"with|without|a|an|the|as)\b)(?=[^.!?\n]{0,80}\b(?:still|anyway|regardless)\b)"
    # (twenty-third pass, part P: a confirmation's hoped-against event, "in the unfortunate
    # event that you are not successful", "in the unlikely case you are not selected"; and a
    # rule's "where", "where you are not shortlisted, you will be informed by email")
    r"|\bin the (?:unfortunate|unlikely|regrettable|rare|unhappy|sad|disappointing|improbable|"
    r"undesirable) (?:event|case|instance|circumstances?|situation)\b"
    r"|\bwhere (?:you|your|an? applicants?|applicants|candidates?|an? application|applications)"
    r"\b(?=[^.!?\n,]{0,80}, (?:we|you|they|their|your|the|this|it|data)\b[^.!?\n]{0,40}"
    r"\b(?:will|shall|is|are)\b)"
    # (thirty-seventh pass: and a requirement unmet as the rule's case, "where these aren't met,
    # the application is closed and the candidate is told by email")
    # (sixty-fifth pass: and a list or a panel that leaves the reader out as the rule's case,
    # "Where shortlist does not include you, CV stays in our databank twelve months": two
    # receipts, slice 196)
    r"|\bwhere (?:the |our |a |your )?(?:[a-z\-]+ )?(?:shortlist|short-list|list|selection|panel|"
    r"line-?up|interview list)(?: does not| doesn['\u2019]t| do not| don['\u2019]t) (?:include|"
    r"name|feature|contain|have) you\b"
    r"|\bwhere (?:these|this|they|it|those|any|the (?:[a-z\-]+ ){0,2}?(?:requirements?|criteria|"
    r"conditions?|standards?|minimums?|essentials?))(?: are| is|['\u2019]re)?(?: not|n['\u2019]t) "
    r"(?:met|satisfied|fulfilled|shown|demonstrated|evidenced)\b"
)
# (twentieth pass, part I: not a silence past, apologised for, "sorry for the silence")
_SILENCE_AHEAD = r"\bsilence\b" + told_ahead.NOT_APOLOGISED
# the consequence a silence rule draws within 60 characters of its silence ("… means …", "…
# says …", "take it …", "=", "->"), shared by the rule's branches below
_SILENCE_MEANS = (
    # (sixty-second pass: and the plural's verbs, "three silent weeks after that tell you another
    # applicant got it", "silent days equal a no": two receipts, slice 119; never after "to",
    # "I'm sorry to tell you")
    r"(?=[^.!?\n]{0,60}(?:\b(?:means?|meaning|equals|says|tells you|signals|(?<!\bto )(?:equal|"
    r"tell you|signal)|consider|assume|take it|safe to)\b|=|->|\u2192"
    # (sixty-sixth pass: or its consequence after "and", with the other case after "otherwise",
    # "Two quiet weeks from us, and Welder Helper went to somebody else; otherwise expect a
    # call": two receipts, slice 200)
    r"|,? and\b(?=[^.!?\n]{0,100}?[;,] ?otherwise\b)))"
)
_CONDITIONAL_REST = (
    # (thirteenth pass: not "in case" for the reader's ease, "in case it's easier to read: the
    # team went with …", "in case you missed it")
    # (twenty-third pass, part P: and written as one word, "incase you are not shortlisted")
    r"|\bin(?: the | )?case\b(?! (?:it|that|this)(?:['\u2019]s| is| helps| makes)\b| you missed\b"
    r"| you(?:['\u2019]re| are| were)? wondering\b)"
    # (sixty-sixth pass: a case and its consequence joined by a dash, in a plain or learner's
    # English, "Committee choose other person \u2014 you get letter. You pass \u2014 we call
    # you": two receipts filed, slice 203)
    r"|\b(?:(?<=[ \t][\u2014\u2013] )|(?<=[ \t][\u2014\u2013]))(?:you (?:get|receive|will get|"
    r"['\u2019]ll get|hear|will hear|['\u2019]ll hear)|we (?:call|write|email|e-mail|ring|send|"
    r"tell|contact|phone))\b"
    # (sixty-seventh pass: or by a comma, the consequence a letter or a call to come, "Team choose
    # other person, you get a letter from us. Team choose you, we ring your phone": two receipts,
    # slice 206)
    r"|\b(?<=, )(?:you(?:['\u2019]ll| will)? (?:get|receive) "
    r"(?:a |an |the |our )?(?:letter|e-?mail|message|note|notice|notification|sms|text|call)|we "
    r"(?:send|write|ring|call|phone|will send|will write|['\u2019]ll send|['\u2019]ll write) "
    r"(?:you )?(?:a |an )?(?:letter|e-?mail|message|note|notice|sms|text|your phone))\b"
    r"(?! (?:of regret|confirming|with (?:the |your )?feedback)\b)"
    # a refusal that may happen ("we may not be able to reply to everyone")
    # (seventh pass: not the month, "dated 3 May", "on May 12")
    r"|\b(?:may|might)\b(?<![0-9] may)(?<![0-9] might)(?! [0-9])"
    # (twenty-fourth pass, part L: nor Tagalog "may", there is, "may nakuha na kaming iba";
    # twenty-seventh pass, part N: nor Waray and Bikol "may nakakuha na", someone has it)
    r"(?! (?:nakuha|kinuha|napili|pinili|natanggap|tinanggap|nahanap|nakita|na-hire|"
    r"hinire|ibang|iba|bago|nakakuha|nakaokupar|nakaokupa) na\b)"
    # (twenty-seventh pass, part D: nor Hiligaynon and Cebuano "nga may", who has, "iban nga
    # aplikante nga may eksperyensya")
    r"(?<!\bnga may)"
    # (twenty-eighth pass, part D: nor Bikol and Waray "may iba kaming aplikante", we have other
    # applicants, nor Vietnamese "may", sewing: "tiệm may", a tailor's)
    r"(?! iba (?:kaming|kami nga|kami na)\b)(?<!tiệm may)(?<!thợ may)(?<!xưởng may)(?<!nghề may)"
    # (sixteenth pass: nor the month after a preposition, "a candidate who applied in May")
    r"(?<!\bin may)(?<!\bof may)(?<!\bsince may)(?<!\bfrom may)(?<!\bearly may)(?<!\blate may)"
    r"(?<!\bmid-may)(?<!\blast may)(?<!\bnext may)(?<!\bthis may)(?<!\bend of may)"
    # silence means no (seventh pass): "no message from us 14 days after the advert closes
    # means your application will not be going further", "if you don't hear from us"; the
    # negation is looked for behind "hear", so the scan runs only where "hear" stands
    r"|\bno (?:message|news|reply|response|word|contact|e-?mail|answer|call)s? (?:back )?from us\b"
    r"|\bhear(?:d(?:(?<=not heard)|(?<=n't heard)|(?<=n\u2019t heard))|(?<=not hear)|(?<=n't hear)"
    r"|(?<=n\u2019t hear)) (?:back )?from us\b"
    # tenth pass: silence means no, said of a stretch of time ("four weeks with no call means
    # another applicant was preferred", "a fortnight without news means it's a no for now")
    # (eighteenth pass, part D: "28 days without a word from us means ...", and the consequence
    # written as a sign or taken as read: "= it's a no", "-> ...", "you can take it that ...")
    # (twenty-ninth pass, part H: and what else the sender might send, "where three weeks go by
    # without feedback, take it that the application was unsuccessful", "a month without a
    # letter from us means ...": blind slice 27's Nigerian confirmations, filed at 0.78)
    r"|\b(?:without|with no|no) (?:any |a |an |a single )?"
    # (fifty-fifth pass: the thing not sent named by its kind, "No phone call by the following
    # Wednesday means the job went elsewhere": two roofers' and removers' receipts, slice 111)
    # (sixty-fourth pass: or a shortlist's or a screening's, "Four weeks without a shortlist call
    # means the role went elsewhere": two receipts, slice 183)
    r"(?:(?:phone|telephone|e-?mail|email|written|further|formal|personal|interview|follow-up|"
    r"text|shortlist|shortlisting|screening|recruiter) )?"
    r"(?:news|word|call|calls|reply|replies|"
    # (sixty-first pass: or a ring, a buzz or a shout, "No ring means others got picked": two
    # Australian receipts, slice 158)
    r"ring|rings|buzz|shout|ping|callback|call-back|"
    # (sixty-seventh pass: or a bell, "no bell from us inside a fortnight means the chair went
    # elsewhere": two salons' receipts, slice 187)
    r"bell|bells|"
    r"response|contact|answer|message|e-?mail|invitation|update|feedback|outcome|letter|"
    # (sixtieth pass, fourth round: or whose silence "says", "tells you" or "signals" the
    # outcome, "two weeks of quiet says somebody else got the nod", two read receipts of slice 139)
    r"communication|correspondence|notification)s?\b"
    + _SILENCE_MEANS
    # (sixty-first pass: or a stretch with no word and its consequence after a comma, "Ten days
    # with no ring from us, the spot's gone elsewhere": two car washes' receipts, slice 158)
    + r"|\b(?:days?|weeks?|fortnight|months?) (?:with no |without (?:a |any )?)(?:ring|call|word|"
    r"news|reply|message|contact|e-?mail|text|buzz|shout|answer)s?(?: back)? from (?:us|me|"
    r"the (?:team|store|office|shop|farm)),"
    # (sixteenth pass: "three weeks of quiet after the advert closes means you weren't picked",
    # "a month of silence from us means ...")
    + r"|\b(?=(?:days?|weeks?|months?|fortnight|while) of )"
    + told_ahead.STRETCH_NOT_APOLOGISED
    # (sixty-second pass: or of "nowt", "a fortnight of nowt means someone else has the apron":
    # two Liverpool receipts, slice 168)
    + r"\b(?:days?|weeks?|months?|fortnight|while) of (?:quiet|silence|nothing|no news|nowt|nought|"
    r"naught|zilch)\b"
    + _SILENCE_MEANS
    # (sixty-second pass: or the stretch called silent, "thirty silent days from our side mean
    # the post has gone to somebody else": two receipts, slice 160)
    # (sixty-fifth pass: or free of mail, "Three email-free weeks means we went elsewhere": a
    # receipt filed, slice 196)
    + r"|\b(?:silent|quiet|wordless|empty|e-?mail-free|call-free|news-free|contact-free|word-free) "
    r"(?:days?|weeks?|fortnights?|months?|spell|stretch|"
    r"period)\b"
    + _SILENCE_MEANS
    # (sixty-fifth pass: or the stretch with its word after it, "Three weeks silent means, please
    # understand, the place went to another": a receipt filed, slice 194)
    + r"|\b(?:days?|weeks?|fortnights?|months?) (?:silent|quiet|wordless|without (?:a )?word)\b"
    + _SILENCE_MEANS
    # (sixtieth pass, second round: or the reader's phone or inbox staying quiet, "Phone stays
    # quiet for a fortnight, take it the job's gone": two station hands' receipts, slice 148)
    + r"|\b(?:phone|telephone|line|inbox|mailbox|letterbox)s? (?:that |which )?(?:stays?|remains?|"
    r"keeps?|goes|is|"
    r"are)(?: still)? (?:quiet|silent|empty|dead)\b"
    # (sixty-first pass: with the consequence the other silences draw, "says", "tells you" and
    # "signals" too, _SILENCE_MEANS)
    + _SILENCE_MEANS
    # eighteenth pass, part D: silence within a time, from the sender's side ("no call from me
    # by Sunday", "nothing by Friday", "absent a reply within 14 days": rules_ahead)
    + r"|"
    + rules_ahead.SILENCE
    # ... and "please consider that your candidature was not retained"
    + r"|\bplease (?:consider|take it)(?: that)?\b"
    # thirty-first pass, part D: a refusal named among the outcomes that may come ("everyone
    # hears back by March: an interview invitation, a waitlist place, or word that the places
    # have gone to others", "either an invite or a note that the role has been filled", "one
    # of three answers", "any change to your status, including a decision not to progress,
    # shows up in the portal")
    r"|\bor (?:a |an |the )?(?:word|note|notice|message|e-?mail|letter|line|update|answer|"
    r"notification|reply) (?:that|saying|to say|telling (?:you|them)(?: that)?)\b"
    r"|\beither\b(?= (?:a|an|the|your|you|we)\b)"
    r"|\bone of (?:two|three|four|these|the following) (?:answers|outcomes|replies|results|"
    r"messages|e-?mails|things)\b"
    r"|\b(?:including|such as)\b(?=,? (?:a|an|any|the) (?:decision|outcome|rejection|refusal|"
    r"regret|change|update)\b)"
    # (thirty-eighth pass: someone else's hire named as a case, not told, "any change to the
    # result, another applicant being hired included, updates this card"; never "resulted in
    # another candidate being selected", a choice made)
    # (the match opens on the word before the case, where a cue in it would start)
    r"|\b(?:[a-z\-]+[,;:] \(?|(?:including|such as|like|or|upon|on) )(?=(?:another|a different|"
    r"the other|other|someone else|somebody else)(?: [a-z\-]+){0,2}? being (?:hired|chosen|"
    r"selected|appointed|picked|preferred|offered|taken on|given|engaged|recruited|signed|"
    r"brought (?:in|on)|put forward)\b)"
    # (third round: or the case named as a gerund clause closed by "included", "every change
    # lands here, the post going to another candidate included")
    # (thirty-ninth pass, second round: or by a noun, "each change of status will show on this
    # card, an appointment of another candidate included")
    r"|\b[a-z\-]+[,;:] (?=(?:[a-z\-'\u2019]+ ){0,4}?(?:going|given|offered|awarded|filled|hired|"
    r"chosen|selected|appointed|engaged|appointment|hire|hiring|selection|choice|offer|rejection|"
    r"refusal|decision)\b(?: [a-z\-'\u2019]+){0,4}? included\b)"
    # ... and a step not taken by a date ("profiles without a demo lesson by then are closed")
    r"|\bwithout (?:a|an|the|your|their|his|her|any) (?:[a-z\-]+ ){0,3}?by (?:then|that date|"
    r"that time|the deadline|the closing date|the due date|"
    + notices_other._WEEKDAY
    + r"|the \d{1,2}(?:st|nd|rd|th)?)\b"
    # (sixty-second pass: "failing" a place as the case, "Places are limited; failing one this
    # year, your details carry into next year's round": two internship receipts, slice 159;
    # never "failing to meet", a reason told, nor "failing that", after which a choice is told)
    + r"|\bfailing (?:one|a|an|any|selection|success)\b(?=[^.!?\n;]{0,50},)"
    # (and a status the record "could later show", "Could later show | Interview / Not
    # progressed": two receipts' tables of later statuses, slice 160; never "could not", nor
    # without the "later", "someone who can read kana well, so we chose another")
    + r"|\b(?:could|can|would|might|may) (?:later|then|eventually|afterwards|next|in time|still)"
    r" (?:show|read|display|say|change to|move to|turn to|switch to|become)\b"
    # (sixty-third pass: or a list of statuses it "can show", alternatives joined by "or",
    # "your candidate home can show Under Review, Interview, Offer, or perhaps Closed - Filled
    # by Another Applicant", slice 174)
    r"|\b(?:could|can|would|might|may) (?:show|display|read)\b"
    r"(?=[^.!?\n]{0,60}?,[^.!?\n]{0,80}?\bor\b)"
    r"|\b(?:possible|potential|later|future|next possible) (?:statuses|status|outcomes|results|"
    r"answers|updates|stages)\b"
)
# (twenty-ninth pass, part H: an either-way closing the sentence, "each candidate is told its
# outcome, chosen or not", "everyone hears from us - selected or not": blind slice 27's college
# confirmation, in the review band at 0.15; its comma is where it starts, before the cue it names)
# Part S: a branch of _CONDITIONAL that _Conditional searches apart, only where " or not"
# stands: the one branch that opens on no word boundary, it cost the others their shared
# opening "\b" (the parser factors it out of an alternation whose branches all open with it,
# and the engine then tries them only at a word's edge): ordinary mail's conditional search ran
# three times slower with it.
_EITHER_WAY = (
    r"[,;\u2013\u2014-] ?(?=(?:chosen|selected|successful|shortlisted|picked|hired|appointed"
    r"|progressed) or not\b[ \t]*(?:[.!\n]|$))"
)
_CONDITIONAL = re.compile(_IF + "|" + _SILENCE_AHEAD + _CONDITIONAL_REST + "|" + _EITHER_WAY)
# "until further notice" lasts indefinitely: not a condition (fifth pass)
_UNTIL = re.compile(r"\b(?:until(?! further notice)|unless)\b")
_NOT_MEANING = re.compile(r"\s*(?:necessarily |automatically )?mean\b")
_CLAUSE = re.compile(r"[^.!?\n;:]{0,60}")
# Twenty-ninth pass, part T: a negation of a step not taken yet ("the hiring team has not
# reviewed your application yet", "we haven't finalised the shortlist yet", "we have not
# contacted your referees so far", "we still haven't heard back from the site manager") tells
# of a decision still to come: its marks are hyp_, not neg_. Only a plain negation ("not",
# "never", "cannot", "unable", a contracted "n't"), with "yet" / "so far" in its own clause
# (before a comma, a dash, "and", "but" or "so"; not "yet again", "yet another round"), or
# "still have / has / had" right before it; a regret cue ("unfortunately", "sadly") is no such
# negation. ~75 other training mails carried neg_ marks from one.
_PLAIN_NEGATIONS = frozenset(
    (
        "not",
        "never",
        "cannot",
        "unable",
        *(f"{stem}{apostrophe}t" for stem in _CONTRACTED for apostrophe in ("'", "\u2019", "")),
    )
)
_YET_IN_CLAUSE = re.compile(
    r"(?:(?! (?:and|but|so(?! far)|as(?! yet))\b| [-\u2013\u2014] )[^,])*?"
    r"\b(?:yet\b(?! another\b| again\b)|so far\b)"
)
_STILL_BEFORE = re.compile(r"\bstill (?:(?:have|has|had) not|(?:have|has|had)n['\u2019]?t)$")
# ... a "not" or "never" of a verb, after its auxiliary ("has not", "we've never"), not of a
# noun's ("every offer not yet started") ...
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|am|be|been|has|have|had|do|does|did|will|would|shall|should|can|"
    r"could|may|might|must|['\u2019](?:ve|re|m|s|d))(?: still| yet)? $"
)
# ... and not the reader's shortfall ("you're not yet ready for the road", "your SQL isn't
# strong enough yet", "the portfolio doesn't show much of that yet"), a refusal's reason
_SHORTFALL = re.compile(
    r"\b(?:enough|ready|show\w*|there|competent|qualified|eligible|experienced|strong)\b"
    r"|^\s*(?:yet |really |quite )?your\b"
)
# ... nor what the reader has not done or held yet, "you don't hold that licence yet", "you
# have not yet umpired a full season" (not the reader's application not acted on, "you have not
# been shortlisted yet")
_READER_BEFORE = re.compile(
    r"\byou(?:['\u2019](?:ve|re))? (?:(?:have|do|did|are|were|still|yet|mentioned|said) )*$"
)
_PASSIVE = re.compile(r"\s*(?:yet )?(?:been|be)\b")


def _a_step_not_taken(lowered: str, left: int, start: int, end: int, scope: str) -> bool:
    """Is the negation cue lowered[start:end] (in the sentence from ``left``; ``scope``, the
    rest of its clause) one of a step not taken yet (_YET_IN_CLAUSE, _STILL_BEFORE)?"""
    cue = lowered[start:end]
    if cue not in _PLAIN_NEGATIONS:
        return False
    before = max(left, start - 24)
    if ("yet" in scope or "so far" in scope) and (
        _YET_IN_CLAUSE.match(scope) is not None
        and _SHORTFALL.search(scope) is None
        and (_READER_BEFORE.search(lowered, before, start) is None or _PASSIVE.match(scope))
        and (cue not in ("not", "never") or _AUXILIARY_BEFORE.search(lowered, before, start))
    ):
        return True
    return "still" in lowered[before:start] and (
        _STILL_BEFORE.search(lowered, before, end) is not None
    )


# Twentieth pass, part L: a word is three or more letters of any script (it was [a-z]{3,}, which
# cut "können" to "nnen" and gave Russian, Greek, Arabic or Hindi no mark at all); on lowered
# ASCII text the class is [a-z], so ASCII words are marked as before. The vowel signs of the
# Indic scripts count as letters (as rejectwatch.model.features.INDIC_MARKS: they are no \w to
# re, and a Hindi word would be cut at each). The scripts written without spaces are left out
# as before: a run of Han or kana would be a whole clause, which the token path reads as its
# character pairs (features.cjk_pairs, the prefix lost), and Thai, Lao, Myanmar and Khmer
# words cut at their marks are fragments.
_NO_SPACES = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_NO_SPACES += "\uf900-\ufaff\U00020000-\U0003ffff"
_INDIC_MARKS = "".join(
    chr(code) for code in range(0x0900, 0x0E00) if unicodedata.category(chr(code)) in ("Mn", "Mc")
)
_WORD = re.compile(f"(?:[^\\W\\d_{_NO_SPACES}]|[{_INDIC_MARKS}]){{3,}}")
# (twenty-sixth pass, part S: in ASCII text the class's letters are [A-Za-z], so an ASCII
# scope's words are found by the plain class, negations_abroad.ASCII_WORD)
_ASCII_WORD = negations_abroad.ASCII_WORD


def _words(text: str) -> list[str]:
    """``_WORD.findall(text)``, by _ASCII_WORD in ASCII text."""
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


_SKIP_WORDS = (
    "the and that this with for your you our are was were been have has had will would able "
    "any these those from into about its their them they which who whom"
)
_SKIP = frozenset(_SKIP_WORDS.split())
_SCOPE = 5
_STOPS = (".", "!", "?", "\n")  # where a sentence ends, roughly


def _automaton(
    groups: tuple[tuple[tuple[str, ...], int], ...],
) -> tuple[Phrases, tuple[tuple[int, ...], ...]]:
    """One Aho-Corasick automaton over every cue (rejectwatch.model.phrases), and each cue's
    kinds by its index; the contracted negations ("can't", "won\u2019t", ...) are cues too.
    One pass over a message finds them all: 56 str.find passes cost three times as much."""
    table: dict[str, list[int]] = {}
    for cues, kind in groups:
        for cue in cues:
            table.setdefault(cue, []).append(kind)
    for stem in _CONTRACTED:
        for apostrophe in _APOSTROPHES:
            table.setdefault(f"{stem}{apostrophe}t", []).append(_NEGATION)
        # seventh pass: typed on a phone, without the apostrophe ("we wont be offering u the
        # job", "didnt make it"); "cant" and "wont" are rare as words of their own
        table.setdefault(f"{stem}t", []).append(_NEGATION)
    return Phrases(list(table)), tuple(tuple(sorted(set(kinds))) for kinds in table.values())


_CUE_AUTOMATON, _CUE_KINDS = _automaton(
    ((_CUES, _NEGATION), (_DECISION_CUES, _DECISION), (_FOR_READER_CUES, _YES))
)


def _cue_ends(lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, kind) of every whole-word cue in ``lowered``, in text order; kind is
    _NEGATION, _DECISION or _YES."""
    return _whole_word_cues(lowered, _CUE_AUTOMATON.find(lowered), _CUE_KINDS)


def _whole_word_cues(
    lowered: str, found: list[tuple[int, int, int]], kinds_of: tuple[tuple[int, ...], ...]
) -> list[tuple[int, int, int]]:
    """(start, end, kind) of each phrase ``found`` in ``lowered`` (start, end, index) that
    stands as a whole word (no letter or digit beside it), for each of its kinds
    (``kinds_of[index]``), in text order. One loop over all of them (hot path: a call a
    phrase cost more)."""
    cues: list[tuple[int, int, int]] = []
    size = len(lowered)
    for start, end, index in found:
        kinds = kinds_of[index]
        if (
            kinds
            and (start == 0 or not lowered[start - 1].isalnum())
            and (end >= size or not lowered[end].isalnum())
        ):
            cues.extend((start, end, kind) for kind in kinds)
    cues.sort()
    return cues


def has_cue(text: str) -> bool:
    """Does ``text`` hold any cue (negation, decision, decision for the reader)? What
    read_cues would find a sentence for, without reading the sentences."""
    return bool(_cue_ends(text.lower()))


def _sentence_start(lowered: str, at: int) -> int:
    """Where the sentence holding position ``at`` starts (see _STOPS; spelt out: hot path)."""
    dot = lowered.rfind(".", 0, at)
    # (fortieth pass: the dot of a title before a name ends no sentence, "the post has been
    # handed to Mr. Negi, who …", _title_dot)
    while dot > 0 and _inner_stop(lowered, dot):
        dot = lowered.rfind(".", 0, dot)
    return (
        max(
            dot,
            lowered.rfind("!", 0, at),
            lowered.rfind("?", 0, at),
            lowered.rfind("\n", 0, at),
        )
        + 1
    )


def _sentence_end(lowered: str, at: int) -> int:
    """Where the sentence holding position ``at`` ends: the next stop, or the text's end."""
    # (seventeenth pass: one search for the first stop, not a find of each, which ran to the
    # text's end for the stops it lacks: 1.5 -> 0.8 us a call on corpus texts)
    found = _STOP.search(lowered, at)
    if found is None:
        return len(lowered)
    end = found.start()
    while _inner_stop(lowered, end):
        found = _STOP.search(lowered, end + 1)
        if found is None:
            return len(lowered)
        end = found.start()
    return end


_STOP = re.compile("[" + "".join(map(re.escape, _STOPS)) + "]")
# (fortieth pass) a title's dot before a name ends no sentence: "mr." after no letter and
# before a space and a letter ("handed to Mr. Negi, who …", "é o Sr. Baptista, que …");
# "summer." and "Jones Dr." at a line's end still end one (rejectwatch.model.sentence_gate
# splits sentences the same way). Asked of each dot found, not written into _STOP: its
# lookbehinds slowed every sentence search (read_cues 182 -> 223 us a corpus text with this
# pass's readings)
# (sixty-first pass: and the titles of engineers, captains and clergy before a name, "The management
# selected Eng. Ahmed Nabil for the Site Engineer position", slice 153's Egyptian-English replies)
TITLES = (
    "mr",
    "mrs",
    "ms",
    "mx",
    "dr",
    "dra",
    "prof",
    "sr",
    "sra",
    "srta",
    "eng",
    "engr",
    "capt",
    "rev",
)
_TITLE_SET = frozenset(TITLES)
# (each title's last two letters: a dot after none of them is asked no more, the hot path)
_TITLE_ENDS = frozenset(title[-2:] for title in TITLES)


def _inner_stop(lowered: str, dot: int) -> bool:
    """Does the stop at ``dot`` end no sentence: a title's dot before a name, or a decimal
    point? (_sentence_start and _sentence_end ask it of each stop they find.)"""
    return (lowered[dot - 2 : dot] in _TITLE_ENDS and _title_dot(lowered, dot)) or _decimal_dot(
        lowered, dot
    )


def _decimal_dot(lowered: str, dot: int) -> bool:
    """Is the stop at ``dot`` a decimal point ("marks: 41.5/100; cut-off …", forty-third
    pass)? A dot between two digits ends no sentence (the sentence gate splits only at a dot
    before a space)."""
    return (
        dot > 0
        and lowered[dot] == "."
        and lowered[dot - 1 : dot].isdigit()
        and lowered[dot + 1 : dot + 2].isdigit()
    )


def _title_dot(lowered: str, dot: int) -> bool:
    """Is the stop at ``dot`` a title's dot before a name ("mr. n")?"""
    if lowered[dot : dot + 2] != ". " or not lowered[dot + 2 : dot + 3].isalpha():
        return False
    start = dot
    while start > 0 and dot - start < 5 and lowered[start - 1].isalpha():
        start -= 1
    return lowered[start:dot] in _TITLE_SET and not (start > 0 and lowered[start - 1].isalpha())


def _prefixed(prefix: str, sentence: str) -> str:
    return " ".join(prefix + word for word in _words(sentence))


def _quoted(lowered: str, left: int, at: int) -> bool:
    """Does position ``at`` sit inside quotation marks opened in its sentence, not as a
    status label? ("Every job seeker hears "unfortunately, we have decided to move forward
    with other candidates"" reports a refusal, it gives none; 'Status: "Not selected"' is
    one.)"""
    # twentieth pass, part E: a label the portal will show ("the dashboard will show 'Not
    # Progressing'"), in any quotation marks: a decision still ahead
    if told_ahead.label_ahead(lowered, left, at):
        return True
    straight = lowered.count('"', left, at)
    curly = lowered.count("\u201c", left, at) - lowered.count("\u201d", left, at)
    if straight % 2 == 0 and curly <= 0:
        return False
    # fourteenth pass: a whole paragraph in quotation marks is the sender's message relayed
    # (a calendar's "Message from organiser:", a portal's "You have 1 new message"), not a
    # refusal reported
    if _RELAYED.match(lowered, lowered.rfind("\n", 0, left) + 1):
        return False
    # (sixty-fourth pass: nor a portal's label shown for the post, 'Candidate Hub lists Loom
    # Fitter as "Closed - Alternate Applicant Selected", meaning your file stops here', slice 180)
    return _STATUS.search(lowered, left, at) is None and _LABELLED.search(lowered, left, at) is None


# (a label opened right after "as", "shows", "reads", "flagged", "marked", with the cue inside it)
_LABELLED = re.compile(
    r"\b(?:as|shows?|showing|shown|reads?|flagged|labell?ed|tagged|marked)[ \t]*[\"\u201c]"
    r"[^\"\u201c\u201d\n]{0,60}$"
)


# A paragraph opened by a quotation mark and closed by one at its end (fourteenth pass), or
# by a platform's label for the message it relays before it (twenty-fourth pass, part B: a
# document's 'Comment: "…"', a gig site's 'Client's note: "…"', 'Message from the yard: "…"';
# twenty-seventh pass, part E: a page's 'Balsam Hollow Tree Farm replied: "…"', an e-sign's
# 'Reason given: "…"', decisions_small_posts; part K: a page's "X replied:" or "X wrote:" only
# before a message that opens by addressing the reader, 'Hi Cathal!', 'Sorry Lou,': a complaint,
# a colleague's note or the reader's own question quoted in a thread, 'Mrs Okafor wrote: "I was
# told the job went to another applicant …"', stays a quotation)
_RELAYED = re.compile(
    r"[ \t]*(?:(?:(?:[a-z'\u2019]+ ){0,3}(?:comment|note|message|reply|feedback|response"
    # (thirty-seventh pass: a courier's "Remarks from shipper:"; fortieth pass: a payment's
    # "Reference:" or "Memo:", the payer's words)
    r"|remarks?|reference|memo)"
    r"(?: from (?:[a-z'\u2019]+ ){0,3}?[a-z'\u2019]+)?"
    r"|(?:(?:[a-z'\u2019&\-]+ ){1,5}(?:replied|wrote|writes)"
    # (thirty-seventh pass: and a chat app's bare sender label, 'Donal Kavanagh: "Hi Karthik, …"',
    # "Mei Ling Goh (manager) wrote to you:", before a message that opens by addressing the reader)
    r"|(?:[a-z'\u2019&\-]+ ){0,3}[a-z'\u2019&\-]+(?: \([a-z ]{2,20}\))?(?: wrote to you)?)"
    r"(?=:[ \t]*[\"\u201c](?!(?:hi|hello|hey|dear|morning) (?:team|all|"
    r"everyone|everybody|folks|guys|both)\b)(?:hi|hello|hey|hiya|dear|morning|afternoon|"
    r"evening|sorry|apologies|thanks|thank you|cheers|unfortunately|afraid|good (?:morning|"
    r"afternoon|evening))\b)|reason(?: given| for (?:voiding|declining|cancelling))?):[ \t]*)?"
    r"[\"\u201c][^\"\u201c\u201d\n]{20,}[\"\u201d][ \t]*(?:\n|$)"
)


def _kept(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] keep the reader wanted or moved, or make its
    choice of someone only on a condition (twenty-third pass, part Q, reader_kept), or reveal
    the reader as the one chosen (twenty-fourth pass, part P, decisions_after), or turn to offer
    the reader another post (part T)?"""
    return (
        reader_kept.READER_KEPT.search(lowered, left, right) is not None
        or reader_kept.CHOICE_ON_CONDITION.search(lowered, left, right) is not None
        # (twenty-fourth pass, part P: the one chosen revealed as the reader, "That candidate
        # is you", decisions_after)
        or decisions_after.revealed_as_reader(lowered, left, right)
        # (twenty-fourth pass, part T: or turns to offer the reader another post, "they took
        # the other guy for Jurong, but for Tampines they want you", decisions_after)
        or decisions_after.turned_to_reader(lowered, left, right)
        # (twenty-seventh pass, part K3: or is a current worker's rota, "we picked someone who
        # knows the till to train you on Saturday", reader_kept)
        or reader_kept.on_the_rota(lowered, left, right)
    )


# ... or a time when someone else is yet to be chosen ("Your status changes to Closed only when
# another candidate accepts the post": a confirmation's promise)
_WHEN_ANOTHER = re.compile(
    r"\b(?:when|once|whenever|as soon as|until|if) (?:another|a different|some other|someone "
    r"else|somebody else|the other) (?:[a-z\-]+ )?(?:accepts|takes|gets|fills|signs|is (?:picked|"
    r"chosen|selected|hired|appointed|offered)|has been (?:picked|chosen|selected|hired|"
    r"appointed))\b"
)


def _unconditional_end(lowered: str, decision: int, right: int) -> int:
    """Where the sentence ending at ``right`` stops being read for its decision cue at
    ``decision``: at the first conditional after the cue, or a time when someone else is yet to
    be chosen, else ``right``."""
    found = _CONDITIONAL_FAST.search(lowered, decision, right)
    end = right if found is None else found.start()
    if lowered.find("other", decision, end) < 0 and lowered.find(" else", decision, end) < 0:
        return end
    when = _WHEN_ANOTHER.search(lowered, decision, end)
    return end if when is None else when.start()


def _decided(
    lowered: str, left: int, right: int, negation: bool, third_party_end: int | None = None
) -> str:
    """The token of a decision sentence that is not conditional nor still to come: CHOSE_OTHER
    for a choice naming a third party (and no negation), READER_OUT for the reader left out,
    ROLE_GONE for the post gone, else "". ``third_party_end``: where the decision's own words
    may stand, the third party, the reader left out, the post gone (forty-sixth pass: not in a
    conditional after the decision cue, _unconditional_end); the rest of the sentence is still
    read for what keeps the reader or reverses the decision."""
    end = right if third_party_end is None else third_party_end
    if (
        not negation
        and _third_party_in(lowered, left, end)
        and not _TO_READER.search(lowered, left, right)
        and not _A_CLASS_OF.search(lowered, left, right)
        # (forty-first pass: nor a class named by a score below a cut, "no interview call
        # letter is issued to candidates whose screening score falls below the cut-off")
        and not _BELOW_A_CUT.search(lowered, left, right)
        # (twenty-third pass, part M: a shift gone to a colleague is a rota swap)
        and not third_party.ROTA_SWAP.search(lowered, left, right)
        # (twenty-ninth pass, part K: nor someone taken on to help the reader, "we hired someone
        # new to support you during onboarding")
        and not _READERS_HELPER.search(lowered, left, right)
        # (part K: nor a flat or a trip's spot got first, "someone else got the place because
        # they could move in on the 1st")
        and not _GOT_FIRST.search(lowered, left, right)
        # (part K: nor a thing that went to someone, "the last seat on the coach went to
        # someone who booked earlier"; fortieth pass: nor the reader's application handed on)
        and not third_party.A_THING_WENT.search(lowered, left, right)
        and not third_party.YOURS_WENT.search(lowered, left, right)
        # (fourth round: nor places taken by who queued, "all twelve slots went to members who'd
        # been queuing longer")
        and not third_party.QUEUED.search(lowered, left, right)
        # (twenty-fifth pass, part R: nor "another" before a thing, "we went with another vendor")
        and not third_party.only_things(lowered, left, right, _THIRD_PARTY)
        # (part Q: nor others fitting better with the reader still wanted or moved, nor a
        # choice only on a condition, reader_kept)
        and not _kept(lowered, left, right)
    ):
        return CHOSE_OTHER
    if _EXCLUDED.search(lowered, left, end):
        return READER_OUT
    if (
        _post_gone(lowered, left, end)
        and _ROLE.search(lowered, left, end)
        and not _REVERSED.search(lowered, left, right)
    ):
        return ROLE_GONE
    return ""


def _post_gone(lowered: str, left: int, end: int) -> bool:
    """Does lowered[left:end] say a post is gone (_GONE)? "On hold" only after the post it
    holds (fifty-third pass, fifth round: a status paused, "Stage: On hold - hiring manager
    away", is no post gone; "the vacancy is on hold" is, and so is a post put on hold, "we have
    decided to put on hold the QA Analyst position")."""
    return any(
        gone.group(0) != "on hold"
        or _ROLE.search(lowered, left, gone.start()) is not None
        or _PUT.search(lowered, left, gone.start()) is not None
        for gone in _GONE.finditer(lowered, left, end)
    )


_PUT = re.compile(r"\b(?:put|puts|putting|placed|placing|place)\s+\Z")


# The patterns searched sentence by sentence in every message, searched only where a string
# their matches need stands (rejectwatch.model.prefilter): _PENDING opens with a \b in each of
# its branches, which makes the engine try it at every position (about 0.1 us a character).
# (Twenty-first pass, part O: and branch by branch, _pending: "in the ", "still ", "before ",
# "being " or "decision " stand in most sentences of ham, and each opened the whole alternation
# of 14 branches there.)


class _Branches:
    """``holds(text, pos, endpos)``: does text[pos:endpos] hold a match of ``pattern``? Its
    branches (prefilter.branches) are searched only where one of their own strings stands in
    ``text`` (one answer of prefilter.OPENED for them all), then in the part asked about (a
    match of the alternation is a match of one of its branches, so the answer is the
    pattern's); the whole pattern, prefiltered, where a branch has no strings known."""

    def __init__(
        self, pattern: re.Pattern[str], needs: tuple[tuple[str, str | tuple[str, ...]], ...] = ()
    ) -> None:
        self.whole = Prefiltered(pattern)
        self.parts = parts = tuple(Prefiltered(part) for part in prefilter.branches(pattern))
        self.by_slot = (
            {part.slot: part for part in parts} if all(part.slot >= 0 for part in parts) else None
        )
        self.slots = frozenset(self.by_slot or ())
        # (twenty-sixth pass, part S2: ``needs`` pairs a piece of a branch's source with a
        # string every match of that piece, so of the branch, holds: such a branch is searched
        # only where its string stands in the text, a whole-text test before the search)
        # (twenty-seventh pass, part S: or with one of several strings, and a branch holding
        # several pieces needs one string of each: ``needs`` maps a slot to those groups)
        wanted: dict[int, list[tuple[str, ...]]] = {}
        for piece, strings in needs:
            group = (strings,) if isinstance(strings, str) else strings
            for part in parts:
                if piece in part.pattern.pattern:
                    wanted.setdefault(part.slot, []).append(group)
        self.needs = {slot: tuple(groups) for slot, groups in wanted.items()}

    def holds(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        return self.search(text, pos, endpos) is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """A match in text[pos:endpos] of the first branch that has one there (not always the
        pattern's first match: for the callers that ask only whether one stands), else None."""
        by_slot = self.by_slot
        if by_slot is None:
            return self.whole.search(text, pos, endpos)
        needs = self.needs
        for slot in prefilter.OPENED.open_among(text, self.slots):
            if needs and slot in needs and not _stand_in(needs[slot], text):
                continue
            found = by_slot[slot].search(text, pos, endpos)
            if found is not None:
                return found
        return None


def _stand_in(groups: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Does one string of each group stand in ``text``?"""
    return all(any(string in text for string in group) for group in groups)


_PENDING_BRANCHES = _Branches(_PENDING)
# (twenty-fourth pass, part S: _ABOUT_OTHER's 26 branches, searched only where their own
# strings stand: parts K and R's gate words, "welcom", "we see", "told us", stand in much ham,
# and each opened the whole alternation over the whole message, 0.1 ms a search)
# (twenty-sixth pass, part S2: and its two withdrawals as asked searched only where "withdr"
# stands: every match of _YOURS_WITHDRAWN holds "withdrawn" or "withdr[ae]wn", where the
# prefilter's strings for them, "application" or "withdr", stand in most job mail, and part C's
# gate words, "hiring manager", "recruiter", "interviewer", now bring much of it here: 80 and 30
# us a search over a job message)
# (twenty-seventh pass, part S: and eight more branches each only where a string that every
# match of it holds stands, one rarer than the prefilter's, which stand in much job mail or ham
# ("please ", "thank", "recruiter", "recommended"): parts C and A's staff role and papers asked,
# 4-5 and 1-2 us a job message, "sorry to lose you" 2-9 us a ham message)
_ABOUT_OTHER_PARTS = _Branches(
    _ABOUT_OTHER,
    needs=(
        (_YOURS_WITHDRAWN, "withdr"),
        (r"thanks? (?:you )?for referring\b", "for referring"),
        (
            r"(?:you|you['\u2019]ve|you have) (?:referred|",
            tuple(
                prefix + verb
                for prefix in ("you ", "ve ")
                for verb in ("referred", "recommended", "nominated", "put forward", "introduced")
            ),
        ),
        (r"(?:remove|take) me (?:from|off|out of)", ("remove me ", "take me ")),
        (r"a pity)(?= )\sto lose you", "to lose you"),
        (
            r"(?:make (?:him|her|them) (?:feel )?(?:very |most )?welcome|",
            ("welcom", "say hello to ", "show him ", "show her ", "show them "),
        ),
        (
            r"(?:that )?(?:his|her|their) (?:[\w\-]+ ){0,2}?(?:badges?",
            (" his ", " her ", " their "),
        ),
        (
            r"(?:draft|send(?: out)?|issue|prepare|book|start|",
            ("contract", "offer", "paperwork", "dbs", "reference", "to work", "to-work",
             "onboarding", "induction"),
        ),
        (r"\bas (?:the|an?) (?:listed |named |assigned )?", ("as the ", "as a")),
        (
            r"(?:write to|email|e-mail|ring|phone|thank|tell|",
            ("nominees", "candidates", "applicants", "finalists", "bidders", "tenderers",
             "vendors", "suppliers", "interviewees"),
        ),
    ),
)  # fmt: skip
# (twenty-fifth pass, part S: _OUTCOME_NOT_YET likewise, its 221 branches, the conditional and
# still-to-come words of every language read: 13,067 characters, whose compilation cost
# 12-25 ms of every process that read a decision, where one of English's few branches answers;
# its callers ask only whether it matches, _around and _to_come)
_OUTCOME_NOT_YET_PARTS = _Branches(_OUTCOME_NOT_YET)


class _Conditional:
    """``search(text, pos, endpos)``: a match of _CONDITIONAL that starts where its first match
    in text[pos:endpos] starts: the first match of its branches but the one of "silence"
    (_SILENCE_AHEAD), or of that one where "silence" stands there and its match starts first.
    The first match of an alternation starts where the first of its branches' matches starts.

    Twenty-third pass, part E: the "silence" branch (21,107 of _CONDITIONAL's 25,771
    characters: the apologies it is not) took 20 ms to compile in every process that read a
    message, and few messages hold the word."""

    def __init__(self) -> None:
        self.others = re.compile(_IF + _CONDITIONAL_REST)
        self.silence = re.compile(_SILENCE_AHEAD)
        self.either_way = re.compile(_EITHER_WAY)

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        found = self.others.search(text, pos, endpos)
        # (twenty-ninth pass, part S: the either-way branch, the alternation's last, kept only
        # where it starts first; its matches hold " or not")
        if text.find(" or not", pos, endpos) >= 0:
            either = self.either_way.search(text, pos, endpos)
            if either is not None and (found is None or either.start() < found.start()):
                found = either
        if text.find("silence", pos, found.start() + 7 if found else endpos) < 0:
            return found
        silence = self.silence.search(text, pos, endpos)
        if silence is not None and (found is None or silence.start() < found.start()):
            return silence
        return found


_CONDITIONAL_FAST = _Conditional()


def _pending(lowered: str, left: int, right: int) -> bool:
    """Does lowered[left:right] hold a match of _PENDING (a decision still to be made)? Its
    branches (prefilter.branches) are searched only where one of their own strings stands in
    ``lowered`` (one answer of prefilter.OPENED for them all), then in the sentence (a match of
    the alternation is a match of one of its branches, so the answer is the pattern's)."""
    return _PENDING_BRANCHES.holds(lowered, left, right)


_READER_DECIDED_FAST = Prefiltered(_READER_DECIDED)
_STATUS_FAST = Prefiltered(_STATUS)


# Sixteenth pass: a question that opens on its negation, with no subject or verb before it
# ("Not the right match this time? Your profile stays in our pool", "Not shortlisted on this
# occasion? We'll keep your CV", "No longer want these emails?", "Haven't found your ideal
# role yet?"): a confirmation's "if not", or a footer's, asked. Blind slice 14 left two such
# confirmations in the review band. Its cues are not read at all (read as hyp_, they shut the
# gate for 40 rejections of the corpus whose footers ask "Not happy with something?"). Not a
# question about a refusal given ("would you like feedback on why we didn't progress it?"):
# its negation does not open it.
_ELLIPTICAL = re.compile(
    r"[ \t\u2022*\-]*(?:(?:and|but|so|still) )?(?:not|no|never|didn['\u2019]t|wasn['\u2019]t|"
    r"weren['\u2019]t|haven['\u2019]t|unsuccessful|unlucky)\b[^.!?\n]{0,80}\?"
)


# A clause of what was weighed, opening the sentence (nineteenth pass: "having reflected on how
# the team should look next year, we have chosen ..."): its "should" or "whether" is no condition
# of the decision after it (_first_conditional, _own_clause). (Twentieth pass, part D: and a
# reason, opening the sentence in another language read: "Omdat u nog geen BOA-certificaat heeft,
# gaat u niet door naar de gespreksronde": its "nog geen", not yet, is the reader's, not the
# decision's.)
_HAVING_AHEAD = re.compile(
    r"\s*(?:having|omdat|aangezien|doordat|weil|da (?:sie|du|ihr|ihre|ihnen|dir|es)|parce que|"
    r"puisque|étant donné que|vu que|porque|ya que|puesto que|dado que|poiché|siccome|dato che|"
    r"visto che|uma vez que|já que|visto que|perquè|ja que|ponieważ|eftersom|fordi) "
    r"[^,;:.!?\n]{1,160}, "
)


# Thirtieth pass, part L: a "yet" of a "not … yet" clause holds its own clause only, as part T
# scopes its hyp_ marks: "We have not yet found a role that fits you, and have chosen another
# candidate" gives its choice of another (the sentence was read as undecided as a whole); "we
# have not yet chosen another candidate" stays undecided. A "not … yet" clause is set aside (by
# the still-to-come and undecided checks of _outcomes, _chose_another, _to_come and
# _sentence_line) only when a clause break (a comma, a semicolon, a colon, a dash, "and", "but",
# "so", "as") parts it from the decision read, and its own clause holds a plain negation before
# its "yet".
_YET_BREAK = re.compile(r"[,;:]| (?:and|but|so(?! far)|as(?! yet))\b| [-\u2013\u2014] ")
_NEGATION_BEFORE_YET = re.compile(r"\b(?:not|never|cannot)\b|n['\u2019]t\b")
_YET_WORD = re.compile(r"\byet\b")


def _not_yet_aside(lowered: str, low: int, high: int, at: int) -> list[tuple[int, int]]:
    """The parts of lowered[low:high] left when each "not … yet" clause (a plain negation before
    its "yet" in its own clause) that a clause break parts from the decision read at ``at`` is
    set aside; the whole span when it holds no "yet"."""
    if lowered.find("yet", low, high) < 0:
        return [(low, high)]
    parts: list[tuple[int, int]] = []
    begin = low
    for found in _YET_WORD.finditer(lowered, low, high):
        start, end = found.span()
        clause = low
        for stop in _YET_BREAK.finditer(lowered, low, start):
            clause = stop.end()
        sentence_end = _sentence_end(lowered, end)
        after = _YET_BREAK.search(lowered, end, sentence_end)
        clause_end = sentence_end if after is None else after.start()
        if (
            (at < clause or at >= clause_end)
            and clause >= begin
            and _NEGATION_BEFORE_YET.search(lowered, clause, start) is not None
        ):
            parts.append((begin, clause))
            begin = min(clause_end, high)
    parts.append((begin, high))
    return [(left, right) for left, right in parts if left < right]


def _holds_aside(pattern: Any, lowered: str, low: int, high: int, at: int) -> bool:
    """Does ``pattern`` (a pattern, or _Branches) match in lowered[low:high] outside the "not …
    yet" clauses parted from the decision read at ``at`` (_not_yet_aside)?"""
    search = pattern.holds if isinstance(pattern, _Branches) else pattern.search
    return any(
        search(lowered, left, right) for left, right in _not_yet_aside(lowered, low, high, at)
    )


def _first_conditional(lowered: str, left: int, right: int, first_cue: int = -1) -> int:
    """Where the first conditional of the sentence lowered[left:right] starts (``right`` if it
    has none; -1 when the whole sentence says the decision is still to be made). Callers only
    ask whether it stands before a cue: given ``first_cue``, where the sentence's first cue
    starts, a conditional found before it is answered at once (forty-sixth pass: every cue of
    the sentence is then conditional whether the whole sentence is pending or not, so the
    pending and rule readings, some 25 us a sentence, are not asked)."""
    ahead = _HAVING_AHEAD.match(lowered, left, right)
    found = _CONDITIONAL_FAST.search(
        lowered, _after_topic(lowered, ahead.end() if ahead else left, right), right
    )
    if found is not None and found.start() < first_cue:
        return found.start()
    if _pending(lowered, left, right):
        return -1
    # eighteenth pass, part D: a rule as a whole ("no call by Sunday = we picked someone else",
    # "Not heard back by the 20th? Then the role has gone to another applicant")
    if rules_ahead.rule_sentence(lowered, left, right):
        return -1
    return found.start() if found else right


def _after_topic(lowered: str, left: int, right: int) -> int:
    """Where a sentence's conditions are looked for from, in lowered[left:right]: after a topic
    named by "if you wrote about …:" (thirty-seventh pass, _TOPIC_IF), else ``left``."""
    if lowered.find("if you", left, right) < 0:
        return left
    topic = _TOPIC_IF.search(lowered, left, right)
    return left if topic is None else topic.end()


# Forty-sixth pass: the readings of someone named into a post that ends on a post's head word
# (others_named.HEADED) are searched only in a reply whose subject names a post its body names
# too (_unsought); their opening words (" is ", " will be ", "named ", ...) are not gate words
# of the one pass, which found them about three times a message in every other mail, but are
# found by an automaton of their own in those replies alone (_headed_hits).
_HEADED_ENTRIES = tuple(
    entry for entry, (_, _, pattern) in enumerate(_OUTCOMES) if pattern in others_named.HEADED
)
_HEADED_OPENERS = Phrases(
    sorted({word for entry in _HEADED_ENTRIES for word in _OUTCOMES[entry][1][0]})
)


# The other word groups of the readings before the seventh pass, found by the automaton too
# (their words are rare enough); the seventh pass's other groups hold "not" and "n't", whose
# thousands of hits a message cost more than testing them as substrings once a reading opens.
_FOUND_OUTCOMES = _OUTCOMES[
    : len(_OUTCOMES) - len(plain_outcomes.READINGS + plain_outcomes.LINE_READINGS)
]
_FOUND_GROUPS = frozenset(group for _, groups, _ in _FOUND_OUTCOMES for group in groups[1:])


def _gate_phrases() -> list[str]:
    """The words that open the outcome readings (each reading's first word group, _OUTCOMES;
    and _ABOUT_OTHER_WORDS), found in one pass (rejectwatch.model.phrases) anywhere, even
    inside a word ("reject" in "rejected"). A reading's other groups are tested as substrings
    once it is opened (seventh pass: their common words, "not", "n't", made thousands of
    hits a message)."""
    # (twenty-third pass, part E: in the order first met, not sorted: a sort of the 37,952
    # words cost 25 ms of every process that imports the classifier, and the order of an
    # automaton's phrases changes none of its answers, which list the phrases that end at one
    # place longest first whatever their order; tests/test_phrases.py)
    gate_words = dict.fromkeys(
        word
        for entry, (_, groups, _) in enumerate(_OUTCOMES)
        if entry not in _HEADED_ENTRIES
        for word in groups[0]
    )
    for words in (
        (word for _, groups, _ in _FOUND_OUTCOMES for group in groups[1:] for word in group),
        _ABOUT_OTHER_WORDS,
        third_party.GATE_WORDS,
        announced.WORDS,
    ):
        gate_words.update(dict.fromkeys(words))
    return list(gate_words)


def _gate_words(lowered: str) -> set[str]:
    """Every gate word (of any group of any reading, and _ABOUT_OTHER_WORDS) ``lowered``
    holds (for the tests: the readings themselves test their other groups as substrings)."""
    # nineteenth pass, part F: the other groups' words found in one pass (an automaton built
    # on first use), not 2,909 substring tests (1.1 ms a message; the word-gate test asks
    # this of 5,000 texts)
    global _GROUP_WORDS  # noqa: PLW0603 - built on first use (only tests ask)
    if _GROUP_WORDS is None:
        _GROUP_WORDS = Phrases(
            sorted({word for _, groups, _ in _OUTCOMES for group in groups[1:] for word in group})
        )
    found = {_GROUP_WORDS.phrases[index] for _, _, index in _GROUP_WORDS.find(lowered)}
    return found.union(_gate_hits(lowered))


_GROUP_WORDS: Phrases | None = None


def _gate_hits(lowered: str) -> dict[str, list[int]]:
    """Each gate word ``lowered`` holds, with where it starts."""
    hits: dict[str, list[int]] = {}
    for start, _, index in _ONE_PASS.find(lowered):
        word = _ROLES[index][1]
        if word is not None:
            hits.setdefault(word, []).append(start)
    return hits


# A phrase's roles in the one pass: its kinds as a cue (none if it is not one), itself as a
# gate word (None if not), the slots of the prefiltered patterns that need it (none if not).
_Roles = tuple[tuple[int, ...], str | None, tuple[int, ...]]


def _one_pass() -> tuple[Phrases, tuple[_Roles, ...], int]:
    """One automaton over the cues, the gate words and the strings of the prefiltered
    patterns registered so far (rejectwatch.model.prefilter), each phrase's roles by its
    index, and how many such patterns it covers."""
    roles: dict[str, _Roles] = {
        phrase: (kinds, None, ())
        for phrase, kinds in zip(_CUE_AUTOMATON.phrases, _CUE_KINDS, strict=True)
    }
    for phrase in _gate_phrases():
        known = roles.get(phrase)
        roles[phrase] = ((), phrase, ()) if known is None else (known[0], phrase, ())
    owners, covered = prefilter.OPENED.strings()
    for phrase, slots in owners.items():
        kinds, word, _ = roles.get(phrase, ((), None, ()))
        roles[phrase] = (kinds, word, slots)
    return Phrases(list(roles)), tuple(roles.values()), covered


# s15: read_cues needs the cues, the gate words and where its prefiltered patterns may match
# in every message: one pass finds them all (a pass of an automaton over a message costs about
# 5 us, most of it the same however many phrases it holds)
_ONE_PASS, _ROLES, _COVERED = _one_pass()
# each phrase's slots, for prefilter.OPENED.stands_within
_SLOTS = tuple(slots for _, _, slots in _ROLES)


def _cues_and_hits(
    lowered: str, found: list[tuple[int, int, int]] | None = None
) -> tuple[list[tuple[int, int, int]], dict[str, list[int]]]:
    """``(_cue_ends(lowered), _gate_hits(lowered))`` from one pass (``found``, when the caller
    made it), which also tells the prefiltered patterns whose strings stand in ``lowered``
    (prefilter.OPENED)."""
    hits: dict[str, list[int]] = {}
    opened: set[int] = set()
    cues: list[tuple[int, int, int]] = []
    size = len(lowered)
    if found is None:
        found = _ONE_PASS.find(lowered)
    # (twentieth pass, part F: the whole-word cues read in the same loop, not in a second one
    # over the same matches, _whole_word_cues; 54 -> 39 ms over bench_classify's ham)
    for start, end, index in found:
        kinds, word, slots = _ROLES[index]
        if word is not None:
            hits.setdefault(word, []).append(start)
        if slots:
            opened.update(slots)
        if (
            kinds
            and (start == 0 or not lowered[start - 1].isalnum())
            and (end >= size or not lowered[end].isalnum())
        ):
            for kind in kinds:
                cues.append((start, end, kind))
    cues.sort()
    prefilter.OPENED.remember(lowered, frozenset(opened), _COVERED, found, _SLOTS)
    return cues, hits


def _sentences_holding(
    lowered: str, hits: dict[str, list[int]], words: frozenset[str]
) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``lowered`` that holds one of ``words``, in order."""
    # seventeenth pass: the words the text holds (a few dozen) met with the reading's (up to
    # hundreds), and a sentence found once for all the words in it: every position from one
    # word up to the stop that ends its sentence lies in that sentence (no stop between), so
    # its start and end are the same (a search of every word, and of both ends of the
    # sentence of every hit, cost 33 us a message, a tenth of the readings' time)
    spans: list[tuple[int, int]] = []
    right = -1
    for at in sorted(at for word in hits.keys() & words for at in hits[word]):
        if at > right:
            left, right = _sentence_start(lowered, at), _sentence_end(lowered, at)
            spans.append((left, right))
    return spans


# Which readings (index in _OUTCOMES) each gate word opens: a message's words find the
# readings to run in one pass over the few words it holds, not one set test per reading (with
# the fifth pass's readings that loop cost 4.5 us a message). A reading of several word
# groups is opened by the words of its first group (the rarest, by convention) and run only
# if the message also holds a word of each other group (seventh pass: testing every
# several-group reading on every message cost 10 us once there were twenty of them).
def _gate_entries() -> dict[str, tuple[int, ...]]:
    """Word of a reading's first group -> the readings it opens."""
    # (twenty-third pass, part E: a tuple each, not a set turned into a frozenset: 37,515 words,
    # most opening one reading; 50 -> 12 ms of every import, _outcomes reads them into a set)
    table: dict[str, tuple[int, ...]] = {}
    get = table.get
    for entry, (_, groups, _) in enumerate(_OUTCOMES):
        if entry in _HEADED_ENTRIES:  # (opened by _headed_hits)
            continue
        for word in groups[0]:
            table[word] = (*get(word, ()), entry)
    return table


_GATE_ENTRIES = _gate_entries()
# each reading's opening words (its first group) as a set, for the readings searched in the
# sentences that hold one (_IN_SENTENCE)
_OPENING_WORDS = {entry: frozenset(_OUTCOMES[entry][1][0]) for entry in _IN_SENTENCE}
# The other word groups of the readings gated by several (each needs a word of every group):
# (found by the one pass?, the group's words, an automaton of them for a group of GROUP_PASS
# words or more that the one pass does not find, else None).
# Twentieth pass, part F: such a group is tested by one pass of its own automaton over the text
# (Phrases.occurs_in), not by a substring search of the whole text for each of its words: a
# group of 64 ("forwarded to", "go on to", ...) cost about 0.2 ms a long message where none
# stands. Both answer whether one of the words stands in the text.
GROUP_PASS = 8
_GROUP_PASSES = {
    words: Phrases(sorted(words))
    for words in {
        frozenset(group)
        for _, groups, _ in _OUTCOMES
        for group in groups[1:]
        if group not in _FOUND_GROUPS
    }
    if len(words) >= GROUP_PASS
}
_OTHER_GATES = {
    entry: tuple(
        (
            group in _FOUND_GROUPS,
            frozenset(group),
            None if group in _FOUND_GROUPS else _GROUP_PASSES.get(frozenset(group)),
        )
        for group in groups[1:]
    )
    for entry, (_, groups, _) in enumerate(_OUTCOMES)
    if len(groups) > 1
}


# Eighteenth pass: the readings searched in the whole text (not _IN_SENTENCE) are searched from
# where their first match may start. Every match holds one of the reading's opening words (its
# first group) and spans at most its pattern's greatest width (prefilter.max_width; None: no
# bound), so none starts before the end of the text's first opening word less that width; a
# search from there finds the same matches (a regex tries every position: 25 -> 16 us a
# message of ordinary mail)
_WHOLE_TEXT = {
    entry: (frozenset(groups[0]), prefilter.max_width(pattern))
    for entry, (_, groups, pattern) in enumerate(_OUTCOMES)
    if entry not in _IN_SENTENCE
}


def _first_start(entry: int, hits: dict[str, list[int]]) -> int:
    """Where the first match of the whole-text reading ``entry`` may start in the text of
    ``hits`` (_gate_hits)."""
    words, width = _WHOLE_TEXT[entry]
    if width is None:
        return 0
    first_end = min((min(hits[word]) + len(word) for word in words & hits.keys()), default=0)
    return max(0, first_end - width)


# Seventeenth pass: a clause about the person chosen, after the choice ("chose a candidate with
# more years in the seat, and that's who we'll be welcoming in March", "the role is going to a
# colleague, who will move across next month") tells what that person will do, not a choice
# still to come
# (twenty-fourth pass, part R: and the sender's view of the choice, "we've agreed to go with a
# carer he knows, which we think will be easier on him")
_ABOUT_THE_CHOSEN = re.compile(
    r"\b(?:who|whom)\b|, which (?:we|i) (?:think|feel|believe|reckon|hope|know)\b"
)


# (thirty-seventh pass: what the sender will do because of a choice made, after "so" in a clause
# of its own, "We've taken on Kerenza for the baker role, so I'll remove you from the trial
# group tomorrow", "we've hired Sam, so we'll keep your details on file", is no choice still to
# come)
_CONSEQUENCE_AFTER = re.compile(
    r"[,;] (?:and )?so (?:i|we)(?:['\u2019]ll| will| shall|['\u2019]m going to| am going to|"
    r"['\u2019]re going to| are going to)\b"
    # (third round: or the chosen one's duties ahead, "Priya has accepted the account executive
    # role and will run the media lists"; never the sender's word still to come, "and will let you
    # know")
    r"| and (?:he |she |they )?will (?!(?:let|tell|contact|call|email|e-mail|update|inform) you\b|"
    r"be in touch|get back|decide|review|confirm|write|choose|select|make)"
)


def _before_consequence(lowered: str, end: int, right: int) -> int:
    """Where the sentence of a choice ending at ``end`` stops short of its consequence
    (_CONSEQUENCE_AFTER); ``right``, its end, when it tells none."""
    after = _CONSEQUENCE_AFTER.search(lowered, end, right)
    return right if after is None else after.start()


def _still_to_come_after(lowered: str, end: int, right: int) -> bool:
    """Does a still-to-come word (_NOT_YET) stand between ``end`` (a choice's match) and
    ``right`` (its sentence's end), other than in a clause about the person chosen (one opened
    by "who" before it)?"""
    later = _NOT_YET.search(lowered, end, right)
    return later is not None and _ABOUT_THE_CHOSEN.search(lowered, end, later.start()) is None


# Eighteenth pass: the clause of an outcome reading's match that its conditions are looked
# for in. A clause after the match opened by "but", "although" or "however" is a proposition of
# its own ("we can't offer you the role because of that, but we'd happily look at you again
# for the summer holidays, when the limit doesn't apply"), and so is a reason before "so" or
# "therefore" ("you don't hold that entitlement yet, so the application can't go any further"):
# a condition or a "yet" there does not make the decision still to come. A condition in the
# decision's own clause still does ("we can't offer you a place yet, but ...").
# (twenty-seventh pass, part E: or the reader's details kept for a later season in a clause of
# its own after a semicolon, never a campaign resumed: a call log's "...full for this year;
# number kept for next season only if they ring back in March", decisions_small_posts)
_CONTRAST_AFTER = re.compile(
    r"[,;:] (?:but|although|though|however)\b"
    r"|; (?=[^.!?;\n]*\b(?:number|name|details|cv)\b[^.!?;\n]*\b(?:kept|noted|on file)\b)"
    r"(?=[^.!?;\n]*\bnext (?:season|year|time|summer|winter|spring|autumn|round|intake)\b)"
    r"(?![^.!?;\n]*\b(?:resumes?|resumed|reopens?|restarts?|paused|campaign|funding|budget)\b)"
    # (fifty-ninth pass: nor the reader asked to try again a season later, "No place in the coming
    # cohort is being offered to you; try again next autumn if you'd like", slice 144)
    r"|; (?:do |please )?(?:try|apply|reapply) again (?:next|in|for|from|after) (?:[a-z]+ )?"
    r"(?:season|year|time|summer|winter|spring|autumn|round|intake|cohort|january|september)\b"
)
_CONSEQUENCE_BEFORE = re.compile(
    r"[,;:] (?:and )?(?:so|therefore|which is why|as a result|consequently)\b"
)
# (sixtieth pass, fourth round: a clause before a semicolon is one of its own when the clause
# after it opens a statement of its own, "Your score sat under the line we use when sending names
# to the hiring manager; no further consideration follows", slice 149's notices; never one that
# goes on from a condition or a rule, "…; otherwise …", "…; then assume …", "…; in that case …",
# "…; please take it that …", "…; the rest …")
_SEMICOLON_BEFORE = re.compile(
    r"; (?!(?:otherwise|then|else|if|unless|or|and|in (?:that|which|this|either) case|either way|"
    r"assume|please|kindly|you (?:can|may|should|could|might|must) (?:assume|take|consider)|"
    r"take it|consider|failing (?:that|which|this)|after (?:that|which)|until|till|when|once|"
    r"only|those|anyone|everyone|applicants|candidates|others|the (?:rest|others))\b)"
)


# (thirty-seventh pass: a condition that only names what the reader wrote about, before a colon,
# "If you wrote about the process server vacancy: it has been filled", an auto-reply's topic)
_TOPIC_IF = re.compile(
    r"\bif (?:you|you['\u2019]re|you are|you['\u2019]ve) (?:wrote|write|writing|written|emailed|"
    r"e-mailed|emailing|messaged|messaging|applied|applying|called|calling|rang|phoned|asked|"
    r"asking|enquired|enquiring|inquired|inquiring|contacted|contacting) (?:us |me )?(?:about|for|"
    r"re|regarding|after|concerning) [^.!?\n:;]{1,60}:"
)


def _own_clause(lowered: str, left: int, right: int, match: re.Match[str]) -> tuple[int, int]:
    """The span of lowered[left:right] (a sentence) left once a reason before "so" or a
    "having ..." clause ahead of ``match``, a topic named by "if you wrote about …:" ahead of it,
    a clause of its own before a semicolon ahead of it, and a clause after "but" behind it are
    cut off."""
    ahead = _HAVING_AHEAD.match(lowered, left)
    own_left = ahead.end() - 1 if ahead and ahead.end() <= match.start() else left
    own_left = max(own_left, _after_topic(lowered, left, match.start()))
    for before in _CONSEQUENCE_BEFORE.finditer(lowered, left, match.end()):
        if before.start() >= match.start():
            break
        own_left = before.start() + 1
    for semicolon in _SEMICOLON_BEFORE.finditer(lowered, own_left, match.start()):
        own_left = semicolon.start() + 1
    after = _CONTRAST_AFTER.search(lowered, match.end(), right)
    return own_left, after.start() if after else right


def _around(
    pattern: re.Pattern[str] | _Conditional | _Branches,
    lowered: str,
    span: tuple[int, int],
    match: re.Match[str],
    *,
    own: bool,
) -> bool:
    """Does ``pattern`` match in ``span`` of ``lowered`` (with ``own``: outside ``match``)?"""
    left, right = span
    if not own:
        return pattern.search(lowered, left, right) is not None
    return (
        pattern.search(lowered, left, match.start()) is not None
        or pattern.search(lowered, match.end(), right) is not None
    )


def _around_aside(
    pattern: _Branches, lowered: str, span: tuple[int, int], match: re.Match[str], *, own: bool
) -> bool:
    """_around, the "not … yet" clauses parted from ``match`` set aside (_not_yet_aside)."""
    left, right = span
    at = match.start()
    if not own:
        return _holds_aside(pattern, lowered, left, right, at)
    return _holds_aside(pattern, lowered, left, at, at) or _holds_aside(
        pattern, lowered, match.end(), right, at
    )


# The readings that _outcomes treats apart, as sets (a test for each match of a reading: a tuple
# compared each of its patterns in turn): the readings whose own words are no condition and
# nothing still to come (decisions_terse; twentieth pass, part A: "until you qualify", "the advice
# was that we should not", places_withheld; twenty-second pass, part F: "stops before the technical
# interview", decisions_ordinary)
_OWN_WORDS = frozenset(
    decisions_terse.OWN_WORDS
    + places_withheld.OWN_WORDS
    + decisions_before.OWN_WORDS
    + decisions_ordinary.OWN_WORDS
    + decisions_hedged.OWN_WORDS
    + decisions_rested.OWN_WORDS
    + decisions_mixed.OWN_WORDS
    + decisions_after.OWN_WORDS
    + decisions_unshortlisted.OWN_WORDS
    + decisions_regretted.OWN_WORDS
    + decisions_referred.OWN_WORDS
    # (twenty-sixth pass, part A: "your journey ends before the assessment centre")
    + decisions_forwarded.OWN_WORDS
    # (twenty-seventh pass, part A: "we're interviewing people whose backgrounds sit nearer",
    # decisions_brief)
    + decisions_brief.OWN_WORDS
    # (twenty-eighth pass, part A: "yours stops before the written exam", decisions_reshaped)
    + decisions_reshaped.OWN_WORDS
    # (thirty-ninth pass: "Kirsten from the chestnut van will be taking the post", insiders_chosen)
    + insiders_chosen.OWN_WORDS
    # (fortieth pass, second round: "we will move forward with an applicant whose …",
    # choices_plain)
    + choices_plain.OWN_WORDS
    # (forty-first pass: "his grandson Lachie will be running the counter from June",
    # posts_given)
    + posts_given.OWN_WORDS
    # (forty-second pass: "our cook's nephew Jibin will be joining the kitchen next week",
    # others_starting)
    + others_starting.OWN_WORDS
    # (forty-fourth pass: "nothing further will come of your application", others_placed)
    + others_placed.OWN_WORDS
    # (forty-fifth pass: "Hilary Denyer will be our Fixtures Secretary", "we will not be needing
    # a kusinera anymore", others_named)
    + others_named.OWN_WORDS
    # (forty-seventh pass: "he'll do Saturdays on the cheese van with me", others_picked)
    + others_picked.OWN_WORDS
)
# (twenty-fourth pass, part P: a post left unfilled after a meeting names the meeting in its own
# leading phrase, decisions_after)
_AFTER_A_DECISION = frozenset(decisions_after.OWN_WORDS)
_SEE_SUBJECT = frozenset(decisions_terse.SEE_SUBJECT_PATTERNS)
# (forty-fourth and forty-fifth passes: someone named into the post a reply's subject names)
_SUBJECT_ROLE = others_placed.SUBJECT_ROLE | others_named.SUBJECT_ROLE
# (thirtieth pass, part L: an outcome told about "it", read only after a sentence about the
# reader's application, decisions_lost)
_AFTER_APPLICATION = frozenset(decisions_lost.AFTER_APPLICATION)
# (twenty-first pass, part B: and a board's column quoted, "moved your card to “not hired”",
# decisions_spoken; twenty-second pass, part A: and a tracker's label quoted, "moved your
# application to “ended by employer”", decisions_heard)
_STANDING = frozenset(
    decisions_terse.STANDING
    + places_withheld.OWN_WORDS
    + decisions_spoken.STANDING
    + decisions_heard.STANDING
    # (twenty-eighth pass, part E: the post given to the other after a reason, "you can't until
    # autumn, so I'm giving it to the other lad", decisions_places_gone)
    + decisions_places_gone.STANDING
    # (forty-first pass: the reader's application marked "Not Selected")
    + (_MARKED_AS,)
    # (fifty-eighth pass: a record flipped to "Closed - Filled by Another Candidate")
    + decisions_ended.STANDING
)
_UNDER_SUBJECT = frozenset(decisions_filled.UNDER_SUBJECT)
_SETTLED_ROWS = frozenset(decisions_settled.ROWS)
# (twenty-fifth pass, part K: a bare "Status: Archived" in a digest or on a vacancy's page,
# decisions_archived)
_BARE_STATUS = decisions_archived.BARE_STATUS


def _holds_each(
    others: tuple[tuple[bool, frozenset[str], Phrases | None], ...],
    present: Collection[str],
    lowered: str,
) -> bool:
    """Does ``lowered`` hold a word of each group of ``others`` (a reading's _OTHER_GATES)? A
    group the one pass finds is met with ``present`` (the gate words the text holds)."""
    for in_hits, group, automaton in others:
        if in_hits:
            if group.isdisjoint(present):
                return False
        elif automaton is not None:
            if not automaton.occurs_in(lowered):
                return False
        elif not any(map(lowered.__contains__, group)):
            return False
    return True


def _unsought(lowered: str) -> frozenset[Any]:
    """The readings kept only beside a reply's subject that ``lowered`` need not be searched
    for: all of them outside a reply, others_named's where the subject names no post the body
    names too (forty-fifth pass: they opened in most mail through " is " and " will be ")."""
    if not others_placed.is_reply(lowered):
        return _SUBJECT_ROLE
    if not others_named.names_a_post(lowered):
        return others_named.HEADED
    return frozenset()


def _opened(
    lowered: str, hits: dict[str, list[int]], unsought: frozenset[Any]
) -> tuple[dict[str, list[int]], set[int]]:
    """The readings (index in _OUTCOMES) the gate words in ``hits`` open, and ``hits`` with the
    HEADED readings' opening words when they are sought (``unsought`` empty, _headed_hits)."""
    run: set[int] = set()
    if not unsought:
        hits = _headed_hits(lowered, hits, run)
    for word in hits:
        run.update(_GATE_ENTRIES.get(word, ()))
    return hits, run


def _headed_hits(lowered: str, hits: dict[str, list[int]], run: set[int]) -> dict[str, list[int]]:
    """``hits`` with the opening words of the HEADED readings that ``lowered`` holds (found by
    their own automaton, _HEADED_OPENERS, as the one pass would find them), the readings they
    open added to ``run``."""
    extra: dict[str, list[int]] = {}
    words = _HEADED_OPENERS.phrases
    for start, _, index in _HEADED_OPENERS.find(lowered):
        word = words[index]
        if word not in hits:
            extra.setdefault(word, []).append(start)
    merged = {**hits, **extra} if extra else hits
    run.update(entry for entry in _HEADED_ENTRIES if not _OPENING_WORDS[entry].isdisjoint(merged))
    return merged


def _outcomes(
    lowered: str,
    hits: dict[str, list[int]] | None = None,
    standing: set[tuple[int, int]] | None = None,
    ruled: set[tuple[int, int]] | None = None,
    *,
    structural: bool = True,
) -> dict[tuple[int, int], str] | None:
    """The sentences of ``lowered`` (by (start, end)) that an outcome reading (_OUTCOMES)
    finds, each with its token, none in a sentence that is conditional, still to come,
    reported in quotes or the reader's own decision; None for a message about someone else's
    candidacy (or a withdrawal the reader asked for), where no status is the reader's.
    ``hits``: _gate_hits(lowered), when the caller has it; ``standing`` gets the sentences
    read by a reading that stands though their first cue reads as conditional
    (decisions_terse.STANDING); ``ruled`` the sentences a reading found that are rules about a
    decision still ahead as a whole (rules_ahead.rule_sentence). ``structural``: also the
    structural reading of someone else chosen (_chose_another), which finds "another" beside a
    verb in any prose; reads_a_reader_decision asks without it."""
    if hits is None:
        hits = _gate_hits(lowered)
    present = hits.keys()
    if not present.isdisjoint(_ABOUT_OTHER_WORD_SET) and _ABOUT_OTHER_PARTS.holds(lowered):
        return None
    found: dict[tuple[int, int], str] = {}
    unsought = _unsought(lowered)
    hits, run = _opened(lowered, hits, unsought)
    present = hits.keys()
    for entry in sorted(run):
        others = _OTHER_GATES.get(entry)
        if others is not None and not _holds_each(others, present, lowered):
            continue
        token, _, pattern = _OUTCOMES[entry]
        # (forty-fifth pass: a reading kept only beside a reply's subject is searched only there)
        if pattern in unsought:
            continue
        if entry in _IN_SENTENCE:
            matches = [
                match
                for left, right in _sentences_holding(lowered, hits, _OPENING_WORDS[entry])
                for match in pattern.finditer(lowered, left, right)
            ]
        else:
            matches = list(pattern.finditer(lowered, _first_start(entry, hits)))
        for match in matches:
            left = _sentence_start(lowered, match.start())
            right = _sentence_end(lowered, match.start())
            if (left, right) in found or _quoted(lowered, left, match.start()):
                continue
            # (eighteenth pass: a condition in a clause of its own after "but", or a reason
            # before "so", is not the decision's own, _own_clause)
            own_left, own_right = _own_clause(lowered, left, right, match)
            # (nineteenth pass, part I: a reading whose own words are an "if" or a "will", "if
            # we part ways on this one", is looked at around its match only; one pointing at the
            # subject is read only when the subject refuses, decisions_terse)
            own = pattern in _OWN_WORDS
            if (
                _around(_CONDITIONAL_FAST, lowered, (own_left, own_right), match, own=own)
                or rules_ahead.rule_sentence(lowered, left, right)
                or _pending(lowered, left, right)
                # (thirtieth pass, part L: a "not … yet" clause parted from the match holds its own
                # clause only, "we have not yet found a role that fits you, and have chosen
                # another candidate", _not_yet_aside)
                or _around_aside(
                    _OUTCOME_NOT_YET_PARTS, lowered, (own_left, own_right), match, own=own
                )
                # (twenty-seventh pass, part A: the other of two alternatives a letter still to
                # come will bring, "you'll hear from us: either with an invitation, or to tell you
                # the post has gone to another applicant", told_ahead)
                or told_ahead.alternative_ahead(lowered, left, own_left, match.start())
                or (pattern in _SEE_SUBJECT and not decisions_terse.subject_refuses(lowered))
                # (forty-fourth and forty-fifth passes: someone named into the post a reply's
                # subject names)
                or (pattern in _SUBJECT_ROLE and not others_placed.role_in_subject(lowered, match))
                # (thirty-eighth pass: a score and a cut, read only when the score is the lower)
                or (pattern in scores_below.PATTERNS and not scores_below.below(match))
                or (
                    pattern in _AFTER_APPLICATION
                    and not decisions_lost.after_application(lowered, left, match.start())
                )
                # (twentieth pass, part B: a regret or a wish under a subject that refuses the
                # reader, decisions_filled)
                or (pattern in _UNDER_SUBJECT and not decisions_filled.under_refusal(lowered))
                # (twenty-second pass, part G: news told to staff before a choice, or no reason
                # about a person before "that's us done", decisions_heard)
                or decisions_heard.told_otherwise(pattern, lowered, left, match.start())
                or _READER_DECIDED_FAST.search(lowered, left, right)
                # (twentieth pass, part J: a payment's status row, a date refused with another
                # proposed: other mail, other_mail)
                or (
                    token == STATUS_REFUSED
                    and other_mail.a_payment_row(lowered, match.start(), match.end())
                )
                or (token == READER_OUT and other_mail.another_date(lowered, match.end(), right))
                or (
                    token == ROLE_GONE
                    and pattern not in _AFTER_A_DECISION
                    and _about_a_meeting(lowered, left, right)
                )
                # (twenty-fourth pass, part P: an offer disclaimed beside an invitation, the
                # reader moved on past the list, decisions_after)
                or (
                    token == READER_OUT
                    and (
                        decisions_after.offer_disclaimed(
                            lowered, left, right, match.start(), match.end()
                        )
                        or decisions_after.reader_moved_on(lowered, match.end(), right)
                    )
                )
                # (twenty-fourth pass, part T: and the reader out, then offered another post
                # or wanted all the same in the sentence, decisions_after; another chosen: _kept)
                or (
                    token == READER_OUT
                    and decisions_after.turned_to_reader(lowered, match.end(), right)
                )
                # (twenty-fourth pass, part M: a hold its paragraph takes back, decisions_mixed)
                or (
                    pattern in decisions_mixed.PAUSES
                    and decisions_mixed.pause_taken_back(lowered, match.end())
                )
                # (twenty-third pass, part Q: the reader still wanted or moved, a choice only on
                # a condition, a treat passed on, reader_kept)
                or (token == CHOSE_OTHER and _kept(lowered, left, right))
                # (sixty-first pass: nor someone taken on as the reader's own mentor or contact)
                or (token == CHOSE_OTHER and _READERS_HELPER.search(lowered, left, right))
                # (twenty-seventh pass, part K3: and every token in a current worker's rota, "we're
                # fully staffed for the season but could still use you on Sundays", reader_kept)
                or reader_kept.on_the_rota(lowered, left, right)
                or (token == READER_OUT and reader_kept.treat_passed(lowered, left, right, match))
                # (forty-first pass: a class named by a score below a cut is a rule, "no call
                # letter is issued to a candidate whose written score falls below the cut-off")
                or (token == READER_OUT and _BELOW_A_CUT.search(lowered, left, match.end()))
                # (twenty-seventh pass, part K: a full team the reader is on, decisions_taken)
                or (token == ROLE_GONE and decisions_taken.reader_on_it(lowered, left, right))
                # sixteenth pass: a refused row beside a step for the reader
                or (pattern is stated_outcomes.STATUS_ROW and stated_outcomes.lists_a_step(lowered))
                # (sixty-second pass: nor a row of statuses that may come, "Could later show |
                # Interview / Not progressed", stated_outcomes)
                or (
                    pattern is stated_outcomes.STATUS_ROW
                    and stated_outcomes.a_possible_row(lowered, match.start(), match.end())
                )
                # (nineteenth pass: and a status cell or a tracker's trail, decisions_settled)
                or (pattern in _SETTLED_ROWS and decisions_settled.beside_a_step(pattern, lowered))
                or (pattern in _BARE_STATUS and decisions_archived.not_the_readers(lowered))
                # "candidates with stronger profiles will be contacted": still to come
                # (thirteenth pass: not the reading's own announced choice, "they're going to
                # run with Lachlan": only what stands around the match may say so)
                or (
                    token == CHOSE_OTHER
                    and (
                        _holds_aside(_NOT_YET, lowered, own_left, match.start(), match.start())
                        # (forty-first pass: nor the reader's application handed on to someone
                        # named, "your application for the role has been handed to Priya, who
                        # leads the team")
                        or third_party.YOURS_WENT.search(lowered, left, match.end()) is not None
                        or _still_to_come_after(
                            lowered, match.end(), _before_consequence(lowered, match.end(), right)
                        )
                        # eighteenth pass, part D: another round's choice, or a habit
                        or rules_ahead.another_time(lowered, left, right)
                    )
                )
            ):
                _note_rule(lowered, left, right, ruled)
                continue
            found[(left, right)] = token
            if standing is not None and pattern in _STANDING:
                standing.add((left, right))
    # ninth pass: someone else chosen, read by the sentence's structure (sixty-first pass: not
    # when only the readings' own words are asked, reads_a_reader_decision)
    if structural:
        _chose_another(lowered, found, hits, ruled)
    return found


# the words of the reading of someone else chosen: 1 English, 2 another language, 3 only the
# tenth pass's announced choice (rejectwatch.model.announced)
_THIRD_PARTY_WORDS = {
    **dict.fromkeys(announced.WORDS, 3),
    **dict.fromkeys(third_party.OTHER_WORDS, 2),
    **dict.fromkeys(third_party.ENGLISH_WORDS, 1),
}
# where a clause starts, for the still-to-come words before a choice ("I wanted to close the
# loop before the holiday: the director selected a candidate whose ...")
_CLAUSE_BREAKS = (":", ";", " - ", " – ", " — ")


def _chose_another(
    lowered: str,
    found: dict[tuple[int, int], str],
    hits: dict[str, list[int]] | None = None,
    ruled: set[tuple[int, int]] | None = None,
) -> None:
    """Add to ``found`` (the outcome readings' sentences) each sentence read as someone else
    chosen by its structure (rejectwatch.model.third_party, ninth pass), under the outcome
    readings' checks: no conditional, nothing pending, still to come before the choice in
    its clause, reported in quotes, or the reader's own decision; and no question (``ruled``
    gets the sentences turned away as rules, _outcomes)."""
    if hits is None:
        hits = _gate_hits(lowered)
    # each sentence holding a word of the reading: where its English words stand, and
    # whether it holds a word of another language
    marked = sorted(
        (at, word) for word in _THIRD_PARTY_WORDS.keys() & hits.keys() for at in hits[word]
    )
    sentences: dict[tuple[int, int], tuple[list[tuple[int, str]], list[bool]]] = {}
    left = right = -1
    for at, word in marked:
        if at >= right:
            left, right = _sentence_start(lowered, at), _sentence_end(lowered, at)
        english, other = sentences.setdefault((left, right), ([], [False]))
        if _THIRD_PARTY_WORDS[word] == 1:
            english.append((at, word))
        elif _THIRD_PARTY_WORDS[word] == 2:
            other[0] = True
    for (left, whole), (english, other) in sentences.items():
        if (left, whole) in found:
            continue
        # (twenty-eighth pass, part F: a question may close a statement, a recruiter's decision
        # and next role in one sentence, "they went for someone who knows Sage, but there's a
        # role in Swords that suits you, free for a call?": the statement before the question's
        # own clause is read, as _only_asked reads it; a sentence that asks it all is not)
        right = _stated_end(lowered, left, whole)
        if right < 0:
            continue
        words = [(at, word) for at, word in english if at < right]
        stop = third_party.chose_another(lowered, left, right, words, other=other[0])
        # fifteenth pass: a choice the structural reading finds behind its own announcement
        # ("we're going to bring on someone who's ...") is read as announced
        if stop >= 0 and _to_come(lowered, left, stop):
            stop = -1
        # tenth pass: or announced as it happens ("the role is going to somebody else", "they
        # will be continuing with two other finalists"): only what stands before its verb may
        # say it is still to come
        verb, _ = announced.choice(lowered, left, right) if stop < 0 else (-1, -1)
        if stop < 0 and (verb < 0 or _to_come(lowered, left, verb)):
            continue
        if (
            _CONDITIONAL_FAST.search(lowered, left, right)
            or rules_ahead.rule_sentence(lowered, left, right)
            or rules_ahead.another_time(lowered, left, right)
            or _PENDING.search(lowered, left, right)
            or _holds_aside(_UNDECIDED, lowered, left, right, stop if stop >= 0 else verb)
            or _READER_DECIDED.search(lowered, left, right)
        ):
            _note_rule(lowered, left, right, ruled)
            continue
        # (twenty-third pass, part Q; sixty-first pass: nor someone taken on as the reader's
        # mentor or contact, as _decided reads it, "someone has been hired as your mentor")
        if _kept(lowered, left, right) or _READERS_HELPER.search(lowered, left, right):
            continue
        found[(left, whole)] = CHOSE_OTHER


def _stated_end(lowered: str, left: int, right: int) -> int:
    """Where the statement of the sentence lowered[left:right] ends: ``right`` for a sentence
    that asks nothing, the end of the statement before a question's own clause
    (_statement_of), -1 for a question that asks it all."""
    if not lowered.startswith("?", right):
        return right
    statement = _statement_of(lowered, left, right) or ""
    return left + len(statement) if statement.strip() else -1


def _note_rule(lowered: str, left: int, right: int, ruled: set[tuple[int, int]] | None) -> None:
    """Add the sentence lowered[left:right], which a reading found a refusal in and turned away,
    to ``ruled`` when it is a rule about a decision still ahead as a whole (twentieth pass, part
    I: its words enter the refusal block as a rule's, _read_lowered)."""
    if ruled is not None and rules_ahead.rule_sentence(lowered, left, right):
        ruled.add((left, right))


def _to_come(lowered: str, left: int, at: int) -> bool:
    """Is a choice read at ``at`` in the sentence starting at ``left`` reported in quotes, or
    still to come by the words before it in its clause?"""
    clause = max(lowered.rfind(stop, left, at) for stop in _CLAUSE_BREAKS)
    clause = left if clause < 0 else clause
    return (
        _quoted(lowered, left, at)
        or _holds_aside(_NOT_YET, lowered, clause, at, at)
        or _holds_aside(_OUTCOME_NOT_YET_PARTS, lowered, clause, at, at)
        # (twenty-seventh pass, part A: or the other of two alternatives a letter still to come
        # will bring, "we'll write again: to arrange a call, or to say we've chosen someone
        # else", told_ahead)
        or told_ahead.alternative_ahead(lowered, left, clause, at)
    )


_A_FINALIST_GROUP = re.compile(
    r"finalists?(?:['\u2019]s?)? (?:group|pool|list|shortlist|round|stage|interviews?|panel|"
    r"day|line-?up|field)\b"
)
# A recruiter's own filling of some post, "Your profile surfaced as I filled a Stock Planner
# opening", "I've just filled two similar roles" (sixty-fifth pass: four recruiters' outreach
# mails filed, slices 191 and 192): no decision on the reader's; the cue's "filled" after "I"
_I_FILLED_ONE = re.compile(
    r"\b(?:i|i['\u2019]ve|i have|i had|i['\u2019]d)(?: just| recently| already| also)? filled "
    r"(?:a|an|one|another|two|three|four|several|some|many|similar)\b"
)


# (twenty-third pass, part H: the others named by a relative clause, the cue in it or opening
# it: "others who fit the brief more closely will be invited too, as may you", "other
# candidates whose skills match more closely will also be shortlisted")
# (the others as "others", "other candidates" only beside the reader: "… too, as may you"; "other
# applicants whose backgrounds suit the requirements better will go forward" is a choice)
_OTHERS_WHO = r"(?:(others|other (?:candidates|applicants|people|profiles))|candidates|applicants) "
_RELATIVE_BEFORE = re.compile(r"\b" + _OTHERS_WHO + r"(?:who|whose|that)\b[^,;:.!?\n]*$")
_RELATIVE_AFTER = re.compile(_OTHERS_WHO + r"(?:who|whose|that)\b")
_BESIDE_THE_READER = re.compile(
    r"\b(?:too|also|as well|alongside you|as may you|and so (?:are|will|may|could) you|you too|"
    r"including you|you included|with you)\b"
)


def _relative_others(lowered: str, decision: int, right: int, left: int) -> bool:
    """Does the decision cue at ``decision`` open or stand in a relative clause naming the others
    (_OTHERS_WHO), "others" or "other candidates" only with the reader beside them?"""
    found = _RELATIVE_AFTER.match(lowered, decision) or (
        _RELATIVE_BEFORE.search(lowered, left, decision) if left >= 0 else None
    )
    return found is not None and (
        found.group(1) is None or _BESIDE_THE_READER.search(lowered, decision, right) is not None
    )


def _whose_clause(lowered: str, decision: int, right: int, left: int = -1) -> int:
    """Where the clause of a decision cue naming the others by what they have (_WHOSE: "applicants
    whose profiles fit better will be contacted") ends, the sentence's ``right`` at most; the cue
    itself (``decision``) for every other cue. (Part H: the others named by a relative clause
    that holds the cue or that the cue opens, the sentence starting at ``left``, are read so.)"""
    if not (
        lowered.startswith(_WHOSE, decision) or _relative_others(lowered, decision, right, left)
    ):
        return decision
    found = _CLAUSE_END.search(lowered, decision, right)
    return right if found is None else found.start()


_CLAUSE_END = re.compile("[,;:]")
# a cue naming a class of applications and what happens to all of them ("closed ones move to
# the archive", "rejected applications are deleted after a year"), never the reader's among
# them ("unsuccessful applications, yours included, are closed")
_A_CLASS_RULED = re.compile(
    r"[a-z\-]+ (?:ones|applications|candidacies|submissions|files|records|requisitions|"
    r"vacancies|postings)(?: (?:are|get|go|move|stay|drop|disappear|will be|are then|get moved|"
    r"are moved|are kept|are deleted|are archived)\b)(?![^.!?\n]{0,60}\byours?\b)"
)


def _sentence_line(
    lowered: str, left: int, right: int, state: list[Any], about_other: bool
) -> tuple[str, str]:
    """The refusal-block line of the cue sentence lowered[left:right] and its shared token
    ("" for none); ``state`` is read_cues' [first cue conditional?, any negation?, any cue of
    a decision for the reader?, first decision cue (-1: none), first cue, every cue a step not
    taken yet?]."""
    conditional, negation, for_reader, decision, first, not_yet = state
    sentence = lowered[left:right]
    if conditional:
        return _prefixed(HYPOTHETICAL, sentence), ""
    if _READER_DECIDED_FAST.search(lowered, left, right):
        return f"{sentence.strip()} {READER_DECIDED}", READER_DECIDED
    if for_reader and not negation:
        return _prefixed(FOR_READER, sentence), ""
    if (
        (negation or decision >= 0)
        and not about_other
        and _STATUS_FAST.search(lowered, left, first)
        # (twentieth pass, part J: not a payment's row, "Card status - rejected", other_mail)
        and not other_mail.a_payment_row(lowered, first, first)
        # "your status will change to Rejected if ...": not a status given
        and not _CONDITIONAL_FAST.search(lowered, left, right)
        and not _NOT_YET.search(lowered, left, right)
        and not _EITHER_OUTCOME.search(lowered, left, right)
        and (negation or not _READER_SELECTED.search(lowered, left, right))
        # (forty-sixth pass, fourth round: nor a status whose decision is still pending, "New
        # status: With the hiring manager - decision pending", slice 66's two status mails filed)
        and not _DECISION_PENDING.search(lowered, left, right)
        # (fifty-third pass, fifth round: nor a status whose only decision cue is a pause, "Stage:
        # On hold - hiring manager away", slice 100's two status mails filed)
        and (negation or not lowered.startswith("on hold", decision))
        # (fifty-fourth pass: nor a status beside a rule for a class its cue names, "Status:
        # Received; closed ones move to the archive after a year")
        and (negation or not _A_CLASS_RULED.match(lowered, decision))
    ):
        return f"{sentence.strip()} {STATUS_REFUSED}", STATUS_REFUSED
    if (
        decision >= 0
        # thirteenth pass: not a group described by its finalists ("we've had an unusually
        # strong finalist group": d12's warm letters whose decision is still to come)
        and not _A_FINALIST_GROUP.match(lowered, decision)
        and not _I_FILLED_ONE.search(lowered, max(left, decision - 20), decision + 40)
        # (eighteenth pass, part D: the others described by what they have name no verb: what
        # follows them in their clause may say the choice is still to come, "applicants whose
        # profiles fit better will be contacted")
        and not _holds_aside(
            _NOT_YET, lowered, left, _whose_clause(lowered, decision, right, left), decision
        )
        # ninth pass: nor behind a conditional that a first, unconditional cue left unread
        # ("so you're not left guessing: if the role is filled, ...")
        and not _CONDITIONAL_FAST.search(lowered, _after_topic(lowered, left, decision), decision)
        and not _holds_aside(_UNDECIDED, lowered, left, right, decision)
        # (twenty-seventh pass, part A: nor the other of two alternatives a letter still to come
        # will bring, "expect an email inviting you to a call or saying we've appointed someone
        # else", told_ahead)
        and not told_ahead.alternative_ahead(lowered, left, left, decision)
        # eighteenth pass, part D: nor another round's choice or a habit ("last year we hired
        # someone else", "we usually go with candidates who ...")
        and not rules_ahead.another_time(lowered, left, right)
        # (forty-sixth pass: nor a policy keeping data until some time after a decision, "We
        # delete applicant data eleven months after a decision": a footer's, slice 64's job
        # alert filed)
        and not _KEPT_UNTIL_AFTER.search(lowered, left, right)
        # (forty-sixth pass, third round: what a conditional after the decision cue governs is
        # no decision given, "The row flips to Closed if another applicant is picked", "… or to
        # Closed should another applicant be picked": read up to it)
        and (
            token := _decided(
                lowered, left, right, negation, _unconditional_end(lowered, decision, right)
            )
        )
        # (twenty-fifth pass, part R: nor another chosen in mail making a colleague's start
        # ready, "the candidate we hired starts Monday ... make sure his badge is ready")
        # (twenty-seventh pass, part C: nor in staff news thanking the colleagues who met the
        # candidates, "We've hired a new Head of People ... Thanks to everyone who met
        # candidates during the search")
        and not (token == CHOSE_OTHER and (_made_ready(lowered) or _colleagues_thanked(lowered)))
        # (twenty-seventh pass, part K3: nor any token in a current worker's rota, "your Sunday
        # job has gone to a colleague while you're on leave", reader_kept)
        and not reader_kept.on_the_rota(lowered, left, right)
    ):
        return f"{sentence.strip()} {token}", token
    # twenty-ninth pass, part T: a sentence whose only cues say a step is not taken yet ("the
    # hiring team has not reviewed your application yet") enters as a conditional's does
    return (_prefixed(HYPOTHETICAL, sentence), "") if not_yet else (sentence.strip(), "")


# A decision still to come, told in a status ("decision pending", "awaiting a decision",
# "pending review")
_DECISION_PENDING = re.compile(
    r"\b(?:decision|outcome|result|review)s? (?:is |are )?(?:still )?(?:pending|awaited|"
    r"outstanding|to come|to follow|in progress|underway|under way)\b"
    r"|\b(?:pending|awaiting) (?:a |the |your |our )?(?:final |hiring |manager['\u2019]s )?"
    r"(?:decision|outcome|review|result)s?\b"
)


# A policy keeping or deleting data for a time after a decision ("We delete applicant data eleven
# months after a decision", "CVs are kept for six months after the hiring decision")
_KEPT_UNTIL_AFTER = re.compile(
    r"\b(?:delete|deletes|deleted|keep|keeps|kept|retain|retains|retained|hold|holds|held|store|"
    r"stores|stored|erase|erases|erased|remove|removes|removed|destroy|destroys|destroyed|purge|"
    r"purges|purged|anonymi[sz]e|anonymi[sz]es|anonymi[sz]ed)\b[^.!?\n]{0,60}?\b(?:data|details|"
    r"information|records?|cvs?|résumés?|resumes?|applications?|files?|profiles?)\b[^.!?\n]{0,60}?"
    r"\b(?:after|following) (?:a|the|our|any|each|every|its|their) (?:final |hiring |recruitment |"
    r"selection )?decision\b"
)


# A line break inside a sentence: after a word or a comma, before a lower-case word (eighth
# pass). A break after a full stop, a blank line or before a capital still ends the sentence.
# (the break first: a pattern opening with a literal is searched for it, ten times faster)
UNWRAP_CHARS = 1500
_SOFT_BREAK = re.compile(r"\n(?<=[A-Za-z0-9,]\n)(?=[a-z])")


def _read_cues_of(lowered: str, cues: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``cues`` (_cue_ends), but for "finalist" naming a group ("an unusually strong finalist
    group") and for what is no choice (_no_choice; eighteenth pass): no decision cue
    (thirteenth pass: d12's warm letters whose decision is still to come entered the refusal
    block on it alone and scored like their rejections); and none in a question that opens on
    its negation (sixteenth pass, _ELLIPTICAL)."""
    last = lowered.rfind("?")
    if last >= 0:
        cues = _unasked(lowered, cues, last)
    # eighteenth pass, part D: the chosen as a class in a process still ahead ("the invitation
    # goes out to selected applicants in January"), or the advert closed to new applications,
    # is no decision cue
    cues = [cue for cue in cues if cue[2] != _DECISION or not _no_choice(lowered, cue[0])]
    if "finalist" not in lowered:
        return cues
    return [
        (start, end, kind)
        for start, end, kind in cues
        if kind != _DECISION or not _A_FINALIST_GROUP.match(lowered, start)
    ]


def _no_choice(lowered: str, at: int) -> bool:
    """Is the decision cue at ``at`` no choice (rules_ahead.no_choice, choice_made)?"""
    found = rules_ahead.no_choice(lowered, at)
    if found is None:
        return not rules_ahead.choice_made(
            lowered, _sentence_start(lowered, at), _sentence_end(lowered, at)
        )
    return found


def _unasked(
    lowered: str, cues: list[tuple[int, int, int]], last: int
) -> list[tuple[int, int, int]]:
    """``cues`` but those in a question that opens on its negation (_ELLIPTICAL); ``last``:
    where the last "?" of ``lowered`` stands. (p16: a cue after it is in no question, and the
    cues of one sentence share its answer: each sentence is read once.)"""
    kept = []
    first, right, asked = 0, -1, False  # the sentence of the cue read last: [first, right)
    for cue in cues:
        at = cue[0]
        if at > last:  # its sentence ends at no "?"
            kept.append(cue)
            continue
        if not first <= at < right:  # (no stop between first and right: the same sentence)
            first, right = at, _sentence_end(lowered, at)
            asked = (
                lowered.startswith("?", right)
                and _ELLIPTICAL.match(lowered, _sentence_start(lowered, at), right + 1) is not None
            )
        if not asked:
            kept.append(cue)
    return kept


def read_cues(text: str) -> tuple[str, str]:
    """``(marks, sentences)`` from one scan for the cues: ``neg_<word>`` for each content word
    in the scope of each negation cue, space-joined in the order the cues appear; and the
    sentences that hold a cue, lower-cased, one a line, each once. A rejection is usually one
    such sentence in a long letter; the classifier reads these sentences as a block of their
    own (rejectwatch.model.features), so the refusal weighs the same however much thanks and
    boilerplate surround it."""
    return _read_lowered(_cue_text(text))


def reads_a_reader_decision(text: str) -> bool:
    """Do read_cues(text)'s marks hold READER_OUT, ROLE_GONE or STATUS_REFUSED, or does an
    outcome reading find someone else chosen (trim's test of a short paragraph before a footer
    marker)? Those tokens come only from a sentence with a
    cue (_sentence_line) or an outcome reading (_OUTCOMES, opened by a gate word in the
    one pass's hits); the rest of the marks are neg_/hyp_ words, someone else chosen
    (_chose_another) and xaboutother/xthingrefused. A text with no cue and no gate word is
    answered after the one pass (twenty-fifth pass, part S2: most such paragraphs, a
    newsletter's or a text message's "Txt STOP to opt out", hold neither)."""
    lowered = _cue_text(text)
    found = _ONE_PASS.find(lowered)
    cues, hits = _cues_and_hits(lowered, found)
    # (a loop over the few words found: a dict view's isdisjoint with a dict loops over the
    # dict, _GATE_ENTRIES's 37,000 words)
    if not cues and not any(word in _GATE_ENTRIES for word in hits):
        return False
    if not _READER_DECISIONS.isdisjoint(_read_lowered(lowered, found)[0].split()):
        return True
    # (sixty-first pass: or someone else chosen by an outcome reading's own words, never the
    # structural reading's "another" beside a verb: "the team will pursue others instead. Nine
    # months on our Talent Shelf is the default; send UNSHELFME to opt out", slice 153)
    outcomes = _outcomes(lowered, hits, structural=False)
    return outcomes is not None and CHOSE_OTHER in outcomes.values()


_READER_DECISIONS = frozenset((READER_OUT, ROLE_GONE, STATUS_REFUSED))


def read_all_cues(texts: Sequence[str]) -> list[tuple[str, str]]:
    """``[read_cues(text) for text in texts]``, the automaton's pass over every text made in
    one loop first (eighteenth pass: its DFA of 13,000 phrases, 28 MB, stays in the processor's
    cache from one text to the next instead of being read again from memory after each
    message's other work); CHUNK texts at a time, which bounds the memory a big batch holds."""
    read: list[tuple[str, str]] = []
    for first in range(0, len(texts), CHUNK):
        lowered = [_cue_text(text) for text in texts[first : first + CHUNK]]
        found = [_ONE_PASS.find(text) for text in lowered]
        read.extend(_read_lowered(text, its) for text, its in zip(lowered, found, strict=True))
    return read


CHUNK = 256


def _cue_text(text: str) -> str:
    """``text`` as read_cues reads it: lower-cased, soft line breaks read as spaces, a form's
    unticked boxes blank where one is ticked (tick_boxes, twenty-eighth pass, part W)."""
    text = unticked_blanked(text)
    # eighth pass: a line broken inside a sentence (plain text hard-wrapped at 72-80 columns:
    # "we're not taking your\napplication any further") is one sentence; a space for the break
    # keeps every offset
    # (in the first UNWRAP_CHARS only: where a decision stands; joining the long wrapped
    # paragraphs of a mailing list's post cost 15% of read_cues' time for nothing)
    if "\n" in text:
        text = _SOFT_BREAK.sub(" ", text[:UNWRAP_CHARS]) + text[UNWRAP_CHARS:]
    return text.lower()


def _conditional_at(lowered: str, left: int, right: int, start: int) -> bool:
    """Is a cue at ``start`` in the sentence lowered[left:right] read as a conditional's, as
    _read_lowered reads its cues (for negations_abroad's marks)?"""
    return (
        _first_conditional(lowered, left, right, start) < start
        or _quoted(lowered, left, start)
        or _A_CLASS_OF.match(lowered, start) is not None
        or rules_ahead.a_class_before(lowered, left, right, start)
    )


def _read_lowered(lowered: str, found: list[tuple[int, int, int]] | None = None) -> tuple[str, str]:
    """read_cues of the text whose _cue_text is ``lowered`` (``found``: _ONE_PASS.find of it,
    when the caller has it)."""
    marks: list[str] = []
    spans: dict[tuple[int, int], list[Any]] = {}
    left, right, first_conditional = 0, -1, 0  # the sentence of the previous cue
    cues, hits = _cues_and_hits(lowered, found)
    for start, end, kind in _read_cues_of(lowered, cues):
        if start > right:  # a cue in a new sentence (cues come in text order)
            left = _sentence_start(lowered, start)
            right = _sentence_end(lowered, end)
            first_conditional = _first_conditional(lowered, left, right, start)
        conditional = (
            first_conditional < start
            or _quoted(lowered, left, start)
            # ninth pass: a class a policy talks about ("rejected applicants may reapply",
            # "unsuccessful candidates will be notified") is no refusal given
            or _A_CLASS_OF.match(lowered, start) is not None
            # eighteenth pass, part D: nor one defined by the refusal ("applicants who have
            # not been selected are notified through the portal")
            or rules_ahead.a_class_before(lowered, left, right, start)
        )
        if kind == _NEGATION:
            clause = _CLAUSE.match(lowered, end)
            scope = clause.group() if clause else ""
            # "not your current employer until an offer is accepted": a negation that lasts
            # only until something happens is a condition, not a refusal
            # (twentieth pass, part A: not until the reader qualifies, "we cannot add you to the
            # panel until you qualify": the refusal stands now, places_withheld)
            if "until" in scope or "unless" in scope:
                conditional = conditional or (
                    _UNTIL.search(places_withheld.QUALIFIED_UNTIL.sub("", scope)) is not None
                )
            # fourteenth pass: "a referred status does not mean you have been selected" says
            # what a status means, it gives no decision
            conditional = conditional or _NOT_MEANING.match(scope) is not None
            words = _words(scope)
            not_yet = _a_step_not_taken(lowered, left, start, end, scope)
            mark = HYPOTHETICAL if conditional or not_yet else MARK
            marks.extend(mark + word for word in words[:_SCOPE] if word not in _SKIP)
        # sentence -> [first cue conditional?, any negation?, any cue of a decision for the
        # reader?, where its first decision cue starts (-1: none), where its first cue starts,
        # every cue a step not taken yet? (twenty-ninth pass, part T)]
        state = spans.setdefault((left, right), [conditional, False, False, -1, start, True])
        state[5] = state[5] and kind == _NEGATION and not_yet
        state[1] = state[1] or kind == _NEGATION
        state[2] = state[2] or kind == _YES
        if kind == _DECISION and state[3] < 0:
            state[3] = start
    standing: set[tuple[int, int]] = set()
    ruled: set[tuple[int, int]] = set()
    outcomes = _outcomes(lowered, hits, standing, ruled)
    about_other = outcomes is None
    if outcomes is None:
        outcomes = {}
    # twenty-first pass, part P: a decision a sentence only asks about is none
    # (twenty-third pass, part C: nor one of a thing that is no job, a plot, a loan, a pull
    # request, rejectwatch.model.things_refused)
    things: set[tuple[int, int]] = set()
    outcomes = {
        span: token for span, token in outcomes.items() if not _unread(lowered, span, token, things)
    }
    lines = []
    for (left, right), state in spans.items():
        line, token = _sentence_line(lowered, left, right, state, about_other)
        if token and _unread(lowered, (left, right), token, things):
            line, token = line.removesuffix(" " + token), ""
        if token:
            marks.append(token)
        # an outcome reading of the same sentence adds its token, unless conditional
        outcome = outcomes.pop((left, right), "")
        if outcome and (not state[0] or (left, right) in standing) and outcome not in line.split():
            line = f"{line} {outcome}"
            marks.append(outcome)
        lines.append(line)
    # outcome sentences that hold no cue ("we are sorry to say it will go no further")
    for (left, right), token in sorted(outcomes.items()):
        lines.append(f"{lowered[left:right].strip()} {token}")
        marks.append(token)
    # twentieth pass, part I: a sentence a reading found a refusal in, turned away as a rule
    # about a decision still ahead, and holding no cue ("zwei Wochen Funkstille nach
    # Fristende bedeuten, dass wir uns für andere Bewerber entschieden haben"): its words enter
    # the block as a conditional sentence's do (hyp_), so the model reads them as a rule's
    # whether or not the language has cues
    lines.extend(
        _prefixed(HYPOTHETICAL, lowered[left:right])
        for left, right in sorted(ruled.difference(spans))
    )
    # twenty-first pass, part F: the negation and regret words of the other languages read
    # give marks too (no sentence, no decision)
    marks.extend(negations_abroad.marks(lowered, _conditional_at))
    marks.extend(mark for mark, on in ((ABOUT_OTHER, about_other), (THING_REFUSED, things)) if on)
    return " ".join(marks), "\n".join(lines)


_DECISIONS = frozenset({READER_OUT, CHOSE_OTHER, ROLE_GONE, STATUS_REFUSED})
# What opens a question in English: an auxiliary before its subject, or a question word opening
# the sentence (a clause before a question's last comma that opens so is part of the question:
# "has the other company filled it, or are you still looking?"; part V: not an auxiliary with no
# subject after it, a statement's clause, "... and, sadly, won't be taking you forward - shall
# I send feedback?")
_OPENING = r"[\s>*\-\u2022\"'\u201c(]*(?:(?:and|but|so|or|just|also) )?"
_ASKING = re.compile(
    _OPENING + r"(?:did|do|does|has|have|had|is|are|was|were|am|will|would|could|can|should|"
    r"shall|may|might|(?:did|do|does|has|have|had|is|are|was|were|wo|would|could|ca|should)"
    r"n['\u2019]t)\b(?! (?:be|been|not|never)\b)"
)
_ASKING_FIRST = re.compile(_OPENING + r"(?:why|what|when|where|who|whom|whose|how|which)\b")
# The question marks that end no sentence in _STOPS: the full-width one of Chinese and Japanese,
# the Arabic one, the Greek one (U+037E; and ";" in Greek text, which is the same sign)
_QUESTION_MARKS = "\uff1f\u061f\u037e"
_PIECE_ENDS = _QUESTION_MARKS + ";\u3002\uff01"
_PIECES = re.compile(f"[^{_PIECE_ENDS}]*[{_PIECE_ENDS}]?")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# where a question's own clause may start after a statement ("we have filled the role - could
# we keep your cv on file?", "we went with another candidate and I wonder if you'd consider our
# graduate scheme?")
_QUESTION_CLAUSES = (",", ";", ":", " - ", " \u2013 ", " \u2014 ", " and ", " but ", " so ")
_CLAUSE_SPLIT = re.compile("[,;:]| [-\u2013\u2014] | (?=(?:and|but|so) )")


def _statement_of(lowered: str, left: int, right: int) -> str | None:
    """The statement a question sentence lowered[left:right] holds, "" for none; None when the
    sentence asks nothing (twenty-first pass, part P). A sentence ending in "?" whose part
    before its last comma, semicolon, colon, dash or "and"/"but"/"so" opens no clause as a
    question (_ASKING, _ASKING_FIRST) states that part ("we won't be taking your application
    further, would you like feedback?"); one that opens with "¿" or has no such break asks it
    all. In the languages whose question mark ends no sentence here (_QUESTION_MARKS), the
    pieces ending in one are dropped."""
    text = lowered[left:right]
    if lowered.startswith("?", right):
        cut = max(text.rfind(mark) for mark in _QUESTION_CLAUSES)
        head = text[:cut]
        parts = _CLAUSE_SPLIT.split(head)
        if (
            cut < 0
            or "\u00bf" in text
            or _ASKING_FIRST.match(parts[0])
            or any(_ASKING.match(part) for part in parts)
        ):
            return ""
        return head
    greek = ";" in text and _GREEK.search(text) is not None
    if not greek and not any(mark in text for mark in _QUESTION_MARKS):
        return None
    asked = _QUESTION_MARKS + (";" if greek else "")
    return "".join(piece for piece in _PIECES.findall(text) if not piece or piece[-1] not in asked)


def _only_asked(lowered: str, span: tuple[int, int], token: str) -> bool:
    """Is the decision ``token`` read in the sentence ``span`` of ``lowered`` one it only asks
    about ("did you mean the role is already spoken for?", "has the post been filled?"): the
    sentence is a question and the statement it holds (_statement_of), read alone, gives no
    decision? (A rhetorical question before the decision, "why am I writing? we have decided
    not to ...", leaves the next sentence's decision read: it is a sentence of its own.)"""
    if token not in _DECISIONS:
        return False
    statement = _statement_of(lowered, *span)
    if statement is None:
        return False
    return not statement.strip() or _DECISIONS.isdisjoint(_read_lowered(statement + ".")[0].split())


def _unread(lowered: str, span: tuple[int, int], token: str, things: set[tuple[int, int]]) -> bool:
    """Is the decision ``token`` read in the sentence ``span`` of ``lowered`` one to leave
    unread: one it only asks about (_only_asked), or (twenty-third pass, part C) one of a thing
    that is no job in a sentence naming no job (things_refused; its span is added to
    ``things``)?"""
    # (twenty-fifth pass, part Q: and staff news, a notice about an advert, a rota's pause, a
    # condition, a bid refused: other mail, notices_other; marked as a thing refused too, so the
    # gate still holds the mail below filing, gate.no_job_decision)
    if token in _DECISIONS and (
        things_refused.a_thing_refused(lowered, *span)
        or notices_other.not_a_decision(lowered, *span, token == READER_OUT, token == ROLE_GONE)
        # (twenty-sixth pass, part R: mail between colleagues about a third person's hire, "we've
        # gone with Marcus, so please close the req", about_colleague)
        or about_colleague.between_colleagues(lowered, *span)
        # (twenty-seventh pass, part K4: a claim, staff news, a parcel, a contract, a task, a mark,
        # a home, the reader's own withdrawal: readings_apart)
        or readings_apart.another_matter(lowered, *span, token)
    ):
        things.add(span)
        return True
    # (part K4: an if-clause by inversion, a past-time clause, the writer's full week)
    # (twenty-eighth pass, part K: the reader among the picked, a task, a pause, a buddy, a
    # choice still leaned toward, staff news welcoming the one appointed: readings_aside)
    if readings_apart.only_a_clause(lowered, *span, token) or readings_aside.not_given(
        lowered, *span, token
    ):
        return True
    return _only_asked(lowered, span, token)


# A job offer to the reader, in words no rejection uses outside a negation.
_OFFER = re.compile(
    r"\b(?:make|making|extend|extending|give|giving) you (?:an? )?"
    r"(?:formal |verbal |written |job )?offer\b"
    r"|\b(?:pleased|delighted|happy|thrilled|excited|glad) to (?:formally )?offer you\b"
    r"|\b(?:like|love) to offer you\b"
    # (twenty-third pass, part I: not a refusal's courtesy, "... but we'd like to offer you
    # feedback / a call to talk it through / a place in our talent pool")
    r"(?! (?:some |a |an |any |brief |short |written |telephone |phone |detailed )?(?:feedback|"
    r"(?:quick |short )?call|chat|debrief|place (?:in|on) our (?:talent|reserve|candidate)"
    # (part L: and an apology, thanks, advice, the chance to apply again or to stay in touch)
    r"|(?:sincere |our )?(?:apolog(?:y|ies)|thanks)|(?:tips|advice|pointers|guidance)\b"
    r"|the (?:chance|opportunity) to (?:apply|re-?apply|stay|keep|hear|join our (?:talent|"
    r"candidate|alumni)|be considered for (?:future|other))))"
    r"|\bwe(?:'re|\u2019re| are) offering you\b"
    r"|\bthe (?:role|job|position|post) is yours\b"
    r"|\boffer of employment\b"
    # (sixty-third pass: never a blessing, "good fortune go with you", "luck go with you",
    # slice 172)
    r"|(?<!fortune )(?<!luck )(?<!god )(?<!blessings )(?<!wishes )(?<!peace )(?<!prayers )"
    r"(?<!love )(?<!thoughts )\b(?:go|gone|going|went) with you\b"
    r"|\b(?:chose|chosen|picked) you\b"
    # twelfth pass: a marketplace's "the client hired you", "you've been hired!"
    r"|\b(?:client|customer|employer) (?:has |have )?hired you\b"
    r"|\byou(?:['\u2019]ve| have) been hired\b"
    # fiftieth pass (slice 82's offer, "Sugar shack - you're hired ... the tapping crew wants you
    # from Tuesday"): the reader hired told in the present, the job got, and a team wanting the
    # reader from a day or a week on (never "we want you to know", nor a hope, "we'd want you")
    # (read from "hired", what every match holds, so that the prefilter opens the pattern there
    # and not wherever "you are" stands)
    r"|(?:(?<=\byou're )|(?<=\byou\u2019re )|(?<=\byou are )|(?<=\byou're now )|(?<=\byou are now )"
    r"|(?<=\byou're officially )|(?<=\byou are officially ))hired\b"
    r"|(?<!if )(?<!whether )(?<!once )\byou(?:['\u2019]ve| have)? got the (?:job|role|position|"
    r"post|place|gig)\b"
    # (fifty-first pass: "d " alone also stopped "... and wants you from Monday"; only a
    # contracted "would" is meant)
    r"|(?<!would )(?<!['\u2019]d )\b(?:wants?|needs?) you "
    r"(?:to start |to begin |back |in |on board )?"
    r"(?:from|starting) (?=(?:this |next |the )?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|\d))"
    # ... and a forwarded decision's "Short version: it's you."
    r"|\b(?:it['\u2019]s|it is) you(?=[.!])"
    # thirteenth pass: "we want you on the team. The offer details are attached." (d12's
    # manager's offer, left out of training, was filed at 0.84)
    r"|\b(?:want|need|love|like) you (?:on|to join) (?:the|our) team\b"
    # twenty-third pass, part I: "we'd like to take you on as a lifeguard from next week"
    r"|\b(?:like|love|happy|pleased|delighted|glad|decided) to take you on (?:as|for)\b"
    r"|\b(?:the |your )?(?:offer|contract) (?:details|letter|paperwork|pack) (?:is|are) attached\b"
)
_OFFER_FAST = Prefiltered(_OFFER)
_CLAUSE_NEGATION = re.compile(
    r"\b(?:not|no longer|never|unable|cannot|unfortunately|regret|sadly|against|rather than|"
    # ninth pass: Swedish, Danish, Norwegian ("vi har valt att inte gå vidare med dig")
    r"inte|ikke|ikkje|tyvärr|desværre|dessverre)\b"
    r"|n['\u2019]t\b"
    # sixteenth pass: a step the sender tried and gave up on ("we tried to reach you three times
    # to book an interview and didn't hear back, so we've closed your application")
    r"|\b(?:tried|attempted) (?:[a-z]+ ){0,5}?to\b"
)
_CLAUSE_STOPS = (".", "!", "?", "\n", ";", ",")
_INSTEAD = re.compile(r"\binstead\b(?! of\b)")


# Twenty-third pass, part I: a negation about something else than the offer or the invitation,
# in a clause of its own before it ("we don't want to keep you waiting, so we'd like to offer
# you the job", "this is not conditional on any further interview and we are pleased to offer
# you the role", "no longer a maybe - we're offering you the post", "we couldn't decide from
# the CVs alone so we'd like to invite you to an interview"): after a break (so, and, but, a
# colon, a dash) an offer of the job itself or an invitation to a step of the process stands.
# Only such a strong form: "... but we'd like to offer you feedback / a place in our talent
# pool / to invite you to apply again" is a refusal's courtesy and stays negated.
_CLAUSE_BREAK = re.compile(r" (?:so|and|but|yet)\b|:| [-\u2013\u2014] ")
_JOB_OBJECT = (
    r"(?:an? |the |this |our |your )?(?:[a-z0-9\-']+ ){0,5}?(?:job|role|post|position|contract|"
    r"apprenticeship|traineeship|internship|vacancy|placement)\b"
)
_STRONG = re.compile(
    r"(?:(?:like|love|pleased|delighted|happy|thrilled|excited|glad) to (?:formally )?"
    r"|we(?:['\u2019]re| are) )?offer(?:ing)? you "
    + _JOB_OBJECT
    + r"|(?:make|making|extend|extending|give|giving) you an? (?:formal |verbal |written |job )?"
    r"offer\b|the (?:role|job|position|post) is yours\b"
    r"|(?:chose|chosen|picked) you for " + _JOB_OBJECT + r"|offer of employment\b"
    r"|(?:like|love|happy|pleased|delighted|glad|decided) to take you on (?:as|for)\b"
    r"|(?:like|love|happy|pleased|delighted|glad) to invite you to (?:an? |the |your |our )?"
    r"(?:[a-z\-]+ )?(?:interview|assessment|trial|final|second|next)\b"
    r"|(?:like|love|wants?|keen|happy|pleased|delighted|glad) to interview you\b"
    r"|you(?:['\u2019]ve| have)? been invited to\b|you(?:['\u2019]re| are) invited to\b"
)
# ... and a negation that only heightens ("I can't tell you how pleased we are to offer you",
# "we couldn't be happier to offer you")
_HEIGHTENING = re.compile(
    r"(?:can['\u2019]t|cannot|couldn['\u2019]t) (?:tell you|say|express|begin to say) how\b"
    r"|couldn['\u2019]t be (?:more|happier|prouder|gladder)\b"
    r"|unfortunately for (?:the|our|all the) other"
)


def _negation_before(lowered: str, left: int, match: re.Match[str]) -> bool:
    """Is there a negation in lowered[left:match.start()] that bears on the match: not one
    in a clause of its own before a strong offer or invitation (_CLAUSE_BREAK, _STRONG), nor
    one that only heightens (_HEIGHTENING)?"""
    negations = [
        found
        for found in _CLAUSE_NEGATION.finditer(lowered, left, match.start())
        # (from the word's start: "can't" is found at its "n't")
        if _HEIGHTENING.match(lowered, max(left, lowered.rfind(" ", left, found.start()) + 1))
        is None
    ]
    if not negations:
        return False
    return not (
        _STRONG.match(lowered, match.start()) is not None
        and _CLAUSE_BREAK.search(lowered, negations[-1].end(), match.start()) is not None
    )


def _matches_unnegated(pattern: re.Pattern[str], lowered: str, feedback_only: bool = False) -> bool:
    """Does ``pattern`` match ``lowered`` with no negation earlier in the same clause (and,
    with ``feedback_only``, a time booked in a sentence about something else than feedback)?"""
    for match in pattern.finditer(lowered):
        left = max(lowered.rfind(stop, 0, match.start()) for stop in _CLAUSE_STOPS) + 1
        # (thirty-first pass: "instead" opens the clause of the step taken in its place, "we have
        # decided not to proceed with the phone screen and instead invite you to the final
        # interview"; never "instead of", "instead of inviting you, we have chosen another")
        for instead in _INSTEAD.finditer(lowered, left, match.start()):
            left = instead.end()
        if _negation_before(lowered, left, match):
            continue
        # (twenty-third pass, part L: nor one the sender would have liked to make, "we would have
        # been delighted to offer you the role, but ...", read up to the match's end)
        if said_plainly.COUNTERFACTUAL.search(lowered, left, match.end()):
            continue
        if feedback_only and a_feedback_call(lowered, match):
            continue
        return True
    return False


# Thirteenth pass: a time booked to hear feedback ("I'm happy to offer telephone feedback if
# you'd like it; please ring the school office to book a time") is no step in the process:
# blind slice 11's school held a refusal this way.
_TIME_BOOKED = re.compile(r"(?:book|choose) (?:a|an|your) (?:time|slot|call)\b")
_FEEDBACK = re.compile(r"\b(?:feedback|debrief)\b")
_SENTENCE_STOPS = (".", "!", "?", "\n")


def a_feedback_call(lowered: str, match: re.Match[str]) -> bool:
    """Is ``match`` a time booked in a sentence about feedback, naming no interview (or,
    fifty-sixth pass, to talk about another role pitched before it in its paragraph, "I've got a
    Crusher Operator role at a gold project ... Interested? Reply and we'll book a time to talk":
    steps_ahead.role_pitched_before)?"""
    if not _TIME_BOOKED.match(lowered, match.start()):
        return False
    if steps_ahead.role_pitched_before(lowered, match.start()):
        return True
    left = max(lowered.rfind(stop, 0, match.start()) for stop in _SENTENCE_STOPS) + 1
    ends = [lowered.find(stop, match.end()) for stop in _SENTENCE_STOPS]
    sentence = lowered[left : min((at for at in ends if at >= 0), default=len(lowered))]
    return _FEEDBACK.search(sentence) is not None and "interview" not in sentence


def offers_the_job(text: str) -> bool:
    """Does ``text`` offer the reader the job ("we'd like to offer you", "make you an offer",
    "the role is yours") with no negation earlier in that clause? A safety net under the
    model: an offer that also declines the other finalists ("we've decided not to go with
    the other finalists") reads like a rejection to a bag of words, and an offer must never
    be filed away (rejectwatch.model.classifier.Model.scores holds such mail below filing)."""
    lowered = text.lower()
    # (thirteenth pass: the strings a match needs are read off _OFFER, as _INVITE's are, not a
    # hand-written list beside it)
    if not _OFFER_FAST.may_match(lowered):
        return False
    return _matches_unnegated(_OFFER, lowered)


# An invitation to the next step for the reader (fifth pass): "Interview requested - choose a
# time", "you have been invited to interview", "we'd like to invite you to an assessment",
# "book your interview slot". A digest of several applications may list one of these beside
# a refused status; it must never be filed away.
# An action asked of the reader ("Action required"), never none ("No action required", "Nil
# action required", a status mail's: fifty-eighth pass, slice 136); shared with
# gate._STEP_PENDING
ACTION_ASKED = r"(?<!no )(?<!nil )(?<!none )\baction (?:needed|required)\b"
_INVITE = re.compile(
    r"\binterview (?:requested|request)\b"
    # thirty-first pass: a plain "invite you (straight) to the final interview" ("we have
    # decided not to proceed with the phone screen and instead invite you to the final interview
    # on Friday at 9" was filed at 0.998); not a plan undone ("we had hoped to invite you")
    r"|(?<!hoped to )(?<!planned to )(?<!going to )(?<!wanted to )(?<!liked to )(?<!meant to )"
    r"(?<!intended to )\binvite you (?:[a-z]+ ){0,2}?to (?:an? |the |your |our )?"
    r"(?:[a-z\-]+ ){0,2}?(?:interview|assessment|phone screen|video call|round|stage|panel|"
    r"trial day|trial shift)\b"
    # "you've been invited to interview", or a status: "-> Invited to interview" (not "only
    # candidates invited to interview will be contacted")
    r"|(?:\byou(?:['\u2019]ve| have)? (?:still |now |also )?been |\byou(?:['\u2019]re| are) "
    r"(?:still |now |also )?|[:|\u2192\u2013\-]\s*|^\s*)"
    r"invited to (?:an? |the |your |our )?(?:interview|assessment|phone screen|video call|second "
    r"round|final round)\b"
    # thirteenth pass: "You have been referred to the selecting official for the Management
    # Analyst position and selected for an interview" (not "not selected for an interview")
    r"|\byou(?:['\u2019]ve| have)? been (?:(?!not\b)[a-z\-]+ ){0,12}?selected for "
    r"(?:an? |the |your )?(?:interview|assessment|second round|final round)\b"
    # ... and a time proposed or moved for the next round ("would early next week work for the
    # last round?", "Rebooking required ... we will offer you a new time this week"): out of
    # fold both scored above the filing threshold once d12 was trained on
    r"|\b(?:would|does|do|will|could) (?:[a-z0-9:.\-]+ ){1,4}?(?:work|suit) for (?:the |your |a )?"
    r"(?:last |final |next |second |third |first )?(?:round|interview|call|chat|stage)\b"
    r"|\brebooking (?:required|needed)\b"
    r"|\b(?:offer|send|propose|give) you (?:a )?new (?:interview )?(?:times?|slots?|dates?)\b"
    r"|\b(?:like|love|happy|pleased|delighted|glad) to invite you\b"
    # (part I: not to join a talent pool, to apply again, to keep in touch)
    r"(?! to (?:join (?:our|the) (?:talent|candidate|alumni|mailing)|apply|re-?apply|register|sign "
    r"up|subscribe|follow|connect|keep|stay|look at (?:our|other)"
    # (part L: nor to a talent community, nor to events to come)
    r"|(?:our|the) (?:talent|candidate|alumni) (?:community|network|pool|list)"
    r"|(?:our |any )?(?:future|upcoming|other) (?:events|webinars|open days|careers)))"
    # ninth pass: "we'd love to meet you - I've sent a calendar link"
    r"|\b(?:like|love) to meet you\b(?! again| in person at| at (?:a|an|our|one of our) )"
    # tenth pass: "the hiring manager for SEO Specialist would like to interview you" (a digest
    # that declines two applications and invites to a third)
    r"|\b(?:like|love|wants?|keen|happy|pleased|delighted|glad) to (?:interview|schedule an "
    r"interview with) you\b"
    # twelfth pass: a call asked for with each finalist ("she'd like a 30-minute call with
    # each finalist"; d12's twin of a hire announced)
    r"|\b(?:like|love|wants?|keen on|asked for) an? (?:[0-9]+[\- ]minute |quick |short |brief )?"
    r"(?:call|chat|conversation|meeting|video call) with (?:each (?:of the )?finalists?|"
    r"(?:all )?the (?:remaining )?finalists|each candidate)\b"
    r"|\b(?:sent|send|sending) (?:you )?(?:a|the|my) (?:calendar|booking|scheduling) "
    r"(?:link|invite|invitation)\b"
    # ... and the Nordic "go on with you to the next step" ("valt att gå vidare med dig")
    r"|\b(?:vidare|videre) med (?:dig|deg)\b"
    r"|\bchoose a (?:time|slot|date)\b|\bbook (?:a|an|your) (?:interview|slot|time)\b"
    # a step the reader must take ("Upload your right-to-work documents", "1 task to complete")
    r"|\bupload your (?:right[\- ]to[\- ]work|documents|id\b|passport|proof|references|"
    r"certificates)"
    r"|\btasks? to complete\b|" + ACTION_ASKED +
    # eleventh pass: a step with the reader still to come ("Before we schedule interviews,
    # could you answer a few quick questions?"; not "before we scheduled interviews")
    r"|\bbefore we (?:can )?(?:schedule|arrange|book|set up|line up) (?:your |the |any |an? )?"
    r"(?:[a-z\-]+ )?(?:interviews?|calls?|chats?|conversations?)\b",
    re.MULTILINE,
)


_INVITE_FAST = Prefiltered(_INVITE)


def invites_the_reader(text: str) -> bool:
    """Does ``text`` invite the reader to an interview or assessment ("Interview requested -
    choose a time", "we'd like to invite you to interview") with no negation earlier in that
    clause? The same safety net as offers_the_job: such mail is held below filing."""
    lowered = text.lower()
    if not _INVITE_FAST.may_match(lowered):
        return False
    return _matches_unnegated(_INVITE, lowered, feedback_only=True)


# Mail about a candidate the reader referred, a job they never applied to, or their own
# decision (seventh pass):
# "Deepika (your referral) wasn't selected", "thanks for referring a friend! Status:
# Unsuccessful", "re your friend Elif - we went with someone internal". Worded exactly like a
# rejection, it is never the reader's own: the guard holds it below filing. Narrower than
# _ABOUT_OTHER: "your referral for Brand Manager" or "through an employee referral from
# Hiroshi" is the reader's own application.
_NOT_THE_READERS = re.compile(
    r"\(your referral\)|"
    + _YOUR_FRIEND
    + r"|\bwhom you (?:referred|recommended|nominated|put forward)\b"
    r"|\b(?:candidate|person|friend|someone) you (?:referred|recommended|nominated|put forward|"
    r"introduced)\b"
    r"|\byou(?:['\u2019]ve| have)? (?:referred|recommended|nominated|introduced) "
    r"(?!me\b|us\b|you\b)"
    r"|\b(?:referred|recommended|nominated) by:? you\b|\bthanks? (?:you )?for referring\b"
    r"|\breferring a friend\b|\bkeep the referrals coming\b"
    # ... or about a job the reader saved and never applied to ("one of your saved jobs has
    # been filled", "You saved DevOps Engineer but haven't applied. The listing has expired.")
    r"|\bone of your saved jobs\b|\b(?:listing|job|role|posting|position|vacancy) you saved\b"
    # eleventh pass: an update on jobs the reader saved, viewed or searched for ("Updates to
    # jobs you viewed", "Your saved search: Compliance Officer"): a listing among them
    # "Filled" or "Closed" is no decision on the reader
    r"|\bupdates? (?:to|on) (?:the )?(?:jobs|listings|roles|postings) "
    r"you(?:['\u2019]ve| have)? (?:saved|viewed|followed|bookmarked|looked at)\b"
    r"|\byour saved (?:search|searches)\b"
    r"|\byou saved\b[^.!?\n]{0,80}\bbut (?:haven['\u2019]t|have not|never|didn['\u2019]t) "
    r"(?:yet )?applied\b|\bsince you (?:never|didn['\u2019]t|did not|haven['\u2019]t) applied\b"
    # ... or the reader's own decision: a withdrawal, an offer accepted elsewhere or declined
    # ("I've closed your candidacy at your request", "Status: Withdrawn by candidate",
    # "thanks for letting me know you've signed with Kittering Bros")
    r"|" + _AT_YOUR_REQUEST + r"|\byour request to (?:delete|withdraw|close|remove)\b"
    r"|\bwithdrawn by (?:the )?(?:candidate|applicant|you)\b"
    r"|\byou(?:['\u2019]ve| have)? (?:signed with|accepted (?:an|the|their|a) (?:offer|role|"
    r"position|job)|taken (?:an|a|the) (?:offer|role|position|job) (?:with|at|elsewhere))\b"
    r"|\bcongratulations on (?:accepting|your new (?:role|job|position)|the new (?:role|job))\b"
    r"|\byou(?:['\u2019]ll| will)?(?: not|n['\u2019]t| won['\u2019]t) be accepting (?:the|our|"
    r"my) offer\b"
    r"|\byou(?:['\u2019]ve| have)? (?:decided|chosen) (?:to withdraw|not to (?:proceed|continue|"
    r"accept|pursue|go ahead))\b|\byour decision to (?:withdraw|decline|step back)\b"
    # (twenty-fourth pass, part R: written-33's school, "We note your wish to withdraw ... We
    # have removed your name from the shortlist", filed at 0.97-0.98; and the reader's own ask,
    # "could you take me off the list")
    r"|\byour (?:wish|intention|choice) to (?:withdraw|pull out|step (?:back|aside|down))\b"
    r"|\b(?:can|could|would) you (?:please )?(?:remove|take) me (?:from|off|out of)\b"
    # ninth pass: a notice sent to the reader by mistake ("that was meant for another
    # candidate, please ignore it"; not a disclaimer's "if it reached you in error")
    r"|\b(?:meant|intended) for (?:another|a different|someone else|the other)\b" + _AS_REFEREE
    # sixteenth pass: a reference request, the reader someone's referee
)

# a line of nothing but a rule ("_____", "-----", "=====")
# (fourteenth pass: or a heading framed by rules, "+++ JOBS MATCHING YOUR SAVED SEARCH +++")
_RULE_LINE = re.compile(
    r"\n[ \t]*(?:_{4,}|-{4,}|={4,}|\*{4,}|([+=*#~\-])\1{2,}[^\n]{1,60}?\1{3,}"
    # (sixty-second pass: or a title between runs of two or mixed runs, "~~ PORTLAND BINDERY
    # WORKS | CAREERS ~~", "-=- BRAGA FOOTWEAR :: CAREERS -=-": refusals under careers footers
    # held back by their "saved searches", slices 161 and 164)
    r"|([+=*#~])\2 [^\n]{1,60}? \2{2,}|[+=*#~\-]*=[+=*#~\-]* [^\n]{1,60}? [+=*#~\-]*=[+=*#~\-]*)"
    r"[ \t]*(?:\n|$)"
)
_ABOVE_RULE_WORDS = 12
_NOT_THE_READERS_WORDS = (
    "your wish",
    "your intention",
    "your choice",
    "remove me",
    "take me",
    "saved",
    "viewed",
    "followed",
    "bookmarked",
    "looked at",
    "applied",
    "your request",
    "withdrawn by",
    "signed with",
    "accepted",
    "taken a",
    "taken an",
    "taken the",
    "congratulations on",
    "be accepting",
    "decided",
    "chosen",
    "your decision",
    "refer",
    "your friend",
    "your colleague",
    "your nominee",
    "recommended",
    "nominated",
    "introduced",
    "meant for",
    "intended for",
    "referee",
    "reference",
)


def not_the_readers_outcome(text: str) -> bool:
    """Is ``text`` about a candidate the reader referred ("Sam (your referral) was not
    selected", "thanks for referring a friend"), a job they saved and never applied to, or
    their own decision ("closed at your request", "you've signed with X")? Never a rejection
    of the reader, however it is worded."""
    lowered = text.lower()
    if not any(word in lowered for word in _NOT_THE_READERS_WORDS):
        return False
    # twelfth pass: what stands under a rule line is a block the sender's system added (a
    # refusal's "_____ Fresh roles matching your saved search" job-alert footer), unless
    # nothing stands above it
    rule = _RULE_LINE.search(lowered)
    if rule is not None and len(lowered[: rule.start()].split()) >= _ABOVE_RULE_WORDS:
        lowered = lowered[: rule.start()]
    return _NOT_THE_READERS.search(lowered) is not None


# Sixteenth pass: an offer taken back with a word between ("we have made a final decision to
# withdraw our contingent offer of employment"): read by the guard only.
_OFFER_TAKEN_BACK = re.compile(
    r"\b(?:withdraw|withdrawing|rescind|rescinding|revoke|revoking|retract|retracting) (?:the|our|"
    r"your|this) (?:[a-z\-]+ ){1,2}?offer\b"
)


def withdraws_the_offer(text: str) -> bool:
    """Does ``text`` withdraw an offer or appointment ("the conditional offer is withdrawn",
    "we have had to rescind the offer of employment")? Such mail speaks of an offer but is
    a refusal: the offer guard leaves it alone."""
    lowered = text.lower()
    return (
        _OFFER_WITHDRAWN.search(lowered) is not None
        or _OFFER_TAKEN_BACK.search(lowered) is not None
    )
