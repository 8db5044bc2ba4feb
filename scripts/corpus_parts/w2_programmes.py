"""Internship, graduate and apprenticeship programme decisions (helper W2, issue 11; written
for rejectwatch).

Rejections: assessment-centre and online-test results, "the cohort is full", "we are not
offering you a place", apprenticeship intakes. Hard negatives in the same early-careers
voice: invitations to assessment centres and online tests, and programme offers.
"""

from __future__ import annotations

from .engine import R
from .w2_pieces import family, long_footer, no_reply

REJ = "rejection"
NXT = "next_steps"
OFF = "offer"
RCV = "application_received"

SENDERS = [
    "{company} Early Careers <earlycareers@{cdomain}>",
    "{company} Graduates <graduates@{cdomain}>",
    "{company} Student Recruitment <students@{cdomain}>",
    "{rfull} <{rmail}>",
    "{company} Apprenticeships <apprenticeships@{cdomain}>",
]
SUBJECTS = [
    "Your {prog} application",
    "{company} {prog} {year} \u2013 update",
    "Assessment centre outcome",
    "{prog}: next steps",
    "Your application to the {company} {prog}",
    "Update from {company} Early Careers",
    "{prog} {year} | {company}",
]
HELLO = [
    "Dear {first},",
    "Hi {first},",
    "Hello {first},",
    "Dear {first} {last},",
    "Hi {first}!",
    "Dear Applicant,",
]
BYE = [
    "Best wishes,\nThe {company} Early Careers Team",
    "Kind regards,\n{rfull}\nEarly Careers Recruitment",
    "Good luck,\nThe Graduate Recruitment Team",
    "Warm wishes,\n{rfirst} and the {prog} team",
    "Yours sincerely,\nStudent Recruitment | {company}",
    "Cheers,\n{rfirst}\nCampus Recruiter, {company}",
]
CONTEXT = {
    "ac": [
        "Thank you for attending our [[virtual|in-person|]] assessment centre on {date}. We hope you enjoyed meeting the team.",
        "Thanks for taking part in the {prog} assessment day \u2013 the [[group exercise|case study|presentation|in-tray exercise]], interview and everything in between.",
        "It was great to see you at the final stage of our {prog} selection process last {weekday}.",
    ],
    "test": [
        "Thank you for completing the online assessments for our {prog}.",
        "We have now received the results of the [[numerical and verbal reasoning|situational judgement|game-based|coding]] tests you completed on {date}.",
        "Thanks for taking the time to complete our online test as part of your {prog} application.",
    ],
    "app": [
        "Thank you for applying to the {company} {prog} {year}.",
        "Thanks for your application to our {year} {prog} intake.",
        "We really appreciate your interest in starting your career with {company}.",
        "Thank you for your patience while we reviewed applications for the {prog}.",
    ],
}
REFUSED = {
    "ac": [
        "Having considered your performance across all the exercises, [[we're sorry to tell you|I'm sorry to let you know|we regret to inform you]] that we won't be offering you a place on the {prog} this year.",
        "The assessors have met to review every candidate, and on this occasion you have not been successful.",
        "Your overall score landed a little short of the mark we set, so there is no place for you in this cohort.",
        "After a very close final review, we have decided not to make you an offer for the {prog}.",
    ],
    "test": [
        "Your results were below the benchmark we set for this stage, so we are unable to take your application further.",
        "On this occasion your scores did not meet the threshold to progress to the video interview, and your application [[has now closed|will not continue]].",
        "Sorry to say your test results don't take you through to the next stage of the {prog} process.",
        "Unfortunately the results of the test was not enough to continue in the process, so we cannot invite you to the next round.",
    ],
    "app": [
        "All places on the {prog} {year} cohort have now been [[filled|allocated]], so we are unable to offer you a place.",
        "We have [[now|]] reached capacity for this year's intake and are not offering you a place on the programme.",
        "We've read your application and won't be asking you to the next stage of the {prog}.",
        "Our {prog} received more applications than ever this year and we're not able to progress yours.",
        "Regretfully we cannot offer you a place in our {prog} for the {year} intake.",
        "We have decided that we will not be offering you an apprenticeship in this intake.",
    ],
}
REFUSED_AFTER = [
    "Please don't be discouraged \u2013 many of our current graduates applied more than once.",
    "You're welcome to apply again next year, and we'd love to hear from you.",
    "Your personalised feedback report is available in your applicant portal for the next 30 days.",
    "We can't offer individual feedback, but you'll find tips on our careers blog.",
    "We hope the experience was useful, and we wish you the very best for your studies and career.",
    "",
]
INVITE = {
    "ac": [
        "We're delighted to invite you to our [[virtual|in-person]] assessment centre on {date}, starting at {time}.",
        "Congratulations \u2013 you've been selected for the final stage: an assessment day at our {city} office on {date}.",
        "Based on your video interview, we would like you to join us for the {prog} assessment centre. Please book a date by {date2}.",
    ],
    "test": [
        "The next step is a set of online assessments. Please complete them within {days} days of receiving this e-mail.",
        "You've been invited to complete our [[numerical and verbal reasoning|situational judgement|game-based|coding]] test. The link below expires on {date2}.",
        "Please complete the online test for the {prog} by {date2}; it takes about [[30|45|60]] minutes.",
    ],
}
INVITE_AFTER = [
    "Please read the candidate guide attached before the day.",
    "Find a quiet space and a stable internet connection before you start.",
    "If you need any adjustments, reply to this e-mail and we'll arrange them.",
    "You'll find practice questions in your applicant portal.",
    "Places on each date are limited, so please book early.",
]
RECEIVED = [
    "We've received your application for the {prog} {year}. Our team will review it and, if you progress, invite you to the online assessments.",
    "Application submitted! We shortlist for the {prog} as applications come in, so you could hear from us before the closing date.",
    "This is to confirm that your application to the {prog} is complete. Next, our recruiters will screen your application against the entry requirements.",
]
RECEIVED_AFTER = [
    "If you are not shortlisted, we will let you know by e-mail.",
    "You can track your application in the applicant portal.",
    "Keep an eye on your inbox (and spam folder) for the test invitation.",
    "Spaces on the programme are limited, and we review every application carefully.",
]
OFFERED = [
    "We are delighted to offer you a place on the {company} {prog} {year}!",
    "Congratulations \u2013 following the assessment centre, we'd like to offer you a place in our {prog} cohort starting in {month}.",
    "I'm thrilled to let you know that you have been successful, and we are offering you a place on the {prog}.",
    "Great news: the assessors were impressed and we'd love you to join the {prog} this {month}.",
]
OFFERED_AFTER = [
    "Your offer letter and contract are attached; please accept in the applicant portal by {date2}.",
    "We'll be in touch shortly about your start date, induction and the pre-employment checks.",
    "Your offer is conditional on satisfactory references and a right-to-work check.",
    "Please confirm whether you accept by replying to this e-mail within {days} days.",
]


