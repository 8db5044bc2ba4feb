"""Someone else taken on and the reader let go, in shapes the readings lacked (issue 11,
thirteenth pass).

Blind slice 11's English misses, read by kind after it had been measured, gave decisions
with no negation of a selection verb:

* **the post taken by others, said of the post**: "the two funded places for this summer have
  now been taken by students who applied in February", "the role has been filled by an
  internal applicant";
* **the offer made to someone described**: "the panel is making the offer to someone who has
  set up a shared service centre before" (the readings knew "offering it to" a name);
* **the choice named as a person**: "the partners' choice is an associate coming back from our
  Singapore office", "their pick was a candidate with …";
* **gone with someone described**: "Ciara and the lads went with the lad from Galway in the
  end", "we settled on the candidate who …";
* **others taken on to the next step**: "the hiring team is taking other people through to
  interview", "the panel chose to invite candidates whose evidence addressed more of the
  criteria";
* **someone asked back for the post**: "they've asked a contractor who built the original
  pipeline with us to come back in-house for this role";
* **the reader let go in words of the employer's own act**: "I'll be withdrawing your
  candidacy from req 4418 this afternoon", "the client came back and they're declining on your
  application", "none of them will go further this time" (three applications at once), "this is
  a no from me for the time being".

Not read: the reader among those taken ("taking other candidates through as well as you"), a
thing ("the places have been taken by storm"), a choice still to come or conditional (the
checks of rejectwatch.model.negation: none in a conditional, still-to-come or quoted sentence),
the reader's own withdrawal ("at your request": the guard, not_the_readers_outcome).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.plain_outcomes; every match lies inside one sentence. The
word groups are read off the patterns (rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_NOT_YOU = r"(?!you\b|yourself\b|your\b)"
_POST = (
    r"(?:job|role|post|position|vacancy|place|spot|opening|contract|internship|placement|"
    r"studentship|seat)s?"
)
_PERSON = (
    r"(?:candidate|applicant|student|person|colleague|employee|finalist|graduate|contractor|"
    r"associate|consultant|lad|lass|guy|woman|man|one)s?"
)
# the reader among those taken ("as well as you", "alongside you", "and you")
_NOT_WITH_YOU = r"(?![^.!?\n]{0,60}\b(?:as well as|alongside|along with|and|including|like) you\b)"

# the post taken by others, said of the post ("the two funded places have now been taken by
# students who applied in February"; not "taken by storm", "taken by you")
_TAKEN_BY = re.compile(
    r"\b" + _POST + r"\b(?: [a-z'\u2019\-]+){0,6}? (?:have|has|had)(?: now| already| all)? been"
    r"\s(?:taken|filled|claimed) by (?:an? |the |two |three |other |another |our )?"
    r"(?:[a-z\-]+ ){0,2}?" + _PERSON + r"\b"
)
# the offer made to someone described ("the panel is making the offer to someone who has set
# up a shared service centre before")
_OFFER_TO = re.compile(
    r"\b(?:making|made|extending|extended|gave|giving) (?:the|an|our|their|a) (?:job |formal "
    r"|verbal )?offer to " + _NOT_YOU + r"(?:someone|somebody|another|the other|an? (?:[a-z\-]+ )"
    r"{0,2}?(?:candidate|applicant|colleague|person|finalist)|[a-z]+,? (?:who|whose)\b)"
)
# the choice named as a person ("the partners' choice is an associate coming back from …";
# not "the choice is yours", "our choice was a difficult one")
# (a space, not \s, after "choice": the reading opens on "choice is a", not on every "is a")
_CHOICE_IS = re.compile(
    r"\b(?:the|their|our|his|her|[a-z]+s['\u2019]|[a-z]+['\u2019]s) (?:final )?(?:choice|pick) "
    r"(?:is|was|has been) (?:an?|the) (?:[a-z\-]+ ){0,2}?" + _PERSON + r"\b"
)
# gone with someone described ("went with the lad from Galway in the end", "we settled on the
# candidate who …"; past only: "we're going with the candidate who scores highest" is a policy)
_WENT_WITH = re.compile(
    r"\b(?:went|gone|settled|opted) (?:with|for|on) the (?!idea\b|plan\b|option\b|first\b|"
    r"second\b|latter\b|former\b)(?:[a-z\-]+ ){0,2}?" + _PERSON + r" (?:from|who|whose|with)\b"
)
# others taken to the next step ("the hiring team is taking other people through to
# interview", "the panel chose to invite candidates whose evidence addressed more …")
_OTHERS_ON = re.compile(
    r"\b(?:taking|taken|took|bringing|brought|inviting|invited|progressing|progressed) "
    r"(?:other|different) (?:people|candidates|applicants|finalists)\s(?:through|forward|on|"
    r"to)\b" + _NOT_WITH_YOU
)
_CHOSE_TO_INVITE = re.compile(
    r"\b(?:chose|decided|opted|elected) to (?:invite|interview|progress|shortlist|take forward|"
    r"move forward with)\s(?:the )?(?:candidates|applicants|those|others|people) (?:whose|who|"
    r"with)\b" + _NOT_WITH_YOU
)
# someone asked back for the post ("they've asked a contractor who built the original pipeline
# with us two years ago to come back in-house for this role")
_ASKED_BACK = re.compile(
    r"\b(?:asked|invited|persuaded)\b(?:(?!\byou)[^.!?\n]){1,90}?\bto (?:come back|return|rejoin"
    r"|join us|move across|move over)\b[^.!?\n]{0,30}?\b(?:for|into|in) (?:the|this|that) "
    r"(?:[a-z\-]+ ){0,2}?" + _POST + r"\b"
)
# another finalist asked to join, and the choice fallen elsewhere ("we've asked another
# finalist to join us", "as our choice has fallen elsewhere")
_ASKED_ANOTHER = re.compile(
    r"\basked (?:another|the other|a different|one of the other) (?:[a-z\-]+ )?(?:finalists?|"
    r"candidates?|applicants?|people|person) to (?:join|take|start|come on board|step)\b"
)
_FALLEN_ELSEWHERE = re.compile(
    r"\bchoice (?:has |had )?(?:fallen|fell) (?:elsewhere|on (?:another|someone|somebody|a "
    r"different|the other))\b"
)
# the reader let go by the employer's own act ("I'll be withdrawing your candidacy from req
# 4418", "they're declining on your application", "none of them will go further", "this is a
# no from me"; not "it's a no-brainer")
# (what the employer is doing or will do: "we've withdrawn your application as requested" is
# the reader's own withdrawal confirmed)
_WITHDRAWING = re.compile(
    r"\b(?:we|i)(?:['\u2019](?:ll|re|m)| will| are| am)(?: now)?(?: be)?\s"
    r"(?:withdrawing|withdraw|removing|remove) your (?:candidacy|application|candidature|"
    r"profile)\b(?![^.!?\n]{0,80}\b(?:as (?:you )?requested|at your request|as you asked)\b)"
)
_DECLINING = re.compile(r"\bdeclin(?:e|es|ed|ing) on your (?:application|candidacy|profile|cv)\b")
_NONE_FURTHER = re.compile(
    r"\bnone of (?:them|these|those|the (?:[a-z\-]+ ){0,2}?applications|your applications)\s"
    r"(?:will|is going to|can|are going to) (?:go|move|progress|proceed|be taken) "
    r"(?:any )?(?:further|forward)\b"
)
_A_NO = re.compile(
    r"\b(?:this|that|it)(?:['\u2019]s| is| was) (?:a|an) (?:no|firm no|hard no)\b(?![\-\w])"
    r"(?! (?:brainer|doubt|problem|worries|matter)\b)"
)

# fourteenth pass (blind slice 12's English misses, by kind): someone else moved into the post
# ("the director has moved her across into the Quantity Surveyor seat"), kept on ("we've kept
# on the other lad who did the trial thursday"), the post going to others ("the Graduate
# Scheme place this year goes to others rather than you"), the appointment finalised with
# another ("the hiring manager finalised the appointment with another candidate"), and the
# process carried on with people described ("continuing the process with a few other people
# whose experience …", "moving ahead with applicants nearer the brief")
_MOVED_INTO = re.compile(
    r"\b(?:moved|moving|placed|slotted|transferred|put|appointed) (?:her|him|them) "
    r"(?:across |over |straight )?into (?:the|this|that) (?:[a-z\-]+ ){0,3}?"
    r"(?:seat|role|post|position|job|vacancy)\b"
)
_KEPT_ON = re.compile(
    r"\bkep?t on (?:the other|another|a different) (?:[a-z\-]+ )?" + _PERSON + r"\b"
    r"|\bkept (?:the other|another) (?:[a-z\-]+ )?" + _PERSON + r" on\b"
)
_TO_OTHERS = re.compile(
    r"\b" + _POST + r"\b(?: [a-z'\u2019\-]+){0,4}? (?:goes|go|went|is going|are going|has gone|"
    r"have gone) to others\b"
)
_FINALISED_WITH = re.compile(
    r"\b(?:finali[sz]ed|confirmed|agreed|closed|concluded) (?:the|an|our|their) "
    r"(?:appointment|hire|offer|placement) with (?:another|a different|the other|an? (?:internal|"
    r"external) )(?:[a-z\-]+ )?" + _PERSON + r"\b"
)
# (nor the reader among them: "carrying on with three people who include you")
_NO_YOU_AFTER = r"(?![^.!?\n]{0,80}\b(?:you|yourself)\b)"
_ON_WITH_DESCRIBED = re.compile(
    # (said of the employer, not a policy: "proceeding with candidates who pass is how we work")
    r"\b(?:(?:is|are|['\u2019]re|['\u2019]s|be|been) (?:now )?(?:continuing|moving ahead|"
    r"moving forward|proceeding|going ahead|carrying on)|(?:will|to|['\u2019]ll) (?:now )?"
    r"(?:continue|move ahead|proceed|carry on)|continues|continued|moves ahead|moved ahead|"
    r"proceeds|proceeded|carried on)(?: the (?:process|recruitment|search))? with "
    r"(?:a few |some |several |two |three )?(?:other )?(?:people|applicants|candidates|profiles) "
    r"(?:whose|who|nearer|closer|better|more)\b" + _NO_YOU_AFTER
)

# ... and the reader left off the list appointments are made from ("your name has not been
# placed on the panel from which appointments will be made", "you have not been included on the
# reserve list")
_NOT_PLACED = re.compile(
    r"\b(?:your name|you|your application)(?: has| have| was| were)?(?: not|n['\u2019]t) "
    r"(?:been )?(?:placed|included|put|entered|listed) (?:on|in) the (?:[a-z\-]+ )?"
    r"(?:panel|reserve list|order of merit|merit list|eligibility list|shortlist)\b"
)

READINGS = readings(
    ("reader_out", _NOT_PLACED),
    ("chose_other", _MOVED_INTO),
    ("chose_other", _KEPT_ON),
    ("chose_other", _TO_OTHERS),
    ("chose_other", _FINALISED_WITH),
    ("chose_other", _ON_WITH_DESCRIBED),
    ("chose_other", _TAKEN_BY),
    ("chose_other", _OFFER_TO),
    ("chose_other", _CHOICE_IS),
    ("chose_other", _WENT_WITH),
    ("chose_other", _OTHERS_ON),
    ("chose_other", _CHOSE_TO_INVITE),
    ("chose_other", _ASKED_BACK),
    ("chose_other", _ASKED_ANOTHER),
    ("chose_other", _FALLEN_ELSEWHERE),
    ("reader_out", _WITHDRAWING),
    ("reader_out", _DECLINING),
    ("reader_out", _NONE_FURTHER),
    ("reader_out", _A_NO),
)
