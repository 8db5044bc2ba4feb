"""Decisions heard in a reply, a hedge, a short note or a bare status (issue 11, twenty-second
pass, part A).

Blind slice 20's English misses in the kinds issue 11 names, read by kind once the slice was
declared read, gave refusals in shapes the readings had none for; each is written here for its
kind, in several wordings and sectors:

* **someone else taken on, and what they bring**: "Mr Oduya has taken on Jessamy, who had been
  covering our dispensing desk", "we've hired Bartholomew, who has run the bar at our other
  site" (not "…, who will show you round", "who'll be your manager");
* **a committee agreeing to give the post to another**: "the committee agreed to offer the
  records assistant post to Gwenllian, who has been volunteering …", "the board voted to give
  the caretaker role to Desmond, who …" (not "to you");
* **someone brought in from elsewhere in the firm for the job**: "we've brought in Tadhg from
  the bottling line for the brewhouse assistant job", "they've moved Priti over from packing into
  the dispatch job" (not "to help with your induction", not with the reader beside them);
* **the ones chosen have more**: "on balance the folk we're going ahead with have spent more of
  their time on sports turf than on parkland", "the two we're taking forward have longer …"
  (not "have a site walk first", not the reader among them);
* **"that's us done"**: "…, so I reckon that's us done for now", "so I think that's us finished
  on this one", "so we'll call it a day there" (not "for today", not "see you Saturday");
* **decided against asking the reader to a stage**: "we have decided against asking you to the
  assessment morning", "chose not to call you back for the second interview" (not "asking you to
  bring …", not "and instead offer you the post");
* **sorted, someone else doing the days**: "sorted now thanks, my sister's daughter is doing
  saturdays", "my nephew's covering the weekends now, so we're sorted" (not "you're doing
  saturdays", not "so I need you on sundays");
* **another person taken, in a non-native writer's words**: "We take other person with forklift
  licence", "we have take another worker" (not "also", not "with you");
* **a tracker's status set by the employer**: "Harbourside Leisure Centre moved your application
  for swim teacher to: Ended by employer", "Status: Ended by employer" (not "to: Interview", not
  "will show "Ended by employer" if they pass", a rule ahead).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings after decisions_before, so none is read in a conditional, still-to-come,
quoted or reader-decided sentence, nor in mail about someone else's candidacy. The word groups
are read off the patterns (rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import choices_plain, hired_by_name, insiders_chosen, posts_given
from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_filled import NAME
from rejectwatch.model.decisions_preferred import AGREED_BRANCHES
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS", "STANDING", "told_otherwise"]

_Q = r"[\"\u201c\u201d'\u2018\u2019]"
_HONORIFIC = r"(?:(?:mr|mrs|ms|miss|mx|dr)\.? )?"
_POST = (
    r"(?:[a-z\-]+ ){0,3}?(?:job|role|post|position|place|vacancy|contract|apprenticeship|"
    r"traineeship|placement|shift|berth|seat|opening)\b"
)
# (twenty-second pass, part G: the rest of the sentence tells the reader to greet, train or
# book in the one taken, or to close the advert, or says they cover a while: the reader is the
# one hiring, or a colleague, "so please make him welcome on monday", "while meg is on leave")
_HIRER_TOLD = (
    r"(?:please (?:make|welcome|say|train|show|book|set|give|help|introduce|close|ring|call|send|"
    r"loop|add|copy|cc)|"
    r"can you|could you|would you|you can|be ready|make (?:him|her|them) welcome|"
    r"welcome (?:him|her|them)|say hello|train (?:him|her|them)|show (?:him|her|them)|"
    r"induction|start dates?|close the (?:advert|ad|listing|posting)|while [a-z\-]+ (?:is|are|"
    r"['\u2019]s) (?:on|off|away)|on leave|as (?:interim|acting|our new)|you['\u2019]re on|"
    r"you are on|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|"
    r"your (?:team|panel|department|side|rota))\b"
)
# the rest of the sentence puts the reader beside the other, or says what the other will do
# for the reader: an offer, an induction
_WITH_READER = (
    r"(?![^.!?\n]*\b(?:will|['\u2019]ll|is going to|are going to|starts?|starting|joins?|joining|"
    r"you['\u2019]d|you would|you will|you['\u2019]ll|your|yours|with you|alongside you|and you|"
    r"you too|you as well|including you|you included)\b|" + r"[^.!?\n]*\b" + _HIRER_TOLD + r")"
)
# someone else taken on, with what they have done ("mr oduya has taken on jessamy, who had been
# covering our dispensing desk")
_TAKEN_ON_WHO = re.compile(
    r"\b(?:(?:has|have|['\u2019]ve|['\u2019]s|had)(?: now| just| since| already)? (?:taken on|"
    r"hired|appointed|engaged|recruited|signed up|signed|brought in|gone with|settled on|picked|"
    r"chosen|offered it to|given it to)"
    # (part G: "we went ahead and hired jamal, who …", "we ended up going with kayla, who …")
    r"|(?:went ahead and|ended up|eventually|finally) (?:hired|took on|appointed|picked|chose|"
    r"went with|going with|hiring|taking on|picking|choosing)) "
    + _HONORIFIC
    + NAME
    + r", who(?:['\u2019]s| has| had| was| is| already| knows| knew| worked| ran| covered| held| "
    r"did| used to)\b" + _WITH_READER
)
# a committee agreeing to give the post to another ("the committee agreed to offer the records
# assistant post to gwenllian, who has been volunteering")
_AGREED_TO_GIVE = re.compile(
    r"\b(?:agreed|voted|resolved|settled on|opted|chose|elected|decided) (?:to )?(?:offer|offering|"
    r"give|giving|award|awarding|hand|handing) (?:the|this|that|our) "
    + _POST
    + r" to (?:"
    + _HONORIFIC
    + NAME
    + r"(?: "
    + NAME
    + r")?(?:,? (?:who|whose)\b|, (?:a|an|one of|our)\b)"
    # (part G: "agreed to give the job to a internal candidate")
    + r"|(?:an?|another|one other|the other) (?:(?:internal|external|other|different|existing|"
    r"local) )?(?:candidate|applicant|person|member of staff|colleague)\b)" + _WITH_READER
)
# someone brought in from elsewhere for the job ("we've brought in tadhg from the bottling line
# for the brewhouse assistant job")
_BROUGHT_IN_FROM = re.compile(
    r"\b(?:brought|moved|pulled|drafted|promoted|transferred|taken|put|gone with|went with|"
    r"picked|chosen|chose|hired|taken on|appointed|(?:decided|chose|opted) to (?:bring|move|pull|"
    r"transfer|promote)) (?:in |over |across |up )?(?:an? (?:[a-z\-]+ )?|one of (?:our|the) )?"
    r"(?:" + NAME + r"(?: " + NAME + r")?|(?:member|members) of (?:staff|the team)|colleague|"
    r"employee|staff member) (?:in |over |across |up )?from "
    r"(?:the|our|their|its) (?:[a-z\-]+ ){0,3}?(?:line|team|site|branch|shop|floor|kitchen|depot|"
    r"office|bar|desk|yard|warehouse|store|crew|side|department|ward|cellar|room|caf\u00e9|cafe|"
    r"pub|restaurant|farm|school|college|agency|garage|salon|studio|hotel|village|town|estate|"
    r"club|church|family) (?:for|into|to do|as) "
    r"(?:the|our|this|that) " + _POST + _WITH_READER
)
# the ones chosen have more ("on balance the folk we're going ahead with have spent more of
# their time on sports turf than on parkland")
_CHOSEN_HAVE_MORE = re.compile(
    r"\b(?:the|those) (?:[a-z\-]+s|folk|people|one|person|two|three|four|five|few|pair|trio|team) "
    r"(?:we['\u2019]re|we are|we['\u2019]ve|we have|"
    r"we) (?:going ahead with|gone ahead with|going forward with|gone with|taking forward|"
    r"moving forward with|moved forward with|proceeding with|"
    r"taken forward|progressing|taking on|taken on|settled on|picked|chosen|offering (?:it|"
    r"the (?:job|role|post|places?)) to|went (?:ahead )?with|(?:have |['\u2019]ve )?decided to "
    r"go (?:ahead |forward )?with) (?:have|has|had|bring|brought|all have|both have|"
    r"are|were)\b[^.!?\n]{0,80}?\b(?:more|longer|stronger|deeper|broader|wider|further|closer|"
    r"better|fresher|greater)\b"
    # (part G: more of what a person brings to the work, not "more questions about the rota",
    # "longer notice periods", "more parking", "better insurance cover")
    r"(?=[^.!?\n]{0,40}?\b(?:experience|experienced|years?|time(?! to)|background|knowledge|"
    r"skills?|training|trained|qualifications?|qualified|records?|history|exposure|familiarity|"
    r"expertise|practice|service|licen[cs]es?|certificates?|tickets?|hands[ \-]on|at sea|"
    r"skippering|work|working|done|spent|worked|track)\b)"
    r"(?![^.!?\n]*\b(?:including you|you included|you among|like you|as you|you['\u2019]re one|"
    r"you are one|you too|see you|meet you|with you|notice)\b|[^.!?\n]*\b" + _HIRER_TOLD + r")"
)
# "that's us done" after a reason ("…, so i reckon that's us done for now")
_HEDGE = (
    r"(?:i reckon |i think |i guess |i['\u2019]d say |i['\u2019]m afraid |i fear |sadly |"
    r"unfortunately |sorry,? |annoyingly |for now )?"
)
_US_DONE = re.compile(
    # (after a reason in the same sentence: not a sentence's opening "so that's us done.")
    r"(?<=[a-z0-9]),? (?:and )?so,? "
    + _HEDGE
    + r"(?:that['\u2019]?s us (?:done|finished|sorted)|we['\u2019]ll (?:have to )?(?:call it a day|"
    r"leave it) (?:there|on this one|at that))"
    r"(?: (?:for now|on this one|this time|with this one|with the (?:role|job|post)|i['\u2019]m "
    r"afraid))?"
    r"(?=[ \t]*(?:[,.;!\u2014\u2013]|-[ \t]|$|\n|sorry\b|thanks?\b|x{1,3}\b))"
    r"(?![^.!?\n]*\b(?:see you|until|till|for today|for the day|tonight|tomorrow|next (?:week|"
    r"time)|your (?:start|first|shift|trial)|welcome|start on|pick (?:it|this) up|thanks (?:all|"
    r"everyone|folks|team)|everyone)\b)"
)
_STAGE = (
    r"(?:[a-z\-]+ ){0,3}?(?:interview|interviews|assessment|assessments|trial|stage|round|day|"
    r"morning|afternoon|evening|centre|center|session|panel|audition|selection|shortlist|"
    r"open day|workshop|test)\b"
)
# decided against asking the reader to a stage ("we have decided against asking you to the
# assessment morning", "chose not to call you back for the second interview")
_AGAINST_ASKING = re.compile(
    r"\b(?:decided|chosen|chose|opted|elected) (?:against|not to) (?:ask|asking|call|calling|"
    r"bring|bringing|have|having|see|seeing|put|putting) you (?:in |back |through |forward )?"
    r"(?:to|for|onto|into) (?:the|an|a|our|this|that|next|this week['\u2019]s|the next) "
    + _STAGE
    + r"(?![^.!?\n]*\b(?:until|unless|if|before|instead|straight|directly|offer you|"
    r"appoint you|make you an offer|an offer|"
    # (part G: another day, or a reason of the reader's own: "as you're on holiday, so we've
    # moved you to the 11th", "as it clashes with your exam", "as you're already through")
    r"moved you|move you|moving you|reschedul\w*|another (?:day|date|time|slot)|clash\w*|"
    r"already (?:through|on|in|booked)|holiday|exams?|on leave)\b)"
)
_SOMEONE = (
    r"(?:my|our|his|her|the) (?:[a-z\-]+['\u2019]s )?(?:[a-z\-]+ )?(?:daughter|son|nephew|niece|"
    r"cousin|sister|brother|lad|lass|girl|boy|neighbour|neighbor|friend|mum|dad|wife|husband|"
    r"partner|regular|student|apprentice)|an? (?:[a-z\-]+ )?(?:lad|lass|girl|boy|woman|man|lady|"
    r"student|local) from (?:the |our )?[a-z\-]+|(?!(?:it|that|this|there|he|she|what|who|"
    r"everything|all|you)\b)" + NAME
)
_DAYS = (
    r"(?:the )?(?:saturdays|sundays|weekends|the weekend|mornings|evenings|nights|saturday|"
    r"sunday|weekend|shifts?|hours|rounds?|deliveries|job|cover"
    # (part G: "the paper rounds", "the saturday job")
    r"|[a-z\-]+ (?:shifts?|rounds?|job|deliveries|mornings|evenings|weekends))\b"
)
# sorted, someone else doing the days ("sorted now thanks, my sister's daughter is doing
# saturdays"; "my nephew's covering the weekends now, so we're sorted")
_SORTED_DOING = re.compile(
    r"\b(?:(?:all |we['\u2019]re |i['\u2019]m |we are |i am )?sorted|no need|all covered|"
    r"covered)(?: now)?(?:,? (?:thanks|thank you|ta|cheers))?[ \t]*[,;:\u2014\u2013\-]+[ \t]*"
    r"(?:" + _SOMEONE + r")(?:['\u2019]s| is| has) (?:now )?(?:doing|covering|taking|working|"
    r"got|on)(?: on)? " + _DAYS + r"(?![^.!?\n]*(?<!thank )\byou)"
    r"|\b(?:" + _SOMEONE + r")(?:['\u2019]s| is| has) (?:now )?(?:doing|covering|taking|working|"
    r"got) " + _DAYS + r"(?: now)?,? so (?:we['\u2019]re|i['\u2019]m|we are|i am|we|all|that['"
    r"\u2019]s us) (?:sorted|covered|set|fine|all good)\b(?![^.!?\n]*(?<!thank )\byou)"
    # (part G: sorted for a day out, not for help: "so we're sorted for the bank holiday")
    r"(?! for (?:the |our |a )?(?:[a-z\-]+ )?(?:bank holiday|holidays?|christmas|easter|party|"
    r"do|event|wedding|trip|festival|match|show|fair|weekend|summer|night)\b)"
)
# another person taken, in a non-native writer's words ("we take other person with forklift
# licence")
_OTHER_PERSON = re.compile(
    r"\bwe (?:take|took|are take|already take|have take|have taken|has take|taked|choose|chosed|"
    r"have choose|select|hire|have hire|employ|have employ|decide for|decided for|go with|"
    r"went with) (?:other|another|the other|one other|different) (?:person|candidate|applicant|"
    r"man|woman|worker|guy|driver|people|lady|boy|girl|operator|employee)\b"
    r"(?![^.!?\n]*\b(?:also|too|as well|and you|with you|beside you|alongside you|together|"
    r"you (?:start|come|work|can)|(?<!sorry )for you|please|(?:train|show|teach|help) "
    r"(?:him|her|them))\b)"
)
_ENDED_LABEL = (
    r"(?:ended|closed|archived|withdrawn|stopped|cancell?ed|finished|declined|rejected) by "
    r"(?:the )?(?:employer|hirer|hiring team|company|centre|center|recruiter|business|client|"
    r"site|venue|manager)"
)
# a tracker's status set by the employer ("moved your application for swim teacher to: ended by
# employer"); a label quoted stands though its cue reads as reported (STANDING)
_ENDED_BY_EMPLOYER = re.compile(
    r"\b(?:moved|set|changed|updated|put|marked) your (?:application|candidacy|profile)"
    r"(?: for [^.!?\n:]{1,60}?)? (?:to|as):? " + _Q + r"?" + _ENDED_LABEL + r"\b"
    r"|\byour (?:application|candidacy|profile)(?: for [^.!?\n:]{1,60}?)? (?:was|has been|is "
    r"now|got) (?:moved|set|changed|updated|marked) (?:to|as):? " + _Q + r"?" + _ENDED_LABEL + r"\b"
    # (part G: not an employment's or a contract's status, "previous employment status: ended
    # by employer")
    r"|\b(?<!employment )(?<!contract )(?<!previous )(?<!tenancy )(?<!membership )"
    r"(?:status|stage)[ \t]*[:\-][ \t]*" + _Q + r"?" + _ENDED_LABEL + r"\b"
)

# (twenty-second pass, part G) what stands before a reading in its sentence that makes it other
# mail: news told to staff or members ("good news for the team - we have hired marguerite, who
# ran the leeds office"; "staff update: we have moved ayesha across from the leeds office into
# the team leader position"), or the reader among those who chose ("the hiring panel (you,
# maria and me) agreed to offer the analyst role to sipho, who …")
_NEWS_BEFORE = re.compile(
    r"\b(?:(?:good|great|exciting|happy|big|some) news|(?:pleased|delighted|thrilled|happy|proud|"
    r"excited) to (?:announce|say|share|report|welcome|confirm|let you know)|(?:staff|team|club|"
    r"members?|office|site|school|parish) (?:update|news|notice|bulletin)|update for (?:the )?"
    r"(?:staff|team|everyone|all|members)|newsletter|bulletin|minutes|agenda|congratulations|"
    r"congrats|welcome|rota|hi (?:all|team|everyone|folks)|for the (?:refit|trip|season|"
    r"holidays?))\b"
    r"|\(\s*(?:[^)]*\b)?you\b|\byou and (?:i|me)\b"
    # (thirty-eighth pass: or a team addressed, "Team, we've hired Chen, who …"; never "all",
    # whose "after all, we've taken on someone …" tells a refusal)
    r"|\b(?:team|everyone|everybody|folks)[,!] "
)
# a "that's us done" closes a decision only after a reason about whom they want or chose ("the
# owner wants a baker who's…", "we've gone with someone who can do nights"), not a meeting's
# or a day's end ("we've covered the budget and the rota, so that's us done for now")
_REASON_ABOUT_SOMEONE = re.compile(
    r"\b(?:someone|somebody|anyone|an? [a-z\-]+ who|(?:want|wants|wanted|need|needs|needed|"
    r"looking for|after) (?:a|an|someone|somebody|people|more)|gone (?:with|to)|went (?:with|to)|"
    r"hired|taken on|took on|filled|appointed|offered|role|job|post|position|vacancy|"
    r"applica\w+|candidates?|experience|qualified|licen[cs]es?|says no|said no|decided|decision|"
    r"(?:boss|owner|manager|chef|head|directors?|partners?) (?:went|has gone|['\u2019]s gone|"
    r"chose|picked|prefers?|would rather))\b"
)


def told_otherwise(pattern: re.Pattern[str], lowered: str, left: int, at: int) -> bool:
    """Does what stands in ``lowered`` between its sentence's start ``left`` and a match of
    ``pattern`` (a reading of READINGS) at ``at`` make the sentence other mail: news told to
    staff before a choice of someone, or no reason about a person before "that's us done"?"""
    if pattern in _US_DONE_BRANCHES:
        return _REASON_ABOUT_SOMEONE.search(lowered, left, at) is None
    return pattern in _NEWS_BRANCHES and _NEWS_BEFORE.search(lowered, left, at) is not None


_STATUS = readings(("status", _ENDED_BY_EMPLOYER))
STANDING = tuple(pattern for _, _, pattern in _STATUS)
# (twenty-third pass, part E: each pattern's readings made once, READINGS and the branches
# told_otherwise looks for taken from the same, not read off the patterns a second time)
_NEWS = readings(
    ("chose_other", _TAKEN_ON_WHO),
    ("chose_other", _AGREED_TO_GIVE),
    ("chose_other", _BROUGHT_IN_FROM),
    ("chose_other", _CHOSEN_HAVE_MORE),
)
_US_DONE_READINGS = readings(("reader_out", _US_DONE))
_OTHER_PERSON_READINGS = readings(("chose_other", _OTHER_PERSON))
READINGS = (
    _STATUS
    + _NEWS
    + _US_DONE_READINGS
    + readings(("reader_out", _AGAINST_ASKING), ("chose_other", _SORTED_DOING))
    + _OTHER_PERSON_READINGS
)
_US_DONE_BRANCHES = frozenset(pattern for _, _, pattern in _US_DONE_READINGS)
# (twenty-ninth pass: and decisions_preferred's choice agreed on, found by
# tests/test_fourth_reread.py after part A's merge)
# (thirty-eighth pass: and hired_by_name's hire told by name, the post gone to someone named;
# thirty-ninth: insiders_chosen's someone asked, voted in or a relative taken on)
_NEWS_BRANCHES = (
    frozenset(
        pattern
        for _, _, pattern in _NEWS
        + _OTHER_PERSON_READINGS
        + hired_by_name.NEWS_READINGS
        + insiders_chosen.NEWS_READINGS
        # (fortieth pass, third round: choices_plain's post's new holder named)
        + choices_plain.NEWS_READINGS
        # (forty-first pass: posts_given's new holder told with who they are)
        + posts_given.NEWS_READINGS
    )
    | AGREED_BRANCHES
)
