"""Twenty-ninth pass, part E (issue 11): refusals blind slice 27 left unread, in their general
forms (rejectwatch.model.decisions_seats_given, and decisions_spoken's "this one's a no").

Refusals that must carry a decision token: no seat given to the reader out of many, another
asked to join the studio or the team, the hire one who has done the work before, the place full
with the helpers already booked, an application found non-compliant or declared invalid, an ATS
line that is only the outcome and the role (over a long footer too), "sorry this one's a no"
over a retail footer.

Twins that must stay unread: a seat held until a document arrives or kept on a reserve list, a
thing not given, a "no-brainer", the same "a no" in a conditional; an application found
compliant and shortlisted, the rules a public body's confirmation or shortlisting notice states
for non-compliant or incomplete applications (rules_ahead._CLASS_RULE; read as a decision on
main), a request to resubmit; a calendar's "Declined: Weekly sync", a card declined, an ATS's
"Received:" and "Shortlisted:" lines; a colleague asked to join the reader's trial or interview,
an advert's "we're hiring someone who has …?"; helpers booked beside the reader, rooms booked
for an interview; a retail confirmation under the same footer. Every sentence is written for
these tests, in several trades and Englishes."""

from __future__ import annotations

import pytest

from readings import message_decisions

_RETAIL_FOOTER = (
    "\n\n--\nLife here: colleague discount, a paid charity day and a bike scheme.\n"
    "Get job alerts for branches near you at careers.example/alerts.\n"
    "Need this in braille or another format? Reply and tell us.\n"
    "Registered in England and Wales | Company no. 0412345 | Registered office: 2 Mill Lane.\n"
    "This e-mail and its attachments are confidential to the addressee."
)

REFUSALS = [
    # no seat given to the reader
    (
        "Graduate Scheme 2026 - outcome",
        "Dear Ama,\n\nThe Harbour Bank Graduate Scheme drew 3,400 applicants for 25 places, and "
        "we cannot offer one of them to you.\n\nCampus Team",
    ),
    (
        "Research internship",
        "Thank you for applying. We're unable to offer one of the twelve lab places to you this "
        "year.",
    ),
    (
        "Cadetship update",
        "Nearly 900 young people applied for our cadetships and we couldn't give a spot to you "
        "this round.",
    ),
    # another asked to join
    (
        "Your pottery application",
        "We loved the tiles, but we've asked a potter who already throws at scale to join the "
        "studio for the spring fair.",
    ),
    (
        "Christmas bakers",
        "Hi Dev, thanks so much for the bake samples. We've asked another baker to join us for "
        "the Christmas rush.",
    ),
    (
        "Tattoo apprenticeship",
        "Your flash sheets were lovely. I've asked an artist who has done fine-line work for years "
        "to join the shop.",
    ),
    # the hire one who has done the work
    (
        "Re: bakehouse role",
        "Hi Priya, we're taking on a baker who has already worked a wood-fired oven. Thanks for "
        "coming in.",
    ),
    (
        "Deckhand position",
        "Just to close the loop: we're hiring a deckhand who's sailed the Bass Strait run before. "
        "All the best.",
    ),
    # full with the helpers already booked
    (
        "Harvest help",
        "Thanks for getting in touch! Both pickers are already signed up for harvest, so the "
        "crew is full.",
    ),
    (
        "Lambing volunteers",
        "Kia ora Sam, three volunteers were already booked for the lambing weeks, so we're full "
        "up. Take care.",
    ),
    # found non-compliant, declared invalid
    (
        "Post 4471: Registry Clerk",
        "Your application for post 4471 (Registry Clerk) was found to be non-compliant as the "
        "certified copies were missing.",
    ),
    (
        "Vacancy PSC/22/118",
        "Your application has been declared invalid because it reached us after the closing date.",
    ),
    # an ATS line of the outcome and the role
    ("Your application 55120", "Unsuccessful - Warehouse Operative\n\nMore roles in My Account."),
    ("Update", "Barista Trainee \u2013 declined.\n\nOther shops are hiring: see your dashboard."),
    (
        "Ref 88213",
        "Declined: Community Support Worker." + _RETAIL_FOOTER,
    ),
    # "this one's a no" over a footer
    (
        "Your application \u2013 Stockroom Assistant",
        "Dear Olu,\n\nWe've read your application for Stockroom Assistant, and we're sorry this "
        "one's a no." + _RETAIL_FOOTER,
    ),
    (
        "Sous chef",
        "Thanks for the trial shift, Marco. Sorry, but that one is a no.",
    ),
]

