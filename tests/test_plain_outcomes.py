"""Seventh pass (issue 11): more plain outcome wording read by rule
(rejectwatch.model.plain_outcomes, negation), each kind with the negatives it must leave alone,
and the gate's narrower exclusions (rejectwatch.model.gate)."""

from __future__ import annotations

import pytest

from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader
from rejectwatch.model.negation import read_cues

TOKENS = {negation.STATUS_REFUSED, negation.READER_OUT, negation.ROLE_GONE, negation.CHOSE_OTHER}


def tokens(text: str) -> set[str]:
    return set(read_cues(text)[0].split()) & TOKENS


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # the reader not selected or not taken on
        ("After review, you have not been selected for this role.", negation.READER_OUT),
        ("Your application was not shortlisted this time.", negation.READER_OUT),
        ("Yours will not be referred to the hiring manager.", negation.READER_OUT),
        (
            "It fell short of the standard, so you won't be invited to interview.",
            negation.READER_OUT,
        ),
        (
            "We're sorry, but we can't take your application for the Backend Engineer vacancy "
            "through to interview.",
            negation.READER_OUT,
        ),
        ("Unfortunately the client is not putting you through to interview.", negation.READER_OUT),
        (
            "However, your name did not go forward to the selecting official.",
            negation.READER_OUT,
        ),
        ("Regret to inform that your name is not there in the shortlist.", negation.READER_OUT),
        (
            "Your application was not assessed as suitable to go any further.",
            negation.READER_OUT,
        ),
        ("You were screened out because your application did not show EX2.", negation.READER_OUT),
        ("We've looked at your application and it won't be going further.", negation.READER_OUT),
        # a decision not to take the reader on, by the employer's side
        (
            "After the trial the head chef has decided not to offer you a position.",
            negation.READER_OUT,
        ),
        (
            "The committee has decided not to take your application further.",
            negation.READER_OUT,
        ),
        # the employer not taking the reader on
        (
            "After all the applications, we haven't selected you for an interview.",
            negation.READER_OUT,
        ),
        ("Updated: Stripe declined your application for UX Designer.", negation.READER_OUT),
        ("Quantum Leaf is no longer considering your application.", negation.READER_OUT),
        ("We will not be offering you the job, I'm sorry.", negation.READER_OUT),
        ("We are unable to extend you an offer to join this year's class.", negation.READER_OUT),
        ("We are not able to offer you a spot in this year's programme.", negation.READER_OUT),
        ("As I mentioned, we're not going ahead with your application.", negation.READER_OUT),
        ("Unfortunately we are not able to proceed with it at this time.", negation.READER_OUT),
        # the profile judged not to match
        (
            "Unfortunately your profile is not the right match for this particular opening.",
            negation.READER_OUT,
        ),
        ("Your experience does not match what we are looking for.", negation.READER_OUT),
        # someone else chosen in other words
        (
            "We extended an offer to someone who'd been in our pipeline longer.",
            negation.CHOSE_OTHER,
        ),
        (
            "At the end the choice of the team fell on a person who knows our ERP system.",
            negation.CHOSE_OTHER,
        ),
        ("Not this time mate, they picked an internal.", negation.CHOSE_OTHER),
        ("We felt other profiles were a stronger match for the scope.", negation.CHOSE_OTHER),
        # the post filled
        ("Hey Daniel - they've filled it, sorry.", negation.ROLE_GONE),
        ("Just so you know, we hired for the clerk opening last week.", negation.ROLE_GONE),
        # the news and the subject
        ("Sorry again it wasn't better news on Content Strategist.", negation.READER_OUT),
        (
            "Unsuccessful application - Site Reliability Engineer\nPlease see the letter.",
            negation.READER_OUT,
        ),
        # an offer withdrawn with words between, a candidature rejected
        (
            "This letter confirms that the conditional offer dated 3 May is rescinded.",
            negation.READER_OUT,
        ),
        ("It is informed that your candidature has been rejected.", negation.READER_OUT),
        # German and Spanish wordings of the same
        (
            "Nach Prüfung haben wir uns für eine Kandidatin entschieden, deren Erfahrung passt.",
            negation.CHOSE_OTHER,
        ),
        (
            "Lamentamos comunicarte que en esta ocasión no continuarás a la siguiente fase.",
            negation.READER_OUT,
        ),
    ],
)
def test_seventh_pass_wording_gives_its_token(text: str, token: str) -> None:
    assert token in tokens(text), (text, read_cues(text)[0])


