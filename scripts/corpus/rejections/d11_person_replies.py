"""Rejections written by a person (families d11-*; helper d11, issue 11, eleventh pass; voice:
voices/d11_mail.py): thread replies after an interview where the decision is only someone
else's choice, hedges, a recruiter's follow-up after a call with another role in the same
breath, decisions carried only by the next action, decisions late in a long mail, after
reference checks, offers withdrawn, searches closed, mobile one-liners and LinkedIn messages.
"""

from __future__ import annotations

from ..voices.d11_mail import (
    MANAGER_FROM,
    PERSON_FROM,
    REJ,
    THREAD_SUBJECTS,
    forwarded_from_client,
    history,
    letter,
    manager_sig,
    person_sig,
)

HELLO = [
    "Hi {first},",
    "{first},",
    "Hey {first} -",
    "Dear {first},",
    "Hi {first}!",
    "Morning {first},",
]

WARM_OPEN = [
    "Thanks so much for your patience while the team talked it through.",
    "I wanted to come back to you personally rather than send something automated.",
    "Thank you again for all the time you gave us over the last few weeks - the panel really "
    "enjoyed meeting you.",
    "I hope you had a good weekend, and thanks for the nudge.",
    "Apologies for the slow reply; it's been a week of back-to-back debriefs.",
    "It was a genuine pleasure getting to know you through this process.",
]

# the decision only as a choice of someone else: no negation at all
CHOICE = [
    "The panel's final choice was another finalist, whose background in [[regulated markets|"
    "large-scale migrations|field operations|enterprise onboarding]] tipped it.",
    "{mfirst} has offered the position to a candidate who [[has run a very similar team|"
    "already knows our stack|worked with us as a contractor last year]], and they accepted on "
    "{weekday}.",
    "After a long debrief the team settled on someone with a couple more years in [[the "
    "sector|people management|client-facing work]].",
    "We've made the hire: the role went to a person who [[joined from a partner agency|came "
    "through an internal referral|had led the same programme elsewhere]].",
    "The hiring manager picked the other person on the shortlist, mostly on [[timing|domain "
    "depth|availability to start in {month}]].",
    "Our offer went to another candidate last week and they've signed.",
    "In the end the [[committee|board|partners]] appointed the other shortlisted applicant.",
    "It came down to two people, and the team chose the other one.",
]
AFTER_CHOICE = [
    "It was close, and I'd love to stay in touch.",
    "You made it a hard call, for what it's worth.",
    "I've passed your details to a colleague in {team} in case something opens up there.",
    "If you'd like a few notes from the panel, I'm happy to jump on a call.",
    "I'll let you know if anything similar comes up in the new year.",
]

HEDGES = [
    "Having met everyone, we felt that others' experience aligned more closely with where the "
    "team is heading.",
    "We've gone in a different direction for this hire and will be closing out the remaining "
    "candidates this week, you included.",
    "The brief changed after our conversation - the team now needs someone far more hands-on "
    "with [[paid acquisition|hardware|vendor contracts|clinical data]] - so we've closed your "
    "application along with the others from the first round.",
    "On reflection, the other profiles were a closer fit for what {mfirst} needs right now, so "
    "we'll be stepping back from your application.",
    "We opted for a profile that leans more towards [[operations|research|sales]], which is "
    "where the gap in the team turned out to be.",
    "The panel preferred candidates with more direct experience of [[public procurement|B2B "
    "SaaS|retail logistics|early-stage fundraising]], so your application ends here.",
    "Others in the process matched the revised scope more closely, and we're moving ahead "
    "with them.",
]

RECRUITER_FOLLOWUP = [
    "Thanks for jumping on the phone earlier. The news is as I said: {company} have decided to "
    "go ahead with another applicant for the {role} post.",
    "Good to speak just now - sorry again that it wasn't the news we wanted. The client has "
    "chosen the other finalist for the {role} position.",
    "Following our call: the feedback from {company} is that they're progressing other people "
    "to the final stage, so this one closes for you.",
    "As discussed on the phone, the hiring manager went with an internal candidate for the "
    "{role} job.",
    "This is just to put in writing what we talked about: {company} have filled the role with "
    "someone who had more sector experience.",
]
OTHER_ROLE = [
    "In the same breath, though: I'm working on a {role} brief at a [[fintech|housing "
    "association|logistics firm|health-tech scale-up]] in {city} that I think suits you better. "
    "Shall I put you forward?",
    "Separately, there's a contract role with one of my other clients starting in {month} - "
    "6 months, hybrid. Could I send you the spec?",
    "I also have a permanent opening that's a step up from this one; are you free for ten "
    "minutes tomorrow to talk it through?",
    "Another client of mine is hiring for almost the same remit. With your OK I'll share your "
    "CV with them today.",
]