TWINS = [
    # a seat held until later, a thing not given
    ("Internship", "We can't give one to you until your transcript arrives."),
    ("Equipment", "We can't give one of the loan laptops to you, as they are all out."),
    (
        "Summer places",
        "We can't offer a place to you yet, but you're first on the reserve list.",
    ),
    # a "no-brainer", a conditional "a no"
    ("Trial shift", "This one's a no-brainer, come in on Monday at nine."),
    ("Decision", "If this one's a no, we'll tell you by Friday."),
    # a public body's notices that are not refusals
    (
        "Post 4471",
        "Your application was found to be compliant and has been shortlisted for interview.",
    ),
    ("Post 4471", "If your application is found to be non-compliant, it will be excluded."),
    (
        "Post 9912",
        "Your application was found to be non-compliant; please resubmit the signed form by "
        "Friday.",
    ),
    ("Notice", "Applications found to be non-compliant will be excluded."),
    # ... and the rules a confirmation states for faulty applications (read as a decision on main)
    (
        "Post 81740: Works Inspector",
        "Your application for post 81740 has been received. Applications found to be "
        "non-compliant will be excluded from the selection process.",
    ),
    (
        "Ref DPW 22/14",
        "Thank you for applying. Applications that do not include a signed Z83 form will be "
        "excluded from the process.",
    ),
    (
        "Vacancy 2026/031",
        "We acknowledge receipt. Non-compliant applications will be automatically disqualified.",
    ),
    (
        "Post 5512",
        "Dear applicant, you were found eligible and are shortlisted for the written assessment "
        "on 14 March. Applications without certified copies are excluded from the shortlist.",
    ),
    # a calendar, a card, an ATS's other lines
    ("Declined", "Meeting notes\nDeclined: Weekly sync with Project Manager\n"),
    ("Declined", "Your calendar\nDeclined: Budget Review\n"),
    ("Payment", "Transaction\nDeclined: Card ending 4432\n"),
    ("Your application 92380", "Received: Senior Care Assistant.\n\nTrack it under My Account."),
    (
        "Your application 92381",
        "Shortlisted: Senior Care Assistant.\n\nPick an interview slot under My Account.",
    ),
    ("Team Lead", "Calendar\nDeclined: Team Lead 1:1\n"),
    # a colleague asked to join the reader's trial or interview, an advert
    ("Trial day", "We've asked our head gardener to join us for your trial day on Friday."),
    (
        "Interview",
        "We've asked a senior stylist who has run the salon for years to join us at your "
        "interview.",
    ),
    (
        "Site visit",
        "We've asked a joiner who knows the site to join us, and we'd love you to come too.",
    ),
    (
        "Fish farm role",
        "We're hiring a candidate who has run a fish farm - does that sound like you?",
    ),
    ("Pastry chef", "We're hiring a chef who has strong pastry skills."),
    # helpers booked beside the reader, rooms booked
    (
        "Kidding season",
        "Two helpers are already booked for kidding season, so we're full up until March, but "
        "April is open.",
    ),
    ("Interview day", "The rooms are already booked for your interview day, so we're all set."),
    ("Milking", "Two helpers are already booked for the morning, so you'd be with them."),
    # a retail confirmation under the same footer
    (
        "Your application \u2013 Stockroom Assistant",
        "Dear Olu,\n\nThanks for applying to be a Stockroom Assistant. We'll be in touch within "
        "two weeks." + _RETAIL_FOOTER,
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
