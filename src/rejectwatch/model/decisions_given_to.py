"""The post given to, or won by, someone described by any noun, and the reader left out in a
trade's words (issue 11, sixty-seventh pass, first round: blind slices 205 and 206's misses).
Each is written for its shape, not its sentence:

* **given to someone described**: "The committee gave the repainting work to a local
  decorator", "The museum gave it to a longtime volunteer of the walk" (the post, the work or
  "it" handed to a person told by any noun phrase; never the reader, a party of the process or
  someone asked to do something with it);
* **someone described was selected (got it)**: "A fitter holding welding papers was selected",
  "A deckhand already holding a launch ticket got it" (a sentence opening with one person told
  by what they hold or are);
* **the chooser's pick named**: "The committee's appointee is Grace Kamwendo", "the panel's
  choice was a nurse from the ward";
* **chose the one who did something**: "The co-op chose the crew that relined the dips last
  fall" (a person's noun, then "who" or "that"; never with the reader in the rest of the
  sentence);
* **others with more of it, where the team will go**: "Some others log more excavator hours,
  and that is where the hiring team will put its time";
* **the work covered another way**: "an agency out of Clifton will cover it", "our own staff
  will cover the role" (never for a while, "until", "meanwhile");
* **the crew is last year's again**: "The winter crew is last year's lads again";
* **the reader left out or set aside for good**: "leaving you on the bench", "the screening
  filter set it aside for good", "your name failed to reach the shortlist";
* **a class ruled out with the reader's papers in it**: "Applications without a permit are
  ineligible, and yours had none".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_A = r"['\u2019]"
# one word of a noun phrase: never a joining word, a verb's "to" or a clause's opening
_WORD = (
    r"(?!(?:to|for|and|but|so|because|until|when|if|while|once|instead|is|was|will|would|"
    r"can|could|should|you|your|yours|review|check|look)\b)[a-z\-" + _A[1:-1] + r"]+"
)
# the post, the work or "it"
_POST = (
    r"(?:it|the (?:[a-z\-]+ ){0,3}?(?:work|job|post|role|contract|place|spot|position|berth|"
    r"vacancy|opening|gig|slot|seat on the crew|start))"
)
# a person told by any noun phrase (never the reader, a party of the process, a date, nor one
# who takes a home: "owner gave it to another family", two flats of slices 142 and 185)
_DESCRIBED = (
    r"(?:a|an|one|our|their|his|her|some|another|the) (?![^.!?\n]{0,40}\b(?:famil(?:y|ies)|"
    r"tenants?|buyers?|couples?|households?|bidders?|renters?|lodgers?|flatmates?)\b)"
    r"(?!(?:client|hiring|recruiting|line "
    r"manager|panel|committee|board|team|department|agency to|manager for|interview|shortlist|"
    r"printer|post ?room|office|next stage|next round)\b)(?:" + _WORD + r" ){0,4}?" + _WORD
)
_ENDS = r"(?=[ \t]*(?:[.,;:!\u2014\u2013]|\n|$)| (?:who|whose|from|of|with|that|out of)\b)"
_GIVEN_TO = re.compile(
    # (never a story told of another, "she gave the job to her best friend from school")
    r"(?<!\bshe )(?<!\bhe )(?<!\bshe has )(?<!\bhe has )(?<!\bshe had )(?<!\bhe had )"
    r"\b(?:gave|has given|have given|had given|handed|awarded|offered)(?: over)? " + _POST
    + r" to " + _DESCRIBED + _ENDS
)  # fmt: skip
# one person told by what they hold or are, then chosen, at the sentence's start
_ONE_SELECTED = re.compile(
    r"(?:^|(?<=[.!?:;\n] )|(?<=\n))(?:a|an) (?:[a-z\-]+ ){1,3}?(?:already |who |with |holding |"
    r"carrying |having |from |that )[^.!?\n;,]{0,60}? (?:was|has been|got|has got|ended up "
    # (second round: or took it, "A joiner with more hardwood decking work took it", slice 207)
    r"with|landed|took|has taken|won|has won) (?:selected|chosen|picked|appointed|hired|"
    r"taken on|the nod|it|the (?:post|"
    r"job|role|place|spot|position|berth|contract|work))\b(?! (?:for|to) (?:an? |the |your )?"
    r"(?:interview|call|chat|trial|test)\b)"
    # (never "it" brought somewhere, a job elsewhere, a draw: "a lad from the shop got it to us",
    # "a girl from the bakery got the job there", "a lady from the choir got it in the raffle")
    r"(?! (?:to|for|back|here|there|over|in|done|sorted|working|fixed|from|at|on)\b)"
    r"(?![^.!?\n]*\b(?:raffle|draw|prize|lottery|auction|competition|quiz|still open)\b)"
)
_PICK_NAMED = re.compile(
    r"\b(?:the |our )?(?:committee|panel|board|team|school|firm|council|practice|"
    r"manager)" + _A + r"s (?:appointee|pick|choice|nominee|selection|hire) (?:is|was) "
    r"(?!you\b|yours\b|still\b|not\b|due\b|to\b|being\b|expected\b)\w"
)
_CHOSE_WHO = re.compile(
    r"\b(?:chose|picked|selected|went with|hired|took on|appointed|settled on) the "
    r"(?:[a-z\-]+ )?(?:crew|team|person|candidate|applicant|one|fellow|lad|lass|woman|man|worker|"
    r"hand|volunteer|local|[a-z]+(?:er|or|ist|ian))s? (?:who|that|whose)\b"
    r"(?![^.!?\n]*\b(?:you|your)\b)"
)
_OTHERS_MORE = re.compile(
    r"\bothers (?:log|have|hold|bring|show|carry|offer|had|brought|showed)\b[^.!?\n]{0,60}? more "
    r"[^.!?\n]{0,60}?\b(?:that|this|they|those)(?: is|" + _A + r"s| are| were| was) (?:where|who|"
    r"whom) (?:the|our) (?:[a-z\-]+ )?(?:team|panel|committee|manager|firm|company|school)"
    r"(?: will|" + _A + r"ll| is going to| has (?:chosen|decided) to)? (?:put|focus|spend|go|"
    r"invest|look|turn)\b"
)
_COVERED = re.compile(
    r"\b(?:an|the|our|a local|an outside) (?:agency|contractor|outside firm|staffing firm|temp "
    r"agency|in-house team|existing team|own staff|current staff|current team)\b[^.!?\n]{0,30}? "
    r"(?:will|" + _A + r"ll|is going to|are going to) (?:cover|handle|staff|take on|do) (?:it|the "
    r"(?:[a-z\-]+ )?(?:role|post|job|work|position|shifts))\b"
    r"(?![^.!?\n]*\b(?:until|meanwhile|meantime|for now|interim|temporarily|while)\b)"
)
_SAME_AGAIN = re.compile(
    r"\b(?:crew|team|squad|gang|line-up|lineup|staff)\b[^.!?\n]{0,10}? (?:is|are|will be) "
    r"(?:last (?:year|season|summer|winter)" + _A + r"s|our (?:usual|regular|old)) "
    r"(?:[a-z\-]+ )?(?:lads|lasses|people|crew|team|hands|faces|folk|gang|regulars|pickers|"
    r"workers)(?: again| back)\b(?![^.!?\n]*\byou\b)"
)
_LEFT_OUT = re.compile(
    # (never denied or undone, "we haven't left you off the shortlist", "we left you off the
    # shortlist email by mistake")
    r"(?<!n['\u2019]t )(?<!\bnot )(?<!\bnever )"
    r"\b(?:leaving|leaves|left) you (?:on the bench|on the sidelines|out in the cold|off the "
    r"(?:crew|team|rota|list|shortlist)|without an? (?:berth|start|role|"
    r"job|post))\b(?! (?:e-?mail|message|mail|thread|by mistake)\b)"
    r"(?![^.!?\n]*\b(?:by mistake|in error|accidentally)\b)"
    r"|\b(?:set|put|laid|moved)(?: it| them| (?:your|the) (?:application|cv|form|papers|"
    r"submission|file))? (?:aside|to one side|away) for good\b"
    # (second round: or missed that list, "your name missed that list this time", slice 208)
    r"|\byour (?:name|application|cv|profile|papers|submission) missed (?:that|the|our) "
    r"(?:[a-z\-]+ )?(?:list|shortlist|cut)\b"
    r"|\byour (?:name|application|cv|profile|papers|submission) (?:failed to|did not|didn"
    + _A + r"t|could not|couldn" + _A + r"t) (?:reach|make|get (?:onto|on|into)) the "
    r"(?:[a-z\-]+ )?(?:shortlist|short list|short-list|interview list|final list|next (?:stage|"
    r"round))\b"
)  # fmt: skip
# a class ruled out, and the reader's own papers in it ("Applications without a permit are
# ineligible, and yours had none")
_YOURS_IN_IT = re.compile(
    r"\b(?:applications|cvs|forms|candidates|applicants|submissions|entries)\b[^.!?\n]{0,60}? "
    r"(?:are|were|is|was|become|became|cannot be|can" + _A + r"t be|could not be|will not be|"
    r"won" + _A + r"t be) (?:ineligible|invalid|void|considered|accepted|progressed|shortlisted|"
    r"screened out|set aside|rejected|declined)\b[^.!?\n]{0,20}?,? (?:and|but|so|as) yours "
    r"(?:(?:had|has) (?:none|no)|did not|didn" + _A + r"t|lacked|lacks|missed|(?:was|is) "
    r"(?:missing|without|not)|(?:came|arrived) without|wasn" + _A + r"t|isn" + _A + r"t)\b"
)

READINGS = readings(
    ("chose_other", _GIVEN_TO),
    ("chose_other", _ONE_SELECTED),
    ("chose_other", _PICK_NAMED),
    ("chose_other", _CHOSE_WHO),
    ("chose_other", _OTHERS_MORE),
    ("role_gone", _COVERED),
    ("role_gone", _SAME_AGAIN),
    ("reader_out", _LEFT_OUT),
    ("reader_out", _YOURS_IN_IT),
)
