"""Outcomes told in shapes no reading held (issue 11, sixty-first pass, third round: read slices
155 and 156's misses). Each form is written here in several wordings, never for one message:

* **the post given to somebody, in the present form Caribbean writers use for the past**: "The
  boss give the Driver post to somebody from Calliaqua", "dem give di work to a next man";
* **the reader's file or submission stopped at a step, as the consequence of what it lacked**:
  "…, so it has stopped at screening", "…, so this file stops before interview" (never stopped
  by mistake, last year or for now);
* **a crew, a cohort or a team set without the reader**: "The caulking crew is locked in for the
  season, minus you", "this summer's cohort will be without you";
* **the reader's name left behind when others went forward**: "yours stayed behind" (never a
  ballot's "yours was left behind in the drum");
* **a party saying no on the post, or the post "a no for you"**: "The hotel group say no on the
  Hotel Manager job", "Mine Superintendent is a no for you";
* **the reader missing the shortlist**, in the present: "so you miss the shortlist this round".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_POSTS = r"(?:post|job|work|spot|position|role|place|vacancy|slot|contract)"
# the sentence or its clause ends, or goes on with "and", "so" or "but"
_END = r"(?=[ \t]*(?:[.;!,]|\n|$| and\b| so\b| but\b| though\b))"

_GIVE_TO_SOMEBODY = re.compile(
    r"\b(?:boss|owner|manager|management|we|dem|they|company|firm|client|foreman|supervisor) "
    r"(?:done |already |jus |just )?(?:give|gi|giv) (?:the |di |de |dat |that |this )?"
    r"(?:[a-z\-]+ ){0,3}?" + _POSTS + r" to (?!you\b|yuh\b|yu\b|allyuh\b)(?:somebody|someone|"
    r"smaddy|a|an|another|a next|one|de|di|the other|me|my|our|his|her)\b"
)
_FILE_STOPPED = re.compile(
    r"(?:,|;|\band)? so (?:it|this (?:file|application|submission|form)|your (?:file|submission|"
    r"form|application))(?: has| is| was)? (?:stopped|stops|halted|halts|ended|ends|closed|"
    r"closes) (?:at (?:the )?(?:screening|sift|sifting|shortlisting|paper review)(?: stage)?|"
    r"before (?:the )?(?:interviews?|shortlisting|shortlist|assessment))\b"
    r"(?! (?:if|unless|when|until|for (?:anyone|applicants|candidates|those))\b)"
    # (never for a while, "stops at the screening stage for now, and we'll be in touch next week
    # with an interview time")
    r"(?![^.!?\n]*\b(?:for now|for the moment|for the time being|until|in touch|interview time)\b)"
)
_WITHOUT_YOU = re.compile(
    r"\b(?:crew|cohort|team|intake|squad|line-?up|roster|group|class|panel|shortlist)\b"
    r"[^.!?\n]{0,60}?(?:,? minus you|(?:will be|is|" + _A + r"s|are|goes ahead|go ahead|runs|"
    r"will run|starts|will start) (?:[a-z]+ )?without you)" + _END
)
# (after the others went forward, up or through: never a ballot's "yours was left behind in the
# drum")
_YOURS_BEHIND = re.compile(
    r"\b(?:forward|through|up|onward|onwards|ahead)\b[^.!?\n]{0,80}?\byours (?:stayed|was left|"
    r"remained|stays|is left|was kept) (?:behind|back)\b"
)
_SAY_NO_ON = re.compile(
    r"\b(?:client|group|employer|company|firm|mine|hotel|they|owner|owners|board|panel|school|"
    r"hospital|practice|restaurant|store|bank) (?:say|says|said|have said|has said) (?:a )?no "
    r"(?:on|to|for) (?:the |your |this )?(?:(?!you\b)[a-z\-&]+ ){0,4}?(?:job|role|post|position|"
    r"application|vacancy|opening|placement)\b(?![^.!?\n]*\bbut yes\b)"
    # (the post by its title, its last word a post's: never parking, a locker or a day)
    r"|(?:^|(?<=\n)|(?<=[.;:] ))(?:the )?(?:[a-z\-&]+ ){0,3}?(?:manager|superintendent|supervisor|"
    r"engineer|assistant|officer|lead|technician|operator|driver|clerk|chef|cook|nurse|analyst|"
    r"developer|designer|foreman|director|coordinator|co-ordinator|worker|hand|porter|"
    r"administrator|associate|specialist|inspector|attendant|cashier|teacher|job|role|post|"
    r"position|vacancy) (?:is|" + _A + r"s) a (?:no|pass) for you\b"
)
_MISS_THE_SHORTLIST = re.compile(
    r"\bso you (?:miss|missed|don" + _A + r"t make|didn" + _A + r"t make|do not make|did not "
    r"make|fall short of|fell short of) the (?:shortlist|cut|interview list|interview stage|"
    r"next round|next stage)\b"
)

READINGS = readings(
    ("chose_other", _GIVE_TO_SOMEBODY),
    ("reader_out", _FILE_STOPPED),
    ("reader_out", _WITHOUT_YOU),
    ("reader_out", _YOURS_BEHIND),
    ("reader_out", _SAY_NO_ON),
    ("reader_out", _MISS_THE_SHORTLIST),
)
