"""Confirmations and in-review notices in the skeletons of the d12-en-* rejections (families
d12-en-*-twin; helper d12, issue 11, twelfth pass; voice: voices/d12_english.py): the next
action that keeps the application open, neutral bare statuses, a reply to the candidate's
chase with no decision yet, a receipt with a survey link, a receipt under the long careers
footer. Several say the refusal only conditionally."""

from __future__ import annotations

from ..voices.d12_english import status_card, system_notice, thread_reply, with_survey
from ..voices.d12_quiet import internal_move, long_warm

RCV = "application_received"

NEXT_ACTION_TWIN = thread_reply(
    [
        "Re: {role}",
        "RE: [EXT] Re: {role} - update",
        "Re: Application {req}",
        "Your application",
        "RE: Re: {role} interview",
    ],
    [
        "I'll keep your application open on our side while the panel finishes its reviews next week.",
        "Your file has been passed to the hiring manager, so you'll hear from us about next steps soon.",
        "We have updated your status in the portal to 'Under review' - nothing is needed from you for now.",
        "I've moved your application into the shortlist folder for {mfirst} to read on Monday.",
        "We'll close the advert on Friday and then review every application together, yours included.",
        "If we don't take your application further we'll tell you by email rather than leave you waiting.",
    ],
    [
        "Thanks for taking the time to apply and for the detailed cover letter.",
        "I appreciate your patience while the panel meets.",
        "Thank you for the quick reply.",
        "I wanted to come back to you before the weekend.",
    ],
    [
        "Please don't hesitate to get in touch if anything changes on your side.",
        "I'll be in touch again within ten working days.",
        "Speak soon.",
    ],
)

BARE_STATUS_TWIN = status_card(
    [
        "Application status update",
        "Your application: {role}",
        "Status changed",
        "{company} - update",
        "Update on {req}",
    ],
    [
        "Submitted",
        "Under review",
        "In review - hiring manager",
        "Received",
        "Screening",
        "Application complete",
        "Shortlisting in progress",
        "Awaiting decision",
        "Active",
    ],
    [
        "You can still browse and apply for other open roles.",
        "No further action is needed from you.",
        "This is an automated message.",
        "Questions? Visit the help centre.",
    ],
)

CHASE_REPLY_TWIN = thread_reply(
    [
        "Re: Any update?",
        "RE: Checking in - {role}",
        "Re: Following up on my application",
        "RE: [EXT] Re: {role}",
        "Re: Quick question",
    ],
    [
        "Thanks for chasing and sorry for the silence - no decision has been made yet, the panel meets again on {weekday}.",
        "Good question: the hiring manager is still interviewing, so I expect an answer by the end of next week.",
        "Nothing has been decided yet. If it turns out not to be a match I'll tell you myself rather than leave you guessing.",
        "I've checked with the team and your application is still very much live; they'll confirm the final round shortly.",
        "We're behind because of the holidays, but you're still in the process and I'll update you as soon as I can.",
    ],
    [
        "Thanks for following up.",
        "I appreciate you checking in.",
        "Thanks for your email.",
    ],
    [
        "Thanks for bearing with us.",
        "Let me know if your other offer needs an answer sooner and I'll see what I can do.",
        "Please do keep an eye on your inbox.",
    ],
    quote_p=0.95,
)

SURVEY_TWIN = with_survey(
    [
        "Your application to {company}",
        "Thanks for applying",
        "{role}: application received",
        "Thank you from {company}",
    ],
    [
        "We've received your application for the {role} position and our recruiters will review it shortly.",
        "Your application is in. If you're not selected for an interview we will let you know by email within four weeks.",
        "Thanks for applying - the team is reviewing applications this week.",
        "Your application has been submitted successfully and is now with the hiring team.",
    ],
    kind_line=["Thank you for your interest in {company}.", "We wish you every success."],
)

CAREERS_FOOTER_TWIN = system_notice(
    [
        "Your application for {role}",
        "{company} | Application received",
        "Thank you for applying",
        "Regarding your application",
    ],
    [
        "Thank you for applying for {role}. Our recruiters will review your application and be in touch if it's a match.",
        "We've received your application. Should you not be successful, we'll keep your details on file for future vacancies.",
        "Your application has been passed to the hiring team, who will decide on interviews after the closing date.",
        "This is to confirm we have your application for {role}; we aim to reply to everyone within 21 days, whatever the outcome.",
    ],
    [
        "We appreciate the time you took to apply.",
        "You can track your application in your candidate account.",
    ],
    footer_p=1.0,
)

FAMILIES = [
    ("d12-en-next-action-twin", NEXT_ACTION_TWIN, 16, RCV),
    ("d12-en-bare-status-twin", BARE_STATUS_TWIN, 16, RCV),
    ("d12-en-chase-reply-twin", CHASE_REPLY_TWIN, 16, RCV),
    ("d12-en-survey-twin", SURVEY_TWIN, 16, RCV),
    ("d12-en-careers-footer-twin", CAREERS_FOOTER_TWIN, 16, RCV),
]

# --- quiet twins (voice: voices/d12_quiet.py) --------------------------------------------

LONG_WARM_TWIN = long_warm(
    [
        "Where we've landed is that we need one more week: the committee meets on {date2} and I'll call you that afternoon either way.",
        "It's very close, and we've asked finance to confirm the budget before the committee makes its choice.",
        "No decision yet, I'm afraid - {mfirst} is away until {weekday}, and nobody wants to decide without her.",
    ],
    [
        "Please keep in touch in the meantime, and tell me if your other processes speed up.",
        "If it helps to talk it through, grab any slot in my calendar next week.",
    ],
)

INTERNAL_MOVE_TWIN = internal_move(
    [
        "Under our redeployment policy we first consider internal applicants until {date2}; after that, external applications, including yours, will be reviewed.",
        "The vacancy is open to internal and external candidates alike, and shortlisting will start once the internal window closes on {date2}.",
        "Following a restructure, the {role} post now sits in the {team} team, but the recruitment is going ahead and your application has been transferred.",
    ],
    [
        "Thank you for your understanding.",
        "We'll be in touch after the shortlisting meeting.",
        "Your application remains active.",
    ],
)

FAMILIES += [
    ("d12-en-long-warm-twin", LONG_WARM_TWIN, 16, RCV),
    ("d12-en-internal-move-twin", INTERNAL_MOVE_TWIN, 14, RCV),
]