NEXT_ACTION = [
    "We've wrapped up this hiring round, and we'll keep your CV for future roles that match "
    "your profile.",
    "The {role} search is now complete. You're welcome to re-apply in six months, and we'd be "
    "glad to see your name again.",
    "Now that the process has closed, we've added you to our talent community so you hear "
    "about roles like this one first.",
    "The panel has finished its interviews for this vacancy. Your details will stay on our "
    "talent pool for twelve months, and a recruiter will reach out if a better match appears.",
    "We've concluded the selection for {role}. Our policy lets finalists apply again after "
    "six months; do keep an eye on the careers page.",
    "With the position now filled, I've tagged your profile for the next {team} opening we run.",
]

LOGISTICS = [
    "First, housekeeping: your travel expenses for the on-site day have been approved and "
    "should reach your account within ten working days. If the receipt for the train "
    "didn't come through, just forward it to me.",
    "Thanks for returning the test laptop so quickly - it arrived safely on {weekday}, and "
    "IT has wiped it as promised.",
    "I've attached the notes from your presentation as you asked; the panel liked the way you "
    "framed the trade-offs in the second section.",
    "A quick note on the survey you'll receive: it's anonymous and helps us improve how we "
    "interview, so we'd be grateful for five minutes of your time.",
    "{mfirst} also asked me to thank you for the book recommendation - it's now on the team's "
    "shelf.",
]
LATE_DECISION = [
    "On the outcome itself: the panel has offered the role to another candidate, and I'm "
    "sorry this isn't the answer you were hoping for.",
    "The decision itself: we won't be taking your application to offer stage.",
    "Regarding the role, we've decided to proceed with someone whose experience is closer to "
    "the brief.",
    "The decision, then: the team has chosen not to move forward, after a lot of discussion.",
]

AFTER_REFERENCES = [
    "Thank you for putting us in touch with your referees, and please pass on our thanks to "
    "them. Having completed the checks, the panel has made its appointment and it was not "
    "you on this occasion.",
    "We've now received both references. After weighing everything, we've decided to offer "
    "the role to another candidate.",
    "Thanks for your patience while references came back. Following that final step, we "
    "won't be proceeding with your appointment.",
    "Once the references were in, the hiring committee met again and chose a different "
    "candidate for the post.",
]

WITHDRAWN = [
    "I'm very sorry to tell you that we have to withdraw the offer we made on {date2}. A "
    "hiring freeze was announced this morning and it covers every open headcount, including "
    "yours.",
    "Following a restructure approved by the board, the {role} position no longer exists, and "
    "we must rescind our offer of employment. I know how disappointing this is.",
    "We've been told the funding for this post has been cut, so the conditional offer we sent "
    "you is withdrawn. I wish I had better news.",
    "Because the pre-employment checks could not be completed in time for the project start, "
    "we've had to retract the offer for the {role} contract.",
]

SEARCH_CLOSED = [
    "We've decided to pause the search for the {role} role until next year, and we're "
    "closing all open applications, including yours.",
    "The {role} requisition has been cancelled following a change in priorities, so the "
    "process ends here for every candidate.",
    "Leadership has put this hire on ice indefinitely. Rather than leave you hanging, I'm "
    "closing your application now.",
    "We have stopped recruiting for the {role} post; it won't be re-opened in this form.",
]

MOBILE = [
    "Sorry {first} - went with someone else on the {role} job. Thanks for your time!",
    "Hey {first}, quick one: they hired another person for the {role} gig. Gutted for you.",
    "{first} - client picked the other candidate. Will call you about the next one.",
    "Hi {first}, no luck on the {company} role I'm afraid, they chose someone internal.",
    "They went another way on {role}. Sorry mate, I'll keep looking for you.",
    "Just heard back - {company} passed. Other finalist got it. Speak tomorrow?",
]

LINKEDIN = [
    '{rfull} sent you a message\n\n"Hi {first}, thanks again for interviewing with us. The '
    "team decided to move ahead with other candidates whose experience lines up more closely "
    'with the role. Wishing you every success."',
    'New message from {rfull} ({rtitle} at {company}):\n\n"Hey {first} - wanted to let you '
    "know we've filled the {role} spot. You were great to talk to, let's stay connected.\"",
    '{rfull} replied to your message\n\n"Hi {first}, apologies for the radio silence. The '
    "hiring manager chose another applicant for this one. I'll reach out if something else "
    'comes up."',
]
LINKEDIN_TAIL = [
    "Reply  |  View conversation\n\nYou are receiving Messaging notification emails. "
    "Unsubscribe | Help\n© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, "
    "CA 94085.",
    "View message\n\nThis email was intended for {full}. Learn why we included this.",
]

