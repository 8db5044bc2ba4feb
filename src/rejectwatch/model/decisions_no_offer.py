"""Outcomes told in shapes no reading held (issue 11, sixty-second pass, second round: read slices
161 and 162's misses). Each form is written here in several wordings, never for one message:

* **no offer coming**: "No offer will be coming from the team", "no offer will be made to you",
  "no job offer is going out to you";
* **the answer from the sender is no**: "the answer from us is a no", "the word from the panel
  on the Porter post is no";
* **the others taken forward, after a comparison**: "other people's backgrounds sat neater with
  the brief, so they will be taking those forward", "we're moving the others through";
* **the employer having hired its post**: "Soweto Print & Sign has hired its Vinyl Applicator",
  "we've taken on our new yard hand" (never a panel, a recruiter or an agency);
* **the application stopping, as a consequence**: "yours lacked the certificate … Hence it stops
  before interview", "so your form goes no further" (never a pause, "for now", "until");
* **Belize Kriol "gone wid a nex person"**: went with another person.

A stage that stopped the reader's file ("Screening stopped your file here") and another who got
it ("an applicant got it") were first written here; they are read beside their twins, in
decisions_elsewhere._STOPPED_YOURS and decisions_crowded_out._SOMEONE_GETTING_IT.

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_NO_OFFER_COMING = re.compile(
    r"\bno (?:job |formal |written |further )?offer(?: (?:will|is going to|would|shall|is))?"
    r"(?: be)? (?:coming|made|extended|forthcoming|sent|issued|going out|heading)\b"
    r"(?! (?:until|before|till|unless|if|yet)\b)"
)
_ANSWER_FROM_US = re.compile(
    r"\bthe (?:answer|reply|word|verdict) from (?:us|me|the (?:[a-z\-]+ )?(?:team|panel|shop|"
    r"office|crew|company|firm|owners?|boss|yard|site|board))"
    r"(?: (?:on|for|about) [^.!?\n,]{1,40}?)?"
    r" (?:is|was|" + _A + r"s) (?:still |a |sadly |unfortunately |regrettably |still a )?no\b"
    r"(?![\-\w])(?! (?:problem|worries|trouble|bother|issue)s?\b)"
)
_OTHERS_FORWARD = re.compile(
    r"\b(?:will be|are|"
    + _A
    + r"re|we"
    + _A
    + r"re|we are|they"
    + _A
    + r"re|they are|they"
    + _A
    + r"ll be|we"
    + _A
    + r"ll be) (?:taking|moving|putting|carrying) (?:those|them|these|the "
    r"others|the other (?:applicants|candidates|people|folk)|those (?:applicants|candidates|"
    r"people|profiles|two|three)) (?:forward|through|ahead)\b"
    r"(?=[ \t]*(?:[.;!,]|\n|$| now\b| this (?:time|round)\b| to (?:interview|the next|final)))"
)
_OTHERS_SAT_BETTER = re.compile(
    r"\bother (?:people|applicants|candidates|folk)" + _A + r"?s? (?:backgrounds?|profiles?|"
    r"experience|cvs?|skills?|records?) (?:sat|sit|fit|fitted|matched|match|lined up|aligned) "
    r"(?:neater|better|closer|more closely|more neatly|tighter)\b"
)
_HIRED_ITS = re.compile(
    r"\b(?:has|have|" + _A + r"ve)(?: now| just| already| since)? (?:hired|taken on|signed|"
    r"appointed) (?:its|their|our) (?:new )?"
    r"(?!(?:panel|interviewers?|recruiters?|agency|agencies|consultants?|assessors?|committee|"
    r"team|lawyers?|accountants?|auditors?)\b)"
    r"(?:[a-z\-&]+ ){0,4}?[a-z\-]+(?=[ \t]*(?:[.;!]|\n|$))"
)
_HENCE_IT_STOPS = re.compile(
    # (sixty-sixth pass: or "because of that", "as a result", and the present perfect, "Because
    # of that, the application has stopped here", two assessment results, slice 200)
    r"\b(?:hence|so|therefore|thus|which means|because of (?:that|this)|as a result)(?:,)? (?:it|"
    r"yours|your application|the application|your form|the form|your file|the file) (?:stops|"
    r"ends|halts|has stopped|has ended|has halted|goes no further|"
    r"cannot go further|can" + _A + r"t go further|will not go further|won" + _A + r"t go further)"
    r"(?:[ \t]*(?=[.;!,\n]|$)| here\b| there\b| before (?:the )?(?:interview|shortlist\w*|"
    r"assessment|next (?:stage|step|round))\b| at (?:this|that) (?:stage|point)\b| at (?:the )?"
    r"(?:screening|sift)\b)"
    r"(?![^.!?\n]{0,30}\b(?:for now|for the moment|until|till|while|pending)\b)"
)
# Belize Kriol: went with another person ("di hotel gone wid a nex person")
_GONE_WID = re.compile(
    r"\b(?:gone|go|went|gaan) wid (?:a |wan |di )?(?:nex|next|odda|otha|other|different) "
    r"(?:person|one|smaddy|somebody|applicant|gyal|bwai|man|ooman)\b"
)

READINGS = readings(
    ("reader_out", _NO_OFFER_COMING),
    ("reader_out", _ANSWER_FROM_US),
    ("chose_other", _OTHERS_FORWARD),
    ("chose_other", _OTHERS_SAT_BETTER),
    ("role_gone", _HIRED_ITS),
    ("reader_out", _HENCE_IT_STOPS),
    ("chose_other", _GONE_WID),
)
