"""Issue 11, twenty-second pass, part G: a hostile re-read of part A's readings
(decisions_heard) on sentences of real mail they were not written from, each written for this
test. Each misfire is a case here (it failed at 00c051a): the same words in news to staff, a
rota, a meeting's close, a contract's status, a thread where the reader hires; and refusals of
the same kinds in other words the readings missed. Each twin is a refusal the mends must leave
decided."""

from __future__ import annotations

import pytest

from readings import decision

# not a refusal of the reader: staff news, a rota, a newsletter, minutes, a meeting or a day
# closed, a rescheduled stage, a contract's or an employment's status, the reader hiring
NOT_REFUSALS = (
    # someone else taken on, told as news or to the one hiring
    "Good news for the team - we have hired Marguerite, who ran the Leeds office for six years.",
    "Quick update for staff: the surgery has appointed Dr Achebe, who has been a locum here since"
    " May.",
    "Thanks for all your help with the interviews. We've hired Oskar, who had the strongest"
    " portfolio, so you can close the advert.",
    "Our newsletter: this month the library has recruited Hamish, who has run reading groups"
    " across the county.",
    "Minutes: the board has appointed Ms Ferreira, who held the treasurer post before, as interim"
    " chair.",
    "Hi all, we have now hired Yusuf, who did the summer placement, so please make him welcome on"
    " Monday.",
    # a committee's choice with the reader on the panel
    "The hiring panel (you, Maria and me) agreed to offer the analyst role to Sipho, who had the"
    " best case study.",
    # someone brought in, on a rota or for cover, or told as news
    "Rota: we've brought in Tadhg from the bottling line for the bar job on Fridays, so you're on"
    " the till.",
    "For the refit we've brought in Hywel from the Swansea branch for the supervisor role while"
    " Meg is on leave.",
    "Staff update: we have moved Ayesha across from the Leeds office into the team leader"
    " position.",
    "Congratulations to Femi, who we have promoted Femi from the shop floor into the assistant"
    " manager post.",
    # the ones chosen have more, of something else than what a person brings, or the reader hires
    "The two we're taking forward have more questions about the rota, so can you ring them?",
    "The people we're going ahead with have longer notice periods, so start dates are in May;"
    " please book the induction.",
    "The venues we're going ahead with have more parking than the town hall.",
    "The candidates we're taking forward have more experience than you'd think, so be ready for"
    " hard questions on your panel.",
    "The contractors we've settled on have better insurance cover.",
    "The interns we're taking on have more hours this year, so your team gets two.",
    # "that's us done" closing a meeting or a day
    "Right, we've covered the budget and the rota, so that's us done for now - thanks all.",
    "Great meeting everyone, we got through every item so that's us done for now.",
    "We ran out of daylight so we'll call it a day there.",
    "The last guests have gone, so that's us finished on this one.",
    # not asked to a stage, for another day or a reason of the reader's own
    "We decided against asking you to the assessment day on the 4th as you're on holiday, so"
    " we've moved you to the 11th.",
    "I decided against asking you to the team day as it clashes with your exam.",
    # sorted for a day out
    "Aoife's covering the weekends now, so we're sorted for the bank holiday.",
    # another person taken, for a trip or as a new colleague
    "For the trip we take another driver because the road is long.",
    "We hire another worker for Christmas, so please train him on the till.",
    # an employment's or a contract's status
    "Previous employment status: ended by employer.",
    "Contract status: Ended by employer. Your final payslip will be sent on the 28th.",
    "Employment status: Ended by employer.",
    "Our tenants: previous tenancy status: ended by employer relocation.",
    # a day's close after no reason about anyone
    "The owner wants the stock counted, so that's us done for now.",
    # US, Indian and phone voices of staff news or a reader's own step
    "we've taken on Rosie, who did the christmas temp, for saturdays - can you show her the till?",
    "FYI - HR has hired Brittany, who was at Deloitte, to run payroll; please loop her in.",
    "We decided against asking you to the assessment centre because we'd like to make you an"
    " offer.",
    # twins of the mends: not read by the words they added
    "Team, we've hired Chen, who used to run ops at our Austin office, starting Monday!",
    "The folks we're moving forward with have more questions, can you set up a call?",
    "The ones we went with had more time to prepare, so the quiz was easy for them.",
    "The suppliers we went with had better prices last year.",
    "my nephew's doing the paper rounds now, so we're sorted, you can stop the delivery.",
    "We decided to bring in Marta from our Bristol site for the supervisor role while you're on"
    " leave.",
    "We decided to offer the post to Hamid, who will start on the 1st - could you sort his badge?",
)

# the kinds the readings were written for, in other words they missed (each failed at 00c051a),
# and refusals they read before that the mends must keep
REFUSALS = (
    "Sadly the owner had already gone with Ludmila, who knew the menu.",
    "i'm afraid the panel agreed to give the job to a internal candidate.",
    "We decided to bring in Marta from our Bristol site for the supervisor role instead.",
    "Unfortunately we have brought in an existing member of staff from our warehouse team for the"
    " picker role.",
    "tbh the ones we went with had a bit more hands on experience with the machines.",
    "Unfortunately the people we have decided to go ahead with have more years of retail"
    " management.",
    "we're sorted thanks - our neighbour's lad is doing the paper rounds now.",
    "sorry but we are take other person for this job.",
    "Sorry hun, the owner went with her niece, so thats us done on this one x",
    "we went with a lad from the village for the saturday job, sorry",
    "Hi, we have hired Priyanka, who is having 4 years experience in SAP, for this position."
    " Thanks for your time.",
    "hey so we went ahead and hired jamal, who used to work the grill at our other spot. sorry man",
    "We ended up going with Kayla, who has been subbing at the school all year.",
    "we take other man with experience, sorry for you",
    "ok so the folks we're moving forward with have a lot more field experience, sorry!",
    # twins: still decided
    "sorry to say we've already taken on jess, who worked with us over christmas.",
    "Apologies, we have recruited Anjali, who has worked in a pharmacy before, for the counter"
    " assistant role.",
    "The committee agreed to offer the role to another applicant, who had more experience with"
    " grant writing.",
    "sorry, in the end they moved someone across from the other store for the job.",
    "Management has transferred Gareth over from the Cardiff branch into the assistant manager"
    " vacancy, so the post is no longer open.",
    "I'm sorry, the candidates we've chosen have significantly more experience in paediatric"
    " nursing.",
    "We've gone with someone who can do nights, so I'm afraid that's us done with this one.",
    "They've decided against asking you back for a second interview.",
    "no need now ta, my niece has got the saturday job.",
    "Anyway the girl from the village is doing the weekends now so we're sorted for help, sorry.",
    "Cafe Rosa updated your application for barista to Closed by employer.",
    "Application status - Declined by hiring team",
    "The boss says no, so I'm afraid that's us done.",
    "We had over two hundred applications and the role has been filled, so that's us done for now.",
    "Job status: Ended by employer",
)


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_not_a_refusal_gains_no_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize("text", REFUSALS)
def test_refusal_is_decided(text: str) -> None:
    assert decision(text)
