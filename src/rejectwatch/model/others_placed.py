"""Someone else placed in the work, and the reader's road ending, told in shapes no reading held
(issue 11, forty-fourth pass).

Blind slice 57's misses were the kinds earlier passes read, worded another way. Each reading is
written for the kind from a set of wordings of our own and checked on a second set written apart
(tests/test_forty_fourth_pass.py):

* **one of the employer's own hired as the post**: "The mill has hired one of its own shift
  managers as Mill Manager", "They've picked one of their existing team leads for the position"
  (a person's plural only: never "one of its own minibuses for the trip");
* **nothing follows from the application**: "no position with us follows from it", "Nothing
  further will come of your application" (never "until" or "unless" after it);
* **others who said yes to, or accepted, the places**: "Four other students said yes to the
  four places", "Other graduates have accepted both places";
* **every place carrying another's name**: "every placement now carries another student's
  name";
* **a named person who got the spot for a time**: "Delphine and Rusty got the touring
  percussionist spot for the summer" (a spot, a place, a slot or a berth only with its
  season, run or tour: "the window spot for the summer" is a seat);
* the same kinds in Russian, Chinese, Thai, Korean and Hindi (someone taken on, told by who
  they are; never a seat given away).

Second round (blind slice 58's misses): someone named given, offered or handed the post, with
who they are before the name ("Our former staff, Blessing, has been given the position"), and
French and Hindi shapes of the choice and of the reader's road ending ("nous arrêtons donc là
pour votre candidature", "आपको रख पाना मुमकिन नहीं").

Third round (blind slice 59's misses): the reader's application told as "it" that did not make
the cut; every place now sitting with other students; a chair, a bench or a post gone to someone
named who is told next ("Our newsreader chair goes to Nomsa Dlamini, who …"); someone the writers
took, told next ("the band took Marcus, who subbed for them all spring"); and someone now new in
the very post a reply's subject names ("Rajinder is our new Pinsetting Technician and starts
Monday" under "RE: [EXT] Re: Pinsetting Technician"): SUBJECT_ROLE, which negation keeps only
when :func:`role_in_subject` finds the post in a reply's subject (staff news names its own).

Like every outcome reading (rejectwatch.model.plain_outcomes appends them), none is read in a
conditional, still-to-come or quoted sentence; the readings whose own "will" is no condition
are OWN_WORDS (rejectwatch.model.negation reads around them).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.hired_by_name import _NOT_STAFFING
from rejectwatch.model.others_starting import _CLAUSE, _PERSON, _TITLED
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS", "SUBJECT_ROLE", "is_reply", "role_in_subject"]

# people in the plural, as a workplace names its own ("shift managers", "cellar hands", "duty
# nurses"): never a thing of its own ("minibuses", "vans", "rooms")
_PEOPLE = (
    r"(?:[a-z\-]+ ){0,2}?(?:[a-z\-]+(?:ers|ors|ists|ians|ants|ents)|staff|people|hands|leads|"
    r"nurses|chefs|cooks|crew|members|colleagues|associates|apprentices|trainees|interns|"
    r"juniors|seniors|regulars|volunteers|employees|staffers|deputies|heads)"
)
# one of the employer's own hired as the post ("The mill has hired one of its own shift managers
# as Mill Manager")
_ONE_OF_OWN = re.compile(
    r"\b(?:hired|appointed|promoted|picked|chosen|chose|named|selected|moved|taken on|took on|"
    r"made|gone with|went with) one of (?:its|their|our|his|her) (?:own |existing |current |"
    r"internal |regular |longstanding |long-standing )?" + _PEOPLE
    + r" (?:as|for|to|into|in) (?:the |our |its |their |a |an )?(?!(?:trip|outing|event|"
    r"party|day|weekend|course|training|interview|panel|meeting)\b)[a-z]"
    + _NOT_STAFFING
)  # fmt: skip
# nothing following from the application ("no position with us follows from it", "Nothing
# further will come of your application")
_WHAT_FOLLOWS = (
    r"(?:position|job|role|post|offer|placement|opening|appointment|employment|contract|"
    r"engagement|next step|further step|interview)s?"
)
_NOTHING_FOLLOWS = re.compile(
    r"\bno " + _WHAT_FOLLOWS + r"(?: (?:with|at|for) (?:us|you|the [a-z\-]+|[a-z\-]+))? "
    r"(?:follows|will follow|" + _A + r"ll follow|comes|will come|results|will result|arises|"
    r"flows|is coming|can follow|can come) (?:from|of|out of) (?:it|this|that|your "
    r"(?:application|candidacy|submission|interview|cv)|this application|the application)\b"
    r"(?! (?:alone|automatically|unless|until|before|yet)\b)"
    # (forty-fifth pass: or for the post, after a mark, "With that mark no interview follows for
    # this vacancy")
    r"|\bno " + _WHAT_FOLLOWS + r" (?:follows|will follow|" + _A + r"ll follow|comes|will come) "
    r"for (?:this|the|that) (?:vacancy|post|position|role|job|opening|requisition)\b"
    r"(?![^.!?\n]*\b(?:until|unless|before|yet|if|once|instead|straight|directly|offers?|"
    r"offered|passed|successful|congratulations|alone)\b)"
    r"|\bnothing (?:further|more|else) (?:will|is going to|can|could|" + _A + r"ll) (?:come|"
    r"result) (?:of|from|out of) (?:your|this|the) (?:application|candidacy|submission|"
    r"interview|cv)\b(?![^.!?\n]*\b(?:until|unless|before|yet|if|once)\b)"
)  # fmt: skip
# others who said yes to, or accepted, the places ("Four other students said yes to the four
# places, so the round is done")
_PLACES = (
    r"(?:places|spots|seats|positions|roles|posts|slots|studentships|internships|placements|"
    r"berths|traineeships|apprenticeships|vacancies|openings)"
)
_OTHERS_ACCEPTED = re.compile(
    r"\b(?:other|others)\b[^.!?\n;]{0,30}? (?:have |has |" + _A + r"ve )?(?:now |already |all )?"
    r"(?:said yes to|accepted|took up|taken up) (?:all |both |each of |every one of )?"
    r"(?:the |our |its )?(?:two |three |four |five |six |seven |eight |nine |ten |twelve |"
    r"\d+ )?(?:[a-z\-]+ ){0,2}?" + _PLACES + r"\b"
)  # fmt: skip
# every place carrying another's name ("every placement now carries another student's name")
_OTHERS_NAMES = re.compile(
    r"\b(?:every|each|all)(?: of the| the)?(?: [a-z\-]+)? (?:place|spot|seat|position|role|"
    r"post|slot|studentship|internship|placement|berth|traineeship|apprenticeship|vacancy|"
    r"opening)s?\b"
    r"[^.!?\n;]{0,30}? (?:now )?(?:carries|carry|bears|bear|has|have|shows|show) "
    r"(?:another|other|a different|different) (?:[a-z\-]+ )?(?:student|applicant|candidate|"
    r"trainee|graduate|person|people|member)(?:" + _A + r"s|s" + _A + r"|s)? names?\b"
)  # fmt: skip
# a named person who got the spot for a time ("Delphine and Rusty got the touring
# percussionist spot for the summer"): never a seat or a table ("the window spot")
_GOT_FOR_A_TIME = re.compile(
    _CLAUSE + _PERSON + r"(?: and " + _PERSON + r")? (?:got|has got|have got|" + _A
    + r"s got|landed|took|has taken|have taken|bagged) the (?!(?:window|corner|aisle|front|back|"
    r"top|bottom|parking|car|table|seat|bed|bunk|camping|sunny|shady)\b)(?:[a-z\-]+ ){1,3}?"
    r"(?:spot|place|slot|berth|chair|gig|role|job|post)(?: with us| here)? for (?:the|this|our|"
    r"next) (?:summer|winter|spring|autumn|season|run|tour|term|year|festival season|"
    r"[a-z\-]+ season|[a-z\-]+ tour)\b" + _NOT_STAFFING
)  # fmt: skip

# second round (blind slice 58): someone named given or offered the post, with who they are
# before the name, if told ("Our former staff, Blessing, has been given the position, as she
# came back after her NYSC"); never the post "of" something, a part in a play or a team's role
_GIVEN_THE_POST = re.compile(
    _CLAUSE + r"(?:(?:our|my|the|a|his|her|their) (?:[a-z\-]+ ){0,3}?[a-z\-]+" + _A
    + r"?s?,? )?" + _TITLED + r"(?:,[^,.!?\n]{0,50},|,)? (?:has been|have been|was|were|" + _A
    + r"s been|got|has got) (?:given|offered|handed|awarded) the (?:[a-z\-]+ ){0,3}?"
    r"(?:position|role|job|post|vacancy|apprenticeship|traineeship|contract|opening)\b"
    r"(?! of\b)(?![^.!?\n;]*\b(?:play|film|musical|panto|pantomime|production|show|team|squad|"
    r"match|game|committee|club|choir|band)\b)" + _NOT_STAFFING
)  # fmt: skip
# ... and abroad: French "nous arrêtons donc là pour votre candidature", "nous avons pris une
# personne formée à l'osier"; Hindi "यह ओहदा उस बुनकर बहन को सौंपा गया जो …", "आपको रख पाना
# मुमकिन नहीं"
_FR_ENDS = re.compile(
    r"\bnous (?:nous )?(?:arrêtons|arrêtions|clôturons|clôturerons) (?:donc |ici |là |à ce stade "
    r")+(?:pour|concernant|avec) (?:votre|ta) (?:candidature|dossier|parcours|demande)\b"
)
_FR_TOOK_ONE = re.compile(
    r"\bnous avons (?:donc |finalement |plutôt )?(?:pris|engagé|embauché|choisi|retenu|recruté) "
    r"une personne (?:formée|qui|déjà|ayant|connaissant|issue|venue|du|de la|d['\u2019])"
)
_HI_HANDED = re.compile(
    # (a word of its own, never "आपदा"; never a seat or a passenger's place, "आपकी सीट की जगह …")
    r"(?:^|(?<=\s))(?:ओहदा|पद|नौकरी|काम|पोस्ट)(?=\s)(?![^।\n]*(?:सीट|यात्री|टिकट))"
    r"[^।\n]{0,40}?(?<!आप)को (?:सौंपा गया|सौंप दिया गया|सौंपी गई|"
    r"सौंप दी गई|दिया गया|दे दिया गया|दी गई|दे दी गई)"
)
_HI_NOT_KEPT = re.compile(r"आपको (?:रख|ले|चुन) (?:पाना|पाना हमारे लिए) (?:मुमकिन|संभव) नहीं")

# third round (blind slice 59): the reader's application told as "it" after it in the sentence
# ("Your Casual Retail Assistant application reached Nightjar and got a close read; it hasn't
# made the cut"): never one that made it, or is still to be read
_IT_MISSED = re.compile(
    r"\byour (?:[a-z\-]+ ){0,4}?(?:application|cv|candidacy|submission|entry|form)\b"
    r"[^.!?\n]{0,100}?(?:[;,]|\band|\bbut) (?:sadly |unfortunately |i['\u2019]m afraid |"
    r"regrettably )?(?:it|this one|that one) (?:has not|hasn['\u2019]t|did not|didn['\u2019]t) "
    r"(?:made|make|got|get|gotten) (?:the cut|through|the shortlist|past (?:the )?(?:[a-z\-]+ )?"
    r"(?:sift|screening|round|stage))\b"
)
# ... every place now with other students ("Every placement for the term now sits with another
# student")
_SITS_WITH = re.compile(
    r"\b(?:every|each|all)(?: of the| the)?(?: [a-z\-]+)? (?:place|spot|position|role|post|"
    r"slot|studentship|internship|placement|traineeship|apprenticeship)s?\b[^.!?\n;]{0,30}? "
    r"(?:now )?(?:sits|sit|rests|rest|lies|lie) with (?:another|other|a different|different) "
    r"(?:[a-z\-]+ )?(?:student|applicant|candidate|trainee|graduate|person|people)s?\b"
)
# ... the post, a chair or a bench gone to someone named, who is told next ("Our newsreader
# chair goes to Nomsa Dlamini, who has read the weekend bulletins since 2023"): never a seat
_CHAIR_TO_WHO = re.compile(
    r"\b(?:the|our|this|that) (?:[a-z\-]+" + _A + r"?s? ){0,3}?(?:chair|bench|wheel|desk|stool|"
    r"easel|lathe|loom|counter|post|spot|slot|gig|role|job)\b (?:has gone|goes|went|is going|has "
    r"been given|was given|is given) to " + _TITLED + r", who\b" + _NOT_STAFFING
)  # fmt: skip
# ... someone named the writers took on, told next ("the band took Marcus, who subbed for them
# all spring"): never someone taken somewhere ("to the doctor", "home")
_TOOK_WHO = re.compile(
    r"\b(?:the (?:band|crew|choir|team|club|kitchen|shop|studio|workshop|company|troupe|cast|"
    r"owners?|boss|chef|manager|panel|committee|station|orchestra|ensemble|quartet|trio)|we|they)"
    r" (?:took|took on|have taken|" + _A + r"ve taken|has taken|picked|went with) " + _TITLED
    + r", who\b(?![^.!?\n]*\b(?:to the|to a|home|along|out for|for a (?:walk|drive|ride|meal)|"
    r"shopping|doctor|hospital|airport|station|beach|park|trip|holiday|outing|tired|sick|ill|"
    r"drunk)\b)" + _NOT_STAFFING
)  # fmt: skip

# ... someone named who is now the new one in the very post the subject names, in a reply ("RE:
# [EXT] Re: Pinsetting Technician" … "Rajinder is our new Pinsetting Technician and starts
# Monday"): staff news names a post of its own, so only the subject's post is read
# (negation asks role_in_subject of a match)
_NEW_IN_THE_POST = re.compile(
    _CLAUSE + _TITLED + r" (?:is|" + _A + r"s) (?:now )?our new (?P<role>(?:[a-z\-]+ ){0,3}?"
    r"[a-z\-]+)(?= and\b| from\b| as of\b|[ \t]*[,;.!\u2014\u2013]|[ \t]*\n|[ \t]*$)"
    r"(?![^.!?\n]*\b(?:welcome|delighted|pleased|thrilled|excited|joins us from|previously|"
    r"formerly|introduce|announce)\b)" + _NOT_STAFFING
)  # fmt: skip
_READ_BESIDE_SUBJECT = readings(("chose_other", _NEW_IN_THE_POST))
SUBJECT_ROLE = frozenset(pattern for _, _, pattern in _READ_BESIDE_SUBJECT)


def _subject(lowered: str) -> str:
    """The text's first line (the subject; the body is never copied)."""
    end = lowered.find("\n")
    return lowered if end < 0 else lowered[:end]


