"""Breadth hard negatives, fourth wave: job mail that is NOT a rejection (written for rejectwatch).

Grouped cross-validation showed that the filing threshold depends on a handful of "other_job"
families: job mail full of rejection words ("withdrawn", "declined", "not selected", "sorry",
"no longer accepting applications") in which the employer is not turning the reader down. With
only eight such families, a held-out one looked like nothing the model had seen. This module
adds twelve more, each with its own sentences:

* the candidate withdrew, declined an offer, turned down an interview or accepted elsewhere,
  and the employer or agency acknowledges it;
* a candidate profile deleted, or a start date / application deferred, at the reader's request;
* a hiring manager's note about letting the OTHER finalist down, forwarded to the winner;
* the reader as the one hiring (a gig posting) or as the referrer of someone not selected;
* a recruiter cancelling their own call, a corrected offer letter, and a saved (never applied)
  job that has closed.

Every sentence, greeting, sign-off and footer here was written fresh for this module; ATSs,
platforms, agencies, boards and employers named here are invented. Families are declared with
voices.house_styles.family (voices.base_letters.fam plus ``orgs``) and carry their kind as the 4th element.
"""

from __future__ import annotations

import re

from ..engine import R
from ..voices.house_styles import family

OTHER = "other_job"

# --- greetings, sign-offs and senders written for this module -----------------------------------
HELLO = [
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "{first},",
    "Hi {first} -",
    "Morning {first},",
    "Hey {first},",
    "Hello,",
    "",
]
HELLO_FORMAL = [
    "Dear {title} {last},",
    "Dear {first} {last},",
    "Dear {full},",
    "Good afternoon {first},",
]
SIGN_REC = [
    "All the best,\n{rfirst}",
    "Speak soon,\n{rfull}\n{rtitle}, {company}",
    "Thanks,\n{rfirst} {rlast}",
    "Warmly,\n{rfirst}\n{company}",
    "Kind regards,\n{rfull} | {rtitle}",
    "Cheers,\n{rfirst}",
    "Best,\n{rfull}\n{rmail}",
    "Many thanks,\n{rfirst}\n{rtitle} - {company}",
]
SIGN_DESK = [
    "{company} Talent Acquisition",
    "Kind regards,\nCandidate Experience Team, {company}",
    "Thank you,\nThe {company} Careers Team",
    "Regards,\nRecruitment Operations | {company}",
    "Best wishes,\nThe {company} Recruiting [[Team|Desk]]",
    "With thanks,\n{company} Resourcing",
]
PERSON_FROM = [
    "{rfull} <{rmail}>",
    "{rfirst} {rlast} <{rinit}>",
    "{rmail}",
    "{rfirst} at {company} <{rmail}>",
]
DESK_FROM = [
    "{company} Careers <no-reply@{cdomain}>",
    "{company} Recruiting <recruiting@{cdomain}>",
    "Candidate Support <candidates@{cdomain}>",
    "{company} Talent <talent-noreply@{cdomain}>",
]

# invented applicant tracking systems
ATS4 = {
    "ats|atsdom": [
        "Recruitory|recruitory-mail.com",
        "Hirebeam|hirebeam.io",
        "Vacancio|vacancio.net",
        "Applyloft|applyloft.app",
    ]
}
ATS_FROM = [
    "{company} via {ats} <no-reply@{atsdom}>",
    "{company} Hiring Team <notifications@{atsdom}>",
    "{ats} on behalf of {company} <{cslug}@{atsdom}>",
]


def ats_foot(r: R) -> str:
    return r(
        [
            "Sent by {ats} for {company}. This mailbox does not accept replies.",
            "Powered by {ats} · Candidate privacy · Help",
            "You're receiving this because you have a candidate profile with {company} on {ats}.\nManage notifications",
            "{ats} processes candidate data on behalf of {company}. Questions about your data? Write to privacy@{cdomain}.",
        ]
    )


def candidate_quote(text_alts: list[str]):
    """The candidate's own earlier message, quoted under a recruiter's reply."""

    def slot(r: R) -> str:
        text = r(text_alts)
        lines = "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
        head = r(
            [
                "On {date}, at {time2}, {full} <{cmail}> wrote:",
                "On {date} {full} wrote:",
                "-----Original Message-----\nFrom: {full} <{cmail}>\nSent: {date}",
            ]
        )
        return head + "\n" + lines

    return slot


def by_mode(table: dict[str, list[str]]):
    """A slot (or subject list) whose alternatives depend on the family's scenario, which the
    family's setup stores in {b4mode}, so that subject, opening and follow-up agree."""

    def slot(r: R) -> str:
        return r(table[r.c["b4mode"]])

    return slot


