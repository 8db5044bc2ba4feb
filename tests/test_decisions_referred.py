"""Twenty-fifth pass, part R (issue 11): written-35's misreadings, in general forms
(rejectwatch.model.decisions_referred; third_party.only_things, decisions_crewed's vendor
guard and negation._ABOUT_OTHER's colleague made ready).

Refusals that must carry a decision token: the reader missed or was left off the list that goes
on (a shortlist, a referral list, a certificate); another recommended or picked for the post in a
thread; the application short of the bar for the next stage; an eligible list expired or the
reader removed from it; an announcement withdrawn with no selection. Twins that must stay
unread: a shortlist still to come, the reader referred or recommended, "make the list", advice,
a list that will expire, a selection still ahead. Business mail about a third party (a colleague
hired and made ready, a supplier declined or another vendor chosen) carries no decision token
about the reader. Every sentence is written for these tests, in several trades and countries."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # the reader missed or was left off the list that goes on
    (
        "Your application to Harbourside Arts Trust",
        "Dear Aisling,\n\nThe Learning Officer post drew 140 applications this spring, and yours "
        "missed the shortlist.\n\nWith best wishes,\nHarbourside Arts Trust",
    ),
    (
        "Site Engineer - Melbourne",
        "Hi Callum,\n\nThanks for applying. Your application narrowly missed out on the interview "
        "list for the Site Engineer role.\n\nRegards,\nTalent team",
    ),
    (
        "Notice of results - Program Analyst",
        "Your application was reviewed and rated eligible. It was left off the referral list "
        "issued to the hiring manager, as candidates in a higher category were referred first.",
    ),
    (
        "Clerical Officer competition",
        "We wish to advise that your name was omitted from the list of qualified candidates "
        "sent to the interview board for this competition.",
    ),
    # another recommended or picked for the post
    (
        "RE: Re: Lectureship visit",
        "Thanks again for your talk. The selection committee has recommended Priyanka for "
        "appointment and the Head of School approved it this morning.",
    ),
    (
        "RE: [EXT] Head chef chat",
        "Sorry for the slow reply, Tom. The board picked Declan in the end; his years running a "
        "hotel kitchen tipped it.",
    ),
    (
        "Re: Parish administrator",
        "The panel went with Moira in the end, who has done the job at a neighbouring parish. "
        "Thank you for coming in on Tuesday.",
    ),
    (
        "Re: Clinic manager interview",
        "Quick update from us: the partners have offered the role to Dr Okafor for the clinic "
        "manager post, and she has accepted.",
    ),
    # short of the bar for the next stage
    (
        "Graduate Actuarial Programme",
        "Your application has been scored against our criteria, and it falls short of the mark "
        "needed to go on to the assessment centre.",
    ),
    (
        "Your Paralegal application",
        "Thank you for applying. Your application came just short of the standard required for "
        "shortlisting this time.",
    ),
    # an eligible list expired, or the reader removed from it
    (
        "Eligible list update",
        "The eligible list for Correctional Officer Trainee expired on 30 June. Candidates on it "
        "who were not appointed, including you, have been removed.",
    ),
    (
        "Employment list CT-2",
        "The employment list for Clerk Typist II has lapsed, and no further appointments will "
        "be made from it.",
    ),
    # an announcement withdrawn with no selection
    (
        "Announcement withdrawn",
        "The agency has cancelled vacancy announcement 24-118 in its entirety, and applications "
        "made under it are closed.",
    ),
    (
        "Recruitment update - Planning Officer",
        "The council has rescinded the advertisement. There will be no appointment from this "
        "campaign, and your application is closed.",
    ),
]

TWINS = [
    # a shortlist still to come, a deadline missed, the reader referred or recommended
    (
        "Your application to Harbourside Arts Trust",
        "Dear Aisling,\n\nThanks for applying. The shortlist will be announced next week, and "
        "everyone will hear either way.",
    ),
    (
        "Shortlisting",
        "In case you missed the shortlist email yesterday, your interview is on Thursday at 10.",
    ),
    (
        "Notice of results - Program Analyst",
        "Good news: you've been referred to the hiring manager for the Program Analyst post. "
        "You may be contacted for an interview.",
    ),
    (
        "Re: Graduate programme",
        "You'll need a strong cover letter to make the list, so take your time over it.",
    ),
    (
        "Re: Lectureship visit",
        "Great talk. The committee has recommended you for the panel interview next Friday.",
    ),
    (
        "Re: Lectureship visit",
        "Wonderful news: the committee has recommended you for appointment, and HR will send "
        "the contract.",
    ),
    (
        "Re: conference",
        "The committee picked Lisbon in the end, so book flights for June.",
    ),
    # advice, conditions, a list still current
    (
        "Application tips",
        "Make sure it doesn't fall short of the mark needed to go on to interview: tailor your "
        "CV to the criteria.",
    ),
    (
        "Your application",
        "If it falls short of the mark needed to go on to interviews, we will write to you.",
    ),
    (
        "Eligible list DRHS-22",
        "You have been placed on the eligible list for Hydrologic Technician. The list will "
        "expire in 12 months unless extended.",
    ),
    (
        "Announcement 24-118",
        "There will be no selection from this announcement until the second cut-off closes in May.",
    ),
    # business mail about a third party
    (
        "RE: Desk coverage next week",
        "FYI, the candidate we hired for the gas desk starts Monday, so Priya will be sitting "
        "with him on the East book. Please make sure his laptop and badge are ready.",
    ),
    (
        "RE: New starter",
        "We hired another candidate for accounts payable, she begins on the 3rd. Can you set up "
        "her logins before then?",
    ),
    (
        "RE: Transformer supply",
        "The supplier declined to quote on the switchgear order. I've gone back to the other "
        "two shortlisted firms.",
    ),
    (
        "Racking",
        "We went with another vendor for the warehouse racking, their lead time was shorter.",
    ),
    (
        "Catering",
        "In the end we decided to go with a different supplier for the Christmas party.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
