"""Interview mail in the skeletons of the d12-en-* rejections (families d12-en-*-twin; helper
d12, issue 11, twelfth pass; voice: voices/d12_english.py): a hiring manager's own choice
that falls on the reader, the client coming back to the agency with a second interview, a
voicemail inviting to the next round, a group mail to shortlisted candidates, and the panel's
feedback bullets ahead of the final round."""

from __future__ import annotations

from ..voices.d12_english import (
    MANAGER,
    forwarded_client,
    group_notice,
    sig_manager,
    thread_reply,
    voicemail,
    with_bullets,
)
from ..voices.d12_quiet import announced, text_message

INT = "interview"

MANAGER_CHOICE_TWIN = thread_reply(
    [
        "Re: Thursday",
        "RE: [EXT] Re: {role}",
        "Re: Following up",
        "Re: Thanks for your time",
        "RE: Re: our conversation",
    ],
    [
        "I've decided I'd like you to meet two people from the {team} team before we go further - could you do {date2}?",
        "I thought about it over the weekend and I'd like you in the final round, which is a 45-minute conversation with our CFO.",
        "In the end I've picked you and one other candidate to come back for a working session.",
        "I've made my decision on the shortlist and you're on it; {rfirst} will send times.",
        "Sorry, I can't do Thursday after all - could we move our call to {date2} at {time2}?",
    ],
    [
        "I really enjoyed our conversation and your questions about the roadmap.",
        "Thanks for coming in and for the care you put into the exercise.",
        "I wanted to write myself rather than go through the system.",
    ],
    [
        "Looking forward to it.",
        "Shout if none of those times work.",
        "Thanks again.",
    ],
    sender=MANAGER,
    sig=sig_manager,
)

AGENCY_CLIENT_TWIN = forwarded_client(
    [
        "RE: {company} - feedback",
        "Re: {role} at {company}",
        "Feedback from {company}",
        "RE: [EXT] Re: client update",
        "Update",
    ],
    [
        "The client came back to me this morning and they'd like to see you again for a second interview.",
        "Just off the phone with {company}: they loved your interview and want you to meet the director next week.",
        "The client came back and said they're down to two and you're one of them - final interview on {date2}.",
        "{company} have been in touch; unfortunately the panel chair is off sick, so they'd like to move your interview to {date2}.",
    ],
    [
        "Thanks {rfirst}. We'd like {first} back for a final round with {mfirst}. Could you find a slot?",
        "Hi {rfirst}, the team liked {first} a lot. Can we set up the case study interview next week?",
        "{rfirst} - very positive. We're moving {first} to the last stage.",
    ],
    [
        "Great news - well done!",
        "Can I call you tomorrow to prep?",
        "Let me know which times work and I'll confirm with them.",
    ],
)

VOICEMAIL_TWIN = voicemail(
    [
        "I'm calling about the {role} interview, the team would love to see you again for the final stage",
        "just wanted to let you know personally that we'd like to invite you in to meet the director",
        "we're moving you forward to the next round, I wanted to grab a time with you",
        "unfortunately I need to move Thursday's interview, could we do Friday morning instead",
    ],
    [
        "Hi {first}, it's {rfirst} from {company}.",
        "Hello, this message is for {first}. {rfirst} here from the {company} recruitment team.",
        "Hey {first}, {rfirst} calling.",
    ],
    [
        "Give me a ring back when you get this, my number's in my email. Take care.",
        "I'll send a calendar invite as well. Bye now.",
        "Speak soon.",
    ],
)

MASS_NOTICE_TWIN = group_notice(
    [
        "{role} - shortlist",
        "To all shortlisted candidates",
        "Recruitment update: {role}{reqtxt}",
        "Assessment day arrangements",
    ],
    [
        "To all shortlisted candidates for the {role} vacancy,",
        "Dear candidates,",
        "This message is sent to everyone invited to the {role} assessment day.",
        "To everyone shortlisted for the {role} post:",
    ],
    [
        "The panel has now completed shortlisting and, if you are receiving this message, you have been selected for interview on {date2}.",
        "Thank you all for applying. Interviews will take place on {date2} and {date}; please book a slot using the link below.",
        "We are writing as a group to share the arrangements for the assessment day at our {city} office.",
        "Unfortunately the venue has changed: interviews will now be held online, at the times already agreed.",
    ],
    [
        "Please bring photo ID and your certificates.",
        "Reply to this email only if you can no longer attend.",
        "Parking is available on site.",
    ],
)

FEEDBACK_BULLETS_TWIN = with_bullets(
    ["Feedback - {role}", "Re: Your interview", "Final round and feedback", "{role}: next stage"],
    [
        "Thank you for interviewing with us. We'd like to invite you to the final round, and the panel asked me to pass on their notes first.",
        "Good news - you're through to the last stage. As promised, here is the panel's feedback so far.",
        "The panel would like to meet you again on {date2}. You asked for feedback, so here's what I collected.",
    ],
    [
        "Clear, structured answers on stakeholder management",
        "Worth preparing more depth on {team} forecasting for the final round",
        "Strong rapport with the panel",
        "The system design answer could go deeper next time",
        "Good examples of leading change",
        "Be ready to talk about the regulatory side",
    ],
    [
        "I'll send the invite for the final round today.",
        "Feel free to reply if anything is unclear.",
        "Looking forward to seeing you again.",
    ],
)

FAMILIES = [
    ("d12-en-manager-choice-twin", MANAGER_CHOICE_TWIN, 16, INT),
    ("d12-en-agency-client-twin", AGENCY_CLIENT_TWIN, 16, INT),
    ("d12-en-voicemail-twin", VOICEMAIL_TWIN, 16, INT),
    ("d12-en-mass-notice-twin", MASS_NOTICE_TWIN, 16, INT),
    ("d12-en-feedback-bullets-twin", FEEDBACK_BULLETS_TWIN, 16, INT),
]

# --- quiet twins (voice: voices/d12_quiet.py) --------------------------------------------

HIRE_ANNOUNCED_TWIN = announced(
    [
        "I wanted to let you know that {mfirst} {mlast} has joined as head of {team} and will sit on your final panel on {date2}.",
        "Our new {team} director starts on Monday and would like to meet you next week - could you do {date2} at {time2}?",
        "The panel appointed its new chair yesterday, so your interview will go ahead as planned on {date2}.",
        "We've now welcomed a new hiring manager for the {role} post, and she'd like a 30-minute call with each finalist.",
    ],
    [
        "Thank you for your patience.",
        "It was a pleasure meeting you.",
        "Thanks for bearing with us over the last few weeks.",
    ],
    [
        "Looking forward to seeing you.",
        "The calendar invite will follow.",
        "Shout if the time doesn't work.",
    ],
)

TEXT_MESSAGE_TWIN = text_message(
    [
        "hey {first} its {rfirst} from {company}, can you come in thurs 2pm for a chat about the {role} job?",
        "Hi {first}, {rfirst} @ {company}. Team would love to see you again for a second interview. Free on {weekday}?",
        "{first} - sorry, need to move your trial to Saturday 10am. That ok? {rfirst}",
        "Hello {first}, {company} here. Reminder: your interview is tomorrow at {time2}. Reply Y to confirm.",
    ]
)

FAMILIES += [
    ("d12-en-hire-announced-twin", HIRE_ANNOUNCED_TWIN, 16, INT),
    ("d12-en-text-message-twin", TEXT_MESSAGE_TWIN, 14, INT),
]