FEEDBACK = [
    "The panel has decided not to offer you the role. You asked for feedback, so here it is "
    "in brief:\n\n- Strengths: clear communication, strong stakeholder examples\n- Gaps: "
    "depth in [[data modelling|budget ownership|negotiation|people leadership]]\n- The "
    "technical exercise was solid but ran out of time on the last part",
    "We're going with another candidate. Some notes from the scorecards, in case they help:\n"
    "* Excellent rapport with the panel\n* Less evidence of [[scaling a team|owning a P&L|"
    "leading incident response]] than we needed\n* Would encourage you to apply for future "
    "roles",
    "The outcome is a no this time, but the panel was keen I share their notes: your case "
    "study was among the best they saw, while the [[systems design|commercial|clinical]] "
    "questions were where others edged ahead.",
]

FORWARD_TOP = [
    "Hi {first}, see below from the client - sorry, I know you were hoping for this one. Let's "
    "talk tomorrow.",
    "{first} - forwarding {mfirst}'s note so you have it in their words. Gutted for you.",
    "Hi {first},\n\nPasting the hiring manager's reply underneath. I'll call you after lunch "
    "to talk about what's next.",
    "FYI, this just came in. Not the result we wanted.",
]
CLIENT_DECISION = [
    "Hi {rfirst},\n\nThanks for introducing {first}. We enjoyed the conversation, but we've "
    "decided to offer the role to another candidate who has run a larger team.\n\n{mfirst}",
    "{rfirst} - quick one on {first}: strong interview, but the panel's pick was the person "
    "from the second round. Please pass on our thanks.\n\n{mfirst}",
    "Hello {rfirst},\n\nWe won't be progressing {first} to the final stage; the team felt the "
    "commercial experience wasn't quite deep enough for this brief.\n\nBest,\n{mfirst} {mlast}",
]


def forwarded(r):
    return forwarded_from_client(r, CLIENT_DECISION)


