"""Confirmations that talk about a refusal that has not happened (families b5-*): CVs held
"on condition", "you will hear either way", contact only if matched, neutral statuses.

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/agencies_and_portals.py.
"""

from __future__ import annotations

from ..voices.agencies_and_portals import PORTALS, PUBLIC, RCV
from ..voices.house_styles import family

FAMILIES = [
    family(
        "b5-conditional-hold-cv",
        28,
        [
            "{company} Careers <careers@{cdomain}>",
            "{company} Recruitment <jobs@{cdomain}>",
            "{rfull} <{rmail}>",
        ],
        [
            "Thanks for your application",
            "Application received: {role}",
            "{role} - we've got it",
            "Your application to {company}",
        ],
        ["Dear {first},", "Hi {first},", "Hello {full},"],
        [
            "Thanks for applying for {role} - your application has arrived safely.",
            "We confirm that we've received your application for the {role} vacancy.",
            "Thank you for your interest in {company}; your application is with us.",
        ],
        (
            0.7,
            [
                "We'll review it once the advert closes and be in touch about next steps.",
                "A member of the team will look at it within the next fortnight.",
            ],
        ),
        [
            "If we do not take you forward for this role, we'll hold your CV on file and may "
            "contact you about other vacancies.",
            "Should you not be shortlisted, we will retain your details in our talent pool for "
            "a year.",
            "If this position isn't the right match, we may still be in touch about future roles.",
            "In case you aren't selected for interview, your application will stay on our system "
            "for future openings.",
            "Should we decide not to proceed with your application, we'd still like to keep your "
            "profile on record.",
        ],
        ["Best wishes,\n{company} Recruitment", "Kind regards,\nThe Talent Team", "{rfirst}"],
        kind=RCV,
    ),
    family(
        "b5-either-way-you-will-hear",
        20,
        ["{rfull} <{rmail}>", "{company} People <people@{cdomain}>"],
        ["Re: {role}", "Application for {role}", "Thanks for applying!"],
        ["Hi {first},", "Dear {first},", "{first},"],
        ["Thanks - we've got your application for {role}.", "Thank you for applying to {company}."],
        (
            0.7,
            [
                "We're reading applications as they come in.",
                "The shortlist will be drawn up after the closing date on {date}.",
            ],
        ),
        [
            "Either way, you'll hear back from us once the shortlist is agreed.",
            "Whether or not you're shortlisted, we'll let you know by {date}.",
            "Whatever the decision, we'll write to you - nobody is left hanging.",
            "Either way we'll keep your details and update you when we have news.",
        ],
        ["Best,\n{rfirst}", "Kind regards,\n{company} People Team"],
        kind=RCV,
    ),
    family(
        "b5-contact-only-if-match",
        24,
        [
            "{company} Recruitment <recruitment@{cdomain}>",
            "noreply@{cdomain}",
            "{company} HR <hr@{cdomain}>",
        ],
        [
            "Acknowledgement of application",
            "Application {req} received",
            "Thank you for your application",
            "",
        ],
        ["Dear Candidate,", "Dear {first},", "Hello {first},"],
        [
            "We acknowledge receipt of your application for {role}.",
            "Thank you for applying for {role} (reference {req}).",
        ],
        [
            "We will be in touch only if your profile matches what we're looking for.",
            "Only applicants selected for interview will be contacted.",
            "If you haven't heard from us within four weeks, please take it that you have not "
            "been shortlisted this time.",
            "Because of the number of applications, we're unable to reply to everyone; "
            "shortlisted candidates will hear from us.",
            "We regret that we cannot give feedback to applicants who are not shortlisted.",
            "We'll contact you if there's a match with one of our vacancies.",
        ],
        (0.6, ["Thank you for your interest in {company}.", "We wish you luck."]),
        (0.5, ["This e-mail was sent automatically; replies are not monitored."]),
        kind=RCV,
    ),
    family(
        "b5-ats-neutral-status",
        16,
        ["{company} Recruiting <no-reply@{portdom}>", "notifications@{portdom}"],
        ["Application status changed", "Your application: update", "{role} - status"],
        (0.6, ["Hi {first},", "Hello,"]),
        (0.6, ["Your application has a new status.", "We have updated your application."]),
        [
            "{role} (req {req}): under review",
            "Position: {role}\nStatus: Submitted",
            "Current status: With the hiring manager",
            "Your application for {role} is being reviewed.",
        ],
        (
            0.6,
            [
                "We can't give updates by phone; you'll hear from us when the status changes.",
                "Log in to {portal} to view your application history.",
            ],
        ),
        orgs={"portal|portdom": PORTALS},
        kind=RCV,
    ),
    family(
        "b5-public-receipt",
        14,
        ["noreply@jobs.{agdom}", "{agency} HR <hr-noreply@{agdom}>"],
        ["Application received - vacancy {req}", "Receipt of application: {role}"],
        ["Dear {full},", "Dear Applicant,"],
        ["We have received your application for {role}, vacancy number {req}."],
        [
            "Once the vacancy closes, applications are rated. You will be notified whether you "
            "are referred to the selecting official.",
            "If you are found ineligible you will be told why; otherwise you will hear whether "
            "you have been referred.",
            "Not every applicant will be referred for interview. A further notice will follow.",
        ],
        ["Human Resources\n{agency}"],
        orgs={"agency|agdom": PUBLIC},
        kind=RCV,
    ),
]
