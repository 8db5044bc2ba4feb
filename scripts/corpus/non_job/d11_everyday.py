"""Mail about anything but a job that uses the words of a refusal (families d11-*; helper d11,
issue 11, eleventh pass): a flat, a conference talk, a school place, a credit application, an
offer on a marketplace.
"""

from __future__ import annotations

from ..voices.d11_mail import NJ, letter, long_footer

FLAT = [
    "Thank you for viewing the flat at {street}. The landlord has chosen another applicant, "
    "so we won't be taking your application further.",
    "We regret to let you know that your tenancy application was unsuccessful. The owner went "
    "with a tenant who could move in sooner.",
    "The property on {street} has now been let. Unfortunately your application was not selected.",
]
TALK = [
    "Thank you for submitting your talk to the {city} Developer Summit. The programme "
    "committee received {nrev} proposals and, regrettably, yours was not selected.",
    "We're sorry to say your workshop proposal was not accepted for this year's conference. "
    "The reviewers' comments are attached.",
    "Your paper was not accepted to the {year} workshop. We hope you will submit again.",
]
SCHOOL = [
    "We are writing about your application for a reception place for your child. Unfortunately "
    "we have not been able to offer a place at your first preference school.",
    "Your child has been placed on the waiting list for the nursery. The places for {month} "
    "went to families in the priority catchment.",
]
CREDIT = [
    "Thank you for applying for the Everyday credit card. After reviewing your application, "
    "we're unable to approve it at this time.",
    "Your application for an overdraft increase has been declined. You can ask us why by "
    "calling the number on the back of your card.",
    "We've reviewed your loan application and we're not able to offer you credit on this occasion.",
]
MARKET = [
    "The seller declined your offer of £{dur} on the vintage lamp. You can make a new offer "
    "or keep browsing.",
    "Your offer was not accepted: the item has been sold to another buyer.",
]

FAMILIES = [
    letter(
        "d11-nj-flat-application",
        12,
        NJ,
        ["Lettings <lettings@{cslug}homes.co.uk>", "{rfull} <{rfirst}@{rlast}lettings.com>"],
        ["Your application for {street}", "Property update", "Re: Viewing on {weekday}"],
        ["Dear {first},", "Hi {first},"],
        FLAT,
        (0.5, ["We have other properties in {city} that may suit you - see our website."]),
        ["Kind regards,\nThe Lettings Team", "{rfirst}"],
        (0.4, lambda r: long_footer(r, 1, 3)),
    ),
    letter(
        "d11-nj-talk-not-selected",
        12,
        NJ,
        ["Programme Committee <cfp@{cslug}summit.org>", "{rfull} <{rmail}>"],
        ["Your proposal", "CFP decision", "Submission #{ref}"],
        ["Dear {first},", "Hi {first},", "Dear {full},"],
        TALK,
        (0.5, ["We'd still love to see you there: use code SPEAKER10 for a discount."]),
        ["The Programme Committee", "Best,\n{rfirst}, on behalf of the organisers"],
    ),
    letter(
        "d11-nj-school-place",
        10,
        NJ,
        ["School Admissions <admissions@{cslug}.gov.uk>"],
        ["Your school place offer", "Admissions outcome", "Nursery waiting list"],
        ["Dear {title} {last},", "Dear Parent/Carer,"],
        SCHOOL,
        (0.6, ["You have the right to appeal. Details are on the council website."]),
        ["School Admissions Team"],
    ),
    letter(
        "d11-nj-credit-declined",
        12,
        NJ,
        ["{company} Bank <no-reply@{cdomain}>", "Card Services <cards@{cdomain}>"],
        ["About your application", "Your credit application", "Application reference {ref}"],
        ["Dear {first} {last},", "Hi {first},", "Dear Customer,"],
        CREDIT,
        (0.5, ["This decision does not affect your existing accounts with us."]),
        (0.6, lambda r: long_footer(r, 1, 3)),
    ),
    letter(
        "d11-nj-marketplace-offer",
        10,
        NJ,
        ["Marketplace <no-reply@tradeloop.example>"],
        ["Offer declined", "Update on your offer", "Your offer on this item"],
        ["Hi {first},", "Hello,"],
        MARKET,
        ["Happy shopping,\nThe Tradeloop Team"],
    ),
]