FAMILIES = [
    letter(
        "d11-forwarded-client-decision",
        16,
        REJ,
        ["{rfull} <{rfirst}@{rlast}-talent.co.uk>", "{rfull} <{rmail}>"],
        [
            "Fwd: RE: {first} {last} - {role}",
            "FW: {role} candidate",
            "Fwd: feedback",
            "Fw: {company} decision",
        ],
        FORWARD_TOP,
        (0.6, ["{rfirst}", "Speak soon,\n{rfirst}", "{rfirst}\nSent from my iPhone"]),
        forwarded,
    ),
    letter(
        "d11-thread-choice-no-negation",
        18,
        REJ,
        PERSON_FROM,
        THREAD_SUBJECTS,
        HELLO,
        (0.8, WARM_OPEN),
        CHOICE,
        (0.6, AFTER_CHOICE),
        person_sig,
        (0.85, history),
    ),
    letter(
        "d11-thread-manager-choice",
        14,
        REJ,
        MANAGER_FROM,
        THREAD_SUBJECTS,
        ["Hi {first},", "{first} -", "Hello {first},"],
        [
            "{rfirst} asked if I'd write to you myself, and I'm glad to.",
            "I owe you a proper reply after our second conversation.",
            "Thank you for the thought you put into the take-home.",
        ],
        [
            "I had to choose between you and one other person, and I chose them, mainly because "
            "they've done this exact job before.",
            "My pick for the role was the candidate with more time in [[mobile|payments|"
            "analytics|the public sector]]; it was a close thing.",
            "I've hired someone who can start immediately, which in the end mattered more than "
            "I expected.",
        ],
        (
            0.6,
            [
                "Keep in touch - I mean that.",
                "I hope our paths cross again.",
                "I'd be happy to introduce you to a couple of people I know who are hiring.",
            ],
        ),
        manager_sig,
        (0.7, history),
    ),
    letter(
        "d11-thread-hedged",
        18,
        REJ,
        PERSON_FROM,
        THREAD_SUBJECTS,
        HELLO,
        (0.7, WARM_OPEN),
        HEDGES,
        (0.5, AFTER_CHOICE),
        person_sig,
        (0.6, history),
    ),
    letter(
        "d11-recruiter-call-followup",
        18,
        REJ,
        [
            "{rfull} <{rfirst}@{rlast}-talent.co.uk>",
            "{rfull} <{rmail}>",
            "{rfirst} at Brightpath Search <{rfirst}@brightpath-search.com>",
        ],
        [
            "Following our call",
            "Re: {role} - {company}",
            "As discussed",
            "Today's chat",
            "{company} update + another role",
        ],
        HELLO,
        RECRUITER_FOLLOWUP,
        OTHER_ROLE,
        person_sig,
        (0.3, history),
    ),
    letter(
        "d11-next-action-only",
        18,
        REJ,
        PERSON_FROM + ["{company} Talent <talent@{cdomain}>"],
        [
            "Your {role} application",
            "{role} - update",
            "Thank you from {company}",
            "RE: {role} interview",
            "Update from the {team} team",
        ],
        ["Dear {first},", "Hi {first},", "Hello {first},"],
        [
            "Thank you for interviewing with us for the {role} position and for the care you "
            "took in preparing.",
            "Thanks for meeting the {team} team on {date2}.",
            "Thank you for your interest in {company} and for the time you spent with us.",
        ],
        NEXT_ACTION,
        (
            0.5,
            [
                "We wish you every success in your search.",
                "Thanks again, and good luck.",
                "We really appreciated getting to know you.",
            ],
        ),
        person_sig,
    ),
    letter(
        "d11-late-decision-long",
        16,
        REJ,
        PERSON_FROM,
        [
            "RE: {role} - wrap-up",
            "Expenses + update",
            "Following up after {weekday}",
            "Re: Final round",
            "Odds and ends",
        ],
        HELLO,
        [
            "Thanks for coming in on {date2}; I hope the journey home was painless.",
            "Hope you're well and that the rest of your week went smoothly.",
            "A few things to tie up from me.",
        ],
        LOGISTICS,
        LOGISTICS,
        LATE_DECISION,
        (
            0.6,
            [
                "I'd be glad to share more detailed feedback on a call if you want it.",
                "Please don't let it put you off applying to us again.",
            ],
        ),
        person_sig,
        (0.4, history),
    ),
    letter(
        "d11-after-references",
        16,
        REJ,
        PERSON_FROM + ["HR Services <hr@{cdomain}>"],
        [
            "Your application - {role}",
            "References",
            "RE: Referee details",
            "{role}{reqtxt}: outcome",
        ],
        ["Dear {first},", "Hi {first},", "Dear {title} {last},"],
        AFTER_REFERENCES,
        (
            0.5,
            [
                "We know this comes late in the process, and we're sorry for that.",
                "This was not an easy decision.",
            ],
        ),
        person_sig,
        (0.4, history),
    ),
    letter(
        "d11-offer-withdrawn",
        14,
        REJ,
        PERSON_FROM,
        [
            "Your offer - {role}",
            "Important: your offer of employment",
            "Re: Offer letter",
            "Update on your start date",
        ],
        ["Dear {first},", "Hi {first},"],
        WITHDRAWN,
        (
            0.6,
            [
                "I'll call you this afternoon to talk it through.",
                "If you've already handed in notice, please ring me so we can discuss how we "
                "can help.",
            ],
        ),
        person_sig,
    ),
    letter(
        "d11-search-paused-closed",
        14,
        REJ,
        PERSON_FROM + ["Recruiting at {company} <recruiting@{cdomain}>"],
        [
            "{role} search update",
            "Update on the {role} role",
            "RE: {role}",
            "An update on our hiring",
        ],
        ["Hi {first},", "Dear {first},", "Hello {first},"],
        (0.5, ["Thank you for the time you've put into our process so far."]),
        SEARCH_CLOSED,
        (
            0.5,
            [
                "If the role reopens we'll let you know, but please don't wait on us.",
                "I'm sorry - this is nothing to do with you or your interviews.",
            ],
        ),
        person_sig,
    ),
    letter(
        "d11-mobile-one-liner",
        16,
        REJ,
        ["{rfull} <{rmail}>", "{rfirst} <{rfirst}@{rlast}recruit.com>"],
        ["Re: {role}", "{company}", "Re: any news?", "", "news"],
        MOBILE,
        [
            "Sent from my iPhone",
            "Sent from my Galaxy",
            "{rfirst}",
            "",
            "Get Outlook for iOS",
            "{rfirst}\nSent from my phone, excuse typos",
        ],
    ),
    letter(
        "d11-linkedin-message",
        12,
        REJ,
        [
            "{rfull} via LinkedIn <messaging-digest-noreply@linkedin.com>",
            "LinkedIn <messages-noreply@linkedin.com>",
        ],
        ["{rfirst} just messaged you", "New message from {rfull}", "{rfull} sent you a message"],
        LINKEDIN,
        LINKEDIN_TAIL,
    ),
    letter(
        "d11-decision-with-feedback",
        14,
        REJ,
        PERSON_FROM,
        ["Feedback - {role}", "RE: Interview feedback", "{role}: outcome and notes"],
        ["Hi {first},", "Dear {first},"],
        (0.6, ["Thanks for your patience and for asking for feedback - not everyone does."]),
        FEEDBACK,
        person_sig,
        (0.4, history),
    ),
]
