"""Twenty-fourth pass, part B (issue 11): slice 22's wide English misses and the refusals the
last pass left unread, read in their general forms (rejectwatch.model.decisions_rested, and the
wider work, named others and relayed notes of decisions_wide and negation): a place not offered
in the past, the application's result negative, the client not moved ahead with the profile,
the matter let rest, "it" the application unsuccessful in passing, a silence rule applied after
its time, someone named taken on for the work, a platform's labelled note. Each kind in several
wordings and trades, with twins in the same words that carry no decision (a rule stated ahead in
a receipt, an invitation, "we'll let you know", a pause, a positive result, a payment or a
delivery not successful). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import message_decisions


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a place not offered, told in the past
        (
            "Farrier apprenticeship - selection",
            "Dear Owen,\n\nThank you for coming to the selection day. Your shoeing was tidy, but "
            "the panel has therefore not offered you a place on this year's apprenticeship.\n\n"
            "Regards,\nHilary",
        ),
        (
            "Stage school audition",
            "Hi Jess,\n\nThanks for auditioning. The directors have decided not to offer you a "
            "place in the autumn company.\n\nBest,\nTom",
        ),
        (
            "Deckhand season",
            "Morning Ravi, we haven't offered you a berth on the trawler this season, sorry - "
            "the skipper went for lads who've fished before.",
        ),
        # the application's result negative
        (
            "Your application - Westmoor Care Home",
            "Dear Applicant,\n\nWe write to inform you that the result of your application for "
            "the post of night carer is negative.\n\nYours faithfully,\nHR Office",
        ),
        (
            "Orchestra trial",
            "Dear Ms Lindqvist,\n\nThe outcome of your trial with the second violins was, sadly, "
            "negative. We thank you for your time with us.\n\nOrchestra Management",
        ),
        (
            "Application update",
            "Hello,\n\nYour application result: negative.\n\nThank you for applying to "
            "Greystone Logistics.",
        ),
        # the client not moved ahead with the reader's profile
        (
            "Update - Senior Estimator role",
            "Hi Femi,\n\nJust a quick update: the client has not moved ahead with your profile "
            "for the estimator role. I'll keep an eye out for other projects.\n\nCheers,\nLouise",
        ),
        (
            "RE: Payroll Analyst",
            "Hi Dana, I heard back from the hiring manager and unfortunately they didn't move "
            "forward with your CV for the payroll analyst role.\n\nBest, Mark",
        ),
        # the matter let rest
        (
            "Re: kitchen porter trial",
            "Hi Luca,\n\nThanks for coming in on Saturday. We'll let this one rest here, but "
            "good luck with the search.\n\nChef Anna",
        ),
        (
            "Your application - Garden Centre Assistant",
            "Dear Kim,\n\nThank you for your interest. I think we'll let your application rest "
            "there on this occasion.\n\nKind regards,\nBeth",
        ),
        (
            "Re: studio assistant",
            "Hi Noor - thanks for sending the portfolio. We're going to leave it there for this "
            "role, I'm afraid.\n\nMaya",
        ),
        # "it" the application, unsuccessful, in passing
        (
            "Bakery job",
            "Hi Sam,\n\nThanks for applying for the weekend baker job. I'm afraid it hasn't "
            "been successful this time, but do pop in for a coffee.\n\nRosa",
        ),
        (
            "Re: stable hand",
            "Hi Ellie, about your application for the yard - sadly it wasn't successful. Good "
            "luck with everything.\n\nJo",
        ),
        (
            "Following up",
            "Dear Mr Osei,\n\nI'm writing about your application to the surveying team. "
            "Unfortunately, it has not been successful on this occasion.\n\nRegards,\nPriya",
        ),
        # a silence rule applied after its time
        (
            "Groundsperson post",
            "Dear Ana,\n\nThe closing date for the groundsperson post was 3 March and 14 days "
            "have now passed. As our advert said, a lack of response by then means you have "
            "not been successful.\n\nKind regards,\nParish Office",
        ),
        (
            "Library assistant vacancy",
            "Dear applicant,\n\nThe shortlisting period is now over. As set out in the advert, "
            "the absence of any contact from us means your application was unsuccessful.\n\n"
            "Library Services",
        ),
        # someone named taken on for the work, or the work given to them
        (
            "Re: pot wash",
            "Hi Kayla, we've hired Dev as our new pot-washer - he started last week. Thanks for "
            "dropping your CV in though!",
        ),
        (
            "Joinery apprenticeship",
            "Hello Sam, just to let you know we've taken on Priya for the joinery apprenticeship. "
            "Best of luck elsewhere.",
        ),
        (
            "Salon chair",
            "Hi Mo, thanks for the trial cut. We're giving the chair to Kerry who's been doing "
            "our Saturdays since the spring. Sorry!",
        ),
        (
            "Saddlery bench",
            "Dear Jude,\n\nThank you for the sample stitching. The apprentice bench is going to "
            "an applicant who has already finished the leatherwork foundation.\n\nMargo",
        ),
        # a platform's labelled note
        (
            "New message on your proposal",
            "Client's note: \"Thanks for the demo reel, but we've gone with a voice artist who "
            'has more radio credits."\n\nKeep browsing jobs on the board.',
        ),
    ],
)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a place not offered yet, or on a condition
        (
            "Farrier apprenticeship",
            "Dear Owen,\n\nWe have not offered you a place yet, as we're waiting on your "
            "references.\n\nHilary",
        ),
        (
            "Course places",
            "Hi Jess, the directors haven't given you a place until the medical forms are back, "
            "so please send them.",
        ),
        # a result that is no application's, or positive
        (
            "Your pre-employment screening",
            "Dear Luis,\n\nThe result of your drug screen is negative, so we can confirm your "
            "start date of 4 May.\n\nHR",
        ),
        (
            "Your application - Westmoor Care Home",
            "Dear Applicant,\n\nThe result of your application for the post of night carer is "
            "positive: we would like to invite you to an interview.\n\nHR Office",
        ),
        # the client not moved ahead yet
        (
            "Update - Senior Estimator role",
            "Hi Femi, the client hasn't moved ahead with your profile yet - they're still "
            "reviewing CVs this week.\n\nLouise",
        ),
        (
            "Payroll Analyst",
            "Hi Dana, if the hiring manager doesn't move forward with your CV, I'll put you "
            "forward for the other role.",
        ),
        # a pause, or "we'll let you know"
        (
            "Re: kitchen porter trial",
            "Hi Luca, we'll let this one rest here for now and pick it up after the holidays. "
            "We'll let you know.",
        ),
        (
            "Your application - Garden Centre Assistant",
            "Dear Kim,\n\nLet's leave it there for today; we'll be in touch on Monday with next "
            "steps.\n\nBeth",
        ),
        # "it" a payment, a delivery, a test
        (
            "Application fee",
            "Hi Sam, we tried to take the payment for your application fee but it hasn't been "
            "successful. Please update your card details.",
        ),
        (
            "Your application pack",
            "Hi Ellie, thanks for your application. We tried to deliver the welcome pack "
            "yesterday - it wasn't successful, so it's at the depot.",
        ),
        # the silence rule stated ahead in a receipt
        (
            "Application received - Groundsperson",
            "Dear Ana,\n\nThank you for applying for the groundsperson post. A lack of response "
            "by the closing date plus 14 days means you have not been successful.\n\nParish "
            "Office",
        ),
        (
            "We have your application",
            "Thanks for applying. The absence of any contact from us within three weeks of the "
            "closing date means your application was unsuccessful.",
        ),
        # someone taken on beside the reader, or more staff
        (
            "Joinery apprenticeship",
            "Hello Sam, we've taken on Priya for the joinery apprenticeship too, so you'll be "
            "working together from June.",
        ),
        (
            "Summer staff",
            "Hi all, we've hired extra staff for the summer season. Rotas are attached.",
        ),
        (
            "Recruitment news",
            "This year we've taken on Marcus for the forge apprenticeship and Ella for the "
            "office. Welcome both!",
        ),
        (
            "Your interview",
            "Hi Tom, we've appointed Sarah as our new apprentice coordinator and she will "
            "contact you to arrange your interview.",
        ),
        # the work given to someone covering for the reader
        (
            "Rota",
            "Hi Sam, we're giving the Saturday shift to Ros who's covering for you while you're "
            "away.",
        ),
        # a decision held for papers still awaited
        (
            "Your application",
            "Hi Tom, we have not moved forward with your application because we still need your "
            "right-to-work documents. Please send them.",
        ),
        # "it" the application, on a condition, or successful
        (
            "Your application",
            "Thank you for your application. If it isn't successful, we'll keep your CV on file.",
        ),
        (
            "Update",
            "Thanks for applying for the warehouse role. I'm pleased to say it has been "
            "successful and we'd like to offer you the job.",
        ),
        # an invitation
        (
            "Interview",
            "Hi Mo, thanks for applying. We'd like to invite you for a trial cut on Thursday.",
        ),
    ],
)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
