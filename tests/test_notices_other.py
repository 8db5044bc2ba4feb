"""Twenty-fifth pass, part Q (issue 11): other mail that still read as a decision on the
reader's application (rejectwatch.model.notices_other): staff news about someone appointed or a
post filled, a notice about an advert (a saved job filled, a posting gone, a post open again), a
rota's pause with work to come, a condition asked of the reader, a bid or a supplier refused.
Every message is written for these tests; each kind has refusal twins that keep their decision.
"""

from __future__ import annotations

import pytest

from readings import held_as_no_job, message_decisions

# (subject, body, sender): other mail, no decision on the reader's application
OTHER = [
    # staff news
    (
        "Org changes",
        "Effective today, Mark Frevert has been appointed chairman of Enron Wholesale, and Dave "
        "Delainey will take over as CEO of Enron Americas. We have selected Jeff to lead the new "
        "gas desk.",
        "office.chairman@enron.com",
    ),
    (
        "staffing",
        "FYI we filled the analyst position on the west desk - Tori starts on the 3rd. Can you "
        "set up her login?",
        "kim@enron.com",
    ),
    (
        "New hire",
        "We've brought on a new scheduler, Kevin, who will start next week. The position has "
        "been filled so please stop forwarding resumes.",
        "sara@enron.com",
    ),
    (
        "People news",
        "Congratulations to Maria Lopez, who has been promoted to Director of Gas Logistics. "
        "Maria replaces Tom Reyes, who retires at the end of the month. The role went to Maria "
        "after a long search.",
        "hr.news@enron.com",
    ),
    (
        "Houston office update",
        "We have chosen Kevin Presto to run the East Power desk. He will report to Tim Belden "
        "effective immediately.",
        "office.chairman@enron.com",
    ),
    # a notice about an advert
    (
        "Update on a job you saved",
        "The job you saved, Barista at Bean & Co, has been filled and is no longer accepting "
        "applications. Here are similar jobs near you:\n- Barista, Cafe Nero\n- Shift Lead",
        "alerts@jobboard.example",
    ),
    (
        "Job alert",
        "This posting is no longer available. The employer has closed this job. Browse 25 "
        "similar roles.",
        "jobalerts@network.example",
    ),
    (
        "Job alert: Data Analyst",
        "The Data Analyst role at Acme you were watching has closed. New matches for you this "
        "week:",
        "alerts@reviews.example",
    ),
    (
        "Vacancy: Senior Buyer",
        "The Senior Buyer role was offered to a colleague who accepted it last year, and now "
        "it's open again. If you're interested, apply by 30 June.",
        "hr@retail.example",
    ),
    (
        "Re-advertised",
        "This post was filled internally in 2022; the postholder has moved on, so we are "
        "advertising it again. Apply online.",
        "jobs@council.example",
    ),
    # a rota's pause, work to come
    (
        "shifts",
        "Sorry, there are no shifts for you this week - the client has cut back. Next week "
        "looks busier though, I'll be in touch Friday with times.",
        "rota@temps.example",
    ),
    # a condition
    (
        "Your application",
        "Hi Lee,\n\nWe can't put you through to the next stage without a right-to-work check. "
        "Please upload your passport or share code by Friday.\n\nThanks",
        "recruit@company.example",
    ),
    (
        "Next stage",
        "We can't move your application to interview without your references - could you send "
        "two referee contacts this week?",
        "hr@school.example",
    ),
    # a bid or a supplier refused
    (
        "RE: proposal",
        "Thanks for the pitch, Mike. After some back and forth we went with another vendor for "
        "the metering software. Happy to keep you in mind next year.",
        "buyer@enron.com",
    ),
    (
        "RFP result",
        "We regret to inform you that your bid for the pipeline inspection contract has not "
        "been selected. The contract was awarded to another contractor.",
        "purchasing@enron.com",
    ),
    (
        "Re: software eval",
        "We decided to go with a different vendor for the risk system - their pricing was "
        "better. Thanks for your time on the demo.",
        "it@enron.com",
    ),
    (
        "RE: catering quote",
        "Unfortunately the caterer declined the booking for the 12th. We'll go with the other "
        "supplier.",
        "events@enron.com",
    ),
]

# (subject, body, sender): refusals in the same words, each keeps its decision
REFUSALS = [
    (
        "Your application",
        "Dear Priya,\n\nThe Marketing Assistant post you applied for is no longer available to "
        "you. We have decided to progress other applicants.\n\nKind regards",
        "hr@company.example",
    ),
    (
        "Your application for Warehouse Operative",
        "Hi Tom,\n\nThank you for applying. Unfortunately, the post you applied for has been "
        "filled.\n\nRegards,\nHR",
        "jobs@warehouse.example",
    ),
    (
        "Head of Trading - outcome",
        "Dear Raj,\n\nThank you for applying for the Head of Trading role. We've appointed "
        "Grace Holloway, who has led our European desk, to the post. Thank you for applying, and "
        "we hope you'll stay with us.\n\nHR",
        "hr@enron.com",
    ),
    (
        "Your application",
        "Thank you for applying for the internal vacancy of Team Leader. I'm writing to let you "
        "know we've appointed Sarah Jones, who has led the night shift, to the role.",
        "hr@company.example",
    ),
    (
        "re: the desk role",
        "Hi Tom, I'm sorry to say the desk head job went to Phillip. Happy to talk it through.",
        "greg@enron.com",
    ),
    (
        "Update",
        "Sadly we have filled the vacancy with an internal candidate. Browse our other roles on "
        "the careers site.",
        "careers@company.example",
    ),
    (
        "Job update",
        "The job you applied for has been filled. We've found similar jobs you might like.",
        "alerts@jobboard.example",
    ),
    (
        "Application outcome",
        "Dear Sam, unfortunately the Procurement Officer post has been filled by another "
        "candidate. Thank you for applying.",
        "hr@council.example",
    ),
    (
        "Your bid",
        "Thanks for bidding on the job. The client has hired another freelancer.",
        "noreply@marketplace.example",
    ),
    (
        "Application update",
        "Sadly we're unable to take your application to the next stage. We wish you well.",
        "recruit@company.example",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), OTHER)
def test_other_mail_gives_no_decision(subject: str, body: str, sender: str) -> None:
    assert message_decisions(subject, body, sender) == set()


# (part R, merged beside this part: "another / a different / the other vendor or supplier" names
# no candidate, third_party.only_things, so no decision is read in these to be set aside and
# nothing is marked for the gate; the model alone scores them)
NEVER_READ = {"buyer@enron.com", "it@enron.com", "events@enron.com"}


@pytest.mark.parametrize(
    ("subject", "body", "sender"), [case for case in OTHER if case[2] not in NEVER_READ]
)
def test_other_mail_set_aside_is_held_below_filing(subject: str, body: str, sender: str) -> None:
    # (a decision read and set aside is marked as a thing refused: the gate holds the mail)
    assert held_as_no_job(subject, body, sender)


def test_part_r_leaves_no_decision_to_set_aside_in_a_supplier_chosen() -> None:
    chosen = [case for case in OTHER if case[2] in NEVER_READ]
    assert len(chosen) == 3
    for subject, body, sender in chosen:
        assert message_decisions(subject, body, sender) == set()
        assert not held_as_no_job(subject, body, sender)


@pytest.mark.parametrize(("subject", "body", "sender"), REFUSALS)
def test_refusals_in_the_same_words_keep_their_decision(
    subject: str, body: str, sender: str
) -> None:
    assert message_decisions(subject, body, sender)
    assert not held_as_no_job(subject, body, sender)
