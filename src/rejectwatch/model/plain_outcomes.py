"""More plain outcome wording read by rule (issue 11, seventh pass).

Blind slice 5 and the corpus's out-of-fold misses showed kinds of refusal the readings of
rejectwatch.model.negation did not read, each said in many wordings:

* the reader not selected, not taken on to a step ("you have not been selected", "we can't
  take your application through to interview", "the client is not putting you through",
  "your name did not go forward to the selecting official", "yours will not be referred",
  "the panel has decided not to invite you to the next interview", "it won't be going
  further");
* the employer not taking the reader on ("we haven't selected you for an interview", "Stripe
  declined your application", "we will not be offering you the job");
* the reader's profile judged not to match ("your profile is not the right match for this
  opening", "your experience does not match what we are looking for");
* someone else chosen in other words ("we extended an offer to someone who'd been in our
  pipeline longer", "the choice of the team fell on a person who ...", "they picked an
  internal", "other profiles were a stronger match");
* the post filled, said of the job by its pronoun ("they've filled it", "we've now hired
  for the role");
* "sorry it wasn't better news", "not the news you were hoping for";
* a subject that is the outcome ("Unsuccessful application - Site Reliability Engineer").

Each reading is (token name, word groups, pattern) over lower-cased text, as in
rejectwatch.model.languages; negation appends them to its outcome readings, so the same
checks apply: none in a conditional, still-to-come or quoted sentence, none in the reader's
own decision, none in mail about someone else's candidacy. Each pattern runs only on text
holding a word of each of its groups (words every match contains); the first group is the
rarest, since its words open the reading. Every match of READINGS lies inside one sentence
(no ".", "!", "?" or line break in it), so each is searched only in the sentences holding a
word of its first group; LINE_READINGS start at a line break and are searched whole.
"""

from __future__ import annotations

from rejectwatch.model import (
    accommodated_abroad,
    answered_abroad,
    brought_aboard_abroad,
    carried_abroad,
    choices_plain,
    claimed_abroad,
    closes_here_abroad,
    continued_abroad,
    crowded_out_abroad,
    decisions_abroad,
    decisions_accommodated,
    decisions_after,
    decisions_answered,
    decisions_archived,
    decisions_before,
    decisions_brief,
    decisions_brought_aboard,
    decisions_carried,
    decisions_casual,
    decisions_claimed,
    decisions_closed_out,
    decisions_concluded,
    decisions_continued,
    decisions_crewed,
    decisions_crowded_out,
    decisions_discontinued,
    decisions_does_without,
    decisions_drawn_without,
    decisions_dropped,
    decisions_elsewhere,
    decisions_ended,
    decisions_fell_short,
    decisions_filled,
    decisions_forwarded,
    decisions_given,
    decisions_given_to,
    decisions_got_it,
    decisions_halted,
    decisions_handed,
    decisions_handed_on,
    decisions_heard,
    decisions_hedged,
    decisions_held_by,
    decisions_in_house,
    decisions_in_passing,
    decisions_kept_on,
    decisions_left,
    decisions_left_behind,
    decisions_left_off,
    decisions_listed,
    decisions_lost,
    decisions_minus,
    decisions_mixed,
    decisions_moved_ahead,
    decisions_named_pick,
    decisions_no_offer,
    decisions_omitted,
    decisions_ordinary,
    decisions_others_on,
    decisions_passed_over,
    decisions_places_gone,
    decisions_preferred,
    decisions_referred,
    decisions_regretted,
    decisions_reshaped,
    decisions_rested,
    decisions_screened,
    decisions_seats_given,
    decisions_settled,
    decisions_settled_against,
    decisions_small_posts,
    decisions_spoken,
    decisions_staffed,
    decisions_staged,
    decisions_steered,
    decisions_stopped,
    decisions_taken,
    decisions_taken_up,
    decisions_terse,
    decisions_tested,
    decisions_told,
    decisions_trades,
    decisions_unmet,
    decisions_unshortlisted,
    decisions_went_on,
    decisions_wide,
    decisions_withheld,
    discontinued_abroad,
    does_without_abroad,
    drawn_without_abroad,
    dropped_abroad,
    elsewhere_abroad,
    fell_short_abroad,
    given_to_abroad,
    got_it_abroad,
    halted_abroad,
    handed_abroad,
    handed_on,
    hired_by_name,
    insiders_abroad,
    insiders_chosen,
    left_behind_abroad,
    left_out_plainly,
    minus_abroad,
    more_languages,
    moved_ahead_abroad,
    no_offer_abroad,
    omitted_abroad,
    other_mail,
    others_holding,
    others_named,
    others_on_abroad,
    others_picked,
    others_placed,
    others_preferred,
    others_starting,
    others_taken,
    picked_abroad,
    places_full,
    places_withheld,
    post_taken,
    posts_filled_abroad,
    posts_given,
    posts_given_abroad,
    process_ended,
    refusals_inverted,
    roles_filled,
    scores_below,
    settled_abroad,
    shapes_pools_ab,
    shapes_pools_cd,
    shapes_widely_spoken,
    shortfalls,
    stated_outcomes,
    steered_abroad,
    stops_here_abroad,
    taken_up_abroad,
)
from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["LINE_READINGS", "READINGS"]

_NOT = r"(?:\bnot|n['\u2019]t)"
_NOT_WORDS = ("not", "n't", "n\u2019t")
# an auxiliary and its negation: "did not", "wasn't", "won't", "cannot"
_AUX_NOT = (
    r" (?:(?:have|has|had|were|was|are|is|will|would|shall|did|does|do|could|can)"
    r"(?: not|n['\u2019]t)|won['\u2019]t|cannot|can not)"
)
_READERS = r"(?:you|yours|your (?:application|candidacy|candidature|cv|profile|submission|name))"

# the reader not selected or not taken on ("you have not been selected", "your application
# was not shortlisted", "yours will not be referred", "you weren't chosen")
_STEP_PAST = (
    "selected",
    "successful",
    "shortlisted",
    "chosen",
    "picked",
    "approved",
    "accepted",
    "progressed",
    # eleventh pass: "you were not matched with the employer" (co-op and placement schemes)
    "matched",
    "taken forward",
    "put forward",
    "moved forward",
    "advanced",
    "referred",
    "invited",
    # (fifty-seventh pass: "you won't be called for interview")
    "called for interview",
    "called for an interview",
    "called to interview",
    "called for the interview",
)
_NOT_SELECTED = re.compile(
    r"\b" + _READERS + _AUX_NOT + r"(?: been| be| being)? (?:" + "|".join(_STEP_PAST) + r")\b"
    r"|\byou['\u2019](?:ve|re) not (?:been |being )?(?:" + "|".join(_STEP_PAST) + r")\b"
)
# the reader not taken to a step ("we can't take your application for X through to
# interview", "the client is not putting you through to interview", "we won't be inviting
# you to the studio interview", "your name did not go forward to the selecting official")
_STEP = (
    r"(?:an? |the |our |any |your )?(?:[a-z\-]+ ){0,2}?(?:interviews?|next|onsite|on-site|final|"
    r"assessment|shortlist|panel|hiring manager|client|selecting official|round|stage)\b"
)
_TAKE_VERBS = (
    "invite",
    "inviting",
    "put",
    "putting",
    "take",
    "taking",
    "move",
    "moving",
    "progress",
    "progressing",
    "advance",
    "advancing",
    "bring",
    "bringing",
    "pass",
    "passing",
    "send",
    "sending",
    "forward",
    "forwarding",
    "submit",
    "submitting",
    "shortlist",
    "shortlisting",
    "select",
    "selecting",
)


