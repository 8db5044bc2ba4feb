"""Twentieth pass, part E (issue 11): confirmations that say how a decision still ahead will be
told, read as a decision given.

* a stretch of silence that means the consequence, after a policy or a regret in the same
  sentence ("we can't answer everyone, so two quiet weeks mean ..."), in English and the
  languages read (rejectwatch.model.told_ahead.stretch_means);
* the sentence after a refusal asked as a case ("Not picked this time? ...", refusal_asked);
* a refusal named as a case and what it brings ("not progressed means a short note from the
  team", case_means);
* a status label a portal will show in a case ("your tracker would say 'Unsuccessful'",
  label_ahead);
* a search paused in one sentence, the reader's application kept open in another
  (rules_ahead.paused_kept_open).

Each with rejections of the same words that must stay decided. Every sentence is written for
these tests (none is a slice's); read by negation.read_cues, so a retrain changes nothing.
"""

from __future__ import annotations

import pytest

from readings import decision, refused

# --- a stretch of silence that means the consequence ------------------------------------------

STRETCH = [
    "We're a small team and can't reply to everyone, so two quiet weeks after the closing date "
    "mean we've gone with other applicants.",
    "Sadly we only write to shortlisted people: a fortnight of silence means your application "
    "goes no further this time.",
    "We can't give individual replies, so four silent weeks after the deadline mean the post "
    "has been filled.",
    "Unfortunately we cannot answer every form, so a month of no news means another candidate "
    "was preferred.",
    "Leider können wir nicht jedem antworten: zwei Wochen Funkstille nach Fristende bedeuten, "
    "dass wir uns für andere Bewerber entschieden haben.",
    "Por desgracia no podemos contestar a todos: tres semanas de silencio tras el cierre "
    "significan que hemos elegido a otras personas.",
    "Tyvärr kan vi inte svara alla: tre veckors tystnad efter sista ansökningsdag betyder att "
    "vi har valt andra kandidater.",
]

SILENCE_PAST = [
    "Apologies for the three silent weeks; we have chosen another candidate for the role.",
    "Sorry for a month of silence. It means you've waited too long, and we've chosen another "
    "candidate.",
    "Sorry for the radio silence. The hiring manager went with another applicant.",
    "Entschuldigen Sie die lange Funkstille, das bedeutet nicht, dass wir Sie vergessen haben: "
    "wir haben uns für eine andere Bewerberin entschieden.",
    "We've received your application, and unfortunately we won't be progressing it.",
]


@pytest.mark.parametrize("body", STRETCH)
def test_a_stretch_of_silence_that_means_a_no_is_a_rule(body: str) -> None:
    assert not refused(body)


@pytest.mark.parametrize("body", SILENCE_PAST)
def test_a_silence_apologised_for_and_a_plain_refusal_stay_decided(body: str) -> None:
    assert refused(body)


# --- a refusal asked as a case, and the sentence after it -------------------------------------

ASKED = [
    "Thanks for applying. Not picked this time? Your candidate page will switch to 'Closed' "
    "and the role will show as filled.",
    "Didn't make the shortlist? The vacancy has gone to another applicant and we'll tell you "
    "by email.",
    "Not selected for interview? We will have gone with other candidates, and the portal says "
    "so within the week.",
]

ASKED_TWINS = [
    "Why weren't you selected? The panel chose a candidate with more hands-on experience.",
    "Not the news you hoped for? I'm sorry: we've offered the post to another applicant.",
]


@pytest.mark.parametrize("body", ASKED)
def test_the_consequence_of_a_refusal_asked_is_no_decision(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", ASKED_TWINS)
def test_a_refusal_explained_after_a_question_stays_decided(body: str) -> None:
    assert decision(body)


# --- a refusal named as a case and what it brings ---------------------------------------------

CASES = [
    "Reviews take about ten days; not progressed means a short note from the team, so nobody "
    "is left waiting.",
    "We read every form by hand, and not shortlisted means you'll still hear from us, only "
    "a little later.",
    "Not selected means an email from the portal, never silence.",
]

CASE_TWINS = [
    "You were not shortlisted, which means we can't take your application further.",
    "Being unsuccessful this time means your application is now closed.",
]


@pytest.mark.parametrize("body", CASES)
def test_a_refusal_named_as_a_case_is_a_rule(body: str) -> None:
    assert not refused(body)


@pytest.mark.parametrize("body", CASE_TWINS)
def test_a_refusal_given_and_then_explained_stays_decided(body: str) -> None:
    assert refused(body)


# --- a status label a portal will show --------------------------------------------------------

LABELS = [
    "A rejection would come from this address and your tracker would say 'Unsuccessful'.",
    "Once the panel has met, your candidate page will read 'Offer stage' or 'Not taken forward'.",
    "Any no arrives from this inbox, and the portal will then show 'Not selected'.",
    "Le portail affichera « Non retenu » ou « Poste pourvu », et nous vous écrirons.",
    "Das Portal zeigt dann 'Nicht berücksichtigt' an, und wir schreiben Ihnen.",
]

LABELS_GIVEN = [
    "Your status has been changed to 'Not selected'.",
    "Status: 'Unsuccessful'",
    "We would like to let you know your application status has been set to 'Declined'.",
    "Ihr Status lautet jetzt 'Nicht weiter berücksichtigt'.",
]


@pytest.mark.parametrize("body", LABELS)
def test_a_label_the_portal_will_show_in_a_case_is_no_refusal(body: str) -> None:
    assert not refused(body)


@pytest.mark.parametrize("body", LABELS_GIVEN)
def test_a_label_shown_now_stays_decided(body: str) -> None:
    assert decision(body)


# --- a search paused, the application kept open in another sentence ---------------------------

PAUSED = [
    "Hiring for the Data Analyst post has been paused while the new structure is agreed. Your "
    "application remains active, and we'll pick it up again in spring.",
    "Warehouse Lead: recruitment on hold\n\nThe Warehouse Lead vacancy is on hold while "
    "funding is confirmed. No one has been hired and your application is still live.",
]

PAUSED_TWINS = [
    "The Data Analyst post has been put on hold and closed. Your application remains on file "
    "for future roles.",
    "Recruitment for the post is on hold. Your application stays open, but we have decided not "
    "to take it further.",
    "The vacancy has been cancelled. Your application stays open for other roles.",
]


@pytest.mark.parametrize("body", PAUSED)
def test_a_pause_with_the_application_kept_open_elsewhere_is_no_decision(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", PAUSED_TWINS)
def test_a_pause_closed_or_turned_stays_decided(body: str) -> None:
    assert decision(body)
