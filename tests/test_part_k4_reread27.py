"""Twenty-seventh pass, part K4 (issue 11): older false readings the hostile parts left.

Older decision readings gave a token to mail that refuses no candidacy of the reader: an
insurer's outcome "did not go in your favour", staff news congratulating the one moved in the
next sentence, a parcel that missed a delivery cut-off, a lost contract that "went elsewhere", a
task handed to a colleague, a coursework mark or a test result "below the threshold", the
reader's own withdrawal acknowledged, a Dutch if-clause by
inversion, an Italian past-time clause, a Tagalog or Cebuano busy week
(rejectwatch.model.readings_apart). Each must carry no decision token; refusals in the same
words keep theirs. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import message_decisions

NOT_REFUSALS = [
    # a claim's, a complaint's, an appeal's outcome
    (
        "Your claim review",
        "Dear Mr Osei,\n\nWe have completed the review of your claim. Unfortunately the final "
        "outcome did not go in your favour. You can appeal within 28 days.\n\nClaims Team",
    ),
    (
        "Insurance",
        "We have reviewed your claim. The final outcome did not go in your favour: the insurer "
        "upheld its decision to decline the claim.",
    ),
    (
        "Your complaint",
        "Hi Dee, the ombudsman has looked at your complaint and I'm afraid the decision hasn't "
        "gone your way.",
    ),
    # staff news, the congratulations in the next sentence
    (
        "Staff news",
        "We ended up moving one of our nurses into the ward manager post. Congratulations, Ama!",
    ),
    (
        "Team update",
        "Hi all, we ended up moving one of our nurses into the ward manager post. Please join "
        "me in congratulating Ama. She starts on the ward on Monday.",
    ),
    # a parcel's or an order's cut-off
    (
        "Your order",
        "Sorry, you didn't make the cut-off for next-day delivery, so your order will arrive on "
        "Thursday.",
    ),
    ("Basket", "You missed the cut-off for Saturday delivery by ten minutes, sorry."),
    # a lost contract, a supplier's bid
    (
        "Tender result",
        "Hi Tom,\n\nBad news on the council tender: the job went elsewhere. They picked a "
        "cheaper supplier.\n\nSam",
    ),
    (
        "Re: kitchen refit quote",
        "Thanks for quoting, but the job has gone elsewhere this time - the client took a "
        "cheaper quote.",
    ),
    # a task handed to a colleague
    (
        "Year 9 trip",
        "Hi Mark,\n\nThe Year 9 trip paperwork has sat on my desk for weeks. I've asked Priya to "
        "take it on this term, so please send her your consent forms.\n\nJane",
    ),
    (
        "Newsletter",
        "Quick one: Owen has the newsletter now, I've asked him to take it on until Easter.",
    ),
    # a coursework mark, a test of the body
    (
        "Coursework result",
        "Dear student,\n\nYour coursework submission was marked below the pass mark. You may "
        "resubmit by 14 March.\n\nModule team",
    ),
    (
        "Your test results",
        "Dear Mr Ali,\n\nYour cholesterol result came in below the threshold, so no treatment is "
        "needed.\n\nThe Surgery",
    ),
    # the reader's own withdrawal
    (
        "Re: withdrawal",
        "Hi Sam,\n\nThanks for your note: we have withdrawn your application for the analyst "
        "role and cancelled the interview. Best of luck.\n\nRecruiting",
    ),
    # a Dutch if-clause by inversion
    (
        "Vraag",
        "Hoi Sanne,\n\nJe kunt je aanmelden voor de cursus. Ben je niet gekozen, dan krijg je "
        "volgende maand een nieuwe kans.\n\nGroet",
    ),
    # an Italian past-time clause
    (
        "Aggiornamento",
        "Ciao Marco,\n\nTi ricordi il progetto dell'anno scorso? Dopo che avemmo scelto un "
        "candidato, il team è cresciuto molto. Ci vediamo venerdì?\n\nLuca",
    ),
    # a Cebuano or Tagalog busy week
    (
        "Kumusta",
        "Hi Ana,\n\nPasensya na, puno na ang trabaho ko karong semanaha. Magkita ta sunod "
        "semana.\n\nJun",
    ),
    (
        "Kumusta",
        "Hi Ana,\n\nPasensya na, puno na ang trabaho ko ngayong linggo. Kita tayo sa susunod na "
        "linggo.\n\nJun",
    ),
]

REFUSAL_TWINS = [
    (
        "Your application",
        "Dear Ama,\n\nThank you for interviewing with us. Unfortunately the final outcome did "
        "not go in your favour this time.\n\nRecruitment",
    ),
    (
        "Your application",
        "Hi Dee, thanks for applying. The panel met and I'm afraid the decision hasn't gone "
        "your way.",
    ),
    (
        "Ward manager",
        "Thanks for applying. We ended up moving one of our nurses into the ward manager post.",
    ),
    (
        "Assessment result",
        "Sorry, you didn't make the cut-off for the assessment day.",
    ),
    (
        "Your application",
        "Hi Tom,\n\nThanks for interviewing. Unfortunately the job went to another applicant."
        "\n\nSam",
    ),
    (
        "Re: site manager",
        "Hi Tom, thanks for coming in for the interview. Sadly the job went elsewhere.",
    ),
    (
        "Your application",
        "Hi Mark,\n\nThanks for your interest in the role. We've asked another candidate to "
        "take the role.\n\nJane",
    ),
    (
        "Your application",
        "Thanks for applying for the tutor post. We've asked Priya to take it on this term.",
    ),
    (
        "Online assessment",
        "Your online assessment score was below the pass mark, so we cannot progress your "
        "application.",
    ),
    (
        "Year 9 tutor group",
        "Hi Mark, thanks for offering to cover the Year 9 tutor group. We've asked Priya to take "
        "it on this term.",
    ),
    (
        "Under-12s coach",
        "The committee met about the under-12s coach role. They've asked Ros to take it on.",
    ),
    (
        "Your application",
        "Thanks for your email. Sadly we have withdrawn your application for the analyst role "
        "and cancelled the interview, as the post has been filled.",
    ),
    ("Sollicitatie", "Helaas ben je niet gekozen voor de functie van teamleider."),
    ("Candidatura", "Purtroppo abbiamo scelto un altro candidato per la posizione."),
    ("Aplikasyon", "Pasensya na, puno na ang trabaho na inaplayan mo."),
]


@pytest.mark.parametrize(("subject", "body"), NOT_REFUSALS)
def test_mail_refusing_no_candidacy_is_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), REFUSAL_TWINS)
def test_the_refusals_keep_their_token(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
