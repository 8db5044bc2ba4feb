"""Thread replies after an interview that invite to the next round or propose times, in the
same frame as the w1 rejections that name someone else's hire (families w1-thread-next-round,
w1-thread-propose-times, w1-thread-nonnative-next, w1-thread-mobile-positive; helper W1,
issue 11 third pass; written for rejectwatch).
"""

from __future__ import annotations

from ..voices import international_threads as intl

INT = "interview"

# --- the same frame choosing the reader, asking, or still deciding -----------------------------
NEXT = [
    "The panel would like to see you again for a final conversation with {mfirst}.",
    "Good news: you're through to the next round, together with one other applicant.",
    "We've narrowed the shortlist to two and you're on it.",
    "{mfirst} and the panel went with you as one of the two finalists, so the last step is a "
    "meeting with our managing director.",
    "After comparing notes, we'd like to invite you to the second stage - a short case "
    "exercise and a chat with the team.",
    "The panel picked you for the final round; it'll be ninety minutes on site in {city}.",
    "We'd love to take things further with you - next up is a conversation with {mfirst}.",
    "The panel would like you at the last stage, which is a short presentation - "
    "I'll send the brief for it tomorrow.",
    "We'll be moving ahead with you to the final round, along with one other applicant.",
]


SLOTS = [
    "Could you do {weekday} at {time}, or {date2} in the morning?",
    "Would any of these work?\n- {date} at {time}\n- {date2} at {time2}\n- {weekday} afternoon, any time after 2",
    "Send me two or three slots for next week and I'll lock one in.",
    "I've pencilled in {date} at {time} - shout if that's awkward and we'll move it.",
    "Let me know what suits and I'll send a calendar invite.",
]


TIMES = [
    "Thanks for your note. To get the next conversation booked, are any of these any good?\n- {date}, {time} ({tz})\n- {date2}, {time2} ({tz})",
    "{mfirst} has freed up some time for the follow-up chat: {weekday} at {time} or {date2} at {time2}. Which suits?",
    "Could we move our call to {date2} at {time2}? Something came up on {mfirst}'s side. Apologies for the shuffle.",
    "I'm setting up the final-stage interviews now. We have {date} at {time} or {date2} at {time2} free; video or in person, your choice.",
    "Happy to work around your notice period - would early next week work for the last round? Mornings are easiest for {mfirst}.",
]


NN_NEXT = [
    "We would like to invite you to a second talk at our office in {city}, together with our "
    "department head.",
    "Please send us your certificates and your salary expectation, so we can prepare the next "
    "step.",
    "We have chosen you for the next round. Is {date} at {time} possible for you?",
    "Our management would like to meet you personally. Can you tell us your availability in "
    "the next two weeks?",
]


SHORT_POS = [
    "Panel loved you - can you come back {weekday}?",
    "Still deciding, should know by {weekday}.",
    "Good news, you're through! Will send times tonight.",
    "Can we grab 20 min tomorrow to talk next steps?",
    "{mfirst} wants a second chat - are you free {weekday} pm?",
    "No decision yet - one more person to see.",
]


SHORT_EXTRA_POS = [
    "Really enjoyed meeting you.",
    "Sorry for the slow reply!",
    "Will call you later.",
    "More soon.",
    "Thanks for your patience!",
    "Speak soon.",
]


NEXT_EXTRA = SLOTS + [
    "{mfirst} is really keen to continue the conversation.",
    "Unfortunately the room we normally use is booked, so it'll be on video.",
    "Sorry it's taken a while to get back to you.",
]


FAMILIES = [
    (
        "w1-thread-next-round",
        intl.thread(intl.plain(NEXT, NEXT_EXTRA, 0.8)),
        40,
        INT,
    ),
    (
        "w1-thread-propose-times",
        intl.thread(intl.plain(TIMES, intl.GENERIC_EXTRA, 0.4)),
        30,
        INT,
    ),
    (
        "w1-thread-nonnative-next",
        intl.thread(
            intl.plain(
                NN_NEXT,
                ["We are looking forward to your answer.", "Thank you in advance."],
                0.6,
            ),
            hello=intl.HELLO_FORMAL,
            sign=intl.SIGN_FORMAL,
            slips=0.35,
        ),
        30,
        INT,
    ),
    (
        "w1-thread-mobile-positive",
        intl.thread(
            intl.short_core(SHORT_POS, SHORT_EXTRA_POS),
            sign=["{rfirst}", "- {rfirst}", "{rfirst} {rlast}"],
            mobile=0.8,
            history=0.7,
            slips=0.35,
        ),
        25,
        INT,
    ),
]
