"""Application-received confirmations with negative procedural words (families b2-rcv-*):
"we cannot reply to everyone", "assume you were unsuccessful if you hear nothing".

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/house_styles.py.
"""

from __future__ import annotations

from ..voices.house_styles import ATS, HELLO, HELLO_FORMAL, RCV, SIGN_TEAM, family

# --- application-received confirmations with negative procedural words --------------------------
FAMILIES = [
    family(
        "b2-rcv-cannot-reply-all",
        14,
        ["{company} Jobs <jobs@{cdomain}>", "{company} Careers <careers@{cdomain}>"],
        [
            "We've got your application",
            "Application received - {role}",
            "Thanks for applying to {company}",
        ],
        HELLO,
        [
            "Thanks for applying for {role}. This e-mail confirms we have your application.",
            "Your application for {role} has arrived safely.",
        ],
        [
            "We're a small team and, unfortunately, we cannot reply to every applicant individually.",
            "Because of the number of people who apply, we're sorry we can't write to everyone personally.",
        ],
        [
            "If your experience matches what we need, someone from the team will be in touch to arrange a first call.",
            "Candidates selected for interview will hear from us directly by e-mail.",
        ],
        SIGN_TEAM,
        kind=RCV,
    ),
    family(
        "b2-rcv-assume-if-silent",
        14,
        ["{company} HR <hr@{cdomain}>", "Recruitment <recruitment@{cdomain}>"],
        [
            "Acknowledgement of application",
            "{role} - application acknowledgement",
            "Your application {ref}",
        ],
        HELLO_FORMAL,
        [
            "We acknowledge receipt of your application for the post of {role}.",
            "This is to confirm that your application (reference {ref}) has been received.",
        ],
        [
            "The panel sits once the advert closes on {date2}. Only shortlisted applicants are contacted, so if you hear nothing within {period} of that date, please treat your application as unsuccessful.",
            "Our practice is to write only to those we invite to interview. Silence from us for {period} after the deadline means, regrettably, that you have not been selected.",
            "No news within {period} of the vacancy closing should be read as a decision not to take your application further - we are sorry we cannot tell everyone individually.",
        ],
        (
            0.6,
            [
                "Please quote your reference in any correspondence.",
                "Thank you for your interest in working with us.",
            ],
        ),
        ["Human Resources\n{company}", "Recruitment Office"],
        kind=RCV,
    ),
    family(
        "b2-rcv-no-feedback-stage",
        12,
        ["{company} Early Careers <earlycareers@{cdomain}>", "no-reply@{cdomain}"],
        [
            "Application submitted: {role}",
            "We've received your application",
            "{company} - submission confirmed",
        ],
        HELLO,
        [
            "Your application for {role} is complete and has been passed to our screening team.",
            "Thanks for submitting your application for {role} - everything came through.",
        ],
        [
            "Please note we are unable to give feedback at this early stage of the process.",
            "Unfortunately we're not able to provide individual feedback on applications before the interview stage.",
        ],
        [
            "You can follow the status of your application from your candidate dashboard at any time.",
            "We aim to update all applicants within {period}.",
        ],
        SIGN_TEAM,
        kind=RCV,
    ),
    family(
        "b2-rcv-no-email-applications",
        12,
        [
            "{company} Recruitment <recruitment@{cdomain}>",
            "Automatic reply: recruitment@{cdomain} <recruitment@{cdomain}>",
        ],
        [
            "Automatic reply: {role}",
            "Auto-reply: thank you for your e-mail",
            "Re: application for {role}",
        ],
        ["Thank you for your e-mail.", "Hello,"],
        [
            "We do not accept applications by e-mail. If you have already applied through our online portal, there is nothing more you need to do and your application will be reviewed as normal.",
            "Please be aware that CVs sent to this mailbox are not added to our recruitment system; if you have submitted an online application as well, it has been received.",
        ],
        [
            "This mailbox is checked twice a week, so please allow a few days for a reply to any other questions.",
            "For help with the online form, see the FAQs on our careers page.",
        ],
        ["{company} Recruitment (automatic reply)"],
        kind=RCV,
    ),
    family(
        "b2-rcv-high-volume-wait",
        14,
        ["{company} Talent <talent@{cdomain}>", "{company} via {ats} <no-reply@{atsdom}>"],
        [
            "Thanks - application received",
            "Your {role} application",
            "We're reviewing applications",
        ],
        HELLO,
        [
            "Thank you for your application for {role} at {company}.",
            "We've received your application and CV for {role}.",
        ],
        [
            "Due to the high volume of applications for this role, reviews are taking longer than usual, and it may be [[three|four|a few]] weeks before you hear from us.",
            "We've had an unusually large response to this advert, so please bear with us while we work through every application.",
        ],
        (
            0.6,
            [
                "We'll be in touch either way once a decision is made.",
                "There's no need to reapply or send your CV again.",
            ],
        ),
        ["The {company} Talent Team", "Sent via {ats} for {company}"],
        orgs=ATS,
        kind=RCV,
    ),
    family(
        "b2-rcv-ats-autoreply-id",
        14,
        ["{ats} <donotreply@{atsdom}>", "{company} Careers ({ats}) <donotreply@{atsdom}>"],
        [
            "Application confirmation #{ref}",
            "Confirmation: {role} at {company}",
            "Submission receipt",
        ],
        ["Dear {first} {last},", "Hi {first},"],
        [
            "Application ID: {ref}\nPosition: {role}{reqtxt}\nDate submitted: {date}\nStatus: Received",
            "We confirm receipt of application {ref} for {role} at {company}.",
        ],
        [
            "This is an automated confirmation. Unfortunately we are unable to answer questions sent to this address.",
            "Please do not reply to this message; the mailbox is not monitored and replies cannot be processed.",
        ],
        (
            0.6,
            [
                "To withdraw your application, sign in and choose 'Withdraw'.",
                "Incomplete applications are not reviewed, so check that all required fields are filled in.",
            ],
        ),
        ["Powered by {ats}"],
        orgs=ATS,
        kind=RCV,
    ),
]
