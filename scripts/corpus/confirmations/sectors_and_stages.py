"""Application-received confirmations that warn about silence, NHS and public-sector acks,
agency registrations, founders' notes (families br-rcv-*).

Greetings, sign-offs, footers and the family
builder are shared with the br-* rejections in scripts/corpus/voices/base_letters.py.
"""

from __future__ import annotations

from ..voices.base_letters import ORG, bye_team, fam, footer, header, hi, hi_formal, kind_of, person

_FAMILIES = [
    # --- application received ---------------------------------------------------------------
    fam(
        "br-rcv-silence-means-no",
        16,
        ORG,
        [
            "Application received - {role}",
            "Thanks for applying to {company}",
            "We've got your application",
            "",
        ],
        hi,
        [
            "Thank you for applying for {role}. Your application has reached us safely.",
            "This is to confirm we have received your application for the {role} vacancy.",
        ],
        [
            "Our team is reviewing applications now. If you don't hear from us within [[2|two|three|3]] weeks, please consider your application unsuccessful on this occasion.",
            "Because of the number of applications, we can only reply to candidates we invite to interview; if you have not heard from us by {date2}, unfortunately you have not been successful this time.",
            "We aim to reply within {period}. If you haven't heard anything by then, please assume that we will not be taking your application further.",
        ],
        (
            0.5,
            [
                "Thank you for your interest and good luck.",
                "We appreciate the time you took to apply.",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-rcv-nhs-ack",
        14,
        ["NHS Jobs <no-reply@jobs.nhs.uk>", "Trac Jobs <no-reply@trac.jobs>"],
        [
            "Application submitted - {role}",
            "NHS Jobs: we have received your application",
            "Job reference {ref}: application received",
        ],
        hi_formal,
        [
            "Your application for {role}, job reference {ref}, has been submitted to the employer.",
            "Thank you for applying for {role} ({ref}). The recruiting manager will shortlist after the closing date.",
        ],
        [
            "Please check your account regularly, as all communication about this vacancy will be sent through NHS Jobs.",
            "If you have not been contacted within [[three|four]] weeks of the closing date, you have not been shortlisted on this occasion.",
            "Shortlisting will take place on {date2}. Interview invitations will be sent to shortlisted applicants only.",
        ],
        (
            0.5,
            [
                "Please do not reply to this automated message.",
                "You can withdraw your application at any time from your dashboard.",
            ],
        ),
        ["NHS Jobs", "Recruitment Services"],
        sector="health",
    ),
    fam(
        "br-rcv-career-centre-submitted",
        14,
        ["{portal} <no-reply@{portaldom}>", "{portal} Notifications <notify@{portaldom}>"],
        [
            "You applied to {role} at {company}",
            "Application submitted: {company}",
            "{portal}: application sent",
        ],
        ["Hi {first},", "{first},", ""],
        [
            "Your application to {role} at {company} was submitted on {date}.",
            "Nice work! You applied to {company} - {role}.",
        ],
        [
            "{company} will review applications after the posting closes. You'll get a notification here if the status changes.",
            "Employers may take several weeks to respond. Not every employer updates statuses, so don't be discouraged if you don't hear back.",
            "Track this application in your {portal} dashboard under Jobs > Applications.",
        ],
        (
            0.6,
            [
                "Tip: students who apply to 10+ jobs are twice as likely to get an interview.",
                "Upcoming: virtual career fair on {date2}. RSVP now.",
            ],
        ),
        ["{portal} | Career Center\nNotification settings | Unsubscribe"],
        setup={
            "portal": ["Handshake", "CareerPath", "GradLink", "12twenty", "CampusHire"],
            "portaldom": ["campus-mail.net", "mail.gradlink.com", "notifications.careerhub.io"],
        },
    ),
    fam(
        "br-rcv-agency-registration",
        12,
        ["{agency} <registrations@{agencydom}>", "{rfull} at {agency} <{rfirst}@{agencydom}>"],
        ["Welcome to {agency}", "Your registration with {agency}", "Thanks for your CV"],
        hi,
        [
            "Thanks for registering with {agency} and sending your CV.",
            "We've added your CV to our candidate database.",
        ],
        [
            "A consultant will call you if a role comes up that matches your experience. Unfortunately we can't reply to every applicant individually, so if you don't hear from us regarding a specific vacancy, we haven't been able to put you forward this time.",
            "We receive a high volume of applications and will only be in touch when we have something suitable.",
            "Please keep your availability up to date so we can match you to new roles.",
        ],
        ["{agency} Recruitment", "Kind regards,\n{rfirst}\n{agency}"],
        setup={
            "agency": [
                "Kestrel Recruitment",
                "Meridian Staffing",
                "TalentBridge",
                "ProStaff Group",
            ],
            "agencydom": ["kestrelrec.co.uk", "talentbridge.io", "prostaff.co.uk"],
        },
    ),
    fam(
        "br-rcv-internship-under-review",
        14,
        [
            "{company} Early Careers <earlycareers@{cdomain}>",
            "{company} Campus Recruiting <campus@{cdomain}>",
        ],
        [
            "{year} Internship - application received",
            "Your {company} internship application",
            "Summer Analyst application received",
        ],
        hi,
        [
            "Thank you for applying to the {company} {year} Summer [[Internship|Analyst|Co-op]] Program.",
            "We have received your application to our internship programme.",
        ],
        [
            "Our campus team reviews applications on a rolling basis between {month} and the spring. Due to the volume we receive, we are unfortunately unable to provide individual feedback on applications.",
            "If your application is successful at this stage, you will receive an invitation to a [[HireVue|video|online]] assessment.",
            "Positions fill quickly, so we appreciate your patience while we review.",
        ],
        (
            0.5,
            [
                "Meanwhile, follow our campus events page for info sessions at your school.",
                "Good luck with your exams!",
            ],
        ),
        bye_team,
    ),
    fam(
        "br-rcv-body-only",
        14,
        [person, "{rfirst} <{rmail}>"],
        [""],
        ["Hi {first},", "{first} -", "Hello {first},", ""],
        [
            "got your application for {role}, thanks. I'm going through CVs this week and will let you know either way by {date2}.",
            "thanks for applying. Received your CV and portfolio; the team will look at it after the [[holiday|launch|offsite]].",
            "just confirming we received your application for {role}. No decision yet; we're still early in the process.",
        ],
        (0.4, ["Thanks for your patience.", "Speak soon."]),
        ["{rfirst}", "- {rfirst}", "Sent from my phone"],
    ),
    fam(
        "br-rcv-html-footer",
        16,
        ORG,
        [
            "Thank you for your application",
            "{company} | We received your application",
            "Application confirmation {req}",
            "",
        ],
        header,
        hi,
        [
            "Thank you for applying for {role} ({req}) at {company}.",
            "Your application for {role} in {location} was submitted successfully.",
        ],
        [
            "Our recruiters review every application carefully. If your profile is a strong match, we will contact you to discuss next steps; if not, we will let you know.",
            "What happens next? A member of our talent team will review your background against the requirements of the role. This can take up to {period}.",
            "Unfortunately we are not able to respond to status enquiries by email, but you can track progress in your candidate account.",
        ],
        bye_team,
        footer,
        footer,
    ),
    fam(
        "br-rcv-status-in-review",
        14,
        ORG,
        ["Application status: {role}", "Your application status has changed", ""],
        header,
        [
            "APPLICATION STATUS\n------------------\nPosition: {role}\nRequisition: {req}\nStatus: [[Under Review|In Review|Screening|Submitted to Hiring Manager]]",
            "Position | {role}\nReference | {req}\nUpdated | {date}\nStatus | [[In review|Under consideration|Shortlisting]]",
        ],
        hi,
        [
            "Your application is being reviewed by the hiring team. We will update you once a decision has been made.",
            "No action is required from you at this time.",
        ],
        footer,
    ),
    fam(
        "br-rcv-founder-ack",
        12,
        ["{rfirst} <{rfirst}@{cdomain}>", "{rfull} <{rmail}>"],
        ["re: {role} at {company}", "", "Thanks for applying!"],
        ["hey {first},", "Hey {first}!", "Hi {first},"],
        [
            "{rfirst} here, co-founder of {company}. Just wanted to say your application landed and I'm reading it properly this week.",
            "Thanks for reaching out about {role}! We're a small team so replies are a bit slow, sorry in advance.",
        ],
        [
            "If it looks like a fit I'll send a calendar link for a 30 min chat.",
            "I'll get back to you either way within a week or so.",
            "Honestly we've had more applicants than expected, so bear with me.",
        ],
        ["{rfirst}", "cheers,\n{rfirst}"],
        sector="tech",
    ),
    fam(
        "br-rcv-non-native",
        12,
        ["HR Team <hr@{cdomain}>", "{rfull} <{rmail}>"],
        ["Received your application", "Confirmation of application", "Your candidature"],
        ["Dear {first},", "Dear Mr/Ms {last},", "Dear Sir or Madam,"],
        [
            "We confirm the receipt of your application for the position {role} and we thank you for the interest in our company.",
            "Thanks for apply to our vacancy. We have received your documents complete.",
        ],
        [
            "After the evaluation of all the candidates we will inform you about the result. Unfortunately this can take some weeks.",
            "Our team will check your profile and contact you if you are pass the first screening.",
            "Please be patient, we will come back to you with our decision.",
        ],
        ["Best regards\nHR Department", "With kind regards\n{rfull}"],
    ),
    fam(
        "br-rcv-grad-stages",
        12,
        ["{company} Graduate Recruitment <graduates@{cdomain}>"],
        ["Graduate Programme {year}: what happens next", "Your application to {company} Graduates"],
        hi,
        [
            "Thank you for applying to the {company} {year} Graduate Programme.",
            "We've received your graduate application - thank you!",
        ],
        [
            "Here is how our process works: 1) online tests, 2) video interview, 3) assessment centre. Candidates who are unsuccessful at any stage will be notified by email.",
            "You will receive a link to our online tests within [[48 hours|five working days]]. Please complete them before the deadline, otherwise we will unfortunately be unable to consider your application.",
        ],
        bye_team,
    ),
    fam(
        "br-rcv-public-closing-date",
        12,
        ["{council} Recruitment <recruitment@{councildom}>", "HR Services <hr@{councildom}>"],
        ["Acknowledgement - {role} ({ref})", "Application acknowledged"],
        hi_formal,
        [
            "We acknowledge receipt of your application for the post of {role}, reference {ref}.",
            "Thank you for applying to {council} for {role}.",
        ],
        [
            "Shortlisting will take place after the closing date of {date2}. Due to the volume of applications, if you have not heard from us within three weeks of the closing date, please assume that on this occasion you have not been shortlisted.",
            "We regret that we are unable to acknowledge applications individually beyond this message.",
        ],
        ["Yours faithfully\nHR Services\n{council}"],
        setup={
            "council": ["{city} City Council", "{city} Borough Council", "County of {city}"],
            "councildom": ["council.gov.uk", "county.gov"],
        },
    ),
]

FAMILIES = [(name, fn, count, kind_of(name)) for name, fn, count in _FAMILIES]
