"""Decisions said as a step not set up, a no from the client, a contractor kept (issue 11,
twenty-third pass, part H).

Training batch written-30's rejections the shipped model left unfiled carried no decision token
in these kinds; each is read here for its kind, in several wordings:

* **no step left for the application**: "so your application has no further step on this
  vacancy", "there is no next step for your application in this process" (not "no further step
  for you to take", not "no next step yet", not "no further action is needed");
* **no interview being set up**: "so no interview with you for the surveyor role is being set
  up", "we won't be arranging an interview with you for this post" (not "no interview has been
  set up yet", not "no interview is needed, the first stage is a written task", not an
  interview held online rather than in person);
* **others put through first**: "the hiring manager chose to put those through first", "we have
  put the others through ahead of you" (not "… first, and yours follows next week");
* **those the ones talked to next**: "on balance those are the applicants we're talking to
  next", "they are the people we're inviting to interview" after a sentence on what others
  bring (not "you're one of them");
* **the client's no**: "the client's said no to you for the supervisor role", "the hiring
  manager has come back with a no on your profile" (not "they said no to you working remotely",
  not a question, not "no to you for one role but yes for the other");
* **a contractor, temp or interim made permanent in the post**: "we ended up converting our
  contractor into the permanent role", "the locum has been made permanent", and the other
  conversations closed with the reader's among them: "so I'm closing out the other
  conversations, yours included" (not a staff notice welcoming the convert, not closing
  conversations for the holidays).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings after decisions_hedged, so none is read in a conditional, still-to-come,
quoted or reader-decided sentence, nor in mail about someone else's candidacy.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_STEP_OR_INTERVIEW_LATER = (
    r"(?![^.!?\n]*\b(?:yet|still|for now|at the moment|at present|for the moment|until|pending|"
    r"to take|for you to|required|needed|necessary|to complete|outstanding|action|first|instead|"
    r"rather|test|task|assessment|exercise|trial|please|pick|choose|book|slot|link|calendar|"
    r"in person|online|on teams|on zoom|video|phone|face to face|this week|today|tomorrow|"
    r"because|as the|offer|congratulat[a-z]*|welcome|start date|hired|onboarding|"
    # (part K: the application complete and with the panel, a budget reviewed meanwhile, the
    # step someone else's: "- it's complete and with the panel", "by us; the agency will")
    r"complete|completed|with the (?:panel|hiring manager|manager|team|client|recruiter)|review|"
    r"reviewed|result|while|contract|by us|by me|directly|agency will|will do that)\b)"
    r"(?![^.!\n]*\?)"
)
_VACANCY = (
    r"(?:[a-z\-]+ ){0,3}?(?:vacancy|role|post|position|job|opening|process|application|"
    r"requisition|campaign|recruitment)"
)
# no step left for the application ("so your application has no further step on this vacancy")
_NO_STEP = re.compile(
    r"\b(?:your (?:application|candidacy|candidature|profile|cv)|yours) (?:has|had|will have|"
    r"now has) no (?:further|next|more|other|onward) steps?(?: (?:on|for|in|with) (?:this|the|"
    r"that|our) " + _VACANCY + r")?\b" + _STEP_OR_INTERVIEW_LATER + r"|\bthere (?:(?:is|['\u2019]s|"
    r"will be|are) no|(?:won['\u2019]t|will not) be (?:a|any)) (?:further|next|more|onward) steps? "
    r"(?:for|with) (?:your (?:application|"
    r"candidacy|candidature|profile)|yours|you)(?: (?:on|for|in|with) (?:this|the|that|our) "
    + _VACANCY
    + r")?\b"
    + _STEP_OR_INTERVIEW_LATER
)
# no interview being set up ("so no interview with you for grain intake supervisor is being set
# up"; "we won't be arranging an interview with you for this post")
_SET_UP = r"(?:set up|arranged|scheduled|booked|offered|organi[sz]ed|lined up)"
_NO_INTERVIEW = re.compile(
    r"\bno (?:interview|interviews|first interview|call|phone screen|screening call) (?:with|for) "
    r"you(?: (?:for|on)(?: [a-z0-9\-&'()]+){1,6}?)? (?:is being|will be|has been|is going to be|"
    r"is|are being|can be) "
    + _SET_UP
    + r"\b"
    + _STEP_OR_INTERVIEW_LATER
    # (part K: "no interview will be offered to you for this role")
    + r"|\bno (?:interview|call|phone screen) (?:will be|is being|can be) (?:offered|given) "
    r"to you\b" + _STEP_OR_INTERVIEW_LATER + r"|\bno "
    r"(?:interview|interviews|call) (?:is being|will be|can be) " + _SET_UP + r" (?:with|for) "
    r"you\b" + _STEP_OR_INTERVIEW_LATER + r"|\b(?:we|i|they|the client|the team)(?: will not| "
    r"won['\u2019]t|['\u2019]re not|['\u2019]ll not| are not| aren['\u2019]t) be (?:setting up|"
    r"arranging|scheduling|booking|offering|organi[sz]ing|lining up) (?:an|a|any) "
    r"(?:interview|call|phone screen) (?:with|for) you\b" + _STEP_OR_INTERVIEW_LATER
)
_THOSE_AHEAD = (
    r"(?:those|them|these|others|the others|other (?:candidates|applicants|profiles|people)) "
    r"(?:through|forward|ahead|on) (?:first|ahead of you|before you)\b"
    r"(?![^.!?\n]*\b(?:yours|you next|then you|you['\u2019]ll|you will|follow|follows|after that|"
    r"next week|then|later|soon|shortly|too|as well|because|since|as their|still on|still going|"
    r"still stands)\b)"
)
# others put through first ("our hiring manager chose to put those through first")
_PUT_THROUGH_FIRST = re.compile(
    r"\b(?:chose|chosen|decided|opted|elected|preferred)(?: instead)? to (?:put|push|send|take|"
    r"move) " + _THOSE_AHEAD + r"|\b(?:has|have|['\u2019]ve|['\u2019]s) (?:put|pushed|sent|"
    r"taken|moved) " + _THOSE_AHEAD
)
# those the ones talked to next, after what they bring ("on balance those are the applicants
# we're talking to next")
_THOSE_NEXT = re.compile(
    r"\b(?:those|they|these) (?:are|were) the (?:applicants|candidates|people|ones|profiles|"
    r"finalists) (?:we['\u2019]re|we are|we['\u2019]ll be|we will be|the (?:team|panel|client|"
    r"hiring manager) (?:is|are|will be)) (?:talking to|speaking to|speaking with|seeing|meeting|"
    r"inviting|calling|interviewing|taking forward|progressing|moving forward with|going ahead "
    r"with) (?:next|further|first|to interview|for interview|at interview)\b"
    r"(?![^.!?\n]*\b(?:including you|you included|you too|you['\u2019]re one|you are one|and "
    r"you|with you|like you|alongside you|among them|you['\u2019]re on|you are on|on the list|"
    r"your name)\b)"
)
# the client's no ("the client's said no to you for embroidery unit supervisor")
_THEIR_NO = re.compile(
    r"\b(?:the client|the employer|the company|the hiring manager|the manager|the panel|the "
    r"team|the hiring team|the business|they|hr)(?:['\u2019]s| has| have|['\u2019]ve)? "
    r"(?:said (?:a )?no|come back with a (?:no|firm no|no thanks)|given (?:you |us )?a no|"
    r"returned a no) (?:to|on|for) (?:you|your (?:cv|profile|application|candidacy|"
    r"candidature))\b(?! (?:working|doing|starting|coming|moving|taking|having|bringing|using|"
    r"joining|going|being|asking|changing)\b)"
    # (part K: the no ends there, not a no to the reader travelling or to the CV's format or a
    # fee: "to you travelling", "to your cv format", "to your application fee refund")
    r"(?=[ \t]*(?:[,.;:!?\u2014\u2013)]|-[ \t]|$| (?:for|on|as|at|this|so|and|but|because|"
    r"i['\u2019]m|i am|sadly|unfortunately|today|yesterday|after|following|too|either)\b))"
    # (part K: nor with the reader put forward for another role)
    r"(?![^.!?\n]*\b(?:put you forward|putting you forward|put you up|submitted you|submit you|"
    r"forward you|instead|elsewhere|the second|the other (?:role|job|post|one)|another (?:role|"
    r"job|post|client))\b)"
    r"(?![^.!?\n]*\b(?:but yes|yes (?:to|for)|said yes)\b)(?![^.!\n]*\?)"
)
# (part K: "the client has turned you down for the fitter role", "… decided against you")
_TURNED_DOWN = re.compile(
    r"\b(?:the client|the employer|the hiring manager|the manager|the panel|the hiring team|the "
    r"business)(?:['\u2019]s| has| have|['\u2019]ve)? (?:turned you down|decided against you)\b"
    r"(?! (?:for|on) (?:the|your|a) (?:[a-z\-]+ )?(?:request|holiday|leave|expenses|claim|rate|"
    r"remote|hybrid))(?![^.!?\n]*\b(?:but yes|yes (?:to|for)|instead|another (?:role|job|post)|"
    r"the other (?:role|job|post))\b)(?![^.!\n]*\?)"
)
# a contractor, temp or interim made permanent in the post ("we ended up converting our
# contractor into the permanent role"; "the locum has been made permanent"), and the other
# conversations closed with the reader's among them
_STOPGAP = (
    r"(?:contractor|temp|interim|locum|agency worker|freelancer|fixed-term hire|secondee|"
    r"intern|contract hire|temporary hire|cover)"
)
_MADE_PERMANENT_NOT_NEWS = (
    r"(?![^.!?\n]*\b(?:welcome|congratulat[a-z]*|please join|join us|from next month|will "
    r"start|you['\u2019]ll|you will|would you|could you|if|unless|interested|free|vacant|"
    # (part K: the stopgap's own post now offered to the reader)
    r"now open|open up|opens up|backfill)\b)(?![^.!\n]*\?)"
)
_MADE_PERMANENT = re.compile(
    r"\b(?:convert|converting|converted|made|make|making|taken on|taking on|took on|offered|"
    r"offering|moved|moving) (?:our|their|the|its|his|her) (?:current |existing |own )?"
    + _STOPGAP
    + r" (?:into|to|onto|on to|in|for) (?:the|this|that) (?:permanent|perm|full-time|"
    r"substantive) (?:role|post|position|job|contract|hire|seat)\b"
    + _MADE_PERMANENT_NOT_NEWS
    + r"|\b(?:our|their|the|its) (?:current |existing )?"
    + _STOPGAP
    + r" (?:has been|was|is being|"
    r"is now|['\u2019]s been|got) (?:made|converted to|taken on as) (?:permanent|perm|a permanent "
    r"(?:hire|member of staff|employee))\b"
    + _MADE_PERMANENT_NOT_NEWS
    + r"|\b(?:offered|given|handed|gave|offering) (?:our|their|the|its) (?:current |existing )?"
    + _STOPGAP
    + r" (?:the|this|that) (?:permanent|perm|full-time|substantive) (?:role|post|position|job)\b"
    + _MADE_PERMANENT_NOT_NEWS
    + r"|\b(?:made|making|make) (?:our|their|the|its) (?:current |existing )?"
    + _STOPGAP
    + r" permanent (?:in|for) (?:the|this|that) (?:role|post|position|job)\b"
    + _MADE_PERMANENT_NOT_NEWS
    # (part K: "the locum has taken the permanent post", "our interim has been appointed
    # permanently to the post")
    + r"|\b(?:our|their|the|its) (?:current |existing )?"
    + _STOPGAP
    + r"(?: has| have|['\u2019]s)? (?:taken|took|got|accepted|been given|been offered|been "
    r"appointed to|was appointed to) (?:the|this|that) (?:permanent|perm|substantive) (?:role|post|"
    r"position|job)\b"
    + _MADE_PERMANENT_NOT_NEWS
    + r"|\b(?:our|their|the|its) (?:current |existing )?"
    + _STOPGAP
    + r" (?:has been|have been|was|is being|['\u2019]s been) appointed permanently(?: (?:to|in|"
    r"into) (?:the|this|that) (?:role|post|position|job))?\b" + _MADE_PERMANENT_NOT_NEWS
)
_CLOSED_WITH_YOURS = re.compile(
    r"\b(?:closing|close|closed|wrapping up|wrapped up|winding up|wound up|winding down|ending|"
    r"ended|shutting down|stood down|standing down) (?:out |off |down )?(?:the|all|all the|our|my) "
    r"(?:other |remaining )?(?:conversations|applications|candidacies|processes|candidates|"
    r"discussions|talks)(?:,? (?:yours|you) included|,? including (?:yours|you))\b"
    r"(?![^.!?\n]*\b(?:holiday|holidays|break|christmas|new year|office|back on|until|for now|"
    r"for the (?:week|day|year|summer)|pause|paused|reopen[a-z]*|will continue|resume|mistake|"
    r"error|accident|accidentally|"
    # (part K: closed to offer the reader the job, for the next stage, or moved to a system)
    r"offer|interview|stage|system|portal|platform|migrat[a-z]*|moved|moving|transferr?(?:ed|"
    r"ing)?|ready)\b)"
)

READINGS = readings(
    ("reader_out", _NO_STEP),
    ("reader_out", _NO_INTERVIEW),
    ("chose_other", _PUT_THROUGH_FIRST),
    ("chose_other", _THOSE_NEXT),
    ("reader_out", _THEIR_NO),
    ("reader_out", _TURNED_DOWN),
    ("chose_other", _MADE_PERMANENT),
    ("reader_out", _CLOSED_WITH_YOURS),
)
