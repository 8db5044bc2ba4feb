"""Interview invitations, scheduling, confirmations, reschedules, next rounds."""

from __future__ import annotations

from ..engine import R
from ..fragments import ats_footer, ats_sender, greet, human_sender, legal_footer, quote_block, sig

MEDIUM = [
    "[[Zoom|Google Meet|Microsoft Teams]] [[video call|call]]",
    "phone call",
    "video call",
    "on-site interview at our {city} office",
    "[[Teams|Zoom]] call with {mfirst} {mlast} ([[Hiring Manager|Engineering Manager|Head of {team}|Team Lead]])",
]
STAGE = [
    "[[an initial|a first-round|a short]] [[phone screen|screening call|conversation]]",
    "a [[{dur}-minute|{dur} minute]] interview",
    "a technical interview",
    "a second-round interview",
    "a panel interview",
    "a [[final-round|final]] interview",
    "a chat with the hiring manager",
    "a case-study interview",
    "a competency-based interview",
]
INVITE = [
    "[[We were|I was]] [[impressed by|really excited by]] your [[background|application|experience]] and [[would like|we'd love]] to invite you to {stage} for the {role} [[role|position]].",
    "Good news — [[the hiring team|we]] would like to move forward with you and [[schedule|set up]] {stage}.",
    "I'm pleased to invite you to {stage} for the {role} [[post|vacancy|position]].",
    "Following a review of your application, we'd like to [[invite you to|offer you]] {stage}.",
    "Thank you for applying for {role}. We'd love to learn more about you[[ and your experience|]] in {stage}.",
    "Congratulations! You have been shortlisted for interview for the {role} position.",
    "We regret the delay in getting back to you — [[it has been a busy few weeks|we had a huge number of applications]] — but we'd love to invite you to {stage}.",
    "[[After careful consideration|Having carefully reviewed all applications]], we're delighted to let you know that you have been selected for {stage}.",
    "Thanks for [[your patience|bearing with us]]. We'd like to move your application forward to {stage}.",
]
AVAIL = [
    "Could you [[let me know|send me]] [[a few times|your availability]] [[that work for you|over the next week|for next week]]?",
    "Please use the link below to [[choose|select|book]] a time that works for you:\n{slink}",
    "Would {date} at {time} {tz} work? If not, [[please suggest a couple of alternatives|I'm happy to find another time]].",
    "Are you free on {date} or {date2}? [[Mornings|Afternoons]] work best for the panel.",
    "[[Book your slot here|Pick a time here]]: {slink}",
    "Please reply with your availability for the [[coming|next]] week and I'll send a calendar invite.",
]
DETAILS = [
    "The interview will [[last about|be]] {dur} minutes[[ and will be a {medium}|]].",
    "You'll [[meet|speak with]] {mfirst} {mlast}, [[our|the]] [[Hiring Manager|Head of {team}|Director of {team}|Team Lead]][[, and one other member of the team|]].",
    "[[Please prepare|Please come prepared with]] a [[10-minute|short]] presentation on [[a project you're proud of|your approach to the first 90 days|a recent campaign]].",
    "There's no need to prepare anything[[ in advance|]] — it's a conversation[[ about your experience and the role|]].",
    "The session will include [[a short technical exercise|some competency-based questions|a discussion of your portfolio|a clinical scenario]].",
    "Please bring photo ID and [[proof of your right to work|your original certificates]].",
]


def _c(r: R) -> None:
    r.c["stage"] = r(STAGE)
    r.c["medium"] = r(MEDIUM)
    r.c["slink"] = (
        r(
            [
                "https://calendly.com/{rfirst}-[[{company}|talent|recruiting]]/{dur}min",
                "https://app.greenhouse.io/scheduling/{tok}",
                "https://candidate.goodtime.io/schedule/{tok}",
                "https://jobs.ashbyhq.com/{cslug}/scheduling/{tok}",
                "https://hire.lever.co/interview-scheduling/{tok}",
                "https://outlook.office365.com/book/{cslug}Recruiting@{cdomain}/",
            ]
        )
        .lower()
        .replace(" ", "")
    )


