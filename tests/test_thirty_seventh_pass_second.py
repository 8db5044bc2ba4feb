"""Thirty-seventh pass, second round (issue 11): blind slice 36's misses and other mail filed,
read as kinds (rejectwatch.model.left_out_plainly, posts_filled_abroad, negation, rules_ahead,
told_ahead, languages).

Refusals that must carry a decision token: the reader not joining the group, put outside a list,
the application stopped, a list drawn up without the reader, the work handed to or taken by
someone the sender knows, another performer booked; a refusal a platform relays in quotation
marks after its sender's name or a courier's "Remarks from shipper:"; a refusal after a topic
named by "If you wrote about …:"; the post going to someone in Italian, French, Chinese and
Korean. Twins that must stay unread: rules about a class of applications ("applications that
fall short of those criteria are closed", "applicants found ineligible will be notified"), a
refusal that is the second of two things a letter still to come will do, the German verb-first
conditional with a noun as its subject, a complaint quoted, a CV handed to the hiring manager,
a conditional that is a real one. Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions, message_marks

REFUSALS = [
    # the reader not joining the group, put outside a list, stopped, left off a list
    "The cohort for this term is full, and you won't be joining it.",
    "Thanks for the audition; you will not be joining the company this season.",
    "The online assessment results put you outside the shortlist for panel interviews.",
    "Your sift score places you below the cut-off for the assessment centre.",
    "Having read them all, we're stopping yours at this point.",
    "We are ending your application here, with thanks for your time.",
    "We drew up a short list of people to meet, which leaves you off it.",
    "The interview list leaves you out this round, I'm sorry to say.",
    # the work handed to or taken by someone the sender knows
    "Got your note about the bench job. I've handed it to a regular from the repair night.",
    "About helping on the stall - my cousin is taking the shifts for the season.",
    "The deckhand slot is taken, Joe's lad is doing the autumn run.",
    "We've given the kitchen job to one of our regulars who knows the menu.",
    # another performer booked
    "We've booked another artist for the summer wedding season, she had all the dates free.",
    "We have booked a different band for the Saturday residency.",
    # a topic named by "if you wrote about …:"
    "If you wrote about the process server vacancy: it has been filled.",
    "If you applied for the porter job: we have chosen another candidate.",
    # a class's rule does not hide the reader's own refusal
    "Your application fell short of the criteria and has been closed.",
    # the post going to someone, in Italian, French, Chinese and Korean
    "Il posto di aiuto pasticciere va a una ragazza che ci aveva dato una mano.",
    "Per quest'anno il posto è quindi assegnato.",
    "Pour la place de vendeuse, c'est une jeune femme déjà formée qui rejoint l'équipe.",
    "Merci pour l'essai. Pour vous, ce sera non cette saison.",
    "这个岗位决定录用另一位有经验的同学。",
    "老板最后选了另外一个人。",
    "이번에는 작년 겨울에 단기로 일했던 분과 함께하기로 했습니다.",
    # ... and in regional forms of the big languages (Hindi-Urdu varieties, Thai and the Lao-Thai
    # varieties, Malay dialects)
    "मालिक ने एगो दोसर आदमी के रखली हँय, जे पहिले से संग काम करत रहे।",
    "ए बेर तोहरे ले जगह नखे, माफ करब।",
    "ہم نے کسی اور کو رکھ لیا ہے، معذرت۔",
    "اساں اک بندہ رکھ لیا اے جیہڑا پچھلے سال وی نال سی۔",
    "آپ کے لیے ابھی کوئی جگہ نہیں ہے۔",
    "ทางร้านได้คนแล้วเด้อ ขอบใจหลายๆ",
    "ปีนี้ก็เลยบ่ได้รับน้องเจ้า ขอโทษเน้อ",
    "Kawe doh ambik ore laing, anok sedara kawe hok doh reti.",
]
TWINS = [
    # rules about a class of applications
    "Applications that fall short of those criteria are closed without interview, and we let "
    "the applicant know by email.",
    "Applicants found ineligible will be notified in writing; eligible applicants will be "
    "assessed by the panel.",
    # the second of two things a letter still to come will do
    "An email will follow, either booking a phone screen or closing out your application.",
    # the German verb-first conditional with a noun as its subject
    "Fällt unsere Wahl auf jemand anderen, schreiben wir Ihnen trotzdem ein paar Zeilen.",
    "Geht die Stelle an jemand anderen, melden wir uns bei Ihnen.",
    # handed on, not taken; a class of performers, not a booking
    "I've handed it to the hiring manager, who will call you this week.",
    "We've booked another meeting room for your interview on Tuesday.",
    # a day or a start moved
    "You won't be joining the crew on Tuesday; we've moved your first shift to Thursday.",
    # a real condition
    "If we stop your application at this point, we will tell you why.",
    "If you wrote about the vacancy, it may be filled by the time you read this.",
    "If we choose another candidate: you will hear from us.",
    # the reader as the one taken
    "Il posto di aiuto pasticciere va a te, se lo vuoi!",
    "Pour vous, ce sera oui : bienvenue dans l'équipe.",
    "我们决定录用您，欢迎加入！",
    "지원자님과 함께하기로 했습니다. 축하드립니다!",
    "ہم نے آپ کو رکھ لیا ہے۔ مبارک ہو!",
    "अगर आपके लिए जगह नहीं है तो हम बताएंगे।",
    "ถ้าร้านได้คนแล้ว จะแจ้งให้ทราบ",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


# a refusal relayed in quotation marks by a platform, and a complaint quoted
RELAYED = [
    ("Door app: message from Glassdome Globes", "Unit 7B door app\n\nYour trial access code has "
     "been cancelled.\nDonal Kavanagh: \"Hi Karthik, the glitter bench has gone to the other "
     "applicant. Thanks for the test globe.\""),
    ("Waybill 53774 - remarks", "Consignment: 1 crate\nWaybill: 53774\nRemarks from shipper: "
     "\"Please pass to Nkem: bench post filled by a horology graduate, thank you for the test.\""),
    ("Rota Swap: message from Jen", "Jen Goh (manager) wrote to you:\n\"Hi Rohan, thanks for your "
     "trial. We've taken on Kerenza for the weekday baker role.\""),
]  # fmt: skip
QUOTED = (
    "Complaint forwarded",
    'Mrs Okafor wrote: "I was told the job went to another applicant and I want to know why '
    'nobody called me."\n\nPlease reply to her by Friday.',
)


@pytest.mark.parametrize(("subject", "body"), RELAYED)
def test_a_refusal_a_platform_relays_is_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body), message_marks(subject, body)


def test_a_complaint_quoted_stays_a_quotation() -> None:
    assert not message_decisions(*QUOTED), message_marks(*QUOTED)
