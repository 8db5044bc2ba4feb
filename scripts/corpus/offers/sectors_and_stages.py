"""Internship, verbal and conditional public-sector offers (families br-off-*).

Greetings, sign-offs, footers and the family
builder are shared with the br-* rejections in scripts/corpus/voices/base_letters.py.
"""

from __future__ import annotations

from ..voices.base_letters import bye, fam, hi, hi_formal, kind_of, person

_FAMILIES = [
    # --- offers ----------------------------------------------------------------------------
    fam(
        "br-off-internship",
        12,
        ["{company} Early Careers <earlycareers@{cdomain}>", person],
        [
            "Your {year} internship offer",
            "Congratulations - {company} internship",
            "Offer: Summer {year}",
        ],
        hi,
        [
            "Congratulations! We are delighted to offer you a place on our {year} summer internship programme.",
            "I'm thrilled to let you know that the team would like to offer you the {role} internship.",
        ],
        [
            "Your offer letter is attached. Please accept by {date2}.",
            "You'll receive onboarding details closer to your start date.",
        ],
        (
            0.4,
            [
                "Unfortunately we can't move the start date, so please let us know soon if it's a problem.",
                "We can't wait to have you with us!",
            ],
        ),
        bye,
    ),
    fam(
        "br-off-verbal-followup",
        12,
        [person],
        ["Following up on our call", "Offer details - {role}", "Re: today's call"],
        hi,
        [
            "Great speaking with you earlier, and congratulations again!",
            "As promised, here are the details of the offer we discussed on the phone.",
        ],
        [
            "Base salary of [[$120,000|GBP 55,000|EUR 70,000]], plus equity and benefits. The written offer will follow from HR.",
            "We'd love to have you start on {date2}. Let me know if you have any questions.",
        ],
        (
            0.4,
            [
                "Unfortunately we couldn't go higher on base, but we increased the signing bonus.",
                "Take a few days to think it over.",
            ],
        ),
        bye,
    ),
    fam(
        "br-off-conditional-public",
        10,
        ["{council} HR <hr@{councildom}>"],
        ["Conditional offer of employment - {role}", "Offer: {role}"],
        hi_formal,
        [
            "Following your recent interview, I am pleased to offer you the post of {role}, subject to satisfactory pre-employment checks.",
            "I am delighted to confirm a conditional offer for the post of {role}.",
        ],
        [
            "Please return the signed acceptance form by {date2}.",
            "The offer is conditional on two satisfactory references and an enhanced DBS check.",
        ],
        ["Yours sincerely\nHR Services"],
        setup={
            "council": ["{city} City Council", "County of {city}"],
            "councildom": ["council.gov.uk"],
        },
    ),
]

FAMILIES = [(name, fn, count, kind_of(name)) for name, fn, count in _FAMILIES]
