"""The one chosen named first, a referral withheld, others carried on with, and the reader
passed over, in a few plain shapes and in seven languages (issue 11, sixty-seventh pass, second
round: blind slices 207 and 208's misses). Each is written for its shape, not its sentence:

* **the pick named first**: "Iradukunda Aline is the committee's choice", "Lalthansanga Fanai
  is the board's appointee", "Zonunmawii Khawlhring is the hiring manager's pick" (a name, then
  whose choice; never "you", "this", "which");
* **a referral withheld, the top band missed**: "referral to the hiring official withheld",
  "top-rated band missed";
* **another of any trade got or took it**: "Another technician got the bench", "another
  rigger took it";
* **the reader passed over**: "you're passed over this time";
* **the others carried on with**: "Strong applicants came whose backgrounds sit closer to the
  brief, so the mill continues with them";
* **the post goes elsewhere**: "Ash Shaper at Nore Valley Hurleys goes elsewhere this time"
  (never with the reader's papers in the sentence);
* **none of the places to the reader, no interview to follow**: "none goes to you in the 2026
  cohort", "so an interview can't follow";
* **abroad**: Spanish "El puesto se lo lleva alguien con más ...", "lo tuyo queda cerrado";
  Portuguese "O lugar fica com um pintor ...", "a sua candidatura encerra"; Greek "Τη θέση πήρε
  ένας παραγωγός ..." (the post a producer took); Slovak "Miesto napokon dostal kolega ..." (the
  place in the end a colleague got); Hindi "आपकी अर्ज़ी यहीं पूरी मानी जाए" (your application
  is to be taken as finished here), "... की जगह पर अब ... बैठेंगे" (in the place now ... will
  sit); Thai "ใบสมัครของคุณจึงจบลง" (your application so ends).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_A = r"['\u2019]"
_STARTS = r"(?:^|(?<=[.!?:;\n] )|(?<=\n))"
_PICK_FIRST = re.compile(
    _STARTS + r"(?!(?:you|your|yours|it|this|that|which|who|what|here|there|mine|ours)\b)"
    r"(?:[a-z\-" + _A[1:-1] + r"]+ ){1,3}is (?:the|our) (?:[a-z\-]+ )?(?:committee|board|panel|"
    r"team|school|firm|council|practice|hiring manager|manager|owner|director|client|trust)"
    + _A + r"s (?:choice|appointee|pick|nominee|selection|hire|preferred candidate)\b"
)  # fmt: skip
_REFERRAL_WITHHELD = re.compile(
    r"\breferral (?:to (?:the )?(?:[a-z\-]+ ){0,3}?)?(?:withheld|declined|not made|not given|"
    r"not possible)\b"
    r"|\b(?:top|upper|highest)[- ]rated (?:band|group|tier) (?:missed|not reached)\b"
)
_ANOTHER_GOT_IT = re.compile(
    _STARTS + r"another (?:[a-z\-]+ ){0,2}?(?:[a-z]+(?:er|or|ist|ian|ant|ent)|hand|crew|person|"
    r"candidate|applicant|worker|mate|local|lad|lass|woman|man|fitter|rigger)"
    r" (?:got|took|landed|won|has got|has taken|has landed|has won) (?:it|the (?:[a-z\-]+ ){0,3}?"
    r"(?:job|post|role|place|spot|work|position|contract|berth|bench|nod|start|gig))\b"
    r"(?! (?:to|for|back|in|from|at|on) )"
)
_PASSED_OVER = re.compile(
    r"\byou(?:" + _A + r"re| are| were|" + _A + r"ve been| have been| got| get) passed over\b"
)
_CARRIED_ON_WITH = re.compile(
    r"\b(?:applicants|candidates|others|people|finalists)\b[^.!?\n]{0,120}?\b(?:so|and) "
    r"(?:the|our) (?:[a-z\-]+ ){0,2}?(?!(?:you|your|it)\b)[a-z\-]+ "
    r"(?:continues|goes on|is continuing|carries on|proceeds|moves forward|"
    r"is going ahead|goes ahead) with them\b"
)
_GOES_ELSEWHERE = re.compile(
    # (never money or a post still open, "the budget went elsewhere, but the post is still open")
    # (nor luck or a ballot, "luck went elsewhere this time": a grandstand ballot of slice 120)
    _STARTS + r"(?![^.!?\n]*\b(?:your|still open|budget|funding|money|funds|grant|luck|ballot|"
    r"draw|raffle|lottery)\b)"
    r"[^.!?\n]{1,80}? (?:goes|went|has gone) elsewhere\b"
    r"(?! (?:to|for) )"
)
_NONE_TO_YOU = re.compile(
    r"\bnone (?:goes|went|will go|is going|of them (?:goes|went)) to you\b"
    r"|\b(?:an|the|any) interview (?:can" + _A + r"t|cannot|can not|won" + _A + r"t|will not) "
    r"follow\b"
)
_ABROAD_CHOSEN = re.compile(
    # Spanish: the post someone takes with them (keeps), never you
    r"\bel (?:puesto|trabajo|lugar|empleo)\b[^.!?\n]{0,20}? se (?:lo|la) (?:lleva|llevó|ha "
    r"llevado|queda|quedó) (?!usted\b|tú\b)\w"
    # Portuguese: the place stays with one
    r"|\bo (?:lugar|posto|cargo|trabalho|emprego)\b[^.!?\n]{0,20}? (?:fica|ficou) com (?:um|uma|"
    r"outr[ao]|o|a) (?!si\b|você\b)\w"
    # Greek: the post took (won, took on) one
    r"|\bτη(?:ν)? θέση (?:την )?(?:πήρε|κέρδισε|ανέλαβε|έλαβε) (?:ένας|μια|μία|ένα|ο|η|κάποιος|"
    r"κάποια|άλλος|άλλη)\b"
    # Slovak: the place (in the end) got one, never you
    r"|\bmiesto (?:(?:napokon|nakoniec|teda|však|potom|tentoraz) )?(?:dostal|dostala|získal|"
    r"získala|obsadil|obsadila) (?!vás\b|ste\b)\w"
    # Hindi: in the place now ... will sit, never you
    r"|की जगह पर (?!आप)[^।.!?\n]{0,40}? (?:बैठेंगे|बैठेंगी|बैठेगा|बैठेगी)"
)
_ABROAD_ENDED = re.compile(
    # Spanish: yours stays closed
    r"\blo (?:tuyo|suyo) (?:queda|quedó|se da por) (?:cerrado|terminado|concluido)\b"
    # Portuguese: your application closes (ends)
    r"|\ba (?:sua|tua) candidatura (?:encerra|termina|fica encerrada|acaba)\b"
    # Hindi: your application here to be taken as finished
    r"|आपकी (?:अर्ज़ी|अर्जी|आवेदन)[^।.!?\n]{0,15}?यहीं (?:पूरी|समाप्त|ख़त्म|खत्म|बंद)"
    # Thai: your application so ends
    r"|(?:ใบสมัคร|การสมัคร)ของคุณ(?:จึง|ก็)(?:จบ|สิ้นสุด)"
)

READINGS = readings(
    ("chose_other", _PICK_FIRST),
    ("reader_out", _REFERRAL_WITHHELD),
    ("chose_other", _ANOTHER_GOT_IT),
    ("reader_out", _PASSED_OVER),
    ("chose_other", _CARRIED_ON_WITH),
    ("role_gone", _GOES_ELSEWHERE),
    ("reader_out", _NONE_TO_YOU),
    ("chose_other", _ABROAD_CHOSEN),
    ("reader_out", _ABROAD_ENDED),
)
