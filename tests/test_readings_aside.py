"""Twenty-eighth pass, part K (issue 11): a hostile re-read of the pass's new English readings
(decisions_places_gone, decisions_passed_over, decisions_reshaped) and of older readings left in
main (rejectwatch.model.readings_aside).

Mail that refuses no candidacy of the reader must carry no decision token: a club's supplier
or a conference's speaker chosen, a season's referees listed, a harvest supper's guests back,
a science fair's or a conference's others picked, a squad that picked the reader too, a
committee's chair or a college's dean appointed, a guest list or a book prize's shortlist, a
grant's or a clinic's referral, a hire steered with the reader asked for names, a visa paused, a
degree place confirmed with no interview, a new starter's buddy, a workshop's lead chosen, the
reader invited beside the others, the selection going on with the reader, an application paused
for a holiday, a choice still leaned toward. Refusals in the same words stay read. Every
sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from readings import message_decisions

NOT_REFUSALS = [
    # decisions_places_gone: a supplier or an event's speaker, a season's list, a supper's guests
    (
        "Re: gala catering",
        "We can only afford one caterer this year, and we have gone with a local firm who did "
        "the gala last spring.",
    ),
    (
        "Re: panel speakers",
        "We only had room for one speaker on the panel, so we picked someone from the council.",
    ),
    (
        "Club update",
        "Our referees are set for the season, and the fixtures list is attached.",
    ),
    (
        "Re: the barn",
        "We had last year's lot back for the harvest supper and it was lovely.",
    ),
    # decisions_passed_over: others picked in a contest, the reader among the picked
    (
        "Science fair",
        "The judges selected three others to advance to the regional final, and your project "
        "gets a merit certificate.",
    ),
    (
        "Re: abstracts",
        "The programme committee selected several others for the next round of talks.",
    ),
    (
        "Squad news",
        "The coaches have picked you and chose two others to go forward to the county trials.",
    ),
    (
        "Re: vendors",
        "Procurement shortlisted three others to proceed to the pitch, plus our incumbent "
        "supplier.",
    ),
    (
        "Fw: logo review",
        "The client chose a few others to move forward, including the blue logo you drew.",
    ),
    # ... an appointment announced
    (
        "Committee",
        "The committee has made its appointment of a new chair: Dr Lena Ruiz takes over from June.",
    ),
    (
        "Governors",
        "An appointment has been made to the post of clerk to the governors and the minutes are "
        "attached.",
    ),
    (
        "Staff news",
        "The college has made an appointment to the new Dean position. Welcome, Maria!",
    ),
    # ... a guest list, a book's credits, a prize
    (
        "Re: guest list",
        "We have left your name off the final list for the wedding as you said you couldn't come.",
    ),
    (
        "Re: credits",
        "Apologies, the final list of contributors left your name off; we'll reprint it.",
    ),
    (
        "Re: the book prize",
        "The shortlist for the book prize does not include your name, but congratulations on "
        "the longlist!",
    ),
    (
        "Re: the award",
        "The shortlist went to the judges without your name because your entry arrived late.",
    ),
    # ... a grant's or a clinic's referral
    (
        "Re: boiler grant",
        "You were qualified for the grant, but you were not referred to the energy advisor "
        "because the boiler is new.",
    ),
    (
        "Re: your results",
        "You are eligible, but you have not been referred to the cardiologist as your ECG was "
        "normal.",
    ),
    # decisions_reshaped: names asked for, a degree place, a visa paused
    (
        "Re: new hire",
        "We're steering the hire toward someone with agency experience; can you send me two "
        "names from your network?",
    ),
    (
        "Re: shortlist",
        "We're steering the decision toward a candidate who can start in May, which is you, Priya!",
    ),
    (
        "Re: degree place",
        "As you completed the foundation year, no interview will be arranged; your place on the "
        "degree is confirmed.",
    ),
    (
        "Your visa",
        "Your visa application stops here until the employer sends the certificate.",
    ),
    # older readings: a workshop's lead, the reader beside the others, a pause, a buddy, a lean
    (
        "Workshop",
        "Thanks for volunteering, Tom. We chose someone with more experience to lead the workshop.",
    ),
    (
        "Re: Saturday talk",
        "We picked someone from the museum to give the talk on Saturday, and you'll do the tour.",
    ),
    (
        "Interview invitation",
        "Dear Ana, we selected several others for interview as well as you. Your slot is "
        "Tuesday at 10.",
    ),
    (
        "Next phase",
        "Dear Mr Ruiz, we continue the selection with other candidates and with you in the next "
        "phase. Please expect a call.",
    ),
    (
        "Your application",
        "Hi Jo, your application stops here for the Christmas break and resumes on 5 January.",
    ),
    (
        "Your first week",
        "Hi Priya, welcome aboard! The person we hired has started already, so you'll shadow "
        "her for the first week.",
    ),
    (
        "Your first day",
        "Welcome to the team! The person we hired for accounts has already started, so you'll "
        "have a buddy.",
    ),
    (
        "Update",
        "Hi Sam, the panel is leaning toward a candidate who has led a team before; final "
        "decision next week.",
    ),
    # the second probe: business mail, a club, a class, a list, a course, staff news
    (
        "RE: Gas desk coverage",
        "Mike - we only have budget for one analyst on the west desk, so we've gone with someone "
        "from the Houston trading floor. Can you get him set up on the systems by Monday?",
    ),
    (
        "Re: Tuesday class",
        "We only had room for one more child in the Tuesday class, so we went with a girl from "
        "the waiting list.",
    ),
    (
        "Re: tour squad",
        "We could only take one more player on the trip, and we've picked a lad from the "
        "under-14s.",
    ),
    (
        "Re: committee",
        "The nominations panel has made its appointment for chair; the AGM papers follow.",
    ),
    (
        "Board",
        "The trust has made its appointment of auditors for next year, and the engagement letter "
        "is attached.",
    ),
    (
        "Fw: dinner list",
        "The final list sent to catering does not include your name, as you're vegetarian and on "
        "the separate list.",
    ),
    (
        "Installer scheme",
        "You were found qualified for our approved-installer list, but you were not referred any "
        "jobs this month as the area was quiet.",
    ),
    (
        "Re: training",
        "Your training journey stops here at level 2, well done on completing it!",
    ),
    (
        "Re: your form",
        "Your submission stops here; the portal has saved it as a draft until you press submit.",
    ),
    (
        "Newsletter",
        "In May the panel steered the decision toward a candidate who had run a charity before, "
        "our new CEO Jane Ode.",
    ),
    (
        "Staff",
        "The person we hired for the warehouse has already started, and he's been brilliant.",
    ),
    (
        "Re: second floor",
        "We have asked Dan to take on the role of fire marshal for the second floor.",
    ),
    (
        "Re: Thursday",
        "I've asked Ama to step into the role of chair for Thursday's meeting.",
    ),
    # the third probe
    (
        "Re: twin post",
        "Your application stops before the interview stage because you've already been "
        "interviewed for the twin post; the offer follows.",
    ),
    (
        "Newsletter",
        "Since the advert went out, the sales post won't be advertised externally after all: "
        "it's open only to current staff, please apply via the intranet.",
    ),
    (
        "Re: tills",
        "The person we hired has started already, can you show her the tills tomorrow?",
    ),
    (
        "Chess club",
        "The selectors chose four others to go forward to the county team; you're first reserve.",
    ),
    (
        "Re: Sunday rota",
        "We selected some others to move forward with the Sunday rota while you're on holiday.",
    ),
    (
        "Council",
        "The council has made an appointment to the post of mayor's chaplain, Reverend Ade.",
    ),
    (
        "Re: the trip",
        "We have left you off the final list for the Paris trip since you asked to withdraw.",
    ),
]

REFUSALS = [
    (
        "Re: summer internship",
        "Thanks for coming in. We could only afford one intern this summer, and we have taken "
        "on a student who already knows our database.",
    ),
    (
        "Re: stewarding",
        "Thanks for offering to help. Our stewards are all set for the season.",
    ),
    (
        "Re: picking",
        "We've had last season's pickers back, so we're full.",
    ),
    (
        "Data Analyst",
        "Thank you for interviewing. The hiring team chose a few others to advance to the final "
        "round.",
    ),
    (
        "Lecturer in History",
        "Dear Dr Obi, the committee has made its appointment to the lectureship. Thank you for "
        "your interest.",
    ),
    (
        "Vacancy 22-114",
        "The referral list sent to the selecting official does not include your name.",
    ),
    (
        "Vacancy 22-115",
        "You were found qualified, but you were not referred to the hiring manager.",
    ),
    (
        "Buyer role",
        "Hi Ruth, great to talk. We're steering the hire toward someone with ten years of timber "
        "sourcing.",
    ),
    (
        "Your application",
        "Your application was reviewed; no interview will be arranged.",
    ),
    (
        "Your application",
        "Thanks for the call. Your application stops here, as we need someone with German.",
    ),
    (
        "Team lead",
        "We chose someone with more experience to lead the team.",
    ),
    (
        "Workshop Technician",
        "We chose someone with more experience for the workshop technician role.",
    ),
    (
        "Store assistant",
        "Thanks for applying. The person we hired has started already.",
    ),
    (
        "Operations Manager",
        "We selected several others for interview whose experience matched more closely.",
    ),
    (
        "Analyst",
        "Thanks for interviewing. We only have budget for one analyst, so we've gone with someone "
        "from the Houston office.",
    ),
    (
        "Fire Safety Officer",
        "Thank you for applying. We have asked Dan to take on the role of fire safety officer.",
    ),
    (
        "Warehouse Operative",
        "Thanks for applying. The person we hired for the warehouse has already started.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_REFUSALS)
def test_mail_refusing_no_candidacy_stays_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_in_the_same_words_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