def _mail(stage: str, kind: str):  # type: ignore[no-untyped-def]
    def write(r: R) -> tuple[str, str, str]:
        if kind == REJ:
            core = [r(REFUSED[stage]), r(REFUSED_AFTER), r(REFUSED_AFTER) if r.chance(0.3) else ""]
        elif kind == NXT:
            core = [r(INVITE[stage]), r(INVITE_AFTER), r(INVITE_AFTER) if r.chance(0.3) else ""]
        elif kind == RCV:
            core = [r(RECEIVED), r(RECEIVED_AFTER)]
        else:
            core = [r(OFFERED), r(OFFERED_AFTER)]
        # an invitation thanks the reader for the stage before the one it invites to
        before = {"ac": "test", "test": "app"}[stage] if kind == NXT else stage
        body = r.body(
            r(HELLO),
            r(CONTEXT[before]),
            *core,
            r(BYE),
            long_footer(r, jobs=0.2) if r.chance(0.3) else "",
        )
        return r(SUBJECTS), body, r(SENDERS) if r.chance(0.6) else no_reply(r)

    return write


_REJ = [
    family("w2-prog-assessment-centre-refused", 32, REJ, _mail("ac", REJ)),
    family("w2-prog-online-test-refused", 26, REJ, _mail("test", REJ)),
    family("w2-prog-no-place", 34, REJ, _mail("app", REJ)),
]
_NXT = [
    family("w2-prog-assessment-centre-invite", 26, NXT, _mail("ac", NXT)),
    family("w2-prog-online-test-invite", 24, NXT, _mail("test", NXT)),
]
_RCV = [family("w2-prog-application-received", 20, RCV, _mail("app", RCV))]
_OFF = [family("w2-prog-place-offered", 22, OFF, _mail("ac", OFF))]

FAMILIES_BY_FILE = {
    "rejections.jsonl": (_REJ, "rej"),
    "next_steps.jsonl": (_NXT, "nxt"),
    "offers.jsonl": (_OFF, "off"),
    "application_received.jsonl": (_RCV, "rcv"),
}