def invite_human(rng, c):
    r = R(rng, c)
    _c(r)
    body = r.body(
        greet(r, 0.4),
        r(INVITE),
        r.maybe(0.7, DETAILS),
        r.maybe(0.4, DETAILS),
        r(AVAIL),
        r.maybe(
            0.5,
            [
                "Looking forward to speaking with you!",
                "Let me know if you have any questions in the meantime.",
                "Speak soon!",
            ],
        ),
        sig(r, 0.9),
        legal_footer(r),
    )
    s = r(
        [
            "Interview invitation - {role}",
            "{company} - next steps",
            "Invitation to interview: {role}",
            "Let's chat! {role} at {company}",
            "Re: {role}",
            "Interview request - {company}",
            "{role} - interview",
            "Your application to {company}",
            "Next steps with {company}",
            "Scheduling your interview",
        ]
    )
    return s, body, human_sender(r)


def scheduling_link_ats(rng, c):
    r = R(rng, c)
    _c(r)
    ats = r(["greenhouse", "lever", "ashby"])
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "{company} would like to schedule {stage} with you for the {role} role.",
                "You've been invited to schedule {stage} with {company}.",
                "Please select your availability for {stage} for the {role} position.",
            ]
        ),
        r(
            [
                "Please click the link below to select the times you are available:\n{slink}",
                "[[Select times|Choose your availability|Schedule interview]]\n{slink}",
                "Use this link to pick a slot that suits you (times are shown in your local time zone): {slink}",
            ]
        ),
        r.maybe(
            0.5,
            [
                "If none of the times work, reply to this email and we'll find an alternative.",
                "This link expires in {days} days.",
            ],
        ),
        r("[[Thanks|Best]],\n[[{rfull}|{company} Recruiting|{rfirst}, Recruiting Coordinator]]"),
        r.maybe(0.6, ats_footer(r, ats)),
    )
    s = r(
        [
            "Action requested: schedule your interview with {company}",
            "Please share your availability - {company}",
            "{company}: Schedule your interview",
            "Interview availability request - {role}",
            "Select a time for your {company} interview",
        ]
    )
    return s, body, ats_sender(r, ats)


def confirmation_details(rng, c):
    r = R(rng, c)
    _c(r)
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "Your interview [[for {role} |]]has been [[scheduled|confirmed]]. [[Here are the details:|Details below.]]",
                "Thanks for confirming! [[Here's|Below is]] a summary of your upcoming interview with {company}.",
                "This is a confirmation of your interview with {company}.",
            ]
        ),
        r(
            "Date: {date}\nTime: {time} [[{tz}|({tz})]]\nDuration: {dur} minutes\n[[Format|Location]]: {medium}\n[[Interviewers|With]]: {mfirst} {mlast}[[, {rfull}|]]"
        ),
        r.maybe(
            0.7,
            [
                "Join link: https://[[zoom.us/j/9{ref}|meet.google.com/{tok}|teams.microsoft.com/l/meetup-join/{tok}]]",
                "Address: {street}, {city}. Please ask for {rfirst} at reception.",
                "A calendar invitation with the joining link will follow.",
            ],
        ),
        r.maybe(
            0.5,
            [
                "If you need to reschedule, please let us know at least 24 hours in advance.",
                "If you require any adjustments for the interview, please let us know.",
                "Good luck — we look forward to meeting you!",
            ],
        ),
        sig(r, 0.5),
        r.maybe(0.5, ats_footer(r, r(["greenhouse", "workday", "lever", "smartrecruiters"]))),
    )
    s = r(
        [
            "Interview confirmed: {role} - {date}",
            "Confirmed: {company} interview on {date}",
            "Interview confirmation",
            "Invitation: {role} interview @ {date} {time}",
            "Your interview with {company} is scheduled",
            "Updated invitation: {full} / {company}",
        ]
    )
    return (
        s,
        body,
        r(
            [
                human_sender(r),
                ats_sender(r, r(["greenhouse", "workday", "lever"])),
                "{company} Recruiting <calendar-notification@google.com>",
            ]
        ),
    )


