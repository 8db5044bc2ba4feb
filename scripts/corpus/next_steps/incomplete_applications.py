"""Next-steps mail with "unfortunately" and "not able to consider" (families b2-nxt-*):
unfinished applications, missing documents, expiring assessment links, referees.

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/house_styles.py.
"""

from __future__ import annotations

from ..voices.house_styles import ATS, HELLO, NXT, SIGN_PERSON, family

# --- next steps with negative words ------------------------------------------------------------
FAMILIES = [
    family(
        "b2-nxt-finish-your-application",
        11,
        ["{company} Careers <careers@{cdomain}>", "{company} via {ats} <reminders@{atsdom}>"],
        [
            "Reminder: your application is not finished",
            "Don't forget to submit - {role}",
            "Your {role} application is still in draft",
        ],
        HELLO,
        [
            "You started an application for {role} [[a few days ago|last week|recently]], but it hasn't been submitted yet.",
            "We noticed your application for {role} is saved as a draft.",
        ],
        [
            "We will not be able to consider it unless all sections are completed and submitted before the closing date on {date2}.",
            "Unfortunately draft applications are not seen by the hiring team, so please finish yours before {date2}.",
        ],
        ["[ Continue application ]", "Pick up where you left off: https://{atsdom}/resume/{tok}"],
        ["{company} Careers"],
        orgs=ATS,
        kind=NXT,
    ),
    family(
        "b2-nxt-missing-documents",
        11,
        ["{rfull} <{rmail}>", "{company} Onboarding & Recruitment <recruitment@{cdomain}>"],
        [
            "Documents needed for your application",
            "Missing documents - {role}",
            "Action required: {role}",
        ],
        HELLO,
        [
            "Thank you for your application for {role}. Before we can pass it to the shortlisting panel, we need a couple more things from you.",
            "We are reviewing your application for {role}, but some documents are missing.",
        ],
        [
            "Please upload [[a copy of your degree certificate|your teaching registration number|proof of your right to work|a covering letter]] and [[two referees' contact details|your most recent transcript|your portfolio link]].",
            "We still need your [[supporting statement|transcript|DBS update service number]] to complete the file.",
        ],
        [
            "Unfortunately we cannot put incomplete applications forward, so please send these by {date2}.",
            "If we don't receive them by {date2}, we won't be able to include your application in shortlisting.",
        ],
        SIGN_PERSON,
        kind=NXT,
    ),
    family(
        "b2-nxt-assessment-link-expiring",
        11,
        ["{company} Assessments <assessments@{cdomain}>", "{ats} Assessments <tests@{atsdom}>"],
        [
            "Reminder: assessment closes in 48 hours",
            "Your {company} assessment - deadline approaching",
            "Don't miss your assessment deadline",
        ],
        HELLO,
        [
            "This is a reminder that your online assessment for {role} has not yet been completed.",
            "You're invited to the assessment stage for {role}, and we haven't seen your submission yet.",
        ],
        [
            "Unfortunately the link expires at 23:59 {tz} on {date2}, and we're not able to extend it.",
            "Please note the link will expire on {date2}; after that the assessment can't be reopened.",
        ],
        [
            "The assessment takes around {dur} minutes. Find somewhere quiet with a stable connection.\n\n[ Start assessment ]",
            "Start here: https://{atsdom}/assess/{tok}",
        ],
        ["Good luck!\n{company} Assessments Team", "Sent by {ats} on behalf of {company}"],
        orgs=ATS,
        kind=NXT,
    ),
    family(
        "b2-nxt-referee-details",
        10,
        ["{rfull} <{rmail}>", "{company} HR <hr@{cdomain}>"],
        ["References for {role}", "Next step: your referees", "Reference check - {role}"],
        HELLO,
        [
            "Thanks again for your time with the panel - we'd like to move on to reference checks for {role}.",
            "As the next step in the {role} process, we need details of two referees.",
        ],
        [
            "One should be your current or most recent line manager. Unfortunately we can't accept references from family members or personal friends.",
            "Please give a name, job title and e-mail address for each. We regret that we can't proceed without at least one professional reference.",
        ],
        (
            0.5,
            [
                "We won't contact anyone until you've told us it's OK.",
                "Please send these by {date2} if you can.",
            ],
        ),
        SIGN_PERSON,
        kind=NXT,
    ),
]
