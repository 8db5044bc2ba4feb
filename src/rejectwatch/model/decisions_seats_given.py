"""Refusals blind slice 27 left unread, in their general forms (issue 11, twenty-ninth pass,
part E): a seat not given to the reader, another asked to join, a hire who has done the work,
a place full with the helpers already booked, an application found non-compliant, an ATS line
that is only the outcome and the role.

Each form is written here in several wordings, trades and countries, never for one message:

* **no seat given to the reader**: "some 2,000 students went for forty seats; we can't give
  one of them to you", "we're unable to offer one of the twelve places to you", "we could not
  give a spot to you" (never "until", "yet", "but", "before": "we can't give one to you until
  your transcript arrives"; never a thing, a laptop, a ticket, a slot or a voucher);
* **another asked to join**: "we loved the flourishes, but we've asked a lettering artist who
  already works in gold leaf to join us", "we've asked another illustrator to join the studio
  for the spring season" (an unnamed other, with "who" or "another"; never with "you" or
  "your" in the sentence, never for a trial, an interview, a call, a visit or a tasting);
* **the hire one who has done it**: "we're hiring a candidate who's run recirculating systems
  before", "we're taking on a baker who has already worked a wood-fired oven" (never a
  question, never with "you" after, never "who is" or "who has strong": an advert's wish list);
* **full with the helpers already booked**: "two helpers are already booked for kidding season,
  so we're full up", "both pickers are already signed up for harvest, so the crew is full"
  (people only, never rooms or tables; never "until", "but", "if", nor with "you" or "your");
* **found non-compliant**: "your application for post 81739 was found to be non-compliant",
  "your application has been declared invalid", "your application was deemed ineligible" (never
  "is found", "if", "compliant" alone, nor "please resubmit");
* **an outcome and the role on one line**: an ATS's "Declined: Senior Care Assistant.",
  "Unsuccessful - Warehouse Operative", "Barista Trainee \u2013 declined" (the role's head word
  named; never a calendar's "Declined: Weekly sync", a card, an expense or a leave request).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence;
LINE_READINGS start at a line break.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_crewed import _NOT_AFTER_IF, _PERSON
from rejectwatch.model.prefilter import readings

__all__ = ["LINE_READINGS", "READINGS"]

_A = r"['\u2019]"
_UNABLE = (
    r"(?:\bunable to|\bnot able to|\bcannot|\bcan not|\bcan" + _A + r"t|\bcould not|\bcouldn"
    + _A + r"t|\bwon" + _A + r"t be able to|\bwill not be able to)"
)  # fmt: skip
# a seat, not a thing ("one of them", "one of the forty places", "a spot")
_A_SEAT = (
    r"(?:one(?: of (?:them|those|these|the (?:[\w\-,]+ ){0,3}?(?:places|seats|spots|"
    r"positions|posts|roles|internships|placements|offers|vacancies)))?|a (?:place|seat|spot|"
    r"position|post|role|internship|placement))"
)
_NOT_LATER = r"(?![^.!?\n]*\b(?:until|unless|yet|but|before|once|if|instead)\b)"
# (twenty-ninth pass, part K: never a school's, a class's or a trip's place, "we're unable to
# offer a place to you in Year 7", "we can't give a spot to you in the Tuesday spin class")
_NOT_A_CLASS = (
    r"(?![^.!?\n]*\b(?:year \d+|reception|nursery|school|pupils?|class|classes|course|lessons?|"
    r"gym|spin|yoga|pilates|tour|trip|coach|flight|train|bus|table|restaurant|show|concert|"
    r"match|tickets?|parking|waiting list)\b)"
)
_NO_SEAT = re.compile(
    _UNABLE + r" (?:give|offer|extend|award|allocate) " + _A_SEAT + r" to you\b" + _NOT_LATER
    + _NOT_A_CLASS
)  # fmt: skip
# never a trial, an interview, a call or a visit the other joins ("we've asked our senior
# artist to join us for your trial day")
_NOT_AN_EVENT = (
    r"(?![^.!?\n]*\b(?:you|your|yours|trial|interview|call|visit|tasting|meeting|chat|tour|"
    r"demo|session|workshop)\b)"
)
_ASKED_ANOTHER = re.compile(
    _NOT_AFTER_IF + r"\b(?:we|i)(?:" + _A + r"ve| have)? (?:now |since |already )?asked "
    r"(?:(?:a|an) (?:[\w\-]+ ){0,3}?[\w\-]+ who(?:" + _A + r"s| has| had| already| works| "
    r"knows| holds| worked| ran| runs)\b[^.!?\n]{0,80}?|another (?:[\w\-]+ ){0,2}?[\w\-]+ )"
    r"to join (?:us|the (?:studio|team|shop|crew|workshop|kitchen|practice|company|farm))\b"
    + _NOT_AN_EVENT
)  # fmt: skip
_HIRING_ONE_WHO = re.compile(
    _NOT_AFTER_IF + r"\bwe(?:" + _A + r"re| are| will be|" + _A + r"ll be) (?:hiring|taking on|"
    r"bringing (?:on|in)|appointing|going to hire|going to take on) (?:a|an) (?:[\w\-]+ )?"
    + _PERSON + r" who(?:" + _A + r"s|" + _A + r"d| has| had) (?:already |previously |actually )?"
    r"(?:run|worked|done|been|held|managed|led|built|grown|kept|taught|trained|covered|cooked|"
    r"baked|farmed|fished|sailed|driven|nursed|cared|made|fixed|installed|restored)\b"
    r"(?![^.!?\n]*(?:\?|\byou\b|\byour\b|\bapply\b))"
)  # fmt: skip
_HELPERS = (
    r"(?:helpers|volunteers|pickers|milkers|hands|workers|students|people|wwoofers|interns|"
    r"apprentices|trainees|assistants|carers|grooms|deckhands|staff|guys|girls|lads|lasses)"
)
_ALREADY_BOOKED_FULL = re.compile(
    r"\b(?:two|three|four|five|six|both|all|our|the|enough) (?:[\w\-]+ )?" + _HELPERS
    + r" (?:are|were|have been|had been) (?:already )?(?:booked|signed up|lined up|taken on|"
    r"confirmed|sorted|in place)\b[^.!?\n]{0,60}?,? so (?:we" + _A + r"re|we are|i" + _A
    + r"m|i am|the (?:[\w\-]+ )?(?:crew|team|farm|house|season|yard|kitchen) is) (?:all |now )?"
    r"(?:full|full up|fully booked|set|sorted|covered)\b"
    r"(?![^.!?\n]*\b(?:until|unless|if|but|you|your)\b)"
)  # fmt: skip
_NON_COMPLIANT = re.compile(
    _NOT_AFTER_IF + r"\byour (?:application|candidacy|candidature|submission)"
    # (twenty-ninth pass, part K: never a tender's, a grant's, a loan's or an expense claim's,
    # "your submission for tender 4471 was found to be non-compliant")
    r"(?![^.!?\n]*\b(?:tenders?|bids?|quotes?|quotations?|grants?|funding|loans?|mortgage|"
    r"visa|permits?|claims?|expenses?|receipts?|invoices?|rfp|rfq|rfi|procurement|"
    r"scholarships?|bursary|bursaries)\b)"
    r"(?: (?:for|to) [^.!?\n]{1,60}?)? (?:was|has been|had been) (?:found|deemed|declared|"
    r"judged|considered|assessed as|marked)(?: to be| as)? (?:non-?compliant|not compliant|"
    r"invalid|ineligible|not eligible|void)\b"
    r"(?![^.!?\n]*\b(?:resubmit|re-submit|please send|please sign|correct|until|unless)\b)"
)  # fmt: skip
# the role's head word, which an ATS line names ("Senior Care Assistant", "Store Colleague")
_ROLE_HEAD = (
    r"(?:assistant|manager|engineer|developer|analyst|officer|operative|colleague|associate|"
    r"advisor|adviser|co-?ordinator|administrator|technician|nurse|carer|worker|designer|"
    r"consultant|specialist|lead|director|executive|intern|internship|apprentice|"
    r"apprenticeship|graduate|trainee|driver|cleaner|chef|cook|teacher|lecturer|accountant|"
    r"clerk|receptionist|supervisor|merchandiser|representative|agent|scientist|researcher|"
    r"editor|writer|planner|inspector|surveyor|architect|programmer|tester|porter|picker|"
    r"packer|operator|mechanic|electrician|fitter|barista|cashier|baker|butcher|pharmacist|"
    r"therapist|practitioner|midwife|paramedic|librarian|steward|host|server"
    # (fifty-fifth pass: and the seasonal and floor roles of shops' careers hubs, "your Christmas
    # Temp application", "your Café Team Member application", slice 115)
    r"|temp|member|hand|helper|attendant|labourer|laborer|handler|groomer|courier|tutor|"
    r"instructor|nanny|housekeeper|caretaker|gardener|waiter|waitress|bartender|dishwasher|"
    r"plasterer|joiner|carpenter|roofer|plumber|welder|decorator|locksmith|sorter|loader)"
)
# never a meeting, a card, an expense or a leave, nor a time or an address
_NOT_A_CALENDAR = (
    r"(?![^\n]*(?:@|\d[:.]\d\d|\b\d{1,2} ?(?:am|pm)\b|\b(?:meeting|call|sync|invitation|invite|"
    r"event|catch-?up|stand-?up|1:1|lunch|dinner|review|webinar|interview|card|payment|"
    r"transaction|order|visa|mastercard|expense|timesheet|leave|holiday|request|invoice|claim|"
    r"purchase|message|delivery|mail|with|w/)\b))"
)
_OUTCOME_WORD = r"(?:declined|rejected|unsuccessful|not successful|not selected|not progressed)"
_OUTCOME_LINE = re.compile(
    r"\n[ \t]*" + _OUTCOME_WORD + r"[ \t]*[:\u2013\u2014\-|][ \t]*" + _NOT_A_CALENDAR
    + r"(?:[\w\-'&/]+ ){0,4}?" + _ROLE_HEAD + r"s?\.?[ \t]*(?=\n|$)"
    + r"|\n[ \t]*" + _NOT_A_CALENDAR + r"(?:[\w\-'&/]+ ){0,4}?" + _ROLE_HEAD
    + r"s?[ \t]*[:\u2013\u2014\-|][ \t]*" + _OUTCOME_WORD + r"\.?[ \t]*(?=\n|$)"
)  # fmt: skip

# the outcome of the reader's application named by its role (twenty-ninth pass, part K: "your
# Underwriting Assistant application was unsuccessful"; the role's head word just before
# "application", never a host's or a server's, a mortgage's or a visa's; never successful)
_YOUR_ROLE_APPLICATION = (
    _NOT_AFTER_IF + r"\byour (?:[\w\-]+ ){0,3}?" + _ROLE_HEAD + r"(?<!\bhost)(?<!\bserver)"
    r"(?<!\bagent) (?:job )?application "
    # (sixty-third pass: or with the employer named after it, "your Instrument Technician
    # application at Secunda Catalyst Services was unsuccessful", slice 174)
    r"(?:(?:at|with) (?:[\w&'\u2019\-]+ ){1,5}?)?"
)
_ROLE_APPLICATION_OUTCOME = re.compile(
    _YOUR_ROLE_APPLICATION + r"(?:has|have|was|is)(?: now)?(?: been)? "
    r"(?:unsuccessful|not successful|rejected|declined|turned down|not progressed)\b"
    # (fifty-fifth pass: or read and ending there, "Your Café Team Member application has been
    # read and ends at this stage")
    r"|" + _YOUR_ROLE_APPLICATION + r"(?:has been|was) (?:read|reviewed|considered|assessed)"
    r"(?: carefully| in full)?(?:,| and|;) (?:it )?(?:ends|has ended|stops|closes) (?:here|at this "
    r"(?:stage|point))\b"
)  # fmt: skip

READINGS = readings(
    ("reader_out", _NO_SEAT),
    ("reader_out", _ROLE_APPLICATION_OUTCOME),
    ("chose_other", _ASKED_ANOTHER),
    ("chose_other", _HIRING_ONE_WHO),
    ("role_gone", _ALREADY_BOOKED_FULL),
    ("reader_out", _NON_COMPLIANT),
)
LINE_READINGS = readings(("status", _OUTCOME_LINE))