def reschedule(rng, c):
    r = R(rng, c)
    _c(r)
    body = r.body(
        greet(r, 0.2),
        r(
            [
                "Unfortunately my calendar is full [[that day|on {date}]] — [[can we move|could we move]] the interview to {date2} instead?",
                "I'm so sorry, but {mfirst} has [[a conflict|been pulled into an urgent meeting|fallen ill]] and we need to reschedule your interview [[on {date}|tomorrow]].",
                "Apologies for the short notice, but we have to cancel [[tomorrow's|{weekday}'s]] interview slot. We still very much want to speak with you — could you do {date2} at {time2}?",
                "Regrettably the panel isn't available on {date} any more. Would {date2} at {time2} {tz} suit you?",
                "We need to move your interview. Unfortunately the room we booked is no longer available, so we'll do it over video instead — same time.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Sorry for the inconvenience, and thanks for your flexibility.",
                "Your application is still very much active — this is purely a scheduling issue.",
                "Please use this link to pick a new time: {slink}",
            ],
        ),
        r(
            [
                "Thanks,\n{rfirst}",
                "Best,\n{rfull}",
                "Apologies again,\n{rfirst}",
                "Kind regards,\n{rfirst}",
            ]
        ),
    )
    s = r(
        [
            "Re: Interview on {date}",
            "Rescheduling your interview",
            "Change of interview time - {role}",
            "Re: {company} interview",
            "Interview reschedule request",
            "Need to move our call",
        ]
    )
    return s, body, human_sender(r)


def next_round(rng, c):
    r = R(rng, c)
    _c(r)
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "Thanks again for [[your time|speaking with us]] [[on {weekday}|last week|earlier this week]]. [[The team really enjoyed the conversation|We got great feedback from {mfirst}]], and we'd like to move you forward to the next round!",
                "Great news — you've progressed to the [[final round|next stage|second interview]] for {role}.",
                "I'm happy to let you know that the panel would like to invite you back for a [[final|second]] interview.",
                "After careful consideration of everyone we spoke to, we'd like to move forward with you to the [[onsite|final stage|next round]].",
            ]
        ),
        r(
            [
                "The next stage is {stage}[[ with {mfirst} and the team|]].",
                "This round will be {dur} minutes and will [[focus on|include]] [[system design|a case study|a presentation|meeting the wider team]].",
            ]
        ),
        r(AVAIL),
        sig(r, 0.9),
    )
    s = r(
        [
            "Next round - {role}",
            "Great news from {company}",
            "{company} - final interview",
            "Re: {role} interview",
            "Moving forward - {role}",
            "Next steps",
        ]
    )
    return s, body, human_sender(r)


def reminder_auto(rng, c):
    r = R(rng, c)
    _c(r)
    body = r.body(
        r(["Hi {first},", "Hello {first},", "Dear {first},"]),
        r(
            [
                "This is a reminder that your interview [[with {company}|for {role}]] is [[tomorrow|in 24 hours|today]] at {time} {tz}.",
                "Just a friendly reminder about your upcoming interview on {date} at {time}.",
            ]
        ),
        r.maybe(
            0.7,
            [
                "Join: https://[[zoom.us/j/9{ref}|meet.google.com/{tok}]]",
                "Location: {street}, {city}",
                "Interviewer(s): {mfirst} {mlast}",
            ],
        ),
        r.maybe(
            0.5,
            [
                "Need to reschedule? Use this link: {slink}",
                "Unfortunately, if you are more than 15 minutes late we may need to rebook.",
            ],
        ),
        r("[[Good luck!|See you soon!|Best of luck,]]\n{company} Recruiting"),
        r.maybe(
            0.6,
            r(["Powered by GoodTime", "Sent via Greenhouse Scheduling", "Sent with ModernLoop"]),
        ),
    )
    s = r(
        [
            "Reminder: interview with {company} tomorrow",
            "Upcoming interview reminder",
            "Reminder: {role} interview on {date}",
            "Your interview is coming up",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "{company} Recruiting <noreply@goodtime.io>",
                ats_sender(r, "greenhouse"),
                human_sender(r),
            ]
        ),
    )