@pytest.mark.parametrize(
    "text",
    [
        # conditionals and silence-means-no clauses of confirmations
        "If you have not been selected, you will hear from us by 3 May.",
        "No message from us 14 days after the advert closes means your application will not be "
        "going further.",
        "Silence from us for ten working days means, regrettably, that you have not been selected.",
        "If we cannot take your application forward to interview, we will tell you.",
        "Don't worry if your experience doesn't match every requirement.",
        "Should your profile not be the right match, we will keep it on file.",
        # still to come
        "We are not able to invite you to interview until we receive your documents.",
        "Once we've filled the role, we will let everyone know.",
        "You're not being invited to interview yet; the panel meets on Friday.",
        "If we are not offering you an interview, we will tell you.",
        "We haven't selected you yet; the panel meets on Friday.",
        "We will be offering you the job on Monday.",
        "We are unable to proceed with your application until we receive your ID.",
        # others, not the reader
        "Applicants who have not been selected will be notified by email.",
        "One of your applicants, Sven, has decided not to continue.",
        "Sven has decided not to proceed with his application.",
        "Only candidates invited to interview will be contacted.",
        # an offer's aside, and the reader's own choice
        "We're delighted to offer you the role; we've decided not to go with the other finalists.",
        "Sorry you've decided not to proceed with your application.",
        # neither a decision nor about the reader's application
        "We have hired for similar roles before, so we know the market.",
        "We don't give feedback on unsuccessful applications.",
        "Your password does not match.",
        "Not quite right? Rate these jobs and we'll sharpen your matches.",
        "The offer letter we sent yesterday was withdrawn and replaced by a corrected one.",
    ],
)
def test_seventh_pass_wording_leaves_conditionals_others_and_the_undecided_alone(
    text: str,
) -> None:
    assert not tokens(text), (text, read_cues(text)[0])


def test_apostrophe_less_negations_are_negations() -> None:
    marks = read_cues("hi thanks for sat. we wont be offering u the job sorry")[0].split()
    assert "neg_offering" in marks
    assert "neg_job" in marks
    # a word that merely starts like one is not
    assert not read_cues("The dontology meetup is on Friday.")[0]


def test_mail_about_someone_elses_candidacy_carries_its_own_mark() -> None:
    assert (
        negation.ABOUT_OTHER
        in read_cues("Quick one: Deepika (your referral) wasn't selected for Gameplay Programmer.")[
            0
        ].split()
    )
    assert (
        negation.ABOUT_OTHER
        not in read_cues("Unfortunately you have not been selected for Gameplay Programmer.")[
            0
        ].split()
    )


def test_the_gate_reads_public_sector_referrals_and_negated_invitations_as_decisions() -> None:
    docs = [
        # "referred" is a public-sector step here, not a referral of a friend
        Document(
            "Eligible list results",
            "Only the Best Qualified group is being referred for interview now; yours will not "
            "be referred.",
            "",
        ),
        # an invitation the reader is told they will not get
        Document(
            "Sift outcome",
            "Unfortunately it fell short of the required standard, so you won't be invited to "
            "interview.",
            "",
        ),
    ]
    assert decided_for_reader(docs) == [True, True]


def test_the_gate_still_shuts_for_referrals_invitations_and_silence() -> None:
    docs = [
        Document("Referral", "Thanks for your referral. Sam was not selected, sorry.", ""),
        Document("Re: Sam", "You referred Sam for the role; they were not selected.", ""),
        Document(
            "Your applications",
            "Analyst: not selected\nDesigner: you've been invited to interview - choose a time",
            "",
        ),
        Document(
            "Acknowledgement",
            "Silence from us for ten days after the deadline means you have not been selected.",
            "",
        ),
    ]
    assert decided_for_reader(docs) == [False, False, False, False]


def test_the_guard_holds_a_referred_friends_outcome_a_saved_job_and_the_readers_own_choice() -> (
    None
):
    held = [
        Document("Re: Thanks", "Quick one: Deepika (your referral) wasn't selected, sorry.", ""),
        Document(
            "Referral update",
            "Thanks for referring a friend! Candidate: Sam Suzuki\nStatus: Unsuccessful",
            "",
        ),
        Document("Re: Elif", "Re your friend Elif - we went with someone internal.", ""),
        # a job the reader saved and never applied to
        Document(
            "Your saved jobs: 1 update",
            "You saved DevOps Engineer at Waypoint but haven't applied. Unfortunately the "
            "listing has now expired.",
            "",
        ),
        # the reader's own decision
        Document("Re: withdrawing", "Role: SEO Specialist\nStatus: Withdrawn by candidate", ""),
        Document(
            "Re: Interview invitation",
            "I'll let the hiring manager know, and I've closed your candidacy at your request.",
            "",
        ),
        Document(
            "Re: good news",
            "Thanks for letting me know you've signed with Kittering Bros. Sorry we couldn't "
            "get one of mine over the line.",
            "",
        ),
        Document(
            "Re: Cabin Crew offer",
            "I was sorry to hear you won't be accepting the offer, but I understand.",
            "",
        ),
    ]
    assert all(held_back(doc) for doc in held)
    # the reader's own application that came through a referral is theirs
    own = [
        Document(
            "Your application",
            "Thank you for applying for Data Analyst through an employee referral from Hiroshi. "
            "Unfortunately we won't be taking your application further.",
            "",
        ),
        Document(
            "Your referral for Brand Manager",
            "Lars referred you for Brand Manager. Sadly you have not been selected.",
            "",
        ),
        # a rejection that mentions saved jobs and decisions in passing
        Document(
            "Your application",
            "We have decided to move forward with other candidates. Browse your saved jobs for "
            "more roles.",
            "",
        ),
    ]
    assert not any(held_back(doc) for doc in own)