def is_reply(lowered: str) -> bool:
    """Is the text's subject a reply's ("Re: …", "RE: [EXT] Re: …", "AW: …")? (forty-fifth
    pass: negation searches the SUBJECT_ROLE readings only in a reply, since they are kept only
    there and open in most mail)"""
    # (forty-sixth pass: the subject searched in place, not copied: no prefix holds a newline)
    if lowered.startswith(("re:", "re ", "aw:", "fw:", "fwd:")):
        return True
    end = lowered.find("\n")
    return lowered.find(" re:", 0, len(lowered) if end < 0 else end) >= 0


def role_in_subject(lowered: str, match: re.Match[str]) -> bool:
    """Is the post a _NEW_IN_THE_POST match names the one the text's first line (the subject)
    names, a reply's "Re: Pinsetting Technician"?"""
    if not is_reply(lowered):
        return False
    subject = _subject(lowered)
    words = match.group("role").split()
    return all(f" {word}" in f" {subject}" for word in words[-2:])


# The same kinds abroad (blind slice 57's Russian, Chinese, Thai, Korean and Hindi misses): the
# place given to someone told by who they are ("Место помощника … отдали мастеру, который …";
# never a seat on a bus or at a table)
_RU_GIVEN = re.compile(
    r"\b(?:место|должность|вакансию|работу|позицию|ставку)\b"
    r"(?![^.!?\n]*(?:автобус|поезд|самол|вагон|очеред|зал|стол|парков|кресл|ряд|театр|кино))"
    r"[^.!?\n]{0,60}? отдал(?:и|а|)\b (?!(?:вам|тебе|нам|мне)\b)[^\W\d_]+(?:е|у|ю|и)"
    # (forty-fifth pass: who they are told after the word, "выпускнице местного училища, которая")
    r"(?: (?!(?:вам|тебе|нам|мне)\b)[^\W\d_]+){0,3}"
    r",? (?:котор(?:ый|ая|ые|ого|ой)|из нашей|из нашего|из наших|с которым|с которой)\b"
)
# ... "this time we chose one who …" ("这次我们选了一位已在村里竹编社做过两年的年轻人";
# never "一位候选人进入下一轮", a candidate taken on to a round)
_ZH_CHOSE_ONE = re.compile(
    r"(?:这次|這次|最后|最後|最终|最終|这回|這回)[，,]?(?:我们|我們|店里|店裡|社里|社裡)?(?:选了|選了|选择了|"
    r"選擇了|录用了|錄用了|请了|請了|找了|定了)一位[^。，,；;\n]{1,30}?的(?:年轻人|年輕人|人|师傅|師傅|"
    r"同学|同學|姑娘|小伙子|小夥子|阿姨|大姐|大哥|姐姐|哥哥|朋友|邻居|鄰居|老乡|老鄉|同事|村民|会员|會員)"
)
# ... "the group has chosen a member who …" ("ทางกลุ่มได้เลือกสมาชิกในหมู่บ้านที่ทอกับเรามานานแล้ว";
# never "ได้เลือกคุณ", the reader chosen)
_TH_CHOSE_ONE = re.compile(
    # (forty-fifth pass: or "decided to take", "ตัดสินใจรับน้องในหมู่บ้านที่มาช่วยงาน…ไว้แล้ว")
    r"(?:ได้|ตัดสินใจ)(?:เลือก|รับ|คัดเลือก)(?:สมาชิก|คน|ผู้|ช่าง|พนักงาน|น้อง|พี่|ลูก|หลาน|เพื่อน|ญาติ)"
    r"[^\n.!?]{0,40}?(?:ที่|ซึ่ง)[^\n.!?]{0,40}?(?:มานาน|มาก่อน|แล้ว)"
)
# ... "it came to be entrusted to someone who …" ("… 오래 일한 분께 맡기게 되었습니다"; never a
# meeting's or an interview's arrangements, never a seat given away)
_KO_ENTRUSTED = re.compile(
    r"(?:^|(?<=[\n.!?]) ?)(?![^\n.!?]*(?:면접|일정|인터뷰|교육|회의|행사|발표))[^\n.!?]{0,80}?"
    r"(?<!지원자)(?:분|사람|친구|직원|선생님|동료|이웃|후배|선배)(?:께|에게|한테) "
    # (only entrusted: "다른 분께 드리게 되었어요" gives a booked seat away)
    r"(?:맡기게|맡기기로) (?:되었|됐|했)"
)
# ... kin kept on for the work ("… रहमत चाचा का पोता रखा गया है"; never a pet or a thing kept)
_HI_KIN_KEPT = re.compile(
    r"(?:का|की|के) (?:पोता|पोती|बेटा|बेटी|भतीजा|भतीजी|भांजा|भांजी|भाई|बहन|दामाद|बहू|लड़का|लड़की)"
    r"[^।\n]{0,20}?(?:रखा गया|रखी गई|रख लिया गया|रख ली गई|लिया गया|ली गई|चुना गया|चुनी गई)"
)

_READ_OWN = readings(("reader_out", _NOTHING_FOLLOWS))
OWN_WORDS = tuple(pattern for _, _, pattern in _READ_OWN)
READINGS = (
    _READ_OWN
    + readings(
        ("chose_other", _ONE_OF_OWN),
        ("chose_other", _OTHERS_ACCEPTED),
        ("chose_other", _OTHERS_NAMES),
        ("chose_other", _GOT_FOR_A_TIME),
        ("chose_other", _RU_GIVEN),
        ("chose_other", _ZH_CHOSE_ONE),
        ("chose_other", _TH_CHOSE_ONE),
        ("chose_other", _KO_ENTRUSTED),
        ("chose_other", _HI_KIN_KEPT),
        ("chose_other", _GIVEN_THE_POST),
        ("reader_out", _FR_ENDS),
        ("chose_other", _FR_TOOK_ONE),
        ("chose_other", _HI_HANDED),
        ("reader_out", _HI_NOT_KEPT),
        ("reader_out", _IT_MISSED),
        ("chose_other", _SITS_WITH),
        ("chose_other", _CHAIR_TO_WHO),
        ("chose_other", _TOOK_WHO),
    )
    + _READ_BESIDE_SUBJECT
)