def uk_formal_invite(rng, c):
    r = R(rng, c)
    _c(r)
    body = r.body(
        r(["Dear {first},", "Dear {title} {last},", "Dear {full},"]),
        r(
            "Thank you for your application for the post of {role}[[ (ref {ref})|]]. I am pleased to inform you that you have been shortlisted and I would like to invite you to interview."
        ),
        r(
            "Date: {date}\nTime: {time}\nVenue: [[{street}, {city}|Microsoft Teams (link to follow)]]\nPanel: {mfirst} {mlast} ([[Head of Department|Ward Manager|Finance Director]]) and {rfull} (HR)"
        ),
        r(
            [
                "The interview will consist of [[a 10-minute presentation followed by questions|a short written task and a panel interview|a teaching observation and interview]].",
                "Please bring your passport or other proof of right to work in the UK, and original copies of your qualifications.",
            ]
        ),
        r(
            "Please confirm your attendance by [[replying to this email|{date2}]]. [[If you are unable to attend, please let us know as soon as possible.|If you require any reasonable adjustments, please let me know.]]"
        ),
        r("[[Yours sincerely|Kind regards]],\n{rfull}\n{rtitle}\n{company}"),
        legal_footer(r),
    )
    s = r(
        [
            "Invitation to interview - {role}",
            "Interview invitation (ref {ref})",
            "Shortlisting outcome: invitation to interview",
            "{role} - interview arrangements",
        ]
    )
    return s, body, r([human_sender(r), "{company} Recruitment <recruitment@{cdomain}>"])


def reply_with_slots(rng, c):
    r = R(rng, c)
    _c(r)
    cand = r.body(
        r(["Hi {rfirst},", "Dear {rfirst},"]),
        r(
            [
                "Thank you for getting in touch. I'd be delighted to interview for {role}.",
                "I wanted to follow up on my application for {role}.",
                "Thanks for the update — happy to talk whenever suits.",
            ]
        ),
        r(["Best,\n{first}", "Kind regards,\n{full}"]),
    )
    reply = r.body(
        r(["Hi {first},", "Hello {first},", "{first},"]),
        r(
            [
                "Thanks for following up! [[Sorry for the wait.|Apologies for the delay.|]] We'd like to set up {stage}.",
                "Great — let's get something in the diary.",
                "Thanks for your patience. The hiring manager reviewed your application and would like to speak with you.",
            ]
        ),
        r(AVAIL),
        r(["Best,\n{rfirst}", "Thanks,\n{rfull}", "{rfirst}"]),
    )
    body = reply + "\n\n" + quote_block(r, cand, r("{full} <{cmail}>"))
    s = r(
        [
            "Re: Following up on my application",
            "Re: {role}",
            "RE: Interview for {role}",
            "Re: Application for {role}",
        ]
    )
    return s, body, human_sender(r)


def candidate_self(rng, c):
    """Mail in the candidate's inbox written by the candidate (sent folder / cc) about interviews."""
    r = R(rng, c)
    body = r.body(
        r(["Hi {rfirst},", "Dear {rfirst},", "Hello {rfirst},"]),
        r(
            [
                "Thank you for the invitation. I'm available on {date} at {time} and look forward to it.",
                "Unfortunately I can't make {date} — I have a prior commitment — but I could do {date2} any time after {time2}.",
                "Thanks for scheduling. Just to confirm: is the interview on Teams or in person?",
            ]
        ),
        r(["Best,\n{first}", "Kind regards,\n{full}", "Many thanks,\n{first}"]),
    )
    s = r(
        [
            "Re: Interview invitation - {role}",
            "Re: {company} - next steps",
            "Re: Scheduling your interview",
        ]
    )
    return s, body, r("{full} <{cmail}>")


FAMILIES = [
    ("interview-invite-human", invite_human, 46),
    ("interview-scheduling-link-ats", scheduling_link_ats, 30),
    ("interview-confirmation-details", confirmation_details, 30),
    ("interview-reschedule", reschedule, 28),
    ("interview-next-round", next_round, 26),
    ("interview-reminder-auto", reminder_auto, 20),
    ("interview-uk-formal-invite", uk_formal_invite, 22),
    ("interview-reply-with-slots", reply_with_slots, 20),
    ("interview-candidate-reply", candidate_self, 10),
]
