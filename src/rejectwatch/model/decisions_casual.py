"""Small trades' casual refusals left unread (issue 11, twenty-sixth pass, part E), in their
general forms: an owner writing by text, chat, a market app, a notice board or a form's reply.

Each form is written here in several wordings and trades, never for one message:

* **the post, round or hours given to someone else**: "I gave the summer van round to my
  cousin", "I've decided to give the weekend hours to my neighbour's daughter", "we gave the pot
  wash job to Kev's brother" (never a shift, extra hours or keys, never to the reader, never to
  cover a while, "while you're away");
* **the boat, van or shop with its hand for the season**: "the Morwenna Jane has its deckhand
  for the season now", "the bakery's got its driver for the summer now", "we've got our pickers
  for the harvest already" (never an engine or a sports side's coach);
* **the team kept as it is, for now or for the season**: "we're keeping the stall team as it is
  for now, we're all set", "we're sticking with the staff we've got for this season" (never with
  the reader kept on, "so you'll stay on earlies");
* **a form's bare "crew complete for this September"**, "staff full for this summer" (never a
  rota or a first shift, "see you on the 3rd");
* **the sender staffed up or sorted for the season**: "we're all staffed up for the summer now",
  "we're sorted for the season" (never for a rota or for logs, never "fully booked");
* **"sorry love, I've got someone"** with nothing after the someone but "for it", "now",
  "already" (never "someone coming to look at the boiler", "someone to cover your Saturday");
* **a form's bare "unsuccessful this time"** opening its sentence or line (never a payment, a
  delivery or an attempt to try again);
* **the panel that went for someone named in the end** (an interview, selection or appointment
  panel only; never lunch, a hotel or an option).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_crewed import _NOT_A_POST, _NOT_AFTER_IF, _PERSON
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_A = r"['\u2019]"
# the end of a clause: a stop, a comma, a dash or the line's end
_END = r"(?=[ \t]*(?:[,.;:!|\u2014\u2013)(]|-[ \t]|$|\n))"
# a season, a year's part or a month
_SEASON = (
    r"(?:season|summer|winter|spring|autumn|harvest|year|trip|run|tour|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)"
)
# no one kept on or served, no shift, rota or meeting the reader has in the rest of the sentence
_NOT_THE_READERS = (
    r"(?![^.!?\n]*\b(?:you(?:" + _A + r"ll| will|" + _A + r"re| are)|your|see you|with you|"
    r"can you|could you|would you|while you|shift|shifts|rota|first day|induction|training)\b)"
)
# nor a car, a table, a club's side, a sale or a booking
_NOT_A_SEAT = (
    r"(?![^.!?\n]*\b(?:car|cars|parking|bay|table|tables|bus|coach|train|quiz|football|netball|"
    r"rugby|cricket|hockey|match|club|squad|league|party|trip|event|tickets?|booked|booking|"
    r"bookings|sold|stock|order|orders|keys|flat|room|house)\b)"
)
# a post: a job, a round, hours (never "extra", "spare" or "overtime" hours)
_WORK = (
    r"(?:job|role|post|position|place|spot|gig|work|contract|apprenticeship|placement|vacancy|"
    r"opening|berth|(?<!extra )(?<!spare )(?<!overtime )(?<!additional )(?<!remaining )hours|"
    r"(?:van|milk|paper|delivery|post|bread|ice[- ]cream|summer|winter|morning|evening) round)"
)
# ... not work handed over for a while, a cover ("we gave the Saturday shift to Ines while
# you're away", "handed the rounds to Sam until you're back"); shared with
# decisions_handed_on._GIVEN_TO
FOR_A_WHILE_ONLY = (
    r"(?![^.!?\n]*\b(?:cover|covering|while|until|till|temporarily|for the (?:day|week)|"
    r"today|tomorrow|this week|back|this month|next month|this weekend|for the month)\b)"
)
_GAVE_TO = re.compile(
    _NOT_AFTER_IF + r"\b(?:i|we)(?:" + _A + r"ve| have| had)?(?: (?:already|now|just|finally))?"
    r" (?:gave|given|handed|passed|(?:decided|chosen|gone ahead|went ahead|had) to "
    r"(?:give|hand|pass)) the (?:[\w\-" + _A[1:-1] + r"]+ ){0,3}?" + _WORK
    + r" to (?!you\b|your\b|yourself\b|us\b|me\b|them\b|charity\b|the (?:bank|council|shop|"
    r"charity|church|school|agency|tip|dump)\b)[\w\-]+"
    + FOR_A_WHILE_ONLY + _NOT_THE_READERS + _NOT_A_SEAT + _NOT_A_POST
)  # fmt: skip
_HAS_ITS_HAND = re.compile(
    r"\b(?:has|have|" + _A + r"s got|" + _A + r"ve got|has got|have got|got) (?:its|her|his|"
    r"their|our) (?:new |own |full )?(?:[\w\-]+ )?" + _PERSON + r" for (?:the|this) "
    r"(?:[\w\-]+ )?" + _SEASON + r"\b(?: now| already| sorted)?" + _END
    + _NOT_THE_READERS + _NOT_A_SEAT
    + r"(?![^.!?\n]*\b(?:trips|sailings|tours|crossings)\b)"
)  # fmt: skip
_KEPT_AS_IT_IS = re.compile(
    r"\b(?:keeping|keep|kept|sticking with|stick with|stuck with|staying with) (?:the|our) "
    r"(?!(?:leadership|management|senior|executive|board)\b)"
    r"(?:[a-z\-]+ ){0,2}?(?:team|crew|cast|line-?up|brigade|roster|staff|people|pickers|hands|"
    r"helpers|gang)(?: (?:as it is|as they are|as it was|unchanged|the same)| (?:we|i)(?:"
    + _A + r"ve| have)(?: already)? got| we (?:already )?have)"
    r"(?: (?:for now|for the (?:time being|moment|season|summer|year)|this (?:season|summer|year)|"
    r"at the moment|for this (?:season|summer|year)))?" + _END
    + _NOT_THE_READERS + _NOT_A_SEAT
    + r"(?![^\n]{0,80}?\b(?:restructur\w*|redundanc\w*|re-?organis\w*|re-?organiz\w*)\b)"
)  # fmt: skip
_BARE_COMPLETE = re.compile(
    r"(?<![a-z] )(?<![a-z]" + _A + r"s )(?<![a-z],)(?<![a-z], )\b(?:[a-z\-]+ )?(?:crew|team|"
    r"staff|pickers|helpers|hands) (?:now )?(?:complete|full|filled) for (?:the|this) "
    + _SEASON + r"\b" + _END + _NOT_THE_READERS + _NOT_A_SEAT
)  # fmt: skip
_STAFFED_UP = re.compile(
    r"\b(?:we" + _A + r"re|we are|i" + _A + r"m|i am)(?: all| now| fully)? (?:staffed up|sorted) "
    r"for (?:the|this) " + _SEASON + r"\b(?: now| already)?" + _END
    + r"(?![^.!?\n]*\bbut\b)" + _NOT_THE_READERS + _NOT_A_SEAT
)  # fmt: skip
_GOT_SOMEONE = re.compile(
    r"\b(?:sorry|afraid|already)\b[^.!?\n]{0,30}?\b(?:i|we)(?:" + _A + r"ve| have)? "
    r"(?:already |now )?got (?:someone|somebody)(?: else)?(?: (?:for (?:it|the job|the role|"
    r"the work|the position|the season|the summer|this season|this summer)|now|already|in|"
    r"sorted))*(?=[ \t]*(?:[,.;!\u2014\u2013)]|-[ \t]|$|\n))"
)
_BARE_UNSUCCESSFUL = re.compile(
    r"(?<![a-z])(?<![a-z] )(?<![a-z], )(?<!\d )\bunsuccessful (?:this time|on this occasion)\b"
    r"(?![^.!?\n]*\b(?:try again|retry|re-try|again|attempt|payment|card|delivery|deliver|"
    r"parcel|login|password|upload|transfer|tomorrow|lost|won|drew|match|game|bid|grant|tender|"
    r"planning|council|extension)\b)"
)
# a person's name (one or two words), never a meal, a place's article, an option or a thing
_NAMED = (
    r"(?!(?:you|your|the|a|an|our|this|that|it|its|him|her|them|us|me|one|option|plan|idea|"
    r"lunch|dinner|breakfast|brunch|tea|coffee|drinks|pizza|curry|sushi|chinese|indian|thai|"
    r"italian|both|neither|either|none|all|gold|silver|bronze|broke|online|remote|hybrid|zoom|"
    r"teams|yes|no|something|someone|somebody|another|other|version|design|date|venue|"
    r"supplier|vendor|quote|proposal|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b)[a-z][a-z\-" + _A[1:-1] + r"]+(?: [a-z][a-z\-]+)?"
)
_PANEL_WENT_FOR = re.compile(
    r"\bthe (?:interview |selection |appointment |appointments |recruitment |hiring )?panel "
    r"(?:went for|went with|chose|picked|settled on|opted for|plumped for) " + _NAMED
    + r"(?<!\bhall)(?<!\bcentre)(?<!\bcenter)(?<!\bhotel)(?<!\bhouse)(?<!\barms)(?<!\binn)"
    r"(?<!\bpark)(?<!\bbarn)(?<!\bclub)(?<!\brooms)(?<!\bcourt)(?<!\bmanor)"
    r" in the end(?=[ \t]*(?:[.!]|$|\n))"
)  # fmt: skip

READINGS = readings(
    ("chose_other", _GAVE_TO),
    ("chose_other", _HAS_ITS_HAND),
    ("role_gone", _KEPT_AS_IT_IS),
    ("role_gone", _BARE_COMPLETE),
    ("reader_out", _STAFFED_UP),
    ("chose_other", _GOT_SOMEONE),
    ("reader_out", _BARE_UNSUCCESSFUL),
    ("chose_other", _PANEL_WENT_FOR),
)
