"""Forty-fourth pass (issue 11): blind slice 57's misses and its confirmations filed, read as
kinds and written for the kind (rejectwatch.model.others_placed; others_starting, others_holding,
scores_below, process_ended, decisions_abroad and negation for the rest).

Each kind has two sets of wordings: WRITTEN, the ones the readings were written from, and
APART, written before the readings and not changed to suit them; those of APART left unread
are kept in UNREAD, with why. NO_DECISION holds the confirmations' kinds (a gerund naming a
rule, "Filling or cancelling this requisition triggers a one-line status note"; a choice only
maybe); TWINS must stay unread, STILL_READ must stay read. Every message is written for these
tests."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions

WRITTEN = [
    "Hi Yaw, my nephew Wei Jie will be helping at the drinks stall now.",
    "My niece Ama will be working the till from Monday.",
    "Réjean's grand-daughter Maude is taking the evening counter at the cantine.",
    "Auntie Rose's son is taking the Saturday shifts at the bakery.",
    "Our neighbour's boy will be serving behind the bar from next week.",
    "The mill has hired one of its own shift managers as Mill Manager.",
    "The client has appointed one of their own supervisors to the role.",
    "The hotel has promoted one of its own duty managers into the General Manager post.",
    "They've picked one of their existing team leads for the position.",
    "Your Floor Associate application has been looked at, and no position with us follows from it.",
    "Nothing further will come of your application.",
    "No offer will follow from your application.",
    "No job with us comes out of this application, I'm sorry to say.",
    "Your written test mark was 61/150, and your category needed 72.5 (UR) to go on.",
    "Your score was 38 out of 100; your category required 44 to progress.",
    "Your roll number is absent from the typing test call sheet.",
    "Your name is not on the skill test call sheet.",
    "The interview call sheet does not include your roll number.",
    "Four other students said yes to the four places, so the round is done.",
    "Three other applicants accepted the three places on offer.",
    "Other graduates have accepted both places.",
    "Matching for the soil microbiome co-op term is complete, and every placement now carries "
    "another student's name.",
    "Each of the six places now has another applicant's name against it.",
    "All the spots now carry other students' names.",
    "Delphine and Rusty got the touring percussionist spot for the summer.",
    "Marisol got the relief drummer spot for the season.",
    "Kofi has got the pit band place for the run.",
    "Il posto di aiuto nel laboratorio di organetti è andato a un ragazzo che ci segue da tre "
    "anni.",
    "La posizione di assistente in bottega è stata affidata a una ragazza che conosciamo da anni.",
    "Место помощника в мастерской самоваров отдали мастеру, который давно работает с нами по "
    "договору.",
    "Эту должность отдали девушке, которая уже работала у нас летом.",
    "这次我们选了一位已在村里竹编社做过两年的年轻人。",
    "最后我们选了一位在茶厂做过三年的师傅。",
    "ทางกลุ่มได้เลือกสมาชิกในหมู่บ้านที่ทอกับเรามานานแล้ว",
    "ร้านได้เลือกคนที่เคยช่วยงานเรามาก่อนแล้ว",
    "이번 옹기 공방 보조는 저희 공방에서 오래 일한 분께 맡기게 되었습니다.",
    "이번 자리는 예전부터 함께 일한 친구에게 맡기기로 했습니다.",
    "ढलाई वाली जगह पर रहमत चाचा का पोता रखा गया है; वह बचपन से भट्ठी पर बैठता आया है।",
    "दुकान पर मालिक का भतीजा रख लिया गया है।",
]
# ... written apart (15 of 17 read; the two left are in UNREAD)
APART = [
    "My cousin Efe will be helping out at the stall from tomorrow.",
    "The boss's daughter is taking the lunchtime till.",
    "The brewery has hired one of its own cellar hands as Head Brewer.",
    "The practice appointed one of their own nurses as practice manager.",
    "No role follows from your application this time.",
    "Nothing more will come of this application.",
    "Your registration number is absent from the document verification call sheet.",
    "Two other candidates accepted the two traineeships.",
    "Every seat on the programme now carries another trainee's name.",
    "Benedikt got the second trumpet spot for the tour.",
    "Il posto in cantina è andato a un signore che lavora con noi da anni.",
    "这次我们选了一位住在镇上的大姐。",
    "ทางร้านได้เลือกคนในครอบครัวที่ช่วยงานมานานแล้ว",
    "이번 일은 동네에서 오래 알고 지낸 분께 맡기게 되었습니다.",
    "रसोई में मालिक का भांजा रखा गया है।",
]
UNREAD = [
    # (a sentence's readings never reach the next sentence: the cut told in a sentence of its own)
    "Your aptitude test mark was 29/80. The general category needed 35 to be called.",
    # (the seat words that keep a bus seat out hold "ряд", which "рядом" holds too)
    "Место продавца отдали парню, который живёт рядом.",
]
NO_DECISION = [
    "Filling or cancelling this requisition triggers a one-line status note to each open "
    "candidate.",
    "Cancelling the vacancy sends an automatic update to every applicant.",
    "Freezing this role would mean a short email to all applicants.",
    "Closing the requisition generates a notice to everyone still in process.",
    "Maybe we give this job to somebody from our tuning team first; then we also send message "
    "to you.",
    "Perhaps the post goes to an internal person; then we write to you too.",
    "Maybe the manager picks someone from inside first.",
    "Possibly we hire from our own staff for this one.",
    "Cancelling or filling this post sends each candidate a short message.",
    "Perhaps we pick someone from the night crew first; we'll tell you after.",
]
TWINS = [
    "My nephew will be helping at the school fete now.",
    "My sister is taking the evening bus to the city.",
    "Our neighbour's boy is taking the counter exam next week.",
    "The club has hired one of its own minibuses for the trip.",
    "No charge follows from this call.",
    "Nothing will come of your complaint until the review finishes.",
    "Your test mark was 81/150. Your category needed 72.5 to go on.",
    "Your name is not on the guest list for the dinner.",
    "Four other students said yes to the party.",
    "Every parcel now carries another courier's name.",
    "Delphine got the window spot for the summer.",
    "Il posto a tavola è andato a un signore che conosciamo.",
    "Место в автобусе отдали мужчине, который стоял рядом.",
    "这次我们选了一位候选人进入下一轮，就是您。",
    "ได้เลือกคุณเข้าสู่รอบสัมภาษณ์แล้ว",
    "면접 일정은 담당 선생님께 맡기게 되었습니다.",
    "हमारे घर में नया कुत्ता रखा गया है।",
]
STILL_READ = [
    # (found by decisions_gained: "perhaps" after the choice, a hope for later, is no condition)
    "In the end we have offered the Programme Manager role to a colleague whose experience is "
    "closer to what the board needs, although I hope our paths cross again, perhaps at the "
    "conference in the spring.",
    "I'm cancelling the hire: the team has frozen the post.",
    "We are cancelling this requisition.",
    "Maybe you heard already: we gave the job to Tom.",
]

# Second round (blind slice 58's kinds): someone named given or offered the post, places that got
# matched to others, every bunk or berth taken, the cut told before the score, an offer another
# took, French and Hindi shapes; and a system's rule marking a class (no decision)
WRITTEN_SECOND = [
    "Our former staff, Blessing, has been given the position, as she came back after her NYSC.",
    "Blessing has been given the position.",
    "Mr Okafor has been offered the job and has accepted.",
    "Our old storeman, Tunde, was given the post last week.",
    "Keziah has been handed the role from Monday.",
    "Every placement got matched to other students in round one, so there's none left for "
    "this term.",
    "All the spots got allocated to other applicants last week.",
    "A returning crew member has it, so every bunk is taken.",
    "Your category's cut-off mark is 58/100 and you scored 49/100, so your registration "
    "number is absent from it.",
    "The cut-off for your category is 58 and you scored 49.",
    "The qualifying mark was 40; your mark was 33.",
    "Another candidate, who has spent a dozen seasons at a tine-setting bench, took the offer "
    "we made.",
    "The other finalist accepted the offer we made on Friday.",
    "Nous avons pris une personne formée à l'osier dans notre atelier l'an dernier ; nous "
    "arrêtons donc là pour votre candidature.",
    "Nous arrêtons donc ici pour votre candidature.",
    "Nous avons engagé une personne qui connaît déjà l'atelier.",
    "यह ओहदा उस बुनकर बहन को सौंपा गया जो दो बरस से इसी करघे पर डटी हैं, सो इस दफ़ा आपको रख "
    "पाना मुमकिन नहीं।",
    "यह काम हमारे पुराने कारीगर को दे दिया गया है।",
    "इस बार आपको रख पाना संभव नहीं है।",
]
# ... written apart (8 of 8 read)
APART_SECOND = [
    "Our cousin's daughter, Precious, has been given the job.",
    "Dmitri was offered the position on Tuesday and said yes.",
    "All four internships got matched to other students this round.",
    "Every cot on the expedition is taken.",
    "The cut-off for general candidates was 64.5 and you scored 58.",
    "Someone else took the offer we made to the shortlist.",
    "Nous arrêtons là pour votre dossier, merci encore.",
    "यह पद एक पुराने साथी को सौंप दिया गया है।",
]
UNREAD_SECOND = [
    # (a berth is left out: a mooring's berths are told the same way, found by decisions_gained)
    "Every berth on the boat is taken now.",
]
NO_DECISION_SECOND = [
    "Application logged. Screening automatically marks any record lacking it Disposition: Not "
    "Selected, so check yours.",
    "The system sets every application without a signed form to Status: Rejected, so please "
    "upload yours.",
    "Our portal flags every profile missing a licence as Not Selected, so check your uploads.",
]
TWINS_SECOND = [
    "All berths have been allocated for this winter and we cannot offer you one.",
    "You have been given the position.",
    "Blessing has been given the position of team captain.",
    "Tom was given the role of Hamlet in the play.",
    "Every seat on the bus is taken.",
    "Every table in the restaurant got allocated to other guests.",
    "The cut-off for your category is 58 and you scored 71.",
    "Please review the offer we made on Friday.",
    "Nous arrêtons là pour aujourd'hui.",
    "यह काम आपको सौंपा गया है।",
]
STILL_READ_SECOND = [
    "Your application was marked Status: Rejected because the form was missing.",
]

# Third round (blind slice 59's kinds): the reader's application told as "it" that missed the cut,
# every place now with other students, "your file closes here", a chair or a post gone to someone
# named who is told next, someone the writers took who is told next; and (whole messages, below)
# someone now new in the very post a reply's subject names
WRITTEN_THIRD = [
    "Your Casual Retail Assistant application reached Nightjar and got a close read; it "
    "hasn't made the cut.",
    "We looked at your application for the barista post, and it did not make the cut this time.",
    "Your CV went to the hiring manager; sadly it didn't get through the first sift.",
    "Every placement for the term now sits with another student, so your file closes here.",
    "All three studentships now rest with other applicants.",
    "Your application closes here.",
    "Your file is closed at this stage.",
    "Our newsreader chair goes to Nomsa Dlamini, who has read the weekend bulletins since 2023.",
    "The potter's wheel has gone to Ines, who threw for us all summer.",
    "The band took Marcus, who subbed for them all spring.",
    "The crew took on Jaime, who has skippered the ferry for years.",
]
# ... written apart (5 of 5 read)
APART_THIRD = [
    "Thanks for your application to the deli counter; it has not made the cut on this occasion.",
    "Each traineeship now sits with another candidate.",
    "Your candidacy closes here, with our thanks.",
    "The front desk has gone to Priyanka, who already covers our Sunday shifts.",
    "The choir took Odette, who sang with them last season.",
]
TWINS_THIRD = [
    "Your application is in; it hasn't been read yet.",
    "Your application reached us and it has made the cut for interview.",
    "Every parcel now sits with another courier.",
    "Your file closes at 5pm on Friday.",
    "We took Grandma, who has a bad hip, to the doctor.",
    "The band took Marcus, who was tired, home after the gig.",
]


@pytest.mark.parametrize(
    "text",
    WRITTEN
    + APART
    + STILL_READ
    + WRITTEN_SECOND
    + APART_SECOND
    + STILL_READ_SECOND
    + WRITTEN_THIRD
    + APART_THIRD,
)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND)
def test_a_wording_left_unread_stays_unread(text: str) -> None:
    """Kept so that the count in APART's comment stays true."""
    assert not decision(text), marks(text)


