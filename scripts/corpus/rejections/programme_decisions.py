"""Internship, graduate and apprenticeship programme refusals: assessment-centre and online-test
results, cohort full, no place (families w2-prog-*; voice in voices/programme_letters.py).
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.programme_letters import programme_mail

AFTER_ASSESSMENT_CENTRE = [
    "Having considered your performance across all the exercises, [[we're sorry to tell you|I'm sorry to let you know|we regret to inform you]] that we won't be offering you a place on the {prog} this year.",
    "The assessors have met to review every candidate, and on this occasion you have not been successful.",
    "Your overall score landed a little short of the mark we set, so there is no place for you in this cohort.",
    "After a very close final review, we have decided not to make you an offer for the {prog}.",
]
AFTER_TEST = [
    "Your results were below the benchmark we set for this stage, so we are unable to take your application further.",
    "On this occasion your scores did not meet the threshold to progress to the video interview, and your application [[has now closed|will not continue]].",
    "Sorry to say your test results don't take you through to the next stage of the {prog} process.",
    "Unfortunately the results of the test was not enough to continue in the process, so we cannot invite you to the next round.",
]
AFTER_APPLICATION = [
    "All places on the {prog} {year} cohort have now been [[filled|allocated]], so we are unable to offer you a place.",
    "We have [[now|]] reached capacity for this year's intake and are not offering you a place on the programme.",
    "We've read your application and won't be asking you to the next stage of the {prog}.",
    "Our {prog} received more applications than ever this year and we're not able to progress yours.",
    "Regretfully we cannot offer you a place in our {prog} for the {year} intake.",
    "We have decided that we will not be offering you an apprenticeship in this intake.",
]
REFUSED_AFTER = [
    "Please don't be discouraged \u2013 many of our current graduates applied more than once.",
    "You're welcome to apply again next year, and we'd love to hear from you.",
    "Your personalised feedback report is available in your applicant portal for the next 30 days.",
    "We can't offer individual feedback, but you'll find tips on our careers blog.",
    "We hope the experience was useful, and we wish you the very best for your studies and career.",
    "",
]

FAMILIES = [
    family(
        "w2-prog-assessment-centre-refused",
        32,
        "rejection",
        programme_mail("ac", AFTER_ASSESSMENT_CENTRE, REFUSED_AFTER, 0.3),
    ),
    family(
        "w2-prog-online-test-refused",
        26,
        "rejection",
        programme_mail("test", AFTER_TEST, REFUSED_AFTER, 0.3),
    ),
    family(
        "w2-prog-no-place",
        34,
        "rejection",
        programme_mail("app", AFTER_APPLICATION, REFUSED_AFTER, 0.3),
    ),
]
