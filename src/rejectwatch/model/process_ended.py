"""The reader's process ended by what the employer does next (issue 11, eleventh pass).

Blind slice 9's misses, read by kind, gave decisions with no negation of a selection verb and
no one else named: the employer's next step simply leaves the reader out, or the reader's
application is stopped as a thing. Each reading is a shape that recurs whatever the words:

* **the process going on without the reader**: "the final round goes ahead without you",
  "we'll be moving forward without you on this occasion" (not "we couldn't have done it
  without you", nor "we can't proceed without you signing the form");
* **the application stopped by the employer**: "we're ending your application at this stage",
  "we've decided to stop here rather than ...", "your application stops at this point";
* **a pass at a stage**: "the hiring manager is passing at CV stage", "we're passing on it"
  (not "passing it on to the team", "passing on your details to");
* **an application's own outcome, with its title between** ("Your application for Data
  Analyst (ref. 4417) has not succeeded"; the readings wanted the verb next to "your
  application");
* **a notice to the group of those not taken on**: "this email goes to everyone who applied
  but has not been invited to interview" (not a policy: "applicants who have not been
  shortlisted will not be contacted");
* **the hire itself stopped**: "leadership has frozen the analyst hire", "we have cancelled
  the search for this post" (the readings knew "froze hiring" only).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.plain_outcomes, so the same checks apply: none in a
conditional, still-to-come or quoted sentence, none in the reader's own decision, none in
mail about someone else's candidacy. Each lies inside one sentence. The word groups are read
off the patterns (rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_NEGATED = r"(?<!n['\u2019]t )(?<!not )(?<!never )(?<!cannot )"
# the process going on without the reader ("the final round goes ahead without you this time")
_WITHOUT_YOU = re.compile(
    _NEGATED + r"\b(?:go|goes|going|went|gone|proceed|proceeds|proceeding|proceeded|move|moves|"
    r"moving|moved|continue|continues|continuing|continued|carry on|carries on|carrying on|"
    r"carried on|press on|pressing on|pressed on|push on|pushing on)"
    r"(?: (?:ahead|forward|on))?(?: [a-z\-]+){0,3}? without you\b"
    # (not "without you signing", "without you having to")
    r"(?= *(?:[.,;:!\n\-\u2013\u2014]|$|this time|on this occasion|at this (?:stage|point|time)|"
    r"for (?:now|this|the)|in (?:the|this)|i['\u2019]m afraid))"
    # (sixty-third pass: a sender that will manage without the reader as a consequence, "the
    # parish picked a roofer the diocese knows, so we'll manage without you"; never for a day)
    r"|\bso (?:we['\u2019]ll|we will|we can|we must|we shall) (?:manage|make do|get by|cope) "
    r"without you\b(?= *(?:[.,;:!\n]|$|this time|on this occasion))"
)
_YOUR_APPLICATION = r"your (?:application|candidacy|candidature|submission|cv|profile|process)"
# the application stopped by the employer ("we're ending your application at this stage",
# "we're stopping here rather than bringing you to the onsite", "your application stops here")
_STOPPED = re.compile(
    r"\b(?:we|we['\u2019]re|we are|we['\u2019]ve|we have|we['\u2019]ll|we will|i['\u2019]m|i am|"
    r"i['\u2019]ve|i have)(?: now)?(?: (?:decided|chosen|had|going) to)? "
    r"(?:end|ending|ended|stop|stopping|stopped|halt|halting|halted|conclude|concluding|concluded) "
    r"(?:" + _YOUR_APPLICATION + r"|here\b(?= *(?:[.,;:!\n\-\u2013\u2014]|rather|for you|with you|"
    r"at this|on this|this time))|(?:things|it|the process) (?:here|there)\b)"
    r"|\b(?:" + _YOUR_APPLICATION + r"|this application|it) (?:now )?(?:stops|ends|stopped|ended) "
    r"(?:here|there|at this (?:stage|point)|before the (?:next|final|interview))"
    # (sixty-third pass: the reader's application named with its post, or resting, closing,
    # finishing at that point, "your candidacy for Leather Cutter stops before the next phase",
    # "so your application rests there", "your candidature ends at our end"; never resting there
    # until a meeting or pending a check)
    r"|\b" + _YOUR_APPLICATION + r"(?: for(?: [a-z0-9\-&'\u2019]+){1,4}?)?(?: there)?"
    r"(?: now| therefore| so)? "
    r"(?:stops|ends|rests|closes|finishes|concludes|halts) (?:here|there|at our end|with us|"
    # (second round: or "at that point", after a requisition's status, "Your submission there
    # halts at that point", slice 172)
    # (sixty-fourth pass: or before the offer stage, "your application ends before the offer
    # stage", slice 184; never the assessment stage, which a certificate may skip)
    r"at (?:this|that) (?:stage|point)|before the (?:next|following|final|interview|offer)\b)"
    r"(?! (?:until|till|for now|while|pending|with)\b)"
    # ... or "yours" after the rule that closed it, "Below the threshold the process closes, and
    # yours closes today" (never a deadline, "yours closes today at five")
    # (sixty-fourth pass: and a Caribbean "so yours stop here", once
    # decisions_settled_against's)
    r"|\b(?:and|so) yours? (?:closes|ends|stops|stop|end|done) (?:here|there|today|now|"
    r"right here)\b"
    r"(?! (?:at|by|unless|if|until|on)\b)"
    # ... or a decision to stop it, "the company chose to stop your candidacy", "we look at your
    # application and decide to stop it there" (never the reader's own, "you chose to end your
    # application")
    r"|(?<!\byou )(?<!\byou['\u2019]ve )(?<!\byou have )\b(?:chose|chosen|choose|decided|decide|"
    r"decides|opted) to (?:stop|end|halt|close) (?:" + _YOUR_APPLICATION + r"|it (?:here|there))\b"
    r"(?! (?:from|for now|until|till|temporarily)\b)"
    # ... or the screen ending as a consequence of a rule unmet, "your submission shows none,
    # and the screen ends there"
    r"|\b(?:and|so) the (?:screen|screening|sift|shortlisting|file|application) (?:ends|stops|"
    r"closes|halts) (?:there|here)\b"
    # (third round: or the application that therefore rests at this stage, after a score under
    # the line, slice 174)
    r"|\b(?:the|this) application (?:therefore|thus|so|then) (?:stops|ends|rests|closes|halts) "
    r"(?:here|there|at (?:this|that) (?:stage|point))\b(?! (?:until|till|for now|while|pending)\b)"
)
# the employer's reason ruling the reader out ("and I'm afraid that rules you out", "which
# ruled you out at the first sift"; not "that doesn't rule you out")
_RULED_OUT = re.compile(_NEGATED + r"\b(?:rules|ruled|ruling) you out\b")
# a pass at a stage ("the hiring manager is passing at CV stage"), or on the application named
# by its pronoun ("we're passing on it"; fifty-second pass: by anyone, the application named
# first)
_PASSED = re.compile(
    r"\b(?:pass|passes|passing|passed) at (?:the )?(?:[a-z\-]+ ){0,2}?(?:stage|screen|screening|"
    r"sift|review)\b"
    r"|\b(?:we|we['\u2019]re|we are|we['\u2019]ll|we will|we['\u2019]ve|we have|"
    r"we['\u2019]re going to|we have decided to|we['\u2019]ve decided to) (?:pass|passing|passed) "
    r"on it\b"
    r"(?! *(?:to|with|onto|for)\b)"
    # (fifty-second pass: or the reader's application named first in the sentence, then passed
    # on as "it", "the store team has gone through your application and is passing on it", "we
    # looked at your CV and decided to pass on it"; never passed on to someone)
    r"|\byour (?:[a-z\-]+ ){0,4}?(?:application|candidacy|candidature|submission|cv|profile)\b"
    r"[^.!?\n]{0,80}? (?:and|but|so)(?: (?:we|they|i|the [a-z\-]+"
    r"(?: [a-z\-]+)?))? (?:(?:is|are|am|has|have|had|will|['\u2019]re|['\u2019]ve|['\u2019]ll) )?"
    r"(?:(?:now |finally |reluctantly )?(?:decided|chosen|chose|decides|going) to )?"
    r"(?:pass|passes|passing|passed) on it\b(?! *(?:to|with|onto|for|over)\b)"
)
_STEP_PAST = (
    r"(?:selected|successful|succeeded|shortlisted|chosen|picked|progressed|matched|accepted|"
    r"approved|taken forward|put forward|moved forward|advanced)"
)
# an application's own outcome with its title between ("Your application for Data Analyst
# (ref. 26-0417) has not succeeded")
_TITLED_OUTCOME = re.compile(
    # (not "your submission to the art show": papers, shows and grants are no job)
    r"\byour (?:application|candidacy|candidature|cv|profile) (?:for|to|as|with) [^.!?\n;:]{1,60}? "
    r"(?:has|have|was|were|is|did|will)(?: not|n['\u2019]t) (?:been |be )?(?:succeed|"
    + _STEP_PAST[3:]
)
# a notice to the group of those not taken on ("this email is going to everyone who applied
# for the post but has not been asked to interview")
_GROUP_NOTICE = re.compile(
    r"\b(?:e-?mail|message|note|letter|notice|update)"
    r" (?:is going|goes|is being sent|is sent|has been sent|we are sending|we['\u2019]re sending)"
    r" (?:out )?to (?:everyone|everybody|all (?:those|applicants|candidates)|those|applicants|"
    r"candidates|each applicant|each candidate) (?:[a-z\-]+ ){0,2}?who\b[^.!?\n]{0,80}?"
    r"(?:has|have|were|was|had)(?: not|n['\u2019]t) (?:been |yet been )?(?:asked to interview|"
    r"invited|" + _STEP_PAST[3:]
)
# the hire itself stopped ("leadership has frozen the site reliability engineer hire", "we
# have cancelled the search for this post")
_HIRE_STOPPED = re.compile(
    r"\b(?:froze|frozen|cancelled|canceled|scrapped|axed"
    # (forty-fourth pass: a gerund only after its auxiliary, "we are cancelling the search"; one
    # that opens a clause names a rule, "Filling or cancelling this requisition triggers a
    # one-line status note to each open candidate")
    r"|(?:(?<=\bare )|(?<=\bis )|(?<=['\u2019]re )|(?<=['\u2019]m )|(?<=\bam )|(?<=\bbe )|"
    r"(?<=\bnow ))"
    r"(?:freezing|cancelling|canceling)) "
    r"(?:the|this|that|our) (?:[a-z\-]+ ){0,4}?(?:hire|hiring|search|"
    r"recruitment|requisition|vacancy|role|position|post|opening)\b(?! (?:of|for) (?:you|your)\b)"
)

READINGS = readings(
    ("reader_out", _WITHOUT_YOU),
    ("reader_out", _STOPPED),
    ("reader_out", _PASSED),
    ("reader_out", _RULED_OUT),
    ("reader_out", _TITLED_OUTCOME),
    ("reader_out", _GROUP_NOTICE),
    ("role_gone", _HIRE_STOPPED),
)