def _not_taking_the_reader(verbs: tuple[str, ...]) -> str:
    """A negated verb of taking the reader on, up to 60 characters of its sentence after the
    reader: "can't take your application for X ...", "is not putting you ..."."""
    return (
        r"(?:" + _NOT + r"|\bunable to|\bcannot)(?: be)? (?:" + "|".join(verbs) + r") "
        r"(?:you\b|your (?:application|candidacy|candidature|cv|profile|details)\b)[^.!?\n]{0,60}?"
    )


_NOT_TAKEN_TO = re.compile(
    _not_taking_the_reader(_TAKE_VERBS)
    + r"\b(?:(?:through|forward|on|along) )?(?:to|for|into) "
    + _STEP
)
_GONE_VERBS = (
    "go",
    "gone",
    "going",
    "move",
    "moved",
    "moving",
    "progress",
    "progressed",
    "proceed",
    "proceeded",
    "put",
    "sent",
    "passed",
    "forwarded",
    "referred",
    "invited",
)
_NOT_GONE_TO = re.compile(
    r"\b" + _READERS + _AUX_NOT + r"(?: be| been)? (?:" + "|".join(_GONE_VERBS) + r")"
    r"(?: forward| through| on)? to " + _STEP
)
_NOT_GONE_TO_WORDS = tuple(
    f"{verb}{how} to" for verb in _GONE_VERBS for how in ("", " forward", " through", " on")
)
# a decision not to take the reader on ("the committee has decided not to take your
# application further", "the head chef has decided not to offer you a position"); "decided
# not to go with the other finalists" is an offer's aside, "you decided not to" the reader's
_DECIDED_NOT = re.compile(
    # who decided: the employer's side ("we", "they", "the hiring team", "the head chef"), not
    # another candidate ("Sven has decided not to continue")
    r"\b(?:we|i|they|the client|the employer|the company|(?:the|our) (?:[a-z\-]+ ){0,2}?(?:team|"
    r"panel|committee|board|client|company|employer|manager|managers|chef|school|firm|"
    r"department|partners|governors|founders?|leadership|recruiters?))(?:['\u2019]ve| have| has|"
    r" had)?(?: now| finally| ultimately| unfortunately| sadly)? "
    r"(?:decided|chosen|chose|opted|elected)(?: not|n['\u2019]t) to (?:proceed|progress|move|go|"
    r"take|offer|advance|invite|include|shortlist|pursue|continue|put|bring|consider|hire|appoint|"
    r"select)\b(?! with (?:them|him|her|the other|their|those)\b)(?! (?:ahead )?with (?:the|this|"
    r"our) (?:offer|interview|reference|background|start)\b)"
)
# the reader's profile judged not to match ("your profile is not the right match for this
# particular opening", "it does not match what we are looking for", "your profile is not
# match with our current need")
_NOT_A_MATCH = re.compile(
    r"\b(?:your (?:profile|application|cv|experience|background|skills?|skill set|"
    r"qualifications|candidacy)|you|it)"
    + _AUX_NOT
    + r" (?:(?:quite |really |exactly )?(?:the right|an? (?:close|good|strong|right|exact|direct)"
    r"(?: enough)?) (?:match|fit)\b|(?:fully |closely |quite )?(?:match|correspond|align|fit)"
    r"(?:es|s)? (?:with |to )?(?:what|our|the|this|that)\b)"
)
# A word that makes a list an event's or a mailing's, no shortlist ("your name is not on the
# final guest list", "not on the speaker list", "you weren't on the invitation list for the
# dinner": twenty-fifth pass, part C): put before each word of a list's name
NOT_AN_EVENTS = (
    r"(?!(?:guest|speakers?|invite|invitation|invitee|attendee|attendance|rsvp|seating|door|"
    r"mailing|waiting|dinner|party|wedding|delegate|exhibitor|distribution|contact|e-?mail|"
    r"christmas|gift|birthday|prize|raffle|ballot|lottery|reading|shopping)s? "
    # (part P: a shortlist is a selection whatever it is for, "you were not on the speaker
    # shortlist" for a paid MC's role)
    r"(?!short[- ]?list))"
)
# the reader's name not on the list ("your name is not there in the shortlist"), assessed
# out ("your application was not assessed as suitable to go any further"), screened out
# ("you were screened out because ..."), or not going further ("it won't be going further")
_NOT_ON_LIST = re.compile(
    r"\b" + _READERS + r" (?:is|are|was|were)(?: not|n['\u2019]t)(?: there)? (?:in|on) (?:the|our) "
    # (thirteenth pass: "your name was not on the panel's interview list")
    r"(?:"
    + NOT_AN_EVENTS
    + r"[a-z\-'\u2019]+ ){0,2}?"
    + NOT_AN_EVENTS
    + r"(?:shortlist|short-list|short list|list)\b"
    # ninth pass: "your name does not appear in the final list of selected interns"
    r"|\b" + _READERS + r" (?:does|did)(?: not|n['\u2019]t) (?:appear|feature|figure) (?:in|on) "
    r"(?:the|our) (?:"
    + NOT_AN_EVENTS
    + r"[a-z\-]+ ){0,2}?"
    + NOT_AN_EVENTS
    + r"(?:shortlist|short-list|short list|list)\b"
    # eleventh pass: the list named first ("the shortlist has been drawn up and your name is
    # not on it")
    r"|\b(?:shortlist|short-list|short list|list)\b[^.!?\n]{0,80}?\b" + _READERS + r" "
    r"(?:is|are|was|were)(?: not|n['\u2019]t) (?:on|in) it\b"
)
_NOT_ASSESSED = re.compile(
    r"\b" + _READERS + _AUX_NOT + r"(?: been)? (?:assessed|judged|deemed|found|rated|considered) "
    r"(?:as |to be )?(?:suitable|successful|eligible|qualified|ready|strong enough)\b"
)
_SCREENED_OUT = re.compile(
    r"\b" + _READERS + r" (?:were|was|have been|has been|had been|are|is|got) (?:screened|sifted|"
    r"filtered|ruled|knocked) out\b"
)
_NOT_FURTHER = re.compile(
    r"\b(?:it|yours|your (?:application|candidacy|candidature)|this application)"
    + _AUX_NOT
    + r" be (?:going|moving|progressing|proceeding|taken|put|carried) "
    r"(?:any )?(?:further|forward)\b"
)
# the employer's side saying it did not take the reader on ("we haven't selected you for an
# interview", "Stripe declined your application", "Quantum Leaf is no longer considering your
# application", "we will not be offering you the job", "we won't be able to make you an offer",
# "we are not able to offer you a spot in this year's programme")
# (seventeenth pass: "the panel has not shortlisted you", "the panel did not pick you to go
# forward")
_CHOSEN_YOU_VERBS = (
    "selected",
    "shortlisted",
    "chosen",
    "picked",
    "progressed",
    "invited",
    "select",
    "shortlist",
    "choose",
    "pick",
    "progress",
    "invite",
)
_NOT_CHOSEN_YOU = re.compile(
    r"\b(?:we|i|they|the (?:[a-z\-]+ ){0,2}?(?:team|panel|client|employer|company|manager|"
    r"committee|board|firm|school|partners))(?:['\u2019]ve| have| has| had| did)?"
    r"(?: not|n['\u2019]t) (?:" + "|".join(_CHOSEN_YOU_VERBS) + r") you\b"
)
_CHOSEN_YOU_WORDS = tuple(
    f"{negation} {verb} you" for negation in _NOT_WORDS for verb in _CHOSEN_YOU_VERBS
)
_DECLINED_YOURS = re.compile(
    r"\b(?:declined|rejected|turned down) your (?:application|candidacy|candidature)\b"
)
_NO_LONGER_CONSIDERING = re.compile(
    r"\bno longer (?:considering|reviewing|progressing|pursuing) (?:you\b|your (?:application|"
    r"candidacy|candidature)\b)"
)
_NOT_OFFERING = re.compile(
    _NOT + r" be (?:offering|extending|giving|making) you (?:an? |the )?(?:[a-z\-]+ )?(?:job|role|"
    r"position|post|interview|offer|place|contract|spot)\b"
    r"|(?:won['\u2019]t|will not|wouldn['\u2019]t|would not|not) be able to (?:make|extend|offer) "
    r"you\b"
    r"|(?:\bcannot|can['\u2019]t|\bunable to|\bnot able to) (?:extend you an? offer|offer you "
    r"(?:an? |the )?(?:spot|seat|space)\b)"
)
_NOT_OFFERING_WORDS = (
    "be offering you",
    "be extending you",
    "be giving you",
    "be making you",
    "able to make you",
    "able to extend you",
    "able to offer you",
    "extend you a",
    "offer you a spot",
    "offer you a seat",
    "offer you a space",
    "offer you the spot",
    "offer you the seat",
    "offer you the space",
    "offer you spot",
    "offer you seat",
    "offer you space",
)
# not going on with the reader ("we're not going ahead with your application", "we are not
# able to proceed with it at this time", "we won't be moving forward with you")
_NOT_GOING_ON = re.compile(
    r"(?:" + _NOT + r"|\bunable to|\bcannot) (?:be |to )?(?:able to )?(?:moving|going|proceeding|"
    r"progressing|continuing|move|go|proceed|progress|continue)(?: forward| ahead| further)? with "
    r"(?:your (?:application|candidacy|candidature|profile|cv)\b|you\b|it\b)"
)
# eighth pass: the reader's application not taken any further ("we're not taking your
# application for Technical Writer any further", "we are unable to take your application
# further", "the client will not take you further after the second stage")
_FURTHER_VERBS = (
    *(verb for verb in _TAKE_VERBS if verb.startswith(("tak", "mov", "progress", "bring"))),
    "carry",
    "carrying",
)
_NOT_TAKEN_FURTHER = re.compile(
    _not_taking_the_reader(_FURTHER_VERBS)
    # (eleventh pass: "is not taking you ahead after the second round")
    + r"\b(?:any )?(?:further|forward|ahead)\b(?! (?:to|for|into|with|of)\b)"
)
# eighth pass: the process ended for the reader ("this is where the process ends for you",
# "the recruitment is over for you")
_ENDED_FOR_YOU = re.compile(
    r"\b(?:process|application|candidacy|candidature|journey|road|recruitment|selection)\b"
    r"[^.!?\n]{0,30}?\b(?:ends|ended|has ended|is over|stops|has stopped|closes|has closed|"
    r"concludes|has concluded)(?: here)? for you\b"
)
_ENDED_WORDS = tuple(
    f"{verb}{here} for you"
    for verb in (
        "ends",
        "ended",
        "over",
        "stops",
        "stopped",
        "closes",
        "closed",
        "concludes",
        "concluded",
    )
    for here in ("", " here")
)
# someone else chosen in other words
_OTHER_CHOSEN = re.compile(
    r"\b(?:extended|made|given) (?:an|the|our) (?:job |formal |verbal )?offer to (?:someone|"
    r"somebody|another|a different|the other|an? (?:internal|external|other)|an? [a-z\-]+ "
    r"(?:candidate|applicant|colleague|person))"
    r"|\bchoice\b[^.!?\n]{0,40}?\b(?:fell|falls|has fallen) on\b"
    r"|\b(?:chose|choose|chosen|picked|selected|hired|appointed|went with|gone with|going with|"
    r"offered it to|went|recruited|promoted) (?:an internal|internally|from within)\b"
    # (fifty-ninth pass: or "from inside" the house, "the hiring manager chose from inside the
    # company", slice 139)
    r"|\b(?:chose|picked|selected|hired|appointed|went|recruited|promoted|filled it) from inside "
    r"(?:the |our |its |their )?(?:company|team|organi[sz]ation|firm|business|group|ranks|store|"
    r"shop|staff|department|school|trust|practice|hotel|restaurant|office|branch|unit|crew|"
    r"workforce|network|house|building)\b"
    r"|\b(?:other|another|more) (?:profiles?|candidates?|applicants?|people|individuals?) "
    r"(?:were|was|are|is|seemed|felt|looked)(?: like)? (?:a |an )?(?:stronger|closer|better|more "
    r"suitable|more relevant|more aligned) (?:match|fit)"
)
_OTHER_CHOSEN_WORDS = (
    "offer to",
    "fell on",
    "falls on",
    "fallen on",
    "an internal",
    "internally",
    "from within",
    "from inside",
    *(
        f"{better} {fit}"
        for better in (
            "stronger",
            "closer",
            "better",
            "more suitable",
            "more relevant",
            "more aligned",
        )
        for fit in ("match", "fit")
    ),
)
# the post filled, said of the job by its pronoun or with "hired for"
_FILLED = re.compile(
    r"\b(?:we|they|the client|the team|i)(?:['\u2019]ve| have| had|['\u2019]d)? (?:just |already "
    r"|now )?(?:filled|closed) (?:it|the (?:role|position|job|post|vacancy|seat|opening|req|"
    r"requisition))\b"
    # "we've now hired for the role", "we hired for the clerk opening last week" (not "we have
    # hired for similar roles before")
    r"|\b(?:we|they|the client|the team)(?:['\u2019]ve| have| had)? (?:(?:now|just|already) "
    r"(?:hired|appointed|recruited) for\b|(?:hired|appointed|recruited) for (?:the|this|that) "
    r"(?:[a-z\-]+ ){0,4}?(?:role|position|job|post|vacancy|opening|seat)\b"
    r"(?![^.!?\n]{0,40}\b(?:before|previously|in the past)\b))"
)
_FILLED_WORDS = (
    "filled it",
    "closed it",
    "filled the",
    "closed the",
    "hired for",
    "appointed for",
    "recruited for",
)
# "sorry it wasn't better news", "not the news you were hoping for"
_NOT_GOOD_NEWS = re.compile(
    _NOT + r" (?:better|good|great|happier) news\b"
    r"|\bnot the (?:news|outcome|answer|result) (?:you|that you)\b[^.!?\n]{0,20}?\b(?:hop|want|"
    r"wish|look)"
)
# a subject (or a line) that is the outcome: "Unsuccessful application - Site Reliability
# Engineer" ("feedback on unsuccessful applications" is about many)
_OUTCOME_LINE = re.compile(
    r"(?:^|\n)(?:(?:re|fwd?|aw|tr|wg):\s*)*(?:your )?(?:unsuccessful|rejected|declined) "
    r"(?:job )?(?:application|candidacy|candidature)\b(?!s)"
)