@pytest.mark.parametrize(
    "text", NO_DECISION + TWINS + NO_DECISION_SECOND + TWINS_SECOND + TWINS_THIRD
)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


REPLY_BODY = (
    "Hi Saoirse,\n\nAppreciated you stopping by to look over the lane machines. {} starts "
    "Monday; he kept the machines running for league nights last fall.\n\nMathilde"
)


@pytest.mark.parametrize(
    ("subject", "holder"),
    [
        ("RE: [EXT] Re: Pinsetting Technician", "Rajinder is our new Pinsetting Technician and"),
        ("Re: Line Cook", "Priya is our new line cook and"),
    ],
)
def test_someone_new_in_the_post_the_reply_names_is_a_choice(subject: str, holder: str) -> None:
    assert message_decisions(subject, REPLY_BODY.format(holder))


@pytest.mark.parametrize(
    ("subject", "holder"),
    [
        # staff news: no reply, or another post than the subject's, or a welcome
        ("Team news", "Rajinder is our new Pinsetting Technician and"),
        ("RE: Pinsetting Technician", "Rajinder is our new receptionist and"),
        ("Re: Barista", "Please welcome Tom, he is our new barista, and"),
    ],
)
def test_someone_new_in_another_post_or_welcomed_is_no_choice(subject: str, holder: str) -> None:
    assert not message_decisions(subject, REPLY_BODY.format(holder))
