"""Someone else chosen, told plainly in everyday English (issue 11, fortieth pass, second round).

Blind slice 45's English misses gave the decision as news about someone else, with no refusal
word and often in a channel of its own (a host's message, a payment's note, a review's reply):

* **kin taking it on or joining**: "My sister-in-law is taking it on from next week", "Chef's
  nephew Faizan joins the handi section from Monday", "my brother Manny is back from Fresno so
  he's taking the stall spot with me";
* **one of their own moved up into it**: "Pirie Magnesium moved one of their own shift managers
  up into it";
* **the post someone's for the season**: "The log rolling spot for this summer is Jace's, he …";
* **someone being taken on**, told bare: "Day on the mill Thurs - taking on Seánie from the
  forestry crew for it";
* **someone put on the work**, told with who they are: "I've put Rhys on the oakum and pitch
  work for the smack restoration, he's done three hulls with me";
* **the post taken by someone** told with who they are: "The fire-eating slot … has been taken
  by Naledi, who toured with us";
* **others who brought more than the reader**: "others who applied brought more cyclotron and
  hot-cell hours than you have so far";
* **the choice told ahead or in a learner's words**: "We will move forward with an applicant
  whose …", "We go further with an applicant whose …" (its own "will" is no condition,
  OWN_WORDS).

Never the reader as the one chosen, never a staff role in the hiring of the reader
(hired_by_name._NOT_STAFFING), and, like every outcome reading (rejectwatch.model.plain_outcomes
appends them), none in a conditional, still-to-come or quoted sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.hired_by_name import _NAME, _NOT_STAFFING, _POST
from rejectwatch.model.insiders_chosen import _NAMES, _NOT_THE_READER
from rejectwatch.model.posts_given import KIN_OR_RELATIVE, TITLES
from rejectwatch.model.prefilter import readings

__all__ = ["NEWS_READINGS", "OWN_WORDS", "READINGS"]

# someone by title or by a name of up to three words ("Mr. Wong Kah Wai", "Owain Pritchard")
_TITLED_NAME = r"(?:(?:mr|mrs|ms|miss|dr|mx)\.? )?" + _NAME + r"(?: " + _NAME + r"){0,2}"
# kin taking it on or joining ("my sister-in-law is taking it on from next week", "chef's
# nephew Faizan joins the handi section from Monday")
_KIN_TAKES = re.compile(
    r"\b" + KIN_OR_RELATIVE
    + r"(?: " + _NOT_THE_READER + _NAME + r")?"
    r"(?: is back\b[^.!?\n]{0,40}? so (?:he|she|they)(?:" + _A + r"s| is| are|" + _A + r"re))?"
    r"(?: is|" + _A + r"s| will be|" + _A + r"ll be)? (?:taking (?:it on|it over|on (?:the|that|"
    r"this) (?:[a-z\-]+ ){0,2}?" + _POST + r"|(?:the|that|this) (?:[a-z\-]+ ){0,2}?" + _POST
    + r")|joins|is joining|will be joining) ?"
    r"(?:(?:the|our) (?:[a-z\-]+ ){0,2}?(?:section|team|kitchen|crew|line|floor|shop|yard|stall|"
    r"stand|workshop|studio|bar) )?(?:from|on|next|this|with)\b"
    + _NOT_STAFFING
)  # fmt: skip
# one of their own moved up into it ("moved one of their own shift managers up into it")
_MOVED_UP = re.compile(
    r"\b(?:moved|promoted|brought|stepped) (?:one of (?:their|our|its|his|her) own|(?:their|our|"
    r"its) own|an? internal|someone internal|an existing)\b(?![^.!?\n]{0,50}?\binterview)"
    r"[^.!?\n]{0,50}?\b(?:up )?into (?:it|the (?:[a-z\-]+ ){0,2}?(?:role|post|job|position|"
    r"vacancy|opening))\b"
    + _NOT_STAFFING
)  # fmt: skip
# the post someone's for the season ("the log rolling spot for this summer is Jace's, he …")
_HELD_FOR = re.compile(
    r"\b" + _POST + r" for (?:this|the|next) (?:summer|season|year|term|tour|run|festival|winter|"
    r"spring|autumn|fall)(?:" + _A + r"s [a-z\-]+)? (?:is|" + _A + r"s|will be) "
    + _NOT_THE_READER + _NAME + _A + r"s(?:,| —| -|;| now| and)"
    + _NOT_STAFFING
)  # fmt: skip
# someone being taken on, told bare ("Day on the mill Thurs - taking on Seánie from the
# forestry crew for it"; third round: or brought on, told with who they are, "for the armourer
# slot … we're bringing on Ray Kinsella, who kept the weapons on our last two features")
_TAKING_ON = re.compile(
    r"(?:\b(?:we|i)(?:" + _A + r"re| are| am|" + _A + r"m) |[-\u2013\u2014:] )(?:taking|"
    r"bringing) on "
    + _NOT_THE_READER + _NAMES + r"(?: from (?:the|our|his|her|their) |,? "
    r"who\b)"
    + _NOT_STAFFING
)  # fmt: skip
# someone put on the work, with who they are ("I've put Rhys on the oakum and pitch work for
# the smack restoration, he's done three hulls with me")
_PUT_ON = re.compile(
    r"\b(?:i|we)(?:" + _A + r"ve| have)? (?:put|got|set) " + _NOT_THE_READER + _NAME
    + r" on (?:the|that|this|our) [^.!?\n]{0,40}?\b(?:work|job|role|post|shift|run|round|"
    r"contract|restoration|build|crew)\b[^.!?\n]{0,40}?, (?:who\b|(?:he|she|they)(?:" + _A
    + r"s| has| have| had| is| was)\b)"
    + _NOT_STAFFING
)  # fmt: skip
# the post taken by someone, with who they are ("the fire-eating slot … has been taken by
# Naledi, who toured with us")
_TAKEN_BY = re.compile(
    r"\b" + _POST + r"\b[^.!?\n]{0,60}? (?:has been|have been|was|is|" + _A + r"s been) taken by "
    + _NOT_THE_READER + _TITLED_NAME + r"(?:,? who\b|,? whose\b| from (?:the|our)\b)"
    + _NOT_STAFFING
)  # fmt: skip
# others who brought more than the reader ("others who applied brought more cyclotron and
# hot-cell hours than you have so far"); what they brought is experience, not time to prepare
_BROUGHT_MORE = re.compile(
    r"\b(?:others|other (?:applicants|candidates|finalists|people)|the (?:other|rest of the) "
    r"(?:applicants|candidates|finalists))(?: who (?:applied|interviewed|came in|made the "
    r"shortlist))? (?:brought|had|showed|offered|came with|have|bring) (?:more|deeper|longer|"
    r"stronger|broader|wider) [^.!?\n]{0,60}?\b(?:experience|hours|years|skills?|background|"
    r"exposure|practice|knowledge|training|qualifications|depth|familiarity|track record)\b"
    r"[^.!?\n]{0,30}? than (?:you|yours)\b"
)
# the choice told ahead or in a learner's words ("we will move forward with an applicant whose
# …", "we go further with an applicant whose …"); its own "will" is no condition
_GOING_ON_WITH = re.compile(
    r"\bwe(?:" + _A + r"ll| will| shall)? (?:go|move|press|carry on|proceed|continue)(?: ahead| "
    r"forward| further| on)? with (?:an? (?:applicant|candidate|person)s? (?:whose|who)|another "
    r"(?:applicant|candidate)|(?:the )?other (?:applicants|candidates|finalists))\b"
)

# (third round) the post's new holder named, told with who they are ("our new line supervisor is
# Kahurangi Whaanga, who came across from …", "our new shift lead is Daniela, starting Monday");
# never a role in the hiring of the reader, and news after a bulletin's words (decisions_heard)
_OUR_NEW = re.compile(
    r"\bour new (?!(?:[a-z\-]+ )?(?:recruit\w*|hiring|hr|talent|people|interviewer|coordinator|"
    r"contact|assistant to|office|address|site|building|location|website|portal|number|system|"
    r"platform|app|policy|process|email|phone|branch|store|shop|home|base)\b)"
    r"(?:[a-z\-]+ ){0,3}?[a-z\-]+ (?:is|will be) "
    + _NOT_THE_READER + _NAMES + r"(?:,? who\b|, (?:starting|from)\b|,? from "
    r"(?:the|our)\b)"
    + _NOT_STAFFING
)  # fmt: skip
# ... the post someone's from a day ("the floor supervisor job is Iker's from next week")
_HOLDS_FROM = re.compile(
    r"\b(?:the|our|that|this) (?:[a-z\-]+ ){0,2}?" + _POST + r" (?:is|" + _A + r"s) "
    + _NOT_THE_READER + _NAME + _A + r"s (?:from|as of|starting) (?:next|this|the|tomorrow|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
    r"june|july|august|september|october|november|december)\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... a learner's present, "for the hoop diving act … we choose Wang Haoran, he trained in …"
_WE_CHOOSE = re.compile(
    r"\bwe (?:choose|pick|select|take) "
    + _NOT_THE_READER
    + r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|one|two|three|him|her|"
    r"them)\b)"
    + _NAMES + r", (?:he|she|they|who)\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... workers got in, so the place is full ("we've got two jackaroos from Dalby starting next
# week, so the quarters are full until after Christmas")
_GOT_IN = re.compile(
    r"\bwe(?:" + _A + r"ve| have)? (?:got|found|taken on|hired) [^.!?\n]{1,50}? (?:starting|"
    r"arriving|coming in|beginning)\b[^.!?\n]{0,40}?, so (?:we(?:" + _A + r"re| are)|the "
    r"[a-z\-]+ (?:is|are)|it(?:" + _A + r"s| is)) (?:now |all )?(?:full|filled|covered|sorted)\b"
)
# ... others suiting better, hedged ("two or three of the others had spent longer cutting ovine
# tissue, and we felt that suited the lab's next year a shade better")
# (a judgement told as the decision's, "we felt", never a preference others told: "a few of the
# others said mornings suited them better")
_SUITED_BETTER = re.compile(
    r"\b(?:the others|other (?:applicants|candidates|finalists)|(?:two|three|some|a few|several|"
    r"one|a couple)(?: or (?:two|three|four))? of the others)\b[^.!?\n]{0,100}?\b(?:we|the "
    r"panel|the team) (?:felt|thought|decided|judged|agreed|considered)\b[^.!?\n]{0,30}?"
    r"\b(?:suited|fitted|fit|matched|served)\b[^.!?\n]{0,40}?\b(?:better|more closely)\b"
)

# (fourth round) the post given to someone by title or by a name of two or three words, told
# with who they are ("the pyrotechnician role for the National Day show has been given to Mr.
# Wong Kah Wai, who …", "relief lightkeeper post goes to Owain Pritchard who did summers here",
# "prospector job on the Munyati claim given to Mr Moyo who …")
_TO_NAMED = re.compile(
    r"\b(?<!window )(?<!aisle )" + _POST + r"\b"
    # (forty-first pass: never a seat on a coach or a boat given to a passenger)
    r"(?![^.!?\n]{0,30}?\bon (?:the|a|our) (?:coach|bus|train|flight|plane|boat|ferry|minibus|"
    r"trip|tour)\b)"
    r"[^.!?\n]{0,60}? (?:(?:has been|have been|was|is|" + _A + r"s been) )?"
    r"(?:goes|went|gone|given|awarded) to " + _NOT_THE_READER
    + _TITLED_NAME + r",? (?:who|whose)\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... given by us to someone told next ("the calamansi gatherer slot at the farm we gave to
# Jomar, he harvests with us", "the ferryman job … we have given to Kees; he steers …")
_GIVE_TO = re.compile(
    r"\b" + _POST + r"\b[^.!?\n]{0,80}? we (?:gave|give|have given|" + _A + r"ve given|are "
    r"giving) (?:it )?to " + _NOT_THE_READER + r"(?:" + TITLES + r"\.? )?" + _NAME
    # (forty-first pass: or by title, with where they are from, "songkok maker post we give to
    # Encik Hafiz from Acheen St shop")
    # (second round: or who they are, "The ironing job we gave to Rafiq who worked before in
    # Dammam")
    + r"(?:(?:,|;) (?:he|she|they)\b| from (?:the |our |his |her |their )?[a-z]+|,? who\b)"
    + _NOT_STAFFING
)  # fmt: skip
# ... someone who said yes to it, told with who they are ("Rocco, who's worked the farmers'
# market table with us for two summers, said yes to the lead job this morning")
_SAID_YES = re.compile(
    r"\b" + _NOT_THE_READER + _NAME + r",? who\b[^.!?\n]{1,100}?,? (?:said yes to|has accepted|"
    r"accepted|has taken|agreed to take) (?:the|our) (?:[a-z\-]+ ){0,2}?" + _POST + r"\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... the post someone's, told as a plain fact ("The smoking job is Maureen Dixon's. She …")
_IS_NAMES = re.compile(
    r"\b(?:the|that|this) (?:[a-z\-]+ ){0,2}?(?:job|role|post|position|spot|place|vacancy|"
    r"apprenticeship|placement) (?:is|" + _A + r"s) " + _NOT_THE_READER + _NAME
    + r"(?: " + _NAME + r")?" + _A + r"s(?=\.|;|,? (?:he|she|they)\b|$)"
    # (forty-first pass, third round: or where the post stands, "the ploughman's place on the
    # team is Seamus Byrne's; he …", opened by the post's own words)
    + r"|\b(?:place|seat|spot|berth|role|job) (?:on|in|at|with) (?:the|our) [a-z\-]+ (?:is|" + _A
    + r"s) " + _NOT_THE_READER + _NAME + r"(?: " + _NAME + r")?" + _A
    + r"s(?=\.|;|,? (?:he|she|they)\b|$)"
)  # fmt: skip
# ... others on the shortlist who had more, and that weighed most ("a few people on the
# shortlist had more years fitting lower-limb sockets …, and that weighed most with the group")
_WEIGHED = re.compile(
    r"\b(?:a few|some|several|two|three|other) (?:people|candidates|applicants|others|"
    r"finalists)\b[^.!?\n]{0,40}? had (?:more|longer|deeper|wider) [^.!?\n]{0,60}?(?:,? and|;) "
    r"(?:that|this|it) (?:weighed|counted|mattered|tipped it|decided it|won out|carried)\b"
)
# ... the reader not reached on a list certified, or not qualified to go on ("You were not
# reached on this certification", "Hence you do not qualify to sit the Main Examination")
_NOT_REACHED = re.compile(
    r"\byou (?:were not|weren" + _A + r"t|have not been|haven" + _A + r"t been) reached (?:on|in|"
    r"for|by) (?:this|the) (?:certification|list|referral|selection|call)\b"
    r"|\b(?:hence|therefore|thus|so|accordingly),? you (?:do not|don" + _A + r"t|did not|didn"
    + _A + r"t) qualify (?:to|for)\b"
)  # fmt: skip

READINGS = readings(
    ("chose_other", _KIN_TAKES),
    ("chose_other", _MOVED_UP),
    ("chose_other", _HELD_FOR),
    ("chose_other", _TAKING_ON),
    ("chose_other", _PUT_ON),
    ("chose_other", _TAKEN_BY),
    ("chose_other", _BROUGHT_MORE),
    ("chose_other", _HOLDS_FROM),
    ("chose_other", _WE_CHOOSE),
    ("chose_other", _GOT_IN),
    ("chose_other", _SUITED_BETTER),
    ("chose_other", _TO_NAMED),
    ("chose_other", _GIVE_TO),
    ("chose_other", _SAID_YES),
    ("chose_other", _IS_NAMES),
    ("chose_other", _WEIGHED),
    ("reader_out", _NOT_REACHED),
)
# (the one a staff bulletin also tells, "great news: our new shift lead is Daniela, starting
# Monday": rejectwatch.model.decisions_heard reads it as news after such words)
NEWS_READINGS = readings(("chose_other", _OUR_NEW))
READINGS += NEWS_READINGS
# (third round) someone named as the post's holder this year, told ahead ("Priya Nandakumar will
# be my studio assistant this year; her italic is gorgeous"), or someone from a place taking it
# over ("Rémi LeBlanc from the Caraquet yard takes it over when the season opens")
_WILL_HOLD = re.compile(
    r"\b" + _NOT_THE_READER + _NAMES + r" will be (?:my|our) (?:new )?"
    r"(?:[a-z\-]+ ){0,2}?[a-z\-]+ (?:this|next|for the) (?:year|season|term|summer|winter|"
    r"autumn|spring|tour)\b"
    + _NOT_STAFFING
    + r"|\b" + _NOT_THE_READER + _NAMES + r" from (?:the|our) [^.!?\n,;]{1,40}? "
    r"(?:takes|will take|is taking|" + _A + r"s taking|will be taking) (?:it|the "
    r"(?:[a-z\-]+ ){0,2}?" + _POST + r") (?:over|on)\b"
    + _NOT_STAFFING
)  # fmt: skip
# (the readings whose own "will" is no condition: rejectwatch.model.negation reads around them)
_WILL_READINGS = readings(("chose_other", _GOING_ON_WITH), ("chose_other", _WILL_HOLD))
READINGS += _WILL_READINGS
OWN_WORDS = tuple(pattern for _, _, pattern in _WILL_READINGS)
