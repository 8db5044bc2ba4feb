"""Issue 11, fifty-eighth pass, first round: the kinds read slices 133 and 134 missed, in
wordings written apart from the slices. Read as decisions: the reader's application ended by a
consequence clause ("so that's where your application stops", "which rules you out", "your
candidacy ends short of the shortlist", "so it cannot progress in this competition", "which
ends your part in the recruitment"); the employer "passing on" the form; someone described
who has the post, "so" the reader's application ends; the post "gone their way"; someone
chosen by name "as our new" post holder; an application screened, then "unfortunately it is
ineligible"; a status "Out of consideration" after a mark; a record that "has switched to"
a refused label; and the post given to someone else or not to the reader in Slovak,
Icelandic, Gujarati, Punjabi, Armenian and Luxembourgish. Read as nothing: the same words about
the reader, a next step with a deadline, a form passed on to a manager, an announcement of a
new manager, a grant's ineligibility, a label still to come.

Second round (read slices 135 and 136's misses): read as decisions "no interview this time
round" after the application was read, "which means no interview invitation", "which leaves
nothing for you", a need the reader has none of, a cohort settled "without you", a final list
with "other names than yours", "consideration of your application has ended", "another
glazier has the contract", the post "given" to one of the crew, "picked those holding" a
certificate, "a local lad's got the winter's work", a status "Not selected" with "Nil action
required", and the post taken or given in Slovenian, Albanian, Lithuanian, Nepali, Marathi,
Welsh and Irish. Read as nothing: an interview still to come, a next step with a deadline, a
round or a day called "another", the post given to the reader."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

READ = [
    (
        "The kitchen took a commis with two years on the line, so that's where your "
        "application stops.",
        negation.READER_OUT,
    ),
    (
        "Your typing test came back at 31 words a minute; the bar is 45, which rules you out.",
        negation.READER_OUT,
    ),
    (
        "Because the reference check failed, your candidacy ends short of the shortlist.",
        negation.READER_OUT,
    ),
    (
        "The form lists no forklift licence, so it cannot progress in this competition.",
        negation.READER_OUT,
    ),
    (
        "Your score placed below the interview band, which ends your involvement in the "
        "recruitment.",
        negation.READER_OUT,
    ),
    (
        "We read your form for the Warehouse Lead post, and the depot is passing on it.",
        negation.READER_OUT,
    ),
    (
        "Re the boatbuilder vacancy: a shipwright from the Clyde yard has it, so that's it for "
        "this season.",
        negation.CHOSE_OTHER,
    ),
    (
        "About the kennel job: somebody with grooming papers got it, so your form rests there.",
        negation.CHOSE_OTHER,
    ),
    (
        "Both finalists were strong on rigging, so the Stage Hand role has gone their way.",
        negation.CHOSE_OTHER,
    ),
    (
        "On Monday the board appointed Mereana, our volunteer treasurer since 2019, as our new "
        "Finance Officer.",
        negation.CHOSE_OTHER,
    ),
    (
        "Your Library Assistant application has been checked. Sadly it is ineligible because "
        "the residency proof was missing.",
        negation.READER_OUT,
    ),
    ("Application state: \u274c Out of consideration", negation.STATUS_REFUSED),
    (
        'Job 4410 (Store Clerk) has switched to "Closed - Filled by another applicant".',
        negation.STATUS_REFUSED,
    ),
    (
        "Vedúca si vybrala skúsenú pracovníčku z Nitry.",
        negation.CHOSE_OTHER,
    ),
    ("Umsókn þín verður þar með ekki tekin áfram.", negation.READER_OUT),
    ("Við réðum smið frá Akureyri í starfið.", negation.CHOSE_OTHER),
    ("આ નોકરી તમને આપી શકાય તેમ નથી.", negation.READER_OUT),
    ("આ પદ બીજા ઉમેદવારને સોંપાઈ ગયું છે.", negation.CHOSE_OTHER),
    ("ਇਹ ਨੌਕਰੀ ਇੱਕ ਹੋਰ ਦਰਜ਼ੀ ਨੂੰ ਮਿਲ ਗਈ ਹੈ।", negation.CHOSE_OTHER),
    ("Աշխատանքը տրվել է այլ թեկնածուի։", negation.CHOSE_OTHER),
    ("Mir kënnen Iech d'Stell leider net ginn.", negation.READER_OUT),
    ("D'Wiel ass op en Elektriker aus Esch gefall.", negation.CHOSE_OTHER),
]

UNREAD = [
    "Please upload your permit by Friday, so your application can progress to interview.",
    "Your form is complete, and the recruiter is passing it on to the site manager today.",
    "We're delighted to announce that the board appointed Mereana as our new Finance Officer.",
    "The panel chose you, as our new Finance Officer, from a strong field!",
    "Your grant application has been checked. Sadly it is ineligible as the charity is too new.",
    'When the post is filled, your record changes to "Closed - Filled by another applicant".',
    "Our courier got it, so your parcel is on its way.",
    "If your references are late, that rules you out, so please send them by Friday.",
    "Your application cannot progress until we receive your ID, so please upload it.",
    "We're passing on your application to our Leeds office, who will call you.",
    "The vote has gone their way, so the allotment stays.",
    "Your trial shift ends before lunch, then we'll talk about the offer.",
    'Once submitted, your status has changed to "Under review".',
    "Hola, si vybral la fecha, avísanos.",
    "Vedúca vás si vybrala, gratulujeme!",
    "Við réðum þig í starfið, til hamingju!",
    "D'Wiel ass op Iech gefall, félicitatiounen!",
]


READ_SECOND = [
    (
        "Your Barista application has been reviewed; no interview on this occasion.",
        negation.READER_OUT,
    ),
    (
        "Your written task scored 12 of 30 against a cut-off of 18, which means no interview call.",
        negation.READER_OUT,
    ),
    (
        "The night-shift post went to a porter we already employ, which leaves no role for you.",
        negation.READER_OUT,
    ),
    (
        "Sadly we need HGV class 1 training, and you have none on your form.",
        negation.READER_OUT,
    ),
    ("The graduate scheme has filled its spring intake without you.", negation.READER_OUT),
    (
        "The shortlist is now fixed, and it bears names other than yours.",
        negation.READER_OUT,
    ),
    (
        "Warehouse Operative: consideration of your application has closed.",
        negation.READER_OUT,
    ),
    ("After the trials, another glazier has the cathedral contract.", negation.CHOSE_OTHER),
    (
        "The manager's given Night Baker to one of our Sunday crew who knows the ovens.",
        negation.CHOSE_OTHER,
    ),
    ("In the end we picked those with a rope access ticket.", negation.CHOSE_OTHER),
    ("The stables: a young lass's got the summer's work.", negation.CHOSE_OTHER),
    (
        "Your application for Picker has moved to: Not selected. Nil action required.",
        negation.STATUS_REFUSED,
    ),
    ("Na žalost je službo v pekarni dobil pek z dolgoletnimi izkušnjami.", negation.CHOSE_OTHER),
    ("Pozicioni në dyqan iu dha një shitëseje me përvojë.", negation.CHOSE_OTHER),
    ("Deja, meistro vietą užėmė stalius iš Kauno.", negation.CHOSE_OTHER),
    ("Šiuo metu darbo pasiūlyti negalime.", negation.READER_OUT),
    ("यसपालि अर्का सिकर्मीले काम पाए।", negation.CHOSE_OTHER),
    ("मालकांनी शेजारच्या सुताराला कामावर ठेवले.", negation.CHOSE_OTHER),
    ("Saer o Fangor gafodd y swydd.", negation.CHOSE_OTHER),
    ("Yn anffodus, nid chi gaiff y lle eleni.", negation.READER_OUT),
    ("Tugadh an jab do cheardaí ó Chorcaigh.", negation.CHOSE_OTHER),
]

UNREAD_SECOND = [
    "Your Barista application has been reviewed; no interview is needed, we'll offer you a trial.",
    "This means no interview prep is needed: just bring your ID on Monday.",
    "We need your driving licence by Friday, and you have none on file yet, so please send it.",
    "Another round of interviews takes the rest of the week, and you are in it.",
    "The manager's given Night Baker to you, starting Monday!",
    "Chi gafodd y swydd, llongyfarchiadau!",
    "Tugadh an jab duit, comhghairdeas!",
    "Darbo pasiūlyti galime jau rytoj.",
]


@pytest.mark.parametrize(("text", "token"), READ + READ_SECOND)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND)
def test_the_same_words_about_the_reader_or_still_to_come_stay_unread(text: str) -> None:
    assert not decision(text)
