"""Application confirmations that talk about a refusal that has not happened: "if your profile
doesn't match we'll keep it on file", "either way we'll keep your details", "we'll only be in
touch if there's a match", "due to the high volume we cannot respond to every applicant", in
plain, HTML-rendered and non-native letters (families w1-conf-*; helper W1, issue 11 third
pass; written for rejectwatch).
"""

from __future__ import annotations

from ..voices import international_threads as intl

RCV = "application_received"

KEEP_ON_FILE = [
    "Our team will review it over the coming {weeks} weeks. If your profile doesn't match what "
    "we're looking for this time, we'll keep it on file for future openings.",
    "If it turns out your experience isn't the right fit for this role, we'll hold on to your "
    "CV and get in touch when something more suitable comes up.",
    "Should your application not be taken further for this vacancy, your details will stay in "
    "our talent pool for twelve months, unless you ask us to delete them.",
    "If we don't take you forward to interview, you'll still hear from us, and we'll keep your "
    "profile for similar roles.",
    "If other applicants align more closely with the requirements, we'll keep your profile on "
    "file and let you know about similar roles.",
    "Should the team decide to go another way, your details stay in our talent pool for a year "
    "and you can withdraw them at any time.",
    "If we move ahead with other profiles, you'll receive an email from us, and your CV will "
    "remain in our database for {period}.",
    "If we decide to pursue candidates whose experience is closer to the role, we'll keep "
    "yours on file for the next opening.",
    "In case another applicant suits this position better, we'll let you know by email "
    "and keep your CV for the next opening in {team}.",
]


EITHER_WAY = [
    "We aim to reply to everyone within {period}. Either way, we'll keep your details on file "
    "for future roles.",
    "Whatever the outcome, you'll hear from us once the closing date has passed, and either way "
    "your profile stays in our database.",
    "Either way, we'll let you know how things stand by {date2}.",
    "You'll get an answer from us either way - usually within {period} of the closing date.",
    "Whether or not we invite you to interview, we'll be in touch - either way your data is "
    "kept safely for {period}.",
]


ONLY_IF = [
    "We'll only be in touch if there's a match.",
    "Due to the high volume of applications we cannot respond to every applicant individually; "
    "we will contact you if your profile is shortlisted.",
    "We will be moving ahead with the profiles that best match the brief, and if yours is one of "
    "them, we'll contact you within {period}.",
    "Because we receive so many applications, we can only reply to the candidates we invite to "
    "interview.",
    "If you haven't heard from us within {period}, the hiring team will have chosen other "
    "profiles this time - but your details stay with us for future vacancies.",
    "Only shortlisted candidates will be contacted. We appreciate your understanding.",
    "Where we decide to pursue candidates whose experience is closer to the brief, we may not "
    "be able to write to you individually.",
    "We'll be in touch only if your background aligns closely with the role; otherwise we keep "
    "your application for future vacancies.",
]


NN_RCV = [
    "We will contact you only in case your profile is matching with the position.",
    "In case your CV is not fitting for this position, we keep it in our database for future "
    "positions, if you agree.",
    "Kindly note that only short-listed candidates will be contacted for further process.",
    "If no answer from us in {period}, please consider that other candidates were preferred. "
    "Your CV stays in our database.",
    "Our HR team will analyse your candidature and come back to you in either case.",
]


FAMILIES = [
    (
        "w1-conf-keep-on-file",
        intl.letter(
            intl.RCV_OPEN,
            KEEP_ON_FILE,
            intl.RCV_CLOSE,
            frame_p=0.45,
            subjects=intl.RCV_SUBJECTS,
        ),
        35,
        RCV,
    ),
    (
        "w1-conf-either-way",
        intl.letter(
            intl.RCV_OPEN,
            EITHER_WAY,
            intl.RCV_CLOSE,
            frame_p=0.45,
            subjects=intl.RCV_SUBJECTS,
        ),
        30,
        RCV,
    ),
    (
        "w1-conf-only-if-match",
        intl.letter(
            intl.RCV_OPEN,
            ONLY_IF,
            intl.RCV_CLOSE,
            frame_p=0.45,
            subjects=intl.RCV_SUBJECTS,
        ),
        35,
        RCV,
    ),
    (
        "w1-conf-nonnative",
        intl.letter(
            [
                "We confirm the reception of your candidature for {role}.",
                "Thank you for your application to the position {role}.",
                "We have well received your CV.",
            ],
            NN_RCV,
            ["Best of luck.", "Thank you for your interest for {company}."],
            frame_p=0.3,
            sign=intl.NN_SIGN,
            hello=[
                "Dear {first} {last},",
                "Dear candidate,",
                "Hello {first},",
                "Dear Mr./Ms. {last},",
            ],
            subjects=intl.RCV_SUBJECTS + ["Confirmation of candidature"],
            slips=0.3,
        ),
        25,
        RCV,
    ),
]
