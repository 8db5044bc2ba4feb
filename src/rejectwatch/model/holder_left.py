"""A post left free by the one who held it, told in an offer (issue 11, twenty-second pass,
part D).

Blind slice 20's two offers sat in the review band on the words of a refusal: "One of last
year's drivers isn't coming back, so there's a snowcat seat on the night crew with your name on
it" (0.55) and "We were sorry that Mr Greenhalgh felt unable to continue, and we are glad to
welcome you" (0.38). No decision token was read; the negation and the regret of the sentence
that tells why the post is free entered the refusal block as a refusal's would ("isn't coming
back", "unable to continue", "sorry"). The kind: someone other than the reader or the sender
not coming back, not continuing, not renewing, or leaving, said intransitively ("isn't coming
back", "won't be returning this summer", "felt unable to continue", "decided not to renew his
contract", "is unable to carry on after her operation"), with no refusal after it in the
sentence. Read as a rule (rules_ahead.rule_sentence): its words enter the block as ``hyp_``.

Not read: a subject that is the sender, the reader or the post ("we are unable to continue
with your application", "the role isn't coming back"), a continuing with an object ("felt
unable to continue with your application"), nor the holder staying, which refuses ("our driver
has decided to come back after all, so the job is no longer available"), nor a sentence that
turns to a refusal after it ("…, so unfortunately we will not be filling the post").
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered

__all__ = ["HOLDER_LEFT_NEEDS", "holder_left"]

# The holder not going on: "isn't coming back", "won't be returning", "felt unable to continue",
# "decided not to renew"
_NOT_GOING_ON = re.compile(
    r"\b(?:(?:is|are|was|were)(?: not|n['\u2019]t)|(?:will not|won['\u2019]t) be) "
    r"(?:coming back|returning|staying on|continuing|carrying on|renewing|re-?joining)\b"
    r"|\b(?:will not|won['\u2019]t) (?:come back|return|stay on|continue|carry on|renew|rejoin)\b"
    r"|\b(?:felt|feels|feel|is|was|are|were|has been|have been) (?:unable|not able) to "
    r"(?:continue|carry on|stay on|return|come back|keep going)\b"
    # (not "decided not to continue": a panel's refusal, "the manager has decided not to
    # continue")
    r"|\b(?:decided|chosen|chose|opted) not to (?:renew|return|come back|stay on|re-?sign)\b"
)
_NOT_GOING_ON_FAST = Prefiltered(_NOT_GOING_ON)
# (what holder_left needs in the text to answer at all: rules_ahead._GATED)
HOLDER_LEFT_NEEDS = (_NOT_GOING_ON_FAST,)
# the subject just before it, if it is the sender, the reader or the post (or a thing of the
# process): a refusal, "we are unable to continue", "the role isn't coming back"
_NOT_A_HOLDER = re.compile(
    r"\b(?:we|i|you|it|this|that|they|which|who|role|post|job|position|vacancy|opening|"
    r"funding|budget|project|contract|client|application|candidacy|process|team|company|"
    r"manager|panel|board|committee|employer|recruiter|business|council|firm|organi[sz]ation|"
    r"we['\u2019]ve|we['\u2019]re|i['\u2019]m|i['\u2019]ve|you['\u2019]re)"
    r"(?: (?:has|have|had|sadly|now|also|still|then|\w+ly))* $"
)
# ... a continuing with an object ("continue with your application", "return your call")
# (forty-sixth pass: or a process the reader leaves, "… and will not continue in this process")
_OBJECT_AFTER = re.compile(
    r" (?:with|your|you|the (?:process|application)|any|further|in (?:this|the|our) (?:process|"
    r"competition|selection|recruitment|campaign|round))\b"
)
# ... or a refusal after it in the sentence
_REFUSAL_AFTER = re.compile(
    r"\b(?:not|no|never|unable|unfortunately|sadly|regret\w*|afraid|sorry|cancel\w*|clos\w*|"
    r"withdr[ae]wn?|filled|another|other candidates?|no longer)\b|n['\u2019]t\b"
    # (twenty-second pass, part H: or someone else taken on for the post it leaves, "…, and
    # we've appointed Sam to replace her", "…, so we've taken on Dev", "…, and the post has gone
    # to a colleague", "…, and we've promoted her deputy": a refusal's reason, not an offer's;
    # not the reader taken on, "we've appointed you", "offered it to you")
    r"|\b(?:appointed|hired|recruited|taken on|took on|promoted|selected|chosen|chose|"
    r"(?:given|gave|offered) (?:the|her|his|their|it|this|that)\b(?![^.!?\n]{0,20}?\bto you\b)"
    r"|(?:has|have|had) gone to|internal(?:ly)?|"
    r"from within)\b(?! you\b)"
)


def holder_left(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] tell of someone else leaving the post free ("One
    of last year's drivers isn't coming back, so there's a seat with your name on it", "We were
    sorry that Mr Greenhalgh felt unable to continue"), with no refusal after it?"""
    found = _NOT_GOING_ON_FAST.search(lowered, left, right)
    if found is None:
        return False
    return (
        _NOT_A_HOLDER.search(lowered, max(left, found.start() - 40), found.start()) is None
        and _OBJECT_AFTER.match(lowered, found.end(), right) is None
        and _REFUSAL_AFTER.search(lowered, found.end(), right) is None
    )
