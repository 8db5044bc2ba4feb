"""Refusals written-33 left unread, in their general forms (issue 11, twenty-fourth pass,
part R): the words of small outfits (a farm, a crew, a studio, a family, an app) by text,
chat, voicemail, DM, scanned letter or calendar comment.

Each form is written here in several wordings and trades, never for one message:

* **someone else taken on, so the reader is not needed**: "I've gone with a lad from the next
  farm", "took on a driver with a trailer ticket", "we've signed a galley hand", "we've found
  our weekend waiter", "we've agreed as a family to go with a carer he knows" (a person taken,
  never a time, a slot or the reader: "we've gone with a later start for your trial");
* **a named other asked to be the post**: "we've asked Jonty to be our assistant engineer"
  (never "your buddy", never "at your trial");
* **the post went to another, or is not going to the reader**: "the box office job went to last
  year's deputy", "the apprenticeship isn't going to you";
* **the seat or berth spoken for or gone**: "the harvest seat is spoken for now", "so the
  berth's gone" (a post, a seat or a berth; never a shift or a slot, which are rota talk);
* **the reader not in the crew picked, no place with the reader's name on it**: "you're not in
  that crew", "there's no crew place with your name on it", "no watch leader berth for you";
* **no opening after all; nobody taken on this year**: "so there is no opening after all", "we
  shan't be taking anyone on this year" (never "until" or "yet");
* **not added, not passed, not appointing**: "decided not to add you to the tutor pool",
  "Onboarding result: not passed", a tracker comment "'Ama Owusu': not appointing";
* **the reader not usable on the crew; the answer a no**: "can't use you on the crew", "no go
  on the rural round", "the answer's a no for you", "no dice for you this time";
* **the reader's name removed from the shortlist** by the employer (the reader's own
  withdrawal, "we note your wish to withdraw", is read apart by negation._ABOUT_OTHER).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_listed import _NOT_LATER
from rejectwatch.model.prefilter import readings
from rejectwatch.model.third_party import BUSINESS

__all__ = ["READINGS"]

_A = r"['\u2019]"
# a person taken on (the words a farm, a crew or a family use), never a time or a thing
_PERSON = (
    r"(?:lad|lass|guy|girl|bloke|fella|chap|man|woman|person|people|candidate|applicant|hand|"
    r"local|student|graduate|driver|carer|nanny|waiter|waitress|barista|chef|cook|porter|"
    r"milker|picker|rigger|runner|groom|cleaner|tutor|teacher|coach|steward|engineer|"
    r"technician|assistant|apprentice|deckhand|crew member|worker|helper|labourer|gardener|"
    r"groundsman|receptionist|front desk person|hairdresser|stylist|barber|mechanic|fitter|"
    r"electrician|plumber|joiner|roofer|musician|organist|singer|dancer|actor|sailor|"
    r"skipper|mate|instructor|trainer|librarian|manager|supervisor|nurse)s?\b"
)
# (never after "if", "when", "once": "once we've found our waiter I'll ring you")
_NOT_AFTER_IF = (
    r"(?<!\bif )(?<!\bwhen )(?<!\bonce )(?<!\bunless )(?<!\buntil )(?<!\bafter )(?<!\bbefore )"
)
# never a day's or a shift's cover ("we've found a cover guy for Sunday so we won't need you"
# is rota talk)
_DAYS = (
    r"(?![^.!?\n]*\b(?:shift|rota|cover|tonight|tomorrow|today|this week|next week|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b)"
)
# never a hire besides the reader's, nor one who serves the reader ("we've taken on another
# apprentice too", "a new trainer who will run your induction"; part U)
_BESIDES = (
    r"(?![^.!?\n]*\b(?:too|as well|alongside you|with you|to join you)\b)"
    r"(?![^.!?\n]*\bwho(?:" + _A + r"ll| will) [^.!?\n]*\byour\b)"
)
# a day or a shift named after the words (rota talk: "can't use you on the crew this Sunday")
_ON_A_DAY = (
    r"(?![^.!?\n]*\b(?:shift|rota|tonight|tomorrow|today|this week|next week|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b)"
)
# never a draw, a ticket, a course or a mailing (part U: "no dice for you this time on the
# raffle", "the course place went to another student")
_NOT_A_POST = (
    r"(?![^.!?\n]*\b(?:raffle|ballot|draw|lottery|prize|tickets?|competition|giveaway|course|"
    r"class|newsletter|mailing|bulletin|alerts?|marketing|subscription)\b)"
)
# ... nor a refusal followed by an invitation ("fully staffed for this season, but we'd still
# like to interview you"; part U)
_NOT_BUT_INVITED = r"(?![^.!?\n]*\bbut\b[^.!?\n]*\b(?:interview|meet|invite|see you|come in)\b)"
# someone taken on by the sender ("I've gone with a", "we've signed a", "took on a")
_TOOK_ON = (
    _NOT_AFTER_IF + r"\b(?:i|we|they|the family)(?:" + _A + r"ve| have| had)? (?:already |now |"
    r"finally )?(?:gone with|went with|signed(?: up)?|taken on|took on|found|hired|brought in) "
    + _DAYS + r"(?:a|an|another|our|someone|somebody|a different)"
)  # fmt: skip
# (twenty-fifth pass, part R: a business's supplier, vendor or bid chosen is no candidate's:
# third_party.BUSINESS, the nouns an "another" before them makes no person)
# (in a fixed order, longest first: the pattern's text is the prefilter cache's key)
_VENDOR_WORDS = "|".join(sorted(BUSINESS, key=lambda word: (-len(word), word)))
_NOT_A_VENDOR = r"(?! (?:[\w\-]+ ){0,2}?(?:" + _VENDOR_WORDS + r")\b)"
_SOMEONE_TAKEN = re.compile(
    # (twenty-sixth pass, part K: never a thing hired with its crew, "we hired a van with a
    # driver", "a minibus and a driver")
    _TOOK_ON + r" (?:(?!with\b|and\b|plus\b)[\w\-" + _A[1:-1] + r"]+ ){0,3}?" + _PERSON
    + r"(?! for you\b)" + _BESIDES
    + _NOT_LATER
    + r"|\b(?:decided|agreed|chosen|opted)(?: as a (?:family|team|crew))? to go with "
    r"(?:a|an|another|someone|somebody|the other)\b(?! (?:later|earlier|different) "
    r"(?:time|date|start|slot)\b)" + _NOT_LATER
    # (twenty-fifth pass, part R: never a supplier, a vendor or a bid)
    + _NOT_A_VENDOR
)  # fmt: skip
# ... and so the reader not needed, a reading of its own: the choice's still-to-come check reads
# "so I'll not need you" as a choice ahead
_SO_NOT_NEEDED = re.compile(
    _TOOK_ON + r"\b[^.!?\n]{0,80}?\bso (?:i|we)(?:" + _A + r"ll not| will not| won" + _A
    + r"t| shan" + _A + r"t| don" + _A + r"t| do not) (?:need|be needing) you\b"
)  # fmt: skip
_ASKED_TO_BE = re.compile(
    r"\b(?:we|i)(?:" + _A + r"ve| have)? asked (?!you\b)[a-z]+ to (?:be|become|take on the "
    r"role of|step in as) (?:our|the) (?!(?:[\w\-]+ )?(?:buddy|contact|mentor|host)\b)"
    r"(?:new )?[a-z\-]+" + _NOT_LATER
)
_WENT_TO = re.compile(
    r"\b(?:job|role|post|position|apprenticeship|berth|seat|gig|vacancy|opening|"
    r"(?<!\bballot )(?<!\bcourse )(?<!\brace )(?<!\bclass )(?<!\bschool )(?<!\braffle )place)"
    # (forty-first pass: never a job that went to plan, to print or to waste)
    r" (?:went|has gone|was given) to (?!you\b|your\b|plan\b|print\b|press\b|waste\b|"
    r"tender\b|auction\b|court\b|pieces\b)(?:[\w\-" + _A[1:-1] + r"]+)"
    + _NOT_A_POST + _NOT_LATER
    + r"|\b(?:job|role|post|position|apprenticeship|berth|seat|gig|vacancy)"
    r" (?:is not|isn" + _A + r"t|is n" + _A + r"t|won" + _A + r"t be|will not be) going to you\b"
    + r"(?![^.!?\n]*\bif\b)"
)  # fmt: skip
_SPOKEN_FOR = re.compile(
    # (twenty-seventh pass, part F: never "every seat has gone", a course's or a show's seats)
    r"(?<!\byour )(?<!\bevery )(?<!\beach )\b(?:job|role|post|position|apprenticeship|berth|"
    r"seat|vacancy)"
    r"(?:" + _A + r"s| is| has| was| has been)(?: now| already| all)? "
    r"(?:spoken for|gone)\b(?! to\b)"
    + _NOT_LATER
)  # fmt: skip
_NOT_IN_CREW = re.compile(
    r"\byou(?:" + _A + r"re| are| were)(?: not|n" + _A + r"t) in (?:that|the|this) "
    r"(?:crew|cast|team|squad|line-?up|intake)\b" + _NOT_LATER
    + r"|\bno (?:[\w\-]+ ){0,2}?(?:place|berth|seat|spot|role|job|post) (?:with your name on "
    r"it|for you (?:this|next) (?:season|year|summer|winter|time|voyage|tour))\b"
)  # fmt: skip
_NO_OPENING = re.compile(
    r"(?<!\bsaid )(?<!\bsays )(?<!\bsay )(?<!\btold us )\b(?:there is|there" + _A
    # (fifty-seventh pass: or a post named by up to four words, "There's no new flail swingle
    # maker post after all")
    + r"s|there will be|so) no (?:new )?(?:[a-z\-]+ ){0,4}?(?:opening|vacancy|job|role|position|"
    r"post)(?: [a-z]+){0,2}? after all\b"
    + r"|\b(?:we|i)(?:" + _A + r"ll)? (?:shan" + _A + r"t|won" + _A
    + r"t|will not|shall not|are not|aren" + _A
    + r"t|not) be taking (?:anyone|anybody|any(?:one)? (?:more|else)) on\b" + _NOT_LATER
)  # fmt: skip
_NOT_ADDED = re.compile(
    r"\bdecided not to (?:add|take) you (?:to|on|into|onto)\b" + _NOT_LATER
    + r"|\b(?:result|outcome|status)\s*(?::|-|\u2013)\s*not (?:passed|approved)\b"
    + r"|[:\u2013]\s*not appointing\b" + _NOT_LATER
    + r"|['\u2019\"]\s*:\s*not appointing\b" + _NOT_LATER
)  # fmt: skip
_CANT_USE = re.compile(
    r"\b(?:can" + _A + r"t|cant|cannot|can not|unable to) (?:use|take) you(?: on)? "
    r"(?:on|for) (?:the|our|this) (?:crew|team|build|job|role|post|season|gang|round)\b"
    + _ON_A_DAY + _NOT_LATER
    + r"|\bno go (?:on|for) (?:the|this|our) (?:[\w\-]+ ){0,2}?(?:job|role|post|round|crew|"
    r"position|gig)\b"
    + r"|\b(?:the )?answer" + _A + r"s a no for you\b" + _NOT_A_POST
    + r"|\bno dice for you\b" + _NOT_A_POST
    + r"|\bwe(?:" + _A + r"re| are) (?:now |already )?fully (?:crewed|staffed|cast) for (?:this|"
    r"that|the) (?:one|shoot|job|season|tour|production|show|film)\b(?![^.!?\n]*\bno need to "
    r"come\b)" + _ON_A_DAY + _NOT_BUT_INVITED
)  # fmt: skip
_NAME_REMOVED = re.compile(
    r"\b(?:we|i|they|the panel|the school|the office)(?:" + _A + r"ve| have| had| has)? (?:now )?"
    r"(?:removed your name|"
    r"taken your name|taken you) (?:from|off) (?:the|our) "
    r"(?:(?!mailing |e-?mail |distribution |contact |newsletter |alerts? |subscriber )[\w\-]+ )"
    r"{0,2}?(?:shortlist|list|crew list)\b" + _NOT_A_POST + _NOT_LATER
)

READINGS = readings(
    ("chose_other", _SOMEONE_TAKEN),
    ("reader_out", _SO_NOT_NEEDED),
    ("chose_other", _ASKED_TO_BE),
    ("chose_other", _WENT_TO),
    ("role_gone", _SPOKEN_FOR),
    ("reader_out", _NOT_IN_CREW),
    ("role_gone", _NO_OPENING),
    ("reader_out", _NOT_ADDED),
    ("reader_out", _CANT_USE),
    ("reader_out", _NAME_REMOVED),
)
