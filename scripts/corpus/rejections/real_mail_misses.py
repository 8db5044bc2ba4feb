"""Rejections shaped like the real mail the model once missed (families b5-*): thread replies
naming someone else's hire, refusals under careers footers, hedges, recruiter call notes,
public-sector notices, bare ATS statuses and programme decisions.

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/agencies_and_portals.py.
"""

from __future__ import annotations

from ..voices.agencies_and_portals import (
    AFTER_CHOICE,
    AGENCIES,
    CHOICE_OF_OTHER,
    PORTALS,
    PUBLIC,
    REJ,
    THREAD_FROM,
    THREAD_SUBJECTS,
    WARM,
    careers_footer,
    person_sig,
    quoted,
)
from ..voices.house_styles import family

FAMILIES = [
    family(
        "b5-thread-choice-of-other",
        16,
        THREAD_FROM,
        THREAD_SUBJECTS,
        ["Hi {first},", "{first},", "Hi {first} -", "Dear {first},"],
        WARM,
        CHOICE_OF_OTHER,
        (0.7, AFTER_CHOICE),
        person_sig,
        (0.75, quoted("choice")),
        kind=REJ,
    ),
    family(
        "b5-thread-manager-hired-elsewhere",
        14,
        ["{mfirst} {mlast} <{mfirst}.{mlast}@{cdomain}>", "{rfull} <{rmail}>"],
        [
            "RE: [EXT] Re: Thanks for today",
            "Re: [EXT] {role} conversation",
            "RE: RE: {role}",
            "Re: Our chat on {weekday}",
        ],
        ["Hi {first},", "Hey {first},", "{first} -"],
        [
            "Thanks for your patience and for the energy you brought to every conversation.",
            "Thanks so much for the time you spent with the team; it was clear you'd done your "
            "homework on us.",
            "I really enjoyed our conversations and wanted to write to you myself.",
        ],
        [
            "We've decided to go with another candidate whose experience maps more directly "
            "onto the next six months of work.",
            "After a lot of back and forth we've hired someone who has run this exact kind of "
            "team before.",
            "We've offered the job to another finalist and they've accepted.",
            "Our choice has landed on someone else, largely for their depth in the domain.",
            "We're moving ahead with another applicant for this one.",
        ],
        (
            0.6,
            [
                "I'd be glad to keep in touch, and I'll reach out if we open something that "
                "fits you better.",
                "If feedback would help, just reply and we'll find time.",
            ],
        ),
        ["Best,\n{mfirst}", "All the best,\n{mfirst} {mlast}", "Thanks again,\n{mfirst}"],
        (0.6, quoted("manager")),
        kind=REJ,
    ),
    family(
        "b5-thread-short-decision",
        14,
        THREAD_FROM,
        [
            "RE: [EXT] Re: {role}",
            "Re: [External] Re: update?",
            "RE: Re: Following up",
            "RE: [EXT] RE: availability",
        ],
        ["Hi {first},", "{first},", "Hello {first},"],
        (0.5, ["Thanks for checking in, and sorry for the wait.", "Good to hear from you."]),
        [
            "We've filled the role with another candidate.",
            "The team chose another applicant in the end.",
            "We've hired a candidate with more direct experience, so we'll be closing your "
            "application.",
            "We went with someone else, I'm afraid.",
            "The hiring team selected another person for the role.",
        ],
        (0.5, ["Really appreciate all the effort you put in.", "Best of luck with everything."]),
        ["{rfirst}", "Thanks,\n{rfirst}", "Best,\n{rfull}"],
        quoted("short"),
        kind=REJ,
    ),
    family(
        "b5-refusal-under-careers-footer",
        24,
        [
            "{company} Careers <careers@{cdomain}>",
            "{company} Talent <talent-noreply@{cdomain}>",
            "no-reply@careers.{cdomain}",
        ],
        [
            "Your {company} application",
            "About your application for {role}",
            "{role} update",
            "Application {req}: an update",
        ],
        ["Dear {first},", "Hi {first},", "Dear {full},", "Hello,"],
        (
            0.8,
            [
                "Thanks for your interest in {role} at {company}.",
                "We appreciate you applying to join {company} as {arole}.",
                "Thank you for putting yourself forward for {role}.",
            ],
        ),
        [
            "We've looked at your application carefully and won't be progressing it further.",
            "We are sorry to say that you have not been selected for this vacancy.",
            "After reviewing it against the role requirements, we have decided not to invite "
            "you to interview.",
            "Your application has been unsuccessful on this occasion.",
            "We will not be moving you on to the next stage of the process.",
        ],
        (
            0.6,
            [
                "We wish you every success.",
                "Thank you again for your time.",
                "Good luck with the rest of your search.",
            ],
        ),
        ["The {company} Recruitment Team", "{company} Talent Acquisition", "Team {company}"],
        careers_footer,
        kind=REJ,
    ),
    family(
        "b5-hedged-closer-match",
        24,
        [
            "{rfull} <{rmail}>",
            "{company} Hiring <hiring@{cdomain}>",
            "{rfirst} at {company} <{rinit}>",
        ],
        ["{role}", "Re: your application", "Thanks for applying", "", "{company} - {role}"],
        ["Hi {first},", "Hello {first},", "{first},", ""],
        (
            0.6,
            [
                "Thanks again for your application and your patience while we reviewed everyone.",
                "It was good to learn about your background.",
                "We appreciate the interest in {company}.",
            ],
        ),
        [
            "We've gone with applicants whose experience sits a little closer to what we need "
            "right now.",
            "We've taken the search in another direction.",
            "Others in the pool matched the brief more closely, so we're focusing on them.",
            "We're progressing with a few people whose backgrounds line up more directly with "
            "the role.",
            "We've opted for a different profile for this hire.",
            "The team felt other candidates were a stronger match for this particular opening.",
            "We've settled on a shortlist that leans more towards hands-on {team} experience.",
        ],
        (
            0.7,
            [
                "Thanks for thinking of us, and all the best.",
                "We hope you'll keep an eye on our other openings.",
                "Wishing you luck elsewhere.",
            ],
        ),
        (0.7, ["{rfirst}", "Best,\n{rfull}", "The {company} team"]),
        kind=REJ,
    ),
    family(
        "b5-recruiter-call-other-role",
        20,
        ["{rfull} <{rfirst}@{agdom}>", "{rfull} | {agency} <{rfirst}.{rlast}@{agdom}>"],
        [
            "Our call today",
            "Re: {role} with {company}",
            "Catch-up + a new role",
            "Following up",
            "",
        ],
        ["Hi {first},", "{first},", "Hey {first},"],
        [
            "Thanks for taking my call earlier.",
            "Nice to catch up by phone just now.",
            "Really appreciated the chat on {weekday}.",
        ],
        [
            "To put it in writing: {company} have gone with another applicant for {role}.",
            "As I said on the phone, the client isn't taking your application for {role} any "
            "further.",
            "Sadly {company} fed back that they'll be proceeding with someone else for {role}.",
            "{company} have confirmed they've filled {role} with another candidate.",
        ],
        [
            "The good news is I'm working on a {team} lead position with another client that "
            "could be a great fit - can I send you the details?",
            "I've got another opening in {city} that matches your background closely; shall we "
            "talk it through on {weekday}?",
            "There's a similar role at a different firm I'd like to put you forward for, if you "
            "are happy for me to.",
        ],
        ["Speak soon,\n{rfirst}\n{agency}", "Cheers,\n{rfull}\nPrincipal Consultant, {agency}"],
        orgs={"agency|agdom": AGENCIES},
        kind=REJ,
    ),
    family(
        "b5-public-notice",
        20,
        [
            "{agency} HR <hr-noreply@{agdom}>",
            "noreply@jobs.{agdom}",
            "Applicant Notices <notices@{agdom}>",
        ],
        [
            "Applicant notification - {role}",
            "Notice of Rating and Referral",
            "Vacancy {req}: your status",
            "Your application to the {agency}",
        ],
        ["Dear {full},", "Dear Applicant,", "Dear {title} {last},"],
        [
            "This notice is about your application for {role}, vacancy number {req}.",
            "We have completed the review of applications for vacancy {req} ({role}).",
        ],
        [
            "You met the minimum qualifications, but your application was not referred to the "
            "selecting official because higher-ranked applicants were available.",
            "We have determined that you are ineligible for this vacancy: you are outside the "
            "area of consideration.",
            "The vacancy has been cancelled and no one will be appointed from this posting.",
            "Your application did not demonstrate the required specialised experience, so you "
            "were rated not qualified.",
            "Your name was placed on the certificate, but another applicant was selected.",
            "Result: Not referred.",
        ],
        (
            0.6,
            [
                "You may ask for a reconsideration of your rating within 15 days.",
                "You can view the status of all your applications in your applicant account.",
            ],
        ),
        ["Please do not reply to this automated notice.", "Human Resources\n{agency}"],
        orgs={"agency|agdom": PUBLIC},
        kind=REJ,
    ),
    family(
        "b5-ats-bare-status",
        16,
        [
            "{company} Recruiting <no-reply@{portdom}>",
            "notifications@{portdom}",
            "{portal} for {company} <jobs@{portdom}>",
        ],
        [
            "Application status changed",
            "Your application: update",
            "{role} - status",
            "An update on {role}",
        ],
        (0.6, ["Hi {first},", "Hello,", "Dear {first},"]),
        (0.6, ["Your application has a new status.", "We have updated your application."]),
        [
            "{role} (req {req}): no longer in consideration",
            "Position: {role}\nStatus: Not moving forward",
            "Current status: Closed - other candidates selected",
            "Your application for {role} is no longer active.",
            "Status: Declined",
        ],
        (
            0.6,
            [
                "Log in to {portal} to view your application history.",
                "This message was sent automatically by {portal}.",
            ],
        ),
        orgs={"portal|portdom": PORTALS},
        kind=REJ,
    ),
    family(
        "b5-programme-decision",
        16,
        [
            "{company} Graduate Recruitment <graduates@{cdomain}>",
            "{company} Internships <interns@{cdomain}>",
        ],
        [
            "{year} Internship Programme - outcome",
            "Graduate Programme decision",
            "Your {company} {year} application",
            "Placement scheme update",
        ],
        ["Dear {first},", "Hi {first},"],
        [
            "Thank you for applying to our {year} programme and for completing the assessments.",
            "Thanks for your application to the {company} {year} summer internship.",
        ],
        (
            0.5,
            [
                "We had over [[4,000|7,500|9,000]] applications this year.",
                "Places on the programme are very limited.",
            ],
        ),
        [
            "We're sorry to say we can't offer you a place this year.",
            "On this occasion we will not be taking your application to the assessment centre.",
            "Your application has not been successful and the programme is now full.",
            "We have decided not to progress your application to the next round.",
        ],
        [
            "We'd encourage you to apply again when applications reopen in the autumn.",
            "Look out for our open days and insight events next year.",
        ],
        ["Best wishes,\nGraduate Recruitment, {company}", "The Early Talent Team"],
        kind=REJ,
    ),
]
