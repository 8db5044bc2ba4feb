"""Refusals this pass's helpers left unread, read as kinds (issue 11, twenty-second pass,
part L).

Parts A, D, F, G and H each noted a refusal no reading held; each is read here as a kind,
written in several wordings, never for one message:

* **a plain passive with no "your"**: "the application was unsuccessful", "this application has
  been unsuccessful", "the application has not been successful on this occasion";
* **Indian-English passives**: "other profiles are being taken ahead", "your candidature could
  not be taken ahead", "we are not taking your profile ahead";
* **a pause letter that still refuses the reader**: "we won't be considering your current
  application", "we will not be considering any of the applications received so far", French
  "aucune candidature ne sera retenue, y compris la vôtre", Spanish "… ninguna candidatura,
  tampoco con la suya", Polish "ale niestety nie będziemy go dalej rozpatrywać";
* **a general refusal made the reader's**: "most applicants were not invited to interview,
  yourself included", "… Unfortunately, this includes you." (a regret and "this includes you"
  in a sentence of its own; never without the regret: "everyone shortlisted, this includes you,
  is invited").

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings of rejectwatch.model.negation after decisions_ordinary, so none is read in a
conditional, still-to-come, quoted or reader-decided sentence; every match lies inside one
sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_NOT = r"(?:not|n['\u2019]t)"
# "the application was unsuccessful", "this application has been unsuccessful" (never another
# time's: "the application was unsuccessful last year, so …", "the previous application")
_PLAIN_PASSIVE = re.compile(
    # (part O: never a payment's, a permit's or a fee's application, "the card payment for the
    # application was unsuccessful", "your permit: the application was unsuccessful")
    r"(?<!\bfor )(?<!\bof )(?<!: )"
    r"\b(?:the|this) (?:job |role )?application (?:(?:was|has been|had been|is) "
    r"(?:(?:deemed|found) )?unsuccessful|(?:has |was )?prove[dn] unsuccessful|"
    r"(?:has "
    + _NOT
    + r" been|hasn['\u2019]t been|was "
    + _NOT
    + r"|wasn['\u2019]t|is "
    + _NOT
    + r"|isn['\u2019]t) successful)\b"
    r"(?! (?:last|in (?:19|20)[0-9]{2}|before|previously|then|the first time|in (?:uploading|"
    r"submitting|sending|saving)|due to (?:a|an) (?:technical|system|server|upload))\b)"
    # (part O: nor a failed upload, or a refusal undone: "… due to a technical error. Please
    # resubmit it", "… the first time, but on appeal we are pleased to offer you the job")
    r"(?![^.!?\n]{0,60}\b(?:on appeal|resubmit|re-submit|try again|technical error|glitch)\b)"
)
# "other profiles are being taken ahead", "other candidates' profiles were moved ahead"
_OTHERS_AHEAD = re.compile(
    r"\bother (?:candidates['\u2019]? |applicants['\u2019]? |candidate |applicant )?profiles "
    r"(?:are being|have been|were|are|got|had been) (?:taken|moved|carried|processed) "
    r"(?:ahead|forward)\b"
    # (part O: never beside the reader's, "… taken ahead alongside yours to the next round")
    r"(?! (?:alongside|along with|together with|with|as well as) (?:yours|you)\b)"
)
# "your candidature could not be taken ahead", "your profile is not moved ahead", "we are not
# taking your profile ahead"
_YOURS_NOT_AHEAD = re.compile(
    r"\byour (?:profile|candidature|candidacy|application|cv|resume) (?:could|can|will|is|was|"
    r"has|would)(?: not|n['\u2019]t)(?: be| been| being)? (?:taken|moved|carried|processed) "
    r"ahead\b"
    # (part O: never for a day or a want of consent, "… could not be taken ahead yesterday due to
    # a system issue, we'll do it today", "… not taking your profile ahead without your consent";
    # the lead, after CI: nor ahead OF others, an order of reading, "We are not taking your
    # application ahead of the others; all are read in turn")
    r"(?! (?:of\b|yesterday|today|yet|until|till|before|without|due to a (?:system|technical)))"
    r"|\b(?:we are|we['\u2019]re|we will|we['\u2019]ll|we would|we could|we can) ?"
    + _NOT
    + r" (?:be )?(?:taking|moving|carrying|take|move|carry) your (?:profile|candidature|"
    r"candidacy|application|cv|resume) (?:ahead|forward)\b"
    r"(?! (?:of\b|yesterday|today|yet|until|till|before|without|due to a (?:system|technical)))"
)
# "we won't be considering your current application", "we will not be considering any of the
# applications received so far", "none of the applications received so far will be considered"
# (never another role's, or as well: "… for the other role, but you remain …")
_NOT_CONSIDERING = re.compile(
    r"\b(?:we|we['\u2019]ll|we will|we shall|we are|we['\u2019]re) ?(?:not|won['\u2019]t|"
    r"n['\u2019]t)(?: be)? considering (?:your (?:current |existing )?(?:application|candidacy|"
    r"candidature)|any of the applications (?:received|submitted|we(?: have|['\u2019]ve) "
    r"received) (?:so far|to date|until now))"
    r"(?! (?:separately|as well|again|twice|for (?:the|that|this|another) other)\b)"
    # (part O: nor one role's in favour of another's, "… for the manager role, but for the
    # senior one instead")
    r"(?![^.!?\n]{0,80}\b(?:instead|but for|rather for)\b)"
    r"|\bnone of the applications (?:received|submitted) (?:so far|to date|until now) "
    r"(?:will|can|is going to) be considered\b"
)
# French, Spanish, Polish: every application refused, the reader's included
_NONE_YOURS_TOO = re.compile(
    r"\baucune candidature ne (?:sera|pourra être) (?:retenue|examinée|prise en compte)"
    r"[^.!?\n]{0,40}\by compris la (?:vôtre|tienne)\b"
    r"|\bninguna candidatura\b[^.!?\n]{0,40}\btampoco (?:con )?la (?:suya|tuya)\b"
    r"|\bale niestety nie będziemy (?:go|jej|pana|pani) (?:dalej |już )?rozpatrywać\b"
)
# a general refusal made the reader's, in a sentence of its own after it: "… Unfortunately, this
# includes you." (the one-sentence "…, yourself included" is a rule for rules_ahead: left alone)
_INCLUDES_YOU = re.compile(
    r"\b(?:unfortunately|sadly|regrettably|i['\u2019]m afraid|i am afraid|i['\u2019]m sorry to "
    r"say),? (?:this|that) (?:includes|included) (?:you|your application|yours)\b"
    # (part O: the sentence ends there; never a slot, a closure or a new link told after it,
    # "Unfortunately, this includes you in a Monday 8am slot", "Sadly, you are among them; we'll
    # send a new link", "I'm afraid you're one of them - new time below")
    r"(?=\s*(?:[.!]|$))"
    r"|\b(?:unfortunately|sadly|regrettably|i['\u2019]m afraid|i am afraid),? (?:you are|"
    r"you['\u2019]re|you were) (?:among|one of) them\b(?=\s*(?:[.!]|$))"
)

READINGS = readings(
    ("reader_out", _PLAIN_PASSIVE),
    ("chose_other", _OTHERS_AHEAD),
    ("reader_out", _YOURS_NOT_AHEAD),
    ("reader_out", _NOT_CONSIDERING),
    ("reader_out", _NONE_YOURS_TOO),
    ("reader_out", _INCLUDES_YOU),
)
