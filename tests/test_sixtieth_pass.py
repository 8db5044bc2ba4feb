"""Issue 11, sixtieth pass, first round: the kinds read slices 145 and 146 missed, in wordings
written apart from the slices. Read as decisions: the reader's application named by its post
("your Pastry Section Commis application has been unsuccessful", "unfortunately the Tram Driver
application did not succeed"); an application "inactive"; "yours is among those declined"; a
round that "closed without a place for you" and a score that "ends your run before interview";
the score told against the number that "qualifies"; the post that "now has its person" and the
application that "closes alongside"; "so a pass from us"; "can't" as Caribbean writers spell it
("we cyaan hire you now"); Chinese and Macedonian "your application ends here". Read as nothing:
an earlier or a loan's application, an account inactive, an application inactive only if, a
score above the number that qualifies, a pass to collect, a post with a person to shadow, and a
club's rack, locker or mooring refused under a label."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

READ = [
    (
        "Regrettably your Pastry Section Commis application has been unsuccessful.",
        negation.READER_OUT,
    ),
    (
        "Your Night Shift Loader application was not successful on this occasion.",
        negation.READER_OUT,
    ),
    ("Your Senior Gardener candidacy has been declined.", negation.READER_OUT),
    ("Unfortunately the Tram Driver application did not succeed this time.", negation.READER_OUT),
    ("Sadly, the Junior Welder application was unsuccessful.", negation.READER_OUT),
    ("Your application for Stock Controller is inactive.", negation.READER_OUT),
    (
        "Ninety people applied for four seats, and yours is among those declined.",
        negation.READER_OUT,
    ),
    ("After the sift yours was among those set aside.", negation.READER_OUT),
    ("Our spring intake closed without a place for you.", negation.READER_OUT),
    (
        "This selection exercise has ended without an offer for you, I'm sorry to say.",
        negation.READER_OUT,
    ),
    (
        "The aptitude paper came back at 33, which ends your run before interview.",
        negation.READER_OUT,
    ),
    ("On the typing test you scored 38 whereas 45 was needed.", negation.READER_OUT),
    ("Your score of 52 out of 100 while 58 qualifies.", negation.READER_OUT),
    ("You got 61% while 70% passed.", negation.READER_OUT),
    ("The warehouse role already has its new starter, sorry.", negation.ROLE_GONE),
    ("The Saturday post now has its person, and your form closes alongside.", negation.ROLE_GONE),
    ("The hire is a man with a forklift licence, so a pass from us.", negation.READER_OUT),
    ("Bossman hire one yute from Spanish Town, so we cyaan use you now.", negation.READER_OUT),
    ("Di shop full, so wi cyah tek yuh on dis season.", negation.READER_OUT),
    # (left unread by the forty-sixth pass's second round, read now)
    (
        "The cut-off was fixed at 62 out of 100. Your mark of 55 is below it, and your "
        "candidature therefore closes before the interview round.",
        negation.READER_OUT,
    ),
    ("您的应聘到此结束，感谢您的关注。", negation.READER_OUT),
    ("Ви благодариме, но вашата кандидатура овде завршува.", negation.READER_OUT),
]

UNREAD = [
    "Your previous application was unsuccessful, but this one is now with the panel.",
    "Your loan application was unsuccessful.",
    "Your mortgage application has been declined by the lender.",
    "Unfortunately the application portal was down on Sunday.",
    "Your account is inactive; log in to keep it.",
    "If your application is inactive for ninety days, we close it.",
    "You scored 71 while 60 qualifies, so we'll see you at interview.",
    "Please collect a pass from us at the gate on Monday.",
    "The role has its person to shadow in the first week.",
    "Boat locker: unsuccessful, all lockers went to members renewing.",
    "Marina mooring: rejected, the waiting list is full.",
    "We cyaan wait to meet you on Monday!",
]


# Second round (slices 147 and 148's misses and filed mail)
READ_SECOND = [
    ("The cohort is complete: someone else holds each of its seats.", negation.CHOSE_OTHER),
    ("Every place on the course has been filled by other applicants.", negation.CHOSE_OTHER),
    ("Consideration under this vacancy notice has now ended.", negation.READER_OUT),
    ("Rated qualified; no referral to the hiring manager.", negation.READER_OUT),
    ("Result below the interview threshold; the file is archived.", negation.READER_OUT),
    (
        "Three applicants had worked more night shifts, and the ward is going ahead with them.",
        negation.CHOSE_OTHER,
    ),
    ("A few fitted the spec more closely, and it's them we'll take forward.", negation.CHOSE_OTHER),
    ("The board has confirmed the candidate from Kisumu as Head Brewer.", negation.CHOSE_OTHER),
    ("The Lab Runner post is closing for you at this stage.", negation.READER_OUT),
    ("A different group of candidates is moving forward.", negation.CHOSE_OTHER),
    ("The studio has closed your file for this season.", negation.READER_OUT),
    ("A glazier with ten years on church windows edged you out.", negation.CHOSE_OTHER),
    ("Sadly someone from Tralee pipped you to the post.", negation.CHOSE_OTHER),
    ("The picking gang is full and nobody else is being taken on.", negation.ROLE_GONE),
    ("We won't be needing anyone else this spring.", negation.ROLE_GONE),
    ("Wir we'll no be needin onybody else dis simmer.", negation.ROLE_GONE),
    ("The drover job's sorted with a local lad.", negation.CHOSE_OTHER),
    ("Di boss seh we cyan hire nobody more dis year.", negation.ROLE_GONE),
    ("Sajnos most nincs hely Önnek a csapatban.", negation.READER_OUT),
    ("Az állást végül egy tapasztalt másik pályázó kapta.", negation.CHOSE_OTHER),
    ("Niestety, tym razem brak miejsca dla Pana.", negation.READER_OUT),
    ("Stanowisko kucharza otrzymała ostatecznie osoba z Gdańska.", negation.CHOSE_OTHER),
    ("Un autre tourneur, formé à Lyon, a été retenu.", negation.CHOSE_OTHER),
]

UNREAD_SECOND = [
    "Candidates who pass the test will be invited, and we'll take them forward to interview.",
    "We have approved the candidate list for interview on Friday.",
    "The panel confirmed you as a candidate for the second round.",
    "We close your file only if you ask us to.",
    "Nobody else is being added to the call, just you and me.",
    "We won't be needing anyone else to bring the tools; we have plenty.",
    "If the inbox stays quiet for a month, take it the post has gone.",
    "Your phone stays silent for two weeks? Assume the role is filled.",
    "Une autre date a été choisie pour l'entretien.",
    "A rating of ineligible, or no referral to the selecting panel, reaches you by e-mail.",
    "Result beneath the shortlisting bar and a letter follows with your marks.",
    "Nincs hely Önnek a parkolóban, kérjük, jöjjön busszal.",
]


# Third round (slices 149 and 150's misses and filed mail)
READ_THIRD = [
    ("Head Gardener went elsewhere, sorry to say.", negation.CHOSE_OTHER),
    ("Close call, yet the Data Steward offer has gone elsewhere.", negation.CHOSE_OTHER),
    ("Line Cook (Evenings) is going elsewhere, sadly.", negation.CHOSE_OTHER),
    ("Kiln Assistant now belongs to one of our apprentices.", negation.CHOSE_OTHER),
    ("The panel sat twice; no appointment follows.", negation.ROLE_GONE),
    ("No further consideration will be given to the application.", negation.READER_OUT),
    ("Every form, yours too, now shut.", negation.READER_OUT),
    ("Having read your letter, no call-back this time round.", negation.READER_OUT),
    ("Your Barista form has been read; we're halting it at this point.", negation.READER_OUT),
    ("Yours had no forklift licence, so it finishes here.", negation.READER_OUT),
    ("The panel met on Friday. Candidacy closed accordingly.", negation.READER_OUT),
    ("I'm sorry, your spot on the summer scheme hasn't come through.", negation.READER_OUT),
    ("Sorry, we can't go together for this position.", negation.READER_OUT),
    ("The hospital turned you down for the night porter job, I'm afraid.", negation.READER_OUT),
    ("Several were strong, and one of those is who we're hiring.", negation.CHOSE_OTHER),
    (
        "The aptitude test score was 40%, so you exit the selection at this step.",
        negation.READER_OUT,
    ),
    ("We're unable to take forward yours this round.", negation.READER_OUT),
    ("The search is cancelled; your file shuts alongside it.", negation.READER_OUT),
    ("Tight margins, yet the Fitter role lands elsewhere.", negation.CHOSE_OTHER),
    ("The panel preferred CVs showing longer hospital service.", negation.CHOSE_OTHER),
    ("Η αίτησή σας τελειώνει εδώ, με εκτίμηση.", negation.READER_OUT),
    ("Mae'n ddrwg gen i, daw eich cais i ben nawr.", negation.READER_OUT),
    ("खेद है, आपका आवेदन यहीं रुक गया।", negation.READER_OUT),
    ("Derfor slutter din ansøgning her.", negation.READER_OUT),
    ("Stillingen er ikke lenger ledig for deg.", negation.READER_OUT),
    ("Vi har ansatt en baker i stillingen.", negation.CHOSE_OTHER),
]

UNREAD_THIRD = [
    "We went elsewhere for lunch after the tour.",
    "The budget went elsewhere this year, but the post is still open and we'd like to meet.",
    "If Store Manager goes elsewhere, we'll let you know.",
    "The laptop now belongs to the new team.",
    "No appointment will follow until references are back.",
    "No interview this time round; you go straight to the trial shift on Monday.",
    "Your file closes only if you ask us to delete it.",
    "Your place hasn't come through yet; we'll confirm by Friday.",
    "CVs with more than two pages are read last.",
    "Stages ahead | Interview, or Rejected - role filled",
    "We have not decided, yet.",
]


# Fourth round: a clause before a semicolon is one of its own (slice 149's notices, the two
# misses the third round left)
READ_FOURTH = [
    (
        "Your mark sat below the band we use when we shortlist; no further consideration follows.",
        negation.READER_OUT,
    ),
    (
        "We shortlist when the budget allows; this time yours is among those turned down.",
        negation.READER_OUT,
    ),
]

UNREAD_FOURTH = [
    "If we ring you, you're shortlisted; otherwise yours is among those turned down.",
    "When the panel meets we compare every form; then no further consideration follows for some.",
    "Should you not hear by Friday; please assume no further consideration follows.",
    "We only ring the shortlisted ones; the rest are among those turned down.",
    "Make the list and we'll ring you; a fortnight of silence signals the post went elsewhere.",
]


@pytest.mark.parametrize(("text", "token"), READ + READ_SECOND + READ_THIRD + READ_FOURTH)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND + UNREAD_THIRD + UNREAD_FOURTH)
def test_the_same_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)
