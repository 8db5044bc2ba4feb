"""Plain confirmations that promise to "contact you if", internship confirmations and short
human acknowledgements (families plain-*).

Greetings, sign-offs and senders are in
scripts/corpus/voices/plain.py.
"""

from __future__ import annotations

from ..engine import R
from ..voices.plain import _bye, _hi, _org, _person


def received_contact_if(rng, c):
    r = R(rng, c)
    body = r.body(
        _hi(r),
        r(
            [
                "Thank you for applying for the {role} position at {company}.",
                "We have received your application for {role}.",
                "Thanks for submitting your application to {company}.",
                "Your application for the {role} internship has been received.",
            ]
        ),
        r(
            [
                "We will review your application and contact you if your qualifications match our needs.",
                "Our team will review your profile and get in touch if you are selected for an interview.",
                "Only shortlisted candidates will be contacted.",
                "If your experience matches the role, a recruiter will reach out to discuss next steps.",
                "We will be in touch if we would like to move forward.",
                "Due to the volume of applications, we may not be able to respond to each applicant individually.",
            ]
        ),
        r.maybe(
            0.5,
            ["You can check your status anytime in the candidate portal.", "No action is needed."],
        ),
        _bye(r),
    )
    return (
        r(
            [
                "Application received",
                "Thank you for applying",
                "",
                "{company}: application received",
                "We got your application",
            ]
        ),
        body,
        _org(r),
    )


def received_internship(rng, c):
    r = R(rng, c)
    body = r.body(
        _hi(r),
        r(
            [
                "Thanks for applying to the {company} [[Summer|{year}]] Internship Program!",
                "We've received your application for {role} Intern.",
                "Thank you for applying to our Graduate Program.",
            ]
        ),
        r(
            [
                "Our university recruiting team reviews applications on a rolling basis.",
                "We'll be reviewing applications over the coming weeks and will let you know about next steps.",
                "If you are selected to move forward, you will receive an invitation to an online assessment.",
            ]
        ),
        r.maybe(0.5, ["Good luck with your studies!", "Follow us for campus events."]),
        _bye(r),
    )
    return (
        r(
            [
                "Internship application received",
                "Thanks for applying, {first}!",
                "{company} Graduate Program",
                "",
            ]
        ),
        body,
        _org(r),
    )


def ack_human(rng, c):
    r = R(rng, c)
    body = r.body(
        _hi(r),
        r(
            [
                "Got it, thanks! I'll pass your CV to the hiring manager.",
                "Thanks {first}, received. We're still interviewing this week and I'll update you after.",
                "Thanks for sending this over. No decision yet; I'll let you know as soon as I hear.",
                "Thank you, we've received your documents and will get back to you by {date}.",
                "Thanks for your patience. The team hasn't made a decision yet.",
            ]
        ),
        _bye(r),
    )
    return r(["Re: {role}", "", "Re: CV", "RE: Application"]), body, _person(r)


FAMILIES = [
    ("plain-received-contact-if", received_contact_if, 40, "application_received"),
    ("plain-received-internship", received_internship, 30, "application_received"),
    ("plain-ack-human", ack_human, 24, "application_received"),
]
