"""Outcomes told in shapes no reading held (issue 11, sixty-first pass, first round: read slices
151 and 152's misses). Each form is written here in several wordings, never for one message:

* **the reader's profile, CV or candidature declined by a party**: "the bank has declined your
  profile for Branch Credit Manager", "the client turned down your CV", "the panel rejected
  your résumé" (never a loan's, a card's or a booking's: the noun follows "your" at once);
* **the reader's candidature discontinued**: "management has resolved to discontinue your
  candidature", "we are discontinuing your application", "your candidacy has been
  discontinued" (never a subscription or a service);
* **the post "fulfilled"**, as Indian and West African English and many portals say "filled":
  "the position has been fulfilled", a status "Ended - Requisition Fulfilled" (never a
  requirement, an order or a condition fulfilled);

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# what of the reader's a party declines: the candidature by any of its names, never a thing
_HERS = r"(?:profile|cv|c\.v\.|résumé|resume|candidature|candidacy|nomination)"
_PROFILE_DECLINED = re.compile(
    r"\b(?:has|have|had|already) (?:now )?(?:declined|rejected|turned down|passed over|"
    r"not accepted|not shortlisted) your " + _HERS + r"\b"
    r"|\b(?:declined|rejected|turned down|passed over) your " + _HERS + r" (?:for|on|at|from) "
    r"(?:the |this |that |our |their )?[a-z\-]+"
    # (sixty-third pass, second round: the particle after the reader or the application, "the
    # panel turned your application down", "they've turned you down for the post"; never a loan's,
    # a flat's or a club's, nor a refusal denied, "they didn't turn you down")
    r"|(?<!n"
    + _A
    + r"t )(?<!\bnot )(?<!\bnever )\b(?:turned|turns|(?:has|have|had|"
    + _A
    + r"ve|"
    + _A
    + r"s|is|are|decided to|chose to|had to) (?:now )?(?:turned|turning|turn)) "
    r"(?:you|your (?!(?:[a-z\-]+ )?(?:loan|mortgage|credit|visa|grant|planning|insurance|claim|"
    r"refund|membership|tenancy|rental|lease|card|overdraft|finance|ballot|booking)\b)"
    r"(?:[a-z\-]+ ){0,2}?(?:application|" + _HERS[3:-1] + r"))"
    r"(?: for (?:the |this |that |our )?[a-z\-]+(?: [a-z\-]+){0,3}?)? down\b"
    r"(?![^.!?\n]*\b(?:loan|mortgage|credit|visa|grant|flat|tenancy|lease|membership|ballot|"
    r"refund|card|insurance|claim|overdraft|finance|room|allotment|club)\b)"
)
_DISCONTINUED = re.compile(
    r"\b(?:resolved|decided|opted|chosen|elected|had|have|has) (?:now )?to discontinue your "
    r"(?:candidature|candidacy|application|file|nomination)\b"
    r"|\b(?:we" + _A + r"re|we are|we have|we" + _A + r"ve|we) (?:now )?(?:discontinuing|"
    r"discontinued) your (?:candidature|candidacy|application|file|nomination)\b"
    r"|\byour (?:candidature|candidacy|application|file|nomination)(?: for [^.!?\n]{1,40}?)? "
    r"(?:has been|was|is|is being|stands) discontinued\b"
)
# the post filled, "fulfilled": never a requirement, an order or a condition
_POST = r"(?:position|post|role|vacancy|requisition|opening|job)"
_FULFILLED = re.compile(
    r"(?<!\bof )(?<!\bin )\b(?:the|this|that|our|their) (?:(?!(?:requirements?|conditions?|"
    r"criteria|duties|obligations?|needs?|terms|of)\b)[a-z\-]+ ){0,3}?" + _POST
    + r"(?: \(ref[^()\n]{0,20}\))? (?:has (?:now |already )?been|was|is (?:now )?|had been|have "
    r"been) fulfilled\b(?! (?:once|when|if|after|before|by you|by your)\b)"
    r"|(?:[:|>\u2013\u2014]|\s-|\bshows?) ?(?:ended|closed|complete|completed)?\s*"
    r"[\u2013\u2014\-:]?\s*(?:requisition|position|vacancy|role|post) fulfilled\b"
)  # fmt: skip

READINGS = readings(
    ("reader_out", _PROFILE_DECLINED),
    ("reader_out", _DISCONTINUED),
    ("role_gone", _FULFILLED),
)
