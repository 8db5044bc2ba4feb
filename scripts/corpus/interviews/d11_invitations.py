"""Interview invitations, reschedules and "you're through" thread replies that carry the words
of a refusal (families d11-*; helper d11, issue 11, eleventh pass; voice: voices/d11_mail.py):
"unfortunately" about a clash, the panel's choice falling on the reader, a recruiter's
follow-up after a call that puts the reader forward, a public-sector shortlisting notice.
"""

from __future__ import annotations

from ..voices.d11_mail import (
    INT,
    PERSON_FROM,
    THREAD_SUBJECTS,
    forwarded_from_client,
    history,
    letter,
    person_sig,
)

HELLO = ["Hi {first},", "{first},", "Hey {first} -", "Dear {first},", "Morning {first},"]

RESCHEDULE = [
    "Unfortunately {mfirst} has been called into a board meeting on {weekday}, so we need to "
    "move your interview. Could you do {date2} at {time2} {tz} instead?",
    "I'm sorry to do this, but the panel room fell through. Unfortunately the earliest we can "
    "rebook is {date2} - does {time2} work for you?",
    "Sadly one of the interviewers is off sick. We'd still love to see you, just on {date2} "
    "rather than tomorrow.",
    "Unfortunately we couldn't get everyone together this week, so I've pencilled in {date2} "
    "at {time2}. Let me know if that clashes.",
]
CHOSEN = [
    "The panel's choice for the final round came down to three people, and you're one of "
    "them. Can you come in on {date2}?",
    "{mfirst} went through the shortlist last night and picked you for a second conversation.",
    "After a long debrief the team settled on you and one other person for the last stage.",
    "Good news: the hiring manager chose you to go through to the case-study round.",
]
FOLLOWUP = [
    "Thanks for jumping on the phone earlier. As I said, {company} would like to meet you for "
    "the {role} role; I've sent your CV over and they've asked for {date2}.",
    "Good to speak just now. The client loved your profile - first interview is booked for "
    "{date2} at {time2}.",
    "Following our call: the hiring manager wants to see you, unfortunately only on video "
    "this time because the office is being refitted.",
]
OTHER_ROLE = [
    "In the same breath: there's another {role} brief I'm working on that could suit you too, "
    "should I send it over?",
    "Separately, a contract role with another client has just come in - happy to share the "
    "spec if you're interested.",
]

PUBLIC_FROM = [
    "Recruitment Team <recruitment@{cslug}.gov.uk>",
    "{company} Human Resources <hr.vacancies@{cdomain}>",
]
SHORTLISTED = [
    "The shortlisting panel met on {date2} and assessed all applications against the "
    "essential criteria. I am pleased to tell you that you have been shortlisted for "
    "interview.",
    "Your application was scored against the person specification and you have been invited "
    "to the assessment stage, which will take place on {date2}.",
    "You were referred to the selecting official for announcement {req}, who would like to "
    "interview you.",
]

FORWARD_TOP = [
    "Hi {first}, see below from the client - great news! Can you do the date they suggest?",
    "{first} - forwarding {mfirst}'s note so you have it in their words. Well done!",
    "FYI, this just came in. Let's prep on {weekday}.",
]
CLIENT_INVITE = [
    "Hi {rfirst},\n\nThanks for introducing {first}. We'd like to meet them for a first "
    "interview on {date2} at {time2}.\n\n{mfirst}",
    "{rfirst} - quick one on {first}: unfortunately I can't do {weekday}, but the panel would "
    "love to see them the following week for the final round.\n\n{mfirst}",
]
MOBILE = [
    "{first}! They want to see you again Thurs 2pm, ok?",
    "Hey {first}, client wants a second chat - sorry it's short notice, can you do tomorrow?",
    "Hi {first}, good news on {company}, they picked you for the final. Call me",
    "Unfortunately {mfirst} is off sick, so the interview moves to {date2}. Still on?",
]


def forwarded_invite(r):
    return forwarded_from_client(r, CLIENT_INVITE)


FAMILIES = [
    letter(
        "d11-int-forwarded-client-invite",
        12,
        INT,
        ["{rfull} <{rfirst}@{rlast}-talent.co.uk>", "{rfull} <{rmail}>"],
        ["Fwd: RE: {first} {last} - {role}", "FW: {role} candidate", "Fwd: interview"],
        FORWARD_TOP,
        (0.6, ["{rfirst}", "Speak soon,\n{rfirst}"]),
        forwarded_invite,
    ),
    letter(
        "d11-int-mobile-one-liner",
        12,
        INT,
        ["{rfull} <{rmail}>", "{rfirst} <{rfirst}@{rlast}recruit.com>"],
        ["Re: {role}", "{company}", "Re: any news?", "", "news"],
        MOBILE,
        ["Sent from my iPhone", "Sent from my Galaxy", "{rfirst}", "", "Get Outlook for iOS"],
    ),
    letter(
        "d11-int-reschedule-unfortunately",
        16,
        INT,
        PERSON_FROM,
        THREAD_SUBJECTS + ["Interview time change", "Change to your interview"],
        HELLO,
        RESCHEDULE,
        (0.5, ["Apologies for the shuffle.", "Sorry again for the late change."]),
        person_sig,
        (0.6, history),
    ),
    letter(
        "d11-int-thread-chosen",
        16,
        INT,
        PERSON_FROM,
        THREAD_SUBJECTS,
        HELLO,
        (
            0.6,
            [
                "Thanks so much for your patience while the team talked it through.",
                "I wanted to come back to you personally.",
            ],
        ),
        CHOSEN,
        person_sig,
        (0.85, history),
    ),
    letter(
        "d11-int-recruiter-call-followup",
        14,
        INT,
        ["{rfull} <{rfirst}@{rlast}-talent.co.uk>", "{rfull} <{rmail}>"],
        ["Following our call", "Re: {role} - {company}", "As discussed", "Interview booked"],
        HELLO,
        FOLLOWUP,
        (0.5, OTHER_ROLE),
        person_sig,
    ),
    letter(
        "d11-int-public-shortlisted",
        12,
        INT,
        PUBLIC_FROM,
        ["Outcome of shortlisting - {role}", "Post ref {req}", "Invitation to interview"],
        ["Dear {title} {last},", "Dear {first},", "Dear Applicant,"],
        SHORTLISTED,
        (
            0.6,
            [
                "Please confirm your attendance by replying to this email.",
                "Unfortunately we cannot offer alternative dates.",
            ],
        ),
        ["Yours sincerely,\nRecruitment Officer", "Kind regards,\nPeople Services"],
    ),
]
