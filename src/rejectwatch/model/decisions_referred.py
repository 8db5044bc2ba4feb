"""Refusals written-35 left unread (issue 11, twenty-fifth pass, part R), in their general forms:
the reader missing or left off a list that goes on to the next stage, another recommended or
picked for the post in a thread, the application short of the bar for the next stage, an
eligible list expired with the reader on it, an announcement withdrawn with no selection.

Each form is written here in several wordings and trades, never for one message:

* **the reader missed or was left off the list that goes on**: "yours missed the shortlist",
  "your application narrowly missed out on the interview list", "it was left off the referral
  list sent on to the selecting official", "your name was omitted from the certificate of
  eligibles" (never a shortlist's deadline, email or meeting missed; never "make the list");
* **another recommended or picked for the post**: "the committee has recommended Tahlia for
  appointment", "the panel put forward Dr Chen for the lectureship", "the board picked Gráinne
  in the end; her fundraising record swung it" (a selecting body, a name that is no pronoun,
  a thing or a day, and the post or a person's pronoun after it; never the reader, "the
  committee recommended you for appointment", "recommended you for the panel");
* **short of the bar for the next stage**: "it falls short of the mark needed to go on to
  interviews", "your application came just short of the standard required for shortlisting"
  (the bar named by the stage it opens; advice and negations stay unread, as in shortfalls);
* **an eligible list expired, or the reader removed from it**: "the eligible list for
  Hydrologic Technician expired on 18 April", "the employment list has lapsed", "candidates
  who were not hired, including you, have been removed" (never "will expire", "expires in");
* **an announcement withdrawn with no selection**: "the agency has withdrawn the announcement in
  its entirety", "there'll be no selection from it" (never "no selection until ...").

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS"]

_A = r"['\u2019]"
# no condition or time ahead anywhere in the rest of the sentence
_NO_CONDITION_AFTER = r"(?![^.!?\n]*\b(?:until|unless|without|if|once|when|before|yet)\b)"
# the reader, their application or their name
_READER = (
    r"\b(?:you|yours|it|your (?:[a-z\-]+ ){0,2}?(?:application|candidacy|candidature|name|cv|"
    r"resume|submission|file|form|profile))"
)
# a list that goes on to the next stage (never its email, deadline, meeting or announcement)
_ONWARD_LIST = (
    r"(?:the|our|this|that) (?:[a-z\-]+ ){0,2}?(?:shortlist|short-list|short list|longlist|"
    r"long list|interview list|referral list|referral|certificate(?: of eligibles)?|"
    r"best[ \-]qualified list|list of (?:eligibles|referred|qualified|shortlisted|selected) "
    r"(?:candidates|applicants))\b"
    r"(?! (?:e-?mails?|messages?|deadlines?|dates?|meetings?|calls?|announcements?|posts?|"
    r"webinars?|events?|notifications?|letters?|programmes?|programs?|schemes?|bonus)\b)"
)
# the reader missed or was left off that list ("yours missed the shortlist", "it was left off
# the referral list sent on to the selecting official")
_MISSED_LIST = re.compile(
    _READER
    + r"(?: just| narrowly| only just| sadly| unfortunately)? (?:missed|missed out on) "
    + _ONWARD_LIST
    + _NO_CONDITION_AFTER
    + r"|"
    + _READER
    + r"(?: was| were| has been| have been| had been|"
    + _A
    + r"s been) (?:left|kept|omitted|dropped|excluded) (?:off|out of|from) "
    + _ONWARD_LIST
    + r"(?! by (?:mistake|error|accident))"
    + _NO_CONDITION_AFTER
)
# short of the bar for the next stage ("it falls short of the mark needed to go on to
# interviews", "came just short of the standard required for shortlisting")
_SHORT_OF_BAR = re.compile(
    r"(?<!\blet )(?<!\bsure )(?<!\bhelp )(?<!\bdon['\u2019]t )"
    + _READER
    + r" (?:falls|fell|comes|came|is|was|sits|sat|lands|landed)(?: just| slightly| narrowly| "
    r"a little| some way)? short of the (?:[a-z\-]+ )?(?:mark|bar|standard|threshold|level|"
    r"score|cut-off|cutoff|line)(?: (?:needed|required|set|we set))? (?:to|for) (?:go on|move on|"
    r"progress|proceed|advance|be invited|be shortlisted|reach|get through|go through|go forward|"
    r"move forward|interview|shortlisting|the next|an interview|assessment)"
)
# a selecting body ("the board", "the panel", "the search committee", "the dean")
# (fifty-sixth pass: or a small employer's one who decides, "the owner has chosen Ines Molnar for
# the Bookbinder post", the kind of slice 120's thread replies)
_BODY = (
    r"\b(?:the|our) (?:[a-z\-]+ ){0,2}?(?:board|panel|committee|trustees|selectors|dean|head|"
    r"director|principal|school|faculty|partners|governors|council|owners?|founders?|boss|"
    r"proprietors?|manager|chef|curator|editor|partner)"
)
_VERB = (
    r"(?: has| have| had)?(?: now| finally| unanimously)? (?:recommended|picked|chose|chosen|"
    r"selected|appointed|went for|gone for|went with|gone with|settled on|put forward|nominated|"
    r"offered (?:it|the (?:role|post|job|position)) to)"
)
# a name: no pronoun, article, number, day, month or thing ("picked Gráinne", "Dr Chen")
_NAME = (
    r" (?:(?:dr|prof|professor|mr|mrs|ms|miss|mx)\.? )?"
    r"(?!(?:you|your|yours|me|us|him|her|them|it|this|that|these|those|the|a|an|one|two|three|"
    r"some|any|all|both|each|another|other|someone|somebody|up|out|on|off|over|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|option|venue|date|plan|design|theme|logo|"
    r"name|topic|winner|winners|candidates|applicants)\b)[^\W\d_][\w'\u2019\-]*"
)
_POST = r"(?:role|post|job|position|vacancy|lectureship|chair|fellowship|contract|appointment)"
# another recommended or picked for the post ("the committee has recommended Tahlia for
# appointment", "the board picked Gráinne in the end; her fundraising record swung it")
_ANOTHER_NAMED = re.compile(
    _BODY
    + _VERB
    + _NAME
    + r"(?: [^\W\d_][\w'\u2019\-]*)?"
    + r"(?: for (?:the |this |that )?(?:[a-z\-]+ ){0,3}?"
    + _POST
    + r"\b| in the end\b[,;:]? (?:[^.!?\n]{0,30}?\b)?(?:her|his|their|she|he|they|who)\b)"
    + _NO_CONDITION_AFTER
    # (never a company's officers, a vote still ahead or a conference's chair: "the board
    # recommended Jeff for the CEO role and the vote is next week")
    + r"(?<!\bceo role)(?<!\bceo post)(?<!\bceo position)(?<!\bexecutive role)"
    r"(?<!\bexecutive post)(?<!\bexecutive position)(?<!\bpresident role)(?<!\bchair)"
    r"(?![^.!?\n]*\b(?:vote|votes|voting|ratif\w*|shareholders?|agm|conference|summit|keynote|"
    r"committee|board seat|nominations?)\b)"
)
# (part K2) the sender chose someone named for the post the reader applied for ("I wanted you to
# know we selected Tori Kuykendall for the senior analyst position you applied for"): the post
# is the reader's own, so any sender is a selecting body
_NAMED_FOR_YOUR_POST = re.compile(
    r"\b(?:we|i|they)" + _VERB + _NAME + r"(?: [^\W\d_][\w'\u2019\-]*)?"
    r"(?: (?:for|to|as) (?:the |this |that )?(?:[a-z\-]+ ){0,3}?" + _POST + r")"
    r" (?:that |which )?you (?:applied|interviewed|were interviewed|put yourself forward|"
    r"expressed (?:an )?interest)\b" + _NO_CONDITION_AFTER
)
# an eligible list expired, or the reader removed from it ("the eligible list ... expired on 18
# April", "candidates who were not hired, including you, have been removed")
_LIST_EXPIRED = re.compile(
    r"\b(?:eligible|eligibility|employment|hiring|reserve|merit|ranked|promotional|register(?:ed)?"
    r"|candidate) (?:list|register|pool)\b[^.!?\n]{0,80}?\b(?:expired|lapsed|has expired|"
    r"has lapsed|was abolished|has been abolished|was retired|has been retired)\b"
    r"(?! (?:for|after|before|because)\b)"
    # (a list the sender must refill, or a policy's pool, is no list the reader was on)
    r"(?![^.!?\n]*\b(?:repost|re-?advertise|send (?:me|us)|new names|policy|credit|need to|"
    r"we need|please)\b)"
    r"(?<!\breserve pool has been abolished)(?<!\breserve pool was abolished)"
    r"|\bincluding you(?:rs| and your application)?,? (?:have|has|were|was) been (?:removed|"
    r"taken off|dropped|released|struck off)\b"
)  # fmt: skip
# an announcement withdrawn with no selection ("withdrawn ... in its entirety", "there'll be no
# selection from it")
_WITHDRAWN = re.compile(
    r"\b(?:withdrawn|cancelled|canceled|rescinded|retracted|pulled)\b(?:(?!\byou)[^.!?\n]){0,60}?"
    r"\bin (?:its|their) entirety\b"
    r"(?<!\brelease in its entirety)(?<!\bstatement in its entirety)"
    r"(?<!\bproposal in its entirety)(?<!\boffer in its entirety)"
    r"|\bthere(?:" + _A + r"ll| will) be no (?:selection|selections|appointment|appointments|hire|"
    r"offers?) (?:made )?(?:from|under|off|against) (?:it|this|that|the)\b"
    r"(?! (?:[\w\-]+ )?(?:vendors?|suppliers?|bidders?|bids?|tenders?|rfps?|quotes?|"
    r"proposals?)\b)" + _NO_CONDITION_AFTER
)

# (the bar's present tense, "it falls short of the mark", is the decision's own word, no outcome
# still to come: only what stands around the match may say so)
_READ_OWN = readings(("reader_out", _SHORT_OF_BAR))
OWN_WORDS = tuple(pattern for _, _, pattern in _READ_OWN)
READINGS = _READ_OWN + readings(
    ("reader_out", _MISSED_LIST),
    ("chose_other", _ANOTHER_NAMED),
    ("chose_other", _NAMED_FOR_YOUR_POST),
    ("reader_out", _LIST_EXPIRED),
    ("role_gone", _WITHDRAWN),
)
