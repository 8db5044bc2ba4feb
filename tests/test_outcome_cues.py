"""Outcome readings (issue 11, fourth pass): plain outcome wording gives a shared token only
when it is a decision about the reader's own application, given now."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from needed_strings import needed
from rejectwatch.model import negation
from rejectwatch.model.negation import read_cues
from rejectwatch.model.phrases import Phrases


def tokens(text: str) -> set[str]:
    return set(read_cues(text)[0].split()) & {
        negation.STATUS_REFUSED,
        negation.READER_OUT,
        negation.ROLE_GONE,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Application: Payroll Clerk\nCurrent status: Rejected\nLast updated: 6 Jul 2025",
        "Decision on your application: Graduate Scheme\nOutcome: Unsuccessful",
        "Application status - not progressed",
        "Result: not shortlisted",
        "Your application status has been changed to declined.",
        "Stage: Closed by employer",
        "Decision: no longer under consideration",
        # "your candidate portal" is the reader's own account, not someone else's candidacy
        "Status: Not selected\n\nLog in to your candidate portal to view your applications.",
    ],
)
def test_a_refusal_in_a_status_field_is_a_refused_status(text: str) -> None:
    assert tokens(text) == {negation.STATUS_REFUSED}
    # and the field enters the refusal-sentence block with its token
    assert negation.STATUS_REFUSED in read_cues(text)[1].split()


@pytest.mark.parametrize(
    "text",
    [
        # someone else's candidacy: a referred friend's outcome
        "A quick note about Dana, whom you recommended for Analyst.\n\nStatus: Not selected.",
        "Thanks for your referral of Sam Lee.\nOutcome: Unsuccessful",
        # a confirmation's conditional, or a change still to come
        "If you are unsuccessful, your status will change to Rejected.",
        "Your status will change to Rejected if you are not selected.",
        "Outcome: unsuccessful applicants will be told by email.",
        # neutral statuses
        "Status: Under review",
        "Current status: Application received",
        "Stage: Interview",
    ],
)
def test_no_refused_status_for_another_person_a_conditional_or_a_neutral_status(
    text: str,
) -> None:
    assert negation.STATUS_REFUSED not in tokens(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The result of the test was below the level we need, so we will close your "
        "application here.",
        "Having read it closely, we are sorry to say it will go no further for now.",
        "Your application will not go any further.",
        "I'm afraid we won't be progressing you to the next stage.",
        "We'll pass on this one, sorry Jonah.",
        "The client has decided to pass on your application this time.",
        "We regret we cannot offer you employment following the trial day.",
        "We are unable to offer you a place on the programme.",
    ],
)
def test_a_closing_verb_a_pass_or_an_offer_refused_leaves_the_reader_out(text: str) -> None:
    assert negation.READER_OUT in tokens(text), text


@pytest.mark.parametrize(
    "text",
    [
        # deadline notices and process
        "We will close applications on Friday.",
        "We are closing this application window at midnight.",
        "If we don't hear from you by Friday, we will close your application.",
        "Once the role is filled we will close your application.",
        # a forward to the team, not a pass
        "We'll pass on your details to the hiring manager.",
        "Please pass on this one to anyone who might be interested.",
        # an offer refused that is not a job
        "Unfortunately we cannot offer you individual feedback.",
        # the reader's own withdrawal
        "As you requested, we have closed your application.",
        "You've decided to withdraw, so we will close your application.",
        # someone else's candidacy
        "Thanks for the referral: we will close your friend's application.",
    ],
)
def test_no_reader_out_for_deadlines_forwards_conditionals_or_withdrawals(text: str) -> None:
    assert negation.READER_OUT not in tokens(text), text


def test_a_post_cancelled_with_nobody_appointed_is_the_post_gone() -> None:
    for text in (
        "Vacancy announcement MP-19-27 for Finance Partner has been cancelled; nobody will "
        "be selected under it.",
        "No appointment will be made to this post.",
        "The requisition was withdrawn by the business.",
    ):
        assert negation.ROLE_GONE in tokens(text), text
    for text in (
        "If the vacancy is cancelled, nobody will be selected and we will tell you.",
        "Nobody will be appointed until the panel meets in June.",
        "The careers fair has been cancelled.",
    ):
        assert negation.ROLE_GONE not in tokens(text), text


def test_a_hedge_preferring_others_is_a_choice_of_someone_else() -> None:
    for text in (
        "We are looking for candidates with more hands-on experience in production systems.",
        "They'd go with a candidate with more payments infrastructure.",
        "The panel preferred applicants who had stronger portfolios.",
    ):
        assert negation.CHOSE_OTHER in read_cues(text)[0].split(), text
    for text in (
        # a job ad's requirement, a confirmation's promise, a conditional
        "We are looking for candidates with more than five years of experience.",
        "Candidates with stronger profiles will be contacted.",
        "If we find someone with more experience, we will let you know.",
    ):
        assert negation.CHOSE_OTHER not in read_cues(text)[0].split(), text


def test_the_word_gates_never_hide_a_match() -> None:
    """Each outcome pattern runs only on text holding one word of each of its groups (speed);
    those words must be ones every match contains, so gated and ungated readings agree."""
    texts = []
    for path in sorted((Path(__file__).resolve().parents[1] / "data").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line) for line in lines if line.strip()]
    assert len(texts) > 1000
    lowered = [(example["subject"] + "\n" + example["body"]).lower() for example in texts]
    # Nineteenth pass, part F: each pattern is searched only in the texts holding a string
    # every match of it consumes (tests/needed_strings.py, found in one pass of an automaton),
    # not in all 18,000: a text without one cannot match, so the same matches are checked
    # (836 patterns x 18,101 texts cost 470 s of CPU, 190,000 searches 10 s)
    readings = [(groups, pattern, needed(pattern)) for _, groups, pattern in negation._OUTCOMES]
    strings = sorted({string for _, _, held in readings if held for string in held})
    automaton = Phrases(strings)
    holding: dict[str, set[int]] = {}
    for index, text in enumerate(lowered):
        for _, _, string in automaton.find(text):
            holding.setdefault(strings[string], set()).add(index)
    present: dict[int, set[str]] = {}
    for groups, pattern, held in readings:
        candidates = (
            range(len(lowered))
            if held is None
            else sorted(set().union(*(holding.get(string, ()) for string in held)))
        )
        for index in candidates:
            found = pattern.search(lowered[index])
            if found is None:
                continue
            assert held is None or any(string in found.group() for string in held)
            if index not in present:
                present[index] = negation._gate_words(lowered[index])
            assert all(present[index].intersection(words) for words in groups), (
                pattern.pattern[:40],
                texts[index]["id"],
            )


# Fifth pass: more outcome wording by kind, each with the negatives it must not catch.
@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Current stage: Closed - not selected", negation.STATUS_REFUSED),
        (
            "Your progress: Applied \u2713 \u2192 Screening \u2713 \u2192 Not progressed",
            negation.STATUS_REFUSED,
        ),
        ("The threshold is 75%, so your application ends at this stage.", negation.READER_OUT),
        (
            "It was not completed in time, and it has been removed from consideration.",
            negation.READER_OUT,
        ),
        ("Yours has not made it through, and I'm sorry.", negation.READER_OUT),
        (
            "The field was deep, and you're not one of the people we'll interview.",
            negation.READER_OUT,
        ),
        (
            "We don't have an opening that matches and won't be taking this further.",
            negation.READER_OUT,
        ),
        ("So we are unable to consider you for Research Assistant.", negation.READER_OUT),
        ("Lovely work but it's a no from the client this round.", negation.READER_OUT),
        ("Short answer: no offer from us this time.", negation.READER_OUT),
        ("Thanks for coming in. We'll pass. Good luck out there.", negation.READER_OUT),
        ("We've had a look and we'll pass for now.", negation.READER_OUT),
        ("The Board has assessed you as Not Suitable at this time.", negation.READER_OUT),
        (
            "Your appointment as Analyst cannot go ahead, and the conditional offer lapses from "
            "today.",
            negation.READER_OUT,
        ),
        ("Sorry, the position is gone already.", negation.ROLE_GONE),
        ("Bad news I'm afraid - leadership froze hiring until further notice.", negation.ROLE_GONE),
        (
            "Leadership froze hiring, so the role is cancelled and we're closing out every "
            "application.",
            negation.ROLE_GONE,
        ),
        ("We're closing out every application for the role.", negation.READER_OUT),
    ],
)
def test_fifth_pass_outcome_wording_gives_its_token(text: str, token: str) -> None:
    assert token in tokens(text), text


@pytest.mark.parametrize(
    "text",
    [
        # forwards and deadlines, not a pass or a withdrawal
        "Will pass it to the hiring manager this week.",
        "We'll pass your CV to the hiring manager.",
        "If you pass the test we'll be in touch.",
        "This offer lapses on Friday at 5pm.",
        # conditionals and conditions
        "If references are unsatisfactory the offer will be withdrawn.",
        "We are unable to consider your application without your right to work documents.",
        "Don't worry if you're not one of the first to hear back.",
        "If your application has not made it through, we will email you.",
        # a decision still to come
        "We haven't made it through all the applications yet.",
        "Candidates found unsuitable will be notified by email.",
        # the reader's own decision, and someone else's candidacy
        "As you requested, we have withdrawn the offer.",
        "Thanks for referring Sam. Sadly his application has not made it through.",
        # the reader chosen, a neutral status, a post back
        "You're one of the people we'd like to interview.",
        "Status: In review - not selected candidates will be told by email",
        "The position was on hold, but I'm glad to say we have approval again.",
        "Is it a no-brainer? Yes.",
    ],
)
def test_fifth_pass_wording_leaves_conditionals_deadlines_and_others_alone(text: str) -> None:
    assert not tokens(text), text


def test_a_choice_verb_naming_someone_else_is_a_choice_of_another_even_with_regret() -> None:
    chose = negation.CHOSE_OTHER
    for text in (
        "I regret to say my colleagues choose another applicant.",
        "Sadly they went with another internal applicant.",
        "They picked the other finalist for the role.",
        "The job has been accepted by a different applicant.",
    ):
        assert chose in read_cues(text)[0].split(), text
    for text in (
        "Pay is a perfectly good reason to choose another role.",  # the reader's choice
        "If we choose another candidate we will let you know.",
        "Once we have selected another candidate we will write.",
        "We're delighted: we chose you over other candidates.",
    ):
        assert chose not in read_cues(text)[0].split(), text


def test_until_further_notice_is_no_condition() -> None:
    marks = read_cues("I'm afraid hiring is frozen until further notice.")[0].split()
    assert "neg_hiring" in marks
    assert not any(m.startswith("hyp_") for m in marks)
    marks = read_cues("We cannot confirm until the panel meets.")[0].split()
    assert any(m.startswith("hyp_") for m in marks)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # German, French, Spanish, Dutch: the same shared tokens as English
        ("Leider haben wir uns für eine andere Kandidatin entschieden.", negation.CHOSE_OTHER),
        ("Wir können Ihre Bewerbung leider nicht weiter berücksichtigen.", negation.READER_OUT),
        ("Die Position als Data Scientist ist mittlerweile besetzt.", negation.ROLE_GONE),
        ("Status: Abgelehnt", negation.STATUS_REFUSED),
        (
            "Nous ne pouvons pas donner une suite favorable à votre candidature.",
            negation.READER_OUT,
        ),
        ("Notre choix s'est porté sur une autre personne.", negation.CHOSE_OTHER),
        ("Le poste de UX Designer a depuis été pourvu.", negation.ROLE_GONE),
        ("Lamentablemente, no has sido seleccionado para el puesto.", negation.READER_OUT),
        ("Hemos decidido seguir adelante con otros candidatos.", negation.CHOSE_OTHER),
        ("Estado: Rechazado", negation.STATUS_REFUSED),
        ("Helaas is je sollicitatie afgewezen.", negation.READER_OUT),
        (
            "Helaas, we gaan door met een andere kandidaat.",
            negation.CHOSE_OTHER,
        ),
        ("De vacature is inmiddels vervuld.", negation.ROLE_GONE),
        # English, fifth pass (second round)
        (
            "Unfortunately your application for Planner (R97370) has not been successful on this "
            "occasion.",
            negation.READER_OUT,
        ),
        (
            "Your result did not reach the level required, and your application for Paralegal "
            "has now been closed.",
            negation.READER_OUT,
        ),
        (
            "The selectors have met; your name was not among those chosen for the interview list.",
            negation.READER_OUT,
        ),
        ("You have been rated ineligible for this position.", negation.READER_OUT),
        (
            "I'm sorry to let you know that your application did not pass the sift.",
            negation.READER_OUT,
        ),
        (
            "It was not placed among the best qualified, so it will not progress to interview.",
            negation.READER_OUT,
        ),
        ("Hey Tomasz - we're going a different direction on the hire.", negation.CHOSE_OTHER),
        (
            "We're taking forward applicants whose track record sits nearer to the job "
            "description.",
            negation.CHOSE_OTHER,
        ),
        (
            "We are moving ahead with a candidate with longer line-management experience.",
            negation.CHOSE_OTHER,
        ),
        ("We have had to rescind the offer of employment we made to you.", negation.READER_OUT),
        ("We can no longer honour the offer for Brand Manager.", negation.READER_OUT),
    ],
)
def test_languages_and_plain_outcomes_give_the_shared_token(text: str, token: str) -> None:
    assert token in tokens(text) | (set(read_cues(text)[0].split()) & {negation.CHOSE_OTHER}), text


@pytest.mark.parametrize(
    "text",
    [
        # the confirmations' conditionals and silence-means-no clauses in those languages
        "Falls Ihr Profil nicht zu dieser Stelle passt, speichern wir Ihre Unterlagen.",
        "Sie erhalten in jedem Fall eine Rückmeldung, auch wenn es eine Absage sein sollte.",
        "Eine Entscheidung ist noch nicht gefallen; wir melden uns.",
        "Sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre "
        "candidature n'a pas été retenue.",
        "En caso de no resultar seleccionado, conservaremos tus datos.",
        "Mocht je niet door gaan naar de volgende ronde, dan laten we je dat weten.",
        "Is er geen match, dan bewaren we je cv graag een jaar.",
        # neutral statuses and invitations
        "Statut : Reçue",
        "Estado: En revisión",
        "We willen je graag uitnodigen voor een tweede gesprek.",
        # English negatives of the second round
        "If your application has not been successful, we will let you know.",
        "As you requested, your application has been closed.",
        "Your application was not among the first received, but we will review it.",
        "If we go in a different direction we'll tell you.",
        "We will be moving forward with candidates who pass the assessment.",
        "If you did not pass the test, you can retake it in six months.",
        "This message went to you as an applicant of Ottoline Health.",
        "The position was on hold until the new quarter.",
        "The original offer has been cancelled and a new one issued with the new job title.",
    ],
)
def test_languages_and_plain_outcomes_leave_conditionals_and_invitations_alone(
    text: str,
) -> None:
    assert not tokens(text), text
    assert negation.CHOSE_OTHER not in read_cues(text)[0].split(), text


def test_the_guard_holds_invitations_and_offers_but_not_a_withdrawn_offer() -> None:
    invites = negation.invites_the_reader
    assert invites("Barista | Canopy Home | Interview requested \u2013 choose a time")
    assert invites("Admissions Officer \u2192 Invited to interview")
    assert invites("We'd like to invite you to an interview next week.")
    assert invites("Status: Upload your right-to-work documents")
    assert not invites("Unfortunately we will not be inviting you to interview.")
    assert not invites("Only candidates invited to interview will be contacted.")
    assert not invites("Create a profile and upload your CV just once.")
    assert not invites("No action needed from you.")
    assert negation.withdraws_the_offer("Sadly the conditional offer is withdrawn.")
    assert negation.withdraws_the_offer("We have had to rescind the offer of employment.")
    assert not negation.withdraws_the_offer("This offer lapses on Friday at 5pm.")
    assert not negation.withdraws_the_offer("We're delighted to offer you the role.")
