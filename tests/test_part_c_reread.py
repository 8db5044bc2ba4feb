"""Twenty-third pass, part I (issue 11): the re-read of part C, and protected mail that must
never be filed.

Part C (rejectwatch.model.things_refused, score_rules) left a decision unread when its sentence
named a thing that is no job (a plot, a flat, a loan, a pull request, a podcast) and none of
its job words: real job refusals said "the patch crew", "our mortgage team", "progressing you",
"the take-home", "someone else to produce the podcast". Here they stay decided; a piece of
writing sent to an outlet (an essay, a poem, "not one for the magazine") and a school or
course place join the things that are no job. A score refusal told as what the sender cannot
do now for the reader stays read; a band's rule stays unread.

The guard (classifier.held_back) holds offers and invitations whose negations are about
something else ("not conditional on any further interview", "we don't want to keep you
waiting, so ..."), the reader appointed ("it gives us pleasure to appoint you as"), and the
shipped model files none of the protected mails below, each full of "not", "unfortunately",
"no longer" and "regret".

Every sentence is written for these tests (none is a slice's or a batch's).
"""

from __future__ import annotations

import pytest

from readings import message_decisions
from rejectwatch.model import classifier
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.gate import no_job_decision


def _no_job_decision(subject: str, body: str) -> bool:
    texts, sentences = documents_to_views([Document(subject, body, "someone@example.org")])
    return no_job_decision(texts[0], sentences[0])


# Job refusals naming a thing of part C's list: still decisions, the gate open
JOB_REFUSALS = [
    ("Re: Gardener", "Sadly we won't be taking you on to look after the plots this season."),
    (
        "Re: Grounds",
        "We've given the plot maintenance work to someone with more tree experience, sorry.",
    ),
    ("Re: Loans", "Sadly we won't be moving you forward for the loans processing team."),
    ("Re: Mortgages", "We've decided not to take you on for the mortgage team this time."),
    ("Re: Summer roads", "We've picked someone else for the patch crew this summer."),
    (
        "Re: Summer roads",
        "The patch crew is full now - we went with someone who has a driving licence.",
    ),
    ("Re: Podcast", "Thanks for coming in. We've chosen someone else to produce the podcast."),
    (
        "Re: Take-home",
        "Your pull request didn't pass our review, so we won't be progressing you to the next "
        "stage.",
    ),
    (
        "Re: Take-home",
        "Your patch for the take-home didn't meet the bar, so we won't take things further.",
    ),
    (
        "Re: Backend take-home",
        "We decided not to proceed with your application after reviewing your pull request.",
    ),
    (
        "Re: Sub-editor",
        "Thanks for the test article. We've decided not to take your application further.",
    ),
    (
        "Re: Teaching Assistant",
        "We won't be progressing you to interview for the reception class post this time.",
    ),
]

# Things that are no job, in a job refusal's words: no decision, the gate shut
THINGS = [
    (
        "Your essay",
        "Thanks for letting us read your essay. We read it twice and it's not one for the "
        "magazine, so we'll pass.",
    ),
    (
        "Your poem",
        "Thank you for sending the poem. We've decided not to take it for the anthology.",
    ),
    (
        "School place",
        "We cannot offer Ada a place for September. Every place went to children ranked higher "
        "under the admissions criteria.",
    ),
    (
        "Reception place",
        "Sorry, the last reception place went to a family who live nearer the school gates.",
    ),
    (
        "Nursery",
        "Sorry, all the nursery places have gone to families nearer the top of the list.",
    ),
]

# Score refusals told of the reader: still decisions
SCORE_REFUSALS = [
    "With a score below the pass mark we cannot progress your application.",
    "Scoring below the threshold means we are unable to progress you further.",
    "Your score of 54 was below the pass mark, so we cannot progress you.",
]

# ... and rules of a band, in a confirmation: no decision
SCORE_RULES = [
    "Thanks for applying. A score below the pass mark will mean we are not able to progress an "
    "application.",
    "Thanks. Any score under the cut-off means the panel cannot take an application further.",
    "Applications below the minimum score cannot progress to interview; we will write to "
    "everyone by Friday.",
]

# English receipts whose refusal is a conditional ("pass or fail", "whether or not", "either
# way"): no decision
RECEIPTS = [
    "Thanks for applying to the apprenticeship. Pass or fail, everyone hears from us by 20 "
    "March, and anyone not shortlisted gets a letter saying so.",
    "We've got your application. Whether or not you're shortlisted, we'll email you by Friday.",
    "Your application has arrived safely. Either way, we will let you know by the end of the "
    "month.",
    "Thanks for your CV. Successful or not, you'll get an answer from us within two weeks.",
]