_SENIORITY = "Senior|Junior|Lead|Associate|Graduate|Trainee|Assistant|Principal|Staff"
_DOUBLE_LEVEL = re.compile(rf"\b(?:{_SENIORITY}) (?=(?:{_SENIORITY}) )")


# --- 12: similar jobs block for the saved-job mail --------------------------------------------
def more_jobs(r: R) -> str:
    head = r(
        [
            "Open roles like this one",
            "You might also like",
            "Still hiring near {city}",
            "Similar jobs that are open now",
            "Picked for you",
        ]
    )
    pool = [
        "{role} - Penhallow Freight - {city}",
        "[[Senior|Associate|Lead]] {role} - Quillon Labs - [[Remote|Hybrid]]",
        "{role} - Thistlebank Care - [[full-time|part-time|contract]]",
        "{role} - Arkwell Housing - closes in [[3|5|9]] days",
        "{role} - Cinderford Digital - [[{location}|Remote]]",
        "{role} - Marram Coastal - [[new today|posted yesterday|actively reviewing]]",
        "{role} - Lowmoor Dairy Co-op - [[£|$|€]][[31|36|44|58]]k",
    ]
    rows = [_DOUBLE_LEVEL.sub("", r(p)) for p in pool]  # no "Lead Senior Analyst"
    r.rng.shuffle(rows)
    rows = rows[: r.rng.randint(2, 4)]
    mark = r.choice(["• ", "- ", "› ", ""])
    tail = r.maybe(
        0.5, ["[ Browse all open jobs ]", "See more like this >", "[ Update your saved searches ]"]
    )
    return "\n".join([head, *[mark + row for row in rows], tail]).strip()