_NOT_FURTHER_WORDS = tuple(
    f"be {verb}"
    for verb in ("going", "moving", "progressing", "proceeding", "taken", "put", "carried")
)
_GOING_VERBS = (
    "moving",
    "going",
    "proceeding",
    "progressing",
    "continuing",
    "move",
    "go",
    "proceed",
    "progress",
    "continue",
)
_GOING_ON_WORDS = tuple(
    f"{verb}{how} with" for verb in _GOING_VERBS for how in ("", " forward", " ahead", " further")
)
_NEGATIONS = (*_NOT_WORDS, "cannot", "can not", "unable to")
_BARE_NOTS = ("not", "n't", "n\u2019t")  # "cannot", "won't" hold one of them


def _negated(
    verbs: tuple[str, ...], bes: tuple[str, ...] = ("",), after: str = ""
) -> tuple[str, ...]:
    """The words every negated match holds: "not be referred", "n't been selected", ..."""
    return tuple(
        f"{negation}{be} {verb}{after}" for negation in _BARE_NOTS for be in bes for verb in verbs
    )


READINGS: tuple[tuple[str, tuple[tuple[str, ...], ...], re.Pattern[str]], ...] = (
    ("reader_out", (_negated(_STEP_PAST, ("", " been", " be", " being")),), _NOT_SELECTED),
    (
        "reader_out",
        (
            _negated(_TAKE_VERBS, ("", " be"), " you")
            + tuple(f"unable to {verb} you" for verb in _TAKE_VERBS)
            + tuple(f"unable to be {verb} you" for verb in _TAKE_VERBS),
        ),
        _NOT_TAKEN_TO,
    ),
    ("reader_out", (_negated(_GONE_VERBS, ("", " be", " been")), _NOT_GONE_TO_WORDS), _NOT_GONE_TO),
    (
        "reader_out",
        # (seventeenth pass: "the hiring team chose not to take your application on")
        (
            (
                "decided not",
                "chosen not",
                "chose not",
                "opted not",
                "elected not",
                "decided n",
                "chosen n",
            ),
        ),
        _DECIDED_NOT,
    ),
    ("reader_out", ((" match", " fit", " correspond", " align"), _NEGATIONS), _NOT_A_MATCH),
    # (eleventh pass: its words read off the pattern, rejectwatch.model.prefilter.openers)
    *readings(("reader_out", _NOT_ON_LIST)),
    (
        "reader_out",
        (
            _negated(
                ("assessed", "judged", "deemed", "found", "rated", "considered"), ("", " been")
            ),
        ),
        _NOT_ASSESSED,
    ),
    (
        "reader_out",
        (("screened out", "sifted out", "filtered out", "ruled out", "knocked out"),),
        _SCREENED_OUT,
    ),
    ("reader_out", (_negated(_NOT_FURTHER_WORDS),), _NOT_FURTHER),
    ("reader_out", (_CHOSEN_YOU_WORDS,), _NOT_CHOSEN_YOU),
    ("reader_out", (("declined your", "rejected your", "turned down your"),), _DECLINED_YOURS),
    (
        "reader_out",
        (
            (
                "no longer considering",
                "no longer reviewing",
                "no longer progressing",
                "no longer pursuing",
            ),
        ),
        _NO_LONGER_CONSIDERING,
    ),
    ("reader_out", (_NOT_OFFERING_WORDS,), _NOT_OFFERING),
    (
        "reader_out",
        (
            tuple(
                f"{negation} {be}{able}{verb}"
                for negation in (*_BARE_NOTS, "unable to")
                for be in ("", "be ", "to ")
                for able in ("", "able to ")
                for verb in _GOING_VERBS
            ),
            _GOING_ON_WORDS,
        ),
        _NOT_GOING_ON,
    ),
    (
        "reader_out",
        (
            _negated(_FURTHER_VERBS, ("", " be"), " you")
            + tuple(f"unable to {verb} you" for verb in _FURTHER_VERBS),
            ("further", "forward", "ahead"),
        ),
        _NOT_TAKEN_FURTHER,
    ),
    ("reader_out", (_ENDED_WORDS,), _ENDED_FOR_YOU),
    ("chose_other", (_OTHER_CHOSEN_WORDS,), _OTHER_CHOSEN),
    ("role_gone", (_FILLED_WORDS,), _FILLED),
    (
        "reader_out",
        (
            (
                "better news",
                "good news",
                "great news",
                "happier news",
                "not the news",
                "not the outcome",
                "not the answer",
                "not the result",
            ),
        ),
        _NOT_GOOD_NEWS,
    ),
)
# ... and the one reading that starts at a line break (searched in the whole text)
LINE_READINGS: tuple[tuple[str, tuple[tuple[str, ...], ...], re.Pattern[str]], ...] = (
    (
        "reader_out",
        (("unsuccessful", "rejected", "declined"), ("application", "candidacy", "candidature")),
        _OUTCOME_LINE,
    ),
)