# Offers and invitations whose negations are about something else: held by the guard
HELD = [
    ("Offer", "We don't want to keep you waiting so we'd like to offer you the job now."),
    (
        "Offer",
        "We didn't need a second interview to decide and we're delighted to offer you the "
        "Receptionist role.",
    ),
    ("Offer", "It's not often we say this after one chat but we'd love to offer you the post."),
    (
        "Offer",
        "This is not conditional on any further interview and we are pleased to offer you the "
        "role of Groundskeeper.",
    ),
    ("Offer", "No longer a maybe - we're offering you the Kitchen Porter job from Monday."),
    ("Offer", "Unfortunately for the other finalists we have chosen you for the Bar job."),
    (
        "Interview",
        "We couldn't decide from the CVs alone so we'd like to invite you to an interview on "
        "Friday.",
    ),
    (
        "Interview",
        "We weren't able to call you but you have been invited to the final round on Tuesday.",
    ),
    (
        "Scan 0412.pdf (text)",
        "Dear Ms Ortiz,\n\nIt gives us pleasure to appoint you as Grounds Supervisor, starting\n"
        "2 March. This appointment is not conditional on any further\ninterview; please sign "
        "the copy enclosed.\n\nYours sincerely",
    ),
    ("Re: Lifeguard", "We'd like to take you on as a lifeguard from next week."),
    ("Assessment", "You are still invited to our assessment centre, now on 19 June."),
    (
        "Interview",
        "I'm afraid Tuesday no longer works. Would Wednesday at 10:00 suit for your "
        "interview instead?",
    ),
]

# Refusals with a courtesy after a break: not held
NOT_HELD = [
    "Unfortunately we went with someone else but we'd like to offer you feedback on the day.",
    "We have not selected you this time and we would like to offer you a call to discuss.",
    "Sadly we can't take you forward, but we'd like to invite you to join our talent pool.",
    "We won't be offering you the role - we'd love to keep your CV on file.",
    # (after a comma too: the guard held these on main)
    "Unfortunately we went with someone else, but we'd like to offer you feedback on the day.",
    "Sadly we chose another applicant, but we'd like to offer you a place on our talent pool.",
    "We won't be moving you forward, but we'd love to invite you to apply for future roles.",
]

# Protected mail full of negations, regrets and old dates: never filed by the shipped model
PROTECTED = [
    (
        "Offer of employment",
        "Hi Priya, we're not going to keep you waiting any longer: we'd like to offer you the "
        "Sous Chef role, starting 4 January. No further interview is needed. Unfortunately the "
        "contract won't be ready until Monday, so please don't resign just yet.",
    ),
    (
        "Your offer",
        "Dear Tom, it gives us great pleasure to appoint you as Site Supervisor from 1 March. "
        "The appointment is not conditional on references, and nothing else is required from "
        "you except to sign and return the enclosed copy.",
    ),
    (
        "Good news",
        "Hi Sam - you won't need to do the second interview after all. The panel was unanimous "
        "and we'd love to offer you the post of Care Assistant. Sorry this took longer than we "
        "promised.",
    ),
    (
        "Barista",
        "Hey Jess, no need for a trial shift, we've seen enough! The job is yours if you want "
        "it. I'm afraid we can't do weekends off, but the rota is flexible otherwise.",
    ),
    (
        "Re: Warehouse Operative",
        "Hi Dan, I regret the delay in getting back to you. We are pleased to offer you the "
        "position on a permanent contract. There is no probation extension and no further "
        "checks.",
    ),
    (
        "Interview rescheduled",
        "Unfortunately the panel chair is unwell, so your interview on 3 May can no longer go "
        "ahead on that date. Could you do Thursday 8 May at 2pm instead? We're sorry for the "
        "change.",
    ),
    (
        "Interview - new date",
        "Hi Amir, I'm afraid Tuesday no longer works for us. Would Wednesday at 10:00 suit for "
        "your interview instead? Apologies, this is not a reflection on your application.",
    ),
    (
        "Re: Trial shift",
        "Sadly the kitchen flooded, so we can't do your trial shift on Friday. Not to worry - "
        "we'd still like to see you, so please pick a new slot here and we'll go from there.",
    ),
    (
        "Next steps",
        "Hi Lola, you're through to the next stage! Please complete the online assessment by "
        "Sunday. It's not timed, there are no wrong answers, and you won't need any special "
        "software.",
    ),
    (
        "Your interview",
        "Dear Kofi, we would like to invite you to interview for the Pharmacy Technician role. "
        "Unfortunately our car park is closed, so please don't drive; there's no need to bring "
        "certificates.",
    ),
    (
        "Assessment day",
        "We regret that the original date of 12 June is no longer available. You are still "
        "invited to our assessment centre, now on 19 June. Nothing else is required from you "
        "before then.",
    ),
    (
        "Offer of a place",
        "Dear Mia, I'm delighted to tell you that you have been offered a place on our 2027 "
        "apprenticeship scheme. This offer is not subject to a further interview. We won't need "
        "anything else until your start date.",
    ),
    (
        "Re: Lifeguard",
        "Good news, you passed! We don't need you to redo the pool test and we'd like to take "
        "you on as a lifeguard from next week. Sorry I didn't call, signal was awful.",
    ),
    (
        "Your appointment",
        "Dear Ms Hale, I am writing to confirm that you are appointed to the post of Library "
        "Assistant. You will not be required to attend a further interview, and there is no "
        "need to reply before Friday.",
    ),
    (
        "Re: Next steps",
        "Not long now! We'd love you to come in for a final chat with the director on Monday - "
        "no preparation needed, and don't worry about dressing up. Unfortunately parking is "
        "limited.",
    ),
    (
        "Offer",
        "Hi Noor, we didn't think twice: we want you on the team. The offer letter is attached. "
        "Regrettably we cannot move the start date, but nothing else is outstanding.",
    ),
    (
        "Scan 20261130-221.pdf (text)",
        "[ScanMate OCR - text recognised from page 1]\n\nHARBOUR LEISURE TRUST\n\nDear Ms "
        "Ortiz,\n\nIt gives us pleasure to appoint you as Grounds Supervisor, starting\n2 March. "
        "This appointment is not conditional on any further\ninterview; please sign the copy "
        "enclosed and return it.\n\nYours sincerely\n\n\nBen Achterberg\n\n- 1 -",
    ),
]


