"""Thirty-seventh pass (issue 11): blind slice 35's misses and other mail filed, read as kinds
(rejectwatch.model.negation, score_rules, rules_ahead).

Refusals that must carry a decision token: a bare portal status whose value says no in words the
readings did not list ("No further action", "NFA", "Disqualified", "Screened out", "Failed
screening", "Unsuitable", "Dispositioned"), and "New status: Archived"; an application that
"closes here"; a choice made followed by what the sender will do because of it ("so I'll take you
off the list"); a refusal sent through a platform whose own notice says "your friend request" or
"emailed at your request". Twins that must stay unread: a confirmation with "no further action is
needed from you", a payment's failed status, a rule about a band of candidates in the present
("candidates below the cut-off are not contacted individually"), a CV handed to the client told
with "it", a condition ahead ("if you miss the test, your application closes here"). Every message
is written for these tests, in several trades and countries."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions, message_marks
from rejectwatch.model import negation, rules_ahead, score_rules

_PORTAL = "\n\nSent automatically by the {co} careers site. Log in to see all your applications."

REFUSALS = [
    # a bare portal status that says no
    ("Application status changed", "Role: Service Advisor\nReference: 66684\nNew status: No "
     "further action" + _PORTAL.format(co="Brindabella Motor Group")),
    ("Your application - Stores Person", "Hi Aled,\n\nCurrent status: NFA\n\nMarlow Plant Hire"),
    ("Update: Lab Technician", "Application: Lab Technician (Ghent)\nStatus: Disqualified"
     + _PORTAL.format(co="Verhaegen Coatings")),
    ("Candidate update", "Dear Priya,\n\nYour application status has been updated to Screened "
     "out.\n\nKaveri Logistics Talent Team"),
    ("Application update - Cabin Crew", "Hello Tomasz,\nStatus: Failed screening"
     + _PORTAL.format(co="Baltic Air Charter")),
    ("Your application", "Hi Zanele,\nNew status: Unsuitable\nReference 40021"
     + _PORTAL.format(co="Karoo Fresh Produce")),
    ("Requisition 7719", "Hi Dev,\nUpdated status: Dispositioned"
     + _PORTAL.format(co="Northwind Health")),
    ("Application status changed", "Role: Yard Supervisor\nNew status: Archived"
     + _PORTAL.format(co="Tees Aggregates")),
    # an application that closes here
    ("Your Hydrology Internship application", "Hi Keoni,\n\nThe Hydrology Internship class is "
     "full for this year: every place was offered and taken. Your application closes here for "
     "this cycle.\n\nCampus Recruiting, Lowmoor Water"),
    ("Graduate scheme 2027", "Dear Ana,\n\nThank you for sitting the numerical test. Your "
     "application closes at this stage; we wish you well with your search.\n\nRenwick Bank"),
    # a choice made and what the sender will do because of it
    ("Rota app: message from Jen", "Hi Rohan, thanks for the trial shift. We've taken on "
     "Kerenza for the weekday baker role, so I'll remove you from the trial group tomorrow."),
    ("Re: Line cook", "Hi Mo, we've hired Sandeep for the line cook job, so we'll keep your "
     "details on file for the summer.\n\nCheers,\nBea"),
    # the post filled by a third person (rejectwatch.model.roles_filled)
    ("Re: [kiltmakers-l] Apprentice kiltmaker wanted", "Replying here for everyone who emailed "
     "me: the place is now filled by a graduate of the textiles course, who started on Monday."),
    ("Bench joiner", "Hi Cal, the bench post has been filled by one of our apprentices. Thanks "
     "for coming in.\n\nRuth, Ashdown Joinery"),
    ("Your application", "Dear Ms Okafor, the apprenticeship was filled by a school leaver from "
     "the local college.\n\nHR, Tarn Valley Water"),
    # a refusal sent through a platform, the platform's own notice around it
    ("Mandla accepted your friend request and sent you a message", "Mandla accepted your friend "
     "request.\n\nMandla: Hey Olamide! Got your CV. The grill job is gone - my cousin's mate "
     "started yesterday.\n\nReply - View profile"),
    ("Transcript of your chat with Crossguard Blades", "Reshma: Hi, any news on the finishing "
     "job?\nEtienne: Thanks for checking in. We hired someone who has already heat-treated "
     "spring steel, and he starts Monday.\n\nThis transcript was emailed at your request."),
]  # fmt: skip
OTHERS = [
    # no further action asked of the reader: a confirmation
    ("Application received", "Dear Sam,\n\nStatus: Received. No further action is required on "
     "your part; we will write once the panel has met.\n\nHalden County Council"),
    ("Thanks for applying", "Hi Lu,\n\nWe have your application. No further action is needed "
     "from you at this stage.\n\nOrbis Fleet"),
    # a payment's status, no job
    ("Your payment", "Payment status: Failed check\nPlease update your card details in the app."),
    # a condition ahead: the application closes only if the reader does not act
    ("Your assessment", "Hi Keoni, thanks for applying. If you don't complete the test by "
     "Friday, your application closes here."),
    # a choice still to come, and what the sender will do then
    ("Update", "Hi Sam, we'll be choosing between the finalists soon, so I'll let you know."),
    # a post still to be filled
    ("Thanks for applying", "Hi Cal, the position will be filled by a candidate from the "
     "shortlist; we'll write to everyone in May.\n\nRuth"),
    ("Open day", "The place was filled with smoke from the forge demo, sorry about that!"),
    # a rule about a band of candidates, told in the present
    ("Online application submitted - Case No. 95278", "Dear Candidate,\n\nYour online "
     "application for Assistant Director has been submitted. Candidates are shortlisted on the "
     "written test; the merit list and the cut-off will be published on the Commission's "
     "website, and candidates below the cut-off are not contacted individually."),
    ("Your application", "Dear Applicant,\n\nThanks for applying to the traineeship. An "
     "application under the pass mark is not taken further, and one above it is invited to a "
     "panel day.\n\nRiverside Trust"),
    # a CV handed to the client, told with "it"
    ("Your CV - assistant company secretary", "Hi Rohan,\n\nCV received, thanks. It went to the "
     "client this afternoon. Should they say no, you'll know from me the same day.\n\nDorcas"),
    ("Re: Finance Manager", "Hi Jo, your profile arrived safely. It has gone over to the hiring "
     "manager today and I'll chase on Thursday.\n\nMarcus"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("subject", "body", "refusal"),
    [(*message, True) for message in REFUSALS] + [(*message, False) for message in OTHERS],
)
def test_a_refusal_is_read_and_its_twin_is_not(subject: str, body: str, refusal: bool) -> None:
    found = message_decisions(subject, body)
    assert bool(found) is refusal, (found, message_marks(subject, body))


def test_a_platform_notice_is_no_message_about_someone_else() -> None:
    """Neither "your friend request" nor "emailed at your request" names a friend or a
    withdrawal; "your friend Ana" and "closed at your request" still do."""
    about_other = negation.ABOUT_OTHER
    assert about_other not in message_marks(*REFUSALS[-2])
    assert about_other not in message_marks(*REFUSALS[-1])
    assert negation.not_the_readers_outcome("Your friend Ana was not selected for the role.")
    assert negation.not_the_readers_outcome("Hi Sam, I've closed your candidacy at your request.")
    assert not negation.not_the_readers_outcome("This transcript was emailed at your request.")


def test_a_band_in_the_present_is_a_rule_and_a_score_told_is_not() -> None:
    rule = "candidates below the cut-off are not contacted individually."
    assert score_rules.score_rule(rule, 0, len(rule))
    told = "your score was below the cut-off and is not enough for an interview."
    assert not score_rules.score_rule(told, 0, len(told))


def test_a_cv_handed_on_with_it_is_no_choice_but_a_job_given_to_the_clients_candidate_is() -> None:
    handed = "cv received, thanks. it went to the client this afternoon."
    assert rules_ahead.no_choice(handed, handed.index("went to")) is True
    given = "thanks for your application. sadly it went to the client's own candidate."
    assert rules_ahead.no_choice(given, given.index("went to")) is False


# The post filled, taken by someone else, or no room for the reader, in widely spoken languages
# (rejectwatch.model.posts_filled_abroad)
ABROAD = [
    "Quem ficou com a vaga foi uma moça que já trabalhava com a gente aos sábados.",
    "Quem levou o lugar de ajudante foi um rapaz do bairro.",
    "Quien se quedó con el puesto fue un chico que ya conocía la barra.",
    "La que se llevó la plaza fue una compañera de la otra tienda.",
    "للأسف لا يوجد مكان لك في الفريق حالياً.",
    "لن نتمكن من ضمّك إلى الورشة في هذه المرحلة.",
    "لا نستطيع توظيفك في الوقت الحالي.",
    "قرر صاحب المحل أن يأخذ موظفة عملت معه من قبل.",
    "قررنا أن نختار شاباً من الحي يعرف العمل.",
    "صاحب البسطة اختار واحد من الحارة يعرف الشغل، وما نقدر ناخدك معانا هالمرة.",
    "صاحب المحل قد اختار ابن أخوه يشتغل معه.",
    "مش هنقدر نشغلك الفترة دي، شكراً على وقتك.",
    "यह पद भर चुका है, आपकी रुचि के लिए धन्यवाद।",
    "वैकेंसी अब भर गई है।",
    "मालिक ने किसी और को रख लिया है जो यह काम जानता है।",
    "募集していたポジションはすでに埋まってしまいました。",
    "アルバイトの募集枠が埋まりました。",
    "ตำแหน่งนี้มีคนได้ไปแล้วครับ",
    "เจ้าของร้านเลือกคนที่เคยทำงานด้วย เลยยังรับคุณไม่ได้ในตอนนี้ค่ะ",
]
ABROAD_TWINS = [
    "Quem ficou com a vaga foi você! Parabéns, começa segunda.",
    "Si quien se quede con el puesto no eres tú, te avisaremos igualmente.",
    "قررنا أن نأخذك متدرباً في الورشة ابتداءً من الأحد.",
    "إذا لم نتمكن من ضمك إلى الفريق سنخبرك بذلك.",
    "اخترناك للوظيفة! مبروك، نبدأ يوم الأحد.",
    "اختار الكتاب الأحمر من الرف وأرسله لي.",
    "अगर यह पद भर चुका है तो हम आपको बताएंगे।",
    "ポジションが埋まった場合はご連絡します。",
    "ถ้าตำแหน่งนี้มีคนได้ไปแล้ว เราจะแจ้งให้ทราบ",
    # a German conditional told by its verb first (rejectwatch.model.languages.CONDITIONAL)
    "Wir melden uns bis Dezember, so oder so: Nehmen wir einen anderen Bewerber, bekommen Sie "
    "auch darüber Bescheid.",
    "Entscheidet sich das Team für jemand anderen, melden wir uns bei Ihnen.",
    "Danke für Ihre Bewerbung. Wählen wir eine andere Kandidatin, erfahren Sie es von uns.",
]
# ... while a German refusal opening on an adverb or a subject is still read
GERMAN_REFUSALS = [
    "Leider haben wir uns für einen anderen Bewerber entschieden, wir wünschen Ihnen alles Gute.",
    "Nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden.",
    "Hiermit teilen wir Ihnen mit, dass die Stelle anderweitig besetzt wurde.",
]


@pytest.mark.parametrize("text", ABROAD + GERMAN_REFUSALS)
def test_the_post_filled_abroad_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", ABROAD_TWINS)
def test_the_twin_abroad_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)