# tenth pass: the reader short of a bar, left out of a group, refused under any label
READINGS += shortfalls.READINGS
# ... and the post taken by someone else, said of that person
READINGS += post_taken.READINGS
# eleventh pass: the reader's process ended by what the employer does next
READINGS += process_ended.READINGS
# twelfth pass: the post handed on and the reader let go in more shapes, and more languages
READINGS += handed_on.READINGS + more_languages.READINGS
# thirteenth pass: ten more languages' shapes, and forms of Dutch and French
READINGS += decisions_abroad.READINGS + others_taken.READINGS
LINE_READINGS += handed_on.LINE_READINGS
# sixteenth pass: outcomes stated without a refusal word, and bare status rows
READINGS += stated_outcomes.READINGS
LINE_READINGS += stated_outcomes.LINE_READINGS
# seventeenth pass: decisions told in a manager's, a recruiter's or a screener's own words
READINGS += decisions_told.READINGS
# eighteenth pass: decisions given as an allocation, an appointment, an approval or a rule failed
READINGS += decisions_given.READINGS
# nineteenth pass: decisions settled by a status table, a screen, a match, a mark or a pick
READINGS += decisions_settled.READINGS
LINE_READINGS += decisions_settled.LINE_READINGS
# nineteenth pass, part I: decisions told tersely, by the subject, or with their own "if"
READINGS += decisions_terse.READINGS
# twentieth pass, part A: a panel, a roster, a course, a part or a residency withheld
READINGS += places_withheld.READINGS
# twentieth pass, part B: decisions told as the place filled, the team picked, a status moved
READINGS += decisions_filled.READINGS
# twenty-first pass, part B: decisions said in the sender's own words, a board's card moved
READINGS += decisions_spoken.READINGS
# twenty-first pass, part A: decisions told in passing (a postscript, a translation, three words)
READINGS += decisions_in_passing.READINGS
# twenty-first pass, part J: written-27's kinds, read before a slice brings them
READINGS += decisions_before.READINGS
# twenty-second pass, part A: decisions heard in a reply, a hedge, a short note, a bare status
READINGS += decisions_heard.READINGS
# twenty-second pass, part B: decisions told after a test or a trial, the places full
READINGS += decisions_tested.READINGS
# twenty-second pass, part F: ordinary ATS mail's plainer turns (written-29's misses)
READINGS += decisions_ordinary.READINGS
# (twenty-second pass, part L: refusals left unread, decisions_left)
READINGS += decisions_left.READINGS
# twenty-third pass, part B: slice 21's wide misses (work going to a named other, "so we're
# sorted", not taken on as a named role)
READINGS += decisions_wide.READINGS
# twenty-third pass, part A: decisions hedged, given in a thread reply, or said in one line
READINGS += decisions_hedged.READINGS
# ... and written-30's English misses (twenty-third pass, part H)
READINGS += decisions_closed_out.READINGS
# twenty-third pass, part M: written-31's requirement unmet, crew filled, induction ended
READINGS += decisions_unmet.READINGS
# twenty-fourth pass, part B: a place not offered, a result negative, the matter let rest, "it"
# unsuccessful in passing, a silence rule applied after its time, someone named taken on
READINGS += decisions_rested.READINGS
LINE_READINGS += decisions_rested.LINE_READINGS
# twenty-fourth pass, part A: slice 22's mix misses (a candidate finalised, a requirement closed,
# someone stepping into the post, a name absent from the selected list)
READINGS += decisions_mixed.READINGS
# twenty-fourth pass, part H: stopped short of a stage, a candidature dropped, the other one
# taken, a name not in the final list, not the one appointed, no nod, finalised unfilled
READINGS += decisions_listed.READINGS
# twenty-fourth pass, part P: a post left unfilled, told after a decision
READINGS += decisions_after.READINGS
# twenty-fourth pass, part R: written-33's small outfits (someone else taken on, the berth
# spoken for, not in the crew picked, no opening after all, not added, the name removed)
READINGS += decisions_crewed.READINGS
# twenty-fifth pass, part A: slice 23's mix misses (a role that is "a no", an application moved
# to the archive, a hedge in learner's English, a name left off a public service's shortlist)
READINGS += decisions_archived.READINGS
# twenty-fifth pass, part B: slice 23's wide English misses and the forms left unread (someone
# taken on so the post covered, no room to add the reader, the roster full, no start this time,
# the cast picked without the reader, not admitted to the next stage, offered to another who
# accepted)
READINGS += decisions_unshortlisted.READINGS
# twenty-fifth pass, part H: written-34's English misses (someone named chosen who has done the
# job, an application that stands regretted, a bid unsuccessful, not considered as it came late)
READINGS += decisions_regretted.READINGS
# twenty-fifth pass, part R: written-35's misses (the reader missing or left off a list that goes
# on, another recommended or picked for the post, short of the bar for the next stage, an
# eligible list expired, an announcement withdrawn with no selection)
READINGS += decisions_referred.READINGS
# twenty-fifth pass, part V: written-36's English misses (the crew full, our person got, the
# job handed to another, no room for the reader, the spot taken, kept in the family)
READINGS += decisions_taken.READINGS
# twenty-sixth pass, part A: slice 24's mix misses (a programme journey ended at a stage, a named
# other appointed or asked to join as the post, a post's hours given to another, the hire heading
# elsewhere, the need met without a hire)
READINGS += decisions_forwarded.READINGS
# twenty-sixth pass, part E: slice 24's wide English misses (a post, round or hours given to
# someone else, a boat with its hand for the season, the team kept as it is, a form's bare "crew
# complete" or "unsuccessful this time", staffed up, "I've got someone", the panel went for X)
READINGS += decisions_casual.READINGS
# twenty-sixth pass, part F: written-37's misses (not progressing to a stage, not ranked, a
# candidacy concluded, ineligible, not recommended, not on the list selected, an internal
# appointment to the post)
READINGS += decisions_staged.READINGS
# twenty-sixth pass, part W: written-40's English misses (no one needed after all, the team kept
# as is, sorted for a hand, no vacancy now, enough hands, the spots spoken for, full up with
# hands, a relative doing the work, nothing for new starters, "can't put you on", all our hands
# got for the season, the shifts covered now)
READINGS += decisions_trades.READINGS
# twenty-seventh pass, part E: slice 25's wide English misses (the only spot taken by someone, a
# person described who got it, the crew sorted, kept as is rather than take anyone on, a group
# note to those not picked, none with a place for the reader, each chose a candidate already
# known, someone else asked to do it instead)
READINGS += decisions_small_posts.READINGS
# twenty-seventh pass, part F: written-41's misses (not on the panel, set to a refused status, not
# gone the reader's way, not taken any further, not extended to the reader, gone elsewhere, the
# other candidate got it, the cut-off not cleared, stopping short of a stage, an internal hire, a
# profile not selected after a round, no offer decided, not the fit we need)
READINGS += decisions_screened.READINGS
# twenty-seventh pass, part A: slice 25's mix misses (a pass from us for a round, no next
# interview for the reader, no place available for the reader, a form scored below the line, the
# post confirmed for a named other, others nearer to the need interviewed instead)
READINGS += decisions_brief.READINGS
# twenty-seventh pass, part W: written-44's English misses (not booked in, a relative brought in
# or given the work, staffed or set for the season, enough hands, the team settled, a hand got
# now, last year's hands back, the job gone to someone described, no paid post after all, "it's
# a pass", "we can't hire you", not on the bank this round, the jobs filled for the year)
READINGS += decisions_staffed.READINGS
# twenty-eighth pass, part E: slice 26's wide English misses (room for one only and another taken
# on, the post being given to the other, the hands set or sorted for the term, no slot for the
# reader this time, last year's people taken back)
READINGS += decisions_places_gone.READINGS
# twenty-eighth pass, part H: slice 26's footer, college and public-notice misses (others picked
# to go on, the appointment made, the name left off a referral or interview list, qualified but
# not referred)
READINGS += decisions_passed_over.READINGS
# twenty-eighth pass, part A: slice 26's mix misses (no outside hire after all, the hire steered
# toward someone described, the application stopped before a stage, the process carried on with
# other persons, a named other asked to take up the post, no interview arranged, someone started)
READINGS += decisions_reshaped.READINGS
LINE_READINGS += decisions_reshaped.LINE_READINGS
# twenty-eighth pass, part W: written-47's English misses (all the hands we need, nothing for
# the reader this season, grand or crewed up for hands, no one more taken on, no room on the rota
# for the reader, the post left for now, the hands kept or lined up, a named or described other
# chosen, the places filled, the reader's name not on the list, a season booked without them)
READINGS += decisions_kept_on.READINGS
# twenty-eighth pass, part F: written-45's misses (the reader did not succeed, eliminated, a
# candidature that stands rejected, a shortlist without the reader, short of the requirements,
# not progressing or moving forward, not called to interview, no round for the reader, the
# reader's application stopped, a role restructured and its search over, others to be pursued, a
# post filled with a temp or an insider, someone described who got it)
READINGS += decisions_concluded.READINGS
# twenty-ninth pass, part A: slice 27's mix misses (the ones who continue have more years, others
# closer and theirs go forward, the post goes to an insider, agreed to bring in a named other for
# the post, someone got it and why)
READINGS += decisions_preferred.READINGS
# twenty-ninth pass, part E: slice 27's misses (no seat given to the reader, another asked to
# join, the hire one who has done the work, full with the helpers booked, an application found
# non-compliant, an ATS line of the outcome and the role)
READINGS += decisions_seats_given.READINGS
LINE_READINGS += decisions_seats_given.LINE_READINGS
# twenty-ninth pass, part F: written-49's misses (an outcome not gone the reader's way, no place
# or none given to the reader, an application that goes no further or failed, a vacancy
# withdrawn, declared ineligible, the reader not moved ahead, the job not the reader's, a post
# covered by someone, not needed after all, a different way for the post, others described
# proceeded with, another more matched, a list drawn up without the reader)
READINGS += decisions_withheld.READINGS
# thirtieth pass, part L: refusal shapes the readings lost (the outcome or a shortlist missed told
# about "it" after a sentence about the reader's application, the reader among those not taken on)
READINGS += decisions_lost.READINGS
# thirty-first pass: the post filled by someone else in the employer's own hiring verbs, the nod
# given to others, a cohort complete without the reader, "the answer is no"
READINGS += roles_filled.READINGS
# ... and the post given to or gone to someone else, in widely spoken languages
READINGS += posts_given_abroad.READINGS
# thirty-seventh pass: the post filled, taken by someone else, or no room for the reader, in the
# everyday words of widely spoken languages
READINGS += posts_filled_abroad.READINGS
# ... second round: the reader left out, or the work gone to someone the sender knows, said
# plainly
READINGS += left_out_plainly.READINGS
# thirty-eighth pass: someone else hired, told by name or a short description, and the reader
# below a cut, in everyday English
READINGS += hired_by_name.READINGS
# thirty-ninth pass: someone the sender already knows chosen for the post, told as a plain choice
READINGS += insiders_chosen.READINGS
# ... and the place full, taken or no longer free in regional languages and their neighbours
READINGS += places_full.READINGS
# ... second round: the reader's score below the cut, told as two numbers (read only when the
# score is the lower, negation._outcomes)
READINGS += scores_below.READINGS
# (fifty-second pass: and the score and the cut told in two sentences or lines in a row)
LINE_READINGS += scores_below.LINE_READINGS
# ... and plain refusals in an order or a form the readings missed (part C)
READINGS += refusals_inverted.READINGS
# twentieth pass, part J: a careers centre's relayed row, a status label above its value
READINGS += other_mail.READINGS
LINE_READINGS += other_mail.LINE_READINGS
# fortieth pass: someone the sender knows chosen by name in the widely spoken languages
READINGS += insiders_abroad.READINGS
# ... second round: someone else chosen, told plainly in everyday English
READINGS += choices_plain.READINGS
# forty-first pass: the post given to someone told bare, the reader's road ending here
READINGS += posts_given.READINGS
# forty-second pass: someone else starting on the work, the post's holder noted bare, the post
# pulled, the list published without the reader (written for the kind, checked on wordings
# written apart)
READINGS += others_starting.READINGS
# forty-third pass: someone else holding the work now, told the everyday way (kin who has it,
# someone who took on their own, the writer who found their one, the crew full told bare)
READINGS += others_holding.READINGS
# forty-fourth pass: someone else placed in the work (one of the employer's own, others who
# accepted the places, a name got the spot for a season) and nothing following from the
# application
READINGS += others_placed.READINGS
# forty-fifth pass: someone named into the post a reply names, the need gone, someone started
# so the place is full, someone chosen told by who they are (German and Portuguese shapes too)
READINGS += others_named.READINGS
# forty-sixth pass: an outcome confirmed for another person, the reader's score under the group
# sent on, the vacancy shut, the helpers enough, the work with its holder already, others who
# brought more (Turkish and Kansai Japanese shapes too)
READINGS += others_preferred.READINGS
# (forty-seventh pass, second round: rejectwatch.model.others_picked)
READINGS += others_picked.READINGS
# fifty-second pass, second round: left off a list, the reader's part over, missed out, no
# place to offer (rejectwatch.model.decisions_left_off)
READINGS += decisions_left_off.READINGS
LINE_READINGS += decisions_left_off.LINE_READINGS
# fifty-third pass: work kept in the house, a post given to someone, the one post taken, no
# invitation coming (rejectwatch.model.decisions_handed_on)
READINGS += decisions_handed_on.READINGS
# fifty-fourth pass, third round: the employer stopped considering the reader, the reader among
# those left out, a hiring list without the reader, other profiles moving forward, a body ruling
# the application out, someone appointed to the post, a recruitment exercise off
# (rejectwatch.model.decisions_stopped)
READINGS += decisions_stopped.READINGS
# fifty-eighth pass: the reader's application ended by a consequence clause, the form passed on,
# someone who has the post and so, the post gone their way, someone chosen as the new holder, a
# status label moved to (rejectwatch.model.decisions_ended)
READINGS += decisions_ended.READINGS
LINE_READINGS += decisions_ended.LINE_READINGS
# fifty-ninth pass: the post staffed or pulled, screening stopping the application, no further
# consideration, the application halting (rejectwatch.model.decisions_halted)
READINGS += decisions_halted.READINGS
# fifty-ninth pass, second round: the same in the languages slices 141 and 142 refused in
# (rejectwatch.model.halted_abroad)
READINGS += halted_abroad.READINGS
# sixtieth pass, second round: every place held by others, consideration ended, the others
# carried on with, the file closed, someone who pipped the reader, nobody else taken on
# (rejectwatch.model.decisions_carried), and the post gone or no place left in Hungarian, Polish
# and French (rejectwatch.model.carried_abroad)
READINGS += decisions_carried.READINGS
READINGS += carried_abroad.READINGS
# sixty-first pass, first round: the reader's profile or candidature declined or discontinued,
# the post "fulfilled", the post off the table without a must-have
# (rejectwatch.model.decisions_discontinued), and the post gone to another or the application
# ended in Hungarian, French, Latvian, Lithuanian, Polish and Bengali
# (rejectwatch.model.discontinued_abroad)
READINGS += decisions_discontinued.READINGS
READINGS += discontinued_abroad.READINGS
# sixty-first pass, second round: the post allotted to another, others pursued instead, a person
# named chosen for the post, stopping with the reader, the candidature ending told bare, the
# answer on the post "no", a cohort complete without the reader (rejectwatch.model.
# decisions_answered), and the same shapes in the languages slices 153 and 154 refused in
# (rejectwatch.model.answered_abroad)
READINGS += decisions_answered.READINGS
READINGS += answered_abroad.READINGS
# sixty-first pass, third round: the post given to somebody (Caribbean present forms), the
# reader's file stopped at a step, a crew or cohort set without the reader, the reader's name
# left behind, a party saying no on the post, the reader missing the shortlist
# (rejectwatch.model.decisions_left_behind), and another taken or chosen, or the application
# set aside, in the languages slices 155 and 156 refused in (rejectwatch.model.left_behind_abroad)
READINGS += decisions_left_behind.READINGS
READINGS += left_behind_abroad.READINGS
# sixty-first pass, fourth round: another slotted into the post, a list that left the reader out,
# the others going on, the reader's application stopped here, someone now holding the post, a
# review that led to another, tilting towards others (rejectwatch.model.decisions_taken_up), and
# the post given to another or the application ending here in the languages slices 157 and 158
# refused in (rejectwatch.model.taken_up_abroad)
READINGS += decisions_taken_up.READINGS
READINGS += taken_up_abroad.READINGS
# Sixty-second pass, first round: the reader not accommodated this time, the file halting at a
# stage, the name sent on unreferred, those ranked above taking every slot, "we're declining
# it", another "'s been taken on", consideration ended, the post offered to a named kind of
# person (rejectwatch.model.decisions_accommodated), and the post filled by another in the
# languages slices 159 and 160 refused in (rejectwatch.model.accommodated_abroad)
READINGS += decisions_accommodated.READINGS
READINGS += accommodated_abroad.READINGS
# Sixty-second pass, second round: no offer coming, the answer from the sender a no, the others
# taken forward, a stage that stopped the reader's file, another who got it, the employer having
# hired its post, the application stopping as a consequence, Belize Kriol "gone wid a nex
# person" (rejectwatch.model.decisions_no_offer), and the post gone to another or the reader's
# application stopped in the languages slices 161 and 162 refused in
# (rejectwatch.model.no_offer_abroad)
READINGS += decisions_no_offer.READINGS
READINGS += no_offer_abroad.READINGS
# Sixty-second pass, third round: the client continuing with another, others preferred after a
# comparison, the post closing for the reader, the crew set without the reader or every place on
# it claimed, another of the trade who got it, a Caribbean "Hotel pick somebody else"
# (rejectwatch.model.decisions_continued), and the post gone to another or the application ending
# here in the languages slices 163 and 164 refused in (rejectwatch.model.continued_abroad)
READINGS += decisions_continued.READINGS
READINGS += continued_abroad.READINGS
# Sixty-second pass, fourth round: someone else getting it, the sender not carrying on with the
# reader's, not offering the reader the post, a crew full of returners, a public-sector
# "referred …, no", other people going forward (rejectwatch.model.decisions_crowded_out), and the
# post gone to another or the reader not taken further in the languages slices 165 and 166
# refused in (rejectwatch.model.crowded_out_abroad)
READINGS += decisions_crowded_out.READINGS
READINGS += crowded_out_abroad.READINGS
# Sixty-second pass, fifth round: the reader's profile stopped or no longer considered, left off a
# list, the hire going elsewhere, the post not coming the reader's way, others nearer the brief,
# not appointing the reader, another going forward, the application ending without an
# interview, stopping there as a consequence (rejectwatch.model.decisions_elsewhere), and the post
# gone to another or the application ending here in the languages slices 167 and 168 refused in
# (rejectwatch.model.elsewhere_abroad)
READINGS += decisions_elsewhere.READINGS
READINGS += elsewhere_abroad.READINGS
# Sixty-third pass, first round: the reader's application named with its post, or resting,
# closing or finishing there, a decision to stop it, the screen ending there
# (rejectwatch.model.process_ended), a rival candidate plumped for (negation), a name fallen off
# the list (decisions_elsewhere), "it falls short of the final forty" (decisions_listed), "that's
# the crew full" (decisions_taken), and the application closing here or the place taken by
# another in the languages slices 169 and 170 refused in (rejectwatch.model.closes_here_abroad)
READINGS += closes_here_abroad.READINGS
# Sixty-third pass, second round: the reader's application turned down, the particle after it
# (decisions_discontinued), "your submission there halts at that point" (process_ended), the post
# held or taken by another, not offering the reader a title, a Caribbean "we pick a youth from",
# the reader's application left there, the file shut (rejectwatch.model.decisions_held_by), and
# the place got by another or the application going no further in the languages slices 171 and
# 172 refused in (rejectwatch.model.picked_abroad)
READINGS += decisions_held_by.READINGS
READINGS += picked_abroad.READINGS
# Sixty-third pass, third round: a northern "your name's nowt on the shortlist", no room for
# another, going ahead with others, a hire made and the reader's record set inactive, another who
# got the post by its title, a certificate that lacked the reader's name, "bad news: no
# interview", passing on an offer, those nearer the brief going on, not accepting the reader this
# time, the candidature not taken up (rejectwatch.model.decisions_went_on), and the post gone to
# another or the application stopping here in the languages slices 173 and 174 refused in
# (rejectwatch.model.stops_here_abroad)
READINGS += decisions_went_on.READINGS
READINGS += stops_here_abroad.READINGS
# Sixty-third pass, fourth round: a list made without the reader's name, the application by its
# pronoun not picked, the stage where the candidacy halts, moving with another person, a bare
# "Ineligible" with its reason (rejectwatch.model.decisions_minus), and another chosen or the post
# full in the languages slices 175 and 176 refused in (rejectwatch.model.minus_abroad)
READINGS += decisions_minus.READINGS
READINGS += minus_abroad.READINGS
# Sixty-third pass, fifth round: a panel that settled against the reader, a cohort's offers gone
# elsewhere, the post going to others "not you" or to one "instead", candidates matching the needs
# more exactly, no seat for the reader, a Caribbean
# "… get the spot, so yours stop here", a bare "unsuccessful" after a title or a new status
# (rejectwatch.model.decisions_settled_against), and another chosen or the application ending here
# in the languages slices 177 and 178 refused in (rejectwatch.model.settled_abroad)
READINGS += decisions_settled_against.READINGS
READINGS += settled_abroad.READINGS
# Sixty-fourth pass, first round: the reader's name going no further or dropped from
# consideration, a public body's list passed on without the reader, no listing after a result,
# a call against an offer, a place withheld, "…; you're out", a post closing for the reader,
# someone else got it (rejectwatch.model.decisions_dropped), and another chosen or the
# application ending here in the languages slices 179 and 180 refused in
# (rejectwatch.model.dropped_abroad)
READINGS += decisions_dropped.READINGS
READINGS += dropped_abroad.READINGS
# Sixty-fourth pass, second round: seats claimed by returning workers, a line full with last
# season's crew, a cleft naming the one who got it, someone else getting the post, the post given
# to another by name, going ahead with others who fit closer, offers that leave the reader out,
# an application that missed selection, no offer coming the reader's way
# (rejectwatch.model.decisions_claimed), and another chosen or the application closed in the
# languages slices 181 and 182 refused in (rejectwatch.model.claimed_abroad)
READINGS += decisions_claimed.READINGS
READINGS += claimed_abroad.READINGS
# Sixty-fourth pass, third round: the reader's name omitted from a list, a roster full for the
# season, hiring wrapped up without the reader, the offer heading to a different applicant, the
# candidacy "here" closing (rejectwatch.model.decisions_omitted), and another chosen in the
# languages slices 183 and 184 refused in (rejectwatch.model.omitted_abroad)
READINGS += decisions_omitted.READINGS
READINGS += omitted_abroad.READINGS
# Sixty-fourth pass, fourth round: a list that does without the reader, a profile put on the
# reject side, a Caribbean "so is dem we tek", an existing staffer winning the post, the search
# ending "as does your application", an application outside the places, the reader's part in the
# competition ending, every place taken, the reader off the roster, a crew set or completed with
# others, "so this application closes" (rejectwatch.model.decisions_does_without), and another
# chosen or the application ending here in the languages slices 185 and 186 refused in
# (rejectwatch.model.does_without_abroad)
READINGS += decisions_does_without.READINGS
READINGS += does_without_abroad.READINGS
# Sixty-fourth pass, fifth round: a shortlist drawn without the reader, no offer coming from the
# sender, the choice made for someone named, a Caribbean pick or post "get fill by" someone, the
# post going "their way", handed to someone, someone from somewhere starting as it, its new
# starter already, the reader below the line, no interview for the reader
# (rejectwatch.model.decisions_drawn_without), and another chosen or the application closed in
# the languages slices 187 and 188 refused in (rejectwatch.model.drawn_without_abroad)
READINGS += decisions_drawn_without.READINGS
READINGS += drawn_without_abroad.READINGS
# Sixty-fifth pass, first round: someone described, not named, who got the post, a Caribbean
# "give it to somebody else", others who took every shift, the sender passing for the season,
# the reader's name missing the list, the reader outside the group put forward
# (rejectwatch.model.decisions_got_it), and another chosen in the languages slices 189 and 190
# refused in (rejectwatch.model.got_it_abroad)
READINGS += decisions_got_it.READINGS
READINGS += got_it_abroad.READINGS
# Sixty-fifth pass, second round: the post given or settled on someone named who accepted,
# handed to someone described, going to somebody else, someone else who has it now, a Creole
# passive, no offer made or coming with the post named between, the reader's file shut without
# progress, the application stopping at a step, the reader's name beyond the list's edge, a
# candidacy marked inactive, the others' applications progressed, the post's tasks shared among
# present staff (rejectwatch.model.decisions_handed), and another chosen or the application
# closed in the languages slices 191 and 192 refused in (rejectwatch.model.handed_abroad)
READINGS += decisions_handed.READINGS
READINGS += handed_abroad.READINGS
# Sixty-fifth pass, third round: a Creole "it go to" another, the form landing outside or
# missing the list, an application that has not come off, places filled before new names were
# reached, a check that halts the form, the post going to someone described, others who get it
# this round, someone described who has it, another chosen with no noun, a long-time insider
# chosen, a score that ends it, no invitation to follow, a list without the reader's name, the
# post steered elsewhere, rivals who sat nearer the work, someone appointed by name who has
# joined (rejectwatch.model.decisions_steered), and another chosen in the languages slices 193
# and 194 refused in (rejectwatch.model.steered_abroad)
READINGS += decisions_steered.READINGS
READINGS += steered_abroad.READINGS
# Sixty-fifth pass, fourth round: others who carry on, other people pursued, others with more
# which swung it, a crew settled so the reader's profile goes on a list, the reader's rank below
# the band passed up, "it's unsuccessful" after a regret, a panel's present-tense pick of someone
# named, people with closer histories taken on (rejectwatch.model.decisions_others_on), and
# another chosen or the process ended in the languages slices 195 and 196 refused in
# (rejectwatch.model.others_on_abroad)
READINGS += decisions_others_on.READINGS
READINGS += others_on_abroad.READINGS
# Sixty-sixth pass, first round: others moving ahead instead, the screening that shut the
# reader's form, a vacancy closed without an interview for the reader, another engaged, a Creole
# present-tense pick, the reader ranked below the band sent on, a job that is taken, a crew fully
# manned, a candidate chosen with a closer profile, the people taken forward nearer the brief
# (rejectwatch.model.decisions_moved_ahead), and the post gone to another in the languages
# slices 197-200 refused in (rejectwatch.model.moved_ahead_abroad)
READINGS += decisions_moved_ahead.READINGS
READINGS += moved_ahead_abroad.READINGS
# Sixty-sixth pass: refusals in their commonest shapes (another got or will take the post, a
# choice for someone else, going on with others, the post filled, not successful, the process
# ended, no offer, someone with more experience preferred, the post cancelled), swept language
# by language: the fifteen widely spoken languages (rejectwatch.model.shapes_widely_spoken) and
# forty more (rejectwatch.model.shapes_pools_ab, rejectwatch.model.shapes_pools_cd)
READINGS += shapes_widely_spoken.READINGS
READINGS += shapes_pools_ab.READINGS
READINGS += shapes_pools_cd.READINGS
# Sixty-sixth pass, second round: someone named taking up the post, a panel's pick named,
# someone brought on board or gone for as the post, a present-tense pick, the hiring team that
# declined the submission, a programme's places all taken, the cut that ends it, the file shut
# at the screening step, a submission flipped to inactive, a form that stands ineligible, those
# nearer the brief progressed, another route taken and someone signed
# (rejectwatch.model.decisions_brought_aboard)
READINGS += decisions_brought_aboard.READINGS
# ... and another chosen or no place left for the reader in the languages slices 201 and 202
# refused in that the sweep's shapes did not hold (rejectwatch.model.brought_aboard_abroad)
READINGS += brought_aboard_abroad.READINGS
# Sixty-sixth pass, third round: a request that fell short of the shortlist, a vacancy that
# brings no interview, someone named picked or brought on board by the one who hires, those
# going forward had more, the team chose to stop the application, a plain or Creole decision for
# another candidate, another of any trade engaged, the post named then someone who got it, an
# application sitting outside consideration (rejectwatch.model.decisions_fell_short)
READINGS += decisions_fell_short.READINGS
# ... and in the five languages of slices 203 and 204's misses neither sweep held
# (rejectwatch.model.fell_short_abroad)
READINGS += fell_short_abroad.READINGS
# Sixty-seventh pass, first round: the post given to someone described by any noun, one so
# described selected, the chooser's pick named, the one who did something chosen, others with
# more where the team will go, the work covered by an agency, last year's crew again, the reader
# left on the bench or set aside for good (rejectwatch.model.decisions_given_to)
READINGS += decisions_given_to.READINGS
# ... and in the nine languages of slices 205 and 206's misses no reading held
# (rejectwatch.model.given_to_abroad)
READINGS += given_to_abroad.READINGS
# Sixty-seventh pass, second round: the pick named first, a referral withheld, another of any
# trade got it, the reader passed over, the others carried on with, the post gone elsewhere, no
# place or interview for the reader, and the same in six languages
# (rejectwatch.model.decisions_named_pick)
READINGS += decisions_named_pick.READINGS
# Sixty-seventh pass, third round: the post kept in house or given to a partner rather than a
# hire, others getting the nod, a local taken for the post, the reader's file taking no further
# part, and the same in five languages (rejectwatch.model.decisions_in_house)
READINGS += decisions_in_house.READINGS
