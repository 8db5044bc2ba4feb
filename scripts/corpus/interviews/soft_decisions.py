"""Interview invitations in the skeletons of the w6 soft rejections (helper w6, issue 11,
sixth corpus pass; written for rejectwatch): a warm thread reply choosing the reader for the
next round, an invitation with "unfortunately" about a time slot, a recruiter's recap where the
client wants to meet, a programme's next stage, an Indian-English shortlisting note, and
logistics before an interview (families w6-int-*).
"""

from __future__ import annotations

from ..voices.soft_decisions import (
    AGENCY,
    ATS,
    BYE,
    BYE_IN,
    HI,
    HI_IN,
    PERSON,
    SETUP,
    fam,
    quoted,
    thread_subject,
)

INT = "interview"

WARM_OPEN = [
    "It was a real pleasure talking with you on {weekday}.",
    "Thank you for your patience while we finished the first round of conversations.",
    "Sorry for the slow reply - it took us longer than planned to get everyone in one room.",
]
WARM_NEXT = [
    "The team would like you to meet our Head of {team} for the final conversation - could you do {date2} at {time}?",
    "We'd love to bring you back for the last round, a 45-minute session with two of the people you'd work with most.",
    "After the debrief we agreed we want to see more: are you free for a case discussion next week?",
    "You're through to the final stage, and I'll send a calendar invite for {date2} once you confirm a time.",
]
SLOT = [
    "Unfortunately {weekday} no longer works on our side because the panel chair is travelling. Could you do {date2} at {time2} instead?",
    "I'm sorry, the {time} slot has just been taken. We still have {time2} on {date2} - would that suit?",
    "Unfortunately the meeting room is being refurbished, so we'll hold the interview on video instead; the link is below.",
    "Sadly our first choice of date clashes with a company offsite, so we've moved your interview to {date2}.",
]
RECAP_YES = [
    "{company} want to meet you! They've asked for a first interview on {date2}.",
    "The client loved your CV and would like a call with the hiring manager this week.",
    "Good news from {company}: you're through to the second interview.",
]
PROG_NEXT = [
    "Following review of your online assessment, we're pleased to invite you to our assessment centre on {date2}.",
    "Congratulations - you've progressed to the video interview stage of the {year} Summer Internship Programme.",
    "Your application has been shortlisted for the final stage of the apprenticeship programme.",
]
IN_SHORT = [
    "We are pleased to inform you that your profile has been shortlisted for the {role} position.",
    "Post evaluation of your resume, the panel would like to schedule your technical round.",
    "Your candidature has been taken forward to the next round of discussion.",
]
LOGI = [
    "Unfortunately our car park is closed for resurfacing that week, so please use the public one on Station Road; we'll reimburse the fee.",
    "Sadly the lift at the front entrance is out of service; reception will bring you up via the side door.",
    "Please bring photo ID. Unfortunately we can't accept scans or photocopies at the security desk.",
    "We'll cover your train fare - just keep the receipt and send it with the expenses form afterwards.",
]

FAMILIES = [
    fam(
        "w6-int-thread-warm-next-round",
        26,
        PERSON,
        [thread_subject],
        HI,
        WARM_OPEN,
        WARM_NEXT,
        ["Looking forward to it.", "Let me know what works.", ""],
        BYE,
        quoted,
        setup=SETUP,
        kind=INT,
    ),
    fam(
        "w6-int-unfortunately-slot",
        24,
        PERSON + ATS,
        ["Interview - {role}", "Change to your interview time", "Re: {role} interview"],
        HI,
        [
            "Thank you for confirming your interview for {role}.",
            "Thanks for getting back to me so quickly.",
            "",
        ],
        SLOT,
        ["Apologies for the change.", "Sorry for the shuffle!", ""],
        BYE,
        setup=SETUP,
        kind=INT,
    ),
    fam(
        "w6-int-recruiter-recap-keen",
        20,
        AGENCY,
        ["{role} update", "Re: our call", "{company} - good news"],
        HI,
        ["Good to speak earlier, {first}.", "As promised on the phone, a quick summary."],
        RECAP_YES,
        [
            "Separately, I'm working on a {other_role} role with a client in {city} as well - shall I send the spec?",
            "",
        ],
        ["Speak soon,\n{rfirst}", "Cheers,\n{rfirst}"],
        setup=SETUP,
        kind=INT,
    ),
    fam(
        "w6-int-programme-next-stage",
        20,
        [
            "{company} Early Careers <earlycareers@{cdomain}>",
            "{company} Graduate Recruitment <grads@{cdomain}>",
        ],
        [
            "Your application to the {year} Summer Internship Programme",
            "Graduate Scheme {year} - next stage",
            "{company} Early Careers: application update",
        ],
        HI,
        ["Thank you for applying to {company}.", ""],
        PROG_NEXT,
        ["Places at each session are limited, so please book within five days.", ""],
        ["The Early Careers Team"],
        setup=SETUP,
        kind=INT,
    ),
    fam(
        "w6-int-indian-english",
        20,
        ["HR Team <hr@{cdomain}>", "{rfull} <{rmail}>"],
        [
            "Interview schedule - {role}",
            "Regarding your candidature for {role}",
            "Shortlisted for {role}",
        ],
        HI_IN,
        ["Greetings from {company}!", "Hope you are doing well.", ""],
        IN_SHORT,
        [
            "Kindly confirm your availability for {date2} at {time}.",
            "Kindly share your updated resume and current CTC.",
        ],
        BYE_IN,
        setup=SETUP,
        kind=INT,
    ),
    fam(
        "w6-int-logistics",
        20,
        PERSON,
        ["Your visit on {weekday}", "Interview logistics", "Directions for {date2}"],
        HI,
        [
            "Looking forward to seeing you at {time} on {date2} for your interview.",
            "Here are the details for your interview on {weekday}.",
        ],
        LOGI,
        ["Any questions, just give me a ring.", ""],
        BYE,
        setup=SETUP,
        kind=INT,
    ),
]