@pytest.mark.parametrize(("subject", "body"), JOB_REFUSALS)
def test_a_job_refusal_naming_a_thing_stays_decided(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
    assert not _no_job_decision(subject, body)


@pytest.mark.parametrize(("subject", "body"), THINGS)
def test_writing_and_school_places_refused_read_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
    assert _no_job_decision(subject, body)


@pytest.mark.parametrize("body", SCORE_REFUSALS)
def test_a_score_refusal_told_of_the_reader_stays_decided(body: str) -> None:
    assert message_decisions("Your application", body)


@pytest.mark.parametrize("body", SCORE_RULES + RECEIPTS)
def test_a_rule_or_a_receipts_conditional_reads_no_decision(body: str) -> None:
    assert not message_decisions("Application received", body)


@pytest.mark.parametrize(("subject", "body"), HELD)
def test_an_offer_or_invitation_with_negations_about_else_is_held(subject: str, body: str) -> None:
    assert classifier.held_back(Document(subject, body, ""))


@pytest.mark.parametrize("body", NOT_HELD)
def test_a_refusals_courtesy_after_a_break_is_not_held(body: str) -> None:
    assert not classifier.held_back(Document("Your application", body, ""))


@pytest.fixture(scope="module")
def shipped() -> classifier.Model:
    return classifier.load()


def test_the_shipped_model_files_no_protected_mail(shipped: classifier.Model) -> None:
    docs = [Document(subject, body, "someone@example.org") for subject, body in PROTECTED]
    scores = shipped.scores(docs)
    filed = [
        (doc.subject, round(score, 3))
        for doc, score in zip(docs, scores, strict=True)
        if score >= shipped.filing_threshold
    ]
    assert not filed
    # and the guard holds each that would be read as an offer or an invitation
    assert sum(classifier.held_back(doc) for doc in docs) >= len(docs) - 2


_FORWARD = (
    "Passing this on - it came to the family address.\n\n---------- Forwarded message "
    "---------\nFrom: Bay Joinery <hr@bayjoinery.example>\nSubject: Apprenticeship 2027\n\n"
)


def test_a_forwarded_receipt_is_read_as_a_receipt() -> None:
    # the forward's own note says nothing; the forwarded mail is a receipt whose refusal is
    # still to come: no decision, held below filing by the gate
    receipt = _FORWARD + (
        "Your application for our joinery apprenticeship has arrived safely. Anyone not "
        "shortlisted gets a letter saying so."
    )
    assert not message_decisions("Fwd: Apprenticeship 2027", receipt)
    assert _no_job_decision("Fwd: Apprenticeship 2027", receipt)
    # ... a forwarded refusal stays decided, the gate open
    refusal = _FORWARD + (
        "Your application for our joinery apprenticeship has arrived safely, thank you. Sadly "
        "all the places went to other applicants, so we won't take it further."
    )
    assert message_decisions("Fwd: Apprenticeship 2027", refusal)
    assert not _no_job_decision("Fwd: Apprenticeship 2027", refusal)
