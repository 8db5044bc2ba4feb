"""Non-job declines with rejection words: rentals, loans, visa appointments, talks, grants,
pull requests, events, cards, claims, planning, refunds (families br-nj-*).

Greetings, sign-offs, footers and the family
builder are shared with the br-* rejections in scripts/corpus/voices/base_letters.py.
"""

from __future__ import annotations

from ..voices.base_letters import bye, fam, hi, hi_formal, kind_of

_FAMILIES = [
    # --- non-job mail with rejection words ---------------------------------------------------
    fam(
        "br-nj-rental",
        12,
        ["{city} Lettings <lettings@{cdomain}>", "{rfull} <{rmail}>"],
        ["Your application for {street}", "Rental application outcome", "Re: viewing at {street}"],
        hi,
        [
            "Thank you for applying for the [[flat|apartment|house|room]] at {street}.",
            "Thanks for viewing {street} and submitting your tenancy application.",
        ],
        [
            "The landlord has chosen another applicant, so unfortunately we won't be proceeding with your application.",
            "Your referencing did not meet the landlord's affordability criteria, so the application has been declined.",
            "The property has now been let.",
        ],
        (
            0.5,
            [
                "We'll let you know about similar properties in {city}.",
                "Your holding deposit will be refunded within 7 days.",
            ],
        ),
        bye,
    ),
    fam(
        "br-nj-loan",
        12,
        ["{bank} <noreply@{bankdom}>", "{bank} Lending <lending@{bankdom}>"],
        [
            "Your loan application",
            "Decision on your application",
            "About your credit card application",
        ],
        hi_formal,
        [
            "Thank you for applying for a [[personal loan|credit card|mortgage in principle|overdraft]] with {bank}.",
            "We have reviewed your application (reference {ref}).",
        ],
        [
            "We're sorry, but we are unable to approve your application at this time.",
            "After careful consideration, we have decided not to offer you credit.",
            "Unfortunately your application has been declined based on information from credit reference agencies.",
        ],
        (
            0.6,
            [
                "You have the right to ask which agency we used.",
                "This decision does not affect your existing accounts.",
            ],
        ),
        ["{bank} Customer Services"],
        setup={
            "bank": ["Northgate Bank", "Clearwater Credit Union", "Summit Finance"],
            "bankdom": ["northgatebank.com", "clearwatercu.org", "summitfinance.co.uk"],
        },
    ),
    fam(
        "br-nj-visa-appointment",
        12,
        ["Visa Application Centre <noreply@{vacdom}>", "Appointments <appointments@{vacdom}>"],
        [
            "Your appointment has been cancelled",
            "Visa appointment update",
            "Biometrics appointment - reference {ref}",
        ],
        hi_formal,
        [
            "Your visa appointment on {date} at the {city} centre has been cancelled [[due to unforeseen circumstances|because of a system outage|by the consulate]].",
            "We regret to inform you that your biometrics appointment (reference {ref}) could not be confirmed.",
        ],
        [
            "Please log in to rebook an appointment. We apologise for the inconvenience.",
            "No further action is required; your application fee is not affected.",
        ],
        ["Visa Application Centre"],
        setup={"vacdom": ["vac-services.com", "visa-appointments.org"]},
    ),
    fam(
        "br-nj-talk-not-accepted",
        12,
        ["{conf} Program Committee <cfp@{confdom}>", "{conf} <speakers@{confdom}>"],
        ["{conf}: your proposal", "CFP decision - {conf} {year}", "Your talk submission"],
        hi,
        [
            'Thank you for submitting "[[Scaling Postgres Without Tears|Designing for Failure|A Gentle Intro to Rust|Ethics in Data]]" to {conf} {year}.',
            "The program committee has finished reviewing talk proposals.",
        ],
        [
            "We received over [[400|700]] submissions for [[40|60]] slots, and unfortunately your talk was not selected.",
            "We're sorry to say your proposal was not accepted this year.",
        ],
        (
            0.6,
            [
                "We'd love to see you as an attendee - here's a 20% discount code.",
                "Reviewer comments are available in the CFP portal.",
            ],
        ),
        ["The {conf} Program Committee"],
        setup={
            "conf": ["PyNorth", "DevSummit", "DataConf", "OpenInfra Days"],
            "confdom": ["pynorth.org", "devsummit.io", "dataconf.eu"],
        },
    ),
    fam(
        "br-nj-grant",
        12,
        ["{funder} <grants@{funderdom}>"],
        ["Outcome of your application", "Grant application {ref}", "Funding decision"],
        hi_formal,
        [
            "Thank you for your application to the {funder} [[Small Grants|Community Fund|Research Fellowship|Innovation]] programme.",
            "The panel met on {date} to consider applications for this round.",
        ],
        [
            "Competition was intense and I regret that your application has not been successful.",
            "Unfortunately we are unable to fund your project on this occasion.",
            "Your proposal was not shortlisted for funding.",
        ],
        (
            0.5,
            [
                "You may submit a revised application in the next round.",
                "Panel feedback is attached.",
            ],
        ),
        ["Grants Team\n{funder}"],
        setup={
            "funder": ["Harbour Foundation", "The Arts Fund", "Science Futures Council"],
            "funderdom": ["harbourfoundation.org", "artsfund.org.uk"],
        },
    ),
    fam(
        "br-nj-pr-closed",
        12,
        ["{rfirst} <notifications@github.com>", "GitLab <gitlab@mg.gitlab.com>"],
        [
            "Re: [{proj}] Add [[retry option|dark mode|CSV export|type hints]] (#{ref})",
            "[{proj}] PR #{ref} closed",
            "Re: [{proj}] Fix flaky test",
        ],
        [
            "@{first} [[thanks for the contribution!|appreciate the PR.|thanks for working on this.]]"
        ],
        [
            "Unfortunately we won't be merging this, since it overlaps with the refactor in #[[210|455|980]]. Closing for now.",
            "Requested changes: please add tests and split the refactor into a separate PR.",
            "We've decided this is out of scope for the project, so I'm closing it. Sorry!",
        ],
        [
            "-- \nReply to this email directly, view it on GitHub, or unsubscribe.",
            "You are receiving this because you authored the thread.",
        ],
        setup={"proj": ["acme/cli", "openfoo/parser", "tinyhttp/tinyhttp", "datatools/loader"]},
    ),
    fam(
        "br-nj-event-cancelled",
        12,
        ["{city} Events <events@{cdomain}>", "Eventbrite-ish <noreply@events.example.com>"],
        ["Event cancelled: {evt}", "Important: {evt} will not go ahead", "Change to your booking"],
        hi,
        [
            "We regret to let you know that {evt} on {date} has been cancelled [[due to low ticket sales|because of the weather warning|as the venue is unavailable]].",
            "Unfortunately {evt} can no longer take place.",
        ],
        [
            "Your ticket will be refunded automatically within 5-10 working days.",
            "We're sorry for the disappointment and hope to see you at a future event.",
        ],
        ["The {evt} team"],
        setup={
            "evt": [
                "{city} Food Festival",
                "Tech Meetup #{days}",
                "the Spring Career Fair",
                "Jazz in the Park",
                "the {city} half marathon",
            ]
        },
    ),
    fam(
        "br-nj-card-declined",
        12,
        ["{shop} <billing@{shopdom}>", "Billing <billing@{shopdom}>"],
        ["Payment declined", "Your payment failed", "Action needed: update your card"],
        hi,
        [
            "We tried to charge your card ending in [[4242|1881|0319]] for your {shop} subscription, but the payment was declined.",
            "Unfortunately your recent payment of [[$12.99|GBP 9.99|EUR 15.00]] was unsuccessful.",
        ],
        ["Please update your payment details to avoid interruption.", "We'll try again in 3 days."],
        ["{shop} Billing"],
        setup={
            "shop": ["StreamBox", "CloudNotes", "FitPass", "Readly Plus"],
            "shopdom": ["streambox.tv", "cloudnotes.app", "fitpass.com"],
        },
    ),
    fam(
        "br-nj-insurance-claim",
        10,
        ["{ins} Claims <claims@{insdom}>"],
        ["Your claim {ref}", "Claim decision", "Update on your claim"],
        hi_formal,
        [
            "We have now assessed your claim (reference {ref}) for [[water damage|a lost phone|travel cancellation]].",
            "Thank you for submitting your claim.",
        ],
        [
            "Unfortunately, the circumstances are not covered by your policy, so we are unable to accept the claim.",
            "We regret that your claim has been declined under the policy exclusions.",
        ],
        ["If you disagree, you can ask us to review the decision.", "Claims Team\n{ins}"],
        setup={
            "ins": ["SafeHarbour Insurance", "Bluebird Cover"],
            "insdom": ["safeharbour.co.uk", "bluebird.insure"],
        },
    ),
    fam(
        "br-nj-app-review",
        10,
        ["App Review <noreply@{storedom}>", "Marketplace Team <sellers@{storedom}>"],
        ["Your submission was rejected", "App review: changes required", "Listing not approved"],
        hi,
        [
            'We reviewed your [[app|listing|extension]] "[[Budgetly|TaskNest|PixelPal]]" version [[1.2|2.0|3.1]].',
            "Thank you for your submission.",
        ],
        [
            "Unfortunately it does not comply with guideline [[4.2|5.1.1]] and has been rejected.",
            "Your listing was not approved because the images do not meet our requirements.",
        ],
        [
            "You can resubmit after making changes.",
            "Reply to this message in the developer portal.",
        ],
        setup={"storedom": ["apps.example.com", "marketplace.example.org"]},
    ),
    fam(
        "br-nj-sports-trial",
        10,
        ["{city} FC Academy <academy@{clubdom}>", "Coach {rlast} <{rmail}>"],
        ["Trial outcome", "Academy trials {year}", "Team selection"],
        hi,
        [
            "Thank you for bringing [[your son|your daughter|Jamie|Ella]] to our academy trials on {date}.",
            "Thanks for trying out for the {city} under-[[12|14|16]] squad.",
        ],
        [
            "Unfortunately we won't be offering a place in the squad this season.",
            "The coaches were impressed, but we have not selected them this time.",
        ],
        ["Keep training, and come back to next year's trials!", "Coaching staff"],
        setup={"clubdom": ["cityfc-academy.co.uk", "youthfootball.org"]},
    ),
    fam(
        "br-nj-planning-refused",
        10,
        ["{council} Planning <planning@{councildom}>"],
        ["Planning application {ref} - decision", "Decision notice: {street}"],
        hi_formal,
        [
            "Your planning application {ref} for a [[rear extension|loft conversion|garden office]] at {street} has been determined.",
            "Town and Country Planning Act 1990. Application {ref}, {street}.",
        ],
        [
            "Permission has been refused for the reasons set out in the attached decision notice.",
            "The council has decided to refuse planning permission.",
        ],
        ["You may appeal within 12 weeks.", "Planning Services"],
        setup={
            "council": ["{city} City Council", "{city} Borough Council"],
            "councildom": ["council.gov.uk"],
        },
    ),
    fam(
        "br-nj-refund-refused",
        10,
        ["{shop} Support <support@{shopdom}>"],
        ["Your refund request", "Re: return {ref}", "Refund decision"],
        hi,
        ["Thanks for contacting us about order {ref}.", "We've looked into your refund request."],
        [
            "Unfortunately, as the item was used, we can't offer a refund.",
            "The request falls outside our 30-day return window, so we are unable to process it.",
        ],
        ["Thanks for your understanding.", "{shop} Support"],
        setup={
            "shop": ["Kitchenly", "Gearhouse", "Bookends"],
            "shopdom": ["kitchenly.com", "gearhouse.co.uk"],
        },
    ),
]

FAMILIES = [(name, fn, count, kind_of(name)) for name, fn, count in _FAMILIES]