# --- families -------------------------------------------------------------------------------------
FAMILIES = [
    # 1. the candidate withdrew; the employer acknowledges it
    family(
        "b4-oj-candidate-withdrew",
        12,
        ATS_FROM + DESK_FROM + PERSON_FROM,
        [
            "Your application has been withdrawn",
            "Withdrawal confirmed: {role}",
            "Re: withdrawing from the {role} process",
            "{role} - withdrawn at your request",
            "Sorry you're leaving the process",
            "We've received your withdrawal",
            "",
        ],
        HELLO + HELLO_FORMAL,
        [
            "Your application for {role}{reqtxt} has been withdrawn, as you requested on {date}.",
            "We're sorry you've decided not to continue with your application for {role}, but we understand, and we've updated our records.",
            "Thanks for telling us you'd like to step back from the {role} process. Consider it done - your application is now marked as withdrawn.",
            "Role: {role}\nStatus: Withdrawn by candidate\nDate: {date}",
            "You asked us to withdraw your application for the {role} [[position|vacancy|opening]]. This e-mail is our confirmation that we've done so.",
            "Just confirming that I've pulled your application for {role} out of the process, as you asked in your last e-mail.",
            "Your candidacy for {role} is now closed at your request.",
        ],
        [
            "We were sorry to read your message - the team had enjoyed getting to know you - but we completely respect your decision.",
            "It's a shame to lose you at this stage, [[as the hiring manager had been keen to meet you|because your application was still very much in the running|given how well your first conversation went]].",
            "Nothing further is needed from you. The interview slot we were holding for you on {date2} has been released.",
            "Because the withdrawal came from you, it won't count against you if you apply to {company} again.",
            "No hard feelings at all - timing is everything in a job search.",
            "We're disappointed, of course, but we'd much rather you told us than kept going with doubts.",
        ],
        (
            0.65,
            [
                "If your circumstances change, you're welcome to apply again[[ for {role}| for any role that catches your eye|]] - just start a new application on our careers site.",
                "Should you want to reopen your application within the next [[30|60|90]] days, reply to this e-mail and we'll reinstate it.",
                "We wish you every success with whatever you've decided to do next.",
                "If you withdrew by mistake, let us know [[as soon as possible|within a week|before {date2}]] and we can restore your application.",
            ],
        ),
        SIGN_REC + SIGN_DESK,
        (0.4, ats_foot),
        orgs=ATS4,
        kind=OTHER,
    ),
    # 2. the candidate declined the offer
    family(
        "b4-oj-offer-declined-ack",
        11,
        PERSON_FROM + ["{company} People Team <people@{cdomain}>"],
        [
            "Re: Offer - {role}",
            "Re: our offer",
            "Thanks for letting us know",
            "Your decision on the {role} offer",
            "Re: decision",
            "",
        ],
        HELLO,
        [
            "Thank you for calling me [[yesterday|this morning|earlier]] to explain your decision on the {role} offer.",
            "Thanks for your e-mail, and for being so upfront about turning down our offer.",
            "I got your note about the offer. Of course we're disappointed you've decided not to join us, but I really appreciate you telling us quickly.",
            "I've shared your decision with {mfirst}, and while we're all a bit gutted, we understand why the other opportunity won out.",
            "We're sorry that you won't be joining {company} as our new {role}, but thank you for letting us know so promptly.",
            "It was a real pity to hear you've declined the offer - we'd got quite attached to the idea of you on the {team} team!",
        ],
        [
            "[[Pay|The commute|The chance to lead a team|A fully remote set-up|A four-day week]] is a perfectly good reason to choose another role, and I'd probably have done the same in your shoes.",
            "I've marked the offer as declined and [[cancelled|canceled]] the background check we'd started, so you won't hear from our screening provider.",
            "I've let {mfirst} and the {team} team know; they asked me to pass on their best wishes.",
            "You made a strong impression throughout the interviews, which is exactly why we made the offer in the first place.",
            "We'll withdraw the contract from the e-signing portal, so please ignore any automated reminders that slip through in the next day or two.",
        ],
        (
            0.75,
            [
                "Best of luck as you start the new job - I hope it's everything you want it to be.",
                "If things change in the next few months, please get in touch. The door is always open here.",
                "I'd love to stay connected on LinkedIn, and if you ever think about {company} again, I'm the first person to call.",
                "Good luck in your new role, and don't be a stranger.",
                "Should the new position not work out for any reason, we'd be very happy to hear from you.",
            ],
        ),
        SIGN_REC,
        kind=OTHER,
    ),
    # 3. the candidate turned down an interview / is no longer looking
    family(
        "b4-oj-interview-declined-closing",
        11,
        PERSON_FROM,
        [
            "Re: Interview invitation - {role}",
            "Re: {role} - next round",
            "Re: Invitation to interview",
            "Re: Scheduling",
            "Re: {role} at {company}",
            "",
        ],
        HELLO,
        [
            "Thanks for coming back to me about the interview invitation.",
            "Thank you for your reply, and sorry to hear that you'd rather not go ahead with the interview for {role}.",
            "Sorry to hear you're no longer looking - I totally get it, and thanks for not leaving me hanging.",
            "Appreciate you letting me know you've decided to stay in your current role.",
            "I'm sorry the timing doesn't work for you right now, but thank you for saying so.",
            "Understood, and thanks for the quick reply.",
        ],
        [
            "As you asked, I've [[cancelled|canceled]] the slot we had pencilled in for {date2} and closed your application on our side.",
            "I've taken you out of the process for {role}, so you won't get any more scheduling e-mails from us.",
            "I'll let the hiring manager know, and I've closed your candidacy at your request.",
            "I've withdrawn the interview invite and marked you as 'not currently looking' in our system, so nobody will chase you.",
            "Consider your application closed - I've let {mfirst} know the interview won't be going ahead.",
        ],
        (
            0.65,
            [
                "If things change, drop me a line - I'd happily reopen the conversation.",
                "Would it be okay if I checked in with you in [[six months|the new year|the spring|a few months]]?",
                "Good luck with everything where you are, and thanks again for your interest in {company}.",
                "Congratulations on the promotion, if that's what's kept you - well deserved, I'm sure.",
            ],
        ),
        SIGN_REC,
        (
            0.5,
            candidate_quote(
                [
                    "Hi {rfirst},\n\nThank you for the invitation to interview for {role}. [[After some thought, I've decided to withdraw from the process.|I've recently been promoted in my current job, so I'm no longer looking.|Unfortunately I can't commit to a move at the moment for family reasons.|I've decided the role isn't quite right for me at this point.|I've had a change of heart and would like to stay where I am for now.]]\n\n[[Best|Thanks|Kind regards|Many thanks]],\n{first}",
                ]
            ),
        ),
        kind=OTHER,
    ),
    # 4. the candidate accepted elsewhere; the agency congratulates and closes other processes
    family(
        "b4-oj-accepted-elsewhere-congrats",
        11,
        [
            "{rfull} | {agency} <hello@{agencydom}>",
            "{rfirst} ({agency}) <team@{agencydom}>",
            "{rfull} <consultants@{agencydom}>",
        ],
        [
            "Congratulations!",
            "Re: offer from {newco}",
            "Well done - and closing things off",
            "Re: good news",
            "Re: update on my search",
            "",
        ],
        HELLO,
        [
            "Congratulations on accepting the offer from {newco}! Thoroughly deserved.",
            "Brilliant news about {newco} - congratulations, {first}!",
            "Huge congratulations on the new job. {newco} are lucky to have you.",
            "Thanks for letting me know you've signed with {newco}. Congratulations!",
            "What a result - congratulations on landing the job at {newco}.",
        ],
        [
            "As we discussed, I've let {company} know you're withdrawing from the {role} process, and I've [[cancelled|canceled]] the second interview with [[Orrin Maritime|Selby Glass|Halewood Partners]] as well.",
            "I've contacted the other clients you were talking to, including {company}, and closed those processes on your behalf.",
            "I've told {company} you've accepted elsewhere; they were sorry to lose you but sent their congratulations.",
            "I'll close down the remaining applications I submitted for you, so you won't get any more calls from me about live roles.",
            "I've marked you as placed (well, placed elsewhere!) in our system, which switches off the job alerts too.",
        ],
        (
            0.65,
            [
                "Enjoy your notice period and the first few weeks - they always fly by.",
                "If it doesn't turn out to be what you hoped, you know where I am.",
                "Once you've settled in, I'd love to hear how it's going. And if {newco} ever needs help hiring, keep me in mind!",
                "Sorry we couldn't get one of mine over the line, but I'm genuinely pleased for you.",
            ],
        ),
        [
            "Cheers,\n{rfirst}\n{agency}",
            "All the best,\n{rfull}\nSenior Consultant | {agency}",
            "Congrats again,\n{rfirst}",
            "Best,\n{rfirst} {rlast}\n{agency} | {agencydom}",
        ],
        setup={
            "newco": [
                "Pellworth Systems",
                "Quarry Lane Foods",
                "Osprey & Vale",
                "Tindall Health",
                "Marlowe Analytics",
                "Fernhollow Studio",
                "Kittering Bros",
                "Ashgrove Mutual",
            ]
        },
        orgs={
            "agency|agencydom": [
                "Lanyard Recruitment|lanyardrec.co.uk",
                "Copperkey Search|copperkey.io",
                "Stillwater Talent Partners|stillwatertp.com",
                "Oakhurst People|oakhurstpeople.co.uk",
            ]
        },
        kind=OTHER,
    ),
    # 5. candidate profile deleted at the reader's request
    family(
        "b4-oj-profile-deleted",
        11,
        DESK_FROM + ATS_FROM + ["{company} Privacy <privacy@{cdomain}>"],
        [
            "Your candidate account has been deleted",
            "Confirmation of data deletion",
            "Your request to erase your data - {ref}",
            "Account closed",
            "We've removed your profile",
            "Privacy request completed",
            "",
        ],
        (0.4, ["{company} | Careers", "[{company} logo]", "Privacy request reference: {ref}"]),
        HELLO + HELLO_FORMAL,
        [
            "We've completed your request to delete your candidate profile with {company}.",
            "Your {company} careers account has now been closed, as you asked on {date}.",
            "This is to confirm that we have erased the personal data held in your candidate profile (request reference {ref}).",
            "Following your [[right-to-erasure|data deletion|privacy]] request, your profile, CV and application history have been permanently removed.",
            "As requested, we've deleted your account and everything attached to it from our recruiting system.",
        ],
        [
            "Any applications that were still open have been withdrawn at the same time, and your job alerts have been switched off.",
            "We may keep a minimal record (your e-mail address and the date of this request) for up to [[30|90]] days so we can show the request was carried out. After that it is deleted too.",
            "Because your profile no longer exists, we won't be able to consider you for roles or contact you about vacancies unless you create a new account.",
            "Please note this can't be undone. If you'd like to apply to {company} in future, you'll need to register again.",
        ],
        (
            0.7,
            [
                "Sorry to see you go - thank you for having been part of our talent community.",
                "We're sad to lose you from our candidate network, but we respect your choice.",
                "We hope our paths cross again some day.",
                "You'd be welcome back any time.",
            ],
        ),
        (
            0.5,
            [
                "If you did not make this request, please contact privacy@{cdomain} within [[7|14]] days.",
                "Questions about how we handled your data? Our Data Protection Officer can be reached at dpo@{cdomain}.",
            ],
        ),
        SIGN_DESK + ["Data Protection Office\n{company}", "Privacy Team | {company}"],
        (0.4, ats_foot),
        orgs=ATS4,
        kind=OTHER,
    ),
    # 6. start date / application deferred at the reader's request
    family(
        "b4-oj-deferral-confirmed",
        11,
        PERSON_FROM + DESK_FROM,
        by_mode(
            {
                "start": [
                    "Re: start date",
                    "Deferral confirmed - {role}",
                    "Re: deferring my start",
                    "Update: new start date",
                    "Your new start date at {company}",
                    "",
                ],
                "pause": [
                    "Your request to pause your application",
                    "Re: {role} - putting things on hold",
                    "Application on hold - {role}",
                    "Re: can we pause?",
                    "",
                ],
            }
        ),
        HELLO + HELLO_FORMAL,
        by_mode(
            {
                "start": [
                    "Thank you for your request to defer your start.",
                    "Thanks for explaining your situation. We're sorry to hear about [[the family illness|your house move falling through|the delay with your visa|your exam resit]], and of course we're happy to push your start back.",
                    "Following our call on {date}, I'm writing to confirm your new start date.",
                    "I've spoken to {mfirst} about moving your start date, and it's all sorted.",
                ],
                "pause": [
                    "We've received your request to pause things for now, and that's absolutely fine.",
                    "I've spoken to {mfirst} about your request to put your application on hold for a few weeks.",
                    "Thanks for explaining your situation. We're sorry to hear about [[the family illness|your house move falling through|your exam resit|the bereavement]], and of course we can put your application on hold.",
                    "Following our call on {date}, I'm writing to confirm that your application is paused.",
                ],
            }
        ),
        by_mode(
            {
                "start": [
                    "We've agreed to move your start date to {date2}. All the other terms of your offer stay exactly the same.",
                    "Your place on the [[{year} graduate programme|{year} graduate program|{month} intake]] has been deferred to the following intake, and your offer remains valid.",
                    "Unfortunately we can't push it back quite as far as you asked, but we can hold the role for you until {date2}, and your offer stands.",
                ],
                "pause": [
                    "Your application for {role} is now paused at your request. We'll hold your place in the process and pick things up again [[in {month}|once you're ready|after {date2}]].",
                    "We've put your {role} application on hold rather than closing it, so you keep your place at the [[final interview|assessment|second interview]] stage.",
                    "Unfortunately we can't pause the process for the whole [[two months|six weeks]], but we can hold your place until {date2}, which I hope helps.",
                ],
            }
        ),
        by_mode(
            {
                "start": [
                    "I'll send an updated contract reflecting the new date for you to sign.",
                    "Your onboarding tasks will reappear in the portal about [[two|three]] weeks before your new start date.",
                    "{mfirst} was completely understanding and is looking forward to having you on the team.",
                    "This doesn't change your offer in any way; only the date is different.",
                ],
                "pause": [
                    "This isn't a withdrawal, and you won't need to reapply; only the timing has changed.",
                    "{mfirst} was completely understanding and is happy to wait.",
                    "I'll check in with you a week before we restart, just to make sure the timing still works.",
                    "Nobody will contact you about interviews until then.",
                ],
            }
        ),
        (
            0.5,
            [
                "Please look after yourself in the meantime.",
                "Let me know if anything changes again.",
                "No need to apologise - these things happen.",
                "No need to apologize; life gets in the way sometimes.",
            ],
        ),
        SIGN_REC + SIGN_DESK,
        setup={"b4mode": ["start", "pause"]},
        kind=OTHER,
    ),
    # 7. the hiring manager's note about the OTHER finalist, forwarded to the winner
    family(
        "b4-oj-forwarded-chosen-note",
        10,
        PERSON_FROM,
        [
            "Fwd: {role} finalists",
            "Fwd: Re: {role} decision",
            "FW: decision on {role}",
            "Good news (see below)",
            "Fwd: Re: final round",
            "",
        ],
        HELLO,
        [
            "I wasn't supposed to send this until the paperwork was ready, but {mfirst} said I could share it - scroll down!",
            "Forwarding {mfirst}'s note from this morning, because I think you'll enjoy reading it.",
            "Thought you should see this straight from the hiring manager. Congratulations!",
            "Sharing the note below with {mfirst}'s blessing. Short version: it's you.",
            "Please see the message below from {mfirst} - a formal offer will follow from our People team [[tomorrow|by {date2}|later this week]].",
        ],
        (
            0.65,
            [
                "I'll call you [[this afternoon|tomorrow morning|on {date2}]] to talk through salary and start dates.",
                "Keep an eye out for the offer letter and a link to our [[pre-employment|onboarding]] checks.",
                "Please don't hand in your notice until you've got the written offer, but I'm very confident.",
            ],
        ),
        SIGN_REC,
        lambda r: (
            r(
                [
                    "---------- Forwarded message ---------\nFrom: {mfirst} {mlast}\nDate: {date}\nSubject: Re: {role} finalists\nTo: {rfull}",
                    "-----Original Message-----\nFrom: {mfirst} {mlast}\nSent: {date} {time2}\nTo: {rfull}\nSubject: RE: decision on {role}",
                    "Begin forwarded message:\n\nFrom: {mfirst} {mlast}\nSubject: Re: final round\nDate: {date}",
                ]
            )
            + "\n\n"
            + r(
                [
                    "Thanks for setting up the final round. After sleeping on it, I want to go with {first}. Please can you get the offer moving? I've already called the other finalist myself to let them know we won't be going ahead with them - they took it well.",
                    "Decision made: we're offering the {role} job to {first}. I spoke to the other candidate this morning and gave them the bad news along with some feedback. Feel free to share this with {first}.",
                    "We've let the other finalist know it's a no from us. {first} was the clear choice for the panel - strong on [[stakeholder management|the technical exercise|the case study|the presentation]]. Let's move fast before someone else snaps them up.",
                    "Quick one: the panel was unanimous for {first}. I've e-mailed the runner-up to say we've decided not to proceed with them. Can you prepare the offer at the top of the band?",
                ]
            )
            + r("\n\n[[{mfirst}|Thanks, {mfirst}|- {mfirst}|{mfirst} {mlast}\n{team} team lead]]")
        ),
        kind=OTHER,
    ),
    # 8. the reader is the one hiring: a gig platform about applicants to THEIR post
    family(
        "b4-oj-your-posting-applicants",
        11,
        [
            "{platform} <no-reply@{platformdom}>",
            "{platform} for Posters <posters@{platformdom}>",
            "{platform} Notifications <notify@mail.{platformdom}>",
        ],
        by_mode(
            {
                "withdrew": [
                    "An applicant withdrew from your job post",
                    "{rfirst} has withdrawn their application",
                    'Update on "{gig}": an applicant has withdrawn',
                    "",
                ],
                "remind": [
                    "You have applicants waiting for a reply",
                    'Reminder: respond to applicants for "{gig}"',
                    'Close out your hiring for "{gig}"',
                    'Your job post "{gig}": update',
                    "",
                ],
            }
        ),
        ["Hi {first},", "Hello {first},", "{first}, an update on your post", ""],
        by_mode(
            {
                "withdrew": [
                    "{rfirst} {rlast} has withdrawn their application to your job post \"{gig}\". You don't need to do anything; they've been removed from your shortlist.",
                    'One of your applicants, {rfirst}, has decided not to continue and withdrew from "{gig}". [[They left this note: "Sorry, I\'ve taken on another project and can\'t give yours the time it deserves."|They didn\'t leave a message.|Their note: "Apologies - my availability has changed."]]',
                    '{rfirst} {rlast} is no longer available for "{gig}" and has withdrawn from your post. [[You still have [[2|3|6]] other applicants to review.|Your post is still live and open to new applicants.]]',
                ],
                "remind": [
                    "Your post \"{gig}\" has [[4|7|12|19]] applicants you haven't responded to yet. If you've already chosen someone, please let the others know they weren't selected - it only takes a click.",
                    'You marked "{gig}" as filled on {date}, but [[3|5|8]] applicants are still waiting to hear back. Send them a quick "not selected" message so they can move on.',
                    'It\'s been {days} days since "{gig}" closed. Posters who decline unsuccessful applicants promptly get [[more|better|faster]] responses next time.',
                ],
            }
        ),
        (
            0.65,
            by_mode(
                {
                    "withdrew": [
                        "Your post is still open, so new people can apply.",
                        "Need more applicants? Boost your post for [[£4.99|$5.99]] and reach people near {city}.",
                        "Applicants who withdraw can't reapply to the same post unless you invite them.",
                        "[ View your shortlist ]",
                    ],
                    "remind": [
                        'Tip: our ready-made decline message is short and polite, and you can edit it before sending:\n"Thanks for applying. I\'ve gone with someone else this time, but I appreciate your interest."',
                        "[ Review applicants ]   [ Decline all remaining ]",
                        "Applicants can't see each other and won't be told why they weren't chosen.",
                    ],
                }
            ),
        ),
        [
            "You're receiving this because you posted a job on {platform}. Manage posting notifications · Help",
            "{platform} · Posting ID {ref} · Unsubscribe from poster reminders",
            "Sent by {platform} to {cmail}. {platform} connects local people with short jobs and freelance work.",
        ],
        setup={
            "gig": [
                "Logo refresh for a small café",
                "Weekend help at a market stall",
                "Part-time bookkeeper (4 hours a week)",
                "Second photographer for a wedding in {city}",
                "Online shop set-up",
                "Maths tutor for a Year 10 student",
                "Delivery driver, Saturdays only",
                "Copy-edit a 40-page report",
                "Virtual assistant, 10 hrs/week",
                "Flat-pack furniture assembly",
            ],
            "b4mode": ["withdrew", "remind"],
        },
        orgs={
            "platform|platformdom": [
                "Taskmoor|taskmoor.com",
                "Gigwell|gigwell.io",
                "Crewlane|crewlane.co.uk",
                "Handyhire|handyhire.app",
            ]
        },
        kind=OTHER,
    ),
    # 9. the reader referred a friend, and the FRIEND was not selected
    family(
        "b4-oj-referral-friend-outcome",
        11,
        [
            "{company} Referrals <referrals@{cdomain}>",
            "{rfull} <{rmail}>",
            "Refer-a-Friend at {company} <no-reply@{cdomain}>",
        ],
        [
            "Update on your referral: {mfirst} {mlast}",
            "Your referral for {role}",
            "Referral status changed",
            "About the person you referred",
            "Re: referring {mfirst}",
            "",
        ],
        HELLO,
        [
            "Thanks for referring {mfirst} {mlast} for the {role} position{reqtxt}.",
            "We wanted to update you on the candidate you referred on {date}.",
            "Thank you for putting your friend {mfirst} forward through our refer-a-friend scheme.",
            "Referral update\nCandidate: {mfirst} {mlast}\nRole: {role}\nReferred by: you ({full})",
            "A quick note about {mfirst}, whom you recommended to us for {role}.",
        ],
        [
            "Unfortunately the hiring team has decided not to progress {mfirst}'s application, so this referral has now been closed.",
            "Status: Not selected. {mfirst} has been told directly by our recruiters; you don't need to pass anything on.",
            "{mfirst} interviewed well, but I'm afraid they weren't selected for the role. We've let them know ourselves.",
            "After reviewing their CV, the team won't be taking {mfirst} forward for this position.",
        ],
        (
            0.75,
            [
                "As the referral didn't result in a hire, no referral bonus is due this time, but every referral is appreciated.",
                "This doesn't affect your own [[standing|account|profile]] with us in any way - you can refer as many people as you like.",
                "Keep the referrals coming: [[£500|$1,000|$750|£1,000]] is paid for every referred hire who passes probation.",
                "For privacy reasons we can't share detailed feedback about your friend with you, though we've offered it to them directly.",
            ],
        ),
        SIGN_DESK + ["Thanks,\n{rfirst}\nReferrals Team, {company}"],
        kind=OTHER,
    ),
    # 10. the recruiter cancels their own call for personal reasons; the process continues
    family(
        "b4-oj-recruiter-cancels-own-call",
        11,
        PERSON_FROM,
        [
            "Need to cancel our call - so sorry",
            "Re: catch-up on {date}",
            "Apologies - rescheduling our chat",
            "Change of plan for {date}",
            "Sorry! Our call",
            "",
        ],
        HELLO,
        [
            "I'm really sorry, but I have to cancel our call [[tomorrow|this afternoon|on {date}]].",
            "Apologies for the short notice - I won't be able to make our {time} chat.",
            "Unfortunately something has come up on my side and I need to cancel our catch-up.",
            "Bad news on my end, I'm afraid: I have to pull out of our call on {date}.",
        ],
        [
            "My [[son|daughter|partner]] is unwell and I need to collect [[him|her|them]] from [[school|nursery|work]].",
            "I've come down with [[a nasty cold|flu|a migraine]] and have lost my voice almost completely.",
            "I've been called for jury duty and won't have my laptop for [[a few days|the rest of the week]].",
            "There's been a family emergency and I'm taking a couple of days off.",
            "My train has been [[cancelled|canceled]] and I'll be stuck travelling right through our slot.",
        ],
        [
            "This is entirely down to me and has nothing to do with your application, which is still moving forward.",
            "Please don't read anything into it - you're still very much in the process, and {mfirst} is looking forward to meeting you.",
            "Nothing has changed on the {role} side; we're still planning the next round for [[next week|later this month]].",
        ],
        [
            "Could we move to [[{date2} at {time2} {tz}|the same time next week]]? If that doesn't suit, pick any slot here: https://meet.{cdomain}/book/{tok}",
            "My colleague {mfirst} has kindly offered to take the call instead at the same time, if you'd rather not wait.",
            "I'll send a new invite for {date2}; just reply if another time is better.",
        ],
        ["Sorry again,\n{rfirst}", "Apologies again,\n{rfull}\n{rtitle}"] + SIGN_REC,
        kind=OTHER,
    ),
    # 11. the offer letter had a typo; the corrected one is attached
    family(
        "b4-oj-offer-letter-corrected",
        10,
        PERSON_FROM
        + ["{company} People Team <people@{cdomain}>", "{company} HR <hr-offers@{cdomain}>"],
        [
            "Corrected offer letter - {role}",
            "Re: Your offer - amended version attached",
            "Apologies: error in your offer letter",
            "Please disregard previous offer letter",
            "Updated offer documents",
            "",
        ],
        HELLO + HELLO_FORMAL,
        [
            "I'm sorry - the offer letter we sent you on {date} contained a mistake.",
            "Apologies for the confusion: there was a typo in your offer letter for {role}.",
            "We regret an error in the contract we e-mailed you [[yesterday|earlier this week|on {date}]].",
            "Please disregard the offer letter you received on {date}; it went out with an error in it.",
        ],
        [
            "Your [[start date|annual salary|job title|surname|notice period]] was [[shown incorrectly|wrong|misspelled|entered incorrectly]] [[in the first paragraph|on page 2|in the summary table]].",
            "It gave your start date as the [[1st|15th|3rd]] rather than {date2}, the date we agreed.",
            "The salary figure was missing a digit, which I'm sure gave you a fright!",
        ],
        [
            "The corrected letter is attached. Nothing else has changed, and the offer stands exactly as we discussed.",
            "I've attached the amended version. The earlier letter has been [[cancelled|canceled]] in our system, but your offer itself is unaffected.",
            "We've voided the original document in [[our e-signing tool|the candidate portal]] and sent a fresh one for signature. Everything else is identical.",
            "Attached: Offer letter - {role} (corrected).pdf. Please sign this one rather than the original.",
        ],
        (
            0.65,
            [
                "If you've already signed the first version, no problem - just sign the new one and we'll discard the old.",
                "We're all looking forward to having you on board[[ from {date2}|]].",
                "Sorry for the extra admin, and congratulations again!",
                "The deadline to accept is still {date2}.",
            ],
        ),
        SIGN_REC + SIGN_DESK,
        kind=OTHER,
    ),
    # 12. a job the reader SAVED (never applied to) has closed
    family(
        "b4-oj-saved-job-closed",
        12,
        [
            "{board} <alerts@{boarddom}>",
            "{board} Saved Jobs <saved@mail.{boarddom}>",
            "no-reply@{boarddom}",
            "{board} <hello@{boarddom}>",
        ],
        [
            "A job you saved has closed",
            "Saved job expired: {role} at {company}",
            "{role} is no longer accepting applications",
            "Heads up: one of your saved jobs has been filled",
            "Your saved jobs: 1 update",
            "",
        ],
        ["Hi {first},", "Hello {first},", "{first}, a quick update", ""],
        [
            "You saved {role} at {company} on {date} but haven't applied. Unfortunately the listing has now expired.",
            "The {role} job at {company} that you bookmarked is no longer accepting applications.",
            "Saved job update\n{role} · {company} · {location}\nStatus: [[Expired|Closed by employer|Position filled]]\nYou did not apply to this job.",
            "Bad news about a job on your shortlist: {company} has [[filled|closed|taken down]] the {role} listing you saved.",
            "One of the jobs you saved has been removed by the employer: {role} ({company}).",
        ],
        [
            "Since you never applied, there's nothing to withdraw - we've simply moved it to 'Expired' in your saved jobs.",
            "Jobs often close before their advertised deadline when an employer gets enough applicants. Turning on alerts helps you apply sooner.",
            "We've taken it off your saved list so it doesn't clutter things up.",
            "If you were planning to apply, try the similar openings below - [[two|three|several]] of them are near {city}.",
        ],
        (0.75, more_jobs),
        [
            "You're receiving this because you saved a job on {board}. Manage saved jobs · Unsubscribe",
            "{board} · {year} · Job alert and saved-job e-mails can be switched off in Settings.",
            "Sent to {cmail} by {board}. We never share your saved jobs with employers.",
        ],
        orgs={
            "board|boarddom": [
                "Jobcairn|jobcairn.com",
                "Openrung|openrung.io",
                "Shortlistly|shortlistly.co.uk",
                "Hireharbour|hireharbour.jobs",
            ]
        },
        kind=OTHER,
    ),
]
