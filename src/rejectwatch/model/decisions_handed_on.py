"""Outcomes told in shapes no reading held (issue 11, fifty-third pass).

Read blind slices 89-92 kept rejections whose decision no reading held. Each form is written
here in several wordings, never for one message:

* **the work kept in the house**: "we're handing the extra hours to a nurse back from leave
  rather than hiring", "cover goes to current staff instead of recruiting" (never a comparison
  that sets up a step, which the guard holds);
* **the post given to a named someone** by a business, a board or a family: "the farm gave the
  foreman job to the foreman's brother", "the committee has offered the post to a member"
  (never to the reader, to an agency, a recruiter or a panel to handle);
* **the one post taken**: "there's funding for one post this winter, which a member's partner
  has taken" (a post, then "which" and its taker; never the reader);
* **no invitation coming**: "so there is no interview invitation this time", "and so no
  interview call follows" (never "needed" or "required", never "yet").

Second round (read slices 93 and 94's misses):

* **others going ahead instead**: "Others with backgrounds closer to cupping are going ahead
  instead" (never "as well", "too" or "first");
* **the reader going no further, or off the list**: "You will therefore go no further in this
  recruitment", "You are therefore off the shortlist";
* **placed under the cut, only the top group certified**: "you were placed under the merit-list
  cut-off", "only the top-scoring group was certified for selection" (done, never "will be");
* **a post closing without interviews**: "So this opening closes without interviews".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_POST = r"(?:job|role|post|position|place|spot|vacancy|opening|hours|shifts|work|contract)"
# the work kept in the house rather than a hire
_NO_HIRE = re.compile(
    r"\b(?:rather than|instead of) (?:hiring|recruiting|appointing|advertising|taking on "
    r"(?:anyone|someone|somebody|a new)|taking (?:anyone|someone|somebody) (?:new )?on|bringing "
    r"(?:anyone|someone|somebody) (?:new )?in|adding to the team)\b"
    r"(?! (?:for now|yet)\b)"
)
# the post given by a business, a board or a family to someone not the reader
_GIVEN_TO = re.compile(
    r"\b(?:the|our|my) (?:[a-z\-]+ ){0,2}?(?:farm|owners?|client|board|panel|committee|company|"
    r"business|shop|practice|firm|family|boss|school|trust|band|club|co-?op|cooperative|partners)"
    r" (?:has |have |had )?(?:now |finally |already )?(?:gave|given|handed|offered) the "
    r"(?:[a-z\-]+ ){0,3}?" + _POST + r" to (?!you\b|your\b|us\b|me\b)(?:the|a|an|his|her|their|"
    r"one|another|[a-z]+" + _A + r"s)\b"
    r"(?! (?:agency|recruiter|recruiters|panel|hiring manager|team to|board to|council)\b)"
)
# the one post taken: a post, then "which" and who took it
_WHICH_TAKEN = re.compile(
    r"\b(?:one|the|that|this|a single|the only) (?:[a-z\-]+ )?" + _POST + r"\b[^.!?\n]{0,50}?,? "
    r"which (?!you\b|your\b)(?:[a-z\-" + _A[1:-1] + r"]+ ){1,4}?(?:has|have|had) (?:now |since "
    r"|already |just )?(?:taken|filled|accepted|claimed)\b"
)  # fmt: skip
# no invitation coming
_NO_INVITE = re.compile(
    r"\b(?:there" + _A + r"s|there is|there will be|so|and so|and|therefore|hence) no "
    r"(?:interview |further )?(?:invitation|invite|call|call-up|call letter)(?: (?:to|for) "
    r"(?:an? |the )?interview)?(?: for you)? (?:this time|this round|on this occasion|follows|"
    r"will follow|is to follow|is coming|will come)\b(?! (?:yet|until)\b)"
)

# Second round: others going ahead in the reader's stead
_OTHERS_AHEAD = re.compile(
    r"\b(?:others|other (?:candidates|applicants|people|finalists))\b[^.!?\n]{0,80}? (?:are|were|"
    r"will be|have been|" + _A + r"re) (?:going ahead|moving forward|progressing|going through|"
    r"moving on|being progressed|being taken forward|being moved forward) (?:instead|in your "
    r"place|ahead of you|rather than you)\b"
)
# ... the reader going no further, or off the list
_YOU_NO_FURTHER = re.compile(
    r"\byou (?:will|" + _A + r"ll|would|can) (?:therefore |now |thus |so )?(?:go|progress|move|"
    r"proceed) no further\b"
    r"|\byou(?:" + _A + r"re| are| were)(?: therefore| now| thus| so)? off the (?:short ?list|"
    # (never the bare "list": "congrats on the college place! You're off the list now", a
    # withdrawal noted)
    r"interview list|shortlist for (?:this|the) (?:[a-z\-]+ ){0,2}?(?:role|post|vacancy|"
    r"position))\b"
)
# ... placed under the cut, or only the top group certified (done, never to come)
_UNDER_THE_CUT = re.compile(
    r"\byou (?:were|have been|" + _A + r"ve been|are) (?:placed|ranked|rated|scored|listed) "
    r"(?:under|below|beneath|beyond|outside|past) the (?:[a-z\-]+ ){0,2}?(?:cut-?off|cut off|line|"
    r"band|threshold|group)\b"
    r"|\bonly the (?:top|highest|best)(?:-| )(?:scoring|scored|rated|ranked|placed) (?:group|band|"
    r"candidates|applicants|names|category) (?:was|were|has been|have been) (?:certified|referred|"
    r"shortlisted|invited|selected|forwarded|put forward)\b"
)
# ... a post closing without interviews
_CLOSES_UNINTERVIEWED = re.compile(
    r"\b(?:opening|vacancy|post|position|role|requisition|posting)\b (?:now |therefore |so )?"
    r"(?:closes|has closed|is closing|is closed|will close|closed) without (?:any )?"
    r"(?:interviews|interviewing)\b"
)

READINGS = readings(
    ("role_gone", _NO_HIRE),
    ("chose_other", _GIVEN_TO),
    ("chose_other", _WHICH_TAKEN),
    ("reader_out", _NO_INVITE),
    ("chose_other", _OTHERS_AHEAD),
    ("reader_out", _YOU_NO_FURTHER),
    ("reader_out", _UNDER_THE_CUT),
    ("role_gone", _CLOSES_UNINTERVIEWED),
)
