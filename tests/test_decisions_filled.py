"""Twentieth pass, part B (issue 11): blind slice 18's English misses (the second half) and the
nineteenth pass's unread kinds, read by kind: the post given to a named person, the team
staffed or full, "we've got someone now", others gone for with what they hold, the one asked
to join, not put on the crew, not open to the reader after a result, a push notification's
"Update: <post> - unsuccessful", nothing suitable for a speculative CV, a status moved by a
tracker, the enquiry taken no further, not shortlisted and not moving on to interview; and a
recruiter's other role pitched as "I've got a … contract … that fits your background" (the
guard no longer holds the refusal before it). Each kind in several wordings and sectors, with
twins in the same words that carry no decision. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE, STATUS_REFUSED


def tokens(subject: str, body: str) -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    texts, _ = documents_to_views([Document(subject, body, "office@employer.example")])
    found = texts[0].rsplit("\n", 1)[-1].split()
    return {READER_OUT, CHOSE_OTHER, ROLE_GONE, STATUS_REFUSED}.intersection(found)


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # the post given to a named person
        ("The committee has given the job to Mrs Adeyemi, who ran the tuck shop for a decade.",
         CHOSE_OTHER),
        ("THE GOVERNORS HAVE OFFERED THE POST TO MR HALLORAN.", CHOSE_OTHER),
        ("We've awarded the contract to Dr Ferreira.", CHOSE_OTHER),
        ("The owners have given the groundskeeper role to Callum, who has helped on the estate "
         "since school.", CHOSE_OTHER),
        ("Our head chef has taken on Priyanka Das, who already holds her food hygiene level 3, "
         "so the kitchen is staffed.", CHOSE_OTHER),
        ("The practice has appointed Tomasz, who has more years on reception.", CHOSE_OTHER),
        # the team staffed or full
        ("Thanks for the trial shift. Two of last year's pickers came back, so the harvest crew "
         "is now full.", ROLE_GONE),
        ("We've had a lot of interest, and now our summer team is fully staffed.", ROLE_GONE),
        ("Sorry Ade, we're full up for the summer now.", ROLE_GONE),
        ("Afraid we're all fully staffed.", ROLE_GONE),
        ("Hi, all full up for the festival, sorry.", ROLE_GONE),
        # someone got
        ("hiya, we've got someone now, thanks anyway!", CHOSE_OTHER),
        ("We've got somebody for it now, thanks.", CHOSE_OTHER),
        ("We have now got someone for the job, sorry.", CHOSE_OTHER),
        # others gone for, with what they hold; the pick finished
        ("With a provisional licence and no hours logged, we've gone for drivers who "
         "already hold a full C1.", CHOSE_OTHER),
        ("We opted for lifeguards who hold the pool plant certificate as well.", CHOSE_OTHER),
        ("We've finished picking next summer's camp staff.", CHOSE_OTHER),
        ("We have now finished selecting this year's crew.", CHOSE_OTHER),
        # the one asked to join
        ("It was a tight field. The applicant we have asked to join us has run a larger team.",
         CHOSE_OTHER),
        ("The engineer we've invited to join the team has more time on PLC systems.", CHOSE_OTHER),
        # not put on the crew
        ("You took eight minutes on the climb and we need five, so we can't put you on the crew.",
         READER_OUT),
        ("I'm afraid I won't be able to take you on the squad this season.", READER_OUT),
        ("We couldn't add you to the books after the trial.", READER_OUT),
        # not open to the reader, after a result
        ("You scored 62 and the bar is 80, so this project isn't open to you.", READER_OUT),
        ("Your test came back at 55%, which means the transcription queue is not available to "
         "you.", READER_OUT),
        # a push notification's row
        ("Hearth Bakeries: tap to view\nUnfortunately, Update: Shift Lead (Leeds) - unsuccessful\n"
         "Open the app for more roles.", STATUS_REFUSED),
        ("1 new update\nUpdate: Dental Nurse (Galway) \u2013 not selected", STATUS_REFUSED),
        # nothing suitable, with a regret (a speculative CV)
        ("Thanks for sending your CV. I'm afraid we have nothing suitable for you at the moment.",
         READER_OUT),
        ("Sadly there is currently nothing suitable for you in the studio.", READER_OUT),
        ("Unfortunately we have no vacancies that match your experience.", READER_OUT),
        ("We don't currently have any roles that suit your background.", READER_OUT),
        # the enquiry taken no further
        ("We aren't hiring in the lab this year, so we can't take your enquiry any further.",
         READER_OUT),
        ("I'm sorry, but we're unable to progress your speculative application further.",
         READER_OUT),
        # a status moved by the tracker
        ("Your application for Shift Supervisor has been moved to: No longer under "
         "consideration.", STATUS_REFUSED),
        ("Unfortunately, your application for Data Analyst was set to: No longer under "
         "consideration.", STATUS_REFUSED),
        ("Copperfield Care updated your application for Support Worker: Withdrawn by hiring team.",
         STATUS_REFUSED),
        ("Tidewater updated your application: Not moving forward.", STATUS_REFUSED),
        ("Your application for Porter is now: Rejected.", STATUS_REFUSED),
        # (the sixtieth pass reads an application named by its post as the reader's own,
        # negation._APPLICATION_OUTCOME, before the status reading)
        ("Your Night Porter application has been closed by Harbourside Hotels.", READER_OUT),
        # not shortlisted; not moving on to interview; not taken forward to interview
        ("Due to the number of strong applications, the panel has not been able to shortlist you "
         "for this post.", READER_OUT),
        ("We have not been able to take forward you this time.", READER_OUT),
        ("The sifting panel read your form, and it will not be moving on to the interview stage.",
         READER_OUT),
        ("Your application won't be progressing to interview.", READER_OUT),
        ("Sorry to let you know that after shortlisting your application was not taken forward "
         "to interview.", READER_OUT),
    ],
)
def test_the_kinds_are_read(body: str, token: str) -> None:
    assert tokens("Your application", body) == {token}


@pytest.mark.parametrize(
    "body",
    [
        # the post given to the reader, or a colleague who will help them
        "Great news - the panel has given the role to you, if you'd like it.",
        "We have offered the post to you, subject to references.",
        "Our manager has taken on Sam, who will be your mentor.",
        "We have hired Priya, who will be your line manager from Monday.",
        # a team full only in a condition, housing or a booking
        "If we're full up, we'll let you know.",
        "If I don't ring you by Friday, it means we're full up for the season.",
        "Our summer intern housing is fully booked, but your offer stands.",
        "Sorry for the delay - we're fully booked this week.",
        # someone got for something else, or asked
        "We've got someone to show you round on Monday.",
        "We've got someone from HR joining the call.",
        "Have we got someone now?",
        # others gone for, the reader among them; the pick finished with the reader in it
        "We've gone for candidates who hold a Level 2, and you're one of them!",
        "We've finished picking the shortlist, and we'd like you to come in for an interview.",
        # the reader asked to join, or asked to interview
        "You are the candidate we have asked to join us!",
        "The candidates we've asked to join us for interview are listed below.",
        # not put on the crew until a check clears; not open yet
        "I can't put you on the crew until your DBS clears.",
        "This project isn't open to you yet; it opens after your onboarding.",
        "So this course is not available to you until you complete the prerequisites.",
        # a row of a payment, a meeting, or a status still pending
        "Update: Card payment - unsuccessful",
        "Update: Meeting invitation - declined",
        "Update: Data Engineer - In review",
        # nothing suitable in a condition, or a job alert's search
        "We'll contact you if there's nothing suitable for you.",
        "Sorry, there are no jobs that match your search right now.",
        "If we don't have any vacancies that match your background, we'll keep your CV on file.",
        # a status moved on, or pending
        "Your application for Receptionist has moved to: Interview.",
        "Your application for HR Assistant is now: In review.",
        # the application held up, not refused
        "We can't take your application further until we receive your references.",
        "We have not been able to invite you because we could not reach you by phone.",
        "We haven't been able to progress you because your right-to-work check is pending.",
        "The panel has not been able to shortlist you yet, as references are outstanding.",
        "If your form is incomplete, it will not be moving on to the interview stage.",
        "We will let you know whether it will be moving on to the interview stage.",
    ],
)
def test_the_same_words_without_a_decision_are_not_read(body: str) -> None:
    assert tokens("Your application", body) == set()


def test_a_refusal_before_a_role_pitched_as_fitting_the_background_is_not_held() -> None:
    body = (
        "Hi Rosa,\n\nNews from the client: they've offered the site manager job to someone they "
        "met earlier. Sorry about that.\n\nI've got a quantity surveyor contract in Geelong, "
        "six months with an extension likely, that fits your commercial background. Interested? "
        "Send me your availability and I'll put you forward this week.\n\nDev"
    )
    assert tokens("Quick update on the Melbourne role", body) == {CHOSE_OTHER}
    assert not held_back(Document("Quick update on the Melbourne role", body, "dev@agency.example"))


def test_a_step_for_the_same_application_is_still_held() -> None:
    body = (
        "Hi Rosa,\n\nI've got a quantity surveyor contract in Geelong for you. The client would "
        "like to interview you on Thursday. Send me your availability today.\n\nDev"
    )
    assert held_back(Document("Interview with the client", body, "dev@agency.example"))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Decision: Pastry Chef (unsuccessful)", "Hi Imogen,\n\nThanks for your interest - sorry "
         "this one didn't work out."),
        ("Lab Technician \u2013 no offer", "Sorry it didn't work out this time.\n\nMarta"),
        ("Ferry Deckhand: not progressing", "Hi Jonah,\n\nDetails above, sorry. Take care."),
        ("Application outcome: not selected", "The outcome in the subject line. Good luck."),
        ("Sous Chef: not progressing", "Thanks for coming in, Ola. All the best with the search."),
        ("Your application \u2013 regret", "Many thanks, and good luck in your job search."),
    ],
)
def test_a_regret_or_a_wish_under_a_subject_that_refuses_is_read(subject: str, body: str) -> None:
    assert tokens(subject, body) == {STATUS_REFUSED}


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the same words under a subject that refuses nothing
        ("Re: your visit", "Sorry this one didn't work out, best of luck."),
        ("Thanks for applying", "Good luck with your search!"),
        ("Interview invitation", "Details above. See you on Tuesday."),
        # a payment's refusal
        ("Card payment unsuccessful", "Sorry it didn't work out, please try another card."),
        # the reader's own decision in the subject
        ("Re: Offer declined", "Thanks for letting us know. All the best with the search."),
        ("Re: Withdrawal - not proceeding", "Thanks for telling us. Best of luck in your search."),
    ],
)
def test_a_regret_or_a_wish_under_another_subject_is_not_read(subject: str, body: str) -> None:
    assert tokens(subject, body) == set()


@pytest.mark.parametrize(
    "body",
    [
        # a bare status row: a label, or a post with its requisition
        "Hello Ines,\n\nDecision: Did not advance\nRole: Stock Controller\nReference: 4471",
        "Dear Ola,\n\nUnfortunately, Current status: Closed - other candidates selected\n\nThanks",
        "Hi Tom,\n\nStore Planner (req 20931): no longer in consideration\n\nLog in to see more.",
        "Result: Application not taken forward\nPost: Library Assistant",
        # a status moved or changed by the tracker, in more words
        "The application for Events Officer is now: Application not taken forward.",
        "Harbour Mills updated your application for Welder: Not shortlisted.",
        "Fenwick Labs updated your application for Chemist: Archived \u2013 not progressed.",
        "Unfortunately, Alder Clinics changed the status of your application for Optician from "
        '"Reviewed" to "Not Selected".',
        # the application not taken on, said of the employer
        "Unfortunately, Brookfield Dental won't be taking your Hygienist application to the next "
        "stage.",
    ],
)
def test_a_trackers_bare_row_or_status_change_is_read(body: str) -> None:
    assert tokens("Application update", body) in ({STATUS_REFUSED}, {READER_OUT})


@pytest.mark.parametrize(
    "body",
    [
        "Hello Ines,\n\nDecision: Pending\nRole: Stock Controller",
        "Hi Tom,\n\nStore Planner (req 20931): in review\n\nLog in to see more.",
        'Alder Clinics changed the status of your application for Optician from "Applied" to '
        '"Interview".',
        "The application for Events Officer is now: Shortlisted.",
        "We won't be taking your application further until we have your references.",
    ],
)
def test_a_trackers_row_that_refuses_nothing_is_not_read(body: str) -> None:
    assert tokens("Application update", body) == set()

