"""Other mail that scores like a refusal, read by kind (issue 11, twentieth pass, part K).

Grouped CV's out-of-fold false positives at filing (seed 0 of the first retrain of the
twentieth pass, 16 of them) were, by kind: a career newsletter whose headline and quoted line
are a rejection's words ("5 signs your application was rejected", "Every job seeker hears
'unfortunately, we have decided to move forward with other candidates'"); a friend's plans
called off ("our flight got cancelled so we won't be back until Tuesday"); an application to
volunteer refused with the places filled; an adoption enquiry turned down; a recruiter's
pitch under a subject that names feedback; an agency's congratulations on another offer with
the other processes closed; a referral misspelt; and a scholarship and a grant refused. None
gives a decision on the reader's own job application. gate.no_job_decision reads them here
(docs/model.md § 7, part K):

* ``a_newsletter``: mail that says it is a subscription (a newsletter's footer, sender or its
  "Read more on ...") and carries an article's headline or a line about job seekers in general
  ("5 signs ...", "Why you weren't shortlisted", "Every job seeker hears ..."), whatever its
  decision tokens;
* ``APPLIED_FOR_NO_JOB``: a day's volunteering at an event applied for ("applying to volunteer
  at the marathon"), an enquiry about a non-job thing ("adoption enquiry", "tenancy enquiry"),
  funding applied for ("your funding application"), read like gate._NON_JOB_APPLICATION, in
  a sentence naming no job;
* ``refuses_a_thing``: a decision whose own line names the scholarship, bursary or grant it
  refuses ("not shortlisted for the final round of the scholarship"), whatever job-like words
  ("shortlisted") it holds, and no job noun;
* ``no_token_other``: with no decision token at all, a plan between friends called off (a
  flight, a wedding, a dinner, in mail naming no job and no application), a recruiter's pitch
  ("I came across your profile", "one of my clients is hiring"), good news about another
  offer acknowledged ("brilliant news about ...", "closed those processes on your behalf"),
  or a referral misspelt ("your referal", "your referrral").
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered

__all__ = ["APPLIED_FOR_NO_JOB", "a_newsletter", "no_token_other", "refuses_a_thing"]

# A subscription's footer: the mail is a newsletter or a bulletin, not a letter to one applicant.
_SUBSCRIBED = re.compile(
    r"\byou(?:['\u2019]re| are) receiving this (?:e-?mail |newsletter |message )?because you "
    r"(?:subscribed|signed up|opted in)\b|\byou subscribed to\b|\bour (?:weekly |monthly )?"
    r"newsletter\b|\bmanage your (?:newsletter|subscription|email) preferences\b"
    r"|\bsie erhalten (?:diesen|den) newsletter\b|\bvous recevez cette (?:newsletter|lettre)\b"
    r"|\brecibes este (?:boletín|newsletter)\b|\bje ontvangt deze nieuwsbrief\b"
    # (the footer is trimmed before the rules read the text: its sender and its own words stay,
    # "CareerCompass <newsletter@...>", "Read more on ...", "Also inside: ...")
    r"|<(?:newsletters?|digest|bulletin|weekly|editors?)@|\bread more on\b|\balso inside\b"
    r"|\bin this (?:issue|edition|week['\u2019]s issue)\b|\bthis week['\u2019]s top read\b"
)
# ... and an article's headline or a line about job seekers in general
_ARTICLE = re.compile(
    r"(?:^|\n)\s*\d{1,2} (?:signs|ways|reasons|tips|things|mistakes|questions|lessons|steps)\b"
    r"|\b(?:how|what) to (?:respond|reply|react|bounce back|cope|handle|ask for feedback|do)\b"
    r"[^.!?\n]{0,60}\b(?:reject\w*|turned down|unsuccessful|not (?:selected|shortlisted)|"
    r"didn['\u2019]t get)\b"
    # (a headline only at a line's start, and job seekers at large, not "every candidate": an
    # employer's refusal says "we can't tell every applicant why you weren't chosen" above a
    # footer's "manage your email preferences", and stays a decision)
    r"|(?:^|\n)\s*why you (?:weren['\u2019]t|were not|didn['\u2019]t|did not|haven['\u2019]t)\b"
    r"|\bevery (?:job ?seeker|jobhunter|job hunter)\b"
    r"|\b(?:our|a) careers? (?:coach|expert|adviser|advisor)\b"
)


# (searched only where one of the strings their matches need stands: a_newsletter is asked of
# every message that would be filed)
_SUBSCRIBED_FAST = Prefiltered(_SUBSCRIBED)
_ARTICLE_FAST = Prefiltered(_ARTICLE)


def a_newsletter(lowered: str) -> bool:
    """Is lower-cased ``lowered`` a newsletter (a subscription's footer) carrying an article's
    headline or a line about job seekers in general?"""
    return (
        _SUBSCRIBED_FAST.search(lowered) is not None and _ARTICLE_FAST.search(lowered) is not None
    )


# The thing applied for, no job: a day volunteering at an event, an enquiry about a non-job
# thing, funding
# (alternatives of gate._NON_JOB_APPLICATION, read the same way: in a sentence naming no job)
APPLIED_FOR_NO_JOB = (
    r"|\b(?:applying|applied|signing up|signed up|registering|registered|offering) to volunteer "
    r"at (?:the |our |this |a )?(?:[\w\-]+ ){0,3}(?:marathon|half marathon|festival|race|fun run|"
    r"fair|show|gala|concert|tournament|games|event|parade|regatta)\b"
    r"|\b(?:adoption|tenancy|rental|loan|mortgage|grant|scholarship|bursary|membership|"
    r"allotment|visa) (?:enquiry|enquiries|inquiry|inquiries)\b"
    # ... funding applied for ("Outcome of your funding application"; not a job title's
    # "Funding Application Officer": the noun ends the phrase)
    r"|\bfunding (?:applications?|bids?|requests?)(?=\s*(?:[.,;:!?)\n]|$| (?:has|was|is|to|for)\b))"
)
# (not a volunteer place as such, nor "bénévole" abroad: a helpline's volunteer intake full is a
# refusal the corpus files, blind slice 9; a day's stewarding at an event is not)

# The decision's own sentence names a non-job thing as what the reader was refused ("your
# application was not shortlisted for the final round of the scholarship"): read on the refusal
# block's decision lines, whatever other words ("shortlisted", "candidate") they hold
_FOR_A_THING = re.compile(
    r"\b(?:for|of|to) (?:the|this|our|a|an|your) (?:[\w\-]+ ){0,3}?(?:scholarships?|bursary|"
    r"bursaries|grants?|loan|mortgage|tenancy|visa|overdraft|fellowship fund|prize|award)"
    r"(?=\s*(?:[.,;:!?)\n]|$| (?:x\w+|this|that|and|has|was|is|round|scheme|programme)\b))"
)
_JOB_NOUN = re.compile(r"\b(?:jobs?|roles?|posts?|positions?|vacanc\w+|employ\w*|hire|hiring)\b")


def refuses_a_thing(decision_lines: list[str]) -> bool:
    """Does every decision line (of the refusal block) name a non-job thing as what it refuses,
    and no job noun, and is there one?"""
    return bool(decision_lines) and all(
        _FOR_A_THING.search(line) is not None and _JOB_NOUN.search(line) is None
        for line in decision_lines
    )


# With no decision token: a plan between friends called off, in mail naming no job and no
# application ("our flight got cancelled", "we can't make the wedding after all")
_A_PLAN = re.compile(
    r"\b(?:flight|train|ferry|trip|holiday|wedding|rsvp|party|dinner|lunch|drinks|barbecue|bbq|"
    r"birthday|picnic|sleepover|playdate|hen do|stag do)s?\b[^.!?\n]{0,60}?\b(?:(?:got |was |were |"
    r"has been |is )?(?:cancelled|canceled|called off|postponed)|won['\u2019]t be back|"
    r"can['\u2019]t make it)\b"
    r"|\b(?:can['\u2019]t|cannot|won['\u2019]t|will not) (?:make|come to|be at) "
    r"(?:the |your |our )?(?:wedding|party|dinner|lunch|drinks|barbecue|bbq|birthday|picnic)s?\b"
)
_APPLIED = re.compile(r"\bappl(?:y|ied|ying|ication|icant)|\bcandida|\bbewerb|\bsollicit|\bpostul")
# ... a recruiter's pitch ("I came across your profile", "one of my clients is hiring")
_PITCH = re.compile(
    r"\b(?:i|we) came across your (?:profile|cv|background)\b"
    r"|\b(?:one of )?my clients?(?: in [a-z ]{2,30})? (?:is|are) (?:hiring|recruiting|looking)\b"
    r"|\bwanted to reach out\b[^.!?\n]{0,40}\b(?:role|opportunity|position)\b"
)
# ... good news about another offer acknowledged, the other processes closed for the reader
_OTHER_OFFER = re.compile(
    r"\b(?:brilliant|great|fantastic|wonderful|amazing|lovely) news about\b"
    r"|\bclosed (?:those|these|the other|your other|all other) (?:processes|applications)\b"
)
# ... a referral misspelt (the guard reads "referral" itself)
_REFERRAL_MISSPELT = re.compile(r"\byour (?!referrals?\b)(?:ref+er+al+|ref+ereal)s?\b")


def no_token_other(lowered: str, job_word: bool) -> bool:
    """With no decision token in ``lowered`` (its own text, above any quote): a plan called
    off in mail naming no job (``job_word`` False) and no application, a recruiter's pitch,
    another offer's good news acknowledged, or a misspelt referral?"""
    if _PITCH.search(lowered) or _OTHER_OFFER.search(lowered) or _REFERRAL_MISSPELT.search(lowered):
        return True
    return not job_word and _A_PLAN.search(lowered) is not None and not _APPLIED.search(lowered)
