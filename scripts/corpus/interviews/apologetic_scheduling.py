"""Interview and scheduling mail full of apology and regret that is not a rejection
(families b2-int-*): moved interviews, unwell interviewers, postponed rounds, changed links.

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/house_styles.py.
"""

from __future__ import annotations

from ..voices.house_styles import (
    ATS,
    CO_SENDERS,
    HELLO,
    HELLO_CASUAL,
    HELLO_FORMAL,
    INT,
    SIGN_PERSON,
    SIGN_TEAM,
    family,
)

# --- interview / scheduling mail that apologises (not rejections) -----------------------------
FAMILIES = [
    family(
        "b2-int-move-your-interview",
        12,
        CO_SENDERS,
        [
            "Change of time: your interview",
            "Re: {role} interview on {date}",
            "Can we move your interview?",
        ],
        HELLO,
        [
            "I'm really sorry to do this, but we need to move your interview on {date}.",
            "Apologies for the short notice - a clash has come up with your interview slot on {date}.",
        ],
        [
            "Would {date2} at {time2} {tz} work instead? If not, send me two or three times that suit you and I'll make it happen.",
            "Could you let me know your availability for {date2}? I'll send a new invitation as soon as I hear back.",
        ],
        [
            "Your application is still very much in progress, and the team is looking forward to speaking with you.",
            "Nothing else about the interview changes: same panel, same format, {dur} minutes.",
        ],
        SIGN_PERSON,
        kind=INT,
    ),
    family(
        "b2-int-interviewer-unwell",
        12,
        ["{rfull} <{rmail}>", "{company} Interview Coordination <interviews@{cdomain}>"],
        [
            "Today's interview - apologies",
            "{role} interview: new date needed",
            "Re: interview at {time}",
        ],
        HELLO,
        [
            "I'm sorry to let you know that {mfirst}, who was due to interview you today, has been taken ill and is off work.",
            "Unfortunately {mfirst} has had a family emergency this morning and won't be able to run your interview.",
        ],
        [
            "Rather than rush you through with a stand-in, we'd like to rearrange for when {mfirst} is back. Are you free on {date2}?",
            "We'd still very much like to meet you, so please reply with a few times over the next week and we'll rebook.",
        ],
        (
            0.5,
            [
                "We regret the inconvenience, especially if you had arranged time off.",
                "If you'd booked travel, we'll of course reimburse it.",
            ],
        ),
        SIGN_PERSON,
        kind=INT,
    ),
    family(
        "b2-int-round-postponed",
        10,
        ["{company} Talent <talent@{cdomain}>", "{rfull} <{rmail}>"],
        ["Interviews postponed", "{role}: a short delay", "Delay to the interview stage"],
        HELLO_FORMAL,
        [
            "We regret to let you know that next week's interviews for {role} have been postponed.",
            "Unfortunately we have had to postpone the interview day planned for {date}.",
        ],
        [
            "This is due to [[an office move|an unexpected audit|the hiring manager's leave]], and has nothing to do with any candidate's application.",
            "The delay is on our side and does not affect your place in the process.",
        ],
        [
            "You remain shortlisted, and we will write with a new date within {days} working days.",
            "We expect to reschedule for the week commencing {date2}, and your invitation stands.",
        ],
        SIGN_TEAM,
        kind=INT,
    ),
    family(
        "b2-int-sorry-slow-still-keen",
        12,
        ["{rfull} <{rmail}>", "{rfirst} from {company} <{rmail}>"],
        [
            "Sorry for the radio silence!",
            "{role} - sorry for the delay",
            "Re: your application",
            "",
        ],
        HELLO_CASUAL + ["Hi {first},"],
        [
            "Massive apologies for how long this has taken - hiring got paused for a few weeks while we sorted budgets.",
            "I owe you an apology: your application sat in my inbox far longer than it should have.",
        ],
        [
            "The good news is we'd still love to meet you for the {role} role. Are you around for a {dur}-minute video call this week?",
            "We're keen to get a first conversation in the diary if you're still interested. Here's my calendar link: https://cal.{cdomain}/{tok}",
        ],
        (
            0.5,
            [
                "Totally understand if you've moved on, just let me know either way.",
                "Sorry again for keeping you waiting.",
            ],
        ),
        SIGN_PERSON,
        kind=INT,
    ),
    family(
        "b2-int-booking-slot-gone",
        12,
        ["{ats} Scheduling <schedule@{atsdom}>", "{company} via {ats} <no-reply@{atsdom}>"],
        [
            "Action needed: choose a new interview time",
            "Your selected time is no longer available",
            "Interview booking - please reselect",
        ],
        ["Hi {first},", "Hello {first},"],
        [
            "Unfortunately the interview slot you selected ({weekday} at {time} {tz}) was booked by another candidate a moment before your request went through.",
            "We're sorry - the time you picked for your {role} interview is no longer available.",
        ],
        [
            "Please pick another slot from the updated calendar: https://{atsdom}/book/{tok}",
            "Your invitation is still valid. Choose a different time using the link below.\n\n[ Pick a new time ]",
        ],
        (
            0.6,
            [
                "Slots are released on a first-come, first-served basis.",
                "If none of the times suit you, reply and a coordinator will help.",
            ],
        ),
        ["Sent by {ats} for {company}"],
        orgs=ATS,
        kind=INT,
    ),
    family(
        "b2-int-cancelled-then-rebooked",
        10,
        ["{company} Interview Coordination <interviews@{cdomain}>", "{rfull} <{rmail}>"],
        [
            "Please ignore the cancellation",
            "Your interview has been rebooked",
            "Correction: {role} interview",
        ],
        HELLO,
        [
            "You may have received a cancellation notice for your interview earlier today - I'm sorry, that was sent in error when our calendar system synced.",
            "Apologies for the confusion: your interview was cancelled by mistake when we changed rooms.",
        ],
        [
            "We've rebooked it for {date2} at {time2} {tz}, and a fresh invite is on its way.",
            "Your interview is back on, now at {time2} on {date2}. Please accept the new calendar invitation.",
        ],
        (0.5, ["Nothing else has changed about the interview.", "Sorry again for the scare."]),
        SIGN_PERSON,
        kind=INT,
    ),
    family(
        "b2-int-video-link-changed",
        12,
        ["{company} Recruiting <recruiting@{cdomain}>", "{rfirst} <{rmail}>"],
        [
            "Updated video link for your interview",
            "New meeting link - {role} interview",
            "Interview link has changed",
        ],
        HELLO,
        [
            "Sorry for the extra e-mail - the video link for your interview on {date} has changed.",
            "Unfortunately the meeting link we sent you earlier won't work, because we've moved to [[Teams|Zoom|Google Meet]].",
        ],
        [
            "Please use this link instead: https://meet.{cdomain}/{tok}\nTime: {time} {tz}",
            "New link: https://video.{cdomain}/j/{ref}\nPasscode: {ref}",
        ],
        (
            0.5,
            [
                "The time and the panel are unchanged.",
                "If you have any trouble joining, call me on the number in my signature.",
            ],
        ),
        SIGN_PERSON,
        kind=INT,
    ),
    family(
        "b2-int-panel-change",
        10,
        CO_SENDERS,
        [
            "Change to your interview panel",
            "{role} interview - panel update",
            "Re: {date} interview",
        ],
        HELLO,
        [
            "A quick note about your interview on {date}: unfortunately {mfirst} can no longer join the panel.",
            "We regret that one of your interviewers, {mfirst}, has had to step out of the panel for next week.",
        ],
        [
            "{sub} from the {team} team will take their place, and the format stays exactly the same.",
            "In their place you'll meet {sub}, who leads the {team} team day to day.",
        ],
        (0.5, ["Looking forward to seeing you then.", "No action is needed from you."]),
        SIGN_PERSON,
        setup={"sub": ["Priyanka", "Tom", "Adaeze", "Jonas", "Marta", "Callum"]},
        kind=INT,
    ),
]
